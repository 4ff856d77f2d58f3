"""Rules of session 35 (rx26), fitted on the genres' phrasing (speeches, minutes, pledges,
rectification and progress notices) and checked on ../shared/eval.

Every sentence here is composed for the test (桐溪县, 青禾镇, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs


# ---- a project named, then only as 项目 -----------------------------------------------------------------

def test_a_step_of_the_project_named_before_takes_its_name():
    c = _one("滨河公园提升项目是今年的重点民生工程,各乡镇要立即启动项目施工图设计工作。\n")
    assert c.task == "滨河公园提升项目施工图设计"


def test_an_item_on_a_project_names_its_step_due_at_once_after_it():
    c = _one("三是抓好城东污水处理厂项目,会后立即做好项目方案设计工作。\n")
    assert c.task == "城东污水处理厂项目方案设计"


def test_a_dated_step_of_the_project_named_before_keeps_both():
    c = _one("城南安置房项目是今年的重点民生工程,由县住建局负责,9月底前完成项目主体封顶。\n")
    assert (c.task, c.deadline.date) == ("城南安置房项目主体封顶", "2024-09-30")
    assert [(a.name, a.role) for a in c.actors] == [("县住建局", "responsible")]


def test_a_step_of_its_own_name_leaves_the_project_as_the_task():
    # the step names a work of its own (not 项目…): the project stays the task
    c = _one("城南安置房项目是今年的重点民生工程,由县住建局负责,9月底前完成征地拆迁。\n")
    assert c.task == "城南安置房项目"


def test_a_set_of_projects_gives_no_name_to_a_bare_step():
    c = _one("四是抓好重点项目,会后立即做好项目申报工作。\n")
    assert c.task == "项目申报"


def test_a_step_under_a_heading_naming_the_project_takes_its_name():
    recs = _recs("桐溪县重点项目调度会纪要\n一、关于城东污水处理厂项目\n(一)由县住建局负责,6月底前完成项目立项。\n"
                 "(二)工程要在10月底前开工建设。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("城东污水处理厂项目立项", "2024-06-30"), ("城东污水处理厂项目开工建设", "2024-10-31")]


# ---- pledges answered on air by name, and a statement of pledges (表态发言) ----------------------------

def test_a_name_line_pledging_a_set_gives_the_set_and_each_item():
    recs = _recs("东山乡乡长周文电视问政公开承诺\n主持人:今年东山乡为群众办哪些实事?\n"
                 "周文:今年我们承诺办好三件实事。一是新建便民桥2座,8月底前通行;二是改造卫生院病房;三是新增路灯150盏。\n")
    assert [(c.task, c.deadline.date if c.deadline else None) for c in recs] == [
        ("3件实事", "2024-12-31"), ("新建便民桥", "2024-08-31"), ("改造卫生院病房", "2024-12-31"), ("新增路灯", "2024-12-31")]
    assert all([(a.name, a.kind) for a in c.actors] == [("东山乡", "organization"), ("周文", "person")] for c in recs)
    assert [(t.value, t.unit) for t in recs[3].targets] == [(150, "盏")]


def test_a_name_line_without_items_is_no_list():
    recs = _recs("东山乡乡长周文电视问政公开承诺\n周文:今年我们承诺把便民桥建好。\n")
    assert len(recs) <= 1


def test_a_statement_of_pledges_gives_its_units_items_one_per_step():
    recs = _recs("县水利局局长表态发言\n我局将全力以赴落实好县委、县政府的部署。一是加快推进城西水库除险加固,"
                 "确保6月底前完成大坝加固、9月底前完成竣工验收;二是年内完成河道清淤25公里;三是每月开展一次水库安全巡查。\n")
    assert [(c.task, c.deadline.date if c.deadline else None) for c in recs] == [
        ("城西水库除险加固大坝加固", "2024-06-30"), ("城西水库除险加固竣工验收", "2024-09-30"),
        ("河道清淤", "2024-12-31"), ("水库安全巡查", None)]
    assert all([a.name for a in c.actors] == ["县水利局"] for c in recs)


def test_a_unit_that_will_in_a_speech_gives_its_items():
    # not a statement of pledges: a unit head speaking of his own plans
    recs = _recs("县水利局局长在全县水利工作会议上的讲话\n我局将全力以赴落实好县委、县政府的部署。"
                 "一是加快推进城西水库除险加固;二是年内完成河道清淤25公里。\n")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("城西水库除险加固", ["县水利局"]), ("河道清淤", ["县水利局"])]


# ---- a work introduced, then 这项工作; a rate due by its own term ------------------------------------------

def test_this_work_takes_the_work_the_sentence_before_introduced():
    recs = _recs("青禾镇集镇改造是今年全镇的一号工程。这项工作由刘强镇长总负责,镇规划办负责实施。\n")
    assert recs[0].task == "青禾镇集镇改造"
    assert [(a.name, a.role) for a in recs[0].actors] == [("刘强", "lead"), ("镇规划办", "responsible")]


def test_a_rate_due_by_its_own_term_is_a_step_of_its_own():
    recs = _recs("北关片区征收方面,7月15日前要完成房屋测绘,9月30日前签约率要达到95%以上,11月底前完成房屋拆除。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("房屋测绘", "2024-07-15"), ("签约率达到95%以上", "2024-09-30"), ("房屋拆除", "2024-11-30")]
    assert [[(t.value, t.unit) for t in c.targets] for c in recs] == [[], [(95, "%")], []]


# ---- a rectification item labelled 问题一: ------------------------------------------------------------------

def test_problems_labelled_with_their_numbers_are_one_item_each_with_the_goals_target():
    recs = _recs("桐溪县巡察反馈问题整改清单\n问题一:城区公厕数量不足。\n整改目标:城区公厕覆盖率达到90%以上。\n"
                 "整改措施:新建公厕20座。\n责任单位:县城管局。\n整改时限:2024年10月底前。\n整改进展:正在推进。\n"
                 "问题二:农贸市场周边占道经营。\n整改措施:开展集中整治。\n责任单位:东城街道。\n整改时限:立行立改。\n整改进展:已完成整改。\n")
    assert len(recs) == 2
    first, second = recs
    assert (first.task, first.deadline.date, [(t.op, t.value, t.unit) for t in first.targets]) == \
        ("城区公厕覆盖率", "2024-10-31", [(">=", 90, "%")])
    assert [a.name for a in first.actors] == ["县城管局"] and first.progress.status == "on_track"
    assert [a.name for a in second.actors] == ["东城街道"] and second.progress.status == "done"


# ---- a report on pledges kept: each item's pledge, its term and its count ---------------------------------

_KEPT = ("南坪镇2023年承诺事项兑现情况\n年初,南坪镇向全镇群众公开承诺办好6件实事,目前已全部兑现。\n"
         "一、集镇污水管网工程。承诺年内铺设管网8公里,现已全部完工。\n"
         "二、中心小学食堂改造。承诺9月底前投入使用,已于8月25日投入使用。\n"
         "三、村级养老服务站建设。承诺新建4个,已建成4个。\n"
         "四、乡村公路维修。计划维修12公里,已完成维修7公里。\n")


def test_a_kept_pledge_item_keeps_its_term_and_its_count():
    recs = {c.task: c for c in _recs(_KEPT, date="2023-12-20")}
    sewer, canteen = recs["集镇污水管网工程"], recs["中心小学食堂改造"]
    assert (sewer.deadline.date, [(t.value, t.unit) for t in sewer.targets]) == ("2023-12-31", [(8, "公里")])
    assert (canteen.deadline.date, canteen.progress.status) == ("2023-09-30", "done")


def test_all_that_was_pledged_built_is_done_part_of_it_on_track():
    recs = {c.task: c for c in _recs(_KEPT, date="2023-12-20")}
    assert recs["村级养老服务站建设"].progress.status == "done"
    assert recs["乡村公路维修"].progress.status == "on_track"


def test_all_started_is_not_done():
    c = _recs("一、重点民生工程进展\n1.新建公办幼儿园:计划新建3所,已开工3所。\n", date="2024-06-20")[-1]
    assert c.progress.status == "on_track"


# ---- minutes: a section opened by 研究X有关事宜 ---------------------------------------------------------------

def test_a_section_on_a_matter_studied_names_its_decision_and_the_support_asked():
    recs = _recs("县政府第八次常务会议纪要\n一、研究城东农贸市场改造有关事宜\n"
                 "会议原则同意县商务局提出的改造方案。会议明确,由县城投公司负责,10月底前完成改造。"
                 "县财政局要做好资金保障,县市场监管局要加强施工期间的市场秩序管理。\n")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("城东农贸市场改造", ["县城投公司"]), ("城东农贸市场改造资金保障", ["县财政局"]),
        ("施工期间的市场秩序管理", ["县市场监管局"])]
    assert recs[0].deadline.date == "2024-10-31"


# ---- a speech's headings of manner, holidays, opening to the public, goals reached ------------------------

def test_a_heading_of_manner_names_no_work_for_the_steps_below():
    recs = _recs("区长在全区重点工作推进会上的讲话\n第一,全力以赴抓项目。青山物流园项目要在5月底前完成土地摘牌,8月底前开工建设。\n",
                 date="2024-03-15")
    assert [c.task for c in recs] == ["青山物流园项目土地摘牌", "青山物流园项目开工建设"]


def test_the_day_before_july_first_is_due_and_opening_is_a_step_of_the_work():
    c = _one("湿地公园二期要加快施工,确保“七一”前对外开放。\n", date="2024-03-15")
    assert (c.task, c.deadline.date) == ("湿地公园二期对外开放", "2024-06-30")


def test_a_goal_reached_takes_the_work_before_it():
    c = _one("区教育局要抓紧推进校园食堂明厨亮灶建设,年底前实现全覆盖。\n", date="2024-03-15")
    assert (c.task, c.deadline.date) == ("校园食堂明厨亮灶建设全覆盖", "2024-12-31")


def test_a_share_of_the_years_investment_keeps_what_it_is_a_share_of():
    c = _one("各项目业主单位要倒排工期,确保三季度末完成年度投资的75%以上。\n", date="2024-03-15")
    assert "年度投资" in c.task and [(t.value, t.unit) for t in c.targets] == [(75, "%")]


# ---- minutes: items decided inline, a unit with its term and no modal, a recurring duty -------------------

def test_items_decided_inline_each_take_their_own_unit():
    recs = _recs("县河长制工作专题会议纪要\n会议议定事项如下:1.由县水利局牵头,6月20日前完成河道采砂点清理;"
                 "2.县财政局于5月底前拨付河道保洁经费300万元;3.县河长办每月通报一次各乡镇河长巡河情况。\n")
    assert [(c.task, [(a.name, a.role) for a in c.actors]) for c in recs] == [
        ("河道采砂点清理", [("县水利局", "lead")]), ("拨付河道保洁经费", [("县财政局", "responsible")]),
        ("各乡镇河长巡河情况月报", [("县河长办", "responsible")])]  # (a recurring report named by what it reports, rx29)
    assert [c.deadline.date if c.deadline else None for c in recs] == ["2024-06-20", "2024-05-31", None]


# ---- replies to citizens' messages -------------------------------------------------------------------------

def test_a_units_reply_answers_for_what_it_plans():
    recs = _recs("网络问政回复选登\n问:南坪村灌溉渠多年失修,春灌用水困难。\n"
                 "答:县水利局回复:经核实,南坪村灌溉渠已列入今年小型水利工程建设计划,计划6月底前完成渠道修复加固,届时可满足春灌需要。\n"
                 "问:城东小学门前人行道破损。\n答:县城管局回复:该人行道修复已纳入今年城区道路维修计划,目前正在施工,预计5月底前完工。\n",
                 date="2024-04-18")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == [
        ("渠道修复加固", ["县水利局"], "2024-06-30"), ("人行道修复", ["县城管局"], "2024-05-31")]
    assert recs[1].progress.status == "on_track"


def test_a_question_alone_is_no_commitment():
    assert _recs("问:城东小学门前人行道破损,希望尽快修复。\n", date="2024-04-18") == []


# ---- a pledge's sanction; problems quoted in their headings; one person's party and office posts ----------

def test_the_sanction_of_a_pledge_is_no_item():
    recs = _recs("县水利局2024年度公开承诺书\n我局现就2024年重点工作作出如下承诺:\n1.完成小型水库除险加固8座,汛期前全部完工。\n"
                 "2.新建农村供水工程12处。\n如未完成上述承诺,自愿接受组织问责。\n承诺单位:县水利局\n", date="2024-02-20")
    assert [c.task for c in recs] == ["小型水库除险加固", "新建农村供水工程"]


def test_a_problem_quoted_in_its_heading_is_named_by_its_remedy():
    recs = _recs("县交通运输局关于巡察反馈问题整改情况的通报\n(一)关于“农村公路养护管理不规范”的问题\n"
                 "整改情况:已修订养护考核办法,正在整改,计划11月底前完成。\n责任领导:局党组书记、局长赵明\n", date="2024-09-10")
    c = recs[-1]
    assert (c.task, c.deadline.date, c.progress.status) == ("规范农村公路养护管理", "2024-11-30", "on_track")
    assert [(a.name, a.kind) for a in c.actors] == [("赵明", "person")]


# ---- the year's indicators in one sentence -----------------------------------------------------------------

def test_the_years_indicators_are_one_commitment_each():
    recs = _recs("今年全市的发展目标为:地区生产总值增长6%左右,规上工业增加值增长8%,"
                 "居民人均可支配收入增长与经济增长同步,城镇调查失业率控制在5.5%以内。\n", date="2024-01-20")
    assert [(c.task, [(t.value, t.unit) for t in c.targets]) for c in recs] == [
        ("地区生产总值增长", [(6, "%")]), ("规上工业增加值增长", [(8, "%")]), ("居民人均可支配收入增长", []),
        ("城镇调查失业率", [(5.5, "%")])]


def test_a_stretch_target_of_the_same_indicator_stays_with_it():
    c = _one("今年全县固定资产投资要确保增长9%以上,力争达到11%。\n", date="2024-01-20")
    assert c.task == "固定资产投资增长" and [t.value for t in c.targets] == [9, 11]


def test_past_indicators_are_no_commitments():
    assert _recs("去年,全县地区生产总值增长6.1%,一般公共预算收入增长4.2%。\n", date="2024-01-20") == []


# ---- a supervision notice's lines by unit; investment of the works counted ----------------------------------

def test_a_line_opened_by_a_unit_is_that_units_and_a_slow_work_is_named_by_the_work():
    recs = _recs("关于二季度重点工作督查情况的通报\n一、督查发现的主要问题\n"
                 "(一)县发改局:城西物流园项目前期手续办理进度滞后,目前仅完成立项,请于8月10日前完成用地预审。\n"
                 "(二)南坪镇:高标准农田建设推进缓慢,请加快进度,确保9月底前完工。\n", date="2024-07-05")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == [
        ("城西物流园项目前期手续办理", ["县发改局"], "2024-08-10"), ("高标准农田建设", ["南坪镇"], "2024-09-30")]


def test_the_investment_of_the_works_counted_stays_with_them():
    c = _recs("今年要重点抓好以下工作。一是抓项目建设。全年实施重点项目80个,完成投资120亿元以上。\n", date="2024-01-20")[-1]
    assert [(t.value, t.unit) for t in c.targets] == [(80, "个"), (120, "亿元")]


# ---- a task table's area before its task; pledges kept by share --------------------------------------------

def test_the_area_an_item_is_filed_under_is_not_its_task():
    recs = _recs("2024年城区重点工作任务分解\n一、加快城市更新。推进西关片区旧城改造,年内完成征收260户。责任领导:陈刚;"
                 "责任单位:县住建局;时间节点:2024年12月底。\n", date="2024-03-01")
    assert (recs[0].task, [(t.value, t.unit) for t in recs[0].targets]) == ("西关片区旧城改造", [(260, "户")])


def test_the_share_of_pledges_kept_is_their_progress():
    c = _one("东山乡召开承诺事项践诺评议会。年初,乡党委、政府公开承诺办好20件民生实事,截至目前,已兑现15件,兑现率75%,"
             "其余5件正在加紧推进,确保年底前全部兑现。\n", date="2024-11-20")
    assert (c.progress.status, c.progress.percent) == ("on_track", 75)


def test_the_government_after_the_party_committee_is_of_the_same_place():
    from kg.extract.actors import parse_list
    assert [n for n, *_ in parse_list("乡党委、政府")] == ["乡党委", "乡政府"]
    assert [n for n, *_ in parse_list("县委、县政府")] == ["县委", "县政府"]


# ---- answers on air in the first person; a share recovered ----------------------------------------------

def test_an_answer_on_air_in_the_first_person_is_the_speakers_and_his_units():
    recs = _recs("电视问政第五期:市容环境\n主持人:城区流动摊贩问题怎么解决?\n"
                 "县市场监管局局长周平:我们计划在7月底前完成城区农贸市场周边集中整治,同时在城北新建1处临时便民市场,"
                 "9月底前投入使用。\n", date="2024-06-12")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("城区农贸市场周边集中整治", "2024-07-31"), ("临时便民市场投入使用", "2024-09-30")]
    assert all([a.name for a in c.actors] == ["县市场监管局", "周平"] for c in recs)


def test_a_share_recovered_is_progress():
    from kg.extract.progress import find_progress
    p = find_progress("已追缴45%", "2024-05-10", 2024)
    assert (p.status, p.percent) == ("on_track", 45)


# ---- a progress table's share of investment; a rectification plan's aim and its items' remedies ----------

def test_a_tables_share_done_is_of_its_investment_not_its_size():
    recs = _recs("2024年重点项目1-6月进展情况表\n序号\t项目名称\t建设内容\t年度计划投资(亿元)\t1-6月完成投资(亿元)\t形象进度\t责任单位\n"
                 "1\t青禾大道改造\t道路改造4公里\t2\t0.5\t完成路基施工,进度滞后\t县交通运输局\n", date="2024-07-15")
    assert (recs[0].progress.status, recs[0].progress.percent) == ("behind", 25)


def test_a_rectification_plans_aim_is_due_not_done_and_its_items_are_named_by_their_remedies():
    recs = _recs("县城乡环境问题整改方案\n一、整改目标\n2024年9月底前,反馈的12个问题全部整改到位。\n二、整改任务\n"
                 "1.针对部分小区垃圾分类不规范问题,由县城管局负责,8月底前完成分类设施配齐。\n", date="2024-05-10")
    aim, item = recs
    assert (aim.task, aim.deadline.date, aim.progress) == ("反馈问题整改", "2024-09-30", None)
    assert (item.task, [a.name for a in item.actors]) == ("规范小区垃圾分类", ["县城管局"])


# ---- a pledge on behalf of a body, inside a speech --------------------------------------------------------

def test_a_pledge_on_behalf_of_a_unit_gives_each_work_that_unit():
    recs = _recs("县住建局局长在全县城建工作会上的讲话\n在这里,我代表县住建局郑重承诺:年内完成城区雨污分流改造8公里,"
                 "新增公共停车位600个,改造背街小巷15条。请大家监督。\n", date="2024-02-20")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("城区雨污分流改造", ["县住建局"]), ("新增公共停车位", ["县住建局"]), ("改造背街小巷", ["县住建局"])]


def test_a_governments_word_to_the_public_lists_its_works_without_an_actor_and_a_summary_is_no_work():
    recs = _recs("县长在县人代会闭幕式上的讲话\n我代表县人民政府向全县人民郑重承诺:年内新建农村公路80公里,"
                 "新增城区学位2000个,改造老旧小区12个,所有实事项目年底前全部完成。请各位代表和全县人民监督。\n",
                 date="2024-01-18")
    assert [(c.task, c.actors) for c in recs] == [("新建农村公路", ()), ("新增城区学位", ()), ("改造老旧小区", ())]


# ---- a unit's own report; on-site work; a unit asked to organise --------------------------------------------

def test_a_units_own_plan_gives_it_the_items_below_each_named_by_its_heading():
    recs = _recs("县水利局2024年上半年工作总结和下半年工作计划\n一、上半年工作完成情况\n上半年,我局完成河道清淤20公里。\n"
                 "二、下半年工作计划\n下半年,我局将重点做好以下工作:\n(一)加快水库除险加固。10月底前完成剩余3座小型水库除险加固任务。\n"
                 "(二)推进农村供水保障。年底前新建农村供水工程8处。\n", date="2024-07-08")
    done, *plan = recs  # (the half-year's work told done: a record of its own, done; session 56)
    assert done.progress.status == "done" and done.deadline is None
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in plan] == [
        ("小型水库除险加固", ["县水利局"], "2024-10-31"), ("新建农村供水工程", ["县水利局"], "2024-12-31")]


def test_the_site_visited_names_the_work_asked_of_a_unit():
    c = _one("在城西学校建设现场,李军详细了解工程进度,要求县教育局和施工单位科学组织施工,确保8月25日前具备开学条件。\n",
             date="2024-05-22")
    assert (c.task, [a.name for a in c.actors], c.deadline.date) == ("城西学校建设", ["县教育局"], "2024-08-25")


# ---- bulleted pledges below their lead-in --------------------------------------------------------------------

def test_bulleted_pledges_below_a_lead_in_are_one_each():
    recs = _recs("东湾镇2024年为民办实事公开承诺\n东湾镇向全镇群众公开承诺,今年办好以下实事:\n"
                 "● 新建东湾至北岭通村公路2.8公里,11月底前建成通车;\n◆ 改造镇中心幼儿园,8月底前投入使用;\n"
                 "● 新增镇区垃圾分类亭30座。\n欢迎全镇群众监督。\n", date="2024-02-26")
    assert [(c.task, c.deadline.date if c.deadline else None) for c in recs] == [
        ("新建东湾至北岭通村公路", "2024-11-30"), ("改造镇中心幼儿园", "2024-08-31"), ("新增镇区垃圾分类亭", None)]
    assert [(t.value, t.unit) for t in recs[2].targets] == [(30, "座")]


# ---- steps of works named inside the clause ------------------------------------------------------------------

def test_each_work_and_step_named_with_its_own_term_is_one_commitment():
    recs = _recs("各项目业主单位要抓紧时间、倒排工期,确保东河大桥7月底前合龙、11月底前通车,确保滨江路二期9月底前完成路面工程。\n",
                 date="2024-03-30")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("东河大桥合龙", "2024-07-31"), ("东河大桥通车", "2024-11-30"), ("滨江路二期路面工程", "2024-09-30")]


def test_the_second_step_of_a_work_led_by_roles_is_named_after_the_work():
    recs = _recs("由副市长周涛同志负总责,市交通运输局牵头,市财政局配合,确保西环快速路5月底前开工、年底前建成通车。\n",
                 date="2024-03-01")
    assert [(c.task, c.deadline.date) for c in recs] == [("西环快速路开工", "2024-05-31"), ("西环快速路建成通车", "2024-12-31")]
    assert [a.name for a in recs[1].actors] == ["周涛", "市交通运输局", "市财政局"]


# ---- a supervision notice's set counted as of a day and its overdue items --------------------------------

def test_the_set_counted_as_of_a_day_and_its_overdue_items_below_an_unnumbered_heading():
    recs = _recs("关于县政府重点督办事项落实情况的通报\n截至6月30日,28项重点督办事项中,已办结17项,正常推进8项,逾期未办结3项。\n"
                 "逾期未办结事项:\n1.城东农贸市场改造(牵头单位:县商务局,完成时限:2024年5月底),目前完成主体工程的70%。\n",
                 date="2024-07-10")
    assert (recs[0].task, [(t.value, t.unit) for t in recs[0].targets]) == ("督办事项落实", [(28, "项")])
    assert (recs[1].task, recs[1].progress.status, recs[1].progress.percent) == ("城东农贸市场改造", "behind", 70)


# ---- a report's items: heading sentence, then a unit's line on what it has done ----------------------------

def test_a_units_line_on_what_it_has_done_is_its_part_of_the_items_work():
    recs = _recs("县委办公室关于会议精神落实情况的报告\n县委常委会部署的5项工作,目前已完成3项。\n"
                 "一是农贸市场提升。县商务局已完成改造4个,剩余2个计划9月底前完成。\n", date="2024-05-28")
    c = recs[-1]
    assert (c.task, [a.name for a in c.actors], c.deadline.date) == ("农贸市场提升", ["县商务局"], "2024-09-30")
    assert c.progress.status == "on_track"


def test_a_minutes_item_approving_a_units_opinion_is_named_by_its_work():
    recs = _recs("县政府第七次常务会议纪要\n一、会议同意县卫健局关于乡镇卫生院改造的意见,年内完成6所卫生院改造。"
                 "(责任单位:县卫健局;配合单位:县财政局;完成时限:2024年12月底)\n", date="2024-03-22")
    assert (recs[0].task, [a.name for a in recs[0].actors]) == ("乡镇卫生院改造", ["县卫健局", "县财政局"])


# ---- figures: two rates told together, counts in hundreds and thousands -----------------------------------

def test_two_rates_told_together_are_two_targets():
    from kg.extract.targets import find_targets
    ts = find_targets("城镇和农村居民收入分别增长4.5%和5.8%")
    assert [(t.metric, t.value, t.unit) for t in ts] == [("城镇和农村居民收入增长", 4.5, "%"), ("城镇和农村居民收入增长", 5.8, "%")]


def test_a_count_in_chinese_numerals_of_hundreds_or_thousands_before_the_thing():
    c = _one("今年要新建三千套保障性租赁住房,年底前全部开工。\n", date="2024-02-20")
    assert (c.task, [(t.value, t.unit) for t in c.targets]) == ("保障性租赁住房开工", [(3000, "套")])


# ---- pledges said in news, weekly plans, decided items with steps, a unit funding a work --------------------

def test_a_pledge_said_in_the_news_is_the_speakers_and_a_bare_step_after_it_names_the_work():
    recs = _recs("局长们的承诺\n县民政局局长孙慧在承诺中表示,年内将建成5个村级互助养老点。\n"
                 "县水利局局长钱进承诺,9月底前完成西河堤防加固工程主体施工,年底前实现全线完工。\n", date="2024-03-08")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("建成村级互助养老点", ["孙慧", "县民政局"]), ("西河堤防加固工程主体施工", ["钱进", "县水利局"]),
        ("西河堤防加固工程全线完工", ["钱进", "县水利局"])]


def test_a_weekly_plans_work_and_step_after_a_colon_are_one_name():
    c = _recs("县城区建设项目周调度情况\n二、下周工作计划\n1.城北安置小区:启动6#楼外墙施工。(责任单位:县城投公司)\n",
              date="2024-06-28")[-1]
    assert (c.task, [a.name for a in c.actors]) == ("城北安置小区6#楼外墙施工", ["县城投公司"])


def test_a_decided_item_with_two_steps_and_a_unit_funding_a_work():
    recs = _recs("县政府关于城西片区开发建设协调会议纪要\n二、关于城西片区道路建设问题\n会议决定:\n"
                 "1.县交通运输局负责,5月底前完成经三路设计招标,7月底前开工建设。\n2.县财政局统筹安排道路建设资金3000万元。\n",
                 date="2024-04-02")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date if c.deadline else None) for c in recs] == [
        ("经三路设计招标", ["县交通运输局"], "2024-05-31"), ("经三路开工建设", ["县交通运输局"], "2024-07-31"),
        ("安排道路建设资金", ["县财政局"], None)]


# ---- leaders' division of work; a hospital opening; names put together keep their script ------------------

def test_a_leaders_line_in_a_division_of_work_gives_him_its_charge():
    recs = _recs("关于明确县政府领导工作分工的通知\n孙伟同志:负责全县农业农村工作,牵头推进高标准农田建设,年内新建高标准农田3万亩。\n"
                 "周敏同志:负责教育卫生工作,牵头推进县中医院迁建,9月底前建成投用。\n", date="2024-02-22")
    assert [(c.task, [(a.name, a.role) for a in c.actors], c.deadline.date) for c in recs] == [
        ("高标准农田建设", [("孙伟", "lead")], "2024-12-31"), ("县中医院迁建", [("周敏", "lead")], "2024-09-30")]


def test_opening_to_patients_is_a_step_of_its_own():
    recs = _recs("关于县妇幼保健院新院区项目。县卫健局要加快设备采购,8月底前完成设备安装调试,9月1日前正式开诊。\n",
                 date="2024-05-15")
    assert [(c.task, c.deadline.date) for c in recs][-1] == ("县妇幼保健院新院区项目正式开诊", "2024-09-01")


def test_a_name_put_together_keeps_the_script_of_its_document():
    from kg.extract.finish import tidy
    assert tidy("牵头在4月底前完成全县企业全覆盖检查") == "牵头完成全县企业全覆盖检查"


# ---- counts put right and forecast, a unit's pledge table reported on, a campaign's aims ------------------

def test_problems_put_right_and_the_rest_forecast_are_under_way_and_due():
    recs = _recs("关于省环保督察反馈问题的整改销号进展通报\n截至目前,反馈我县的18个问题已整改销号15个,剩余3个问题正在推进,"
                 "预计11月底前全部销号。\n", date="2024-10-05")
    c = recs[0]
    assert (c.task, c.progress.status, c.deadline.date) == ("环保督察反馈问题整改", "on_track", "2024-11-30")


def test_a_units_pledge_table_reported_on_is_the_units_and_a_count_reached_is_done():
    recs = _recs("县水利局2024年公开承诺事项完成情况\n承诺事项\t承诺时限\t完成情况\n新建农村供水工程10处\t2024年10月底\t已完成11处\n"
                 "治理水土流失面积20平方公里\t2024年11月底\t已完成15平方公里\n", date="2024-12-20")
    assert [(c.progress.status, [a.name for a in c.actors]) for c in recs] == [
        ("done", ["县水利局"]), ("on_track", ["县水利局"])]


def test_a_campaigns_period_is_not_its_task():
    recs = _recs("会议明确,从即日起开展为期90天的攻坚行动,确保8月底前完成片区内500户房屋征收签约,10月底前完成全部房屋拆除。\n",
                 date="2024-06-05")
    assert [(c.task, c.deadline.date) for c in recs] == [("片区内房屋征收签约", "2024-08-31"), ("房屋拆除", "2024-10-31")]


def test_a_report_items_forecast_after_what_is_done_is_its_deadline():
    recs = _recs("关于县十件民生实事三季度进展情况的通报\n3.城区公共充电桩建设。(责任单位:县发改局)已完成招标,预计12月底前投入使用。\n",
                 date="2024-10-12")
    assert (recs[-1].task, recs[-1].deadline.date, recs[-1].progress.status) == ("城区公共充电桩建设", "2024-12-31", "on_track")


def test_a_rectification_plans_problem_told_by_its_shortfall_and_a_measures_bound():
    recs = _recs("县城市管理局落实巡察反馈意见整改方案\n(一)背街小巷保洁不到位的问题\n整改措施:实行网格化保洁,8月底前实现背街小巷保洁全覆盖。\n"
                 "责任领导:副局长张华\n整改时限:2024年8月31日\n(二)投诉办理时效慢的问题\n整改措施:完善派单机制,投诉按期办结率达到98%以上。\n"
                 "责任领导:副局长李明\n整改时限:长期坚持\n", date="2024-05-30")
    assert (recs[0].task, recs[0].deadline.date) == ("背街小巷保洁", "2024-08-31")
    assert [(t.op, t.value, t.unit) for t in recs[1].targets] == [(">=", 98, "%")]


# ---- a plan's aims by year, a letter to one unit, a topic's plan and its later step -----------------------

def test_a_plans_aims_are_due_each_year_they_name():
    recs = _recs("县农村供水保障三年行动方案\n总体目标:到2026年底,全县农村自来水普及率达到98%以上。"
                 "分年度目标:2024年完成管网改造300公里,2025年完成管网改造200公里,2026年完成剩余改造任务。\n", date="2024-03-10")
    assert [(c.deadline.date, [(t.value, t.unit) for t in c.targets]) for c in recs] == [
        ("2026-12-31", [(98, "%")]), ("2024-12-31", [(300, "公里")]), ("2025-12-31", [(200, "公里")]), ("2026-12-31", [])]
    assert recs[0].task == "农村自来水普及率"


def test_a_letter_to_one_unit_asks_it_each_step_by_its_own_term():
    recs = _recs("县政府督查室督办通知\n县住建局:\n群众反映城东小区电梯长期停运问题,请你单位高度重视,于5个工作日内提出解决方案,"
                 "20日内完成电梯维修。\n", date="2024-09-02")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == [
        ("提出解决方案", ["县住建局"], "2024-09-09"), ("电梯维修", ["县住建局"], "2024-09-22")]


def test_a_topics_plan_drawn_up_first_then_its_work_done():
    recs = _recs("关于背街小巷改造,请周涛同志牵头,区城管局负责,5月底前拿出今年改造计划,年底前完成40条背街小巷改造。\n",
                 date="2024-03-10")
    assert [(c.task, c.deadline.date) for c in recs] == [("背街小巷改造计划", "2024-05-31"), ("背街小巷改造", "2024-12-31")]


# ---- the works a unit is asked about, a slogan's count, a target kept --------------------------------------

def test_the_works_a_unit_is_asked_about_stay_with_it():
    recs = _recs("对已签约未开工的8个项目,县发改局要逐一建立台账,实行县级领导包保,确保11月底前全部开工。\n", date="2024-08-08")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == [
        ("已签约未开工的8个项目", ["县发改局"], "2024-11-30")]


def test_a_slogans_count_in_quotes_stays_in_the_name_and_a_target_kept_is_the_target():
    recs = _recs("各区县要在6月底前完成建筑工地扬尘治理“八个百分百”全覆盖。全年新签约亿元以上项目25个的目标不变。\n",
                 date="2024-05-16")
    assert recs[0].task == "建筑工地扬尘治理“八个百分百”全覆盖"


# ---- a pledge shown by its label; a problem table's remedies --------------------------------------------

def test_a_pledge_shown_by_its_label_gives_each_item_to_the_title_pledger():
    recs = _recs("西岭村党支部书记“亮诺践诺”公示\n亮诺:一是年内完成村内排水沟改造1.8公里;二是新建村级卫生室1处,8月底前投入使用。\n"
                 "践诺:截至目前,排水沟改造已完成0.6公里。\n", date="2024-03-28")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == [
        ("村内排水沟改造", ["西岭村"], "2024-12-31"), ("新建村级卫生室", ["西岭村"], "2024-08-31")]


def test_a_problem_in_a_table_beside_its_measures_is_named_by_its_remedy():
    recs = _recs("县交通运输局巡察整改问题清单\n序号\t问题\t整改措施\t整改责任人\t整改时限\n"
                 "1\t工程变更审批不规范\t修订变更审批办法\t周强(县交通运输局局长)\t2024年6月底前\n"
                 "2\t应收未收路政赔偿款\t全额追缴\t吴亮(县交通运输局副局长)\t2024年9月底前\n", date="2024-04-22")
    assert [c.task for c in recs] == ["规范工程变更审批", "应收未收路政赔偿款"]


def test_a_share_of_the_plan_is_no_plan_and_the_forecast_after_it_dates_the_item():
    recs = _recs("县委督查室关于重点工作推进情况的通报\n一、进展较好的工作\n1.城乡污水一体化工程。已完成管网铺设60公里,"
                 "占计划的92%,预计11月底前全面完工。\n", date="2024-09-25")
    assert (recs[-1].task, recs[-1].deadline.date, recs[-1].progress.percent) == ("城乡污水一体化工程", "2024-11-30", 92)
