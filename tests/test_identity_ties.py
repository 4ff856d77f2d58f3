"""Persons of two places tied by a document are one person, whatever the reading order (issue 10).

A person is identified within their place (kg/resolve.py): 张三 of 东湖区 and
张三 of 西山县 are two persons unless a document ties them: one of them holds
the same post as the other (a move, 县长、原东湖区副区长张三; a post held in
another place). kg/posts.py ties them into one node, the smallest id of the
group, at whichever write brings the tie, and unties them when the document
that tied them changes. Every document and name here is invented.
"""
from __future__ import annotations

import io
import itertools

import pytest

import kg
from kg.ingest import store_records
from kg.model import Actor, CommitmentRecord, DocumentRecord
from kg.resolve import person_id

DOCS = {
    # a task table of 东湖区: 张三 is its 副区长, 王五 its 区长
    "a_tasks.csv": (
        "东湖区2024年重点工作任务分解表,,,,,\n"
        "序号,重点任务,牵头领导,牵头单位,责任单位,完成时限\n"
        "1,完成城南路改造工程,副区长张三,区住建局,区交通局,2024年6月30日\n"
        "2,新建社区养老服务中心5个,区长王五,区民政局,城南街道,2024年12月31日\n"
        "3,完成北门菜市场提升改造,副区长孙七,区商务局,,2024年9月30日\n"
    ),
    # a speech of 东湖区 naming both without their posts
    "b_speech.txt": (
        "在东湖区2024年重点项目推进会上的讲话\n\n同志们:\n"
        "城南路改造工程由张三同志牵头,住建局负责,6月底前完成。"
        "社区养老服务中心建设由王五同志牵头,区民政局负责,12月底前建成5个。"
        "北门菜市场提升改造由孙七同志牵头,9月底前完成。\n\n"
        "东湖区人民政府\n2024年3月8日\n"
    ),
    # a notice of 西山县: its 县长 and a 副县长 were 东湖区's 副区长 (a move ties each to the one of 东湖区;
    # 孙七's tied node is the one of 西山县, and the speech's work of his is the table's in every order)
    "c_notice.txt": (
        "西山县人民政府督查室关于2024年重点工作推进情况的通报\n\n"
        "老旧小区改造由县长、原东湖区副区长张三牵头,县住建局负责,已完成改造1200户,进展顺利。"
        "城西排涝泵站建设由副县长、原东湖区副区长孙七牵头,县水务局负责,已完成主体工程。\n\n"
        "西山县人民政府督查室\n2024年9月10日\n"
    ),
    # a notice of 北岭县: its own 副县长张三, tied to no one
    "d_notice.txt": (
        "北岭县人民政府督查室关于2024年重点工作推进情况的通报\n\n"
        "城关河道清淤由副县长张三牵头,县水务局负责,已完成主体工程。\n\n"
        "北岭县人民政府督查室\n2024年8月20日\n"
    ),
}
EAST, WEST, NORTH = (person_id("张三", p) for p in ("东湖区", "西山县", "北岭县"))
SUN = min(person_id("孙七", "东湖区"), person_id("孙七", "西山县"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("ties")
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _export(g, fmt: str) -> bytes:
    buf = io.BytesIO()
    g.export(fmt, buf)
    return buf.getvalue()


def snapshot(g) -> tuple:
    """Nodes and relations with their properties, and the Turtle and N-Triples exports."""
    graph = g.graph()
    return ({n.id: dict(n.props) for n in graph.nodes.values()},
            {k: dict(e.props) for k, e in graph.edges.items()}, _export(g, "ttl"), _export(g, "nt"))


def persons(g) -> list[tuple]:
    rows = g.cypher("MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.place AS place, p.post AS post").records()
    return sorted((r["name"], r["place"], r["post"], r["id"]) for r in rows)


def holds(g) -> set:
    rows = g.cypher("MATCH (p:Person)-[h:HOLDS]->(o:Post) RETURN p.id AS id, o.name AS post, o.place AS place, "
                    "h.from_date AS since, h.to_date AS until").records()
    return {(r["id"], r["post"], r["place"], r["since"] and str(r["since"]), r["until"] and str(r["until"]))
            for r in rows}


@pytest.fixture(scope="module")
def reference(folder, tmp_path_factory):
    with kg.open_graph(str(tmp_path_factory.mktemp("ref") / "s")) as g:
        g.ingest([str(folder / n) for n in sorted(DOCS)])
        return snapshot(g), persons(g), holds(g)


def test_a_move_ties_the_person_of_two_places_into_the_smallest_id(reference):
    _, people, held = reference
    zhang = [p for p in people if p[0] == "张三"]
    tied = min(EAST, WEST)
    # 东湖区's 副区长 and 西山县's 县长 (原东湖区副区长) are one; 北岭县's 副县长 is another
    assert sorted(p[3] for p in zhang) == sorted([tied, NORTH])
    place = {EAST: "东湖区", WEST: "西山县"}[tied]
    assert (place, tied) in {(p[1], p[3]) for p in zhang}
    assert (tied, "副区长", "东湖区", None, None) in held  # the table gives the year only: no day
    assert (NORTH, "副县长", "北岭县", "2024-08-20", "2024-08-20") in held
    # every statement of the tied person is on the one node
    nodes, edges = reference[0][:2]
    led = {k[2] for k in edges if k[0] == "LEADS" and k[1] == tied}
    assert {nodes[k[2]]["source"] for k in edges if k[0] == "STATED_IN" and k[1] in led} == {
        "a_tasks.csv", "b_speech.txt", "c_notice.txt"}
    # 孙七 of 东湖区 (the table's 副区长, the speech's) and of 西山县 are one node, the one of 西山县; the
    # speech's work of his is the table's (one leader, one district: linked by the place his mentions give)
    assert [(p[1], p[3]) for p in people if p[0] == "孙七"] == [("西山县", SUN)]
    sources = {k[1]: nodes[k[2]]["source"] for k in edges if k[0] == "STATED_IN"}
    market = {sources[k[1]]: sources[k[2]] for k in edges if k[0] == "RESTATES" and "菜市场" in nodes[k[1]]["task"]}
    assert market in ({"b_speech.txt": "a_tasks.csv"}, {"a_tasks.csv": "b_speech.txt"})


def test_namesakes_no_document_ties_stay_two_persons(tmp_path):
    """张三 of 东湖区 (a speech, no post) and of 西山县 (县长): nothing ties them."""
    with kg.open_graph(str(tmp_path / "s")) as g:
        for name in ("b_speech.txt", "d_notice.txt"):
            (tmp_path / name).write_text(DOCS[name], encoding="utf-8")
            g.ingest([str(tmp_path / name)])
        assert [(p[0], p[1], p[3]) for p in persons(g) if p[0] == "张三"] == sorted(
            [("张三", "东湖区", EAST), ("张三", "北岭县", NORTH)])


def _record(source, date, place, task, actor):
    return DocumentRecord(source=source, date=date, place=place,
                          commitments=(CommitmentRecord(task=task, actors=(actor,)),))


def test_a_shared_post_ties_two_persons_and_keeps_both_posts_and_intervals(tmp_path):
    """副市长、东湖区区长王五 of a city's record holds 东湖区's 区长 post, as the district's 区长王五 does."""
    city = _record("city.json", "2024-05-06", "南江市", "建设滨河绿道",
                   Actor("王五", "person", "lead", "副市长、东湖区区长", place="南江市"))
    district = _record("district.json", "2024-02-01", "东湖区", "新建社区养老服务中心",
                       Actor("王五", "person", "lead", "区长"))
    seen = []
    for order in ((city, district), (district, city)):
        with kg.open_graph(str(tmp_path / f"s{len(seen)}")) as g:
            for doc in order:
                store_records(g.store, doc.source, [doc])
            seen.append((persons(g), holds(g), snapshot(g)[:2]))
    assert seen[0] == seen[1]
    (wang,) = seen[0][0]
    tied = min(person_id("王五", "南江市"), person_id("王五", "东湖区"))
    assert wang[3] == tied and wang[2] == "区长"  # the newest document names two: the later title
    assert seen[0][1] == {(tied, "副市长", "南江市", "2024-05-06", "2024-05-06"),
                          (tied, "区长", "东湖区", "2024-02-01", "2024-05-06")}


def test_a_tie_a_changed_document_no_longer_gives_is_undone(folder, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(docs)])
        assert len([p for p in persons(g) if p[0] == "张三"]) == 2
        (docs / "c_notice.txt").write_text(DOCS["c_notice.txt"].replace("县长、原东湖区副区长张三", "县长张三"),
                                           encoding="utf-8")
        g.ingest([str(docs / "c_notice.txt")])
        changed = snapshot(g)
        people = persons(g)
    with kg.open_graph(str(tmp_path / "fresh")) as g:
        g.ingest([str(docs)])
        fresh = snapshot(g)
    assert sorted((p[1], p[3]) for p in people if p[0] == "张三") == sorted(
        [("东湖区", EAST), ("西山县", WEST), ("北岭县", NORTH)])
    assert changed == fresh


ORDERS = list(itertools.permutations(sorted(DOCS)))


def _differs(got, want) -> list:
    nodes = [(k, got[0].get(k), want[0].get(k)) for k in set(got[0]) | set(want[0]) if got[0].get(k) != want[0].get(k)]
    edges = sorted(set(got[1]) ^ set(want[1]))
    return nodes[:3] + edges[:3]


@pytest.mark.parametrize("order", ORDERS, ids=["".join(n[0] for n in o) for o in ORDERS])
def test_every_order_document_by_document_gives_one_graph_and_one_rdf(folder, reference, tmp_path, order):
    with kg.open_graph(str(tmp_path / "s")) as g:
        for name in order:
            g.ingest([str(folder / name)])
        got = snapshot(g)
    want = reference[0]
    assert got[:2] == want[:2], _differs(got, want)
    assert got[2] == want[2] and got[3] == want[3]  # Turtle and N-Triples, byte for byte


@pytest.mark.parametrize("order", ORDERS, ids=["".join(n[0] for n in o) for o in ORDERS])
def test_every_order_in_one_run_gives_one_graph_and_one_rdf(folder, reference, tmp_path, order):
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder / name) for name in order])
        got = snapshot(g)
    assert got == reference[0], _differs(got, reference[0])


def test_a_review_s_different_beats_the_tie_and_survives_reingest(folder, tmp_path):
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        g.ingest([str(folder)])
        g.decide("different", EAST, WEST, note="two men of one name")
        g.ingest([str(folder)])  # the decision changed: every file is read again
        apart = persons(g)
        assert sorted((p[1], p[3]) for p in apart if p[0] == "张三") == sorted(
            [("东湖区", EAST), ("西山县", WEST), ("北岭县", NORTH)])
        # 西山县's 张三 keeps his post and the one he held before; 东湖区's keeps his own
        assert {(h[0], h[1], h[2]) for h in holds(g) if h[0] in (EAST, WEST)} == {
            (EAST, "副区长", "东湖区"), (WEST, "副区长", "东湖区"), (WEST, "县长", "西山县")}
        g.ingest([str(folder)], reread=True)
        assert persons(g) == apart
        kept = snapshot(g)
    review = (store / "review.tsv").read_text(encoding="utf-8")
    for order in (sorted(DOCS), sorted(DOCS, reverse=True)):
        other = tmp_path / ("o" + "".join(n[0] for n in order))
        other.mkdir()
        (other / "review.tsv").write_text(review, encoding="utf-8")
        with kg.open_graph(str(other)) as g:
            for name in order:
                g.ingest([str(folder / name)])
            assert snapshot(g) == kept


def test_a_review_s_same_joins_persons_no_document_ties_at_once(folder, tmp_path):
    store = tmp_path / "s"
    tied = min(EAST, WEST, NORTH)
    with kg.open_graph(str(store)) as g:
        g.ingest([str(folder)])
        g.decide("same", NORTH, min(EAST, WEST))
        # the review's pair and the move's: one group, at once
        assert [p[3] for p in persons(g) if p[0] == "张三"] == [tied]
        assert {h[1:3] for h in holds(g) if h[0] == tied} == {("副县长", "北岭县"), ("副区长", "东湖区"), ("县长", "西山县")}
        g.ingest([str(folder)])
        decided = snapshot(g)
    other = tmp_path / "o"
    other.mkdir()
    (other / "review.tsv").write_text((store / "review.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    with kg.open_graph(str(other)) as g:
        for name in sorted(DOCS, reverse=True):
            g.ingest([str(folder / name)])
        assert snapshot(g) == decided


def test_a_different_written_by_hand_is_applied_to_persons(folder, tmp_path):
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        g.ingest([str(folder)])
        (store / "review.tsv").write_text(f"different\t{WEST}\t{EAST}\t# by hand\n", encoding="utf-8")
        g.apply_review()
        assert sorted(p[3] for p in persons(g) if p[0] == "张三") == sorted([EAST, WEST, NORTH])


def test_a_person_of_no_known_place_tied_to_one_of_a_place_keeps_the_place(tmp_path):
    """A table of no place names 原东湖区副区长王五; 东湖区's table names 副区长王五: one person, of 东湖区,
    though the smaller id is the one of the name alone."""
    nowhere = _record("t.json", "2024-05-06", None, "推进河道清淤", Actor("王五", "person", "lead", "原东湖区副区长"))
    east = _record("e.json", "2024-02-01", "东湖区", "修建城南路", Actor("王五", "person", "lead", "副区长"))
    tied = person_id("王五", None)
    assert tied < person_id("王五", "东湖区")
    for i, order in enumerate(((nowhere, east), (east, nowhere))):
        with kg.open_graph(str(tmp_path / f"s{i}")) as g:
            for doc in order:
                store_records(g.store, doc.source, [doc])
            assert persons(g) == [("王五", "东湖区", "副区长", tied)]
