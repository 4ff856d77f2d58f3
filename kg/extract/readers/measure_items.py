"""The numbered measures of a report on an inspection's rectification (巡视/巡察整改情况通报), each under the
problem it answers (rx38)::

    (二)关于“办公用房超标”的问题
    2.开展办公用房专项清理。对全市18个部门的办公用房逐一核查,已全部腾退到位。
    3.关于公车超编问题。由市财政局牵头、市机关事务局配合,对超编配备的9辆车辆予以收回,目前已收回6辆,
    其余3辆年底前处置完毕。

→ one commitment per numbered item: the measure its title names (开展办公用房专项清理), else the problem's remedy
(关于公车超编问题 → 公车超编) or its first work; the units its sentences give roles; the term it plans; the status it
tells (已全部腾退到位 → done, 已收回6辆,其余…年底前 → on_track); and as targets the bounds it sets and the set the
measure is applied to (对…18个部门, 对…的9辆车辆, 排查出的12件信访件已化解…, 问题线索7件由X负责) — what it recovered
or punished (追回…万元, 处分…人) is its status, not a target.

Items with labels (整改措施: / 责任单位:) are the rectification reader's; a plan's items with no report around them
are the prose rules'.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from kg.model import Actor, Deadline, Progress, Target

from ..actors import find_actors, parse_list
from ..items import UNIT_OPENS
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import pick_deadline, remedy, task_text, tidy_task, with_finish
from ..progress import find_progress
from ..segment import Span, clauses, sentences
from ..targets import find_targets
from ..vocab import DONE_RX, ON_TRACK_RX
from . import rectification
from .counts import record

#: a numbered item: 2. / 2、 / (2)
_ITEM = lazy(r"^\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))]|[一二三四五六七八九十]是)\s*")
#: the heading of the problem the items answer: (二)关于“X”的问题 / (一)关于落实X方面
_UNDER = lazy(r"^\s*(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}、)\s*关于[^。]{2,40}问题\s*$|"
              r"^\s*[((][一二三四五六七八九十]{1,3}[))]\s*关于")
#: a second part told in the same paragraph: …。二是…
_INLINE_NEXT = lazy(r"[。;;]\s*[二三四五六七八九十]是")
#: a report's words: the document tells what was done of the rectification
_REPORT = lazy(r"整改(?:落实)?(?:工作)?(?:情况|进展|进度)|整改.{0,6}(?:通报|报告)")
#: the item's title, a short sentence of its own: 深化公务用车制度改革。 / 关于公车超编问题。
_TITLE = lazy(r"^(?P<t>(?:“[^“”。]{1,40}”|[^,,。;;::“]){2,50}?)。")
_PROBLEM_TITLE = lazy(r"^关于(?P<p>.{2,40}?)(?:的)?问题$")
#: a title that only names the problem aimed at: 针对“X”问题
_AIMED_AT = lazy(r"^针对.{2,44}?问题$")
#: the count of what a measure is applied to
_UNIT = r"(?:个|项|件|宗|名|户|家|所|座|辆|台|套|间|卷|份|条|处|起|公里|亩|万?平方米)"
#: …the set after 对: 对全市18个部门(的…)进行 / 对巡视组移交的7件问题线索 / 对14个市、86个县… (the rest of the list after 、)
_SCOPE_OF = lazy(r"(?<![已])对(?:[^,,。;;对已]{0,24}?的)?(?:全[省市县区镇乡]|城区|市本级|县本级|所属|厅属|局属)?"
                 r"(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")(?P<m>[\u4e00-\u9fff“”‘’]{1,14}?)"
                 r"(?=进行|开展|实施|逐|全部|予以|实行|制定|通过|限期|的|[,,、;;。]|$)(?![^,,。;;]{0,4}(?:给予|处分|问责|诫勉|追责|立案))")
_MORE = lazy(r"、(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")(?P<m>[\u4e00-\u9fff]{1,8}?)(?=[\u4e00-\u9fff]{0,12}?(?:进行|开展|实施|落实|情况)|[,,、;;。]|$)")
#: …the set a sentence opens with, then what was done of it: 排查出的12件信访件已化解9件 / …的47名干部,已消化29名
_SCOPE_SUBJ = lazy(r"(?:^|(?<=[,,;;。]))(?!已)[^,,;;。]{0,16}?的(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")(?P<m>[\u4e00-\u9fff]{2,12}?)"
                   r"(?=[,,]?(?:已|由|全部|均))")
#: …or named, then its count: 问题线索7件由X负责办理 / 应审核档案3260卷已全部审核完毕 / 信访件58件,由X跟踪督办
_SCOPE_NAMED = lazy(r"(?:^|(?<=[,,;;。]))(?!已)(?:[^,,;;。]{0,16}?的)?(?P<m>[\u4e00-\u9fff]{2,12}?)(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")"
                    r"(?=[,,]?[^,,;;。\d]{0,6}?(?:已|由)[^,,;;。\d]{0,6}?(?:全部|负责))")
#: a sanction, what a count of people punished is followed by
_SANCTIONED = lazy(r"给予|处分|问责|诫勉|追责|立案")
#: where a metric begins with the place the set is in: 全市应审核档案 → 应审核档案
_PLACE = lazy(r"^(?:全[省市县区镇乡]|城区|市本级|县本级|我[省市县区镇])")


def scope_counts(text: str) -> list[Target]:
    """The sets a measure is applied to, each once:

    >>> [(t.metric, t.value, t.unit) for t in scope_counts("对巡视组移交的7件问题线索,市纪委已全部核查完毕")]
    [('问题线索', 7.0, '件')]
    >>> [(t.metric, t.value, t.unit) for t in scope_counts("对14个市、86个县河长制落实情况开展暗访")]
    [('市', 14.0, '个'), ('县', 86.0, '个')]
    >>> [(t.metric, t.value) for t in scope_counts("全市应审核档案3260卷已全部审核完毕")]
    [('应审核档案', 3260.0)]
    >>> scope_counts("已对在企业兼职的27名领导干部全部进行了清理规范")
    []
    """
    out: list[tuple[int, Target]] = []
    for rx in (_SCOPE_OF, _SCOPE_SUBJ, _SCOPE_NAMED):
        for m in rx.finditer(text):
            if any(s <= m.start("n") < s + len(t.text) + 8 for s, t in out):
                continue
            if _SANCTIONED.search(m.group("m")):
                continue  # (对4名责任人给予党纪处分: whom it punished, an outcome)
            out.append((m.start("n"), _target(m)))
            pos = m.end()
            while rx is _SCOPE_OF and (more := _MORE.match(text, pos)):
                out.append((more.start("n"), _target(more)))
                pos = more.end()
    seen, uniq = set(), []
    for _, t in sorted(out, key=lambda x: x[0]):
        if (t.value, t.unit) not in seen:
            seen.add((t.value, t.unit))
            uniq.append(t)
    return uniq


def _target(m: re.Match) -> Target:
    metric = _PLACE.sub("", re.sub(r"[“”‘’]", "", m.group("m"))) or m.group("m")
    return Target(metric, "=", float(m.group("n")), m.group("u"), m.group())


def _under_problem(paras, i: int) -> bool:
    """Whether ``paras[i]`` is one of the numbered items right under a problem's heading."""
    j = i - 1
    while j >= 0 and _ITEM.match(paras[j].text):
        j -= 1
    return j >= 0 and bool(_UNDER.match(paras[j].text))


def read(b, paras, i) -> Optional[int]:
    """A numbered measure under the problem it answers, in a rectification report (see the module); else None."""
    para = paras[i]
    m = _ITEM.match(para.text)
    if not m or not _in_report(b, paras, i):
        return None
    body = Span(para.text[m.end():], para.start + m.end(), para.end)
    sents = list(sentences(body))
    title = _TITLE.match(body.text)
    works = [s for s in sents if not (title and s.start == body.start)] or sents
    told = "".join(s.text for s in works)
    pick = pick_deadline(with_finish([f for f in find_deadlines(told, b.doc) if f.date], told))
    deadline = Deadline(pick.text, pick.date, pick.precision) if pick else None
    progress = _status(b, told, works) or _done_by(b, told, deadline)
    actors = [a for s in works for c in clauses(s.text, s.start) for a in _actors(c.text)]
    b.out.append(record(b, _task(title, works), [(para.start, para.end)], actors, deadline, _targets(works), progress))
    return i + 1


def _in_report(b, paras, i: int) -> bool:
    """``paras[i]`` is an unlabelled item under a problem's heading, in a report on a rectification."""
    if _INLINE_NEXT.search(paras[i].text):
        return False  # (一是A。二是B。 in one paragraph: its parts are read one by one elsewhere)
    return _under_problem(paras, i) and rectification._is_rect_doc(b, paras) \
        and bool(_REPORT.search((b.title or "") + b.t[:600])) and not rectification._LABEL.search(paras[i].text)


def _targets(works: list[Span]) -> list[Target]:
    """The bounds the item sets (不超过20个, 达到95%以上) and the sets its measure is applied to."""
    out = [t for s in works for t in find_targets(s.text) if t.op in (">=", "<=", "~", "range")]
    have = {(t.value, t.unit) for t in out}
    return out + [t for t in scope_counts(" ".join(s.text for s in works)) if (t.value, t.unit) not in have]


def _actors(clause: str) -> list[Actor]:
    """The actors of a clause by their roles, else the unit it opens with doing something (市纪委已全部核查完毕)."""
    found = find_actors(clause).actors
    if found:
        return list(found)
    opens = UNIT_OPENS.match(clause.strip()) or _UNIT_ACTS.match(clause.strip())
    units = parse_list(opens.group("u")) if opens else None
    return [Actor(n, k, "responsible", p) for n, k, p in units or () if k == "organization"]


def _status(b, told: str, works: list[Span]) -> Optional[Progress]:
    """The status the item tells: its closing sentence's where that is a status alone (该问题已整改到位。), else
    the status its sentences tell, done only where nothing told after it goes on (已全部完成,整顿工作正在进行)."""
    last = works[-1].text.strip(" 。;;")
    closing = find_progress(last, b.as_of, b.doc.year) if len(last) <= 16 and len(works) > 1 else None
    if closing:
        return closing
    p = find_progress(told, b.as_of, b.doc.year)
    done = list(DONE_RX.finditer(told)) if p and p.status == "done" else []
    if done and ON_TRACK_RX.search(told, done[-1].end()):
        return replace(p, status="on_track")
    return p


#: a unit opening a clause of what it did: 市委组织部对…开展专项审核 / 厅人事处制定交流计划
_UNIT_ACTS = lazy(r"^(?!\S*?(?:全部|前|年|月))(?P<u>[\u4e00-\u9fff]{2,16}?(?:(?<!全)部|局|委|办|中心|组|处|室|院|管委会|政府|站|所))"
                  r"(?=已|正在|负责|牵头|对|制定|开展|完成|组织|会同|实施|建立|督促|修订|推行|出台|印发|完善)")  # (镇农经站对… / 镇便民服务中心推行…, rx39)


#: a term told met: 于9月底前全面完成 (in a report written after it)
_DONE_BY = lazy(r"于[^,,。;;]{2,12}?(?:前|之前)(?:全面|全部)?(?:完成|完工|到位|办结)")


def _done_by(b, told: str, deadline: Optional[Deadline]) -> Optional[Progress]:
    """Done where the item says its work was finished by a term the report's date has passed."""
    m = _DONE_BY.search(told)
    if m and deadline and b.doc.iso and deadline.date < b.doc.iso:
        return Progress("done", None, b.as_of, m.group())
    return None


def _task(title: Optional[re.Match], works: list[Span]) -> str:
    """The measure the item's title names, the remedy of the problem it is titled by, else its first work."""
    if title and _AIMED_AT.match(title.group("t").strip()) and not works[0].text.startswith(title.group(0)):
        title = None  # 针对“X”问题。镇农经站对…开展清理规范: the problem named, the measure after it names the work (rx39)
    if title:
        problem = _PROBLEM_TITLE.match(title.group("t").strip())
        if problem:
            return remedy(re.sub(r"[“”‘’]", "", problem.group("p"))) or problem.group("p")
        return tidy_task(title.group("t")) or title.group("t")
    first = next((c.text for c in clauses(works[0].text, 0) if not re.match(r"^(?:对|针对)[^,,]*问题$", c.text)
                  and not find_actors(c.text).role_only and not c.text.startswith("已")), works[0].text)  # (已争取资金…: what was done first)
    opens = (UNIT_OPENS.match(first.strip()) or _UNIT_ACTS.match(first.strip())) if not first.startswith("由") else None
    if opens and parse_list(opens.group("u")):
        return tidy_task(first.strip()[opens.end("u"):]) or first  # 镇农经站对X开展清理规范 → X清理规范 (rx39)
    return task_text(first) or first
