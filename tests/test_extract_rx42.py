"""Rules of session 51 (rx42), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: speeches, minutes, pledges, rectification lists, supervision reports) and checked
on ../shared/eval.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import task_with as _by_task, who as _who, recs_of as _recs


# ---- rectification: two sets counted in one sentence ----------------------------------------------------------------

def test_problems_and_cases_counted_in_one_sentence_are_two_sets():
    recs = _recs("青石县环保督察反馈问题整改情况通报\n截至目前,2020年省督察反馈的14项问题,完成整改并通过验收11项、需长期持续整改3项,"
                 "交办的26件投诉举报件全部办结并通过验收;2021年回头看反馈6项问题,完成整改5项、正在整改1项,"
                 "交办的12件投诉举报件,办结并通过验收10件、2件需长期持续整改。\n", date="2021-11-20")
    got = [(c.targets[0].value, c.progress.status) for c in recs]
    assert got == [(14, "on_track"), (26, "done"), (6, "on_track"), (12, "on_track")]
    assert [c.task for c in recs][1] == "投诉举报件办理"


# ---- minutes: a unit given a work by 由 with a partner, a payment by a plan ----------------------------------------

def test_a_unit_signing_with_a_partner_and_a_unit_in_charge_are_two_duties():
    recs = _recs("会议决定,由县城管局与施工单位签订委托合同,县供电公司负责施工现场管理具体事宜,费用按造价结算。\n", date="2020-05-01")
    assert [(c.task, _who(c)) for c in recs] == [("签订委托合同", [("县城管局", "responsible")]),
                                                  ("施工现场管理具体事宜", [("县供电公司", "responsible")])]


def test_a_group_paying_by_a_plan_is_responsible():
    recs = _recs("东环路便道涉及的围墙拆迁,由东环路项目拆迁组按拆迁方案给予货币补偿。\n", date="2020-05-01")
    assert _who(recs[0]) == [("东环路项目拆迁组", "responsible")]


# ---- news of a work: a count done told place by place -----------------------------------------------------------

def test_a_count_done_told_place_by_place_is_one_commitment_per_place():
    recs = _recs("截至5月10日,已完成签约86户,其中东城区40户完成31户,西湖镇28户完成28户,柳岸30户完成27户。\n", date="2021-05-11")
    assert recs[0].evidence[0].text == "截至5月10日,已完成签约86户"
    parts = [(c.task, _who(c), c.targets[0].value, c.progress.status, c.progress.percent) for c in recs[1:]]
    assert parts == [("东城区签约", [("东城区", "responsible")], 40, "on_track", 77.5),
                     ("西湖镇签约", [("西湖镇", "responsible")], 28, "done", 100.0),
                     ("柳岸签约", [("柳岸", "responsible")], 30, "on_track", 90.0)]


def test_a_breakdown_naming_no_place_stays_one():
    recs = _recs("截至5月10日,已完成签约86户,其中老户40户完成31户,新户28户完成28户。\n", date="2021-05-11")
    assert len(recs) == 1
