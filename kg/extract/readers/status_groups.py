"""Works counted by their status, group by group, in a progress report (rx40)::

    一是已完成或达到时序进度以上的项目25个,占比达62.5%。分别为:甲、乙、丙…。二是有一定进度的实事项目11个,
    占比达27.5%。三是正在开展相关前期工作的项目4个,占比达10%。

→ one commitment per group: its count the target (25个), its status the group's (已完成 alone done; 达到时序进度 /
正常推进 on track; 推进缓慢 / 有一定进度 / 滞后 behind; 正在开展前期工作 / 尚未开工 not started), the works named
in its bracket or in the 分别为: list after it its projects.  The share of the groups (占比达62.5%) is no progress of
a work.  Two groups or more of two statuses in a paragraph, else it is no such report.  Where the supervision reader
reads more of the paragraph (a report's whole, 八件惠民实事, and the works a group names in brackets or the units
lagging after 其中, each its own; rx18), it is that reader's.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Progress

from ..lazyre import lazy
from ..segment import Span
from ..targets import Target
from . import supervision
from .supervision import record, report_as_of

#: a group: (一是)(已完成 / 正常推进 / 推进缓慢 …)(的)(项目 / 实事项目)(有)N(项)((A、B、C))(,占…%)
_GROUP = lazy(r"(?:^|(?<=[;;。,,::]))\s*(?:截至[^,,;;。]{2,12}[,,])?(?:[一二三四五六]是)?"
              r"(?P<s>(?:已(?:提前|超额)?|提前|超额)?(?:完成|办结)[^,,;;。的]{0,20}?|[^,,;;。的]{0,8}?(?:推进|进展|进度|前期工作)[^,,;;。的]{0,12}?)"
              r"的(?P<w>[\u4e00-\u9fff]{0,8}?)\s*有?\s*(?P<n>\d+)\s*(?P<u>个|项|件)?(?:[((](?P<l>[^()()]{4,200})[))])?"
              r"(?P<share>[,,]\s*占(?:比|目标任务的|总数的)?(?:达|为)?\d+(?:\.\d+)?%)?(?=[;;。,,]|$)")
#: a group's status words, read here, not by kg.extract.progress: a group is told by words a work's status is not
#: (有一定进度 is behind, 已完成或达到时序进度 on track, 正在开展前期工作 not started), and a report told by 超进度 /
#: 达进度 / 欠进度 groups is its whole's (the supervision reader's)
_BEHIND = lazy(r"缓慢|滞后|未达到?|落后|有一定进度|较慢|偏慢")
_NOT_STARTED = lazy(r"前期工作|尚未开工|未开工|未启动|尚未启动")
_ON = lazy(r"序时|时序|正常推进|进展顺利|有序推进|按计划|推进|达到")
#: where one work listed ends and the next begins
_SPLIT = lazy(r"、|;|;")
#: the works of a group told in the sentence after it: 分别为:A、B、C。
_LIST_AFTER = lazy(r"^\s*(?:分别|具体)(?:为|是)[::](?P<l>[^。]+)")


def _status(s: str) -> str:
    if _NOT_STARTED.search(s):
        return "not_started"
    if _BEHIND.search(s):
        return "behind"
    return "on_track" if _ON.search(s) else "done"


def _works(text: str) -> list[str]:
    return [w.strip(" ,,。") for w in _SPLIT.split(text or "") if 2 <= len(w.strip(" ,,。")) <= 30]


def _task(m: re.Match, works: list[str]) -> str:
    """The works named in the group's bracket, else the group: 甲、乙、丙 / 正常推进的项目."""
    if works and m.group("l"):
        return "、".join(works[:3]) + ("等" if len(works) > 3 else "")
    s = re.sub(r"[((][^()()]*[))]", "", m.group("s"))
    return (s + "的" + (m.group("w") or "事项"))[:30]


def read(b, paras, i) -> Optional[int]:
    """A paragraph counting works by their status, two groups or more: one commitment per group; else None."""
    para = paras[i]
    text = para.text
    groups = [m for m in _GROUP.finditer(text) if not m.group("s").startswith(("其中", "截至"))]
    if len(groups) < 2 or len({_status(m.group("s")) for m in groups}) < 2:
        return None
    n = len(b.out)
    j = supervision.read(b, paras, i)
    if j is not None and (any(m.group("l") for m in groups) or len(b.out) - n > 1):
        return j  # (a report's whole and the works a bracket names, the groups its parts: the supervision reader's, rx18)
    del b.out[n:]  # (one count read as the whole, the groups not: theirs, here)
    as_of = report_as_of(b, text)
    for m in groups:
        end = m.end()
        works = _works(m.group("l"))
        after = _LIST_AFTER.match(text[end + 1:]) if text[end:end + 1] == "。" else None
        if after:
            works = _works(after.group("l"))
        n = float(m.group("n"))
        targets = [Target(m.group("w") or "事项", "=", n, m.group("u"), m.group(0).strip())] if m.group("u") else []
        b.out.append(record(b, _task(m, works), [(para.start + m.start("s"), para.start + end)], targets=targets,
                            progress=Progress(_status(m.group("s")), None, as_of, m.group(0).strip()), projects=works))
    first = text.rfind("。", 0, groups[0].start()) + 1
    if len(text[:first].strip()) >= 6:
        b.out.extend(b._paragraph(Span(text[:first], para.start, para.start + first)))
    last = text.find("。", groups[-1].end())
    last = len(text) if last < 0 else last + 1
    after = _LIST_AFTER.match(text[last:])
    last = text.find("。", last + after.end()) + 1 if after else last  # (分别为:… read with its group)
    if last and len(text[last:].strip()) >= 6:
        b.out.extend(b._paragraph(Span(text[last:], para.start + last, para.end)))
    return i + 1
