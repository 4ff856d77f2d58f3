"""One long text in the genre (a speech of many sections), of about the size asked for.

Each section assigns one work: "X由张三同志牵头,县某局负责,县某局配合,6月底前建成投用。",
with a line of prose between sections.  Names, places and units are invented
(bench/corpus.py's lists) and combined with a section number, so no two works
are the same.  The same ``seed`` gives the same file.

    python bench/long_text.py OUT.txt --mb 3

>>> import tempfile, os
>>> p = os.path.join(tempfile.mkdtemp(), "long.txt")
>>> n = write_long_text(p, mb=0.05, seed=1)
>>> 40_000 < os.path.getsize(p) < 70_000
True
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import GIVEN, PLACES, SURNAMES, TOWNS, UNITS, WORKS  # noqa: E402

_PROSE = ["各责任单位要倒排工期、挂图作战,确保按期完成。",
          "要加强调度,每月报送一次进展情况。",
          "县委督查室要跟踪督办,对工作不力的严肃问责。"]


def sections(seed: int = 7):
    """Endless sections of a speech, one work each."""
    rng = random.Random(seed)
    i = 0
    while True:
        i += 1
        name = f"{rng.choice(PLACES)}{rng.choice(WORKS)}(第{i}标段)"
        lead = rng.choice(SURNAMES) + rng.choice(GIVEN)
        unit = rng.choice(UNITS)
        assist = rng.choice(UNITS + TOWNS)
        extra = f",{assist}配合" if assist != unit else ""
        yield (f"{i}、抓好{name}\n\n{name}由{lead}同志牵头,{unit}负责{extra},"
               f"{rng.randint(3, 12)}月底前建成投用。{rng.choice(_PROSE)}\n\n")


def write_long_text(path: str, *, mb: float, seed: int = 7) -> int:
    """Write about ``mb`` MB (UTF-8) to ``path``; return the number of sections."""
    limit = int(mb * 1_000_000)
    head = ("在全县重点项目建设推进会上的讲话\n\n县长 赵建平\n(2023年2月8日)\n\n同志们:\n\n"
            "今天召开全县重点项目建设推进会,部署今年重点工作。下面,我讲几点意见。\n\n")
    size, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        size += len(head.encode())
        for s in sections(seed):
            if size >= limit:
                break
            f.write(s)
            size += len(s.encode())
            n += 1
        f.write("同志们,任务已经明确,关键在于落实。\n")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    n = write_long_text(a.out, mb=a.mb, seed=a.seed)
    print(f"wrote {a.out}: {n} sections")


if __name__ == "__main__":
    main()
