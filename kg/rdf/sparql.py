"""SPARQL over the graph as RDF, with nothing fetched from other servers unless asked.

>>> from kg.graph import Graph
>>> g = Graph()
>>> g.add_node("Person", "person:1", name="张三")
>>> g.add_node("Commitment", "commitment:1", task="修路")
>>> g.add_edge("LEADS", "person:1", "commitment:1", role="lead")
>>> rows = sparql(g, "SELECT ?who WHERE { ?p ckg:leads ?c ; foaf:name ?who }")
>>> rows.columns, rows.rows
(['who'], [['张三']])
"""
from __future__ import annotations

from typing import Any, Optional

from ..errors import QueryError
from ..graph import Graph
from .mapping import PREFIXES, to_rdflib


def _remote_parts(algebra) -> list[str]:
    """Names of the parts of a parsed query that would reach other servers:
    ``SERVICE`` (federated query) and ``FROM`` / ``FROM NAMED`` (graphs loaded by IRI)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    found, todo = [], [algebra]
    while todo:
        n = todo.pop()
        if isinstance(n, CompValue):
            if n.name == "ServiceGraphPattern":
                found.append("SERVICE")
            elif n.name == "DatasetClause":
                found.append("FROM")
            todo.extend(n.values())
        elif isinstance(n, (list, tuple)):
            todo.extend(n)
    return sorted(set(found))


def sparql(graph, text: str, base: Optional[str] = None, *, federated: bool = False):
    """Run SPARQL over ``graph`` (a :class:`kg.graph.Graph`, a source of :mod:`kg.export.source` or an ``rdflib.Graph``).

    Nothing leaves the machine unless ``federated``: a query with ``SERVICE``
    or ``FROM <IRI>`` is refused (rdflib would fetch those addresses).

    >>> sparql(Graph(), "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: SPARQL: SERVICE reaches other servers; federated queries are off (kg sparql --federated)

    The prefixes of :data:`PREFIXES` need no declaration.  Returns a
    :class:`kg.store.QueryResult` with plain values (IRIs and literals as
    strings, numbers, ISO dates); ASK gives one column ``ask``, CONSTRUCT and
    DESCRIBE the columns ``subject``, ``predicate``, ``object``.
    """
    from ..store.base import QueryResult

    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except Exception as e:  # pyparsing / rdflib errors
        msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise QueryError(f"SPARQL: {msg}") from None
    remote = _remote_parts(prepared.algebra)
    if remote and not federated:
        raise QueryError(f"SPARQL: {' and '.join(remote)} reaches other servers; federated queries are off "
                         "(kg sparql --federated)")
    # a Graph, or a store read in pages (kg.export.source): mapped straight into rdflib
    g = to_rdflib(graph, base) if isinstance(graph, Graph) or hasattr(graph, "nodes_with_edges") else graph
    try:
        res = g.query(prepared)
    except Exception as e:  # rdflib evaluation errors
        msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise QueryError(f"SPARQL: {msg}") from None
    if res.type == "ASK":
        return QueryResult(["ask"], [[bool(res.askAnswer)]])
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        rows = sorted([[_value(t) for t in triple] for triple in res.graph], key=lambda r: [str(v) for v in r])
        return QueryResult(["subject", "predicate", "object"], rows)
    columns = [str(v) for v in res.vars]
    return QueryResult(columns, [[_value(row[i]) for i in range(len(columns))] for row in res])


def _value(term) -> Any:
    import rdflib
    from ..values import plain

    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        v = term.toPython()
        return str(term) if isinstance(v, rdflib.Literal) else plain(v)
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)
