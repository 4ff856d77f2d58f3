"""Every function of ``kg`` and ``loaders`` stays in small named steps (#13): cyclomatic
complexity 20 or less (radon's grade C or better; ``radon cc -n D kg loaders`` lists none).
A reader grows by a new named step (a predicate with its genre example, a shape
in an ordered list), not by one more branch in a long function; the pipeline likewise.

radon comes with the test extra (pip install -e ".[test]").
"""
from __future__ import annotations

from pathlib import Path

import pytest

import radon.complexity as radon

ROOT = Path(__file__).resolve().parents[1]
READERS = ROOT / "kg" / "extract" / "readers"
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


def test_every_other_function_stays_at_grade_c_or_better():
    """The rest of the package and the loaders: linking, ingest, the stores, status, the page."""
    paths = [p for p in sorted((ROOT / "kg").rglob("*.py")) + sorted((ROOT / "loaders").rglob("*.py"))
             if ROOT / "kg" / "extract" not in p.parents]
    over = [f"{path.relative_to(ROOT)}:{b.lineno} {b.name} ({b.complexity})"
            for path in paths
            for b in _blocks(path.read_text(encoding="utf-8"))
            if b.complexity > LIMIT]
    assert paths and not over, "cut these into named steps: " + ", ".join(over)


def test_the_check_sees_a_long_function():
    code = "def f(x):\n" + "".join(f"    if x == {k}:\n        return {k}\n" for k in range(LIMIT + 1))
    assert max(b.complexity for b in _blocks(code)) > LIMIT
