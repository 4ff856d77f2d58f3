"""The store interface: write a graph, run a read-only query, nothing more.

Both stores speak the same Cypher; the statements that write a graph are
generated here once from :mod:`kg.graph_schema`, so the embedded store and Neo4j
write the same thing.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Collection, Iterator, Optional, Sequence

from ..errors import QueryError
from ..graph import Graph
from ..graph_schema import NODES, RELS, label_of_id, show_work
from ..model import ROLE_RELATIONS
from ..values import typed as as_type

BATCH = 5000


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    #: a listing named query's count of what it lists before its ``limit`` (None: not a listing query)
    total: Optional[int] = None

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts, column name → value."""
        return [dict(zip(self.columns, r)) for r in self.rows]

    def to_dataframe(self):
        """A pandas DataFrame (pandas must be installed: ``pip install commitment-kg[pandas]``)."""
        try:
            import pandas as pd
        except ImportError:
            raise QueryError("pandas is not installed; run: pip install pandas") from None
        return pd.DataFrame(self.rows, columns=self.columns)


_WRITE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|ALTER|COPY|INSTALL|LOAD|"
                    r"ATTACH|IMPORT|EXPORT|FOREACH|CALL|CHECKPOINT|USE)\b", re.IGNORECASE)
_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)


def check_read_only(cypher: str) -> None:
    """Refuse a query that writes (or calls procedures, which may write).

    >>> check_read_only("MATCH (n) RETURN n.name AS set")
    >>> check_read_only("MATCH (n) RETURN n.set AS merge")
    >>> check_read_only("MATCH (n) WITH n.set AS x DETACH DELETE n")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: queries are read-only: 'DETACH' is not allowed
    >>> check_read_only("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: queries are read-only: 'DETACH' is not allowed
    >>> check_read_only("MATCH (n) RETURN n; MATCH (m) RETURN m")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: one statement at a time: remove the ';' between statements
    """
    text = _STRINGS.sub(" ", cypher)
    if re.search(r";\s*\S", text):
        raise QueryError("one statement at a time: remove the ';' between statements")
    for m in _WRITE.finditer(text):
        before = text[: m.start()].rstrip()
        if before.upper().endswith(" AS") or before.endswith("."):
            continue  # an alias or a property named like a clause (… AS set, n.set)
        raise QueryError(f"queries are read-only: {m.group(1).upper()!r} is not allowed")


def set_clause(var: str, props: Sequence[tuple[str, str]], typed: bool, keep: Sequence[str] = ()) -> str:
    """``SET`` assignments from the row ``r``; ``keep``: string properties a null leaves as they are."""
    parts = []
    for p, kind in props:
        if p in keep and kind == "STRING":
            parts.append(f"{var}.{p} = coalesce(r.{p}, {var}.{p})")
        elif kind == "DATE":
            parts.append(f"{var}.{p} = CASE WHEN r.{p} IS NULL THEN NULL ELSE date(r.{p}) END")
        elif typed and kind in ("DOUBLE", "INT64"):
            # Ladybug types a field that is null in every row as STRING: cast it
            parts.append(f"{var}.{p} = CAST(r.{p} AS {kind})")
        else:
            parts.append(f"{var}.{p} = r.{p}")
    return ", ".join(parts)


#: nodes that many documents mention; what one document leaves empty does not erase another's word
SHARED = ("Person", "Organization", "Post", "Project")
#: properties worked out anew from every stored document at each write that touches the node
#: (kg/posts.py): written as they are, so a post no document gives any more goes
DERIVED = {"Person": ("post",)}


def kept_props(label: str, props: Sequence[tuple[str, str]]) -> list[str]:
    """The properties of ``label`` that a write without them leaves as stored (see :data:`SHARED`)."""
    return [p for p, _ in props if label in SHARED and p not in DERIVED.get(label, ())]


def _chunks(rows: Iterator[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def node_statements(graph: Graph, *, typed: bool = False) -> Iterator[tuple[str, list[dict]]]:
    """``(cypher, rows)`` batches that MERGE every node of ``graph`` by id.

    ``typed`` adds the casts a statically typed store (Ladybug) needs.
    ``graph`` may also be a source of :mod:`kg.export.source` (a store read
    in pages): the batches are then made as the pages are read.
    """
    for label, schema in NODES.items():
        props = [(p, k) for p, k in schema.items() if p != "id"]
        rows = ({"id": n.id, **{p: as_type(k, n.props.get(p)) for p, k in props}} for n in graph.nodes_of(label))
        sets = set_clause("n", props, typed, keep=kept_props(label, props))
        stmt = f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET {sets}"
        for chunk in _chunks(rows, BATCH):
            yield stmt, chunk


def edge_statements(graph: Graph, *, typed: bool = False) -> Iterator[tuple[str, list[dict]]]:
    """``(cypher, rows)`` batches that MERGE every relation of ``graph`` (a graph or a paged source)."""
    for rel in RELS.values():
        for src_label, dst_label in rel.ends:
            if hasattr(graph, "edges_of_ends"):  # a store read in pages: only these ends
                edges = graph.edges_of_ends(rel.name, src_label, dst_label)
            else:
                edges = (e for e in graph.edges_of(rel.name)
                         if label_of_id(e.src) == src_label and label_of_id(e.dst) == dst_label)
            rows = ({"src": e.src, "dst": e.dst, **{p: as_type(k, e.props.get(p)) for p, k in rel.props}}
                    for e in edges)
            # two MATCH clauses: Ladybug plans "MATCH (a …), (b …)" as a cross product
            stmt = (f"UNWIND $rows AS r MATCH (a:{src_label} {{id: r.src}}) MATCH (b:{dst_label} {{id: r.dst}}) "
                    f"MERGE (a)-[e:{rel.name}]->(b)")
            if rel.props:
                stmt += " SET " + set_clause("e", rel.props, typed)
            for chunk in _chunks(rows, BATCH):
                yield stmt, chunk


def restates_reset_statements(graph: Graph, new: Collection[str] = ()) -> Iterator[tuple[str, list[dict]]]:
    """``(cypher, rows)`` that remove the stored ``RESTATES`` of every commitment ``graph`` writes
    (but those of ``new``, commitments not stored before: they have none).

    A commitment written carries all of its ``RESTATES`` (kg/link.py works a
    whole group of restatements out again), so a group that merged or split
    leaves no link to its old canonical commitment.  Run before the edges.
    """
    rows = [{"id": n.id} for n in graph.nodes_of("Commitment") if n.id not in new]
    stmt = "UNWIND $rows AS r MATCH (a:Commitment {id: r.id})-[e:RESTATES]->(:Commitment) DELETE e"
    for i in range(0, len(rows), BATCH):
        yield stmt, rows[i:i + BATCH]


def whole_relations(graph: Graph) -> list[tuple[str, str, dict]]:
    """``(read, delete, params)`` for the stored relations ``graph`` holds whole
    (:attr:`Graph.whole`): ``read`` returns the nodes they lead to (for
    :data:`PRUNE_STATEMENTS`), ``delete`` removes them before the write."""
    out = []
    for rel, ids in sorted(getattr(graph, "whole", {}).items()):  # a paged source holds none whole
        if ids:
            a, b = RELS[rel].ends[0]
            match = f"MATCH (a:{a})-[e:{rel}]->(b:{b}) WHERE a.id IN $ids "
            # the nodes reached, and those held whole (a person whose mentions went to another: kg/posts.py)
            read = match + f"RETURN DISTINCT b.id AS id UNION MATCH (a:{a}) WHERE a.id IN $ids RETURN a.id AS id"
            out.append((read, match + "DELETE e", {"ids": sorted(ids)}))
    return out


_OF_REPLACED = "MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE d.id IN $ids "
_ROLES = "|".join(ROLE_RELATIONS)

#: the nodes of what earlier ingests of the given documents stated, by label (the documents themselves
#: aside), in the order :data:`REPLACE_STATEMENTS` deletes them.  A store that writes a document read
#: again in place (kg/store/embedded.py) deletes only those the new reading has not.
READING_STATEMENTS = (
    ("Target", _OF_REPLACED + "MATCH (c)-[:HAS_TARGET]->(t:Target) RETURN t.id"),
    ("Progress", "MATCH (p:Progress)-[:REPORTED_IN]->(d:Document) WHERE d.id IN $ids RETURN p.id"),
    ("Commitment", _OF_REPLACED + "RETURN c.id"),
)

#: statements that remove what earlier ingests of the given documents stated: the nodes of
#: :data:`READING_STATEMENTS` (targets before the commitments they are found through), then the documents
REPLACE_STATEMENTS = tuple(re.sub(r"RETURN (\w+)\.id$", r"DETACH DELETE \1", stmt) for _, stmt in READING_STATEMENTS) + (
    "MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d",  # a speech that is gone stays gone
)


def relations_of(label: str) -> tuple[str, str]:
    """Statements that read every stored relation from and to the given ``label`` nodes, as rows
    ``(type, source id, target id)``."""
    return (f"MATCH (a:{label})-[e]->(b) WHERE a.id IN $ids RETURN label(e), a.id, b.id",
            f"MATCH (a)-[e]->(b:{label}) WHERE b.id IN $ids RETURN label(e), a.id, b.id")


def delete_relation_statement(rel: str, src_label: str, dst_label: str) -> str:
    """``UNWIND $rows`` of ``{src, dst}``: delete those ``rel`` relations."""
    return (f"UNWIND $rows AS r MATCH (a:{src_label} {{id: r.src}})-[e:{rel}]->(b:{dst_label} {{id: r.dst}}) "
            "DELETE e")


#: what the commitments of the given documents mention: actors, the bodies above units, projects
#: (read before :data:`REPLACE_STATEMENTS`; what nothing else mentions goes after the write)
MENTIONED_STATEMENTS = (
    _OF_REPLACED + f"MATCH (a)-[:{_ROLES}]->(c) RETURN DISTINCT a.id",
    # each body once before its walk up: Ladybug plans the walk from every body otherwise when the document
    # is given by key (0.14 s a document at 10,000 documents, against 0.01 s)
    _OF_REPLACED + f"MATCH (o:Organization)-[:{_ROLES}]->(c) WITH DISTINCT o "
                   "MATCH (o)-[:PART_OF*1..4]->(p:Organization) RETURN DISTINCT p.id",
    _OF_REPLACED + "MATCH (c)-[:CONCERNS]->(p:Project) RETURN DISTINCT p.id",
)

#: remove those of the given nodes that no commitment mentions any more (a body above none either),
#: so a changed document leaves the graph a fresh reading would give
PRUNE_STATEMENTS = (
    f"MATCH (n:Person) WHERE n.id IN $ids AND NOT EXISTS {{ MATCH (n)-[:{_ROLES}]->() }} DETACH DELETE n",
    f"MATCH (n:Post) WHERE n.id IN $ids AND NOT EXISTS {{ MATCH (n)-[:{_ROLES}]->() }} "
    "AND NOT EXISTS { MATCH (:Person)-[:HOLDS]->(n) } DETACH DELETE n",
    "MATCH (n:Project) WHERE n.id IN $ids AND NOT EXISTS { MATCH (:Commitment)-[:CONCERNS]->(n) } DETACH DELETE n",
) + (f"MATCH (n:Organization) WHERE n.id IN $ids AND NOT EXISTS {{ MATCH (n)-[:{_ROLES}]->() }} "
     "AND NOT EXISTS { MATCH (:Organization)-[:PART_OF]->(n) } DETACH DELETE n",) * 5  # a unit, then the bodies above


#: the persons and bodies that lead, are responsible for or assist the given commitments (after a write)
WORKS_OF_COMMITMENTS = (f"MATCH (a:Person|Organization)-[:{_ROLES}]->(c:Commitment) WHERE c.id IN $ids "
                        "RETURN DISTINCT a.id")
#: ``works`` of the given persons and bodies: the pieces of work (distinct ``work``, the canonical
#: commitment, kg/link.py) they are on; it does not depend on a date, so queries/workload.cypher orders
#: by it before judging any work.  :data:`WORKS_ALL` for every one (a store upgraded on open).
WORKS_STATEMENT = (f"MATCH (a:Person|Organization) WHERE a.id IN $ids "
                   f"OPTIONAL MATCH (a)-[:{_ROLES}]->(s:Commitment) WITH a, count(DISTINCT s.work) AS n "
                   "SET a.works = n")
WORKS_ALL = WORKS_STATEMENT.replace("WHERE a.id IN $ids ", "")


def works_touched(graph: Graph, mentioned: Collection[str] = ()) -> tuple[set, list]:
    """``(actor ids, commitment ids)`` whose ``works`` a write of ``graph`` may change: the persons and
    bodies of the graph and those ``mentioned`` by what it removes, and (read after the write with
    :data:`WORKS_OF_COMMITMENTS`) those of its commitments, whose ``work`` may have changed."""
    actors = {n for n in mentioned if n.split(":", 1)[0] in ("person", "org")}
    actors |= {n.id for label in ("Person", "Organization") for n in graph.nodes_of(label)}
    actors |= {e.src for e in graph.edges.values() if e.type in ROLE_RELATIONS and e.src.split(":", 1)[0] in ("person", "org")}
    return actors, sorted(n.id for n in graph.nodes_of("Commitment"))


class Store(ABC):
    """A graph store.  Use as a context manager, or call :meth:`close`."""

    name = "store"
    #: whether one process at a time writes the store (the embedded file is locked by its writer): only
    #: then may an ingest keep the works it read in memory between its batches (kg/workcache.py)
    sole_writer = False

    @abstractmethod
    def write(self, graph: Graph, *, replace_documents: Sequence[str] = ()) -> None:
        """Write ``graph`` in one transaction.

        The commitments earlier stated in ``replace_documents`` are removed
        first, so a re-ingested document replaces its old reading.
        """

    @abstractmethod
    def query(self, cypher: str, params: Optional[dict[str, Any]] = None) -> QueryResult:
        """Run a read-only query; values come back as :func:`plain` values."""

    def close(self) -> None:  # pragma: no cover - trivial
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def to_graph(self) -> Graph:
        """Read the whole store back into a :class:`Graph` (for exports)."""
        g = Graph()
        for label, schema in NODES.items():
            cols = list(schema)
            res = self.query(f"MATCH (n:{label}) RETURN " + ", ".join(f"n.{c} AS {c}" for c in cols)
                             + " ORDER BY n.id")
            for row in res.rows:
                props = dict(zip(cols, row))
                g.add_node(label, props.pop("id"), **props)
        # each statement shows what its work's canonical commitment keeps of the work (graph_schema.WORK_PROPS)
        show_work(((n.id, n.props) for n in g.nodes_of("Commitment")),
                  lambda ids: {i: g.nodes[i].props for i in ids if i in g.nodes})
        for rel in RELS.values():
            cols = [p for p, _ in rel.props]
            for a, b in rel.ends:
                ret = ", ".join(["a.id AS src", "b.id AS dst"] + [f"e.{c} AS {c}" for c in cols])
                res = self.query(f"MATCH (a:{a})-[e:{rel.name}]->(b:{b}) RETURN {ret} ORDER BY src, dst")
                for row in res.rows:
                    props = dict(zip(cols, row[2:]))
                    g.add_edge(rel.name, row[0], row[1], **props)
        return g

    def stats(self) -> dict[str, int]:
        """Nodes per label and relations per type (zero counts included)."""
        out = {}
        for label in NODES:
            out[label] = self.query(f"MATCH (n:{label}) RETURN count(n) AS n").rows[0][0]
        for rel in RELS:
            out[rel] = self.query(f"MATCH ()-[e:{rel}]->() RETURN count(e) AS n").rows[0][0]
        return out
