"""Pictures of the commitment network.

* :func:`write_html` — one self-contained interactive page (vis-network
  inlined from the ``pyvis`` package, a subset of the CJK font embedded).
* :func:`write_static` — a PNG or SVG for reports (networkx layout,
  matplotlib drawing, the shipped CJK font).
* :func:`select` — the sub-graph a picture draws (focus, status, as-of).
"""
from __future__ import annotations

from .filters import View, VizError, select, status_as_of

__all__ = ["View", "VizError", "select", "status_as_of", "write_html", "write_static"]


def write_html(view: View, out, **options) -> None:
    """Write the interactive page of ``view`` to ``out`` (a path or a binary file)."""
    from .page import write_html as _w
    _w(view, out, **options)


def write_static(view: View, out, *, format: str = "png", **options) -> None:
    """Write a PNG or SVG picture of ``view`` to ``out`` (a path or a binary file)."""
    from .static import write_static as _w
    _w(view, out, format=format, **options)
