"""Task lists whose items close with their units in brackets (工作要点, 实施方案, 任务分工).

A plan or a division of tasks often names each item's units at its end, in
brackets, without a label::

    3.推行审批事项清单管理。2023年9月底前编制并公布东湖区审批事项清单。(区数据局、区营商环境建设领导小组办公室牵头,区级各有关部门按职责分工负责)

One commitment per item: the item's heading (its first sentence) names the task,
the bracket gives the roles (generic groups are no actors; a section's
labelled leaders go before them), the first dated
deadline of the item its deadline, the sentences with a deadline or a target
and the bracket are its evidence.  The last item of a page cut in the middle of
its bracket (``(区政务服务办、区``) is read too when an earlier item of the same
list closed with one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from ..lazyre import lazy
from typing import Optional

from kg.model import Actor, Deadline

from ..actors import find_actors
from ..deadlines import find_deadlines
from ..fields import KEY_ROLE, LABEL, cell_actors, header_key
from ..items import labelled, with_group
from ..segment import Span, evidence_start, sentences
from ..targets import find_targets
from ..vocab import ITEM_NO
from .supervision import record

#: a closing bracket naming roles: (市甲局牵头,市乙局配合) / (责任单位:县丙局)
_ROLES = r"[^()]{0,60}?(?:牵头|负责|配合|协助|参与|落实|责任单位|牵头单位)[^()]{0,60}?"
_CLOSING = lazy(r"\((?P<r>" + _ROLES + r")\)\s*[。.;;]?\s*$")
#: a bracket cut by the end of the page: (市甲局、市
_CUT = lazy(r"\((?P<r>[^()]{1,40})$")
_ITEM = lazy(r"^\s*" + ITEM_NO + r"\s*")
_HEAD_END = lazy(r"[。;;]")


def _roles(bracket: str) -> list:
    """The actors of each comma clause of a bracket: 甲局牵头,乙局配合 → 甲局 lead, 乙局 assist; a labelled part
    (责任单位:城关镇人民政府) by its label (rx29)."""
    parts = [(part, list(find_actors(part).actors)) for part in re.split(r"[,,;;]", bracket)]
    if not any(found for _, found in parts):
        return []  # (a bracket of labels only is the labelled items' reader's)
    out = []
    for part, found in parts:
        label = _LABELLED.match(part.strip())
        if label and header_key(label.group("k")) in KEY_ROLE:  # (牵头处室:X is X's, not an office named 牵头处室; rx35)
            found = [Actor(n, k, r, p) for n, k, r, p in cell_actors(label.group("v"), header_key(label.group("k")))]
        out += found
    return out


_LABELLED = lazy(r"^(?P<k>[\u4e00-\u9fff]{2,6})[::](?P<v>.+)$")
#: a clause only of a term and its completion: 2017年10月底前完成 (the work is the clause before it)
_TERM_DONE = lazy(r"^(?:并|要|须|必须)?(?:于|在)?(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底|年内)(?:前|之前)?(?:全部|全面)?(?:完成|完工|到位|办结)$")


def _closing(text: str) -> Optional[re.Match]:
    m = _CLOSING.search(text)
    return m if m and _roles(m.group("r")) else None


def _listed(paras: list[Span], i: int) -> bool:
    """Another numbered item of the list closes with a bracket of roles."""
    return any(_ITEM.match(p.text) and _closing(p.text) for k, p in enumerate(paras) if k != i)


def _bracket(paras: list[Span], i: int) -> Optional[re.Match]:
    """The closing bracket of roles of ``paras[i]``, or the bracket the page's end cuts."""
    close = _closing(paras[i].text)
    if close is None and i == len(paras) - 1 and _listed(paras, i):
        return _CUT.search(paras[i].text)
    return close


def _dated_parts(b, para: Span, body_end: int) -> tuple[Optional[Deadline], list, list]:
    """The first dated deadline of the item's body, its targets and the spans of the sentences giving them."""
    deadline, targets, spans = None, [], []
    for sent in sentences(Span(para.text[:body_end], para.start, para.start + body_end)):
        dated = [f for f in find_deadlines(sent.text, b.doc) if f.date]
        found = find_targets(sent.text)
        if dated and deadline is None:
            deadline = Deadline(dated[0].text, dated[0].date, dated[0].precision)
        if dated or found:
            targets.extend(found)
            spans.append((sent.start, sent.end))
    return deadline, targets, spans


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """A numbered item closing with its units in brackets (or cut in its bracket at the page's end)."""
    para = paras[i]
    head = _ITEM.match(para.text)
    close = _bracket(paras, i) if head else None
    if close is None:
        return None
    body_end = close.start()
    first = _HEAD_END.search(para.text, head.end(), body_end)
    task = para.text[head.end():first.start() if first else body_end].strip()
    parts = re.split(r"[,,]", task)
    if len(parts) == 2 and _TERM_DONE.match(parts[1].strip()):
        task = parts[0].strip()  # (对沿河12个直排口逐一排查封堵,2017年10月底前完成: the work, its term the deadline; rx29)
    if not 2 <= len(task) <= 40:
        return None
    deadline, targets, spans = _dated_parts(b, para, body_end)
    if deadline is None:  # (…。(市住建局牵头,市自然资源局配合,2018年11月底前完成): the term in the bracket, its last, rx29)
        dated = [f for f in find_deadlines(close.group("r"), b.doc) if f.date]
        deadline = Deadline(dated[-1].text, dated[-1].date, dated[-1].precision) if dated else None
    spans = [(para.start + head.start(), para.start + (first.end() if first else body_end))] + spans
    spans.append((para.start + close.start(), para.end))
    actors = with_group(b, _roles(close.group("r")))  # (the section's 牵头领导 before them)
    b.out.append(record(b, task.replace("“", "").replace("”", ""), spans, actors=actors,
                        targets=targets, deadline=deadline))
    return i + 1


#: a line that is only the labels of roles in brackets: (责任单位:市应急办、市民政局) / (牵头单位:甲局;配合单位:乙局)
_LABELS_ONLY = lazy(r"^\s*\(\s*(?:" + LABEL.pattern + r")[^()]*(?:\([^()]{0,8}\)[^()]*)*\)\s*[。;;]?\s*$")
#: a line that is only labels, without brackets: 责任单位:市应急办、市民政局 / 牵头单位:甲局;配合单位:乙局
_BARE_LABELS = lazy(r"^\s*(?:" + LABEL.pattern + r")[^。]*$")
#: the kinds of item number: (1) / (一) / 1. / 一、 / ①
_NUMBERING = (lazy(r"^\s*\(\d+\)"), lazy(r"^\s*\([一二三四五六七八九十]+\)"), lazy(r"^\s*\d+[.、.]"),
              lazy(r"^\s*[一二三四五六七八九十]+、"), lazy(r"^\s*[①-⑳]"))


def _numbering(text: str) -> Optional[int]:
    """Which kind of item number ``text`` opens with, if any."""
    return next((k for k, rx in enumerate(_NUMBERING) if rx.match(text)), None)


#: any item number that opens a line
_ANY_NO = lazy(r"^\s*(?:\([\d一二三四五六七八九十]+\)|\d+[.、.]|[一二三四五六七八九十]+、|[①-⑳])")


def _label_lines(b, paras: list[Span]) -> tuple:
    """The indices of the paragraphs that are only labels (bracketed or not), once per speech."""
    key = (id(paras), len(paras))
    if getattr(b, "_label_lines_key", None) != key:
        b._label_lines_key = key
        b._label_lines = tuple(k for k, p in enumerate(paras)
                               if p.text.lstrip()[:1] in "((" and _LABELS_ONLY.match(p.text) or _BARE_LABELS.match(p.text))
    return b._label_lines


def below(b, paras: list[Span], i: int) -> Optional[int]:
    """Numbered items with one line of roles in brackets below them all (a plan's division of tasks)::

        1.健全应急预案体系
        (1)加强预案管理,规范编制和备案。
        (2)推进基层预案全覆盖。
        (责任单位:市应急办、市民政局)

    Each item of the run just above the bracket (the same kind of number) is a commitment with those
    roles; the headings above the run (another kind of number, short, no full stop) are no commitment of
    their own when the run has items; a line of labels without brackets does so below a run of two or
    more under a heading (rx23)."""
    below_at = _label_lines(b, paras)
    if not below_at or not any(i < k <= i + 13 for k in below_at) or not _ANY_NO.match(paras[i].text):
        return None  # (no line of labels below: the common case, decided at once)
    found = _run_above_labels(paras, i)
    if found is None:
        return None
    heads, run, j = found
    bracketed = bool(_LABELS_ONLY.match(paras[j].text))
    if any("。" in p.text or len(p.text) > 40 for p in heads) or not (bracketed or (heads and len(run) >= 2)):
        return None  # (an item of prose above: it is read on its own; bare labels below one item are that item's)
    for item in run:
        rec = labelled(b, [item, paras[j]])
        if rec:
            b.out.append(rec)
    return j + 1


def _run_above_labels(paras: list[Span], i: int) -> Optional[tuple[list, list, int]]:
    """``(headings, run, j)``: numbered paragraphs from ``i`` down to a line of labels ``paras[j]``, the run
    being the last of them with the same kind of number; None where a line is not numbered first."""
    j, kinds = i, []
    while j < len(paras) and j - i <= 12 and not LABEL.search(paras[j].text):
        kinds.append(_numbering(paras[j].text))
        if kinds[-1] is None:
            return None
        j += 1
    if not kinds or j >= len(paras) or not (_LABELS_ONLY.match(paras[j].text) or _BARE_LABELS.match(paras[j].text)):
        return None
    at = len(kinds) - next((k for k, kind in enumerate(reversed(kinds)) if kind != kinds[-1]), len(kinds))
    return paras[i:i + at], paras[i + at:j], j


#: an item's label, its roles in brackets, then a colon: ①地质灾害隐患排查(段某牵头;市自然资源局负责,各县区配合):
_ROLES_HEAD = lazy(r"\s*(?:" + ITEM_NO + r")?\s*(?P<l>[\u4e00-\u9fff“”]{2,20})[((](?P<r>[^()()]{2,60}?(?:牵头|负责|配合|协助)"
                   r"[^()()]{0,30})[))]\s*[::]")


def headed_roles(records: list, text: str) -> list:
    """①X排查(段某牵头;Y局负责,各县区配合):5月15日前完成… : the label and its roles head the item's works on the rest of
    its line, which name nobody; the head is no commitment of its own where such a work follows (rx34)."""
    out, drop = list(records), set()
    for k, r in enumerate(out):
        at = evidence_start(r)
        if at is None or not r.actors:
            continue
        end = text.find("\n", at) % (len(text) + 1)  # (the line's end; the text's where it is the last line)
        if not _ROLES_HEAD.match(text, at, end):
            continue
        under = [j for j, o in enumerate(out) if j != k and not o.actors and at < (evidence_start(o) or -1) < end]
        if not under:
            continue
        drop.add(k)
        for j in under:
            out[j] = replace(out[j], actors=r.actors)
    return [r for k, r in enumerate(out) if k not in drop]

