"""A rectification report told problem by problem: ``针对“X”问题,`` then who did what.

A report on rectifying the problems an inspection fed back often gives each
problem a line of its own, opened by the problem quoted::

    针对“城南路夜市油烟扰民”问题,区城管局已于5月20日完成夜市搬迁,目前已整改到位。
    针对“东湖小区垃圾清运不及时”问题,西湖街道正在推进分类设施改造,预计9月底前完成。

Each line is one commitment: the problem its task, the unit opening what
follows responsible, the status the line gives (done, on track, behind) and
the date it expects (预计/计划/力争…前完成) its deadline.
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

from kg.model import Actor, Deadline, Progress

from ..actors import parse_list
from ..deadlines import find_deadlines
from ..naming import remedy
from ..progress import find_progress
from ..vocab import ITEM_NO
from .counts import fulfilled
from .supervision import record

#: 针对“X”问题, / 针对X的问题, / 关于“X”问题, (an item number before it may stand; a heading
#: ``关于X的问题。`` with labelled lines after it is the rectification reader's)
_HEAD = lazy(r"^(?:" + ITEM_NO + r")?\s*(?:针对(?P<q>“[^”]{2,40}”|[^,,。;“”]{4,30}?)|关于(?P<q2>“[^”]{2,40}”))(?:的)?问题[,,]")
#: the unit opening the line, before what it did or does
_DOER = lazy(r"^(?P<u>[\u4e00-\u9fff、]{2,30}?)(?=已|正在|目前|将|于\d|按照|积极|立即|及时|通过|先后|会同|牵头)")
#: a date the line expects: 预计9月底前完成 / 计划年底前
_EXPECTED = lazy(r"(?:预计|计划|力争|确保|争取|将)[^,,。;]{0,4}$")
_RECTIFYING = lazy(r"整改")
#: problems named only as found: 督查过程中发现 / 检查中存在 / 巡察反馈
_FOUND_ONLY = lazy(r"(?:过程中|中)?(?:发现|存在|反馈|指出|查出|暴露)(?:出)?(?:的)?$")


def _doers(rest: str) -> list[Actor]:
    m = _DOER.match(rest)
    items = parse_list(m.group("u")) if m else None
    return [Actor(n, k, "responsible", p) for n, k, p in items or () if k == "organization"]


def _expected(b, rest: str) -> Optional[Deadline]:
    for f in find_deadlines(rest, b.doc):
        if f.date and _EXPECTED.search(rest[:f.start]):
            return Deadline(f.text, f.date, f.precision)
    return None


def read(b, paras, i) -> Optional[int]:
    """One commitment for a line ``针对“X”问题,<unit><what it did>`` of a rectification report.

    >>> from kg.extract.commitments import SpeechBuilder
    >>> from kg.extract.docdate import DocDate
    >>> t = "整改落实情况\\n针对“城南路占道经营”问题,区城管局正在推进摊点入市,预计9月底前完成。\\n"
    >>> [(c.task, [a.name for a in c.actors], c.progress.status, c.deadline.date)
    ...  for c in SpeechBuilder(t, t, DocDate(2024)).build(0, len(t))]
    [('城南路占道经营', ['区城管局'], 'on_track', '2024-09-30')]
    """
    para = paras[i]
    m = _HEAD.match(para.text)
    if not m or not _RECTIFYING.search(b.t[:3000]) or _FOUND_ONLY.search((m.group("q") or m.group("q2")).strip("“”")):
        return None  # (针对督查过程中发现的问题,: the problems found, none named; rx23)
    rest = para.text[m.end():]
    actors = _doers(rest)
    p = find_progress(rest, b.as_of, b.doc.year)
    st = p.status if p else fulfilled(rest)
    prog = Progress(st, p.percent if p else None, b.as_of, rest.strip()[:60]) if st else None
    dl = _expected(b, rest)
    if not (actors or prog or dl):
        return None
    b.out.append(record(b, remedy((m.group("q") or m.group("q2")).strip("“”")), [(para.start, para.end)],
                        actors=actors, progress=prog, deadline=dl))
    return i + 1
