"""Progress across documents: a later report updates how a commitment stands."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.link import dice, link_progress, same_work, _C
from kg.model import Actor, CommitmentRecord, Deadline, DocumentRecord, Progress
from kg.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _status(g, task, source):
    """The newest progress of the work of a statement: kept on the work's canonical commitment (``w``)."""
    rows = g.cypher("MATCH (c:Commitment) WHERE c.task = $t AND c.source = $s MATCH (w:Commitment) WHERE w.id = c.work "
                    "RETURN w.status AS status, w.as_of AS as_of, w.progress_source AS via", t=task, s=source).records()
    assert len(rows) == 1
    return rows[0]


@pytest.mark.parametrize("order", [("progress.jsonl", "speech.txt", "tasks.csv"),
                                   ("tasks.csv", "speech.txt", "progress.jsonl"),
                                   ("speech.txt", "progress.jsonl", "tasks.csv")])
def test_a_later_report_updates_the_speech_whatever_the_order(tmp_path, order):
    with kg.open_graph(str(tmp_path / "s")) as g:
        for name in order:
            g.ingest([str(EXAMPLES / name)])
        assert _status(g, "滨江路北延工程", "speech.txt") == {
            "status": "done", "as_of": "2023-07-15", "via": "progress.jsonl"}
        assert _status(g, "城区公交首末站建设", "speech.txt")["status"] == "behind"
        assert _status(g, "老旧小区改造", "speech.txt") == {"status": "not_started", "as_of": None, "via": "tasks.csv"}
        # the task table's own undated progress gives way to the dated report
        assert _status(g, "建成滨江路北延工程并通车", "tasks.csv")["via"] in ("tasks.csv", "progress.jsonl")
        overdue = g.query("overdue", as_of="2023-11-01")
        assert "滨江路北延工程" not in {r["task"] for r in overdue}


def test_reading_again_changes_nothing(tmp_path):
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(EXAMPLES)])
        first = (g.stats(), g.query("commitments"), g.query("overdue", as_of="2023-11-01"))
        g.ingest([str(EXAMPLES)], reread=True)
        assert (g.stats(), g.query("commitments"), g.query("overdue", as_of="2023-11-01")) == first


def _doc(source, task, actors=(), projects=(), progress=None):
    return DocumentRecord(source=source, commitments=(CommitmentRecord(
        task=task, actors=tuple(Actor(a, "organization", "responsible") for a in actors),
        projects=tuple(projects), deadline=Deadline("年底前", "2024-12-31"), progress=progress),))


def test_different_work_on_the_same_project_is_not_linked(tmp_path):
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.store.write(resolve([_doc("plan.txt", "南湖隧道征地拆迁", ["市征收局"], ["南湖隧道工程"])]))
        graph = resolve([_doc("notice.txt", "南湖隧道主体结构施工", ["市征收局"], ["南湖隧道工程"],
                              Progress("done", None, "2024-06-30", "已完成"))])
        assert link_progress(g.store, graph) == 0


def test_contradicting_actors_are_not_linked():
    a = _C("c1", "d1", "东湖公园改造", {"status": "done", "source": "x"}, {"东湖公园"}, {"市园林局"})
    b = _C("c2", "d2", "东湖公园改造", {}, {"东湖公园"}, {"区住建局"})
    assert not same_work(a, b)
    b.actors = {"市园林局", "区住建局"}
    assert same_work(a, b)


def test_dice():
    assert dice("城区公交首末站建设", "城区公交首末站建设") == 1.0
    assert dice("城区公交首末站建设", "农村公路养护") == 0.0


def _many_statements(n=160, seed=5):
    """Commitments of many documents and places, sharing projects and actors' names across places
    (东湖区's 区住建局 and 西山区's), some of no known place: what a batch of many counties holds."""
    import random

    rng = random.Random(seed)
    places = ["东湖区", "西山区", "南湖区", "北岭县"]
    projects = ["城南路改造", "南湖隧道", "老旧小区改造", "滨江公园"]
    actors = ["区住建局", "区交通局", "张三", "李四"]
    tasks = ["城南路改造", "完成城南路改造", "南湖隧道主体施工", "南湖隧道征地拆迁", "老旧小区改造3000户",
             "滨江公园建设", "推进老旧小区改造"]
    out = {}
    for i in range(n):
        cid = f"commitment:{i:03d}"
        place = rng.choice(places + [None])
        c = _C(cid, f"d{i // 3}", rng.choice(tasks), {},
               projects=set(rng.sample(projects, rng.randint(0, 1))),
               actors={(a, rng.choice([place, None]), f"org:{a}:{place}") for a in rng.sample(actors, rng.randint(0, 2))},
               places={place} if place else set())
        if rng.random() < 0.1:
            c.places.add(rng.choice(places))
        out[cid] = c
    return out


def test_pairs_by_block_and_place_are_the_pairs_same_work_can_link():
    """kg.link._pairs takes a block's members of a place the commitment may be of: the pairs it gives
    are, in the same order, those of the whole block whose places may meet (same_work needs that)."""
    from kg.link import _keys, _pairs

    cs = _many_statements()
    ids = sorted(cs)
    new = set(ids[::3])
    loose = [i for i in ids if i not in new][::2]

    def whole_block(a):  # the blocks without places: what _pairs took before
        keys = _keys(cs[a])
        return sorted({b for b in ids if keys & _keys(cs[b])})

    def meet(a, b):
        return not (cs[a].places and cs[b].places and not cs[a].places & cs[b].places)

    expected = [(a, b) for a in sorted(new) for b in whole_block(a)
                if cs[b].doc != cs[a].doc and (b not in new or b > a) and meet(a, b)]
    expected += [(a, b) for a in loose for b in whole_block(a)
                 if b > a and b in set(loose) and cs[b].doc != cs[a].doc and meet(a, b)]
    got = list(_pairs(cs, new, loose))
    assert got == expected and len(got) > 50
    # every pair left out is one same_work refuses
    every = {(a, b) for a in sorted(new) for b in whole_block(a) if cs[b].doc != cs[a].doc and (b not in new or b > a)}
    assert not any(same_work(cs[a], cs[b]) for a, b in every - set(got))


def test_restates_compared_once_per_kind_and_a_restatement_keeps_only_work():
    """kg.link._write_work compares a work's alike members with its canonical one once (``scored``);
    a stored restatement is as it should be when its ``RESTATES`` and ``work`` are (what else it holds of
    the work, a store written before session 9's stale copies, is read by nothing), the canonical one
    when it holds the work's derived properties."""
    from kg.link import _restates, _stored_as_it_should_be

    cs = _many_statements(seed=9)
    canon = cs["commitment:000"]
    scored = {}
    props = {"sources": 3, "status": "done", "work": canon.id}
    for i, c in enumerate(cs.values()):
        c.props.update({"sources": 3 if i % 2 else 3.0, "status": "done" if i % 3 else None, "work": canon.id})
        assert _restates(c, canon, None, frozenset(), scored) == _restates(c, canon, None, frozenset())
        c.restates = _restates(c, canon, None, frozenset())
        if c is canon:
            assert _stored_as_it_should_be(c, c.restates, props, {}) == (c.props["status"] == "done")
        else:
            assert _stored_as_it_should_be(c, c.restates, props, {})
            assert not _stored_as_it_should_be(c, c.restates, {**props, "work": "commitment:other"}, {})
    assert 0 < len(scored) < len(cs)
