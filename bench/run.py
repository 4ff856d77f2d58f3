"""The scale benchmark: one command, every figure with its baseline measured in the same run.

    python -m bench --quick                # a few minutes: 100 / 1,000 documents, 10,000 commitments
    python -m bench                        # the full run (22-30 minutes on 2 quiet cores): 1,000 / 10,000
                                           # documents, queries at 10,000, 100,000 and 1,000,000 commitments
    python -m bench --skip neo4j million   # leave parts out (extract ingest write queries million rdf neo4j)
    python bench/run.py ...                # the same

It writes its table into ``docs/benchmarks.md`` between the lines
``<!-- python -m bench: start -->`` and ``<!-- python -m bench: end -->``
(right after the title; the markers are inserted there when absent), and
leaves every other line of the file as it was; ``--out FILE`` writes a file
of its own instead, whole.  Per row: what was measured, the command, its
input, the figure, the baseline it is read against (measured in the same
run) and the ratio, with the machine (in the heading) and the load average
when the row started.  Times are wall clock with CPU time beside them (the
machine is shared, so CPU time is the steadier figure).  Peak memory is the
peak resident set (RSS) of the process that did the work: ``kg`` runs as a
child process, as users run it, through a wrapper that writes its own
peak (``VmHWM``) at exit; ``with its workers`` is the largest sum of the
RSS of the ``kg`` process and every process below it (the ``--jobs``
workers), sampled every 0.2 s (shared pages count once per process).

Rows, by part (``--skip PART`` leaves one out; a row then says so):

- ``extract``: extraction characters per CPU second on one core
  (``bench/bench_extract.py``): the fixtures (baseline) and the real
  documents of ``../shared/eval`` when that folder exists;
- ``ingest``: ``kg ingest FOLDER`` of the generated archive (``bench/corpus.py
  --archive``) into a fresh store at the small and the large size (the large
  against the small: the goal is at most ×12 time for ×10 documents), and the
  large with ``--jobs 2`` against it (#12's goal is set on the 10,000), in
  ``--runs`` rounds of the three, each ``--jobs 2`` read too against what the
  machine's two cores gave just before it (``two_cores``: a CPU loop in two
  processes at once against alone, three times each in turn; 2.0 on two free
  cores) and gave the ingest's own extraction (``two_readers``: every 4th file
  of the large folder in two processes at once against one); 10 more documents
  into the large store against
  the same 10 into an empty one (goal at most ×2); the large folder again with
  1% changed against the first ingest (goal under 5%).  Every figure of the part
  is the median of ``--runs`` runs (3: a run of the small folder moves ±15%);
- ``write``: the embedded write path (``EmbeddedStore.write``) of a synthetic
  graph against Ladybug's ``COPY … FROM`` of the same graph (goal at least 1/3);
- ``queries``: every named query's median latency on synthetic stores
  (``bench/bench_queries.py``) at 10,000 and 100,000 commitments and, in the
  full run, 1,000,000 (``--skip million`` leaves that size out: its build
  takes 8–11 minutes and 2.6 GB); the baseline is the same query at the
  smallest size; the builds' and the queries' peak memory;
- ``rdf``: ``kg export``'s N-Triples and Turtle writers, triples per CPU
  second and peak memory (``bench/bench_rdf.py``), against rdflib on a sample
  graph (rdflib needs GBs for the full one);
- ``neo4j``: ``kg push`` (batched) against row-by-row MERGE on a real Neo4j
  (``bench/bench_neo4j_push.py``), when Java 17+ and Maven (or a built
  harness) are there; otherwise a row says why it was skipped.
"""
from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import os
import platform
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (HERE, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))
from corpus import write_archive  # noqa: E402

PARTS = ("extract", "ingest", "write", "queries", "million", "rdf", "neo4j")
START = "<!-- python -m bench: start -->"
END = "<!-- python -m bench: end -->"


# --- the machine, child processes and their peak memory -----------------------------------

def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} cores ({cpu or platform.processor()}){mem}, Python {platform.python_version()}"


def load() -> float:
    return os.getloadavg()[0]


#: the CPU loop of :func:`two_cores`: pure Python, as most of an ingest is (about 1.5 s on the 2-core machine
#: of docs/benchmarks.md, alone); its one argument is the loop's length
_LOOP = "import sys\nx = 0\nfor i in range(int(sys.argv[1])):\n    x += i * i % 7\n"


def two_cores(n: int = 10_000_000, turns: int = 3) -> float:
    """What two cores give this machine now: a fixed CPU loop (:data:`_LOOP`, ``n`` turns) run alone, then
    in two processes at once, ``turns`` times each in alternation; twice the median wall alone over the median
    wall of two at once (2.0 on two free cores).  A virtual machine's two cores can be two threads of one
    core, or share theirs with other guests: on the machine of docs/benchmarks.md one loop alone against two
    at once gave ×1.51-1.99 within minutes (the loop's own CPU time grew from 8 to 11 s with both cores
    busy), with no steal time counted; a ``--jobs 2`` in the same minute can go no further than that (the
    machine moves within a minute: a look before a run, not a bound on it)."""
    def timed(k: int) -> float:
        t = time.perf_counter()
        ps = [subprocess.Popen([sys.executable, "-c", _LOOP, str(n)]) for _ in range(k)]
        for p in ps:
            p.wait()
        return time.perf_counter() - t
    alone, two = [], []
    for _ in range(turns):
        alone.append(timed(1))
        two.append(timed(2))
    return 2 * statistics.median(alone) / statistics.median(two)


#: a child of :func:`two_readers`: imports the extractor, says so, waits for a line on stdin, extracts the files
#: named by its arguments (``kg.ingest.read``) and prints when it began and ended (``time.monotonic``, one clock
#: for every process of the machine)
_READ = ("import sys, time\nfrom kg.ingest import read\nprint('ready', flush=True)\nsys.stdin.readline()\n"
         "t = time.monotonic()\nfor f in sys.argv[1:]:\n    read(f)\nprint(t, time.monotonic(), flush=True)\n")


#: :func:`two_readers` extracts every this-th file of the folder
READ_SHARE = 4


def two_readers(folder: Path, share: int = READ_SHARE) -> float:
    """What two cores give the ingest's own work now: the extraction of every ``share``-th file of ``folder``
    in one process, then the same files split between two processes at once (each started and its imports
    done before the clock starts); the wall alone over the wall of the two (2.0 on two free cores).  Its
    memory traffic is the ingest's, which a CPU loop (:func:`two_cores`) does not have: on the machine of
    docs/benchmarks.md (session 21, in the same minutes) the loop gave ×1.90-2.09 and this ×1.36-1.81."""
    files = sorted(str(p) for p in folder.iterdir() if p.is_file())[::share]

    def timed(parts: list) -> float:
        ps = [subprocess.Popen([sys.executable, "-c", _READ, *part], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True) for part in parts]
        for p in ps:
            if p.stdout.readline().strip() != "ready":  # its imports done, or it failed (its error is on stderr)
                for q in ps:
                    q.kill()
                raise RuntimeError("a reader of two_readers failed to start")
        for p in ps:
            p.stdin.write("go\n")
            p.stdin.flush()
        spans = [tuple(map(float, p.communicate()[0].split())) for p in ps]
        if any(p.returncode for p in ps):
            raise RuntimeError("a reader of two_readers failed")
        return max(b for _, b in spans) - min(a for a, _ in spans)
    return timed([files]) / timed([files[0::2], files[1::2]])


#: run before the child's own code: at exit, its peak RSS and its waited-for children's, in MB, and its own
#: CPU seconds, as JSON into the file named by its first argument (taken off ``sys.argv``)
#: (Linux keeps a process's ``ru_maxrss`` across ``exec``: a child started from a big parent would report the
#: parent's peak, so its own is ``VmHWM`` of /proc/self/status, the peak of the process image it runs)
_PEAK = ("import atexit, json, resource, sys\n"
         "def _bench_peak(path=sys.argv.pop(1)):\n"
         "    own, kids = (resource.getrusage(w).ru_maxrss / 1024\n"
         "                 for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))\n"
         "    try:\n"
         "        with open('/proc/self/status') as f:\n"
         "            own = next(int(x.split()[1]) / 1024 for x in f if x.startswith('VmHWM:'))\n"
         "    except (OSError, StopIteration, ValueError, IndexError):\n"
         "        pass\n"
         "    me = resource.getrusage(resource.RUSAGE_SELF)\n"
         "    with open(path, 'w') as f:\n"
         "        json.dump({'self': own, 'children': kids, 'cpu': me.ru_utime + me.ru_stime}, f)\n"
         "atexit.register(_bench_peak)\n")
_KG = "from kg.cli import main; main()"
_SCRIPT = "import runpy; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')"


@dataclass
class Run:
    """A finished child process: its stdout, wall and CPU seconds, its own peak RSS and the largest
    sum of the RSS of it and its descendants seen (MB); ``tree_cpu``: the CPU seconds of it and every
    process below it (``--jobs``: the workers, their server), each as last seen."""
    out: str
    wall: float
    cpu: float
    peak: float
    tree: float
    tree_cpu: float = 0.0

    def memory(self, workers: bool = False) -> str:
        """Its peak RSS, and with its workers' when asked or when they add more than 5%."""
        return f"peak RSS {self.peak:,.0f} MB" + (f" (with its workers {self.tree:,.0f} MB)"
                                                  if workers or self.tree > self.peak * 1.05 else "")


def _tree(root: int) -> tuple[float, dict[int, float]]:
    """The RSS (MB) of ``root`` and every process below it, and the CPU seconds (user + system) of each
    process below it, read from /proc (Linux; nothing elsewhere)."""
    kids: dict = {}
    try:
        pids = [int(d) for d in os.listdir("/proc") if d.isdigit()]
    except OSError:
        return 0.0, {}
    tick = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            kids.setdefault(int(fields[1]), []).append((pid, (int(fields[11]) + int(fields[12])) / tick))
        except (OSError, ValueError, IndexError):
            continue
    total, cpu, todo = 0, {}, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1])
        except (OSError, ValueError, IndexError):
            pass
        for kid, seconds in kids.get(pid, []):
            cpu[kid] = seconds
            todo.append(kid)
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20, cpu


def child(code: str, *args: str, timeout: float | None = None) -> Run:
    """``python -c CODE ARGS`` with :data:`_PEAK` before it; raises ``RuntimeError`` with the end of
    its stderr when it fails (or ``timeout`` seconds pass: it is killed)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory(prefix="kg-bench-child-") as tmp:
        peak_file = os.path.join(tmp, "peak.json")
        out, err = open(os.path.join(tmp, "out"), "w+"), open(os.path.join(tmp, "err"), "w+")
        with out, err:
            t = time.perf_counter()
            p = subprocess.Popen([sys.executable, "-c", _PEAK + code, peak_file, *args], stdout=out, stderr=err,
                                 text=True)
            tree, below = 0.0, {}  # (the CPU of the processes below it, as last seen: they end before it)
            while p.poll() is None:
                rss, cpu_below = _tree(p.pid)
                tree = max(tree, rss)
                below.update(cpu_below)
                if timeout is not None and time.perf_counter() - t > timeout:
                    p.kill()
                    p.wait()
                    raise RuntimeError(f"stopped after {timeout:.0f} s")
                try:
                    p.wait(timeout=0.2)  # returns as soon as the child ends: its wall time is not rounded up
                except subprocess.TimeoutExpired:
                    pass
            wall = time.perf_counter() - t
            out.seek(0)
            err.seek(0)
            stdout, stderr = out.read(), err.read()
        if p.returncode:
            raise RuntimeError(f"exit code {p.returncode}: " + (stderr.strip().splitlines() or ["(no message)"])[-1])
        try:
            with open(peak_file) as f:
                said = json.load(f)
        except (OSError, ValueError):
            said = {}
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # the tree's CPU: the child's own (not what it waited for: counted below) and each process below it
    return Run(stdout, wall, cpu, said.get("self", 0.0), max(tree, said.get("self", 0.0)),
               said.get("cpu", cpu) + sum(below.values()))


def kg_run(*args: str) -> Run:
    """``kg ARGS`` as a child process, as users run it (:func:`child`)."""
    return child(_KG, *args)


def kg(*args: str) -> tuple[str, float, float]:
    """``kg ARGS`` as a child process: stdout, wall seconds, CPU seconds (the child and its workers)."""
    r = kg_run(*args)
    return r.out, r.wall, r.cpu


def script(path: Path, *args: str, timeout: float | None = None) -> Run:
    """``python PATH ARGS`` as a child process (:func:`child`)."""
    return child(_SCRIPT, str(path), *args, timeout=timeout)


def _forked(conn, fn, args) -> None:
    try:
        conn.send(("ok", fn(*args), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    except BaseException as e:  # noqa: BLE001 - reported by the parent
        conn.send(("error", f"{type(e).__name__}: {e}", 0.0))
    finally:
        conn.close()


def forked(fn, *args):
    """``fn(*args)`` in a forked child, so what it builds leaves this process: its result and the
    child's peak RSS (MB; it starts at this process's size, a few tens of MB)."""
    ctx = mp.get_context("fork")
    parent, end = ctx.Pipe(duplex=False)
    p = ctx.Process(target=_forked, args=(end, fn, args))
    p.start()
    end.close()
    status, result, peak = parent.recv()
    p.join()
    if status != "ok":
        raise RuntimeError(result)
    return result, peak


def stats(store: str) -> dict:
    return json.loads(kg("stats", "--store", store, "--format", "json")[0])


class Table:
    def __init__(self):
        self.rows = []

    def add(self, what, command, input_, figure, baseline, ratio, goal, load_):
        self.rows.append((what, command, input_, figure, baseline, ratio, goal, f"{load_:.1f}"))
        print(f"- {what}: {figure} | baseline {baseline} | ratio {ratio} | goal {goal}", flush=True)

    def skipped(self, what, command, why, goal=""):
        self.add(what, command, "—", f"skipped: {why}", "—", "—", goal or "—", load())


def _secs(wall, cpu):
    return f"{wall:.1f} s wall ({cpu:.1f} s CPU)"


# --- extraction ---------------------------------------------------------------------------

def _extract(mb: float, repeat: int) -> list:
    import bench_extract

    return list(bench_extract.rows(mb, repeat))


def extract_rows(t: Table, mb: float, repeat: int) -> None:
    import bench_extract

    l0 = load()
    got, peak = forked(_extract, mb, repeat)
    base = got[0][1]
    for name, r in got:
        what = f"extraction, {name.split(' (')[0]}, one core"
        cmd = f"`python bench/bench_extract.py --mb {mb:g} --repeat {repeat}`"
        if r is None:
            t.skipped(what, cmd, f"{bench_extract.EVAL} not found")
            continue
        source = "`tests/fixtures/text`" if r is base else f"`{bench_extract.EVAL}` (real/, genres/), read at run time"
        t.add(what, cmd, f"{source} repeated to {mb:g} MB: {r['docs']:,} documents, {r['chars']:,} characters, "
              f"{r['commitments']:,} commitments", f"{r['rate']:,.0f} characters/CPU-s (best of {repeat}: "
              f"{r['cpu']:.2f} CPU s); peak RSS {peak:,.0f} MB (both rows, one process)",
              "—" if r is base else f"fixtures: {base['rate']:,.0f} characters/CPU-s",
              "—" if r is base else f"×{r['rate'] / base['rate']:.2f}",
              "≥ 200,000 on fixtures" if r is base else "—", l0)


# --- ingest ---------------------------------------------------------------------------------

def median(runs: list[Run]) -> Run:
    """The medians of the wall and CPU times of ``runs``, with their largest peaks."""
    return Run(runs[-1].out, statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               max(r.peak for r in runs), max(r.tree for r in runs), statistics.median(r.tree_cpu for r in runs))


def _spread(runs: list[Run]) -> str:
    return f"runs {', '.join(f'{r.wall:.1f}' for r in runs)} s" if len(runs) > 1 else "one run"


def ten_more(store: Path, extra: Path, tmp: Path, runs: int = 3) -> tuple[Run, Run]:
    """``kg ingest EXTRA`` into an empty store and into a fresh copy of ``store``, ``runs`` times
    each, alternating: for each, the medians of wall and CPU and the largest peaks."""
    got: dict = {"empty": [], "store": []}
    for _ in range(runs):
        for kind in got:
            target = tmp / f"ten-{kind}"
            shutil.rmtree(target, ignore_errors=True)
            if kind == "store":
                shutil.copytree(store, target)
            got[kind].append(kg_run("ingest", str(extra), "--store", str(target), "-q"))
            shutil.rmtree(target, ignore_errors=True)
    return median(got["empty"]), median(got["store"])


def fresh_ingests(tmp: Path, folders: dict, small: int, large: int, runs: int, loop: int = 10_000_000) -> dict:
    """``runs`` rounds, each ``kg ingest`` of the small folder, of the large one and of the large one with
    ``--jobs 2``, each into a fresh store: the machine's drift during the part weighs on all three alike.
    Before each ``--jobs 2``, what the machine's two cores give (:func:`two_cores` of ``loop`` turns) and give
    the extraction of the large folder (:func:`two_readers`).
    The large store of the last ``--jobs 1`` round is kept (``store{large}``) for the rows after; the
    ``kg stats`` of the last two large stores are compared."""
    got: dict = {"small": [], "large": [], "jobs2": [], "cores": [], "readers": [], "load": load()}
    for i in range(runs):
        for kind, n, extra in (("small", small, ()), ("large", large, ()), ("jobs2", large, ("--jobs", "2"))):
            if kind == "jobs2":  # what the machine's two cores give, between the two runs it bears on
                got["cores"].append(two_cores(loop))
                got["readers"].append(two_readers(folders[large]))
                print(f"  round {i + 1} two cores: ×{got['cores'][-1]:.2f}, the extraction ×{got['readers'][-1]:.2f}",
                      flush=True)
            store = tmp / f"store-{kind}"
            shutil.rmtree(store, ignore_errors=True)
            got[kind].append(kg_run("ingest", str(folders[n]), "--store", str(store), "-q", *extra))
            print(f"  round {i + 1} {kind}: {got[kind][-1].wall:.1f} s", flush=True)
    got["items"] = {n: sum(stats(str(tmp / f"store-{k}")).values()) for k, n in (("small", small), ("large", large))}
    got["same"] = stats(str(tmp / "store-large")) == stats(str(tmp / "store-jobs2"))
    shutil.rmtree(tmp / "store-jobs2", ignore_errors=True)
    (tmp / "store-large").rename(tmp / f"store{large}")
    return got


def ingest_rows(t: Table, tmp: Path, small: int, large: int, seed: int, runs: int = 3) -> None:
    folders = {}
    for n in (small, large):
        folders[n] = tmp / f"docs{n}"
        write_archive(str(folders[n]), documents=n, seed=seed)
    # ingest at both sizes, and the large with --jobs 2: medians of `runs` rounds
    got = fresh_ingests(tmp, folders, small, large, runs, loop=1_000_000 if large <= 1000 else 10_000_000)
    rs, rl = median(got["small"]), median(got["large"])
    for n, r, runs_ in ((small, rs, got["small"]), (large, rl, got["large"])):
        t.add(f"`kg ingest` of {n:,} generated documents, fresh store", f"`kg ingest DOCS{n} --store S -q`",
              f"{n:,} files of `bench/corpus.py --archive --seed {seed}` ({got['items'][n]:,} nodes+relations "
              f"stored); medians of {len(runs_)} ({_spread(runs_)})",
              f"{n / r.wall:.1f} documents/s, {got['items'][n] / r.wall:,.0f} items/s; {_secs(r.wall, r.cpu)}; "
              f"CPU: {n / r.cpu:.1f} documents/s; {r.memory()}",
              "—" if n == small else f"{small:,} documents: {_secs(rs.wall, rs.cpu)}; {rs.memory()}",
              "—" if n == small else f"time ×{rl.wall / rs.wall:.1f} wall, ×{rl.cpu / rs.cpu:.1f} CPU for "
              f"×{large / small:g} documents; memory ×{rl.peak / rs.peak:.2f}",
              "—" if n == small else f"≤ ×{1.2 * large / small:g}", got["load"])
    # --jobs 2 against --jobs 1 (the large ingests above), on the same folder in the same rounds, and what
    # the machine's two cores gave in each round
    r2 = median(got["jobs2"])
    each = ", ".join(f"×{a.wall / b.wall:.2f}" for a, b in zip(got["large"], got["jobs2"]))
    cores, readers = statistics.median(got["cores"]), statistics.median(got["readers"])
    t.add(f"`kg ingest --jobs 2` of {large:,} documents", f"`kg ingest DOCS{large} --store S -q --jobs 2`",
          f"the {large:,}-document folder above, in the same rounds; medians of {len(got['jobs2'])} "
          f"({_spread(got['jobs2'])}); `kg stats` " + ("the same" if got["same"] else "DIFFERENT"),
          f"{r2.wall:.1f} s wall ({r2.cpu:.1f} s CPU of the writer; {r2.tree_cpu:.1f} s with its workers: "
          f"×{r2.tree_cpu / rl.cpu:.2f} the CPU of `--jobs 1`, so two cores give it at most "
          f"×{2 * rl.cpu / r2.tree_cpu:.2f}); {r2.memory(workers=True)}",
          f"`--jobs 1` (the {large:,} above): {_secs(rl.wall, rl.cpu)}; {rl.memory()}; the machine's two cores "
          f"before each `--jobs 2` (`two_cores`: a CPU loop in two processes at once against alone, medians of 3 in "
          f"turn): "
          + ", ".join(f"×{c:.2f}" for c in got["cores"])
          + f"; what they gave the extraction of every {READ_SHARE}th file (`two_readers`: two processes at once "
          f"against one): "
          + ", ".join(f"×{c:.2f}" for c in got["readers"]),
          f"×{rl.wall / r2.wall:.2f} faster (wall; rounds {each}); the machine's two cores ×{cores:.2f} "
          f"(median): {100 * rl.wall / r2.wall / cores:.0f}% of them; the extraction's ×{readers:.2f}: "
          f"{100 * rl.wall / r2.wall / readers:.0f}% of it", "≥ ×1.7 on 2 free cores", got["load"])
    # 10 more documents: into the large store and into an empty one
    extra = tmp / "extra"
    more = write_archive(str(tmp / "more"), documents=large + 10, seed=seed)[-10:]
    extra.mkdir()
    for p in more:
        shutil.copy(p, extra / p.name)
    l0 = load()
    e, b = ten_more(tmp / f"store{large}", extra, tmp, runs)
    t.add(f"10 more documents into the {large:,}-document store", f"`kg ingest EXTRA10 --store S{large} -q`",
          f"10 further files of the same generator and counties, into fresh copies of the store; medians of {runs}",
          f"{_secs(b.wall, b.cpu)}; {b.memory()}", f"the same 10 into an empty store: {_secs(e.wall, e.cpu)}; "
          f"{e.memory()}", f"×{b.wall / e.wall:.2f} wall, ×{b.cpu / e.cpu:.2f} CPU", "≤ ×2", l0)
    # re-ingest with 1% changed, into fresh copies of the large store
    files = sorted(folders[large].iterdir())
    changed = files[:: 100]
    for p in changed:
        text = p.read_text(encoding="utf-8")
        p.write_text(text.replace("月底前", "月中旬前", 1).replace("已完成主体工程的", "已完成工程量的", 1)
                     + "\n", encoding="utf-8")
    l0 = load()
    again = []
    for _ in range(runs):
        target = tmp / "store-again"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(tmp / f"store{large}", target)
        again.append(kg_run("ingest", str(folders[large]), "--store", str(target)))
    shutil.rmtree(tmp / "store-again", ignore_errors=True)
    r = median(again)
    t.add(f"the {large:,} documents again, {len(changed)} (1%) of them changed",
          f"`kg ingest DOCS{large} --store S{large}`", f"the same folder, every 100th file edited, into fresh "
          f"copies of the store; medians of {runs} ({_spread(again)}); "
          f"said: {r.out.strip().split(' into ')[0]}…", f"{_secs(r.wall, r.cpu)}; {r.memory()}",
          f"first ingest of the {large:,}: {_secs(rl.wall, rl.cpu)}",
          f"{100 * r.wall / rl.wall:.1f}% wall, {100 * r.cpu / rl.cpu:.1f}% CPU", "< 5%", l0)


def copy_all(store, files: dict) -> None:
    """``COPY … FROM`` every CSV file of :func:`_write_csv` into ``store``, one transaction."""
    conn = store._conn
    conn.execute("BEGIN TRANSACTION")
    for key, path in files.items():
        if os.path.getsize(path) == 0:
            continue
        if key[0] == "node":
            conn.execute(f"COPY {key[1]} FROM '{path}' (header=false)")
        else:
            conn.execute(f"COPY {key[1]} FROM '{path}' (header=false, from='{key[2]}', to='{key[3]}')")
    conn.execute("COMMIT")


def _write_csv(graph, folder: Path) -> dict:
    """CSV files of ``graph`` for ``COPY … FROM``: one per node label, one per relation type and end labels."""
    from kg.graph_schema import NODES, RELS, label_of_id
    from kg.values import typed as _cast

    files = {}
    for label, schema in NODES.items():
        path = folder / f"{label}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            for n in graph.nodes_of(label):
                w.writerow([n.id] + ["" if (v := _cast(k, n.props.get(p))) is None else v
                                     for p, k in schema.items() if p != "id"])
        files[("node", label)] = path
    for rel in RELS.values():
        for a, b in rel.ends:
            path = folder / f"{rel.name}_{a}_{b}.csv"
            with open(path, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                for e in graph.edges_of(rel.name):
                    if label_of_id(e.src) == a and label_of_id(e.dst) == b:
                        w.writerow([e.src, e.dst] + ["" if (v := _cast(k, e.props.get(p))) is None else v
                                                     for p, k in rel.props])
            files[("rel", rel.name, a, b)] = path
    return files


def _write_path(commitments: int, folder: str) -> dict:
    """In a forked child: the synthetic graph, its CSV files for ``COPY``, then ``EmbeddedStore.write`` of
    it into a fresh store, timed (the graph's build and the CSV files are not)."""
    from synthetic_graph import synthetic_graph

    from kg.store import open_store

    graph = synthetic_graph(commitments)
    files = _write_csv(graph, Path(folder))
    held = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open_store(os.path.join(folder, "write")) as s:
        c0, t0 = time.process_time(), time.perf_counter()
        s.write(graph)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        got = s.stats()
    return {"items": len(graph.nodes) + len(graph.edges), "wall": wall, "cpu": cpu, "stats": got, "held": held,
            "files": {json.dumps(k): str(v) for k, v in files.items()}}


def _copy_path(files: dict, folder: str) -> dict:
    """In a forked child: ``COPY … FROM`` the CSV files of :func:`_write_path` into a fresh store, timed."""
    from kg.store import open_store

    with open_store(os.path.join(folder, "copy")) as s:
        c0, t0 = time.process_time(), time.perf_counter()
        copy_all(s, {tuple(json.loads(k)): v for k, v in files.items()})
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        got = s.stats()
    return {"wall": wall, "cpu": cpu, "stats": got}


def write_rows(t: Table, tmp: Path, commitments: int) -> None:
    folder = tmp / "write-path"
    folder.mkdir()
    l0 = load()
    w, wpeak = forked(_write_path, commitments, str(folder))
    c, cpeak = forked(_copy_path, w["files"], str(folder))
    shutil.rmtree(folder, ignore_errors=True)
    items = w["items"]
    same = {k: v for k, v in w["stats"].items() if v} == {k: v for k, v in c["stats"].items() if v}
    t.add(f"embedded write path, {commitments:,} commitments", "`EmbeddedStore.write(graph)` into a fresh store",
          f"`tests/synthetic_graph.py` ({items:,} nodes+relations), one transaction",
          f"{items / w['wall']:,.0f} items/s ({w['wall']:.1f} s wall, {w['cpu']:.1f} s CPU: "
          f"{items / w['cpu']:,.0f} items/CPU-s); peak RSS {wpeak:,.0f} MB (the graph in memory: "
          f"{w['held']:,.0f} MB before the write)",
          f"`COPY … FROM` CSV files of the same graph (written before the clock starts), one transaction: "
          f"{items / c['wall']:,.0f} items/s ({c['wall']:.1f} s wall, {c['cpu']:.1f} s CPU: "
          f"{items / c['cpu']:,.0f} items/CPU-s); peak RSS {cpeak:,.0f} MB (no graph in memory)"
          + ("" if same else " (COUNTS DIFFER)"),
          f"{c['wall'] / w['wall']:.2f} of COPY (wall), {c['cpu'] / w['cpu']:.2f} (CPU)", "≥ 1/3", l0)


# --- named queries --------------------------------------------------------------------------

def query_rows(t: Table, tmp: Path, sizes: list[int], part: int, runs: int = 3) -> None:
    import bench_queries
    from kg.queries import list_queries

    got = {}
    for n in sizes:
        store = str(tmp / f"queries{n}")
        l0 = load()
        b = bench_queries.build_store(store, n, min(part, n))
        q, qpeak = bench_queries.time_queries(store, runs, every=False)
        shutil.rmtree(store, ignore_errors=True)
        got[n] = (b, q, qpeak, l0)
    first = got[sizes[0]][0]
    for n in sizes:
        b, _, qpeak, l0 = got[n]
        t.add(f"synthetic store of {n:,} commitments for the named queries",
              f"`python bench/bench_queries.py --commitments {n} --part {min(part, n)}`",
              f"`tests/synthetic_graph.py` written a part at a time ({b['items']:,} nodes+relations)",
              f"build {b['items'] / b['wall']:,.0f} items/s ({_secs(b['wall'], b['cpu'])}), peak RSS "
              f"{b['peak']:,.0f} MB; the queries' process (every query, {runs + 1} runs each) peak RSS {qpeak:,.0f} MB",
              "—" if n == sizes[0] else f"{sizes[0]:,}: build {_secs(first['wall'], first['cpu'])}, peak RSS "
              f"{first['peak']:,.0f} MB",
              "—" if n == sizes[0] else f"build time ×{b['wall'] / first['wall']:.1f} for ×{n / sizes[0]:g} "
              f"commitments; peak ×{b['peak'] / first['peak']:.1f}", "—", l0)
    l0 = got[sizes[0]][3]
    for spec in list_queries():
        med = {n: got[n][1][spec.name]["median"] for n in sizes}
        cpu = {n: got[n][1][spec.name]["cpu"] for n in sizes}
        base, cbase = med[sizes[0]], cpu[sizes[0]]
        big = sizes[-1]
        t.add(f"named query `{spec.name}`, median latency", f"`kg query {spec.name}` (`kg.queries.run` on the "
              f"store opened read-only, its default limit)", "the synthetic stores above; "
              + ", ".join(f"{got[n][1][spec.name]['rows']:,} rows at {n:,}" for n in sizes),
              "; ".join(f"{n:,}: {med[n]:.3f} s ({cpu[n]:.3f} CPU-s)" for n in sizes)
              + f" (medians of {runs} after a cold run)",
              "—" if len(sizes) == 1 else f"{sizes[0]:,}: {base:.3f} s ({cbase:.3f} CPU-s)",
              "—" if len(sizes) == 1 else "; ".join(f"×{med[n] / max(base, 1e-6):.1f} wall, "
                                                    f"×{cpu[n] / max(cbase, 1e-6):.1f} CPU at {n:,}"
                                                    for n in sizes[1:]),
              "< 1 s at 1,000,000" if big >= 1_000_000 else "—", l0)


# --- RDF export -----------------------------------------------------------------------------

FORMAT_NAMES = {"nt": "N-Triples", "turtle": "Turtle"}


def rdf_rows(t: Table, commitments: int, sample: int) -> None:
    import bench_rdf

    l0 = load()
    got, _ = forked(bench_rdf.export_rows, commitments, list(FORMAT_NAMES), sample)
    small = {(r["writer"], r["format"]): r for r in got["sample"]}
    for r in got["rows"]:
        fmt = r["format"]
        what = f"RDF export, {FORMAT_NAMES[fmt]}, {commitments:,} commitments"
        cmd = (f"`kg export --format {fmt}`'s writer on a graph in memory, as `python bench/bench_rdf.py "
               f"--commitments {commitments} --only {fmt}` runs it")
        if "error" in r:
            t.skipped(what, cmd, r["error"])
            continue
        kg_s, lib = small.get(("kg", fmt), {}), small.get(("rdflib", fmt), {})
        rate = lambda x, n: n / max(x["cpu"], 1e-9)  # noqa: E731
        ok = "cpu" in kg_s and "cpu" in lib
        t.add(what, cmd, f"`bench/bench_rdf.py`'s synthetic graph: {got['triples']:,} triples; "
              "`kg export`'s streaming writer",
              f"{rate(r, got['triples']):,.0f} triples/CPU-s ({r['cpu']:.1f} s CPU, {r['seconds']:.1f} s wall); "
              f"peak RSS +{r['peak_mb']:,.0f} MB over the graph held", 
              f"rdflib (`Graph` + `serialize`) on a sample of {sample:,} commitments ({got['sample_triples']:,} "
              f"triples): {rate(lib, lib['triples']):,.0f} triples/CPU-s, peak +{lib['peak_mb']:,.0f} MB; kg on "
              f"the same sample {rate(kg_s, kg_s['triples']):,.0f} triples/CPU-s, peak +{kg_s['peak_mb']:,.0f} MB"
              if ok else "rdflib: " + str(lib.get("error") or kg_s.get("error") or "not run"),
              f"kg ×{lib['cpu'] / kg_s['cpu']:.1f} rdflib's rate on the sample" if ok else "—", "streams", l0)


# --- Neo4j push -----------------------------------------------------------------------------

def neo4j_rows(t: Table, commitments: int, sample: int, timeout: float) -> None:
    from neo4j_server import java_and_maven_available

    what = f"Neo4j push, {commitments:,} commitments"
    cmd = f"`python bench/bench_neo4j_push.py --commitments {commitments} --sample {sample}`"
    why = java_and_maven_available()
    if why:
        t.skipped(what, cmd, why, "≥ ×20")
        return
    l0 = load()
    with tempfile.TemporaryDirectory(prefix="kg-bench-neo4j-") as tmp:
        out = os.path.join(tmp, "push.json")
        try:
            r = script(HERE / "bench_neo4j_push.py", "--commitments", str(commitments), "--sample", str(sample),
                       "--json", out, timeout=timeout)
            res = json.loads(Path(out).read_text(encoding="utf-8"))
        except (RuntimeError, OSError, ValueError) as e:
            t.skipped(what, cmd, f"the benchmark failed: {e}", "≥ ×20")
            return
    rows, batched = res["results"][0], res["results"][1]
    t.add(what, cmd, f"`tests/synthetic_graph.py`, {res['items']:,} nodes+relationships, into Neo4j "
          f"{res['neo4j']} (the test server, empty); graph complete after the push: {res['complete']}",
          f"{batched['rate']:,.0f} items/s ({batched['method']}, {batched['seconds']:.1f} s); peak RSS of the "
          f"pushing process {r.peak:,.0f} MB (the server's JVM not counted)",
          f"row-by-row MERGE, one transaction each, on a sample of {rows['items']:,} items: "
          f"{rows['rate']:,.0f} items/s",
          f"×{batched['rate'] / rows['rate']:.0f}", "≥ ×20", l0)


# --- the table into its file ----------------------------------------------------------------

def put_block(text: str, block: str) -> str:
    """``text`` with ``block`` between the markers :data:`START` and :data:`END`, everything else as it was;
    when the markers are absent, they are inserted (with ``block``) after the first heading line; when
    only one is there, ``ValueError`` (the file is left as it is).

    >>> doc = "# Title\\n\\nhand-written\\n"
    >>> once = put_block(doc, "table 1\\n")
    >>> once
    '# Title\\n\\n<!-- python -m bench: start -->\\ntable 1\\n<!-- python -m bench: end -->\\n\\nhand-written\\n'
    >>> put_block(put_block(once, "table 2\\n"), "table 1\\n") == once
    True
    >>> quoted = "# Title\\n\\nit writes between `<!-- python -m bench: start -->` and `<!-- python -m bench: end -->`\\n"
    >>> put_block(quoted, "table\\n").splitlines()[2:5]
    ['<!-- python -m bench: start -->', 'table', '<!-- python -m bench: end -->']
    """
    block = block if block.endswith("\n") else block + "\n"
    # a marker is a line of its own: the same words inside a sentence (this file's docs quote them) are text
    start = re.search(rf"^{re.escape(START)}[ \t]*$", text, re.M)
    end = re.search(rf"^{re.escape(END)}[ \t]*$", text[start.end():] if start else text, re.M)
    if start and end:
        return text[:start.end()] + "\n" + block + text[start.end() + end.start():]
    if start or end:
        raise ValueError(f"only one of the lines {START} and {END} (in this order) is there: "
                         "put both back, or take the one out, before writing the table")
    lines = text.splitlines(keepends=True)
    at = next((k + 1 for k, line in enumerate(lines) if line.startswith("#")), 0)
    head = "".join(lines[:at])
    if head and not head.endswith("\n"):
        head += "\n"
    return head + "\n" + START + "\n" + block + END + "\n" + "".join(lines[at:])


def write_atomic(path: Path, text: str) -> None:
    """``text`` into ``path`` through a file beside it and a rename: a reader sees the old or the new file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def render(t: Table, command: str, started: str, took: float, skipped: list[str]) -> str:
    lines = ["## The benchmark table (`python -m bench`)", "",
             f"Written by `{command}` on {started} in {took / 60:.0f} min; machine: {machine()}.  Every baseline was "
             "measured in the same run, so a ratio can be read even when the machine is busy (its load average, "
             "1 minute, is given per row).  Items are nodes + relations.  Peak RSS: of the process that did the "
             "work (`kg` as a child process, or a forked child of the benchmark); \"with its workers\": the "
             "largest sum over it and the processes below it, sampled every 0.2 s."
             + (f"  Left out (`--skip`): {', '.join(skipped)}." if skipped else ""), "",
             "| what | command | input | figure | baseline (same run) | ratio | goal (#12) | load |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |" for r in t.rows]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0],
                                 epilog="Sizes in parentheses: with --quick / without.")
    ap.add_argument("--quick", action="store_true",
                    help="100 and 1,000 documents, 10,000 commitments, queries at 10,000 only: a few minutes")
    ap.add_argument("--skip", nargs="+", default=[], choices=PARTS, metavar="PART",
                    help=f"leave parts out: {' '.join(PARTS)} (million: the queries at 1,000,000)")
    ap.add_argument("--small", type=int, default=None, help="documents of the small ingest (100 / 1,000)")
    ap.add_argument("--large", type=int, default=None, help="documents of the large ingest (1,000 / 10,000)")
    ap.add_argument("--runs", type=int, default=3,
                    help="runs of each ingest row (medians): rounds of the small, the large and the large with "
                         "--jobs 2; the 10 more each way; the 1%% changed")
    ap.add_argument("--commitments", type=int, default=None, help="size of the write-path graph (10,000 / 100,000)")
    ap.add_argument("--query-sizes", type=int, nargs="+", default=None, metavar="N",
                    help="commitments of the query stores (10,000 / 10,000 100,000 1,000,000)")
    ap.add_argument("--query-runs", type=int, default=3, help="warm runs of each query after the cold one (median)")
    ap.add_argument("--part", type=int, default=50_000, help="commitments per transaction of the query stores")
    ap.add_argument("--rdf-commitments", type=int, default=None, help="RDF export graph (10,000 / 100,000)")
    ap.add_argument("--rdf-sample", type=int, default=None, help="rdflib's sample graph (2,000 / 5,000)")
    ap.add_argument("--neo4j-commitments", type=int, default=None, help="Neo4j push graph (10,000 / 100,000)")
    ap.add_argument("--neo4j-sample", type=int, default=None, help="items of the row-by-row sample (2,000 / 5,000)")
    ap.add_argument("--neo4j-timeout", type=float, default=3600, help="seconds before the Neo4j benchmark is stopped")
    ap.add_argument("--extract-mb", type=float, default=None, help="UTF-8 megabytes per extraction row (1 / 2)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=None,
                    help="write the table to this file, whole (default: between the markers of docs/benchmarks.md)")
    a = ap.parse_args(argv)
    q = a.quick
    small = a.small or (100 if q else 1000)
    large = a.large or (1000 if q else 10000)
    commitments = a.commitments or (10_000 if q else 100_000)
    sizes = a.query_sizes or ([10_000] if q else [10_000, 100_000, 1_000_000])
    if "million" in a.skip:
        sizes = [n for n in sizes if n < 1_000_000] or sizes[:1]
    skip = set(a.skip)
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    t = Table()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        parts = [
            ("extract", lambda: extract_rows(t, a.extract_mb or (1 if q else 2), 3)),
            ("ingest", lambda: ingest_rows(t, tmp, small, large, a.seed, runs=a.runs)),
            ("write", lambda: write_rows(t, tmp, commitments)),
            ("queries", lambda: query_rows(t, tmp, sizes, a.part, a.query_runs)),
            ("rdf", lambda: rdf_rows(t, a.rdf_commitments or (10_000 if q else 100_000),
                                     a.rdf_sample or (2_000 if q else 5_000))),
            ("neo4j", lambda: neo4j_rows(t, a.neo4j_commitments or (10_000 if q else 100_000),
                                         a.neo4j_sample or (2_000 if q else 5_000), a.neo4j_timeout)),
        ]
        for name, fn in parts:
            if name in skip:
                t.skipped(f"part `{name}`", "—", f"`--skip {name}`")
                continue
            print(f"## {name} (load {load():.1f})", flush=True)
            fn()
    took = time.perf_counter() - t0
    argv = sys.argv[1:] if argv is None else argv
    command = ("python -m bench" if Path(sys.argv[0]).name == "__main__.py" else "python bench/run.py") + \
        "".join(" " + shlex.quote(x) for x in argv)
    block = render(t, command, started, took, sorted(skip))
    if a.out:
        write_atomic(Path(a.out), "# Benchmarks\n\n" + block)
        print(f"wrote {a.out}")
    else:
        doc = ROOT / "docs" / "benchmarks.md"
        write_atomic(doc, put_block(doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n", block))
        print(f"wrote its table into {doc} (between the `{START}` markers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
