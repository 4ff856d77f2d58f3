"""Rules of session 62 (rx53).  Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …); none is
copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs, record_with as _one


# ---- a visit's report: named works told what to do, urged on, asked finished soon -------------------------------

_VISIT = ("6月12日,青石县委书记周立群到重点项目现场调研。周立群指出,各责任单位要提高站位,加快推进;"
          "柳岸大桥改建项目要进一步优化设计方案,同步考虑引桥道路建设,县中医院迁建项目要统筹推进内部装修和设备采购,"
          "加快进度。\n"
          "在南湾片区,周立群要求施工单位倒排工期,加快施工,争取早日实现滨河大街道路通车。\n")


def test_named_works_as_subjects_in_one_sentence_are_one_record_each():
    recs = _recs(_VISIT, "2021-06-13")
    bridge, hospital = _one(recs, "柳岸大桥改建项目"), _one(recs, "县中医院迁建项目")
    assert bridge is not hospital
    assert "设备采购" not in bridge.evidence[0].text and "设计方案" not in hospital.evidence[0].text
    assert not bridge.progress and not hospital.progress


def test_a_named_road_asked_open_soon_in_a_report_of_a_leaders_words():
    assert _one(_recs(_VISIT, "2021-06-13"), "滨河大街")


def test_a_named_work_urged_on_in_reported_words_is_read():
    recs = _recs("7月2日,南湾区区长方德明调研城建工作。方德明强调,要加快推进柳岸污水处理厂扩建工程建设进度。\n",
                 "2021-07-03")
    assert _one(recs, "柳岸污水处理厂扩建工程")


def test_a_leaders_general_words_without_a_named_work_stay_out():
    recs = _recs("7月2日,南湾区区长方德明调研城建工作。方德明强调,各部门要提高认识,加快项目建设进度,"
                 "争取早日建成投用。\n", "2021-07-03")
    assert recs == []


def test_one_named_work_as_subject_is_not_cut():
    recs = _recs("周立群指出,柳岸大桥改建项目要进一步优化设计方案,同步考虑引桥道路建设,加快进度。\n", "2021-06-13")
    assert len(recs) == 1 and recs[0].evidence[0].text.endswith("加快进度")


# ---- a rectification report's measures (一是…二是…) --------------------------------------------------------------

_MEASURES = ("作风专项整治开展以来,青石县坚持边查边改,把超标办公用房和公务用车清理作为整改落实的重点。\n"
             "一是认真开展机关超标办公用房清理。县里先后印发了《关于清理办公用房的通知》,各单位腾退面积3000平方米。\n"
             "二是全面停止了机关办公楼的审批和建设。停建已批准但尚未开工的项目3个。\n"
             "三是扎实开展公务用车专项清理。今年以来,全县共清理违规公务用车42辆。\n")


def test_each_measure_of_a_rectification_report_is_a_record():
    recs = _recs(_MEASURES, "2014-03-01")
    assert _one(recs, "超标办公用房清理").progress.status == "on_track"
    assert _one(recs, "停止了机关办公楼的审批和建设").progress.status == "done"
    assert _one(recs, "公务用车专项清理").progress.status == "done"


def test_measures_outside_a_rectification_report_are_not_read_so():
    text = _MEASURES.replace("作风专项整治开展以来", "今年以来").replace("作为整改落实的重点", "作为机关工作的重点")
    assert not any("公务用车专项清理" == r.task for r in _recs(text, "2014-03-01"))


# ---- a year's done works: funds arranged ---------------------------------------------------------------------------

def test_funds_arranged_in_a_year_done_list_are_a_work():
    text = ("问:请介绍去年为民办实事的完成情况。\n"
            "县长答:2020年,我县为民办了5件实事:一是完成农村公路硬化30公里;二是县财政安排资金80万元,"
            "改善城郊村屯基础设施;三是新建村级卫生室12个。\n")
    funds = _one(_recs(text, "2021-03-01"), "资金")
    assert funds.progress.status == "done" and {(t.value, t.unit) for t in funds.targets} == {(80, "万元")}


# ---- whom a listed work serves, counted ---------------------------------------------------------------------------

def test_the_people_and_households_a_listed_work_serves_are_its_targets():
    text = ("2020年,青石县为民办了3件实事:一是实施农村饮水工程,完成饮水工程12处,解决2.3万农村人口吃水难问题;"
            "二是推进安居工程,新建廉租住房80套,发放150户廉租住房补助;三是新建村级卫生室12个。\n")
    recs = _recs(text, "2021-03-01")
    water, homes = _one(recs, "饮水工程12处"), _one(recs, "廉租住房80套")
    assert {(t.value, t.unit) for t in water.targets} == {(12, "处"), (2.3, "万人")}
    assert {(t.value, t.unit) for t in homes.targets} == {(80, "套"), (150, "户")}
    assert water.evidence[0].text.endswith("吃水难问题")


def test_a_clause_serving_no_one_counted_does_not_join_the_work():
    text = ("2020年,青石县为民办了3件实事:一是完成饮水工程12处,解决群众饮水难问题;二是建设廉租住房80套;"
            "三是新建村级卫生室12个。\n")
    assert _one(_recs(text, "2021-03-01"), "饮水工程12处").evidence[0].text == "一是完成饮水工程12处"


# ---- a ;-clause with no subject after a unit's: the same unit's works ---------------------------------------------

def test_listed_works_after_a_units_clause_are_that_units():
    text = ("周立群指出,柳岸供热二期工程是今年的重点民生工程,县热力公司要倒排工期,争取10月底前完工;"
            "要吸取一期的做法,统筹推进旧管网更换、换热站改造、设备采购等工作;要科学施工,严把质量关。\n")
    rec = _one(_recs(text, "2020-03-01"), "旧管网更换")
    assert rec.task == "旧管网更换、换热站改造、设备采购"
    assert [(a.name, a.role) for a in rec.actors] == [("县热力公司", "responsible")]


def test_listed_works_in_a_new_sentence_take_no_unit():
    text = ("周立群指出,县热力公司要倒排工期,争取10月底前完工。"
            "要吸取一期的做法,统筹推进旧管网更换、换热站改造、设备采购等工作。\n")
    assert not any(r.task == "旧管网更换、换热站改造、设备采购" and r.actors for r in _recs(text, "2020-03-01"))


# ---- a progress table whose cells tell only counts done ------------------------------------------------------------

_COUNTS_TABLE = ("青石县2023年惠民项目推进情况一览(截至9月底)\n"
                 "编号 | 惠民项目 | 推进情况 | 责任单位 |\n"
                 "1 | 新建村级养老服务站12家。 | 新建柳岸、南湾等14家村级养老服务站。 | 县民政局 |\n"
                 "2 | 实施农村公路养护80公里 | 已养护农村公路40公里,剩余路段预计11月底前完成 | 县交通运输局 |\n"
                 "3 | 改造提升老旧小区30万平方米。 | 改造提升老旧小区32万平方米。 | 县住建局 |\n"
                 "4 | 开通城乡公交线路3条 | 开通8路、12路、K3等3条城乡公交线路 | 县交通运输局 |\n")


def test_a_count_done_against_the_rows_target_tells_its_status():
    recs = _recs(_COUNTS_TABLE, "2023-10-10")
    assert _one(recs, "养老服务站").progress.status == "done"
    road = _one(recs, "农村公路养护")
    assert (road.progress.status, road.progress.percent) == ("on_track", 50)
    assert _one(recs, "老旧小区").progress.status == "done"
    assert _one(recs, "城乡公交线路").progress.status == "done"


def test_a_count_of_another_unit_tells_no_status():
    text = _COUNTS_TABLE.replace("新建柳岸、南湾等14家村级养老服务站。", "新建柳岸、南湾等14处村级养老服务站。")
    progress = _one(_recs(text, "2023-10-10"), "养老服务站").progress
    assert progress is None or progress.status is None


# ---- works listed below a lead telling their status -----------------------------------------------------------------

_LATE = ("6月8日至9日,县督查室对全县60个重点项目进行了实地督查。60个项目中,52个已开工,8个未开工。"
         "未开工的8个项目中,5个还没到计划开工日期,另有3个过了开工日期仍未开工。这3个项目分别是:\n"
         "柳岸镇2个:\n"
         "1. 柳岸建材技改项目,用地报批尚在办理,还没有动工。\n"
         "2. 柳岸冷链物流园,待夏收后方可进场施工。\n"
         "南湾片区1个:\n"
         "南湾农贸市场,未开工原因是规划方案未定。\n"
         "已开工的52个项目中,有1个项目停工,分别是:\n"
         "县城供水厂扩建项目,因设备招标流标而停工,正在重新招标。\n")


def test_works_listed_below_a_late_start_lead_are_not_started():
    recs = _recs(_LATE, "2021-06-10")
    for work in ("柳岸建材技改项目", "柳岸冷链物流园", "南湾农贸市场"):
        assert _one(recs, work).progress.status == "not_started", work
    assert _one(recs, "县城供水厂扩建项目").progress.status == "behind"
    assert not any(r.evidence[0].text.startswith("柳岸镇2个") for r in recs)


def test_a_lead_counting_several_statuses_gives_none_to_its_list():
    text = ("截至10月底,县里确定的12项重点工作中,已完成5项,按序时推进5项,滞后2项。具体情况如下:\n"
            "南湾农贸市场,规划方案已报县政府待审。\n")
    recs = _recs(text, "2021-11-05")
    assert not any(r.progress and r.progress.status == "behind" and "南湾农贸市场" in r.evidence[0].text for r in recs)


def test_cases_screened_are_a_target_and_a_count_in_wan_meets_it():
    table = ("青石县2022年惠民项目推进情况一览(截至9月底)\n"
             "编号 | 惠民项目 | 推进情况 | 责任单位 |\n"
             "1 | 开展老年人眼病筛查2万例以上 | 已开展老年人眼病筛查20560例 | 县卫健局 |\n")
    rec = _one(_recs(table, "2022-10-10"), "眼病筛查")
    assert {(t.value, t.unit) for t in rec.targets} == {(2, "万例")}
    assert rec.progress.status == "done"
