"""Rules of session 36 (rx27), fitted on the genres' phrasing (minutes, supervision notices, pledges,
replies to deputies' suggestions, rectification reports) and checked on ../shared/eval.

Every sentence here is composed for the test (桐溪县, 青禾镇, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs

from kg.extract.progress import find_progress
from kg.extract.segment import fold


# ---- progress: one step done, the next pending ------------------------------------------------------

def test_a_stage_done_then_a_step_under_way_is_on_track():
    for text in ("已完成项目环评批复,正在办理施工许可", "已完成土地报批,计划9月底前开工",
                 "已完成主体工程,附属工程正在施工,预计年底前交付"):
        assert find_progress(text).status == "on_track", text


def test_works_done_then_checked_or_audited_stay_done():
    assert find_progress("道路已全部完工,正在组织竣工验收").status == "done"


def test_a_share_after_the_part_done_is_its_percent():
    p = find_progress("已完成主管网敷设65%,预计11月底前通水")
    assert (p.status, p.percent) == ("on_track", 65.0)


def test_a_report_item_with_the_next_step_pending_is_under_way():
    c = _one("县委常委会议定事项落实情况\n1.城西物流园前期工作。责任单位:县商务局。落实情况:已取得用地批复,正在开展施工图设计,计划8月底前开工。\n",
             date="2024-06-30")
    assert c.task == "城西物流园前期工作"
    assert c.progress.status == "on_track"


# ---- a supervision notice's opening and its requirements ---------------------------------------------

def test_what_the_office_checked_opens_the_notice_and_is_no_task():
    recs = _recs("关于城区重点工程推进情况的督查通报\n县督查室近日对城区18个重点工程进行了实地督查。多数工程按计划推进,少数工程进度偏慢。\n"
                 "1.城东水厂扩建工程。责任单位:县水利局。目前完成管网铺设的一半,较计划滞后一个月。\n", date="2024-07-20")
    assert [c.task for c in recs] == ["城东水厂扩建工程"]


def test_another_work_with_its_own_term_after_a_dated_step_is_one_more():
    recs = _recs("各责任单位要倒排工期,确保9月底前城东水厂扩建工程完成通水调试,南门菜市场10月底前开工建设。\n", date="2024-07-20")
    assert [(c.task, c.deadline.date) for c in recs] == [("城东水厂扩建工程通水调试", "2024-09-30"),
                                                        ("南门菜市场开工建设", "2024-10-31")]


# ---- pledges ---------------------------------------------------------------------------------------

def test_money_put_in_first_leaves_the_work_as_the_pledge():
    recs = _recs("南坪村党支部书记2024年承诺书\n我承诺今年办好以下实事:\n1.投入资金80万元,新修机耕道6公里,9月底前完工。\n"
                 "2.年内筹措资金20万元,完成村卫生室改造。\n", date="2024-02-01")
    assert [c.task for c in recs] == ["新修机耕道", "村卫生室改造"]
    assert (6.0, "公里") in [(t.value, t.unit) for t in recs[0].targets]


def test_a_head_on_air_with_a_space_before_his_name_pledges_for_his_unit():
    recs = _recs("桐溪县部门负责人电视问政承诺摘录\n县水利局局长 韩涛:针对群众反映的山塘渗漏问题,我们承诺汛期前完成20座山塘除险加固。\n"
                 "县卫健局局长 范敏:对于乡镇卫生院看病排队问题,我们将在9月底前完成全部卫生院预约挂号系统建设。\n", date="2024-03-01")
    assert [(c.task, sorted(a.name for a in c.actors)) for c in recs] == [
        ("山塘除险加固", ["县水利局", "韩涛"]), ("卫生院预约挂号系统建设", ["县卫健局", "范敏"])]


# ---- names ------------------------------------------------------------------------------------------

def test_preparatory_work_keeps_its_word():
    c = _one("县发改局要在6月底前完成城南物流园项目前期工作。\n")
    assert c.task == "城南物流园项目前期工作"


def test_coverage_is_not_folded_to_another_character():
    assert fold("覆盖") == "覆盖"
    c = _one("县教育局要在年底前实现乡村学校远程课堂全覆盖。\n")
    assert "覆盖" in c.task


# ---- a unit's line over what it did and will do ------------------------------------------------------

def test_a_unit_on_a_line_of_its_own_answers_for_the_lines_below():
    # (a problem told by its lack is named by its remedy, as rx26 reads it)
    recs = _recs("关于巡察反馈问题整改进展的通报\n县交通运输局:\n巡察反馈问题6个,已整改完成4个,正在整改2个。针对农村公路养护不到位问题,计划于2024年9月底前完成养护台账建设。\n"
                 "县统计局:\n巡察反馈问题3个,已全部整改到位。\n", date="2024-06-10")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("巡察反馈问题整改", ["县交通运输局"]), ("农村公路养护", ["县交通运输局"]), ("巡察反馈问题整改", ["县统计局"])]
    assert recs[2].progress.status == "done"


def test_a_heading_ends_the_unit_line():
    recs = _recs("县交通运输局:\n巡察反馈问题6个,已整改完成4个。\n二、下一步工作\n县政府督查室要在8月底前完成整改情况复查。\n", date="2024-06-10")
    assert [a.name for a in recs[-1].actors] == ["县政府督查室"]


# ---- replies to deputies' suggestions ----------------------------------------------------------------

def test_a_reply_under_its_handling_unit_is_the_units_plan():
    recs = _recs("关于增设城区公共厕所的建议(第8号)\n办理单位:县城管局\n"
                 "答复:县城管局已会同县自然资源局编制城区公厕布局规划,计划2024年新建公厕12座,2025年实现城区各街道公厕全覆盖。目前已有4座公厕开工建设。\n",
                 date="2024-07-01")
    assert [(c.task, c.deadline.date, [a.name for a in c.actors]) for c in recs][0] == ("新建公厕", "2024-12-31", ["县城管局"])
    assert len(recs) == 2 and recs[1].deadline.date == "2025-12-31"
    assert not any("已有" in c.task for c in recs)


def test_a_count_this_year_and_another_work_by_its_month_are_two():
    recs = _recs("县住建局将在年内新增电动自行车充电桩600个,并于10月底前完成城区充电设施监管平台建设。\n", date="2024-05-10")
    assert [(c.task, c.deadline.date) for c in recs] == [("新增电动自行车充电桩", "2024-12-31"), ("城区充电设施监管平台建设", "2024-10-31")]


def test_a_unit_planning_by_the_year_is_responsible():
    recs = _recs("县农业农村局计划2024年完成4个村级冷链仓储设施建设,2025年实现镇级冷链全覆盖。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [("村级冷链仓储设施建设", "2024-12-31"), ("镇级冷链全覆盖", "2025-12-31")]
    assert all([a.name for a in c.actors] == ["县农业农村局"] for c in recs)


# ---- minutes: a drafted document approved --------------------------------------------------------------

def test_an_implementing_opinion_approved_keeps_its_kind_in_the_name():
    recs = _recs("桐溪县人民政府常务会议纪要\n一、关于老旧街区微改造有关问题\n"
                 "会议原则同意县住建局关于老旧街区微改造的实施意见,会后修改完善后提请县委常委会审议。\n", date="2024-04-02")
    assert recs[0].task.startswith("老旧街区微改造实施意见")


# ---- a set of tasks closed, households and their people, steps of one resettlement -------------------------

def test_the_tasks_left_are_closed_by_their_term():
    c = _one("对尚未完成整改的9项任务,县生态环境局要逐项盯办,确保11月底前全部销号。\n")
    assert (c.task, c.deadline.date) == ("尚未完成整改任务销号", "2024-11-30")


def test_households_then_their_people_count_the_households():
    c = _one("今年全镇要完成地质灾害避险搬迁320户1100人。\n")
    assert [(t.value, t.unit) for t in c.targets] == [(320.0, "户")]


def test_the_steps_of_a_yearly_count_each_with_its_month_are_theirs_and_share_its_roles():
    recs = _recs("今年全县要完成避险搬迁400户1500人,集中安置区要在8月底前全部完工,11月底前全部搬迁入住。"
                 "这项工作由县自然资源局牵头,各乡镇具体负责。\n", date="2024-03-01")
    assert [(c.task, c.deadline.date) for c in recs] == [("避险搬迁", "2024-12-31"), ("安置区完工", "2024-08-31"),
                                                        ("安置区搬迁入住", "2024-11-30")]
    assert all([a.name for a in c.actors] == ["县自然资源局"] for c in recs)


# ---- a speech's plan of a few aspects ----------------------------------------------------------------

def test_a_speech_announcing_its_aspects_opens_the_years_plan():
    recs = _recs("今年全县交通工作要重点抓好三个方面。\n(一)完善农村路网。全年新改建农村公路150公里。\n", date="2024-03-01")
    assert [(c.deadline.date, [(t.value, t.unit) for t in c.targets]) for c in recs] == [("2024-12-31", [(150.0, "公里")])]


def test_groups_named_only_to_help_leave_the_units_roles_for_the_work_before():
    c = _one("年内要建成城北、城南两座公交首末站。县交通运输局负责,各乡镇配合。\n")
    assert [(a.name, a.role) for a in c.actors] == [("县交通运输局", "responsible")]


# ---- reports: counts so far, classes by light, items with their units in brackets -------------------------

def test_a_count_checked_so_far_with_the_rest_forecast_is_under_way():
    p = find_progress("已核查低保家庭860户,清退不符合条件对象21户,其余核查工作预计8月底前完成")
    assert p.status == "on_track"
    assert find_progress("对已签约未开工的8个项目要逐一约谈") is None


def test_works_slow_in_their_building_are_behind():
    assert find_progress("主体施工缓慢").status == "behind"
    assert find_progress("项目建设较为缓慢").status == "behind"


def test_red_light_items_with_their_units_in_brackets_are_behind_and_theirs():
    recs = _recs("关于全县重点项目二季度推进情况的通报\n截至6月底,全县26个重点项目完成投资41亿元,占年度计划的52%。其中,红灯项目3个,黄灯项目5个。\n"
                 "红灯项目:县中医院门诊楼(县卫健局),装修施工缓慢,完成年度投资计划的35%;东环路改造(县交通运输局),因管线迁改停工。\n",
                 date="2024-07-10")
    assert [(c.task, [a.name for a in c.actors], c.progress.status) for c in recs[1:]] == [
        ("县中医院门诊楼", ["县卫健局"], "behind"), ("东环路改造", ["县交通运输局"], "behind")]
    assert recs[1].progress.percent == 35.0
    assert not any("灯" in c.task for c in recs)


def test_what_is_due_this_year_is_no_work_named():
    recs = _recs("全市环保督察整改进展通报\n应于今年完成的12项整改任务中,还有4项尚未完成。\n", date="2024-09-20")
    assert not any(c.task.startswith("应于") and len(c.task) <= 6 for c in recs)


# ---- minutes -------------------------------------------------------------------------------------------

def test_a_body_set_up_by_the_meeting_is_named_without_the_approval():
    c = _one("桐溪县人民政府常务会议纪要\n会议同意设立县物流发展服务中心,由县商务局负责筹建,9月1日前挂牌运行。\n", date="2024-06-20")
    assert c.task == "设立县物流发展服务中心"


def test_items_the_meeting_asks_of_their_units_keep_their_own_names_under_a_report_heard():
    recs = _recs("桐溪县委常委会会议纪要\n会议听取了县委政法委关于平安乡村建设进展情况的汇报。\n"
                 "会议要求:一是县公安局要在8月底前完成农村视频监控补点;二是县司法局要在年内实现村级法律顾问全覆盖。\n",
                 date="2024-06-20")
    assert [c.task for c in recs] == ["农村视频监控补点", "村级法律顾问全覆盖"]


# ---- pledges on a board; a step of a work the sentence opens with ----------------------------------------

def test_a_pledge_board_line_gives_its_person_the_numbered_items():
    recs = _recs("南坪镇村干部公开承诺栏\n南坪村党支部书记王群:1.年内硬化入户便道2公里;2.新建文化活动室1处。\n"
                 "南坪村村委会主任何静:1.5月底前完成村级储水池清淤;2.组织电商培训2期。\n", date="2024-02-20")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("硬化入户便道", ["王群"]), ("新建文化活动室", ["王群"]), ("村级储水池清淤", ["何静"]), ("组织电商培训2期", ["何静"])]
    assert recs[2].deadline.date == "2024-05-31"


def test_all_signed_by_a_term_is_a_step_of_the_work_the_sentence_opens_with():
    recs = _recs("西关片区征收,由区征收办牵头,西关街道负责,8月20日前签约率达到80%,8月31日前完成全部签约。\n", date="2024-07-01")
    assert [(c.task, c.deadline.date) for c in recs] == [("西关片区征收", "2024-08-20"), ("西关片区征收签约", "2024-08-31")]


# ---- a unit's statement, a progress item with its parts, indicators of the farm ---------------------------

def test_a_units_statement_of_three_tasks_gives_it_each_item_below():
    recs = _recs("县水利局局长 彭勇 在全县水利工作会议上的表态发言\n我局将全力落实县委县政府部署,重点抓好三项工作:\n"
                 "一是5月底前完成12座病险水库除险加固;\n二是年内新建农村供水工程8处;\n三是持续开展河道采砂专项整治。\n", date="2024-03-05")
    assert [c.task for c in recs] == ["病险水库除险加固", "新建农村供水工程", "河道采砂专项整治"]
    assert all([a.name for a in c.actors] == ["县水利局"] for c in recs)


def test_works_under_way_counted_beside_the_done_are_no_set():
    c = _one("关于2024年县政府民生实事上半年进展情况的通报\n1.新建口袋公园8个。责任单位:县城管局。已完工3个,在建5个,完成年度计划的60%。\n",
             date="2024-07-05")
    assert (c.task, c.progress.status, c.progress.percent) == ("新建口袋公园", "on_track", 60.0)


def test_every_work_begun_is_not_every_work_done():
    p = find_progress("已竣工410户,开工率100%")
    assert p.status == "on_track"


def test_a_count_of_new_plantings_is_a_target():
    c = _one("三是做强特色产业,新发展油茶基地1500亩,县林业局牵头。\n", date="2024-03-05")
    assert [(t.value, t.unit) for t in c.targets] == [(1500.0, "亩")]


def test_a_set_of_tasks_counted_as_of_a_day_and_its_lagging_ones_with_their_units():
    recs = _recs("关于2024年重点工作任务上半年落实情况的通报\n截至6月底,26项重点工作任务中,已完成8项,按序时推进15项,进度滞后3项。\n"
                 "进度滞后的3项任务是:城西污水管网改造(县住建局)、县职教中心实训楼建设(县教育局)、乡镇集贸市场提升(县商务局)。\n",
                 date="2024-07-08")
    assert [(t.value, t.unit) for t in recs[0].targets] == [(26.0, "项")]
    assert [(c.task, [a.name for a in c.actors], c.progress.status) for c in recs[1:]] == [
        ("城西污水管网改造", ["县住建局"], "behind"), ("县职教中心实训楼建设", ["县教育局"], "behind"),
        ("乡镇集贸市场提升", ["县商务局"], "behind")]


# ---- a year carried to the next month; a meeting named by its number; one item not started ------------------

def test_a_month_after_a_date_of_a_stated_year_is_of_that_year():
    recs = _recs("县城投公司要倒排工期,确保体育馆项目于2025年5月底前竣工,7月1日前投入使用。\n", date="2024-09-10")
    assert [c.deadline.date for c in recs] == ["2025-05-31", "2025-07-01"]
    assert recs[0].task == "体育馆项目竣工"


def test_a_meeting_counted_by_its_number_keeps_it():
    recs = _recs("县政府办公室关于县长办公会议议定事项落实情况的通报\n第12次县长办公会议议定事项共11项,截至5月31日,已办结6项,正在办理4项,未启动1项。\n"
                 "未启动事项:城区公厕智慧管理系统项目(县城管局),原定4月底前完成招标,目前尚未启动。\n", date="2024-06-05")
    assert recs[0].task == "第12次县长办公会议议定事项落实"
    assert [(c.task, [a.name for a in c.actors], c.progress.status) for c in recs[1:]] == [
        ("城区公厕智慧管理系统项目", ["县城管局"], "not_started")]


# ---- an account of pledges kept (述诺) -----------------------------------------------------------------

def test_the_works_listed_after_the_count_kept_are_done_and_the_one_held_up_is_due():
    recs = _recs("南坪村党支部书记年终述诺\n去年年初,我向全村群众承诺办好4件实事。一年来,已完成3件:新修机耕道2公里,建成村级便民超市1个,完成河堤加固。"
                 "村幼儿园改建项目因资金未到位尚未开工,争取今年6月底前开工建设。\n", date="2024-01-20")
    done = [(c.task, c.progress.status) for c in recs if c.progress and c.progress.status == "done"]
    assert done == [("新修机耕道", "done"), ("建成村级便民超市", "done"), ("河堤加固", "done")]
    late = [c for c in recs if c.progress and c.progress.status == "not_started"]
    assert [(c.task[:4], c.task[-4:], c.deadline.date) for c in late] == [("村幼儿园", "开工建设", "2024-06-30")]


# ---- terms by a holiday, a quarter's end, next month's end; an item's target and progress lines ------------

def test_national_day_a_quarters_end_and_next_months_end_are_terms_of_steps():
    recs = _recs("城西片区征收要在10月中旬前完成剩余86户签约,国庆节前完成物流园征地交地。\n"
                 "县发改局要牵头在三季度末前储备明年重点项目40个,下月底前完成项目库更新。\n", date="2024-09-02")
    assert [c.deadline.date for c in recs] == ["2024-10-20", "2024-09-30", "2024-09-30", "2024-10-31"]
    assert recs[1].task == "物流园征地交地" and recs[3].task == "项目库更新"
    assert [(t.value, t.unit) for t in recs[2].targets] == [(40.0, "个")]


def test_an_items_target_and_progress_lines_under_it_are_its_own():
    recs = _recs("街道办事处2024年民生实事三季度进展\n1、小区电动车充电棚建设(责任科室:城建科)\n目标任务:建成充电棚20处。\n"
                 "进展情况:已建成14处,其余6处正在施工。\n", date="2024-10-08")
    assert [(c.task, [(t.value, t.unit) for t in c.targets], c.progress.status) for c in recs] == [
        ("小区电动车充电棚建设", [(20.0, "处")], "on_track")]


def test_three_musts_each_with_its_term_are_three_and_the_unit_leading_them_leads_each():
    recs = _recs("下一步要做到“三个确保”:确保9月底前完成老街片区房屋征收扫尾,确保10月底前回迁安置房交付使用,"
                 "确保年底前片区主干道全线贯通。区城市更新指挥部要牵头抓总,各成员单位要密切配合。\n", date="2024-08-01")
    assert [(c.task, c.deadline.date) for c in recs] == [("老街片区房屋征收扫尾", "2024-09-30"), ("回迁安置房交付使用", "2024-10-31"),
                                                        ("片区主干道全线贯通", "2024-12-31")]
    assert all([(a.name, a.role) for a in c.actors] == [("区城市更新指挥部", "lead")] for c in recs)


def test_a_work_told_by_its_rate_is_named_with_the_activity_the_rate_measures():
    c = _one("要把拆迁工作作为当前的头等大事,集中力量攻坚,确保签约率达到100%。\n")
    assert c.task == "拆迁签约"
    c = _one("东关片区拆迁工作要力争实现交房率达到95%以上。\n")
    assert c.task == "东关片区拆迁交房"


# ---- rectification notices, pledge letters signed below, speakers' lines, a list of works' steps ----------

def test_the_rest_still_being_built_leaves_a_rectification_under_way():
    recs = _recs("关于环保督察反馈问题整改情况的公示\n问题描述:城区内河水质不稳定。\n整改目标:2024年底前城区内河水质稳定达标。\n"
                 "整改责任单位:县水利局\n整改完成情况:已完成6条河道清淤,剩余3条正在施工,预计11月底前完工。\n", date="2024-08-20")
    assert [c.progress.status for c in recs] == ["on_track"]


def test_a_letters_signers_below_a_request_to_watch_sign_each_pledge_above():
    recs = _recs("青禾村2024年度为民办实事承诺书\n村两委经研究,向全体村民郑重承诺,今年办好以下实事:\n(一)硬化入户道路2公里,6月底前完工;\n"
                 "(二)新建村级公厕2座,9月底前完成。\n以上承诺,请全体村民监督。\n承诺人:村党支部书记 许林 村委会主任 潘敏\n",
                 date="2024-01-15")
    assert [(c.task, sorted(a.name for a in c.actors)) for c in recs] == [
        ("硬化入户道路", ["潘敏", "许林"]), ("新建村级公厕", ["潘敏", "许林"])]


def test_a_heads_line_of_pledges_gives_him_each_and_money_put_in_leaves_the_work():
    recs = _recs("乡镇负责人公开承诺摘编\n青禾镇党委书记韩亮:今年,我们将重点抓好两件事:一是投资800万元建设镇中心小学教学楼,年底前竣工;"
                 "二是新建村级供水站4处。\n", date="2024-02-26")
    assert [c.task for c in recs] == ["建设镇中心小学教学楼", "新建村级供水站"]
    assert all("韩亮" in [a.name for a in c.actors] for c in recs)


def test_a_list_of_works_pushed_on_then_one_of_them_by_its_term_names_that_ones_step():
    recs = _recs("县交通运输局要加快环城北路、清水河大桥等项目建设进度,确保环城北路8月底前通车、清水河大桥年底前建成。\n", date="2024-04-01")
    assert [(c.task, c.deadline.date) for c in recs] == [("环城北路通车", "2024-08-31"), ("清水河大桥建成", "2024-12-31")]


def test_a_decided_item_approving_a_plan_is_named_by_the_plan():
    c = _one("桐溪县人民政府常务会议纪要\n会议决定:\n1.原则同意《桐溪县2025年农村公路养护实施方案》,由县交通运输局按程序报批后组织实施。\n",
             date="2024-12-10")
    assert c.task.startswith("桐溪县2025年农村公路养护实施方案") or c.task.startswith("2025年农村公路养护实施方案")


# ---- a report's quota with how far it is; a unit's own statement ------------------------------------------

def test_the_years_quota_told_with_how_far_it_is_is_the_commitment_and_its_progress():
    recs = _recs("关于农村危房改造推进情况的通报\n今年全县农村危房改造目标任务1800户,截至7月底,已开工1650户,竣工900户。\n", date="2024-08-05")
    assert [(c.task, [(t.value, t.unit) for t in c.targets][:1], c.progress.status) for c in recs] == [
        ("农村危房改造", [(1800.0, "户")], "on_track")]


def test_a_units_own_statement_gives_it_what_it_says_it_will_do():
    recs = _recs("县林业局局长在全县生态建设大会上的表态发言\n下面,我代表县林业局作表态发言。\n一、全力推进国土绿化。年底前完成人工造林1.5万亩。\n"
                 "二、严格森林防火。3月底前完成重点林区防火隔离带建设。\n", date="2024-02-20")
    assert [[a.name for a in c.actors] for c in recs] == [["县林业局"], ["县林业局"]]


def test_news_of_several_units_pledges_gives_none_of_them_the_rest():
    recs = _recs("桐溪县12个部门负责人公开承诺\n全年新增城镇就业500人。\n", date="2024-02-20")
    assert all(not c.actors for c in recs)


# ---- tables: a class of works before the work; the lights of a supervision table ---------------------------

def test_a_class_of_works_in_the_first_task_column_leaves_the_work_in_the_next():
    recs = _recs("2024年全县民生实事任务分解表\n序号\t实事项目\t具体内容\t牵头单位\t完成时限\n"
                 "1\t养老助残\t新建村级互助幸福院6个\t县民政局\t2024年10月\n2\t城东学校\t新建教学楼1栋\t县教育局\t2024年8月\n",
                 date="2024-02-01")
    assert [c.task[:9] for c in recs] == ["新建村级互助幸福院", "城东学校新建教学楼"]


def test_red_and_yellow_lights_are_behind_and_green_says_no_more_than_its_row():
    recs = _recs("2024年县重点工作任务进展情况表\n序号\t重点任务\t责任单位\t进展情况\t状态\n"
                 "1\t改造城区雨污管网20公里\t县住建局\t已完成12公里,8公里正在施工\t黄灯\n"
                 "2\t新建城市书房5个\t县文旅局\t已全部建成\t绿灯\n3\t新增充电桩500个\t县发改局\t已完成120个,选址未落实\t红灯\n",
                 date="2024-10-10")
    assert [c.progress.status for c in recs] == ["behind", "done", "behind"]


# ---- a project's step due by its term; minutes approving a work; a plan drawn up by its own term ------------

def test_a_project_named_first_takes_its_step_due_and_its_finish_stays_the_project():
    recs = _recs("关于城西综合管廊项目,施工单位要增加作业面,本月底前完成主体结构施工。"
                 "关于县妇幼保健院迁建项目,由县卫健局负责,确保9月底前完工。\n", date="2024-06-03")
    assert [c.task for c in recs] == ["城西综合管廊项目主体结构施工", "县妇幼保健院迁建项目"]


def test_a_work_the_meeting_approves_names_its_item_not_the_section():
    recs = _recs("桐溪县县长办公会议纪要\n会议议定:\n一、关于城区学位供给。同意实施城南三小扩建工程,新增学位1200个,由县教育局负责,力争8月底前完工。\n",
                 date="2024-03-18")
    assert recs[0].task == "城南三小扩建工程"


def test_a_plan_drawn_up_by_its_own_term_after_a_dated_step_is_a_step_of_its_own():
    recs = _recs("县水利局要在4月底前完成全县山塘普查,6月底前拿出山塘整治方案报县政府审定。\n", date="2024-03-18")
    assert [(c.task, c.deadline.date) for c in recs] == [("全县山塘普查", "2024-04-30"), ("山塘整治方案报县政府审定", "2024-06-30")]


# ---- a speech's musts: a dated count under 一要…, land handed over by a set term -----------------------------

def test_a_dated_count_under_a_must_heading_is_asked_and_the_unit_after_it_answers():
    c = _one("创建工作进入冲刺阶段。一要抓好设施提升。9月底前,主城区完成18条背街小巷改造;县住建局负责,各镇配合。\n", date="2024-05-20")
    assert (c.task, c.deadline.date, [(t.value, t.unit) for t in c.targets], [a.name for a in c.actors]) == (
        "主城区背街小巷改造", "2024-09-30", [(18.0, "条")], ["县住建局"])


def test_land_handed_over_by_a_set_term_after_another_works_term_is_one_more():
    recs = _recs("二是倒排时间节点。城西片区征收务必于6月20日前完成,物流园二期征地限期在7月底前交地。\n", date="2024-05-06")
    assert [(c.task, c.deadline.date) for c in recs] == [("城西片区征收", "2024-06-20"), ("物流园二期征地限期交地", "2024-07-31")]


# ---- leaders answering for works (包保) and a work named by its colon head --------------------------------

def test_a_leader_answering_for_a_work_leads_it_and_the_colon_head_names_it():
    recs = _recs("全县重点项目县级领导包保责任分工\n一、城北物流园项目:由副县长梁军包保,县商务局负责,6月底前完成征地。\n", date="2024-02-08")
    assert [(c.task, [(a.name, a.role) for a in c.actors]) for c in recs] == [
        ("城北物流园项目征地", [("梁军", "lead"), ("县商务局", "responsible")])]


def test_the_units_answering_for_a_stretch_are_no_leaders_of_it():
    recs = _recs("城区卫生巡查整改通知\n1、北街沿线商户占道经营。\n处理意见:由北街沿线包保单位县文旅局负责劝导商户退店经营。\n", date="2024-04-02")
    assert ("县文旅局", "responsible") in {(a.name, a.role) for c in recs for a in c.actors}


def test_a_group_of_units_is_no_work():
    recs = _recs("会议要求,各责任单位要加快进度,确保8月底前全部开工。\n", date="2024-06-12")
    assert not any(c.task.startswith("各责任单位") for c in recs)


def test_a_quota_stated_with_its_verb_after_the_meetings_report_is_the_years_work():
    recs = _recs("会议通报,今年全县保障性住房目标任务为新开工900套、基本建成600套。截至6月底,新开工720套,开工率80%。\n", date="2024-07-10")
    assert [(c.task, [(t.value, t.unit) for t in c.targets][:1]) for c in recs][:1] == [("保障性住房", [(900.0, "套")])]
    assert recs[0].progress is None or recs[0].progress.status != "done"


def test_a_work_and_its_term_without_a_modal_is_due_and_a_forecast_is_not():
    recs = _recs("城中村改造要加快征收进度。北关村、西坪村改造项目10月底前完成签约。县征收中心负责,相关街道配合。\n", date="2024-09-09")
    assert [(c.task, c.deadline.date, [a.name for a in c.actors]) for c in recs] == [
        ("北关村、西坪村改造项目签约", "2024-10-31", ["县征收中心"])]
    assert _recs("记者回访发现,该路段管网改造工程已经开工,工程预计7月底前完工。\n", date="2024-06-09") == []
