"""Targets run together in one paragraph, each closed by its units in brackets (a notice handing down a year's targets;
rx44)::

    一、扶贫工程。启动建设30个扶贫新村(市扶贫办、市发改委);南湾库区完成新村帮扶5个(柳岸县政府)。二、教育工程。…

→ one commitment per piece (cut at 。 and ;) that ends with a bracket naming units only: the piece its task and
targets, the units responsible.  Two such pieces at least in the paragraph; its other pieces go to the prose rules.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor

from ..lazyre import lazy
from ..listing import answerable
from ..naming import task_text, tidy_task
from ..segment import Span
from ..targets import find_targets
from .supervision import record, sentence_records

#: a piece closed by its units in brackets
_CLOSED = lazy(r"^(?P<w>(?:[^()()]|[((][^()()]{1,3}[))]){4,120}?)[((](?P<u>[^()()]{2,60})[))]\s*$")
#: a body by its level and its kind, whatever its name holds (市以工代赈办, 市惠民帮扶中心)
_BODY = lazy(r"^[省市县区镇乡][\u4e00-\u9fff]{1,12}(?:办|局|委|中心|公司|站|所|院|政府|部|会)$")
#: a heading opening a piece: 一、扶贫工程。 (cut off by the split) / (一)
_HEAD = lazy(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十\d]{1,2}[))]|\d{1,2}[.、.])")


def _pieces(para: Span) -> list[Span]:
    out, pos = [], 0
    for piece in re.split(r"([。;;])", para.text):
        if piece in ("。", ";", ";"):
            pos += 1
            continue
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append(Span(piece.strip(), para.start + pos + lead, para.start + pos + lead + len(piece.strip())))
        pos += len(piece)
    return out


def _units(text: str) -> Optional[list]:
    m = _CLOSED.match(text)
    if not m:
        return None
    names = [n for n in re.split(r"[、,,和]", m.group("u").replace("牵头", "").replace("负责", "")) if n]
    if not names or not all(_BODY.match(n) or answerable(n) for n in names):
        return None
    return [(n, "organization", None) for n in names]


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The pieces of ``paras[i]`` closed by their units in brackets, two at least; None otherwise."""
    if "(" not in paras[i].text and "(" not in paras[i].text:
        return None
    if sum(1 for p in _pieces(paras[i]) if _units(p.text)) < 2:
        return None
    return i + 1 if sentence_records(b, paras[i], _record, split=_pieces) else None


def _record(b, piece: Span):
    items = _units(piece.text)
    if not items:
        return None
    m = _CLOSED.match(piece.text)
    work = _HEAD.sub("", m.group("w")).strip(",, ")
    if len(work) < 4:
        return None
    start = piece.start + (len(m.group("w")) - len(m.group("w").lstrip()))
    return record(b, tidy_task(task_text(work)) or work[:20], [(start, piece.end)],
                  actors=[Actor(n, "organization", "responsible") for n, _, _ in items], targets=find_targets(work))
