"""Benchmark of the RDF exports: triples per second and peak memory per format.

Builds a synthetic :class:`kg.graph.Graph` (persons, organizations, projects,
documents, targets and ``--commitments`` commitments) and writes it with the
streaming writers of ``kg export`` (nt, turtle, jsonld, xml) and, beside
them, with plain rdflib: one ``rdflib.Graph`` of the same triples
(:func:`kg.rdf.to_rdflib`) and ``Graph.serialize``.  rdflib's Turtle
serializer is far too slow for the full graph, so it runs (with ours, for
comparison) on a smaller one (``--turtle-sample``).

Each run happens in a forked child; ``peak MB`` is the growth of its peak
resident set (VmHWM, reset per run) over the process holding the kg graph.
Rates come from the child's CPU time (``time.process_time``), not wall
clock, which moved 3.5x with the machine's load in one session (#14); the
load average is printed with the table.  For exports read from a store (the
``kg export`` command, whole against paged) see ``bench/bench_export.py``.

    python bench/bench_rdf.py                  # 100,000 commitments
    python bench/bench_rdf.py --commitments 10000 --only nt turtle

Output files go to a temporary folder and are removed (``--keep DIR`` keeps them).
"""
from __future__ import annotations

import argparse
import gc
import json
import multiprocessing as mp
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import rdf  # noqa: E402
from kg.rdf import writers as rdf_export  # noqa: E402
from kg.graph import Graph  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "建国明华志强雅琴卫东海燕秀英文军丽娟晓红伟平玉兰"
PLACES = "城关镇 城南街道 城北街道 东城区 西城区 工业园区 高新区 滨江新区".split()
BODIES = "住建局 交通运输局 财政局 发改委 水务局 自然资源局 生态环境分局 城管局 商务局 工信局 教育局 卫健委".split()
VERBS = "建成 完成 推进 新建 改造 启动 制定 引进".split()
THINGS = "道路 污水处理厂 棚户区 老旧小区 农村公路 产业项目 学校 医院 公园 停车场 充电桩 菜市场".split()
POSTS = "县长 副县长 常务副县长 县委书记 县委常委 局长 副局长 镇长".split()
STATUSES = ("done", "on_track", "behind", "not_started", None)


def synthetic(commitments: int, seed: int = 7) -> Graph:
    """A graph with ``commitments`` commitments and proportionate actors, projects and documents."""
    rnd = random.Random(seed)
    g = Graph()
    persons = [f"person:{i:016x}" for i in range(max(50, commitments // 50))]
    for i, pid in enumerate(persons):
        g.add_node("Person", pid, name=f"{SURNAMES[i % 20]}{GIVEN[i % 23]}{GIVEN[(i // 23) % 23]}{i}",
                   post=POSTS[i % len(POSTS)])
    govs = [f"org:{i:016x}" for i in range(max(5, commitments // 2000))]
    for i, oid in enumerate(govs):
        g.add_node("Organization", oid, name=f"{PLACES[i % len(PLACES)]}{i}政府")
    orgs = [f"org:{i + len(govs):016x}" for i in range(max(50, commitments // 20))]
    for i, oid in enumerate(orgs):
        g.add_node("Organization", oid, name=f"{PLACES[i % len(PLACES)]}{BODIES[i % len(BODIES)]}{i}")
        g.add_edge("PART_OF", oid, govs[i % len(govs)])
    projects = [f"project:{i:016x}" for i in range(max(20, commitments // 10))]
    for i, pid in enumerate(projects):
        g.add_node("Project", pid, name=f"{PLACES[i % len(PLACES)]}{THINGS[i % len(THINGS)]}工程{i}")
    docs = [f"doc:{i:016x}" for i in range(max(5, commitments // 100))]
    for i, did in enumerate(docs):
        g.add_node("Document", did, source=f"speech{i}.txt", title=f"在全县重点工作推进会上的讲话（第{i}次）",
                   date=f"20{20 + i % 5}-0{1 + i % 9}-1{i % 10}", speech=1, doc_type="text", speaker="王志强")
    for i in range(commitments):
        cid = f"commitment:{i:016x}"
        task = f"{VERBS[i % len(VERBS)]}{PLACES[i % len(PLACES)]}{THINGS[i % len(THINGS)]}{i}号"
        month = 1 + i % 12
        text = f"{month}月底前{task}，确保按期完成。"
        g.add_node("Commitment", cid, task=task, text=text, due=f"2024-{month:02d}-28", due_text=f"{month}月底前",
                   due_precision="month", status=STATUSES[i % len(STATUSES)],
                   percent=float(i % 100) if i % 3 == 0 else None, source=f"speech{i % len(docs)}.txt")
        g.add_edge("LEADS", rnd.choice(persons), cid, role="lead")
        g.add_edge("LEADS", rnd.choice(orgs), cid, role="lead")
        g.add_edge("RESPONSIBLE_FOR", rnd.choice(orgs), cid, role="responsible")
        if i % 2:
            g.add_edge("ASSISTS", rnd.choice(orgs), cid, role="assist")
        if i % 4 == 0:
            g.add_edge("CONCERNS", cid, rnd.choice(projects))
        if i % 3 == 0:
            tid = f"target:{i:016x}"
            g.add_node("Target", tid, metric=THINGS[i % len(THINGS)], op=">=", value=float(10 + i % 90),
                       unit="公里", text=f"不少于{10 + i % 90}公里")
            g.add_edge("HAS_TARGET", cid, tid)
        start = (i * 37) % 50_000
        g.nodes[cid].props.update(evidence=text, start_offset=start, end_offset=start + len(text),
                                  spans=json.dumps([[start, start + len(text)]]))
        g.add_edge("STATED_IN", cid, docs[i % len(docs)])
    return g


def _status_mb(key: str) -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _rss_mb() -> float:
    return _status_mb("VmRSS")


def _reset_peak() -> None:
    """Start a new peak-RSS window (Linux: clear_refs 5 resets VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _peak_mb() -> float:
    return _status_mb("VmHWM") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


RDFLIB_NAME = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}


# --- runs in forked children, each reporting its own time and peak memory -------------------

def _kg_run(graph: Graph, fmt: str, path: str) -> list[dict]:
    """``kg export``'s writer (kg.rdf.writers.write), streaming to ``path``."""
    gc.collect()  # no collection of the freshly built graph inside the timed run
    base = _rss_mb()
    _reset_peak()
    t0, c0 = time.perf_counter(), time.process_time()
    with open(path, "wb") as f:
        rdf_export.write(graph, f, format=fmt)
    return [{"writer": "kg", "format": fmt, "seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0,
             "peak_mb": _peak_mb() - base, "bytes": os.path.getsize(path), "note": "streams"}]


def _rdflib_runs(graph: Graph, formats: list[str], out_dir: str) -> list[dict]:
    """Plain rdflib: build one ``rdflib.Graph`` of the same triples, then ``Graph.serialize`` each format.

    ``peak MB`` counts the rdflib graph too: it is what serializing with rdflib needs.
    """
    gc.collect()
    base = _rss_mb()
    _reset_peak()
    t0, c0 = time.perf_counter(), time.process_time()
    g = rdf.to_rdflib(graph)
    build = time.perf_counter() - t0
    rows = [{"writer": "rdflib", "format": "(graph)", "seconds": build, "cpu": time.process_time() - c0,
             "peak_mb": _peak_mb() - base,
             "bytes": 0, "note": f"rdf.to_rdflib: the rdflib.Graph ({len(g):,} triples) the rows below serialize"}]
    for fmt in formats:
        path = os.path.join(out_dir, f"rdflib.{fmt}")
        _reset_peak()
        t0, c0 = time.perf_counter(), time.process_time()
        g.serialize(destination=path, format=RDFLIB_NAME[fmt], encoding="utf-8")
        secs = time.perf_counter() - t0
        rows.append({"writer": "rdflib", "format": fmt, "seconds": secs, "cpu": time.process_time() - c0,
                     "peak_mb": _peak_mb() - base,
                     "bytes": os.path.getsize(path),
                     "note": f"Graph.serialize; with the graph build {len(g) / (secs + build):,.0f} triples/s"})
        os.remove(path)
    return rows


def sample(commitments: int, formats: list[str], out_dir: str) -> list[dict]:
    """rdflib's serializers are too slow (Turtle) or too big for the full graph: both writers, each
    format, on a smaller one (run it in a child: :func:`in_child`)."""
    graph = synthetic(commitments)
    triples = sum(len(po) for _, po in rdf.blocks(graph))
    rows = []
    for fmt in formats:
        rows += _kg_run(graph, fmt, os.path.join(out_dir, "sample." + ("ttl" if fmt == "turtle" else fmt)))
    rows += _rdflib_runs(graph, formats, out_dir)
    for r in rows:
        r["triples"] = triples
        r["note"] = f"sample of {commitments:,} commitments; " + r["note"].split(";")[0]
    return [r for r in rows if r["format"] != "(graph)"]


def _turtle_sample(commitments: int, out_dir: str) -> list[dict]:
    return sample(commitments, ["turtle"], out_dir)


def export_rows(commitments: int, formats: list[str], sample_size: int, timeout: float = 900) -> dict:
    """``kg export``'s writers of ``formats`` on the synthetic graph of ``commitments``, each in a forked
    child, and both writers (kg, rdflib) on the sample of ``sample_size`` (0: none):
    ``{"triples", "sample_triples", "rows", "sample"}``, each row with its CPU seconds and peak MB
    (the child's resident-set growth)."""
    graph = synthetic(commitments)
    triples = sum(len(po) for _, po in rdf.blocks(graph))
    out_dir = tempfile.mkdtemp(prefix="bench_rdf_")
    try:
        rows = []
        for fmt in formats:
            rows += in_child(_kg_run, (graph, fmt, os.path.join(out_dir, f"kg.{fmt}")), timeout, f"kg {fmt}")
            shutil.rmtree(out_dir, ignore_errors=True)
            os.makedirs(out_dir)
        del graph
        small = in_child(sample, (sample_size, formats, out_dir), timeout, "sample " + " ".join(formats)) \
            if sample_size else []
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    return {"triples": triples, "rows": rows, "sample": small,
            "sample_triples": next((r["triples"] for r in small if "triples" in r), None)}


def _child(conn, fn, args):
    try:
        conn.send(fn(*args))
    except BaseException as e:  # noqa: BLE001 - report and go on
        conn.send([{"error": f"{type(e).__name__}: {e}"}])
    finally:
        conn.close()


def in_child(fn, args, timeout: float, label: str) -> list[dict]:
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_child, args=(child, fn, args))
    t0 = time.perf_counter()
    p.start()
    child.close()
    if parent.poll(timeout):
        rows = parent.recv()
    else:
        p.kill()
        rows = [{"error": f"timed out after {timeout:.0f} s"}]
    p.join()
    for r in rows:
        r.setdefault("writer", label.split()[0])
        r.setdefault("format", label.split()[-1])
    print(f"  {label:16} {time.perf_counter() - t0:7.1f} s", file=sys.stderr, flush=True)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--commitments", type=int, default=100_000)
    ap.add_argument("--only", nargs="*", default=None, metavar="FORMAT", help="Formats to run (nt turtle jsonld xml).")
    ap.add_argument("--no-rdflib", action="store_true", help="Skip the plain rdflib baselines.")
    ap.add_argument("--turtle-sample", type=int, default=5_000, metavar="N",
                    help="Commitments of the smaller graph rdflib's Turtle serializer runs on (0: skip).")
    ap.add_argument("--timeout", type=float, default=900, help="Seconds per child process before it is stopped.")
    ap.add_argument("--keep", default=None, metavar="DIR", help="Keep the kg output files in DIR.")
    args = ap.parse_args(argv)

    load0 = os.getloadavg()
    t0 = time.perf_counter()
    graph = synthetic(args.commitments)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    triples = sum(len(po) for _, po in rdf.blocks(graph))
    mapping = time.perf_counter() - t0
    counts = graph.counts()
    print(f"synthetic graph: {len(graph.nodes):,} nodes ({counts['Commitment']:,} commitments), "
          f"{len(graph.edges):,} relations -> {triples:,} triples; built in {built:.1f} s; "
          f"mapping alone {mapping:.1f} s ({triples / mapping:,.0f} triples/s); "
          f"resident {_rss_mb():,.0f} MB", flush=True)

    formats = args.only or ["nt", "turtle", "jsonld", "xml"]
    out_dir = args.keep or tempfile.mkdtemp(prefix="bench_rdf_")
    os.makedirs(out_dir, exist_ok=True)
    rows: list[dict] = []
    wall = time.perf_counter()
    try:
        for fmt in formats:
            path = os.path.join(out_dir, f"kg.{fmt}")
            rows += in_child(_kg_run, (graph, fmt, path), args.timeout, f"kg {fmt}")
            if not args.keep and os.path.exists(path):
                os.remove(path)
        if not args.no_rdflib:
            full = [f for f in ["nt", "xml", "jsonld"] if f in formats]
            if "turtle" in formats and not args.turtle_sample:
                full.append("turtle")
            if full:
                rows += in_child(_rdflib_runs, (graph, full, out_dir), args.timeout, "rdflib " + " ".join(full))
            if "turtle" in formats and args.turtle_sample:
                rows += in_child(_turtle_sample, (args.turtle_sample, out_dir), args.timeout, "sample turtle")
    finally:
        if not args.keep:
            shutil.rmtree(out_dir, ignore_errors=True)

    load = os.getloadavg()
    print(f"\n{len(graph.nodes):,} nodes, {triples:,} triples; peak MB: resident-set growth over the "
          f"{_rss_mb():,.0f} MB process holding the kg graph; total {time.perf_counter() - wall:,.0f} s; "
          f"{os.cpu_count()} cores, load average {load0[0]:.2f} at the start, {load[0]:.2f} at the end; "
          f"triples/s from CPU time (process_time of the child), which the load disturbs least\n")
    print(f"{'writer':7} {'format':8} {'wall s':>7} {'cpu s':>7} {'triples/s':>10} {'peak MB':>8} {'file MB':>8}  note")
    for r in rows:
        if "error" in r:
            print(f"{r['writer']:7} {r['format']:8} {'-':>7} {'-':>7} {'-':>10} {'-':>8} {'-':>8}  {r['error']}")
            continue
        n = r.get("triples", triples)
        print(f"{r['writer']:7} {r['format']:8} {r['seconds']:7.1f} {r['cpu']:7.1f} {n / max(r['cpu'], 1e-9):10,.0f} "
              f"{r['peak_mb']:8,.0f} {r['bytes'] / 2**20:8,.0f}  {r['note']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
