"""``--jobs`` > 1: the reading workers run at the lowest priority, and never hold the ingest up (issue 12).

The workers read ahead of the pipeline's chain (linking, then the write of
each batch), so kg/ingest.py starts them at nice 19: they take the cores the
chain leaves instead of sharing them with it.  A worker that gets no core
(other programs keep every core busy) must not stall the ingest: a file no
worker has sent when it is needed is read by the main thread, as a worker
reads it.  Here the workers are real processes that stop themselves as they
start (SIGSTOP), the extreme of a starved worker; the corpus is generated.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

import kg.ingest as ingest_module
from kg.ingest import _Patience, _readings, _worker_start, read
from kg.resolve import packed, resolve

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import write_archive  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process signals and nice values of Linux")


def _nice() -> int:
    return os.nice(0)


def _stop(folder: str) -> None:
    """A worker's start: write its pid, then stop until a signal (it reads nothing)."""
    Path(folder, str(os.getpid())).touch()
    os.kill(os.getpid(), signal.SIGSTOP)


def _late(seconds: float) -> None:
    import time

    time.sleep(seconds)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    root = tmp_path_factory.mktemp("starved")
    write_archive(str(root), documents=120, seed=3, per_county=40)
    return sorted(str(p) for p in root.rglob("*") if p.is_file())


def test_the_workers_run_at_the_lowest_priority():
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(1, mp_context=ctx, initializer=_worker_start) as pool:
        assert pool.submit(_nice).result(timeout=60) == ingest_module.WORKER_NICE == 19


def _read_all(files, pool, packs, wait, ahead: int = 12) -> list:
    got: list = []
    reader = threading.Thread(target=lambda: got.extend(_readings(files, {}, 2, ahead=ahead, packs=packs, pool=pool,
                                                                  wait=wait)), daemon=True)
    reader.start()
    reader.join(timeout=300)
    assert not reader.is_alive(), "the ingest waited for workers that get no core"
    return got


def _same_as_read(files, got, packs) -> None:
    assert [path for path, _ in got] == files
    for path, docs in got:
        want = read(path)
        assert docs == want
        assert packs[path] == packed(resolve(want))


def test_files_no_worker_sends_are_read_by_the_main_thread(files, tmp_path):
    files = files[:30]
    pids = tmp_path / "pids"
    pids.mkdir()
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork"), initializer=_stop,
                               initargs=(str(pids),))
    packs, wait = {}, _Patience()
    try:
        got = _read_all(files, pool, packs, wait)
    finally:
        for p in pids.iterdir():
            os.kill(int(p.name), signal.SIGKILL)
        pool.shutdown(wait=False, cancel_futures=True)
    assert len(list(pids.iterdir())) >= 1  # the workers did start (and stopped)
    _same_as_read(files, got, packs)
    assert wait.taken == len(files)


def test_workers_that_start_late_leave_the_first_files_to_the_main_thread(files, monkeypatch):
    """The workers start late (as the forkserver's do, importing the extraction rules): the main thread
    reads what it needs meanwhile, then takes what they send; every file once, in order, as read alone.
    A file read here costs the main thread 0.05 s more than a worker (in an ingest it links and writes
    besides): without it, a main thread as fast as each worker could keep just ahead of them to the end
    on a loaded machine (it did once in CI: every file read here), and the test would measure the race."""
    main, plain = os.getpid(), ingest_module._read_job

    def here_slower(job):
        import time

        if os.getpid() == main:
            time.sleep(0.05)
        return plain(job)

    monkeypatch.setattr(ingest_module, "_read_job", here_slower)  # before the fork: the workers' too
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork"), initializer=_late,
                               initargs=(0.3,))
    packs, wait = {}, _Patience()
    with pool:
        got = _read_all(files, pool, packs, wait)
    monkeypatch.undo()
    _same_as_read(files, got, packs)
    assert 0 < wait.taken < len(files) // 2


def test_a_long_task_is_waited_for_while_the_other_worker_ends_tasks(files, monkeypatch):
    """One file takes its worker 2 s, the others 0.1 s (30 files ahead: three files a task): the
    main thread waits for it as long as the other worker keeps ending tasks (the workers run; reading it
    here too would read it twice).  The patience is 1 s here, not 0.25 s, so that a loaded machine (a
    worker's 0.1 s task taking several times that) does not pass for a starved one; a fixed patience
    would still read the slow file after 1 s of its 2 s."""
    slow = files[5]
    plain = ingest_module._read_job

    def timed(job):
        import time

        time.sleep(2.0 if job[0] == slow else 0.1)
        return plain(job)

    monkeypatch.setattr(ingest_module, "_read_job", timed)  # before the fork: the workers' too
    monkeypatch.setattr(ingest_module, "PATIENCE", 1.0)
    pool = ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork"))
    packs, wait = {}, _Patience()
    with pool:
        got = _read_all(files[:60], pool, packs, wait, ahead=30)
    monkeypatch.undo()
    _same_as_read(files[:60], got, packs)
    assert wait.taken == 0
