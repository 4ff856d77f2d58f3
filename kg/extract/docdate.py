"""The date of a document (or of one speech), and how it was found.

Order: the ``--date`` option; a dated heading or signature line
(``2015年7月20日``, ``二〇一五年七月二十日`` alone on a line); the five-year-plan
era (``今年是"十二五"规划的开局之年`` → 2011, ``"十二五"收官`` → 2015,
``"十三五"规划编制`` → 2015).  Nothing found → unresolved; today's date is
never used.

>>> infer_date("今年是“十二五”规划的开局之年。").year
2011
>>> infer_date("x", option="2015-07-20").iso
'2015-07-20'
>>> infer_date("做好“十三五”顺利收官,启动“十四五”规划编制").iso
'2020'
>>> infer_date("没有日期").iso is None
True
>>> infer_date("今年是我区“十四五”时期的起步之年。").iso
'2021'
>>> infer_date("同志们:\\n2023年是我县新一轮发展的起步之年。").iso
'2023'
>>> d = infer_date("来源:区政府办 发布时间:2023-05-12 10:30\\n要做好防汛工作。")
>>> d.iso, d.source
('2023-05-12', 'published')
>>> infer_date("本报讯 昨日上午,全市水利系统2024年工作部署大会召开。今年将完成投资5亿元。").iso
'2024'
>>> infer_date("关于2024年一季度重点工作的通报\\n发布时间:2024-04-15 10:20\\n…").iso
'2024-04-15'
"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import dataclass
from typing import Optional

from .segment import cn_int

#: first year of each five-year plan
PLAN_START = {"九": 1996, "十": 2001, "十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}


#: the source of a section's date that stands for a later year planned (二、2018年工作安排), not the document's own:
#: its 明年 is that year (see :func:`kg.extract.deadlines.find_deadlines`, rx39)
PLANNED = "plan"


@dataclass(frozen=True)
class DocDate:
    """A document date of year, month or day precision."""
    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    source: Optional[str] = None

    @property
    def iso(self) -> Optional[str]:
        """``2015-07-20``, ``2015-07`` or ``2015``; None when unresolved."""
        if self.year is None:
            return None
        s = f"{self.year:04d}"
        if self.month:
            s += f"-{self.month:02d}"
            if self.day:
                s += f"-{self.day:02d}"
        return s


_ISO = lazy(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")
_CN_YEAR_DIGIT = {"〇": "0", "零": "0", "○": "0", "O": "0", "一": "1", "二": "2", "三": "3", "四": "4",
                  "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# a line that is only a date (signature / heading), Arabic or Chinese numerals
_DATE_LINE = lazy(
    r"^[ \t\u3000]*[((]?(?P<y>(?:19|20)\d\d|[二][〇零○O一二三四五六七八九]{3})\s*年\s*"
    r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?:(?P<d>\d{1,2}|三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?[))]?[ \t\u3000]*$",
    re.M)
_PLAN = r"[“\"\'「]?(?P<plan>九|十[一二三四五]?)五[”\"\'」]?"
_ERA_RULES = [
    # 今年是“十二五”规划的开局之年 / 第一年 / 起步之年
    (re.compile(r"今年是[^。,;]{0,12}?" + _PLAN + r"(?:规划|时期)?的?(?:开局之年|第一年|起步之年|开局年)"), 0),
    (re.compile(r"今年是[^。,;]{0,12}?" + _PLAN + r"(?:规划|时期)?的?第(?P<k>[二三四五])年"), None),
    (re.compile(r"今年是[^。,;]{0,12}?" + _PLAN + r"(?:规划|时期)?的?(?:收官之年|最后一年|决胜之年|收官年)"), 4),
    (re.compile(r"今年是[^。,;]{0,12}?" + _PLAN + r"(?:规划|时期)?的?(?:中期|承上启下)"), 2),
    # 确保“十三五”圆满收官 / “十三五”规划收官
    (re.compile(_PLAN + r"(?:规划)?(?:圆满|顺利)?收官"), 4),
    # “十三五”规划编制: drafted in the last year of the plan before
    (re.compile(_PLAN + r"规划(?:的)?(?:编制|前期研究|纲要编制)"), -1),
]


def parse_option(value: str) -> DocDate:
    """The ``--date`` option: ``2015``, ``2015-07`` or ``2015-07-20``, a real calendar day.

    >>> parse_option("2023-02-29")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: bad --date '2023-02-29'; give YYYY, YYYY-MM or YYYY-MM-DD
    """
    import datetime

    from kg.errors import InputError

    m = _ISO.match(value or "")
    y, mo, d = (int(g) if g else None for g in m.groups()) if m else (None, None, None)
    try:
        if m is None:
            raise ValueError
        datetime.date(y, mo or 1, d or 1)
    except ValueError:
        raise InputError(f"bad --date {value!r}; give YYYY, YYYY-MM or YYYY-MM-DD") from None
    return DocDate(y, mo, d, "option")


def _cn_year(s: str) -> int:
    return int(s) if s.isdigit() else int("".join(_CN_YEAR_DIGIT.get(c, "0") for c in s))


def dated_line(text: str) -> Optional[DocDate]:
    """The last line of ``text`` that is only a date (a signature or a dated heading)."""
    found = None
    for m in _DATE_LINE.finditer(text):
        y = _cn_year(m.group("y"))
        mo = cn_int(m.group("m"))
        d = cn_int(m.group("d")) if m.group("d") else None
        if 1990 <= y <= 2099 and mo and 1 <= mo <= 12:
            found = DocDate(y, mo, d if d and 1 <= d <= 31 else None, "signature")
    return found


# 发布时间:2023-05-12 10:30 / 日期:2023年5月12日 (a web page's date line)
_PUBLISHED = lazy(r"(?:发布|发文|印发|成文|更新)?(?:时间|日期)\s*:\s*((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_YEAR_IS = lazy(r"(?:^|[。\n])\s*((?:19|20)\d\d)年是|今年是((?:19|20)\d\d)年")
#: the year a work meeting deploys, early in a report of it: 全市水利系统2024年工作部署会议 / 2024年度工作会议
_WORK_MEETING_YEAR = lazy(r"((?:19|20)\d\d)年度?工作(?:部署|会议|推进会|动员)")
_HEAD_YEAR = lazy(r"((?:19|20)\d\d)\s*年(?!\d{0,2}月\d)")


def heading_year(text: str, lines: int = 6) -> Optional[int]:
    """The year in a title among the first lines (``2024年城区重点工作任务分解表``).

    >>> heading_year("附件\\n2024年城区重点工作任务分解表\\n序号 任务")
    2024
    """
    n = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        n += 1
        if n > lines:
            break
        if len(line) <= 40 and "。" not in line and not re.search(r"回顾|总结|以来", line):
            m = _HEAD_YEAR.search(line)
            if m and 1990 <= int(m.group(1)) <= 2099:
                return int(m.group(1))
    return None


def era_year(text: str) -> Optional[int]:
    """The year a five-year-plan phrase places ``text`` in, or None."""
    for rx, k in _ERA_RULES:
        m = rx.search(text)
        if not m:
            continue
        start = PLAN_START.get(m.group("plan"))
        if start is None:
            continue
        off = k if k is not None else cn_int(m.groupdict().get("k") or "") - 1
        return start + off
    return None


def infer_date(text: str, *, option: Optional[str] = None, heading: Optional[str] = None) -> DocDate:
    """The date of ``text``; see the module docstring for the order."""
    if option:
        return parse_option(option)
    if heading:
        d = dated_line(heading)
        if d:
            return DocDate(d.year, d.month, d.day, "heading")
    d = dated_line(text)
    if d:
        return d
    y = heading_year(text)
    if y:
        # a web page's 发布时间 of the same year as the title gives the day
        m = _PUBLISHED.search(text)
        if m and int(m.group(1)) == y and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return DocDate(y, int(m.group(2)), int(m.group(3)), "published")
        return DocDate(y, None, None, "heading")
    y = era_year(text)
    if y:
        return DocDate(y, None, None, "era")
    m = _YEAR_IS.search(text)  # 2023年是…的起步之年 / 今年是2023年
    if m:
        return DocDate(int(m.group(1) or m.group(2)), None, None, "text")
    m = _WORK_MEETING_YEAR.search(text, 0, 400)  # 全市交通系统2024年工作部署大会: the year the meeting deploys
    if m:
        return DocDate(int(m.group(1)), None, None, "text")
    m = _PUBLISHED.search(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1990 <= y <= 2099 and 1 <= mo <= 12 and 1 <= d <= 31:
            return DocDate(y, mo, d, "published")
    return DocDate()
