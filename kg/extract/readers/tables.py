"""Tables in text, read before the sentences: a header line with its cells on one
line (``序号\t工作任务\t牵头单位``, ``| 序号 | 整改事项 | 整改时限 |``, or single spaces as
copied from a PDF) or a table flattened one cell per line as copied from a web page
(``序号`` / ``2022年预期目标`` / ``责任单位`` / ``1`` / ``税收收入增长6%左右`` / ``区税务局`` …).
Columns and rows are read by :mod:`kg.extract.tables`, as in CSV and XLSX files.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from kg.model import Evidence

from ..fields import ALIASES, COLUMN_TYPE, KEY_ROLE, SEQ, cell_type, header_key, label_fields, split_cells
from ..segment import Span
from ..vocab import SECTION_RX
from ..tables import column_keys, describe, fill_down, fit_row, row_record, with_units


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A table at ``paras[i]``: one line per row, else one cell per line."""
    j = line_table(b, paras, i)
    return j if j is not None else flat_table(b, paras, i)


_PUNCT = re.compile(r"[,。;:,;:!?、]")
_GROUP_HEAD = re.compile(r"责任(?:主体|分工|单位|领导)?|(?:牵头|分管|责任)?(?:领导|单位|部门)及责任人|分工")
_TOTAL = re.compile(r"^(?:合\s*计|总\s*计|小\s*计)$")


def _fits(keys: list, row: list[str]) -> bool:
    """Whether the cells of a row without a sequence column fit their columns:
    no long sentence under a column of names, dates or numbers."""
    for k, c in zip(keys, row):
        want = COLUMN_TYPE.get(k or "", "text")
        if want != "text" and cell_type(c) == "text" and (len(c) > 20 or _PUNCT.search(c)):
            return False
    return True


def _fit(keys: list, row: list[str]) -> Optional[list[str]]:
    """The cells of a single-space separated row: as many tokens as columns, or
    one less (a cell empty), or one more (a cell cut at a space: two adjacent
    text tokens joined); None when the line is no row of the table."""
    if abs(len(row) - len(keys)) > 1 or ("seq" in keys[:1] and cell_type(row[0]) != "seq" and len(row) >= len(keys)):
        return None
    if len(row) == len(keys) + 1:
        types = [cell_type(c) for c in row]
        k = next((j for j in range(len(row) - 1) if types[j] == types[j + 1] == "text"), None)
        if k is None:
            return None
        row = row[:k] + [row[k] + row[k + 1]] + row[k + 2:]
    return row


def _row(b, keys: list, row: list[str], spans: list[tuple[int, int]], extra: list,
         above: Optional[list]) -> Optional[list]:
    """One row read by :func:`kg.extract.tables.row_record` into ``b.out``, with its
    evidence; returns its cells by column, for the row below (see :func:`fill_down`)."""
    if len(row) == len(keys) - 1 and keys and keys[0] == "seq" and cell_type(row[0]) != "seq":
        row = [""] + row
    pairs = fill_down(keys, fit_row(keys, row), above)
    rec = row_record(pairs, b.doc, b.as_of, extra or ())
    if rec is None:
        return pairs
    evidence = tuple(Evidence(b.orig[s:e], s, e) for s, e in spans)
    rec = replace(rec, task=rec.task[:60], text=" ".join(e.text for e in evidence), evidence=evidence,
                  id=None, line=b._line(spans[0][0]))
    b.out.append(b._unfold(rec, spans))
    return pairs


def line_table(b, paras: list[Span], i: int) -> Optional[int]:
    """If ``paras[i]`` is a table header with its cells on one line (tabs,
    runs of spaces, ``|``, or single spaces as copied from a PDF), read its
    rows into ``b.out`` and return the index after the table."""
    para = paras[i]
    spaced = False  # 序号 重点任务 牵头单位 责任单位 完成时限: a table copied from a PDF, one space between cells
    if not ("\t" in para.text or "  " in para.text or "|" in para.text):
        if " " not in para.text.strip() or _PUNCT.search(para.text):
            return None
        header = para.text.split()
        keys = [header_key(c) for c in header]
        if len([k for k in keys if k]) < 3 or keys.count(None) > 1:
            return None
        spaced = True
    else:
        header = split_cells(para.text)
        keys = [header_key(c) for c in header]
    if len([k for k in keys if k and k not in ("seq", "note")]) < 2:
        return None
    rows: list[tuple[list[str], Span, list]] = []
    group: list = []
    j = i + 1
    lower = split_cells(paras[j].text) if j < len(paras) and not spaced else []
    if len(lower) == len(header) and len([c for c in lower if header_key(c)]) >= 2:
        # a header of two rows (责任主体 over 牵头单位 / 配合单位): the lower names win
        header = [lo if header_key(lo) else hi for hi, lo in zip(header, lower)]
        j += 1
    while j < len(paras):
        row = paras[j].text.split() if spaced else split_cells(paras[j].text)
        if len(row) < 2 and not spaced and len(paras[j].text) <= 40 and j + 1 < len(paras) \
                and len(split_cells(paras[j + 1].text)) >= 2:
            # 一、经济发展(牵头领导:孙立): a section row between rows; its leaders go to the rows under it
            _, fields = label_fields(paras[j].text)
            group = [(k, v) for k, v, _, _ in fields if k in KEY_ROLE]
            j += 1
            continue
        if len(row) < 2 or header_key(row[0]) is not None:
            break
        if spaced:
            row = _fit(keys, row)
            if row is None:
                break
        if not all(re.fullmatch(r"[-:=\s]*", c) for c in row):  # (a Markdown rule line)
            rows.append((row, paras[j], group))
        j += 1
    if rows and keys[0] != "seq" and all(len(r) == len(header) + 1 and SEQ.fullmatch(r[0]) for r, _, _ in rows):
        header = ["序号"] + header  # rows numbered under a header without 序号
    keys = column_keys(header, [r for r, _, _ in rows])
    if "task" not in keys:
        return None
    describe(header, keys, f"at line {b._line(para.start)}")
    above = None
    for row, p, grp in rows:
        if row and _TOTAL.match(row[0] if keys[0] != "seq" or len(row) < 2 else row[1] or row[0]):
            continue  # 合计
        above = _row(b, keys, with_units(header, keys, row), [(p.start, p.end)], grp, above)
    return j



def flat_table(b, paras: list[Span], i: int) -> Optional[int]:
    """A table flattened one cell per line, as copied from a web page (each
    cell may end in ``|``, as some page-to-text tools write them): a run of
    header cells (序号 / 2022年预期目标 / 责任单位 …), then rows of as many
    cells.  With a sequence column a new row opens at the next number (a row
    with a cell missing is aligned by the kind of its cells); a section line
    between rows (``一、…(牵头领导:王五)``) gives its labelled fields to the
    rows under it."""
    def cell(p: Span) -> tuple[str, bool]:
        return p.text.rstrip("|").strip(), p.text.endswith("|")

    j = i
    header: list[str] = []
    group_at = None
    while j < len(paras):
        c, pipe = cell(paras[j])
        if c and len(c) <= 14 and header_key(c):
            header.append(c)
        elif c and len(c) <= 4 and j + 1 < len(paras) and len(c + cell(paras[j + 1])[0]) <= 14 \
                and header_key(c + cell(paras[j + 1])[0]) \
                and (not header_key(cell(paras[j + 1])[0]) or c + cell(paras[j + 1])[0] in ALIASES):
            header.append(c + cell(paras[j + 1])[0])  # 完成 / 时限: a header cell broken over two lines
            j += 1
        elif header and group_at is None and _GROUP_HEAD.fullmatch(c) and j + 1 < len(paras) \
                and header_key(cell(paras[j + 1])[0]):
            group_at = len(header)  # 责任主体 over 牵头单位 / 配合单位, which come after the first header row
        elif not (pipe and not c and header):
            break
        j += 1
    if group_at is not None:
        k = 0
        while k < len(header) - group_at and header_key(header[-1 - k]) in KEY_ROLE:
            k += 1
        if k:
            header = header[:group_at] + header[len(header) - k:] + header[group_at:len(header) - k]
    keys = [header_key(h) for h in header]
    if len(header) < 3 or len([k for k in keys if k and k not in ("seq", "note")]) < 2:
        return None
    if keys[0] != "seq" and j + 1 < len(paras) and re.fullmatch(r"1[.、.]?", cell(paras[j])[0]) \
            and not SEQ.fullmatch(cell(paras[j + 1])[0]):
        header, keys = ["序号"] + header, ["seq"] + keys  # rows numbered under a header without 序号
    n = len(header)
    by_seq = keys[0] == "seq"
    rows: list[tuple[list[Span], list]] = []
    group: list = []
    cur: Optional[list[Span]] = None
    prev: Optional[int] = None
    while j < len(paras):
        c, pipe = cell(paras[j])
        if not c:  # an empty cell of a pipe-flattened table: the row is aligned by its cells
            j += 1
            continue
        if len(c) <= 14 and header_key(c) and all(  # the header of the next table
                len(cell(q)[0]) <= 14 and header_key(cell(q)[0]) for q in paras[j + 1:j + 3]) and j + 3 <= len(paras):
            break
        if by_seq:
            num = int(c.rstrip(".、.")) if re.fullmatch(r"\d{1,4}[.、.]?", c) else None
            opens = bool(SEQ.fullmatch(c)) and (cur is None or (len(cur) >= 2 and (
                num is None or prev is None or num == prev + 1 or len(cur) >= n - 1)))
            if opens:
                cur = [paras[j]]
                rows.append((cur, group))
                prev = num
            elif SECTION_RX.match(c) and (cur is None or len(cur) >= 2):
                _, fields = label_fields(c)
                group = [(k, v) for k, v, _, _ in fields if k in KEY_ROLE]
                cur = None
            elif cur is not None and len(cur) < n and len(c) <= 300:
                cur.append(paras[j])
            elif cur is not None and prev is not None and len(c) <= 300 and any(
                    re.fullmatch(rf"{prev + 1}[.、.]?", cell(q)[0]) for q in paras[j + 1:j + 3]):
                cur.append(paras[j])  # a cell of two lines: the next row's number follows
            else:
                break
        else:  # rows of n cells, while the cells fit their columns
            if cur is None or len(cur) >= n:
                if len(c) > 300:
                    break
                cur = [paras[j]]
                rows.append((cur, group))
            else:
                cur.append(paras[j])
            if len(cur) == n and not _fits(keys, [p.text.rstrip("|").strip() for p in cur]):
                rows.pop()
                j -= n - 1
                break
        j += 1
    if not by_seq and rows and len(rows[-1][0]) < n:
        j -= len(rows.pop()[0])
    cells = [[cell(p)[0] for p in r] for r, _ in rows]
    cells = [r[:n - 1] + ["".join(r[n - 1:])] if len(r) > n else r for r in cells]  # a cell of two lines
    keys = column_keys(header, cells)
    if "task" not in keys or not rows:
        return None
    describe(header, keys, f"at line {b._line(paras[i].start)}")
    above = None
    for (row, grp), texts in zip(rows, cells):
        above = _row(b, keys, with_units(header, keys, texts), [(row[0].start, row[-1].end)], grp, above)
    return j

