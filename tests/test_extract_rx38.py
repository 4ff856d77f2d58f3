"""Rules of session 47 (rx38), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code) and of the inspection rectification reports of the earlier sets, and checked on
../shared/eval.

Every sentence here is composed for the test (柳溪县, 桃源镇, 青山街道 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import task_with as _by_task, recs_of as _recs

from kg.extract.progress import find_progress
from kg.extract.readers.measure_items import scope_counts


def _by_text(recs, words):
    found = [c for c in recs if words in c.text]
    assert len(found) == 1, (words, [c.text[:30] for c in recs])
    return found[0]


# ---- rectification reports: the numbered measures under the problem they answer -----------------------------------

_INSPECTION = ("中共柳溪县委关于县委巡察反馈意见整改情况的通报\n\n"
               "一、整改工作的组织推进\n"
               "县委先后3次召开常委会议专题研究整改工作,将反馈的问题细化为32项整改措施。\n\n"
               "二、巡察反馈问题的整改落实情况\n"
               "(一)关于“八项规定精神落实不够严格”的问题\n"
               "1.开展办公用房专项清理。对全县18个部门的办公用房逐一核查,已全部腾退到位。\n"
               "2.关于公车超编问题。由县财政局牵头、县机关事务局配合,对超编配备的9辆车辆予以收回,目前已收回6辆,"
               "其余3辆年底前处置完毕。\n"
               "(二)关于“群众身边问题解决不及时”的问题\n"
               "3.对巡察移交的7件问题线索,县纪委已全部核查完毕,对2名责任人给予党纪处分。\n"
               "4.关于“便民服务中心窗口服务滞后”的问题。县政务服务中心制定窗口服务规范,目前检查已全部完成,"
               "整顿工作正在进行。\n"
               "5.开展档案数字化加工,计划三季度完成。目前因招标程序尚未完成,该项工作尚未启动。\n\n"
               "三、下一步工作打算\n"
               "对尚未完成的整改措施实行台账管理,确保年底前全部整改到位。\n")


def test_a_measure_under_its_problem_is_one_commitment_with_the_status_it_tells():
    recs = _recs(_INSPECTION, date="2021-11-20")
    offices = _by_text(recs, "办公用房专项清理")
    assert offices.task == "办公用房专项清理" and offices.progress.status == "done"
    assert [(t.metric, t.value, t.unit) for t in offices.targets] == [("部门", 18, "个")]
    cars = _by_text(recs, "公车超编")
    assert [(a.name, a.role) for a in cars.actors] == [("县财政局", "lead"), ("县机关事务局", "assist")]
    assert cars.progress.status == "on_track" and cars.deadline.date == "2021-12-31"
    assert [(t.value, t.unit) for t in cars.targets] == [(9, "辆")]


def test_a_measure_names_the_unit_opening_it_and_counts_the_set_not_whom_it_punished():
    clues = _by_text(_recs(_INSPECTION, date="2021-11-20"), "问题线索")
    assert [(a.name, a.role) for a in clues.actors] == [("县纪委", "responsible")]
    assert clues.progress.status == "done"
    assert [(t.metric, t.value, t.unit) for t in clues.targets] == [("问题线索", 7, "件")]


def test_a_problem_title_tells_no_status_and_work_going_on_after_a_part_done_is_on_track():
    recs = _recs(_INSPECTION, date="2021-11-20")
    window = _by_text(recs, "窗口服务")
    assert window.progress.status == "on_track"  # (滞后 in the problem's title is the problem, not the status)
    archive = _by_text(recs, "档案数字化")
    assert archive.progress.status == "not_started"  # (因…尚未完成 is what held it back)


def test_the_sets_a_measure_is_applied_to():
    assert [(t.metric, t.value, t.unit) for t in scope_counts("排查出的12件信访件已化解9件")] == [("信访件", 12, "件")]
    assert [(t.value, t.unit) for t in scope_counts("问题线索7件由县纪委负责办理")] == [(7, "件")]
    assert scope_counts("对4名责任人给予诫勉谈话") == []


def test_statuses_of_rectification_reports():
    assert find_progress("超标办公用房已全部腾退调剂到位").status == "done"
    assert find_progress("已办结10件,其余2件正在抓紧核查").status == "on_track"
    assert find_progress("全县超编干部已消化21名,尚余6名").status == "on_track"
    assert find_progress("新修订的管理办法已于9月印发执行").status == "done"
    assert find_progress("部分问题短期内难以整改到位") is None


_AUDIT = ("柳溪县2020年度预算执行审计发现问题的整改报告\n\n"
          "一、专项资金管理方面问题的整改情况\n"
          "(一)关于棚户区改造资金闲置的问题。县住建局已将闲置资金2100万元拨付到项目;剩余860万元因征收尚未完成,"
          "计划于2021年6月底前拨付到位。该问题正在整改。\n"
          "(二)关于专项资金结存两年以上的问题。对结存的专项资金1200万元,县财政局已收回统筹900万元,其余300万元年底前"
          "拨付完毕。\n")


def test_the_whole_a_fix_is_of_else_what_is_left_with_its_planned_term_is_its_target():
    rec = _by_text(_recs(_AUDIT, date="2020-12-20"), "棚户区改造资金")
    assert [(t.value, t.unit) for t in rec.targets] == [(860, "万元")]
    assert rec.progress.status == "on_track"
    funds = _by_text(_recs(_AUDIT, date="2020-12-20"), "结存")
    assert [(t.value, t.unit) for t in funds.targets] == [(1200, "万元")]  # (the whole the fix is of, told before)


# ---- speeches: roles given to the works told before ------------------------------------------------------------------

def test_roles_given_to_these_works_go_to_each_work_before():
    text = ("关于农业。全年新建高标准农田不少于2万亩;新增家庭农场不少于40家。"
            "这几项工作,请国强同志挂帅,县农业农村局、县自然资源局具体抓,每季度报告一次进展。\n")
    recs = _recs(text, date="2023-02-10")
    for word in ("高标准农田", "家庭农场"):
        assert [(a.name, a.role) for a in _by_task(recs, word).actors] == [
            ("国强", "lead"), ("县农业农村局", "responsible"), ("县自然资源局", "responsible")]
    assert not [c for c in recs if c.task.startswith("这几项")]


_SPEECH = ("在全市下半年经济工作会议上的讲话\n\n"
           "(二)抓城建。今年向群众承诺的民生实事要逐项兑现,这是我们的承诺。下半年要集中抓好三件事:"
           "一是柳河路延伸工程9月底前建成通车;二是城西片区供热管网改造,10月15日前具备供热条件;"
           "三是城区8条背街小巷年底前全部完成改造。以上三件事,由副市长周启明同志牵头,市住建局负责,"
           "市财政局配合,每月10日前将进展报市政府督查室。\n")


def test_a_speech_mentioning_pledges_keeps_its_lists_and_their_roles():
    recs = _recs(_SPEECH, date="2023-07-20")
    for word in ("柳河路", "供热管网", "背街小巷"):
        assert [(a.name, a.role) for a in _by_task(recs, word).actors] == [
            ("周启明", "lead"), ("市住建局", "responsible"), ("市财政局", "assist")]
    assert not [c for c in recs if "三件事" in c.task]


def test_a_pledge_list_takes_the_roles_its_closing_sentence_gives_all():
    text = ("县住建局公开承诺书\n"
            "县住建局郑重承诺:一是年底前改造老旧小区12个;二是10月底前新建停车泊位300个。以上两件事,由副局长王刚牵头,"
            "局城建股负责。\n")
    recs = _recs(text, date="2021-03-01")
    for word in ("老旧小区", "停车泊位"):
        assert {(a.name, a.role) for a in _by_task(recs, word).actors} >= {("王刚", "lead"), ("局城建股", "responsible")}


# ---- pledges: sentences of an item each with its own term --------------------------------------------------------------

def test_a_pledge_items_sentences_each_opened_by_a_term_are_pledges_of_their_own():
    text = ("桃源村党支部书记2020年度承诺书\n"
            "2019年,村里完成了通组道路硬化3公里。今年我向全村党员群众郑重承诺:\n"
            "一、抓产业。年底前新发展茶园300亩,带动农户不少于80户。全年力争村集体经济收入突破6万元。\n"
            "二、补短板。6月30日前完成3组入户便道硬化1.2公里;汛期前对2处山塘清淤整治。\n"
            "三、解民忧。长期坚持干部轮流坐班。群众委托代办的事项当天受理。\n"
            "承诺人:罗建华\n")
    recs = _recs(text, date="2020-03-10")
    tea = _by_task(recs, "茶园")
    assert tea.deadline.date == "2020-12-31" and [(t.value, t.unit) for t in tea.targets][:1] == [(300, "亩")]
    income = _by_task(recs, "集体经济收入")
    assert income.deadline.date == "2020-12-31"  # (今年 after 2019年: the letter's year)
    assert _by_task(recs, "便道硬化").deadline.date == "2020-06-30"
    assert len([c for c in recs if "坐班" in c.text]) == 1  # (a sentence not opened by its term keeps the item whole)


# ---- supervision: flags and forms ------------------------------------------------------------------------------------

def test_a_lag_flag_says_behind_only_where_it_says_yes():
    text = ("柳溪县重点项目1—6月进度表\n\n"
            "序号\t项目名称\t建设内容及规模\t责任单位\t占年度计划(%)\t形象进度\t是否滞后\n"
            "1\t城东污水处理厂\t新建日处理能力2万吨的污水处理厂1座\t县住建局\t58.0\t主体结构施工中\t否\n"
            "2\t柳河大桥\t新建桥梁1座,长0.6公里\t县交通运输局\t20.0\t桩基施工中\t是\n"
            "3\t老旧小区改造\t改造老旧小区12个\t县住建局\t100.0\t已全部完工\t否\n")
    recs = _recs(text, date="2022-07-10")
    plant = _by_task(recs, "污水处理厂")
    assert plant.progress.status == "on_track" and plant.progress.percent == 58
    assert _by_task(recs, "柳河大桥").progress.status == "behind"
    estates = _by_task(recs, "老旧小区")
    assert estates.progress.status == "done"
    assert [(t.value, t.unit) for t in estates.targets] == [(12, "个")]


def test_a_forms_basis_line_names_no_task_and_its_order_gives_the_amounts():
    text = ("柳溪县督查督办单\n"
            "编  号:柳督办〔2022〕12号\n"
            "督办事项:城区中小学大班额化解\n"
            "交办依据:县政府第8次常务会议纪要\n"
            "牵头县领导:何晓梅(副县长)\n"
            "主办单位:县教育局\n"
            "办理时限:2022年8月31日前\n"
            "督办要求:城区小学起始年级班额控制在45人以内,新招聘教师不少于40名。\n")
    rec = _by_task(_recs(text, date="2022-07-01"), "大班额")
    assert rec.task == "城区中小学大班额化解"
    assert rec.deadline.date == "2022-08-31"
    assert {(t.op, t.value, t.unit) for t in rec.targets} >= {("<=", 45, "人"), (">=", 40, "名")}


_NOTICE = ("督办通知\n\n关于加快办理县政府常务会议议定事项的督办通知\n\n"
           "城西片区雨污管网改造项目由县住建局承办,县政府常务会议要求5月底前完成施工招标,目前招标文件仍未发布。"
           "请县住建局于6月20日前完成施工招标。县财政局要于6月10日前拨付首期资金800万元。\n\n"
           "滨河路违法建设清理由城关街道办事处承办,应拆除的9处违法建筑目前仅拆除4处。请城关街道办事处会同县自然资源局,"
           "本月底前全部拆除到位。\n")


def test_a_notices_overdue_matter_told_in_prose_takes_the_new_term_and_is_behind():
    recs = _recs(_NOTICE, date="2022-06-05")
    pipes = _by_task(recs, "雨污管网")
    assert pipes.deadline.date == "2022-06-20" and pipes.progress.status == "behind"
    assert [(a.name, a.role) for a in pipes.actors] == [("县住建局", "responsible")]
    funds = _by_text(recs, "首期资金")
    assert [(a.name, a.role) for a in funds.actors] == [("县财政局", "responsible")]
    assert funds.deadline.date == "2022-06-10" and [(t.value, t.unit) for t in funds.targets] == [(800, "万元")]
    demolition = _by_task(recs, "违法建设清理")
    assert demolition.progress.status == "behind" and demolition.deadline.date == "2022-06-30"
    assert [(a.name, a.role) for a in demolition.actors] == [("城关街道办事处", "responsible"), ("县自然资源局", "assist")]
    assert [(t.value, t.unit) for t in demolition.targets] == [(9, "处")]


def test_a_red_light_block_reads_its_node_status_cause_and_order_lines_as_one_item():
    text = ("柳溪镇重点工作“红黄绿灯”亮灯情况通报\n\n一、红灯事项(1项)\n\n"
            "【红灯】1.桃源至石门组通组公路(3.2公里)\n"
            "责任领导:副镇长 陈立新\n"
            "责任单位:镇村镇建设服务中心、石门村\n"
            "计划节点:5月底前完成路基,6月底前完成路面硬化\n"
            "现状:路基仅完成1.5公里,路面硬化尚未启动。\n"
            "原因分析:沿线青苗补偿未谈妥,施工机械不足。\n"
            "整改要求:倒排工期,8月20日前全线完成路面硬化。\n")
    recs = _recs(text, date="2024-07-05")
    assert len(recs) == 1, [c.task for c in recs]
    road = recs[0]
    assert road.task == "桃源至石门组通组公路"
    assert [(t.value, t.unit) for t in road.targets] == [(3.2, "公里")]
    assert road.deadline.date == "2024-08-20" and road.progress.status == "behind"
    assert [(a.name, a.role) for a in road.actors] == [
        ("陈立新", "lead"), ("镇村镇建设服务中心", "responsible"), ("石门村", "responsible")]


def test_a_pledge_block_with_its_baseline_and_standard_before_its_units_is_one_item_named_by_its_heading():
    text = ("柳溪县2024年优化营商环境公开承诺事项\n\n一、政务服务类\n\n"
            "(一)企业开办“半日办结”\n"
            "现状:去年全县企业开办平均用时1.2个工作日。\n"
            "承诺标准:企业开办全流程压缩至0.5个工作日以内。\n"
            "牵头单位:县市场监管局\n"
            "配合单位:县税务局、县公安局\n"
            "完成时限:3月底前\n\n"
            "(二)用水报装提速\n"
            "现状:去年小微企业用水报装平均用时9个工作日。\n"
            "承诺标准:无外线工程的小微企业用水报装3个工作日内接通。\n"
            "牵头单位:县水务公司\n"
            "完成时限:6月30日前\n")
    recs = _recs(text, date="2024-02-20")
    assert [c.task for c in recs] == ["企业开办“半日办结”", "用水报装提速"]
    start = recs[0]
    assert [(a.name, a.role) for a in start.actors] == [("县市场监管局", "lead"), ("县税务局", "assist"), ("县公安局", "assist")]
    assert start.deadline.date == "2024-03-31"
    assert [(t.op, t.value) for t in start.targets] == [("<=", 0.5)]  # (the standard, not last year's 1.2)


def test_deputies_named_with_their_jobs_make_their_own_pledges():
    text = ("桃源镇人大代表向选民公开承诺\n\n"
            "镇人大代表、桃源果业合作社理事长罗志强承诺,年内新建标准化果园200亩,吸纳本地村民就业30人以上。\n\n"
            "镇人大代表、桃源中心小学教师周晓梅承诺,利用周末为留守儿童开设免费辅导班,帮扶留守儿童30名左右。\n")
    recs = _recs(text, date="2015-03-01")
    assert [(a.name, a.role) for a in _by_task(recs, "果园").actors] == [("罗志强", "responsible")]
    assert [(a.name, a.role) for a in _by_task(recs, "辅导班").actors] == [("周晓梅", "responsible")]


def test_the_economys_figures_and_their_growth_in_a_supervision_report_are_no_commitments():
    text = ("关于上半年全县重点工作督查情况的通报\n\n一、总体进展情况\n\n"
            "上半年,全县完成生产总值86.4亿元,同比增长8.1%;全社会固定资产投资完成56.2亿元,增长12.4%;"
            "一般公共预算收入完成5.3亿元,增长6.2%。\n\n"
            "全县42个重点项目完成投资21.6亿元,占年度计划的52.3%,进度正常。\n")
    recs = _recs(text, date="2019-07-08")
    assert not [c for c in recs if "固定资产投资" in c.text or "预算收入" in c.text], [c.task for c in recs]
    projects = _by_text(recs, "重点项目完成投资")
    assert projects.progress.status == "on_track" and projects.progress.percent == 52.3


def test_measures_opened_by_yi_shi_under_a_numbered_problem_heading():
    text = ("中共桃源区委关于巡察整改进展情况的通报\n\n"
            "一、关于基层党组织建设薄弱的问题\n"
            "一是整顿软弱涣散村党组织。区委组织部对排查出的6个软弱涣散村党组织逐村制定整顿方案,确保年底前全部完成整顿转化。"
            "目前已完成转化4个。\n"
            "二是规范“三会一课”制度。区直机关工委对所属党支部开展全面检查,对记录不全的15个党支部责令补课整改。已完成整改。\n")
    recs = _recs(text, date="2018-09-20")
    branches = _by_text(recs, "软弱涣散")
    assert branches.progress.status == "on_track" and branches.deadline.date == "2018-12-31"
    assert [(t.value, t.unit) for t in branches.targets] == [(6, "个")]
    rules = _by_text(recs, "三会一课")
    assert rules.progress.status == "done"
    assert [(a.name, a.role) for a in rules.actors] == [("区直机关工委", "responsible")]


def test_an_act_done_once_by_a_term_in_a_plan_is_asked_by_the_plan():
    text = ("柳溪县交通运输局巡察反馈问题整改落实方案\n\n三、保障措施\n\n"
            "(二)建立督查机制。①局整改领导小组每月召开一次调度会,听取各股室进展汇报;②整改落实方案于7月10日前在局门户"
            "网站公示,接受群众监督;③8月底前组织开展群众满意度测评,满意率达到90%以上。\n\n"
            "局整改工作领导小组去年已于6月底前印发了工作细则。\n")
    recs = _recs(text, date="2020-06-20")
    publish = _by_text(recs, "门户网站公示")
    assert publish.deadline.date == "2020-07-10"
    survey = _by_text(recs, "满意度测评")  # (a meeting held monthly is a standing duty, not why a meeting met)
    assert survey.deadline.date == "2020-08-31" and [(t.value, t.unit) for t in survey.targets] == [(90, "%")]
    assert not [c for c in recs if "工作细则" in c.text]  # (what was done already is no plan)


def test_the_works_of_a_set_told_one_by_one_after_its_count_each_take_their_status():
    text = ("柳溪县人民政府门户网站 | 政务公开 | 办事服务\n您现在的位置:首页 > 政务公开 > 会议纪要 > 正文\n\n"
            "县城区防汛工作第三次联席会议纪要\n\n来源:县政府办公室    发布时间:2019-05-06 10:26    浏览次数:215\n\n"
            "4月30日上午,副县长王立新主持召开县城区防汛工作第三次联席会议,县水利局、住建局、城管局等单位负责人参加会议。\n\n"
            "一、上次联席会议确定事项落实情况\n\n"
            "上次联席会议确定事项共6项,已销号4项,2项未完成。其中:柳河排洪渠清淤工程已于4月20日完工,已销号;"
            "城区防汛应急预案修订已印发,已销号;石门河堤加固工程原定4月25日前完工,目前仅完成土方工程量的60%,已逾期;"
            "城北排涝泵站扩容工程因设备招标流标,尚未开工。\n\n"
            "二、本次会议议定事项\n\n①县水利局负责,5月15日前完成全县小型水库安全鉴定复核。\n")
    recs = _recs(text, date="2019-05-06")
    assert _by_task(recs, "排洪渠清淤").progress.status == "done"
    dyke = _by_task(recs, "河堤加固")
    assert dyke.progress.status == "behind" and dyke.progress.percent == 60 and dyke.deadline.date == "2019-04-25"
    assert _by_task(recs, "泵站扩容").progress.status == "not_started"


def test_a_service_pledges_section_headings_and_its_sanctions_are_no_pledges():
    text = ("柳溪县不动产登记中心服务承诺书\n\n"
            "为给群众提供便捷高效的登记服务,我中心郑重承诺:\n"
            "一、办理时限承诺(均自受理之日起计算)\n"
            "1.二手房买卖转移登记:承诺5个工作日内办结。\n"
            "2.抵押权登记:承诺3个工作日内办结。\n"
            "二、违诺责任\n"
            "1.因我中心原因未在承诺时限内办结的,由窗口负责人向申请人当面道歉并说明原因。\n"
            "2.工作人员有推诿扯皮行为的,一经查实,调离窗口岗位。\n"
            "三、投诉与监督\n"
            "群众对服务不满意的,可向中心督查室投诉。\n")
    recs = _recs(text, date="2016-07-01")
    assert len([c for c in recs if "登记" in c.task]) == 2, [c.task for c in recs]
    assert not [c for c in recs if "时限承诺" in c.task or "投诉与监督" in c.task or "道歉" in c.text or "调离" in c.text]
