"""The Python API; the ``kg`` commands mirror it.

>>> import kg, tempfile
>>> with kg.open_graph(tempfile.mkdtemp()) as g:
...     report = g.ingest(["examples/tasks.csv"])
...     rows = g.query("overdue", as_of="2030-01-01")
>>> report.files, isinstance(rows, list)
(1, True)
"""
from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Iterable, Optional, Union

from .errors import AmbiguousCommitment, InputError, NoSuchCommitment
from .export import export as _export
from .graph import Graph
from .queries import list_queries, run as _run_named
from .store import QueryResult, Store, open_store

if TYPE_CHECKING:
    from .ingest import IngestReport


class KnowledgeGraph:
    """A store with the operations of the ``kg`` command."""

    def __init__(self, store: Store):
        self.store = store

    def ingest(self, paths: Iterable[str], **options) -> IngestReport:
        """``kg ingest``: read files, folders or ``-`` into the store."""
        from .ingest import ingest  # with extraction's rules (~1 s to import): only when ingesting

        return ingest(self.store, paths, **options)

    def query(self, name: str, /, **params: Any) -> list[dict[str, Any]]:
        """``kg query NAME --param k=v``: rows of a named query as dicts."""
        return self.run(name, **params).records()

    def run(self, name: str, /, **params: Any) -> QueryResult:
        """A named query's :class:`QueryResult` (columns, rows, ``to_dataframe()``; a listing query's
        ``total``: what it lists before its ``limit``, 1000 when not given, 0 for all)."""
        return _run_named(self.store, name, params)

    def cypher(self, text: str, /, **params: Any) -> QueryResult:
        """``kg query --cypher TEXT``: a read-only Cypher query."""
        return self.store.query(text, params)

    def dataframe(self, name: str, /, **params: Any):
        """A named query as a pandas DataFrame (needs pandas)."""
        return self.run(name, **params).to_dataframe()

    def status(self, as_of: Optional[str] = None, place: Optional[str] = None,
               limit: Optional[int] = None) -> list[dict[str, Any]]:
        """``kg status``: every piece of work once, with its status and colour on ``as_of`` (default today),
        only those stated in documents of ``place`` when given (docs/status.md); the first ``limit`` by
        deadline (default 1000, 0: all; ``run("status", …).total`` counts them all)."""
        return self.query("status", as_of=as_of, place=place or "", limit=limit)

    def workload(self, as_of: Optional[str] = None, limit: Optional[int] = None) -> list[dict[str, Any]]:
        """``kg workload``: per leader and organization, their works open, due within 30 days, overdue,
        missed, done on time and done late on ``as_of`` (default today), with the colour; the ``limit``
        busiest (default 1000, 0: all; each counts all its works)."""
        return self.query("workload", as_of=as_of or _dt.date.today().isoformat(), limit=limit)

    def history(self, ref: str) -> list[dict[str, Any]]:
        """``kg history``: everything said about one piece of work, in date order, with sources.

        ``ref`` is the id of any of its commitments or a part of its task text;
        a text naming several works raises :class:`kg.errors.AmbiguousCommitment`
        (unless one of them is named exactly), none :class:`kg.errors.NoSuchCommitment`.
        """
        rows = self.query("history", ref=ref)
        works = {r["work"]: r["work_task"] for r in rows}
        if not works:
            raise NoSuchCommitment(f"no commitment has the id or a task containing {ref!r}; "
                                   "see kg status for the works and their ids")
        if len(works) > 1:
            exact = {w for w in works if w == ref or works[w] == ref}
            exact |= {r["work"] for r in rows if r["id"] == ref or r["task"] == ref}
            if len(exact) != 1:
                listed = "; ".join(f"{w} {t}" for w, t in sorted(works.items(), key=lambda x: (x[1], x[0])))
                raise AmbiguousCommitment(f"{ref!r} names {len(works)} pieces of work, give one id: {listed}")
            rows = [r for r in rows if r["work"] in exact]
        return rows

    def review(self, below: Optional[float] = None, file: Optional[str] = None) -> list[dict[str, Any]]:
        """``kg review``: the ``RESTATES`` links scored below ``below`` (default
        :data:`kg.review.DEFAULT_BELOW`), lowest first, each with both sentences, both sources,
        the score and why; pairs the review file (``file``, default beside the store) confirmed
        are left out (docs/review.md)."""
        from .review import DEFAULT_BELOW, links, load, review_path

        decisions = load(review_path(self.store, file))
        return links(self.store, DEFAULT_BELOW if below is None else below, decisions)

    def decide(self, decision: str, a: str, b: str, *, file: Optional[str] = None, note: str = "") -> Path:
        """``kg review --confirm A B`` / ``--reject A B`` (or ``same``/``different``): add the decision to
        the review file (``file``, default beside the store) and link the works of ``a`` and ``b``
        again by it.  Two persons or organizations called the ``same`` are merged when the documents
        naming them are read again (``kg ingest``; an ingest option such as ``date`` is the reader's to
        give again).  Returns the file's path."""
        from .posts import person_names
        from .review import append, load, review_path

        path = review_path(self.store, file)
        if path is None:
            raise InputError("a Neo4j graph has no folder for the review file; give one with --file")
        known = {r[0] for r in self.store.query("MATCH (n) WHERE n.id IN $ids RETURN n.id", {"ids": [a, b]}).rows}
        persons = person_names(self.store, [a, b]) if a.startswith("person:") else {}
        known |= set(persons)  # a person of one place a tie merged into another node (kg/posts.py)
        for x in (a, b):
            if x not in known:
                raise NoSuchCommitment(f"no node has the id {x!r}; kg review lists the links with their ids")
        append(path, decision, a, b, note)
        if persons:  # the persons of both names settled again at once: tied, merged or apart
            self._settle_persons(load(path), [a, b])
        if a.startswith("commitment:"):
            self._relink(load(path), [a, b])
        elif decision in ("different", "reject"):  # two actors kept apart: the works they are in, linked again
            self._relink(load(path), self._works_of([a, b]))
        return path

    def _settle_persons(self, decisions, ids: list[str]) -> None:
        """The persons of the names of ``ids`` tied, merged or kept apart again by ``decisions`` (kg/posts.py)."""
        from .posts import derive_posts, person_names

        names = sorted(set(person_names(self.store, ids).values())) if ids else []
        graph = Graph()
        if names:
            derive_posts(self.store, graph, replaced=[], decisions=decisions, names=names)
        if graph.nodes:
            self.store.write(graph)

    def _works_of(self, actors: list[str]) -> list[str]:
        return sorted(r[0] for r in self.store.query(
            "MATCH (x)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment) WHERE x.id IN $ids RETURN DISTINCT c.id",
            {"ids": sorted(actors)}).rows)

    def apply_review(self, file: Optional[str] = None) -> int:
        """``kg review --apply``: link again the works of every commitment the review file names
        (after editing it by hand); returns how many commitments were written again."""
        from .review import load, review_path

        decisions = load(review_path(self.store, file))
        self._settle_persons(decisions, [i for i in decisions.ids() if i.startswith("person:")])
        ids = sorted(i for i in decisions.ids() if i.startswith("commitment:"))
        ids += self._works_of([i for p in decisions.apart() for i in p if not i.startswith("commitment:")])
        return self._relink(decisions, sorted(set(ids))) if ids else 0

    def _relink(self, decisions, ids: list[str]) -> int:
        from .link import link_progress

        graph = Graph()
        link_progress(self.store, graph, replaced=[], decisions=decisions, touch=ids)
        if graph.nodes:
            self.store.write(graph)
        return len(graph.nodes)

    def stats(self) -> dict[str, int]:
        """``kg stats``: nodes per label, relations per type."""
        return self.store.stats()

    def graph(self) -> Graph:
        return self.store.to_graph()

    def source(self, page: Optional[int] = None):
        """The store as an export reads it: in pages of ``page`` rows (:mod:`kg.export.source`)."""
        from .export.source import DEFAULT_PAGE, StoreSource

        return StoreSource(self.store, page or DEFAULT_PAGE)

    def to_networkx(self):
        """The whole graph as a ``networkx.MultiDiGraph`` for analysis."""
        return self.graph().to_networkx()

    def export(self, fmt: str, out: Union[str, Path, BinaryIO], *, force: bool = False,
               page: Optional[int] = None, **options) -> None:
        """``kg export --format FMT --out FILE``: a path is written whole or not
        at all, and an existing file (or a folder with files) is replaced only with ``force``.

        Formats that allow it (RDF, JSON, neo4j-admin) read the store in pages
        of ``page`` rows and write as they read; the others read the whole graph."""
        from .export import exporter
        from .output import check_output, output_file, output_folder

        writes_folder = getattr(exporter(fmt), "WRITES_DIRECTORY", False)
        if isinstance(out, (str, Path)):  # refuse a bad --out before reading the store
            if writes_folder:
                output_folder(out, force=force)
            else:
                check_output(out, force=force)
        graph = self.source(page) if getattr(exporter(fmt), "STREAMS", False) else self.graph()
        if isinstance(out, (str, Path)) and writes_folder:
            _export(graph, fmt, out, **options)  # e.g. neo4j-admin: a folder of CSV files
        elif isinstance(out, (str, Path)):
            with output_file(out, force=force) as f:
                _export(graph, fmt, f, **options)
        else:
            _export(graph, fmt, out, **options)

    def push(self, uri: Optional[str] = None, **options: Any):
        """``kg push``: copy this graph to the Neo4j server at ``uri`` (default ``$NEO4J_URI``).

        Options: ``auth=(user, password)``, ``database``, ``batch_size``, ``prune``;
        returns a :class:`kg.store.neo4j_push.PushReport`.
        """
        from .store.neo4j_push import push

        return push(uri, graph=self.source(), **options)

    queries = staticmethod(list_queries)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_graph(path: Optional[str] = None, *, read_only: bool = False, neo4j: Optional[str] = None,
               wait: Optional[float] = None, **neo4j_options) -> KnowledgeGraph:
    """Open the embedded store at ``path`` (default ``$KG_STORE`` or ``./.kg``) or a Neo4j server.

    ``read_only`` opens the store file read-only (readers never block a
    writer); ``wait`` is how many seconds to wait for another process's
    write lock (default 10).  Queries are read-only either way."""
    return KnowledgeGraph(open_store(path, read_only=read_only, neo4j=neo4j, wait=wait, **neo4j_options))
