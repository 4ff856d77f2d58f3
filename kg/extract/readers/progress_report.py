"""Progress reports (进展情况, 进度通报, 推进情况, 完成情况): status-only sentences
and item lines, the progress of the work they name.

* status clauses: ``甲项目、乙工程等项目已提前完成;丙中心基本完工,丁院区取得施工许可``
  → one commitment per clause, its works as projects (done / on_track / behind);
  ``东坪乡、西岭镇等逾期未报送台账`` → the units are responsible, behind;
* item lines of a list of 民生实事: ``新建城乡公厕120座(2021—2023年)。上半年已建成46座,
  占总计划的38.3%。`` → task, target 120 座, deadline the end of the period,
  progress on_track 38.3%.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from dataclasses import dataclass, replace
from typing import Optional

from kg.model import Actor, Deadline, Progress, Target

from ..actors import bare_place, find_actors, parse_list
from ..deadlines import find_deadlines
from ..fields import LABEL
from ..items import report_item
from ..naming import task_text, tidy_task
from ..progress import find_progress
from ..segment import Span, clauses, sentences
from ..targets import find_targets
from ..vocab import CN_NO, ENUM, GENERAL_WORK_RX, IS_NO, ITEM_NO, ITEM_RX, PLANNED_RX, WORK_END_RX
from .counts import amounts
from .supervision import PACE_LAG, in_report, record, report_as_of, sentence_records

#: where a status predicate starts: 已…, 均未达序时, 有序推进, 基本完工, 取得…批复, 开诊运行
_CUE = lazy(r"(?:均|都|也|仍)?(?:逾期|超期)?(?:已经?|正在|尚未|仍未|未|基本|全部|提前)|有序推进|稳步推进|顺利推进|加快推进|推进|完成|取得|实现|"
                  r"开诊|开工|开复工|复工|完工|竣工|建成|投产|通过|进度|进展|滞后|主体(?:结构)?(?:工程)?(?:已经?|基本)?(?:封闭|封顶|完工|竣工)")  # (开复工, rx43)
#: a stage reached that is no completion: 取得…批复, 完成设计招标, 实现主体结构封顶, 推进装修, 原则同意
#: (建成厂房2栋, 主体封顶: a part built, the work goes on; rx17)
_STAGE = lazy(r"^(?:已经?|正在|基本|提前)|取得|完成|实现|推进|封顶|封闭|招标|批复|进场|选址|同意|核准|开工|开复工|复工|"
                    r"^建成[\u4e00-\u9fff]{1,8}?\d+(?:栋|座|个|条|间|套|台|公里|米|平方米)")
#: subjects that name no work: 部分项目, 各项目标任务, 大多数责任单位, 其他项目
_NOT_SUBJECT = lazy(r"^请|^应[于在当]|^(?:相关|有关|各)?(?:责任|牵头|承办|主办|配合)单位$|^(?:已|正在|尚|未|为|作为|此次|本次|在|按照|根据|经过|通过|各|部分|个别|其他|其它|其余|有|大多数|多数|少数|一些|全部|所有|总体|整体|上述|这些?|那些?|如今|现在|该|本|我|全[市区县]|"
                          r"加快|加强|强化|推动|做好|抓好|切实|确保|力争|要|今年|当前|目前)|[对把将被要的了就从按经]|(?:提速|加速|加快|全面|持续|累计|合计|总计|影响)$|^受|^(?:但|而|仍|还)|有(?:\d+|[一二三四五六七八九十两]+)(?:项|个|件)$|^\d+(?:个|项|件)(?:项目|事项|工程)$|主持|召开|听取|研究|\d+月|\d+日|年底|年内|[前后底内]$|^.{0,1}$|^\d+(?:\.\d+)?[\u4e00-\u9fff]?$")
_LEAD = lazy(r"^(?:其中[::]?|目前|同时|此外|另外|截至目前|分别(?:为|是)[::]|" + IS_NO + r"|" + ENUM + r")[,,]?")
_TIME = lazy(r"^(?:上半年|今年以来|年初以来|\d{1,2}-\d{1,2}月(?:份)?|前三季度|截至\d{1,2}月(?:\d{1,2}日)?(?:底)?)[,,]?")
#: a predicate that names a report, not a status: 完成情况通报, 基本情况, 推进落实情况的报告
_NOT_PRED = lazy(r"(?:情况|报告|通报|问题|汇报)[”\"』」]*$|有(?:\d+|[一二三四五六七八九十两]+)(?:项|个|件)[。]?$|^推进(?:中)?的|^推进(?:大)?会|"
                       r"^取得(?:了)?[\u4e00-\u9fff]{0,6}(?:进展|成效|成绩|突破|效果|成果)|"  # 工作取得新进展新成效: a claim
                       r"^完成(?:情况|率)[^\d%,。;]{0,6}?(?:较好|良好|不错|再创新高|创新高|明显提升|有所提高)")  # 完成率再创新高: an appraisal (rx10)
#: a clause that is only a percent done, for the work named by the clause before it:
#: ``新建社区食堂12个,完成进度为75%`` / ``城东水厂扩建,完成年度目标的60%``
_BARE_PCT = lazy(r"^(?:完成进度|形象进度|进度|完成率|完成(?:年度|全年)[\u4e00-\u9fff]{0,4}?的?)(?:为|达到?|了)?\d+(?:\.\d+)?%[。;;]?$")
#: what does not name a work before a bare percent: 截至7月底, 其余项目, 总体
_NOT_WORK = lazy(r"影响$|原因$|^(?:受|由于|因|各|部分|个别|其他|其它|其余|全部|所有|总体|整体|目前|截至|截止|今年|上半年|全[市区县省]|\d{1,2}月)|[::]")
_LIST_END = lazy(r"(?:等(?:[\d一二三四五六七八九十两]+个)?(?:[\u4e00-\u9fff]{0,4}(?:项目|工程|单位|事项|工作))?)?(?:均|都|也)?$")


def _work_before(t: str) -> bool:
    """A clause that can name the work a bare percent after it is for (全县完成造林2万亩,
    完成年度任务的110%: the place's own figure, rx17)."""
    t = re.sub(r"^(?:全[市区县镇乡]|我[市区县镇乡])(?=完成)", "", t)
    return 4 <= len(t) <= 40 and not _NOT_WORK.search(t) and (
        t.startswith("完成") or not (PLANNED_RX.search(t) or _CUE.match(t)))


_OPEN_BRACKET = lazy(r"[((][^))]*$")
_LIGHT = lazy(r"^(?:其中)?[,,]?(?:红|黄|绿|橙)(?:灯|色)")


def _subject(text: str) -> Optional[list[str]]:
    """The works (or units) a status clause opens with, or None."""
    s = _LIST_END.sub("", re.sub(r"(?:总体|整体|目前|当前|现在)$", "", text.strip()))  # 续建项目总体进展顺利 / X工程目前正在…
    if not s or _NOT_SUBJECT.search(s.lstrip("“")) or _OPEN_BRACKET.search(s) or _LIGHT.match(s):  # (“如今,这条路…)
        return None  # 黄灯(略有(滞后)5项): a class of a tally cut inside its bracket, no work (rx25)
    names = [x.strip() for x in re.split(r"、(?![\dA-Za-z]+[##号])", s)]  # (实训楼1#、2#楼: one work, rx50)
    if not all((3 <= len(n) <= 30 or len(n) == 2 and parse_list(n)) and not _NOT_SUBJECT.search(n) for n in names):
        return None
    return names


#: a start still ahead: 已完成招标,即将开工建设 (the work not started; rx18)
_ABOUT_TO_START = lazy(r"即将(?:开工|动工|启动|开建)")


#: a bare verb of a work done, the whole predicate of a status clause: 完成 / 正式开通 / 投入运营 (rx50; 建成通车 is
#: :data:`~kg.extract.vocab.DONE_RX`'s)
_BARE_DONE = lazy(r"(?:全部|全面|顺利|正式)?(?:完成|建成投用|建成投运|建成开放|建成运行|建成使用|通车|开通|开通运营|投入使用|投入运营)[。;;]?")


def _status(pred: str, year: Optional[int]) -> Optional[Progress]:
    if _ABOUT_TO_START.search(pred):
        return Progress("not_started", None, None, pred)
    p = find_progress(pred, None, year)
    if p is not None:
        return p
    if _BARE_DONE.fullmatch(pred):
        return Progress("done", None, None, pred)  # 沉淀池盖板安装完成: the step done, not a stage on the way; 建成通车
    if _STAGE.search(pred):
        return Progress("on_track", None, None, pred)
    return None


def _whole(para: Span, sent: Span) -> str:
    """The sentence up to its full stop: ``…补齐短板;创新方法,…强力推进。`` is one directive."""
    s = para.text.rfind("。", 0, sent.start - para.start) + 1
    e = para.text.find("。", sent.end - para.start - 1)
    return para.text[s:e + 1 if e >= 0 else len(para.text)]


#: a work's milestone planned for a month ahead of the report: 甲厂项目11月份投产 / 乙路工程计划12月底竣工 (rx17)
_PLANNED = lazy(r"^(?P<w>[^,,;;。]{4,40}?)(?:计划|预计|拟|力争|争取)?(?:于|在)?(?:(?:19|20)\d\d年)?(?P<m>\d{1,2}月(?:份|底|末|中旬|下旬|上旬)?)(?:前)?"
                      r"(?:[\u4e00-\u9fff]{0,8}?)(?:正式)?(?P<v>投产|上线|竣工|完工|开工|建成|投用|投入使用|通车|开业|交付)(?:建设|运营|使用)?$")
#: a clause with no subject of its own that plans the work before: ,计划12月底竣工 / ,预计下月开工
_PLAN_AFTER = lazy(r"^(?:计划|预计|拟|力争|争取)(?:于|在)?(?:(?:19|20)\d\d年)?\d{1,2}月(?:份|底|末|中旬|下旬|上旬)?(?:前)?(?:正式)?"
                         r"(?:投产|上线|竣工|完工|开工|建成|投用|投入使用|通车|开业|交付)(?:建设|运营|使用)?$")


def _ahead(b, para_text: str, when: str) -> Optional[Deadline]:
    """The deadline of a month named, when it falls after the report's date (else it is past: no plan)."""
    fd = [f for f in find_deadlines(when, b.doc) if f.date]
    if not fd:
        return None
    as_of = report_as_of(b, para_text) or b.doc.iso
    if as_of and fd[0].date <= as_of:
        return None
    return Deadline(fd[0].text, fd[0].date, fd[0].precision)


@dataclass
class _Candidate:
    """A status clause: the works (or units) it opens with, its predicate and status,
    its evidence, the subject as written, and targets (of a bare percent's work)."""
    names: list
    pred: str
    status: Optional[Progress]
    spans: list
    subject: str
    targets: list | tuple = ()
    deadline: Optional[Deadline] = None


#: a clause with no subject of its own, on the work before: X正在进行招标,难以在承诺时限内完工
_UNABLE = lazy(r"^(?:难以|无法|不能|未能|恐难)")


def _status_candidates(b, sent: Span) -> list[_Candidate]:
    """The status clauses of a sentence: works (or units) and their status; a bare
    percent for the work of the clause before it (``新建社区食堂12个,完成进度为75%``);
    what follows a status clause without a subject of its own adds to it."""
    cands: list[_Candidate] = []
    for part in re.split(r"(?<=;)", sent.text):
        off = sent.start + sent.text.find(part)
        prev = None  # the clause before, when it was read as nothing
        for c in clauses(part, off):
            prev = _status_clause_read(b, sent, cands, prev, c)
    return cands


def _status_clause_read(b, sent: Span, cands: list, prev: Optional[tuple], c) -> Optional[tuple]:
    """Read clause ``c`` of a status sentence into ``cands``: a candidate of its own, a plan or more on the one
    before; the clause as ``prev`` (text, start) where it was read as nothing, else None."""
    text = _TIME.sub("", _LEAD.sub("", c.text))
    skip = len(c.text) - len(text)
    if cands and _REST_OF.match(text.strip()):  # …,茶叶基地已种植150亩,剩余50亩明年春季完成: the same work's rest (rx28)
        cands[-1].spans.append((c.start, c.end))
        cands[-1].pred += "," + text
        return None
    cand = None if (cands and _UNABLE.match(text)) else _clause_cand(b, sent, cands, prev, c, text, skip)
    if cand:
        cands.append(cand)
    elif cands and _PLAN_AFTER.match(text.strip(",,。;; ")) and cands[-1].deadline is None:
        cands[-1].deadline = _ahead(b, sent.text, text)  # 甲项目,已经开工,计划12月底竣工 (rx17)
        cands[-1].spans.append((c.start, c.end))
    elif cands and _status(text, b.doc.year):  # more on the clause before
        cands[-1].spans.append((c.start, c.end))
        cands[-1].pred += "," + text
        if (_UNABLE.match(text) or PACE_LAG.search(text)) and _status(text, b.doc.year).status == "behind" \
                or _ABOUT_TO_START.search(text):
            cands[-1].status = _status(text, b.doc.year)  # …,难以按期完成 / …,低于序时进度 (rx17): behind; …,即将开工 (rx18)
    else:
        t = text.strip(",,。;; ")
        return (t, c.start + skip + text.find(t))
    return None


def _clause_cand(b, sent: Span, cands: list, prev: Optional[tuple], c, text: str, skip: int) -> Optional[_Candidate]:
    """The candidate clause ``c`` (``text``, after ``skip`` characters of lead) is of its own: a status after the work
    named before, a status clause, a bare percent, a milestone planned, a deed counted so far; else None."""
    return (_status_after_work(b, text, prev, c.end) if prev else None) \
        or _status_clause(b, text, c.start + skip, c.end, bool(cands)) \
        or (_bare_percent(b, text, prev, c.end) if prev else None) or _planned(b, sent, text, c.start + skip, c.end) \
        or (_counted_deed(b, text, c.start + skip, c.end) if _closes_told(b, sent, c) else None)


#: the rest of the work of the clause before: 剩余50亩… / 其余3个…
_REST_OF = lazy(r"^(?:剩余|其余|余下|尚余|还剩)(?:的)?(?:\d|[一二三四五六七八九十两]|部分)")


#: a status opening a clause, the work after it: 有序推进X项目 / 稳步推进Y建设 (rx18)
_GOING = lazy(r"(?:有序|稳步|顺利)推进(?=[\u4e00-\u9fff\dxX])")


#: a clause urging a work on: 力促项目加快推进 / 督促各单位加快推进
_URGED = lazy(r"^(?:力促|促使|督促|敦促|推动|力争|争取)")


def _status_clause(b, text: str, start: int, end: int, after_status: bool) -> Optional[_Candidate]:
    """``甲项目、乙工程等项目已提前完成``: works (or units) then a status; among status
    clauses also ``加快推进X选址`` (the work after the cue)."""
    if _URGED.match(text):
        return None  # 力促项目加快推进: what is urged, no status (rx23)
    m = next((m for m in _CUE.finditer(text) if m.start() > 0), None)
    first = _CUE.match(text)
    names = None
    pred = ""
    if first and re.match(r"加快推进|推进", text) and after_status:
        names, pred = [text[first.end():]], first.group()
        if not _subject(names[0]):
            names = None
    elif first and _GOING.match(text) and WORK_END_RX.search(text):  # 有序推进X项目: the work on track (rx18)
        names, pred = _subject(text[first.end():]), first.group()
    elif m:
        names, pred = _subject(_PLAN_LEAD.sub("", text[:m.start()])), text[m.start():]  # (总投资2亿元的甲工程已…: rx17)
    status = _status(pred, b.doc.year) if names and not _NOT_PRED.search(pred) else None
    if not (names and status):
        return None
    return _Candidate(names, pred, status, [(start, end)], text[:m.start()] if m else "")


#: a deed counted so far, the whole clause: 新增养老床位300张 / 完成适龄妇女“两癌”筛查1.2万人 / 新建污水管网25公里 (rx50)
_DEED_COUNT = lazy(r"^(?:累计|共)?(?P<v>完成|新增|新建|建成|改造|培训|发放|安装|铺设|种植|栽植|救助|资助|招聘|开发|采购|投放|筛查|提供)"
                   r"(?P<w>[\u4e00-\u9fff“”()()]{2,20}?)(?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:个|张|人次|人|公里|米|户|套|所|座|处|家|辆|台|亩|吨|场|次|条))"
                   r"[。;;]?$")


def _closes_told(b, sent: Span, c) -> bool:
    """Clause ``c`` closes its sentence, and the sentence tells what is done: no term ahead, nothing planned or asked
    (秋季开学前建成X,新增学位900个 is a plan, not a count so far)."""
    return c.end >= sent.start + len(sent.text.rstrip("。;; ")) and not PLANNED_RX.search(sent.text) \
        and not any(f.date and b.doc.iso and f.date > b.doc.iso for f in find_deadlines(sent.text, b.doc))


def _counted_deed(b, text: str, start: int, end: int) -> Optional[_Candidate]:
    """Among a report's status clauses, a deed counted so far with no word of status (新增养老床位300张): the work the
    verb names, under way as of the report (rx50)."""
    m = _DEED_COUNT.match(text.strip())
    if not m or GENERAL_WORK_RX.search(m.group("w")):
        return None
    work = (m.group("v") if m.group("v") in ("新增", "新建", "改造") else "") + re.sub(r"[“”]", "", m.group("w"))
    return _Candidate([work], text.strip(), Progress("on_track", None, None, text.strip()[:60]), [(start, end)], "")


_BARE_QTY = lazy(r"(?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:个|件|项|套|所|口|人|公里|户|座|条|处|家|辆|吨|亩|张|台|间))$")


def _bare_percent(b, text: str, prev: tuple[str, int], end: int) -> Optional[_Candidate]:
    """``新建社区食堂12个,完成进度为75%``: a bare percent for the work the clause
    before names (its count the target)."""
    if not (_BARE_PCT.match(text) and _work_before(prev[0])):
        return None
    ptext, pstart = prev
    # (全县完成造林2万亩,完成年度任务的110%: the amount is what is done, no target; rx17 —
    # not 完成X改造8公里,完成进度为85%, where the amount is the work's plan)
    done_amount = bool(re.match(r"^(?:全[市区县镇乡]|我[市区县镇乡])?完成", ptext)) and text.startswith(("完成年度", "完成全年"))
    work = re.sub(r"^(?:全[市区县镇乡]|我[市区县镇乡])?(?:完成|实现|共)(?=[\u4e00-\u9fff]{%d})" % (2 if done_amount else 4), "", ptext)
    qty = _BARE_QTY.search(work)
    tg = [Target(work[:qty.start()], "=", float(qty.group("n")), qty.group("u"), qty.group(0))] if qty and not done_amount else []
    return _Candidate([work[:qty.start()] if qty else work], text, find_progress(text, None, b.doc.year),
                      [(pstart, end)], ptext, tg)


def _status_after_work(b, text: str, prev: tuple[str, int], end: int) -> Optional[_Candidate]:
    """``总投资2亿元的南湖公园项目,已开工`` / ``…的北区电站工程,立项已获批``: a clause
    naming only a work, then its status in a clause without a subject (rx17)."""
    ptext, pstart = prev
    work = _PLAN_LEAD.sub("", re.sub(r"^(?:即|如|一是|二是|三是)[,,::]?", "", ptext))
    if not _WORK_ONLY.search(work):
        return None
    names = _subject(work)
    t = text.strip(",,。;; ")
    if not names or len(names) > 1:
        return None
    if _PREP_DONE.match(t):
        status = Progress("on_track", None, None, t)  # a stage of the preparation, not the work
    elif _CUE.match(t) and not re.match(r"推进|加快推进|完成", t):
        status = _status(t, b.doc.year)
    else:
        return None
    if status is None:
        return None
    return _Candidate(names, t, status, [(pstart + ptext.find(work), end)], work)


def _planned(b, sent: Span, text: str, start: int, end: int) -> Optional[_Candidate]:
    """``甲厂项目11月份正式投产`` in a report of September: the work and its milestone
    ahead, a deadline and no status (rx17)."""
    m = _PLANNED.match(text.strip(",,。;; "))
    if not m:
        return None
    names = _subject(_PLAN_LEAD.sub("", m.group("w")))
    due = _ahead(b, sent.text, m.group("m"))
    if not names or len(names) > 1 or due is None or not re.search(r"项目|工程|中心|园|厂|线|路|馆|院|校", names[0]):
        return None
    return _Candidate(names, text, None, [(start, end)], m.group("w"), (), due)


#: a work's plan for a month, no directive: ,计划12月底竣工 (rx17)
_PLAN_CLAUSE = lazy(r"(?<=[,,;;])(?:计划|预计)(?:于|在)?(?:(?:19|20)\d\d年)?\d{1,2}月[^,,;;。]{0,12}")
#: a start told as part of a status, no directive: 已完成招标,即将开工建设 (rx18)
_TOLD_PLAN = lazy(r"即将(?=开工|动工|建成|完工|竣工|投用|投入使用|启动|开业)"
                        # the plan set against what was done: 原计划举办培训30期,目前已举办41期 /
                        # 计划完成路基土方12%,实际完成15% (rx19)
                        r"|(?:原)?计划(?=[^;;。]{0,40}?(?:实际|已经?)(?:完成|开展|实现|建成))")
#: a stage of a work's preparation told done, for the work of the clause before: 立项已获批 (rx17)
_PREP_DONE = lazy(r"^(?:项目)?(?:可研|可行性研究|立项|环评|初步设计|施工图设计|规划设计|用地手续|前期手续)[\u4e00-\u9fff]{0,4}?已(?:经)?(?:完成|批复|获批|取得)")
#: a clause naming only a work: 总投资2亿元的南湖公园项目 / 即,甲工程 (rx17)
_WORK_ONLY = lazy(r"(?:项目|工程)$")
#: (总投资2亿元的南湖公园项目: the figure before the work is no part of its name)
_PLAN_LEAD = lazy(r"^(?:总投资|投资)\d+(?:\.\d+)?(?:亿元|万元)的")


#: a report's figures by class of work: 从分类看, / 分行业看, / 按类别看,
_BY_CLASS = lazy(r"^(?:从|按)?(?:分类|类别|分类别|行业|分行业|领域|分领域|投资主体)(?:来|上)?看[,,:]")


def status_clauses(b, para: Span, sent: Span) -> bool:
    """Status clauses of a sentence of a report: each clause opening with
    works (or units) and giving their status is a commitment; clauses after
    one without a subject of their own (``,9月28日移交使用,目前已开诊``) add to it.
    True when the sentence is read so (its records appended to ``b.out``)."""
    if _BY_CLASS.match(sent.text.strip()):
        return True  # 从分类看,产业类项目完成投资10.2亿元,…: the whole's figures by class, no work of its own (rx31)
    cands = _status_candidates(b, sent)
    if _work_line(b, para, sent) and sum(1 for c in cands if any(WORK_END_RX.search(n) for n in c.names)) < 2:
        return False  # X工程进度滞后。该项目由区住建局负责…: the prose rules read a work's line (not A滞后,B尚未开工, rx50)
    whole = _whole(para, sent)
    if PLANNED_RX.search(_TOLD_PLAN.sub("", _PLAN_CLAUSE.sub("", whole))) or ("。" not in para.text and len(para.text) <= 60):
        return False  # a directive, or a title line
    if not cands or any(find_actors(c.text).actors for c in clauses(whole, 0)):
        return False  # none, or an assignment (X由A牵头,…11月底前完成)
    n_before = len(b.out)
    for cd in cands:
        rec = _status_record(b, para, cd)
        if rec is not None:
            b.out.append(rec)
    return len(b.out) > n_before


def _work_line(b, para: Span, sent: Span) -> bool:
    """In a report, a work's own line (``X工程进度滞后。该项目由区住建局负责…``)."""
    from ..commitments import _WORK
    from ..naming import THAT
    rest = para.text[sent.end - para.start:].lstrip()
    return bool(b.report and ((_WORK.match(sent.text) and find_progress(sent.text) is not None and "等" not in sent.text
                               and not _GOING.match(sent.text))  # (有序推进X项目,…: a status clause, rx18)
                              or THAT.match(rest) or rest.startswith("项目由")))


#: a document adopted: 《X》已经区人代会审议通过 / 已经区政府同意
_ADOPTED = lazy(r"^已经?[^,,。;;]{0,30}?(?:审议通过|讨论通过|审定|同意|批准)$")


def _adopted(names: list, pred: str) -> bool:
    """《政府工作报告》已经…会议审议通过: the adoption of the document a notice sends, background."""
    return bool(_ADOPTED.match(pred)) and all(n.startswith("《") for n in names)


def _with_share(status: Progress, pred: str, year: Optional[int]) -> Progress:
    """The status of a status clause going on, with the share its later clauses tell where its first told none:
    X县完成造林5120亩,占任务的103.5% (done at 103.5, not on track); a work told done keeps its status."""
    if status.percent is not None or status.status != "on_track" or "," not in pred and "," not in pred:
        return status
    told = find_progress(pred, None, year)
    return told if told and told.percent is not None and told.status in ("on_track", "done") else status


def _share_of_plan(pred: str) -> Optional[float]:
    """The share of the year's plan a status clause tells after a stage done (X项目,目前已完成投资1.2亿元,
    占年度计划的40%), else None (rx25)."""
    m = _SHARE_OF_PLAN.search(pred)
    return float(m.group("p")) if m else None


_SHARE_OF_PLAN = lazy(r"(?:占|为|完成)(?:年度|全年|年)(?:投资)?(?:计划|目标|任务)(?:投资)?的?(?P<p>\d+(?:\.\d+)?)%")


def _status_record(b, para: Span, cd: _Candidate):
    """The commitment of a status clause: units at fault (东坪乡、西岭镇等逾期未报送台账),
    else the works named (甲项目、乙工程等项目已提前完成); None for a place or unit
    telling what it did."""
    names, pred = cd.names, cd.pred
    units = [parse_list(n) for n in names]
    if cd.status is None:  # a milestone ahead (rx17)
        return record(b, names[0], cd.spans, projects=names, deadline=cd.deadline)
    status = _with_share(cd.status, pred, b.doc.year)
    prog = Progress(status.status, status.percent if status.percent is not None else _share_of_plan(cd.pred),
                    report_as_of(b, para.text), pred[:80])
    if _units_at_fault(units, cd):
        return _at_fault(b, cd, units, prog)
    done_by = _places_doing(cd)
    if done_by:  # 东平县完成造林面积5120亩,占任务的103.5%: the county did the work, it is no work's name
        return record(b, done_by[1], cd.spans, actors=[Actor(n, "organization", "responsible", None) for n in names],
                      progress=prog, targets=cd.targets, deadline=cd.deadline)
    if _unit_telling(units, cd) or _place_counting(cd) or _adopted(names, pred) or any(GENERAL_WORK_RX.search(n) for n in names):
        return None
    if len(names) == 1 and (_PUT_OFF.match(names[0]) or names[0].startswith("实际")):
        return _named_before(b, para, cd, prog, "behind" if _PUT_OFF.match(names[0]) else prog.status)
    if any(_STATUS_NAME.match(n) for n in names):
        return None  # 逾期未完成7项: a count of matters by status, no work (rx37)
    return record(b, _works_task(names), cd.spans, projects=names, progress=prog, targets=cd.targets, deadline=cd.deadline)


def _at_fault(b, cd: _Candidate, units: list, prog: Progress):
    """The record of units at fault (东坪乡、西岭镇等逾期未报送台账): what they failed to do, their status."""
    task = re.sub(r"^(?:均|都|仍|也)?(?:逾期|超期)?(?:未按(?:要求|时限|规定|时)?|尚未|未|没有)", "", cd.pred)
    if _LAG_ONLY.fullmatch(task):  # A镇、B乡完成率偏低,需加快进度: what they are asked, else to catch up (rx42)
        end = b.t.find("。", cd.spans[-1][1])
        asked = _ASKED_AFTER.search(b.t, cd.spans[-1][1], end if end > 0 else len(b.t))
        task = asked.group("t") if asked else "加快进度"
    actors = [Actor(u[0][0], "organization", "responsible", None) for u in units]
    return record(b, task, cd.spans, actors=actors, progress=prog)


def _works_task(names: list) -> str:
    """The task of a status clause's works: the one (its plan's words off: “X项目”计划…,实际…, rx19), the two, or the
    first and 等项目."""
    if len(names) == 1:
        return re.sub(r"(?<=[”\u4e00-\u9fff])(?:原|[一二三四]季度|年内)*计划(?:[一二三四]季度|年内|上半年|下半年|\d{1,2}月(?:底|份)?)?$", "", names[0]) or names[0]
    return names[0] + "和" + names[1] if len(names) == 2 else names[0] + "等项目"


#: a term put off, read as if it named a work: 延期至明年 / 推迟到下半年 (rx44)
_PUT_OFF = lazy(r"^(?:延期|推迟|顺延|延后|延至|推至)")
def _named_before(b, para: Span, cd: _Candidate, prog: Progress, status: str):
    """The work the sentence's first clause names, where the status clause opens with no work of its own: 新建X3个,因选址
    调整,延期至明年完成 (its term put off: behind) / 新增X5000个,实际完成5600个,完成全年目标的112% (what was done
    against it); None where the sentence names no work before it (rx44)."""
    start = max(para.text.rfind(c, 0, cd.spans[0][0] - para.start) for c in "。;;") + 1
    head = re.sub(r"^\s*(?:" + ITEM_NO + r")\s*", "", para.text[start:cd.spans[0][0] - para.start])
    work = tidy_task(task_text(re.split(r"[,,]", head)[0])) if head.strip() else ""
    if len(work) < 4:
        return None
    at = para.start + start + (len(para.text[start:]) - len(para.text[start:].lstrip()))
    told = para.text[start:cd.spans[-1][1] - para.start]
    return record(b, work, [(at, cd.spans[-1][1])], targets=find_targets(head),
                  progress=Progress(status, prog.percent, prog.as_of, told.strip()[:80]))


#: a status of lagging only, no work named: 完成率低,进度缓慢 / 排名靠后 (rx42)
_LAG_ONLY = lazy(r"(?:[,,、]?(?:完成)?率?(?:较|偏)?低|[,,、]?(?:进度|进展|推进)?(?:相对|明显)?(?:滞后|缓慢|较慢)|[,,、]?排名靠后)+")
#: what units lagging are asked next, in the rest of their sentence: ,需加快进度 / ,要迎头赶上 (rx42)
_ASKED_AFTER = lazy(r"(?:需|需要|要|必须|务必)(?:进一步)?(?P<t>[^,,。;;]{2,16})")


#: a status word where a work's name would be: 逾期未(完成7项) / 正在(推进28项)
_STATUS_NAME = lazy(r"^(?:逾期|超期|已|正在|尚未|未|按时|序时|滞后)")


def _units_at_fault(units: list, cd: _Candidate) -> bool:
    """``东坪乡、西岭镇等逾期未报送台账``: units behind on what they are to do (not
    ``甲中心、乙中心等26个项目滞后``, works that lag)."""
    return all(u and len(u) == 1 and u[0][1] == "organization" for u in units) \
        and cd.status.status in ("behind", "not_started") \
        and not re.fullmatch(r"(?:均|都|仍|也)?(?:进展|进度|推进)?(?:相对|明显)?(?:滞后|缓慢|较慢)", cd.pred)


def _unit_telling(units: list, cd: _Candidate) -> bool:
    """``甲市已连续四年组织…``: a place or unit telling what it did, no work."""
    return all(u for u in units) and find_progress(cd.pred) is None \
        and all(re.search(r"(?:市|县|区|省|州|镇|乡|街道|局|委|办|部|厅|政府)$", n) for n in cd.names)


#: the work a place did, its amount after it: 完成造林面积5120亩 → 造林
_PLACE_DID = lazy(r"^(?:已经?|累计|共)?(?:完成|建成|新建|改造|新增|实施)(?P<w>[\u4e00-\u9fff]{2,16}?)(?:面积|任务|工程量)?(?:\d|[,,]|$)")


def _places_doing(cd: _Candidate) -> Optional[tuple[list, str]]:
    """``(places, task)`` where the status clause names one place (no work) and tells the work it did (东平县造林),
    else None."""
    if not all(bare_place(n) for n in cd.names):
        return None
    m = _PLACE_DID.match(cd.pred)
    return (cd.names, cd.names[0] + tidy_task(m.group("w"))) if m and len(cd.names) == 1 else None


def _place_counting(cd: _Candidate) -> bool:
    """``甲市已提前完成16项实事``: a place counting what it did, the counts are read elsewhere."""
    return all(re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:市|县|区|省|州|镇|乡|街道)", n) for n in cd.names) \
        and bool(re.search(r"\d+(?:项|件|个)", cd.pred))


# ---- item lines ------------------------------------------------------------------
_PERIOD = lazy(r"[((](?P<p>(?:19|20)\d\d\s*[—–\-~至到]\s*(?:19|20)?\d\d年|(?:19|20)\d\d年(?:底)?(?:前)?)[))]")
_QTY = lazy(r"(?P<n>\d+(?:\.\d+)?)(?P<u>(?:万|亿)?(?:个|件|项|套|所|口|人|公里|户|座|条|处|家|辆|吨|亩|张|台|间|元))")
_ACHIEVED = lazy(r"(?:已|实际|累计)?(?:完成|开工|完工|建成|解决|惠及|改造|新增|安置)[^,;。]{0,10}?\d")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """An item line of a progress report: a short title naming the task (a
    count, a period in brackets) as its first sentence, then its progress."""
    if not in_report(b):
        return None
    para = paras[i]
    sents = _titled(para)
    if sents is None:
        return None
    title = sents[0].text
    period = _PERIOD.search(title)
    qty = _QTY.search(title)
    if not _names_a_task(title, period, qty):
        return None
    if ITEM_RX.match(para.text) and report_item(b, para) is not None:
        return None  # a numbered item: its own rule
    at = sents[1].start - para.start
    stop = _status_end(para.text, at)
    prog = _item_progress(b, para.text[at:stop])
    if prog is None:
        return None
    name, targets = _item_task(title, period, qty)
    b.out.append(record(b, name, [(sents[0].start, sents[0].end)], targets=targets,
                        deadline=_period_deadline(b, period), progress=_by_parts(prog, para.text[at:stop])))
    k = len(b.out) - 1
    listed = _projects_listed(b, para, sents[1])
    if prog.status == "done" and any(p.status != "done" for p in listed):  # (the set is as far as its projects)
        b.out[k] = replace(b.out[k], progress=Progress("on_track", None, prog.as_of, prog.text))
    if not listed and stop < len(para.text.rstrip()):
        _read_rest(b, Span(para.text[stop:], para.start + stop, para.end))
    return i + 1


def _status_end(text: str, at: int) -> int:
    """Where the sentences of status after a set's title end: each full stop, while the next sentence tells progress
    too and names no unit's works of its own (…负责的A、B均已办结: the report's next shape), rx29."""
    end = at
    while end < len(text):
        stop = text.find("。", end)
        stop = len(text) if stop < 0 else stop + 1
        sent = text[end:stop]
        if end > at and ("负责的" in sent or find_progress(sent) is None):
            break
        end = stop
    return end


#: counts by status after a set: 已办结9件 / 正在办理10件 / 未启动2件 (rx29)
_BY_STATUS = lazy(r"(?:已(?:经)?(?:完成|办结|整改|销号)|正在(?:办理|推进|整改|实施)|(?:尚)?未(?:启动|完成|办结)|滞后)[^\d,,;;。]{0,6}?\d+(?:个|项|件|条)")


def _by_parts(prog: Progress, text: str) -> Progress:
    """A set whose counts by status show some done and some under way is on_track, whatever status is told last (rx29)."""
    parts = _BY_STATUS.findall(text)
    if len(parts) >= 2 and prog.status in ("not_started", "behind") and any(p.startswith(("已", "正在")) for p in parts):
        return replace(prog, status="on_track")
    return prog


def _read_rest(b, rest: Span) -> None:
    """The sentences after a set's status: a report's sentence shapes, else the prose rules (rx29)."""
    from . import supervision
    if supervision.read(b, [rest], 0) is None:
        b.out.extend(b._paragraph(rest))


#: the projects of a counted set listed after 其中 (其中,支持X40部项目,36部完成备案;新增Y300个项目,已完成设计;…)
_LISTED_PROJECT = lazy(r"(?:^|(?<=[;;]))\s*(?:其中[,,::])?(?P<w>[^,,;;。:]{4,40}?项目)[,,](?P<s>[^;;。]{2,120})")


def _projects_listed(b, para: Span, after: Span) -> list[Progress]:
    """After a counted set's title (一是建设类项目5个。), the projects it lists after 其中, each with its status:
    one commitment each, its amount the target, its status the progress (rx22)."""
    at = after.start - para.start
    rest = para.text[at:]
    if not re.match(r"其中[,,::]", rest):
        return []
    found = [(m, _work_amounts(re.sub(r"项目$", "", m.group("w").strip()))) for m in _LISTED_PROJECT.finditer(rest)]
    found = [(m, ts, _listed_status(b, m.group("s"), ts)) for m, ts in found]
    found = [(m, ts, p) for m, ts, p in found if p is not None]
    if len(found) < 2:
        return []
    for m, ts, prog in found:
        work = re.sub(r"项目$", "", m.group("w").strip())
        name = re.sub(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:个|部|所|座|条|处|套|户|家|公里|千米|米|亩|台|辆|张|间|栋)$", "", work)
        s0 = para.start + at + m.start("w")
        b.out.append(record(b, name if len(name) >= 4 else work, [(s0, para.start + at + m.end("s"))],
                            targets=ts, progress=prog))
    return [p for _, _, p in found]


#: work told done or under way on a listed project: 36部完成社区备案 / 已全部挂网招标 / 在建24部 / 完成12.5公里建设
_UNDER_WAY = lazy(r"已|完成|完工|在建|开工|施工|招标|备案|建成")


#: a step before the work itself, told done: 设计已完成 / 已全部挂网招标 / 完成备案 (the project is under way)
_FIRST_STEP = lazy(r"设计|招标|备案|审批|立项|前期|选址|方案")


def _listed_status(b, told: str, ts: list) -> Optional[Progress]:
    """The status a listed project's clauses tell: what :func:`find_progress` reads, else on track where work is
    told done or under way on it; done only where no part is counted short of its amount (8部已投用 of 30) and
    what is told done is no step before the work (场地装修设计已完成)."""
    p = find_progress(told, b.as_of, b.doc.year)
    if p is None and _UNDER_WAY.search(told):
        p = Progress("on_track", None, b.as_of, told[:60])
    if p is not None and p.status == "done" and (_FIRST_STEP.search(told) or _short_of(told, ts)):
        p = Progress("on_track", p.percent, p.as_of, p.text)
    return p


def _short_of(told: str, ts: list) -> bool:
    """Whether ``told`` counts fewer of the project's unit than its amount (22部 of 30部)."""
    for t in ts:
        for n in re.findall(r"(\d+(?:\.\d+)?)" + re.escape(t.unit or "~"), told):
            if float(n) < t.value:
                return True
    return False


def _work_amounts(work: str) -> list[Target]:
    """The amount a listed project names: 支持既有住宅增设电梯40部 → (增设电梯 40 部) / 新增300个普惠性托位."""
    return find_targets(work) or amounts(work)


def _titled(para: Span) -> Optional[list[Span]]:
    """The sentences of a paragraph that opens with a short title (``新建城乡公厕120座(2021—2023年)。``:
    no comma, no labels, no section number) and goes on after it; else None."""
    if "。" not in para.text[:46] or LABEL.search(para.text):
        return None
    sents = list(sentences(para))
    if len(sents) < 2:
        return None
    title = sents[0].text
    if len(title) > 45 or not title.endswith("。") or re.search(r"[,,;:]", title) \
            or re.match(r"^(?:" + CN_NO + r"|[((][一二三四五六七八九十]+[))])", title):
        return None
    return sents


def _names_a_task(title: str, period, qty) -> bool:
    """A title with a count or a period that is no directive, names no actor, gives
    no status and does not open with the time reported on (上半年, 截至…)."""
    return bool(period or qty) and not (
        PLANNED_RX.search(title) or find_actors(title).actors or find_progress(title) is not None
        or re.match(r"^(?:上半年|今年|目前|截至|全年|\d{1,2}-\d{1,2}月)", title) or _TOLD.search(title))


#: a title that tells what was done, not a task: 督查室近期对全县45个重点项目进行了专项督查 (rx27)
_TOLD = lazy(r"(?:进行|开展|组织)了|对[^。]{2,30}(?:进行|开展)(?:了)?(?:专项|全面|集中)?(?:督查|督导|检查|调研|暗访|评估)")


def _item_progress(b, rest: str) -> Optional[Progress]:
    """The progress the sentences after the title give (``上半年已建成46座,占总计划的38.3%``),
    as of the date they name; a count achieved alone is on_track."""
    prog = find_progress(rest, None, b.doc.year)
    if prog is None and _ACHIEVED.search(rest):
        prog = Progress("on_track", None, None, rest[:80])
    if prog is None:
        return None
    return Progress(prog.status, prog.percent, report_as_of(b, rest), prog.text)


def _item_task(title: str, period, qty) -> tuple[str, list[Target]]:
    """The title without its period and count (``城乡公厕``), and the count as the target (120 座)."""
    name = title.rstrip("。")
    if period:
        name = name[:period.start()] + name[period.end():]
    targets = []
    if qty:
        metric = name[qty.end():].strip() or name[:qty.start()].strip()
        targets.append(Target(metric, "=", float(qty.group("n")), qty.group("u"), qty.group(0)))
        name = (name[:qty.start()] + name[qty.end():]).strip()
    name = re.sub(r"^(?:完成|解决|新建|建成|实现|实施|新增|改造)(?=[\u4e00-\u9fff]{4})", "", name)
    # 列入本次督查通报的量化指标任务共55项: the set, not where it is listed nor the word that counts it (rx24)
    name = re.sub(r"^(?:列入|纳入)本次[\u4e00-\u9fff]{0,8}?的(?=[\u4e00-\u9fff]{4})|(?<=[\u4e00-\u9fff]{4})(?:共计|合计|总计|共)$", "", name)
    return name, targets


def _period_deadline(b, period) -> Optional[Deadline]:
    """The end of the period in brackets: ``(2021—2023年)`` → the end of 2023."""
    if not period:
        return None
    found = [d for d in find_deadlines(period.group("p"), b.doc) if d.date]
    if not found:
        return None
    d = found[-1]
    return Deadline(period.group("p"), d.date, d.precision)


# ---- a target divided among units -------------------------------------------------
#: 任务已分解到单位,具体是: / 分解到各乡镇,分别为:
_ALLOT = lazy(r"(?:划分|分解|分配|下达|落实|细化)到[^,。;:]{0,8}(?:[,,]?(?:具体(?:是|为|如下)|分别(?:是|为)|其中)|(?P<term>[,,][^。;::]{2,24}?))[::]")  # (分解到镇(街道),6月20日前全部完成签约:, rx39)
#: the shares of a count told after it by 其中, the clause before it naming the work and its term:
#: 19口山塘由所在村负责,4月底前完成整治,其中A村6口、B村5口 (rx39)
_AMONG = lazy(r"[,,;;](?P<term>[^。;;,,::]{2,30}?)[,,;;]其中[::]?(?=[\u4e00-\u9fff]{2,14}?\d)")
_SHARE = lazy(r"^(?P<u>[\u4e00-\u9fff]{2,14}?)(?:完成|负责|承担)?(?P<n>\d+(?:\.\d+)?)(?P<unit>万?(?:套|户|亩|人)|个|公里|所|座|间|家|处|条|口|万元|亿元)"
              r"(?:[((][^()()]{1,24}[))])?$")  # (文昌街道完成76户(其中沿江社区39户), rx39)
#: the term and the work told before a list of shares: 6月20日前全部完成签约 → 签约
_TERM_WORK = lazy(r"(?:前|内|底)(?:全部|全面|基本)?(?:完成)?(?P<w>[\u4e00-\u9fff]{2,8})$")
_WORK_OF = lazy(r"([\u4e00-\u9fff]{2,12}?(?:建设|改造|工程|整治|搬迁))(?:目标|任务)")
#: 预计5月启动项目建设: not begun yet
_EXPECTED_START = lazy(r"预计[^,;。]{0,8}(?:启动|动工|开工|开始)")


def _share_progress(b, text: str) -> Optional[Progress]:
    """A unit's progress in a report of shares: 已建成40户,另20户已开工 → on_track;
    预计5月启动 (nothing done yet) → not_started; 已全部建成 → done."""
    if not text:
        return None
    p = find_progress(text, None, b.doc.year)
    if _EXPECTED_START.search(text) and "已" not in text and (p is None or p.status != "behind"):
        status = "not_started"
    elif p is not None:
        status = p.status
        if status == "done" and re.search(r"其余|另|预计|正在|开工|除", text):
            status = "on_track"  # 已建成5个,其余13个预计5月动工: part of it
    elif re.search(r"已|完成", text):
        status = "on_track"
    else:
        return None
    return Progress(status, p.percent if p else None, report_as_of(b, text), text[:80])


def allocation(b, paras: list[Span], i: int) -> Optional[int]:
    """A target divided among units, each unit's progress after it:
    ``总任务数为1200套,已分解到单位,具体是:甲局300套,乙局500套,其中:新建200套,改建300套,
    丙镇公租房400套。`` / ``目前,甲局已建成120套,乙局预计6月开工,…`` → one commitment per
    share (the unit responsible, its count the target, its progress from the
    paragraph after)."""
    para = paras[i]
    allot = _ALLOT.search(para.text)
    m = allot or _AMONG.search(para.text)
    if not m:
        return None
    end = para.text.find("。", m.end())
    end = len(para.text) if end < 0 else end
    shares = _shares(para, m.end(), end)
    if shares is None or len(shares) < 2 or (not allot and not _shared_out(b, m, shares)):
        return None
    work, deadline = _allotted_work(b, para.text[:m.start()], m.group("term"))
    # what comes before the list is read by the prose rules (总任务数为1200套)
    head = para.text[:m.start()].rstrip(",, ")
    if head:
        b.out.extend(b._paragraph(Span(head, para.start, para.start + len(head))))
    # each share's progress: the clauses of the next paragraph that name it
    report = _shares_report(paras, i)
    cuts = sorted((report.find(sh.name), sh.name) for sh in shares if report.find(sh.name) >= 0)
    used = False
    for sh in shares:
        text, lead_actor, found = _share_report(report, cuts, sh.name)
        used = used or found
        b.out.append(_share_record(b, sh, work, text, lead_actor, deadline))
    rest = para.text[end + 1:].strip()
    if rest:
        s = para.start + end + 1 + (len(para.text[end + 1:]) - len(para.text[end + 1:].lstrip()))
        b.out.extend(b._paragraph(Span(b.t[s:para.end], s, para.end)))
    return i + 2 if used else i + 1


def _shared_out(b, m: re.Match, shares: list) -> bool:
    """其中A村6口、B村5口 after a work due by a term (4月底前完成整治): each share a unit's to do, not parts of the
    count (其中新建200套) nor a status told by unit (已完成整改24个,其中东城街道10个; rx39)."""
    return all(sh.org for sh in shares) and any(d.date for d in find_deadlines(m.group("term"), b.doc)) \
        and not re.match(r"(?:已|未|尚未|共|累计)", m.group("term"))


def _allotted_work(b, before: str, term: Optional[str]) -> tuple[str, Optional[Deadline]]:
    """The work a divided target is of (住房建设任务 → 住房建设), else the one its term names after 分解到…
    (6月20日前全部完成签约 → 签约, rx39); the term's date the shares' deadline."""
    work = _WORK_OF.search(before)
    work = re.sub(r"^.*[省市县区镇乡]", "", work.group(1)) if work else ""
    term = term.strip(",, ") if term else ""
    dated = [d for d in find_deadlines(term, b.doc) if d.date] if term else []
    if term and not work:
        told = _TERM_WORK.search(term)
        work = told.group("w") if told else ""
    return work, (Deadline(dated[0].text, dated[0].date, dated[0].precision) if dated else None)


@dataclass
class _Share:
    """One unit's share of a divided target (``甲局300套``), its offsets in the
    text and its targets (with its parts: ``其中:新建200套,改建300套``)."""
    name: str
    org: bool
    start: int
    end: int
    targets: list


def _shares(para: Span, list_start: int, end: int) -> Optional[list[_Share]]:
    """The shares listed in ``para.text[list_start:end]`` (``甲局300套,乙局500套``), or
    None when a piece is no share; after ``其中:`` the pieces that name no unit
    (新建200套,改建300套) are parts of the share before."""
    items: list[_Share] = []
    pos, sub = list_start, False
    for piece in re.split(r"([,,;;、])", para.text[list_start:end]):
        if piece in ",,;;、":
            pos += len(piece)
            continue
        name = piece.strip()
        start = para.start + pos + (len(piece) - len(piece.lstrip()))
        pos += len(piece)
        lead = re.match(r"其中[::]?", name)
        if lead:
            name, start, sub = name[lead.end():], start + lead.end(), True
        s = _SHARE.match(name)
        if not s:
            return None  # not a list of shares
        unit = parse_list(s.group("u"))
        org = bool(unit) and all(k == "organization" for _, k, _ in unit)
        target = Target(s.group("u"), "=", float(s.group("n")), s.group("unit"), name)
        if items and not org and sub:  # 其中:新建200户,改建300户: parts of the share before
            items[-1].targets.append(target)
            items[-1].end = start + len(name)
            continue
        sub = False
        items.append(_Share(s.group("u"), org, start, start + len(name), [target]))
    return items


def _shares_report(paras: list[Span], i: int) -> str:
    """The paragraph after the shares, the report of their progress
    (``目前,甲局已建成120套,…``), its lead-in off; "" when the next paragraph opens a section."""
    nxt = paras[i + 1] if i + 1 < len(paras) and not re.match(CN_NO, paras[i + 1].text) else None
    return re.sub(r"^(?:目前|截至目前|截至[^,,]{0,10})[,,]?", "", nxt.text) if nxt else ""


def _share_report(report: str, cuts: list, name: str) -> tuple[str, Optional[tuple], bool]:
    """What the report says of one share, from its name up to the next share's name;
    the unit leading a share named by its work (``住建局牵头的保障房``); and
    whether the report names the share at all."""
    at = report.find(name)
    if at < 0:
        return "", None, False
    after = [c for c, _ in cuts if c > at]
    seg = report[:after[0]] if after else report
    lead_actor = None
    own = re.search(r"([\u4e00-\u9fff]{2,10}?)牵头的" + re.escape(name) + r"$", seg[max(0, at - 14):at + len(name)])
    if own and parse_list(own.group(1)):
        lead_actor = parse_list(own.group(1))[0]
        at = max(0, at - len(own.group(1)) - 3)
    return seg[at:].strip(",,;;。"), lead_actor, True


def _share_record(b, sh: _Share, work: str, text: str, lead_actor: Optional[tuple], deadline: Optional[Deadline] = None):
    """A share's commitment: the unit responsible for its count of the work (甲局 +
    保障性住房建设), or the share named by its work, with the progress reported."""
    actors = [Actor(n, k, "responsible", p) for n, k, p in (parse_list(sh.name) or [])] if sh.org else []
    if lead_actor:
        actors.append(Actor(lead_actor[0], lead_actor[1], "lead", lead_actor[2]))
    task = (sh.name + work) if sh.org else sh.name + ("建设" if work.endswith("建设") else "")
    return record(b, task, [(sh.start, sh.end)], actors=actors, targets=sh.targets,
                  progress=_share_progress(b, text), deadline=deadline)


# ---- a field's progress against the year's task ---------------------------------
#: 在廉租房建设方面,截至6月底,…占年度任务的95%: the field a sentence reports on
_ASPECT = lazy(r"^(?:(?:同时|另外|此外|其中)[,,]?)?在(?P<w>[\u4e00-\u9fff]{2,12}?)方面[,,]")
#: the share of the year's task (or plan) done
_TASK_SHARE = lazy(r"占[\u4e00-\u9fff]{0,6}?(?P<k>任务|计划|目标)(?:数)?的?\d+(?:\.\d+)?%")
#: the quota stated before the report: 市定任务为年底完成800套 / 年度任务为新建300套
_QUOTA = lazy(r"(?:指标|任务|目标)(?:数)?为(?P<when>年底|年内|全年)?(?:完成|新建|建成|改造)?(?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:平方米|套|户|个|所|座|公里|亩|人))")


def aspect_share(b, paras: list[Span], i: int) -> Optional[int]:
    """A sentence reporting a field's progress against the year's task:
    ``在棚户区改造方面,省定任务为年底完成800套,截至6月底,全市已开工520套,占任务的65%。``
    → the field is the task (棚户区改造), its quota the target (800 套), due at
    the year's end, the share done its progress (on_track 65%, as of 6月底).
    The other sentences of the paragraph go to the prose rules, in their place."""
    para = paras[i]
    if "方面" not in para.text or "%" not in para.text:
        return None
    return i + 1 if sentence_records(b, para, _aspect_record) else None


def _aspect_record(b, sent: Span):
    """The commitment of a field's progress sentence, or None: the field (在X方面) and
    the share of the task done (占任务的65%) are needed, and no directive before the
    share unless a quota is given."""
    m = _ASPECT.match(sent.text)
    share = _TASK_SHARE.search(sent.text) if m else None
    if not share or PLANNED_RX.search(sent.text[:share.start()]) and not _QUOTA.search(sent.text):
        return None
    prog = find_progress(sent.text[share.start():], None, b.doc.year)
    if prog is None or prog.percent is None:
        return None
    cut = re.search(r"截至|截止|累计|目前", sent.text)
    plan = sent.text[:cut.start()] if cut else sent.text[:share.start()]
    q = _QUOTA.search(plan)
    work = m.group("w")
    targets = [Target(work, "=", float(q.group("n")), q.group("u"), q.group(0))] if q else []
    text = sent.text[(cut.start() if cut else share.start()):share.end()]
    return record(b, work, [(sent.start, sent.end)], targets=targets, deadline=_aspect_deadline(b, share, q),
                  progress=Progress(prog.status, prog.percent, report_as_of(b, sent.text), text))


def _aspect_deadline(b, share: re.Match, q: Optional[re.Match]) -> Optional[Deadline]:
    """The year's end, for the year's task (占年度任务的95%) or a quota due then (任务为年底完成800套)."""
    if b.doc.year and (share.group("k") == "任务" and "年度" in share.group(0) or q and q.group("when")):
        return Deadline(q.group("when") if q and q.group("when") else "年度任务", f"{b.doc.year:04d}-12-31", "year")
    return None


#: a work's sentence giving its year's quota, then what is done of it: X工程年度任务800亩,已完成320亩,完成年度任务的40% /
#: X全年计划120户,目前已开工45户,仅占37.5% (rx36)
_WORK_QUOTA = lazy(r"^(?P<w>[^,,。;;::]{4,24}?)[,,]?(?P<q>(?:年度|全年|今年)(?:任务|计划|目标)(?:任务)?)(?:为|是)?[\u4e00-\u9fff]{0,6}?"
                   r"(?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:个|亩|户|套|座|公里|家|所|条|处|人|台|辆|间|项|万元|亿元|平方米))[,,](?P<rest>.+)$")


def _quota_record(b, sent: Span):
    """The commitment of a work's sentence telling its year's quota and what is done of it, or None."""
    m = _WORK_QUOTA.match(sent.text.strip())
    work = m.group("w").strip() if m else ""
    if not work or _NOT_SUBJECT.search(work) or not re.search(r"已|完成|滞后|未", m.group("rest")) \
            or re.match(r"(?:其中|已|截至|截止|累计)", work) or re.search(r"(?:完成|占|超)$|负责|牵头|配合", work):
        return None  # (其中已完工或完成年度计划的5个: a count of works by status, no work's quota)
    prog = find_progress(m.group("rest"), report_as_of(b, sent.text), b.doc.year)
    if prog is None:
        return None
    due = Deadline(m.group("q"), f"{b.doc.year:04d}-12-31", "year") if b.doc.year else None
    lead = len(sent.text) - len(sent.text.lstrip())
    counted_set = _SET_COUNT.search(work)  # 阿左旗21个,年度计划投资58.3亿元,…: the set counted, its count a target too (rx42)
    if counted_set:
        work = work[:counted_set.start()]
    share = _share_of_plan(m.group("rest"))  # (…开工率57%,…完成年计划的6.4%: the share of the year's plan, rx42)
    if share is not None:
        prog = Progress(prog.status, share, prog.as_of, prog.text)
    targets = ([Target(work, "=", float(counted_set.group(1)), counted_set.group(2), counted_set.group(0))] if counted_set else []) \
        + [Target(work, "=", float(m.group("n")), m.group("u"), m.group(0)[:40])]
    return record(b, work, [(sent.start + lead, sent.end)], targets=targets, deadline=due, progress=prog)


#: a count closing a set's name: 阿左旗21个 / 重大产业47项 (rx42)
_SET_COUNT = lazy(r"(?<=[\u4e00-\u9fff)()])(\d+)(个|项)$")



def work_quota(b, paras: list[Span], i: int) -> Optional[int]:
    """Sentences of a report each naming a work, its year's quota and what is done of it (rx36): one commitment
    each; the other sentences of the paragraph go to the prose rules, in their place."""
    para = paras[i]
    if not in_report(b) or ITEM_RX.match(para.text) or not re.search(r"(?:年度|全年|今年)(?:任务|计划|目标)", para.text):
        return None  # (a numbered item is the report item's)
    return i + 1 if sentence_records(b, para, _quota_record) else None
