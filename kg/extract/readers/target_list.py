"""A work report's targets restated in a report's item, then what the period brought (rx13).

Supervision notices on a work report list each item's targets as counts, several to an
item, then the figures of the period::

    2.新建社区食堂不少于5个;改造背街小巷20条、口袋公园8个。上半年,建成社区食堂6个,改造背街小巷12条。

Each count is a target of its own (``>=`` after 不少于/不低于/达到 or before 以上, else ``=``),
a commitment of its own; the figure of the period for the same kind of thing (same unit,
most of the name shared) is its progress: done where it reaches the target, else on track
or behind as it stands against the share of the year gone.  An item with fewer than two
counts, or whose period's figures match none, is left to the other rules.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Progress, Target

from ..segment import Span
from ..vocab import ITEM_RX
from .supervision import in_report, record, report_as_of

_UNIT = r"(?:万平方米|平方米|公里|千米|万亩|亩|个|家|项|条|座|所|处|户|套|人次|人|件|栋|辆|张|台|场|次)"
#: a count closing a listed target: …项目10个 / …不少于3个 / …20条以上
_COUNT = re.compile(r"(?P<op>不少于|不低于|达到|达|超过)?(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")(?P<tail>以上|左右)?(?=[;;、,,。]|$)")
#: the sentence of the period's figures: 上半年,… / 截至6月底,… / 1-9月,…
_PERIOD_OPEN = re.compile(r"(?:上半年|前三季度|一季度|[1-9一二三四五六七八九十]{1,2}[-—至~][0-9一二三四五六七八九十]{1,2}月(?:份)?|截至[^,,]{2,12}?)[,,]")
_OPS = {"不少于": ">=", "不低于": ">=", "达到": ">=", "达": ">=", "超过": ">"}


def _bigrams(s: str) -> set:
    return {s[k:k + 2] for k in range(len(s) - 1)}


def _counts(text: str, offset: int) -> list[tuple[str, Target, tuple[int, int]]]:
    """``(metric, target, span)`` of each count in ``text``, its name what runs from the count before."""
    out, start = [], 0
    for m in _COUNT.finditer(text):
        metric = re.sub(r"^[;;、,,。\s]+", "", text[start:m.start()])
        metric = _PERIOD_OPEN.sub("", re.sub(r"^(?:\d+[.、.])", "", metric), count=1)
        start = m.end()
        if len(metric) < 2 or re.search(r"\d$", metric):
            continue
        op = _OPS.get(m.group("op") or "", ">=" if m.group("tail") == "以上" else "~" if m.group("tail") else "=")
        b0 = text.rfind(metric, 0, m.start())
        out.append((metric, Target(metric, op, float(m.group("n")), m.group("u"), text[b0:m.end()]), (offset + b0, offset + m.end())))
    return out


def _elapsed(as_of: Optional[str]) -> float:
    return int(as_of[5:7]) / 12 if as_of else 0.5


def _alike(metric: str, name: str) -> float:
    a, c = _bigrams(metric), _bigrams(name)
    return 2 * len(a & c) / (len(a) + len(c) or 1)


def _progress(metric: str, t: Target, figures: list, as_of: Optional[str]) -> Optional[Progress]:
    """The period's figure for the target: the same unit and thresholds, the name most alike (0.4 of
    its pairs at least); a target naming several kinds (A、B或C项目) counts the figures of each."""
    alike = sorted(((_alike(metric, name), f) for name, f, _ in figures
                    if f.unit == t.unit and set(re.findall(r"\d+", name)) == set(re.findall(r"\d+", metric))),
                   key=lambda x: -x[0])  # (亿元以上项目 is not 10亿元以上项目)
    alike = [(s, f) for s, f in alike if s >= 0.4]
    if not alike or not t.value:
        return None
    got = alike if "、" in metric else alike[:1]
    value = sum(f.value for _, f in got)
    pct = round(100 * value / t.value, 1)
    status = "done" if pct >= 100 else "on_track" if pct >= 100 * _elapsed(as_of) else "behind"
    return Progress(status, pct if status != "done" else None, as_of, ";".join(f.text for _, f in got))


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A report's numbered item listing two or more counted targets, then the period's figures."""
    para = paras[i]
    if not ITEM_RX.match(para.text) or not in_report(b):
        return None
    cut = _PERIOD_OPEN.search(para.text)
    if not cut or "。" not in para.text[:cut.start()]:
        return None
    stated = para.text[:para.text.rfind("。", 0, cut.start()) + 1]
    targets = _counts(stated, para.start)
    if len(targets) < 2:
        return None
    said = para.text[cut.start():]
    figures = _counts(said, para.start + cut.start())
    as_of = report_as_of(b, said[:cut.end() - cut.start()])
    recs = [(metric, t, span, _progress(metric, t, figures, as_of)) for metric, t, span in targets]
    if not any(p for *_, p in recs):
        return None
    for metric, t, span, p in recs:
        b.out.append(record(b, metric, [span], targets=[t], progress=p))
    return i + 1
