"""Supervision notices (督查通报) and progress reports (进展情况, 推进情况, 完成情况):
aggregate counts, per-unit items, status sections and clauses, follow-up of
the office, item lines of a list of 民生实事.  Every document here is written
for the test (invented places, units and counts) in the genre's phrasing."""
from __future__ import annotations

import kg  # noqa: F401
from extract_helpers import ORG, actors, commitments_of, deadline, progress, targets


def _cs(text, date=None):
    return commitments_of(text, date, source="t.txt")


def _values(c):
    return [(t.value, t.unit) for t in c.targets]


NOTICE = (
    "区政府第三次常务会议确定事项督办情况通报\n"
    "区政府督查室对第三次常务会议确定事项的办理情况进行了专项督查,现通报如下。\n"
    "一、总体情况\n"
    "区政府第三次常务会议确定事项30件,截至5月10日,已办结9件,占比30%;正在办理21件,占比70%。\n"
    "二、存在问题\n"
    "其中,由区农业局负责的第2件、区商务局负责的第7、9件确定事项推进滞后,请相关单位抓紧整改。"
    "区政府督查室将持续跟踪尚未办结的事项,到期组织“回头看”。\n")


def test_aggregate_count_is_one_commitment_with_target_and_progress():
    agg = _cs(NOTICE, "2023-05-12")[0]
    assert agg.task == "区政府第三次常务会议确定事项落实"
    assert targets(agg) == [("确定事项", "=", 30, "件")]
    assert progress(agg) == ("on_track", 30, "2023-05-10")  # the share done (已办结9件,占比30%)


def test_per_unit_items_are_one_commitment_per_unit_and_behind():
    cs = _cs(NOTICE, "2023-05-12")
    items = [c for c in cs if "件" in c.task and c.actors]
    assert [(c.task, actors(c)) for c in items] == [
        ("常务会议确定事项第2件", [("区农业局", ORG, "responsible")]),
        ("常务会议确定事项第7、9件", [("区商务局", ORG, "responsible")])]
    assert {c.progress.status for c in items} == {"behind"}


def test_follow_up_of_the_supervision_office():
    c = _cs(NOTICE, "2023-05-12")[-1]
    assert actors(c) == [("区政府督查室", ORG, "responsible")]
    assert c.task.startswith("跟踪尚未办结的事项") and c.progress is None


def test_quoted_items_under_a_lagging_lead_in_and_milestones():
    text = ("区长办公会议确定事项督办情况通报\n"
            "督查发现,有2件事项需加快推进,如区交通局负责的“加快城南大道改造,确保8月底前开工、11月底前完工。”"
            "截至目前,项目尚未开工;区教育局负责的“切实抓好城东幼儿园建设。”截至目前,主体工程完成40%。\n")
    cs = _cs(text, "2024-08-20")
    assert [(c.task, deadline(c)) for c in cs] == [
        ("城南大道改造开工", ("8月底前", "2024-08-31")),  # two milestones, one commitment each
        ("城南大道改造完工", ("11月底前", "2024-11-30")),
        ("城东幼儿园建设", None)]
    assert [actors(c) for c in cs] == [[("区交通局", ORG, "responsible")]] * 2 + [[("区教育局", ORG, "responsible")]]
    assert [c.progress.status if c.progress else None for c in cs] == ["behind", None, "behind"]  # 开工 is what lags


STATUS = (
    "关于2024年重点项目三季度推进情况的通报\n"
    "现将有关情况通报如下。\n"
    "城南污水厂、东湖公园等项目已提前完成;北区学校、西河大桥等项目有序推进。"
    "中心医院新院区基本完工,城西体育馆取得施工许可。\n"
    "督查也发现,个别项目推进偏慢。南山隧道、滨江花园安置小区等均未达序时。东坪乡、西岭镇等逾期未报送工作台账。\n")


def test_status_clauses_name_works_and_their_status():
    cs = _cs(STATUS, "2024-10-15")
    assert [(c.task, c.progress.status) for c in cs] == [
        ("城南污水厂和东湖公园", "done"), ("北区学校和西河大桥", "on_track"),
        ("中心医院新院区", "done"),  # 基本完工
        ("城西体育馆", "on_track"),  # a stage reached: 取得施工许可
        ("南山隧道和滨江花园安置小区", "behind"),
        ("报送工作台账", "behind")]  # (个别项目推进偏慢 names no work)
    assert cs[0].projects == ("城南污水厂", "东湖公园")
    assert actors(cs[-1]) == [("东坪乡", ORG, "responsible"), ("西岭镇", ORG, "responsible")]


def test_item_lines_of_a_livelihood_list():
    text = ("2024年城乡民生实事上半年进展情况\n"
            "今年确定城乡民生实事12件,上半年完成投资8.6亿元,占年度计划的52.4%。主要进度如下:\n"
            "新建城乡公厕120座(2023—2025年)。上半年已建成46座,累计建成98座,占总计划的81.7%。\n"
            "改造老旧小区30个(2024年)。上半年已全部完工。\n")
    cs = _cs(text)
    assert [(c.task, _values(c), deadline(c), c.progress.status, c.progress.percent) for c in cs] == [
        ("城乡民生实事", [(12, "件")], None, "on_track", 52.4),
        ("城乡公厕", [(120, "座")], ("2023—2025年", "2025-12-31"), "on_track", 81.7),
        ("老旧小区", [(30, "个")], ("2024年", "2024-12-31"), "done", None)]
    assert {c.progress.as_of for c in cs} == {"2024-06-30"}  # 上半年


def test_aggregate_progress_in_the_next_sentence_and_all_done():
    text = ("区委督查室近期开展了专项督查,现将督查情况报告如下。\n"
            "《政府工作报告》共明确90项目标任务,分解为150个具体工作。"
            "经核查,欠进度的6个,占4%;已完成和提前完成的18个,占12%。\n"
            "25项区级考核任务全部完成,120件代表建议全部办理完毕。\n")
    cs = _cs(text, "2024-07-20")
    assert [(c.task, _values(c), c.progress.status, c.progress.percent) for c in cs] == [
        ("政府工作报告目标任务", [(90, "项"), (150, "个")], "on_track", 12),  # the share done, not 欠进度
        ("区级考核任务", [(25, "项")], "done", None),
        ("代表建议", [(120, "件")], "done", None)]


def test_a_units_overdue_matters():
    text = ("关于市民来信办理情况的通报\n现通报如下。\n"
            "截至6月30日,区城管局有两件市民来信已超期9天、4天仍未办结。\n")
    [c] = _cs(text, "2024-07-02")
    assert (c.task, actors(c), _values(c), c.progress.status) == (
        "办结市民来信", [("区城管局", ORG, "responsible")], [(2, "件")], "behind")


def test_not_in_a_speech_nor_a_directive_nor_a_count_in_passing():
    speech = "在全县项目建设推进会上的讲话\n过去一年,城南大道已建成通车,东湖公园基本完工。\n"
    assert not _cs(speech, "2024-03-01")
    report = ("关于重点项目推进情况的通报\n现通报如下。\n"
              "记者先后深入全县60个重点项目现场采访。"  # a count in passing
              "城南大道由县交通局负责,11月底前完成路面工程。\n")  # an assignment: the prose rules
    cs = _cs(report, "2024-09-01")
    assert [(c.task, actors(c)) for c in cs] == [("城南大道", [("县交通局", ORG, "responsible")])]


def test_a_target_divided_among_units_with_each_units_progress():
    text = ("2024年省下达我县农村危房改造目标总任务数为1200户,县政府已分解到单位,具体是:"
            "县住建局300户,县民政局500户,其中:新建200户,改建300户,县残联100户,移民新村300户。\n"
            "目前,县住建局已完成210户,另90户已开工,县民政局预计6月启动项目建设,县残联已全部完成,"
            "扶贫办牵头的移民新村,除东岭村完成改造外,其余村已完成前期手续,预计7月全部开工。\n")
    cs = _cs(text, "2024-05-10")
    shares = cs[1:]
    assert [(c.task, actors(c), _values(c)) for c in shares] == [
        ("县住建局农村危房改造", [("县住建局", ORG, "responsible")], [(300, "户")]),
        ("县民政局农村危房改造", [("县民政局", ORG, "responsible")], [(500, "户"), (200, "户"), (300, "户")]),
        ("县残联农村危房改造", [("县残联", ORG, "responsible")], [(100, "户")]),
        ("移民新村", [("扶贫办", ORG, "lead")], [(300, "户")])]
    assert [c.progress.status for c in shares] == ["on_track", "not_started", "done", "on_track"]
    assert _values(cs[0]) == [(1200, "户")]  # the whole, read by the prose rules


def test_a_works_line_in_a_year_end_review():
    # not a 通报 by its title, but a review of the year's tasks (逐项梳理…完成情况)
    text = ("对照年初清单,我们梳理了全年任务的完成情况。\n"
            "一是扩充医疗资源。城北医院项目已通过竣工验收,10月8日投入使用;南郊卫生院取得施工许可,加快推进东湖社区中心选址。\n")
    cs = _cs(text, "2024-01-10")
    assert [(c.task, c.progress.status) for c in cs] == [
        ("城北医院项目", "done"), ("南郊卫生院", "on_track"), ("东湖社区中心选址", "on_track")]


def test_the_preamble_of_a_one_line_notice_of_labelled_items():
    text = ("2024年区政府民生实事共有20项任务,各牵头单位积极推进,实事项目整体进展良好。现将上半年推进情况予以公示。"
            "下一步区政府办公室将继续加强跟踪督办。 1.新建城东公园。 牵头领导:张三 责任单位:区住建局 "
            "实际完成情况:已完成主体工程的60%。 2.改造农贸市场3个。 牵头领导:李四 责任单位:区商务局 实际完成情况:已全部完成。\n")
    cs = _cs(text, "2024-07-05")
    assert (_values(cs[0]), cs[0].progress.status) == ([(20, "项")], "on_track")  # 整体进展良好
    assert ("跟踪督办" in cs[1].task, actors(cs[1])) == (True, [("区政府办公室", ORG, "responsible")])
    assert [c.task for c in cs[2:]] == ["新建城东公园", "改造农贸市场"]


def test_an_aggregate_with_its_items_listed_and_a_plan_of_investment():
    text = ("关于2024年惠民实事项目1-8月进展情况的通报\n现将进展情况通报如下:\n"
            "今年全县安排重点建设项目120项,项目总投资860亿元,年度投资计划95.5亿元。1-8月累计完成投资60.2亿元,占年度投资计划的63%。\n"
            "全县兴办10件惠民实事项目(含16个子项目),截至目前,已完成子项目5个,分别是城北学校建设工程已竣工,南湖公园项目已全部完工。\n"
            "第一次、第二次专题会议确定事项全部完成。\n")
    cs = _cs(text, "2024-09-05")
    assert [(c.task, _values(c), c.progress.status, c.progress.percent) for c in cs] == [
        ("重点建设项目", [(120, "项"), (95.5, "亿元")], "on_track", 63),  # the year's plan, not the total
        ("惠民实事", [(10, "件"), (16, "个")], "on_track", None),  # the listed items' 全部完工 is theirs
        ("城北学校建设工程", [], "done", None), ("南湖公园项目", [], "done", None),  # (rx12: each work listed as done)
        ("第一次和第二次专题会议确定事项", [], "done", None)]


def test_counts_done_in_the_next_sentence_and_a_follow_up_of_two_offices():
    text = ("区委交办事项落实情况督查通报\n"
            "今年以来,区委印发交办通知5期,交办具体工作事项16项。至目前,已办理完成10项,正在办理6项。"
            "区委办、区督查办将继续加大督促检查力度,适时开展跟踪督查。\n")
    cs = _cs(text, "2024-08-10")
    assert [(c.task, _values(c), c.progress.status if c.progress else None, [a[0] for a in actors(c)]) for c in cs] == [
        ("具体工作事项落实", [(16, "项")], "on_track", []),  # (已办理完成10项 is its progress, not a work)
        ("加大督促检查力度", [], None, ["区委办", "区督查办"])]


def test_lists_under_status_headings():
    text = ("关于全区重点工作推进情况的通报\n现通报如下。\n"
            "一、已完成的事项(2项)\n城南污水厂提标改造工程、东湖公园二期项目。\n"
            "二、进展滞后的事项\n南山隧道工程:受征迁影响,目前完成投资的30%。\n"
            "三、未按要求报送材料的单位\n东坪乡、西岭镇。\n")
    cs = _cs(text, "2024-10-01")
    assert [(c.task, c.progress.status, [a[0] for a in actors(c)]) for c in cs] == [
        ("城南污水厂提标改造工程", "done", []), ("东湖公园二期项目", "done", []),  # the heading's status, one per work
        ("南山隧道工程", "behind", []),
        ("报送材料", "behind", ["东坪乡", "西岭镇"])]  # the units, what the heading says they failed to do


def test_works_by_unit_with_their_status():
    text = ("关于重点工作落实情况的督查通报\n现通报如下。\n"
            "督查发现,区住建局负责的老旧小区改造进展缓慢,区水务局负责的城西排涝泵站建设尚未开工,"
            "区教育局牵头负责的城南学校扩建已完成主体工程的70%。\n")
    cs = _cs(text, "2024-10-01")
    assert [(c.task, actors(c), progress(c)[:2]) for c in cs] == [
        ("老旧小区改造", [("区住建局", ORG, "responsible")], ("behind", None)),
        ("城西排涝泵站建设", [("区水务局", ORG, "responsible")], ("not_started", None)),
        ("城南学校扩建", [("区教育局", ORG, "lead")], ("on_track", 70))]


def test_a_count_of_matters_in_chinese_numerals_and_not_in_the_title():
    text = ("全区“十件民生实事”上半年推进情况通报\n现将有关情况通报如下。\n"
            "今年全区共安排“十件民生实事”,截至6月底,已完成4件,完成率40%,其余6件均按序时推进。\n")
    [c] = _cs(text, "2024-07-05")
    assert (_values(c), progress(c)) == ([(10, "件")], ("on_track", 40, "2024-06-30"))
    assert c.evidence[0].text.startswith("今年全区共安排")  # the body's count, not the title's


# ---- shapes met on further reports of the genre (sentences composed for the test) ----

def test_report_without_title_by_share_of_plan_and_two_level_count():
    # no 通报/进展 title: the share of the year's plan says it is a report
    text = ("今年以来,东湖区加强要素保障,督促施工单位优化施工组织。截至8月底,全区126个省、市重点项目完成投资88.5亿元,"
            "占年度计划的66.2%。其中,35个省重点项目完成投资40.1亿元,占年度计划的70.5%。\n")
    cs = _cs(text, "2024-09-05")
    assert [c.task for c in cs] == ["省、市重点项目", "省重点项目"]
    assert [_values(c) for c in cs] == [[(126, "个")], [(35, "个")]]
    assert [progress(c)[:2] for c in cs] == [("on_track", 66.2), ("on_track", 70.5)]


def test_planned_count_without_opening_reads_share_of_investment_plan():
    text = ("今年安排全县重点建设项目52项,项目总投资310亿元,年度投资计划45.6亿元。1-9月项目累计完成投资39.2亿元,"
            "占年度投资计划的86%。其中亿元以上项目18个,1-9月累计完成投资21.3亿元。\n")
    cs = _cs(text, "2024-10-10")
    assert cs[0].task == "重点建设项目" and progress(cs[0])[:2] == ("on_track", 86)
    assert cs[1].task == "亿元以上项目"  # (其中 is no part of the name)


def test_work_then_bare_percent_clause_is_a_commitment():
    text = ("南山市为民办实事项目推进情况通报\n"
            "截至9月底,南山市20项为民办实事项目总体进展顺利。\n"
            "(二)超时间进度的项目有3项。截至9月底,完成进度超过75%的实事项目有3项。分别为:新建社区食堂12个,完成进度为90%;"
            "完成城南路雨污分流改造8公里,完成进度为85.5%;老年助餐服务点建设,完成进度为80%。\n")
    cs = _cs(text, "2024-10-08")
    got = {c.task: (progress(c)[:2], _values(c)) for c in cs}
    assert got["新建社区食堂"] == (("on_track", 90), [(12, "个")])
    assert got["城南路雨污分流改造"] == (("on_track", 85.5), [(8, "公里")])
    assert got["老年助餐服务点建设"] == (("on_track", 80), [])
    assert not any(t.startswith(("超时间", "完成进度超过")) for t in got)  # a class counted is no work


def test_units_with_bracketed_works_lagging():
    text = ("西山市2024年十件民生实事前三季度进度公示\n"
            "现将1-9月各项目推进情况公示如下。截至9月底,正常推进的有6项;推进缓慢的有2项。其中:东湖区有2项(社区食堂建设、城南路改造)推进缓慢;"
            "西岭县有1项(乡镇污水站建设)推进缓慢。\n")
    cs = [c for c in _cs(text, "2024-10-10") if c.actors]
    assert [(c.task, actors(c), progress(c)[0]) for c in cs] == [
        ("社区食堂建设和城南路改造", [("东湖区", ORG, "responsible")], "behind"),
        ("乡镇污水站建设", [("西岭县", ORG, "responsible")], "behind")]


def test_items_under_a_status_label():
    text = ("北湖区惠民实事项目8月份进展情况通报\n"
            "区政府督查室近期对惠民实事项目推进情况开展了跟踪督查,现就督查所见通报如下:\n"
            "滞后项目:一是实施城南学校扩建工程(第三项)正在办理施工许可;二是东湖公园(二期)提升(第五项)预计10月份开工;"
            "三是农贸市场改造(第九项)尚未启动。\n")
    cs = _cs(text, "2024-09-10")
    got = [(c.task, progress(c)[0]) for c in cs]
    assert got == [("城南学校扩建工程", "behind"), ("东湖公园(二期)提升", "behind"), ("农贸市场改造", "not_started")]


def test_numbered_task_then_what_was_done_is_one_commitment():
    text = ("关于东湖区《政府工作报告》重点任务上半年推进情况的通报\n"
            "区政府督查室近日对重点任务上半年的推进开展了专项督查,通报如下:\n"
            "1.新建社区养老服务站不少于20个;改造老旧小区30个。上半年,新建社区养老服务站12个,改造老旧小区11个。\n")
    cs = _cs(text, "2024-07-20")
    assert len(cs) == 1  # what was done is progress, not commitments of its own
    c = cs[0]
    assert c.task == "新建社区养老服务站"
    assert [(t.op, t.value, t.unit) for t in c.targets] == [(">=", 20, "个"), ("=", 30, "个")]
    assert progress(c)[0] == "on_track" and progress(c)[2] == "2024-06-30"


def test_investment_share_of_named_works_and_lagging_works_by_count():
    text = ("今年以来,西岭县重点项目建设稳步推进,现将进展情况通报如下。\n"
            "我县1-9月份完成重点项目固定资产投资18.6亿元,占年计划71%,超序时进度3个百分点。其中:县级重点项目完成投资9.2亿元;"
            "42个在建项目中,城南水厂、东湖驿站等9个项目滞后。\n")
    cs = _cs(text, "2024-10-12")
    got = {c.task: progress(c)[:2] for c in cs}
    assert got["重点项目固定资产投资"] == ("on_track", 71)
    assert got["城南水厂和东湖驿站"] == ("behind", None)  # works, not units told to 滞后
    assert "县级重点项目" in got  # (其中: is no part of the name)


def test_works_listed_with_deng_gongzuo_and_a_whole_going_well():
    text = ("关于区政府第五次常务会议交办事项推进情况的通报\n"
            "区政府督查室近期对交办事项开展了跟踪督查。从督查情况看,20项交办事项整体进展较好。"
            "城南片区改造、智慧停车平台建设等工作有序推进。\n")
    cs = _cs(text, "2024-05-20")
    assert [(c.task, progress(c)[0]) for c in cs] == [
        ("交办事项落实", "on_track"), ("城南片区改造和智慧停车平台建设", "on_track")]


def test_aggregate_then_one_work_after_qizhong_is_that_works_progress():
    text = ("南湖市政府督办室通报了一季度“八件实事”进展情况。\n"
            "全市“八件实事”含子项目13个,其中老年食堂建设工程已完成阶段任务的60%,共新建食堂12个。\n")
    cs = _cs(text, "2024-04-08")
    assert [c.task for c in cs] == ["“八件实事”", "老年食堂建设工程"]
    assert _values(cs[0]) == [(13, "个")] and cs[0].progress is None  # the 60% is the work's, not the whole's
    assert progress(cs[1])[:2] == ("on_track", 60)


def test_status_shares_of_a_whole_are_not_works():
    text = ("截至6月底,全区86个区重点项目完成投资30.2亿元,占年度计划的52%。"
            "其中:8个项目建成投用,70个项目正在紧张建设,8个项目正在进行前期工作。\n")
    cs = _cs(text, "2024-07-05")
    assert [c.task for c in cs] == ["区重点项目"]


def test_status_breakdown_without_a_count_of_the_whole():
    text = ("北山市2024年“八件惠民实事”1-6月进度公示\n"
            "现将1-6月进展情况公示如下。截至6月底,已提前完成年度任务的有2项,占总数的25%;正常推进的有5项;"
            "推进缓慢的有1项(城西停车场建设)。\n")
    c, lag = _cs(text, "2024-07-05")
    assert c.task == "八件惠民实事"
    assert _values(c) == [(8, "项")]
    assert progress(c) == ("on_track", 25, "2024-06-30")
    # the item the lagging part names in brackets is its own commitment, as those listed after
    # 分别是 (test_lagging_works_listed_after_a_breakdown; rx18)
    assert (lag.task, progress(lag)[0]) == ("城西停车场建设", "behind")


def test_lagging_works_listed_after_a_breakdown():
    # no title naming a report: the share of matters done (…中有6项提前完成,占比50%) says it is one
    text = ("东湖市重点民生实事进展顺利\n"
            "截至9月20日,省实事8件12项中有6项提前完成,占比50%;4项进展较快,占比33%;2项进度偏慢,占比17%。"
            "其中,进度偏慢的2项分别是:城南污水管网改造、新建社区体育公园。\n")
    cs = _cs(text, "2024-09-25")
    assert cs[0].task == "省实事" and progress(cs[0])[:2] == ("on_track", 50)
    assert [(c.task, progress(c)[0]) for c in cs[1:]] == [("城南污水管网改造", "behind"), ("新建社区体育公园", "behind")]


def test_a_place_counting_what_it_did_is_no_work():
    text = ("西湖市提前完成12项重点民生实事\n"
            "9月底召开的调度会上通报,西湖市已提前完成12项省、市重点民生实事项目,整体推进成效较好。\n"
            "截至9月20日,省实事8件12项中有6项提前完成,占比50%;4项进展较快,占比33%;2项进度偏慢,占比17%。\n")
    cs = _cs(text, "2024-09-25")
    assert [c.task for c in cs] == ["省实事"]
