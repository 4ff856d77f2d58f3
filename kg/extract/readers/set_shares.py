"""Counted sets of works with their year's plan and the share done (progress reports of
key projects and livelihood matters; rx16).

A progress report of investment projects states each set of works as a count, often
with the year's plan, and the share of the plan done, in the same sentence or the next::

    全镇安排重点项目40宗,年度投资计划12亿元。1-6月,完成投资5.1亿元,完成年度计划的42.5%。
    其中新建项目18宗,完成投资2.6亿元,占年度计划投资的61.1%;续建项目22个,……

→ one commitment per set: its count (and the year's plan) the targets, the share its
progress: done at 100% or more, behind where the text says it is under the plan's pace;
the rest is weighed against the part of the year gone by (1-6月 → 50%) by the last pass
of every reader's records, :func:`kg.extract.pace.paced`.  A sentence that orders (要, 确保, 力争) is no report.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from typing import Optional

from kg.model import Progress, Target

from ..progress import find_progress
from ..segment import Span, sentences
from ..vocab import ITEM_RX, looks_back
from .supervision import _period_month, record, report_as_of, sentence_records

_U = r"(?P<u>宗|项|个|件)"
#: 18宗新建项目 / 4个农业水利设施项目: the count before the works
_SET_BEFORE = lazy(r"(?<![\d.年月第])(?P<n>\d+)" + _U + r"(?P<w>[\u4e00-\u9fff“”]{0,12}?(?:项目|工程|实事|事项))")
#: 续建项目22个, / 省级6项, : the works before the count, the count ending a clause
_SET_AFTER = lazy(r"(?:^|(?<=[,,;;:]))(?:其中)?[::]?(?P<w>[\u4e00-\u9fff、“”]{1,28}?)(?:共|有)?(?P<n>\d+)" + _U +
                        r"(?=[,,;;。((]|$)")
#: a share of a plan done (占年度投资计划的75%, 完成年度计划投资的57.2%, 投资完成率103%); a
#: rate alone (开工率61.4%) tells how far, not against what plan
_SHARE = lazy(r"(?:计划|任务|目标|总投资)[\u4e00-\u9fff]{0,4}?的?\d+(?:\.\d+)?%|完成率(?:为|达到?)?\d")
#: the year's plan of a set: 年度投资计划12亿元 / 当年计划投资8.6亿元
_PLAN = lazy(r"(?:年度|当年|全年|今年)(?:投资计划|计划投资|计划完成投资)(?:为)?(?P<v>\d+(?:\.\d+)?)(?P<u>万元|亿元)")
#: an order, not a report
_ORDER = lazy(r"要|确保|力争|争取|务必|必须|力促")
#: words that open the name of a set but are not part of it
_LEAD = lazy(r"^(?:(?:19|20)\d\d年)?(?:其中|全市|全县|全区|全镇|我县|我市|我区|我镇|安排|列入|共有|共|有|今年)+")
#: a pace below the plan's: 欠目标进度8个百分点 / 低于序时进度2个百分点
_SLOW = lazy(r"(?:欠|低于|慢于|落后)[\u4e00-\u9fff]{0,4}进度")
#: a count followed by its status: 24个事项已完成 / 9个事项超序时进度
#: a count named by its status (未开工5个, 完成3项): no set
_STATUS_NAME = lazy(r"(?:未|尚未|已|正在|完成|开工|竣工|完工|办结|投产|(?:在建|在施)$)")  # (在建3个: a status; 在建项目185项 is a set, rx27)
#: (37个重点项目中,已开工32个: the frame of a status tally, read by the supervision reader)
_STATUS_AFTER = lazy(r"(?:中)?[,,]?(?:已|超|按|正在|未|均)")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The set-and-share sentences of ``paras[i]``; the other sentences go to the prose rules."""
    para = paras[i]
    if not _SHARE.search(para.text) or not re.search(r"宗|项|个|件", para.text):
        return None
    sents = list(sentences(para))
    if ITEM_RX.match(para.text.lstrip()) and not _SHARE.search(sents[0].text):
        return None  # 3.新建5G基站300个(区工信局)。上半年仅建成64个,完成…21.3%: a numbered work and its report (rx34)
    nxt = {s.start: sents[k + 1:k + 3] for k, s in enumerate(sents)}
    used: set[int] = set()

    def make(b, sent):
        if sent.start in used:
            return None
        return _set_record(b, para, sent, nxt[sent.start], used)
    return i + 1 if sentence_records(b, para, make) else None


def _find_set(text: str) -> Optional[tuple[str, float, str, int, int]]:
    """``(works, count, unit, start, end)`` of the first counted set of works in ``text``."""
    found = ((m, rx is _SET_AFTER) for rx in (_SET_BEFORE, _SET_AFTER) for m in rx.finditer(text))
    for m, after in sorted(found, key=lambda f: f[0].start()):
        if text[max(0, m.start() - 1):m.start()] == "已" or "已" in m.group("w") or _STATUS_AFTER.match(text, m.end()):
            continue  # 已开工8宗 / 24个事项已提前完成: a count of a status, not a set
        w = _LEAD.sub("", re.sub(r"^.*?(?:安排|列入)", "", m.group("w"))).strip("、“”")
        if w and not re.search(r"[\d%]", w) and not (after and _STATUS_NAME.match(w)):
            return w, float(m.group("n")), m.group("u"), m.start(), m.end()
    return None


#: a level alone names no set: 省级6项 / 市级5项 (of the key projects counted above)
_LEVEL_ONLY = lazy(r"(?:省|市|州|县|区|镇|乡)级")
#: the works a report counts, named before: 省市县重点工程项目共30项 → 重点工程项目
_WORKS_ABOVE = lazy(r"(?P<w>(?:重点|重大|民生)[\u4e00-\u9fff]{0,6}?(?:项目|工程|实事))(?:共|有|总计)?\d+(?:宗|项|个|件)")


def _of_level(works: str, t: str, before: int) -> str:
    """``省级`` → ``省级重点工程项目``: a set named by its level alone takes the works counted before it (rx23)."""
    if not _LEVEL_ONLY.fullmatch(works):
        return works
    above = [m.group("w") for m in _WORKS_ABOVE.finditer(t, max(0, before - 1500), before)]
    return works + above[-1] if above else works


#: a sentence opening with one named work and what it has done
_ONE_WORK = lazy(r"^(?:其中[,,]?)?[\u4e00-\u9fff“”()()]{4,30}?(?<![0-9个项宗件])(?:项目|工程)(?:已|目前|累计|今年以来)")


def _set_record(b, para: Span, sent: Span, nxt: list[Span], used: set):
    """The set of ``sent`` with its share, from ``sent`` or from one of the two sentences after it (a rate of starts
    between: …类在建项目25项,全年计划投资60亿元。到7月底,开工20项,开工率80%。累计完成投资21亿元,占年度计划的35%。)."""
    text = sent.text
    found = _find_set(text) if not looks_back(text, b.doc.year) else None  # (去年,全区37个项目完成投资…: the past, rx32)
    if not found or _ORDER.search(text[:found[3]]) or re.search(r"要|确保|力争", text[found[4]:found[4] + 12]):
        return None
    if _ONE_WORK.match(text) and _ONE_WORK.match(text).end() <= found[3]:
        return None  # 城区停车场建设项目已完成投资…,新增泊位860个,完成年度目标的86%: one work's report (rx25)
    works, n, u, _, _ = found
    works = _of_level(works, b.t, para.start)
    spans = [(sent.start, sent.end)]
    share_text = text
    if not _SHARE.search(text[found[4]:]):
        after = _share_after(nxt)
        if not after:
            return None
        share_text = after[-1].text
        spans.extend((s.start, s.end) for s in after)
        used.update(s.start for s in after)
    targets = [Target(works, "=", n, u, text[found[3]:found[4]])]
    plan = _PLAN.search(text)
    if plan:
        targets.append(Target("年度投资计划", "=", float(plan.group("v")), plan.group("u"), plan.group()))
    return record(b, works, spans, targets=targets, progress=_progress(b, para.text, share_text))


def _share_after(nxt: list[Span]) -> list[Span]:
    """The sentences after a set up to the one telling its share (two at most), none naming a set of its own; [] where
    none tells a share."""
    out = []
    for s in nxt:
        if _find_set(s.text):
            return []
        out.append(s)
        if _SHARE.search(s.text):
            return out
    return []


def _progress(b, para_text: str, text: str) -> Optional[Progress]:
    """The share reported: done at 100% or more, behind where the text says it is under the plan's
    pace; the months gone by weigh the rest in :func:`kg.extract.pace.paced` (every reader's)."""
    as_of = report_as_of(b, text) if _period_month(text) or re.search(r"截至|截止", text) else report_as_of(b, para_text)
    p = find_progress(text, as_of, b.doc.year)
    if p is None or p.percent is None:
        return p
    if p.percent >= 100:
        return Progress("done", p.percent, p.as_of, p.text)
    if _SLOW.search(text):
        return Progress("behind", p.percent, p.as_of, p.text)
    return p
