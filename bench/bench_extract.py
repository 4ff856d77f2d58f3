"""Extraction speed in characters per second on one core.

The corpus repeats the project's own fixture documents (tests/fixtures/text,
not the dev page) to about 2 MB of UTF-8; start-up (imports, compiling the
rules) and one warm-up document are excluded from the timing.  Time is the
process CPU time (one core, single thread), so a busy machine does not
distort the figure much.

    /work/venv/bin/python bench/bench_extract.py            # ~2 MB
    /work/venv/bin/python bench/bench_extract.py --mb 8 --repeat 3
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402,F401
from kg.extract import extract_text  # noqa: E402
from loaders.text import read_text  # noqa: E402

FIX = ROOT / "tests" / "fixtures" / "text"


def corpus(mb: float) -> list[str]:
    """Fixture texts, repeated until their UTF-8 size reaches ``mb`` megabytes."""
    texts = []
    for p in sorted(FIX.iterdir()):
        if p.suffix in (".txt", ".html") and p.name not in ("empty.txt", "binary.txt"):
            texts.append(read_text(str(p)))
    docs, size, i = [], 0, 0
    while size < mb * 1_000_000:
        t = texts[i % len(texts)]
        docs.append(t)
        size += len(t.encode("utf-8"))
        i += 1
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    a = ap.parse_args()
    docs = corpus(a.mb)
    chars = sum(len(d) for d in docs)
    extract_text(docs[0], source="warm-up")
    best = None
    n = 0
    for _ in range(a.repeat):
        t0 = time.process_time()
        n = 0
        for i, d in enumerate(docs):
            n += sum(len(r.commitments) for r in extract_text(d, source=f"d{i}"))
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    print(f"documents: {len(docs)}  chars: {chars}  utf-8 bytes: {sum(len(d.encode()) for d in docs)}  "
          f"commitments: {n}")
    print(f"best of {a.repeat}: {best:.2f} CPU s  ->  {chars / best:,.0f} chars/s")


if __name__ == "__main__":
    main()
