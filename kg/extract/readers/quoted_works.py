"""A report's paragraphs each opened by a work named in quotes, under headings that class them by how they stand
(rx42)::

    4个项目完成全年目标
    “婚姻登记跨区通办”项目,我市于3月22日起全面实行跨区通办,截至9月底,办理业务4898件。
    “公共场所布设AED”项目,于8月份完成安装100台的年度目标,并投入使用。
    10个项目超额完成9月份节点目标
    “老旧小区改造”项目,截至9月底,累计完成总工程量70.8%,超额完成9月份节点目标。

→ one commitment per paragraph: the work in quotes its task, its status the heading's (完成全年目标 done, 节点目标 /
按计划推进 on track, 滞后 behind) or else what its paragraph tells, its first sentence its evidence.  Two such
paragraphs at least.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Progress

from ..lazyre import lazy
from ..progress import find_progress
from .supervision import record, report_as_of

#: a paragraph opened by a work in quotes: “X”项目, / “X”工程:
_QUOTED = lazy(r"^\s*“(?P<w>[^“”]{2,30}(?:“[^“”]{1,12}”[^“”]{0,12})?)”(?:项目|工程|实事|事项)?[,,::]")
#: a heading classing the works below: 4个项目完成全年目标 / 10个项目超额完成9月份节点目标 / 1个项目进度滞后
_CLASS = lazy(r"^\s*(?:\d+|[一二三四五六七八九十两]+)个(?:项目|工程|实事|事项)(?P<s>[^,,。;;]{2,20})$")


def _class_status(text: str) -> Optional[str]:
    if re.search(r"滞后|缓慢|未完成|未达", text):
        return "behind"
    if re.search(r"节点目标|按计划|有序推进|序时", text):
        return "on_track"
    if re.search(r"完成(?:全年|年度)(?:目标|任务)|全面完成|全部完成|已完成", text):
        return "done"
    return None


def read(b, paras, i) -> Optional[int]:
    """The run of quoted-work paragraphs (and class headings) from ``paras[i]``: one commitment each; else None."""
    j, n = i, 0
    while j < len(paras) and (_QUOTED.match(paras[j].text) or _CLASS.match(paras[j].text)):
        n += bool(_QUOTED.match(paras[j].text))
        j += 1
    if n < 2 or (i > 0 and _QUOTED.match(paras[i - 1].text)):
        return None
    hint = None
    for para in paras[i:j]:
        cls = _CLASS.match(para.text)
        if cls:
            hint = _class_status(cls.group("s"))
            continue
        m = _QUOTED.match(para.text)
        first = re.split(r"(?<=。)", para.text.strip())[0]
        prog = find_progress(para.text[m.end():], None, b.doc.year)
        status = hint or (prog.status if prog else "on_track")
        lead = len(para.text) - len(para.text.lstrip())
        b.out.append(record(b, m.group("w").replace("“", "").replace("”", ""), [(para.start + lead, para.start + lead + len(first.rstrip("。")))],
                            progress=Progress(status, prog.percent if prog and prog.status == status else None, report_as_of(b, para.text), first[m.end() - lead:][:60])))
    return j
