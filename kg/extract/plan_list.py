"""A year's plan stated as a list of amounts (rx15): in a work report's plan, a
speech's yearly plan or a meeting's list of the year's practical projects, the
amounts are the year's commitments although no 要/将 stands in their sentence.

The plan opens with a sentence announcing it (``2025年主要预期目标是:``,
``今年工作安排``, ``具体包括``, ``目标清单``, ``重点做好以下工作``) and lasts until a
paragraph opens a review (``过去一年``, ``回顾``, ``一年来``).  In it, a clause that
opens with a verb of works and counts what it makes (``新增停车位800个``,
``建成甲医院等3个医疗项目``) is a commitment, unless its sentence tells what is
done already (已, 累计, 截至, 完成率).

>>> opens_plan("今年东湖区政府工作报告的“目标清单”如下")
True
>>> opens_plan("今年全市城建工作要重点抓好四个方面")
True
>>> opens_plan("过去一年,全区新增停车位800个")
False
>>> plan_amount("新增停车位800个,完善城南片区路网")
True
>>> plan_amount("截至6月底,已新增停车位500个")
False
>>> plan_amount("深化教育综合改革")
False
"""
from __future__ import annotations

import re
from .lazyre import lazy

from .targets import find_targets

#: the practical works a government will do, listed below: 2019年,市委、市政府为民兴办10件实事: / 今年将办好十件民生实事如下
#: (the year opening it, 2019年,, is no review: rx40)
_PRACTICAL = (r"(?:为民|为群众)?(?:兴办|办好|办理|实施|推进|承诺办)(?:的)?(?:[^。;;,,“]{2,16}?的)?“?(?:[两三四五六七八九十]{1,3}|\d{1,3})(?:件|项)(?:重点)?(?:民生|为民)?"
              r"实事(?:项目|工程)?”?(?:[,,]?(?:分别|具体|主要)(?:是|为|有|包括)[::]?|[::]|如下|是|。?$)"  # (办好事关群众切身利益的“十件实事”, rx41; …10件实事,分别是:, rx42)
              # no verb, the list told: 街道2023年十大实事项目包括: / 共实施民生实事项目8项,分别为: (rx44)
              r"|“?(?:[两三四五六七八九十]{1,3}|\d{1,3})(?:大|件|项)(?:重点)?(?:民生|为民)?实事(?:项目|工程)?”?(?:包括|[,,]?(?:分别|具体|主要)(?:是|为|有|包括))[::]?"
              # the list counted after 以下: 将办好以下十件民生实事: (session 54; 以下实事: uncounted, a pledge's lead-in)
              r"|(?:兴办|办好|办理|实施|推进)以下(?:[两三四五六七八九十]{1,3}|\d{1,3})(?:件|项)(?:重点)?(?:民生|为民|惠民)?实事(?:项目)?[::]"
              r"|(?:民生|为民)实事(?:项目)?共?(?:[两三四五六七八九十]{1,3}|\d{1,3})(?:件|项)[,,]?(?:分别|具体|主要)(?:是|为|有|包括)[::]"
              # the list told after its count, how it stands: 2019年完成的8件实事项目的情况如下: (session 55)
              r"|(?:[两三四五六七八九十]{1,3}|\d{1,3})(?:件|项|大)(?:重点)?(?:民生|为民|惠民)?实事(?:项目)?”?的?(?:具体|完成|进展|办理|落实)*情况(?:如下|是)[::]"
              # …民生实事项目3项,各项目进展情况如下: (session 55)
              r"|(?:民生|为民|惠民)实事(?:项目)?共?(?:[两三四五六七八九十]{1,3}|\d{1,3})(?:件|项)[,,]?(?:具体|各)?(?:项目)?(?:进展|完成|办理|落实)情况如下[::]")
_PRACTICAL_RX = lazy(_PRACTICAL)
#: a sentence announcing the year's plan: 2025年主要预期目标是 / 今年工作安排 / 具体包括 / 目标清单 / 重点做好以下工作
_OPENS = lazy(r"(?:今年|明年|本年度|(?:19|20)\d\d年)[^。;,,]{0,14}?(?:工作安排|工作打算|工作计划|工作思路|工作设想|重点(?:工作|任务)|主要(?:预期)?目标|目标清单|目标任务|工作任务)"
                    r"|目标清单|具体包括|主要(?:预期)?目标是|重点(?:做好|抓好)以下"
                    # 今年城建工作要重点抓好四个方面 / 全年要着力做好五件事 (rx27)
                    r"|(?:今年|明年|全年|本年度|(?:19|20)\d\d年)[^。;,,]{0,10}?(?:要|将)?(?:重点|着力|突出|全力)?(?:抓好|做好|推进|突出)(?:以下)?"
                    r"(?:[两三四五六七八九十]|\d{1,2})(?:个方面|件事|项工作|项任务|个重点|项重点)"
                    # 二、整改目标 / 1. 水环境质量改善目标:… (a plan's aims, heading or label; rx42)
                    r"|^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])\s*(?:整改|工作|主要|总体|预期)目标\s*$"
                    r"|^\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))])\s*[\u4e00-\u9fff]{2,12}?(?:改善|提升|整改|工作|主要|年度)目标(?:[::]|\s*$)"
                    r"|" + _PRACTICAL)
#: a paragraph opening a review of what was done: 过去一年 / 回顾 / 一年来 / 2024年工作回顾
_REVIEW = lazy(r"^\s*(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))])?\s*(?:过去|回顾|一年来|(?:19|20)\d\d年(?:工作)?回顾|"
                     r"(?:19|20)\d\d年(?:是|,)|去年|上年|近年来|\d+年来)")
#: a verb of works first: 新建 / 新增 / 建成 / 完成 / 改造 / 新改扩建 / 引进 / 培育 / 打造 / 筹集 / 建立 / 创建
_VERB_FIRST = lazy(r"^(?:(?:全年|年内|本年度|今年)[,,]?)?(?:高标准|高质量|全面|确保|力争|再)?"
                         r"(?:新改扩建|新改建|改扩建|改建|扩建|新建|新增|新开工|开工建设|开工|建成|建设|完成|改造|更新改造|引进|新培育|培育|打造|筹集|建立|创建|实施|新修|硬化|解决)")
#: the sentence tells what is done already: 已新增 / 累计 / 截至 / 完成率 / 占全年 / 同比增长12%
_DONE = lazy(r"已|累计|截至|截止|完成率|占(?:全年|年度|总)|同比|比上年|较上年|了(?![解如])")


def practical_lead(text: str):
    """The end of a lead announcing a year's practical works (为民办好10件实事:) in ``text``, else None."""
    m = _PRACTICAL_RX.search(text)
    return m.end() if m else None


def opens_plan(text: str) -> bool:
    """Does a sentence announce the year's plan (and no review)?"""
    return bool(_OPENS.search(text)) and (not _REVIEW.match(text) or bool(_PRACTICAL_RX.search(text)))


def ends_plan(paragraph: str) -> bool:
    """Does a paragraph open a review of the past (过去一年, 回顾, 一年来)?"""
    return bool(_REVIEW.match(paragraph))


def plan_amount(sentence: str) -> bool:
    """A clause of the sentence opens with a verb of works and counts what it makes, and the
    sentence tells nothing done already."""
    if _DONE.search(sentence):
        return False
    return any(amount_clause(c) for c in re.split(r"[,,;;。]", sentence))


def plan_rate(sentence: str) -> bool:
    """A clause of a plan bounding a measure (``一网通办率达到95%以上``, ``审批时间压缩至3个工作日以内``),
    in a sentence telling nothing done already (rx21).

    >>> plan_rate("政务服务事项网上可办率达到95%以上"), plan_rate("截至6月底,网上可办率达到90%")
    (True, False)
    """
    if _DONE.search(sentence):
        return False
    return any(t.op in (">=", "<=") for c in re.split(r"[,,;;。]", sentence) for t in find_targets(c))


def amount_clause(clause: str) -> bool:
    """A clause opening with a verb of works and counting what it makes: ``新增停车位800个``.

    >>> amount_clause("新增停车位800个"), amount_clause("增长6%"), amount_clause("推进城南片区改造")
    (True, False, False)
    """
    c = clause.strip()
    return bool(_VERB_FIRST.match(c)) and any(t.op in ("=", ">=", "~") and t.unit != "%" for t in find_targets(c))


def plan_state(plan: bool, paragraph: str) -> bool:
    """The plan flag after a paragraph's start: a review ends it, a title line announcing the
    plan (二、2025年工作安排) opens it.

    >>> plan_state(False, "二、2025年工作安排"), plan_state(True, "过去一年,我们新建学校3所。")
    (True, False)
    """
    if ends_plan(paragraph) and not _PRACTICAL_RX.search(paragraph):
        return False
    if "。" not in paragraph and len(paragraph.strip()) <= 30 and opens_plan(paragraph):
        return True
    return plan
