"""The follow-up of an office told sentence after sentence (督查室将…; 督查室将…):
one duty, one commitment.

Example::

    区督查室将对各单位的完成情况进行通报。区督查室将根据各单位方案跟踪督查。

→ one commitment, 区督查室 responsible, both sentences its evidence.  Only
records of one paragraph (other sentences may come between), with the same units and no date,
target or progress of their own, whose sentences all tell a follow-up
(督查, 督办, 调度, 通报, 跟踪, 问效), are joined; two numbered items are not.
"""
from __future__ import annotations

from ..lazyre import lazy
from ..vocab import ITEM_RX
from dataclasses import replace

#: what a follow-up does: 跟踪督查, 调度通报, 督办, 问效
_FOLLOW_UP = lazy(r"督查|督办|督导|调度|通报|跟踪|问效")


def _plain(r) -> bool:
    return bool(r.actors) and not r.targets and not r.progress and not (r.deadline and r.deadline.date) \
        and all(_FOLLOW_UP.search(e.text) for e in r.evidence)


def _same_units(a, b) -> bool:
    return sorted((x.name, x.role) for x in a.actors) == sorted((x.name, x.role) for x in b.actors)


def merge(records: list, text: str) -> list:
    """``records`` with one office's follow-up sentences of a paragraph joined into the first
    (the records between them are kept)."""
    out: list = []
    plain: list = []  # where the follow-ups stand in ``out``
    for r in records:
        if not _plain(r):
            out.append(r)
            continue
        start = r.evidence[0].start
        k = None
        for j in reversed(plain):
            end = out[j].evidence[-1].end
            if end > start or "\n" in text[end:start]:
                break  # (an earlier paragraph: no record before it is of this one)
            if ITEM_RX.match(r.evidence[0].text) and ITEM_RX.match(out[j].evidence[0].text):
                break  # (会议议定:…3.督查办按季度通报。…5.督查办按月通报: two numbered decisions, rx41)
            if _same_units(out[j], r):
                k = j
                break
        if k is None:
            plain.append(len(out))
            out.append(r)
            continue
        ev = out[k].evidence + r.evidence
        out[k] = replace(out[k], evidence=ev, text=" ".join(e.text for e in ev))
    return out
