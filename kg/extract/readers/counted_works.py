"""Works counted one after another, given one status by the clause that lists them (rx44)::

    截至6月底,甲村路面硬化1.5公里、乙村道路硬化2公里、丙组入户路硬化0.8公里已全部完工;丁至戊路面硬化4.5公里已完成设计。

→ one commitment per counted work (甲村路面硬化, its size the target) with the status its clause tells (done here;
the next clause's work on track, a stage done), as of the date the sentence names, else the report's.  Two works
listed with 、 at least, each a place or line, a work and its size; a clause telling no status is left to the prose rules.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Progress, Target

from ..lazyre import lazy
from ..progress import find_progress
from ..segment import Span
from .supervision import record, report_as_of, sentence_records

_WORK = r"硬化|改造|建设|新建|铺设|修建|整治|维修|加固|拓宽|提质|亮化|绿化"
#: one counted work: 甲村路面硬化1.5公里
_ONE = lazy(r"(?P<w>[\u4e00-\u9fff]{2,18}?(?:" + _WORK + r"))(?P<n>\d+(?:\.\d+)?)(?P<u>公里|千米|米|户|座|个|处|条|所|平方米|亩)")
#: a list of them joined by 、 in one clause
_LIST = lazy(r"(?:[\u4e00-\u9fff]{2,18}?(?:" + _WORK + r")\d+(?:\.\d+)?(?:公里|千米|米|户|座|个|处|条|所|平方米|亩)、)+"
             r"[\u4e00-\u9fff]{2,18}?(?:" + _WORK + r")\d+(?:\.\d+)?(?:公里|千米|米|户|座|个|处|条|所|平方米|亩)")
#: a quick look: a work's verb and its size right after it
_QUICK = lazy(r"(?:" + _WORK + r")\d")
_LEAD_OFF = lazy(r"^(?:截至|截止)[^,,]{2,12}[,,]|^(?:我|全)[乡镇县区市村]")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The sentences of ``paras[i]`` listing counted works with one status; None where none does."""
    if "、" not in paras[i].text or len(_QUICK.findall(paras[i].text)) < 2 or not _LIST.search(paras[i].text):
        return None
    return i + 1 if sentence_records(b, paras[i], _records) else None


def _records(b, sent: Span):
    m = _LIST.search(sent.text)
    if not m:
        return None
    tail = re.split(r"[;;,,。]", sent.text[m.end():], 1)[0]
    told = find_progress(sent.text[m.start():m.end()] + tail)
    if told is None:
        return None
    out = []
    as_of = report_as_of(b, sent.text)
    for one in _ONE.finditer(m.group()):
        name = _LEAD_OFF.sub("", one.group("w"))
        at = sent.start + m.start() + one.start() + (len(one.group("w")) - len(name))
        end = sent.start + m.start() + one.end()
        out.append(record(b, name, [(at, end)], targets=[Target(name, "=", float(one.group("n")), one.group("u"),
                                                                  one.group("n") + one.group("u"))],
                          progress=Progress(told.status, told.percent, as_of, tail[:40] or None)))
    return out
