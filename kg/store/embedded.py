"""The embedded store: one Ladybug database file under a workspace folder.

The workspace is ``./.kg/`` by default; ``KG_STORE`` or ``--store`` moves it.
The schema is created on first use.
"""
from __future__ import annotations

import gc
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any, Callable, Collection, Iterator, Optional, Sequence

from ..errors import QueryError, RecoveryPending, StoreError, StoreUnavailable
from ..graph import Graph
from ..graph_schema import MOVED, NODES, RELS
from ..graph_schema import PREFIX_LABEL
from ..values import plain
from .base import (BATCH, MENTIONED_STATEMENTS, PRUNE_STATEMENTS, READING_STATEMENTS, WORKS_ALL,
                   WORKS_OF_COMMITMENTS, WORKS_STATEMENT, QueryResult, Store, check_read_only,
                   delete_relation_statement, kept_props, relations_of, restates_reset_statements, set_clause,
                   whole_relations, works_touched)
from .copytext import CopyText, copy_rows, row_lines
from ..values import typed as _cast

DEFAULT_STORE = ".kg"
DB_FILE = "graph.lbdb"
#: seconds a store waits for another process's write lock before giving up
DEFAULT_WAIT = 10.0
_LOCKED = re.compile(r"Could not set lock|Lock is held|lock on file", re.I)
_RECOVERY = re.compile(r"recovery is pending", re.I)


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
    if any((_columns(conn, rel) or set()) & set(props) for rel, _, props in MOVED):
        return True
    return any(not set(r.ends) <= _connections(conn, r.name) for r in RELS.values())


def migrate(conn) -> list[str]:
    """Create missing tables and add missing columns (a store written by an older version);
    returns the columns added, as ``Table.column``."""
    added = []
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
                added.append(f"{table}.{name}")
    for rel in RELS.values():  # a relation that new labels may now start from (a Post leads)
        have = _connections(conn, rel.name)
        for a, b in rel.ends:
            if (a, b) not in have:
                conn.execute(f"ALTER TABLE {rel.name} ADD FROM {a} TO {b}")
    for rel, label, props in MOVED:  # what an older store keeps on a relation: onto its start node, once
        have = _columns(conn, rel) or set()
        old = [p for p in props if p in have]
        if old:  # (stopped half-way, it starts again: the relation keeps its values until they are dropped)
            conn.execute(f"MATCH (n:{label})-[r:{rel}]->() SET " + ", ".join(f"n.{p} = r.{p}" for p in old))
            for p in old:
                conn.execute(f"ALTER TABLE {rel} DROP {p}")
    return added


@contextmanager
def _no_gc(freeze: bool = False):
    """The cycle collector paused: a write makes a million short rows (lists, tuples) that hold no
    cycles, and every full collection on the way walks the whole graph again (a third of the CPU of
    the rows and the index's at 100,000 commitments).  ``freeze``: what is alive at the end is set
    aside from the collector (``gc.freeze``) before it runs again, as kg/workcache.py ``written`` does
    after each write of an ingest (undone by its ``detach``): else the first allocation after the write
    walks every object made during it (the next batch's linking too, in the main thread), under the GIL
    (45 collections, 1.7 CPU-s of the writer thread at 10,000 documents with ``--jobs 2``)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if freeze:
                gc.freeze()
            gc.enable()


#: a write of more nodes than this adds its blocking index rows in a thread beside Ladybug's statements
#: (both leave the GIL while they work: SQLite in each step, Ladybug in each statement)
INDEX_BESIDE = 5000


class _IndexWrite:
    """``index.add(graph)`` (kg/blocking.py) for one write: a big write's in a thread, so that its SQLite
    inserts run while Ladybug copies the graph (the wall time of the index, 2.5 s at 100,000
    commitments, mostly hidden); a small write's at once.  :meth:`done` waits for it and raises its
    error: the graph's transaction commits only after the index's."""

    def __init__(self, index, graph: Graph):
        self.error: Optional[BaseException] = None
        self.thread = None
        if index is None:
            return
        if len(graph.nodes) <= INDEX_BESIDE:
            index.add(graph)
            return
        import threading

        def run():
            try:
                index.add(graph)
            except BaseException as e:  # raised in the writer's thread by done()
                self.error = e

        self.thread = threading.Thread(target=run, name="kg-index", daemon=True)
        self.thread.start()

    def done(self, quiet: bool = False) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None
        if self.error is not None and not quiet:
            error, self.error = self.error, None
            raise error


class EmbeddedStore(Store):
    name = "embedded"
    sole_writer = True  # Ladybug locks the database file for one writing process

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
        self._writes = self._reads = 0  # since the connection was made (:meth:`_renew_if_due`)
        self._sizes: dict = {}  # node counts of the tables, asked since the last write (:meth:`_table_size`)
        try:
            self._db, self._conn = self._connect(ladybug, read_only)
        except RecoveryPending:
            # a writer died (kill -9, power cut) before its checkpoint: one read-write
            # open replays the log, then the store opens read-only as asked
            db, conn = self._connect(ladybug, False)
            conn.close()
            db.close()
            self._db, self._conn = self._connect(ladybug, True)
        if read_only:
            if needs_migration(self._conn):  # a store written by an older version: upgrade it once
                self.close()
                EmbeddedStore(path, wait=wait).close()
                self._db, self._conn = self._connect(ladybug, True)
            self.index = None  # the blocking index of kg.blocking, kept by the writer only
            return
        added = migrate(self._conn)
        from ..longtext import remove_staged

        remove_staged(self.folder)  # what a writer killed in a long text staged (we hold the lock now)
        for stale in [*self.folder.glob(".copy-*.csv"), *self.folder.glob(".load-*.csv")]:
            stale.unlink(missing_ok=True)  # the COPY and LOAD files of a writer killed mid-write
        self._open_index()
        if "Commitment.work" in added:  # written before works had derived properties: derive them once
            from ..link import derive_stored

            derive_stored(self)
        if "Person.works" in added or "Organization.works" in added:  # how many works each actor is on
            self._conn.execute(WORKS_ALL)

    def _open_index(self) -> None:
        from ..blocking import INDEX_FILE, BlockIndex

        self.index = BlockIndex(self.folder / INDEX_FILE)
        if not self.index.built():  # a store written before the index, or by another version of it
            self.index.rebuild(lambda cypher: self.query(cypher).rows)

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
                    raise RecoveryPending(first) from None
                if not _LOCKED.search(first):
                    raise StoreUnavailable(f"cannot open the store ({first})", source=str(self.file)) from None
                if time.monotonic() >= deadline:
                    raise StoreUnavailable(
                        f"another kg process is writing to the store ({first}); waited {self.wait:g} s, "
                        "try again when it is done or give a longer --wait", source=str(self.file)) from None
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    def close(self) -> None:
        if getattr(self, "index", None) is not None:
            self.index.close()
            self.index = None
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()

    def reader(self) -> "EmbeddedStore":
        """This store's reads on a connection of their own, beside its writer (Ladybug runs read
        transactions beside one write transaction, each seeing the store before or after its commit):
        read-only, without the blocking index; its :meth:`close` closes only that connection
        (kg/pending.py reads the store through it while a batch is written)."""
        import copy

        import ladybug

        view = copy.copy(self)
        view._conn, view._db = ladybug.Connection(self._db), None  # the database stays this store's
        view.read_only, view.index, view._sizes = True, None, {}
        return view

    def write(self, graph: Graph, *, replace_documents: Sequence[str] = (),
              prepared: Optional["Prepared"] = None) -> None:
        """One transaction: the replaced documents' old reading goes, then the graph is written
        (:func:`write_statements`): many new nodes and relations through ``COPY … FROM``, the
        rest in batches (``UNWIND`` of parameter lists); what is stored already is updated.
        ``prepared``: :func:`prepare` of ``graph``, made beforehand (in another thread)."""
        if self.read_only:
            raise StoreUnavailable("the store is open read-only", source=str(self.file))
        if prepared is not None and prepared.graph is not graph:
            prepared = None
        self._pace_checkpoints()
        with _no_gc(freeze=getattr(self, "works", None) is not None):  # an ingest's (kg/workcache.py)
            self._write(graph, replace_documents, prepared)
        self._sizes = {}
        self._writes += 1
        self._renew_if_due()

    @staticmethod
    def prepare(graph: Graph) -> "Prepared":
        """What a write of ``graph`` needs that reads no store, made beforehand: :func:`prepare`."""
        return prepare(graph)

    def _pace_checkpoints(self) -> None:
        """Before a write: Ladybug's checkpoint threshold as :func:`checkpoint_threshold` gives it for the
        database file's size now (set again only when that changes)."""
        try:
            size = self.file.stat().st_size
        except OSError:
            size = 0
        want = checkpoint_threshold(size)
        if want != getattr(self, "_threshold", None):
            self._conn.execute(f"CALL checkpoint_threshold={want}")
            self._threshold = want

    def _renew_if_due(self) -> None:
        """Between two transactions: a new connection after ``RENEW_EVERY`` writes or
        ``RENEW_STATEMENTS`` read statements (a write of many files at once, kg/ingest.py, runs
        as many reads as they need, so the reads are counted too)."""
        if self._writes >= RENEW_EVERY or self._reads >= RENEW_STATEMENTS:
            self.renew_connection()

    def renew_connection(self) -> None:
        """A new connection to the open database, between two transactions.  Ladybug 0.22's
        connection gets slower with every statement it has run (state kept per connection, not
        per transaction, not freed by a checkpoint): a process that writes document after
        document would spend more and more on each (4.5x the CPU a document at 3,400 documents
        of one ``kg ingest``; docs/benchmarks.md, "The 10,000-document ingest (session 6)")."""
        import ladybug

        old, self._conn = self._conn, ladybug.Connection(self._db)
        old.close()
        self._writes = self._reads = 0

    def _write(self, graph: Graph, replace_documents: Sequence[str], prepared: Optional["Prepared"] = None) -> None:
        # the index first: it may hold more than the graph, never less (committed before the graph is)
        index = _IndexWrite(self.index, graph)
        c = self._conn
        try:
            c.execute("BEGIN TRANSACTION")
        except BaseException:
            index.done(quiet=True)
            raise
        try:
            stored, mentioned, kept = self._remove_replaced(c, replace_documents, graph)
            mentioned |= self._reset_whole_relations(c, graph)
            created = self._write_graph(c, graph, prepared, kept)
            for stmt in PRUNE_STATEMENTS:
                ids = of_label(stmt, mentioned)
                if ids:
                    _execute_by_key(c, stmt, {"ids": ids})
            self._count_works(c, graph, mentioned, created)
            index.done()
        except BaseException as e:
            index.done(quiet=True)
            try:
                c.execute("ROLLBACK")
            except RuntimeError:
                pass  # an error inside a transaction already rolled it back
            if isinstance(e, RuntimeError):
                raise StoreError(f"nothing was written: {str(e).splitlines()[0]}", source=str(self.file)) from None
            raise
        c.execute("COMMIT")
        if self.index is not None and stored:
            self.index.prune(stored, graph)

    @staticmethod
    def _count_works(c, graph: Graph, mentioned: set, created: Collection[str] = ()) -> None:
        """Inside the write's transaction: ``works`` of the persons and bodies the write touched: every
        actor in one pass for a bulk write (more than ``WORKS_ONE_PASS`` nodes, most of the store's
        commitments new), else those it touched, looked up by label (:func:`works_by_label`).
        ``created``: the ids of the nodes the write created: a commitment created has no relation but
        those of the graph, whose actors the graph names; and a stored commitment whose ``work`` the write
        leaves as linking read it (``graph.stored``: the write sets only what differs) changes no count.
        Only the actors of the other commitments are read from the store (the 10,000 documents' ingest read
        those of 81,682 commitments, 1.35 s, most of them new or of an unchanged work)."""
        if len(graph.nodes) > WORKS_ONE_PASS:
            new = sum(1 for _ in graph.nodes_of("Commitment"))
            if new * WORKS_ONE_PASS_SHARE >= c.execute("MATCH (n:Commitment) RETURN count(*)").get_next()[0]:
                c.execute(WORKS_ALL)
                return
        actors, commitments = works_touched(graph, mentioned)
        stored = getattr(graph, "stored", {}) or {}
        commitments = [i for i in commitments if i not in created and not _same_work(graph, stored, i)]
        if commitments:
            for res in _execute_by_key(c, WORKS_OF_COMMITMENTS, {"ids": commitments}):
                while res.has_next():
                    actors.add(res.get_next()[0])
        for stmt, ids in works_by_label(actors):
            c.execute(stmt, {"ids": ids})

    def _remove_replaced(self, c, replace_documents: Sequence[str], graph: Graph) -> tuple[list, set, set]:
        """Inside the write's transaction: delete what of the stored reading of the replaced documents
        ``graph`` does not hold: the nodes it has not, and the stored relations of those it has that it
        has not.  What stays is updated by the write.  A document read again after an edit keeps its
        commitments (their ids are their tasks, kg/resolve.py ``commitment_id``), and a write that
        deletes no relation spares the checkpoint the rewriting of the relation tables' node groups
        (docs/benchmarks.md, session 18); the graph is the one deleting the whole reading would give.
        Returns the ids of the documents stored, of the nodes the old reading mentioned (pruned
        when orphaned), and what of it stays as stored (:class:`Kept`: the write sets only what differs,
        :func:`write_statements`)."""
        mentioned: set = set()
        stored = self._existing(c, "Document", sorted(set(replace_documents))) if replace_documents else []
        if not stored:
            return stored, mentioned, Kept()
        for stmt in MENTIONED_STATEMENTS:
            for res in _execute_by_key(c, stmt, {"ids": stored}):
                while res.has_next():
                    mentioned.add(res.get_next()[0])
        old: dict = {"Document": set(stored)}
        for label, stmt in READING_STATEMENTS:
            for res in _execute_by_key(c, stmt, {"ids": stored}):
                while res.has_next():
                    old.setdefault(label, set()).add(res.get_next()[0])
        kept: set = set()
        for label, ids in old.items():  # the nodes the new reading has not: gone with their relations
            gone = sorted(ids.difference(graph.nodes))
            if gone:
                _execute_by_key(c, f"MATCH (n:{label}) WHERE n.id IN $ids DETACH DELETE n", {"ids": gone})
            kept |= ids.intersection(graph.nodes)
        staying = {label: sorted(ids & kept) for label, ids in old.items()}
        edges = self._remove_stale_relations(c, graph, staying)
        return stored, mentioned, Kept(self._properties(c, staying), edges)

    @staticmethod
    def _properties(c, nodes: dict) -> dict:
        """The stored properties of the given nodes (label → ids), by id."""
        out: dict = {}
        for label, ids in nodes.items():
            if ids:
                cols = list(NODES[label])  # the id first
                ret = ", ".join(f"n.{p}" for p in cols)
                for res in _execute_by_key(c, f"MATCH (n:{label}) WHERE n.id IN $ids RETURN {ret}", {"ids": ids}):
                    while res.has_next():
                        row = res.get_next()
                        out[row[0]] = dict(zip(cols, row))
        return out

    @staticmethod
    def _remove_stale_relations(c, graph: Graph, kept: dict) -> dict:
        """Delete the stored relations from and to the ``kept`` nodes (label → ids) that ``graph`` has not;
        the properties of those it has, as stored, by ``(type, source id, target id)``."""
        stale: set = set()
        held: dict = {}
        for label, ids in kept.items():
            for stmt, props in _relations_of(label) if ids else ():
                for res in _execute_by_key(c, stmt, {"ids": ids}):
                    while res.has_next():
                        row = res.get_next()
                        key = tuple(row[:3])
                        if key not in graph.edges:
                            stale.add(key)
                        else:
                            held[key] = dict(zip(props, row[3:]))
        by_ends: dict = {}
        for rel, src, dst in stale:
            by_ends.setdefault((rel, PREFIX_LABEL[src.partition(":")[0]], PREFIX_LABEL[dst.partition(":")[0]]),
                               []).append({"src": src, "dst": dst})
        sizes = TableSizes(c)
        for (rel, a, b), rows in sorted(by_ends.items()):
            for i in range(0, len(rows), BATCH):
                _execute_rows(c, delete_relation_statement(rel, a, b), rows[i:i + BATCH], sizes)
        return held

    @staticmethod
    def _reset_whole_relations(c, graph: Graph) -> set:
        """Delete the stored relations ``graph`` holds whole (the posts a person held, anew); the nodes
        they reached."""
        mentioned: set = set()
        for read, delete, params in whole_relations(graph):
            res = c.execute(read, params)
            while res.has_next():
                mentioned.add(res.get_next()[0])
            c.execute(delete, params)
        return mentioned

    def _write_graph(self, c, graph: Graph, prepared: Optional["Prepared"] = None,
                     kept: Optional["Kept"] = None) -> set:
        """Inside the write's transaction: the statements of :func:`write_statements`; ``kept``: what of
        a replaced document's reading stays (the ``RESTATES`` of its commitments are as the graph has them).
        Returns the ids of the nodes it created."""
        sizes = TableSizes(c)
        kept = kept or Kept()
        created: set = set()
        existing = lambda label, ids: self._existing(c, label, ids, sizes)  # noqa: E731
        for how, what, rows in write_statements(graph, existing, prepared, kept):
            if how == "copy":
                _copy(c, self.folder, sizes, what, rows)
            elif how == "nodes written":  # a commitment written carries all its RESTATES: the old go first
                # (but those of the commitments whose RESTATES are as stored: they stay, kg/graph.py ``stored``)
                created = what
                for stmt, batch in restates_reset_statements(graph, new=what | rows | kept.nodes.keys()):
                    _execute_rows(c, stmt, batch, sizes, self.folder, per_row_table=RESET_PER_ROW_TABLE)
            else:
                _execute_rows(c, what, rows, sizes, self.folder)
        return created

    @staticmethod
    def _existing(conn, label: str, ids: list, sizes: Optional["TableSizes"] = None) -> list:
        """Those of ``ids`` stored as ``label`` nodes (primary-key lookups, not a scan)."""
        out = []
        size = (sizes or TableSizes(conn))(label) if not isinstance(ids, list) or ids else 0
        if not size:
            return out  # an empty table: nothing to look up (the ids not even read)
        ids = list(ids)
        if len(ids) <= PER_ROW and len(ids) * 200 <= size:  # a few ids in a big table: one primary-key
            # lookup each (an UNWIND would scan the table)
            for i in ids:
                if conn.execute(f"MATCH (n:{label} {{id: $id}}) RETURN n.id", {"id": i}).has_next():
                    out.append(i)
            return out
        for i in range(0, len(ids), BATCH):
            res = conn.execute(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id", {"ids": ids[i:i + BATCH]})
            while res.has_next():
                out.append(res.get_next()[0])
        return out

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
            self._renew_if_due()

    def _run(self, cypher: str, params: Optional[dict[str, Any]] = None) -> QueryResult:
        runs = split_by_key(cypher, params or {}, self._table_size)
        if len(runs) == 1:
            return self._execute(*runs[0])
        cols, rows = [], []
        for stmt, values in runs:  # a few ids: one primary-key lookup each instead of a scan of the table
            part = self._execute(stmt, values)
            cols = part.columns
            rows += part.rows
        if re.search(r"\bDISTINCT\b", runs[0][0], re.I):
            seen, kept = set(), []
            for r in rows:
                k = repr(r)
                if k not in seen:
                    seen.add(k)
                    kept.append(r)
            rows = kept
        return QueryResult(cols, rows)

    def _table_size(self, label: str) -> int:
        """How many nodes of ``label`` the store holds (as of the last write: an estimate is enough)."""
        if label not in self._sizes:
            try:
                self._sizes[label] = self._conn.execute(f"MATCH (n:{label}) RETURN count(*)").get_next()[0]
            except RuntimeError:  # no such table: the statement itself says what is wrong
                self._sizes[label] = 0
        return self._sizes[label]

    def _execute(self, cypher: str, params: dict[str, Any]) -> QueryResult:
        self._reads += 1
        try:
            res = self._conn.execute(cypher, params)
        except RuntimeError as e:
            msg = str(e).splitlines()[0]
            if "read-only" in msg:
                msg = "queries are read-only: the database refused a write"
            raise QueryError(msg) from None
        if isinstance(res, list):  # several statements
            raise QueryError("one statement at a time: remove the ';' between statements")
        cols = res.get_column_names()
        # only the columns whose values are not plain already are converted (dates, doubles, lists, ...):
        # (commitments of 100,000: 0.17 CPU-s instead of 0.61 for 233,334 rows, get_next itself 0.67)
        todo = [i for i, t in enumerate(res.get_column_data_types()) if t not in _PLAIN_TYPES]
        rows = []
        while res.has_next():
            row = res.get_next()
            for i in todo:
                row[i] = plain(row[i])
            rows.append(row)
        return QueryResult(cols, rows)


#: Ladybug column types whose Python values :func:`kg.values.plain` returns unchanged
_PLAIN_TYPES = frozenset({"STRING", "BOOL", "INT64", "INT32", "INT16", "INT8", "SERIAL"})


#: at most this many ids in ``x.id IN $ids`` are looked up one by one (see :func:`by_key`); more are
#: joined in one ``UNWIND`` (:func:`unwound`).  At 50,000 commitments a lookup costs about 0.3 ms, an
#: ``UNWIND`` of 1,500 ids 7-12 ms, and ``IN`` a list of 1,500 ids 0.44 s (Ladybug tests the list against
#: every row: a batch of files read the whole store back once per statement)
BY_KEY = 32
#: a longer list is still looked up id by id while the table of its ids holds at least this many nodes
#: an id (:func:`one_by_one`): an ``UNWIND`` of the ids is joined with a scan, which grows with the store
#: (the ``RESTATES`` of 33 commitments: 30 ms at 50,000 commitments, 3 ms at 5,000; a lookup 0.1 ms)
LOOKUP_ROWS = 150
#: a list of ids over a pattern of one relation is walked from each id's lookup (:func:`anchored`) while the
#: table of its ids holds at least this many nodes an id (:func:`walks`): beyond that a join's scan costs less.
#: Measured on this machine, walked against joined: a progress record of each of 1,000 commitments of 49,943,
#: 10 ms against 31 ms, of 3,000 19 against 22 ms, of 8,000 48 against 46 ms; of 25,000 of 499,544 0.19
#: against 0.30 s, of 50,000 0.36 against 0.44 s
ANCHOR_ROWS = 20
#: ... over a longer pattern (it finds more rows an id): what restates each of 300 canonical commitments of
#: 49,943, with its document, 35 ms against 50 ms, of 1,000 0.11 s against 0.06 s; of 5,000 of 499,544
#: 0.39 s against 0.56 s, of 10,000 0.86 against 0.78 s
ANCHOR_ROWS_LONG = 100
_IN_LIST = re.compile(r"\b([A-Za-z_]\w*)\.id\s+IN\s+\$([A-Za-z_]\w*)\b")
_RETURN_DISTINCT = re.compile(r"\bRETURN\s+DISTINCT\b", re.I)
_WITH_DISTINCT = re.compile(r"\bWITH\s+DISTINCT\s+[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s+(?=MATCH\b)", re.I)
_NOT_SPLIT = re.compile(r"\b(ORDER|LIMIT|SKIP|OPTIONAL|UNION|OR|XOR|WITH|CALL|count|collect|sum|avg|min|max)\b",
                        re.I)


def by_key(cypher: str, params: dict) -> Optional[tuple[str, str, list]]:
    """``(statement, parameter, values)`` when ``cypher`` may run once per id of a short list.

    Ladybug answers ``WHERE c.id IN $ids`` by scanning every ``c`` (a query
    grows with the store) but ``WHERE c.id = $id`` through the primary-key
    index.  A statement whose one list parameter is used only as ``x.id IN
    $list``, a conjunct of a ``WHERE`` (no ``OR``, not negated), with no
    aggregation, ordering, ``WITH`` or ``OPTIONAL``, returns the union of its
    rows for each id (rows of ``DISTINCT`` deduplicated), so it runs once per id.
    A ``WITH DISTINCT`` of bare variables is allowed where the rows returned are
    ``DISTINCT`` too (the union of each id's distinct rows is the distinct rows).

    The id goes into its node's pattern where it can (:func:`keyed`): Ladybug
    then looks it up in the primary-key index even where the ``WHERE`` holds a
    subquery (``NOT EXISTS { … }``), which it otherwise checks first.

    >>> by_key("MATCH (c:Commitment) WHERE c.id IN $ids AND NOT d.id IN $docs RETURN c.id", {"ids": ["b", "a", "b"], "docs": []})
    ('MATCH (c:Commitment {id: $ids__one}) WHERE NOT d.id IN $docs RETURN c.id', 'ids__one', ['a', 'b'])
    >>> by_key("MATCH (c:Commitment) WHERE c.id IN $ids RETURN count(c)", {"ids": ["a"]}) is None
    True
    >>> by_key("MATCH (c)-[:X]->(o) WHERE c.id IN $ids WITH DISTINCT o MATCH (o)-[:Y]->(p) RETURN DISTINCT p.id", {"ids": ["a"]})[0]
    'MATCH (c)-[:X]->(o) WHERE c.id = $ids__one WITH DISTINCT o MATCH (o)-[:Y]->(p) RETURN DISTINCT p.id'
    """
    text = _blank_strings(cypher)
    if _RETURN_DISTINCT.search(text):
        text = _WITH_DISTINCT.sub(" ", text)
    if _NOT_SPLIT.search(text):
        return None
    found = [m for m in _IN_LIST.finditer(cypher)
             if isinstance(params.get(m.group(2)), (list, tuple))
             and not cypher[:m.start()].rstrip().upper().endswith("NOT")]
    if len(found) != 1:
        return None
    m = found[0]
    name = m.group(2)
    values = sorted({v for v in params[name] if v is not None}, key=str)
    if not values or len(re.findall(r"\$" + name + r"\b", cypher)) != 1:
        return None
    one = name + "__one"
    return keyed(cypher[:m.start()] + f"{m.group(1)}.id = ${one}" + cypher[m.end():], m.group(1), one), one, values


def keyed(cypher: str, var: str, param: str) -> str:
    """``cypher`` with its conjunct ``var.id = $param`` moved into ``var``'s node pattern, where that
    pattern (``(var:Label)``) occurs once and the conjunct stands on its own in a ``WHERE``; else as it is.

    >>> keyed("MATCH (n:Person) WHERE n.id = $i AND NOT EXISTS { MATCH (n)-[:R]->() } DELETE n", "n", "i")
    'MATCH (n:Person {id: $i}) WHERE NOT EXISTS { MATCH (n)-[:R]->() } DELETE n'
    >>> keyed("MATCH (a)-[:R]->(d:Document) WHERE d.id = $i RETURN a.id", "d", "i")
    'MATCH (a)-[:R]->(d:Document {id: $i}) RETURN a.id'
    >>> keyed("MATCH (d:Document) WHERE d.kind = 'x' AND d.id = $i RETURN d", "d", "i")
    "MATCH (d:Document {id: $i}) WHERE d.kind = 'x' RETURN d"
    >>> keyed("MATCH (d:Document) WHERE d.id = $i OR d.kind = 'x' RETURN d", "d", "i")
    "MATCH (d:Document) WHERE d.id = $i OR d.kind = 'x' RETURN d"
    >>> keyed("MATCH (c) WHERE NOT EXISTS { MATCH (c:Commitment) WHERE c.id = $i AND c.kind = 'x' } RETURN c", "c", "i")
    "MATCH (c) WHERE NOT EXISTS { MATCH (c:Commitment) WHERE c.id = $i AND c.kind = 'x' } RETURN c"
    """
    node = re.compile(r"\(\s*" + re.escape(var) + r"\s*:\s*(\w+)\s*\)")
    nodes = list(node.finditer(cypher))
    if len(nodes) != 1 or _depth(cypher, nodes[0].start()):
        return cypher
    eq = re.escape(f"{var}.id = ${param}")
    for pattern, by in ((r"\bWHERE\s+" + eq + r"\s+AND\s+", "WHERE "),
                        (r"\s+AND\s+" + eq + r"(?=\s+(?:AND|" + _CLAUSES + r")\b)", ""),
                        (r"\s*\bWHERE\s+" + eq + r"\s+(?=(?:" + _CLAUSES + r")\b)", " ")):
        found = list(re.finditer(pattern, cypher))
        if len(found) == 1 and found[0].start() >= nodes[0].end() and not _depth(cypher, found[0].start()):
            m = found[0]
            out = cypher[:m.start()] + by + cypher[m.end():]
            return node.sub(lambda m: f"({var}:{m.group(1)} {{id: ${param}}})", out)
    return cypher


def _depth(cypher: str, at: int) -> int:
    """How many subqueries (``{ … }`` not a property map) enclose the character at ``at``."""
    return cypher.count("{ ", 0, at) - cypher.count(" }", 0, at)


#: the clauses that may follow a ``WHERE`` (:func:`keyed`)
_CLAUSES = "MATCH|RETURN|DELETE|DETACH|SET|CREATE|MERGE|UNWIND|WITH"


#: writes after which the store renews its connection (:meth:`EmbeddedStore.renew_connection`): a new
#: connection prepares its statements again (about 0.1 s of CPU), an old one costs more with each statement
RENEW_EVERY = 100
#: read statements after which it does too (about 90 a file written one at a time: 10,000 is ~110 files)
RENEW_STATEMENTS = 10_000

#: Ladybug checkpoints (writes its log into the database file) at the first commit after its log passes a
#: threshold, 16 MiB by default.  A checkpoint rewrites the column chunks of every node group a new row or
#: relation went into, whole: a table's newest rows share a node group (2^17 rows) with the rows before
#: them, so each checkpoint rewrites most of the store up to that size (a late batch of the 10,000-document
#: archive, 1,250 new commitments and their relations: 1.3 CPU-s, against 0.2 s early on; docs/benchmarks.md
#: "A checkpoint's cost and the store's size (session 11, commit11)").  The log may therefore hold
#: ``CHECKPOINT_PER_SIZE`` times the database file before a checkpoint, so the checkpoints' share of a
#: document stays flat as the store grows (their number grows with the log of the store's size, not with
#: it), between ``CHECKPOINT_MIN`` (Ladybug's default) and ``CHECKPOINT_MAX`` (what the log and the changes
#: not yet checkpointed may hold in memory, and a writer killed mid-ingest leaves to replay)
CHECKPOINT_PER_SIZE = 4
CHECKPOINT_MIN = 16 << 20
CHECKPOINT_MAX = 512 << 20


def checkpoint_threshold(file_size: int) -> int:
    """The log's size (bytes) at which Ladybug checkpoints, for a database file of ``file_size`` bytes
    (rounded down to whole MiB, so that it changes now and then, not at every write).

    >>> checkpoint_threshold(0) == CHECKPOINT_MIN, checkpoint_threshold(10 << 20) == 40 << 20
    (True, True)
    >>> checkpoint_threshold(1 << 40) == CHECKPOINT_MAX
    True
    """
    return max(CHECKPOINT_MIN, min(CHECKPOINT_MAX, (CHECKPOINT_PER_SIZE * file_size) >> 20 << 20))


#: a write of more nodes than this counts every actor's ``works`` in one pass
#: (``WORKS_ALL``: 0.3 s at 100,000 commitments, 3.3 s at 1,000,000) instead of looking up each one's
#: (a lookup per id, and a list of ids Ladybug checks against every actor)
WORKS_ONE_PASS = 5000
#: ... when its new commitments are at least 1 / this of those the store holds after it: a batch of an ingest
#: into a bigger store (256 files into the 10,000's: 1,250 new of up to 50,000) counts only the actors it
#: touched (about 750 of 6,100: 21 ms against 50 ms for every one, a write of the 10,000 at its 34th batch)
WORKS_ONE_PASS_SHARE = 4


def _same_work(graph: Graph, stored: dict, cid: str) -> bool:
    """Whether the stored commitment ``cid`` keeps the ``work`` linking read it with (``stored``:
    ``graph.stored``, its stored properties and ``RESTATES``).  The embedded store has one writer, so
    what linking read is what the store holds (a Neo4j server may have several: kg/store/neo4j.py
    counts from every commitment of the graph)."""
    was = stored.get(cid)
    work = was[0].get("work") if was is not None else None
    return work is not None and work == graph.nodes[cid].props.get("work")


def works_by_label(actors) -> list[tuple[str, list]]:
    """The statements that count ``works`` (:data:`kg.store.base.WORKS_STATEMENT`) of the persons and bodies
    ``actors`` (ids), one per label, each id looked up in its label's primary key (``WORKS_STATEMENT``'s
    ``a.id IN $ids`` over both labels tests the list against every actor).

    >>> [(s.split(" OPTIONAL")[0], ids) for s, ids in works_by_label({"org:2", "person:1", "org:1"})]
    [('UNWIND $ids AS i MATCH (a:Person {id: i})', ['person:1']), ('UNWIND $ids AS i MATCH (a:Organization {id: i})', ['org:1', 'org:2'])]
    """
    out = []
    for label in ("Person", "Organization"):
        ids = sorted(i for i in actors if PREFIX_LABEL.get(str(i).partition(":")[0]) == label)
        if ids:
            out.append((WORKS_STATEMENT.replace("MATCH (a:Person|Organization) WHERE a.id IN $ids ",
                                                f"UNWIND $ids AS i MATCH (a:{label} {{id: i}}) "), ids))
    return out


_PRUNED = re.compile(r"MATCH \(n:(\w+)\)")


def of_label(stmt: str, ids) -> list:
    """Those of ``ids`` that may be nodes of the label a statement of ``PRUNE_STATEMENTS`` matches
    (``MATCH (n:Label) WHERE n.id IN $ids``), sorted: a node id names its label (``person:…``), and a
    statement run for ids of other labels finds nothing, yet costs its ``NOT EXISTS`` checks (they
    grow with the store: 2 ms an id for an ``Organization`` at 18,000 commitments).

    >>> of_label("MATCH (n:Person) WHERE n.id IN $ids RETURN n", {"post:1", "person:2", "x"})
    ['person:2', 'x']
    """
    m = _PRUNED.match(stmt)
    label = m.group(1) if m else None
    return sorted(i for i in ids if label is None or PREFIX_LABEL.get(str(i).partition(":")[0], label) == label)


def unwound(each: tuple[str, str, list], params: dict) -> tuple[str, dict]:
    """The statement and parameters of :func:`by_key`'s ``each`` as one ``UNWIND`` of the ids: each row
    is matched by one id (ids are distinct), so the rows are those of ``x.id IN $ids``.

    >>> unwound(by_key("MATCH (c:Commitment) WHERE c.id IN $ids RETURN c.id", {"ids": ["b", "a"]}), {"ids": ["b", "a"]})
    ('UNWIND $ids AS ids__one MATCH (c:Commitment {id: ids__one}) RETURN c.id', {'ids': ['a', 'b']})
    """
    one, var, values = each
    name = var[:-len("__one")]
    rest = {k: v for k, v in _used(one, params).items() if k != name}
    return f"UNWIND ${name} AS {var} " + one.replace("$" + var, var), {**rest, name: values}


def _blank_strings(cypher: str) -> str:
    """``cypher`` with every string literal emptied (``''``): what is left are its keywords and names."""
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "''", cypher)


def _keyed_node(param: str) -> "re.Pattern":
    """A node pattern whose id is ``$param`` (:func:`keyed`): ``(var:Label {id: $param})``, var and label grouped."""
    return re.compile(r"\(\s*([A-Za-z_]\w*)\s*:\s*(\w+)\s*\{id: \$" + re.escape(param) + r"\}\)")


#: what keeps a read from being walked (:func:`anchored`): a write, or a clause that would have to be carried past
#: the ``OPTIONAL MATCH`` (``WITH``, ``UNWIND``, ``CALL``)
_NOT_WALKED = re.compile(r"\b(SET|DELETE|DETACH|CREATE|MERGE|REMOVE|WITH|UNWIND|CALL)\b", re.I)
_ONE_MATCH = re.compile(r"^\s*MATCH\s+(?P<pattern>.+?)\s+(?:WHERE\s+(?P<where>.+?)\s+)?(?P<ret>RETURN\s.+)$", re.S)
_VARIABLE = re.compile(r"[(\[]\s*([A-Za-z_]\w*)")


def anchored(each: tuple[str, str, list], params: dict) -> Optional[tuple[str, dict]]:
    """The statement and parameters of :func:`by_key`'s ``each`` as one ``UNWIND`` of the ids, each looked up
    in its node's primary key and the rest of the pattern matched from that node (``OPTIONAL MATCH``, its rows
    without a match dropped): the rows of ``x.id IN $ids`` at a cost that grows with what they find, not with
    the store.  Ladybug plans a plain ``UNWIND`` of ids into a pattern of several nodes (:func:`unwound`) as
    a hash join with a scan of the pattern's other tables, and an ``OPTIONAL MATCH`` from a bound node as a
    walk of its adjacency lists: the progress of 1,000 commitments of the 100,000 documents' store (500,000
    commitments) in 12 ms against 0.22 s, a work's restatements of 1,000 canonical commitments 0.12 s against 0.41.
    None for any other statement: a write, more than one ``MATCH``, a pattern of the one node (a lookup
    already), or no other named variable to tell a match from none.

    >>> q = "MATCH (c:Commitment)-[:HAS_PROGRESS]->(p:Progress) WHERE c.id IN $ids AND p.status = 'done' RETURN c.id"
    >>> anchored(by_key(q, {"ids": ["b", "a"]}), {"ids": ["b", "a"]})
    ("UNWIND $ids AS ids__one MATCH (c:Commitment {id: ids__one}) OPTIONAL MATCH (c)-[:HAS_PROGRESS]->(p:Progress) WITH * WHERE p IS NOT NULL AND (p.status = 'done') RETURN c.id", {'ids': ['a', 'b']})
    >>> anchored(by_key("MATCH (c:Commitment) WHERE c.id IN $ids RETURN c.id", {"ids": ["a"]}), {"ids": ["a"]}) is None
    True
    """
    one, var, values = each
    text = _blank_strings(one)
    m = _ONE_MATCH.match(one)
    if m is None or _NOT_WALKED.search(text) or len(re.findall(r"\bMATCH\b", text, re.I)) != 1:
        return None
    anchor = list(_keyed_node(var).finditer(m["pattern"]))
    if len(anchor) != 1 or anchor[0].group(0) == m["pattern"].strip():
        return None
    x, label = anchor[0].group(1), anchor[0].group(2)
    found = [v for v in _VARIABLE.findall(m["pattern"]) if v != x]
    if not found:
        return None
    rest = m["pattern"][:anchor[0].start()] + f"({x})" + m["pattern"][anchor[0].end():]
    where = f"{found[0]} IS NOT NULL" + (f" AND ({m['where']})" if m["where"] else "")
    name = var[:-len("__one")]
    used = {k: v for k, v in _used(one, params).items() if k != name}
    return (f"UNWIND ${name} AS {var} MATCH ({x}:{label} {{id: {var}}}) OPTIONAL MATCH {rest} WITH * WHERE {where} "
            f"{m['ret']}", {**used, name: values})


def walks(cypher: str, each: tuple[str, str, list], size: Callable[[str], int]) -> bool:
    """Whether the ids of :func:`by_key`'s ``each`` are better walked from (:func:`anchored`) than joined
    (:func:`unwound`) or looked up one statement each (:func:`one_by_one`): more than one, and at most one per
    ``ANCHOR_ROWS`` nodes of their label for a pattern of one relation, per ``ANCHOR_ROWS_LONG`` for a longer
    one.  A walk costs what it finds, a join a scan of the store.

    >>> q = "MATCH (c:Commitment)-[:HAS_PROGRESS]->(p:Progress) WHERE c.id IN $ids RETURN c.id, p.status"
    >>> [walks(q, by_key(q, {"ids": list(range(n))}), lambda label: 50000) for n in (1, 2500, 2501)]
    [False, True, False]
    >>> q = "MATCH (d:Document)<-[:STATED_IN]-(c:Commitment)-[:RESTATES]->(k:Commitment) WHERE k.id IN $ids RETURN c.id"
    >>> [walks(q, by_key(q, {"ids": list(range(n))}), lambda label: 50000) for n in (500, 501)]
    [True, False]
    """
    one, name, values = each
    if len(values) < 2:
        return False
    label = _keyed_node(name).search(one)
    m = label and _ONE_MATCH.match(one)
    if not m:
        return False
    hops = m["pattern"].count("[") + m["pattern"].count("-->") + m["pattern"].count("<--")
    return len(values) * (ANCHOR_ROWS if hops <= 1 else ANCHOR_ROWS_LONG) <= size(label.group(2))


def one_by_one(cypher: str, each: tuple[str, str, list], size: Callable[[str], int]) -> bool:
    """Whether the ids of :func:`by_key`'s ``each`` are better looked up one by one than joined in one
    ``UNWIND`` (:func:`unwound`): at most ``BY_KEY`` of them, or fewer than one per ``LOOKUP_ROWS``
    nodes of the label they are ids of (``size(label)``), so that a statement of a few hundred ids
    (a file linked on its own) costs what they find, not a scan of a big store.

    >>> q = "MATCH (c:Commitment)-[:RESTATES]->(k:Commitment) WHERE c.id IN $ids RETURN c.id, k.id"
    >>> [one_by_one(q, by_key(q, {"ids": list(range(n))}), lambda label: 50000) for n in (32, 300, 400)]
    [True, True, False]
    >>> one_by_one(q, by_key(q, {"ids": list(range(300))}), lambda label: 5000)
    False
    """
    one, name, values = each
    if len(values) <= BY_KEY:
        return True
    node = _keyed_node(name).search(one)  # :func:`keyed`
    label = node and node.group(2)
    if not node:
        var = re.search(r"\b(\w+)\.id = \$" + re.escape(name) + r"\b", one)
        found = var and re.search(r"\(\s*" + re.escape(var.group(1)) + r"\s*:\s*(\w+)\s*[){]", one)
        label = found and found.group(1)
    return bool(label) and len(values) * LOOKUP_ROWS <= size(label)


def split_by_key(cypher: str, params: dict, size: Optional[Callable[[str], int]] = None) -> list[tuple[str, dict]]:
    """The statements, with their parameters, that give the rows of ``cypher``: itself; or, where
    :func:`by_key` allows, one ``UNWIND`` of its ids walked from each id's lookup (:func:`anchored`, where
    :func:`walks`), or joined (:func:`unwound`), or a lookup per id (:func:`one_by_one`, with ``size`` the nodes
    of a label; without it, up to ``BY_KEY`` ids are looked up and none walked from).

    >>> q = "MATCH (c:Commitment) WHERE c.id IN $ids RETURN c.id"
    >>> split_by_key(q, {"ids": ["b", "a"]})
    [('MATCH (c:Commitment {id: $ids__one}) RETURN c.id', {'ids__one': 'a'}), ('MATCH (c:Commitment {id: $ids__one}) RETURN c.id', {'ids__one': 'b'})]
    >>> split_by_key(q, {"ids": list(range(40))})[0][0]
    'UNWIND $ids AS ids__one MATCH (c:Commitment {id: ids__one}) RETURN c.id'
    >>> split_by_key("MATCH (c) RETURN count(c)", {})
    [('MATCH (c) RETURN count(c)', {})]
    """
    each = by_key(cypher, params)
    if each is None:
        return [(cypher, params)]
    walk = anchored(each, params) if size is not None and walks(cypher, each, size) else None
    if walk is not None:
        return [walk]
    if not (one_by_one(cypher, each, size) if size is not None else len(each[2]) <= BY_KEY):
        return [unwound(each, params)]
    one, name, values = each
    params = _used(one, params)  # not the whole list again with each id (the binding reads it)
    return [(one, {**params, name: v}) for v in values]


def _execute_by_key(conn, cypher: str, params: dict) -> list:
    """Execute a statement, once per id where :func:`by_key` allows; the results."""
    return [conn.execute(stmt, values) for stmt, values in split_by_key(cypher, params)]


def _used(cypher: str, params: dict) -> dict:
    """The parameters ``cypher`` names.

    >>> _used("MATCH (c) WHERE c.id = $ids__one AND NOT d.id IN $docs RETURN c", {"ids": [1], "docs": []})
    {'docs': []}
    """
    return {k: v for k, v in params.items() if re.search(r"\$" + re.escape(k) + r"\b", cypher)}


#: an ``UNWIND $rows`` statement of the write path runs a row at a time when it has at most this many rows
#: and its table at least ``PER_ROW_TABLE`` times as many: measured on this machine, an ``UNWIND`` costs
#: a scan of the matched table (5 ms at 50,000 commitments, 33 ms at 100,000 for a lookup), one row's
#: statement 0.05 ms (a lookup) to 0.5 ms (a ``SET`` of every property)
PER_ROW = 512
PER_ROW_TABLE = 5000
#: ... and the removal of the old ``RESTATES`` of the stored commitments a write rewrites
#: (kg/store/base.py ``restates_reset_statements``) at 100 nodes a row: its ``UNWIND`` joins the ``RESTATES``
#: of every commitment (50,000 commitments: 51-53 ms for 5 or 20 rows, 144 ms for 400), a row's statement
#: 0.1 ms (36 ms for 400 rows one at a time; the 10,000 documents' ingest spent 0.68 s on 16 of them)
RESET_PER_ROW_TABLE = 100
_FIRST_LABEL = re.compile(r"MATCH \(\w+:(\w+) \{id: r\.")
_ROW_REF = re.compile(r"\br\.([A-Za-z_]\w*)")
_UNWIND_ROWS = "UNWIND $rows AS r "


def per_row(cypher: str) -> Optional[str]:
    """``UNWIND $rows AS r MATCH (n:L {id: r.id}) …`` as a statement of one row's parameters
    (``MATCH (n:L {id: $id}) …``), or None for another kind of statement.

    Ladybug joins an ``UNWIND`` list with a scan of the matched table (the cost
    grows with the store), but looks ``{id: $id}`` up in the primary-key index.

    >>> per_row("UNWIND $rows AS r MATCH (n:Project {id: r.id}) SET n.name = coalesce(r.name, n.name)")
    'MATCH (n:Project {id: $id}) SET n.name = coalesce($name, n.name)'
    """
    if not cypher.startswith(_UNWIND_ROWS):
        return None
    return _ROW_REF.sub(lambda m: "$" + m.group(1), cypher[len(_UNWIND_ROWS):])


class TableSizes:
    """Node counts of the store's tables, asked once each (Ladybug keeps them: no scan)."""

    def __init__(self, conn):
        self.conn, self.known = conn, {}

    def __call__(self, label: str) -> int:
        if label not in self.known:
            self.known[label] = self.conn.execute(f"MATCH (n:{label}) RETURN count(*)").get_next()[0]
        return self.known[label]


def _execute_rows(conn, cypher: str, rows: list[dict], sizes: Optional[TableSizes] = None,
                  folder: Optional[Path] = None, per_row_table: int = PER_ROW_TABLE) -> None:
    """Run an ``UNWIND $rows`` statement: a few rows against a big table one at a time (primary-key
    lookups, :func:`per_row`: at most ``PER_ROW`` rows, and the table holds ``per_row_table`` nodes a
    row); many rows read from a file (``LOAD FROM``, :func:`_load_rows`) when a ``folder`` is given;
    else in one statement."""
    m = _FIRST_LABEL.search(cypher)
    few = (sizes is not None and m is not None and len(rows) <= PER_ROW
           and len(rows) * per_row_table <= sizes(m.group(1)))
    one = per_row(cypher) if few else None
    if one is None:
        if folder is not None and len(rows) >= LOAD_FROM and cypher.startswith(_UNWIND_ROWS):
            rows = _load_rows(conn, folder, cypher, rows)
        if rows:
            conn.execute(cypher, {"rows": rows})
        return
    for row in rows:
        conn.execute(one, row)


#: an ``UNWIND $rows`` statement of the write path of at least this many rows reads them from a file
#: (``LOAD FROM``): Ladybug parses the file without the GIL, where each parameter row is converted
#: value by value under it (and walked once more by Ladybug's Python for its statement cache); a
#: ``SET`` of 4,000 rows of five columns took 21 ms of CPU against 75-80 ms through parameters
LOAD_FROM = 64


def load_statement(cypher: str, names: Sequence[str], path: str, options: str) -> str:
    """``UNWIND $rows AS r …`` as a statement that reads the rows from the file ``path`` (every column a
    ``STRING``: the write path's statements cast what is not, ``CAST(r.x AS DOUBLE)``, ``date(r.x)``).

    >>> load_statement("UNWIND $rows AS r MATCH (n:Project {id: r.id}) SET n.name = r.name", ("id", "name"),
    ...                "/s/f.csv", "delim=','")
    "LOAD WITH HEADERS (r_id STRING, r_name STRING) FROM '/s/f.csv' (header=false, delim=',') MATCH (n:Project {id: r_id}) SET n.name = r_name"
    """
    cols = ", ".join(f"r_{n} STRING" for n in names)
    body = _ROW_REF.sub(lambda m: "r_" + m.group(1), cypher[len(_UNWIND_ROWS):])
    return f"LOAD WITH HEADERS ({cols}) FROM '{path}' (header=false, {options}) {body}"


def _load_rows(conn, folder: Path, cypher: str, rows: list[dict]) -> list[dict]:
    """Run ``cypher`` (``UNWIND $rows AS r …``) for ``rows`` read from a separated file (kg/store/copytext.py
    ``row_lines``); the rows left out of the file (a value is an empty string, or one holds a separator or
    a line break), for ``UNWIND``."""
    import tempfile

    names = tuple(rows[0])
    if any(len(r) != len(names) for r in rows):
        return rows
    data, left = row_lines(rows, names)
    if data is None:
        return left
    fd, name = tempfile.mkstemp(prefix=".load-", suffix=".csv", dir=str(folder))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data.text)
        options = data.options.replace(", parallel=true", "")
        conn.execute(load_statement(cypher, names, name.replace("'", "\\'"), options))
    finally:
        os.unlink(name)
    return left


#: new nodes or relations of one table from which on the write path loads them with ``COPY … FROM`` a CSV
#: file (fewer go through ``UNWIND … CREATE``: a file costs more than a few rows)
COPY_FROM = 2000


@cache
def _relations_of(label: str) -> tuple[tuple[str, tuple], ...]:
    """:func:`kg.store.base.relations_of` of the nodes of a replaced document's reading, with the
    properties the relations from and to ``label`` nodes may have, each statement with the names of
    those it returns after the ids (only those: each is a column read); none for a direction the
    relations that stay are read from otherwise."""
    out = []
    for end, stmt in enumerate(relations_of(label)):
        types = [r for r in RELS.values() if any(ends[end] == label for ends in r.ends)]
        if not types or (end == 1 and label == "Document"):
            continue  # none of the schema's; into a document, only from its own reading (READING_STATEMENTS):
            # read from the kept nodes of that reading, or deleted with the others
        props = tuple(dict.fromkeys(p for r in types for p, _ in r.props))
        out.append((stmt + "".join(f", e.{p}" for p in props), props))
    return tuple(out)


@dataclass
class Kept:
    """What of the stored reading of the documents a write replaces stays (``_remove_replaced``): the
    properties of its nodes by id, and of its relations (from or to those nodes) by ``(type, source id,
    target id)``, as the store gave them back."""
    nodes: dict = field(default_factory=dict)
    edges: dict = field(default_factory=dict)

    def holds(self, e) -> bool:
        """Whether relation ``e`` is stored as it is (``RESTATES`` only from a kept commitment: those
        of the others a write sends are deleted first, kg/store/base.py ``restates_reset_statements``)."""
        was = self.edges.get((e.type, e.src, e.dst))
        if was is None or (e.type == "RESTATES" and e.src not in self.nodes):
            return False
        return all(_same(k, e.props.get(p), was.get(p)) for p, k in RELS[e.type].props)


def _same(kind: str, v, w) -> bool:
    """Whether value ``v`` of the graph and ``w`` as the store gave it back are the same as ``kind``
    stores them (compared cast only when they differ as they are).

    >>> _same("DATE", "2024-06-30", __import__("datetime").date(2024, 6, 30)), _same("DOUBLE", 60, 60.5)
    (True, False)
    """
    return v is w or v == w or _cast(kind, v) == _cast(kind, w)


def write_statements(graph: Graph, existing, prepared: Optional["Prepared"] = None,
                     kept: Optional["Kept"] = None) -> Iterator[tuple[str, object, list]]:
    """``(how, what, rows)`` that write ``graph`` into a Ladybug store, in order.

    ``existing(label, ids)`` says which node ids are stored already (``ids``: a
    list, or an iterable to read only when the table holds any node).  A node
    not yet stored is created, a stored one is updated as
    :func:`kg.store.base.node_statements` does (a shared node keeps what
    another document said); a relation with a new end cannot exist yet and is
    created, the others are merged.  The graph written is the one the
    ``MERGE`` statements give, with the same ids.

    ``how`` is ``"cypher"`` (``what`` a statement run with ``$rows``, a batch of
    parameter rows), ``"copy"`` (``what`` a table, its ``COPY`` options and the
    ``UNWIND … CREATE`` of its rows; ``rows`` a job that gives the text of a file
    of many new nodes or relations of that table, :class:`kg.store.copytext.CopyText`,
    and the parameter rows of those left out of it: see :func:`_split_for_copy`), or
    ``"nodes written"`` once, between nodes and relations (``what``: the ids of
    the nodes created; ``rows``: the commitments whose ``RESTATES`` stay as stored, :func:`same_restates`).
    ``prepared`` (:func:`prepare` of ``graph``): the rows and statements that read no store, made before.
    ``kept`` (:class:`Kept`): what of a replaced document's reading stays, as the write read it: of
    its nodes, as of the nodes linking read, only the properties that differ are set, and its relations
    that are as stored are not written again, so that the checkpoint rewrites no column and no relation
    list the write leaves as they were (a document read again after a small edit).
    """
    kept = kept or Kept()
    new: set = set()  # ids of the nodes created: a relation with a new end is created too
    by_label: dict = {label: [] for label in NODES}
    for n in graph.nodes.values():
        by_label[n.label].append(n)
    stored = getattr(graph, "stored", {})
    for label, schema in NODES.items():
        if by_label[label]:
            yield from _node_statements(label, schema, by_label[label], existing, new, stored, prepared, kept.nodes)
    same = same_restates(graph, new)
    yield "nodes written", new, same
    by_ends: dict = {}
    whole = getattr(graph, "whole", {})  # (written anew: kg/store/base.py ``whole_relations``)
    for e in graph.edges.values():  # the labels of the ends, from their ids (as label_of_id)
        if e.type == "RESTATES" and e.src in same:
            continue  # stored as it is
        if kept.edges and e.src not in whole.get(e.type, ()) and kept.holds(e):
            continue  # a replaced document's relation, stored as it is
        by_ends.setdefault((e.type, PREFIX_LABEL[e.src.partition(":")[0]], PREFIX_LABEL[e.dst.partition(":")[0]]),
                           []).append(e)
    for rel in RELS.values():
        for src_label, dst_label in rel.ends:
            if by_ends.get((rel.name, src_label, dst_label)):
                yield from _relation_statements(rel, src_label, dst_label, by_ends[(rel.name, src_label, dst_label)],
                                                new, prepared)


_ID = attrgetter("id")


def _batches(stmt: str, rows: list) -> Iterator[tuple[str, object, list]]:
    for i in range(0, len(rows), BATCH):
        yield "cypher", stmt, rows[i:i + BATCH]


def same_restates(graph: Graph, new: set) -> set:
    """Ids of the commitments of ``graph`` whose ``RESTATES`` are those the store holds (``graph.stored``)
    and stay stored: not to a commitment ``new`` (created by the write: one of a document read again)."""
    stored = getattr(graph, "stored", {})
    if not stored:
        return set()
    out: dict = {}
    for e in graph.edges_of("RESTATES"):
        if e.src in stored:
            out.setdefault(e.src, []).append((e.dst, e.props.get("score"), e.props.get("why")))
    return {i for i, (_, was) in stored.items() if out.get(i, []) == ([was] if was else []) and i not in new
            and not (was and was[0] in new)}


def _node_statements(label: str, schema: dict, nodes: list, existing, new: set,
                     stored: Optional[dict] = None, prepared: Optional["Prepared"] = None,
                     kept: Optional[dict] = None) -> Iterator[tuple[str, object, list]]:
    """The nodes of one label: the new ones created (many by ``COPY``), the stored ones updated
    (of those whose stored properties ``stored`` (kg/graph.py) or ``kept`` (:func:`write_statements`)
    give, only the properties that differ); the ids created are added to ``new``."""
    props = [(p, k) for p, k in schema.items() if p != "id"]
    stored = stored or {}  # nodes read from the store for this write: stored, not looked up again
    kept = {n.id: (kept[n.id],) for n in nodes if n.id in kept and n.id not in stored} if kept else {}
    known = {**stored, **kept} if kept else stored
    have = _stored_ids(label, nodes, existing, known)
    fresh = [n for n in nodes if n.id not in have] if have else nodes
    new.update(map(_ID, fresh))
    made = prepared.rows if prepared is not None else None
    rows_old = [_node_row(n, props, made) for n in nodes
                if n.id in have and n.id not in known] if have else []  # (none stored: a fresh table)
    yield from _known_updates(label, props, nodes, stored, kept, prepared)
    create = f"UNWIND $rows AS r CREATE (n:{label} {{id: r.id}}) SET {set_clause('n', props, True)}"
    rows_new, job = _split_for_copy(fresh, props, ("id",), made)
    if job:
        yield "copy", (label, "", create), job
    yield from _batches(create, rows_new)
    yield from _batches(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) "
                        f"SET {set_clause('n', props, True, keep=kept_props(label, props))}", rows_old)


def _known_updates(label: str, props: list, nodes: list, stored: dict, kept: dict,
                   prepared: Optional["Prepared"]) -> Iterator[tuple[str, object, list]]:
    """The updates of the stored ``nodes`` whose stored properties the write knows (``stored``: read by
    linking, their statements made beforehand when ``prepared``; ``kept``: a replaced reading's): only
    the properties that differ."""
    if stored:
        if prepared is not None:
            yield from prepared.changed.get(label, ())
        else:
            yield from _changed_statements(label, props, [n for n in nodes if n.id in stored], stored)
    if kept:
        yield from _changed_statements(label, props, [n for n in nodes if n.id in kept], kept)


def _stored_ids(label: str, nodes: list, existing, stored: dict) -> set:
    """The ids of ``nodes`` the store holds: those linking read (``stored``), the others looked up (a
    store's table with no node is not asked: the ids are read only when it has some)."""
    if not stored:
        return set(existing(label, (n.id for n in nodes)))
    have = {n.id for n in nodes if n.id in stored}
    return have | set(existing(label, [n.id for n in nodes if n.id not in have]))


def _changed_statements(label: str, props: list, nodes: list, stored: dict) -> Iterator[tuple[str, object, list]]:
    """The stored ``nodes`` that linking read (``stored``, kg/graph.py): only the properties that differ
    are set, one statement per set of such properties."""
    changed: dict = {}  # the properties that differ -> the rows of the nodes where those do
    for n in nodes:
        was = stored[n.id][0]
        row = {}
        for p, k in _differing(props, n.props, was):
            v, w = n.props.get(p), was.get(p)
            # (linking hands on the values it read as they are: equal ones are left, others compared as stored)
            if not _same(k, v, w):
                row[p] = _cast(k, v)
        if row:
            changed.setdefault(tuple(sorted(row)), []).append({"id": n.id, **row})
    for keys, rows in sorted(changed.items()):
        some = [(p, k) for p, k in props if p in keys]
        yield from _batches(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) "
                            f"SET {set_clause('n', some, True, keep=kept_props(label, some))}", rows)


def _differing(props: list, now: dict, was: dict) -> list:
    """Those of ``props`` (``(name, kind)``) whose values in ``now`` and ``was`` may differ: the names of
    the items of either that the other does not hold (compared in C; linking hands on the values it read
    as they are, so most are the same objects), or every one when a value cannot be hashed.

    >>> _differing([("a", "STRING"), ("b", "DOUBLE"), ("c", "STRING")], {"a": "x", "b": 2.0}, {"a": "x", "b": 1.0, "c": "y"})
    [('b', 'DOUBLE'), ('c', 'STRING')]
    """
    try:
        keys = {p for p, _ in now.items() ^ was.items()}
    except TypeError:
        return props
    return [pk for pk in props if pk[0] in keys]


def _relation_statements(rel, src_label: str, dst_label: str, edges: list,
                         new: set, prepared: Optional["Prepared"] = None) -> Iterator[tuple[str, object, list]]:
    """The relations of one type between two labels: created when an end is new (many by ``COPY``),
    merged otherwise."""
    cols = ["src", "dst"] + [p for p, _ in rel.props]
    match = f"UNWIND $rows AS r MATCH (a:{src_label} {{id: r.src}}) MATCH (b:{dst_label} {{id: r.dst}}) "
    sets = (" SET " + set_clause("e", rel.props, True)) if rel.props else ""
    fresh = [e for e in edges if e.src in new or e.dst in new]
    made = prepared.rows if prepared is not None else None
    rows_old = [] if len(fresh) == len(edges) else [
        _edge_row(e, rel.props, made) for e in edges if not (e.src in new or e.dst in new)]
    rows_new, job = _split_for_copy(fresh, rel.props, ("src", "dst"), made)
    if job:
        yield "copy", (rel.name, f", from='{src_label}', to='{dst_label}'",
                       f"{match}CREATE (a)-[e:{rel.name}]->(b){sets}"), job
    for verb, rows in (("CREATE", rows_new), ("MERGE", rows_old)):
        yield from _batches(f"{match}{verb} (a)-[e:{rel.name}]->(b){sets}", rows)


def _split_for_copy(objects: list, props, keys: tuple, made: Optional[dict] = None
                    ) -> tuple[list[dict], Optional[Callable]]:
    """New nodes or relations → parameter rows (cast) for ``UNWIND`` when they are few, else a job for
    a ``COPY`` file: ``job()`` gives the file's text (kg/store/copytext.py, or None) and the parameter
    rows of those left out of it (a value is an empty string: an empty field reads as null).
    ``made``: the rows made beforehand (:class:`Prepared`), by node id or relation key."""
    names = tuple(p for p, _ in props)
    if len(objects) < COPY_FROM:
        return _rows_of(objects, keys, props, made), None

    def job() -> tuple[Optional[CopyText], list[dict]]:
        text, left = copy_rows(objects, keys, names)
        return text, _rows_of(left, keys, props, made)
    return [], job


def _rows_of(objects: list, keys: tuple, props, made: Optional[dict]) -> list[dict]:
    """:func:`_parameter_rows` of ``objects``, those made beforehand (``made``) taken from there."""
    if made is None:
        return _parameter_rows(objects, keys, props)
    if keys == ("id",):
        return [_node_row(o, props, made) for o in objects]
    return [_edge_row(o, props, made) for o in objects]


def _node_row(n, props, made: Optional[dict] = None) -> dict:
    """The parameter row of node ``n``: its id, then ``props`` (``(name, kind)``) cast."""
    row = made.get(n.id) if made is not None else None
    return row if row is not None else {"id": n.id, **{p: _cast(k, n.props.get(p)) for p, k in props}}


def _edge_row(e, props, made: Optional[dict] = None) -> dict:
    """The parameter row of relation ``e``: its ends, then ``props`` cast."""
    row = made.get((e.type, e.src, e.dst)) if made is not None else None
    return row if row is not None else {"src": e.src, "dst": e.dst, **{p: _cast(k, e.props.get(p)) for p, k in props}}


class Prepared:
    """What a write of ``graph`` needs that reads no store (:func:`prepare`): the parameter row of each
    node not read from the store and of each relation (``rows``: by node id, or by ``(type, src, dst)``), and
    the statements that update the stored nodes linking read (``changed``: by label).  A write does not
    change them: which rows it sends, and how, it still decides against the store in its transaction."""

    def __init__(self, graph: Graph):
        self.graph = graph
        stored = getattr(graph, "stored", {}) or {}
        rows: dict = {}
        by_label: dict = {}
        for n in graph.nodes.values():
            by_label.setdefault(n.label, []).append(n)
        self.changed: dict = {}
        for label, nodes in by_label.items():
            props = [(p, k) for p, k in NODES[label].items() if p != "id"]
            for n in nodes:
                if n.id not in stored:
                    rows[n.id] = _node_row(n, props)
            if stored:
                self.changed[label] = list(_changed_statements(label, props, [n for n in nodes if n.id in stored],
                                                               stored))
        for key, e in graph.edges.items():
            rows[key] = _edge_row(e, RELS[e.type].props)
        self.rows = rows


def prepare(graph: Graph) -> Prepared:
    """The parameter rows and statements of a write of ``graph`` that read no store, made before the write
    (kg/ingest.py ``_Pipeline``: in the main thread while the writer thread writes the batch before, where
    the writer would make them in its turn: the writer is the chain of ``--jobs``).  A write given them
    (``write(graph, prepared=...)``) sends the same statements and rows as one that makes them."""
    return Prepared(graph)


def _parameter_rows(objects: list, keys: tuple, props) -> list[dict]:
    """The ``UNWIND`` rows of nodes or relations: the attributes ``keys``, then ``props`` cast."""
    names = [p for p, _ in props]
    cols = [*keys, *names]
    kinds = [None] * len(keys) + [k for _, k in props]
    return [{c: (v if k is None else _cast(k, v)) for c, k, v in zip(cols, kinds, row)}
            for row in ([*(getattr(o, a) for a in keys), *map(o.props.get, names)] for o in objects)]


def _copy(conn, folder: Path, sizes: "TableSizes", what: tuple, job: Callable) -> None:
    """A ``COPY`` of new nodes or relations of one table: ``job()`` makes the file's text (and the rows
    left out of it, written by ``UNWIND`` after it).  Making the text in a thread beside Ladybug's ``COPY``
    of the file before was measured in session 7 (docs/benchmarks.md): no wall time saved, 0.3-0.4 CPU-s
    more, so it is made when it comes."""
    table, options, create = what
    text, rows = job()
    if text is not None:
        copy_from(conn, folder, table, options, text)
    for _, stmt, batch in _batches(create, rows):
        _execute_rows(conn, stmt, batch, sizes, folder)


def copy_from(conn, folder: Path, table: str, options: str, data: CopyText) -> None:
    """``COPY table FROM`` a file of ``data`` (kg/store/copytext.py) written in ``folder`` (removed after)."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=".copy-", suffix=".csv", dir=str(folder))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data.text)
        path = name.replace("'", "\\'")
        conn.execute(f"COPY {table} FROM '{path}' (header=false, {data.options}{options})")
    finally:
        os.unlink(name)
