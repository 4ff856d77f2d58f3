"""Matters a meeting approves, listed in one sentence (rx52)::

    会议原则同意建立县级粮油应急储备、建设乡镇垃圾就地处理示范项目、县城供水改扩建等项目,各相关单位要…

→ one commitment per matter approved where three or more are listed (a list of decisions: each is tracked on its
own), its words the task; two works approved together stay one record (a project and its second phase are often
one undertaking, as the prose rules read them).  A matter some record already quotes keeps that record.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..naming import tidy_task
from ..targets import find_targets
from .supervision import record

#: the list approved: (会议)原则同意A、B、C等(项目|事项)
_APPROVED = lazy(r"(?:会议)?(?:原则)?同意(?P<l>[^。;;,,::《》]{12,240}?)(?:等(?:项目|事项|工作|相关事宜))?(?=[,,。;;]|$)")
#: a matter that is a work or a measure: what is built, set up, handed over or reformed
_MATTER = lazy(r"建设|建立|新建|新增|改扩建|改造|扩建|实施|启动|划拨|出让|收储|储备|项目|工程|改革|整治|提升|开发|规划")


def add(b, out: list, paras: list) -> list:
    """``out`` with a record for each matter of an approved list of three or more that no record quotes."""
    new = []
    for para in paras:
        if "同意" not in para.text:
            continue
        for m in _APPROVED.finditer(para.text):
            pieces = [(m.start("l") + x.start(), m.start("l") + x.end()) for x in re.finditer(r"[^、]+", m.group("l"))]
            if len(pieces) < 3 or not all(_MATTER.search(para.text[s:e]) for s, e in pieces):
                continue
            for s, e in pieces:
                a, z = para.start + s, para.start + e
                if any(ev.start is not None and ev.start <= a and z <= ev.end and _one_matter(ev, a, z)
                       for r in out for ev in r.evidence):
                    continue
                text = para.text[s:e]
                new.append(record(b, tidy_task(re.sub(r"^(?:拟将|拟|将)", "", text)), [(a, z)], targets=find_targets(text)))
    return out + new if new else out


def _one_matter(ev, a: int, z: int) -> bool:
    """A record quoting just this matter (not the whole list, which counts as none of them)."""
    return ev.end - ev.start <= (z - a) + 20
