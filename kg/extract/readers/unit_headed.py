"""Problems a notice lists under the unit that is to put them right, the unit a heading line of its own (rx44)::

    属住建局职责范围:
    1.城东路人行道破损严重。
    2.南湾小区垃圾乱堆乱放。
    属城管局职责范围:
    3.北岭街占道经营现象突出。

→ one commitment per numbered line: the problem put right, the unit of the heading above it responsible.  A heading
is a line that is only a unit (属X职责范围: / X负责: / 责任单位:X), a colon closing it; two lines at least under the
headings.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor

from ..actors import parse_list
from ..lazyre import lazy
from ..naming import tidy_task
from ..segment import Span
from ..vocab import ITEM_NO
from .supervision import record

#: a heading naming the unit of the problems below it
_HEAD = lazy(r"^\s*(?:属于?|由)?(?P<u>[\u4e00-\u9fff、]{2,30}?)(?:职责范围|职责|负责|责任)(?:内)?(?:的问题)?\s*[::]\s*$"
             r"|^\s*(?:责任单位|整改单位)\s*[::]\s*(?P<u2>[\u4e00-\u9fff、]{2,30})\s*$")
_ITEM = lazy(r"^\s*(?:" + ITEM_NO + r")\s*")


def _units(para: Span) -> Optional[list]:
    m = _HEAD.match(para.text)
    if not m:
        return None
    items = parse_list(m.group("u") or m.group("u2"))
    return items if items and all(k == "organization" for _, k, _ in items) else None


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """Unit headings and the numbered problems under them from ``paras[i]``: one commitment per problem; else None."""
    units = _units(paras[i])
    if units is None:
        return None
    rows, j = [], i
    while j < len(paras):
        head = _units(paras[j])
        if head is not None:
            units, j = head, j + 1
            continue
        m = _ITEM.match(paras[j].text)
        if not m:
            break
        rows.append((paras[j], m.end(), units))
        j += 1
    if len(rows) < 2:
        return None
    for para, off, us in rows:
        text = para.text[off:].rstrip("。;; ")
        at = para.start + off
        task = tidy_task(text) or text[:20]
        b.out.append(record(b, task + ("整改" if not re.search(r"整改|完成|建设", task) else ""), [(at, at + len(text))],
                            actors=[Actor(n, "organization", "responsible") for n, _, _ in us]))
    return j
