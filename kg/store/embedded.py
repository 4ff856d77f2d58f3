"""The embedded store: one Ladybug database file under a workspace folder.

The workspace is ``./.kg/`` by default; ``KG_STORE`` or ``--store`` moves it.
The schema is created on first use.
"""
from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any, Optional, Sequence

from ..errors import QueryError, StoreError, StoreUnavailable
from ..graph import Graph
from ..graph_schema import NODES, RELS
from .base import MENTIONED_STATEMENTS, PRUNE_STATEMENTS, REPLACE_STATEMENTS, QueryResult, Store, check_read_only, edge_statements, node_statements, restates_reset_statements, whole_relations
from ..values import plain

DEFAULT_STORE = ".kg"
DB_FILE = "graph.lbdb"
#: seconds a store waits for another process's write lock before giving up
DEFAULT_WAIT = 10.0
_LOCKED = re.compile(r"Could not set lock|Lock is held|lock on file", re.I)
_RECOVERY = re.compile(r"recovery is pending", re.I)


class _RecoveryPending(Exception):
    """A read-only open refused because the log of a writer that died must be replayed first."""


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


def _columns(conn, table: str) -> Optional[set]:
    try:
        res = conn.execute(f"CALL table_info('{table}') RETURN name")
    except RuntimeError:
        return None  # no such table
    have = set()
    while res.has_next():
        have.add(res.get_next()[0])
    return have


def _connections(conn, rel: str) -> set:
    """The (from, to) label pairs a relation table has."""
    try:
        res = conn.execute(f"CALL show_connection('{rel}') RETURN *")
    except RuntimeError:
        return set()
    have = set()
    while res.has_next():
        row = res.get_next()
        have.add((row[0], row[1]))
    return have


def needs_migration(conn) -> bool:
    """Whether a table, a column or a relation's pair of labels is missing (read without writing)."""
    tables = list(NODES.items()) + [(r.name, dict(r.props)) for r in RELS.values()]
    for table, props in tables:
        have = _columns(conn, table)
        if have is None or any(name not in have for name in props):
            return True
    return any(not set(r.ends) <= _connections(conn, r.name) for r in RELS.values())


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
    for rel in RELS.values():  # a relation that new labels may now start from (a Post leads)
        have = _connections(conn, rel.name)
        for a, b in rel.ends:
            if (a, b) not in have:
                conn.execute(f"ALTER TABLE {rel.name} ADD FROM {a} TO {b}")


class EmbeddedStore(Store):
    name = "embedded"

    def __init__(self, path: Optional[str] = None, *, read_only: bool = False, wait: float = DEFAULT_WAIT,
                 buffer_pool_mb: Optional[int] = None):
        """Open the store at ``path``; ``read_only`` opens the database file
        read-only (any number of readers run beside one writer); a writer
        waits up to ``wait`` seconds for another writer's lock.
        ``buffer_pool_mb`` caps the database's page cache (default: Ladybug's,
        most of the machine's memory, kept as pages are read): an export that
        reads the store in pages caps it, so its memory stays flat."""
        import ladybug

        self._db_options = {"buffer_pool_size": int(buffer_pool_mb) << 20} if buffer_pool_mb else {}

        self.folder = Path(path or default_store_path())
        self.file = self.folder / DB_FILE
        self.read_only = read_only
        self.wait = max(0.0, float(wait))
        if read_only and not self.file.exists():
            raise StoreUnavailable("no store here yet; read documents into it with: kg ingest PATH "
                                   "(or point --store / KG_STORE at an existing one)", source=str(self.folder))
        self.folder.mkdir(parents=True, exist_ok=True)
        self._db = self._conn = None
        try:
            self._db, self._conn = self._connect(ladybug, read_only)
        except _RecoveryPending:
            # a writer died (kill -9, power cut) before its checkpoint: one read-write
            # open replays the log, then the store opens read-only as asked
            db, conn = self._connect(ladybug, False)
            conn.close()
            db.close()
            self._db, self._conn = self._connect(ladybug, True)
        if read_only:
            if needs_migration(self._conn):  # a store written by an older version: upgrade it once
                self.close()
                db, conn = self._connect(ladybug, False)
                try:
                    migrate(conn)
                finally:
                    conn.close()
                    db.close()
                self._db, self._conn = self._connect(ladybug, True)
        else:
            migrate(self._conn)

    def _connect(self, ladybug, read_only: bool):
        """A database and a connection; a writer's lock held by another process is waited for."""
        deadline = time.monotonic() + self.wait
        pause = 0.05
        while True:
            try:
                db = ladybug.Database(str(self.file), read_only=read_only, **self._db_options)
                return db, ladybug.Connection(db)
            except RuntimeError as e:
                first = str(e).splitlines()[0]
                if read_only and _RECOVERY.search(first):
                    raise _RecoveryPending(first) from None
                if not _LOCKED.search(first):
                    raise StoreUnavailable(f"cannot open the store ({first})", source=str(self.file)) from None
                if time.monotonic() >= deadline:
                    raise StoreUnavailable(
                        f"another kg process is writing to the store ({first}); waited {self.wait:g} s, "
                        "try again when it is done or give a longer --wait", source=str(self.file)) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

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
            mentioned: set = set()
            if replace_documents:
                ids = {"ids": list(replace_documents)}
                for stmt in MENTIONED_STATEMENTS:
                    res = c.execute(stmt, ids)
                    while res.has_next():
                        mentioned.add(res.get_next()[0])
                for stmt in REPLACE_STATEMENTS:
                    c.execute(stmt, ids)
            for read, delete, params in whole_relations(graph):  # the posts a person held, anew
                res = c.execute(read, params)
                while res.has_next():
                    mentioned.add(res.get_next()[0])
                c.execute(delete, params)
            for stmt, rows in node_statements(graph, typed=True):
                c.execute(stmt, {"rows": rows})
            for stmt, rows in restates_reset_statements(graph):
                c.execute(stmt, {"rows": rows})
            for stmt, rows in edge_statements(graph, typed=True):
                c.execute(stmt, {"rows": rows})
            if mentioned:
                for stmt in PRUNE_STATEMENTS:
                    c.execute(stmt, {"ids": sorted(mentioned)})
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
        """A read-only query.  The keyword check gives a clear message; the
        database enforces it: a read-only file, or a read-only transaction on
        a store opened for writing."""
        check_read_only(cypher)
        if self.read_only:
            return self._run(cypher, params)
        self._conn.execute("BEGIN TRANSACTION READ ONLY")
        try:
            return self._run(cypher, params)
        finally:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # an error inside the transaction already ended it

    def _run(self, cypher: str, params: Optional[dict[str, Any]] = None) -> QueryResult:
        try:
            res = self._conn.execute(cypher, params or {})
        except RuntimeError as e:
            msg = str(e).splitlines()[0]
            if "read-only" in msg:
                msg = "queries are read-only: the database refused a write"
            raise QueryError(msg) from None
        if isinstance(res, list):  # several statements
            raise QueryError("one statement at a time: remove the ';' between statements")
        cols = res.get_column_names()
        rows = []
        while res.has_next():
            rows.append([plain(v) for v in res.get_next()])
        return QueryResult(cols, rows)
