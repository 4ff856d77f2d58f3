"""How a quota stands, told in the paragraph below the one that sets it.

Example::

    今年,市下达我县农村改厕任务3000户,要求10月底前全面完成,由县农业农村局牵头。

    截至目前,全县已完成改厕2940户,完成率98%。

→ the second paragraph keeps no commitment of its own; its progress (on track,
98%) is the commitment's above.  Only a paragraph that opens with the date of a
count (截至目前, 截至8月底, 目前), names no modal, and counts in a unit of the
commitment's targets (户 here) or gives a rate or a share of the plan; only a
commitment of the paragraph just above, the last one there, with no progress
of its own (rx22).
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Evidence

from ..lazyre import lazy
from ..progress import find_progress
from ..vocab import MODAL_RX

#: the date of a count opening a paragraph: 截至目前, / 截至9月15日, / 目前, / 到8月底,
_COUNT_DATE = lazy(r"^(?:截至|截止|到)(?:目前|[^,,。;]{2,12}?(?:底|末|日|止))[,,]|^(?:目前|至今|当前)[,,]")
#: a rate or a share of the plan: 完成率98% / 占任务的92.9% / 占年度计划的70%
_SHARE = lazy(r"(?:完成率|进度)(?:为|达到?)?\d+(?:\.\d+)?%|占[^,,。;]{0,8}?(?:任务|计划)[^,,。;]{0,4}?\d+(?:\.\d+)?%")
#: at most this many characters: a paragraph of one count, not a report of its own
_MOST = 120


def add(records: list, paras: list, as_of, year) -> list:
    """``records`` with the progress each status paragraph below a commitment gives it."""
    if not records:
        return records
    out = list(records)
    for k in range(1, len(paras)):
        para = paras[k]
        text = para.text.strip()
        if len(text) > _MOST or not _COUNT_DATE.match(text) or MODAL_RX.search(text):
            continue
        if any(e.start is not None and para.start <= e.start < para.end for r in out for e in r.evidence):
            continue  # it keeps a commitment of its own
        above = paras[k - 1]
        j = _record_above(out, above, -1)
        if j is None or out[j].progress is not None or not _counts_alike(out[j], text):
            continue
        progress = find_progress(text, as_of, year)
        if progress is None:
            continue
        lead = len(para.text) - len(para.text.lstrip())
        ev = Evidence(text, para.start + lead, para.start + lead + len(text))
        out[j] = replace(out[j], progress=progress, evidence=out[j].evidence + (ev,))
    return out


def _counts_alike(rec, text: str) -> bool:
    """The paragraph counts what the commitment's targets count (户, 套 …), or gives a rate or share."""
    if _SHARE.search(text):
        return bool(rec.targets)
    units = {t.unit for t in rec.targets if t.unit and t.unit != "%"}
    return any(re.search(r"\d" + re.escape(u), text) for u in units)


#: a paragraph telling how the item above stands: 此项工作已完成。 / 该项任务正在推进 / 本件实事已全面完成 (rx50)
_THIS_ITEM = lazy(r"^(?:此|该|本|这)(?:项|件)(?:工作|任务|实事|事项)?(?=已|正在|尚未|未|基本|全面|按|有序|顺利|进展)")


def this_item(records: list, paras: list, as_of, year) -> list:
    """``records`` where a paragraph opening on the item above (``1.减少X6万人(责任单位:…)`` ⏎ ``此项工作已完成。截至12月
    底,全市完成…``) gives that item its status (its verdict on the item, over what the figures told) and is its evidence; what the paragraph tells after
    (the figures by place, the funds) is that item's report, no record of its own (rx50)."""
    out = list(records)
    for k in range(1, len(paras)):
        para = paras[k]
        text = para.text.strip()
        if not _THIS_ITEM.match(text):
            continue
        above = paras[k - 1]
        j = _record_above(out, above, 0)
        first = text.split("。", 1)[0]
        progress = find_progress(first, as_of, year)
        if j is None or progress is None:
            continue
        lead = len(para.text) - len(para.text.lstrip())
        ev = Evidence(text, para.start + lead, para.start + lead + len(text))
        item = replace(out[j], progress=progress, evidence=out[j].evidence + (ev,))  # (its verdict on the item stands)
        out = [item if i == j else r for i, r in enumerate(out) if i == j or not _starts_in(r, para, 0)]
    return out


def _record_above(out: list, above, k: int):
    """The index of the last record whose ``k``-th piece of evidence (0: the first, -1: the last) starts in the
    paragraph ``above``, else None."""
    return next((j for j in range(len(out) - 1, -1, -1) if _starts_in(out[j], above, k)), None)


def _starts_in(rec, para, k: int) -> bool:
    """Whether the record's ``k``-th piece of evidence starts inside ``para``."""
    e = rec.evidence[k] if rec.evidence else None
    return e is not None and e.start is not None and para.start <= e.start < para.end
