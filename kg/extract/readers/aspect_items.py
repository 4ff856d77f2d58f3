"""A report's numbered items, each a work with its quota in brackets, then how it stands (rx42)::

    1、新建农村公路方面(43.5公里):其中已完工31.2公里,其余正在施工,计划11月份完成建设任务。
    2、危桥改造方面(12座):目前1座正在施工,10座正办理前期手续。

→ one commitment per item: the work its task, the quota in brackets its target, how it stands its progress (done where
what is done already reaches the quota, on track where the text tells nothing), a date still ahead with a finish after it (计划11月份完成) its term, the unit the report
is of (its title's, as 县交通运输局落实…情况) responsible.  Two items at least.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress, Target

from ..actors import parse_item
from ..lazyre import lazy
from ..naming import tidy_task
from ..progress import find_progress
from .supervision import record, report_as_of
from .work_news import finish_ahead

#: 1、X方面(43.5公里):… / (二)Y(12座):…
_ITEM = lazy(r"^\s*(?:\d{1,2}[、.．]|[((][一二三四五六七八九十\d]{1,3}[))])\s*(?P<w>[^(():,,。;;]{2,30}?)(?:方面)?"
             r"[((](?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:公里|座|条|个|户|所|处|家|套|亩|辆|台|人|项|件|米))[))][::](?P<body>.+)$")
#: the unit a report's title is of: 县交通运输局落实… / 县水利局关于…
_TITLE_UNIT = lazy(r"^\s*(?P<u>[\u4e00-\u9fff]{2,20}?(?:局|委|办|中心|公司|政府|街道|镇|乡))(?:关于|落实|[\u4e00-\u9fff]{0,4}?(?:工作)?(?:进展|推进|完成|落实)情况)")


def read(b, paras, i) -> Optional[int]:
    """Two or more items from ``paras[i]``, one commitment each; else None."""
    j = i
    while j < len(paras) and _ITEM.match(paras[j].text):
        j += 1
    if j - i < 2 or (i > 0 and _ITEM.match(paras[i - 1].text)):
        return None
    title = _TITLE_UNIT.match(b.title or "") or _TITLE_UNIT.match(b.t[:80])
    unit = parse_item(title.group("u")) if title else None
    actors = [Actor(unit[0], "organization", "responsible")] if unit and unit[1] == "organization" else []
    for para in paras[i:j]:
        m = _ITEM.match(para.text)
        body = m.group("body")
        work = tidy_task(m.group("w")) or m.group("w")
        prog = find_progress(body, None, b.doc.year)
        status = "done" if _reached(body, float(m.group("n")), m.group("u")) else prog.status if prog else "on_track"
        b.out.append(record(b, work, [(para.start + len(para.text) - len(para.text.lstrip()), para.end)], actors=actors,
                            targets=[Target(work, "=", float(m.group("n")), m.group("u"), m.group("n") + m.group("u"))],
                            deadline=finish_ahead(b, body),
                            progress=Progress(status, prog.percent if prog else None,
                                              report_as_of(b, body), body[:60])))
    return j


def _reached(body: str, n: float, unit: str) -> bool:
    """已开通X36条 against a quota of 15条: what is done already reaches the quota (the same measure word)."""
    m = re.search(r"已[\u4e00-\u9fff、]{0,16}?(\d+(?:\.\d+)?)" + re.escape(unit), body)
    return bool(m) and float(m.group(1)) >= n
