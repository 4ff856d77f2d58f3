"""Units ranked by their rate in a supervision notice, each unit with its percent (rx44)::

    接种率排名前三名的乡镇:甲镇政府98%、乙镇政府97%、丙镇政府97%;接种率排名后三名的乡镇:丁镇政府83%、戊镇政府84%。

→ one commitment per unit: the unit responsible for its own rate of the work the notice ranks (接种), its percent the
progress: done at 100% or more, behind where the list is of the last (后三名, 排名靠后, 末位), else on track, as of
the report's date.  A list is two units at least after a colon (or right after 的部门, 的乡镇) whose clause ranks them
(排名, 前N名, 后N名).
"""
from __future__ import annotations

from typing import Optional

from kg.model import Actor, Progress

from ..lazyre import lazy
from ..segment import Span
from ..listing import answerable, pieces
from .supervision import record, report_as_of

#: a clause ranking units, then its list after a colon
_RANKED = lazy(r"(?P<head>[^。;;::]{0,30}?(?:排名|排序|前[一二两三四五六七八九十\d]+名|后[一二两三四五六七八九十\d]+名|靠前|靠后|末位)"
               r"[^。;;::]{0,12}?)(?:[::]|(?<=的)(?:乡镇|部门|单位|县区|街道|镇街|社区)(?=[\u4e00-\u9fff]))(?P<l>[^。;;]{4,300})")
#: one unit's rate: 甲镇政府98% / 金融办100%
_RATE = lazy(r"^(?P<u>[\u4e00-\u9fff()()]{2,20}?)(?P<p>\d+(?:\.\d+)?)%$")
_RANK_WORD = lazy(r"排名|排序|名[::的]|靠前|靠后|末位")
_LAST = lazy(r"后[一二两三四五六七八九十\d]+名|靠后|末位|倒数")
#: the rate ranked: 接种率 → 接种
_METRIC = lazy(r"(?P<m>[\u4e00-\u9fff]{2,8}?)率(?:排名|排序)")


def _shares(text: str) -> Optional[list[tuple[str, float, int, int]]]:
    """``(unit, percent, start, end)`` of each piece of a list of units' rates; None where a piece is none or fewer than
    two are."""
    out = []
    for name, s, e in pieces(text):
        m = _RATE.match(name)
        if not m or not answerable(m.group("u")):
            return None
        out.append((m.group("u"), float(m.group("p")), s, e))
    return out if len(out) >= 2 else None


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A paragraph ranking units by their rate (its lists cut at semicolons, not read sentence by sentence): one
    commitment per unit ranked; None where it ranks none."""
    if "%" not in paras[i].text or not _RANK_WORD.search(paras[i].text) or not _RANKED.search(paras[i].text):
        return None
    made = _records(b, paras[i])
    if not made:
        return None
    b.out.extend(made)
    return i + 1


def _records(b, sent: Span):
    out = []
    for m in _RANKED.finditer(sent.text):
        shares = _shares(m.group("l"))
        if not shares:
            continue
        metric = _METRIC.search(m.group("head"))
        work = metric.group("m") if metric else "工作"
        last = bool(_LAST.search(m.group("head")))
        for unit, pct, s, e in shares:
            status = "done" if pct >= 100 else "behind" if last else "on_track"
            at = sent.start + m.start("l") + s
            out.append(record(b, unit + work, [(at, at + (e - s))], actors=[Actor(unit, "organization", "responsible")],
                              progress=Progress(status, pct, report_as_of(b, sent.text), sent.text[m.start("l") + s:m.start("l") + e])))
    return out
