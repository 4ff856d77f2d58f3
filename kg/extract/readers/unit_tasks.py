"""A meeting's decisions handed to units by name, each unit's tasks numbered after its label (session 55)::

    会议决定,各有关部门全力支持柳岸小学新校区附属工程建设。住建部门:1、完成校门口400平方米广场硬化;
    2、安装路灯12盏。水务部门:1、实施校园供水管网改造。

→ one commitment per numbered task, the unit of the label before it responsible, its figures the targets; the text
before the first label goes to the prose rules.  Two tasks at least, under one label or more.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor

from ..actors import parse_item
from ..lazyre import lazy
from ..naming import task_text, tidy_task
from ..targets import find_targets
from .supervision import read_part, record

#: a unit's label, its first task numbered right after it: 交通运输部门:1、
_LABEL = lazy(r"(?:^|(?<=[。;;\s]))(?P<u>[\u4e00-\u9fff]{2,12}?(?:部门|局|委|办|公司|镇|乡|街道|中心|站|所|政府))[::]\s*(?=1[、.．])")
#: a numbered task
_TASK = lazy(r"(?:^|(?<=[;;。\s::]))(?P<n>\d{1,2})[、.．]\s*(?P<t>[^;;。]{4,120})")


def _unit(name: str) -> bool:
    found = parse_item(name)
    return bool(found and found[1] == "organization") or bool(re.search(r"部门$", name))


def read(b, paras, i) -> Optional[int]:
    """The units' numbered tasks of ``paras[i]``: one commitment per task; else None."""
    text = paras[i].text
    labels = [m for m in _LABEL.finditer(text) if _unit(m.group("u"))] if "1、" in text or "1." in text else []
    if not labels:
        return None
    tasks = []
    for k, lab in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        for m in _TASK.finditer(text, lab.end(), end):
            tasks.append((lab.group("u"), m))
    if len(tasks) < 2:
        return None
    para = paras[i]
    read_part(b, para, 0, labels[0].start())
    for unit, m in tasks:
        body = m.group("t").strip()
        task = tidy_task(task_text(re.split(r"[,,]", body, 1)[0])) or tidy_task(task_text(body))
        s = para.start + m.start("t")
        b.out.append(record(b, task, [(s, s + len(m.group("t").rstrip()))], actors=[Actor(unit, "organization", "responsible")],
                            targets=find_targets(body)))
    return i + 1
