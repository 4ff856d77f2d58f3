"""Helpers shared by the extraction tests: read a fixture, check offsets, tuples to compare."""
from __future__ import annotations

from pathlib import Path

import kg  # noqa: F401  (import kg before loaders)
from loaders.text import load, read_text

FIX = Path(__file__).parent / "fixtures" / "text"
ORG, PERSON = "organization", "person"


def doc_of(name):
    """The one document of fixture ``name``, with every evidence offset checked."""
    [doc] = list(load(str(FIX / name)))
    text = read_text(str(FIX / name))
    for c in doc.commitments:  # evidence offsets point into the decoded text
        assert c.evidence
        for e in c.evidence:
            assert text[e.start:e.end] == e.text
    return doc


def commitments_of(text, date=None, source="t.txt"):
    """The commitments of ``text`` read as one document, with every evidence offset checked."""
    from kg.extract import extract_text

    [doc] = extract_text(text, source=source, date=date)
    for c in doc.commitments:  # evidence offsets point into the text
        for e in c.evidence:
            assert text[e.start:e.end] == e.text
    return doc.commitments


def recs_of(text, date="2024-05-10"):
    """The commitments of a composed test text, as a list (the rx25/rx26 tests' default date)."""
    return list(commitments_of(text, date=date, source="a.txt"))


def one_of(text, date="2024-05-10"):
    """The one commitment of a composed test text."""
    recs = recs_of(text, date)
    assert len(recs) == 1, [c.task for c in recs]
    return recs[0]


def by_task(cs):
    """Commitments by their task, to look one up by what it names."""
    return {c.task: c for c in cs}


def task_with(recs, word):
    """The one commitment whose task holds ``word`` (the test fails naming the tasks when none or several do)."""
    found = [c for c in recs if word in c.task]
    assert len(found) == 1, (word, [c.task for c in recs])
    return found[0]


def who(c):
    """The ``(name, role)`` pairs of a commitment's actors, in their order."""
    return [(a.name, a.role) for a in c.actors]


def record_with(recs, part):
    """The first record whose first evidence holds ``part`` (failing with every record's evidence)."""
    found = [r for r in recs if part in r.evidence[0].text]
    assert found, [r.evidence[0].text for r in recs]
    return found[0]


def actors(c):
    return [(a.name, a.kind, a.role) for a in c.actors]


def roles(c):
    """The ``(name, role)`` pairs of a commitment's actors."""
    return {(a.name, a.role) for a in c.actors}


def progress(c):
    p = c.progress
    return (p.status, p.percent, p.as_of) if p else None


def deadline(c):
    return (c.deadline.text, c.deadline.date) if c.deadline else None


def targets(c):
    return [(t.metric, t.op, t.value, t.unit) for t in c.targets]


def has(c, phrase):
    return any(phrase in e.text for e in c.evidence)


def evidence_text(c):
    """The evidence of a commitment, its spans joined by `` / ``."""
    return " / ".join(e.text for e in c.evidence)
