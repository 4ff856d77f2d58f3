"""``history`` and ``overdue_by_actor`` reach a work's statements without joining every statement's ``work``
(queries/*.cypher say how); they answer what the plain join ``s.work = c.id`` answers, on every commitment
of the examples and the history documents (ingested, so with their ``RESTATES`` as linking writes them)."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.queries import get_query

ROOT = Path(__file__).resolve().parents[1]

#: the works' statements by the join (the queries' text before session 10)
HISTORY_BY_JOIN = """
MATCH (x:Commitment) WHERE x.id = $ref OR x.task CONTAINS $ref
MATCH (c:Commitment) WHERE c.id = x.work
WITH DISTINCT c
MATCH (s:Commitment)-[:STATED_IN]->(d:Document) WHERE s.work = c.id
OPTIONAL MATCH (s)-[:HAS_PROGRESS]->(p:Progress)
RETURN c.id AS work, c.task AS work_task, coalesce(p.as_of, d.date) AS date, s.id AS id, s.task AS task, d.date AS stated_on, d.source AS source,
       s.due AS due, s.evidence AS evidence, p.as_of AS as_of, p.status AS status, p.percent AS percent,
       p.text AS progress
ORDER BY work, date, source, id
"""
OVERDUE_BY_ACTOR_BY_JOIN = """
MATCH (c:Commitment) WHERE c.work = c.id AND coalesce(c.work_due, c.due) < date($as_of)
WITH c, coalesce(c.work_due, c.due) AS due WHERE NOT coalesce(c.done_on <= date($as_of), false)
MATCH (a:Person|Organization)-[:LEADS|RESPONSIBLE_FOR]->(s:Commitment) WHERE s.work = c.id
RETURN a.name AS actor, a.kind AS kind, a.place AS place, count(DISTINCT c) AS overdue, min(due) AS oldest_due
ORDER BY overdue DESC, oldest_due, actor, place
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("store"))
    with kg.open_graph(path) as g:
        g.ingest([str(ROOT / "examples"), str(ROOT / "tests" / "data" / "history")])
    return path


def test_history_is_the_join_for_every_commitment_and_words_of_tasks(store):
    with kg.open_graph(store, read_only=True) as g:
        rows = g.cypher("MATCH (c:Commitment) RETURN c.id, c.task, c.work = c.id ORDER BY c.id").rows
        assert any(not canonical for _, _, canonical in rows) and any(canonical for _, _, canonical in rows)
        refs = [i for i, _, _ in rows] + sorted({t[:2] for _, t, _ in rows if t}) + ["路", "没有这件事"]
        works = 0
        for ref in refs:
            got = g.run("history", ref=ref)
            want = g.cypher(HISTORY_BY_JOIN, ref=ref)
            assert got.columns == want.columns
            assert got.rows == want.rows, ref
            works += len({r[0] for r in got.rows}) > 1
        assert works  # some ref names several works


@pytest.mark.parametrize("as_of", ["2023-01-01", "2023-07-01", "2023-11-01", "2024-07-15", "2030-01-01"])
def test_overdue_by_actor_is_the_join(store, as_of):
    q = get_query("overdue_by_actor")
    with kg.open_graph(store, read_only=True) as g:
        got = g.run("overdue_by_actor", as_of=as_of)
        want = g.cypher(OVERDUE_BY_ACTOR_BY_JOIN, as_of=as_of)
    assert got.columns == want.columns == ["actor", "kind", "place", "overdue", "oldest_due"]
    assert got.rows == want.rows, q.name
    assert got.rows or as_of < "2023-07-01"  # the works of 2023 are overdue by the later dates


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory):
    """The graph the benchmark's stores are made of (tests/synthetic_graph.py: two of every ten commitments
    restate the first of their ten, statuses and deadlines of every kind), 3,000 commitments."""
    import sys
    sys.path.insert(0, str(ROOT / "tests"))
    from synthetic_graph import synthetic_graph

    from kg.store.embedded import EmbeddedStore

    path = str(tmp_path_factory.mktemp("synthetic"))
    with EmbeddedStore(path) as s:
        s.write(synthetic_graph(3000))
    return path


@pytest.mark.parametrize("as_of", ["2020-03-01", "2021-06-30", "2023-01-01"])
def test_overdue_by_actor_is_the_join_with_many_restatements(synthetic_store, as_of):
    """The query leaves out, before its join, a statement that is its work's canonical commitment and not
    overdue: on a graph where a fifth of the statements restate a work, the rows are still the join's."""
    with kg.open_graph(synthetic_store, read_only=True) as g:
        got = g.run("overdue_by_actor", as_of=as_of)
        want = g.cypher(OVERDUE_BY_ACTOR_BY_JOIN, as_of=as_of)
        restated = g.cypher("MATCH (x)-[:LEADS|RESPONSIBLE_FOR]->(s:Commitment)-[:RESTATES]->(c:Commitment) "
                            "WHERE coalesce(c.work_due, c.due) < date($as_of) RETURN count(*)", as_of=as_of).rows[0][0]
    assert got.rows == want.rows
    assert got.rows and restated  # overdue works, some with actors on their restatements
