"""Actions asked for at once with no unit named, and what is no deadline and no progress in them
(session 29, rx20: fitted on meeting reports and minutes of ../shared/eval/genres).

Every sentence here is composed for the test (东湖区, 西山镇, 南岭 …), in the phrasing of the
genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import by_task, commitments_of


def _recs(text: str, date: str = "2024-03-12"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- a leader's demands: actions asked for at once, no unit named -----------------------------------

REPORT = ("东湖区召开城中村改造工作推进会\n"
          "3月12日,副区长李明主持召开全区城中村改造工作推进会。区住建局、各街道参加会议。\n"
          "就下步工作,李明要求,尽快编制2024年城中村改造任务清单,分解任务、落实责任;"
          "尽快对已建成的周转房组织验收,全力推进在建回迁房项目建设,加快新开工项目的招标;"
          "进一步拓宽融资渠道,确保工程顺利推进。\n")


def test_each_action_asked_at_once_is_a_commitment_due_soon():
    recs = _recs(REPORT)
    tasks = [c.task for c in recs]
    assert any("任务清单" in t for t in tasks), tasks
    assert any("周转房" in t for t in tasks), tasks
    for c in recs:
        assert c.deadline is not None and c.deadline.text == "尽快", (c.task, c.deadline)
    # the demand with no action due soon (拓宽融资渠道) is no commitment of its own
    assert not any("融资" in t for t in tasks), tasks


def test_the_year_a_plan_is_for_is_no_deadline():
    [plan] = [c for c in _recs(REPORT) if "任务清单" in c.task]
    assert plan.deadline.date is None  # 2024年 names the plan, 尽快 is when it is due


def test_what_was_built_before_and_an_aim_of_going_on_report_no_progress():
    # 已建成的周转房 names what is to be checked; 确保工程顺利推进 is an aim
    for c in _recs(REPORT):
        assert c.progress is None, (c.task, c.progress)


def test_a_demand_without_an_action_due_soon_stays_out():
    text = ("西山镇召开安全生产会议\n"
            "5月8日,镇长王华主持召开安全生产工作会议。王华要求,尽快形成合力,切实提高认识,"
            "进一步压实各方责任。\n")
    assert _recs(text, "2024-05-08") == []


# ---- minutes: the topic names the commitment that carries its work -----------------------------------

MINUTES = ("南岭县人民政府县长办公会议纪要\n"
           "4月2日,县长赵刚主持召开县长办公会议,研究教育工作。\n"
           "会议听取了关于城东两校合并工作的情况汇报。赵刚要求,一定要加大力度,加快进度;"
           "要组建工作专班,分工到人,从速开展,并对可能出现的问题做好预案。"
           "同时,县财政局要安排专项资金解决搬迁经费,两校分别制定搬迁方案和接收方案,"
           "确保8月底前城东两校合并完成。\n")


def test_a_team_asked_for_at_once_and_the_topic_on_the_work_it_names():
    recs = by_task(_recs(MINUTES, "2024-04-02"))
    assert "城东两校合并" in recs, list(recs)
    merge = recs["城东两校合并"]
    assert merge.deadline.text == "8月底前"
    assert any(a.name == "县财政局" for a in merge.actors)
    team = [c for t, c in recs.items() if "专班" in t]
    assert team and team[0].deadline.text == "从速", list(recs)
