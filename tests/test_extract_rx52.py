"""Rules of session 61 (rx52).  Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …); none is
copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs, record_with as _one, roles as _roles


def _targets(rec):
    return {(t.metric, t.value, t.unit) for t in rec.targets}


# ---- a table of rows ending in | is no page wrapped at its width; a second work under one number ----------------

_DONE_TABLE = ("2023年青石县惠民实事完成情况\n"
               "序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
               "1 | 新建20个村级卫生室 | 24 | 120% |\n"
               "新增500张托育床位 | 510 | 102% | |\n"
               "2 | 改造15公里农村公路 | 15 | 100% |\n"
               "3 | 建设8个口袋公园 | 6 | 75% |\n")


def test_a_table_of_piped_rows_is_read_row_by_row():
    recs = _recs(_DONE_TABLE, "2023-11-20")
    assert len(recs) == 4
    park = _one(recs, "口袋公园")
    assert park.progress.status == "on_track" and park.progress.percent == 75
    assert _one(recs, "卫生室").progress.status == "done"


def test_a_second_work_under_one_number_keeps_its_cells_in_place():
    beds = _one(_recs(_DONE_TABLE, "2023-11-20"), "托育床位")
    assert beds.task.endswith("托育床位") and beds.progress.percent == 102
    assert _targets(beds) == {("托育床位", 500, "张")}


def test_beds_and_kilometres_counted_between_the_verb_and_the_work():
    road = _one(_recs(_DONE_TABLE, "2023-11-20"), "农村公路")
    assert _targets(road) == {("农村公路", 15, "公里")}


# ---- a unit leading what follows a generic group's works --------------------------------------------------------

def test_a_unit_leading_after_a_groups_works_leads_the_work_that_follows():
    rec = _one(_recs("张三强调,茶叶是我县的主导产业,各乡镇要对辖区内茶农做好摸底排查,建立台账,县茶业局要牵好头,"
                     "组织好茶叶保底收购协议签订工作,为产业发展提供保障。\n", "2023-03-01"), "县茶业局要牵好头")
    assert _roles(rec) == {("县茶业局", "lead")} and "收购协议" in rec.task


def test_a_unit_leading_the_groups_work_with_nothing_after_still_leads_it():
    recs = _recs("会议要求,各乡镇要在9月底前完成农房排查,县住建局要牵好头。\n", "2023-03-01")
    assert len(recs) == 1 and ("县住建局", "lead") in _roles(recs[0]) and "排查" in recs[0].task


# ---- works classed in a list, each with its own term -----------------------------------------------------------

def test_a_list_of_works_classed_opens_its_own_commitment():
    recs = _recs("会议指出,在第三季度集中开工项目中,青石县物流园(一期)工程项目为协办开工项目,要在8月10日前完成先行地块的"
                 "征地拆迁,城南水厂扩建工程、城北污水管网工程为协办竣工项目,要确保在9月底竣工。\n", "2021-05-19")
    assert {r.deadline.date for r in recs} == {"2021-08-10", "2021-09-30"}


def test_a_plan_to_hold_a_start_ceremony_is_no_news_of_works_done():
    recs = _recs("我县计划在7月中旬举行第三季度重点项目集中开工活动,其中,已初步确定城东物流园、城西产业园等5个项目在7月开工建设。"
                 "城北污水处理厂等2个项目计划在7月竣工建成。\n", "2021-06-02")
    assert all(r.progress is None or r.progress.status != "done" for r in recs)


# ---- an inspection's numbered findings, the unit answerable on the line below -----------------------------------

_FINDINGS = ("青石县城管局关于城区环境卫生督查情况的通报\n"
             "现将5月12日督查情况通报如下:\n"
             "1、5月10日督查发现,城东路与建设街交叉口一处超市存在门前堆放纸箱情况,当面告知负责人限期整改,"
             "经5月12日“回头看”,该处纸箱已经清走,问题已整改。\n"
             "责任主体:青石县惠民超市\n"
             "2、5月10日督查发现,滨河路安置小区工地现场存在渣土未覆盖、车辆带泥上路等情况,经5月12日“回头看”,"
             "整改不彻底,执法队员再次书面通知其负责人限期整改。\n"
             "责任主体:青石县城投建设公司\n"
             "3、5月10日督查发现,南门街一处餐馆存在油污外溢情况,经5月12日复查,问题未整改。\n")


def test_each_finding_is_a_commitment_of_the_unit_below_it():
    recs = _recs(_FINDINGS, "2023-05-13")
    assert len(recs) == 3
    shop = _one(recs, "堆放纸箱")
    assert _roles(shop) == {("青石县惠民超市", "responsible")} and shop.progress.status == "done"
    site = _one(recs, "渣土未覆盖")
    assert _roles(site) == {("青石县城投建设公司", "responsible")} and site.progress.status == "behind"
    assert "渣土未覆盖" in site.task


def test_a_finding_without_a_unit_line_has_no_actor_and_its_status():
    last = _one(_recs(_FINDINGS, "2023-05-13"), "油污外溢")
    assert not last.actors and last.progress.status == "behind"


def test_rows_measured_against_the_years_plan_are_due_by_its_end():
    recs = _recs(_DONE_TABLE, "2023-11-20")
    assert {r.deadline.date for r in recs} == {"2023-12-31"}


def test_a_years_investment_column_gives_a_project_no_term():
    recs = _recs("2023年重点项目推进情况\n序号 | 项目名称 | 年度计划投资(亿元) | 完成比例 |\n"
                 "1 | 城东综合管廊工程 | 2.0 | 80% |\n2 | 南湖湿地公园 | 1.5 | 40% |\n", "2023-10-08")
    assert len(recs) == 2 and all(r.deadline is None for r in recs)


# ---- who hands a case over is no unit; the term told after a list of titled proposals ---------------------------

def test_an_inspection_handing_cases_over_is_no_unit_answerable():
    from kg.extract.actors import parse_item
    assert parse_item("第二轮省级环保督察交办") is None and parse_item("县委督查办") is not None
    recs = _recs("青石县环保督察整改进展\n省级环保督察组交办的40件信访投诉问题中,36件已完成整改,4件正在整改。\n",
                 "2023-12-20")
    assert recs and all(not r.actors for r in recs)


def test_the_term_after_a_list_of_titled_proposals_is_each_ones():
    recs = _recs("青石县水利局政协提案办理承诺\n今年县政协交我局办理提案4件,承诺如下:这4件提案都属今年可办的提案"
                 "(提案名称如下:第12号《关于加快城区供水管网改造的建议》、第15号《关于整治东湖水质的建议》、"
                 "第21号《关于建设城西水厂的建议》、第30号《关于治理南河的建议》),我们将按要求在9月底前逐步办理到位,"
                 "并及时与提案人沟通。\n", "2023-06-01")
    titled = [r for r in recs if r.task.endswith("提案办理")]
    assert len(titled) == 4 and {r.deadline.date for r in titled} == {"2023-09-30"}
    assert {a.name for r in titled for a in r.actors} == {"青石县水利局"}  # (办理 in the title: no office)


# ---- a year's practical works told as clauses after their count -------------------------------------------------

def test_practical_works_told_between_semicolons_each_a_commitment():
    recs = _recs("据悉,青石县今年的十件实事工程具体包括:实施城北片区危旧房屋改造;建成城南农贸市场等一批商贸设施;"
                 "配合市有关部门实施南河治理和城西排水工程建设,打通城中路等4个断头路段;实施“碧水”工程,创建环保模范县;"
                 "加快社区服务中心建设进度,创建10个示范社区等。春节期间,县住建局提前上班。\n", "2023-02-10")
    assert len([r for r in recs if r.deadline and r.deadline.date == "2023-12-31"]) == 5
    assert _one(recs, "配合市有关部门").targets[0].value == 4


# ---- a top heading counting works done or going on: the status of the items below ------------------------------

_YEAR_REVIEW = ("青石县2023年为民办实事工作情况\n"
                "2023年,我县为民办理的50件实事已全部落实,除跨年度实施的2件外,其余48件均已完成。\n"
                "一、当年完成的48件实事\n"
                "(一)就业和社会保障方面\n"
                "一是完善就业服务体系,完成创建充分就业社区12个;二是完成新建村级养老服务站20个。\n"
                "(二)教育方面\n"
                "一是完成城东小学改扩建;二是新建幼儿园3所。\n"
                "二、跨年度实施的2件实事\n"
                "一是城南医院迁建工程,主体已封顶;二是城北污水处理厂二期,正在设备安装。\n")


def test_items_under_a_heading_of_works_done_are_done():
    recs = _recs(_YEAR_REVIEW, "2023-12-29")
    for part in ("充分就业社区", "养老服务站", "城东小学改扩建", "幼儿园3所"):
        assert _one(recs, part).progress.status == "done", part


def test_items_under_a_heading_of_works_going_on_are_on_track():
    recs = _recs(_YEAR_REVIEW, "2023-12-29")
    assert _one(recs, "城北污水处理厂").progress.status == "on_track"
    assert _one(recs, "城南医院").progress.status == "on_track"


def test_a_column_of_the_leading_unit_and_its_head_gives_both_the_lead():
    recs = _recs("青石县2023年民生实事落实情况\n序号 | 工作任务 | 牵头单位及主要负责人 | 县领导 | 进展 |\n"
                 "1 | 新建村级养老服务站20个。 | 县民政局 王平 | 李华 | 已建成16个。 |\n"
                 "2 | 改造农村公路30公里。 | 县交通局 孙立 | 赵明 | 已完成。 |\n", "2023-12-01")
    assert _roles(_one(recs, "养老服务站")) == {("李华", "lead"), ("县民政局", "lead"), ("王平", "lead")}


# ---- a meeting approving a list of matters ---------------------------------------------------------------------

def test_each_matter_of_an_approved_list_of_three_is_a_commitment():
    recs = _recs("张华强调,开发区要提高认识。原则同意建立县级药品储备、建设村级污水小型处理站、城南水厂扩容改造等项目,"
                 "各有关单位要加强协作,推动各项工作如期完成。\n", "2022-01-08")
    assert {r.task for r in recs} >= {"建立县级药品储备", "建设村级污水小型处理站", "城南水厂扩容改造"}


def test_two_works_approved_together_are_no_list_of_matters():
    recs = _recs("会议原则同意启动实施城东汽车零部件项目、城西铝板加工项目。\n", "2022-01-08")
    assert not any(r.task in ("启动实施城东汽车零部件项目", "城西铝板加工项目") for r in recs)


# ---- a facility urged on by its own name in minutes ------------------------------------------------------------

def test_a_school_urged_on_by_its_own_name_in_minutes_is_a_commitment():
    recs = _recs("青石县政府第5次常务会议纪要\n会议听取了县教育局关于城区学位情况的汇报。会议要求,要加快推进城南第五小学建设。"
                 "会议强调,要加快城东人民医院建设进度。\n", "2021-03-01")
    assert {r.task for r in recs} >= {"城南第五小学", "城东人民医院"}


def test_a_kind_of_facility_without_a_name_is_not_urged_on():
    recs = _recs("青石县政府第5次常务会议纪要\n会议要求,要加快推进中学建设。\n", "2021-03-01")
    assert not recs


# ---- a labelled block of numbered progress lines under an item --------------------------------------------------

_BLOCKS = ("青石县2023年惠民实事一季度推进情况通报\n"
           "一、稳定就业,开展职业技能培训1万人次,托底安置困难群众就业500人。\n"
           "年度计划投资6000万元,一季度完成1500万元,占年度计划25%。\n"
           "推进情况:1. 全县开展职业技能培训2600人次。\n"
           "2. 托底安置困难群众就业520人。\n"
           "二、办好教育实事,新建公办幼儿园3所。\n"
           "推进情况:1. 城东幼儿园进行主体施工;西岭幼儿园完成基础施工。\n")


def test_numbered_progress_lines_tell_how_the_item_above_stands():
    recs = _recs(_BLOCKS, "2023-04-15")
    item = _one(recs, "一、稳定就业")
    assert item.progress.status == "on_track" and len(item.evidence) == 3
    assert not any(r.evidence[0].text.startswith(("1. 全县", "2. 托底")) for r in recs)
    assert _one(recs, "年度计划投资6000万元").progress.percent == 25


def test_a_block_no_rule_read_still_gives_the_item_its_status():
    kinder = _one(_recs(_BLOCKS, "2023-04-15"), "新建公办幼儿园")
    assert kinder.progress.status == "on_track" and "主体施工" in kinder.evidence[-1].text


# ---- a commitment a news story tells again in its headline, lead and body ---------------------------------------

_TOLD_AGAIN = ("青石县30个重点项目9月底前要全开工\n"
               "4月18日,张华县长在县政府常务会上强调要突出项目建设,确保30个重点项目9月底前全部开工。\n"
               "会议强调,下一步要做好三方面工作。稳定经济运行,确保主要指标平稳;突出项目建设,确保30个重点项目9月底前"
               "全部开工;抓好民生工作。\n")


def test_a_commitment_told_again_is_one_with_every_telling_its_evidence():
    recs = _recs(_TOLD_AGAIN, "2017-04-19")
    started = [r for r in recs if "30个重点项目" in r.text]
    assert len(started) == 1 and len(started[0].evidence) == 3


def test_two_works_sharing_a_term_are_not_one():
    recs = _recs("会议要求,县住建局要确保城东安置房9月底前全部交付,县教育局要确保城南小学9月底前全部建成。\n", "2017-04-19")
    assert len(recs) == 2


def test_a_day_squeezed_after_a_bracket_is_a_term():
    rec = _one(_recs("一是县交通局要与市路桥公司积极对接,确保滨海公路(东港至西岭段)1215日前建成通车。\n", "2022-11-22"),
               "建成通车")
    assert rec.deadline.date == "2022-12-15"


# ---- a weekly meeting's directives: works named in a list, a deed asked soon --------------------------------------

_WEEKLY = ("县长赵明主持召开县政府周例会\n"
           "会上指出,入冬供暖已启动,须加快推进东岭、西岭等乡镇天然气管网建设,提升用气比例。\n"
           "会上提出,抓好招商引资,优化营商服务,确保青石化工、柳岸纺织、南湾食品等项目按时建成投产。\n")


def test_works_named_in_a_list_a_meeting_urges_on_are_a_commitment():
    recs = _recs(_WEEKLY, "2020-11-11")
    gas = _one(recs, "天然气管网")
    assert "东岭、西岭" in gas.task and gas.progress is None
    assert _one(recs, "南湾食品")


def test_kinds_of_works_in_a_list_are_no_named_works():
    recs = _recs("县长赵明主持召开县政府周例会\n会上提出,须加快道路、管网等配套设施建设,吸引企业落户。\n", "2020-11-11")
    assert not any("配套设施" in r.task for r in recs)


def test_a_deed_asked_soon_of_the_units_together_is_a_commitment():
    recs = _recs("李华要求有关部门要通力协作,尽快办好城东中学开工所需手续,保证工程按期开工。\n", "2018-01-18")
    assert len(recs) == 1 and recs[0].deadline and recs[0].deadline.date is None


def test_the_ones_left_out_are_no_actor_and_no_work():
    recs = _recs("截至目前,全县除城南小学、城北中学外,其他村小食堂改造已全部完成。\n", "2016-03-17")
    assert len(recs) == 1 and not recs[0].actors and not recs[0].task.startswith("除")


def test_a_named_works_finish_asked_soon_is_a_commitment_a_kind_of_works_not():
    recs = _recs("他要求,要坚定信心,按照既定目标往前推进,推动城东公路和西山景区项目早日建成。\n", "2022-01-07")
    assert len(recs) == 1 and "西山景区项目早日建成" in recs[0].evidence[0].text
    assert not _recs("要推动项目早日建成。\n", "2022-01-07")
    assert not _recs("要多方推动招商项目加快建设、尽快投产。\n", "2022-01-07")


def test_the_responsible_comrades_are_nobody_named():
    from kg.extract.actors import parse_item
    assert parse_item("负责同志") is None and parse_item("主要负责同志") is None and parse_item("张伟同志")[1] == "person"


def test_a_counted_set_and_how_many_are_done_inside_a_rectification_paragraph():
    recs = _recs("会上,县生态办通报了督察反馈问题的整改进度。全县秋季攻势治理项目共48个,截止到9月1日,已完成20个。"
                 "截至目前,全县受理的30个群众信访件已全部办结。\n", "2023-09-02")
    rec = _one(recs, "共48个")
    assert rec.progress.status == "on_track" and {(t.value, t.unit) for t in rec.targets} == {(48, "个")}


def test_places_counted_and_none_named_are_no_actor():
    from kg.extract.actors import parse_item
    assert parse_item("两个试点乡镇") is None and parse_item("3个街道") is None and parse_item("两河镇")


def test_a_named_rule_to_draw_up_is_a_commitment():
    rec = _one(_recs("会议要求,要加快制定《南湖保护管理条例实施办法》。\n", "2020-06-01"), "实施办法")
    assert "南湖保护管理条例实施办法" in rec.task
