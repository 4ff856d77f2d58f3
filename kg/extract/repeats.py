"""A commitment a news story tells again: in its headline, its lead and its body (rx52).

    青石县30个重点项目9月底前要全部开工            (the headline)
    …县长主持召开常务会议,强调…确保30个重点项目9月底前全部开工。   (the lead)
    会议强调,…;突出项目建设,确保30个重点项目9月底前全部开工;…      (the body)

→ one commitment, its evidence every telling.  Two records are one where they name the same targets and the same
dated term, name no actors that differ, and tell the same figure with the same
words right after it (30个重点项目): the same work told again, not two works that happen to share a count and a term.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import CommitmentRecord


#: how far into a speech a story's headline, lead and body tell it again (a work stated again far on is another
#: commitment, as kg/resolve.py counts it)
REACH = 3000


def merged(records: list[CommitmentRecord], start: int = 0) -> list[CommitmentRecord]:
    """``records`` with each record told again within :data:`REACH` characters of the speech's ``start`` folded
    into the first telling (its evidence appended)."""
    out: list[CommitmentRecord] = []
    near: list[int] = []  # (where in ``out`` the records within reach stand)
    for r in records:
        if not r.evidence or r.evidence[0].start is None or r.evidence[0].start >= start + REACH:
            out.append(r)
            continue
        k = next((k for k in near if _same(out[k], r)), None)
        if k is None:
            near.append(len(out))
            out.append(r)
            continue
        o = out[k]
        ev = tuple(o.evidence) + tuple(e for e in r.evidence if e not in o.evidence)
        out[k] = replace(o, evidence=ev, text=" ".join(e.text for e in ev),
                         actors=o.actors or r.actors, progress=o.progress or r.progress)
    return out


def _same(a: CommitmentRecord, b: CommitmentRecord) -> bool:
    if not a.deadline or not a.deadline.date or not b.deadline or b.deadline.date != a.deadline.date:
        return False
    if {(t.value, t.unit) for t in a.targets} != {(t.value, t.unit) for t in b.targets}:
        return False
    if a.actors and b.actors and {x.name for x in a.actors} != {x.name for x in b.actors}:
        return False
    return bool(_told(a) & _told(b))


#: a count and the words right after it: 30个重点项目 (not a date: 3月底前建成)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:个|项|件|所|座|条|处|户|家|套|公里|亩|万|亿|%)[\u4e00-\u9fff%]{1,8}")


def _told(r: CommitmentRecord) -> set[str]:
    return {m.group() for e in r.evidence for m in _FIGURE.finditer(e.text) if len(m.group()) >= 4}
