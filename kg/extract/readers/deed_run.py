"""A unit's report on the tasks it was given, its deeds run together clause after clause (rx44)::

    2021年县水利局承担今年政府工作报告中的重点工作事项共8项,均已按要求完成。
    全年新建农村公路85公里;已完成“十四五”综合交通规划编制;成功创建省级“四好农村路”示范县;
    客运站改造工程已启动;承担的5个重点项目,全部按时间节点有序推进。

→ the lead (the unit, the count of its tasks, their status) and one commitment per clause of the run that tells a
deed or a status: the unit responsible, the clause's status (a deed told as done: 新建…85公里, 成功创建…), its
figures the targets, as of the report's date.  The lead names the unit and that it was given the tasks (承担,
确定, 交办) and tells how they stand; a run is three clauses of deeds at least, split at semicolons.  A clause
telling no deed (常态化抓好X) is left out.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from kg.model import Actor, Progress

from ..actors import parse_item
from ..lazyre import lazy
from ..naming import task_text, tidy_task
from ..progress import find_progress
from ..segment import Span
from ..targets import find_targets
from ..time_section import year_end
from .counts import counted
from .supervision import record, report_as_of

#: the lead: a unit given tasks, how they stand: 县水利局承担…重点工作事项共8项,均已按要求完成
_LEAD = lazy(r"^(?:(?:19|20)\d\d年(?:度)?[,,]?)?(?P<u>[\u4e00-\u9fff]{2,14}?(?:局|委|办|中心|公司|街道|管委会|镇|乡))"
             r"(?:承担|牵头|负责)(?:的)?[^。;;]{0,30}?(?:重点工作|工作任务|任务|事项|项目)")
#: a deed told done without 已: 全年新建农村公路85公里 / 成功创建…示范县 / 建成…
_DEED = lazy(r"^(?:全年|今年|年内|本年度?)?(?:累计)?(?:新建|改建|新建、改建|新改建|建成|完成|成功创建|成功申报|创建|实现|争取|淘汰|"
             r"成立了?|出台了?|制定了?|印发了?|(?:足额)?(?:发放|拨付|兑现)|救助|资助|培训)|得到(?:保障|救治|救助|解决|落实)|受益")


#: the lead, no unit named: a count of works and their status closing the paragraph: …,十八项工程提前“交卷” / 12件实事已全部完成
#: (read in the paragraph's last sentence only)
_COUNT_LEAD = lazy(r"(?:[一二三四五六七八九十百两]+|\d+)(?:项|个|件)(?:民生)?(?:工程|项目|实事|任务|事项)"
                   r"[^。;;,,]{0,8}?(?:提前|全部|已经?|均已|如期)+(?:“?交卷”?|完成|竣工|完工|办结)[。!!]?$")


_DONE_WORD = lazy(r"交卷|完成|竣工|完工|办结")


def _lead(text: str) -> Optional[tuple[Optional[str], Progress, tuple[int, int]]]:
    """``(the unit or None, the status, the lead's span in text)`` where ``text`` leads a run of deeds; else None."""
    m = _LEAD.match(text) if ("承担" in text or "牵头" in text or "负责" in text) else None
    status = find_progress(text) if m else None
    if m and status is not None:
        unit = parse_item(m.group("u"), bare=True)
        if unit and unit[1] == "organization":
            return unit[0], status, (0, len(text.rstrip("。")))
    last = max(text.rstrip("。!!").rfind(c) for c in "。;;") + 1  # (the last sentence opens the lead)
    told = _COUNT_LEAD.search(text, last) if _DONE_WORD.search(text, last) else None
    if told:
        told = re.compile(r".*", re.S).match(text, last, told.end())
    status = find_progress(re.split(r"[,,]", told.group())[-1]) if told else None
    if told and status is not None and status.status in ("done", "on_track"):
        return None, status, (told.start(), told.end() - (1 if told.group().endswith(("。", "!", "!")) else 0))
    return None


def _clauses(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for piece in re.split(r"([;;。])", text):
        if piece in (";", ";", "。"):
            pos += 1
            continue
        s = pos + len(piece) - len(piece.lstrip())
        pos += len(piece)
        if len(piece.strip()) >= 4:
            out.append((s, s + len(piece.strip())))
    return out


def _status(clause: str, lead: str) -> Optional[str]:
    """The clause's own status, else the lead's for a deed told (已…, 新建…, 成功创建…); None for no deed."""
    found = find_progress(clause)
    if found is not None:
        return found.status
    if re.search(r"要|将|力争|确保|计划|拟", clause):
        return None
    return lead if _DEED.search(clause) or re.search(r"已(?:经)?[\u4e00-\u9fff]", clause) else None


def _split(text: str, s: int, e: int, lead: str) -> list[tuple[int, int, Optional[str]]]:
    """A clause of the run, cut where a part after a comma tells a status of its own (…示范县,公交152台均已投入使用)."""
    clause = text[s:e]
    for m in re.finditer(r"[,,]", clause):
        after = clause[m.end():]
        if find_progress(after) is not None and _status(clause[:m.start()], lead):
            return [(s, s + m.start(), _status(clause[:m.start()], lead)), (s + m.end(), e, _status(after, lead))]
    return [(s, e, _status(clause, lead))]


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A lead paragraph and its run of deeds (the next paragraph): the lead and one commitment per deed; else None."""
    if i + 1 >= len(paras):
        return None
    lead = _lead(paras[i].text.strip())
    if not lead:
        return None
    unit, status, (ls, le) = lead
    run = paras[i + 1]
    cls = [c for s, e in _clauses(run.text) for c in _split(run.text, s, e, status.status)]
    if sum(1 for *_, st in cls if st) < 3:
        return None
    actors = [Actor(unit, "organization", "responsible")] if unit else []
    para = paras[i]
    as_of = report_as_of(b, para.text)
    year = _YEAR.match(para.text.strip())
    due = year_end(year.group(0), b.doc) if year else None
    stripped = para.text.strip()
    text = stripped[ls:le]
    at = para.start + len(para.text) - len(para.text.lstrip()) + ls
    if ls:  # what the paragraph tells before its lead goes to the prose rules
        b.out.extend(b._paragraph(Span(stripped[:ls], at - ls, at)))
    b.out.append(record(b, tidy_task(task_text(text)) or text[:20], [(at, at + len(text))], actors=actors, deadline=due,
                        targets=[replace(t, metric=_GIVEN.sub("", t.metric) or t.metric) for t in counted(text)[:1]], progress=Progress(status.status, status.percent, as_of, status.text)))
    for s, e, st in cls:
        if st:
            clause = run.text[s:e]
            told = find_progress(clause)
            b.out.append(record(b, _task(clause), [(run.start + s, run.start + e)], actors=actors, deadline=due,
                                targets=[t for t in find_targets(clause) if t.unit != "%"],  # (完成任务的106%: how far)
                                progress=Progress(st, told.percent if told else None, as_of, clause[:60])))
    return i + 2


def _task(clause: str) -> str:
    """The work a deed is of: 充电桩已建设60套 → 充电桩; 已完成X规划 → X规划; 成功创建X → 创建X."""
    work = re.sub(r"^(?:承担的?|已经?|完成了?|成功(?=创建|申报))+", "", clause)
    before = re.split(r"(?:均|全部|全面|都)?(?:已经?|完成|完工|竣工|投入使用|得到|受益)|项目中|[,,]", work)[0]
    return tidy_task(task_text(before if len(before) >= 4 else work)) or clause[:20]


#: the giving before what is given: 政府工作报告中的重点工作事项 → 重点工作事项
_GIVEN = lazy(r"^.*(?:确定|承担|下达|交办|分解|报告中)的?")
#: the year the lead reports on: 2021年县水利局承担…
_YEAR = lazy(r"(?:19|20)\d\d年")
