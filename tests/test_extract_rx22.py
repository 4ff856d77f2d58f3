"""Pledges told after the subject's own clause, quotas given from above, and how a quota stands told in
the paragraph below (session 31, rx22: fitted on real meeting news, progress reports and pledge pages
found by search, read outside the project; checked on ../shared/eval).

Every sentence here is composed for the test (青禾镇, 桐溪县, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of


def _recs(text: str, date: str = "2022-09-20"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- a pledge in a clause after the subject's own -----------------------------------------------------

def test_a_pledge_after_what_the_subject_did_is_the_subjects():
    text = "青禾镇召开座谈会。\n\n镇长何晓梅在会上通报了上半年民生实事进展情况,并承诺年底前建成2所乡镇幼儿园。\n"
    [c] = _recs(text)
    assert [(a.name, a.role) for a in c.actors] == [("何晓梅", "responsible")]
    assert c.task == "建成乡镇幼儿园"
    assert c.deadline.date == "2022-12-31"
    assert [(t.value, t.unit) for t in c.targets] == [(2.0, "所")]


def test_a_pledge_of_one_named_bare_who_speaks_is_the_one_named_with_a_post_before():
    text = ("6月10日,青禾镇党委书记周立文主持召开群众代表座谈会,听取意见。周立文表示,镇里将认真梳理大家反映的问题,"
            "并承诺7月底前完成南坪村供水管网改造。\n")
    [c] = _recs(text)
    assert [a.name for a in c.actors] == ["周立文"]
    assert "南坪村供水管网改造" in c.task and "承诺" not in c.task
    assert c.deadline.date == "2022-07-31"


def test_and_pledged_with_nobody_named_before_assigns_no_one():
    # no person named with a post in the sentence or before it: the pledge is kept, no actor guessed
    recs = _recs("会上通报了民生实事进展情况,并承诺年底前建成2所乡镇幼儿园。\n")
    assert all(not c.actors for c in recs)


# ---- a quota given from above -------------------------------------------------------------------------

def test_a_quota_given_with_its_date_is_a_commitment_without_a_modal():
    [c] = _recs("省下达我县农村危房改造任务420户,年底前全部竣工。\n")
    assert c.task == "农村危房改造"
    assert c.deadline.date == "2022-12-31"
    [t] = c.targets
    assert (t.metric, t.value, t.unit) == ("农村危房改造任务", 420.0, "户")  # (who gave it is no part of the metric)


def test_a_quota_required_by_a_date_is_named_by_its_work_not_by_the_requirement():
    [c] = _recs("省下达我县农村危房改造任务420户,要求年底前全部竣工。截至9月15日,已竣工390户,占任务的92.9%。\n")
    assert c.task == "农村危房改造"
    assert (c.progress.status, c.progress.percent) == ("on_track", 92.9)


def test_a_work_required_by_a_date_after_a_comma_is_the_clause_before():
    [c] = _recs("城南路改造工程,要求年底前全部竣工。\n")
    assert c.task == "城南路改造工程"


def test_a_quota_done_is_no_new_quota():
    # 已完成市下达…任务N户的M户: the share done of a quota (the quota reader's), not a quota given again
    recs = _recs("自2019年以来,已完成市下达改厕任务5000户的4200户。\n")
    assert len(recs) <= 1


# ---- how a quota stands, in the paragraph below --------------------------------------------------------

def test_the_count_in_the_paragraph_below_is_the_quotas_progress():
    text = ("今年,市下达我县农村改厕任务3000户,要求10月底前全面完成,由县农业农村局牵头,各乡镇具体实施。\n\n"
            "截至目前,全县已完成改厕2940户,完成率98%。\n")
    [c] = _recs(text)
    assert (c.progress.status, c.progress.percent) == ("on_track", 98.0)
    assert c.evidence[-1].text.startswith("截至目前")


def test_a_count_of_another_unit_below_is_not_the_quotas():
    text = ("今年,市下达我县农村改厕任务3000户,要求10月底前全面完成。\n\n"
            "截至目前,全县已培训改厕技术人员120人。\n")
    quota, trained = _recs(text)  # (session 56: a work with its count, or told done or under way, that no rule read is a record of its own)
    assert quota.progress is None and trained.progress.status == "done"


def test_a_paragraph_below_with_work_of_its_own_keeps_its_progress():
    text = ("今年,市下达我县农村改厕任务3000户,要求10月底前全面完成。\n\n"
            "目前,县住建局要加快推进危房改造,确保年底前完成200户。\n")
    recs = _recs(text)
    assert recs[0].progress is None


# ---- a report item's plan, and a decision told once -------------------------------------------------------

def test_a_report_items_plan_is_its_target_and_the_months_reported_are_no_deadline():
    text = ("上半年重点项目建设进展情况的督查通报\n\n二、进度滞后项目\n"
            "1.东河污水处理厂提标改造项目(责任单位:县住建局)。年度计划投资1.2亿元,1-6月完成投资2100万元,完成率17.5%,"
            "滞后序时进度32.5个百分点。\n")
    [c] = _recs(text, date="2021-07-15")
    assert [(t.value, t.unit) for t in c.targets] == [(1.2, "亿元")]  # (2100万元 is what was done)
    assert c.deadline is None or c.deadline.date != "2021-06-30"
    assert (c.progress.status, c.progress.percent) == ("behind", 17.5)


def test_a_decision_and_its_clause_are_one_span_of_evidence():
    text = ("县政府常务会议纪要\n\n三、关于县第三小学扩建项目\n"
            "会议决定,县第三小学扩建项目由县教育局负责实施,力争8月底前完工。\n")
    recs = _recs(text, date="2023-03-08")
    c = next(r for r in recs if "第三小学" in r.task)
    spans = [(e.start, e.end) for e in c.evidence]
    assert not any(a != b and b[0] <= a[0] and a[1] <= b[1] for a in spans for b in spans)


# ---- rectification items --------------------------------------------------------------------------------

_RECT = ("中共清溪县委关于巡察整改进展情况的通报\n\n"
         "根据县委巡察组反馈意见,我县共梳理出问题9个,制定整改措施27条。截至目前,已完成整改7个,正在整改2个。\n\n"
         "一、关于基层组织建设的问题\n"
         "1.部分村级党组织“三会一课”制度落实不到位。整改措施:开展专项检查,建立台账,逐一整改。责任单位:各乡镇党委;"
         "整改时限:2022年12月底前。整改进展:正在整改,已完成60%。\n"
         "2.村级公益岗位补贴发放存在延迟。整改措施:由县人社局负责,10月底前完成补贴发放流程优化。目前已完成。\n")


def test_a_problem_set_counted_after_a_verb_with_out_is_of_problems():
    c = next(r for r in _recs(_RECT, date="2022-11-10") if r.targets and r.targets[0].value == 9.0)
    assert c.targets[0].metric == "问题"  # (梳理出问题9个: not 出问题)


def test_a_measure_given_by_you_names_the_unit_without_you():
    c = next(r for r in _recs(_RECT, date="2022-11-10") if "补贴发放" in r.task)
    assert [a.name for a in c.actors] == ["县人社局"]
    assert c.deadline.date == "2022-10-31"


def test_the_share_done_of_an_item_under_way_is_its_percent():
    c = next(r for r in _recs(_RECT, date="2022-11-10") if "三会一课" in r.task)
    assert (c.progress.status, c.progress.percent) == ("on_track", 60.0)


# ---- what a count after a place counts ------------------------------------------------------------------

def test_a_count_after_a_place_measures_what_follows_it():
    [c] = _recs("区城管局牵头,5月底前完成城区12条主次干道占道经营整治。\n", date="2020-04-02")
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("主次干道占道经营整治", 12.0, "条")]


def test_a_count_of_villages_in_the_whole_town_names_the_villages_work():
    [c] = _recs("东岭镇要在年内完成全镇20个村的污水治理。\n", date="2020-04-02")
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("村污水治理", 20.0, "个")]


# ---- a postponement -----------------------------------------------------------------------------------------

def test_a_part_put_off_to_next_year_is_behind():
    text = ("石岭镇2023年为民办实事承诺践诺情况公示\n\n"
            "3.硬化通组道路8公里。承诺时限:2023年11月底前。完成情况:已完成6公里,剩余2公里因雨季影响顺延至明年3月底前完成。"
            "责任单位:镇交通站。\n")
    [c] = _recs(text, date="2024-01-12")
    assert c.progress.status == "behind"


def test_a_work_that_may_not_be_put_off_is_no_postponement():
    [c] = _recs("各乡镇要在10月底前完成秋季造林任务,不得延期至明年。\n", date="2023-09-01")
    assert c.progress is None


# ---- dates of this month and the next, weeks, seasons of the farm year ----------------------------------------

def test_a_day_of_this_month_or_the_next_is_that_day():
    [c] = _recs("县住建局要于本月25日前上报棚改项目清单。\n", date="2023-05-10")
    assert (c.deadline.date, c.task) == ("2023-05-25", "上报棚改项目清单")
    [c] = _recs("县卫健局要在下月10号前完成方案报批。\n", date="2023-05-10")
    assert c.deadline.date == "2023-06-10" and not c.task.startswith("下月")


def test_a_day_told_with_hao_is_a_day():
    [c] = _recs("县交通局要于9月30号前完成国道改线工程招标。\n", date="2023-05-10")
    assert c.deadline.date == "2023-09-30"
    assert "30号" not in c.task


def test_so_many_weeks_count_from_the_documents_date():
    [c] = _recs("县城管局要在两周内完成城区广告牌清理。\n", date="2023-05-10")
    assert (c.deadline.date, c.task) == ("2023-05-24", "城区广告牌清理")


def test_a_quarter_with_its_ordinal_and_mid_year_leave_the_task():
    [c] = _recs("东岭镇要在第三季度末前完成村级活动场所改造。\n", date="2023-05-10")
    assert (c.deadline.date, c.task) == ("2023-09-30", "村级活动场所改造")
    [c] = _recs("县交通局要在年中前完成国道改线工程招标。\n", date="2023-05-10")
    assert c.task == "国道改线工程招标"


def test_before_a_season_of_the_farm_year_is_named_whole():
    [c] = _recs("县农业局要抢在春耕前完成高标准农田验收。\n", date="2023-02-10")
    assert (c.deadline.text, c.deadline.date, c.task) == ("春耕前", None, "高标准农田验收")
    [c] = _recs("县水利局要赶在汛期前完成病险水库除险加固。\n", date="2023-02-10")
    assert c.task == "病险水库除险加固"


# ---- roles told of the work just stated --------------------------------------------------------------------

def test_roles_of_this_work_go_to_the_work_just_stated():
    [c] = _recs("今年要建成县融媒体中心。该项工作由县文旅局牵头,县财政局配合。\n", date="2023-05-10")
    assert c.task == "建成县融媒体中心"
    assert [(a.name, a.role) for a in c.actors] == [("县文旅局", "lead"), ("县财政局", "assist")]


def test_overall_responsibility_is_the_lead():
    [c] = _recs("今年要建成县融媒体中心。此项工作由县委常委、宣传部长杨帆同志总负责,县文旅局抓好落实。\n", date="2023-05-10")
    assert [(a.name, a.role) for a in c.actors] == [("杨帆", "lead"), ("县文旅局", "responsible")]


def test_the_towns_along_the_line_are_no_unit():
    [c] = _recs("县交通局牵头,县自然资源局、沿线乡镇积极配合,确保国道改线项目10月底前开工。\n", date="2023-05-10")
    assert [a.name for a in c.actors] == ["县交通局", "县自然资源局"]


# ---- minutes: a unit and its date, works of their own under a topic, a section of no topic --------------------

_MINUTES = ("县城建设专题协调会议纪要\n\n"
            "4月18日,副县长周远航主持召开县城建设专题协调会议,现将会议议定事项纪要如下:\n\n"
            "一、关于城西片区雨污分流改造工程\n"
            "会议同意实施城西片区雨污分流改造工程,资金由县财政统筹解决。(责任单位:县住建局、县财政局;完成时限:2023年10月底)\n\n"
            "二、关于县城停车场建设\n"
            "1.县自然资源局负责在5月15日前完成停车场用地规划调整。\n"
            "2.县市场监管局负责制定停车收费标准,报县政府审定后执行。\n\n"
            "三、其他事项\n"
            "会议要求,各责任单位要按照议定事项抓好落实,县政府办督查室负责跟踪督办,每月向县政府报告进展情况。\n")


def test_a_work_the_meeting_approved_is_named_without_the_approval():
    recs = _recs(_MINUTES, date="2023-04-20")
    assert recs[0].task == "城西片区雨污分流改造工程"


def test_items_under_a_topic_that_name_a_work_of_their_own_keep_it():
    tasks = [r.task for r in _recs(_MINUTES, date="2023-04-20")]
    assert "停车场用地规划调整" in tasks and "制定停车收费标准" in tasks


def test_a_section_of_no_topic_takes_no_topic_from_the_section_above():
    last = _recs(_MINUTES, date="2023-04-20")[-1]
    assert last.task == "跟踪督办"
    assert [a.name for a in last.actors] == ["县政府办督查室"]


def test_a_unit_and_its_date_without_yu_is_a_commitment():
    [c] = _recs("县住建局6月底前完成城西公园招标。\n", date="2023-04-20")
    assert [(a.name, a.role) for a in c.actors] == [("县住建局", "responsible")]
    assert c.deadline.date == "2023-06-30"
    [c] = _recs("县住建局在年底前建成城西公园。\n", date="2023-04-20")
    assert c.deadline.date == "2023-12-31"


def test_a_plan_fallen_short_of_is_behind():
    text = ("关于县政府重点工作推进情况的督查通报\n\n二、存在问题\n"
            "县卫健局负责的县中医院门诊综合楼项目,原计划6月底主体封顶,目前仅完成地下室施工。\n")
    c = next(r for r in _recs(text, date="2022-08-05") if "门诊综合楼" in r.task)
    assert c.progress.status == "behind"


def test_a_unit_as_the_works_owner_is_responsible():
    [c] = _recs("县城投公司作为业主单位,要在6月底前完成城西停车场招标。\n", date="2023-04-20")
    assert [(a.name, a.role) for a in c.actors] == [("县城投公司", "responsible")]


def test_the_public_asked_to_watch_over_a_pledge_is_no_commitment():
    text = ("县水务局2024年度公开承诺书\n\n我局郑重承诺:\n"
            "1.6月底前完成城区供水管网漏损改造。\n2.年内完成全县120座农村供水站水质检测。\n\n"
            "欢迎社会各界监督。监督电话:0000-0000000\n承诺单位:县水务局\n承诺人:局长 梁文博\n")
    recs = _recs(text, date="2024-02-26")
    assert len(recs) == 2 and not any("监督" in r.task for r in recs)
    assert [(t.metric, t.value) for t in recs[1].targets] == [("农村供水站水质检测", 120.0)]


# ---- a unit asked after the meeting's frame ---------------------------------------------------------------------

def test_a_unit_after_the_meetings_asking_frame_is_asked_without_a_modal_of_its_own():
    [c] = _recs("会议要求,市规划局按时完成城市更新专项规划。\n", date="2021-09-18")
    assert [(a.name, a.role) for a in c.actors] == [("市规划局", "responsible")]
    assert c.task == "城市更新专项规划"


def test_each_unit_of_the_sentence_is_asked_in_turn():
    recs = _recs("会议强调,县财政局做好资金保障,县审计局加强跟踪审计。\n", date="2021-09-18")
    assert [(r.task, r.actors[0].name) for r in recs] == [("资金保障", "县财政局"), ("跟踪审计", "县审计局")]


def test_what_the_meeting_only_remarks_on_asks_no_one():
    assert _recs("会议指出,市规划局近年来做了大量工作。\n", date="2021-09-18") == []


def test_a_unit_asked_before_a_plain_verb_is_asked():
    [c] = _recs("要求市规划局按时完成城市更新专项规划。\n", date="2021-09-18")
    assert [a.name for a in c.actors] == ["市规划局"]


# ---- the year's set of works decided ----------------------------------------------------------------------

def test_the_years_set_of_works_a_congress_decided_is_a_commitment_of_that_year():
    [c] = _recs("南川镇人代会上,代表们投票选定了2019年9项民生实事项目。\n", date="2019-03-10")
    assert c.task == "2019年9项民生实事项目"
    assert c.deadline.date == "2019-12-31"
    assert [(t.value, t.unit) for t in c.targets] == [(9.0, "项")]


def test_a_set_decided_in_years_past_is_no_new_commitment_of_this_year():
    recs = _recs("2017年南川镇确定的9项民生实事已全部完成。\n", date="2019-03-10")
    assert all(r.deadline is None or r.deadline.date != "2019-12-31" for r in recs)


def test_works_a_paragraph_says_will_be_done_take_the_year_it_opens_with():
    text = ("南川镇推进民生实事\n\n据了解,8项民生实事项目涉及村庄环境整治、农村道路建设等。\n"
            "另外,2019年该镇将围绕群众最关心的事发力。环境上,将整治集镇卫生,完成东坞、西坞等4个村庄的垃圾分类设施建设。"
            "交通上,将启动滨湖快速路建设,完成南环路改造工程。\n")
    recs = _recs(text, date="2019-03-10")
    assert recs and all(r.deadline is not None and r.deadline.date == "2019-12-31" for r in recs)


def test_a_paragraph_opening_with_a_year_past_dates_nothing():
    text = "2017年该镇将垃圾分类作为重点。在镇村环境方面,将完成东坞村垃圾分类收集建设。\n"
    assert all(r.deadline is None or r.deadline.date != "2017-12-31" for r in _recs(text, date="2019-03-10"))


def test_a_project_approved_by_a_date_is_a_completion():
    [c] = _recs("要加快旱改水和土地整治项目前期工作,力争今年全部立项。\n", date="2018-04-17")
    assert c.deadline.date == "2018-12-31"
    assert "土地整治" in c.task


# ---- projects listed after a counted set, an inspection told done ------------------------------------------------

_QUARTER = ("关于第二季度区级民生实事推进情况的督查报告\n\n"
            "区考核办联合有关部门,对区级为民实事的推进开展了按月调度、台账核对和实地督查。\n\n"
            "一是工程类实事4件。其中,老旧住宅加装电梯30部项目,22部已办完审批,8部已投用;"
            "新建托育托位200个项目,场地装修设计已完成;农村公路提升28公里项目,已铺通9公里,其余路段在做设计。\n")


def test_projects_listed_after_a_counted_set_are_each_a_commitment_with_its_status():
    recs = _recs(_QUARTER, date="2022-07-20")
    lift = next(r for r in recs if "加装电梯" in r.task)
    assert [(t.value, t.unit) for t in lift.targets] == [(30.0, "部")]
    assert lift.progress.status == "on_track"
    assert any("托育托位" in r.task for r in recs)


def test_an_inspection_any_unit_tells_done_is_no_commitment():
    assert not any("按月调度" in r.text for r in _recs(_QUARTER, date="2022-07-20"))


def test_a_method_after_an_asking_frame_names_no_unit():
    recs = _recs("王立新强调,要把节奏提上来,找准问题所在、盯紧短板,确保全年目标完成。\n", date="2018-05-10")
    assert not any(a.name.endswith("所") for r in recs for a in r.actors)


def test_a_bare_count_of_problems_is_named_by_whose_problems_they_are():
    [c] = _recs("到目前为止,巡察组反馈的120个问题中,已整改110个,另有10个正在整改,整改率91.7%。\n", date="2023-01-29")
    assert c.task == "巡察组反馈问题整改"
    assert (c.progress.status, c.progress.percent) == ("on_track", 91.7)


def test_so_many_months_is_no_count():
    recs = _recs("县住建局要在反馈后1个月内上交整改进度,2个月内上交整改总结。\n", date="2024-09-12")
    assert not any(t.unit == "个" for r in recs for t in r.targets)
    assert recs[0].task.startswith("上交")


def test_a_listed_project_with_a_part_or_a_first_step_done_is_under_way_and_so_is_its_set():
    recs = _recs(_QUARTER, date="2022-07-20")
    assert all(r.progress.status == "on_track" for r in recs if r.progress)


# ---- working days, a result sent up by a time -------------------------------------------------------------

def test_so_many_working_days_count_monday_to_friday():
    [c] = _recs("县城管局要在三个工作日内完成占道经营整改。\n", date="2021-05-18")  # a Tuesday
    assert (c.deadline.date, c.task) == ("2021-05-21", "占道经营整改")
    [c] = _recs("县城管局要在5个工作日内完成占道经营整改。\n", date="2021-05-18")
    assert c.deadline.date == "2021-05-25"


def test_a_result_sent_up_by_a_time_is_named_by_what_is_sent():
    [c] = _recs("各单位要下大力气抓整改,整改结果于本周五下班前报送县委督查室。\n", date="2021-05-18")
    assert c.task == "报送整改结果"


def test_a_length_in_working_days_is_no_deadline():
    [c] = _recs("县市场监管局要将企业开办时间压缩至1个工作日以内。\n", date="2024-02-26")
    assert c.deadline is None
    assert [(t.op, t.value, t.unit) for t in c.targets] == [("<=", 1.0, "个工作日")]


def test_a_unit_that_will_only_take_it_seriously_commits_to_nothing():
    text = "县科技局局长在述职评议动员会上的表态发言\n\n对此次评议,我们将高度重视,积极配合,扎实推进。会后,我们将成立工作专班,制定实施方案。\n"
    recs = _recs(text, date="2022-07-01")
    assert [r.task for r in recs] == ["成立工作专班"]
