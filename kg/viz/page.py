"""The interactive page: one HTML file that works offline.

vis-network (the standalone build that the ``pyvis`` package ships under
``pyvis/lib/vis-9.1.2/``) is inlined, and so is a subset of the CJK font
with just the characters the page shows, so Chinese renders in a browser
that has no Chinese font.  The page script and style are in :mod:`kg.viz.assets`.

What the page offers: nodes coloured by kind (commitments by status as of
the view's date), sized by workload; lead / responsible / assist edges
solid / dashed / dotted; a search box; a detail panel on click; a legend;
the drawn node count in ``#node-count``.  ``window.kg`` exposes the
network, the data and timings (``kg.ready``, ``kg.timings``) for tests
and benchmarks.
"""
from __future__ import annotations

import base64
import functools
import html
import importlib.util
import json
import re
import warnings
from pathlib import Path
from typing import Any, BinaryIO, Union

from ..errors import LibraryMissing
from . import assets
from .data import payload, texts
from .filters import View
from .style import (ACTOR_RELS, DRAWN_RELS, EDGE_NAMES, EDGE_STYLES, KIND_COLORS, KIND_NAMES, KIND_SHAPES,
                    STATUS_COLORS, STATUS_NAMES)

#: where the vis-network build sits inside the pyvis package
VIS_JS = ("lib", "vis-9.1.2", "vis-network.min.js")


@functools.lru_cache(maxsize=None)
def vis_network_js() -> str:
    """The text of vis-network.min.js from the installed ``pyvis`` package (found without importing it)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise LibraryMissing("the page needs vis-network from the pyvis package: pip install pyvis")
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*VIS_JS)
    if not path.is_file():
        raise LibraryMissing(f"{path} is missing: reinstall pyvis (the page inlines its vis-network build)")
    return path.read_text(encoding="utf-8")


def legend() -> dict[str, Any]:
    """The legend's entries, in the page's data."""
    return {
        "kinds": [{"key": k, "name": KIND_NAMES[k], "color": KIND_COLORS[k], "shape": KIND_SHAPES[k][0]}
                  for k in ("person", "organization", "post", "project")],
        "statuses": [{"key": k, "name": STATUS_NAMES[k], "color": c} for k, c in STATUS_COLORS.items()],
        "edges": [{"key": k, "name": EDGE_NAMES[k], "color": EDGE_STYLES[k][0], "style": EDGE_STYLES[k][1]}
                  for k in DRAWN_RELS],
    }


def chain_levels(view: View) -> dict[str, int]:
    """Rows of the responsibility-chain layout: leaders on top, then commitments, then the
    units and projects, then the bodies the units are part of."""
    acting = {e.src for e in view.edges if e.type in ACTOR_RELS}
    levels = {}
    for n in view.nodes:
        kind = n.props.get("kind")
        if kind == "person":
            levels[n.id] = 0
        elif kind == "commitment":
            levels[n.id] = 1
        elif kind == "project" or n.id in acting:
            levels[n.id] = 2
        else:
            levels[n.id] = 3
    return levels


def _script_json(data: Any) -> str:
    r"""JSON safe inside a <script> element: no ``</``, ``<!--`` or ``-->`` survives
    (each would end the script or switch the HTML parser into a comment state),
    and U+2028/U+2029 are escaped for older JavaScript engines.

    >>> _script_json({"name": "a</script><!--b-->"})
    '{"name":"a\\u003c/script>\\u003c!--b--\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace("-->", "--\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


#: above this many nodes the layout is computed in Python and the browser draws at once
PRECOMPUTE_ABOVE = 600


def render(view: View, *, embed_font: bool = True, layout: str = "auto") -> str:
    """The page of ``view`` as a string.

    ``layout``: ``browser`` (vis-network physics, then frozen), ``python``
    (:func:`kg.viz.layout.spread_layout`, physics off), ``chain`` (rows:
    leaders, commitments, units and projects, parent bodies) or ``auto``
    (chain for a focused view, python above :data:`PRECOMPUTE_ABOVE` nodes,
    else browser).
    """
    data = payload(view)
    if layout not in ("auto", "browser", "python", "chain"):
        raise ValueError(f"layout must be auto, browser, python or chain, not {layout!r}")
    if layout == "chain" or (layout == "auto" and view.focus and len(view.nodes) <= PRECOMPUTE_ABOVE):
        levels = chain_levels(view)
        for n in data["nodes"]:
            n["level"] = levels[n["id"]]
        data["meta"]["layout"] = "chain"
    elif layout == "python" or (layout == "auto" and len(view.nodes) > PRECOMPUTE_ABOVE):
        from .layout import spread_layout
        pos = spread_layout([n["id"] for n in data["nodes"]], [(e["from"], e["to"]) for e in data["edges"]],
                            iterations=50 if len(view.nodes) > 2000 else 80, scale=70.0)
        for n in data["nodes"]:
            n["x"], n["y"] = round(pos[n["id"]][0], 1), round(pos[n["id"]][1], 1)
        data["meta"]["layout"] = "python"
    else:
        data["meta"]["layout"] = "browser"
    data["legend"] = legend()
    font_css = ""
    if embed_font:
        from .fonts import FontMissing, subset_font
        try:
            font = subset_font(texts(data) + view.title + TEMPLATE + assets.JS)
        except FontMissing as e:  # the page still works, with the viewer's own fonts
            warnings.warn(f"page without embedded CJK font: {e.message}", stacklevel=2)
        else:
            font_css = ("@font-face{font-family:KGCJK;font-display:block;src:url(data:font/otf;base64,"
                        + base64.b64encode(font).decode("ascii") + ") format('opentype');}")
    parts = {"title": html.escape(view.title), "font_css": font_css, "css": assets.CSS,
             "vis_js": vis_network_js(), "data": _script_json(data), "app_js": assets.JS}
    # one pass, so text inserted for one slot is never searched for another
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], TEMPLATE)


def write_html(view: View, out: Union[str, Path, BinaryIO], *, embed_font: bool = True,
               layout: str = "auto", force: bool = False) -> None:
    """Write the page of ``view`` to a path or a binary file (see :func:`render`);
    an existing file is replaced only with ``force``."""
    from ..output import check_output, output_file

    if isinstance(out, (str, Path)):
        check_output(out, force=force)
    text = render(view, embed_font=embed_font, layout=layout).encode("utf-8")
    if isinstance(out, (str, Path)):
        with output_file(out, force=force) as f:
            f.write(text)
    else:
        out.write(text)


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="commitment-kg kg viz">
<title>{{title}}</title>
<style>{{font_css}}
{{css}}</style>
</head>
<body>
<header>
  <h1 id="title">{{title}}</h1>
  <input id="search" type="search" placeholder="搜索 search…" list="names" autocomplete="off">
  <datalist id="names"></datalist>
  <span id="search-result"></span>
  <span class="meta">截至 as of <b id="as-of"></b></span>
  <span class="meta"><b id="node-count">0</b> 节点 nodes · <b id="edge-count">0</b> 关系 edges</span>
  <span id="state" class="meta">布局中 laying out…</span>
</header>
<main id="graph"></main>
<aside id="panel">
  <section id="detail"><p class="hint">点击节点查看详情 — click a node to see its commitments, deadlines,
  targets and the source sentence.</p></section>
  <section id="legend"></section>
</aside>
<script>/* vis-network 9.1.2, inlined from the pyvis package (Apache-2.0 / MIT) */
{{vis_js}}</script>
<script id="kg-data" type="application/json">{{data}}</script>
<script>
{{app_js}}
</script>
</body>
</html>
"""
