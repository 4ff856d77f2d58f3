"""Each unit's part of one work told in turn, cut by semicolons, with its share done (session 55)::

    3月4日起,青石县住建局开展入户签订搬迁协议工作,截至3月12日,东岭镇共签约310户,完成比例21.5%;西岭镇共签约
    200户,完成比例100%;南岭镇共签约380户,完成比例46%。

→ one commitment per unit: the work the sentence names before the parts (开展…工作) by that unit, the count done,
the share its progress (done from 100%; the rest weighed against the time gone by in :func:`kg.extract.pace.paced`),
the unit responsible for its part.  Two parts at least.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress, Target

from ..actors import parse_item
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import tidy_task
from .quota_rows import unit_rows
from .supervision import read_part, record, report_as_of

#: a unit's part: 东岭镇共签约310户,已签面积290亩,完成比例21.5% (its share told last)
_PART = lazy(r"(?P<u>[\u4e00-\u9fff]{2,10}?(?:镇|乡|街道|街道办|社区|村|局|县|区|市))(?:共|已|累计)(?P<v>[\u4e00-\u9fff]{1,6}?)"
             r"\d+(?:\.\d+)?[\u4e00-\u9fff]{1,3}[^;;。]*?(?:完成比例|完成率|完成进度|占比)(?:为|达到?)?(?P<p>\d+(?:\.\d+)?)%")
#: the work of the parts, named before them: 开展入户签订搬迁协议工作 / 推进X工作
_WORK = lazy(r"(?:开展|推进|实施|组织)(?P<w>[\u4e00-\u9fff]{2,16}?)工作")


def read(b, paras, i) -> Optional[int]:
    """Two or more units' parts of one work in a sentence of ``paras[i]``: one commitment each; else None."""
    para = paras[i]
    if para.text.count("%") < 2 or (";" not in para.text and ";" not in para.text):
        return None
    parts = _parts(para.text)
    if len(parts) < 2:
        return None
    first = parts[0][0]
    head = para.text[:first.start()]
    work = _WORK.search(head)
    name = tidy_task(work.group("w")) if work else ""
    as_of = report_as_of(b, head[-20:] if re.search(r"截[至止]", head[-20:]) else para.text)
    read_part(b, para, 0, first.start())
    for m, s, e in parts:
        unit = m.group("u")
        pct = float(m.group("p"))
        status = "done" if pct >= 100 else "on_track"
        b.out.append(record(b, unit + (name or m.group("v")), [(para.start + s, para.start + e)],
                            actors=[Actor(unit, "organization", "responsible")],
                            progress=Progress(status, pct, as_of, para.text[s:e][:60])))
    read_part(b, para, len(para.text) - len(para.text[parts[-1][2]:].lstrip(";;。")), len(para.text))
    return i + 1


def _parts(text: str) -> list[tuple[re.Match, int, int]]:
    """The units' parts in a row, each one piece between semicolons (or the sentence's opening clause)."""
    out = []
    for m in _PART.finditer(text):
        unit = parse_item(m.group("u"))
        if not unit or unit[1] != "organization":
            continue
        before = text[max(0, m.start() - 1):m.start()]
        if out and before not in (";", ";"):
            break
        out.append((m, m.start(), m.end()))
    return out


#: a group of places whose works were finished on a day: 东岭镇、西湖办事处垃圾中转站于2019年8月20日建成运行
_DONE_PART = lazy(r"(?P<u>[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|办事处|社区|村|场))(?:、[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道|办事处|社区|村|场))*"
                  r"(?P<w>[\u4e00-\u9fff]{0,12}?)于(?P<d>[\d年月]{5,12}日)(?:已)?(?:正式)?"
                  r"(?:投产试运行|试运行|投入运行|投入使用|投用|建成|完工|竣工|通水|通车|投产)")


def done(b, paras, i) -> Optional[int]:
    """Two or more groups of places, cut by semicolons, each with the day its works were finished
    (``目前,A镇、B办事处垃圾中转站于2019年8月20日建成运行;C镇、D镇于2019年10月8日建成``): one commitment per
    group, done on that day, named by its first place and the works the first group names (A镇等垃圾中转站); else None."""
    para = paras[i]
    if "于" not in para.text or (";" not in para.text and ";" not in para.text):
        return None
    parts, work = [], ""
    for m in _DONE_PART.finditer(para.text):
        before = para.text[max(0, m.start() - 1):m.start()]
        if parts and before not in (";", ";"):
            break
        parts.append(m)
        work = work or m.group("w")
    if len(parts) < 2 or not work:
        return None
    read_part(b, para, 0, parts[0].start())
    for m in parts:
        several = m.group(0).count("、") > 0
        day = [f for f in find_deadlines(m.group(0), b.doc) if f.date]
        task = m.group("u") + ("等" if several else "") + work
        b.out.append(record(b, task, [(para.start + m.start(), para.start + m.end())],
                            progress=Progress("done", None, day[0].date if day else report_as_of(b, para.text), m.group(0)[:60])))
    read_part(b, para, len(para.text) - len(para.text[parts[-1].end():].lstrip(";;。")), len(para.text))
    return i + 1


#: a unit's line of its quota and how far it is: 工业专班项目编制任务数80个,完成编制12个,完成率15%;…
_QUOTA_LINE = lazy(r"^\s*(?:\d{1,2}[.、.]\s*)?(?P<u>[\u4e00-\u9fff]{2,12}(?:专班|镇|乡|街道|局|委|办|公司|中心))(?P<w>[\u4e00-\u9fff]{2,10}?)"
                   r"(?:任务数|任务量|目标数|任务)(?:为)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<m>个|项|户|家|件|座|公里|亩|人|套|所|处|条)\s*[,,]"
                   r"[^。\n]*?(?:完成率|完成比例|完成进度)\s*(?:为|达到?)?\s*(?P<p>\d+(?:\.\d+)?)\s*%")  # (任务数 88 个: a page's spaces)


def quota_lines(b, paras, i) -> Optional[int]:
    """Two or more lines in a row, each a unit's quota of a work and its rate done (``工业专班项目编制任务数80个,完成编制12个,
    完成率15%;…``): one commitment per line, the unit responsible, the quota its target, the rate its progress; else
    None (session 55)."""
    rows = unit_rows(paras, i, _QUOTA_LINE)
    if len(rows) < 2:
        return None
    for para, m in rows:
        pct = float(m.group("p"))
        text = para.text.strip()
        at = para.start + len(para.text) - len(para.text.lstrip())
        b.out.append(record(b, m.group("u") + tidy_task(m.group("w")), [(at, at + len(text.rstrip("。;;")))],
                            actors=[Actor(m.group("u"), "organization", "responsible")],
                            targets=[Target(tidy_task(m.group("w")), "=", float(m.group("n")), m.group("m"), m.group("n") + m.group("m"))],
                            progress=Progress("done" if pct >= 100 else "on_track", pct, report_as_of(b, text), text[:60])))
    return i + len(rows)
