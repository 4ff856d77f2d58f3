"""Progress told as news, without a count against a quota nor a rate (progress reports, news of works).

``截至6月底,城南路改造已完成沿线全部房屋丈量,300户签订了协议。`` (or ``目前,全市已完成X120处,还有8处正在办理``,
a count done and the rest told: rx40) → the work named
before ``已`` (城南路改造) is on track as of June 30: one stage done and the rest
counted.  Without a work named (``截至6月底,已完成沿线全部房屋丈量``) the work done
is the task, done.  A sentence with a share or a rate (占任务的65%, 完成率76%) is
left to the readers of counts; a date after the document's is no report.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from typing import Optional

from kg.model import Progress, Target

from ..progress import find_progress
from ..segment import Span
from ..vocab import REST_OF
from .supervision import record, report_as_of, sentence_records

#: 截至6月14日,(X)已完成Y… : the date, the work (may be empty), the stage reported
_NEWS = lazy(r"^(?:根据[^,,。;]{2,20}[,,])?(?:(?:截至|截止)(?:到)?(?:目前|今年)?(?P<when>(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?)(?:止)?[,,]"
                   r"|(?:截至|截止)?目前[,,]?(?=[^,,。;]{0,6}已[^,,。;]{2,40}?\d+(?:个|处|项|件|户|家)[,,](?:还有|剩余|其余)))"
                   r"(?:我[市县区镇乡]|全[市县区镇乡])?(?P<w>[^,,。;:、]{0,20}?)已(?:经)?(?:全面|全部|基本|顺利)?"
                   r"(?P<v>完成|建成|启动|开工|竣工|签订|拆除|搬迁|交付|投入使用|通过验收)(?P<o>[^,,。;]{0,30})")
#: a count against a quota or a rate: the readers of counts read it
_RATE = lazy(r"%|率|占[^,,。]{0,6}的")
#: the work named is itself a directive or a count, not a work: 各单位 / 共有 / 要
_NOT_WORK = lazy(r"^(?:各|共|全|要|将|均|都|其中|我|本|所有|上述|以上|这些?|该)|\d")
#: the rest still being done, after the count done: ,还有7处正在办理当中 / ,剩余3个尚未完成 (rx40)
_REST_GOING = lazy(r"[,,]" + REST_OF + r"[^,,。;]{0,24}?(?:正在|尚未|未)")
#: more of the work told after the stage: 300户签订了协议 / 90户已搬家
_MORE = lazy(r"[,,][^,,。;]{0,12}(?:\d+|[一二三四五六七八九十百]+)[^,,。;]{0,8}(?:了|已)")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The news-progress sentences of ``paras[i]``; the other sentences go to the prose rules, in place."""
    para = paras[i]
    if "已" not in para.text or not re.search(r"截至|截止|目前", para.text):
        return None
    return i + 1 if sentence_records(b, para, _news_record) else None


def _news_record(b, sent: Span):
    """``截至DATE,X已完成Y,N户Z了`` → X on track (or Y done when no X is named), as of DATE."""
    m = _NEWS.match(sent.text)
    if not m or _RATE.search(sent.text):
        return None
    as_of = report_as_of(b, m.group(0))
    if not as_of or b.doc.iso and as_of > b.doc.iso:
        return None
    work = m.group("w").strip()
    if work and _NOT_WORK.search(work):
        return None
    stage = re.sub(r"工作$", "", m.group("v") + re.sub(r"^并", "", m.group("o"))) if not work else ""
    prog = find_progress(sent.text[m.start("w"):], None, b.doc.year)
    status = prog.status if prog else "done"
    if status == "done" and ((work and _MORE.search(sent.text, m.end())) or _REST_GOING.search(sent.text, m.end())):
        status = "on_track"  # a stage done and the rest counted, or the rest still being done: the work goes on
    text = sent.text[m.start("w"):].rstrip("。;")
    return record(b, work or stage, [(sent.start, sent.end)],
                  progress=Progress(status, prog.percent if prog else None, as_of, text))


# ---- groups of sub-items with their statuses --------------------------------------
#: ``A、B等4个子项已提前完成`` : the items named, their count, what is said of them
_GROUP = lazy(r"(?P<n>\d+|[两一二三四五六七八九十]+)(?:个|项)(?P<kind>子项|分项|项目|事项|实事)"
                    r"(?P<pred>[^;;。,,][^;;。]{1,30})")
#: the word a group is counted by, to pass over the paragraphs without one at once
_KIND = lazy(r"(?:个|项)(?:子项|分项|项目|事项|实事)")
#: half the time, half the work: on track (时间过半、进度过半)
_HALF = lazy(r"时间过半[、,,]?(?:任务|进度)过半|进度过半")


def group_records(b, text: str, start: int) -> list:
    """One progress per group of named sub-items in the sentence ``text`` (at ``start``):
    ``A、B等4个子项已提前完成;C等16个子项时间过半、进度过半`` → A、B done; C on track.
    Two groups at least, or sub-items (子项), so that one count alone is left to the readers of counts."""
    found = []
    pos = 0
    if not _KIND.search(text):
        return found
    for part in re.split(r"(?<=[;;])", text):
        m = _GROUP.search(part)
        if m:  # the items: what stands before the count, back to a comma or colon
            head = re.split(r"[,,::。]", part[:m.start()])[-1]  # (not back over a full stop, rx49)
            k = m.start() - len(head)
            head = re.sub(r"(?:等|这|共)$", "", head)
            lead = re.match(r"^\s*(?:其中|另外|此外|还有)?[,,]?", head).end()
            k += lead  # (其中A、B等4个子项…: the evidence opens at the items, not at 其中)
            items = head[lead:].strip()
            if len(items) < 4:
                pos += len(part)
                continue
            pred = m.group("pred")
            prog = Progress("on_track", None, None, pred) if _HALF.search(pred) else find_progress(pred, None, b.doc.year)
            if prog and not re.match(r"^(?:要|将|需|必须|力争|确保)", pred) and items:
                s = start + pos + k
                found.append((items, prog, (s, start + pos + m.end())))
        pos += len(part)
    if len(found) < 2 and not (found and re.search(r"\d+个(?:子项|分项)", text)):
        return []  # one group alone: only of sub-items (4个子项已提前完成)
    as_of = report_as_of(b, text)
    whole = _whole_of(b, text, start, found[0][2][0], as_of)
    return whole + [record(b, items, [span], progress=Progress(p.status, p.percent, as_of, p.text)) for items, p, span in found]


#: the whole set before its groups: 确定的30个民生实事子项总体进展顺利,其中…
_WHOLE = lazy(r"(?P<n>\d+)(?P<u>个|项|件)(?P<m>[\u4e00-\u9fff“”]{0,10}(?:子项|分项|项目|事项|实事))[^,,;;。]{0,4}?"
                    r"(?:总体|整体)?(?:进展顺利|推进顺利|进展良好|有序推进|稳步推进|按序时推进)")


def _whole_of(b, text: str, start: int, first: int, as_of) -> list:
    """``区政府确定的30个民生实事子项总体进展顺利,其中A等4个子项已提前完成;…``: the whole
    set, its count the target, on track, read beside its groups (the clause before 其中)."""
    m = _WHOLE.search(text, 0, max(0, first - start))
    if not m:
        return []
    metric = m.group("m").replace("“", "").replace("”", "")
    return [record(b, metric, [(start + m.start(), start + m.end())],
                   targets=[Target(metric, "=", float(m.group("n")), m.group("u"), m.group())],
                   progress=Progress("on_track", None, as_of, m.group()))]


def groups(b, paras: list[Span], i: int) -> Optional[int]:
    """The sentences of ``paras[i]`` that tell groups of sub-items with their statuses; the rest to the prose rules."""
    para = paras[i]
    if not _KIND.search(para.text):
        return None
    return i + 1 if sentence_records(b, para, lambda b, sent: group_records(b, sent.text, sent.start)) else None
