"""Named queries at scale: a synthetic store of N commitments, every named query timed.

    python bench/bench_queries.py --commitments 100000 1000000 [--part 50000] [--keep DIR]

For each size, a fresh embedded store is written through the product's write
path (``EmbeddedStore.write``, one transaction a part) from
``tests/synthetic_graph.py`` (progress records, restatements and the
properties ingest derives, by the same function), ``--part`` commitments at a
time (a multiple of 10: a work's statements are in one part), so memory is bounded by the part, not the store.  The build runs in a
child process and reports its peak resident memory.  Then every named query
(``queries/*.cypher``) runs with parameters that return rows:

- in one process on the store opened read-only, the median of three runs
  after a first (cold) one, through ``kg.queries.run`` (a listing query's count
  of all its works included); a listing query (``limit``) with its default
  limit, then with ``limit`` 0 (every row; ``--no-all`` skips these);
- as users run it, ``kg query NAME -p ...`` in a child process: wall time
  (starting Python and opening the store included) and the child's peak
  resident memory.

Prints a Markdown table per size.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

#: parameters that return rows on the synthetic graph (tests/synthetic_graph.py; it has no Post)
PARAMS = {"name": "领导000001", "project": "重点项目000001", "as_of": "2021-06-30", "source": "speech-0000001.txt",
          "ref": "任务00000101", "place": "", "post": "副县长"}


def build(store: str, commitments: int, part: int, buffer_mb: int = 0) -> None:
    """In a child: write the synthetic graph a part at a time; print JSON of the figures."""
    from synthetic_graph import synthetic_graph

    from kg.store.embedded import EmbeddedStore

    t0, c0 = time.perf_counter(), time.process_time()
    items = 0
    with EmbeddedStore(store, buffer_pool_mb=buffer_mb or None) as s:
        for lo in range(0, commitments, part):
            g = synthetic_graph(commitments, part=range(lo, min(commitments, lo + part)))
            items += len(g.nodes) + len(g.edges)
            s.write(g)
            del g
            print(f"  wrote {min(commitments, lo + part):,} commitments, {time.perf_counter() - t0:.0f} s, "
                  f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB",
                  file=sys.stderr, flush=True)
        stats = s.stats()
    print(json.dumps({"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "items": items,
                      "stored": sum(stats.values()),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def _timed(s, name: str, params: dict, runs: int) -> dict:
    """``kg.queries.run`` (the listing's count included, as users get it): rows, total, cold and warm seconds
    (wall), and the warm runs' median CPU seconds of this process (Ladybug's threads included)."""
    from kg.queries import run

    t = time.perf_counter()
    res = run(s, name, params)
    cold = time.perf_counter() - t
    times, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        run(s, name, params)
        times.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return {"rows": len(res.rows), "total": res.total, "cold": cold,
            "median": statistics.median(times) if times else cold,
            "cpu": statistics.median(cpus) if cpus else None}


def in_process(store: str, runs: int = 3, every: bool = True) -> dict:
    """In a child: each named query on the store opened read-only, cold then the median of ``runs``;
    a listing query with its default limit, and (``every``) with ``limit`` 0 (all its rows)."""
    from kg.queries import list_queries
    from kg.store.embedded import EmbeddedStore

    out = {}
    with EmbeddedStore(store, read_only=True) as s:
        for q in list_queries():
            params = {p: PARAMS[p] for p in q.params if p in PARAMS}
            out[q.name] = _timed(s, q.name, params, runs)
            if every and "limit" in q.params:
                out[q.name]["all"] = _timed(s, q.name, {**params, "limit": 0}, runs)
            print(f"  {q.name}: {out[q.name]}", file=sys.stderr, flush=True)
    out["_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out))


def _run(args: list[str], quiet: bool = False) -> tuple[str, float, float]:
    """A child process with its stdout, wall seconds and peak RSS (MB); ``quiet``: its stderr dropped."""
    t = time.perf_counter()
    p = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, stderr=subprocess.DEVNULL if quiet else None)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode:
        raise SystemExit(f"failed ({p.returncode}): {' '.join(args)}")
    return out, time.perf_counter() - t, usage.ru_maxrss / 1024


def build_store(store: str, commitments: int, part: int, buffer_mb: int = 0) -> dict:
    """Write the synthetic store of ``commitments`` in a child process: its figures (``wall``, ``cpu``,
    ``items``, ``stored``) and ``peak``, the child's peak resident memory (MB)."""
    me = str(Path(__file__).resolve())
    out, _, peak = _run([sys.executable, me, "--child-build", store, str(commitments), str(part), str(buffer_mb)])
    return {**json.loads(out), "peak": peak}


def time_queries(store: str, runs: int = 3, every: bool = True) -> tuple[dict, float]:
    """Every named query on ``store`` in one child process (:func:`in_process`): its figures per query
    and the child's peak resident memory (MB)."""
    me = str(Path(__file__).resolve())
    out, _, qpeak = _run([sys.executable, me, "--child-queries", store, str(runs), str(int(every))])
    return json.loads(out), qpeak


def cli_args(spec, store: str) -> list[str]:
    """``kg query NAME --store STORE --format csv -p ...`` (as a child's argv) with :data:`PARAMS`."""
    args = [sys.executable, "-c", "from kg.cli import main; main()", "query", spec.name, "--store", store,
            "--format", "csv"]
    for p in spec.params:
        if p in PARAMS:
            args += ["-p", f"{p}={PARAMS[p]}"]
    return args


def measure(commitments: int, part: int, keep: str | None, runs: int = 3, cli: bool = True,
            buffer_mb: int = 0, reuse: bool = False, every: bool = True) -> None:
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="kg-bench-q-"))
    store = str(folder / f"store{commitments}")
    try:
        l0 = os.getloadavg()[0]
        print(f"\n### {commitments:,} commitments\n")
        if not (reuse and Path(store).is_dir()):
            b = build_store(store, commitments, part, buffer_mb)
            peak = b["peak"]
            print(f"build: `bench/bench_queries.py --commitments {commitments} --part {part}"
                  + (f" --buffer-mb {buffer_mb}" if buffer_mb else "") + f"`: {b['items']:,} "
                  f"nodes+relations written ({b['stored']:,} stored) in {b['wall']:.0f} s wall ({b['cpu']:.0f} s CPU), "
                  f"{b['items'] / b['wall']:,.0f} items/s; peak RSS {peak:,.0f} MB; load {l0:.1f} at start, "
                  f"{os.getloadavg()[0]:.1f} at end\n", flush=True)
        l1 = os.getloadavg()[0]
        q, qpeak = time_queries(store, runs, every)
        print(f"| query | rows (default limit) | of (total) | cold (s) | median of {runs} (s) | all rows (`limit` 0) "
              f"| cold (s) | median of {runs} (s) | `kg query` wall (s) | `kg query` peak RSS (MB) |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        from kg.queries import list_queries

        for spec in list_queries():
            # (its note on the limit dropped)
            kwall, kpeak = _run(cli_args(spec, store), quiet=True)[1:] if cli else (None, None)
            r = q[spec.name]
            a = r.get("all")
            print(f"| {spec.name} | {r['rows']:,} | " + (f"{r['total']:,}" if r["total"] is not None else "—")
                  + f" | {r['cold']:.3f} | {r['median']:.3f} | "
                  + (f"{a['rows']:,} | {a['cold']:.3f} | {a['median']:.3f} | " if a else "— | — | — | ")
                  + (f"{kwall:.2f} | {kpeak:,.0f} |" if cli else "— | — |"), flush=True)
        print(f"\nqueries in one process: peak RSS {qpeak:,.0f} MB; load {l1:.1f} at start, "
              f"{os.getloadavg()[0]:.1f} at end", flush=True)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def main(argv=None) -> None:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child-build":
        return build(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child-queries":
        return in_process(sys.argv[2], int(sys.argv[3]), sys.argv[4:5] != ["0"])
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commitments", type=int, nargs="+", default=[100000])
    ap.add_argument("--part", type=int, default=50000)
    ap.add_argument("--keep", default=None, help="build the stores in this folder and keep them")
    ap.add_argument("--reuse", action="store_true", help="with --keep: time the queries on a store kept before")
    ap.add_argument("--runs", type=int, default=3, help="warm runs of each query after the cold one")
    ap.add_argument("--no-cli", action="store_true", help="skip the `kg query` child processes")
    ap.add_argument("--buffer-mb", type=int, default=0, help="cap the build's page cache (EmbeddedStore buffer_pool_mb)")
    ap.add_argument("--no-all", action="store_true", help="skip the listing queries with limit 0 (every row)")
    a = ap.parse_args(argv)
    for n in a.commitments:
        measure(n, a.part, a.keep, a.runs, not a.no_cli, a.buffer_mb, a.reuse, not a.no_all)


if __name__ == "__main__":
    main()
