"""The text extractor: commitments read from speeches, reports and notices.

>>> docs = extract_text("今年是“十三五”规划的开局之年。\\n由张三同志牵头,区水务局负责,年内完成河道整治。", source="a.txt")
>>> c = docs[0].commitments[0]
>>> docs[0].date, [(a.name, a.role) for a in c.actors], c.deadline.date
('2016', [('张三', 'lead'), ('区水务局', 'responsible')], '2016-12-31')
"""
from __future__ import annotations

from typing import Optional

from kg.model import DocumentRecord

from .commitments import SpeechBuilder
from .docdate import DocDate, infer_date, parse_option
from .segment import fold, split_speeches
from .meta import speech_meta
from .field_rows import labels_joined, unpiped
from .unwrap import quoted_from, unwrap

__all__ = ["extract_text"]


def extract_text(text: str, *, source: str, date: Optional[str] = None) -> list[DocumentRecord]:
    """One :class:`DocumentRecord` per speech of ``text`` (the decoded document).

    Evidence offsets are character offsets into ``text``.  ``date`` (``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD``) wins over any date read from the text.
    """
    for step in (unpiped, labels_joined, unwrap):  # (each read again: the next step runs on what one joined)
        joined, back = step(text)
        if back is not None:
            break
    if back is not None:  # a PDF's copy wrapped at the page's width: read joined, quoted from the original (rx41)
        return [_quoted_from(d, text, back, joined) for d in extract_text(joined, source=source, date=date)]
    t = fold(text)
    speeches = split_speeches(text)
    if date:
        page = parse_option(date)
    elif len(speeches) > 1:
        # a page of several speeches: only what lies outside them dates them all
        page = infer_date(t[:speeches[0].start] + "\n" + t[speeches[-1].end:])
    else:
        page = DocDate()
    docs = []
    for sp in speeches:
        body = t[sp.start:sp.end]
        dd = page if date else infer_date(body, heading=sp.heading)
        if dd.year is None:
            dd = page
        place, speaker = speech_meta(body, sp.title)
        commitments = SpeechBuilder(t, text, dd, place=place, speaker=speaker, title=sp.title).build(sp.start, sp.end)
        docs.append(DocumentRecord(
            source=source, title=sp.title, date=dd.iso, date_source=dd.source, place=place,
            speaker=speaker, speech=sp.index, commitments=tuple(commitments), kind="text"))
    return docs


def _quoted_from(doc: DocumentRecord, text: str, back: list[int], joined: str) -> DocumentRecord:
    """A document read from the joined text, its evidence (and lines, actors' names) quoted from the original ``text``."""
    from dataclasses import replace
    return replace(doc, commitments=tuple(quoted_from(c, text, back, joined) for c in doc.commitments))
