"""The follow-up of an office told sentence after sentence (督查室将…; 督查室将…):
one duty, one commitment.

Example::

    区督查室将对各单位的完成情况进行通报。区督查室将根据各单位方案跟踪督查。

→ one commitment, 区督查室 responsible, both sentences its evidence.  Only
records of one paragraph (other sentences may come between), with the same units and no date,
target or progress of their own, whose sentences all tell a follow-up
(督查, 督办, 调度, 通报, 跟踪, 问效), are joined.
"""
from __future__ import annotations

import re
from dataclasses import replace

#: what a follow-up does: 跟踪督查, 调度通报, 督办, 问效
_FOLLOW_UP = re.compile(r"督查|督办|督导|调度|通报|跟踪|问效")


def _plain(r) -> bool:
    return bool(r.actors) and not r.targets and not r.progress and not (r.deadline and r.deadline.date) \
        and all(_FOLLOW_UP.search(e.text) for e in r.evidence)


def _same_duty(a, b, text: str) -> bool:
    if not (_plain(a) and _plain(b)):
        return False
    if sorted((x.name, x.role) for x in a.actors) != sorted((x.name, x.role) for x in b.actors):
        return False
    end, start = a.evidence[-1].end, b.evidence[0].start
    return 0 <= start - end and "\n" not in text[end:start]  # (one paragraph)


def merge(records: list, text: str) -> list:
    """``records`` with one office's follow-up sentences of a paragraph joined into the first
    (the records between them are kept)."""
    out: list = []
    for r in records:
        k = next((j for j in range(len(out) - 1, -1, -1) if _same_duty(out[j], r, text)), None)
        if k is not None:
            ev = out[k].evidence + r.evidence
            out[k] = replace(out[k], evidence=ev, text=" ".join(e.text for e in ev))
            continue
        out.append(r)
    return out
