"""GEXF for Gephi: the whole graph with the viz colours, sizes and shapes
of ``kg viz`` (:mod:`kg.viz.style`), so it opens styled.

Node labels are names (tasks for commitments); the schema label is the
``type`` attribute, the status as of the export day ``status_as_of``.
Edges carry ``relation`` (LEADS …) and ``role``; GEXF's own edge ``type``
stays ``directed``.  Typed properties keep their schema types, so
``networkx.read_gexf`` gives back the same values.
"""
from __future__ import annotations

import re
from typing import Any, BinaryIO

import networkx as nx

from ..graph import Graph
from ..graph_schema import NODES, RELS
from ..model import ROLE_RELATIONS
from ..status import statuses
from ..values import attributes, typed
from ..viz.style import EDGE_STYLES, KIND_SHAPES, node_color, rgb

#: matplotlib marker -> GEXF viz shape (disc, square, triangle, diamond)
_SHAPE = {"o": "disc", "s": "square", "^": "triangle", "D": "diamond", "h": "disc", "p": "square"}
def _gexf_attributes(props: dict[str, Any], types: dict[str, str]) -> dict[str, Any]:
    """GEXF attributes: numbers as the schema types them (a value that is not one stays text)."""
    out = {}
    for k, v in attributes(props).items():
        if k in ("id", "label", "type"):
            continue
        if types.get(k) in ("DOUBLE", "INT64"):
            try:
                v = typed(types[k], v)
            except (TypeError, ValueError):
                v = str(v)
        out[k] = v
    return out


def to_gexf_graph(graph: Graph, as_of=None) -> nx.MultiDiGraph:
    """A networkx graph ready for ``write_gexf``: labels, typed attributes, viz styles."""
    work: dict[str, set[str]] = {}
    for e in graph.edges.values():
        if e.type in ROLE_RELATIONS:
            work.setdefault(e.src, set()).add(e.dst)
        elif e.type == "CONCERNS":
            work.setdefault(e.dst, set()).add(e.src)
    status_of = statuses(graph, as_of)
    g = nx.MultiDiGraph()
    for n in graph.nodes.values():
        kind = n.props.get("kind") or ""
        attrs = _gexf_attributes(n.props, NODES.get(n.label, {}))
        status = None
        if kind == "commitment":
            status = status_of.get(n.id, "unknown")
            attrs["status_as_of"] = status
        r, gg, b = rgb(node_color(kind, status))
        size = 6.0 if kind == "commitment" else 8.0 + 4.0 * len(work.get(n.id, ()))
        attrs.update(label=n.display_name, type=n.label, workload=len(work.get(n.id, ())),
                     viz={"color": {"r": r, "g": gg, "b": b, "a": 1.0}, "size": size,
                          "shape": _SHAPE.get(KIND_SHAPES.get(kind, ("", "o"))[1], "disc")})
        g.add_node(n.id, **attrs)
    for i, e in enumerate(graph.edges.values()):
        types = dict(RELS[e.type].props)
        attrs = _gexf_attributes(e.props, types)
        style = EDGE_STYLES.get(e.type)
        viz = {}
        if style:
            r, gg, b = rgb(style[0])
            viz = {"color": {"r": r, "g": gg, "b": b, "a": 1.0}, "thickness": style[4], "shape": style[1]}
        g.add_edge(e.src, e.dst, key=f"e{i}", id=f"e{i}", label=e.props.get("role") or e.type,
                   relation=e.type, **attrs, **({"viz": viz} if viz else {}))
    return g


_NS_12 = "http://www.gexf.net/1.2draft"
_NS_13 = "http://gexf.net/1.3"


def write(graph: Graph, out: BinaryIO, *, format: str = "gexf", as_of=None, **_options) -> None:
    """Write ``graph`` as GEXF 1.3 (UTF-8) to ``out``.

    networkx writes GEXF 1.2draft, which Gephi calls deprecated; the two differ
    in what we use only by their namespaces, the version and ``<graph name>``,
    so the header is rewritten (the body, with the data, is left as written).
    The file validates against the GEXF 1.3 schema (tested).
    """
    import io

    buf = io.BytesIO()
    nx.write_gexf(to_gexf_graph(graph, as_of), buf, encoding="utf-8", version="1.2draft")
    data = buf.getvalue()
    cut = data.index(b"<graph") if b"<graph" in data else 0
    cut = data.index(b">", cut) + 1
    head = data[:cut].decode("utf-8")
    head = head.replace(f"{_NS_12}/viz", f"{_NS_13}/viz")
    # the 1.3 grammar allows no xsi:schemaLocation on <gexf>
    head = re.sub(r'\s+xsi:schemaLocation="[^"]*"', "", head)
    head = re.sub(r'\s+xmlns:xsi="[^"]*"', "", head).replace(_NS_12, _NS_13)
    head = head.replace('version="1.2"', 'version="1.3"', 1).replace(' name=""', "")
    head = re.sub(r'<meta lastmodifieddate="[^"]*">\s*<creator>[^<]*</creator>',
                  "<meta>\n    <creator>commitment-kg</creator>", head)  # the same graph, the same file
    out.write(head.encode("utf-8"))
    out.write(data[cut:])
