"""Stores: the embedded Ladybug database and a Neo4j server, behind one interface.

>>> from kg.store import open_store
>>> # store = open_store("./.kg")                  # embedded (default)
>>> # store = open_store(neo4j="bolt://localhost:7687", auth=("neo4j", "pw"))
"""
from __future__ import annotations

from typing import Optional

from .base import QueryResult, Store


def open_store(path: Optional[str] = None, *, read_only: bool = False, neo4j: Optional[str] = None,
               wait: Optional[float] = None, **neo4j_options) -> Store:
    """Open the embedded store at ``path`` or, with ``neo4j=URI``, a Neo4j server.

    ``wait``: seconds the embedded store waits for another process's write
    lock (default :data:`kg.store.embedded.DEFAULT_WAIT`)."""
    if neo4j:
        from .neo4j import Neo4jStore

        return Neo4jStore(neo4j, read_only=read_only, **neo4j_options)
    from .embedded import EmbeddedStore

    if wait is None:
        return EmbeddedStore(path, read_only=read_only)
    return EmbeddedStore(path, read_only=read_only, wait=wait)


__all__ = ["open_store", "Store", "QueryResult"]
