"""What a picture draws: commitment status as of a date, and the focused
sub-graph for a person, an organization, a project or a status.

>>> from kg.graph import Graph
>>> g = Graph()
>>> g.add_node("Person", "person:1", name="张三")
>>> g.add_node("Commitment", "commitment:1", task="修路", due="2023-06-30")
>>> g.add_edge("LEADS", "person:1", "commitment:1", role="lead")
>>> v = select(g, as_of="2024-01-01")
>>> v.status["commitment:1"], v.workload["person:1"], len(v.nodes)
('overdue', 1, 2)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Optional, Union

from ..errors import VizError
from ..graph import Edge, Graph, Node
from ..status import Record, status_as_of as _rule, statuses as work_statuses, to_date
from .style import ACTOR_ONLY_KINDS, ACTOR_RELS, DRAWN_KINDS, DRAWN_RELS, STATUS_COLORS

#: statuses a commitment can have in a picture
STATUSES = tuple(STATUS_COLORS)


def status_as_of(props: dict, as_of: Union[dt.date, str, None] = None) -> str:
    """The status on ``as_of`` (default today) of a lone commitment node, by the rules of kg/status.py.

    The node's newest progress counts as a record of its ``as_of`` date, or,
    when it has none, of its due date (of the day, before the due date).  :func:`kg.status.statuses` judges a whole graph,
    from the progress records of each work.

    >>> status_as_of({"due": "2023-06-30", "status": "behind"}, "2023-07-01")
    'overdue'
    >>> status_as_of({"due": "2023-06-30", "status": "behind"}, "2023-06-30")
    'behind'
    >>> status_as_of({"due": "2023-06-30", "status": "done"}, "2030-01-01")
    'done'
    """
    day = to_date(as_of) or dt.date.today()
    due = props.get("work_due") or props.get("due")
    when = props.get("as_of") or min(day, to_date(due) or day)  # undated: known by the deadline, or now
    recs = [Record(props["status"], props.get("percent"), when)] if props.get("status") else []
    return _rule(due, recs, day, props.get("required"))


@dataclass
class View:
    """The nodes and edges one picture draws, with what styles them."""
    graph: Graph
    nodes: list[Node]
    edges: list[Edge]
    as_of: dt.date
    status: dict[str, str] = field(default_factory=dict)      # commitment id -> status as of
    workload: dict[str, int] = field(default_factory=dict)    # actor / project id -> commitments
    focus: list[str] = field(default_factory=list)            # ids the view was focused on
    title: str = "承诺责任网络"

    @property
    def node_ids(self) -> set[str]:
        return {n.id for n in self.nodes}


def _name(node: Node) -> str:
    return node.display_name


def find_nodes(graph: Graph, label: str, name: str) -> list[Node]:
    """Nodes of ``label`` named ``name``: exact matches, else those whose name contains it, else by id."""
    cands = list(graph.nodes_of(label))
    exact = [n for n in cands if _name(n) == name or n.id == name]
    if exact:
        return exact
    return [n for n in cands if name in _name(n)]


def _workload(graph: Graph) -> dict[str, int]:
    """Number of distinct commitments of each actor (any role) and of each project."""
    sets: dict[str, set[str]] = {}
    for e in graph.edges.values():
        if e.type in ACTOR_RELS:
            sets.setdefault(e.src, set()).add(e.dst)
        elif e.type == "CONCERNS":
            sets.setdefault(e.dst, set()).add(e.src)
    return {k: len(v) for k, v in sets.items()}


def _statuses(status: Union[str, Iterable[str], None], overdue: bool) -> set[str]:
    """The statuses asked for (``overdue``: overdue and missed), refused when unknown."""
    statuses = {status} if isinstance(status, str) else set(status or ())
    if overdue:
        statuses |= {"overdue", "missed"}
    bad = statuses - set(STATUSES)
    if bad:
        raise VizError(f"unknown status {sorted(bad)[0]!r}; choose one of: {', '.join(STATUSES)}")
    return statuses


class _Index:
    """The relations of a graph that the filters follow, by end."""

    def __init__(self, graph: Graph):
        self.by_actor: dict[str, set[str]] = {}  # actor -> commitments
        self.by_project: dict[str, set[str]] = {}  # project -> commitments
        self.actors_of: dict[str, set[str]] = {}  # commitment -> actors
        self.projects_of: dict[str, set[str]] = {}  # commitment -> projects
        self.parents: dict[str, set[str]] = {}  # organization -> those it is part of
        for e in graph.edges.values():
            if e.type in ACTOR_RELS:
                self.by_actor.setdefault(e.src, set()).add(e.dst)
                self.actors_of.setdefault(e.dst, set()).add(e.src)
            elif e.type == "CONCERNS":
                self.by_project.setdefault(e.dst, set()).add(e.src)
                self.projects_of.setdefault(e.src, set()).add(e.dst)
            elif e.type == "PART_OF":
                self.parents.setdefault(e.src, set()).add(e.dst)


def _focus(graph: Graph, ix: _Index, names: tuple, keep_c: set[str]) -> tuple[list[str], set[str]]:
    """The nodes named by ``person``/``org``/``project`` and the commitments all of them share."""
    focus: list[str] = []
    for (label, index), name in zip((("Person", ix.by_actor), ("Organization", ix.by_actor),
                                     ("Project", ix.by_project)), names):
        if not name:
            continue
        found = find_nodes(graph, label, name)
        if not found:
            raise VizError(f"no {label.lower()} named {name!r} in the graph")
        focus += [n.id for n in found]
        keep_c &= set().union(*(index.get(n.id, set()) for n in found))
    return focus, keep_c


def _everything(graph: Graph) -> set[str]:
    """Without a filter: every drawn node, and the actors only drawn when they act."""
    keep = {n.id for n in graph.nodes.values() if n.props.get("kind") in DRAWN_KINDS}
    keep |= {e.src for e in graph.edges.values() if e.type in ACTOR_RELS and e.src in graph.nodes
             and graph.nodes[e.src].props.get("kind") in ACTOR_ONLY_KINDS}
    return keep


def _chain(ix: _Index, focus: list[str], keep_c: set[str]) -> set[str]:
    """The focus, the kept commitments, their actors and projects, and the organizations above."""
    keep = set(focus) | keep_c
    for c in keep_c:
        keep |= ix.actors_of.get(c, set()) | ix.projects_of.get(c, set())
    todo = [k for k in keep if k.startswith("org:")]
    while todo:  # organizations the kept ones are part of, transitively
        for p in ix.parents.get(todo.pop(), ()):
            if p not in keep:
                keep.add(p)
                todo.append(p)
    return keep


def select(graph: Graph, *, person: Optional[str] = None, org: Optional[str] = None,
           project: Optional[str] = None, status: Union[str, Iterable[str], None] = None,
           as_of: Union[dt.date, str, None] = None, overdue: bool = False) -> View:
    """The view of ``graph`` that the filters keep.

    With no filter: every person, organization, project and commitment.
    ``person``/``org``/``project`` focus on that node (a responsibility
    chain): it, its commitments, their actors and projects, and the
    organizations those actors are part of.  ``status`` (one or several, as
    of ``as_of``) and ``overdue`` keep only commitments in that state, with
    their actors.  Filters combine: a commitment must pass all of them.
    """
    day = _day(as_of)
    statuses = _statuses(status, overdue)
    status_of = work_statuses(graph, day)  # the rules of kg/status.py, from the progress records of each work
    ix = _Index(graph)
    focus, keep_c = _focus(graph, ix, (person, org, project), {n.id for n in graph.nodes_of("Commitment")})
    if statuses:
        keep_c = {c for c in keep_c if status_of[c] in statuses}
    keep = _chain(ix, focus, keep_c) if (focus or statuses) else _everything(graph)
    nodes = [graph.nodes[k] for k in sorted(keep) if k in graph.nodes]
    edges = [e for e in graph.edges.values() if e.type in DRAWN_RELS and e.src in keep and e.dst in keep]
    return View(graph, nodes, edges, day, {c: status_of[c] for c in keep if c in status_of},
                _workload(graph), focus, _title(graph, focus, statuses))


def _day(as_of: Union[dt.date, str, None]) -> dt.date:
    """The day of ``as_of`` (default today), refused when it is no date."""
    if as_of is not None and to_date(as_of) is None:
        raise VizError(f"--as-of {as_of!r} is not a date YYYY-MM-DD")
    return to_date(as_of) or dt.date.today()


def _title(graph: Graph, focus: list[str], statuses: set[str]) -> str:
    """承诺责任网络 · the focus's names · the statuses kept."""
    title = "承诺责任网络"
    if focus:
        title += " · " + "、".join(_name(graph.nodes[f]) for f in focus)
    if statuses:
        title += " · " + "/".join(sorted(statuses))
    return title
