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
