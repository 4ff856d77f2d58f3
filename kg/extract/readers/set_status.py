"""Counted sets of works, each with its own breakdown by status (progress news and reports
of livelihood works, rectification news; rx19).

News of a year's works often counts each set and, in the same clauses, how many of it
are done and how many go on, without a total word (共) or a report's title::

    1至9月,东湖区惠民项目90个小项,已完工的有40项,在建的正在实施的有50项。
    12件为民办实事,已完成2件,其余10件正按计划推进;县里自定的4件实事也在推进中。
    上级督察反馈的14项问题,已整改销号11项,其余3项正在整改。

→ one commitment per counted set: its count the target, done when all of it is done
(全部办结, or the count done equals the set's), on track when some is done or the rest
goes on as planned, behind when the set is said to lag; the share done (占40%) its
percent.  A sentence that orders (要, 确保, 力争) is no report; a count that is itself a
status (已完成5件, 其余7件) opens no set.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from typing import Optional

from kg.model import Progress, Target

from ..segment import Span
from .supervision import in_report, record, report_as_of, sentence_records

_U = r"项|件|个|宗|处"
#: a set counted before its name: 12件为民实事 / 承担30项省定任务 / 16项具体任务中
_HEAD = lazy(r"(?<![\d.%第])(?P<n>\d+)(?P<u>" + _U + r")(?P<w>[\u4e00-\u9fff“”]{2,16}?)"
                   r"(?=中?[,,、]|中?已|中?(?:按|正在|均|全部|顺利|有序|稳步|总体|整体))")
#: a set named before its count: 惠民项目90个小项, / 交办信访件41件,
_HEAD_AFTER = lazy(r"(?P<w>[\u4e00-\u9fff“”]{2,14}?(?:项目|工程|实事|事项|任务|问题|大事))(?P<n>\d+)(?P<u>" + _U + r")"
                         r"(?P<sub>小项|子项)?(?=[,,])")
#: the words before a count that make it a status, not a set: 已完成5件 / 其余7件 / 的有40项 / 其中12项
_STATUS_BEFORE = lazy(r"(?:已|有|余|其他|其它|完成|办结|整改|验收|开工|竣工|完工|建成|实施|推进|滞后|未|占|超|达|共计?|计|和|、|其中[,,]?)$")
#: the name of a set that is a status or a share, not works
_NOT_SET = lazy(r"^(?:以上|左右|多|余)|已|完成|办结|整改到位|正在|其余|百分点|平方米|公里|万|亿")
#: a count done of the set's measure word: 已完成5件 / 已完工的有40项 / 已整改销号11项
_DONE = r"(?:已有|已|全面|全部|提前|累计)?(?:完成|办结|建成|竣工|完工|销号|整改完成|办理完毕)[\u4e00-\u9fff]{0,10}?(?:的有|的|了)?(?P<d>\d+){u}"
#: a count done named after the count: 已有3项提前完成 / 26件已办结
_DONE_AFTER = r"(?:已有)?(?P<d>\d+){u}(?:已|已经)?(?:提前|全部)?(?:完成|办结|建成|竣工|完工|销号)"
#: the whole set done
_ALL = lazy(r"全部(?:完成|办结|建成|完工|竣工)|均已(?:完成|办结|建成)|已全部(?:完成|办结|建成)")
#: the rest goes on as planned
_GOING = lazy(r"正在实施|正在推进|正在整改|正在建设|正在办理|(?:按|正按)(?:计划|进度|序时)|推进中|实施中|持续整改|长期(?:坚持|整改)|"
                    r"顺利推进|进展顺利|有序推进|稳步推进|积极推进|加快推进中")
#: the set lags
_LAGS = lazy(r"滞后|未(?:开工|启动|完成)")
#: an order, a wish or a plan: no report
_ORDER = lazy(r"(?<![主重需])要|确保|力争|务必|必须|争取|(?<!按)计划"
              r"|(?<!已于)(?<!已在)(?:\d{1,2}月(?:\d{1,2}日|底|末)?|年底)(?:之)?前(?:全部|全面)?(?:办结|完成|建成)")  # (5月10日前全部办结: a term to meet, rx37)
#: the share done of the set: 占48.3%
_PCT = lazy(r"占(?:比)?(?P<p>\d+(?:\.\d+)?)%")
#: a quick look before any regex: a count of works and a word of status
_QUICK = lazy(r"\d(?:" + _U + r")")
_QUICK_STATUS = lazy(r"完成|办结|推进|实施|整改|建成|验收")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The set-and-status sentences of ``paras[i]`` outside a report; the other sentences go to the prose rules."""
    t = paras[i].text
    if not _QUICK.search(t) or not _QUICK_STATUS.search(t) or in_report(b):
        return None  # (a report's sets and their items are the supervision reader's)
    return i + 1 if sentence_records(b, paras[i], _sets) else None


def _heads(text: str) -> list[tuple[int, int, str, float, str]]:
    """``(start, end, works, count, unit)`` of each counted set of ``text``, in order."""
    found = []
    for rx in (_HEAD, _HEAD_AFTER):
        for m in rx.finditer(text):
            w = m.group("w").strip("“”")
            if _STATUS_BEFORE.search(text[:m.start("n")] if rx is _HEAD else text[:m.start()]) or _NOT_SET.search(w):
                continue
            w = re.sub(r"^(?:[\u4e00-\u9fff]{0,6}?(?:承担|安排|确定|实施|推进|列入|下达)的?|其中|今年|全[市区县镇]|我[市区县镇])+", "", w)
            if rx is _HEAD and w in _GENERIC:  # 巡视指出的9项问题: the set named by what stands before it
                w = _named_before(text[:m.start()]) + w
            u = "项" if m.groupdict().get("sub") else m.group("u")
            if len(w) >= 2:
                found.append((m.start(), m.end(), w, float(m.group("n")), u))
    found.sort()
    return [h for k, h in enumerate(found) if not k or h[0] >= found[k - 1][1]]


#: names too bare to tell one set from another
_GENERIC = {"问题", "任务", "事项", "项目", "工程", "工作"}


def _named_before(head: str) -> str:
    """The words of the clause before a bare count (``巡视指出的`` → ``巡视指出``)."""
    clause = re.split(r"[,,;;。:]", head)[-1]
    clause = re.sub(r"^(?:(?:19|20)\d\d年(?:度)?|截至[^,,]{0,8}|其中|目前|今年|全[市区县镇]|我[市区县镇])+|的$", "", clause)
    return clause if re.fullmatch(r"[\u4e00-\u9fff“”]{0,20}", clause) else ""


def _status(rest: str, n: float, u: str) -> Optional[tuple[str, Optional[float]]]:
    """The status of a set of ``n`` from the clauses after its head: ``(status, percent)``."""
    d = re.search(_DONE.replace("{u}", u), rest) or re.search(_DONE_AFTER.replace("{u}", u), rest)
    pct = _PCT.search(rest[d.end():d.end() + 8]) if d else None
    percent = float(pct.group("p")) if pct else None
    if _ALL.search(rest) and not (d and float(d.group("d")) < n) or (d and float(d.group("d")) >= n):
        return "done", percent
    if _LAGS.search(rest) and not d:
        return "behind", percent
    if d or _GOING.search(rest):
        return "on_track", percent
    return None


def _sets(b, sent: Span):
    """One commitment per counted set of ``sent`` that its own clauses give a status."""
    text = sent.text
    if _ORDER.search(text):
        return None
    heads = _heads(text)
    out = []
    for k, (s, e, works, n, u) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        rest = text[e:end]
        st = _status(rest, n, u) if n >= 2 else None
        if st is None:
            continue
        span = (sent.start + s, sent.start + end)
        clause = text[s:end].rstrip(",,、;;。 ")
        out.append(record(b, works, [(span[0], span[0] + len(clause))],
                          targets=[Target(works, "=", n, u, text[s:e])],
                          progress=Progress(st[0], st[1], report_as_of(b, text), clause[e - s:].strip(",,、 ") or clause)))
    return out or None
