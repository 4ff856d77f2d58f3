"""``kg ingest --jobs N``: the rows of a batch's write made in the main thread beforehand
(kg/store/embedded.py ``prepare``, kg/ingest.py ``_Pipeline._prepare``).

A write given them must send exactly the statements and rows of a write that makes them itself, on a
batch linked to a store holding works it restates (stored nodes updated, relations merged, new ones
created); the pipeline hands them to its writes.  Every document here is generated (bench/corpus.py)
or invented.
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.ingest import linked, read
from kg.resolve import resolve
from kg.store.embedded import TableSizes, prepare, write_statements

from test_ingest_batch import assert_same, folder, one_at_a_time, snapshot  # noqa: F401


def _all(folder: Path) -> list[str]:
    return sorted(str(p) for d in ("archive", "corpus", "ties") for p in (folder / d).iterdir())


def _statements(store, graph, prepared) -> list:
    """Every statement a write of ``graph`` into ``store`` sends, with its rows (a ``COPY`` job's text and rows
    made), looked up against the store as the write does."""
    c = store._conn
    sizes = TableSizes(c)
    out = []
    for how, what, rows in write_statements(graph, lambda label, ids: store._existing(c, label, ids, sizes),
                                             prepared):
        if how == "copy":
            text, left = rows()
            out.append((how, what, text, left))
        elif how == "nodes written":
            out.append((how, sorted(what), sorted(rows)))
        else:
            out.append((how, what, rows))
    return out


def test_a_write_given_its_rows_beforehand_sends_the_same_statements(folder, tmp_path):
    files = _all(folder)
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest(files[:50], batch_files=64)
        docs = [d for f in files[50:] for d in read(f)]
        graph, _ = linked(g.store, resolve(docs), docs)
        assert graph.stored  # stored commitments of restated works are written again
        made = prepare(graph)
        assert made.rows and any(made.changed.values())
        got = _statements(g.store, graph, made)
        want = _statements(g.store, graph, None)
    assert got == want
    assert any(how == "cypher" and "MERGE" in what for how, what, _ in want)  # relations of stored nodes
    assert any(how == "cypher" and "CREATE" in what for how, what, _ in want)


def test_the_pipeline_hands_its_writes_their_rows(folder, tmp_path):
    files = _all(folder)
    with kg.open_graph(str(tmp_path / "s")) as g:
        write = g.store.write
        given = []

        def watched(graph, **kw):
            given.append(kw.get("prepared") is not None and kw["prepared"].graph is graph)
            return write(graph, **kw)

        g.store.write = watched
        g.ingest(files, batch_files=20, jobs=2)
        got = snapshot(g)
    assert len(given) > 2 and all(given)
    assert_same(got, one_at_a_time(tmp_path / "want", files))
