"""How fast a big network opens in the browser: ``kg viz`` on 5,000 nodes.

Builds a synthetic graph with N drawn nodes (default 5,000: leaders,
units under parent bodies, projects and commitments with Chinese names,
deadlines, statuses, evidence sentences), writes the page, opens it in
headless Chromium (Debian ``chromium`` + ``chromedriver`` via selenium)
and reports, from the page's own ``performance.now()`` marks:

* ``script``      — our script starts (HTML and the inlined vis-network parsed)
* ``created``     — the vis.Network exists (data sets built)
* ``stabilized``  — vis-network's ``stabilizationIterationsDone`` (layout done, physics then off)
* ``interactive`` — the first draw after that: the graph is on screen and answers clicks

It reports; it asserts nothing.

    python bench/bench_viz.py [--nodes 5000] [--runs 3] [--screenshot tests/artifacts/bench-viz.png]
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.graph import Graph  # noqa: E402

CHARS = "建设推进完成改造工程项目道路城区乡镇县区局委办公司中心管理服务产业园污水处理厂供水供电交通运输住房城乡" \
        "农村公路学校医院养老文化体育旅游招商引资营商环境审批数字政务平台安全生产应急生态环境保护河湖治理" \
        "老旧小区棚户征收签约拆迁绿化亮化提升整治新建续建开工投产达标验收考核办法制度方案规划编制实施"


def synthetic(n_nodes: int, seed: int = 1) -> Graph:
    """A graph whose drawn part (persons, organizations, projects, commitments) has ``n_nodes`` nodes."""
    rnd = random.Random(seed)
    word = lambda a, b: "".join(rnd.choice(CHARS) for _ in range(rnd.randint(a, b)))  # noqa: E731
    n_people = max(1, n_nodes // 50)
    n_parents = max(1, n_nodes // 200)
    n_units = max(1, n_nodes * 22 // 100)
    n_projects = max(1, n_nodes // 10)
    n_comm = n_nodes - n_people - n_parents - n_units - n_projects
    g = Graph()
    g.add_node("Document", "doc:b0", title="在全县重点工作推进会上的讲话", source="bench.txt", date="2023-02-01")
    for i in range(n_people):
        g.add_node("Person", f"person:b{i}", name=word(2, 3) + f"{i}", post="副县长")
    for i in range(n_parents):
        g.add_node("Organization", f"org:bp{i}", name=f"县{word(2, 3)}委{i}")
    for i in range(n_units):
        g.add_node("Organization", f"org:b{i}", name=f"县{word(2, 4)}局{i}")
        g.add_edge("PART_OF", f"org:b{i}", f"org:bp{i % n_parents}")
    for i in range(n_projects):
        g.add_node("Project", f"project:b{i}", name=word(4, 8) + "项目")
    statuses = ("done", "on_track", "behind", "not_started", None)
    for i in range(n_comm):  # each leader has a domain: a slice of the units and projects
        cid = f"commitment:b{i}"
        task = word(6, 14)
        month = 1 + i % 12
        due = f"2023-{month:02d}-28"
        lead = rnd.randrange(n_people)
        unit = lambda: (lead * n_units // n_people + rnd.randrange(max(1, n_units // n_people))  # noqa: E731
                        if rnd.random() < 0.9 else rnd.randrange(n_units))
        project = lead * n_projects // n_people + rnd.randrange(max(1, n_projects // n_people))
        ev = f"{task}，由{g.nodes[f'person:b{lead}'].props['name']}同志牵头，{month}月底前完成。"
        g.add_node("Commitment", cid, task=task, text=ev, due=due, due_text=f"{month}月底前",
                   status=statuses[i % len(statuses)], source="bench.txt")
        g.add_edge("STATED_IN", cid, "doc:b0", evidence=ev)
        g.add_edge("LEADS", f"person:b{lead}", cid, role="lead")
        g.add_edge("RESPONSIBLE_FOR", f"org:b{unit()}", cid, role="responsible")
        if i % 2 == 0:
            g.add_edge("ASSISTS", f"org:b{unit()}", cid, role="assist")
        g.add_edge("CONCERNS", cid, f"project:b{min(project, n_projects - 1)}")
    return g


def measure(page: Path, driver, timeout: float = 120.0, shot: str | None = None) -> dict:
    t0 = time.perf_counter()
    driver.get(page.resolve().as_uri())
    while time.perf_counter() - t0 < timeout:
        if driver.execute_script("return !!(window.kg && window.kg.ready)"):
            break
        time.sleep(0.02)
    else:
        raise SystemExit(f"not ready after {timeout}s")
    wall = time.perf_counter() - t0
    marks = driver.execute_script("return kg.timings")
    marks["wall_to_ready_s"] = round(wall, 2)
    marks["nodes"] = int(driver.find_element("id", "node-count").text)
    if shot:
        Path(shot).parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(shot)
    marks["redraw_ms"] = round(driver.execute_script(
        "var t = performance.now(); kg.network.redraw(); return performance.now() - t;"), 1)
    # one click through the library's API: the panel answers at once once interactive
    t1 = time.perf_counter()
    driver.execute_script("kg.select(kg.data.nodes[0].id)")
    marks["select_ms"] = round((time.perf_counter() - t1) * 1000, 1)
    return marks


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--screenshot", default=None, help="save a screenshot of the last run here")
    ap.add_argument("--no-embed-font", dest="embed_font", action="store_false")
    args = ap.parse_args(argv)

    from kg.viz import select, write_html
    from test_viz import new_driver  # the same headless Chromium the tests use

    t = time.perf_counter()
    g = synthetic(args.nodes)
    view = select(g, as_of="2023-07-01")
    t_build = time.perf_counter() - t
    page = Path(tempfile.mkdtemp()) / "bench-viz.html"
    t = time.perf_counter()
    write_html(view, page, embed_font=args.embed_font)
    t_write = time.perf_counter() - t
    html = page.read_text(encoding="utf-8")
    font_kb = 0
    if "base64," in html:
        b64 = html.split("base64,", 1)[1].split(")", 1)[0]
        font_kb = len(b64) * 3 // 4 // 1024
    print(f"graph: {len(view.nodes)} nodes, {len(view.edges)} edges drawn "
          f"(built + selected in {t_build:.2f}s); page written in {t_write:.2f}s, "
          f"{page.stat().st_size / 1e6:.1f} MB (embedded font subset {font_kb} KB)")
    driver = new_driver()
    driver.set_script_timeout(300)
    runs = []
    try:
        for i in range(args.runs):
            m = measure(page, driver, shot=args.screenshot if i == args.runs - 1 else None)
            runs.append(m)
            print(f"run {i + 1}: " + json.dumps({k: (round(v) if isinstance(v, float) and k not in (
                "wall_to_ready_s", "select_ms", "redraw_ms") else v) for k, v in m.items()}))
    finally:
        driver.quit()
    med = lambda k: statistics.median(r[k] for r in runs)  # noqa: E731
    print(f"median of {len(runs)}: script {med('script') / 1000:.2f}s, stabilized {med('stabilized') / 1000:.2f}s, "
          f"interactive {med('interactive') / 1000:.2f}s after navigation start; "
          f"wall clock to ready {med('wall_to_ready_s'):.2f}s; full redraw {med('redraw_ms'):.0f} ms")


if __name__ == "__main__":
    main()
