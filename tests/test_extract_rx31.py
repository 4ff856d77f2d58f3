"""Rules of session 40 (rx31), fitted on the misses of blind-annotated sets of speeches, minutes, pledges,
rectification and supervision documents (composed and annotated outside the project, without reading its
code) and checked on ../shared/eval.

Every sentence here is composed for the test (青岚县, 石桥镇, 河口村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs


# ---- project blocks: a name, then one labelled field a line --------------------------------------------------

def test_a_project_block_of_one_field_a_line_is_one_item():
    text = ("青岚县重点项目建设简报\n二、分项进展\n(一)青岚物流园冷链仓库\n建设内容:新建冷库3座,库容2万吨\n"
            "年度计划投资:1.8亿元\n1—6月完成投资:0.5亿元,占年度计划27.8%\n形象进度:2座冷库完成基础,1座尚未动工,进度滞后\n"
            "包抓县领导:罗正\n责任单位:县商务局;配合单位:城关镇人民政府\n"
            "(二)县中医院住院楼\n建设内容:建筑面积2.6万平方米\n年度计划投资:1.1亿元\n1—6月完成投资:0.6亿元,占年度计划54.5%\n"
            "形象进度:主体施工至第六层,计划9月底前主体封顶\n包抓县领导:常玉\n责任单位:县卫健局\n")
    first, second = _recs(text, date="2021-07-08")
    assert first.task == "青岚物流园冷链仓库" and second.task == "县中医院住院楼"
    assert [(a.name, a.role) for a in first.actors] == [
        ("罗正", "lead"), ("县商务局", "responsible"), ("城关镇人民政府", "assist")]
    assert (first.progress.status, first.progress.percent) == ("behind", 27.8)
    assert ("年度计划投资", 1.8, "亿元") in [(t.metric, t.value, t.unit) for t in first.targets]
    assert (second.progress.status, second.progress.percent) == ("on_track", 54.5)
    assert second.deadline.date == "2021-09-30"


def test_a_reports_figures_by_class_are_no_works():
    text = ("今年全县重点项目40个,年度计划投资50亿元,1—6月完成投资26亿元,占年度计划的52%。"
            "从分类看,产业类项目完成投资15亿元,基础设施类完成8亿元,社会事业类完成3亿元。\n")
    assert [c.task for c in _recs(text, date="2021-07-08")] == ["重点项目"]


# ---- pledges --------------------------------------------------------------------------------------------------

def test_circled_items_under_a_units_heading_are_its_pledges():
    text = ("河口社区党总支2016年公开承诺公示\n一、党总支承诺\n①8月底前建成社区日间照料中心,服务老人不少于40人;\n"
            "②年内对辖区4个老旧院落实施环境整治;\n二、监督方式\n居民可拨打社区电话反映意见。\n")
    recs = _recs(text, date="2016-05-10")
    assert [c.deadline.date for c in recs] == ["2016-08-31", "2016-12-31"]
    assert {a.name for c in recs for a in c.actors} == {"河口社区党总支"}


def test_a_members_card_names_his_branch_then_him_then_his_post():
    text = ("河口社区党员公开承诺公示\n二、党员个人承诺\n第二党支部 马秀英(退休医生):每月为辖区独居老人义诊1次,全年不少于12次。\n"
            "第三党支部 赵立军(个体工商户):为社区困难家庭提供就业岗位3个。\n")
    recs = _recs(text, date="2016-05-10")
    assert [[a.name for a in c.actors] for c in recs] == [["马秀英"], ["赵立军"]]


def test_members_standing_duties_and_the_signers_line_are_no_pledges():
    text = ("石桥村两委2020年度公开承诺公示\n序号  承诺事项  责任人  完成时限\n1  硬化石桥组通组道路2公里  陈大勇  2020年9月底前\n\n"
            "班子成员分工:\n党支部书记、村委会主任陈大勇:主持全面工作,分管基础设施;\n村委委员何玉兰:分管民政、医保;\n\n"
            "承诺人(签字):陈大勇  何玉兰\n")
    recs = _recs(text, date="2020-03-01")
    assert [[a.name for a in c.actors] for c in recs] == [["陈大勇"]]


def test_leaders_pledges_told_in_a_news_report_of_a_tv_round():
    text = ("“一把手”上电视晒承诺\n市住建局局长孔德明第一个登台。他当场承诺:年内完成老旧小区改造30个;9月底前建成城东停车场。"
            "主持人追问如果完不成怎么办,孔德明表示愿意接受问责。\n"
            "“去年说的事还没办。”一位市民说。对此,市卫健局局长梁晓当场表态,并承诺市妇幼保健院新院区8月份投入使用。\n")
    recs = _recs(text, date="2019-04-10")
    assert [([a.name for a in c.actors], c.deadline.date) for c in recs][:2] == [
        (["孔德明", "市住建局"], "2019-12-31"), (["孔德明", "市住建局"], "2019-09-30")]


def test_this_years_season_is_its_own_term_not_the_years_end():
    text = "刘某(退休职工)承诺:在今年供暖期开始前,义务为独居老人检修暖气阀门不少于30户。\n"
    assert all(c.deadline is None or c.deadline.date is None for c in _recs(text, date="2015-06-01"))


# ---- rectification -------------------------------------------------------------------------------------------

def test_a_rectification_items_bracketed_labels_give_its_person_and_term():
    text = ("青岚村巡察反馈问题整改清单\n①村级财务公开不及时。整改措施:每季度首月公开上季度收支。(责任人:村支书罗海;时限:2019年9月30日前)\n"
            "②村民代表会议记录不全。整改措施:规范会议记录。(责任人:村委会主任田明;时限:长期坚持)\n")
    recs = _recs(text, date="2019-07-01")
    assert [[(a.name, a.role) for a in c.actors] for c in recs if c.actors] == [
        [("罗海", "responsible")], [("田明", "responsible")]]
    assert recs[-2].deadline.date == "2019-09-30"


def test_a_notices_measures_each_with_its_status_under_the_measures_section():
    text = ("关于省环保督察反馈意见第3项问题整改完成情况的公示\n一、反馈问题\n城东片区部分小作坊无治污设施,河道沿线垃圾乱倒。\n"
            "二、整改目标\n2018年9月底前完成小作坊整治,沿河垃圾全部清理。\n三、整改措施及完成情况\n"
            "(一)排查建档。由区环保分局牵头,组织街道逐户排查小作坊52家。已完成。\n"
            "(二)河道清理。区城管局负责,清运沿河垃圾800吨。已完成。\n四、整改结论\n该问题已按期完成整改,申请销号。\n")
    recs = _recs(text, date="2018-10-20")
    assert [c.task for c in recs][1:] == ["排查建档", "河道清理"]
    assert all(c.progress.status == "done" for c in recs)
    assert not any(t.value == 3 for c in recs for t in c.targets)  # 第3项: which problem, no count


# ---- supervision ---------------------------------------------------------------------------------------------

def test_a_units_overdue_matters_named_by_their_numbers():
    text = ("关于5月份督办件逾期未反馈情况的通报\n5月份共交办督办件40件,逾期未反馈5件,具体如下:\n"
            "1.县水利局:督字〔2016〕8号(东河堤防加固)、督字〔2016〕12号(灌区渠道清淤),分别逾期10天、6天;\n"
            "2.城关镇人民政府:督字〔2016〕15号(集贸市场改造),逾期4天。\n")
    recs = [c for c in _recs(text, date="2016-06-08") if c.actors]
    assert [([a.name for a in c.actors], c.targets[0].value, c.progress.status) for c in recs] == [
        (["县水利局"], 2.0, "behind"), (["城关镇人民政府"], 1.0, "behind")]
    assert {c.task for c in recs} == {"督办件办理反馈"}


# ---- minutes -------------------------------------------------------------------------------------------------

def test_a_decisions_pieces_each_with_its_unit_and_term_are_commitments_of_their_own():
    text = ("会议明确:\n二、农村改厕。化粪池罐体由镇财政所统一采购,7月10日前配送到村;"
            "镇社会事务办负责,四季度末前完成全部260户改造任务。\n")
    recs = _recs(text, date="2022-06-01")
    assert [([a.name for a in c.actors], c.deadline.date) for c in recs] == [
        (["镇财政所"], "2022-07-10"), (["镇社会事务办"], "2022-12-31")]


def test_a_work_told_first_then_given_to_a_unit_names_the_unit_responsible():
    c = _one("化粪池罐体由镇财政所统一采购,7月10日前配送到村。\n", date="2022-06-01")
    assert c.task == "化粪池罐体统一采购" and [a.name for a in c.actors] == ["镇财政所"]


def test_a_task_opened_by_its_unit_and_role_is_named_without_them():
    c = _one("会议议定:区自然资源局负责完成新增用地的征收和供地手续,9月底前办结。\n", date="2019-06-01")
    assert c.task.startswith("新增用地") and [a.name for a in c.actors] == ["区自然资源局"]


def test_a_bare_step_in_minutes_about_one_work_is_named_by_that_work():
    text = ("关于城西大道延伸工程专题协调会议的纪要\n四、关于施工组织。会议明确,市城投公司要督促施工单位倒排工期,"
            "10月底前完成主线路基施工,确保明年5月底前全线建成通车。\n")
    recs = _recs(text, date="2016-08-10")
    assert [c.task for c in recs] == ["城西大道延伸主线路基施工", "城西大道延伸主线路建成通车"]


def test_a_units_funds_raised_within_the_year_and_their_bound_off_the_name():
    c = _one("会议明确,市财政局年内筹措征迁补偿资金不少于5000万元。\n", date="2016-08-10")
    assert [a.name for a in c.actors] == ["市财政局"] and c.task == "筹措征迁补偿资金"


# ---- speeches ------------------------------------------------------------------------------------------------

def test_a_task_of_means_only_gives_way_to_the_clause_with_the_aim():
    recs = _recs("要抓住冬春有利时机,抓紧整修渠道,年内力争新增有效灌溉面积0.8万亩。\n", date="2018-10-10")
    assert [c.task for c in recs] == ["新增有效灌溉面积"]


def test_a_unit_named_with_its_other_office_in_brackets_is_one_unit():
    c = _one("由副县长陈某牵头,县住建局(县人防办)负责,9月底前完成人防工程验收。\n", date="2018-05-10")
    assert [(a.name, a.role) for a in c.actors] == [("陈某", "lead"), ("县住建局", "responsible")]


def test_a_units_role_before_a_word_opening_with_yao_keeps_the_word():
    c = _one("会议明确,区发改局负责要素保障和服务协调,每月5日前汇总项目进展报区政府。\n", date="2021-05-10")
    assert c.task.startswith("要素保障")


def test_a_sets_tally_told_later_is_its_evidence_and_a_whole_going_well_is_on_track():
    text = ("关于2019年上半年县政府重点工作进展情况的通报\n年初,县政府确定了2019年度重点工作30项,并逐项明确了责任单位。"
            "6月下旬,县政府督查室对30项重点工作进行了督查。从督查情况看,截至6月30日,已完成5项,按序时进度推进22项,"
            "滞后于序时进度3项,总体进展平稳。\n")
    c = _one(text, date="2019-07-05")
    assert c.progress.status == "on_track" and len(c.evidence) == 2 and c.evidence[1].text.startswith("从督查情况看")


def test_a_numbered_problem_with_its_status_tag_is_one_commitment():
    text = ("县审计发现问题整改进展汇报\n二、具体问题整改情况\n"
            "3.县水利局农田水利项目资金拨付滞后,结余资金长期挂账。县水利局已拨付到位800万元,剩余300万元于明年4月底前拨付完毕。(正在整改)\n"
            "4.城南污水管网工程未按期完工。县城投公司已督促施工单位加快施工,目前完成总工程量的60%,因征地问题进度滞后。(进度滞后)\n")
    recs = _recs(text, date="2018-12-20")
    assert [([a.name for a in c.actors], c.deadline and c.deadline.date, c.progress.status) for c in recs] == [
        (["县水利局"], "2019-04-30", "on_track"), (["县城投公司"], None, "behind")]


def test_a_unit_before_an_office_word_is_named_whole():
    c = _one("县民政局会同县人社局对应发未发对象逐一核对,9月底前补发到位。\n", date="2018-06-01")
    assert ("县人社局", "assist") in [(a.name, a.role) for a in c.actors]


def test_problems_reported_by_class_then_count_are_the_set_to_put_right():
    c = _one("审计工作报告共反映问题4类30个,涉及金额2.1亿元。截至11月30日,已整改到位25个;正在整改5个。\n", date="2018-12-20")
    assert (c.targets[0].value, c.progress.status) == (30.0, "on_track")


def test_a_bureaus_service_pledges_with_their_units_in_brackets_after_a_half_width_stop():
    text = ("青岚县医疗保障局2024年度服务承诺事项\n县医疗保障局向社会公开承诺如下. 2023年全县参保人数达到30万人.\n"
            "一、办事时限承诺\n1. 零星医疗费用报销,资料齐全的,在15个工作日内完成审核(县医保服务中心;配合:县财政局).\n"
            "二、年度服务提升承诺\n2. 9月底前将全县20个村卫生室纳入医保联网结算(医药服务管理股).\n")
    recs = _recs(text, date="2024-02-20")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("县医保服务中心", "responsible"), ("县财政局", "assist")], [("医药服务管理股", "responsible")]]
    assert [c.deadline.date if c.deadline else None for c in recs] == [None, "2024-09-30"]


def test_a_ledgers_boxed_labels_run_into_one_line_are_its_fields():
    text = ("青岚县营商环境问题整改台账\n"
            "【1】问题:企业开办用时长。【整改措施】推行一日办结。【牵头单位】县行政审批服务局【配合单位】县税务局"
            "【整改时限】2024年6月30日【整改状态】已销号\n"
            "【2】问题:用水报装慢。【整改措施】报装时间压缩至3个工作日以内。【牵头单位】县水务集团【整改时限】2024年7月31日"
            "【整改状态】逾期未完成\n")
    recs = _recs(text, date="2024-11-04")
    assert [(c.task, [(a.name, a.role) for a in c.actors], c.deadline.date, c.progress.status) for c in recs] == [
        ("企业开办用时长", [("县行政审批服务局", "lead"), ("县税务局", "assist")], "2024-06-30", "done"),
        ("用水报装慢", [("县水务集团", "lead")], "2024-07-31", "behind")]


def test_pledges_told_after_a_bare_name_named_with_his_post_before():
    text = ("石桥镇党委书记向群众承诺四件实事\n新年伊始,石桥镇党委书记罗成通过镇广播向全镇群众公开承诺今年要办好的四件实事。\n"
            "在昨天的承诺会上,罗成一口气亮出了四张清单:一是春节前把慰问品送到全镇300户困难群众家中;二是汛期前完成河堤加固2公里。\n")
    recs = [c for c in _recs(text, date="2012-01-08") if any(a.name == "罗成" for a in c.actors)]
    assert [c.deadline.date if c.deadline else None for c in recs] == ["2012-01-22", None]


def test_a_pledge_made_at_the_years_start_told_with_the_share_done():
    text = ("村党组织书记述诺评诺大会召开。\n东湾村党支部书记邱明年初承诺对全村40户危旧房进行改造,截至目前已完成34户,"
            "完成承诺任务的85%。\n")
    c = next(c for c in _recs(text, date="2016-12-20") if c.actors)
    assert [a.name for a in c.actors] == ["邱明"] and (c.progress.status, c.progress.percent) == ("on_track", 85.0)


def test_a_unit_given_only_its_role_label_shares_the_work_of_the_sentence():
    c = _one("(二)县燃气公司为项目实施主体,县住建局负责质量监管,县交警大队配合做好交通疏导,工程须于7月31日前开工。\n",
             date="2012-04-10")
    assert [(a.name, a.role) for a in c.actors] == [
        ("县燃气公司", "responsible"), ("县住建局", "responsible"), ("县交警大队", "assist")]
    assert c.deadline.date == "2012-07-31"


def test_a_bare_work_word_takes_the_work_the_sentence_before_named():
    text = "到2020年底,全县力争完成农村危房改造900户。今年要确保完成改造300户。\n"
    assert [c.task for c in _recs(text, date="2018-03-01")] == ["农村危房改造", "农村危房改造"]


def test_by_me_in_a_speech_is_the_speaker_the_title_names():
    text = ("何建平副县长在全县招商引资调度会上的讲话\n同志们:\n第三,要加大招商力度。由我牵头,县商务局负责,"
            "9月份组织一次赴珠三角的专题招商活动,力争签约项目不少于8个。\n")
    c = _one(text, date="2011-07-10")
    assert [(a.name, a.role) for a in c.actors] == [("何建平", "lead"), ("县商务局", "responsible")]


def test_a_town_heads_line_on_how_things_stand_is_no_commitment():
    text = ("全县防汛工作调度会记录\n一、部门汇报\n东岭镇镇长吴海:我镇沿河有4个村地势低洼,去年转移群众900多人。\n")
    assert _recs(text, date="2013-05-06") == []


def test_a_bound_left_without_its_figure_is_off_the_name():
    c = _one("三是备足防汛物资。县防汛办负责,汛期前县级储备编织袋不少于10万条、救生衣2000件。\n", date="2014-05-06")
    assert "不少于" not in c.task
