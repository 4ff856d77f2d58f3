"""Rules of session 40 (rx31), fitted on the misses of blind-annotated sets of speeches, minutes, pledges,
rectification and supervision documents (composed and annotated outside the project, without reading its
code) and checked on ../shared/eval.

Every sentence here is composed for the test (青岚县, 石桥镇, 河口村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs


# ---- project blocks: a name, then one labelled field a line --------------------------------------------------

def test_a_project_block_of_one_field_a_line_is_one_item():
    text = ("青岚县重点项目建设简报\n二、分项进展\n(一)青岚物流园冷链仓库\n建设内容:新建冷库3座,库容2万吨\n"
            "年度计划投资:1.8亿元\n1—6月完成投资:0.5亿元,占年度计划27.8%\n形象进度:2座冷库完成基础,1座尚未动工,进度滞后\n"
            "包抓县领导:罗正\n责任单位:县商务局;配合单位:城关镇人民政府\n"
            "(二)县中医院住院楼\n建设内容:建筑面积2.6万平方米\n年度计划投资:1.1亿元\n1—6月完成投资:0.6亿元,占年度计划54.5%\n"
            "形象进度:主体施工至第六层,计划9月底前主体封顶\n包抓县领导:常玉\n责任单位:县卫健局\n")
    first, second = _recs(text, date="2021-07-08")
    assert first.task == "青岚物流园冷链仓库" and second.task == "县中医院住院楼"
    assert [(a.name, a.role) for a in first.actors] == [
        ("罗正", "lead"), ("县商务局", "responsible"), ("城关镇人民政府", "assist")]
    assert (first.progress.status, first.progress.percent) == ("behind", 27.8)
    assert ("年度计划投资", 1.8, "亿元") in [(t.metric, t.value, t.unit) for t in first.targets]
    assert (second.progress.status, second.progress.percent) == ("on_track", 54.5)
    assert second.deadline.date == "2021-09-30"


def test_a_reports_figures_by_class_are_no_works():
    text = ("今年全县重点项目40个,年度计划投资50亿元,1—6月完成投资26亿元,占年度计划的52%。"
            "从分类看,产业类项目完成投资15亿元,基础设施类完成8亿元,社会事业类完成3亿元。\n")
    assert [c.task for c in _recs(text, date="2021-07-08")] == ["重点项目"]
