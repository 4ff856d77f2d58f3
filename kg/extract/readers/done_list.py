"""A list of what a year past did, told item by item (rx49).

Example::

    2023年,我县为民办了8件实事:一是新建乡村公路30公里;二是完成农村改厕1200座;三是…

→ each record read after the colon, in that paragraph, is done where it tells no status of its own (a
review of the year's practical works: 办了 / 完成了 / 兑现了), and a term it names within the year (年内) is
that year's end, not the year the document is dated.  Only a year up to the document's, and only a lead
naming the things it lists (实事, 事项, 工程, 项目, 承诺) before its colon.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from kg.model import Deadline, Progress

from ..lazyre import lazy
from ..plan_list import practical_lead

#: the year and what it did, leading a list: 2023年,我县为民办了8件实事: / 去年共完成了以下十项工程:
_DID_LIST = lazy(r"(?P<y>(?:19|20)\d\d)年(?:度)?[,,]?[^。::;;]{0,20}?(?:办|完成|实施|兑现|落实|建成)了"
                 r"[^。::;;]{0,16}?(?:实事|事项|工程|项目|承诺)[::]")
#: a term that names a time within the year without the year: 年内 / 年底前 / 10月底前
_NO_YEAR = lazy(r"(?:19|20)\d\d")


def add(records: list, paras: list, doc, as_of) -> list:
    """``records`` with the status and the year of a past year's list of works done, where they are in one."""
    out = list(records)
    for para in paras:
        m = _DID_LIST.search(para.text)
        year = int(m.group("y")) if m else None
        if not year or not doc.year or year > doc.year:
            continue
        lo = para.start + m.end()
        out = done_within(out, lo, para.end, f"{year}-12-31" if year < doc.year else as_of, para.text[m.start():m.end()])
        out = [_in_year(r, year) if _opens_in(r, lo, para.end) else r for r in out]
        out += _the_set(out, para, m, year, f"{year}-12-31" if year < doc.year else as_of)
    return out


#: the count of the set a lead lists: (办了)10件实事 / 8项工程
_SET = lazy(r"(?P<n>\d+|[一二三四五六七八九十两]{1,3})(?P<u>件|项|个)(?P<w>[\u4e00-\u9fff]{0,6}?(?:实事|事项|工程|项目))")


def _the_set(records: list, para, m, year: int, as_of) -> list:
    """The set the lead counts (去年全区共办成了8件实事: 8 件, done), where no record holds the lead (rx51)."""
    from kg.model import CommitmentRecord, Evidence, Target
    from ..segment import cn_int
    c = _SET.search(m.group())
    lead = m.group().rstrip("::")
    s, e = para.start + m.start(), para.start + m.start() + len(lead)
    if not c or any(ev.start is not None and ev.start < e and s < ev.end for r in records for ev in r.evidence):
        return []
    n = float(c.group("n")) if c.group("n").isdigit() else float(cn_int(c.group("n")))
    work = c.group("w")
    return [CommitmentRecord(task=f"{year}年{work}", text=lead, evidence=(Evidence(lead, s, e),),
                             targets=(Target(work, "=", n, c.group("u"), c.group()),),
                             progress=Progress("done", None, as_of, lead))]


def _opens_in(r, lo: int, hi: Optional[int]) -> bool:
    """Whether ``r``'s first evidence opens in ``[lo, hi)`` (``hi`` None: anywhere from ``lo``)."""
    at = r.evidence[0].start if r.evidence else None
    return at is not None and lo <= at and (hi is None or at < hi)


def done_within(records: list, lo: int, hi: Optional[int], as_of, told: str) -> list:
    """``records`` whose first evidence opens in ``[lo, hi)`` told done as of ``as_of`` (by ``told``) where they tell no
    status of their own: the one step of the passes that learn from a list's lead, a page's closing words or a notice's
    opening that what it names was done (a past year's list here, pledges kept, a rectification up for closing)."""
    return [replace(r, progress=Progress("done", None, as_of, told)) if r.progress is None and _opens_in(r, lo, hi) else r
            for r in records]


def _in_year(r, year: int):
    """``r``'s term within the year (年内) put in ``year``."""
    d = r.deadline
    if d and d.date and not _NO_YEAR.search(d.text or "") and d.date[:4] != str(year):
        r = replace(r, deadline=Deadline(d.text, f"{year}{d.date[4:]}", d.precision))
    return r


#: an item of such a list, or of a year's practical works to do (:data:`.plan_list` leads), with a work of its own:
#: 二是扩建县社会福利院 / ③改善就医条件,加快县医院住院楼建设 / 四是财政安排资金80万元,改善X (rx53)
_ITEM = lazy(r"^(?:[一二三四五六七八九十]{1,3}是|[①-⑳])(?P<w>[^,,;;。]{4,30}?)(?=[,,;;。]|$)")
_ITEM_WORK = lazy(r"^(?:(?:[\u4e00-\u9fff]{0,3}财政)?(?:安排|筹措|统筹)(?:专项)?资金|新建|扩建|改建|改造|建设|实施|完善|改善|提升|加快|推进|启动|完成|新增|开展|解决|整治|修建?|硬化|投资|投入|"
                  r"绿化|安装|铺设|拓宽|疏浚|清理|打造|建成|种植|栽植|引进|培育|发展)")


#: a lead announcing the things one will do, counted: 今年打算办3件事: / 我承诺为群众办好五件实事:
_TO_DO = lazy(r"(?:打算|计划|准备|承诺|决定)(?:为[^。::]{1,8}?)?办(?:好)?[\d一二三四五六七八九十两]+件(?:实事|事|好事)[::]")


def lead_end(text: str):
    """The end of a lead announcing the practical works listed after it in ``text`` (done or to do), else None."""
    m = _DID_LIST.search(text) or _TO_DO.search(text)
    return m.end() if m else practical_lead(text)


def listed_work(sentence: str) -> bool:
    """Whether ``sentence`` is an item of such a list that names a work (二是扩建县社会福利院,…)."""
    m = _ITEM.match(sentence.strip())
    return bool(m) and bool(_ITEM_WORK.match(m.group("w")))


#: a sentence telling what a past year did: 我县2018年度完成27座公厕建设任务 / 去年共建成… (rx51)
_PAST_YEAR_DID = lazy(r"^(?:[\u4e00-\u9fff]{0,4}?(?:我|全|该)[县市区镇乡])?(?P<y>(?:19|20)\d\d)年(?:度)?[,,]?(?:共|累计|全年)?(?:完成|建成|实施|新建|改造)了?")


def past_year_done(records: list, doc) -> list:
    """``records`` telling no status whose evidence opens with what a year before the document's did (我县2018年度完成
    X任务, said in 2019): done by that year's end (rx51)."""
    out = []
    for r in records:
        m = _PAST_YEAR_DID.match(r.evidence[0].text.strip()) if r.progress is None and r.evidence else None
        if m and doc.year and int(m.group("y")) < doc.year:
            r = replace(r, progress=Progress("done", None, f"{m.group('y')}-12-31", m.group()))
        out.append(r)
    return out

