"""Names read from a commitment: task names a person would put in a table,
the document's place, actors as written.  Sentences composed for these tests
(invented places, units and people)."""
from __future__ import annotations

import pytest

from kg.extract.actors import find_actors, parse_item


def _names(clause):
    return [(a.name, a.role) for a in find_actors(clause).actors]


@pytest.mark.parametrize("clause, expected", [
    # a list introduced as examples: no leading 如 / 例如 / 包括
    ("如县水务局负责的第3件", [("县水务局", "responsible")]),
    ("例如区城管局要在年底前完成", [("区城管局", "responsible")]),
    ("包括镇财政所、镇农技站负责", [("镇财政所", "responsible"), ("镇农技站", "responsible")]),
    # a quoted pledge opening with a time word: “今年交通局负责…
    ("“今年交通局负责三件实事", [("交通局", "responsible")]),
    # a unit named by one sector is a unit; a list of sectors is not
    ("财政部门要在8月底前拨付补助资金", [("财政部门", "responsible")]),
    ("水利、林业等部门要密切配合", []),
    ("区直部门负责人参加会议", []),
    # a lone post is the name, not a fragment of it
    ("常务副县长负责", [("常务副县长", "responsible")]),
])
def test_actor_names_as_written(clause, expected):
    assert _names(clause) == expected


def test_place_name_opening_with_ru_is_kept():
    # 如 only drops before a level (县/区/市…): a unit whose name opens with 如 stays whole
    assert parse_item("如意街道") == ("如意街道", "organization", None)


def test_label_actual_progress_is_no_actor():
    # 实际完成情况: a progress label, its first word is no unit of the field before it
    from kg.extract.fields import label_fields
    task, fields = label_fields("2.新建城东公厕10座。 责任单位:区城管局 配合单位:区财政局 实际完成情况:已建成6座。")
    assert [(k, v) for k, v, s, e in fields] == [
        ("responsible_org", "区城管局"), ("assist_org", "区财政局"), ("progress", "已建成6座")]
