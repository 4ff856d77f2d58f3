"""A report's sections, each a work and how it stands (rx40)::

    一、城西文化公园建设项目完成情况
    总投资230万元,完成步道、广场、公厕等建设,现已完工并投入使用。

→ one commitment per section: the work its heading names (城西文化公园建设项目), the status its body tells (done here),
its evidence the body.  A body that asks anything (要 / 将 / 计划 …) goes to the prose rules, as does a heading naming
no work; one telling shares of a set (占年度计划的75%, 其中…) to the readers of counts.
"""
from __future__ import annotations

import re
from typing import Optional

from ..lazyre import lazy
from ..progress import find_progress
from ..segment import Span
from ..targets import find_targets
from ..vocab import MODAL_RX
from .supervision import record, report_as_of

#: 一、X项目完成情况 / (二)Y工程实施情况 / 3.Z改造进展情况
_HEAD = lazy(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、.])\s*"
             r"(?P<w>[^,,。;;::]{4,40}?(?:项目|工程|建设|改造|提升))(?:的)?(?:完成|实施|推进|进展|建设|落实|办理)?情况[。::]?\s*$")


#: a body telling shares of a set (其中133个续建项目…占年度计划的75%): the readers of counts read it
_SHARES = lazy(r"%|占[^,,。]{0,10}的|其中")


#: 1.农村公路升级改造工程项目。 ⏎ 该项目计划投资…: a numbered work, its body opening with 该项目 (rx40)
_ITEM_HEAD = lazy(r"^\s*\d{1,2}[.、.]\s*(?P<w>[^,,。;;::]{4,40}?(?:项目|工程))[。.]?\s*$")
_ITS_BODY = lazy(r"^\s*该(?:项目|工程)")
#: the plan a body tells before what was done: 该项目计划投资2925.7万元,建设内容包括…(。完成项目投资…)
_PLAN_PART = lazy(r"^[^。]*?(?=[,,。]\s*(?:完成|已|目前|截至)|$)")


def _head(paras: list[Span], i: int) -> Optional[re.Match]:
    """The section heading at ``paras[i]`` with a body below it: 一、X项目完成情况, or 1.X工程项目。 over 该项目…."""
    if i + 1 >= len(paras):
        return None
    m = _HEAD.match(paras[i].text)
    if m and not _HEAD.match(paras[i + 1].text):
        return m
    m = _ITEM_HEAD.match(paras[i].text)
    return m if m and _ITS_BODY.match(paras[i + 1].text) else None


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A section heading naming a work, then a body telling only how it stands: one commitment, its targets those its
    plan tells (计划投资2925.7万元); else None."""
    m = _head(paras, i)
    if not m:
        return None
    body = paras[i + 1]
    told = find_progress(body.text)
    if told is None or told.status is None or MODAL_RX.search(body.text) or _SHARES.search(body.text):
        return None
    as_of = report_as_of(b, body.text)
    plan = _PLAN_PART.match(body.text).group() if _ITS_BODY.match(body.text) else ""
    b.out.append(record(b, m.group("w"), [(body.start, body.end)], targets=find_targets(plan) if plan else (),
                        progress=told.__class__(told.status, told.percent, as_of, told.text)))
    return i + 2
