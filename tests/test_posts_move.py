"""A person who moves between places, and posts whose place is unknown (issue 10; docs/posts in kg/posts.py).

All names, places and sentences are invented.
"""
from __future__ import annotations

from kg.model import Actor, CommitmentRecord, DocumentRecord
from kg.posts import derive_posts
from kg.resolve import post_id, resolve


def _doc(source, date, place, task, *actors):
    return DocumentRecord(source=source, date=date, place=place,
                          commitments=(CommitmentRecord(task=task, actors=tuple(actors)),))


def _holds(g):
    return sorted((g.nodes[e.src].props["name"], g.nodes[e.src].props.get("place"), g.nodes[e.dst].props["name"],
                   g.nodes[e.dst].props.get("place"), e.props["from_date"]) for e in g.edges_of("HOLDS"))


def test_a_person_named_with_a_post_of_before_in_another_place_is_one_person_with_two_posts():
    # 西山县县长张三(原东湖区副区长)牵头推进老旧小区改造
    g = resolve([_doc("b.txt", "2024-03-01", "西山县", "推进老旧小区改造",
                      Actor("张三", "person", "lead", "西山县县长、原东湖区副区长"))])
    derive_posts(None, g)
    assert [(n.props["name"], n.props["place"], n.props["post"]) for n in g.nodes_of("Person")] == [
        ("张三", "西山县", "县长")]
    # the post held before is 东湖区's, with no date inside its term (the document is of after it)
    assert _holds(g) == [("张三", "西山县", "副区长", "东湖区", None), ("张三", "西山县", "县长", "西山县", "2024-03-01")]


def test_the_post_held_before_is_the_same_office_its_own_place_names():
    # 东湖区: 副区长张三牵头修建城南路 (2023); 西山县: 县长张三(原东湖区副区长) (2024)
    a = resolve([_doc("a.txt", "2023-05-10", "东湖区", "修建城南路", Actor("张三", "person", "lead", "副区长"))])
    b = resolve([_doc("b.txt", "2024-03-01", "西山县", "推进老旧小区改造",
                      Actor("张三", "person", "lead", "县长、原东湖区副区长"))])
    derive_posts(None, a)
    derive_posts(None, b)
    office = post_id("副区长", "东湖区")
    assert {e.dst for e in a.edges_of("HOLDS")} == {office}
    assert office in {e.dst for e in b.edges_of("HOLDS")}
    assert post_id("县长", "西山县") in {e.dst for e in b.edges_of("HOLDS")}


def test_a_post_of_unknown_place_is_the_one_of_the_document_s_place():
    # 由副区长牵头 in documents of two counties (a post of no level of theirs), and in one of no place
    docs = [_doc(f"{p or 'none'}.txt", "2024-03-01", p, "完成河道清淤", Actor("副区长", "person", "lead"))
            for p in ("西山县", "北岭县", None)]
    posts = [sorted(e.src for e in resolve([d]).edges_of("LEADS")) for d in docs]
    assert len({p[0] for p in posts}) == 3
    assert posts[2] == [post_id("副区长", None)]  # no place known at all: the title alone
