"""The embedded write path (issue 12: bulk loading): the bulk path writes the graph the row path writes.

The row path is the ``MERGE`` statements of :mod:`kg.store.base` (what a
Neo4j push runs); the bulk path is ``EmbeddedStore.write`` (``COPY … FROM``
for new nodes and relations, ``UNWIND`` batches for the rest).  Nothing timed
(speed lives in ``bench/bench_embedded.py --against-copy``).
"""
from __future__ import annotations

import gc
import sqlite3
import sys
from pathlib import Path

import pytest

import kg
from kg.blocking import INDEX_FILE
from kg.graph import Graph
from kg.store.base import WORKS_STATEMENT, edge_statements, node_statements, works_touched

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT / "bench", ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))
from corpus import write_archive  # noqa: E402
from synthetic_graph import synthetic_graph  # noqa: E402
from test_reingest import assert_same, snapshot  # noqa: E402


def _row_path(folder: Path, graph: Graph) -> tuple[dict, dict]:
    """``graph`` written into a fresh store by the MERGE statements and the actors' ``works``, one
    transaction; its snapshot."""
    with kg.open_graph(str(folder)) as g:
        conn = g.store._conn
        conn.execute("BEGIN TRANSACTION")
        for stmt, rows in list(node_statements(graph, typed=True)) + list(edge_statements(graph, typed=True)):
            conn.execute(stmt, {"rows": rows})
        conn.execute(WORKS_STATEMENT, {"ids": sorted(works_touched(graph)[0])})  # as every write keeps it
        conn.execute("COMMIT")
        return snapshot(g)


def _bulk_path(folder: Path, graph: Graph, monkeypatch) -> tuple[dict, dict]:
    """``graph`` written into a fresh store by ``EmbeddedStore.write``, every new table by COPY."""
    import kg.store.embedded as emb

    monkeypatch.setattr(emb, "COPY_FROM", 1)
    with kg.open_graph(str(folder)) as g:
        g.store.write(graph)
        return snapshot(g)


def _index_rows(folder: Path) -> dict:
    db = sqlite3.connect(str(folder / INDEX_FILE))
    try:
        return {t: sorted(db.execute(f"SELECT * FROM {t}")) for t in ("commitments", "blocks", "speeches")}
    finally:
        db.close()


@pytest.fixture(scope="module")
def archive_graph(tmp_path_factory):
    """The graph of a small generated archive (speeches, task tables, notices of two counties), as stored."""
    folder = tmp_path_factory.mktemp("archive")
    files = [str(p) for p in write_archive(str(folder / "docs"), documents=30, seed=5, per_county=15)]
    with kg.open_graph(str(folder / "store")) as g:
        g.ingest(files)
        return g.graph(), snapshot(g)


def test_a_real_looking_corpus_written_in_bulk_is_the_graph_of_the_row_path(archive_graph, tmp_path, monkeypatch):
    graph, stored = archive_graph
    assert sum(1 for _ in graph.nodes_of("Commitment")) > 50
    bulk = _bulk_path(tmp_path / "bulk", graph, monkeypatch)
    assert_same(bulk, _row_path(tmp_path / "row", graph))
    assert_same(bulk, stored)


def test_a_synthetic_graph_written_in_bulk_is_the_graph_of_the_row_path(tmp_path, monkeypatch):
    graph = synthetic_graph(500)
    odd = next(graph.nodes_of("Progress"))
    odd.props.update(text='进度"说明",含逗号\r\n与换行', source="")  # CSV's hard cases; "" is not null
    assert_same(_bulk_path(tmp_path / "bulk", graph, monkeypatch), _row_path(tmp_path / "row", graph))


def test_the_index_written_with_the_graph_is_the_index_built_from_it(archive_graph, tmp_path, monkeypatch):
    """The blocking index's rows (written in the order of their key) are those a rebuild from the stored graph gives."""
    graph, _ = archive_graph
    _bulk_path(tmp_path / "s", graph, monkeypatch)
    written = _index_rows(tmp_path / "s")
    (tmp_path / "s" / INDEX_FILE).unlink()
    with kg.open_graph(str(tmp_path / "s")):  # an index lost is built again from the graph
        pass
    assert written["blocks"] and written == _index_rows(tmp_path / "s")


def test_the_cycle_collector_runs_again_after_a_write_and_after_a_failed_one(tmp_path, monkeypatch):
    import kg.store.embedded as emb

    assert gc.isenabled()
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.store.write(synthetic_graph(50))
        assert gc.isenabled()

        def broken(graph, existing, prepared=None, kept=None):
            raise RuntimeError("disk full")
            yield
        monkeypatch.setattr(emb, "write_statements", broken)
        with pytest.raises(kg.KGError):
            g.store.write(synthetic_graph(60))
        assert gc.isenabled()


@pytest.mark.parametrize("beside", [0, 10**9], ids=["index in a thread", "index first"])
def test_a_big_write_adds_its_index_beside_the_graph_and_the_same_rows(archive_graph, tmp_path, monkeypatch, beside):
    """A write of more than INDEX_BESIDE nodes adds its blocking index in a thread while Ladybug copies:
    the same rows as the index built again from the stored graph."""
    import kg.store.embedded as emb

    monkeypatch.setattr(emb, "INDEX_BESIDE", beside)
    graph, stored = archive_graph
    assert_same(_bulk_path(tmp_path / "s", graph, monkeypatch), stored)
    written = _index_rows(tmp_path / "s")
    (tmp_path / "s" / INDEX_FILE).unlink()
    with kg.open_graph(str(tmp_path / "s")):
        pass
    assert written["blocks"] and written == _index_rows(tmp_path / "s")


def test_an_index_that_fails_in_its_thread_writes_no_graph(tmp_path, monkeypatch):
    """The graph's transaction commits only after the index's: an index error (disk full) in the thread
    rolls the graph back and is raised in the writer."""
    import kg.store.embedded as emb
    from kg.blocking import BlockIndex

    monkeypatch.setattr(emb, "INDEX_BESIDE", 0)

    def broken(self, graph):
        raise sqlite3.OperationalError("database or disk is full")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.store.write(synthetic_graph(20))
        before = g.store.stats()
        monkeypatch.setattr(BlockIndex, "add", broken)
        with pytest.raises(sqlite3.OperationalError):
            g.store.write(synthetic_graph(40))
        assert g.store.stats() == before
        monkeypatch.undo()
        monkeypatch.setattr(emb, "INDEX_BESIDE", 0)
        g.store.write(synthetic_graph(40))  # the store takes writes again
        assert g.store.stats() != before


#: values a CSV file must quote, or that a reader could take for something else: the bulk path must store
#: each exactly (a row with an empty string goes through UNWIND: an empty field reads as null)
TEXT_CASES = ["城南路,二期", '说"好"', '"', "“东湖区”", "a\\b", "\\N", " 前后有空格 ", "#不是注释", "NULL", "None",
              "\t制表", "", None, "x'y"]


def _hard_graph():
    graph = synthetic_graph(120)
    commitments = list(graph.nodes_of("Commitment"))
    for i, value in enumerate(TEXT_CASES):  # a table that stays separated (no line break, no control character)
        commitments[i].props.update(text=value, said=value, due_text=value, evidence=value)
    for e, value in zip(graph.edges_of("LEADS"), TEXT_CASES):  # a relation's properties (the post of a role)
        e.props.update(post=value, place=value)
    for e, value in zip(graph.edges_of("RESTATES"), TEXT_CASES):
        e.props.update(why=value)
    progress = list(graph.nodes_of("Progress"))  # a table with a line break in a value: CSV
    for i, value in enumerate(["第一行\n第二行", "回车\r\n换行", "\n", "尾\r"] + TEXT_CASES):
        progress[i].props.update(text=value)
    targets = list(graph.nodes_of("Target"))  # a table with the separated file's own characters: CSV
    for i, value in enumerate(["a\x1fb", "a\x1db"] + TEXT_CASES):
        targets[i].props.update(text=value)
    return graph


def test_values_with_commas_quotes_line_breaks_and_empty_strings_are_stored_exactly(tmp_path, monkeypatch):
    """Each table's COPY file is separated when no value holds a separator, the quote character or a line
    break, CSV otherwise; both store every value exactly as the row path does (None stays null, "" stays "")."""
    import kg.store.embedded as emb
    from kg.store.copytext import CSV, CSV_LINES, SEPARATED

    used = {}
    real = emb.copy_from

    def spy(conn, folder, table, options, data):
        used[table + options] = data.options
        return real(conn, folder, table, options, data)
    monkeypatch.setattr(emb, "copy_from", spy)
    graph = _hard_graph()
    assert_same(_bulk_path(tmp_path / "bulk", graph, monkeypatch), _row_path(tmp_path / "row", graph))
    assert used["Commitment"] == SEPARATED and used["Document"] == SEPARATED
    assert used["LEADS, from='Person', to='Commitment'"] == SEPARATED
    assert used["Progress"] == CSV_LINES and used["Target"] == CSV


def test_copy_rows_reads_back_to_the_values_and_leaves_out_empty_strings():
    from kg.graph import Edge
    from kg.store.copytext import SEP, SEPARATED, copy_rows

    edges = [Edge("LEADS", f"person:{i}", f"commitment:{i}", {"role": "lead", "post": v})
             for i, v in enumerate(TEXT_CASES)]
    text, empty = copy_rows(edges, ("src", "dst"), ("role", "post", "place"))
    assert [e.props["post"] for e in empty] == [""]
    assert text.options == SEPARATED and text.rows == len(edges) - 1
    assert [line.split(SEP) for line in text.text.split("\n")[:-1]] == [
        [e.src, e.dst, "lead", "" if e.props["post"] is None else e.props["post"], ""]
        for e in edges if e not in empty]


def test_a_copy_file_that_fails_to_be_written_writes_no_graph(tmp_path, monkeypatch):
    """An error while a COPY file's text is made rolls the whole write back and is raised by the write;
    the store takes writes again."""
    import kg.store.embedded as emb

    monkeypatch.setattr(emb, "COPY_FROM", 1)
    real, calls = emb.copy_rows, []

    def broken(objects, keys, props):
        calls.append(keys)
        if len(calls) == 3:
            raise OSError("no space left on device")
        return real(objects, keys, props)
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.store.write(synthetic_graph(20))
        before = g.store.stats()
        monkeypatch.setattr(emb, "copy_rows", broken)
        with pytest.raises(OSError):
            g.store.write(synthetic_graph(40))
        assert g.store.stats() == before
        monkeypatch.setattr(emb, "copy_rows", real)
        g.store.write(synthetic_graph(40))
        assert g.store.stats()["Commitment"] == 40


def test_rows_read_from_a_file_store_every_value_exactly(tmp_path, monkeypatch):
    """New nodes and relations below ``COPY_FROM`` and the updates of stored ones read their rows from a file
    (``LOAD FROM``) and store every value as the row path does; a row with an empty string, and every row of a
    statement whose values hold a line break or a separator, go through ``UNWIND`` (None stays null, "" stays "")."""
    import kg.store.embedded as emb

    monkeypatch.setattr(emb, "COPY_FROM", 10**9)
    monkeypatch.setattr(emb, "LOAD_FROM", 1)
    loaded, real = [], emb.load_statement

    def spy(cypher, names, path, options):
        loaded.append(cypher)
        return real(cypher, names, path, options)
    monkeypatch.setattr(emb, "load_statement", spy)
    first, graph = synthetic_graph(120), _hard_graph()
    with kg.open_graph(str(tmp_path / "load")) as g:
        g.store.write(first)  # stored first: the second write updates every node and relation
        g.store.write(graph)
        got = snapshot(g)
    assert any(" CREATE (n:Commitment" in c for c in loaded)
    assert any("MATCH (n:Commitment {id: r.id}) SET" in c for c in loaded)
    assert any("MERGE (a)-[e:LEADS]->(b)" in c for c in loaded)
    with kg.open_graph(str(tmp_path / "row")) as g:
        conn = g.store._conn
        conn.execute("BEGIN TRANSACTION")
        for one in (first, graph):
            for stmt, rows in list(node_statements(one, typed=True)) + list(edge_statements(one, typed=True)):
                conn.execute(stmt, {"rows": rows})
        conn.execute(WORKS_STATEMENT, {"ids": sorted(works_touched(graph)[0])})
        conn.execute("COMMIT")
        assert_same(got, snapshot(g))


def test_the_files_of_a_writer_killed_mid_write_go_when_the_store_is_opened(tmp_path):
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.store.write(synthetic_graph(5))
    for name in (".copy-1.csv", ".load-2.csv"):
        (tmp_path / "s" / name).write_text("x\n", encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        assert g.store.stats()["Commitment"] == 5
    assert not list((tmp_path / "s").glob(".*.csv"))
