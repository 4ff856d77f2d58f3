"""Rules of session 43 (rx34), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: session 42's held-out halves, read now, and new sets of speeches, minutes,
pledges, rectification lists and supervision reports) and checked on ../shared/eval.

Every sentence here is composed for the test (青岚县, 石桥镇, 河口村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs


def _who(c):
    return {(a.name, a.role) for a in c.actors}


# ---- minutes: a unit's report line is the status of the order about its work -----------------------------------

_SCHEDULING = ("青岚县重点项目调度会议纪要\n"
               "二、各单位汇报情况\n"
               "县水利局:石门水库除险加固工程坝体防渗墙已完成70%,溢洪道正在浇筑。\n"
               "县住建局:今年计划改造城区老旧小区15个。因管网迁改耗时较长,目前仅开工6个,开工率40%。\n"
               "县文广局:青岚书院修缮工程已完成主体维修,9月底前可对外开放。\n"
               "三、会议议定事项\n"
               "(一)石门水库除险加固工程:县水利局负责,10月底前完成坝体防渗墙施工。\n"
               "(二)老旧小区改造:县住建局负责,8月底前15个小区全部开工。\n")


def test_a_units_report_line_folds_into_the_later_order_naming_its_work():
    recs = _recs(_SCHEDULING, date="2021-07-20")
    dam = next(c for c in recs if "石门水库" in c.task)
    assert dam.deadline.date == "2021-10-31" and dam.progress.status == "on_track" and dam.progress.percent == 70
    assert sum(1 for c in recs if "石门水库" in c.task or "防渗墙" in c.task) == 1
    old = [c for c in recs if "老旧小区" in c.task]
    assert len(old) == 1 and old[0].deadline.date == "2021-08-31" and old[0].progress.percent == 40
    # a report no order of the meeting names stays a commitment of its own
    assert any("青岚书院" in c.task for c in recs)


# ---- naming: the effort put in is no work ------------------------------------------------------------------------

def test_the_effort_put_in_gives_way_to_the_dated_work_after_it():
    text = ("三、会议议定事项\n"
            "1.河口片区。河口街道要集中力量啃下“硬骨头”,9月10日前完成剩余24户的签约工作。\n"
            "2.配套道路。县城投公司要增加施工班组,确保10月底前完成石桥路沥青摊铺。\n"
            "3.资金保障。县财政局要在9月20日前将第三批补偿资金8000万元拨付到位,做到签约一户、兑付一户。\n")
    recs = _recs(text, date="2021-08-30")
    tasks = [c.task for c in recs]
    assert not any("硬骨头" in t or "施工班组" in t or "兑付一户" in t for t in tasks), tasks
    assert any("签约" in t for t in tasks) and any("沥青摊铺" in t or "配套道路" in t for t in tasks) and any("补偿资金" in t for t in tasks)
