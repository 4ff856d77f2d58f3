"""The graph as linked data on standard vocabularies.

:func:`blocks` maps a :class:`kg.graph.Graph` to RDF, one subject at a time,
so writers can stream (see :mod:`kg.rdf.writers`); :func:`to_rdflib` builds an
in-memory ``rdflib.Graph`` that :func:`kg.rdf.sparql.sparql` queries and
:mod:`kg.rdf.shacl` checks against the SHACL shapes in ``kg/rdf/shapes.ttl``.

Vocabulary (docs/rdf.md has the full table): W3C ORG for organizations and
posts, FOAF for persons, documents and projects, OWL-Time for deadlines,
PROV-O and Web Annotation for provenance, schema.org ``QuantitativeValue``
for targets and the small ``ckg:`` ontology (``kg/rdf/kg.ttl``) for the
rest.  IRIs are the node ids under the base IRI: ``person:3bd5…`` becomes
``https://w3id.org/commitment-kg/id/person/3bd5…``.

>>> from kg.graph import Graph
>>> g = Graph()
>>> g.add_node("Person", "person:1", name="张三")
>>> g.add_node("Commitment", "commitment:1", task="修路")
>>> g.add_edge("LEADS", "person:1", "commitment:1", role="lead")
>>> sorted(str(o) for s, p, o in to_rdflib(g) if str(p).endswith("/name"))
['张三']
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterator, NamedTuple, Optional, Union
from urllib.parse import quote

from ..errors import InputError
from ..graph import Graph, Node
from ..ids import digest
from ..model import STATUSES
from ..status import STATUSES as WORK_STATUSES

DEFAULT_BASE = "https://w3id.org/commitment-kg/id/"
#: the folder of the ontology (kg.ttl) and the SHACL shapes (shapes.ttl)
SCHEMA_DIR = Path(__file__).parent
ONTOLOGY = SCHEMA_DIR / "kg.ttl"

CKG = "https://w3id.org/commitment-kg/ns#"
CKGS = "https://w3id.org/commitment-kg/ns/status#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "http://schema.org/"
TIME = "http://www.w3.org/2006/time#"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"

#: prefix -> namespace, declared in every Turtle and JSON-LD export
PREFIXES: dict[str, str] = {
    "ckg": CKG, "ckgs": CKGS, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "org": ORG, "foaf": FOAF,
    "schema": SCHEMA, "time": TIME, "prov": PROV, "oa": OA, "skos": SKOS, "dcterms": DCTERMS,
}

TYPE = RDF + "type"
LABEL = RDFS + "label"
ZH = "zh"

#: relation type -> predicate (one triple per relation, source -> target)
REL_PREDICATE = {
    "LEADS": CKG + "leads",
    "RESPONSIBLE_FOR": CKG + "responsibleFor",
    "ASSISTS": CKG + "assists",
    "CONCERNS": CKG + "concerns",
    "HAS_TARGET": CKG + "hasTarget",
    "STATED_IN": CKG + "statedIn",
    "PART_OF": ORG + "subOrganizationOf",
    "HAS_PROGRESS": CKG + "hasProgress",
    "REPORTED_IN": CKG + "reportedIn",
    "RESTATES": CKG + "restates",
    "HOLDS": ORG + "holds",
}
#: the PROV-O property each of our relations specialises, written beside it
REL_PROV = {"STATED_IN": (PROV + "hadPrimarySource", PROV + "wasDerivedFrom"),
            "HAS_PROGRESS": (PROV + "wasInfluencedBy",), "RESTATES": (PROV + "alternateOf",)}

#: node label -> rdf:type(s)
CLASSES = {
    "Person": (FOAF + "Person",),
    "Organization": (ORG + "Organization",),
    "Post": (ORG + "Post",),
    "Project": (FOAF + "Project",),
    "Commitment": (CKG + "Commitment",),
    "Target": (SCHEMA + "QuantitativeValue",),
    "Document": (FOAF + "Document", PROV + "Entity"),
    "Progress": (CKG + "ProgressReport", PROV + "Activity"),
}

#: status code -> (zh, en) prefLabels; the same as the concept scheme in kg/rdf/kg.ttl.  The first four
#: are what a document reports (kg.model.STATUSES), all eight how a work stands on a day (kg/status.py)
STATUS_LABELS = {
    "not_started": ("未开工", "not started"),
    "on_track": ("序时推进", "on track"),
    "behind": ("滞后", "behind schedule"),
    "done": ("已完成", "done"),
    "done_late": ("逾期完成", "done late"),
    "overdue": ("逾期未完成", "overdue"),
    "missed": ("未达目标", "missed"),
    "unknown": ("未知", "unknown"),
}
assert tuple(STATUS_LABELS) == WORK_STATUSES and set(STATUSES) <= set(STATUS_LABELS)


class Lit(NamedTuple):
    """A literal: lexical form, datatype IRI (None: xsd:string or lang string), language tag."""
    lex: str
    datatype: Optional[str] = None
    lang: Optional[str] = None


Term = Union[str, Lit]  # a str is an IRI
Block = tuple[str, list[tuple[str, Term]]]  # subject, [(predicate, object), ...]


# --- literals and IRIs -------------------------------------------------------

def zh(text: str) -> Lit:
    return Lit(str(text), None, ZH)


def string(text: Any) -> Lit:
    return Lit(str(text))


def date(value: Any) -> Optional[Lit]:
    """An ``xsd:date`` from a date or an ISO string; None when it is no date.

    >>> date("2023-06-30"), date("soon")
    (Lit(lex='2023-06-30', datatype='http://www.w3.org/2001/XMLSchema#date', lang=None), None)
    """
    if isinstance(value, (_dt.date, _dt.datetime)):
        value = value.isoformat()
    text = str(value)[:10]
    if not re.fullmatch(r"-?\d{4,}-\d\d-\d\d", text):
        return None
    return Lit(text, XSD + "date")


def decimal(value: Any) -> Optional[Lit]:
    """An ``xsd:decimal`` in canonical form (``60`` → ``"60.0"``); None for NaN or infinity.

    >>> decimal(60).lex, decimal(1e-05).lex, decimal(float("nan"))
    ('60.0', '0.00001', None)
    """
    try:
        if isinstance(value, float) and not math.isfinite(value):
            return None
        d = Decimal(repr(value) if isinstance(value, float) else str(value))
        if not d.is_finite():
            return None
    except (InvalidOperation, ValueError):
        return None
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0")
    if text.endswith(".") or "." not in text:
        text = text.rstrip(".") + ".0"
    return Lit(text, XSD + "decimal")


def integer(value: Any, datatype: str = "integer") -> Optional[Lit]:
    try:
        return Lit(str(int(value)), XSD + datatype)
    except (TypeError, ValueError):
        return None


_SAFE_LOCAL = re.compile(r"[A-Za-z0-9_.-]+")
BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def check_base(base: Optional[str]) -> str:
    """The base IRI the ids go under, ending with ``/``.

    >>> check_base("https://example.org/kg")
    'https://example.org/kg/'
    >>> check_base("kg")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: --base: 'kg' is not an absolute IRI (like https://example.org/kg/)
    """
    if base is None:
        return DEFAULT_BASE
    if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:\S", base) or BAD_IRI.search(base) or "#" in base or "?" in base:
        raise InputError(f"{base!r} is not an absolute IRI (like https://example.org/kg/)", source="--base")
    return base if base.endswith("/") else base + "/"


def node_iri(node_id: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of a node: its id ``prefix:key`` as ``{base}prefix/key``, percent-encoded.

    >>> node_iri("org:8d3048a036938ba3")
    'https://w3id.org/commitment-kg/id/org/8d3048a036938ba3'
    >>> node_iri("org:县政府", "https://example.org/")
    'https://example.org/org/%E5%8E%BF%E6%94%BF%E5%BA%9C'
    """
    prefix, _, key = node_id.partition(":")
    return f"{base}{_segment(prefix)}/{_segment(key)}"


def _segment(text: str) -> str:
    if _SAFE_LOCAL.fullmatch(text) and text.strip("."):
        return text
    return quote(text, safe="").replace(".", "%2E") if not text.strip(".") else quote(text, safe="")


def derived(base: str, kind: str, iri: str) -> str:
    """The IRI of a resource only one node has, by kind: its deadline, its post, its annotation.

    Kind first (``{base}deadline/216474ba68cb71e4``), so each kind is one
    namespace, as tools that abbreviate IRIs expect.

    >>> derived(DEFAULT_BASE, "deadline", node_iri("commitment:216474ba68cb71e4"))
    'https://w3id.org/commitment-kg/id/deadline/216474ba68cb71e4'
    """
    return f"{base}{kind}/{iri.rsplit('/', 1)[-1]}"


def role_iri(post: str, base: str = DEFAULT_BASE) -> str:
    """The org:Role of a post title (副县长), shared by everyone holding such a post."""
    return f"{base}role/{digest(post)}"


# --- the mapping ---------------------------------------------------------------

def status_blocks() -> Iterator[Block]:
    """The SKOS concept scheme of statuses, in every export so labels resolve."""
    scheme = CKG + "StatusScheme"
    yield scheme, [(TYPE, SKOS + "ConceptScheme"), (SKOS + "prefLabel", Lit("进展状态", None, ZH)),
                   (SKOS + "prefLabel", Lit("Commitment status", None, "en"))]
    for code, (zh_label, en_label) in STATUS_LABELS.items():
        yield CKGS + code, [(TYPE, SKOS + "Concept"), (SKOS + "inScheme", scheme),
                            (SKOS + "topConceptOf", scheme), (SKOS + "notation", Lit(code)),
                            (SKOS + "prefLabel", Lit(zh_label, None, ZH)),
                            (SKOS + "prefLabel", Lit(en_label, None, "en"))]


def blocks(graph: Union[Graph, Any], base: Optional[str] = None) -> Iterator[Block]:
    """The RDF of ``graph`` as subject blocks, in a stable order (nodes sorted by id).

    ``graph`` is a :class:`Graph` or a source of :mod:`kg.export.source` (a
    store read in pages: the blocks then stream from the store).  Each node
    gives its own block, then blocks of the resources only it has (a
    deadline interval, a post, the annotation of its source sentence).
    Every relation is one triple from its source's block.
    """
    from ..export.source import as_source

    base = check_base(base)
    roles_done: set[str] = set()
    yield from status_blocks()
    for node, edges in as_source(graph).nodes_with_edges():
        yield from node_blocks(node, edges, base, roles_done)


def node_blocks(node: Node, edges: list, base: str, roles_done: set) -> Iterator[Block]:
    """The blocks of one node: its own (with its outgoing ``edges``, sorted), then its resources'."""
    s = node_iri(node.id, base)
    po: list[tuple[str, Term]] = [(TYPE, c) for c in CLASSES[node.label]]
    extra: list[Block] = []
    if node.label == "Person" and not any(e.type == "HOLDS" for e in edges):
        _post_of(node, s, po, extra, base, roles_done)  # a store written before posts were nodes
    _NODE_MAPPERS[node.label](node, s, po, extra, base, roles_done)
    for e in edges:
        o = node_iri(e.dst, base)
        po.append((REL_PREDICATE[e.type], o))
        po.extend((p, o) for p in REL_PROV.get(e.type, ()))
        if e.type == "STATED_IN":
            extra.extend(_annotation(s, o, node.props, base))  # the evidence is the commitment's
        elif e.type == "HOLDS":
            extra.extend(_membership(s, o, e.props, base))
        elif e.type == "RESTATES":  # at most one per commitment: its score and reason go on it
            score = decimal(e.props["score"]) if e.props.get("score") is not None else None
            if score:
                po.append((CKG + "restatementScore", score))
            if e.props.get("why"):
                po.append((CKG + "restatementReason", string(e.props["why"])))
    yield s, po
    yield from extra


def _labelled(po: list, prop: str, text: Any) -> None:
    if text:
        po.append((LABEL, zh(text)))
        po.append((prop, zh(text)))


def _place(po: list, p: dict) -> None:
    if p.get("place"):
        po.append((CKG + "place", zh(p["place"])))


def _person(n: Node, s: str, po: list, extra: list, base: str, roles_done: set) -> None:
    _labelled(po, FOAF + "name", n.props.get("name"))
    _place(po, n.props)


def _post(n: Node, s: str, po: list, extra: list, base: str, roles_done: set) -> None:
    """An office of a place (常务副区长 of 东湖区): an org:Post with the org:Role of its title."""
    title = n.props.get("name")
    if not title:
        return
    po.extend([(LABEL, zh(title)), (SKOS + "prefLabel", zh(title))])
    _place(po, n.props)
    _role(title, po, extra, base, roles_done)


def _role(title: str, po: list, extra: list, base: str, roles_done: set) -> None:
    role = role_iri(title, base)
    po.append((ORG + "role", role))
    if role not in roles_done:
        roles_done.add(role)
        extra.append((role, [(TYPE, ORG + "Role"), (LABEL, zh(title)), (SKOS + "prefLabel", zh(title))]))


def _membership(person: str, post: str, props: dict, base: str) -> Iterator[Block]:
    """A person holding a post: ``org:heldBy`` on the post, and an
    org:Membership whose org:memberDuring interval has the dates of the
    documents naming them in it inside it (``time:inside``: known points of
    the term, not its start and end).  Only the relation is read (not the
    post's node), so an export that streams a node with its own relations
    writes the same."""
    yield post, [(ORG + "heldBy", person)]
    m = f"{base}membership/{person.rsplit('/', 1)[-1]}-{post.rsplit('/', 1)[-1]}"
    po: list[tuple[str, Term]] = [(TYPE, ORG + "Membership"), (ORG + "member", person), (CKG + "post", post)]
    days = sorted({d.lex for d in (date(props.get("from_date")) if props.get("from_date") else None,
                                   date(props.get("to_date")) if props.get("to_date") else None) if d})
    if days:
        interval = m + "-during"
        po.append((ORG + "memberDuring", interval))
        ipo: list[tuple[str, Term]] = [(TYPE, TIME + "Interval")]
        tail = []
        for d in days:
            instant = f"{interval}-{d}"
            ipo.append((TIME + "inside", instant))
            tail.append((instant, [(TYPE, TIME + "Instant"), (TIME + "inXSDDate", Lit(d, XSD + "date"))]))
        yield m, po
        yield interval, ipo
        yield from tail
    else:
        yield m, po


def _post_of(n: Node, s: str, po: list, extra: list, base: str, roles_done: set) -> None:
    """A person's post from the node alone (a store written before posts were nodes)."""
    p = n.props
    post = p.get("post")
    if post:
        post_iri, role = derived(base, "post", s), role_iri(post, base)
        po.append((ORG + "holds", post_iri))
        extra.append((post_iri, [(TYPE, ORG + "Post"), (LABEL, zh(post)), (SKOS + "prefLabel", zh(post)),
                                 (ORG + "heldBy", s), (ORG + "role", role)]))
        if role not in roles_done:
            roles_done.add(role)
            extra.append((role, [(TYPE, ORG + "Role"), (LABEL, zh(post)), (SKOS + "prefLabel", zh(post))]))


def _organization(n: Node, s: str, po: list, *_: Any) -> None:
    _labelled(po, SKOS + "prefLabel", n.props.get("name"))
    _place(po, n.props)


def _project(n: Node, s: str, po: list, *_: Any) -> None:
    _labelled(po, SCHEMA + "name", n.props.get("name"))


def _commitment(n: Node, s: str, po: list, extra: list, base: str, *_: Any) -> None:
    p = n.props
    if p.get("task"):
        po.append((LABEL, zh(p["task"])))
    if p.get("text"):
        po.append((CKG + "text", zh(p["text"])))
    status = p.get("status")
    if status:
        po.append((CKG + "status", _status_iri(status)))
    for key, prop, conv in (("percent", "percentComplete", decimal), ("as_of", "asOf", date)):
        lit = conv(p[key]) if p.get(key) is not None else None
        if lit:
            po.append((CKG + prop, lit))
    if p.get("progress_text"):
        po.append((CKG + "progressText", zh(p["progress_text"])))
    if p.get("source"):
        po.append((CKG + "sourceFile", string(p["source"])))
    due = date(p["due"]) if p.get("due") else None
    if due or p.get("due_text"):
        interval, instant = derived(base, "deadline", s), derived(base, "due", s)
        po.append((CKG + "deadline", interval))
        ipo: list[tuple[str, Term]] = [(TYPE, TIME + "Interval")]
        if p.get("due_text"):
            ipo.append((LABEL, zh(p["due_text"])))
        if p.get("due_precision"):
            ipo.append((CKG + "precision", string(p["due_precision"])))
        extra.append((interval, ipo))
        if due:
            ipo.append((TIME + "hasEnd", instant))
            extra.append((instant, [(TYPE, TIME + "Instant"), (TIME + "inXSDDate", due)]))


_OP_BOUNDS = {"=": ("value",), "~": ("value",), ">=": ("minValue",), ">": ("minValue",),
              "<=": ("maxValue",), "<": ("maxValue",), "range": ("minValue", "maxValue")}


def _target(n: Node, s: str, po: list, *_: Any) -> None:
    p = n.props
    if p.get("text"):
        po.append((LABEL, zh(p["text"])))
    if p.get("metric"):
        po.append((CKG + "metric", zh(p["metric"])))
    op = p.get("op")
    if op:
        po.append((CKG + "comparator", string(op)))
    values = [p.get("value"), p.get("value_max")]
    for prop, v in zip(_OP_BOUNDS.get(op, ("value",)), values):
        lit = decimal(v) if v is not None else None
        if lit:
            po.append((SCHEMA + prop, lit))
    if p.get("unit"):
        po.append((SCHEMA + "unitText", zh(p["unit"])))


def _document(n: Node, s: str, po: list, *_: Any) -> None:
    p = n.props
    if p.get("title"):
        po.append((LABEL, zh(p["title"])))
        po.append((DCTERMS + "title", zh(p["title"])))
    elif p.get("source"):
        po.append((LABEL, string(p["source"])))
    d = date(p["date"]) if p.get("date") else None
    if d:
        po.append((DCTERMS + "date", d))
    for key, prop, conv in (("source", "sourceFile", string), ("date_source", "dateSource", string),
                            ("place", "place", zh), ("speaker", "speaker", zh),
                            ("speech", "speechIndex", integer), ("doc_type", "docType", string)):
        lit = conv(p[key]) if p.get(key) is not None else None
        if lit:
            po.append((CKG + prop, lit))


def _status_iri(status: str) -> str:
    return CKGS + (status if _SAFE_LOCAL.fullmatch(status) else quote(status, safe=""))


def _progress(n: Node, s: str, po: list, *_: Any) -> None:
    """One progress statement: a prov:Activity at its date (what a document says of a work, and when)."""
    p = n.props
    if p.get("text"):
        po.append((LABEL, zh(p["text"])))
        po.append((CKG + "progressText", zh(p["text"])))
    if p.get("status"):
        po.append((CKG + "status", _status_iri(p["status"])))
    pct = decimal(p["percent"]) if p.get("percent") is not None else None
    if pct:
        po.append((CKG + "percentComplete", pct))
    day = date(p["as_of"]) if p.get("as_of") else None
    if day:
        po.append((CKG + "asOf", day))
        po.append((PROV + "endedAtTime", Lit(day.lex + "T00:00:00", XSD + "dateTime")))
    if p.get("as_of_from"):
        po.append((CKG + "asOfFrom", string(p["as_of_from"])))
    if p.get("source"):
        po.append((CKG + "sourceFile", string(p["source"])))


_NODE_MAPPERS = {"Progress": _progress, "Person": _person, "Organization": _organization, "Post": _post,
                 "Project": _project,
                 "Commitment": _commitment, "Target": _target, "Document": _document}


def _spans(props: dict) -> list[tuple[int, int]]:
    """The (start, end) offsets of the evidence pieces; pieces without usable offsets are left out.

    >>> _spans({"spans": "[[10, 14], [null, null], [30, 20]]"}), _spans({"start_offset": 3, "end_offset": 9})
    ([(10, 14)], [(3, 9)])
    """
    try:
        raw = json.loads(props.get("spans") or "[]")
    except (TypeError, ValueError):
        raw = []
    pairs = [x for x in raw if isinstance(x, list) and len(x) == 2] if isinstance(raw, list) else []
    if not any(a is not None and b is not None for a, b in pairs):
        pairs = [[props.get("start_offset"), props.get("end_offset")]]
    out = []
    for a, b in pairs:
        if isinstance(a, (int, float)) and isinstance(b, (int, float)) and 0 <= a <= b:
            out.append((int(a), int(b)))
    return out


def _annotation(commitment: str, document: str, props: dict, base: str) -> Iterator[Block]:
    """The sentence(s) stating a commitment: an oa:Annotation whose body is the commitment."""
    evidence = props.get("evidence")
    spans = _spans(props)
    if not evidence and not spans:
        return
    ann = f"{derived(base, 'annotation', commitment)}-{document.rsplit('/', 1)[-1]}"
    pieces = evidence.split(" … ") if evidence else []
    if len(spans) > 1 and len(pieces) == len(spans):
        parts = list(zip(pieces, spans))
    else:
        whole = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None
        parts = [(evidence, whole)]
    targets, tail = [], []
    for i, (quote_text, span) in enumerate(parts, 1):
        t = f"{ann}-t{i}"
        targets.append((OA + "hasTarget", t))
        tpo: list[tuple[str, Term]] = [(TYPE, OA + "SpecificResource"), (OA + "hasSource", document)]
        tail.append((t, tpo))
        if quote_text:
            tpo.append((OA + "hasSelector", t + "-quote"))
            tail.append((t + "-quote", [(TYPE, OA + "TextQuoteSelector"), (OA + "exact", string(quote_text))]))
        if span:
            tpo.append((OA + "hasSelector", t + "-position"))
            tail.append((t + "-position", [(TYPE, OA + "TextPositionSelector"),
                                           (OA + "start", integer(span[0], "nonNegativeInteger")),
                                           (OA + "end", integer(span[1], "nonNegativeInteger"))]))
    yield ann, [(TYPE, OA + "Annotation"), (OA + "motivatedBy", OA + "describing"),
                (OA + "hasBody", commitment), *targets]
    yield from tail


def triples(graph: Graph, base: Optional[str] = None) -> Iterator[tuple[str, str, Term]]:
    """The RDF of ``graph`` as (subject, predicate, object) triples of IRIs and :class:`Lit`."""
    for s, po in blocks(graph, base):
        for p, o in po:
            yield s, p, o


# --- rdflib -----------------------------------------------------------------

def to_rdflib(graph: Graph, base: Optional[str] = None):
    """An ``rdflib.Graph`` of ``graph``, with the prefixes of :data:`PREFIXES` bound.

    >>> from kg.graph import Graph
    >>> g = Graph(); g.add_node("Organization", "org:1", name="县政府")
    >>> r = to_rdflib(g)
    >>> import rdflib
    >>> r.value(rdflib.URIRef(node_iri("org:1")), rdflib.SKOS.prefLabel).n3()
    '"县政府"@zh'
    """
    import rdflib

    g = rdflib.Graph()
    bind_prefixes(g)
    iris: dict[str, Any] = {}
    URIRef, Literal = rdflib.URIRef, rdflib.Literal

    def iri(x: str):
        r = iris.get(x)
        if r is None:
            r = URIRef(x)
            if len(iris) < 100_000:  # vocabulary and recent subjects; no need to keep them all
                iris[x] = r
        return r

    add = g.add
    for s, po in blocks(graph, base):
        subject = URIRef(s)
        for p, o in po:
            if isinstance(o, Lit):
                obj = Literal(o.lex, lang=o.lang) if o.lang else (
                    Literal(o.lex, datatype=iri(o.datatype)) if o.datatype else Literal(o.lex))
            else:
                obj = iri(o)
            add((subject, iri(p), obj))
    return g


def bind_prefixes(g) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
