"""Rules of session 50 (rx41), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: speeches, minutes, pledges, rectification lists, supervision reports) and checked
on ../shared/eval.

Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …), in the phrasing of the genre the rule
reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import task_with as _by_task, who as _who, recs_of as _recs

from kg.extract.actors import find_actors


# ---- speeches: terms asked, units asked item by item ----------------------------------------------------------------

def test_a_term_asked_alone_in_its_clause():
    recs = _recs("会议指出,各乡镇进度不一。会议要求,要在11月20日以前,全面完成危房改造和农户搬迁工作。\n", date="2020-10-28")
    c = _by_task(recs, "危房改造")
    assert c.deadline.date == "2020-11-20" and not c.actors


def test_two_kinds_of_lines_each_with_its_own_term():
    recs = _recs("一是紧盯目标。主线8月底前全部完成城区30条道路杆线迁移,支线20天内完成背街小巷入地。\n", date="2021-07-05")
    assert [c.deadline.date for c in recs] == ["2021-08-31", "2021-07-25"]


def test_a_news_event_of_a_day_and_its_hour_is_no_commitment():
    recs = _recs("为加快推进杆线入地,6月3日上午,县住建局会同各通信运营单位深入城区现场办公,研究部署杆线入地工作。"
                 "会议要求,县住建局要在7月底前完成城区杆线入地方案。\n", date="2021-06-04")
    assert len(recs) == 1 and recs[0].deadline.date == "2021-07-31"


def test_a_unit_named_with_a_quoted_word():
    assert [a.name for a in find_actors("县环卫所、“五位一体”巡查队、城管中队要全力做好配合工作").actors] == [
        "县环卫所", "“五位一体”巡查队", "城管中队"]


def test_aimed_to_pass_by_a_term_names_the_work_pushed_on():
    recs = _recs("二是明确时间。要把村级便民服务站建设摆上重要议事日程,利用春耕前的时间,集中时间、集中精力全力推进"
                 "村级便民服务站建设,力争五月底前达标。\n", date="2012-03-15")
    assert [(c.task, c.deadline.date) for c in recs] == [("村级便民服务站建设", "2012-05-31")]


def test_units_opening_the_items_of_a_lead_in_that_asks_are_asked():
    recs = _recs("察看结束后,副县长要求各责任单位立即整改:一是县城管局督导沿街商户落实门前三包;二是柳岸镇及时清理"
                 "河道垃圾,县交警大队不定时开展夜间巡查;三是县住建局将围挡整治落到实处。\n", date="2021-03-20")
    assert [_who(c) for c in recs] == [
        [("县城管局", "responsible")], [("柳岸镇", "responsible")], [("县交警大队", "responsible")],
        [("县住建局", "responsible")]]


def test_plans_and_rules_to_draw_up_asked_in_a_speech():
    recs = _recs("要尽快确定方案,做到一村一策。要做好分类推进,按照拆除类、维修类,制定目标任务清单,稳步推进。"
                 "要把这项工作列入每月交办的“重点工作清单”,按进度推进。\n", date="2023-04-11")
    assert len(recs) == 3


def test_a_report_of_what_units_were_asked_to_draw_up_is_no_commitment():
    recs = _recs("4月中旬,县政府召集相关部门负责人部署迎检工作,要求各部门抓紧行动,抽调人员组成专班,制定迎检工作方案。\n",
                 date="2018-06-20")
    assert recs == []


def test_faults_named_then_asked_put_right_soon():
    recs = _recs("县长提出三点要求:一是各单位对今天察看的区域存在问题要尽快整改;二是县城管局下周要组织复查。\n",
                 date="2019-05-08")
    assert [c.deadline.text for c in recs] == ["尽快", "下周"]


# ---- weekly reports: the plan of the week ahead, how each work stands ---------------------------------------------

_WEEKLY = ("【本周(6月3日-6月9日)工作完成情况】\n"
           "一、安置房建设进展情况\n"
           "完成情况:截至6月9日,安置房主体封顶18栋,剩余2栋正在施工,已完成90%。\n"
           "二、配套道路进展情况\n"
           "完成情况:一是东环路南段因为砂石料供应不足暂时停工。二是西环路已进入招标程序,力争7月初进场施工。\n"
           "【下周(6月10日-6月16日)协调工作计划】\n"
           "一、督促施工单位加快剩余2栋主体施工。\n"
           "二、协调解决东环路砂石料供应。\n"
           "三、青石县住建局6月12日前完成西环路路面招标。\n"
           "【存在的困难和需协调事项】\n"
           "一、柳岸区要进一步加大协调力度,确保东环路月底前复工。\n")


def test_the_plan_of_the_week_ahead_item_by_item():
    recs = _recs(_WEEKLY, date="2019-06-09")
    plan = [c for c in recs if c.deadline and c.deadline.text.startswith(("下周", "6月12日"))]
    assert [(c.deadline.date, _who(c)) for c in plan] == [
        ("2019-06-16", []), ("2019-06-16", []), ("2019-06-12", [("青石县住建局", "responsible")])]


def test_a_weekly_report_tells_how_each_work_stands():
    recs = _recs(_WEEKLY, date="2019-06-09")
    assert (_by_task(recs, "安置房").progress.status, _by_task(recs, "安置房").progress.percent) == ("on_track", 90.0)
    assert [c.progress.status for c in recs if c.task == "配套道路"] == ["behind"]  # (东环路南段…暂时停工)


def test_a_term_at_a_month_s_opening_is_no_part_of_the_task():
    assert _by_task(_recs(_WEEKLY, date="2019-06-09"), "进场施工").deadline.date == "2019-07-10"


def test_a_district_asked_by_its_name():
    assert _who(_by_task(_recs(_WEEKLY, date="2019-06-09"), "复工")) == [("柳岸区", "responsible")]
    assert find_actors("老城区要加强管理").actors == () and find_actors("当前全区要抓好三项工作").actors == ()


# ---- pledges and supervision: a list of works counted and told how they stand --------------------------------------

def test_works_listed_then_counted_are_one_commitment_each():
    text = ("青石县民生实事督查\n据了解,县政府承诺的8件实事正在稳步推进。8件实事共有20个子项,其中为全县60岁以上老人免费体检、"
            "新建乡镇公厕12座、改造农村公路30公里3个子项已提前完成;城区第一、二污水厂提标改造等14个子项进度过半;"
            "新建城南幼儿园、建设滨河绿道2个子项也在稳步推进当中。\n")
    recs = _recs(text, date="2018-08-20")
    done = [c.task for c in recs if c.progress and c.progress.status == "done"]
    going = [c.task for c in recs if c.progress and c.progress.status == "on_track" and "、" not in c.task]
    assert len(done) == 3 and "新建乡镇公厕" in done
    assert "新建城南幼儿园" in going and "建设滨河绿道" in going
    assert not any(c.task.startswith("城区第一") for c in recs if "、" not in c.task)  # (等 before a larger count: no split)


def test_aims_each_followed_by_how_they_stand_labelled_on_one_line():
    text = ("柳岸市年度十件实事全部完成\n任务目标:对城区60个老旧小区的供水管网进行改造。 进展情况:实际改造62个小区,已于11月20日前"
            "全部完工。 任务目标:新建乡镇公厕30座。打通滨河路等3条断头路。 进展情况:截至去年12月底,公厕和道路均已全部完成。\n")
    recs = _recs(text, date="2016-01-12")
    assert [(c.task, [(t.value, t.unit) for t in c.targets], c.progress.status) for c in recs] == [
        ("供水管网改造", [(60.0, "个")], "done"), ("新建乡镇公厕", [(30.0, "座")], "done"),
        ("打通滨河路等3条断头路", [(3.0, "条")], "done")]
    assert recs[-1].progress.as_of == "2015-12-31"


def test_a_table_row_stating_several_indicators_is_one_commitment_each():
    text = ("青石市政府工作报告督办事项上半年进展\n序号\n督办事项\n责任单位\n上半年进展\n1\n"
            "地区生产总值增长7%左右。一般公共预算收入增长6%。完成年度污染防治任务。\n市发展改革委、市财政局\n"
            "上半年生产总值增长6.8%,一般公共预算收入增长6.2%。\n2\n新建城区停车泊位2000个\n市住建局\n已建成1200个。\n")
    recs = _recs(text, date="2019-07-10")
    assert [c.task for c in recs][:3] == ["地区生产总值增长", "一般公共预算收入增长", "年度污染防治任务"]
    assert all(_who(c) == [("市发展改革委", "responsible"), ("市财政局", "responsible")] for c in recs[:3])
    assert [(t.value, t.unit) for t in recs[1].targets] == [(6.0, "%")] and len(recs) == 4


def test_units_under_by_in_one_list_across_a_comma_before_yiji():
    recs = _recs("会议决定对三起违规占地问题挂牌督办,由省自然资源厅执法局、省督察办,以及省督察东湖分局、西湖分局负责监督指导。\n",
                 date="2021-09-01")
    assert _who(recs[0]) == [("省自然资源厅执法局", "responsible"), ("省督察办", "responsible"),
                             ("省督察东湖分局", "responsible"), ("西湖分局", "responsible")]


# ---- a PDF's copy wrapped at the page's width ----------------------------------------------------------------------

_WRAPPED = ("二、压实责任,限期完成征迁\n"
            "征迁是项目落地的前提。这里我再强调一下,沿线各\n"
            "镇是征迁工作的责任主体。城南快速路途径柳岸镇、\n"
            "青石镇,4 月 15 日前完成红线内土地征收 80%,房\n"
            "屋拆除完成 60%;5 月 30 日前完成全线征收拆迁任\n"
            "务。北环路途径白沙镇,6 月 30 日前完成全线征收\n"
            "拆迁任务,县交通局要做好协调服务工作。\n")


def test_lines_wrapped_at_the_page_s_width_are_read_joined():
    from kg.extract import extract_text
    [doc] = extract_text(_WRAPPED, source="w.txt", date="2018-03-01")
    dated = [c for c in doc.commitments if c.deadline and c.deadline.date == "2018-04-15"]
    assert len(dated) == 1 and sorted((t.value, t.unit) for t in dated[0].targets) == [(60.0, "%"), (80.0, "%")]
    assert "4 月 15 日前" in dated[0].evidence[0].text and "\n" in dated[0].evidence[0].text  # (quoted as written)
    ev = dated[0].evidence[0]
    assert _WRAPPED[ev.start:ev.end] == ev.text


def test_a_page_of_paragraphs_is_not_joined():
    from kg.extract.unwrap import unwrap
    text = "一、总体要求\n县住建局要在6月底前完成城南路改造。\n二、工作措施\n县财政局要及时拨付资金。\n"
    assert unwrap(text) == (text, None)


def test_a_list_of_practical_matters_one_commitment_per_sentence_of_an_item():
    text = ("今年,我县将办好事关群众切身利益的“八件实事”\n"
            "1.实施36条城区道路建设。其中,建成东环路等20条道路,完成西街等8条道路大修。\n"
            "2.开工建设县一中新校区、县实验幼儿园。确保城南小学竣工。招聘农村特岗教师120名。\n"
            "3.解决所有贫困村安全饮水问题。\n")
    recs = _recs(text, date="2017-03-10")
    assert recs[0].task == "八件实事"  # (the lead, the whole of the matters: rx44)
    recs = recs[1:]
    assert len(recs) == 5
    assert [(t.value, t.unit) for t in recs[0].targets] == [(36.0, "条"), (20.0, "条"), (8.0, "条")]
    assert all(c.deadline.date == "2017-12-31" for c in recs)  # (the year's practical matters are due by its end, rx43)
    assert "城南小学" in recs[2].task and [(t.value, t.unit) for t in recs[3].targets] == [(120.0, "名")]


# ---- minutes: numbered decisions inline --------------------------------------------------------------------------

def test_numbered_decisions_inline_each_its_own():
    text = ("青石县政府第9次常务会议\n2018年3月6日,县长主持召开县政府常务会议。\n"
            "会议审议了县住建局《关于呈报<青石县2018年棚户区改造实施计划>的请示》。会议议定:1.原则同意《青石县2018年棚户区"
            "改造实施计划》。2.县督查室按季度对棚改落实情况进行通报。同时,审议了县农业局《关于青石县2018年农田水利建设方案和"
            "农田水利项目实施方案的请示》。会议议定:1.原则同意《青石县2018年农田水利建设方案》和《农田水利项目实施方案》。"
            "2.各乡镇务必高度重视,严禁滞后。3.县督查室按月对工作推进情况进行通报。\n")
    recs = _recs(text, date="2018-03-06")
    assert [_who(c) for c in recs] == [[("县督查室", "responsible")], [("县督查室", "responsible")]]
    assert not any("同意" in c.evidence[0].text for c in recs) and not any(c.progress for c in recs)
    assert recs[0].task == "青石县2018年棚户区改造实施计划"


def test_a_meeting_s_decision_told_in_the_past_assigns_and_its_timetable_is_one_step_each():
    text = ("7月3日上午,副市长主持召开滨江街区二期项目协调会。会议明确了项目建设范围和出资方,并明确了由市城投集团负责滨江街区"
            "二期项目的开发、建设和运营管理。会议要求,项目建设工期明确为今年8月中旬前进场施工,12月底初具规模,2020年5月底前"
            "竣工开街。\n")
    recs = _recs(text, date="2019-07-05")
    assert _who(recs[0]) == [("市城投集团", "responsible")] and "明确" not in recs[0].task
    assert [c.deadline.date for c in recs[1:]] == ["2019-08-20", "2019-12-31", "2020-05-31"]


def test_street_offices_pressing_on_with_their_works_each_their_own():
    recs = _recs("二要抓紧突破难点。其中,东关办事处加紧推进12号地附属物清表工作,柳林办事处抓紧完成剩余300亩土地征收工作,"
                 "南湖街道加快推进剩余住户签约工作,确保征迁任务按时完成。\n", date="2017-12-20")
    assert [_who(c) for c in recs] == [[("东关办事处", "responsible")], [("柳林办事处", "responsible")],
                                       [("南湖街道", "responsible")]]


# ---- rectification: a notice of one inspection finding, section by section --------------------------------------

def test_a_notice_of_one_finding_section_by_section():
    text = ("一、第一轮省生态环境保护督察反馈问题\n青石县城北垃圾中转站渗滤液外溢问题。\n二、整改目标\n"
            "对外溢渗滤液进行全面清理,规范处置,消除污染隐患。\n三、整改措施\n(一)全面清理外溢渗滤液,运至污水处理厂处置。"
            "(二)依法对中转站运营单位环境违法问题立案查处。(三)制定中转站周边环境治理方案,补植绿化。\n四、整改期限\n2020年9月底\n"
            "五、整改措施落实情况\n(一)关于第1项整改措施落实情况。青石县城管局组织车辆对渗滤液进行清运处置。\n"
            "(二)关于第2项整改措施落实情况。县生态环境分局下达行政处罚决定书,罚款5万元。\n"
            "(三)关于第3项整改措施落实情况。制定了治理方案,补植绿化带300平方米。\n六、整改完成时间。2020年8月\n"
            "公示时间:2020年10月10日至10月16日\n")
    recs = _recs(text, date="2020-10-10")
    assert len(recs) == 4 and all(c.deadline.date == "2020-09-30" for c in recs)
    assert all(c.progress.status == "done" for c in recs)
    assert "渗滤液" in recs[1].task and "立案查处" in recs[2].task


def test_a_notice_s_table_of_one_finding_label_cells_and_inline_measures():
    text = ("整改任务概述 |\n部分乡镇污水收集管网不完善。 |\n整改责任单位 |\n青石县 |\n整改目标 |\n"
            "2021年底前完成乡镇污水管网建设,确保污水有效收集处理。 |\n整改措施及成效 |\n"
            "整改措施:一是新建乡镇污水管网28公里。二是县城投公司实施污水处理厂提标改造。三是将管网运维费用纳入财政预算。"
            "整改成效:乡镇污水得到有效收集处理。 |\n整改时间 |\n2020年6月至2021年12月 |\n社会监督联系人及电话 |\n")
    recs = _recs(text, date="2022-03-01")
    assert len(recs) == 4 and all(c.progress and c.progress.status == "done" for c in recs)
    assert ("青石县", "responsible") in _who(recs[0]) and [(t.value, t.unit) for t in recs[1].targets] == [(28.0, "公里")]
    assert not any(c.evidence[0].text.endswith("|") for c in recs)


def test_done_told_with_jing_and_most_of_a_set_done_is_under_way():
    from kg.extract.progress import find_progress
    assert find_progress("城南安置房项目已经完成", "2019-12-31").status == "done"
    assert find_progress("县政府承诺的8件实事大多数已经完成,还有两项有待推进", "2019-12-31").status == "on_track"
    assert find_progress("项目大多已完工", "2019-12-31").status == "on_track"


def test_the_members_of_a_status_count_listed_after_wei():
    text = ("关于1-10月份政府工作报告目标任务完成情况的通报\n二、量化指标任务进展情况\n列入本次通报的量化指标任务共40项。截至目前,达到"
            "序时进度32项、占比80.0%。未达到序时进度8项、占比20.0%,为新建城区停车场6个、普惠性幼儿园覆盖率达85%、新增规上企业30户。\n")
    recs = _recs(text, date="2021-11-20")
    listed = [c.task for c in recs if c.progress and c.progress.status == "behind" and len(c.targets) == 1]
    assert listed[-3:] == ["新建城区停车场", "普惠性幼儿园覆盖率", "新增规上企业"]


def test_a_word_of_prose_before_a_colon_is_no_label_and_each_milestone_its_own():
    text = ("县长要求:各相关单位要倒排工期。具体要注意以下几个关键时间节点:一是要在今年10月底前完成城东中学招投标程序,11月份进场"
            "进行主体工程建设。二是要确保明年3月份主体工程开始动工,2017年9月份城东中学开园招生。\n")
    recs = _recs(text, date="2015-09-01")
    assert [c.deadline.date for c in recs] == ["2015-10-31", "2015-11-30", "2016-03-31", "2017-09-30"]


def test_an_amount_done_with_its_share_of_the_target_and_a_work_due_after_how_it_stands():
    recs = _recs("截止目前,新建和改造村组道路180公里,占目标任务的60%。8所乡镇卫生院改造项目主体工程基本完成,将在秋季开学前全部投入"
                 "使用。\n", date="2012-07-20")
    road = _by_task(recs, "村组道路")
    assert (road.progress.status, road.progress.percent) == ("on_track", 60.0)
    assert _by_task(recs, "投入使用").deadline.date == "2012-08-31"


def test_places_sharing_their_kind_and_a_unit_joined_by_another():
    recs = _recs("副县长要求东湖、西湖两镇要会同施工单位上足人力机械,加快项目推进进度;县交通局要联合县督查室做好农路建设的督导工作。\n",
                 date="2018-11-30")
    assert _who(recs[0]) == [("东湖镇", "responsible"), ("西湖镇", "responsible")]
    assert _who(recs[1]) == [("县交通局", "responsible"), ("县督查室", "assist")]


def test_units_strengthening_their_help_assist():
    assert [(a.name, a.role) for a in find_actors("住建局、财政局等其他相关单位加强配合协调").actors] == [
        ("住建局", "assist"), ("财政局", "assist")]


def test_a_notice_s_dated_measures_named_by_their_work_and_done_by_its_effect():
    text = ("一、整改任务\n青石县水源地一级保护区内存在与取水无关的建筑设施。\n二、整改目标\n2019年底前,青石县完成保护区内建筑设施清理。\n"
            "三、整改措施\n1.2019年10月底前,完成保护区内与取水无关设施的清单台账。\n2.2019年11月底前,集中力量清运建筑设施和生产设备。\n"
            "四、整改效果\n保护区内与取水无关的设施已全部清理完毕,经验收合格,向县住建局报告销号。\n")
    recs = _recs(text, date="2020-03-01")
    assert [c.task for c in recs[1:]] == ["保护区内与取水无关设施的清单台账", "清运建筑设施和生产设备"]
    assert all(c.progress and c.progress.status == "done" for c in recs) and not any(c.actors for c in recs)


def test_works_listed_then_told_how_they_stand_one_each():
    text = ("一季度,区级有关部门围绕年度目标任务,大部分工作有序推进。但与此同时,城东污水厂扩建、滨江路改造、北湖公园二期等项目"
            "受资金短缺等因素影响完成情况不够理想,还需有关部门加大力度。\n")
    recs = _recs(text, date="2023-05-05")
    assert [(c.task, c.progress.status) for c in recs] == [
        ("城东污水厂扩建", "behind"), ("滨江路改造", "behind"), ("北湖公园二期", "behind")]
