"""An inspection notice's problems, site by site, under a heading naming the unit answerable (rx40)::

    一、主干道公共卫生间(责任单位:县环卫局)
    1、滨河路——体育馆旁公共卫生间
    (1)无节约用水宣传;
    (2)洗手池水龙头损坏。
    2、西站转盘公共卫生间
    (1)有明显异味。

→ one commitment per site (its line the evidence, 整改 its work), the heading's unit responsible; the defects under
it are what is to be fixed, no commitment each.  The notice's closing term (三个工作日内完成整改) is given to them by
:func:`kg.extract.finish.finish`.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor

from ..actors import parse_list
from ..lazyre import lazy
from .supervision import record

#: 一、主干道公共卫生间(责任单位:县环卫局)
_HEAD = lazy(r"^\s*[一二三四五六七八九十]{1,3}、(?P<h>[^()()]{2,30}?)[((](?:责任单位|责任部门|整改单位|牵头单位)[::](?P<u>[^()()]{2,40})[))]\s*$")
#: 1、滨河路——体育馆旁公共卫生间 (a site, no sentence)
_SITE = lazy(r"^\s*\d{1,2}[、.．]\s*(?P<s>[^。;;,,]{3,40}?)\s*$")
#: (1)无节约用水宣传; (a defect of the site above)
_DEFECT = lazy(r"^\s*[((]\d{1,2}[))]")


def read(b, paras, i) -> Optional[int]:
    """A heading naming its unit, then sites each with its defects: one commitment per site; else None."""
    m = _HEAD.match(paras[i].text)
    units = parse_list(m.group("u")) if m else None
    if not units:
        return None
    actors = [Actor(n, k, "responsible", p) for n, k, p in units]
    j, sites = i + 1, []
    while j < len(paras):
        site = _SITE.match(paras[j].text)
        if not site or j + 1 >= len(paras) or not _DEFECT.match(paras[j + 1].text):
            break
        sites.append((paras[j], site))
        j += 1
        while j < len(paras) and _DEFECT.match(paras[j].text):
            j += 1
    if not sites:
        return None
    for para, site in sites:
        name = re.sub(r"\s+", "", site.group("s"))
        s = para.start + site.start("s")
        b.out.append(record(b, name + "整改", [(s, s + len(site.group("s")))], actors=actors))
    return j
