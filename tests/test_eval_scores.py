"""Every folder of real documents in ../shared/eval, scored against the checked-in figures.

A figure (per folder and per genre) that drops below ``tests/eval_figures.json``
fails; figures that rise are written on purpose with
``python tests/eval_scores.py --write``.  Skipped where ../shared/eval is absent
(as on a user's machine).
"""
from __future__ import annotations

import json

import pytest

import eval_scores

#: figures are written rounded to three places
SLACK = 0.0015


@pytest.fixture(scope="module")
def figures():
    if not eval_scores.available():
        pytest.skip(f"no real documents here ({eval_scores.EVAL})")
    return eval_scores.figures()


def _checked():
    return json.loads(eval_scores.FIGURES.read_text(encoding="utf-8"))


def test_no_figure_drops(figures):
    want = _checked()
    drops = []
    for group, was in want.items():
        now = figures.get(group)
        if now is None:
            continue  # a folder that is not here today
        for k in eval_scores.KEYS:
            if now[k] < was[k] - SLACK:
                drops.append(f"{group} {k}: {was[k]:.3f} -> {now[k]:.3f}")
    assert not drops, "figures dropped (see tests/eval_scores.py):\n" + "\n".join(drops)


def test_every_folder_and_genre_has_figures(figures):
    """A new folder or genre of documents gets its figures written, so its drops are caught too."""
    missing = sorted(set(figures) - set(_checked()))
    assert not missing, f"no checked-in figures for {missing}: run python tests/eval_scores.py --write"


def test_genre_lines_all_name_a_genre(figures):
    assert "genre:other" not in figures, "a # genre: line maps to no genre group of eval_scores.GENRES"
