"""Minutes, speeches, work reports and task-breakdown plans: what is common to the genre (session 10, rx15).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of


def _recs(text: str, date: str = "2024-02-20"):
    return list(commitments_of(text, date=date, source="a.txt"))


def _targets(recs):
    return sorted((t.metric, t.value, t.unit) for c in recs for t in c.targets)


# ---- a year's plan stated as amounts (kg.extract.plan_list) ---------------------------------

def test_plan_list_amounts_are_commitments():
    text = ("东湖区人代会2月18日开幕,区长张三报告了今年打算,今年报告的“目标清单”如下。\n"
            "推进城南片区医疗资源扩容,建成城北医院、城南妇幼保健院等4个医疗项目,新增社区卫生服务站6家,"
            "争创省级区域医疗中心。\n"
            "新增停车泊位3000个,改造城南路等老旧管网12公里。\n")
    recs = _recs(text)
    assert set(_targets(recs)) == {("城南路等老旧管网", 12.0, "公里"), ("停车泊位", 3000.0, "个"),
                                   ("社区卫生服务站", 6.0, "家"), ("医疗项目", 4.0, "个")}, [(c.task, c.targets) for c in recs]
    assert len(recs) == 4  # one commitment per amount, the frame clause before none


def test_amounts_without_a_plan_are_one_work_with_its_counts_and_the_meetings_line_none():
    text = ("2月18日,东湖区召开城建工作会议。\n"
            "新增停车泊位3000个,改造城南路等老旧管网12公里。\n")
    [c] = _recs(text)  # (session 56: a work with its count, or told done or under way, that no rule read is a record of its own)
    assert {(t.value, t.unit) for t in c.targets} == {(3000.0, "个"), (12.0, "公里")}
    assert c.deadline is None and c.progress is None


def test_review_ends_the_plan():
    text = ("二、2024年工作安排\n"
            "新增停车泊位3000个。\n"
            "三、过去一年工作回顾\n"
            "过去一年,新建幼儿园5所。\n"
            "改造老旧管网8公里。\n")
    assert _targets(_recs(text)) == [("停车泊位", 3000.0, "个")]


def test_plan_amounts_done_already_are_no_plan_but_a_work_under_way():
    text = "今年的民生实事具体包括:截至目前已新增停车泊位1200个,累计改造管网8公里。"
    [c] = _recs(text)  # (session 56: a work with its count, or told done or under way, that no rule read is a record of its own)
    assert c.progress.status == "on_track" and c.deadline is None and not c.targets  # (what was done is no target)


# ---- a deliverable asked for soon, whoever is asked -------------------------------------------

def test_urgent_deliverable_without_a_unit_is_a_commitment():
    text = ("会议审议通过了东湖区促进夜间经济发展的若干措施。会议强调,各有关部门要尽快编制夜市管理细则,"
            "加强政策宣传解读。会议要求,要压实责任,尽早起草城南片区更新方案。")
    recs = _recs(text)
    assert len(recs) == 2, [(c.task, c.evidence) for c in recs]
    assert all(not c.actors for c in recs)


def test_a_deliverable_drawn_up_before_is_no_commitment():
    text = "会议指出,去年已尽快编制了夜市管理细则,各部门要加强政策宣传解读。"
    assert not _recs(text)


# ---- counts in Chinese numerals (kg.extract.targets, cn_count) ----------------------------------

def test_chinese_numeral_counts_after_a_verb_of_works():
    from kg.extract.targets import find_targets
    got = [(t.metric, t.value, t.unit) for t in find_targets("确保第三批五所村级幼儿园年底前建成")]
    assert got == [("村级幼儿园", 5.0, "所")]
    got = [(t.metric, t.value, t.unit) for t in find_targets("年内帮助城南村十二个低收入户落实增收项目")]
    assert got == [("低收入户", 12.0, "个")]


def test_chinese_numerals_of_the_speech_are_no_counts():
    from kg.extract.targets import find_targets
    for clause in ("下面我讲三个方面的意见", "要做到两个确保", "第四个问题是资金", "一个中心", "三个代表"):
        assert not find_targets(clause), clause
