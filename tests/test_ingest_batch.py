"""Files stored in batches, one transaction each, give the graph of one transaction per file (issue 12).

``kg ingest`` resolves, links and writes up to ``--batch`` files together
(kg/ingest.py ``store_batch``).  The graph must be the one that storing each
file in turn gives: nodes and relations with every property, and the Turtle
and JSON exports byte for byte, on corpora that link works across documents,
restate them, replace a changed document, tie persons across places and
apply a review.  A batch whose write fails is stored file by file, so the
file at fault is named and the others are stored.  Every document here is
generated (bench/corpus.py) or invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import kg
from kg.errors import IngestFailed, StoreError

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
from corpus import write_archive, write_corpus  # noqa: E402

from test_identity_ties import DOCS as TIES, _export  # noqa: E402
from test_review import DATES as REVIEW_DATES, NOTICE, SPEECH, TABLE  # noqa: E402


def snapshot(g) -> tuple:
    graph = g.graph()
    return ({n.id: dict(n.props) for n in graph.nodes.values()},
            {k: dict(e.props) for k, e in graph.edges.items()}, _export(g, "ttl"), _export(g, "json"))


def assert_same(a, b):
    (na, ea, ta, ja), (nb, eb, tb, jb) = a, b
    assert set(na) == set(nb), sorted(set(na) ^ set(nb))[:5]
    assert set(ea) == set(eb), sorted(set(ea) ^ set(eb))[:5]
    assert na == nb, [(k, na[k], nb[k]) for k in na if na[k] != nb[k]][:3]
    assert ea == eb, [(k, ea[k], eb[k]) for k in ea if ea[k] != eb[k]][:3]
    assert ta == tb
    assert ja == jb


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """An archive of three counties, a corpus of works restated many times, and persons tied across places."""
    root = tmp_path_factory.mktemp("batch")
    write_archive(str(root / "archive"), documents=45, seed=5, per_county=15)
    write_corpus(str(root / "corpus"), documents=30, seed=14, works_count=8)
    (root / "ties").mkdir()
    for name, text in TIES.items():
        (root / "ties" / name).write_text(text, encoding="utf-8")
    return root


def _sequence(store: Path, folder: Path, **options) -> tuple:
    """A fixed sequence of ingests: two parts, a changed file read again (its old reading replaced),
    restored, then everything once more with ``reread``; the snapshot after the first part and at the end."""
    files = sorted(str(p) for d in ("archive", "corpus", "ties") for p in (folder / d).iterdir())
    changed = Path(files[7])
    orig = changed.read_text(encoding="utf-8")
    with kg.open_graph(str(store)) as g:
        g.ingest(files[:40], **options)
        first = snapshot(g)
        g.ingest(files[40:], **options)
        changed.write_text(orig.replace("月底前", "月中旬前", 1) + "\n新建城东公园一座,年底前建成。\n", encoding="utf-8")
        try:
            g.ingest(files, **options)  # the changed file alone is read (the others are unchanged)
        finally:
            changed.write_text(orig, encoding="utf-8")
        g.ingest(files[::-1], reread=True, **options)
        return first, snapshot(g)


@pytest.fixture(scope="module")
def one_by_one(folder, tmp_path_factory):
    return _sequence(tmp_path_factory.mktemp("one") / "s", folder, batch_files=1)


@pytest.mark.parametrize("batch", [256, 7])
def test_batches_give_the_graph_of_one_file_at_a_time(folder, one_by_one, tmp_path, batch):
    first, last = _sequence(tmp_path / "s", folder, batch_files=batch)
    assert_same(first, one_by_one[0])
    assert_same(last, one_by_one[1])


def test_a_batch_is_bounded_by_commitments_too(folder, one_by_one, tmp_path):
    first, last = _sequence(tmp_path / "s", folder, batch_files=64, batch_commitments=20)
    assert_same(last, one_by_one[1])


def test_one_write_per_batch(folder, tmp_path):
    files = sorted(str(p) for p in (folder / "archive").iterdir())
    with kg.open_graph(str(tmp_path / "s")) as g:
        writes = []
        write = g.store.write
        g.store.write = lambda graph, **kw: (writes.append(len(graph.nodes)), write(graph, **kw))[1]
        report = g.ingest(files, batch_files=10)
    assert report.files == 45
    assert len(writes) == 5  # 10 + 10 + 10 + 10 + 5 files


def _review_docs(root: Path) -> Path:
    docs = root / "docs"
    docs.mkdir()
    for name, text in (("speech.txt", SPEECH), ("tasks.csv", TABLE), ("notice.txt", NOTICE)):
        (docs / name).write_text(text, encoding="utf-8")
    return docs


def reviewed(tmp_path) -> tuple:
    """The review's folder of documents, and the review that keeps the notice's 城南路改造 apart from the
    speech's (their ``review.tsv``, written by ``decide`` into a store the three were ingested into)."""
    docs = _review_docs(tmp_path)
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        for name in ("speech.txt", "tasks.csv", "notice.txt"):
            g.ingest([str(docs / name)], date=REVIEW_DATES[name])
        ids = {r["source"]: r["id"] for r in g.cypher(
            "MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE c.task CONTAINS '城南路改造' "
            "RETURN d.source AS source, c.id AS id").records()}
        g.decide("reject", ids["notice.txt"], ids["speech.txt"], note="another stretch of road")
    return docs, (store / "review.tsv").read_text(encoding="utf-8")


def test_a_review_applies_to_a_batch_as_to_each_file(tmp_path):
    docs, review = reviewed(tmp_path)
    got = []
    for batch in (1, 64):
        other = tmp_path / f"b{batch}"
        other.mkdir()
        (other / "review.tsv").write_text(review, encoding="utf-8")
        with kg.open_graph(str(other)) as g:
            g.ingest([str(docs / n) for n in ("notice.txt", "tasks.csv", "speech.txt")], date="2024-07-10",
                     batch_files=batch)
            got.append(snapshot(g))
    assert_same(got[0], got[1])


def _failing_write(g, bad_name: str):
    """Make the store refuse any write holding the document read from ``bad_name``."""
    write = g.store.write
    calls = []

    def refuse(graph, **kw):
        calls.append(sorted(n.props.get("source") for n in graph.nodes_of("Document")))
        if any(n.props.get("source") == bad_name for n in graph.nodes_of("Document")):
            raise StoreError("refused on purpose")
        return write(graph, **kw)

    g.store.write = refuse
    return calls


def one_at_a_time(store: Path, files: list[str]) -> dict:
    """The snapshot of ``files`` stored one file a transaction into a fresh ``store``: what a batched
    or pipelined ingest of them must give."""
    with kg.open_graph(str(store)) as g:
        g.ingest(files, batch_files=1)
        return snapshot(g)


def test_a_failed_batch_is_stored_file_by_file(folder, tmp_path):
    files = sorted(str(p) for p in (folder / "corpus").iterdir())[:12]
    bad = files[5]
    want = one_at_a_time(tmp_path / "want", [f for f in files if f != bad])
    with kg.open_graph(str(tmp_path / "s")) as g:
        calls = _failing_write(g, Path(bad).name)
        with pytest.raises(IngestFailed) as e:
            g.ingest(files)
        assert len(calls) == 1 + len(files)  # the batch, then each file alone
        report = e.value.report
        assert report.files == 11 and [x.source for x in report.failed] == [bad]
        assert "refused on purpose" in str(report.failed[0])
        del g.store.write
        assert_same(snapshot(g), want)
        # the failed file's content hash was not recorded: read again, it is stored, the others skipped
        again = g.ingest(files)
        assert again.files == 1 and len(again.skipped) == 11


def test_fail_fast_in_a_failed_batch_stores_the_files_before(folder, tmp_path):
    files = sorted(str(p) for p in (folder / "corpus").iterdir())[:8]
    with kg.open_graph(str(tmp_path / "s")) as g:
        _failing_write(g, Path(files[3]).name)
        with pytest.raises(StoreError) as e:
            g.ingest(files, fail_fast=True)
        assert e.value.source == files[3]
        stored = {r[0] for r in g.cypher("MATCH (d:Document) RETURN d.source").rows}
    assert stored == {Path(f).name for f in files[:3]}


def test_a_file_that_cannot_be_read_is_reported_and_the_others_stored(folder, tmp_path):
    files = sorted(str(p) for p in (folder / "corpus").iterdir())[:6]
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"document": {"source": "a"}, "commitments": []}\n{oops\n')
    want = one_at_a_time(tmp_path / "want", files)
    with kg.open_graph(str(tmp_path / "s")) as g:
        with pytest.raises(IngestFailed) as e:
            g.ingest(files[:3] + [str(bad)] + files[3:])
        assert [x.source for x in e.value.report.failed] == [str(bad)]
        assert e.value.report.failed[0].line == 2
        assert e.value.report.files == 6
        assert_same(snapshot(g), want)
    with kg.open_graph(str(tmp_path / "ff")) as g:
        with pytest.raises(Exception) as e:
            g.ingest(files[:3] + [str(bad)] + files[3:], fail_fast=True)
        stored = {r[0] for r in g.cypher("MATCH (d:Document) RETURN d.source").rows}
    assert stored == {Path(f).name for f in files[:3]}


def test_a_long_text_and_stdin_keep_their_own_path(folder, tmp_path, monkeypatch):
    """Files read before a long text are stored before it; the graph is the one of each file in turn."""
    import kg.longtext as longtext

    files = sorted(str(p) for p in (folder / "corpus").iterdir())[:6]
    got = []
    for batch in (1, 64):
        store = tmp_path / f"s{batch}"
        with kg.open_graph(str(store)) as g:
            writes = []
            write = g.store.write
            g.store.write = lambda graph, **kw: (writes.append(
                sorted(n.props.get("source") for n in graph.nodes_of("Document"))), write(graph, **kw))[1]
            with monkeypatch.context() as m:
                m.setattr(longtext, "LONG_CHARS", 1, raising=False)
                m.setattr("kg.ingest.is_long", lambda path, options: path == files[2])
                g.ingest(files, batch_files=batch)
            got.append(snapshot(g))
        if batch == 64:
            # the two files before the long text in one write, then the long text's own writes, then the rest
            assert writes[0] == sorted(Path(f).name for f in files[:2])
            assert writes[-1] == sorted(Path(f).name for f in files[3:])
    assert_same(got[0], got[1])
