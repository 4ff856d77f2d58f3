"""Copy the graph to a Neo4j server (``kg push``).

>>> # from kg.store.neo4j_push import push
>>> # report = push("bolt://localhost:7687", store=".kg", auth=("neo4j", "secret"))
>>> # report.nodes, report.relationships, report.rate

The push reads the embedded store (or takes a :class:`kg.graph.Graph`) and
MERGEs it into Neo4j in batches of ``batch_size`` rows, one transaction per
batch.  Every batch is idempotent, so pushing twice changes nothing and a push
that died midway (server killed, network lost) completes when run again.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from ..graph import Graph
from ..graph_schema import NODES
from . import neo4j_settings
from .neo4j import DEFAULT_BATCH_SIZE, Neo4jStore


@dataclass
class PushReport:
    uri: str
    nodes: int = 0
    relationships: int = 0
    batches: int = 0
    seconds: float = 0.0
    pruned: int = 0
    #: transactions retried after a deadlock or a transient error (other pushers at the same time)
    retries: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def items(self) -> int:
        return self.nodes + self.relationships

    @property
    def rate(self) -> float:
        """Nodes plus relationships written per second."""
        return self.items / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (f"pushed {self.nodes} node(s) and {self.relationships} relationship(s) to {self.uri} "
                f"in {self.batches} batch(es), {self.seconds:.1f} s ({self.rate:,.0f} nodes+rels/s)"
                + (f"; pruned {self.pruned} node(s)" if self.pruned else "")
                + (f"; {self.retries} transaction(s) retried" if self.retries else ""))


def push(uri: Optional[str] = None, *, graph: Optional[Graph] = None, store: Optional[str] = None,
         auth: Any = None, database: Optional[str] = None, batch_size: int = DEFAULT_BATCH_SIZE,
         prune: bool = False, on_batch: Optional[Callable[[int], None]] = None,
         **driver_options: Any) -> PushReport:
    """Write ``graph`` (default: the embedded store at ``store``, read in pages) to the Neo4j server at ``uri``.

    ``graph`` is a :class:`Graph` or a source of :mod:`kg.export.source`.

    ``uri``, ``auth`` and ``database`` default to NEO4J_URI, NEO4J_USERNAME
    and NEO4J_PASSWORD, NEO4J_DATABASE.  ``prune`` then deletes the server's
    nodes that the graph does not have, so the server mirrors the store.
    """
    from ..errors import StoreUnavailable

    env_uri, env_auth, env_db = neo4j_settings(uri, None, None, database)
    if not env_uri:
        raise StoreUnavailable("no Neo4j URI; give --neo4j URI or set NEO4J_URI")
    uri, database = env_uri, env_db
    if auth is None:
        auth = env_auth
    if graph is None:  # the embedded store, read in pages as the push goes (never whole in memory)
        from ..export.source import BUFFER_POOL_MB, StoreSource
        from .embedded import EmbeddedStore

        with EmbeddedStore(store, read_only=True, buffer_pool_mb=BUFFER_POOL_MB) as src:
            return push(uri, graph=StoreSource(src), auth=auth, database=database, batch_size=batch_size,
                        prune=prune, on_batch=on_batch, **driver_options)
    from ..export.source import as_source

    counts = as_source(graph).counts()
    nodes = sum(v for k, v in counts.items() if k in NODES)
    report = PushReport(uri, nodes=nodes, relationships=sum(counts.values()) - nodes, counts=counts)

    def counted(rows: int) -> None:
        report.batches += 1
        if on_batch:
            on_batch(rows)

    with Neo4jStore(uri, auth=auth, database=database, **driver_options) as target:
        target.ensure_schema()  # constraints first: not part of the measured rate
        t0 = time.perf_counter()
        try:
            target.write(graph, batch_size=batch_size, on_batch=counted)
        except StoreUnavailable as e:
            if report.batches:  # a push cut off midway: what was written is whole, the rest is missing
                raise StoreUnavailable(f"{e.message}; {report.batches} batch(es) were written before: "
                                       "push again to complete it", source=e.source) from None
            raise
        finally:
            report.retries = target.retries
        report.seconds = time.perf_counter() - t0
        if prune:
            report.pruned = target.delete_missing(graph, batch_size=batch_size)
    return report

