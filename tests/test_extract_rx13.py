"""Minutes, leaders' speeches and task-breakdown notices read from fresh real pages (session 9, rx13).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, roles as _roles


def _recs(text: str, date: str = "2024-03-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- who attended is no commitment --------------------------------------------------------

def test_attendance_line_is_no_commitment():
    text = ("3月5日,区长张三主持召开区政府第8次常务会议。区委常委、负责城建交通工作的副区长李四,"
            "副区长王五、赵六出席会议。会上原则同意了《东湖区城南片区更新方案》,"
            "会议要求,区住建局要在6月底前完成城南路改造。")
    recs = _recs(text)
    assert [c.actors[0].name for c in recs] == ["区住建局"], [(c.task, _roles(c)) for c in recs]


# ---- a verb before 部门 is no unit ----------------------------------------------------------

def test_strengthen_departments_is_no_unit():
    text = "会议要求,要压实各方责任,加强部门协作配合,盯紧关键节点,确保城东片区更新顺利推进。"
    assert not any(a.name.startswith("加强") for c in _recs(text) for a in c.actors)
    assert not _recs(text)


# ---- a body with all its departments is everyone --------------------------------------------

def test_body_and_all_its_departments_is_generic():
    text = "会议强调,县政府及其组成部门都要把全会部署逐条抓实,推动全县各项工作。"
    assert not _recs(text)


# ---- assisting units -------------------------------------------------------------------------

def test_lead_then_units_that_closely_assist():
    text = "会议明确,区自然资源局牵头,区交通局、区城管局等单位紧密配合,全力推进城南片区土地收储工作。"
    (c,) = _recs(text)
    assert _roles(c) == {("区自然资源局", "lead"), ("区交通局", "assist"), ("区城管局", "assist")}


def test_units_told_to_step_in_and_assist():
    text = "档案数字化由县委办公室牵头,县财政局、县数据局要提前介入、积极配合,确保年内上线。"
    (c,) = _recs(text)
    assert _roles(c) == {("县委办公室", "lead"), ("县财政局", "assist"), ("县数据局", "assist")}


def test_whole_leadership_of_a_bureau_is_the_bureau():
    text = "三是区水务局全体班子成员要分片包干,深入各街道督导城南河整治。"
    (c,) = _recs(text)
    assert _roles(c) == {("区水务局", "responsible")}


# ---- a unit's duties in a row after semicolons ----------------------------------------------

def test_bare_modal_after_semicolon_keeps_the_unit():
    text = ("区住建局要对城南路沿线管线逐项排查,查清产权单位;要协调供电公司拿出管线迁改办法;"
            "要对沿线商户建立联系台账。")
    recs = _recs(text)
    assert len(recs) == 3, [c.task for c in recs]
    assert all(_roles(c) == {("区住建局", "responsible")} for c in recs)


def test_bare_modal_after_full_stop_is_not_carried():
    text = "区住建局要对城南路沿线管线逐项排查,查清产权单位。要协调供电公司拿出管线迁改办法。"
    assert len(_recs(text)) == 1


# ---- task names -------------------------------------------------------------------------------

def test_hurry_is_no_task_name():
    text = "区规划局牵头,区住建局全力配合,抢抓工期,加快推进今年的城南片区控规修编。"
    (c,) = _recs(text)
    assert "控规修编" in c.task, c.task


# ---- a page cut inside a unit's name ----------------------------------------------------------

def test_unit_name_cut_by_the_page_is_no_actor():
    text = "关于印发东湖区重点任务分工的通知\n\n1.建成城南智慧停车平台,实现全区停车数据联网。(牵头单位:区交"
    recs = _recs(text)
    assert not any(a.name == "区交" for c in recs for a in c.actors), [(c.task, _roles(c)) for c in recs]
