"""A static picture of a view (PNG or SVG) for reports.

The layout comes from networkx (spring layout, fixed seed, so the same
graph gives the same picture); matplotlib draws it with the CJK font from
:mod:`kg.viz.fonts` registered explicitly, so Chinese labels show as text.
Colours, shapes and line styles are those of the page (:mod:`kg.viz.style`).
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import BinaryIO, Union

from .data import wrap_label
from .filters import View
from .fonts import cjk_font_path, register_cjk_font
from .style import DRAWN_RELS, EDGE_NAMES, EDGE_STYLES, KIND_COLORS, KIND_NAMES, KIND_SHAPES, STATUS_COLORS, STATUS_NAMES, node_color

FORMATS = ("png", "svg")


#: above this many nodes the networkx spring layout is too slow; :mod:`kg.viz.layout` takes over
NETWORKX_UP_TO = 1500


def layout(view: View, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions: networkx's spring layout of the view's undirected graph (fixed seed).

    Views of more than :data:`NETWORKX_UP_TO` nodes use the grid-approximated
    :func:`kg.viz.layout.spread_layout` instead (seconds, not minutes).
    """
    import networkx as nx

    if len(view.nodes) > NETWORKX_UP_TO:
        from .layout import spread_layout
        return spread_layout([n.id for n in view.nodes], [(e.src, e.dst) for e in view.edges], seed=seed)
    g = nx.Graph()
    g.add_nodes_from(n.id for n in view.nodes)
    g.add_edges_from((e.src, e.dst) for e in view.edges)
    if not len(g):
        return {}
    k = 1.6 / math.sqrt(len(g))
    return nx.spring_layout(g, k=k, seed=seed, iterations=100 if len(g) < 2000 else 30)


def _figure(view: View, *, width: float, height: float, dpi: int, labels: bool):
    import matplotlib
    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib.font_manager import FontProperties

    family = register_cjk_font()
    pos = layout(view)
    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    ax.set_axis_off()
    _draw_edges(ax, view, pos)  # edges below nodes
    _draw_nodes(ax, view, pos)
    if labels:
        _draw_labels(ax, view, pos, FontProperties(fname=str(cjk_font_path())))
    ax.legend(handles=_legend(view), loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              prop=FontProperties(fname=str(cjk_font_path()), size=8))
    ax.set_title(f"{view.title}（截至 {view.as_of.isoformat()}，{len(view.nodes)} 个节点）",
                 fontproperties=FontProperties(fname=str(cjk_font_path()), size=12))
    fig.tight_layout()
    fig.kg_font_family = family  # for callers that want to know which font drew it
    return fig


def _draw_edges(ax, view: View, pos: dict) -> None:
    for e in view.edges:
        color, _, _, ls, lw = EDGE_STYLES[e.type]
        (x0, y0), (x1, y1) = pos[e.src], pos[e.dst]
        ax.plot([x0, x1], [y0, y1], color=color, linestyle=ls, linewidth=lw * 0.8, alpha=0.85, zorder=1)


def _draw_nodes(ax, view: View, pos: dict) -> None:
    """One scatter per shape and colour; a node's size grows with its workload."""
    by_style: dict[tuple[str, str], list] = {}
    for n in view.nodes:
        kind = n.props.get("kind")
        color = node_color(kind, view.status.get(n.id))
        size = 60 if kind == "commitment" else 80 + 70 * view.workload.get(n.id, 0)
        by_style.setdefault((KIND_SHAPES.get(kind, ("dot", "o"))[1], color), []).append((pos[n.id], size))
    for (marker, color), items in by_style.items():
        ax.scatter([p[0] for p, _ in items], [p[1] for p, _ in items], s=[s for _, s in items], c=color,
                   marker=marker, edgecolors="#333333", linewidths=0.6, zorder=2)


def _draw_labels(ax, view: View, pos: dict, font) -> None:
    """Names under the nodes (tasks too, unless there are more than 300 nodes)."""
    many = len(view.nodes) > 300
    for n in view.nodes:
        kind = n.props.get("kind")
        if many and kind == "commitment":
            continue
        text = n.props.get("task") if kind == "commitment" else n.props.get("name")
        x, y = pos[n.id]
        ax.annotate(wrap_label(text or n.id, 10 if kind == "commitment" else 12), (x, y),
                    xytext=(0, -9), textcoords="offset points", ha="center", va="top",
                    fontproperties=font, fontsize=6 if kind == "commitment" else 7.5, zorder=3,
                    color="#222222")


def _legend(view: View) -> list:
    """The kinds drawn (offices only where one holds a commitment), the statuses, the relations."""
    from matplotlib.lines import Line2D

    handles = []
    drawn = {n.props.get("kind") for n in view.nodes}
    for k in ("person", "organization", "post", "project"):
        if k == "post" and k not in drawn:
            continue
        handles.append(Line2D([], [], linestyle="", marker=KIND_SHAPES[k][1], markersize=8,
                              markerfacecolor=KIND_COLORS[k], markeredgecolor="#333", label=KIND_NAMES[k]))
    for s, c in STATUS_COLORS.items():
        handles.append(Line2D([], [], linestyle="", marker="D", markersize=6, markerfacecolor=c,
                              markeredgecolor="#333", label="任务 " + STATUS_NAMES[s]))
    for r in DRAWN_RELS:
        color, _, _, ls, lw = EDGE_STYLES[r]
        handles.append(Line2D([], [], color=color, linestyle=ls, linewidth=lw, label=EDGE_NAMES[r]))
    return handles


def write_static(view: View, out: Union[str, Path, BinaryIO], *, format: str = "png", width: float = 14,
                 height: float = 10, dpi: int = 150, labels: bool = True, force: bool = False) -> None:
    """Draw ``view`` to ``out`` as PNG or SVG; an existing file is replaced only with ``force``."""
    import matplotlib.pyplot as plt

    from ..output import check_output, output_file

    if format not in FORMATS:
        raise ValueError(f"static format must be one of {FORMATS}, not {format!r}")
    if isinstance(out, (str, Path)):
        check_output(out, force=force)
    fig = _figure(view, width=width, height=height, dpi=dpi, labels=labels)
    try:
        if isinstance(out, (str, Path)):
            with output_file(out, force=force) as f:
                fig.savefig(f, format=format, dpi=dpi, bbox_inches="tight", facecolor="white")
        else:
            fig.savefig(out, format=format, dpi=dpi, bbox_inches="tight", facecolor="white")
    finally:
        plt.close(fig)


def render_text(text: str, *, font_path: Union[str, Path, None] = None, size: int = 40) -> bytes:
    """A PNG of ``text`` drawn with the font file ``font_path`` (default: the CJK font).

    Used to check that a label renders as glyphs, not as empty boxes.
    """
    import io

    import matplotlib
    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib import font_manager
    from matplotlib.font_manager import FontProperties

    path = str(font_path or cjk_font_path())
    font_manager.fontManager.addfont(path)
    fig = plt.figure(figsize=(4, 1), dpi=100)
    fig.text(0.05, 0.3, text, fontproperties=FontProperties(fname=path, size=size))
    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", facecolor="white")
    finally:
        plt.close(fig)
    return buf.getvalue()
