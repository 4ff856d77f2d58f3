"""General readings of report and order sentences, fitted on pages read blind the session before
(session 12, rx18).

Every sentence here is composed for the test (东湖区, 西山镇, 北河 …), in the phrasing of the
genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, roles


def _recs(text: str, date: str = "2023-07-20"):
    return list(commitments_of(text, date=date, source="a.txt"))


def _by_task(recs):
    return {c.task: c for c in recs}


# ---- news of progress: works and their status clause by clause -----------------------------------

def test_news_of_progress_reads_each_work_and_its_status():
    # no report title: the opening tells what was done by a time of this year
    text = ("西山镇上半年工作情况\n"
            "上半年,西山镇文化广场建设工程主体已基本完工,镇卫生院改扩建项目已竣工并交付使用,"
            "北河堤防加固工程已完成招标,即将开工建设。\n")
    got = _by_task(_recs(text))
    assert {"西山镇文化广场建设工程主体", "镇卫生院改扩建项目", "北河堤防加固工程"} <= set(got), list(got)
    assert got["镇卫生院改扩建项目"].progress.status == "done"
    assert got["北河堤防加固工程"].progress.status == "on_track"  # 即将开工: a status told, no plan


def test_a_look_back_is_no_news_of_progress():
    # the opening looks back over years past: a review, nothing read as a status line
    text = ("西山镇五年工作回顾\n"
            "过去五年,截至去年底,西山镇文化广场建设工程已完成并投入使用,镇卫生院改扩建项目已基本完工。\n")
    assert not [c for c in _recs(text) if c.progress and c.progress.status == "done"]
