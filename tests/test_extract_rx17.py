"""Report, pledge and meeting shapes read blind on fresh pages (session 11, rx17).

Every sentence here is composed for the test (东湖区, 西山县, 城南镇 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import by_task, commitments_of, roles


def _recs(text: str, date: str = "2024-10-12"):
    return list(commitments_of(text, date=date, source="a.txt"))


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
    got = by_task(_recs(text))
    assert set(got) == {"企业投资项目", "财政投资项目"}, list(got)
    assert got["企业投资项目"].progress.status == "on_track"
    # the share is the set's own and the text says it is under the pace
    assert (got["财政投资项目"].progress.status, got["财政投资项目"].progress.percent) == ("behind", 60.0)


def test_a_lagging_count_is_not_the_whole_behind():
    # 欠进度的有3个 counts lagging items; the whole is not behind for it
    text = ("西山县民生实事三季度进展通报\n"
            "今年县政府确定民生实事20项,截至9月底,已完成12项,占60%;欠进度的有3项,占15%。\n")
    c = by_task(_recs(text))
    whole = next(v for k, v in c.items() if "民生实事" in k)
    assert whole.progress.status != "behind"


# ---- a report's works: stages, milestones ahead, a work then its status -------------------------

def test_report_stages_of_works():
    text = ("城南镇7月份重点项目推进情况汇报\n"
            "截至7月末,全镇在建项目推进顺利。其中:东湖冷链仓储项目建成冷库3栋;城南中学教学楼项目主体封顶;"
            "西山物流园项目9月份正式投产;北岸污水泵站项目10月底前竣工。\n")
    got = by_task(_recs(text, "2024-08-03"))
    assert got["东湖冷链仓储项目"].progress.status == "on_track"
    assert got["城南中学教学楼项目"].progress.status == "on_track"
    plan = got["西山物流园项目"]
    assert plan.progress is None and plan.deadline.date == "2024-09-30"
    assert got["北岸污水泵站项目"].deadline.date == "2024-10-31"


def test_milestone_already_past_is_no_plan():
    # the month named is before the report's date: no milestone ahead
    text = ("城南镇重点项目推进情况汇报\n"
            "截至9月末,全镇在建项目推进顺利。其中:西山物流园项目6月份正式投产;东湖冷链仓储项目建成冷库3栋。\n")
    got = by_task(_recs(text, "2024-10-05"))
    assert "西山物流园项目" not in got or got["西山物流园项目"].deadline is None


def test_work_named_then_its_status_in_the_next_clause():
    text = ("东湖区重大项目专班8月工作进展汇报\n"
            "1.新增储备项目2个。其中:文旅类1个,即,总投资2.1亿元的南湖湿地公园项目,已经开工,计划12月份完工;"
            "产业类1个,即,总投资5亿元的北区光伏电站工程,立项已获批。\n")
    got = by_task(_recs(text, "2024-09-04"))
    park = got["南湖湿地公园项目"]
    assert park.progress.status == "on_track" and park.deadline.date == "2024-12-31"
    solar = got["北区光伏电站工程"]
    assert solar.progress.status == "on_track"  # a preparation stage done, not the work
    assert "立项" not in got


def test_count_before_即_is_no_aggregate():
    text = ("东湖区重大项目专班8月工作进展汇报\n"
            "1.新增储备项目2个。其中:文旅项目1个,即,投资2.1亿元的南湖湿地公园项目,已经开工;"
            "产业项目1个,即,投资5亿元的北区光伏电站工程,已完成选址。\n")
    got = by_task(_recs(text, "2024-09-04"))
    assert "文旅项目" not in got and "产业项目" not in got, list(got)
    assert {"南湖湿地公园项目", "北区光伏电站工程"} <= set(got)


# ---- a unit told to act as the lead; units named by their part are no actors --------------------

def test_unit_told_to_act_as_the_lead():
    text = ("西山县召开燃气安全专项整治推进会。会议要求,县城管局要充分发挥牵头作用,"
            "督促各镇完成燃气管道隐患排查。\n")
    [c] = [c for c in _recs(text, "2024-05-06") if c.actors]
    assert roles(c) == {("县城管局", "lead")}


def test_unit_named_by_its_part_is_no_actor():
    text = ("西山县召开项目调度会。会议要求,施工单位要倒排工期,制定详细的月度施工计划;"
            "督办部门要将督办结果及时通报。\n")
    for c in _recs(text, "2024-05-06"):
        assert not c.actors, (c.task, roles(c))


# ---- rectification measures counted --------------------------------------------------------------

def test_count_of_rectification_measures_set():
    text = ("西山县卫健局对群众反映的问题进行梳理,针对服务效率低等6个方面的问题确定了18项整改措施,"
            "明确责任科室和完成时限。\n")
    c = next(c for c in _recs(text, "2023-04-02") if c.targets)
    assert [(t.value, t.unit) for t in c.targets] == [(18.0, "项")]
    assert "整改" in c.task


# ---- pledges: the matters pledged and kept; a pledged work under way ----------------------------

def test_matters_pledged_then_told_kept_are_one_set():
    text = ("今年3月,西山县交通局等9个单位负责人就“建成城北客运站”等7个重点事项向县政府郑重作出承诺。"
            "记者近日获悉,截至12月20日,7个重点事项已全部完成,兑现承诺。\n"
            "县住建局承诺的建成城南安置小区,住宅主楼已封顶。\n")
    recs = _recs(text, "2023-12-28")
    sets = [c for c in recs if c.targets and c.targets[0].value == 7.0]
    assert len(sets) == 1, [c.task for c in recs]
    s = sets[0]
    assert s.progress and s.progress.status == "done" and len(s.evidence) == 2
    assert not any(t.value == 9.0 for c in recs for t in c.targets)  # the units are no set
    home = next(c for c in recs if "安置小区" in c.task)
    assert roles(home) == {("县住建局", "responsible")} and home.progress.status == "on_track"


# ---- a part of the works done; a place's own share of the year's task ---------------------------

def test_part_of_the_works_done_is_on_track():
    from kg.extract.progress import find_progress
    assert find_progress("已完成地基工程,正在浇筑二层楼板").status == "on_track"
    assert find_progress("已完成全部建设任务").status == "done"


def test_place_share_of_the_years_task():
    text = ("西山县农业农村工作进展情况汇报\n"
            "今年以来,各项工作有序推进。\n"
            "全县完成高标准农田1.8万亩,完成年度任务的104%。\n")
    c = next(c for c in _recs(text, "2024-10-08") if c.progress and c.progress.percent == 104.0)
    assert c.task == "高标准农田" and c.progress.status == "done"
    assert not c.targets  # the amount done is no target


# ---- works listed as enumerated items after a lead-in -------------------------------------------

def test_enumerated_work_items_after_a_lead_in():
    text = ("会议指出,下半年要集中精力抓好以下工作:一是完成北区旧厂房收储;二是启动南湖片区截污工程;"
            "三是建成2个口袋公园;四是完成好各项既定任务。\n")
    got = [c.task for c in _recs(text, "2024-07-02")]
    assert {"北区旧厂房收储", "南湖片区截污工程"} <= set(got), got
    assert not any("各项" in t or "既定" in t for t in got), got


# ---- the month after the document's; the unit hosting a task force's office ---------------------

def test_next_month_deadline():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import DocDate
    doc = DocDate(2023, 12, 5, "option")
    got = [(f.text, f.date) for f in find_deadlines("下月中旬前全部完工,本月底前完成验收", doc)]
    assert got == [("下月中旬前", "2024-01-20"), ("本月底前", "2023-12-31")]
    text = "城南镇召开年终推进会。会议强调,全镇在建的安置房项目下月底前要全部完成主体施工。\n"
    [c] = _recs(text, "2024-03-11")
    assert c.deadline.date == "2024-04-30"


def test_unit_hosting_the_office_leads():
    text = ("西山县召开背街小巷整治推进会。会议指出,要成立工作专班,在县城管局设立专班办公室并负责总牵头工作,"
            "统筹推进全县背街小巷整治。\n")
    c = next(c for c in _recs(text, "2024-03-11") if c.actors)
    assert roles(c) == {("县城管局", "lead")}


def test_work_due_before_a_season_is_kept():
    text = ("西山县召开防汛备汛工作会议。会议要求,各乡镇要在主汛期来临前完成病险山塘整治。"
            "各单位要高度重视防汛工作。\n")
    recs = _recs(text, "2024-04-10")
    assert len(recs) == 1, [c.task for c in recs]
    c = recs[0]
    assert c.deadline.text == "主汛期来临前" and c.deadline.date is None and not c.actors
