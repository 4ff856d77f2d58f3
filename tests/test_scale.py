"""Linear ingest (issue 12): the blocking index, unchanged files skipped, --jobs, the bulk write path.

Small corpora, nothing timed (speed lives in ``bench/run.py``), always the
real embedded store.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import kg
from kg.blocking import INDEX_FILE, _lookup_cypher, blocks_of, candidates
from kg.graph_schema import NODES, RELS
from kg.ingest import read, replaced_documents
from kg.resolve import resolve
from kg.store.base import WORKS_STATEMENT, edge_statements, node_statements, works_touched

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT / "bench", ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))
from cli_helpers import kg_cli  # noqa: E402
from corpus import write_archive, write_corpus  # noqa: E402
from synthetic_graph import synthetic_graph  # noqa: E402
from test_reingest import assert_same, snapshot  # noqa: E402


@pytest.fixture
def folder(tmp_path):
    """A corpus with many links (speeches and notices on a few works) in a folder of its own."""
    out = tmp_path / "docs"
    write_corpus(str(out), documents=24, seed=21, works_count=8)
    return out


def _fresh(tmp_path, paths, name="fresh"):
    with kg.open_graph(str(tmp_path / name)) as g:
        g.ingest([str(p) for p in paths])
        return snapshot(g)


def test_unchanged_files_are_skipped(folder, tmp_path):
    with kg.open_graph(str(tmp_path / "s")) as g:
        first = g.ingest([str(folder)])
        before = snapshot(g)
        again = g.ingest([str(folder)])
        assert (again.files, len(again.skipped)) == (0, first.files)
        assert_same(snapshot(g), before)
        assert g.ingest([str(folder)], reread=True).files == first.files
        assert_same(snapshot(g), before)


def test_the_command_says_what_it_skipped(folder, tmp_path):
    store = str(tmp_path / "s")
    assert kg_cli("ingest", str(folder), "--store", store).exit_code == 0
    out = kg_cli("ingest", str(folder), "--store", store).output
    assert out.strip().endswith("; 24 unchanged file(s) skipped"), out
    assert out.startswith("ingested 0 file(s)")


def test_reading_a_changed_corpus_again_gives_a_fresh_reading(folder, tmp_path):
    """Some notices and a speech changed: only they are read again, and the graph is what a
    fresh ingest of the changed corpus gives (links, progress, and what the old readings named)."""
    files = sorted(folder.iterdir())
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        speech, notice, other = files[0], files[1], files[4]
        speech.write_text(speech.read_text(encoding="utf-8").replace("同志牵头", "同志牵头负责", 1)
                          + "\n城北公园由张三同志牵头,县林业局负责,9月底前建成。\n", encoding="utf-8")
        notice.write_text(notice.read_text(encoding="utf-8").replace("2023年", "2022年"), encoding="utf-8")
        lines = other.read_text(encoding="utf-8").splitlines(keepends=True)
        other.write_text("".join(lines[:6] + lines[8:]), encoding="utf-8")  # one work reported on no more
        report = g.ingest([str(folder)])
        assert report.files == 3 and len(report.skipped) == len(files) - 3
        assert_same(snapshot(g), _fresh(tmp_path, [folder]))


def test_jobs_give_the_graph_and_the_output_of_one_job(folder, tmp_path):
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a bad file among them, reported the same
    outs = []
    for jobs in ("1", "2"):
        store = str(tmp_path / f"s{jobs}")
        res = kg_cli("ingest", str(folder), "--store", store, "--jobs", jobs)
        outs.append((res.exit_code, res.output.replace(store, "STORE")))
        with kg.open_graph(store) as g:
            outs.append(snapshot(g))
    assert outs[0] == outs[2] and outs[0][0] == 2
    assert_same(outs[1], outs[3])


def test_candidates_from_the_index_are_those_a_search_of_the_graph_finds(tmp_path):
    """The blocking index finds the stored commitments the Cypher search finds (the one a store
    without an index runs): same blocks, so the same links."""
    paths = write_archive(str(tmp_path / "docs"), documents=30, seed=3, per_county=10)
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(p) for p in paths[:20]])
        for p in paths[20:]:
            docs = read(str(p))
            graph = resolve(docs)
            old = replaced_documents(g.store, docs)
            keys = sorted({k for b in blocks_of(graph).values() for k in b})
            via_index = {cid for cid, _, _ in g.store.index.lookup(keys, old)}
            via_cypher = {cid for cid, _, _ in _lookup_cypher(g.store, keys, old)}
            assert via_index == via_cypher and via_index
            index, g.store.index = g.store.index, None
            try:
                without = candidates(g.store, graph, old)
            finally:
                g.store.index = index
            assert candidates(g.store, graph, old) == without


def test_an_index_lost_is_built_again(folder, tmp_path):
    files = sorted(str(p) for p in folder.iterdir())
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        g.ingest(files[:12])
    (store / INDEX_FILE).unlink()
    with kg.open_graph(str(store)) as g:
        report = g.ingest(files)  # hashes went with the index: every file is read again
        assert report.files == len(files)
        assert_same(snapshot(g), _fresh(tmp_path, files))


def test_the_index_is_nowhere_in_the_graph(folder, tmp_path):
    store = tmp_path / "s"
    with kg.open_graph(str(store)) as g:
        g.ingest([str(folder)])
        assert (store / INDEX_FILE).exists()
        labels = {r[0] for r in g.cypher("MATCH (n) RETURN DISTINCT label(n)").rows}
        rels = {r[0] for r in g.cypher("MATCH ()-[e]->() RETURN DISTINCT label(e)").rows}
        assert labels <= set(NODES) and rels <= set(RELS)
        assert set(g.stats()) == set(NODES) | set(RELS)
        props = {k for n in g.graph().nodes.values() for k in n.props}
        assert props <= {p for schema in NODES.values() for p in schema}


@pytest.mark.parametrize("copy_from", [1, 10**9], ids=["COPY FROM", "UNWIND"])
def test_the_bulk_write_path_writes_what_merging_writes(tmp_path, monkeypatch, copy_from):
    """Creating new nodes and relations (COPY FROM a CSV file, or UNWIND … CREATE) and updating
    stored ones gives the graph the MERGE statements give, also over a store that holds part of it."""
    import kg.store.embedded as emb

    monkeypatch.setattr(emb, "COPY_FROM", copy_from)
    graph = synthetic_graph(300)
    half = synthetic_graph(150)
    odd = next(graph.nodes_of("Commitment"))
    odd.props.update(task='一个"引号",逗号\n换行\\反斜杠', text="")  # CSV's hard cases; "" is not null
    with kg.open_graph(str(tmp_path / "bulk")) as g:
        g.store.write(half)
        g.store.write(graph)
        bulk = snapshot(g)
    with kg.open_graph(str(tmp_path / "merge")) as g:
        conn = g.store._conn
        for gr in (half, graph):
            conn.execute("BEGIN TRANSACTION")
            for stmt, rows in list(node_statements(gr, typed=True)) + list(edge_statements(gr, typed=True)):
                conn.execute(stmt, {"rows": rows})
            conn.execute(WORKS_STATEMENT, {"ids": sorted(works_touched(gr)[0])})  # as every write keeps it
            conn.execute("COMMIT")
        assert_same(bulk, snapshot(g))


def test_a_failed_write_leaves_nothing_and_the_next_reading_links_as_usual(folder, tmp_path, monkeypatch):
    files = sorted(str(p) for p in folder.iterdir())
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest(files[:-1])
        before = snapshot(g)
        import kg.store.embedded as emb

        real = emb.write_statements

        def broken(graph, existing, prepared=None, kept=None):
            for i, item in enumerate(real(graph, existing, prepared, kept)):
                if i == 2:
                    raise RuntimeError("disk full")
                yield item
        monkeypatch.setattr(emb, "write_statements", broken)
        with pytest.raises(kg.KGError):
            g.ingest(files[-1:])
        assert_same(snapshot(g), before)
        monkeypatch.setattr(emb, "write_statements", real)
        g.ingest(files[-1:])
        assert_same(snapshot(g), _fresh(tmp_path, files))


def test_an_id_list_looked_up_one_by_one_or_unwound_gives_the_rows_of_the_scan(folder, tmp_path, monkeypatch):
    """``x.id IN $ids`` runs as one primary-key lookup per id (a few ids, or few for the size of the
    table: ``LOOKUP_ROWS``) or as one ``UNWIND`` of the ids (more): both give the rows of the statement
    as written."""
    import kg.store.embedded as emb

    queries = [  # the shapes linking and the write path use
        "MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE c.id IN $ids RETURN c.id, c.evidence, d.id",
        "MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment) WHERE c.id IN $ids RETURN DISTINCT a.name",
        "MATCH (r:Commitment)-[:RESTATES]->(t:Commitment) WHERE t.id IN $ids "
        "MATCH (r)-[:STATED_IN]->(d:Document) WHERE NOT d.id IN $docs RETURN DISTINCT r.id, t.id",
    ]
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        ids = [r[0] for r in g.cypher("MATCH (c:Commitment) RETURN c.id ORDER BY c.id").rows][::7]
        # and some works' canonical commitments, so that every query has rows whatever the ids hash to
        # (they hash the files' paths, which differ from run to run)
        ids += [r[0] for r in g.cypher("MATCH (:Commitment)-[:RESTATES]->(t:Commitment) "
                                       "RETURN DISTINCT t.id ORDER BY t.id LIMIT 5").rows]
        ids = sorted(set(ids))[:500] + ["commitment:none"]
        docs = [r[0] for r in g.cypher("MATCH (d:Document) RETURN d.id ORDER BY d.id").rows][:3]
        for q in queries:
            assert emb.by_key(q, {"ids": ids, "docs": docs}) is not None
            monkeypatch.setattr(emb, "BY_KEY", 10 ** 6)
            one = sorted(map(repr, g.cypher(q, ids=ids, docs=docs).rows))
            monkeypatch.setattr(emb, "BY_KEY", 0)
            monkeypatch.setattr(emb, "LOOKUP_ROWS", 10 ** 9)
            unwound = sorted(map(repr, g.cypher(q, ids=ids, docs=docs).rows))
            monkeypatch.setattr(emb, "LOOKUP_ROWS", 0)  # a long list against a big table: one by one
            by_size = sorted(map(repr, g.cypher(q, ids=ids, docs=docs).rows))
            with monkeypatch.context() as m:
                m.setattr(emb, "by_key", lambda cypher, params: None)  # the statement as written
                scan = sorted(map(repr, g.cypher(q, ids=ids, docs=docs).rows))
            assert one == scan and unwound == scan and by_size == scan and one


def test_an_id_list_walked_from_each_lookup_gives_the_rows_of_the_scan(folder, tmp_path, monkeypatch):
    """A read of ``x.id IN $ids`` over a pattern of several nodes, in a store big enough for its ids
    (``ANCHOR_ROWS``), runs as one ``UNWIND`` of the ids, each looked up and the pattern walked from it
    (kg/store/embedded.py ``anchored``): the rows of the statement as written, for the statements linking
    reads works with (kg/link.py), with a condition beside the ids, and ids of no node."""
    import kg.store.embedded as emb
    from kg.link import _OWN, _PARTS, _RESTATING

    own = _OWN + "RETURN c.id AS id, c.task AS task, d.id AS doc, d.date AS doc_date"
    queries = [own, _RESTATING + "RETURN c.id, d.id, k.id, e.score, e.why", *_PARTS.values(),
               "MATCH (c:Commitment)-[:STATED_IN]->(d:Document) WHERE c.id IN $ids AND NOT d.id IN $docs "
               "RETURN DISTINCT d.id"]
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        ids = [r[0] for r in g.cypher("MATCH (c:Commitment) RETURN c.id ORDER BY c.id").rows][::3]
        ids += [r[0] for r in g.cypher("MATCH (:Commitment)-[:RESTATES]->(t:Commitment) "
                                       "RETURN DISTINCT t.id ORDER BY t.id LIMIT 5").rows]
        ids = sorted(set(ids)) + ["commitment:none"]
        docs = [r[0] for r in g.cypher("MATCH (d:Document) RETURN d.id ORDER BY d.id").rows][:3]
        walked = []
        real = emb.anchored
        monkeypatch.setattr(emb, "anchored", lambda each, params: walked.append(real(each, params)) or walked[-1])
        for q in queries:
            walked.clear()
            monkeypatch.setattr(emb, "ANCHOR_ROWS", 0)  # every list of ids is walked from
            monkeypatch.setattr(emb, "ANCHOR_ROWS_LONG", 0)
            walk = sorted(map(repr, g.cypher(q, ids=ids, docs=docs).rows))
            assert walked and walked[-1] is not None and " OPTIONAL MATCH " in walked[-1][0], q
            walked.clear()
            monkeypatch.setattr(emb, "ANCHOR_ROWS", 10 ** 9)  # none
            monkeypatch.setattr(emb, "ANCHOR_ROWS_LONG", 10 ** 9)
            joined = sorted(map(repr, g.cypher(q, ids=ids, docs=docs).rows))
            assert not walked
            with monkeypatch.context() as m:
                m.setattr(emb, "by_key", lambda cypher, params: None)  # the statement as written
                scan = sorted(map(repr, g.cypher(q, ids=ids, docs=docs).rows))
            assert walk == scan and joined == scan, q
            assert scan or "Target" in q  # (the corpus sets no targets)


def test_a_few_rows_written_one_at_a_time_give_the_graph_of_one_statement(folder, tmp_path, monkeypatch):
    """The write path runs a short ``UNWIND $rows`` against a big table a row at a time
    (primary-key lookups, ``per_row``; the removal of old ``RESTATES`` too, ``RESET_PER_ROW_TABLE``): reading
    a corpus file by file, and a changed file again, gives the graph of the one-statement path."""
    import kg.store.embedded as emb

    files = sorted(str(p) for p in folder.iterdir())
    graphs = []
    for name, table in (("rows", 0), ("unwind", 10 ** 12)):  # every short statement a row at a time / never
        monkeypatch.setattr(emb, "PER_ROW_TABLE", table)
        monkeypatch.setattr(emb, "RESET_PER_ROW_TABLE", table)
        with kg.open_graph(str(tmp_path / name)) as g:
            for f in files:
                g.ingest([f])
            changed = Path(files[-1])
            changed.write_text(changed.read_text(encoding="utf-8").replace("。", ",尽快推进。", 1), encoding="utf-8")
            g.ingest([files[-1]])
            graphs.append(snapshot(g))
        changed.write_text(  # the same file for the second store: restore it
            changed.read_text(encoding="utf-8").replace(",尽快推进。", "。", 1), encoding="utf-8")
    assert_same(*graphs)


def test_a_long_id_list_of_an_unknown_label_is_a_query_error(tmp_path):
    """Sizing the table of a long id list (kg/store/embedded.py ``one_by_one``) leaves a wrong label
    to the statement's own error."""
    from kg.errors import QueryError

    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(Path(__file__).resolve().parents[1] / "examples" / "speech.txt")])
        with pytest.raises(QueryError, match="Foo"):
            g.cypher("MATCH (c:Foo) WHERE c.id IN $ids RETURN c.id", ids=[str(i) for i in range(100)])
        assert g.cypher("MATCH (c:Commitment) WHERE c.id IN $ids RETURN c.id", ids=[f"x{i}" for i in range(100)]).rows == []
