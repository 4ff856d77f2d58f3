"""Works listed by their status, in news of progress or a report (rx29)::

    已经完成的4件分别是:为老年人免费体检、城区新增充电桩600个、改造农贸市场3个以及开通夜间公交2条线路。

→ one commitment per work listed, its status the list's (done here; 正在推进的 on track, 滞后的 behind, 尚未启动的
not started), its figures its targets.  The other sentences of the paragraph go to the prose rules.
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
_STATUS = (("滞后", "behind"), ("慢", "behind"), ("靠后", "behind"), ("未启动", "not_started"), ("推进", "on_track"), ("实施", "on_track"))
#: where one work listed ends and the next begins
_SPLIT = lazy(r"、|以及|及(?=[\u4e00-\u9fff]{4})|和(?=[\u4e00-\u9fff]{4})")


def _listed(b, para, m, ranked: bool = False) -> list:
    split = _RANKED_SPLIT if ranked else _SPLIT
    names = [n.strip(" ,,") for n in split.split(m.group("l")) if n.strip(" ,,")]
    if len(names) < 2 or not all(4 <= len(n) <= 30 for n in names):
        return []
    status = next((st for w, st in _STATUS if w in m.group("s")), "done")
    out, pos = [], m.start("l")
    for n in names:
        k = para.text.find(n, pos)
        pos = k + len(n)
        task = tidy_task(re.sub(r"^(?:为|对)", "", n)) or n
        out.append(record(b, task, [(para.start + k, para.start + k + len(n))], targets=find_targets(n),
                          progress=Progress(status, None, report_as_of(b, para.text), m.group("s"))))
    return out


def read(b, paras, i) -> Optional[int]:
    """A paragraph with a list of works by their status: one commitment per work (the sentences before and after it
    go to the prose rules); else None."""
    para = paras[i]
    m = _LISTED.search(para.text)
    ranked = m is None
    m = m or _RANKED.search(para.text)
    recs = _listed(b, para, m, ranked) if m else []
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
