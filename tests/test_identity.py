"""Identity by place, merges that keep posts, reading-order independence, posts and holders (issue 10).

Every document here is written for the test, in the genre's phrasing, with
invented names and places.
"""
from __future__ import annotations

import io
import itertools
from pathlib import Path

import pytest

import kg

DOCS = {
    # a task table of 东湖区: two leaders named with their posts
    "a_tasks.csv": (
        "东湖区2024年重点工作任务分解表,,,,,\n"
        "序号,重点任务,牵头领导,牵头单位,责任单位,完成时限\n"
        "1,完成城南路改造工程,常务副区长赵一鸣,区住建局,区交通局,2024年6月30日\n"
        "2,新建社区养老服务中心5个,区委常委钱二虎,区民政局,城南街道,2024年12月31日\n"
    ),
    # a speech of 东湖区 naming the same leaders without their posts, and a post without a name
    "b_speech.txt": (
        "在东湖区2024年重点项目推进会上的讲话\n\n"
        "同志们:\n"
        "城南路改造工程由赵一鸣同志牵头,住建局负责,6月底前完成。"
        "社区养老服务中心建设由钱二虎同志牵头,区民政局负责,12月底前建成5个。"
        "北门菜市场提升改造由常务副区长牵头,区商务局负责,9月底前完成。\n\n"
        "东湖区人民政府\n2024年3月8日\n"
    ),
    # a supervision notice of 东湖区 reporting on our works
    "c_notice.txt": (
        "东湖区人民政府督查室关于2024年重点工作推进情况的通报\n\n"
        "城南路改造工程由区委常委赵一鸣牵头,区住建局负责,已完成主体工程80%,进展顺利。"
        "北门菜市场提升改造由区商务局负责,已完成。\n\n"
        "东湖区人民政府督查室\n2024年8月20日\n"
    ),
    # a notice of another district: the same wording, its own bodies
    "d_other.txt": (
        "西山区人民政府督查室关于2024年重点工作推进情况的通报\n\n"
        "城南路改造工程已完成。"  # no body named: only the place tells it is not ours
        "城西排涝泵站建设由区住建局负责,已完成主体工程。"
        "社区养老服务中心建设由钱二虎同志牵头,区民政局负责,已建成3个。\n\n"
        "西山区人民政府督查室\n2024年9月10日\n"
    ),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("identity")
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def snapshot(g):
    graph = g.graph()
    return ({n.id: dict(n.props) for n in graph.nodes.values()},
            {k: dict(e.props) for k, e in graph.edges.items()}, graph)


def nt(g) -> set:
    """The N-Triples export of the store ``g``, as a set of lines."""
    buf = io.BytesIO()
    g.export("nt", buf)
    return set(buf.getvalue().decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory):
    with kg.open_graph(str(tmp_path_factory.mktemp("ref") / "s")) as g:
        g.ingest([str(folder / n) for n in sorted(DOCS)])
        return snapshot(g) + (nt(g),)


def _named(nodes, label, name):
    return [p for p in nodes.values() if p["kind"] == label and p.get("name") == name]


def test_bodies_of_two_districts_are_two_nodes(reference):
    nodes = reference[0]
    housing = _named(nodes, "organization", "区住建局")
    assert sorted(p.get("place") for p in housing) == ["东湖区", "西山区"]


def test_a_body_named_short_and_full_in_one_district_is_one(reference):
    nodes, edges, graph = reference[:3]
    east = [n for n in graph.nodes.values() if n.label == "Organization" and n.props.get("name") == "区住建局"
            and n.props.get("place") == "东湖区"]
    assert len(east) == 1  # 住建局 (the speech), 区住建局 (the table, the notice)
    led = {e.dst for e in graph.edges_of("RESPONSIBLE_FOR") if e.src == east[0].id}
    sources = {graph.nodes[e.dst].props["source"] for e in graph.edges_of("STATED_IN") if e.src in led}
    assert sources == {"b_speech.txt", "c_notice.txt"} | ({"a_tasks.csv"} & sources)
    assert not _named(nodes, "organization", "住建局")
    # its parent body is the government of the same district
    parents = {graph.nodes[e.dst].props.get("place") for e in graph.edges_of("PART_OF") if e.src == east[0].id}
    assert parents == {"东湖区"}


def test_a_person_named_in_two_districts_is_two_persons(reference):
    nodes = reference[0]
    assert sorted(p.get("place") for p in _named(nodes, "person", "钱二虎")) == ["东湖区", "西山区"]


def test_a_notice_of_another_district_does_not_attach_to_ours(reference):
    graph = reference[2]
    place = {}
    for e in graph.edges_of("STATED_IN"):
        place[e.src] = graph.nodes[e.dst].props.get("place")
    links = [(place[e.src], place[e.dst]) for e in graph.edges_of("RESTATES")]
    assert links and all(a == b for a, b in links)
    assert ("东湖区", "东湖区") in links


def test_posts_survive_and_holders_are_dated(reference):
    nodes, edges, graph = reference[:3]
    (zhao,) = _named(nodes, "person", "赵一鸣")
    # two posts from two documents: the node shows the newer document's, HOLDS keeps both
    assert zhao["post"] == "区委常委" and zhao["place"] == "东湖区"
    (qian,) = [p for p in _named(nodes, "person", "钱二虎") if p["place"] == "东湖区"]
    assert qian["post"] == "区委常委"
    holds = {(graph.nodes[e.src].props["name"], graph.nodes[e.dst].props["name"], graph.nodes[e.dst].props["place"])
             for e in graph.edges_of("HOLDS")}
    assert holds == {("赵一鸣", "常务副区长", "东湖区"), ("赵一鸣", "区委常委", "东湖区"), ("钱二虎", "区委常委", "东湖区")}
    dated = {(graph.nodes[e.src].props["name"], graph.nodes[e.dst].props["name"]): (e.props.get("from_date"),
             e.props.get("to_date")) for e in graph.edges_of("HOLDS")}
    assert dated[("赵一鸣", "区委常委")] == ("2024-08-20", "2024-08-20")
    assert dated[("赵一鸣", "常务副区长")] == (None, None)  # a table of the year only: no day to place it


def test_a_commitment_assigned_to_a_post_follows_the_post(reference):
    graph = reference[2]
    posts = [n for n in graph.nodes.values() if n.label == "Post" and n.props["name"] == "常务副区长"]
    assert len(posts) == 1 and posts[0].props["place"] == "东湖区"
    led = [graph.nodes[e.dst].props["task"] for e in graph.edges_of("LEADS") if e.src == posts[0].id]
    assert any("菜市场" in t for t in led)
    # who held it: the person the table names in it
    assert [graph.nodes[e.src].props["name"] for e in graph.edges_of("HOLDS") if e.dst == posts[0].id] == ["赵一鸣"]


ORDERS = list(itertools.permutations(sorted(DOCS)))


@pytest.mark.parametrize("order", ORDERS, ids=["-".join(n[0] for n in o) for o in ORDERS])
def test_every_order_of_reading_gives_one_graph_and_one_rdf(folder, reference, tmp_path, order):
    with kg.open_graph(str(tmp_path / "s")) as g:
        for name in order:
            g.ingest([str(folder / name)])
        nodes, edges, graph = snapshot(g)
        rdf = nt(g)
    ref_nodes, ref_edges, ref_graph, ref_rdf = reference
    assert set(nodes) == set(ref_nodes)
    assert set(edges) == set(ref_edges), sorted(set(edges) ^ set(ref_edges))[:4]
    assert nodes == ref_nodes, [(k, nodes[k], ref_nodes[k]) for k in nodes if nodes[k] != ref_nodes[k]][:3]
    assert edges == ref_edges
    assert rdf == ref_rdf and len(rdf) > 300


def test_the_rdf_has_posts_and_memberships_and_conforms(reference):
    from kg.rdf import shacl
    from kg.rdf.mapping import ORG, TIME, to_rdflib

    graph = reference[2]
    rdf = to_rdflib(graph)
    report = shacl.validate(rdf)
    assert report.conforms, report.text()
    q = f"""SELECT ?name ?title ?day WHERE {{
        ?m a <{ORG}Membership> ; <{ORG}member> ?p ; <https://w3id.org/commitment-kg/ns#post> ?post ;
           <{ORG}memberDuring> ?i .
        ?p <http://xmlns.com/foaf/0.1/name> ?name . ?post <http://www.w3.org/2004/02/skos/core#prefLabel> ?title .
        ?i <{TIME}inside> ?t . ?t <{TIME}inXSDDate> ?day }}"""
    rows = {(str(a), str(b), str(c)) for a, b, c in rdf.query(q)}
    assert rows == {("赵一鸣", "区委常委", "2024-08-20")}
    held = {(str(s), str(o)) for s, p, o in rdf.triples((None, None, None)) if str(p) == ORG + "heldBy"}
    assert len(held) == 3  # two holders of 区委常委, one of 常务副区长


def test_posts_read_back_from_the_extraction_json(tmp_path):
    """kg extract --format json keeps the post a person is named with, so ingesting it keeps it too."""
    from cli_helpers import kg_cli

    doc = tmp_path / "speech.txt"
    doc.write_text("在南岭县2024年重点工作推进会上的讲话\n\n同志们:\n"
                   "城北污水管网改造由副县长孙大伟牵头,县水务局负责,10月底前完成。\n\n"
                   "南岭县人民政府\n2024年4月2日\n", encoding="utf-8")
    out = kg_cli("extract", str(doc), "--format", "json").output
    assert '"post": "副县长"' in out
    (tmp_path / "speech.json").write_text(out, encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(tmp_path / "speech.json")])
        nodes, _, _ = snapshot(g)
    (sun,) = _named(nodes, "person", "孙大伟")
    assert sun["post"] == "副县长" and sun["place"] == "南岭县"
    (water,) = _named(nodes, "organization", "县水务局")
    assert water["place"] == "南岭县"


def test_a_city_post_ties_a_person_named_in_two_districts(tmp_path):
    """副市长孙大伟 in speeches of two districts of 南江市 is the city's one person."""
    for district, day in (("东湖区", "3月1日"), ("西山区", "4月9日")):
        (tmp_path / f"{district}.txt").write_text(
            f"在南江市{district}2024年重点项目调度会上的讲话\n\n同志们:\n"
            f"滨河绿道建设由副市长孙大伟牵头,区城管局负责,11月底前完成。\n\n南江市{district}人民政府\n2024年{day}\n",
            encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(tmp_path)])
        nodes, _, graph = snapshot(g)
    (sun,) = _named(nodes, "person", "孙大伟")
    assert sun["place"] == "南江市" and sun["post"] == "副市长"
    assert sorted(p["place"] for p in _named(nodes, "organization", "区城管局")) == ["东湖区", "西山区"]
    assert not list(graph.edges_of("RESTATES"))  # two districts' works, one leader
    (holds,) = graph.edges_of("HOLDS")
    assert (holds.props["from_date"], holds.props["to_date"]) == ("2024-03-01", "2024-04-09")


def test_a_post_no_document_gives_any_more_goes(folder, tmp_path):
    """A table changed to name its leaders without posts leaves what a fresh reading gives."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in DOCS:
        (docs / name).write_bytes((folder / name).read_bytes())
    table = docs / "a_tasks.csv"
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(docs)])
        table.write_text(DOCS["a_tasks.csv"].replace("常务副区长赵一鸣", "赵一鸣"), encoding="utf-8")
        g.ingest([str(table)])
        changed = snapshot(g)
    with kg.open_graph(str(tmp_path / "fresh")) as g:
        g.ingest([str(docs)])
        fresh = snapshot(g)
    assert changed[0] == fresh[0] and changed[1] == fresh[1]
    holds = {(changed[2].nodes[e.src].props["name"], changed[2].nodes[e.dst].props["name"])
             for e in changed[2].edges_of("HOLDS")}
    assert ("赵一鸣", "常务副区长") not in holds and ("赵一鸣", "区委常委") in holds
    # the post a commitment is assigned to stays: the speech assigns one to it
    assert [n for n in changed[2].nodes.values() if n.label == "Post" and n.props["name"] == "常务副区长"]


def test_the_post_commitments_query(folder, tmp_path):
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        rows = g.query("post_commitments", post="常务副区长")
    assert [(r["task"], r["role"], r["place"], r["holder"]) for r in rows] == [
        ("北门菜市场提升改造", "lead", "东湖区", "赵一鸣")]


def test_a_table_that_names_no_place_is_given_one(tmp_path):
    """Without a place a table's 县水务局 is the name alone; --place makes it the county's."""
    (tmp_path / "speech.txt").write_text(
        "在南岭县2024年重点工作推进会上的讲话\n\n同志们:\n城北污水管网改造由县水务局负责,10月底前完成。\n\n"
        "南岭县人民政府\n2024年4月2日\n", encoding="utf-8")
    (tmp_path / "tasks.csv").write_text(
        "2024年重点工作任务分解表,,\n序号,重点任务,责任单位,完成时限\n1,城北污水管网改造,县水务局,2024年10月31日\n",
        encoding="utf-8")
    from cli_helpers import kg_cli

    for place, count in ((None, 2), ("南岭县", 1)):
        store = str(tmp_path / f"s{count}")
        kg_cli("ingest", str(tmp_path / "speech.txt"), "--store", store)
        kg_cli("ingest", str(tmp_path / "tasks.csv"), "--store", store, *(("--place", place) if place else ()))
        with kg.open_graph(store) as g:
            nodes, _, graph = snapshot(g)
        water = _named(nodes, "organization", "县水务局")
        assert len(water) == count, water
        # a body of no known place may be the county's: the row and the speech are one work either way
        assert len(list(graph.edges_of("RESTATES"))) == 1
        if place:
            assert water[0]["place"] == "南岭县"
            assert len(list(graph.edges_of("RESPONSIBLE_FOR"))) == 2


def test_the_county_housing_bureaus_of_two_counties_are_two_nodes(tmp_path):
    for county, town in (("青石县", "城关镇"), ("南岭县", "城关镇")):
        (tmp_path / f"{county}.txt").write_text(
            f"在{county}2024年重点工作推进会上的讲话\n\n同志们:\n老旧小区改造由县住建局负责,{town}配合,9月底前完成。\n\n"
            f"{county}人民政府\n2024年5月6日\n", encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(tmp_path)])
        nodes, _, graph = snapshot(g)
    assert sorted(p["place"] for p in _named(nodes, "organization", "县住建局")) == ["南岭县", "青石县"]
    assert sorted(p["place"] for p in _named(nodes, "organization", "县政府")) == ["南岭县", "青石县"]
    assert sorted(p["place"] for p in _named(nodes, "organization", "城关镇")) == ["南岭县", "青石县"]
    assert not list(graph.edges_of("RESTATES"))


def test_the_network_page_draws_a_post_that_holds_a_commitment(folder, tmp_path):
    from cli_helpers import kg_cli

    store = str(tmp_path / "s")
    kg_cli("ingest", str(folder), "--store", store)
    kg_cli("viz", "--store", store, "--out", str(tmp_path / "p.html"))
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert page.count('"kind":"post"') + page.count('"kind": "post"') == 2  # the node and its detail: 常务副区长
