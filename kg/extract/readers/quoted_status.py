"""Works named in quotes, several to a sentence, given one status by the sentence, in a progress report (rx44)::

    未达到目标任务进度的小项,涉及“农田水利建设”、“乡村道路养护”和“文化站建设”等。
    20件实事中,有2件未达到进度,分别是“新建3所幼儿园”和“改造5个农贸市场”。
    “城东公园建设”和“公交线路延伸”因故没有完成

→ one commitment per quoted work with the sentence's status (here behind), as of the report's date; a figure the
name holds its target.  A sentence that names the works but tells no status is left to the prose rules.
"""
from __future__ import annotations

from typing import Optional

from kg.model import Progress

from ..lazyre import lazy
from ..progress import find_progress
from ..segment import Span
from ..targets import find_targets
from .supervision import record, report_as_of, sentence_records

#: two quoted names or more, after a word that lists them: 涉及“A”、“B”和“C”等 / 分别是“A”和“B”
_QLIST = lazy(r"(?:^|涉及|分别是|分别为|包括|主要是|主要有|[::])\s*(?P<l>“[^“”]{2,30}”(?:\s*(?:、|和|及|与|以及|,|,)\s*“[^“”]{2,30}”)+)")
_NAME = lazy(r"“(?P<n>[^“”]{2,30})”")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The sentences of ``paras[i]`` that give quoted works a status; None where none does."""
    if "“" not in paras[i].text or not _QLIST.search(paras[i].text):
        return None
    return i + 1 if sentence_records(b, paras[i], _records) else None


def _records(b, sent: Span):
    m = _QLIST.search(sent.text)
    if not m:
        return None
    told = find_progress(sent.text[:m.start()] + sent.text[m.end():], None, b.doc.year)
    if told is None:
        return None
    out = []
    for q in _NAME.finditer(m.group("l")):
        at = sent.start + m.start("l") + q.start()
        progress = Progress(told.status, None, report_as_of(b, sent.text), told.text)
        out.append(record(b, q.group("n"), [(at, at + len(q.group()))], targets=find_targets(q.group("n")),
                          progress=progress))
    return out
