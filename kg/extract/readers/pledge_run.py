"""A pledge's items after its lead, whatever marks them (session 54)::

    南湾区住建局公开“四项承诺”:一是审批时限压缩一半;二是来信7个工作日内答复;三是…
    柳岸镇党委书记公开承诺 ⏎ 第一,6月底前建成镇区污水管网;第二,…
    青石县交通局2023年度公开承诺书 ⏎ 1.年内完成农村公路新改建80公里。 ⏎ 2.…

→ one commitment per item, its unit the one the lead or the title names (a responsible organisation), its term and
targets its own.  The lead is a sentence that pledges and ends with a colon, its items inline after it (…承诺办好以下三件事:第一,…;
第二,…); or a sentence that makes a counted set of pledges (…公开“六项承诺”,…。) or the document's title when it is a
pledge (公开承诺, 承诺书, 承诺事项), the items one to a line after it (1. / 一、 / (一) / 一是), some lines holding two.
A lead alone on its line with its items below is left to the prose rules, which read it as a pledge's lead-in.  The older pledge readers
(:mod:`.pledge`, which this reader runs first, and :mod:`.pledge_items`) go first; this one reads what they leave.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Deadline

from ..actors import TOP_BODY, find_actors, last_named_person
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import task_text, tidy_task
from ..targets import find_targets
from ..vocab import ITEM_NO, MONEY_ONLY_RX
from . import pledge
from .done_list import done_within
from .counts import speaker_actors, speaker_in
from .supervision import record

#: a sentence that pledges what follows its colon: …公开“五项承诺”: / 我承诺办好以下三件事: / 现郑重承诺如下:
_LEAD = lazy(r"承诺[^。;;::]{0,16}?[::]\s*")
#: a sentence that makes a counted set of pledges, its items on the lines after: …公开“六项承诺”,接受群众监督。
_MAKES = lazy(r"(?:公开|作出|做出|郑重|立下)[^。;;]{0,8}?[一二三四五六七八九十\d]+(?:项|条|个|件)(?:服务|廉政|公开)?承诺")
#: a title that is a pledge: …公开承诺 / …承诺书 / …承诺事项(公示)
_TITLE = lazy(r"公开承诺|承诺书|承诺事项|服务承诺|[一二三四五六七八九十\d]+项承诺")
#: an inline item's mark: 一是 / 第一, / 1. / (1) / 一,
_MARK = lazy(r"(?:^|(?<=[;;。::“\"]))\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,,、]|\d+[.、.]|[((][一二三四五六七八九十\d]+[))]"
             r"|[一二三四五六七八九十]{1,2}[,,](?=[\u4e00-\u9fff]))")  # (…承诺:一,修好X;二,…: rx49)
#: a line that is an item: 1. / 一、 / (一) / 一是 / 第一,
_ITEM_LINE = lazy(r"^\s*(?:" + ITEM_NO + r"|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,,、])\s*(?P<t>\S.{3,})$")
#: the unit whose pledge it is, named right before it: 区文旅局的承诺书 / 县卫健局党委公开承诺
_UNIT_PLEDGES = lazy(r"(?:^|[,,])(?:其中|另外)?(?P<u>[\u4e00-\u9fff]{1,10}?(?:局|委|办|院|所|中心|公司|镇|乡|街道|部|厅|站|队))"
                     r"(?:党委|党组|党支部)?的?(?:公开|郑重)?承诺")
#: an item of labelled fields (承诺事项:… 承诺时限:… 责任人:…): the readers of fields
_LABELLED = lazy(r"^[\u4e00-\u9fff]{2,6}[::]")
#: a line that heads a section of pledges or labels its fields (二、窗口单位服务承诺 / 1.县公安局:… / 责任单位:…): other readers
_SECTION_WORDS = lazy(r"承诺|责任人|责任单位|牵头单位|践诺|[::]")
#: a title of the pledges' fulfilment (践诺情况, 兑现情况): the readers of status
_FULFILMENT = lazy(r"践诺|兑现|情况|完成|进展|进度")
#: an item that is no pledge: the lead's closing words, a call to watch
_NOT_ITEM = lazy(r"^(?:欢迎|请|恳请|希望)[^。]{0,12}?(?:监督|批评)")


def _unit(text: str) -> list[Actor]:
    """The person who pledges in a lead (办党委喻某书记…作出四项承诺:) with his unit, else the organisation a lead or
    a title names first (not the government at large), as responsible."""
    text = re.split(r"[。;;]", text.rstrip("。;; "))[-1]  # (the lead's own sentence)
    said = speaker_actors(speaker_in(text))
    if said:
        return said
    own = _UNIT_PLEDGES.search(text)  # (其中区文旅局的承诺书中列有以下几项:)
    if own and not TOP_BODY.match(own.group("u")):
        return [Actor(own.group("u"), "organization", "responsible")]
    for a in find_actors(text).actors:
        if a.kind == "organization" and not TOP_BODY.match(a.name):
            return [Actor(a.name, "organization", "responsible")]
    return []


#: a lead whose pledger is told by a pronoun: 他当众许下了三个承诺: (rx49)
_HE = lazy(r"(?:^|[,,])(?:他|她)[^,,。;;]{0,12}?(?:作出|做出|许下|立下)?[^,,。;;]{0,6}?承诺[^。;;]{0,16}?[::]\s*$")


def _he(lead: str, before: str) -> list[Actor]:
    """The person a lead's 他/她 stands for: the last one named with a post before it (…村支书王某…。…他向村民作出了
    三个承诺:), as responsible; else []."""
    if not _HE.search(re.split(r"[。;;]", lead.rstrip("。;; "))[-1]):
        return []
    who = last_named_person(before)
    return [who] if who else []


def _item(b, text: str, start: int, mark: int, unit: list[Actor]) -> Optional[object]:
    """The record of one item: ``text`` from ``start`` in the paragraph, its mark (一是) the first ``mark`` characters,
    in the evidence but not the task; None for one naming nothing."""
    body = text[mark:].strip().rstrip("。;;,, ”\"…")
    if len(re.sub(r"[^\u4e00-\u9fff]", "", body)) < 4 or _NOT_ITEM.match(body):
        return None
    lead = len(text) - len(text.lstrip())
    end = start + text.index(body, mark) + len(body)
    own = find_actors(body).actors
    dated = [d for d in find_deadlines(body, b.doc) if d.date]
    return record(b, _task(body), [(start + lead, end)],
                  actors=unit or list(own), targets=find_targets(body),
                  deadline=Deadline(dated[-1].text, dated[-1].date, dated[-1].precision) if dated else None)


def _task(body: str) -> str:
    """An item's task: its first clause that is more than money put in (投入资金80万元,新修机耕道6公里: 新修机耕道)."""
    for c in re.split(r"[,,;;]", body):
        c = c.strip()
        if c and not MONEY_ONLY_RX.match(c) and len(re.sub(r"[^\u4e00-\u9fff]", "", c)) >= 4:
            return tidy_task(task_text(c)) or c
    return tidy_task(task_text(body)) or body


def _inline(b, para, unit: list[Actor], at: int, least: int = 2) -> list:
    """The items marked inline after ``at`` in a paragraph (一是A;二是B), each to the next mark or the sentence end;
    ``[]`` for fewer marks than ``least``."""
    t = para.text
    marks = [m for m in _MARK.finditer(t, at)]
    if len(marks) < least:
        return []
    out = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(t)
        piece = t[m.start():end]
        stop = piece.find("。")  # (the last item ends with its sentence: 欢迎社会各界监督。 is no item)
        piece = piece[:stop] if stop >= 0 and k + 1 == len(marks) else piece
        rec = _item(b, piece, para.start + m.start(), m.end() - m.start(), unit)
        if rec is not None:
            out.append(rec)
    return out


def _lines(b, paras, j: int, unit: list[Actor]) -> tuple[list, int]:
    """The items one to a line from ``paras[j]``, and the index after the last."""
    out = []
    while j < len(paras) and _ITEM_LINE.match(paras[j].text) and not _LABELLED.match(_ITEM_LINE.match(paras[j].text).group("t")) \
            and not _SECTION_WORDS.search(paras[j].text):
        lead = _LEAD.search(paras[j].text)  # (2.…其中区文旅局的承诺书列有以下几项:一是…: that unit's items)
        if lead:
            out.extend(_inline(b, paras[j], _unit(paras[j].text[:lead.end()]) or unit, lead.end()))
        else:
            out.extend(_inline(b, paras[j], unit, 0, least=1))  # (五是A。…;六是B: two items on one line)
        j += 1
    return out, j


def read(b, paras, i) -> Optional[int]:
    """A pledge's items after their lead (:func:`_items`) where they are more than the older pledge reader
    (:func:`.pledge.read`) reads in the same paragraphs; else what the older reader reads or claims, or None."""
    n = len(b.out)
    claimed = pledge.read(b, paras, i)
    theirs = b.out[n:]
    del b.out[n:]
    mine = _items(b, paras, i)
    if mine is not None and len(b.out) - n > len(theirs) and (claimed is None or mine >= claimed):
        return mine  # (今年我承诺办好以下三件事:第一,A;第二,B;第三,C: each item, where the older reader joins them)
    del b.out[n:]
    b.out.extend(theirs)
    return claimed


def _items(b, paras, i) -> Optional[int]:
    """A pledge's lead (a sentence ending 承诺…:, or the document's pledge title) and two items or more after it:
    one commitment each; else None."""
    t = paras[i].text
    lead = _LEAD.search(t)
    if lead:
        unit = _unit(t[:lead.end()]) or _he(t[:lead.end()], b.t[max(0, paras[i].start - 1500):paras[i].start + lead.start()])
        recs = _inline(b, paras[i], unit, lead.end())
        if len(recs) >= 2:
            b.out.extend(recs)
            return i + 1
        return None  # (a lead alone on its line, its items below: the prose rules read them as a pledge's items)
    if (i == 0 and _TITLE.search(t) and not _FULFILMENT.search(t) and len(t) <= 60) or _MAKES.search(t):
        recs, j = _lines(b, paras, i + 1, _unit(t))
        if len(recs) >= 2:
            b.out.extend(recs)
            return j
    return None


#: what a page says of the pledges told before: 这些承诺,他在任内逐一兑现 / 上述承诺均已兑现 (rx49)
_KEPT = lazy(r"(?:这些|上述|以上|这[一二三四五六七八九十两几]+(?:项|个|条))承诺[,,]?[^。;;]{0,14}?(?:逐一|一一|全部|均已|都已|已经?|都)兑现")


def kept_after(records: list, text: str, as_of) -> list:
    """``records`` where a sentence after a pledge's items says those pledges were kept: the items before it, after the
    pledge's lead (…承诺:一,…;二,…), with no status of their own, are done as of the page."""
    out = list(records)
    for m in _KEPT.finditer(text):
        lead = max((x.end() for x in _LEAD.finditer(text, 0, m.start())), default=None)
        if lead is not None:
            out = done_within(out, lead - 40, m.start(), as_of, text[m.start():text.find("。", m.start()) + 1 or len(text)].strip())
    return out
