"""A leader's or a meeting's orders, one unit a part, the modal said once before them (meeting
news, minutes; rx19).

After ``要求,`` the parts of the order often name a unit and what it does, with the ground it
acts on and an adverb of time instead of a modal::

    张三要求,甲指挥部要在6月底前完成东片拆迁;县林业局结合片区规划,尽快完成补植;
    县水利局及时做好汛前检查。

→ one commitment per part that opens with units (organizations only) and then, after the
ground (根据, 按照, 结合, 对照 …) or at once, an adverb of time (及时, 尽快, 抓紧, 立即 …):
the units responsible, the act after the adverb the task, its time expression the deadline
(尽快 kept without a date).  A part with a modal of its own (要, 务必) is the prose rules'.
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

from kg.model import Actor, Deadline

from ..actors import parse_list
from ..deadlines import find_deadlines
from ..segment import Span
from .supervision import record, sentence_records

#: the lead-in of orders: 张三要求, / 会议要求: (not 按要求, 的要求, 要求的)
_LEAD = lazy(r"(?<![按照的需提])要求[,,::]")
#: a part: the units, the ground (optional), the adverb, the act
_PART = lazy(r"^(?P<a>[\u4e00-\u9fff、]{3,40}?)(?:(?:根据|按照|结合|对照|依据)[^;;。]{2,40}?[,,])?"
                   r"(?P<adv>及时|尽快|抓紧|立即|迅速|限期)(?P<w>[^,,;;。]{4,40})")
#: a modal of the part's own: the prose rules read it
_MODAL = lazy(r"要(?!求)|务必|必须|确保|力争")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The unit orders of ``paras[i]`` after an order's lead-in; the rest to the prose rules."""
    t = paras[i].text
    if "要求" not in t:
        return None
    lead = _LEAD.search(t)
    if not lead:
        return None
    after = paras[i].start + lead.end()
    return i + 1 if sentence_records(b, paras[i], lambda b, s: _order(b, s) if s.start >= after else None) else None


def _order(b, sent: Span):
    """The commitment of one part of the orders, or None."""
    text = sent.text
    m = _PART.match(text)
    if not m or _MODAL.search(text):
        return None
    items = parse_list(m.group("a"))
    if not items or not all(k == "organization" for _, k, _ in items):
        return None
    actors = [Actor(n, "organization", "responsible", None) for n, _, _ in items]
    found = [f for f in find_deadlines(text, b.doc) if f.date]
    if found:
        deadline = Deadline(found[0].text, found[0].date, found[0].precision)
    else:
        deadline = Deadline("尽快", None, None) if m.group("adv") == "尽快" else None
    task = m.group("w").strip()
    return record(b, task, [(sent.start, sent.end)], actors=actors, deadline=deadline)
