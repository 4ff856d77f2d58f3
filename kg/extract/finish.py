"""The last step of every record, whichever reader made it: its task name as a
person would write it (:func:`~kg.extract.naming.tidy_task`) and the place each
organization belongs to (:func:`~kg.extract.meta.actor_place`).

>>> from kg.model import Actor, CommitmentRecord
>>> r = finish([CommitmentRecord("河道整治", actors=(Actor("县水务局", "organization", "responsible"),))], ("青石县",))
>>> r[0].actors[0].place
'青石县'
>>> r = finish([CommitmentRecord("修路", actors=(Actor("王五", "person", "lead", "副市长"),))], ("南江市", "东湖区"))
>>> r[0].actors[0].place
'南江市'
"""
from __future__ import annotations

from dataclasses import replace

from kg.model import Actor, CommitmentRecord

from .meta import actor_place
from .naming import tidy_task
from .segment import fold


def tidy(task: str) -> str:
    """:func:`tidy_task` read on the folded text, given back as written
    (``“嚴格落實…”`` keeps its script where the tidy name is a piece of it)."""
    f = fold(task)
    t = tidy_task(f)
    if t == f:
        return task
    i = f.find(t)
    return task[i:i + len(t)] if i >= 0 else t


def _place(a: Actor, chain: tuple[str, ...]) -> "str | None":
    """An organization's place; a person's where the post they are named with has a level
    (副市长王五 in a document of 南江市东湖区 → 南江市), else none (the document's, in kg.resolve)."""
    if a.kind == "organization":
        return actor_place(a.name, a.kind, chain)
    from kg.resolve import levelled_place  # kg.resolve reads kg.extract: import when used

    return levelled_place(a.post, tuple(reversed(chain))) if a.post and a.post != a.name else None


def finish(records: list[CommitmentRecord], chain: tuple[str, ...]) -> list[CommitmentRecord]:
    """``records`` with their organizations' places set where known (``chain``:
    the document's places, outermost first)."""
    out = []
    for r in records:
        actors = tuple(a if a.place else Actor(a.name, a.kind, a.role, a.post, _place(a, chain)) for a in r.actors)
        task = tidy(r.task) or r.task
        out.append(replace(r, actors=actors, task=task) if actors != r.actors or task != r.task else r)
    return out
