"""Rules of session 51 (rx42), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: speeches, minutes, pledges, rectification lists, supervision reports) and checked
on ../shared/eval.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import task_with as _by_task, who as _who, recs_of as _recs


# ---- rectification: two sets counted in one sentence ----------------------------------------------------------------

def test_problems_and_cases_counted_in_one_sentence_are_two_sets():
    recs = _recs("青石县环保督察反馈问题整改情况通报\n截至目前,2020年省督察反馈的14项问题,完成整改并通过验收11项、需长期持续整改3项,"
                 "交办的26件投诉举报件全部办结并通过验收;2021年回头看反馈6项问题,完成整改5项、正在整改1项,"
                 "交办的12件投诉举报件,办结并通过验收10件、2件需长期持续整改。\n", date="2021-11-20")
    got = [(c.targets[0].value, c.progress.status) for c in recs]
    assert got == [(14, "on_track"), (26, "done"), (6, "on_track"), (12, "on_track")]
    assert [c.task for c in recs][1] == "投诉举报件办理"


# ---- minutes: a unit given a work by 由 with a partner, a payment by a plan ----------------------------------------

def test_a_unit_signing_with_a_partner_and_a_unit_in_charge_are_two_duties():
    recs = _recs("会议决定,由县城管局与施工单位签订委托合同,县供电公司负责施工现场管理具体事宜,费用按造价结算。\n", date="2020-05-01")
    assert [(c.task, _who(c)) for c in recs] == [("签订委托合同", [("县城管局", "responsible")]),
                                                  ("施工现场管理具体事宜", [("县供电公司", "responsible")])]


def test_a_group_paying_by_a_plan_is_responsible():
    recs = _recs("东环路便道涉及的围墙拆迁,由东环路项目拆迁组按拆迁方案给予货币补偿。\n", date="2020-05-01")
    assert _who(recs[0]) == [("东环路项目拆迁组", "responsible")]


# ---- news of a work: a count done told place by place -----------------------------------------------------------

def test_a_count_done_told_place_by_place_is_one_commitment_per_place():
    recs = _recs("截至5月10日,已完成签约86户,其中东城区40户完成31户,西湖镇28户完成28户,柳岸30户完成27户。\n", date="2021-05-11")
    assert recs[0].evidence[0].text == "截至5月10日,已完成签约86户"
    parts = [(c.task, _who(c), c.targets[0].value, c.progress.status, c.progress.percent) for c in recs[1:]]
    assert parts == [("东城区签约", [("东城区", "responsible")], 40, "on_track", 77.5),
                     ("西湖镇签约", [("西湖镇", "responsible")], 28, "done", 100.0),
                     ("柳岸签约", [("柳岸", "responsible")], 30, "on_track", 90.0)]


def test_a_breakdown_naming_no_place_stays_one():
    recs = _recs("截至5月10日,已完成签约86户,其中老户40户完成31户,新户28户完成28户。\n", date="2021-05-11")
    assert len(recs) == 1


# ---- news of named works, one clause a work -------------------------------------------------------------------------

_WORKS_NEWS = ("记者11月3日从县教育局了解到,全县教育重点项目扎实推进。\n"
               "县教育局相关负责人介绍,目前,县城4个“扩容项目”基本完成;东湖小学教学楼、柳岸中学综合楼等2个项目今年6月完工交付使用;"
               "西山中学学生宿舍楼主体完工,附属工程预计12月完工;南湾初中新建综合楼投入使用。\n"
               "同时,今年9月,北岭小学迁建工程结合片区规划一并实施,明年上半年开工建设。\n")


def test_news_of_named_works_gives_one_commitment_per_work():
    recs = _recs(_WORKS_NEWS, date="2021-11-04")
    got = [(c.task, c.progress.status, c.deadline.date if c.deadline else None) for c in recs]
    assert got == [("县城扩容项目", "on_track", None),
                   ("东湖小学教学楼、柳岸中学综合楼", "done", None),
                   ("西山中学学生宿舍楼", "on_track", "2021-12-31"),
                   ("南湾初中新建综合楼", "done", None),
                   ("北岭小学迁建工程", "not_started", None)]
    assert recs[0].targets[0].value == 4


def test_a_paragraph_that_asks_is_no_news_of_works():
    recs = _recs("会议要求,东湖小学教学楼今年6月完工交付使用;柳岸中学综合楼要在12月底前投入使用。\n", date="2021-05-04")
    assert all(c.progress is None for c in recs)


def test_news_of_works_planned_and_done_so_far():
    recs = _recs("截至9月底,今年县里12件为民办实事项目中,已有部分项目提前完成。这是记者从县政府办获悉的。\n"
                 "我县今年计划建成150公里农村公路,现已完成路面铺设162公里;青石渡改桥项目已落实到位;"
                 "计划升级改造16个农贸市场,现已建成10个,另有6个正在改造;"
                 "430个村庄规划编制工作已完成。\n", date="2020-10-12")
    got = [(c.task, c.progress.status, c.progress.percent) for c in recs]
    assert got == [("建成农村公路", "done", None), ("青石渡改桥项目", "done", None),
                   ("升级改造农贸市场", "on_track", 62.5), ("村庄规划编制", "done", None)]
    assert [(t.value, t.unit) for t in recs[2].targets] == [(16, "个")]


# ---- pledges: the year's practical matters listed after 分别是 ----------------------------------------------------------

def test_practical_matters_listed_after_a_lead_that_names_them():
    recs = _recs("市长在人代会上代表市政府提出2020年我市为民办好8件实事,分别是:\n"
                 "一、新建农村公路320条,改善群众出行条件。\n二、新建12个乡镇卫生院,方便群众就医。\n"
                 "三、新建沼气池8000座,改善农村环境。\n", date="2020-03-01")
    assert [(c.task, c.targets[0].value) for c in recs] == [("8件实事", 8), ("新建农村公路", 320), ("新建乡镇卫生院", 12),
                                                            ("新建沼气池", 8000)]  # (the lead, the whole of them: rx44)


# ---- rectification plans: the aims under 整改目标 ------------------------------------------------------------------------

def test_a_plans_aims_labelled_item_by_item_are_commitments():
    recs = _recs("二、整改目标\n1. 水环境改善目标:巩固提升水质,2019年全面消除劣V类小流域。青石、柳岸2个水库水质达标比例达100%;"
                 "南湾河水质优良比例达到90%以上。\n2. 空气质量改善目标:全力扭转空气质量滞后局面,空气质量优良天数比例不低于95%。\n",
                 date="2019-01-01")
    assert [c.deadline.date if c.deadline else None for c in recs][:1] == ["2019-12-31"]
    assert sorted(t.value for c in recs for t in c.targets) == [90, 95, 100]
    assert all(c.progress is None for c in recs)  # (扭转…滞后局面 is an aim, no status)


# ---- supervision: units lagging, rows of a quota by unit ------------------------------------------------------------

def test_units_lagging_are_behind_on_what_they_are_asked():
    recs = _recs("全县冬修水利进度通报\n截至1月10日,全县冬修水利完成率68%。东湖镇、柳岸镇、西山乡完成率低,进度缓慢,需加快进度,增加人力投入。\n",
                 date="2024-01-11")
    c = _by_task(recs, "加快进度")
    assert _who(c) == [("东湖镇", "responsible"), ("柳岸镇", "responsible"), ("西山乡", "responsible")]
    assert c.progress.status == "behind"


def test_rows_of_a_quota_by_unit_told_as_task_amounts():
    recs = _recs("二、具体完成情况\n各乡镇完成情况:\n东湖镇:任务量8100米、 已完成8100米,完成率100%;\n"
                 "柳岸镇:任务量3100米、 已完成2300 米,完成率74%;\n西山乡:任务量3800米、 已完成3900米,完成率100%;\n",
                 date="2024-01-28")
    assert [(_who(c)[0][0], c.targets[0].value, c.targets[0].unit, c.progress.status) for c in recs] == [
        ("东湖镇", 8100, "米", "done"), ("柳岸镇", 3100, "米", "on_track"), ("西山乡", 3800, "米", "done")]


# ---- minutes: a further duty of an item's unit -------------------------------------------------------------------

def test_a_further_duty_of_the_items_unit_and_a_unit_it_helps():
    recs = _recs("二、会议决定:\n(一)由县林业局负责,于7月17日前完成河道治理项目林地征迁工作。同时,做好城镇项目未批复林地的手续报批工作。\n"
                 "(二)由县住建局负责,于7月17日前完成东街房屋征收工作。同时,协助县自然资源局完成西村商铺征迁工作。\n", date="2020-07-08")
    assert [(c.task, _who(c)) for c in recs] == [
        ("河道治理项目林地征迁", [("县林业局", "responsible")]),
        ("城镇项目未批复林地的手续报批", [("县林业局", "responsible")]),
        ("东街房屋征收", [("县住建局", "responsible")]),
        ("西村商铺征迁", [("县自然资源局", "responsible"), ("县住建局", "assist")])]


def test_a_decision_naming_the_office_to_follow_up_names_the_office():
    recs = _recs("同时,明确县政府督查室将8件实事列入重点督查事项,并适时开展专项督查。\n", date="2023-02-20")
    assert _who(recs[0]) == [("县政府督查室", "responsible")]


def test_a_unit_helping_enterprises_answers_for_the_work():
    recs = _recs("县环保局要协助企业解决问题,确保各项环保措施落到实处。\n", date="2018-04-18")
    assert _who(recs[0]) == [("县环保局", "responsible")]


# ---- pledges: proposals to handle, listed by number and title ---------------------------------------------------

def test_a_units_pledge_on_numbered_proposals_gives_one_commitment_per_proposal():
    recs = _recs("2020年县政协交由我局主办提案3件,现就办理工作承诺如下:\n"
                 "3件提案(提案名称如下:第12号《关于加快城区供水管网改造的建议》、第15号《关于整治东湖水质的建议》、"
                 "第21号《关于建设西山水厂的建议》),我们将在10月底前办理落实到位。\n东湖县水务局\n2020年8月10日\n", date="2020-08-10")
    titles = [c for c in recs if c.task.endswith("提案办理")]
    assert [c.task for c in titles] == ["城区供水管网改造提案办理", "整治东湖水质提案办理", "建设西山水厂提案办理"]
    assert all(_who(c) == [("东湖县水务局", "responsible")] and c.deadline.date == "2020-10-31" for c in titles)


# ---- rectification reports: what each unit did ----------------------------------------------------------------------

def test_units_telling_what_they_did_in_a_rectification_report():
    recs = _recs("关于2019年度审计发现问题整改进展的汇报\n一、审计整改工作总体推进情况\n"
                 "(一)落实整改主体责任。各单位积极整改,东湖镇清理往来款项15笔,西山镇、市文广局出台了议事决策制度。"
                 "市水务集团对工程转包等问题在全集团开展专项自查。\n", date="2019-11-22")
    got = [(c.task, [a for a, _ in _who(c)], c.progress.status) for c in recs]
    assert got == [("清理往来款项15笔", ["东湖镇"], "done"), ("出台议事决策制度", ["西山镇", "市文广局"], "done"),
                   ("开展专项自查", ["市水务集团"], "done")]


def test_a_unit_acting_in_a_plan_is_no_report_of_what_it_did():
    recs = _recs("关于审计发现问题的整改方案\n二、整改措施\n市财政局要在6月底前清理往来款项,确保整改到位。\n", date="2019-05-22")
    assert all(c.progress is None for c in recs)


def test_a_task_done_beyond_its_quota_is_done():
    recs = _recs("一、指标完成情况\n提前完成全年任务的指标包括:农村危房改造,全年任务为3000户,实际改造3600户,超额完成20%。\n", date="2020-12-17")
    c = _by_task(recs, "危房改造")
    assert (c.progress.status, c.progress.percent) == ("done", 120)


def test_a_report_date_alone_is_no_task():
    from kg.extract.naming import weak_task
    assert weak_task("截至目前") and weak_task("截至2019年12月底") and not weak_task("农村饮水安全工程")


def test_necessity_keeps_its_character_in_a_task_name():
    from kg.extract.naming import tidy_task
    assert tidy_task("充分认识办好八件实事的重要性与必要性").endswith("必要性")


# ---- supervision: a unit's numbered items, each with its quota in brackets ----------------------------------------

def test_items_with_their_quota_in_brackets_then_how_they_stand():
    recs = _recs("青石县交通运输局落实县重点民生实事情况\n"
                 "1、新建农村公路方面(40公里):其中已完工28公里,其余正在施工,计划11月份完成建设任务。\n"
                 "2、危桥改造方面(10座):目前2座危桥正在施工,8座正办理前期手续。\n"
                 "3、开通城乡公交线路方面(12条):截至目前,已开通城乡公交线路20条。\n", date="2023-09-08")
    got = [(c.task, c.targets[0].value, c.progress.status, c.deadline.date if c.deadline else None) for c in recs]
    assert got == [("新建农村公路", 40, "on_track", "2023-11-30"), ("危桥改造", 10, "on_track", None),
                   ("开通城乡公交线路", 12, "done", None)]
    assert all(_who(c) == [("青石县交通运输局", "responsible")] for c in recs)


def test_a_years_months_told_in_january_are_last_years():
    from types import SimpleNamespace
    from kg.extract.docdate import DocDate
    from kg.extract.readers.supervision import report_as_of
    b = SimpleNamespace(doc=DocDate(2022, 1, 21, "page"), t="", as_of="2022-01-21")
    assert report_as_of(b, "1-12月份完成投资28亿元") == "2021-12-31"
    assert report_as_of(SimpleNamespace(doc=DocDate(2022, 9, 2, "page"), t="", as_of=None), "1-8月完成投资") == "2022-08-31"


# ---- task lists: a unit, a month's end and what it does ---------------------------------------------------------------

def test_a_unit_then_a_months_end_and_its_act_is_responsible():
    recs = _recs("今年重点任务分工如下。市机场公司12月中旬全面开工新航站区项目;东湖区政府11月底启动西湖商业综合体项目;"
                 "开发区管委会5月底建成投用南湾奥莱小镇。\n", date="2021-03-16")
    assert [(_who(c)[0][0], c.deadline.date) for c in recs] == [
        ("市机场公司", "2021-12-20"), ("东湖区政府", "2021-11-30"), ("开发区管委会", "2021-05-31")]


def test_a_narratives_date_without_a_term_names_no_duty():
    recs = _recs("按照统一部署,县政府督查室于11月下旬对全县重点工作开展了专项督查。\n", date="2023-12-05")
    assert not any(_who(c) for c in recs)


def test_a_sets_rows_count_their_works_and_take_the_share_of_the_years_plan():
    recs = _recs("全市重点建设项目截至5月末进展情况\n——按属地分:\n"
                 "东湖区21个,年度计划投资58.3亿元,开工12个,开工率57%,完成投资3.8亿元,完成年计划的6.4%;\n"
                 "西山区7个,年度计划投资20.5亿元,开工5个,开工率71%,完成投资2.2亿元,完成年计划的10.8%;\n", date="2021-06-10")
    assert [(c.task, [(t.value, t.unit) for t in c.targets], c.progress.percent) for c in recs] == [
        ("东湖区", [(21, "个"), (58.3, "亿元")], 6.4), ("西山区", [(7, "个"), (20.5, "亿元")], 10.8)]


def test_a_quota_shared_out_place_by_place_in_brackets():
    recs = _recs("全市农村危房改造进展情况\n2019年全市要消除农村危房存量5000户(东城区3000户、西山县1200户、柳岸县800户<2018年提前实施>)。\n",
                 date="2019-12-31")
    assert [(t.value, t.unit) for t in recs[0].targets] == [(5000, "户")]  # (the whole keeps its own quota)
    parts = [(c.task, _who(c)[0][0], c.targets[0].value, c.progress.status if c.progress else None) for c in recs if c.actors]
    assert parts == [("东城区农村危房存量", "东城区", 3000, None), ("西山县农村危房存量", "西山县", 1200, None),
                     ("柳岸县农村危房存量", "柳岸县", 800, "done")]


def test_headings_naming_a_work_and_its_lead_unit_then_how_it_stands():
    recs = _recs("为民办实事事项4月份进展情况通报\n一、进展情况\n(一)适龄女生疫苗接种牵头责任部门:县卫生健康委员会\n"
                 "截至4月1日,已完成1剂次接种,共1500剂次(年度任务1500剂次),完成率100%。\n"
                 "(二)老年人认知筛查试点牵头责任部门:县卫生健康委员会\n3月26日印发试点实施方案,并开展宣传工作,待系统调试后启动筛查。\n",
                 date="2022-05-05")
    got = [(c.task, _who(c), c.progress.status) for c in recs]
    assert got == [("适龄女生疫苗接种", [("县卫生健康委员会", "lead")], "done"),
                   ("老年人认知筛查试点", [("县卫生健康委员会", "lead")], "on_track")]
    assert [(t.value, t.unit) for t in recs[0].targets] == [(1500, "剂次")]


def test_a_set_broken_down_by_level_with_its_start_rates():
    recs = _recs("重点项目1-7月进展情况通报\n60个市级重点项目,已开复工53个,开复工率为88.3%。"
                 "其中,市本级32个项目开复工28个,开复工率为87.5%;东湖区11个项目开复工8个,开复工率为72.7%。\n", date="2023-08-05")
    assert [(c.task, c.targets[0].value, c.progress.percent) for c in recs] == [
        ("市级重点项目", 60, 88.3), ("市本级项目", 32, 87.5), ("东湖区项目", 11, 72.7)]


# ---- progress reports: works named in quotes under headings that class them ----------------------------------------

def test_works_in_quotes_under_headings_that_class_them():
    recs = _recs("前三季度重点民生工程扎实推进\n2个项目完成全年目标\n"
                 "“婚姻登记跨区通办”项目,我市于3月22日起全面实行跨区通办,截至9月底,办理业务4898件,其中跨区办理649件,占比13.3%。\n"
                 "“公共场所布设除颤器”项目,于8月份完成安装120台的年度目标,并投入使用。\n"
                 "1个项目超额完成9月份节点目标\n“老旧小区改造”项目,截至9月底,累计完成总工程量68.5%,超额完成9月份节点目标。\n",
                 date="2021-10-08")
    assert [(c.task, c.progress.status, c.progress.percent) for c in recs] == [
        ("婚姻登记跨区通办", "done", None), ("公共场所布设除颤器", "done", None), ("老旧小区改造", "on_track", 68.5)]


def test_a_policy_opinion_to_issue_is_a_plan_drawn_up():
    recs = _recs("县长要求,要结合实际,出台关于加强秸秆禁烧工作的意见。\n", date="2021-05-01")
    assert len(recs) == 1 and "秸秆禁烧" in recs[0].task


def test_a_set_of_matters_and_how_many_are_solved_so_far():
    recs = _recs("今年,群众关注的120件热点、难点问题,目前已有75件得到解决。\n", date="2014-06-01")
    assert len(recs) == 1 and recs[0].progress.status == "on_track" and recs[0].targets[0].value == 120
