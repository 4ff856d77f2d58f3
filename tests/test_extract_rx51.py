"""Rules of session 60 (rx51).  Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …); none is
copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs, record_with as _one, roles as _roles


# ---- a unit assisting another: the one it assists is responsible; a funding clause names no task ----------------

def test_the_unit_a_unit_assists_is_responsible():
    rec = _one(_recs("会议要求,青石县交通局要配合青石县住建局做好城北道路改造工作,10月底前完成。\n", "2023-05-10"),
               "配合青石县住建局")
    assert _roles(rec) == {("青石县交通局", "assist"), ("青石县住建局", "responsible")}
    assert rec.deadline.date == "2023-10-31"


def test_help_to_the_public_gives_no_role():
    recs = _recs("会议要求,青石县人社局要协助群众做好社保登记,9月底前完成。\n", "2023-05-10")
    assert all(a.name != "群众" for r in recs for a in r.actors)


def test_a_unit_finding_the_funds_gives_no_task_of_its_own():
    rec = _one(_recs("由青石县水利局负责实施,青石县财政局保障资金,年底前完成柳岸河清淤。\n", "2023-05-10"), "柳岸河清淤")
    assert "资金" not in rec.task and "清淤" in rec.task
    recs = _recs("柳岸河清淤由青石县水利局负责实施,青石县财政局负责筹措资金,年底前完成。\n", "2023-05-10")
    assert len(recs) == 1 and "清淤" in recs[0].task and recs[0].deadline.date == "2023-12-31"


def test_a_group_helping_a_unit_leaves_the_unit_responsible_and_names_the_work_only():
    rec = _one(_recs("会议要求,各乡镇要配合青石县交通局做好农村公路建设,10月底前完成。\n", "2023-05-10"), "农村公路建设")
    assert _roles(rec) == {("青石县交通局", "responsible")} and rec.task == "农村公路建设"
    rec = _one(_recs("柳岸镇城管办负责,各村配合开展占道经营整治,6月底前完成。\n", "2023-05-10"), "占道经营整治")
    assert rec.task == "占道经营整治" and ("柳岸镇城管办", "responsible") in _roles(rec)


# ---- a pledge written on a board and quoted after its colon -------------------------------------------------------

BOARD = ("柳岸村干部公开承诺 接受群众监督\n\n"
         "柳岸村党支部书记王强在承诺牌上写道:“上半年帮助村民销售柑橘10万斤,下半年修通村组道路3公里。”\n")


def test_a_pledge_written_on_a_board_is_read_by_its_dated_pieces():
    recs = _recs(BOARD, "2024-03-01")
    sale, road = _one(recs, "销售柑橘"), _one(recs, "修通村组道路")
    assert _roles(sale) == _roles(road) == {("王强", "responsible")}
    assert (sale.deadline.date, road.deadline.date) == ("2024-06-30", "2024-12-31")
    assert [(t.metric, t.value, t.unit) for t in road.targets] == [("修通村组道路", 3.0, "公里")]
    assert [(t.value, t.unit) for t in sale.targets] == [(10.0, "万斤")]


# ---- a record written as a table of its fields, one field a row -----------------------------------------------------

FIELDS = ("整改任务概述 | 柳岸河水质不达标,沿岸有生活污水直排。 |\n"
          "整改责任单位 | 南湾区生态环境局 |\n"
          "整改目标 | 截断直排污水,柳岸河水质稳定达到四类。 |\n"
          "整改措施及成效 | 1、建设沿岸截污管网;2、关停直排口5个。成效:截至9月底,柳岸河水质达到四类。 |\n"
          "整改时间 | 2021年3月至2021年9月 |\n")


def test_a_table_of_one_records_fields_is_read_as_its_labelled_lines():
    recs = _recs(FIELDS, "2021-10-10")
    item = _one(recs, "柳岸河水质不达标")
    assert _roles(item) == {("南湾区生态环境局", "responsible")} and item.deadline.date == "2021-09-30"
    assert item.progress.status == "done"  # (成效: what the measures achieved)
    for ev in item.evidence:
        assert FIELDS[ev.start:ev.end] == ev.text  # quoted from the text as written, bars and all
    measures = [r for r in recs if r is not item]
    assert [m.task for m in measures] == ["建设沿岸截污管网", "关停直排口"]
    assert all(m.progress.status == "done" for m in measures)


# ---- a status's count with its members in brackets; a list counted after 二是 -------------------------------------

def test_works_in_brackets_after_a_status_count_are_one_record_each():
    recs = _recs("全县重点项目推进情况通报\n\n截至6月底,全县42个重点项目中,已完工8个,"
                 "进度滞后3个(城北污水厂、南湾大桥、柳岸学校),其余正常推进。\n", "2023-07-05")
    late = {r.task: r.progress.status for r in recs if r.task in ("城北污水厂", "南湾大桥", "柳岸学校")}
    assert late == {"城北污水厂": "behind", "南湾大桥": "behind", "柳岸学校": "behind"}


def test_a_set_counted_before_its_bracket_stays_beside_its_member():
    text = ("南湾区督察反馈问题整改进展通报\n\n"
            "省督察组反馈的18个问题,已完成2项(甲河黑臭水体治理、乙厂粉尘治理),其余正在推进;"
            "二是丙区垃圾直排、丁镇污水溢流2项问题已取得初步成效。\n")
    recs = _recs(text, "2022-04-01")
    whole = _one(recs, "反馈的18个问题")
    assert [(t.value, t.unit) for t in whole.targets] == [(18.0, "个")]
    done = {r.task for r in recs if r.progress and r.progress.status == "done"}
    assert {"甲河黑臭水体治理", "乙厂粉尘治理"} <= done
    going = [r for r in recs if r.evidence[0].text in ("丙区垃圾直排", "丁镇污水溢流")]
    assert len(going) == 2 and all(r.progress.status == "on_track" for r in going)


# ---- a complaint handled, its fields named in brackets above their values -----------------------------------------

CASES = ("南湾区督察信访件办理情况公示\n\n"
         "  柳岸路一家烧烤店油烟直排,夜间噪声扰民。\n\n  [污染类型]\n\n  油烟,噪声\n\n"
         "  [调查核实情况]\n\n  经查,情况属实。\n\n"
         "  [处理和整改情况]\n\n  南湾区城管局责令该店停业整改,并于3日内完成了油烟净化设备的安装。\n")


def test_a_complaint_with_its_fields_in_brackets_is_one_item():
    recs = _recs(CASES, "2021-06-10")
    assert len(recs) == 1
    rec = recs[0]
    assert ("南湾区城管局", "responsible") in _roles(rec) and rec.progress.status == "done"
    assert any("烧烤店" in ev.text for ev in rec.evidence) and any("净化设备" in ev.text for ev in rec.evidence)
    for ev in rec.evidence:
        assert CASES[ev.start:ev.end] == ev.text


def test_a_count_due_by_a_term_and_how_it_stands():
    rec = _one(_recs("督察整改落实情况\n\n2025年至2026年底前还需完成3项整改工作,目前都已达到序时进度。\n", "2025-01-26"), "需完成3项")
    assert rec.deadline.date == "2026-12-31" and rec.progress.status == "on_track"
    assert [(t.value, t.unit) for t in rec.targets] == [(3.0, "项")]


def test_cases_handed_over_all_closed_are_done_and_named_without_their_status():
    rec = _one(_recs("督察整改进展\n\n截至6月底,南湾区整改任务共9项,已完成整改7项;转办南湾区的86件信访事项均已办结。\n",
                     "2025-06-30"), "86件")
    assert rec.progress.status == "done" and [t.metric for t in rec.targets] == ["信访事项"]


ROWS3 = ("整改任务 | 编号 | 第7项 |\n"
         "问题概述 | 柳岸镇对关停企业腾退场地监管不力,部分场地出租后从事喷漆加工。 | |\n"
         "责任单位 | 南湾区经信局、南湾区生态环境局 | |\n"
         "整改目标 | 杜绝关停企业恢复生产。 | |\n"
         "整改措施 | (一)2023年9月已完成对恢复生产的3家企业的清理。(南湾区经信局) (二)建立巡查台账,每季度巡查一次。"
         "(南湾区经信局、南湾区生态环境局) |\n")


def test_rows_with_an_empty_cell_after_the_value_and_measures_numbered_in_brackets():
    recs = _recs(ROWS3, "2024-11-22")
    item = _one(recs, "腾退场地监管不力")
    assert ("南湾区经信局", "responsible") in _roles(item)
    first = _one(recs, "(一)2023年9月")
    assert first.progress.status == "done"
    assert _one(recs, "(二)建立巡查台账").task.startswith("巡查台账") or "巡查" in _one(recs, "(二)建立巡查台账").task


def test_a_year_and_what_came_after_it_is_no_term():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import parse_option
    assert find_deadlines("对2018年及以后关停的企业开展回头看", parse_option("2024-11-22")) == []


# ---- units' lines of lagging works: the unit before the colon is responsible for the works it lists ----------------

def test_the_works_a_commands_line_lists_as_lagging_are_its_own():
    text = ("南湾区重大项目建设情况\n\n一、各工作指挥部滞后情况\n"
            "1.社区治理工作指挥部:项目5项,都达到序时进度。\n"
            "2.城东片区开发工作指挥部:共有项目12项,未达到序时进度项目2个为:柳岸路拓宽工程、城东水厂二期项目。\n"
            "3.滨江片区开发工作指挥部:目前暂未明确项目清单。\n")
    recs = _recs(text, "2024-07-19")
    for work in ("柳岸路拓宽工程", "城东水厂二期项目"):
        rec = _one(recs, work)
        assert _roles(rec) == {("城东片区开发工作指挥部", "responsible")} and rec.progress.status == "behind"
    assert _one(recs, "暂未明确项目清单").progress.status == "not_started"
    assert ("社区治理工作指挥部", "responsible") in _roles(_one(recs, "项目5项"))


def test_two_lists_of_works_each_closed_by_how_they_stand_in_one_sentence():
    text = ("南湾区常务会议交办事项落实情况通报\n\n从督查情况看,28项交办事项总体进展良好。"
            "城北净水厂扩建、柳岸河生态修复,以及区档案馆和区科技馆建设等工作稳步推进,"
            "老旧小区加装电梯、社区食堂试点和智慧停车平台建设等已取得明显进展。\n")
    recs = _recs(text, "2022-10-13")
    first, second = _one(recs, "城北净水厂扩建"), _one(recs, "老旧小区加装电梯")
    assert first is not second  # (each list one record, its works moving on together, as the shared set reads them)
    assert first.evidence[0].text.startswith("城北净水厂扩建") and first.evidence[0].text.endswith("稳步推进")
    assert second.evidence[0].text.endswith("已取得明显进展")
    assert first.progress.status == second.progress.status == "on_track"
    assert len(recs) == 3


def test_units_counted_checks_tell_their_work_goes_on():
    text = ("南湾区食品安全工作进展\n\n今年以来各部门扎实开展食品安全检测。南湾区市场监管局累计抽检食品420批次;"
            "南湾区粮食局共检测库存粮食16批次;南湾区水务局1~6月份检测自来水860次,合格率99.8%。\n")
    recs = _recs(text, "2020-08-09")
    grain = _one(recs, "南湾区粮食局")
    assert _roles(grain) == {("南湾区粮食局", "responsible")} and grain.progress.status == "on_track"
    assert [(t.value, t.unit) for t in grain.targets] == [(16.0, "批次")]
    water = _one(recs, "南湾区水务局")
    assert [(t.value, t.unit) for t in water.targets] == [(860.0, "次")]


# ---- words: 了 before a figure; a set moving on as planned; a rate set and the rate reached -------------------------

def test_a_figure_after_le_is_counted_by_what_follows_it():
    from kg.extract.targets import find_targets
    assert [(t.metric, t.value) for t in find_targets("柳岸镇专门组建了4个工作小组")] == [("工作小组", 4.0)]
    assert [(t.metric, t.value) for t in find_targets("已完成了年度任务的70%")] == [("年度任务", 70.0)]


def test_a_set_moving_on_as_planned_is_on_track():
    from kg.extract.progress import find_progress
    assert find_progress("南湾区12件民生实事推进顺利", "2019-11-30", 2019).status == "on_track"
    assert find_progress("其余6个子项正如期推进", "2019-11-30", 2019).status == "on_track"
    assert find_progress("要确保各项工作如期推进") is None


def test_a_rate_reached_beyond_the_rate_set_is_done():
    from kg.extract.progress import find_progress
    p = find_progress("城区绿化覆盖率达到40%,目前已达41.5%", "2019-11-30", 2019)
    assert (p.status, p.percent) == ("done", None)
    assert find_progress("普惠园占比提高到80%,目前为72%", "2019-11-30", 2019).status == "on_track"


def test_the_set_a_past_years_list_counts_is_a_record_of_its_own():
    text = ("南湾区长在线访谈\n\n区长答:2009年,我区为民办了6件实事:一是新建乡村公路30公里;二是完成农村改厕900座。\n")
    recs = _recs(text, "2010-03-18")
    whole = _one(recs, "为民办了6件实事")
    assert [(t.value, t.unit) for t in whole.targets] == [(6.0, "件")] and whole.progress.status == "done"
    assert _one(recs, "新建乡村公路").progress.status == "done"


def test_items_a_meeting_asks_are_commitments_though_they_name_nobody():
    text = "会后,副县长召开专题会议,要求各乡镇抓好以下工作:一是要完成城北小学建设;二是要制定老旧小区改造方案;三是要加强协调配合。\n"
    recs = _recs(text, "2022-06-10")
    assert [r.task for r in recs] == ["城北小学建设", "制定老旧小区改造方案"]  # (a manner only is no work)


# ---- a plan's run of works by their own names; a name with a segment in brackets ----------------------------------

def test_works_a_plan_runs_through_are_commitments_by_their_own_names():
    text = ("南湾区城市品质提升部署会\n\n为改善市政设施,该区将推进柳岸路跨河桥接线(北延段)道路工程建设;"
            "青石路(北环-南环段)综合改造工程;9月底前改造城区公厕20座。"
            "其中柳岸大桥建设将完成3亿元。\n")
    recs = _recs(text, "2018-03-04")
    tasks = [r.task for r in recs]
    assert "柳岸路跨河桥接线(北延段)道路工程" in tasks and "青石路(北环-南环段)综合改造工程" in tasks
    assert not any("3亿元" in r.evidence[0].text for r in recs)  # (a part of a sum, no work planned)


def test_a_work_named_with_a_segment_in_brackets():
    from kg.extract.projects import find_projects
    assert find_projects("推进北环路(柳岸桥-东环段)改造工程") == ["北环路(柳岸桥-东环段)改造工程"]
    assert find_projects("打通人民大道(东环至西环)等5条断头路") == []


# ---- quoted first-person pledges with no term -----------------------------------------------------------------------

PLEDGES = ("柳岸村党员公开承诺侧记\n\n7月6日,柳岸村召开党员公开承诺现场会,全村30名党员庄严宣誓。\n\n"
           "“我代表村党支部承诺,发展壮大茶叶种植,带动全村增收。”\n\n"
           "“我家有辆三轮车,我承诺每个月为村里孤寡老人送米面一次。”\n\n"
           "“我承诺搞好邻里关系。”\n")


def test_a_quoted_pledge_with_no_term_is_the_deed_it_promises():
    recs = _recs(PLEDGES, "2014-08-25")
    assert [r.task for r in recs] == ["发展壮大茶叶种植", "村里孤寡老人送米面"]  # (ties kept well: a manner, no deed)
    assert _roles(recs[0]) == {("村党支部", "responsible")}


def test_a_work_the_sentence_names_then_takes_up_as_this_project_is_done():
    text = ("南湾区民生实事视察\n\n城镇新增就业1800人,开发公益性岗位600个,该项目实事完成;"
            "新建社区托育中心一所,可提供托位30个,该项目已经建成并开始招生25人。\n")
    recs = _recs(text, "2024-12-18")
    jobs, nursery = _one(recs, "城镇新增就业"), _one(recs, "新建社区托育中心")
    assert jobs.progress.status == nursery.progress.status == "done"
    assert not nursery.actors  # (X中心一所: a count, no unit)


def test_half_the_time_half_the_work_and_all_begun_are_on_track():
    from kg.extract.progress import find_progress
    p = find_progress("86项重点工作中,有80项已达到“时间过半、任务过半”的要求", "2017-07-24", 2017)
    assert p.status == "on_track"
    assert find_progress("60个产业项目全部开工建设", "2017-07-24", 2017).status == "on_track"
    assert find_progress("确保全部开工建设") is None


def test_what_a_year_before_did_is_done_by_its_end():
    text = ("南湾区住建局召开推进会\n\n我区2018年度完成乡镇公厕新建21座,累计完成危房改造2600户。"
            "会议要求,8月底前完成2019年公厕建设。\n")
    recs = _recs(text, "2019-05-27")
    past = _one(recs, "2018年度完成")
    assert past.progress.status == "done" and past.progress.as_of == "2018-12-31"
    assert _one(recs, "8月底前完成").progress is None


def test_a_verb_of_guiding_opens_no_unit():
    text = ("南湾区政府第12次常务会议\n\n会议要求,三个社区挂牌后,要指导社区做好便民服务工作。\n")
    assert all(a.name != "指导社区" for r in _recs(text, "2023-12-21") for a in r.actors)
