"""Big synthetic commitment graphs for the Neo4j push tests and bench/bench_neo4j_push.py.

``synthetic_graph(n)`` has ``n`` commitments with every label and relation
type of :mod:`kg.graph_schema`: documents (100 commitments each), leaders,
departments under parent bodies (PART_OF), projects, targets on every
second commitment, and a mix of statuses, deadlines and progress records
(``Progress``); two of every ten commitments restate the first of their ten
(``RESTATES``).  What each work shows of itself (its newest progress, the
facts the status as of a date is judged from) is derived as ingest derives
it (:func:`kg.link.derive_graph`).

>>> g = synthetic_graph(200)
>>> c = g.counts()
>>> c["Commitment"], c["Document"], c["HAS_TARGET"], c["STATED_IN"]
(200, 2, 100, 200)
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from kg.graph import Graph
from kg.link import derive_graph

STATUSES = (None, "done", "behind", "on_track", "done")
ROLES = (("LEADS", "lead"), ("RESPONSIBLE_FOR", "responsible"), ("ASSISTS", "assist"))


def synthetic_graph(n: int, *, seed_date: dt.date = dt.date(2020, 1, 1), part: Optional[range] = None) -> Graph:
    """The graph of ``n`` commitments; with ``part``, only the commitments of that range (their
    targets and relations), and the shared nodes (documents, leaders, units, projects) only when the
    range starts at 0: the parts of ``range(0, n, k)`` written one after the other into a store make
    the whole graph, a part at a time in memory (``bench/bench_export.py`` builds 1M so).

    >>> a, b = synthetic_graph(200, part=range(0, 100)), synthetic_graph(200, part=range(100, 200))
    >>> whole = synthetic_graph(200)
    >>> set(a.nodes) | set(b.nodes) == set(whole.nodes), set(a.edges) | set(b.edges) == set(whole.edges)
    (True, True)
    """
    g = Graph()
    part = part if part is not None else range(n)
    shared = part.start == 0
    n_docs = max(1, n // 100)
    n_people = max(1, n // 50)
    n_parents = 20
    n_units = max(1, n // 20)
    n_projects = max(1, n // 10)
    for i in range(n_docs if shared else 0):
        g.add_node("Document", f"doc:syn{i:07d}", source=f"speech-{i:07d}.txt", title=f"第{i}次推进会讲话",
                   date=seed_date + dt.timedelta(days=i % 1500), date_source="text", place="示例县",
                   speaker=f"县长{i % 7}", speech=1, doc_type="speech")
    for i in range(n_people if shared else 0):
        g.add_node("Person", f"person:syn{i:07d}", name=f"领导{i:06d}", post="副县长" if i % 3 else "县长")
    for i in range(n_parents if shared else 0):
        g.add_node("Organization", f"org:synp{i:03d}", name=f"县委部门{i:03d}")
    for i in range(n_units if shared else 0):
        g.add_node("Organization", f"org:syn{i:07d}", name=f"县直单位{i:06d}")
        g.add_edge("PART_OF", f"org:syn{i:07d}", f"org:synp{i % n_parents:03d}")
    for i in range(n_projects if shared else 0):
        g.add_node("Project", f"project:syn{i:07d}", name=f"重点项目{i:06d}")
    for i in part:
        cid = f"commitment:syn{i:08d}"
        status = STATUSES[i % len(STATUSES)]
        due = seed_date + dt.timedelta(days=(i * 7) % 2000) if i % 11 else None
        g.add_node("Commitment", cid, task=f"任务{i:08d}", text=f"第{i}项任务,由领导牵头,单位负责,按期完成。",
                   due=due, due_text=due.isoformat() if due else "尽快", due_precision="day" if due else None,
                   status=status, percent=float(i % 100) if status in ("behind", "on_track") else None,
                   as_of=seed_date + dt.timedelta(days=1000) if status else None,
                   progress_text=f"完成{i % 100}%" if status else None, source=f"speech-{i // 100:07d}.txt",
                   evidence=f"第{i}项任务,由领导牵头。", start_offset=i % 1000 * 10, end_offset=i % 1000 * 10 + 9,
                   spans=f"[[{i % 1000 * 10}, {i % 1000 * 10 + 9}]]")
        doc = f"doc:syn{(i // 100) % n_docs:07d}"
        g.add_edge("STATED_IN", cid, doc)
        g.add_edge("LEADS", f"person:syn{i % n_people:07d}", cid, role="lead")
        g.add_edge("RESPONSIBLE_FOR", f"org:syn{i % n_units:07d}", cid, role="responsible")
        if i % 3 == 0:
            g.add_edge("ASSISTS", f"org:syn{(i * 7 + 1) % n_units:07d}", cid, role="assist")
        g.add_edge("CONCERNS", cid, f"project:syn{i % n_projects:07d}")
        if status:  # the progress statement the status comes from, as ingest keeps it
            g.add_node("Progress", f"progress:syn{i:08d}", status=status,
                       percent=float(i % 100) if status in ("behind", "on_track") else None,
                       as_of=seed_date + dt.timedelta(days=(i * 13) % 1500), as_of_from="text",
                       text=f"完成{i % 100}%", source=f"speech-{i // 100:07d}.txt")
            g.add_edge("HAS_PROGRESS", cid, f"progress:syn{i:08d}")
        if i % 10 in (1, 2):  # a restatement of the first commitment of its ten (in the same part)
            g.add_edge("RESTATES", cid, f"commitment:syn{i - i % 10:08d}", score=0.7, why="actor 领导")
        if i % 2 == 0:
            tid = f"target:syn{i:08d}"
            g.add_node("Target", tid, metric="完成率", op=">=", value=float(50 + i % 50),
                       value_max=None, unit="%", text=f"完成率达到{50 + i % 50}%")
            g.add_edge("HAS_TARGET", cid, tid)
    derive_graph(g)
    return g


def shards(graph: Graph, k: int) -> list[Graph]:
    """Cut ``graph`` into ``k`` self-contained shards, as ``k`` workers ingesting parts of an archive hold them.

    Each commitment goes to one shard (round robin) with every relation that
    touches it and both ends of those relations (a canonical commitment is also in the shards of its
    restatements); a node many commitments
    mention (a leader, a unit, a project, a document) is in every shard that
    mentions it, with the same properties.  Other relations (PART_OF) go to
    each shard holding their source; what is left goes to shard 0.  The union
    of the shards is ``graph``.

    >>> g = synthetic_graph(300)
    >>> parts = shards(g, 3)
    >>> len({n for p in parts for n in p.nodes if n.startswith("commitment:")}), len({n for p in parts for n in p.nodes}) == len(g.nodes)
    (300, True)
    """
    out = [Graph() for _ in range(k)]
    home: dict[str, set] = {}

    def put(i: int, node_id: str) -> None:
        n = graph.nodes[node_id]
        if node_id not in out[i].nodes:
            out[i].add_node(n.label, node_id, **n.props)
            home.setdefault(node_id, set()).add(i)

    for i, n in enumerate(x for x in graph.nodes.values() if x.label == "Commitment"):
        put(i % k, n.id)
    late = []
    for e in graph.edges.values():
        owner = e.src if graph.nodes[e.src].label == "Commitment" else (
            e.dst if graph.nodes[e.dst].label == "Commitment" else None)
        if owner is None:
            late.append(e)
            continue
        i = min(home[owner])
        put(i, e.src)
        put(i, e.dst)
        out[i].add_edge(e.type, e.src, e.dst, **e.props)
    for e in late:
        for i in sorted(home.get(e.src) or {0}):
            put(i, e.src)
            put(i, e.dst)
            out[i].add_edge(e.type, e.src, e.dst, **e.props)
    for node_id in graph.nodes:
        if node_id not in home:
            put(0, node_id)
    return out
