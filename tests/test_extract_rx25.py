"""Rules of session 34 (rx25), fitted on real pledge, rectification and progress pages found by
search and read outside the project, and checked on ../shared/eval.

Every sentence here is composed for the test (桐溪县, 青禾镇, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs


# ---- a part of a set counted, then a plan for part of it ----------------------------------------------

def test_the_set_a_plan_is_drawn_from_is_no_task_and_no_target():
    c = _one("桐溪县今年安排重点项目60个。在还没有动工的30个项目中,有12个正在办理用地手续,力争8个项目年内开工。\n")
    assert (c.task, c.deadline.date) == ("8个项目开工", "2024-12-31")
    assert [(t.value, t.unit) for t in c.targets] == [(8, "个")]


def test_a_plan_for_part_of_a_set_in_a_progress_notice_keeps_its_term():
    recs = _recs("一、重点项目推进情况\n1-4月,全县36个重点项目已开工20个,开工率55.6%。"
                 "在此前还没有动工的16个项目中,已有5个项目于本月开工,6个项目争取年内开工。\n")
    last = recs[-1]
    assert (last.task, last.deadline.date, [(t.value, t.unit) for t in last.targets]) == \
        ("6个项目开工", "2024-12-31", [(6, "个")])
    assert recs[0].progress.percent == 55.6


def test_a_count_qualified_as_not_yet_started_stays_the_target():
    # 8个尚未开工的X: which eight, the count itself is what is to be done
    c = _one("对6个尚未开工的安置房项目,各街道要加强协作,争取三季度全部开工。\n")
    assert [(t.value, t.unit) for t in c.targets] == [(6, "个")]


# ---- an inspection's news: a bare goal is a step of the work inspected ---------------------------------

def test_a_bare_goal_after_an_inspection_is_named_by_the_work_inspected():
    c = _one("6月3日,副县长周航到青禾镇督查老旧小区改造工作。周航要求,要盯紧节点,确保8月底完成搬迁任务。\n")
    assert (c.task, c.deadline.date) == ("老旧小区改造搬迁", "2024-08-31")


def test_a_bare_goal_of_an_inspected_project_links_the_project():
    c = _one("副区长调研南坪村安置房项目征迁工作\n"
             "5月6日,副区长深入南坪村安置房项目现场,调研征迁推进情况。他指出,各有关单位要挂图作战,确保7月底前完成征迁。\n")
    assert c.task == "南坪村安置房项目征迁"
    assert list(c.projects) == ["南坪村安置房项目"]


def test_a_goal_with_its_own_object_keeps_its_own_name():
    c = _one("6月3日,副县长周航到青禾镇督查老旧小区改造工作。他要求,确保8月底前完成12栋楼的外墙改造。\n")
    assert "外墙改造" in c.task


# ---- a head's word in a pledge broadcast -----------------------------------------------------------

def test_a_head_stating_his_word_answers_for_what_he_ensures():
    c = _one("县交通局局长刘伟表态,确保明年6月底前青禾大桥建成通车。\n")
    assert [(a.name, a.role) for a in c.actors] == [("刘伟", "responsible")]
    assert c.deadline.date == "2025-06-30"


def test_a_statement_delivered_at_a_meeting_names_no_one():
    # 作表态发言: the programme of a meeting, nobody answers for anything by it
    recs = _recs("会上,县住建局、青禾镇作了表态发言。县住建局要在6月底前完成老旧小区改造方案。\n")
    assert [[a.name for a in c.actors] for c in recs] == [["县住建局"]]


# ---- steps of one work with their own terms: one commitment each -----------------------------------

def test_a_units_two_steps_with_their_own_terms_are_two_commitments():
    recs = _recs("县教育局负责,6月底前完成青禾小学教学楼主体封顶,8月底前投入使用。\n")
    assert [(c.task, c.deadline.date, [a.name for a in c.actors]) for c in recs] == [
        ("青禾小学教学楼主体封顶", "2024-06-30", ["县教育局"]),
        ("青禾小学教学楼投入使用", "2024-08-31", ["县教育局"])]


def test_steps_without_a_unit_each_keep_their_term_and_the_work():
    recs = _recs("今年5月底前完成城北体育馆设计招标,10月底前开工建设。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("城北体育馆设计招标", "2024-05-31"), ("城北体育馆开工建设", "2024-10-31")]


def test_a_year_end_step_after_a_dated_stage_is_its_own():
    recs = _recs("县住建局要加快推进保障房建设,确保6月底前完成主体工程,年底前交付使用。\n")
    assert [(c.task, c.deadline.date) for c in recs][-1] == ("保障房交付使用", "2024-12-31")
    assert len(recs) == 2


def test_a_term_after_a_work_of_the_year_is_its_deadline_not_a_step():
    # 是今年的重点工程 dates nothing done: the term after it is the work's own
    recs = _recs("城西污水管网工程是今年的重点民生工程,由王刚同志牵头,县住建局负责,11月底前全面完工。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [("城西污水管网工程", "2024-11-30")]


def test_a_bare_step_in_a_sentence_of_its_own_dates_the_task_above():
    recs = _recs("(二)新建南坪幼儿园。县教育局牵头,县住建局配合。2024年9月底前投入使用。\n")
    assert len(recs) == 1 and recs[0].deadline.date == "2024-09-30"


# ---- pledges on air: a quote then who said it, the people a service reaches --------------------------

_ON_AIR = ("南坪县30个部门“一把手”公开晒承诺\n"
           "“加快推进环湖大道改造,年内完成路面工程的60%,力争11月底前全线通车。”台上,县交通运输局局长周立在公开承诺时这样表态。\n"
           "县人社局局长吴芳承诺,今年组织职业技能培训1800人次。\n")


def test_a_quoted_pledge_then_its_speaker_gives_one_pledge_per_dated_piece():
    recs = _recs(_ON_AIR, "2024-03-20")
    road = [c for c in recs if "环湖大道" in c.task]
    assert [(c.task, c.deadline.date) for c in road] == [("环湖大道路面工程", "2024-12-31"), ("环湖大道全线通车", "2024-11-30")]
    assert all([a.name for a in c.actors] == ["周立"] for c in road)
    assert [(t.value, t.unit) for t in road[0].targets] == [(60, "%")]


def test_the_people_a_service_is_to_reach_are_its_target():
    recs = _recs(_ON_AIR, "2024-03-20")
    c = next(c for c in recs if "培训" in c.task)
    assert c.task == "组织职业技能培训" and [(t.value, t.unit) for t in c.targets] == [(1800, "人次")]


def test_who_took_part_in_a_training_is_no_target():
    c = _one("县人社局要在6月底前完成新录用人员岗前培训,参加培训200人。\n")
    assert c.targets == ()


# ---- a rectification item answered by a bureau's own office ------------------------------------------

def test_a_responsible_office_label_names_the_office():
    text = ("(一)关于“工程款结算滞后”问题的整改\n"
            "整改措施:建立工程款结算台账,每月核对一次。责任领导:赵林。责任科室:计划财务科。整改时限:2023年9月底前。\n")
    c = _one(text, "2023-06-01")
    assert [(a.name, a.role) for a in c.actors] == [("赵林", "lead"), ("计划财务科", "responsible")]
    assert c.deadline.date == "2023-09-30"


# ---- minutes: a unit told to issue a plan, another to fund it ----------------------------------------

def test_a_unit_told_to_issue_an_approved_plan_answers_for_it_and_funding_joins():
    text = ("桐溪县人民政府第十二次常务会议纪要\n"
            "一、原则同意《桐溪县城区停车设施建设三年行动方案》。由县住建局按程序印发实施,县财政局做好资金保障。\n")
    c = _one(text, "2024-04-20")
    assert [a.name for a in c.actors] == ["县住建局", "县财政局"]


def test_a_document_issued_by_a_unit_names_no_one_asked():
    recs = _recs("根据由县政府印发的《城区停车设施建设三年行动方案》,县住建局要在6月底前完成停车场选址。\n")
    assert [[a.name for a in c.actors] for c in recs] == [["县住建局"]]


# ---- a breakdown's generic groups, whom a work serves, who attends -----------------------------------

_BREAKDOWN = ("桐溪县2024年《政府工作报告》重点工作任务分解方案\n"
              "1.全年完成固定资产投资增长7%以上。牵头县领导:王强;牵头单位:县发改局;责任单位:各乡镇、县直有关部门。\n"
              "2.完成老旧小区改造12个、惠及居民2800户。牵头县领导:周敏;牵头单位:县住建局;责任单位:城关镇。\n")


def test_the_county_bodies_concerned_are_no_actor():
    c = _recs(_BREAKDOWN, "2024-02-20")[0]
    assert [(a.name, a.role) for a in c.actors] == [("王强", "lead"), ("县发改局", "lead")]


def test_whom_a_work_serves_is_no_part_of_its_name():
    c = _recs(_BREAKDOWN, "2024-02-20")[1]
    assert c.task == "老旧小区改造" and sorted((t.value, t.unit) for t in c.targets) == [(12, "个"), (2800, "户")]


def test_who_attends_an_event_is_given_no_task():
    recs = _recs("县领导王强、周敏,青禾镇、县直相关部门主要负责同志,相关企业负责人出席开工仪式主会场活动。\n"
                 "县发改局要在6月底前完成项目入库。\n")
    assert len(recs) == 1 and "项目入库" in recs[0].task


# ---- a supervision notice: the set in this round, a lag told as a span of time ------------------------

_ROUND = ("关于2024年第三季度重点工作督查情况的通报\n"
          "现将有关情况通报如下:\n"
          "纳入本次督查的重点工作共52项,已完成15项,按序时推进31项,进度滞后6项。\n"
          "1.城西菜市场改造项目(责任单位:县商务局)。主体工程尚未完工,较计划滞后约3个月。\n")


def test_the_set_of_a_round_is_named_by_itself_not_where_it_is_listed():
    c = _recs(_ROUND, "2024-10-08")[0]
    assert c.task == "重点工作" and [(t.value, t.unit) for t in c.targets] == [(52, "项")]


def test_a_lag_told_as_months_is_no_target():
    c = _recs(_ROUND, "2024-10-08")[1]
    assert c.task == "城西菜市场改造项目" and c.targets == () and c.progress.status == "behind"


# ---- a speech: a quota stated with its share, methods before a target ----------------------------------

def test_a_quota_stated_with_its_rate_so_far_gives_the_work_and_its_share():
    c = _recs("今年我县棚改任务是2800户,截至目前,已签约1500户,签约率53.6%,离年度目标还有较大差距。\n")[0]
    assert c.task == "棚改任务" and [(t.value, t.unit) for t in c.targets] == [(2800, "户")]
    assert (c.progress.status, c.progress.percent) == ("on_track", 53.6)


def test_a_rate_to_reach_is_a_target_not_a_share_done():
    c = _one("一是加快征收签约。城关镇要抽调精干力量,实行包户到人,确保8月底前签约率达到95%以上。\n")
    assert c.progress is None and [(t.value, t.unit) for t in c.targets] == [(95, "%")]
    assert "签约" in c.task


def test_a_works_start_then_its_roadbed_by_year_end_are_two_steps():
    recs = _recs("环湖大道二期要在7月15日前开工,年底前完成路基工程。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [("环湖大道二期开工", "2024-07-15"), ("环湖大道二期路基工程", "2024-12-31")]


# ---- a reply to a citizen: the date by which a repair is expected ------------------------------------

def test_a_repair_expected_by_a_date_is_due_then():
    c = _one("经现场核查,南坪路有9盏路灯无法照明,预计6月20日前全部修复南坪路路灯。\n", "2024-06-03")
    assert c.deadline.date == "2024-06-20" and "修复南坪路路灯" in c.task and not c.task.startswith("预计")


def test_a_repair_done_already_is_no_plan_but_a_work_done():
    [c] = _recs("南坪路的9盏路灯已于5月20日前全部修复。\n", "2024-06-03")  # (session 56: a work with its count, or told done or under way, that no rule read is a record of its own)
    assert c.progress.status == "done" and "路灯" in c.task


def test_a_listed_work_completed_keeps_its_count():
    text = ("(二)持续改善民生。新建改扩建中小学幼儿园6所,新增学位3000个。完成城镇老旧小区改造18个,改造农村危房250户。\n")
    recs = _recs(text, "2024-01-20")
    old = next(c for c in recs if "老旧小区" in c.task)
    assert [(t.value, t.unit) for t in old.targets] == [(18, "个")]


# ---- a progress notice: the set the government decided, one work's own report ------------------------

_HALF_YEAR = ("关于2024年上半年民生实事推进情况的通报\n"
              "今年县政府确定的10件民生实事,截至6月底,已完成2件,其余8件均按计划推进,总体进度达到55%。\n"
              "城南停车场建设项目已完成投资900万元,新增泊位600个,完成年度目标的75%。南坪水厂扩建工程已完工,惠及群众1.5万人。\n")


def test_the_set_the_government_decided_is_reported_on():
    c = _recs(_HALF_YEAR, "2024-07-10")[0]
    assert (c.task, [(t.value, t.unit) for t in c.targets]) == ("民生实事", [(10, "件")])
    assert (c.progress.status, c.progress.percent) == ("on_track", 55)


def test_one_works_report_is_named_by_the_work_not_by_what_it_added():
    c = _recs(_HALF_YEAR, "2024-07-10")[1]
    assert (c.task, c.progress.percent) == ("城南停车场建设项目", 75)


def test_a_set_going_steadily_is_on_track():
    c = _recs("截至2024年3月31日,县政府年初确定的9件民生实事总体进展平稳。\n", "2024-04-15")[0]
    assert (c.task, c.progress.status) == ("民生实事", "on_track")


# ---- a village's pledge list: labelled items after the lead-in, the signature below ------------------

_VILLAGE = ("青禾村2024年村两委班子公开承诺事项\n"
            "村两委班子向全体村民公开承诺如下:\n"
            "1.年内完成村内主干道路灯安装45盏。责任人:陈立;完成时限:2024年8月底。\n"
            "2.新建村级文化广场1处。责任人:孙梅;完成时限:2024年11月。\n"
            "承诺人:青禾村党支部、村委会\n")


def test_a_labelled_item_after_a_pledge_lead_in_is_read_by_its_labels():
    first = _recs(_VILLAGE, "2024-03-05")[0]
    assert (first.task, [a.name for a in first.actors], first.deadline.date) == ("村内主干道路灯安装", ["陈立"], "2024-08-31")


def test_the_pledgers_signature_is_no_pledge():
    recs = _recs(_VILLAGE, "2024-03-05")
    assert len(recs) == 2 and not any("党支部" in c.task or c.task == "村委会" for c in recs)


# ---- a head's pledge on behalf of the unit, last year's kept first ------------------------------------

_HEAD = ("县水利局局长周航:晒承诺 亮目标\n"
         "去年,我局承诺的6件实事已全部兑现。今年,我代表县水利局向全县人民郑重承诺:\n"
         "一是年内完成病险水库除险加固9座;\n"
         "二是6月底前建成城北应急备用水源工程。\n")


def test_a_head_pledging_for_the_unit_names_both():
    recs = _recs(_HEAD, "2024-02-28")
    assert [a.name for a in recs[-1].actors] == ["周航", "县水利局"]
    assert recs[-1].deadline.date == "2024-06-30"


def test_last_years_pledges_kept_are_told_before_the_new():
    first = _recs(_HEAD, "2024-02-28")[0]
    assert (first.task, first.progress.status, [(t.value, t.unit) for t in first.targets]) == ("6件实事", "done", [(6, "件")])


# ---- a unit's head giving its word in the news --------------------------------------------------------

def test_a_units_head_saying_it_will_gives_the_unit_the_work():
    c = _one("在电视问政节目中,县城管局负责人当场表示,将在汛期前完成南坪路排水管网改造。\n", "2024-06-20")
    assert [(a.name, a.role) for a in c.actors] == [("县城管局", "responsible")] and "排水管网改造" in c.task


def test_a_units_head_remarking_on_how_it_goes_gives_nothing():
    assert _recs("县住建局相关负责人表示,虽然全县危房改造工作有序推进,但仍有差距。\n", "2024-06-20") == []


def test_a_bureau_head_saying_the_bureau_will_answers_for_it():
    c = _one("县水利局局长张勇表示,将于汛期前完成城北河道清淤。\n", "2024-04-20")
    assert [(a.name, a.post) for a in c.actors] == [("张勇", "县水利局局长")]


def test_a_leader_of_the_county_saying_what_must_be_done_asks_others():
    c = _one("县长王明表示,要在6月底前完成城北河道清淤。\n", "2024-04-20")
    assert c.actors == () and c.deadline.date == "2024-06-30"


def test_what_a_meeting_went_through_is_told_not_asked():
    recs = _recs("会上,县城管局首先对省、县城管局组织对专项整治工作的政策、程序进行了学习解读;对全县42家报刊亭基本情况进行了通报。\n",
                 "2019-04-10")
    assert recs == []


def test_two_steps_joined_by_a_pause_mark_with_their_own_terms_are_two():
    recs = _recs("要加快城西物流园项目前期手续办理,确保春节前全部完成办理、上半年全部实现开工。\n", "2024-01-10")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("城西物流园项目前期手续办理", "2024-02-09"), ("城西物流园项目开工", "2024-06-30")]


def test_a_list_of_works_joined_by_pause_marks_stays_one_clause():
    # 、 between works (not between steps with their own terms) does not cut the clause
    recs = _recs("县住建局要在9月底前完成城南路、城北路、滨河路改造。\n", "2024-01-10")
    assert len(recs) == 1 and recs[0].deadline.date == "2024-09-30"


def test_a_report_asked_of_the_units_named_above_is_housekeeping():
    text = ("关于网络问政平台群众留言办理情况的通报\n"
            "其中,县水利局有3件群众留言分别超期12天、9天、5天未回复;南坪镇有2件群众留言超期未办结。\n"
            "请上述单位立即办理,并于7月20日前将办理情况报县政府办公室。\n")
    recs = _recs(text, "2024-07-11")
    assert [([a.name for a in c.actors], c.progress.status) for c in recs] == [(["县水利局"], "behind"), (["南坪镇"], "behind")]


# ---- terms of this quarter and this month ------------------------------------------------------------

def test_this_quarters_end_and_this_month_are_dated_from_the_document():
    recs = _recs("县住建局要在本季度末完成城北路改造。县住建局要在月内完成城西路改造方案。\n", "2024-05-10")
    assert [c.deadline.date for c in recs] == ["2024-06-30", "2024-05-31"]


def test_this_quarters_progress_in_a_recurring_report_is_no_term():
    recs = _recs("每个季度末月的25日前,牵头部门须把本季度的推进情况书面报县督查室,县督查室将跟踪督办。\n",
                 "2024-05-10")
    assert all(c.deadline is None or c.deadline.date is None for c in recs)


def test_a_supervision_slips_requirements_are_part_of_its_item():
    text = ("桐溪县人民政府督查室督办通知单\n督办事项:南坪村自来水管网漏损问题\n承办单位:县水利局\n协办单位:青禾镇人民政府\n"
            "办结时限:2024年6月15日前\n督办要求:请承办单位接通知后立即组织现场核查,限期整改到位,并将结果书面报县政府督查室。\n")
    c = _one(text, "2024-06-01")
    assert [(a.name, a.role) for a in c.actors] == [("县水利局", "responsible"), ("青禾镇人民政府", "assist")]
    assert c.deadline.date == "2024-06-15"


# ---- a bare rectification named by the problems the document is about --------------------------------

def test_milestones_of_a_rectification_are_named_by_its_problems():
    text = ("南坪县“散乱污”问题集中整改见到初步成果\n"
            "按照省里提出的“4月10日前完成40%的整改任务,4月30日前全面完成整改任务”的要求,全县倒排工期,"
            "截至4月2日,已整改16宗,占任务数的38.1%。\n")
    recs = _recs(text, "2024-04-03")
    assert [c.task for c in recs if c.deadline] == ["散乱污问题整改完成40%", "散乱污问题全面完成整改"]


def test_an_audits_problems_carry_its_year():
    text = ("关于2022年度县本级部门预算审计查出问题整改情况的通报\n"
            "审计报告反映的38项具体问题,截至目前已整改31项,其余7项正在整改。\n")
    c = _recs(text, "2023-11-20")[0]
    assert c.task == "2022年度审计查出问题整改"


def test_a_batch_of_cases_investigated_is_named_by_its_batch():
    text = ("生态环境保护督察交办信访件办理情况\n"
            "7月2日前,督察组转来的第五批18件信访举报件已全部开展调查处理:办结6件,阶段性办结10件,尚有2件未办结。\n"
            "7月2日前,累计转来的1-5批96件信访件已全部开展调查处理:办结40件,阶段性办结48件,尚有8件未办结。\n")
    recs = _recs(text, "2024-07-03")
    assert [c.task for c in recs] == ["第五批信访举报件查处", "1-5批信访件查处"]


# ---- a minutes item with its labels in brackets after the frames ------------------------------------

def test_a_minutes_items_frames_give_way_to_what_it_asks_and_its_county_leader_leads():
    text = ("县长办公会议纪要\n"
            "一、会议听取了县教育局关于秋季学位保障工作的汇报。会议指出,学位保障关系群众切身利益。会议要求,"
            "县教育局要会同县住建局加快城西小学建设,确保8月底前投入使用。(县领导:钱勇;牵头单位:县教育局)\n")
    c = _one(text, "2024-05-21")
    assert c.task == "城西小学建设"
    assert [(a.name, a.role) for a in c.actors] == [("钱勇", "lead"), ("县教育局", "lead")]


# ---- a dispatch speech: a paragraph opened by its work ----------------------------------------------

_DISPATCH = ("县长在全县项目攻坚月调度会议上的讲话提纲\n"
             "环湖路项目,目前已完成投资8000万元,占年度计划的35%。县交通局要倒排工期,确保6月底前完成路基工程,9月底前全线贯通。\n"
             "县中医院新院区项目,主体工程已封顶,要抓紧内部装修,确保年底前投入使用。\n")


def test_a_paragraph_opened_by_its_work_names_the_bare_steps_after_it():
    recs = _recs(_DISPATCH, "2024-04-15")
    assert [(c.task, c.deadline and c.deadline.date) for c in recs][1:] == [
        ("环湖路项目路基工程", "2024-06-30"), ("环湖路项目全线贯通", "2024-09-30"), ("县中医院新院区项目投入使用", "2024-12-31")]


def test_a_works_share_of_the_years_plan_after_its_investment_is_its_progress():
    c = _recs(_DISPATCH, "2024-04-15")[0]
    assert (c.task, c.progress.status, c.progress.percent) == ("环湖路项目", "on_track", 35)


# ---- a unit's report on its pledges kept, items under Chinese numerals --------------------------------

def test_pledge_items_under_chinese_numerals_are_read_with_the_unit_the_title_names():
    text = ("县水利局2023年公开承诺事项践诺情况\n"
            "一、承诺事项:年内完成病险水库除险加固8座。践诺情况:已完成6座,其余2座正在施工。\n"
            "二、承诺事项:新建农村饮水工程3处。践诺情况:已于10月全部建成通水。\n")
    recs = _recs(text, "2023-12-28")
    assert [(c.task, c.progress.status, [a.name for a in c.actors]) for c in recs] == [
        ("病险水库除险加固", "on_track", ["县水利局"]), ("新建农村饮水工程", "done", ["县水利局"])]


def test_the_remedy_a_meeting_decides_names_the_task_not_the_difficulty():
    text = ("县长办公会议纪要\n"
            "二、会议研究了城区上学难问题。会议同意在城北新建小学1所,新增学位1350个,由县教育局牵头,县住建局配合,明年8月底前建成。\n")
    c = _one(text, "2024-05-21")
    assert "新建小学" in c.task and not c.task.startswith("会议") and [a.name for a in c.actors] == ["县教育局", "县住建局"]


# ---- a "lights" notice: red and yellow sections are behind, the set of key works counted -------------

def test_red_and_yellow_light_sections_are_behind_and_the_set_is_read():
    text = ("2024年县政府重点工作第二季度“亮灯”督查情况通报\n"
            "本次督查的重点工作共28项,其中绿灯(按序时推进)20项,黄灯(略有滞后)5项,红灯(严重滞后)3项。\n"
            "一、红灯事项\n1.城西污水管网改造工程。责任单位:县住建局。仅完成计划的30%。\n"
            "二、黄灯事项\n1.县博物馆新馆建设。责任单位:县文旅局。装修进度略慢于计划。\n")
    recs = _recs(text, "2024-07-05")
    assert [(c.task, c.progress.status) for c in recs] == [
        ("重点工作", "on_track"), ("城西污水管网改造工程", "behind"), ("县博物馆新馆建设", "behind")]
    assert [(t.value, t.unit) for t in recs[0].targets] == [(28, "项")]


# ---- schools as units, and as the works being built -------------------------------------------------

def test_a_school_told_to_do_a_work_is_a_unit():
    c = _one("由县二中负责,9月开学前完成教学楼加固。\n", "2024-05-10")
    assert [(a.name, a.role) for a in c.actors] == [("县二中", "responsible")]


def test_a_school_being_built_is_the_work_not_a_unit():
    c = _one("南坪小学要在8月底前建成投用。\n", "2024-05-10")
    assert c.actors == () and "南坪小学" in c.task


def test_an_answer_on_air_is_the_speakers_word():
    text = ("“电视问政”第二期实录\n"
            "主持人:南坪路坑洼不平,什么时候能修好?\n"
            "县交通运输局局长孙强:这个问题我们已经掌握。我们将在8月底前完成南坪路路面修复,欢迎群众监督。\n")
    c = _one(text, "2024-04-19")
    assert [(a.name, a.kind) for a in c.actors] == [("孙强", "person"), ("县交通运输局", "organization")]
    assert c.deadline.date == "2024-08-31"


def test_a_stage_and_its_period_date_the_works_of_its_paragraph():
    text = ("青禾镇农村人居环境整治实施方案\n三、工作步骤\n"
            "(二)集中攻坚阶段(2024年4月1日—10月31日)。集中开展垃圾、污水、厕所整治,完成85%以上行政村整治任务。\n")
    c = _one(text, "2024-03-10")
    assert c.deadline.date == "2024-10-31" and [(t.value, t.unit) for t in c.targets] == [(85, "%")]


def test_a_units_share_of_the_set_is_named_by_the_set_the_title_names():
    text = ("关于2024年政府工作报告重点任务落实情况的通报\n"
            "县水利局:承担任务10项,已完成7项,正在推进3项。\n")
    c = _one(text, "2024-10-10")
    assert (c.task, [a.name for a in c.actors]) == ("政府工作报告重点任务", ["县水利局"])


def test_a_report_items_planned_amount_is_its_target_and_part_started_is_on_track():
    text = ("2024年县级民生实事项目1-9月进展情况\n"
            "1.城区背街小巷改造:计划改造18条,已完成12条,完成率66.7%。\n"
            "2.新建公办幼儿园:计划新建2所,已开工2所,其中1所主体完工。\n")
    recs = _recs(text, "2024-10-10")
    assert [(c.task, [(t.value, t.unit) for t in c.targets], c.progress.status, c.progress.percent) for c in recs] == [
        ("城区背街小巷改造", [(18, "条")], "on_track", 66.7), ("新建公办幼儿园", [(2, "所")], "on_track", None)]


# ---- a notice's problems listed, then one term for all ----------------------------------------------

def test_problems_listed_take_the_term_set_for_all_and_are_named_by_their_remedy():
    text = ("关于城区市容环境卫生专项督查情况的通报\n一、存在的问题\n"
            "(一)南门菜市场周边垃圾清运不及时,存在堆积现象。(责任单位:南门街道)\n"
            "(二)滨江路沿线绿化管护不到位。(责任单位:县园林中心)\n"
            "二、整改要求\n请各责任单位对照问题清单,立即组织整改,于6月15日前整改到位。\n")
    recs = _recs(text, "2024-06-01")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == [
        ("南门菜市场周边垃圾清运", ["南门街道"], "2024-06-15"), ("滨江路沿线绿化管护", ["县园林中心"], "2024-06-15")]


# ---- minutes: 会议议定: is no topic; a bare completion takes the work its sentence named ----------------

def test_a_meetings_colon_frame_is_no_topic():
    c = _one("会议议定:县住建局负责牵头编制城区供水管网改造三年规划,7月15日前提交县政府常务会议研究。\n", "2024-05-21")
    assert c.task == "编制城区供水管网改造三年规划" and c.deadline.date == "2024-07-15"


def test_a_bare_repair_in_the_summer_holiday_takes_the_plan_its_sentence_approved():
    c = _one("会议原则同意县教育局提出的2024年农村学校校舍维修计划,县教育局要在暑假期间完成维修。\n", "2024-05-21")
    assert (c.task, c.deadline.text) == ("农村学校校舍维修", "暑假期间")


# ---- counts in Chinese numerals --------------------------------------------------------------------

def test_counts_in_chinese_numerals_are_targets_and_no_part_of_the_name():
    recs = _recs("县住建局要在年底前新增公共停车泊位一千五百个。县教育局要在9月前改扩建十一所中小学。\n", "2024-03-10")
    assert [(c.task, [(t.value, t.unit) for t in c.targets]) for c in recs] == [
        ("新增公共停车泊位", [(1500, "个")]), ("改扩建中小学", [(11, "所")])]


def test_a_numbered_title_keeps_its_number():
    c = _one("县卫健局要牵头落实支持医疗高地建设十条措施,年底前见到成效。\n", "2024-03-10")
    assert "十条措施" in c.task
