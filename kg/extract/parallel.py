"""Parallel works in one sentence, each with its own date or figure.

A plan told as a run of clauses, each naming its own work with its own date or
count, is several commitments, not one with many targets::

    会议要求,6月底前建成城南大道北段,年内开工改建东环路,新建农村公路40公里,改造危桥6座。
    力争城南快线2025年建成通车,北环路2025年全面贯通,滨江路2026年完工。

Each clause after the first opens a new candidate (:func:`opens_own_work`)
when the clause before already carries a date or a figure and neither names an
actor (a clause that only adds a figure to the same work, such as
``新建公租房600套,基本建成400套``, does not open with a verb of its own work and
stays).
"""
from __future__ import annotations

import re
from .lazyre import lazy

#: a verb that opens a work of its own: 新建X, 改造X, 实施X, 建成X, 开工(改建)X, 完成X …
_VERB = r"(?:新建|新增|新改建|改扩建|改造|改建|扩建|建成|建设|开工|动工|启动|实施|完成|竣工|打造|创建)"
#: an optional date before the verb: 年内开工改建X / 5月底前建成X / 2025年建成X
_DATE = r"(?:\d{4}年(?:底前?|内)?|\d{1,2}月(?:底|份|中旬|上旬|下旬)?前?|年内|年底前?|上半年|下半年)"
#: 力争/确保 before the clause
_AIM = r"(?:力争|确保|争取)?"
#: ``X2025年建成通车``: a work, its year, a completion verb
_WORK_THEN_DATE = lazy(r"^" + _AIM + r"(?!力争|确保|争取|要|在|于|到|[一二三四五六七八九十]+是|\d+[.、.]|[((])[^,,;;:。]{2,24}?" + r"(?:\d{4}年(?:底前?|内)?|(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前))"
                             r"(?:全面|基本|全部)?(?:建成|完工|竣工|贯通|通车|投用|投入使用|开工|动工|完成)")
_VERB_FIRST = lazy(r"^" + _AIM + r"(?:" + _DATE + r")?" + _VERB)


def opens_own_work(text: str) -> bool:
    """Does a clause open a work of its own (a verb of works first, or a work then its year and a completion verb)?

    >>> opens_own_work("年内开工改建东环路")
    True
    >>> opens_own_work("北环路2025年全面贯通"), opens_own_work("危房改造工作7月底前全面完成"), opens_own_work("确保在8月底前全面建成")
    (True, True, False)
    >>> opens_own_work("基本建成400套")
    False
    >>> opens_own_work("占任务的65%")
    False
    """
    t = text.strip()
    if re.match(r"^(?:基本|全部|已|累计)", t):
        return False
    return bool(_VERB_FIRST.match(t) or _WORK_THEN_DATE.match(t))


#: the year between a work and its completion verb: 北环路2025年全面贯通 → 北环路全面贯通
_YEAR_IN = lazy(r"(?<=[\u4e00-\u9fff])(?:(?:19|20)\d\d年(?:底前?|内)?|今年|年内)(?=(?:全面|基本|全部)?(?:建成|完工|竣工|贯通|通车|投用|开工|动工|并网|通水|通电))")  # (X今年并网, rx29)
#: a work required by a date: 今年城南排涝泵站工程要求完工 → 城南排涝泵站工程
_REQUIRED = lazy(r"^(?:本年度|今年|年内)?(?P<w>[\u4e00-\u9fff\d()()]{4,}?)要求(?:全部|全面|按期)?(?:完工|建成|竣工|完成|开工|投用)$")


#: two or more words of manner in a row: 按期、按质、按量 / 按时保质 (one, 按期完成, stays)
_MANNERS = lazy(r"(?:按时|按期|如期|按质|按量|保质|保量)(?:[、和及]?(?:按时|按期|如期|按质|按量|保质|保量))+(?=[\u4e00-\u9fff])")


def due_words_off(s: str) -> str:
    """The year and the requirement of a work off its name (a tidying step of :func:`kg.extract.naming.tidy_task`).

    >>> due_words_off("北环路2025年全面贯通"), due_words_off("今年南湖泵站工程要求完工"), due_words_off("求于年底前建成300套")
    ('北环路全面贯通', '南湖泵站工程', '于年底前建成300套')
    >>> due_words_off("西河大桥按期、按质、按量完成"), due_words_off("西河大桥按期完成")
    ('西河大桥完成', '西河大桥按期完成')
    """
    if "年" in s:
        s = _YEAR_IN.sub("", s)  # (今年 / 年内 between the work and its step too, rx29)
    if "按" in s or "保" in s:
        s = _MANNERS.sub("", s)  # 工程按期、按质完成 → 工程完成
    if s.startswith("求"):  # (要求于年底前建成300套: 要 was cut as a modal)
        s = re.sub(r"^求(?=[在于]|年内|年底|今年|明年|\d)", "", s)
    if "要求" in s:
        m = _REQUIRED.match(s)
        s = m.group("w") if m else s
    return s
