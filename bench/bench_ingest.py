"""End-to-end ``kg ingest`` of generated documents, read twice: speed, and that nothing changes.

What it measures: the command users run, ``kg ingest FOLDER`` into a fresh
embedded store (extraction, identity, linking, one transaction per file),
then the same folder again with ``--reread`` (each document's old reading
deleted, written again, relinked), then once more as users run it (unchanged
files are skipped).  The corpus is ``bench/corpus.py``: speeches assigning works
and progress notices on them, so linking has work to do.  Times are wall
clock and process CPU (user + system) of the ``kg`` child, with the load
average at the start, so a figure from a busy machine can be read as such.

    python bench/bench_ingest.py --documents 100 1000

It fails (exit 1) when the second reading changes ``kg stats``.

With ``--into STORE --extra FOLDER`` it measures instead what #12 asks of a
big store: ``kg ingest FOLDER`` into a fresh copy of the kept ``STORE`` (the
10,000-document archive's store, say) against the same folder into an empty
store, ``--runs`` times each, alternating; the medians of wall and CPU time
(of the ``kg`` child, from ``getrusage``) and their ratios:

    python bench/bench_ingest.py --into /work/tmp/store10000 --extra /work/tmp/extra --runs 3

With ``--jobs FOLDER`` it measures ``kg ingest FOLDER --jobs 2`` against ``--jobs 1`` (and, with
``--one-by-one``, against one transaction per file, ``--batch 1``), each into a fresh store,
``--runs`` times, alternating; the medians of wall and CPU time and their ratios, and whether
every run gave the same ``kg stats``:

    python bench/bench_ingest.py --jobs /work/tmp/docs1000 --runs 3 --one-by-one

With ``--chain FOLDER`` (and ``--into STORE``: into a copy of it) it reads FOLDER in this process with
``jobs=1`` and timers around each step, and prints where the CPU goes and the bound it sets on
``--jobs 2`` on two free cores: batch k + 1 is linked while batch k is written (kg/ingest.py
``_Pipeline``, kg/pending.py), and the writes run one at a time, so the chain is the first batch's
linking, then for each batch the longer of its write and the next batch's linking; extraction and
resolution leave it, and two cores share the whole.  It prints too the chain of linking only after the
write (session 7: write, then link, then write).  CPU seconds, so a busy machine changes little:

    python bench/bench_ingest.py --chain /work/tmp/docs1000

With ``--timeline FOLDER`` it ingests FOLDER (``--with-jobs N``, 2 by default) into a fresh store in this
process and prints a line every ``--every`` files: time so far and per 1,000 files of the last stretch,
CPU here and in the workers, RSS of all; whether ingest stays linear, and its memory flat, at 100,000
documents (docs/benchmarks.md, session 27):

    python bench/corpus.py --archive --documents 100000 /work/tmp/docs100000
    python bench/bench_ingest.py --timeline /work/tmp/docs100000 --every 5000 --scratch /work/tmp
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus  # noqa: E402
from run import _tree  # noqa: E402 (the processes below one, read from /proc)


from run import kg as _kg  # noqa: E402 - kg ARGS as a child: stdout, wall seconds, CPU seconds


def run(documents: int, seed: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        folder, store = os.path.join(tmp, "docs"), os.path.join(tmp, "store")
        write_corpus(folder, documents=documents, seed=seed)
        load = os.getloadavg()[0]
        _, wall1, cpu1 = _kg("ingest", folder, "--store", store, "-q")
        stats1 = json.loads(_kg("stats", "--store", store, "--format", "json")[0])
        _, wall2, cpu2 = _kg("ingest", folder, "--store", store, "-q", "--reread")
        stats2 = json.loads(_kg("stats", "--store", store, "--format", "json")[0])
        _, wall3, cpu3 = _kg("ingest", folder, "--store", store, "-q")
    items = sum(stats1.values())
    print(f"{documents} documents ({stats1['Commitment']} commitments, {items} nodes+relations, "
          f"{stats1['RESTATES']} RESTATES), load average {load:.1f} on {os.cpu_count()} cores")
    for what, wall, cpu in (("first reading", wall1, cpu1), ("--reread", wall2, cpu2),
                            ("unchanged", wall3, cpu3)):
        print(f"  {what:13}  {wall:7.1f} s wall  {cpu:7.1f} s CPU  {documents / wall:6.1f} documents/s  "
              f"{items / wall:8.0f} items/s (wall)")
    same = stats1 == stats2
    print("  kg stats after reading again: " + ("the same" if same else f"CHANGED {stats1} -> {stats2}"))
    return same


def into(store: str, extra: str, runs: int) -> dict:
    """``kg ingest EXTRA`` into fresh copies of ``store`` and into empty stores, ``runs`` times each
    (alternating, so both see the same load): the medians and their ratios."""
    got: dict = {"empty": [], "store": []}
    with tempfile.TemporaryDirectory(prefix="kg-into-", dir=os.path.dirname(os.path.abspath(store))) as tmp:
        for _ in range(runs):
            for kind in ("empty", "store"):
                target = os.path.join(tmp, kind)
                shutil.rmtree(target, ignore_errors=True)
                if kind == "store":
                    shutil.copytree(store, target)
                load = os.getloadavg()[0]
                _, wall, cpu = _kg("ingest", extra, "--store", target, "-q")
                got[kind].append((wall, cpu, load))
                shutil.rmtree(target, ignore_errors=True)
    med = {k: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)) for k, v in got.items()}
    (we, ce), (ws, cs) = med["empty"], med["store"]
    for kind, v in got.items():
        print(f"  {kind:5}  wall {[round(x[0], 2) for x in v]}  CPU {[round(x[1], 2) for x in v]}  "
              f"load {[round(x[2], 1) for x in v]}")
    print(f"{extra} into {store}: {ws:.2f} s wall ({cs:.2f} s CPU); into an empty store {we:.2f} s wall "
          f"({ce:.2f} s CPU); medians of {runs}: x{ws / we:.2f} wall, x{cs / ce:.2f} CPU")
    return {"wall": ws / we, "cpu": cs / ce}


def _kg_tree(*args: str) -> tuple[float, float, float]:
    """``kg ARGS`` as a child: wall seconds, CPU seconds of the child (``getrusage``) and of the whole tree it
    started (the workers and the forkserver too, each as last seen in /proc, every 0.1 s; Linux only)."""
    import subprocess
    import time

    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", *args],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: dict = {}
    while p.poll() is None:
        for pid, cpu in _tree(os.getpid())[1].items():
            seen[pid] = max(seen.get(pid, 0.0), cpu)
        time.sleep(0.1)
    wall = time.perf_counter() - t
    if p.returncode:
        raise SystemExit(f"kg {' '.join(args)} failed: {p.stderr.read()[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, own, own + sum(c for pid, c in seen.items() if pid != p.pid)


def jobs(folder: str, runs: int, one_by_one: bool, scratch: str) -> dict:
    """``kg ingest FOLDER`` with ``--jobs 1``, ``--jobs 2`` (and ``--batch 1``) into fresh stores, alternating.
    CPU is the ``kg`` child's and the workers' it waited for (``getrusage`` of the children); the tree's CPU
    counts every process it started (the workers, the forkserver), so its CPU over wall is the cores used."""
    kinds = {"jobs 1": ["--jobs", "1"], "jobs 2": ["--jobs", "2"]}
    if one_by_one:
        kinds["one by one (--batch 1, --jobs 1)"] = ["--jobs", "1", "--batch", "1"]
    got: dict = {k: [] for k in kinds}
    seen = set()
    os.makedirs(scratch, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-jobs-", dir=scratch) as tmp:
        for _ in range(runs):
            for kind, args in kinds.items():
                target = os.path.join(tmp, "s")
                shutil.rmtree(target, ignore_errors=True)
                load = os.getloadavg()[0]
                wall, cpu, tree = _kg_tree("ingest", folder, "--store", target, "-q", *args)
                got[kind].append((wall, cpu, load, os.getloadavg()[0], tree))
                print(f"  {kind}: {wall:.1f} s wall, {cpu:.1f} s CPU ({tree:.1f} with the workers: "
                      f"{tree / wall:.2f} cores), load {load:.1f}-{os.getloadavg()[0]:.1f}", flush=True)
                seen.add(json.dumps(json.loads(_kg("stats", "--store", target, "--format", "json")[0]), sort_keys=True))
                shutil.rmtree(target, ignore_errors=True)
            kinds.pop("one by one (--batch 1, --jobs 1)", None)  # once is enough: it is the slow one
    med = {k: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)) for k, v in got.items()}
    for kind, v in got.items():
        print(f"  {kind}: wall {[round(x[0], 1) for x in v]}  CPU {[round(x[1], 1) for x in v]}  "
              f"with the workers {[round(x[4], 1) for x in v]}  load {[f'{x[2]:.1f}-{x[3]:.1f}' for x in v]}")
    (w1, c1), (w2, c2) = med["jobs 1"], med["jobs 2"]
    print(f"{folder}: --jobs 2 {w2:.1f} s wall ({c2:.1f} s CPU) against --jobs 1 {w1:.1f} s wall ({c1:.1f} s CPU), "
          f"medians: x{w1 / w2:.2f} faster (wall); kg stats {'the same' if len(seen) == 1 else 'DIFFER'}")
    for kind, (w, c) in med.items():
        if kind.startswith("one"):
            print(f"  one transaction per file: {w:.1f} s wall ({c:.1f} s CPU): --jobs 1 batched is x{w / w1:.2f} "
                  f"faster (wall), x{c / c1:.2f} (CPU)")
    return {"speedup": w1 / w2, "same": len(seen) == 1}


#: the steps of kg/ingest.py timed by :func:`chain`: off the chain (workers, or beside the write) or on it
OFF_CHAIN = ("read", "resolve")
ON_CHAIN = ("linked", "_write")


def chain(folder: str, store: Optional[str], scratch: str) -> dict:
    """CPU of each step of ``kg.ingest.ingest(jobs=1)`` of ``folder`` (into a copy of ``store``), and
    ``--jobs 2``'s bound on two free cores: all / (the chain + what is neither chain nor spread)."""
    import time

    import kg.ingest as ingest
    from kg.store import open_store

    spent = dict.fromkeys(OFF_CHAIN + ON_CHAIN, 0.0)
    each: dict = {name: [] for name in ON_CHAIN}  # each batch's linking and write, in order

    def timed(name, f):
        def step(*args, **kwargs):
            t = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - t
                if name in each:
                    each[name].append(time.process_time() - t)
        return step

    saved = {name: getattr(ingest, name) for name in spent}
    for name, f in saved.items():
        setattr(ingest, name, timed(name, f))
    load = os.getloadavg()[0]
    try:
        os.makedirs(scratch, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="kg-chain-", dir=scratch) as tmp:
            target = os.path.join(tmp, "s")
            if store:
                shutil.copytree(store, target)
            t0, w0 = time.process_time(), time.perf_counter()
            s = open_store(target)
            report = ingest.ingest(s, [folder], jobs=1)
            s.close()
            total, wall = time.process_time() - t0, time.perf_counter() - w0
    finally:
        for name, f in saved.items():
            setattr(ingest, name, f)
    on = sum(spent[n] for n in ON_CHAIN)
    off = sum(spent[n] for n in OFF_CHAIN)
    rest = total - on - off
    serial = total / (on + rest)
    links, writes = each["linked"], each["_write"]
    beside = (links[0] if links else 0.0) + sum(
        max(w, links[k + 1] if k + 1 < len(links) else 0.0) for k, w in enumerate(writes)) + rest
    bound = total / max(beside, total / 2)
    print(f"{folder}{' into a copy of ' + store if store else ''}: {report.files} files, {total:.2f} CPU-s "
          f"({wall:.1f} s wall, load {load:.1f}-{os.getloadavg()[0]:.1f}), --jobs 1 in this process")
    print(f"  on the chain: write {spent['_write']:.2f}, resolve-to-link (posts, review, linking) {spent['linked']:.2f} "
          f"({len(writes)} writes)")
    print(f"  off it: extraction {spent['read']:.2f}, resolution {spent['resolve']:.2f}; the rest (start, hashes, "
          f"close) {rest:.2f}")
    print(f"  linking after each write (write, link, write, ...): {on + rest:.2f} CPU-s of chain: x{serial:.2f} at most")
    print(f"  --jobs 2 on two free cores, linking beside the write: {beside:.2f} CPU-s of chain, half the whole "
          f"{total / 2:.2f}: at most x{bound:.2f} faster")
    return {"total": total, "chain": beside, "rest": rest, "bound": bound, "serial": serial}


def timeline(folder: str, jobs_: int, every: int, scratch: str) -> list[tuple]:
    """``kg.open_graph(STORE).ingest([FOLDER], jobs=N)`` in this process into a fresh store under ``scratch``,
    and every ``every`` files stored a line: the files, the wall seconds so far and those of the last
    ``every`` files, the CPU seconds of this process and of the processes below it (the workers, their
    server), and the RSS of all of them; then the close and the store's size.  Whether ingest stays linear,
    and memory bounded, far beyond the 10,000 of ``python -m bench`` (the 100,000 of ``bench/corpus.py
    --archive --documents 100000``).  Rows ``(files, wall, cpu, workers' cpu, rss MB)``."""
    import time

    import kg

    rows: list[tuple] = []
    os.makedirs(scratch, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-timeline-", dir=scratch) as tmp:
        store = os.path.join(tmp, "store")
        t0 = time.perf_counter()
        done = [0]

        def on_file(_path: str) -> None:
            done[0] += 1
            if done[0] % every == 0:
                rss, below = _tree(os.getpid())
                wall = time.perf_counter() - t0
                rows.append((done[0], wall, time.process_time(), sum(below.values()), rss))
                last = wall - (rows[-2][1] if len(rows) > 1 else 0.0)
                print(f"{done[0]:>9,} files  {wall:8.1f} s wall ({1000 * last / every:5.2f} s per 1,000 of the last "
                      f"{every:,})  CPU {rows[-1][2]:7.1f} s here, {rows[-1][3]:7.1f} s below  RSS {rss:6,.0f} MB",
                      flush=True)

        load = os.getloadavg()[0]
        g = kg.open_graph(store)
        try:
            report = g.ingest([folder], jobs=jobs_, on_file=on_file)
            ingested = time.perf_counter() - t0
        finally:
            g.store.close()
        wall = time.perf_counter() - t0
        size = sum(f.stat().st_size for f in Path(store).iterdir() if f.is_file()) / 2**20
        print(f"{folder}, --jobs {jobs_}: {report.files:,} files, {report.commitments:,} commitments in {ingested:.1f} s "
              f"({report.files / ingested:.1f} documents/s), closed at {wall:.1f} s; store {size:,.0f} MB on disk; "
              f"load average {load:.1f} at the start on {os.cpu_count()} cores", flush=True)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--documents", type=int, nargs="+", default=[100])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--into", metavar="STORE", help="a kept store: --extra is ingested into copies of it")
    ap.add_argument("--extra", metavar="FOLDER", help="the documents ingested --into a store")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", metavar="FOLDER", help="compare --jobs 2 with --jobs 1 on this folder")
    ap.add_argument("--one-by-one", action="store_true", help="with --jobs: also one transaction per file (once)")
    ap.add_argument("--scratch", default=None, help="with --jobs: where the stores go, made if missing (default: the temp folder)")
    ap.add_argument("--chain", metavar="FOLDER", help="where --jobs 1's CPU goes, and --jobs 2's bound (with --into: "
                                                     "into a copy of that store)")
    ap.add_argument("--timeline", metavar="FOLDER", help="ingest FOLDER into a fresh store in this process, a line "
                                                        "every --every files (time, CPU, RSS so far)")
    ap.add_argument("--every", type=int, default=5000, help="with --timeline: files between two lines")
    ap.add_argument("--with-jobs", type=int, default=2, help="with --timeline: the ingest's jobs")
    a = ap.parse_args(argv)
    if a.timeline:
        timeline(a.timeline, a.with_jobs, a.every, a.scratch or tempfile.gettempdir())
        return 0
    if a.chain:
        chain(a.chain, a.into, a.scratch or tempfile.gettempdir())
        return 0
    if a.jobs:
        return 0 if jobs(a.jobs, a.runs, a.one_by_one, a.scratch or tempfile.gettempdir())["same"] else 1
    if a.into:
        if not a.extra:
            ap.error("--into needs --extra FOLDER")
        into(a.into, a.extra, a.runs)
        return 0
    ok = [run(n, a.seed) for n in a.documents]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    sys.exit(main())
