"""Where an export reads the graph: a :class:`kg.graph.Graph` in memory, or a store read in pages.

Every exporter reads through the same few iterators, each in a fixed order:

- :meth:`nodes_of` ``(label)``: the nodes of one label, by id;
- :meth:`nodes_sorted`: every node, by id;
- :meth:`nodes_with_edges`: every node by id, with its outgoing relations
  sorted by (type, target) (what the RDF mapping needs);
- :meth:`edges_of` ``(type)``: the relations of one type, by (source, target);
- :meth:`edges_sorted`: every relation, by (type, source, target).

:class:`StoreSource` answers them from a :class:`kg.store.base.Store` (the
embedded Ladybug store or Neo4j) with queries of at most ``page`` rows:
nodes by ``WHERE n.id > $after ORDER BY n.id LIMIT $page`` (id-range paging,
no ``SKIP``), relations by ranges of their source's id.  An export then holds
one page per label, never the graph, and writes as it reads.  The nodes and
relations it builds are the ones :meth:`kg.store.base.Store.to_graph` builds,
so the files are byte for byte the ones written from the whole graph.

Labels, properties and relation types come from :mod:`kg.graph_schema`, so
a label added there is exported without a change here.

>>> from kg.graph import Graph
>>> g = Graph(); g.add_node("Person", "person:2", name="李四"); g.add_node("Person", "person:1", name="张三")
>>> [n.id for n in as_source(g).nodes_sorted()]
['person:1', 'person:2']
"""
from __future__ import annotations

import heapq
from typing import Any, Iterator, Optional, Union

from ..graph import Edge, Graph, Node
from ..graph_schema import KIND_OF, NODES, PREFIX, RELS, WORK_PROPS, show_work

#: rows per query of a paged export (``kg export --page-size``)
DEFAULT_PAGE = 10_000
#: page cache of the embedded store while an export or a push reads it in pages, MiB
#: (Ladybug's default keeps every page read: 100k commitments exported peak at 215 MB, capped at 177)
BUFFER_POOL_MB = 128


class GraphSource:
    """The iterators over a graph in memory."""

    def __init__(self, graph: Graph):
        self.graph = graph

    def nodes_of(self, label: str) -> Iterator[Node]:
        return iter(sorted(self.graph.nodes_of(label), key=lambda n: n.id))

    def nodes_sorted(self) -> Iterator[Node]:
        nodes = self.graph.nodes
        return (nodes[i] for i in sorted(nodes))

    def nodes_with_edges(self) -> Iterator[tuple[Node, list[Edge]]]:
        out: dict[str, list[Edge]] = {}
        for e in self.graph.edges.values():
            out.setdefault(e.src, []).append(e)
        for node in self.nodes_sorted():
            yield node, sorted(out.get(node.id, ()), key=lambda e: (e.type, e.dst))

    def edges_of(self, rel: str) -> Iterator[Edge]:
        return iter(sorted(self.graph.edges_of(rel), key=lambda e: (e.src, e.dst)))

    def edges_sorted(self) -> Iterator[Edge]:
        return iter(sorted(self.graph.edges.values(), key=lambda e: (e.type, e.src, e.dst)))

    def counts(self) -> dict[str, int]:
        return self.graph.counts()

    def nodes_in_order(self) -> Iterator[Node]:
        """The nodes in the graph's own order (a store's: label by label, by id)."""
        return iter(self.graph.nodes.values())

    def edges_in_order(self) -> Iterator[Edge]:
        """The relations in the graph's own order (a store's: by type, ends, source, target)."""
        return iter(self.graph.edges.values())


class StoreSource:
    """The iterators over a store, read ``page`` rows at a time."""

    def __init__(self, store: Any, page: int = DEFAULT_PAGE):
        if page < 1:
            raise ValueError("page size must be at least 1")
        self.store, self.page = store, page
        self._counts: dict[str, int] = {}

    # --- nodes ------------------------------------------------------------------

    def _count(self, cypher: str) -> int:
        n = self._counts.get(cypher)
        if n is None:
            n = self._counts[cypher] = int(self.store.query(cypher).rows[0][0] or 0)
        return n

    def _chunk_for(self, label: str, ends: list[tuple[str, str, str]]) -> int:
        """Nodes of ``label`` whose relations ``ends`` are read by one query: about ``page``
        relations (a unit that leads twenty commitments counts twenty), at most ``page`` nodes."""
        nodes = self._count(f"MATCH (n:{label}) RETURN count(n) AS n")
        rels = sum(self._count(f"MATCH (a:{a})-[e:{r}]->(b:{b}) RETURN count(e) AS n") for r, a, b in ends)
        per_node = max(1, -(-rels // nodes)) if nodes else 1
        return max(1, self.page // per_node)

    def _out_ends(self, label: str) -> list[tuple[str, str, str]]:
        return [(rel.name, a, b) for rel in RELS.values() for a, b in rel.ends if a == label]

    def node_pages(self, label: str) -> Iterator[list[Node]]:
        """The nodes of ``label`` by id, a page (a list of at most ``page`` nodes) at a time."""
        size = self.page
        cols = list(NODES[label])
        ret = ", ".join(f"n.{c} AS {c}" for c in cols)
        first = f"MATCH (n:{label}) RETURN {ret} ORDER BY n.id LIMIT {size}"
        after = f"MATCH (n:{label}) WHERE n.id > $after RETURN {ret} ORDER BY n.id LIMIT {size}"
        last = None
        kind = KIND_OF[label]
        while True:
            rows = self.store.query(first if last is None else after, None if last is None else {"after": last}).rows
            if not rows:
                return
            page = []
            for row in rows:
                props = dict(zip(cols, row))
                node_id = props.pop("id")
                props["kind"] = kind  # as Graph.add_node does
                page.append(Node(label, node_id, props))
            if label == "Commitment":  # each statement shows what its work's canonical keeps of the work
                show_work(((n.id, n.props) for n in page), self._canonical(page))
            yield page
            if len(rows) < size:
                return
            last = page[-1].id

    def _canonical(self, page: list[Node]):
        """``ids -> {id: props}`` of canonical commitments (graph_schema.show_work): those of ``page``
        from there, the others read from the store."""
        here = {n.id: n.props for n in page}

        def canonical(ids: list[str]) -> dict:
            out = {i: here[i] for i in ids if i in here}
            rest = [i for i in ids if i not in here]
            if rest:
                ret = ", ".join(f"n.{c} AS {c}" for c in WORK_PROPS)
                res = self.store.query(f"MATCH (n:Commitment) WHERE n.id IN $ids RETURN n.id AS id, {ret}",
                                       {"ids": rest})
                out.update((row[0], dict(zip(WORK_PROPS, row[1:]))) for row in res.rows)
            return out
        return canonical

    def nodes_of(self, label: str) -> Iterator[Node]:
        for page in self.node_pages(label):
            yield from page

    def nodes_sorted(self) -> Iterator[Node]:
        for label in _BY_ID:
            yield from self.nodes_of(label)

    def _out_edges(self, label: str, lo: Union[str, None], hi: str) -> dict[str, list[Edge]]:
        """The relations leaving the nodes of ``label`` with ids in (lo, hi], by source."""
        out: dict[str, list[Edge]] = {}
        for rel in RELS.values():
            for src, dst in rel.ends:
                if src == label:
                    for e in self._edges_between(rel.name, src, dst, lo, hi):
                        out.setdefault(e.src, []).append(e)
        return out

    def nodes_with_edges(self) -> Iterator[tuple[Node, list[Edge]]]:
        for label in _BY_ID:
            ends = self._out_ends(label)
            chunk = self._chunk_for(label, ends)
            lo = None
            for page in self.node_pages(label):
                for k in range(0, len(page), chunk):
                    part = page[k:k + chunk]
                    hi = part[-1].id
                    out = self._out_edges(label, lo, hi) if ends else {}
                    for node in part:
                        yield node, sorted(out.get(node.id, ()), key=lambda e: (e.type, e.dst))
                    lo = hi

    # --- relations --------------------------------------------------------------

    def _edges_between(self, rel: str, src: str, dst: str, lo: Union[str, None], hi: str) -> list[Edge]:
        """The ``rel`` relations from ``src`` to ``dst`` nodes whose source id is in (lo, hi], by (source, target)."""
        cols = [p for p, _ in RELS[rel].props]
        ret = ", ".join(["a.id AS src", "b.id AS dst"] + [f"e.{c} AS {c}" for c in cols])
        where = "a.id <= $hi" if lo is None else "a.id > $lo AND a.id <= $hi"
        res = self.store.query(f"MATCH (a:{src})-[e:{rel}]->(b:{dst}) WHERE {where} RETURN {ret}",
                               {"hi": hi} if lo is None else {"lo": lo, "hi": hi})
        edges = [Edge(rel, row[0], row[1], dict(zip(cols, row[2:]))) for row in res.rows]
        edges.sort(key=lambda e: (e.src, e.dst))
        return edges

    def _source_ranges(self, label: str, size: int) -> Iterator[tuple[Union[str, None], str]]:
        """(lo, hi] ranges of the ids of ``label``, ``size`` ids each (ids read ``page`` at a time)."""
        first = f"MATCH (n:{label}) RETURN n.id AS id ORDER BY n.id LIMIT {self.page}"
        after = f"MATCH (n:{label}) WHERE n.id > $after RETURN n.id AS id ORDER BY n.id LIMIT {self.page}"
        lo = None
        while True:
            ids = [r[0] for r in self.store.query(first if lo is None else after,
                                                  None if lo is None else {"after": lo}).rows]
            for k in range(0, len(ids), size):
                hi = ids[min(len(ids), k + size) - 1]
                yield lo, hi
                lo = hi
            if len(ids) < self.page:
                return

    def edges_of_ends(self, rel: str, src: str, dst: str) -> Iterator[Edge]:
        """The ``rel`` relations from ``src`` nodes to ``dst`` nodes, by (source, target)."""
        for lo, hi in self._source_ranges(src, self._chunk_for(src, [(rel, src, dst)])):
            yield from self._edges_between(rel, src, dst, lo, hi)

    def edges_of(self, rel: str) -> Iterator[Edge]:
        streams = [self.edges_of_ends(rel, a, b) for a, b in RELS[rel].ends]
        if len(streams) == 1:
            return streams[0]
        return heapq.merge(*streams, key=lambda e: (e.src, e.dst))

    def edges_sorted(self) -> Iterator[Edge]:
        for rel in sorted(RELS):
            yield from self.edges_of(rel)

    def counts(self) -> dict[str, int]:
        """Nodes per label and relations per type, as :meth:`Graph.counts` gives them (no zeros)."""
        stats = self.store.stats()
        return {k: stats[k] for k in sorted(NODES) if stats.get(k)} | {k: stats[k] for k in sorted(RELS) if stats.get(k)}

    def nodes_in_order(self) -> Iterator[Node]:
        """Label by label (schema order), by id: the order of :meth:`Store.to_graph`."""
        for label in NODES:
            yield from self.nodes_of(label)

    def edges_in_order(self) -> Iterator[Edge]:
        """By type (schema order), ends, source and target: the order of :meth:`Store.to_graph`."""
        for rel in RELS.values():
            for a, b in rel.ends:
                yield from self.edges_of_ends(rel.name, a, b)


#: the labels in the order of their ids: every id is ``prefix:key``, and as no ``prefix:`` is the start
#: of another, all ids of one label sort before all ids of the next (so no merge of labels is needed)
_BY_ID = sorted(NODES, key=lambda label: PREFIX[label] + ":")

Source = Union[GraphSource, StoreSource]


def as_source(graph: Union[Graph, Source]) -> Source:
    """A :class:`GraphSource` for a graph; a source as it is."""
    return GraphSource(graph) if isinstance(graph, Graph) else graph
