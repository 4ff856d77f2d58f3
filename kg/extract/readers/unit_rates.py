"""Units ranked by their rate in a supervision notice, each unit with its percent (rx44)::

    接种率排名前三名的乡镇:甲镇政府98%、乙镇政府97%、丙镇政府97%;接种率排名后三名的乡镇:丁镇政府83%、戊镇政府84%。

→ one commitment per unit: the unit responsible for its own rate of the work the notice ranks (接种), its percent the
progress: done at 100% or more, behind where the list is of the last (后三名, 排名靠后, 末位), else on track, as of
the report's date.  A list is two units at least after a colon (or right after 的部门, 的乡镇) whose clause ranks them
(排名, 前N名, 后N名).
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress

from ..lazyre import lazy
from ..segment import Span
from ..listing import answerable, pieces
from . import supervision
from .supervision import record, report_as_of

#: a clause ranking units, then its list after a colon
_RANKED = lazy(r"(?P<head>[^。;;::]{0,30}?(?:排名|排序|前[一二两三四五六七八九十\d]+名|后[一二两三四五六七八九十\d]+名|靠前|靠后|末位)"
               r"[^。;;::]{0,12}?)(?:[::]|(?<=的)(?:乡镇|部门|单位|县区|街道|镇街|社区)(?=[\u4e00-\u9fff]))(?P<l>[^。;;]{4,300})")
#: one unit's rate: 甲镇政府98% / 金融办100% / 南湾县(78.5%) (its bracket a page may leave open)
_RATE = lazy(r"^(?P<u>[\u4e00-\u9fff()()]{2,20}?)(?:(?P<p>\d+(?:\.\d+)?)%|[((](?P<bp>\d+(?:\.\d+)?)%[^))]{0,20}(?:[))][\u4e00-\u9fff]{0,12})?)$")
#: the places of a set told in turn after their lead (各县(市、区)投资进度都快于序时,分别为:甲82.5%、乙80.1%), or units with their
#: rates in brackets after 其中 (其中甲县(78.9%)、乙市(75.9%)…) (session 55)
_EACH = lazy(r"(?P<head>[^。;;]{0,60}?(?P<set>各县(?:[((]市、?区[))])?|各县市区|各区县|各乡镇(?:[((]街道[))])?|各镇街?|各区)[^。;;]{0,40}?)"
             r"(?:分别为|分别是|依次为)[::]?(?P<l>[^。;;]{4,300})"
             r"|(?P<head2>[^。;;]{0,80}?)其中(?P<l2>(?:[\u4e00-\u9fff]{2,10}[((]\d+(?:\.\d+)?%[^、;;。,,]{0,20}、?){2,})"
             # 进展最快的是甲市(70%),最慢的是乙市(37.3%) / 进展较慢的是丙县(23.4%)、丁区(6.9%) / 未开工的是戊区和己县
             r"|(?:^|(?<=[,,。]))(?P<head3>[^,,。;;]{0,30}?(?:最快|最慢|较快|较慢|靠前|靠后|滞后|未开工|未启动|未完成|已完成)[^,,。;;]{0,24}?)的(?:是|有)"
             r"(?P<l3>[\u4e00-\u9fff]{2,10}(?:[((]\d+(?:\.\d+)?%[))])?(?:(?:、|和|及)[\u4e00-\u9fff]{2,10}(?:[((]\d+(?:\.\d+)?%[))])?)*)")
_RANK_WORD = lazy(r"排名|排序|名[::的]|靠前|靠后|末位")
_LAST = lazy(r"后[一二两三四五六七八九十\d]+名|靠后|末位|倒数")
#: the rate ranked: 接种率 → 接种
_METRIC = lazy(r"(?P<m>[\u4e00-\u9fff]{2,8}?)率(?:排名|排序)")


def _shares(text: str, places: bool = False, seps: str = "、,,") -> Optional[list[tuple[str, float, int, int]]]:
    """``(unit, percent, start, end)`` of each piece of a list of units' rates; None where a piece is none or fewer than
    two are; ``places``: the lead names the set the pieces are of (各县), so a place's bare name (蕉城) is one."""
    out = []
    for name, s, e in pieces(text, seps):
        m = _RATE.match(name)
        if not m or not (answerable(m.group("u")) or (places and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", m.group("u")))):
            return None
        out.append((m.group("u"), float(m.group("p") or m.group("bp")), s, e))
    return out if len(out) >= 2 else None


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A paragraph ranking units by their rate (its lists cut at semicolons, not read sentence by sentence): one
    commitment per unit ranked; None where it ranks none."""
    if "%" not in paras[i].text or not _RANK_WORD.search(paras[i].text) or not _RANKED.search(paras[i].text):
        return None
    made = _records(b, paras[i])
    if not made:
        return None
    b.out.extend(made)
    return i + 1


def _records(b, sent: Span):
    out = []
    for m in _RANKED.finditer(sent.text):
        shares = _shares(m.group("l"))
        if not shares:
            continue
        metric = _METRIC.search(m.group("head"))
        work = metric.group("m") if metric else "工作"
        last = bool(_LAST.search(m.group("head")))
        for unit, pct, s, e in shares:
            status = "done" if pct >= 100 else "behind" if last else "on_track"
            at = sent.start + m.start("l") + s
            out.append(record(b, unit + work, [(at, at + (e - s))], actors=[Actor(unit, "organization", "responsible")],
                              progress=Progress(status, pct, report_as_of(b, sent.text), sent.text[m.start("l") + s:m.start("l") + e])))
    return out


def each(b, paras: list[Span], i: int) -> Optional[int]:
    """The places of a set each with its rate, in a sentence of ``paras[i]`` (:data:`_EACH`): one commitment per place,
    the sentence's other text and the paragraph's other sentences to the prose rules; else None (session 55)."""
    if paras[i].text.count("%") < 2 or not _EACH.search(paras[i].text):
        return None
    para = paras[i]
    sents = _whole_sentences(para)
    made = [(k, _each_records(b, sent)) for k, sent in enumerate(sents)]
    if not any(r for _, r in made):
        return None
    rest: list[Span] = []
    for k, recs in made:
        if recs:
            _rest_read(b, rest)
            rest = []
            b.out.extend(recs)
        else:
            rest.append(sents[k])
    _rest_read(b, rest)
    return i + 1


def _rest_read(b, sents: list[Span]) -> None:
    """The sentences around a list, read as a paragraph of their own by the supervision reader, else by the prose."""
    if not sents:
        return
    span = Span(b.t[sents[0].start:sents[-1].end], sents[0].start, sents[-1].end)
    if supervision.read(b, [span], 0) is None:
        b.out.extend(b._paragraph(span))


def _named(text: str) -> Optional[list]:
    """``(unit, percent or None, start, end)`` of units named after 的是 (甲市(70%)、乙县和丙区), each a unit; None else."""
    out = []
    for name, s, e in pieces(text, "、和及"):
        m = re.fullmatch(r"(?P<u>[\u4e00-\u9fff]{2,10}?)(?:[((](?P<p>\d+(?:\.\d+)?)%[))])?", name)
        if not m or not answerable(m.group("u")):
            return None
        out.append((m.group("u"), float(m.group("p")) if m.group("p") else None, s, e))
    return out or None


def _class_status(head: str, pct: Optional[float], slow: bool) -> str:
    """The status of a unit in a list: its class's (未开工 not started, 最慢/较慢/滞后 behind, 已完成 done), else by its rate."""
    if re.search(r"未开工|未启动", head):
        return "not_started"
    if re.search(r"最慢|较慢|靠后|滞后|未完成", head) or slow:
        return "behind"
    if re.search(r"已完成", head) or (pct is not None and pct >= 100):
        return "done"
    return "on_track"


def _whole_sentences(para: Span) -> list[Span]:
    """The sentences of ``para`` cut at 。;; only (the list after 分别为: stays with its lead)."""
    out, at = [], 0
    for m in re.finditer(r"[^。;;!?!?]+[。;;!?!?]?", para.text):
        out.append(Span(m.group(), para.start + m.start(), para.start + m.end()))
    return out


def _each_records(b, sent: Span):
    out = []
    for m in _EACH.finditer(sent.text):
        g = "l" if m.group("l") else "l2" if m.group("l2") else "l3"
        shares = _named(m.group("l3")) if g == "l3" else _shares(m.group(g).rstrip("、"), places=bool(m.group("set")), seps="、")
        if not shares:
            continue
        head = m.group("head") or m.group("head2") or m.group("head3") or ""
        work = "重点项目" if "项目" in head else "工作"
        slow = bool(re.search(r"落后|低于|慢于|滞后|未达", head)) and not re.search(r"超过|高于|快于", head)
        if g == "l3" and len(shares) > 1:  # (进展较慢的是甲县、乙区: the class one commitment, its units each an actor)
            at, end = sent.start + m.start(g), sent.start + m.end(g)
            pct = None
            out.append(record(b, shares[0][0] + "等" + work, [(at, end)],
                              actors=[Actor(u, "organization", "responsible") for u, *_ in shares],
                              progress=Progress(_class_status(head, pct, slow), pct, report_as_of(b, sent.text),
                                                sent.text[m.start(g):m.end(g)][:60])))
            continue
        for unit, pct, s, e in shares:
            at = sent.start + m.start(g) + s
            text = sent.text[m.start(g) + s:m.start(g) + e]
            out.append(record(b, unit + work, [(at, at + (e - s))], actors=[Actor(unit, "organization", "responsible")],
                              progress=Progress(_class_status(head, pct, slow), pct, report_as_of(b, sent.text), text)))
    return out or None
