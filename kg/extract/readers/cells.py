"""Label cells of a web table flattened into text: one field a line, the label
cell and the value cell separated by bars (the layout of many "重点工作落实情况"
pages, one work per page or per block).

Example::

    重点工作: | 12.推进城南路综合整治。 |
    牵头单位: | 东湖区住建局 |
    年度阶段性工作目标: | 6月底:整治过半。 12月底:确保全年任务完成。 |
    进展情况、困难及下步打算: |
    已完成。 全区整治道路12条,完成年度目标。 |

→ one commitment: task 推进城南路综合整治, 东湖区住建局 lead, done.

A block is two or more such lines in a row, a value cell standing alone on
the line after its label (``进展情况…: |`` / ``已完成。… |``); the labels are
read as a table's headers are (:func:`~kg.extract.fields.header_key`, a
compound label by its first part: ``进展情况、困难及下步打算`` →
progress, ``年度阶段性工作目标`` → target).  A block needs a task and an
actor or a deadline.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from typing import Optional

from ..fields import KEY_ROLE, header_key
from ..segment import Span

#: ``牵头单位: | 东湖区住建局 |`` (the value may be empty: it is on the next line)
_CELL = lazy(r"^\s*(?P<h>[^|::\n]{2,40}?)\s*[::]\s*\|\s*(?P<v>[^|]*?)\s*\|?\s*$")
#: a value cell alone on its line: ``已完成。全区整治道路12条。 |``
_VALUE = lazy(r"^\s*(?P<v>[^|]+?)\s*\|\s*$")
#: a compound label's parts: 进展情况、困难及下步打算, 责任单位和配合单位
_PARTS = lazy(r"、|及|和|与|\s+")
#: a label's ending that names its column when the whole does not: 年度阶段性工作目标
_ENDS = (("工作目标", "target"), ("阶段目标", "target"), ("进展情况", "progress"), ("完成情况", "progress"))
_ITEM_NO = lazy(r"^(?:\d+[.、.]|[((]?[一二三四五六七八九十\d]+[))、])\s*")


def label_key(label: str) -> Optional[str]:
    """The column a label cell names: as a header, else by its first part or its ending.

    >>> label_key("牵头单位"), label_key("进展情况、困难 及下步打算"), label_key("年度阶段性工作目标")
    ('lead_org', 'progress', 'target')
    >>> label_key("联系电话")
    """
    key = header_key(label)
    if key:
        return key
    first = _PARTS.split(label.strip())[0]
    key = header_key(first) if first and first != label else None
    if key:
        return key
    return next((k for end, k in _ENDS if label.strip().endswith(end)), None)


def _block(paras: list[Span], i: int) -> list[tuple[str, str, int, int, int]]:
    """The block of label cells from ``paras[i]``: ``(key, value, line start, value start, value end)``."""
    out = []
    j = i
    while j < len(paras):
        m = _CELL.match(paras[j].text)
        key = label_key(m.group("h")) if m else None
        if not key:
            break
        p = paras[j]
        v, vs = m.group("v"), p.start + m.start("v")
        if not v and j + 1 < len(paras) and not _CELL.match(paras[j + 1].text):
            nxt = _VALUE.match(paras[j + 1].text)
            if nxt:  # the value cell on the line under its label
                j += 1
                v, vs = nxt.group("v"), paras[j].start + nxt.start("v")
        out.append((key, v, p.start, vs, vs + len(v)))
        j += 1
    return out


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A block of label cells at ``paras[i]``: one commitment (see the module)."""
    if "|" not in paras[i].text:
        return None
    block = _block(paras, i)
    if len(block) < 2:
        return None
    keys = {k for k, *_ in block}
    task = next((v for k, v, *_ in block if k == "task" and v), "")
    if not task or not (keys & set(KEY_ROLE) or "deadline" in keys):
        return None
    from ..items import fielded

    task = _ITEM_NO.sub("", task).rstrip("。; ")
    task = re.split(r"[,,。;]", task)[0] or task
    pairs = [(k, v) for k, v, *_ in block if k != "task" and v]
    spans = [(vs, ve) for k, v, _, vs, ve in block if v]
    rec = fielded(b, task, pairs, spans, line=b._line(paras[i].start))
    if rec is None:
        return None
    b.out.append(rec)
    n = i
    while n < len(paras) and paras[n].end <= max(ve for *_, ve in block):
        n += 1
    return max(n, i + 1)
