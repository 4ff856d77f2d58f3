"""Task tables (CSV, TSV, XLSX: every sheet) read by :mod:`kg.extract.tables`.

A row is one commitment.  Headers are recognised with their common variants
(工作任务 / 主要任务 / 预期目标 / 2022年预期目标 / 事项 / 问题, 牵头领导 / 分管 领导,
牵头单位, 责任单位, 配合单位 / 协同单位, 完成时限 / 整改时限, 1-11月推进情况, 是否达序 …)
and, where a header is unknown, by what the cells hold; a table without a task
column takes its task from the target or problem column or the column of long
phrases.  A title row above the header is allowed and becomes the document
title.  A cell naming several units is split on 、,,;; and line breaks.  Merged
cells in XLSX are filled down; Excel serial day numbers are dates.  Each sheet
of a workbook is one document.  A row without a task is an error naming the
file and row, and then nothing of the file is stored.

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
from dataclasses import replace
from pathlib import Path
from typing import Iterator, Optional, Sequence

from kg.errors import InputError, SchemaError
from kg.extract.docdate import infer_date, parse_option
from kg.extract.fields import KEY_ROLE, cell_type, header_key, label_fields
from kg.extract.finish import finish
from kg.extract.meta import doc_places
from kg.extract.tables import SOURCE, column_keys, describe, fit_row, row_record, with_units
from kg.model import DocumentRecord, Evidence

from . import read_bytes

# The columns and the cells are read by kg.extract.tables, which also reads
# the tables of text and HTML documents: one reader for all.


_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)$")


_SECTION_NO = re.compile(r"^(?:[一二三四五六七八九十]+、|[((][一二三四五六七八九十]+[))]\S|第[一二三四五六七八九十]+[部分章节类项]|[A-Z][.、])")


def _section(cell: str) -> bool:
    """A row of one cell, outside the task column, heading the rows under it: 经济发展指标 …"""
    return len(cell) <= 30 and not re.search(r"[,,。;;]", cell)


def _header_at(rows: Sequence[Sequence[object]]) -> Optional[int]:
    """The header row among the first ten: the first naming two known columns."""
    for i, row in enumerate(rows[:10]):
        if sum(1 for c in row if c not in (None, "") and header_key(str(c))) >= 2:
            return i
    return None


def records_from_rows(rows: Sequence[Sequence[object]], *, source: str, date: Optional[str] = None,
                      first_line: int = 1, sheet: Optional[str] = None, speech: int = 1) -> DocumentRecord:
    """One :class:`DocumentRecord` from table rows (header found in the first ten rows;
    without one, the columns are named by their cells)."""
    header_at, header, body, skip = _header(rows)
    keys = column_keys(header, body[skip:])
    _check_task_column(rows, keys, header_at, source, first_line)
    describe(header, keys, f"sheet {sheet}" if sheet else "")
    top = rows[:header_at] if header_at is not None else []
    title = " ".join(str(c).strip() for r in top for c in r if c and str(c).strip()) or None
    doc = parse_option(date) if date else infer_date(title or "", heading=title)
    as_of = date or (doc.iso if doc.day else None)
    table = _Table(header, keys, doc, as_of, source)
    start = (header_at + 1) if header_at is not None else 0
    for i, row in enumerate(body, start=start):
        if header_at is not None and i < header_at + 1 + skip:
            continue
        table.row(row, first_line + i)
    # the last step of every record, as for text tables: task names tidied the same way, units' places
    places = doc_places(title or "")
    commitments = finish(table.commitments, places)
    return DocumentRecord(source=source, title=title or sheet, date=doc.iso, date_source=doc.source,
                          place=places[-1] if places else None,  # 东湖区2024年重点工作任务分解表: 东湖区
                          commitments=tuple(commitments), kind="table", speech=speech)


def _header(rows: Sequence[Sequence[object]]) -> tuple[Optional[int], list, Sequence[Sequence[object]], int]:
    """``(header_at, header, body, skip)``: the header row's index (None: the columns are named by
    their cells), its names, the rows under it, and 1 where a second header row is to be skipped."""
    header_at = _header_at(rows)
    if header_at is None and len(rows) > 1 and all(  # a header of names the reader does not know: 内容 / 单位 / 时间
            len(str(c).strip()) <= 8 and cell_type(str(c)) not in ("seq", "date", "percent") for c in rows[0] if c):
        header_at = 0
    header = list(rows[header_at]) if header_at is not None else [""] * max((len(r) for r in rows), default=0)
    body = rows[header_at + 1:] if header_at is not None else rows
    skip = 0
    if header_at is not None and body and sum(1 for c in body[0] if c not in (None, "") and header_key(str(c))) >= 2:
        # a header of two rows (责任主体 over 牵头单位 / 配合单位): the lower names win
        header = [lo if lo not in (None, "") and header_key(str(lo)) else hi
                  for hi, lo in zip(header + [""] * len(body[0]), body[0])] + header[len(body[0]):]
        skip = 1
    return header_at, header, body, skip


def _check_task_column(rows, keys: list, header_at: Optional[int], source: str, first_line: int) -> None:
    """A table needs a task column (and, without a header, one more column the reader knows)."""
    if "task" not in keys or (header_at is None and len([k for k in keys if k and k != "seq"]) < 2):
        found = ", ".join(str(c) for c in (rows[0] if rows else []) if c)
        raise SchemaError("no header row with a task column (工作任务 / 重点任务 / 预期目标 / 事项 …) "
                          f"and no column of tasks; first row has: {found or 'nothing'}",
                          source=source, line=first_line)


class _Table:
    """The rows of a table's body read one by one into commitments: section rows give their
    leaders to the rows under them, a task merged over several rows is repeated."""

    def __init__(self, header: list, keys: list, doc, as_of: Optional[str], source: str):
        self.header, self.keys, self.doc, self.as_of, self.source = header, keys, doc, as_of, source
        self.commitments: list = []
        self.group: list[tuple[str, str]] = []
        self.last_task = ""

    def row(self, row: Sequence[object], line: int) -> None:
        filled = [str(c).strip() for c in row if c is not None and str(c).strip()]
        if not filled or _TOTAL.match(filled[0]):
            return  # an empty row, a 合计 row
        if self._section(row, filled):
            return
        if len(filled) > len(self.keys):  # more filled cells than columns: one would be lost
            raise SchemaError(f"{len(filled)} filled cells but {len(self.keys)} columns; a cell beyond the header "
                              "would be lost (quote a cell holding the delimiter)", source=self.source, line=line)
        cells = self._cells(row)
        rec = row_record(fit_row(self.keys, cells), self.doc, self.as_of, self.group)
        if rec is None:
            raise SchemaError("the task cell is empty; every row needs a task", source=self.source, line=line)
        self.last_task = cells[self.keys.index("task")]
        text = " | ".join(str(c).strip() for c in row if c is not None and str(c).strip())
        self.commitments.append(replace(rec, text=text, evidence=(Evidence(text),), line=line))

    def _section(self, row: Sequence[object], filled: list[str]) -> bool:
        """一、经济发展指标(牵头领导:孙立): a section row; its labelled leaders go to the rows under it."""
        keys = self.keys
        at = next(j for j, c in enumerate(row) if c is not None and str(c).strip())
        if len(filled) == 1 and len(set(keys)) > 2 and (
                _SECTION_NO.match(filled[0]) or (at < len(keys) and keys[at] != "task" and _section(filled[0]))):
            _, fields = label_fields(filled[0])
            self.group = [(k, v) for k, v, _, _ in fields if k in KEY_ROLE]
            return True
        return False

    def _cells(self, row: Sequence[object]) -> list[str]:
        """The row's cells, one a column, units split out; an empty task cell under a merged one repeats it."""
        keys = self.keys
        cells = with_units(self.header, keys, [("" if c is None else str(c)) for c in row])
        cells += [""] * (len(keys) - len(cells))
        t, q = keys.index("task"), keys.index("seq") if "seq" in keys else None
        if not cells[t].strip() and self.last_task and (q is None or not cells[q].strip()):
            cells[t] = self.last_task  # a task cell merged over several rows, exported once
        return cells


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


def _cell(v: object) -> object:
    if v is None:
        return ""
    if hasattr(v, "date") and callable(v.date):  # a date cell
        return v.date().isoformat()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _xlsx_sheets(path: str) -> list[tuple[str, list[list[object]]]]:
    """``(name, rows)`` of every sheet, merged cells filled from their top-left cell."""
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as e:
        raise InputError(f"not a readable XLSX workbook ({e})", source=path) from None
    sheets = []
    for ws in wb.worksheets:
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        for rng in ws.merged_cells.ranges:
            v = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    if r - 1 < len(rows) and c - 1 < len(rows[r - 1]):
                        rows[r - 1][c - 1] = v
        rows = [[_cell(v) for v in r] for r in rows]
        if any(str(v).strip() for r in rows for v in r):
            sheets.append((ws.title, rows))
    return sheets


def load(path: str, *, encoding: Optional[str] = None, date: Optional[str] = None,
         source: Optional[str] = None) -> Iterator[DocumentRecord]:
    """Read one task table; yields one :class:`DocumentRecord` per sheet with a table
    (a sheet without one is passed over; a workbook without any is an error)."""
    name = source or (Path(path).name if path != "-" else "-")
    token = SOURCE.set(path)
    try:
        if path.lower().endswith((".xlsx", ".xlsm")):
            sheets = _xlsx_sheets(path)
        else:
            sheets = [("", _csv_rows(path, encoding))]
        if not sheets or not any(rows for _, rows in sheets):
            raise InputError("the table is empty", source=path)
        docs, first_error = [], None
        for n, (sheet, rows) in enumerate(sheets, start=1):
            try:
                docs.append(records_from_rows(rows, source=name, date=date, sheet=sheet or None,
                                              speech=len(docs) + 1))
            except SchemaError as e:
                if len(sheets) == 1 or "task cell" in e.message:
                    raise SchemaError(e.message, source=path + (f" [{sheet}]" if len(sheets) > 1 else ""),
                                      line=e.line) from None
                first_error = first_error or e
        if not docs and first_error:
            raise SchemaError(first_error.message, source=path, line=first_error.line)
    finally:
        SOURCE.reset(token)
    yield from docs
