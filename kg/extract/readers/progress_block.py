"""How an item's works stand, told in a labelled block of numbered lines below it (rx52)::

    一、做好重点群体就业,开展职业技能培训1万人次、农民技术培训800人次,…
    年度投资目标6000万元,1—3月完成投资1500万元,占年度投资目标的25%。
    推进情况:1. 全县开展职业技能培训2600人次。
    2. 开展农民技术培训210人次,…

→ the numbered lines of the block are no commitments of their own: they tell how the item's works stand, so they
join the item's record as its evidence, and the item is on track (done where every line tells it done) unless it
tells its own status.  A line of the item's money (年度投资目标…) is a record of its own and stays.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Evidence, Progress

from ..lazyre import lazy
from ..vocab import STATUS_LABEL

#: the block's label opening its first line: 推进情况:1. … / 进展情况:
_LABEL = lazy(r"^\s*(?:" + STATUS_LABEL + r")[::]")
#: a numbered line of the block: 2. … / 3、…
_LINE = lazy(r"^\s*\d{1,2}\s*[.、.．]")
#: a top item the block is under: 一、… / (一)…
_ITEM = lazy(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])")
_ALL_DONE = lazy(r"已(?:全部)?(?:完成|建成|完工|竣工|办结)|均已")


def fold(b, out: list, paras: list) -> list:
    """``out`` with the records of each labelled block folded into the record of the item above it (``b`` the
    builder: its original text, for the block's evidence, and the report's date)."""
    for item, block in _blocks(paras):
        owner = next((r for r in out if _starts_in(r, item.start, item.end)), None)
        if owner is None:
            continue
        inside = [r for r in out if r is not owner and _starts_in(r, block[0].start, block[-1].end)]
        folded = _with_block(b, owner, block)
        out = [folded if r is owner else r for r in out if not any(r is x for x in inside)]
    return out


def _starts_in(r, s: int, e: int) -> bool:
    return bool(r.evidence) and r.evidence[0].start is not None and s <= r.evidence[0].start < e


def _with_block(b, owner, block: list):
    """The item's record with the block's lines its evidence too, and the block's status where it tells none."""
    evidence = tuple(owner.evidence) + tuple(Evidence(b.orig[p.start:p.end], p.start, p.end) for p in block)
    status = "done" if all(_ALL_DONE.search(p.text) for p in block) else "on_track"
    progress = owner.progress if owner.progress and owner.progress.status else \
        Progress(status, None, b.as_of, block[0].text.strip()[:60])
    return replace(owner, evidence=evidence, text=" ".join(ev.text for ev in evidence), progress=progress)


def _blocks(paras: list) -> list:
    """``(item paragraph, [block paragraphs])`` for each labelled block of numbered lines under a top item."""
    found, item, k = [], None, 0
    while k < len(paras):
        text = paras[k].text
        if _ITEM.match(text):
            item = paras[k]
        elif item is not None and _LABEL.match(text) and _LINE.match(_LABEL.sub("", text)):
            j = k + 1
            while j < len(paras) and _LINE.match(paras[j].text):
                j += 1
            found.append((item, paras[k:j]))
            k = j
            continue
        k += 1
    return found
