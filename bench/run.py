"""The scale benchmark: one command, every figure with its baseline measured in the same run.

    python bench/run.py --quick            # 100 and 1,000 documents: a few minutes
    python bench/run.py                    # 1,000 and 10,000 documents (long on 2 cores)
    python -m bench --quick                # the same, from the checkout's root

It writes ``docs/benchmarks.md`` (``--out`` elsewhere): per row the command
measured, its input, the figure, the baseline it is read against (measured
in the same run) and the ratio, with the machine and its load average when
the row started.  ``kg`` runs as a child process, as users run it; times are
wall clock, with the child's CPU time beside them (the machine is shared, so
CPU time is the steadier figure).

Rows:

- ``kg ingest FOLDER`` of the generated archive (``bench/corpus.py
  --archive``: speeches, task tables and progress notices of many counties)
  into a fresh store, at the small and the large size: documents/s and
  items/s (nodes + relations stored); the large against the small (linear
  means time ×10 for ×10 documents; the goal is at most ×12);
- 10 more documents of the same counties into the large store, against the
  same 10 into an empty store (goal: at most ×2): three runs each, alternating,
  each into a fresh copy of the store, medians (``bench/bench_ingest.py --into``
  measures the same on a kept store);
- the same folder again with 1% of its files changed, against the first
  ingest (unchanged files are skipped; goal: under 5%);
- ``kg ingest --jobs 2`` against ``--jobs 1`` on the small folder;
- the embedded write path (``EmbeddedStore.write``, one transaction) of a
  synthetic graph against Ladybug's own ``COPY … FROM`` CSV files of the same
  graph into a fresh store (goal: at least 1/3).

The named queries at 100,000 and 1,000,000 commitments (load time, peak
memory, each query's latency) are ``bench/bench_queries.py``'s.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (HERE, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))
from corpus import write_archive  # noqa: E402


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu or platform.processor()}){mem}, Python {platform.python_version()}"


def load() -> float:
    return os.getloadavg()[0]


def kg(*args: str) -> tuple[str, float, float]:
    """``kg ARGS`` as a child process: stdout, wall seconds, CPU seconds (the child and its workers)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args],
                         check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return out, wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def stats(store: str) -> dict:
    return json.loads(kg("stats", "--store", store, "--format", "json")[0])


class Table:
    def __init__(self):
        self.rows = []

    def add(self, what, command, input_, figure, baseline, ratio, goal, load_):
        self.rows.append((what, command, input_, figure, baseline, ratio, goal, f"{load_:.1f}"))
        print(f"- {what}: {figure} | baseline {baseline} | ratio {ratio} | goal {goal}", flush=True)


def _secs(wall, cpu):
    return f"{wall:.1f} s wall ({cpu:.1f} s CPU)"


def ten_more(store: Path, extra: Path, tmp: Path, runs: int = 3) -> tuple[tuple, tuple]:
    """``kg ingest EXTRA`` into an empty store and into a fresh copy of ``store``, ``runs`` times
    each, alternating: the medians of (wall, CPU) of each."""
    got: dict = {"empty": [], "store": []}
    for _ in range(runs):
        for kind in got:
            target = tmp / f"ten-{kind}"
            shutil.rmtree(target, ignore_errors=True)
            if kind == "store":
                shutil.copytree(store, target)
            got[kind].append(kg("ingest", str(extra), "--store", str(target), "-q")[1:])
            shutil.rmtree(target, ignore_errors=True)
    return tuple(tuple(statistics.median(x[i] for x in got[k]) for i in (0, 1)) for k in ("empty", "store"))


def ingest_rows(t: Table, tmp: Path, small: int, large: int, seed: int, jobs_at: int) -> None:
    folders = {}
    for n in (small, large):
        folders[n] = tmp / f"docs{n}"
        write_archive(str(folders[n]), documents=n, seed=seed)
    # ingest at both sizes
    res = {}
    for n in (small, large):
        store = str(tmp / f"store{n}")
        l0 = load()
        _, wall, cpu = kg("ingest", str(folders[n]), "--store", store, "-q")
        items = sum(stats(store).values())
        res[n] = (wall, cpu, items, l0)
    (ws, cs, items_s, l_s), (wl, cl, items_l, l_l) = res[small], res[large]
    for n in (small, large):
        wall, cpu, items, l0 = res[n]
        t.add(f"`kg ingest` of {n:,} generated documents, fresh store", f"`kg ingest DOCS{n} --store S -q`",
              f"{n:,} files of `bench/corpus.py --archive --seed {seed}` ({items:,} nodes+relations stored)",
              f"{n / wall:.1f} documents/s, {items / wall:,.0f} items/s; {_secs(wall, cpu)}; "
              f"CPU: {n / cpu:.1f} documents/s",
              "—" if n == small else f"{small:,} documents: {_secs(ws, cs)}",
              "—" if n == small else f"time ×{wl / ws:.1f} wall, ×{cl / cs:.1f} CPU for ×{large / small:g} documents",
              "—" if n == small else f"≤ ×{1.2 * large / small:g}", l0)
    # 10 more documents: into the large store and into an empty one
    extra = tmp / "extra"
    more = write_archive(str(tmp / "more"), documents=large + 10, seed=seed)[-10:]
    extra.mkdir()
    for p in more:
        shutil.copy(p, extra / p.name)
    l0 = load()
    (we, ce), (wb, cb) = ten_more(tmp / f"store{large}", extra, tmp)
    t.add(f"10 more documents into the {large:,}-document store", f"`kg ingest EXTRA10 --store S{large} -q`",
          f"10 further files of the same generator and counties, into fresh copies of the store; medians of 3",
          _secs(wb, cb), f"the same 10 into an empty store: {_secs(we, ce)}",
          f"×{wb / we:.2f} wall, ×{cb / ce:.2f} CPU", "≤ ×2", l0)
    # re-ingest with 1% changed
    files = sorted(folders[large].iterdir())
    changed = files[:: 100]
    for p in changed:
        text = p.read_text(encoding="utf-8")
        p.write_text(text.replace("月底前", "月中旬前", 1).replace("已完成主体工程的", "已完成工程量的", 1)
                     + "\n", encoding="utf-8")
    l0 = load()
    out, wr, cr = kg("ingest", str(folders[large]), "--store", str(tmp / f"store{large}"))
    t.add(f"the {large:,} documents again, {len(changed)} (1%) of them changed",
          f"`kg ingest DOCS{large} --store S{large}`", f"the same folder, every 100th file edited; "
          f"said: {out.strip().split(' into ')[0]}…", _secs(wr, cr),
          f"first ingest of the {large:,}: {_secs(wl, cl)}", f"{100 * wr / wl:.1f}% wall, {100 * cr / cl:.1f}% CPU",
          "< 5%", l0)
    # --jobs 2 against --jobs 1
    n = jobs_at
    folder = folders[n] if n in folders else None
    if folder is None:
        folder = tmp / f"docs{n}"
        write_archive(str(folder), documents=n, seed=seed)
    l0 = load()
    _, w1, c1 = kg("ingest", str(folder), "--store", str(tmp / "jobs1"), "-q", "--jobs", "1")
    _, w2, c2 = kg("ingest", str(folder), "--store", str(tmp / "jobs2"), "-q", "--jobs", "2")
    same = stats(str(tmp / "jobs1")) == stats(str(tmp / "jobs2"))
    t.add(f"`kg ingest --jobs 2` of {n:,} documents", f"`kg ingest DOCS{n} --store S -q --jobs 2`",
          f"the {n:,}-document folder above; `kg stats` " + ("the same" if same else "DIFFERENT"),
          f"{w2:.1f} s wall ({c2:.1f} s CPU of the writer; the workers' is not counted)",
          f"`--jobs 1`: {_secs(w1, c1)}", f"×{w1 / w2:.2f} faster (wall)", "≥ ×1.7 on 2 free cores", l0)


def copy_all(store, files: dict) -> None:
    """``COPY … FROM`` every CSV file of :func:`_write_csv` into ``store``, one transaction."""
    conn = store._conn
    conn.execute("BEGIN TRANSACTION")
    for key, path in files.items():
        if os.path.getsize(path) == 0:
            continue
        if key[0] == "node":
            conn.execute(f"COPY {key[1]} FROM '{path}' (header=false)")
        else:
            conn.execute(f"COPY {key[1]} FROM '{path}' (header=false, from='{key[2]}', to='{key[3]}')")
    conn.execute("COMMIT")


def _write_csv(graph, folder: Path) -> dict:
    """CSV files of ``graph`` for ``COPY … FROM``: one per node label, one per relation type and end labels."""
    from kg.graph_schema import NODES, RELS, label_of_id
    from kg.values import typed as _cast

    files = {}
    for label, schema in NODES.items():
        path = folder / f"{label}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            for n in graph.nodes_of(label):
                w.writerow([n.id] + ["" if (v := _cast(k, n.props.get(p))) is None else v
                                     for p, k in schema.items() if p != "id"])
        files[("node", label)] = path
    for rel in RELS.values():
        for a, b in rel.ends:
            path = folder / f"{rel.name}_{a}_{b}.csv"
            with open(path, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                for e in graph.edges_of(rel.name):
                    if label_of_id(e.src) == a and label_of_id(e.dst) == b:
                        w.writerow([e.src, e.dst] + ["" if (v := _cast(k, e.props.get(p))) is None else v
                                                     for p, k in rel.props])
            files[("rel", rel.name, a, b)] = path
    return files


def write_rows(t: Table, tmp: Path, commitments: int) -> None:
    from synthetic_graph import synthetic_graph

    from kg.store import open_store

    graph = synthetic_graph(commitments)
    items = len(graph.nodes) + len(graph.edges)
    l0 = load()
    with open_store(str(tmp / "write")) as s:
        c0 = time.process_time()
        t0 = time.perf_counter()
        s.write(graph)
        ww, cw = time.perf_counter() - t0, time.process_time() - c0
        got = s.stats()
    files = _write_csv(graph, tmp)
    with open_store(str(tmp / "copy")) as s:
        c0 = time.process_time()
        t0 = time.perf_counter()
        copy_all(s, files)
        wc, cc = time.perf_counter() - t0, time.process_time() - c0
        copied = s.stats()
    same = {k: v for k, v in got.items() if v} == {k: v for k, v in copied.items() if v}
    t.add(f"embedded write path, {commitments:,} commitments", "`EmbeddedStore.write(graph)` into a fresh store",
          f"`tests/synthetic_graph.py` ({items:,} nodes+relations), one transaction",
          f"{items / ww:,.0f} items/s ({ww:.1f} s wall, {cw:.1f} s CPU: {items / cw:,.0f} items/CPU-s)",
          f"`COPY … FROM` CSV files of the same graph (written before the clock starts), one transaction: "
          f"{items / wc:,.0f} items/s ({wc:.1f} s wall, {cc:.1f} s CPU: {items / cc:,.0f} items/CPU-s)"
          + ("" if same else " (COUNTS DIFFER)"), f"{wc / ww:.2f} of COPY (wall), {cc / cw:.2f} (CPU)", "≥ 1/3", l0)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="100 and 1,000 documents, 10,000 commitments")
    ap.add_argument("--small", type=int, default=None)
    ap.add_argument("--large", type=int, default=None)
    ap.add_argument("--commitments", type=int, default=None, help="size of the write-path graph")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    a = ap.parse_args(argv)
    small = a.small or (100 if a.quick else 1000)
    large = a.large or (1000 if a.quick else 10000)
    commitments = a.commitments or (10000 if a.quick else 100000)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    t = Table()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        write_rows(t, tmp, commitments)
        ingest_rows(t, tmp, small, large, a.seed, jobs_at=small)
    took = time.perf_counter() - t0
    cmd = "python bench/run.py" + (" --quick" if a.quick else "") + "".join(
        f" --{k} {v}" for k, v in (("small", a.small), ("large", a.large), ("commitments", a.commitments)) if v)
    lines = ["# Benchmarks", "", "Written by `" + cmd + f"` on {started} in {took / 60:.0f} min; "
             f"machine: {machine()}.  Every baseline was measured in the same run, so a ratio can be read "
             "even when the machine is busy (its load average, 1 minute, is given per row).  Items are "
             "nodes + relations.  Extraction speed: `python bench/bench_extract.py`.", "",
             "| what | command | input | figure | baseline (same run) | ratio | goal (#12) | load |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(r) + " |" for r in t.rows]
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
