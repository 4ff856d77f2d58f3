"""The Neo4j store: the same graph and the same Cypher on a Neo4j 5 server.

>>> # store = Neo4jStore("bolt://localhost:7687", auth=("neo4j", "secret"))
>>> # store.write(graph)                        # one transaction, like the embedded store
>>> # store.write(graph, batch_size=10_000)     # a big push: idempotent batches

URIs: ``bolt://`` and ``neo4j://`` (routing, for clusters and Aura), and their
TLS forms ``bolt+s://``, ``neo4j+s://`` (``+ssc`` accepts self-signed
certificates).  The connection is checked when the store opens; an
unreachable server, a wrong password or a bad URI raise
:class:`kg.errors.StoreUnavailable` with a one-line message naming the URI.

Writes go through managed transactions (``session.execute_write``), which
the driver retries on transient errors and lost connections.  Every
statement MERGEs by ``id`` under a uniqueness constraint, so any batch can
run twice: a push that dies midway completes when it is run again.
"""
from __future__ import annotations

import logging
import re
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from ..errors import QueryError, StoreUnavailable
from ..graph import Graph
from ..graph_schema import MOVED, NODES
from .base import MENTIONED_STATEMENTS, PRUNE_STATEMENTS, REPLACE_STATEMENTS, QueryResult, Store, check_read_only, edge_statements, node_statements, restates_reset_statements, whole_relations
from .base import WORKS_OF_COMMITMENTS, WORKS_STATEMENT, works_touched
from ..values import plain

#: properties indexed for lookups by name and deadline (besides the id constraints)
# the driver logs each retry of a transaction ("Transaction failed and will be retried in 2.0s …"):
# without a handler of the application's, Python printed them on stderr before kg's one-line error
logging.getLogger("neo4j").addHandler(logging.NullHandler())

INDEXES = (("Person", "name"), ("Organization", "name"), ("Project", "name"), ("Commitment", "due"))

#: the URI schemes of the Bolt protocol (``neo4j`` routes: clusters, Aura)
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")

#: rows per transaction of a batched write (``kg push --batch-size``)
DEFAULT_BATCH_SIZE = 10_000


def schema_statements() -> list[str]:
    """The constraints and indexes the store creates once (``IF NOT EXISTS``)."""
    out = [f"CREATE CONSTRAINT kg_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
           for label in NODES]
    out += [f"CREATE INDEX kg_{label.lower()}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
            for label, prop in INDEXES]
    return out


def moved_statements(batch: int = DEFAULT_BATCH_SIZE) -> list[str]:
    """What an older store keeps on a relation and this version on its start node
    (graph_schema.MOVED): one statement each, moving ``batch`` relations' values a run and
    returning how many it moved (run until 0).  A value the node holds already is kept."""
    out = []
    for rel, label, props in MOVED:
        out.append(f"MATCH (n:{label})-[r:{rel}]->() WHERE " + " OR ".join(f"r.{p} IS NOT NULL" for p in props)
                   + f" WITH n, r LIMIT {batch} SET " + ", ".join(f"n.{p} = coalesce(n.{p}, r.{p})" for p in props)
                   + " REMOVE " + ", ".join(f"r.{p}" for p in props) + " RETURN count(*)")
    return out


def _driver_errors() -> tuple[type[BaseException], ...]:
    """What the driver raises: its own errors, and the socket's (caught where a call goes to the server)."""
    from neo4j import exceptions as nx

    return (nx.DriverError, nx.Neo4jError, OSError)


def _rule_name(stmt: str) -> str:
    """The name of a schema rule in its CREATE statement.

    >>> _rule_name(schema_statements()[0])
    'kg_person_id'
    """
    return stmt.split()[2]


def _one_line(e: BaseException) -> str:
    text = str(getattr(e, "message", None) or e).strip() or type(e).__name__
    reason = re.search(r"\(reason ([^\n]*?)\)?$", text, re.M)  # "Couldn't connect …: … (reason [Errno 111] …)"
    if reason:
        return re.sub(r"^\[Errno -?\d+\]\s*", "", reason.group(1)).strip()
    return text.splitlines()[0].strip().rstrip(":")


def batches(statements: Iterable[tuple[str, list[dict]]], size: int) -> Iterator[tuple[str, list[dict]]]:
    """Re-cut ``(cypher, rows)`` batches into batches of at most ``size`` rows of one statement.

    >>> [(s, len(r)) for s, r in batches([("A", [{}] * 5), ("A", [{}] * 2), ("B", [{}])], 3)]
    [('A', 3), ('A', 3), ('A', 1), ('B', 1)]
    """
    if size < 1:
        raise ValueError("batch size must be at least 1")
    stmt, pending = None, []
    for s, rows in statements:
        if s != stmt and pending:
            yield stmt, pending
            pending = []
        stmt = s
        pending.extend(rows)
        while len(pending) >= size:
            yield stmt, pending[:size]
            pending = pending[size:]
    if pending:
        yield stmt, pending


def _count_works(tx, graph: Graph, mentioned) -> None:
    """``works`` of the persons and bodies a write touched (kg/store/base.py WORKS_STATEMENT)."""
    actors, commitments = works_touched(graph, mentioned)
    if commitments:
        actors.update(r[0] for r in tx.run(WORKS_OF_COMMITMENTS, ids=commitments))
    if actors:
        tx.run(WORKS_STATEMENT, ids=sorted(actors)).consume()


class Neo4jStore(Store):
    """A Neo4j 5 server through the official driver."""

    name = "neo4j"

    def __init__(self, uri: str, *, read_only: bool = False, auth: Any = None, database: Optional[str] = None,
                 **driver_options: Any):
        try:
            import neo4j
            from neo4j import exceptions as nx
        except ImportError:  # pragma: no cover - a dependency of the package
            raise StoreUnavailable("the neo4j driver is not installed; run: pip install neo4j",
                                   source=uri) from None
        self.uri = uri
        self.read_only = read_only
        self.database = database or None
        self._schema_done = False
        #: transactions the driver ran again after a deadlock or a transient error (concurrent pushers)
        self.retries = 0
        self._driver = None
        if isinstance(auth, (tuple, list)) and (auth[0] is None or auth[1] is None):
            auth = (auth[0] or "neo4j", auth[1] or "")
        driver_options.setdefault("connection_timeout", 10)
        driver_options.setdefault("user_agent", "commitment-kg")
        # "unknown label/property" warnings on a sparse graph are noise, not news
        driver_options.setdefault("notifications_min_severity", "OFF")
        scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
        if scheme not in SCHEMES:
            raise StoreUnavailable("not a Neo4j URI; use bolt://HOST:7687, neo4j://HOST:7687 or their +s "
                                   "(TLS) forms", source=uri)
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth, **driver_options)
        except (ValueError, nx.ConfigurationError, nx.DriverError) as e:
            raise StoreUnavailable(f"not a Neo4j URI ({_one_line(e)}); use bolt://HOST:7687 or neo4j://HOST",
                                   source=uri) from None
        try:
            self._driver.verify_connectivity()
            # the database must exist and answer (verify_connectivity does not open it)
            self._driver.execute_query("RETURN 1", database_=self.database, routing_=neo4j.RoutingControl.READ)
        except _driver_errors() as e:
            self.close()
            raise self._unavailable(e) from None

    # ------------------------------------------------------------------ errors

    def _unavailable(self, e: BaseException) -> BaseException:
        """The one-line :class:`KGError` for a driver exception."""
        from neo4j import exceptions as nx

        if isinstance(e, nx.AuthError):
            return StoreUnavailable("Neo4j refused the user name or password; check --user/--password "
                                    "(NEO4J_USERNAME/NEO4J_PASSWORD)", source=self.uri)
        if isinstance(e, (nx.ServiceUnavailable, nx.SessionExpired, OSError)):
            return StoreUnavailable(f"cannot reach Neo4j ({_one_line(e)}); is the server running?",
                                    source=self.uri)
        if isinstance(e, nx.ClientError) and "DatabaseNotFound" in (e.code or ""):
            return StoreUnavailable(f"no database {self.database!r} on this server", source=self.uri)
        if isinstance(e, nx.Neo4jError) and (e.code or "").startswith("Neo.ClientError.Security"):
            return StoreUnavailable(f"Neo4j refused the request: {_one_line(e)}", source=self.uri)
        if isinstance(e, (nx.DriverError, nx.Neo4jError)):
            return StoreUnavailable(f"Neo4j failed: {_one_line(e)}", source=self.uri)
        return e

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            driver.close()

    def _session(self, write: bool):
        import neo4j

        if self._driver is None:
            raise StoreUnavailable("the store is closed", source=self.uri)
        mode = neo4j.WRITE_ACCESS if write else neo4j.READ_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    # ------------------------------------------------------------------ writes

    def ensure_schema(self) -> None:
        """Create the id constraints and the name/deadline indexes (once per store object), and move
        what an older version kept on relations onto their nodes (:func:`moved_statements`).

        Safe beside other pushers: what exists already is left alone, and each
        missing rule is created in a managed transaction, which the driver
        retries when it deadlocks with another pusher's writes; a rule another
        pusher created meanwhile is no error."""
        if self._schema_done:
            return
        self._check_writable()
        from neo4j import exceptions as nx

        try:
            with self._session(write=True) as s:
                have = set(s.execute_read(lambda tx: [r[0] for q in ("SHOW CONSTRAINTS", "SHOW INDEXES")
                                                      for r in tx.run(q + " YIELD name RETURN name")]))
                for stmt in schema_statements():
                    if _rule_name(stmt) in have:
                        continue
                    try:
                        s.execute_write(lambda tx, q=stmt: tx.run(q).consume())
                    except nx.ClientError as e:
                        if "AlreadyExists" not in (e.code or ""):
                            raise
                for stmt in moved_statements():  # a store written by an older version: once
                    while s.execute_write(lambda tx, q=stmt: tx.run(q).single()[0]):
                        pass
        except _driver_errors() as e:
            raise self._unavailable(e) from None
        self._schema_done = True

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreUnavailable("the store is open read-only", source=self.uri)

    def write(self, graph: Graph, *, replace_documents: Sequence[str] = (), batch_size: Optional[int] = None,
              on_batch: Optional[Callable[[int], None]] = None) -> None:
        """Write ``graph``: in one transaction, or with ``batch_size`` in idempotent batches.

        One transaction (the default) is what an ingested file needs: all or
        nothing.  ``batch_size`` is for big pushes: each batch of at most that
        many rows is its own transaction; every batch MERGEs, so re-running a
        push that died midway completes it without duplicates.  ``on_batch``
        gets the row count of each committed batch.
        """
        self._check_writable()
        self.ensure_schema()
        ids = list(replace_documents)

        def statements() -> Iterator[tuple[str, list[dict]]]:
            yield from node_statements(graph)
            if batch_size is None:  # an ingest: a group of restatements is written whole (a push copies all)
                yield from restates_reset_statements(graph)
            yield from edge_statements(graph)

        try:
            with self._session(write=True) as s:
                if batch_size is None:
                    def work(tx):
                        n = 0
                        mentioned = set()
                        if ids:
                            for stmt in MENTIONED_STATEMENTS:
                                mentioned.update(r[0] for r in tx.run(stmt, ids=ids))
                            for stmt in REPLACE_STATEMENTS:
                                tx.run(stmt, ids=ids).consume()
                        for read, delete, params in whole_relations(graph):  # the posts a person held, anew
                            mentioned.update(r[0] for r in tx.run(read, params))
                            tx.run(delete, params).consume()
                        for stmt, rows in statements():
                            tx.run(stmt, rows=rows).consume()
                            n += len(rows)
                        for stmt in PRUNE_STATEMENTS if mentioned else ():
                            tx.run(stmt, ids=sorted(mentioned)).consume()
                        if isinstance(graph, Graph):
                            _count_works(tx, graph, mentioned)
                        return n

                    n = s.execute_write(work)
                    if on_batch:
                        on_batch(n)
                    return
                mentioned: list = []
                if ids:
                    mentioned = sorted({r[0] for stmt in MENTIONED_STATEMENTS
                                        for r in s.execute_read(lambda tx, q=stmt: list(tx.run(q, ids=ids)))})
                    s.execute_write(_run_each, [(stmt, {"ids": ids}) for stmt in REPLACE_STATEMENTS])
                for read, delete, params in whole_relations(graph):  # the posts a person held, anew
                    mentioned = sorted(set(mentioned) | {r[0] for r in s.execute_read(
                        lambda tx, q=read, p=params: list(tx.run(q, p)))})
                    s.execute_write(_run_each, [(delete, params)])
                for stmt, rows in batches(statements(), batch_size):
                    # one lock order for every pusher: fewer deadlocks between concurrent pushes
                    rows.sort(key=_row_key)
                    self._write_batch(s, [(stmt, {"rows": rows})])
                    if on_batch:
                        on_batch(len(rows))
                if mentioned:
                    s.execute_write(_run_each, [(stmt, {"ids": mentioned}) for stmt in PRUNE_STATEMENTS])
                if isinstance(graph, Graph):  # a push of a store (StoreSource) carries the store's works
                    s.execute_write(_count_works, graph, mentioned)
        except _driver_errors() as e:
            raise self._unavailable(e) from None

    def _write_batch(self, session, items: list[tuple[str, dict]]) -> None:
        """One managed transaction; counts the driver's retries in :attr:`retries`."""
        attempts = [0]

        def work(tx):
            attempts[0] += 1
            _run_each(tx, items)

        try:
            session.execute_write(work)
        finally:
            self.retries += max(0, attempts[0] - 1)

    def delete_missing(self, graph: Graph, *, batch_size: int = DEFAULT_BATCH_SIZE) -> int:
        """Remove the nodes (and their relations) that ``graph`` does not have; return how many.

        After a push, this makes the server hold exactly the pushed graph's
        nodes (``kg push --prune``).  ``graph`` may be a store read in pages
        (:mod:`kg.export.source`); the ids of one label are held at a time.
        """
        from ..export.source import as_source

        self._check_writable()
        src = as_source(graph)
        removed = 0
        try:
            with self._session(write=True) as s:
                for label in NODES:
                    keep = {n.id for n in src.nodes_of(label)}
                    have = s.execute_read(lambda tx: [r[0] for r in tx.run(f"MATCH (n:{label}) RETURN n.id")])
                    gone = [i for i in have if i not in keep]
                    for k in range(0, len(gone), batch_size):
                        chunk = gone[k:k + batch_size]
                        s.execute_write(_run_each, [(f"MATCH (n:{label}) WHERE n.id IN $ids DETACH DELETE n",
                                                     {"ids": chunk})])
                        removed += len(chunk)
        except _driver_errors() as e:
            raise self._unavailable(e) from None
        return removed

    # ------------------------------------------------------------------ reads

    def query(self, cypher: str, params: Optional[dict[str, Any]] = None) -> QueryResult:
        check_read_only(cypher)
        return self._run(cypher, params)

    def _run(self, cypher: str, params: Optional[dict[str, Any]] = None) -> QueryResult:
        from neo4j import exceptions as nx

        def work(tx):
            result = tx.run(cypher, params or {})
            columns = list(result.keys())
            return columns, [[_value(v) for v in record.values()] for record in result]

        try:
            with self._session(write=False) as s:
                columns, rows = s.execute_read(work)
        except nx.ClientError as e:
            if (e.code or "").startswith("Neo.ClientError.Security"):
                raise self._unavailable(e) from None
            raise QueryError(_one_line(e)) from None
        except _driver_errors() as e:
            raise self._unavailable(e) from None
        return QueryResult(columns, rows)


def _row_key(row: dict) -> tuple:
    return (row["id"],) if "id" in row else (row["src"], row["dst"])


def _run_each(tx, items: list[tuple[str, dict]]) -> None:
    for stmt, params in items:
        tx.run(stmt, params).consume()


def _value(v: Any) -> Any:
    """A driver value as :func:`plain` shows it; nodes and relations as property dicts."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(v, Node):
        return {"_label": next(iter(v.labels), None), **plain(dict(v))}
    if isinstance(v, Relationship):
        return {"_label": v.type, **plain(dict(v))}
    if isinstance(v, Path):
        return [_value(x) for x in v.nodes]
    if isinstance(v, list):
        return [_value(x) for x in v]
    if isinstance(v, dict):
        return {k: _value(x) for k, x in v.items()}
    return plain(v)
