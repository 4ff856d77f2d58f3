"""Pledges, rectification lists and supervision notices read from fresh real pages (session 9, rx12).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2024-10-09"):
    return list(commitments_of(text, date=date, source="a.txt"))


def _by(recs, word):
    return [c for c in recs if word in _ev(c)]


# ---- works counted with their share done ------------------------------------------------------

SHARES = ("东湖区民生项目10月进度\n"
          "剩余8项中,3个社区食堂建设已完成2个(67%),40条背街小巷改造已完成30条(75%),"
          "城南污水管网工程正在施工中(80%),这3项力争10月底前全部建成;"
          "500户适老化改造已完成350户(70%),为老人免费体检(自愿参加)已完成380人(76%),确保11月底前全部完工。\n")


def test_each_work_counted_with_its_share_is_one_commitment():
    recs = _recs(SHARES)
    canteen = _by(recs, "社区食堂")
    assert len(canteen) == 1, [_ev(c) for c in recs]
    c = canteen[0]
    assert [(t.value, t.unit) for t in c.targets] == [(3, "个")]
    assert (c.progress.status, c.progress.percent) == ("on_track", 67)


def test_a_work_under_way_with_its_share():
    c = _by(_recs(SHARES), "污水管网")
    assert c and (c[0].progress.status, c[0].progress.percent) == ("on_track", 80)


def test_a_group_date_dates_the_works_before_it():
    recs = _recs(SHARES)
    assert [c.deadline.date for c in _by(recs, "背街小巷")] == ["2024-10-31"]
    assert [c.deadline.date for c in _by(recs, "适老化")] == ["2024-11-30"]
    assert [c.deadline.date for c in _by(recs, "体检")] == ["2024-11-30"], [_ev(c) for c in recs]


def test_a_share_over_the_whole_is_done():
    recs = _recs("东湖区民生项目9月进度\n新建社区驿站完成4个,完成率200%;城南小学改扩建已完成3栋(100%),东湖公园提升已完成2处(110%)。\n")
    assert [c.progress.status for c in _by(recs, "东湖公园")] == ["done"], [_ev(c) for c in recs]


# ---- a set's total and the count done --------------------------------------------------------

def test_problems_found_and_the_count_rectified():
    recs = _recs("东湖区开展城市环境专项督导\n本周督导组对城南路沿线开展督导,共计发现问题16处。截至目前,已整改9处,其余正在整改中。\n")
    c = _by(recs, "16处")
    assert c, [_ev(x) for x in recs]
    assert [(t.value, t.unit) for t in c[0].targets] == [(16, "处")]
    assert c[0].progress.status == "on_track"


def test_cases_handed_over_and_the_count_closed_in_the_next_paragraph():
    text = ("东湖区督察信访件办理情况\n"
            "截至6月10日,督察组累计向东湖区交办了五批次共40件群众举报案件。\n"
            "截至6月9日,已办理案件三批共20件,其中已办结12件,阶段性办结6件。\n")
    recs = _recs(text)
    c = _by(recs, "40件")
    assert c and c[0].progress is not None and c[0].progress.status == "on_track", [_ev(x) for x in recs]
    assert not _by(recs, "已办理案件三批共20件")


def test_a_set_counted_with_zhong_and_its_count_done():
    # (in a report the items listed after such a set tell it: the supervision reader's)
    recs = _recs("东湖区加快推进民生实事\n记者从区发改局获悉,2024年全区20项民生实事中,截至9月底已完成12项,其余均在推进。\n")
    c = _by(recs, "20项民生实事")
    assert len(c) == 1 and [(t.value, t.unit) for t in c[0].targets] == [(20, "项")], [_ev(x) for x in recs]
    assert (c[0].progress.status, c[0].progress.as_of) == ("on_track", "2024-09-30")


def test_a_set_with_all_of_it_done():
    recs = _recs("东湖区民生实事测评\n据了解,东湖区2024年民生实事项目共需测评12项,截至目前已完成12项。\n")
    c = _by(recs, "12项")
    assert c and c[0].progress.status == "done", [_ev(x) for x in recs]


# ---- the works a report lists as done --------------------------------------------------------

DONE_LIST = ("关于东湖区民生实事1-8月份进展情况的通报\n"
             "区级民生实事项目共20项,其中3项已完成,分别是:城南路改造(第一项)、东湖公园提升(第三项)、社区食堂建设(第六项)。"
             "全区兴办8件惠民实事(含12个子项目),截至目前,已完成子项目3个,分别是第二小学建设工程已竣工,文化中心已投入使用,"
             "城北菜市场改造已完成,其余子项目正在加紧施工。\n")


def test_works_listed_as_done_after_their_count_are_each_done():
    recs = _recs(DONE_LIST)
    for word in ("城南路改造", "东湖公园提升", "社区食堂建设", "第二小学建设工程", "文化中心", "城北菜市场改造"):
        c = _by(recs, word)
        assert len(c) == 1 and c[0].progress.status == "done", (word, [_ev(x) for x in recs])
    assert not [c for c in recs if c.task.startswith("分别")]
    assert not _by(recs, "其余子项目正在加紧施工")


def test_the_set_before_a_list_of_works_done_is_still_read():
    recs = _recs(DONE_LIST)
    c = [x for x in recs if any((t.value, t.unit) == (8, "件") for t in x.targets)]
    assert c and c[0].progress is not None and c[0].progress.status == "on_track", [(x.task, x.targets) for x in recs]


# ---- a pledged set told kept ------------------------------------------------------------------

def test_a_units_pledged_set_told_kept_in_a_news_story():
    text = ("东湖街道办事处近日召开惠民实事通报会,回顾了去年各项实事的落实。\n"
            "2022年初西山街道向群众承诺的7件民生实事截至3月中旬均已兑现。\n")
    recs = _recs(text, "2024-03-28")
    c = _by(recs, "7件民生实事")
    assert len(c) == 1, [_ev(x) for x in recs]
    assert [(a.name, a.role) for a in c[0].actors] == [("西山街道", "responsible")]
    assert [(t.metric, t.value, t.unit) for t in c[0].targets] == [("民生实事", 7, "件")]
    assert c[0].progress.status == "done"


# ---- a count of problems to rectify, without a status ------------------------------------------

def test_problems_fed_back_are_one_rectification_with_their_count():
    text = ("东湖区住建局巡察整改工作进度公示\n"
            "县委第二巡察组5月向本局反馈意见,指出了3个方面18个问题。整改进度一并公布。\n")
    recs = _recs(text, "2024-05-10")
    c = _by(recs, "18个问题")
    assert len(c) == 1, [_ev(x) for x in recs]
    assert [(t.value, t.unit) for t in c[0].targets] == [(18, "个")] and c[0].progress is None


def test_rectification_tasks_set_at_a_count():
    recs = _recs("东湖学院巡视整改推进会召开\n学院将整改任务细化为15项,由班子成员分头落实。\n", "2024-05-10")
    c = _by(recs, "15项")
    assert c and [(t.value, t.unit) for t in c[0].targets] == [(15, "项")], [_ev(x) for x in recs]


def test_problems_counted_without_rectification_are_no_commitment():
    recs = _recs("东湖区开展植树活动\n活动中志愿者发现问题5个,现场进行了讲解。\n", "2024-05-10")
    assert not _by(recs, "问题5个")


# ---- targets in brackets ------------------------------------------------------

def test_a_count_done_against_the_years_target_in_brackets():
    text = ("东湖区民生实事项目督查\n"
            "督查组对上半年民生实事进展开展专项督查。截至6月,已新增公租房配租86户(全年目标任务为70户),城北安置房二期已进入验收阶段。\n")
    recs = _recs(text, "2024-07-29")
    c = _by(recs, "公租房配租86户")
    assert len(c) == 1, [_ev(x) for x in recs]
    assert [(t.value, t.unit) for t in c[0].targets] == [(70, "户")]
    assert c[0].progress.status == "done" and c[0].deadline is None
