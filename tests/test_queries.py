"""Every named query, checked row by row on a small graph built in the test."""
from __future__ import annotations

import pytest

import kg
from kg.errors import QueryError
from kg.link import link_progress
from kg.queries import get_query, list_queries
from kg.resolve import document_id, resolve
from graphs import small_docs

def _load(actor, kind, works, *, open=0, due_soon=0, overdue=0, missed=0, done=0, done_late=0, colour="green",
          place="示例县"):
    return {"actor": actor, "kind": kind, "place": place, "works": works, "open": open, "due_soon": due_soon, "overdue": overdue,
            "missed": missed, "done": done, "done_late": done_late, "colour": colour}


#: the columns a test compares (ids are hashes; the history's evidence is checked elsewhere)
SHOWN = {"status": ("task", "due", "status", "colour", "sources", "source"),
         "history": ("date", "task", "source", "due", "status", "progress")}

# name -> (params, expected rows); rows as the API returns them
EXPECTED = {
    "commitments": ({}, None),  # checked separately below
    "post_commitments": ({"post": "副县长"}, []),  # no post named alone here: tests/test_identity.py
    # the speech's 环城北路改扩建工程 and the table's 环城北路通车 are one work (the same project, a shared
    # unit): stated by two documents, done 2021-10-10 after its deadline 2021-06-30
    "leader_commitments": ({"name": "赵一民", "as_of": "2022-01-01"}, [
        {"task": "环城北路改扩建工程", "role": "lead", "due": "2021-06-30", "due_text": "6月底前",
         "status": "done_late", "sources": 2, "source": "speech.txt", "stated_on": "2021-03-15"},
        {"task": "老旧小区改造", "role": "lead", "due": "2021-12-31", "due_text": "年底前",
         "status": "missed", "sources": 1, "source": "speech.txt", "stated_on": "2021-03-15"},
    ]),
    "responsibility_chain": ({"project": "环城北路"}, [
        {"project": "环城北路改扩建工程", "task": "环城北路改扩建工程", "due": "2021-06-30", "role": "assist",
         "actor": "县委宣传部", "actor_kind": "organization", "part_of": "县委"},
        {"project": "环城北路改扩建工程", "task": "环城北路改扩建工程", "due": "2021-06-30", "role": "lead",
         "actor": "赵一民", "actor_kind": "person", "part_of": None},
        {"project": "环城北路改扩建工程", "task": "环城北路改扩建工程", "due": "2021-06-30",
         "role": "responsible", "actor": "县交通运输局", "actor_kind": "organization", "part_of": "县政府"},
        {"project": "环城北路改扩建工程", "task": "环城北路通车", "due": "2021-09-30", "role": "lead",
         "actor": "县交通运输局", "actor_kind": "organization", "part_of": "县政府"},
        {"project": "环城北路改扩建工程", "task": "环城北路通车", "due": "2021-09-30", "role": "lead",
         "actor": "孙晓梅", "actor_kind": "person", "part_of": None},
    ]),
    # 40 % done at the deadline: missed
    "overdue": ({"as_of": "2022-01-01"}, [
        {"task": "老旧小区改造", "due": "2021-12-31", "status": "missed", "role": "lead", "actor": "赵一民",
         "sources": 1, "source": "speech.txt"},
        {"task": "老旧小区改造", "due": "2021-12-31", "status": "missed", "role": "responsible",
         "actor": "县住建局", "sources": 1, "source": "speech.txt"},
    ]),
    "overdue_by_actor": ({"as_of": "2021-09-15"}, [
        {"actor": "县交通运输局", "kind": "organization", "place": "示例县", "overdue": 1, "oldest_due": "2021-06-30"},
        {"actor": "孙晓梅", "kind": "person", "place": "示例县", "overdue": 1, "oldest_due": "2021-06-30"},
        {"actor": "赵一民", "kind": "person", "place": "示例县", "overdue": 1, "oldest_due": "2021-06-30"},
    ]),
    "workload": ({"as_of": "2021-12-10"}, [
        _load("赵一民", "person", 2, open=1, due_soon=1, done_late=1, colour="yellow"),
        _load("县交通运输局", "organization", 1, done_late=1),
        _load("县住建局", "organization", 1, open=1, due_soon=1, colour="yellow"),
        _load("县商务局", "organization", 1, open=1),
        _load("县城管局", "organization", 1, open=1),
        _load("县委宣传部", "organization", 1, done_late=1),
        _load("孙晓梅", "person", 1, done_late=1),
    ]),
    "status": ({"as_of": "2021-09-15"}, [
        {"task": "环城北路改扩建工程", "due": "2021-06-30", "status": "overdue", "colour": "red", "sources": 2,
         "source": "speech.txt"},
        {"task": "老旧小区改造", "due": "2021-12-31", "status": "unknown", "colour": "grey", "sources": 1,
         "source": "speech.txt"},
        {"task": "智慧城管平台", "due": "2022-06-30", "status": "unknown", "colour": "grey", "sources": 1,
         "source": "tasks.csv"},
        {"task": "招商引资考核办法", "due": None, "status": "unknown", "colour": "grey", "sources": 1,
         "source": "speech.txt"},
    ]),
    "history": ({"ref": "环城北路"}, [
        {"date": "2021-03-15", "task": "环城北路改扩建工程", "source": "speech.txt", "due": "2021-06-30",
         "status": None, "progress": None},
        {"date": "2021-10-10", "task": "环城北路通车", "source": "tasks.csv", "due": "2021-09-30",
         "status": "done", "progress": "已通车"},
    ]),
    "document_commitments": ({"source": "speech.txt"}, [
        {"speech": 1, "start": 10, "end": 34, "task": "环城北路改扩建工程", "due": "2021-06-30",
         "evidence": "由赵一民同志牵头,县交通运输局负责,6月底前完成。"},
        {"speech": 1, "start": 40, "end": 62, "task": "老旧小区改造", "due": "2021-12-31",
         "evidence": "县住建局负责老旧小区改造,年底前改造2000户。"},
        {"speech": 1, "start": 70, "end": 91, "task": "招商引资考核办法", "due": None,
         "evidence": "尽快制定招商引资考核办法,由县商务局牵头。"},
    ]),
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    g = kg.open_graph(str(tmp_path_factory.mktemp("store")))
    docs = small_docs()
    graph = resolve(docs)
    link_progress(None, graph)  # the restatements of one work, as an ingest links them
    g.store.write(graph, replace_documents=[document_id(d.source, d.speech) for d in docs])
    yield g
    g.close()


def test_every_query_file_is_tested_and_documented():
    names = {q.name for q in list_queries()}
    assert names == set(EXPECTED)
    for q in list_queries():
        assert q.description, f"{q.name}.cypher has no header comment"
        assert len(q.param_help) == len(q.params)
        for p in q.params:
            assert f"${p}" in q.cypher


@pytest.mark.parametrize("name", sorted(n for n, (_, rows) in EXPECTED.items() if rows is not None))
def test_named_query_rows(graph, name):
    params, rows = EXPECTED[name]
    got = graph.query(name, **params)
    if name in SHOWN:
        got = [{k: r[k] for k in SHOWN[name]} for r in got]
    assert got == rows


def test_commitments_query_lists_every_commitment_and_actor(graph):
    rows = graph.query("commitments", as_of="2021-07-01")
    assert len({r["task"] for r in rows}) == 4  # five commitments, four pieces of work
    assert [r["due"] for r in rows] == sorted((r["due"] for r in rows), key=lambda d: (d is None, d or ""))
    assert {"task": "招商引资考核办法", "due": None, "due_text": "尽快", "role": "lead", "actor": "县商务局",
            "status": "unknown", "sources": 1, "source": "speech.txt"} in rows
    # the actors of both statements of the work, the work once
    assert {(r["role"], r["actor"]) for r in rows if r["task"] == "环城北路改扩建工程"} == {
        ("assist", "县委宣传部"), ("lead", "县交通运输局"), ("lead", "孙晓梅"), ("lead", "赵一民"),
        ("responsible", "县交通运输局")}
    assert {r["status"] for r in rows if r["task"] == "环城北路改扩建工程"} == {"overdue"}
    assert "环城北路通车" not in {r["task"] for r in rows}


def test_missing_and_unknown_parameters_are_refused(graph):
    with pytest.raises(QueryError, match="needs as_of"):
        graph.query("overdue")
    with pytest.raises(QueryError, match="takes no parameter"):
        graph.query("workload", as_of="2021-01-01", place="x")
    with pytest.raises(QueryError, match="not a date"):
        graph.query("overdue", as_of="2021-13-45")
    with pytest.raises(QueryError, match="no named query 'nope'"):
        get_query("nope")


def test_user_values_are_parameters_not_text(graph):
    # a quote in a value is data, never Cypher
    assert graph.query("leader_commitments", name="x' OR 1=1 //") == []


@pytest.mark.parametrize("cypher", [
    "MATCH (n) DETACH DELETE n",
    "CREATE (n:Person {id: 'x'})",
    "MATCH (n:Person) SET n.name = 'x'",
    "MERGE (n:Person {id: 'x'})",
    "match (n) remove n.name",
    "DROP TABLE Person",
])
def test_write_clauses_are_refused(graph, cypher):
    with pytest.raises(QueryError, match="read-only"):
        graph.cypher(cypher)
    assert graph.stats()["Person"] == 2


def test_harmless_words_in_strings_and_names_pass(graph):
    rows = graph.cypher("MATCH (p:Person) WHERE p.name <> 'CREATE' RETURN p.name AS name ORDER BY name").rows
    assert len(rows) == 2
