"""Generic mechanisms found by pooling every earlier helper's pages (session 10, rx16).

Every sentence here is composed for the test (东湖区, 城南镇, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import by_task, commitments_of

from kg.extract.progress import find_progress


def _recs(text: str, date: str = "2024-07-10"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- counted sets of works with the share of the year's plan done -------------------------------

def test_set_with_share_in_same_sentence():
    text = ("1-6月,东湖区重点项目进展如下。其中新建项目18宗,完成投资2.6亿元,占年度计划投资的61.1%;"
            "续建项目22宗,完成投资1.7亿元,占年度计划投资的30.5%。")
    got = by_task(_recs(text))
    assert {"新建项目", "续建项目"} <= set(got), list(got)
    new, old = got["新建项目"], got["续建项目"]
    assert [(t.value, t.unit) for t in new.targets] == [(18.0, "宗")]
    assert (new.progress.status, new.progress.percent) == ("on_track", 61.1)
    # 30.5% of the year's plan after six months is behind the months gone by (50%)
    assert (old.progress.status, old.progress.percent) == ("behind", 30.5)


def test_set_with_plan_and_share_in_next_sentence():
    text = ("2024年,城南镇安排重点项目40宗,总投资96亿元,年度投资计划12亿元。"
            "1-6月,完成投资7.5亿元,占年度计划投资的62.5%,高于序时进度12.5个百分点。")
    recs = _recs(text)
    got = by_task(recs)
    assert "重点项目" in got, [c.task for c in recs]
    c = got["重点项目"]
    assert sorted((t.value, t.unit) for t in c.targets) == [(12.0, "亿元"), (40.0, "宗")]
    assert (c.progress.status, c.progress.percent) == ("on_track", 62.5)
    assert len(c.evidence) == 2


def test_set_done_when_share_reaches_plan():
    text = "省级8项,概算投资50亿元,当年计划投资9亿元。1-12月份完成投资10.8亿元,投资完成率120%。"
    c = by_task(_recs(text, "2025-01-15"))["省级"]
    assert (c.progress.status, c.progress.percent) == ("done", 120.0)


def test_pace_words_say_behind():
    # 80% is past the months gone by (9 of 12), but the words say behind
    text = "1-9月,东湖区重点项目进展如下。其中续建项目30宗,完成投资8亿元,占年度投资计划的80%,欠目标进度5个百分点。"
    c = by_task(_recs(text, "2024-10-10"))["续建项目"]
    assert (c.progress.status, c.progress.percent) == ("behind", 80.0)
    assert find_progress("完成投资8亿元,占年度投资计划的80%,欠目标进度5个百分点").status == "behind"


def test_rate_without_plan_is_no_set_report():
    # a speech's look back: a rate alone (开工率) is not a share of a plan
    text = "今年以来,全区新开工项目30个,开工率55%,新增签约项目12个,签约金额80亿元。"
    assert not any(c.task.endswith("项目") and c.targets and c.targets[0].value in (30.0, 12.0)
                   for c in _recs(text))


def test_status_count_is_no_set():
    text = "截至9月底,其中12项实事已全部办结。已完成投资5亿元,完成年度总投资的80%。"
    assert not any(c.task == "实事" for c in _recs(text, "2024-10-15"))


# ---- works strung as clauses in one paragraph ---------------------------------------------------

def test_work_clauses_are_one_commitment_each():
    text = ("今年,城南镇将围绕改善出行条件方面,完成南环路改造,新建2座人行天桥,启动东湖公园建设;"
            "围绕便民服务方面,完善社区服务网络,计划新建1家社区食堂。")
    recs = _recs(text)
    texts = [c.text for c in recs]
    assert "完成南环路改造" in texts and "新建2座人行天桥" in texts and "启动东湖公园建设" in texts, texts
    assert "计划新建1家社区食堂" in texts, texts
    food = next(c for c in recs if c.text == "计划新建1家社区食堂")
    assert [(t.value, t.unit) for t in food.targets] == [(1.0, "家")]
    assert not any(c.text.startswith("完善") for c in recs)  # a verb of care, not of a work


def test_two_work_clauses_are_no_list():
    text = "今年,东湖街道将完成北街改造,新建1处停车场,并持续做好环境卫生工作。"
    assert not any(c.text in ("完成北街改造", "新建1处停车场") for c in _recs(text))


def test_ordered_works_are_left_to_prose():
    text = "会议要求,区住建局要在6月底前完成南环路改造,新建2座人行天桥,启动东湖公园建设。"
    recs = _recs(text)
    assert recs and recs[0].actors and recs[0].actors[0].name == "区住建局"
    assert not any(c.text == "新建2座人行天桥" for c in recs)
