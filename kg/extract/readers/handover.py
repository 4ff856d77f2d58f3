"""Cases an inspection hands over (督察组交办/转办…N件), counted where no reader took them.

An environmental or discipline inspection reports the cases it hands to a
place as a count of 件 (信访件, 举报件, 信访投诉问题, 案件, 问题线索); the
place is to deal with them.  Where the sentence gives no tally of cases
settled (那 is read by :mod:`.rectification`), it is still a commitment: the
count is its target, a word of the sentence its status::

    截至6月3日,督察组转办东湖区信访件46件,均已分派到责任单位,目前正在办理。
    → 信访件办理; 46 件; on_track

Only in a document of an inspection (督察, 信访, 举报) that speaks of settling
cases (办结, 办理, 整改); one commitment per count (the first body sentence naming
it, a title only where no body sentence does), none where a record already holds the sentence.
"""
from __future__ import annotations

import re
from ..lazyre import lazy

from kg.model import Progress, Target

from ..progress import find_progress
from .counts import record

#: 交办第十批群众信访件12件 / 转办的第五批30件环境信访举报问题 / 交办7批次86件信访投诉问题
_HANDED = lazy(r"(?:交办|转办)(?:了|的)?(?P<pre>[^。;;,,]{0,24}?)(?P<n>\d+)件(?P<m>[\u4e00-\u9fff]{0,14})")
_WHAT = lazy(r"(?:信访|举报|投诉|案件|线索)")
_BATCH = lazy(r"第[\d一二三四五六七八九十]+批(?:次)?")
_DOC = lazy(r"督察|信访|举报")
_SETTLE = lazy(r"办结|办理|整改")
_GOING = lazy(r"正在办理|办理中|正在调查|正在核查|正在整改")
_SENT = lazy(r"[^。;;!?\n]+")


def _heading(text: str, s: re.Match) -> bool:
    """A sentence that is a whole short line with no stop of a sentence: a title (…结束进驻 交办N件信访件)."""
    line_start = text.rfind("\n", 0, s.start()) + 1
    line_end = text.find("\n", s.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return line == s.group().strip() and len(line) <= 40


def _sentences(text: str) -> list:
    """The sentences of ``text``, those of the body before titles: a count a title names is
    taken from the body sentence that reports it."""
    return sorted(_SENT.finditer(text), key=lambda s: _heading(text, s))


def _metric(m: re.Match) -> str:
    """What the cases are: the words after the count (信访投诉问题), else before it (信访件)."""
    after = re.split(r"[中,,的]|(?:均|都|已|全部|正在|目前)", m.group("m"))[0]  # (60件信访件均已办结: 信访件, rx51)
    if _WHAT.search(after):
        return after
    pre = re.sub(r"^.*?(?:共|累计|合计)", "", m.group("pre"))
    pre = re.sub(r"^[\u4e00-\u9fff]*?方面", "", pre)
    pre = _BATCH.sub("", pre)
    return pre if _WHAT.search(pre) else ""


def _after_metric(sent: str, m: re.Match, metric: str) -> str:
    """What the sentence tells after the cases' kind (86件信访件均已办结 → 均已办结), its status."""
    return sent[m.end() - len(m.group("m")) + len(metric):] if m.group("m").startswith(metric) else sent[m.end():]


def add(b, start: int, end: int) -> None:
    """Append to ``b.out`` a record for each count of cases handed over in ``b.t[start:end]``
    that no record holds."""
    text = b.t[start:end]
    if not (_DOC.search(text) and _SETTLE.search(text)):
        return
    held = [(e.start, e.end) for r in b.out for e in r.evidence]
    seen = {t.value for r in b.out for t in r.targets if t.unit == "件"}  # a set a tally already counts
    for s in _sentences(text):
        m = _HANDED.search(s.group())
        if not m:
            continue
        metric = _metric(m)
        n = float(m.group("n"))
        if not metric or n in seen:
            continue  # 交办386件… / 对转办的386件…第一时间交办: one set named twice
        seen.add(n)
        a, z = start + s.start(), start + s.end()
        if any(x < z and a < y for x, y in held):
            continue
        rest = _after_metric(s.group(), m, metric)
        prog = find_progress(rest, b.as_of, b.doc.year) if rest.strip(",,") else None
        if prog is None and _GOING.search(rest):
            prog = Progress("on_track", None, b.as_of, rest.strip(",, ")[:60])
        batch = _BATCH.search(m.group("pre"))
        task = (batch.group() if batch else "") + metric + ("" if metric.endswith("办理") else "办理")
        b.out.append(record(b, task, [(a, z)], targets=[Target(metric, "=", n, "件", m.group())], progress=prog))
