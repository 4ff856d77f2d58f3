"""A table's rows copied without its header, cells split by ``|`` (a page's table whose header row was not kept; rx44)::

    1 | 完成12所学校食堂改造提升。 | 县教育局 | 已完成8所,其余4所施工中。 | 按时序推进 |
    2 | 新建社区养老服务站6个。 | 县民政局 | 已完成选址,尚未开工。 | 滞后 |

→ one commitment per row, each cell read by what it holds: the first cell of text after the number the task (its
figures the targets), a cell naming units only the units responsible (the header that would say 牵头 is gone), a
short cell that is a status word the status (else the status the cell of progress tells), the cell telling what is
done the progress's text, as of the report's date.  Three rows at least, a number opening each; a table with its
header is the table reader's.
"""
from __future__ import annotations

from typing import Optional

from kg.model import Actor, Progress

from ..actors import parse_list
from ..lazyre import lazy
from ..naming import task_text, tidy_task
from ..progress import find_progress
from ..segment import Span
from ..targets import find_targets
from .supervision import record

#: a row: its number, then two cells at least
_ROW = lazy(r"^\s*(?P<no>\d{1,3})\s*\|(?P<rest>(?:[^|\n]*\|){1,}[^|\n]*)$")
#: a cell that is a status word: 按时序推进 / 已完成 / 滞后 / 未开工
_STATUS = lazy(r"^(?:按时序推进|按序时推进|序时推进|正常推进|有序推进|推进中|已完成|完成|已办结|办结|滞后|进度滞后|未开工|未启动|"
               r"超序时|超时序|达序时|未达序时)$")
_STATUS_OF = {"滞后": "behind", "进度滞后": "behind", "未达序时": "behind", "未开工": "not_started", "未启动": "not_started",
              "已完成": "done", "完成": "done", "已办结": "done", "办结": "done"}


def _cells(text: str) -> list[tuple[str, int]]:
    """``(cell, offset)`` of a row's cells after its number, empty ones left out."""
    m = _ROW.match(text)
    out, pos = [], m.start("rest")
    for piece in m.group("rest").split("|"):
        cell = piece.strip()
        if cell:
            out.append((cell, pos + piece.find(cell)))
        pos += len(piece) + 1
    return out


def _units(cell: str) -> Optional[list]:
    items = parse_list(cell) if len(cell) <= 40 else None
    return items if items and all(k == "organization" for _, k, _ in items) else None


def _rows(paras: list[Span], i: int) -> tuple[list[Span], int]:
    """The rows from ``paras[i]`` on (lines of ``|`` alone between them skipped) and the index after them."""
    rows, j = [], i
    while j < len(paras):
        t = paras[j].text.strip()
        if _ROW.match(t):
            rows.append(paras[j])
        elif t.strip("| ") != "":
            break
        j += 1
    return rows, j


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """Three numbered rows of ``|`` cells or more from ``paras[i]``, with no header: one commitment per row; else None."""
    if not _ROW.match(paras[i].text.strip()) or (i > 0 and "|" in paras[i - 1].text and not _ROW.match(paras[i - 1].text.strip())
                                                  and paras[i - 1].text.strip("| ")):
        return None  # (a header row before: the table reader's)
    rows, j = _rows(paras, i)
    if len(rows) < 3:
        return None
    made = [r for r in (_row_record(b, row) for row in rows) if r is not None]
    if len(made) < 3:
        return None
    b.out.extend(made)
    return j


def _row_record(b, row: Span):
    lead = len(row.text) - len(row.text.lstrip())
    cells = _cells(row.text.strip())
    task_cell, units, status, told = None, None, None, None
    for cell, at in cells:
        if _STATUS.match(cell):
            status = _STATUS_OF.get(cell, "on_track")
        elif units is None and _units(cell):
            units = _units(cell)
        elif task_cell is None:
            task_cell = (cell, at)
        elif units is not None and told is None:
            told = cell
    if task_cell is None or units is None:
        return None
    cell, at = task_cell
    found = find_progress(told) if told else None
    status = status or (found.status if found else None)
    progress = Progress(status, found.percent if found else None, b.as_of, (told or "")[:60] or None) if status else None
    start = row.start + lead + at
    return record(b, tidy_task(task_text(cell)) or cell[:20], [(start, start + len(cell))],
                  actors=[Actor(n, "organization", "responsible") for n, _, _ in units], targets=find_targets(cell),
                  progress=progress)
