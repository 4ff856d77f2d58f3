"""The page's stylesheet and script (``web/page.css``, ``web/page.js``, shipped as
package data), inlined into every page by :mod:`kg.viz.page`.

>>> CSS.startswith("html, body") and "vis.Network" in JS
True
"""
from __future__ import annotations

from importlib.resources import files

_WEB = files("kg.viz").joinpath("web")
CSS = _WEB.joinpath("page.css").read_text(encoding="utf-8")
JS = _WEB.joinpath("page.js").read_text(encoding="utf-8")
