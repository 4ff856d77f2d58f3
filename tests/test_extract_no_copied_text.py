"""The project holds no copied document text.

Real documents live in ../shared/eval and are read from there; code, comments,
docs, fixtures and test sentences are our own words.  This test looks for runs
of 12 or more characters (punctuation and spaces aside) that the project shares
with any shared document, and fails naming the file and the run: rewrite such a
sentence in your own words (invent names, places, numbers; keep the genre's
phrasing).  Skipped where ../shared/eval is absent.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
N = 12
PARTS = ("kg", "loaders", "queries", "tests", "docs", "examples", "bench", "README.md")
SUFFIXES = {".py", ".md", ".txt", ".csv", ".tsv", ".json", ".jsonl", ".html", ".htm", ".cypher", ".rq", ".ttl"}
#: set phrases of the genre that any document of it may use (not sentences of one document)
GENERIC = (
    "政府工作报告重点工作任务分解",   # the title of a kind of notice
    "各镇人民政府街道办事处",          # the standard addressee line
    "农村饮水安全巩固提升工程",        # a national programme's name
    "民生实事项目进展情况的通报",      # the title of a kind of notice
    "民生实事项目推进情况",
    "6月底前开工12月底前完工",         # a deadline pair of the genre
    "政府工作报告重点任务分解",         # titles and signatures of the genre
    "重点工作任务分解表",
    "政府办公室区人民政府办公室",
    "主要抓好以下三个方面一是",         # a lead-in of the genre
)


def _generic(run: str) -> bool:
    """Set phrases and a row of column names (序号 主要预期目标 责任单位): no sentence of anyone's."""
    from kg.extract.fields import HEADERS

    rest = run
    for g in GENERIC:
        rest = rest.replace(_squash(g), "")
    rest = re.sub(r"\d+|年|月|[-—]", "", rest)
    for v in sorted((v for vs in HEADERS.values() for v in vs), key=len, reverse=True):
        rest = rest.replace(v, "")
    return len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) < 4
_KEEP = re.compile(r"[\u4e00-\u9fff0-9A-Za-z%]")


def _squash(text: str) -> str:
    return "".join(_KEEP.findall(text))


def _files():
    for part in PARTS:
        p = ROOT / part
        for f in ([p] if p.is_file() else sorted(p.rglob("*")) if p.is_dir() else []):
            if f.is_file() and f.suffix in SUFFIXES and "eval_figures" not in f.name and f.name != Path(__file__).name:
                yield f


def test_no_run_of_a_shared_document_in_the_project():
    docs = [p for p in EVAL.rglob("*") if p.is_file() and p.suffix in (".txt", ".csv")] if EVAL.is_dir() else []
    if not docs:
        pytest.skip("../shared/eval is not here")
    shingles = set()
    for d in docs:
        t = _squash(d.read_text(encoding="utf-8", errors="replace"))
        shingles.update(t[i:i + N] for i in range(len(t) - N + 1))
    found = []
    for f in _files():
        t = _squash(f.read_text(encoding="utf-8", errors="replace"))
        i = 0
        while i <= len(t) - N:
            if t[i:i + N] not in shingles or not re.search(r"[\u4e00-\u9fff]{4}", t[i:i + N]):
                i += 1
                continue
            j = i + 1
            while j <= len(t) - N and t[j:j + N] in shingles:
                j += 1
            run = t[i:j + N - 1]
            if not _generic(run):
                found.append(f"{f.relative_to(ROOT)}: {run}")
            i = j + N - 1
    assert not found, ("text of the shared documents in the project; write these in your own words:\n"
                       + "\n".join(found))
