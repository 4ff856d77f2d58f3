"""Rules of session 53 (rx44), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: speeches, minutes, pledges, rectification lists, supervision reports) and checked
on ../shared/eval.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs
from kg.extract.targets import find_targets


# ---- a list of practical matters with no verb before it, or named in one sentence --------------------------------

def test_a_list_of_practical_matters_led_by_its_count_alone_is_read_item_by_item():
    recs = _recs("2024年3月5日,柳岸街道社区代表会议召开。\n"
                 "据介绍,柳岸街道2024年十大实事项目包括:\n"
                 "一、实施3个小区雨污分流改造;更换小区路灯120盏。\n"
                 "二、新增、修整绿地800平方米;为30户困难老人家庭实施适老化改造。\n"
                 "三、为2万人次提供助餐服务。\n", date="2024-03-06")
    got = {c.text: c for c in recs}
    assert "更换小区路灯120盏" in got and got["更换小区路灯120盏"].deadline.date == "2024-12-31"
    assert [(t.value, t.unit) for t in got["更换小区路灯120盏"].targets] == [(120.0, "盏")]
    assert [(t.value, t.unit) for t in got["新增、修整绿地800平方米"].targets] == [(800.0, "平方米")]
    assert [(t.value, t.unit) for t in got["为30户困难老人家庭实施适老化改造"].targets] == [(30.0, "户")]
    assert [(t.value, t.unit) for t in got["为2万人次提供助餐服务"].targets] == [(2.0, "万人次")]


def test_works_of_a_practical_list_named_in_its_lead_sentence_are_one_commitment_each():
    recs = _recs("经代表投票,2023年柳岸镇共实施民生实事项目5项,分别为:柳岸敬老院改造项目、南湾小学食堂建设工程、"
                 "北岭村道路硬化工程、柳岸河堤加固工程、镇区路灯亮化工程。镇人大将全程跟踪监督。\n", date="2023-01-12")
    named = [c for c in recs if c.text.endswith(("项目", "工程")) and len(c.text) < 16]
    assert [c.text for c in named] == ["柳岸敬老院改造项目", "南湾小学食堂建设工程", "北岭村道路硬化工程",
                                       "柳岸河堤加固工程", "镇区路灯亮化工程"]
    assert {c.deadline.date for c in named} == {"2023-12-31"}


def test_a_sentence_listing_anything_but_works_is_no_practical_list():
    recs = _recs("2023年柳岸镇共实施民生实事项目5项,分别为:教育、医疗、交通、养老、环境。\n", date="2023-01-12")
    assert not any(c.text in ("教育", "医疗", "交通") for c in recs)


def test_a_service_counted_by_the_people_it_is_for_is_a_target():
    assert [(t.value, t.unit) for t in find_targets("为500名留守儿童提供课后托管服务")] == [(500.0, "名")]
    assert find_targets("因为5人提供服务") == []


# ---- a set broken down by unit after 其中 -------------------------------------------------------------------------

def test_cases_handed_down_are_each_units_share_to_handle():
    recs = _recs("10月1日至10月14日,南湾市共接收督察组交办信访举报件9批73件,涉及5个县(区),"
                 "其中青石县30件,柳岸县12件,南湾区15件,北岭县9件,东湖区7件。\n", date="2021-10-15")
    shares = {c.actors[0].name: c for c in recs if c.actors}
    assert set(shares) == {"青石县", "柳岸县", "南湾区", "北岭县", "东湖区"}
    assert all(c.actors[0].role == "responsible" and c.progress is None for c in shares.values())
    assert [(t.value, t.unit) for t in shares["青石县"].targets] == [(30.0, "件")]
    assert shares["青石县"].task == "青石县信访举报件办理"
    whole = [c for c in recs if not c.actors]
    assert whole and [(t.value, t.unit) for t in whole[0].targets] == [(73.0, "件")]


def test_problems_not_yet_rectified_by_unit_take_their_status_from_the_lists_of_done_and_open():
    recs = _recs("9月2日至9月8日,市督查组对城区扬尘治理开展督查,共发现扬尘污染问题40个,已完成整改31个。\n"
                 "其中,青石区12个、柳岸区9个、南湾区6个、市城管局4个。未完成整改9个。"
                 "其中,青石区5个、柳岸区2个、市水务局2个。\n", date="2022-09-09")
    status = {c.actors[0].name: c.progress.status for c in recs if c.actors and c.progress}
    assert status == {"青石区": "on_track", "柳岸区": "on_track", "南湾区": "done", "市城管局": "done",
                      "市水务局": "not_started"}


def test_parts_of_a_count_done_are_no_units_shares():
    recs = _recs("今年全县已建成安置房1200套,其中新建800套、改建300套、购置100套。\n", date="2022-09-09")
    assert not any(c.actors and c.actors[0].name in ("新建", "改建") for c in recs)


# ---- a progress report's figures against the target, and works named in quotes -----------------------------------

def test_a_count_told_as_a_share_of_its_target_is_a_status_line():
    recs = _recs("记者从县政府督查室获悉,全县民生工程进展顺利。\n"
                 "8月,我县资助困难家庭学生新增320人,累计达1560人,为目标任务的104%。"
                 "同样完成任务的还有“乡村医生培训”,全县培训村医420人,占目标任务的96.5%。\n", date="2019-09-05")
    got = {c.task: c.progress for c in recs if c.progress}
    assert (got["资助困难家庭学生"].status, got["资助困难家庭学生"].percent) == ("done", 104.0)
    assert (got["乡村医生培训"].status, got["乡村医生培训"].percent) == ("on_track", 96.5)


def test_works_named_in_quotes_take_the_status_their_sentence_gives():
    recs = _recs("县督查室通报称,未达到目标任务进度的有三项,涉及“农村公路养护”、“乡镇文化站建设”和“饮水巩固提升”等。\n",
                 date="2019-09-05")
    got = {c.task: c.progress.status for c in recs if c.progress}
    assert got == {"农村公路养护": "behind", "乡镇文化站建设": "behind", "饮水巩固提升": "behind"}


def test_quoted_names_with_no_status_told_are_no_status_lines():
    recs = _recs("县委要求,要深入开展“清河行动”、“净村行动”和“亮灯工程”。\n", date="2019-09-05")
    assert not any(c.progress and c.progress.status == "behind" for c in recs)


def test_exceeding_the_target_is_done_and_keeping_its_pace_on_track():
    from kg.extract.progress import find_progress
    assert find_progress("已发放助学金5700人,均大幅超过目标任务").status == "done"
    assert find_progress("46项工作均达到或超过目标任务进度").status == "on_track"
    assert find_progress("有3件未达到目标任务进度").status == "behind"
    assert find_progress("完成有一定困难,但年底前能够完成").status == "behind"
    assert find_progress("要确保超过目标任务") is None


# ---- a unit's report on the tasks it was given, deeds run together --------------------------------------------------

_DEEDS = ("2022年县水利局承担今年政府工作报告中的重点工作事项共8项,均已按照要求完成任务。\n"
          "全年新建农村饮水工程12处;已完成柳岸河综合治理规划编制;成功创建省级节水型社会达标县,"
          "南湾灌区渠系改造均已投入使用;北岭水库除险加固工程已启动;常态化抓好防汛值守;"
          "承担的6个重点项目,均按时间节点有序推进。\n")


def test_a_units_run_of_deeds_is_one_commitment_each_with_the_unit_and_the_leads_status():
    recs = _recs(_DEEDS, date="2023-03-01")
    got = {c.task: c for c in recs}
    assert {a.name for c in recs for a in c.actors} == {"县水利局"}
    assert got["柳岸河综合治理规划编制"].progress.status == "done"
    assert got["北岭水库除险加固工程"].progress.status == "done"  # a deed under a lead that says all is done
    assert got["6个重点项目"].progress.status == "on_track"  # its own status
    assert "南湾灌区渠系改造" in got  # a deed after a comma with its own status
    assert not any("防汛值守" in c.text for c in recs)  # no deed told
    lead = recs[0]
    assert lead.deadline.date == "2022-12-31" and [(t.metric, t.value) for t in lead.targets] == [("重点工作事项", 8.0)]


def test_a_run_without_a_lead_naming_the_unit_given_the_tasks_is_left_to_the_prose_rules():
    recs = _recs(_DEEDS.replace("县水利局承担", "全县水利系统推进"), date="2023-03-01")
    assert not any(a.name == "县水利局" for c in recs for a in c.actors)


def test_a_report_on_practical_matters_reads_shares_of_the_years_aim_and_works_not_finished():
    recs = _recs("“城东公园建设”和“公交线路延伸”因故没有完成\n"
                 "市政府副市长作了关于为民办理十件实事落实情况的报告。\n"
                 "实事1 就业\n全市新增城镇就业2.1万人,完成全年目标的108%。\n"
                 "实事2 停车\n全市共建停车泊位6200个,超额完成“新增泊位5000个”的目标。\n", date="2020-12-20")
    got = {c.task: c.progress for c in recs if c.progress}
    assert got["城东公园建设"].status == got["公交线路延伸"].status == "behind"
    assert (got["新增城镇就业"].status, got["新增城镇就业"].percent) == ("done", 108.0)
    assert got["新增泊位"].status == "done"


def test_a_case_that_must_not_arise_is_no_status():
    from kg.extract.progress import find_progress
    assert find_progress("要确保不出现无法完成的情况") is None


# ---- sites under supervision, each with its unit --------------------------------------------------------------------

_SITES = ("南湾市人民政府关于火灾隐患挂牌督办的通知\n"
          "经研究,决定对4处重大火灾隐患挂牌督办。请各有关区政府督促相关单位落实整改措施,"
          "确保在2021年11月30日前整改到位。\n"
          "附:挂牌督办火灾隐患及责任单位\n"
          "隐患单位 责任单位\n"
          "1、东湖商厦 东湖区人民政府\n"
          "2、南湾国际酒店  南湾区人民政府\n"
          "3、柳岸物业管理有限公司\n"
          "   柳岸花园商业楼 柳岸区人民政府\n"
          "4、北岭农贸市场 北岭区人民政府\n")


def test_each_site_under_supervision_is_its_units_to_put_right_by_the_notices_term():
    recs = _recs(_SITES, date="2021-06-01")
    rows = [c for c in recs if c.task.endswith("火灾隐患整改")]
    assert [(c.task, c.actors[0].name) for c in rows] == [
        ("东湖商厦火灾隐患整改", "东湖区人民政府"), ("南湾国际酒店火灾隐患整改", "南湾区人民政府"),
        ("柳岸花园商业楼火灾隐患整改", "柳岸区人民政府"), ("北岭农贸市场火灾隐患整改", "北岭区人民政府")]
    assert {c.deadline.date for c in rows} == {"2021-11-30"}


def test_numbered_lines_without_a_unit_at_their_end_are_no_sites():
    recs = _recs("会议要求:\n1、加快东湖商厦改造 抓紧推进\n2、南湾国际酒店消防整改 尽快完成\n3、北岭农贸市场搬迁 按期完成\n",
                 date="2021-06-01")
    assert not any(c.task.endswith("整改") and c.actors for c in recs)


def test_a_run_of_deeds_after_a_count_of_works_done_early_is_one_commitment_each():
    recs = _recs("柳岸区民生工程通过精心组织,各项工程扎实推进,十二项工程提前“交卷”。\n"
                 "发放农村低保资金210万元,2100人生活得到保障;拨付义务教育经费860万元;"
                 "完成60例白内障复明手术;8个农家书屋已投入使用;农民工技能培训1500人次,完成任务的115%。\n",
                 date="2016-11-20")
    got = {c.task: c.progress for c in recs if c.progress}
    assert got["发放农村低保资金"].status == got["拨付义务教育经费"].status == "done"
    assert got["农民工技能培训"].percent == 115.0
    assert not any(c.actors for c in recs)


# ---- terms told before the work, and works a government will make ---------------------------------------------------

_TALK = "在全县工作会议上的讲话\n同志们,今天召开会议,主要是部署下一步工作。\n{}\n大家要认真抓好落实。\n"


def test_a_term_alone_then_the_work_finished_by_it_is_due_by_that_term():
    recs = _recs(_TALK.format("县委、县政府决定,从现在起到明年6月底前,全面完成全县农村污水管网工程。"), date="2019-05-10")
    assert [(c.task, c.deadline.date, c.progress) for c in recs] == [("全县农村污水管网工程", "2020-06-30", None)]
    recs = _recs(_TALK.format("至2020年年底,全县将完成9个乡镇60公里的农村公路提档升级。"), date="2019-05-10")
    assert [(c.task, c.deadline.date) for c in recs] == [("乡镇农村公路提档升级", "2020-12-31")]


def test_a_plan_for_a_later_year_is_no_review_in_a_paragraph_that_looks_back():
    recs = _recs(_TALK.format("近几年来,全县农村道路大部分得到硬化。至2020年年底,全县将完成9个乡镇60公里的农村公路提档升级。"),
                 date="2019-05-10")
    assert [c.deadline.date for c in recs] == ["2020-12-31"]


def test_a_quota_named_by_its_work_is_no_generic_quota():
    recs = _recs(_TALK.format("各镇要凝聚工作合力,确保10月31日前完成农村饮水全覆盖目标任务。"), date="2019-05-10")
    assert [c.deadline.date for c in recs] == ["2019-10-31"]
    recs = _recs(_TALK.format("各镇要凝聚工作合力,确保年底前完成全年目标任务。"), date="2019-05-10")
    assert not any(c.deadline and c.deadline.date == "2019-12-31" and "目标任务" in c.task for c in recs)


def test_a_counted_work_a_government_will_make_is_a_commitment():
    recs = _recs(_TALK.format("镇政府将在柳岸社区安装路灯150盏。"), date="2019-05-10")
    assert [[(t.value, t.unit) for t in c.targets] for c in recs] == [[(150.0, "盏")]]
    assert _recs(_TALK.format("这将惠及群众3000户。"), date="2019-05-10") == []


def test_households_a_work_is_done_to_are_its_target():
    assert [(t.metric, t.value, t.unit) for t in find_targets("对120户困难家庭进行适老化改造")] == [("适老化改造", 120.0, "户")]
    assert [(t.value, t.unit) for t in find_targets("为全区8000名老年人提供助餐服务")] == [(8000.0, "名")]
    assert find_targets("对此进行改造") == []


def test_a_date_spaced_by_a_converter_is_read_and_quoted_as_written():
    text = _TALK.format("县交通局要在 2019 年 9 月 30 日前完成城南路改造。")
    recs = _recs(text, date="2019-05-10")
    assert [(c.deadline.date, c.evidence[0].text) for c in recs] == [
        ("2019-09-30", "县交通局要在 2019 年 9 月 30 日前完成城南路改造")]
    assert all(text[e.start:e.end] == e.text for c in recs for e in c.evidence)


def test_a_report_line_on_a_built_thing_named_by_its_kind_is_a_status_line():
    report = "全县重点工作进展情况通报\n现将截至目前全县重点工作进展情况通报如下:\n{}\n"
    recs = _recs(report.format("柳岸路菜场目前已完成主体施工。南湾小学已完工。"), date="2019-06-01")
    assert [(c.task, c.progress.status) for c in recs] == [("柳岸路菜场", "on_track"), ("南湾小学", "done")]
    recs = _recs(report.format("东湖中学(实验学校)施工图已完成审图。"), date="2019-06-01")
    assert [c.task for c in recs] != ["东湖中学"]


def test_the_lead_of_a_list_of_practical_matters_is_their_whole():
    recs = _recs("今年,我县将办好事关群众切身利益的“八件实事”\n1.新建城南幼儿园1所。\n2.改造老旧小区12个。\n",
                 date="2021-02-01")
    whole = recs[0]
    assert (whole.task, whole.deadline.date, [(t.value, t.unit) for t in whole.targets]) == ("八件实事", "2021-12-31", [(8.0, "件")])


def test_a_count_done_told_with_its_rate_is_a_status_line_named_by_its_work():
    report = "全县民生工程进展情况通报\n现将截至9月底全县民生工程进展情况通报如下:\n{}\n"
    recs = _recs(report.format("已帮扶困难残疾人家庭520户,完成率104%。已建成8家乡镇综合文化站,完成率80%。"), date="2020-10-08")
    assert [(c.task, c.progress.status, c.progress.percent) for c in recs] == [
        ("帮扶困难残疾人家庭", "done", 104.0), ("乡镇综合文化站", "on_track", 80.0)]


def test_units_deeds_told_done_in_a_report_are_done_with_the_units_responsible():
    recs = _recs("关于督察组反馈意见整改进展的报告\n现将整改进展报告如下:\n"
                 "青石县、柳岸县成立了环境保护委员会。县住建局制定了扬尘治理方案。我们召开了专题会议。\n", date="2019-06-01")
    got = [(c.task, [a.name for a in c.actors], c.progress.status) for c in recs if c.progress]
    assert ("成立环境保护委员会", ["青石县", "柳岸县"], "done") in got
    assert ("制定扬尘治理方案", ["县住建局"], "done") in got
    assert not any("我们" in [a.name for a in c.actors] for c in recs)


# ---- tables without their header; units ranked by rate -------------------------------------------------------------

def test_a_tables_rows_without_a_header_are_read_cell_by_what_it_holds():
    recs = _recs("1 | 完成12所学校食堂改造提升。 | 县教育局 | 已完成8所,其余4所施工中。 | 按时序推进 |\n|\n"
                 "2 | 新建社区养老服务站6个。 | 县民政局 | 已完成选址,尚未开工。 | 滞后 |\n|\n"
                 "3 | 对200户困难家庭进行适老化改造。 | 县民政局 | 已完成改造200户。 | 已完成 |\n", date="2021-07-30")
    got = [(c.actors[0].name, c.progress.status, [(t.value, t.unit) for t in c.targets]) for c in recs]
    assert got == [("县教育局", "on_track", [(12.0, "所")]), ("县民政局", "behind", [(6.0, "个")]),
                   ("县民政局", "done", [(200.0, "户")])]


def test_units_ranked_by_their_rate_each_have_their_percent_and_the_last_are_behind():
    recs = _recs("全县疫苗接种情况通报\n截至7月26日,全县职工接种率91%。\n"
                 "接种率排名前三名的乡镇:柳岸镇政府99%、南湾镇政府98%、北岭镇政府100%;"
                 "接种率排名后两名的乡镇:东湖镇政府80%、西山镇政府82%。\n"
                 "接种率排名后两名的部门财政局75%、医保局78%。\n", date="2021-07-27")
    got = {c.actors[0].name: (c.progress.status, c.progress.percent) for c in recs if c.actors}
    assert got == {"柳岸镇政府": ("on_track", 99.0), "南湾镇政府": ("on_track", 98.0), "北岭镇政府": ("done", 100.0),
                   "东湖镇政府": ("behind", 80.0), "西山镇政府": ("behind", 82.0), "财政局": ("behind", 75.0),
                   "医保局": ("behind", 78.0)}


def test_a_day_of_a_year_not_told_still_marks_a_work_due_and_a_kind_of_structure_is_a_work():
    recs = _recs("县住建局召开整治推进会\n县领导要求,一是明确工作时限。务必在10月25日前全面拆除各类违规搭建的棚房。\n", date=None)
    assert [(c.deadline.text, c.deadline.date) for c in recs] == [("10月25日前", None)]
    assert not _recs("县住建局召开整治推进会\n县领导要求,务必在10月25日前解决好各类问题。\n", date=None)


def test_a_practical_list_led_by_its_title_reads_each_deed_of_an_item_and_not_its_slogan():
    recs = _recs("南湾区2023年的八大惠民实事\n"
                 "2023年,我们将继续办好民生实事。经区委区政府研究,拟从以下八个方面开展工作:一是加快教育提质。"
                 "建成、改造南湾一小等6所学校;新建幼儿园2所。\n"
                 "二是改善出行环境。建成滨河路等3条市政道路、建成南湾大桥、安装北岭路路灯。\n"
                 "三是提升城市品质。建成口袋公园5处、增设5G基站80座。\n", date="2023-01-10")
    tasks = [c.text for c in recs]
    assert "建成南湾大桥" in tasks and "安装北岭路路灯" in tasks and "增设5G基站80座" in tasks
    assert not any(t.startswith(("加快教育提质", "改善出行环境")) for t in tasks)
    assert {c.deadline.date for c in recs if c.text in tasks[-5:]} == {"2023-12-31"}


def test_counted_works_listed_with_one_status_are_one_commitment_each():
    recs = _recs("柳岸乡2020年上半年工作自查报告\n一、基础设施建设有序推进\n"
                 "截至6月底,我乡东山村路面硬化1.2公里、西岭村道路硬化2公里、南坪组入户路硬化0.8公里已全部完工。\n",
                 date="2020-07-05")
    got = [(c.task, c.progress.status, c.progress.as_of, [(t.value, t.unit) for t in c.targets]) for c in recs]
    assert got == [("东山村路面硬化", "done", "2020-06-30", [(1.2, "公里")]), ("西岭村道路硬化", "done", "2020-06-30", [(2.0, "公里")]),
                   ("南坪组入户路硬化", "done", "2020-06-30", [(0.8, "公里")])]


def test_the_years_plan_told_in_parts_cut_by_semicolons_is_one_commitment_a_part():
    recs = _recs(_TALK.format("据了解,今年我县计划种植粮食作物50万亩、产量3亿斤;新建高标准农田3万亩;"
                              "推进农机社会化服务面积达20万亩以上"), date="2024-03-01")
    assert [[(t.value, t.unit) for t in c.targets][:1] for c in recs] == [[(50.0, "万亩")], [(3.0, "万亩")], [(20.0, "万亩")]]
    assert recs[0].deadline.date == "2024-12-31"


def test_half_a_month_is_two_weeks_from_a_dated_document():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import parse_option
    assert [(d.text, d.date) for d in find_deadlines("在半个月之内制定出收费标准", parse_option("2023-03-15"))] == [
        ("半个月之内", "2023-03-29")]


def test_units_rates_in_brackets_are_a_detail_of_the_wholes_rate():
    recs = _recs("全州巩固脱贫成果项目推进情况通报\n"
                 "(一)项目完工情况。截至6月底,全州项目完工率90.5%(柳岸市89.7%、南湾县97.2%、北岭县100%)。\n", date="2021-07-10")
    assert not any(c.task.endswith("完工") and c.actors for c in recs)


def test_a_pledge_item_with_a_bound_is_no_heading():
    recs = _recs("市公安局党委向社会公开承诺\n一是每月深入基层调研不少于5天。二是群众来信来访在7日内答复。\n", date="2021-09-20")
    assert [(t.op, t.value) for c in recs for t in c.targets][:1] == [(">=", 5.0)]


def test_problems_listed_under_the_units_heading_are_that_units_to_put_right():
    recs = _recs("关于创建文明城市督查发现问题的通报\n现将督查发现的问题通报如下:\n属住建局职责范围:\n1.柳岸路人行道破损严重。\n"
                 "2.南湾小区垃圾乱堆乱放。\n属城管局职责范围:\n3.北岭街占道经营现象突出。\n", date="2014-05-10")
    assert [(c.task, c.actors[0].name) for c in recs] == [("柳岸路人行道破损严重整改", "住建局"), ("南湾小区垃圾乱堆乱放整改", "住建局"),
                                                         ("北岭街占道经营现象突出整改", "城管局")]


def test_targets_run_together_each_closed_by_its_units_in_brackets_are_one_commitment_each():
    recs = _recs("南湾市民生工程目标任务分解表\n各县区人民政府,市级各部门:\n"
                 "一、扶贫工程。开工建设30个扶贫新村(市扶贫办、市以工代赈办);南湾库区完成新村扶贫帮扶5个(柳岸县政府);"
                 "改(扩)建8个计划生育服务站(市人口计生委)。二、教育工程。完成40%农村中小学改厕工程(市教育局)。\n",
                 date="2008-03-01")
    got = [([a.name for a in c.actors], [(t.value, t.unit) for t in c.targets]) for c in recs]
    assert got[:3] == [(["市扶贫办", "市以工代赈办"], [(30.0, "个")]), (["柳岸县政府"], [(5.0, "个")]),
                       (["市人口计生委"], [(8.0, "个")])]
    assert recs[3].actors[0].name == "市教育局"


def test_lines_a_phone_page_breaks_after_commas_are_read_as_one_sentence_and_quoted_as_written():
    text = ("南湾区安置房建设规划\n南湾日报记者 王一\n2020年,\n全区计划新开工25个多高层公寓、\n竣工6个、\n回迁安置2000户。\n"
            "日前,区住建局召开安置房建设工作会议。\n")
    recs = _recs(text, date="2020-03-01")
    got = [c for c in recs if any(t.value == 25 for t in c.targets)]
    assert got and [(t.metric, t.value) for t in got[0].targets][0] == ("多高层公寓", 25.0)
    assert all(text[e.start:e.end] == e.text for c in recs for e in c.evidence)
    assert "\n" in got[0].evidence[0].text  # (quoted as the page breaks it)


def test_a_reports_deeds_told_with_no_doer_are_done():
    recs = _recs("县水利局关于巡察反馈意见整改进展情况的报告\n县委巡察办:\n现将整改进展情况报告如下:\n"
                 "一、加强组织领导。局党组成立了整改工作领导小组,由局长任组长。\n"
                 "二、制定整改方案。制定了《县水利局整改工作方案》,建立整改台账,实行对账销号。\n", date="2022-03-11")
    got = {c.task: c.progress.status for c in recs if c.progress}
    assert got.get("整改工作领导小组") == "done" and got.get("制定县水利局整改工作方案") == "done"
    from kg.extract.progress import find_progress
    assert find_progress("2处违规建筑已全部拆除").status == "done"


def test_a_status_clause_with_no_work_of_its_own_takes_the_work_its_sentence_names_first():
    recs = _recs("柳岸区政府2013年实事项目完成情况\n一、新增就业岗位4000个,实际完成4300个,完成全年目标的107%。\n"
                 "二、新建公共停车位600个,完成全年目标的100%。\n三、新建社区卫生服务站2个,因选址调整,延期至明年完成。\n",
                 date="2014-01-10")
    got = {c.task: (c.progress.status, c.progress.percent) for c in recs if c.progress}
    assert got["新增就业岗位"] == ("done", 107.0)
    assert got["新建社区卫生服务站"] == ("behind", None)
    assert not any(t.startswith(("实际", "延期")) for t in got)
