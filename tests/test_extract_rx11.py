"""Minutes, leaders' speeches and task-breakdown plans read from fresh real pages (session 8, rx11).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2024-03-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


def _roles(c):
    return {(a.name, a.role) for a in c.actors}


# ---- task-breakdown plans -----------------------------------------------------------------

LEADER_LINES = ("东湖区2024年重点工作责任分解\n\n"
                "1.城南路拓宽工程年内建成通车。\n\n"
                "牵头负责领导:张三。\n\n"
                "牵头责任单位:区住建局。\n\n"
                "协同责任单位:区财政局、区城管局。\n\n"
                "2.新建城北公园一座。\n\n"
                "牵头负责领导:李四。\n\n"
                "牵头责任单位:区园林局。\n")


def test_breakdown_leader_and_joint_unit_labels():
    recs = _recs(LEADER_LINES)
    assert len(recs) == 2, [c.task for c in recs]
    road = next(c for c in recs if "城南路" in c.task)
    assert _roles(road) == {("区城管局", "assist"), ("区住建局", "lead"), ("区财政局", "assist"), ("张三", "lead")}
    park = next(c for c in recs if "城北公园" in c.task)
    assert _roles(park) == {("区园林局", "lead"), ("李四", "lead")}


FLAT = ("各街道,区直各部门: 现将责任分解印发给你们,请认真贯彻执行。 东湖区人民政府办公室 2024年3月1日 "
        "一、张三区长牵头重点工作 1.新建城南路停车场2处。 责任单位:区住建局(首位单位为牵头单位,下同)、区财政局 "
        "2.完成老旧小区改造30个。 责任单位:区住建局 "
        "二、李四副区长牵头重点工作 1.新增城市绿地10公顷。 责任单位:区园林局、区城管局\n")


def test_breakdown_flattened_sections_give_their_leader_and_first_unit_leads():
    recs = _recs(FLAT)
    park = next(c for c in recs if "停车场" in c.task)
    assert _roles(park) == {("区住建局", "lead"), ("区财政局", "responsible"), ("张三", "lead")}, _roles(park)
    assert not _ev(park).startswith("各街道")
    old = next(c for c in recs if "老旧小区" in c.task)
    assert ("张三", "lead") in _roles(old)
    green = next(c for c in recs if "绿地" in c.task)
    assert ("李四", "lead") in _roles(green) and ("张三", "lead") not in _roles(green)
