"""Rules of session 54 (rx45): the general forms of the sentence rules, found with a battery of composed sentences
of the genre (a term and its work, a target by a term, a work finished 完毕) and checked on ../shared/eval and on
blind-annotated sets (composed and annotated outside the project, without reading its code).

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs


# ---- a work or a target due by a term after the document's date -------------------------------------------------

def test_a_unit_told_it_should_finish_by_a_day_is_a_commitment_due_that_day():
    recs = _recs("柳岸镇南湾宾馆应在10月17日前整改完毕。\n", date="2023-09-20")
    assert len(recs) == 1 and recs[0].deadline.date == "2023-10-17"
    assert "整改完毕" in recs[0].task


def test_a_target_reached_by_a_term_told_as_a_forecast_is_a_commitment():
    recs = _recs("据了解,到明年6月,青石县户厕改造总数将达到4500座。\n", date="2022-08-01")
    assert len(recs) == 1 and recs[0].deadline.date == "2023-06-30"
    assert [(t.value, t.unit) for t in recs[0].targets] == [(4500.0, "座")]


def test_money_to_be_spent_in_a_month_is_due_at_its_end():
    recs = _recs("会议指出,专项资金拨付要加快,争取在11月份南湾区专项资金使用完毕。\n", date="2023-09-12")
    assert [r.deadline.date for r in recs] == ["2023-11-30"]


def test_a_term_already_past_or_a_work_told_done_is_no_plan():
    [c] = _recs("到今年6月,青石县户厕改造总数已达到4500座。\n", date="2023-08-01")  # (session 56: a work with its count, or told done or under way, that no rule read is a record of its own)
    assert c.deadline is None and c.progress.status == "done"
    assert _recs("上半年,南湾区新开工保障房项目9个。\n", date="2023-03-01") == []


def test_a_target_reached_by_a_later_year_is_due_at_its_end():
    recs = _recs("到2026年,南湾区新能源公交车达到300辆。\n", date="2023-04-01")
    assert len(recs) == 1 and recs[0].deadline.date == "2026-12-31"
    assert _recs("到2022年,南湾区新能源公交车达到300辆。\n", date="2023-04-01") == []


def test_road_sections_to_put_right_are_counted_as_a_target():
    recs = _recs("要推进道路交通安全整治,年内整改事故多发路段12处。\n", date="2023-04-10")
    assert len(recs) == 1 and recs[0].deadline.date == "2023-12-31"
    assert [(t.value, t.unit) for t in recs[0].targets] == [(12.0, "处")]


def test_a_meeting_on_putting_things_right_counts_no_target():
    from kg.extract.targets import find_targets
    assert find_targets("在整改专题会上约谈4人") == []


# ---- a report's lines opening with a counted work or a short label -----------------------------------------------

_DONE_MATTERS = ("柳岸镇2023年为民办实事完成情况\n"
                 "1.新修村组道路12公里,全部完工。\n"
                 "2.改造农村危房40户,已完成37户,剩余3户春节前完工。\n"
                 "3.为全镇70岁以上老人免费体检2600人次,已完成。\n")


def test_a_report_line_opening_with_a_counted_work_is_that_work_and_its_status():
    recs = _recs(_DONE_MATTERS, date="2024-01-10")
    got = {r.task: r for r in recs}
    assert set(got) == {"新修村组道路", "改造农村危房", "70岁以上老人免费体检"}
    assert got["新修村组道路"].progress.status == "done"
    assert [(t.value, t.unit) for t in got["改造农村危房"].targets] == [(40.0, "户")]
    assert got["改造农村危房"].progress.status == "on_track"


def test_a_report_line_opening_with_a_label_is_that_work_and_its_status():
    recs = _recs("青石县2023年民生实事三季度进展情况\n"
                 "村道提档升级:计划改造村道50公里,目前已完工33公里。\n"
                 "落实情况:已完成。\n", date="2023-09-30")
    assert [r.task for r in recs] == ["村道提档升级"]
    assert recs[0].progress.status == "on_track"


def test_a_count_done_that_reaches_the_target_is_done_and_one_short_of_it_on_track():
    recs = _recs("南湾区2023年为民实事办理情况通报\n"
                 "1.新建社区书房5个,已建成5个。\n"
                 "2.新建口袋公园8个,已建成6个。\n", date="2024-01-05")
    got = {r.task: r.progress.status for r in recs}
    assert got == {"新建社区书房": "done", "新建口袋公园": "on_track"}


# ---- a pledge's items after its lead ------------------------------------------------------------------------------

def test_pledges_made_in_one_sentence_then_listed_line_by_line_are_one_commitment_each():
    recs = _recs("青石县卫健局局务会向社会公开“三项承诺”,接受群众监督。\n"
                 "一是门诊患者平均候诊时间不超过30分钟;\n"
                 "二是乡镇卫生院每周至少开展一次巡回义诊。\n"
                 "三是不收受患者及其家属的红包;四是投诉件5个工作日内办结。\n", date="2023-05-04")
    tasks = [r.task for r in recs]
    assert len(recs) == 4 and tasks[0].startswith("门诊患者平均候诊时间")
    assert [(t.op, t.value) for t in recs[0].targets] == [("<=", 30.0)]


def test_pledges_marked_inline_after_a_colon_are_one_commitment_each():
    recs = _recs("柳岸镇党委书记公开承诺\n"
                 "今年我承诺办好以下三件事:第一,6月底前建成镇区自来水厂;第二,为全镇困难群众发放救助金80万元;"
                 "第三,年内新建村卫生室4所。\n", date="2023-04-18")
    items = [r for r in recs if r.task != "3件事"]
    assert len(items) == 3
    assert items[0].deadline.date == "2023-06-30"
    assert [(t.value, t.unit) for t in items[2].targets] == [(4.0, "所")]


def test_a_pledge_title_then_numbered_lines_gives_the_titles_unit_to_each_item():
    recs = _recs("南湾区交通运输局2023年度公开承诺书\n"
                 "1.年内完成农村公路新改建60公里。\n"
                 "2.新开通城乡公交线路2条。\n", date="2023-02-10")
    assert len(recs) == 2
    assert {a.name for r in recs for a in r.actors} == {"南湾区交通运输局"}


def test_any_act_after_a_bound_later_than_the_document_is_due_by_it():
    recs = _recs("副镇长对农村改厕回访提出要求:二是组织力量复查,从即日起到11月10日前再逐户核对一次问题户厕。\n", date="2022-10-08")
    assert [r.deadline.date for r in recs] == ["2022-11-10"]
    recs = _recs("2.区住建局反馈的问题下周三下班前完成整改并上报整改台账。\n", date="2023-03-13")
    assert [r.deadline.date for r in recs] == ["2023-03-22"]


# ---- a year's targets after a colon -------------------------------------------------------------------------------

def test_a_years_targets_after_a_colon_are_due_by_its_end_and_take_no_status_of_the_year_before():
    recs = _recs("青石县召开全县林业工作会议\n"
                 "2021年全县共完成新造林1.1万亩,创建绿化示范村10个,全面完成了年初确定的各项任务。\n"
                 "2022年全县植树目标:新植苗木面积1.2万亩;创建绿化示范村6个;完成中幼林抚育2万亩。\n", date="2022-03-10")
    plan = [r for r in recs if r.deadline and r.deadline.date == "2022-12-31"]
    assert len(plan) == 3
    assert all(r.progress is None for r in plan)
    assert [(t.value, t.unit) for t in plan[1].targets] == [(6.0, "个")]


def test_parts_of_this_years_plan_are_due_by_the_years_end():
    recs = _recs("据介绍,今年全镇计划种植水稻面积5.2万亩;新建高标准农田3000亩;生猪出栏量稳定在2万头以上。\n", date="2024-03-12")
    assert len(recs) == 3 and {r.deadline.date for r in recs} == {"2024-12-31"}


def test_head_of_livestock_and_jin_of_grain_are_units_of_a_target():
    from kg.extract.targets import find_targets
    assert [(t.op, t.value, t.unit) for t in find_targets("生猪出栏量稳定在18万头以上")] == [(">=", 18.0, "万头")]
    assert [(t.value, t.unit) for t in find_targets("播种粮食面积50万亩、产量3.2亿斤")][1:] == [(3.2, "亿斤")]


# ---- a date whose 年 and 月 a page lost ---------------------------------------------------------------------------

def test_a_date_whose_year_and_month_marks_were_lost_is_read_where_it_splits_one_way():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import DocDate
    doc = DocDate(2016, 9, 1)
    got = {t: [f.date for f in find_deadlines(t, doc)] for t in ("须在20161015日前整改完毕", "于2016928日前完成", "2016111日前")}
    assert got == {"须在20161015日前整改完毕": ["2016-10-15"], "于2016928日前完成": ["2016-09-28"], "2016111日前": [None]}


# ---- a count done told as a share of the year's task or plan ------------------------------------------------------

def test_a_count_done_told_as_a_share_of_the_years_task_or_plan_is_that_work_on_track():
    recs = _recs("青石县2023年惠民实事上半年进展情况通报\n"
                 "新增城镇就业4100人,完成年度目标任务的104%。\n"
                 "截至6月底,全县已完成农村改厕2600户,完成年度任务的65%。\n"
                 "全县累计培训农民工6000人次,完成全年计划的50%。\n", date="2023-07-10")
    got = {r.task: r.progress.status for r in recs}
    assert got == {"新增城镇就业": "done", "农村改厕": "on_track", "培训农民工": "on_track"}


def test_a_report_line_on_a_work_then_its_next_step_is_that_works_commitment_whole():
    recs = _recs("青石县重点项目1-6月推进情况通报\n县第二医院迁建项目已完成前期手续,计划10月开工建设。\n", date="2023-07-10")
    assert [(r.task, r.deadline.date, r.progress.status) for r in recs] == [("县第二医院迁建项目", "2023-10-31", "on_track")]
    assert recs[0].evidence[0].text.startswith("县第二医院迁建项目已完成前期手续")


# ---- a mirror's pinyin glosses ------------------------------------------------------------------------------------

def test_pinyin_a_mirror_put_after_characters_is_read_through_and_quoted_as_written():
    text = ("柳岸縣政府召開第五次常務會議\n"
            "會(huì)議聽取了有關(guān)單位匯報(bào)。\n"
            "會(huì)議要求(qiú),縣水利局要在6月底前完成(chéng)城區8處易澇點改造。\n"
            "縣交通局要在9月底前完成(chéng)北環路改造。\n"
            "會(huì)議強調(diào),各單位要加強(qiáng)領導。\n")
    recs = _recs(text, date="2015-05-06")
    assert [(r.task, r.deadline.date) for r in recs] == [("城區易澇點改造", "2015-06-30"), ("北環路改造", "2015-09-30")]
    assert all(text[e.start:e.end] == e.text for r in recs for e in r.evidence)
    assert "(chéng)" in recs[0].evidence[0].text
    assert [a.name for a in recs[0].actors] == ["縣水利局"]  # (no gloss in the name: as read)


def test_an_actors_name_a_mirror_glossed_is_named_as_written():
    text = ("柳岸區政府常務會議紀要\n會(huì)議聽取了匯報(bào)。\n"
            "會(huì)議要求(qiú),區(qū)交通運(yùn)輸局、南灣鎮(zhèn)要在7月底前完成(chéng)北環路改造。\n"
            "會(huì)議強調(diào),各單位要加強(qiáng)領導。\n會(huì)議結束。\n")
    recs = _recs(text, date="2024-06-10")
    assert [a.name for a in recs[0].actors] == ["區(qū)交通運(yùn)輸局", "南灣鎮(zhèn)"]


# ---- statuses -------------------------------------------------------------------------------------------------------

def test_statuses_of_works_begun_half_done_ahead_or_stopped():
    from kg.extract.progress import find_progress
    said = {s: find_progress(s).status for s in ("城东大桥已开工建设", "施工已过半", "全部超序时进度", "部分完成",
                                                  "因征地问题暂停施工", "该工程已停工")}
    assert said == {"城东大桥已开工建设": "on_track", "施工已过半": "on_track", "全部超序时进度": "on_track",
                    "部分完成": "on_track", "因征地问题暂停施工": "behind", "该工程已停工": "behind"}
    assert find_progress("要确保6月底前开工建设") is None
    assert find_progress("县医院卒中中心已通过省级验收").status == "done"
    assert find_progress("要确保通过省级验收") is None
    assert find_progress("南湾大桥已完成了主体工程").status == "on_track"


def test_a_modal_left_at_a_tasks_end_is_cut_but_not_the_end_of_a_word():
    from kg.extract.naming import tidy_task
    assert tidy_task("农村自来水普及率将") == "农村自来水普及率"
    assert tidy_task("高考期间的电力供应") == "高考期间的电力供应"
    assert tidy_task("常务会议纪要") == "常务会议纪要"


# ---- a report's item of parts each naming a work and its status ---------------------------------------------------

def test_a_report_items_parts_each_naming_a_work_are_one_commitment_each_but_not_a_sets_classes():
    recs = _recs("南湾区2023年为民实事办理情况\n"
                 "  二、设立了东湖、西岭两个社区助餐点;完成柳岸街道日间照料中心建设;北岭小学校舍加固工程主体完工。\n",
                 date="2024-01-20")
    assert [r.progress.status for r in recs] == ["done", "done", "on_track"]
    recs = _recs("南湾区2023年重点工作上半年落实情况通报\n"
                 "  一、经督查,欠进度的有12个,占总任务的8%;已完成的有20个,占总任务的14%。\n", date="2023-07-20")
    assert len(recs) <= 1


def test_a_term_in_chinese_numerals_is_no_part_of_the_task():
    from kg.extract.naming import tidy_task
    assert tidy_task("二〇二三年九月三十日前完成老旧小区改造") == "老旧小区改造"
    assert tidy_task("续建工程四月底前开工建设") == "续建工程开工建设"


def test_a_day_that_opens_a_news_sentence_gives_way_to_the_term_of_its_work():
    recs = _recs("3月6日,县水务局成立两个督导组,建立周调度制度,确保续建项目四月底前全部复工。\n", date="2022-03-08")
    assert [r.deadline.date for r in recs] == ["2022-04-30"]


def test_labour_day_with_its_festival_word_is_a_term():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import DocDate
    assert [f.date for f in find_deadlines("“五一”节前可实现主线贯通", DocDate(2019, 3, 1))] == ["2019-04-30"]


def test_a_report_line_with_a_forecast_keeps_its_term():
    recs = _recs("青石县重点项目一季度进展情况通报\n城西大桥项目主体工程已完成80%,7月底可实现通车。\n", date="2023-04-10")
    assert [r.deadline.date for r in recs] == ["2023-07-31"]


def test_a_piece_of_a_sentence_is_no_actors_name():
    from kg.extract.finish import _NO_NAME
    assert [bool(_NO_NAME.search(n)) for n in ("正在签约中。", "甲公司和乙银行支行已明确入驻", "X街道办事处:目前手续完备",
                                                "县住建局", "区城投集团(原区建工集团)", "尚文")] == [True, True, True, False, False, False]


def test_metrics_listed_before_respectively_take_their_figures_in_order():
    from kg.extract.targets import find_targets
    got = [(t.metric, t.op, t.value, t.unit) for t in find_targets("生猪出栏量、禽蛋产量分别稳定在26万头、3万吨以上")]
    assert got == [("生猪出栏量", ">=", 26.0, "万头"), ("禽蛋产量", ">=", 3.0, "万吨")]
    got = [(t.metric, t.value) for t in find_targets("城镇、农村居民人均可支配收入分别增长6%和7%")]
    assert got == [("城镇居民人均可支配收入", 6.0), ("农村居民人均可支配收入", 7.0)]


def test_a_clause_that_only_joins_sentences_is_no_task():
    recs = _recs("春耕现场会召开\n据介绍,今年全镇计划种植水稻面积4万亩;新建高标准农田3000亩;"
                 "与此同时,全镇生猪出栏量、禽蛋产量分别稳定在2万头、2000吨以上。\n", date="2024-03-12")
    assert len(recs) == 3 and recs[2].task.startswith("生猪出栏量")
    assert [(t.value, t.unit) for t in recs[2].targets] == [(2.0, "万头"), (2000.0, "吨")]


def test_an_items_label_then_its_deeds_in_a_report_is_that_item_done():
    recs = _recs("南湾区2023年十件民生实事三季度进展情况\n"
                 "9.公共文化服务。建成城市书房4个,开展送戏下乡90场。\n", date="2023-10-10")
    assert [(r.task, r.progress.status) for r in recs] == [("公共文化服务", "done")]
    assert any("建成城市书房4个" in e.text for e in recs[0].evidence)


# ---- an item, its units in brackets, then how it stands --------------------------------------------------------------

def test_an_item_with_its_unit_in_brackets_then_how_it_stands_is_one_commitment():
    recs = _recs("南湾区政府常务会议议定事项落实情况通报\n"
                 "一、关于城区公厕改造的事项(责任单位:区城管局)。落实情况:已完成选址和设计,计划11月开工。\n"
                 "二、关于冬季森林防火的事项(责任单位:区林业局)。落实情况:已制定防火预案,组织巡查队伍8支。\n"
                 "三、关于北岭学校建设的事项(责任单位:区教育局)。落实情况:因用地手续未办结,尚未开工。\n", date="2023-10-10")
    assert [(r.task, [a.name for a in r.actors], r.progress.status) for r in recs] == [
        ("城区公厕改造", ["区城管局"], "on_track"), ("冬季森林防火", ["区林业局"], "done"), ("北岭学校建设", ["区教育局"], "not_started")]
    from kg.extract.progress import find_progress
    assert find_progress("区政府已制定今年民生实事的总体计划") is None


# ---- a list of practical matters told after 以下 ------------------------------------------------------------------

def test_practical_matters_told_after_yixia_are_read_item_by_item():
    recs = _recs("关于公开2024年民生实事项目的公告\n经镇人代会票决,2024年镇政府将办好以下八件民生实事:\n"
                 "一、新建改建村组道路20公里。\n二、新建村卫生室3个。\n三、为600户困难家庭实施厕所改造。\n", date="2024-02-20")
    assert [r.task for r in recs][1:] == ["新建改建村组道路", "新建村卫生室", "600户困难家庭实施厕所改造"]
    assert recs[0].task == "八件民生实事" and [a.name for a in recs[0].actors] == ["镇政府"]
    assert {r.deadline.date for r in recs} == {"2024-12-31"}


def test_the_years_work_then_its_acceptance_by_a_term_is_due_by_that_term():
    recs = _recs("今年全县要确保完成2600户改厕任务,10月底前全部验收。\n", date="2023-06-10")
    assert [r.deadline.date for r in recs] == ["2023-10-31"]
