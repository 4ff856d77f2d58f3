"""One table reader: a table reads the same from CSV, XLSX, HTML and text
(tabs, ``|``, flattened one cell per line); columns by header variants and by
their cells.  The content is invented (东湖区, 城南路, 张三 …)."""
from __future__ import annotations

import csv
import datetime
import glob
import io
import os

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from kg.extract import extract_text
from kg.extract.fields import header_key
from kg.extract.tables import column_keys
from loaders import table, text

HEADER = ["序号", "2023年预期目标", "分管 领导", "牵头 单位", "责任主体与协同单位", "整改时限",
          "1-5月推进情况", "1-6月推进情况", "是否达序"]
ROWS = [
    ["1", "东湖区生产总值增长6%左右", "张三", "区发改局", "区统计局、各街道", "2023年12月底前",
     "正在推进", "已完成年度目标的40%", "否"],
    ["2", "新建城南路口袋公园12个", "李四", "区园林局", "城南街道", "2023年10月底前",
     "已开工3个", "已建成8个,完成67%", "是"],
]


def _view(c):
    return (c.task, [(a.name, a.role) for a in c.actors], c.deadline.date if c.deadline else None,
            [(t.op, t.value, t.unit) for t in c.targets],
            (c.progress.status, c.progress.percent) if c.progress else None)


EXPECTED = [
    ("东湖区生产总值增长", [("张三", "lead"), ("区发改局", "lead"), ("区统计局", "assist")], "2023-12-31",
     [("~", 6.0, "%")], ("behind", 40.0)),
    ("新建城南路口袋公园", [("李四", "lead"), ("区园林局", "lead"), ("城南街道", "assist")], "2023-10-31",
     [("=", 12.0, "个")], ("on_track", 67.0)),
]


def _csv_text(rows):
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def test_header_variants():
    assert [header_key(h) for h in HEADER] == [
        "seq", "target", "lead_person", "lead_org", "mixed_org", "deadline", "progress", "progress", "status"]
    assert [header_key(h) for h in ("主要预期目标", "全年目标任务", "项目", "事项", "整改事项", "承诺事项", "项目责任人",
                                     "完成时间", "实际完成情况", "2021年度目标", "1-10月推进情况", "问题", "整改措施")] == [
        "target", "target", "task", "task", "task", "task", "responsible_person",
        "deadline", "progress", "target", "progress", "problem", "measure"]
    assert [header_key(h) for h in ("项目编号", "下一步工作计划", "职务", "负责科室", "包保领导", "计划完成期限")] == [
        "seq", "note", "post", "responsible_org", "lead_person", "deadline"]


def test_csv_reads_the_rows(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text(_csv_text([HEADER] + ROWS), encoding="utf-8")
    [doc] = table.load(str(p))
    assert [_view(c) for c in doc.commitments] == EXPECTED


def test_same_table_from_text_tabs_pipes_and_html(tmp_path):
    tabs = "\n".join("\t".join(r) for r in [HEADER] + ROWS)
    pipes = "\n".join("| " + " | ".join(r) + " |" for r in [HEADER, ["---"] * len(HEADER)] + ROWS)
    html = "<html><body><p>东湖区2023年目标任务推进表</p><table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [HEADER] + ROWS) + "</table></body></html>"
    hp = tmp_path / "t.html"
    hp.write_text(html, encoding="utf-8")
    for doc in (extract_text(tabs, source="a.txt", date="2023-06-30")[0],
                extract_text(pipes, source="b.txt", date="2023-06-30")[0],
                next(text.load(str(hp), date="2023-06-30"))):
        assert [_view(c) for c in doc.commitments] == EXPECTED


def test_flattened_one_cell_per_line():
    """Copied from a web page: the header cells, then each row's cells, one per line."""
    lines = ["东湖区2023年目标任务推进表"] + HEADER + ROWS[0] + ROWS[1] + ["", "附件2"]
    [doc] = extract_text("\n\n".join(lines), source="f.txt", date="2023-06-30")
    assert [_view(c) for c in doc.commitments] == EXPECTED


def test_flattened_rows_with_a_cell_missing_resynchronise_on_the_number():
    lines = ["序号", "2023年预期目标", "责任单位", "1", "城南路新增停车位300个", "区交通局",
             "2", "城北路绿化提升完成年度目标任务",  # the unit's cell is missing
             "3", "东湖区新增就业岗位2000个", "区人社局", "附件"]
    [doc] = extract_text("\n".join(lines), source="f.txt", date="2023")
    assert [(c.task, [a.name for a in c.actors]) for c in doc.commitments] == [
        ("城南路新增停车位", ["区交通局"]), ("城北路绿化提升年度目标", []),
        ("东湖区新增就业岗位", ["区人社局"])]


def test_flattened_pipe_cells():
    lines = ["序号 |", "主要任务 |", "牵头单位 |", "1-9月推进情况 |", "是否达序 |",
             "1 |", "城南路改造 |", "区住建局 |", "已完成60% |", "是 |", "||",
             "2 |", "城北桥建设 |", "区交通局 |", "尚未开工 |", "否 |", "|"]
    [doc] = extract_text("\n".join(lines), source="p.txt", date="2023-09-30")
    assert [(c.task, c.progress.status, c.progress.percent) for c in doc.commitments] == [
        ("城南路改造", "on_track", 60.0), ("城北桥建设", "behind", None)]


def test_xlsx_every_sheet_and_serial_dates(tmp_path, caplog):
    wb = Workbook()
    ws = wb.active
    ws.title = "目标"
    ws.append(["序号", "主要预期目标", "责任单位", "完成时间"])
    ws.append([1, "城南路新增停车位300个以上", "区交通局", 45291])  # a date typed as its serial number
    ws2 = wb.create_sheet("任务")
    ws2.append(["编号", "工作任务", "责任人", "完成时限"])
    ws2.append([1, "东湖公园提升改造", "王五", datetime.datetime(2023, 9, 30)])
    ws3 = wb.create_sheet("说明")
    ws3.append(["本表由区政府办公室汇总"])
    p = tmp_path / "w.xlsx"
    wb.save(p)
    with caplog.at_level("INFO", logger="kg.tables"):
        docs = list(table.load(str(p)))
    assert [(d.title, d.speech) for d in docs] == [("目标", 1), ("任务", 2)]
    assert [r.getMessage().split(": ", 1)[1] for r in caplog.records] == [
        "table sheet 目标: 序号→seq, 主要预期目标→task (and its target), 责任单位→responsible_org, 完成时间→deadline",
        "table sheet 任务: 编号→seq, 工作任务→task, 责任人→responsible_person, 完成时限→deadline"]
    a, b = docs[0].commitments[0], docs[1].commitments[0]
    assert (a.task, a.deadline.date, [(t.op, t.value, t.unit) for t in a.targets]) == (
        "城南路新增停车位", "2023-12-31", [(">=", 300.0, "个")])
    assert (b.task, [(x.name, x.role) for x in b.actors], b.deadline.date) == (
        "东湖公园提升改造", [("王五", "responsible")], "2023-09-30")


def test_columns_by_their_cells(tmp_path):
    """Unknown headers: long phrases are the task, unit names the units, short names the
    leaders, dates the deadline, status words and percentages the progress."""
    rows = [["号", "内容", "单位", "领办人", "时间", "情况"],
            ["1", "城南路雨污分流改造", "区水务局", "张三", "2023年8月底前", "已完成"],
            ["2", "东湖区老旧小区加装电梯", "区住建局、区财政局", "李四", "2023年12月底前", "正在施工,完成30%"]]
    assert column_keys(rows[0], rows[1:]) == ["seq", "task", "responsible_org", "lead_person", "deadline", "progress"]
    p = tmp_path / "c.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    assert [_view(c) for c in doc.commitments] == [
        ("城南路雨污分流改造", [("区水务局", "responsible"), ("张三", "lead")], "2023-08-31", [], ("done", None)),
        ("东湖区老旧小区加装电梯", [("区住建局", "responsible"), ("区财政局", "responsible"), ("李四", "lead")],
         "2023-12-31", [], ("on_track", 30.0))]


def test_problem_and_measure_columns(tmp_path):
    rows = [["序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"],
            ["1", "城南路占道经营问题突出", "开展专项整治,6月底前完成", "区城管局", "赵六", "2023年6月30日"]]
    p = tmp_path / "r.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    [c] = doc.commitments
    assert (c.task, [(a.name, a.role) for a in c.actors], c.deadline.date) == (
        "城南路占道经营问题突出", [("区城管局", "responsible"), ("赵六", "responsible")], "2023-06-30")


def test_ingest_verbose_says_what_each_column_is(tmp_path):
    from kg.cli import cli

    p = tmp_path / "t.csv"
    p.write_text(_csv_text([HEADER] + ROWS), encoding="utf-8")
    r = CliRunner().invoke(cli, ["ingest", "-v", str(p), "--store", str(tmp_path / "s")])
    assert r.exit_code == 0, r.output
    assert "2023年预期目标→task (and its target)" in r.output
    assert "责任主体与协同单位→assist_org" in r.output and "1-6月推进情况→progress (latest)" in r.output


SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval", "real", "tables")


@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(SHARED, "*.csv"))) or [None])
def test_shared_real_tables_one_commitment_per_row(path):
    if path is None:
        pytest.skip("../shared/eval/real/tables is absent")
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.reader(f) if any(c.strip() for c in r)]
    [doc] = table.load(path)
    assert len(doc.commitments) == len(rows) - 1
    assert sum(1 for c in doc.commitments if c.actors) >= len(doc.commitments) - 1
    assert any(c.targets for c in doc.commitments) or any(c.progress for c in doc.commitments)


def test_html_table_with_section_rows_and_a_merged_cell(tmp_path):
    html = ("<table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th><th>完成时限</th></tr>"
            "<tr><td colspan='4'>一、城市建设(牵头领导:张三)</td></tr>"
            "<tr><td>1</td><td>城南路拓宽改造</td><td rowspan='2'>区住建局</td><td>2023年9月底前</td></tr>"
            "<tr><td>2</td><td>城北路雨污分流</td><td>2023年11月底前</td></tr>"
            "<tr><td colspan='4'>二、民生保障(牵头领导:李四)</td></tr>"
            "<tr><td>3</td><td>新建东湖区养老服务中心</td><td>区民政局</td><td>年底前</td></tr></table>")
    p = tmp_path / "t.html"
    p.write_text(html, encoding="utf-8")
    [doc] = text.load(str(p), date="2023-03-01")
    assert [(c.task, [(a.name, a.role) for a in c.actors], c.deadline.date) for c in doc.commitments] == [
        ("城南路拓宽改造", [("区住建局", "lead"), ("张三", "lead")], "2023-09-30"),
        ("城北路雨污分流", [("区住建局", "lead"), ("张三", "lead")], "2023-11-30"),  # the unit's cell merged down
        ("新建东湖区养老服务中心", [("区民政局", "lead"), ("李四", "lead")], "2023-12-31")]


def test_csv_two_row_header_section_rows_and_total(tmp_path):
    rows = [["序号", "工作任务", "责任主体", "", "完成时限"],
            ["", "", "牵头单位", "配合单位", ""],
            ["一、基础设施(牵头领导:王五)", "", "", "", ""],
            ["1", "城南路拓宽改造", "区住建局", "区交通局", "2023年9月底前"],
            ["合计", "", "", "", ""]]
    p = tmp_path / "t.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    [c] = doc.commitments
    assert [(a.name, a.role) for a in c.actors] == [("区住建局", "lead"), ("区交通局", "assist"), ("王五", "lead")]
    assert c.line == 4


def test_a_row_of_a_task_alone_is_no_section(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text(_csv_text([["工作任务", "牵头单位"], ["新建城南公园", ""], ["改造城北路", "区住建局"]]), encoding="utf-8")
    [doc] = table.load(str(p))
    assert [c.task for c in doc.commitments] == ["新建城南公园", "改造城北路"]


def test_flattened_without_a_sequence_column_ends_where_cells_no_longer_fit():
    lines = ["东湖区2023年重点任务", "工作任务", "牵头单位", "完成时限", "城南路拓宽改造", "区住建局", "2023年9月底前",
             "新建东湖区养老服务中心", "区民政局", "年底前",
             "各单位要高度重视,认真抓好落实。", "请各单位于每月5日前报送进展情况,区政府办公室将定期通报。", "特此通知。"]
    [doc] = extract_text("\n".join(lines), source="x.txt", date="2023-03-01")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in doc.commitments[:2]] == [
        ("城南路拓宽改造", ["区住建局"], "2023-09-30"), ("新建东湖区养老服务中心", ["区民政局"], "2023-12-31")]
    assert all("各单位要高度重视" not in c.text for c in doc.commitments[:2])


def test_flattened_cell_of_two_lines():
    lines = ["序号", "主要任务", "牵头单位", "推进情况", "1", "城南路拓宽改造", "区住建局", "已完成征迁,",
             "正在施工,完成40%", "2", "城北路雨污分流", "区水务局", "已完成", "附件"]
    [doc] = extract_text("\n".join(lines), source="x.txt", date="2023-06-30")
    assert [(c.task, c.progress.status, c.progress.percent) for c in doc.commitments] == [
        ("城南路拓宽改造", "on_track", 40.0), ("城北路雨污分流", "done", None)]


def test_rectification_table_status_cells(tmp_path):
    rows = [["序号", "问题清单", "整改措施", "责任单位", "责任人", "整改时限", "整改进展"],
            ["1", "东湖区城南路段夜间照明不足", "增设路灯40盏", "区城管局", "钱七", "2023年5月底前", "已销号"],
            ["2", "城北农贸市场周边占道经营", "开展专项整治", "城北街道", "孙八", "长期坚持", "整改中"],
            ["3", "东湖水系黑臭水体反弹", "实施清淤截污", "区水务局", "周九", "2023年10月底前", "尚未启动"]]
    p = tmp_path / "r.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    assert [(c.task, c.progress.status, c.deadline.date) for c in doc.commitments] == [
        ("东湖区城南路段夜间照明", "done", "2023-05-31"), ("城北农贸市场周边占道经营", "on_track", None),
        ("东湖水系黑臭水体反弹", "not_started", "2023-10-31")]


def test_progress_table_of_amounts():
    """年度计划投资(亿元) over 2.0 is a target; 完成投资 against it the percent done."""
    t = ("东湖区重点项目推进情况表\n序号\t项目名称\t责任单位\t年度计划投资(亿元)\t1-9月完成投资(亿元)\n"
         "1\t城南污水处理厂扩建\t区水务局\t2.0\t1.5\n2\t东湖体育中心\t区文体局\t4\t4.2\n")
    [doc] = extract_text(t, source="p.txt", date="2023-09-30")
    assert [([(x.metric, x.value, x.unit) for x in c.targets], c.progress.status, c.progress.percent)
            for c in doc.commitments] == [([("年度计划投资", 2.0, "亿元")], "on_track", 75.0),
                                          ([("年度计划投资", 4.0, "亿元")], "done", 105.0)]


def test_single_space_target_table_and_markdown_rectification_table():
    t = ("东湖区2023年主要预期目标分解表\n序号 2023年预期目标 责任单位\n1 税收收入增长6%左右 区税务局\n"
         "2 城镇新增就业3000人以上 区人社局\n3 城镇登记失业率控制在4%以内 区人社局\n附件2")
    [doc] = extract_text(t, source="x.txt", date="2023")
    assert [(c.task, [a.name for a in c.actors], [(x.op, x.value, x.unit) for x in c.targets])
            for c in doc.commitments] == [("税收收入增长", ["区税务局"], [("~", 6.0, "%")]),
                                          ("城镇新增就业", ["区人社局"], [(">=", 3000.0, "人")]),
                                          ("城镇登记失业率", ["区人社局"], [("<=", 4.0, "%")])]
    t = ("| 序号 | 整改事项 | 责任单位 | 整改时限 | 整改情况 |\n|---|---|---|---|---|\n"
         "| (一) | 城南路积水点改造 | 区水务局 | 2023年6月底 | 已销号 |\n"
         "| (二) | 东湖公园厕所提升 | 区园林局 | 2023年8月底 | 整改中 |")
    [doc] = extract_text(t, source="x.txt", date="2023")
    assert [(c.task, c.deadline.date, c.progress.status) for c in doc.commitments] == [
        ("城南路积水点改造", "2023-06-30", "done"), ("东湖公园厕所提升", "2023-08-31", "on_track")]


def test_flattened_leader_merged_over_rows_is_written_once():
    lines = ["序号", "重点任务", "牵头领导", "责任单位", "完成时限",
             "1", "城南路拓宽改造", "张三", "区住建局", "2023年9月底前",
             "2", "城北路雨污分流", "区水务局", "2023年11月底前",  # 张三 leads this row too (a merged cell)
             "3", "东湖体育中心建设", "李四", "区文体局", "年底前", "附件"]
    [doc] = extract_text("\n".join(lines), source="f.txt", date="2023")
    assert [[(a.name, a.role) for a in c.actors] for c in doc.commitments] == [
        [("张三", "lead"), ("区住建局", "responsible")], [("张三", "lead"), ("区水务局", "responsible")],
        [("李四", "lead"), ("区文体局", "responsible")]]


def test_html_header_of_two_rows(tmp_path):
    html = ("<table><tr><td rowspan='2'>序号</td><td rowspan='2'>工作任务</td><td colspan='2'>责任主体</td>"
            "<td rowspan='2'>完成时限</td></tr><tr><td>牵头单位</td><td>配合单位</td></tr>"
            "<tr><td>1</td><td>城南路拓宽改造</td><td>区住建局</td><td>区交通局</td><td>2023年9月底前</td></tr></table>")
    p = tmp_path / "t.html"
    p.write_text(html, encoding="utf-8")
    [doc] = text.load(str(p), date="2023")
    [c] = doc.commitments
    assert ([(a.name, a.role) for a in c.actors], c.deadline.date) == (
        [("区住建局", "lead"), ("区交通局", "assist")], "2023-09-30")


def test_flattened_header_of_two_rows():
    lines = ["序号", "工作任务", "责任主体", "完成时限", "牵头单位", "配合单位",
             "1", "城南路拓宽改造", "区住建局", "区交通局", "2023年9月底前", "附件"]
    [doc] = extract_text("\n".join(lines), source="f.txt", date="2023")
    [c] = doc.commitments
    assert ([(a.name, a.role) for a in c.actors], c.deadline.date) == (
        [("区住建局", "lead"), ("区交通局", "assist")], "2023-09-30")


def test_flattened_header_cell_broken_over_two_lines_and_rows_numbered_without_a_number_column():
    lines = ["工作任务", "牵头单位", "完成", "时限",
             "1", "城南路拓宽改造", "区住建局", "2023年9月底前",
             "2", "城北路雨污分流", "区水务局", "2023年11月底前", "附件"]
    [doc] = extract_text("\n".join(lines), source="f.txt", date="2023")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in doc.commitments] == [
        ("城南路拓宽改造", ["区住建局"], "2023-09-30"), ("城北路雨污分流", ["区水务局"], "2023-11-30")]


def test_tab_rows_numbered_under_a_header_without_a_number_column():
    t = "工作任务\t牵头单位\t完成时限\n1\t城南路拓宽改造\t区住建局\t2023年9月底前\n2\t城北路雨污分流\t区水务局\t年底前\n"
    [doc] = extract_text(t, source="t.txt", date="2023")
    assert [(c.task, [a.name for a in c.actors], c.deadline.date) for c in doc.commitments] == [
        ("城南路拓宽改造", ["区住建局"], "2023-09-30"), ("城北路雨污分流", ["区水务局"], "2023-12-31")]


def test_progress_in_words_under_a_percent_column(tmp_path):
    rows = [["序号", "项目名称", "建设内容", "形象进度"],
            ["1", "东湖区文化馆新建工程", "新建文化馆1座", "正在施工"],
            ["2", "城南路改造工程", "改造道路2.5公里", "65%"]]
    p = tmp_path / "p.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    assert [(c.progress.status, c.progress.percent, [(t.value, t.unit) for t in c.targets]) for c in doc.commitments] == [
        ("on_track", None, [(1.0, "座")]), ("on_track", 65.0, [(2.5, "公里")])]


def test_csv_task_merged_over_rows_is_filled_down(tmp_path):
    rows = [["序号", "工作任务", "责任单位", "完成时限"],
            ["1", "城南片区老旧小区改造", "区住建局", "2023年9月底前"],
            ["", "", "城南街道", "2023年10月底前"],
            ["2", "东湖绿道建设", "区园林局", "年底前"]]
    p = tmp_path / "m.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    assert [(c.task, [a.name for a in c.actors]) for c in doc.commitments] == [
        ("城南片区老旧小区改造", ["区住建局"]), ("城南片区老旧小区改造", ["城南街道"]), ("东湖绿道建设", ["区园林局"])]


def test_pledge_table_with_a_post_column(tmp_path):
    rows = [["序号", "承诺人", "职务", "承诺事项", "完成时限", "兑现情况"],
            ["1", "王五", "局长", "年底前建成东湖区便民服务中心", "2023年12月底", "已兑现"]]
    p = tmp_path / "c.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    [c] = doc.commitments
    assert ([(a.name, a.role, a.post) for a in c.actors], c.deadline.date, c.progress.status) == (
        [("王五", "responsible", "局长")], "2023-12-31", "done")


def test_html_page_table_with_breaks_and_spaces_in_cells(tmp_path):
    html = ("<html><body><div class='nav'>首页 > 政务公开</div><p>东湖区2023年民生实事项目推进情况表(1-6月)</p>"
            "<table><thead><tr><th>序号</th><th>项目名称</th><th>牵头<br/>单位</th><th>1-5月<br>推进情况</th>"
            "<th>1-6月推进情况</th><th>是否<br>达序</th></tr></thead><tbody>"
            "<tr><td><span>1</span></td><td><p>新建城南&nbsp;口袋公园5个</p></td><td>区园林局</td><td>已完成2个</td>"
            "<td><p>已完成4个,</p><p>完成80%</p></td><td>是</td></tr></tbody></table></body></html>")
    p = tmp_path / "t.html"
    p.write_text(html, encoding="utf-8")
    [doc] = text.load(str(p))
    [c] = doc.commitments
    assert (c.task, [(a.name, a.role) for a in c.actors], c.progress.status, c.progress.percent, c.progress.as_of) == (
        "新建城南口袋公园", [("区园林局", "lead")], "on_track", 80.0, "2023-06-30")


def test_done_flag_columns(tmp_path):
    rows = [["序号", "承诺事项", "是否按期完成"], ["1", "东湖区新建公厕10座", "是"], ["2", "城南路改造", "否"]]
    p = tmp_path / "d.csv"
    p.write_text(_csv_text(rows), encoding="utf-8")
    [doc] = table.load(str(p))
    assert [c.progress.status for c in doc.commitments] == ["done", "behind"]
