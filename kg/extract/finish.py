"""The last step of every record, whichever reader made it: the place each
organization belongs to (:func:`~kg.extract.meta.actor_place`).

>>> from kg.model import Actor, CommitmentRecord
>>> r = finish([CommitmentRecord("河道整治", actors=(Actor("县水务局", "organization", "responsible"),))], ("青石县",))
>>> r[0].actors[0].place
'青石县'
"""
from __future__ import annotations

from dataclasses import replace

from kg.model import CommitmentRecord

from .meta import actor_place


def finish(records: list[CommitmentRecord], chain: tuple[str, ...]) -> list[CommitmentRecord]:
    """``records`` with their organizations' places set where known (``chain``:
    the document's places, outermost first)."""
    out = []
    for r in records:
        actors = tuple(a if a.place else replace(a, place=actor_place(a.name, a.kind, chain)) for a in r.actors)
        out.append(replace(r, actors=actors) if actors != r.actors else r)
    return out
