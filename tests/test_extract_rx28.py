"""Rules of session 37 (rx28), fitted on the genres' phrasing (work reports' practical projects, replies to
deputies' suggestions, rectification notices, minutes, pledges, supervision notices) and checked on
../shared/eval.

Every sentence here is composed for the test (松岭县, 白沙镇, 东岗村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs

from kg.extract.readers.counts import fulfilled


# ---- a work with its size, then its bare step by a term ----------------------------------------------

def test_a_sized_work_then_its_dated_step_is_planned_without_a_modal():
    c = _one("提升改造背街小巷18条,惠及沿街住户900户,11月底前完工。\n", date="2024-02-20")
    assert c.task == "提升改造背街小巷"
    assert c.deadline.date == "2024-11-30"
    assert [(t.value, t.unit) for t in c.targets][:1] == [(18.0, "条")]


def test_a_sized_work_told_done_is_no_plan_but_a_work_done():
    [c] = _recs("已提升改造背街小巷18条,11月底前完工。\n", date="2024-12-20")  # (session 56: a work with its count, or told done or under way, that no rule read is a record of its own)
    assert c.task == "提升改造背街小巷" and c.progress.status == "done"


def test_the_figures_of_a_sentence_go_with_its_units_below():
    c = _one("二是新建社区养老服务站6个,新增床位320张,国庆前后投入运营。由县民政局负责。\n", date="2024-02-20")
    assert [(a.name, a.role) for a in c.actors] == [("县民政局", "responsible")]
    assert {(t.value, t.unit) for t in c.targets} == {(6.0, "个"), (320.0, "张")}


# ---- a reply letter signed at its foot -----------------------------------------------------------------

def test_a_reply_letter_speaks_for_the_unit_signing_it_and_its_road():
    text = ("关于县人大十八届三次会议第12号建议的答复\n李建军代表:\n您提出的关于改建松岭至白沙公路的建议收悉,现答复如下:\n"
            "松岭至白沙公路全长9.8公里,路面破损较重。我局已将其列入今年农村公路改造计划,目前正在进行施工图设计。"
            "下一步,我局将加快前期工作,力争8月底前开工建设,明年5月底前建成通车。\n感谢您对交通工作的支持。\n"
            "松岭县交通运输局\n2024年5月30日\n")
    cs = _recs(text, date="2024-05-30")
    assert [(c.deadline.date, [(a.name, a.role) for a in c.actors]) for c in cs] == [
        ("2024-08-31", [("松岭县交通运输局", "responsible")]), ("2025-05-31", [("松岭县交通运输局", "responsible")])]
    assert all(c.task.startswith("松岭至白沙公路") for c in cs)


# ---- rectification: a problem heading and what is done of it, without a label ----------------------------

_RECT = "中共白沙镇委员会关于县委巡察组反馈意见整改进展情况的通报\n二、反馈问题整改情况\n"


def test_a_problem_heading_then_its_unit_and_term_is_an_item():
    c = _one(_RECT + "(二)关于“村集体合同管理混乱”的问题。镇经管站负责,8月底前完成村集体合同清理规范。目前正在推进。\n",
             date="2024-07-10")
    assert c.task == "村集体合同清理规范"
    assert [(a.name, a.role) for a in c.actors] == [("镇经管站", "responsible")]
    assert c.deadline.date == "2024-08-31"
    assert c.progress.status == "on_track"


def test_a_problem_put_right_names_its_remedy_and_is_done():
    c = _one(_RECT + "(三)关于“困难群众救助资金发放滞后”的问题。已于6月底前全部发放到位,共计发放救助资金48万元。\n",
             date="2024-07-10")
    assert c.progress.status == "done"
    assert "滞后" not in c.task and c.task.startswith("困难群众救助资金")


def test_units_and_their_roles_in_a_measure_line_answer_for_the_item():
    c = _one(_RECT + "(一)关于“村级公章管理不严”的问题。整改措施:对各村公章使用逐一登记。由镇纪委牵头,镇党政办负责,"
                     "已完成9个村的登记,剩余3个村9月底前完成。\n", date="2024-07-10")
    assert [(a.name, a.role) for a in c.actors] == [("镇纪委", "lead"), ("镇党政办", "responsible")]
    assert c.deadline.date == "2024-09-30"
    assert c.progress.status == "on_track"


def test_a_part_done_and_the_rest_due_by_a_term_is_under_way():
    assert fulfilled("已完成12户的搬迁,剩余4户10月底前完成") == "on_track"
    assert fulfilled("已完成全部12户的搬迁") == "done"


# ---- a report's plan for the next year ------------------------------------------------------------------

_REVIEW = "一、主要工作\n全年完成交通投资5.2亿元,新改建农村公路86公里。\n"


def test_a_heading_of_next_years_plan_dates_its_terms_in_that_year():
    cs = _recs(_REVIEW + "二、2025年工作打算\n一是加快省道218线改线工程建设,确保5月底前完成路基工程,年底前全线通车。\n",
               date="2024-12-26")
    cs = [c for c in cs if "交通投资" not in c.task]  # (the year's work before the plan: a record of its own, session 56)
    assert [(c.task, c.deadline.date) for c in cs] == [("省道218线改线工程路基工程", "2025-05-31"),
                                                        ("省道218线改线工程通车", "2025-12-31")]


def test_terms_under_another_heading_keep_the_documents_year():
    cs = _recs("一、当前重点\n要加快省道218线改线工程建设,确保5月底前完成路基工程。\n", date="2024-02-26")
    assert [c.deadline.date for c in cs] == ["2024-05-31"]


def test_plan_items_are_named_by_the_work_they_push_on_with_its_count():
    cs = _recs(_REVIEW + "二、明年工作安排\n二是启动河西片区棚户区改造,全年新开工安置房900套。三是推进县城雨水管网改造,"
                         "新建改造管网18公里,9月底前全部完工。\n", date="2024-12-26")
    cs = [c for c in cs if "交通投资" not in c.task]  # (the year's work before the plan: a record of its own, session 56)
    assert [(c.task, c.deadline.date, [(t.value, t.unit) for t in c.targets]) for c in cs] == [
        ("河西片区棚户区改造", "2025-12-31", [(900.0, "套")]), ("县城雨水管网改造", "2025-09-30", [(18.0, "公里")])]


# ---- minutes: an item heading naming what the meeting studied -------------------------------------------

def test_an_item_heading_studying_a_project_names_the_roles_sentence_below():
    c = _one("县政府常务会议纪要\n二、研究县第三小学扩建项目有关事宜\n会议同意县第三小学扩建项目立项,新增学位720个。"
             "由县教育局负责,县发改局配合,力争9月底前开工。\n", date="2024-05-20")
    assert c.task == "县第三小学扩建项目"
    assert [(a.name, a.role) for a in c.actors] == [("县教育局", "responsible"), ("县发改局", "assist")]


# ---- minutes: items headed 关于X。, a meeting on one project ------------------------------------------

_MINUTES = "关于加快推进青山水厂二期项目建设的专题会议纪要\n会议议定事项如下:\n"


def test_an_item_headed_about_a_matter_is_named_by_it_where_its_sentence_names_a_manner():
    cs = _recs("关于加快推进青山水厂二期项目建设的专题会议纪要\n4月10日,副县长主持召开专题会议。纪要如下:\n一、会议议定事项\n"
               "3.关于排污许可。县生态环境分局要主动对接省厅,力争6月中旬取得许可。\n"
               "4.关于资金筹措。县发改局牵头,县财政局配合,积极争取专项债券资金。\n", date="2024-04-12")
    assert [c.task for c in cs] == ["排污许可", "资金筹措"]


def test_an_item_whose_sentence_dates_a_work_keeps_that_work():
    c = _one(_MINUTES + "1.关于项目用地。请县自然资源局于5月20日前完成用地组卷报批。\n", date="2024-04-12")
    assert c.task == "用地组卷报批"


def test_the_project_of_a_meetings_title_names_its_bare_steps():
    cs = _recs(_MINUTES + "会议要求,各相关单位要压实责任,确保项目7月底前开工建设,年底前主体完工。\n", date="2024-04-12")
    assert [(c.task, c.deadline.date) for c in cs] == [("青山水厂二期项目开工建设", "2024-07-31"),
                                                        ("青山水厂二期项目主体完工", "2024-12-31")]


def test_a_speech_title_with_a_post_names_no_project():
    cs = _recs("市长在全市重点项目推进会上的讲话\n市发改委要牵头做好项目调度。\n", date="2024-04-12")
    assert [c.task for c in cs] == ["项目调度"]


def test_a_news_headline_of_a_leader_dispatching_work_is_no_heading_work():
    cs = _recs("县长陈立群调度重点项目建设工作\n3月5日,县长陈立群主持召开调度会。她要求,县自然资源局要加快土地报批,"
               "确保3月底前完成首批8宗用地报批。\n", date="2024-03-06")
    assert [c.task for c in cs] and "陈立群" not in cs[0].task


# ---- pledges: a heading's numbered pieces on its line ----------------------------------------------------

def test_numbered_pieces_after_a_pledge_heading_are_pledges_each():
    text = ("东岗社区党支部2024年公开承诺书\n社区党支部向全体居民作出如下承诺:\n"
            "一、办好三件实事。1.9月底前完成社区卫生服务站改造;2.年底前为辖区老旧小区加装路灯60盏;3.新建口袋公园1处,年内投入使用。\n"
            "二、加强作风建设。\n")
    cs = _recs(text, date="2024-03-01")
    assert [(c.task, c.deadline.date if c.deadline else None) for c in cs][:3] == [
        ("社区卫生服务站改造", "2024-09-30"), ("辖区老旧小区加装路灯", "2024-12-31"), ("新建口袋公园", "2024-12-31")]


# ---- a progress list of practical projects, each with its unit's label -----------------------------------

_LIST = "2024年县十件民生实事项目进展情况(截至9月底)\n"


def test_an_items_status_told_after_its_work_is_its_progress_not_its_name():
    c = _one(_LIST + "3.改造城区老旧小区24个。已开工24个,完工15个。牵头单位:县住建局。\n", date="2024-10-08")
    assert c.task == "改造城区老旧小区"
    assert [(t.value, t.unit) for t in c.targets] == [(24.0, "个")]
    assert c.progress.status == "on_track"


def test_a_share_of_the_years_task_keeps_the_items_unit():
    c = _one(_LIST + "2.新增公共停车泊位1800个。已完成1500个,占年度任务的83.3%。牵头单位:县城管局。\n", date="2024-10-08")
    assert [(a.name, a.role) for a in c.actors] == [("县城管局", "lead")]
    assert (c.progress.status, c.progress.percent) == ("on_track", 83.3)


def test_a_count_past_the_years_task_is_done():
    c = _one(_LIST + "4.建设农村公路120公里。已完成131公里,超额完成年度任务。牵头单位:县交通运输局。\n", date="2024-10-08")
    assert c.progress.status == "done"


# ---- minutes: who carries a project out, what is approved, who pays ----------------------------------------

def test_a_project_carried_out_by_a_company_is_its_responsibility_and_its_approved_plan_names_it():
    c = _one("县长办公会议纪要\n二、北关农贸市场建设。原则同意北关农贸市场建设方案,项目由县城投公司实施,县商务局配合,年内建成投用。\n",
             date="2024-04-26")
    assert c.task == "北关农贸市场建设"
    assert [(a.name, a.role) for a in c.actors] == [("县城投公司", "responsible"), ("县商务局", "assist")]


def test_a_unit_paying_for_an_approved_sum_answers_for_it():
    c = _one("县长办公会议纪要\n三、其他。会议同意县卫健局追加乡村医生补助80万元,由县财政局拨付。\n", date="2024-04-26")
    assert c.task == "追加乡村医生补助"
    assert [(a.name, a.role) for a in c.actors] == [("县财政局", "responsible")]
    assert [(t.value, t.unit) for t in c.targets] == [(80.0, "万元")]


def test_money_a_unit_secures_is_a_target():
    c = _one("县财政局负责落实项目资本金2500万元,6月底前拨付到位。\n", date="2024-04-26")
    assert [(t.value, t.unit) for t in c.targets] == [(2500.0, "万元")]


# ---- speeches: generic groups, roles of the work before, a visit to a site -------------------------------

def test_every_township_head_named_as_first_responsible_is_no_actor():
    assert _recs("三、强化保障\n各乡镇党委书记是第一责任人,要亲自抓、负总责。\n", date="2024-03-18") == []


def test_a_lead_with_townships_carrying_it_out_gives_the_work_before_its_lead():
    c = _one("(一)抓好垃圾治理。今年要实现农村垃圾收运体系行政村全覆盖,6月底前每个乡镇建成1座垃圾压缩站。"
             "这项工作由县城管局牵头,各乡镇负责实施。\n", date="2024-03-18")
    assert [(a.name, a.role) for a in c.actors] == [("县城管局", "lead")]
    assert "全覆盖" in c.task


def test_a_bare_step_said_at_a_works_site_is_that_works_step():
    c = _one("区委书记调研重点项目建设\n在城北安置房项目现场,他详细询问了项目进度。他要求,区住建局要科学调度,在确保安全的前提下"
             "加快施工,确保年底前交付使用。\n", date="2024-06-21")
    assert c.task == "城北安置房项目交付使用"
    assert c.deadline.date == "2024-12-31"


# ---- pledges signed above their list, a pledge's rest told after it ----------------------------------------

def test_signers_under_a_pledge_title_make_each_numbered_pledge():
    text = ("南湾村“两委”班子2024年度承诺事项\n承诺人:村党支部书记 韩立军  村委会主任 郑小燕\n"
            "1.硬化入户道路2.6公里,7月底前完工;\n2.年内完成村卫生室改造。\n以上承诺,请全体村民监督。\n")
    cs = _recs(text, date="2024-02-10")
    assert [c.task for c in cs] == ["硬化入户道路", "村卫生室改造"]
    assert all([(a.name, a.role) for a in c.actors] == [("韩立军", "responsible"), ("郑小燕", "responsible")] for c in cs)


def test_the_rest_of_a_pledged_work_told_after_it_is_no_work_of_its_own():
    text = ("西岭镇召开村党组织书记践诺评诺大会\n12月18日,西岭镇召开践诺评诺大会,12个村党组织书记逐一述职,晒出年初承诺事项的兑现情况。\n"
            "北坳村党支部书记说:“年初我们承诺修建村级篮球场、新发展油茶基地300亩。目前,篮球场已建成投入使用,"
            "油茶基地已种植220亩,剩余80亩明年春季完成。”\n")
    cs = _recs(text, date="2024-12-20")
    assert not any("剩余" in c.task or "明年" in c.task for c in cs)
    tea = [c for c in cs if "油茶基地" in c.task]
    assert len(tea) == 1 and tea[0].progress.status == "on_track"


# ---- a supervision notice's classes by light ---------------------------------------------------------------

def test_counts_of_a_sets_classes_by_light_are_no_works():
    cs = _recs("全区重点项目“红黄绿灯”督查情况通报\n区指挥部对全区46个重点项目推进情况进行了督查。其中,亮绿灯项目33个,亮黄灯项目9个,"
               "亮红灯项目4个。\n亮红灯项目:\n1.南环路改造工程(区交通局)。征地进展缓慢,至今未开工。\n", date="2024-08-06")
    assert not any("灯" in c.task for c in cs)
    assert [c.task for c in cs] == ["南环路改造工程"]


# ---- a deputy head's speech: items headed 第一,关于X。 ------------------------------------------------------

def test_a_bare_count_under_an_item_about_a_work_is_named_by_it():
    cs = _recs("第一,关于农村改厕。今年全县改厕任务是5000户,目前只完成了1500户,进度明显滞后。各乡镇要倒排工期,"
               "确保6月底前完成3500户,9月底前全面完成年度任务。\n", date="2024-05-12")
    assert [c.task for c in cs] == ["农村改厕", "农村改厕"]


def test_two_townships_carrying_out_a_work_leave_its_lead_to_the_work_before():
    c = _one("第二,关于垃圾分类。要在城关、河西两个镇先行试点,8月底前实现试点村垃圾分类全覆盖。县城管局牵头,两镇具体落实。\n",
             date="2024-05-12")
    assert c.task == "试点村垃圾分类全覆盖"
    assert [(a.name, a.role) for a in c.actors] == [("县城管局", "lead")]


def test_every_household_up_to_standard_by_a_term_is_due():
    c = _one("会议要求,要逐户逐人查漏补缺,确保10月底前所有脱贫户饮水安全全部达标。\n", date="2024-09-15")
    assert c.deadline.date == "2024-10-31"


# ---- minutes: an item opened by the work it is about, under a section's -----------------------------------

def test_an_item_headed_by_its_work_names_its_counts_and_steps_not_the_sections():
    text = ("区长办公会议纪要\n一、关于城市更新工作\n(一)老旧小区改造。今年计划改造的28个小区,目前已开工21个,剩余7个由各街道负责,"
            "9月20日前全部开工,12月底前全部完工。\n")
    cs = _recs(text, date="2024-09-03")
    assert [(c.task, c.deadline.date) for c in cs] == [("老旧小区改造", "2024-12-31"), ("老旧小区改造开工", "2024-09-20"),
                                                        ("老旧小区改造", "2024-12-31")]


def test_an_item_headed_by_a_verb_keeps_its_own_reading():
    cs = _recs("二、下半年工作计划\n(一)加快老旧小区改造。9月底前完成剩余12个小区改造任务。\n", date="2024-07-08")
    assert [c.task for c in cs] == ["老旧小区改造"]


# ---- a unit's report on deputies' suggestions: classes counted by status --------------------------------

def test_a_class_of_suggestions_counted_by_status_is_no_work_its_example_is():
    text = ("县水利局关于2024年人大代表建议办理情况的报告\n今年,我局共承办县人大代表建议15件,已全部答复代表。\n"
            "二、正在解决的6件。如王红代表提出的《关于整治南沟河道的建议》,南沟河道整治项目已完成初步设计,计划11月底前开工建设。\n")
    cs = _recs(text, date="2024-10-22")
    assert not any(c.task.endswith("件") for c in cs)
    assert any(c.task.startswith("南沟河道整治项目") and c.deadline and c.deadline.date == "2024-11-30" for c in cs)


# ---- a speech's goals: the year's bounds, two works each by its term ------------------------------------------

def test_a_fields_bounds_for_the_whole_year_are_its_plan():
    c = _one("一、明确目标任务\n招商引资方面,全年新签约亿元以上项目不少于25个,实际到位资金增长12%左右。\n", date="2024-02-16")
    assert c.task == "招商引资"
    assert c.deadline.date == "2024-12-31"
    assert [(t.op, t.value) for t in c.targets] == [(">=", 25.0), ("~", 12.0)]


def test_a_past_months_figure_this_year_is_no_plan():
    assert _recs("今年9月份,东村村民在镇里扶持下承包了6个大棚,第一批出栏2000只,收入达2.1万元。\n", date="2024-12-01") == []


def test_a_new_hospital_campus_and_a_road_each_by_its_term():
    cs = _recs("二要加快项目建设。各项目单位要倒排工期,确保县中医院新院区5月底前主体封顶,滨河大道9月底前建成通车。\n",
               date="2024-02-16")
    assert [(c.task, c.deadline.date) for c in cs] == [("县中医院新院区主体封顶", "2024-05-31"), ("滨河大道建成通车", "2024-09-30")]


# ---- an audit notice: problems numbered inline, their fixes in the paragraph after ---------------------------

def test_problems_numbered_inline_take_the_status_and_term_of_their_fixes():
    text = ("县审计局关于县水利局2023年度预算执行情况审计整改结果的公告\n"
            "一、审计发现的主要问题:1.小型水库维修资金闲置95万元;2.3个项目未按规定办理竣工决算;3.固定资产管理不规范。\n"
            "二、整改情况:针对第1个问题,县水利局已将闲置资金95万元全部用于水库维修;针对第2个问题,已完成2个项目竣工决算,"
            "另1个项目计划于2024年6月底前完成;针对第3个问题,已修订完善固定资产管理制度。\n")
    cs = _recs(text, date="2024-01-12")
    assert [(c.progress.status, c.deadline.date if c.deadline else None) for c in cs] == [
        ("done", None), ("on_track", "2024-06-30"), ("done", None)]
    assert all([(a.name, a.role) for a in c.actors] == [("县水利局", "responsible")] for c in cs)
    assert cs[2].task == "规范固定资产管理"


# ---- a public list of pledges: each item's labels on the lines under it ---------------------------------------

def test_a_pledge_items_labels_on_the_lines_below_are_its_own():
    text = ("县水务局2025年“我为群众办实事”承诺事项公示\n\n承诺事项:完成城区8处易涝点改造\n责任领导:局长 邵文博\n责任科室:工程科\n"
            "完成时限:2025年6月底\n践诺情况:已完成设计,3处已进场施工\n\n承诺事项:新建农村供水站4座\n责任领导:副局长 陶静\n"
            "完成时限:2025年10月底\n践诺情况:未启动\n")
    cs = _recs(text, date="2025-03-20")
    assert [(c.task, c.deadline.date, c.progress.status) for c in cs] == [
        ("城区易涝点改造", "2025-06-30", "on_track"), ("新建农村供水站", "2025-10-31", "not_started")]
    assert [a.name for a in cs[0].actors] == ["邵文博", "工程科"]


# ---- an inspection's cases made public: the batch, what a town did and plans, what a firm is required -----------

_CASES = ("我县公开第二批中央环保督察交办信访件办理情况\n8月17日,我县对第二批中央生态环境保护督察组交办的19件信访件办理情况进行了公开。"
          "截至8月17日,已办结12件,阶段性办结5件,未办结2件。\n")


def test_the_batch_named_before_a_count_of_cases_names_it():
    cs = _recs(_CASES, date="2024-08-18")
    assert cs[0].task == "第二批信访件办理"


def test_what_a_town_plans_by_its_term_after_what_it_did_names_the_task():
    c = _recs(_CASES + "反映河湾镇砂石场扬尘污染的问题,河湾镇政府已责令砂石场停产,计划9月底前完成复绿整治。\n", date="2024-08-18")[-1]
    assert (c.task, c.deadline.date) == ("复绿整治", "2024-09-30")


def test_what_a_firm_is_required_to_finish_names_the_work():
    c = _recs(_CASES + "经县生态环境局现场核查,情况属实,要求企业10月15日前完成污水处理设施升级改造。\n", date="2024-08-18")[-1]
    assert c.task == "污水处理设施升级改造"


# ---- a speech on one work: rates by their terms, every step of the units named first --------------------------

def test_rates_by_their_terms_in_a_speech_on_one_work_are_its_signing_steps():
    text = ("在河西片区征迁攻坚动员会上的讲话\n同志们:\n第一,明确时间节点。由周建华同志牵头,区征收办负责,8月20日前完成全部入户调查;"
            "8月底前签约率达到60%以上,9月底前达到95%以上,10月底前完成全部房屋腾空交地。\n")
    cs = _recs(text, date="2024-08-05")
    assert [(c.task, c.deadline.date) for c in cs][1:3] == [("河西片区征迁签约", "2024-08-31"), ("河西片区征迁签约", "2024-09-30")]
    assert [(t.op, t.value) for t in cs[2].targets] == [(">=", 95.0)]
    assert all([(a.name, a.role) for a in c.actors] == [("周建华", "lead"), ("区征收办", "responsible")] for c in cs)


# ---- a village head's quoted pledge of items, the works kept last year listed before their count ----------------

def test_a_quoted_pledge_of_items_is_one_pledge_each_by_its_speaker():
    text = ("村支书的承诺\n“今年我承诺办好三件事:一是把村里2.5公里的通组路全部硬化,二是建一个村级污水处理站,三是让全村自来水入户率达到100%。”"
            "3月8日,在上岗村村民代表大会上,村党支部书记杜永明当着全体村民代表的面许下承诺。\n"
            "杜永明告诉记者,去年他承诺的修建村级卫生室、安装路灯两件事都已兑现。\n")
    cs = _recs(text, date="2024-03-10")
    assert [c.task for c in cs] == ["通组路硬化", "村级污水处理站建设", "自来水入户", "修建村级卫生室", "安装路灯"]
    assert all([a.name for a in c.actors] == ["杜永明"] for c in cs)
    assert [c.progress.status if c.progress else None for c in cs] == [None, None, None, "done", "done"]
    assert cs[0].deadline.date == "2024-12-31"


# ---- 分别: each unit its own work, in order ----------------------------------------------------------------------

def test_units_each_with_its_work_respectively_are_one_commitment_each():
    cs = _recs("县卫健局、县水利局要分别对乡镇卫生院和农村水厂开展安全排查,10月底前完成。\n", date="2024-05-01")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in cs] == [
        ("乡镇卫生院安全排查", ["县卫健局"], "2024-10-31"), ("农村水厂安全排查", ["县水利局"], "2024-10-31")]


def test_works_then_their_units_respectively():
    cs = _recs("河东片区、河西片区的征收工作分别由区征收办、城南街道负责,7月底前完成签约。\n", date="2024-05-01")
    assert [(c.task, [a.name for a in c.actors]) for c in cs] == [("河东片区征收", ["区征收办"]), ("河西片区征收", ["城南街道"])]


def test_a_list_that_does_not_pair_with_its_units_stays_whole():
    cs = _recs("县卫健局、县水利局要分别开展安全排查,10月底前完成。\n", date="2024-05-01")
    assert len(cs) == 1 and len(cs[0].actors) == 2


# ---- a rectification plan's measures: the counts they set up ---------------------------------------------------

def test_the_counts_a_measure_sets_up_are_the_items_targets():
    text = ("县城区交通秩序整治问题整改方案\n二、整改任务\n(二)停车乱象问题。整改措施:施划停车泊位900个,安装违停抓拍设备15套。"
            "责任单位:县公安局交警大队。整改时限:6月30日前。\n")
    c = _one(text, date="2024-04-20")
    assert [(t.value, t.unit) for t in c.targets] == [(900.0, "个"), (15.0, "套")]


def test_counts_a_measure_tells_done_are_no_targets():
    text = ("县城区交通秩序整治问题整改情况\n二、整改情况\n(二)停车乱象问题。整改措施:已施划停车泊位900个。"
            "责任单位:县公安局交警大队。整改时限:6月30日前。\n")
    c = _one(text, date="2024-07-20")
    assert c.targets == ()


# ---- a term alone before a directive, money sought named by what it is ------------------------------------------

def test_a_term_alone_before_a_groups_directive_dates_its_work():
    c = _one("5月底前,各乡镇要完成辖区内自建房安全排查。\n", date="2024-03-01")
    assert (c.task, c.deadline.date, c.actors) == ("辖区内自建房安全排查", "2024-05-31", ())


def test_money_sought_above_a_sum_is_named_by_what_is_sought():
    c = _one("县财政局负责,年内争取上级资金3亿元以上。\n", date="2024-03-01")
    assert c.task == "争取上级资金"
    assert [(t.op, t.value, t.unit) for t in c.targets] == [(">=", 3.0, "亿元")]


# ---- a term alone before a count, problems put right by a term, a year's date before a step ---------------------

def test_a_term_alone_before_a_count_of_works_is_due():
    c = _one("年底前,全县新建污水处理站15座。\n", date="2024-03-01")
    assert (c.task, c.deadline.date, [(t.value, t.unit) for t in c.targets]) == ("新建污水处理站", "2024-12-31", [(15.0, "座")])


def test_a_count_by_a_date_gone_by_is_no_plan_but_a_work_done():
    [c] = _recs("截至9月底,全县新建污水处理站15座。\n", date="2024-10-01")  # (session 56: a work with its count, or told done or under way, that no rule read is a record of its own)
    assert c.deadline is None and c.progress.status == "done"


def test_problems_counted_then_put_right_by_a_term_take_it():
    c = _one("对排查出的38处隐患点,确保5月底前全部整改到位。\n", date="2024-03-01")
    assert c.deadline.date == "2024-05-31"


def test_this_years_term_before_a_step_leaves_the_name():
    c = _one("滨江大桥力争于今年10月1日前建成通车。\n", date="2024-03-01")
    assert c.task == "滨江大桥建成通车"


# ---- steps of one building by the year's end and next year, a method of mustering, doing away with a problem -----

def test_a_buildings_two_steps_after_a_comma_of_enumeration_are_two():
    cs = _recs("县教育局要确保县一中综合楼年内主体封顶、明年上半年投入使用。\n", date="2024-03-01")
    assert [(c.task, c.deadline.date) for c in cs] == [("县一中综合楼主体封顶", "2024-12-31"), ("县一中综合楼投入使用", "2025-06-30")]


def test_mustering_forces_is_a_method_not_the_task():
    c = _one("县水利局要组织力量,汛期前完成9座病险水库除险加固。\n", date="2024-03-01")
    assert c.task == "病险水库除险加固"


def test_a_problem_done_away_with_by_a_term_is_due():
    c = _one("城区学校大班额问题要在9月底前全部消除。\n", date="2024-03-01")
    assert c.deadline.date == "2024-09-30"


# ---- minutes and pledges: a unit's plan on a work, the body carrying a project out, works counted as 两件实事 -----

def test_a_units_plan_on_a_work_approved_names_the_plan():
    c = _one("会议同意县水务局关于城区雨水管网改造的实施方案,由县水务局按程序组织实施。\n", date="2024-03-01")
    assert c.task == "城区雨水管网改造实施方案"


def test_a_company_made_the_projects_body_carrying_it_out_answers_for_it():
    c = _one("会议明确,县城投公司为项目实施主体,负责项目融资和建设管理,力争5月开工。\n", date="2024-03-01")
    assert [(a.name, a.role) for a in c.actors] == [("县城投公司", "responsible")]


def test_a_first_person_pledge_is_named_without_its_pledger():
    c = _one("我承诺在今年10月底前完成辖区内所有低保户的入户核查。\n", date="2024-03-01")
    assert not c.task.startswith("我")


def test_works_listed_before_their_count_are_one_pledge_each():
    cs = _recs("村两委承诺,今年为村民办好打一眼机井、修一座便民桥两件实事。\n", date="2024-03-01")
    assert [c.task for c in cs] == ["打机井", "便民桥建设"]


# ---- a progress notice's items: a work told how far it is then its planned step, the year's task as target ------

_NOTICE = "2024年民生实事项目进展情况通报\n"


def test_a_step_planned_after_a_work_told_how_far_it_is_is_that_works():
    c = _one(_NOTICE + "三、县妇幼保健院迁建项目主体已封顶,正在进行内部装修,计划明年4月投入使用。\n", date="2024-10-08")
    assert (c.task, c.deadline.date, c.progress.status) == ("县妇幼保健院迁建项目投入使用", "2025-04-30", "on_track")


def test_the_years_task_and_the_planned_investment_of_an_item_are_its_targets():
    cs = _recs(_NOTICE + "一、农村供水提升工程:计划投资8000万元,已完成投资6200万元,占计划的77.5%。\n"
                         "二、老旧小区改造:年度任务28个,已开工28个,已完工19个。\n", date="2024-10-08")
    assert [[(t.value, t.unit) for t in c.targets] for c in cs] == [[(8000.0, "万元")], [(28.0, "个")]]


# ---- a supervision notice: a lagging work named without its lag, a work's planned investment ---------------------

def test_a_lagging_work_is_named_without_its_lag():
    c = _one("对进度滞后的河东片区棚改项目,由县纪委监委约谈责任单位主要负责人,限期一个月内整改到位。\n", date="2024-10-08")
    assert c.task == "河东片区棚改项目整改"


def test_a_works_planned_investment_names_the_work():
    c = _one("县交通运输局:省道改线工程年度计划投资4亿元,已完成1.6亿元,完成率40%,进度滞后,要倒排工期,确保年底前完成投资任务。\n",
             date="2024-10-08")
    assert (c.task, c.progress.status) == ("省道改线工程", "behind")


# ---- a leader's own line: what he says he will do is his; the finish of the work before by a term ---------------

def test_a_leaders_own_line_without_a_unit_gives_him_its_works():
    cs = _recs("副县长孙涛:今年要完成城区12个老旧小区改造,我负责抓好统筹协调,确保10月底前全部完工。\n", date="2024-04-08")
    assert [(c.task, c.deadline.date, [a.name for a in c.actors]) for c in cs] == [
        ("城区老旧小区改造", "2024-12-31", ["孙涛"]), ("城区老旧小区改造", "2024-10-31", ["孙涛"])]


# ---- a problem quoted whole names the item without its quotes; a unit that built part already acts -------------

def test_a_problem_quoted_whole_is_named_without_its_quotes():
    c = _one("针对“城区公共厕所数量不足”问题,县城管局已新建公厕5座,剩余3座正在建设,计划7月底前投入使用。\n", date="2024-06-08")
    assert c.task == "城区公共厕所数量不足"
    assert c.deadline.date == "2024-07-31"


def test_a_short_quoted_slogan_keeps_its_quotes():
    c = _one("会议要求,各乡镇要加快重点项目建设,确保一季度实现“开门红”。\n", date="2024-02-08")
    assert "“" in c.task or "开门红" not in c.task


# ---- a unit's report on its own pledges kept: the unit answers for each item -------------------------------------

def test_a_units_report_on_its_pledges_gives_it_each_item():
    text = ("县水务局2024年承诺事项践诺情况\n1.完成城区8处易涝点改造。践诺情况:已全部完工。\n"
            "2.新建农村供水站5座。践诺情况:已完成3座,剩余2座12月底前完成。\n")
    cs = _recs(text, date="2024-12-08")
    assert [([a.name for a in c.actors], c.progress.status) for c in cs] == [(["县水务局"], "done"), (["县水务局"], "on_track")]


def test_a_towns_report_on_its_pledges_names_no_actor():
    text = "东岭镇2024年承诺事项践诺情况\n1.完成镇区雨污分流改造。践诺情况:已全部完工。\n"
    assert [c.actors for c in _recs(text, date="2024-12-08")] == [()]


# ---- a speech's closing demands: watching and punishing those who lag is no work ------------------------------

def test_offices_told_to_punish_those_who_lag_is_no_commitment():
    assert _recs("要强化考核问责。县委督查室、县政府督查室要加强跟踪督办,对工作推进不力、进度严重滞后的,严肃追究相关责任。\n",
                 date="2024-03-02") == []


def test_offices_told_to_report_by_a_term_then_punish_keep_the_report():
    cs = _recs("县督查室要在6月底前完成专项督查,对工作推进不力的,严肃追究相关责任。\n", date="2024-03-02")
    assert len(cs) == 1 and cs[0].deadline.date == "2024-06-30"


# ---- a half-year report: the share of the year's target is progress, the year's tasks no work --------------------

def test_a_count_so_far_and_its_share_of_the_years_target_are_progress_not_plan():
    text = ("关于2024年政府工作报告重点任务上半年推进情况的通报\n一、滞后于序时进度的任务\n"
            "(二)新增城镇就业2500人(牵头单位:县人社局)。上半年新增城镇就业900人,完成年度目标的36%。\n")
    c = _one(text, date="2024-07-12")
    assert [(t.value, t.unit) for t in c.targets] == [(2500.0, "人")]
    assert c.deadline is None and (c.progress.status, c.progress.percent) == ("behind", 36.0)


def test_catching_up_and_the_years_tasks_done_on_time_is_no_work():
    assert _recs("各牵头单位要对照任务,倒排工期,确保9月底前追上序时进度,全年任务如期完成。\n", date="2024-07-12") == []


# ---- party members' pledges, how pledges are kept on record ------------------------------------------------------

def test_party_members_each_pledging_are_the_pledgers():
    text = ("河畔社区党员亮诺践诺活动启动\n3月8日,河畔社区党委组织党员开展“亮身份、亮承诺”活动。"
            "老党员周玉兰承诺,今年每月为社区空巢老人上门服务一次;党员郑国强承诺,在6月底前帮助社区完成垃圾分类宣传入户150户。\n"
            "社区党委书记表示,社区将对党员承诺事项建立台账,年底组织群众评议。\n")
    cs = _recs(text, date="2024-03-10")
    assert [[a.name for a in c.actors] for c in cs] == [["周玉兰"], ["郑国强"]]
    assert cs[1].deadline.date == "2024-06-30"


def test_party_member_cadres_name_no_person():
    from kg.extract.readers.counts import speaker_in
    assert speaker_in("各级党员干部承诺,") is None


def test_funds_pooled_for_a_work_are_its_target():
    c = _one("二、请县财政局会同县农业农村局,统筹整合涉农资金2.2亿元,重点支持高标准农田建设。\n", date="2024-05-08")
    assert [(t.value, t.unit) for t in c.targets] == [(2.2, "亿元")]
