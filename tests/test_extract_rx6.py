"""Genre phrasings read from real pages the shared set does not hold (session 6, rx6).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2023-06-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- minutes: 会议审议并原则通过《X》。会议要求,… -----------------------------------

MINUTES_PASSED = (
    "东湖区政府召开第十二次常务会议\n"
    "6月2日,区政府召开第十二次常务会议。\n"
    "会议审议并原则通过《东湖区城南路停车管理办法(送审稿)》。会议要求,各有关单位要按照各自职能,"
    "分头拟定配套实施细则,列出任务清单和完成时限。\n"
)


def test_minutes_decision_审议并原则通过():
    recs = _recs(MINUTES_PASSED)
    assert len(recs) == 1
    assert "城南路停车管理办法" in recs[0].task
    assert "分头拟定配套实施细则" in _ev(recs[0])


def test_minutes_directive_to_do_everything_is_none():
    text = ("东湖区住建局局长办公会议纪要\n"
            "会议原则同意《东湖区城市内涝应急处置预案》。会议要求,要认真做好各项工作。\n")
    assert _recs(text) == []


# ---- a news page giving a count begun and its rate: 截至…,已开工N个,开工率N% ----------

NEWS_RATE = (
    "西河网讯 昨天,省住建厅调研组来我市调研城市更新工作。\n"
    "记者从座谈会上了解到,2023年全市纳入年度考核的改造项目共120个,截止到5月底,已开工110个,"
    "开工率92%,已竣工60个,竣工率50%。\n"
)


def test_news_page_with_a_rate_begun_is_a_report():
    recs = _recs(NEWS_RATE)
    assert len(recs) == 1
    c = recs[0]
    assert c.progress is not None and c.progress.status == "on_track"
    assert [(t.value, t.unit) for t in c.targets] == [(120, "个")]
    assert "开工率92%" in _ev(c)


def test_an_inspection_told_is_no_commitment():
    text = ("8月10日,东湖区政府督查室到城南路改造现场等地,对区政府承诺办理的实事进行督察。\n"
            "区政府承诺办理的8件实事中,截至7月底,已办结3件,占比37.5%;正在办理5件。\n")
    recs = _recs(text)
    assert len(recs) == 1 and "已办结3件" in _ev(recs[0])


# ---- label cells of a flattened web table: 牵头单位: | X | ---------------------------

CELLS = (
    "重点工作: | 12.推进城南路综合整治,提升街区环境。 |\n"
    "牵头单位: | 东湖区住建局 |\n"
    "年度阶段性工作目标: | 6月底:整治过半。 12月底:确保全年任务完成。 |\n"
    "进展情况、困难 及下步打算: |\n"
    "已完成。 全区整治道路12条,完成年度目标。 |\n"
)


def test_label_cells_are_one_item():
    recs = _recs(CELLS, date="2024-01-10")
    assert len(recs) == 1
    c = recs[0]
    assert "城南路综合整治" in c.task
    assert [(a.name, a.role) for a in c.actors] == [("东湖区住建局", "lead")]
    assert c.progress is not None and c.progress.status == "done"


def test_label_key_of_a_compound_label():
    from kg.extract.readers.cells import label_key
    assert label_key("进展情况、困难及下步打算") == "progress"
    assert label_key("年度阶段性工作目标") == "target"
    assert label_key("联系电话") is None


# ---- rectification reports: people dealt with are counted outcomes; a verb in 行 is no unit ----

def test_people_dealt_with_are_no_commitment():
    text = ("东湖区水务局党组关于巡察反馈意见整改进展的通报\n"
            "截至目前,巡察反馈20个问题,已完成整改15个、正在整改5个,整改完成率75%。"
            "在巡察整改工作中,给予党纪处分1人;诫勉2人;交由纪委调查1人。\n")
    recs = _recs(text)
    assert len(recs) == 1 and recs[0].progress.percent == 75


def test_a_verb_in_行_is_no_unit():
    from kg.extract.actors import parse_item
    assert parse_item("能够履行") is None and parse_item("区住建局履行") is None
    assert parse_item("东湖农商银行") is not None


# ---- directives are no report: 力争已动工的工程年内全部完成, 务必于9月底以前整改到位 ------------

def test_works_named_by_what_was_begun_are_no_status():
    from kg.extract.progress import find_progress
    assert find_progress("力争已动工的工程年内全部完成回迁房建设") is None
    assert find_progress("已竣工的小区抓紧组织居民搬入") is None
    assert find_progress("城南路已完工的路段已通车").status == "done"


def test_most_done_is_on_track():
    from kg.extract.progress import find_progress
    assert find_progress("绝大部分点位已整改到位").status == "on_track"


def test_speech_directive_keeps_no_done_status():
    text = ("东湖区城中村改造推进会召开\n"
            "张三指出,各街道要攻坚克难,力争已动工的工程年内全部完成回迁房建设,让群众早日住上新房。"
            "已竣工的小区抓紧组织居民搬入。\n")
    recs = _recs(text, date="2023-03-14")
    assert recs and recs[0].deadline.date == "2023-12-31" and recs[0].progress is None


def test_rectification_directive_with_a_date_is_no_status():
    text = ("东湖区审计局发出审计整改督办函\n"
            "截止2023年5月底,大部分审计问题已整改到位。东湖区审计局随即下发督办函,要求各被审计单位压实责任,"
            "尚未整改到位的事项务必于2023年9月底以前整改到位。\n")
    recs = _recs(text, date="2023-08-20")
    assert [r.progress and r.progress.status for r in recs] == ["on_track", None]
    assert recs[1].deadline.date == "2023-09-30"


# ---- pledge fulfilment: 区林业局承诺的X,已… (the unit before 承诺的 is responsible) ---------

PLEDGES_KEPT = (
    "东湖区8个重点事项全部兑现承诺\n"
    "东湖区林业局承诺的新建沿河防护林3万亩,已于2023年11月底栽植33600亩,完成目标任务的112%。"
    "区城投公司承诺的动工建设北环快线,北环快线已于11月28日动工建设。"
    "区供水公司承诺的动工建设北郊水厂,目前已动工建设,累计完成投资2600万元。\n"
)


def test_pledge_kept_names_the_unit_before_承诺的():
    recs = _recs(PLEDGES_KEPT, date="2023-12-31")
    got = [([a.name for a in r.actors], r.progress and r.progress.status) for r in recs]
    assert got == [(["东湖区林业局"], "done"), (["区城投公司"], "done"), (["区供水公司"], "done")]
    assert recs[0].progress.percent == 112 and [(t.value, t.unit) for t in recs[0].targets] == [(3, "万亩")]


# ---- a supervision visit told as news: 对公开承诺事项进展进行了实地督查 ----------------

def test_site_supervision_opening_reads_the_works():
    text = ("6月8日,区效能办会同电视台记者对公开承诺事项进展进行了实地督查。\n"
            "城南大桥项目工地一派繁忙,累计完成投资3800万元,占总工程量的52%。\n"
            "滨河大道三期绿化正在进行招标,难以在承诺时限内完工。\n")
    recs = _recs(text, date="2023-06-10")
    assert any(r.progress and r.progress.status == "behind" and "滨河大道" in _ev(r) for r in recs)
