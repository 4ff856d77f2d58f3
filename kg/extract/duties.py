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


#: a decision's item that names its unit first: (一)由县国土局负责,… / 2.由A牵头,…
_ITEM_BY = lazy(r"^(?:[((]?[一二三四五六七八九十\d]+[))、.])?\s*由[^,,。;;]{2,24}?(?:负责|牵头)")


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
    if _ITEM_BY.match(prev_text.lstrip()):
        return list(prev_actors)  # (一)由A负责,…;B工作于7月17日前完成: the item's unit goes on (rx23)
    if not _BARE_MODAL.match(text) or not (_NAMED_SUBJECT.match(prev_text.lstrip()) or _BARE_MODAL.match(prev_text.lstrip())):
        return []
    return list(prev_actors)
