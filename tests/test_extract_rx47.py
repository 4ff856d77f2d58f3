"""Rules of session 56 (rx47): what no rule read (kg.extract.unclaimed).  A sentence no record holds that tells a
concrete work as it stands, or names a work with its count, is a record of its own; a status told later of a work a
record names is that record's.  Measured on blind-annotated sets held out (never read): 453 gold commitments of
phold, qhold, yall and 240 of zall, recall 0.32 → 0.36 and 0.31 → 0.39 at the same precision, ../shared/eval
unchanged.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs

from kg.extract import unclaimed


# ---- the two kinds of sentence, and what is neither ------------------------------------------------------------

def test_a_work_with_its_count_and_a_work_as_it_stands_are_the_two_kinds():
    assert unclaimed.kind("柳岸镇新修通组公路12公里,硬化村道8公里。") == "counted"
    assert unclaimed.kind("南湾区污水管网改造工程已全部完工。") == "stands"
    assert unclaimed.kind("青石县二中新校区正在施工。") == "stands"


def test_the_economys_figures_a_frame_a_set_and_a_title_are_neither():
    assert unclaimed.kind("全县生产总值完成96亿元,同比增长6.8%。") is None
    assert unclaimed.kind("会议听取了县住建局关于棚户区改造工作进展的汇报。") is None
    assert unclaimed.kind("全县确定重点项目40个,年度计划投资80亿元。") is None
    assert unclaimed.kind("所列9件事项中,5件正在办理,4件已办结。") is None
    assert unclaimed.kind("关于南湾区黑臭水体整治完成情况的公示") is None
    assert unclaimed.kind("要以青石大桥建成通车为契机,带动沿江片区开发。") is None  # (a status word inside a directive)


def test_what_was_named_before_a_follow_up_visit_and_groups_at_large_are_neither():
    assert unclaimed.kind("该项目已完成主体工程的八成。") is None
    assert unclaimed.kind("记者近日回访发现,柳岸路路面修补已完成。") is None
    assert unclaimed.kind("各乡镇已完成危房排查建档工作。") is None
    assert unclaimed.kind("其中柳岸镇新修公路5公里,东岭乡新修公路3公里。") is None  # (the parts of a figure told before)


def test_a_projects_size_alone_and_a_threshold_are_no_count():
    assert unclaimed.kind("青石县养老服务中心建设项目总投资2600万元。") is None
    assert unclaimed.kind("要做好面积在300平方米以下的农房摸底登记。") is None
    assert unclaimed.kind("新建幼儿园2所,总投资2600万元。") == "counted"


def test_the_work_of_each_kind_names_its_task():
    assert unclaimed.work("截至10月底,全县新建村级卫生室14所。") == "新建村级卫生室"
    assert unclaimed.work("南湾区污水管网改造工程已全部完工。") == "南湾区污水管网改造工程"


# ---- read in a document ------------------------------------------------------------------------------------------

def test_a_news_report_of_works_no_rule_read_gives_one_record_each():
    recs = _recs("南湾区城建工作稳步推进\n"
                 "今年以来,南湾区新建口袋公园6个,改造背街小巷14条。\n"
                 "滨河路排水管网改造工程正在施工,预计9月底前完工。\n", date="2024-07-15")
    assert len(recs) == 2, [r.task for r in recs]
    park, pipes = recs
    assert {(t.value, t.unit) for t in park.targets} == {(6.0, "个"), (14.0, "条")}
    assert pipes.progress.status == "on_track" and "排水管网" in pipes.task


def test_a_count_told_done_is_done_and_its_date_gone_by_is_no_term():
    [c] = _recs("截至10月底,全县新建村级卫生室14所。\n", date="2024-11-20")
    assert c.task == "新建村级卫生室" and c.progress.status == "done" and c.deadline is None


def test_a_status_told_later_of_a_pledged_work_is_that_works_not_a_new_one():
    recs = _recs("东岭村党支部书记承诺公示\n承诺:年内完成村内道路硬化2.4公里;新建文化广场1处。\n"
                 "兑现:截至目前,村内道路硬化已完成1.1公里。\n", date="2024-06-20")
    assert [r.task for r in recs] == ["村内道路硬化", "新建文化广场"]
    assert recs[0].progress.status == "on_track" and recs[1].progress is None


def test_in_a_speech_what_was_done_is_background_and_what_is_asked_counts():
    recs = _recs("在全县城建工作会议上的讲话\n"
                 "上半年,我们建成城区停车场3处,完成老旧小区改造9个。\n"
                 "下半年,县住建局要新建城区停车场5处,年底前全部投入使用。\n", date="2024-07-10")
    assert [(r.task, r.deadline.date if r.deadline else None) for r in recs] == [("新建城区停车场", "2024-12-31")]


def test_a_paragraph_with_a_record_keeps_its_statuses_to_it():
    recs = _recs("青石县二中扩建工程由县教育局负责,8月底前完成教学楼主体施工。目前,已完成基础工程,正在浇筑二层楼板。\n",
                 date="2024-05-10")
    assert len(recs) == 1 and recs[0].deadline.date == "2024-08-31"


def test_a_year_gone_by_outside_a_report_is_background():
    assert _recs("去年,柳岸镇已建成污水处理站2座。\n", date="2024-03-10") == []


def test_a_status_dated_after_the_page_is_in_doubt():
    assert _recs("截至9月底,柳岸镇已建成污水处理站2座。\n", date="2024-06-25") == []


def test_a_tables_cells_are_left_to_its_readers():
    recs = _recs("序号 | 项目名称 | 责任单位 | 进展情况\n1 | 柳岸路改造工程 | 县交通局 | 路基已完成80%\n", date="2024-06-25")
    assert len(recs) == 1 and recs[0].progress.percent == 80


def test_in_a_paragraph_with_a_record_another_named_work_as_it_stands_is_its_own_but_a_part_is_not():
    recs = _recs("南湾区滨河路改造工程由区住建局负责,9月底前完成路面铺装。东岭大桥加固工程已全面完工。\n", date="2024-06-10")
    assert [r.task for r in recs] == ["南湾区滨河路改造工程", "东岭大桥加固工程"], [r.task for r in recs]
    assert recs[0].progress is None and recs[1].progress.status == "done"  # (the bridge's status is no status of the road)
    part = _recs("南湾区滨河路改造工程由区住建局负责,9月底前完成路面铺装。目前主体工程已全部完成。\n", date="2024-06-10")
    assert len(part) == 1


def test_not_yet_a_status_label_and_a_purpose_are_no_status_of_their_own():
    assert unclaimed.kind("东湖镇垃圾中转站尚未整改到位。") is None
    assert unclaimed.kind("整改情况:已完成设备检修和道路硬化。") is None  # (the item's label: its readers own it)
    assert unclaimed.kind("为让柳岸中学新校区尽快建成,县教育局作出如下承诺。") is None


def test_a_question_and_a_notice_on_the_item_named_before_are_no_work():
    assert unclaimed.kind("“镇里的问题已整改完成多少个?”") is None
    assert unclaimed.kind("现将该项问题的整改结果予以公布,整改已完成。") is None


def test_the_places_a_status_opens_with_are_its_doers():
    [c] = _recs("南湾区城建工作推进情况\n截至6月底,东岭镇、西岭乡已完成农村改厕1200户。\n", date="2024-07-05")
    assert [(a.name, a.role) for a in c.actors] == [("东岭镇", "responsible"), ("西岭乡", "responsible")]
    assert c.progress.status in ("done", "on_track")
    assert unclaimed.doers("三个村级文化广场已全部建成。") == [] and unclaimed.doers("农村中小学实施改水改厕200所。") == []
