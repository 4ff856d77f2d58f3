"""Rules of session 34 (rx25), fitted on real pledge, rectification and progress pages found by
search and read outside the project, and checked on ../shared/eval.

Every sentence here is composed for the test (桐溪县, 青禾镇, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of


def _recs(text: str, date: str = "2024-05-10"):
    return list(commitments_of(text, date=date, source="a.txt"))


def _one(text: str, date: str = "2024-05-10"):
    recs = _recs(text, date)
    assert len(recs) == 1, [c.task for c in recs]
    return recs[0]


# ---- a part of a set counted, then a plan for part of it ----------------------------------------------

def test_the_set_a_plan_is_drawn_from_is_no_task_and_no_target():
    c = _one("桐溪县今年安排重点项目60个。在还没有动工的30个项目中,有12个正在办理用地手续,力争8个项目年内开工。\n")
    assert (c.task, c.deadline.date) == ("8个项目开工", "2024-12-31")
    assert [(t.value, t.unit) for t in c.targets] == [(8, "个")]


def test_a_plan_for_part_of_a_set_in_a_progress_notice_keeps_its_term():
    recs = _recs("一、重点项目推进情况\n1-4月,全县36个重点项目已开工20个,开工率55.6%。"
                 "在此前还没有动工的16个项目中,已有5个项目于本月开工,6个项目争取年内开工。\n")
    last = recs[-1]
    assert (last.task, last.deadline.date, [(t.value, t.unit) for t in last.targets]) == \
        ("6个项目开工", "2024-12-31", [(6, "个")])
    assert recs[0].progress.percent == 55.6


def test_a_count_qualified_as_not_yet_started_stays_the_target():
    # 8个尚未开工的X: which eight, the count itself is what is to be done
    c = _one("对6个尚未开工的安置房项目,各街道要加强协作,争取三季度全部开工。\n")
    assert [(t.value, t.unit) for t in c.targets] == [(6, "个")]
