"""Task tables: header variants, split cells, time limits, merged cells, errors."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

import kg
from kg.errors import InputError, SchemaError
from loaders import table


def _csv(tmp_path, text, name="t.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return str(p)


def test_header_variants_and_roles(tmp_path):
    path = _csv(tmp_path, "编号,主要任务,责任领导,主要责任单位,协同单位,时间节点,目标\n"
                          "1,建设物流园,副市长韩冰,市商务局;市发改委,各区政府、市交通局等,2024年第三季度,投资5亿元\n")
    [doc] = table.load(path)
    [c] = doc.commitments
    assert c.task == "建设物流园"
    assert [(a.name, a.kind, a.role, a.post) for a in c.actors] == [
        ("韩冰", "person", "lead", "副市长"),
        ("市商务局", "organization", "responsible", None),
        ("市发改委", "organization", "responsible", None),
        ("市交通局", "organization", "assist", None),
    ]
    assert (c.deadline.text, c.deadline.date, c.deadline.precision) == ("2024年第三季度", "2024-09-30", "quarter")
    assert c.targets[0].text == "投资5亿元"
    assert c.line == 2 and c.id == "1"


def test_title_row_gives_year_for_relative_limits(tmp_path):
    path = _csv(tmp_path, "2022年民生实事任务表,,\n序号,工作任务,完成时限\n1,新建公园3个,年底前\n2,改造学校,10月份\n")
    [doc] = table.load(path)
    assert doc.title == "2022年民生实事任务表"
    assert [c.deadline.date for c in doc.commitments] == ["2022-12-31", "2022-10-31"]


def test_gbk_csv_and_progress(tmp_path):
    path = _csv(tmp_path, "序号,重点任务,牵头单位,进展情况\n1,河道整治,区水务局,已完成\n2,道路改造,区住建局,\"完成45%,滞后\"\n"
                          "3,新建学校,区教育局,未开工\n", encoding="gbk")
    [doc] = table.load(path)
    assert [(c.progress.status, c.progress.percent) for c in doc.commitments] == [
        ("done", None), ("behind", 45.0), ("not_started", None)]


def test_xlsx_with_merged_leader_cells(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["2023年重点项目推进表"])
    ws.append(["序号", "重点任务", "牵头领导", "牵头单位", "完成时限"])
    ws.append([1, "南山隧道工程", "刘强", "县交通局", "2023年6月底前"])
    ws.append([2, "北湖公园", None, "县园林局", "2023年11月底"])
    ws.merge_cells("C3:C4")
    path = tmp_path / "p.xlsx"
    wb.save(path)
    [doc] = table.load(str(path))
    assert [[a.name for a in c.actors] for c in doc.commitments] == [["刘强", "县交通局"], ["刘强", "县园林局"]]
    assert [c.deadline.date for c in doc.commitments] == ["2023-06-30", "2023-11-30"]
    assert [c.line for c in doc.commitments] == [3, 4]


def test_row_without_task_names_file_and_row_and_stores_nothing(tmp_path):
    path = _csv(tmp_path, "序号,重点任务,牵头单位\n1,河道整治,区水务局\n2,,区住建局\n")
    with pytest.raises(SchemaError) as e:
        list(table.load(path))
    assert e.value.format() == f"{path}, line 3: the task cell is empty; every row needs a task"
    store = tmp_path / "store"
    with kg.open_graph(str(store)) as g:
        with pytest.raises(SchemaError):
            g.ingest([path])
        assert g.stats()["Commitment"] == 0


def test_no_header(tmp_path):
    path = _csv(tmp_path, "a,b,c\n1,2,3\n")
    with pytest.raises(SchemaError, match="no header row"):
        list(table.load(path))


def test_broken_xlsx(tmp_path):
    p = tmp_path / "bad.xlsx"
    p.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="bad.xlsx.*not a readable XLSX"):
        list(table.load(str(p)))


def test_cells_drop_generic_groups(tmp_path):
    path = _csv(tmp_path, "序号,重点任务,配合单位\n1,河道整治,\"区住建局、各街道,相关单位;区财政局等\"\n")
    [doc] = table.load(path)
    assert [a.name for a in doc.commitments[0].actors] == ["区住建局", "区财政局"]
