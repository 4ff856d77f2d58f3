"""A report's item whose parts, cut by semicolons, each name a work and tell it done or how it stands (session 54)::

    二、设立了两个社区助餐点;完成街道日间照料中心建设;南湾小学、北岭小学校舍加固工程主体完工。

→ one commitment per part, its status its own (a part that opens with a work done — 完成X建设, 建成X, 设立了X,
为…提供了… — is done), its targets and term its own.  Read only in a report (a title of 完成情况 / 进展情况 / 通报 …),
where a paragraph holds two such parts or more and every part names its work: a part that only counts a class of
matters (滞后的有9个,占全部任务的6%) is a detail of one whole, and its paragraph is left to the other readers.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Deadline, Progress

from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import task_text, tidy_task
from ..progress import find_progress
from ..targets import find_targets
from ..vocab import DEED_VERB, ITEM_NO, WORK_KIND_LINE
from .supervision import record

#: a part opening with a work done: 完成X建设 / 建成X并投入使用 / 设立了X / 为800户…提供了X
_DONE_OPEN = lazy(r"^(?:已|全面|全部|顺利)?(?:完成|" + DEED_VERB + r")(?![\d一二三四五六七八九十]+[个项件])[\u4e00-\u9fff“”]{2}")
#: a part opening with a work named by its kind, its status after it: 北岭小学校舍加固工程主体完工
_WORK_FIRST = lazy(r"^[^,,;;。]{2,30}?(?:" + WORK_KIND_LINE + r")")
#: the item's number at the paragraph's head
_NO = lazy(r"^\s*(?:" + ITEM_NO + r")\s*")


def _part(b, text: str, start: int):
    """The record of one part (``text`` from ``start``), else None where it names no work or tells it nowhere."""
    body = text.strip().rstrip("。;;,, ")
    if len(re.sub(r"[^\u4e00-\u9fff]", "", body)) < 4 or re.search(r"[。::]", body):
        return None  # (a part of sentences or a lead and its list: …的项目有3项。分别为:A;B: the readers of lists)
    opened = bool(_DONE_OPEN.match(body))
    progress = find_progress(body, b.as_of, b.doc.year)
    if progress is None and opened:
        progress = Progress("done", None, b.as_of, body[:40])
    if progress is None or not (opened or _WORK_FIRST.match(body)):
        return None
    s = start + text.index(body)
    dated = [d for d in find_deadlines(body, b.doc) if d.date] if re.search(r"预计|计划|力争|争取|前", body) else []
    return record(b, tidy_task(task_text(body)) or body, [(s, s + len(body))], targets=find_targets(body),
                  progress=progress, deadline=Deadline(dated[-1].text, dated[-1].date, dated[-1].precision) if dated else None)


def read(b, paras, i) -> Optional[int]:
    """In a report, a numbered paragraph of two parts or more cut by semicolons, each a work done or standing: one
    commitment each; else None."""
    t = paras[i].text
    head = _NO.match(t) if b.report and (";" in t or ";" in t) else None
    if head is None:
        return None
    pieces = [(m.group(), head.end() + m.start()) for m in re.finditer(r"[^;;]+", t[head.end():]) if m.group().strip(" 。")]
    if len(pieces) < 2:
        return None
    recs = [_part(b, p, paras[i].start + k) for p, k in pieces]
    if any(r is None for r in recs):
        return None
    b.out.extend(recs)
    return i + 1
