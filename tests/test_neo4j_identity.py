"""Identity by place and posts on Neo4j: the same graph as the embedded store, in any reading order.

Runs against the test server of tests/neo4j_server.py (fixture neo4j_clean);
the documents are those of tests/test_identity.py.
"""
from __future__ import annotations

import pytest

import kg
from test_identity import DOCS, folder, snapshot  # noqa: F401  (folder: the documents, as a fixture)

ORDERS = {"forward": sorted(DOCS), "backward": sorted(DOCS, reverse=True),
          "notices first": ["d_other.txt", "c_notice.txt", "a_tasks.csv", "b_speech.txt"]}


@pytest.mark.parametrize("order", list(ORDERS))
def test_neo4j_keeps_places_and_posts_in_every_order(neo4j_clean, folder, tmp_path, order):
    with kg.open_graph(str(tmp_path / "emb")) as emb:
        emb.ingest([str(folder / n) for n in sorted(DOCS)])
        ref_nodes, ref_edges, _ = snapshot(emb)
    with kg.open_graph(neo4j=neo4j_clean.uri, auth=neo4j_clean.auth) as g:
        for name in ORDERS[order]:
            g.ingest([str(folder / name)])
        g.ingest([str(folder / "b_speech.txt")])  # a speech without posts read last again
        nodes, edges, _ = snapshot(g)
    assert nodes == ref_nodes, [(k, nodes.get(k), ref_nodes.get(k)) for k in set(nodes) | set(ref_nodes)
                                if nodes.get(k) != ref_nodes.get(k)][:3]
    assert edges == ref_edges
    posts = {(p["name"], p["place"]): p.get("post") for p in nodes.values() if p["kind"] == "person"}
    assert posts[("赵一鸣", "东湖区")] == "区委常委" and posts[("钱二虎", "东湖区")] == "区委常委"


def test_neo4j_ties_persons_of_two_places_as_the_embedded_store_does(neo4j_clean, tmp_path):
    """A move ties 张三 and 孙七 of 东湖区 to those of 西山县 (tests/test_identity_ties.py), read backwards."""
    from test_identity_ties import DOCS as TIES

    for name, text in TIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    with kg.open_graph(str(tmp_path / "emb")) as emb:
        emb.ingest([str(tmp_path / n) for n in sorted(TIES)])
        ref_nodes, ref_edges, _ = snapshot(emb)
    with kg.open_graph(neo4j=neo4j_clean.uri, auth=neo4j_clean.auth) as g:
        for name in sorted(TIES, reverse=True):
            g.ingest([str(tmp_path / name)])
        nodes, edges, _ = snapshot(g)
    assert nodes == ref_nodes and edges == ref_edges
    assert sorted(p["place"] for p in nodes.values() if p["kind"] == "person" and p["name"] == "张三") == [
        "东湖区", "北岭县"]
