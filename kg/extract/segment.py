"""Split a document into speeches, paragraphs, sentences and clauses, with offsets.

All offsets are character offsets into the text as given.  The rules work on
:func:`fold` of the text: full-width ASCII folded to ASCII one character for
one character, so an offset in the folded text is the same offset in the
original.

>>> t = "讲话(一):\\n\\n  同志们:\\n  一是要抓好X,确保年内完成。\\n讲话(二):\\n  二要Y。"
>>> [s.title for s in split_speeches(t)]
['讲话', '讲话']
>>> [c.text for c in clauses(fold("要抓好X,确保年内完成"), 0)]
['要抓好X', '确保年内完成']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Optional

#: full-width ASCII (！ to ～) and the ideographic space folded one to one
FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
FOLD[0x3000] = 0x20

CN_DIGITS = "一二三四五六七八九十"


def fold(text: str) -> str:
    """Full-width ASCII to ASCII, same length: ``fold("，１２％") == ",12%"``."""
    return text.translate(FOLD)


@dataclass(frozen=True)
class Span:
    """A piece of the document: ``text`` is the folded text of ``[start, end)``."""
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Speech:
    """One speech of a page (the whole text when the page holds one)."""
    index: int
    title: Optional[str]
    start: int
    end: int
    heading: Optional[str] = None


# "区长领导干部大会表态讲话(一):"  "讲话稿篇二"  — a short line ending with a numeral
_SPEECH_HEAD = re.compile(
    r"^[ \t]*(?P<title>[^\n,。;]{2,40}?)(?:[(](?P<n1>[一二三四五六七八九十]{1,3}|\d{1,2})[)]|篇(?P<n2>[一二三四五六七八九十]{1,3}))[ \t]*:?[ \t]*$",
    re.M)
# the "related articles" tail of a web page
_TAIL = re.compile(
    r"^[ \t]*(?:看(?:过|了)[^\n]{0,40}(?:还看了|还看过)|相关(?:文章|阅读|推荐|链接)|推荐(?:阅读|文章)|热门(?:文章|推荐)|猜你喜欢|上一篇|下一篇)",
    re.M)


def cn_int(s: str) -> Optional[int]:
    """Small Chinese or Arabic numerals: ``cn_int("十二") == 12``, ``cn_int("3") == 3``."""
    if s.isdigit():
        return int(s)
    vals = {c: i + 1 for i, c in enumerate(CN_DIGITS[:9])}
    vals["两"] = 2
    vals["〇"] = vals["零"] = 0
    if not s:
        return None
    if "十" in s:
        a, _, b = s.partition("十")
        hi = vals.get(a, None) if a else 1
        lo = vals.get(b, None) if b else 0
        if hi is None or lo is None:
            return None
        return hi * 10 + lo
    return vals.get(s) if len(s) == 1 else None


def body_end(text: str) -> int:
    """Where the page's trailing boilerplate (相关文章, 看过…的人还看了) starts."""
    m = _TAIL.search(text)
    return m.start() if m else len(text)


def split_speeches(text: str) -> list[Speech]:
    """Speeches of a page: headings ``标题(一)`` ``标题(二)`` … numbered from one.

    Without such headings the whole text (minus a trailing "related
    articles" block) is one speech.
    """
    t = fold(text)
    end = body_end(t)
    heads = []
    for m in _SPEECH_HEAD.finditer(t, 0, end):
        n = cn_int(m.group("n1") or m.group("n2") or "")
        if n is not None:
            heads.append((n, m))
    # keep a run 1, 2, 3 … of headings sharing one title
    best: list = []
    for i, (n, m) in enumerate(heads):
        if n != 1:
            continue
        run = [(n, m)]
        for n2, m2 in heads[i + 1:]:
            if n2 == run[-1][0] + 1 and m2.group("title") == m.group("title"):
                run.append((n2, m2))
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return [Speech(1, None, 0, end)]
    out = []
    for k, (n, m) in enumerate(best):
        s_end = best[k + 1][1].start() if k + 1 < len(best) else end
        out.append(Speech(k + 1, m.group("title").strip(), m.end(), s_end, m.group(0).strip()))
    return out


_LINE = re.compile(r"[^\n]+")
_SENT = re.compile(r"[^。!?;\n]+(?:[。!?;]+[”’\"』」)]*)?")
_COLON = re.compile(r":")
_CLAUSE = re.compile(r"[^,]+,?")


def paragraphs(t: str, start: int, end: int) -> Iterator[Span]:
    """Non-blank lines of ``t[start:end]`` (``t`` folded), stripped."""
    for m in _LINE.finditer(t, start, end):
        s, e = m.start(), m.end()
        while s < e and t[s] in " \t\r\u00a0":
            s += 1
        while e > s and t[e - 1] in " \t\r\u00a0":
            e -= 1
        if e > s:
            yield Span(t[s:e], s, e)


def sentences(p: Span) -> Iterator[Span]:
    """Sentences of a paragraph, ended by 。!?; — and by a colon after a long
    lead-in (``主要抓好以下三个方面:一是…``), not after a short label (``牵头单位:``)."""
    for m in _SENT.finditer(p.text):
        s, e = m.start(), m.end()
        # split at colons whose lead-in is not a short label
        pos = s
        for c in _COLON.finditer(p.text, s, e):
            if c.start() - pos > 8 and e - c.end() > 2:
                yield from _trimmed(p, pos, c.end())
                pos = c.end()
        yield from _trimmed(p, pos, e)


def _trimmed(p: Span, s: int, e: int) -> Iterator[Span]:
    txt = p.text
    while s < e and txt[s] in " \t":
        s += 1
    while e > s and txt[e - 1] in " \t":
        e -= 1
    if e > s:
        yield Span(txt[s:e], p.start + s, p.start + e)


def clauses(text: str, offset: int) -> list[Span]:
    """Comma clauses of a sentence (commas inside “quotes” or (brackets) kept);
    the trailing comma / full stop stays out of the span."""
    out: list[Span] = []
    s = 0
    depth = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in "“(《「『":
            depth += 1
        elif ch in "”)》」』":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            if i > s:
                out.append(Span(text[s:i], offset + s, offset + i))
            s = i + 1
    e = n
    while e > s and text[e - 1] in "。!?;,: ":
        e -= 1
    if e > s:
        out.append(Span(text[s:e], offset + s, offset + e))
    return out
