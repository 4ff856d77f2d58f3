"""The JSON contract of ``kg extract --format json`` (docs/schema.md,
docs/extraction.md): records to a dict and back.

What a contract object may hold is defined once, by the JSON Schema
``loaders/records.schema.json``: :func:`from_contract` validates against it
(the first error, with the commitment's index, is the message) and then only
converts.  The schema's lists of roles, kinds, operators and statuses are
those of :mod:`kg.model` (tested).

>>> from kg.model import CommitmentRecord, DocumentRecord, Actor, Evidence
>>> d = DocumentRecord("a.txt", date="2015", commitments=(CommitmentRecord(
...     task="河道整治", evidence=(Evidence("由张三同志牵头", 3, 10),),
...     actors=(Actor("张三", "person", "lead"),)),))
>>> obj = to_contract([d], source="a.txt")
>>> obj["document"], obj["commitments"][0]["actors"]
({'source': 'a.txt', 'date': '2015', 'speeches': 1}, [{'name': '张三', 'kind': 'person', 'role': 'lead'}])
>>> from_contract(obj, source="a.txt")[0].commitments[0].actors[0].name
'张三'
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from kg.errors import SchemaError
from kg.ids import digest
from kg.model import Actor, CommitmentRecord, Deadline, DocumentRecord, Evidence, Progress, Target

KIND_ALIASES = {"org": "organization", "organisation": "organization", "organization": "organization",
                "person": "person"}


def record_id(source: str, speech: int, start: Optional[int], task: str) -> str:
    """The contract's id of a commitment: 12 hex digits of source, speech, first evidence offset and task."""
    return digest(source, speech, str(start), task, digits=12)


def _num(v: Optional[float]) -> Any:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _target(t: Target) -> dict:
    value = [_num(t.value), _num(t.value_max)] if t.op == "range" else _num(t.value)
    return {"metric": t.metric, "op": t.op, "value": value, "unit": t.unit, "text": t.text}


def _actor(a: Actor) -> dict:
    out = {"name": a.name, "kind": a.kind, "role": a.role}
    if a.post and a.post != a.name:  # the post the person is named with (常务副区长王五), so it is read back
        out["post"] = a.post
    if a.place:  # the place an organization belongs to, where known
        out["place"] = a.place
    return out


def _commitment(c: CommitmentRecord, doc: DocumentRecord, source: str) -> dict:
    start = c.evidence[0].start if c.evidence else None
    return {
        "id": c.id or record_id(source, doc.speech, start, c.task),
        "task": c.task,
        "text": c.text,
        "evidence": [{"text": e.text, "start": e.start, "end": e.end} for e in c.evidence],
        "actors": [_actor(a) for a in c.actors],
        "projects": list(c.projects),
        "deadline": {"text": c.deadline.text, "date": c.deadline.date} if c.deadline else None,
        "targets": [_target(t) for t in c.targets],
        "progress": ({"status": c.progress.status, "percent": _num(c.progress.percent),
                      "as_of": c.progress.as_of, "text": c.progress.text} if c.progress else None),
        "speech": doc.speech,
    }


def to_contract(docs: list[DocumentRecord], *, source: str) -> dict:
    """The contract object for the records of one source document."""
    dates = [d.date for d in docs if d.date]
    return {
        "document": {"source": source, "date": dates[0] if dates else None, "speeches": len(docs)},
        "documents": [{"speech": d.speech, "title": d.title, "date": d.date, "date_source": d.date_source,
                       "place": d.place, "speaker": d.speaker} for d in docs],
        "commitments": [_commitment(c, d, source) for d in docs for c in d.commitments],
    }


# ---- back from JSON ------------------------------------------------------

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "loaders" / "records.schema.json"


@lru_cache(maxsize=1)
def schema() -> dict:
    """The JSON Schema of the contract (``loaders/records.schema.json``)."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    s = schema()
    return Draft202012Validator({"$defs": s["$defs"], "$ref": "#/$defs/extraction"})


def _where(path) -> str:
    """``['commitments', 3, 'actors', 0, 'role']`` → ``actors[0].role``."""
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def validate(obj: Any, *, source: str) -> None:
    """Raise :class:`SchemaError` naming ``source`` (and the commitment's index) when
    ``obj`` does not follow the contract's JSON Schema.

    >>> validate({"commitments": [{"task": "修路", "actors": [{"name": "甲", "role": "boss"}]}]}, source="x.json")
    Traceback (most recent call last):
    ...
    kg.errors.SchemaError: x.json: commitment 0: actors[0].role: 'boss' is not one of ['lead', 'responsible', 'assist']
    """
    from jsonschema.exceptions import best_match

    if not isinstance(obj, dict):
        raise SchemaError("the top level must be an object", source=source)
    err = best_match(_validator().iter_errors(obj), key=lambda e: (-len(e.path), e.validator in ("oneOf", "anyOf")))
    if err is None:
        return
    while err.parent is not None and err.parent.validator in ("oneOf", "anyOf"):
        err = err.parent  # "not of type 'null'" says less than the alternatives' description
    path = list(err.absolute_path)
    if len(path) >= 2 and path[0] == "commitments" and isinstance(path[1], int):
        prefix, rest = f"commitment {path[1]}: ", path[2:]
    else:
        prefix, rest = "", path
    where = _where(rest)
    msg = err.message
    if err.validator in ("oneOf", "anyOf", "type") and err.schema.get("description"):
        msg = f"{err.instance!r} does not fit; expected {err.schema['description']}"
    msg = msg if len(msg) <= 160 else msg[:157] + "…"
    raise SchemaError(f"{prefix}{where + ': ' if where else ''}{msg}", source=source)


KIND_ALIASES = {"org": "organization", "organisation": "organization", "organization": "organization",
                "person": "person", None: "organization"}


def _number(v: Any) -> Optional[float]:
    return None if v is None else float(v)


def _evidence(raw: Any) -> tuple[Evidence, ...]:
    items = [raw] if isinstance(raw, str) else (raw or [])
    return tuple(Evidence(e) if isinstance(e, str) else Evidence(e["text"], e.get("start"), e.get("end"))
                 for e in items)


def _deadline(d: Any) -> Optional[Deadline]:
    if d is None:
        return None
    if isinstance(d, str):
        return Deadline(d)
    return Deadline(d.get("text") or "", d.get("date"), d.get("precision"))


def _target_of(t: dict) -> Target:
    op, v, vmax = t.get("op") or "=", t.get("value"), None
    if isinstance(v, list):
        op, v, vmax = "range", _number(v[0]), _number(v[1])
    else:
        v = _number(v)
    return Target(t.get("metric") or "", op, v, t.get("unit"), t.get("text"), vmax)


def _parse_commitment(c: dict) -> tuple[int, CommitmentRecord]:
    p = c.get("progress")
    rec = CommitmentRecord(
        task=c["task"], text=c.get("text") or "", evidence=_evidence(c.get("evidence")),
        actors=tuple(Actor(a["name"].strip(), KIND_ALIASES[a.get("kind")], a["role"], a.get("post"),
                           a.get("place") or None) for a in c.get("actors") or ()),
        projects=tuple(c.get("projects") or ()), deadline=_deadline(c.get("deadline")),
        targets=tuple(_target_of(t) for t in c.get("targets") or ()),
        progress=Progress(p.get("status"), _number(p.get("percent")), p.get("as_of"), p.get("text")) if p else None,
        id=c.get("id"))
    return c.get("speech") or 1, rec


def from_contract(obj: dict, *, source: str) -> list[DocumentRecord]:
    """Records from a contract object; raises :class:`SchemaError` naming
    ``source`` and the commitment index on anything that does not fit."""
    validate(obj, source=source)
    doc = obj.get("document") or {}
    metas = {m["speech"]: m for m in obj.get("documents") or [] if isinstance(m.get("speech"), int)}
    by_speech: dict[int, list[CommitmentRecord]] = {}
    for c in obj.get("commitments") or []:
        speech, rec = _parse_commitment(c)
        by_speech.setdefault(speech, []).append(rec)
    n = doc.get("speeches")
    speeches = sorted(set(by_speech) | set(metas) | (set(range(1, n + 1)) if isinstance(n, int) and n > 0 else set()))
    if not speeches:
        speeches = [1]
    src = doc.get("source") or source
    out = []
    for s in speeches:
        m = metas.get(s, {})
        out.append(DocumentRecord(source=src, title=m.get("title"), date=m.get("date") or doc.get("date"),
                                  date_source=m.get("date_source"), place=m.get("place"), speaker=m.get("speaker"),
                                  speech=s, commitments=tuple(by_speech.get(s, ()))))
    return out
