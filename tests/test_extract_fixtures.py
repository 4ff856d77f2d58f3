"""The extractor on documents of other shapes, written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg  # noqa: F401
from kg.errors import InputError
from loaders.text import decode, html_to_text, load, read_text

FIX = Path(__file__).parent / "fixtures" / "text"


def _docs(name, **kw):
    return list(load(str(FIX / name), **kw))


def _actors(c):
    return [(a.name, a.kind, a.role) for a in c.actors]


def _check_offsets(path, docs, **kw):
    text = read_text(str(path), **kw)
    for d in docs:
        for c in d.commitments:
            for e in c.evidence:
                assert text[e.start:e.end] == e.text


def test_task_table_pasted_as_text():
    [doc] = _docs("task_table.txt")
    assert (doc.date, doc.date_source) == ("2024", "heading")
    assert doc.title == "2024年城区重点工作任务分解表"  # after 附件
    cs = doc.commitments
    assert [c.task for c in cs] == ["建成东环路二期工程", "新增城镇就业岗位", "老旧小区改造",
                                    "政务服务“一网通办”"]
    assert _actors(cs[0]) == [("王建国", "person", "lead"), ("区住建局", "organization", "lead"),
                              ("区交通局", "organization", "assist"), ("区财政局", "organization", "assist")]
    # 各街道 is a generic group, not an actor
    assert _actors(cs[1]) == [("李红", "person", "lead"), ("区人社局", "organization", "lead")]
    assert [(c.deadline.text, c.deadline.date) for c in cs] == [
        ("2024年10月底前", "2024-10-31"), ("年底前", "2024-12-31"), ("12月底前", "2024-12-31"), ("长期坚持", None)]
    t = cs[1].targets[0]
    assert (t.metric, t.op, t.value, t.unit) == ("新增城镇就业岗位", ">=", 3000, "个")
    t = cs[2].targets[0]
    assert (t.metric, t.op, t.value, t.unit) == ("老旧小区改造", "=", 12, "个")
    assert cs[0].projects == ("东环路二期工程",)
    _check_offsets(FIX / "task_table.txt", [doc])


def test_supervision_notice_with_progress():
    [doc] = _docs("supervision_notice.txt")
    assert (doc.date, doc.date_source) == ("2023-12-05", "signature")
    assert doc.title == "关于全区重点项目推进情况的督查通报"
    cs = doc.commitments
    assert len(cs) == 5  # "各镇(街道)要高度重视" names no actor and no target
    first = cs[0]
    assert first.task == "滨河大道改造工程"
    assert _actors(first) == [("区住建局", "organization", "responsible")]
    assert (first.progress.status, first.progress.percent, first.progress.as_of) == ("behind", 60, "2023-11-30")
    assert cs[1].task == "城北污水处理厂项目"
    assert cs[1].progress.status == "behind"
    assert _actors(cs[2]) == [("区住建局", "organization", "responsible")]
    assert (cs[2].deadline.text, cs[2].deadline.date) == ("12月31日前", "2023-12-31")
    assert cs[3].deadline.date == "2023-12-15"
    assert _actors(cs[4]) == [("区发改局", "organization", "lead"), ("区财政局", "organization", "assist")]
    assert cs[4].deadline is None
    _check_offsets(FIX / "supervision_notice.txt", [doc])


def test_progress_notice_labelled_items():
    [doc] = _docs("progress_notice.txt")
    assert doc.date == "2022-09-30"
    cs = doc.commitments
    assert [c.task for c in cs] == ["城东小学扩建项目", "新建公共停车场", "农贸市场提升改造"]
    assert _actors(cs[0]) == [("市教育局", "organization", "lead"), ("城东区政府", "organization", "responsible")]
    assert _actors(cs[1]) == [("市城管局", "organization", "lead"), ("市自然资源局", "organization", "assist"),
                              ("市公安局交警支队", "organization", "assist")]
    assert [c.deadline.date for c in cs] == ["2022-08-31", "2022-12-31", "2022-10-31"]
    assert [(c.progress.status, c.progress.percent) for c in cs] == [("behind", 90), ("behind", None), ("done", None)]
    assert {c.progress.as_of for c in cs} == {"2022-09-30"}  # 截至9月底
    t = cs[1].targets[0]
    assert (t.metric, t.op, t.value, t.unit) == ("公共停车场", "=", 5, "处")
    _check_offsets(FIX / "progress_notice.txt", [doc])


def test_short_speech_with_lead_and_responsible():
    [doc] = _docs("short_speech.txt")
    assert (doc.date, doc.date_source) == ("2021", "era")  # 十四五 开局之年
    cs = doc.commitments
    assert [c.task for c in cs] == ["签约项目", "征迁工作", "通报一次项目进度", "项目开工", "项目竣工"]
    assert _actors(cs[0]) == [("周明", "person", "lead"), ("县招商局", "organization", "responsible")]
    assert (cs[0].deadline.text, cs[0].deadline.date) == ("三季度末前", "2021-09-30")
    t = cs[0].targets[0]
    assert (t.metric, t.op, t.value, t.unit) == ("签约项目", ">=", 20, "个")
    assert _actors(cs[1]) == [("吴刚", "person", "lead"), ("县自然资源局", "organization", "assist"),
                              ("县住建局", "organization", "assist")]
    assert cs[1].deadline.date == "2021-09-30"
    assert [(t.value, t.unit) for t in cs[1].targets] == [(1500, "亩")]
    assert _actors(cs[2]) == [("县统计局", "organization", "responsible")]
    # one sentence, two leads: two commitments
    assert _actors(cs[3]) == [("周明", "person", "lead")]
    assert [(a.name, a.post) for a in cs[4].actors] == [("赵强", "县长")]


def test_gbk_file():
    [doc] = _docs("gbk_speech.txt")
    assert doc.date == "2020"  # 十三五 收官之年
    cs = doc.commitments
    assert _actors(cs[0]) == [("镇城管办", "organization", "lead")]
    assert (cs[0].deadline.text, cs[0].deadline.date) == ("10月底前", "2020-10-31")
    assert [(a.name, a.post, a.role) for a in cs[1].actors] == [("刘洋", "副镇长", "responsible"),
                                                                ("镇财政所", None, "assist")]
    _check_offsets(FIX / "gbk_speech.txt", [doc])


def test_big5_file_keeps_traditional_names():
    [doc] = _docs("big5_speech.txt")
    assert doc.title == "在全市交通建設會議上的講話"
    cs = doc.commitments
    assert _actors(cs[0]) == [("市交通局", "organization", "responsible")]
    assert cs[0].deadline.text == "年底前" and cs[0].deadline.date is None  # no document date
    assert _actors(cs[1]) == [("市建設局", "organization", "lead"), ("市財政局", "organization", "assist")]
    t = cs[1].targets[0]
    assert (t.op, t.value, t.unit) == (">=", 30, "公里")
    _check_offsets(FIX / "big5_speech.txt", [doc])


def test_big5_with_date_option():
    [doc] = _docs("big5_speech.txt", date="2019-03-01")
    assert (doc.date, doc.date_source) == ("2019-03-01", "option")
    assert doc.commitments[0].deadline.date == "2019-12-31"


def test_html_page_drops_boilerplate():
    text = read_text(str(FIX / "notice.html"))
    assert text.splitlines() == [
        "关于做好城区防汛工作的通知",
        "各街道、区直各部门:",
        "为切实做好今年防汛工作,现就有关事项通知如下。",
        "一、区水务局要牵头对全区排涝泵站进行全面检修,5月31日前完成。",
        "二、由区应急管理局负责,区城管局协助,做好易涝点巡查,确保汛期积水点控制在5处以内。",
        "2021年4月20日",
    ]
    [doc] = _docs("notice.html")
    cs = doc.commitments
    assert _actors(cs[0]) == [("区水务局", "organization", "lead")]
    assert cs[0].deadline.date == "2021-05-31"
    assert _actors(cs[1]) == [("区应急管理局", "organization", "responsible"), ("区城管局", "organization", "assist")]
    t = cs[1].targets[0]
    assert (t.metric, t.op, t.value, t.unit) == ("汛期积水点", "<=", 5, "处")
    _check_offsets(FIX / "notice.html", [doc])


def test_html_detected_by_content(tmp_path):
    p = tmp_path / "page.txt"
    p.write_bytes((FIX / "notice.html").read_bytes())
    assert read_text(str(p)).startswith("关于做好城区防汛工作的通知")


def test_html_to_text_keeps_blocks():
    assert html_to_text("<p>甲</p><p>乙<br>丙</p><nav>首页</nav>") == "甲\n乙\n丙"


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt"])
def test_unreadable_files(name):
    with pytest.raises(InputError) as e:
        _docs(name)
    assert name in str(e.value)


def test_encoding_option_forces():
    data = "牵头单位".encode("gbk")
    assert decode(data, encoding="gbk", source="x") == "牵头单位"
    with pytest.raises(InputError, match="x"):
        decode(data, encoding="utf-8", source="x")


def test_utf8_bom_and_stdin(monkeypatch):
    import io
    import sys

    data = "\ufeff由张三同志牵头,区水务局负责,年内完成河道整治。".encode("utf-8")
    assert decode(data, source="x").startswith("由张三")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = list(load("-", date="2022"))
    assert doc.source == "-"
    c = doc.commitments[0]
    assert c.deadline.date == "2022-12-31"
    assert c.evidence[0].start == 0  # offsets after the BOM is dropped


def test_task_decomposition_notice_with_bracketed_labels():
    [doc] = _docs("task_notice.txt")
    assert doc.date == "2023-02-20"
    cs = doc.commitments
    assert len(cs) == 6
    assert [c.task for c in cs[:1]] == ["地区生产总值增长"]
    assert _actors(cs[0]) == [("张三", "person", "lead"), ("区发展和改革委员会", "organization", "lead"),
                              ("区统计局", "organization", "responsible")]
    assert (cs[0].deadline.text, cs[0].deadline.date) == ("全年", "2023-12-31")
    t = cs[0].targets[0]
    assert (t.op, t.value, t.unit) == ("~", 6.5, "%")
    t = cs[1].targets[0]
    assert (t.op, t.value, t.unit) == (">=", 8, "%")  # 同比增长8%以上 is a target, not a past figure
    # 区委常委、常务副区长李四 is one person
    assert [(a.name, a.post, a.role) for a in cs[2].actors if a.kind == "person"] == [("李四", "常务副区长", "lead")]
    assert ("区住房和城乡建设局", "organization", "assist") in _actors(cs[2])
    assert cs[2].deadline.date == "2023-12-31"
    assert [(t.value, t.unit) for t in cs[2].targets] == [(30, "个"), (200, "亿元")]
    assert cs[3].deadline.date == "2023-12-31"  # 2023.12.31
    assert [(t.op, t.value, t.unit) for t in cs[3].targets] == [("=", 4500, "人"), ("<=", 3.5, "%")]
    t = cs[4].targets[0]
    assert (t.op, t.value, t.value_max, t.unit) == ("range", 50, 80, "公里")
    assert _actors(cs[4]) == [("区交通运输局", "organization", "lead")]  # 各镇 is generic
    assert cs[5].actors == () and cs[5].deadline.date == "2023-03-15"
    _check_offsets(FIX / "task_notice.txt", [doc])


def test_progress_report_items():
    [doc] = _docs("progress_report.txt")
    agg, *cs = doc.commitments  # 全区42个重点项目累计完成投资…,占年度计划的71.3%: the whole programme
    assert (agg.task, [(t.value, t.unit) for t in agg.targets], agg.progress.percent) == ("重点项目", [(42, "个")], 71.3)
    assert [c.task for c in cs] == ["临港物流园项目", "人民医院新院区项目", "城南污水管网改造工程", "科技孵化园二期",
                                    "通报进展情况"]
    assert [(c.progress.status, c.progress.percent) for c in cs[:4]] == [
        ("done", 104), ("on_track", 80), ("behind", 28), ("not_started", None)]
    assert {c.progress.as_of for c in cs[:4]} == {"2023-09-30"}
    assert _actors(cs[3]) == [("区科技局", "organization", "responsible"), ("区国投公司", "organization", "responsible")]
    assert _actors(cs[4]) == [("区督查室", "organization", "responsible")]
    # 区委办牵头组织召开了三次专题调度会: a past action, not a commitment
    assert not any("召开了" in c.text for c in cs)


def test_progress_table_columns():
    [doc] = _docs("progress_table.txt")
    cs = doc.commitments
    assert [c.task for c in cs] == ["滨江公园提升工程", "第二实验学校", "智慧停车系统"]
    assert [(c.progress.status, c.progress.percent, c.progress.as_of) for c in cs] == [
        ("on_track", 80, "2023-09-30"), ("behind", 34, "2023-09-30"), ("behind", 0, "2023-09-30")]
    assert _actors(cs[1]) == [("区教体局", "organization", "responsible"), ("区住建局", "organization", "responsible")]


def test_city_speech_review_paragraph_and_joint_leads():
    [doc] = _docs("city_speech.txt")
    assert (doc.date, doc.date_source) == ("2019-03-12", "signature")  # (2019年3月12日) under the title
    cs = doc.commitments
    # the review of last year (过去一年 … 完成城建投资120亿元, 确保了…) gives nothing
    assert not any("120亿元" in c.text or "45公里" in c.text for c in cs)
    assert len(cs) == 10
    assert [(t.metric, t.op, t.value, t.unit) for t in cs[0].targets] == [
        ("城建项目", "=", 80, "个"), ("投资", ">=", 150, "亿元")]
    # 由…负总责, X牵头, Y、Z配合: two leads; 6月底前开工、年底前建成通车: one commitment per step (rx25, rx26)
    cs = list(cs)
    opening = cs.pop(1)
    assert (opening.task, opening.deadline.date) == ("环城高速二期开工", "2019-06-30")
    assert _actors(cs[1]) == _actors(opening) == [
        ("王明", "person", "lead"), ("市住房和城乡建设局", "organization", "lead"),
        ("市交通运输局", "organization", "assist"), ("市财政局", "organization", "assist")]
    assert cs[1].actors[0].post == "市长"
    assert (cs[1].task, cs[1].deadline.text, cs[1].deadline.date) == ("环城高速二期建成通车", "年底前", "2019-12-31")
    assert cs[2].actors == () and cs[2].deadline.date == "2019-09-30"
    assert _actors(cs[4]) == [("市住建局", "organization", "responsible")]  # 各区政府 is generic
    assert cs[4].deadline.date == "2019-04-15"
    assert [(t.op, t.value, t.unit) for t in cs[5].targets] == [(">=", 98, "%")]
    assert _actors(cs[6]) == [("市自然资源和规划局", "organization", "responsible")]
    # 对进度滞后的项目 names a condition, not the progress of this task
    assert cs[8].progress is None and _actors(cs[8]) == [("市督查室", "organization", "responsible")]


def test_several_labelled_items_on_one_line():
    from kg.extract import extract_text

    text = ("1.加快甲路建设,年底前建成通车。(牵头单位:区住建局;配合单位:区交通局)"
            "2.推进乙园改造(责任单位:区城管局,完成时限:2024年6月底);区财政局要做好资金保障。\n")
    [doc] = extract_text(text, source="x.txt", date="2024")
    cs = doc.commitments
    assert [c.task for c in cs] == ["甲路建设", "乙园改造", "资金保障"]
    assert _actors(cs[0]) == [("区住建局", "organization", "lead"), ("区交通局", "organization", "assist")]
    assert cs[0].deadline.date == "2024-12-31"  # from the task text
    assert (cs[1].deadline.text, cs[1].deadline.date) == ("2024年6月底", "2024-06-30")
    assert _actors(cs[2]) == [("区财政局", "organization", "responsible")]
    for c in cs:
        for e in c.evidence:
            assert text[e.start:e.end] == e.text


def test_report_items_with_colon_or_comma_and_published_date():
    from kg.extract import extract_text

    text = ("关于重点项目推进情况的通报\n发布时间:2022-07-05 09:30\n截至6月30日,全区项目进展如下。\n"
            "1.滨湖公园项目:已完成主体施工,完成投资的85%。\n2.东城学校扩建工程,尚未开工。\n"
            "3.加强调度,确保完成全年任务。\n")
    [doc] = extract_text(text, source="r.txt")
    assert (doc.date, doc.date_source) == ("2022-07-05", "published")
    cs = doc.commitments
    assert [(c.task, c.progress.status, c.progress.percent, c.progress.as_of) for c in cs] == [
        ("滨湖公园项目", "on_track", 85, "2022-06-30"), ("东城学校扩建工程", "not_started", None, "2022-06-30")]


def test_markdown_table_and_label_lines_under_an_item():
    from kg.extract import extract_text

    text = ("| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n"
            "| 1 | 建成北环路 | 区住建局 | 区交通局(牵头)、区城管局 | 2025年6月底 |\n\n"
            "一、产业发展\n(一)实施工业强区战略。全年新增规上工业企业20家,规上工业增加值增长8%。\n"
            "责任单位:区工信局\n配合单位:区发改委、区统计局\n完成时限:2023年12月\n")
    [doc] = extract_text(text, source="m.md")
    a, b = doc.commitments
    assert a.task == "建成北环路"
    assert _actors(a) == [("区住建局", "organization", "lead"), ("区交通局", "organization", "lead"),
                          ("区城管局", "organization", "responsible")]
    assert a.deadline.date == "2025-06-30"
    assert b.task.startswith("工业强区战略")
    assert _actors(b) == [("区工信局", "organization", "responsible"), ("区发改委", "organization", "assist"),
                          ("区统计局", "organization", "assist")]
    assert b.deadline.date == "2023-12-31"
    assert [(t.value, t.unit) for t in b.targets] == [(20, "家"), (8, "%")]
    assert len(b.evidence) == 4


def test_html_table_in_gbk_page():
    text = read_text(str(FIX / "table_page.html"))
    assert text.splitlines()[:2] == ["2022年民生实事任务分解表", "序号\t工作任务\t牵头单位\t配合单位\t完成时限"]
    assert "网站首页" not in text and "相关文章" not in text and "分享到" not in text
    [doc] = _docs("table_page.html")
    assert (doc.date, doc.date_source) == ("2022", "heading")
    a, b = doc.commitments
    assert (a.task, a.deadline.date) == ("新建社区养老服务站", "2022-11-30")
    assert _actors(a) == [("区民政局", "organization", "lead")]
    assert [(t.metric, t.value, t.unit) for t in a.targets] == [("社区养老服务站", 8, "个")]
    assert _actors(b) == [("区商务局", "organization", "lead"), ("区市场监管局", "organization", "assist"),
                          ("区城管局", "organization", "assist")]
    _check_offsets(FIX / "table_page.html", [doc])


def test_status_figures_are_progress_not_targets():
    from kg.extract import extract_text

    text = ("关于民生实事推进情况的通报\n2021年7月10日\n"
            "经督查,区住建局牵头的老旧小区改造任务完成率为45%,低于序时进度15个百分点;"
            "区交通局负责的农村公路建设已完成年度任务的92%。\n"
            "3.城西片区棚户区改造项目(责任单位:区住建局)。计划年内完成征收300户,目前已签约210户,签约比例70%。\n"
            "今年,全区要实现地区生产总值增长7.5%,一般公共预算收入增长6%,单位GDP能耗下降3%。\n")
    [doc] = extract_text(text, source="s.txt")
    a, b, c, *ds = doc.commitments
    assert _actors(a) == [("区住建局", "organization", "lead")]
    assert (a.progress.status, a.progress.percent, a.targets) == ("behind", 45, ())
    assert _actors(b) == [("区交通局", "organization", "responsible")]
    assert (b.progress.status, b.progress.percent, b.targets) == ("on_track", 92, ())
    # a plan sentence outside the labels gives the target and the deadline
    assert c.task == "城西片区棚户区改造项目"
    assert [(t.value, t.unit) for t in c.targets] == [(300, "户")] and c.deadline.date == "2021-12-31"
    # 下降3%: the value as written, the direction in the metric; one commitment per indicator (rx26)
    assert [(t.metric, t.value) for d in ds for t in d.targets] == [("地区生产总值增长", 7.5), ("一般公共预算收入增长", 6),
                                                                    ("单位GDP能耗下降", 3)]
    assert len(ds) == 3


def test_enumerated_items_in_one_sentence():
    from kg.extract import extract_text

    text = "今年要重点抓好三项工作:一是新建学校5所,二是区卫健局要改造卫生院3个,三是年底前完成道路硬化20公里。"
    [doc] = extract_text(text, source="e.txt", date="2020")
    a, b, c = doc.commitments
    assert [(t.metric, t.value, t.unit) for t in a.targets] == [("学校", 5, "所")]
    assert _actors(b) == [("区卫健局", "organization", "responsible")]
    assert c.deadline.date == "2020-12-31" and c.targets[0].value == 20


def test_future_half_year_and_share_target():
    from kg.extract import extract_text

    text = "上半年要完成征收任务的60%。\n过去一年,全市完成投资120亿元,确保了任务完成。\n"
    [doc] = extract_text(text, source="h.txt", date="2020")
    [c] = doc.commitments
    assert (c.deadline.text, c.deadline.date) == ("上半年", "2020-06-30")
    assert [(t.metric, t.op, t.value, t.unit) for t in c.targets] == [("征收任务", ">=", 60, "%")]


def test_speeches_numbered_pian_and_no_date_leak_between_speeches():
    from kg.extract import extract_text

    text = ("首页>范文>讲话稿>\n\n全区大会讲话篇1\n\n同志们:\n今年是“十三五”规划的开局之年。"
            "区住建局要在年底前完成棚改征收2000户。\n\n全区大会讲话篇2\n\n同志们:\n"
            "区水务局要在年底前完成河道清淤30公里。\n")
    a, b = extract_text(text, source="p.txt")
    assert (a.speech, a.title, a.date, a.speaker) == (1, "全区大会讲话", "2016", None)
    assert a.commitments[0].deadline.date == "2016-12-31"
    # speech 2 says nothing of its year: another speech's era does not date it
    assert (b.speech, b.date) == (2, None)
    assert b.commitments[0].deadline.text == "年底前" and b.commitments[0].deadline.date is None


def test_table_flattened_one_cell_per_line():
    [doc] = _docs("pipe_table.txt")
    a, b = doc.commitments
    assert a.task == "改造城区排水管网"
    # the 全年目标任务 cell is missing from the rows: cells are matched to columns by kind;
    # 责任主体与协同单位 beside a 牵头单位 names the units that assist
    assert _actors(a) == [("周明", "person", "lead"), ("水务局", "organization", "lead"),
                          ("市政公司", "organization", "assist")]
    assert (a.progress.status, a.progress.percent) == ("on_track", 45)  # the latest month's column
    assert a.progress.as_of == "2024-09-30"  # (1-9月) in the title
    assert [(t.value, t.unit) for t in a.targets] == [(12, "公里")]
    assert _actors(b)[2:] == [("城东开发区", "organization", "assist")]
    assert b.progress.status == "behind"
    assert [(t.metric, t.value, t.unit) for t in b.targets] == [("口袋公园", 6, "个"), ("健身步道", 3, "条")]
    _check_offsets(FIX / "pipe_table.txt", [doc])


def test_progress_in_the_sentence_after_the_task():
    from kg.extract import extract_text

    text = "1.城东小学扩建项目由市教育局牵头实施。目前主体已完工,完成投资的90%。\n"
    [c] = extract_text(text, source="x.txt", date="2022-09-30")[0].commitments
    assert c.task == "城东小学扩建项目" and _actors(c) == [("市教育局", "organization", "lead")]
    assert (c.progress.status, c.progress.percent, c.progress.as_of) == ("on_track", 90, "2022-09-30")


def test_short_enumerated_sentence_with_an_actor_is_no_heading():
    from kg.extract import extract_text

    text = "三是区住建局要完成老旧小区改造10个。\n一要抓好招商引资。由张三同志牵头,区商务局负责。\n"
    a, b = extract_text(text, source="x.txt", date="2022")[0].commitments
    assert _actors(a) == [("区住建局", "organization", "responsible")] and a.targets[0].value == 10
    # 一要抓好招商引资。 heads the roles that follow
    assert b.task == "招商引资" and [x.name for x in b.actors] == ["张三", "区商务局"]


def test_report_lines_under_a_lagging_heading():
    from kg.extract import extract_text

    text = ("关于民生实事进展情况的通报\n现将进展情况通报如下:\n"
            "滞后项目:一是实施城东排涝改造工程(第三项)正在开展招标;二是城西绿道建设(第五项)征迁正在推进。\n"
            "二、进展滞后的项目\n(一)南湖公园提升工程。完成投资0.3亿元,占年度计划的40%。\n")
    cs = extract_text(text, source="r.txt", date="2022-09-30")[0].commitments
    assert [(c.task, c.progress.status) for c in cs] == [
        ("城东排涝改造工程", "behind"), ("城西绿道建设", "behind"), ("南湖公园提升工程", "behind")]
    assert cs[2].progress.percent == 40


def test_table_copied_one_cell_per_line_with_section_leaders():
    [doc] = _docs("line_table.txt")
    assert doc.title == "2024年镇政府工作目标任务落实责任分解表"
    a, b, c = doc.commitments
    assert [x.task for x in (a, b, c)] == ["生产总值增长", "新增规上企业", "建成镇卫生院新院区"]
    assert _actors(a) == [("镇经发办", "organization", "lead"), ("镇统计站", "organization", "responsible"),
                          ("周文", "person", "responsible"), ("孙立", "person", "lead"), ("钱进", "person", "lead")]
    assert [(t.op, t.value, t.unit) for t in a.targets] == [("~", 7, "%")]
    assert [(t.metric, t.value, t.unit) for t in b.targets] == [("规上企业", 5, "家")]
    assert ("郑平", "person", "lead") in _actors(c) and ("孙立", "person", "lead") not in _actors(c)
    assert c.deadline.date == "2024-12-31"
    _check_offsets(FIX / "line_table.txt", [doc])
