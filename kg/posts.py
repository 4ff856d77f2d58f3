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
touches a person of the name, minus the documents the write replaces, so the result
depends on the documents alone, never on the order they were read in: a
mention without a post never erases one, and a post that no document gives
any more (its only document was changed) goes.  A store written before
mentions kept their posts gives none: read its documents again.

A post that names its place (西山县县长, 原东湖区副区长) is the office of that
place, else of the place the mention gives the person (kept on the role
relation, ``place``); one named as held before (原/前) gives no date inside
its term, and the person's place is the one a post held now names
(县长张三(原东湖区副区长) in a document of 西山县: a person of 西山县,
holding 西山县's 县长 and, before, 东湖区's 副区长).  A post of unknown place
is keyed by its title within the place of the document naming it, by its
title alone where that is unknown too (every 副区长 of documents of no place
is one office).  A commitment assigned to a post without a name
(由常务副区长牵头) is linked to the ``Post`` by :mod:`kg.resolve`; who held
the post at its date is read from ``HOLDS``.

**Ties.**  A person is first the one of a name and a place
(:func:`kg.resolve.person_id`).  Persons of one name holding the same post
(the office of a known place) are one person: the 张三 that documents of
东湖区 name (副区长张三) and the 张三 of 西山县 above both hold 东湖区's
副区长, so they are one node, the smallest id of the group, with every role
relation and every ``HOLDS`` (each with its own interval) of both, and the
name and place of the person that id is made of.  The groups are worked out
at every write from all the mentions of the names it touches (stored and
new, but for the documents it replaces), posts in id order: a relation on a
node it no longer belongs to is written anew on the right one (the node's
role relations are held whole) and a node left without any goes, so the
graph depends on the documents alone, not on the order or the runs they
were read in, and a document that no longer ties them unties them.  A
review's ``same`` joins two persons (:func:`kg.review.actor_merges`), a
review's ``different`` of two persons (ids as :func:`kg.resolve.person_id`
makes them) is never tied (docs/review.md).  Run before linking, so linking
sees the persons as they end.

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

from dataclasses import dataclass
from typing import Iterable, Optional

from .graph import Graph
from .model import ROLE_RELATION, ROLE_RELATIONS
from .resolve import full_date, person_id, post_id, post_titles, split_post
from .store.base import Store

_ROLES = ROLE_RELATIONS

#: every stored mention of a person of the given names, but those of the documents being replaced
_STORED_MENTIONS = """
MATCH (p:Person)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)-[:STATED_IN]->(d:Document)
WHERE (p.name IN $names OR p.id IN $ids) AND NOT d.id IN $docs
RETURN p.id AS id, p.name AS name, p.place AS node_place, r.role AS role, r.post AS post, r.place AS place,
       c.id AS cid, d.date AS date, d.id AS doc
"""

#: the names of the persons the commitments of the documents being replaced name (their posts may change)
_NAMED_BY = """
MATCH (p:Person)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)-[:STATED_IN]->(d:Document)
WHERE d.id IN $docs RETURN DISTINCT p.id AS id, p.name AS name, p.place AS node_place, r.place AS place
"""
#: the same, row by row, for a store with a write in flight beside linking (kg/pending.py)
_NAMED_BY_ROWS = """
MATCH (p:Person)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment)-[:STATED_IN]->(d:Document)
WHERE d.id IN $docs RETURN p.id AS id, p.name AS name, p.place AS node_place, r.role AS role, r.place AS place,
       c.id AS cid, d.id AS doc
"""

#: every person a stored mention makes: its node, name and the place the mention gives
_ALL_MENTIONED = """
MATCH (p:Person)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(:Commitment)
RETURN DISTINCT p.id AS id, p.name AS name, p.place AS node_place, r.place AS place
"""


def person_names(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """The name of each of ``ids`` that is a stored person: a node, or the person of one place that a
    stored mention makes and a tie merged into another node (``kg review --different`` names it)."""
    ids = set(ids)
    out = {}
    for r in store.query(_ALL_MENTIONED).records():
        for pid in (r["id"], person_id(r["name"], _stored_place(r))):
            if pid in ids and r["name"]:
                out[pid] = r["name"]
    return out


@dataclass
class Mention:
    """One role relation of a person: the node it is on now (``node``, ``stored`` or in the graph
    being written), the name and the place the mention gives (``natural``: the id they make), the
    post, the date of its document, the commitment and the role."""

    node: str
    stored: bool
    name: str
    place: Optional[str]
    post: Optional[str]
    date: Optional[str]
    cid: str
    role: str
    natural: str = ""

    def posts(self) -> Iterable[tuple[str, Optional[str], str, bool]]:
        """``(post id, place, title, before)`` of every post the mention names: the office of the
        place it names (原东湖区副区长), else of the mention's place."""
        for title in post_titles(self.post):
            named, name, before = split_post(title)
            place = named or self.place
            yield post_id(name, place), place, name, before


def derive_posts(store: Optional[Store], graph: Graph, *, replaced: Optional[Iterable[str]] = None,
                 decisions=None, names: Iterable[str] = ()) -> None:
    """Settle the persons ``graph`` names (and those the replaced documents named): tie the persons of
    one name that hold one post into one node, then add ``Post`` nodes, ``HOLDS`` relations and
    ``Person.post``; mark their ``HOLDS`` (and the role relations of a node whose mentions move) as
    held whole (``graph.whole``), so the write replaces the stored ones.

    ``replaced``: the stored documents the write removes first (default: the
    documents of ``graph``).  ``decisions``: the review's (kg/review.py): ``same`` persons are one,
    ``different`` ones are never tied.  ``names``: the persons of these names too (a review's decision).
    """
    docs = sorted(set(replaced if replaced is not None else ()) | {n.id for n in graph.nodes_of("Document")})
    every = set(names)  # every person of these names is settled again
    names = {n.props.get("name") for n in graph.nodes_of("Person")} | every
    gone = _named_by(store, docs) if store is not None and docs else []
    names |= {r["name"] for r in gone}
    names.discard(None)
    if not names:
        return
    mentions, stored_props = _mentions(store, graph, sorted(names), docs)
    final = _tie(mentions, decisions)
    props = _props(mentions, final, graph, stored_props)
    moved = _repoint(graph, mentions, final, props)
    # the persons written again: those of the groups the graph's and the replaced documents' mentions are
    # in, and those a relation moves from or to; the others of the same names are as stored
    touched = {final[m.natural] for m in mentions if not m.stored or m.name in every or m.node in moved}
    touched |= {final.get(person_id(r["name"], _stored_place(r)), r["id"]) for r in gone if r["name"]} | moved
    touched |= {r["id"] for r in gone}  # the node a replaced mention was on: a tie it made may be undone
    by_final: dict[str, list[Mention]] = {}
    for m in mentions:
        by_final.setdefault(final[m.natural], []).append(m)
    for pid in sorted(touched & set(by_final)):
        _hold(graph, pid, props[pid], _held(by_final[pid]))


def _mentions(store: Optional[Store], graph: Graph, names: list[str], docs: list[str]) -> tuple[list, dict]:
    """Every mention of a person of ``names``: in ``graph``, and stored (but for ``docs``); and the stored
    properties (name, place) of the nodes they are on."""
    out = list(_graph_mentions(graph))
    stored_props: dict[str, dict] = {}
    if store is not None:
        ids = sorted(n.id for n in graph.nodes_of("Person"))  # a node a review's same named otherwise
        for r in _stored_mentions(store, names, ids, docs):
            stored_props[r["id"]] = {"name": r["name"], "place": r["node_place"]}
            out.append(Mention(r["id"], True, r["name"], _stored_place(r), r["post"],
                               full_date(str(r["date"] or "")), r["cid"], r["role"]))
    for m in out:
        m.natural = person_id(m.name, m.place)
    return out, stored_props


def _named_by(store: Store, docs: list[str]) -> list[dict]:
    """The persons (id, name, node's place, the mention's place) the stored documents ``docs`` name."""
    pending = getattr(store, "pending", None)
    if pending is None:
        return store.query(_NAMED_BY, {"docs": docs}).records()
    within = set(docs)
    rows = pending.mentions(store, store.query(_NAMED_BY_ROWS, {"docs": docs}).records(),
                            lambda r: r["doc"] in within)
    cols = ("id", "name", "node_place", "place")
    return [dict(zip(cols, r)) for r in dict.fromkeys(tuple(r[c] for c in cols) for r in rows)]


def _stored_mentions(store: Store, names: list[str], ids: list[str], docs: list[str]) -> list[dict]:
    """The stored mentions of the persons of ``names`` (or ``ids``), but those of the documents ``docs``;
    with a write in flight (kg/pending.py), as they are once it is stored."""
    rows = store.query(_STORED_MENTIONS, {"names": names, "ids": ids or [""], "docs": docs or [""]}).records()
    pending = getattr(store, "pending", None)
    if pending is None:
        return rows
    named, given, skip = set(names), set(ids), set(docs)
    return pending.mentions(store, rows, lambda r: (r["name"] in named or r["id"] in given) and r["doc"] not in skip)


def _graph_mentions(graph: Graph) -> Iterable[Mention]:
    """The role relations of the persons of ``graph``, dated by their documents."""
    stated = {e.src: e.dst for e in graph.edges_of("STATED_IN")}
    for rel in _ROLES:
        for e in graph.edges_of(rel):
            node = graph.nodes.get(e.src)
            if node is None or node.label != "Person" or not node.props.get("name"):
                continue
            doc = graph.nodes.get(stated.get(e.dst, ""))
            yield Mention(e.src, False, node.props["name"], e.props.get("place", node.props.get("place")),
                          e.props.get("post"), full_date(str(doc.props.get("date") or "")) if doc else None,
                          e.dst, e.props.get("role") or _role_of(rel))


def _stored_place(row: dict) -> Optional[str]:
    return mention_place(row["id"], row["name"], row["node_place"], row["place"])


def mention_place(node: str, name: Optional[str], node_place: Optional[str], place: Optional[str]) -> Optional[str]:
    """The place a stored mention gives its person: the relation's ``place``; a store written before
    relations kept it has the node's place (a node that is no merge: its id is the one of its name and
    place)."""
    if place is None and node_place and name and node == person_id(name, node_place):
        return node_place
    return place


def _role_of(rel: str) -> str:
    return next(role for role, r in ROLE_RELATION.items() if r == rel)


def _tie(mentions: list[Mention], decisions) -> dict[str, str]:
    """The node each natural person (``Mention.natural``) is: a review's ``same`` joins two, then the
    persons of one name holding one post are tied (posts in id order, holders in id order), but never
    two a review called ``different``; each group is its smallest id."""
    from .review import actor_merges

    into = actor_merges(decisions) if decisions else {}
    apart = {p for p in decisions.apart() if p[0].startswith("person:")} if decisions else set()
    parent: dict[str, str] = {}
    members: dict[str, set] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb:
            return
        ga, gb = members.setdefault(ra, {ra}), members.setdefault(rb, {rb})
        if any((x, y) in apart or (y, x) in apart for x in ga for y in gb):
            return  # a review called two of them different
        keep, gone = min(ra, rb), max(ra, rb)
        parent[gone] = keep
        members[keep] = ga | gb
        members.pop(gone, None)

    base = {m.natural: into.get(m.natural, m.natural) for m in mentions}
    for x in sorted(set(base.values())):
        find(x)
    for natural, b in sorted(base.items()):  # a review's same
        if natural != b:
            union(natural, b)
    holders: dict[tuple, set] = {}
    for m in mentions:
        for pid, place, _, _ in m.posts():
            if place:  # the office of a known place
                holders.setdefault((pid, m.name), set()).add(base[m.natural])
    for key in sorted(holders):
        first, *rest = sorted(holders[key])
        for other in rest:
            union(first, other)
    return {natural: find(natural) for natural in base}  # a group's root is its smallest id


def _props(mentions: list[Mention], final: dict[str, str], graph: Graph, stored: dict) -> dict[str, dict]:
    """``name`` and ``place`` of each node: those of the person its id is made of, else those known of it
    (in the graph, stored), else those of the smallest person of its group; a node of no known place takes
    the place of the smallest person of its group that has one (a merge keeps what is known)."""
    own: dict[str, tuple] = {}
    for m in sorted(mentions, key=lambda m: (m.natural, m.name, m.place or "")):
        own.setdefault(m.natural, (m.name, m.place))
    out = {}
    for natural, pid in sorted(final.items()):
        if pid in out:
            continue
        if pid in own:
            name, place = own[pid]
        elif pid in graph.nodes:
            name, place = graph.nodes[pid].props.get("name"), graph.nodes[pid].props.get("place")
        elif pid in stored:
            name, place = stored[pid]["name"], stored[pid]["place"]
        else:
            name, place = own[natural]
        if place is None:
            place = next((own[n][1] for n, f in sorted(final.items()) if f == pid and own[n][1]), None)
        out[pid] = {"name": name, "place": place}
    return out


def _repoint(graph: Graph, mentions: list[Mention], final: dict[str, str], props: dict) -> set:
    """Every mention onto its node: the graph's persons and relations take their final ids; a stored node
    with a mention that goes to another node has all its role relations written anew (held whole),
    and goes when none is left (the write prunes it).  Returns the stored nodes whose relations move."""
    for m in mentions:
        if not m.stored:
            graph.edges.pop((ROLE_RELATION[m.role], m.node, m.cid), None)
    for pid in [n.id for n in graph.nodes_of("Person")]:
        del graph.nodes[pid]
    moved = {m.node for m in mentions if m.stored and final[m.natural] != m.node}
    for rel in _ROLES if moved else ():
        graph.whole.setdefault(rel, set()).update(moved)
    for m in mentions:
        if m.stored and m.node not in moved:
            continue
        pid = final[m.natural]
        graph.add_node("Person", pid, **props[pid])
        graph.add_edge(ROLE_RELATION[m.role], pid, m.cid, role=m.role, post=m.post, place=m.place)
    return moved


def _held(mentions: list[Mention]) -> dict[tuple, list[str]]:
    """Each post named, as ``(place, title)``: the place it names, else the mention's; with the dates of
    the documents naming it held (undated ones, and a post named as held before (原东湖区副区长), give none)."""
    held: dict[tuple, list[str]] = {}
    for m in mentions:
        for _, place, title, before in m.posts():
            held.setdefault((place, title), [])
            if m.date and not before:
                held[(place, title)].append(m.date)
    return held


def _hold(graph: Graph, pid: str, props: dict, held: dict[tuple, list[str]]) -> None:
    """The person ``pid``'s ``HOLDS`` (held whole) and ``post``: the newest post named."""
    for (place, title), dates in sorted(held.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
        tid = post_id(title, place)
        graph.add_node("Post", tid, name=title, place=place)
        graph.add_edge("HOLDS", pid, tid, from_date=min(dates) if dates else None,
                       to_date=max(dates) if dates else None)
    newest = max(held, key=lambda t: (max(held[t]) if held[t] else "", t[1], t[0] or ""))[1] if held else None
    graph.add_node("Person", pid, **props)
    graph.nodes[pid].props["post"] = newest  # exactly what the documents give (a store keeps no other)
    graph.whole.setdefault("HOLDS", set()).add(pid)
