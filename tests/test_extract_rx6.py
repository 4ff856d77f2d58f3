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
    "会议审议并原则通过《东湖区城南路停车管理办法(送审稿)》。会议要求,各相关部门要结合职责分工,"
    "分别制定本部门实施细则,列出任务清单和完成时限。\n"
)


def test_minutes_decision_审议并原则通过():
    recs = _recs(MINUTES_PASSED)
    assert len(recs) == 1
    assert "城南路停车管理办法" in recs[0].task
    assert "分别制定本部门实施细则" in _ev(recs[0])


def test_minutes_directive_to_do_everything_is_none():
    text = ("东湖区住建局局长办公会议纪要\n"
            "会议原则同意《东湖区城市内涝应急处置预案》。会议要求,要认真做好各项工作。\n")
    assert _recs(text) == []


# ---- a news page giving a count begun and its rate: 截至…,已开工N个,开工率N% ----------

NEWS_RATE = (
    "西河网讯 昨天,省住建厅调研组来我市调研城市更新工作。\n"
    "记者从座谈会上了解到,2023年全市列入目标责任状的改造项目共120个,截止到5月底,已开工110个,"
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
    "年度阶段性工作目标: | 第二季度:完成工作任务的50%以上。 第四季度:确保完成全年任务。 |\n"
    "进展情况、存在问题 及下一步工作建议: |\n"
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
    assert label_key("进展情况、存在问题及下一步工作建议") == "progress"
    assert label_key("年度阶段性工作目标") == "target"
    assert label_key("联系电话") is None


# ---- rectification reports: people dealt with are counted outcomes; a verb in 行 is no unit ----

def test_people_dealt_with_are_no_commitment():
    text = ("东湖区住建局党组关于巡察整改情况的通报\n"
            "截至目前,巡察反馈20个问题,已完成整改15个、正在整改5个,整改完成率75%。"
            "在巡察整改工作中,给予党纪处分1人;诫勉2人;交由纪委调查1人。\n")
    recs = _recs(text)
    assert len(recs) == 1 and recs[0].progress.percent == 75


def test_a_verb_in_行_is_no_unit():
    from kg.extract.actors import parse_item
    assert parse_item("能够履行") is None and parse_item("区住建局履行") is None
    assert parse_item("东湖农商银行") is not None


# ---- directives are no report: 力争已开工的项目今年全部完成, 务必于10月底以前整改到位 ------------

def test_works_named_by_what_was_begun_are_no_status():
    from kg.extract.progress import find_progress
    assert find_progress("力争已开工的项目今年全部完成安置房建设") is None
    assert find_progress("已完工的项目抓紧推动搬迁入住") is None
    assert find_progress("城南路已完工的路段已通车").status == "done"


def test_most_done_is_on_track():
    from kg.extract.progress import find_progress
    assert find_progress("绝大部分问题已整改到位").status == "on_track"


def test_speech_directive_keeps_no_done_status():
    text = ("东湖区城中村改造推进会召开\n"
            "张三指出,各街道要集中用力,力争已开工的项目今年全部完成安置房建设,实现村民回迁。"
            "已完工的项目抓紧推动搬迁入住。\n")
    recs = _recs(text, date="2023-03-14")
    assert recs and recs[0].deadline.date == "2023-12-31" and recs[0].progress is None


def test_rectification_directive_with_a_date_is_no_status():
    text = ("东湖区审计局发出审计整改督办函\n"
            "截止2023年7月底,绝大部分问题已整改到位。东湖区审计局发出督办函,要求相关责任单位高度重视整改工作,"
            "对仍未整改到位的问题务必于2023年10月底以前整改到位。\n")
    recs = _recs(text, date="2023-08-20")
    assert [r.progress and r.progress.status for r in recs] == ["on_track", None]
    assert recs[1].deadline.date == "2023-10-31"


# ---- pledge fulfilment: 区林业局承诺的X,已… (the unit before 承诺的 is responsible) ---------

PLEDGES_KEPT = (
    "东湖区8个重点事项全部兑现承诺\n"
    "东湖区林业局承诺的新建生态公益林2万亩,已于2023年10月底营造生态林21000亩,完成目标任务的105%。"
    "区城投公司承诺的动工建设城南快线,城南快线已于12月20日动工建设。"
    "区港务公司承诺的动工建设西港码头,已动工建设,已完成投资额3000万元。\n"
)


def test_pledge_kept_names_the_unit_before_承诺的():
    recs = _recs(PLEDGES_KEPT, date="2023-12-31")
    got = [([a.name for a in r.actors], r.progress and r.progress.status) for r in recs]
    assert got == [(["东湖区林业局"], "done"), (["区城投公司"], "done"), (["区港务公司"], "done")]
    assert recs[0].progress.percent == 105 and [(t.value, t.unit) for t in recs[0].targets] == [(2, "万亩")]


# ---- a supervision visit told as news: 对公开承诺事项完成情况进行了现场督查 ----------------

def test_site_supervision_opening_reads_the_works():
    text = ("6月8日,区政府督查室联合新闻媒体对公开承诺事项完成情况进行了现场督查。\n"
            "城南大桥项目工地一派繁忙,累计完成投资3800万元,占总工程量的52%。\n"
            "滨河大道三期景观绿化正在进行招投标,难以在承诺时间节点完成建设任务。\n")
    recs = _recs(text, date="2023-06-10")
    assert any(r.progress and r.progress.status == "behind" and "滨河大道" in _ev(r) for r in recs)
