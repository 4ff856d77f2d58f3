"""Rules of session 61 (rx52).  Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …); none is
copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs


def _one(recs, part):
    found = [r for r in recs if part in r.evidence[0].text]
    assert found, [r.evidence[0].text for r in recs]
    return found[0]


def _roles(rec):
    return {(a.name, a.role) for a in rec.actors}


def _targets(rec):
    return {(t.metric, t.value, t.unit) for t in rec.targets}


# ---- a table of rows ending in | is no page wrapped at its width; a second work under one number ----------------

_DONE_TABLE = ("2023年青石县惠民实事完成情况\n"
               "序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
               "1 | 新建20个村级卫生室 | 24 | 120% |\n"
               "新增500张托育床位 | 510 | 102% | |\n"
               "2 | 改造15公里农村公路 | 15 | 100% |\n"
               "3 | 建设8个口袋公园 | 6 | 75% |\n")


def test_a_table_of_piped_rows_is_read_row_by_row():
    recs = _recs(_DONE_TABLE, "2023-11-20")
    assert len(recs) == 4
    park = _one(recs, "口袋公园")
    assert park.progress.status == "on_track" and park.progress.percent == 75
    assert _one(recs, "卫生室").progress.status == "done"


def test_a_second_work_under_one_number_keeps_its_cells_in_place():
    beds = _one(_recs(_DONE_TABLE, "2023-11-20"), "托育床位")
    assert beds.task.endswith("托育床位") and beds.progress.percent == 102
    assert _targets(beds) == {("托育床位", 500, "张")}


def test_beds_and_kilometres_counted_between_the_verb_and_the_work():
    road = _one(_recs(_DONE_TABLE, "2023-11-20"), "农村公路")
    assert _targets(road) == {("农村公路", 15, "公里")}
