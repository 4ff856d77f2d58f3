"""A status told of works named in the sentence before it (rx50).

News of practical works often names a work, or lists a few, and tells how they stand only in the next sentence::

    居民说,这多亏了“东湖路拓宽改造”项目。这是社区的实事之一,该项目8月下旬正式完工。
    街道今年选定了甲停车场改造项目、乙街区景观提升等一批实事项目。到11月中旬,所有项目都已完工。

→ the work named (东湖路拓宽改造), or each work listed (甲停车场改造项目, 乙街区景观提升), with the status the
second sentence tells (done).  Only the sentence right before is looked in; a sentence with no status, or one that
already holds a record, is left alone (the caller, :meth:`SpeechBuilder._unclaimed`, checks that).
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Progress

from .lazyre import lazy
from .progress import find_progress
from .vocab import MODAL_RX, PLANNED_RX

#: the one work before: 该项目 / 此工程 / 这一项目 opening the sentence (after a frame clause) or a clause
_THAT = lazy(r"(?:^|[,,])(?:该|此|这一?)(?:项目|工程)")
#: all the works before: 所有项目 / 上述项目 / 这些项目
_ALL = lazy(r"(?:^|[,,])(?:所有|全部|上述|以上|这些|各)(?:项目|工程|实事项目)")
#: a work named at the end of a sentence: “东湖路拓宽改造”项目 / 东湖路拓宽改造工程
_LAST_WORK = lazy(r"(?:“(?P<q>[^“”]{4,30})”(?:项目|工程)?|(?<=[,,得于是了])(?P<w>[\u4e00-\u9fff]{4,24}?(?:项目|工程)))[。!]?$")
#: works listed before the set they belong to: 确定了A、B等一批实事项目 / 实施了A、B等5个项目
_LISTED = lazy(r"(?:确定|安排|实施|推出|谋划|选定|包括)了?(?P<l>[^。;;::]{4,120}?)等(?:一批|\d+个|[一二三四五六七八九十]+个|多个)"
               r"[^。;;,,]{0,16}?(?:项目|工程)")
#: a work done at a time told without 已: 于今年9月正式完工 / 9月底全面建成
_DONE_AT = lazy(r"(?:于|在)?[^,,。;;]{0,12}?(?:正式|全面|顺利|全部)?(?:完工|竣工|建成|投用|投入使用|通车|交付使用)(?:[。;;,,]|$)")


def works_before(prev: str, sent: str) -> list[tuple[str, int, int]]:
    """The works (name, start, end in ``prev``) the status of ``sent`` is told of: the one named last in ``prev`` for
    该项目, each one listed there for 所有项目; ``[]`` where ``sent`` points back to none."""
    if _ALL.search(sent):
        m = _LISTED.search(prev)
        if not m:
            return []
        base = m.start("l")
        out = []
        for piece in re.finditer(r"[^、,,]+", m.group("l")):
            name = piece.group().strip("“” ")
            if 4 <= len(name) <= 30:
                out.append((name, base + piece.start(), base + piece.end()))
        return out if len(out) >= 2 else []
    if _THAT.search(sent):
        m = _LAST_WORK.search(prev.rstrip())
        if m:
            g = "q" if m.group("q") else "w"
            return [(m.group(g), m.start(g), m.end(g))]
    return []


def status_of(sent: str, year: Optional[int], as_of: Optional[str]) -> Optional[Progress]:
    """How the works stand by ``sent``: as it tells (find_progress), or done where it tells them finished at a time
    (该项目8月下旬正式完工); None where it tells no status or plans one (将于…建成)."""
    if MODAL_RX.search(sent) or PLANNED_RX.search(sent):
        return None
    p = find_progress(sent, as_of, year)
    if p is not None:
        return p
    m = _DONE_AT.search(sent)
    return Progress("done", None, as_of, m.group().strip(",,。;;")) if m else None
