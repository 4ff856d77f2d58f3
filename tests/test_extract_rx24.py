"""A group made answerable for a work names the task, a size that only qualifies what follows is no
target and no task (session 33, rx24: fitted on real speeches, minutes, pledges, rectification and
supervision pages found by search, read outside the project; checked on ../shared/eval).

Every sentence here is composed for the test (桐溪县, 青禾镇, 南坪村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of


def _recs(text: str, date: str = "2023-03-10"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- a group answerable for a work, then a unit's duty --------------------------------------------------

def test_a_group_answerable_for_a_work_names_the_task_of_the_unit_after_it():
    recs = _recs("各乡镇是农村危房改造的第一责任主体,县住建局要加强督导,确保9月底前全部完成改造任务。\n")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in recs] == \
        [("农村危房改造", ["县住建局"], "2023-09-30")]


def test_a_unit_named_as_the_one_answerable_names_no_work():
    # 县水利局是牵头单位: who, not what; the task is the duty after it
    recs = _recs("县水利局是牵头单位,要在6月底前完成城南河道清淤。\n")
    assert len(recs) == 1 and "河道清淤" in recs[0].task


# ---- a size qualifying what is handled ----------------------------------------------------------------

def test_a_size_in_a_list_of_qualifiers_is_no_target():
    recs = _recs("县自然资源局要做好面积在200平方米以下、无法纳入规划的零星地块的登记,5月底前完成。\n")
    assert len(recs) == 1 and recs[0].targets == ()


def test_a_size_before_a_comma_qualifies_the_thing_named_after_it():
    recs = _recs("县自然资源局要进一步做好面积在300平方米以下,不能复垦的搬迁户老宅基地的清查登记。\n")
    assert [(c.task, c.targets) for c in recs] == [("搬迁户老宅基地清查登记", ())]


def test_a_size_aimed_at_stays_a_target():
    recs = _recs("县住建局要确保保障房人均居住面积在20平方米以上,年底前完成分配。\n")
    assert [(t.value, t.unit, t.op) for c in recs for t in c.targets] == [(20, "平方米", ">=")]


# ---- a plan approved, and what is asked of it ------------------------------------------------------------

_MEETING = "3月5日,县长主持召开县政府2023年第6次常务会议。\n"


def test_refining_a_standard_is_the_directive_of_a_plan_approved():
    text = _MEETING + ("会议原则通过了《青禾镇特色民宿发展方案》。要细化完善扶持标准,引导农户因地制宜、因户制宜,"
                       "发展乡村旅游,进一步增加农民收入。\n")
    assert [c.task for c in _recs(text)] == ["青禾镇特色民宿发展方案:细化完善扶持标准"]


def test_refining_the_measures_alone_still_gives_way_to_what_is_done():
    text = _MEETING + "会议原则通过了《桐溪县农村改厕方案》。要细化工作措施,全面完成农村户厕和公厕改造任务。\n"
    assert [c.task for c in _recs(text)] == ["农村改厕方案:农村户厕和公厕改造"]


def test_a_document_approved_in_prose_names_the_task_by_its_title():
    text = ("会议原则同意县住建局提交的《桐溪县老旧小区改造方案》,由县住建局牵头,县财政局配合,"
            "6月底前修改完善后报县委常委会议研究。\n")
    recs = _recs(text)
    assert [(c.task, [(a.name, a.role) for a in c.actors], c.deadline.date) for c in recs] == \
        [("老旧小区改造方案", [("县住建局", "lead"), ("县财政局", "assist")], "2023-06-30")]


# ---- a site's footer ----------------------------------------------------------------------------------

def test_a_site_footer_gives_no_commitment():
    text = ("会议要求,县住建局要在6月底前完成城南片区房屋征收。\n"
            "网站地图 | 联系我们 | 版权所有:桐溪县人民政府门户网站 主办单位:桐溪县人民政府办公室 网站标识码:3300000001\n"
            "主办:桐溪县人民政府办公室 承办:桐溪县信息中心 技术支持:某某网络公司\n")
    assert [(c.task, [a.name for a in c.actors]) for c in _recs(text)] == [("城南片区房屋征收", ["县住建局"])]


def test_units_labelled_in_a_table_row_are_no_footer():
    text = "序号 工作任务 承办单位 完成时限\n1 城南菜市场提升改造 县商务局 2023年10月底\n"
    recs = _recs(text)
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [("城南菜市场提升改造", ["县商务局"])]


# ---- a due date stated ------------------------------------------------------------------------------------

def test_a_time_node_stated_for_a_work_is_its_deadline():
    text = ("会议明确了两项工作的时间节点。背街小巷整治方面:清除巷道乱堆杂物工作时间节点是4月20日;"
            "规范设置店招店牌工作时间节点是5月31日。\n")
    assert [(c.task, c.deadline.date) for c in _recs(text)] == \
        [("清除巷道乱堆杂物", "2023-04-20"), ("规范设置店招店牌", "2023-05-31")]


def test_a_completion_limit_stated_is_no_part_of_the_name():
    recs = _recs("城北污水管网工程完成时限为9月30日,由县住建局负责。\n")
    assert [(c.task, c.deadline.date, [a.name for a in c.actors]) for c in recs] == \
        [("城北污水管网工程", "2023-09-30", ["县住建局"])]


def test_a_time_limit_that_has_passed_in_a_review_is_no_commitment():
    recs = _recs("去年,城东路改造工程完成时间为9月30日,已按期通车。\n")
    assert all(c.deadline is None or c.deadline.date != "2023-09-30" for c in recs)


# ---- a unit that leads, and what it leads ----------------------------------------------------------------

def test_what_a_unit_leads_is_the_task_not_what_follows_it():
    recs = _recs("区城管局要牵头汇总各街道问题清单,及时转交区有关部门处理。\n")
    assert [(c.task, [(a.name, a.role) for a in c.actors]) for c in recs] == \
        [("汇总各街道问题清单", [("区城管局", "lead")])]


def test_a_unit_leading_a_plan_to_be_approved_is_named_by_the_plan():
    recs = _recs("县住建局要牵头编制城区停车设施规划,及时报县政府审定。\n")
    assert [c.task for c in recs] == ["编制城区停车设施规划"]


# ---- meeting news: a frame with a colon, remarks, why the meeting met --------------------------------------

def test_a_speaker_frame_with_a_colon_and_a_remark_are_no_task():
    text = ("王主任强调:老旧楼院治理问题已经引起区委、区政府高度重视,李书记亲自安排部署此项工作,"
            "明确由区住建局牵头,整合各单位意见,出台楼院治理实施方案。\n")
    recs = _recs(text)
    assert [(c.task, [(a.name, a.role) for a in c.actors]) for c in recs] == \
        [("出台楼院治理实施方案", [("区住建局", "lead")])]


def test_why_a_meeting_met_is_no_commitment():
    text = ("1月18日,县委书记主持召开专题会议,部署一季度重点工作,确保一季度工作实现良好开局。\n"
            "会议要求,县住建局要在3月底前完成城南路改造。\n")
    assert [(c.task, c.deadline.date) for c in _recs(text, "2024-01-18")] == [("城南路改造", "2024-03-31")]


def test_a_meeting_convened_that_asks_in_the_same_sentence_still_gives_its_task():
    text = "1月18日,县长主持召开专题会议,要求县住建局在3月底前完成城南路改造。\n"
    assert [c.deadline.date for c in _recs(text, "2024-01-18")] == ["2024-03-31"]


def test_around_a_holiday_is_no_deadline():
    recs = _recs("县住建局要在春节前后组织施工机械和人员及时调度到位。\n", "2024-01-09")
    assert all(c.deadline is None or c.deadline.date is None for c in recs)


# ---- a group as the subject, a unit named by 由 with its means ----------------------------------------------

def test_a_group_as_the_subject_is_no_part_of_the_task():
    recs = _recs("三是施工单位要高度重视,确保资金到位,围绕年底建成的时间节点,倒排工期,加快推进城南安置小区建设。\n")
    assert recs and not any("施工单位" in c.task for c in recs)


def test_a_unit_named_by_you_with_its_means_does_the_work():
    text = "对逾期不拆除的,由青禾镇人民政府组织力量在5月20日前依法强制拆除。\n"
    recs = _recs(text)
    assert [([(a.name, a.role) for a in c.actors], c.deadline.date) for c in recs] == \
        [([("青禾镇人民政府", "responsible")], "2023-05-20")]
    assert "由" not in recs[0].task and "组织力量" not in recs[0].task


# ---- a partner named by 会同, and documents approved together ------------------------------------------------

def test_a_verb_ending_in_dui_after_the_partners_keeps_its_verb():
    recs = _recs("县应急局要会同各单位认真核对隐患排查台账的准确性,对排查次数为零的单位发出提醒函。\n")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [("核对隐患排查台账的准确性", ["县应急局"])]


def test_documents_approved_together_name_the_task_by_their_titles():
    text = ("会议确定:原则同意《桐溪县农村公路养护办法》《桐溪县乡村客运站管理制度(试行)》,"
            "由县交通运输局根据会议意见修改完善后印发实施。\n")
    recs = _recs(text)
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == \
        [("农村公路养护办法、乡村客运站管理制度", ["县交通运输局"])]


# ---- a problem, then the units and what they are to achieve ---------------------------------------------------

def test_a_short_method_gives_way_to_what_the_units_are_to_achieve():
    recs = _recs("近期,城区臭氧浓度指标连续超标,县生态环境局和县住建局要认真研判,全力降低臭氧污染。\n")
    assert [(c.task, sorted(a.name for a in c.actors)) for c in recs] == \
        [("降低臭氧污染", ["县住建局", "县生态环境局"])]


def test_a_problem_after_a_word_of_time_is_remedied_by_the_unit():
    recs = _recs("目前,城区停车难问题群众反映强烈,县住建局要在年底前新增公共停车泊位500个。\n")
    assert [(c.task, c.deadline.date) for c in recs] == [("新增公共停车泊位", "2023-12-31")]


# ---- a term aimed at, then what is to be reached ---------------------------------------------------------------

def test_a_term_aimed_at_alone_then_a_standard_reached_is_a_dated_work():
    text = ("刘副市长要求,通过开展背街小巷环境整治,确保到2014年底,城区背街小巷均达到“干净、整洁、有序”标准,"
            "长效管理机制基本健全。\n")
    assert [(c.task, c.deadline.date) for c in _recs(text, "2013-03-06")] == [("背街小巷环境整治", "2014-12-31")]


def test_a_term_reached_in_the_past_is_no_commitment():
    text = "过去一年,通过开展背街小巷环境整治,到2012年底,城区背街小巷均达到了整洁标准。\n"
    assert _recs(text, "2013-03-06") == []


def test_proceeding_in_order_is_a_manner_not_the_task():
    text = "县创卫办要加强督促考核,有条不紊地推进,年内拿到国家卫生县城复审的通行证。\n"
    recs = _recs(text)
    assert len(recs) == 1 and "有条不紊" not in recs[0].task


# ---- a place as the body answerable, guidance as a frame --------------------------------------------------------

def test_a_district_as_the_working_body_is_responsible_and_guidance_is_a_frame():
    text = "东坪区作为工作主体,要在市住建局、市征收中心的指导下,逐户摸清待安置群众情况,建立安置台账。\n"
    recs = _recs(text)
    assert [(c.task, [(a.name, a.role) for a in c.actors]) for c in recs] == \
        [("逐户摸清待安置群众情况", [("东坪区", "responsible")])]


def test_a_district_asked_alone_answers_for_the_work():
    # rx24 read the district as a place; two blind annotators since (gA 01, session 49's mE 04) read it as the body
    # asked, as a reader of a city's notice would (rx41)
    recs = _recs("东坪区要在年底前完成老旧小区改造20个。\n")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [[("东坪区", "responsible")]]


# ---- rectification: a time after an event, how many of the problems are done -------------------------------------

def test_so_long_after_an_event_the_document_does_not_date_has_no_date():
    recs = _recs("县住建局要在收到交办件后10个工作日内完成核查处置。\n", "2023-05-08")
    assert [(c.deadline.text, c.deadline.date) for c in recs] == [("10个工作日内", None)]


def test_so_long_after_the_meeting_is_dated_from_the_document():
    recs = _recs("县住建局要在会后10天内完成城南片区危房排查。\n", "2023-05-08")
    assert [c.deadline.date for c in recs] == ["2023-05-18"]


def test_problems_counted_then_how_many_are_done_gives_the_share():
    text = "针对督察指出的40项具体问题,目前已有26项完成阶段性整改。\n"
    recs = _recs(text)
    assert [(c.progress.status, c.progress.percent) for c in recs] == [("on_track", 65.0)]


# ---- supervision: a rate of starts -----------------------------------------------------------------------------

def test_a_rate_of_works_started_is_the_share_of_the_set():
    text = ("关于重点项目推进情况的督查通报\n"
            "一、项目进展情况\n"
            "1-6月份,全县48个重点项目,已开工建设30个,开工率62.5%。\n")
    recs = _recs(text, "2023-07-10")
    assert [(c.progress.status, c.progress.percent) for c in recs] == [("on_track", 62.5)]


# ---- a table whose first column is merged down its group; a figure a change starts from -------------------------

def test_rows_below_a_merged_group_cell_keep_their_columns():
    text = ("大类 | 序号 | 工作任务 | 分管市领导 | 牵头单位及主要负责人 | 落实进展情况 |\n"
            "一、兜牢民生底线 | 1 | 将城乡低保标准提高到每人每月700元。 | 林海 | 市民政局 张明 | 已完成。 |\n"
            "2 | 将孤儿养育标准提高到每人每月1800元。 | 林海 | 市民政局 张明 | 已完成。 |\n"
            "3 | 新建社区养老服务站20个。 | 林海 | 市民政局 张明 | 正在推进,已建成12个。 |\n")
    recs = _recs(text, "2022-12-31")
    assert len(recs) == 3
    assert [c.progress.status for c in recs] == ["done", "done", "on_track"]
    assert all([a.name for a in c.actors if a.kind == "organization"] == ["市民政局"] for c in recs)


def test_the_figure_a_change_starts_from_is_no_target_of_a_task_cell():
    text = ("序号 | 工作任务 | 牵头单位 | 完成时限 |\n"
            "1 | 将困难残疾人生活补贴从每人每年1800元提高到每人每年2000元。 | 市残联 | 2022年12月底 |\n")
    recs = _recs(text, "2022-03-01")
    assert [(t.value, t.unit) for c in recs for t in c.targets] == [(2000.0, "元")]


# ---- January, named 元月, and said at the year's end --------------------------------------------------------------

def test_yuanyue_is_january_and_said_in_december_it_is_next_january():
    recs = _recs("县发改局要于元月底前完成全年项目清单的编制。\n", "2023-12-20")
    assert [(c.deadline.text, c.deadline.date) for c in recs] == [("元月底前", "2024-01-31")]


def test_january_said_in_the_spring_is_this_year():
    recs = _recs("县发改局要于1月底前完成全年项目清单的编制。\n", "2023-01-05")
    assert [c.deadline.date for c in recs] == ["2023-01-31"]


def test_a_unit_of_housing_is_no_january():
    recs = _recs("县住建局要在6月底前把公租房每单元月租金降到300元以下。\n", "2023-03-01")
    assert [c.deadline.date for c in recs] == ["2023-06-30"]


def test_a_stance_before_the_work_of_a_labelled_item_is_no_task():
    text = ("(一)坚持常态化防控\n"
            "1、切实提高政治站位,从严从细抓好校园传染病防控工作,落实晨午检制度。[牵头单位:县教育局;责任单位:各中小学校]\n")
    recs = _recs(text)
    assert len(recs) == 1 and "站位" not in recs[0].task and "传染病防控" in recs[0].task


def test_a_set_listed_in_this_notice_is_named_by_itself():
    text = ("关于2022年重点工作推进情况的督查通报\n"
            "列入本次督查通报的民生实事任务共36项。截至11月底,已完成27项,占75%。\n")
    recs = _recs(text, "2022-12-10")
    assert [(c.task, c.progress.percent) for c in recs] == [("民生实事任务", 75.0)]


def test_a_standing_written_report_is_named_by_what_is_sent():
    text = "请各责任单位于每季度末月20日前将“为民实事”完成情况书面报县政府督查室301室(联系电话:1234567)。\n"
    assert [c.task for c in _recs(text, "2016-03-01")] == ["报送为民实事完成情况"]


def test_a_principle_held_before_the_work_of_a_task_cell_is_no_task():
    text = ("序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限 |\n"
            "1 | 坚持服务跟着企业走,优化“企业服务直通车”工作机制,全力服务重大项目落地见效。 | 王林 | 招商服务部 | 全年 |\n")
    recs = _recs(text, "2025-01-10")
    assert len(recs) == 1 and recs[0].task.startswith("优化")


def test_a_one_off_report_asked_of_generic_groups_after_a_lead_in_is_housekeeping():
    text = ("经县政府同意,现将年度重点工作任务进行责任分解,请各乡镇、各部门主要负责人亲自抓,"
            "于2月10日前将贯彻落实方案报县政府督查室。\n")
    assert _recs(text, "2023-01-20") == []


def test_a_plan_to_draw_up_asked_after_a_lead_in_is_still_a_deliverable():
    text = ("经县政府同意,现将年度重点工作任务进行责任分解,请各乡镇、各部门于2月10日前制定工作推进方案,"
            "报县政府督查室。\n")
    assert [c.deadline.date for c in _recs(text, "2023-01-20")] == ["2023-02-10"]
