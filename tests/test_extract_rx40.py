"""Rules of session 49 (rx40), fitted on the misses of five blind-annotated sets (composed and annotated outside the
project, without reading its code: speeches, minutes, pledges, rectification lists, supervision reports) and checked
on ../shared/eval.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import task_with as _by_task, who as _who, recs_of as _recs

from kg.extract.actors import find_actors
from kg.extract.deadlines import find_deadlines
from kg.extract.docdate import DocDate
from kg.extract.progress import find_progress
from kg.extract.segment import fold
from kg.extract.targets import find_targets


# ---- speeches: who leads, who carries it out ------------------------------------------------------------------------

def test_a_lead_then_the_unit_that_carries_it_out():
    recs = _recs("会议决定:东片区环境整治由罗文理牵头,柳岸镇落实;滨河绿化提升由顾理牵头,县林业局落实;"
                 "两座污水站由县住建局派驻专人指导督导。\n", date="2016-05-12")
    assert [_who(c) for c in recs] == [
        [("罗文理", "lead"), ("柳岸镇", "responsible")],
        [("顾理", "lead"), ("县林业局", "responsible")],
        [("县住建局", "responsible")]]


def test_units_working_with_each_other_are_the_ones_to_do_it():
    c = _by_task(_recs("县长要求,城北片区指挥部、城关镇要分工协作、密切配合,务必于6月份完成纬一路以西拆迁。\n",
                       date="2019-04-10"), "拆迁")
    assert _who(c) == [("城北片区指挥部", "responsible"), ("城关镇", "responsible")]
    assert c.deadline.date == "2019-06-30"


def test_a_unit_stepping_in_to_assist_still_assists():
    c = _recs("会议要求,县交通局牵头完成南环路改造,县公安局要提前介入、积极配合。\n", date="2019-04-10")[0]
    assert ("县公安局", "assist") in _who(c)


def test_a_lead_then_units_working_jointly():
    c = _recs("县长要求,由分管副县长牵头,指挥部和协调办联合办公,深入一线督导,现场解决问题。\n", date="2021-04-09")[0]
    assert ("指挥部", "responsible") in _who(c) and ("协调办", "responsible") in _who(c)


def test_a_leading_group_named_by_its_work_without_a_level():
    recs = _recs("2.关于设备配备问题。设备配备由迎接省级文明县城复审工作领导小组提出具体方案后另行研究。\n",
                 date="2016-03-24")
    assert _who(recs[0]) == [("迎接省级文明县城复审工作领导小组", "responsible")]
    assert [(a.name, a.role) for a in find_actors("由城区环境综合整治联合执法工作组负责整治").actors] == [
        ("城区环境综合整治联合执法工作组", "responsible")]


def test_units_named_project_owners_then_asked():
    c = _recs("二是城投公司、柳岸镇作为项目建设法人,要明确专人负责手续办理,所有手续10日内要全部办理完毕。\n",
              date="2017-03-09")[0]
    assert _who(c) == [("城投公司", "responsible"), ("柳岸镇", "responsible")]
    assert c.deadline.date == "2017-03-19"


def test_a_unit_on_the_one_hand_doing_its_part():
    c = _recs("县林业站一方面做好本乡苗木统计工作,确保今年造林苗木及时到位。\n", date="2015-03-30")[0]
    assert _who(c) == [("县林业站", "responsible")] and c.task.startswith("本乡苗木统计")


def test_the_head_of_each_group_is_nobody_in_particular():
    recs = _recs("县长要求,各专项工作组要细化方案,组长要发挥职能,明确责任。\n", date="2022-08-19")
    assert all(a.name != "组长" for c in recs for a in c.actors)


def test_a_unit_post_alone_still_names_the_speaker_unit():
    recs = _recs("县水务局局长表态发言\n我局将全力以赴。一是年内完成河道清淤18公里;二是每月开展一次水库巡查。\n")
    assert all(_who(c) == [("县水务局", "responsible")] for c in recs)


def test_what_a_unit_must_play_is_no_task_name():
    c = _recs("县长要求,县水利局要履行好行业主管部门职责,全面摸清全县病险山塘情况,加强技术指导。\n",
              date="2021-09-11")[0]
    assert "职责" not in c.task and "摸清" in c.task


# ---- terms -----------------------------------------------------------------------------------------------------------

def test_a_weekday_told_with_its_date():
    [f] = [f for f in find_deadlines("确保安置点在下周三(9月6日)之前全部入住", DocDate(2017, 8, 31, "page")) if f.date]
    assert f.date == "2017-09-06"
    c = _recs("书记要求,确保2016年安置点在下周三(9月6日)之前全部入住。\n", date="2017-08-31")[0]
    assert c.deadline.date == "2017-09-06" and "2016" not in c.deadline.text


def test_moving_in_is_a_completion():
    c = _recs("各村干部要自我加压,确保春节前让搬迁群众入住新房。\n", date="2017-08-31")[0]
    assert c.deadline.date == "2018-02-15"


def test_a_purpose_clause_gives_no_term():
    c = _recs("为确保年底能按时完成改造任务,各县要加快进度,并于6月30日前开工率必须达到100%。\n", date="2011-06-01")[0]
    assert c.deadline.date == "2011-06-30"


def test_a_due_date_stated_then_another_work_with_its_own():
    recs = _recs("2011年度危房改造任务全面完成时间为12月30日前,青石县整县推进工程于8月30日前完成。\n", date="2011-06-01")
    assert [c.deadline.date for c in recs] == ["2011-12-30", "2011-08-30"]
    assert all(c.progress is None for c in recs)
    assert find_progress("改造任务全面完成时间为12月30日前") is None


def test_a_campaign_over_a_span_of_months():
    [f] = find_deadlines("2019年6月至8月", DocDate(2020, 5, 29, "page"))
    assert (f.text, f.date) == ("2019年6月至8月", "2019-08-31")
    c = _recs("三、整改措施\n(一)2019年6月至8月,开展重点排污单位专项执法行动,重点排查园区企业。\n", date="2020-05-29")[0]
    assert c.deadline.date == "2019-08-31"
    assert not _recs("2019年6月至8月,已开展重点排污单位专项执法行动。\n", date="2020-05-29")


def test_a_vote_to_pass_is_a_completion():
    c = _recs("书记强调,要确保10月份南村改造方案顺利表决通过。\n", date="2020-10-03")[0]
    assert c.deadline.date == "2020-10-31"


# ---- targets ---------------------------------------------------------------------------------------------------------

def test_a_count_pledged_as_more_than_a_round_number():
    [t] = find_targets("全镇18个村共向村民承诺致富项目60多个")
    assert (t.metric, t.op, t.value, t.unit) == ("致富项目", ">=", 60, "个")


def test_a_road_named_by_its_width_is_no_amount():
    assert find_targets("春节前完成32米大道、亮化工程") == []


def test_a_batch_is_no_amount():
    assert find_targets("大力引进甲集团、乙置业等一批商业综合体") == []


def test_counts_of_a_listed_work():
    [t] = find_targets("新建和改扩建幼儿园、小学12所")
    assert (t.metric, t.value, t.unit) == ("幼儿园、小学", 12, "所")


def test_about_so_much():
    c = _recs("青石县实事承诺\n县委书记 周 明\n我代表青石县,就2025年要办好的3件实事公开做出承诺。\n"
              "1.推进县博物馆建设项目,展馆面积约600平方米。\n2.新建城区公厕8座。\n3.实施老旧小区改造。\n",
              date="2025-03-01")
    hall = _by_task(c, "博物馆")
    assert [(t.op, t.value) for t in hall.targets] == [("~", 600)]


# ---- pledges ---------------------------------------------------------------------------------------------------------

def test_a_pledge_closing_its_paragraph_with_the_items_below():
    recs = _recs("青石县民生实事公开承诺\n县委书记 周 明\n为推进作风建设,我代表青石县,就2025年要办好的3件民生实事公开做出承诺。\n"
                 "1.为进一步完善城区排水管网,提升排涝能力,对城区易涝点进行改造,计划建设雨水管线2.6公里。\n"
                 "2.为保障冬季供暖,实施热源厂扩建项目,新增供暖面积80万平方米。\n"
                 "3.推进县图书馆新馆建设项目,预计9月份建成开放。\n", date="2025-03-01")
    assert [c.task for c in recs] == ["3件民生实事", "城区易涝点改造", "热源厂扩建项目", "县图书馆新馆建设项目"]
    assert all(_who(c) == [("周明", "responsible")] for c in recs)
    assert recs[0].targets[0].value == 3 and recs[3].deadline.date == "2025-09-30"


def test_a_government_list_of_practical_works_is_its_plan():
    recs = _recs("2019年,市委、市政府为民兴办8件实事:\n"
                 "一是实施教育扩容项目,新建和改扩建幼儿园、小学12所,新增学位6000个。\n"
                 "二是实施农村公路项目,新建农村公路150公里。\n", date="2019-02-20")
    school = _by_task(recs, "教育扩容")
    assert sorted((t.value, t.unit) for t in school.targets) == [(12, "所"), (6000, "个")]
    assert _by_task(recs, "农村公路").targets[0].value == 150


# ---- reports ---------------------------------------------------------------------------------------------------------

def test_works_counted_by_their_status_group_by_group():
    recs = _recs("南湾区2018年民生实事1-11月进展情况\n"
                 "从各单位上报情况来看:一是已完成或达到时序进度以上的项目12个,占比达60%。"
                 "二是有一定进度的实事项目5个,占比达25%。三是正在开展前期工作的项目3个,占比达15%。\n", date="2018-12-10")
    got = [(c.progress.status, [(t.value, t.unit) for t in c.targets]) for c in recs]
    assert got == [("on_track", [(12, "个")]), ("behind", [(5, "个")]), ("not_started", [(3, "个")])]
    assert all(c.progress.percent is None for c in recs)


def test_works_told_slow_one_by_one():
    recs = _recs("二、实施进度情况\n目前,我县实施进度较慢的项目,一是乡镇污水处理设施建设,二是城镇老旧小区改造,三是免费婚检。\n",
                 date="2020-10-15")
    assert [(c.task, c.progress.status) for c in recs] == [
        ("乡镇污水处理设施建设", "behind"), ("城镇老旧小区改造", "behind"), ("免费婚检", "behind")]


def test_a_report_section_of_a_work_and_how_it_stands():
    recs = _recs("一、滨湖文化公园建设项目完成情况\n总投资180万元,完成步道、广场、公厕等建设,现已完工并投入使用。\n"
                 "二、东门市场改造提升项目完成情况\n总投资60万元,完成室内装修和设备加装,现已建成使用。\n", date="2021-12-20")
    assert [(c.task, c.progress.status) for c in recs] == [
        ("滨湖文化公园建设项目", "done"), ("东门市场改造提升项目", "done")]


def test_a_section_telling_shares_is_left_to_the_counts():
    recs = _recs("一、市级重点项目进展情况\n全市安排重点项目300个,1-8月完成投资400亿元,占年度计划的70%。"
                 "其中80个续建项目完成投资200亿元,占年度计划的72%。\n", date="2018-09-10")
    assert all(c.task != "市级重点项目" or c.targets for c in recs)


def test_a_directive_to_move_steadily_tells_no_status():
    c = _recs("县长要求,由县城管局牵头,各乡镇要扛牢责任,分解任务,稳步推进项目建设,年底前完成。\n", date="2021-04-09")[0]
    assert c.progress is None
    assert find_progress("目前,项目建设稳步推进").status == "on_track"


def test_a_rate_told_after_its_word():
    p = find_progress("已完成整改25个,整改率完成96.2%,还有1个正在推进")
    assert p.percent == 96.2


def test_figures_of_a_matrix_are_no_task():
    text = "地区\n就业工程\n目标\n任务\n进度\n完成比例(%)\n全市\n27800\n52242\n187.9\n4400\n5358\n121.8\n"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in c.task) for c in _recs(text, date="2020-01-22"))


# ---- a flattened page ------------------------------------------------------------------------------------------------

def test_headings_a_flattened_page_runs_into_one_line():
    t = fold("问题已查明。 二、整改目标 实施河流综合整治。 三、整改措施 (一)2019年6月至8月,开展专项执法行动。")
    assert t.count("\n") == 3
    assert fold("东湖区人民政府办公室 2024年3月1日 一、张三区长牵头重点工作").count("\n") == 0


# ---- inspection notices, rectification reports -----------------------------------------------------------------------

def test_an_inspection_notices_problems_site_by_site():
    recs = _recs("现将督查情况通报如下:\n一、主干道公共卫生间(责任单位:县环卫局)\n1、滨河路——体育馆旁公共卫生间\n"
                 "(1)无节约用水宣传;\n(2)洗手池水龙头损坏。\n2、西站广场公共卫生间\n(1)有明显异味。\n"
                 "二、森林公园公共卫生间(责任单位:县林业局)\n1、公园南门公共卫生间\n(1)无禁烟标识。\n"
                 "各单位要针对本次通报指出的问题,三个工作日内完成整改。\n", date="2022-11-09")
    assert [(c.task, _who(c), c.deadline.date) for c in recs] == [
        ("滨河路——体育馆旁公共卫生间整改", [("县环卫局", "responsible")], "2022-11-14"),
        ("西站广场公共卫生间整改", [("县环卫局", "responsible")], "2022-11-14"),
        ("公园南门公共卫生间整改", [("县林业局", "responsible")], "2022-11-14")]


def test_a_count_of_problems_done_with_its_rate():
    c = _recs("镇纪委督促整改事项落实,至目前,完成镇级问题整改26个,整改完成率81%。\n", date="2023-05-26")[0]
    assert c.task == "镇级问题整改" and (c.progress.status, c.progress.percent) == ("on_track", 81)


def test_a_size_naming_a_class_before_its_count():
    assert [(t.value, t.unit) for t in find_targets("投资5亿元以上项目8个")] == []


# ---- tables ----------------------------------------------------------------------------------------------------------

def test_a_goal_cell_in_words_is_no_target():
    recs = _recs("序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况 |\n"
                 "1 | 新建城区小学1所 | 区教育局 | 主体结构封顶 | 主体已完成80%。 |\n"
                 "新增学位900个 | ||||\n", date="2023-04-10")
    assert [(t.value, t.unit) for t in recs[0].targets] == [(1, "所"), (900, "个")]
    assert len(recs) == 1


def test_a_table_copied_from_a_pdf_with_wrapped_rows():
    recs = _recs("2025年东区年度重点任务上半年进展汇总表\n序号 目标任务 责任单位 上半年推进情况\n"
                 "一、主要预期目标\n1 地区生产总值增长6%以上。 区发展改革委 地区生产总值同比增长3.1%。\n"
                 "2 工业投资增长10%。 区经济信息委\n区工业园区管委会\n工业投资同比增长15.2%。\n", date="2025-09-19")
    assert [(c.task, [a.name for a in c.actors], c.progress.status) for c in recs] == [
        ("地区生产总值增长", ["区发展改革委"], "behind"),
        ("工业投资增长", ["区经济信息委", "区工业园区管委会"], "on_track")]


def test_an_act_done_once_that_sets_the_work_up():
    recs = _recs("会议要求,一是要加强组织领导,成立迎接省级卫生城市复评工作领导小组,各单位相应成立专班。"
                 "二是要明确工作责任,将复评工作纳入年度绩效考核范畴,定期通报。\n", date="2016-03-24")
    assert [c.task for c in recs] == ["成立迎接省级卫生城市复评工作领导小组", "纳入年度绩效考核范畴"]
    assert not _recs("会议要求,一要组建城区秩序整治综合专班,统筹协作。\n", date="2016-03-24")


def test_a_count_done_now_and_the_rest_still_being_done():
    c = _recs("根据验收要求,目前我市已完成并上报销号材料96处,还有5处销号材料正在办理当中。\n", date="2021-12-22")[0]
    assert c.task == "上报销号材料" and c.progress.status == "on_track"


def test_the_rest_of_a_set_named_is_its_own():
    recs = _recs("省生态环境厅整改进展\n第一轮督察整改方案共20项整改任务,截至2023年12月,已完成整改19项,"
                 "剩余1项为南河流域重金属治理任务,正在按照治理方案持续推进整改。\n", date="2024-01-05")
    rest = _by_task(recs, "南河流域重金属治理")
    assert rest.progress.status == "on_track" and not rest.targets
    assert any(t.value == 20 for c in recs for t in c.targets)


def test_another_work_asked_after_one_due_by_its_term():
    recs = _recs("局长指示:对城郊小水厂的收购工作一定要在9月30日之前完成,管网建设要迅速推进,"
                 "务必要确保完成今年的城乡供水一体化任务。\n", date="2015-07-28")
    assert [c.deadline.date for c in recs] == ["2015-09-30", "2015-12-31"]


def test_plain_task_names():
    from kg.extract.naming import tidy_task
    assert tidy_task("对城郊水厂的收购") == "城郊水厂收购"
    assert tidy_task("三月初按时交地") == "交地"
    assert tidy_task("北岸水厂迁建项目前期工作抢抓时机") == "北岸水厂迁建项目前期工作"
    assert tidy_task("全面完成整改") == "全面完成整改"


def test_problems_still_not_put_right_place_by_place():
    recs = _recs("市整治办回访了上周检查的问题,部分问题仍然没有整治到位。现将没有整改到位的问题逐村通报如下:\n"
                 "1、东山镇红岭村,农资店对面生活垃圾一处仍处理不到位;\n2、西河乡柳营村,满街秸秆未清;\n", date="2014-09-30")
    assert [(c.task, _who(c), c.progress.status) for c in recs] == [
        ("农资店对面生活垃圾处理", [("东山镇", "responsible"), ("红岭村", "responsible")], "behind"),
        ("满街秸秆清理", [("西河乡", "responsible"), ("柳营村", "responsible")], "behind")]


def test_a_named_head_pledging_numbered_items_inline():
    recs = _recs("东街办打造十大民生工程\n年前,办党委周某书记就落实区委全会精神做出了三项郑重承诺:1.切实做好北正街综合改造工作;"
                 "2.力促南门菜市场竣工落成;3.确保兴华路社区建成。\n", date="2014-02-07")
    assert len(recs) == 3 and all(_who(c) == [("周某", "responsible")] for c in recs)


def test_a_unit_urged_to_carry_out_in_full():
    assert [(a.name, a.role) for a in find_actors("督促县教育资助中心全面落实教育扶贫政策").actors] == [
        ("县教育资助中心", "responsible")]


def test_numbered_works_each_over_its_plan_and_what_was_done():
    recs = _recs("2020年区民生实事项目完成情况\n已投入使用2项:\n1.乡村公路提质改造工程项目。\n"
                 "该项目计划投资860万元,建设内容包括两条村道提质改造。完成项目投资860万元,于2020年7月全面完工并投入使用。\n"
                 "2.城区公厕新建工程项目。\n该项目计划投资120万元,新建公厕12座。完成项目投资118万元,于2020年9月全面完工并投入使用。\n",
                 date="2020-12-30")
    road = _by_task(recs, "乡村公路提质改造")
    assert road.progress.status == "done" and (860, "万元") in [(t.value, t.unit) for t in road.targets]
    assert (118, "万元") not in [(t.value, t.unit) for c in recs for t in c.targets]  # (what was spent is no target)
