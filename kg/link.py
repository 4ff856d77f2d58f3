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
one).  The one with the newer progress reports on the other; a progress
without an as-of date only fills a commitment that has none.

Linking runs at every ingest in both directions (a new report on stored
commitments, stored reports on new commitments), so the order in which
documents are read does not matter, and reading a file again changes nothing.

>>> dice("老旧小区改造", "完成老旧小区改造3000户") >= 0.6
True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .graph import Graph
from .resolve import norm
from .schema import NODES
from .store.base import Store

_ROLE_RELS = ("LEADS", "RESPONSIBLE_FOR", "ASSISTS")
_PROGRESS = ("status", "percent", "as_of", "progress_text", "progress_source")


def _bigrams(s: str) -> set[str]:
    s = norm(s)
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


def dice(a: str, b: str) -> float:
    """Similarity of two task texts, 0 to 1."""
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


@dataclass
class _C:
    id: str
    doc: str
    task: str
    props: dict
    projects: set = field(default_factory=set)
    actors: set = field(default_factory=set)


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
    """Does ``report``'s progress say more than ``other``'s?"""
    r, o = report.props, other.props
    if not r.get("status") or r.get("progress_source") not in (None, r.get("source")):
        return False  # no progress, or progress copied from another report
    if not o.get("status") or o.get("progress_source") == r.get("source"):
        return True  # nothing known yet, or what is known came from this very document
    return bool(r.get("as_of")) and (not o.get("as_of") or str(r["as_of"]) > str(o["as_of"]))


def _from_graph(graph: Graph) -> dict[str, _C]:
    out = {}
    stated = {e.src: e.dst for e in graph.edges_of("STATED_IN")}
    for n in graph.nodes_of("Commitment"):
        out[n.id] = _C(n.id, stated.get(n.id, ""), n.props.get("task") or "", n.props)
    for e in graph.edges.values():
        if e.type == "CONCERNS" and e.src in out:
            out[e.src].projects.add(graph.nodes[e.dst].props.get("name"))
        elif e.type in _ROLE_RELS and e.dst in out:
            out[e.dst].actors.add(graph.nodes[e.src].props.get("name"))
    return out


_CANDIDATES = """
MATCH (c:Commitment)-[:STATED_IN]->(d:Document)
WHERE NOT d.id IN $docs AND (
  EXISTS { MATCH (c)-[:CONCERNS]->(p:Project) WHERE p.name IN $projects } OR
  EXISTS { MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c) WHERE a.name IN $actors })
OPTIONAL MATCH (c)-[:CONCERNS]->(p2:Project)
OPTIONAL MATCH (a2)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c)
RETURN c.id AS id, d.id AS doc, p2.name AS project, a2.name AS actor
"""


def _from_store(store: Store, new: dict[str, _C]) -> dict[str, _C]:
    projects = sorted({p for c in new.values() for p in c.projects if p})
    actors = sorted({a for c in new.values() for a in c.actors if a})
    docs = sorted({c.doc for c in new.values()})
    if not projects and not actors:
        return {}
    rows = store.query(_CANDIDATES, {"docs": docs, "projects": projects or [""], "actors": actors or [""]}).rows
    out: dict[str, _C] = {}
    for cid, doc, project, actor in rows:
        c = out.setdefault(cid, _C(cid, doc, "", {}))
        if project:
            c.projects.add(project)
        if actor:
            c.actors.add(actor)
    if out:
        cols = list(NODES["Commitment"])
        res = store.query("MATCH (c:Commitment) WHERE c.id IN $ids RETURN " + ", ".join(f"c.{p} AS {p}" for p in cols),
                          {"ids": sorted(out)})
        for row in res.rows:
            props = dict(zip(cols, row))
            c = out[props["id"]]
            c.task = props.get("task") or ""
            c.props = props
    return out



def link_progress(store: Optional[Store], graph: Graph) -> int:
    """Add ``REPORTS_ON`` relations and the newest progress to ``graph``.

    ``graph`` holds the documents about to be written; ``store`` is read
    for the commitments of other documents.  Stored commitments whose
    progress changes are added to ``graph`` whole, so the write updates
    them.  Returns the number of links.
    """
    new = _from_graph(graph)
    old = _from_store(store, new) if store is not None else {}
    pool = list(new.values()) + list(old.values())
    links = 0
    best: dict[str, _C] = {}  # commitment id -> the newest report on it
    for a in new.values():
        for b in pool:
            if b is a or not same_work(a, b):
                continue
            for report, target in ((a, b), (b, a)):
                if newer(report, target):
                    graph.add_edge("REPORTS_ON", report.id, target.id)
                    links += 1
                    cur = best.get(target.id)
                    if cur is None or newer(report, cur):
                        best[target.id] = report
    for tid, report in best.items():
        target = new.get(tid) or old[tid]
        props = dict(target.props)
        for p in _PROGRESS:
            props[p] = report.props.get(p)
        props["progress_source"] = report.props.get("progress_source") or report.props.get("source")
        props.pop("id", None)
        if tid in graph.nodes:
            graph.nodes[tid].props.update({p: props[p] for p in _PROGRESS})
        else:
            graph.add_node("Commitment", tid, **props)
    return links
