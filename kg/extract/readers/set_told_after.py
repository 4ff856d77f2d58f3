"""A counted set whose status is told after it by a tally of its parts (rx30).

Progress notices and rectification reports count a set first and give its breakdown by status a sentence or
two later::

    对照反馈意见梳理出4个方面21个具体问题,制定整改措施58条。截至9月10日,21个问题已完成整改17个,正在整改4个。

→ the set (21个问题) read without a status takes the tally's: done where the parts done reach the whole, else on
track; behind where the tally tells parts overdue (逾期未办结) or a term run out (整改期已届满); the rate the
tally states (整改完成率78.6%) its percent.  Only the paragraph of the set and the one after it are looked in,
and only a tally of the set's own measure word (个 / 项 / 件 / 条 / 宗).
"""
from __future__ import annotations

from dataclasses import replace

from kg.model import Progress

from ..lazyre import lazy

#: the measure words a set is counted in
_UNITS = ("项", "个", "件", "条", "宗")
#: a part told done: 已完成整改17个 / 已办结29件 / 已兑现86项 / 已化解息诉21件 / 已完成并销号15项
_DONE_PART = lazy(r"已(?:经)?(?:全部)?(?:完成|办结|兑现|销号|化解|整改|落实)[\u4e00-\u9fff]{0,6}?(?P<n>\d+)(?P<u>[项个件条宗])")
#: the other parts of a tally: 正在整改4个 / 序时推进4项 / 滞后3项 / 未启动1项
_OTHER_PART = lazy(r"(?:正在|按序时|序时|达到序时|推进|滞后|未启动|尚未|未完成|逾期)[\u4e00-\u9fff]{0,6}?\d+[项个件条宗]")
#: parts overdue or a term run out: the set is behind
_OVERDUE = lazy(r"逾期(?:未|仍未)?(?:办结|完成|整改)|已(?:经)?届满|超期未")
#: the share the tally states: 整改完成率78.6% / 兑现率87.8% / 办结率90%
_RATE = lazy(r"(?:完成率|兑现率|办结率|整改率|销号率|化解率)(?:为|达|达到)?(?P<p>\d+(?:\.\d+)?)%")


def _tally(text: str, unit: str):
    """``(done, told, rate)`` of the tally in ``text`` of parts counted in ``unit``: the parts done, whether other parts are
    told, the rate stated; None where there is no tally."""
    done = [int(m.group("n")) for m in _DONE_PART.finditer(text) if m.group("u") == unit]
    others = _OTHER_PART.search(text)
    rate = _RATE.search(text)
    if not (done and (others or rate)) and not (others and rate):
        return None  # (一、已经完成的2件: a heading over items, no tally of the set)
    return sum(done), bool(others), float(rate.group("p")) if rate else None


def _status(whole: float, tally, text: str) -> Progress:
    done, others, rate = tally
    if done >= whole and not others:
        return Progress("done", None, None, text[:60])
    status = "behind" if _OVERDUE.search(text) else "on_track"
    return Progress(status, rate if rate is not None and rate < 100 else None, None, text[:60])


def add(out: list, paras: list, as_of) -> list:
    """``out`` with each counted set without a status given the status of the tally after it."""
    if not any(r.progress is None and not r.actors for r in out):
        return out
    for k, r in enumerate(out):
        counted = [t for t in r.targets if t.unit in _UNITS and t.op == "=" and t.value and t.value >= 3]
        if r.progress is not None or r.actors or not counted or not r.evidence or r.evidence[0].start is None:
            continue
        text = _after(paras, r.evidence[-1].end or r.evidence[0].start)
        tally = _tally(text, counted[0].unit) if text else None
        if tally:
            out[k] = replace(r, progress=replace(_status(counted[0].value, tally, text), as_of=as_of))
    return out


def _after(paras: list, at: int) -> str:
    """The text after offset ``at`` in its paragraph and the paragraph after it (400 characters at most)."""
    i = next((i for i, p in enumerate(paras) if p.start <= at <= p.end), None)
    if i is None:
        return ""
    text = paras[i].text[at - paras[i].start:] + ("\n" + paras[i + 1].text if i + 1 < len(paras) else "")
    return text[:400]
