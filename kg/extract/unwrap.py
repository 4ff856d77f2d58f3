"""Lines a copy of a PDF or a print page wrapped at a fixed width, joined again (rx41).

A speech published as PDF and copied to text keeps the page's line breaks: every line is as wide as the page,
breaking sentences, names (宝⏎塔区) and figures (征用⏎90%) wherever the line ends, and the converter puts spaces
around the half-width digits (3 月 15 日前).  Read as they are, each line is a paragraph and no sentence is whole.

:func:`unwrap` joins such lines: a line as wide as the page's lines (in display columns, a Chinese character two,
a digit one), not ending a sentence, goes on in the next line unless that opens an item or a heading.  A page
whose lines are not of one width (a web page, a table copied one cell a line) is left as it is.  It returns the
joined text and, for each of its characters, the offset in the original, so that evidence is quoted from the
original text.

>>> t = ("一、强化保障\\n县交通局要在3 月 15 日前完成全线设计\\n红线土地征用,城关镇要在3 月 30 日前\\n"
...      "完成拆迁。各乡镇要全力配合做好工作的\\n宣传和协调,确保按期交地,县财政局要及\\n时拨付补偿资金。\\n")
>>> u, back = unwrap(t)
>>> u.splitlines()[1]
'县交通局要在3月15日前完成全线设计红线土地征用,城关镇要在3月30日前完成拆迁。各乡镇要全力配合做好工作的宣传和协调,确保按期交地,县财政局要及时拨付补偿资金。'
>>> s, e = evidence_back(u.index("设计红线"), u.index("设计红线") + 4, back)
>>> t[s:e]
'设计\\n红线'
>>> unwrap("第一段。\\n第二段。\\n")
('第一段。\\n第二段。\\n', None)
>>> unwrap("要在 3 月 15 日前完成。")[0]
'要在3月15日前完成。'
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from typing import Optional

#: a line that opens an item or a heading: 一、 / (二) / 3. / 第四, / ①
_OPENS_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、是要]|[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}[.、.](?!\d)|第[一二三四五六七八九十]+[,、,]|[①-⑳])")
#: a line's end that ends a sentence or a label
_ENDS = "。!?!?;;::”』」"
#: a space a converter puts beside a half-width figure inside Chinese text: 3 月 15 日前 / 征用 90% / 完成 80%
_FIGURE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=\d)|(?<=\d) (?=[\u4e00-\u9fff%])")
#: the fewest lines of one width ending mid-sentence for a page to be read as wrapped
_FEWEST = 4


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _open_full(line: str) -> bool:
    """A line that may be a full line of a wrapped page: 30 columns wide or more, ending mid-sentence, no run of
    spaces (a signature's or a table's alignment), not a table's row of cells (1 | 新建X | 24 | 120% |)."""
    s = line.rstrip()
    return len(s) >= 15 and s[-1] not in _ENDS and "  " not in s.strip() and "\t" not in s and s.count("|") < 2 \
        and _width(s) >= 30


def _page_width(lines: list[str]) -> int:
    """The width of a wrapped page's full lines (0 when the page is not wrapped): the commonest width, give or take
    a little, of lines ending mid-sentence that run on into one more such line; at least four of them, and half of
    the lines ending mid-sentence."""
    open_ends = [k for k, x in enumerate(lines) if _open_full(x)]
    runs = [k for k in open_ends if (k + 1 in open_ends or k - 1 in open_ends) and k + 1 < len(lines)
            and not _OPENS_ITEM.match(lines[k + 1])]
    if len(runs) < _FEWEST:
        return 0
    counts = Counter(_width(lines[k].rstrip()) for k in runs)
    best = max(counts, key=lambda w: (sum(counts[v] for v in range(w - 4, w + 3)), w))
    near = sum(counts[v] for v in range(best - 4, best + 3))
    return best if near >= _FEWEST and near * 2 >= len(open_ends) else 0


def _wraps(line: str, nxt: str, width: int) -> bool:
    """Whether ``line`` is a full line of the page going on in ``nxt``."""
    s = line.rstrip()
    return bool(s) and bool(nxt.strip()) and s[-1] not in _ENDS and _width(s) >= width - 4 \
        and not _OPENS_ITEM.match(nxt)


def unwrap(text: str) -> tuple[str, Optional[list[int]]]:
    """``(joined, back)``: the text with its wrapped lines joined (and a figure's spaces out where it joined lines),
    ``back[i]`` the offset in ``text`` of ``joined[i]`` (``back[len(joined)] == len(text)``); the text itself and
    None where nothing is wrapped (no map of a long text's every offset for nothing)."""
    if "(" in text and _PINYIN.search(text) and text.count("\n") >= _FEWEST:
        return _unglossed(text)
    if text.count("\n") < _FEWEST:
        return _dates_squeezed(text)
    lines = text.split("\n")
    width = _page_width(lines)
    if not width:
        return _dates_squeezed(text)
    out: list[str] = []
    back: list[int] = []
    pos = 0
    joined_prev = False
    for k, line in enumerate(lines):
        wraps = k + 1 < len(lines) and _wraps(line, lines[k + 1], width)
        part = line.rstrip(" \t\u3000") if wraps else line
        start = pos
        if joined_prev:  # (the line goes on the one before: its indent out)
            lead = len(part) - len(part.lstrip(" \t\u3000"))
            part, start = part[lead:], pos + lead
        kept = _kept_chars(part) if (wraps or joined_prev) else list(range(len(part)))
        out.extend(part[i] for i in kept)
        back.extend(start + i for i in kept)
        pos += len(line) + 1
        if k + 1 < len(lines) and not wraps:
            out.append("\n")
            back.append(pos - 1)
        joined_prev = wraps
    back.append(len(text))
    return "".join(out), back


#: a space a converter put inside a date of a page that is not wrapped: 3 月 15 日前 / 2019 年 6 月底 (rx44)
_DATE_SPACE = re.compile(r"(?<=\d) (?=[年月日号])|(?<=[年月]) (?=\d)|(?<=[\u4e00-\u9fff]) (?=\d{1,4} [年月日号])")


_DATE_SPACE_QUICK = re.compile(r"\d [年月日号]|[年月] \d")


#: a line broken after a comma or an enumeration mark, as a phone's page breaks its lines: 2019年,⏎全区计划新开工37个、⏎…
#: (the break and the next line's indent; not before a line opening an item)
_COMMA_BREAK = re.compile(r"(?<=[,,、])[ \t\u3000]*\n[ \t\u3000]*(?=\S)")


#: a reading in pinyin a mirror put after a character (會(huì)議 / 縣長(zhǎng)): a tone mark in it (session 54)
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)")


def _unglossed(text: str) -> tuple[str, list[int]]:
    """:func:`unwrap` of a page a mirror glossed in pinyin: the glosses out first, then the wrapped lines joined; the
    two maps composed."""
    drop = _glosses(text)
    kept = [i for i in range(len(text)) if i not in drop]
    joined, back = unwrap("".join(text[i] for i in kept))
    kept.append(len(text))
    return joined, ([kept[i] for i in back] if back is not None else kept)


def _glosses(text: str) -> set[int]:
    """The offsets of a mirror's pinyin glosses (會(huì)議: the brackets and their letters)."""
    return {i for m in _PINYIN.finditer(text) for i in range(m.start(), m.end())}


def _dates_squeezed(text: str) -> tuple[str, Optional[list[int]]]:
    """``(text, None)``, or where a converter spaced the figures of its dates (3 月 15 日前), a page broke its lines
    after commas (2019年,⏎全区计划…、⏎竣工8个) or a mirror glossed its characters in pinyin (會(huì)議) the text with those
    spaces, breaks and glosses out and the map back to the original (as :func:`unwrap`)."""
    quick = bool(_DATE_SPACE_QUICK.search(text))
    glossed = "(" in text and bool(_PINYIN.search(text))
    if not quick and not glossed and "\n" not in text:
        return text, None
    drop = {m.start() for m in _DATE_SPACE.finditer(text)} if quick else set()
    drop |= _glosses(text) if glossed else set()
    for m in _COMMA_BREAK.finditer(text):
        if not _OPENS_ITEM.match(text, m.end()):
            drop.update(range(m.start(), m.end()))
    if not drop:
        return text, None
    kept = [i for i in range(len(text)) if i not in drop]
    return "".join(text[i] for i in kept), kept + [len(text)]


def _kept_chars(line: str) -> list[int]:
    """The offsets of a wrapped line's characters but the spaces a converter put beside its figures."""
    drop = {m.start() for m in _FIGURE_SPACE.finditer(line)}
    return [i for i in range(len(line)) if i not in drop]


def evidence_back(start: int, end: int, back: list[int]) -> tuple[int, int]:
    """A span of the joined text as a span of the original (its line breaks and spaces inside it)."""
    return back[start], (back[end - 1] + 1 if end > start else back[start])


def quoted_from(c, text: str, back: list[int], joined: Optional[str] = None):
    """A commitment read from the joined text, its evidence (and line) quoted from the original ``text``; an actor's
    name the join changed (a mirror's glosses out: 區交通運輸局) as the original writes it (區(qū)交通運(yùn)輸局), where the
    ``joined`` text is given."""
    from dataclasses import replace

    from kg.model import Evidence

    ev = tuple(Evidence(text[s:e], s, e) for s, e in (evidence_back(x.start, x.end, back) for x in c.evidence))
    line = text.count("\n", 0, ev[0].start) + 1 if ev and c.line is not None else c.line
    actors = tuple(_name_as_written(a, c, text, back, joined) for a in c.actors) if joined is not None else c.actors
    return replace(c, evidence=ev, text=" ".join(x.text for x in ev), line=line, actors=actors)


def _name_as_written(a, c, text: str, back: list[int], joined: str):
    """An actor whose name the original does not hold as read, named as the original writes it at the place the joined
    text holds it (in the record's evidence first)."""
    from dataclasses import replace

    if not a.name:
        return a
    starts = [x.start for x in c.evidence] + [0]
    i = next((k for k in (joined.find(a.name, s) for s in starts) if k >= 0), -1)
    if i < 0:
        return a
    s, e = evidence_back(i, i + len(a.name), back)
    gloss = _PINYIN.match(text, e)  # (蓮洲鎮(zhèn): the last character's gloss too)
    e = gloss.end() if gloss else e
    return replace(a, name=text[s:e]) if _PINYIN.search(text, s, e) else a  # (a name broken by a line's end: as read)


def joined_at(back: list[int], pos: int) -> int:
    """The offset in the joined text of the original offset ``pos`` (of the first character kept at or after it)."""
    return bisect.bisect_left(back, pos)
