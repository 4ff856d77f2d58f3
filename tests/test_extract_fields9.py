"""fields9: the fields of commitments on fresh pages (deadlines told as spans,
with spaces, before a year's Spring Festival, or in a section of time).

Every sentence here is composed for the test (东湖区, 城南路, 张三); none is copied from a page.
"""
from extract_helpers import commitments_of
from kg.extract.deadlines import find_deadlines
from kg.extract.docdate import DocDate

D = DocDate(2023, 4, 3)


def _dl(s, d=D):
    return [(f.text, f.date) for f in find_deadlines(s, d)]


def test_span_of_days_is_its_last_day():
    assert _dl("排查时间为2023年4月10日—4月14日") == [("2023年4月10日—4月14日", "2023-04-14")]
    assert _dl("4月10日至4月20日开展清查") == [("4月10日至4月20日", "2023-04-20")]


def test_two_dates_not_a_span_stay_two():
    assert _dl("4月10日前摸底,5月20日前完成") == [("4月10日前", "2023-04-10"), ("5月20日前", "2023-05-20")]


def test_spaces_inside_a_date():
    assert _dl("请于6 月 15 日前报送东湖区督查室") == [("6 月 15 日前", "2023-06-15")]
    assert _dl("2023年 8月底前完成") == [("2023年 8月底前", "2023-08-31")]


def test_spring_festival_of_a_written_year():
    assert _dl("2024年春节前完成城南路改造") == [("2024年春节前", "2024-02-09")]


def test_section_of_time_is_the_deadline_of_the_items_after_it():
    text = ("东湖区关于开展城南路沿线安全检查的通知\n"
            "一、检查时间\n2023年4月10日-4月14日\n"
            "二、分组\n(一)第一检查组\n组长:张三\n责任单位:区应急局、区消防救援大队\n检查范围:城南路沿线商铺。\n")
    recs = list(commitments_of(text, date="2023-04-03"))
    assert recs and all(r.deadline and r.deadline.date == "2023-04-14" for r in recs)


def test_a_section_of_time_gone_by_gives_no_deadline():
    text = ("东湖区巡察整改进展情况\n"
            "一、巡察时间\n2023年2月6日-2月17日\n"
            "二、整改落实\n区住建局负责城南路积水点整治。\n")
    recs = list(commitments_of(text, date="2023-04-03"))
    assert all(r.deadline is None or r.deadline.date != "2023-02-17" for r in recs)


# ---- progress: the status words of rectification and supervision follow-ups ----------------
from kg.extract.progress import find_progress  # noqa: E402


def _st(s):
    p = find_progress(s)
    return p and p.status


def test_rectified_is_done_and_rectifying_is_on_track():
    assert _st("城南路占道经营问题已整改") == "done"
    assert _st("东湖区水务局反映的积水问题已整改完毕") == "done"
    assert _st("两处违建正在整改") == "on_track"
    assert _st("该问题整改中") == "on_track"
    assert _st("已整改的单位要报送佐证材料") is None  # (a condition, nothing reported)


def test_a_work_in_its_last_stage_is_on_track():
    assert _st("城南路小学已进入竣工验收阶段") == "on_track"
    assert _st("东湖公园改造进入施工扫尾阶段") == "on_track"
    assert _st("全区防汛工作进入关键阶段") is None


# ---- targets ------------------------------------------------------------------------------
from kg.extract.targets import find_targets  # noqa: E402


def _tg(s):
    return [(t.value, t.unit) for t in find_targets(s)]


def test_share_of_a_work_task():
    assert _tg("年内完成60%城南片区危房改造工作任务") == [(60.0, "%")]


def test_copies_and_articles_are_units():
    assert _tg("向东湖区各街道印发3份指导手册") == [(3.0, "份")]
    assert _tg("编印12篇典型案例汇编") == [(12.0, "篇")]
