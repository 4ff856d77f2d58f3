"""Works listed bare under a heading that classes them by how they stand (session 55)::

    二、未动工的项目(3项)
    1.东湖台塬绿化(城管局)
    2.南山防护林(文物局)
    3.古城遗址公园绿化(柳岸新区)

→ one commitment per line: the work its task, the unit in brackets responsible, the heading's status (未动工 not
started, 进展较快 on track, 滞后 behind, 已完工 done).  Two lines at least, each nothing but a number, a work and
(optionally) its unit; lines telling more are left to the readers of report items.
"""
from __future__ import annotations

from typing import Optional

from kg.model import Actor, Progress

from ..actors import parse_item
from ..lazyre import lazy
from ..naming import tidy_task
from ..progress import section_status
from .supervision import record, report_as_of

#: a heading classing the works below, with their count: 二、尚未动工的项目(3项) / (三)进度滞后的工程:
_HEAD = lazy(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])?\s*(?P<s>[\u4e00-\u9fff]{2,10}?)的?"
             r"(?:项目|工程|任务|事项|实事)\s*(?:[((]\s*(?:共)?\d{1,3}\s*(?:项|个|件)\s*[))])?\s*[::]?\s*$")
#: a bare line of a work and its unit: 1.东湖台塬绿化(城管局)
_LINE = lazy(r"^\s*\d{1,2}[.、.]\s*(?P<w>[^,,。;;::()()]{3,30}?)\s*(?:[((](?P<u>[^()()]{2,30})[))])?\s*[。;;]?\s*$")


def read(b, paras, i) -> Optional[int]:
    """A heading classing works by a status, then two or more bare lines of works: one commitment each; else None."""
    head = _HEAD.match(paras[i].text)
    status = section_status(head.group("s")) if head else None
    if not status:
        return None
    j, rows = i + 1, []
    while j < len(paras):
        m = _LINE.match(paras[j].text)
        if not m:
            break
        rows.append((paras[j], m))
        j += 1
    if len(rows) < 2:
        return None
    as_of = report_as_of(b, b.t[:paras[i].start][-400:])
    for para, m in rows:
        unit = parse_item(m.group("u")) if m.group("u") else None
        actors = [Actor(unit[0], "organization", "responsible")] if unit and unit[1] == "organization" else []
        s, e = para.start + m.start("w"), para.start + (m.end("u") + 1 if m.group("u") else m.end("w"))
        b.out.append(record(b, tidy_task(m.group("w")), [(s, e)], actors=actors,
                            progress=Progress(status, None, as_of, paras[i].text.strip()[:40])))
    return j
