"""A set counted, then told unit by unit after 其中, in a supervision or rectification notice (rx44)::

    共接收交办举报件156件,涉及8个县(市),其中甲市98件,乙县8件,丙县4件。
    共发现问题106个,已完成整改94个。其中,甲区30个、乙区29个、丙局2个。未完成整改12个。其中,甲区5个、丁局1个。

→ one commitment per unit: the unit (a body, or a district, county or city standing for its government)
responsible for its share of the set's work.  A set handed down (交办, 转办, 下达, 涉及…) gives each unit its count as
the target, no status.  A set not yet done (未完成整改) gives each of its units under way (on track) where the same
paragraph counts part of its share done, not started where it counts others' done but not its own (on track where no
list of the done is given); a unit only in the list of the done is done.
A list of the done alone is a tally, not read here (其中新建200套 and the like are parts, not units).
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress, Target

from ..lazyre import lazy
from ..segment import Span
from ..listing import answerable, pieces
from .supervision import record, report_as_of, sentence_records

#: the measure words of a counted set of cases
_MW = r"个|件|处|项|家|起|条|宗|批次"
#: a list after 其中, up to the sentence's end (or a bracket: (具体明细附后))
_LIST = lazy(r"其中[,,::]?(?P<l>[^。;;()()]{6,400}?)(?=[。;;()()]|$)")
#: one unit's share: 甲区5个 / 市住建局1个
_SHARE = lazy(r"^(?P<u>[\u4e00-\u9fff]{2,14}?)(?P<n>\d+)(?P<m>" + _MW + r")$")
#: what the set is: handed down, not yet done, done
_ASSIGNED = lazy(r"交办|转办|转交|下达|分解|分配|涉及|接收|收到|受理|督办")
_OPEN = lazy(r"^(?:尚?未|仍未|还未|没有|正在|仍有|尚有)")
_DONE = lazy(r"^(?:已|均已|共)?(?:完成整改|整改完成|整改到位|办结|完成|销号)|^已")
#: the thing a set counts: 发现大气污染防治问题106个 → 大气污染防治问题
_THING = lazy(r"(?P<t>[\u4e00-\u9fff]{2,16}?)(?:\d+批)?\d+(?:" + _MW + r")(?![县市区镇乡村单部(()])")
_THING_LEAD = lazy(r"^.*(?:共|累计|发现|排查出?|检查出?|交办|转办|接收|收到|受理|上报|督办|梳理出?|反馈)")


def _shares(text: str) -> Optional[list[tuple[str, int, int, float, str]]]:
    """``(unit, start, end, count, measure)`` for each piece of a list of shares; None where a piece is not a
    unit's share or fewer than three are."""
    out = []
    for name, s, e in pieces(text):
        m = _SHARE.match(name)
        if not m or not answerable(m.group("u")):
            return None
        out.append((m.group("u"), s, e, float(m.group("n")), m.group("m")))
    return out if len(out) >= 3 else None


def _set_clause(text: str, at: int, before: str) -> str:
    """The clause naming the set a list after 其中 breaks down: the one before it, in its sentence or (where 其中
    opens the sentence or paragraph) the last of the text before."""
    head = re.split(r"[。;;]", text[:at])[-1].rstrip(",,:: ")
    if not head:
        head = re.split(r"[。;;]", (before + text[:at]).rstrip("。;;,,:: "))[-1]
    return re.split(r"[,,]", head)[-1] if head else ""


def _thing(text: str) -> str:
    """The thing counted in the nearest count before a list: 大气污染防治突出问题."""
    found = [m.group("t") for m in _THING.finditer(text)]
    for t in reversed(found):
        t = _THING_LEAD.sub("", t)
        t = re.sub(r"^(?:已|未|尚未)?(?:完成|整改)*", "", t)
        if len(t) >= 2 and not re.search(r"(?:[县市区镇乡村]|单位|部门)$", t):
            return t
    return ""


def _whole(b, head: str, start: int, thing: str, work: str) -> list:
    """The set handed down, where the prose rules read nothing of it: 共接收交办举报件14批156件 → its work, the
    count its target."""
    for m in reversed(list(_TOTAL.finditer(head))):
        if thing and thing in m.group("t"):
            return [record(b, work, [(start, start + len(head))],
                           targets=[Target(thing, "=", float(m.group("n")), m.group("m"), m.group("n") + m.group("m"))])]
    return []


#: a count of the set, the thing it counts before it
_TOTAL = lazy(r"(?P<t>[\u4e00-\u9fff]{2,16}?)(?:\d+批)?(?P<n>\d+)(?P<m>" + _MW + r")")


def _lists(b, paras: list[Span], i: int):
    """The lists of shares of ``paras[i]``: ``(kind, match, shares)`` with kind assigned / open / done."""
    para = paras[i]
    before = paras[i - 1].text if i > 0 else ""
    out = []
    for m in _LIST.finditer(para.text):
        shares = _shares(m.group("l"))
        if not shares:
            continue
        clause = _set_clause(para.text, m.start(), before)
        kind = "open" if _OPEN.search(clause) else "done" if _DONE.search(clause) else \
            "assigned" if _ASSIGNED.search(clause) else None
        if kind:
            out.append((kind, m, shares))
    return out


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The sentences of ``paras[i]`` that break a set down by unit; None where none is read."""
    if "其中" not in paras[i].text:
        return None
    lists = _lists(b, paras, i)
    kinds = {k for k, _, _ in lists}
    if not lists or kinds == {"done"}:
        return None
    para = paras[i]
    before = paras[i - 1].text if i > 0 else ""
    context = before + para.text
    thing = _thing(context[:len(before) + lists[0][1].start()])
    done_units = {u for k, _, sh in lists if k == "done" for u, *_ in sh}
    open_units = {u for k, _, sh in lists if k == "open" for u, *_ in sh}
    work = thing + ("办理" if thing.endswith("件") else "整改" if re.search(r"问题|隐患", thing) else "")

    def make(b, sent: Span):
        recs = []
        for kind, m, shares in lists:
            ls = m.start("l")
            if not (sent.start - para.start <= ls < sent.end - para.start):
                continue
            head = sent.text[:ls - (sent.start - para.start)]
            head = head[:head.rfind("其中")].rstrip(",,:: ")
            if len(head) >= 6:  # the set itself, told before its breakdown
                told = b._paragraph(Span(head, sent.start, sent.start + len(head)))
                recs.extend(told or _whole(b, head, sent.start, thing, work))
            for unit, s, e, n, mw in shares:
                if kind == "done" and unit in open_units:
                    continue
                status = {"done": "done", "assigned": None}.get(kind, "on_track" if unit in done_units or not done_units
                                                                else "not_started")
                progress = Progress(status, None, report_as_of(b, context), para.text[ls + s:ls + e]) if status else None
                targets = [Target(thing or "数量", "=", n, mw, f"{n:g}{mw}")] if kind == "assigned" else []
                at = para.start + ls
                recs.append(record(b, unit + work, [(at + s, at + e)], actors=[Actor(unit, "organization", "responsible")],
                                   targets=targets, progress=progress))
        return recs

    return i + 1 if sentence_records(b, para, make) else None
