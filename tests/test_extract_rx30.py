"""Rules of session 39 (rx30), fitted on the misses of blind-annotated sets of minutes, pledges,
rectification and supervision documents (composed and annotated outside the project, without reading its
code) and checked on ../shared/eval.

Every sentence here is composed for the test (松岭县, 白沙镇, 东岗村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs


# ---- labelled blocks -------------------------------------------------------------------------------------

def test_a_leaders_label_inside_a_labelled_block_is_a_field_of_that_block():
    text = ("松岭县信访积案包案化解进展通报\n一、东岗小区业主办证问题\n包案领导:韩立(副县长)\n"
            "责任单位:县住建局\n化解时限:2014年12月底\n进展情况:已为80户办结,按计划推进。\n"
            "二、白沙镇征地补偿纠纷\n包案领导:邹平(县委常委)\n责任单位:白沙镇人民政府\n化解时限:2014年10月底\n"
            "进展情况:尚未启动。\n")
    recs = _recs(text, date="2014-11-05")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("韩立", "lead"), ("县住建局", "responsible")], [("邹平", "lead"), ("白沙镇人民政府", "responsible")]]
    assert [c.deadline.date for c in recs] == ["2014-12-31", "2014-10-31"]


def test_a_leaders_post_in_brackets_with_a_comma_is_no_second_leader():
    text = ("松岭县重点工作进展通报\n一、东岗小区业主办证问题\n责任领导:韩立(县委常委、副县长)\n责任单位:县住建局\n"
            "完成时限:2014年12月底\n进展情况:双方签订调解协议,补偿款已发放到户,信访人已息诉罢访。\n")
    c = _one(text, date="2014-11-05")
    assert [(a.name, a.role) for a in c.actors] == [("韩立", "lead"), ("县住建局", "responsible")]
    assert c.progress.status == "done"


def test_an_interview_of_the_units_that_miss_their_term_is_a_sanction_not_a_work():
    assert _recs("对未按期化解的案件,由县委督查室对责任单位主要负责人进行约谈。\n", date="2014-11-05") == []


# ---- pledges -----------------------------------------------------------------------------------------------

def test_numbered_pledge_blocks_read_their_pledger_term_and_status_line():
    text = ("东岗社区班子承诺事项践诺情况公示\n"
            "承诺事项一:推动东岗一区、二区加装电梯6部\n承诺人:罗敏(社区党委书记、居委会主任)\n完成时限:2024年12月\n"
            "践诺情况:已完工2部,其余正在施工。\n完成进度:正在推进\n\n"
            "承诺事项二:推动东岗三区雨污分流改造\n承诺人:陶红(居委会委员)\n协同单位:区住建局\n完成时限:2024年10月底\n"
            "践诺情况:设计方案尚未批复。\n完成进度:未启动\n\n"
            "承诺事项三:组建“邻里帮帮团”8支\n承诺人:韩平(居委会委员)\n完成时限:年底前\n"
            "践诺情况:已组建3支。\n完成进度:滞后\n")
    recs = _recs(text, date="2024-07-08")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("罗敏", "responsible")], [("陶红", "responsible"), ("区住建局", "assist")], [("韩平", "responsible")]]
    assert [c.deadline.date for c in recs] == ["2024-12-31", "2024-10-31", "2024-12-31"]
    assert [c.progress.status for c in recs] == ["on_track", "not_started", "behind"]
    assert [(t.metric, t.value, t.unit) for t in recs[2].targets] == [("邻里帮帮团", 8.0, "支")]


# ---- supervision notices --------------------------------------------------------------------------------

def test_an_overdue_matter_takes_the_new_term_of_its_order_and_is_behind():
    text = ("关于限期办结交办事项的督办通知\n"
            "督办事项一:东岗安置小区不动产权证办理\n承办单位:县自然资源局\n协办单位:县住建局\n原定时限:3月31日前\n"
            "办理情况:已办证120户,尚有60户未办证。\n督办要求:5月31日前全部办结。\n\n"
            "督办事项二:白沙路打通工程征迁\n承办单位:白沙镇人民政府\n原定时限:4月15日前\n"
            "办理情况:剩余2户未签约。\n督办要求:6月10日前完成剩余2户签约腾房,确保6月底前全线通车。\n")
    recs = _recs(text, date="2016-05-12")
    assert [(c.task, c.deadline.date, c.progress and c.progress.status) for c in recs] == [
        ("东岗安置小区不动产权证办理", "2016-05-31", "behind"), ("白沙路打通工程征迁", "2016-06-10", "behind"),
        ("全线通车", "2016-06-30", None)]
    assert [[(a.name, a.role) for a in c.actors] for c in recs][1:] == [[("白沙镇人民政府", "responsible")]] * 2
    assert [(t.value, t.unit) for t in recs[1].targets] == [(2.0, "户")]


def test_an_original_term_not_yet_passed_leaves_the_status_as_told():
    text = ("督办事项:东岗路灯改造\n承办单位:县城管局\n原定时限:6月30日前\n办理情况:正在施工。\n")
    c = _one(text, date="2016-05-12")
    assert (c.deadline.date, c.progress.status) == ("2016-06-30", "on_track")


def test_works_told_with_their_lead_unit_in_brackets_are_one_commitment_each():
    text = ("松岭市民生实事半年督查\n"
            "多数项目跑在了序时进度前面。城区新增80辆公交车的任务(市交通局牵头)已于6月底全部投放运营;"
            "农村饮水工程(市水利局牵头)计划解决9万人饮水问题,目前已解决6万人,完成66.7%;全市新增就业目标1万人,"
            "上半年已新增6200人,完成62%。\n"
            "也有两项实事进度偏慢。城区道路“白改黑”(市城管局牵头)计划改造12条,仅完工3条;"
            "农贸市场改造(市商务局牵头)全年计划改造5个,目前只有1个完工。\n")
    recs = _recs(text, date="2014-07-22")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("市交通局", "lead")], [("市水利局", "lead")], [], [("市城管局", "lead")], [("市商务局", "lead")]]
    assert [c.progress.status for c in recs] == ["done", "on_track", "on_track", "behind", "behind"]
    assert [(t.value, t.unit) for c in recs for t in c.targets] == [
        (80.0, "辆"), (9.0, "万人"), (1.0, "万人"), (12.0, "条"), (5.0, "个")]
    assert recs[4].deadline.date == "2014-12-31" and recs[1].deadline is None


def test_a_cumulative_amount_due_by_a_term_is_a_target():
    c = _one("市卫健委要组织流动体检车下乡,9月底前累计体检2万人以上。\n", date="2014-07-22")
    assert [(t.op, t.value, t.unit) for t in c.targets] == [(">=", 2.0, "万人")]


def test_a_light_column_gives_each_row_its_status_and_the_light_rule_is_no_work():
    text = ("东岗区民生实事推进情况表\n说明:进度达到序时进度的亮绿灯;低于序时进度10个百分点以上的亮红灯。\n"
            "序号|项目名称|牵头单位|完成时限|1-7月进展|亮灯\n"
            "1|城区路灯节能改造1500盏|区城管局|9月底|改造完成1490盏,剩余10盏待迁移后实施|绿灯\n"
            "2|新增公共停车泊位2000个|区交通局|10月底|已建成泊位600个,完成30%|红灯\n")
    recs = _recs(text, date="2021-08-06")
    assert [(c.task, c.progress.status) for c in recs] == [("城区路灯节能改造", "on_track"), ("新增公共停车泊位", "behind")]


def test_a_units_head_asked_stands_for_the_unit():
    c = _one("区城管局、区民政局主要负责同志要亲自研究,于8月20日前向区政府报送赶进度方案。\n", date="2021-08-06")
    assert [(a.name, a.role) for a in c.actors] == [("区城管局", "responsible"), ("区民政局", "responsible")]
    assert c.task == "向区政府报送赶进度方案"


# ---- minutes -----------------------------------------------------------------------------------------------

def test_units_each_doing_their_part_are_responsible_beside_the_lead():
    c = _one("第二,白沙路管线迁改是当前卡点。县交通局牵头,县供电公司、县燃气公司各负其责,7月15日前全部迁改到位。\n",
             date="2023-06-16")
    assert [(a.name, a.role) for a in c.actors] == [
        ("县交通局", "lead"), ("县供电公司", "responsible"), ("县燃气公司", "responsible")]


def test_a_comrade_seeing_to_a_work_himself_is_responsible_for_it():
    c = _one("第三,东岗园区剩余40亩,罗平同志亲自抓,县自然资源局配合,7月底前全部签约。\n", date="2023-06-16")
    assert [(a.name, a.role) for a in c.actors] == [("罗平", "responsible"), ("县自然资源局", "assist")]
    assert c.deadline.date == "2023-07-31"


# ---- rectification ----------------------------------------------------------------------------------------

def test_a_problems_report_line_is_its_evidence_unit_term_and_status():
    text = ("东岗县农业农村局党组关于巡察反馈意见整改进展情况的通报\n二、具体问题整改情况\n"
            "(一)关于农机补贴档案不全的问题。\n"
            "整改情况:农机股对全县320户补贴档案重新建档。目前已建档300户,剩余20户待补录,10月底前全部完成。\n"
            "(二)关于集体决策执行不严的问题。\n"
            "整改情况:已修订议事规则,由办公室负责建立决策事项台账。此项需长期坚持。\n")
    recs = _recs(text, date="2020-09-15")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [[("农机股", "responsible")], [("办公室", "responsible")]]
    assert [c.deadline and c.deadline.date for c in recs] == ["2020-10-31", None]
    assert [c.progress.status for c in recs] == ["on_track", "on_track"]
    assert any("农机股对全县320户" in e.text for e in recs[0].evidence)


def test_an_audit_items_unit_term_and_status_come_from_what_it_reports():
    text = ("关于审计发现问题整改进展的汇报\n一、县级财政预算执行方面\n"
            "1.部分专项资金滞留财政专户。审计指出县财政局滞留专项资金900万元。县财政局已拨付700万元,剩余200万元因项目"
            "尚未开工暂未拨付,县财政局表示将于11月底前全部拨付到位。\n"
            "2.县交通局超范围列支招待费。已收回违规资金12万元,并修订了财务制度,已整改。\n")
    recs = _recs(text, date="2012-10-25")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("县财政局", "responsible")], [("县交通局", "responsible")]]
    assert [(c.deadline and c.deadline.date, c.progress.status) for c in recs] == [
        ("2012-11-30", "on_track"), (None, "done")]


def test_a_secretarys_pledge_letter_is_his_and_its_close_and_conduct_are_no_items():
    text = ("东岗村党支部书记2019年度公开承诺书\n"
            "为服务群众,经村“两委”研究,本人就2019年重点工作向全村党员群众作出如下承诺,请大家监督。\n"
            "一、改善基础设施\n1.争取上级项目资金,年底前硬化三组至五组通组道路1.8公里;\n2.扩种茶叶150亩。\n"
            "二、办好民生小事\n1.协助镇卫生院为全村老人开展一次免费体检,10月底前完成。\n"
            "三、廉洁自律\n严格执行村级财务制度,不插手村级工程项目。\n"
            "以上承诺如未兑现,本人将在年底述职评议时向全村党员群众作出说明。\n承诺人:罗建平\n2019年3月8日\n")
    recs = _recs(text, date="2019-03-08")
    assert [c.task for c in recs] == ["硬化三组至五组通组道路", "扩种茶叶", "全村老人开展一次免费体检"]
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("罗建平", "responsible")], [("罗建平", "responsible")], [("镇卫生院", "responsible"), ("罗建平", "assist")]]
    assert [(t.value, t.unit) for t in recs[1].targets] == [(150.0, "亩")]


def test_a_quoted_pledge_is_the_one_who_reads_it_out_after_it():
    text = ("东岗县部门一把手登台亮诺\n“我承诺:今年全县新增城镇就业900人。”4月14日晚,县电视台栏目播出第一期,"
            "县人社局局长罗平面对镜头,一字一句念出了自己的“军令状”。\n")
    c = _recs(text, date="2014-04-16")[0]
    assert [(a.name, a.role) for a in c.actors] == [("县人社局", "responsible"), ("罗平", "responsible")]
    assert c.deadline.date == "2014-12-31"


def test_a_unit_dated_by_next_month_or_the_next_meeting_is_responsible():
    c = _one("2.管线迁改是卡点。区供电公司下月10日前完成110千伏线路迁改。\n", date="2023-11-08")
    assert ([(a.name, a.role) for a in c.actors], c.deadline.date) == ([("区供电公司", "responsible")], "2023-12-10")
    c = _one("5.区重点办在下次调度会前把各项目存在的问题梳理成清单。\n", date="2023-11-08")
    assert [(a.name, a.role) for a in c.actors] == [("区重点办", "responsible")]


def test_a_towns_main_leaders_stand_for_the_town():
    c = _one("1.东岗段5户,白沙镇主要领导要包户到人,区征收中心配合,11月20日前全部签约腾房。\n", date="2023-11-08")
    assert [(a.name, a.role) for a in c.actors] == [("白沙镇", "responsible"), ("区征收中心", "assist")]
    assert c.task == "签约腾房"


def test_a_unit_keeping_to_its_own_schedule_is_responsible():
    c = _one("4.污水厂提标改造,区水务局按报的时间节点推进,月底前出水水质要稳定达到一级A标准。\n", date="2023-11-08")
    assert [(a.name, a.role) for a in c.actors] == [("区水务局", "responsible")]
    assert c.deadline.date == "2023-11-30"


# ---- speeches ----------------------------------------------------------------------------------------------

def test_a_term_alone_then_a_work_asked_by_it_is_due_by_the_term():
    c = _one("国庆节前,已开工小区要完成外立面整治,不能让群众过节还住在脚手架里。\n", date="2021-08-10")
    assert (c.task, c.deadline.date) == ("已开工小区完成外立面整治", "2021-09-30")


def test_a_month_by_which_a_tender_is_to_start_is_its_term():
    c = _one("10月份要启动安置房建设招标。\n", date="2021-08-10")
    assert (c.task, c.deadline.date) == ("安置房建设招标", "2021-10-31")


def test_a_secretarys_line_in_a_pledge_review_tells_each_pledge_and_how_it_stands():
    text = ("东岗镇召开村党组织书记述诺评诺大会\n"
            "白沙村党支部书记 罗平:年初我承诺的三件事,村部至新屋组的1.6公里产业路8月已经通车;"
            "90亩高标准茶园已全部栽种完成;村级光伏电站并网这一项,因接入方案调整,没能在年内兑现,明年一季度一定要并网。\n")
    recs = _recs(text, date="2023-12-26")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [[("罗平", "responsible")]] * 3
    assert [(c.progress and c.progress.status, c.deadline and c.deadline.date) for c in recs] == [
        ("done", None), ("done", None), ("behind", "2024-03-31")]


def test_a_blocks_term_line_is_no_section_of_time_and_its_asked_line_gives_figures_and_term():
    text = ("关于推进东岗片区征收工作的专题会议纪要\n事项一:签约攻坚\n牵头单位:白沙街道\n"
            "工作要求:对未签约户逐户建立台账,片区签约率达到95%以上。\n完成时限:2021年6月30日\n\n"
            "事项二:安置房建设\n责任单位:区城投公司\n工作要求:安置小区二期加快主体施工,年底前完成主体封顶。\n\n"
            "事项三:资金保障\n责任单位:区财政局\n工作要求:补偿资金按签约进度分批拨付。\n")
    recs = _recs(text, date="2021-05-11")
    assert [(c.task, c.deadline and c.deadline.date) for c in recs] == [
        ("签约攻坚", "2021-06-30"), ("安置房建设", "2021-12-31"), ("资金保障", None)]
    assert [(t.op, t.value, t.unit) for t in recs[0].targets] == [(">=", 95.0, "%")]


def test_a_units_service_pledge_numbered_by_pledge_with_its_head_answering_for_all():
    text = ("东岗县不动产登记中心2016年度服务承诺书\n"
            "为方便群众办事,本中心就2016年度工作向社会郑重承诺:\n"
            "承诺一:2月底前全面启用统一登记簿证;6月30日前完成登记档案数字化扫描入库。\n"
            "承诺二:全年群众满意率保持在95%以上;办事群众投诉在3个工作日内答复。\n"
            "本承诺由中心主任罗平负总责。欢迎社会各界监督。\n东岗县不动产登记中心\n2016年1月12日\n")
    recs = _recs(text, date="2016-01-12")
    assert [c.deadline and c.deadline.date for c in recs] == ["2016-02-29", "2016-06-30", "2016-12-31", None]
    assert all([(a.name, a.role) for a in c.actors] == [("东岗县不动产登记中心", "responsible"), ("罗平", "responsible")]
               for c in recs)


def test_members_pledge_cards_are_each_their_own():
    text = ("“承诺卡”挂上墙\n——东岗社区党员公开承诺见闻\n记者随手抄下了几张承诺卡:\n"
            "1.退休党员罗平:每周二晚上参加小区治安巡逻,全年不少于50次。\n"
            "2.在职党员、区财政局干部陶红:结对帮扶困难家庭2户,春节前完成走访慰问。\n")
    recs = _recs(text, date="2012-12-18")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [[("罗平", "responsible")], [("陶红", "responsible")]]
    assert recs[1].deadline.date == "2013-02-09"


def test_a_ledger_line_of_cells_cut_by_bars_reads_each_labelled_cell():
    text = ("东岗城投集团关于巡察整改进展情况的公告\n主要事项进展如下:\n"
            "【1】安置房项目竣工后未及时交付|责任领导:总经理罗某|责任部门:东岗置业公司|时限:2025年6月30日|"
            "进展:已交付800套,占总数1000套的80%,剩余楼栋正在办理消防验收\n"
            "【2】部分工程未招先建|责任领导:副总经理陶某|责任部门:工程管理部;协办部门:招标采购中心|时限:立行立改|"
            "进展:资产盘点完成83%,存在滞后风险\n")
    recs = _recs(text, date="2025-04-28")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("罗某", "lead"), ("东岗置业公司", "responsible")],
        [("陶某", "lead"), ("工程管理部", "responsible"), ("招标采购中心", "assist")]]
    assert [(c.deadline.date, c.progress.status) for c in recs] == [("2025-06-30", "on_track"), (None, "on_track")]


def test_a_counted_set_takes_the_status_of_the_tally_told_after_it():
    text = ("东岗区安全隐患整改情况通报\n一、总体情况\n4月以来,全区共检查生产经营单位120家,发现各类隐患300条。"
            "截至5月15日,已整改240条,整改率80%。\n")
    recs = _recs(text, date="2024-05-20")
    told = [c for c in recs if any((t.value, t.unit) == (300.0, "条") for t in c.targets)]
    assert told and (told[0].progress.status, told[0].progress.percent) == ("on_track", 80.0)


def test_a_listed_projects_problem_line_tells_its_status_and_its_term_line_below_is_its_own():
    text = ("关于对重点项目存在问题实行挂牌督办的通知\n一、东岗电池材料产业园\n责任领导:罗平(副市长)\n责任单位:东岗经开区管委会\n"
            "存在问题:二期用地征收滞后,尚有40亩未完成交地。\n整改时限:4月30日前完成剩余交地。\n\n"
            "二、市第二人民医院新院区\n责任单位:市卫健委\n存在问题:施工图审查未通过,目前仍未开工。\n整改时限:5月15日前开工建设。\n")
    recs = _recs(text, date="2025-04-10")
    assert [(c.deadline.date, c.progress and c.progress.status) for c in recs] == [
        ("2025-04-30", "behind"), ("2025-05-15", "not_started")]


def test_a_quotas_rows_by_town_are_each_towns_share_due_by_the_whole_works_term():
    text = ("东岗县农村改厕工作进展情况通报\n今年县政府下达各乡镇农村户用卫生厕所改造任务8000户,9月底前全面完工。"
            "截至6月15日,全县累计完工3600户。\n"
            "1. 白沙镇:任务1500户,完工1260户,完成率84%\n2. 石门乡:任务1800户,完工900户,完成率50%\n"
            "3. 东岗镇:任务1000户,完工1000户,完成率100%\n")
    recs = [c for c in _recs(text, date="2017-06-20") if c.actors]
    assert [(c.task, c.actors[0].name, c.deadline.date, c.progress.status) for c in recs] == [
        ("农村户用卫生厕所改造", "白沙镇", "2017-09-30", "on_track"), ("农村户用卫生厕所改造", "石门乡", "2017-09-30", "on_track"),
        ("农村户用卫生厕所改造", "东岗镇", "2017-09-30", "done")]
    assert [(t.value, t.unit) for t in recs[0].targets] == [(1500.0, "户")]


def test_units_picked_out_by_a_qualifier_are_named_after_it():
    c = _one("一、排名后三位的石门乡、东岗镇要于6月30日前完成年度任务的40%以上。\n", date="2017-06-20")
    assert [(a.name, a.role) for a in c.actors] == [("石门乡", "responsible"), ("东岗镇", "responsible")]


def test_items_under_a_boxed_light_heading_take_its_status_and_their_planned_amount():
    text = ("关于重点工作任务亮灯情况的通报\n截至10月31日,重点工作任务共20项。现将红灯任务通报如下:\n"
            "【红灯任务】(低于序时进度20个百分点以上)\n"
            "1. 既有住宅加装电梯。年度任务30部,已完工9部,完成率30%。分管领导:罗平;责任科室:城建办。\n"
            "2. 闲置集体用房盘活。应盘活12处,已盘活2处,完成率16.7%。分管领导:陶红;责任科室:集体资产管理中心。\n")
    recs = [c for c in _recs(text, date="2022-11-15") if c.actors]
    assert [(c.task, c.progress.status, c.progress.percent) for c in recs] == [
        ("既有住宅加装电梯", "behind", 30.0), ("闲置集体用房盘活", "behind", 16.7)]
    assert [[(t.value, t.unit) for t in c.targets] for c in recs] == [[(30.0, "部")], [(12.0, "处")]]


def test_an_answer_to_a_companys_complaint_is_named_by_its_work_not_its_label():
    text = ("东岗开发区企业服务联席会议纪要\n(一)白沙食品公司提出现有管网压力不足。\n"
            "办理意见:园区自来水公司负责白沙片区供水管网增压改造,规划建设局配合,7月20日前完成。\n"
            "(二)多家企业反映招工难。\n办理意见:经济发展局牵头,5月中旬举办园区专场招聘会。\n")
    recs = _recs(text, date="2018-04-20")
    assert [c.task for c in recs] == ["白沙片区供水管网增压改造", "举办园区专场招聘会"]


def test_a_bound_set_for_a_part_of_the_year_is_due_by_it_and_units_each_leading_lead():
    c = _one("县发改局、县经信局各牵头组建一支招商小分队,上半年各自签约亿元以上项目不少于2个。\n", date="2012-02-20")
    assert [(a.name, a.role) for a in c.actors] == [("县发改局", "lead"), ("县经信局", "lead")]
    assert (c.deadline.date, [(t.op, t.value) for t in c.targets]) == ("2012-06-30", [(">=", 2.0)])


def test_the_years_bounds_set_by_the_county_are_due_at_its_end():
    c = _one("今年,县委、县政府确定全年新引进项目不少于50个,实际到位资金达到40亿元。\n", date="2012-02-20")
    assert c.deadline.date == "2012-12-31"
    assert [(t.op, t.value, t.unit) for t in c.targets] == [(">=", 50.0, "个"), (">=", 40.0, "亿元")]


def test_a_titled_items_orders_take_its_name_and_status_and_the_lead_ins_for_the_rest():
    text = ("全县重点工作推进会召开\n对3项滞后任务,副县长逐项提出要求:\n"
            "——东岗殡仪馆迁建项目。因选址调整,项目至今仍未启动。县民政局要在12月10日前完成新址用地预审,力争年底前开工建设。\n"
            "——县城燃气管网延伸工程。由县城投公司负责,元旦前完成剩余3公里管道铺设。\n")
    recs = _recs(text, date="2017-11-28")
    assert [(c.task, c.progress and c.progress.status) for c in recs] == [
        ("新址用地预审", "not_started"), ("东岗殡仪馆迁建项目开工建设", "not_started"), ("管道铺设", "behind")]


def test_two_role_frames_joined_by_a_pause_mark_are_both_read():
    c = _one("下一步由县机关事务管理局负责、县财政局配合,提出公车改革实施方案,10月底前报县委常委会审定。\n", date="2014-09-05")
    assert [(a.name, a.role) for a in c.actors] == [("县机关事务管理局", "responsible"), ("县财政局", "assist")]
    assert c.task == "提出公车改革实施方案"


def test_a_unit_named_by_its_kind_alone_is_the_one_named_in_full_before_it():
    c = _one("东岗县政务服务中心主任罗平表示,中心将在年底前使审批事项进驻率达到95%以上。\n", date="2014-09-05")
    assert [(a.name, a.role) for a in c.actors] == [("东岗县政务服务中心", "responsible")]


def test_paragraphs_under_a_status_line_take_its_status():
    text = ("东岗县为民办实事半年体检\n截至6月底,十件实事中2件已完成,1件滞后。\n"
            "按序时推进的——\n县教育局负责的6所农村学校食堂改造,主体已完工,秋季开学前投入使用。\n"
            "进度滞后的——\n县人民医院住院楼因设计变更,仅完成年度投资的18%。县卫生局表示将倒排工期,确保年内主体结构封顶。\n"
            "县政府督查室将实行一周一调度,直至赶上序时进度。\n")
    recs = [c for c in _recs(text, date="2013-07-25") if c.actors]
    assert [(c.actors[0].name, c.progress and c.progress.status) for c in recs] == [
        ("县教育局", "on_track"), ("县卫生局", "behind"), ("县政府督查室", None)]


def test_a_district_named_bare_before_its_role_is_its_government():
    c = _one("1. 江北区负责火车站下穿通道等5处,6月15日前完工;\n", date="2017-04-20")
    assert ([(a.name, a.role) for a in c.actors], c.deadline.date) == ([("江北区", "responsible")], "2017-06-15")
    assert _recs("全区负责同志要高度重视。\n", date="2017-04-20") == []


def test_a_numbered_orders_second_dated_step_is_its_own():
    recs = _recs("1.东岗园区管委会要在11月30日前完成剩余管网铺设,12月15日前实现通水试运行。\n", date="2021-10-28")
    assert [(c.task, c.deadline.date) for c in recs] == [("管网铺设", "2021-11-30"), ("通水试运行", "2021-12-15")]


def test_units_sending_staff_to_a_headquarters_are_responsible():
    c = _one("会议决定,成立整治工作指挥部,由副县长罗平任指挥长,县城管局、县住建局抽调人员集中办公。\n", date="2012-11-28")
    assert [(a.name, a.role) for a in c.actors] == [("罗平", "lead"), ("县城管局", "responsible"), ("县住建局", "responsible")]
