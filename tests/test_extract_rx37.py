"""Rules of session 46 (rx37), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: session 45's held-out halves, read now, and new sets of speeches, minutes,
pledges, rectification lists and supervision reports) and checked on ../shared/eval.

Every sentence here is composed for the test (柳溪县, 桃源镇, 青山街道 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import task_with as _by_task, recs_of as _recs


# ---- supervision: cards of labelled fields behind bullets, under a bar heading of their status ----------------------

_CARDS = ("督查快报 | 重点工作进度(第3期)\n\n"
          "截至6月30日,街道年初确定的20项重点工作中,已完成6项,序时推进10项,进度滞后3项,未启动1项。\n\n"
          "▌进度滞后(3项)\n\n"
          "01 | 柳岸小区雨污分流改造\n"
          "◆ 目标任务:完成小区雨污管网改造,惠及居民520户\n"
          "◆ 牵头领导:方志远  ◆ 责任科室:城建办  ◆ 配合:柳岸社区\n"
          "◆ 进展:管网铺设完成约40%,受雨季影响进度滞后\n"
          "◆ 督办要求:8月底前完成全部管网铺设\n\n"
          "▌未启动(1项)\n\n"
          "02 | 滨河健身步道\n"
          "◆ 目标任务:新建健身步道0.8公里\n"
          "◆ 牵头领导:方志远  ◆ 责任科室:城建办\n"
          "◆ 进展:因用地手续未完成,尚未开工\n"
          "◆ 督办要求:9月底前完成用地手续\n\n"
          "▌已完成(6项,部分)\n\n"
          "✅ 背街小巷路灯更换150盏,全部亮灯\n")


def test_a_card_is_named_by_its_numbered_title_and_reads_its_bulleted_fields():
    recs = _recs(_CARDS, date="2024-07-05")
    pipes = _by_task(recs, "雨污分流")
    assert pipes.task == "柳岸小区雨污分流改造"
    assert [(a.name, a.role) for a in pipes.actors] == [("方志远", "lead"), ("柳岸社区", "assist"), ("城建办", "responsible")]
    assert pipes.deadline.date == "2024-08-31"


def test_a_bar_heading_gives_its_status_to_the_cards_below_it():
    recs = _recs(_CARDS, date="2024-07-05")
    assert _by_task(recs, "雨污分流").progress.status == "behind"
    trail = _by_task(recs, "健身步道")
    assert trail.progress.status == "not_started"  # (因…未完成 is what held it back, not the work's status)


def test_checked_lines_under_a_done_heading_are_done_works():
    lamps = _by_task(_recs(_CARDS, date="2024-07-05"), "路灯更换")
    assert lamps.task == "背街小巷路灯更换" and lamps.progress.status == "done"
    assert [(t.value, t.unit) for t in lamps.targets] == [(150, "盏")]


# ---- supervision: overdue items headed by the units that owe them ---------------------------------------------------

_OVERDUE = ("关于市政府议定事项逾期未完成情况的通报\n\n"
            "截至7月31日,议定事项已办结80项,正在推进15项,逾期未完成3项。现将逾期事项通报如下:\n\n"
            "一、逾期未完成事项\n\n"
            "1.市住房和城乡建设局:东湖片区征收补偿方案报批(市政府第9次常务会议议定),要求5月31日前完成。目前方案仍未报送,"
            "已逾期两个月。请于8月20日前提交市政府常务会议审议。\n\n"
            "2.市交通运输局(牵头)、市公安局交警支队(配合):新增公共停车泊位1000个,其中首批500个要求6月30日前建成。目前仅建成"
            "180个。请于9月15日前建成首批500个泊位,年底前全部建成1000个。\n")


def test_an_overdue_item_is_the_units_before_its_colon_with_the_term_now_asked():
    recs = _recs(_OVERDUE, date="2023-08-05")
    plan = _by_task(recs, "征收补偿方案报批")
    assert [(a.name, a.role) for a in plan.actors] == [("市住房和城乡建设局", "responsible")]
    assert plan.deadline.date == "2023-08-20" and plan.progress.status == "behind"
    assert not any(c.task.startswith("逾期") for c in recs)


def test_an_overdue_items_bracketed_parts_and_its_further_dated_step():
    recs = [c for c in _recs(_OVERDUE, date="2023-08-05") if "泊位" in c.task]
    assert [c.deadline.date for c in recs] == ["2023-09-15", "2023-12-31"]
    assert [(a.name, a.role) for a in recs[0].actors] == [("市交通运输局", "lead"), ("市公安局交警支队", "assist")]
    assert [(t.value, t.unit) for t in recs[1].targets] == [(1000, "个")]


def test_a_table_under_a_caption_with_its_unit_gives_its_amounts_that_unit():
    text = ("柳溪县重点项目1-6月推进情况通报\n\n"
            "二、重点项目推进情况(单位:万元)\n"
            "序号 项目名称 责任单位 年度计划投资 1-6月完成投资 进度评价\n"
            "1 柳溪大道东延 县城投公司 30000 16500 序时推进\n"
            "2 城北水厂二期 县水务集团 12000 3100 进度滞后\n")
    recs = _recs(text, date="2021-07-10")
    assert [(t.value, t.unit) for t in _by_task(recs, "柳溪大道").targets] == [(30000, "万元")]


# ---- minutes ---------------------------------------------------------------------------------------------------------

def test_what_the_meeting_heard_and_a_matters_background_are_no_commitments():
    text = ("桃源县重点项目调度会议纪要\n\n"
            "会议听取了县发改局关于1-5月重点项目建设情况的汇报。全县确定重点项目60个,年度计划投资120亿元,1-5月完成投资"
            "48亿元,占年度计划的40%。\n\n"
            "一、县城污水处理厂扩建工程\n\n"
            "项目概况:总投资2.4亿元,土建已完成70%,设备安装正在进行。\n\n"
            "存在问题:配套管网迁改进度滞后。\n\n"
            "议定事项:由县住建局牵头,县供电公司配合,7月底前完成管网迁改。\n")
    recs = _recs(text, date="2022-06-10")
    assert [c.task for c in recs] == ["县城污水处理厂扩建工程"] or len(recs) == 1, [c.task for c in recs]
    assert recs[0].deadline.date == "2022-07-31"
    assert [(a.name, a.role) for a in recs[0].actors] == [("县住建局", "lead"), ("县供电公司", "assist")]


def test_a_decided_item_under_a_lead_in_with_xian_is_read_with_its_unit_and_frequency():
    text = ("区政府专题会议纪要\n\n"
            "经研究,现明确以下事项:\n\n"
            "一、河道保洁。青山街道每月对辖区3条河道开展一次保洁检查,结果报区河长办。\n\n"
            "二、违建拆除。经初步摸排,沿河违章建筑共9处,由区城管局牵头,青山街道具体负责,限期15日内拆除到位。\n")
    recs = _recs(text, date="2020-04-01")
    check = _by_task(recs, "保洁检查")
    assert [a.name for a in check.actors] == ["青山街道"]
    razing = next(c for c in recs if c.deadline and c.deadline.date == "2020-04-16")
    assert razing.task == "违建拆除"


def test_a_set_due_by_a_term_is_no_set_told_done_and_a_unit_carrying_it_out_is_responsible():
    text = ("桃源镇党政联席会议纪要\n\n二、会议决定\n\n"
            "①春耕生产由副镇长何力负责,镇农业服务中心具体落实,4月20日前完成集中育秧。\n\n"
            "②镇综治办负责对4件重点信访件逐件落实包案领导,5月15日前全部办结。\n")
    recs = _recs(text, date="2021-04-06")
    assert [(a.name, a.role) for a in _by_task(recs, "春耕").actors] == [("何力", "responsible"), ("镇农业服务中心", "responsible")]
    petitions = _by_task(recs, "信访件")
    assert petitions.progress is None and petitions.deadline.date == "2021-05-15"
    assert [a.name for a in petitions.actors] == ["镇综治办"]


# ---- speeches ----------------------------------------------------------------------------------------------------------

def test_roles_given_to_this_block_go_to_every_work_of_the_paragraph():
    text = ("在全镇重点工作推进会上的讲话\n\n"
            "基础设施方面:新建村组道路12公里,9月底前全部完工;新建村级文化广场3个;解决260户饮水巩固提升问题。"
            "这一块由张海副镇长牵头,镇村建办负责。\n")
    recs = _recs(text, date="2020-05-12")
    assert _by_task(recs, "村组道路").deadline.date == "2020-09-30"  # (a work told before the sentence just before)
    for c in recs:
        assert [(a.name, a.role) for a in c.actors] == [("张海", "lead"), ("镇村建办", "responsible")], c.task


def test_a_counted_work_finished_by_a_bare_dated_step_keeps_its_count_and_name():
    text = ("在全镇重点工作推进会上的讲话\n\n"
            "住房方面:农村危房改造36户,必须在8月31日前全部完成并入住。镇村建办负责,县住建局驻镇工作组协助。\n")
    c = _recs(text, date="2020-05-12")[0]
    assert c.task == "农村危房改造" and [(t.value, t.unit) for t in c.targets] == [(36, "户")]
    assert [(a.name, a.role) for a in c.actors] == [("镇村建办", "responsible"), ("县住建局驻镇工作组", "assist")]


def test_the_years_amount_after_a_dated_step_is_a_commitment_of_its_own():
    text = ("在城市管理攻坚推进会上的讲话\n\n"
            "关于停车治理,由区交警大队牵头,区城管局、区住建局配合,7月底前完成停车泊位普查,"
            "年底前利用边角地、闲置地新增公共停车泊位800个以上。\n")
    recs = _recs(text, date="2018-03-01")
    assert [c.deadline.date for c in recs] == ["2018-07-31", "2018-12-31"]
    assert [(t.value, t.unit) for t in recs[1].targets] == [(800, "个")]


def test_a_measure_whose_roles_sentence_only_says_how_is_named_by_the_measure():
    text = ("二、整改措施\n\n"
            "1.全面推行首问负责制,在服务大厅设置导办岗。由局办公室负责,立即实施,长期坚持。\n\n"
            "2.开展作风专项整治,每月明察暗访不少于2次。由机关党支部负责,即日起执行。\n")
    recs = _recs(text, date="2019-06-01")
    assert [c.task for c in recs] == ["全面推行首问负责制", "作风专项整治"]
    assert [(t.value, t.unit) for t in recs[1].targets] == [(2, "次")]


# ---- pledges -------------------------------------------------------------------------------------------------------

_LETTER = ("柳溪县水利局2015年度公开承诺书\n\n"
           "为进一步转变作风、提升效能,现将2015年度重点工作和服务事项向社会公开承诺如下,恳请全县人民监督。\n\n"
           "2014年,全县完成水利投资1.9亿元,新建山塘12座。\n\n"
           "一、重点工作承诺\n\n"
           "1.实施农村饮水安全工程。全年新建供水管网86公里,解决21个行政村饮水难问题,10月底前全部完工。\n\n"
           "2.加强河道管护。全年查处非法采砂不少于50台次。\n\n"
           "二、服务承诺\n\n"
           "1.取水许可申请材料齐全的,自受理之日起10个工作日内办结。\n\n"
           "以上承诺,请社会各界监督。如发现我局工作人员有违反承诺的行为,请拨打监督电话:0000-1234567。\n\n"
           "承诺人:局长 韩志强\n"
           "承诺单位:柳溪县水利局\n")


def test_a_pledge_letters_items_after_last_years_figures_are_signed_by_both_signers():
    recs = _recs(_LETTER, date="2015-02-16")
    water = _by_task(recs, "饮水安全")
    assert water.deadline.date == "2015-10-31"  # (…,10月底前全部完工: the year's work's term, no piece of its own)
    assert [(t.value, t.unit) for t in water.targets][:1] == [(86, "公里")]
    for c in recs:
        assert {a.name for a in c.actors} == {"韩志强", "柳溪县水利局"}, c.task
    assert not any("以上承诺" in c.task for c in recs)


def test_counts_of_vehicle_times_and_a_per_case_service_limit():
    recs = _recs(_LETTER, date="2015-02-16")
    assert [(t.value, t.unit) for t in _by_task(recs, "河道管护").targets] == [(50, "台次")]
    permit = _by_task(recs, "取水许可")
    assert permit.deadline is None and [(t.op, t.value, t.unit) for t in permit.targets] == [("<=", 10, "个工作日")]


def test_a_units_window_services_are_one_commitment_each():
    text = ("柳溪县政务服务中心窗口服务承诺\n\n"
            "二、窗口单位服务承诺\n\n"
            "1.县公安局(户政窗口):办理居民身份证,材料齐全的当场受理,15个工作日内制证;户口迁移即来即办。\n\n"
            "2.县人力资源和社会保障局:养老保险待遇核定8个工作日内办结,社会保险参保登记即时办理。\n")
    recs = _recs(text, date="2016-03-01")
    assert [(c.task, [(t.value, t.unit) for t in c.targets]) for c in recs] == [
        ("办理居民身份证", [(15, "个工作日")]), ("户口迁移即来即办", []),
        ("养老保险待遇核定", [(8, "个工作日")]), ("社会保险参保登记即时办理", [])]
    assert [a.name for a in recs[0].actors] == ["县公安局"]


def test_a_quoted_pledge_with_its_own_term_is_the_speakers_and_a_pronoun_leads_her_work():
    text = ("桃源县县级领导公开承诺大会召开\n\n"
            "本次大会上,县级领导逐一上台公开承诺。\n\n"
            "“我牵头的城区供热扩网工程,10月15日前完成新建供热管网12公里,确保新增供热面积30万平方米。”县委副书记刘云第一个发言。\n\n"
            "县人大常委会副主任周涛包联城南棚户区改造项目,他承诺6月底前完成剩余40户的征收签约。县政协副主席孙静表示,"
            "她牵头推进的县妇幼保健院建设项目年底前实现主体封顶。\n")
    recs = _recs(text, date="2023-03-02")
    heat = _by_task(recs, "供热")
    assert [a.name for a in heat.actors] == ["刘云"] and heat.deadline.date == "2023-10-15"
    assert {(t.value, t.unit) for t in heat.targets} == {(12, "公里"), (30, "万平方米")}
    assert [a.name for a in _by_task(recs, "征收签约").actors] == ["周涛"]
    clinic = _by_task(recs, "妇幼保健院")
    assert clinic.task.startswith("县妇幼保健院") and [(a.name, a.role) for a in clinic.actors] == [("孙静", "lead")]


def test_a_section_heading_before_a_pledge_table_is_no_pledge():
    text = ("我局2016年度向社会作出如下服务承诺:\n\n一、年度工作承诺\n\n"
            "| 序号 | 承诺内容 | 责任单位 | 完成时限 |\n"
            "| ① | 城镇新增就业1500人 | 县就业服务局 | 年底前 |\n"
            "| ② | 农村劳动力培训2000人次 | 县就业服务局 | 年底前 |\n")
    assert [c.task for c in _recs(text, date="2016-03-01")] == ["城镇新增就业", "农村劳动力培训"]


# ---- names -------------------------------------------------------------------------------------------------------------

def test_a_units_working_group_is_a_unit_and_a_verb_or_a_frame_word_is_no_part_of_a_name():
    from kg.extract.actors import parse_item
    assert parse_item("县住建局驻镇工作组") == ("县住建局驻镇工作组", "organization", None)
    assert parse_item("开展办") is None and parse_item("两镇") is None
    assert parse_item("由市扶贫办") == ("市扶贫办", "organization", None)


# ---- what is no commitment, and a few more words -------------------------------------------------------------------

def test_accountability_threatened_on_a_condition_and_a_tables_note_are_no_commitments():
    text = ("关于重点工作推进情况的通报\n\n"
            "注:进度评价以时序进度50%为基准,低于基准10个百分点以上为“进度滞后”。\n\n"
            "三、有关要求\n\n"
            "(一)对本次通报后再次逾期的事项,县政府督查室将提请县纪委监委启动问责程序。\n\n"
            "(二)县督查室每月要通报进展情况,对连续两次排名末位的单位进行约谈。\n")
    tasks = [c.task for c in _recs(text, date="2020-07-01")]
    assert len(tasks) == 1 and "通报" in tasks[0], tasks


def test_a_report_items_year_target_and_a_discipline_group_doing_it():
    text = ("柳溪区民生实事1-10月进展情况\n\n"
            "(一)城区集中供热扩网工程。该项目由副区长陈明牵头,区住建局具体负责。年度目标为新增供热面积40万平方米。"
            "截至10月底,新增供热面积31万平方米,完成年度目标的77.5%。\n")
    heat = _recs(text, date="2012-11-05")[0]
    assert [(t.value, t.unit) for t in heat.targets] == [(40, "万平方米")]
    text = "整改方案\n\n(五)巡察移交问题线索\n\n对移交的问题线索,由驻局纪检监察组依规依纪调查处置,10月底前全部办结。\n"
    c = _recs(text, date="2019-07-10")[0]
    assert [(a.name, a.role) for a in c.actors] == [("驻局纪检监察组", "responsible")] and c.deadline.date == "2019-10-31"


def test_news_of_deputies_pledges_names_each_one_who_pledges():
    text = ("柳溪县人大代表向选民公开履职承诺\n\n"
            "据了解,县人大常委会组织开展代表履职承诺活动,代表公开作出承诺。\n\n"
            "3月20日,县人大代表、桃园村党支部书记韩立新当着选民的面念出了自己的承诺。"
            "“去年承诺的水渠已经完工。”韩立新说,“今年我承诺两件事:一是把桃园村到镇上的4公里砂石路铺成柏油路,年底前通车;"
            "二是9月底前完成村小学危房改造。”\n\n"
            "来自石桥乡的县人大代表王秀兰是当地的种植大户。她承诺,今年带动本村15户农户种植食用菌,户均增收3000元以上。\n\n"
            "县人大代表、兴业公司经理赵建国则把承诺落在了帮困上:春节前为本乡20户困难家庭每户送去300元慰问金。\n")
    recs = _recs(text, date="2014-03-25")
    assert [a.name for a in _by_task(recs, "柏油路").actors] == ["韩立新"]
    assert [a.name for a in _by_task(recs, "食用菌").actors] == ["王秀兰"]
    assert "赵建国" in [a.name for a in _by_task(recs, "慰问金").actors]


def test_a_watch_told_with_its_frequency_before_a_sanction_is_a_commitment():
    text = ("县政府常务会议纪要\n\n"
            "县长在总结时指出,各部门要抓好落实。县政府督查室要加强跟踪督办,每月通报一次落实情况,"
            "对推诿扯皮、贻误工作的,按有关规定严肃追究责任。\n\n"
            "县纪委要加强监督检查,对工作推进不力的,严肃追究相关责任。\n")
    recs = _recs(text, date="2015-07-10")
    assert [a.name for c in recs for a in c.actors] == ["县政府督查室"], [c.task for c in recs]
