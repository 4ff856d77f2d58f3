"""Roles in brackets below a run of items, the year a list of pledges is for, works treated as a focus,
and what a news report tells before a speaker's frame (session 32, rx23: fitted on real division-of-task
notices, pledge news and meeting news found by search, read outside the project; checked on
../shared/eval).

Every sentence here is composed for the test (桐溪县, 青禾镇, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of


def _recs(text: str, date: str = "2021-05-10"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- roles in brackets on a line of their own below the items they name ------------------------------

_BELOW = ("桐溪县防灾减灾规划任务分工\n"
          "(一)预警体系建设\n"
          "1.完善灾害预警发布机制\n"
          "(1)建设县级预警信息发布平台。\n"
          "(2)推进乡镇预警大喇叭全覆盖。\n"
          "(责任单位:县应急局、县气象局)\n"
          "2.提升基层救援能力\n"
          "(1)组建乡镇综合救援队伍12支。\n"
          "(牵头单位:县应急局;配合单位:县消防救援大队)\n")


def test_roles_in_brackets_below_a_run_name_each_item_of_the_run():
    recs = _recs(_BELOW)
    by_task = {c.task: c for c in recs}
    assert len(recs) == 3, [c.task for c in recs]
    platform = next(c for t, c in by_task.items() if "预警信息发布平台" in t)
    speakers = next(c for t, c in by_task.items() if "大喇叭" in t)
    teams = next(c for t, c in by_task.items() if "救援队伍" in t)
    for c in (platform, speakers):
        assert [(a.name, a.role) for a in c.actors] == [("县应急局", "responsible"), ("县气象局", "responsible")]
    assert [(a.name, a.role) for a in teams.actors] == [("县应急局", "lead"), ("县消防救援大队", "assist")]


def test_the_headings_above_the_run_are_no_commitments_of_their_own():
    tasks = [c.task for c in _recs(_BELOW)]
    assert not any("预警体系建设" in t or "完善灾害预警发布机制" in t or "提升基层救援能力" in t for t in tasks)


def test_a_run_below_an_item_of_prose_is_left_to_the_other_readers():
    # the first item is a sentence of its own (a full stop): the bracket names only the run below it
    text = ("1.县水利局要在6月底前完成城南排涝站改造。\n"
            "(1)清理城南排水沟渠。\n"
            "(2)更换排涝泵组。\n"
            "(责任单位:县水利局)\n")
    recs = _recs(text)
    assert any("排涝站改造" in c.task and c.deadline and c.deadline.date == "2021-06-30" for c in recs)


def test_levels_in_brackets_are_part_of_a_generic_group_not_a_unit():
    text = ("1.健全基层应急队伍\n"
            "(1)推进乡镇应急队伍建设。\n"
            "(责任单位:各县(市、区)人民政府、市应急局)\n")
    [c] = _recs(text)
    assert [a.name for a in c.actors] == ["市应急局"]


# ---- the year a list of pledges is for ------------------------------------------------------------------

def test_pledges_listed_for_a_year_named_are_due_at_its_end():
    text = "桐溪县推行重点事项承诺制\n\n据了解,2021年桐溪县重点事项承诺包括建成城东污水处理厂、新建南坪村文化广场、完成老旧小区改造5个等。\n"
    recs = _recs(text)
    assert len(recs) == 3
    assert {c.deadline.date for c in recs} == {"2021-12-31"}


def test_pledges_listed_for_a_past_year_get_no_deadline_from_it():
    text = "桐溪县推行重点事项承诺制\n\n据了解,2019年桐溪县重点事项承诺包括建成城东污水处理厂、新建南坪村文化广场等。\n"
    recs = _recs(text)
    assert recs and all(c.deadline is None or c.deadline.date != "2019-12-31" for c in recs)


def test_a_count_of_pledges_of_a_year_is_named_by_the_pledges_not_the_verb_before():
    text = "桐溪县日前召开重点工作承诺大会,听取了15项2021年重点事项的承诺。\n"
    recs = _recs(text)
    assert recs and all("听取" not in c.task for c in recs)
    assert any("重点事项" in c.task and [(t.value, t.unit) for t in c.targets] == [(15.0, "项")] for c in recs)


# ---- a work treated as a focus; what is told before a speaker's frame ------------------------------------

def test_a_work_to_be_treated_as_a_focus_names_the_task():
    text = "县水利局要把农村河塘清淤作为民生工程来抓,年底前完成河塘清淤260口。\n"
    [c] = _recs(text)
    assert c.task == "农村河塘清淤"
    assert c.deadline.date == "2021-12-31"
    assert [a.name for a in c.actors] == ["县水利局"]


def test_what_a_report_tells_before_he_said_is_not_the_task():
    text = ("5月8日,副县长林海就推进全县农村公路养护作了全面安排,他强调,要把农村公路养护作为民生实事来抓,"
            "年底前完成农村公路修复180公里。\n")
    [c] = _recs(text)
    assert "安排" not in c.task and "林海" not in c.task
    assert "农村公路" in c.task
    assert [(t.value, t.unit) for t in c.targets] == [(180.0, "公里")]


def test_what_is_asked_before_he_said_stays():
    # the clause before the frame asks something itself (a modal and a date): it is kept
    text = "县交通局要在6月底前完成南环路大修,他强调,要确保通行安全。\n"
    recs = _recs(text)
    assert any("南环路大修" in c.task and c.deadline.date == "2021-06-30" for c in recs)


def test_the_levels_of_a_generic_group_with_pause_marks_name_no_unit():
    text = ("1. 城镇新增就业1.2万人。\n\n"
            "牵头责任单位:县人社局。\n\n"
            "协同责任单位:县财政局等,各乡、镇、区政府。\n")
    [c] = _recs(text)
    assert [(a.name, a.role) for a in c.actors] == [("县人社局", "lead"), ("县财政局", "assist")]


# ---- the year's set of works in so many aspects ----------------------------------------------------------

def test_the_years_works_in_so_many_aspects_are_named_by_the_set_not_the_report_passed():
    text = ("2021年县政府工作报告已经县人民代表大会审议通过,确定了9个方面136项重点工作,由赵立新同志负总责,"
            "同时明确各项工作的牵头领导和责任单位。\n")
    [c] = _recs(text, date="2021-02-20")
    assert c.task == "136项重点工作"
    assert [(a.name, a.role) for a in c.actors] == [("赵立新", "lead")]
    assert c.deadline.date == "2021-12-31"


# ---- a supervision notice: its opening, the works behind listed after 为: -------------------------------

_NOTICE = ("桐溪县重点项目推进情况督查通报\n\n"
           "内容概述: 为加快项目推进,县督查室会同县发改局,对全县2021年县领导挂钩重点项目进展情况进行了跟踪督查,…\n\n"
           "为加快项目推进,县督查室会同县发改局,对全县2021年县领导挂钩重点项目进展情况进行了跟踪督查,"
           "现将1-4月份有关情况通报如下。\n\n"
           "截至4月底,全县重点项目进展总体顺利。未达序时进度项目3项为:南环路改造工程(投资滞后)、"
           "城东污水处理厂(开工滞后)、县体育中心项目(一期)(开工滞后)。\n\n"
           "一、各指挥部滞后情况\n\n"
           "1.城市建设指挥部:项目12项,均达序时进度。\n\n"
           "2.产业园区指挥部:项目20项,未达序时进度2项为:青禾食品产业园、桐溪物流中心。\n")


def test_a_notices_opening_and_its_summary_line_are_no_commitments():
    tasks = [c.task for c in _recs(_NOTICE)]
    assert not any("通报如下" in t or "督查" in t or "概述" in t for t in tasks), tasks


def test_works_listed_behind_after_wei_are_each_behind_without_their_brackets():
    by_task = {c.task: c for c in _recs(_NOTICE)}
    for name in ("南环路改造工程", "城东污水处理厂", "县体育中心项目(一期)", "青禾食品产业园", "桐溪物流中心"):
        assert name in by_task, sorted(by_task)
        assert by_task[name].progress.status == "behind"
    assert by_task["城东污水处理厂"].progress.text == "开工滞后"


def test_a_units_count_of_its_works_is_no_work():
    tasks = [c.task for c in _recs(_NOTICE)]
    assert not any(t.endswith("指挥部") for t in tasks), tasks


def test_a_place_with_a_bare_count_of_works_in_brackets_is_responsible_for_them():
    text = ("桐溪市2021年十件民生实事1-9月进度公示\n\n"
            "截至9月底,推进缓慢的有2项。其中:东湖区有2(城区公办幼儿园建设、乡镇污水处理站建设)推进缓慢;"
            "西山县有1(乡镇污水处理站建设)推进缓慢。\n")
    recs = _recs(text, date="2021-10-12")
    assert not any("有2" in c.task or "有1" in c.task for c in recs), [c.task for c in recs]
    west = next(c for c in recs if [a.name for a in c.actors] == ["西山县"])
    assert west.task == "乡镇污水处理站建设" and west.progress.status == "behind"


# ---- a table of amounts by category ------------------------------------------------------------------------

def test_a_column_of_bare_numbers_is_never_the_task():
    text = ("2021年重点项目1-9月完成情况表\n"
            "单位:亿元\n"
            "项目类别 | 项目数量 | 年度计划投资 | 1-9月完成投资 | 完成率 |\n"
            "产业项目 | 40 | 120.5 | 96.4 | 80.0% |\n"
            "民生项目 | 18 | 30.2 | 15.1 | 50.0% |\n")
    recs = _recs(text, date="2021-10-20")
    tasks = [c.task for c in recs]
    assert "产业项目" in tasks and "民生项目" in tasks, tasks
    assert not any(t.replace(".", "").isdigit() for t in tasks)
    industry = next(c for c in recs if c.task == "产业项目")
    assert all(t.value is not None for t in industry.targets)
    assert 120.5 in [t.value for t in industry.targets]
    assert industry.progress.percent == 80.0


def test_a_table_of_places_and_amounts_names_no_work():
    text = ("全州重点项目分县市完成情况\n"
            "县市 | 项目个数 | 年投资计划 | 完成投资额 | 完成率 |\n"
            "青禾县 | 57 | 82.5 | 65.1 | 78.9% |\n"
            "桐溪县 | 27 | 42.6 | 31.2 | 73.2% |\n")
    recs = _recs(text, date="2021-10-20")
    assert not any(c.task.replace(".", "").isdigit() for c in recs), [c.task for c in recs]


def test_a_period_alone_is_no_work():
    text = ("全县项目建设调度会讲话\n\n"
            "截至3月底,全县计划开工项目40项,已开工22项,开工率55%。存在的问题,主要是投资进度较慢,"
            "一季度完成投资仅占年计划的18%。\n")
    recs = _recs(text, date="2021-04-02")
    assert recs and not any(c.task in ("一季度", "上半年", "1-3月") for c in recs), [c.task for c in recs]


def test_a_bare_rectification_under_a_heading_that_names_it_is_that_one():
    text = ("全市老旧小区改造推进会召开\n\n"
            "陈立要求:一是严把项目入库关。要严格审核,不合条件的一律不入库。二是如期抓好巡察反馈整改工作。要抽调专人,"
            "逐条对照销号,力争7月底前全面完成整改。三是加快项目进度。\n")
    recs = _recs(text, date="2021-06-20")
    rect = [c for c in recs if c.deadline and c.deadline.date == "2021-07-31"]
    assert [c.task for c in rect] == ["巡察反馈整改"], [c.task for c in recs]


# ---- a number that says which ones, not how many --------------------------------------------------------

def test_a_number_qualifying_a_noun_is_no_target():
    text = "县城管局要在9月底前对占地面积在300平方米以上的违法建筑进行集中拆除。\n"
    [c] = _recs(text)
    assert c.deadline.date == "2021-09-30"
    assert c.targets == ()


def test_a_number_reached_stays_a_target():
    text = "县医保局要在年底前确保全县参保率稳定在96%以上。\n"
    [c] = _recs(text)
    assert [(t.op, t.value, t.unit) for t in c.targets] == [(">=", 96.0, "%")]


# ---- a duty that recurs; a start is no deadline ---------------------------------------------------------------

def test_a_report_asked_by_a_recurring_term_is_a_standing_duty_with_no_one_date():
    text = ("三、自2021年第二季度起,各牵头单位要于每季度末月的25日前将本季度各项任务推进情况报县政府办公室,"
            "县政府办公室将对落实情况进行跟踪督办。\n")
    recs = _recs(text, date="2021-03-10")
    duty = [c for c in recs if c.task.startswith("报送")]
    assert len(duty) == 1, [c.task for c in recs]
    assert duty[0].deadline.text == "每季度末月的25日前" and duty[0].deadline.date is None
    assert not duty[0].actors  # (各牵头单位 is generic)
    office = [c for c in recs if "督办" in c.task]
    assert office and [a.name for a in office[0].actors] == ["县政府办公室"]
    assert not any("自2021" in c.task or "起" == c.task[-1:] for c in recs)


def test_a_one_off_report_of_a_generic_group_stays_housekeeping():
    assert _recs("请各责任单位于11月15日前将进展情况报送县政府督查室。\n") == []


def test_a_start_is_no_deadline_but_a_term_to_start_by_is():
    [c] = _recs("县交通局要力争8月底前开工建设南环路。\n")
    assert c.deadline.date == "2021-08-31"
    recs = _recs("自6月1日起,县市场监管局要每周开展一次农贸市场巡查。\n")
    assert all(not c.deadline or c.deadline.date != "2021-06-01" for c in recs)


# ---- works named with 各项; what is no unit; a count told again ---------------------------------------------

def test_infrastructure_works_named_with_gexiang_are_works_not_a_generic_quota():
    [c] = _recs("今年全县要补齐短板,确保供水、供电、道路等各项基础工程9月底前完工。\n")
    assert c.deadline.date == "2021-09-30" and "基础工程" in c.task
    assert _recs("确保各项工作9月底前完成。\n") == []


def test_a_decision_of_the_party_committee_is_no_unit():
    recs = _recs("县委决策部署要通过我们扎扎实实的工作落到实处,县住建局要在6月底前完成城南路改造。\n")
    assert all("决策部署" not in a.name for c in recs for a in c.actors)
    assert any([a.name for a in c.actors] == ["县住建局"] for c in recs)


def test_a_count_told_in_the_headline_and_again_in_the_body_is_one_record():
    text = ("桐溪:巡察反馈的48项整改任务已完成30项\n"
            "桐溪:巡察反馈的48项整改任务已完成30项5月6日,记者从县委巡察办获悉,自县委巡察组反馈意见以来\n"
            "5月6日,记者从县委巡察办获悉,自县委巡察组反馈意见以来,全县将反馈意见分解为48项整改任务,截至目前,"
            "48项整改任务已完成30项,其余18项正在推进。\n"
            "县委巡察办相关负责人表示,虽然全县巡察整改工作有序推进,但仍有差距。\n")
    recs = _recs(text, date="2021-05-07")
    assert len(recs) == 1, [c.task for c in recs]
    assert len(recs[0].evidence) >= 2
    assert not any(c.task.startswith("虽然") for c in recs)


# ---- an inspection notice: its schedule and its method are no works --------------------------------------------

def test_a_plan_sent_up_by_a_must_is_named_by_the_plan():
    text = "各牵头单位的工作推进方案务于2021年3月5日前报送分管县领导,经审核后于3月10日前报送县政府。\n"
    recs = _recs(text, date="2021-03-01")
    assert [c.task for c in recs] == ["报送工作推进方案"]


def test_the_schedule_and_the_method_of_an_inspection_are_no_works():
    text = ("关于开展重点项目专项督查的通知\n\n"
            "四、督查方式\n\n"
            "县政府办公室组成督查组,采取听取汇报、实地查看等方式进行督查,对存在问题进行分析研究,力促项目加快推进。\n\n"
            "五、督查安排\n\n"
            "(一)2021年3月4日上午9:00—11:00,在县政府三楼会议室召开座谈会,听取8宗滞后项目责任单位汇报;\n")
    recs = _recs(text, date="2021-03-01")
    assert not any(c.task.startswith(("力促", "2021年3月4日")) for c in recs), [c.task for c in recs]


# ---- parties to a document, partners, a unit asked to take account of views ------------------------------------

def test_a_party_named_in_a_documents_title_is_no_actor():
    text = ("11月4日,副秘书长受托主持召开落实《桐溪市人民政府与青禾集团有限公司合作备忘录》(以下简称备忘录)协调会议,"
            "听取有关部门意见。\n")
    recs = _recs(text)
    assert all(a.name != "青禾集团有限公司" for c in recs for a in c.actors)


def test_a_partner_named_with_nobody_asked_is_no_commitment():
    assert _recs("会议指出,随着开放步伐加快,拓展与国内外航空公司合作的要求日益迫切。\n") == []


def test_a_unit_asked_to_take_account_of_views_is_asked():
    text = "二、请县住建局结合会议讨论的意见,尽快把老旧小区改造方案细化完善,报县政府审定。\n"
    [c] = _recs(text)
    assert [(a.name, a.role) for a in c.actors] == [("县住建局", "responsible")]
    assert "改造方案" in c.task and "意见" not in c.task


# ---- a decision's item with several deliverables, each by its own date ------------------------------------------

_ITEM = ("会议决定:\n"
         "(一)由县自然资源局负责,于6月10日前与县水务公司完成管线衔接,向县水务公司讲清施工时序,"
         "确保供水管线迁改于6月底前完成;沿河步道征迁工作于6月20日前完成。\n"
         "(二)由县林业局负责,参照南湖片区苗木移栽办法,于6月20日前完成河岸整治项目林地征迁工作。\n")


def test_each_deliverable_of_an_item_by_its_own_date_is_a_commitment_of_the_items_unit():
    recs = _recs(_ITEM, date="2021-06-01")
    by_date = {c.deadline.date: c for c in recs if "自然资源局" in "".join(a.name for a in c.actors)}
    assert set(by_date) == {"2021-06-10", "2021-06-30", "2021-06-20"}, [(c.task, c.deadline) for c in recs]
    assert "衔接" in by_date["2021-06-10"].task
    assert by_date["2021-06-30"].task == "供水管线迁改"
    assert by_date["2021-06-20"].task == "沿河步道征迁"


def test_a_basis_referred_to_is_no_task():
    forest = [c for c in _recs(_ITEM, date="2021-06-01") if [a.name for a in c.actors] == ["县林业局"]]
    assert [c.task for c in forest] == ["河岸整治项目林地征迁"]


# ---- a term said after the works it closes; a document approved to be revised ----------------------------------

def test_a_bare_term_after_a_list_of_works_dates_each_of_them():
    text = ("本报讯 桐溪县卫健局在作风建设活动中,结合实际公开承诺完成两方面为民实事,并公开承诺完成时限。一是改善就医条件:在不影响正常诊疗的情况下,新建村卫生室12个;"
            "投入200万元改造15所乡镇卫生院病房。承诺在2021年底前完成。二是关爱老人:实现全县65岁以上老人免费体检。"
            "承诺在2021年9月份之前完成。\n")
    recs = _recs(text, date="2021-03-01")
    got = {c.task: c.deadline.date for c in recs}
    assert got.get("新建村卫生室") == "2021-12-31", got
    assert any("乡镇卫生院病房" in t and d == "2021-12-31" for t, d in got.items()), got
    assert any("免费体检" in t and d == "2021-09-30" for t, d in got.items()), got
    assert not any(t.startswith(("承诺", "在不影响")) for t in got), got


def test_a_document_approved_to_be_revised_is_named_by_the_document():
    text = ("区政府召开第12次常务会议\n"
            "会议审议《桐溪区农村生活污水治理三年行动方案(送审稿)》。原则同意《桐溪区农村生活污水治理三年行动方案》,"
            "要求根据会议审议意见作进一步修改完善后,印发实施。\n")
    recs = _recs(text, date="2021-03-01")
    assert recs and all("修改完善" not in c.task and "审议意见" not in c.task for c in recs), [c.task for c in recs]
    assert any("农村生活污水治理三年行动方案" in c.task for c in recs)


def test_a_list_to_be_revised_and_views_sent_up_in_writing_are_named_by_what_is_done():
    text = ("副县长在总结讲话中要求:一是各单位会后抓紧将《桐溪县重点项目储备清单》的修改意见形成书面材料于3月9日下午下班前"
            "报县发改局汇总;二是县发改局要按照县长的指示和各部门的修改意见及时将《桐溪县重点项目储备清单》修改完善,"
            "并于3月10日前报县政府常务会议研究。\n")
    recs = _recs(text, date="2021-03-08")
    tasks = [c.task for c in recs]
    assert "修改完善《桐溪县重点项目储备清单》" in tasks, tasks
    assert any(t.startswith("报送") and "修改意见" in t for t in tasks), tasks


def test_a_decision_followed_by_rhetoric_only_is_no_commitment():
    text = ("桐溪区政府第15次常务会议纪要\n"
            "会议审议并原则通过桐溪区2021年养老服务补短板工作计划。会议强调,养老工作是民生工作的重中之重。"
            "要深入学习贯彻上级重要会议精神,全力落实好各项重点工作任务。要正视养老服务中存在的短板问题,进一步增强紧迫感责任感,"
            "把补齐养老短板摆到更加突出的位置。下大力气,用硬功夫,真抓实干,迎头赶上,不断增进民生福祉。\n")
    assert _recs(text, date="2021-03-16") == []


def test_a_term_of_next_week_before_a_carrying_out_is_a_dated_completion():
    text = ("区委书记就下步工作提出具体要求:一是各街道办事处要主动沟通、互相帮助,对存在争议的区域在下周三前进行划分;"
            "二是区城管局要在下周五前完成占道经营集中整治。\n")
    recs = _recs(text, date="2021-03-24")
    got = {c.task: c.deadline.date for c in recs}
    assert any(t.endswith("区域划分") and d == "2021-03-31" for t, d in got.items()), got
    assert got.get("占道经营集中整治") == "2021-04-02", got


def test_a_year_inside_a_documents_title_is_no_deadline_and_a_long_title_sent_up_names_the_task():
    text = ("一、各部门要高度重视重点任务落实工作。从2021年3月起,务于每月25日前将本单位主要领导审阅同意后的"
            "《2021年<政府工作报告>重点任务落实推进情况表》(电子版)报旗政府督查室。\n")
    recs = _recs(text, date="2021-02-21")
    duty = [c for c in recs if c.task.startswith("报送《")]
    assert duty, [c.task for c in recs]
    assert duty[0].deadline.date is None and duty[0].deadline.text == "每月25日前"


def test_labels_without_brackets_below_a_run_under_a_heading_name_each_item():
    text = ("桐溪县防灾减灾规划任务分工\n"
            "1.完善灾害预警发布机制\n"
            "(1)建设县级预警信息发布平台。\n"
            "(2)推进乡镇预警大喇叭全覆盖。\n"
            "责任单位:县应急局、县气象局\n"
            "2.提升基层救援能力\n"
            "(1)组建乡镇综合救援队伍12支。\n"
            "牵头单位:县应急局;配合单位:县消防救援大队\n")
    recs = _recs(text)
    assert len(recs) == 3, [c.task for c in recs]
    for c in recs[:2]:
        assert [a.name for a in c.actors] == ["县应急局", "县气象局"]
    assert [(a.name, a.role) for a in recs[2].actors] == [("县应急局", "lead"), ("县消防救援大队", "assist")]


def test_a_decisions_directive_skips_learning_from_experience_and_loses_its_urging_words():
    text = ("桐溪县政府第8次常务会议纪要\n"
            "会议原则通过了《桐溪县2021年农村饮水安全提升实施方案》。会议强调,要认真学习借鉴外地经验,统筹推进农村供水管网改造工作。\n")
    recs = _recs(text, date="2021-03-16")
    assert [c.task for c in recs] == ["桐溪县2021年农村饮水安全提升实施方案:农村供水管网改造"], [c.task for c in recs]


def test_zhuyao_in_a_task_is_a_word_not_a_modal():
    text = "县发改局要结合各方反馈的意见,抓紧把筛选名单改好,尽快报县委、县政府主要领导审定。\n"
    recs = _recs(text)
    assert recs and all("主领导" not in c.task for c in recs), [c.task for c in recs]


def test_problems_named_only_as_found_are_no_problem_line():
    text = ("县委交办事项督查情况通报\n"
            "从督查情况看,各单位整改总体有序。\n"
            "针对督查过程中发现的问题,督查组现场予以反馈并要求各责任单位提高站位,细化措施,狠抓整改落实,确保交办事项全面按时完成。"
            "县督查办将进一步加大督促检查力度,对重视不够、措施不力、整改不到位的单位进行通报。\n")
    recs = _recs(text)
    assert not any("发现" in c.task for c in recs), [c.task for c in recs]


def test_a_past_year_before_which_works_began_is_no_deadline():
    text = "区长要求,要同时加快推进2016年以前开工项目的收尾工作,让民生工程早日见效。\n"
    recs = _recs(text, date="2018-10-31")
    assert all(c.deadline is None or c.deadline.date != "2016-12-31" for c in recs), [(c.task, c.deadline) for c in recs]


def test_a_progress_cell_opening_with_its_share_gives_the_percent():
    text = ("2021年度县民生实事未完成项目进度表(截至10月31日)\n"
            "序号 | 项目内容 | 当前进度 | 牵头单位\n"
            "1 | 新建公办幼儿园3所。 | 80%(城东幼儿园进度滞后) | 县教育局\n"
            "2 | 建设农村公路40公里。 | 95% | 县交通局\n")
    recs = _recs(text, date="2021-11-05")
    got = {c.task: (c.progress.status, c.progress.percent) for c in recs}
    assert got.get("新建公办幼儿园") == ("behind", 80.0), got
    assert got.get("建设农村公路") == ("on_track", 95.0), got


def test_a_set_named_by_its_level_alone_takes_the_works_counted_above():
    text = ("2021年,全县省市县重点工程项目共24项,总投资310亿元,当年计划投资52亿元。\n"
            "截至目前,全县重点工程进展顺利。其中:\n"
            "省级5项,概算投资96亿元,当年计划投资15亿元。1-12月份完成投资18亿元,投资完成率120%。\n"
            "县级19项,概算投资60亿元,当年计划投资20亿元。1-12月份完成投资21亿元,投资完成率105%。\n")
    recs = _recs(text, date="2022-01-20")
    tasks = [c.task for c in recs]
    assert "省级重点工程项目" in tasks and "县级重点工程项目" in tasks, tasks


def test_a_notices_sections_as_labels_make_one_rectification_item():
    text = ("督察反馈意见第十二项整改任务已完成整改,现将有关情况公示如下:\n"
            "一、整改任务\n"
            "县城区雨污管网建设滞后,污水收集率偏低。\n"
            "二、整改责任单位\n"
            "桐溪县住房和城乡建设局\n"
            "三、整改完成情况\n"
            "县城雨污分流改造工程于2020年开工,2021年6月通过竣工验收,污水收集率达到85%。已完成整改任务。\n"
            "公示时间(2021年9月1日-9月7日),请社会各界予以监督。\n")
    recs = _recs(text, date="2021-09-01")
    assert len(recs) == 1, [c.task for c in recs]
    c = recs[0]
    assert [(a.name, a.role) for a in c.actors] == [("桐溪县住房和城乡建设局", "responsible")]
    assert c.progress.status == "done"
    assert "雨污管网建设" in c.task


def test_works_all_put_right_are_named_without_all():
    text = ("信访件整改销号核查\n"
            "截止目前,督察组交办桐溪县的12件信访案件已全部整改到位,各承办单位已上报销号材料。整改工作总体有序。\n")
    recs = _recs(text, date="2021-07-28")
    assert recs and all(not c.task.endswith(("已全部", "全部")) for c in recs), [c.task for c in recs]
    assert any(c.progress and c.progress.status == "done" and "信访案件" in c.task for c in recs)


def test_a_units_methods_and_a_heading_of_pace_leave_the_work_it_is_asked_to_speed():
    text = ("会议强调,安置工作事关群众切身利益,相关单位要依法稳妥推进。一要细化安置方案。二要加快工作进度。"
            "青禾镇、城北新区管理局要理清责任、明确分工,加强协调配合,加速还建房安置进度,尽快还房于民。\n")
    recs = _recs(text, date="2021-08-01")
    unit = [c for c in recs if "青禾镇" in [a.name for a in c.actors]]
    assert unit and "安置" in unit[0].task and "分工" not in unit[0].task and unit[0].task != "工作进度", [c.task for c in recs]


def test_a_bound_and_a_whole_place_leave_the_name_cleanly():
    got = {}
    for text in ("县信访局要将全县信访件数控制在20件以内。\n", "县委办要把全市性会议控制在40次以下。\n",
                 "县城管局要在全县范围内开展占道经营整治。\n"):
        [c] = _recs(text)
        got[text[:3]] = c.task
    assert got["县信访"] == "信访件数", got
    assert got["县委办"].startswith("全市性会议"), got
    assert got["县城管"] == "占道经营整治", got


def test_a_count_is_named_before_the_verb_that_sorts_it():
    text = ("青禾镇干部公开承诺\n"
            "为兑现承诺,该镇将这9件实事分成道路建设线、饮水安全线和环境整治线,每条工作线分别包括2至4件实事工程,全部实行书面承诺。\n")
    recs = _recs(text, date="2021-03-01")
    assert recs and all("分成" not in c.task for c in recs), [c.task for c in recs]
