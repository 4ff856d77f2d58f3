"""``works`` on a person or body (how many pieces of work it is on) is what queries/workload.cypher
orders by before judging: it must be what the statements give after every write, and the first
rows of a limited workload must be the first rows of the whole answer (#12)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import kg
from kg.graph import Graph
from kg.link import derive_graph
from kg.store.embedded import EmbeddedStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ROLES = ("LEADS", "RESPONSIBLE_FOR", "ASSISTS")


def _counted(store) -> dict:
    """``works`` of every person and body counted from the statements; and as stored."""
    rows = store.query("MATCH (a:Person|Organization)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(s:Commitment) "
                       "RETURN a.id, s.work").rows
    counted: dict = {}
    for aid, work in rows:
        counted.setdefault(aid, set()).add(work)
    stored = {aid: n for aid, n in store.query("MATCH (a:Person|Organization) RETURN a.id, a.works").rows if n}
    return {a: len(w) for a, w in counted.items()}, stored


def _random_graph(seed: int, n: int = 60) -> Graph:
    """Commitments of a few documents, restating one another at random, with random actors (some
    on many statements of one work, which counts once)."""
    rnd = random.Random(seed)
    g = Graph()
    for d in range(4):
        g.add_node("Document", f"doc:{d}", source=f"d{d}.txt", date=f"2021-0{d + 1}-01")
    actors = [(("Person", f"person:{i}") if i % 2 else ("Organization", f"org:{i}")) for i in range(12)]
    for label, aid in actors:
        g.add_node(label, aid, name=f"甲{int(aid.split(':')[1]) % 5}", place=f"东湖区{int(aid.split(':')[1]) % 2}")
    for i in range(n):
        cid = f"commitment:{i:03d}"
        g.add_node("Commitment", cid, task=f"任务{i}", due=f"2021-{1 + i % 12:02d}-15",
                   status=rnd.choice([None, "on_track", "behind", "done"]), as_of="2021-05-01")
        g.add_edge("STATED_IN", cid, f"doc:{i % 4}")
        if i > 3 and rnd.random() < 0.5:
            g.add_edge("RESTATES", cid, f"commitment:{rnd.randrange(0, 4):03d}")
        for label, aid in rnd.sample(actors, rnd.randint(1, 3)):
            g.add_edge(rnd.choice(ROLES), aid, cid)
    derive_graph(g)
    return g


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_limited_workload_is_the_head_of_the_whole(tmp_path, seed):
    with EmbeddedStore(str(tmp_path)) as s:
        s.write(_random_graph(seed))
        counted, stored = _counted(s)
    assert counted == stored
    with kg.open_graph(str(tmp_path), read_only=True) as g:
        whole = g.run("workload", as_of="2021-06-30", limit=0).rows
        cols = g.run("workload", as_of="2021-06-30", limit=1).columns
        assert [r[3] for r in whole] == sorted((r[3] for r in whole), reverse=True)
        statuses = ("open", "overdue", "missed", "done", "done_late")  # each work once, in one of them
        assert all(sum(r[cols.index(k)] for k in statuses) == r[cols.index("works")] for r in whole)
        for limit in range(1, len(whole) + 1):
            assert g.run("workload", as_of="2021-06-30", limit=limit).rows == whole[:limit]


def test_works_follow_every_write(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in sorted(EXAMPLES.glob("*.txt"))[:4]:
        (docs / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    store = str(tmp_path / "store")
    with kg.open_graph(store) as g:
        g.ingest([str(docs)])
    with EmbeddedStore(store) as s:
        counted, stored = _counted(s)
        assert counted == stored and counted
    # a document changes (a statement gone), another goes: the works of those it named follow
    first = sorted(docs.glob("*.txt"))[0]
    text = first.read_text(encoding="utf-8")
    first.write_text(text[: len(text) // 2], encoding="utf-8")
    with kg.open_graph(store) as g:
        g.ingest([str(docs)])
    with EmbeddedStore(store) as s:
        counted, stored = _counted(s)
    assert counted == stored


@pytest.mark.parametrize("every_actor", [True, False])
def test_works_follow_batches_counted_for_every_actor_or_those_touched(tmp_path, monkeypatch, every_actor):
    """A write of many nodes counts every actor's ``works`` in one pass only when most of the store's
    commitments are new (kg/store/embedded.py ``WORKS_ONE_PASS_SHARE``); else those it touched: either way
    the counts of the statements, after each batch of an archive whose later batches restate the works of
    the earlier ones."""
    import sys

    import kg.store.embedded as emb
    from kg.ingest import ingest

    sys.path.insert(0, str(EXAMPLES.parent / "bench"))
    from corpus import write_archive

    files = [str(p) for p in write_archive(str(tmp_path / "docs"), documents=40, seed=3, per_county=20)]
    monkeypatch.setattr(emb, "WORKS_ONE_PASS", 0)  # every batch is a "bulk write"
    monkeypatch.setattr(emb, "WORKS_ONE_PASS_SHARE", 10 ** 9 if every_actor else 0)
    passes = []
    real = emb.EmbeddedStore._count_works

    def count(c, graph, mentioned, created=()):
        passes.append(len(graph.nodes))
        return real(c, graph, mentioned, created)

    monkeypatch.setattr(emb.EmbeddedStore, "_count_works", staticmethod(count))
    store = str(tmp_path / "store")
    for part in (files[:15], files):
        with kg.open_graph(store) as g:
            ingest(g.store, part, batch_files=5)
        with EmbeddedStore(store) as s:
            counted, stored = _counted(s)
        assert counted == stored and counted
    assert len(passes) >= 8


@pytest.mark.parametrize("as_linking_read_it", [False, True])
def test_works_of_an_actor_whose_stored_works_merge_in_a_write_that_does_not_name_it(tmp_path, as_linking_read_it):
    """Two stored works of one body become one in a write that holds only the rewritten stored
    commitment (linking adds a stored statement of a work that changed without its actors): the body
    is counted again from the store (kg/store/embedded.py ``_count_works`` reads the actors of the
    commitments a write did not create, but those whose work linking read as it stays), and a body named by
    a created commitment from the graph."""
    first = Graph()
    first.add_node("Document", "doc:1", source="d1.txt", date="2021-01-01")
    first.add_node("Organization", "org:1", name="区住建局", place="东湖区")
    for i in (1, 2):
        first.add_node("Commitment", f"commitment:{i}", task=f"城南道路第{i}段", work=f"commitment:{i}")
        first.add_edge("STATED_IN", f"commitment:{i}", "doc:1")
        first.add_edge("RESPONSIBLE_FOR", "org:1", f"commitment:{i}")
    merged = Graph()  # commitment:2 now restates commitment:1: one work
    merged.add_node("Document", "doc:2", source="d2.txt", date="2021-02-01")
    merged.add_node("Organization", "org:2", name="区交通局", place="东湖区")
    merged.add_node("Commitment", "commitment:2", task="城南道路第2段", work="commitment:1")
    merged.add_edge("RESTATES", "commitment:2", "commitment:1")
    merged.add_node("Commitment", "commitment:3", task="城南道路第3段", work="commitment:1")
    merged.add_edge("STATED_IN", "commitment:3", "doc:2")
    merged.add_edge("RESTATES", "commitment:3", "commitment:1")
    merged.add_edge("ASSISTS", "org:2", "commitment:3")
    if as_linking_read_it:  # the stored properties linking read, with the work the write changes
        merged.stored["commitment:2"] = ({"task": "城南道路第2段", "work": "commitment:2"}, None)
    with EmbeddedStore(str(tmp_path)) as s:
        s.write(first)
        assert _counted(s)[1] == {"org:1": 2}
        s.write(merged)
        counted, stored = _counted(s)
    assert counted == stored == {"org:1": 1, "org:2": 1}
