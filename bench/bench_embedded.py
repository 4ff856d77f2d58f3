"""Embedded store (Ladybug): write throughput and named-query latency.

    python bench/bench_embedded.py --commitments 50000
    python bench/bench_embedded.py --commitments 100000 --against-copy 3

Builds a synthetic graph (tests/synthetic_graph.py), writes it into a fresh
store in one transaction, writes it again (the idempotent re-ingest), then
runs every named query with parameters that return rows and reports the
median of three runs.  Peak resident memory is printed last.

``--against-copy N``: instead, N rounds of the write path
(``EmbeddedStore.write`` into a fresh store) against Ladybug's own ``COPY …
FROM`` CSV files of the same graph (written before the clock starts, as
``bench/run.py``'s write row does) into another fresh store, one after the
other in the same process; wall and CPU (``time.process_time``: every
thread of the process) of each, their medians and ratios, the load average
before each round, and whether both stores hold the same counts.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_graph import synthetic_graph  # noqa: E402

from kg.queries import list_queries  # noqa: E402
from kg.store import open_store  # noqa: E402



def query_median(store, cypher: str, params: dict, runs: int = 3) -> tuple[float, int]:
    """The median seconds of ``runs`` runs of a query on ``store``, and its number of rows."""
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = len(store.query(cypher, params).rows)
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows

def _timed(f) -> tuple[float, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    f()
    return time.perf_counter() - t0, time.process_time() - c0


def against_copy(graph, rounds: int) -> None:
    """The write path against ``COPY … FROM`` of the same graph, ``rounds`` times (see the module's doc)."""
    from run import _write_csv, copy_all

    items = len(graph.nodes) + len(graph.edges)
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-copy-"))
    try:
        csvs = folder / "csv"
        csvs.mkdir()
        files = _write_csv(graph, csvs)
        results = []
        for r in range(rounds):
            load = open("/proc/loadavg").read().split()[0]
            with open_store(str(folder / f"write{r}")) as s:
                ww, cw = _timed(lambda: s.write(graph))
                got = s.stats()
            with open_store(str(folder / f"copy{r}")) as s:
                wc, cc = _timed(lambda: copy_all(s, files))
                copied = s.stats()
            same = {k: v for k, v in got.items() if v} == {k: v for k, v in copied.items() if v}
            results.append((ww, cw, wc, cc))
            print(f"round {r + 1} (load {load}): write {ww:6.2f} s wall {cw:6.2f} s CPU "
                  f"{items / ww:9,.0f} items/s | COPY {wc:6.2f} s wall {cc:6.2f} s CPU {items / wc:9,.0f} items/s | "
                  f"ratio {wc / ww:.2f} wall {cc / cw:.2f} CPU{'' if same else ' (COUNTS DIFFER)'}", flush=True)
            shutil.rmtree(folder / f"write{r}")
            shutil.rmtree(folder / f"copy{r}")
        ww, cw, wc, cc = (statistics.median(x) for x in zip(*results))
        wall = statistics.median(c / w for w, _, c, _ in results)
        cpu = statistics.median(c / w for _, w, _, c in results)
        print(f"median of {rounds}: write {items / ww:,.0f} items/s ({ww:.2f} s wall, {cw:.2f} s CPU), "
              f"COPY {items / wc:,.0f} items/s ({wc:.2f} s wall, {cc:.2f} s CPU); median of the rounds' ratios: "
              f"{wall:.2f} of COPY (wall), {cpu:.2f} (CPU); load {open('/proc/loadavg').read().split()[0]} at the end")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commitments", type=int, default=50000)
    ap.add_argument("--against-copy", type=int, default=0, metavar="N",
                    help="N rounds of the write path against COPY FROM of the same graph (nothing else)")
    ap.add_argument("--index-first", action="store_true",
                    help="the write adds its blocking index before the graph, not in a thread beside it (the path "
                         "before session 6, to compare)")
    args = ap.parse_args()
    if args.index_first:
        import kg.store.embedded as emb

        emb.INDEX_BESIDE = 1 << 62
    graph = synthetic_graph(args.commitments)
    if args.against_copy:
        print(f"graph: {args.commitments} commitments, {len(graph.nodes)} nodes, {len(graph.edges)} relations")
        against_copy(graph, args.against_copy)
        print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        return
    items = len(graph.nodes) + len(graph.edges)
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        with open_store(str(folder)) as store:
            t = time.perf_counter()
            store.write(graph)
            first = time.perf_counter() - t
            t = time.perf_counter()
            store.write(graph)
            again = time.perf_counter() - t
            print(f"graph: {args.commitments} commitments, {len(graph.nodes)} nodes, {len(graph.edges)} relations")
            print(f"write:        {first:7.2f} s  {items / first:10,.0f} nodes+rels/s")
            print(f"write again:  {again:7.2f} s  {items / again:10,.0f} nodes+rels/s")
            sample = store.query("MATCH (p:Person)-[:LEADS]->(c:Commitment) RETURN p.name AS n LIMIT 1").rows[0][0]
            project = store.query("MATCH (p:Project) RETURN p.name AS n LIMIT 1").rows[0][0]
            source = store.query("MATCH (d:Document) RETURN d.source AS s LIMIT 1").rows[0][0]
            values = {"name": sample, "project": project, "as_of": "2021-06-30", "source": source,
                      "ref": project, "place": ""}
            print(f"{'query':22} {'rows':>8} {'median s':>9}")
            for q in list_queries():
                median, rows = query_median(store, q.cypher, q.bind({p: values[p] for p in q.params if p in values}))
                print(f"{q.name:22} {rows:8d} {median:9.3f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
