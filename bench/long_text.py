"""One long text in the genre (a speech of many sections), of about the size asked for.

Each section assigns one work: "X由张三同志牵头,县某局负责,县某局配合,6月底前建成投用。",
with a line of prose between sections.  Names, places and units are invented
(bench/corpus.py's lists) and combined with a section number, so no two works
are the same.  The same ``seed`` gives the same file.

    python bench/long_text.py OUT.txt --mb 3
    python bench/long_text.py OUT.txt --mb 50 --ingest STORE   # and measure its ingest
    python bench/long_text.py STORE --staging-cost              # what the staging copy costs there

With ``--ingest STORE`` the text is then read into ``STORE`` (a new folder) by
``kg ingest`` in a child process, which prints after each part: seconds,
the process's RSS and where it is resident (the database's buffer pool,
other anonymous memory such as the malloc heap, mapped files), and the
peak RSS (VmHWM).

>>> import tempfile, os
>>> p = os.path.join(tempfile.mkdtemp(), "long.txt")
>>> n = write_long_text(p, mb=0.05, seed=1)
>>> 40_000 < os.path.getsize(p) < 70_000
True
"""
from __future__ import annotations

import argparse
import os
import random
import subprocess
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


#: the child that ingests: after each part, one line on stderr:
#: ``part N SECONDS cpu SECONDS rss RSS (pool P heap H files F) peak PEAK`` (MB) of the ingesting process, and when
#: the parts are written by child processes (kg/longtext.py PartWriter, the default) ``writer RSS (pool heap files)
#: peak PEAK`` of the child that wrote it, and ``tree PEAK``: the largest sum of the two seen (sampled every 0.1 s)
_TRACED = """
import sys, time, os, threading
from kg.store import embedded
import kg.longtext as longtext

def status(pid, key):
    try:
        text = open(f"/proc/{pid}/status").read()
    except OSError:
        return 0
    m = [l for l in text.splitlines() if l.startswith(key + ":")]
    return int(m[0].split()[1]) >> 10 if m else 0

def resident(pid="self"):
    # MB resident in: the buffer pools (mappings of a TB or more: Ladybug reserves its pool as one region of
    # virtual memory), other anonymous memory (the malloc heap and arenas), files mapped
    pool = anon = files = 0
    size, name = 0, ""
    try:
        f = open(f"/proc/{pid}/smaps")
    except OSError:
        return 0, 0, 0
    with f:
        for line in f:
            head = line.split()
            if "-" in head[0] and line[0] in "0123456789abcdef":
                lo, hi = (int(x, 16) for x in head[0].split("-"))
                size, name = hi - lo, (head[5] if len(head) > 5 else "")
            elif head[0] == "Rss:":
                kb = int(head[1])
                if size >= 1 << 40:
                    pool += kb
                elif name.startswith("/"):
                    files += kb
                else:
                    anon += kb
    return pool >> 10, anon >> 10, files >> 10

import ctypes
libc = ctypes.CDLL("libc.so.6")
trim = os.environ.get("BENCH_MALLOC_TRIM") == "1"  # return the heap's free pages after each part
traced_py = os.environ.get("BENCH_TRACEMALLOC") == "1"  # and the Python objects' memory (slower)
if traced_py:
    import tracemalloc
    tracemalloc.start()
if os.environ.get("BENCH_CHECKPOINT_MB"):  # the write-ahead log's size at which Ladybug checkpoints
    import ladybug
    _Database = ladybug.Database

    def _database(*a, **kw):
        kw.setdefault("checkpoint_threshold", int(float(os.environ["BENCH_CHECKPOINT_MB"]) * (1 << 20)))
        return _Database(*a, **kw)
    ladybug.Database = _database
t0 = time.monotonic()
n = [0]
spent = [0.0]
child = [None]
tree = [0]

def sample():  # the largest RSS of this process and its part writer together
    while True:
        pid = child[0]
        tree[0] = max(tree[0], status("self", "VmRSS") + (status(pid, "VmRSS") if pid else 0))
        time.sleep(0.1)

threading.Thread(target=sample, daemon=True).start()

def report(writer_pid=None):
    n[0] += 1
    if trim:
        libc.malloc_trim(0)
    pool, anon, files = resident()
    line = (f"part {n[0]} {time.monotonic() - t0:.1f} s cpu {time.process_time():.1f} s (writes {spent[0]:.1f} s) "
            f"rss {status('self', 'VmRSS')} (pool {pool} heap {anon} files {files}) peak {status('self', 'VmHWM')} MB")
    if writer_pid:
        wp, wa, wf = resident(writer_pid)
        line += (f" writer {status(writer_pid, 'VmRSS')} (pool {wp} heap {wa} files {wf}) "
                 f"peak {status(writer_pid, 'VmHWM')} tree {tree[0]} MB")
    if traced_py:
        line += f" python {tracemalloc.get_traced_memory()[0] >> 20} MB"
    print(line, file=sys.stderr, flush=True)

write = embedded.EmbeddedStore.write

def traced(self, graph, **kw):  # a part written by this process
    t = time.monotonic()
    write(self, graph, **kw)
    spent[0] += time.monotonic() - t
    report()

embedded.EmbeddedStore.write = traced
_reply = longtext.PartWriter._reply

def replied(self):  # a part (or a child's end) acknowledged by the child that wrote it
    t = time.monotonic()
    pid = child[0] = self.proc.pid
    value = _reply(self)
    spent[0] += time.monotonic() - t
    if value:
        report(pid)
    return value

longtext.PartWriter._reply = replied
from kg.cli import cli
try:
    cli(sys.argv[1:])
finally:
    print(f"peak: ingesting process {status('self', 'VmHWM')} MB, with its part writer {tree[0]} MB; "
          f"cpu {time.process_time():.1f} s (this process)", file=sys.stderr, flush=True)
"""


def measure(text: str, store: str, env: dict = None) -> int:
    """``kg ingest text --store store`` in a child that prints each part's figures (see the docstring)."""
    import resource

    cmd = [sys.executable, "-c", _TRACED, "ingest", text, "--store", store]
    code = subprocess.run(cmd, env={**os.environ, **(env or {})}).returncode
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"cpu of the ingest and its part writers: {r.ru_utime + r.ru_stime:.1f} s", flush=True)
    return code


def staging_cost(store: str) -> None:
    """What the staging copy costs on an existing store: seconds to checkpoint, copy and open it (what a
    long text pays before its first part), and to publish it (rename, reopen); the store is unchanged."""
    import time

    from kg.longtext import Staging
    from kg.store.embedded import EmbeddedStore

    s = EmbeddedStore(store)
    size = s.file.stat().st_size
    t = time.monotonic()
    staging = Staging(s)
    made = time.monotonic() - t
    t = time.monotonic()
    staging.publish()  # the copy holds what the store holds: publishing it changes nothing
    published = time.monotonic() - t
    s.close()
    print(f"{store}: database file {size / 1e6:.0f} MB; staging copy made in {made:.1f} s, "
          f"published in {published:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--ingest", metavar="STORE", help="then read the text into STORE, printing each part's figures")
    ap.add_argument("--staging-cost", action="store_true",
                    help="OUT is an existing store: time its staging copy (made, published) and exit")
    a = ap.parse_args()
    if a.staging_cost:
        print(open("/proc/loadavg").read().strip())
        return staging_cost(a.out)
    if not (a.ingest and os.path.exists(a.out)):
        n = write_long_text(a.out, mb=a.mb, seed=a.seed)
        print(f"wrote {a.out}: {n} sections")
    if a.ingest:
        print(open("/proc/loadavg").read().strip(), flush=True)
        sys.exit(measure(a.out, a.ingest))


if __name__ == "__main__":
    main()
