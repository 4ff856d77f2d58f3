"""The graph as one JSON object, sorted, UTF-8, in networkx's node-link shape:
``{"directed": true, "multigraph": true, "graph": {}, "nodes": [...], "edges": [...]}``
(``networkx.node_link_graph(data, edges="edges")`` reads it back directed).

The file is written a node and a relation at a time (from a store, as it is
read in pages), the same bytes as ``json.dumps(to_dict(graph), indent=1)``.
"""
from __future__ import annotations

import json
from typing import Any, BinaryIO, Iterable, Iterator

from ..graph import Edge, Graph, Node
from ..values import plain
from .source import as_source

#: tells :meth:`kg.api.KnowledgeGraph.export` to hand a store read in pages, not a whole graph
STREAMS = True


def node_dict(n: Node) -> dict:
    return {"id": n.id, "label": n.label, **{k: plain(v) for k, v in sorted(n.props.items()) if v is not None}}


def edge_dict(e: Edge) -> dict:
    return {"type": e.type, "source": e.src, "target": e.dst, "key": e.type,
            **{k: plain(v) for k, v in sorted(e.props.items()) if v is not None}}


def to_dict(graph: Graph) -> dict:
    src = as_source(graph)
    return {"directed": True, "multigraph": True, "graph": {},
            "nodes": [node_dict(n) for n in src.nodes_sorted()],
            "edges": [edge_dict(e) for e in src.edges_sorted()]}


def _array(items: Iterable[dict]) -> Iterator[str]:
    """A list as ``json.dumps(…, indent=1)`` writes it at depth 1, one item at a time."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        yield ("[\n  " if first else ",\n  ") + text
        first = False
    yield "[]" if first else "\n ]"


def write(graph: Any, out: BinaryIO, **_options) -> None:
    """Write ``graph`` (a :class:`Graph` or a source of :mod:`kg.export.source`) to ``out``."""
    src = as_source(graph)
    parts = ['{\n "directed": true,\n "multigraph": true,\n "graph": {},\n "nodes": ']
    _stream(out, parts, _array(node_dict(n) for n in src.nodes_sorted()))
    parts.append(',\n "edges": ')
    _stream(out, parts, _array(edge_dict(e) for e in src.edges_sorted()))
    parts.append("\n}\n")
    out.write("".join(parts).encode("utf-8"))


def _stream(out: BinaryIO, parts: list, chunks) -> None:
    """Add ``chunks`` to ``parts``, writing them out a couple of thousand at a time."""
    for chunk in chunks:
        parts.append(chunk)
        if len(parts) >= 2000:
            out.write("".join(parts).encode("utf-8"))
            parts.clear()
