"""Meeting minutes (会议纪要, 常务会议, 办公会, 专题会议, 推进会 records) and
speeches: sentences composed in the genres' phrasing (invented places, units
and people), each checking one rule."""
from __future__ import annotations

import kg  # noqa: F401
from kg.extract import extract_text
from kg.extract.actors import find_actors

from extract_helpers import ORG, PERSON, actors as _actors, deadline as _deadline


def _cs(text, date="2024-03-12"):
    [doc] = extract_text(text, source="m.txt", date=date)
    for c in doc.commitments:
        for e in c.evidence:
            assert text[e.start:e.end] == e.text
    return doc.commitments


def _roles(clause):
    return [(a.name, a.role) for a in find_actors(clause).actors]


# ---- words that only look like roles ---------------------------------------

def test_attendance_is_no_role():
    # 负责人 / 负责同志 name a post: who attended or reported, not who is responsible
    assert _roles("县住建局、县财政局等单位负责人列席会议") == []
    assert _roles("县民政局、县教育局等单位负责同志汇报了明年工作打算") == []
    assert _cs("3月5日,县长王明主持召开县长办公会。县发改局、县财政局等单位负责人参加会议。") == ()


# ---- role frames of minutes ------------------------------------------------

def test_by_procedure_and_time_before_modal():
    assert _roles("由东湖区住建局按程序组织实施") == [("东湖区住建局", "responsible")]
    # a date between the subject and its modal: 城南项目部12月15日前要完成清零
    assert _roles("城南片区项目部12月15日前要完成清零") == [("城南片区项目部", "responsible")]
    # 要进行全力配合: the role is 配合
    assert _roles("县教育局要进行全力配合") == [("县教育局", "assist")]


def test_leading_group_heads_lead():
    # 组长 and 副组长 both lead; members are no actors
    assert _roles("成立以县长王五为组长、副县长赵六为副组长的工作领导小组") == [("王五", "lead"), ("赵六", "lead")]
    assert _roles("常务副县长孙明任组长") == [("孙明", "lead")]
    assert _roles("县直相关部门为成员单位") == []
