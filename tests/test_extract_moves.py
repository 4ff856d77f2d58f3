"""A person named with a post held before (原/前) or now (现任): one actor with every post named (issue 10).

The posts reach kg/posts.py, which makes the person hold each office and ties the holder to the
person of the other place who held the same one (tests/test_identity_ties.py). Every sentence here
is invented.
"""
from __future__ import annotations

import pytest

import kg
from kg.extract.actors import find_actors, parse_list


@pytest.mark.parametrize("clause", [
    "由县长张三(原东湖区副区长)牵头",        # the post held before in brackets after the holder
    "由县长张三（原东湖区副区长）牵头",      # full-width brackets
    "由县长、原东湖区副区长张三牵头",        # the post now, then the one before, then the name
    "由原东湖区副区长、现任县长张三牵头",    # the one before, then the one now (现任)
])
def test_a_post_held_before_and_one_held_now_are_both_the_person_s(clause):
    assert [(a.name, a.role, a.post) for a in find_actors(clause).actors] == [("张三", "lead", "县长、原东湖区副区长")]


def test_now_is_the_post_itself_and_a_post_without_a_holder_is_no_actor():
    assert [(n, p) for n, _, p in parse_list("现任县长张三")] == [("张三", "县长")]
    assert parse_list("原东湖区副区长") is None
    # without a mark of before or now two posts before a name stay as they were read (the last one)
    assert [(n, p) for n, _, p in parse_list("区委常委、常务副区长王五")] == [("王五", "常务副区长")]


def test_a_move_stated_in_brackets_ties_the_two_places_persons(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "east.txt").write_text(
        "东湖区人民政府督查室关于重点工作的通报\n\n城南路改造工程由副区长张三牵头,区住建局负责,6月底前完工。\n\n"
        "东湖区人民政府督查室\n2023年5月10日\n", encoding="utf-8")
    (docs / "west.txt").write_text(
        "西山县人民政府督查室关于重点工作的通报\n\n老旧小区改造由县长张三(原东湖区副区长)牵头,县住建局负责,年底前完成。\n\n"
        "西山县人民政府督查室\n2024年3月1日\n", encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(docs)])
        people = g.cypher("MATCH (p:Person) WHERE p.name = '张三' RETURN p.id AS id").records()
        held = g.cypher("MATCH (p:Person)-[:HOLDS]->(o:Post) RETURN o.name AS post, o.place AS place").records()
    assert len(people) == 1
    assert sorted((r["post"], r["place"]) for r in held) == [("副区长", "东湖区"), ("县长", "西山县")]
