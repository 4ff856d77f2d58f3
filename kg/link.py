"""Progress across documents: a later report on a commitment updates how it stands.

A speech states "滨江路北延工程…6月底前建成通车"; a supervision notice months
later reports "滨江路北延工程已建成通车".  They are two documents and two
commitments; this step links the report to what it reports on
(``REPORTS_ON``) and gives the reported-on commitment the latest status,
percent, as-of date and progress sentence, so that "how does it stand now"
and "what is overdue" read the newest report.

Two commitments of different documents are the same piece of work when

- they concern the same project and, beyond the project's name, one task
  contains the other or their wording is close (character-bigram Dice ≥ 0.5:
  南湖隧道征地拆迁 is not 南湖隧道主体结构施工), or
- they share an actor and their wording is close (Dice ≥ 0.6),

and no actor list contradicts the other (when both name actors, they share
one).  The one whose own document states the newer progress reports on the
other; a progress without an as-of date only fills a commitment that has
none.  "Own" matters: a commitment's node shows the newest progress reported
on it, but linking compares what each document itself states (kept on its
``STATED_IN`` relation), so the links are a function of the documents alone.

Linking runs at every ingest in both directions (a new report on stored
commitments, stored reports on new commitments), and the progress of every
commitment it touches is worked out again from all the reports on it, so the
order in which documents are read does not matter, and reading a file again
changes nothing.

>>> dice("老旧小区改造", "完成老旧小区改造3000户") >= 0.6
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from .blocking import candidates
from .graph import Graph
from .resolve import norm as _norm
from .graph_schema import NODES
from .store.base import Store

_ROLE_RELS = ("LEADS", "RESPONSIBLE_FOR", "ASSISTS")
#: progress a document states about a commitment (on ``STATED_IN`` and, newest, on the node)
STATED = ("status", "percent", "as_of", "progress_text")
_PROGRESS = STATED + ("progress_source",)


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
    props: dict  # the node as it stands (newest progress)
    projects: set = field(default_factory=set)
    actors: set = field(default_factory=set)
    own: Optional[dict] = None  # the progress its own document states; from props when not given

    def __post_init__(self):
        if self.own is None:
            self.own = own_progress(self.props)


def own_progress(node: dict, stated: Optional[dict] = None) -> dict:
    """The progress a commitment's own document states.

    It travels on the ``STATED_IN`` relation; a store written before that
    has it only on the node, and only while no report has replaced it there.

    >>> own_progress({"status": "done", "source": "a.txt", "progress_source": "b.txt"})
    {}
    >>> own_progress({"status": "done", "source": "a.txt", "progress_source": "a.txt"})["status"]
    'done'
    """
    if stated and stated.get("status"):
        return {p: stated.get(p) for p in STATED}
    if node.get("status") and node.get("progress_source") in (None, node.get("source")):
        return {p: node.get(p) for p in STATED}
    return {}


def same_work(a: _C, b: _C) -> bool:
    if a.doc == b.doc:
        return False
    if a.actors and b.actors and not a.actors & b.actors:
        return False
    ta, tb = norm(a.task), norm(b.task)
    shared = a.projects & b.projects
    if shared:  # the same project: compare what is said beyond its name
        for p in sorted(shared, key=len, reverse=True):
            ta, tb = ta.replace(norm(p), ""), tb.replace(norm(p), "")
        return ta in tb or tb in ta or dice(ta, tb) >= 0.5
    sim = 1.0 if ta and tb and (ta in tb or tb in ta) else dice(ta, tb)
    return bool(a.actors & b.actors) and sim >= 0.6


def newer(report: _C, other: _C) -> bool:
    """Does what ``report``'s document states say more than what ``other``'s own document states?

    Progress taken over from a third report never counts, so the answer does
    not depend on what was read first.
    """
    r, o = report.own, other.own
    if not r.get("status"):
        return False  # no progress of its own
    if not o.get("status"):
        return True  # nothing stated yet
    return bool(r.get("as_of")) and (not o.get("as_of") or str(r["as_of"]) > str(o["as_of"]))


def _rank(progress: dict) -> tuple:
    """The newest of several reports on one commitment: the latest as-of date, then a fixed
    order of what they say, so that a tie is settled the same way whatever was read first."""
    return (str(progress.get("as_of") or ""), str(progress.get("progress_source") or ""),
            str(progress.get("status") or ""), float(progress.get("percent") or -1),
            str(progress.get("progress_text") or ""))


def _stated(c: _C) -> dict:
    """What ``c``'s own document states, as the progress of a commitment it reports on."""
    out = {p: c.own.get(p) for p in STATED}
    out["progress_source"] = c.props.get("source") if c.own.get("status") else None
    return out


def _from_graph(graph: Graph) -> dict[str, _C]:
    out = {}
    stated = {e.src: e for e in graph.edges_of("STATED_IN")}
    for n in graph.nodes_of("Commitment"):
        e = stated.get(n.id)
        out[n.id] = _C(n.id, e.dst if e else "", n.props.get("task") or "", n.props,
                       own=own_progress(n.props, e.props if e else None))
    for e in graph.edges.values():
        if e.type == "CONCERNS" and e.src in out:
            out[e.src].projects.add(graph.nodes[e.dst].props.get("name"))
        elif e.type in _ROLE_RELS and e.dst in out:
            out[e.dst].actors.add(graph.nodes[e.src].props.get("name"))
    return out


#: commitments that reports of the documents about to be replaced reported on
_ORPHANED = """
MATCH (r:Commitment)-[:STATED_IN]->(d:Document) WHERE d.id IN $docs
MATCH (r)-[:REPORTS_ON]->(t:Commitment)-[:STATED_IN]->(d2:Document) WHERE NOT d2.id IN $docs
RETURN DISTINCT t.id AS id
"""

#: stored reports on the given commitments, outside the documents about to be replaced
_REPORTS = """
MATCH (r:Commitment)-[:REPORTS_ON]->(t:Commitment) WHERE t.id IN $ids
MATCH (r)-[:STATED_IN]->(d:Document) WHERE NOT d.id IN $docs
RETURN DISTINCT r.id AS report, t.id AS target
"""


def _load(store: Store, ids: Iterable[str]) -> dict[str, _C]:
    """Stored commitments with their document, projects, actors and own progress."""
    ids = sorted(set(ids))
    if not ids:
        return {}
    cols = list(NODES["Commitment"])
    ret = ", ".join([f"c.{p} AS {p}" for p in cols] + [f"s.{p} AS stated_{p}" for p in STATED] + ["d.id AS doc"])
    out: dict[str, _C] = {}
    res = store.query(f"MATCH (c:Commitment)-[s:STATED_IN]->(d:Document) WHERE c.id IN $ids RETURN {ret}",
                      {"ids": ids})
    for row in res.records():
        props = {p: row[p] for p in cols}
        stated = {p: row[f"stated_{p}"] for p in STATED}
        out[props["id"]] = _C(props["id"], row["doc"], props.get("task") or "", props,
                              own=own_progress(props, stated))
    for cid, project in store.query("MATCH (c:Commitment)-[:CONCERNS]->(p:Project) WHERE c.id IN $ids "
                                    "RETURN c.id, p.name", {"ids": ids}).rows:
        out[cid].projects.add(project)
    for cid, actor in store.query("MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment) WHERE c.id IN $ids "
                                  "RETURN c.id, a.name", {"ids": ids}).rows:
        out[cid].actors.add(actor)
    return out


def _ids(store: Store, cypher: str, params: dict) -> list[str]:
    return [r[0] for r in store.query(cypher, params).rows]


def link_progress(store: Optional[Store], graph: Graph, *, replaced: Optional[Iterable[str]] = None) -> int:
    """Add ``REPORTS_ON`` relations and the newest progress to ``graph``.

    ``graph`` holds the documents about to be written; ``replaced`` the ids of
    the stored documents the write removes first (default: the documents of
    ``graph``).  ``store`` is read for the commitments of other documents.
    Stored commitments whose progress changes are added to ``graph`` whole,
    so the write updates them.  Returns the number of links added.

    A stored commitment's progress is already the newest of the stored
    reports on it, so only new reports are weighed against it; one that a
    replaced document reported on is worked out again from all its reports.
    """
    new = _from_graph(graph)
    docs = sorted(set(replaced if replaced is not None else (n.id for n in graph.nodes_of("Document")))
                  | {c.doc for c in new.values()})
    old: dict[str, _C] = {}
    orphaned: set[str] = set()
    stored_reports: dict[str, set[str]] = {}
    if store is not None:
        ids = candidates(store, graph, docs)  # the blocking index: what could be the same work (kg/blocking.py)
        orphaned = set(_ids(store, _ORPHANED, {"docs": docs}))
        old = _load(store, set(ids) | orphaned)
        if orphaned:
            for rid, tid in store.query(_REPORTS, {"ids": sorted(orphaned), "docs": docs}).rows:
                stored_reports.setdefault(tid, set()).add(rid)
            old.update(_load(store, {r for rs in stored_reports.values() for r in rs} - set(old)))
    reports: dict[str, set[str]] = {}  # commitment id -> the ids of the new reports on it
    for a in new.values():
        for b in list(new.values()) + [c for c in old.values() if c.id not in new]:
            if b is a or not same_work(a, b):
                continue
            for report, target in ((a, b), (b, a)):
                if newer(report, target):
                    graph.add_edge("REPORTS_ON", report.id, target.id)
                    reports.setdefault(target.id, set()).add(report.id)
    links = sum(len(r) for r in reports.values())
    everyone = {**old, **new}
    for tid in set(new) | set(reports) | orphaned:
        target = everyone[tid]
        weighed = [_stated(everyone[r]) for r in reports.get(tid, set()) | stored_reports.get(tid, set())]
        if tid not in new and tid not in orphaned:
            weighed.append({p: target.props.get(p) for p in _PROGRESS})  # the newest stored report, or its own
        progress = max(weighed, key=_rank) if weighed else _stated(target)
        if tid in graph.nodes:
            graph.nodes[tid].props.update(progress)
        elif any(target.props.get(p) != v for p, v in progress.items()):
            props = {**target.props, **progress}
            props.pop("id", None)
            graph.add_node("Commitment", tid, **props)
    return links
