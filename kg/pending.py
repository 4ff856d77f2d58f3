"""A batch being written, as linking the next batch reads it (kg/ingest.py ``_Pipeline``, ``--jobs`` > 1).

With ``--jobs`` > 1 a writer thread writes batch k while the main thread
links batch k + 1.  Linking reads the store (the documents a write
replaces, the persons' mentions of kg/posts.py, the blocking index's
candidates of kg/blocking.py, the works of kg/link.py), and batch k is not
in it yet, or is, depending on when the write commits.  :class:`Pending`
holds what batch k writes (its linked graph and the documents it replaces);
:class:`PendingStore` is what linking batch k + 1 reads instead of the
store: a connection of its own to the same database (the writer's is in its
transaction) and a read-only connection to the index, each answer worked
out as it is once batch k is written, whether or not the commit came
before the read:

- a stored row of a document batch k replaces (or writes: those are
  replaced too) is dropped, and batch k's own rows are added from memory;
- a person whose role relations batch k holds whole (kg/posts.py moves them)
  keeps only the relations batch k gives it; a person batch k writes shows
  the name and place batch k gives it (a write without them keeps the stored).

Linking ahead is for batches of other document keys only: a file in batch
k + 1 that batch k states too (the same file twice) waits for the write, as
does any batch linked under a review's decisions (they read stored nodes
by id, kg/review.py).

>>> from kg.model import Actor, CommitmentRecord, DocumentRecord
>>> from kg.resolve import resolve
>>> g = resolve([DocumentRecord(source="a.txt", key="/d/a.txt", place="东湖区", commitments=(
...     CommitmentRecord(task="修路", actors=(Actor("张三", "person", "lead", "副区长"),)),))])
>>> p = Pending(g, [], {"/d/a.txt"})
>>> p.shares([DocumentRecord(source="a.txt", key="/d/a.txt")]), p.shares([DocumentRecord(source="b.txt")])
(True, False)
>>> [(key.split(SEP)[0], task) for _, key, _, task in sorted(p.index_rows())]
[('a', '修路'), ('n', '修路')]
"""
from __future__ import annotations

import sqlite3
from typing import Callable, Iterable, Optional

from .blocking import SEP, blocks_of
from .graph import Graph
from .model import ROLE_RELATION, ROLE_RELATIONS

__all__ = ["Pending", "PendingStore", "Stale"]


class Pending:
    """What a write in flight stores: its graph (linked: as the store holds it once written), the ids of
    the stored documents it replaces (``old``), and the keys of its documents."""

    def __init__(self, graph: Graph, old: Iterable[str], keys: Iterable[str]):
        self.graph = graph
        self.docs = {n.id for n in graph.nodes_of("Document")}
        self.old = set(old) | self.docs  # every stored row of these documents goes with the write
        self.keys = set(keys)
        self.moved = set().union(*(graph.whole.get(rel, set()) for rel in ROLE_RELATIONS))
        self._index: Optional[list] = None
        self._mentions: Optional[dict] = None

    def shares(self, docs) -> bool:
        """Whether records ``docs`` state a document of this batch (the same key): linked after the write."""
        return any((d.key or d.source) in self.keys for d in docs)

    # -- the blocking index (kg/blocking.py) --------------------------------------------------------
    def index_rows(self) -> list[tuple[str, str, str, str]]:
        """``(commitment id, key, document, task)`` of the index rows the write adds
        (:meth:`kg.blocking.BlockIndex.add`)."""
        if self._index is None:
            g = self.graph
            stated = {e.src: e.dst for e in g.edges_of("STATED_IN")}
            self._index = [(cid, k, stated[cid], g.nodes[cid].props.get("task"))
                           for cid, keys in blocks_of(g).items() if cid in stated for k in keys]
        return self._index

    def documents_of(self, keys: Iterable[str]) -> set[str]:
        keys = set(keys)
        return {n.id for n in self.graph.nodes_of("Document") if n.props.get("key") in keys}

    # -- persons' mentions (kg/posts.py) -----------------------------------------------------------
    def mentions(self, view, rows: Iterable[dict], keep: Callable[[dict], bool]) -> list[dict]:
        """Stored mention rows (``id``, ``name``, ``node_place``, ``role``, ``cid``, ``doc``, ...) read
        before or after the write, as they are after it; ``keep``: the query's condition, for the rows of
        the write."""
        mine = self._mention_rows(view)
        persons = {n.id: n.props for n in self.graph.nodes_of("Person")}
        out = []
        for r in rows:
            if r["doc"] in self.old or r["id"] in self.moved or (r["id"], r["cid"], r["role"]) in mine:
                continue  # gone with the write, or written again by it (below)
            p = persons.get(r["id"])
            if p is not None:  # a write without a name or a place keeps the stored one
                r = {**r, "name": p.get("name") or r["name"], "node_place": p.get("place") or r["node_place"]}
            out.append(r)
        out += [dict(r) for r in mine.values() if keep(r)]
        return out

    def _mention_rows(self, view) -> dict[tuple, dict]:
        """The role relations of the persons the write stores, as rows of the stored mentions' query."""
        if self._mentions is not None:
            return self._mentions
        g = self.graph
        edges = [e for rel in ROLE_RELATIONS for e in g.edges_of(rel)
                 if e.src in g.nodes and g.nodes[e.src].label == "Person"]
        of = self._documents_of(view, {e.dst for e in edges})
        unplaced = sorted({e.src for e in edges if not g.nodes[e.src].props.get("place")})
        # a write without a place keeps the stored one
        stored_place = dict(view.query(_PLACE, {"ids": unplaced}).rows) if unplaced else {}
        out = {}
        for e in edges:
            if e.dst not in of:
                continue  # a commitment no longer stored: no mention
            p = g.nodes[e.src].props
            role = e.props.get("role") or _role_of(e.type)
            doc, date = of[e.dst]
            out[(e.src, e.dst, role)] = {
                "id": e.src, "name": p.get("name"), "node_place": p.get("place") or stored_place.get(e.src),
                "role": role, "post": e.props.get("post"), "place": e.props.get("place"), "cid": e.dst,
                "doc": doc, "date": date}
        self._mentions = out
        return out

    def _documents_of(self, view, commitments: set) -> dict[str, tuple]:
        """``{commitment: (document, date)}``: the write's, and the stored ones a moved mention is on."""
        g = self.graph
        of = {e.src: (e.dst, g.nodes[e.dst].props.get("date")) for e in g.edges_of("STATED_IN") if e.dst in g.nodes}
        elsewhere = sorted(commitments - set(of))
        if elsewhere:
            of.update((cid, (d, date)) for cid, d, date in view.query(_STATED, {"ids": elsewhere}).rows)
        return of


_STATED = "MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE c.id IN $ids RETURN c.id, d.id, d.date"
_PLACE = "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id, p.place"


def _role_of(rel: str) -> str:
    return next(role for role, r in ROLE_RELATION.items() if r == rel)


class Stale(Exception):
    """The write linking read beside failed: link again against what was stored."""


class PendingIndex:
    """The blocking index as it is once the pending write is stored: the stored rows read on a connection
    of their own (the writer adds and prunes on its), but those of the documents the write replaces, and
    the write's rows."""

    def __init__(self, path, pending: Pending, cache=None):
        self.db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.pending = pending
        self.cache = cache  # the index's blocks in memory (kg/blocking.py ``BlockCache``), read and kept here too

    def close(self) -> None:
        self.db.close()

    def lookup(self, keys: list[str], docs: list[str]) -> list[tuple[str, str, str]]:
        from .blocking import lookup_rows

        skip = set(docs)
        gone = skip | self.pending.old
        wanted = set(keys)
        out = [(cid, key, task) for cid, key, doc, task in lookup_rows(self.db, keys, self.cache) if doc not in gone]
        out += [(cid, key, task) for cid, key, doc, task in self.pending.index_rows()
                if key in wanted and doc not in skip]
        return out

    def documents_of(self, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        out = set()
        for key in keys:
            out.update(d for (d,) in self.db.execute("SELECT doc FROM speeches WHERE key = ?", (key,)))
        return out | self.pending.documents_of(keys)


class PendingStore:
    """What linking reads while the pending write runs: the store's database on a connection of its own,
    the index as :class:`PendingIndex`, and ``pending`` (kg/posts.py and kg/ingest.py read it)."""

    def __init__(self, store, pending: Pending, landed: Optional[Callable[[], bool]] = None):
        self.pending = pending
        self.base = store
        #: the works in memory (kg/workcache.py), as they are once the write is stored: linking reads the
        #: works through them; without them the works are read from the store once the write is in
        self.works = getattr(store, "works", None)
        self.landed = landed  # waits for the write in flight: whether it was stored whole
        self.gated = False
        self.name = store.name
        self.view = store.reader()  # the store's reads on a connection of their own (kg/store/embedded.py)
        self.index = PendingIndex(store.index.path, pending, getattr(store.index, "cache", None))

    def query(self, cypher: str, params: Optional[dict] = None):
        if self.gated:  # what only the store can answer: once the write is in
            if self.landed is not None:
                if not self.landed():
                    raise Stale()
                self.landed = None
            return self.base.query(cypher, params)
        return self.view.query(cypher, params)

    def gate(self) -> None:
        """From now on every read waits for the write in flight and reads the store (the index still
        overlaid: the same either way); :class:`Stale` when that write failed."""
        self.gated = True

    def close(self) -> None:
        self.index.close()
        self.view.close()

    @staticmethod
    def usable(store) -> bool:
        """Whether linking can read ``store`` beside its writer (the embedded store with its index)."""
        return getattr(store, "index", None) is not None and callable(getattr(store, "reader", None))
