"""Score the extractor on every real document of ``../shared/eval``, per folder and per genre.

The documents and their gold live outside the project (``../shared/eval``, or
``KG_EVAL``); the project keeps only the figures, in ``tests/eval_figures.json``.
``tests/test_eval_scores.py`` fails when a figure drops below that file; when
figures rise, write the file again on purpose::

    python tests/eval_scores.py            # print the figures (a Markdown table)
    python tests/eval_scores.py --write    # ... and write tests/eval_figures.json

Each document is read the way ``../shared/eval/run.py`` reads it: the ``# source:`` /
``# date:`` / ``# genre:`` lines at its top are cut, a full ``# date:`` is passed as
the document date, and the text goes through the same path as ``kg extract``
(:func:`kg.ingest.read` on a ``.txt`` file, then the JSON contract).

The genre of a document comes from its ``# genre:`` line (the dev page has none:
it is speeches); :func:`genre_of` names the groups.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterator, Optional

ROOT = Path(__file__).resolve().parents[1]
EVAL = Path(os.environ.get("KG_EVAL") or ROOT.parent / "shared" / "eval")
FIGURES = Path(__file__).with_name("eval_figures.json")

#: the figures compared, in the order the scorer prints them
KEYS = ("recall", "precision", "actors_f1", "deadlines", "targets_f1", "progress", "task_sim")

#: genre groups, tried in order, by words of the ``# genre:`` line before its English gloss
GENRES = (
    ("rectification", re.compile(r"整改|边督边改|销号")),
    ("pledges", re.compile(r"承诺|践诺")),
    ("task_decomposition", re.compile(r"分解|分工")),
    ("minutes", re.compile(r"纪要|办公会|常务会|专题会|联席会|推进会|会议")),
    ("speeches", re.compile(r"讲话|动员|调度会|报告会")),
    ("supervision_progress", re.compile(r"督查|督办|通报|进展|进度|推进|完成情况|报告|公示|汇报")),
)


def genre_of(line: Optional[str]) -> str:
    """The genre group of a ``# genre:`` line.

    >>> genre_of("督查通报 (county office report on meeting decisions)")
    'supervision_progress'
    >>> genre_of("常务会议纪要 ('纪要如下', second executive meeting)")
    'minutes'
    >>> genre_of(None)
    'speeches'
    """
    if not line:
        return "speeches"
    head = re.split(r"\s*[(\uff08]", line, maxsplit=1)[0]
    return next((name for name, rx in GENRES if rx.search(head)), "other")


def available() -> bool:
    return (EVAL / "score.py").is_file()


def scorer():
    spec = importlib.util.spec_from_file_location("kg_eval_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def split_header(text: str) -> tuple[dict, str]:
    """The ``# key: value`` lines at the top, and the text after them."""
    head: dict = {}
    lines = text.splitlines(keepends=True)
    k = 0
    while k < len(lines) and lines[k].startswith("# "):
        key, _, value = lines[k][2:].partition(":")
        head[key.strip()] = value.strip()
        k += 1
    return head, "".join(lines[k:])


def documents() -> Iterator[tuple[str, str, Path]]:
    """``(folder, genre, path)`` of every document with a gold file, folders in name order."""
    for folder in sorted(p for p in EVAL.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.txt")):
            if path.with_name(path.name[:-4] + ".gold.json").is_file():
                head, _ = split_header(path.read_text(encoding="utf-8"))
                yield folder.name, genre_of(head.get("genre")), path


def predict(text: str, date: Optional[str]) -> dict:
    """What ``kg extract DOC --format json [--date DATE]`` prints, read in-process."""
    from kg.contract import to_contract
    from kg.ingest import read

    with tempfile.TemporaryDirectory() as d:
        doc = os.path.join(d, "doc.txt")
        with open(doc, "w", encoding="utf-8") as f:
            f.write(text)
        out = to_contract(read(doc, date=date), source="doc.txt")
    return json.loads(json.dumps(out, ensure_ascii=False))


def _summary(tot: dict, prf) -> dict:
    def ratio(a: str, b: str) -> float:
        return tot[a] / tot[b] if tot[b] else 1.0

    return {
        "documents": tot["documents"], "gold": tot["gold"], "pred": tot["pred"],
        "recall": ratio("matched", "gold"), "precision": ratio("matched", "pred"),
        "actors_f1": prf(tot["actors_tp"], tot["actors_fp"], tot["actors_fn"])[2],
        "deadlines": ratio("deadlines_ok", "deadlines"),
        "targets_f1": prf(tot["targets_tp"], tot["targets_fp"], tot["targets_fn"])[2],
        "progress": ratio("progress_ok", "progress"),
        "task_sim": ratio("task_sim_sum", "task_pairs"),
    }


#: what a gold file holds that is no text of the document (dates, roles, numbers): left as it is by ``convert``
_NOT_TEXT = {"date", "role", "kind", "op", "status", "as_of", "id", "percent", "value", "start", "end", "doc", "note"}


def converted(gold, convert: Callable[[str], str]):
    """``gold`` with every text in it (evidence, names, metrics, units, tasks) passed through ``convert``."""
    if isinstance(gold, str):
        return convert(gold)
    if isinstance(gold, list):
        return [converted(x, convert) for x in gold]
    if isinstance(gold, dict):
        return {k: v if k in _NOT_TEXT else converted(v, convert) for k, v in gold.items()}
    return gold


def figures(convert: Optional[Callable[[str], str]] = None) -> dict:
    """``{"folder:NAME": {...}, "genre:NAME": {...}}``: micro-averaged figures, as run.py computes them;
    with ``convert``, of every document and its gold passed through it (the same texts in traditional script)."""
    score = scorer()
    totals: dict[str, dict] = {}
    for folder, genre, path in documents():
        head, text = split_header(path.read_text(encoding="utf-8"))
        gold = json.loads(path.with_name(path.name[:-4] + ".gold.json").read_text(encoding="utf-8"))
        if convert is not None:
            text, gold = convert(text), converted(gold, convert)
        m = re.match(r"\d{4}-\d{2}-\d{2}\b", head.get("date") or gold.get("date") or "")
        r = score.score(gold, predict(text, m.group(0) if m else None), text)
        for group in (f"folder:{folder}", f"genre:{genre}"):
            tot = totals.setdefault(group, {"documents": 0, "gold": 0, "pred": 0})
            tot["documents"] += 1
            tot["gold"] += r["gold"]
            tot["pred"] += r["pred"]
            for k, v in r["counts"].items():
                tot[k] = tot.get(k, 0) + v
    return {g: _summary(t, score.prf) for g, t in sorted(totals.items())}


def table(figs: dict) -> str:
    """The figures as a Markdown table."""
    head = "| set | docs | gold | commitments R / P | actors F1 | deadlines | targets F1 | progress | task sim |"
    rows = [head, "|" + " --- |" * 9]
    for g, f in figs.items():
        rows.append(f"| {g} | {f['documents']} | {f['gold']} | {f['recall']:.2f} / {f['precision']:.2f} | "
                    f"{f['actors_f1']:.2f} | {f['deadlines']:.2f} | {f['targets_f1']:.2f} | {f['progress']:.2f} | "
                    f"{f['task_sim']:.2f} |")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    if not available():
        print(f"no scorer at {EVAL}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    figs = figures()
    print(table(figs))
    if "--write" in argv:
        rounded = {g: {k: (round(v, 3) if isinstance(v, float) else v) for k, v in f.items()} for g, f in figs.items()}
        FIGURES.write_text(json.dumps(rounded, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {FIGURES}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
