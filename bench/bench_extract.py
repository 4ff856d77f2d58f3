"""Extraction speed in characters per second on one core, three ways in one run.

1. **fixtures** (the baseline row, as before): the project's own fixture
   documents (tests/fixtures/text) repeated to ``--mb`` megabytes of UTF-8.
   They are short (a few hundred characters each), so per-document costs weigh.
2. **real**: the real documents of ``../shared/eval`` (real/ and genres/),
   read from there at run time (the project holds no copy; the row is skipped
   when the folder is absent), repeated to the same size: what a user's
   speeches, notices and minutes cost.
3. **cold**: ``kg extract`` of one page as a new process (imports, compiling
   the rules, reading the file, printing JSON), wall clock, median of
   ``--cold`` runs, beside ``python -c pass`` measured in the same run.

Rows 1 and 2 time the process CPU time of :func:`kg.extract.extract_text`
only (start-up and a warm-up document excluded), best of ``--repeat`` runs,
so a busy machine does not distort them much; the load average is printed.

    python bench/bench_extract.py                 # 2 MB per row, 3 repeats, 5 cold runs
    python bench/bench_extract.py --mb 8 --repeat 3
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402,F401
from kg.extract import extract_text  # noqa: E402
from loaders.text import read_text  # noqa: E402

FIX = ROOT / "tests" / "fixtures" / "text"
EVAL = ROOT.parent / "shared" / "eval"


def _texts(paths) -> list[str]:
    return [read_text(str(p)) for p in paths]


def fixture_texts() -> list[str]:
    return _texts(p for p in sorted(FIX.iterdir())
                  if p.suffix in (".txt", ".html") and p.name not in ("empty.txt", "binary.txt"))


def real_texts() -> list[str]:
    """The real documents of ../shared/eval, without their leading ``# source/date/genre`` lines."""
    out = []
    for folder in ("real", "genres"):
        for p in sorted((EVAL / folder).glob("*.txt")) if (EVAL / folder).is_dir() else ():
            lines = read_text(str(p)).splitlines()
            while lines and lines[0].startswith("# "):
                lines.pop(0)
            out.append("\n".join(lines))
    return out


def repeat_to(texts: list[str], mb: float) -> list[str]:
    docs, size, i = [], 0, 0
    while texts and size < mb * 1_000_000:
        t = texts[i % len(texts)]
        docs.append(t)
        size += len(t.encode("utf-8"))
        i += 1
    return docs


def warm(docs: list[str], repeat: int) -> tuple[float, int]:
    """Best CPU seconds over ``repeat`` runs, and the commitments found."""
    extract_text(docs[0], source="warm-up")
    best, n = None, 0
    for _ in range(repeat):
        t0 = time.process_time()
        n = sum(len(r.commitments) for i, d in enumerate(docs) for r in extract_text(d, source=f"d{i}"))
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    return best, n


def measure(texts: list[str], mb: float, repeat: int) -> dict:
    """``texts`` repeated to ``mb`` megabytes, extracted ``repeat`` times: documents, characters,
    commitments found, the best CPU seconds and characters per CPU second (one core)."""
    docs = repeat_to(texts, mb)
    chars = sum(len(d) for d in docs)
    best, n = warm(docs, repeat)
    return {"docs": len(docs), "chars": chars, "commitments": n, "cpu": best, "rate": chars / best}


def rows(mb: float, repeat: int):
    """The two warm rows as they are measured, fixtures (the baseline) then the real documents:
    ``(name, figures)``, figures None when ../shared/eval is absent."""
    for name, texts in (("fixtures (baseline)", fixture_texts()), ("real documents", real_texts())):
        yield name, (measure(texts, mb, repeat) if texts else None)


def cold(page: Path, runs: int) -> tuple[float, float]:
    """Median wall seconds of ``kg extract PAGE --format json`` and of ``python -c pass``."""
    kg_cmd = [shutil.which("kg")] if shutil.which("kg") else [sys.executable, "-c", "from kg.cli import main; main()"]

    def median(cmd) -> float:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
            times.append(time.perf_counter() - t0)
        return statistics.median(times)

    base = median([sys.executable, "-c", "pass"])
    return median(kg_cmd + ["extract", str(page), "--format", "json"]), base


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="UTF-8 megabytes per warm row")
    ap.add_argument("--repeat", type=int, default=3, help="warm runs per row; the best is reported")
    ap.add_argument("--cold", type=int, default=5, help="cold runs; the median is reported (0: skip)")
    a = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
    for name, r in rows(a.mb, a.repeat):
        if r is None:
            print(f"{name:<20} skipped: {EVAL} not found")
            continue
        print(f"{name:<20} {r['docs']:>5} docs, {r['chars']:>9,} chars, {r['chars'] / r['docs']:>7,.0f} chars/doc, "
              f"{r['commitments']:>6} commitments: best of {a.repeat} {r['cpu']:6.2f} CPU s -> "
              f"{r['rate']:>9,.0f} chars/s")
    if a.cold:
        page = ROOT / "examples" / "speech.txt"
        t, base = cold(page, a.cold)
        print(f"{'cold kg extract':<20} {page.relative_to(ROOT)} ({len(read_text(str(page))):,} chars): "
              f"median of {a.cold} {t:.2f} s wall, of which python start-up {base:.2f} s")
    print(f"machine: load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
