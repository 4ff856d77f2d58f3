"""Rules of session 58 (rx49).  Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …); none is
copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs

from kg.extract.commitments import section_unit


# ---- a unit's section heading with the count of its items ------------------------------------------------------

SPLIT = ("青石县2025年重点工作任务分解表\n一、县发展改革局(3项)\n1.推进城北仓储园建设,年底前完成主体工程。\n"
         "2.全年固定资产投资增长8%以上。\n3.争取上级预算内资金2亿元。\n二、县住建局(共2项)\n"
         "4.完成老旧小区改造12个,6月底前全部开工。\n5.改造城区供水管网15公里并通水。\n")


def test_a_section_heading_naming_a_unit_with_its_count_owns_the_items():
    assert [a.name for a in section_unit("三、县财政局(4项)")] == ["县财政局"]
    assert [a.name for a in section_unit("三、县财政局(共4项任务)")] == ["县财政局"]
    assert section_unit("三、重点项目(4项)") == []  # (a section of works, not a unit's)


def test_every_item_under_it_is_that_units_whichever_rule_read_it():
    recs = _recs(SPLIT, "2025-02-10")
    by_unit = {}
    for r in recs:
        by_unit.setdefault(tuple(a.name for a in r.actors if a.kind == "organization"), []).append(r.task)
    assert set(by_unit) == {("县发展改革局",), ("县住建局",)}
    assert any("供水管网" in t for t in by_unit[("县住建局",)])  # (a counted work no step read: still the unit's)
    assert not any("供水管网" in t for t in by_unit[("县发展改革局",)])


# ---- a year inside a place's work's name -----------------------------------------------------------------------

def test_a_year_between_a_place_and_its_works_name_is_no_term():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import DocDate
    doc = DocDate(2019, 6, 1, "page")
    assert find_deadlines("已完成青石县2014年保障性住房等9个项目整改", doc) == []
    assert [f.date for f in find_deadlines("青石县2019年底前完成整改", doc)] == ["2019-12-31"]
    assert [f.date for f in find_deadlines("2019年完成柳岸镇污水管网改造", doc)] == ["2019-12-31"]


# ---- a group of works named, or a whole set, told as it stands --------------------------------------------------

GROUPS = ("南湾区2023年1-6月重点项目进展情况通报\n\n今年以来,区委、区政府统筹推进稳增长各项工作。现将上半年各项目推进情况报告如下:\n\n"
          "截至6月底,全区18个市级重点工程中均已开工。区政府调度的64个项目中,甲污水厂扩建、乙物流园等21个项目已竣工;"
          "丙学校迁建、丁医院门诊楼等35个项目正在加紧施工。\n")


def test_a_group_of_named_works_with_its_status_is_a_record():
    recs = _recs(GROUPS, "2023-07-05")
    done = next(r for r in recs if "21个项目已竣工" in r.evidence[0].text)
    going = next(r for r in recs if "35个项目正在" in r.evidence[0].text)
    assert "甲污水厂扩建" in done.task and done.progress.status == "done"
    assert going.progress.status == "on_track"
    whole = [r for r in recs if "18个市级重点工程中均已开工" in r.evidence[0].text]
    assert whole and whole[0].progress.status in ("done", "on_track")


def test_the_group_told_in_a_sentence_no_reader_claims_is_named_by_its_first_work():
    from kg.extract import unclaimed
    s = "区政府调度的64个项目中,甲污水厂扩建(二期)、乙物流园等21个项目已竣工;"
    assert unclaimed.kind(s) and unclaimed.work(s) == "甲污水厂扩建(二期)等21个项目"
    assert unclaimed.kind("丙学校迁建、丁医院门诊楼等35个项目正在加紧施工;")
    assert unclaimed.kind("全县26个市级项目中均已竣工;")
    assert unclaimed.kind("全县26个重点项目中,续建项目4个") is None  # (a set's parts, no status of the whole)


def test_a_reports_lead_ending_on_its_notice_is_no_record():
    recs = _recs(GROUPS, "2023-07-05")
    assert not any("统筹推进稳增长" in e.text for r in recs for e in r.evidence)


# ---- minutes: 议定: before the approval, 请X作进一步修改完善, a post's 主任 ------------------------------------------

MINUTES = ("柳岸县人民政府第8次常务会议纪要\n4月2日,县长主持召开县政府第8次常务会议。现将会议议定事项纪要如下:\n"
           "一、关于2025年县级财政预算草案\n会议原则同意2025年县级财政预算草案,请县财政局按会议意见再作修改,"
           "由张明副县长审核把关后,报县人大审议。\n二、关于2025年招商引资考核办法\n"
           "议定:原则同意2025年招商引资考核办法,请县商务局作进一步修改后,交张明副县长审核后报县委。\n"
           "三、关于成立规划编制领导小组\n议定:成立柳岸县规划编制领导小组,张明副县长任组长,县委办副主任李强、"
           "县发改委主任王刚任副组长。\n")


def test_a_decision_labelled_with_its_verdict_is_read_as_the_meetings_decision():
    recs = _recs(MINUTES, "2025-04-06")
    tasks = [r.task for r in recs]
    assert any("招商引资考核办法" in t for t in tasks)
    assert not any(t.startswith(("交常务", "按会议")) for t in tasks)  # (the steps after the revision are no task)


def test_the_unit_asked_to_revise_what_was_approved_is_responsible():
    recs = _recs(MINUTES, "2025-04-06")
    units = {a.name: a.role for r in recs for a in r.actors if a.kind == "organization"}
    assert units.get("县财政局") == "responsible" and units.get("县商务局") == "responsible"


def test_a_deputy_whose_post_ends_in_zhuren_heads_the_group_too():
    recs = _recs(MINUTES, "2025-04-06")
    group = next(r for r in recs if "领导小组" in r.task)
    assert [a.name for a in group.actors if a.role == "lead"] == ["张明", "李强", "王刚"]


# ---- a rectification item whose status label carries its verdict in a bracket ------------------------------------

AUDIT = ("青石县关于审计发现问题整改情况的公告\n现将有关整改情况公告如下:\n一、整改情况\n"
         "问题1:关于“县水务局对乡村水站疏于管护,致使9处水站停用”问题\n"
         "整改情况:去年5月,县水务局同柳岸水务公司签了管护合同,由专人负责水站日常管护。\n"
         "问题2:关于“县城填埋场渗滤液排放超标”问题\n"
         "整改情况(已整改完毕):填埋场渗滤液处理站改造项目已于2023年9月完工,出水稳定达标。\n")


def test_the_verdict_in_the_status_labels_bracket_is_the_items_status():
    recs = _recs(AUDIT, "2023-11-01")
    assert len(recs) == 2  # (one record an item: the verdict label is no record of its own)
    first, second = recs
    assert second.progress and second.progress.status == "done"
    assert any("渗滤液处理站改造" in e.text for e in second.evidence)  # (what was done is its evidence)
    assert not first.task.startswith("“") and "水站" in first.task


# ---- a list of practical works: a past year's told done, each item a record ------------------------------------

DONE = ("青石县长在线访谈实录\n问:前年定的实事都办了吗?\n"
        "答:2022年,我县为群众办了8件实事:一是年内硬化通村公路30公里;二是扩建县敬老院,添置康复器材;"
        "三是改善乡镇卫生院条件,加快中心卫生院门诊楼建设;四是完成农村改厕1200座。今年我们还要再办好一批实事。\n")


def test_the_items_of_a_past_years_list_are_done_that_year():
    recs = [r for r in _recs(DONE, "2024-03-10") if r.evidence[0].text[:2] in ("一是", "二是", "三是", "四是")]
    assert len(recs) == 4  # (items with no count are works of the list too)
    assert all(r.progress and r.progress.status == "done" for r in recs)
    road = next(r for r in recs if "通村公路" in r.task)
    assert road.deadline.date == "2022-12-31"  # (年内: the year the list tells of, not the year of the page)


def test_the_items_of_a_plan_of_practical_works_are_read_too():
    plan = "青石县2025年民生实事\n2025年,县政府将为民办好6件实事:一是扩建县敬老院;二是完善城区排水设施,改造老旧管网。\n"
    tasks = [r.task for r in _recs(plan, "2025-02-01")]
    assert any("敬老院" in t for t in tasks) and any("排水" in t for t in tasks)
    assert not any(r.progress for r in _recs(plan, "2025-02-01"))


# ---- a works' report: a work named after its money, a share of the work's amount ---------------------------------

def test_a_work_named_after_its_money_is_the_records_work():
    from kg.extract import unclaimed
    assert unclaimed.work("计划投资80万元建设的柳溪桥,已完成40%的工程量;") == "柳溪桥"
    assert unclaimed.work("投资320万元的南环路改造工程,已完成全部工程量。") == "南环路改造工程"
    assert unclaimed.work("青石至柳岸三级公路已完成45%的工程量,其中完成罩面3公里;") == "青石至柳岸三级公路"


def test_a_share_of_the_works_amount_is_progress_on_track_not_done():
    from kg.extract.progress import find_progress
    p = find_progress("柳溪桥,已完成40.5%的工程量,投资已到位32万元")
    assert (p.status, p.percent) == ("on_track", 40.5)
    p = find_progress("甲桥、乙桥均已完成75%的工程量")
    assert (p.status, p.percent) == ("on_track", 75.0)
    assert find_progress("对进度滞后的工程要每周通报") is None  # (the works of a condition stay no report)


# ---- a numbered problem told with its figures, the label of what was done below it -------------------------------

FOUND = ("柳岸市贯彻落实督察反馈意见整改进展情况\n"
         "一、2019年至2021年,市政府常务会议共研究议题180个,其中生态议题仅6个。柳岸市各级部门生态保护责任落实仍不到位。\n"
         "整改进展情况:已整改完毕,并长期坚持。\n(一)市政府把生态保护纳入年度重点议程,每季度专题研究一次。\n"
         "二、南湾县城区污水管网覆盖不足,雨污混流问题突出。\n整改进展情况:正在整改。\n"
         "(一)住房保障方面。\n")


def test_a_numbered_problem_over_the_label_of_what_was_done_is_an_item():
    recs = _recs(FOUND, "2022-06-30")
    first = next(r for r in recs if r.evidence[0].text.startswith("一、"))
    assert first.progress.status == "done"
    assert "不到位" in first.task or "责任落实" in first.task  # (the sentence of the fault names it, not the figures)
    second = next(r for r in recs if r.evidence[0].text.startswith("二、"))
    assert second.progress.status == "on_track"
    assert not any(r.task.startswith("住房保障") for r in recs)  # (a field's heading, 方面。, is no problem)


def test_a_bare_government_after_each_places_party_committee_is_no_actor():
    from kg.extract.actors import parse_list
    assert parse_list("各县区党委和政府") == []
    assert [n for n, _, _ in parse_list("镇党委、政府")] == ["镇党委", "镇政府"]


# ---- a rectification notice's table flattened a cell a line, its labels bare --------------------------------------

CELLS = ("县河道问题整改完成情况公示\n\n反馈问题\n\n城区河道沿岸垃圾清理不及时\n\n责任单位\n\n县河长办\n\n责任人\n\n"
         "赵刚\n\n整改目标\n\n落实河长巡河制度,确保河道沿岸整洁。\n\n整改措施\n\n县河长办牵头,2020年5月31日前制定巡河方案,"
         "每月开展一次集中清理。\n")


def test_bare_label_lines_of_a_flattened_table_make_one_item():
    recs = _recs(CELLS, "2020-12-01")
    item = next(r for r in recs if any("垃圾清理不及时" in e.text for e in r.evidence))
    assert {(a.name, a.role) for a in item.actors} >= {("县河长办", "responsible"), ("赵刚", "responsible")}
    assert item.deadline and item.deadline.date == "2020-05-31"


def test_a_news_title_telling_works_on_schedule_makes_a_report():
    text = ("南湾区惠民工程全部达序时\n8月2日,区委书记带队督查民生实事进展。\n"
            "今年区惠民工程共8件15项,目前全部达到序时进度要求。其中农村低保提标一项已经完成,8月起按新标准发放。\n")
    recs = _recs(text, "2023-08-05")
    assert any(r.progress and r.progress.status == "done" and "低保提标" in r.task for r in recs)


# ---- a pledge's items marked 一, / 二,, its pledger a pronoun, the page saying they were kept ----------------------

VOWS = ("村里的变化\n柳树村村委会主任周平骑车带我们进村。\n2015年春,村主任王林上任。在就职后第一次村民会上,"
        "他当众许下了三个承诺:一,修通进村的路;二,修好排灌站;三,把村小学迁到镇上。\n几年下来,这些承诺,他都一一兑现了。\n")


def test_a_pledges_items_marked_with_a_numeral_and_comma_are_its_items():
    recs = _recs(VOWS, "2019-06-01")
    assert [r.task for r in recs][:3] == ["修通进村的路", "修好排灌站", "村小学迁到镇上"] or len(recs) == 3


def test_the_pronoun_pledging_is_the_person_named_last_before_it():
    recs = _recs(VOWS, "2019-06-01")
    assert all([(a.name, a.role) for a in r.actors] == [("王林", "responsible")] for r in recs)


def test_pledges_said_kept_after_them_are_done():
    recs = _recs(VOWS, "2019-06-01")
    assert recs and all(r.progress and r.progress.status == "done" for r in recs)


# ---- a line naming a leader and his posts heads the items below it ----------------------------------------------

def test_a_leaders_line_heads_his_items_pledged_or_led():
    pledged = ("柳岸市作风建设年承诺事项进展\n一、市级领导(3人)\n(一)周明 市委常委、市纪委书记\n"
               "1.年内建成平安村(社区)120个,化解信访积案30件。\n推进情况:已建成平安村(社区)86个。\n")
    rec = _recs(pledged, "2022-05-10")[0]
    assert [(a.name, a.role) for a in rec.actors] == [("周明", "responsible")]
    plan = ("柳岸县重点工作分工\n(一)周明 副县长\n1.6月底前完成城区供水管网改造。\n2.年内新建农贸市场2个。\n")
    recs = _recs(plan, "2022-03-10")
    assert recs and all([(a.name, a.role) for a in r.actors] == [("周明", "lead")] for r in recs)


def test_a_term_then_a_start_asked_is_a_commitment():
    text = "柳岸市河道整治推进会\n会上,市长要求,本月底还要全面启动“无证”船舶整治,6月底前完成。\n本月底要启动城区雨污分流改造。\n"
    recs = _recs(text, "2018-05-10")
    assert {r.deadline.date for r in recs if r.deadline} >= {"2018-05-31"}
    assert any("雨污分流" in r.task for r in recs)


def test_a_tasks_stray_space_and_a_news_dateline_are_no_part_of_it():
    recs = _recs("柳岸县征地推进会\n会议要求,县水利局要尽快启 动河道整治工程的报批手续,6月底前完成。\n", "2020-05-10")
    assert recs and "启动河道整治" in recs[0].task
    from kg.extract.naming import tidy_task
    assert tidy_task("柳岸日报5月3日讯(记者 王某)全县新建公厕12座") == "新建公厕"
    assert tidy_task("移动通讯基站建设") == "移动通讯基站建设" and tidy_task("农网供电改造") == "农网供电改造"


# ---- a closing notice: measures and what was done of them, number by number --------------------------------------

CLOSING = ("青石县已完成省生态环境保护督察第九项问题整改,拟申请验收销号。现将整改情况公示如下:\n一、整改任务:\n"
           "部分乡镇饮用水源地保护区内仍有旱厕和养殖户。\n二、整改目标:\n水源地保护区内无污染源。\n三、整改措施:\n"
           "1.拆除保护区内旱厕。\n2.关停保护区内养殖户。\n四、整改主要工作及成效:\n1.拆除保护区内旱厕132座。\n"
           "2.关停并搬迁养殖户17户。\n五、公示时间:2023年5月10日至5月20日。\n六、受理部门:县生态环境分局\n")


def test_each_measure_takes_the_line_telling_what_was_done_of_it_and_no_more_records():
    recs = _recs(CLOSING, "2023-05-10")
    measures = [r for r in recs if r.evidence[0].text[:2] in ("1.", "2.")]
    assert len(measures) == 2  # (the lines of what was done are the measures' status, not records of their own)
    assert all(r.progress and r.progress.status == "done" for r in measures)
    assert any("132座" in e.text for e in measures[0].evidence)
    assert not any("公示时间" in e.text for r in recs for e in r.evidence)


def test_a_notice_of_a_rectification_done_and_up_for_closing_makes_its_items_done():
    recs = _recs(CLOSING.replace("四、整改主要工作及成效:\n1.拆除保护区内旱厕132座。\n2.关停并搬迁养殖户17户。\n", ""), "2023-05-10")
    assert recs and all(r.progress and r.progress.status == "done" for r in recs)


def test_the_items_of_the_things_one_plans_to_do_are_read():
    text = ("柳树村两委公开承诺会\n村主任王林对村民说:“今年,打算办3件事:一是投资8万元,在村西修一条300米长的水泥路;"
            "二是绿化村内两条道路;三是安装路灯40盏。”\n")
    tasks = [r.task for r in _recs(text, "2013-03-05")]
    assert len(tasks) == 3 and any("绿化" in t for t in tasks) and any("水泥路" in t for t in tasks)


def test_a_report_of_pledges_kept_is_a_report():
    from kg.extract.commitments import _REPORT_BODY
    assert _REPORT_BODY.search("去年年初公开承诺的10件实事有9件如期兑现")
    assert not _REPORT_BODY.search("确保承诺事项如期兑现")


def test_a_leader_who_pledges_first_is_the_pledger_and_his_works_name_drops_whose_it_is():
    text = ("柳岸县办实事动员会\n4月2日,柳岸县召开动员大会,县长周明率先向全县人民作出承诺,要确保包抓的县人民医院"
            "新院区年底全面投用。\n")
    rec = _recs(text, "2021-04-05")[0]
    assert ("周明", "responsible") in [(a.name, a.role) for a in rec.actors]
    assert rec.task.startswith("县人民医院新院区")


# ---- a closing notice's numbered sections: the problem's section, its labels under bracket numbers -------------

SECTIONS = ("一、第二轮省生态环境保护督察反馈意见问题情况\n青石县秸秆综合利用项目完成期限为2022年6月,已逾期一年多,专项资金闲置。\n"
            "二、责任单位\n青石县人民政府\n三、整改情况\n(一)整改方案措施\n调整项目内容,整合剩余资金支持农户购置打捆机具。\n"
            "(二)整改落实情况\n项目自2021年起实施,共32个子项目。2023年11月20日,县农业农村局完成全部项目验收工作。\n")


def test_a_problems_section_and_its_bracketed_labels_make_one_item():
    recs = _recs(SECTIONS, "2024-01-10")
    assert len(recs) == 1
    item = recs[0]
    assert [(a.name, a.role) for a in item.actors] == [("青石县人民政府", "responsible")]
    assert item.deadline.date == "2022-06-30"  # (the term the problem was set)
    assert item.progress.status == "done"  # (a dated deed: 11月20日,…完成全部项目验收工作)
