"""``--jobs`` > 1 whose worker processes are gone: the ingest goes on in its own process (issue 12).

A worker may end abruptly: killed (by a person, or the kernel out of
memory), or unable to start, as when a Python script calls ``ingest`` with
``jobs`` > 1 without the ``if __name__ == "__main__":`` guard that
multiprocessing needs (each worker runs the script again, which here fails
to open the store the script holds).  The executor then takes no more tasks
and fails those it had.  The ingest must not fail with it: it says so once
(logger ``kg.ingest``), reads the files left itself, and gives the graph a
``jobs=1`` ingest gives.  The workers here are real processes, really killed;
the corpus is generated.
"""
from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg
import kg.ingest as ingest_module

from test_ingest_batch import assert_same, folder, snapshot  # noqa: F401

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process signals of Linux")


def _files(folder: Path) -> list[str]:
    return sorted(str(p) for d in ("archive", "corpus") for p in (folder / d).iterdir())


class _Killed(ingest_module._Workers):
    """The ingest's workers, killed (SIGKILL) as the third task is sent: the executor is broken by then, so
    that task and those not yet done fail."""

    def __init__(self, jobs: int):
        super().__init__(jobs)
        self.sent = 0
        self.killed: list[int] = []

    def submit(self, fn, *args):
        self.sent += 1
        if self.sent == 3:
            for pid in list(self.pool._processes):
                os.kill(pid, signal.SIGKILL)
                self.killed.append(pid)
            deadline = time.monotonic() + 30
            while not self.pool._broken and time.monotonic() < deadline:
                time.sleep(0.01)
        return super().submit(fn, *args)


def test_workers_killed_mid_ingest_leave_the_files_to_the_main_process(folder, tmp_path, monkeypatch, caplog):
    files = _files(folder)
    with kg.open_graph(str(tmp_path / "one")) as g:
        g.ingest(files, jobs=1)
        want = snapshot(g)
    made: list[_Killed] = []
    monkeypatch.setattr(ingest_module, "_Workers", lambda jobs: made.append(_Killed(jobs)) or made[-1])
    with caplog.at_level(logging.WARNING, logger="kg.ingest"), kg.open_graph(str(tmp_path / "two")) as g:
        report = g.ingest(files, jobs=2)
        got = snapshot(g)
    assert made and made[0].killed, "no worker was there to kill"
    assert report.files == len(files) and not report.failed
    assert [p for p, _, _ in report.per_file] == files
    assert_same(got, want)
    said = [r.getMessage() for r in caplog.records if r.name == "kg.ingest"]
    assert said == [ingest_module.LOST_WORKERS]  # once, however many tasks failed


_UNGUARDED = """\
import sys
import kg

g = kg.open_graph(sys.argv[1], wait=0)  # (in each worker too: the parent holds the store)
report = g.ingest(sys.argv[2:], jobs=2)
g.store.close()
print(report.files, report.commitments)
"""


def test_a_script_without_the_main_guard_is_ingested_and_told_why_it_ran_alone(folder, tmp_path):
    files = _files(folder)[:20]
    script = tmp_path / "unguarded.py"
    script.write_text(_UNGUARDED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "s"), *files], capture_output=True,
                          text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    with kg.open_graph(str(tmp_path / "one")) as g:
        want = g.ingest(files, jobs=1)
    assert done.stdout.split() == [str(len(files)), str(want.commitments)]
    assert 'if __name__ == "__main__":' in done.stderr and "read by this process" in done.stderr
    with kg.open_graph(str(tmp_path / "s"), read_only=True) as g:
        stored = g.cypher("MATCH (d:Document) RETURN count(d)").rows[0][0]
    assert stored == want.documents
