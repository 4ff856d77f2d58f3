"""Ladybug's checkpoints paced by the store's size (kg/store/embedded.py ``checkpoint_threshold``).

The log may hold a multiple of the database file before a checkpoint (issue 12: a checkpoint rewrites
the newest node group of each table written, so a fixed threshold makes each document's share of the
checkpoints grow with the store).  What is checked: the threshold each write sets, and that when the
checkpoints happen does not change the graph (a checkpoint after every batch, none before the close, a
writer killed with changes not yet checkpointed).  Nothing timed (docs/benchmarks.md, session 11).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kg
import kg.store.embedded as emb
from kg.ingest import ingest

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT / "bench", ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))
from corpus import write_archive  # noqa: E402
from test_reingest import assert_same, snapshot  # noqa: E402


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pace")
    return [str(p) for p in write_archive(str(folder / "docs"), documents=40, seed=11, per_county=10)]


def _setting(store) -> int:
    return int(store._conn.execute("CALL current_setting('checkpoint_threshold') RETURN *").get_next()[0])


def test_the_threshold_is_a_multiple_of_the_file_between_the_bounds():
    mib = 1 << 20
    assert emb.checkpoint_threshold(0) == emb.CHECKPOINT_MIN
    assert emb.checkpoint_threshold(emb.CHECKPOINT_MIN // emb.CHECKPOINT_PER_SIZE - mib) == emb.CHECKPOINT_MIN
    assert emb.checkpoint_threshold(50 * mib) == 50 * mib * emb.CHECKPOINT_PER_SIZE
    assert emb.checkpoint_threshold(50 * mib + 1234) == 50 * mib * emb.CHECKPOINT_PER_SIZE  # whole MiB
    assert emb.checkpoint_threshold(emb.CHECKPOINT_MAX) == emb.CHECKPOINT_MAX
    sizes = [0, 3 * mib, 9 * mib, 40 * mib, 300 * mib, 10 << 30]
    assert [emb.checkpoint_threshold(s) for s in sizes] == sorted(emb.checkpoint_threshold(s) for s in sizes)


def test_each_write_sets_the_threshold_of_the_file_it_finds(archive, tmp_path, monkeypatch):
    seen = []
    real = emb.EmbeddedStore._write

    def write(self, graph, replace, *rest):
        seen.append((self.file.stat().st_size, _setting(self)))
        return real(self, graph, replace, *rest)

    monkeypatch.setattr(emb.EmbeddedStore, "_write", write)
    monkeypatch.setattr(emb, "CHECKPOINT_MIN", 1 << 20)  # so that this small store's file moves it
    with kg.open_graph(str(tmp_path / "s")) as g:
        ingest(g.store, archive, batch_files=5)
    assert len(seen) >= 8
    assert all(setting == emb.checkpoint_threshold(size) for size, setting in seen), seen
    assert len({setting for _, setting in seen}) > 1  # it grew with the file


@pytest.mark.parametrize("pace", ["every write", "only at the close"])
def test_when_the_checkpoints_happen_does_not_change_the_graph(archive, tmp_path, monkeypatch, pace):
    with kg.open_graph(str(tmp_path / "default")) as g:
        ingest(g.store, archive, batch_files=5)
        want = snapshot(g)
    low, high = (1 << 10, 1 << 10) if pace == "every write" else (1 << 40, 1 << 40)
    monkeypatch.setattr(emb, "CHECKPOINT_MIN", low)
    monkeypatch.setattr(emb, "CHECKPOINT_MAX", high)
    wal = tmp_path / "paced" / (emb.DB_FILE + ".wal")
    with kg.open_graph(str(tmp_path / "paced")) as g:
        ingest(g.store, archive, batch_files=5)
        logged = wal.stat().st_size if wal.exists() else 0
        assert (logged > 1 << 16) == (pace == "only at the close")
        assert_same(snapshot(g), want)
    with kg.open_graph(str(tmp_path / "paced")) as g:  # what the close checkpointed, read again
        assert_same(snapshot(g), want)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
def test_a_writer_killed_with_its_changes_not_checkpointed_leaves_every_committed_batch(archive, tmp_path):
    """No checkpoint before the close, then kill -9 after the ingest's last commit: the log is replayed
    when the store is opened again, and the store holds the whole ingest."""
    with kg.open_graph(str(tmp_path / "whole")) as g:
        ingest(g.store, archive, batch_files=5)
        want = snapshot(g)
    code = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        import kg, kg.store.embedded as emb
        from kg.ingest import ingest
        emb.CHECKPOINT_MIN = emb.CHECKPOINT_MAX = 1 << 40
        g = kg.open_graph({str(tmp_path / "killed")!r})
        ingest(g.store, {archive!r}, batch_files=5)
        sys.stdout.write(str(os.path.getsize({str(tmp_path / "killed" / (emb.DB_FILE + ".wal"))!r})))
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(ROOT),
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert int(run.stdout) > 1 << 16  # the changes were in the log only
    with kg.open_graph(str(tmp_path / "killed")) as g:
        assert_same(snapshot(g), want)
