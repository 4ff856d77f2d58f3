"""Tables in text, read before the sentences: a header line with its cells on one
line (``序号\t工作任务\t牵头单位``, ``| 序号 | 整改事项 | 整改时限 |``, or single spaces as
copied from a PDF) or a table flattened one cell per line as copied from a web page
(``序号`` / ``2022年预期目标`` / ``责任单位`` / ``1`` / ``税收收入增长6%左右`` / ``区税务局`` …).
Columns and rows are read by :mod:`kg.extract.tables`, as in CSV and XLSX files.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from dataclasses import replace
from typing import Optional

from kg.model import Actor, Deadline, Evidence

from ..actors import parse_item
from ..deadlines import find_deadlines
from ..docdate import DocDate
from ..fields import ALIASES, COLUMN_TYPE, KEY_ROLE, SEQ, cell_type, header_key, label_fields, split_cells
from ..naming import tidy_task
from ..segment import Span
from ..targets import find_targets
from ..vocab import MANNER_HEAD_RX, SECTION_RX
from ..tables import column_keys, describe, fill_down, fit_row, row_record, target_name, with_units
from .counts import record


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A table at ``paras[i]``: one line per row, else one cell per line."""
    n0 = len(b.out)
    j = line_table(b, paras, i)
    j = j if j is not None else flat_table(b, paras, i)
    j = j if j is not None else headless_table(b, paras, i)
    unit = _caption_unit(paras, i) if j is not None else None
    if unit:  # 二、部分重点项目推进情况(单位:万元) ⏎ 序号 项目名称 … 年度计划投资 ⏎ 1 X 42000 …: the amounts' unit (rx37)
        b.out[n0:] = [replace(r, targets=tuple(replace(t, unit=unit) if t.unit is None and t.value is not None else t
                                                for t in r.targets)) for r in b.out[n0:]]
    return j


#: a table's unit told in its caption or over it: (单位:万元) / 单位:亿元
_UNIT_NOTE = lazy(r"[((]?\s*(?:金额|计量)?单位\s*[::]\s*(?P<u>万元|亿元|元|公里|亩|户|个|平方米|万平方米)\s*[))]?")


def _caption_unit(paras: list[Span], i: int) -> Optional[str]:
    """The unit the table's caption or header line gives its amounts (单位:万元), else None."""
    for k in (i, i - 1, i - 2):
        m = _UNIT_NOTE.search(paras[k].text[:200]) if k >= 0 else None
        if m:
            return m.group("u")
    return None


_PUNCT = lazy(r"[,。;:,;:!?、]")
_GROUP_HEAD = lazy(r"责任(?:主体|分工|单位|领导)?|(?:牵头|分管|责任)?(?:领导|单位|部门)及责任人|分工")
_TOTAL = lazy(r"^(?:合\s*计|总\s*计|小\s*计)$")


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
    elif len(row) == len(keys) > 1 and keys[0] == "seq" and cell_type(row[0]) != "seq" and not row[-1].strip():
        row = [""] + row[:-1]  # (a second work under one number, its cells shifted left: X | 810 | 101% | |)
    elif len(row) == len(keys) - 1 and len(keys) > 1 and keys[1] == "seq" and cell_type(row[0]) == "seq":
        row = [""] + row  # (大类 | 序号 | …: the first column merged down its group, left out below its first row; rx24)
    pairs = fill_down(keys, fit_row(keys, row), above)
    rec = row_record(pairs, b.doc, b.as_of, extra or ())
    if rec is None:
        return pairs
    evidence = tuple(Evidence(b.orig[s:e], s, e) for s, e in spans)
    rec = replace(rec, task=rec.task[:60], text=" ".join(e.text for e in evidence), evidence=evidence,
                  id=None, line=b._line(spans[0][0]), actors=_pledger_too(b, rec.actors))
    b.out.extend(_indicators(b, rec, pairs, spans[0]) or [b._unfold(rec, spans)])
    return pairs


#: a sentence of a task cell
_CELL_SENT = lazy(r"[^。;;]+[。;;]?")


def _indicators(b, rec, pairs: list, span: tuple[int, int]) -> list:
    """A row whose task cell states several indicators, a sentence each (全市生产总值增长8%左右。固定资产投资增长12%左右。
    完成年度节能减排降碳任务。): one record per sentence, the row's units and status theirs, each its own figures
    (the seed's indicator rows, rx41); else ``[]``."""
    cell = next((v for k, v in pairs if k == "task" and v), "")
    sents = [m.group().strip() for m in _CELL_SENT.finditer(cell) if len(m.group().strip(" 。;;")) >= 4]
    if len(sents) < 2 or any(len(x) > 40 for x in sents) or sum(1 for x in sents if find_targets(x)) < 2:
        return []
    out, at = [], span[0]
    for x in sents:
        k = b.t.find(x, at, span[1])
        if k < 0:
            return []
        at = k + len(x)
        targets = find_targets(x)
        task = target_name(tidy_task(x.rstrip("。;;")), targets) or x
        out.append(record(b, task, [(k, k + len(x))], list(rec.actors), rec.deadline, targets, rec.progress))
    return out


def _pledger_too(b, actors: tuple) -> tuple:
    """A unit's table of pledges (东湖区交通局…公开承诺事项, rows naming only 责任人): the
    unit pledges each row beside the person (rx10)."""
    if not (getattr(b, "pledge_list", False) and b.unit) or any(a.kind == "organization" for a in actors):
        return actors
    return tuple(actors) + (Actor(b.unit, "organization", "responsible"),)


#: a table's caption naming the work its rows are units of: 附:户厕改造进度滞后村名单(截至11月15日) / 危房改造进展情况表
_CAPTION = lazy(r"^\s*(?:附(?:件|表)?\d*[::])?\s*(?:(?:19|20)\d\d年度?)?(?P<w>[\u4e00-\u9fff“”]{2,16}?)(?:工作)?(?:任务)?(?:进度|进展|推进|完成)?(?:滞后|缓慢|较慢|情况)?的?"
                r"(?:村|乡镇|镇|街道|单位|部门|社区)?(?:名单|情况表|统计表|一览表|明细表|进度表)(?:[((][^()()]*[))])?\s*$")


def _caption_work(paras: list[Span], i: int) -> Optional[str]:
    """The work the caption over a table names, else None."""
    m = _CAPTION.match(paras[i - 1].text) if i else None
    return m.group("w") if m else None


def line_table(b, paras: list[Span], i: int) -> Optional[int]:
    """If ``paras[i]`` is a table header with its cells on one line (tabs,
    runs of spaces, ``|``, or single spaces as copied from a PDF), read its
    rows into ``b.out`` and return the index after the table."""
    para = paras[i]
    head = _line_header(para.text)
    if head is None:
        return None
    header, keys, spaced = head
    j = i + 1
    lower = _lower_header(header, paras[j].text) if j < len(paras) and not spaced else None
    if lower is not None:
        header = lower
        j += 1
    rows, j = _line_rows(paras, j, keys, spaced)
    if rows and keys[0] != "seq" and all(len(r) == len(header) + 1 and SEQ.fullmatch(r[0]) for r, _, _, _ in rows):
        header = ["序号"] + header  # rows numbered under a header without 序号
    keys = column_keys(header, [r for r, _, _, _ in rows])
    work = _caption_work(paras, i) if "task" not in keys and "responsible_org" in keys else None
    if work:  # 附:户厕改造进度滞后村名单 ⏎ 村名 年度任务 已完工 …: each row the unit's part of the caption's work (rx36)
        unit = keys.index("responsible_org")
        header = ["工作任务"] + header
        rows = [([r[unit] + work if unit < len(r) else work] + r, p, grp, marks) for r, p, grp, marks in rows]
        keys = ["task"] + keys
    if "task" not in keys:
        return None
    describe(header, keys, f"at line {b._line(para.start)}")
    above, n0 = None, len(b.out)
    for row, p, grp, marks in rows:
        if not _is_total(keys, row):
            n = len(b.out)
            above = _row(b, keys, with_units(header, keys, row), [(p.start, p.end)], grp, above)
            if len(b.out) > n:
                _milestones(b, b.out[-1], marks)
    _year_plan(b, header, keys, n0)
    return j


#: a column of the year's plan: 占全年计划 / 年度计划 / 全年目标 (its rows the year's works)
_YEAR_COLUMN = lazy(r"^(?:占)?(?:全年|年度)(?:计划|目标|任务)(?!.*投资)")  # (年度计划投资: a project's money this year, no term)


def _year_plan(b, header: list[str], keys: list, n0: int) -> None:
    """A table measured against the year's plan (占全年计划 | 110%): its rows with no term are due by the year's end
    (rx52)."""
    if not b.doc.year or not any(k in ("percent", "target") and _YEAR_COLUMN.match(h.strip()) for h, k in zip(header, keys)):
        return
    due = Deadline("全年", f"{b.doc.year}-12-31", "year")
    b.out[n0:] = [r if r.deadline else replace(r, deadline=due) for r in b.out[n0:]]


#: a milestone line under a table's row: 3月:完成施工图审查; / 2017年8月:建成投用 (rx29)
_MILESTONE = lazy(r"^\s*(?P<t>(?:(?:19|20)\d\d年)?\d{1,2}月(?:份)?(?:底|末|上旬|中旬|下旬)?)\s*[::]\s*(?P<w>[^\n]+?)[;;。]?\s*$")


def _milestones(b, rec, lines: tuple) -> None:
    """Each milestone line under a row (``3月:完成施工图审查;``): a commitment of the row's work and units, due by
    the end of its month (rx29)."""
    for span in lines:
        m = _MILESTONE.match(span.text)
        found = [d for d in find_deadlines(m.group("t"), b.doc) if d.date]
        step = re.sub(r"^(?:全面|全部)?完成", "", tidy_task(re.split(r"[,,]", m.group("w"))[0]))
        dl = Deadline(found[0].text, found[0].date, found[0].precision) if found else None
        b.out.append(record(b, rec.task + step, [(span.start, span.end)], list(rec.actors), dl, find_targets(m.group("w")), None))


def _line_header(text: str) -> Optional[tuple[list[str], list, bool]]:
    """``(cells, keys, spaced)`` of a header line: cells split at tabs, runs of
    spaces or ``|``, else at single spaces (``序号 重点任务 牵头单位 责任单位 完成时限``:
    a table copied from a PDF, then at least three cells must name a column);
    None when the line is no header of two columns or more besides 序号 and 备注."""
    if "\t" in text or "  " in text or "|" in text:
        header, spaced = split_cells(text), False
    else:
        if " " not in text.strip() or _PUNCT.search(text):
            return None
        header, spaced = text.split(), True
        keys = [header_key(c) for c in header]
        if len([k for k in keys if k]) < 3 or keys.count(None) > 1:
            return None
    keys = [header_key(c) for c in header]
    if len([k for k in keys if k and k not in ("seq", "note")]) < 2:
        return None
    return header, keys, spaced


def _lower_header(header: list[str], text: str) -> Optional[list[str]]:
    """A header of two rows (责任主体 over 牵头单位 / 配合单位): the header with the
    lower names where they name a column, or None when ``text`` is no second header row."""
    lower = split_cells(text)
    if len(lower) == len(header) and len([c for c in lower if header_key(c)]) >= 2:
        return [lo if header_key(lo) else hi for hi, lo in zip(header, lower)]
    return None


def _line_rows(paras: list[Span], j: int, keys: list, spaced: bool) -> tuple[list, int]:
    """The rows from ``paras[j]`` on, ``(cells, paragraph, group fields)``, and the
    index after them: a row has two cells or more and does not start with a header name."""
    rows: list[tuple[list[str], Span, list]] = []
    group: list = []
    manner = False
    while j < len(paras):
        row = paras[j].text.split() if spaced else split_cells(paras[j].text)
        if rows and _under_row(rows[-1], paras[j], keys, spaced, row):
            j += 1
            continue
        if _section_row(paras, j, row, spaced):
            group = _role_fields(paras[j].text)  # its leaders go to the rows under it
            manner = MANNER_HEAD_RX.search(paras[j].text) is not None  # (二、作风承诺: rows of manners below, rx33)
            j += 1
            continue
        if len(row) < 2 or header_key(row[0]) is not None:
            break
        if spaced:
            row = _fit(keys, row)
            if row is None:
                break
        if not all(re.fullmatch(r"[-:=\s]*", c) for c in row) and not (manner and not _measured_row(row)):  # (a Markdown rule line)
            rows.append((row, paras[j], group, []))
        j += 1
    return rows, j


def _under_row(last: tuple, para: Span, keys: list, spaced: bool, row: list[str]) -> bool:
    """A line that is more of the row above, taken into it: its milestone (3月:完成施工图审查, rx29) or its work
    carried on to a second line (新增学位810个 | ||||, rx40)."""
    if _MILESTONE.match(para.text):
        last[3].append(para)
        return True
    if spaced:
        return _wrapped(last, keys, row)
    if len(row) < 2 or not _carried_on(keys, row):
        return False
    k = 1 if keys[0] == "seq" and len(last[0]) > 1 else 0
    last[0][k] = last[0][k] + "," + next(c for c in row if c.strip()).strip()
    return True


def _wrapped(last: tuple, keys: list, row: list[str]) -> bool:
    """A table copied from a PDF, its row wrapped: a line of one word under a row short of its cells is that row's —
    one more unit of its units' cell (区林业局 under 区农业农村委), else its next cell (rx40)."""
    cells = last[0]
    if len(row) != 1 or len(cells) >= len(keys) or len(cells) < 2 or _HEADING_WORD.match(row[0]):
        return False
    unit = parse_item(row[0])
    if unit and unit[1] == "organization" and all(parse_item(x) for x in re.split(r"、", cells[-1])):
        cells[-1] = cells[-1] + "、" + row[0]
    else:
        cells.append(row[0])
    return True


_HEADING_WORD = lazy(r"^(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))]|\d{1,2}[.、])")


def _carried_on(keys: list, row: list[str]) -> bool:
    """A line of one cell, the others empty, in a numbered table: the row above's work carried on to a second line."""
    full = [c for c in row if c.strip()]
    return keys[0] == "seq" and len(full) == 1 and bool(row[0].strip()) and not row[0].strip().isdigit() and len(row) < len(keys)


def _measured_row(row: list[str]) -> bool:
    """A row with a figure or a dated term in a cell (a manner's row under 二、作风承诺 has neither, rx33)."""
    return any(find_targets(c) or any(d.date for d in find_deadlines(c, DocDate(2000))) for c in row[1:])


def _section_row(paras: list[Span], j: int, row: list[str], spaced: bool = False) -> bool:
    """``一、经济发展(牵头领导:孙立)``: a short line of one cell between rows (in a table copied from a PDF, a numbered
    heading: rx40)."""
    if spaced:
        return len(row) == 1 and bool(_HEADING_WORD.match(row[0])) and len(paras[j].text) <= 40 and j + 1 < len(paras) \
            and len(paras[j + 1].text.split()) >= 2
    return len(row) < 2 and len(paras[j].text) <= 40 and j + 1 < len(paras) \
        and len(split_cells(paras[j + 1].text)) >= 2


def _role_fields(text: str) -> list:
    """The labelled role fields of a section line (``牵头领导:孙立``), for the rows under it."""
    _, fields = label_fields(text)
    return [(k, v) for k, v, _, _ in fields if k in KEY_ROLE]


def _is_total(keys: list, row: list[str]) -> bool:
    """``合计`` / ``小计``: a row of sums, in the first cell or the one after 序号."""
    return bool(row and _TOTAL.match(row[0] if keys[0] != "seq" or len(row) < 2 else row[1] or row[0]))


def _cell(p: Span) -> tuple[str, bool]:
    """A flattened cell's text, and whether it ended in ``|``."""
    return p.text.rstrip("|").strip(), p.text.endswith("|")


def flat_table(b, paras: list[Span], i: int) -> Optional[int]:
    """A table flattened one cell per line, as copied from a web page (each
    cell may end in ``|``, as some page-to-text tools write them): a run of
    header cells (序号 / 2022年预期目标 / 责任单位 …), then rows of as many
    cells.  With a sequence column a new row opens at the next number (a row
    with a cell missing is aligned by the kind of its cells); a section line
    between rows (``一、…(牵头领导:王五)``) gives its labelled fields to the
    rows under it."""
    if len(_cell(paras[i])[0]) > 14:
        return None  # no header cell (a header's first cell, or the first piece of a broken one, is short; rx19)
    header, j = _flat_header(paras, i)
    keys = [header_key(h) for h in header]
    if len(header) < 3 or len([k for k in keys if k and k not in ("seq", "note")]) < 2:
        return None
    if keys[0] != "seq" and _numbered_below(paras, j):
        header, keys = ["序号"] + header, ["seq"] + keys
    n = len(header)
    rows, j = _rows_by_seq(paras, j, n) if keys[0] == "seq" else _rows_by_width(paras, j, n, keys)
    cells = [[_checked(_cell(p)[0]) for p in r] for r, _ in rows]
    cells = [r[:n - 1] + ["".join(r[n - 1:])] if len(r) > n else r for r in cells]  # a cell of two lines
    keys = column_keys(header, cells)
    if "task" not in keys or not rows:
        return None
    describe(header, keys, f"at line {b._line(paras[i].start)}")
    above = None
    for (row, grp), texts in zip(rows, cells):
        above = _row(b, keys, with_units(header, keys, texts), [(row[0].start, row[-1].end)], grp, above)
    return j


def _numbered_below(paras: list[Span], j: int) -> bool:
    """Rows numbered under a header without 序号: ``1`` (or ``1.``) then a cell that is no number."""
    return j + 1 < len(paras) and bool(re.fullmatch(r"1[.、.]?", _cell(paras[j])[0])) \
        and not SEQ.fullmatch(_cell(paras[j + 1])[0])


def _flat_header(paras: list[Span], i: int) -> tuple[list[str], int]:
    """The header cells from ``paras[i]`` on, one per line, and the index after them."""
    j = i
    header: list[str] = []
    group_at = None
    while j < len(paras):
        c, pipe = _cell(paras[j])
        if joined := _broken_header_cell(paras, j, c):
            header.append(joined)
            j += 1
        elif c and len(c) <= 14 and header_key(c):
            header.append(c)
        elif header and group_at is None and _group_head(paras, j, c):
            group_at = len(header)
        elif header and _unknown_head(paras, j, c):
            header.append(c)  # a column of its own kind between known ones (工作任务安排; rx18)
        elif not (pipe and not c and header):  # (an empty cell of a pipe-flattened header goes on)
            break
        j += 1
    return _regroup(header, group_at), j


def _broken_header_cell(paras: list[Span], j: int, c: str) -> Optional[str]:
    """``完成`` / ``时限``: a header cell broken over two lines, joined; else None.  Joined
    too where the first piece names no column (``责任`` / ``科室``, ``第二季度`` / ``完成情况``)
    or the second adds nothing to it (``攻坚目标`` / ``任务``; rx18)."""
    if not (c and len(c) <= 4 and j + 1 < len(paras)):
        return None
    nxt = _cell(paras[j + 1])[0]
    joined = c + nxt
    key = header_key(joined) if len(joined) <= 14 else None
    # (a group cell over the columns under it, 责任主体 over 牵头单位 / 配合单位, is not a piece of the next one)
    first_names_none = not header_key(c) and not _GROUP_HEAD.fullmatch(c)
    if key and (not header_key(nxt) or joined in ALIASES or first_names_none or header_key(c) == key):
        return joined
    return None


def _unknown_head(paras: list[Span], j: int, c: str) -> bool:
    """A short header cell naming no known column, with a known header cell (or a broken
    one) right after it: a column of its own between known ones (rx18)."""
    if not (c and 2 <= len(c) <= 8 and not SEQ.fullmatch(c) and not re.search(r"[\d,。;:,;:]", c)) or j + 1 >= len(paras):
        return False
    nxt = _cell(paras[j + 1])[0]
    return bool(nxt and len(nxt) <= 14 and (header_key(nxt) or _broken_header_cell(paras, j + 1, nxt)))


def _group_head(paras: list[Span], j: int, c: str) -> bool:
    """``责任主体`` over ``牵头单位`` / ``配合单位``: a group cell followed by a header cell."""
    return bool(_GROUP_HEAD.fullmatch(c)) and j + 1 < len(paras) and bool(header_key(_cell(paras[j + 1])[0]))


def _regroup(header: list[str], group_at: Optional[int]) -> list[str]:
    """The role cells of a group header, which come after the first header row,
    moved back to where the group stands."""
    if group_at is None:
        return header
    k = 0
    while k < len(header) - group_at and header_key(header[-1 - k]) in KEY_ROLE:
        k += 1
    if k:
        header = header[:group_at] + header[len(header) - k:] + header[group_at:len(header) - k]
    return header


def _next_table(paras: list[Span], j: int, c: str) -> bool:
    """Three header cells in a row: the header of the next table."""
    return len(c) <= 14 and bool(header_key(c)) and all(
        len(_cell(q)[0]) <= 14 and header_key(_cell(q)[0]) for q in paras[j + 1:j + 3]) and j + 3 <= len(paras)


def _opens_row(c: str, cur: Optional[list], prev: Optional[int], n: int) -> bool:
    """A sequence cell (``3`` / ``3.``) opens a row: the first one, or one after a
    row of two cells or more that it numbers next (or that is nearly full)."""
    num = int(c.rstrip(".、.")) if re.fullmatch(r"\d{1,4}[.、.]?", c) else None
    return bool(SEQ.fullmatch(c)) and (cur is None or (len(cur) >= 2 and (
        num is None or prev is None or num == prev + 1 or len(cur) >= n - 1)))


def _number_follows(paras: list[Span], j: int, prev: Optional[int]) -> bool:
    """The next row's number comes within two lines: ``paras[j]`` is the second line of a cell."""
    return prev is not None and any(re.fullmatch(rf"{prev + 1}[.、.]?", _cell(q)[0]) for q in paras[j + 1:j + 3])


def _rows_by_seq(paras: list[Span], j: int, n: int) -> tuple[list, int]:
    """Rows of a table with a sequence column, ``(cells, group fields)``: a row opens at
    the next number; a section line gives its labelled fields to the rows under it."""
    rows: list[tuple[list[Span], list]] = []
    group: list = []
    cur: Optional[list[Span]] = None
    prev: Optional[int] = None
    while j < len(paras):
        c, _ = _cell(paras[j])
        if not c:  # an empty cell of a pipe-flattened table: the row is aligned by its cells
            j += 1
            continue
        if _next_table(paras, j, c):
            break
        if _opens_row(c, cur, prev, n):
            cur = [paras[j]]
            rows.append((cur, group))
            prev = int(c.rstrip(".、.")) if re.fullmatch(r"\d{1,4}[.、.]?", c) else None
        elif SECTION_RX.match(c) and (cur is None or len(cur) >= 2):
            group = _role_fields(c)
            cur = None
        elif cur is not None and _BOX.match(c) and _BOX.match(_cell(cur[-1])[0]):
            last = cur[-1]  # □已完成 ⏎ ☑达到时序进度 ⏎ …: the options of one cell, a line each
            cur[-1] = Span(last.text + " " + paras[j].text, last.start, paras[j].end)
        elif cur is not None and len(c) <= (1500 if len(cur) < n - 1 else 300) and (len(cur) < n or _number_follows(paras, j, prev)):
            cur.append(paras[j])
        else:
            break
        j += 1
    return rows, j


#: an option of a cell of boxes to tick: □已完成 / ☑达到时序进度
_BOX = lazy(r"^\s*[□☐☑✅✔■√]")
#: a ticked option: ☑X / ✅X / ✔X / ■X / √X (the text up to the next box)
_TICKED = lazy(r"[☑✅✔■√]\s*(?P<o>[^□☐☑✅✔■√]+)")


def _checked(cell: str) -> str:
    """A cell of options to tick (□已验收销号 ☑已完成 □未达时序进度): the option ticked; the cell as it is else."""
    if not _BOX.match(cell) or "□" not in cell and "☐" not in cell:
        return cell
    ticked = [m.group("o").strip() for m in _TICKED.finditer(cell)]
    return " ".join(ticked) if ticked else ""


def _rows_by_width(paras: list[Span], j: int, n: int, keys: list) -> tuple[list, int]:
    """Rows of ``n`` cells of a table without a sequence column, while the cells fit
    their columns (a row left short at the end is no row)."""
    rows: list[tuple[list[Span], list]] = []
    cur: Optional[list[Span]] = None
    while j < len(paras):
        c, _ = _cell(paras[j])
        if not c:
            j += 1
            continue
        if _next_table(paras, j, c):
            break
        if cur is None or len(cur) >= n:
            if len(c) > 300:
                break
            cur = [paras[j]]
            rows.append((cur, []))
        else:
            cur.append(paras[j])
        if len(cur) == n and not _fits(keys, [p.text.rstrip("|").strip() for p in cur]):
            rows.pop()
            j -= n - 1
            break
        j += 1
    if rows and len(rows[-1][0]) < n:
        j -= len(rows.pop()[0])
    return rows, j


#: the least rows of a table without a header line
_HEADLESS_ROWS = 3
#: the columns that name who does the work
_WHO = ("lead_org", "responsible_org", "assist_org", "lead_person", "responsible_person")


def headless_table(b, paras: list[Span], i: int) -> Optional[int]:
    """Rows of ``|`` cells with no header line above them (一等奖 | 县公安局 | 打造X品牌 | 王某 |), three or more with one
    count of cells, the first row a line of its own (rows joined into one paragraph are cut by that count; a row's
    empty last cell may be left off): each column read by what its cells hold
    (:func:`~kg.extract.tables.column_keys`), one commitment a row where a column is the task and another names a
    unit or a person; the index after the rows, else None (rx50)."""
    width = len(split_cells(paras[i].text))
    rows = []
    j = i
    while j < len(paras) and paras[j].text.count("|") >= 2:
        rows += _rows_of(paras[j], width)
        j += 1
    if len(rows) < _HEADLESS_ROWS or width < 3 or any(len(c) < width - 1 for c, _ in rows) \
            or any(header_key(c) for c in rows[0][0] if c):
        return None
    cells = [c + [""] * (width - len(c)) for c, _ in rows]
    keys = column_keys([""] * width, cells)
    if "task" not in keys or not any(k in _WHO for k in keys):
        return None
    describe([""] * width, keys, f"at line {b._line(paras[i].start)} (no header)")
    for row, (_, span) in zip(cells, rows):
        _row(b, keys, row, [span], [], None)  # (no cell filled down: a row's empty cell is left off, not merged)
    return j


def _rows_of(para: Span, width: int) -> list[tuple[list[str], tuple[int, int]]]:
    """The rows of ``width`` cells in ``para`` (one, or several a paragraph joined), each with its span."""
    text = para.text
    cuts = [m.start() for m in re.finditer(r"\|", text)]
    lead = 1 if text.lstrip().startswith("|") else 0
    cells = [(a, b) for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(text)])]
    cells = cells[lead:]
    out = []
    for k in range(0, len(cells), width):
        part = [(a, b) for a, b in cells[k:k + width] if text[a:b].strip()]
        if part:
            s, e = part[0][0], part[-1][1]
            s += len(text[s:e]) - len(text[s:e].lstrip())
            e -= len(text[s:e]) - len(text[s:e].rstrip())
            out.append(([text[a:b].strip() for a, b in part], (para.start + s, para.start + e)))
    return out
