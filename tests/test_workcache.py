"""The works in memory during an ingest (kg/workcache.py) give the graph the store alone gives (issue 12).

Linking reads the works a batch touches from memory when an earlier batch read or made them.
Whatever the cache holds, the graph must be the one linking against the store gives: byte for
byte, over batches that restate works, a document read again, a write that fails (the batch is
stored file by file), a review's decisions, and a cache too small for the corpus.  After every
write, each work in memory must be what the store holds of it.  A batch linked before the one
before it is written (``--jobs``, kg/ingest.py) reads that batch's works from memory.  Every
document here is generated (bench/corpus.py) or invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
import kg.workcache as workcache
from kg.link import _load_works, _same
from kg.workcache import WorkCache

from test_ingest_batch import (_failing_write, _review_docs, _sequence, assert_same, folder,  # noqa: E402,F401 (a fixture)
                               reviewed, snapshot)
from test_review import DATES as REVIEW_DATES  # noqa: E402


def _as_read(c) -> tuple:
    return (c.id, c.doc, c.task, frozenset(c.projects), frozenset(c.actors), frozenset(c.places),
            [repr(r) for r in c.records], [repr(t) for t in c.targets], str(c.doc_date), c.restates)


def _check_after_writes(monkeypatch, seen: list):
    """After every write that leaves no batch pending: each work in memory is what the store holds
    (read by linking's own reader), member by member, and no more members are stored."""
    written = WorkCache.written

    def check(self, graph):
        written(self, graph)
        if self._pending:
            return
        store = graph.store_for_check
        heads = set(self._works)
        got = _load_works(store, heads, [])
        mine = {cid: c for w in self._works.values() for cid, c in w.items()}
        assert set(got) == set(mine)
        for cid, c in mine.items():
            s = got[cid]
            assert _as_read(s) == _as_read(c), cid
            assert set(s.props) == set(c.props) and all(_same(s.props[k], v) for k, v in c.props.items()), cid
        assert self.statements == len(mine) and self.statements <= self.limit
        seen.append(len(mine))

    monkeypatch.setattr(WorkCache, "written", check)
    put = WorkCache.put

    def keep_store(self, graph, works, replaced):  # the store the graph is written to, for the check
        if graph is not None:
            graph.store_for_check = _STORE[0]
        return put(self, graph, works, replaced)

    monkeypatch.setattr(WorkCache, "put", keep_store)


_STORE: list = [None]


def _ingest_sequence(store: Path, folder: Path, monkeypatch, limit: int, check: bool = True, **options) -> tuple:
    monkeypatch.setattr(workcache, "LIMIT", limit)
    seen: list = []
    if check:
        _check_after_writes(monkeypatch, seen)
    real_open = kg.open_graph

    def open_graph(path, *a, **kw):
        g = real_open(path, *a, **kw)
        _STORE[0] = g.store
        return g

    monkeypatch.setattr(kg, "open_graph", open_graph)
    try:
        return _sequence(store, folder, **options), seen
    finally:
        monkeypatch.setattr(kg, "open_graph", real_open)


@pytest.fixture(scope="module")
def without_cache(folder, tmp_path_factory):
    """Each batch reads every work it needs from the store (a cache of no statement keeps only the
    works of the batch being written)."""
    mp = pytest.MonkeyPatch()
    try:
        return _ingest_sequence(tmp_path_factory.mktemp("none") / "s", folder, mp, 0, check=False, batch_files=7)[0]
    finally:
        mp.undo()


@pytest.mark.parametrize("limit", [100_000, 40])
def test_the_works_in_memory_give_the_graph_of_the_store(folder, without_cache, tmp_path, monkeypatch, limit):
    (first, last), seen = _ingest_sequence(tmp_path / "s", folder, monkeypatch, limit, batch_files=7)
    assert_same(first, without_cache[0])
    assert_same(last, without_cache[1])
    assert seen and max(seen) <= limit
    if limit == 40:
        assert max(seen) > 0  # works were kept, and some evicted
    else:
        assert max(seen) > 100  # the works of earlier batches were kept


def test_a_failed_write_drops_what_its_batch_linked(folder, tmp_path, monkeypatch):
    files = sorted(str(p) for p in (folder / "corpus").iterdir())[:16]
    bad = files[9]
    got = []
    for limit in (0, 100_000):
        monkeypatch.setattr(workcache, "LIMIT", limit)
        with kg.open_graph(str(tmp_path / f"s{limit}")) as g:
            _STORE[0] = g.store
            seen: list = []
            with monkeypatch.context() as m:
                if limit:
                    _check_after_writes(m, seen)
                _failing_write(g, Path(bad).name)
                with pytest.raises(kg.errors.IngestFailed):
                    g.ingest(files, batch_files=5)  # 5 | 5 (fails: file by file) | 5 | 1
                del g.store.write
                got.append(snapshot(g))
            if limit:
                assert seen  # checked after the file-by-file writes and the batches after them
    assert_same(got[0], got[1])


def test_a_review_applies_with_the_works_in_memory(tmp_path, monkeypatch):
    docs, review = reviewed(tmp_path)
    got = []
    for limit in (0, 100_000):
        monkeypatch.setattr(workcache, "LIMIT", limit)
        other = tmp_path / f"l{limit}"
        other.mkdir()
        (other / "review.tsv").write_text(review, encoding="utf-8")
        with kg.open_graph(str(other)) as g:
            files = [str(docs / n) for n in ("notice.txt", "tasks.csv", "speech.txt")]
            g.ingest(files, date="2024-07-10", batch_files=1)  # a batch each: the works of one kept for the next
            g.ingest(files[::-1], date="2024-07-10", batch_files=1, reread=True)  # each replaced in turn
            got.append(snapshot(g))
    assert_same(got[0], got[1])


def test_a_batch_linked_before_the_one_before_is_written(tmp_path):
    """The contract of ``--jobs`` (kg/ingest.py): batch k + 1 is linked while batch k is not yet
    written; it reads k's works from memory, and the graph is the one of linking after each write.
    (Here the candidates of each batch, kg/blocking.py, are statements written before: the works
    that a pending batch changed are found through them.)"""
    from kg.ingest import _write, linked, read
    from kg.resolve import resolve

    docs = _review_docs(tmp_path)
    parts = [[str(docs / n)] for n in ("speech.txt", "tasks.csv", "notice.txt")]
    got = []
    for ahead in (False, True):
        with kg.open_graph(str(tmp_path / f"s{ahead}")) as g:
            store = g.store
            cache = workcache.attach(store)
            pending = []
            for part in parts:
                records = [d for f in part for d in read(f, date=REVIEW_DATES[Path(f).name])]
                graph, old = linked(store, resolve(records), records)
                pending.append((part[0], graph, old))
                if not ahead or len(pending) == 2:  # the speech alone, then two batches linked before a write
                    if ahead:
                        assert all(cache.pending(gr) for _, gr, _ in pending)
                    for path, gr, o in pending:
                        _write(store, path, gr, o)
                    pending = []
            for path, gr, o in pending:
                _write(store, path, gr, o)
            assert cache.hits > 0
            workcache.detach(store)
            got.append(snapshot(g))
    assert_same(got[0], got[1])


def _c(cid: str, doc: str, restates=None):
    from kg.link import _C

    return _C(cid, doc, "修路", {"id": cid}, restates=restates)


def test_pinned_works_stay_until_written_then_works_go_down_to_the_limit():
    cache = WorkCache(limit=2)
    g1, g2 = object(), object()
    cache.put(g1, [("c:1", [_c("c:1", "d:1"), _c("c:2", "d:2", ("c:1", 1, "x"))])], set())
    cache.put(g2, [("c:3", [_c("c:3", "d:3")]), ("c:4", [_c("c:4", "d:4")])], set())
    assert cache.statements == 4  # above the limit: every work is pinned by a batch not yet written
    cache.written(g1)
    assert not cache.has("c:1") and cache.has("c:3") and cache.statements == 2  # only c:1 was not pinned
    cache.written(g2)
    cache.put(None, [("c:5", [_c("c:5", "d:5")])], set())
    assert cache.statements == 2 and sum(cache.has(h) for h in ("c:3", "c:4", "c:5")) == 2
    kept = {h for h in ("c:3", "c:4", "c:5") if cache.has(h)}
    assert cache.of_docs(["d:3", "d:4", "d:5"]) == kept


def test_no_more_than_the_limit_stays_once_written_however_recent():
    """The most recently used twentieth is dropped last, not kept above the limit: ``KG_WORKS_LIMIT=0`` keeps
    only what batches not yet written made."""
    for limit in (0, 30):
        cache = WorkCache(limit=limit)
        g = object()
        cache.put(g, [(f"c:{i}", [_c(f"c:{i}", f"d:{i}")]) for i in range(100)], set())
        assert cache.statements == 100  # pinned
        cache.written(g)
        assert cache.statements == limit - limit // 20 if limit else cache.statements == 0


def _cycle(limit: int, works: int, rounds: int, batch: int = 20) -> float:
    """Works 0..``works``-1 asked for in turn, ``rounds`` times, a batch of ``batch`` at a time (as linking
    asks for those of the files of a batch, then puts them back): the share found in memory after the
    first round."""
    cache = WorkCache(limit=limit)
    asked = found = 0
    for r in range(rounds):
        for start in range(0, works, batch):
            heads = {f"c:{i}" for i in range(start, min(works, start + batch))}
            had = cache.load(heads, [])
            if r:
                asked += len(heads)
                found += len(had)
            g = object()
            cache.put(g, [(h, [_c(h, "d" + h)]) for h in sorted(heads)], heads)
            cache.written(g)
    return found / asked


def test_a_cache_smaller_than_an_archive_read_in_turn_finds_about_its_share():
    """An archive read in date order comes round every county in turn: the works a batch needs are those
    used longest ago.  Evicting the least recently used finds none of them (0.0 for both below); at random, a
    cache of 80% of the works finds about half, of 40% a few, and one of all the works finds them all."""
    assert _cycle(limit=1000, works=1000, rounds=3) == 1.0
    assert 0.4 < _cycle(limit=800, works=1000, rounds=4) < 0.8
    assert 0.02 < _cycle(limit=400, works=1000, rounds=4) < 0.4


def test_a_failed_write_drops_its_works_and_those_of_later_batches():
    cache = WorkCache(limit=100)
    g0, g1, g2 = object(), object(), object()
    cache.put(None, [("c:9", [_c("c:9", "d:9")])], set())  # stored already
    cache.put(g0, [("c:1", [_c("c:1", "d:1")])], set())
    cache.written(g0)
    cache.put(g1, [("c:1", [_c("c:1", "d:1"), _c("c:2", "d:2", ("c:1", 1, "x"))])], {"c:1"})
    cache.put(g2, [("c:3", [_c("c:3", "d:3")])], set())  # linked after g1, before its write
    assert cache.failed(g1) == [g2]  # g2 must be linked again
    assert not cache.has("c:1") and not cache.has("c:3") and cache.has("c:9")
    assert cache.heads_of({"c:2", "c:9"}) == ({"c:9": "c:9"}, {"c:2"})
    assert not cache.pending(g2)


def test_a_write_the_cache_did_not_link_empties_it():
    cache = WorkCache()
    cache.put(None, [("c:1", [_c("c:1", "d:1")])], set())

    class Store:
        works = cache

    workcache.written(Store(), object(), True)
    assert not cache.has("c:1") and cache.statements == 0


def test_no_works_in_memory_for_a_store_other_processes_may_write():
    """Another ingest may change a work of a Neo4j server between two batches: each batch reads the
    works again there; the embedded file has one writing process, and keeps them."""
    from kg.store.embedded import EmbeddedStore
    from kg.store.neo4j import Neo4jStore

    assert EmbeddedStore.sole_writer and not Neo4jStore.sole_writer
    server = Neo4jStore.__new__(Neo4jStore)  # not connected: only what attach reads of it
    assert workcache.attach(server) is None and getattr(server, "works", None) is None
