"""Identity: turn loader records into graph nodes and relations with stable ids.

Ids are a short hash of the normalised identifying fields, prefixed by the
kind (``org:…``, ``person:…``), so ingesting the same input twice produces
the same graph.

- Persons are identified by name (honorifics already stripped by loaders).
- Organizations by their full name; a short form (``住建局``) used in a
  document that also names the full form (``区住建局``) is the same body.
  A body named with its parent's prefix is ``PART_OF`` it
  (``区委组织部`` → ``区委``, ``区住建局`` → ``区政府``).
- Documents by their key (the canonical path of their file, a hash of what
  came on stdin, or a given ``--source``: see :func:`kg.ingest.input_key`)
  and speech index; commitments by document, task and the place of their
  first evidence.

>>> from kg.model import DocumentRecord, CommitmentRecord, Actor
>>> doc = DocumentRecord(source="a.txt", commitments=(CommitmentRecord(
...     task="修路", actors=(Actor("区委组织部", "organization", "lead"),)),))
>>> sorted(resolve([doc]).counts().items())
[('Commitment', 1), ('Document', 1), ('LEADS', 1), ('Organization', 2), ('PART_OF', 1), ('STATED_IN', 1)]
"""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Iterable, Optional

from .graph import Graph
from .ids import digest
from .model import ROLE_RELATION, CommitmentRecord, DocumentRecord
from .graph_schema import PREFIX


def norm(s: str) -> str:
    """NFKC, no whitespace: the form names are compared in."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def make_id(label: str, *parts: object) -> str:
    """``make_id("Organization", "区委")`` → ``'org:…'`` (16 hex digits)."""
    return f"{PREFIX[label]}:{digest(*parts)}"


def document_id(key: str, speech: int = 1) -> str:
    """The id of one speech of the document identified by ``key``."""
    return make_id("Document", key, speech)


# Party, government and congress bodies at each level, longest first.
_LEVELS = "省市县区镇乡"
_PARENT_RULES = [
    (re.compile(rf"^([{_LEVELS}](?:委|政府|人大常委会|人大|政协|纪委))(.+)$"), None),
]
# government departments: bureaus, and the commissions that sit under the government
_GOV_DEPT = re.compile(rf"^([{_LEVELS}])(?:[^{_LEVELS}委].*局|(?:发改|卫健|卫计|住建|建|教|经信|工信|科|民|农|交|商|侨|体)委)$")


def parent_of(org: str) -> Optional[str]:
    """The body an organization belongs to, read from its name.

    >>> parent_of("区委组织部"), parent_of("市住建局"), parent_of("区委"), parent_of("住建局")
    ('区委', '市政府', None, None)
    >>> parent_of("县发改委"), parent_of("县纪委"), parent_of("区政府办公室")
    ('县政府', None, '区政府')
    """
    for pat, _ in _PARENT_RULES:
        m = pat.match(org)
        if m and m.group(2) and not m.group(2).startswith(("常委会", "会")):
            return m.group(1)
    m = _GOV_DEPT.match(org)
    if m:
        return m.group(1) + "政府"
    return None


def _short_forms(names: Iterable[str]) -> dict[str, str]:
    """Map a short org name to the one full name in the same document that ends with it."""
    names = set(names)
    out = {}
    for short in names:
        longer = [n for n in names if n != short and n.endswith(short) and len(n) - len(short) <= 3
                  and n[0] in _LEVELS]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def full_date(value: Optional[str]) -> Optional[str]:
    """``value`` when it names a whole day (``YYYY-MM-DD``), else None.

    Loaders give dates with the precision the text has (``2015``, ``2015-07``);
    only whole days become DATE values, the text keeps the rest.

    >>> full_date("2015-07-20"), full_date("2015"), full_date(None)
    ('2015-07-20', None, None)
    """
    return value if value and _FULL_DATE.match(value) else None


def commitment_id(doc_id: str, c: CommitmentRecord, index: int) -> str:
    if c.id:
        return make_id("Commitment", doc_id, "given", c.id)
    start = c.evidence[0].start if c.evidence else None
    first = c.evidence[0].text if c.evidence else c.text
    if start is None and c.line is not None:
        start = f"line{c.line}"
    return make_id("Commitment", doc_id, norm(c.task), start, norm(first or ""), index if start is None else "")


def resolve(docs: Iterable[DocumentRecord], graph: Optional[Graph] = None) -> Graph:
    """Add the records of ``docs`` to ``graph`` (a new one by default) and return it."""
    g = graph if graph is not None else Graph()
    for doc in docs:
        _resolve_doc(doc, g)
    return g


def _resolve_doc(doc: DocumentRecord, g: Graph) -> None:
    did = document_id(doc.key or doc.source, doc.speech)
    g.add_node("Document", did, source=doc.source, key=doc.key or doc.source, title=doc.title, date=full_date(doc.date),
               date_text=doc.date, date_source=doc.date_source, place=doc.place, speaker=doc.speaker,
               speech=doc.speech, doc_type=doc.kind)
    orgs = {norm(a.name) for c in doc.commitments for a in c.actors if a.kind == "organization"}
    alias = _short_forms(orgs)
    for i, c in enumerate(doc.commitments):
        cid = commitment_id(did, c, i)
        p = c.progress
        g.add_node("Commitment", cid, task=c.task, text=c.text,
                   due=full_date(c.deadline.date) if c.deadline else None,
                   due_text=c.deadline.text if c.deadline else None,
                   due_precision=c.deadline.precision if c.deadline else None,
                   status=p.status if p else None, percent=p.percent if p else None,
                   as_of=(full_date(p.as_of) or full_date(doc.date)) if p else None,
                   progress_text=p.text if p else None, progress_source=doc.source if p else None,
                   source=doc.source)
        ev = [e for e in c.evidence if e.text]
        starts = [e.start for e in ev if e.start is not None]
        ends = [e.end for e in ev if e.end is not None]
        g.add_edge("STATED_IN", cid, did,
                   evidence=" … ".join(e.text for e in ev) or c.text or None,
                   start_offset=min(starts) if starts else None, end_offset=max(ends) if ends else None,
                   spans=json.dumps([[e.start, e.end] for e in ev]) if ev else None)
        if p and (p.status or p.percent is not None or p.text):
            _add_progress(g, cid, did, p, doc)
        for a in c.actors:
            name = norm(a.name)
            if not name:
                continue
            if a.kind == "person":
                aid = make_id("Person", name)
                g.add_node("Person", aid, name=name, post=a.post)
            else:
                name = alias.get(name, name)
                aid = _add_org(g, name)
            g.add_edge(ROLE_RELATION[a.role], aid, cid, role=a.role)
        for name in c.projects:
            name = norm(name)
            if name:
                pid = make_id("Project", name)
                g.add_node("Project", pid, name=name)
                g.add_edge("CONCERNS", cid, pid)
        for j, t in enumerate(c.targets):
            tid = make_id("Target", cid, j, t.metric, t.op, t.value, t.value_max, t.unit)
            g.add_node("Target", tid, metric=t.metric, op=t.op, value=t.value,
                       value_max=t.value_max, unit=t.unit, text=t.text)
            g.add_edge("HAS_TARGET", cid, tid)


def _add_progress(g: Graph, cid: str, did: str, p, doc: DocumentRecord) -> None:
    """The progress a document states about its commitment, as a record of its own.

    Its date is the one the statement gives (截至6月底), else the document's date.
    """
    stated, dated = full_date(p.as_of), full_date(doc.date)
    as_of = stated or dated
    pid = make_id("Progress", cid)  # loaders give the document's date when the sentence gives none
    g.add_node("Progress", pid, status=p.status, percent=p.percent, as_of=as_of,
               as_of_from=("stated" if stated and stated != dated else "document") if as_of else None,
               text=p.text, source=doc.source)
    g.add_edge("HAS_PROGRESS", cid, pid)
    g.add_edge("REPORTED_IN", pid, did)


def _add_org(g: Graph, name: str) -> str:
    oid = make_id("Organization", name)
    g.add_node("Organization", oid, name=name)
    parent = parent_of(name)
    if parent and parent != name:
        pid = _add_org(g, parent)
        g.add_edge("PART_OF", oid, pid)
    return oid
