"""Works listed below a lead that tells their status: an inspection's list of late starts and stops.

Example::

    过了开工日期仍未开工的项目分别是:
    青石县2个:
    1. 甲水泥技改项目,用地报批还在办理,没有动工。
    2. 乙物流园,待秋收后方可进场施工。
    南湾区1个:
    丙农贸市场,未开工原因是手续未完成。
    已开工的项目中,有1个项目停工,分别是:
    丁训练基地项目,因招标流标而停工。

→ one commitment per work listed, named by the line's first clause, its status the lead's (未开工 not started, 停工 /
滞后 behind), where no record gives one; the counted place headings (青石县2个:) are no work, and the lead itself is
no commitment (rx53).
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Progress

from ..lazyre import lazy
from ..segment import merged, opens_within

#: a lead ending on the list of works it gives a status: …仍未开工。这3个项目分别是: / …有1个项目停工,分别是:
_LEAD = lazy(r"(?:分别是|分别为|具体是|如下)[::]\s*$")
#: the status words of a lead, the last one told its list's: …仍未开工。这3个项目分别是:
_LEAD_STATUS = lazy(r"未开工|停工|未达到?序时进度|进度滞后|滞后")
#: the status a lead gives
_STATUS = {"未开工": "not_started", "停工": "behind"}
#: a heading counting the works of a place below it: 青石县2个: / 市直1个:
_PLACE_COUNT = lazy(r"^\s*[\u4e00-\u9fff]{2,10}?\d+个[::]\s*$")
#: a work listed, its name to the first comma: 1. 甲水泥技改项目,因… / 丙农贸市场,未开工原因是…
_ITEM = lazy(r"^\s*(?:\d{1,2}[.、.]\s*)?(?P<w>[\u4e00-\u9fffA-Za-z0-9“”()()]{4,30}?)[,,]")
#: where a work's name ends: 项目, 园, 中心, 市场 …
_WORK_END = lazy(r"(?:项目|工程|园|中心|市场|街区|基地|厂|医院|学校|小区|广场|公园|大道|路|桥)$")


def add(b, out: list, paras: list) -> list:
    """``out`` with the works listed below a status lead (:data:`_LEAD`) given its status (over a bare 'on track'), a
    record for each no rule read, and the records of the lead itself dropped."""
    status, new = None, []
    for para in paras:
        said = _lead_status(para.text)
        if said:
            status = said
            at = para.start + para.text.rfind(_tail(para.text))
            out = [r for r in out if r.actors or r.deadline or not (r.evidence and (r.evidence[0].start or -1) >= at)
                   or not opens_within(r, para)]
            continue
        if status is None or _PLACE_COUNT.match(para.text):
            continue
        m = _ITEM.match(para.text)
        if not m or not _WORK_END.search(m.group("w")):
            status = None  # (the list has ended)
            continue
        new += _listed(b, out, para, m.group("w"), status)
    return merged(out, new)


def _listed(b, out: list, para, work: str, status: str) -> list:
    """``[record]`` of a work listed in ``para`` no record reads, with the lead's status; else ``[]``, the record
    there given the status where it told none or only 'on track' (暂无法开工: not under way)."""
    from .supervision import record
    k = next((k for k, r in enumerate(out) if opens_within(r, para)), None)
    if k is None:
        body = para.text.rstrip().rstrip("。")
        return [record(b, work, [(para.start, para.start + len(body))], progress=Progress(status, None, b.as_of, body[:40]))]
    if out[k].progress is None or out[k].progress.status in (None, "on_track"):
        out[k] = replace(out[k], task=work if len(out[k].task) < 4 else out[k].task,
                         progress=Progress(status, None, b.as_of, para.text[:40]))
    return []


#: statuses besides the lead's in its sentences: a count of each (已完成6项,按序时推进10项,滞后4项) is no one status
_MIXED = lazy(r"已完成|按序时|正常推进|已开工(?!的)")


def _lead_status(text: str):
    """The status a lead gives the works listed after it (…仍未开工。这3个项目分别是: → not started), else None."""
    tail = _tail(text) if _LEAD.search(text) else ""
    said = _LEAD_STATUS.findall(tail) if not _MIXED.search(tail) else []
    return _STATUS.get(said[-1], "behind") if said else None


def _tail(text: str) -> str:
    """The last two sentences of a lead: …另有3个过了开工日期仍未开工。这3个项目分别是:"""
    parts = re.split(r"(?<=[。;;])", text.rstrip())
    return "".join(parts[-2:])
