"""A count done told place by place after 其中, in news of a work or a progress report (rx42)::

    截至6月10日,已完成签约86户,其中东城区40户完成31户,西湖镇28户完成28户,开发区30户完成27户。

→ one commitment per place: the place responsible, its quota (40户) the target, done so far its percent (31 of 40),
on track below the quota and done at it; the work, term and as-of date the record's the sentence is read into, whose
evidence now stops before 其中.  A breakdown of two places at least, one named with the suffix of a place or a unit;
anything else is left as it was.  A quota shared out place by place in brackets (存量14081户(东城区9721户、西山县1526户
<去年提前实施>)) gives one record per place the same way, beside the record of the whole.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from kg.model import Actor, CommitmentRecord, Evidence, Progress, Target

from ..lazyre import lazy
from ..naming import tidy_task
from ..segment import Span

#: one place's part: 东城区40户完成31户 / 曾都30户完成2户 (the same measure word twice)
_PART = lazy(r"^(?P<p>[\u4e00-\u9fff]{2,12}?)(?P<n>\d+)(?P<u>户|套|个|处|栋|间|亩|家|座|宗)(?:已)?(?:完成|签约|拆除|腾空|搬迁|交房|开工|建成)(?P<m>\d+)(?P=u)$")
#: a place or a unit by its suffix
_PLACE = lazy(r"(?:县|区|市|镇|乡|街道|开发区|园区|新区|村|社区|局|公司|办事处)$")
#: where the breakdown opens
_AMONG = lazy(r"[,,;;]?\s*其中[,,]?")


def split(records: list) -> list:
    """Each record whose one piece of evidence ends with a count done place by place: the record, its evidence cut
    before 其中, and one record per place (see the module's doc); or whose quota is shared out place by place in
    brackets (see :func:`_shares`)."""
    out = []
    for r in records:
        shares, told = _shares(r)
        if shares:  # (the whole keeps its own quota, not the places' shares)
            r = replace(r, targets=tuple(t for t in r.targets if not (t.text and t.text in told)))
        out.extend(_parts(r) or [r])
        out.extend(shares)
    return out


#: a quota shared out place by place in brackets: 存量14081户(东城区9721户、西山县1526户<去年提前实施>、…)
_SHARES = lazy(r"[((](?P<l>(?:[\u4e00-\u9fff]{2,8}?(?:县|区|市|镇|乡|街道|旗)\d+(?:\.\d+)?(?:户|个|套|座|亩|公里|人|所|处)"
               r"(?:<[^<>]{2,20}>)?[、,,]?){2,})[))]")
_SHARE = lazy(r"(?P<p>[\u4e00-\u9fff]{2,8}?(?:县|区|市|镇|乡|街道|旗))(?P<n>\d+(?:\.\d+)?)(?P<u>户|个|套|座|亩|公里|人|所|处)(?:<(?P<note>[^<>]{2,20})>)?")
#: a place's share told done already: <2018年提前实施> / <已完成>
_SHARE_DONE = lazy(r"提前实施|提前完成|已完成|已实施")


def _shares(r) -> tuple[list, str]:
    """存量14081户(东城区9721户、西山县1526户<去年提前实施>): one record per place, responsible for its share (its target),
    done where its note says so, else as the record stands; the record's term and work theirs (rx42)."""
    if len(r.evidence) != 1 or r.evidence[0].start is None or not re.search(r"[((]", r.evidence[0].text):
        return [], ""
    ev = r.evidence[0]
    m = _SHARES.search(ev.text)
    if not m:
        return [], ""
    work = re.sub(r"^(?:需要|需)?(?:消除|完成)?", "", tidy_task(r.task)) or r.task
    out = []
    for p in _SHARE.finditer(ev.text, m.start("l"), m.end("l")):
        at = ev.start + p.start()
        done = bool(p.group("note") and _SHARE_DONE.search(p.group("note")))
        prog = Progress("done", None, r.progress.as_of if r.progress else None, p.group("note")) if done else r.progress
        out.append(_place_record(r, p, at, work, None if done else r.deadline, prog))
    return out, m.group("l")


def _pieces(text: str, at: int, base: int, rx, sep: str) -> list:
    """The pieces of ``text`` after ``at`` (apart by ``sep``), each matched by ``rx``, with its offset (``base`` the
    text's); ``[]`` where any piece does not match."""
    found, pos = [], at
    for piece in re.split(sep, text[at:].rstrip("。;; ")):
        k = text.find(piece, pos)
        pos = k + len(piece)
        pm = rx.match(piece.strip())
        if not pm:
            return []
        found.append((pm, base + k + len(piece) - len(piece.lstrip())))
    return found


def _parts(r) -> list:
    if len(r.evidence) != 1 or "其中" not in r.evidence[0].text or r.progress is None:
        return []
    ev = r.evidence[0]
    m = _AMONG.search(ev.text)
    if not m or ev.start is None:
        return []
    found = _pieces(ev.text, m.end(), ev.start, _PART, r"[,,;;]")
    if len(found) < 2 or not any(_PLACE.search(pm.group("p")) for pm, _ in found):
        return []
    head = ev.text[:m.start()]
    parent = CommitmentRecord(task=r.task, text=head, evidence=(Evidence(head, ev.start, ev.start + len(head)),),
                              actors=r.actors, deadline=r.deadline, targets=r.targets, projects=r.projects,
                              progress=r.progress)
    work = re.sub(r"^(?:已经?)?完成", "", tidy_task(re.sub(r"\d+(?:\.\d+)?[\u4e00-\u9fff]?$", "", r.task))) or r.task
    out = [parent]
    for pm, at in found:
        n, done = int(pm.group("n")), int(pm.group("m"))
        out.append(_place_record(r, pm, at, work, r.deadline,
                                 Progress("done" if done >= n else "on_track", round(100.0 * done / n, 1) if n else None,
                                          r.progress.as_of, pm.group(0))))
    return out


def _place_record(r, m: re.Match, at: int, work: str, deadline, progress) -> CommitmentRecord:
    """A place's part of the record ``r``: the place (group ``p``) responsible for its share (``n`` ``u``) of the work,
    quoted from ``m`` at ``at``."""
    text = m.group(0)
    return CommitmentRecord(task=m.group("p") + work, text=text, evidence=(Evidence(text, at, at + len(text)),),
                            actors=(Actor(m.group("p"), "organization", "responsible"),), deadline=deadline,
                            targets=(Target(work, "=", float(m.group("n")), m.group("u"), m.group("p") + m.group("n") + m.group("u")),),
                            projects=r.projects, progress=progress)


# ---- a sentence of a report: 其中,A 32个项目开复工28个,开复工率为87.5%;B 11个项目开复工8个,… ------------------------

#: a place's or a level's set and how many of it began: 市本级32个项目开复工28个(,开复工率为87.5%)
_SET_PART = lazy(r"^(?P<p>[\u4e00-\u9fff]{2,10}?)(?P<n>\d+)(?P<u>个|项)(?P<w>项目|工程|事项)?(?:已)?(?P<v>开复工|复工|开工|完工|竣工|完成|建成)(?P<m>\d+)(?P=u)"
                   r"(?:[,,][^,,;;]*?(?P<r>\d+(?:\.\d+)?)%)?$")


def set_parts(b, para, sent) -> Optional[int]:
    """A sentence of a report opened by 其中 that breaks a set down by place or level, two parts at least (each
    ``A 32个项目开复工28个,开复工率为87.5%``, parts apart by ;): one commitment per part, appended; the offset in the
    paragraph where reading goes on, else None (a spanning shape of :mod:`.supervision`)."""
    if not sent.text.lstrip().startswith("其中"):
        return None
    rel = sent.start - para.start
    end = para.text.find("。", rel)
    end = len(para.text) if end < 0 else end + 1
    recs = _set_parts(b, Span(para.text[rel:end], sent.start, para.start + end))
    if not recs:
        return None
    b.out.extend(recs)
    return end


def _set_parts(b, sent):
    from .supervision import record, report_as_of
    m = _AMONG.match(sent.text)
    if not m:
        return None
    found = _pieces(sent.text, m.end(), sent.start, _SET_PART, r"[;;]")
    if len(found) < 2:
        return None
    out = []
    for pm, at in found:
        n, done = float(pm.group("n")), float(pm.group("m"))
        work = pm.group("p") + (pm.group("w") or "项目")
        pct = float(pm.group("r")) if pm.group("r") else round(100.0 * done / n, 1)
        out.append(record(b, work, [(at, at + len(pm.group(0)))], targets=[Target(work, "=", n, pm.group("u"), pm.group("n") + pm.group("u"))],
                          progress=Progress("done" if done >= n else "on_track", pct, report_as_of(b, sent.text), pm.group(0)[:60])))
    return out
