"""A report's numbered headings, each a work and the unit that leads it on the same line, then a paragraph of how it
stands (rx42)::

    (一)适龄女生疫苗接种牵头责任部门:县卫生健康委员会
    截至4月1日,已完成1剂次接种,共1800剂次(年度任务1800剂次),完成率100%。

→ one commitment per heading: the work its task, the unit its role (牵头… lead, 责任… responsible, 配合… assist),
the paragraph below its evidence and its progress (as of the date it tells), its year's task a target.  The heading
holds the work, no figure, and role labels only, not in brackets; the paragraphs below tell how it stands and run to
the next heading (three at most).
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress, Target

from ..fields import KEY_ROLE, LABEL, cell_actors, label_fields
from ..lazyre import lazy
from ..naming import tidy_task
from ..progress import find_progress
from ..vocab import CN_NO, ITEM_RX
from .supervision import record, report_as_of

#: the year's task told in the paragraph: (年度任务1800剂次) / 全年任务300户
_YEAR_TASK = lazy(r"(?:年度|全年)(?:目标)?任务(?:为)?(?P<n>\d+(?:\.\d+)?)(?P<u>[\u4e00-\u9fff]{1,2})")


def read(b, paras, i) -> Optional[int]:
    """One commitment from a heading of ``paras[i]`` and the paragraphs below; else None."""
    head = _head_fields(paras[i].text.strip()) if i + 1 < len(paras) else None
    if head is None:
        return None
    task, fields = head
    j = i + 1
    while j < len(paras) and j - i <= 3 and not _heading(paras[j].text):
        j += 1
    body = " ".join(p.text.strip() for p in paras[i + 1:j])
    prog = find_progress(body, report_as_of(b, body), b.doc.year)
    if j == i + 1 or (prog is None and not re.search(r"印发|开展|启动|完成|推进|实施", body)):
        return None
    actors = [Actor(n, kind, role, post) for k, v, *_ in fields for n, kind, role, post in cell_actors(v, k)]
    quota = _YEAR_TASK.search(body)
    work = tidy_task(re.sub(r"^" + ITEM_RX.pattern, "", task)) or task
    b.out.append(record(b, work, [(paras[k].start, paras[k].end) for k in range(i, j)], actors=actors,
                        targets=[Target(work, "=", float(quota.group("n")), quota.group("u"), quota.group(0))] if quota else [],
                        progress=prog if prog else Progress("on_track", None, report_as_of(b, body), body[:60])))
    return j


def _head_fields(head: str) -> Optional[tuple]:
    """``(task, role fields)`` of a numbered heading naming a work, no figure, and its roles inline; else None."""
    if not ITEM_RX.match(head) or not LABEL.search(head) or "。" in head or re.search(r"[((][^()()]*[::]", head):
        return None  # (an item with its roles in brackets: the labelled items' reader)
    task, fields = label_fields(head)
    if not task or not fields or any(KEY_ROLE.get(k) is None for k, *_ in fields) or re.search(r"\d", task[2:]):
        return None
    return task, fields


def _heading(text: str) -> bool:
    """A numbered heading or a section heading: where the paragraphs below a work end."""
    return bool(ITEM_RX.match(text.strip()) or re.match(r"^\s*" + CN_NO, text))
