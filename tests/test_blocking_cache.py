"""The blocking index's blocks kept in memory during an ingest (kg/blocking.py ``BlockCache``, issue 12).

An ingest's batches look in the same blocks again and again (a county's
bodies, an actor's name in every county); the cache keeps the rows read,
and the index's writes tell it what they committed.  A lookup through the
cache must give the rows the index file gives, after every kind of write:
new commitments in blocks held, a changed document whose old statements go,
a commitment id stored again whose old block rows come back, a write the
cache is not told of, a cache that outgrows its limit, and a write that
lands while a block is being read beside it (``--jobs``: the writer thread
adds while the main thread links).  Every document here is invented.
"""
from __future__ import annotations

from kg.blocking import BlockIndex, _read_rows, blocks_of
from kg.model import Actor, CommitmentRecord, DocumentRecord
from kg.resolve import resolve


def _doc(key: str, place, tasks: list[tuple[str, str, str]]) -> DocumentRecord:
    """A document of commitments ``(task, body, project)``; a body of no place when ``place`` is None."""
    return DocumentRecord(source=key, key=key, place=place, date="2026-03-01", commitments=tuple(
        CommitmentRecord(task=t, actors=(Actor(body, "organization", "responsible"),),
                         projects=(project,) if project else ()) for t, body, project in tasks))


def _rows(index: BlockIndex, keys: list[str]) -> list[tuple]:
    return sorted(index.lookup(keys, []))


def _file(index: BlockIndex, keys: list[str]) -> list[tuple]:
    """The same lookup read from the file alone."""
    return sorted((cid, key, task) for cid, key, _, task in _read_rows(index.db, keys))


def _keys(*graphs) -> list[str]:
    return sorted({k for g in graphs for ks in blocks_of(g, lookup=True).values() for k in ks}
                  | {k for g in graphs for ks in blocks_of(g).values() for k in ks})


A = _doc("/d/a.txt", "东湖区", [("新建城东污水处理厂", "区住建局", "城东污水处理厂"),
                                ("改造老旧小区1200户", "区住建局", None), ("整治河道3公里", "区水务局", None)])
B = _doc("/d/b.txt", "西山区", [("改造老旧小区800户", "区住建局", None), ("新建城西公园", "区园林局", "城西公园")])
C = _doc("/d/c.txt", None, [("改造老旧小区共2000户", "县住建局", None), ("新建城东污水处理厂二期", "县水务局", "城东污水处理厂")])
#: a.txt changed: one statement kept, one reworded, one gone
A2 = _doc("/d/a.txt", "东湖区", [("新建城东污水处理厂", "区住建局", "城东污水处理厂"),
                                 ("改造老旧小区1500户", "区住建局", None)])


def _write(index: BlockIndex, graph, replaced=()) -> None:
    """What the embedded store does to the index for one write: the blocks first, the replaced
    documents' old statements pruned after."""
    index.add(graph)
    index.prune(list(replaced), graph)


def test_lookups_through_the_cache_give_the_rows_of_the_file(tmp_path):
    index = BlockIndex(tmp_path / "index.sqlite")
    index.remember()
    ga, gb, gc, ga2 = (resolve([d]) for d in (A, B, C, A2))
    keys = _keys(ga, gb, gc, ga2)
    _write(index, ga)
    assert _rows(index, keys) == _file(index, keys) != []  # every block read and kept
    assert index.cache.misses == len(keys) and index.cache.blocks
    _write(index, gb)  # into blocks held
    _write(index, gc)
    assert _rows(index, keys) == _file(index, keys)
    assert index.cache.hits >= len(keys)  # from memory
    old = {cid for cid, _, _ in _rows(index, keys) if cid in ga.nodes}
    _write(index, ga2, replaced=[n.id for n in ga.nodes_of("Document")])  # a.txt changed
    now = _rows(index, keys)
    assert now == _file(index, keys)
    gone = old - set(ga2.nodes)
    assert gone and not gone & {cid for cid, _, _ in now}  # its old statements are found no more
    _write(index, ga, replaced=[n.id for n in ga2.nodes_of("Document")])  # and back: the old ids again
    assert _rows(index, keys) == _file(index, keys)
    assert gone <= {cid for cid, _, _ in _rows(index, keys)}


def test_a_write_the_cache_is_not_told_of_empties_it(tmp_path):
    index = BlockIndex(tmp_path / "index.sqlite")
    index.remember()
    ga, gb = resolve([A]), resolve([B])
    keys = _keys(ga, gb)
    _write(index, ga)
    _rows(index, keys)
    with index._tx():  # as kg/longtext.py merges a long text's parts into the index
        index.db.execute("DELETE FROM commitments")
    assert not index.cache.blocks
    assert _rows(index, keys) == _file(index, keys) == []
    index.rebuild(lambda cypher: [])  # built again from a store: empty too
    assert _rows(index, keys) == []


def test_a_cache_past_its_limit_starts_again(tmp_path):
    index = BlockIndex(tmp_path / "index.sqlite")
    index.remember(limit=5)
    ga, gb, gc = resolve([A]), resolve([B]), resolve([C])
    keys = _keys(ga, gb, gc)
    for g in (ga, gb, gc):
        _write(index, g)
        for k in keys:  # block by block: some kept, then more than five entries and the cache is emptied
            assert _rows(index, [k]) == _file(index, [k])
            assert index.cache.size <= 5
    assert _rows(index, keys) == _file(index, keys)


def test_a_lookup_that_takes_the_cache_past_its_limit_gives_every_row(tmp_path):
    """Some blocks held, the others read: the rows of both, though the cache then starts again."""
    index = BlockIndex(tmp_path / "index.sqlite")
    ga, gb = resolve([A]), resolve([B])
    some, keys = _keys(ga), _keys(ga, gb)
    for g in (ga, gb):
        _write(index, g)
    index.remember()
    assert _rows(index, some) == _file(index, some)
    assert index.cache.blocks
    index.cache.limit = index.cache.size  # room for those blocks only
    assert _rows(index, keys) == _file(index, keys)
    assert not index.cache.blocks  # past the limit: emptied
    assert _rows(index, keys) == _file(index, keys)


class _WriteWhileReading:
    """The index file on a connection of its own (as kg/pending.py reads it beside the writer) that lets
    ``index`` write ``graph`` after it has read a lookup's rows and before they are kept."""

    def __init__(self, path, index: BlockIndex, graph):
        import sqlite3

        self.db = sqlite3.connect(str(path))
        self.index, self.graph = index, graph

    def execute(self, sql, params=()):
        rows = self.db.execute(sql, params).fetchall()
        if self.graph is not None:
            graph, self.graph = self.graph, None
            _write(self.index, graph)  # lands between the read and the cache keeping it
        return rows


def test_a_block_read_while_a_write_lands_is_not_kept_without_it(tmp_path):
    index = BlockIndex(tmp_path / "index.sqlite")
    index.remember()
    ga, gb = resolve([A]), resolve([B])
    keys = _keys(ga, gb)
    _write(index, ga)
    beside = _WriteWhileReading(tmp_path / "index.sqlite", index, gb)
    read = sorted((cid, key, task) for cid, key, _, task in index.cache.rows(beside, keys))
    assert read == sorted((cid, key, task) for cid, key, _, task in _read_rows(beside.db, keys)
                          if cid in ga.nodes)  # read before b.txt was written: a.txt's rows only
    assert _rows(index, keys) == _file(index, keys)  # b.txt's rows too: what was read then was not kept
    assert {cid for cid, _, _ in _rows(index, keys)} & set(gb.nodes)
