"""General readings of report and order sentences, fitted on pages read blind the session before
(session 13, rx19).

Every sentence here is composed for the test (东湖区, 西山镇, 北河 …), in the phrasing of the
genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import by_task, commitments_of, roles


def _recs(text: str, date: str = "2023-07-20"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- counted sets, each with its own breakdown by status ------------------------------------------

def test_each_counted_set_with_its_breakdown_is_one_commitment():
    text = ("东湖区惠民工程半年见成效\n"
            "1至6月,东湖区惠民项目90个小项,已完工的有40项,正在实施的有50项。"
            "12件为民实事,已完成5件,其余7件正按计划推进;县里自定的4件实事按进度推进中。\n")
    got = by_task(_recs(text))
    assert {"东湖区惠民项目", "为民实事"} <= set(got), list(got)
    sets = got["东湖区惠民项目"]
    assert [(t.value, t.unit) for t in sets.targets] == [(90.0, "项")]  # 90个小项: the 项 counted
    assert sets.progress.status == "on_track"
    assert [(t.value, t.unit) for t in got["为民实事"].targets] == [(12.0, "件")]
    assert any(c.targets and c.targets[0].value == 4.0 for c in got.values()), list(got)


def test_a_set_all_done_and_a_set_with_its_share_done():
    text = ("西山镇为民办实事见实效\n"
            "截至9月底,镇里年初确定的9项民生实事,已完成6项,占66.7%,其余3项正在实施;"
            "群众点题的15件便民实事全部完成。\n")
    recs = _recs(text, "2023-10-10")
    nine = next(c for c in recs if c.targets and c.targets[0].value == 9.0)
    assert nine.progress.status == "on_track" and nine.progress.percent == 66.7
    fifteen = next(c for c in recs if c.targets and c.targets[0].value == 15.0)
    assert fifteen.progress.status == "done"


def test_a_count_that_is_a_status_opens_no_set_and_an_order_is_no_report():
    # 已完成5件 / 其余7件 are the breakdown, not sets; a sentence that orders reports nothing
    text = ("北河街道工作安排\n"
            "今年要办好8件实事,已完成5件的要巩固成果,其余3件要确保年底前完成。\n")
    assert not [c for c in _recs(text) if c.progress and c.targets and c.targets[0].value in (5.0, 3.0)]


def test_a_bare_set_is_named_by_what_stands_before_it():
    text = ("东湖区为民办实事见成效\n"
            "截至8月底,区政府年初确定的10项任务,已完成4项,其余6项按计划推进。\n")
    [c] = [c for c in _recs(text, "2023-09-05") if c.targets]
    assert c.task == "区政府年初确定任务" and c.targets[0].value == 10.0
    assert c.progress.status == "on_track"


# ---- a plan told against what was done -----------------------------------------------------------

def test_a_plan_set_against_what_was_done_is_a_report():
    # news of progress: what was planned for the quarter and what was done, work by work
    text = ("南湖区民生工程半年见成效\n"
            "上半年,南湖区民生工程进展顺利。“社区助老食堂项目”计划二季度完成食堂建设12家,实际完成15家;"
            "“背街小巷改造工程”计划完成路面改造12%,实际完成15%。\n")
    got = by_task(_recs(text))
    assert {"社区助老食堂项目", "背街小巷改造工程"} <= set(got), list(got)  # (a name quoted whole is named without its quotes, rx28)


# ---- the share of the year's plan said with 为 --------------------------------------------------

def test_a_share_of_the_year_said_with_wei_is_read_and_paced():
    text = ("全市水利建设调度会召开\n"
            "会上通报了上半年水利工作。数据显示:至6月底,全市共完成水利建设投资8.2亿元,"
            "为年度计划的36%。各县区分别汇报了工作情况。\n")
    recs = _recs(text, "2023-07-05")
    [c] = [c for c in recs if c.progress]
    assert c.task == "水利建设投资"
    assert c.progress.percent == 36.0
    assert c.progress.status == "behind"  # six months gone, 36% is under four fifths of the pace


# ---- a label of the unit before its name ---------------------------------------------------------

def test_a_label_before_the_unit_names_the_unit():
    text = ("县城区卫生巡查整改通知\n"
            "1、东门桥头绿化带内有白色垃圾。\n"
            "处理意见:由包片单位县林业局负责清除。\n"
            "2、南街沿线商户占道经营。\n"
            "处理意见:由南街沿线包保单位县水利局、县商务局负责劝导商户退店经营。\n")
    recs = _recs(text, "2023-04-02")
    named = {a for c in recs for a, r in roles(c) if r == "responsible"}
    assert {"县林业局", "县水利局", "县商务局"} <= named, named


# ---- a minute's item about a named work, asked to be finished -----------------------------------

def test_the_work_a_minutes_item_is_about_is_asked_to_be_finished():
    text = ("县长主持召开第5次县长办公会议。\n"
            "会上,县长就有关事项作了部署:在城东污水管网改造工程方面,拨付手续必须合规,要按时保质完成工程;"
            "在县图书馆新馆项目方面,务必确保该馆按期建成完工;在全县闲置资产处置方面,要加强统筹。\n")
    recs = _recs(text, "2024-05-06")
    assert [c.task for c in recs] == ["城东污水管网改造工程", "县图书馆新馆项目"], [c.task for c in recs]
    assert all(c.deadline is None or c.deadline.date is None for c in recs)  # 按时 / 按期: no date given


def test_a_long_first_line_is_no_flattened_table():
    # one cell a line, after a long line: the table starts at its short header cells
    text = ("东湖区2024年重点工作任务分解表,请各单位对照抓好落实,确保按期完成。\n"
            "序号\n工作任务\n牵头单位\n完成时限\n"
            "1\n新建城南社区卫生服务中心\n区卫健局\n2024年10月底\n")
    got = by_task(_recs(text, "2024-03-01"))
    assert "新建城南社区卫生服务中心" in got, list(got)
    assert roles(got["新建城南社区卫生服务中心"]) == {("区卫健局", "lead")}


# ---- orders one unit a part, the modal said once before them -------------------------------------

def test_each_unit_part_of_orders_after_a_lead_in_is_a_commitment():
    text = ("副县长王五到城西片区调研征迁工作。\n"
            "王五要求,城西指挥部要加强统筹,务必于6月底前完成西环路沿线征迁;"
            "县林业局结合片区绿化规划,及时做好苗木移植;县水利局根据汛期安排,统筹兼顾、合理调度,尽快启动西河清淤。\n")
    got = by_task(_recs(text, "2024-04-02"))
    assert roles(got["苗木移植"]) == {("县林业局", "responsible")}, list(got)
    clean = got["启动西河清淤"]
    assert roles(clean) == {("县水利局", "responsible")}
    assert clean.deadline.text == "尽快" and clean.deadline.date is None


def test_a_part_without_a_lead_in_or_without_units_is_not_an_order():
    # no 要求 before the parts: a report of what units did; a generic group is no unit
    text = ("东湖区防汛工作简报\n"
            "汛前,县水利局根据汛期安排,及时完成了河道清淤;各乡镇结合实际,尽快组织了巡堤。\n")
    assert not [c for c in _recs(text, "2024-06-02") if ("县水利局", "responsible") in roles(c)]
    text2 = ("会议要求,各乡镇结合实际,尽快组织巡堤查险。\n")
    assert not [c for c in _recs(text2, "2024-06-02") if c.task == "组织巡堤查险" and c.actors]
