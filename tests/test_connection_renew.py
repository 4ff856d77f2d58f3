"""The embedded store renews its Ladybug connection every ``RENEW_EVERY`` writes, to the same graph.

Ladybug 0.22's connection gets slower with every statement it has run, so one long
``kg ingest`` renews it between writes (docs/benchmarks.md, "The 10,000-document ingest
(session 6)").
"""
from __future__ import annotations

from pathlib import Path

import kg
import kg.store.embedded as E
from kg.ingest import ingest
from kg.store.embedded import EmbeddedStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _snapshot(g):
    graph = g.graph()
    return ({n.id: dict(n.props) for n in graph.nodes.values()},
            {k: dict(e.props) for k, e in graph.edges.items()})


def test_a_new_connection_every_few_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(E, "RENEW_EVERY", 2)
    store = EmbeddedStore(str(tmp_path / "s"))
    try:
        conns = [store._conn]

        def seen(_path):
            if store._conn is not conns[-1]:
                conns.append(store._conn)

        ingest(store, sorted(str(p) for p in EXAMPLES.iterdir()), on_file=seen,
               batch_files=1)  # three files, three writes (not one batch)
        assert len(conns) == 2  # renewed after the second write, not after the third
        assert conns[0].is_closed and not conns[1].is_closed
        assert store.query("MATCH (d:Document) RETURN count(d)").rows[0][0] >= 3
    finally:
        store.close()


def test_renewing_the_connection_changes_nothing_in_the_graph(tmp_path, monkeypatch):
    monkeypatch.setattr(E, "RENEW_EVERY", 1)
    with kg.open_graph(str(tmp_path / "renewed")) as g:
        g.ingest([str(EXAMPLES)])
        g.ingest([str(EXAMPLES / "speech.txt")], reread=True)
        renewed = _snapshot(g)
    monkeypatch.setattr(E, "RENEW_EVERY", 10 ** 9)
    with kg.open_graph(str(tmp_path / "kept")) as g:
        g.ingest([str(EXAMPLES)])
        g.ingest([str(EXAMPLES / "speech.txt")], reread=True)
        kept = _snapshot(g)
    assert renewed == kept
