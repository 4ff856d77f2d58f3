"""GraphML and GML through networkx (properties on nodes and edges, Chinese kept)."""
from __future__ import annotations

from typing import BinaryIO

import networkx as nx

from ..graph import Graph


def write(graph: Graph, out: BinaryIO, *, format: str = "graphml", **_options) -> None:
    g = graph.to_networkx()
    if format == "gml":
        for line in nx.generate_gml(g):
            out.write((line + "\n").encode("utf-8"))
    else:
        nx.write_graphml(g, out, encoding="utf-8")
