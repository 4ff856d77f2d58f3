"""The shared vocabulary (kg/extract/vocab.py) and the task names a person
would write in a table: the work a speech's heading sentence names, the works
a sentence lists before ``其中`` splits them, the works a clause counts,
methods that name no task.  Sentences composed for these tests (invented
places, units and people)."""
from __future__ import annotations

import re

import pytest

from kg.extract import extract_text
from kg.extract import vocab
from kg.extract.naming import activity, counted_works, listed_work, section_work, section_works, tidy_task, weak_task

SPEECH = """在东湖区重点工作推进会上的讲话

  一要抓好城西片区综合整治工作。城西片区是全区人口最密集的区域,背街小巷多、违章搭建多。要总结去年老城区整治中的经验,统筹好各方力量,推动片区面貌大改观。由张三同志牵头,区城管局具体抓好落实。

  二要抓好安全生产、环境保护等工作。安全生产,全区上下要绷紧这根弦,区应急局将每月开展一次隐患排查。环境保护,要坚持问题导向,逐项销号。由李四同志牵头,区生态环境分局负责,拿出具体的考核办法。

  三是年内必须集中签约一批文旅项目和集中开工一批工业项目的。其中,项目签约由赵六同志牵头,项目开工由孙七同志牵头。要全力加快保障房建设,特别是对8个尚未开工的保障房项目,各有关街道要与区住建、规划等部门加强协作,争取三季度全部开工。区文旅局要与省文旅厅加强衔接,完善相关手续,抓紧做好游客中心移交工作。要集中力量办好今年确定的12件民生实事。要落实举措、迅速行动,集中开展道路秩序、违章搭建、占道经营等18项整治。
"""


@pytest.fixture(scope="module")
def tasks():
    (doc,) = extract_text(SPEECH, source="speech.txt")
    return {c.evidence[-1].text[:12]: c.task for c in doc.commitments}


def test_role_sentence_under_a_heading_takes_the_headings_work(tasks):
    # 一要抓好X工作。…要总结…经验…。由A牵头,B具体抓好落实。: the work is X, not the review before the roles
    assert tasks["由张三同志牵头,区城管局"] == "城西片区综合整治"


def test_short_task_takes_the_listed_work_named_before_it(tasks):
    # 二要抓好A、B等工作。…B,要…。由C牵头,D负责,拿出具体的考核办法。 → B考核办法
    assert tasks["由李四同志牵头,区生态环"] == "环境保护考核办法"


def test_parts_take_the_works_listed_in_the_sentence_before(tasks):
    # 集中签约一批A项目和集中开工一批B项目。其中,项目签约由…,项目开工由…
    assert sorted(t for t in tasks.values() if "一批" in t) == ["开工一批工业项目", "签约一批文旅项目"]


def test_counted_works_are_the_topic(tasks):
    assert "8个尚未开工的保障房项目" in tasks.values()


def test_keeping_in_touch_and_paperwork_are_methods(tasks):
    # 与省文旅厅加强衔接, 完善相关手续: how; 做好游客中心移交工作: what
    assert "游客中心移交" in tasks.values()


def test_tidy_names(tasks):
    assert "12件民生实事" in tasks.values()  # 集中力量办好…: urging
    assert "道路秩序等18项整治" in tasks.values()  # 落实举措、迅速行动: how; a long list: its first and its count


@pytest.mark.parametrize("heading, works", [
    ("一要抓好城东片区改造工作。", ("城东片区改造",)),
    ("三要抓好全区河道整治、控违拆违等工作。", ("河道整治、控违拆违", "河道整治", "控违拆违")),
    ("五要扎实推进“美丽乡村”建设。", ("美丽乡村建设",)),
    ("二要统一思想认识。", ()),
    ("一要加大工作力度。", ()),
    ("二是要明确任务抓落实。", ()),
    ("第三,要攻坚克难抓落实。", ()),
])
def test_section_works(heading, works):
    assert section_works(heading) == works


def test_section_work_is_the_part_named_last():
    works = ("河道整治、控违拆违", "河道整治", "控违拆违")
    assert section_work(works, "河道整治要一河一策。控违拆违要坚持零容忍。") == "控违拆违"
    assert section_work(works, "要加大工作力度。") == "河道整治、控违拆违"


def test_listed_work_and_counted_works():
    assert listed_work("项目开工", "年内要集中签约一批文旅项目和集中开工一批工业项目") == "集中开工一批工业项目"
    assert listed_work("项目开工", "要开工一批项目、开工一批工程") == ""  # two fit: none
    assert counted_works("尤其是对全区60个续建项目中进度滞后的9个项目") == "全区60个续建项目中进度滞后的9个项目"
    assert counted_works("对项目进行督查") == ""


@pytest.mark.parametrize("task, name", [
    ("市区考核棚改项目签约率达到40%", "市区考核棚改项目签约率"),
    ("全力办好年初定下的8件民生实事", "8件民生实事"),
    ("大力开展道路秩序、违章搭建、占道经营等18项整治", "道路秩序等18项整治"),
    ("16大类98项民生实事", "16大类98项民生实事"),  # a count after a count of classes stays
    ("2026年政府工作报告目标任务", "2026年政府工作报告目标任务"),  # a year alone names the set
    ("2026年18件重点民生实事", "2026年18件重点民生实事"),
    ("2026年底前完成北环路改造", "完成北环路改造"),  # a time in the year is a deadline, not 底前…
    ("城东水厂二期项目等项目", "城东水厂二期等项目"),  # the class said once
    ("水环境质量完成年度目标任务", "水环境质量年度目标"),
])
def test_tidy_task(task, name):
    assert tidy_task(task) == name


@pytest.mark.parametrize("task", ["与省文旅厅加强衔接", "完善相关手续", "落实举措、迅速行动", "分解细化任务", "把握工作重点"])
def test_methods_name_no_task(task):
    assert weak_task(task)


# ---- the vocabulary: each entry on its own example ---------------------------------

@pytest.mark.parametrize("rx, yes, no", [
    (vocab.ITEM_RX, ["(三)城南路改造", "2.新建公厕", "五、河道整治"], ["三是城南路改造", "2024年"]),
    (vocab.SECTION_RX, ["一、总体要求", "(二)重点任务", "第三部分"], ["(2)重点任务", "1.新建公厕"]),
    (vocab.DIRECTIVE_RX, ["区住建局要加快", "必须完成", "请县财政局于5月底前拨付"], ["主要内容", "会议纪要", "按要求", "申请资金"]),
    (vocab.STRONG_MODAL_RX, ["会议要求", "力争年底完工", "务必"], ["确保完工", "争取资金"]),
    (vocab.MODAL_RX, ["确保年底前完工", "应当", "限期整改", "务于6月底前"], ["确保了", "主要任务"]),
    (vocab.PLANNED_RX, ["预计11月底前交付", "计划年内开工", "将于年底建成"], ["占年计划的74%", "将相关材料"]),
    (vocab.WORK_END_RX, ["城南路改造", "科创园二期", "便民服务中心", "青山隧道"], ["加强协调", "保障资金"]),
    (re.compile("^(?:" + vocab.CONNECTIVE + ")"), ["其中,征地由甲局牵头", "特别是对老旧小区", "首先要"], ["其他项目", "特别重要"]),
    (vocab.GENERIC_GROUP_RX, ["各部门", "相关单位", "属地镇街", "园区", "责任单位"], ["区住建局", "东湖园区办"]),
    (vocab.GENERIC_CELL_RX, ["各镇街", "相关部门", "全县各乡镇"], ["县水务局"]),
    (vocab.BEHIND_RX, ["进度滞后", "未达序时", "超期5天"], ["已竣工"]),
    (vocab.NOT_STARTED_RX, ["尚未开工", "未启动"], ["已开工"]),
    (vocab.DONE_RX, ["已竣工", "已于9月底投入使用", "全部办结"], ["正在施工"]),
    (vocab.ON_TRACK_RX, ["达序时", "有序推进", "正在施工"], ["尚未开工"]),
    (vocab.ROLE_VERB_RX, ["区水务局牵头", "张三负责", "区财政局配合"], ["负责人介绍", "负责同志"]),
])
def test_vocabulary_entries(rx, yes, no):
    assert all(rx.search(s) for s in yes), [s for s in yes if not rx.search(s)]
    assert not any(rx.search(s) for s in no), [s for s in no if rx.search(s)]


def test_role_of_each_role_verb():
    assert (vocab.VERB_ROLE["牵头"], vocab.VERB_ROLE["负责"], vocab.VERB_ROLE["配合"]) == ("lead", "responsible", "assist")


def test_a_line_with_a_label_that_makes_no_item_does_not_hide_the_next():
    # 进展情况: on a line of its own text is no labelled item; the paragraph after it is still read
    text = "西湖区工作安排\n\n下面通报各项目进展情况:总体正常。\n区交通局要在10月底前完成北环路改造。\n区水务局要在11月底前完成河道清淤。\n"
    (doc,) = extract_text(text, source="t.txt")
    assert [c.task for c in doc.commitments] == ["北环路改造", "河道清淤"]


def test_an_activity_after_dui_is_the_topic():
    assert activity("此外,对国庆前城北片区集中签约活动") == "国庆前城北片区集中签约"
    text = "北湖区工作安排\n\n对国庆前城北片区集中签约活动,区招商局要牵头负责,督促指导甲镇、乙镇做好准备。\n"
    (doc,) = extract_text(text, source="t.txt")
    assert [c.task for c in doc.commitments] == ["国庆前城北片区集中签约"]


def test_role_prefix_is_not_cut_inside_yaoqiu():
    # 要 of 要求 is no modal: the task phrase is not cut after it (…按照整改要求,尽快销号 → not 求,尽快销号)
    from kg.extract.naming import task_text
    assert not task_text("“12项整改任务已完成10项,请水务局按照整改要求,尽快销号。”").startswith("求")


def test_funding_means_are_methods_and_a_unit_that_does_well_is_cut_off():
    from kg.extract.naming import task_text
    assert weak_task("积极争取项目") and weak_task("整合资金")
    text = "南湖区工作安排\n\n区卫健局要积极争取项目,统筹整合资金,改善敬老院基础条件,年内达标两个。区自然资源局优化好项目用地审批。\n"
    (doc,) = extract_text(text, source="t.txt")
    assert [c.task for c in doc.commitments][:1] == ["改善敬老院基础条件"]
    assert task_text("区自然资源局优化好项目用地审批") == "项目用地审批"


def test_a_quota_only_task_takes_the_work_pushed_on():
    text = "西山区2024年工作安排\n\n要尽快落实规划选址,加快城南公租房建设进度,确保年底完成省定指标任务。\n"
    (doc,) = extract_text(text, source="t.txt")
    assert [c.task for c in doc.commitments] == ["城南公租房建设"]


def test_a_short_task_of_the_headings_activity_is_the_headings_work():
    # 二是按期完成X征迁工作。…确保6月底完成全部征迁任务: the task is X征迁, not 完成全部征迁
    assert section_works("二是按期完成城南片区征迁工作。") == ("城南片区征迁",)
    text = "东湖区2024年工作安排\n\n二是按期完成城南片区征迁工作。要成立专班,细化工作措施,确保6月底完成全部征迁任务。\n"
    (doc,) = extract_text(text, source="t.txt")
    assert [c.task for c in doc.commitments] == ["城南片区征迁"]


@pytest.mark.parametrize("text, name", [
    ("2026年《政府工作报告》明确76项目标任务", "2026年政府工作报告目标任务"),  # a year's set keeps its year
    ("2026年区政府民生实事项目共有14项任务", "2026年区政府民生实事项目"),
    ("2026年第三次区长办公会议确定事项21件", "第三次区长办公会议确定事项落实"),  # a meeting's decisions: the meeting
    ("2026年,全区安排重点项目120个", "重点项目"),  # a year standing apart is the time, not the set's name
])
def test_aggregate_name_keeps_the_year_of_a_set(text, name):
    from kg.extract.readers import supervision as S
    m = next(m for rx in (S._NOUN_COUNT, S._COUNT_NOUN) for m in [rx.search(text)] if m)
    assert S._agg_task(text, m) == name
