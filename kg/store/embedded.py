"""The embedded store: one Ladybug database file under a workspace folder.

The workspace is ``./.kg/`` by default; ``KG_STORE`` or ``--store`` moves it.
The schema is created on first use.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Optional, Sequence

from ..errors import QueryError, StoreError, StoreUnavailable
from ..graph import Graph
from ..schema import NODES, RELS
from .base import REPLACE_STATEMENTS, QueryResult, Store, check_read_only, edge_statements, node_statements, plain

DEFAULT_STORE = ".kg"
DB_FILE = "graph.lbdb"


def default_store_path() -> str:
    return os.environ.get("KG_STORE") or DEFAULT_STORE


def schema_statements() -> list[str]:
    out = []
    for label, props in NODES.items():
        cols = ", ".join(f"{p} {t}" for p, t in props.items())
        out.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY(id))")
    for rel in RELS.values():
        ends = ", ".join(f"FROM {a} TO {b}" for a, b in rel.ends)
        props = "".join(f", {p} {t}" for p, t in rel.props)
        out.append(f"CREATE REL TABLE IF NOT EXISTS {rel.name}({ends}{props})")
    return out


def migrate(conn) -> None:
    """Create missing tables and add missing columns (a store written by an older version)."""
    for stmt in schema_statements():
        conn.execute(stmt)
    tables = list(NODES.items()) + [(r.name, dict(r.props)) for r in RELS.values()]
    for table, props in tables:
        res = conn.execute(f"CALL table_info('{table}') RETURN name")
        have = set()
        while res.has_next():
            have.add(res.get_next()[0])
        for name, kind in props.items():
            if name not in have:
                conn.execute(f"ALTER TABLE {table} ADD {name} {kind}")


class EmbeddedStore(Store):
    name = "embedded"

    def __init__(self, path: Optional[str] = None, *, read_only: bool = False):
        import ladybug

        self.folder = Path(path or default_store_path())
        self.file = self.folder / DB_FILE
        self.read_only = read_only
        try:
            if read_only and not self.file.exists():
                raise StoreUnavailable("no store here yet; read documents into it with: kg ingest PATH "
                                       "(or point --store / KG_STORE at an existing one)", source=str(self.folder))
            self.folder.mkdir(parents=True, exist_ok=True)
            if read_only:
                self._upgrade(ladybug)
            self._db = ladybug.Database(str(self.file), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as e:  # e.g. a lock held by another process
            raise StoreUnavailable(f"cannot open the store ({e}); is another kg process writing to it?",
                                   source=str(self.file)) from None
        if not read_only:
            migrate(self._conn)

    def _upgrade(self, ladybug) -> None:
        """Bring an older store's schema up to date before reading it (skipped while it is busy)."""
        try:
            db = ladybug.Database(str(self.file))
        except RuntimeError:
            return  # another process is writing: it has brought the schema up to date
        conn = ladybug.Connection(db)
        try:
            migrate(conn)
        finally:
            conn.close()
            db.close()

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()

    def write(self, graph: Graph, *, replace_documents: Sequence[str] = ()) -> None:
        if self.read_only:
            raise StoreUnavailable("the store is open read-only", source=str(self.file))
        c = self._conn
        c.execute("BEGIN TRANSACTION")
        try:
            if replace_documents:
                for stmt in REPLACE_STATEMENTS:
                    c.execute(stmt, {"ids": list(replace_documents)})
            for stmt, rows in node_statements(graph, typed=True):
                c.execute(stmt, {"rows": rows})
            for stmt, rows in edge_statements(graph, typed=True):
                c.execute(stmt, {"rows": rows})
        except BaseException as e:
            try:
                c.execute("ROLLBACK")
            except RuntimeError:
                pass  # an error inside a transaction already rolled it back
            if isinstance(e, RuntimeError):
                raise StoreError(f"nothing was written: {str(e).splitlines()[0]}", source=str(self.file)) from None
            raise
        c.execute("COMMIT")

    def query(self, cypher: str, params: Optional[dict[str, Any]] = None) -> QueryResult:
        check_read_only(cypher)
        return self._run(cypher, params)

    def _run(self, cypher: str, params: Optional[dict[str, Any]] = None) -> QueryResult:
        try:
            res = self._conn.execute(cypher, params or {})
        except RuntimeError as e:
            raise QueryError(str(e).splitlines()[0]) from None
        cols = res.get_column_names()
        rows = []
        while res.has_next():
            rows.append([plain(v) for v in res.get_next()])
        return QueryResult(cols, rows)
