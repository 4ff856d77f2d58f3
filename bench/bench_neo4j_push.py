"""Benchmark of ``kg push``: batched UNWIND+MERGE against row-by-row MERGE on a real Neo4j 5.26.

Starts the test server of ``tests/neo4j_server.py`` (Neo4j 5.26 Community from
``tests/neo4j-harness``; Java 17+ and Maven needed once), builds a synthetic
graph of ``--commitments`` commitments with leaders, departments (PART_OF),
projects, targets and documents (``tests/synthetic_graph.py``), and measures
nodes+relationships written per second:

* **row-by-row**: the naive loader, one ``MERGE … SET …`` statement per node
  and per relationship, each its own auto-commit transaction; run on a sample
  graph of the same shape with about ``--sample`` items (the rate is then
  extrapolated: running it on the whole graph would take far longer);
* **batched**: :func:`kg.store.neo4j_push.push`, ``UNWIND $rows`` + ``MERGE`` in
  transactions of ``--batch-size`` rows (what ``kg push`` does), on the
  whole graph, into an empty database;
* **N concurrent pushers** (``--pushers 1 2 4``): the graph cut into N shards
  as N workers that each ingested part of an archive hold them
  (``tests/synthetic_graph.py:shards``: every commitment in one shard, the
  leaders, units, projects and documents it mentions in every shard that
  mentions them), each pushed by its own process at the same time into the
  empty database; the time is from the start of the first to the end of the
  last, the rate counts the distinct nodes+relationships of the graph (shared
  nodes pushed by several shards count once), and the graph is checked
  against the single push (same counts, no duplicate ids); one pusher is the
  baseline of these rows;
* **re-push** (``--repush``): the same push again, all MERGEs matching, the
  cost of an idempotent re-run;
* **neo4j-admin** (``--admin-import``): ``kg export --format neo4j-admin`` and a
  real ``neo4j-admin database import full`` of the files into an empty store
  (offline: the server must be stopped; for first loads of very big graphs).

Both runs start from an empty database with the id constraints in place.

    python bench/bench_neo4j_push.py                      # 100,000 commitments
    python bench/bench_neo4j_push.py --repush --admin-import
    python bench/bench_neo4j_push.py --commitments 20000 --json out.json
    python bench/bench_neo4j_push.py --commitments 50000 --pushers 1 2 4
    python bench/bench_neo4j_push.py --uri bolt://localhost:7687 --password …  # your server

With ``--uri`` the database is EMPTIED first (every node deleted): never point it at
a server whose data you want to keep.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.graph import Graph  # noqa: E402
from kg.store.neo4j_push import push  # noqa: E402
from kg.store.base import edge_statements, node_statements  # noqa: E402
from kg.store.neo4j import Neo4jStore, schema_statements  # noqa: E402
from synthetic_graph import shards, synthetic_graph  # noqa: E402

ITEMS_PER_COMMITMENT = 6.5  # nodes+relationships per commitment in synthetic_graph, roughly


def empty(driver) -> None:
    """Delete every node, then make sure the constraints and indexes exist."""
    with driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
        for stmt in schema_statements():
            s.run(stmt).consume()
        s.run("CALL db.awaitIndexes(300)").consume()


def row_by_row(driver, graph: Graph) -> tuple[int, float]:
    """One MERGE statement per node and per relationship, one auto-commit transaction each."""
    items = []
    for stmt, rows in list(node_statements(graph)) + list(edge_statements(graph)):
        single = stmt.replace("UNWIND $rows AS r ", "WITH $r AS r ")
        items += [(single, row) for row in rows]
    t0 = time.perf_counter()
    with driver.session() as s:
        for stmt, row in items:
            s.run(stmt, r=row).consume()
    return len(items), time.perf_counter() - t0


def _push_child(conn, uri, auth, part, batch_size, barrier) -> None:
    try:
        barrier.wait()
        r = push(uri, graph=part, auth=auth, batch_size=batch_size)
        conn.send({"items": r.items, "seconds": r.seconds, "retries": r.retries})
    except BaseException as e:  # noqa: BLE001 - reported by the parent
        conn.send({"error": f"{type(e).__name__}: {e}"})
    finally:
        conn.close()


def concurrent_push(uri, auth, graph: Graph, pushers: int, batch_size: int) -> dict:
    """Push ``pushers`` shards of ``graph`` from as many processes at once; check the result."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parts = shards(graph, pushers)
    barrier = ctx.Barrier(pushers + 1)
    procs, pipes = [], []
    for part in parts:
        parent, child = ctx.Pipe(duplex=False)
        p = ctx.Process(target=_push_child, args=(child, uri, auth, part, batch_size, barrier))
        p.start()
        child.close()
        procs.append(p)
        pipes.append(parent)
    barrier.wait()
    t0 = time.perf_counter()
    outs = [pipe.recv() for pipe in pipes]
    secs = time.perf_counter() - t0
    for p in procs:
        p.join()
    errors = [o["error"] for o in outs if "error" in o]
    if errors:
        raise RuntimeError(f"{pushers} pushers: {errors}")
    with Neo4jStore(uri, auth=auth, read_only=True) as store:
        stats = store.stats()
        dup = store.query("MATCH (n) RETURN count(n) - count(DISTINCT n.id) AS d").rows[0][0]
    n_items = len(graph.nodes) + len(graph.edges)
    return {"method": f"kg push, {pushers} concurrent pusher(s), one shard each", "items": n_items,
            "pushed": sum(o["items"] for o in outs), "seconds": secs, "rate": n_items / secs,
            "retries": sum(o["retries"] for o in outs),
            "same_graph": {k: v for k, v in stats.items() if v} == graph.counts() and dup == 0}


def admin_import(graph: Graph, workdir: Path) -> tuple[float, float]:
    """``kg export --format neo4j-admin`` then a real ``neo4j-admin database import full``
    (org.neo4j.cli.AdminTool from the harness class path) into an empty store.
    Returns (export seconds, import seconds)."""
    import shutil
    import subprocess

    from kg.export import neo4j_admin
    from neo4j_server import build_launcher

    out, home = workdir / "csv", workdir / "home"
    t0 = time.perf_counter()
    neo4j_admin.write(graph, out)
    t_export = time.perf_counter() - t0
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(f"server.directories.data={home / 'data'}\n", encoding="utf-8")
    files = [line.strip().rstrip("\\").strip() for line in (out / "import.sh").read_text().splitlines()
             if line.strip().startswith(("--nodes=", "--relationships="))]
    cmd = [shutil.which("java") or "java", "-Xmx512m", "-cp", os.pathsep.join(build_launcher()),
           "org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j",
           *neo4j_admin.import_args(files)[:-len(files)], "--max-off-heap-memory=512m", *files]
    env = dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=out, env=env, capture_output=True, text=True)
    if proc.returncode != 0 or "IMPORT DONE" not in proc.stdout:
        raise RuntimeError("neo4j-admin import failed:\n" + (proc.stdout + proc.stderr)[-3000:])
    return t_export, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--commitments", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=5000, help="items (nodes+rels) of the row-by-row sample")
    ap.add_argument("--batch-size", type=int, default=10_000)
    ap.add_argument("--repush", action="store_true", help="also time pushing the same graph again")
    ap.add_argument("--pushers", type=int, nargs="*", default=[], metavar="N",
                    help="also time N concurrent pushers of N shards (e.g. 1 2 4)")
    ap.add_argument("--admin-import", action="store_true",
                    help="also time kg export --format neo4j-admin + neo4j-admin database import full")
    ap.add_argument("--heap", default="1g", help="JVM heap of the test server")
    ap.add_argument("--page-cache", type=int, default=512, help="page cache of the test server, MiB")
    ap.add_argument("--uri", help="use this server instead of starting one (its database is emptied!)")
    ap.add_argument("--user", default=os.environ.get("NEO4J_USERNAME", "neo4j"))
    ap.add_argument("--password", default=os.environ.get("NEO4J_PASSWORD"))
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args(argv)

    server = None
    if args.uri:
        uri, auth = args.uri, (args.user, args.password or "")
    else:
        from neo4j_server import Neo4jTestServer

        server = Neo4jTestServer(home=Path(tempfile.mkdtemp(prefix="kg-bench-neo4j-")), heap=args.heap,
                                 page_cache_mb=args.page_cache)
        t0 = time.perf_counter()
        server.start()
        print(f"Neo4j test server {server.uri} up in {time.perf_counter() - t0:.1f} s "
              f"(heap {args.heap}, page cache {args.page_cache} MiB)", file=sys.stderr)
        uri, auth = server.uri, server.auth
    results = []
    load0 = os.getloadavg()
    try:
        t0 = time.perf_counter()
        graph = synthetic_graph(args.commitments)
        n_items = len(graph.nodes) + len(graph.edges)
        print(f"synthetic graph: {args.commitments:,} commitments, {len(graph.nodes):,} nodes, "
              f"{len(graph.edges):,} relationships ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
        sample = synthetic_graph(max(10, round(args.sample / ITEMS_PER_COMMITMENT)))

        with Neo4jStore(uri, auth=auth) as store:
            driver = store._driver
            version = driver.execute_query("CALL dbms.components() YIELD versions, edition "
                                           "RETURN versions[0] + ' ' + edition AS v").records[0]["v"]
            empty(driver)
            n, secs = row_by_row(driver, sample)
            results.append({"method": "row-by-row MERGE, 1 tx per item (sample)", "items": n,
                            "seconds": secs, "rate": n / secs})
            print(f"row-by-row: {n:,} items in {secs:.1f} s", file=sys.stderr)
            empty(driver)

        report = push(uri, graph=graph, auth=auth, batch_size=args.batch_size)
        results.append({"method": f"kg push: UNWIND+MERGE, {args.batch_size:,} rows/tx", "items": report.items,
                        "seconds": report.seconds, "rate": report.rate})
        print(f"batched: {report.items:,} items in {report.seconds:.1f} s", file=sys.stderr)
        if args.repush:
            again = push(uri, graph=graph, auth=auth, batch_size=args.batch_size)
            results.append({"method": "kg push again (all MERGEs match)", "items": again.items,
                            "seconds": again.seconds, "rate": again.rate})
        with Neo4jStore(uri, auth=auth, read_only=True) as store:
            stats = store.stats()
        complete = {k: v for k, v in stats.items() if v} == graph.counts()
        concurrent = []
        for n in args.pushers:
            with Neo4jStore(uri, auth=auth) as store:
                empty(store._driver)
            r = concurrent_push(uri, auth, graph, n, args.batch_size)
            concurrent.append(r)
            complete = complete and r["same_graph"]
            print(f"{n} pusher(s): {r['items']:,} items in {r['seconds']:.1f} s, {r['retries']} retries, "
                  f"same graph: {r['same_graph']}", file=sys.stderr)
        if server is not None:
            server.stop()  # the offline import below wants the memory more
        if args.admin_import:
            with tempfile.TemporaryDirectory(prefix="kg-bench-admin-") as tmp:
                t_export, t_import = admin_import(graph, Path(tmp))
            secs = t_export + t_import
            results.append({"method": f"neo4j-admin: export {t_export:.0f} s + import, offline",
                            "items": n_items, "seconds": secs, "rate": n_items / secs})
    finally:
        if server is not None:
            server.close()
            shutil.rmtree(server.home, ignore_errors=True)  # the temporary home made above (52 MB a run)

    base = results[0]["rate"]
    for r in results:
        r["speedup"] = r["rate"] / base
    load1 = os.getloadavg()
    print(f"\nmachine: {os.cpu_count()} cores; load average {load0[0]:.2f} at the start, {load1[0]:.2f} at the end "
          f"(1-minute)")
    print(f"Neo4j {version}, {args.commitments:,} commitments = {n_items:,} nodes+relationships; "
          f"graph complete after push: {complete}")
    print(f"{'method':<44} {'items':>9} {'seconds':>8} {'items/s':>9} {'speed-up':>8}")
    for r in results:
        print(f"{r['method']:<44} {r['items']:>9,} {r['seconds']:>8.1f} {r['rate']:>9,.0f} {r['speedup']:>7.1f}x")
    if concurrent:
        one = concurrent[0]["rate"]
        print(f"\nconcurrent pushers ({args.batch_size:,} rows/tx; rate = distinct items of the graph / "
              f"time from first start to last end; baseline: the first row)")
        print(f"{'method':<44} {'pushed':>9} {'seconds':>8} {'items/s':>9} {'vs first':>8} {'retries':>7} same graph")
        for r in concurrent:
            r["vs_first"] = r["rate"] / one
            print(f"{r['method']:<44} {r['pushed']:>9,} {r['seconds']:>8.1f} {r['rate']:>9,.0f} "
                  f"{r['vs_first']:>7.2f}x {r['retries']:>7} {r['same_graph']}")
        results += concurrent
    if args.json:
        Path(args.json).write_text(json.dumps({"neo4j": version, "commitments": args.commitments,
                                               "items": n_items, "complete": complete, "results": results},
                                              indent=1), encoding="utf-8")
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
