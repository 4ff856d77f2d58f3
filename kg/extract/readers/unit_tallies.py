"""What each unit has done, counted, one unit a sentence, in a progress notice (rx43)::

    截至7月15日,有24个单位按计划完成了所承担的任务。其中:甲局铺装巷道47条,面积18865平方米;乙公司铺装
    巷道11条,面积5815平方米;丙局、丁局新建公厕2座。

→ one commitment per sentence that is nothing but a unit (or a list of units) and the count of what it did: the
units responsible, the count its target (with any size told after it), done.  A paragraph is read so when two of its
sentences at least have this shape; its other sentences go to the prose rules.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Progress, Target

from ..actors import parse_list
from ..lazyre import lazy
from ..segment import Span, sentences
from .supervision import record, report_as_of, sentence_records

#: what a unit did, counted: 铺装巷道47条 / 新建公厕2座 / 清理垃圾120吨 (past deeds, no modal before them)
#: a check a unit keeps making: its count tells the work goes on (抽检蔬菜300批次, rx51)
_CHECK = r"抽检|检测|审核|监测|巡查|检查"
_VERB = r"铺装|铺设|修建|新建|建成|改造|硬化|安装|清理|整治|整改|办结|栽植|种植|新增|拆除|发放|走访|排查|培训|慰问|救助|帮扶|结对|" + _CHECK
_MEASURE = r"条|个|处|座|所|公里|千米|米|平方米|户|件|项|人|名|家|吨|棵|株|盏|套|间|批次|次|场|份|例"
#: more of it after a comma: 面积18865平方米 / 长3.2公里 / 投资50万元
_MORE = r"(?:[,,](?P<mm>面积|长|长度|总长|投资|资金)?(?P<mn>\d+(?:\.\d+)?)(?P<mu>万平方米|平方米|公里|米|万元|亿元))?"
_LINE = lazy(r"^(?:其中[::,,]?)?(?P<u>[\u4e00-\u9fff、]{2,24}?)(?:\d{1,2}[~～\-—至]\d{1,2}月份?|今年以来|上半年)?(?:已|共|累计)?(?:进行)?"
             r"(?P<v>" + _VERB + r")了?(?P<w>[\u4e00-\u9fff]{0,10}?)"
             r"(?P<n>\d+(?:\.\d+)?)(?P<m>" + _MEASURE + r")" + _MORE + r"(?:[,,](?:抽检)?合格率\d+(?:\.\d+)?%)?[;;。]?$")


#: a quick look: a deed and a count right after it
_QUICK = lazy(r"(?:" + _VERB + r")了?[\u4e00-\u9fff]{0,8}?\d")


def _unit_line(text: str) -> Optional[tuple[re.Match, list]]:
    """``(the match, the units)`` where ``text`` is a unit's counted deed; None otherwise."""
    m = _LINE.match(text.strip())
    if not m or re.search(r"(?:要|将|计划|拟|需)$", m.group("u")):
        return None
    items = parse_list(m.group("u"))
    if not items or not all(k == "organization" for _, k, _ in items):
        return None
    return m, items


def read(b, paras, i) -> Optional[int]:
    """The sentences of ``paras[i]`` that tell a unit's counted deed; None where fewer than two do."""
    para = paras[i]
    if len(_QUICK.findall(para.text)) < 2:
        return None
    sents = list(sentences(para))
    lines = sum(1 for s in sents if _unit_line(s.text))
    if lines < 2 or 2 * lines < len(sents):
        return None  # (a few units' checks among other news of the paragraph: the paragraph is read as a whole, rx51)
    return i + 1 if sentence_records(b, para, _unit_record) else None


def _unit_record(b, sent: Span):
    found = _unit_line(sent.text)
    if not found:
        return None
    m, items = found
    lead = len(sent.text) - len(sent.text.lstrip())
    work = m.group("w") + m.group("v")  # 巷道铺装
    targets = [Target(m.group("w") or m.group("v"), "=", float(m.group("n")), m.group("m"), m.group("n") + m.group("m"))]
    if m.group("mn"):
        targets.append(Target(m.group("mm") or m.group("w") or m.group("v"), "=", float(m.group("mn")), m.group("mu"),
                              m.group("mn") + m.group("mu")))
    start = sent.start + lead + m.start("u")
    end = sent.start + lead + m.end("m") if not m.group("mn") else sent.start + lead + m.end("mu")
    return record(b, work, [(start, end)], actors=[Actor(n, "organization", "responsible") for n, _, _ in items],
                  targets=targets, progress=Progress("on_track" if re.fullmatch(_CHECK, m.group("v")) else "done", None,
                                                     report_as_of(b, sent.text), sent.text.strip(";;。")[:60]))
