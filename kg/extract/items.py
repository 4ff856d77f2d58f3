"""Labelled items and progress-report items: the commitments whose fields the
document labels (see :mod:`kg.extract.fields`); tables in text are read by
:mod:`kg.extract.readers.tables`.

:func:`labelled`, :func:`report_item`, :func:`status_list`, :func:`section_leaders`,
:func:`fielded` and :func:`with_group` are plain functions over the state of
the speech at hand ``b`` (:class:`kg.extract.commitments.SpeechBuilder`: its
folded text ``b.t``, the original ``b.orig``, ``b.doc``, ``b.as_of``, the
section's status ``b.hint`` / ``b.hint_text`` and leaders ``b.group``), passed
explicitly as the genre readers of :mod:`kg.extract.readers` are.
"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import replace
from typing import Optional

from kg.model import Actor, CommitmentRecord, Deadline, Evidence, Progress, Target

from .actors import find_actors, parse_item
from .deadlines import find_deadlines
from .actors import parse_list
from .fields import BACKGROUND_LINE, HEADERS, KEY_ROLE, LABEL, PLANNED_TERM, cell_actors, label_fields
from .naming import flags_progress, pick_deadline, remedy, state_word, task_text, topic_of, with_finish
from .progress import find_progress, section_status, with_hint
from .projects import find_projects
from .segment import Span, clauses, sentences
from .tables import cell_targets, target_name
from .targets import find_targets
from .vocab import BRACKET_NO, BULLET_NO, CN_NO, ITEM_NO, ITEM_RX, SECTION_RX, WORK_END, WORK_END_RX

_REPORT_TITLE = lazy(r"通报|督查|督办|进展|进度|序时|推进情况|完成情况|落实情况|兑现情况|践诺情况|办理情况|整改情况|情况的报告|情况报告")
_ITEM_TOPIC = lazy(r"^(?P<t>" + ITEM_NO + r"\s*"
                         r"[^,:;。]{2,30}?" + WORK_END + r")[:,]")
#: an item topic with the unit in brackets: 8.某某项目(县某某局)
_UNIT_AFTER = lazy(r"^(?:" + BRACKET_NO + r"|\d+[.、.]|[①-⑳])\s*(?P<t>[^,:;。()()]{2,30}?)[((](?P<u>[^()()]{2,40})[))](?:[。,;]|$)")
#: the units in a bracket closing an item's first sentence: …,年内建成厂房8万平方米(区发改局、X管委会)。
_UNITS_CLOSING = lazy(r"[((](?P<u>[^()()]{2,40})[))][。;]?$")
#: a unit heading an item, not a work: 城乡建设工作指挥部: / 县住建局:
_UNIT_TOPIC = lazy(r"(?:指挥部|工作专班|领导小组|工作组|(?<![公开])[局委]|办公室)[::]?$")


def status_tag(task: str) -> tuple[str, Optional[str]]:
    """A status tag in brackets after a task: ``城南公园项目(进度滞后)`` →
    ``('城南公园项目', 'behind')``, or a light before it (``【黄灯】滨江社区``, rx32); ``(task, None)`` without one."""
    m = re.search(r"\s*[((【\[](?P<s>[^))】\]]{2,8})[))】\]]$", task)
    if m:
        st = section_status(m.group("s"))
        if st:
            return task[:m.start()], st
    light = _LIGHT_FIRST.match(task)  # 【绿灯】杭澄城际铁路溪澄段 (rx32)
    if light:
        return task[light.end():], section_status(light.group("s"))
    return task, None


#: a light tag opening an item: 【绿灯】 / [红灯] / 绿灯】 (a bracket cut with the item's number)
_LIGHT_FIRST = lazy(r"^\s*[【\[((]?(?P<s>[红黄绿]灯)[】\]))]\s*")


#: 一、已完成事项:A项目、B工程。
_STATUS_LIST = lazy(r"^(?P<h>(?:" + CN_NO + r"|" + BRACKET_NO + r")[^:,。]{2,24}?)"
                          r"(?:\(\d+[项个件]\))?[::](?P<l>[^:;。]+?)[。;]?$")
_PLAN = lazy(r"计划|目标|(?<![主重需只])要(?!求)|确保|力争|必须|预计")
#: a forecast after what is done: …,预计11月底前投入使用
_FORECAST = lazy(r"预计(?:在|于)?(?:\d{1,2}月|年底|年内|[一二三四]季度)")
#: the months a report counts, before what was done in them: 1-6月完成投资 / 上半年完成 / 1至8月累计完成
_SO_FAR = r"(?:[1-9]|1[0-2])\s*[-—–~至到]\s*(?:[1-9]|1[0-2])月份?(?:累计|共|已)?(?:完成|实现)|[上下]半年(?:累计|共|已)?(?:完成|实现)"
_LABELS_OUT = lazy(LABEL.pattern + r"[^。;;))\n]*")


def _pick(b, text: str):
    """The deadline :func:`pick_deadline` takes of ``text`` (完成时限:8月底前 → 8月底前), else ``None``."""
    return pick_deadline(with_finish(find_deadlines(text, b.doc), text))


def _field_actors(fields: list[tuple[str, str]]) -> list[Actor]:
    """The actors of the role fields (牵头单位:区住建局 / 责任单位:…), each name and role once."""
    actors: list[Actor] = []
    for key, value in fields:
        if value and key in KEY_ROLE:
            for name, kind, role, post in cell_actors(value, key):
                if not any(a.name == name and a.role == role for a in actors):
                    actors.append(Actor(name, kind, role, post))
    return actors


def _field_deadline(b, fields: list[tuple[str, str]]) -> Optional[Deadline]:
    """The deadline field (完成时限:8月底前; kept as written where it has no date)."""
    deadline = None
    for key, value in fields:
        if value and key == "deadline":
            pick = _pick(b, value)
            deadline = Deadline(pick.text, pick.date, pick.precision) if pick else Deadline(value, None, None)
    return deadline


def _plan_deadline(b, fields: list[tuple[str, str]]) -> Optional[Deadline]:
    """A dated time of a plan sentence outside the labels (deadline_text: 计划年内完成征收300户), where
    neither a deadline field nor the task's own words give one."""
    for key, value in fields:
        if value and key == "deadline_text":
            pick = _pick(b, value)
            if pick and pick.date:
                return Deadline(pick.text, pick.date, pick.precision)
    return None


#: a report on pledges kept: 为民办实事承诺事项践诺情况公示
_KEPT_TITLE = lazy(r"践诺|承诺")


def _past_the_year(b, deadline: Optional[Deadline], progress: Optional[Progress]):
    """A year's pledge reported on (践诺情况:…计划2024年春节前完工) whose plan runs into a later year: no term of the
    pledge, and behind (rx34); else (a supervision report's plan, 预计明年3月完工: its term) ``(deadline, progress)``."""
    if progress is None or progress.status != "on_track" or not (deadline and deadline.date and b.doc.year) \
            or int(deadline.date[:4]) <= int(b.doc.year) or not _KEPT_TITLE.search((b.title or "") + b.t[:400]):
        return deadline, progress
    return None, replace(progress, status="behind")


def _state_said(b, value: str) -> Optional[Progress]:
    """A progress field opening with a status word no sentence rule reads (践诺情况:长期坚持。…, rx32)."""
    st = state_word(value.strip())
    return Progress(st, None, b.as_of, value[:60]) if st else None


def _field_progress(b, fields: list[tuple[str, str]]):
    """The progress field (进展情况:…; a behind one wins), with the status flags
    (完成情况:已完成 / 是否完成:是 / 完成比例:80%)."""
    progress, told = None, []
    for key, value in fields:
        if _told_field(key, value):
            p = find_progress(value, b.as_of, b.doc.year) or _state_said(b, value)
            told += [p] if p else []
            if p and (progress is None or p.status == "behind"):
                progress = p
    if progress and progress.percent is None:  # 占年度计划27.3% ⏎ 形象进度:…进度滞后: behind, at 27.3% (rx31)
        progress = next((replace(progress, percent=p.percent) for p in told if p.percent is not None), progress)
    flags = [(key, value) for key, value in fields if value and key in ("status", "done_flag", "lag_flag", "percent")
             and not (key == "percent" and progress and progress.percent is not None and not _BARE_PCT.fullmatch(value))]
    return flags_progress(progress, flags, b.as_of)  # (形象进度:…箱梁架设完成42% beside 完成年度计划的60.9%: 60.9, rx32)


def _told_field(key: str, value: str) -> bool:
    """A field telling how the work stands: 进展情况:… / 形象进度 in words, no figure (形象进度:尚未开工…, rx39)."""
    return bool(value) and (key == "progress" or (key == "percent" and not re.search(r"\d", value)))


#: a percent column's value that is only the figure: 64% / 64
_BARE_PCT = lazy(r"\s*\d+(?:\.\d+)?\s*%?\s*")


def _ordered_anew(b, fields: list[tuple[str, str]], deadline: Optional[Deadline], progress: Optional[Progress]):
    """A supervision office's item with its original term (原定时限:3月31日前) and its order (督办要求:5月31日前全部
    办结): the order's first dated term is the item's, its amounts too; an original term passed without the work
    done is behind (rx30)."""
    step = _order_step(b, fields)
    first = _pick(b, step) if step else None
    old = next((d for k, v in fields if v and k == "old_deadline" for d in [_pick(b, v)] if d and d.date), None)
    if first:
        deadline = Deadline(first.text, first.date, first.precision)
    elif old and deadline is None:
        deadline = Deadline(old.text, old.date, old.precision)
    if old and b.as_of and old.date < b.as_of and (progress is None or progress.status not in ("done", "behind")):
        progress = Progress("behind", progress.percent if progress else None, b.as_of, progress.text if progress else old.text)
    return deadline, progress, find_targets(step) if step else _order_amounts(fields)


def _order_amounts(fields: list[tuple[str, str]]) -> list:
    """The amounts of an order without a dated step (督办要求:…班额控制在45人以内,新招聘教师不少于60名, rx38)."""
    order = next((v for k, v in fields if v and k == "order"), "")
    return [t for c in re.split(r"[,,;;。]", order) for t in find_targets(c)]


def _order_step(b, fields: list[tuple[str, str]]) -> str:
    """The first dated step of a supervision office's order (督办要求:6月10日前完成…,确保6月底前…), else ``""``."""
    order = next((v for k, v in fields if v and k == "order"), "")
    return next((c for c in re.split(r"[,,;;。]", order) if any(d.date for d in find_deadlines(c, b.doc))), "")


def order_steps(b, rec: CommitmentRecord, item: list[Span]) -> list[CommitmentRecord]:
    """督办要求:6月10日前完成剩余3户签约腾房,确保6月底前全线通车。: each dated step of the order after its first
    is a commitment of its own, by the item's units (rx30)."""
    line = next((p for p in item if _ORDER_LINE.match(p.text)), None)
    if line is None or rec is None:
        return []
    out, head = [], _ORDER_LINE.match(line.text).end()
    for c in clauses(line.text[head:], line.start + head):
        found = [d for d in find_deadlines(c.text, b.doc) if d.date]
        if not found:
            continue
        if not out:
            out.append(None)  # (the first step is the item's own)
            continue
        d = found[0]
        out.append(CommitmentRecord(
            task=task_text(c.text.strip("。;; ")), text=c.text, evidence=(Evidence(b.orig[c.start:c.end], c.start, c.end),),
            actors=rec.actors, deadline=Deadline(d.text, d.date, d.precision), targets=tuple(find_targets(c.text)),
            line=rec.line))
    return [r for r in out if r is not None]


#: the line of a supervision office's order under an item (督办要求:…)
_ORDER_LINE = lazy(r"^\s*(?:" + "|".join(HEADERS["order"]) + r")[::]")
#: an item's term line: 完成时限:… / 时间节点:…
_TERM_LINE = lazy(r"^\s*(?:" + "|".join(sorted(HEADERS["deadline"], key=len, reverse=True)) + r")[::]")


def staged_terms(b, rec: CommitmentRecord, item: list[Span]) -> list[CommitmentRecord]:
    """完成时限:8月底前投用5所,其余年底前竣工 / 汛期前完成应急段加固,年底前完成主体工程的60%: a term line of stages,
    each with its own work, one of them a part of the whole (其余 / 60% / 5所): each stage but the one the item's own term
    is becomes a commitment of its own, by the item's units (rx39)."""
    line = next((p for p in item if _TERM_LINE.match(p.text)), None)
    if line is None or rec is None or any(_ORDER_LINE.match(p.text) for p in item):
        return []  # (计划节点:… under 整改要求:…: the order's new term stands for the plan's stages)
    head = _TERM_LINE.match(line.text).end()
    staged = [(c, found) for c in clauses(line.text[head:], line.start + head) for found in [_stage_term(b, c.text)] if found]
    if len(staged) < 2 or not any(_PART_STAGE.search(c.text) for c, _ in staged):
        return []  # (二季度完成A,年内完成B: the item's own two steps, read as one; rx39)
    own = next((k for k, (c, d) in enumerate(staged) if rec.deadline and d.text == rec.deadline.text), len(staged) - 1)
    return [CommitmentRecord(task=task_text(c.text.strip("。;; ")), text=c.text, evidence=(Evidence(b.orig[c.start:c.end], c.start, c.end),),
                             actors=rec.actors, deadline=Deadline(d.text, d.date, d.precision), targets=tuple(find_targets(c.text)),
                             line=rec.line) for k, (c, d) in enumerate(staged) if k != own]  # (the item keeps the stage its term is)


def _stage_term(b, text: str):
    """The term of a stage naming its own work (汛期前完成应急段加固), else None (年底前全部完成 / 立即)."""
    found = find_deadlines(text, b.doc)
    work = re.sub(r"[^\u4e00-\u9fff]", "", text.replace(found[0].text, "")) if found else ""
    ok = found and len(work) >= 3 and not _BARE_DONE.fullmatch(work) and not re.match(r"立即|尽快|马上|即", found[0].text)
    return found[0] if ok else None


#: a stage that is a part of the item's whole: 其余年底前竣工 / 完成主体工程的60% / 投用5所
_PART_STAGE = lazy(r"^(?:其余|剩余|余下)|\d+(?:\.\d+)?%|\d+(?:所|个|座|家|户|套|公里|亩)$")
#: a stage's words that name no work: 前完成 / 全部完成 / 底前
_BARE_DONE = lazy(r"(?:之|以)?前?(?:全部|全面|基本)?(?:完成|完工|办结|到位)?")


def _own_deadline(b, task: str, fields: list[tuple[str, str]]) -> Optional[Deadline]:
    """A labelled item's own time where no field gives one: its task's dated term, else a plan sentence's."""
    pick = _pick(b, task)
    own = Deadline(pick.text, pick.date, pick.precision) if pick else None
    return own if own and own.date else (_plan_deadline(b, fields) or own)


#: the unit a table's amounts are given in, told above it: (单位:万元) / 金额单位:亿元
_AMOUNT_UNIT = lazy(r"(?:金额)?单位[::]\s*(?P<u>万元|亿元|元)")


def _bare_amount(b, value: str, spans: list) -> list[Target]:
    """年度计划 12000 under (单位:万元) told above the rows: the plan's amount in that unit (rx39)."""
    if not re.fullmatch(r"\d+(?:\.\d+)?", value.strip()) or not spans:
        return []
    told = list(_AMOUNT_UNIT.finditer(b.t, max(0, spans[0][0] - 3000), spans[0][0]))
    return [Target("", "=", float(value), told[-1].group("u"), value)] if told else []


def _field_targets(value: str) -> list[Target]:
    """A target field's figures: by the target rules, the cost a cell reads beside them (全长5.6公里,计划总投资1.8亿元,
    rx35), else as a cell (年度计划投资1.2亿元: a plan's amount, no verb of aim before it)."""
    found = find_targets(value)
    if not found:
        return cell_targets(value)
    return found + [t for t in cell_targets(value) if (t.unit or "").endswith("元")
                    and not any((t.value, t.unit) == (u.value, u.unit) for u in found)]


def fielded(b, task: str, fields: list[tuple[str, str]], spans: list[tuple[int, int]],
            line: Optional[int] = None) -> Optional[CommitmentRecord]:
    """The record of a task with labelled fields (roles, deadline, target, progress, status)."""
    if not task:
        return None
    actors = _field_actors(fields)
    deadline = _field_deadline(b, fields)
    targets = find_targets(task)
    for key, value in fields:
        if value and key == "target":
            targets += [t for t in _field_targets(value) if not any((t.value, t.unit, t.op) == (u.value, u.unit, u.op) for u in targets)]
            targets += _bare_amount(b, value, spans)
    progress = _field_progress(b, fields)
    # 新建停车场5处,改造路口8个: the amounts of a labelled item's task, as of a table's task cell
    targets += [t for t in cell_targets(task) if not any((t.value, t.unit) == (u.value, u.unit) for u in targets)]
    if deadline is None:  # (the task's own time before a plan sentence's: 全年实施X … 下步:确保三季度开工)
        deadline, progress = _past_the_year(b, _own_deadline(b, task, fields), progress)
    deadline, progress, ordered = _ordered_anew(b, fields, deadline, progress)
    targets += [t for t in ordered if not any((t.value, t.unit) == (u.value, u.unit) for u in targets)]
    evidence = tuple(Evidence(b.orig[s:e], s, e) for s, e in spans)
    return b._unfold(CommitmentRecord(
        task=target_name(task, targets)[:60], text=" ".join(e.text for e in evidence), evidence=evidence,
        actors=tuple(actors), projects=tuple(find_projects(task)), deadline=deadline,
        targets=tuple(targets), progress=progress, line=line), spans)


def _unit_in_brackets(first: str) -> tuple[Optional[re.Match], list[Actor]]:
    """``8.某某项目(县某某局)`` / ``(县某局牵头,县某局配合)``: the match and the unit's
    actors; ``(6项)`` is no unit: ``(None, [])``."""
    unit = _UNIT_AFTER.match(first)
    if not unit:
        return None, []
    acts = _bracket_units(unit.group("u"))
    return (unit if acts else None), acts


def _closing_units(first: str) -> list[Actor]:
    """X建设,年内建成Y(A、B)。: the units of the bracket closing an item's first sentence (rx34)."""
    m = _UNITS_CLOSING.search(first)
    return _bracket_units(m.group("u")) if m else []


def _bracket_units(u: str) -> list[Actor]:
    """The actors a bracket of units names: ``县某局牵头,县某局配合`` / ``区发改局、X管委会``."""
    return [a for c in re.split(r"[,,;;]", u) for a in find_actors(c).actors] or [
        Actor(n, k, "responsible", post) for n, k, post in parse_list(u) or []]


def _work_alone(b, sents: list[Span], first: str) -> bool:
    """``4.智慧停车平台建设项目。`` alone under a status heading (一、已完成的事项)."""
    return bool(b.hint and len(sents) == 1 and "," not in first and WORK_END_RX.search(first.rstrip("。"))
                and not re.match(CN_NO, first) and section_status(first) is None)


#: a label naming the item's work, not the work: 领办项目: / 项目名称: / 实事项目:
_TASK_LABEL = lazy("|".join(sorted(HEADERS["task"], key=len, reverse=True)))


def _report_topic(b, sents: list[Span], first: str, m: Optional[re.Match],
                  unit: Optional[re.Match]) -> Optional[tuple[str, int]]:
    """The work an item names and where the rest of it starts, else ``None``."""
    if unit and not m:  # 8.某某项目(县某某局)。…
        return topic_of(unit.group("t")), sents[0].start + unit.end("t")
    if m and _TASK_LABEL.fullmatch(ITEM_RX.sub("", m.group("t")).strip()) and first[m.end():].strip("。 "):
        return topic_of(first[m.end():]), sents[0].end  # 1.领办项目:东岭村路灯维修项目。工作进展:…: the label's value
    if m:  # 1.临港物流园项目:已完成… / 1.临港物流园项目,已完成…
        return topic_of(m.group("t")), sents[0].start + m.end("t")
    if (len(sents) >= 2 and "," not in first) or _work_alone(b, sents, first):
        return topic_of(first), sents[0].end
    if b.hint and (_DIGIT_ITEM.match(first) or _BULLET_ITEM.match(first)) and re.search(r"[,,]", first):
        head = re.split(r"[,,;;]", first)[0]  # 一、已经完成的5件 ⏎ 1.改造X管网1.2公里,7月份完工,…: the item's first clause (rx29)
        if 4 <= len(head) <= 40:
            return topic_of(head), sents[0].start + len(head)
    return None


#: an item numbered by digits: 1. / 2、 / (3) (not a section's 三、)
_DIGIT_ITEM = lazy(r"^\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))])")


#: an item a bullet opens: ● X / ✅ X (a list under a heading giving its status, rx37)
_BULLET_ITEM = lazy(r"^\s*" + BULLET_NO)


#: the amount a report's item planned: X:计划改造20个,已完成15个 (rx25)
_PLANNED_QTY = lazy(r"(?:计划|承诺|(?:年度|全年)(?:目标)?任务(?:为|是)?|(?:年度|全年)目标(?:为|是))(?:年内|今年|全年)?[\u4e00-\u9fff]{0,10}?(?P<n>\d+(?:\.\d+)?)"
                    r"(?P<u>万?(?:个|所|公里|人次|人|户|套|座|处|家|亩|平方米|辆|台|件|项|条|盏|亿元|万元))")  # (年度任务36个 / 计划投资1.2亿元, rx28)
#: part of it done, no share told: 已开工3所 / 已建成2座
_SOME_DONE = lazy(r"已(?:经)?(?:开工|完成|建成|完工|竣工|投用|安装)(?:建设)?\d+(?:\.\d+)?万?(?:个|所|公里|户|套|座|处|家|亩|盏|条)")


def _planned(topic: str, text: str) -> tuple:
    m = _PLANNED_QTY.search(text)
    return (Target(topic, "=", float(m.group("n")), m.group("u"), m.group()),) if m else ()


def _some_done(b, text: str) -> Optional[Progress]:
    m = _SOME_DONE.search(text)
    return Progress("on_track", None, b.as_of, m.group()) if m else None


#: a count built or finished: 已建成3个 / 已完成1200户 (not 已开工3所: started only)
_BUILT_COUNT = lazy(r"已(?:经)?(?:全部)?(?:完成|建成|完工|竣工|投用|安装)(?:建设)?(?P<n>\d+(?:\.\d+)?)(?P<u>万?[\u4e00-\u9fff])")


def _all_done(progress: Optional[Progress], text: str, planned: tuple) -> Optional[Progress]:
    """On track, but all that was planned or pledged is built (承诺新建3个,已建成3个): done (rx26)."""
    m = _BUILT_COUNT.search(text) if progress and progress.status == "on_track" and planned else None
    if m and float(m.group("n")) >= planned[0].value and m.group("u") == planned[0].unit:
        return replace(progress, status="done")
    return progress


#: what an item pledged or planned, with its term: 承诺10月底前投入使用 / 计划年内完成…
_PROMISED = lazy(r"(?:承诺|(?<![占按原])计划(?!的)|预计|争取|力争|确保|表示将|(?<![已也])将于|原定)[^,,。;;]{2,30}")  # (争取明年3月底前完成, rx29)


def _promised_due(b, text: str) -> Optional[Deadline]:
    """The term of what a report item pledged or planned (承诺10月底前投入使用: 10-31, rx26)."""
    for m in _PROMISED.finditer(text):  # (承诺新增X80个,…,争取明年3月底前完成: the one with a term, rx29)
        pick = pick_deadline(with_finish(find_deadlines(m.group(), b.doc), m.group()))
        if pick and pick.date:
            return Deadline(pick.text, pick.date, pick.precision)
    return None


def _own_terms(b, first: str) -> tuple[Optional[Deadline], tuple]:
    """The term and amounts a report item's own first sentence sets its work (X工程6月底前主体封顶(区卫健局)。 /
    …,年内建成厂房8万平方米(区发改局)。, rx34), where it tells no status (已于6月底前完工 is when, not by when)."""
    if find_progress(first, b.as_of, b.doc.year) is not None:
        return None, ()
    pick = pick_deadline(with_finish(find_deadlines(first, b.doc), first))
    return (Deadline(pick.text, pick.date, pick.precision) if pick and pick.date else None), \
        tuple(find_targets(_UNITS_CLOSING.sub("", first)))


#: an item heading counting a class of matters by their status: 正在解决的9件 / 已经解决或基本解决的13件 (rx28)
_CLASS_COUNT = lazy(r"^[\u4e00-\u9fff]{2,16}的(?:\d+|[一二三四五六七八九十两]+)(?:件|项|个|条)(?:建议|提案|事项|问题)?$")


#: a unit's title of its pledges kept: 县住建局2024年承诺事项践诺情况 (rx28)
_PLEDGES_TITLE = lazy(r"^(?P<o>[\u4e00-\u9fff]{2,14}?(?:局|委|办|中心|公司))(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff“”]{0,12}?(?:承诺|践诺)")


def _pledging_title_unit(b) -> list:
    """The unit a report on its own pledges is titled by, answering for each item (rx28); else none."""
    m = _PLEDGES_TITLE.match((b.title or "").strip())
    p = parse_item(m.group("o")) if m else None
    return [Actor(p[0], p[1], "responsible")] if p and p[1] == "organization" else []


def report_item(b, para: Span) -> Optional[CommitmentRecord]:
    """In a progress report, a numbered item naming a work and its progress:
    ``(一)临港物流园项目。已完成投资5.2亿元,占年度计划的104%。``; under a
    heading that gives a status (``三、进度滞后的事项``) the work alone is
    enough: ``10.县职教中心实训基地项目(县教育局)。``"""
    sents = list(sentences(para))
    first = sents[0].text if sents else ""
    m = _ITEM_TOPIC.match(first)
    unit, unit_actors = _unit_in_brackets(first)
    found = _report_topic(b, sents, first, m, unit)
    if found is None:
        return None
    topic, tag = status_tag(found[0])
    planned = _planned(topic, para.text)
    progress = _all_done(find_progress(para.text, b.as_of, b.doc.year) or _some_done(b, para.text), para.text, planned)
    if not progress and not (tag or b.hint) or not 2 <= len(topic or "") <= 30 or _UNIT_TOPIC.search(topic) or _CLASS_COUNT.match(topic):
        return None  # (2.城乡建设工作指挥部:项目23项,…: a unit's count of its works, no work; rx23; 二、正在解决的9件: a class, rx28)
    progress = _put_right(para.text, with_hint(progress, tag or b.hint, b.as_of, tag or b.hint_text))
    own = list(unit_actors) if unit and not m else [] if unit else _closing_units(first)
    actors = _item_actors(b, own, Span(b.t[found[1]:para.end], found[1], para.end), topic)
    ev = (Evidence(b.orig[para.start:para.end], para.start, para.end),)
    own_due, own_targets = _own_terms(b, first)
    targets = tuple(cell_targets(topic)) or planned or own_targets  # 新增公办幼儿园学位600个(区教育局): the item's own amount (rx21)
    return b._unfold(CommitmentRecord(task=topic, text=ev[0].text, evidence=ev, actors=tuple(actors), deadline=_promised_due(b, para.text) or own_due,
                                      projects=tuple(find_projects("推进" + topic)), targets=targets, progress=progress),
                     [(para.start, para.end)])


def _item_actors(b, actors: list, rest: Span, topic: str) -> list:
    """The actors of a report item: its bracket's units, those its sentences name, else the unit its sentences (or
    its topic) open with doing something; the section's leaders; else the unit a pledging title names."""
    for c in (c for s in sentences(rest) for c in clauses(s.text, s.start)):
        actors += [a for a in find_actors(c.text).actors if a not in actors]
    return with_group(b, actors or _doer(rest.text, topic)) or _pledging_title_unit(b)


#: an item's last words saying it is put right: …,已整改。 / 此项已整改。 / 该问题已完成整改。
_PUT_RIGHT = lazy(r"[,,。](?:此项|该项|该问题|此问题)?(?:已经?|均已)(?:整改|整改到位|整改完毕|完成整改|办结|销号)。?$")


def _put_right(text: str, progress: Optional[Progress]) -> Optional[Progress]:
    """…,已收回违规资金21万元,…,已整改。: an item closing with its being put right is done (rx30)."""
    closing = _PUT_RIGHT.search(text.rstrip())
    if closing and progress and progress.status != "done":
        return Progress("done", None, progress.as_of, closing.group().strip(",,。"))
    return progress


def _doer(rest: str, topic: str) -> list[Actor]:
    """The unit a report item's sentence opens with doing something (县住建局已委托… / 县教育局正逐笔核实), else the unit
    its topic opens with (县交通运输局超范围列支…): the one putting it right (rx30)."""
    for s in [topic] + re.split(r"[。;;,,]", rest):
        m = UNIT_OPENS.match(s.strip()) or _UNIT_DOES.match(s.strip())
        items = parse_list(m.group("u")) if m else None
        if items and all(k == "organization" for _, k, _ in items):
            return [Actor(n, k, "responsible") for n, k, _ in items]
    return []


#: a unit opening a sentence of what it does: 县教育局正逐笔核实 / 县财政局表示将… / 县住建局在…中已…
_UNIT_DOES = lazy(r"^(?P<u>[\u4e00-\u9fff]{2,14}?(?:局|委|办|中心|公司|政府|街道|镇|乡))(?=正|表示|在[^,,。]{2,16}中已)")


def status_list(b, para: Span) -> Optional[list]:
    """A status heading listing its works: ``一、已完成事项:A项目、B工程。`` —
    one commitment per work, with the heading's status.  None when the line
    is not of that shape."""
    m = _STATUS_LIST.match(para.text)
    if not m:
        return None
    status = section_status(m.group("h"))
    if not status:
        return None
    items, pos = [], m.start("l")
    for name in m.group("l").split("、"):
        start = pos + len(name) - len(name.lstrip())
        name = name.strip()
        pos += len(name) + 1
        if not (4 <= len(name) <= 30 and WORK_END_RX.search(name)):
            return None
        items.append((name, start))
    out = []
    for name, start in items:
        s0, e0 = para.start + start, para.start + start + len(name)
        ev = (Evidence(b.orig[s0:e0], s0, e0),)
        out.append(b._unfold(CommitmentRecord(
            task=name, text=ev[0].text, evidence=ev, projects=tuple(find_projects("推进" + name)),
            progress=Progress(status, None, b.as_of, m.group("h"))), [(s0, e0)]))
    return out

def with_group(b, actors: list) -> list:  # noqa: D401
    """``actors`` with the labelled leaders of the section (``牵头领导:孙某``
    under ``一、…``) before them, for each role-and-kind the item does not name itb."""
    if not b.group:
        return actors
    have = {(a.role, a.kind) for a in actors}
    lead = []
    for name, kind, role, post in (x for k, v in b.group for x in cell_actors(v, k)):
        if (role, kind) not in have and not any(a.name == name for a in actors + lead):
            lead.append(Actor(name, kind, role, post))
    return lead + actors

def section_leaders(b, paras: list[Span], i: int) -> Optional[tuple[int, list[tuple[str, str]]]]:
    """A section heading with labelled leaders and nothing else
    (``一、扩大有效投资(牵头领导:孙某)``, or the label on the line under it)
    heads numbered items: its leaders go to them (see :func:`with_group`).
    Returns the index after the heading and the leaders' labelled fields, or None."""
    para = paras[i]
    if not SECTION_RX.match(para.text):
        return None
    j = i + 1
    text = para.text
    while j < len(paras) and LABEL.match(paras[j].text):
        text += "\n" + paras[j].text
        j += 1
    if not LABEL.search(text):
        return None
    first = LABEL.search(para.text)
    if first and ("。" in para.text[:first.start()] or not re.search(r"[((\[【]\s*$", para.text[:first.start()])):
        return None  # (一)某某工程。责任单位:… is an item
    _, fields = label_fields(text)
    if not fields or any(k not in KEY_ROLE for k, *_ in fields):
        return None  # a deadline or a target: the heading is an item itself
    lower = r"\d+[.、.]" if para.text.startswith(("(", "(")) else r"\d+[.、.]|[((][\d一二三四五六七八九十]+[))]"
    if j >= len(paras) or not re.match(lower, paras[j].text):
        return None
    return j, [(k, v) for k, v, _, _ in fields]

#: a sentence after an item's work telling how far it is: 目前3所已竣工 / 已完成2650个 / 截至10月底… (rx28)
_TOLD_AFTER = lazy(r"^(?:目前|截至|截止|现已|均已|已|正在|至今|尚未|累计|超额|全部|\d|"
                  r"(?:(?:年度任务|年度目标|全年任务|全年目标)(?:为|是)?[\u4e00-\u9fff、]{0,8}?|(?:全年|年内)?计划[\u4e00-\u9fff]{0,4}?|目标|应[\u4e00-\u9fff]{1,3}?|全长)"
                  r"\d[^。]*?(?:已|完成))")  # (年度任务40部,已完工11部…, rx30; 年度任务为廉租住房320套…, 全年计划解决…, rx36)


#: how a fix stands, told after the problem: 正在整改 / 已整改到位 / 已销号
_FIX_STATE = lazy(r"正在整改|已整改|整改到位|整改完成|已销号|尚未整改|未整改")


def _fix_told(rest: str) -> str:
    """②X建设进度滞后。督促…。(责任单位:…)正在整改,目前已完成65%: what the problem says (进度滞后) is no status where
    the fix's own is told after it (rx35)."""
    cut = rest.find("。")
    return rest[cut + 1:] if 0 < cut < len(rest) - 1 and _FIX_STATE.search(rest, cut) else rest


def _unlabelled(text: str, task: str) -> str:
    """What an item says outside its labels and after its task (责任单位:区水务局。至今尚未开工。 → 至今尚未开工。)."""
    rest = _LABELS_OUT.sub("", text[len(text) - len(text.lstrip()):])
    rest = "\n".join(line for line in rest.split("\n") if not BACKGROUND_LINE.match(line))  # (现状:… / 原因分析:…: no plan nor status, rx38)
    return rest[rest.find(task) + len(task):] if task and task in rest else rest


#: a share of the year's plan done: 完成年度目标的40% / 占计划的81%
_SHARE_OF = lazy(r"(?:完成|占)[^,。;]{0,8}(?:计划|目标|任务)的?\d")
#: the amount an item plans, told before what is done of it: 年度任务40部 / 应盘活14处 / 目标6家 (rx30)
_PLANNED_AMOUNT = lazy(r"^(?:年度任务|年度目标|计划[\u4e00-\u9fff]{0,4}?|目标|应[\u4e00-\u9fff]{1,3}?|全长)\d+(?:\.\d+)?万?[\u4e00-\u9fff]{1,2}(?=[,,])")


#: a line of what an item asks, under its labels: 工作要求:… / 目标任务:… (its figures and term the item's, rx30)
_ASKED_LINE = lazy(r"(?:^|\n)\s*(?:工作要求|具体要求|目标任务|工作目标|年度目标|建设内容|主要内容|办理要求|整改目标)[::](?P<v>[^\n]+)")


def _add_asked(text: str, pairs: list) -> None:
    """工作要求:…片区签约率达到95%以上 / …年底前完成主体封顶: an item's asked line gives its figures and, where no label
    does, its term (rx30)."""
    for m in _ASKED_LINE.finditer(text):
        pairs.append(("target", m.group("v")))
        if not any(k == "deadline" for k, _ in pairs):
            pairs.append(("deadline_text", m.group("v")))


#: a term a supervision office requires, in an item's told lines: 督办要求6月底前完成… / 要求10月底前全面完成… (rx32)
_REQUIRED = lazy(r"(?:督办|工作)?要求(?:在|于)?(?P<v>[^,,。;;]{0,16}?(?:前|之前)[^,,。;;]{0,20})")


def _add_ahead(pairs: list) -> None:
    """形象进度:…箱梁架设完成42%,年底前实现全线轨通: a term ahead told in how the work stands, where no label gives one
    (rx32)."""
    if any(k == "deadline" for k, _ in pairs):
        return
    for k, v in list(pairs):
        ahead = PLANNED_TERM.search(v) if k in ("progress", "percent") and v else None
        if ahead:
            pairs.append(("deadline_text", ahead.group()))


def _add_required(rest: str, pairs: list) -> None:
    """督办要求7月31日前建成投入使用 / 其余8栋要求在11月30日前完工: the term required, where no label or plan gives one."""
    if any(k == "deadline" for k, _ in pairs):
        return
    m = _REQUIRED.search(rest)
    if m:
        pairs.append(("deadline_text", m.group("v")))


def _add_plans(rest: str, pairs: list) -> None:
    """计划年内完成征收300户 outside the labels: a plan sentence adds targets and a deadline
    (计划…300户,目前已签约210户,签约比例70%: the plan, not what follows the status word)."""
    dated = any(k == "deadline" for k, _ in pairs)
    for sent in re.split(r"[。;;\n]", rest):
        p = _PLAN.search(sent)
        if p:
            m = re.search(r"目前|已|仅|累计|截至|完成率|序时|(?:完成|占)[^,。;]{0,8}(?:计划|目标|任务)的?\d|" + _SO_FAR, sent)
            share = _SHARE_OF.search(sent)
            if share and share.start() <= p.start() < share.end():
                continue  # 上半年新增就业1200人,完成年度目标的40%: the 目标 is of the share done, no plan (rx28)
            ahead = _FORECAST.search(sent, m.start()) if m else None  # (已完成招标,预计11月底前投入使用: what is forecast, rx26)
            plan = sent[ahead.start():] if ahead else (sent[:m.start()] if m else sent)
            pairs.append(("target", plan))
            if not dated:
                pairs.append(("deadline_text", plan))  # (1-6月完成X: the months reported on, no date due; rx22)


#: what is told done or how far, not asked: 目前已… / 累计完成… / 截至…
_TOLD_STATUS = lazy(r"目前|已|仅|累计|截至|完成率|序时|正在")


def _add_body(b, rest: str, pairs: list) -> None:
    """六、春季造林。5月底前全省完成人工造林120万亩,苗木成活率不低于85%。(承办处室:X): a sentence of the item's body
    that asks (no plan word, no status told) gives its figures and, where nothing else does, its term (rx35)."""
    if any(k == "target" for k, _ in pairs) or find_progress(rest, b.as_of, b.doc.year):
        return  # (已兑现。3所幼儿园均于9月投入使用: a status told, its times no term)
    for sent in re.split(r"[。;;\n]", rest):
        if sent.strip() and not _PLAN.search(sent) and not _TOLD_STATUS.search(sent) and _pick(b, sent):
            pairs.append(("target", sent))
            if not any(k in ("deadline", "deadline_text") for k, _ in pairs):
                pairs.append(("deadline_text", sent))
            return


#: a minutes item's frame sentences, no task: 会议听取了X的汇报。 / 会议指出,…。 / 会议研究了…。
_HEARD = lazy(r"^(?:[一二三四五六七八九十]+、|\d+[.、.])?会议(?:听取了?|审议了?|研究了?|讨论了?|指出|认为|强调)[^。]*。")
#: what the meeting asks, opening the sentence that asks it
_ASKED_OPEN = lazy(r"^会议(?:要求|明确|决定|议定|同意)[,,::]?")


def _remedied(task: str) -> str:
    """A labelled item told as a problem by how it falls short (城北菜市场周边垃圾清运不及时,存在垃圾堆积现象。
    (责任单位:…)) is named by its remedy, as a rectification list's (rx21, rx25)."""
    first = re.split(r"[,,。;;]", task.strip())[0]
    fixed = remedy(first) if len(first) >= 6 else first
    return fixed if fixed != first else task


def _asked_part(task: str) -> str:
    """``会议听取了X的汇报。会议指出,…。会议要求,A要…`` → ``A要…``: the part of a minutes item that asks,
    its frames off (rx25); the text as it is where no frame opens it."""
    rest = task
    while _HEARD.match(rest):
        rest = rest[_HEARD.match(rest).end():].lstrip()
    rest = _ASKED_OPEN.sub("", rest)
    if rest == task or len(rest) < 6:
        return task
    named = task_text(rest.split("。")[0])  # (县教育局要会同县住建局加快X建设,确保… → X建设,确保…)
    return named if len(named) >= 4 else rest


#: an item's area of work before its task: 一、加快城市更新。推进北关片区旧城改造,… (rx26)
_AREA = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*(?:加快|提升|完善|推进|强化|加强|深化|优化|促进|保障|抓好|做好|推动|改善|增进)[\u4e00-\u9fff]{2,6}[。::]")


def _area_off(task: str) -> str:
    """The task after the area it is filed under (加快城市更新。推进X → 推进X), where the area is all the first
    sentence says and a task follows; the work of a unit's opinion approved (会议同意县教育局关于X的意见 → X, rx26)."""
    m = _AREA.match(task)
    task = task[m.end():] if m and len(task) - m.end() >= 4 else task
    about = _APPROVED_ABOUT.match(task)
    return about.group("x") + task[about.end():] if about else task


#: an opinion approved, about a work: 一、会议同意县教育局关于城区幼儿园建设的意见 (rx26)
_APPROVED_ABOUT = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*(?:会议)?(?:原则)?同意[^,,。;《]{0,20}?关于(?P<x>[^,,。;《》]{2,30}?)的(?:意见|方案|请示|报告|建议)")


def _told_after(task: str, fields: list) -> tuple[str, list]:
    """1.新增停车泊位3000个。已完成2650个…。牵头单位:X: the status told after the work is its progress, not its
    name (rx28); an amount planned before it (年度任务40部,已完工11部…) its target (rx30)."""
    head, _, tail = task.partition("。")
    if len(head.strip()) < 4 or not _TOLD_AFTER.match(tail.strip()):
        return task, fields
    planned = _PLANNED_AMOUNT.match(tail.strip())
    return head, fields + ([("target", planned.group(), 0, 0)] if planned else [])


#: a status tagged in square brackets: 【正在推进】 / 【已完成】 / 【滞后】
_BOXED_STATE = lazy(r"【([^】]{2,6})】")


def labelled(b, item: list[Span]) -> Optional[CommitmentRecord]:
    """An item whose fields are labelled (``1.城东小学扩建项目。牵头单位:市教育局 完成时限:8月底前``),
    with the section's labelled leaders for the roles it does not name and its status tag or heading's status."""
    text = "\n".join(p.text for p in item)
    task, fields = label_fields(text)
    if not fields or not any(k in KEY_ROLE or k == "deadline" for k, *_ in fields):
        return None
    task, fields = _numbered_only(task, fields)
    task, fields = _told_after(task, fields)
    task, tag = status_tag(_asked_part(_area_off(task)))  # 城南公园项目(进度滞后)
    task = _remedied(task)
    pairs = [(k, v) for k, v, _, _ in fields]
    task, pairs = _sized_task(task, pairs)
    rest = _unlabelled(text, task)
    tag = tag or _boxed_state(rest)
    told = any(k in ("progress", "status", "done_flag", "lag_flag", "percent") for k, _ in pairs)
    if not any(k == "progress" for k, _ in pairs):
        pairs.append(("progress", _fix_told(rest)))  # 责任单位:区水务局。至今尚未开工。
    _add_plans(rest, pairs)
    if not told:  # (践诺情况:已兑现。全年体检4.21万人: what the status told goes on to say, no term)
        _add_body(b, rest, pairs)
    _add_asked(text, pairs)
    _add_required(rest, pairs)
    _add_ahead(pairs)
    have = {k for k, _ in pairs}
    pairs = [(k, v) for k, v in b.group if k not in have] + pairs
    rec = fielded(b, task, pairs, [(p.start, p.end) for p in item], line=b._line(item[0].start))
    return _tagged(b, rec, tag)


#: a work's size in brackets after its name: 坪寨至大湾组通组硬化路(2.6公里) / 高标准农田建设(1200亩)
_SIZED = lazy(r"^(?P<t>[^(()]{4,40}?)[((](?P<n>\d+(?:\.\d+)?)(?P<u>公里|千米|亩|户|个|座|所|套|栋|万平方米|平方米|万?立方米)[))]$")


def _sized_task(task: str, pairs: list) -> tuple[str, list]:
    """The work without its size in brackets, the size its target where no field gives one (rx38)."""
    m = _SIZED.match(task.strip())
    if not m:
        return task, pairs
    if any(k == "target" for k, _ in pairs):
        return m.group("t"), pairs
    return m.group("t"), pairs + [("target", m.group("t") + m.group("n") + m.group("u"))]


def _boxed_state(rest: str) -> Optional[str]:
    """X(业主单位:Y),…。【正在推进】…: the status tagged in square brackets outside the labels (rx36)."""
    boxed = _BOXED_STATE.search(rest)
    return state_word(boxed.group(1)) if boxed else None


def _tagged(b, rec: Optional[CommitmentRecord], tag: Optional[str]) -> Optional[CommitmentRecord]:
    """The item with its tag's status (over what its words tell: 【正在推进】主体工程已完工, rx36), else its section's."""
    if rec and tag and rec.progress and rec.progress.status in ("done", "on_track") and rec.progress.status != tag:
        told = with_hint(None, tag, b.as_of, tag)
        return replace(rec, progress=replace(told, percent=rec.progress.percent) if told else rec.progress)
    if rec and (tag or b.hint):  # under 一、已完成的事项, or X项目(已完成): that status
        rec = replace(rec, progress=with_hint(rec.progress, tag or b.hint, b.as_of, tag or b.hint_text))
    return rec


#: a block's heading line, the name of the work below it: 【实事一】老旧小区提质改造 / (二)背街小巷改造 (rx35)
_BLOCK_HEAD = lazy(r"^\s*(?:【[^】]{1,10}】|[((][一二三四五六七八九十\d]{1,3}[))]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、.]|\d{1,2}\s*[||])\s*"
                   r"(?P<t>[\u4e00-\u9fff“”、]{2,20})\s*$")
#: a line that opens with the content of a pledge or a work: 承诺内容:… / 项目内容:…
_CONTENT_LINE = lazy(r"^\s*(?:承诺内容|承诺事项|实事内容|项目内容|工作内容|目标任务|任务目标)[::]")


def named_by_heading(rec: CommitmentRecord, paras: list[Span], i: int) -> CommitmentRecord:
    """【实事一】老旧小区提质改造 ⏎ 承诺内容:完成12个小区提质改造… ⏎ 责任科室:…: the work is named by the block's
    heading, as a table names it; its content keeps the figures (rx35)."""
    head = _BLOCK_HEAD.match(paras[i - 1].text) if i and _CONTENT_LINE.match(paras[i].text) else None
    return replace(rec, task=head.group("t")) if head else rec


#: a block's head that is only its number: 序号:3 / 编号:5
_SEQ_ONLY = lazy(r"^\s*(?:序号|编号)[::]\s*\d+\s*$")


def _numbered_only(task: str, fields: list) -> tuple[str, list]:
    """序号:3 ⏎ 整改目标:完成X。 ⏎ 责任单位:…: a block headed by its number alone is named by the aim below it, which
    stays its target's field (rx34)."""
    if not _SEQ_ONLY.match(task):
        return task, fields
    aim = next((v for k, v, _, _ in fields if k in ("target", "goal", "measure") and v), "")
    return (aim, fields) if aim else (task, fields)


#: an item headed by a field of problems: (一)财政管理方面。 / (二)部门预算执行方面: (rx29)
_ASPECT_ITEM = lazy(r"^\s*(?:" + ITEM_NO + r")\s*[\u4e00-\u9fff]{2,12}方面[。::]")
#: a unit opening a sentence of what it did or will do: 县财政局已将… / 县农业农村局负责督促…
UNIT_OPENS = lazy(r"^(?P<u>[\u4e00-\u9fff、]{2,30}?(?:局|委|办|中心|公司|政府|街道|镇|乡|管委会))(?:等\d+个部门)?"
                   r"(?=已|正在|负责|牵头|将|要|计划|于|对|代管|超|未|尚未|责令|立即|及时|依法)")  # (X局责令该店…, rx51)


def aspect_items(b, para: Span) -> Optional[list]:
    """``(一)财政管理方面。县财政局已将…收回统筹使用。非税收入未及时缴库问题,县财政局…计划…前…。`` in a report on
    problems put right: each sentence of the field telling a status is one commitment, its unit the one it opens with
    (or names), its term its own (rx29); None where the field tells fewer than two."""
    head = _ASPECT_ITEM.match(para.text)
    if not head:
        return None
    out = []
    for s in _pieces(Span(para.text[head.end():], para.start + head.end(), para.end)):
        prog = find_progress(s.text, b.as_of, b.doc.year)
        if prog is None and not _promised_due(b, s.text):
            continue  # (a piece that tells no status and promises no term)
        unit = UNIT_OPENS.match(s.text)
        items = parse_list(unit.group("u")) if unit else None
        actors = [Actor(n, k, "responsible") for n, k, _ in items or () if k == "organization"] \
            or [a for a in find_actors(s.text).actors if a.kind == "organization"][:2]
        body = s.text[unit.end():] if unit else s.text
        task = topic_of(re.split(r"[,,;;]", re.sub(r"^(?:已(?:经)?|正在)(?:将)?", "", body))[0])[:30]
        dl = _promised_due(b, s.text)
        out.append(CommitmentRecord(task=task, text=s.text, evidence=(Evidence(b.orig[s.start:s.end], s.start, s.end),),
                                    actors=tuple(actors), deadline=dl, targets=(), progress=prog))
    return out if len(out) >= 2 else None


def _pieces(span: Span) -> list[Span]:
    """The sentences of ``span``, each cut at its semicolons (X局已…,已完成整改;对Y问题,…计划…前…)."""
    out = []
    for s in sentences(span):
        pos = 0
        for part in re.split(r"(?<=[;;])", s.text):
            if part.strip():
                out.append(Span(part, s.start + pos, s.start + pos + len(part)))
            pos += len(part)
    return out
