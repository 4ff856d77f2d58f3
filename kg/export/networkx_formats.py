"""GraphML and GML that other tools (Gephi, igraph, Cytoscape, networkx) read whole.

:func:`exchange_graph` prepares the graph for them:

- every edge has its own id (``e0``, ``e1`` … in a fixed order), so a tool that
  keys edges by id keeps them all;
- an attribute has one type wherever it appears (integers beside decimals
  become decimals, numbers beside text become text), so GraphML declares one
  key per name and Gephi drops no value;
- ``label`` is what to show (a name, a task), ``kind`` the node's type
  (person, organization, commitment …), ``type`` the relation of an edge.

GML is written as UTF-8 (networkx would write ``&#NNNN;`` for each Chinese
character, which igraph and Gephi show as it is).

>>> from kg.graph import Graph
>>> g = Graph()
>>> g.add_node("Person", "p1", name="张三")
>>> g.add_node("Target", "t1", value=3)
>>> g.add_node("Target", "t2", value=2.5)
>>> x = exchange_graph(g)
>>> x.nodes["p1"]["label"], x.nodes["p1"]["kind"], x.nodes["t1"]["value"]
('张三', 'person', 3.0)
"""
from __future__ import annotations

from typing import Any, BinaryIO

import networkx as nx

from ..graph import Graph
from ..values import attributes


def _unify(items: list[dict[str, Any]]) -> None:
    """One type per attribute name across ``items`` (in place)."""
    kinds: dict[str, set] = {}
    for attrs in items:
        for k, v in attrs.items():
            kinds.setdefault(k, set()).add(type(v))
    for k, ts in kinds.items():
        if len(ts) < 2:
            continue
        cast = float if ts <= {int, float, bool} else str
        for attrs in items:
            if k in attrs:
                attrs[k] = cast(attrs[k])


def exchange_graph(graph: Graph) -> nx.MultiDiGraph:
    """A networkx graph for other tools (see the module docstring)."""
    nodes = sorted(graph.nodes.values(), key=lambda n: n.id)
    edges = sorted(graph.edges.values(), key=lambda e: (e.type, e.src, e.dst))
    node_attrs = [{**attributes(n.props), "label": n.display_name} for n in nodes]
    for a, n in zip(node_attrs, nodes):
        a.pop("id", None)
    edge_attrs = [{**attributes(e.props), "type": e.type} for e in edges]
    _unify(node_attrs)
    _unify(edge_attrs)
    g = nx.MultiDiGraph()
    for n, a in zip(nodes, node_attrs):
        g.add_node(n.id, **a)
    for i, (e, a) in enumerate(zip(edges, edge_attrs)):
        g.add_edge(e.src, e.dst, key=f"e{i}", **a)
    return g


def _gml_value(v: Any) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    s = str(v).replace("&", "&amp;").replace('"', "&quot;")
    return '"' + s.replace("\n", " ").replace("\r", " ") + '"'


def generate_gml(g: nx.MultiDiGraph):
    """GML lines of an :func:`exchange_graph`: integer ids, ``kgid`` the node's id, UTF-8 text."""
    index = {n: i for i, n in enumerate(g.nodes)}
    yield "graph ["
    yield "  directed 1"
    yield "  multigraph 1"
    for n, attrs in g.nodes(data=True):
        yield "  node ["
        yield f"    id {index[n]}"
        yield f"    label {_gml_value(attrs.get('label', n))}"
        yield f"    kgid {_gml_value(n)}"
        for k, v in attrs.items():
            if k != "label":
                yield f"    {k} {_gml_value(v)}"
        yield "  ]"
    for u, v, key, attrs in g.edges(keys=True, data=True):
        yield "  edge ["
        yield f"    source {index[u]}"
        yield f"    target {index[v]}"
        yield f"    key {_gml_value(key)}"
        for k, val in attrs.items():
            yield f"    {k} {_gml_value(val)}"
        yield "  ]"
    yield "]"


def write(graph: Graph, out: BinaryIO, *, format: str = "graphml", **_options) -> None:
    g = exchange_graph(graph)
    if format == "gml":
        for line in generate_gml(g):
            out.write((line + "\n").encode("utf-8"))
    else:
        nx.write_graphml(g, out, encoding="utf-8")
