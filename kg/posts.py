"""Posts and their holders, in the manner of Popolo and W3C ORG memberships.

A task table names 副县长刘建国; a speech months later names 刘建国 alone; a
notice names 县委常委李明华.  Each mention keeps the post it gave on its role
relation (``post``).  This step derives, for every person a write touches,

- ``(:Person)-[:HOLDS {from_date, to_date}]->(:Post)``: one per post the
  person is named with, the post being the office of the person's place
  (副县长 of 青石县); ``from_date`` and ``to_date`` are the earliest and the
  latest date of the documents naming them in it: known points inside the
  term, not its start and end (undated documents give none);
- ``Person.post``: the post of the newest document naming the person with
  one (ties: the later title in Unicode order), so the node shows one post
  and ``HOLDS`` keeps them all.

Both are worked out again from every stored document at each write that
touches the person, minus the documents the write replaces, so the result
depends on the documents alone, never on the order they were read in: a
mention without a post never erases one, and a post that no document gives
any more (its only document was changed) goes.  A store written before
mentions kept their posts gives none: read its documents again.

A post that names its place (西山县县长, 原东湖区副区长) is the office of that
place, else of the person's place; one named as held before (原/前) gives no
date inside its term, and the person's place is the one a post held now names
(县长张三(原东湖区副区长) in a document of 西山县: one person of 西山县,
holding 西山县's 县长 and, before, 东湖区's 副区长).  A post of unknown place
is keyed by its title within the place of the document naming it, by its
title alone where that is unknown too (every 副区长 of documents of no place
is one office).  The 张三 that documents of 东湖区 name (副区长张三) stays a
person of 东湖区 beside the one of 西山县: a review's ``same`` makes them one
(docs/review.md); both hold 东湖区's 副区长.  A commitment assigned to a
post without a name (由常务副区长牵头) is linked to the ``Post`` by
:mod:`kg.resolve`; who held the post at its date is read from ``HOLDS``.

>>> from kg.model import Actor, CommitmentRecord, DocumentRecord
>>> from kg.resolve import resolve
>>> docs = [DocumentRecord(source="t.csv", date="2023-02-01", place="青石县", commitments=(CommitmentRecord(
...             task="修路", actors=(Actor("刘建国", "person", "lead", "副县长"),)),)),
...         DocumentRecord(source="s.txt", date="2023-05-01", place="青石县", commitments=(CommitmentRecord(
...             task="建桥", actors=(Actor("刘建国", "person", "lead"),)),))]
>>> g = resolve(docs)
>>> derive_posts(None, g)
>>> [(n.props["name"], n.props["post"]) for n in g.nodes_of("Person")]
[('刘建国', '副县长')]
>>> [(g.nodes[e.dst].props["name"], e.props) for e in g.edges_of("HOLDS")]
[('副县长', {'from_date': '2023-02-01', 'to_date': '2023-02-01'})]
"""
from __future__ import annotations

from typing import Iterable, Optional

from .graph import Graph
from .model import ROLE_RELATIONS
from .resolve import full_date, post_id, post_titles, split_post
from .store.base import Store

_ROLES = ROLE_RELATIONS

#: the posts stored documents (other than those being replaced) name the given persons with
_STORED_POSTS = """
MATCH (p:Person)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)-[:STATED_IN]->(d:Document)
WHERE p.id IN $ids AND r.post IS NOT NULL AND NOT d.id IN $docs
RETURN p.id AS id, r.post AS post, d.date AS date
"""

#: the persons the commitments of the documents being replaced name (their posts may change)
_NAMED_BY = """
MATCH (p:Person)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)-[:STATED_IN]->(d:Document)
WHERE d.id IN $docs RETURN DISTINCT p.id AS id, p.name AS name, p.place AS place, p.post AS post
"""

_PERSONS = "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id, p.name AS name, p.place AS place, p.post AS post"


def derive_posts(store: Optional[Store], graph: Graph, *, replaced: Optional[Iterable[str]] = None) -> None:
    """Add ``Post`` nodes, ``HOLDS`` relations and ``Person.post`` to ``graph``
    for every person it names and every stored person the replaced documents
    named; mark their ``HOLDS`` as held whole (``graph.whole``), so the write
    replaces the stored ones.

    ``replaced``: the stored documents the write removes first (default: the
    documents of ``graph``).
    """
    docs = sorted(set(replaced if replaced is not None else ()) | {n.id for n in graph.nodes_of("Document")})
    persons = _persons(store, graph, docs)
    if not persons:
        return
    evidence = _evidence(store, graph, persons, docs)
    for pid in sorted(persons):
        _hold(graph, pid, persons[pid], _held(evidence[pid]))


def _persons(store: Optional[Store], graph: Graph, docs: list[str]) -> dict[str, dict]:
    """The persons whose posts are worked out again: those of ``graph`` and those the replaced documents named."""
    persons = {n.id: dict(n.props) for n in graph.nodes_of("Person")}
    if store is not None and docs:
        for row in store.query(_NAMED_BY, {"docs": docs}).records():
            persons.setdefault(row["id"], {k: row[k] for k in ("name", "place", "post")})
    return persons


def _evidence(store: Optional[Store], graph: Graph, persons: dict, docs: list[str]) -> dict[str, list]:
    """Per person, ``(post, date)`` of every mention with a post: in ``graph``, and stored (but for ``docs``)."""
    evidence: dict[str, list[tuple[str, Optional[str]]]] = {pid: [] for pid in persons}
    stated = {e.src: e.dst for e in graph.edges_of("STATED_IN")}
    for rel in _ROLES:
        for e in graph.edges_of(rel):
            if e.src in evidence and e.props.get("post"):
                doc = graph.nodes.get(stated.get(e.dst, ""))
                evidence[e.src].append((e.props["post"], full_date(str(doc.props.get("date") or "")) if doc else None))
    if store is not None:
        for row in store.query(_STORED_POSTS, {"ids": sorted(persons), "docs": docs}).records():
            evidence[row["id"]].append((row["post"], full_date(str(row["date"] or ""))))
    return evidence


def _held(evidence: list) -> dict[tuple, list[str]]:
    """Each post named, as ``(place it names or None, title)``, with the dates of the documents naming
    it held (undated ones, and a post named as held before (原东湖区副区长), give none)."""
    held: dict[tuple, list[str]] = {}
    for post, when in evidence:
        for title in post_titles(post):
            place, name, before = split_post(title)
            held.setdefault((place, name), [])
            if when and not before:
                held[(place, name)].append(when)
    return held


def _hold(graph: Graph, pid: str, props: dict, held: dict[tuple, list[str]]) -> None:
    """The person ``pid``'s ``HOLDS`` (held whole) and ``post``: the newest post named.  A post is
    the office of the place it names, else of the person's place."""
    place = props.get("place")
    for (named, title), dates in held.items():
        tid = post_id(title, named or place)
        graph.add_node("Post", tid, name=title, place=named or place)
        graph.add_edge("HOLDS", pid, tid, from_date=min(dates) if dates else None,
                       to_date=max(dates) if dates else None)
    newest = max(held, key=lambda t: (max(held[t]) if held[t] else "", t[1], t[0] or ""))[1] if held else None
    graph.add_node("Person", pid, name=props.get("name"), place=place)
    graph.nodes[pid].props["post"] = newest  # exactly what the documents give (a store keeps no other)
    graph.whole.setdefault("HOLDS", set()).add(pid)
