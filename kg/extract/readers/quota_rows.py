"""A quota's rows by unit, in a supervision notice that ranks units (rx30)::

    今年县政府下达各乡镇农村户用卫生厕所改造任务1.2万户。…9月底前全面完工。截至6月15日,…
    1. 柳河镇:任务1500户,完工1260户,完成率84%
    2. 石桥镇:任务1800户,完工1170户,完成率65%

→ one commitment per row: the unit responsible for its share of the quota's work (named by the work the
paragraph before hands down), the share its target, the rate done its percent (under way below 100, done from
100), due by the term the paragraph before sets for the whole work (9月底前全面完工).  Three rows at least.
"""
from __future__ import annotations

from typing import Optional

from kg.model import Actor, Deadline, Progress, Target

from ..actors import parse_item
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import tidy_task
from .supervision import record, report_as_of

#: a row: 1. 柳河镇:任务1500户,完工1260户,完成率84%
_ROW = lazy(r"^\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))])?\s*(?P<u>[\u4e00-\u9fff]{2,12}?)[::]\s*(?:年度)?(?:任务|目标|下达任务)(?:数|量)?(?:为)?"
            r"(?P<n>\d+(?:\.\d+)?)(?P<unit>万?(?:户|个|座|公里|亩|人|套|所|处|条|家|件|立方米|米))[,,;;、]"
            r"[^。\n]*?(?:完成率|完成比例|完成进度)(?:为)?(?P<p>\d+(?:\.\d+)?)%")
#: the work a quota hands down, in the paragraph before: 下达各乡镇农村户用卫生厕所改造任务1.2万户
_HANDED = lazy(r"(?:下达|分解|安排|确定)(?:给)?(?:各(?:乡镇|县区|县市区|街道|乡|镇|村|单位|部门)|全[县市区])?(?P<w>[\u4e00-\u9fff]{2,20}?)(?:目标)?任务\d")
#: the whole work's term: 9月底前全面完工 / 年底前全部完成
_WHOLE_DUE = lazy(r"[^,,。;;]*?前(?:全面|全部)?(?:完工|完成|竣工|建成)")


def unit_rows(paras, i: int, rx=_ROW) -> list:
    """``(paragraph, match)`` of the lines from ``paras[i]`` on that ``rx`` matches and whose ``u`` group is a unit, up to
    the first that is not (also :func:`.unit_parts.quota_lines`')."""
    j, rows = i, []
    while j < len(paras):
        m = rx.match(paras[j].text)
        unit = parse_item(m.group("u")) if m else None
        if not unit or unit[1] != "organization":
            break
        rows.append((paras[j], m))
        j += 1
    return rows


def _set_of(b, para) -> tuple[str, Optional[Deadline]]:
    """The work the paragraph before hands down and the term it sets for the whole of it."""
    handed = _HANDED.search(para.text)
    due = None
    for m in _WHOLE_DUE.finditer(para.text):
        found = [f for f in find_deadlines(m.group(), b.doc) if f.date]
        if found:
            due = Deadline(found[-1].text, found[-1].date, found[-1].precision)
    return (tidy_task(handed.group("w")) if handed else ""), due


def read(b, paras, i) -> Optional[int]:
    """Three or more rows of a quota by unit from ``paras[i]``: one commitment each; else None."""
    if i == 0 or "%" not in paras[i].text or not _ROW.match(paras[i].text) or _ROW.match(paras[i - 1].text):
        return None
    rows = unit_rows(paras, i)
    if len(rows) < 3:
        return None
    work, due = _set_of(b, paras[i - 1])
    for para, m in rows:
        pct = float(m.group("p"))
        task = work or tidy_task(m.group("u"))
        b.out.append(record(b, task, [(para.start, para.end)], actors=[Actor(parse_item(m.group("u"))[0], "organization", "responsible")],
                            targets=[Target(task, "=", float(m.group("n")), m.group("unit"), m.group("n") + m.group("unit"))],
                            progress=Progress("done" if pct >= 100 else "on_track", pct, report_as_of(b, paras[i - 1].text), m.group()),
                            deadline=due))
    return i + len(rows)
