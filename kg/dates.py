"""Dates in time-limit cells: ``2023年6月底前`` → ``2023-06-30``.

The date of a period is its last day.  Without a year in the text the
document date gives it; without either, the date stays unresolved.

>>> parse_deadline("2023年6月底前").date
'2023-06-30'
>>> parse_deadline("6月底前开工、12月底前完工", "2015-07-20").date
'2015-12-31'
>>> parse_deadline("三季度", "2015-07-20").date, parse_deadline("长期坚持").date
('2015-09-30', None)
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from typing import Optional

from .model import Deadline

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
       "十": 10, "十一": 11, "十二": 12}
_NUM = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])"
_YEAR = r"(?:(\d{4})\s*年)?"
_PATTERNS = [
    ("day", re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")),
    ("day", re.compile(_YEAR + _NUM + r"\s*月\s*(\d{1,2})\s*日")),
    ("month", re.compile(r"(\d{4})[-/.](\d{1,2})(?![-/.\d])")),
    ("month", re.compile(_YEAR + _NUM + r"\s*月")),
    ("quarter", re.compile(_YEAR + r"(?:第)?([一二三四1-4])\s*季度")),
    ("half", re.compile(_YEAR + r"([上下])半年")),
    ("year", re.compile(r"(\d{4})\s*年")),
    ("year", re.compile(r"(年底|年末|年内|今年|全年|本年度|年前)")),
]


def _n(s: str) -> int:
    return int(s) if s.isdigit() else _CN[s]


def year_in(text: str) -> Optional[int]:
    """The first four-digit year (1990–2099) named in ``text``."""
    m = re.search(r"(19[9]\d|20\d\d)\s*年", text or "")
    return int(m.group(1)) if m else None


def _last_day(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def _resolve(kind: str, m: re.Match, doc_year: Optional[int]) -> Optional[tuple[str, str]]:
    g = m.groups()
    try:
        if kind == "day":
            if len(g) == 3 and m.re.pattern.startswith("(\\d{4})[-"):
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            else:
                y = int(g[0]) if g[0] else doc_year
                mo, d = _n(g[1]), int(g[2])
            if y is None:
                return None
            calendar.monthrange(y, mo)
            if d > calendar.monthrange(y, mo)[1]:
                return None
            return f"{y:04d}-{mo:02d}-{d:02d}", "day"
        if kind == "month":
            y = int(g[0]) if g[0] else doc_year
            mo = _n(g[1])
            return (_last_day(y, mo), "month") if y and 1 <= mo <= 12 else None
        if kind == "quarter":
            y = int(g[0]) if g[0] else doc_year
            q = _n(g[1]) if not g[1].isdigit() else int(g[1])
            return (_last_day(y, q * 3), "quarter") if y else None
        if kind == "half":
            y = int(g[0]) if g[0] else doc_year
            return (_last_day(y, 6 if g[1] == "上" else 12), "half") if y else None
        if kind == "year":
            y = int(g[0]) if g[0].isdigit() else doc_year
            return (f"{y:04d}-12-31", "year") if y else None
    except (KeyError, ValueError):
        return None
    return None


def parse_deadline(text: str, doc_date: Optional[str] = None) -> Optional[Deadline]:
    """A :class:`Deadline` for a time-limit text; the latest date named wins."""
    text = unicodedata.normalize("NFKC", text or "").strip()
    if not text:
        return None
    doc_year = int(doc_date[:4]) if doc_date else None
    best: Optional[tuple[str, str]] = None
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            r = _resolve(kind, m, doc_year)
            taken.append((m.start(), m.end()))
            if r and (best is None or r[0] > best[0]):
                best = r
    return Deadline(text=text, date=best[0] if best else None, precision=best[1] if best else None)
