"""An unchanged file of a folder read again is known by its signature (size, times, inode) without being
read to be hashed (issue 12); a change, other options, or a file changed too recently to tell are hashed.

Always the real embedded store; ``content_hash`` is counted, not replaced.
"""
from __future__ import annotations

import os
import time
from types import SimpleNamespace

import pytest

import kg
import kg.blocking
import kg.ingest

from test_reingest import assert_same, snapshot  # (tests/ is on the path: conftest.py; it puts bench/ there)
from corpus import write_corpus  # noqa: E402 (bench/corpus.py, on the path once test_reingest is imported)


@pytest.fixture
def folder(tmp_path):
    out = tmp_path / "docs"
    write_corpus(str(out), documents=12, seed=5, works_count=4)
    return out


@pytest.fixture
def hashed(monkeypatch):
    """The paths ``kg ingest`` hashes, in order."""
    seen = []
    real = kg.ingest.content_hash

    def counting(path, **options):
        seen.append(path)
        return real(path, **options)

    monkeypatch.setattr(kg.ingest, "content_hash", counting)
    return seen


def test_an_unchanged_file_is_not_hashed_again_and_a_changed_one_is(folder, tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(kg.blocking, "RACY_NS", 0)  # files written just now count as old enough
    files = sorted(folder.iterdir())
    with kg.open_graph(str(tmp_path / "s")) as g:
        first = g.ingest([str(folder)])
        assert len(hashed) == len(files) == first.files
        hashed.clear()
        again = g.ingest([str(folder)])
        assert (again.files, len(again.skipped), hashed) == (0, len(files), [])
        # the same size and modification time, other bytes: the change time tells
        target = files[3]
        text = target.read_text(encoding="utf-8")
        st = target.stat()
        i = next(i for i, ch in enumerate(text) if ch in "一二三四五六七八九")
        swapped = text[:i] + ("五" if text[i] != "五" else "六") + text[i + 1:]
        target.write_text(swapped, encoding="utf-8")
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert target.stat().st_size == st.st_size and target.stat().st_mtime_ns == st.st_mtime_ns
        changed = g.ingest([str(folder)])
        assert hashed == [str(target)] and changed.files == 1
        got = snapshot(g)
    with kg.open_graph(str(tmp_path / "fresh")) as g:
        g.ingest([str(folder)])
        assert_same(got, snapshot(g))


def test_other_options_hash_every_file_again(folder, tmp_path, hashed, monkeypatch):
    monkeypatch.setattr(kg.blocking, "RACY_NS", 0)
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        hashed.clear()
        report = g.ingest([str(folder)], place="青石县")
        assert len(hashed) == len(list(folder.iterdir())) == report.files


def test_a_file_changed_just_now_is_hashed_every_time(folder, tmp_path, hashed):
    """Within the file system clock's tick a change may leave the signature as it was: such a file has none
    (here for the whole test: its times are a minute ahead)."""
    ahead = time.time_ns() + 60 * 10 ** 9
    for p in folder.iterdir():
        os.utime(p, ns=(ahead, ahead))
    assert kg.blocking.file_signature(str(next(folder.iterdir()))) is None
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        hashed.clear()
        again = g.ingest([str(folder)])
        assert again.files == 0 and len(hashed) == len(again.skipped) == len(list(folder.iterdir()))


def test_a_rebuilt_index_forgets_the_signatures(folder, tmp_path, monkeypatch):
    monkeypatch.setattr(kg.blocking, "RACY_NS", 0)
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        index = g.store.index
        keys = kg.ingest.input_keys([str(p) for p in folder.iterdir()])
        assert len(index.signatures(keys.values())) == len(keys)
        index.rebuild(lambda cypher: g.store.query(cypher).rows)
        assert index.signatures(keys.values()) == {}


def test_a_file_hashed_just_after_it_was_written_is_signed_at_the_end(folder, tmp_path, hashed, monkeypatch):
    """A folder ingested as soon as it is written: its files have no signature when they are hashed, and
    get one at the end of the ingest, once they are old enough, hashed again; the next ingest hashes none
    of them.  A file changed in between is signed with its new hash: the next ingest reads it again."""
    clock = [time.time_ns()]
    monkeypatch.setattr(kg.blocking, "time", SimpleNamespace(time_ns=lambda: clock[0]))
    files = sorted(folder.iterdir())
    assert kg.blocking.file_signature(str(files[0])) is None
    changed = files[5]

    def stored(path):
        if path == str(files[-1]):  # the last file stored: time passes, one file changes
            changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
            clock[0] += 3 * kg.blocking.RACY_NS

    with kg.open_graph(str(tmp_path / "s")) as g:
        first = g.ingest([str(folder)], on_file=stored)
        # each file hashed before it is read, and again once old enough
        assert first.files == len(files) and sorted(hashed) == sorted([str(p) for p in files] * 2)
        clock[0] += 3 * kg.blocking.RACY_NS  # (the changed file: old enough by the next ingest)
        hashed.clear()
        again = g.ingest([str(folder)])
        assert hashed == [] and again.files == 1 and len(again.skipped) == len(files) - 1
        assert again.per_file[0][0] == str(changed)
