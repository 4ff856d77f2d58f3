"""Rules of session 35 (rx26), fitted on the genres' phrasing (speeches, minutes, pledges,
rectification and progress notices) and checked on ../shared/eval.

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


# ---- a project named, then only as 项目 -----------------------------------------------------------------

def test_a_step_of_the_project_named_before_takes_its_name():
    c = _one("滨河公园提升项目是今年的重点民生工程,各乡镇要立即启动项目施工图设计工作。\n")
    assert c.task == "滨河公园提升项目施工图设计"


def test_an_item_on_a_project_names_its_step_due_at_once_after_it():
    c = _one("三是抓好城东污水处理厂项目,会后立即做好项目方案设计工作。\n")
    assert c.task == "城东污水处理厂项目方案设计"


def test_a_dated_step_of_the_project_named_before_keeps_both():
    c = _one("城南安置房项目是今年的重点民生工程,由县住建局负责,9月底前完成项目主体封顶。\n")
    assert (c.task, c.deadline.date) == ("城南安置房项目主体封顶", "2024-09-30")
    assert [(a.name, a.role) for a in c.actors] == [("县住建局", "responsible")]


def test_a_step_of_its_own_name_leaves_the_project_as_the_task():
    # the step names a work of its own (not 项目…): the project stays the task
    c = _one("城南安置房项目是今年的重点民生工程,由县住建局负责,9月底前完成征地拆迁。\n")
    assert c.task == "城南安置房项目"


def test_a_set_of_projects_gives_no_name_to_a_bare_step():
    c = _one("四是抓好重点项目,会后立即做好项目申报工作。\n")
    assert c.task == "项目申报"


def test_a_step_under_a_heading_naming_the_project_takes_its_name():
    recs = _recs("桐溪县重点项目调度会纪要\n一、关于城东污水处理厂项目\n(一)由县住建局负责,6月底前完成项目立项。\n"
                 "(二)工程要在10月底前开工建设。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("城东污水处理厂项目立项", "2024-06-30"), ("城东污水处理厂项目开工建设", "2024-10-31")]
