"""A return visit's problems still not put right, place by place (rx40)::

    现将没有整改到位的问题逐村通报如下:
    1、东山镇红岭村,农资店对面生活垃圾一处仍处理不到位;
    2、西河乡柳营村,满街秸秆未清;

→ one commitment per problem, behind: the place's town and village (or street, community) answerable for it, its work
the problem put right.  The notice's lead-in sentence goes to the prose rules.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress

from ..actors import parse_list
from ..lazyre import lazy
from ..naming import remedy
from .supervision import record, report_as_of

#: the lead-in of the list: 现将没有整改到位的问题逐村通报如下:
_LEAD = lazy(r"(?:没有|未|尚未|仍未|仍没有)(?:整改|整治|处理|解决)到位的问题[^。::]{0,12}?(?:通报)?如下[::]?\s*$")
#: 1、东山镇红岭村,农资店对面生活垃圾一处仍处理不到位;
_ITEM = lazy(r"^\s*\d{1,3}[、.．]\s*(?P<place>[^,,;;。]{3,24}?)[,,](?P<p>[^;;。]{4,80}?)[;;。]?\s*$")
#: the town (or park) a place opens with, then the village, street or community in it
_TOWN = lazy(r"^(?P<t>[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道|园区|开发区))(?P<v>[\u4e00-\u9fff]{2,10}(?:村|街|社区|居委会|小区))$")


def _places(place: str) -> list[Actor]:
    m = _TOWN.match(place.strip())
    parts = [m.group("t"), m.group("v")] if m else [place.strip()]
    out = []
    for p in parts:
        items = parse_list(p)
        if items:
            out += [Actor(n, k, "responsible", q) for n, k, q in items]
        elif re.search(r"(?:村|街|社区|居委会|园区)$", p):
            out.append(Actor(p, "organization", "responsible"))
    return out


def read(b, paras, i) -> Optional[int]:
    """A lead-in naming problems not yet put right, then numbered items of a place and its problem: one commitment
    each, behind; else None."""
    if not _LEAD.search(paras[i].text):
        return None
    j = i + 1
    found = []
    while j < len(paras):
        m = _ITEM.match(paras[j].text)
        if not m:
            break
        found.append((paras[j], m))
        j += 1
    if len(found) < 2:
        return None
    b.out.extend(b._paragraph(paras[i]))
    as_of = report_as_of(b, paras[i].text)
    for para, m in found:
        problem = m.group("p").strip()
        task = remedy(problem) or problem
        s = para.start + m.start("place")
        b.out.append(record(b, task, [(s, para.start + m.end("p"))], actors=_places(m.group("place")),
                            progress=Progress("behind", None, as_of, problem)))
    return j
