"""History, status as of a date, the same work once (issue 10).

A district head's speech (2024-02-20) assigns three works; a task table
(read with its date, 2024-03-01) splits them into rows worded otherwise; two
supervision notices (2024-07-10, 2024-09-05) report on them.  All names and
places are invented (tests/data/history/).
"""
from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import AmbiguousCommitment, NoSuchCommitment
from kg.status import Record, colour, status_as_of

DATA = Path(__file__).resolve().parent / "data" / "history"
FILES = ["speech.txt", "tasks.csv", "notice-july.txt", "notice-september.txt"]
DATES = {"tasks.csv": "2024-03-01"}  # a table says no date of its own: given on reading


def read(g, names) -> None:
    for name in names:
        g.ingest([str(DATA / name)], date=DATES.get(name))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = str(tmp_path_factory.mktemp("history") / "s")
    with kg.open_graph(folder) as g:
        read(g, FILES)
    with kg.open_graph(folder, read_only=True) as g:
        yield g


def _status(g, as_of):
    return {r["task"]: (r["status"], r["colour"], r["sources"]) for r in g.status(as_of=as_of)}


def test_the_status_of_every_work_at_three_dates(store):
    # before any notice: the table's own progress (dated by the table) counts
    assert _status(store, "2024-06-01") == {
        "城南路改造工程": ("on_track", "yellow", 4),        # due 6-30: within 30 days
        "东湖第二小学扩建工程": ("on_track", "green", 4),
        "滨河公园建设": ("unknown", "grey", 3),
    }
    # after the July notice: done on 7-10, after its 6-30 deadline
    assert _status(store, "2024-07-15") == {
        "城南路改造工程": ("done_late", "green", 4),
        "东湖第二小学扩建工程": ("behind", "red", 4),
        "滨河公园建设": ("on_track", "green", 3),
    }
    # after the deadlines: 80 % at the school's deadline is missed; nothing more on the park
    assert _status(store, "2024-10-15") == {
        "城南路改造工程": ("done_late", "green", 4),
        "东湖第二小学扩建工程": ("missed", "red", 4),
        "滨河公园建设": ("overdue", "red", 3),
    }


def test_a_later_report_does_not_count_before_its_date(store):
    rows = store.query("overdue", as_of="2024-07-05")  # the road was reported done on 7-10
    assert {r["task"] for r in rows} == {"城南路改造工程"}
    assert {r["status"] for r in rows} == {"overdue"}
    assert store.query("overdue", as_of="2024-07-12") == []


def test_workload_counts_each_work_once(store):
    rows = {r["actor"]: r for r in store.workload(as_of="2024-08-15")}
    # 王立新 leads the road in the speech and the table; two notices report on it: one work
    assert rows["王立新"]["works"] == 1 and rows["王立新"]["done_late"] == 1
    assert rows["李红"]["works"] == 1 and rows["李红"]["open"] == 1 and rows["李红"]["colour"] == "green"
    # the school: due 8-31, within 30 days of 8-15, and reported behind on 7-10
    assert rows["区教育局"] == {"actor": "区教育局", "kind": "organization", "place": None, "works": 1, "open": 1, "due_soon": 1,
                                "overdue": 0, "missed": 0, "done": 0, "done_late": 0, "colour": "red"}
    assert rows["赵敏"]["works"] == 1  # named by the table only, counted with the work
    leader = store.query("leader_commitments", name="李红", as_of="2024-08-15")
    assert [(r["task"], r["sources"]) for r in leader] == [("滨河公园建设", 3)]


def test_every_progress_statement_is_kept(store):
    rows = store.cypher("MATCH (c:Commitment)-[:HAS_PROGRESS]->(p:Progress)-[:REPORTED_IN]->(d:Document) "
                        "WHERE c.task CONTAINS '小学' RETURN p.as_of AS as_of, p.status AS status, "
                        "p.percent AS percent, p.as_of_from AS dated_by, d.source AS source ORDER BY as_of").records()
    assert rows == [
        {"as_of": "2024-03-01", "status": "on_track", "percent": 30, "dated_by": "document", "source": "tasks.csv"},
        {"as_of": "2024-07-10", "status": "behind", "percent": 60, "dated_by": "document",
         "source": "notice-july.txt"},
        {"as_of": "2024-09-05", "status": "behind", "percent": 80, "dated_by": "document",
         "source": "notice-september.txt"},
    ]
    # the work's node shows the newest, derived from the records
    work = store.cypher("MATCH (c:Commitment) WHERE c.task = '东湖第二小学扩建工程' AND c.source = 'speech.txt' "
                        "RETURN c.status AS status, c.percent AS percent, c.progress_source AS via").records()
    assert work == [{"status": "behind", "percent": 80, "via": "notice-september.txt"}]


def test_restatements_point_at_one_canonical_commitment(store):
    rows = store.cypher("MATCH (r:Commitment)-[e:RESTATES]->(c:Commitment) "
                        "RETURN c.source AS canonical, count(r) AS n, min(e.score) AS low").records()
    assert rows == [{"canonical": "speech.txt", "n": 8, "low": rows[0]["low"]}]  # the earliest document
    assert 0 < rows[0]["low"] <= 1
    chains = store.cypher("MATCH (:Commitment)-[:RESTATES]->(:Commitment)-[:RESTATES]->(c) RETURN count(c) AS n")
    assert chains.rows == [[0]]


def test_history_in_date_order(store):
    rows = store.history("小学")
    assert [(r["date"], r["source"], r["status"]) for r in rows] == [
        ("2024-02-20", "speech.txt", None), ("2024-03-01", "tasks.csv", "on_track"),
        ("2024-07-10", "notice-july.txt", "behind"), ("2024-09-05", "notice-september.txt", "behind")]
    same = store.history(rows[2]["id"])  # any statement's id names the work
    assert [r["id"] for r in same] == [r["id"] for r in rows]
    with pytest.raises(AmbiguousCommitment, match="2 pieces of work"):
        store.history("工程")
    with pytest.raises(NoSuchCommitment):
        store.history("北山隧道")


def test_the_cypher_status_is_the_python_rule(store):
    """The named queries and kg/status.py are one rule set: compared on every work, every week of the year."""
    _compare_rules(store, dt.date(2024, 1, 1), dt.date(2025, 1, 1), 7)


def test_the_cypher_status_is_the_python_rule_on_a_corpus(tmp_path):
    """The same on the generated corpus: many notices on each work, every status."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from corpus import write_corpus

    files = [str(p) for p in write_corpus(str(tmp_path / "c"), documents=24, seed=5, works_count=8)]
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest(files)
        seen = _compare_rules(g, dt.date(2023, 1, 1), dt.date(2024, 3, 1), 5)
    assert {"overdue", "done", "on_track"} <= seen


def _compare_rules(store, start, end, step) -> set:
    works: dict = {}
    for cid, due, required, status, percent, as_of in store.cypher(
            "MATCH (c:Commitment) WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) } "
            "OPTIONAL MATCH (c)<-[:RESTATES*0..1]-(:Commitment)-[:HAS_PROGRESS]->(p:Progress) "
            "RETURN c.id, c.work_due, c.required, p.status, p.percent, p.as_of").rows:
        w = works.setdefault(cid, {"id": cid, "due": due, "required": required, "records": []})
        if status or as_of:
            w["records"].append(Record(status, percent, as_of))
    works = list(works.values())
    day, seen = start, set()
    while day < end:
        got = {r["id"]: r["status"] for r in store.status(as_of=day.isoformat())}
        for w in works:
            assert got[w["id"]] == status_as_of(w["due"], w["records"], day, w["required"]), (w, day)
        seen |= set(got.values())
        day += dt.timedelta(days=step)
    return seen


@pytest.mark.parametrize("order", list(itertools.permutations(FILES)))
def test_every_order_of_reading_gives_one_graph(tmp_path, order, reference):
    with kg.open_graph(str(tmp_path / "s")) as g:
        read(g, order)
        assert _snapshot(g) == reference


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    with kg.open_graph(str(tmp_path_factory.mktemp("ref") / "s")) as g:
        read(g, FILES)
        first = _snapshot(g)
        read(g, FILES[::-1])  # reading again, in another order, changes nothing
        assert _snapshot(g) == first
    return first


def _snapshot(g):
    graph = g.graph()
    return ({n.id: dict(n.props) for n in graph.nodes.values()},
            {k: dict(e.props) for k, e in graph.edges.items()})


def test_commands(store, tmp_path):
    folder = str(tmp_path / "s")
    with kg.open_graph(folder) as g:
        read(g, FILES)
    run = lambda *a: CliRunner().invoke(cli, [*a, "--store", folder], catch_exceptions=False)  # noqa: E731
    out = run("status", "--as-of", "2024-10-15", "--format", "csv").output.splitlines()
    assert out[0] == "task,due,status,colour,sources,source,id"
    assert [line.split(",")[:5] for line in out[1:]] == [
        ["城南路改造工程", "2024-06-30", "done_late", "green", "4"],
        ["东湖第二小学扩建工程", "2024-08-31", "missed", "red", "4"],
        ["滨河公园建设", "2024-09-30", "overdue", "red", "3"]]
    out = run("workload", "--as-of", "2024-10-15", "--format", "csv").output.splitlines()
    assert out[0] == "actor,kind,place,works,open,due_soon,overdue,missed,done,done_late,colour"
    assert "王立新,person,,1,0,0,0,0,0,1,green" in out
    r = run("history", "城南路")
    assert r.exit_code == 0 and r.output.index("2024-02-20") < r.output.index("2024-07-10")
    r = run("history", "北山隧道")
    assert r.exit_code == 4 and "no commitment" in r.output
    r = run("status", "--as-of", "2024-13-01")
    assert r.exit_code == 4 and "not a date" in r.output


def test_colours():
    assert colour("behind", "2024-12-31", "2024-06-01") == "red"
    assert colour("on_track", "2024-06-20", "2024-06-01") == "yellow"
    assert colour("on_track", "2024-12-31", "2024-06-01") == "green"
    assert colour("done", "2024-06-20", "2024-06-01") == "green"
    assert colour("not_started", "2024-12-31", "2024-06-01") == "grey"


def test_the_history_in_rdf_is_prov_activities_with_their_time(store):
    import rdflib

    from kg.rdf import shacl, to_rdflib

    graph = store.graph()
    rdf = to_rdflib(graph)
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    ckg = rdflib.Namespace("https://w3id.org/commitment-kg/ns#")
    activities = set(rdf.subjects(rdflib.RDF.type, prov.Activity))
    assert len(activities) == store.stats()["Progress"] == 8
    times = sorted(str(rdf.value(a, prov.endedAtTime)) for a in activities)
    assert times[0] == "2024-03-01T00:00:00" and times[-1] == "2024-09-05T00:00:00"
    assert len(set(rdf.subject_objects(ckg.restates))) == store.stats()["RESTATES"]
    assert shacl.validate(graph).conforms


def _jsonl(path, date, task, actors, project=None, progress=None, place=None):
    import json

    rec = {"task": task, "actors": [{"name": a, "kind": "organization", "role": "responsible"} for a in actors],
           "deadline": {"text": "年底前", "date": "2025-12-31"}}
    if project:
        rec["projects"] = [project]
    if progress:
        rec["progress"] = progress
    doc = {"document": {"source": path.name, "date": date},
           "documents": [{"speech": 1, "date": date, **({"place": place} if place else {})}],
           "commitments": [rec]}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_a_document_that_bridges_two_groups_merges_them(tmp_path):
    """Two statements too different to be linked become one work when a third is like each of them."""
    a = _jsonl(tmp_path / "a.json", "2025-01-10", "西湖片区雨污分流改造", ["区水务局"])
    b = _jsonl(tmp_path / "b.json", "2025-02-10", "西湖片区雨污分流管网改造工程", ["区水务局"], "西湖片区雨污分流管网改造工程")
    c = _jsonl(tmp_path / "c.json", "2025-03-10", "西湖片区雨污分流管网改造工程完成管网铺设", [],
               "西湖片区雨污分流管网改造工程", {"status": "behind", "percent": 40, "as_of": "2025-03-10"})
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([a, c])
        assert g.stats()["RESTATES"] == 0  # no shared unit, no shared project: two works
        g.ingest([b])
        rows = g.cypher("MATCH (r:Commitment)-[e:RESTATES]->(k:Commitment) RETURN r.source AS rs, k.source AS ks, "
                        "e.why AS why, k.sources AS n, k.status AS status ORDER BY rs").records()
        assert [(r["rs"], r["ks"], r["n"], r["status"]) for r in rows] == [
            ("b.json", "a.json", 3, "behind"), ("c.json", "a.json", 3, "behind")]
        assert rows[1]["why"] == "through another statement of the same work"
        after = _snapshot(g)
    with kg.open_graph(str(tmp_path / "t")) as g:  # a group read whole at once is the same
        g.ingest([b, c, a])
        assert _snapshot(g) == after


def test_status_of_one_place(tmp_path):
    a = _jsonl(tmp_path / "a.json", "2025-01-10", "北湖公园改造", ["甲区园林局"], place="甲区")
    b = _jsonl(tmp_path / "b.json", "2025-01-12", "南山隧道建设", ["乙县交通局"], place="乙县")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([a, b])
        assert [r["task"] for r in g.status(as_of="2025-06-01", place="甲区")] == ["北湖公园改造"]
        assert len(g.status(as_of="2025-06-01")) == 2


def test_the_network_page_shows_the_same_status_and_the_history(store):
    from kg.viz import select
    from kg.viz.data import payload

    view = select(store.graph(), as_of="2024-07-15")
    details = payload(view)["details"]
    school = [d for d in details.values() if d["kind"] == "commitment" and d["name"] == "东湖第二小学扩建"]
    assert len(school) == 1 and school[0]["status"] == "behind"  # the table's row shows its work's status
    assert [(h["as_of"], h["source"]) for h in school[0]["history"]] == [
        ("2024-03-01", "tasks.csv"), ("2024-07-10", "notice-july.txt")]  # the September notice is not dated yet
