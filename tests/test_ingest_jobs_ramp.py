"""``kg ingest --jobs N``: the pipeline's first batches and its last one are small (kg/ingest.py
``_Pipeline._size``), so that the writer starts once a few files are read and linked, and the last
write, which nothing is linked beside, is short.  The graph is the one of one file at a time.
Every document here is generated (bench/corpus.py) or invented.
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.ingest import FIRST_BATCH, LAST_BATCH

from test_ingest_batch import assert_same, folder, one_at_a_time, snapshot  # noqa: F401


def _all(folder: Path) -> list[str]:
    return sorted(str(p) for d in ("archive", "corpus", "ties") for p in (folder / d).iterdir())


def _write_sizes(g) -> list[int]:
    write = g.store.write
    sizes: list[int] = []

    def watched(graph, **kw):
        sizes.append(len({n.props.get("key").split("#")[0] for n in graph.nodes_of("Document")}))
        return write(graph, **kw)

    g.store.write = watched
    return sizes


def test_the_first_and_last_batches_of_a_pipeline_are_small(folder, tmp_path):
    files = _all(folder)
    n = len(files)
    assert 2 * FIRST_BATCH + LAST_BATCH < n <= FIRST_BATCH + 64 + LAST_BATCH  # what the sizes below need
    with kg.open_graph(str(tmp_path / "s")) as g:
        sizes = _write_sizes(g)
        report = g.ingest(files, batch_files=64, jobs=2)
        got = snapshot(g)
    assert report.files == n and [p for p, _, _ in report.per_file] == files  # reported in reading order
    assert sizes == [FIRST_BATCH, n - FIRST_BATCH - LAST_BATCH, LAST_BATCH]
    assert_same(got, one_at_a_time(tmp_path / "want", files))


def test_a_pipeline_ramps_up_to_the_batch_size(folder, tmp_path):
    files = _all(folder)
    n = len(files)
    with kg.open_graph(str(tmp_path / "s")) as g:
        sizes = _write_sizes(g)
        g.ingest(files, batch_files=40, jobs=2)
    # 16 first, then --batch; what is left is less than twice LAST_BATCH above --batch: not cut
    assert sizes[0] == FIRST_BATCH and all(s == 40 for s in sizes[1:-1]) and sum(sizes) == n
    assert 0 < sizes[-1] <= 40


def test_small_batches_are_not_ramped(folder, tmp_path):
    files = _all(folder)[:24]
    with kg.open_graph(str(tmp_path / "s")) as g:
        sizes = _write_sizes(g)
        g.ingest(files, batch_files=5, jobs=2)
    assert sizes == [5, 5, 5, 5, 4]


def test_one_job_keeps_its_batches(folder, tmp_path):
    files = _all(folder)
    with kg.open_graph(str(tmp_path / "s")) as g:
        sizes = _write_sizes(g)
        g.ingest(files, batch_files=64, jobs=1)
    assert sizes == [64, len(files) - 64]
