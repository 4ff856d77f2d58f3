"""The works of an ingest in memory: linking reads a work once, not at every batch.

A batch of the archive restates works that earlier batches wrote: 东湖区's 城南路改造 is
promised in a speech, split into a task table's row, reported on in three notices, and
each of those documents may come in another batch.  Linking (kg/link.py) compares the new
statements with every statement of the works near them and derives each work's properties
from all its statements, so it needs each such work whole.  Without this cache it reads
them back from the store at every batch: at 10,000 documents 400,417 statements read back
against 7,031 at 1,000 (docs/benchmarks.md).  With it, a work read or made by one batch
is kept as the store will hold it once that batch is written, and the next batch that
touches it reads it from memory.

Interface (kg/link.py, kg/ingest.py, kg/store/embedded.py)::

    cache = attach(store)            # store.works = a WorkCache (kg/ingest.py ``ingest``)
    link_progress(store, graph, ...)  # reads the works it needs from store.works when they are
                                     # there, the others from the store; when it returns, the
                                     # cache holds the works of ``graph`` as they will be stored,
                                     # pinned under ``graph`` (not evicted) until:
    cache.written(graph)             # the write of ``graph`` landed (kg/ingest.py ``_write`` says so)
    cache.failed(graph)              # or it failed: every work that batch or a batch linked after
                                     # it made or changed is dropped; returns the graphs of those
                                     # later batches (still pending: they must be linked again)
    detach(store)                    # the end of the ingest: the cache goes

A write of a graph linked without the cache (or not linked at all) empties it: what it
changed is not known.  Graphs are written in the order they were linked (kg/ingest.py's
one writer), so a failed write leaves in the store the state the remaining works were
read from; ``failed`` returns the pending graphs linked after the failed one.  The cache's
methods take a lock: a writer thread may say ``written`` while the next batch is linked.

What linking needs of a work beyond the work (the blocking index's candidates, a
document's stored statements, posts) is read as before; :meth:`WorkCache.of_docs` names
the cached statements of given documents (those of a pending batch too).

Collector: after each write that lands, the objects alive are set aside from Python's cycle
collector (``gc.freeze``) until :func:`detach` (``gc.unfreeze``): the works in memory hold no cycles
and are freed as usual when evicted, but each full collection would otherwise walk them all again.

Memory: at most ``limit`` statements (default :data:`LIMIT`) are kept, but never a work a pending
batch made or changed; so memory is bounded by ``limit`` and the pending batches (each at most a
batch's works), not by the corpus.  A statement in memory is its properties (a work's derived ones
on its canonical statement only, as stored: the others keep ``work``, kg/link.py ``restating``),
projects, actors, progress records and targets: about 3.5 KB (:data:`STATEMENT_BYTES`; the
archive of bench/corpus.py).  The default limit is a sixteenth of the machine's memory (or of the
container's, where a cgroup caps it) at that size: 460,000 statements on 24 GiB, about the works of
90,000 documents of the archive; never fewer than 60,000.

Eviction: when over the limit, works go until 5% of the limit is free, chosen at random (seeded:
the same ingest evicts the same works) among those not pinned, but the most recently used
twentieth.  Least-recently-used first would be the worst choice for an archive read in
date order: its documents come round every county in turn, so the works a batch needs are those
used longest ago, which LRU evicts just before they are needed again (every work read back from
the store once the archive's works outgrow the cache: 100,000 documents, 883 s with 60,000 statements
kept, 607 s with this default; docs/benchmarks.md, session 28).  At random, a cache that holds a share of those
works finds about that share.

>>> from kg.link import _C
>>> cache = WorkCache(limit=3)
>>> a, b = _C("c:1", "d:1", "修路", {"id": "c:1"}), _C("c:2", "d:2", "修路", {"id": "c:2"}, restates=("c:1", 1.0, "x"))
>>> cache.put(None, [("c:1", [a, b])], set())
>>> sorted(cache.load({"c:1"}, []))
['c:1', 'c:2']
>>> cache.heads_of({"c:2", "c:9"})
({'c:2': 'c:1'}, {'c:9'})
>>> cache.put(None, [("c:3", [_C("c:3", "d:3", "建桥", {"id": "c:3"})]), ("c:4", [_C("c:4", "d:4", "建桥", {"id": "c:4"})])], set())
>>> cache.statements <= 3  # works went (at random) until the limit holds
True
"""
from __future__ import annotations

import gc
import math
import os
import random
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Iterable, Optional

#: what a statement in memory costs, about (the 10,000-document archive's works)
STATEMENT_BYTES = 3_500


def memory_bytes() -> Optional[int]:
    """The memory this process may use: the machine's, or its container's where a cgroup caps it less;
    None where neither can be read."""
    found = []
    try:
        found.append(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES"))
    except (AttributeError, OSError, ValueError):
        pass
    for cap in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            text = Path(cap).read_text().strip()
        except OSError:
            continue
        if text.isdigit():
            found.append(int(text))
    found = [n for n in found if n > 0]
    return min(found) if found else None


def default_limit(memory: Optional[int] = None) -> int:
    """The statements kept at most by default: ``KG_WORKS_LIMIT`` if set, else a sixteenth of ``memory``
    (:func:`memory_bytes`) at :data:`STATEMENT_BYTES` each, never fewer than 60,000.

    >>> default_limit(24 << 30) if "KG_WORKS_LIMIT" not in os.environ else 460_175
    460175
    >>> default_limit(512 << 20) if "KG_WORKS_LIMIT" not in os.environ else 60_000
    60000
    """
    given = os.environ.get("KG_WORKS_LIMIT")
    if given is not None:
        return int(given)
    memory = memory_bytes() if memory is None else memory
    return max(60_000, memory // 16 // STATEMENT_BYTES) if memory else 60_000


#: statements kept at most (works of pending batches aside; :func:`default_limit`): ``KG_WORKS_LIMIT``, 0
#: keeps only the works of the batches not yet written (each batch reads the others from the store)
LIMIT = default_limit()


class WorkCache:
    """The works linking read or made, as stored once the pending writes land (see the module)."""

    def __init__(self, limit: Optional[int] = None):
        self.limit = max(0, int(LIMIT if limit is None else limit))
        self._works: OrderedDict[str, dict] = OrderedDict()  # canonical id -> {member id: _C}, least recently used first
        self._rng = random.Random(0)  # which works :meth:`_evict` drops (seeded: the same each run)
        self._head: dict[str, str] = {}  # member id -> canonical id of its work
        self._docs: dict[str, set] = {}  # document id -> its cached members
        self._pins: dict[str, set] = {}  # canonical id -> tokens of the pending batches that made or changed it
        self._pending: dict[int, object] = {}  # token -> the graph linked (kept alive: its id is the token)
        self.statements = 0
        self.hits = self.misses = 0  # works read from memory / from the store
        self._lock = threading.RLock()

    # -- what linking reads -------------------------------------------------------------------

    def heads_of(self, ids: Iterable[str]) -> tuple[dict, set]:
        """``({id: canonical id}, unknown)``: the work of each of ``ids`` the cache holds, and the others."""
        with self._lock:
            known, unknown = {}, set()
            for i in ids:
                h = self._head.get(i)
                if h is None:
                    unknown.add(i)
                else:
                    known[i] = h
            return known, unknown

    def load(self, heads: Iterable[str], gone: Iterable[str]) -> dict:
        """The members (``{id: _C}``) of the cached works ``heads`` but those of the documents ``gone``
        (the others of ``heads`` are not cached: read them from the store).  The objects are shared:
        linking does not change them."""
        skip = set(gone)
        out = {}
        with self._lock:
            for h in heads:
                work = self._works.get(h)
                if work is None:
                    continue
                self._works.move_to_end(h)
                self.hits += 1
                for cid, c in work.items():
                    if c.doc not in skip:
                        out[cid] = c
        return out

    def has(self, head: str) -> bool:
        with self._lock:
            return head in self._works

    def of_docs(self, docs: Iterable[str]) -> set:
        """The cached statements of the documents ``docs``."""
        with self._lock:
            return {cid for d in docs for cid in self._docs.get(d, ())}

    # -- what linking made --------------------------------------------------------------------

    def put(self, graph, works: list, replaced: set) -> None:
        """After linking ``graph``: ``works`` are ``(canonical id, members)`` as they will be stored
        (each member a ``_C`` with its new properties and ``RESTATES``); ``replaced`` the canonical
        ids of the works they were made from (read from memory or the store), dropped first.  The
        works are pinned under ``graph`` until :meth:`written` or :meth:`failed` (``graph`` None: not
        pinned, as stored already)."""
        with self._lock:
            token = None if graph is None else id(graph)
            gone = set(replaced)  # and any cached work a member comes from (then read whole, so replaced)
            gone |= {h for _, members in works for c in members for h in [self._head.get(c.id)] if h is not None}
            pins: set = set()
            for h in gone:
                pins |= self._pins.pop(h, set())
                self._drop(h)
            if token is not None:
                pins.add(token)
                self._pending[token] = graph
            for head, members in works:
                self._drop(head)  # (a work of the same canonical id read as another's)
                self._works[head] = work = {c.id: c for c in members}
                for cid, c in work.items():
                    self._head[cid] = head
                    self._docs.setdefault(c.doc, set()).add(cid)
                self.statements += len(work)
                if pins:
                    self._pins[head] = set(pins)
            self._evict()

    def written(self, graph) -> None:
        """The write of ``graph`` landed: its works may be evicted."""
        with self._lock:
            token = id(graph)
            if self._pending.pop(token, None) is None:
                return
            for h in [h for h, t in self._pins.items() if token in t]:
                self._pins[h].discard(token)
                if not self._pins[h]:
                    del self._pins[h]
            self._evict()

    def failed(self, graph) -> list:
        """The write of ``graph`` failed: every work it made or changed is dropped (read again from the
        store), and so is every work of the batches linked after it and still pending (they may have
        read a dropped work, and the files of ``graph`` are written again before them).  Returns the
        graphs of those later batches: they must be linked again (their tokens are forgotten)."""
        with self._lock:
            token = id(graph)
            if token not in self._pending:
                return []
            order = list(self._pending)
            tokens = set(order[order.index(token):])
            later = [self._pending.pop(t) for t in order[order.index(token):]][1:]
            for h in [h for h, t in self._pins.items() if t & tokens]:
                del self._pins[h]
                self._drop(h)
            return later

    def unknown_write(self) -> None:
        """A write the cache did not see linked: what it changed is not known, so everything goes."""
        with self._lock:
            self._works.clear()
            self._head.clear()
            self._docs.clear()
            self._pins.clear()
            self._pending.clear()
            self.statements = 0

    def pending(self, graph) -> bool:
        with self._lock:
            return id(graph) in self._pending

    # -- inside ---------------------------------------------------------------------------------

    def _drop(self, head: str) -> None:
        work = self._works.pop(head, None)
        if work is None:
            return
        self.statements -= len(work)
        for cid, c in work.items():
            if self._head.get(cid) == head:
                del self._head[cid]
                of_doc = self._docs.get(c.doc)
                if of_doc is not None:
                    of_doc.discard(cid)
                    if not of_doc:
                        del self._docs[c.doc]

    def _evict(self) -> None:
        """Over ``limit``: works go, never a pinned one, at random (see the module) but the most recently
        used twentieth, until 5% of ``limit`` is free; then, if still over ``limit``, of that twentieth the
        least recently used."""
        if self.statements <= self.limit:
            return
        target = self.limit - self.limit // 20
        recent = len(self._works) // 20
        heads = list(self._works)
        victims = [h for h in heads[:len(heads) - recent] if h not in self._pins]
        each = self.statements / max(1, len(self._works))  # statements a work, on average
        while self.statements > target and victims:
            want = min(len(victims), math.ceil((self.statements - target) / each * 1.2) + 1)
            picked = set(self._rng.sample(range(len(victims)), want))
            for i in sorted(picked):
                if self.statements <= target:
                    break
                self._drop(victims[i])
            victims = [h for i, h in enumerate(victims) if i not in picked]
        for h in heads[len(heads) - recent:]:  # still over (the recent twentieth is most of it): oldest first
            if self.statements <= self.limit:
                break
            if h not in self._pins and h in self._works:
                self._drop(h)


def attach(store, limit: Optional[int] = None) -> Optional[WorkCache]:
    """A cache of works for the ingest into ``store`` (``store.works``), kept until :func:`detach`;
    None for a store that other processes may write at the same time (Neo4j: another ingest may
    change a work between two batches, so each batch reads the works again)."""
    if not getattr(store, "sole_writer", False):
        return None
    cache = WorkCache(limit)
    store.works = cache
    return cache


def detach(store) -> None:
    if getattr(store, "works", None) is not None:
        store.works = None
        gc.unfreeze()  # what :func:`written` set aside is the collector's again (a cycle among it goes now)


def written(store, graph, ok: bool) -> list:
    """What the writer tells the cache of ``store`` (kg/ingest.py ``_write``): the write of ``graph``
    landed (``ok``) or failed.  A write of a graph linked without the cache (``graph`` None: the
    database replaced, kg/longtext.py) empties it.  Returns what :meth:`WorkCache.failed` returns
    (the pending graphs linked after a failed one: to be linked again)."""
    cache = getattr(store, "works", None)
    if cache is None:
        return []
    if graph is None or not cache.pending(graph):
        if ok:
            cache.unknown_write()
        return []
    if ok:
        cache.written(graph)
        # the objects alive now (the works in memory above all: no cycles among them) are set aside
        # from the cycle collector until :func:`detach`: each full collection would walk them all
        # again (at 10,000 documents 15-20 of ~120 CPU-s, at 1,000 0.2-0.4; docs/benchmarks.md)
        gc.freeze()
        return []
    return cache.failed(graph)
