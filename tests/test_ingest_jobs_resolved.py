"""``--jobs`` > 1: the reading workers resolve each file, the main process joins the graphs (issue 12).

kg/resolve.py ``packed`` is a file's graph as plain tuples, sent back by a
worker beside the file's records; ``unpacked`` joins a batch's in reading
order.  The joined graph must be the one :func:`kg.resolve.resolve` gives of
the batch's documents together (the same nodes and relations, in the same
order, with the same properties: a node named by two files fills its gaps
as resolution does), and a pipelined ingest must use the workers' graphs
and give the graph of ``--jobs 1``.  Every document here is generated
(bench/corpus.py) or invented.
"""
from __future__ import annotations

import pickle

import kg
import kg.ingest as ingest_module
from kg.ingest import read
from kg.model import Actor, CommitmentRecord, DocumentRecord
from kg.resolve import packed, resolve, unpacked

from test_ingest_batch import assert_same, folder, snapshot  # noqa: F401


def _same_graph(a, b) -> None:
    assert list(a.nodes) == list(b.nodes)
    assert list(a.edges) == list(b.edges)
    assert {k: (n.label, n.props) for k, n in a.nodes.items()} == {k: (n.label, n.props) for k, n in b.nodes.items()}
    assert {k: e.props for k, e in a.edges.items()} == {k: e.props for k, e in b.edges.items()}


def _sent(docs) -> tuple:
    """A file's graph as a worker sends it back: packed and pickled."""
    return pickle.loads(pickle.dumps(packed(resolve(docs)), protocol=pickle.HIGHEST_PROTOCOL))


def test_the_files_graphs_joined_are_the_batch_resolved(folder):
    files = sorted(str(p) for d in ("archive", "corpus", "ties") for p in (folder / d).iterdir())
    readings = [read(f) for f in files]
    _same_graph(unpacked(_sent(docs) for docs in readings), resolve([d for docs in readings for d in docs]))


def test_a_node_two_files_name_fills_its_gaps_as_resolution_does():
    """The same body named by two documents of one place, with and without what each knows of it:
    the later known value is kept, an unknown one never erases it."""
    def doc(name, date, post):
        return DocumentRecord(source=name, key=name, place="东湖区", date=date, commitments=(CommitmentRecord(
            task="改造老旧小区", actors=(Actor("区住建局", "organization", "responsible"),
                                        Actor("张三", "person", "lead", post)),),))
    docs = [doc("a.txt", "2026-01-05", "副区长"), doc("b.txt", None, None), doc("c.txt", "2026-02-01", "区长")]
    _same_graph(unpacked(_sent([d]) for d in docs), resolve(docs))


def test_a_pipelined_ingest_joins_the_workers_graphs(folder, tmp_path, monkeypatch):
    files = sorted(str(p) for d in ("archive", "corpus") for p in (folder / d).iterdir())
    joined, resolved = [], []
    monkeypatch.setattr(ingest_module, "unpacked", lambda packs: joined.append(1) or unpacked(packs))
    monkeypatch.setattr(ingest_module, "resolve", lambda docs, *a: resolved.append(1) or resolve(docs, *a))
    # the main thread waits for the workers however slowly they start (a loaded machine, the workers at nice 19):
    # a file it read itself would be resolved here, alone, as a worker does (tests/test_ingest_jobs_starved.py)
    monkeypatch.setattr(ingest_module, "PATIENCE", 600.0)
    with kg.open_graph(str(tmp_path / "two")) as g:
        g.ingest(files, jobs=2, batch_files=20)
        two = snapshot(g)
    assert joined and not resolved  # every batch from the workers' graphs, none resolved again here
    monkeypatch.undo()
    with kg.open_graph(str(tmp_path / "one")) as g:
        g.ingest(files)
        assert_same(two, snapshot(g))
