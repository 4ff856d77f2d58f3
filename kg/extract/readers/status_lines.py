"""Status lines of a report on matters decided earlier (上次会议议定事项落实情况, 督办事项办理情况): each line names
its work, its units in brackets, then its status after a colon::

    (二)城南冷库项目环评批复(县商务局牵头):正在推进,报告已报市生态环境局审查。
    (三)西区厂房竣工验收(园区管委会):滞后,原定6月10日前验收,至今未组织。

One commitment per line: the work names the task, the bracket its units (``牵头`` after a unit makes it the
lead, ``配合`` / ``协助`` an assisting one, else responsible), the status word and what follows it the progress
(as of the report's date), a term told as the original one (``原定…前``) the deadline (rx29).
"""
from __future__ import annotations

from typing import Optional

from kg.model import Actor, Deadline, Progress

from ..actors import parse_list
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import tidy_task
from ..progress import find_progress
from ..tables import cell_targets
from ..vocab import ITEM_NO
from .counts import fulfilled, record

#: the line: its number, its work, its units in brackets, a colon, then a status word
_LINE = lazy(r"^\s*(?:" + ITEM_NO + r")\s*(?P<w>[^((::。;;,,]{4,40}?)[((](?P<u>[^()()::。]{2,40})[))]\s*(?:[::]|——|—|--)\s*"
             r"(?P<st>已完成|已办结|已落实|基本完成|正在推进|正在办理|正在实施|推进中|办理中|按序时推进|序时推进|进展顺利|滞后|进度滞后|"
             r"未启动|尚未启动|未完成|未办结|暂缓|未开工|尚未开工)")  # (X(镇水利站)——滞后,…, rx36)
#: a review line whose bracket gives the work's units and its term, its status told after: 【2】新建X2.5万亩(县农业农村局,
#: 10月底前)。已完成年度任务的62%,按序时推进。 (rx36)
_TERMED = lazy(r"^\s*(?:" + ITEM_NO + r"|【\d{1,2}】)\s*(?P<w>[^((::。;;,,]{4,40}?)[((](?P<u>[^()()::。,,]{2,30})[,,]\s*"
               r"(?P<d>[^()()::。,,]{2,20})[))]\s*。(?P<rest>.+)$")
#: a unit's role word after it in the bracket: 县商务局牵头 / 县电力公司配合
_ROLE_AFTER = lazy(r"(?P<n>[^、,,和及]{2,20}?)(?P<r>牵头|负责|配合|协助|协办)?(?=$|[、,,和及])")
_ROLE = {"牵头": "lead", "配合": "assist", "协助": "assist", "协办": "assist"}
#: the status word's reading, where the progress rules give none
_STATUS = {"滞后": "behind", "进度滞后": "behind", "未完成": "behind", "未办结": "behind", "暂缓": "not_started",
           "未启动": "not_started", "尚未启动": "not_started", "未开工": "not_started", "尚未开工": "not_started"}
#: the original term of a work now late: 原定8月10日前验收 / 原计划6月底完成
_WAS_DUE = lazy(r"原(?:定|计划|要求)")


def _units(bracket: str) -> list[Actor]:
    """The units of the bracket, each with the role the word after it gives."""
    out = []
    for m in _ROLE_AFTER.finditer(bracket):
        items = parse_list(m.group("n"))
        if items and all(k == "organization" for _, k, _ in items):
            out += [Actor(n, "organization", _ROLE.get(m.group("r") or "", "responsible")) for n, _, _ in items]
    return out


def _progress(b, st: str, rest: str) -> Optional[Progress]:
    found = find_progress(st + rest)
    status = (found.status if found else None) or _STATUS.get(st) or fulfilled(st)
    return Progress(status, found.percent if found else None, b.as_of, (st + rest).strip(",,。")[:60]) if status else None


def _termed(b, p) -> Optional[object]:
    """The commitment of a review line whose bracket gives the units and the term, its status told after it."""
    m = _TERMED.match(p.text)
    actors = _units(m.group("u")) if m else []
    progress = find_progress(m.group("rest"), b.as_of, b.doc.year) if actors else None
    dates = [d for d in find_deadlines(m.group("d"), b.doc) if d.date] if progress else []
    if not dates:
        return None
    dl = Deadline(dates[0].text, dates[0].date, dates[0].precision)
    return record(b, tidy_task(m.group("w")), [(p.start, p.end)], actors, dl, cell_targets(m.group("w")), progress)


#: a case's line in a list of earlier cases: its number, the matter in brackets, a colon, how it stands:
#: 某督〔2012〕17号(县城自来水管网改造):已办结,销号。 (rx39)
_CODED = lazy(r"^\s*[\u4e00-\u9fff]{1,8}[〔\[【(（](?:19|20)\d\d[〕\]】)）]\d{1,4}号\s*[((](?P<w>[^()()]{4,40})[))]\s*[::]\s*(?P<rest>.+)$")
#: how a case stands, in the words of such a line: 逾期未办结 / 未按时反馈 (behind)
_CASE_LATE = lazy(r"逾期|未按时|超期|未办结|继续督办")


def _coded(b, p) -> Optional[object]:
    """The commitment of a case's status line: the matter its task, the line's status its progress (rx39)."""
    m = _CODED.match(p.text)
    if not m:
        return None
    rest = m.group("rest")
    found = find_progress(rest, b.as_of, b.doc.year)
    status = "behind" if _CASE_LATE.search(rest) else (found.status if found else None)
    if not status:
        return None
    progress = Progress(status, found.percent if found else None, b.as_of, rest.strip(",,。")[:60])
    return record(b, tidy_task(m.group("w")), [(p.start, p.end)], [], None, [], progress)


def read(b, paras, i) -> Optional[int]:
    """A run of status lines from ``paras[i]``: one commitment each; else None."""
    j = i
    while j < len(paras):
        termed = _termed(b, paras[j]) or _coded(b, paras[j])
        if termed:
            b.out.append(termed)
            j += 1
            continue
        m = _LINE.match(paras[j].text)
        actors = _units(m.group("u")) if m else []
        if not actors:
            break
        rest = paras[j].text[m.end():]
        dl = None
        was = _WAS_DUE.search(rest)
        if was:
            found = [d for d in find_deadlines(rest[was.end():], b.doc) if d.date]
            dl = Deadline(found[0].text, found[0].date, found[0].precision) if found else None
        p = paras[j]
        b.out.append(record(b, tidy_task(m.group("w")), [(p.start, p.end)], actors, dl, [], _progress(b, m.group("st"), rest)))
        j += 1
    return j if j > i else None
