"""An in-memory property graph: the hand-off between resolution, stores and exports.

>>> g = Graph()
>>> g.add_node("Person", "person:1", name="张三")
>>> g.add_node("Commitment", "commitment:1", task="修路")
>>> g.add_edge("LEADS", "person:1", "commitment:1", role="lead")
>>> g.counts()
{'Commitment': 1, 'Person': 1, 'LEADS': 1}
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from .errors import SchemaError
from .graph_schema import KIND_OF, NODES, RELS
from .values import attributes


@dataclass
class Node:
    label: str
    id: str
    props: dict[str, Any]

    @property
    def display_name(self) -> str:
        """What a picture or another tool shows for the node: a name, a task, a title, a metric."""
        p = self.props
        return str(p.get("name") or p.get("task") or p.get("title") or p.get("metric") or p.get("text")
                   or p.get("source") or self.id)


@dataclass
class Edge:
    type: str
    src: str
    dst: str
    props: dict[str, Any]


@dataclass
class Graph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    #: relation type -> ids of the nodes whose relations of that type this graph holds whole:
    #: a write replaces the stored ones (the posts a person held, worked out again: kg/posts.py)
    whole: dict[str, set[str]] = field(default_factory=dict)
    #: node id -> what the store held of the node when the graph was made: ``(properties, RESTATES)``,
    #: the latter ``(canonical id, score, why)`` or None (kg/link.py, for the stored commitments it
    #: writes again): a write may leave as they are the properties and the ``RESTATES`` that are the
    #: same; a store that writes the node whole gives the same graph
    stored: dict[str, tuple] = field(default_factory=dict)

    def add_node(self, label: str, node_id: str, **props: Any) -> None:
        if label not in NODES:
            raise SchemaError(f"unknown node label {label!r}; the schema has: {', '.join(NODES)}")
        props = {k: v for k, v in props.items() if k in NODES[label]}
        props["kind"] = KIND_OF[label]
        self.put_node(label, node_id, props)

    def put_node(self, label: str, node_id: str, props: dict) -> None:
        """:meth:`add_node` of properties already checked against the schema, the dict taken as it is
        (kg/resolve.py ``unpacked``: graphs made by :meth:`add_node` in another process)."""
        node = self.nodes.get(node_id)
        if node is None:
            self.nodes[node_id] = Node(label, node_id, props)
        else:  # later facts fill gaps; they never erase known values
            for k, v in props.items():
                if v is not None:
                    node.props[k] = v

    def add_edge(self, rel: str, src: str, dst: str, **props: Any) -> None:
        if rel not in RELS:
            raise SchemaError(f"unknown relation type {rel!r}; the schema has: {', '.join(RELS)}")
        self.put_edge(rel, src, dst, props)

    def put_edge(self, rel: str, src: str, dst: str, props: dict) -> None:
        """:meth:`add_edge` of a relation type already checked, the dict taken as it is."""
        key = (rel, src, dst)
        if key in self.edges:
            self.edges[key].props.update({k: v for k, v in props.items() if v is not None})
        else:
            self.edges[key] = Edge(rel, src, dst, props)

    def nodes_of(self, label: str) -> Iterator[Node]:
        return (n for n in self.nodes.values() if n.label == label)

    def edges_of(self, rel: str) -> Iterator[Edge]:
        return (e for e in self.edges.values() if e.type == rel)

    def counts(self) -> dict[str, int]:
        """Number of nodes per label and edges per type, labels first, sorted."""
        out: dict[str, int] = {}
        for label in sorted({n.label for n in self.nodes.values()}):
            out[label] = sum(1 for _ in self.nodes_of(label))
        for rel in sorted({e.type for e in self.edges.values()}):
            out[rel] = sum(1 for _ in self.edges_of(rel))
        return out

    def to_networkx(self):
        """A ``networkx.MultiDiGraph`` with ``label`` and the properties on each node.

        Dates stay ISO strings and missing values are dropped, so the result
        writes to GraphML and GEXF as it is.
        """
        import networkx as nx

        g = nx.MultiDiGraph()
        for n in self.nodes.values():
            g.add_node(n.id, label=n.label, **attributes(n.props))
        for e in self.edges.values():
            g.add_edge(e.src, e.dst, key=e.type, type=e.type, **attributes(e.props))
        return g

