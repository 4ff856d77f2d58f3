"""Review of links (issue 10): weak links listed, decisions recorded in a file and kept by every ingest."""
from __future__ import annotations

import itertools

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import ReviewFileError
from kg.review import Decisions, parse

SPEECH = """同志们,今年要抓好以下几项工作。
城南路改造工程由张三同志牵头,区住建局负责,6月底前完成道路改造并通车。
区教育局要在8月底前建成东湖第二小学教学楼。
"""
TABLE = """序号,重点任务,牵头领导,牵头单位,完成时限,进展情况
1,城南路改造工程完工通车,副区长张三,区住建局,2024年6月底前,正在施工
"""
NOTICE = """东湖区重点工作督查通报
城南路改造工程已完成道路改造,于7月8日通车。
区住建局负责的城南路路灯更换工作进展滞后。
"""
DATES = {"speech.txt": "2024-02-20", "tasks.csv": "2024-03-01", "notice.txt": "2024-07-10"}


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in (("speech.txt", SPEECH), ("tasks.csv", TABLE), ("notice.txt", NOTICE)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _ingest(g, folder, order):
    for name in order:
        g.ingest([str(folder / name)], date=DATES[name])


def _by_source(g):
    rows = g.cypher("MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE c.task CONTAINS '城南路改造' "
                    "OPTIONAL MATCH (c)-[:RESTATES]->(k:Commitment) "
                    "RETURN d.source AS source, c.id AS id, k.id AS canonical").records()
    return {r["source"]: r for r in rows}


def _work(row):
    return row["canonical"] or row["id"]


def _status(g, as_of):
    return {r["id"]: (r["status"], r["sources"]) for r in g.status(as_of=as_of) if "城南路改造" in r["task"]}


def test_a_rejected_link_stays_rejected_whatever_the_reading_order(tmp_path, docs):
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        _ingest(g, docs, ["speech.txt", "tasks.csv", "notice.txt"])
        c = _by_source(g)
        assert c["notice.txt"]["canonical"] == c["speech.txt"]["id"]  # the rules link the notice
        assert set(_status(g, "2024-07-15").values()) == {("done_late", 3)}
        listed = g.review(below=1.01)
        assert {(r["id"], r["canonical"]) for r in listed} >= {(c["notice.txt"]["id"], c["speech.txt"]["id"])}
        g.decide("reject", c["notice.txt"]["id"], c["speech.txt"]["id"], note="another stretch of road")
        assert (store / "review.tsv").is_file()
        after = _by_source(g)
        assert _work(after["notice.txt"]) != _work(after["speech.txt"])  # the work split in two
        first = sorted(_status(g, "2024-07-15").values())
        assert "overdue" in {x for x, _ in first}  # the speech's work has no done report of its own
        assert sum(n for _, n in first) == 3
        assert not [r for r in g.review(below=1.01)
                    if {r["id"], r["canonical"]} == {c["notice.txt"]["id"], c["speech.txt"]["id"]}]
    review = (store / "review.tsv").read_text(encoding="utf-8")
    for order in itertools.permutations(["speech.txt", "tasks.csv", "notice.txt"]):
        other = tmp_path / ("o" + "".join(n[0] for n in order))
        other.mkdir()
        (other / "review.tsv").write_text(review, encoding="utf-8")
        with kg.open_graph(str(other)) as g:
            _ingest(g, docs, order)
            _ingest(g, docs, reversed(order))  # and everything again
            c2 = _by_source(g)
            assert c2["notice.txt"]["id"] == c["notice.txt"]["id"]  # ids survive re-ingest
            assert {k: _work(v) for k, v in c2.items()} == {k: _work(v) for k, v in after.items()}
            assert sorted(_status(g, "2024-07-15").values()) == first, order


def test_a_confirmed_pair_is_one_work_though_no_rule_joins_it(tmp_path, docs):
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        _ingest(g, docs, ["speech.txt", "notice.txt"])
        school = g.cypher("MATCH (c:Commitment) WHERE c.task CONTAINS '第二小学' RETURN c.id").rows[0][0]
        road = g.cypher("MATCH (c:Commitment) WHERE c.task CONTAINS '路灯' RETURN c.id").rows[0][0]
        g.decide("confirm", school, road)
        k = g.cypher("MATCH (c:Commitment {id: $id})-[r:RESTATES]->(k) RETURN k.id, r.why", id=road).rows
        assert k == [[school, "confirmed in review"]]
        assert not [r for r in g.review(below=2) if r["id"] == road]
    fresh = tmp_path / "f"
    fresh.mkdir()
    (fresh / "review.tsv").write_text((store / "review.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    with kg.open_graph(str(fresh)) as g:
        _ingest(g, docs, ["notice.txt", "speech.txt"])
        k = g.cypher("MATCH (c:Commitment {id: $id})-[:RESTATES]->(k) RETURN k.id", id=road).rows
        assert k == [[school]]


def test_the_review_file_format():
    d = parse(["# decisions", "reject\tcommitment:b\tcommitment:a  # not ours", "",
               "confirm commitment:c commitment:d", "confirm\tcommitment:a\tcommitment:b"])
    assert d.confirmed(("commitment:a", "commitment:b"))  # a later line overrides
    assert d.confirmed(("commitment:d", "commitment:c"))
    assert not Decisions()
    with pytest.raises(ReviewFileError) as e:
        parse(["confirm\tcommitment:a\tcommitment:b", "maybe\tcommitment:a\tcommitment:b"], source="r.tsv")
    assert (e.value.source, e.value.line) == ("r.tsv", 2)
    assert "r.tsv, line 2" in str(e.value)
    with pytest.raises(ReviewFileError):
        parse(["same\tcommitment:a\tperson:b"])


def test_the_command(tmp_path, docs):
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--store", store, "--date", "2024-03-01", str(docs)]).exit_code == 0
    out = runner.invoke(cli, ["review", "--store", store, "--below", "1.01", "--format", "json"])
    assert out.exit_code == 0, out.output
    import json

    rows = json.loads(out.output)
    assert rows and rows == sorted(rows, key=lambda r: r["score"])
    a, b = rows[0]["id"], rows[0]["canonical"]
    out = runner.invoke(cli, ["review", "--store", store, "--reject", a, b])
    assert out.exit_code == 0 and "review.tsv" in out.output
    (tmp_path / "s" / "review.tsv").write_text("reject commitment:a\n", encoding="utf-8")
    out = runner.invoke(cli, ["review", "--store", store])
    assert out.exit_code == 2 and "review.tsv, line 1" in out.output


def test_two_persons_called_the_same_are_one_node(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.csv").write_text("序号,重点任务,牵头领导,牵头单位,完成时限\n"
                                  "1,完成滨河公园绿化提升,副区长李四,区园林局,2024年9月底前\n", encoding="utf-8")
    (folder / "b.csv").write_text("序号,重点任务,牵头领导,牵头单位,完成时限\n"
                                  "1,建成西关农贸市场,副区长李泗,区商务局,2024年10月底前\n", encoding="utf-8")

    def persons(g):
        return g.cypher("MATCH (p:Person)-[:LEADS]->(c:Commitment) RETURN p.id, p.name, c.task ORDER BY c.task").rows

    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)], date="2024-03-01")
        before = persons(g)
        assert len({r[0] for r in before}) == 2
        a, b = sorted({r[0] for r in before})
        g.decide("same", a, b, note="李泗 is a typo")
        g.ingest([str(folder)], date="2024-03-01")
        after = persons(g)
        assert {r[0] for r in after} == {a}
        name = after[0][1]
        assert g.cypher("MATCH (p:Person) RETURN count(p)").rows == [[1]]
    review = (tmp_path / "s" / "review.tsv").read_text(encoding="utf-8")
    for order in (["a.csv", "b.csv"], ["b.csv", "a.csv"]):
        other = tmp_path / ("o" + order[0])
        other.mkdir()
        (other / "review.tsv").write_text(review, encoding="utf-8")
        with kg.open_graph(str(other)) as g:
            for f in order:
                g.ingest([str(folder / f)], date="2024-03-01")
            assert persons(g) == after and after[0][1] == name


def test_decisions_on_a_corpus_give_one_graph_in_any_order(tmp_path):
    """Rejections that split works and confirmations that join them: the whole graph is the same
    whether the decisions come before reading, after it (kg review --reject), or with another order."""
    import random
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "bench"))
    from corpus import write_corpus
    from test_reingest import assert_same, snapshot

    files = [str(p) for p in write_corpus(str(tmp_path / "c"), documents=16, seed=7, works_count=6)]
    with kg.open_graph(str(tmp_path / "ref")) as g:
        g.ingest(files)
        links = g.cypher("MATCH (c:Commitment)-[:RESTATES]->(k:Commitment) RETURN c.id, k.id ORDER BY c.id").rows
        canon = sorted({k for _, k in links})
        assert len(links) > 10 and len(canon) > 2
        rules = snapshot(g)
        picked = random.Random(5).sample(links, 4)
        for a, b in picked:
            g.decide("reject", a, b)
        g.decide("confirm", canon[0], canon[1])
        decided = snapshot(g)
        assert decided[1] != rules[1]
        # (how many works there are depends on which links were picked: ids hash the files' paths)
        assert g.cypher("MATCH (c:Commitment {id: $a})-[:RESTATES*0..1]->(k)<-[:RESTATES*0..1]-"
                        "(d:Commitment {id: $b}) RETURN k.id", a=canon[0], b=canon[1]).rows
        for a, b in picked:
            assert not g.cypher("MATCH (c:Commitment {id: $a})-[:RESTATES*0..1]->(k)<-[:RESTATES*0..1]-"
                                "(d:Commitment {id: $b}) RETURN k.id", a=a, b=b).rows
    review = (tmp_path / "ref" / "review.tsv").read_text(encoding="utf-8")
    for n, order in enumerate((files, files[::-1], files[1::2] + files[::2])):
        store = tmp_path / f"o{n}"
        store.mkdir()
        (store / "review.tsv").write_text(review, encoding="utf-8")
        with kg.open_graph(str(store)) as g:
            for f in order:
                g.ingest([f])
            assert_same(snapshot(g), decided)
            g.ingest(order)  # and everything again
            assert_same(snapshot(g), decided)


def test_ingest_reads_the_review_file_it_is_given(tmp_path, docs):
    other = tmp_path / "decisions.tsv"
    store = str(tmp_path / "s")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", "--store", store, "--date", "2024-03-01", str(docs)]).exit_code == 0
    with kg.open_graph(store) as g:
        c = _by_source(g)
    fresh = str(tmp_path / "f")
    other.write_text(f"reject\t{c['notice.txt']['id']}\t{c['speech.txt']['id']}\n"
                     f"reject\t{c['tasks.csv']['id']}\t{c['speech.txt']['id']}\n", encoding="utf-8")
    out = runner.invoke(cli, ["ingest", "--store", fresh, "--date", "2024-03-01", "--review", str(other), str(docs)])
    assert out.exit_code == 0, out.output
    with kg.open_graph(fresh) as g:
        assert _by_source(g)["speech.txt"]["canonical"] is None
        assert not g.cypher("MATCH (c)-[:RESTATES]->(k:Commitment {id: $k}) RETURN c.id", k=c["speech.txt"]["id"]).rows
    other.write_text("reject\tcommitment:1\n", encoding="utf-8")
    out = runner.invoke(cli, ["ingest", "--store", fresh, "--review", str(other), str(docs)])
    assert out.exit_code == 2 and "decisions.tsv, line 1" in out.output


def test_a_file_edited_by_hand_is_applied(tmp_path, docs):
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        _ingest(g, docs, ["speech.txt", "tasks.csv", "notice.txt"])
        c = _by_source(g)
        (store / "review.tsv").write_text(
            f"different\t{c['speech.txt']['id']}\t{c['notice.txt']['id']}\n"
            f"different\t{c['tasks.csv']['id']}\t{c['notice.txt']['id']}\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["review", "--store", str(store), "--apply"])
    assert out.exit_code == 0 and "linked again" in out.output, out.output
    with kg.open_graph(str(store)) as g:
        c = _by_source(g)
        assert c["notice.txt"]["canonical"] is None and c["tasks.csv"]["canonical"] == c["speech.txt"]["id"]
        # the opposite decision, later in the file, wins
        g.decide("same", c["speech.txt"]["id"], c["notice.txt"]["id"])
        assert _by_source(g)["notice.txt"]["canonical"] == c["speech.txt"]["id"]
