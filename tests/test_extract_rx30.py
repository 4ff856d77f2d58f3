"""Rules of session 39 (rx30), fitted on the misses of blind-annotated sets of minutes, pledges,
rectification and supervision documents (composed and annotated outside the project, without reading its
code) and checked on ../shared/eval.

Every sentence here is composed for the test (松岭县, 白沙镇, 东岗村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs


# ---- labelled blocks -------------------------------------------------------------------------------------

def test_a_leaders_label_inside_a_labelled_block_is_a_field_of_that_block():
    text = ("松岭县信访积案包案化解进展通报\n一、东岗小区业主办证问题\n包案领导:韩立(副县长)\n"
            "责任单位:县住建局\n化解时限:2014年12月底\n进展情况:已为80户办结,按计划推进。\n"
            "二、白沙镇征地补偿纠纷\n包案领导:邹平(县委常委)\n责任单位:白沙镇人民政府\n化解时限:2014年10月底\n"
            "进展情况:尚未启动。\n")
    recs = _recs(text, date="2014-11-05")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("韩立", "lead"), ("县住建局", "responsible")], [("邹平", "lead"), ("白沙镇人民政府", "responsible")]]
    assert [c.deadline.date for c in recs] == ["2014-12-31", "2014-10-31"]


def test_a_leaders_post_in_brackets_with_a_comma_is_no_second_leader():
    text = ("松岭县重点工作进展通报\n一、东岗小区业主办证问题\n责任领导:韩立(县委常委、副县长)\n责任单位:县住建局\n"
            "完成时限:2014年12月底\n进展情况:双方签订调解协议,补偿款已发放到户,信访人已息诉罢访。\n")
    c = _one(text, date="2014-11-05")
    assert [(a.name, a.role) for a in c.actors] == [("韩立", "lead"), ("县住建局", "responsible")]
    assert c.progress.status == "done"


def test_an_interview_of_the_units_that_miss_their_term_is_a_sanction_not_a_work():
    assert _recs("对未按期化解的案件,由县委督查室对责任单位主要负责人进行约谈。\n", date="2014-11-05") == []
