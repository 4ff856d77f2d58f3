"""The JSON contract of ``kg extract --format json`` (see ../shared/eval/README.md
and docs/extraction.md): records to a dict and back.

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

import hashlib
from typing import Any, Optional

from kg.errors import SchemaError
from kg.model import (ACTOR_KINDS, OPS, ROLES, STATUSES, Actor, CommitmentRecord, Deadline,
                      DocumentRecord, Evidence, Progress, Target)

KIND_ALIASES = {"org": "organization", "organisation": "organization", "organization": "organization",
                "person": "person"}


def commitment_id(source: str, speech: int, start: Optional[int], task: str) -> str:
    """Stable id: sha1 of source, speech, first evidence offset and task; 12 hex digits."""
    key = f"{source}\x1f{speech}\x1f{start}\x1f{task}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def _num(v: Optional[float]) -> Any:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


def _target(t: Target) -> dict:
    value = [_num(t.value), _num(t.value_max)] if t.op == "range" else _num(t.value)
    return {"metric": t.metric, "op": t.op, "value": value, "unit": t.unit, "text": t.text}


def _actor(a: Actor) -> dict:
    out = {"name": a.name, "kind": a.kind, "role": a.role}
    if a.place:  # the place an organization belongs to, where known
        out["place"] = a.place
    return out


def _commitment(c: CommitmentRecord, doc: DocumentRecord, source: str) -> dict:
    start = c.evidence[0].start if c.evidence else None
    return {
        "id": c.id or commitment_id(source, doc.speech, start, c.task),
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

def _fail(msg: str, source: str, index: Optional[int] = None) -> SchemaError:
    where = f"commitment {index}: " if index is not None else ""
    return SchemaError(where + msg, source=source)


def _str(obj: dict, key: str, source: str, i: Optional[int], required: bool = False) -> Optional[str]:
    v = obj.get(key)
    if v is None:
        if required:
            raise _fail(f"missing {key!r}", source, i)
        return None
    if not isinstance(v, str):
        raise _fail(f"{key!r} must be a string, not {type(v).__name__}", source, i)
    return v


def _int(v: Any, what: str, source: str, i: Optional[int]) -> Optional[int]:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int):
        raise _fail(f"{what} must be an integer", source, i)
    return v


def _number(v: Any, what: str, source: str, i: int) -> Optional[float]:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        try:
            return float(v)
        except (TypeError, ValueError):
            raise _fail(f"{what} must be a number", source, i) from None
    return float(v)


def _list(obj: dict, key: str, source: str, i: int) -> list:
    v = obj.get(key)
    if v is None:
        return []
    if not isinstance(v, list):
        raise _fail(f"{key!r} must be a list", source, i)
    return v


def _parse_commitment(c: Any, source: str, i: int) -> tuple[int, CommitmentRecord]:
    if not isinstance(c, dict):
        raise _fail("must be an object", source, i)
    task = _str(c, "task", source, i, required=True)
    ev = []
    raw_ev = c.get("evidence")
    for e in ([raw_ev] if isinstance(raw_ev, str) else _list(c, "evidence", source, i)):
        if isinstance(e, str):
            ev.append(Evidence(e))
        elif isinstance(e, dict) and isinstance(e.get("text"), str):
            ev.append(Evidence(e["text"], _int(e.get("start"), "evidence start", source, i),
                               _int(e.get("end"), "evidence end", source, i)))
        else:
            raise _fail("evidence items need a 'text'", source, i)
    actors = []
    for a in _list(c, "actors", source, i):
        if not isinstance(a, dict) or not isinstance(a.get("name"), str) or not a["name"].strip():
            raise _fail("actors need a 'name'", source, i)
        kind = KIND_ALIASES.get(a.get("kind") or "organization")
        if kind not in ACTOR_KINDS:
            raise _fail(f"actor kind {a.get('kind')!r} is not one of person, organization", source, i)
        role = a.get("role")
        if role not in ROLES:
            raise _fail(f"actor role {role!r} is not one of {', '.join(ROLES)}", source, i)
        place = a.get("place")
        if place is not None and not isinstance(place, str):
            raise _fail("actor place must be a string", source, i)
        actors.append(Actor(a["name"].strip(), kind, role, a.get("post"), place or None))
    projects = []
    for p in _list(c, "projects", source, i):
        if not isinstance(p, str):
            raise _fail("projects must be strings", source, i)
        projects.append(p)
    deadline = None
    d = c.get("deadline")
    if d is not None:
        if isinstance(d, str):
            deadline = Deadline(d)
        elif isinstance(d, dict):
            deadline = Deadline(_str(d, "text", source, i) or "", _str(d, "date", source, i), d.get("precision"))
        else:
            raise _fail("deadline must be an object or null", source, i)
    targets = []
    for t in _list(c, "targets", source, i):
        if not isinstance(t, dict):
            raise _fail("targets must be objects", source, i)
        op = t.get("op") or "="
        if op not in OPS:
            raise _fail(f"target op {op!r} is not one of {' '.join(OPS)}", source, i)
        v = t.get("value")
        vmax = None
        if op == "range" or isinstance(v, list):
            if not isinstance(v, list) or len(v) != 2:
                raise _fail("a range target needs value [lo, hi]", source, i)
            v, vmax = _number(v[0], "target value", source, i), _number(v[1], "target value", source, i)
            op = "range"
        else:
            v = _number(v, "target value", source, i)
        targets.append(Target(t.get("metric") or "", op, v, t.get("unit"), t.get("text"), vmax))
    progress = None
    p = c.get("progress")
    if p is not None:
        if not isinstance(p, dict):
            raise _fail("progress must be an object or null", source, i)
        if p.get("status") is not None and p.get("status") not in STATUSES:
            raise _fail(f"progress status {p.get('status')!r} is not one of {', '.join(STATUSES)}", source, i)
        progress = Progress(p.get("status"), _number(p.get("percent"), "progress percent", source, i),
                            _str(p, "as_of", source, i), _str(p, "text", source, i))
    speech = _int(c.get("speech", 1), "speech", source, i) or 1
    rec = CommitmentRecord(task=task, text=_str(c, "text", source, i) or "", evidence=tuple(ev),
                           actors=tuple(actors), projects=tuple(projects), deadline=deadline,
                           targets=tuple(targets), progress=progress, id=_str(c, "id", source, i))
    return speech, rec


def from_contract(obj: dict, *, source: str) -> list[DocumentRecord]:
    """Records from a contract object; raises :class:`SchemaError` naming
    ``source`` and the commitment index on anything that does not fit."""
    if not isinstance(obj, dict):
        raise _fail("the top level must be an object", source)
    doc = obj.get("document") or {}
    if not isinstance(doc, dict):
        raise _fail("'document' must be an object", source)
    cs = obj.get("commitments")
    if cs is None:
        cs = []
    if not isinstance(cs, list):
        raise _fail("'commitments' must be a list", source)
    metas = {}
    for m in obj.get("documents") or []:
        if isinstance(m, dict) and isinstance(m.get("speech"), int):
            metas[m["speech"]] = m
    by_speech: dict[int, list[CommitmentRecord]] = {}
    for i, c in enumerate(cs):
        speech, rec = _parse_commitment(c, source, i)
        by_speech.setdefault(speech, []).append(rec)
    n = doc.get("speeches")
    speeches = sorted(set(by_speech) | set(metas) | (set(range(1, n + 1)) if isinstance(n, int) and n > 0 else set()))
    if not speeches:
        speeches = [1]
    src = doc.get("source") if isinstance(doc.get("source"), str) else source
    out = []
    for s in speeches:
        m = metas.get(s, {})
        out.append(DocumentRecord(source=src, title=m.get("title"), date=m.get("date") or doc.get("date"),
                                  date_source=m.get("date_source"), place=m.get("place"), speaker=m.get("speaker"),
                                  speech=s, commitments=tuple(by_speech.get(s, ()))))
    return out
