"""Works listed by their status, in news of progress or a report (rx29)::

    已经完成的4件分别是:为老年人免费体检、城区新增充电桩600个、改造农贸市场3个以及开通夜间公交2条线路。

→ one commitment per work listed, its status the list's (done here; 正在推进的 on track, 滞后的 behind, 尚未启动的
not started), its figures its targets.  The other sentences of the paragraph go to the prose rules.

After every reader (rx41), lists told the other way round are split the same way: works listed, then counted and
told how they stand (A、B、C3个子项已提前完成, :func:`split_counted`), a status's count with its members after 为
(未达到序时进度8项、占比20%,为A、B、C) and works listed, then 等 and their kind, then how they stand (A、B、C等项目完成
情况不够理想; both :func:`status_lists`).
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Progress

from ..lazyre import lazy
from ..naming import tidy_task
from ..targets import find_targets
from ..segment import Span
from .supervision import record, report_as_of

#: the status of a listed set and the list after it
_LISTED = lazy(r"(?P<s>已经?(?:全部)?(?:完成|建成|办结|兑现)|正在推进|正在实施|推进中|进度滞后|滞后|尚未启动|未启动)的(?:\d+|[两二三四五六七八九十]+)(?:件|项|个)"
               r"(?:[\u4e00-\u9fff]{0,4})?(?:分别)?(?:是|为|有)[::]?(?P<l>[^。;;]+)")
#: the works told slow, one by one: 实施进度较慢的项目,一是A,二是B,三是C (rx40)
_RANKED = lazy(r"(?P<s>(?:实施|推进|建设)?进度(?:较慢|偏慢|缓慢|滞后|靠后)|推进(?:较慢|缓慢|滞后))的(?:项目|事项|工程|实事|民生工程)(?:有|是|为|主要有)?[,,::]\s*(?P<l>一是[^。]+)")
_RANKED_SPLIT = lazy(r"(?:^|[,,;;])\s*[一二三四五六七八九十]是")
_STATUS = (("滞后", "behind"), ("慢", "behind"), ("靠后", "behind"), ("未达", "behind"), ("理想", "behind"), ("未启动", "not_started"),
           ("推进", "on_track"), ("实施", "on_track"), ("达到序时", "on_track"), ("较好", "on_track"), ("顺利", "on_track"),
           ("成效", "on_track"), ("进展", "on_track"))
#: a status's count, then its members after 为: 未达到序时进度11项、占比20.0%,为A、B、C (rx41)
_COUNT_THEN_LIST = lazy(r"(?P<s>未达到?序时进度|滞后于?序时进度|进度滞后|达到序时进度)(?:的)?(?:\d+|[两三四五六七八九十]+)(?:项|件|个)"
                        r"[^,,。;;]{0,12}?[,,](?:分别)?(?:为|是)[::]?(?P<l>[^。;;]+)")
#: where one work listed ends and the next begins
_SPLIT = lazy(r"、|以及|及(?=[\u4e00-\u9fff]{4})|和(?=[\u4e00-\u9fff]{4})")


def _listed(b, para, m, split=_SPLIT, shortest: int = 4, statuses=_STATUS) -> list:
    """One record per work of the list ``m`` matched (its group ``l``, cut by ``split``), the status its group ``s``
    tells; none where a piece is shorter than ``shortest`` or longer than 30."""
    names = [n.strip(" ,,") for n in split.split(m.group("l")) if n.strip(" ,,")]
    if len(names) < 2 or not all(shortest <= len(n) <= 30 for n in names):
        return []
    status = next((st for w, st in statuses if w in m.group("s")), "done")
    out, pos = [], m.start("l")
    for n in names:
        k = para.text.find(n, pos)
        pos = k + len(n)
        task = tidy_task(re.sub(r"^(?:为|对)", "", n)) or n
        out.append(record(b, task, [(para.start + k, para.start + k + len(n))], targets=find_targets(n),
                          progress=Progress(status, None, report_as_of(b, para.text), m.group("s"))))
    return out


#: works listed, then their count and how they stand: A、B、C、D4个子项已提前完成 / A、B两项正在稳步推进 (rx41)
_COUNTED = lazy(r"(?:^|[,,。;;::])\s*(?:其中|另外|此外|[一二三四五六七八九十]是)?[,,]?(?P<l>[^,,。;;::]{4,}?、[^,,。;;::]{4,}?)"
                r"(?P<n>\d{1,2}|[两二三四五六七八九十])(?:个子项|个项目|项|件|个)(?:工作|实事|任务|具体问题|问题)?(?:也|均|都|目前)?"
                r"(?P<s>已(?:经)?(?:提前|全部|基本)?(?:完成|建成|完工|办结)|(?:正在|在)?稳步推进|正在推进|正在实施|推进中|进度滞后|滞后|尚未启动|未启动|"
                r"已?取得(?:了)?(?:一定|明显|初步|阶段性)成效)")  # (A、B、C三个问题已见到初步成效 and the like: on track, rx51)


#: works listed, then 等 and the kind of them, then how they stand: A、B、C等项目或任务…完成情况不够理想 / …等部分重点项目
#: 完成情况较好 (rx41)
_LIST_THEN_STATUS = lazy(r"(?:^|[。;;::])\s*(?:(?:但与此同时|与此同时|例如|比如|其中|同时|此外)[,,])?\s*(?P<l>[^。;;::]{4,}?[、,,][^。;;::]{4,}?)等(?:部分)?(?:重点)?"
                         r"(?:(?:项目或任务|项目|任务|工作|事项|指标)[^。;;,,]{0,24}?|(?=(?:工作)?(?:有序|稳步|扎实)推进|(?:已经?)?取得))(?P<s>完成情况较好|进展顺利|推进顺利|完成情况不够理想|不够理想|"
                         r"不理想|进展滞后|进度滞后|推进缓慢|进展缓慢|有序推进|稳步推进|扎实推进|(?:已经?)?取得(?:了)?(?:积极|明显|重要|较大|阶段性)进展)")  # (…等取得积极进展, rx51)
#: a status's count, its members in brackets after it: 进度滞后3个(A、B、C) / 整改不彻底1项(A问题) /
#: 未按期完成整改2项(A、B) (rx51)
_BRACKETED = lazy(r"(?P<s>已经?(?:全部)?(?:完工|竣工|建成|完成整改|完成|办结|开工)|(?:进度|进展|推进)?(?:滞后|缓慢)|尚?未(?:开工|启动)|"
                  r"正在(?:推进|实施|整改)|推进中|正常推进|整改不(?:彻底|到位)|未按(?:期|时)完成(?:整改)?)(?:的)?(?:项目|问题|工程|任务)?"
                  r"(?P<n>\d{1,2}|[一两二三四五六七八九十])(?:个项目|个|项|件|处)(?:项目|问题|工程|任务)?[((](?P<l>[^()()]{2,400}?)[))]")
#: the status a bracketed list's words tell: those only such a count uses, then the lists' own (未开工 before 开工)
_BRACKET_STATUS = (("未开工", "not_started"), ("开工", "on_track"), ("不彻底", "behind"), ("不到位", "behind"),
                   ("未按", "behind"), ("正在", "on_track")) + _STATUS
#: where one work of such a list ends: 、, a comma, or 以及 / 和 / 及 before another work (…建设,以及X中心和Y分中心建设)
_COMMA_SPLIT = lazy(r"[、,,]\s*(?:以及|和|及)?|以及|(?:和|及)(?=[\u4e00-\u9fff“]{4})")


def status_lists(b, records: list, paras) -> list:
    """Lists told with their status that no reader took: a status's count with its members after 为 (…未达到序时进度11项、
    占比20.0%,为A、B、C…) and works listed, then 等 and their kind, then how they stand; one record per work (rx41)."""
    out = list(records)
    for para in paras:
        if "序时进度" in para.text or "进度滞后" in para.text:
            out += _untaken(records, para, _COUNT_THEN_LIST, lambda m: _listed(b, para, m))
        lists = _lists_then_status(para.text) if "等" in para.text else []
        if lists:
            out = _pieces_off(out, para, lists)  # (a clause of such a list read alone, rx51)
            out += _untaken(out, para, _LIST_THEN_STATUS, lambda m: _list_read(b, para, m), lambda _: lists)
        if "(" in para.text:
            out += _untaken(records, para, _BRACKETED, lambda m: _listed(b, para, m, _SPLIT, 2, _BRACKET_STATUS))
        if "、" in para.text:  # (…;二是A、B两个问题已有成效: a list no record took, rx51)
            out += _untaken(records, para, _COUNTED, lambda m: _listed(b, para, m) if _count_fits(m) else [])
    return out


def _count_fits(m) -> bool:
    """The list a match names as many works as it counts (as :func:`split_counted` reads them)."""
    from ..segment import cn_int
    return len(_names_of(m)) == (int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n")))


def _lists_then_status(text: str) -> list:
    """The matches of :data:`_LIST_THEN_STATUS`, each list told after the one before it in the same sentence too
    (A、B等工作有序推进,C、D等取得积极进展, rx51)."""
    found = []
    for m in _LIST_THEN_STATUS.finditer(text):
        found.append(m)
        while text[m.end():m.end() + 1] in (",", ","):  # (the comma read as the stop the pattern opens with)
            m = _LIST_THEN_STATUS.match(text[:m.end()] + "。" + text[m.end() + 1:], m.end())
            if m is None:
                break
            found.append(m)
    return found


#: how works listed stand, told of them as one (A、B,以及C等工作有序推进 is one record, as 03_* of the shared set reads it)
_AS_ONE = lazy(r"推进|进展")


def _list_read(b, para, m) -> list:
    """Works listed, then 等, then how they stand: one record per work where they stand apart (完成情况较好 / 不够理想), one
    for them all where they move on together (A、B等工作有序推进 / …等取得积极进展, rx51)."""
    if not _AS_ONE.search(m.group("s")) or re.search(r"滞后|缓慢", m.group("s")):
        return _listed(b, para, m, _COMMA_SPLIT, 2)
    names = [x.strip() for x in _COMMA_SPLIT.split(m.group("l")) if x.strip()]
    if len(names) < 2:
        return []
    kind = re.match(r"(?:项目或任务|项目|任务|工作|事项|指标)?", para.text[m.end("l") + 1:]).group()
    s, e = para.start + m.start("l"), para.start + m.end()
    return [record(b, tidy_task(names[0]) + "等" + (kind or "工作"), [(s, e)],
                   progress=Progress(next((st for w, st in _STATUS if w in m.group("s")), "on_track"), None,
                                     report_as_of(b, para.text), m.group("s")))]


def _pieces_off(records: list, para, matches: list) -> list:
    """``records`` without those read from a piece of a list closed by how its works stand (…,以及C等工作稳步推进 read
    alone, its first works lost): every piece of their evidence inside the list, not at its start, and running to the
    status that closes it (rx51)."""
    spans = [(para.start + m.start("l"), para.start + m.end()) for m in matches]
    def piece(r) -> bool:
        return all(ev.start is not None and any(s < ev.start and ev.end == e for s, e in spans) for ev in r.evidence)
    return [r for r in records if not piece(r)]


def _untaken(records: list, para, rx, read, matches=None) -> list:
    """``read(m)`` for each match of ``rx`` in ``para`` (or of ``matches(text)``) whose list no record's evidence covers."""
    out = []
    for m in (matches(para.text) if matches else rx.finditer(para.text)):
        s, e = para.start + m.start("l"), para.start + m.end("l")
        if not any(ev.start < e and s < ev.end for r in records for ev in r.evidence if ev.start is not None):
            out += read(m)
    return out


def split_counted(records: list) -> list:
    """A record whose one piece of evidence lists works, counts them and tells how they stand (A、B、C、D4个子项已提前
    完成; the count matching the works named, 等 closing the list): one record per work instead, the list's status its
    status, the record's term, actors and as-of date theirs; a list naming more or fewer works than it counts stays (rx41)."""
    from kg.model import CommitmentRecord, Evidence
    from ..segment import cn_int
    out = []
    for r in records:
        parts = []
        keep = False
        for m, statuses in _counted_lists(r):
            names = _names_of(m)
            n = None if "n" not in m.groupdict() else int(m.group("n")) if m.group("n").isdigit() else cn_int(m.group("n"))
            if (n is not None and len(names) != n) or len(names) < 2 - (n == 1) or not all(4 <= len(x) <= 40 for x in names):
                continue
            status = next((st for w, st in statuses if w in m.group("s")), "done")
            keep = keep or len(re.sub(r"^\s*(?:其中|另外|此外)?[::,,]?", "", r.evidence[0].text[:m.start()])) >= 4  # (the set's own count before: it stays, rx51)
            as_of = r.progress.as_of if r.progress else None
            pos = m.start("l")
            for x in names:
                k = r.evidence[0].text.find(x, pos)
                pos = k + len(x)
                at = r.evidence[0].start + k
                parts.append(CommitmentRecord(
                    task=tidy_task(re.sub(r"^(?:为|对|向)", "", x)) or x, text=x, evidence=(Evidence(x, at, at + len(x)),),
                    actors=r.actors, deadline=r.deadline, targets=tuple(find_targets(x)),
                    projects=tuple(p for p in r.projects if p in x),
                    progress=Progress(status, None, as_of, m.group("s"))))
        out.extend(([r] if keep or not parts else []) + parts)
    return out


def _names_of(m) -> list[str]:
    """The works a list names: cut at 、 where it counts them (A、B等2个项目: 等 closes it; each cut at its comma), at
    commas and 以及 too where it is closed by how they stand (A、B,以及C等工作有序推进)."""
    if "n" in m.groupdict():
        return [re.split(r"[,,]", n.strip())[0] for n in re.sub(r"等$", "", m.group("l").strip()).split("、")]
    return [x.strip() for x in _COMMA_SPLIT.split(m.group("l")) if x.strip()]


def _counted_lists(r) -> list:
    """``(match, the status words)`` of each list a record's one piece of evidence counts: A、B3个子项已完成 and
    进度滞后2个(A、B) (rx51)."""
    if len(r.evidence) != 1:
        return []
    text = r.evidence[0].text
    found = [(m, _STATUS) for m in _COUNTED.finditer(text)]
    return found + [(m, _BRACKET_STATUS) for m in _BRACKETED.finditer(text)] if "(" in text else found


def read(b, paras, i) -> Optional[int]:
    """A paragraph with a list of works by their status: one commitment per work (the sentences before and after it
    go to the prose rules); else None."""
    para = paras[i]
    m = _LISTED.search(para.text)
    ranked = m is None
    m = m or _RANKED.search(para.text)
    recs = _listed(b, para, m, _RANKED_SPLIT if ranked else _SPLIT) if m else []
    if not recs:
        return None
    start = para.text.rfind("。", 0, m.start()) + 1
    before = para.text[:start].strip()
    if len(before) >= 6:
        b.out.extend(b._paragraph(Span(para.text[:start], para.start, para.start + start)))
    b.out.extend(recs)
    end = m.end("l") + 1
    if len(para.text[end:].strip()) >= 6:
        b.out.extend(b._paragraph(Span(para.text[end:], para.start + end, para.end)))
    return i + 1
