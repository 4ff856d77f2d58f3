"""Report, pledge and meeting shapes read blind on fresh pages (session 11, rx17).

Every sentence here is composed for the test (东湖区, 西山县, 城南镇 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, roles


def _recs(text: str, date: str = "2024-10-12"):
    return list(commitments_of(text, date=date, source="a.txt"))


def _by_task(recs):
    return {c.task: c for c in recs}


# ---- a share said under the pace; a share sentence after its set --------------------------------

def test_share_in_next_paragraph_is_the_sets_progress():
    text = ("东湖区重点项目1-9月推进情况通报\n"
            "经调整,今年全区共实施重点项目120个,总投资800亿元,当年计划投资150亿元。\n"
            "1-9月,完成投资100亿元,占全年计划的66.7%,稍低于序时进度。\n")
    recs = _recs(text)
    assert len(recs) == 1 and recs[0].task.endswith("重点项目"), [c.task for c in recs]
    c = recs[0]
    assert sorted((t.value, t.unit) for t in c.targets) == [(120.0, "个"), (150.0, "亿元")]
    assert (c.progress.status, c.progress.percent) == ("behind", 66.7)
    assert len(c.evidence) == 2


def test_share_after_semicolon_is_no_commitment_of_its_own():
    text = ("东湖区重点项目1-9月推进情况通报\n"
            "按投资主体分:企业投资项目40个,总投资300亿元,当年计划投资60亿元;1-9月完成投资50亿元,"
            "占全年计划的83.3%,已达序时进度。财政投资项目55个,总投资200亿元,当年计划投资80亿元;"
            "1-9月完成投资48亿元,占全年计划的60%,低于序时进度。\n")
    got = _by_task(_recs(text))
    assert set(got) == {"企业投资项目", "财政投资项目"}, list(got)
    assert got["企业投资项目"].progress.status == "on_track"
    # the share is the set's own and the text says it is under the pace
    assert (got["财政投资项目"].progress.status, got["财政投资项目"].progress.percent) == ("behind", 60.0)


def test_a_lagging_count_is_not_the_whole_behind():
    # 欠进度的有3个 counts lagging items; the whole is not behind for it
    text = ("西山县民生实事三季度进展通报\n"
            "今年县政府确定民生实事20项,截至9月底,已完成12项,占60%;欠进度的有3项,占15%。\n")
    c = _by_task(_recs(text))
    whole = next(v for k, v in c.items() if "民生实事" in k)
    assert whole.progress.status != "behind"


# ---- a report's works: stages, milestones ahead, a work then its status -------------------------

def test_report_stages_of_works():
    text = ("城南镇7月份重点项目推进情况汇报\n"
            "截至7月末,全镇在建项目推进顺利。其中:东湖冷链仓储项目建成冷库3栋;城南中学教学楼项目主体封顶;"
            "西山物流园项目9月份正式投产;北岸污水泵站项目10月底前竣工。\n")
    got = _by_task(_recs(text, "2024-08-03"))
    assert got["东湖冷链仓储项目"].progress.status == "on_track"
    assert got["城南中学教学楼项目"].progress.status == "on_track"
    plan = got["西山物流园项目"]
    assert plan.progress is None and plan.deadline.date == "2024-09-30"
    assert got["北岸污水泵站项目"].deadline.date == "2024-10-31"


def test_milestone_already_past_is_no_plan():
    # the month named is before the report's date: no milestone ahead
    text = ("城南镇重点项目推进情况汇报\n"
            "截至9月末,全镇在建项目推进顺利。其中:西山物流园项目6月份正式投产;东湖冷链仓储项目建成冷库3栋。\n")
    got = _by_task(_recs(text, "2024-10-05"))
    assert "西山物流园项目" not in got or got["西山物流园项目"].deadline is None


def test_work_named_then_its_status_in_the_next_clause():
    text = ("东湖区重大项目专班8月工作进展汇报\n"
            "1.新增储备项目2个。其中:文旅类1个,即,总投资2.1亿元的南湖湿地公园项目,已经开工,计划12月份完工;"
            "产业类1个,即,总投资5亿元的北区光伏电站工程,立项已获批。\n")
    got = _by_task(_recs(text, "2024-09-04"))
    park = got["南湖湿地公园项目"]
    assert park.progress.status == "on_track" and park.deadline.date == "2024-12-31"
    solar = got["北区光伏电站工程"]
    assert solar.progress.status == "on_track"  # a preparation stage done, not the work
    assert "立项" not in got


def test_count_before_即_is_no_aggregate():
    text = ("东湖区重大项目专班8月工作进展汇报\n"
            "1.新增储备项目2个。其中:文旅项目1个,即,投资2.1亿元的南湖湿地公园项目,已经开工;"
            "产业项目1个,即,投资5亿元的北区光伏电站工程,已完成选址。\n")
    got = _by_task(_recs(text, "2024-09-04"))
    assert "文旅项目" not in got and "产业项目" not in got, list(got)
    assert {"南湖湿地公园项目", "北区光伏电站工程"} <= set(got)
