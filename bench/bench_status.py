"""The named queries that judge a status as of a date: median latency on a synthetic graph.

Builds ``tests/synthetic_graph.py``'s graph of N commitments (progress
records, restatements, and the derived facts of each work, derived as ingest
derives them), writes it into a fresh embedded store and runs the six status
queries (``status``, ``overdue``, ``overdue_by_actor``, ``workload``,
``commitments``, ``leader_commitments``) three times each at an as-of date
inside the graph's years; prints the median.  ``--queries DIR`` runs the
``.cypher`` files of another folder instead (an older version's, to compare
on the same store).

    python bench/bench_status.py --commitments 20000 [--queries /tmp/old_queries]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from synthetic_graph import synthetic_graph  # noqa: E402

from bench_embedded import query_median  # noqa: E402  (bench/ is the script's folder)

from kg.queries import get_query, parse_query  # noqa: E402
from kg.store import open_store  # noqa: E402

NAMES = ("status", "overdue", "overdue_by_actor", "workload", "commitments", "leader_commitments")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commitments", type=int, default=20000)
    ap.add_argument("--queries", action="append", default=[], metavar="DIR",
                    help="also run the .cypher files of DIR (repeatable)")
    ap.add_argument("--as-of", default="2022-06-30")
    args = ap.parse_args()
    graph = synthetic_graph(args.commitments)
    folder = Path(tempfile.mkdtemp(prefix="kg-bench-status-"))
    try:
        with open_store(str(folder)) as store:
            store.write(graph)
            name = store.query("MATCH (p:Person)-[:LEADS]->(c:Commitment) RETURN p.name LIMIT 1").rows[0][0]
            values = {"name": name, "as_of": args.as_of, "place": ""}
            sets = [("current", {n: get_query(n) for n in NAMES})]
            for d in args.queries:
                sets.append((d, {n: parse_query(n, (Path(d) / f"{n}.cypher").read_text(encoding="utf-8"))
                                 for n in NAMES}))
            print(f"{args.commitments} commitments, as of {args.as_of}")
            print(f"{'query':20} " + " ".join(f"{label[-18:]:>18}" for label, _ in sets) + "   (median s / rows)")
            for n in NAMES:
                cells = []
                for _, queries in sets:
                    q = queries[n]
                    median, rows = query_median(store, q.cypher, q.bind({p: values[p] for p in q.params if p in values}))
                    cells.append(f"{median:8.3f} {rows:>9d}")
                print(f"{n:20} " + " ".join(cells))
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
