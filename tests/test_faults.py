"""The fault matrix: every bad input and fault we know of, run against a store
that already holds the examples.  For each: the exit code, a one-line message
naming the file (and the line where there is one), and the store afterwards —
the bad file wholly out, everything stored before unchanged.  docs/reliability.md
lists the same faults in a table.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pytest

import kg
from cli_helpers import folder_digest, kg_cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

_TASK = "由张三同志牵头,区水务局负责,年内完成城北河道整治。"
_CSV = "序号,工作任务,责任单位,完成时限\n1,建成甲路,区交通局,2023年6月底前\n"

#: (name, file name, bytes, exit code, message pattern after "Error: ")
BAD = [
    ("empty file", "empty.txt", b"", 2, r"empty\.txt: the file is empty"),
    ("binary file", "blob.txt", bytes(range(256)) * 40, 2, r"blob\.txt: a binary file, not text"),
    ("GBK cut in a character", "cut.txt", (_TASK * 3).encode("gbk")[:-1], 2,
     r"cut\.txt: cannot tell the encoding"),
    ("ragged CSV row", "ragged.csv", (_CSV + "2,建成乙路,区交通局,2023年6月底前,多出,又多\n").encode(), 2,
     r"ragged\.csv, line 3: 6 filled cells but 4 columns"),
    ("CSV without a task column", "notask.csv", "甲,乙\n1,2\n".encode(), 2,
     r"notask\.csv, line 1: no header row with a task column"),
    ("CSV row without a task", "notaskcell.csv", (_CSV + "2,,区交通局,2023年6月底前\n").encode(), 2,
     r"notaskcell\.csv, line 3: the task cell is empty"),
    ("bad JSON line", "bad.jsonl", b'{"document": {"source": "a"}, "commitments": []}\n{oops\n', 2,
     r"bad\.jsonl, line 2: invalid JSON"),
    ("record against the schema", "wrong.json", json.dumps(
        {"document": {"source": "w"}, "commitments": [{"task": 5}]}).encode(), 2, r"wrong\.json"),
    ("not a workbook", "fake.xlsx", b"PK\x03\x04 not really a zip", 2, r"fake\.xlsx: not a readable XLSX workbook"),
    ("unknown kind", "scan.pdf", b"%PDF-1.4", 2, r"scan\.pdf: "),
]


def _snapshot(store: str) -> tuple:
    with kg.open_graph(store, read_only=True) as g:
        rows = g.cypher("MATCH (c:Commitment)-[s:STATED_IN]->(d:Document) "
                        "RETURN d.source AS doc, c.id AS cid, c.task AS task, c.status AS status ORDER BY doc, cid").rows
        return g.stats(), rows


#: the kg command in a child process
_KG = [sys.executable, "-c", "import sys; from kg.cli import cli; cli(sys.argv[1:])"]


def _whole(tmp_path: Path, path: Path, env: Optional[dict] = None) -> dict:
    """What a file's documents hold when read alone into a fresh store: source → commitment ids."""
    reference = tmp_path / f"reference-{path.name}"
    r = subprocess.run([*_KG, "ingest", str(path), "--store", str(reference)],
                       capture_output=True, text=True, env={**os.environ, **(env or {})})
    assert r.returncode == 0, r.stderr
    out: dict = {}
    for doc, cid, *_ in _snapshot(str(reference))[1]:
        out.setdefault(doc, set()).add(cid)
    return out


@dataclass
class Outcome:
    """What a fault did: the exit code (``-9`` killed), what was printed, and the documents it may have
    added (source → their commitment ids when read whole): each must be wholly in or wholly out."""
    code: int
    output: str = ""
    added: dict = field(default_factory=dict)
    must_add: bool = False  # the added documents must be in (a run that completed)


def _cli(*args: str) -> tuple[int, str]:
    r = kg_cli(*args)
    return r.exit_code, r.output


def _bad_input(file: str, data: bytes):
    def run(store: str, tmp_path: Path) -> Outcome:
        path = tmp_path / file
        path.write_bytes(data)
        return Outcome(*_cli("ingest", str(path), "--store", store))
    return run


def _missing(store: str, tmp_path: Path) -> Outcome:
    return Outcome(*_cli("ingest", str(tmp_path / "nope.txt"), "--store", store))


def _utf16(store: str, tmp_path: Path) -> Outcome:
    path = tmp_path / "u16.txt"
    path.write_bytes((_TASK * 2).encode("utf-16"))
    return Outcome(*_cli("ingest", str(path), "--store", store), added=_whole(tmp_path, path), must_add=True)


def _folder_with_bad_files(store: str, tmp_path: Path) -> Outcome:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(_TASK, encoding="utf-8")
    for _, file, data, _, _ in BAD[:3]:
        (folder / file).write_bytes(data)
    added = _whole(tmp_path, folder / "good.txt")
    return Outcome(*_cli("ingest", str(folder), "--store", store), added=added, must_add=True)


#: a text over the long-text threshold (kg/longtext.py), lowered so that a text of 1.2 MB is read in parts
_LONG = {"KG_LONG_TEXT_MB": "0.5", "KG_PART_CHARS": "50000"}


def _long_text(sections: int) -> str:
    works = ["城南道路改造工程", "城北污水管网工程", "东湖安置小区项目", "西岭学校扩建项目", "石桥公园建设工程"]
    units = ["区住建局", "区交通局", "区水务局", "区教育局", "区城管局"]
    out = ["在全区重点项目建设推进会上的讲话", "", "区长 周八", "(2023年2月8日)", "", "同志们:", ""]
    for i in range(1, sections + 1):
        w = f"{works[i % 5]}(第{i}段)"
        out += [f"{i}、抓好{w}", "", f"{w}由张{i % 7}同志牵头,{units[i % 5]}负责,{i % 9 + 3}月底前建成投用。", ""]
    return "\n".join(out) + "\n"


#: ``kg`` in a child that samples, every 20 ms, its own RSS and that of each process it started (the part
#: writers of kg/longtext.py); prints ``base`` (its RSS when the staging copy appeared: the store opened, the
#: first part read), its peak, and each writer's peak (MB)
_MEASURED = """
import glob, os, sys, threading, time
me = os.getpid()
staged = os.path.join(sys.argv[sys.argv.index("--store") + 1], ".staging-*")

def rss(pid):
    try:
        return int(open(f"/proc/{pid}/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20
    except (OSError, IndexError):
        return 0

def children():
    out = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = open(f"/proc/{pid}/stat").read()
                cmd = open(f"/proc/{pid}/cmdline").read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == me and "kg.longtext import _serve" in cmd:
                out.append(int(pid))
    return out

base, peak, writers = [None], [0], {}

def sample():
    while True:
        if base[0] is None and glob.glob(staged):
            base[0] = rss(me)
        for pid in children():
            writers[pid] = max(writers.get(pid, 0), rss(pid))
        peak[0] = max(peak[0], rss(me))
        time.sleep(0.02)

threading.Thread(target=sample, daemon=True).start()
from kg.cli import cli
code = 0
try:
    cli(sys.argv[1:])
except SystemExit as e:
    code = e.code
print("base", base[0], "peak", peak[0], "writers", *writers.values(), file=sys.stderr)
sys.exit(code)
"""
#: MB the ingesting process may grow after it made the staging copy (it reads and extracts the parts;
#: it never opens the staging copy): measured 2 to 6; writing the parts itself it grows by 100 to 150
_LONG_READER_MB = 40
#: MB a part writer's peak may pass the first's (each writes two parts of the same size; what grows is the
#: engine's memory for the store, and the last one checkpoints the copy): measured 0 to 42
_LONG_WRITER_MB = 60


def _huge_text(store: str, tmp_path: Path) -> Outcome:
    """1.2 MB of text read in parts, each two written by a child process: the ingesting process's memory
    stays flat after the first writer starts, and the last writer's peak is within a few MB of the first's
    (docs/reliability.md); written in the ingesting process (``KG_PARTS_PER_PROCESS=0``), it grows by far more."""
    path = tmp_path / "huge.txt"
    path.write_text(_long_text(12_000), encoding="utf-8")
    added = _whole(tmp_path, path)
    r = subprocess.run([sys.executable, "-c", _MEASURED, "ingest", str(path), "--store", store],
                       capture_output=True, text=True, env={**os.environ, **_LONG, "KG_PARTS_PER_PROCESS": "2"})
    m = re.search(r"base (\S+) peak (\d+) writers ?([\d ]*)\n", r.stderr)
    assert m, r.stderr
    base, peak, writers = m.group(1), int(m.group(2)), [int(x) for x in m.group(3).split()]
    assert base != "None", r.stderr
    assert peak - int(base) < _LONG_READER_MB, f"the ingesting process grew from {base} to {peak} MB"
    assert len(writers) >= 3, r.stderr  # the parts were written by several child processes
    assert max(writers) - writers[0] < _LONG_WRITER_MB, f"part writers' peaks (MB): {writers}"
    return Outcome(r.returncode, r.stderr.replace(m.group(0), ""), added=added, must_add=True)


def _long_text_bad_byte(store: str, tmp_path: Path) -> Outcome:
    """A GBK long text with a bad byte after the parts before it were staged: nothing stored."""
    text = _long_text(6000).encode("gbk")
    at = text.index("第5000段".encode("gbk"))
    path = tmp_path / "cut-long.txt"
    path.write_bytes(text[:at] + b"\xff\xff" + text[at:])
    r = subprocess.run([*_KG, "ingest", str(path), "--store", store],
                       capture_output=True, text=True, env={**os.environ, **_LONG, "KG_PART_CHARS": "20000"})
    assert not list(Path(store).glob(".staging-*"))
    return Outcome(r.returncode, r.stderr)


_INGEST = """
import sys, kg
with kg.open_graph(sys.argv[1]) as g:
    print("open", flush=True)
    g.ingest([sys.argv[2]])
"""


def _part_writers(parent: int) -> list[int]:
    """The processes writing a long text's parts for ``parent`` (kg/longtext.py PartWriter)."""
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            ppid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
            if ppid == parent and "kg.longtext import _serve" in Path(f"/proc/{pid}/cmdline").read_text():
                out.append(int(pid))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _killed(store: str, what: Path, after: float, env: Optional[dict] = None) -> None:
    """A writer killed with SIGKILL ``after`` seconds; the child writing its parts (if any) dies with it."""
    p = subprocess.Popen([sys.executable, "-c", _INGEST, store, str(what)], stdout=subprocess.PIPE, text=True,
                         env={**os.environ, **(env or {})})
    assert p.stdout.readline().strip() == "open"
    time.sleep(after)
    writers = _part_writers(p.pid)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() and "kg.longtext import _serve" in _cmdline(w) for w in writers):
        assert time.monotonic() < deadline, f"a part writer outlived its killed parent: {writers}"
        time.sleep(0.05)


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text()
    except OSError:
        return ""


def _kill_folder(after: float):
    """A writer killed (SIGKILL) part way through a folder of 40 files."""
    def run(store: str, tmp_path: Path) -> Outcome:
        folder = tmp_path / "many"
        folder.mkdir()
        for k in range(40):
            (folder / f"doc{k:02d}.txt").write_text(
                f"一、城建\n由张{k}同志牵头,区水务局负责,年内完成第{k}号河道整治。区交通局要在6月底前建成第{k}号路。\n",
                encoding="utf-8")
        added = _whole(tmp_path, folder)
        _killed(store, folder, after)
        return Outcome(-9, added=added)
    return run


def _kill_long(after: float):
    """A writer killed while it writes the parts of a long text, or after it published them."""
    def run(store: str, tmp_path: Path) -> Outcome:
        path = tmp_path / "long-kill.txt"
        path.write_text(_long_text(4000), encoding="utf-8")
        added = _whole(tmp_path, path, _LONG)
        _killed(store, path, after, _LONG)
        return Outcome(-9, added=added)
    return run


_HOLD = """
import sys, time, kg
with kg.open_graph(sys.argv[1]) as g:   # a writer holding the store
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _holding(run_beside):
    def run(store: str, tmp_path: Path) -> Outcome:
        p = subprocess.Popen([sys.executable, "-c", _HOLD, store, "3"], stdout=subprocess.PIPE, text=True)
        try:
            assert p.stdout.readline().strip() == "holding"
            return run_beside(store, tmp_path)
        finally:
            p.wait()
    return run


def _second_writer(store: str, tmp_path: Path) -> Outcome:
    return Outcome(*_cli("ingest", str(EXAMPLES / "tasks.csv"), "--store", store, "--wait", "0"))


def _reader(store: str, tmp_path: Path) -> Outcome:
    """``kg stats`` while another process holds the store for writing: it reads, and touches no file."""
    before = folder_digest(store)
    out = Outcome(*_cli("stats", "--format", "csv", "--store", store, "--wait", "0"))
    assert folder_digest(store) == before, "the reader changed the store's files"
    assert "Commitment," in out.output
    return out


#: (name, run, exit code, message after "Error: " or None for a run that succeeds)
MATRIX = [(name, _bad_input(file, data), code, pattern) for name, file, data, code, pattern in BAD] + [
    ("missing file", _missing, 2, r".*nope\.txt"),
    ("UTF-16 with a BOM", _utf16, 0, None),
    ("a folder with good and bad files", _folder_with_bad_files, 2, r"3 of 4 file\(s\) not ingested"),
    ("huge text in bounded memory", _huge_text, 0, None),
    ("long text with a bad byte half way", _long_text_bad_byte, 2, r".*cut-long\.txt: not valid gb18030 at byte \d+"),
    ("kill -9 in a folder at 0.2 s", _kill_folder(0.2), -9, None),
    ("kill -9 in a folder at 0.8 s", _kill_folder(0.8), -9, None),
    ("kill -9 in a folder at 1.6 s", _kill_folder(1.6), -9, None),
    ("kill -9 in a long text at 1 s", _kill_long(1.0), -9, None),
    ("kill -9 in a long text at 4 s", _kill_long(4.0), -9, None),
    ("a second writer", _holding(_second_writer), 3, r".*another kg process is writing to the store.*--wait"),
    ("a reader beside a writer", _holding(_reader), 0, None),
]


@pytest.mark.parametrize("name, run, code, pattern", MATRIX, ids=[m[0] for m in MATRIX])
def test_fault_matrix(store, tmp_path, name, run, code, pattern):
    """Every fault against a store holding the examples: its exit code, a one-line message naming
    the file (and the line where there is one), every document it touched wholly in or wholly out,
    nothing else changed; and the store still takes writes afterwards."""
    before_stats, before_rows = _snapshot(store)
    out = run(store, tmp_path)
    assert out.code == code, out.output
    if pattern is not None:
        lines = out.output.strip().splitlines()
        errors = [i for i, line in enumerate(lines) if line.startswith("Error: ")]
        assert len(errors) == 1 and re.match(r"Error: .*" + pattern, lines[errors[0]]), out.output
        each = lines[errors[0] + 1:]  # a folder: one line per bad file, naming it (no traceback)
        assert len(lines) == 1 or "not ingested" in lines[errors[0]], out.output
        assert all(re.match(r"  \S+\.\w+: ", line) for line in each), out.output
    stats, rows = _snapshot(store)
    got: dict = {}
    for doc, cid, *_ in rows:
        if doc in out.added:
            got.setdefault(doc, set()).add(cid)
    half = {d: (len(got[d]), len(out.added[d])) for d in got if got[d] != out.added[d]}
    assert not half, f"documents half stored (stored, whole): {half}"
    if out.must_add:
        assert set(got) == set(out.added), f"not stored: {set(out.added) - set(got)}"
    assert [r for r in rows if r[0] not in out.added] == before_rows, "what was stored before changed"
    if not out.added:
        assert stats == before_stats
    assert not list(Path(store).glob(".staging-*")) or code == -9  # a dead writer's copy goes at the next write
    r = kg_cli("ingest", str(EXAMPLES / "tasks.csv"), "--store", store)
    assert r.exit_code == 0, r.output
    assert not list(Path(store).glob(".staging-*"))
