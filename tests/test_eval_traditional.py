"""The real documents of ../shared/eval written in traditional script read as well as in simplified.

Pages reach users from mirror sites and Hong Kong or Taiwan reposts in traditional characters; the extractor folds
every character OpenCC's table knows to its simplified one (same length, so offsets hold) and gives names, terms
and targets back as written.  Each folder's figures, with every document and its gold converted by OpenCC
(``s2t``), stay within a small margin of the checked-in simplified ones.  Skipped where ../shared/eval is absent.
"""
from __future__ import annotations

import json

import pytest

import eval_scores

#: how far a traditional-script figure may fall below the simplified one (a phrase OpenCC converts otherwise than a
#: page would, a date word such as 週 read the same)
MARGIN = 0.03


@pytest.fixture(scope="module")
def figures():
    if not eval_scores.available():
        pytest.skip(f"no real documents here ({eval_scores.EVAL})")
    import opencc

    return eval_scores.figures(convert=opencc.OpenCC("s2t").convert)


def test_traditional_script_reads_as_well_as_simplified(figures):
    want = json.loads(eval_scores.FIGURES.read_text(encoding="utf-8"))
    drops = []
    for group, now in figures.items():
        was = want.get(group)
        if not group.startswith("folder:") or was is None:
            continue
        for k in ("recall", "precision", "actors_f1", "deadlines", "targets_f1", "progress"):
            if now[k] < was[k] - MARGIN:
                drops.append(f"{group} {k}: simplified {was[k]:.3f}, traditional {now[k]:.3f}")
    assert not drops, "\n".join(drops)


def test_names_come_back_as_written_even_from_outside_the_evidence():
    import opencc

    from extract_helpers import commitments_of

    text = opencc.OpenCC("s2t").convert("今年,市交通部门将着力抓好三件事:一是年底前完成国道改造;二是新建农村公路200公里;三是加快推进客运站建设。\n")
    recs = commitments_of(text, "2008-03-01")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("國道改造", ["市交通部門"]), ("新建農村公路", ["市交通部門"]), ("客運站建設", ["市交通部門"])]
    assert recs[0].deadline.date == "2008-12-31"
    assert all(e.text in text for c in recs for e in c.evidence)
