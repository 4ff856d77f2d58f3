"""The same work, once: restatements of one piece of work are linked to one canonical commitment.

A speech promises "滨江路北延工程…6月底前建成通车"; a task table splits it into a
row; a supervision notice months later reports "滨江路北延工程已建成通车".  They
are three documents and three commitments of one piece of work.  This step
links each restatement to the canonical one, ``(:Commitment)-[:RESTATES
{score, why}]->(:Commitment)``, so that queries count the work once and see
every progress record of it (kg/status.py judges from those).

Two commitments of different documents are the same piece of work when

- they concern the same project and, beyond the project's name, one task
  contains the other or their wording is close (character-bigram Dice ≥ 0.5:
  南湖隧道征地拆迁 is not 南湖隧道主体结构施工), or
- they share an actor and their wording is close (Dice ≥ 0.6),

and no actor list contradicts the other (when both name actors, they share
one: the same body or person, in the same place), and they are not works of
two places (the places of their documents and bodies, where known, meet: a
city's notice on 东湖区住建局's work may report on 东湖区's; a vice-mayor
leading a work in two districts leads two works).
A piece of work is a connected group of such pairs; its canonical
commitment is the one of the earliest dated document (then the smallest id),
a choice from the set of statements, so reading order does not matter.

A person's review (kg/review.py, docs/review.md) overrides the rules: a
rejected pair is never in one work (with a rejection in play the links are
taken strongest first, ties by id, and one that would join a rejected pair
is left out), a confirmed pair is one work.

Linking runs at every ingest: the groups the new documents touch (and those
of the documents they replace) are worked out again whole from their
statements, a group that two new links merge gets one canonical commitment,
and the work's derived properties (the newest progress of the work, the
work's due date, the percent it requires, how many documents state it, and
the facts its status on any day is judged from, kg/status.py ``work_facts``)
are recomputed from all its records.  They are kept once, on the canonical
commitment (graph_schema.WORK_PROPS); every statement keeps the canonical's
id, ``work``, so a batch that adds a statement to a big work rewrites the new
statement and the canonical one, not every statement of the work.  Reading
the same documents in any order gives the same graph, and reading them again
changes nothing.

>>> dice("老旧小区改造", "完成老旧小区改造3000户") >= 0.6
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Optional

from .blocking import candidates
from .posts import mention_place
from .graph import Graph, Node
from .graph_schema import KIND_OF, NODES, WORK_PROPS
from .model import ROLE_RELATIONS
from .review import Decisions
from .resolve import norm as _norm
from .status import FACTS, Record, latest, required_percent, work_facts
from .store.base import Store
from .values import plain, typed
from .workcache import WorkCache

_ROLE_RELS = ROLE_RELATIONS
#: the newest progress of a work, shown on each of its commitments (from its Progress records)
LATEST = ("status", "percent", "as_of", "progress_text", "progress_source")
#: what is derived of a whole work (recomputed whenever the work changes): kept on its canonical commitment,
#: and ``work`` (the canonical's id) on each of its statements (graph_schema.WORK_PROPS)
DERIVED = LATEST + ("work_due", "work_due_text", "required", "sources", "work") + FACTS
assert set(DERIVED) == set(WORK_PROPS) | {"work"}
_PROGRESS_COLS = tuple(p for p in NODES["Progress"] if p not in ("id", "kind"))


norm = lru_cache(maxsize=65536)(_norm)  # linking compares each task with many others


@lru_cache(maxsize=65536)
def _bigrams(s: str) -> frozenset[str]:
    s = norm(s)
    return frozenset({s[i:i + 2] for i in range(len(s) - 1)} or {s})


def dice(a: str, b: str) -> float:
    """Similarity of two task texts, 0 to 1."""
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


@dataclass
class _C:
    id: str
    doc: str
    task: str
    props: dict  # the node's properties
    projects: set = field(default_factory=set)
    # (name, place) of each actor: a body or person of another place is another actor; one whose
    # place is unknown (a table that names none) may be the same as one whose place is known
    actors: set = field(default_factory=set)
    places: set = field(default_factory=set)  # its document's place and its bodies' places, where known
    records: list = field(default_factory=list)  # the Progress records its own document states (dicts)
    targets: list = field(default_factory=list)  # its targets (dicts: op, value, unit)
    doc_date: Optional[str] = None
    restates: Optional[tuple] = None  # the stored RESTATES: (canonical id, score, why)
    #: what :func:`_likeness` reads of it, once made (the parts above are not changed after linking reads them)
    like: Optional[tuple] = field(default=None, compare=False, repr=False)
    #: its records as :func:`derived` reads them, once made
    recs: Optional[list] = field(default=None, compare=False, repr=False)
    #: its blocks (:func:`_keys`), once made
    blocks: Optional[frozenset] = field(default=None, compare=False, repr=False)


def same_work(a: _C, b: _C, apart: frozenset = frozenset()) -> bool:
    """Do ``a`` and ``b`` (of two documents) state the same piece of work?  Every link goes through here.
    ``apart``: pairs of actor ids a review called ``different`` (:func:`actors_apart`)."""
    if a.doc == b.doc:
        return False
    if a.places and b.places and not a.places & b.places:
        return False  # works of two places (a notice of another district) are never the same work
    if a.actors and b.actors and not shared_actors(a, b, apart):
        return False
    return _why(a, b, apart) is not None


def shared_actors(a: _C, b: _C, apart: frozenset = frozenset()) -> set:
    """The names of the actors ``a`` and ``b`` share: the same name in the same place, or in a
    place one of them does not know (区住建局 of 东湖区 and of a table naming no place; never of 西山区).

    >>> x = _C("1", "d1", "t", {}, actors={("区住建局", "东湖区")})
    >>> sorted(shared_actors(x, _C("2", "d2", "t", {}, actors={("区住建局", None)})))
    ['区住建局']
    >>> shared_actors(x, _C("3", "d3", "t", {}, actors={("区住建局", "西山区")}))
    set()

    A review's ``different`` of the two actors' ids keeps them apart (``apart``):

    >>> x = _C("1", "d1", "t", {}, actors={("区住建局", "东湖区", "org:a")})
    >>> shared_actors(x, _C("2", "d2", "t", {}, actors={("区住建局", None, "org:b")}), frozenset({("org:a", "org:b")}))
    set()
    """
    mine, theirs = [_key(x) for x in a.actors], [_key(x) for x in b.actors]
    return {n for n, p, i in mine for m, q, j in theirs
            if n == m and (p == q or not p or not q) and (i, j) not in apart and (j, i) not in apart}


def _key(actor) -> tuple:
    """An actor as ``(name, place, id)``; a bare name is of no known place."""
    actor = actor if isinstance(actor, tuple) else (actor, None)
    return actor + (None,) * (3 - len(actor))


def actors_apart(decisions: Optional[Decisions]) -> frozenset:
    """The pairs of persons or organizations a review called ``different``."""
    return frozenset(p for p in decisions.apart() if p[0].split(":")[0] in ("person", "org")) if decisions \
        else frozenset()


def _why(a: _C, b: _C, apart: frozenset = frozenset()) -> Optional[tuple[float, str]]:
    """``(score, why)``: how close the wording of ``a`` and ``b`` is, and what they share; None when not close."""
    ta, tb = norm(a.task), norm(b.task)
    shared = a.projects & b.projects
    if shared:  # the same project: compare what is said beyond its name
        for p in sorted(shared, key=len, reverse=True):
            ta, tb = ta.replace(norm(p), ""), tb.replace(norm(p), "")
        sim = 1.0 if ta in tb or tb in ta else dice(ta, tb)
        if sim >= 0.5:
            return round(sim, 3), "project " + min(shared, key=lambda p: (-len(p), p))
        return None
    sim = 1.0 if ta and tb and (ta in tb or tb in ta) else dice(ta, tb)
    both = shared_actors(a, b, apart)
    if both and sim >= 0.6:
        return round(sim, 3), "actor " + min(both)
    return None


def _from_graph(graph: Graph) -> dict[str, _C]:
    out = {}
    stated = {e.src: e.dst for e in graph.edges_of("STATED_IN")}
    for n in graph.nodes_of("Commitment"):
        doc = stated.get(n.id, "")
        date = graph.nodes[doc].props.get("date") if doc in graph.nodes else None
        out[n.id] = _C(n.id, doc, n.props.get("task") or "", n.props, doc_date=_iso(date))
        place = graph.nodes[doc].props.get("place") if doc in graph.nodes else None
        if place:
            out[n.id].places.add(place)
    for e in graph.edges.values():
        if e.type == "CONCERNS" and e.src in out:
            out[e.src].projects.add(graph.nodes[e.dst].props.get("name"))
        elif e.type in _ROLE_RELS and e.dst in out:
            actor = graph.nodes[e.src].props
            place = e.props.get("place") if actor.get("kind") == "person" else actor.get("place")
            out[e.dst].actors.add((actor.get("name"), place, e.src))  # a person: the place the mention gives
            if actor.get("place") and actor.get("kind") == "organization":  # a leader may serve several places
                out[e.dst].places.add(actor["place"])
        elif e.type == "HAS_PROGRESS" and e.src in out:
            out[e.src].records.append(dict(graph.nodes[e.dst].props))
        elif e.type == "HAS_TARGET" and e.src in out:
            out[e.src].targets.append(dict(graph.nodes[e.dst].props))
    return out


def _iso(value) -> Optional[str]:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value else None)


#: the canonical commitment of each of the given stored commitments that restates one
_CANONICAL = "MATCH (c:Commitment)-[:RESTATES]->(k:Commitment) WHERE c.id IN $ids RETURN c.id, k.id"
#: the work of each of the given stored commitments (the id of its canonical commitment, written with its
#: ``RESTATES``; none in a store written before works had derived properties): a lookup of the nodes
#: alone, not of their ``RESTATES`` (the 493 candidates of 10 documents in the 10,000's store: 3 ms against 20-30)
_WORK_OF = "MATCH (c:Commitment) WHERE c.id IN $ids RETURN c.id, c.work"
#: the stored commitments of the documents about to be replaced
_OF_DOCS = "MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE d.id IN $docs RETURN c.id"
#: the parts of a stored commitment that linking reads, for the given commitments (``c.id IN $ids``) and
#: for the restatements of the given canonical commitments (``k.id IN $ids``): each statement is one
#: pattern that starts from the ids it is given, so a store that looks ids up one by one (kg/store/embedded.py)
#: reads what the works hold, however big the store.  One pattern, not a ``MATCH`` of the ids and a second
#: ``MATCH`` from them: Ladybug plans the second by scanning its far end (the progress of 608 commitments
#: of the 10,000 documents' store: 35-47 ms against 81-141 ms; their projects 19-25 ms against 44-50 ms)
_OWN = "MATCH (d:Document)<-[:STATED_IN]-(c:Commitment) WHERE c.id IN $ids "
_RESTATING = "MATCH (d:Document)<-[:STATED_IN]-(c:Commitment)-[e:RESTATES]->(k:Commitment) WHERE k.id IN $ids "
_PARTS = {
    "projects": "MATCH (c:Commitment)-[:CONCERNS]->(p:Project) WHERE c.id IN $ids RETURN c.id, p.name",
    "actors": "MATCH (a)-[r:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment) WHERE c.id IN $ids "
              "RETURN c.id, a.id, a.name, a.place, a.kind, r.place",
    "records": "MATCH (c:Commitment)-[:HAS_PROGRESS]->(p:Progress) WHERE c.id IN $ids RETURN c.id AS cid, "
               + ", ".join(f"p.{p} AS {p}" for p in _PROGRESS_COLS),
    "targets": "MATCH (c:Commitment)-[:HAS_TARGET]->(t:Target) WHERE c.id IN $ids RETURN c.id, t.op, t.value, t.unit",
}


def _works(store: Store, seeds: set[str], works: Optional[WorkCache] = None) -> tuple[set[str], dict[str, str]]:
    """The canonical commitments of the works the stored commitments ``seeds`` are in (a seed that
    restates none is its own), and the canonical of each seed that restates one (``works``: those
    of the works in memory, kg/workcache.py, from there)."""
    known, rest = works.heads_of(seeds) if works is not None else ({}, seeds)
    canon_of = _canonical_of(store, sorted(rest)) if rest else {}
    canon_of.update((s, h) for s, h in known.items() if s != h)
    return {canon_of.get(s, s) for s in seeds}, canon_of


def _canonical_of(store: Store, ids: list[str]) -> dict[str, str]:
    """The canonical commitment of each of the stored commitments ``ids`` that restates one: its work, or
    where it has none (not derived yet: :func:`derive_stored`), the end of its ``RESTATES``."""
    rows = store.query(_WORK_OF, {"ids": ids}).rows
    out = {c: w for c, w in rows if w is not None and w != c}
    underived = [c for c, w in rows if w is None]
    if underived:
        out.update(store.query(_CANONICAL, {"ids": underived}).rows)
    return out


def _load(store: Store, heads: set[str], gone: list[str], works: Optional[WorkCache]) -> dict[str, _C]:
    """:func:`_load_works`, the works in memory (``works``) from there."""
    if works is None:
        return _load_works(store, heads, gone)
    out = works.load(heads, gone)
    rest = {h for h in heads if not works.has(h)}
    if rest:
        works.misses += len(rest)
        out.update(_load_works(store, rest, gone))
    return out


def _load_works(store: Store, heads: set[str], gone: list[str]) -> dict[str, _C]:
    """Every stored commitment of the works whose canonical commitments are ``heads`` (``heads`` and
    what restates them), but those of the documents ``gone``, with their document, projects, actors,
    records, targets and ``RESTATES``: what linking compares and derives from."""
    heads_ = sorted(heads)
    if not heads_:
        return {}
    cols = list(NODES["Commitment"])  # the id first
    n = len(cols)  # then the document's id, date and place (and a restatement's RESTATES)
    ret = ", ".join([f"c.{p} AS {p}" for p in cols] + ["d.id AS doc", "d.date AS doc_date", "d.place AS doc_place"])
    skip = set(gone)
    out: dict[str, _C] = {}
    q = {"ids": heads_}
    rows = [(row, None) for row in store.query(f"{_OWN}RETURN {ret}", q).rows]
    rows += [(row, (row[n + 3], row[n + 4], row[n + 5])) for row in store.query(
        f"{_RESTATING}RETURN {ret}, k.id AS canon, e.score AS score, e.why AS why", q).rows]
    rows.sort(key=lambda r: r[0][0])
    for row, restates in rows:
        doc = row[n]
        if doc in skip:
            continue
        props = dict(zip(cols, row))
        c = out[row[0]] = _C(row[0], doc, props.get("task") or "", props, doc_date=row[n + 1], restates=restates)
        if row[n + 2]:
            c.places.add(row[n + 2])
    if out:  # the parts of every member at once, by its id (one statement a part, not one for the
        # canonical and one for the restating: 10 documents into the 10,000's store, 6 statements of 10-25 ms)
        members = {"ids": sorted(out)}
        for part, cypher in _PARTS.items():
            _add_part(out, part, store.query(cypher, members))
    return out


def _add_part(out: dict[str, _C], part: str, res) -> None:
    """Rows of one of :data:`_PARTS` onto the commitments of ``out`` they are of."""
    if part == "records":
        cols = res.columns[1:]
        for cid, *row in res.rows:
            c = out.get(cid)
            if c is not None:
                c.records.append(dict(zip(cols, row)))
        return
    for cid, *rest in res.rows:
        c = out.get(cid)
        if c is None:
            continue
        if part == "projects":
            c.projects.add(rest[0])
        elif part == "actors":
            actor, name, place, kind, given = rest
            # a person: the place the mention gives (tied persons of two places are one node: kg/posts.py)
            c.actors.add((name, mention_place(actor, name, place, given) if kind == "person" else place, actor))
            if place and kind == "organization":
                c.places.add(place)
        else:
            op, value, unit = rest
            c.targets.append({"op": op, "value": value, "unit": unit})


def _ids(store: Store, cypher: str, params: dict) -> list[str]:
    return [r[0] for r in store.query(cypher, params).rows]


class _UnionFind:
    """Groups joined pairwise; a group's root is its smallest id."""

    def __init__(self, ids: Iterable[str]):
        self.parent = {cid: cid for cid in ids}

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _pairs(cs: dict[str, _C], new: set[str], loose: list[str]) -> Iterator[tuple[str, str]]:
    """The pairs to compare, of two documents only (one document's statements are never one work):
    each new commitment with everyone, the ``loose`` ones with one another, but only pairs that share
    a project or an actor's name and whose places may meet (:func:`same_work` holds of no other pair:
    it needs a shared project or shared actors, and no two places), so many new commitments at once
    (files written together, kg/ingest.py ``store_batch``) cost what their blocks hold in their own
    places, not the square of their number, nor the number of places a batch holds (an actor's name
    such as 县住建局 is every county's)."""
    blocks = _Blocks(cs, {k for a in (*new, *loose) for k in _keys(cs[a])})
    for a in sorted(new):
        yield from ((a, b) for b in blocks.near(a) if cs[b].doc != cs[a].doc and (b not in new or b > a))
    loose_ = set(loose)
    for a in loose:
        yield from ((a, b) for b in blocks.near(a) if b > a and b in loose_ and cs[b].doc != cs[a].doc)


def _keys(c: _C) -> frozenset[tuple]:
    keys = c.blocks
    if keys is None:
        keys = c.blocks = frozenset({("p", p) for p in c.projects} | {("n", _key(x)[0]) for x in c.actors})
    return keys


class _Blocks:
    """The commitments of ``cs`` by block (:func:`_keys`) and place: those of a block that a
    commitment may be the same work as are the block's members of one of its places, and those
    of no known place (a commitment of no known place: every member of the block).

    >>> cs = {i: _C(i, "d" + i, "t", {}, projects={"南湖隧道"}, places=pl) for i, pl in
    ...       (("1", {"东湖区"}), ("2", {"西山区"}), ("3", set()), ("4", {"东湖区", "西山区"}))}
    >>> b = _Blocks(cs)
    >>> b.near("1"), b.near("2"), b.near("3")
    (['1', '3', '4'], ['2', '3', '4'], ['1', '2', '3', '4'])
    """

    def __init__(self, cs: dict[str, _C], wanted: Optional[set] = None):
        """``wanted``: the blocks :meth:`near` is asked of (those of the commitments compared), else all."""
        self.cs = cs
        self.all: dict[tuple, list[str]] = {}  # block -> members, in id order
        self.placed: dict[tuple, list[str]] = {}  # (block, place or None) -> members, in id order
        for cid in sorted(cs):
            c = cs[cid]
            for k in (_keys(c) if wanted is None else _keys(c) & wanted):
                self.all.setdefault(k, []).append(cid)
                for p in c.places or (None,):
                    self.placed.setdefault((k, p), []).append(cid)

    def near(self, a: str) -> list[str]:
        """The commitments that share a project or an actor's name with ``a`` in a place it may
        be of, in id order (``a`` itself too)."""
        c = self.cs[a]
        keys = _keys(c)
        if not keys:
            return []
        if not c.places:
            lists = [self.all[k] for k in keys]
        else:
            lists = [m for k in keys for p in (*c.places, None) for m in [self.placed.get((k, p))] if m]
        if len(lists) == 1:
            return lists[0]
        return sorted({b for m in lists for b in m})


def _join_by_rules(uf: _UnionFind, cs: dict[str, _C], pairs: Iterable[tuple[str, str]], joins: list,
                   keep: frozenset) -> None:
    """No review keeps a pair apart: the confirmed pairs, then every pair the rules link
    (``keep``: pairs of actors a review called different, :func:`actors_apart`)."""
    for a, b in joins:
        uf.union(a, b)
    find = uf.find
    for a, b in pairs:  # two already of one work (a new statement joined to one member of a stored
        # work, and its other members): comparing them cannot change the groups
        if find(a) != find(b) and same_work(cs[a], cs[b], keep):
            uf.union(a, b)


def _join_strongest_first(uf: _UnionFind, cs: dict[str, _C], pairs: Iterable[tuple[str, str]], joins: list,
                          apart: list, decisions: Decisions, keep: frozenset) -> None:
    """A review kept pairs apart: links strongest first (confirmed ones first, ties by id), each
    left out when it would join two commitments the review kept apart."""
    links = [(-2.0, a, b) for a, b in joins]
    links += sorted((-_why(cs[a], cs[b], keep)[0], min(a, b), max(a, b)) for a, b in pairs
                    if same_work(cs[a], cs[b], keep) and not decisions.rejected((a, b)))
    members = {cid: {cid} for cid in cs}
    for _, a, b in links:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or any(x in members[ra] and y in members[rb] or y in members[ra] and x in members[rb]
                           for x, y in apart):
            continue  # one work already, or it would join two that a review kept apart
        uf.union(a, b)
        members[uf.find(a)] = members.pop(ra) | members.pop(rb)


def _components(cs: dict[str, _C], new: set[str], settled: dict[str, str],
                decisions: Optional[Decisions] = None) -> list[list[str]]:
    """Groups of the same work: connected by :func:`same_work`.

    ``new`` are the commitments being written, compared with everyone;
    ``settled`` maps stored commitments whose stored group lost no statement
    to that group's canonical id: such a group is still connected, so its
    members are joined without comparing them again.  The others are compared
    with one another.
    """
    uf = _UnionFind(cs)
    ids = sorted(cs)
    apart = [p for p in decisions.apart() if p[0] in cs and p[1] in cs] if decisions else []
    keep = actors_apart(decisions)
    if apart:  # a review kept two apart: every group is worked out again, strongest links first
        settled = {}
    for cid, canon in settled.items():
        if canon in cs:
            uf.union(cid, canon)
    loose = [i for i in ids if i not in new and i not in settled]
    pairs = _pairs(cs, new, loose)
    # a review's confirmed pairs first, then the rules' links
    joins = [(a, b) for a, b in (decisions.joins() if decisions else ()) if a in cs and b in cs]
    if apart:
        _join_strongest_first(uf, cs, pairs, joins, apart, decisions, keep)
    else:
        _join_by_rules(uf, cs, pairs, joins, keep)
    groups: dict[str, list[str]] = {}
    for cid in ids:
        groups.setdefault(uf.find(cid), []).append(cid)
    return list(groups.values())


def canonical(members: Iterable[_C]) -> _C:
    """The canonical statement of a work: the earliest dated document's, then the smallest id."""
    return min(members, key=lambda c: (c.doc_date is None, str(c.doc_date or ""), c.id))


def _record(r: dict) -> Record:
    return Record(r.get("status"), r.get("percent"), _iso(r.get("as_of")), r.get("source"), r.get("text"))


def _records_of(c: _C) -> list:
    if c.recs is None:
        c.recs = [_record(r) for r in c.records]
    return c.recs


def derived(members: list[_C], canon: _C) -> dict:
    """What is derived of a work, from all its statements and records: kept on its canonical commitment
    (``canon``); each other statement keeps :func:`restating` (only ``work``)."""
    records = [r for c in members for r in _records_of(c)]
    newest = latest(records)
    dated = canon if canon.props.get("due") else min(
        (c for c in members if c.props.get("due")), key=lambda c: (_iso(c.props["due"]), c.id), default=canon)
    # what the work asks for, from the statements that promise it ("完成主体工程的60%" in a report is no target)
    req = required_percent(t for c in members if not c.records for t in c.targets)
    return {
        "status": newest.status if newest else None,
        "percent": newest.percent if newest else None,
        "as_of": newest.as_of if newest else None,
        "progress_text": newest.text if newest else None,
        "progress_source": newest.source if newest else None,
        "work_due": _iso(dated.props.get("due")),
        "work_due_text": dated.props.get("due_text") if dated.props.get("due") else canon.props.get("due_text"),
        "required": float(req) if req is not None else 100.0,
        "sources": len({c.doc for c in members}),
        "work": canon.id,  # the canonical commitment: the statements of one work share it (and only it)
        # what the status as of any day needs (kg/status.py): the named queries read only these
        **work_facts(dated.props.get("due"), records, req),
    }


def restating(props: dict) -> dict:
    """What a statement that restates the canonical one keeps of the work's derived ``props``: ``work``
    (the canonical's id); the others are empty (read from the canonical, graph_schema.show_work).

    >>> restating({"status": "done", "sources": 2, "work": "c:1"})
    {'status': None, 'sources': None, 'work': 'c:1'}
    """
    return {**dict.fromkeys(props), "work": props["work"]}


def derive_graph(graph: Graph) -> None:
    """Set the derived properties of every work of ``graph``, its ``RESTATES`` taken as they are (no
    linking): a graph built without ingest (tests/synthetic_graph.py) gets them by :func:`derived` too."""
    cs: dict[str, _C] = {}
    for n in graph.nodes_of("Commitment"):
        cs[n.id] = _C(n.id, "", "", n.props)
    canon = {}
    for e in graph.edges.values():
        if e.src in cs and e.dst in graph.nodes and e.type in ("STATED_IN", "HAS_PROGRESS", "HAS_TARGET", "RESTATES"):
            c = cs[e.src]
            if e.type == "STATED_IN":
                c.doc = e.dst
            elif e.type == "RESTATES":
                canon[e.src] = e.dst
            else:
                (c.records if e.type == "HAS_PROGRESS" else c.targets).append(graph.nodes[e.dst].props)
    works: dict[str, list[_C]] = {}
    for cid in sorted(cs):
        works.setdefault(canon.get(cid, cid), []).append(cs[cid])
    for head, members in works.items():
        props = derived(members, cs[head])
        if not any(c.records for c in members):  # a graph made by hand may show progress without records
            props = {k: v for k, v in props.items() if k not in LATEST}
        others = restating(props)
        for c in members:
            c.props.update(props if c.id == head else others)


#: stored commitments without the derived properties of their work (a store written before they existed)
_UNDERIVED = "MATCH (c:Commitment) WHERE c.work IS NULL RETURN c.id ORDER BY c.id"


def derive_stored(store: Store, batch: int = 2000) -> int:
    """Set the derived properties of the stored works that have none, ``batch`` commitments a
    transaction: a store written by a version of kg before those properties existed gets them
    when it is opened (the migration adds the columns empty).  Works are taken as stored (their
    ``RESTATES``), not linked again.  Returns how many commitments lacked them."""
    ids = _ids(store, _UNDERIVED, {})
    seen: set[str] = set()
    for i in range(0, len(ids), batch):
        chunk = {cid for cid in ids[i:i + batch] if cid not in seen}
        if not chunk:
            continue
        cs = _load_works(store, _works(store, chunk)[0], [])
        seen |= set(cs)
        works: dict[str, list[_C]] = {}
        for c in cs.values():
            works.setdefault(c.restates[0] if c.restates else c.id, []).append(c)
        graph = Graph()
        for members in works.values():
            _write_work(graph, members, {}, None)
        store.write(graph)
    return len(ids)


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return _iso(a) == _iso(b)


def _documents(graph: Graph, new: dict, replaced: Optional[Iterable[str]], appending: bool) -> tuple[list, list]:
    """``(docs, gone)``: the documents whose stored statements are no candidates (those replaced and
    those of the graph), and those whose stored statements go (all of them, unless ``appending``:
    then what is stored of the graph's documents stays, and is loaded with the groups it is in)."""
    gone = set(replaced if replaced is not None else (n.id for n in graph.nodes_of("Document")))
    docs = sorted(gone | {c.doc for c in new.values()})
    return docs, (sorted(gone) if appending else docs)


def link_progress(store: Optional[Store], graph: Graph, *, replaced: Optional[Iterable[str]] = None,
                  decisions: Optional[Decisions] = None, touch: Iterable[str] = (),
                  appending: bool = False, works: Optional[WorkCache] = None) -> int:
    """Add ``RESTATES`` relations and the derived properties of every work ``graph`` touches.

    ``graph`` holds the documents about to be written; ``replaced`` the ids of
    the stored documents the write removes first (default: the documents of
    ``graph``).  ``store`` is read for the commitments of other documents.
    Stored commitments whose group or derived properties change are added to
    ``graph`` whole, with their ``RESTATES``, so the write updates them.
    ``decisions`` (kg/review.py) keep reviewed pairs apart or join them;
    ``touch`` names stored commitments whose works are worked out again
    (those of a new decision).
    ``appending``: ``graph`` adds to its documents' stored statements instead
    of replacing them (a long text written in parts, kg/longtext.py).
    ``works``: the works in memory (kg/workcache.py; default ``store.works``,
    set during an ingest): the works they hold are read from there, and they
    are given the works of ``graph`` as the write will store them.
    Returns the number of ``RESTATES`` of the new commitments.
    """
    works = works if works is not None else getattr(store, "works", None)
    new = _from_graph(graph)
    docs, gone = _documents(graph, new, replaced, appending)
    old, settled, heads = _stored_works(store, graph, new, docs, gone, decisions, touch, works) \
        if store is not None else ({}, {}, set())
    everyone = {**old, **new}
    keep = actors_apart(decisions)
    links = 0
    made: Optional[list] = [] if works is not None else None
    for ids in _components(everyone, set(new), settled, decisions):
        links += _write_work(graph, [everyone[i] for i in ids], new, decisions, keep, made)
    if works is not None:
        works.put(graph, made, heads)
    return links


def _stored_works(store: Store, graph: Graph, new: dict[str, _C], docs: list[str], gone: list[str],
                  decisions: Optional[Decisions], touch: Iterable[str],
                  works: Optional[WorkCache] = None) -> tuple[dict[str, _C], dict[str, str], set[str]]:
    """The stored commitments that may be of the works of ``new`` (whole stored groups), of
    those, the ones whose group lost no statement, mapped to their canonical id (``settled``), and
    the canonical ids of those groups.
    ``docs``: no candidates there; ``gone``: the documents whose stored statements the write removes;
    ``works``: the works in memory (kg/workcache.py), read from there."""
    removed = set(_ids(store, _OF_DOCS, {"docs": gone}))
    if works is not None:
        removed |= works.of_docs(gone)  # (those of a batch not yet written too)
    seeds = candidates(store, graph, docs) | removed | set(touch)  # the blocking index (kg/blocking.py)
    if decisions:  # the partners of a reviewed pair are loaded with it
        near = set(new) | seeds
        seeds |= {x for p in decisions.joins() + decisions.apart() if set(p) & near for x in p}
    heads, canon_of = _works(store, seeds, works)
    old = {k: v for k, v in _load(store, heads, gone, works).items() if k not in new}
    # groups that lose a statement may split: their members are compared again
    touched = removed | set(touch)
    touched |= {canon_of[t] for t in touched if t in canon_of}
    settled = {}
    for c in old.values():
        canon = c.restates[0] if c.restates else c.id
        if canon not in touched:
            settled[c.id] = canon
    return old, settled, heads


def _restates(c: _C, canon: _C, decisions: Optional[Decisions], keep: frozenset,
              scored: Optional[dict] = None) -> Optional[tuple]:
    """``(canonical id, score, why)`` of the ``RESTATES`` of ``c`` in its work; None for the canonical one.
    ``scored``: the score and why of the members compared with ``canon`` so far, by :func:`_likeness`
    (a work's restatements are mostly alike: one comparison each kind)."""
    if c is canon:
        return None
    like = _likeness(c, canon) if scored is not None else None
    found = scored.get(like) if like is not None else None
    if found is None:
        found = (same_work(c, canon, keep) and _why(c, canon, keep)) or (
            round(dice(c.task, canon.task), 3), "through another statement of the same work")
        if like is not None:
            scored[like] = found
    score, why = found
    if decisions and decisions.confirmed((c.id, canon.id)):
        why = "confirmed in review"
    return canon.id, score, why


def _likeness(c: _C, canon: _C) -> tuple:
    """What :func:`same_work` and :func:`_why` read of ``c`` against ``canon``: two members alike
    compare alike (the same task, projects, actors and places; of ``canon``'s document or not).

    >>> k = _C("k", "d1", "修路", {}, projects={"南湖路"})
    >>> a, b = _C("a", "d2", "修路", {}, projects={"南湖路"}), _C("b", "d3", "修路", {}, projects={"南湖路"})
    >>> _likeness(a, k) == _likeness(b, k), _likeness(a, k) == _likeness(_C("c", "d1", "修路", {}, projects={"南湖路"}), k)
    (True, False)
    """
    like = c.like
    if like is None:
        like = c.like = (c.task, frozenset(c.projects), frozenset(c.actors), frozenset(c.places))
    return (c.doc == canon.doc, *like)


def _stored_as_it_should_be(c: _C, restates: Optional[tuple], props: dict, new: dict[str, _C]) -> bool:
    """Whether stored ``c`` already has ``restates`` and what it keeps of its work: the derived ``props``
    when it is the canonical commitment (``restates`` None), else only ``work`` (what else a store
    written before session 9 holds there is stale and read by nothing: it may stay)."""
    if not (restates == c.restates and (restates is None or restates[0] not in new)):
        return False
    if restates is not None:
        return c.props.get("work") == props["work"]
    return all(_same(c.props.get(k), v) for k, v in props.items())


def _write_work(graph: Graph, members: list[_C], new: dict[str, _C], decisions: Optional[Decisions],
                keep: frozenset = frozenset(), made: Optional[list] = None) -> int:
    """Put one work into ``graph``: the derived properties on its canonical commitment, ``work`` on its
    other new commitments, its stored ones whose group or (the canonical's) derived properties change,
    and their ``RESTATES``.  Returns the new ones' links.
    ``made``: ``(canonical id, members as the write stores them)`` is added to it (kg/workcache.py)."""
    canon = canonical(members)
    props = derived(members, canon)
    others = restating(props)  # what the other statements keep of the work
    decisions = decisions if decisions else None  # (asked once, not for each member)
    links = 0
    scored: dict = {}
    after = [] if made is not None else None
    stored: dict = {}  # what they keep as the store gives it back, for the members rewritten
    settled = decisions is None and canon.id not in new  # a stored canonical: its stored restatements hold
    for c in members:
        if settled and c is not canon and _holds(c, canon.id):
            if after is not None:
                after.append(c)
            continue
        restates = _restates(c, canon, decisions, keep, scored)
        mine = props if c is canon else others
        if c.id in new:
            graph.nodes[c.id].props.update(mine)
            links += restates is not None
            if after is not None:
                after.append(_as_stored(graph, c, restates))
        elif _stored_as_it_should_be(c, restates, mine, new):
            if after is not None:
                after.append(c)
            continue
        else:
            _add_commitment(graph, c.id, {**c.props, **mine})
            graph.stored[c.id] = (c.props, c.restates)  # the write may set only what changed
            if after is not None:
                back = stored.get(c is canon)
                if back is None:
                    back = stored[c is canon] = _stored_props(mine)
                after.append(_rewritten(c, back, restates))
        if restates:
            graph.add_edge("RESTATES", c.id, restates[0], score=restates[1], why=restates[2])
    if made is not None:
        made.append((canon.id, after))
    return links


def _holds(c: _C, work: str) -> bool:
    """Whether stored ``c`` restates the stored canonical commitment ``work`` as it should: its ``RESTATES``
    was worked out from the two statements (:func:`_restates`), which the store keeps as they were (a
    review's confirmation aside), and it keeps ``work``; so a work's old statements cost nothing when a
    batch adds one (a work's derived properties are on its canonical commitment only).

    >>> _holds(_C("c:2", "d:2", "修路", {"work": "c:1"}, restates=("c:1", 1.0, "actor 区住建局")), "c:1")
    True
    >>> _holds(_C("c:2", "d:2", "修路", {"work": "c:1"}, restates=("c:1", 1.0, "confirmed in review")), "c:1")
    False
    """
    r = c.restates
    return r is not None and r[0] == work and r[2] != "confirmed in review" and c.props.get("work") == work


def _add_commitment(graph: Graph, cid: str, props: dict) -> None:
    """``graph.add_node("Commitment", cid, **props)`` of a stored commitment not yet in ``graph``, whose
    ``props`` are its stored columns (a work's members are many: no copy, no filter)."""
    if cid in graph.nodes or not _COLUMNS.issuperset(props):
        props.pop("id", None)
        graph.add_node("Commitment", cid, **props)
        return
    props.pop("id", None)
    props["kind"] = KIND_OF["Commitment"]
    graph.nodes[cid] = Node("Commitment", cid, props)


_COLUMNS = frozenset(NODES["Commitment"])
_COMMITMENT = tuple(NODES["Commitment"].items())
_PROGRESS = tuple((p, NODES["Progress"][p]) for p in _PROGRESS_COLS)


def _stored_value(kind: str, value):
    """``value`` as a read of the store gives it back (kg/values.py: a date as ISO text, 60.0 as 60).

    >>> _stored_value("DOUBLE", 60), _stored_value("STRING", "修路"), _stored_value("DATE", None)
    (60, '修路', None)
    """
    if value is None or (kind == "STRING" and type(value) is str):
        return value  # (most columns of a commitment: nothing or text, as they are; #12)
    return plain(typed(kind, value))


def _stored_restates(restates: Optional[tuple]) -> Optional[tuple]:
    return restates and (restates[0], _stored_value("DOUBLE", restates[1]), restates[2])


def _stored_props(props: dict) -> dict:
    kinds = NODES["Commitment"]
    return {k: _stored_value(kinds[k], v) for k, v in props.items()}


def _rewritten(c: _C, stored: dict, restates: Optional[tuple]) -> _C:
    """Stored ``c`` as it is once its work's derived properties (``stored``: as the store gives them
    back, :func:`_stored_props`) and its ``restates`` are written."""
    now = {**c.props, **stored}
    return _C(c.id, c.doc, c.task, now, c.projects, c.actors, c.places, c.records, c.targets, c.doc_date,
              _stored_restates(restates), c.like, c.recs, c.blocks)


def _as_stored(graph: Graph, c: _C, restates: Optional[tuple]) -> _C:
    """New ``c`` (of ``graph``) as :func:`_load_works` reads it back once written."""
    node = graph.nodes[c.id].props
    props = {p: (c.id if p == "id" else _stored_value(k, node.get(p))) for p, k in _COMMITMENT}
    records = [{p: _stored_value(k, r.get(p)) for p, k in _PROGRESS} for r in c.records]
    targets = [{"op": t.get("op"), "value": _stored_value("DOUBLE", t.get("value")), "unit": t.get("unit")}
               for t in c.targets]
    actors = {(name, mention_place(aid, name, graph.nodes[aid].props.get("place"), place)
               if graph.nodes[aid].props.get("kind") == "person" else place, aid) for name, place, aid in c.actors}
    return _C(c.id, c.doc, props.get("task") or "", props, set(c.projects), actors, set(c.places), records,
              targets, _stored_value("DATE", c.doc_date), _stored_restates(restates))
