"""A report's sections, each a work and how it stands (rx40)::

    一、城西文化公园建设项目完成情况
    总投资230万元,完成步道、广场、公厕等建设,现已完工并投入使用。

→ one commitment per section: the work its heading names (城西文化公园建设项目), the status its body tells (done here),
its evidence the body.  A body that asks anything (要 / 将 / 计划 …) goes to the prose rules, as does a heading naming
no work; one telling shares of a set (占年度计划的75%, 其中…) to the readers of counts.
"""
from __future__ import annotations

from typing import Optional

from ..lazyre import lazy
from ..progress import find_progress
from ..segment import Span
from ..vocab import MODAL_RX
from .supervision import record, report_as_of

#: 一、X项目完成情况 / (二)Y工程实施情况 / 3.Z改造进展情况
_HEAD = lazy(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、.])\s*"
             r"(?P<w>[^,,。;;::]{4,40}?(?:项目|工程|建设|改造|提升))(?:的)?(?:完成|实施|推进|进展|建设|落实|办理)?情况[。::]?\s*$")


#: a body telling shares of a set (其中133个续建项目…占年度计划的75%): the readers of counts read it
_SHARES = lazy(r"%|占[^,,。]{0,10}的|其中")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A section heading naming a work, then a body telling only how it stands: one commitment; else None."""
    m = _HEAD.match(paras[i].text)
    if not m or i + 1 >= len(paras) or _HEAD.match(paras[i + 1].text):
        return None
    body = paras[i + 1]
    told = find_progress(body.text)
    if told is None or told.status is None or MODAL_RX.search(body.text) or _SHARES.search(body.text):
        return None
    as_of = report_as_of(b, body.text)
    b.out.append(record(b, m.group("w"), [(body.start, body.end)],
                        progress=told.__class__(told.status, told.percent, as_of, told.text)))
    return i + 2
