"""Lists of works run into one paragraph (pledges of 实事, plans and their reports; rx16).

A pledge of the year's practical matters, or the news of one, often strings the works
together as clauses, each opening with the work's verb::

    今年,城南镇将围绕改善出行条件方面,完成南环路改造,新建2座人行天桥,启动东湖公园建设;
    围绕便民服务方面,计划新建1家社区食堂。

→ one commitment per clause that opens with a verb of building or completing (完成,
新建, 建成, 建设, 创建, 启动, …), its counts the targets.  The list must hold three such clauses
at least in the paragraph; a sentence that orders (要, 必须) is left to the prose rules,
which read its actors and dates.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from typing import Optional

from ..segment import Span, sentences
from .counts import amounts, counted
from ..targets import find_targets
from .supervision import record, sentence_records

#: a clause that opens with a work's verb (after a word of plan)
#: an enumerator opening an item of a list: 一是 / 二要 / (三) / 4. (rx17)
_ENUM = r"(?:[一二三四五六七八九十]{1,2}[是要]|[((][一二三四五六七八九十\d]{1,2}[))]|\d{1,2}[.、.](?!\d))?"
_WORK = lazy(r"^" + _ENUM + r"(?:将|计划|力争|着力|同时)?(?:(?P<v>完成|新建|建成|建设|创建|启动|新增|改造|打造|建立|开业运营|组织实施|创建完成|实现)(?![前中后时])"  # (改造前问需于民: when, no work; rx39)
                   r"(?P<o>[^,,;;。]{2,40})|对(?P<t>[^,,;;。]{2,24}?)进行(?:综合|全面|整体)?(?:打造|改造|整治|提升|修缮|出新))$")  # (实现X全覆盖 / 对东大门进行综合打造, rx43)
#: a quick look before the clauses are cut: a work's verb after a clause's end
_QUICK = lazy(r"(?:^|[,,;;。::])" + _ENUM + r"(?:将|计划|力争|着力|同时)?(?:完成|新建|建成|建设|创建|启动|新增|改造|打造|建立|开业运营|组织实施|实现|对(?=[^,,;;。]{2,24}?进行))(?![前中后时])")
#: a sum or a share done, not a work: 完成投资3亿元 / 完成年度计划的40% / 完成率98%
_SUM = lazy(r"^(?:投资|年度|全年|当年|计划|率|了)|%|[万亿]元$")
#: what 实现 names as a work: a coverage reached (实现X全覆盖), not a wish (实现高质量发展; rx43)
_REACHED = lazy(r"全覆盖|全部覆盖|通达|通畅|达标")
#: no work named: 完成好各项任务 / 完成全年目标 (rx17)
_VAGUE = lazy(r"^(?:好|各项|全年|年度|目标|任务|上级|既定|全部)")
#: where clauses end (a colon ends a lead-in: 重点抓好三项工作:一是…; rx17)
_CUT = lazy(r"[,,;;。::]")
#: an order or a wish: the prose rules read it
_ORDER = lazy(r"要|必须|务必|应当|应该|希望|鼓励|支持|确保|力争")  # (…前,确保完成A,建成B: its term and aims, rx43)
#: the paragraph speaks of a set of works pledged, planned or reported
_CUE = lazy(r"实事|承诺|民生|今年|年内|本年度|计划|将|"
                  r"(?:抓好|做好|推进|完成|突出|办好)(?:[一二三四五六七八九十两]|\d{1,2})(?:项|件|个方面)(?:重点)?(?:工作|任务|实事)[::]|以下(?:几项|重点)?工作[::]")  # (rx17)


def _clauses(sent: Span) -> list[tuple[int, int, re.Match]]:
    """``(start, end, match)`` of the work clauses of ``sent`` (offsets into the text)."""
    out, pos = [], 0
    text = sent.text
    for m in list(_CUT.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        raw = text[pos:end]
        lead = len(raw) - len(raw.lstrip())
        w = _WORK.match(raw.strip())
        if w and not (w.group("o") and (_SUM.search(w.group("o")) or _VAGUE.match(w.group("o")))) \
                and not (w.group("v") == "实现" and not _REACHED.search(w.group("o"))):
            out.append((sent.start + pos + lead, sent.start + pos + lead + len(raw.strip()), w))
        pos = end + 1
    return out


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The work clauses of ``paras[i]`` when it lists three at least; the rest to the prose rules."""
    para = paras[i]
    if len(_QUICK.findall(para.text)) < 3 or not _CUE.search(para.text):
        return None
    sents = [s for s in sentences(para) if not _ORDER.search(s.text)]
    if sum(len(_clauses(s)) for s in sents) < 3:
        return None
    keep = {s.start for s in sents}

    def make(b, sent):
        if sent.start not in keep:
            return None
        recs = []
        works = _clauses(sent)
        for k, (s, e, w) in enumerate(works):
            clause = b.t[s:e]
            targets = counted(clause) or amounts(clause) or find_targets(clause)  # (完成X改造20个: counted skips 完成; rx25)
            task = re.sub(r"^" + _ENUM + r"(?:将|计划|力争|着力|同时)?", "", clause)
            end, served = _served_after(b.t, e, works[k + 1][0] if k + 1 < len(works) else sent.end)
            recs.append(record(b, task, [(s, end)], targets=list(targets) + served))
        return recs or None
    return i + 1 if sentence_records(b, para, make) else None


#: a clause after a work's telling whom it serves: 解决1.8万农村人口吃水难问题 / 发放120户廉租住房补助 (rx53)
_SERVES = lazy(r"[,,](?:解决|惠及|覆盖|发放|带动|受益)[^,,;;。]{2,40}")


def _served_after(t: str, end: int, until: int) -> tuple[int, list]:
    """``(where they end, their targets)`` of the clauses right after a work clause (ending at ``end``) that tell whom
    it serves, with a count (…,完成饮水工程12处,解决1.8万农村人口吃水难问题); ``(end, [])`` where none does (rx53)."""
    out, pos = [], end
    while pos < until:
        m = _SERVES.match(t, pos, until)
        ts = find_targets(m.group()[1:]) if m else []
        if not ts:
            break
        out += ts
        pos = m.end()
    return pos, out
