"""A list of sites put under supervision, each with the unit answerable for it, in a notice (挂牌督办; rx44)::

    决定对5处火灾隐患挂牌督办。…确保在2021年12月20日前整改到位。
    重大火灾隐患单位 督改责任单位
    1、东湖大厦 东湖区人民政府
    2、南湾商贸城  南湾区人民政府

→ one commitment per row: the site's hazard or problem put right (东湖大厦火灾隐患整改), the unit at the row's end
responsible, due by the term the notice sets for putting them right (the first dated term before the list in a
sentence that tells 整改, 完成 or 到位).  A row broken over two lines (the site's owner, then the site and its unit)
is one row.  Three rows at least.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Deadline

from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..segment import Span
from ..listing import answerable
from .supervision import record

#: a numbered row: 1、东湖大厦 东湖区人民政府 (the unit after a space at the row's end)
_ROW = lazy(r"^(?P<no>\d{1,3})\s*[、.．]\s*(?P<site>\S[^。;;]{1,60}?)\s+(?P<unit>[\u4e00-\u9fff()()]{2,24})\s*$")
#: a numbered row's first line, its unit on the next: 8、东湖物业管理有限公司
_OPEN_ROW = lazy(r"^(?P<no>\d{1,3})\s*[、.．]\s*(?P<site>\S[^。;;\s]{1,40})\s*$")
#: what the sites are put right for, in the lines before: 重大火灾隐患 / 安全隐患 / 环境问题
_KINDS = ("火灾隐患", "安全隐患", "事故隐患", "隐患", "环境问题", "问题")
_TERM_SENT = lazy(r"[^。;;]*(?:整改|完成|到位|销号)[^。;;]*")


def _rows(paras: list[Span], i: int) -> list[tuple[str, int, int, str]]:
    """``(site, start, end, unit)`` of the numbered rows from ``paras[i]`` on (a row's owner on a line before its
    site joined to it)."""
    out, j = [], i
    while j < len(paras):
        text = paras[j].text
        m = _ROW.match(text)
        if m and answerable(m.group("unit")):
            out.append((m.group("site").strip(), paras[j].start, paras[j].start + len(text.rstrip()), m.group("unit")))
            j += 1
            continue
        o = _OPEN_ROW.match(text)
        nxt = paras[j + 1].text if j + 1 < len(paras) else ""
        tail = re.match(r"^(?P<site>\S[^。;;]{1,60}?)\s+(?P<unit>[\u4e00-\u9fff()()]{2,24})\s*$", nxt)
        if o and tail and not _OPEN_ROW.match(nxt) and not _ROW.match(nxt) and answerable(tail.group("unit")):
            out.append((tail.group("site").strip(), paras[j].start, paras[j + 1].start + len(nxt.rstrip()), tail.group("unit")))
            j += 2
            continue
        break
    return out


def _term(b, before: str) -> Optional[Deadline]:
    """The first dated term of a sentence before the list that tells the sites put right."""
    for m in _TERM_SENT.finditer(before):
        dated = [d for d in find_deadlines(m.group(), b.doc) if d.date]
        if dated:
            return Deadline(dated[0].text, dated[0].date, dated[0].precision)
    return None


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """Three numbered rows or more from ``paras[i]``, each a site and its unit: one commitment per row; else None."""
    if not (_ROW.match(paras[i].text) or _OPEN_ROW.match(paras[i].text)):
        return None
    rows = _rows(paras, i)
    if len(rows) < 3:
        return None
    before = b.t[:paras[i].start]
    kind = next((k for k in _KINDS if k in before[-600:]), "")  # (the most particular named: 火灾隐患 before 隐患)
    work = kind + "整改"
    term = _term(b, before)
    for site, s, e, unit in rows:
        b.out.append(record(b, site + work, [(s, e)], actors=[Actor(unit, "organization", "responsible")], deadline=term))
    j = i
    while j < len(paras) and paras[j].start < rows[-1][2]:
        j += 1
    return j
