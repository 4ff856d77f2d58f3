"""A count done told place by place after 其中, in news of a work or a progress report (rx42)::

    截至6月10日,已完成签约86户,其中东城区40户完成31户,西湖镇28户完成28户,开发区30户完成27户。

→ one commitment per place: the place responsible, its quota (40户) the target, done so far its percent (31 of 40),
on track below the quota and done at it; the work, term and as-of date the record's the sentence is read into, whose
evidence now stops before 其中.  A breakdown of two places at least, one named with the suffix of a place or a unit;
anything else is left as it was.
"""
from __future__ import annotations

import re

from kg.model import Actor, CommitmentRecord, Evidence, Progress, Target

from ..lazyre import lazy
from ..naming import tidy_task

#: one place's part: 东城区40户完成31户 / 曾都30户完成2户 (the same measure word twice)
_PART = lazy(r"^(?P<p>[\u4e00-\u9fff]{2,12}?)(?P<n>\d+)(?P<u>户|套|个|处|栋|间|亩|家|座|宗)(?:已)?(?:完成|签约|拆除|腾空|搬迁|交房|开工|建成)(?P<m>\d+)(?P=u)$")
#: a place or a unit by its suffix
_PLACE = lazy(r"(?:县|区|市|镇|乡|街道|开发区|园区|新区|村|社区|局|公司|办事处)$")
#: where the breakdown opens
_AMONG = lazy(r"[,,;;]?\s*其中[,,]?")


def split(records: list) -> list:
    """Each record whose one piece of evidence ends with a count done place by place: the record, its evidence cut
    before 其中, and one record per place (see the module's doc)."""
    out = []
    for r in records:
        out.extend(_parts(r) or [r])
    return out


def _parts(r) -> list:
    if len(r.evidence) != 1 or "其中" not in r.evidence[0].text or r.progress is None:
        return []
    ev = r.evidence[0]
    m = _AMONG.search(ev.text)
    if not m or ev.start is None:
        return []
    tail = ev.text[m.end():].rstrip("。;; ")
    pieces, pos, found = re.split(r"[,,;;]", tail), m.end(), []
    for piece in pieces:
        k = ev.text.find(piece, pos)
        pos = k + len(piece)
        pm = _PART.match(piece.strip())
        if not pm:
            return []
        found.append((pm, ev.start + k))
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
        text = pm.group(0)
        out.append(CommitmentRecord(
            task=pm.group("p") + work, text=text, evidence=(Evidence(text, at, at + len(text)),),
            actors=(Actor(pm.group("p"), "organization", "responsible"),), deadline=r.deadline,
            targets=(Target(work, "=", float(n), pm.group("u"), text[:len(pm.group("p")) + len(pm.group("n")) + 1]),),
            projects=r.projects,
            progress=Progress("done" if done >= n else "on_track", round(100.0 * done / n, 1) if n else None,
                              r.progress.as_of, text)))
    return out
