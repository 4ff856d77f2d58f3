"""Several pushers into one Neo4j at the same time (issue #12, "beyond one machine").

Workers that each ingested a shard of an archive push into one server at
once.  Their shards share leaders, units, projects and documents, so the
pushes MERGE the same nodes and relations concurrently.  Against the real
Neo4j 5.26 of the test suite, two and four concurrent pushers must leave the
graph a single push of the whole leaves: the same nodes with the same
properties, the same relations, no duplicate node or relation, none lost.
"""
from __future__ import annotations

import threading

import pytest

from kg.graph import Graph
from kg.graph_schema import NODES, RELS
from kg.store.neo4j import Neo4jStore
from kg.store.neo4j_push import push
from synthetic_graph import shards, synthetic_graph

pytestmark = pytest.mark.neo4j

COMMITMENTS = 6000
BATCH = 300  # small batches: many transactions, so the pushers interleave on shared nodes


def _snapshot(server) -> tuple[dict, dict, dict]:
    """(stats, nodes id -> (label, props), relations (type, src, dst) -> props) of the server."""
    with Neo4jStore(server.uri, auth=server.auth, read_only=True) as store:
        stats = store.stats()
        dup_nodes = store.query("MATCH (n) RETURN count(n) - count(DISTINCT n.id) AS d").rows[0][0]
        assert dup_nodes == 0, "duplicate node ids"
        for rel in RELS:
            pairs = store.query(f"MATCH (a)-[e:{rel}]->(b) WITH a, b, count(e) AS n WHERE n > 1 "
                                "RETURN count(*) AS pairs").rows[0][0]
            assert pairs == 0, f"doubled {rel} relations"
        g = store.to_graph()
    nodes = {n.id: (n.label, {k: v for k, v in n.props.items() if v is not None}) for n in g.nodes.values()}
    edges = {k: {p: v for p, v in e.props.items() if v is not None} for k, e in g.edges.items()}
    return stats, nodes, edges


def _push_all(server, parts: list[Graph]) -> list:
    """Push every part from its own thread (its own driver and session), all started together."""
    start = threading.Barrier(len(parts))
    reports, errors = [None] * len(parts), []

    def run(i: int) -> None:
        try:
            start.wait()
            reports[i] = push(server.uri, graph=parts[i], auth=server.auth, batch_size=BATCH)
        except BaseException as e:  # noqa: BLE001 - asserted below
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(parts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=900)
    assert not any(t.is_alive() for t in threads), "a pusher hung"
    assert not errors, errors
    return reports


@pytest.fixture(scope="module")
def whole():
    return synthetic_graph(COMMITMENTS)


@pytest.fixture(scope="module")
def single(neo4j_server, whole):
    """The server's graph after one push of the whole graph (the reference)."""
    from conftest import _neo4j_reset

    _neo4j_reset(neo4j_server)
    push(neo4j_server.uri, graph=whole, auth=neo4j_server.auth, batch_size=BATCH)
    return _snapshot(neo4j_server)


def test_shards_cover_the_graph_and_share_nodes(whole):
    parts = shards(whole, 4)
    assert {n for p in parts for n in p.nodes} == set(whole.nodes)
    assert {k for p in parts for k in p.edges} == set(whole.edges)
    shared = set(parts[0].nodes) & set(parts[1].nodes)
    assert any(n.startswith(("person:", "org:", "project:", "doc:")) for n in shared)  # the pushes collide


def test_single_push_is_the_graph(single, whole):
    stats, nodes, edges = single
    assert {k: v for k, v in stats.items() if v} == whole.counts()
    assert set(nodes) == set(whole.nodes) and set(edges) == set(whole.edges)


@pytest.mark.parametrize("pushers", [2, 4])
def test_concurrent_pushers_give_the_graph_of_one_push(neo4j_clean, whole, single, pushers):
    parts = shards(whole, pushers)
    reports = _push_all(neo4j_clean, parts)
    assert sum(r.items for r in reports) > len(whole.nodes) + len(whole.edges)  # shared nodes pushed twice
    stats, nodes, edges = _snapshot(neo4j_clean)
    assert stats == single[0]
    assert nodes == single[1]  # same ids, labels and properties
    assert edges == single[2]  # same relations and their properties, none lost


def test_concurrent_pushers_into_an_empty_server_create_the_schema_once(neo4j_clean):
    """Four pushers that all find no constraint yet: each creates it IF NOT EXISTS; none fails."""
    g = synthetic_graph(200)
    _push_all(neo4j_clean, shards(g, 4))
    with neo4j_clean.driver() as driver:
        names = [r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name").records]
    assert sorted(names) == sorted(f"kg_{label.lower()}_id" for label in NODES)
