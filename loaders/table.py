"""Task tables (CSV, TSV, XLSX) with the usual Chinese headers.

A row is one commitment.  Headers are recognised with their common variants
(工作任务 / 重点任务 / 主要任务, 牵头领导 / 责任领导 / 分管领导, 牵头单位, 责任单位 /
主要责任单位, 配合单位 / 协同单位, 完成时限 / 时间节点, 目标, 进展情况); a title row
above the header is allowed and becomes the document title.  A cell naming
several units is split on 、,,;; and line breaks.  Merged cells in XLSX are
filled down.  A row without a task is an error naming the file and row, and
then nothing of the file is stored.

>>> rows = [["序号", "重点任务", "牵头领导", "责任单位", "完成时限"],
...         ["1", "建成九曲路", "张三", "区住建局、区交通局", "2023年6月底前"]]
>>> doc = records_from_rows(rows, source="t.csv")
>>> c = doc.commitments[0]
>>> [(a.name, a.role) for a in c.actors], c.deadline.date
([('张三', 'lead'), ('区住建局', 'responsible'), ('区交通局', 'responsible')], '2023-06-30')
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Iterator, Optional, Sequence

from kg.errors import InputError, SchemaError
from kg.extract.deadlines import find_deadlines
from kg.extract.docdate import DocDate, infer_date, parse_option
from kg.extract.fields import cell_actors, header_key
from kg.extract.naming import flags_progress, pick_deadline, with_finish
from kg.extract.progress import find_progress
from kg.extract.projects import find_projects
from kg.extract.targets import find_targets
from kg.model import Actor, CommitmentRecord, Deadline, DocumentRecord, Evidence, Progress, Target

from . import read_bytes

# The column names and the cell grammar are those of kg.extract.fields, which
# also reads tables pasted into text: one vocabulary for both.


def _deadline(cell: str, doc: DocDate) -> Deadline:
    pick = pick_deadline(with_finish(find_deadlines(cell, doc), cell))
    return Deadline(pick.text if pick.date else cell, pick.date, pick.precision) if pick else Deadline(cell)


_BARE_TARGET = re.compile(r"^(?P<metric>[\u4e00-\u9fff]{1,12}?)(?P<num>\d+(?:\.\d+)?)(?P<unit>[^\d\s,,;;。]{0,4})$")


def _cell_target(cell: str) -> Target:
    """A target column's cell that names no comparison: ``投资5亿元`` is ``投资 = 5 亿元``."""
    m = _BARE_TARGET.match(cell.strip())
    if m:
        return Target(m.group("metric"), "=", float(m.group("num")), m.group("unit") or None, cell)
    return Target(cell[:30], "=", None, None, cell)


def records_from_rows(rows: Sequence[Sequence[object]], *, source: str, date: Optional[str] = None,
                      first_line: int = 1) -> DocumentRecord:
    """One :class:`DocumentRecord` from table rows (header found in the first ten rows)."""
    header_at, keys = None, []
    for i, row in enumerate(rows[:10]):
        ks = [header_key(str(c)) if c not in (None, "") else None for c in row]
        if "task" in ks and sum(k is not None for k in ks) >= 2:
            header_at, keys = i, ks
            break
    if header_at is None:
        found = ", ".join(str(c) for c in (rows[0] if rows else []) if c)
        raise SchemaError("no header row with a task column (工作任务 / 重点任务 / 主要任务) "
                          f"and one more known column; first row has: {found or 'nothing'}",
                          source=source, line=first_line)
    title = " ".join(str(c).strip() for r in rows[:header_at] for c in r if c and str(c).strip()) or None
    doc = parse_option(date) if date else infer_date(title or "", heading=title)
    as_of = date or (doc.iso if doc.day else None)
    commitments = []
    for i, row in enumerate(rows[header_at + 1:], start=header_at + 1):
        cells: dict[str, list[str]] = {}
        for k, c in zip(keys, row):
            if k and c is not None and str(c).strip():
                cells.setdefault(k, []).append(str(c).strip())
        if not any(str(c).strip() for c in row if c is not None):
            continue
        get = lambda k: "\n".join(cells.get(k, []))  # noqa: E731
        task = re.sub(r"\s+", " ", get("task")).strip()
        line = first_line + i
        if not task:
            raise SchemaError("the task cell is empty; every row needs a task", source=source, line=line)
        actors: list[Actor] = []
        for key in ("lead_person", "lead_org", "responsible_person", "responsible_org", "assist_org"):
            for value in cells.get(key, []):
                for name, kind, role, post in cell_actors(value, key):
                    if not any(a.name == name and a.role == role for a in actors):
                        actors.append(Actor(name, kind, role, post))
        deadline = _deadline(get("deadline"), doc) if get("deadline") else None
        targets = find_targets(task)
        for cell in cells.get("target", []):
            targets += find_targets(cell) or [_cell_target(cell)]
        progress = find_progress(cells["progress"][-1], as_of, doc.year) if cells.get("progress") else None
        flags = [(k, v) for k in ("status", "done_flag", "percent") for v in cells.get(k, [])]
        progress = flags_progress(progress, flags, as_of)
        if progress is None and get("progress"):
            progress = Progress(None, None, as_of, get("progress"))
        projects = list(dict.fromkeys(find_projects(task) + [p for v in cells.get("project", [])
                                                             for p in re.split(r"[、,,;;]", v) if p]))
        text = " | ".join(str(c).strip() for c in row if c is not None and str(c).strip())
        commitments.append(CommitmentRecord(
            task=task, text=text, evidence=(Evidence(text),), actors=tuple(actors), projects=tuple(projects),
            deadline=deadline, targets=tuple(dict.fromkeys(targets)), progress=progress,
            id=get("seq") or None, line=line))
    return DocumentRecord(source=source, title=title, date=doc.iso, date_source=doc.source,
                          commitments=tuple(commitments), kind="table")


def _csv_rows(path: str, encoding: Optional[str]) -> list[list[str]]:
    from .text import decode

    text = decode(read_bytes(path), encoding=encoding, source=path)
    delim = "\t" if path.lower().endswith(".tsv") else None
    if delim is None:
        try:
            delim = csv.Sniffer().sniff(text[:4096], delimiters=",\t;").delimiter
        except csv.Error:
            delim = ","
    return list(csv.reader(io.StringIO(text), delimiter=delim))


def _xlsx_rows(path: str) -> list[list[object]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as e:
        raise InputError(f"not a readable XLSX workbook ({e})", source=path) from None
    ws = wb.worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for rng in ws.merged_cells.ranges:  # fill merged cells from their top-left cell
        v = ws.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                    rows[r - 1][c - 1] = v
    return [["" if v is None else (v.date().isoformat() if hasattr(v, "date") and callable(v.date) else v)
             for v in r] for r in rows]


def load(path: str, *, encoding: Optional[str] = None, date: Optional[str] = None,
         source: Optional[str] = None) -> Iterator[DocumentRecord]:
    """Read one task table; yields one :class:`DocumentRecord`."""
    name = source or (Path(path).name if path != "-" else "-")
    if path.lower().endswith((".xlsx", ".xlsm")):
        rows = _xlsx_rows(path)
    else:
        rows = _csv_rows(path, encoding)
    if not rows:
        raise InputError("the table is empty", source=path)
    try:
        yield records_from_rows(rows, source=name, date=date)
    except SchemaError as e:
        raise SchemaError(e.message, source=path, line=e.line) from None
