"""``kg ingest --jobs N``: workers read, a writer thread stores one batch while the next is read (issue 12).

With ``jobs`` > 1 the batches are pipelined (kg/ingest.py ``_Pipeline``): the
workers read the next batch's files and the main thread resolves and links
it while the writer thread writes the batch before (against that batch held
in memory: tests/test_ingest_jobs_ahead.py).  The graph must be the one of ``jobs=1`` (nodes,
relations, Turtle and JSON exports byte for byte); a write that fails in the
writer thread leaves the batches stored before it intact, is stored again
file by file, names the file at fault, and the batches after it are stored.
Every document here is generated (bench/corpus.py) or invented.
"""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

import kg
from kg.errors import IngestFailed, StoreError

from test_ingest_batch import (_failing_write, _sequence, assert_same, folder, one_at_a_time, one_by_one,  # noqa: F401
                               snapshot)


@pytest.mark.parametrize("batch", [7, 256])
def test_two_jobs_give_the_graph_of_one_file_at_a_time(folder, one_by_one, tmp_path, batch):
    first, last = _sequence(tmp_path / "s", folder, batch_files=batch, jobs=2)
    assert_same(first, one_by_one[0])
    assert_same(last, one_by_one[1])


def _files(folder: Path) -> list[str]:
    return sorted(str(p) for d in ("archive", "corpus") for p in (folder / d).iterdir())[:24]


def test_writes_run_in_the_writer_thread_one_at_a_time_in_order(folder, tmp_path):
    files = _files(folder)
    with kg.open_graph(str(tmp_path / "s")) as g:
        write = g.store.write
        writes, busy = [], []

        def watched(graph, **kw):
            busy.append(1)
            assert len(busy) == 1  # never two writes at once
            writes.append((threading.current_thread().name,
                           sorted(n.props.get("source") for n in graph.nodes_of("Document"))))
            try:
                return write(graph, **kw)
            finally:
                busy.pop()

        g.store.write = watched
        report = g.ingest(files, batch_files=5, jobs=2)
    assert report.files == 24 and [p for p, _, _ in report.per_file] == files
    assert [names for _, names in writes] == [sorted(Path(f).name for f in files[i:i + 5]) for i in range(0, 24, 5)]
    assert all(name.startswith("kg-writer") for name, _ in writes)


def test_a_write_that_fails_mid_pipeline_names_the_file_and_keeps_the_batches_stored(folder, tmp_path):
    files = _files(folder)
    bad = files[11]  # in the third batch of five
    want = one_at_a_time(tmp_path / "want", [f for f in files if f != bad])
    with kg.open_graph(str(tmp_path / "s")) as g:
        calls = _failing_write(g, Path(bad).name)
        with pytest.raises(IngestFailed) as e:
            g.ingest(files, batch_files=5, jobs=2)
        report = e.value.report
        assert [x.source for x in report.failed] == [bad]
        assert "refused on purpose" in str(report.failed[0])
        assert report.files == 23
        assert len(calls) == 2 + 1 + 5 + 2  # two batches, the failed one, its files one by one, two more
        del g.store.write
        assert_same(snapshot(g), want)
        again = g.ingest(files, jobs=2)  # only the failed file's content hash is missing
        assert again.files == 1 and len(again.skipped) == 23


def test_fail_fast_mid_pipeline_stores_the_batches_and_files_before(folder, tmp_path):
    files = _files(folder)
    bad = files[11]
    with kg.open_graph(str(tmp_path / "s")) as g:
        _failing_write(g, Path(bad).name)
        with pytest.raises(StoreError) as e:
            g.ingest(files, batch_files=5, jobs=2, fail_fast=True)
        assert e.value.source == bad
        stored = {r[0] for r in g.cypher("MATCH (d:Document) RETURN d.source").rows}
    assert stored == {Path(f).name for f in files[:11]}


def test_a_bad_file_mid_pipeline_is_reported_after_the_batches_before_it(folder, tmp_path):
    files = _files(folder)
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"document": {"source": "a"}, "commitments": []}\n{oops\n')
    order = files[:12] + [str(bad)] + files[12:]
    want = one_at_a_time(tmp_path / "want", files)
    with kg.open_graph(str(tmp_path / "s")) as g:
        seen = []
        with pytest.raises(IngestFailed) as e:
            g.ingest(order, batch_files=5, jobs=2, on_file=seen.append)
        assert seen == order  # reported in reading order
        assert [(x.source, x.line) for x in e.value.report.failed] == [(str(bad), 2)]
        assert_same(snapshot(g), want)


def test_a_bad_file_inside_a_task_of_several_files_is_named_with_its_line(folder, tmp_path):
    """The workers read several files a task (kg/ingest.py ``CHUNK_FILES``): a bad one among them is
    still reported alone, with its line, in reading order, and the others of its task are stored."""
    from kg.ingest import CHUNK_FILES, READ_AHEAD

    assert CHUNK_FILES > 1 and (READ_AHEAD * 40 + 4) // 8 >= CHUNK_FILES  # batches of 40: full tasks
    files = _files(folder)
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"document": {"source": "a"}, "commitments": []}\n{oops\n')
    order = files[:3] + [str(bad)] + files[3:]
    want = one_at_a_time(tmp_path / "want", files)
    with kg.open_graph(str(tmp_path / "s")) as g:
        seen = []
        with pytest.raises(IngestFailed) as e:
            g.ingest(order, batch_files=40, jobs=2, on_file=seen.append)
        assert seen == order
        assert [(x.source, x.line) for x in e.value.report.failed] == [(str(bad), 2)]
        assert_same(snapshot(g), want)


def test_the_workers_start_before_the_files_are_hashed_and_end_with_the_ingest(folder, tmp_path, monkeypatch):
    """The worker processes' server is started before the files are hashed (it imports the extractor while
    they are), and every worker has ended when the ingest returns: one that reads, and one that reads
    nothing (every file unchanged)."""
    import multiprocessing

    from kg import ingest as ingest_module

    files = _files(folder)
    order = []
    start, skip = ingest_module._Workers.__init__, ingest_module._skip_unchanged

    def started(self, jobs):
        order.append("workers")
        start(self, jobs)

    def hashed(*args, **kwargs):
        order.append("hash")
        return skip(*args, **kwargs)

    monkeypatch.setattr(ingest_module._Workers, "__init__", started)
    monkeypatch.setattr(ingest_module, "_skip_unchanged", hashed)
    with kg.open_graph(str(tmp_path / "s")) as g:
        first = g.ingest(files, batch_files=5, jobs=2)
        assert not multiprocessing.active_children()
        again = g.ingest(files, batch_files=5, jobs=2)
        assert not multiprocessing.active_children()
    assert order == ["workers", "hash"] * 2
    assert first.files == 24 and not first.skipped
    assert again.files == 0 and again.skipped == files
