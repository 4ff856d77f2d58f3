"""Pledges made to the public in village and township news, and what they measure
(session 30, rx21: fitted on real pledge and fulfilment pages found by search, read outside
the project; checked on ../shared/eval).

Every sentence here is composed for the test (青石村, 北岭镇, 红枫乡 …), in the phrasing of the
genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of


def _recs(text: str, date: str = "2023-04-06"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- who pledges, and to whom -----------------------------------------------------------------------

def test_a_pledge_made_to_the_villagers_is_the_pledging_bodys():
    [c] = _recs("青石村两委向村民承诺一定让全村喝上放心水。\n")
    assert [(a.name, a.role) for a in c.actors] == [("青石村两委", "responsible")]
    assert c.task == "让全村喝上放心水"  # (一定 is how firmly, no part of the work)


def test_a_department_pledging_to_the_public_in_so_many_words():
    [c] = _recs("北岭镇农业站向社会公开承诺年内建成育苗大棚6座。\n")
    assert [a.name for a in c.actors] == ["北岭镇农业站"]
    assert c.deadline.date == "2023-12-31"


def test_the_governments_word_to_the_whole_public_assigns_no_one():
    # the county's top bodies promising the public frame the work; they are not assigned it
    [c] = _recs("县委、县政府向全县群众承诺今年新建保障性住房800套。\n")
    assert c.actors == ()
    assert [(t.value, t.unit) for t in c.targets] == [(800.0, "套")]


def test_a_pledge_by_a_post_without_a_name_is_kept_with_its_work():
    # 承诺, after the pledger's post: the pledge follows the comma; the post names no person
    [c] = _recs("红枫乡东坪村党支部书记向村民承诺,今年内硬化村内主干道3公里。\n")
    assert c.task == "硬化村内主干道"
    assert c.deadline.date == "2023-12-31"
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("村内主干道", 3.0, "公里")]


def test_a_promise_kept_or_made_elsewhere_is_no_pledge():
    assert _recs("他兑现了对村民的承诺,去年村里修好了桥。\n") == []
    assert _recs("各村干部作出承诺,确保完成任务。\n") == []


# ---- what a pledge measures -----------------------------------------------------------------------

def test_works_of_village_roads_and_lights_are_counted():
    [c] = _recs("青石村两委承诺,年内铺设自来水管网2000米、安装路灯60盏。\n")
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("自来水管网", 2000.0, "米"), ("路灯", 60.0, "盏")]


def test_a_time_inside_what_is_measured_is_no_part_of_the_metric():
    [c] = _recs("东坪村党支部书记承诺,力促茶叶合作社分红在今年超过8万元。\n")
    [t] = c.targets
    assert (t.metric, t.op, t.value, t.unit) == ("茶叶合作社分红", ">=", 8.0, "万元")
    assert c.deadline.date == "2023-12-31"


# ---- a pledge told kept ---------------------------------------------------------------------------

PLEDGE_NEWS = ("红枫乡推行村干部承诺践诺制度\n"
               "去年换届后,红枫乡各村两委干部向群众作出承诺,纳入年度考核。\n"
               "近两年,东坪村两委先后争取资金120万元,修通了通往三个自然村的水泥路,"
               "让山里群众出门不走泥巴路这一承诺得到了践行。\n")


def test_a_pledge_told_kept_is_done():
    [c] = [c for c in _recs(PLEDGE_NEWS) if c.progress is not None]
    assert c.progress.status == "done"
    assert "泥巴路" in c.task and not c.task.startswith("让")


# ---- minutes: a decision under a heading names its own plan ---------------------------------------

MINUTES = ("县政府第8次常务会议纪要\n"
           "5月6日,县长主持召开县政府第8次常务会议。现将会议议定事项纪要如下:\n"
           "一、关于全县一季度预算执行有关问题\n"
           "会议原则同意县财政局关于一季度预算执行和调整的意见,会后修改完善后报请县人大常委会审批。\n")


def test_a_decision_naming_its_plan_keeps_its_task_under_a_heading():
    [c] = _recs(MINUTES, "2024-05-08")
    # the plan approved and what is to follow, not only the heading's topic
    assert c.task.startswith(("一季度预算执行和调整", "预算执行和调整")) and c.task.endswith("报请县人大常委会审批"), c.task


# ---- rectification: a problem told by what is lacking names the work that remedies it -------------

RECTIFY = ("西坪镇关于农村污水专项审计问题整改情况的报告\n"
           "现将整改落实情况报告如下:\n"
           "问题描述:镇区污水提升泵站长期未启用。\n"
           "整改情况:未整改到位,预计9月30日整改到位。\n"
           "整改措施:1、对泵站供电线路进行改造;2、对进水管道进行疏通。\n")


def test_a_lacking_problem_names_its_remedy():
    [c] = [c for c in _recs(RECTIFY, "2024-06-20") if "泵站启用" in c.task]  # (its measures numbered inline are their own, rx51)
    assert c.task == "镇区污水提升泵站启用"
    assert c.deadline.date == "2024-09-30" and c.progress.status == "behind"


def test_a_problem_line_quoting_a_lack_names_its_remedy():
    text = ("整改落实情况\n"
            "针对“北岭小区未配建垃圾分类亭”问题,北岭街道已完成选址,预计8月底前完成建设。\n")
    [c] = _recs(text, "2024-06-20")
    assert c.task == "北岭小区配建垃圾分类亭"


# ---- plans told as news: 计划 with its time, the amount and the work it measures --------------------

PLAN_NEWS = ("本报讯 6月2日,南岭县举行旧城片区改造集中签约仪式。\n"
             "据了解,南岭县经过入户调查,按照先易后难的原则,编制了三年改造规划,"
             "计划三年内完成老城区和城郊村约2600户危旧房改造任务。"
             "其中,今年首批共需征收老城区居民房屋380户,目前已完成120户的入户评估。\n")


def test_a_plan_with_its_time_is_a_commitment_named_by_its_work():
    [c] = [c for c in _recs(PLAN_NEWS, "2019-06-03") if c.targets and c.targets[0].value == 2600]
    # the clauses before tell how the plan came about; the plan's own clause names the work
    assert c.task == "老城区和城郊村危旧房改造", c.task
    assert [(t.metric, t.unit) for t in c.targets] == [("危旧房改造", "户")]  # (约 is no part of the metric)
    assert c.deadline.text == "三年内"


def test_a_set_to_be_taken_is_named_by_what_it_counts():
    [c] = [c for c in _recs(PLAN_NEWS, "2019-06-03") if c.targets and c.targets[0].value == 380]
    assert c.targets[0].metric == "老城区居民房屋", c.targets  # (not cut inside the name after 共需)


def test_a_plan_for_the_year_counts_what_is_taken_down():
    [c] = _recs("今年计划征收城北片区居民房屋210户。\n", "2019-03-01")
    assert c.task == "征收城北片区居民房屋"
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("城北片区居民房屋", 210.0, "户")]
    assert c.deadline.date == "2019-12-31"


def test_a_plan_kept_to_or_missed_is_no_new_plan():
    assert _recs("该工程按计划于去年10月完工。\n", "2019-03-01") == []


def test_a_pledged_amount_of_people_names_what_is_solved_for_them():
    text = ("红枫乡推行干部实绩承诺制\n"
            "年初,东坪村村干部在村民代表大会上向群众承诺:年底前力争解决600人的出行难问题。"
            "目前,这一承诺已经兑现。全乡干部共承诺事项80件,目前已完成66件。\n")
    [c] = [c for c in _recs(text) if "出行" in c.task]
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("解决出行难问题", 600.0, "人")]
    assert c.deadline.date == "2023-12-31"


# ---- what is pushed on to be finished in time is not finished ---------------------------------------

def test_a_work_pushed_on_to_finish_in_time_reports_no_progress():
    text = ("4月3日,区征迁中心召集相关单位召开北湖安置区专题推进会。\n"
            "下一步,区征迁中心牵头抓总,加强协调,全力推进北湖安置区建设任务按期完成。\n")
    [c] = _recs(text)
    assert c.progress is None
    assert [(a.name, a.role) for a in c.actors] == [("区征迁中心", "lead")]

    # (a work told finished in time, 已按期完成, is still done: the doctest of kg.extract.progress)


# ---- meeting news: dated parts, a slogan, a unit that leads the whole ------------------------------

def test_a_work_then_its_check_each_with_its_own_date_are_two():
    text = ("会议强调,要启动今年集镇公厕建设,确保在9月底前全面建成;"
            "农村危房改造工作8月底前全面完成,10月底前完成验收及资金拨付工作。\n")
    recs = _recs(text, "2024-05-20")
    by = {c.deadline.date: c.task for c in recs}
    assert by.get("2024-08-31", "").startswith("农村危房改造"), by
    assert "验收" in by.get("2024-10-31", ""), by
    assert "公厕" in by.get("2024-09-30", ""), by


def test_a_slogan_naming_a_principle_is_no_deadline():
    [c] = _recs("会议强调,县住建局负责日常调度,按照“马上办、跟踪办”的原则,定期收集工作情况报工作专班。\n")
    assert c.deadline is None


def test_a_unit_leading_the_whole_is_given_the_work_it_pushes_on():
    text = ("会议指出,要压实工作责任,建立县级城区品质提升工作专班,在县住建局设置办公室并负责总牵头工作,"
            "负责统筹推进全县城区品质提升工作,协调解决工作中遇到的重大问题。\n")
    [c] = _recs(text)
    assert [(a.name, a.role) for a in c.actors] == [("县住建局", "lead")]
    assert "城区品质提升" in c.task, c.task


def test_a_pledge_told_unkept_names_no_work_of_its_own():
    text = ("去年以来,一些单位负责人在电视问政中承诺立即整改的问题,有的至今没有改进。"
            "有的负责人曾在节目中立下承诺,至今未能兑现。\n"
            "比如,北岭区政府承诺要清理河道沿线堆场。如今半年过去了,问题依然存在。\n")
    tasks = [c.task for c in _recs(text)]
    assert not any("兑现" in t for t in tasks), tasks
    assert any("河道沿线堆场" in t for t in tasks), tasks


def test_a_pledge_then_told_kept_or_not():
    # (a pledger the pledge reader names has its own reading of 兑现; the prose rules read these)
    kept = _recs("区政府承诺年内清理河道沿线堆场。目前该承诺已兑现。\n")
    assert [c.progress.status for c in kept] == ["done"]
    unkept = _recs("区政府承诺要清理河道沿线堆场。如今半年过去了,问题依然存在,承诺至今没有兑现。\n")
    assert [c.progress.status for c in unkept] == ["behind"]


# ---- a quota with the date a plan set for it -------------------------------------------------------

def test_a_quota_with_its_set_date_is_a_commitment_named_by_its_work():
    text = ("县领导督查农村改厕进度\n"
            "今年,青川县农村改厕任务8600户,占全市任务量的12%,预定10月底全面完成任务。\n")
    [c] = _recs(text, "2024-08-12")
    assert c.task == "农村改厕"
    assert c.deadline.date == "2024-10-31"
    assert [(t.value, t.unit) for t in c.targets] == [(8600.0, "户")]
    assert c.progress is None  # (a share of the city's quota is no progress; 完成 is what is set, not done)


def test_a_directive_taking_up_what_has_not_started_reports_nothing():
    text = "会议提出要求:一是抓未开工情况,必须在9月20日前全面开工;二是加强验收,确保入住条件。\n"
    [c] = [c for c in _recs(text, "2024-08-12") if c.deadline and c.deadline.date == "2024-09-20"]
    assert c.progress is None


def test_asking_is_no_part_of_the_unit_asked():
    text = "二是要加快工程进度。要求县住建局及各乡镇继续加强督察力度,确保6月底前全部竣工。\n"
    assert not any(c.task.startswith("求") for c in _recs(text, "2024-05-16"))


INSPECTION_REPLY = ("关于县委第一巡察组反馈问题整改进展情况的报告\n"
                    "现将整改进展情况报告如下:\n"
                    "一、反馈问题:部分山塘水库巡查管护不到位。\n"
                    "整改措施:建立山塘水库巡查台账,对全县40座山塘逐一排查。\n"
                    "责任单位:县水利局\n"
                    "整改时限:2024年5月底前\n"
                    "整改进展:已完成整改。\n"
                    "二、反馈问题:村级工程项目资料管理不规范。\n"
                    "整改措施:开展项目资料专项清理。\n"
                    "责任单位:县农业农村局\n"
                    "整改时限:2024年12月底前\n"
                    "整改进展:正在整改。\n")


def test_items_numbered_with_a_label_after_the_number():
    recs = _recs(INSPECTION_REPLY, "2024-07-10")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date, c.progress.status) for c in recs] == [
        ("山塘水库巡查管护", ["县水利局"], "2024-05-31", "done"),
        ("规范村级工程项目资料管理", ["县农业农村局"], "2024-12-31", "on_track")]


def test_a_signature_below_a_list_of_labelled_pledges_signs_each():
    text = ("红岩村党支部书记2023年度承诺践诺情况公示\n"
            "一、承诺事项:硬化村内道路2公里。完成时限:2023年9月底。践诺情况:已完成。\n"
            "二、承诺事项:新建村级卫生室1处。完成时限:2023年12月底。践诺情况:正在施工。\n"
            "承诺人:李春华\n")
    recs = _recs(text, "2024-01-20")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("硬化村内道路", ["李春华"]), ("新建村级卫生室", ["李春华"])]


# ---- a progress report's item: what is next is no progress, the task's own year its deadline --------

REPORT_ITEMS = ("南岭县2024年政府工作报告重点任务上半年推进情况\n"
                "1.全年实施重点项目60个,完成投资90亿元。牵头单位:县发改局。进展情况:截至6月底,已开工项目47个,"
                "完成投资47.5亿元,占年度计划的52.8%。下步打算:加快推进未开工项目前期手续,确保三季度全部开工。\n")


def test_what_is_planned_next_is_no_progress_and_no_deadline():
    [c] = _recs(REPORT_ITEMS, "2024-07-05")
    assert (c.progress.status, c.progress.percent) == ("on_track", 52.8)
    assert c.deadline.date == "2024-12-31"  # 全年, not the next step's 三季度


# ---- a speech: who carries the work, a share due by a date ----------------------------------------

def test_the_unit_that_carries_the_work_under_a_leader():
    text = "这项工作由赵建国同志负总责,区城管局具体抓,各街道全力配合,年底前完成60条背街小巷的改造任务。\n"
    [c] = _recs(text, "2016-03-18")
    assert [(a.name, a.role) for a in c.actors][:2] == [("赵建国", "lead"), ("区城管局", "responsible")]


def test_a_share_due_by_a_date_is_no_progress():
    [c] = _recs("各街道要对辖区内违法建设进行全面排查,9月底前完成存量违建拆除任务的60%。\n", "2016-03-18")
    assert c.progress is None


SPEECH_ITEMS = ("同志们:\n"
                "一是易地搬迁。请县发改局牵头,县住建局配合,于5月底前完成剩余260户的搬迁入住。\n"
                "二是产业项目。县农业局要在4月20日前把全县产业项目库报县政府审定,6月底前项目资金全部拨付到位。\n"
                "三是饮水安全。县水利局要亲自抓,年内解决1.5万人的饮水安全问题。\n"
                "四是道路建设。县交通局要在5月底前完成设计,6月底前开工建设。\n")


def test_a_units_second_work_with_its_own_date_is_its_own():
    recs = _recs(SPEECH_ITEMS, "2019-04-02")
    funds = [c for c in recs if "拨付" in c.task]
    assert [(c.deadline.date, [a.name for a in c.actors]) for c in funds] == [("2019-06-30", ["县农业局"])]
    bank = [c for c in recs if "项目库" in c.task]
    assert [c.deadline.date for c in bank] == ["2019-04-20"]
    # steps of one work, each with its own term, are one commitment each (rx25: as the shared gold
    # counts milestones, 6月底前开工、12月底前完工), both the unit's
    roads = [c for c in recs if any(a.name == "县交通局" for a in c.actors)]
    assert [c.deadline.date for c in roads] == ["2019-05-31", "2019-06-30"]


def test_what_the_remaining_count_and_the_people_served_measure():
    recs = _recs(SPEECH_ITEMS, "2019-04-02")
    move = next(c for c in recs if "搬迁入住" in c.task)
    assert move.task == "搬迁入住" and [(t.metric, t.value) for t in move.targets] == [("搬迁入住", 260.0)]
    water = next(c for c in recs if "饮水" in c.task)
    assert [(t.metric, t.value, t.unit) for t in water.targets] == [("解决饮水安全问题", 1.5, "万人")]


def test_the_day_of_a_deadline_is_no_part_of_a_rate():
    text = "四、关于征收工作。城关镇负责入户调查和征收签约工作,7月15日前签约率达到90%以上。\n"
    [c] = _recs(text, "2022-05-12")
    assert [(t.metric, t.op, t.value) for t in c.targets] == [("签约率", ">=", 90.0)]
    assert c.deadline.date == "2022-07-15"


def test_a_reported_items_own_amount_is_its_target():
    text = ("关于2023年十件民生实事推进情况的通报\n"
            "现将有关情况通报如下:\n"
            "一、已完成的事项(1项)\n"
            "1.新增公办幼儿园学位450个(区教育局)。\n"
            "二、进度滞后的事项(1项)\n"
            "2.新建垃圾中转站6座(区城管局),因选址调整,目前仅开工2座。\n")
    recs = _recs(text, "2023-10-09")
    assert [(c.progress.status, [(t.value, t.unit) for t in c.targets]) for c in recs] == [
        ("done", [(450.0, "个")]), ("behind", [(6.0, "座")])]


def test_each_item_of_a_pledge_listed_after_its_colon_is_the_pledgers():
    text = ("青石镇党委书记公开承诺\n"
            "3月4日,青石镇召开为群众办实事承诺大会。镇党委书记周立新代表镇党委向全镇群众公开承诺:一是年内完成镇区污水管网改造4公里;"
            "二是6月底前建成青石中心小学食堂;三是为全镇60岁以上老人免费体检,覆盖1800人以上。\n")
    recs = _recs(text, "2021-03-05")
    assert [sorted(a.name for a in c.actors) for c in recs] == [["周立新", "镇党委"]] * 3
    assert "老人免费体检" in recs[2].task


def test_a_plan_to_make_something_of_a_place_is_a_commitment():
    [c] = _recs("为发展集体经济,东坪村建起合作社,流转了300亩土地,准备将其打造为高山茶园。\n")
    assert c.task == "打造高山茶园"
    [c] = _recs("村里计划把闲置厂房改造成文创园。\n")
    assert c.task == "改造文创园"
    assert _recs("各村要做好防汛准备工作。\n") == []


def test_the_task_said_to_come_first():
    text = ("目前,各乡镇最主要的任务是将经过村民代表大会确认的“危房鉴定结果”和“补助对象名单”上报至县住建局。\n")
    [c] = _recs(text)
    assert c.task.startswith("上报") and "危房鉴定结果" in c.task and "补助对象名单" in c.task, c.task


def test_a_bare_goal_in_a_meetings_news_takes_the_meetings_work():
    text = ("3月2日上午,副区长方伟主持召开城东片区旧改项目推进会,专题研究项目签约清零工作。\n"
            "方伟要求,东门街道项目部3月20日前要完成清零,区城投公司项目部3月底前要完成清零。\n")
    recs = _recs(text, "2024-03-02")
    assert [c.task for c in recs] == ["城东片区旧改项目签约清零"] * 2


def test_the_groups_a_new_office_sets_up_are_counted():
    from kg.extract.targets import find_targets
    assert [(t.metric, t.value) for t in find_targets("对应设置四个专题组")] == [("专题组", 4.0)]


# ---- a year's plan: bounds on a measure are its commitments too -----------------------------------

WORK_PLAN = ("2024年东坪县人民政府工作报告\n"
             "2024年主要工作安排\n"
             "(三)深化营商环境改革。企业开办时间压缩至1个工作日以内,政务服务事项“一网通办”率达到95%以上。\n")


def test_bounds_on_a_measure_in_a_years_plan_are_commitments():
    recs = _recs(WORK_PLAN, "2024-01-20")
    targets = [(t.metric, t.op, t.value, t.unit) for c in recs for t in c.targets]
    assert ("企业开办时间", "<=", 1.0, "个工作日") in targets, targets
    assert ("政务服务事项一网通办率", ">=", 95.0, "%") in targets, targets


def test_a_review_of_the_past_year_is_no_plan():
    text = ("2024年东坪县人民政府工作报告\n"
            "过去一年,企业开办时间压缩至1个工作日以内,“一网通办”率达到93%。\n")
    assert _recs(text, "2024-01-20") == []


def test_a_stage_due_by_a_date_is_named_with_its_work():
    [c] = _recs("要加快开工建设县妇幼保健院,年内完成主体工程。\n", "2024-01-20")
    assert c.task == "县妇幼保健院主体工程" and c.deadline.date == "2024-12-31"


def test_plans_dropped_or_kept_and_work_done_are_no_new_commitments():
    assert _recs("村里原本准备将老粮站改造成仓库,后因资金不足搁置。\n") == []
    assert _recs("近年来,该村计划把荒山打造成果园的设想已经实现。\n") == []
    assert _recs("我县当前的主要工作是抓好防汛,各乡镇已完成隐患排查。\n") == []
    assert _recs("去年,我县原计划三年内完成的棚改任务已提前完成。\n") == []


def test_each_kind_of_unit_after_ge_names_no_unit():
    recs = _recs("会议要求各镇、办事处要加大宣传力度,确保征地工作于6月底前全面完成。\n")
    assert not any(a.name == "办事处" for c in recs for a in c.actors)


def test_a_pledge_told_of_last_year_is_due_last_year():
    [c] = _recs("去年,村两委向群众承诺,年内硬化村道3公里,如今已经全部完成。\n", "2023-06-01")
    assert c.deadline.date == "2022-12-31" and c.progress.status == "done"


def test_a_unit_given_a_part_of_its_own_after_one_given_the_whole():
    text = "会议明确,安置房项目由县城投公司负责实施,县自然资源局负责办理用地手续,6月底前完成土地挂牌。\n"
    recs = _recs(text, "2023-05-12")
    assert [([a.name for a in c.actors], c.deadline.date if c.deadline else None) for c in recs] == [
        (["县城投公司"], None), (["县自然资源局"], "2023-06-30")]
    # roles given to a lead and its helpers stay one commitment
    [c] = _recs("城北路改造由区住建局牵头,区财政局、区城管局配合,年底前完工。\n", "2023-05-12")
    assert len(c.actors) == 3
