"""Rectification (整改清单, 整改方案, 整改落实情况, 整改销号, 问题整改,
督察反馈问题整改) and the reports on it.

What a rectification document commits to, in the genre's phrasing:

- a labelled item: ``问题:…`` / ``整改目标:…`` / ``整改措施:…`` /
  ``责任单位:…`` / ``责任人:…`` / ``整改时限:…`` / ``整改进展:…`` (one commitment;
  the 问题 or 整改目标 names it; numbered measures under ``整改完成情况:`` are
  commitments of their own, done);
- a count of problems and how many are put right: ``共发现问题30项,已整改25项,
  正在整改5项`` (the count is the target; ``整改不到位`` → behind, all put right →
  done, else on_track); ``某局问题6项,已整改2项`` names the unit responsible;
- staged deadlines: ``4月1日前完成40%的整治任务,4月20日前全面完成整治任务``
  (one commitment per stage), measured by the next ``截至…,已整改…,占…的57%``;
- what a report says of a work: ``全市200家砖厂关停工作基本完成`` (done),
  ``大部分完成`` / ``有序推进`` (on_track).

Statuses: 已整改 / 已销号 / 整改到位 / 已办结 → done; 正在整改 / 整改中 →
on_track; 整改不到位 / 仍未 / 至今没有 → behind.  Deadlines: ``整改时限:`` as a
date; 立行立改 and 长期坚持 are kept as written, without a date.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from dataclasses import dataclass, field, replace
from typing import Optional

from kg.model import Actor, Deadline, Evidence, Progress, Target

from ..actors import find_actors, parse_item, parse_list
from ..deadlines import find_deadlines, terms_apart
from ..fields import HEADERS, KEY_ROLE, LABEL, cell_actors
from ..items import UNIT_OPENS
from ..naming import STATE_WORDS, TERM_ONLY, pick_deadline, remedy, section_works, state_word, task_text, tidy_task, with_finish
from ..progress import find_progress
from ..segment import Span
from ..targets import find_targets
from ..vocab import ITEM_NO, ITEM_RX, REST_OF, ROLES_ONLY, URGE
from .counts import counted, fulfilled, record, sentence_spans, watching
from .done_list import done_within

#: a rectification document's title: 整改, 销号, 督察 (inspection, not 督查), 巡察, 巡视, 边督边改
_GENRE = lazy(r"整改|销号|督察|巡察|巡视|问题清单")
#: labels only a rectification item has; the unit, leader, deadline and progress
#: labels are the task tables' (:data:`kg.extract.fields.HEADERS`)
_LABELS = {
    "problem": ("反映问题", "存在问题", "问题描述", "问题清单", "整改问题", "整改任务", "整改事项", "反馈问题", "督察问题", "问题",
                "整改任务概述", "问题概述"),  # (a notice's table: 整改任务概述 |, rx41)
    "goal": ("整改目标", "整改要求"),
    "measure": ("整改措施", "整改方案", "整改回复", "办理回复", "工作措施", "整改方案措施", "整改方案及措施",
                "整改措施及完成情况", "整改措施及落实情况", "整改措施及进展情况", "整改措施及成效"),  # (a notice's sections, rx31)
    "progress": ("整改结果", "现场探访", "整改结论", "整改措施落实情况", "整改落实情况", "整改效果", "整改成效",
                 "整改主要工作及成效", "主要工作及成效"),  # (五、整改措施落实情况, rx41; a table's cells a line each, rx49)
}
_KEY = {v: k for k, vs in _LABELS.items() for v in vs}
_KEY.update({v: k for k, vs in HEADERS.items() if k in KEY_ROLE or k in ("deadline", "progress") for v in vs
             if len(v) >= 3 or k != "progress"})
_LABEL = lazy(r"(?:^|(?<=[。;;\s])|(?<=[。.][((])|(?<=^\d[.、.])|(?<=^\d\d[.、.])|(?<=^[((][一二三四五六七八九十\d][))])|(?<=^[一二三四五六七八九十]、)|(?<=^十[一二三四五六七八九]、))"
                    r"(?P<l>" + "|".join(sorted(_KEY, key=len, reverse=True)) + r")(?:(?<=问题)(?:[一二三四五六七八九十]{1,3}|\d{1,2}))?(?:[((](?P<st>[^()()::]{2,16})[))])?[::]")  # (问题一:, rx26; 整改情况(已整改完毕):, rx49)
_ENUM = lazy(r"^(?:" + ITEM_NO + r"|第[一二三四五六七八九十]{1,3}[,、])")  # (第一,X不够系统。整改措施:…, rx32)
#: a numbered problem heading: (一)关于专项资金闲置的问题 / 3.部分河道垃圾堆放问题。
_PROBLEM_HEAD = lazy(r"^" + ITEM_NO + r"\s*(?:关于)?[^。;:]{2,40}?问题(?:[((][^()()。]{1,24}[))])?(?:[。;:]|$)")  # ((一)X问题(共9宗,121.6亩)。, rx32)
#: accountability (对弄虚作假的,由纪委通报批评): a sanction, not a commitment
_SANCTION = lazy(r"追究|问责|通报批评|严肃处理|纪律处分|责任追究")
#: 立行立改 / 长期坚持: deadlines without a date
_VAGUE = lazy(r"立行立改|长期坚持|持续推进|长期|立即整改|限期整改")
#: status counts: 已整改40项, 3个整改不到位, 正在整改8宗
_STATUS_N = lazy(r"(?P<s>(?<![未没尚])(?:已经?)?(?:累计)?(?:基本)?(?:完成整改|整改完成|完成销号)(?:任务|问题)?|已经?(?:基本)?(?:整改销号|整改|完成|办结|销号)(?:任务)?|(?<=[,,、])办结(?:并通过验收)?|"
                       r"持续整改(?:问题)?|部分整改|阶段性办结|正在整改|正在办理|未办结|未整改|未完成|整改不到位)"
                       r"(?P<n>\d+)(?:项|个|件|宗|家|条|处|起)|(?P<n2>\d+)(?:项|个|件|宗|家|条|处|起)(?P<s2>整改不到位|正在整改|已整改|未整改|已办结|正在办理|整改完毕|已整改完毕|已完成整改|已销号)")  # (已有20项整改完毕, rx50)
#: the set a later status count is of: 共计发现问题25处 / 交办问题30个
_SET = lazy(r"(?:共计?|累计|合计)(?:(?:发现|梳理|排查|交办|反馈|查出|转办|检查)出?)?(?P<m>[\u4e00-\u9fff]{0,6}?问题)(?P<n>\d+)(?P<u>处|个|项|件|宗|条)")
#: a staged deadline: 4月1日前完成40%的整治任务
_STAGE = lazy(r"(?P<d>[^,;。“”]{2,12}?前)(?P<w>(?:全面|全部)?完成(?:(?P<p>\d+(?:\.\d+)?)%的)?[^,;。“”]{0,12}?(?:整改|整治|销号)[^,;。“”]{0,8})")
#: what a report says of a work: X工作基本完成, X大部分完成, X有序推进
#: (not an aim: 持续推进整改任务的全面完成, 确保…的全部完成)
_WORK_STATUS = lazy(r"^(?!(?:持续|不断|全力|加快)?(?:推进|推动|促进|确保|力争|争取)|虽然|尽管|虽)(?P<w>[^,;。]{4,40}?)(?<![的未没不])(?:工作)?(?P<s>基本完成|大部分完成|全面完成|全部完成|已完成|已全部完成|有序推进|稳步推进|正在推进|进展顺利|(?:已|均已|均)?(?:全部|基本)?整改到位)[。;]?$")
_WS = {"基本完成": "done", "大部分完成": "on_track", "全面完成": "done", "全部完成": "done", "已完成": "done", "已全部完成": "done",
       "有序推进": "on_track", "稳步推进": "on_track", "正在推进": "on_track", "进展顺利": "on_track",
       "已整改到位": "done", "整改到位": "done"}


#: an inspection's cases handled: 督察组交办的信访举报件…已办结20件 (督察 / 巡察 / 巡视, not 督查)
_INSPECTED = lazy(r"(?:督察|巡察|巡视)(?:组|反馈)|信访举报件")
#: a report of rectification done: 整改情况的报告 / 现将整改情况汇报如下
_REPORT = lazy(r"整改(?:落实)?(?:情况)?(?:的)?(?:报告|汇报)|(?:汇报|报告)如下")
#: a report paragraph on the problem above: 该问题已完成整改。 / 此问题正在整改
_THIS_PROBLEM = lazy(r"^(?:该|此|上述|这一)问题")


def _inline_item(text: str) -> bool:
    """A numbered problem with its measure or result after it: ``(二)X路面破损。整改措施:…``."""
    return bool(_ENUM.match(text)) and any(
        _KEY[h.group("l")] in ("measure", "progress") and text[h.start() - 1] in "。;;"
        for h in _LABEL.finditer(text) if h.start() > 0)


#: problems found by an inspection and how many are put right, in any report: 共发现占道经营问题52个,已完成整改47个
_FOUND_FIXED = lazy(r"发现[^。;]{0,30}?问题\d+[个项件处起][,,]?(?:其中)?[,,]?(?:已经?)?(?:完成整改|整改完成|整改到位|整改)\d+")


def _is_rect_doc(b, paras) -> bool:
    key = (id(paras), len(paras))
    if getattr(b, "_rect_key", None) != key:
        b._rect_key = key
        text = (b.title or "") + "".join(p.text for p in paras[:80])
        b._rect_doc = bool(_GENRE.search(b.title or "")) or text.count("整改") >= 3 or "边督边改" in text \
            or bool(_INSPECTED.search(text) and re.search(r"办结|整改", text)) or bool(_FOUND_FIXED.search(text))
    return b._rect_doc


def read(b, paras, i) -> Optional[int]:
    """The rectification items, counts, stages and work statuses of ``paras[i]``:
    an item where the paragraph opens one (:func:`_item_at`), else each sentence
    read by the first shape of :data:`_SHAPES` that fits."""
    if not _is_rect_doc(b, paras):
        return None
    if ITEM_RX.match(paras[i].text) and _ROLES_BRACKET.search(paras[i].text):
        return None  # ①X。Y。(责任单位:A;完成时限:B)已整改到位。: a labelled item, read by its labels (rx35)
    after = _item_at(b, paras, i)
    if after is not None:
        return after
    para = paras[i]
    if _headline(paras, i):
        return None  # 东湖镇创卫工作稳步推进 ⏎ 2023-05-06 10:20: the page's headline, no work's status
    if para.start in b.__dict__.get("_rect_used", set()):
        return i + 1  # a status paragraph a stage list has read already
    st = _RectPara(b, paras, i, para, _sets_apart(para.text, sentence_spans(para.text, 0)))
    for k_sent, (s, e) in enumerate(st.spans):
        if not terms_apart(para.text[s:e], b.doc):  # (two terms, two works: the prose rules' dated steps, rx50)
            any(shape(st, k_sent, s, e) for shape in _SHAPES)
    if not st.recs and not st.used:
        return None
    from .pledge import _finish
    return _finish(b, para, st.recs, st.used, i)


#: a second set counted in a sentence after a first one's status: …完成整改20项、需长期持续整改3项(,交办的33件投诉举报件全部办结) (rx42)
_NEXT_SET = lazy(r"[,,;;](?=(?:其中)?(?:交办|转办|受理|移交|转交)的?(?:第[一二三四五六七八九十\d]+批)?\d+件[\u4e00-\u9fff]{0,8}?件)")


#: a later set with its own share done: ,督察组反馈的30项整改任务已有20项整改完毕 (rx50)
_NEXT_SHARE = lazy(r"[,,;;](?=[^,,;;。]{0,24}?(?:交办|转办|受理|移交|转交|反馈|梳理|排查|发现)的?\d+(?:项|件|个|条)[\u4e00-\u9fff]{0,10}?"
                   r"(?:问题|任务|事项)(?:中|已有|已))")
#: a set told all done: …均已按时办结 / 全部整改到位
_ALL_CLOSED = lazy(r"(?:均|全部)已?(?:按时|按期|如期)?(?:办结|整改完毕|整改到位|完成整改)")
#: a share of a set done: 已有20项整改完毕 / 已完成整改20项
_SHARE_DONE = lazy(r"已有\d+(?:项|件|个|条)(?:已)?(?:整改完毕|完成整改|整改到位|办结|销号)")


def _sets_apart(text: str, spans: list) -> list:
    """Sentences that count two sets, each with its status (反馈的23项问题,完成整改20项…,交办的33件举报件全部办结;
    交办的12件投诉均已办结,反馈的30项任务已有20项整改完毕), read as one sentence per set (rx42, rx50)."""
    out = []
    for s, e in spans:
        m = _second_set(text, s, e)
        out += [(s, m.start()), (m.end(), e)] if m else [(s, e)]
    return out


def _second_set(text: str, s: int, e: int) -> Optional[re.Match]:
    """Where a second set with its own status opens in ``text[s:e]``, the first told with its status, else None."""
    m = _NEXT_SET.search(text, s, e)
    if m and _STATUS_N.search(text, s, m.start()) and (_STATUS_N.search(text, m.end(), e) or "全部办结" in text[m.end():e]):
        return m
    m = _NEXT_SHARE.search(text, s, e)
    if m and (_STATUS_N.search(text, s, m.start()) or _ALL_CLOSED.search(text, s, m.start())) \
            and (_STATUS_N.search(text, m.end(), e) or _SHARE_DONE.search(text, m.end(), e)):
        return m
    return None


#: a bracket of labelled roles inside an item, a status told after it: (责任单位:镇扶贫工作站;完成时限:8月31日)已整改到位
_ROLES_BRACKET = lazy(r"[((](?:" + LABEL.pattern + r")[^()()]{2,80}[))]\s*(?:已|正在|尚未|未|长期|持续|基本)")


#: a numbered problem, what its unit did of it, and its status in brackets at the end (an audit rectification report):
#: 4.县教育局项目资金拨付滞后。县教育局已拨付到位1120万元,剩余…于明年3月底前拨付完毕。(正在整改) (rx31)
_TAGGED_PROBLEM = lazy(r"^\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))])\s*(?P<p>[^。]{4,60}?)(?:[,,][^。]{0,40})?。(?P<body>.{6,}?)"
                       r"\s*[((](?:(?:整改)?(?:进展|状态|情况)[::])?(?P<tag>" + "|".join(w for _, ws in STATE_WORDS for w in ws)
                       + r"|已完成整改|正在整改)[))]\s*$")


#: the unit a line on a problem opens with, telling what it did: 县财政局已清理… / 县工业园管委会已督促…
def _tagged_problem(b, para: Span) -> bool:
    """One commitment for a numbered problem with its status tag: the remedy of the problem its task, the unit
    the body opens with responsible, the term it plans, the tag its status (a share done its percent)."""
    m = _TAGGED_PROBLEM.match(para.text)
    body = m.group("body")
    first = re.split(r"[,,;;。]", body)[0]
    opens = UNIT_OPENS.match(first)
    actors = [a for a in find_actors(first).actors if a.kind == "organization"] or [
        Actor(n, k, "responsible", p) for n, k, p in (parse_list(opens.group("u")) if opens else None) or () if k == "organization"]
    status = state_word(m.group("tag"))
    pct = re.search(r"(\d+(?:\.\d+)?)%", body)
    prog = Progress(status, float(pct.group(1)) if pct and status != "done" else None, b.as_of, m.group("tag"))
    pick = pick_deadline(with_finish([f for f in find_deadlines(body, b.doc) if f.date], body)) if status != "done" else None
    dl = Deadline(pick.text, pick.date, pick.precision) if pick else None
    task = remedy(re.split(r"[,,]", m.group("p"))[0])
    b.out.append(record(b, task, [(para.start, para.end)], actors, dl, [], prog))
    return True


#: a case an inspection team refers, by its number: 【D0714-036】反映X。 / D0714-036 群众反映X (rx32)
_CASE_OPENS = lazy(r"^\s*[【\[]?[A-Z]{0,4}\d[\w\-]{2,20}[】\]]?\s*(?:群众|来信|来电)?反映(?P<p>[^。;;]{4,80})")
#: the labels of a referred case's lines and the field each is
_CASE_LABELS = (("调查核实", "found"), ("核查情况", "found"), ("处理整改情况", "measure"), ("处理情况", "measure"),
                ("调查核实情况", "found"), ("污染类型", "found"), ("是否属实", "found"), ("处理和整改情况", "measure"),  # (rx51)
                ("整改情况", "measure"), ("办理情况", "measure"), ("处理结果", "measure"), ("办理状态", "progress"),
                ("办结情况", "progress"), ("是否办结", "progress"))
_CASE_LINE = lazy(r"^\s*(?P<l>" + "|".join(sorted((l for l, _ in _CASE_LABELS), key=len, reverse=True)) + r")[::]\s*")


def _tagged_or_referred(b, paras, i) -> Optional[int]:
    """A numbered problem with its status tag (:func:`_tagged_problem`) or a case referred (:func:`_referred_case`):
    the index after it, else None."""
    if _TAGGED_PROBLEM.match(paras[i].text) and _tagged_problem(b, paras[i]):
        return i + 1
    if _CASE_OPENS.match(paras[i].text) or _case_below(paras, i):
        return _referred_case(b, paras, i)
    return None


def _case_below(paras, i) -> bool:
    """A complaint told without its number, the line below one of what was found (污染类型: / 调查核实情况:) (rx51)."""
    found = _CASE_LINE.match(paras[i + 1].text) if i + 1 < len(paras) else None
    return bool(found) and dict(_CASE_LABELS)[found.group("l")] == "found" and not _LABEL.match(paras[i].text) \
        and not _CASE_LINE.match(paras[i].text)


def _referred_case(b, paras, i) -> Optional[int]:
    """A case an inspection team referred, one labelled line each (rx32): ``【D0714-036】反映X。`` ⏎ ``调查核实:…`` ⏎
    ``处理整改情况:…`` ⏎ ``责任单位:…`` ⏎ ``办理状态:阶段性办结`` — one item, the complaint its problem, the handling
    its measure and status; None where no handling line follows."""
    m = _CASE_OPENS.match(paras[i].text)
    told = m.group("p") if m else re.split(r"[。;;]", paras[i].text.strip())[0]  # (a complaint told without its number, rx51)
    fields = [("problem", told, paras[i].start, paras[i].end)]
    j = i + 1
    while j < len(paras) and not _CASE_OPENS.match(paras[j].text):
        line = _CASE_LINE.match(paras[j].text)
        role = _LABEL.match(paras[j].text) if not line else None
        if line:
            key = dict(_CASE_LABELS)[line.group("l")]
            if key != "found":
                fields.append((key, paras[j].text[line.end():].strip(), paras[j].start + line.end(), paras[j].end))
        elif role and _KEY[role.group("l")] in KEY_ROLE or role and _KEY[role.group("l")] == "deadline":
            fields.append((_KEY[role.group("l")], paras[j].text[role.end():].strip(), paras[j].start + role.end(), paras[j].end))
        else:
            break
        j += 1
    if not any(k == "measure" for k, *_ in fields):
        return None
    return _item_record(b, paras, i, fields, [], j)


def _item_at(b, paras, i) -> Optional[int]:
    """A labelled item or a numbered list opening at ``paras[i]``: ``存在问题:`` over a
    numbered list, ``问题:…``, ``(一)关于X的问题。整改情况:…``, ``(二)X路面破损。整改措施:…``,
    ``(一)X未完成。`` / ``该问题已完成整改。``; None otherwise."""
    para = paras[i]
    fixed = _problems_then_fixes(b, paras, i)
    if fixed is not None:
        return fixed
    tagged = _tagged_or_referred(b, paras, i)
    if tagged is not None:
        return tagged
    headed = _headed_item(b, paras, i) if _may_head(para.text) else None
    if headed is not None:
        return headed
    m = _LABEL.match(_ENUM.sub("", para.text).lstrip())
    if m and _KEY[m.group("l")] == "problem" and not para.text[m.end():].strip(" 。;") \
            and i + 1 < len(paras) and _ENUM.match(paras[i + 1].text):
        return _listed(b, paras, i)
    if m and _KEY[m.group("l")] == "problem":
        return _item(b, paras, i)
    if _PROBLEM_HEAD.match(para.text) and (_LABEL.search(para.text) or (
            i + 1 < len(paras) and _LABEL.match(paras[i + 1].text) and _KEY[_LABEL.match(paras[i + 1].text).group("l")] != "problem")):
        return _item(b, paras, i)
    if not m and _opens_item(paras, i):
        return _item(b, paras, i)
    return None


def _may_head(text: str) -> bool:
    """A line that may be a section's label: 一、整改任务 / 整改目标 | / 反馈问题 alone (a flattened table's cell, rx49)."""
    return "、" in text[:4] or text.rstrip().endswith("|") or len(text.strip()) <= 12


def _opens_item(paras, i) -> bool:
    """An unlabelled line opening an item: a problem with its measure inline, a problem heading told after,
    or a numbered line over ``该问题…`` or over the label of what was done of it."""
    text = paras[i].text
    return _inline_item(text) or _told_item(text) or _unit_told_item(text) or (
        bool(_ENUM.match(text)) and i + 1 < len(paras) and (bool(_THIS_PROBLEM.match(paras[i + 1].text))
                                                            or _status_label_below(paras[i + 1].text)))


def _status_label_below(text: str) -> bool:
    """一、<a problem told>。 ⏎ 整改推进情况:已整改完毕…: the line below the numbered problem opens with the label of
    what was done of it (rx49)."""
    m = _LABEL.match(text.lstrip())
    return bool(m) and _KEY[m.group("l")] in ("progress", "measure")


def _told_item(text: str) -> bool:
    """(二)关于“X”的问题。镇农经站负责,9月底前完成…: a problem heading, what is done of it told after it
    without a label (rx28)."""
    h = _PROBLEM_HEAD.match(text)
    return bool(h) and len(text[h.end():].strip()) >= 6


#: a numbered audit line opening with the unit at fault, then what was done of it: 1.县交通局超范围列支会议费18万元,已由相关人员退回…
_UNIT_LINE = lazy(r"^\s*(?:" + ITEM_NO + r")\s*(?P<u>[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心|公司|医院|学校|政府))(?=[\u4e00-\u9fff])")
#: …a fix told done or under way after it: 已由相关人员退回 / 已修订 / 已在结算中核减 / 正在追缴
_FIX_TOLD = lazy(r"[,,。;;](?:[^,,。;;]{0,12}?)(?:已(?:由|在|于|经|将|对|依法)?[^,,。;;]{0,10}?(?:退回|追回|缴入|缴回|核减|处罚|修订|补办|清退|整改|纠正|收回|拨付|归还)|正在(?:追缴|整改|追回|清退))")


def _unit_told_item(text: str) -> bool:
    """1.县交通运输局超范围列支会议费18.6万元,已由相关人员退回12.4万元,余款正在追缴。: a numbered line naming the unit at
    fault and what it did of it (rx34)."""
    m = _UNIT_LINE.match(text)
    return bool(m) and (parse_item(m.group("u")) or ("", ""))[1] == "organization" and bool(_FIX_TOLD.search(text, m.end()))


#: problems numbered inline after their label: 审计发现的主要问题:1.A;2.B;3.C。 (rx28)
_INLINE_PROBLEMS = lazy(r"问题[::]\s*(?=1[.、.])")
#: a piece of an inline list: its number and text
_PIECE = lazy(r"(?P<n>\d{1,2})[.、.](?P<t>[^;;。]+)")
#: the fix told of a numbered problem: 针对第2个问题,… (up to the next 针对)
_FIX_OF = lazy(r"针对第(?P<n>\d{1,2}|[一二三四五六七八九十])(?:个|项|条)?问题[,,](?P<t>.*?)(?=[;;。]?\s*针对第|$)")
#: a fix told done: 已将…用于 / 已修订完善… (not 已计划)
_DID_FIX = lazy(r"已(?:将|把|修订|完善|建立|制定|出台|收回|退还|追回|归还|调整|补办|补缴|拨付|清退|纠正|规范)")
_CN_N = {c: k + 1 for k, c in enumerate("一二三四五六七八九十")}


def _problems_then_fixes(b, paras, i) -> Optional[int]:
    """An audit notice's problems numbered inline (审计发现的主要问题:1.…;2.…) and, in the paragraphs after, what was
    done of each (针对第1个问题,X局已…;针对第2个问题,…计划于…前完成): one commitment per problem, its status and
    term from its fix, the unit its fix opens with (rx28)."""
    m = _INLINE_PROBLEMS.search(paras[i].text)
    if not m:
        return None
    probs = [(int(p.group("n")), p) for p in _PIECE.finditer(paras[i].text, m.end())]
    fixes, j = _fixes_after(paras, i)
    if len(probs) < 2 or not fixes:
        return None
    unit = next((a for t, _, _ in fixes.values() for a in _lead_org(t)), None)  # (the audited unit, named by one fix)
    for n, p in probs:
        b.out.append(_fixed_problem(b, (paras[i].start + p.start(), paras[i].start + p.end()), p.group("t"), fixes.get(n), unit))
    return j


def _fixes_after(paras, i) -> tuple[dict, int]:
    """The fixes told in the paragraphs after ``paras[i]``: {number: (text, start, end)}, and the index after them."""
    fixes: dict = {}
    j = i + 1
    while j < min(len(paras), i + 3) and "针对第" in paras[j].text:
        for f in _FIX_OF.finditer(paras[j].text):
            n = int(f.group("n")) if f.group("n").isdigit() else _CN_N[f.group("n")]
            fixes[n] = (f.group("t"), paras[j].start + f.start(), paras[j].start + f.end())
        j += 1
    return fixes, j


def _fixed_problem(b, span: tuple, problem: str, fix: Optional[tuple], unit: Optional[Actor]):
    """One problem of an inline list and what its fix says: done (已将…用于), under way with a term (另1个…计划于…前)."""
    said = fix[0] if fix else ""
    st = (fulfilled(said) or ("done" if _DID_FIX.search(said) else None)) if said else None
    fd = [f for f in find_deadlines(said, b.doc) if f.date and re.search(r"前|之前|以前|底$", f.text)] if said else []
    dl = Deadline(fd[-1].text, fd[-1].date, fd[-1].precision) if fd else None
    prog = Progress(st, None, b.as_of, said[:60]) if st else None
    actors = (_lead_org(said) if said else []) or ([unit] if unit else [])
    return record(b, remedy(problem.strip()), [span] + ([fix[1:]] if fix else []), actors, dl, (), prog)


#: the publishing date under a news page's headline: 2023-05-06 10:20 / 2023年5月6日 / 发布时间:2023-05-06
_PUBLISHED = lazy(r"^\s*(?:发布时间|发布日期|时间|日期)?[::]?\s*\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _headline(paras, i) -> bool:
    """A line without punctuation over the page's publishing date: the headline of a news page."""
    text = paras[i].text.strip()
    return bool(text) and not re.search(r"[,,。;;::]", text) and len(text) <= 40 \
        and i + 1 < len(paras) and bool(_PUBLISHED.match(paras[i + 1].text))


@dataclass
class _RectPara:
    """What the rectification reader knows of the paragraph at hand."""
    b: object
    paras: list
    i: int
    para: object
    spans: list  # its sentences' offsets
    recs: list = field(default_factory=list)
    used: list = field(default_factory=list)


# ---- the shapes of a sentence: each appends what it reads and returns True, or returns False ----

def _staged(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """Staged deadlines: ``6月底前完成50%的整改,9月底前完成80%的整改``."""
    stages = list(_STAGE.finditer(st.para.text[s:e]))
    if len(stages) < 2:
        return False
    st.recs += _stages(st.b, st.paras, st.i, s, stages)
    st.used.append((s, e))
    return True


def _counted(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """Counts of problems and of those put right (共发现问题30个,已整改25个), the set
    counted earlier in the paragraph or in the sentence before; the programme's size and
    progress where a directive set it up (某局抓紧整改 … 清单中的任务是21个,已完成20个)."""
    b, para = st.b, st.para
    sent = para.text[s:e]
    prev = para.text[:s]
    k_set = max((m.start() for m in _SET.finditer(prev)), default=-1)
    before = None
    if k_set >= 0:
        ss = max(prev.rfind("。", 0, k_set), prev.rfind(";", 0, k_set)) + 1
        ee = prev.find("。", k_set)
        ee = len(prev) if ee < 0 else ee
        before = (prev[ss:ee], (para.start + ss, para.start + ee))
    elif k_sent > 0:  # 交办信访举报件97件。其中,已办结75件: the set is the sentence before
        ps, pe = st.spans[k_sent - 1]
        before = (prev[ps:pe], (para.start + ps, para.start + pe))
    rec = _counts(b, sent, [(para.start + s, para.start + e)], before)
    last = list(_STATUS_N.finditer(sent))
    cut = sent.find(",", last[-1].end()) if last else -1
    if rec and cut > 0 and find_actors(sent[cut + 1:]).actors:
        return False  # …已完成20项,请某局尽快销号: an assignment, the prose rules read it with its status
    prog = b.__dict__.get("_rect_programme")
    if rec and prog is not None and prog in b.out and not rec.actors and re.search(r"任务", rec.targets[0].metric) \
            and not prog.targets:
        k = b.out.index(prog)
        b.out[k] = b._rect_programme = replace(prog, targets=rec.targets, progress=rec.progress,
                                               evidence=prog.evidence + rec.evidence,
                                               text=prog.text + " " + rec.text)
        st.used.append((s, e))
        return True
    if not rec:
        return False
    st.recs.append(rec)
    st.recs.extend(_rest_named(b, para, sent, s, rec))
    st.used.append((s, e))
    if before and len(rec.evidence) > 1:  # the set's sentence is read with it
        st.used.append((before[1][0] - para.start, before[1][1] - para.start))
    return True


#: the rest of a set counted, named, and how it stands: ,剩余1项为刁江流域治理任务,正在按方案持续推进整改
_REST_OF_SET = lazy(r"[,,]" + REST_OF + r"[\d一二两三四五六七八九十]+(?:项|个|件)(?:为|是)(?P<w>[^,,;;。]{4,40}?)(?:任务|工作)?(?P<how>[,,][^。;;]*)?(?=[。;;]|$)")


def _rest_named(b, para: Span, sent: str, s: int, whole) -> list:
    """The rest of a set counted as done, named (…已完成整改36项,剩余1项为X任务,正在推进): X, its status what follows,
    else under way (rx40)."""
    m = _REST_OF_SET.search(sent)
    if not m:
        return []
    told = find_progress(m.group("how") or "")
    prog = Progress(told.status if told and told.status else "on_track", None, whole.progress.as_of if whole.progress else None,
                    (m.group("how") or "").strip(",, "))
    return [record(b, re.sub(r"和$", "", m.group("w")), [(para.start + s + m.start() + 1, para.start + s + m.end())], progress=prog)]


def _watched(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """成立督查组,对各镇整改工作进行督查,并实行日报制度."""
    rec = watching(st.b, st.para.text[s:e], st.para.start + s, r"整改|整治|销号", st.para.text)
    return _took(st, rec, s, e)


def _dated_step(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """力争国庆前,在区政府网站公开全部整改结果; a bare 完成全部整改 under a heading sentence that names the
    rectification (三要如期抓好巡察反馈整改。) is that one (rx23)."""
    rec = _dated(st.b, st.para.text[s:e], st.para.start + s)
    if rec is not None and _BARE_RECT.match(rec.task):
        heads = [st.para.text[hs:he] for hs, he in st.spans[:k_sent] if _RECT_HEAD.match(st.para.text[hs:he])]
        work = section_works(heads[-1].split(":")[-1].split(":")[-1]) if heads else ()
        if work and work[0].endswith("整改"):
            rec = replace(rec, task=work[0])
    return _took(st, rec, s, e)


#: a count of tasks due by a term, and how they stand: 明年6月底前还需完成4项整改,进度正常 (rx51)
_DUE_COUNT = lazy(r"^(?P<d>[^,,。;;]{2,24}?(?:前|以前|之前))(?:还|仍|尚)?(?:需|需要|要|应|须)(?:完成|整改)(?P<n>\d+)(?P<u>项|个|件|处)"
                  r"(?P<m>[\u4e00-\u9fff]{2,10}?)(?:[,,](?P<st>[^。;;,,]{2,24}))?[。;;]?$")


def _due_count(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """明年6月底前还需完成4项整改,进度正常: the count due by its term, its status the clause after it (rx51)."""
    sent = st.para.text[s:e].strip()
    m = _DUE_COUNT.match(sent)
    fd = [f for f in find_deadlines(m.group("d"), st.b.doc) if f.date] if m else []
    if not fd:
        return False
    b = st.b
    prog = find_progress(m.group("st"), b.as_of, b.doc.year) if m.group("st") else None
    lead = len(st.para.text[s:e]) - len(st.para.text[s:e].lstrip())
    rec = record(b, m.group("m"), [(st.para.start + s + lead, st.para.start + s + lead + len(sent.rstrip("。;;")))], (),
                 Deadline(fd[-1].text, fd[-1].date, fd[-1].precision),
                 [Target(m.group("m"), "=", float(m.group("n")), m.group("u"), m.group("n") + m.group("u") + m.group("m"))], prog)
    return _took(st, rec, s, e)


#: a bare rectification: 完成全部整改 / 全面完成整改任务
_BARE_RECT = lazy(r"^(?:确保|力争)?[\u4e00-\u9fff\d月底前]{0,8}?(?:全部|全面)?完成(?:全部|全面)?整改(?:任务|工作)?$")
#: a heading sentence of a speech's section: 三要如期抓好巡察反馈整改。
_RECT_HEAD = lazy(r"^(?:[^。]{0,12}[::])?[一二三四五六七八九十]+(?:是|要)[^,,;;。]{2,30}整改(?:工作)?。?$")


def _directed(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """批示:“某局认真抓紧整改,某室搞好配合”; the first directive is the whole rectification."""
    sent = st.para.text[s:e]
    k = max(sent.rfind(":"), sent.rfind("“"), sent.rfind(":")) + 1
    rec = _directive(st.b, sent[k:], st.para.start + s + k)
    if rec and "_rect_programme" not in st.b.__dict__:
        st.b._rect_programme = rec
    return _took(st, rec, s, e)


def _work_statuses(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """全市200家砖厂关停工作基本完成,…: a work and its status, each clause."""
    b, sent = st.b, st.para.text[s:e]
    for c in re.finditer(r"[^,;。]+", sent):
        w = _WORK_STATUS.match(c.group().strip())
        if w and not find_actors(c.group()).actors and not re.search(r"我们|要|将|确保|力争|务必|必须|限期|计划|预计|(?:前|以前|之前)整改", c.group()):
            task = re.sub(r"^(?:全[省市县区]|各地)", "", w.group("w"))
            ts = counted(task) or []
            task = re.sub(r"\d+(?:家|个|项|处)", "", task).rstrip("、")
            k = st.para.start + s + c.start()
            st.recs.append(record(b, task, [(k, k + len(c.group()))], (), None, ts,
                                  Progress(_most(w.group("w"), _WS.get(w.group("s"), "done")), None, b.as_of, c.group().strip())))
            st.used.append((s, e))
    return True


def _most(work: str, status: str) -> str:
    """绝大部分点位已整改到位: most, not all, is on track."""
    return "on_track" if status == "done" and re.match(r"(?:绝大部分|大部分|大多数|多数)", work) else status


def _took(st: _RectPara, rec, s: int, e: int) -> bool:
    if not rec:
        return False
    st.recs.append(rec)
    st.used.append((s, e))
    return True


#: the shapes of a sentence of a rectification notice, tried in order
#: a unit (or several) opening a report's sentence with what it did, after a time it did it: 市审计局及时向…出具整改任务清单 /
#: 甲镇、乙局出台了议事决策制度 / 市水务集团对…开展专项自查 / 市委审计委员会印发《…》 (rx42)
_ORG_END = r"(?:委员会办公室|委员会|办公室|局|委|办|镇|乡|街道|集团|公司|中心|政府|部门)"
_UNIT_ACTED = lazy(r"(?:[^,,;;。]{2,30}?(?:后|以来|期间)[,,])?(?!为|对|在|按|经|据)(?P<u>[\u4e00-\u9fff]{2,16}?" + _ORG_END
                   + r"(?:、[\u4e00-\u9fff]{2,16}?" + _ORG_END + r")*)"
                   r"(?:及时|认真|积极|迅速|主动|已|先后|专门|立即|多次|还|也)*(?:(?:向|对(?!照)|为|在)[^,,;;。]{2,24}?)?"
                   r"(?P<v>印发|出具|出台|制定|制订|修订|清理|建立健全|开展|追回|收回|拨付|退还|补缴|下发|组织开展|将[^,,;;。]{2,30}?纳入)了?")
#: what was done is still going on
_GOES_ON = lazy(r"持续|正在|逐步|继续|动态")


def _unit_acted(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """In a report of rectification, each clause opened by the unit that acted and what it did (市审计局及时向…出具整改任务
    清单 / …,甲镇清理往来款项15笔,乙镇、丙局出台了议事决策制度): that unit responsible, done (on track where it goes on),
    its figures its targets; the clause runs to the next such clause or the sentence's end (rx42)."""
    b, sent = st.b, st.para.text[s:e]
    if re.search(r"要|将|确保|力争|务必|必须|计划|预计|剩余|尚未|暂未|表示|(?:前|以前|之前)(?:完成|整改)", sent):
        return False  # (…已拨付700万元,剩余…,将于11月底前拨付到位: a status and a term, read by the item's rule)
    hits = []
    for at in [0] + [c.end() for c in re.finditer(r"[,,;;]", sent)]:
        m = _UNIT_ACTED.match(sent, at)
        items = parse_list(m.group("u")) if m else None
        if items and all(k == "organization" for _, k, _ in items):
            hits.append((m, items))
    for n, (m, items) in enumerate(hits):
        stop = hits[n + 1][0].start() - 1 if n + 1 < len(hits) else len(sent.rstrip("。;;"))
        body = sent[m.start("v"):stop].strip(",,;;。")
        task = tidy_task(task_text(re.sub(r"^(?P<v>[\u4e00-\u9fff]{2,4}?)了", r"\g<v>", body))) or body[:20]
        st.recs.append(record(b, task, [(st.para.start + s + m.start("u"), st.para.start + s + stop)],
                              [Actor(x, "organization", "responsible") for x, _, _ in items], None, counted(body) or [],
                              Progress("on_track" if _GOES_ON.search(body) else "done", None, b.as_of, body[:60])))
    if hits:
        st.used.append((s, e))
    return bool(hits)


#: a set told by its total: 治理项目共48个
_TOTAL_OF = lazy(r"共\d+(?:个|项|件|处|条)")


def _set_told(st: _RectPara, k_sent: int, s: int, e: int) -> bool:
    """我县X治理项目共48个,截止到9月1日,已完成20个: a counted set and how many are done, as the set readers read
    it outside a rectification paragraph (:func:`.tallies.tally_sentence`; rx52): a set told by its total (共N个)."""
    from ..segment import Span
    from .tallies import tally_sentence
    if not _TOTAL_OF.search(st.para.text, s, e):
        return False  # (5个单位已完成整改问题84个: a count of units by status, no set of its own)
    sent = Span(st.para.text[s:e], st.para.start + s, st.para.start + e)
    recs = tally_sentence(st.b, st.para, sent)
    if not recs:
        return False
    st.recs += recs
    st.used.append((s, e))
    return True


_SHAPES = (_staged, _counted, _watched, _dated_step, _due_count, _directed, _unit_acted, _set_told, _work_statuses)


#: a notice's date for all its problems: 并于6月10日前整改到位 / 限6月底前整改到位
_ALL_BY = lazy(r"(?:于|在|限)(?P<d>[^,,。;]{2,14}?(?:前|之前|以前))[^。;]{0,12}?整改(?:完成|到位|完毕)")


def _listed(b, paras, i) -> Optional[int]:
    """``存在问题:`` over numbered problems, each with its unit (``1.X路面破损。(责任单位:区住建局)``):
    one commitment per problem, by the date the notice sets for all (``并于6月10日前整改到位``)."""
    from ..fields import label_fields
    dl = None
    for p in reversed(paras[max(0, i - 12):i]):
        a = _ALL_BY.search(p.text)
        fd = [f for f in find_deadlines(a.group("d"), b.doc) if f.date] if a else []
        if fd:
            dl = Deadline(a.group("d"), fd[-1].date, fd[-1].precision)
            break
    j = i + 1
    while j < len(paras) and _ENUM.match(paras[j].text):
        p = paras[j]
        task, fields = label_fields(p.text)
        task = _ENUM.sub("", task).strip(" 。;")
        actors = [Actor(n, k, r, post) for key, v, _, _ in fields if key in KEY_ROLE for n, k, r, post in cell_actors(v, key)]
        if task:
            b.out.append(record(b, task[:30], [(p.start, p.end)], actors, dl, (), None))
        j += 1
    return j


#: the sentence before counting the problems a status sentence counts again
_SAME_COUNT = lazy(r"问题|事项|任务")


def _stated_before(before: Optional[tuple], total) -> list:
    """…对反馈的31个具体问题逐条制定整改措施。截至…,31个问题已完成整改24个: the sentence before stating the same set,
    its span for the evidence (rx29); else ``[]``."""
    if before and total.value and _SAME_COUNT.search(before[0]) \
            and re.search(r"(?<!\d)%s(?:个|项|件|条)" % int(total.value), before[0]):
        return [before[1]]
    return []


def _counts(b, sent: str, span, before: Optional[tuple] = None) -> Optional[object]:
    """共计50项问题,已整改40项,正在整改10项: the set, its count and its status."""
    hits = list(_STATUS_N.finditer(sent))
    if not hits:
        return _problems_status(b, sent, span)
    ts = [t for t in counted(sent[:hits[0].start()]) if not re.match(r"^(?:方面|单位|部门)", t.metric)]
    said = sent
    if not ts and before:
        ts, said, more = _set_before(sent, before)
        span = span + more
    if not ts:
        return None
    total = next((t for t in ts if re.search(r"问题|任务|事项|件", t.metric)), ts[-1])
    span = span + _stated_before(before, total) if said is sent else span
    statuses = [(h.group("s") or h.group("s2"), int(h.group("n") or h.group("n2"))) for h in hits]
    if not _rectifying(statuses, said):
        return None  # 确定事项43件,已办结6件 / 已完成6项: a supervision notice's count, not a rectification
    pct = re.search(r"(?:占[^,;。]{0,8}?|(?:完成|整改|销号|办结)率[为达]?)(\d+(?:\.\d+)?)%", sent)
    units = _unit_head(sent)
    return record(b, _count_task(sent, said, total, units), span, units, _forecast_due(b, sent), [total],
                  Progress(_lagging(_count_status(statuses, total), sent), float(pct.group(1)) if pct else None, b.as_of,
                           sent[hits[0].start():][:60]))


def _count_task(sent: str, said: str, total, units: list) -> str:
    """The name of a counted set put right: its batch, whose problems, the class and the verb; a unit's line named
    by its unit (县供销社:反馈问题19个,… → 县供销社反馈问题整改, rx29)."""
    verb = "查处" if re.search(r"调查处理|查处", sent) else ("办理" if "办结" in sent else "整改")
    metric = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:办理|整改|查处)?情况$", "", total.metric)  # (23件信访件办理情况: 信访件, rx28)
    task = (_batch(sent, total) or _batch(said, total)) + _whose(sent, total) + metric + ("" if metric.endswith(verb) or verb in metric else verb)
    return units[0].name + task if units and _UNIT_COLON_HEAD.match(sent) else task


def _lagging(status: str, sent: str) -> str:
    """…,已完成15个,其中…等问题整改进度明显滞后 / 未启动3个: a count under way with some lagging is behind (rx29)."""
    return "behind" if status == "on_track" and _LAGS.search(sent) else status


#: a count partly done with some lagging or not begun: behind (rx29)
_LAGS = lazy(r"滞后|缓慢|迟缓|(?:尚)?未启动|未开展整改")


#: whose problems a bare count of problems counts, just before it: 巡察反馈的(697个问题) / 审计查出的 (rx22)
_WHOSE = lazy(r"(?P<q>(?:巡察|巡视|审计|督察|督查|环保|信访|检查|排查|交办)[\u4e00-\u9fff]{0,6}?)的?$")


#: a batch named earlier in the clause of the count: 对第三批中央…督察组交办的(23件)
_BATCH_IN = lazy(r"第[一二三四五六七八九十百\d]+批")
#: the batch a count of cases is of, just before it: 第十一批(27件…) / 1-11批(395件…) (rx25)
_BATCH = lazy(r"(?:第[一二三四五六七八九十百\d]+批|\d+[-—~至]\d+批)$")


def _batch(sent: str, total) -> str:
    """``第十一批`` before the count ``27件信访举报件`` → ``第十一批``; ``""`` where none."""
    at = sent.find(total.text) if total.text else -1
    m = _BATCH.search(sent[:at]) if at > 0 else None
    inner = list(_BATCH_IN.finditer(re.split(r"[,,;;]", sent[:at])[-1])) if at > 0 and not m else []
    return m.group() if m else inner[-1].group() if inner else ""  # (对第三批…交办的23件信访件: 第三批, rx28)


def _whose(sent: str, total) -> str:
    """The kind of problems a bare 问题 count is (巡察反馈的697个问题 → 巡察反馈), else ``""``."""
    if total.metric != "问题" or not total.text:
        return ""
    k = sent.find(total.text)
    m = _WHOSE.search(re.split(r"[,,;;]", sent[:k])[-1]) if k > 0 else None
    return m.group("q") if m else ""


def _set_before(sent: str, before: tuple) -> tuple[list, str, list]:
    """The set the sentence before counts, for a sentence that gives only its status:
    ``共计发现问题25处。…截至目前,已整改11处`` / ``交办的第三批信访件97件。其中,已办结75件`` /
    ``转办的120件信访问题中,经查属实…;已办结55件``; ``(targets, text said, spans to add)``."""
    m = _SET.search(before[0])
    if m:
        return [Target(m.group("m"), "=", float(m.group("n")), m.group("u"), m.group())], sent, [before[1]]
    if re.match(r"^(?:其中|截至|截止|目前)", sent) or re.search(r"(?:问题|件)中[,,]", before[0]):
        ts = [t for t in counted(before[0]) if re.search(r"问题|件|事项|任务", t.metric)][:1]
        if ts:
            return ts, before[0] + sent, [before[1]]
    return [], sent, []


def _rectifying(statuses: list, said: str) -> bool:
    """Counts of a rectification: a status of 整改 / 销号, or a text of 整改, 信访, 举报, 督察, 交办."""
    return any(re.search(r"整改|销号", st) for st, _ in statuses) or bool(re.search(r"整改|信访|举报|督察|交办|反馈问题|巡察", said))  # (反馈问题: rx29)


#: the term the rest is forecast to be put right by: 预计年底前全部销号 / 计划10月底前全部整改到位
_REST_DUE = lazy(r"(?:预计|计划|力争|确保)(?:在|于)?[^,,。;]{2,10}?(?:前|之前)(?:全部|全面)?(?:销号|整改到位|完成整改|整改完成|办结)")


def _forecast_due(b, sent: str) -> Optional[Deadline]:
    """The term a count's rest is forecast to be put right by (…,剩余3个正在推进,预计年底前全部销号), else None (rx26)."""
    return _term_of(b, _REST_DUE.search(sent))


def _count_status(statuses: list, total) -> str:
    """behind where a count is 不到位, done where the counts done reach the total, else on_track."""
    done = sum(n for s, n in statuses if re.match(r"已|完成整改|整改完成|整改完毕|完成销号|基本完成整改", s))
    if any("不到位" in s for s, _ in statuses):
        return "behind"
    return "done" if done >= total.value else "on_track"


def _unit_head(sent: str) -> list:
    """``县住建局(含房管中心)共…``: the unit (and the one it includes) the sentence opens with, responsible;
    ``县供销社:反馈问题19个,…`` a unit before its line's colon (rx29)."""
    colon = _UNIT_COLON_HEAD.match(sent)
    item = parse_item(colon.group("a")) if colon else None
    if item and item[1] == "organization":
        return [Actor(item[0], "organization", "responsible")]
    actors = []
    head = re.match(r"^(?P<a>[\u4e00-\u9fff]{2,10}?(?:部门|局|委|办|中心|公司))(?:[((]含(?P<b>[^()()]{2,12})[))])?", sent)
    if head and not re.match(r"[\u4e00-\u9fff]{0,6}?(?:反馈|交办|转办|移交)的", sent[head.end():]):  # (督察组及X办回访反馈的…: who found them, rx50)
        for name in (head.group("a"), head.group("b")):
            if name and (parse_item(name) or ("", ""))[1] == "organization":  # (中央环保督察交办的…: no unit, rx52)
                actors.append(Actor(name, "organization", "responsible"))
    return actors


#: a unit before the colon of its line: 县供销社:反馈问题19个,… (rx29)
_UNIT_COLON_HEAD = lazy(r"^(?P<a>[^,,::;;。()()]{2,14})[::]")


#: 反馈的15个问题已全部整改到位 / 对14个问题进行持续整改: problems counted, one status for all
_PROBLEMS = lazy(r"(?P<n>\d+)(?P<u>个|项|件|宗|条)(?P<m>[\u4e00-\u9fff]{0,8}?(?:问题|举报件|信访件|案件))")  # (交办的33件投诉举报件全部办结, rx42)


def _problems_status(b, sent: str, span) -> Optional[object]:
    m = _PROBLEMS.search(sent)
    cases = bool(m) and (m.group("m").endswith("件") or bool(re.search(r"信访|投诉|举报", m.group("m"))))  # (…信访投诉问题均已办结, rx50)
    if not m or not ("整改" in sent[m.end():] or (cases and "办结" in sent[m.end():])):
        return None
    st = fulfilled(sent[m.end():])
    if st is None:
        return None
    due = _aim_due(b, sent)  # 2024年6月底前,反馈的18个问题全部整改到位: the aim of a plan, not its status (rx26)
    clause = re.split(r"[,,;;]", sent[:m.start()])[-1]  # 有些单位抓整改,某镇通过…,对14个问题进行持续整改
    actors = [a for a in find_actors(sent[:m.start()]).actors] or _lead_org(sent) or _lead_org(clause) or \
        _lead_org(re.split(r"[,,;;]", sent[:m.start()])[-2] if sent[:m.start()].count(",") >= 1 else "")
    metric = m.group("m")
    whose = _whose(sent, Target(metric, "=", float(m.group("n")), m.group("u"), m.group())) \
        or ("反馈" if due and re.search(r"反馈的?$", sent[:m.start()]) else "")  # (…前,反馈的18个问题全部整改到位)
    return record(b, whose + metric + ("办理" if cases else "整改"), span, actors, due, [Target(metric, "=", float(m.group("n")), m.group("u"), m.group())],
                  None if due else Progress(st, None, b.as_of, sent[m.end():].strip(",")[:60]))


#: a sentence that aims at its term: 2024年6月底前,… / 确保6月底前… / 力争年底前…
_AIMS_AHEAD = lazy(r"^(?:(?:确保|力争|争取|要|计划)(?:在|于|到)?)?(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日|底|末)?|年底|年内)(?:前|之前|以前)?[,,]")


def _aim_due(b, sent: str) -> Optional[Deadline]:
    """The term a sentence aims at, where it opens with it (2024年6月底前,…全部整改到位), else None."""
    return _term_of(b, _AIMS_AHEAD.match(sent.strip()))


def _term_of(b, m: Optional[re.Match]) -> Optional[Deadline]:
    """The first dated term in what ``m`` matched, else None."""
    found = [f for f in find_deadlines(m.group(), b.doc) if f.date] if m else []
    return Deadline(found[0].text, found[0].date, found[0].precision) if found else None


_ORG_END = r"(?:委员会|管委会|办公室|中心|公司|街道|局|委|办|室|镇|乡|院|所|站|处)"
#: a rectification directive: 某局认真抓紧整改,某室搞好配合 / 请某局立即整改
_DO = lazy(r"^(?:请|由)?(?P<o>[\u4e00-\u9fff]{2,14}?" + _ORG_END + r")(?:要|须|必须|务必|负责)?"
                 r"(?:认真|抓紧|立即|迅速|全面|切实|限期|尽快)*(?:抓好|落实|完成)?整改")
_HELP = lazy(r"^(?P<o>[\u4e00-\u9fff]{2,14}?" + _ORG_END + r")(?:要)?(?:搞好|做好|积极|全力|密切)?(?:协助|配合)$")


def _directive(b, sent: str, offset: int) -> Optional[object]:
    """``某局认真抓紧整改,某室搞好配合``: the unit to put it right and the one to help."""
    cls = [c.strip("“”。 ") for c in re.split(r"[,,;]", sent)]
    m = _DO.match(cls[0]) if cls else None
    if not m or not parse_item(m.group("o")) or re.search(r"(?:转|交|督|承|查)办", m.group("o")):  # 督察组转办…整改: a verb
        return None
    actors = [Actor(parse_item(m.group("o"))[0], "organization", "responsible")]
    for c in cls[1:]:
        h = _HELP.match(c)
        if h and parse_item(h.group("o")):
            actors.append(Actor(parse_item(h.group("o"))[0], "organization", "assist"))
    end = sent.find("。")
    end = len(sent) if end < 0 else end
    lead = len(sent) - len(sent.lstrip("“ "))
    title = re.sub(r"^关于|(?:的)?(?:通知|报告|公示|情况说明|情况)$", "", b.title or "")
    named = re.search(r"对(?P<w>[^,。“”]{2,24}?整改)工作", b.t[max(0, offset - 60):offset])  # 对X整改工作作出批示
    task = (re.sub(r"^[\u4e00-\u9fff]{1,4}?[省市县区](?=[\u4e00-\u9fff]{4})", "", named.group("w")) if named else "") \
        or (title[:20] if "整改" in title else "") or "整改"
    return record(b, task, [(offset + lead, offset + end)], actors, None, (), None)


_URGE = lazy(r"^(?:" + URGE + r")")
_DONE_WORD = lazy(r"完毕|完成|到位|销号|办结")


def _dated(b, sent: str, offset: int) -> Optional[object]:
    """``力争国庆前,在区政府网站公开全部整改结果``: a step of the rectification
    with a date, urged, and finished by a completion word later in the sentence."""
    if not _URGE.match(sent) or not _DONE_WORD.search(sent) or _STATUS_N.search(sent):
        return None
    fd = [f for f in find_deadlines(sent, b.doc) if f.date and re.search(r"前|之前|以前|底$", f.text)]
    if not fd or find_actors(sent).actors or not _DONE_WORD.search(sent, fd[0].end):
        return None  # (a unit told what to do is the prose rules')
    last = [c for c in re.split(r"[,,]", sent.rstrip("。;")) if c][-1]
    task = re.sub(r"^在[^对把将]{2,12}?(?=对|把|将)", "", last)  # 在市政府网站对X公示完毕 → 对X公示完毕
    task = re.sub(r"^(?:对|把|将)", "", task)
    task = re.sub(r"^.*(?:任务|的)(?=[\u4e00-\u9fff]{4})", "", task)  # X整改任务整改结果公示 → 整改结果公示
    task = re.sub(r"完毕$", "", task)
    end = len(sent.rstrip("。;"))
    return record(b, task[:30], [(offset, offset + end)], (), Deadline(fd[0].text, fd[0].date, fd[0].precision), (), None)


def _stages(b, paras, i, s, stages) -> list:
    """One commitment per stage, each measured by the next ``截至…`` report."""
    para = paras[i]
    report = _stage_report(b, paras, i)
    pct = as_of = None
    if report is not None:
        m = re.search(r"占[^,;。]{0,8}?(\d+(?:\.\d+)?)%", report.text)
        pct = float(m.group(1)) if m else None
        fd = [f for f in find_deadlines(report.text.split(",")[0], b.doc) if f.date]
        as_of = fd[0].date if fd else b.as_of
    out = []
    for m in stages:
        k = para.start + s + m.start()
        fd = [f for f in find_deadlines(m.group("d"), b.doc) if f.date]
        dl = Deadline(m.group("d"), fd[0].date, fd[0].precision) if fd else None
        want = float(m.group("p")) if m.group("p") else 100.0
        ts = [Target(re.sub(r"^.*?%的", "", m.group("w")), "=", want, "%", m.group("w"))] if m.group("p") else []
        prog = None
        if report is not None and pct is not None:
            prog = Progress(_stage_status(dl, as_of, pct, want), pct, as_of, report.text[:60])
        out.append(record(b, m.group("w"), [(k, k + len(m.group()))], (), dl, ts, prog))
    return out


def _stage_report(b, paras, i):
    """The ``截至…已整改…`` paragraph within three after the stages (marked as read), or None."""
    for p in paras[i + 1:i + 4]:
        if re.search(r"截至|截止", p.text) and re.search(r"已整改|已完成|已办结|%", p.text):
            b.__dict__.setdefault("_rect_used", set()).add(p.start)
            return p
    return None


def _stage_status(dl: Optional[Deadline], as_of: Optional[str], pct: float, want: float) -> str:
    """A stage past its date is done when the share reached what it wants, else behind;
    before its date it is on_track."""
    if dl and as_of and as_of >= dl.date:
        return "done" if pct >= want else "behind"
    return "on_track"


def _item(b, paras, i) -> int:
    """A labelled rectification item from ``paras[i]`` (``问题:…``) on: one
    commitment for the problem, one for each numbered measure under it."""
    fields, subs, j = _item_fields(paras, i)
    return _item_record(b, paras, i, fields, subs, j)


#: a section heading that is a label, its value the lines below: 一、整改任务 / 二、整改责任单位 / 三、整改完成情况
_HEADED = lazy(r"^\s*(?:[一二三四五六七八九十]+、\s*(?P<l>" + "|".join(sorted(_KEY, key=len, reverse=True)) + r")\s*[::]?"
               r"|(?P<l2>" + "|".join(sorted(_KEY, key=len, reverse=True)) + r")\s*[::]?\s*\|"
               r"|(?:[((][一二三四五六七八九十][))])?(?P<l3>" + "|".join(sorted((k for k in _KEY if len(k) >= 3), key=len, reverse=True))
               + r"))\s*$")
#   (整改目标 |: a table's label cell, rx41; 反馈问题 ⏎ <value> ⏎ 责任单位 ⏎ <value>: a table flattened a cell a line, rx49)
def _hkey(h: re.Match) -> str:
    """The key of a section's label: 二、整改目标 / 整改目标 |."""
    return _KEY[h.group("l") or h.groupdict().get("l2") or h.groupdict().get("l3")]


#: a public notice's closing lines, no value of a label: 公示时间…, 联系人…, 特此公示
_CLOSING = lazy(r"^\s*(?:[一二三四五六七八九十]+、\s*)?(?:公示时间|受理部门|公示期|联系人|联系电话|特此|监督电话|社会监督联系人|备注)")
#: the notice's signature below a section's text: the issuing body alone on a line, its date alone (not the first line
#: under a label, where a unit alone is the label's value: 二、整改责任单位 ⏎ 县住建局)
_SIGNED = lazy(r"^\s*[\u4e00-\u9fff()()]{2,30}?(?:委员会|人民政府|政府|办公室|管委会|局|委|办)\s*$"
               r"|^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|(?:19|20)\d{6})\s*$")
#: a section of the notice that is no label, ending the one before it: 四、下一步工作打算
_OTHER_SECTION = lazy(r"^\s*[一二三四五六七八九十]+、[^。,,;;]{2,20}$")


#: a notice's first section naming the problem by the inspection that found it: 一、第二轮省生态环境保护督察反馈问题 (rx41)
_PROBLEM_SECTION = lazy(r"^\s*[一二三四五六七八九十]+、\s*[\u4e00-\u9fff“”()()]{2,30}?(?:督察|巡察|巡视|审计|检查|督查)(?:反馈意见)?(?P<l>反馈问题|问题)(?:情况)?\s*[::]?\s*$")  # (一、…督察反馈意见问题情况, rx49)


def _headed_item(b, paras, i) -> Optional[int]:
    """An item whose labels are the sections of a notice, each value in the lines below (rx23)::

        一、整改任务 ⏎ <the problem> ⏎ 二、整改责任单位 ⏎ 县住建局 ⏎ 三、整改完成情况 ⏎ …已完成整改任务。

    The measures may run on one line, (一)…。(二)…。, each its own; a line of how the N-th measure was carried out
    (五、整改措施落实情况 ⏎ (一)关于第1项整改措施落实情况。X县组织…) tells that measure's status and doer (rx41)."""
    m = _HEADED.match(paras[i].text) or _PROBLEM_SECTION.match(paras[i].text)
    if not m or _hkey(m) != "problem":
        return None
    fields, subs, told, j = [], [], {}, i
    while j < len(paras) and (h := _HEADED.match(paras[j].text) or (m if j == i else None)):
        k, key = j + 1, _hkey(h)
        while k < len(paras) and not _HEADED.match(paras[k].text) and not _CLOSING.match(paras[k].text) \
                and not _OTHER_SECTION.match(paras[k].text) and not (k > j + 1 and _SIGNED.match(paras[k].text)):
            _headed_line(paras[k], key, fields, subs, told)
            k += 1
        j = k
    if len({f[0] for f in fields} | {key for key, _ in subs}) < 2:
        return None
    n = len(b.out)
    after = _item_record(b, paras, i + 1, fields, subs, j)
    _told_measures(b, n, subs, told)
    return after


def _told_measures(b, n: int, subs: list, told: dict) -> None:
    """The measures among ``b.out[n:]``, in order, each given how its line tells it was carried out (rx41)."""
    first = min((p.start for key, p in subs if key == "measure"), default=len(b.t))
    measures = [k for k in range(n, len(b.out)) if b.out[k].evidence and b.out[k].evidence[0].start >= first]
    for no, k in enumerate(measures, 1):
        if no in told:
            b.out[k] = _carried_out(b, b.out[k], told[no])


#: how the N-th measure was carried out: (一)关于第1项整改措施落实情况。 (rx41)
_MEASURE_TOLD = lazy(r"^\s*" + ITEM_NO + r"\s*关于第(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})项(?:整改)?措施(?:的)?(?:落实|完成|推进)情况[。::]?")
#: the time the work was done, a line of its own: 六、整改完成时间。2021年9月
_DONE_WHEN = lazy(r"^\s*" + ITEM_NO + r"\s*整改(?:完成|销号)(?:时间|日期)")


def _headed_line(p, key: str, fields: list, subs: list, told: dict) -> None:
    """One line under a notice's section ``key``: a field, a numbered measure, pieces numbered inline (一是…二是…),
    or how a measure was carried out (:data:`_MEASURE_TOLD`); a table's bar after a cell is no part of it."""
    from ..segment import cn_int
    text = p.text.rstrip()
    p = Span(text[:-1].rstrip(), p.start, p.start + len(text[:-1].rstrip())) if text.endswith("|") else p
    ref = _MEASURE_TOLD.match(p.text) if key == "progress" else None
    if ref:
        n = ref.group("n")
        told[int(n) if n.isdigit() else cn_int(n)] = Span(p.text[ref.end():].strip(), p.start + ref.end(), p.end)
        fields.append(("progress", p.text[ref.end():], p.start + ref.end(), p.end))
    elif key == "progress" and _DONE_WHEN.match(p.text):
        fields.append(("progress", p.text, p.start, p.end))
    elif key == "measure" and _pieces(p, subs, fields):
        pass
    elif key in ("measure", "progress") and _ENUM.match(p.text):
        subs.append((key, p))  # 三、整改措施及完成情况 ⏎ (一)…。已完成。: a measure of its own (rx31)
    else:
        fields.append((key, p.text, p.start, p.end))


#: pieces of a measure's cell told inline: 一是…二是… / (一)…(二)…
_PIECE_NO = lazy(r"(?:^|(?<=[。;;::)]))\s*(?:[一二三四五六七八九十]是|[((][一二三四五六七八九十\d]{1,2}[))]|\d{1,2}[、.．](?!\d))")  # (措施:1、…;2、…, rx51)
#: what the measures achieved, after them in the cell: 整改成效:… / 整改结果:…
_ACHIEVED = lazy(r"(?:整改成效|整改结果|完成情况|落实情况|(?<![^\s。;;])成效)[::]")


def _pieces(p, subs: list, fields: list) -> bool:
    """A measure's line numbered inline (一是…二是… / (一)…(二)…), each piece a measure of its own; what they
    achieved after them (整改成效:…) the item's progress.  False where the line has fewer than two pieces."""
    done = _ACHIEVED.search(p.text)
    end = done.start() if done else len(p.text)
    cuts = [x.start() for x in _PIECE_NO.finditer(p.text, 0, end)]
    if len(cuts) < 2:
        return False
    for a, z in zip(cuts, cuts[1:] + [end]):
        raw = p.text[a:z]
        piece = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        subs.append(("measure", Span(piece, p.start + a + lead, p.start + a + lead + len(piece))))
    if done:
        fields.append(("progress", p.text[done.end():], p.start + done.end(), p.end))
    return True


#: a measure's value numbered inline by figures, the second piece after a stop: 1、…;2、… (一是…二是… is read by its
#: dated parts, :func:`_inline_measures`)
_DIGIT_PIECES = lazy(r"(?:^|[::])\s*1[、.．](?!\d)[^。;;]+[。;;]\s*2[、.．](?!\d)|^\s*[((]一[))].+?[。;;)]\s*[((]二[))]")


def _measures_apart(fields: list, subs: list) -> list:
    """The fields of a labelled line, a measure's value numbered inline (整改措施:1、…;2、…。成效:…) as measures of their
    own in ``subs`` and what they achieved a progress field (rx51)."""
    out = []
    for f in fields:
        if f[0] != "measure" or not _DIGIT_PIECES.search(f[1]) or not _pieces(Span(f[1], f[2], f[3]), subs, out):
            out.append(f)
    return out


def _carried_out(b, rec, said: Span):
    """A measure with how it was carried out: done where the notice reports it so (or names when), the unit that did
    it its actor where the measure names none."""
    doers = rec.actors or tuple(_subject_actors(said.text)) or tuple(find_actors(said.text).actors)
    progress = rec.progress or Progress("done", None, b.as_of, said.text[:60])
    return replace(rec, actors=tuple(doers), progress=progress)


def _item_record(b, paras, i, fields, subs, j) -> int:
    """The records of an item's ``fields`` and numbered measures ``subs``; ``j`` the index after it."""
    get = lambda key: [f for f in fields if f[0] == key]  # noqa: E731
    actors = _item_actors(get)
    deadline = _item_deadline(b, get)
    st, done_label, progress_text = _item_status(b, fields)
    progress = Progress(st, _item_percent(b, fields, st), b.as_of, progress_text[:60]) if st else None
    kinds = ("problem", "goal", "measure") if get("measure") else ("problem", "goal", "measure", "progress")
    spans = [(b.t.rfind("\n", 0, s) + 1 if b.t.rfind("\n", 0, s) >= 0 else s, e) for k, v, s, e in fields
             if k in kinds and v]  # (整改情况:… telling what is done and will be, no measure apart: the item's too, rx30)
    spans = [(max(s, paras[i].start), e) for s, e in spans] or [(paras[i].start, paras[i].end)]
    goal = _item_goal(get)
    recs = [] if subs else _inline_measures(b, get, actors, progress)
    recs = recs or [record(b, _item_task(get) or "问题整改", spans, actors, deadline, goal, progress)]
    told = _told_by_number(subs)
    recs += [_with_told(b, r, told.get(p.start), st, done_label) for under, p in subs
             if not (under == "progress" and p.start in {d.start for d in told.values()})
             for r in [_measure(b, under, p, actors, deadline, st, done_label)] if r]
    b.out.extend(recs)
    return j


def _told_by_number(subs: list) -> dict:
    """三、整改措施: 1.… 2.… ⏎ 四、整改主要工作及成效: 1.… 2.…: the N-th line under the label of what was done tells how the
    N-th measure was carried out, where both lists have as many lines ({measure's start: its line's})."""
    measures = [p for under, p in subs if under == "measure"]
    done = [p for under, p in subs if under == "progress"]
    return {m.start: d for m, d in zip(measures, done)} if measures and len(measures) == len(done) else {}


def _with_told(b, r, told, st: Optional[str], done_label: bool):
    """A measure's record with how its line under the label of what was done tells it carried out, as its status and
    more evidence (rx49)."""
    if told is None:
        return r
    text = _measure_text(told)
    prog = Progress(_sub_status("progress", text, st, done_label) or "done", None, b.as_of, text[:60])
    return replace(r, progress=prog, evidence=tuple(r.evidence) + (Evidence(b.orig[told.start:told.end], told.start, told.end),))


#: the parts of a measure told in one line: 一是…;二是… (rx35)
_INLINE_PART = lazy(r"(?:^|(?<=[;;。,,]))\s*(?:[一二三四五六]是|第[一二三四五六][,,、]?|[①-⑩])")  # (①…;②…, rx36)
#: the parts of a measure cut by semicolons alone, each with a term of its own: 对X…,9月15日前整改完毕;举一反三,年底前完成Y (rx36)
_SEMI_PART = lazy(r"(?:^|(?<=[;;]))")


def _inline_measures(b, get, actors: list, progress) -> list:
    """整改措施:一是…,9月30日前完成X;二是…,11月底前实现Y全面开工。: each part with a term of its own is a commitment
    of its own, the item's units and status its (rx35); none where fewer than two parts are dated."""
    for _, v, s, e in get("measure"):
        cuts = [m.start() for m in _INLINE_PART.finditer(v)]
        if len(cuts) < 2:
            cuts = [m.start() for m in _SEMI_PART.finditer(v.rstrip(" ;;。"))]
        parts = [(s + a, s + (cuts[k + 1] if k + 1 < len(cuts) else len(v))) for k, a in enumerate(cuts)]
        dated = [(ps, pe, [f for f in find_deadlines(b.t[ps:pe], b.doc) if f.date]) for ps, pe in parts]
        if len(parts) < 2 or not all(fd for *_, fd in dated):
            continue
        out = []
        for ps, pe, fd in dated:
            text = b.t[ps:pe].strip(" ;;。,,")
            due = next((f for f in fd if f.precision != "year"), fd[-1])  # (9月30日前完成2018年度…: the month's)
            body = re.sub(r"^(?:[一二三四五六]是|第[一二三四五六][,,、]?|[①-⑩])", "", text)
            clause = next((c for c in re.split(r"[,,]", body) if due.text in c), body)
            task = task_text(clause)
            if len(tidy_task(task)) <= 4:  # (由镇财政所对凭证逐笔清查,…,限期15日内完成: the work, not 完成)
                task = task_text(re.split(r"[,,;;]", body)[0])
            out.append(record(b, task, [(ps, ps + len(b.t[ps:pe].rstrip(" ;;。,,")))], actors,
                              Deadline(due.text, due.date, due.precision), find_targets(text), progress))
        return out
    return []


def _item_goal(get) -> list:
    """整改目标:X达到95%以上: its target (rx26); else a measure's bound (…结案率达到95%以上), else the counts it sets up."""
    return [t for f in get("goal") for t in find_targets(f[1])] \
        or [t for f in get("measure") for t in find_targets(f[1]) if t.op in (">=", "<=")] or _measure_counts(get("measure")) \
        or [t for f in get("problem") for t in _sized(f[1])] or [t for f in get("told") for t in _rest_planned(f[1])]


#: the size of a problem in brackets after its name: X问题(共9宗,121.6亩) (rx32)
_SIZE = lazy(r"问题[((]共?(?P<b>[^()()。]{2,24})[))]")
_SIZE_PART = lazy(r"(?P<n>\d+(?:\.\d+)?)(?P<u>宗|起|处|个|件|户|栋|家|亩|万平方米|平方米|公顷)")


#: what is left of a fix and the term it is planned by: 剩余1420万元因…尚未完成,计划于2014年3月底前拨付到位 /
#: 剩余108户…,待验收合格后于年底前全部拨付到户 (rx38)
_REST_PLANNED = lazy(r"(?:剩余|尚余|其余|余下|还有)(?P<n>\d+(?:\.\d+)?)(?P<u>万元|亿元|元|户|个|项|件|宗|家|名|人|辆|套|处|公里|亩)"
                     r"(?=[^。;;]{0,40}?(?:前|之前)[^。;;]{0,6}?(?:全部|全面)?(?:拨付|完成|办结|到位|清理|收回|追回|整改|化解|消化|销号))")


def _rest_planned(told: str) -> list[Target]:
    """The whole a told item's fix is of (专项资金2035.8万元,县财政局已收回1580万元), else the rest of it planned by a term
    (…已拨付3150万元;剩余1420万元…计划于3月底前拨付到位): its target."""
    whole = _WHOLE_BEFORE.search(told)
    if whole:
        return [Target(whole.group("m"), "=", float(whole.group("n")), whole.group("u"), whole.group())]
    return [Target("剩余", "=", float(m.group("n")), m.group("u"), m.group()) for m in _REST_PLANNED.finditer(told)]


#: the whole a fix is of, told before what is done of it: 专项资金2035.8万元,县财政局已收回… / 滞拨1120万元,目前已拨付…
_WHOLE_BEFORE = lazy(r"(?P<m>[\u4e00-\u9fff]{2,8}?)(?P<n>\d+(?:\.\d+)?)(?P<u>万元|亿元|套|户|个|项|件|宗|家|名|人|辆|处)(?:的问题)?"
                     r"[,,](?:[^,,。;;\d]{0,10}?)(?:已|目前已)")


def _sized(problem: str) -> list[Target]:
    """The counts a problem's bracket gives its size (共9宗,121.6亩 → 9宗, 121.6亩)."""
    m = _SIZE.search(problem)
    if not m:
        return []
    return [Target("面积" if p.group("u") in ("亩", "万平方米", "平方米", "公顷") else "问题", "=", float(p.group("n")),
                   p.group("u"), p.group()) for p in _SIZE_PART.finditer(m.group("b"))]


#: a measure that makes or sets up a count of things: 施划停车泊位1200个 / 设置临时疏导点3处 (rx28)
_MAKES = lazy(r"(?:施划|设置|安装|新增|新建|建设|改造|增设|配备|建成|清理|整治)")


def _measure_counts(measures: list) -> list:
    """The counts a measure plans (整改措施:施划停车泊位1200个,安装违停抓拍设备20套), none told done (已…)."""
    return [t for f in measures for clause in re.split(r"[,,;;。]", f[1])
            if (_MAKES.match(clause.strip()) or _PLANNED_COUNT.search(clause)) and "已" not in clause
            for t in find_targets(clause) if t.op == "=" and t.unit and t.unit != "%"]


#: a measure's clause due by a term or done to a counted set: 9月30日前完成剩余1.3万亩建设任务 / 对42个合作社扶持项目开展检查 (rx35)
_PLANNED_COUNT = lazy(r"(?:前|年内|年底)(?:完成|实现)|^(?:一是|二是|三是)?对\d")


def _item_percent(b, fields, st: str) -> Optional[float]:
    """The share done a progress label gives an item under way (整改进展:正在整改,已完成60%; rx22)."""
    if st == "done":
        return None
    told = " ".join(v for k, v, _, _ in fields if k == "progress")
    p = find_progress(told, b.as_of, b.doc.year) if "%" in told else None
    return p.percent if p is not None and p.status == st else None


def _fields_of(p, ms) -> list[tuple[str, str, int, int]]:
    """The labelled fields of a line: (key, value, start, end)."""
    out = []
    for k, m in enumerate(ms):
        end = ms[k + 1].start() if k + 1 < len(ms) else len(p.text)
        at = m.start("st") - 1 if m.group("st") else m.end()  # (整改情况(已整改完毕):…: the status in its bracket is the value's)
        value = p.text[at:end].strip(" ;;。")
        value = re.sub(r"^关于(?=“)", "", value) if _KEY[m.group("l")] == "problem" else value  # (问题1:关于“X”问题)
        out.append((_KEY[m.group("l")], value, p.start + at, p.start + end))
    return out


@dataclass
class _ItemLines:
    """What the lines of a rectification item have given so far: its fields
    ``(key, value, start, end)``, its numbered measures ``(the label above, span)``
    and the label the next lines go under."""
    fields: list = field(default_factory=list)
    subs: list = field(default_factory=list)
    under: Optional[str] = None


def _item_fields(paras, i) -> tuple[list, list, int]:
    """The fields of the item at ``paras[i]`` (its heading a problem where it opens
    without a label), its numbered measures under a label, and the index after it."""
    st = _ItemLines()
    j = i
    while j < len(paras):
        p = paras[j]
        if j > i and (_next_item(p.text) or _ENUM.match(p.text) and j + 1 < len(paras)
                      and (_THIS_PROBLEM.match(paras[j + 1].text) or _status_label_below(paras[j + 1].text))):
            break  # (二)X。⏎该问题正在整改。: the next problem, with its own status line
        if not _item_line(st, p, list(_LABEL.finditer(p.text)), j - i):
            break
        j += 1
    return st.fields, st.subs, j


def _next_item(text: str) -> bool:
    """A line that opens the next item: ``问题:…``, a problem heading, an inline item."""
    m0 = _LABEL.match(_ENUM.sub("", text).lstrip())
    return bool((m0 and _KEY[m0.group("l")] == "problem") or _PROBLEM_HEAD.match(text) or _inline_item(text))


def _numbered_label(text: str, m) -> bool:
    """二、整改目标:… / 三、整改时限:…: a field of the item numbered as a section (rx36)."""
    enum = _ENUM.match(text.lstrip())
    return bool(enum) and not text[:m.start()].strip()[enum.end():]


def _section_label(st: _ItemLines, p) -> bool:
    """五、整改完成情况 (a label alone on its numbered line): the measures below are told done (or asked); True where read."""
    h = _HEADED.match(p.text)
    if not h or _hkey(h) not in ("measure", "progress"):
        return False
    st.under = _hkey(h)
    if st.under == "progress":  # (its label marks the measures below done, as 整改完成情况: does)
        end = p.start + len(p.text.rstrip())
        st.fields.append(("progress", "", end, end))
    return True


def _item_line(st: _ItemLines, p, ms: list, k: int) -> bool:
    """Read the ``k``-th line of an item into ``st``; False when it is no part of the item."""
    labelled = bool(ms) and (ms[0].start() == 0 or (k > 0 and _numbered_label(p.text, ms[0])))
    if k == 0 and not labelled:  # (一)关于X的问题。整改情况:…
        _item_heading(st, p, ms)
    elif labelled:
        st.fields += _measures_apart(_fields_of(p, ms), st.subs)
        st.under = st.fields[-1][0] if st.fields else "measure"
    elif k > 0 and _section_label(st, p):
        pass
    elif k == 1 and not st.fields[1:] and _THIS_PROBLEM.match(p.text):
        st.fields.append(("progress", p.text, p.start, p.end))  # (一)X。⏎该问题已完成整改。一是…
        st.under = "progress"
    elif _SECTION.match(p.text) or _ASPECT.match(p.text):
        return False  # 三、下步计划 / (二)X方面: the report's next section ends the item
    elif st.under in ("measure", "progress") and _ENUM.match(p.text):
        st.subs.append((st.under, p))
    elif k > 0 and _goes_on(st.under, p.text):
        st.fields.append((st.under, p.text, p.start, p.end))
    else:
        return False
    return True


#: a short heading of the report's next section (三、下步计划 / 四、存在的困难), no measure
_SECTION = lazy(r"^\s*[一二三四五六七八九十]+、[^,,。;;::]{2,12}$")
#: a heading over the problems of one field: (二)群众身边腐败和作风问题方面 / 三、基层党建方面存在的问题 (rx32)
_ASPECT = lazy(r"^\s*" + ITEM_NO + r"\s*[^,,。;;::\d]{2,24}?方面(?:的问题|存在的问题|问题)?[。.]?\s*$")  # ((2)住房安全方面。, rx49)


def _item_heading(st: _ItemLines, p, ms: list) -> None:
    """The first line of an item that opens without a label: its heading is the
    problem (``(一)关于X的问题。``), the labels after it are fields (1.问题:… opens
    with its label after the number)."""
    told = _PROBLEM_HEAD.match(p.text) if not ms else None
    head_end = ms[0].start() if ms else told.end() if told and len(p.text[told.end():].strip()) >= 6 else len(p.text)
    at_fault = not ms and not told and _unit_told_item(p.text)
    if at_fault:  # 1.县交通局超范围列支…,已由相关人员退回…: the unit at fault fixes it, unless the fix names its own (rx34)
        head_end = _FIX_TOLD.search(p.text, _UNIT_LINE.match(p.text).end()).start() + 1
        fixer = _UNIT_LINE.match("1." + p.text[head_end:].lstrip())
        unit = fixer.group("u") if fixer and (parse_item(fixer.group("u")) or ("", ""))[1] == "organization" \
            else _UNIT_LINE.match(p.text).group("u")
        st.fields.append(("responsible_org", unit, p.start, p.start))
    head = _ENUM.sub("", p.text[:head_end]).strip(" 。;")
    if head:
        st.fields.append(("problem", re.sub(r"^关于", "", head), p.start, p.start + head_end))
    if not ms and head_end < len(p.text):  # (二)关于X的问题。镇农经站负责,9月底前完成Y: what is done of it (rx28)
        st.fields.append(("measure", p.text[head_end:].strip(), p.start + head_end, p.end))
        if not at_fault:  # (what was done of a fault is its status, not its task)
            st.fields.append(("told", p.text[head_end:].strip(), p.start + head_end, p.end))
    st.fields += _fields_of(p, ms)
    st.under = st.fields[-1][0] if ms else st.under


def _goes_on(under: Optional[str], text: str) -> bool:
    """An unnumbered line of some length that goes on under a measure or progress label
    (not a closing line: 特此公示, 联系电话)."""
    return under in ("measure", "progress") and not _ENUM.match(text) and len(text) > 20 \
        and not re.search(r"特此|公示|联系|电话", text)


#: a unit given the work by its role, the work after it: 开发区管委会负责组卷报批 (rx32)
_UNIT_ROLE = lazy(r"^[\u4e00-\u9fff、]{2,20}?(?:管委会|局|委|办|中心|政府|街道|镇|乡)(?:负责|牵头)(?!人)")


def _labelled_actors(get) -> list[Actor]:
    """The units of an item's role labels and those its reply names."""
    actors = [Actor(name, kind, role, post) for key in KEY_ROLE for _, v, _, _ in get(key)
              for name, kind, role, post in cell_actors(v, key)]
    return actors + [a for _, v, _, _ in get("measure") for a in _reply_actors(v)]


def _item_actors(get) -> list[Actor]:
    """The units of the role labels, those a reply names, else the unit a report line opens with
    (整改情况:县财政局已收回闲置资金…)."""
    actors = _labelled_actors(get)
    if not actors:  # 整改措施:…。由镇纪委牵头,镇财政所负责,… (rx28)
        actors += [a for _, v, _, _ in get("measure") + get("progress") for c in re.split(r"[,,。;;]", v)
                   if ROLES_ONLY.match(c.strip()) or _UNIT_ROLE.match(c.strip()) for a in find_actors(c.strip()).actors]
    if not any(a.role != "assist" for a in actors):  # (…其余2处由县住建局协助: the unit the line opens with does it, rx30)
        actors += [a for _, v, _, _ in get("measure") + get("progress") for a in _lead_org(v) or _doing_unit(v) or _by_later(v)]
    if not actors:  # 该问题正在整改。市住建局牵头,…: the unit that leads, in a later sentence of the line
        for _, v, _, _ in get("progress"):
            for sent in re.split(r"[。;;]", v)[1:]:
                actors += [replace(a, role="lead") for a in _lead_org(sent) if re.match(r"[^,,]{2,20}?牵头", sent.strip())]
    return actors




#: a term the work is to be done by, after a count so far: (…,)9月底前全部完成 / 年底前整改到位 (rx30)
_TERM_THEN_DONE = lazy(r"(?<=前)(?:全部|全面)?(?:完成|整改到位|办结|销号)")


def _item_deadline(b, get) -> Optional[Deadline]:
    """The deadline label's last date (or its vague 立行立改), else a forecast of a
    measure (整改回复:…预计5月底前完工; not 已于12月2日亮灯, an event)."""
    deadline = None
    for _, v, _, _ in get("deadline"):
        fd = [f for f in find_deadlines(v, b.doc) if f.date]
        if fd:
            deadline = Deadline(fd[-1].text, fd[-1].date, fd[-1].precision)
        elif _VAGUE.search(v):
            deadline = Deadline(_VAGUE.search(v).group(), None, None)
    return deadline or _item_term(b, get)


def _item_term(b, get) -> Optional[Deadline]:
    """Where the deadline label gives none: a measure's or goal's term (…前 / 内), a forecast told with the progress,
    else the term the problem's work was set."""
    for _, v, _, _ in get("measure") + get("goal"):
        fd = [f for f in find_deadlines(v, b.doc) if f.date and re.search(r"前|之前|以前|内$", f.text)
              and not re.search(r"已于?$", v[:f.start])]
        if fd:
            return Deadline(fd[-1].text, fd[-1].date, fd[-1].precision)
    for _, v, _, _ in get("progress"):  # 该问题正在整改。…计划12月底前完成X / 预计6月30日整改到位
        fd = [f for f in find_deadlines(v, b.doc) if f.date and (_FORECAST.search(v, max(0, f.start - 4), f.start)
                                                                  or _TERM_THEN_DONE.match(v, f.end))]
        if fd:
            return Deadline(fd[-1].text, fd[-1].date, fd[-1].precision)
    for _, v, _, _ in get("problem"):  # X工作完成期限为2021年3月,已逾期两年多: the term it was set (rx49)
        fd = [f for f in find_deadlines(v, b.doc) if f.date and _SET_TERM.search(v, max(0, f.start - 8), f.start)]
        if fd:
            return Deadline(fd[0].text, fd[0].date, fd[0].precision)
    return None


#: the words before the term a problem's work was set: 完成期限为 / 原定于 / 原计划
_SET_TERM = lazy(r"(?:完成|整改)?(?:期限|时限)(?:为|是)$|原(?:定|计划|要求)(?:于|在)?$")


#: a forecast before a date of a report line: 计划2024年底前, 预计6月30日 (not 已于…, an event)
_FORECAST = lazy(r"(?:原定|原计划|计划|预计|力争|争取|确保|将于?|拟于?)(?:于|在)?$")  # (原定10月底前…: the term it had, rx36)


def _bare_status(fields) -> Optional[str]:
    """A progress field that is a status alone (完成情况:长期坚持 / 完成情况:正在整改(逾期)): its status, over what the
    fields beside it tell (rx36)."""
    for k, v, _, _ in fields:
        bare = re.sub(r"[((][^()()]{1,8}[))]", "", v).strip(" 。.")
        if k == "progress" and len(bare) <= 8 and (fulfilled(v) or state_word(bare)):
            return fulfilled(v) or state_word(bare)
    return None


def _said_status(fields) -> Optional[str]:
    """The status a line ``该问题已完成整改。一是…`` gives in its first sentence (not the measures after it)."""
    said = next((re.split(r"[。;;]", v)[0] for k, v, _, _ in fields if k == "progress" and _THIS_PROBLEM.match(v)), "")
    return fulfilled(said) if said else None


#: part of a count done: 已分配入住318套 / 已调配至乡镇卫生院投入使用4台
_PART_DONE = lazy(r"已[^,,。;;]{1,20}?\d+(?:\.\d+)?万?(?:个|台|套|户|处|件|元|亩|人|辆|家|所|座|条|笔)")
#: …and the rest told apart: 剩余108套 / 另外2台 / 其余6处
_REST = lazy(r"剩余|另外|其余|尚有|余下")


def _item_status(b, fields) -> tuple[Optional[str], bool, str]:
    """The item's status, whether a label says it is done (整改完成情况, 整改结果), and its progress text."""
    progress_text = " ".join(v for k, v, _, _ in fields if k in ("progress", "measure"))
    st = _said_status(fields) or _bare_status(fields) or fulfilled(" ".join(v for k, v, _, _ in fields if k == "progress")) \
        or fulfilled(progress_text)
    done_label = any(re.search(r"完成情况|整改结果|措施落实情况|完成时间|整改成效|整改效果|成效[::]", b.t[max(0, s - 8):s + 8]) for k, v, s, _ in fields if k == "progress")
    if st is None and done_label:
        st = "done"  # 整改完成情况: what was done
    if st is None and _REPORT.search((b.title or "") + b.t[:400]) and re.search(r"了[,。;]|进行了|采取了", progress_text):
        st = "done"  # a rectification report: 现将整改情况汇报如下 … 整改措施:…对杂物进行了清理
    if st is None:
        st = _told_status(b, progress_text)
    return st, done_label, progress_text


def _told_status(b, text: str) -> Optional[str]:
    """The status the sentences of an item tell; part of a count done with the rest told apart is on track
    (已分配入住318套,…;剩余108套正在组织摇号, rx36)."""
    p = find_progress(text, b.as_of, b.doc.year) if text else None
    if p:
        return p.status
    return "on_track" if _PART_DONE.search(text) and _REST.search(text) else None


def _told_done(told: list) -> bool:
    """A problem's told line telling it done (what was done, not a work to name)."""
    return any((p := find_progress(v)) is not None and p.status == "done" for _, v, _, _ in told)


def _item_task(get) -> str:
    """The goal, else the problem's first clause (…群众反映X路一带夜间没有路灯 → what is reported)."""
    goal = get("goal")
    problem = get("problem")
    work = _told_work(get("told"))
    if work and not _told_done(get("told")):  # (…已对2386人…全部清理: done, the problem names it, rx36)
        return work
    task = (goal[0][1] if goal and goal[0][1] else problem[0][1] if problem else "")
    task = _fault_told(task)
    if "反映" in task:
        task = task[task.rfind("反映") + 2:]
    task = re.sub(r"^“(?P<x>[^“”]{2,30})”(?:的)?问题$", r"\g<x>", task)  # (关于“X不严”的问题: X's remedy, rx26)
    if not (goal and goal[0][1]):
        task = remedy(task.split(",")[0])  # a problem's first clause names it (X道路破损严重,雨天积水; X没有路灯 → X路灯, rx21)
    task = re.sub(r"^(?:19|20)\d\d年(?:底|末|内)前?,?", "", task)  # 2023年底前X全部消除 → X全部消除
    return (task_text(task) if len(task_text(task)) >= 4 else task)[:30]


#: the words of a fault: 职责落实仍不到位 / 作用发挥不够明显 / 均没有研究 (rx49)
_FAULT = lazy(r"不到位|不够|没有|不足|不力|不严|滞后|缺乏|薄弱|差距|未(?:能|按|完成|落实|建立|达到)")


def _fault_told(problem: str) -> str:
    """The sentence of a problem naming it: its first, unless that one only gives figures (2019年到2021年,…共研究议题180个,
    其中…仅6个。) and a later one tells the fault (…责任落实仍不到位。)."""
    parts = [p for p in re.split(r"[。;;]", problem) if p.strip()] or [""]
    if len(parts) > 1 and re.search(r"\d", parts[0]) and not _FAULT.search(parts[0]):
        return next((p for p in parts[1:] if _FAULT.search(p)), parts[0])
    return parts[0]


#: a clause of a told item that names no work: what is done already, a sum, a time so far, who found it
_NOT_WORK = lazy(r"^(?:目前|已|均已|现已|今年以来|截至|截止|共计|合计|累计|其中|剩余|其余|因|由于)"
                 r"|^[\u4e00-\u9fff]{0,6}(?:指出|发现|认为|表示)$")  # (巡察指出,…: who found the problem, rx32)


def _told_work(told: list) -> str:
    """The work a problem heading's unlabelled line names (镇农经站负责,9月底前完成集体资产清产核资 → 集体资产清产核资;
    县商务局牵头,建立X机制 → 建立X机制), past its units' roles and what is done already; else ``""`` (rx28)."""
    for _, v, _, _ in told:
        for c in re.split(r"[,,。;;]", v):
            c = c.strip()
            if not c or ROLES_ONLY.match(c) or _NOT_WORK.match(c):
                continue
            t = task_text(c)
            return t if len(t) >= 4 and not re.search(r"\d", t) else ""
    return ""


def _term_off(text: str) -> str:
    """A measure without the term opening it (2018年10月底前,完成X → 完成X, rx41)."""
    head = re.split(r"[,,]", text, 1)
    return head[1] if len(head) > 1 and TERM_ONLY.match(head[0]) and len(head[1]) >= 6 else text


def _measure_text(p) -> str:
    """A numbered line's text without its number (一是…二是…: pieces of a cell, rx41)."""
    return re.sub(r"^[一二三四五六七八九十]是", "", _ENUM.sub("", p.text).strip())


def _sub_status(under: str, text: str, st: Optional[str], done_label: bool) -> Optional[str]:
    """The status of a numbered line under a measure or progress label: done under a label of what was done (or where the
    item is), else what it tells (整改措施及成效: …整改成效:…, rx41)."""
    return "done" if under == "progress" and (done_label or st == "done") else fulfilled(text) \
        or ("done" if under == "measure" and done_label and st == "done" else None)


def _measure(b, under: str, p, actors: list, deadline, st: Optional[str], done_label: bool):
    """A numbered measure under the item: its own commitment (not accountability:
    对弄虚作假的,由纪委通报批评); a measure takes the item's units and deadline where it names none."""
    text = _measure_text(p)
    if _SANCTION.search(text):
        return None
    acts = list(find_actors(text).actors) or _subject_actors(text)
    sub_st = _sub_status(under, text, st, done_label)
    prog = Progress(sub_st, None, b.as_of, text[:60]) if sub_st else None
    task = re.split(r"[,,。;]", re.sub(r"^[^,,]{0,16}?(?:针对[^,,]{0,12}?问题)", "", _term_off(text)))[0][:30]
    task = task_text(task) if len(task_text(task)) >= 4 else task  # 9月底前建成X → 建成X
    dl = None
    if under == "measure":
        acts = acts or actors
        fd = [f for f in find_deadlines(text, b.doc) if f.date]
        dl = Deadline(fd[-1].text, fd[-1].date, fd[-1].precision) if fd else deadline
    return record(b, task or text[:30], [(p.start, p.end)], acts, dl, find_targets(text) if under == "measure" else (),
                  prog)


def _reply_actors(text: str) -> list[Actor]:
    """The units a reply names: the one replying (X局反馈) and those it directs (督促指导Y处)."""
    out = []
    for m in re.finditer(r"(?P<o>[\u4e00-\u9fff]{2,14}?(?:局|委|办|处|中心|公司|站|所|队))(?:反馈|回复|表示|答复)", text):
        p = parse_item(m.group("o"))
        if p:
            out.append(Actor(p[0], p[1], "responsible"))
    for m in re.finditer(r"(?:督促|指导|责成|要求|安排)+(?P<o>[\u4e00-\u9fff]{2,14}?(?:局|委|办|处|中心|公司|站|所|队|社区|街道))", text):
        p = parse_item(m.group("o"))
        if p:
            out.append(Actor(p[0], p[1], "responsible"))
    return out


_LEAD_ORG = lazy(r"^(?:由|请)?(?P<o>[\u4e00-\u9fff]{0,12}?办公室|[\u4e00-\u9fff]{2,14}?(?:局|委|办|中心|公司|镇|乡|街道|政府|股|科|所|站|队))"
                       r"(?:等\d+个(?:单位|部门))?"  # (市卫健委等4个单位已…: the one named, rx33)
                       r"(?=已|督促|对|将|正在|加快|积极|按照|通过|于|会同|牵头|组织|立即|要(?!求)|务必|必须|负责(?!人|同志)|"
                       r"(?:修订|制定|出台|印发|建立|完善|清理|开展|新购置|购置|新建|实行|推行)了?)")  # (镇乡村振兴办新购置…, rx36)
#: the unit joined after the one a line opens with: 市医保局会同市公安局开展数据比对 (rx33)
_JOINED = lazy(r"会同(?P<a>[\u4e00-\u9fff、]{2,24}?)(?=开展|进行|对|组织|联合|共同|建立|制定)")


def _by_later(text: str) -> list[Actor]:
    """已修订议事规则,由办公室负责建立台账: the units a later clause names after 由 (rx30)."""
    return [a for c in re.split(r"[,,。;;]", text)[1:] if c.startswith("由") for a in find_actors(c).actors or _lead_org(c)][:2]


def _doing_unit(text: str) -> list[Actor]:
    """涉及资金4215万元,县财政局已收回…: the unit a later clause of a report line opens with, doing it (rx36)."""
    for c in re.split(r"[,,。;;]", text):
        m = UNIT_OPENS.match(c.strip())
        items = parse_list(m.group("u")) if m else None
        if items and all(k == "organization" for _, k, _ in items):
            return [a for a in find_actors(c.strip()).actors if a.kind == "organization"] or [
                Actor(n, k, "responsible") for n, k, _ in items]
    return []


def _lead_org(text: str) -> list[Actor]:
    """The unit a report line or a measure opens with (县财政局已收回…, 某镇对…进行整改, 县住建局要倒排工期…,
    由县民政局负责…: the unit, not 由)."""
    m = _LEAD_ORG.match(text.strip())
    p = parse_item(m.group("o")) if m else None
    if not p:
        return []
    joined = _JOINED.match(text.strip(), m.end())
    role = "lead" if text.strip()[m.end():].startswith("牵头") else "responsible"  # (镇财政所牵头对…, rx36)
    return [Actor(p[0], p[1], role)] + [Actor(n, k, "assist", q) for n, k, q in (parse_list(joined.group("a")) if joined else None) or ()]


def _subject_actors(text: str) -> list[Actor]:
    """Units opening a report line (区委区政府及各乡镇针对…召开…): those who did it."""
    m = re.match(r"^(?P<h>[\u4e00-\u9fff、]{2,20}?)(?:及|和|针对|对|按照|坚持|不定期|定期|每月|召开)", text)
    if not m:
        return []
    head = re.sub(r"(?<=[委府局办])(?=[区市县][\u4e00-\u9fff])", "、", m.group("h"))  # 区委区政府
    items = parse_list(head)
    return [Actor(n, k, "responsible", p) for n, k, p in items or []]


#: a notice that the rectification is done and closed: …问题已完成整改,并通过验收,拟按程序实施销号 / 已完成…整改,拟申请验收销号
_CLOSED = lazy(r"(?:已(?:全部)?完成(?:[^。,,;;]{0,30}?)整改|整改(?:工作)?已(?:全部)?完成)[^。]{0,30}?(?:验收|销号)")


def closed_done(records: list, opening: str, as_of) -> list:
    """``records`` in a notice whose opening says the problem's rectification is done and up for closing (验收 / 销号): each
    with no status of its own is done as of the notice (its measures were carried out; rx49)."""
    m = _CLOSED.search(opening)
    return done_within(records, 0, None, as_of, m.group(0)[:60]) if m else records
