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
    rows = g.cypher("MATCH (c:Commitment) WHERE c.task = $t AND c.source = $s "
                    "RETURN c.status AS status, c.as_of AS as_of, c.progress_source AS via", t=task, s=source).records()
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
