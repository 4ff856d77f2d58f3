"""GEXF for Gephi: the whole graph with the viz colours, sizes and shapes
of ``kg viz`` (:mod:`kg.viz.style`), so it opens styled.

Node labels are names (tasks for commitments); the schema label is the
``type`` attribute, the status as of the export day ``status_as_of``.
Edges carry ``relation`` (LEADS …) and ``role``; GEXF's own edge ``type``
stays ``directed``.  Typed properties keep their schema types, so
``networkx.read_gexf`` gives back the same values.
"""
from __future__ import annotations

from typing import Any, BinaryIO

import networkx as nx

from ..graph import Graph
from ..schema import NODES, RELS
from ..viz.filters import status_as_of
from ..viz.style import EDGE_STYLES, KIND_SHAPES, node_color, rgb

#: matplotlib marker -> GEXF viz shape (disc, square, triangle, diamond)
_SHAPE = {"o": "disc", "s": "square", "^": "triangle", "D": "diamond", "h": "disc", "p": "square"}
_CAST = {"DOUBLE": float, "INT64": int}


def _typed(props: dict[str, Any], types: dict[str, str]) -> dict[str, Any]:
    out = {}
    for k, v in props.items():
        if v is None or k in ("id", "label", "type"):
            continue
        if hasattr(v, "isoformat"):
            v = v.isoformat()
        cast = _CAST.get(types.get(k, ""))
        if cast is not None:
            try:
                v = cast(v)
            except (TypeError, ValueError):
                v = str(v)
        out[k] = v
    return out


def _name(p: dict[str, Any], node_id: str) -> str:
    return str(p.get("name") or p.get("task") or p.get("title") or p.get("metric") or p.get("text") or node_id)


def to_gexf_graph(graph: Graph, as_of=None) -> nx.MultiDiGraph:
    """A networkx graph ready for ``write_gexf``: labels, typed attributes, viz styles."""
    work: dict[str, set[str]] = {}
    for e in graph.edges.values():
        if e.type in ("LEADS", "RESPONSIBLE_FOR", "ASSISTS"):
            work.setdefault(e.src, set()).add(e.dst)
        elif e.type == "CONCERNS":
            work.setdefault(e.dst, set()).add(e.src)
    g = nx.MultiDiGraph()
    for n in graph.nodes.values():
        kind = n.props.get("kind") or ""
        attrs = _typed(n.props, NODES.get(n.label, {}))
        status = None
        if kind == "commitment":
            status = status_as_of(n.props, as_of)
            attrs["status_as_of"] = status
        r, gg, b = rgb(node_color(kind, status))
        size = 6.0 if kind == "commitment" else 8.0 + 4.0 * len(work.get(n.id, ()))
        attrs.update(label=_name(n.props, n.id), type=n.label, workload=len(work.get(n.id, ())),
                     viz={"color": {"r": r, "g": gg, "b": b, "a": 1.0}, "size": size,
                          "shape": _SHAPE.get(KIND_SHAPES.get(kind, ("", "o"))[1], "disc")})
        g.add_node(n.id, **attrs)
    for i, e in enumerate(graph.edges.values()):
        types = dict(RELS[e.type].props)
        attrs = _typed(e.props, types)
        style = EDGE_STYLES.get(e.type)
        viz = {}
        if style:
            r, gg, b = rgb(style[0])
            viz = {"color": {"r": r, "g": gg, "b": b, "a": 1.0}, "thickness": style[4], "shape": style[1]}
        g.add_edge(e.src, e.dst, key=f"e{i}", id=f"e{i}", label=e.props.get("role") or e.type,
                   relation=e.type, **attrs, **({"viz": viz} if viz else {}))
    return g


def write(graph: Graph, out: BinaryIO, *, format: str = "gexf", as_of=None, **_options) -> None:
    """Write ``graph`` as GEXF 1.2 (UTF-8) to ``out``."""
    nx.write_gexf(to_gexf_graph(graph, as_of), out, encoding="utf-8", version="1.2draft")
