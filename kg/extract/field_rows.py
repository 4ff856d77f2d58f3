"""A record written as a table of its fields, one field a row, read as labelled lines (rx51).

A rectification notice often publishes one task as a two-column table: the field's name, then its value
(``整改责任单位 | 某区生态环境局 |``, ``整改时间 | 2020年5月至10月 |``).  Copied to text, each row is a line of two
cells; read as a table, the first column is no header and nothing is read.  :func:`unpiped` writes such rows as the
labelled lines they are (``整改责任单位:某区生态环境局``), which the labelled-field reader reads as one record, and
returns, as :func:`kg.extract.unwrap.unwrap` does, the map of each character back to the original text, so that
evidence is quoted from the original.

>>> t = "整改任务 | 甲河水质不达标 |\\n责任单位 | 某区水务局 |\\n整改时限 | 2021年底 |\\n"
>>> u, back = unpiped(t)
>>> u.splitlines()
['整改任务:甲河水质不达标', '责任单位:某区水务局', '整改时限:2021年底']
>>> t[back[u.index("某区")]:back[u.index("某区")] + 4]
'某区水务'
>>> unpiped("序号 | 任务 | 责任单位 |\\n1 | 甲河整治 | 某区水务局 |\\n")[1] is None
True
"""
from __future__ import annotations

import re
from typing import Optional

from .fields import header_key

#: a row of two cells, a field's name and its value: 整改责任单位 | 某局 | (the outer bars optional)
_ROW = re.compile(r"^[ \t\u3000]*\|?[ \t\u3000]*(?P<l>[^|\n]{2,14}?)[ \t\u3000]*\|[ \t\u3000]*(?P<v>[^|\n]*?[^|\s][^|\n]*?)"
                  r"(?:[ \t\u3000]*\|)*[ \t\u3000]*$")  # (empty cells after the value: 责任单位 | X局 | |, rx51)
#: the fewest field rows for a page to be read as a record of fields
_FEWEST = 3


def _field_rows(lines: list[str]) -> dict[int, re.Match]:
    """The lines that are rows of a field and its value (a name, then one cell), where three of them or more name a
    known column (the others a field of the page's own: 整改措施及成效 | …, 社会监督联系人 | …)."""
    rows = {}
    for k, line in enumerate(lines):
        m = _ROW.match(line) if "|" in line else None
        if m and _NAME.fullmatch(m.group("l")):
            rows[k] = m
    known = sum(1 for m in rows.values() if header_key(m.group("l")))
    return rows if known >= _FEWEST else {}


#: a field's name: Chinese words only (no figure, no sentence)
_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _cells(line: str) -> int:
    """The cells of a line of a table that are not empty."""
    return sum(1 for c in line.split("|") if c.strip())


def unpiped(text: str) -> tuple[str, Optional[list[int]]]:
    """``(text, back)``: rows of fields written as labelled lines and the map back (``back[i]`` the offset in
    ``text`` of the result's ``i``-th character); ``(text, None)`` where the page has fewer than three such rows
    or two rows of three cells or more (a table, read as one)."""
    if text.count("|") < 2 * _FEWEST:
        return text, None
    lines = text.split("\n")
    rows = _field_rows(lines)
    if not rows or sum(1 for k, line in enumerate(lines) if k not in rows and _cells(line) >= 3) > 1:
        return text, None  # (rows of three cells or more: a table; one such line is the record's number or title)
    out = []
    for k, (line, at) in enumerate(zip(lines, _starts(lines))):
        m = rows.get(k)
        if m:
            bar = line.index("|", m.end("l"))
            chars = m.group("l") + ":" + m.group("v")
            offs = [*range(at + m.start("l"), at + m.end("l")), at + bar, *range(at + m.start("v"), at + m.end("v"))]
            out.append((chars, offs, at + len(line)))
        else:
            out.append((line, list(range(at, at + len(line))), at + len(line)))
    return _joined(out, len(text))


def _starts(lines: list[str]) -> list[int]:
    """The offset in the text of each of its ``lines``."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _joined(lines: list[tuple[str, list[int], int]], size: int) -> tuple[str, list[int]]:
    """The text of ``lines`` — each its characters, their offsets in the original and where its break is — one a line,
    and the map back (its breaks at theirs, its end at the original's end, ``size``)."""
    out: list[str] = []
    back: list[int] = []
    for k, (chars, offs, brk) in enumerate(lines):
        out.append(chars)
        back.extend(offs)
        if k + 1 < len(lines):
            out.append("\n")
            back.append(brk)
    back.append(size)
    return "".join(out), back


#: a field's name alone on its line in brackets, its value on the lines below: [调查核实情况] / 【整改措施】
_BRACKET_LABEL = re.compile(r"^[ \t\u3000]*[\[【](?P<l>[\u4e00-\u9fff]{2,12})[\]】][ \t\u3000]*$")


def labels_joined(text: str) -> tuple[str, Optional[list[int]]]:
    """``(text, back)``: a field's name in brackets alone on its line joined to the value on the next line that is not
    blank (``[处理和整改情况]`` ⏎ ⏎ ``区环境局…`` → ``处理和整改情况:区环境局…``), the map back as :func:`unpiped`'s;
    ``(text, None)`` where the page has fewer than three such names.

    >>> t = "甲村有人焚烧秸秆。\\n[污染类型]\\n大气\\n\\n[调查核实情况]\\n  情况属实。\\n[处理和整改情况]\\n已清理。\\n"
    >>> u, back = labels_joined(t)
    >>> u.splitlines()
    ['甲村有人焚烧秸秆。', '污染类型:大气', '', '调查核实情况:情况属实。', '处理和整改情况:已清理。']
    >>> t[back[u.index("情况属实")]:back[u.index("情况属实")] + 4]
    '情况属实'
    """
    if text.count("[") + text.count("【") < _FEWEST:
        return text, None
    lines = text.split("\n")
    heads = {k: m for k, line in enumerate(lines) if (m := _BRACKET_LABEL.match(line))}
    joins = {}
    for k in heads:
        v = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].strip()), None)
        if v is not None and v not in heads:
            joins[k] = v
    if len(joins) < _FEWEST:
        return text, None
    starts = _starts(lines)
    out = []
    k = 0
    while k < len(lines):
        at = starts[k]
        if k in joins:
            m, v = heads[k], joins[k]
            value = lines[v]
            lead = len(value) - len(value.lstrip(" \t\u3000"))
            offs = [*range(at + m.start("l"), at + m.end("l")), at + m.end("l"), *range(starts[v] + lead, starts[v] + len(value))]
            out.append((m.group("l") + ":" + value[lead:], offs, starts[v] + len(value)))
            k = v + 1
        else:
            out.append((lines[k], list(range(at, at + len(lines[k]))), at + len(lines[k])))
            k += 1
    return _joined(out, len(text))
