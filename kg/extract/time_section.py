"""A notice's own section of time (``一、整改时间`` / ``完成时限:``) whose body
is one date or span of days: the deadline of every commitment read after it
that names none of its own.

>>> from kg.extract.docdate import DocDate
>>> t = "关于开展河道清理的通知\\n一、工作时间\\n2023年5月8日至5月12日\\n二、分工\\n东湖区水务局负责城南河段清理。\\n"
>>> time_section(t, 0, len(t), DocDate(2023, 5, 2))
(Deadline(text='2023年5月8日至5月12日', date='2023-05-12', precision='day'), 34)
>>> time_section(t, 0, len(t), DocDate(2023, 6, 1)) is None  # a span gone by: an inspection told, no deadline
True
"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import replace
from typing import Optional

from kg.model import CommitmentRecord, Deadline

from .deadlines import find_deadlines
from .docdate import DocDate
from .segment import fold, in_title

#: the heading: 一、检查整改时间 / (二)完成时限 / 时间安排: (the date on the same line after the colon, or the next)
_HEAD = lazy(r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、.])?"
                   r"[\u4e00-\u9fff]{0,8}(?:时间|时限|期限|时间安排)[::]?[ \t\u3000]*(?P<rest>[^\n]*)$", re.M)


#: the line before is a labelled field: the time line is one more field of the same block
_IN_BLOCK = re.compile(r"(?:^|\n)[ \t\u3000]*[\u4e00-\u9fff]{2,8}[::][^\n]{1,60}\n[ \t\u3000]*$")


def _date_line(line: str, doc: DocDate) -> Optional[Deadline]:
    """One dated time expression making up (nearly) the whole line."""
    f = fold(line.strip().rstrip("。;;"))
    found = [x for x in find_deadlines(f, doc) if x.date]
    if len(found) != 1 or len(f) - len(found[0].text) > 4:
        return None
    return Deadline(found[0].text, found[0].date, found[0].precision)


def time_section(text: str, start: int, end: int, doc: DocDate) -> Optional[tuple[Deadline, int]]:
    """The deadline a section of time gives and the offset after which it holds; None where there
    is none, or where the date is not after the document's date (a visit told, or the page's own
    date line, not a term set)."""
    if doc.year is None or doc.month is None:
        return None
    for m in _HEAD.finditer(text, start, min(end, start + 3000)):
        if _IN_BLOCK.search(text, max(start, m.start() - 80), m.start()):
            continue  # 牵头单位:X ⏎ 完成时限:6月30日: one field of an item's labelled block, no section of time (rx30)
        rest = m.group("rest")
        at = m.end()
        if not rest.strip():
            nxt = text.find("\n", at + 1)
            rest = text[at + 1:nxt if nxt >= 0 else end]
            at = nxt if nxt >= 0 else end
        d = _date_line(rest, doc)
        if d and d.date > (doc.iso if doc.day else f"{doc.iso}-31"):  # (发布时间:2023-05-02: the page's own date)
            return d, at
    return None


def with_section_deadline(records: list[CommitmentRecord], given: Optional[tuple[Deadline, int]]) -> list[CommitmentRecord]:
    """``records`` read after the section, without a deadline, take its date."""
    if not given:
        return records
    d, at = given
    return [replace(r, deadline=d) if r.deadline is None and r.evidence and (r.evidence[0].start or 0) > at else r
            for r in records]


#: the year a plan or a quota is for, right before what it plans: 今年计划建成200公里 / 年内新增奶牛5万头 /
#: 全年新增就业9789人 (not 今年以来, not 今年新建的农田: what was built; not 全年完成情况: a report's scope)
_YEAR_SCOPE = lazy(r"(?<![自对])(?:今年|年内|全年)(?:[,,])?(?=计划|要|将|力争|确保|争取|新增|新建|新开工|建成|完成(?!情况)|实现)")
#: told of another year, or a time since: 去年… / …以来
_OTHER_YEAR = lazy(r"去年|上年|前年|以来")


def with_year_scope(records: list[CommitmentRecord], doc: DocDate) -> list[CommitmentRecord]:
    """Each record with no term whose evidence tells the year its plan or quota is for (今年计划… / 年内新增… /
    全年新增…): due by that year's end — a year's quota, told with how far it is, is the year's (rx43)."""
    out = []
    for r in records:
        if r.deadline is None and r.evidence:
            told = fold(" ".join(e.text for e in r.evidence))
            m = next((m for m in _YEAR_SCOPE.finditer(told) if not in_title(told, m.start())), None)
            due = year_end(m.group(0), doc) if m and not _OTHER_YEAR.search(told) else None
            r = replace(r, deadline=due) if due else r
        out.append(r)
    return out


def year_end(word: str, doc: DocDate) -> Optional[Deadline]:
    """The end of the year ``word`` names (今年, 年内, 全年, 2019年 …) as a term, else None (also the readers' of a year's
    works: :mod:`.readers.work_lists`, :mod:`.readers.practical_list`)."""
    word = word.rstrip(",,")
    found = [f for f in find_deadlines(word, doc) if f.date]
    return Deadline(found[0].text, found[0].date, found[0].precision) if found else None
