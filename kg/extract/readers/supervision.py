"""Supervision notices (督查通报, 督查情况通报, 落实情况的通报) and the prose of
progress reports: sentences a report is made of, read before the prose rules.

* aggregate counts: ``常务会议确定事项30件,截至5月10日,已办结9件,占比30%;正在办理21件``
  → one commitment (task ``…确定事项落实``, target 确定事项 = 30 件, progress
  on_track 30%); a later sentence giving the same count (``30件事项已完成12件``)
  adds its progress;
* per-unit items: ``由县甲局负责的第2件、县乙局负责的第7、9件确定事项进展滞后``
  → one commitment per unit (responsible, behind); ``需要加快推进事项2件,如县丙局
  负责的“…”。截至目前,…`` → one per quoted task, behind;
* follow-up: ``区督查室将盯住尚未办结的事项开展“回头看”`` → a commitment of the
  office (responsible);
* status clauses (:mod:`.progress_report`): ``甲项目、乙工程等项目已提前完成``.

The reader takes a paragraph of a report (a title or opening naming 通报, 督查,
进展, 完成情况 … or a ``截至`` date) when one of its sentences has one of these
shapes; the other sentences of the paragraph go to the prose rules.
"""
from __future__ import annotations

import calendar
import re
from ..lazyre import lazy
from dataclasses import replace
from typing import Optional

from kg.model import Actor, CommitmentRecord, Deadline, Evidence, Progress, Target

from ..actors import find_actors, parse_item, parse_list
from ..fields import LABEL
from ..items import report_item
from ..naming import done_to, task_text
from ..progress import _ASOF, find_progress
from ..segment import Span, clauses, sentences
from ..vocab import BRACKET_NO, CN_NO, DIRECTIVE_RX, ENUM, IS_NO, ITEM_RX, REPORT_VERBS, WORK_END_RX, WORK_TITLE_ITEM

# ---- vocabulary of the genre (one place, one example each) -------------------
#: a report's opening: 现将有关情况通报如下, 主要进度如下, 对…进行了专项督查, 梳理全年任务的完成情况
_OPENING = lazy(r"(?:" + REPORT_VERBS + r"|公示)如下|进度如下|情况予以(?:通报|公示)|(?:进行|开展)了?(?:专项|跟踪|现场|实地)?督[查察]|进行通报|予以通报|"
                      # a count of works begun or done, and its rate: 截至6月底,已开工110个,开工率92%
                      r"(?:截至|截止到?)[^,。;]{2,14}[,,](?:全[市区县])?(?:已|累计)(?:开工|完成|竣工|建成|完工|办结|整改)[^,。;]{0,6}?\d+(?:个|项|件)[,,;]"
                      r"(?:开工|完成|竣工|建成|完工|办结|整改)率|"
                      r"梳理[^。]{0,12}(?:完成|进展)情况|^(?:" + CN_NO + r")?[^,。;]{2,20}(?:进展|进度|完成|推进)情况$|"
                      # a share of the matters done: 15项中有9项提前完成,占比60%
                      r"有\d+(?:项|件|个)[\u4e00-\u9fff]{0,6}(?:完成|办结)[\u4e00-\u9fff]{0,4}[,,]占比\d+(?:\.\d+)?%|"
                      # a share of the year's plan reported: 累计完成投资35亿元,占年度投资计划的64%
                      r"完成(?:投资)?[^,。;]{0,24}[,,]?(?:占|为)(?:年度|全年|年|总)[\u4e00-\u9fff]{0,6}(?:计划|目标|任务)的?\d+(?:\.\d+)?%", re.M)
#: a class of matters counted in a report: 确定事项, 目标任务, 民生实事, 重点项目, 建议提案
_CLASS = r"(?:事项|任务|实事|实事项目|项目|工程|建议提案|提案|建议|议案|留言|件次|重点工作)"
#: 确定事项30件 / 安排重点项目260个 / 列入市级重点项目共12个
_NOUN_COUNT = lazy(r"(?P<noun>(?:(?<![\u4e00-\u9fff])[省市县区]|(?:第[\d一二三四五六七八九十]+次)?[\u4e00-\u9fff《》“”]{2,30}?)" + _CLASS + r")(?:涉及[\u4e00-\u9fff]{0,4}?)?(?:共|共有|总计|合计|总数为?|数为)?"
                         r"(?P<n>\d+)(?P<u>件|项|个)(?![\u4e00-\u9fff]{0,3}(?:中|里))")
#: 20件民生实事项目 / 90项目标任务 / 共有36项任务 / 25项区级考核任务
#: (283个省、市重点项目: two levels named before the class)
_COUNT_NOUN = lazy(r"(?P<n>\d+|[两二三四五六七八九十百]{1,4})(?P<u>件|项|个)(?!月|工作日|星期|小时|季度)(?P<noun>(?:[省市县区]、)?[\u4e00-\u9fff]{0,10}?" + _CLASS + r")")
#: what a count of done matters says: 已完成16件,占37% / 已办结6件,占比27% / 完成率40%
_DONE_SHARE = lazy(r"(?:已|全部|提前)?(?:完成|办结|完工|建成)[^,;。]{0,12}?\d+(?:件|项|个)[,,]?"
                         r"(?:占比?|占总[\u4e00-\u9fff]{0,4}的|比例为?|完成率为?)(?P<p>\d+(?:\.\d+)?)%")
_RATE = lazy(r"(?:完成率|办结率|开工率|竣工率|建成率|整改率|销号率)(?:为|达到?)?(?P<p>\d+(?:\.\d+)?)%")
#: a count that is already a status: 已完成16件, 正在办理27件, 17件正在办理的事项中
_STATUS_WORD = lazy(r"已|正在|未|滞后|欠|超|达进度|其它类|其他类|(?:完成|办结|办理|推进|开工|完工|建成)(?:的|中)")
#: more scope in the aggregate's own clauses: (含18个子项目), 细化为150个具体工作, 年度计划投资60.5亿元
_MORE = lazy(r"(?:含|包括|细化为|分解为|共)(?P<n>\d+)(?P<u>件|项|个)(?P<noun>[\u4e00-\u9fff]{2,10})")
_INVEST = lazy(r"(?:年度计划投资|年度投资计划|年内计划投资|计划总投资|计划投资)(?P<n>\d+(?:\.\d+)?)(?P<u>亿元|万元)")
#: the whole is all done: 25项考核任务全部完成, 120件代表建议全部办理完毕
#: what may stand before a count of matters: 2015年, 今年全市共安排, 区委区政府共兴办, 《政府工作报告》明确
_HEAD_BEFORE = lazy(r"^(?:其中|今年|(?:19|20)\d\d年(?:度)?|(?:截至|截止到?)(?:目前|(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末)?)|[,,\s])*(?:[\u4e00-\u9fff《》]{0,14}?(?:共|共有|合计|总计|明确|安排|列入|兴办|确定|办好|下达|"
                          r"实施|承办|交办|计划|推进|扎实推进|梳理|实行|部署)(?:的)?|全[市区县省]|我[市区县省])?$")  # (县政府确定的12件民生实事, rx25)
#: a sentence of counts done: 已办理完成8项, 已办结6件
_DONE_COUNT = lazy(r"(?:已|累计)(?:办理)?(?:完成|办结|销号)\d+(?:件|项|个)")
_ANY_COUNT = lazy(r"(?:\d+|[两二三四五六七八九十百]{1,4})(?:件|项|个)")
_ALL_DONE = lazy(r"全部(?:完成|办结|办理完毕|完工|建成)|均已(?:完成|办结)")
#: per-unit item: 由县甲局负责的第2件 / 县乙局负责的第7、9件 / 县丙局负责的“…”
_UNIT_ITEM = lazy(r"(?:(?<=[,,;;、。])|^)(?:其中[,,]?)?(?:如|例如|比如)?(?:由)?(?P<u>[\u4e00-\u9fff、]{2,40}?)(?:牵头)?负责的?"
                        r"(?:第(?P<n>[\d、,和至-]+)(?:件|项)|“(?P<q>[^”]{2,200})”)")
#: a lead-in naming a lagging class: 需加快推进的事项2件,如…
_LAGGING = lazy(r"需要?加快推进|进展(?:相对)?滞后|进度(?:相对)?(?:滞后|缓慢|较慢)|推进(?:缓慢|较慢)|未达序时")
#: follow-up of the supervising office: 区督查室将盯住…, 下一步区政府办公室将继续加强跟踪督办
_FOLLOW = lazy(r"^(?:下一步|下阶段|今后|同时|此外|对此|为此)?[,,]?(?P<u>[\u4e00-\u9fff、]{2,30}?)将"
                     r"(?P<rest>(?:进一步|继续|持续|适时|及时|紧盯|跟踪|加大|开展|采取|实行|对)[^。;]*)")
_ADVERB_OFF = lazy(r"^(?:进一步|继续|持续|适时|及时|紧盯|切实)+")


class _State:
    """What a report's earlier paragraphs left: aggregates by count (their
    index in ``b.out``)."""

    def __init__(self) -> None:
        self.aggregates: dict[tuple[int, str], CommitmentRecord] = {}


def state(b) -> _State:
    st = b.__dict__.get("_supervision")
    if st is None:
        st = b.__dict__["_supervision"] = _State()
    return st


def in_report(b) -> bool:
    """A report: the builder says so (title with 通报/督查/进展 …), or its opening
    says what it reports (通报如下, 进行了专项督查, 一、重点项目进展情况)."""
    if b.report:
        return True
    v = b.__dict__.get("_in_report")
    if v is None:
        v = b.__dict__["_in_report"] = bool(_OPENING.search(b.t[:1000]))
    return v


def report_as_of(b, text: str) -> Optional[str]:
    """The date a status speaks of: ``截至10月31日`` in ``text``, ``上半年`` →
    June 30, ``1-8月`` / ``前8月`` → the end of August, ``三季度`` → Sept 30 (of
    the year named, else the document's), else the report's as-of date."""
    year = re.search(r"((?:19|20)\d\d)年", text)
    y = int(year.group(1)) if year else b.doc.year
    if y is None:  # undated: the year the report's opening names
        first = re.search(r"((?:19|20)\d\d)年", b.t[:600])
        y = int(first.group(1)) if first else None
    m = _ASOF.search(text)
    if m and y:
        yy = int(m.group("y")) if m.group("y") else y - 1 if m.group("last") else y  # (截至去年12月底, rx41)
        mo = int(m.group("m"))
        d = int(m.group("d")) if m.group("d") else calendar.monthrange(yy, mo)[1]
        return f"{yy:04d}-{mo:02d}-{min(d, calendar.monthrange(yy, mo)[1]):02d}"
    mo = _period_month(text)
    if mo and y and 1 <= mo <= 12:
        if not year and b.doc.month and y == b.doc.year and mo - b.doc.month >= 6:
            y -= 1  # 1-12月份, told in January: last year's (a period half a year ahead is no report; rx42)
        return f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
    if year and b.doc.year and y < b.doc.year:  # 2023年…全部完成, reported in 2024: the year's end
        return f"{y:04d}-12-31"
    return b.as_of


def _period_month(text: str) -> Optional[int]:
    """The last month of the period a status speaks of: ``上半年`` → 6, ``三季度`` → 9,
    ``1-8月`` / ``前8月`` / ``前八个月`` → 8; None when it names none."""
    if "上半年" in text:
        return 6
    if re.search(r"前?三季度", text):
        return 9
    m = re.search(r"(?:1|一)\s*[-—~至到]\s*(\d{1,2})\s*月|前(\d{1,2}|[二三四五六七八九十]{1,2})个?月", text)
    if not m:
        return None
    from ..segment import cn_int
    g = m.group(1) or m.group(2)
    return int(g) if g.isdigit() else cn_int(g)


def record(b, task: str, spans: list[tuple[int, int]], *, actors=(), targets=(), progress=None,
           deadline: Optional[Deadline] = None, projects=()) -> CommitmentRecord:
    """A commitment whose evidence is ``spans`` (offsets into the text)."""
    spans = sorted(set(spans))
    ev = tuple(Evidence(b.orig[s:e], s, e) for s, e in spans)
    return b._unfold(CommitmentRecord(
        task=task[:60], text=" ".join(e.text for e in ev), evidence=ev, actors=tuple(actors),
        projects=tuple(projects), deadline=deadline, targets=tuple(targets), progress=progress), spans)


# ---- aggregate counts ----------------------------------------------------------
def _count(n: str) -> int:
    """``12`` or ``十二`` as a number (0 when unreadable)."""
    from ..segment import cn_int
    return int(n) if n.isdigit() else (cn_int(n) or 0)


#: a set of matters before 中 (28项督办事项中 / 38项重点工作任务中, rx26/rx27), not a set of works broken down
_SET_OF_MATTERS = lazy(r"[\u4e00-\u9fff]*?(?:事项|任务|实事|重点工作)中")  # (38项重点工作中, rx50)


def _aggregate_head(text: str) -> Optional[re.Match]:
    """The count of matters a clause opens a report with (``确定事项43件``,
    ``65件民生实事项目``); None for a count that is a status (已完成16件)."""
    best = None
    for rx in (_NOUN_COUNT, _COUNT_NOUN):
        for m in rx.finditer(text):
            noun = m.group("noun")
            before = text[max(0, m.start() - 4):m.start()]
            if _STATUS_WORD.search(noun) or re.search(r"已|完成|办结|开工|有$", before) \
                    or re.search(r"^[\u4e00-\u9fff]{0,3}(?:正在|未)|^之一", text[m.end():]) \
                    or (re.search(r"^[\u4e00-\u9fff]{0,3}中", text[m.end():]) and not _SET_OF_MATTERS.match(noun + text[m.end():])):
                continue  # (37个重点项目中,已开工32个: a breakdown; 28项督办事项中,已办结17项: the set of matters, rx26)
            if rx is _COUNT_NOUN and not _HEAD_BEFORE.match(text[:m.start()].rstrip("“\"")):
                continue  # 记者走进全区30个重点项目工地…: a count in passing
            if _count(m.group("n")) < 2:
                continue  # 一项任务: no count of matters
            if best is None or m.start() < best.start():
                best = m
            break
    return best


#: a year just before a set (2025年《政府工作报告》, 2019年县政府民生实事项目; not 2018年,全市安排…)
_SET_YEAR = lazy(r"(?:^|(?<=[^\d]))((?:19|20)\d\d年)(?!\d{1,2}月|底|末|以来|,)(?:度)?[^,;。\d]{0,24}$")


def _agg_task(text: str, m: re.Match) -> str:
    """``2023年区长办公会议确定事项30件`` → ``区长办公会议确定事项落实``;
    ``《政府工作报告》共明确90项目标任务`` → ``政府工作报告目标任务`` (the set's name)."""
    noun = m.group("noun")
    noun_first = "(?P<noun>" in m.re.pattern[:12]
    if noun_first:
        name = re.sub(r"^(?:(?:19|20)\d\d)?年(?:度)?,?|^其中", "", noun)
        name = re.sub(r"^.*?(?:共|安排|列入|确定(?!事项)|明确|下达|兴办|实施|办好|交办)(?=[\u4e00-\u9fff《]{2})", "", name)
    else:
        name = noun
        owner = re.search(r"《([^》]{2,20})》[^,;。]{0,6}$", text[:m.start()])
        if owner:
            name = owner.group(1) + noun
    name = re.sub(r"^(?:全[市区县省]|我[市区县省])(?=[\u4e00-\u9fff“]{3})|(?<=[\u4e00-\u9fff”])(?:包含|含|共有)子项目$", "", name)  # 全市“十件实事”包含子项目
    name = name.replace("《", "").replace("》", "")
    name = re.sub(r"^(?:纳入|列入)?本次[\u4e00-\u9fff]{0,8}?的(?=[\u4e00-\u9fff]{2})", "", name)  # (the set, not where it is listed; rx25)
    if name.endswith("事项"):
        return name + "落实"  # a meeting's decisions are named by the meeting (第五次常务会议), not the year
    # a year's set is named with its year: 2026年《政府工作报告》明确76项目标任务 → 2026年政府工作报告目标任务
    year = _SET_YEAR.search(text[:m.end("noun")] if noun_first else text[:m.start()])
    return year.group(1) + name if year and not name.startswith(year.group(1)) else name


def _agg_progress(b, text: str, whole: bool) -> Optional[Progress]:
    """Progress of an aggregate from the text that reports it: the share done
    (已完成16件,占37% → 37), a rate (完成率40%), a share of the plan; status
    done when all is done, else on_track (a few lagging items do not make the
    whole late)."""
    if not text:
        return None
    m = _DONE_SHARE.search(text) or _RATE.search(text)
    pct = float(m.group("p")) if m else None
    p = find_progress(text, None, b.doc.year)
    if pct is None and p is not None:
        pct = p.percent
    if _ALL_DONE.search(text) or (pct is not None and pct >= 100):
        status = "done"
    elif p is None and pct is None and not re.search(r"(?:完成|办结|办理|开工|建成)[^,;。]{0,6}\d+(?:件|项|个)", text):
        return None
    else:
        status = "on_track"
    if whole and p is not None and p.status == "behind" and (re.search(r"总体|整体", text) or PACE_LAG.search(text)):
        status = "behind"  # (…占全年计划的58%,低于序时进度: the share itself under the pace; rx17)
    return Progress(status, pct, report_as_of(b, text), text.strip(",。;; ")[:120])


def _later_progress(b, para: Span, sent: Span) -> tuple[Optional[Progress], Optional[Span]]:
    """The progress of an aggregate given in the sentences after it (up to the
    next count of matters): a share done, a rate, a share of the plan; and the sentence telling it."""
    later = []
    for k, x in enumerate(x for x in sentences(para) if x.start >= sent.end):
        if k >= 6 or _aggregate_head(x.text):
            break
        later.append(x)
    for rx in (_DONE_SHARE, _RATE):  # 欠进度的有17个,占7.7%;…已完成24个,占10.8%: the share done
        hit = next((x for x in later if rx.search(x.text)), None)
        if hit:
            return _agg_progress(b, hit.text, True), hit
    hit = next((x for x in later if (p := find_progress(x.text)) is not None and p.percent is not None), None)
    if hit is None:  # 至目前,已办理完成8项,正在办理4项 / 从督查情况看,截至6月30日,已完成7项,…: counts only
        hit = next((x for x in later[:3] if _DONE_COUNT.match(_TOLD_AFTER_LEAD.sub("", x.text))), None)
    return (_agg_progress(b, hit.text, True), hit) if hit else (None, None)


#: a set judged as a whole: 总体进展平稳 / 总体推进顺利 / 整体进度正常
_OVERALL_FINE = lazy(r"(?:总体|整体)(?:进展|推进|进度|情况)?(?:平稳|顺利|良好|正常|有序)")
#: what opens a tally's sentence before its counts: 从督查情况看,截至6月30日, (rx31)
_TOLD_AFTER_LEAD = lazy(r"^(?:[^,,]{0,10}[,,]){1,2}?(?=已|完成|共)|^[^,,]{0,10}[,,]")


#: counts of a set's classes by light: 亮绿灯项目41个,亮黄灯项目12个 / 红灯5个
_LIGHT_CLASSES = lazy(r"[红黄绿]灯[\u4e00-\u9fff]{0,4}?\d+[个项件].{0,20}?[红黄绿]灯")


def _aggregates(b, para: Span, sent: Span) -> Optional[list[CommitmentRecord]]:
    """Aggregate counts of a sentence: ``X确定事项43件,截至…,已完成16件,占37%``;
    each clause group opened by a count of matters is one commitment, and the
    clauses after it (up to the next count) its progress."""
    text = sent.text
    if _countless(para, text) or _directive(text) or _LIGHT_CLASSES.search(text):
        return None  # (其中,亮绿灯项目41个,亮黄灯项目12个: classes of a set by light, no works; rx28)
    heads = _heads(text)
    if not heads:
        return None
    st = state(b)
    out = []
    rest_span = None
    for j, (start, m, piece) in enumerate(heads):
        last = j == len(heads) - 1
        end = len(text) if last else heads[j + 1][0]
        if last:
            end, rest_span = _cut_one_work(text, sent, start + m.end(), end)
        scope, prog_text = _scope_and_progress(text[start + m.end():end])
        key = _agg_key(m)
        span = (sent.start + start, sent.start + end)
        prog = _agg_progress(b, prog_text, j == 0)
        if key in st.aggregates:  # the count named again: its progress
            _restate(b, st, key, prog, span)
            out.append(None)
            continue
        told = None
        if prog is None and last:  # …目标任务90项。经核查,…已完成12个,占13.3%
            prog, told = _later_progress(b, para, sent)
            if prog and told and prog.status == "behind" and _OVERALL_FINE.search(told.text):
                prog = replace(prog, status="on_track")  # …滞后于序时进度6项,总体进展平稳: on track as a whole (rx31)
        rec = record(b, _agg_task(piece, m), [span] + ([(told.start, told.end)] if told else []),
                     targets=_agg_targets(piece, m, piece[:m.end()] + scope), progress=prog)
        st.aggregates[key] = rec
        b.out.append(rec)
        out.append(rec)
    if rest_span is not None:
        from .progress_report import status_clauses
        if not status_clauses(b, para, rest_span):
            b.out.extend(b._paragraph(rest_span))
    return out


def _countless(para: Span, text: str) -> bool:
    """No count of matters in the sentence, or a title (the title names the set; the body counts it)."""
    return not _ANY_COUNT.search(text) or ("。" not in para.text and len(para.text) <= 60
                                           and not re.search(r"[,,;]", para.text))


def _directive(text: str) -> bool:
    """``12项任务已完成10项,请某局抓紧销号``: a directive, read by the prose rules."""
    return bool(DIRECTIVE_RX.search(text)) or any(find_actors(c.text).actors for c in clauses(text, 0))


_PLAN_AFTER = lazy(r"(?:争取|力争|计划|预计|确保)(?:在|于|到)?(?:年内|年底|今年|明年|\d{1,2}月)")


def _heads(text: str) -> list[tuple[int, re.Match, str]]:
    """``(offset, match, clause)`` of each clause that opens with a count of matters:
    the first clause, or one opened by 其中 / 另 / a number."""
    parts = re.split(r"(?<=%)(?=\d)|(?<=[,;;。])", text)  # (75%124个新建项目: a lost separator)
    heads = []
    pos = 0
    for k, piece in enumerate(parts):
        m = _aggregate_head(piece)
        if m and re.match(r"[,,]?即[,,::]?", text[pos + m.end():]):
            m = None  # 文旅项目1个,即,A项目,已开工: the works are named, not counted (rx17)
        if m and k and _PLAN_AFTER.match(piece, m.end()):
            m = None  # …已有12个项目开工,10个项目争取年内开工: a plan for part of a set, read as prose (rx25)
        if m and k and re.match(r"(?:其中)?[,,]?(?:红|黄|绿|橙|蓝)(?:灯|色)", piece.strip()):
            m = None  # 其中,红灯项目5个,黄灯项目8个: the set's classes by light, no work of their own (rx27)
        if m and (k == 0 or not heads or re.match(r"(?:其中|另|\d)", piece)):
            heads.append((pos, m, piece))
        pos += len(piece)
    return heads


def _cut_one_work(text: str, sent: Span, head_end: int, end: int) -> tuple[int, Optional[Span]]:
    """``…,其中创业就业工程完成目标的100%,…``: one work's progress, not the whole's; the
    aggregate ends before it and the status clauses read the rest (returned as a span)."""
    cut = re.search(r"[,,]其中[,,]?(?=[\u4e00-\u9fff]{2,16}?(?:工程|项目)(?!\d))", text[head_end:end])
    if not cut:
        return end, None
    end = head_end + cut.start()
    return end, Span(text[end + 1:], sent.start + end + 1, sent.end)


#: the first status word after a count's head, where its progress starts
_PROGRESS_START = lazy(r"截至|截止|已|完成|实际|累计|全部|均|办结|有序|稳步|正在|欠进度|(?<![年季])\d+-\d+月|前\d+月|上半年|1至\d+月")


def _scope_and_progress(rest: str) -> tuple[str, str]:
    """What follows a count's head cut in two: what the count covers, and its progress
    (up to 分别是 / 具体为 / 包括: …已完成7个,分别是A已竣工,…: the list is the items')."""
    ps = _PROGRESS_START.search(rest)
    scope = rest[:ps.start()] if ps else rest
    prog_text = rest[ps.start():] if ps else rest
    return scope, re.split(r"分别(?:是|为)|具体(?:是|为)|包括", prog_text)[0]


def _agg_key(m: re.Match) -> tuple[int, str]:
    """A count and its class (``30件`` of ``事项``): the same key when a later sentence counts it again."""
    return _count(m.group("n")), re.sub(r"^.*?(?=民生|实事|事项|任务|项目|提案)", "", m.group("noun"))[:4]


def _restate(b, st: _State, key: tuple, prog: Optional[Progress], span: tuple[int, int]) -> None:
    """A count named again (``30件事项已完成12件``): its progress and evidence go to the
    aggregate read before, where that one had none (or no share)."""
    old = st.aggregates[key]
    idx = next((x for x, r in enumerate(b.out) if r is old), None)
    if idx is not None and prog and (old.progress is None or (prog.percent is not None and old.progress.percent is None)):
        s, e = span
        ev = old.evidence + (Evidence(b.orig[s:e], s, e),)
        b.out[idx] = st.aggregates[key] = replace(old, progress=prog, evidence=ev, text=" ".join(e.text for e in ev))


def _agg_targets(piece: str, m: re.Match, scope_text: str) -> list[Target]:
    """The count as a target (常务会议确定事项 → 确定事项 = 30 件), with more scope from
    the count's own clauses: (含18个子项目), 细化为150个具体工作, 年度计划投资60.5亿元."""
    metric = re.sub(r"落实$", "", _agg_task(piece, m))
    metric = re.sub(r"^.*(?:会议|》)", "", metric) if len(metric) > 4 else metric
    targets = [Target(metric or m.group("noun"), "=", float(_count(m.group("n"))), m.group("u"), m.group(0))]
    for mm in _MORE.finditer(scope_text):
        targets.append(Target(mm.group("noun"), "=", float(mm.group("n")), mm.group("u"), mm.group(0)))
    inv = list(_INVEST.finditer(scope_text))
    if inv:
        mm = next((x for x in inv if x.group(0).startswith(("年度", "年内"))), inv[0])
        targets.append(Target(mm.group(0)[:mm.start("n") - mm.start()], "=", float(mm.group("n")), mm.group("u"), mm.group(0)))
    return targets


#: 我区1-8月份完成重点项目固定资产投资23亿元,占年计划74%: the year's investment, no count
_INVEST_SHARE = lazy(r"^(?:(?:截至|截止|至)\d{1,2}月(?:底|末)?[,,])?(?:[我全本][市区县省])?(?:(?:1|一)\s*[-—~至]\s*\d{1,2}月份?|上半年|前三季度|今年以来)?[,,]?(?:共|累计)?"
                           r"完成(?P<w>[\u4e00-\u9fff]{2,14}?)投资(?P<n>\d+(?:\.\d+)?)(?P<u>亿元|万元)[,,]?"
                           # 占年计划74% / 为年度计划的41% (rx19: 至6月底,全县共完成…)
                           r"(?:占|为)(?:年度|全年|年)[\u4e00-\u9fff]{0,6}?(?:计划|目标|任务)的?(?P<p>\d+(?:\.\d+)?)%")


#: the report that tells the share, before it: 通报指出: (rx19)
_TOLD_BY = lazy(r"^[\u4e00-\u9fff]{0,6}(?:指出|显示|表明)[::,,]")


def _invest_share(b, para: Span, sent: Span) -> Optional[list[CommitmentRecord]]:
    """``我区1-8月份完成重点项目固定资产投资23.7亿元,占年计划74%`` → the year's
    investment in the works named (task 重点项目固定资产投资), on_track 74%."""
    told = _TOLD_BY.match(sent.text)
    k = told.end() if told else 0
    m = _INVEST_SHARE.match(sent.text[k:]) if "占" in sent.text or "为" in sent.text else None
    if not m:
        return None
    pct = float(m.group("p"))
    prog = Progress("done" if pct >= 100 else "on_track", pct, report_as_of(b, sent.text), sent.text[k:k + m.end()])
    rec = record(b, (m.group("w") or "") + "投资", [(sent.start + k, sent.start + k + m.end())], progress=prog)
    b.out.append(rec)
    return [rec]


#: the share itself said under the pace, not a count of lagging items (欠进度的有17个):
#: 占全年计划的58%,低于序时进度 / 欠目标进度3个百分点 (rx17)
PACE_LAG = lazy(r"(?:略|稍|明显|远)?(?:低于|慢于|落后于?|欠)(?:序时|目标|计划|时序)?进度(?:\d+(?:\.\d+)?个百分点)?(?=[,,。;;]|$)")
#: a share of the year's plan with no work of its own: (1-8月,)完成投资50亿元,占全年计划的61%
_BARE_SHARE = lazy(r"^(?:(?:(?:1|一)\s*[-—~至]\s*\d{1,2}月份?|上半年|前三季度|今年以来|截至\d{1,2}月(?:底|末)?)[,,]?)?(?:累计)?"
                         r"完成(?:固定资产)?投资\d+(?:\.\d+)?(?:亿元|万元)[,,](?:完成|占)(?:了)?(?:年度|全年|年)[\u4e00-\u9fff]{0,6}?的?\d+(?:\.\d+)?%")


def _share_of_set(b, para: Span, sent: Span):
    """``全区重点项目90个,年度计划投资80亿元。`` / ``1-8月,完成投资50亿元,占全年计划的61%。``:
    a share with no work of its own right after a counted set (the same paragraph
    or the one before) is the set's progress; where the set already took it, the sentence is
    its evidence and no commitment of its own (rx17)."""
    if not b.out or not _BARE_SHARE.match(sent.text):
        return None
    last = b.out[-1]
    if not last.targets or not last.evidence or b.t[last.evidence[-1].end:sent.start].strip(" \t\r\n,,;;。"):
        return None
    spans = [(e.start, e.end) for e in last.evidence] + [(sent.start, sent.end)]
    prog = last.progress
    if prog is None:
        from .set_shares import _progress
        prog = _progress(b, para.text, sent.text)
        if prog is not None and prog.status == "on_track" and PACE_LAG.search(sent.text):
            prog = Progress("behind", prog.percent, prog.as_of, prog.text)
    elif not (prog.text and (prog.text in sent.text or sent.text.rstrip("。;;") in prog.text
                             or prog.text.rstrip("。;;") in sent.text)):
        return None
    b.out[-1] = record(b, last.task, spans, actors=last.actors, targets=last.targets, progress=prog,
                       deadline=last.deadline, projects=last.projects)
    return True


#: the lagging works listed: 进度偏慢的3项分别是:甲工程、乙项目、丙改造
_LAG_LIST = lazy(r"(?:其中[,,]?)?(?P<l>(?:进度|进展|推进)(?:相对|明显)?(?:偏慢|缓慢|较慢|滞后)|未达(?:到)?序时(?:进度)?|滞后)"
                r"(?:的(?:\d+|[一二三四五六七八九十两]+)(?:项|个|件)(?:[\u4e00-\u9fff]{0,4}?)(?:分别)?(?:是|为)"
                r"|(?:的)?(?:项目|事项|任务)?(?:共)?(?:\d+|[一二三四五六七八九十两]+)(?:项|个|件)(?:分别)?(?:是|为))[::]")
#: a work's own lag in brackets after its name: 甲项目(开工滞后) (rx23)
_OWN_LAG = lazy(r"[((](?P<l>[^()()]{0,6}(?:滞后|缓慢|较慢|未开工|未启动))[))]$")


def _lag_list(b, para: Span, sent: Span) -> Optional[int]:
    """``其中,进度偏慢的3项分别是:甲工程、乙项目、丙改造`` → one commitment per
    work listed, behind.  Returns the paragraph offset where reading goes on."""
    m = _LAG_LIST.search(sent.text) if re.search(r"分别|[为是][::]", sent.text) else None
    if not m:
        return None
    body = sent.text[m.end():].rstrip("。;; ")
    if not body.strip():  # the list is the next sentence (split at the colon)
        nxt = next((x for x in sentences(para) if x.start >= sent.end), None)
        if nxt is None:
            return None
        sent, m = nxt, None
        body = sent.text.rstrip("。;; ")
    names = [n.strip() for n in re.split(r"[、,,]", body)]
    if len(names) < 1 or not all(3 <= len(n) <= 30 for n in names):
        return None
    label = _LAG_LIST.search(para.text).group("l")
    pos = m.end() if m else 0
    owner = _head_unit(para.text)
    from ..projects import find_projects
    for n in names:
        k = sent.text.find(n, pos)
        pos = k + len(n)
        own = _OWN_LAG.search(n)  # 甲项目(开工滞后): the work, and its own lag
        unit = _unit_bracket(n + ",") if not own else None  # 甲项目(市发改委): the work, and its unit (rx27)
        n = n[:own.start()] if own else (unit.group("w") if unit else n)
        prog = Progress("behind", None, report_as_of(b, para.text), own.group("l") if own else label)
        u = parse_item(unit.group("u")) if unit else None
        b.out.append(record(b, n, [(sent.start + k, sent.start + k + len(n))], projects=find_projects("推进" + n), progress=prog,
                            actors=[Actor(u[0], u[1], "responsible")] if u else owner))
    return sent.end - para.start


#: the unit a line opens with, before its colon: 4.城北片区工作指挥部:… (rx51)
_HEAD_UNIT = lazy(r"^\s*(?:\d{1,2}[.、.]|[((][一二三四五六七八九十\d]{1,2}[))])?\s*(?P<u>[\u4e00-\u9fff()()]{3,30}?)[::]")


def _head_unit(text: str) -> list:
    """The unit a line of units' lags opens with (3.X指挥部:共9个项目,滞后的2个分别是:A、B), responsible for the works
    listed; none where the line opens with no unit."""
    m = _HEAD_UNIT.match(text)
    u = parse_item(m.group("u")) if m else None
    return [Actor(u[0], u[1], "responsible")] if u and u[1] == "organization" else []


#: one part of a status breakdown: 已提前完成的有5项,占总数的25% / 按计划推进的有9项
_PART = lazy(r"^(?:截至[^,,]{0,12}[,,])?(?P<l>[\u4e00-\u9fff]{2,30}?)的?有(?P<n>\d+)(?:(?:项|个|件)|(?=[((]))(?:[((](?P<items>[^()()]*)[))])?"
                   r"(?:[,,]?占[\u4e00-\u9fff]{0,8}?的?(?P<p>\d+(?:\.\d+)?)%)?$")


def _breakdown(b, para: Span, sent: Span) -> Optional[int]:
    """A status breakdown where no count of the whole was read (the title names
    the set: ``“八项惠民工程”前三季度进度``): ``已完成年度任务的有2项,占25%;
    按计划推进的有5项;推进缓慢的有1项`` → one commitment for the whole (target
    the sum, 8 项; on_track, the share done)."""
    if "有" not in sent.text or state(b).aggregates or not _PART.match(sent.text.strip().rstrip(";;。")):
        return None
    found, last = _parts_from(para, sent)
    if len(found) < 2:
        return None
    done = next((m for m in found if re.search(r"完成|办结|完工|建成", m.group("l")) and not re.search(r"未|没有", m.group("l"))), None)
    if done is None or not any(find_progress(m.group("l")) for m in found if m is not done):
        return None
    total = sum(int(m.group("n")) for m in found)
    title = re.search(r"[“\"]([^”\"]{2,14}?(?:实事|工程|事项|任务|项目))[”\"]", b.t[:300])
    task = title.group(1) if title else "目标任务"
    pct = float(done.group("p")) if done.group("p") else round(100 * int(done.group("n")) / total, 1)
    prog = Progress("done" if pct >= 100 else "on_track", pct, report_as_of(b, sent.text), para.text[sent.start - para.start:last.end - para.start][:120])
    rec = record(b, task, [(sent.start, last.end)], targets=[Target(task, "=", float(total), "项", f"{total}项")], progress=prog)
    b.out.append(rec)
    state(b).aggregates[(total, task[:4])] = rec
    b.out += _named_in_parts(b, para, sent, found)
    return last.end - para.start


def _named_in_parts(b, para: Span, sent: Span, found: list[re.Match]) -> list:
    """The items a part of a breakdown names in brackets (``推进缓慢的有2项(甲工程、乙项目)``):
    one commitment each, with the part's status (rx18)."""
    out = []
    parts = [x for x in sentences(para) if x.start >= sent.start][:len(found)]
    for x, m in zip(parts, found):
        names = [n.strip() for n in re.split(r"[、,,]", m.group("items") or "")]
        prog = find_progress(m.group("l"))
        if not (prog and names and all(3 <= len(n) <= 30 for n in names)) or len(names) != int(m.group("n")):
            continue
        for n in names:
            out.append(record(b, n, [(x.start, x.end)], progress=Progress(prog.status, None, report_as_of(b, sent.text), m.group("l"))))
    return out


def _parts_from(para: Span, sent: Span) -> tuple[list[re.Match], Span]:
    """The run of parts from ``sent`` on (``已完成…的有3项,占30%;正常推进的有4项;…``),
    and the last sentence of the run."""
    found, last = [], sent
    for x in sentences(para):
        if x.start < sent.start:
            continue
        m = _PART.match(x.text.strip().rstrip(";;。"))
        if not m:
            break
        found.append(m)
        last = x
    return found, last


# ---- per-unit items -------------------------------------------------------------
def _noun_after(text: str) -> str:
    m = re.search(r"[件项]([\u4e00-\u9fff]{2,8}?事项)", text)
    return m.group(1) if m else "事项"


def _unit_items(b, para: Span, sent: Span) -> Optional[int]:
    """Items by unit: ``由县甲局负责的第2件、县乙局负责的第7、9件确定事项进展滞后``
    (one commitment per unit, status from the end of the sentence), or
    ``如县丙局负责的“…”。截至目前,…`` (one per quoted task, its progress the
    text up to the next item).  Returns the paragraph offset where reading
    goes on, or None."""
    if "负责" not in sent.text:
        return None
    off = sent.start - para.start
    text = para.text
    items = [m for m in _UNIT_ITEM.finditer(text, off) if parse_list(_unit_name(m.group("u")))]
    items = [m for m in items if m.start() < sent.end - para.start or (items and m is not items[0] and m.group("q"))]
    if not items or items[0].start() >= sent.end - para.start:
        return None
    lead = text[off:items[0].start()]
    lagging = bool(_LAGGING.search(lead))
    if items[0].group("q") is None:  # one sentence: the status follows the last item
        return _numbered_items(b, para, sent, items, lead, lagging)
    items = [m for m in items if m.group("q")]
    for k, m in enumerate(items):  # quoted tasks, each followed by its progress
        nxt = items[k + 1].start() if k + 1 < len(items) else len(text)
        _quoted_item(b, para, m, text[m.end():nxt].strip("。;;,,"), lagging)
    return len(text)


def _numbered_items(b, para: Span, sent: Span, items: list, lead: str, lagging: bool) -> int:
    """``由县甲局负责的第2件、县乙局负责的第7、9件确定事项进展滞后``: one commitment per
    unit, the status from the end of the sentence."""
    text = para.text
    end = sent.end - para.start
    items = [m for m in items if m.end() <= end and m.group("n")]
    tail = text[items[-1].end():end]
    st = find_progress(tail) or find_progress(lead)
    status = "behind" if lagging or (st and st.status == "behind") else (st.status if st else None)
    noun = _noun_after(text[items[-1].start():end])
    meeting = _meeting(b)
    for m in items:
        actors = [Actor(n, k, "responsible", p) for n, k, p in parse_list(_unit_name(m.group("u")))]
        s = para.start + m.start("u") - (1 if text[m.start("u") - 1:m.start("u")] == "由" else 0)
        e = para.start + m.end()
        if m is items[-1]:
            e = para.start + end
        prog = Progress(status, None, report_as_of(b, text), (tail.strip(",。") or lead)[:60]) if status else None
        b.out.append(record(b, f"{meeting}{noun}第{m.group('n')}件", [(s, e)], actors=actors, progress=prog))
    return end


def _quoted_item(b, para: Span, m: re.Match, after: str, lagging: bool) -> None:
    """``如县丙局负责的“…”。截至目前,…``: the quoted task (one per dated milestone
    where it has two: ``6月底前开工、12月底前完工``), its progress ``after`` it."""
    from ..deadlines import find_deadlines
    from ..naming import pick_deadline, with_finish
    from ..projects import find_projects
    text = para.text
    prog = find_progress(after, None, b.doc.year)
    status = "behind" if lagging else (prog.status if prog else None)
    progress = Progress(status, prog.percent if prog else None, report_as_of(b, text), after[:80]) if status else None
    actors = [Actor(n, k_, "responsible", p) for n, k_, p in parse_list(_unit_name(m.group("u")))]
    q = m.group("q").strip("。")
    first = re.split(r"[,,;;。]", q)[0]
    found = find_deadlines(q, b.doc)
    if len([d for d in found if d.date]) >= 2:
        b.out.extend(_milestones(b, para, m, found, after, actors, progress))
        return
    pick = pick_deadline(with_finish(found, q))
    deadline = Deadline(pick.text, pick.date, pick.precision) if pick and pick.date else None
    task = task_text(re.sub(r"^(?:严格落实|切实抓好|紧盯|抓好|落实)", "", first)) or first
    b.out.append(record(b, task, [(para.start + m.start("u"), para.start + m.end())], actors=actors, progress=progress,
                        deadline=deadline, projects=find_projects(q)))


_MILESTONE = lazy(r"[\u4e00-\u9fff]{0,2}?(开工|完工|竣工|建成|完成|投用|投产|交付|通车)")


def _milestones(b, para: Span, m: re.Match, found: list, after: str, actors: list,
                progress: Optional[Progress]) -> list[CommitmentRecord]:
    """``“6月底前开工、12月底前完工”``: one commitment per dated milestone of the quote
    (the work and its verb), the first with the unit in its evidence; the progress
    after goes to the milestone it speaks of (开工 / 完工), else to the first unless
    it says the work is finished."""
    q = m.group("q").strip("。")
    first = re.split(r"[,,;;。]", q)[0]
    ustart, qstart = para.start + m.start("u"), para.start + m.start("q")
    out = []
    for d in found:
        verb = _MILESTONE.match(q[d.end:]) if d.date else None
        if not verb:
            continue
        work = re.sub(r"^(?:紧盯|抓好|加快|推进|确保|力争|切实)+", "", first[:first.find(d.text)] if d.text in first else first)
        s = qstart + d.start
        ev = [(s, s + (d.end - d.start) + verb.end())]
        if d is found[0]:
            ev.append((ustart, qstart + d.end + verb.end()))
        uses = bool(re.search(verb.group(1), after))
        finished = any(re.search(v, after) for v in ("完工", "竣工", "建成"))
        out.append(record(b, work + verb.group(1), ev, actors=actors, deadline=Deadline(d.text, d.date, d.precision),
                          progress=progress if uses or d is found[0] and not finished else None))
    return out


#: 区住建局负责的老旧小区改造进展缓慢 / 区教育局牵头负责的城南学校扩建已完成主体工程的70%
_UNIT_WORK = lazy(r"^(?:其中|如|另外|此外|同时)?[,,]?(?P<u>[\u4e00-\u9fff、]{2,30}?)(?P<lead>牵头)?负责的(?P<w>[^,;。“”]{2,30}?)"
                        r"(?P<st>(?:至今)?(?:工作)?(?:进展|进度|推进|尚未|仍未|未|已|均已|正在|滞后|基本|全部).*)$")  # (至今未启动, 均已: rx29)


#: works by unit sharing one status: 由区住建局负责的城南路改造、区交通局负责的东湖大桥建设进展滞后 (rx10)
_UNIT_WORK_LIST = lazy(r"^(?:其中|如)?[,,]?(?:由)?(?P<items>(?:[\u4e00-\u9fff]{2,20}?(?:牵头)?负责的[^,;。“”]{2,30}?、)+"
                             r"[\u4e00-\u9fff]{2,20}?(?:牵头)?负责的[^,;。“”、]{2,30}?)(?:等(?:\d+|[两二三四五六七八九十]+)?(?:件|项|个)?(?:事项|项目|工作)?|(?:\d+|[两二三四五六七八九十]+)(?:件|项|个)(?:事项|项目|工作)?)?"
                             r"(?P<st>(?:工作)?(?:进展|进度|推进|尚未|仍未|滞后|均已|均|已|至今)[^,;。]*)$")  # (…等事项均已按期办结 / 2件事项至今未启动: rx29)


def _shared_status(c: Span) -> list[Span]:
    """``X负责的A、Y负责的B进展滞后`` → ``X负责的A进展滞后`` and ``Y负责的B进展滞后`` as
    clauses of their own (their offsets those of the works; the shared status is appended)."""
    m = _UNIT_WORK_LIST.match(c.text)
    if not m:
        return [c]
    out, pos = [], m.start("items")
    for piece in re.split(r"、(?=[\u4e00-\u9fff]{2,20}?(?:牵头)?负责的)", m.group("items")):
        k = c.text.find(piece, pos)
        out.append(Span(piece + m.group("st"), c.start + k, c.start + k + len(piece)))
        pos = k + len(piece)
    return out


def _unit_works(b, para: Span, sent: Span) -> Optional[list[CommitmentRecord]]:
    """Works by unit with their status, one commitment each:
    ``区住建局负责的老旧小区改造进展缓慢,区水务局负责的排涝泵站建设尚未开工``;
    ``由区住建局负责的A、区交通局负责的B进展滞后,请以上单位加快进度`` (one status shared,
    the request to the units after it)."""
    if "负责的" not in sent.text:
        return None
    parts = clauses(sent.text, sent.start)
    if DIRECTIVE_RX.search(sent.text) and not (parts and _UNIT_WORK_LIST.match(parts[0].text)):
        return None
    cands = _unit_work_cands(b, parts)
    if not cands:
        return None
    out = []
    due = _asked_due(b, sent.text)
    for cd in cands:
        p = find_progress(cd["st"], None, b.doc.year)
        prog = Progress(p.status, p.percent, report_as_of(b, para.text), cd["st"][:60])
        from ..projects import find_projects
        out.append(record(b, cd["task"], cd["spans"], actors=cd["actors"], progress=prog, deadline=due,
                          projects=find_projects("推进" + cd["task"])))
    b.out.extend(out)
    return out


def _unit_work_cands(b, parts: list[Span]) -> list[dict]:
    """The works by unit of the clauses, with their status (a clause of progress only
    adds to the work before)."""
    cands: list[dict] = []
    for c in (x for c0 in parts for x in _shared_status(c0)):
        m = _UNIT_WORK.match(c.text)
        units = parse_list(_unit_name(m.group("u"))) if m else None
        prog = find_progress(m.group("st"), None, b.doc.year) if m else None
        if m and units and all(k == "organization" for _, k, _ in units) and prog:
            role = "lead" if m.group("lead") else "responsible"
            cands.append({"actors": [Actor(n, k, role, p) for n, k, p in units], "task": m.group("w"),
                          "st": m.group("st"), "spans": [(c.start + m.start("u"), c.end)]})
        elif cands and find_progress(c.text):  # …,目前仅完成30%: more on the work before
            cands[-1]["st"] += "," + c.text
            cands[-1]["spans"].append((c.start, c.end))
    return cands


def _asked_due(b, text: str) -> Optional[Deadline]:
    """The date the units are asked to meet after the status (…进展滞后,请以上单位…确保6月底前完成)."""
    m = DIRECTIVE_RX.search(text)
    from ..deadlines import find_deadlines
    fd = [f for f in find_deadlines(text[m.start():], b.doc) if f.date] if m else []
    return Deadline(fd[0].text, fd[0].date, fd[0].precision) if fd else None


def _unit_name(u: str) -> str:
    return re.sub(r"^(?:其中|如|例如|比如|由)+", "", u).rstrip("等")


def _meeting(b) -> str:
    """``常务会议`` where the report counts a meeting's decided matters."""
    m = re.search(r"([\u4e00-\u9fff]{2})会议确定", b.t[:2000])
    return m.group(1) + "会议" if m else ""


# ---- a unit's overdue matters ---------------------------------------------------
#: 县甲局有三件群众来信分别超期20天、9天未办理 / 乙公司有2件投诉逾期未回复
#: 乙区有2项(甲工程、乙工程)推进缓慢: the works named in brackets
_UNIT_HAS = lazy(r"^(?:截至[^,。;]{0,12}[,,])?(?:其中|另外|此外)?[,,::]?(?P<u>[\u4e00-\u9fff]{2,20}?)有(?P<n>\d+|[一二三四五六七八九十两]+)(?:(?P<unit>件|项|个|条)|(?=[((]))"
                       r"(?:(?P<noun>[\u4e00-\u9fff]{2,8}?)|[((](?P<works>[^()()。;]{2,80})[))])(?=分别|均|都|已|未|超期|逾期|超时|推进|进展|进度|滞后)(?:分别|均|都)?"
                       r"(?P<st>[^。;]{0,30}?(?:超期|逾期|超时|未办理|未办结|未回复|未答复|未整改|未完成|滞后|缓慢|较慢)[^。;]*)")
#: a county, district or town reporting its own items: 乙区, 丙县, 丁镇
_PLACE_UNIT = lazy(r"^[\u4e00-\u9fff]{1,6}(?:区|县|市|镇|乡|街道)$")


def _unit_counts(b, para: Span, sent: Span) -> Optional[list[CommitmentRecord]]:
    """``县甲局有三件群众来信分别超期20天、9天未办理`` → the unit is responsible
    for handling them (target 3 件), behind."""
    m = _UNIT_HAS.match(sent.text) if "有" in sent.text else None
    if not m:
        return None
    items = parse_list(m.group("u"))
    if not items and m.group("works") and _PLACE_UNIT.match(m.group("u")):
        items = [(m.group("u"), "organization", None)]
    if not items or any(k != "organization" for _, k, _ in items):
        return None
    from ..segment import cn_int
    n = int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n"))
    if not n:
        return None
    prog = Progress("behind", None, report_as_of(b, para.text), m.group("st")[:60])
    actors = [Actor(x, k, "responsible", p) for x, k, p in items]
    span = [(sent.start + m.start("u"), sent.start + m.end())]
    if m.group("works"):  # 乙区有2项(甲工程、乙工程)推进缓慢: the works, as one
        works = [w.strip() for w in re.split(r"[、,,]", m.group("works")) if w.strip()]
        task = works[0] if len(works) == 1 else works[0] + "和" + works[1] if len(works) == 2 else works[0] + "等项目"
        rec = record(b, task, span, actors=actors, projects=works, progress=prog)
        b.out.append(rec)
        return [rec]
    verb = re.search(r"未(办理|办结|回复|答复|整改|完成)", m.group("st"))
    task = (verb.group(1) if verb else "办理") + m.group("noun")
    rec = record(b, task, span, actors=actors,
                 targets=[Target(m.group("noun"), "=", float(n), m.group("unit"), m.group(0)[m.start("n") - m.start():m.end("noun") - m.start()])],
                 progress=prog)
    b.out.append(rec)
    return [rec]


#: 1.市规划局:督字〔2013〕14号(X)、督字〔2013〕21号(Y),分别逾期12天、7天: a unit's overdue matters by their numbers (rx31)
_UNIT_REFS = lazy(r"\s*(?:" + ENUM + r")?\s*(?P<u>[\u4e00-\u9fff]{2,20}?)[::](?P<refs>[^。;;::]{0,200}?号[^。;;::]{0,200}?)"
                  r"[,,](?:分别|均|都)?(?P<st>(?:逾期|超期|超时)[^。;;]*)")
#: a matter's number: 督字〔2013〕14号 / 〔2013〕21号 / 第5号
_REF = lazy(r"〔(?:19|20)\d\d〕\d+号|\[(?:19|20)\d\d\]\d+号")
#: what a supervision office hands out: 督办件 / 督办事项 / 交办件
_HANDED = lazy(r"督办件|督办事项|督办单|交办件|交办事项|督查件")


def _unit_refs(b, para: Span, sent: Span) -> Optional[int]:
    """``1.市规划局:督字〔2013〕14号(…)、督字〔2013〕21号(…),分别逾期12天、7天`` in a notice on late replies → the
    unit is responsible for its matters (target: how many), behind (rx31); where reading resumes in ``para``
    (the unit's colon may end a sentence of its own)."""
    at = sent.start - para.start
    m = _UNIT_REFS.match(para.text, at) if "号" in para.text[at:at + 200] else None
    items = parse_list(m.group("u")) if m else None
    n = len(_REF.findall(m.group("refs"))) if m else 0
    if not items or not n or any(k != "organization" for _, k, _ in items):
        return None
    noun = _HANDED.search(b.t)
    noun = noun.group() if noun else "督办事项"
    task = noun + ("办理反馈" if "反馈" in b.t[:600] else "办理")
    b.out.append(record(b, task, [(para.start + m.start("u"), para.start + m.end())],
                        actors=[Actor(x, k, "responsible", p) for x, k, p in items],
                        targets=[Target(noun, "=", float(n), "件", f"{n}件")],
                        progress=Progress("behind", None, report_as_of(b, para.text), m.group("st")[:60])))
    return m.end()


# ---- follow-up --------------------------------------------------------------------
def _follow_up(b, para: Span, sent: Span) -> Optional[list[CommitmentRecord]]:
    """``区督查室将盯住尚未办结的事项开展“回头看”`` → the office's commitment (``将对X,进行Y``: X and Y)."""
    m = _FOLLOW.match(sent.text) if "将" in sent.text else None
    if not m:
        return None
    items = parse_list(m.group("u"))
    if not items or any(k != "organization" for _, k, _ in items):
        return None
    rest = m.group("rest")
    parts = re.split(r"[,,]", rest)
    task = _ADVERB_OFF.sub("", parts[0])
    task = (done_to(task, parts[1]) if len(parts) > 1 else "") or task  # 将对X,进行重点督查 → X重点督查
    task = task_text(task) or task
    actors = [Actor(n, k, "responsible", p) for n, k, p in items]
    rec = record(b, task, [(sent.start + m.start("u"), sent.end)], actors=actors)
    b.out.append(rec)
    return [rec]


# ---- a list under a status heading ----------------------------------------------


def _listed(b, para: Span) -> bool:
    """A line that only lists works or units under a heading giving their
    status (``一、已完成的事项`` / ``城南污水厂改造工程、东湖公园二期项目。``): one
    commitment per work; units (``三、未按要求报送材料的单位`` / ``东坪乡、西岭镇。``)
    are responsible for what the heading says they failed to do, as one."""
    if not (b.report and b.hint and b.hint_text):
        return False
    text = para.text.rstrip("。;; ")
    if re.search(r"[,,:。;]", text) or len(text) > 120:
        return False
    names = [n.strip() for n in re.sub(r"等(?:[\d一二三四五六七八九十]+个)?(?:单位|项目|工程)?$", "", text).split("、")]
    units = [parse_list(n) for n in names]
    if all(u and len(u) == 1 and u[0][1] == "organization" for u in units) \
            and re.search(r"单位|部门|乡镇|镇街|街道|县区|县市区|地方", b.hint_text):  # (not a signature)
        b.out.append(_listed_units(b, para, text, units))
        return True
    if not all(4 <= len(n) <= 30 and WORK_END_RX.search(n) for n in names):
        return False
    from ..projects import find_projects
    pos = 0
    for n in names:
        k = text.find(n, pos)
        pos = k + len(n)
        s = para.start + k
        b.out.append(record(b, n, [(s, s + len(n))], projects=find_projects("推进" + n),
                            progress=Progress(b.hint, None, b.as_of, b.hint_text)))
    return True


def _listed_units(b, para: Span, text: str, units: list) -> CommitmentRecord:
    """``三、未按要求报送材料的单位`` over ``东坪乡、西岭镇。``: the units, responsible
    for what the heading says they failed to do (报送材料), with the heading's status."""
    head = re.sub(r"^(?:" + CN_NO + r"|" + BRACKET_NO + r"|\d+[.、])", "", b.hint_text)
    task = re.sub(r"^(?:(?:逾期|超期)?(?:未按(?:要求|时限|规定|时|期)?|尚未|未|没有))|的?(?:单位|部门|乡镇)(?:\(\d+个\))?[::]?$", "", head)
    prog = Progress(b.hint, None, b.as_of, b.hint_text)
    return record(b, task or head, [(para.start, para.start + len(text))],
                  actors=[Actor(u[0][0], "organization", "responsible", None) for u in units], progress=prog)


#: a paragraph opening with a status label over the items after it:
#: ``滞后项目:一是甲工程(第三项)正在招标;二是…`` / ``进度缓慢的事项:…``
_STATUS_LABEL = lazy(r"^(?P<l>[\u4e00-\u9fff]{0,8}(?:滞后|缓慢|较慢|未达序时|未启动|未开工|红灯|黄灯)[\u4e00-\u9fff]{0,3}(?:项目|事项|任务|工作))[::]")
#: an item named with its unit in brackets: 区人民医院外科大楼(区卫健局),主体施工缓慢 (rx27)
_WORK_UNIT = lazy(r"(?P<w>[^,,;;。()()]{3,40}?)[((](?P<u>[^()()]{2,16})[))][,,]?")
_ITEM_LEAD = lazy(r"^(?:" + IS_NO + r"|" + ENUM + r")")


def _labelled_items(b, para: Span) -> bool:
    """Items under a status label, one commitment each: ``滞后项目:一是城南学校
    扩建工程(第三项)正在办理施工许可;二是东湖公园二期(第五项)尚未开工。`` →
    城南学校扩建工程 behind, 东湖公园二期 not_started (its own words decide)."""
    from ..progress import section_status
    m = _STATUS_LABEL.match(para.text) if re.search(r"滞后|慢|未|灯", para.text[:16]) else None
    if not m:
        return False
    pieces = _status_pieces(para, m.end())
    if len(pieces) < 2 and not (pieces and _unit_bracket(para.text[m.end():].strip())):
        return False  # (one item naming its unit: 未启动事项:X项目(县城管局),…; rx27)
    for t, s, e in pieces:
        b.out.append(_status_item(b, para, t, (s, e), section_status(m.group("l"))))
    return True


def _status_pieces(para: Span, at: int) -> list[tuple[str, int, int]]:
    """The items after a status label: ``(text, start, end)`` of each opened by 一是 / 1. or naming its unit in brackets
    (A(区卫健局),…;B(…),…: rx27)."""
    pieces, pos = [], at
    for piece in re.split(r"(?<=[;;。])", para.text[at:]):
        t = piece.strip().rstrip(";;。")
        lead = _ITEM_LEAD.match(t)
        k = lead.end() if lead else (0 if _unit_bracket(t) else None)
        if k is not None and t:
            start = para.start + pos + piece.find(t)
            pieces.append((t[k:], start + k, start + len(t)))
        pos += len(piece)
    return pieces


def _status_item(b, para: Span, t: str, span: tuple[int, int], hint: str) -> CommitmentRecord:
    """One item under a status label: its work (and unit), its own status where it is behind or not started, else the label's."""
    from ..projects import find_projects
    w = re.match(r"(?P<w>[^,,;。]{2,40}?)[((]第[一二三四五六七八九十百\d]+(?:项|件)[))]", t) \
        or _unit_bracket(t) or re.match(r"(?P<w>[^,,;。()()]{2,40}?)(?:[,,]|(?=正在|已|尚未|未|预计|目前))", t)
    work = (w.group("w") if w else t[:30]).strip()
    unit = parse_item(w.group("u")) if w and "u" in w.groupdict() else None
    own = find_progress(t[w.end():] if w else t, None, b.doc.year)
    st = own.status if own and own.status in ("behind", "not_started") else hint
    return record(b, work, [span], projects=find_projects("推进" + work), actors=[Actor(unit[0], unit[1], "responsible")] if unit else [],
                  progress=Progress(st, own.percent if own else None, report_as_of(b, para.text), t[:80]))


def _unit_bracket(t: str) -> Optional[re.Match]:
    """``区人民医院外科大楼(区卫健局),…``: the work and the unit in its brackets, where they name one."""
    m = _WORK_UNIT.match(t)
    unit = parse_item(m.group("u")) if m else None
    return m if unit and unit[1] == "organization" else None


#: where a numbered task's progress starts: ``。上半年,引进项目3个`` / ``。1-9月,…`` / ``。截至9月底,…``
_REPORTED = lazy(r"(?<=。)(?:上半年|前三季度|今年以来|年初以来|(?:1|一)\s*[-—~至]\s*\d{1,2}月(?:份)?|截至[^,,。]{0,12}|截止[^,,。]{0,12}|目前)[,,]")


def _task_item(b, paras: list[Span], i: int) -> bool:
    """A numbered task of a work report with what was done since: ``2.新建5G基站
    800个,建成充电桩200个。上半年,新建5G基站460个,建成充电桩90个。`` → one
    commitment (the task, its targets), the sentences after the time its progress,
    not commitments of their own."""
    para = paras[i]
    if not ("0" <= para.text[:1] <= "9"):
        return False
    m = _REPORTED.search(para.text)
    if not m or not re.match(r"^\d+[.、.]", para.text):
        return False
    head = Span(para.text[:m.start()], para.start, para.start + m.start())
    tail = para.text[m.start():]
    from ..targets import find_targets
    if DIRECTIVE_RX.search(head.text) or find_actors(head.text).actors:
        return False  # an assignment: the prose rules
    found = [t for c in clauses(head.text, 0) for t in find_targets(c.text)]
    if not found:
        return False
    prog = find_progress(tail, None, b.doc.year)
    if prog is None and re.search(r"(?:已|累计)?(?:完成|新建|建成|引进|开工|培育|新增|认定|实施)[^,;。]{0,20}?\d", tail):
        prog = Progress("on_track", None, None, tail[:80])
    if prog is None:
        return False
    prog = Progress(prog.status, prog.percent, report_as_of(b, tail), tail[:80])
    first = re.split(r"[;;。]", re.sub(r"^\d+[.、.]\s*", "", head.text))[0]
    task = task_text(re.split(r"[,,]", first)[0]) or first
    task = re.sub(r"(?:总数)?(?:不少于|不低于|达到?|超过|突破)?\d+(?:\.\d+)?[万亿]?(?:个|家|项|件|座|所|套|户|人|公里|亩|元)(?:以上)?$", "", task) or task
    body = head.text.rstrip()
    b.out.append(record(b, task, [(para.start, para.start + len(body))], targets=found, progress=prog))
    return True


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A paragraph of a report with an aggregate count, per-unit items, a
    follow-up of the office or status clauses; None otherwise.  The runs of
    other sentences go to the prose rules, in their place."""
    if not in_report(b):
        return None
    para = paras[i]
    if _labelled_or_table(paras, i):
        return None  # labelled items and tables are read by their own rules
    if _listed(b, para) or _labelled_items(b, para) or _task_item(b, paras, i):
        return i + 1
    if _LEAD_ONLY.search(para.text) and not _FIGURE.search(para.text):
        return i + 1  # (今年以来,X统筹推进…。现将上半年工作情况报告如下: the report's lead, no work of its own; rx49)
    n0 = len(b.out)
    marks, pending = _read_sentences(b, para)
    if not marks:
        return None  # nothing of ours: the prose rules read the paragraph
    listed = len(b.out) - n0 >= 2 and (re.search(r"分别(?:为|是)[::]", para.text)
                                      or sum(1 for r in b.out[n0:] if r.projects) >= 2)  # 即,A项目,已开工;…B工程,… (rx17)
    listed = listed or (len(b.out) > n0 and bool(_LAG_LIST.search(para.text) or _UNIT_REFS.match(para.text)))  # 2.X指挥部:…未达序时进度2项为:A、B (rx23)
    if ITEM_RX.match(para.text) and (not listed or _TITLED_ITEM.match(para.text)) and report_item(b, para) is not None:
        del b.out[n0:]  # (一)X项目。已完成投资…: a report item, read by its rule
        return None  # ((二)超进度的有3项。分别为:A,完成进度为90%;B,…: the works listed are ours)
    marks.append((len(b.out), pending))
    splice_prose(b, marks)
    return i + 1


#: a paragraph ending on what it leads to (…情况通报如下:) and a figure of a work's size or share
_LEAD_ONLY = lazy(r"(?:" + REPORT_VERBS + r"|公示)如下[::。]?\s*$")
_FIGURE = lazy(r"\d+(?:\.\d+)?\s*(?:%|%|个|项|件|亿|万|公里|米|户|亩|所|座)")


#: an item whose first sentence is the one work it is about: 3、X至Y高速公路建设项目。… (the works it lists are its parts)
_TITLED_ITEM = lazy(r"^\s*" + WORK_TITLE_ITEM)


#: the opening of news of progress: a time the works are reported at and what was done by
#: then (截至5月底,全县12项重点工程有序推进 / 上半年,…已基本完工 / 1-8月,…完成; rx18)
_NEWS_OF = lazy(r"(?:(?:截至|截止到?)(?:目前|今年)?(?:(?:19|20)\d\d年)?\d{1,2}月(?:底|末|\d{1,2}日)?|上半年|"
                      r"(?:1|一)\s*[-—~至到]\s*\d{1,2}月(?:份)?|前[三四五六七八九十]个?月|今年以来)"
                      r"[^。;;]{0,60}?(?:进展|推进|已(?:经)?(?:基本|全部|全面)?(?:完成|开工|完工|建成|竣工))")
#: a look back over years past, not news of this year's works (去年, 过去五年, 近年来, 三年来)
_LOOK_BACK = lazy(r"去年|过去|近[一两三四五几]?年来|[一两二三四五六七八九十]年来|以来的|\d{4}年以来")


def news_of_progress(b) -> bool:
    """News of progress (not a report by its title): the opening tells what was done
    by a time of this year and looks back over no years past (rx18)."""
    v = b.__dict__.get("_news_of")
    if v is None:
        head = b.t[:600]
        m = _NEWS_OF.search(head)
        v = b.__dict__["_news_of"] = bool(m) and not _LOOK_BACK.search(head[:m.end()])
    return v


def news_status(b, paras: list[Span], i: int) -> Optional[int]:
    """In news of progress (:func:`news_of_progress`; not a report, whose reader reads its status
    clauses), the status clauses of ``paras[i]`` (``上半年,甲工程已基本完工,乙项目已建成投用``);
    the rest to the prose rules.  No paragraph that looks back (rx18)."""
    if in_report(b) or not news_of_progress(b):
        return None
    para = paras[i]
    if _labelled_or_table(paras, i) or _LOOK_BACK.search(para.text):
        return None
    marks, pending = _read_sentences(b, para, spanning=(), shapes=(_work_status_clauses,))
    if not marks:
        return None
    marks.append((len(b.out), pending))
    splice_prose(b, marks)
    return i + 1


#: what a work's name holds (a status clause of news on anything else is read no further)
_WORKISH = lazy(r"工程|项目|建设|改造|整治|提升|中心|学校|医院|公园|小区|设施|[路桥馆园站厂]")


def _work_status_clauses(b, para: Span, sent: Span) -> bool:
    """:func:`_status_clauses` kept only where each names a work (``较好地完成了各项任务``: none; rx18)."""
    n0 = len(b.out)
    if not _status_clauses(b, para, sent):
        return False
    if all(_WORKISH.search(r.task) for r in b.out[n0:]):
        return True
    del b.out[n0:]
    return False


def _labelled_or_table(paras: list[Span], i: int) -> bool:
    """A short line, a labelled line (or one before a labelled line), a table row."""
    text = paras[i].text
    return len(text) < 8 or bool(LABEL.search(text)) or bool(re.search(r"\t|\||  ", text)) \
        or (i + 1 < len(paras) and bool(LABEL.match(paras[i + 1].text)))


def _shares(b, para: Span, sent: Span):
    """``3个社区食堂建设已完成2个(67%),…,这2项力争10月底前全部建成``: :func:`.tallies.share_sentence` (rx12)."""
    from .tallies import share_sentence
    return share_sentence(b, para, sent)


def _tally(b, para: Span, sent: Span):
    """``共发现问题16处,已整改9处`` / ``20项民生实事中,已完成12项``: :func:`.tallies.tally_sentence` (rx12)."""
    from .tallies import tally_sentence
    return tally_sentence(b, para, sent)


def _done_items(b, para: Span, sent: Span):
    """``其中3项已完成,分别是:A(第一项)、B(第三项)``: :func:`.tallies.done_items` (rx12)."""
    from .tallies import done_items
    return done_items(b, para, sent)


def _problems(b, para: Span, sent: Span):
    """``反馈了3个方面21个问题``: :func:`.tallies.problem_count` (rx12)."""
    from .tallies import problem_count
    return problem_count(b, para, sent)


def _against(b, para: Span, sent: Span):
    """``已新增X86户(全年目标任务为70户)``: :func:`.tallies.against_target` (rx12)."""
    from .tallies import against_target
    return against_target(b, para, sent)


def _status_clauses(b, para: Span, sent: Span) -> bool:
    """``甲项目、乙工程等项目已提前完成``: :func:`.progress_report.status_clauses`."""
    from .progress_report import status_clauses
    return status_clauses(b, para, sent)


#: a count of a status: 已完成整改问题98个 / 正在整改38个 / 未启动7个 / 已办结8件 (rx29)
_STATUS_PART = lazy(r"(?P<s>已(?:经)?(?:完成|整改|办结|销号|落实)|正在(?:整改|推进|办理)|(?:尚)?未(?:启动|完成|整改|办结)|部分整改)[^\d,,;;。]{0,8}?(?P<n>\d+)(?P<u>个|项|件|条)")


def _parts_of_set(b, para: Span, sent: Span) -> Optional[int]:
    """截至4月30日,已完成整改问题98个,占68.5%;正在整改38个;未启动7个: counts by status that add up to a set
    counted before (共反馈问题143个) are its progress, no record of their own; the end of what was read (rx29)."""
    rel = sent.start - para.start
    end = para.text.find("。", rel)
    end = len(para.text) if end < 0 else end + 1
    text = para.text[rel:end]
    parts = list(_STATUS_PART.finditer(text))
    if len(parts) < 2:
        return None
    total = sum(int(m.group("n")) for m in parts)
    idx = next((k for k in range(len(b.out) - 1, -1, -1) if b.out[k].targets and b.out[k].progress is None
                and b.out[k].targets[0].value == total and b.out[k].targets[0].unit == parts[0].group("u")), None)
    if idx is None:
        return None
    done = sum(int(m.group("n")) for m in parts if m.group("s").startswith("已"))
    pct = re.search(r"占[^,;。]{0,8}?(\d+(?:\.\d+)?)%", text)
    old = b.out[idx]
    s0, e0 = sent.start, para.start + end
    ev = old.evidence + (Evidence(b.orig[s0:e0], s0, e0),)
    b.out[idx] = replace(old, progress=Progress("done" if done >= total else "on_track", float(pct.group(1)) if pct else None,
                                                b.as_of, text.strip()[:60]), evidence=ev, text=" ".join(e.text for e in ev))
    return end


#: the shapes that may read more than the sentence at hand; each returns the
#: offset in the paragraph where reading goes on, or None
def _set_parts(b, para: Span, sent: Span) -> Optional[int]:
    """其中,市本级32个项目开复工28个,开复工率为87.5%;东湖区11个项目…: :func:`.place_parts.set_parts` (rx42)."""
    from .place_parts import set_parts
    return set_parts(b, para, sent)


_SPANNING = (
    _set_parts,  # 其中,市本级32个项目开复工28个,…;东湖区11个项目开复工8个,…: one per part (rx42)
    _unit_refs,  # 1.市规划局:督字〔2013〕14号(…),逾期12天: a unit's overdue matters by number (rx31)
    _parts_of_set,  # 已完成整改问题98个;正在整改38个;未启动7个: the parts of a set counted before (rx29)
    _unit_items,  # 由县甲局负责的第2件、县乙局负责的第7、9件确定事项进展滞后
    _breakdown,  # 已完成的有3项,占30%;正常推进的有4项;…
    _lag_list,  # 其中,进度偏慢的3项分别是:A、B、C
)
#: the shapes of one sentence, tried in order; each returns what it read or nothing
#: a statistic of the economy and its growth, no work's progress: 全社会固定资产投资完成236.1亿元,增长31.2% (rx38)
_STATISTIC = lazy(r"^[^。;;]{0,30}?(?:完成|实现|达到)?\d+(?:\.\d+)?[万亿]?元[,,](?:同比|比上年)?(?:增长|下降)\d+(?:\.\d+)?%[。;;]?$")


def _statistic(b, para: Span, sent: Span) -> bool:
    """A sentence of the economy's figures and their growth (not a share of a plan): read, nothing recorded."""
    return bool(_STATISTIC.match(sent.text.strip())) and not re.search(r"占|计划|目标|任务|序时", sent.text)


_SENTENCE_SHAPES = (_statistic, _share_of_set, _shares, _done_items, _aggregates, _tally, _problems, _against, _invest_share, _follow_up, _unit_counts, _unit_works, _status_clauses)


def _read_sentences(b, para: Span, spanning=_SPANNING, shapes=_SENTENCE_SHAPES) -> tuple[list, list[Span]]:
    """Each sentence of ``para`` read by the first shape that fits: ``(marks, the last run
    of sentences none read)``, a mark being ``(where in b.out, the prose run before it)``."""
    marks: list[tuple[int, list[Span]]] = []
    pending: list[Span] = []
    resume = 0
    for sent in sentences(para):
        if sent.start - para.start < resume:
            continue
        n_before = len(b.out)
        end = next((e for e in (shape(b, para, sent) for shape in spanning) if e is not None), None)
        if end is not None:
            resume = end
        elif not any(shape(b, para, sent) for shape in shapes):
            pending.append(sent)
            continue
        marks.append((n_before, pending))
        pending = []
    return marks, pending


def read_part(b, para: Span, s: int, e: int) -> None:
    """The prose rules' records of the part ``s``–``e`` of ``para`` (offsets in it), where it has any text: what a reader
    leaves around the list it reads (session 55)."""
    if b.t[para.start + s:para.start + e].strip():
        b.out.extend(b._paragraph(Span(b.t[para.start + s:para.start + e], para.start + s, para.start + e)))


def sentence_records(b, para: Span, make, split=sentences) -> bool:
    """Append the record (or the list of records) ``make(b, sentence)`` gives for each sentence of
    ``para`` that has any (``split`` its sentences); the other sentences go to the prose rules, each where
    it stood.  False (nothing appended, nothing read) when no sentence has a record."""
    n0 = len(b.out)
    marks: list[tuple[int, list[Span]]] = []
    pending: list[Span] = []
    for sent in split(para):
        recs = make(b, sent)
        if not recs:
            pending.append(sent)
            continue
        marks.append((len(b.out), pending))
        pending = []
        b.out.extend(recs if isinstance(recs, list) else [recs])
    if len(b.out) == n0:
        return False
    marks.append((len(b.out), pending))
    splice_prose(b, marks)
    return True


def splice_prose(b, marks: list) -> None:
    """Read the runs of sentences a reader left to the prose rules, each where it stood:
    ``marks`` holds ``(len(b.out) when the run ended, the run's sentences)``."""
    for n_before, run in reversed(marks):
        if run:
            s, e = run[0].start, run[-1].end
            b.out[n_before:n_before] = b._paragraph(Span(b.t[s:e], s, e))
