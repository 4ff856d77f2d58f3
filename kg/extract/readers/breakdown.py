"""Task-breakdown plans of a work report (重点工作任务分解, 责任分工, 分工方案):
sections headed by the leader who leads their items.

Example::

    一、张三区长牵头重点工作
    1.地区生产总值增长6%左右。 责任单位:区发改局、区统计局
    2.新建城南路停车场2处。 责任单位:区住建局

→ two commitments, each with 张三 as lead (a person) beside its own units.

The heading names a person and a post and says that he or she leads
(牵头 / 领衔 / 负责 / 分管) the section's work; the person goes to the items
below as ``牵头领导`` (:func:`kg.extract.items.with_group`), until the next
section heading.  A heading naming a post only (常务副区长牵头重点工作) gives
the post as the leader, as a ``牵头领导`` cell does.
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

from ..actors import POSTS
from ..fields import header_key
from ..tables import column_keys
from ..vocab import CN_NO
from .tables import _fit, _row

_POST = "|".join(sorted(POSTS, key=len, reverse=True))
#: 一、张三区长牵头重点工作 / 二、李四常务副县长领衔的工作 / 三、王五副区长负责事项
_LEADER_HEAD = lazy(r"^" + CN_NO + r"\s*(?:(?P<p0>" + _POST + r")|(?P<n>[\u4e00-\u9fff]{2,3}?)(?:同志)?(?P<p>" + _POST + r"))"
                          r"(?:牵头|领衔|负责|分管)(?:的)?(?:重点|主要)?(?:工作|任务|事项)(?:任务)?[::。]?$")


def leader_heading(text: str) -> Optional[str]:
    """The leader a section heading names, or None.

    >>> leader_heading("一、张三区长牵头重点工作"), leader_heading("二、常务副县长领衔的工作")
    ('张三', '常务副县长')
    >>> leader_heading("三、加快城南路建设")
    """
    m = _LEADER_HEAD.match(text.strip())
    if not m:
        return None
    return m.group("n") or m.group("p0")


def read(b, paras, i) -> Optional[int]:
    """A section heading naming its leader: the leader of the items below."""
    name = leader_heading(paras[i].text)
    if not name:
        return None
    b.group = [("lead_person", name)]
    b.heading_work, b.heading_reported = "", False
    return i + 1


#: a row number among the cells of a flattened table: ``1`` ``2`` … standing alone
_NUM_TOKEN = lazy(r"(?:(?<=\s)|^)(\d{1,3})(?=\s)")


def _header_run(tokens: list) -> int:
    """How many tokens open the line as column names (序号 重点任务 牵头单位 完成时限)."""
    n = 0
    while n < len(tokens) and header_key(tokens[n]) is not None:
        n += 1
    return n


def _rows_at(text: str, start: int) -> list:
    """``(s, e)`` of each row after ``start``: from each row number, counted 1, 2, 3 …, to the next."""
    cuts, want = [], 1
    for m in _NUM_TOKEN.finditer(text, start):
        if int(m.group(1)) == want:
            cuts.append(m.start(1))
            want += 1
    return [(s, e) for s, e in zip(cuts, cuts[1:] + [len(text)])]


def one_line_table(b, paras, i) -> Optional[int]:
    """A table whose header and rows ran into one line with single spaces
    (``序号 重点任务 牵头单位 完成时限 1 新建停车场2处 区住建局 6月底前 2 …``, a web
    table turned to text): each numbered row is read as a row of the table."""
    para = paras[i]
    text = para.text
    s = text.lstrip()
    sp = s.find(" ")
    if not 0 < sp <= 8 or header_key(s[:sp]) is None or "\t" in text or "|" in text:
        return None  # (the line opens with no column name: no table, read on)
    tokens = text.split()
    if len(tokens) < 5:
        return None
    n = _header_run(tokens)
    if n < 3 or n == len(tokens):
        return None
    header = tokens[:n]
    head_end = text.find(tokens[n - 1]) + len(tokens[n - 1])
    spans = _rows_at(text, head_end)
    rows = [(text[s:e].split(), s, e) for s, e in spans]
    keys = column_keys(header, [r for r, _, _ in rows])
    if "task" not in keys or len(rows) < 1:
        return None
    fitted = [(_fit(keys, r), s, e) for r, s, e in rows]
    if not fitted or any(r is None for r, _, _ in fitted):
        return None  # (a row that does not fit the columns: no table of ours)
    above = None
    for row, s, e in fitted:
        above = _row(b, keys, row, [(para.start + s, para.start + len(text[:e].rstrip()))], [], above)
    return i + 1
