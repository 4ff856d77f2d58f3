"""Progress quirks of the extractor found by the history work: a progress
percent read as a target, an as-of date carried to the next sentence, "not
done by the due date" read as done, a progress text that starts inside a
name.  Every text here is written for the test (invented places and works) in
the genre's phrasing."""
from __future__ import annotations

import kg  # noqa: F401
from kg.extract import extract_text
from kg.extract.progress import find_progress
from extract_helpers import commitments_of


def _cs(text, date="2024-09-05"):
    return commitments_of(text, date, source="t.txt")


def _by_task(cs, word):
    [c] = [c for c in cs if word in c.task]
    return c


NOTICE = ("东湖区2024年重点项目推进情况通报\n"
          "截至8月底,城南路改造工程已完成主体工程的60%。西山公园提升工程完成主体工程的45%,进展顺利。\n"
          "北湖小学扩建项目未能按期完成,目前正在进行室内装修。\n")


def test_a_progress_percent_is_no_target():
    c = _by_task(_cs(NOTICE), "西山公园")
    assert (c.progress.status, c.progress.percent) == ("on_track", 45.0)
    assert c.targets == ()


def test_an_aimed_share_stays_a_target():
    cs = _cs("东湖区征收工作推进会讲话\n区征收办要在10月底前完成城南片区征收任务的60%。\n")
    assert [(t.op, t.value, t.unit) for t in cs[0].targets] == [(">=", 60.0, "%")]
    assert cs[0].progress is None


def test_an_as_of_date_opening_a_sentence_stays_in_it():
    cs = _cs(NOTICE)
    assert _by_task(cs, "城南路").progress.as_of == "2024-08-31"
    assert _by_task(cs, "西山公园").progress.as_of == "2024-09-05"  # the notice's date, not 8月底


def test_an_as_of_date_over_a_list_holds_for_the_list():
    text = ("东湖区2024年民生实事进展情况通报\n"
            "截至8月底,全区民生实事项目进展情况如下:\n"
            "1.城南路改造工程:已完成主体工程的60%。\n"
            "2.西山公园提升工程:已竣工。\n")
    cs = _cs(text)
    assert {c.progress.as_of for c in cs if c.progress} == {"2024-08-31"}


def test_not_done_by_the_due_date_is_behind():
    assert _by_task(_cs(NOTICE), "北湖小学").progress.status == "behind"
    for s in ("该项目未能按期完成", "未能如期完工", "没有按期完成", "该工程逾期未完成", "未如期建成"):
        assert find_progress(s).status == "behind", s
    assert find_progress("该项目已按期完成").status == "done"


def test_the_progress_text_starts_at_a_clause_not_inside_a_name():
    p = find_progress("东湖区第二实验小学扩建项目。该项目主体工程已完工,正在进行内部装修")
    assert p.text.startswith("该项目主体工程已完工")
    c = _by_task(_cs(NOTICE), "北湖小学")
    assert c.progress.text.startswith("北湖小学")


# ---- meeting minutes: a plan the meeting records, the amounts it names, tasks that are no method or slogan ----

MINUTES = ("东湖区区长办公会议纪要\n"
           "  会议听取了关于城南片区学校建设的情况汇报。区政府拟在2年内投入资金8000万元,建设5所学校的12个项目,"
           "总建筑面积3.5万平方米。会议要求,区教育局要收集整理,做好记录,形成方案提请区政府常务会议研究。\n"
           "  会议要求,各部门要明确目标任务,全力推进城南大道、西湖水库等民生工程建设,力争上半年实现“双过半”。\n")


def test_a_plan_the_meeting_records_is_a_commitment_with_its_amounts():
    c = _by_task(_cs(MINUTES, "2024-02-20"), "学校建设")
    assert c.deadline.text == "2年内"
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [
        ("资金", 8000.0, "万元"), ("学校", 5.0, "所"), ("总建筑面积", 3.5, "万平方米")]


def test_recording_and_sorting_out_are_how_not_what():
    c = _by_task(_cs(MINUTES, "2024-02-20"), "方案")
    assert c.task == "形成方案提请区政府常务会议研究"


def test_a_slogan_is_the_slogan_of_the_work_pushed_before_it():
    c = _by_task(_cs(MINUTES, "2024-02-20"), "双过半")
    assert c.task == "民生工程建设上半年“双过半”"


def test_not_a_plan_word():
    cs = _cs("东湖区区长办公会议纪要\n  会议审议了区教育局草拟的方案,原则同意。\n", "2024-02-20")
    assert not any("草拟" in c.task for c in cs)


# ---- a report of a meeting: a field's progress against the year's task ----

HOUSING = ("东湖区保障性住房建设工作会议召开\n"
           "  会上通报了全区保障房建设情况。在棚户区改造方面,市定任务为年底完成800套,截至6月底,全区已开工520套,占任务的65%。"
           "在公租房建设方面,截至6月底,全区新开工项目4个、300套,占年度任务的105%。区长王五要求,区住建局要加快进度,确保年底完成全部任务。\n")


def test_a_fields_share_of_the_years_task_is_its_progress():
    cs = _cs(HOUSING, "2024-07-10")
    shanty, rental = _by_task(cs, "棚户区改造"), _by_task(cs, "公租房建设")
    assert [(t.value, t.unit) for t in shanty.targets] == [(800.0, "套")]
    assert shanty.deadline.date == rental.deadline.date == "2024-12-31"
    assert (shanty.progress.status, shanty.progress.percent, shanty.progress.as_of) == ("on_track", 65.0, "2024-06-30")
    assert (rental.progress.status, rental.progress.percent) == ("done", 105.0)
    assert any(c.actors and c.actors[0].name == "区住建局" for c in cs)  # the rest of the paragraph is read as prose


def test_a_plan_for_the_year_a_speech_announces():
    cs = _cs("全市水利工作会议召开\n  今年,全市水利建设稳步推进。全年将完成水利建设投资5.6亿元。\n", "2024-03-01")
    c = _by_task(cs, "水利建设投资")
    assert [(t.value, t.unit) for t in c.targets] == [(5.6, "亿元")] and c.deadline.date == "2024-12-31"
    assert c.task == "水利建设投资"  # the amount is the target, not the name


def test_an_as_of_date_under_the_overall_figures_holds_for_the_report():
    text = ("东湖区常务会议议定事项督办情况通报\n"
            "一、总体情况\n"
            "常务会议议定事项20件,截至5月10日,已完成8件,占40%;正在办理12件,占60%。\n"
            "(详见附件)\n"
            "二、存在问题\n"
            "区交通局负责的城南路改造推进滞后,请抓紧整改。\n")
    cs = _cs(text, "2024-05-15")
    assert _by_task(cs, "城南路").progress.as_of == "2024-05-10"


def test_a_goal_pledged_in_a_speech():
    cs = _cs("全市保障房工作会议召开\n  王五说,保障房建设是民心工程,区政府向全区群众承诺2024年建5万平方米公租房的目标,"
             "并将公租房建设列入市政府重点工程。\n", "2024-07-10")
    c = _by_task(cs, "公租房")
    assert c.task == "2024年建5万平方米公租房" and c.deadline.date == "2024-12-31"
    assert [(t.value, t.unit) for t in c.targets] == [(5.0, "万平方米")]


def test_a_work_pushed_this_year_at_a_meeting_dated_by_the_year_it_deploys():
    text = ("本报讯 昨日上午,全市水利系统2024年工作部署大会召开。今年将加快西湖大堤加固工程的步伐,大堤加固后,"
            "将把南北两岸连成一体。\n")
    [doc] = extract_text(text, source="t.txt")
    c = _by_task(doc.commitments, "西湖大堤")
    assert c.deadline.date == "2024-12-31"


def test_the_parts_of_an_amount_after_it():
    cs = _cs("全市水利工作会议召开\n  今年,全市水利建设稳步推进。全年将完成水利建设投资5.6亿元。其中西湖大堤加固将完成3亿元,"
             "南山水库建设完成2亿元。\n", "2024-03-01")
    c = _by_task(cs, "水利建设投资")
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [
        ("水利建设投资", 5.6, "亿元"), ("西湖大堤加固", 3.0, "亿元"), ("南山水库建设", 2.0, "亿元")]
