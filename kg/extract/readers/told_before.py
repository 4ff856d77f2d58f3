"""How a work stands, told earlier in the document than the order about it (rx29).

Minutes of a scheduling meeting, a supervision notice or a dispatch record often tell first how each work
stands (the units' reports, a section of the situation) and give the orders after it::

    县自来水公司 周某:二期管网已完成铺设12公里,加压泵站设备正在安装。
    …
    二、会议要求
    县自来水公司要在9月20日前完成加压泵站设备安装调试。

→ the order keeps its own commitment; its progress (on track) is the one told of its work before it.
A sentence told before gives its status to an order only where it names the order's work (a run of four
characters or more of the order's task, a name not its step nor a class of works), has a status of its own
(已完成…, 正在…, 滞后, 尚未…) and no modal (an earlier order is no report), and the order, dated by its own
term, has none of its own.  The nearest
such sentence before the order wins.

In minutes, a unit's report line (``县水务局:X大坝填筑已完成65%…``, a speaker's head before the colon) whose
work a later order of the meeting names is that order's status, not a commitment of its own: the report is
folded into the order (rx34).  A report no later order names stays a commitment of its own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Progress

from ..lazyre import lazy
from ..actors import parse_item
from ..progress import find_progress
from ..segment import evidence_start, sentences, told_next
from ..vocab import ITEM_NO, MODAL_RX
from .counts import SPEAKER_HEAD, line_speaker

#: how much of the task's name the sentence must share
_RUN = 4
#: words too common to tie a status to an order: the steps, not the work
_COMMON = lazy(r"^(?:完成|推进|开工|建设|工作|项目|工程|改造|整改|全部|全面|进度|情况|任务|主体|开展|加快|确保|计划)+$|"
               r"民生实事|重点项目|民生工程|目标任务|整改任务|确定事项|议定事项|重点工作|实事项目|问题整改")
#: what is yet to do beside what is done: 设备正在安装 / 尚未… / 剩余… (under way, not done)
_YET = lazy(r"正在|尚未|仍在|剩余|还有|还剩")
#: a status word in the run shared: 进度滞后 (the order's own words about whom it asks, not its work)
_STATUS_IN = lazy(r"滞后|完成|已|正在|未|推进|开工|进度|缓慢|到位|兑现|办结|销号")
#: a unit's name in the run shared: 县政府督查室 (the unit, not the work)
_UNIT_IN = lazy(r"(?:局|委|办|室|中心|公司|政府|街道|镇|乡)$|[局委办室]")
#: a status told, not planned: 已… / 正在… / 尚未… / 滞后 / 完成…% (the progress rules read it)
_TOLD = lazy(r"已|正在|尚未|仍未|未开工|未启动|滞后|缓慢|偏慢|[慢落]于|比计划慢|完成约?\d|完成了|\d+(?:\.\d+)?%")


def _shared_run(a: str, b: str) -> str:
    """The longest run of characters ``a`` and ``b`` share."""
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b and _HAN.fullmatch(a[i:j]):
                best = a[i:j]
            else:
                break
    return best


def _told(paras: list, as_of, year) -> list[tuple]:
    """The sentences of ``paras`` that tell a status: (start, sentence, progress)."""
    out = []
    for para in paras:
        for s in sentences(para):
            if MODAL_RX.search(s.text) or not _TOLD.search(s.text):
                continue
            p = find_progress(s.text, as_of, year)
            if p is not None:
                out.append((s.start, s, p))
    return out


def add(records: list, paras: list, as_of, year) -> list:
    """``records`` with the progress a sentence told before each (of a record without one) gives it."""
    if not records or not any(r.progress is None for r in records):
        return records
    told = _told(paras, as_of, year)
    if not told:
        return records
    out = list(records)
    for k, r in enumerate(out):
        start = evidence_start(r)
        if r.progress is not None or start is None or r.deadline is None or r.deadline.date is None:
            continue  # (an order with its term; a standing duty takes no status told before it)
        got = _told_of(r.task, _item_label(paras, start), [t for t in told if t[0] < start])
        if got and got[2].status == "done" and _told_year(paras, got) < r.deadline.date[:4]:
            continue  # (last year's pledge told kept gives no status to this year's, rx36)
        if got:
            _, s, p = got
            status = "on_track" if p.status == "done" and _YET.search(s.text) else p.status  # (已完成土建,设备正在安装)
            out[k] = replace(r, progress=Progress(status, p.percent, as_of, p.text or s.text[:60]))
            # (the order's evidence stays its own: the status told is in the progress's text)
    return out


#: a section's heading naming its year: 一、2020年度承诺事项践诺情况
_YEAR_SECTION = lazy(r"^\s*[一二三四五六七八九十]{1,3}、[^。]{0,8}?((?:19|20)\d\d)年")


def _told_year(paras: list, got) -> str:
    """The year a status told speaks of: its as-of date's, or the earlier one its paragraph opens with or its
    section's heading names."""
    at, _, p = got
    year = (p.as_of or "9999")[:4]
    own = next((q for q in reversed(paras) if q.start <= at), None)
    opens = re.match(r"\s*((?:19|20)\d\d)年", own.text) if own is not None else None
    if opens:  # (2015年全市共完成…,全面完成了各项目标任务: that year's, session 54)
        year = min(year, opens.group(1))
    for para in reversed([q for q in paras if q.start <= at]):
        m = _YEAR_SECTION.match(para.text)
        if m:
            return min(year, m.group(1))
    return year


#: an item's label opening its line: 1.老粮库片区。 / (二)纺机厂片区:
_LABEL = lazy(r"\s*" + ITEM_NO + r"\s*(?P<l>[\u4e00-\u9fff“”]{3,14})[。::]")


def _item_label(paras: list, at: int) -> str:
    """The label of the numbered item whose line holds ``at`` in its first sentence after the label, else ``""``."""
    para = next((p for p in paras if p.start <= at < p.end), None)
    if para is None:
        return ""
    m = _LABEL.match(para.text, para.text.rfind("\n", 0, at - para.start) + 1)
    return m.group("l") if m and not re.search(r"[。;;]", para.text[m.end():at - para.start]) else ""


def _told_of(task: str, label: str, before: list):
    """The nearest of the sentences told ``before`` an order that names its task's work, or its item's label's
    (1.老粮库片区。东关街道要…: the label names the work too, rx34); else None."""
    return next((p_s for p_s in reversed(before)
                 if _names_work(task, p_s[1].text) or (label and _names_work(label, p_s[1].text))), None)


def _report_line(r, text: str) -> bool:
    """``r`` is told on a line a unit or its speaker heads (县工信局:… / 县水务局局长X:…) that tells a status."""
    at = evidence_start(r)
    if at is None:
        return False
    head = text.rfind("\n", 0, at) + 1
    m = SPEAKER_HEAD.match(text, head, min(len(text), head + 32))
    if not m or not (line_speaker(text, head) or (parse_item(m.group("h").strip()) or ("", ""))[1] == "organization"):
        return False
    end = text.find("\n", at)
    return bool(_TOLD.search(text, m.end(), end if end >= 0 else len(text)))


#: a sentence that goes on with the work the sentence before named: 因前期…耗时较长,目前仅开工9个
_CONTINUES = lazy(r"^(?:因|由于|目前|其中|但|截至|现已|已|仍|还|主要)")


def folded(records: list, text: str, minutes: bool) -> list:
    """``records`` of minutes (``text`` the document's) without the report lines an order after them names,
    each folded into its order (its status, where the order has none); of another document, as they are."""
    if not minutes:
        return records
    out, drop = list(records), set()
    reports = [_report_line(r, text) for r in out]  # (each record's line read once)
    for k, r in enumerate(out):
        if not reports[k]:
            continue
        at = evidence_start(r)
        line_end = text.find("\n", at)
        said = "".join(e.text for e in r.evidence)
        if _CONTINUES.match(said):  # (因…,目前仅开工9个: the work the line's first sentence names)
            head = text.rfind("\n", 0, at) + 1
            said = text[head:at] + said
        order = next((j for j, o in enumerate(out) if (evidence_start(o) or 0) > max(at, line_end) and not reports[j]
                      and _names_work(o.task, said)), None)
        if order is None:
            continue
        drop.add(k)
        if out[order].progress is None:
            out[order] = replace(out[order], progress=r.progress)
    return [r for k, r in enumerate(out) if k not in drop]


def _names_work(task: str, sentence: str) -> bool:
    """The sentence names the task's work: a run of four characters or more, no class of works, unit or status."""
    run = _shared_run(task, sentence)
    return len(run) >= _RUN and bool(_HAN.fullmatch(run)) and not _COMMON.search(run) and not _UNIT_IN.search(run) \
        and not _STATUS_IN.search(run)


_HAN = lazy(r"[\u4e00-\u9fff“”]+")


#: an order naming only the finish of the work told just before it: 办结 / 完成 / 整改到位 / 全部完工
_BARE_FINISH = lazy(r"^(?:全部|全面|按期)?(?:办结|完成|完工|竣工|到位|整改到位|销号|办理完毕|落实到位|整改完毕)$")


def finish_asked(records: list, text: str) -> list:
    """…"X工程"原定6月30日前完工,…,已逾期,请市交通局于8月15日前办结。: an order right after a work's status in the same
    sentence, naming only its finish, is the order of that work: one commitment, the work's name and status with the
    order's units and term (rx36)."""
    out: list = []
    for r in records:
        prev = out[-1] if out else None
        if prev is not None and _BARE_FINISH.match(r.task or "") and r.actors and prev.progress is not None \
                and not any(a.kind == "organization" for a in prev.actors) and told_next(prev, r, text):
            quoted = re.match(r"^[“\"](?P<w>[^”\"]{3,30})[”\"]", prev.task)  # (“X工程”原定完工: X工程)
            out[-1] = replace(prev, task=quoted.group("w") if quoted else prev.task,
                              actors=tuple(prev.actors) + tuple(r.actors), deadline=r.deadline or prev.deadline,
                              evidence=tuple(prev.evidence) + tuple(r.evidence), text=prev.text + " " + r.text)
            continue
        out.append(r)
    return out
