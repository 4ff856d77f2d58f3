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
import unicodedata
from pathlib import Path
from typing import Iterator, Optional, Sequence

from kg.dates import parse_deadline, year_in
from kg.errors import InputError, SchemaError
from kg.model import Actor, CommitmentRecord, DocumentRecord, Evidence, Progress, Target

from . import read_bytes

# column role -> header variants (compared after removing spaces and brackets)
HEADERS = {
    "seq": ("序号", "编号", "序"),
    "task": ("工作任务", "重点任务", "主要任务", "任务", "工作内容", "任务内容", "具体任务", "重点工作",
             "工作事项", "事项", "任务名称", "目标任务", "重点项目", "项目名称", "具体工作"),
    "lead_person": ("牵头领导", "责任领导", "分管领导", "牵头区领导", "牵头市领导", "牵头县领导",
                    "挂点领导", "包抓领导", "领导", "牵头负责人"),
    "lead_org": ("牵头单位", "牵头部门", "主牵头单位"),
    "responsible_org": ("责任单位", "主要责任单位", "责任部门", "主责单位", "承办单位", "实施单位"),
    "responsible_person": ("责任人", "具体责任人", "项目责任人"),
    "assist_org": ("配合单位", "协同单位", "协办单位", "配合部门", "协助单位", "参与单位"),
    "deadline": ("完成时限", "时间节点", "完成时间", "时限", "时限要求", "完成期限", "办结时限"),
    "target": ("目标", "工作目标", "预期目标", "年度目标", "目标要求", "工作要求"),
    "progress": ("进展情况", "完成情况", "推进情况", "进度", "工作进展", "落实情况", "进展"),
    "status": ("状态", "完成状态", "是否完成", "是否达序"),
    "project": ("项目", "所属项目", "涉及项目"),
}
_ALIASES = {v: k for k, vs in HEADERS.items() for v in vs}
_SPLIT = re.compile(r"[、,,;;/\n]+|\s{2,}")
_BRACKETS = re.compile(r"[((][^))]*[))]")
_POST_WORDS = (r"(?:[省市县区镇乡]委)?(?:常务)?副?(?:书记|常委|区长|市长|县长|镇长|乡长|主任|部长|局长|主席|"
               r"秘书长|政委|巡视员|调研员|总师|总经理|董事长)")
_POSTS = re.compile(rf"^{_POST_WORDS}|{_POST_WORDS}$")
_GENERIC = re.compile(r"^(各|有关|相关|其他|其它)|^(各部门|各单位|相关单位|有关单位|各街道|各镇街)$")
# progress words, most telling first: a "滞后" anywhere beats a "完成" elsewhere
_STATUS_RULES = [(re.compile(p), st) for p, st in (
    (r"滞后|未达序时|未达到序时|落后|逾期|未按期|未完成|^否$", "behind"),
    (r"未开工|未启动|尚未开展|未开展", "not_started"),
    (r"已完成|已通车|已建成|已竣工|已投用|已投产|已办结|全面完成|^完成$|^是$|^已.*完成", "done"),
    (r"达序|序时推进|按序时|正常推进|有序推进|按计划推进|推进中|进行中|在建|^正常$", "on_track"),
)]
_PERCENT = re.compile(r"(?:完成|达到|完成了)?\s*(\d+(?:\.\d+)?)\s*[%%]")


def header_key(cell: object) -> Optional[str]:
    """The column role of a header cell, or None."""
    s = _BRACKETS.sub("", unicodedata.normalize("NFKC", str(cell or "")))
    s = re.sub(r"\s+", "", s)
    return _ALIASES.get(s)


def split_cell(cell: str) -> list[str]:
    """Names in a cell: ``"区住建局、区交通局等"`` → ``['区住建局', '区交通局']``."""
    out = []
    for part in _SPLIT.split(unicodedata.normalize("NFKC", cell or "")):
        part = _BRACKETS.sub("", part).strip().removesuffix("等").removesuffix("同志").strip()
        if part and not _GENERIC.search(part):
            out.append(part)
    return out


def person_name(cell: str) -> tuple[str, Optional[str]]:
    """``"副区长张三"`` → ``('张三', '副区长')``; a bare post stays as the name."""
    m = _POSTS.search(cell)
    if m and len(cell) - len(m.group(0)) >= 2:
        post = m.group(0)
        name = cell[len(post):] if m.start() == 0 else cell[: m.start()]
        return name, post
    return cell, None


def _progress(text: str, status_cell: str, as_of: Optional[str]) -> Optional[Progress]:
    text, status_cell = text.strip(), status_cell.strip()
    if not text and not status_cell:
        return None
    status = None
    for cell in (status_cell, text):
        for pat, st in _STATUS_RULES:
            if cell and pat.search(cell):
                status = st
                break
        if status:
            break
    m = _PERCENT.search(text)
    pct = float(m.group(1)) if m else None
    if status is None and pct is not None:
        status = "done" if pct >= 100 else None
    return Progress(status=status, percent=pct, as_of=as_of, text=text or status_cell)


def records_from_rows(rows: Sequence[Sequence[object]], *, source: str, date: Optional[str] = None,
                      first_line: int = 1) -> DocumentRecord:
    """One :class:`DocumentRecord` from table rows (header found in the first ten rows)."""
    header_at, keys = None, []
    for i, row in enumerate(rows[:10]):
        ks = [header_key(c) for c in row]
        if "task" in ks and sum(k is not None for k in ks) >= 2:
            header_at, keys = i, ks
            break
    if header_at is None:
        found = ", ".join(str(c) for c in (rows[0] if rows else []) if c)
        raise SchemaError("no header row with a task column (工作任务 / 重点任务 / 主要任务) "
                          f"and one more known column; first row has: {found or 'nothing'}",
                          source=source, line=first_line)
    title = " ".join(str(c).strip() for r in rows[:header_at] for c in r if c and str(c).strip()) or None
    year = year_in(title or "") if not date else None
    doc_date = date or (f"{year}-12-31" if year else None)
    commitments = []
    for i, row in enumerate(rows[header_at + 1:], start=header_at + 1):
        cells: dict[str, list[str]] = {}
        for k, c in zip(keys, row):
            if k and c is not None and str(c).strip():
                cells.setdefault(k, []).append(str(c).strip())
        get = lambda k: "\n".join(cells.get(k, []))  # noqa: E731
        if not any(str(c).strip() for c in row if c is not None):
            continue
        task = re.sub(r"\s+", " ", get("task")).strip()
        line = first_line + i
        if not task:
            raise SchemaError("the task cell is empty; every row needs a task", source=source, line=line)
        actors: list[Actor] = []
        for name in split_cell(get("lead_person")):
            n, post = person_name(name)
            actors.append(Actor(n, "person", "lead", post))
        for name in split_cell(get("lead_org")):
            actors.append(Actor(name, "organization", "lead"))
        for name in split_cell(get("responsible_person")):
            n, post = person_name(name)
            actors.append(Actor(n, "person", "responsible", post))
        for name in split_cell(get("responsible_org")):
            actors.append(Actor(name, "organization", "responsible"))
        for name in split_cell(get("assist_org")):
            actors.append(Actor(name, "organization", "assist"))
        seen, uniq = set(), []
        for a in actors:
            if (a.name, a.role) not in seen:
                seen.add((a.name, a.role))
                uniq.append(a)
        deadline = parse_deadline(get("deadline"), doc_date) if get("deadline") else None
        targets = (Target(metric=task[:30], op="=", text=get("target")),) if get("target") else ()
        text = " | ".join(str(c).strip() for c in row if c is not None and str(c).strip())
        commitments.append(CommitmentRecord(
            task=task, text=text, evidence=(Evidence(text),), actors=tuple(uniq),
            projects=tuple(split_cell(get("project"))), deadline=deadline, targets=targets,
            progress=_progress(get("progress"), get("status"), date), id=get("seq") or None, line=line))
    return DocumentRecord(source=source, title=title, date=date, date_source="option" if date else None,
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
