"""Public pledges (承诺书) laid out as numbered items, each with labelled lines.

A unit's pledge often lists its items as a heading with its measures, its goal
and its time on lines of their own::

    东湖区城管局公开承诺书
    一、背街小巷整治
    措施:组建专班,逐巷排查。
    目标:完成城区20条背街小巷整治,路面完好率达到95%以上。
    时间:2024年10月底

One commitment per heading: the heading names the task, the goal line gives
the targets, the time line the deadline (``时间:全年`` → the year's end), the
pledging unit (the signature, else the unit of the title) is responsible.  The
label may end with a full stop instead of a colon (``目标。今年将完成…``).
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

from kg.model import Deadline

from ..deadlines import find_deadlines
from ..targets import find_targets
from ..vocab import ITEM_NO
from .counts import record
from .pledge import _is_pledge_doc, _pledger

#: a label of a pledge item's line, its key: 措施 / 目标 / 时间 (colon or full stop after it)
_LABELS = {"措施": "measure", "具体措施": "measure", "工作措施": "measure", "目标": "goal", "工作目标": "goal",
           "目标任务": "goal", "时间": "time", "完成时间": "time", "完成时限": "time", "时限": "time", "时间节点": "time",
           "责任人": "who", "责任领导": "who"}
_LABEL = lazy(r"^\s*(?P<l>" + "|".join(sorted(_LABELS, key=len, reverse=True)) + r")\s*[::。.]\s*")
#: a numbered heading naming the item: 一、背街小巷整治 / (二)公厕改造 / 3.卫生死角清理
_HEAD = lazy(r"^\s*" + ITEM_NO + r"\s*(?P<t>[^。;;::]{2,30}?)\s*$")


def _labelled_lines(paras, i: int) -> list[tuple[str, int]]:
    """``(key, index)`` of the labelled lines after the heading at ``paras[i]``."""
    out = []
    for k in range(i + 1, min(len(paras), i + 8)):
        m = _LABEL.match(paras[k].text)
        if not m:
            break
        out.append((_LABELS[m.group("l")], k))
    return out


def read(b, paras, i) -> Optional[int]:
    """A numbered heading of a pledge with at least two labelled lines under it (one a goal or a time)."""
    m = _HEAD.match(paras[i].text)
    if not m:
        return None
    lines = _labelled_lines(paras, i)
    keys = {k for k, _ in lines}
    if len(lines) < 2 or not keys & {"goal", "time"} or not _is_pledge_doc(b, paras):
        return None
    targets, deadline = [], None
    spans = [(paras[i].start, paras[i].end)]
    for key, k in lines:
        p = paras[k]
        value = p.text[_LABEL.match(p.text).end():]
        if key == "goal":
            targets = find_targets(value)
            spans.append((p.start, p.end))
        elif key == "time":
            found = [f for f in find_deadlines(value, b.doc) if f.date]
            deadline = Deadline(found[-1].text, found[-1].date, found[-1].precision) if found else None
            spans.append((p.start, p.end))
    task = m.group("t").replace("“", "").replace("”", "").strip()
    b.out.append(record(b, task, spans, _pledger(b, paras, i, "我局"), deadline, targets))
    return lines[-1][1] + 1
