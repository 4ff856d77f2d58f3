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
from pathlib import Path

import pytest

import kg
from cli_helpers import kg_cli

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



@pytest.mark.parametrize("name, file, data, code, pattern", BAD, ids=[b[0] for b in BAD])
def test_bad_input(store, tmp_path, name, file, data, code, pattern):
    path = tmp_path / file
    path.write_bytes(data)
    before = _snapshot(store)
    r = kg_cli("ingest", str(path), "--store", store)
    assert r.exit_code == code, r.output
    assert len(r.output.strip().splitlines()) == 1, r.output  # one line, no traceback
    assert re.match(r"Error: .*" + pattern, r.output), r.output
    assert _snapshot(store) == before  # nothing of it stored, nothing else changed


def test_missing_file(store, tmp_path):
    before = _snapshot(store)
    r = kg_cli("ingest", str(tmp_path / "nope.txt"), "--store", store)
    assert r.exit_code == 2 and "nope.txt" in r.output and len(r.output.strip().splitlines()) == 1
    assert _snapshot(store) == before


def test_utf16_with_bom_is_read(store, tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes((_TASK * 2).encode("utf-16"))
    r = kg_cli("ingest", str(path), "--store", store)
    assert r.exit_code == 0, r.output
    with kg.open_graph(store, read_only=True) as g:
        rows = g.cypher("MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE d.source ENDS WITH 'u16.txt' "
                        "RETURN count(c) AS n").rows
    assert rows[0][0] >= 1


def test_a_folder_with_bad_files_stores_the_good_ones_whole(store, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(_TASK, encoding="utf-8")
    for _, file, data, _, _ in BAD[:3]:
        (folder / file).write_bytes(data)
    before_stats, _ = _snapshot(store)
    r = kg_cli("ingest", str(folder), "--store", store)
    assert r.exit_code == 2
    assert "3 of 4 file(s) not ingested" in r.output
    stats, _ = _snapshot(store)
    assert stats["Document"] == before_stats["Document"] + 1


_INGEST = """
import sys, kg
with kg.open_graph(sys.argv[1]) as g:
    print("open", flush=True)
    g.ingest([sys.argv[2]])
"""


@pytest.mark.parametrize("after", [0.2, 0.8, 1.6])
def test_kill_9_during_ingest_leaves_each_document_wholly_in_or_out(store, tmp_path, after):
    """A writer killed (SIGKILL) part way through a folder: every document the store
    holds afterwards has all its commitments, and the examples stored before are intact."""
    folder = tmp_path / "many"
    folder.mkdir()
    for k in range(40):
        (folder / f"doc{k:02d}.txt").write_text(
            f"一、城建\n由张{k}同志牵头,区水务局负责,年内完成第{k}号河道整治。区交通局要在6月底前建成第{k}号路。\n",
            encoding="utf-8")
    reference = str(tmp_path / "reference")  # what each document holds when read whole
    with kg.open_graph(reference) as g:
        g.ingest([str(folder)])
    _, whole = _snapshot(reference)
    expected: dict = {}
    for doc, cid, *_ in whole:
        expected.setdefault(doc, set()).add(cid)
    before_stats, before_rows = _snapshot(store)
    p = subprocess.Popen([sys.executable, "-c", _INGEST, store, str(folder)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "open"
    time.sleep(after)
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    _, rows = _snapshot(store)
    got: dict = {}
    for doc, cid, *_ in rows:
        if doc in expected:
            got.setdefault(doc, set()).add(cid)
    half = {d: (sorted(got[d]), sorted(expected[d])) for d in got if got[d] != expected[d]}
    assert not half, f"documents half stored (stored, whole): {half}"  # wholly in or out
    others = [r for r in rows if r[0] not in expected]
    assert others == before_rows, f"the examples changed: {set(map(tuple, others)) ^ set(map(tuple, before_rows))}"
    # and the store still takes writes: the rest of the folder completes
    with kg.open_graph(store) as g:
        g.ingest([str(folder)])
    stats, rows = _snapshot(store)
    assert stats["Document"] == before_stats["Document"] + 40
