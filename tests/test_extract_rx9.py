"""Precision on fresh pages of the genres (session 7, rx9): what is no commitment, and
task lists whose items close with their units in brackets.

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev

from kg.extract.actors import parse_item
from kg.extract.targets import find_targets


def _recs(text: str, date: str = "2023-03-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- task lists: 1.X。…。(A牵头,B配合) ------------------------------------------------------

PLAN = ("东湖区2023年优化营商环境工作要点\n"
        "一、推进审批提速\n"
        "1.推行审批事项清单管理。2023年9月底前编制并公布东湖区审批事项清单,清单之外一律不得实施审批。"
        "动态调整清单内容。(区数据局、区营商环境建设领导小组办公室牵头,区级各有关部门按职责分工负责)\n"
        "2.深化城南片区综合改革。梳理片区改革事项目录,按程序公布。(区发改局牵头,区司法局配合)\n")


def test_item_closing_with_its_units_in_brackets():
    recs = _recs(PLAN)
    assert len(recs) == 2, [(c.task, _ev(c)) for c in recs]
    first, second = recs
    assert first.task == "推行审批事项清单管理"
    assert [(a.name, a.role) for a in first.actors] == [("区数据局", "lead"), ("区营商环境建设领导小组办公室", "lead")]
    assert first.deadline.date == "2023-09-30"
    assert "9月底前编制并公布" in _ev(first) and "动态调整" not in _ev(first)
    assert [(a.name, a.role) for a in second.actors] == [("区发改局", "lead"), ("区司法局", "assist")]


def test_last_item_cut_in_its_bracket_by_the_page():
    recs = _recs(PLAN.rsplit("(区发改局", 1)[0] + "(区发改局、区\n")
    assert [c.task for c in recs] == ["推行审批事项清单管理", "深化城南片区综合改革"]
    assert recs[1].actors == ()


def test_leading_group_office_is_a_unit():
    assert parse_item("县创文工作领导小组办公室") == ("县创文工作领导小组办公室", "organization", None)
    assert parse_item("区防汛抗旱领导小组") == ("区防汛抗旱领导小组", "organization", None)
    assert parse_item("各部门领导小组") is None


# ---- no commitment: the meeting's programme, attendance, problems, the feedback box -------

def test_a_speech_announced_is_no_commitment():
    recs = _recs("同志们:\n今天召开全区城建工作会议。稍后,李书记还要作重要讲话,请大家认真领会、抓好落实。\n")
    assert recs == [], [(c.task, _ev(c)) for c in recs]


def test_those_attending_are_no_target():
    assert find_targets("张三主持召开了由18个社区主任参加的工作推进会") == []
    recs = _recs("5月9日下午,东湖园区张三副主任主持召开了由18个社区主任参加的创卫工作会议,并提了三点要求:"
                 "一是加大宣传力度。二是做好环境整治。\n")
    assert recs == [], [(c.task, _ev(c)) for c in recs]


def test_problems_counted_are_no_target():
    assert find_targets("区长李四结合当前占道经营突出等9个突出问题提出了明确要求") == []
    assert find_targets("王五梳理了城区管理中存在的20个不协调问题") == []
    assert [(t.value, t.unit) for t in find_targets("要新建停车场5个")] == [(5, "个")]


def test_feedback_box_of_the_page_is_no_commitment():
    text = ("关于城南路改造进展情况的通报\n区重点办要在6月底前完成城南路改造工程验收。\n"
            "欢迎您对本通报提出意见建议。我们将及时汇总研究,推动相关工作不断改进。\n")
    recs = _recs(text)
    assert len(recs) == 1 and "城南路" in recs[0].task, [(c.task, _ev(c)) for c in recs]


# ---- rectification: the report's next section ends an item -------------------------------

def test_next_section_heading_ends_a_rectification_item():
    text = ("东湖镇关于环保督察问题整改情况的报告\n"
            "二、整改情况\n问题描述:垃圾中转站未投入使用。\n整改情况:尚未整改到位。\n"
            "整改措施:1、对站内设备进行检修;2、对进站道路进行硬化。\n"
            "三、下步打算\n(一)加大环保宣传力度,动员群众参与环境保护。\n(二)认真落实上级各项决策部署,加大执法力度。\n")
    recs = _recs(text, "2023-06-30")
    assert not [c for c in recs if "宣传" in _ev(c) or "执法" in _ev(c)], [(c.task, _ev(c)) for c in recs]
    assert recs[0].progress.status == "behind"
    assert [c.task for c in recs[1:]] == ["站内设备检修", "进站道路硬化"]  # (measures numbered inline, rx51)


# ---- a sanction on a condition is no work ---------------------------------------------------

def test_sanction_on_a_condition_is_no_commitment():
    text = ("东湖镇督查工作制度\n三是强化结果运用。对推进不力、整改不到位的;因履职不到位贻误工作的,"
            "由镇纪委联合党政办依规依纪严肃处理,督查结果与年度考核挂钩。\n")
    assert _recs(text) == [], [(c.task, _ev(c)) for c in _recs(text)]
    kept = _recs("会议要求,由镇城建办牵头,镇财政所配合,6月底前完成西街改造。\n")
    assert len(kept) == 1 and kept[0].actors


# ---- a news page's headline is no work's status --------------------------------------------

def test_headline_over_its_date_is_no_status_line():
    text = ("东湖镇严明纪律保障人居环境整治稳步推进\n2023-05-06 10:20:31\n"
            "今年以来,东湖镇对发现的问题建立台账,逐项明确整改时限,整改一项销号一项,"
            "对整改不力的进行预警,推动整改工作有序进行。\n")
    recs = _recs(text, "2023-05-06")
    assert not any("稳步推进" in _ev(c) for c in recs), [(c.task, _ev(c)) for c in recs]
