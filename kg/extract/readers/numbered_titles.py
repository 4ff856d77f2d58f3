"""Proposals, motions or matters listed by their numbers and titles, in a unit's pledge to handle them (rx42)::

    交由我局主办的8件提案(提案名称如下:第12号《关于加快城区供水管网改造的建议》、第15号《关于整治东湖水质的建议》、…)

→ one commitment per title, named by what it asks (城区供水管网改造提案办理), the actors and term of the record read from
the sentence theirs; that record stays for the whole set.  Three titles at least, each after its number (第12号).
"""
from __future__ import annotations

import dataclasses
import re

from kg.model import CommitmentRecord, Deadline, Evidence

from ..deadlines import find_deadlines

from ..lazyre import lazy

#: a numbered title: 第44号《关于加快推进X的建议》
_TITLE = lazy(r"第\d+号\s*《(?P<t>[^《》]{4,60})》")
#: the frame of a title around what it asks: 关于(加快推进)X(的建议|的提案|的议案)
_FRAME = lazy(r"^关于|(?:的)?(?:建议|提案|议案|意见|报告)$")
_URGING = lazy(r"^(?:加快推进|加快|加强|推进|进一步|尽快|早日|切实|促成|提高|做大做强)+")


def split(records: list, text: str, orig: str, doc=None) -> list:
    """Each record whose sentence in ``text`` (the folded text; ``orig`` the original, for the evidence) lists three
    numbered titles or more: it, then one record per title (each title once); ``doc`` the document's date, for a
    term told after the titles (:func:`_term_after`)."""
    out, seen = [], set()
    records = _term_after(records, text, doc)
    for r in records:
        out.append(r)
        recs = [x for x in _titles(r, text, orig) if x.evidence[0].start not in seen]
        seen.update(x.evidence[0].start for x in recs)
        out.extend(recs)
    return out


def _term_after(records: list, text: str, doc) -> list:
    """…(提案名称如下:第12号《…》、…),9月底前全部办结: the term told after the titles, in their
    sentence, is the set's (and so each title's); a record of that clause alone is no commitment of its own (rx52)."""
    if doc is None:
        return records
    out = list(records)
    for r in records:
        span = _sentence_of(r, text)
        found = list(_TITLE.finditer(text, *span)) if span else []
        if len(found) < 3 or r.evidence[0].start >= found[0].start():
            continue
        tail = text[found[-1].end():span[1]]
        terms = [d for d in find_deadlines(tail, doc) if d.date]
        if not terms:
            continue
        due = Deadline(terms[0].text, terms[0].date, terms[0].precision)
        out = [dataclasses.replace(x, deadline=due) if x is r else x for x in out
               if x is r or not _in_tail(x, found[-1].end(), span[1])]
    return out


def _in_tail(x, s: int, e: int) -> bool:
    """A record read from the clauses after the titles alone (我们将…办理落实到位): the set's term, no work of its own."""
    return bool(x.evidence) and x.evidence[0].start is not None and s <= x.evidence[0].start < e and not x.targets


def _sentence_of(r, text: str):
    """``(start, end)`` of the sentence in ``text`` where ``r``'s first evidence starts, else None."""
    if not r.evidence or r.evidence[0].start is None:
        return None
    at = r.evidence[0].start
    s = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    return s, min(x for x in (text.find("。", at), text.find("\n", at), len(text)) if x >= 0)


def _titles(r, text: str, orig: str) -> list:
    span = _sentence_of(r, text)
    if span is None:
        return []
    s, e = span
    sent = text[s:e]
    if "号《" not in sent:
        return []
    found = list(_TITLE.finditer(sent))
    if len(found) < 3:
        return []
    kind = "提案" if re.search(r"提案|政协", sent) else "议案" if "议案" in sent else "建议"
    recs = []
    for m in found:
        asked = _URGING.sub("", _FRAME.sub("", _FRAME.sub("", m.group("t"))))
        k, quoted = s + m.start(), orig[s + m.start():s + m.end()]
        recs.append(CommitmentRecord(task=(asked or m.group("t")) + kind + "办理", text=quoted,
                                     evidence=(Evidence(quoted, k, k + len(quoted)),),
                                     actors=r.actors, deadline=r.deadline, projects=r.projects))
    return recs
