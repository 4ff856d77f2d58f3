"""A share of the year's plan set against the share of the year gone (序时进度).

A supervision notice on investment reports a percent of the annual plan for a
period (``1-7月完成投资2.1亿元,占年计划的30%``).  The percent alone reads as
``on_track``; set against the months gone it tells more: 30% of the year's
plan after seven months (58% of the year) is behind.  A share under four
fifths of the share of the year gone is ``behind`` (62% after nine months is
on track, 45% is not); a text that names the pace itself (达到序时, 按序时推进)
keeps its word.

The months gone come from the record's own text (``1-7月``, ``1至7月底``,
``上半年``, ``前三季度``, ``截至7月底``), else from the report's as-of date.

>>> from kg.model import CommitmentRecord, Progress
>>> r = CommitmentRecord("东湖区重点项目", text="1-7月,东湖区12个重点项目完成投资2.1亿元,占年计划的30%",
...                      progress=Progress("on_track", 30.0, None, "占年计划的30%"))
>>> paced([r], None)[0].progress.status
'behind'
>>> r = CommitmentRecord("西山片区项目", text="上半年完成投资4.5亿元,占年度计划的52%",
...                      progress=Progress("on_track", 52.0, None, "占年度计划的52%"))
>>> paced([r], None)[0].progress.status
'on_track'
>>> r = CommitmentRecord("城南路改造", text="城南路改造完成工程量的30%", progress=Progress("on_track", 30.0, None, "完成工程量的30%"))
>>> paced([r], "2024-10-31")[0].progress.status
'on_track'
"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import replace
from typing import Optional

from kg.model import CommitmentRecord

from .vocab import ON_TRACK_RX

#: the percent is of the year's plan: 占年计划的30% / 投资完成了年度计划的27.4% / 年度投资计划…完成率24%
_OF_YEAR = lazy(r"(?:年度?|全年)[\u4e00-\u9fff]{0,6}?(?:计划|目标|任务)|年度总投资")
_NUM = "一二三四五六七八九十"
#: the period the figures cover: 1-7月 / 一至七月 / 1至7月底
_SPAN = lazy(r"(?:1|一)\s*[-—~至到]\s*(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月")
_TO = lazy(r"(?:(?:截至|截止)(?:到|至)?|(?:^|(?<=[,,。::]))至)(?:(?:19|20)\d\d年)?(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)日|底|末)")
_HALVES = (("前三季度", 9), ("三季度末", 9), ("上半年", 6), ("一季度", 3), ("第一季度", 3))
#: how much of the year's pace a share must reach to be on track
_PACE = 0.8


def _month(s: str) -> int:
    return int(s) if s.isdigit() else (10 + (_NUM.index(s[1]) + 1 if len(s) > 1 else 0) if s[0] == "十" else _NUM.index(s) + 1)


def months_gone(text: str, as_of: Optional[str] = None) -> Optional[float]:
    """The months of the year the figures of ``text`` cover, else those up to ``as_of``.

    >>> months_gone("1至7月底,完成投资"), months_gone("截至9月15日,已完成"), months_gone("前三季度完成")
    (7.0, 8.5, 9.0)
    >>> months_gone("完成投资", "2024-06-30"), months_gone("完成投资") is None
    (6.0, True)
    """
    m = _SPAN.search(text)
    if m:
        return float(_month(m.group("m")))
    m = _TO.search(text)
    if m:
        mo = int(m.group("m"))
        return mo - 1 + min(int(m.group("d")), 30) / 30 if m.group("d") else float(mo)
    for word, mo in _HALVES:
        if word in text:
            return float(mo)
    if as_of and re.match(r"\d{4}-\d\d-\d\d$", as_of):
        return int(as_of[5:7]) - 1 + min(int(as_of[8:10]), 30) / 30
    return None


def below_pace(percent: float, months: float) -> bool:
    """Whether a share of the year's plan is under the pace of ``months`` of the year gone by.

    >>> below_pace(31.5, 7), below_pace(62.0, 9), below_pace(45.0, 6)
    (True, False, False)
    """
    return percent < months / 12 * 100 * _PACE


def _behind_pace(r: CommitmentRecord, as_of: Optional[str]) -> bool:
    p = r.progress
    if p is None or p.status != "on_track" or p.percent is None or p.percent >= 100:
        return False
    text = r.text or ""
    i = text.find(p.text) if p.text else -1
    before = text[:i + len(p.text)] if i >= 0 else text
    if not _OF_YEAR.search(before[-40:]) or ON_TRACK_RX.search(text):
        return False
    gone = months_gone(text, as_of)
    return gone is not None and below_pace(p.percent, gone)


def paced(records: list[CommitmentRecord], as_of: Optional[str]) -> list[CommitmentRecord]:
    """``records``, a share of the year's plan under the year's pace read ``behind``."""
    return [replace(r, progress=replace(r.progress, status="behind")) if _behind_pace(r, as_of) else r
            for r in records]
