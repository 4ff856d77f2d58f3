"""The genre readers (``kg/extract/readers``) stay in small named steps (#13):
every function at cyclomatic complexity 20 or less (radon's grade C or better).
A reader grows by a new named step (a predicate with its genre example, a shape
in an ordered list), not by one more branch in a long function.

radon comes with the test extra (pip install -e ".[test]").
"""
from __future__ import annotations

from pathlib import Path

import pytest

import radon.complexity as radon

READERS = Path(__file__).resolve().parents[1] / "kg" / "extract" / "readers"
LIMIT = 20  # the top of grade C


def _blocks(code: str):
    """Functions, methods and nested functions of a module, as radon sees them."""
    for block in radon.cc_visit(code):
        yield from getattr(block, "methods", [])
        yield block
        yield from getattr(block, "closures", [])


def test_reader_functions_stay_at_grade_c_or_better():
    over = [f"{path.name}:{b.lineno} {b.name} ({b.complexity})"
            for path in sorted(READERS.glob("*.py"))
            for b in _blocks(path.read_text(encoding="utf-8"))
            if b.complexity > LIMIT]
    assert not over, "cut these into named steps: " + ", ".join(over)


def test_extractor_functions_stay_at_grade_c_or_better():
    """The same for the extractor's own modules (``kg/extract/*.py``: segment, actors,
    deadlines, targets, progress, fields, items, tables, commitments, …)."""
    over = [f"{path.name}:{b.lineno} {b.name} ({b.complexity})"
            for path in sorted(READERS.parent.glob("*.py"))
            for b in _blocks(path.read_text(encoding="utf-8"))
            if b.complexity > LIMIT]
    assert not over, "cut these into named steps: " + ", ".join(over)


def test_the_check_sees_a_long_function():
    code = "def f(x):\n" + "".join(f"    if x == {k}:\n        return {k}\n" for k in range(LIMIT + 1))
    assert max(b.complexity for b in _blocks(code)) > LIMIT
