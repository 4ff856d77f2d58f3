"""A government's list of the year's practical matters, item by item (rx41)::

    今年,我市将办好事关群众切身利益的“十件实事”
    1.实施86条市政道路建设。其中,建成A路、B街等30条道路,完成C路等12条道路大修。
    2.开工建设市一中新校区、实验幼儿园新园。确保二十中竣工。招聘农村特岗教师200名。

→ one commitment per sentence of an item (a sentence opened by 其中 stays with the one before it), all its figures
its targets, a term of its own its deadline, else the end of the year the list's lead names (今年, 2019年): a year's
practical matters are due by its end (rx43; the shared gold leaves such items undated, which the scorer does not count
against a term given).  A work started, finished or solved counts though it names
no figure; a sentence telling only why (为了…) or how (坚持…) does not.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Deadline, Target

from ..actors import find_actors
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import method_only, task_text, tidy_task
from ..plan_list import _PRACTICAL_RX
from ..segment import Span
from ..targets import cn_number, find_targets
from ..time_section import year_end
from ..vocab import ITEM_NO, IS_NO
from .supervision import record

#: an item of the list: 1. / 一、 / (一) / 一是
_ITEM = lazy(r"^\s*(?:" + ITEM_NO + r"|" + IS_NO + r")\s*")
#: a sentence of an item
_SENT = lazy(r"[^。;;]+[。;;]?")


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of an item's sentences, one opened by 其中 joined to the one before."""
    out: list[list[int]] = []
    for m in _SENT.finditer(text):
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        e = m.end() - (1 if m.group().endswith(("。", ";", ";")) else 0)
        if e - s < 4:
            continue
        if out and text.startswith("其中", s):
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def read(b, paras, i) -> Optional[int]:
    """The lead of a list of practical matters (为民兴办10件实事 / 办好…“十件实事”) closing its paragraph, then two or
    more numbered items: one commitment per sentence of an item; else None."""
    lead = _PRACTICAL_RX.search(paras[i].text) if "实事" in paras[i].text else None
    if not lead:
        return None
    if paras[i].text[lead.end():].strip(" 。::”"):
        return i + 1 if _inline(b, paras[i], lead) else None
    j = i + 1
    while j < len(paras) and _ITEM.match(paras[j].text):
        j += 1
    if j - i < 3:
        return None
    year = _list_year(b, paras[i].text[:lead.start()])
    told = b._paragraph(paras[i])
    b.out.extend(told or _whole(b, paras[i], lead, year))
    for para in paras[i + 1:j]:
        off = _ITEM.match(para.text).end()
        body = para.text[off:]
        for s, e in _sentences(body):
            sent = body[s:e]
            first = re.split(r"[,,]", sent, 1)[0]
            task = tidy_task(task_text(first)) or tidy_task(task_text(sent))
            if len(task) < 3 or method_only(task):
                continue
            own = [d for d in find_deadlines(sent, b.doc) if d.date and d.text not in ("今年", "全年", "年内")]
            at = para.start + off + s
            b.out.append(record(b, task, [(at, at + len(sent))], actors=list(find_actors(sent).actors),
                                targets=find_targets(sent),
                                deadline=Deadline(own[0].text, own[0].date, own[0].precision) if own else year))
    return j


#: the matters of a list counted: 十件实事 / 10件民生实事 / 十大惠民实事 / 8项民生实事项目
_MATTERS = r"(?P<n>[两三四五六七八九十]{1,3}|\d{1,3})(?P<u>件|项|大)(?:重点)?(?P<m>(?:民生|为民|惠民)?实事(?:项目)?)"
#: a title that is the list's lead: 南湾区2023年的八大惠民实事 / 2023年十件民生实事 (rx44)
_TITLE = lazy(r"^[^。,,;;]{0,20}?" + _MATTERS + r"$")
#: the first item told after the colon of the paragraph below the title: …从以下八个方面着手:一是…
_FIRST_AFTER = lazy(r"[::]\s*(?=" + IS_NO + r"|" + ITEM_NO + r")")
#: an item's opening slogan, the heading of its deeds: 加快基础教育提质培优 / 倾力保障群众用电需求
_SLOGAN = lazy(r"^(?:加快|加速|持续|着力|倾力|健全|全面|扎实|全力|确保|大力|进一步|不断|积极|切实|深入|努力|改善|提升|优化|保障|做好|"
               r"推进|强化|完善)[^\d,,、]{2,14}$|^[^\d,,、]{4,12}$")
#: deeds listed with 、, each opened by its verb: 建成A、建成B、安装C
_NEXT_DEED = lazy(r"、(?=(?:建成|完成|新建|增设|安装|改造|升压改造|改扩建|建设|启动|新增|开展|实施|遴选|打造|推进|提升|创建)[\u4e00-\u9fff\d])")


def titled(b, paras, i) -> Optional[int]:
    """A list of practical matters led by its title (南湾区2023年的八大惠民实事), its first item after a colon of the
    paragraph below (…从以下八个方面着手:一是X。deeds), the others one a paragraph: one commitment per deed of
    an item (its opening slogan, 一是加快教育提质, left out; deeds listed with 、 each its own), due by the end
    of the year the title names (rx44); else None."""
    if i + 2 >= len(paras) or len(paras[i].text.strip()) > 30 or not _TITLE.match(paras[i].text.strip()):
        return None
    first = _FIRST_AFTER.search(paras[i + 1].text)
    if not first:
        return None
    j = i + 2
    while j < len(paras) and _ITEM.match(paras[j].text):
        j += 1
    if j - i < 4:
        return None
    year = _list_year(b, paras[i].text)
    b.out.extend(b._paragraph(Span(paras[i + 1].text[:first.start()], paras[i + 1].start, paras[i + 1].start + first.start())))
    items = [(paras[i + 1], first.end())] + [(p, 0) for p in paras[i + 2:j]]
    for para, at in items:
        off = at + _ITEM.match(para.text[at:]).end()
        body = para.text[off:]
        spans = _sentences(body)
        if len(spans) > 1 and _SLOGAN.match(body[spans[0][0]:spans[0][1]]):
            spans = spans[1:]
        for s, e in spans:
            for ds, de in _deeds(body, s, e):
                sent = body[ds:de]
                task = tidy_task(task_text(sent))
                if len(task) >= 3 and not method_only(task):
                    start = para.start + off + ds
                    b.out.append(record(b, task, [(start, start + len(sent))], targets=find_targets(sent), deadline=year))
    return j


def _deeds(body: str, s: int, e: int) -> list[tuple[int, int]]:
    """The deeds of a sentence listed with 、, each opened by its verb (建成A、建成B、安装C)."""
    cuts, last = [], s
    for m in _NEXT_DEED.finditer(body, s, e):
        if m.start() - last >= 4:  # (建成、改造X: two verbs of one deed)
            cuts.append(m.start())
            last = m.start() + 1
    bounds = [s] + [c + 1 for c in cuts]
    ends = cuts + [e]
    return [(a, z) for a, z in zip(bounds, ends) if z - a >= 4]


#: the count of the list's matters in its lead
_COUNT = lazy(_MATTERS)


def _whole(b, para, lead, year) -> list:
    """The list's lead as the whole of its matters, where the prose rules read nothing of it: 今年,我市将办好“十件实事”
    → 十件实事, due by the year's end, their count the target (rx44)."""
    m = _COUNT.search(para.text, 0, lead.end())
    if not m:
        return []
    text = para.text.strip().rstrip("。::")
    at = para.start + len(para.text) - len(para.text.lstrip())
    n = cn_number(m.group("n")) if not m.group("n").isdigit() else float(m.group("n"))
    unit = "件" if m.group("u") == "大" else m.group("u")
    return [record(b, m.group(0).replace("大", unit, 1) if m.group("u") == "大" else m.group(0), [(at, at + len(text))],
                   targets=[Target(m.group("m"), "=", n, unit, m.group(0))] if n else [], deadline=year)]


#: a work of a list told in one sentence: 沛县唐楼护理院改造项目 / 村内道路硬化工程
_NAMED = lazy(r"^[\u4e00-\u9fff“”()()0-9A-Za-z]{3,30}?(?:项目|工程|建设|改造|提升|整治|行动|计划|服务)$")


def _inline(b, para, lead) -> bool:
    """The works of a list named in the lead's own sentence: 共实施民生实事项目8项,分别为:A项目、B工程、C工程。 →
    one commitment per work named (three at least), due by the end of the year the sentence names; the text before
    the list and after its sentence goes to the prose rules.  False where the list names anything but works."""
    text = para.text
    end = text.find("。", lead.end())
    end = len(text) if end < 0 else end
    items, at = [], lead.end()
    for piece in re.split(r"([、;;])", text[lead.end():end]):
        if piece and piece in "、;;":
            at += 1
            continue
        name = piece.strip()
        if not _NAMED.match(name):
            return False
        s = at + piece.find(name)
        items.append((s, s + len(name)))
        at += len(piece)
    if len(items) < 3:
        return False
    start = text.rfind("。", 0, lead.start()) + 1
    year = _list_year(b, text[start:lead.start()])
    head = re.sub(r"[,,]?(?:分别|具体|主要)?(?:是|为|有|包括)?[::]$", "", text[:lead.end()])
    b.out.extend(b._paragraph(Span(head, para.start, para.start + len(head))))
    for s, e in items:
        b.out.append(record(b, tidy_task(text[s:e]), [(para.start + s, para.start + e)], deadline=year))
    rest = text[end + 1:]
    if rest.strip():
        s = para.start + end + 1 + len(rest) - len(rest.lstrip())
        b.out.extend(b._paragraph(Span(b.t[s:para.end], s, para.end)))
    return True


#: the year a list of practical matters is for, in its lead: 今年,我市将办好… / 2019年县政府将…
_YEAR = lazy(r"(?:19|20)\d\d年(?!\d{1,2}月)|今年|明年|本年度?")


def _list_year(b, lead: str) -> Optional[Deadline]:
    """The end of the year the list's lead names: each item's term where it names none of its own (rx43)."""
    m = _YEAR.search(lead)
    return year_end(m.group(0), b.doc) if m else None
