"""A weekly or monthly report's plan for the period ahead, item by item (rx41)::

    【下周(6月10日-6月16日)工作计划】
    一、督促施工单位完成东区路面铺装。
    二、协调解决工地临时用电问题。

→ one commitment per plain item (no labelled line), due by the period's end (the dates in the heading's brackets, else 下周 / 下月 told
against the report's date); an item with a term of its own keeps it, a unit it names is its actor.  A plan heading
with no dated period (下一步工作打算) is left to the prose rules: its items are dated or asked there, or they are
the usual promises of a report's close.
"""
from __future__ import annotations

from typing import Optional

from kg.model import Deadline

from ..actors import find_actors
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import task_text, tidy_task
from ..vocab import ITEM_NO
from .supervision import record

#: 【下周(8月12日-8月18日)协调工作计划】 / 下月工作安排: / 二、下周工作打算
_HEAD = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*[【\[]?\s*(?P<p>(?:下周|下一周|下个?月)(?:[((][^()()]{3,30}[))])?)"
             r"[\u4e00-\u9fff]{0,8}?(?:工作)?(?:计划|安排|打算|重点)\s*[】\]]?\s*[::]?\s*$")
#: an item of the plan: 一、… / 1.… / (一)…
_ITEM = lazy(r"^\s*(?P<no>" + ITEM_NO + r")\s*(?P<t>[^::\n]{4,80})$")  # (no labelled line: 分管领导:…, the readers of sections)


def _period_end(b, period: str) -> Optional[Deadline]:
    """The last day of the period a heading names: the latest day its brackets give (下周(8月12日-8月18日): the 18th,
    not the Sunday), else the end of the week or month it names."""
    found = [d for d in find_deadlines(period, b.doc) if d.date]
    if not found:
        return None
    told = [d for d in found if "日" in d.text or "号" in d.text]
    last = max(told or found, key=lambda d: d.date)
    return Deadline(period.strip(), last.date, last.precision)


def read(b, paras, i) -> Optional[int]:
    """A heading of the period ahead's plan with a dated period, then two or more numbered items: one commitment
    each; else None."""
    m = _HEAD.match(paras[i].text)
    if not m:
        return None
    due = _period_end(b, m.group("p"))
    j = i + 1
    while j < len(paras) and _ITEM.match(paras[j].text):
        j += 1
    if due is None or j - i < 3:
        return None
    for para in paras[i + 1:j]:
        item = _ITEM.match(para.text)
        text = item.group("t").strip().rstrip("。;;")
        own = [d for d in find_deadlines(text, b.doc) if d.date]
        s = para.start + item.start("t")
        b.out.append(record(b, tidy_task(task_text(text)) or text, [(s, s + len(text))],
                            actors=[a for a in find_actors(text).actors],
                            deadline=Deadline(own[-1].text, own[-1].date, own[-1].precision) if own else due))
    return j
