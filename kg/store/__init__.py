"""Stores: the embedded Ladybug database and a Neo4j server, behind one interface.

>>> from kg.store import open_store
>>> # store = open_store("./.kg")                  # embedded (default)
>>> # store = open_store(neo4j="bolt://localhost:7687", auth=("neo4j", "pw"))
"""
from __future__ import annotations

import os
from typing import Any, Optional

from .base import QueryResult, Store


def neo4j_settings(uri: Optional[str] = None, user: Optional[str] = None, password: Optional[str] = None,
                   database: Optional[str] = None) -> tuple[Optional[str], tuple[str, str], Optional[str]]:
    """``(uri, auth, database)``: what is given, else NEO4J_URI, NEO4J_USERNAME (``neo4j``),
    NEO4J_PASSWORD and NEO4J_DATABASE.  The one place that reads them.

    >>> neo4j_settings("bolt://h:7687", "u", "p", "db")
    ('bolt://h:7687', ('u', 'p'), 'db')
    """
    uri = uri or os.environ.get("NEO4J_URI")
    user = user or os.environ.get("NEO4J_USERNAME") or "neo4j"
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD", "")
    database = database or os.environ.get("NEO4J_DATABASE") or None
    return uri, (user, password), database


def open_store(path: Optional[str] = None, *, read_only: bool = False, neo4j: Optional[str] = None,
               wait: Optional[float] = None, buffer_pool_mb: Optional[int] = None, **neo4j_options) -> Store:
    """Open the embedded store at ``path`` or, with ``neo4j=URI``, a Neo4j server.

    ``wait``: seconds the embedded store waits for another process's write
    lock (default :data:`kg.store.embedded.DEFAULT_WAIT`); ``buffer_pool_mb``
    caps the embedded store's page cache (exports that stream set it)."""
    if neo4j:
        from .neo4j import Neo4jStore

        return Neo4jStore(neo4j, read_only=read_only, **neo4j_options)
    from .embedded import EmbeddedStore

    options = {"buffer_pool_mb": buffer_pool_mb} if buffer_pool_mb else {}
    if wait is None:
        return EmbeddedStore(path, read_only=read_only, **options)
    return EmbeddedStore(path, read_only=read_only, wait=wait, **options)


__all__ = ["open_store", "neo4j_settings", "Store", "QueryResult"]
