"""Supervision notices and inspection reports read from fresh real pages (session 10, rx14).

Every sentence here is composed for the test (东湖区, 西山镇, 城南路 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2024-08-20"):
    return list(commitments_of(text, date=date, source="a.txt"))


def _by(recs, word):
    return [c for c in recs if word in _ev(c)]


# ---- a share of the year's plan against the share of the year gone ---------------------------

PACE = ("东湖区1-7月重点项目推进情况\n"
        "今年1至7月,全区28个重点项目完成投资9.6亿元,占年度计划的31.5%。"
        "其中12个城建项目完成投资5.1亿元,占年度计划的62.0%。\n")


def test_a_share_well_under_the_year_gone_is_behind():
    recs = _recs(PACE)
    low = _by(recs, "28个重点项目")
    assert low and low[0].progress.status == "behind", [(_ev(c), c.progress) for c in recs]
    assert low[0].progress.percent == 31.5


def test_a_share_near_the_year_gone_stays_on_track():
    recs = _recs(PACE)
    high = _by(recs, "12个城建项目")
    assert high and high[0].progress.status == "on_track", [(_ev(c), c.progress) for c in recs]


# ---- cases an inspection hands over --------------------------------------------------------------

HANDED = ("东湖区生态环境保护督察信访件办理情况\n"
          "截至5月28日,省督察组累计向我区转办信访件46件,均已分派到责任单位,目前正在办理。"
          "按照督察组要求,信访件办理结果将及时向社会公开。\n")


def test_a_count_of_cases_handed_over_is_a_commitment():
    recs = _recs(HANDED)
    got = _by(recs, "转办信访件46件")
    assert len(got) == 1, [_ev(c) for c in recs]
    assert [(t.value, t.unit) for t in got[0].targets] == [(46.0, "件")]
    assert got[0].progress and got[0].progress.status == "on_track"


def test_a_set_named_twice_is_one_commitment():
    text = ("西山县中央环保督察交办件整改情况\n"
            "督察组先后向我县交办12批次90件环境信访投诉问题,我县诚恳认领、主动整改。\n"
            "对督察组交办的90件信访投诉问题,我县第一时间核查、第一时间反馈,已办结72件。\n")
    recs = _recs(text)
    assert len([c for c in recs if any(t.value == 90 for t in c.targets)]) == 1, [(_ev(c), c.targets) for c in recs]



def test_a_count_a_title_names_is_taken_from_the_body():
    text = ("省级督察组结束进驻 交办520件信访件\n"
            "本月5日获悉,省督察组已结束进驻,向东湖区、西山县共交办520件信访件,目前正在办理中。\n")
    recs = _recs(text)
    got = [c for c in recs if any(t.value == 520 for t in c.targets)]
    assert len(got) == 1 and "目前正在办理中" in _ev(got[0]), [(_ev(c), c.targets) for c in recs]
