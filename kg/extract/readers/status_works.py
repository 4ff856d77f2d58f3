"""Works told in one paragraph under the class of their status, in a report on key projects (rx36)::

    第二,按序时推进的项目。城西污水管网工程(包抓领导:某某,责任单位:县住建局),全长8公里,已完成5.6公里,
    力争年底前完工。县职教中心实训楼(县教育局),主体已封顶。

→ one commitment per work the paragraph opens a sentence with (its name, then its units in brackets or a comma),
its actors those of its bracket and of its sentences (由副县长某某包抓,县交通运输局具体实施), its status its own
where it tells one (a 滞后 class over a work told on track keeps the class), else the class's; its term the one it is
to meet (确保12月20日前… / 县政府要求11月底前…), its targets the figures it plans (年度计划建设600套, 全长24.6公里),
not those it has done.  A sentence naming no work goes with the work before it.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Deadline, Target

from ..fields import KEY_ROLE, LABEL, cell_actors, label_fields
from ..items import _PLANNED_QTY, _bracket_units, _item_actors
from ..lazyre import lazy
from ..naming import pick_deadline, topic_of, with_finish
from ..deadlines import find_deadlines
from ..progress import find_progress, section_status, with_hint
from ..segment import Span
from ..tables import cell_targets
from ..targets import find_targets
from ..vocab import WORK_END_RX
from .supervision import record, report_as_of

#: the class heading the paragraph: 第一,已建成投用的项目。 / (三)进度滞后的项目(3个): / 2.尚未开工的项目。
_CLASS = lazy(r"^\s*(?:第[一二三四五六七八九十]{1,3}[,,、]|[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、.])\s*"
              r"(?P<h>[^。::,,;;()()]{2,20}?的?(?:项目|工程|事项|任务))(?:[((](?:共)?\d+(?:个|项)[))])?[。::]")
#: a sentence opened by a work: [一是]X工程(units), / X项目, / X改造2.1公里, / X食堂由Y负责… / X(units),
_WORK = lazy(r"^\s*(?:[一二三四五六七八九十]是)?(?P<n>[^,,。;;::()()由、]{3,30}?)(?P<q>\d+(?:\.\d+)?万?(?:个|座|部|盏|公里|米|套|户|所|家|条|处|台|辆|亩|平方米|吨))?"
             r"(?:[((](?P<u>[^()()]{2,60})[))]|(?P<by>(?=由[^,,。;;]{2,24}?(?:负责|牵头|实施|承办|建设)))|(?=[,,。;;]))")
#: words opening a sentence that tells more of the work before it, not a work: 目前… / 已… / 其中…
_NOT_WORK = lazy(r"^(?:目前|已|截至|截止|共|其中|累计|全年|今年|下一步|同时|此外|另外|但|由于|因|经|该|这|为|在|对|按|计划|预计|确保|力争)")
#: a clause telling what was done or stands, whose figures are no targets: 已平整620亩 / 完成77.5% / 占年度计划的88%
_DONE_CLAUSE = lazy(r"已|完成|累计|目前|剩余|占|至今|达到|新增|较|比")
#: a clause setting a term to meet: 确保12月20日前… / 县政府要求11月底前全部封顶 / 力争年底前完成
_TO_MEET = lazy(r"确保|力争|争取|要求|(?<![度占])计划(?!的)|预计|务必")


def _pieces(text: str, at: int) -> list[tuple[int, int, re.Match]]:
    """``(start, end, work match)`` of each work's sentences in ``text`` (from offset ``at``)."""
    out = []
    pos = at
    for sent in re.split(r"(?<=。)", text[at:]):
        if not sent.strip():
            pos += len(sent)
            continue
        lead = len(sent) - len(sent.lstrip())
        m = _WORK.match(sent)
        if m and _is_work(m):
            out.append((pos + lead, pos + len(sent), m))
        elif out:
            s, _, w = out[-1]
            out[-1] = (s, pos + len(sent), w)
        pos += len(sent)
    return out


def _is_work(m: re.Match) -> bool:
    """Whether a sentence's opening words name a work: a name ending as works do, or with its amount, its units in
    brackets or 由 who does it (and no status, no words telling more of the work before)."""
    name = m.group("n").strip()
    if _NOT_WORK.match(name) or section_status(name) is not None:
        return False
    if m.group("u") is not None:
        return bool(_bracket_actors(m.group("u")))
    return bool(m.group("q") or m.group("by") is not None or WORK_END_RX.search(name))


def _bracket_actors(u: Optional[str]) -> list:
    """The actors of a work's bracket: its labels (包抓领导:X,责任单位:Y), else its units (县住建局)."""
    if not u:
        return []
    if LABEL.search(u):
        _, fields = label_fields(u)
        return [Actor(n, k, r, p) for key, v, _, _ in fields if key in KEY_ROLE for n, k, r, p in cell_actors(v, key)]
    return _bracket_units(u)


def _due(b, text: str) -> Optional[Deadline]:
    """The term a clause asks the work to meet (确保12月20日前路面全线贯通), not one it told done."""
    for c in re.split(r"[,,;;。]", text):
        if _TO_MEET.search(c) and not re.search(r"已", c):
            pick = pick_deadline(with_finish(find_deadlines(c, b.doc), c))
            if pick and pick.date:
                return Deadline(pick.text, pick.date, pick.precision)
    return None


def _targets(topic: str, qty: Optional[str], text: str) -> list:
    """The figures the work plans (its own amount, 年度计划建设600套 / 全长3.2公里 / 新建热源厂1座), none it has done."""
    out = list(cell_targets(topic + (qty or "")))
    for c in re.split(r"[,,;;。、]", text):
        planned = _PLANNED_QTY.search(c)
        if planned:  # 年度计划建设600套 / 年内计划平整土地800亩
            out.append(Target(topic, "=", float(planned.group("n")), planned.group("u"), planned.group()))
        elif c.strip() and not _DONE_CLAUSE.search(c) and find_progress(c, None, None) is None:
            out += find_targets(c)
    return out


def _work(b, para: Span, s: int, e: int, m: re.Match, hint: str, head: str):
    """The commitment of one work's sentences ``para.text[s:e]``."""
    text = para.text[s:e].rstrip()
    topic = topic_of(m.group("n").strip())
    rest = text[m.end():]
    own = _bracket_actors(m.group("u"))
    actors = _item_actors(b, own, Span(rest, para.start + s + m.end(), para.start + s + len(text)), topic)
    told = find_progress(rest, report_as_of(b, para.text), b.doc.year)
    progress = with_hint(told, hint, report_as_of(b, para.text), head)
    return record(b, topic, [(para.start + s, para.start + s + len(text))], actors=actors, deadline=_due(b, rest),
                  targets=_targets(topic, m.group("q"), rest), progress=progress)


def read(b, paras, i) -> Optional[int]:
    """A paragraph opened by the class of its works' status, then the works: one commitment each; else None."""
    para = paras[i]
    m = _CLASS.match(para.text)
    hint = section_status(m.group("h")) if m else None
    if not hint:
        return None
    pieces = _pieces(para.text, m.end())
    if not pieces:
        return None
    b.out.extend(_work(b, para, s, e, w, hint, m.group("h")) for s, e, w in pieces)
    return i + 1
