"""kg viz: the filters, the offline page in headless Chromium, the static
picture with Chinese labels, the GEXF export and the Neo4j Browser style.

Browser tests (``@pytest.mark.browser``) drive the Debian ``chromium`` and
``chromedriver`` through selenium; they skip when those are missing,
unless ``KG_REQUIRE_BROWSER=1``, then they fail.  Screenshots go to
tests/artifacts/.
"""
from __future__ import annotations

import io
import os
import shutil
import time
import warnings
from pathlib import Path

import pytest

from kg.graph import Graph
from kg.viz import select, status_as_of, write_html, write_static
from kg.viz.filters import VizError
from kg.viz.style import STATUS_COLORS, rgb

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
AS_OF = "2023-10-01"

EVIDENCE = {
    "c1": "滨江路北延工程由刘建国同志牵头，区住建局负责，6月底前建成通车。",
    "c2": "老旧小区改造由张雅琴同志牵头，区住建局负责，10月底前完成3000户。",
    "c3": "新建农村公路50公里，刘建国同志牵头，区交通运输局负责，年底前完成。",
    "c4": "城南棚户区征收签约9月30日前完成，张雅琴同志牵头，区财政局配合。",
}
TASKS = {"c1": "建成滨江路北延工程并通车", "c2": "完成老旧小区改造3000户",
         "c3": "新建农村公路50公里", "c4": "完成城南棚户区征收签约"}


def sample_graph() -> Graph:
    """Two leaders, four units (three under the district government), two projects, four commitments."""
    g = Graph()
    g.add_node("Person", "person:p1", name="刘建国", post="副区长")
    g.add_node("Person", "person:p2", name="张雅琴", post="副区长")
    for oid, name in (("o0", "区政府"), ("o1", "区住建局"), ("o2", "区交通运输局"), ("o3", "区财政局")):
        g.add_node("Organization", f"org:{oid}", name=name)
    for oid in ("o1", "o2", "o3"):
        g.add_edge("PART_OF", f"org:{oid}", "org:o0")
    g.add_node("Project", "project:pr1", name="滨江路北延工程")
    g.add_node("Project", "project:pr2", name="老旧小区改造项目")
    g.add_node("Document", "doc:d1", title="在全区重点项目推进会上的讲话", source="speech.txt", date="2023-02-10")
    dues = {"c1": ("2023-06-30", "done"), "c2": ("2023-10-31", "not_started"),
            "c3": ("2023-12-31", "on_track"), "c4": ("2023-09-30", "behind")}
    for cid, (due, status) in dues.items():
        g.add_node("Commitment", f"commitment:{cid}", task=TASKS[cid], text=EVIDENCE[cid], due=due,
                   due_text=due, status=status, source="speech.txt", evidence=EVIDENCE[cid], start_offset=0,
                   end_offset=len(EVIDENCE[cid]))
        g.add_edge("STATED_IN", f"commitment:{cid}", "doc:d1")
    g.add_node("Target", "target:t1", metric="改造户数", op="=", value=3000.0, unit="户", text="改造3000户")
    g.add_edge("HAS_TARGET", "commitment:c2", "target:t1")
    for rel, role, src, dst in (
            ("LEADS", "lead", "person:p1", "c1"), ("LEADS", "lead", "person:p1", "c3"),
            ("LEADS", "lead", "person:p2", "c2"), ("LEADS", "lead", "person:p2", "c4"),
            ("RESPONSIBLE_FOR", "responsible", "org:o1", "c1"), ("RESPONSIBLE_FOR", "responsible", "org:o1", "c2"),
            ("RESPONSIBLE_FOR", "responsible", "org:o2", "c3"), ("ASSISTS", "assist", "org:o2", "c1"),
            ("ASSISTS", "assist", "org:o3", "c2"), ("ASSISTS", "assist", "org:o3", "c4")):
        g.add_edge(rel, src, f"commitment:{dst}", role=role)
    g.add_edge("CONCERNS", "commitment:c1", "project:pr1")
    g.add_edge("CONCERNS", "commitment:c2", "project:pr2")
    return g


def drawn_count(g: Graph) -> int:
    return sum(1 for n in g.nodes.values() if n.label in ("Person", "Organization", "Project", "Commitment"))


@pytest.fixture(scope="module")
def example_graph(tmp_path_factory):
    """The graph of examples/tasks.csv, through the real ingest and store."""
    import kg

    store = tmp_path_factory.mktemp("viz-store")
    with kg.open_graph(str(store)) as g:
        g.ingest([str(ROOT / "examples" / "tasks.csv")])
        return g.graph()


# --------------------------------------------------------------------------- filters

def test_status_as_of():
    assert status_as_of({"due": "2023-09-30", "status": "behind"}, AS_OF) == "overdue"
    assert status_as_of({"due": "2023-09-30", "status": "done"}, AS_OF) == "done"
    assert status_as_of({"due": "2023-12-31", "status": "on_track"}, AS_OF) == "on_track"
    assert status_as_of({"due": "2023-12-31"}, AS_OF) == "unknown"
    assert status_as_of({"due": None, "status": "not_started"}, AS_OF) == "not_started"
    assert status_as_of({"due": "2023-09-30", "status": "in_progress"}, AS_OF) == "overdue"


def test_views_focus_and_filter():
    g = sample_graph()
    full = select(g, as_of=AS_OF)
    assert len(full.nodes) == drawn_count(g) == 12
    assert full.status == {"commitment:c1": "done", "commitment:c2": "not_started",
                           "commitment:c3": "on_track", "commitment:c4": "overdue"}
    assert full.workload["person:p1"] == 2 and full.workload["org:o1"] == 2
    chain = select(g, project="滨江路北延工程", as_of=AS_OF)
    assert chain.node_ids == {"project:pr1", "commitment:c1", "person:p1", "org:o1", "org:o2", "org:o0"}
    leader = select(g, person="张雅琴", as_of=AS_OF)
    assert leader.node_ids == {"person:p2", "commitment:c2", "commitment:c4", "org:o1", "org:o3",
                               "project:pr2", "org:o0"}
    late = select(g, overdue=True, as_of=AS_OF)
    assert late.node_ids == {"commitment:c4", "person:p2", "org:o3", "org:o0"}
    both = select(g, person="刘建国", status="done", as_of=AS_OF)
    assert {n.id for n in both.nodes if n.label == "Commitment"} == {"commitment:c1"}
    assert select(g, org="区财政局", as_of=AS_OF).node_ids >= {"commitment:c2", "commitment:c4"}
    with pytest.raises(VizError):
        select(g, person="不存在")
    with pytest.raises(VizError):
        select(g, status="late")
    with pytest.raises(VizError):
        select(g, as_of="2023-13-45")


def test_page_is_self_contained(tmp_path):
    g = sample_graph()
    out = tmp_path / "page.html"
    write_html(select(g, as_of=AS_OF), out)
    html = out.read_text(encoding="utf-8")
    assert "<script src" not in html and "<link" not in html, "the page must not load anything"
    assert "vis-network" in html and "@font-face{font-family:KGCJK" in html
    assert EVIDENCE["c4"] in html and 'id="node-count"' in html


# --------------------------------------------------------------------------- browser

#: the Debian packages' paths; KG_CHROMIUM / KG_CHROMEDRIVER point elsewhere
CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = os.environ.get("KG_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"


def _browser_missing() -> str:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e .[test])"
    for path, pkg in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.path.exists(path):
            return f"{path} missing (apt-get install -y chromium chromium-driver; Debian package {pkg})"
    return ""


def new_driver(width: int = 1400, height: int = 900):
    """Headless Chromium through selenium, with the Debian binary and driver (no downloads)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


@pytest.fixture(scope="module")
def browser():
    reason = _browser_missing()
    if reason:
        if os.environ.get("KG_REQUIRE_BROWSER", "").strip().lower() in ("1", "true", "yes"):
            pytest.fail(f"headless Chromium unavailable: {reason} (KG_REQUIRE_BROWSER=1)", pytrace=False)
        pytest.skip(f"headless Chromium unavailable: {reason}")
    driver = new_driver()
    try:
        yield driver
    finally:
        driver.quit()


def open_page(driver, path: Path, timeout: float = 30.0) -> None:
    driver.get(path.resolve().as_uri())
    end = time.time() + timeout
    while time.time() < end:
        if driver.execute_script("return !!(window.kg && window.kg.ready)"):
            return
        time.sleep(0.05)
    raise AssertionError(f"page not ready after {timeout}s; state: "
                         + driver.find_element("id", "state").text)


def click_node(driver, node_id: str) -> None:
    """A real mouse click on the canvas where vis-network draws ``node_id``."""
    from selenium.webdriver.common.action_chains import ActionChains

    driver.execute_script("kg.network.focus(arguments[0], {scale: 1.6, animation: false});", node_id)
    where = ("var p = kg.network.canvasToDOM(kg.network.getPosition(arguments[0]));"
             "var r = document.querySelector('#graph canvas').getBoundingClientRect();"
             "return [Math.round(p.x), Math.round(p.y), r.width, r.height];")
    last, end = None, time.time() + 5
    while time.time() < end:  # wait until the view stops moving (an animation may be running)
        now = driver.execute_script(where, node_id)
        if now == last:
            break
        last = now
        time.sleep(0.15)
    x, y, w, h = last
    assert driver.execute_script("return kg.network.getNodeAt({x: arguments[0], y: arguments[1]})",
                                 x, y) == node_id, f"{node_id} is not under the pointer"
    canvas = driver.find_element("css selector", "#graph canvas")
    for _ in range(3):  # on a busy machine a press held too long is no tap for vis-network: click again
        ActionChains(driver, duration=50).move_to_element_with_offset(
            canvas, int(x - w / 2), int(y - h / 2)).click().perform()
        try:
            wait_detail(driver, node_id, timeout=3.0)
            return
        except AssertionError:
            continue


def wait_detail(driver, node_id: str, timeout: float = 5.0):
    end = time.time() + timeout
    detail = driver.find_element("id", "detail")
    while time.time() < end:
        if detail.get_attribute("data-node") == node_id:
            return detail
        time.sleep(0.05)
    raise AssertionError(f"clicking {node_id} did not show it in the detail panel "
                         f"(shows {detail.get_attribute('data-node')!r})")


def severe_logs(driver) -> list[str]:
    try:
        return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    except Exception:  # a driver without logs
        return []


@pytest.mark.browser
def test_page_in_chromium(browser, tmp_path):
    g = sample_graph()
    view = select(g, as_of=AS_OF)
    page = tmp_path / "network.html"
    write_html(view, page)
    open_page(browser, page)
    assert int(browser.find_element("id", "node-count").text) == drawn_count(g) == len(view.nodes)
    assert browser.execute_script("return kg.network.body.data.nodes.length") == drawn_count(g)
    assert int(browser.find_element("id", "edge-count").text) == len(view.edges)

    click_node(browser, "commitment:c4")
    detail = wait_detail(browser, "commitment:c4")
    assert TASKS["c4"] in detail.text
    assert EVIDENCE["c4"] in detail.text
    assert "逾期 overdue" in detail.text and "张雅琴" in detail.text

    click_node(browser, "person:p2")
    detail = wait_detail(browser, "person:p2")
    assert TASKS["c2"] in detail.text and EVIDENCE["c2"] in detail.text
    assert "改造3000户" in detail.text  # the target
    assert "2023-10-31" in detail.text  # the deadline

    box = browser.find_element("id", "search")
    box.clear()
    box.send_keys("滨江路\n")
    assert "2 个匹配" in browser.find_element("id", "search-result").text  # the project and the commitment
    legend = browser.find_element("id", "legend").text
    for word in ("牵头 leads", "责任 responsible", "配合 assists", "逾期 overdue", "已完成 done"):
        assert word in legend
    click_node(browser, "commitment:c2")
    wait_detail(browser, "commitment:c2")
    browser.execute_script("kg.network.fit({animation: false});")
    time.sleep(0.2)
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "viz-page.png"))
    assert severe_logs(browser) == []


@pytest.mark.browser
def test_focused_page_in_chromium(browser, tmp_path):
    g = sample_graph()
    view = select(g, project="滨江路北延工程", as_of=AS_OF)
    page = tmp_path / "chain.html"
    write_html(view, page)
    open_page(browser, page)
    assert int(browser.find_element("id", "node-count").text) == len(view.nodes) == 6
    detail = wait_detail(browser, "project:pr1")  # the focused node is shown on load
    assert TASKS["c1"] in detail.text and EVIDENCE["c1"] in detail.text
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "viz-chain.png"))


@pytest.mark.browser
def test_precomputed_layout_page_in_chromium(browser, tmp_path):
    """Big views get their positions from Python and draw at once; the page works the same."""
    g = sample_graph()
    page = tmp_path / "fixed.html"
    write_html(select(g, as_of=AS_OF), page, layout="python", embed_font=False)
    open_page(browser, page)
    assert browser.execute_script("return kg.data.meta.layout") == "python"
    assert int(browser.find_element("id", "node-count").text) == drawn_count(g)
    click_node(browser, "commitment:c3")
    assert EVIDENCE["c3"] in wait_detail(browser, "commitment:c3").text


def test_spread_layout():
    import math

    from kg.viz.layout import spread_layout

    ids = [f"n{i}" for i in range(300)]
    edges = [(f"n{i}", f"n{(i * 7 + 1) % 300}") for i in range(300)] + [("n1", "missing")]
    pos = spread_layout(ids, edges, iterations=30, scale=50.0)
    assert set(pos) == set(ids)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())
    assert len({(round(x, 3), round(y, 3)) for x, y in pos.values()}) == len(ids)
    assert spread_layout([], []) == {}


@pytest.mark.browser
def test_example_graph_page_in_chromium(browser, tmp_path, example_graph):
    view = select(example_graph, as_of=AS_OF)
    page = tmp_path / "example.html"
    write_html(view, page)
    open_page(browser, page)
    assert int(browser.find_element("id", "node-count").text) == drawn_count(example_graph)
    cid = next(n.id for n in example_graph.nodes_of("Commitment") if n.props.get("task") == "新建农村公路")
    click_node(browser, cid)
    detail = wait_detail(browser, cid)
    assert "新建农村公路" in detail.text and "50" in detail.text and "完成32公里" in detail.text
    browser.execute_script("kg.network.fit({animation: false});")
    time.sleep(0.2)
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "viz-example.png"))


# --------------------------------------------------------------------------- static picture

def _pixels(png: bytes):
    import numpy as np
    from matplotlib import image

    a = image.imread(io.BytesIO(png))[..., :3]
    return np.asarray(a, dtype=float)


def test_cjk_font_has_the_glyphs():
    from fontTools.ttLib import TTFont

    from kg.viz.fonts import cjk_font_path

    font = TTFont(str(cjk_font_path()), fontNumber=0, lazy=True)
    cmap = font.getBestCmap()
    assert all(ord(ch) in cmap for ch in "区住建局承诺责任牵头配合逾期")


def test_chinese_label_renders_as_text_not_boxes():
    import numpy as np
    from matplotlib import font_manager

    from kg.viz.static import render_text

    label = "区住建局"
    dejavu = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"), fallback_to_default=False)
    assert "DejaVuSans" in dejavu
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DejaVu warns that the glyphs are missing: that is the point
        tofu = _pixels(render_text(label, font_path=dejavu))
        tofu_again = _pixels(render_text("甲乙丙丁", font_path=dejavu))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the CJK font must not miss any glyph
        cjk = _pixels(render_text(label))
        cjk_other = _pixels(render_text("甲乙丙丁"))
    ink = lambda a: (a.mean(axis=2) < 0.5)  # noqa: E731
    # tofu boxes look alike whatever the characters; real glyphs differ
    assert np.array_equal(ink(tofu), ink(tofu_again))
    assert not np.array_equal(ink(cjk), ink(cjk_other))
    assert cjk.shape == tofu.shape
    differing = (ink(cjk) != ink(tofu)).sum()
    assert ink(cjk).sum() > 500, "the CJK rendering has hardly any ink"
    assert differing > 0.3 * max(ink(cjk).sum(), ink(tofu).sum()), "CJK and tofu renderings are too alike"


def test_static_png_of_example_graph(example_graph, tmp_path):
    out = tmp_path / "network.png"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        write_static(select(example_graph, as_of=AS_OF), out, format="png")
    missing = [str(w.message) for w in caught if "missing from" in str(w.message).lower()]
    assert missing == [], missing[:3]
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000
    a = _pixels(data)
    assert a.shape[0] > 800 and a.shape[1] > 1000
    overdue = rgb(STATUS_COLORS["overdue"])
    red = ((abs(a[..., 0] * 255 - overdue[0]) < 8) & (abs(a[..., 1] * 255 - overdue[1]) < 8)
           & (abs(a[..., 2] * 255 - overdue[2]) < 8))
    assert red.sum() > 20, "overdue commitments should be drawn red"
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copy(out, ARTIFACTS / "viz-static.png")


def test_static_svg(tmp_path):
    out = tmp_path / "network.svg"
    write_static(select(sample_graph(), person="刘建国", as_of=AS_OF), out, format="svg")
    assert out.read_text(encoding="utf-8").lstrip().startswith("<?xml")


# --------------------------------------------------------------------------- CLI

def test_cli_viz(example_graph, tmp_path):
    from click.testing import CliRunner

    import kg
    from kg.cli import cli

    store = tmp_path / "store"
    with kg.open_graph(str(store)) as g:
        g.ingest([str(ROOT / "examples" / "tasks.csv")])
    r = CliRunner().invoke(cli, ["viz", "--store", str(store), "--out", str(tmp_path / "a.html"),
                                 "--as-of", AS_OF, "--no-embed-font"])
    assert r.exit_code == 0, r.output
    assert f"{drawn_count(example_graph)} nodes" in r.output
    r = CliRunner().invoke(cli, ["viz", "--store", str(store), "--out", str(tmp_path / "b.png"),
                                 "--person", "刘建国", "--as-of", AS_OF])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "b.png").read_bytes()[:4] == b"\x89PNG"
    r = CliRunner().invoke(cli, ["viz", "--store", str(store), "--person", "无此人", "--out", str(tmp_path / "c.html")])
    assert r.exit_code == 2 and "no person named" in r.output


# --------------------------------------------------------------------------- GEXF and Neo4j style

def test_gexf_roundtrip(example_graph):
    import networkx as nx

    from kg.export import export

    buf = io.BytesIO()
    export(example_graph, "gexf", buf)
    back = nx.read_gexf(io.BytesIO(buf.getvalue()))
    assert back.number_of_nodes() == len(example_graph.nodes)
    assert back.number_of_edges() == len(example_graph.edges)
    c = next(n for n in example_graph.nodes_of("Commitment") if n.props.get("status") == "done")
    from kg.status import statuses

    r, g, b = rgb(STATUS_COLORS[statuses(example_graph)[c.id]])  # the table is undated: its 已通车 counts for no day
    assert back.nodes[c.id]["viz"]["color"] == {"r": r, "g": g, "b": b, "a": 1.0}
    assert back.nodes[c.id]["label"] == c.props["task"]
    relations = {d["relation"] for _, _, d in back.edges(data=True)}
    assert {"LEADS", "RESPONSIBLE_FOR", "ASSISTS", "STATED_IN"} <= relations


def test_grass_file_matches_palette():
    from kg.viz.grass import grass
    from kg.viz.style import KIND_COLORS

    text = (ROOT / "docs" / "neo4j-browser.grass").read_text(encoding="utf-8")
    assert text == grass(), "regenerate: python -m kg.viz.grass > docs/neo4j-browser.grass"
    assert f"node.Person {{\n  color: {KIND_COLORS['person']};" in text
