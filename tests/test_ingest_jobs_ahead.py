"""``--jobs 2`` links batch k + 1 while batch k is written, against batch k held in memory (issue 12).

kg/pending.py overlays the batch being written on what linking reads of
the store (the documents a write replaces, the persons' mentions and posts,
the blocking index's candidates), whether the write commits before or after
the read.  Linking a batch that way must give the graph that linking it
after the write gives; a pipelined ingest the graph of ``--jobs 1``; a write
that fails makes the batch linked beside it be linked again against what
was stored; a file in two consecutive batches waits for the write.  Every
document here is generated (bench/corpus.py) or invented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
import kg.ingest as ingest_module
from kg.errors import IngestFailed
from kg.ingest import linked, read
from kg.pending import Pending, PendingStore
from kg.resolve import resolve
from kg.workcache import attach, detach, written as works_written

from test_ingest_batch import (_failing_write, _sequence, assert_same, folder, one_at_a_time, one_by_one,  # noqa: F401
                               snapshot)


def _of(folder: Path, part: str) -> list[str]:
    return sorted(str(p) for p in (folder / part).iterdir())


def _records(files: list[str]) -> list:
    return [d for f in files for d in read(f)]


def _parts(graph) -> tuple:
    return ({n.id: (n.label, dict(n.props)) for n in graph.nodes.values()},
            {k: dict(e.props) for k, e in graph.edges.items()},
            {k: sorted(v) for k, v in graph.whole.items() if v}, dict(graph.stored))


@pytest.mark.parametrize("committed,cached", [(False, False), (True, False), (False, True), (True, True)])
def test_linking_beside_a_write_reads_what_linking_after_it_reads(folder, tmp_path, committed, cached):
    """Batch B linked against the store and batch A in memory (A committed before B's reads, or not before
    B is linked: B's works read from the works in memory, kg/workcache.py, or from the store once A is
    in) is B linked once A is stored: persons tied across batches, documents read again."""
    archive, corpus, ties = _of(folder, "archive"), _of(folder, "corpus"), _of(folder, "ties")
    first = archive[:10] + corpus[:5]
    a_files = archive[10:25] + [ties[0], ties[2]] + corpus[5:10]
    b_files = archive[25:40] + [ties[1], ties[3]] + corpus[10:20] + archive[:3]  # the last three: read again
    with kg.open_graph(str(tmp_path / "s")) as g:
        store = g.store
        g.ingest(first)
        if cached:
            attach(store)
        a_docs, b_docs = _records(a_files), _records(b_files)
        a_graph, a_old = linked(store, resolve(a_docs), a_docs)
        pending = Pending(a_graph, a_old, {d.key or d.source for d in a_docs})
        writes = []

        def land() -> bool:
            if not writes:
                store.write(a_graph, replace_documents=a_old)
                works_written(store, a_graph, True)
                writes.append(1)
            return True

        if committed:
            land()
        ahead = PendingStore(store, pending, landed=land)
        try:
            beside, beside_old = linked(store, resolve(b_docs), b_docs, ahead=ahead)
        finally:
            ahead.close()
        assert bool(writes) == (committed or not cached)  # without the works in memory: read once A was in
        land()
        detach(store)
        after, after_old = linked(store, resolve(b_docs), b_docs)
    assert beside_old == after_old and any(d in after_old for d in pending.docs) is False
    assert _parts(beside) == _parts(after)
    assert any(n.label == "Person" for n in after.nodes.values())


def _count_ahead(monkeypatch) -> list:
    """The batches linked beside a write (their first file), in order."""
    seen = []
    real = ingest_module.linked

    def watched(store, graph, docs, decisions=None, *, ahead=None):
        seen.append((docs[0].source, ahead is not None))
        return real(store, graph, docs, decisions, ahead=ahead)

    monkeypatch.setattr(ingest_module, "linked", watched)
    return seen


def test_batches_linked_beside_the_writes_give_the_graph_of_one_file_at_a_time(folder, one_by_one, tmp_path,
                                                                               monkeypatch):
    seen = _count_ahead(monkeypatch)
    first, last = _sequence(tmp_path / "s", folder, batch_files=5, jobs=2)
    assert_same(first, one_by_one[0])
    assert_same(last, one_by_one[1])
    assert sum(ahead for _, ahead in seen) >= 10  # most batches were linked beside the write before them


def test_a_failed_write_makes_the_batch_linked_beside_it_linked_again(folder, tmp_path, monkeypatch):
    files = sorted(str(p) for d in ("archive", "corpus") for p in (folder / d).iterdir())[:24]
    bad = files[11]  # in the third batch of five
    want = one_at_a_time(tmp_path / "want", [f for f in files if f != bad])
    seen = _count_ahead(monkeypatch)
    with kg.open_graph(str(tmp_path / "s")) as g:
        _failing_write(g, Path(bad).name)
        with pytest.raises(IngestFailed) as e:
            g.ingest(files, batch_files=5, jobs=2)
        assert [x.source for x in e.value.report.failed] == [bad]
        del g.store.write
        assert_same(snapshot(g), want)
    name = [Path(f).name for f in files]
    assert seen == ([(name[0], False), (name[5], True), (name[10], True)]  # batches linked beside the one before
                    + [(name[15], True)]  # the batch after the failed one, beside its write: it waits for it,
                    + [(n, False) for n in name[10:15]]  # which fails and is stored file by file,
                    + [(name[15], False)]  # and is linked again against what was stored
                    + [(name[20], True)])


def test_a_file_in_two_consecutive_batches_waits_for_the_write(folder, tmp_path, monkeypatch):
    files = sorted(str(p) for d in ("archive", "corpus") for p in (folder / d).iterdir())[:20]
    order = files[:5] + [files[2]] + files[5:]  # files[2] ends the first batch's reading and opens the second
    with kg.open_graph(str(tmp_path / "one")) as g:
        g.ingest(order, batch_files=5, reread=True)
        want = snapshot(g)
    seen = _count_ahead(monkeypatch)
    with kg.open_graph(str(tmp_path / "s")) as g:
        report = g.ingest(order, batch_files=5, jobs=2, reread=True)
        assert [p for p, _, _ in report.per_file] == order
        assert_same(snapshot(g), want)
    assert seen[1] == (Path(files[2]).name, False)  # the second batch states the first's file: after its write
    # the third waits too: the second's write replaces that stored file; the last, one file: its own transaction
    assert [ahead for _, ahead in seen[2:]] == [False, True, False]


def test_the_batch_after_a_write_replacing_stored_documents_waits_for_it(folder, tmp_path, monkeypatch):
    """Nothing is read beside a write that removes stored rows (a document read again or changed): the next
    batch is linked once it is stored, and the graph is the one of one file at a time."""
    files = sorted(str(p) for d in ("archive", "corpus") for p in (folder / d).iterdir())[:20]
    with kg.open_graph(str(tmp_path / "one")) as g:
        g.ingest(files, batch_files=1)
        g.ingest(files, batch_files=1, reread=True)
        want = snapshot(g)
    seen = _count_ahead(monkeypatch)
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest(files, batch_files=5, jobs=2)
        fresh = [ahead for _, ahead in seen]
        del seen[:]
        g.ingest(files, batch_files=5, jobs=2, reread=True)
        assert_same(snapshot(g), want)
    assert fresh == [False, True, True, True]  # into a fresh store: beside the write before
    assert [ahead for _, ahead in seen] == [False, False, False, False]  # every write replaces stored documents


def test_under_a_review_each_batch_waits_for_the_write_before_it(folder, tmp_path, monkeypatch):
    """A review's decisions read stored nodes by id (kg/review.py): no batch is linked beside a write, and
    the graph is the one of one file at a time."""
    from test_ingest_batch import reviewed

    docs, review = reviewed(tmp_path)
    files = [str(docs / n) for n in ("notice.txt", "tasks.csv", "speech.txt")] + _of(folder, "archive")[:9]
    got = []
    seen = _count_ahead(monkeypatch)
    for jobs, batch in ((1, 1), (2, 3)):
        other = tmp_path / f"j{jobs}"
        other.mkdir()
        (other / "review.tsv").write_text(review, encoding="utf-8")
        with kg.open_graph(str(other)) as g:
            g.ingest(files, date="2024-07-10", batch_files=batch, jobs=jobs)
            got.append(snapshot(g))
    assert_same(got[0], got[1])
    assert len(seen) == 12 + 4 and not any(ahead for _, ahead in seen)
