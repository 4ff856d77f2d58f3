"""Meeting minutes and meeting records: 会议纪要, 常务会议, 办公会, 专题会议,
调度会, 推进会, 协调会, 联席会议.

The document's structure: a section per topic (``一、关于城南路改造的问题``,
``二、会议审议了《东湖区停车管理办法》``) and, in it, the meeting's decision
(``会议原则同意…``, ``会议同意县住建局提出的《X》,作进一步修改完善后提请县委常委会审议``)
with what is to follow (``由县住建局按程序组织实施``, ``会议要求,要尽快印发实施``).

Example::

    一、关于城南路改造的问题
    会议原则同意县住建局提出的改造方案。由县住建局按程序组织实施,县财政局配合,6月底前开工。

→ one commitment, task 城南路改造, 县住建局 responsible, 县财政局 assist, 6月底前.

A decision is a commitment when something is to follow it: in its own
sentence (修改完善后提请…审议, 印发实施, 组织实施, 由X…, 请X…), by what it
approves (同意启动实施X项目), or in a directive of the sentences after it in
the same paragraph (``会议强调,要修订补助办法``) — not a directive to do
``各项工作`` — and the unit that drafted what was approved (X提出的《…》) is
no actor.  A decision with nothing to follow (会议原则同意《X》。) is none.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
import weakref
from dataclasses import replace
from typing import Optional

from ..actors import parse_item
from ..fields import LABEL
from ..naming import tidy_task, weak_task
from ..segment import Span, clauses, sentences
from ..vocab import ENUM, IS_NO, ITEM_NO, ITEM_RX

#: a minutes document: its title or opening names the meeting
_MINUTES_DOC = lazy(r"纪要|常务会议|常务会|办公会|例会|碰头会|专题会议|专题会|调度会|推进会|协调会|联席会议|现场会|议定如下|纪要如下|会议议定")
#: a decision of the meeting: 会议原则同意 / 会议同意 / 会议审议通过 / 会议议定 / 议定:原则同意 (rx49)
_DECISION = lazy(r"^(?:" + ENUM + r")?(?:(?:会议)?(?:议定|决定|研究决定)[::]\s*(?:" + ENUM + r")?)?(?:(?:会议|会上)(?:还|并|经研究|明确|研究决定|决定|议定|认为|审议并|研究并|讨论并)?[,,:]?"
                       r"(?:原则)?(?:同意|通过|审议通过|审定通过|审定|批准|议定|决定)|(?:原则)?同意(?=[\u4e00-\u9fff《“\d]))(?:了)?")
#: what is to follow in the decision's own sentence
_FOLLOW = lazy(r"修改完善|提请|提交|报请|报送|报[^,。;]{0,8}(?:审议|审定|批准)|印发|组织实施|按程序|由[^,。;]{2,20}(?:负责|牵头|实施)|"
                     r"(?<![申邀提报])请[^,。;]{2,20}(?:于|抓紧|尽快)|启动|实施|抓紧|尽快|限期")
#: a directive after the decision: 会议强调,要… / 会议要求,…尽快印发实施
_DIRECTIVE_CLAUSE = lazy(r"^(?:同时|并|还)?(?:要|必须|务必|须|需|抓紧|尽快|确保|力争|进一步)"
                               # a group or unit told to: 各相关部门要分别制定…, 区住建局要…
                               r"|^(?:各|有关|相关)?[\u4e00-\u9fff]{1,10}?(?:部门|单位|局|委|办|镇|街道|乡)(?:都|均)?(?:要|必须|务必)")
_GENERIC_WORK = lazy(r"各项(?:重点)?(?:工作|任务|措施)|落到实处|工作落实")
#: the meeting's reasons, no directive: 会议指出,引入社会资本有利于缓解财政压力 / 是…的需要
_REMARK = lazy(r"有利于|有助于|的需要|很有必要|十分必要|意义重大|事关[^,。;]{0,12}(?:切身利益|大局|全局|长远)")
#: 一、关于城南路改造的问题 / (二)关于X事项 / 三、会议审议了《X》
_TOPIC_HEAD = lazy(r"^" + ITEM_NO + r"\s*"
                         r"(?:关于(?P<x>[^。;]{2,40}?)(?:的)?(?:有关|相关)?(?:问题|事项|情况|工作)?|会议(?:审议|研究|听取)了?(?:关于)?《?(?P<y>[^。;,,]{2,40}?)》?"
                         r"(?:的(?:情况)?汇报)?|(?:研究|审议|讨论)(?P<z>[^。;,,《》]{4,30}?)(?:的)?(?:有关|相关)?(?:事宜|问题|事项))[。:]?$")  # (研究X有关事宜, rx26)
#: a section heading of no topic of its own: 三、其他事项 / 四、下步工作 / (五)有关要求
_OTHER_HEAD = lazy(r"^" + ITEM_NO + r"\s*[\u4e00-\u9fff]{2,12}[。:]?$")
#: 会议听取了关于城北污水厂建设情况的汇报 / 会议听取了县住建局关于X工作的汇报
_HEARD = lazy(r"^(?:" + ENUM + r")?(?:会议|会上)(?:还|首先)?(?:听取|研究|审议)了?(?:[^,。关]{2,12}?)?关于(?P<x>[^,。]{2,40}?)"
                    r"(?:的)?(?:进展情况|推进情况|工作情况|有关情况|情况|工作)?(?:的)?(?:汇报|报告)?[。]?$")
#: the meeting's own words open the paragraph: 会议认为 / 会议明确 / 会上
_MEETING_SAYS = lazy(r"^(?:" + ENUM + r")?(?:会议|会上|经研究)")
#: what was approved without a title: 会议原则同意区文旅局报来的景区提升方案
_ABOUT_PLAN = lazy(r"同意[^,。;《]{0,20}?关于(?P<x>[^,。;《》]{2,40}?)的(?P<k>意见|方案|请示|报告|建议|筹备意见|实施意见|实施方案|工作方案|办法)")


def _plan_named(about: re.Match) -> str:
    """What a decision approved about: the work (关于X的意见 → X), a document drafted for it with its kind
    (关于X的实施意见 → X实施意见, as a title approved reads; rx27)."""
    kind = about.groupdict().get("k")
    return about.group("x") + (kind if kind in ("实施意见", "实施方案", "工作方案", "方案", "办法") else "")
#: …a plan a unit put forward: 同意县住建局提出的城北片区改造方案 → 城北片区改造方案
_PUT_PLAN = lazy(r"同意[^,。;《]{2,20}?(?:提出|提交|起草|报送|上报|编制)的(?P<x>[^,。;《》的]{2,30}?(?:方案|意见|办法|计划|规划|请示|报告))")
_TITLE = lazy(r"《(?P<t>[^》]{2,60})》")
_PROJECTS = lazy(r"同意(?:启动)?(?:实施|建设|启动)(?P<x>[^。;,]{4,80})")

class _State:
    """What the reader knows of the document at hand."""

    def __init__(self, minutes: bool):
        self.minutes = minutes
        self.topic = ""  # the topic of the current section (一、关于X的问题)
        self.topic_used = False  # given to the section's first commitment already


_docs: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _state(b) -> _State:
    st = _docs.get(b)
    if st is None:
        head = (b.title or "") + " " + b.t[:300]
        st = _docs[b] = _State(bool(_MINUTES_DOC.search(head)))
    return st


def is_minutes(b) -> bool:
    """Whether the document at hand records a meeting (title or opening)."""
    return _state(b).minutes


#: a unit's own statement: 表态发言, 承诺, 述职
_OWN_WORD = lazy(r"表态|承诺|述职|践诺|发言|工作总结|工作计划|工作要点|工作安排|工作汇报|情况报告|情况的报告")
#: the unit of the speaker: 县住建局局长, 市经济和信息化局党组书记、局长, 城关镇镇长
_UNIT_POST = lazy(r"(?P<u>[\u4e00-\u9fff]{2,20}?(?:局|委|办|中心|公司|集团|街道|镇|乡))(?:党组|党委|党工委)?(?:书记|副书记)?、?"
                        r"(?:局长|主任|镇长|乡长|总经理|董事长|书记|主要负责人|负责人)")


#: a title opening with the unit whose statement it is: 东湖区住建局2024年公开承诺书, 西坪镇关于…的承诺
#: 我代表区卫健局党组…: the unit a speaker speaks for
_ON_BEHALF = lazy(r"我代表(?P<u>[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心|公司|集团|街道|镇|乡))(?=党组|党委|全体|和|就|作|向|表态|[,,])")
#: the statement's first line, only the unit (under its title): 南川区城管局
#: a line opened by a unit's head who speaks: ⏎市城管局局长 赵磊:… (rx27)
_SPEAKERS_LINES = lazy(r"(?m)^\s*(?P<u>[\u4e00-\u9fff]{2,20}?(?:局|委|办|中心|公司|集团|街道|镇|乡))(?:党组书记、)?"
                       r"(?:局长|主任|镇长|乡长|总经理|书记|负责人)[ \u3000]?[\u4e00-\u9fff]{2,3}[::]")
_UNIT_LINE = lazy(r"\s*(?P<u>[\u4e00-\u9fff]{2,20}?(?:局|委|办|中心|公司|集团|街道|镇|乡))\s*$")
_UNIT_TITLE = lazy(r"(?P<u>[\u4e00-\u9fff]{2,20}?(?:局|委|办|中心|公司|集团|街道|镇|乡))(?:(?:19|20)\d\d年度?)?(?:关于)?"
                         r"[^\n。]{0,16}?(?:承诺|表态|述职|践诺|工作总结|工作计划|工作要点|工作安排|工作汇报|情况报告|情况的报告)")  # (a unit's own report, rx26)


def _first_line(title, text: str) -> str:
    """The text's first line that is not its title."""
    lines = [ln.strip() for ln in text[:300].split("\n") if ln.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    return lines[0] if lines else ""


def speaker_unit(title, text: str) -> Optional[str]:
    """The unit a statement speaks for (我局, 我们), from its title or opening
    lines, when the document is a unit's own statement.

    >>> speaker_unit("东湖区住建局局长在全区城建工作会议上的表态发言", "")
    '东湖区住建局'
    >>> speaker_unit("区长在全区大会上的讲话", "")
    >>> speaker_unit("西坪县水利局公开承诺事项", "")
    '西坪县水利局'
    >>> speaker_unit("创建文明城市工作表态发言", "南川区城管局\\n各位领导:根据会议安排,…"), speaker_unit("表态发言", "我代表区卫健局党组表态如下")
    ('南川区城管局', '区卫健局')
    """
    head = (title or "") + "\n" + text[:200]
    if not _OWN_WORD.search(head) or len({m.group("u") for m in _SPEAKERS_LINES.finditer(text)}) >= 2:
        return None  # (the heads of several units, each on a line of his own: no one unit speaks, rx27)
    m = _UNIT_POST.search(head) or _UNIT_LINE.match(_first_line(title, text)) or _ON_BEHALF.search(head)
    if m and parse_item(m.group("u")):
        return m.group("u")
    m = _UNIT_TITLE.match(title or text[:60].lstrip())
    return m.group("u") if m and parse_item(m.group("u")) else None


def short_title(title: str, place: bool = True) -> str:
    """A plan's name as a person writes it in a table: without 关于/开展, the
    place before it and a bracketed period.

    >>> short_title("东湖区关于开展“街巷面貌改善年”活动的实施意见(2024-2026年)")
    '“街巷面貌改善年”活动实施意见'
    """
    t = re.sub(r"[((][^()()]*[))]$", "", title.strip())
    if place:  # 东湖区关于… (a plan's title opens with its place; a topic's 城北片区 is no place)
        t = re.sub(r"^[\u4e00-\u9fff]{2,3}(?<![片园城新景社小街校])(?:省|市|区|县)(?=关于|[\u4e00-\u9fff“\"]{4})", "", t)
    t = re.sub(r"^关于(?:开展|进一步|加快|推进|加强)?", "", t)
    asked = re.match(r"^(?:呈报|报送|上报|审批|审定|请求审定|申请)?[<〈《](?P<t>[^>〉》]{4,60})[>〉》]的(?:请示|报告)》?$", t)
    t = asked.group("t") if asked else t  # (关于呈报<X实施计划>的请示: the plan asked for, rx41)
    return re.sub(r"的(实施意见|实施方案|方案|办法|意见|规定|细则)$", r"\1", t)


def _follow_text(text: str) -> str:
    """``作进一步修改完善后提请县委常委会审议`` → ``修改完善后提请县委常委会审议``; ``会后以政府办文件印发`` →
    ``以政府办文件印发``."""
    return re.sub(r"^(?:并|再|会后|后|作|经|按照会议研究的意见|根据会议意见|进一步)+", "", text.strip(" ,,。"))


def _section_head(b, st: _State, text: str) -> bool:
    """Whether ``text`` heads a section: 一、关于X的问题 gives its topic to what follows; 三、其他事项 ends the topic
    above (it heads nothing below, rx22; the line is read on by the other steps)."""
    head = _TOPIC_HEAD.match(text)
    if head and len(text) <= 60:
        x = head.group("x") or head.group("y") or head.group("z") or ""
        st.topic, st.topic_used = short_title(x, place=bool(head.group("y"))), False
        b.heading_work, b.heading_reported, b.group = st.topic, False, []
        return True
    if st.topic and _OTHER_HEAD.match(text):
        st.topic, st.topic_used = "", False
        return True
    return False


def read(b, paras, i) -> Optional[int]:
    """A section heading of minutes (its topic heads the items below) or a
    paragraph with a decision of the meeting."""
    st = _state(b)
    if not st.minutes:
        return None
    para = paras[i]
    if _section_head(b, st, para.text.strip()):
        return i + 1 if st.topic else None
    sents = list(sentences(para))
    _heading_in_paragraph(st, sents)
    heard = _HEARD.match(sents[0].text) if sents else None
    if heard and not (st.topic and not st.topic_used):  # 会议听取了关于X情况的汇报。…会议强调,要…: X is the paragraph's topic
        st.topic, st.topic_used = short_title(heard.group("x"), place=False), False  # (under 一、关于Y, Y: rx29)
    elif not heard and not any(_DECISION.match(s.text) for s in sents) and not (
            st.topic and not st.topic_used and _MEETING_SAYS.match(para.text.strip())):
        return None  # (the meeting's words under 一、关于X的问题 are read here until X names a commitment)
    if LABEL.search(para.text):
        return None  # labelled items (牵头单位:…) are the item reader's
    recs = _decisions(b, sents, b._paragraph(para))
    recs = _asked_of_report(recs) if heard else recs
    if recs and st.topic and not st.topic_used and not _own_items(para.text, recs):  # 一、关于城南路改造的问题 / 会议原则同意…
        recs = _topic_named(st.topic, recs)
        st.topic_used = True
    b.out += recs
    return i + 1


def _asked_of_report(recs: list) -> list:
    """In a paragraph of a report the meeting heard (会议听取了X的汇报。…目前主体工程已全部完成), the records asking
    something: a status naming no unit and no term is what the report told (rx32)."""
    return [r for r in recs if not (r.progress and not r.actors and not r.deadline)]


def _topic_named(topic: str, recs: list) -> list:
    """The records of a paragraph under its topic: the one the topic names takes it (the remedy of a difficulty
    keeps its own), a bare step of the work takes the topic before it (X完工, rx29)."""
    k = _naming(recs, topic)
    task = recs[k].task
    if _remedies(topic, task):
        recs[k] = replace(recs[k], task=_DECIDED_OFF.sub("", task))
    elif (not task.startswith(topic) or _RESTATED.match(task[len(topic):])) and not _names_its_plan(recs[k]):
        recs[k] = replace(recs[k], task=topic)  # (城区供水管网改造实施改造: the topic, rx29)
    return [replace(r, task=topic + _bare_step(r.task)) if n != k and _bare_step(r.task) else r for n, r in enumerate(recs)]


#: the work restated after the topic: (城区供水管网改造)实施改造 / 推进建设 (rx29)
_RESTATED = lazy(r"^(?:实施|推进|开展|启动|加快)?(?:改造|建设|工作|项目|工程)$")


#: a step named without its work: 全部完工并具备供热条件 / 全面建成投用 (rx29)
_BARE_STEP = lazy(r"^(?:全部|全面|基本|如期)?(?P<s>完工|竣工|建成投用|建成|开工建设|开工|投入使用|通车|封顶)(?:并|$)")


def _bare_step(task: str) -> str:
    """The step a task names without its work (全部完工并具备供热条件 → 完工), else ``""``."""
    m = _BARE_STEP.match(task)
    return m.group("s") if m else ""


def _own_items(text: str, recs: list) -> bool:
    """会议要求:一是A要在7月底前完成X;二是B要…: items enumerated, each with its unit or term, name their own
    works; the topic heard before them names none of them (rx27)."""
    return len(recs) >= 2 and len(re.findall(IS_NO, text)) >= 2 and all(r.actors or r.deadline for r in recs)


#: a topic that names a difficulty, not a work: 城区停车难问题 / 上学难问题 / 道路拥堵问题
_DIFFICULTY = lazy(r"(?:难|乱|堵|拥堵|不足|短缺|滞后|积水|脏乱差)(?:的)?问题$")
#: a task that builds or does something: 新建公共停车场 / 实施道路改造
_REMEDY = lazy(r"新建|建设|改造|实施|增设|新增|扩建|修建|开辟|整治")


_DECIDED_OFF = lazy(r"^(?:会议)?(?:原则)?(?:同意|决定|明确|议定)(?:在)?(?=[\u4e00-\u9fff]{4})")


def _remedies(topic: str, task: str) -> bool:
    """会议研究了城区停车难问题。会议同意新建3处公共停车场…: the remedy decided names the task, not the difficulty (rx25)."""
    return bool(_DIFFICULTY.search(topic)) and bool(_REMEDY.search(task)) and len(task) >= 4


def _names_its_plan(rec) -> bool:
    """A decision that names what it approved and what is to follow (会议原则同意X关于Y的意见,会后修改完善后
    报请…): its own task says more than the heading above it (rx21)."""
    for e in rec.evidence:
        if not _DECISION.match(e.text):
            continue
        about = _TITLE.search(e.text) or _ABOUT_PLAN.search(e.text) or _PUT_PLAN.search(e.text)
        named = short_title(about.group("t") if "t" in about.groupdict() else _plan_named(about)) if about else ""
        if not named and _PROJECTS.search(e.text):  # 同意实施城关二小扩建工程,…: the work approved names it (rx27)
            return rec.task[:4] in _PROJECTS.search(e.text).group("x")
        return bool(named) and rec.task.startswith(named) and len(rec.task) > len(named)
    return False


def _naming(recs: list, topic: str) -> int:
    """The record the topic names: the first whose text ends the topic's work (…确保月底前两校合并完成
    under 关于城东两校合并), else the first."""
    work = re.sub(r"(?:的)?(?:工作|问题|事项|情况)$", "", topic)
    ends = [k for k, r in enumerate(recs) if len(work) >= 6 and work[-4:] in (r.text or "")]
    return next((k for k in ends if recs[k].actors), ends[0] if ends else 0)  # (one with its units first, rx29)


#: 四、会议研究了农贸市场秩序问题,明确由…: what the meeting took up, opening the sentence that decides it
_TOOK_UP = lazy(r"^(?:" + ENUM + r")?会议(?:专题)?(?:研究|审议|讨论)了(?:关于)?(?P<x>[^,,。;《》]{4,30}?)(?:的)?(?:有关|相关)?(?:问题|事项)[,,]")


def _heading_in_paragraph(st: _State, sents: list[Span]) -> None:
    """一、关于城北片区改造问题。会议同意…: the heading opening the paragraph gives its topic;
    so does what the meeting took up (四、会议研究了X问题,明确由A牵头…)."""
    head = _TOPIC_HEAD.match(sents[0].text.strip()) if len(sents) > 1 else None
    if head and (head.group("x") or head.group("y")):
        st.topic, st.topic_used = short_title(head.group("x") or head.group("y"), place=bool(head.group("y"))), False
        return
    took = _TOOK_UP.match(sents[0].text.strip()) if sents else None
    if took:
        st.topic, st.topic_used = took.group("x"), False


_URGING_OFF = lazy(r"^(?:同时|并|还)?(?:要|必须|务必|须|需|进一步)+")


def _directive(sentence: str) -> bool:
    """A directive with an object of its own (要修订补助办法, 尽快印发实施), not
    a remark (会议指出,X很有必要) nor a call to do 各项工作."""
    if _GENERIC_WORK.search(sentence) or _REMARK.search(sentence):
        return False
    cls = [c.text.strip() for c in clauses(sentence, 0)]
    at = next((k for k, c in enumerate(cls) if _DIRECTIVE_CLAUSE.match(c)
               or re.search(r"尽快|限期|确保|抓紧|(?:月|日)(?:底|中旬|上旬|下旬)?前(?:完成|报|提交|印发)", c)), None)
    # (由X组织对Y进行验收,6月底前完成: the meeting's decision needs no 要; 要深入学习贯彻…精神,要正视…: rhetoric, rx23)
    return at is not None and any(not weak_task(_URGING_OFF.sub("", c)) for c in cls[at:])


def _covered(recs, span: Span):
    return next((k for k, r in enumerate(recs) if any(e.start < span.end and span.start < e.end for e in r.evidence)), None)


def _decisions(b, sents: list[Span], recs: list) -> list:
    """The paragraph's records, decisions joined to what follows them."""
    out = list(recs)
    for k, s in enumerate(sents):
        m = _DECISION.match(s.text)
        if not m:
            continue
        title = _TITLE.search(s.text)
        rest = s.text[m.end():]
        about = None if title else (_ABOUT_PLAN.search(s.text) or _PUT_PLAN.search(s.text))
        name = short_title(title.group("t")) if title else (_plan_named(about) if about else "")
        projects = _PROJECTS.search(s.text)
        # what follows in the sentence itself (after the title, or after a comma)
        tail_at = title.end() if title else (about.end() if about else (rest.find(",") + m.end() if "," in rest else len(s.text)))
        tail = s.text[tail_at:]
        follow = _what_follows(sents, k, tail, out)
        if not follow and projects:  # 会议原则同意启动实施X项目。: the approval is the task
            follow, tail_at = s, m.end()
        if not follow:
            continue
        hit = _covered(out, follow)
        if hit is not None:  # the prose rules read it (由X按程序组织实施): the decision is its context
            out[hit] = _with_decision(b, out[hit], s, name)
            continue
        rec = _decision_record(b, s, follow, tail_at, tail, name, projects)
        if rec:
            out.append(rec)
            out += _dated_directives(b, sents, follow, out)
    return out


#: a directive's own time: 要尽快对…进行一次清理 / 6月底前完成
_OWN_TIME = lazy(r"尽快|限期|(?:月|年)(?:底|内)前?|\d+日前")


def _dated_directives(b, sents: list[Span], follow: Span, out: list) -> list:
    """The directives after the one a decision took, up to the next decision, that
    have a time of their own (会议通过了《X办法》。要从严审批…。要尽快对全区户外广告进行一次清理。):
    each is a commitment of its own."""
    recs = []
    for t in sents:
        if t.start <= follow.start:
            continue
        if _DECISION.match(t.text):
            break
        if _directive(t.text) and _OWN_TIME.search(t.text) and _covered(out + recs, t) is None:
            rec = _decision_record(b, t, t, 0, t.text, "", None)
            if rec:
                recs.append(rec)
    return recs


def _what_follows(sents: list[Span], k: int, tail: str, out: list) -> Optional[Span]:
    """What a decision asks to follow: its own sentence (修改后提请…审定, 由X按程序组织实施),
    else a directive after it, up to the next decision (会议强调,要修订补助办法)."""
    s = sents[k]
    if _FOLLOW.search(re.sub(r"《[^》]*》", "", tail)):  # (和《X实施方案》: a second title, nothing to follow; rx41)
        return s
    for t in sents[k + 1:]:
        if _DECISION.match(t.text) or (ITEM_RX.match(s.text) and ITEM_RX.match(t.text)):
            break  # (会议议定:1.原则同意《X》。2.要…: the next numbered item is a decision of its own, rx41)
        if _directive(t.text) or _covered(out, t) is not None:
            return t
    return None


def _with_decision(b, r, s: Span, name: str):
    """A record the prose rules read, with the decision's sentence as evidence and its title as the task."""
    if not any(e.start <= s.start < e.end for e in r.evidence):
        spans = sorted([(e.start, e.end) for e in r.evidence] + [(s.start, s.end)])
        ev = tuple(type(r.evidence[0])(b.orig[a:z], a, z) for a, z in spans)
        r = replace(r, evidence=ev, text=" ".join(e.text for e in ev))
    if name and (not b.heading_work or ITEM_RX.match(s.text)):  # (六、会议同意《X》…: the title, not the last heading)
        r = replace(r, task=name)
    return r


def _decision_record(b, s: Span, f: Span, tail_at: int, tail: str, name: str, projects):
    """The commitment of a decision and what follows it: the title approved and what
    is to be done with it (X:修改后提请常委会审定), the projects approved, else
    the directive's task; not the units that drafted it (同意县财政局提出的…)."""
    from ..commitments import FRAME, _analyse, _Cand

    start = f.start + (tail_at if f is s else 0)
    cls = [_analyse(c, b.doc) for c in clauses(b.t[start:f.end], start) if not FRAME.match(c.text.strip())]
    if not cls:
        return None
    cand = _Cand(clauses=cls, context=[s] if f is not s else [])
    if f is s and start > s.start:
        cand.context.append(Span(b.t[s.start:start], s.start, start))
    rec = b._record(cand, f)
    if rec.deadline and f is s and rec.deadline.text not in b.t[start:f.end]:
        rec = replace(rec, deadline=None)  # 同意…关于一季度预算调整的意见: the period of what was approved
    drafted = re.search(r"同意(?P<a>[^《,。]{2,40}?)(?:提出|提交|起草|报送|上报)的", s.text)
    actors = tuple(a for a in rec.actors if not (drafted and a.name in drafted.group("a")))
    return replace(rec, task=_decision_task(rec.task, f is s, tail, name, projects), actors=actors)


def _decision_task(task: str, same: bool, tail: str, name: str, projects) -> str:
    """The task of a decision: the title approved and what is to be done with it
    (``X:修改后提请常委会审定``, ``same`` when that is said in the decision's own
    sentence), the projects approved (会议原则同意启动实施X项目), else the directive's task."""
    directive = task if not same else _follow_text(tail)
    if name:
        return name + ("" if same and not directive else (directive if same else ":" + (tidy_task(directive) or directive)))
    if projects:
        return short_title(projects.group("x"))
    return task


#: what a meeting heard, a paragraph opening: 会议听取了X关于…的汇报。… / X汇报了…情况,… (rx37)
_HEARD_REPORT = lazy(r"^(?:" + ENUM + r")?(?:(?:会议|会上)(?:首先|还)?听取了?[^。]{2,60}?(?:汇报|报告|通报)|"
                     r"[\u4e00-\u9fff、]{2,30}?(?:汇报|通报)了[^。,,]{2,30}?情况)")
#: a labelled line of a matter's background: 项目概况:… / 存在问题:… (rx37)
_BACKGROUND_LINE = lazy(r"^\s*(?:项目概况|基本情况|项目基本情况|存在问题|存在的问题|主要问题|问题及困难|存在困难)[::]")
#: what a meeting asks or decides, in a paragraph of what it heard
_ASKS = lazy(r"要求|议定|明确|决定|同意|强调|指出|负责|牵头|必须|须|务必|确保|力争|限期|(?<![主重需])要(?!点)")


def heard(b, paras, i) -> Optional[int]:
    """In minutes, a paragraph of what the meeting heard (会议听取了X关于…的汇报。今年全市共确定…个项目,完成投资…;
    X汇报了…情况,…) or of a matter's background (项目概况:… / 存在问题:…) that asks nothing: the figures reported
    are no commitment (rx37)."""
    text = paras[i].text
    if not (_HEARD_REPORT.match(text) or _BACKGROUND_LINE.match(text)) or not is_minutes(b):
        return None
    return None if _ASKS.search(text) or LABEL.search(text) else i + 1
