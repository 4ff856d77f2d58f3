"""RDF exports: Turtle, N-Triples, JSON-LD, RDF/XML (mapping in :mod:`kg.rdf.mapping`, docs/rdf.md).

Every writer streams: triples go to the file one subject block at a time
(:func:`kg.rdf.mapping.blocks`), never held as a whole document, so memory stays
flat however large the graph.  The output parses in rdflib and Oxigraph;
``kg validate`` checks it against the shapes.

>>> import io
>>> from kg.graph import Graph
>>> g = Graph(); g.add_node("Person", "person:1", name="张三")
>>> buf = io.BytesIO(); write(g, buf, format="nt")
>>> print(buf.getvalue().decode().splitlines()[-1])
<https://w3id.org/commitment-kg/id/person/1> <http://xmlns.com/foaf/0.1/name> "张三"@zh .
"""
from __future__ import annotations

import re
import json
from typing import BinaryIO, Iterable, Optional
from xml.sax.saxutils import escape as xml_escape, quoteattr

from . import mapping as rdf
from ..errors import OutputError
from ..graph import Graph
from .mapping import Lit

#: export format name -> canonical name
CANONICAL = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
             "jsonld": "json-ld", "json-ld": "json-ld", "xml": "xml", "rdfxml": "xml", "rdf": "xml"}

#: tells :meth:`kg.api.KnowledgeGraph.export` to hand a store read in pages (:mod:`kg.export.source`)
STREAMS = True

FLUSH = 5000  # triples per write: the buffer stays small however many relations a node has


class _Buffer:
    """Text written out every :data:`FLUSH` triples, so memory stays bounded."""

    def __init__(self, out: BinaryIO):
        self.out, self.parts = out, []
        self.pending = self.triples = self.blocks = 0

    def end_block(self, triples: int) -> None:
        self.triples += triples
        self.blocks += 1
        self.pending += triples
        if self.pending >= FLUSH:
            self.flush()

    def flush(self) -> None:
        self.out.write("".join(self.parts).encode("utf-8"))
        self.parts.clear()
        self.pending = 0


def write(graph: Graph, out: BinaryIO, *, format: str = "turtle", base: Optional[str] = None, **_options) -> None:
    """Write ``graph`` as RDF in ``format`` (turtle/ttl, nt/ntriples, jsonld/json-ld, xml/rdfxml).

    ``graph`` is a :class:`Graph` or a source of :mod:`kg.export.source` (a store read in pages)."""
    fmt = CANONICAL[format.lower()]
    base = rdf.check_base(base)
    WRITERS[fmt](rdf.blocks(graph, base), out, base=base)


# --- escaping -------------------------------------------------------------------------

_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_ESCAPES = str.maketrans({**{chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F]}, **_ECHAR})
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\\ud800-\udfff]')


def escape(text: str) -> str:
    """A string literal's body, escaped as canonical N-Triples (also valid Turtle).

    >>> escape('他说"好"\\n')
    '他说\\\\"好\\\\"\\\\n'
    """
    if not _NEEDS_ESCAPE.search(text):
        return text
    text = text.translate(_ESCAPES)
    return no_surrogates(text)


def no_surrogates(text: str) -> str:
    """Lone surrogates cannot be encoded in UTF-8 and are no RDF characters: U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _check_iri(iri: str) -> str:
    if rdf.BAD_IRI.search(iri):
        raise OutputError(f"an IRI with a character RDF does not allow: {iri!r}; give --base an IRI without spaces, quotes or <>")
    return iri


def literal(term: Lit, datatype_ref) -> str:
    """A literal in N-Triples / Turtle syntax; ``datatype_ref`` writes the datatype IRI."""
    body = f'"{escape(term.lex)}"'
    if term.lang:
        return f"{body}@{term.lang}"
    if term.datatype and term.datatype != rdf.XSD + "string":
        return f"{body}^^{datatype_ref(term.datatype)}"
    return body


def nt_term(term) -> str:
    """One term in N-Triples syntax.

    >>> nt_term(Lit("3", rdf.XSD + "integer")), nt_term("http://x/a")
    ('"3"^^<http://www.w3.org/2001/XMLSchema#integer>', '<http://x/a>')
    """
    if isinstance(term, Lit):
        return literal(term, lambda dt: f"<{dt}>")
    return f"<{term}>"


# --- N-Triples ---------------------------------------------------------------------------

def write_ntriples(blocks: Iterable[rdf.Block], out: BinaryIO, *, base: str = rdf.DEFAULT_BASE, **_options) -> int:
    """Write subject blocks as N-Triples, one triple a line; returns the number of triples."""
    cache: dict[str, str] = {}  # vocabulary: predicates, classes, statuses

    def iri(x: str) -> str:
        t = cache.get(x)
        if t is None:
            t = f"<{_check_iri(x)}>"
            if not x.startswith(base) and len(cache) < 10_000:
                cache[x] = t
        return t

    buf = _Buffer(out)
    lines = buf.parts
    for s, po in blocks:
        st = f"<{_check_iri(s)}> "
        for p, o in po:
            lines.append(f"{st}{iri(p)} {nt_term(o) if isinstance(o, Lit) else iri(o)} .\n")
        buf.end_block(len(po))
    buf.flush()
    return buf.triples


# --- Turtle ------------------------------------------------------------------------------

_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


_SIMPLE_REL = re.compile(r"[A-Za-z][A-Za-z0-9_-]*/[A-Za-z0-9_%-]+")  # kind/key: no dots, no scheme, no query


def _relative_ok(rel: str) -> bool:
    """Whether ``rel`` resolves against the base to base + rel (no scheme, no root, no dot segments)."""
    if not rel or rel[0] in "/?#":
        return False
    path = rel.split("#", 1)[0]
    segments = path.split("/")
    return ":" not in segments[0] and not any(seg in (".", "..") for seg in segments)


class TurtleNames:
    """Short forms of IRIs: ``prefix:local`` for vocabulary, ``<relative>`` under ``@base``."""

    def __init__(self, base: str, prefixes: dict[str, str]):
        self.base = base
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self.cache: dict[str, str] = {rdf.TYPE: "a"}

    def iri(self, x: str, *, cache: bool = True) -> str:
        if x.startswith(self.base) and _SIMPLE_REL.fullmatch(x, len(self.base)):  # the common case, fast
            return f"<{x[len(self.base):]}>"
        t = self.cache.get(x)
        if t is not None:
            return t
        _check_iri(x)
        if x.startswith(self.base) and _relative_ok(x[len(self.base):]):
            t = f"<{x[len(self.base):]}>"
        else:
            t = f"<{x}>"
            for prefix, ns in self.prefixes:
                if x.startswith(ns) and _PN_LOCAL.fullmatch(x[len(ns):]):
                    t = f"{prefix}:{x[len(ns):]}"
                    break
        if cache and len(self.cache) < 50_000:
            self.cache[x] = t
        return t

    def term(self, o) -> str:
        if isinstance(o, Lit):
            return literal(o, self.iri)
        return self.iri(o, cache=False)


def write_turtle(blocks: Iterable[rdf.Block], out: BinaryIO, *, base: str = rdf.DEFAULT_BASE,
                 prefixes: Optional[dict[str, str]] = None) -> int:
    """Write subject blocks as Turtle: prefixes and ``@base`` first, then one block per subject.

    Returns the number of triples.  Subjects under ``base`` are written as
    relative IRIs (``<commitment/216474ba68cb71e4>``).
    """
    prefixes = prefixes if prefixes is not None else rdf.PREFIXES
    names = TurtleNames(base, prefixes)
    head = [f"@base <{_check_iri(base)}> .\n"]
    head += [f"@prefix {p}: <{ns}> .\n" for p, ns in prefixes.items()]
    out.write(("".join(head) + "\n").encode("utf-8"))
    buf = _Buffer(out)
    parts = buf.parts
    for s, po in blocks:
        if not po:
            continue
        parts.append(names.iri(s, cache=False))
        last = None
        for i, (p, o) in enumerate(po):
            if p == last:
                parts.append(" , ")
            else:
                parts.append(" " if i == 0 else " ;\n    ")
                parts.append(names.iri(p))
                parts.append(" ")
                last = p
            parts.append(names.term(o))
        parts.append(" .\n\n")
        buf.end_block(len(po))
    buf.flush()
    return buf.triples


# --- JSON-LD ---------------------------------------------------------------------------

def write_jsonld(blocks: Iterable[rdf.Block], out: BinaryIO, *, base: str = rdf.DEFAULT_BASE,
                 prefixes: Optional[dict[str, str]] = None) -> int:
    """Write subject blocks as JSON-LD: a context (``@base`` and the prefixes), then one node object a line.

    IRIs under ``base`` are relative, vocabulary IRIs compact (``ckg:leads``).
    Returns the number of triples.
    """
    prefixes = prefixes if prefixes is not None else rdf.PREFIXES
    names = TurtleNames(base, prefixes)

    def iri(x: str, cache: bool = True) -> str:
        t = names.iri(x, cache=cache)
        return t[1:-1] if t.startswith("<") else t

    def value(o) -> dict:
        if isinstance(o, Lit):
            v = {"@value": no_surrogates(o.lex)}
            if o.lang:
                v["@language"] = o.lang
            elif o.datatype and o.datatype != rdf.XSD + "string":
                v["@type"] = iri(o.datatype)
            return v
        return {"@id": iri(o, cache=False)}

    context = {"@base": base, **prefixes}
    head = '{\n"@context": ' + json.dumps(context, ensure_ascii=False) + ',\n"@graph": [\n'
    out.write(head.encode("utf-8"))
    buf = _Buffer(out)
    parts = buf.parts
    for s, po in blocks:
        node: dict = {"@id": iri(s, cache=False)}
        for p, o in po:
            if p == rdf.TYPE and not isinstance(o, Lit):
                node.setdefault("@type", []).append(iri(o))
            else:
                node.setdefault(iri(p), []).append(value(o))
        parts.append(("" if buf.blocks == 0 else ",\n") + json.dumps(node, ensure_ascii=False, separators=(",", ":")))
        buf.end_block(len(po))
    parts.append("\n]\n}\n")
    buf.flush()
    return buf.triples


# --- RDF/XML ---------------------------------------------------------------------------

_NCNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
# characters XML 1.0 cannot carry at all (RDF/XML loses them: U+FFFD instead)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_XML_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Character data for RDF/XML: escaped, carriage returns kept, non-XML characters U+FFFD.

    >>> xml_text("a<b & c")
    'a&lt;b &amp; c'
    """
    if not _XML_SPECIAL.search(text):
        return text
    return xml_escape(_NOT_XML.sub("\ufffd", text), {"\r": "&#13;"})


def write_rdfxml(blocks: Iterable[rdf.Block], out: BinaryIO, *, base: str = rdf.DEFAULT_BASE,
                 prefixes: Optional[dict[str, str]] = None) -> int:
    """Write subject blocks as RDF/XML, one ``rdf:Description`` per subject, IRIs relative to ``xml:base``.

    Returns the number of triples.
    """
    prefixes = prefixes if prefixes is not None else rdf.PREFIXES
    by_ns = sorted(((ns, p) for p, ns in prefixes.items()), key=lambda x: -len(x[0]))
    tags: dict[str, tuple[str, str]] = {}  # predicate -> (open tag start, close tag)

    def tag(p: str) -> tuple[str, str]:
        t = tags.get(p)
        if t is None:
            for ns, prefix in by_ns:
                if p.startswith(ns) and _NCNAME.fullmatch(p[len(ns):]):
                    name = f"{prefix}:{p[len(ns):]}"
                    t = (f"<{name}", f"</{name}>")
                    break
            else:  # a predicate outside the declared vocabularies: declare its namespace on the element
                m = re.search(r"[A-Za-z_][A-Za-z0-9_.-]*$", p)
                if not m or m.start() == 0:
                    raise OutputError(f"predicate {p!r} cannot be written in RDF/XML; choose --format turtle")
                ns, local = p[:m.start()], m.group(0)
                t = (f"<ns0:{local} xmlns:ns0={quoteattr(ns)}", f"</ns0:{local}>")
            tags[p] = t
        return t

    def ref(x: str) -> str:
        if x.startswith(base) and _SIMPLE_REL.fullmatch(x, len(base)):
            return '"' + x[len(base):] + '"'
        _check_iri(x)  # so of the XML specials only & can be in it
        rel = x[len(base):]
        v = rel if x.startswith(base) and _relative_ok(rel) else x
        return quoteattr(v) if "&" in v else '"' + v + '"'

    decl = "".join(f"\n    xmlns:{p}={quoteattr(ns)}" for p, ns in prefixes.items())
    out.write((f'<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF{decl}\n    xml:base={quoteattr(base)}>\n')
              .encode("utf-8"))
    buf = _Buffer(out)
    parts = buf.parts
    for s, po in blocks:
        parts.append(f"  <rdf:Description rdf:about={ref(s)}>\n")
        for p, o in po:
            start, end = tag(p)
            if isinstance(o, Lit):
                if o.lang:
                    attr = f' xml:lang="{o.lang}"'
                elif o.datatype and o.datatype != rdf.XSD + "string":
                    attr = f" rdf:datatype={quoteattr(o.datatype)}"
                else:
                    attr = ""
                parts.append(f"    {start}{attr}>{xml_text(o.lex)}{end}\n")
            else:
                parts.append(f"    {start} rdf:resource={ref(o)}/>\n")
        parts.append("  </rdf:Description>\n")
        buf.end_block(len(po))
    parts.append("</rdf:RDF>\n")
    buf.flush()
    return buf.triples


WRITERS = {"nt": write_ntriples, "turtle": write_turtle, "json-ld": write_jsonld, "xml": write_rdfxml}
