"""A quota handed down and how much of it is done, told in one phrase (speeches, progress news).

``自2016年开始实施农村改厕以来,已完成市下达改厕任务5000户的4200户`` → the
quota (5000 户, ``=``) is the target, 4200 of it done: on track, 84% (done where all
of it is).  The work is what ``实施X以来`` / ``X工作`` names before, else the quota's
name.  Other sentences of the paragraph go to the prose rules.
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

from kg.model import Progress, Target

from ..segment import Span
from .supervision import record, sentence_records

_UNIT = r"(?:万平方米|平方米|公里|千米|万元|亿元|套|户|个|座|亩|处|所|间|人|家|项|件|栋|辆)"
#: 已完成市下达改厕任务5000户的4200户 / 已完成市下达任务600套中的420套
_QUOTA = lazy(r"已(?:累计|经)?完成(?:了)?(?P<who>[省市县区镇]|上级)?(?:下达|分配|分解|确定)(?:给我[县区市镇])?的?"
                    r"(?P<m>[\u4e00-\u9fff]{0,8}?)(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")(?:中)?的(?P<k>\d+(?:\.\d+)?)(?P=u)")
#: the work before: 实施X以来 / 开展X以来
_SINCE = lazy(r"(?:实施|开展|启动|推进)(?P<w>[^,,。;]{4,24}?)(?:工作)?以来")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """The quota sentences of ``paras[i]``; the others to the prose rules, in place."""
    para = paras[i]
    if "下达" not in para.text and "分配" not in para.text and "分解" not in para.text:
        return None
    return i + 1 if sentence_records(b, para, _quota_record) else None


def _quota_record(b, sent: Span):
    m = _QUOTA.search(sent.text)
    if not m:
        return None
    n, k = float(m.group("n")), float(m.group("k"))
    if n <= 0 or k > n * 1.5:
        return None
    since = _SINCE.search(sent.text, 0, m.start())
    metric = m.group("m") or "任务"
    work = since.group("w") if since else ((m.group("who") or "") + "下达" + metric)
    status = "done" if k >= n else "on_track"
    return record(b, work, [(sent.start, sent.end)], targets=[Target(metric, "=", n, m.group("u"), m.group())],
                  progress=Progress(status, round(100 * k / n, 1), None, m.group()))
