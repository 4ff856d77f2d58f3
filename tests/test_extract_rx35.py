"""Rules of session 44 (rx35), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: session 43's held-out halves, read now, and new sets of speeches, minutes,
pledges, rectification lists and supervision reports) and checked on ../shared/eval.

Every sentence here is composed for the test (青岚县, 石桥镇, 河口村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs


# ---- pledges: a town's list of practical things, circled items, a term for those naming none ----------------------

_TOWN_LIST = ("中共石桥镇委员会 石桥镇人民政府\n"
              "关于2012年为民办好八件实事的公开承诺\n"
              "全镇广大群众:\n"
              "经镇党委会研究,决定集中财力办好以下八件实事,并郑重向全镇群众承诺:\n"
              "①投资260万元,硬化通村道路12公里(9月底前完成);\n"
              "②新打、维修机电井30眼,发展节水灌溉面积3000亩;\n"
              "③新植各类苗木8万株,镇驻地绿化覆盖率达到30%左右;\n"
              "④在8个中心村安装太阳能路灯120盏(6月底前完成)。\n"
              "以上实事,凡未注明时限的,均在2012年12月底前完成。\n")


def test_circled_items_under_a_pledge_lead_in_are_pledges():
    recs = _recs(_TOWN_LIST, date="2012-03-01")
    tasks = [c.task for c in recs]
    assert any("通村道路" in t for t in tasks) and any("机电井" in t for t in tasks)
    assert any("太阳能路灯" in t for t in tasks) and any("苗木" in t or "绿化" in t for t in tasks)


def test_a_term_for_the_items_naming_none_is_theirs_and_no_commitment():
    recs = _recs(_TOWN_LIST, date="2012-03-01")
    wells = next(c for c in recs if "机电井" in c.task)
    assert wells.deadline.date == "2012-12-31"
    road = next(c for c in recs if "通村道路" in c.task)
    assert road.deadline.date == "2012-09-30"  # its own term stays
    lamps = next(c for c in recs if "太阳能路灯" in c.task)
    assert lamps.deadline.date == "2012-06-30" and "完成" not in lamps.task and "(" not in lamps.task
    assert not any("未注明" in c.text for c in recs)


def test_an_items_cost_its_wells_and_its_saplings_are_targets():
    recs = _recs(_TOWN_LIST, date="2012-03-01")
    road = next(c for c in recs if "通村道路" in c.task)
    assert ("投资", 260.0, "万元") in [(t.metric, t.value, t.unit) for t in road.targets]
    wells = next(c for c in recs if "机电井" in c.task)
    assert ("机电井", 30.0, "眼") in [(t.metric, t.value, t.unit) for t in wells.targets]
    assert "30" not in wells.task
    trees = next(c for c in recs if "苗木" in c.task or "绿化" in c.task)
    assert (8.0, "万株") in [(t.value, t.unit) for t in trees.targets]


def test_a_projects_total_cost_told_in_a_speech_is_no_target_of_its_own():
    text = "石桥大桥是我县今年单体投资最大的交通项目,总投资3.2亿元,县交通局要派专人跟踪服务,确保10月底前主体完工。\n"
    recs = _recs(text, date="2020-03-01")
    assert recs and not any(t.metric == "总投资" for c in recs for t in c.targets)


def test_last_years_pledged_set_told_fulfilled_is_done_and_counted():
    text = ("河口村两委关于2016年为民办实事的公开承诺\n"
            "2015年,村两委年初承诺的六件实事全部兑现。\n"
            "今年,村两委向全体村民承诺办好以下实事:\n"
            "1.年内新修村组道路3公里;\n"
            "2.6月底前建成村文化活动室1处。\n")
    recs = _recs(text, date="2016-02-20")
    done = next(c for c in recs if "全部兑现" in c.text)
    assert done.progress and done.progress.status == "done"
    assert [(t.metric, t.value) for t in done.targets] == [("实事", 6.0)]
    assert "兑现" not in done.task


# ---- service pledges of a department: its offices in brackets, the body's term and figures -------------------------

_OFFICE_PLEDGES = ("青岚市水利局2015年度服务承诺书\n"
                   "现将今年的服务事项和重点工作承诺如下:\n"
                   "一、取水许可审批。材料齐全的,自受理之日起8个工作日内办结。(承办处室:水资源管理科)\n"
                   "二、农田水利建设。10月底前全市新建高效节水灌溉面积6万亩,渠系水利用系数不低于0.6。"
                   "(牵头处室:农村水利科;配合处室:规划计划科)\n"
                   "三、河道清障。汛期前完成主要河道阻水障碍清除。(承办:河道管理站)\n")


def test_a_departments_offices_in_brackets_are_its_items_actors():
    recs = _recs(_OFFICE_PLEDGES, date="2015-02-10")
    permit = next(c for c in recs if "取水许可" in c.task)
    assert [(a.name, a.role) for a in permit.actors] == [("水资源管理科", "responsible")]
    water = next(c for c in recs if "农田水利" in c.task)
    assert [(a.name, a.role) for a in water.actors] == [("农村水利科", "lead"), ("规划计划科", "assist")]
    river = next(c for c in recs if "河道" in c.task)
    assert [(a.name, a.role) for a in river.actors] == [("河道管理站", "responsible")]
    assert not any(c.task.startswith(("承办", "牵头处室")) for c in recs)


def test_a_labelled_items_body_gives_its_term_and_figures():
    text = ("东坪镇2019年为民办实事承诺\n"
            "一、村道硬化。9月底前完成通组道路硬化15公里,惠及农户不少于600户。(承办:镇交通站)\n")
    recs = _recs(text, date="2019-03-01")
    road = next(c for c in recs if "村道硬化" in c.task)
    assert road.deadline.date == "2019-09-30"
    assert (15.0, "公里") in [(t.value, t.unit) for t in road.targets]


def test_a_status_told_after_its_label_gives_no_term():
    text = ("龙门县2020年民生实事践诺情况\n"
            "1.城区幼儿园建设。责任单位:县教育局。践诺情况:已兑现。2所幼儿园均于9月投入使用。\n")
    recs = _recs(text, date="2021-01-10")
    school = next(c for c in recs if "幼儿园" in c.task)
    assert school.progress.status == "done" and school.deadline is None


def test_a_pledge_block_spaced_labels_and_its_heading_name_the_work():
    text = ("白沙区交通局2017年为民办实事公开承诺\n"
            "【实事一】农村公路安保工程\n"
            "承诺内容:完成沙河、石岭等9条农村公路安保设施建设,总里程42公里\n"
            "承 诺 人:龙某(局长)\n"
            "分管领导:韦某(副局长)\n"
            "责任科室:建设管理科\n"
            "完成时限:2017年10月31日前\n"
            "【实事二】公交站亭更新\n"
            "承诺内容:更新城区公交站亭60座\n"
            "承 诺 人:龙某(局长)\n"
            "分管领导:黄某(副局长)\n"
            "责任科室:运输管理科\n"
            "完成时限:9月底前\n")
    recs = _recs(text, date="2017-03-05")
    assert [c.task for c in recs] == ["农村公路安保工程", "公交站亭更新"]
    road, stops = recs
    assert ("韦某", "lead") in [(a.name, a.role) for a in road.actors]
    assert ("建设管理科", "responsible") in [(a.name, a.role) for a in road.actors]
    assert road.deadline.date == "2017-10-31" and stops.deadline.date == "2017-09-30"
    assert ("农村公路安保设施建设", 9.0) in [(t.metric, t.value) for t in road.targets]


# ---- rectification: a numbered problem, its fix, a bracket of labels, then how it stands ---------------------------

def test_a_rectified_problem_with_labels_in_brackets_then_its_status():
    text = ("石桥镇党委关于县委专项巡察反馈问题整改情况的通报\n"
            "县委巡察组反馈问题3个。镇党委对照问题逐条制定措施,明确责任单位和完成时限。现将整改情况通报如下:\n"
            "①低保对象动态管理不到位。镇民政办逐户复核低保对象326户,清退不符合条件的7户。"
            "(责任单位:镇民政办;完成时限:2018年9月30日)已整改到位。\n"
            "②村级活动场所建设滞后。督促施工方增加人手,确保5个村活动场所11月底前全部完工。"
            "(责任单位:镇规划建设办;配合单位:县民政局)正在整改,目前已完成工程量的70%。\n"
            "下一步,镇整改办将把巡察整改与年底考核结合起来,12月10日前对全部问题开展一次“回头看”。\n")
    recs = _recs(text, date="2018-10-15")
    welfare = next(c for c in recs if "低保" in c.task)
    assert [(a.name, a.role) for a in welfare.actors] == [("镇民政办", "responsible")]
    assert welfare.deadline.date == "2018-09-30" and welfare.progress.status == "done"
    halls = next(c for c in recs if "活动场所" in c.task)
    assert halls.progress.status == "on_track" and halls.progress.percent == 70  # 建设滞后 is the problem, not its status
    assert not any("时限" in c.task or c.task.startswith(":") for c in recs)
    assert not any("明确责任单位" in c.text for c in recs)
    review = next(c for c in recs if "回头看" in c.task)
    assert review.deadline.date == "2018-12-10"


# ---- speeches: the roles of the work just stated, its size no name ------------------------------------------------

def test_this_work_given_its_leader_and_units_is_the_work_before():
    text = ("青岚河城区段清淤工程已列入市里的计划,总长12.5公里,要在明年5月底前全部完工。"
            "这项工作由李某副县长牵头,县水利局负责组织实施,沿河的城关镇、河口乡配合做好征地协调和群众工作。\n")
    recs = _recs(text, date="2012-11-20")
    assert len(recs) == 1, [(c.task, c.actors) for c in recs]
    river = recs[0]
    assert river.task == "青岚河城区段清淤工程" and river.deadline.date == "2013-05-31"
    assert [(a.name, a.role) for a in river.actors] == [
        ("李某", "lead"), ("县水利局", "responsible"), ("城关镇", "assist"), ("河口乡", "assist")]
    assert (12.5, "公里") in [(t.value, t.unit) for t in river.targets]


# ---- minutes: funds given to a unit, a unit standing as the project's legal person ----------------------------------

def test_funds_given_to_a_unit_and_a_project_legal_person_are_commitments():
    text = ("会议议定:\n"
            "(一)修渠所需资金由县财政局从农业发展资金中先行垫付30万元,4月10日前拨付到位。\n"
            "(二)县水利局作为项目法人,对工程质量和安全负总责,7月底前全部开工建设。\n"
            "(三)县级配套资金120万元由县财政局列入年度预算,按工程进度及时拨付。\n")
    recs = _recs(text, date="2010-03-20")
    assert len(recs) == 3, [(c.task, c.actors) for c in recs]
    advance, legal, matching = recs
    assert [(a.name, a.role) for a in advance.actors] == [("县财政局", "responsible")]
    assert advance.deadline.date == "2010-04-10" and (30.0, "万元") in [(t.value, t.unit) for t in advance.targets]
    assert "资金" in advance.task and "由" not in advance.task
    assert [(a.name, a.role) for a in legal.actors] == [("县水利局", "responsible")] and legal.deadline.date == "2010-07-31"
    assert [(a.name, a.role) for a in matching.actors] == [("县财政局", "responsible")]
    assert (120.0, "万元") in [(t.value, t.unit) for t in matching.targets]


def test_items_decided_after_a_long_paragraph_each_the_unit_it_opens_with():
    text = ("青岚县重点项目调度会议纪要\n"
            "一、汇报情况\n"
            "县住建局:5月份共检查在建工地20个,下达整改通知书8份。\n"
            "二、会议议定事项\n"
            "县长指出,项目推进中的问题大多是协调问题,各单位要把时限当红线。经研究,议定如下:\n"
            "1.县生态环境局对产业园环评开辟绿色通道,7月底前出具批复意见。\n"
            "2.城关街道办事处限期20日内完成剩余18户征迁签约。\n"
            "3.县住建局对5月份抽查发现的8处问题逐项复查,6月30日前全部整改销号。\n"
            "4.县政府督查室对本次议定事项挂账督办,每半月通报一次进展。\n")
    recs = _recs(text, date="2022-06-10")
    by_unit = {c.actors[0].name: c for c in recs if c.actors}
    assert by_unit["县生态环境局"].deadline.date == "2022-07-31"
    assert by_unit["城关街道办事处"].deadline.date == "2022-06-30" and "征迁签约" in by_unit["城关街道办事处"].task
    fix = next(c for c in recs if "8处问题" in c.text and "逐项复查" in c.text)
    assert [a.name for a in fix.actors] == ["县住建局"] and fix.deadline.date == "2022-06-30" and fix.progress is None
    assert "县政府督查室" in by_unit and not by_unit["县政府督查室"].task.startswith("县政府督查室")


def test_a_rectification_measure_told_in_dated_parts_is_one_commitment_a_part():
    text = ("中共青岚县林业局党组关于巡察反馈意见的整改方案\n"
            "问题1:退耕还林项目推进迟缓,2019年度1.5万亩任务至今仅完成0.8万亩。\n"
            "整改措施:一是倒排工期、挂图作战,9月30日前完成2019年度剩余0.7万亩造林任务并组织县级验收;"
            "二是提前开展2020年度项目招投标,11月底前实现2020年度1.2万亩项目全面开工。\n"
            "责任领导:吴某\n"
            "责任单位:县退耕办\n"
            "整改时限:分别于2020年9月30日前、11月30日前完成\n"
            "问题2:干部人事档案专项审核发现的问题整改不彻底。\n"
            "整改措施:对照审核问题清单,年内完成26卷干部人事档案的补充完善。\n"
            "责任单位:人事股\n"
            "整改时限:2020年12月底前\n")
    recs = _recs(text, date="2020-07-10")
    parts = [c for c in recs if "县退耕办" in [a.name for a in c.actors]]
    assert [c.deadline.date for c in parts] == ["2020-09-30", "2020-11-30"], [(c.task, c.deadline) for c in parts]
    assert all(("吴某", "lead") in [(a.name, a.role) for a in c.actors] for c in parts)
    assert (0.7, "万亩") in [(t.value, t.unit) for t in parts[0].targets]
    files = next(c for c in recs if "人事股" in [a.name for a in c.actors])
    assert (26.0, "卷") in [(t.value, t.unit) for t in files.targets]


# ---- supervision: circled items with their units in brackets, the orders after one ---------------------------------

def test_circled_report_items_keep_their_bracket_units_and_the_orders_after_them():
    text = ("石桥镇重点工程建设进度通报\n"
            "现将各项工程进度通报如下:\n"
            "①镇区菜市场新建工程(镇建设办、镇财政所)。主体已封顶,完成工程量约70%,确保国庆节前开业。\n"
            "②镇中心幼儿园(镇中心学校)。因设计变更,至今尚未开工,已严重滞后。镇党委要求8月10日前必须开工,年底前主体完工。\n")
    recs = _recs(text, date="2012-07-15")
    market = next(c for c in recs if "菜市场" in c.task)
    assert market.task == "镇区菜市场新建工程" and market.deadline.date == "2012-09-30"
    assert [a.name for a in market.actors] == ["镇建设办", "镇财政所"]
    school = [c for c in recs if "幼儿园" in c.task]
    assert school and all([a.name for a in c.actors] == ["镇中心学校"] for c in school)
    assert [c.deadline.date for c in school] == ["2012-08-10", "2012-12-31"]  # (X要求 before two dated steps: both)
    assert not any(c.task.startswith("镇党委") for c in recs)


def test_an_amount_with_thousands_separators_is_one_figure():
    text = ("青岚县关于2015年度预算执行审计整改工作的汇报\n"
            "现将具体整改情况报告如下:\n"
            "1.关于非税收入未及时缴库问题。县财政局已将滞留在汇缴专户的2,375.6万元全部缴入国库。\n")
    recs = _recs(text, date="2016-08-30")
    tax = next(c for c in recs if "非税收入" in c.task)
    assert tax.progress.status == "done" and "2375.6万元" in tax.progress.text
    from kg.extract.targets import find_targets
    from kg.extract.segment import fold
    t = find_targets(fold("全年完成投资1,108万元,新建道路12,500米"))
    assert [(x.value, x.unit) for x in t] == [(1108.0, "万元"), (12500.0, "米")] and all(not x.text.startswith("0") and "01" not in x.text for x in t)


def test_a_plans_work_and_its_dated_step_and_a_cut_by_a_share():
    text = ("2019年政府工作安排\n"
            "今年重点抓好以下工作:\n"
            "(一)抓民生、增福祉。城南妇幼保健院迁建项目上半年投入使用。城镇新增就业2.6万人以上。\n")
    recs = _recs(text, date="2019-01-22")
    clinic = next(c for c in recs if "妇幼保健院" in c.task)
    assert clinic.deadline.date == "2019-06-30"
    from kg.extract.targets import find_targets
    assert [(t.op, t.value, t.unit) for t in find_targets("投资项目审批时限压缩40%以上")] == [(">=", 40.0, "%")]


def test_a_bulleted_units_line_with_its_signer_owns_the_items_below():
    text = ("青岚县2018年县直部门主要负责人公开承诺事项\n"
            "■县交通运输局  承诺人:郑某(局长)\n"
            "1.年内新改建通村硬化路90公里。\n"
            "2.9月底前完成全县6座危桥改造。(配合单位:县财政局)\n"
            "■县教育局  承诺人:韦某(局长)\n"
            "3.秋季开学前建成县城第二小学,新增学位1350个。\n")
    recs = _recs(text, date="2018-02-26")
    road = next(c for c in recs if "硬化路" in c.task)
    assert [a.name for a in road.actors] == ["县交通运输局", "郑某"]
    bridges = next(c for c in recs if "危桥" in c.task)
    assert [(a.name, a.role) for a in bridges.actors] == [("县交通运输局", "responsible"), ("郑某", "responsible"),
                                                          ("县财政局", "assist")]
    school = next(c for c in recs if "第二小学" in c.task)
    assert [a.name for a in school.actors] == ["县教育局", "韦某"]
    assert not any(c.task.startswith("■") for c in recs)


def test_units_helping_after_a_units_label_and_parts_named_by_their_work():
    text = ("石桥镇关于审计发现问题的整改方案\n"
            "问题一:财务管理不规范,部分支出审批手续缺失。\n"
            "整改措施:第一,由镇财政所对2019年以来的会计凭证逐笔清查,补齐审批手续,限期20日内完成;"
            "第二,修订《石桥镇财务管理制度》,8月底前印发执行。\n"
            "责任领导:镇长 梁某　　责任部门:镇财政所　　配合:镇党政办、各村\n")
    recs = _recs(text, date="2020-06-10")
    assert len(recs) == 2, [(c.task, c.deadline) for c in recs]
    check, rules = recs
    assert "会计凭证" in check.task and "财务管理制度" in rules.task and rules.deadline.date == "2020-08-31"
    assert [(a.name, a.role) for a in check.actors] == [("梁某", "lead"), ("镇财政所", "responsible"), ("镇党政办", "assist")]


def test_a_blocks_name_closing_with_a_bracket_of_labelled_roles():
    text = ("青岚区生态环境保护督察反馈意见整改进展情况\n"
            "一、重点整改任务进展\n"
            "1.城中村雨污分流改造(区级责任领导:副区长 陆某;牵头单位:区住建局;配合单位:区水务局)\n"
            "【整改目标】完成18个城中村雨污分流改造,生活污水集中收集率达到75%以上。\n"
            "【完成时限】2025年6月底前\n"
            "【进展情况】已完工9个,在建6个,完成年度计划的60%,正在推进。\n")
    recs = _recs(text, date="2024-11-20")
    c = next(c for c in recs if "雨污分流" in c.task)
    assert c.task == "城中村雨污分流改造" and c.deadline.date == "2025-06-30"
    assert [(a.name, a.role) for a in c.actors] == [("陆某", "lead"), ("区住建局", "lead"), ("区水务局", "assist")]
