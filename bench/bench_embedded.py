"""Embedded store (Ladybug): write throughput and named-query latency.

    python bench/bench_embedded.py --commitments 50000

Builds a synthetic graph (tests/synthetic_graph.py), writes it into a fresh
store in one transaction, writes it again (the idempotent re-ingest), then
runs every named query with parameters that return rows and reports the
median of three runs.  Peak resident memory is printed last.
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

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commitments", type=int, default=50000)
    args = ap.parse_args()
    graph = synthetic_graph(args.commitments)
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
