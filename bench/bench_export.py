"""Benchmark of ``kg export`` from a store: read in pages against read whole, peak memory and time.

Builds (or reuses, ``--store``) an embedded store of ``--commitments``
synthetic commitments (``tests/synthetic_graph.py``, written a part of 100,000
commitments at a time), then exports it in each format two ways, each run in
a fresh process so that its peak resident set is its own:

* **whole** (the baseline, what ``kg export`` did before #14):
  ``store.to_graph()`` reads the whole store into a :class:`kg.graph.Graph`,
  then the writer writes it;
* **paged** (what ``kg export`` does now): the writer reads the store through
  :class:`kg.export.source.StoreSource`, ``--page`` rows per query, and
  writes as it reads; the store's page cache is capped
  (:data:`kg.export.source.BUFFER_POOL_MB`), as ``kg export`` caps it.

Runs are interleaved (whole, paged, paged, whole, …) and repeated
``--repeat`` times; the table gives the median wall time, the median CPU
time (user + system of the child, what load on the machine disturbs least),
the largest peak RSS (``ru_maxrss`` of the child, the process's whole
footprint: Python, the imports and the store's buffer pool included) and
checks that both ways wrote the same bytes.  A third kind of run, **open**,
only imports kg and opens the store (default page cache): the floor under the whole run.  The load average
of the machine is printed before and after.

    python bench/bench_export.py --commitments 100000                       # about 10 min
    python bench/bench_export.py --store /tmp/kg1m --commitments 1000000 --formats turtle --repeat 1
"""
from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

PART = 100_000
EXT = {"turtle": "ttl", "nt": "nt", "jsonld": "jsonld", "xml": "rdf", "json": "json", "neo4j-admin": ""}


def build(store: str, commitments: int) -> None:
    from synthetic_graph import synthetic_graph

    from kg.store.embedded import EmbeddedStore

    t0 = time.perf_counter()
    with EmbeddedStore(store) as s:
        for lo in range(0, commitments, PART):
            s.write(synthetic_graph(commitments, part=range(lo, min(commitments, lo + PART))))
            print(f"  built {min(commitments, lo + PART):,} commitments, {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr, flush=True)


def child(mode: str, fmt: str, store: str, out: str, page: int) -> None:
    from kg.export import export
    from kg.export.source import BUFFER_POOL_MB, StoreSource
    from kg.store.embedded import EmbeddedStore

    # whole: what kg export did before (default page cache); paged: what it does now
    cap = {"buffer_pool_mb": BUFFER_POOL_MB} if mode == "paged" else {}
    with EmbeddedStore(store, read_only=True, **cap) as s:
        if mode == "open":
            return
        data = s.to_graph() if mode == "whole" else StoreSource(s, page)
        if fmt == "neo4j-admin":
            export(data, fmt, out)
        else:
            with open(out, "wb") as f:
                export(data, fmt, f)


def digest(path: Path) -> str:
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for p in files:
        h.update(str(p.relative_to(path) if path.is_dir() else "").encode())
        with open(p, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size


def run(mode: str, fmt: str, store: str, out: Path, page: int) -> dict:
    if out.is_dir():
        shutil.rmtree(out)
    elif out.exists():
        out.unlink()
    cmd = [sys.executable, __file__, "--child", mode, fmt, store, str(out), str(page)]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise RuntimeError(f"{mode} {fmt} failed: status {status}")
    r = {"mode": mode, "format": fmt, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
         "rss_mb": usage.ru_maxrss / 1024}
    if mode != "open":
        r["bytes"], r["sha"] = size(out), digest(out)
    return r


def main(argv=None) -> int:
    # the parent stays small (no ladybug, no graph): a child's ru_maxrss starts from what it forked from
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child":
        mode, fmt, store, out, page = sys.argv[2:7]
        child(mode, fmt, store, out, int(page))
        return 0
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--build":
        build(sys.argv[2], int(sys.argv[3]))
        return 0
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--stats":
        import json

        from kg.store.embedded import EmbeddedStore

        with EmbeddedStore(sys.argv[2], read_only=True) as s:
            print(json.dumps(s.stats()))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--commitments", type=int, default=100_000)
    ap.add_argument("--store", help="the store to export (built there when missing; kept)")
    ap.add_argument("--formats", nargs="*", default=["turtle", "nt", "json", "neo4j-admin"],
                    help="of: " + " ".join(EXT))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--page", type=int, default=10_000, help="rows per query of the paged export")
    ap.add_argument("--only", choices=["whole", "paged"], help="run one way only")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-export-"))
    store = args.store or str(tmp / "store")
    try:
        if not (Path(store) / "graph.lbdb").exists():
            print(f"building a store of {args.commitments:,} commitments in {store}", file=sys.stderr)
            subprocess.run([sys.executable, __file__, "--build", store, str(args.commitments)], check=True)
        import json

        stats = json.loads(subprocess.run([sys.executable, __file__, "--stats", store], check=True,
                                          capture_output=True, text=True).stdout)
        from kg.graph_schema import NODES, RELS

        nodes, rels = sum(stats[k] for k in NODES), sum(stats[k] for k in RELS)
        load0 = os.getloadavg()
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
              f"load average {load0[0]:.2f} {load0[1]:.2f} {load0[2]:.2f} at the start", flush=True)
        print(f"store: {stats.get('Commitment', 0):,} commitments, {nodes:,} nodes, {rels:,} relations; "
              f"page {args.page:,} rows", flush=True)
        modes = [args.only] if args.only else ["whole", "paged"]
        results = [run("open", "-", store, tmp / "none", args.page)]
        for k in range(args.repeat):
            for fmt in args.formats:
                order = modes if k % 2 == 0 else modes[::-1]
                for mode in order:
                    r = run(mode, fmt, store, tmp / f"out.{EXT[fmt] or 'dir'}", args.page)
                    results.append(r)
                    print(f"  {mode:6} {fmt:12} {r['wall']:7.1f} s wall {r['cpu']:7.1f} s cpu "
                          f"{r['rss_mb']:7.0f} MB peak", file=sys.stderr, flush=True)
        load1 = os.getloadavg()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    floor = results[0]
    print(f"\nload average at the end {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f}; medians of {args.repeat} "
          f"interleaved run(s); open only (imports + store): {floor['rss_mb']:.0f} MB, {floor['wall']:.1f} s")
    print(f"{'format':12} {'way':6} {'wall s':>7} {'cpu s':>7} {'peak MB':>8} {'file MB':>8}  vs whole")
    for fmt in args.formats:
        by = {}
        for mode in modes:
            rs = [r for r in results if r["format"] == fmt and r["mode"] == mode]
            by[mode] = {"wall": statistics.median(r["wall"] for r in rs), "cpu": statistics.median(r["cpu"] for r in rs),
                        "rss": max(r["rss_mb"] for r in rs), "bytes": rs[0]["bytes"], "shas": {r["sha"] for r in rs}}
        for mode, m in by.items():
            ratio = ""
            if mode == "paged" and "whole" in by:
                w = by["whole"]
                same = "same bytes" if m["shas"] == w["shas"] and len(m["shas"]) == 1 else "DIFFERENT OUTPUT"
                ratio = (f"cpu x{m['cpu'] / w['cpu']:.2f}, wall x{m['wall'] / w['wall']:.2f}, "
                         f"memory x{m['rss'] / w['rss']:.2f}; {same}")
            print(f"{fmt:12} {mode:6} {m['wall']:7.1f} {m['cpu']:7.1f} {m['rss']:8.0f} {m['bytes'] / 2**20:8.0f}  {ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
