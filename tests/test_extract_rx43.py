"""Rules of session 52 (rx43), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: speeches, minutes, pledges, rectification lists, supervision reports) and checked
on ../shared/eval.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import task_with as _by_task, who as _who, recs_of as _recs


# ---- a review of works, one clause a work -------------------------------------------------------------------------

_REVIEW = ("青石县2019年重点项目建设情况\n"
           "交通建设方面\n"
           "全年共争取交通建设资金3200万元,当年完成投资1800万元。柳岸至南湾二级公路已完成前期可研,"
           "北岭至东湖公路改建项目正在可研阶段;西河路、石门桥已建成通车,南湾大桥即将竣工;"
           "东湖至北岭通村油路已通过县级验收;青石水库除险加固项目前期工作已完成;柳岸河堤项目已完成施工招标。\n")


def test_clauses_each_opening_with_a_named_work_are_one_commitment_each():
    recs = _recs(_REVIEW, date="2020-01-10")
    got = {c.task: c.progress.status for c in recs if c.progress}
    assert got["柳岸至南湾二级公路"] == "on_track"  # a stage done (its study), not the road
    assert got["北岭至东湖公路改建项目"] == "on_track"
    assert got["西河路、石门桥"] == "done"
    assert got["南湾大桥"] == "on_track"  # about to be finished
    assert got["东湖至北岭通村油路"] == "done"  # accepted
    assert got["青石水库除险加固项目"] == "on_track"  # its early work done
    assert got["柳岸河堤项目"] == "on_track"  # tendered


def test_a_part_of_the_work_told_after_it_is_no_work_of_its_own():
    recs = _recs("全县教育项目进展顺利。\n"
                 "南湾中学新校区建设项目完成场平和挡墙施工,室内体育馆主体工程完工,教学楼进入主体施工,预计明年4月完成;"
                 "柳岸小学教学楼已投入使用。\n", date="2018-09-20")
    assert [c.task for c in recs][-2:] == ["南湾中学新校区建设项目", "柳岸小学教学楼"]


def test_works_with_their_size_and_stage_carry_the_size_as_target():
    recs = _recs("青石县2021年民生实事1-4月进展情况通报\n"
                 "已开工的项目进展情况为:北岭小学教学楼项目,建设面积800平方米,正在处理基础;"
                 "柳岸中学学生宿舍项目,建设面积1500平方米,主体已封顶,正在内外粉刷。\n", date="2021-05-06")
    one = _by_task(recs, "北岭小学教学楼")
    assert (one.targets[0].metric, one.targets[0].value, one.targets[0].unit) == ("建设面积", 800, "平方米")
    assert one.progress.status == "on_track"
    assert _by_task(recs, "柳岸中学学生宿舍").progress.status == "on_track"


def test_a_paragraph_that_asks_for_funds_is_no_review():
    recs = _recs("要积极争取交通建设资金。柳岸至南湾二级公路已完成前期可研,南湾大桥即将竣工。\n", date="2020-01-10")
    assert all(c.progress is None or c.task != "南湾大桥" for c in recs)


# ---- what each unit has done, counted ---------------------------------------------------------------------------

_UNITS_DONE = ("青石县人民政府关于背街小巷硬化工程建设情况的通报\n"
               "截至6月30日,有12个单位按计划完成了所承担的任务,共硬化小巷60条,面积3.2万平方米。"
               "其中:县财政局硬化小巷20条,面积9800平方米;县交通局硬化小巷8条,面积4100平方米;"
               "县供电公司、县农商银行硬化小巷4条;县法院硬化小巷2条,面积900平方米。\n")


def test_each_unit_and_its_counted_deed_is_one_commitment():
    recs = _recs(_UNITS_DONE, date="2021-07-05")
    done = [c for c in recs if c.actors]
    got = [(_who(c), c.targets[0].value, c.progress.status) for c in done]
    assert got == [([("县财政局", "responsible")], 20, "done"), ([("县交通局", "responsible")], 8, "done"),
                   ([("县供电公司", "responsible"), ("县农商银行", "responsible")], 4, "done"),
                   ([("县法院", "responsible")], 2, "done")]
    assert (done[0].targets[1].value, done[0].targets[1].unit) == (9800, "平方米")
    assert done[0].evidence[0].text == "县财政局硬化小巷20条,面积9800平方米"


def test_one_unit_line_alone_is_left_to_the_prose_rules():
    recs = _recs("其中:县财政局硬化小巷20条,面积9800平方米。\n", date="2021-07-05")
    assert not any(c.progress and c.progress.status == "done" and c.task == "小巷硬化" for c in recs)


def test_a_unit_that_is_to_do_a_count_is_no_deed_done():
    recs = _recs("县财政局要硬化小巷20条;县交通局要硬化小巷8条。\n", date="2021-07-05")
    assert all(c.progress is None for c in recs)


# ---- a report of works, each under its heading with its aim and how far it is ---------------------------------------

def test_an_aim_under_each_heading_is_read_with_its_progress_label():
    recs = _recs("青石县2021年十件实事1-4月进展情况通报\n"
                 "一、农村学校改造项目\n"
                 "目标任务:对6所农村学校进行校舍改造,总建筑面积8200平方米。\n"
                 "目前进度:已开工4所,正在进行主体施工。\n"
                 "二、乡镇文化设施建设项目\n"
                 "目标任务:建设村级文化广场40个,乡镇文化站3个。\n"
                 "目前进度:柳岸镇文化站主体完工,其余正在招标。\n", date="2021-05-06")
    one = _by_task(recs, "农村学校改造项目")
    assert [(t.value, t.unit) for t in one.targets] == [(6, "所"), (8200, "平方米")]
    assert one.progress is not None
    two = _by_task(recs, "乡镇文化设施建设项目")
    assert (two.targets[0].value, two.targets[0].unit) == (40, "个")


def test_one_labelled_aim_alone_in_a_text_is_left_to_the_prose_rules():
    recs = _recs("一、农村学校改造项目\n目标任务:对6所农村学校进行校舍改造。\n目前进度:已开工4所。\n", date="2021-05-06")
    assert not any(c.task.startswith("对6所") for c in recs)


# ---- units named before generic groups; a duty carried on after a semicolon ------------------------------------------

def test_units_before_departments_and_the_streets_concerned_are_the_actors():
    recs = _recs("会议要求,区财政局、区住建局等部门及相关街道要按照办法规定,科学合理使用维修基金。\n", date="2019-04-22")
    assert _who(recs[0]) == [("区财政局", "responsible"), ("区住建局", "responsible")]


def test_a_duty_after_a_semicolon_keeps_the_leading_unit():
    recs = _recs("县水务局牵头、各乡镇配合,认真做好水源地和供水管网的巡查工作;同时对水厂、加药间等重点部位要实行封闭管理,"
                 "明确专人值守。\n", date="2023-10-13")
    assert [(c.task, _who(c)) for c in recs][1] == ("水厂、加药间等重点部位实行封闭管理", [("县水务局", "lead")])


# ---- a period's end before what is asked by it; a sanction's condition is no status ---------------------------------

def test_a_year_end_alone_before_what_is_asked_is_its_term():
    recs = _recs("年底,各部门“一把手”要再次通过电视台公开兑现承诺,接受群众评议。\n", date="2016-04-20")
    assert [(c.task, c.deadline.date) for c in recs] == [("通过电视台公开兑现承诺", "2016-12-31")]


def test_a_year_end_told_of_what_was_done_is_no_term():
    assert _recs("年底,各部门公开兑现了承诺。\n", date="2016-04-20") == []


def test_whom_a_sanction_falls_on_tells_no_lag():
    recs = _recs("年底前,各部门要公开兑现承诺。对于措施不力、推进缓慢的责任单位将按办法追究责任。\n", date="2016-04-20")
    assert recs[0].progress is None


# ---- works strung as clauses: a coverage reached, a site given a makeover, the year they are for ------------------------

def test_works_strung_after_the_year_planned_take_its_end_as_their_term():
    recs = _recs("2020年该镇将围绕全面小康目标,在环境方面,将完成东村、西村等4个村庄的污水管网建设,实现农村垃圾分类全覆盖;"
                 "在功能方面,将加快集镇开发,对柳岸镇南大门进行综合打造,完成南湾河绿化带整治,实现高质量发展。\n", date="2020-02-10")
    got = [(c.task, c.deadline.date if c.deadline else None) for c in recs]
    assert ("柳岸镇南大门综合打造", "2020-12-31") in got
    assert ("农村垃圾分类全覆盖", "2020-12-31") in got
    assert not any("高质量发展" in t for t, _ in got)  # a wish, no work


# ---- a unit striving or seeing to it answers for the work -----------------------------------------------------------

def test_a_unit_striving_to_finish_by_a_term_is_responsible():
    recs = _recs("县农机局力争在6月底前完成甘蔗机械化种植,县水利局确保汛期前完成病险水库除险加固。\n", date="2017-03-01")
    assert [(c.task, _who(c)) for c in recs] == [("甘蔗机械化种植", [("县农机局", "responsible")]),
                                                  ("病险水库除险加固", [("县水利局", "responsible")])]


# ---- a work pushed on, then the term it is to be finished by; a town that will ----------------------------------------

def test_a_work_pushed_on_then_its_term_in_the_next_clause_is_due():
    recs = _recs("要抓紧东湖水库除险加固、南山土地整理等项目的扫尾工作,要在12月底全面完成。\n", date="2009-11-20")
    assert [(c.deadline.date, c.evidence[0].text.startswith("要抓紧东湖")) for c in recs] == [("2009-12-31", True)]


def test_a_town_that_will_by_a_term_is_responsible():
    recs = _recs("柳岸镇将于6月底前完成集镇污水管网建设。\n", date="2009-03-01")
    assert [(c.task, _who(c)) for c in recs] == [("集镇污水管网建设", [("柳岸镇", "responsible")])]


# ---- a will dated by its term; a state farm; towns counted are no actor ----------------------------------------------

def test_a_place_that_will_by_a_term_is_a_plan():
    recs = _recs("全县将于年内完成60个灌区节水改造工程。\n", date="2010-03-01")
    assert [(c.deadline.date, c.targets[0].value) for c in recs] == [("2010-12-31", 60)]


def test_a_farm_beside_towns_counted_is_the_actor():
    recs = _recs("会议确定12个乡镇(青石街道)和柳岸农场将于年内完成60个灌区节水改造工程。\n", date="2010-03-01")
    assert _who(recs[0]) == [("柳岸农场", "responsible")]


# ---- the year a status or a quota is of ---------------------------------------------------------------------------

def test_a_quota_of_this_year_told_with_how_far_it_is_is_due_by_its_end():
    """(not 全年完成情况, a report's scope; not 对今年新建的农田进行验收, what was built)"""
    recs = _recs("全市农村公路建设进展顺利。\n我市今年计划建成180公里农村公路,现已完成路面铺设150公里。\n", date="2012-10-20")
    assert [c.deadline.date if c.deadline else None for c in recs if "180" in c.evidence[0].text] == ["2012-12-31"]


def test_a_year_since_or_last_year_is_no_term():
    recs = _recs("自今年5月以来,青石县电视台已派出记者走访全县60个在建工地,完成专题片录制。\n"
                 "去年村里答应的修桥工程早已完成了,今年大家再来提提新的想法。\n", date="2016-10-20")
    assert all(c.deadline is None for c in recs)


def test_a_year_in_a_title_is_no_term():
    recs = _recs("会议原则同意县统计局起草的《青石县2017年度经济运行监测方案》,由其修改后报县委审定。\n", date="2017-02-10")
    assert all(c.deadline is None for c in recs)


def test_the_years_unit_is_the_unit():
    recs = _recs("为了解2017年度区政府承诺为群众办好10件实事的落实情况,近日,区政协组织委员开展专题调研。\n", date="2017-11-10")
    assert all(a.name != "年度区政府" for c in recs for a in c.actors)


def test_the_years_results_reported_or_built_are_no_term():
    recs = _recs("由县农业农村局组织对今年新建高标准农田进行验收。区督查室将对各单位全年完成情况进行通报。\n", date="2013-10-20")
    assert all(c.deadline is None for c in recs)


# ---- what is to be understood; a statistic's breakdown ---------------------------------------------------------------

def test_what_is_to_be_understood_is_no_commitment():
    assert _recs("各乡镇、各部门要充分认识办好八件实事是践行宗旨的具体行动,也是转变作风的重要举措。\n", date="2009-03-01") == []


def test_what_is_asked_after_what_is_understood_stays():
    recs = _recs("会议要求,要充分认识办好八件民生实事的重要性,集中力量攻坚、加快项目进度。\n", date="2020-03-01")
    assert len(recs) == 1


def test_a_statistics_breakdown_is_no_commitment():
    recs = _recs("全县重大项目1-5月进展情况通报\n截至5月底,全县重大项目完成投资12.5亿元,占年度计划的21.3%。\n"
                 "分地区看:完成投资较多的有东城区、西湖镇和柳岸镇。\n分投资类型看:政府投资项目40项,总投资56亿元。\n", date="2020-06-10")
    assert not any(c.evidence[0].text.startswith("分地区看") for c in recs)


def test_works_told_under_a_progress_label_are_one_commitment_each():
    recs = _recs("青石县2021年十件实事1-4月进展情况通报\n"
                 "一、农村学校改造项目\n目标任务:对6所农村学校进行校舍改造。\n目前进度:已开工4所。\n"
                 "二、乡镇文化设施建设项目\n目标任务:建设乡镇文化站3个。\n"
                 "目前进度:柳岸镇文化站已基本完成建设任务,正待验收。东湖镇文化站已竣工。\n", date="2021-05-06")
    got = {c.task: c.progress.status for c in recs if c.progress and "文化站" in c.task and "建设项目" not in c.task}
    assert got == {"柳岸镇文化站": "on_track", "东湖镇文化站": "done"}


def test_a_social_insurance_company_is_a_unit():
    recs = _recs(_UNITS_DONE.replace("县法院", "县社会保险公司"), date="2021-07-05")
    assert ("县社会保险公司", "responsible") in [w for c in recs for w in _who(c)]


def test_works_strung_after_a_dated_aim_stay_with_its_term():
    recs = _recs("根据市政府的安排,2015年12月底前,确保完成东区污水主管网改扩建工程,建成柳岸工业污水处理厂,实现污水管网镇村全覆盖;"
                 "完成园区雨污分流改造任务,实现城镇污水处理率达90%。\n", date="2014-06-01")
    assert recs[0].deadline.date == "2015-12-31"
    assert any(t.value == 90 for c in recs for t in c.targets)


def test_what_is_planned_after_what_there_is_names_the_task():
    recs = _recs("全区现有菜市场30家,拟新建菜市场3家。\n", date="2013-05-01")
    assert [c.task for c in recs] == ["新建菜市场"]


def test_works_begun_again_count_as_begun():
    recs = _recs("关于全市重点项目建设推进情况的通报\n现将1-5月重点项目建设推进情况通报如下。\n"
                 "东湖区12个项目开复工9个,开复工率为75%。\n", date="2021-06-01")
    assert [(c.task, c.progress.status) for c in recs] == [("东湖区项目", "on_track")]
