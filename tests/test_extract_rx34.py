"""Rules of session 43 (rx34), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: session 42's held-out halves, read now, and new sets of speeches, minutes,
pledges, rectification lists and supervision reports) and checked on ../shared/eval.

Every sentence here is composed for the test (青岚县, 石桥镇, 河口村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs, roles as _who


# ---- minutes: a unit's report line is the status of the order about its work -----------------------------------

_SCHEDULING = ("青岚县重点项目调度会议纪要\n"
               "二、各单位汇报情况\n"
               "县水利局:石门水库除险加固工程坝体防渗墙已完成70%,溢洪道正在浇筑。\n"
               "县住建局:今年计划改造城区老旧小区15个。因管网迁改耗时较长,目前仅开工6个,开工率40%。\n"
               "县文广局:青岚书院修缮工程已完成主体维修,9月底前可对外开放。\n"
               "三、会议议定事项\n"
               "(一)石门水库除险加固工程:县水利局负责,10月底前完成坝体防渗墙施工。\n"
               "(二)老旧小区改造:县住建局负责,8月底前15个小区全部开工。\n")


def test_a_units_report_line_folds_into_the_later_order_naming_its_work():
    recs = _recs(_SCHEDULING, date="2021-07-20")
    dam = next(c for c in recs if "石门水库" in c.task)
    assert dam.deadline.date == "2021-10-31" and dam.progress.status == "on_track" and dam.progress.percent == 70
    assert sum(1 for c in recs if "石门水库" in c.task or "防渗墙" in c.task) == 1
    old = [c for c in recs if "老旧小区" in c.task]
    assert len(old) == 1 and old[0].deadline.date == "2021-08-31" and old[0].progress.percent == 40
    # a report no order of the meeting names stays a commitment of its own
    assert any("青岚书院" in c.task for c in recs)


# ---- naming: the effort put in is no work ------------------------------------------------------------------------

def test_the_effort_put_in_gives_way_to_the_dated_work_after_it():
    text = ("三、会议议定事项\n"
            "1.河口片区。河口街道要集中力量啃下“硬骨头”,9月10日前完成剩余24户的签约工作。\n"
            "2.配套道路。县城投公司要增加施工班组,确保10月底前完成石桥路沥青摊铺。\n"
            "3.资金保障。县财政局要在9月20日前将第三批补偿资金8000万元拨付到位,做到签约一户、兑付一户。\n")
    recs = _recs(text, date="2021-08-30")
    tasks = [c.task for c in recs]
    assert not any("硬骨头" in t or "施工班组" in t or "兑付一户" in t for t in tasks), tasks
    assert any("签约" in t for t in tasks) and any("沥青摊铺" in t or "配套道路" in t for t in tasks) and any("补偿资金" in t for t in tasks)


def test_an_orders_item_label_names_the_work_a_report_before_it_told():
    text = ("二、各单位汇报情况\n"
            "河口街道周某:石桥片区涉及征收310户,截至8月2日已签约266户,签约率85.8%。\n"
            "四、会议议定事项\n"
            "1.石桥片区。河口街道要集中力量,8月25日前完成剩余44户的签约工作。县自然资源局要同步启动该片区土地收储,10月底前具备挂牌条件。\n")
    recs = _recs(text, date="2021-08-03")
    sign = next(c for c in recs if "签约" in c.task)
    assert sign.progress is not None and sign.progress.percent == 85.8
    land = next(c for c in recs if "收储" in c.task)
    assert land.progress is None  # (the label names the item's first order only)


def test_a_pace_below_the_county_schedule_is_behind():
    text = "会上,镇建设办汇报:今年拆除违法建筑任务8万平方米,截至4月底已拆除3万平方米,完成年度任务的37%,进度略低于县定时序要求。\n"
    (c,) = _recs(text, date="2014-05-06")
    assert c.progress.status == "behind" and c.progress.percent == 37


# ---- supervision: a numbered task of the year's report, its units and its own term --------------------------------

def test_a_numbered_task_with_its_units_closing_the_sentence_keeps_units_term_and_amount():
    text = ("关于2023年政府工作报告重点任务上半年推进情况的督办通报\n"
            "二、亮红灯任务(3项)\n"
            "1.青岚数字产业园一期标准厂房建设,年内建成厂房6万平方米(区发改局、青岚高新区管委会)。目前土地报批尚未完成。\n"
            "2.新建5G基站260个(区工信局)。上半年仅建成52个,完成年度任务的20%。\n"
            "3.区妇幼保健院迁建工程5月底前主体封顶(区卫健局)。目前仅施工至地上三层,已逾期。\n")
    recs = _recs(text, date="2023-07-15")
    assert len(recs) == 3, [c.task for c in recs]
    park, base, hosp = recs
    assert {("区发改局", "responsible"), ("青岚高新区管委会", "responsible")} <= _who(park)
    assert park.deadline.date == "2023-12-31" and any(t.value == 6 and t.unit == "万平方米" for t in park.targets)
    assert "5G基站" in base.task and any(t.metric == "新建5G基站" and t.value == 260 for t in base.targets) and base.progress.percent == 20 and ("区工信局", "responsible") in _who(base)
    assert hosp.deadline.date == "2023-05-31" and hosp.progress.status == "behind"


def test_a_stage_due_names_the_work_the_sentence_opens_on():
    text = "区妇幼保健院迁建工程由区卫健局督促施工单位倒排工期、增加作业面,确保9月底前主体封顶。\n"
    (c,) = _recs(text, date="2023-07-15")
    assert c.task == "区妇幼保健院迁建工程主体封顶" and c.deadline.date == "2023-09-30"


# ---- pledges kept: a bracket opening with the unit before its labelled leader ------------------------------------

_KEPT = ("青岚街道2022年为民办实事承诺事项践诺情况公示\n"
         "①新建社区长者食堂3家,全年助餐不少于2万人次。(社会事务办、卫健办,分管领导:陶某某)\n"
         "践诺情况:已完成。\n"
         "②完成北门、西园2个老旧小区综合改造。(城建办,分管领导:严某某)\n"
         "践诺情况:北门小区已竣工;西园小区完成工程量的72%,计划2023年春节前完工。\n"
         "③完成3条背街小巷雨污分流改造。(城建办,分管领导:严某某)\n"
         "践诺情况:正在推进。完成年度计划的60%,东巷段受管线迁改影响尚未开工。\n")


def test_units_opening_the_bracket_of_a_labelled_leader_are_responsible_and_the_number_is_no_part_of_the_task():
    recs = _recs(_KEPT, date="2022-12-15")
    assert len(recs) == 3
    canteen = recs[0]
    assert {("社会事务办", "responsible"), ("卫健办", "responsible"), ("陶某某", "lead")} <= _who(canteen)
    assert not canteen.task.startswith("①") and "社会事务办" not in canteen.task


def test_a_kept_pledges_plan_running_into_the_next_year_is_behind_and_no_term():
    recs = _recs(_KEPT, date="2022-12-15")
    old = recs[1]
    assert old.progress.status == "behind" and old.deadline is None


def test_a_share_done_with_a_part_not_begun_is_behind():
    recs = _recs(_KEPT, date="2022-12-15")
    lanes = recs[2]
    assert lanes.progress.status == "behind" and lanes.progress.percent == 60


# ---- a unit's own pledge letter: its head signs, its items are pledged after their heading --------------------------

_LETTER = ("青岚县林业局2012年公开承诺书\n"
           "为践行为民宗旨,现向全县群众作出如下承诺,请社会各界监督。\n"
           "一、工作目标承诺\n"
           "1.全力推进国土绿化。年内完成造林约2.4万亩,新增森林抚育面积1.2万亩,完成林区道路土石方30万立方米。\n"
           "2.办事时限承诺。林木采伐许可等事项,申报材料齐全的,一律在7个工作日内办结。\n"
           "3.认真对待群众来信来访,一般信访事项限期10日内书面答复。\n"
           "承诺单位:青岚县林业局\n"
           "承诺人:邵某某(局长)\n"
           "2012年3月20日\n")


def test_a_letters_items_are_pledged_by_the_unit_and_the_head_who_signs_it():
    recs = _recs(_LETTER, date="2012-03-20")
    green = next(c for c in recs if any(t.unit == "万亩" for t in c.targets))
    assert {("青岚县林业局", "responsible"), ("邵某某", "responsible")} <= _who(green)
    assert green.deadline.date == "2012-12-31"
    assert {(t.metric, t.value, t.unit) for t in green.targets} >= {("造林", 2.4, "万亩"), ("林区道路土石方", 30, "万立方米")}
    assert sum(1 for c in recs if any(t.unit in ("万亩", "万立方米") for t in c.targets)) == 1  # (one item, one pledge)


def test_a_service_limit_is_at_most_so_many_days_not_a_date():
    recs = _recs(_LETTER, date="2012-03-20")
    permit = next(c for c in recs if any(t.unit == "个工作日" for t in c.targets))
    assert permit.deadline is None or permit.deadline.date is None
    assert [(t.op, t.value) for t in permit.targets if t.unit == "个工作日"] == [("<=", 7)]
    reply = next(c for c in recs if any(t.unit == "日" for t in c.targets))
    assert [(t.op, t.value) for t in reply.targets if t.unit == "日"] == [("<=", 10)]


# ---- rectification: an audit line naming the unit at fault and what it did ---------------------------------------

_AUDIT = ("青岚县政府关于2018年度预算执行审计所提问题的整改通报\n"
          "二、审计查出问题的具体整改情况\n"
          "(二)部门预算执行方面\n"
          "1.县文旅局超标准列支接待费9.4万元,已由相关人员退回6.1万元,余款正在追缴。\n"
          "2.县农业局未按规定进行政府采购的问题,已修订内部采购管理规定。\n"
          "3.县人民医院住院楼项目未办理施工许可即开工建设,县住建局已依法处罚并补办相关手续。\n"
          "4.关于危房改造补助资金拨付滞后的问题。县住建局已将滞留的补助资金860万元全部拨付到户。\n")


def test_an_audit_line_names_the_unit_at_fault_as_the_one_that_fixes_it_unless_the_fix_names_another():
    recs = _recs(_AUDIT, date="2019-10-25")
    fees = next(c for c in recs if "接待费" in c.task)
    assert ("县文旅局", "responsible") in _who(fees) and fees.progress.status == "on_track"
    buy = next(c for c in recs if "政府采购" in c.task)
    assert ("县农业局", "responsible") in _who(buy) and buy.progress.status == "done"
    permit = next(c for c in recs if "施工许可" in c.task)
    assert _who(permit) == {("县住建局", "responsible")} and permit.progress.status == "done"


def test_funds_paid_out_to_every_household_are_done():
    recs = _recs(_AUDIT, date="2019-10-25")
    aid = next(c for c in recs if "补助资金" in c.task or "危房改造" in c.task)
    assert aid.progress.status == "done"


# ---- speeches: the year's work and the stage it is due by -------------------------------------------------------

def test_a_bare_stage_after_the_years_work_is_when_that_work_is_due_one_commitment():
    recs = _recs("县交通运输局要抓紧实施青石公路改造工程,今年完成路面硬化24公里,确保国庆节前全线通车。\n", date="2012-03-01")
    assert len(recs) == 1
    (c,) = recs
    assert c.deadline.date == "2012-09-30" and [(t.value, t.unit) for t in c.targets] == [(24, "公里")]


def test_a_dated_share_of_its_own_after_the_years_amount_keeps_the_year():
    recs = _recs("各责任单位要对照年度计划,确保全年完成投资52亿元以上,9月底前累计完成投资不低于年度计划的75%。\n", date="2021-07-20")
    assert any(c.deadline and c.deadline.date == "2021-12-31" for c in recs)


def test_a_work_put_on_the_watch_list_stays_beside_the_sanction_that_follows():
    recs = _recs("三要严格督查考核。区委督查室、区政府督查室要把攻坚任务纳入重点督查事项,对工作滞后、推进不力的,"
                 "该通报的通报,该问责的问责。\n", date="2023-03-01")
    assert [_who(c) for c in recs] == [{("区委督查室", "responsible"), ("区政府督查室", "responsible")}]


# ---- a notice of blocks, each opened by its number alone ---------------------------------------------------------

def test_blocks_opened_by_their_number_are_one_item_each_named_by_their_aim():
    text = ("青岚区督察反馈意见整改进展情况公示\n\n"
            "序号:2\n整改目标:完成石门河青岚段两岸违建拆除。\n责任单位:区住建局、区城管局,区水利局配合\n"
            "整改时限:2021年6月底前\n整改进展:已完成整改,已销号。\n\n"
            "序号:6\n整改目标:完成园区内19家企业废气深度治理。\n责任单位:区生态环境分局\n整改时限:2021年9月底前\n"
            "整改进展:正在整改,已完成12家。\n")
    recs = _recs(text, date="2021-10-20")
    assert len(recs) == 2
    river, air = recs
    assert "违建拆除" in river.task and river.deadline.date == "2021-06-30" and river.progress.status == "done"
    assert {("区住建局", "responsible"), ("区水利局", "assist")} <= _who(river)
    assert "废气深度治理" in air.task and _who(air) == {("区生态环境分局", "responsible")} and air.deadline.date == "2021-09-30"


# ---- a village pledge of two signers, each section headed by the posts that pledge --------------------------------

def test_each_section_of_a_pledge_is_the_signers_whose_posts_its_heading_names():
    text = ("河口村“两委”主要干部公开承诺书\n"
            "一、村党支部书记、村委会主任共同承诺\n"
            "第一,今年7月底前完成村内主街硬化,总长1.8公里。\n"
            "第二,9月底前完成全村214户饮用水管网改造。\n"
            "二、村委会主任分工承诺\n"
            "1、8月底前完成村卫生室标准化改造。\n"
            "承诺人:村党支部书记  邵某某(签字)\n"
            "        村委会主任    柯某某(签字)\n"
            "2017年4月6日\n")
    recs = _recs(text, date="2017-04-06")
    road = next(c for c in recs if "主街" in c.task)
    assert {("邵某某", "responsible"), ("柯某某", "responsible")} <= _who(road)
    clinic = next(c for c in recs if "卫生室" in c.task)
    assert _who(clinic) == {("柯某某", "responsible")}


def test_an_items_roles_in_brackets_before_its_colon_are_its_works_roles():
    text = ("防汛工作专题会议纪要\n三、会议议定事项\n"
            "①山洪隐患排查(韦某某牵头;县自然资源局负责,各乡镇配合):5月20日前完成全县640处山洪隐患点汛前排查。\n"
            "②城区内涝整治(县住建局负责):限期10日内编制完成城区14处易涝点整治方案;汛期前完成排水管网清淤60公里。\n")
    recs = _recs(text, date="2025-04-10")
    assert not any(c.task in ("山洪隐患排查", "城区内涝整治") and not c.deadline for c in recs)  # (the heads are no works)
    survey = next(c for c in recs if "640" in " ".join(t.text or "" for t in c.targets) or "汛前排查" in c.task)
    assert {("韦某某", "lead"), ("县自然资源局", "responsible")} <= _who(survey) and survey.deadline.date == "2025-05-20"
    assert all(("县住建局", "responsible") in _who(c) for c in recs if "易涝点" in c.task or "清淤" in c.task)
