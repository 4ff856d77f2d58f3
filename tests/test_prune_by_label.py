"""A write prunes the nodes its documents no longer mention with the statements of their own label only.

The prune statements (kg/store/base.py ``PRUNE_STATEMENTS``) each match one label
(``MATCH (n:Organization) WHERE n.id IN $ids AND NOT EXISTS {…}``); an id of another label
finds nothing there, yet each one cost Ladybug its ``NOT EXISTS`` checks, which grow with the
store (docs/benchmarks.md, "The 10,000-document ingest (session 6)").  The graph is the same.
"""
from __future__ import annotations

from pathlib import Path

import kg
import kg.store.embedded as E
from kg.graph_schema import PREFIX_LABEL
from kg.store.base import PRUNE_STATEMENTS
from test_reingest import examples_with_an_edited_speech

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_of_label_keeps_the_ids_of_the_statements_label():
    ids = {"person:1", "post:2", "org:3", "project:4", "odd"}
    assert E.of_label("MATCH (n:Person) WHERE n.id IN $ids RETURN n", ids) == ["odd", "person:1"]
    assert E.of_label("MATCH (n:Organization) WHERE n.id IN $ids RETURN n", ids) == ["odd", "org:3"]
    assert E.of_label("MATCH (c:Commitment)-[:X]->(n) RETURN n", ids) == sorted(ids)  # no label: all of them
    for stmt in PRUNE_STATEMENTS:  # every prune statement names its label
        assert E._PRUNED.match(stmt)


def _snapshot(g):
    graph = g.graph()
    return ({n.id: dict(n.props) for n in graph.nodes.values()},
            {k: dict(e.props) for k, e in graph.edges.items()})


def test_a_changed_document_prunes_with_the_statements_of_each_label(tmp_path, monkeypatch):
    """A speech read again without the person, body and project it named: they go, each by the
    statement of its label, and no statement runs for ids of another label."""
    folder, speech, original, edited = examples_with_an_edited_speech(tmp_path)
    runs: list[tuple[str, list]] = []
    execute = E._execute_by_key

    def spy(conn, cypher, params):
        if cypher in PRUNE_STATEMENTS:
            runs.append((E._PRUNED.match(cypher).group(1), list(params["ids"])))
        return execute(conn, cypher, params)

    monkeypatch.setattr(E, "_execute_by_key", spy)
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        speech.write_text(edited, encoding="utf-8")
        g.ingest([str(speech)])
        assert {"赵一鸣", "市林业局", "北山森林公园"} <= {p.get("name") for p in _snapshot(g)[0].values()}
        runs.clear()
        speech.write_text(original, encoding="utf-8")
        g.ingest([str(speech)])
        after = _snapshot(g)
    assert not {"赵一鸣", "市林业局", "北山森林公园"} & {p.get("name") for p in after[0].values()}
    labels = {label for label, _ in runs}
    assert {"Person", "Organization", "Project"} <= labels  # each went by its own statement
    for label, ids in runs:
        assert ids and all(PREFIX_LABEL[i.partition(":")[0]] == label for i in ids), (label, ids)
    with kg.open_graph(str(tmp_path / "fresh")) as f:
        f.ingest([str(folder)])
        assert _snapshot(f) == after
