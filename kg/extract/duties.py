"""Duties the prose rules read across a sentence's edge (session 9, rx13).

A unit told several things in a row in minutes or a speech, the later ones with a bare 要
after a semicolon (``区督查室要逐项核查滞后事项;要对超期事项下发督办通知;要建立工作台账。``):
each later sentence is the same unit's duty (:func:`carried_subject`).
"""
from __future__ import annotations

from dataclasses import replace

from kg.model import Actor, Evidence

from .actors import parse_item
from .lazyre import lazy
from .naming import task_text
from .segment import told_next
from .targets import find_targets
from .vocab import YAO

#: a sentence opening with a bare modal, no subject of its own: 要对…;  / 要建立…
_BARE_MODAL = lazy(r"^(?:同时|并|还|也)?(?:对[^,,;;:]{2,30}?)?(?:" + YAO + r"|必须|务必)")  # (同时对X要实行…, rx43)
#: a subject named before its modal: 区督查室要… / 区水务局全体班子成员要… / 县水利局牵头、各乡镇配合,… (rx43)
_NAMED_SUBJECT = lazy(r"^[^,,;;:]{2,30}?(?:" + YAO + r"|必须|务必)|^[^,,;;:]{2,30}?(?:牵头|负责)[,,、]")


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
    also = _ALSO_DUTY.match(text) if prev_actors and _ITEM_BY.match(prev_text.lstrip()) else None
    if also:  # (一)由A负责,…。同时,做好B工作: the item's unit goes on; 同时,协助C完成D: it helps C, who answers for D (rx42)
        helped = _HELPS.match(text)
        unit = parse_item(helped.group("u")) if helped else None
        if unit and unit[1] == "organization":
            return [Actor(unit[0], "organization", "responsible", unit[2])] + [replace(a, role="assist") for a in prev_actors]
        return list(prev_actors)
    if not prev_actors or not prev_text.rstrip().endswith((";", ";")):
        return []
    if _ITEM_BY.match(prev_text.lstrip()):
        return list(prev_actors)  # (一)由A负责,…;B工作于7月17日前完成: the item's unit goes on (rx23)
    if not _BARE_MODAL.match(text) or not (_NAMED_SUBJECT.match(prev_text.lstrip()) or _BARE_MODAL.match(prev_text.lstrip())):
        return []
    return list(prev_actors)


#: a further duty of the item's unit, in the sentence after: 同时,做好… / 同时,协助…完成… (rx42)
_ALSO_DUTY = lazy(r"^\s*(?:同时|此外|另外)[,,]?(?:还要|要|并)?(?:做好|抓好|协助|配合|负责|完成|督促|指导)")
#: the unit helped: 同时,协助县自然资源局完成…
_HELPS = lazy(r"^\s*(?:同时|此外|另外)[,,]?(?:还要|要|并)?(?:协助|配合)(?P<u>[\u4e00-\u9fff]{2,20}?)(?=完成|做好|开展|推进|实施)")


#: a standing part a unit takes in the work the sentence goes on with: 负责技术指导 / 负责统筹协调 / 负责督促检查
_PART_ONLY = lazy(r"^(?:负责)?(?:技术指导|业务指导|统筹调度|统筹协调|协调调度|督促检查|监督检查|质量监管|技术服务)(?:工作)?$")


def part_joined(records: list, text: str, orig: str) -> list:
    """…,由县水保站负责技术指导,柳湾乡、石岗乡具体组织实施,明年4月底前完成。: a unit's standing part told in the same
    sentence as the work it serves is no work of its own: the unit is one of the work's (rx36)."""
    out: list = []
    for r in records:
        prev = out[-1] if out else None
        if prev is not None and _PART_ONLY.match(prev.task or "") and not (prev.deadline or prev.targets or prev.progress) \
                and prev.actors and r.actors and told_next(prev, r, text):
            names = {a.name for a in r.actors}
            out[-1] = _named_before(replace(r, actors=tuple(a for a in prev.actors if a.name not in names) + tuple(r.actors),
                                            evidence=tuple(prev.evidence) + tuple(r.evidence), text=prev.text + " " + r.text), text, orig)
            continue
        out.append(r)
    return out


#: a task that names only its finish and term: 4月底前完成 / 全部完成
_FINISH_ONLY = lazy(r"^[\d月日底前年内明今]*(?:全部|全面)?完成$")


def _named_before(rec, text: str, orig: str):
    """The joined work naming only its finish (4月底前完成) is named by the clause opening its sentence (治理水土流失
    12平方公里,由…): that clause its task and figures, and part of its evidence."""
    start = rec.evidence[0].start
    if not _FINISH_ONLY.match(rec.task or "") or start is None:
        return rec
    at = max(text.rfind(c, 0, start) for c in "。\n;;") + 1
    head = text[at:start]
    clause = head.strip(" ,,")
    if not 4 <= len(clause) <= 30 or "," in clause or "," in clause:
        return rec
    lead = at + len(head) - len(head.lstrip(" ,,"))
    ev = Evidence(orig[lead:lead + len(clause)], lead, lead + len(clause))
    return replace(rec, task=task_text(clause), evidence=(ev,) + tuple(rec.evidence), text=ev.text + " " + rec.text,
                   targets=tuple(rec.targets) + tuple(find_targets(clause)))
