"""``python -m bench`` (bench/run.py): its table between two markers of docs/benchmarks.md, the rest of
the file kept byte for byte, and a run at tiny sizes that gives every row."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))

run = pytest.importorskip("run")

#: a hand-written file of the shape of docs/benchmarks.md: a title, sections, a table, odd bytes
DOC = ("# Benchmarks\n\n## A session's section\n\nMeasured at load 3.2:\n\n| a | b |\n| --- | --- |\n"
       "| 1 | 2 |\n\ntrailing spaces here   \n\n## Another\n\nno newline at the end")


def test_markers_inserted_after_the_title_rest_kept():
    out = run.put_block(DOC, "| new | table |\n")
    assert out.startswith("# Benchmarks\n\n" + run.START + "\n| new | table |\n" + run.END + "\n")
    # the block taken out again gives the file back, byte for byte
    i, j = out.index(run.START), out.index(run.END) + len(run.END) + 1
    assert out[:i - 1] + out[j:] == DOC


def test_markers_replaced_only_between_them_and_idempotent():
    once = run.put_block(DOC, "first table\n")
    twice = run.put_block(once, "second table\nwith two lines\n")
    assert "first table" not in twice and "second table\nwith two lines\n" + run.END in twice
    assert twice.replace("second table\nwith two lines\n", "first table\n") == once
    assert run.put_block(twice, "second table\nwith two lines\n") == twice
    assert run.put_block(run.put_block(twice, "first table\n"), "first table\n") == once


def test_markers_kept_where_a_writer_moved_them():
    """Markers placed lower down by hand stay there; the text around them is not touched."""
    doc = "# T\n\nintro kept\n\n" + run.START + "\nold\n" + run.END + "\n\n## Rest\n"
    assert run.put_block(doc, "new\n") == "# T\n\nintro kept\n\n" + run.START + "\nnew\n" + run.END + "\n\n## Rest\n"


def test_one_marker_alone_is_an_error():
    for doc in ("# T\n" + run.START + "\nx\n", "# T\n" + run.END + "\n", "# T\n" + run.END + "\n" + run.START + "\n"):
        with pytest.raises(ValueError, match="only one of the lines"):
            run.put_block(doc, "t\n")


def test_markers_without_a_heading():
    assert run.put_block("plain text\n", "t\n") == "\n" + run.START + "\nt\n" + run.END + "\nplain text\n"


def test_markers_quoted_in_a_sentence_are_text():
    """docs/benchmarks.md names the markers in its prose: only lines that are a marker alone count."""
    doc = f"# T\n\nit writes between `{run.START}` and `{run.END}`, leaving the rest\n\n## Rest\n"
    once = run.put_block(doc, "t\n")
    assert once == f"# T\n\n{run.START}\nt\n{run.END}\n\nit writes between `{run.START}` and `{run.END}`, " \
                  "leaving the rest\n\n## Rest\n"
    assert run.put_block(once, "u\n") == once.replace("\nt\n", "\nu\n", 1)


def test_write_atomic_replaces_and_leaves_no_stray_file(tmp_path):
    path = tmp_path / "benchmarks.md"
    path.write_text(DOC, encoding="utf-8")
    run.write_atomic(path, run.put_block(DOC, "t\n"))
    assert path.read_text(encoding="utf-8") == run.put_block(DOC, "t\n")
    assert [p.name for p in tmp_path.iterdir()] == ["benchmarks.md"]


def test_neo4j_row_says_why_when_java_is_missing(tmp_path, monkeypatch):
    """No Java on PATH: a row saying so, no crash."""
    monkeypatch.setenv("PATH", str(tmp_path))
    t = run.Table()
    run.neo4j_rows(t, 100, 50, timeout=60)
    assert len(t.rows) == 1 and "skipped: java not found" in t.rows[0][3]


def test_child_reports_its_own_peak_memory():
    """A child that holds 200 MB has a peak of at least that; one that holds nothing, far less.  The tree's
    figure is sampled every 0.2 s: the child holds its bytes a second so that a sample sees them."""
    big = run.child("import time; x = bytearray(200 * 2**20); x[::4096] = b'1' * len(x[::4096]); time.sleep(1)")
    small = run.child("pass")
    assert big.peak >= 200 and small.peak < 100 and big.tree >= 200


def test_a_child_of_a_big_parent_reports_its_own_peak_not_the_parents(tmp_path):
    """Linux keeps ``ru_maxrss`` across ``exec``: a child started by a parent of 300 MB would say 300 MB.  Its
    own peak is what it held (the wrapper reads ``VmHWM``)."""
    script = tmp_path / "parent.py"
    script.write_text("import json, sys\n"
                      f"sys.path.insert(0, {str(ROOT / 'bench')!r})\n"
                      "import run\n"
                      "x = bytearray(300 * 2**20); x[::4096] = b'1' * len(x[::4096])\n"
                      "print(json.dumps(run.child('pass').peak))\n", encoding="utf-8")
    p = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert p.returncode == 0, p.stderr[-2000:]
    assert float(p.stdout.strip().splitlines()[-1]) < 100


def test_tiny_run_writes_every_row(tmp_path):
    """``python -m bench`` at tiny sizes, without Neo4j, into its own file: every part's rows."""
    out = tmp_path / "bench.md"
    p = subprocess.run([sys.executable, "-m", "bench", "--small", "4", "--large", "8", "--runs", "2",
                        "--commitments", "200", "--query-sizes", "100", "200", "--query-runs", "1",
                        "--rdf-commitments", "200", "--rdf-sample", "50", "--extract-mb", "0.02",
                        "--skip", "neo4j", "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n\n## The benchmark table")
    assert "`python -m bench --small 4 --large 8" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| what")
            and not line.startswith("| ---")]
    assert all(line.count(" | ") == 7 for line in rows), rows
    whats = [r.split(" | ")[0][2:] for r in rows]
    for want in ("extraction, fixtures, one core", "`kg ingest` of 4 generated documents, fresh store",
                 "`kg ingest` of 8 generated documents, fresh store", "10 more documents into the 8-document store",
                 "the 8 documents again, 1 (1%) of them changed", "`kg ingest --jobs 2` of 8 documents",
                 "embedded write path, 200 commitments", "synthetic store of 100 commitments for the named queries",
                 "synthetic store of 200 commitments for the named queries", "named query `overdue`, median latency",
                 "named query `workload`, median latency", "RDF export, N-Triples, 200 commitments",
                 "RDF export, Turtle, 200 commitments", "part `neo4j`"):
        assert want in whats, (want, whats)
    by_what = dict(zip(whats, rows))
    # figures, baselines and peaks are measured, not left empty
    assert re.search(r"\| [\d,]+ characters/CPU-s", by_what["extraction, fixtures, one core"])
    assert re.search(r"peak RSS \d[\d,]* MB", by_what["`kg ingest` of 8 generated documents, fresh store"])
    timed = r"\d\.\d{3} s \(\d\.\d{3} CPU-s\)"
    assert re.search(rf"100: {timed}; 200: {timed} .*\| 100: {timed} \| ×[\d.]+ wall, ×[\d.]+ CPU at 200 \|",
                     by_what["named query `overdue`, median latency"])
    assert "COUNTS DIFFER" not in by_what["embedded write path, 200 commitments"]
    assert "kg stats` the same" in by_what["`kg ingest --jobs 2` of 8 documents"]
    # the ingest part's figures are medians of --runs rounds, each run's time shown
    for what in ("`kg ingest` of 8 generated documents, fresh store", "`kg ingest --jobs 2` of 8 documents",
                 "the 8 documents again, 1 (1%) of them changed"):
        assert re.search(r"medians of 2 \(runs [\d.]+, [\d.]+ s\)", by_what[what]), by_what[what]
    # --jobs 2 is read against what the machine's two cores gave in the same rounds
    assert re.search(r"the machine's two cores before each `--jobs 2` .*: ×\d\.\d\d, ×\d\.\d\d \|",
                     by_what["`kg ingest --jobs 2` of 8 documents"])
    assert re.search(r"\| ×\d\.\d\d faster \(wall; rounds ×\d\.\d\d, ×\d\.\d\d\); the machine's two cores "
                     r"×\d\.\d\d \(median\): \d+% of them; the extraction's ×\d\.\d\d: \d+% of it \|",
                     by_what["`kg ingest --jobs 2` of 8 documents"])
    assert re.search(r"the extraction of every 4th file \(`two_readers`.*\): ×\d\.\d\d, ×\d\.\d\d \|",
                     by_what["`kg ingest --jobs 2` of 8 documents"])
    assert "skipped: `--skip neo4j`" in by_what["part `neo4j`"]


def test_child_counts_the_cpu_of_the_processes_below_it():
    """A child that starts a process burning a second of CPU and waits for it: its tree's CPU holds that
    second once (the grandchild is seen in /proc, and the child's own CPU leaves out what it waited for);
    its own CPU (``getrusage`` of the children) holds it too, as a child waited for."""
    burn = ("import time; t = time.process_time(); exec('while time.process_time() - t < 1.0: pass'); "
            "time.sleep(0.5)")  # (sampled every 0.2 s: seen once it has burnt its second)
    r = run.child(f"import subprocess, sys; subprocess.run([sys.executable, '-c', {burn!r}])")
    assert 1.0 <= r.tree_cpu < r.cpu + 0.5
    alone = run.child("pass")
    assert alone.tree_cpu < 0.5
