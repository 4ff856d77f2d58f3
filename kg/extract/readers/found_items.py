"""An inspection notice's numbered findings, each with the unit answerable on the line below (rx52)::

    1、5月10日督查发现,城东路一处超市存在门前堆放纸箱情况,当面告知负责人限期整改,经5月12日“回头看”,问题已整改。
    责任主体:青石县惠民超市
    2、5月10日督查发现,滨河路工地现场存在渣土未覆盖等情况,经5月12日“回头看”,问题整改不彻底,…限期整改。
    责任主体:青石县城投建设公司

→ one commitment per finding (its line the evidence, the problem found its task), the unit of the line below
responsible; how it stands after the check back: 问题已整改 done, 整改不彻底 / 未整改 behind, 正在整改 on track.
A run of two findings at least, or one with its unit's line.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress

from ..fields import cell_actors
from ..lazyre import lazy
from ..naming import tidy_task
from .supervision import record

#: 1、…督查发现,X存在Y情况,… (a finding opened by its number)
_FOUND = lazy(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*[^。]{0,16}?(?:督查|检查|巡查|暗访|抽查|排查|暗查|察看|查看)(?:中)?发现[,,::]?"
              r"(?P<p>[^。]{2,60}?存在[^。]{2,80}?)(?:等)?(?:情况|问题|现象)")
#: 责任主体:X / 责任单位:X
_UNIT_LINE = lazy(r"^\s*(?:责任主体|责任单位|整改责任单位|整改主体|责任人)[::]\s*(?P<u>[^。;;,,]{2,40}?)[。;;]?\s*$")
_BEHIND = lazy(r"整改不彻底|未整改|仍未整改|尚未整改|未完成整改|未按(?:期|时|要求)整改|未落实整改")
_DONE = lazy(r"(?:问题)?已(?:经)?(?:整改(?:到位|完毕|完成)?|完成整改|清理|清除|拆除|清运|处理)(?:到位|完毕)?")
_GOING = lazy(r"正在整改|整改中|正在(?:清理|处理|拆除)")


def read(b, paras, i) -> Optional[int]:
    """Numbered findings from ``paras[i]`` on, each with its unit's line if any; None where there is no such run."""
    j, found = i, []
    while j < len(paras):
        m = _FOUND.match(paras[j].text)
        if not m:
            break
        unit = _UNIT_LINE.match(paras[j + 1].text) if j + 1 < len(paras) else None
        found.append((paras[j], m, unit and paras[j + 1]))
        j += 2 if unit else 1
    if not found or (len(found) < 2 and not found[0][2]):
        return None
    for para, m, line in found:
        unit = _UNIT_LINE.match(line.text) if line else None
        actors = [Actor(n, k, r, p) for n, k, r, p in cell_actors(unit.group("u"), "responsible_org")] if unit else []
        spans = [(para.start, para.end)] + ([(line.start, line.end)] if line else [])
        b.out.append(record(b, _task(m.group("p")), spans, actors=actors,
                            progress=_status(b, para.text[m.end():])))
    return j


def _task(problem: str) -> str:
    """The problem found, its place off: 城东路一处超市存在门前堆放纸箱 → 门前堆放纸箱整改."""
    what = problem.split("存在", 1)[1]
    return tidy_task(re.sub(r"[“”\s]", "", what))[:30] + "整改"


def _status(b, rest: str) -> Optional[Progress]:
    """How the finding stands after the check back."""
    for rx, status in ((_BEHIND, "behind"), (_GOING, "on_track"), (_DONE, "done")):
        m = rx.search(rest)
        if m:
            return Progress(status, None, b.as_of or b.doc.iso, m.group(0))
    return None
