"""Meeting minutes item by item (会议纪要, 协调会, 调度会, 约谈会): a numbered item
naming its work and what the meeting asks of it, and the items a meeting
decides after a lead-in.

Examples::

    1、城南小学:已完成选址,会议要求由区教育局负责报批,力争年内开工。
    2、湖滨酒店项目:会议要求尽快完成用地预审。

→ two commitments: 城南小学开工 (区教育局 responsible, 年内), 湖滨酒店项目完成用地预审.
What the item says before ``会议要求`` (已完成选址) is the work's state, no
part of the commitment.  ::

    会议决定:
    ⑴监理单位每周报送一次进度。
    ⑵施工单位每天延长作业两小时。

→ two commitments, one an item.  The lead-in is the meeting's (会议决定, 会议议定,
会议明确, 会议商定, 经研究决定); the items run until a paragraph that is no item.
"""
from __future__ import annotations

from ..lazyre import lazy
import weakref
from dataclasses import replace
from typing import Optional

from kg.model import Actor

from ..actors import parse_list
from ..fields import LABEL
from ..segment import Span, clauses
from ..vocab import ITEM_NO
from . import minutes

#: 1、城南小学:… / (二)湖滨酒店项目:… : the item's work, a short name before a colon
_TOPIC_ITEM = lazy(r"^" + ITEM_NO + r"\s*(?P<t>[^,,。;;::、\s]{2,16}?)[::]")
#: the meeting asks: 会议要求 / 会议明确 / 会议决定 / 会议同意
_ASKS = lazy(r"会议(?:还|并|同时)?(?:要求|明确|决定|议定|商定)[,,:]?")
#: a lead-in of decided items: 会议决定: / 会议议定以下事项: / 经研究决定如下:
_LEAD_IN = lazy(r"(?:会议|经研究)(?:研究)?[,,]?(?:现|特)?(?:决定|议定|明确|商定)(?:了)?(?:如下|以下)?(?:事项|几点|意见)?(?:如下)?[::]$")
#: an item of a lead-in: ⑴ / (1) / 1. / 一是 (the lead-in's own numbering)
_DECIDED_ITEM = lazy(r"^(?:[\u2474-\u2487]|[((]\d{1,2}[))]|\d{1,2}[.、.](?!\d)|[一二三四五六七八九十]{1,3}、(?=[^。]{2,16}。[^。]+。?\s*$))")  # (一、X。Y: a head and one sentence, rx37)
#: an item numbered by a Chinese numeral: 三、 (one with labels in it is read by its labels: 三、X。…(责任单位:A;完成时限:B), rx37)
_CN_ITEM = lazy(r"^[一二三四五六七八九十]{1,3}、")
#: a decided item opened by its work's name in a sentence of its own: 2、河道采砂整治。厅水政监察总队负责,… (rx36)
_HEADED = lazy(r"^\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))]|[一二三四五六七八九十]{1,3}、)\s*(?P<t>[^。,,;;::]{2,16})。(?=\S[^。]{8,})")
#: a task that names no work: a ban (不得滞留) or a unit's role (X中心承办)
_NO_WORK = lazy(r"^(?:不得|严禁|禁止|杜绝)|(?:承办|负责|牵头|配合|协助)$|^经[\u4e00-\u9fff]{0,4}(?:排查|调查|核查|摸排|测算|统计|核实)$")  # (经初步排查, rx37)


def _named_by_head(rec, head):
    """A decided item whose body names no work (…,不得滞留) is named by its heading (小型水库除险加固)."""
    if len(rec.task) >= 4 and not _NO_WORK.search(rec.task):
        return rec
    return replace(rec, task=head.group("t"))


#: urging and time words before the work a clause names: 力争年内开工 → 开工
_URGE_OFF = lazy(r"^(?:同时|并|还)?(?:要|须|需)?(?:抓紧时间|抓紧|尽快|力争|争取|确保|务必|及时)?"
                       r"(?:今年|年内|年底前|月底前|本月底前|明年上半年|明年|上半年|下半年)?(?:力争|争取|确保)?(?:在|于)?")
_GENERIC = lazy(r"各项工作|各项任务|落到实处|工作落实")


class _Lead:
    def __init__(self):
        self.open = False


_docs: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _work(clause: str, deadline_text: str) -> str:
    """The work a clause names without its urging and its time (力争年内开工 → 开工)."""
    c = clause.replace(deadline_text, "", 1) if deadline_text else clause
    return _URGE_OFF.sub("", c.strip(" ,,。;")).strip()


def _record(b, span: Span, topic: str):
    """The commitment of ``span`` (the meeting's words on the item), named by ``topic``
    and the work of its dated clause (else its last one)."""
    from ..commitments import FRAME, _analyse, _Cand

    cls = [_analyse(c, b.doc) for c in clauses(b.t[span.start:span.end], span.start)]
    cls = [c for c in cls if not FRAME.match(c.span.text.strip()) and c.span.text.strip(" ,,。")]
    if not cls:
        return None
    rec = b._record(_Cand(clauses=cls), span)
    dated = next((c for c in cls if any(d.date for d in c.deadlines)), cls[-1])
    dl = rec.deadline.text if rec.deadline else ""
    work = _work(_ASKS.sub("", dated.span.text), dl if dl in dated.span.text else "")
    if topic and work and len(work) <= 16:
        rec = replace(rec, task=topic + work)
    elif topic:
        rec = replace(rec, task=topic)
    return rec


def _steps(b, span: Span) -> list:
    """A decided item's commitment, or one per step with its own term (县交通运输局负责,4月底前完成X设计招标,6月底前
    开工建设: two, the second named after X; rx26)."""
    from ..commitments import FRAME, _analyse, _group

    cls = [_analyse(c, b.doc) for c in clauses(b.t[span.start:span.end], span.start)]
    cands = _group([c for c in cls if not FRAME.match(c.span.text.strip()) and c.span.text.strip(" ,,。")])
    if len(cands) > 1 and all(any(d.date for c in cd.clauses for d in c.deadlines) for cd in cands) \
            and all(cd.stage_of for cd in cands[1:]):
        return [b._record(cd, span) for cd in cands]
    rec = _record(b, span, "")
    return [rec] if rec else []


#: a unit opening a decided item, what it is to do after it: 市生态环境局对X开辟绿色通道 / 河阳街道办事处限期15日内… (rx35)
_UNIT_FIRST = lazy(r"^\s*(?P<u>[\u4e00-\u9fff]{2,20}?(?:局|委|办|中心|公司|政府|办事处|管委会|督查室|指挥部|街道))"
                   r"(?=对|全面|限期|组织|开展|抓紧|加快|立即|尽快|再|逐|每[月周季年天日半]|定期)")  # (X局每月对…监测一次, rx37)


def _opening_unit(rec, text: str):
    """A decided item naming nobody by a role, opened by a unit: that unit's (rx35)."""
    m = _UNIT_FIRST.match(text) if not rec.actors else None
    items = parse_list(m.group("u")) if m else None
    if not items or any(k != "organization" for _, k, _ in items):
        return rec
    unit = m.group("u")
    task = rec.task[len(unit):] if rec.task.startswith(unit) and len(rec.task) - len(unit) >= 4 else rec.task
    return replace(rec, actors=tuple(Actor(n, k, "responsible", p) for n, k, p in items), task=task)


def _approved(text: str, task: str) -> str:
    """1.原则同意《X》,由A按程序报批后组织实施: the title approved names what follows it (X按程序报批后组织实施, as a decision
    read in prose is named; rx27)."""
    title = minutes._TITLE.search(text) if minutes._DECISION.search(text[:12]) else None
    if not title:
        return task
    name = minutes.short_title(title.group("t"))
    return task if name in task else name + task


def _topic_item(b, para: Span) -> Optional[list]:
    """1、城南小学:…,会议要求…: the meeting's words on the item's work."""
    m = _TOPIC_ITEM.match(para.text)
    if not m:
        return None
    ask = _ASKS.search(para.text, m.end())
    if not ask or _GENERIC.search(para.text, ask.start()):
        return None
    at = para.start + ask.start()
    rec = _record(b, Span(b.t[at:para.end], at, para.end), m.group("t"))
    return [rec] if rec else None


def _labelled_below(paras, i) -> bool:
    """1.开展X。 ⏎ 牵头单位:… ⏎ 完成时限:…: an item with its labelled lines, read by its labels."""
    return i + 1 < len(paras) and LABEL.match(paras[i + 1].text) is not None


def decided(b, paras, i) -> Optional[int]:
    """An item of the meeting's decisions under a lead-in still open (经研究,议定如下: ⏎ 7.X局全面推行…), read before the
    readers of reports and tallies take its words for a status (rx35)."""
    st = _docs.get(b)
    return read(b, paras, i) if st and st.open and _DECIDED_ITEM.match(paras[i].text.strip()) else None


def read(b, paras, i) -> Optional[int]:
    """A numbered item of minutes naming its work and what the meeting asks of it, or
    a lead-in of the meeting's decisions with the items under it."""
    if not minutes.is_minutes(b):
        return None
    para = paras[i]
    st = _docs.setdefault(b, _Lead())
    text = para.text.strip()
    if _LEAD_IN.search(text) and len(text) <= 40:
        st.open = True
        return i + 1
    if _LEAD_IN.search(text):  # (…的问题,大多是协调问题。经研究,议定如下: the paragraph's last words open the items, rx35)
        st.open = True
        return None
    if st.open and _CN_ITEM.match(text) and LABEL.search(text):
        return None  # (三、X。…(责任单位:A;完成时限:B): read by its labels, the lead-in still open; rx37)
    if st.open and _DECIDED_ITEM.match(text) and not _labelled_below(paras, i):
        head = _HEADED.match(para.text)
        body = Span(para.text[head.end():], para.start + head.end(), para.end) if head else para  # (2、X整治。Y局负责,…, rx36)
        recs = _steps(b, body) if len(text) >= 10 and not _GENERIC.search(text) else []  # (⑶施工单位按: cut off)
        recs = [_named_by_head(r, head) for r in recs] if head else recs
        recs = [_opening_unit(rec, body.text.strip() if head else _DECIDED_ITEM.sub("", text)) for rec in recs]
        b.out += [replace(rec, task=_approved(text, _DECIDED_ITEM.sub("", rec.task).strip())) for rec in recs]
        return i + 1
    st.open = False
    recs = _topic_item(b, para)
    if recs is None:
        return None
    b.out += recs
    return i + 1
