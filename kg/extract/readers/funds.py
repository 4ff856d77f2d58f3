"""Funds a meeting allots (meeting minutes): the treasury's allocation is a decision.

``2.关于校舍维修资金问题。县财政统筹安排县教育局校舍维修资金120万元。`` → the
treasury (县财政, 县财政局) responsible for the allocation (the unit receiving it is no actor), the amount its target
(120 万元), the task the fund (校舍维修资金).  Read only in minutes; the other
sentences of the paragraph go to the prose rules.
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

from kg.model import Actor, Target

from ..segment import Span
from .minutes import is_minutes
from .supervision import record, sentence_records

#: 县财政统筹安排县教育局校舍维修资金120万元 / 由市财政局安排专项资金200万元
_ALLOT = lazy(r"(?:^|[,,。;])(?:由)?(?P<u>(?:省|市|区|县|州|旗)财政(?:局)?)(?:统筹|另行|一次性|再|追加)?(?:安排|拨付|下拨|补助|追加)"
                    r"(?P<to>[^,,。;]{0,16}?(?:局|委|办|镇|乡|街道|中心|公司|院|校))?"
                    r"(?P<m>[\u4e00-\u9fff“”]{2,16}?(?:经费|资金|补助|补贴|奖补资金|款))(?P<n>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The allocation sentences of ``paras[i]`` in minutes; the others to the prose rules, in place."""
    para = paras[i]
    if "财政" not in para.text or not is_minutes(b):
        return None
    return i + 1 if sentence_records(b, para, _allotted) else None


def _allotted(b, sent: Span):
    m = _ALLOT.search(sent.text)
    if not m:
        return None
    unit = m.group("u")
    actors = [Actor(unit, "organization", "responsible")]  # (the unit that receives the fund is no actor)
    metric = m.group("m").replace("“", "").replace("”", "")
    return record(b, metric, [(sent.start, sent.end)], actors=actors,
                  targets=[Target(metric, "=", float(m.group("n")), m.group("unit"), m.group(0).lstrip(",,。;"))])
