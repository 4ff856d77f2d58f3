"""Works told one after another with their lead unit in brackets, in news of a supervision check (rx30)::

    多数项目跑在了序时进度前面。城区新增公交车80辆(市交通局牵头)已全部投运;农村饮水工程(市水利局牵头)计划解决
    9万人饮水问题,目前已解决6万人;全市新增就业目标1万人,上半年已新增6200人。

→ one commitment per piece: the work named before the bracket, the unit in it leading (``负责``: responsible), the
amount planned its target (the part told before what is done), its status as told, else the lead sentence's
(``跑在了序时进度前面`` on track, ``进度偏慢`` behind), a year's plan (``全年计划`` / ``年度任务``) due at the
year's end.  A piece with no bracket counts where the paragraph has two that do and the piece plans an amount.
The other sentences of the paragraph go to the prose rules.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Deadline, Progress, Target

from ..actors import parse_list
from ..lazyre import lazy
from ..naming import tidy_task
from ..progress import find_progress
from ..segment import Span
from ..targets import find_targets
from .supervision import record, report_as_of

#: a work and its lead unit in brackets: 农村饮水工程(市水利局牵头)
_LED = lazy(r"(?P<w>[^,,。;;()()]{3,30}?)[((](?P<u>[^()()]{2,24}?)(?P<r>牵头|负责|主责)[))]")
#: a lead unit's bracket closing, looked for before the whole pattern
_QUICK = lazy(r"(?:牵头|负责|主责)[))]")
#: where what is done starts, after the amount planned: 已 / 目前 / 仅 / 只 / 上半年已
_DONE_PART = lazy(r"[,,]?(?:目前|截至|上半年|前\d+个?月|今年以来)?(?:已|仅|只|累计已)|[,,](?:因|但|其中)")
#: an amount planned: 15条 / 1.2万人
_AMOUNT = lazy(r"(?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:个|所|条|辆|套|户|人次|人|公里|座|处|家|亩|场|台|盏))")
#: a lead sentence giving the pieces after it a status
_AHEAD = lazy(r"序时进度前面|超(?:过)?序时|快于序时|进展顺利|总体顺利|达到序时")
_SLOW = lazy(r"偏慢|滞后|缓慢|较慢|落后|慢于序时|未达序时")
#: a year's plan: due at the year's end
_YEAR_PLAN = lazy(r"全年计划|年度任务|年度计划|全年任务|全年目标")


def _hint(sentence: str) -> Optional[str]:
    if len(sentence) > 40 or _LED.search(sentence):
        return None
    return "behind" if _SLOW.search(sentence) else "on_track" if _AHEAD.search(sentence) else None


def _pieces(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence piece (cut at 。 and ;)."""
    out, s = [], 0
    for m in re.finditer(r"[。;;]", text + "。"):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    return out


def _plan_targets(text: str, led) -> list:
    """The amounts a piece plans: what it tells before what is done (计划解决9万人饮水问题,目前已解决…), else the
    amount after the bracket as the work's (城区道路白改黑(…牵头)计划改造15条)."""
    cut = _DONE_PART.search(text, led.end() if led else 0)
    plan = re.split(r"[,,]", text[led.end() if led else 0:cut.start() if cut else len(text)])[0]
    targets = find_targets((led.group("w") if led else "") + plan) or find_targets(text[:cut.start()] if cut else text)
    amount = _AMOUNT.search(plan) if led and not targets else None
    if amount:
        targets = [Target(tidy_task(led.group("w")), "=", float(amount.group("n")), amount.group("u"), amount.group())]
    return targets if led or cut else []


def _status(b, para: Span, text: str, hint: Optional[str], year: int) -> Optional[Progress]:
    """The piece's status as told; the lead sentence's where it tells none or not done (done stays done)."""
    p = find_progress(text, report_as_of(b, para.text), year)
    if hint and not (p and p.status == "done"):
        p = Progress(hint, p.percent if p else None, report_as_of(b, para.text), text)
    return p


def _piece(b, para: Span, s: int, e: int, hint: Optional[str], year: int):
    text = para.text[s:e]
    led = _LED.search(text)
    targets = _plan_targets(text, led)
    if not led and not targets:
        return None
    name = led.group("w") if led else targets[0].metric
    task = tidy_task(re.sub(r"^(?:其中|此外|另外)[,,]?|的任务$|任务$|目标$", "", name.strip())) or name
    actors = [Actor(n, k, "lead" if led.group("r") == "牵头" else "responsible")
              for n, k, _ in parse_list(led.group("u")) or ()] if led else []
    plan = _YEAR_PLAN.search(text)
    dl = Deadline(plan.group(), f"{year}-12-31", "year") if plan else None
    return record(b, task, [(para.start + s, para.start + e)], actors=actors, targets=targets,
                  progress=_status(b, para, text, hint, year), deadline=dl)


def read(b, paras, i) -> Optional[int]:
    """A paragraph of two or more works with their lead unit in brackets: one commitment per piece (the other
    sentences go to the prose rules); else None."""
    para = paras[i]
    if not b.doc.year or len(_QUICK.findall(para.text)) < 2 or len(_LED.findall(para.text)) < 2:
        return None
    pieces = _pieces(para.text)
    if sum(1 for s, e in pieces if _LED.search(para.text, s, e)) < 2:
        return None
    hint, recs, rest = None, [], []
    for s, e in pieces:
        text = para.text[s:e]
        lead = text.rfind("。") + 1
        hint = _hint(text) or hint
        rec = _piece(b, para, s, e, hint, b.doc.year) if not _hint(text) else None
        if rec:
            recs.append(rec)
        elif lead < len(text) and not _hint(text):
            rest.append((s, e))
    if len(recs) < 2:
        return None
    for s, e in rest:
        b.out.extend(b._paragraph(Span(para.text[s:e + 1], para.start + s, para.start + min(e + 1, len(para.text)))))
    b.out.extend(recs)
    return i + 1
