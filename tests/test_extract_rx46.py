"""Rules of session 55 (rx46): lists of a year's practical matters told as clauses or named in quotes before their
count, labelled items whose labels carry a level or a period (县级责任领导 / 本周进展情况), and leaders written with
the organ of their posts (张某县委副书记).  Each was found on blind-annotated sets (composed and annotated outside
the project, without reading its code) and checked on ../shared/eval and every blind set.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs


# ---- a year's practical matters told as clauses between semicolons -----------------------------------------------

_TOLD = ("3月2日,记者从青石县人代会上获悉,2016年,青石县将集中力量办好五件民生实事。\n"
         "这五件民生实事分别是:完成柳岸路2.6公里道路拓宽工程;解决东岭、西岭等乡镇2万人的饮水安全问题;"
         "实施30村“一事一议”奖补项目,硬化村组道路40公里;实施“护苗”项目,为2000名学生免费体检;"
         "全面启动城乡居民大病保险工作,提高保障水平。\n")


def test_each_matter_told_as_a_clause_after_the_lead_is_a_commitment():
    recs = _recs(_TOLD, date="2016-03-02")
    tasks = [r.task for r in recs]
    assert len(recs) == 5, tasks
    assert any("饮水安全问题" in t for t in tasks) and any("大病保险" in t for t in tasks)
    road = next(r for r in recs if "柳岸路" in r.task)
    assert [(t.value, t.unit) for t in road.targets] == [(2.6, "公里")]


def test_clauses_fewer_than_the_count_told_are_not_read_as_the_list():
    text = _TOLD.replace(";全面启动城乡居民大病保险工作,提高保障水平", "")
    tasks = [r.task for r in _recs(text, date="2016-03-02")]
    assert not any("饮水安全问题" in t for t in tasks), tasks


def test_matters_each_named_then_told_take_the_name_and_their_figures():
    text = ("南湾镇人代会票选出2019年五大民生实事项目。\n"
            "票选出的五大民生实事项目具体为:安居工程,为低保户180户维修住房;停车便民工程,新建停车位300个以上;"
            "河道整治工程,完成主要河道治理2条;“书香南湾”提升工程,建成城市书房1个;深化“平安村居”,"
            "补齐各村主要路口监控。\n")
    recs = _recs(text, date="2019-03-10")
    tasks = [r.task for r in recs]
    assert "停车便民工程" in tasks and "安居工程" in tasks, tasks
    park = next(r for r in recs if r.task == "停车便民工程")
    assert [(t.op, t.value) for t in park.targets] == [(">=", 300.0)]


# ---- matters named in quotes before their count -------------------------------------------------------------------

def test_matters_named_in_quotes_as_many_as_counted_are_one_commitment_each():
    text = ("2018年,柳岸街道把办好民生实事放在首位。围绕“实施楼道整治、新建一处便民服务中心、"
            "开展空地绿化、提高居民健康素养”四件惠民实事,做实社区服务。\n")
    recs = _recs(text, date="2018-02-01")
    assert len(recs) == 4
    for work, rec in zip(["楼道整治", "便民服务中心", "空地绿化", "居民健康素养"], recs):
        assert work in rec.task
    assert {r.deadline.date for r in recs} == {"2018-12-31"}


def test_quoted_words_not_as_many_as_the_count_are_no_list():
    text = "2018年,柳岸街道围绕“整治楼道、新建驿站”四件惠民实事开展工作。\n"
    assert not any(r.task == "新建驿站" for r in _recs(text, date="2018-02-01"))


# ---- labelled items: a level or a period before the label, a leader written with the organ of the posts ----------

_WEEKLY = ("帮扶项目进展情况通报\n(第3期)\n第5周各项目进展如下:\n一、未完工项目进展情况\n"
           "(一)柳岸镇现代农业示范园建设项目\n县级责任领导:韩立新县委副书记\n项目单位责任领导:周安柳岸镇党委书记、人大主席\n"
           "本周进展情况:冷库已完成圈梁浇筑,正在组织钢构安装。\n"
           "(二)青石村蛋鸡养殖项目\n县级责任领导:马志远县委常委\n项目单位责任领导:周安柳岸镇党委副书记\n"
           "本周进展情况:鸡舍设备已调试完毕,水电接入正在施工。\n")


def test_a_weekly_notice_item_takes_its_leaders_by_name_and_its_status():
    recs = _recs(_WEEKLY, date="2020-05-23")
    farm = next(r for r in recs if r.task == "柳岸镇现代农业示范园建设项目")
    assert sorted((a.name, a.role) for a in farm.actors) == [("周安", "responsible"), ("韩立新", "lead")]
    assert farm.progress and farm.progress.status == "on_track"
    eggs = next(r for r in recs if r.task == "青石村蛋鸡养殖项目")
    assert sorted(a.name for a in eggs.actors) == ["周安", "马志远"]


# ---- a counted set of works, its starts, then its share of the year's plan -----------------------------------------

def test_a_set_whose_share_is_told_two_sentences_on_takes_it():
    text = ("记者从南湾区发改局获悉,今年全区在建项目按五大类推进。\n"
            "交通设施类在建项目40项,年度计划投资120亿元。截至目前,开工的有30项,开工率75.0%。完成投资40亿元,即完成年度计划的33.3%。\n"
            "城乡供水排水、污水收集处理和老旧管网改造类在建项目12项,年度计划投资9.5亿元。截至目前,开工的有12项,开工率100%。"
            "完成投资10.4亿元,即完成年度计划的109.5%。\n")
    recs = _recs(text, date="2023-08-10")
    road = next(r for r in recs if r.task.startswith("交通设施"))
    assert (road.targets[0].value, road.targets[0].unit) == (40.0, "项")
    assert road.progress and road.progress.percent == 33.3 and road.progress.status == "behind"
    water = next(r for r in recs if r.task.startswith("城乡供水排水"))
    assert water.progress and water.progress.status == "done"


# ---- works classed then each given its term; the set they are of is no term --------------------------------------

def test_two_works_each_classed_then_given_its_term_are_two_commitments():
    text = ("据了解,在全市今年第二季度集中开工项目中,柳岸物流园一期工程为配套开工项目,要在6月12日前把道路地块的征地拆迁做完,"
            "青石水厂扩建工程为配套竣工项目,要确保在6月底竣工。\n")
    recs = _recs(text, date="2021-05-20")
    assert sorted(r.deadline.date for r in recs) == ["2021-06-12", "2021-06-30"], [(r.task, r.deadline) for r in recs]
    assert any("青石水厂" in r.evidence[0].text and r.deadline.date == "2021-06-30" for r in recs)


def test_the_set_a_work_is_of_gives_no_term_of_its_own():
    recs = _recs("据了解,在全市今年第二季度集中开工项目中,柳岸物流园一期工程要在6月12日前把征地拆迁做完。\n", date="2021-05-20")
    assert [r.deadline.date for r in recs] == ["2021-06-12"]


# ---- a paragraph looking back over this year only still has terms ahead ------------------------------------------

def test_a_term_still_ahead_in_a_paragraph_on_this_year_so_far_is_a_commitment():
    text = "今年以来,全县种植油菜5200亩,收购均价为3元/斤;全县油菜籽收购9月12日全面开秤,11月15日前全面结束。\n"
    recs = _recs(text, date="2016-09-08")
    assert [r.deadline.date for r in recs if r.deadline] == ["2016-11-15"]
    # (the planting told so far: a work with its count, a record of its own with no term, session 56)
    assert [(r.task, r.deadline) for r in recs if "油菜" in r.task and "种植" in r.task] == [("种植油菜", None)]
    assert _recs(text.replace("今年以来", "去年"), date="2016-09-08") == []


# ---- acts of one unit each by its own term; conditions that are no status or term ---------------------------------

def test_an_act_by_one_term_then_the_work_ordered_by_a_later_one_are_two_commitments():
    text = "对上年未完成整治任务的,由柳岸镇人民政府在5月底前实施停产整顿,并责令其在8月底前完成整治任务。\n"
    recs = _recs(text, date="2019-04-15")
    assert sorted(r.deadline.date for r in recs) == ["2019-05-31", "2019-08-31"]
    assert all([a.name for a in r.actors] == ["柳岸镇人民政府"] for r in recs)


def test_a_later_term_that_only_describes_the_tasks_does_not_split_the_order():
    text = "对年内需收尾的整改事项,南湾区各单位务必挂图作战,确保12月8日前办结。\n"
    assert len(_recs(text, date="2020-10-20")) <= 1


def test_the_year_naming_whom_an_order_is_for_is_no_term():
    text = "2019年度整治名单(附后)中,对2018年未关停企业的,由柳岸镇人民政府在5月底前实施停产整顿。\n"
    assert [r.deadline.date for r in _recs(text, date="2019-04-15")] == ["2019-05-31"]


def test_what_follows_a_term_missed_is_a_sanction_not_a_status():
    recs = _recs("青石县其余治理项目必须于12月15日前完成整改,逾期未完成的,一律关停并通报。\n", date="2019-04-15")
    assert len(recs) == 1 and recs[0].deadline.date == "2019-12-15" and recs[0].progress is None


def test_a_quarter_counted_and_two_acts_joined_by_or_stay_whole_in_a_task():
    from kg.extract.naming import task_text, tidy_task
    assert tidy_task(task_text("南湾区计划在6月中旬举行第二季度重点项目集中开工活动")) == "南湾区计划举行重点项目集中开工活动"
    assert "依法进行处罚" in tidy_task(task_text("实施停产整顿或依法进行处罚"))


# ---- each unit's part of one work, cut by semicolons, with its share done -----------------------------------------

def test_each_units_part_of_a_work_with_its_share_is_a_commitment_of_that_unit():
    text = ("3月4日起,青石县住建局开展入户签订搬迁协议工作,截至3月12日,东岭镇共签约310户,已签面积290亩,完成比例21.5%;"
            "西岭镇共签约200户,已签面积330亩,完成比例100%;南岭镇共签约380户,已签面积470亩,完成比例46%。\n")
    recs = _recs(text, date="2018-03-16")
    by_unit = {r.actors[0].name: r for r in recs if r.actors}
    assert sorted(by_unit) == ["东岭镇", "南岭镇", "西岭镇"]
    assert by_unit["东岭镇"].progress.percent == 21.5 and "搬迁协议" in by_unit["东岭镇"].task
    assert by_unit["西岭镇"].progress.status == "done"


def test_one_units_share_alone_is_no_row_of_parts():
    text = "截至3月12日,东岭镇共签约310户,完成比例21.5%,其余工作正在推进。\n"
    assert not any(r.task.startswith("东岭镇签约") for r in _recs(text, date="2018-03-16"))


def test_groups_of_places_each_with_the_day_its_works_were_finished_are_done():
    text = ("二、完成情况\n2019年3月陆续开工。目前,东岭镇、西湖办事处垃圾中转站于2019年8月20日建成运行;南岭镇、北岭镇于2019年10月8日"
            "建成;中岭镇于2019年12月2日建成。\n")
    recs = _recs(text, date="2020-05-10")
    assert [r.progress.status for r in recs] == ["done"] * 3
    assert [r.progress.as_of for r in recs] == ["2019-08-20", "2019-10-08", "2019-12-02"]
    assert recs[0].task == "东岭镇等垃圾中转站" and recs[2].task == "中岭镇垃圾中转站"


def test_a_report_asked_in_one_clause_leaves_the_next_dated_step_its_own():
    text = "各镇要尽快组织包村干部开展补贴核算,确保8月底前完成补贴资金情况上报,9月底前全部发放到位。\n"
    recs = _recs(text, date="2023-06-01")
    assert [r.deadline.date for r in recs] == ["2023-09-30"]
    assert _recs("请各责任单位于11月15日前报送进展情况。\n", date="2023-06-01") == []


def test_a_bureaus_party_group_is_a_unit():
    from kg.extract.actors import parse_item
    assert parse_item("南湾区卫健局党组") == ("南湾区卫健局党组", "organization", None)
    text = "南湾区卫健局巡察整改进展通报\n现将整改进展情况公布如下:\n一、加强组织领导\n南湾区卫健局党组制定了整改方案,建立了整改台账。\n"
    recs = _recs(text, date="2023-08-01")
    assert [a.name for r in recs for a in r.actors] == ["南湾区卫健局党组"]


def test_lines_of_units_each_with_its_quota_and_rate_are_one_commitment_each():
    text = ("二、工作完成情况\n按专班划分:\n"
            "新型工业化专班项目储备任务数 60 个,完成储备 9 个,完成率 15%;落实资金12亿元。\n"
            "城乡建设专班项目储备任务数 90 个,完成储备 45 个,完成率 50%;落实资金8亿元。\n")
    recs = _recs(text, date="2021-04-05")
    assert [(r.actors[0].name, r.targets[0].value, r.progress.percent) for r in recs] == [
        ("新型工业化专班", 60.0, 15.0), ("城乡建设专班", 90.0, 50.0)]


def test_a_task_keeps_a_leading_qian_that_is_no_term_and_skips_a_manner():
    from kg.extract.naming import task_text, tidy_task
    assert tidy_task(task_text("前置审批要一次办好")).startswith("前置审批")
    assert tidy_task(task_text("前期手续办理")) == "前期手续办理"
    assert tidy_task(task_text("6月底前完成设计")) == "完成设计"
    recs = _recs("县长强调,园区专班要尽职尽责、协同配合、靠前服务,加快落地项目的用地报批。\n", date="2022-03-01")
    assert len(recs) == 1 and "用地报批" in recs[0].task


# ---- practical matters reported done item by item; matters listed under headings; a work named before its amount --

def test_items_of_matters_a_lead_tells_done_are_done_each_part():
    text = ("本报讯 南湾区政府昨天宣布:2019年度区政府为民办的8件实事已全部完成。\n"
            "2019年区政府完成的8件实事项目完成情况如下:\n"
            "一、新增城镇就业岗位1.2万个,为计划的120%。\n"
            "二、完成12所镇卫生院提标改造;新增养老床位600张,为年初计划的150%。\n"
            "三、建成社区菜市场6家。\n")
    recs = _recs(text, date="2020-01-10")
    items = [r for r in recs if "卫生院" in r.task or "养老床位" in r.task or "菜市场" in r.task]
    assert len(items) == 3 and all(r.progress and r.progress.status == "done" for r in items)


def test_matters_one_to_a_line_under_headings_after_a_lead_are_one_commitment_each():
    text = ("为民办实事是区政府每年的重点工作。经征求各方意见,我们拟定了《2015年南湾区实事项目(征求意见稿)》,具体如下:\n"
            "一、住房保障\n老旧住宅综合整治30万平方米。\n新增公共租赁住房200套。\n"
            "二、养老服务\n新增养老床位80张。\n智慧养老平台建设\n"
            "以上项目有何意见,请来电反映。\n")
    recs = _recs(text, date="2014-10-20")
    assert len(recs) == 4 and {r.deadline.date for r in recs} == {"2015-12-31"}
    assert [(t.value, t.unit) for t in recs[0].targets] == [(30.0, "万平方米")]


def test_a_report_on_the_matters_listed_below_is_not_read_as_the_matters():
    text = ("现将1-5月份八件实事推进情况通报如下:\n一、道路建设\n目标任务:新修道路20公里。\n目前进度:已完成12公里。\n"
            "二、学校建设\n目标任务:新建学校2所。\n目前进度:主体已封顶。\n")
    recs = _recs(text, date="2015-06-01")
    assert not any(r.task.startswith("目标任务") or r.task.startswith("目前进度") for r in recs)


def test_a_work_named_then_its_verb_then_its_amount_is_a_target():
    from kg.extract.targets import find_targets
    assert [(t.value, t.unit) for t in find_targets("河堤挡墙改建300米")] == [(300.0, "米")]
    assert [(t.metric, t.value) for t in find_targets("全年任务为500户,实际改造620户")] == [("任务", 500.0)]


def test_names_of_the_matters_listed_after_the_count_without_a_colon():
    text = ("1月20日,记者从县人代会上获悉,2021年8项民生实事项目已经票决产生。\n"
            "据介绍,这8项民生实事项目分别是城东污水管网工程、北山公园提升工程、南湾小学扩建工程、背街小巷整治工程。\n")
    tasks = [r.task for r in _recs(text, date="2021-01-20")]
    assert {"城东污水管网工程", "北山公园提升工程", "南湾小学扩建工程", "背街小巷整治工程"} <= set(tasks), tasks


def test_each_item_takes_how_it_stands_from_the_line_under_it():
    text = ("2022年,区住建委共承办民生实事项目3项,各项目进展情况如下:\n"
            "1.完成15公里农村公路大修,保障群众出行。\n当前进展:施工单位招投标已完成。\n"
            "2.新建口袋公园4个,方便居民休闲。\n当前进展:4个公园已于5月全部建设完毕。\n"
            "3.整治背街小巷12条。\n当前进展:正在施工,完成工程量的60%。\n")
    recs = _recs(text, date="2022-07-01")
    assert [r.progress.status if r.progress else None for r in recs[-3:]] == ["on_track", "done", "on_track"]


def test_bare_lines_of_works_under_a_heading_of_their_status_take_it():
    text = ("截至4月2日,春季植树各项目推进情况通报如下:\n二、未动工的项目(3项)\n1.东湖台塬绿化(城管局)\n2.南山防护林(柳岸新区)\n"
            "3.万亩花田(旅发委)\n请各单位加快进度。\n")
    recs = _recs(text, date="2018-04-03")
    assert [(r.task, r.actors[0].name, r.progress.status) for r in recs[:3]] == [
        ("东湖台塬绿化", "城管局", "not_started"), ("南山防护林", "柳岸新区", "not_started"), ("万亩花田", "旅发委", "not_started")]


def test_works_strung_by_commas_each_with_its_pace_or_amount_so_far_are_under_way():
    text = "完成情况:已批项目12个。东湖圩区改造工程进度96%,南岸挡墙项目已浇筑挡墙540米左右,西港河工程完成护岸800米、进度85%。\n"
    recs = _recs(text, date="2011-01-05")
    assert [(r.task, r.progress.status) for r in recs] == [
        ("东湖圩区改造工程", "on_track"), ("南岸挡墙项目", "on_track"), ("西港河工程", "on_track")]
    assert recs[0].progress.percent == 96.0


def test_a_notices_furniture_and_bare_part_headings_are_no_commitments():
    text = ("柳岸区督察反馈第5项问题整改公示\n该问题已整改,特此公示:\n一、整改问题:城南污水管网破损渗漏。\n"
            "二、整改目标:2025年底前完成城南污水管网修复。\n三、主要工作及成效:\n已修复管网3.2公里。\n"
            "四、公示时间:自2月1日起10个工作日\n五、受理部门:柳岸区环委办\n六、受理电话:0000-1234567\n")
    recs = _recs(text, date="2026-02-01")
    assert recs and not any(r.task.startswith(("公示时间", "受理", "主要工作")) for r in recs), [r.task for r in recs]


def test_a_day_whose_month_mark_a_page_lost_is_read_where_it_splits_one_way():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import parse_option
    doc = parse_option("2015-11-05")
    assert [(f.text, f.date) for f in find_deadlines("资料务必于1120日前补齐", doc)] == [("1120日前", "2015-11-20")]
    assert [f.date for f in find_deadlines("资料务必于111日前补齐", doc)] == [None]  # (1月11日 or 11月1日)
    assert find_deadlines("资料补齐后30日内办结", doc)[0].text == "30日内"


def test_places_of_a_set_each_with_its_rate_are_one_commitment_each():
    text = ("南湾市重点办通报,1至8月全市重点项目投资完成年度计划的75%。"
            "各县(市、区)投资进度都快于序时,分别为:柳岸82.5%、青石80.1%、南湾77.3%。\n")
    recs = _recs(text, date="2019-09-01")
    places = [(r.actors[0].name, r.progress.percent, r.progress.status) for r in recs if r.actors]
    assert places == [("柳岸", 82.5, "on_track"), ("青石", 80.1, "on_track"), ("南湾", 77.3, "on_track")]
    text2 = "全市完成年度计划投资的60%,其中柳岸县(78.5%)、青石市(75.2%)、南湾区(71.0%)高于时间进度要求。\n"
    assert [r.actors[0].name for r in _recs(text2, date="2017-08-20") if r.actors] == ["柳岸县", "青石市", "南湾区"]


def test_matters_numbered_in_turn_after_the_lead_are_read_though_the_page_cut_the_list():
    text = ("青石县今年将集中办好八件民生实事。\n"
            "这8件实事分别为:一是推进东岭水库水源地保护,建设县城备用水源;二是实施城南污水处理厂扩建工程;"
            "三是加快推进老旧小区综合整治;四是加大\n基层医疗投入,支持县医院提档升级。\n")
    tasks = [r.task for r in _recs(text, date="2015-03-01")]
    assert any("东岭水库" in t for t in tasks) and any("城南污水处理厂" in t for t in tasks), tasks
    assert "加大" not in tasks


def test_a_units_deed_told_done_after_a_time_frame_in_a_rectification_report():
    text = ("南湾区卫健局巡察整改进展通报\n收到反馈意见后,南湾区卫健局党组第一时间成立整改工作专班。\n")
    recs = _recs(text, date="2023-08-01")
    assert [(r.actors[0].name, r.progress.status) for r in recs] == [("南湾区卫健局党组", "done")]


def test_a_units_numbered_tasks_after_its_label_are_its_commitments():
    text = ("会议决定,各有关部门全力支持柳岸小学新校区附属工程建设。住建部门:1、完成校门口400平方米广场硬化;"
            "2、安装路灯12盏。水务部门:1、实施校园供水管网改造。\n")
    recs = _recs(text, date="2013-05-29")
    assert [(r.actors[0].name, r.task) for r in recs if r.actors] == [
        ("住建部门", "校门口广场硬化"), ("住建部门", "安装路灯"), ("水务部门", "校园供水管网改造")]


def test_counts_done_in_any_common_unit_with_their_share_of_the_plan_are_read_in_a_report():
    text = ("南湾区乡村建设1-7月进展情况\n修建村内排水沟58千米,完成计划的41.5%;种植树木12万株,完成计划的47.2%;"
            "修建文化墙2.1万平米,完成计划的39.6%。\n")
    recs = _recs(text, date="2021-08-10")
    assert [(r.targets[0].unit, r.progress.percent) for r in recs] == [("千米", 41.5), ("万株", 47.2), ("万平米", 39.6)]


def test_a_units_deed_told_done_a_few_words_on_in_a_report():
    text = ("南湾县审计整改回访情况通报\n县住建局针对资金管理的审计意见,建立健全了《专项资金管理办法》。\n"
            "县项目办制定了《重点项目考核细则》,实行月度通报。\n")
    recs = _recs(text, date="2012-06-30")
    assert [(r.actors[0].name, r.progress.status) for r in recs] == [("县住建局", "done"), ("县项目办", "done")]


def test_places_named_after_a_class_of_pace_take_its_status_one_class_one_commitment():
    text = ("截至7月底,全省村内道路工程进度为42.8%。其中进展最快的是柳岸市(70%),最慢的是青石市(37.3%)。"
            "进展较慢的是南湾县(23.4%)、东岭区(6.9%),未开工的是北湖区和西山县。\n")
    recs = [r for r in _recs(text, date="2021-08-10") if r.actors]
    assert [([a.name for a in r.actors], r.progress.status) for r in recs] == [
        (["柳岸市"], "on_track"), (["青石市"], "behind"), (["南湾县", "东岭区"], "behind"), (["北湖区", "西山县"], "not_started")]


def test_matters_numbered_inline_after_a_paragraph_naming_them_are_one_commitment_each():
    text = ("2019年南湾区的八件实事分属教育、养老、交通等8个方面。\n"
            "一、新建、改扩建3所乡镇卫生院;二、建成南湾区老年活动中心;三、新开通公交线路4条;四、解决2600户农村饮水安全。\n")
    recs = _recs(text, date="2019-03-01")
    assert len(recs) == 4 and {r.deadline.date for r in recs} == {"2019-12-31"}
    assert [(t.value, t.unit) for t in recs[2].targets] == [(4.0, "条")]
