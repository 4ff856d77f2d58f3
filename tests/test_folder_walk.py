"""Walking a folder and keying its files cheaply (issue 12: re-reading a 10,000-file folder with 1% changed).

``loaders.expand`` lists a folder from its entries, and ``kg.ingest.input_keys`` works a folder's canonical
path out once for its files.  Both must give exactly what their plain definitions give:
``sorted(Path(folder).rglob("*"))`` filtered to the files kg reads, and ``str(Path(file).resolve())``.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg
from kg.ingest import input_key, input_keys
from loaders import SUFFIX_KIND, expand


def plain_expand(folder: str) -> list[str]:
    """What ``expand`` gave before it read the folder's entries itself."""
    return [str(f) for f in sorted(Path(folder).rglob("*"))
            if f.is_file() and f.suffix.lower() in SUFFIX_KIND and not f.name.startswith(".")]


@pytest.fixture
def tree(tmp_path):
    """A folder with what a user's archive holds: nested folders, names that sort differently as strings
    and as paths, hidden files and folders, other kinds of file, upper-case suffixes, links to a file and
    to a folder (not followed), a folder named like a text file, a broken link."""
    root = tmp_path / "archive"
    for rel in ["a.txt", "a-b/x.txt", "a/b.txt", "a/c/d.csv", "ab.md", "B.TXT", "z.json", "notes.pdf",
                ".hidden.txt", ".cache/kept.txt", "2024/03/通报.html", "2024/10/通报.htm", "2024/3.txt",
                "dir.txt/inner.txt", "space name/会议 纪要.txt", "a./x.tsv"]:
        f = root / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text("某区召开会议。\n", encoding="utf-8")
    outside = tmp_path / "outside"
    (outside / "sub").mkdir(parents=True)
    (outside / "sub" / "far.txt").write_text("x", encoding="utf-8")
    (outside / "one.txt").write_text("x", encoding="utf-8")
    os.symlink(outside / "sub", root / "linked-folder")
    os.symlink(outside / "one.txt", root / "linked-file.txt")
    os.symlink(tmp_path / "nowhere.txt", root / "broken.txt")
    return root


def test_a_folder_is_walked_as_rglob_sorted_walks_it(tree, monkeypatch):
    got = list(expand([str(tree)]))
    assert got == plain_expand(str(tree))
    assert str(tree / "linked-file.txt") in got and str(tree / ".cache" / "kept.txt") in got
    assert not any("far.txt" in p or "broken" in p or p.endswith(".pdf") for p in got)
    # the same relative to the current folder, from inside it and from above it
    monkeypatch.chdir(tree.parent)
    assert list(expand(["archive"])) == plain_expand("archive")
    assert list(expand(["./archive/"])) == plain_expand("./archive/")
    monkeypatch.chdir(tree)
    assert list(expand(["."])) == plain_expand(".")
    assert list(expand(["a"])) == plain_expand("a") == ["a/b.txt", "a/c/d.csv"]


def test_the_examples_folder_is_walked_as_before():
    examples = Path(kg.__file__).resolve().parents[1] / "examples"
    assert list(expand([str(examples)])) == plain_expand(str(examples))


def test_the_keys_of_a_folder_are_the_files_canonical_paths(tree, monkeypatch):
    files = list(expand([str(tree)]))
    assert input_keys(files) == {f: str(Path(f).resolve()) for f in files}
    assert input_keys(files)[str(tree / "linked-file.txt")] == str((tree.parent / "outside" / "one.txt").resolve())
    monkeypatch.chdir(tree)
    rel = list(expand(["."])) + ["../archive/a/b.txt", "a/../a.txt"]
    assert input_keys(rel) == {f: input_key(f) for f in rel}
    # a given source keys every file as that source
    assert input_keys(["a.txt"], source="https://example.org/通报") == {"a.txt": "https://example.org/通报"}


def test_the_keys_follow_a_linked_folder_given_by_its_link(tree):
    linked = tree / "linked-folder"
    files = [str(linked / "far.txt")]
    assert input_keys(files) == {files[0]: str((tree.parent / "outside" / "sub" / "far.txt").resolve())}


def test_an_unchanged_folder_is_skipped_and_a_changed_file_read_again(tmp_path):
    """The skip check keys files with ``input_keys``: a second ingest of the folder through another spelling
    of its path skips every file, and reads again only the one that changed."""
    root = tmp_path / "archive"
    sentences = ["区住建局要在6月底前完成老旧小区排查。", "由区发改局牵头，年内完成园区规划编制。",
                 "区交通局负责，9月底前建成公交首末站。"]
    for i, text in enumerate(sentences):
        (root / f"m{i}").mkdir(parents=True)
        (root / f"m{i}" / f"纪要{i}.txt").write_text(text + "\n", encoding="utf-8")
    store = tmp_path / "store"
    with kg.open_graph(str(store)) as g:
        first = g.ingest([str(root)])
    assert first.files == 3 and not first.skipped and first.commitments >= 3
    (root / "m1" / "纪要1.txt").write_text("由区发改局牵头，10月底前完成园区规划编制。\n", encoding="utf-8")
    with kg.open_graph(str(store)) as g:
        again = g.ingest([str(tmp_path / "." / "archive" / ".." / "archive")])
    assert [Path(p).name for p in again.skipped] == ["纪要0.txt", "纪要2.txt"]
    assert again.files == 1 and again.per_file[0][0].endswith("纪要1.txt")
