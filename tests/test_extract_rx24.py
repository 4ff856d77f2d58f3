"""A group made answerable for a work names the task, a size that only qualifies what follows is no
target and no task (session 33, rx24: fitted on real speeches, minutes, pledges, rectification and
supervision pages found by search, read outside the project; checked on ../shared/eval).

Every sentence here is composed for the test (桐溪县, 青禾镇, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of


def _recs(text: str, date: str = "2023-03-10"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- a group answerable for a work, then a unit's duty --------------------------------------------------

def test_a_group_answerable_for_a_work_names_the_task_of_the_unit_after_it():
    recs = _recs("各乡镇是农村危房改造的第一责任主体,县住建局要加强督导,确保9月底前全部完成改造任务。\n")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == \
        [("农村危房改造", ["县住建局"], "2023-09-30")]


def test_a_unit_named_as_the_one_answerable_names_no_work():
    # 县水利局是牵头单位: who, not what; the task is the duty after it
    recs = _recs("县水利局是牵头单位,要在6月底前完成城南河道清淤。\n")
    assert len(recs) == 1 and "河道清淤" in recs[0].task


# ---- a size qualifying what is handled ----------------------------------------------------------------

def test_a_size_in_a_list_of_qualifiers_is_no_target():
    recs = _recs("县自然资源局要做好面积在200平方米以下、无法纳入规划的零星地块的登记,5月底前完成。\n")
    assert len(recs) == 1 and recs[0].targets == ()


def test_a_size_before_a_comma_qualifies_the_thing_named_after_it():
    recs = _recs("县自然资源局要进一步做好面积在300平方米以下,不能复垦的搬迁户老宅基地的清查登记。\n")
    assert [(c.task, c.targets) for c in recs] == [("搬迁户老宅基地清查登记", ())]


def test_a_size_aimed_at_stays_a_target():
    recs = _recs("县住建局要确保保障房人均居住面积在20平方米以上,年底前完成分配。\n")
    assert [(t.value, t.unit, t.op) for c in recs for t in c.targets] == [(20, "平方米", ">=")]
