"""Duties the prose rules read across a sentence's edge (session 9, rx13).

A unit told several things in a row in minutes or a speech, the later ones with a bare 要
after a semicolon (``区督查室要逐项核查滞后事项;要对超期事项下发督办通知;要建立工作台账。``):
each later sentence is the same unit's duty (:func:`carried_subject`).
"""
from __future__ import annotations

from .lazyre import lazy

from .vocab import YAO

#: a sentence opening with a bare modal, no subject of its own: 要对…;  / 要建立…
_BARE_MODAL = lazy(r"^(?:同时|并|还|也)?(?:" + YAO + r"|必须|务必)")
#: a subject named before its modal: 区督查室要… / 区水务局全体班子成员要…
_NAMED_SUBJECT = lazy(r"^[^,,;;:]{2,30}?(?:" + YAO + r"|必须|务必)")


def carried_subject(prev_text: str, prev_actors: list, text: str) -> list:
    """The actors of the sentence before, for a sentence that goes on with a bare 要 after a semicolon
    (``区督查室要…;要对超期事项下发督办通知;``), else ``[]``.

    >>> carried_subject("区督查室要逐项核查滞后事项;", ["督查室"], "要对超期事项下发督办通知;")
    ['督查室']
    >>> carried_subject("区督查室要逐项核查滞后事项。", ["督查室"], "要对超期事项下发督办通知。")
    []
    """
    if not prev_actors or not prev_text.rstrip().endswith((";", ";")):
        return []
    if not _BARE_MODAL.match(text) or not (_NAMED_SUBJECT.match(prev_text.lstrip()) or _BARE_MODAL.match(prev_text.lstrip())):
        return []
    return list(prev_actors)
