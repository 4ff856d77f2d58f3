"""The graph as one JSON object, sorted, UTF-8, in networkx's node-link shape:
``{"directed": true, "multigraph": true, "graph": {}, "nodes": [...], "edges": [...]}``
(``networkx.node_link_graph(data, edges="edges")`` reads it back directed)."""
from __future__ import annotations

import json
from typing import BinaryIO

from ..graph import Graph
from ..store.base import plain


def to_dict(graph: Graph) -> dict:
    nodes = [{"id": n.id, "label": n.label, **{k: plain(v) for k, v in sorted(n.props.items()) if v is not None}}
             for n in sorted(graph.nodes.values(), key=lambda n: n.id)]
    edges = [{"type": e.type, "source": e.src, "target": e.dst, "key": e.type,
              **{k: plain(v) for k, v in sorted(e.props.items()) if v is not None}}
             for e in sorted(graph.edges.values(), key=lambda e: (e.type, e.src, e.dst))]
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": nodes, "edges": edges}


def write(graph: Graph, out: BinaryIO, **_options) -> None:
    out.write(json.dumps(to_dict(graph), ensure_ascii=False, indent=1).encode("utf-8"))
    out.write(b"\n")
