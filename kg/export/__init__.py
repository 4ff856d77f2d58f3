"""Exporters, registered by name and imported only when used.

Each module has ``write(graph, out, **options)``: ``graph`` a
:class:`kg.graph.Graph`, ``out`` a binary file object.

>>> {"graphml", "json", "turtle"} <= set(FORMATS)
True
"""
from __future__ import annotations

import importlib
from typing import BinaryIO

from ..errors import UnknownFormat
from ..graph import Graph

#: format name -> module (several names may share one module)
FORMATS: dict[str, str] = {
    "graphml": "kg.export.networkx_formats",
    "gml": "kg.export.networkx_formats",
    "json": "kg.export.json_format",
    "gexf": "kg.export.gexf",
    "turtle": "kg.rdf.writers", "ttl": "kg.rdf.writers", "nt": "kg.rdf.writers", "ntriples": "kg.rdf.writers",
    "jsonld": "kg.rdf.writers", "json-ld": "kg.rdf.writers", "xml": "kg.rdf.writers", "rdfxml": "kg.rdf.writers",
    "neo4j-admin": "kg.export.neo4j_admin",
}


def exporter(fmt: str):
    try:
        return importlib.import_module(FORMATS[fmt.lower()])
    except KeyError:
        raise UnknownFormat(f"unknown export format {fmt!r}; choose one of: {', '.join(sorted(FORMATS))}") from None


def export(graph: Graph, fmt: str, out: BinaryIO, **options) -> None:
    """Write ``graph`` to ``out`` in format ``fmt``."""
    exporter(fmt).write(graph, out, format=fmt.lower(), **options)
