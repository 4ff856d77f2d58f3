"""Rules of session 57 (rx48): shapes the blind set zA–zE showed once it was opened for study (a place's amount with
its share, a titled work told below its title, a notice's signature and its next-steps section, a funding clause
that is no unit).  Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …); none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs

from kg.extract.actors import parse_list
from kg.extract.naming import heading_work, tidy_task


# ---- a place telling what it did, with its share of the task ---------------------------------------------------

RANKED = ("关于全市春季植树进展情况的通报\n\n截至4月10日,全市共完成植树面积2.1万亩,占任务的61.2%。各县区按完成率排名如下:\n\n"
          "1、青石县完成植树面积5120亩,占任务的103.5%。\n\n2、南湾区完成植树面积2300亩,占任务的57.5%。\n\n"
          "3、柳岸新区完成植树面积410亩,占任务的20.5%。\n")


def test_a_place_that_did_the_work_is_its_doer_not_its_name():
    recs = {r.actors[0].name: r for r in _recs(RANKED, "2024-04-12") if r.actors}
    assert set(recs) == {"青石县", "南湾区", "柳岸新区"}
    qs = recs["青石县"]
    assert qs.task.startswith("青石县") and "植树" in qs.task and qs.actors[0].role == "responsible"
    assert not qs.projects  # (the county is no project)


def test_a_share_told_after_the_amount_gives_the_status_and_percent():
    recs = {r.actors[0].name: r.progress for r in _recs(RANKED, "2024-04-12") if r.actors}
    assert (recs["青石县"].status, recs["青石县"].percent) == ("done", 103.5)  # beyond the whole: done
    assert (recs["南湾区"].status, recs["南湾区"].percent) == ("on_track", 57.5)


def test_a_work_told_done_keeps_its_status_whatever_share_follows():
    from kg.extract.readers.progress_report import _with_share
    from kg.model import Progress
    done = Progress("done", None, None, "已完成竣工验收")
    assert _with_share(done, "已完成竣工验收,绿化工程完成80%", 2024) is done
    going = Progress("on_track", None, None, "完成植树面积5120亩")
    assert _with_share(going, "完成植树面积5120亩,占任务的103.5%", 2024).percent == 103.5


# ---- a titled work, told in the lines below its title -----------------------------------------------------------

TITLED = ("南湾街道2023年为民办实事落实情况汇报\n\n第一项:老旧校舍改造提升工程。\n\n"
          "包括南湾小学整体翻新,柳岸小学局部改造。该项目概算投资300万元,由街道出资、教育局适当补助。该项目已于8月下旬竣工并交付使用。\n\n"
          "第二项:社区助餐食堂建设工程。\n\n包括在城北再开设一家社区助餐食堂。该项目概算投资60万元。该项目已于10月下旬竣工。\n")


def test_the_title_names_the_work_the_lines_below_tell():
    assert heading_work("第一项:老旧校舍改造提升工程。") == "老旧校舍改造提升工程"
    recs = _recs(TITLED, "2024-01-10")
    tasks = [r.task for r in recs]
    assert "老旧校舍改造提升工程" in tasks and "社区助餐食堂建设工程" in tasks
    assert not any(t.startswith(("该项目", "包括")) for t in tasks)


def test_the_title_line_is_the_first_evidence_of_its_work():
    recs = {r.task: r for r in _recs(TITLED, "2024-01-10")}
    first = recs["老旧校舍改造提升工程"]
    assert first.evidence[0].text == "第一项:老旧校舍改造提升工程。"
    assert first.progress.status == "done"
    assert recs["社区助餐食堂建设工程"].evidence[0].text.startswith("第二项")


# ---- a notice's labelled sections: its next steps and its signature are no part of the measures ------------------

NOTICE = ("关于省环保督察第5号问题整改销号公示\n\n一、反馈问题\n\n南湾区部分河段水质不达标,沿岸生活污水直排。\n\n"
          "二、整改目标\n\n进一步完善沿河截污管网,确保年底前消除生活污水直排。\n\n三、整改措施及完成情况\n\n"
          "一是新建截污管网4.2公里。二是关停沿河养殖场3家。\n\n四、下一步工作打算\n\n"
          "持续巩固整治成果,防止问题反弹。\n\n南湾区生态环境局\n\n2023年11月20日\n")


def test_a_section_that_is_no_label_and_the_signature_end_the_item():
    recs = _recs(NOTICE, "2023-11-20")
    said = " ".join(e.text for r in recs for e in r.evidence)
    assert "南湾区生态环境局" not in said and "2023年11月20日" not in said
    assert not any(r.task.endswith("工作打算") for r in recs)  # (the section's title is no work)


def test_a_unit_alone_under_the_units_label_is_still_its_value():
    text = ("关于督察反馈问题整改情况的公示\n\n一、整改任务\n\n柳岸镇垃圾中转站渗滤液收集设施不完善。\n\n二、整改责任单位\n\n"
            "柳岸镇人民政府\n\n三、整改完成情况\n\n已新建渗滤液收集池一座,并通过验收。\n")
    recs = _recs(text, "2023-09-01")
    assert any(a.name == "柳岸镇人民政府" for r in recs for a in r.actors)


# ---- small names -------------------------------------------------------------------------------------------------

def test_funds_borne_by_a_body_is_no_unit_named_with_its_funds():
    assert parse_list("资金由街道") is None
    assert parse_list("自由贸易试验区管委会") == [("自由贸易试验区管委会", "organization", None)]


def test_a_verb_cut_from_a_task_takes_its_le_along():
    assert tidy_task("完成了12.5万平方米的老旧小区改造工程") == "老旧小区改造工程"
    assert tidy_task("了解群众诉求情况") == "了解群众诉求情况"


# ---- a works' report, one step a clause ---------------------------------------------------------------------------

def test_a_step_and_the_share_of_it_done_is_a_record_named_by_the_step():
    from kg.extract import unclaimed
    assert unclaimed.kind("东站路口监控安装完成85%") == "counted"
    assert unclaimed.work("东站路口监控安装完成85%") == "东站路口监控安装"
    assert unclaimed.work("进场道路沥青施工完成") == "进场道路沥青施工"
    assert unclaimed.kind("要确保进场道路施工完成") is None  # (asked, not told)


def test_a_step_told_done_at_its_clauses_end_is_done():
    text = ("柳岸污水处理厂二期项目进度\n\n截至3月10日,柳岸污水处理厂二期工程总体进度达到88%。\n\n"
            "沉淀池盖板安装完成;办公楼外墙装修完成60%。\n")
    recs = {r.task: r for r in _recs(text, "2024-03-12")}
    assert recs["办公楼外墙装修"].progress.percent == 60
    done = [r for t, r in recs.items() if t.startswith("沉淀池盖板安装")]
    assert done and done[0].progress.status == "done"


def test_an_items_task_label_is_no_work_its_value_is():
    text = ("南湾区直部门办实事领办项目进展情况\n\n1.领办项目:东岭村路灯维修项目。工作进展:主路路灯损坏较多,办公室出资购买灯泡,"
            "目前已全部更换完毕。\n\n2.领办项目:柳岸社区停车泊位增设项目。工作进展:外围乱停车严重,联系交警划定车位,目前已完成40个车位划线。\n")
    recs = {r.task: r for r in _recs(text, "2021-09-01")}
    assert "东岭村路灯维修项目" in recs and "领办项目" not in recs
    assert recs["东岭村路灯维修项目"].progress.status == "done"


# ---- status words -------------------------------------------------------------------------------------------------

def test_all_of_them_done_and_begun_already_are_statuses():
    from kg.extract.progress import find_progress
    assert find_progress("东岭小学、柳岸小学均完成校舍加固,秋季如期开学").status == "done"
    assert find_progress("区商务局已开始对园区闲置厂房进行招商推介").status == "on_track"
    assert find_progress("其中3家企业的资质申报已在办理").status == "on_track"
    assert find_progress("要确保各校均完成改造") is None  # (asked, not told)
    assert find_progress("全市热线平均办结时长2个工作日") is None  # (an average, no work done)


def test_a_bare_step_planned_is_of_the_work_its_part_of_the_sentence_opens_with():
    text = ("关于道路建设诉求的办理答复\n\n答复意见:县交通局正协调三条道路的审批事宜。青石至柳岸二级公路可研已获批复,"
            "预计2019年3月开工建设;北坪至南湾公路正在开展初步设计,计划年底前完成前期工作。\n")
    tasks = [r.task for r in _recs(text, "2018-09-01")]
    assert "青石至柳岸二级公路开工建设" in tasks
    assert "北坪至南湾公路前期工作" in tasks


# ---- numbered works run together on one line ------------------------------------------------------------------------

def test_numbered_works_run_together_on_a_line_are_read_an_item_each():
    text = ("2023年市列重点项目进展情况\n\n全市市列重点项目共4项,截至11月底完成投资9.2亿元,完成率为61.3%。其中:1、青石至柳岸一级公路建设项目。"
            "正在开展初步设计,力争明年开工。2、柳岸水厂扩建工程。主体已封顶,设备安装完成70%。3、南湾片区棚户区改造项目。"
            "征收签约完成96%,东区已开始拆除,西区正在清表。\n")
    recs = {r.task: r for r in _recs(text, "2023-12-05")}
    assert {"青石至柳岸一级公路建设项目", "柳岸水厂扩建工程", "南湾片区棚户区改造项目"} <= set(recs)
    assert recs["柳岸水厂扩建工程"].evidence[0].text.startswith("2、柳岸水厂扩建工程。")
    assert recs["南湾片区棚户区改造项目"].progress.status == "on_track"
    assert not any(t.startswith(("东区", "西区", "主体")) for t in recs)  # (its parts are no works of their own)


def test_counts_in_ten_thousands_of_trees_households_and_mu_are_counts_a_plants_capacity_is_not():
    from kg.extract import unclaimed
    assert unclaimed.kind("今冬明春全乡植树造林6万株,补植村道绿化带12公里。") == "counted"
    assert unclaimed.kind("要督促青石化工园区年产30万吨尿素装置项目早日投产。") is None  # (a plant's size, no count of work)
    assert unclaimed.kind("完成早稻收割面积3.2万亩,总产1.6万吨。") is None  # (a harvest's yield is the economy's figure)


def test_works_under_construction_keep_their_zai_and_the_hurry_before_a_term_is_no_task():
    from kg.extract.naming import tidy_task
    assert tidy_task("在建安置房项目要抓紧时间赶在春节前交房") == "在建安置房项目交房"
    assert tidy_task("在6月底前完成城南路改造") == "完成城南路改造"


# ---- a table flattened one cell per line, its progress a cell of boxes to tick -----------------------------------

def test_a_cell_of_boxes_is_the_option_ticked_and_a_long_cell_stays_in_its_row():
    from kg.extract.readers.tables import _checked
    assert _checked("□已验收销号 ☑已完成 □达到时序进度") == "已完成"
    assert _checked("☑达到时序进度") == "☑达到时序进度"  # (no option left unticked: no box cell)
    measures = "已印发专项方案,组织开展排查整治," * 12 + "建立长效机制。"
    text = ("柳岸区环保问题整改进展一览表\n\n序号\n\n整改任务\n\n整改时限\n\n整改措施\n\n目前进展情况\n\n完成进度\n\n备注\n\n"
            "1\n\n九、南湾河部分河段水质不达标,沿岸生活污水直排。\n\n2023年年底前\n\n" + measures + "\n\n已完成整改并销号。\n\n"
            "□已验收销号\n\n☑已完成\n\n□达到时序进度\n\n□尚未启动\n\n更新\n\n"
            "2\n\n十、柳岸镇垃圾中转站渗滤液收集设施不完善。\n\n2024年6月底前\n\n新建渗滤液收集池一座。\n\n主体已完工,正在安装设备。\n\n"
            "□已完成\n\n☑达到时序进度\n\n□尚未启动\n\n更新\n")
    recs = _recs(text, "2024-03-01")
    assert len(recs) == 2
    first, second = recs
    assert (first.deadline.date, first.progress.status) == ("2023-12-31", "done")
    assert not first.task.startswith("九、")
    assert (second.deadline.date, second.progress.status) == ("2024-06-30", "on_track")


def test_money_put_into_works_told_alone_is_a_sum_not_a_work_counted():
    from kg.extract import unclaimed
    assert unclaimed.kind("上半年,全县共投入农村饮水项目建设资金8620万元。") is None
    assert unclaimed.kind("投入学校维修资金320万元,完成东岭小学等5所学校校舍维修。") == "counted"
    assert unclaimed.work("投入学校维修资金320万元,完成东岭小学等5所学校校舍维修。").startswith("东岭小学")
    assert unclaimed.kind("青石村庄整治项目投入资金30万元,将青石村打造成美丽乡村示范点。") == "counted"  # (what it went to)
    assert unclaimed.kind("对口援建资金共计4200万元,目前已到位960万元,用于柳岸村危房改造120户。") == "counted"  # (funds arrived: how the aid stands)
