"""SHACL validation of RDF exports (shapes in ``kg/rdf/shapes.ttl``) and reading RDF files.

``kg validate FILE`` reads the file with :func:`load` and runs :func:`check`.

>>> from kg.graph import Graph
>>> g = Graph(); g.add_node("Commitment", "commitment:1")  # no task, no document
>>> report = validate(g)
>>> report.conforms, sorted({r["path"] for r in report.results})
(False, ['ckg:statedIn', 'rdfs:label'])
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple, Optional, Union

from ..errors import InputError, ValidationFailed
from ..graph import Graph
from .mapping import SCHEMA_DIR, bind_prefixes, to_rdflib

SHAPES = SCHEMA_DIR / "shapes.ttl"


def load(path: Union[str, Path], fmt: Optional[str] = None):
    """Parse an RDF file into an ``rdflib.Graph``; the format from ``fmt`` or the file extension.

    Raises :class:`kg.errors.InputError` naming the file when it cannot be read or parsed.
    """
    import rdflib

    import logging

    path = str(path)
    fmt = fmt or guess_format(path)
    g = rdflib.Graph()
    term_log = logging.getLogger("rdflib.term")  # logs a traceback per ill-typed literal: reported below instead
    level = term_log.level
    term_log.setLevel(logging.CRITICAL)
    try:
        g.parse(path, format=fmt)
    except FileNotFoundError:
        raise InputError("no such file", source=path) from None
    except Exception as e:  # rdflib raises many kinds of parse errors
        detail = " ".join(str(e).split())[:300] or type(e).__name__
        raise InputError(f"not valid {fmt} RDF: {detail}", source=path) from None
    finally:
        term_log.setLevel(level)
    bad = next((o for o in g.objects() if isinstance(o, rdflib.Literal) and o.ill_typed), None)
    if bad is not None:
        raise InputError(f"ill-typed literal \"{bad}\"^^<{bad.datatype}>", source=path)
    return g


_EXT_FORMAT = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".jsonld": "json-ld",
               ".json": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".n3": "n3", ".trig": "trig",
               ".nq": "nquads"}


def guess_format(path: str) -> str:
    """The rdflib parser name for a file name (Turtle when the extension does not tell)."""
    return _EXT_FORMAT.get(Path(path).suffix.lower(), "turtle")


class Report(NamedTuple):
    conforms: bool
    results: list[dict[str, Any]]  # focus, path, value, message, severity, shape

    def text(self, limit: int = 30) -> str:
        """The violations, one per line: ``focus path: message``."""
        if self.conforms:
            return "conforms"
        lines = [f"{len(self.results)} violation(s) of the shapes:"]
        for r in self.results[:limit]:
            path = f" {r['path']}" if r["path"] else ""
            value = f" (value {r['value']})" if r["value"] is not None else ""
            lines.append(f"  {r['severity']}: {r['focus']}{path}: {r['message']}{value}")
        if len(self.results) > limit:
            lines.append(f"  … and {len(self.results) - limit} more")
        return "\n".join(lines)


def validate(data, shapes: Union[str, Path, None] = None) -> Report:
    """Check ``data`` (rdflib Graph, kg Graph or file path) against the SHACL shapes.

    >>> from kg.graph import Graph
    >>> g = Graph(); g.add_node("Commitment", "commitment:1")  # no task
    >>> validate(g).conforms
    False
    """
    import pyshacl
    import rdflib

    if isinstance(data, Graph):
        data = to_rdflib(data)
    elif not isinstance(data, rdflib.Graph):
        data = load(data)
    shapes_graph = load(shapes or SHAPES)
    conforms, results_graph, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none",
                                                  abort_on_first=False, allow_warnings=False)
    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    nm = data.namespace_manager
    bind_prefixes(data)

    def show(t):
        if t is None:
            return None
        if isinstance(t, rdflib.URIRef):
            try:
                return t.n3(nm)
            except Exception:
                return f"<{t}>"
        return t.n3()

    results = []
    for r in results_graph.subjects(rdflib.RDF.type, SH.ValidationResult):
        v = results_graph.value
        results.append({
            "focus": show(v(r, SH.focusNode)), "path": show(v(r, SH.resultPath)),
            "value": show(v(r, SH.value)), "message": str(v(r, SH.resultMessage) or ""),
            "severity": str(v(r, SH.resultSeverity) or "").rsplit("#", 1)[-1],
            "shape": show(v(r, SH.sourceShape)),
        })
    results.sort(key=lambda r: (r["focus"] or "", r["path"] or "", r["message"]))
    return Report(bool(conforms), results)


def check(data, shapes=None, *, source: Optional[str] = None) -> Report:
    """:func:`validate`, raising :class:`ValidationFailed` with the readable report when it fails."""
    report = validate(data, shapes)
    if not report.conforms:
        raise ValidationFailed(report.text(), source=source)
    return report
