"""The Neo4j store on a real Neo4j 5.26: parity with the embedded store, kg push, faults, kg export neo4j-admin.

Runs against the test server of tests/neo4j_server.py (fixtures neo4j_server / neo4j_clean).
"""
from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import KGError, QueryError, StoreUnavailable
from kg.graph import Graph
from kg.link import derive_graph
from kg.store.neo4j_push import push
from kg.queries import list_queries
from kg.store.base import QueryResult
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from synthetic_graph import synthetic_graph

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

#: parameters under which every named query returns rows on rich_store
PARAMS = {"as_of": "2030-01-01", "name": "赵一民", "project": "环城", "source": "speech.txt", "ref": "滨江路",
          "place": "", "post": "常务副县长", "limit": 3}  # limit: the listing queries cut on both stores alike


def rich_graph() -> Graph:
    """Leaders, departments under parent bodies, projects, targets, done/behind/overdue/open work."""
    g = Graph()
    g.add_node("Document", "doc:rich-speech", source="speech.txt", title="在全县重点项目推进会上的讲话",
               date="2021-03-15", date_source="option", place="示例县", speaker="周立新", speech=1,
               doc_type="speech")
    g.add_node("Document", "doc:rich-report", source="report.md", title="政府工作报告", date="2022-01-10",
               date_source="text", speech=1, doc_type="report")
    people = {"赵一民": "副县长", "孙晓梅": "县委常委", "周立新": "县长"}
    for name, post in people.items():
        g.add_node("Person", f"person:{name}", name=name, post=post)
    parents = {"县交通运输局": "县政府", "县住建局": "县政府", "县委宣传部": "县委", "县城管局": "县政府"}
    for unit, parent in parents.items():
        g.add_node("Organization", f"org:{unit}", name=unit)
        g.add_node("Organization", f"org:{parent}", name=parent)
        g.add_edge("PART_OF", f"org:{unit}", f"org:{parent}")
    g.add_node("Organization", "org:县商务局", name="县商务局")
    for p in ("环城北路改扩建工程", "城东老旧小区改造项目", "智慧城管平台"):
        g.add_node("Project", f"project:{p}", name=p)
    rows = [
        # id, task, due, status, percent, leader, responsible, assist, project, doc, (start, end), target
        ("c1", "环城北路改扩建工程", "2021-06-30", None, None, "赵一民", "县交通运输局", "县委宣传部",
         "环城北路改扩建工程", "doc:rich-speech", (10, 34), ("完成率", ">=", 100.0, None, "%")),
        ("c2", "老旧小区改造", "2021-12-31", "behind", 40.0, "赵一民", "县住建局", None,
         "城东老旧小区改造项目", "doc:rich-speech", (40, 62), ("改造户数", "=", 2000.0, None, "户")),
        ("c3", "招商引资考核办法", None, None, None, None, "县商务局", None, None, "doc:rich-speech", (70, 91),
         None),
        ("c4", "环城北路通车", "2021-09-30", "done", 100.0, "孙晓梅", "县交通运输局", None,
         "环城北路改扩建工程", "doc:rich-report", (5, 20), ("车道数", "between", 4.0, 6.0, "条")),
        ("c5", "智慧城管平台", "2022-06-30", "in_progress", 62.5, "周立新", "县城管局", "县住建局",
         "智慧城管平台", "doc:rich-report", (30, 50), None),
        ("c6", "环城北路绿化", "2031-03-31", None, None, "赵一民", None, "县城管局",
         "环城北路改扩建工程", "doc:rich-report", (60, 80), None),
    ]
    for cid, task, due, status, pct, leader, resp, assist, project, doc, (a, b), target in rows:
        c = f"commitment:rich-{cid}"
        g.add_node("Commitment", c, task=task, text=f"{task},按期完成。", due=due, due_text=due or "尽快",
                   due_precision="day" if due else None, status=status, percent=pct,
                   as_of="2022-01-01" if status else None, progress_text=f"完成{pct}%" if pct else None,
                   source="speech.txt" if doc.endswith("speech") else "report.md", work_due=due, sources=1)
        if status:  # the progress record the report states (kg/status.py judges from these)
            g.add_node("Progress", f"progress:rich-{cid}", status=status, percent=pct, as_of="2022-01-01",
                       as_of_from="document", text=f"完成{pct}%" if pct else None, source="report.md")
            g.add_edge("HAS_PROGRESS", c, f"progress:rich-{cid}")
            g.add_edge("REPORTED_IN", f"progress:rich-{cid}", "doc:rich-report")
        g.nodes[c].props.update(evidence=f"{task},按期完成。", start_offset=a, end_offset=b, spans=f"[[{a}, {b}]]")
        g.add_edge("STATED_IN", c, doc)
        if leader:
            g.add_edge("LEADS", f"person:{leader}", c, role="lead")
        if resp:
            g.add_edge("RESPONSIBLE_FOR", f"org:{resp}", c, role="responsible")
        if assist:
            g.add_edge("ASSISTS", f"org:{assist}", c, role="assist")
        if project:
            g.add_edge("CONCERNS", c, f"project:{project}")
        if target:
            metric, op, value, value_max, unit = target
            t = f"target:rich-{cid}"
            g.add_node("Target", t, metric=metric, op=op, value=value, value_max=value_max, unit=unit,
                       text=f"{metric}{op}{value}{unit}")
            g.add_edge("HAS_TARGET", c, t)
    # an office of the county that leads a work without a name (由常务副县长牵头), and who was named in it when
    g.add_node("Post", "post:rich-executive", name="常务副县长", place="示例县")
    g.add_edge("LEADS", "post:rich-executive", "commitment:rich-c3", role="lead")
    g.add_edge("HOLDS", "person:赵一民", "post:rich-executive", from_date="2021-03-15", to_date="2022-01-10")
    derive_graph(g)  # what each work shows of itself, as ingest derives it
    return g


def _ingest_examples(store) -> None:
    """examples/tasks.csv, and every other example file that loads (the loaders grow with the project)."""
    kg.KnowledgeGraph(store).ingest([str(EXAMPLES / "tasks.csv")])
    for path in sorted(EXAMPLES.iterdir()):
        if path.name != "tasks.csv" and path.is_file():
            try:
                kg.KnowledgeGraph(store).ingest([str(path)])
            except Exception:  # noqa: BLE001 - a loader still in the works is not what this tests
                pass


@pytest.fixture(scope="module")
def rich_store(tmp_path_factory):
    """An embedded store: examples/ plus :func:`rich_graph`; yields its folder."""
    folder = tmp_path_factory.mktemp("rich") / "store"
    with EmbeddedStore(str(folder)) as store:
        _ingest_examples(store)
        store.write(rich_graph())
    return str(folder)


@pytest.fixture(scope="module")
def rich(rich_store):
    with EmbeddedStore(rich_store, read_only=True) as store:
        yield store


def _neo4j(server, **options) -> Neo4jStore:
    return Neo4jStore(server.uri, auth=server.auth, **options)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _params(q) -> dict:
    return q.bind({p: PARAMS[p] for p in q.params})  # with the parameters a query derives ($soon)


def _order_columns(q, columns: list[str]) -> list[int]:
    """Indexes of the columns a named query orders by (its ORDER BY names result columns)."""
    clause = re.split(r"\bORDER\s+BY\b", q.cypher, flags=re.I)[-1]
    clause = re.split(r"\b(?:SKIP|LIMIT)\b", clause, flags=re.I)[0]
    names = [re.sub(r"\s+(?:ASC|DESC)(?:ENDING)?$", "", k.strip(), flags=re.I).strip("`") for k in clause.split(",")]
    return [columns.index(n) for n in names]


def _ties(q, columns: list[str], rows: list[list]) -> bool:
    """Whether two rows agree on every ORDER BY column (their order is then up to the store)."""
    keys = _order_columns(q, columns)
    seen = [tuple(repr(r[i]) for i in keys) for r in rows]
    return len(set(seen)) < len(seen)


def assert_same_result(q, here, there) -> None:
    """Same columns, same rows in the same order, except that rows tied on ORDER BY may swap."""
    assert there.columns == here.columns, q.name
    if there.rows == here.rows:
        return
    keys = _order_columns(q, here.columns)
    key = lambda r: tuple(repr(r[i]) for i in keys)  # noqa: E731
    assert [key(r) for r in there.rows] == [key(r) for r in here.rows], q.name
    groups = lambda rows: [sorted(map(repr, g)) for _, g in itertools.groupby(rows, key)]  # noqa: E731
    assert groups(there.rows) == groups(here.rows), q.name


# --------------------------------------------------------------------------- parity


def test_every_named_query_is_identical_on_neo4j(neo4j_clean, rich_store, rich):
    report = push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth)
    assert report.nodes == sum(rich.stats()[label] for label in kg.graph_schema.NODES)
    with _neo4j(neo4j_clean, read_only=True) as server:
        assert server.stats() == rich.stats()
        names = []
        for q in list_queries():
            here, there = rich.query(q.cypher, _params(q)), server.query(q.cypher, _params(q))
            assert here.rows, f"{q.name} returns no rows on the test graph: choose other PARAMS"
            assert_same_result(q, here, there)
            names.append(q.name)
        assert len(names) == len(list_queries()) >= 7
        # the whole graph reads back the same, property by property
        assert server.to_graph() == rich.to_graph()


def test_dates_are_neo4j_dates(neo4j_clean, rich_store):
    push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth)
    with neo4j_clean.driver() as driver:
        records, _, _ = driver.execute_query(
            "MATCH (c:Commitment {id: 'commitment:rich-c1'}), (d:Document {id: 'doc:rich-speech'}) "
            "RETURN valueType(c.due) AS due, valueType(c.percent) AS pct, valueType(d.date) AS date, "
            "valueType(d.speech) AS speech, c.due < date('2022-01-01') AS before")
        r = records[0]
        assert (r["due"], r["date"], r["speech"], r["before"]) == ("DATE NOT NULL", "DATE NOT NULL",
                                                                   "INTEGER NOT NULL", True)
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
                                             "RETURN labelsOrTypes[0] AS label, properties, type")
        assert {r["label"] for r in records if r["properties"] == ["id"] and "UNIQUE" in r["type"]} \
            == set(kg.graph_schema.NODES)


def test_ingest_straight_into_neo4j_matches_embedded(neo4j_clean, tmp_path):
    """open_graph(neo4j=…) ingests too: one transaction per file, re-ingest replaces."""
    tasks = str(EXAMPLES / "tasks.csv")
    with kg.open_graph(str(tmp_path / "emb")) as emb:
        emb.ingest([tasks])
        expected = emb.stats()
    with kg.open_graph(neo4j=neo4j_clean.uri, auth=neo4j_clean.auth) as g:
        g.ingest([tasks])
        g.ingest([tasks])
        assert g.stats() == expected
        assert g.query("overdue", as_of="2030-01-01") == emb_rows(tmp_path / "emb", "overdue", as_of="2030-01-01")


def emb_rows(path, name, **params):
    with kg.open_graph(str(path), read_only=True) as g:
        return g.query(name, **params)


def test_one_write_is_one_transaction(neo4j_clean):
    """A graph that fails at its last statement leaves nothing behind."""
    g = rich_graph()
    g.nodes["doc:rich-report"].props["date"] = "not a date"  # date() fails in the Document batch
    with _neo4j(neo4j_clean) as store:
        with pytest.raises(KGError):
            store.write(g)
        assert store.query("MATCH (n) RETURN count(n) AS n").rows == [[0]]


# --------------------------------------------------------------------------- push


def test_push_twice_changes_nothing(neo4j_clean, rich_store, rich):
    first = push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth, batch_size=7)
    assert first.batches > 10 and first.items == first.nodes + first.relationships > 0
    with _neo4j(neo4j_clean, read_only=True) as server:
        after_one = server.stats()
        push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth)
        assert server.stats() == after_one == rich.stats()
        assert server.query("MATCH (n) RETURN count(n) AS n, count(DISTINCT n.id) AS ids").rows[0] == \
            [sum(rich.stats()[label] for label in kg.graph_schema.NODES)] * 2


def test_an_older_server_gets_its_evidence_onto_the_commitments(neo4j_clean, rich_store, rich):
    """A server written by a version that kept the evidence on STATED_IN: the next writer moves it
    onto the commitments (kg.store.neo4j.moved_statements) and the named query reads it as before."""
    push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth)
    q = kg.queries.get_query("document_commitments")
    with _neo4j(neo4j_clean, read_only=True) as server:
        before = server.query(q.cypher, _params(q))
    assert before.rows and all(r[before.columns.index("evidence")] for r in before.rows)
    moved = next(props for rel, _, props in kg.graph_schema.MOVED if rel == "STATED_IN")
    older = ("MATCH (c:Commitment)-[s:STATED_IN]->() SET " + ", ".join(f"s.{p} = c.{p}" for p in moved)
             + " REMOVE " + ", ".join(f"c.{p}" for p in moved))
    with _neo4j(neo4j_clean) as server, server._session(write=True) as session:  # as the older version left it
        session.execute_write(lambda tx: tx.run(older).consume())
    with _neo4j(neo4j_clean) as server:
        server.ensure_schema()
        assert server.query(q.cypher, _params(q)).rows == before.rows
        left = server.query("MATCH ()-[s:STATED_IN]->() WHERE " + " OR ".join(f"s.{p} IS NOT NULL" for p in moved)
                            + " RETURN count(*)").rows
    assert left == [[0]]


def test_push_prune_mirrors_the_store(neo4j_clean, rich_store, rich):
    with _neo4j(neo4j_clean) as server:
        g = Graph()
        g.add_node("Commitment", "commitment:stale", task="已删除的任务")
        server.write(g)
        push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth)
        assert server.stats()["Commitment"] == rich.stats()["Commitment"] + 1
        report = push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth, prune=True)
        assert report.pruned == 1
        assert server.stats() == rich.stats()


def test_push_uses_neo4j_environment(neo4j_clean, rich_store, rich, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_clean.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_clean.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_clean.password)
    result = CliRunner().invoke(cli, ["push", "--store", rich_store, "--batch-size", "50"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("pushed ") and "nodes+rels/s" in result.output
    assert neo4j_clean.uri in result.output
    with kg.open_graph(rich_store, read_only=True) as g:
        assert g.push(batch_size=1000).nodes == sum(rich.stats()[label] for label in kg.graph_schema.NODES)
    with _neo4j(neo4j_clean, read_only=True) as server:
        assert server.stats() == rich.stats()


def test_push_killed_midway_completes_when_run_again(neo4j_clean):
    """SIGKILL the server during a batched push of 30k commitments, restart, push again."""
    server = neo4j_clean
    graph = synthetic_graph(30_000)
    expected = graph.counts()
    total_nodes = len(graph.nodes)
    done = {"rows": 0, "batches": 0}
    killed = threading.Event()
    outcome = {}

    def on_batch(rows: int) -> None:
        done["rows"] += rows
        done["batches"] += 1
        if done["batches"] == 60:  # ~30% of the way (nodes written, relationships under way)
            threading.Thread(target=lambda: (server.kill(), killed.set())).start()

    def run() -> None:
        try:
            outcome["report"] = push(server.uri, graph=graph, auth=server.auth, batch_size=1000,
                                     on_batch=on_batch, max_transaction_retry_time=1.0, connection_timeout=2)
        except BaseException as e:  # noqa: BLE001 - recorded for the assertions
            outcome["error"] = e

    t = threading.Thread(target=run)
    t.start()
    t.join(timeout=600)
    assert not t.is_alive()
    assert killed.is_set(), f"the push finished before the kill: {outcome}"
    assert isinstance(outcome.get("error"), StoreUnavailable), outcome
    assert server.uri in str(outcome["error"]) and "push again" in str(outcome["error"])

    server.restart()
    with _neo4j(server, read_only=True) as store:
        partial = store.stats()
        pushed = sum(partial[label] for label in kg.graph_schema.NODES) + sum(
            partial[rel] for rel in kg.graph_schema.RELS)
        assert 0 < pushed < total_nodes + len(graph.edges)  # the kill really cut the push

        report = push(server.uri, graph=graph, auth=server.auth, batch_size=5000)
        assert report.items == total_nodes + len(graph.edges)
        stats = store.stats()
        assert {k: v for k, v in stats.items() if v} == expected
        row = store.query("MATCH (n) RETURN count(n) AS n, count(DISTINCT n.id) AS ids").rows[0]
        assert row == [total_nodes, total_nodes]
        for rel in ("LEADS", "STATED_IN", "HAS_TARGET"):  # no doubled relationships
            dup = store.query(f"MATCH (a)-[e:{rel}]->(b) WITH a, b, count(e) AS n WHERE n > 1 "
                              "RETURN count(*) AS pairs").rows[0][0]
            assert dup == 0, rel


# --------------------------------------------------------------------------- CLI errors


def _one_line_error(result, uri: str) -> str:
    text = result.output.strip()
    assert result.exit_code == StoreUnavailable.exit_code, text
    assert "Traceback" not in text and len(text.splitlines()) == 1, text
    assert text.startswith("Error: ") and uri in text
    assert isinstance(result.exception, SystemExit)
    return text


@pytest.mark.parametrize("command", ["push", "query"])
def test_cli_server_down(command, tmp_path, rich_store):
    uri = f"bolt://127.0.0.1:{_free_port()}"
    args = ["push", "--store", rich_store] if command == "push" else ["query", "commitments"]
    result = CliRunner().invoke(cli, args + ["--neo4j", uri, "--password", "whatever-pw"])
    assert "cannot reach Neo4j" in _one_line_error(result, uri)


@pytest.mark.parametrize("command", ["push", "query"])
def test_cli_wrong_password(command, neo4j_server, rich_store):
    uri = neo4j_server.uri if neo4j_server.is_running() else neo4j_server.start().uri
    args = ["push", "--store", rich_store] if command == "push" else ["query", "commitments"]
    result = CliRunner().invoke(cli, args + ["--neo4j", uri, "--user", neo4j_server.user,
                                             "--password", neo4j_server.password + "-wrong"])
    assert "password" in _one_line_error(result, uri)


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "localhost:7687", "bolt://"])
def test_cli_bad_uri(uri):
    result = CliRunner().invoke(cli, ["query", "commitments", "--neo4j", uri])
    _one_line_error(result, uri)


def test_cli_unknown_database(neo4j_clean):
    result = CliRunner().invoke(cli, ["query", "workload", "-p", "as_of=2023-11-01", "--neo4j", neo4j_clean.uri, "--password",
                                      neo4j_clean.password, "--database", "nosuchdb"])
    assert "nosuchdb" in _one_line_error(result, neo4j_clean.uri)


# --------------------------------------------------------------------------- CLI parity, read-only


def test_cli_query_output_is_identical(neo4j_clean, rich_store, rich):
    """The same text in every format; where rows tie on ORDER BY (their order is then the
    store's choice), the same lines in an order that agrees on the ORDER BY columns."""
    runner = CliRunner()
    assert runner.invoke(cli, ["push", "-q", "--store", rich_store, "--neo4j", neo4j_clean.uri,
                               "--password", neo4j_clean.password]).exit_code == 0
    for routing in (neo4j_clean.uri, neo4j_clean.uri.replace("bolt://", "neo4j://")):
        for q in list_queries():
            params = [f"--param={p}={PARAMS[p]}" for p in q.params]
            for fmt in ("table", "json", "csv"):
                here = runner.invoke(cli, ["query", q.name, *params, "--format", fmt, "--store", rich_store])
                there = runner.invoke(cli, ["query", q.name, *params, "--format", fmt, "--neo4j", routing,
                                            "--password", neo4j_clean.password])
                assert here.exit_code == there.exit_code == 0, there.output
                res = rich.query(q.cypher, _params(q))
                if not _ties(q, res.columns, res.rows):
                    assert there.output == here.output, (q.name, fmt)
                elif fmt == "json":
                    a, b = json.loads(here.output), json.loads(there.output)
                    assert_same_result(q, QueryResult(res.columns, [list(r.values()) for r in a]),
                                       QueryResult(res.columns, [list(r.values()) for r in b]))
                else:
                    assert sorted(there.output.splitlines()) == sorted(here.output.splitlines()), (q.name, fmt)
        here = runner.invoke(cli, ["stats", "--store", rich_store])
        there = runner.invoke(cli, ["stats", "--neo4j", routing, "--password", neo4j_clean.password])
        assert there.output == here.output


@pytest.mark.parametrize("cypher", ["MATCH (n) DETACH DELETE n", "CREATE (:Commitment {id: 'x'})",
                                    "MATCH (c:Commitment) SET c.status = 'done'",
                                    "LOAD CSV FROM 'file:///x.csv' AS row RETURN row"])
def test_write_clauses_are_refused_on_neo4j(neo4j_clean, rich_store, cypher):
    push(neo4j_clean.uri, store=rich_store, auth=neo4j_clean.auth)
    with _neo4j(neo4j_clean, read_only=True) as server:
        before = server.stats()
        with pytest.raises(QueryError):
            server.query(cypher)
        result = CliRunner().invoke(cli, ["query", "--cypher", cypher, "--neo4j", neo4j_clean.uri,
                                          "--password", neo4j_clean.password])
        assert result.exit_code == QueryError.exit_code and "read-only" in result.output
        # and the server refuses a write in a read transaction even past the text check
        with pytest.raises(QueryError):
            server._run("CREATE (:Commitment {id: 'sneaky'})")
        assert server.stats() == before
        with pytest.raises(StoreUnavailable):
            server.write(Graph())


# --------------------------------------------------------------------------- neo4j-admin import


def _admin_classpath() -> list[str]:
    from neo4j_server import build_launcher

    cp = build_launcher()
    if not any("neo4j-import-tool" in p for p in cp) or not any("neo4j-command-line" in p for p in cp):
        pytest.skip("the harness class path has no neo4j-admin (neo4j-import-tool, neo4j-command-line)")
    return cp


def test_neo4j_admin_import_of_the_export(neo4j_server, rich_store, rich, tmp_path):
    """kg export --format neo4j-admin, then a real `neo4j-admin database import full` and a server on it."""
    from neo4j_server import Neo4jTestServer

    out = tmp_path / "dump"
    result = CliRunner().invoke(cli, ["export", "--format", "neo4j-admin", "--out", str(out),
                                      "--store", rich_store])
    assert result.exit_code == 0, result.output
    assert (out / "nodes" / "Commitment.header.csv").read_text(encoding="utf-8").startswith("id:ID,:LABEL,")
    assert "due:date" in (out / "nodes" / "Commitment.header.csv").read_text(encoding="utf-8")
    assert (out / "relationships" / "LEADS.header.csv").read_text(encoding="utf-8").strip() == \
        ":START_ID,:END_ID,:TYPE,role,post,place"
    script = (out / "import.sh").read_text(encoding="utf-8")
    files = [line.strip().rstrip("\\").strip() for line in script.splitlines()
             if line.strip().startswith(("--nodes=", "--relationships="))]
    assert files

    home = tmp_path / "imported"
    (home / "conf").mkdir(parents=True)
    (home / "conf" / "neo4j.conf").write_text(f"server.directories.data={home / 'data'}\n", encoding="utf-8")
    env = dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    java = shutil.which("java") or "java"
    cmd = [java, "-Xmx256m", "-cp", os.pathsep.join(_admin_classpath()), "org.neo4j.cli.AdminTool",
           "database", "import", "full", "neo4j", "--overwrite-destination=true", "--multiline-fields=true",
           "--id-type=string", "--max-off-heap-memory=256m", *files]
    proc = subprocess.run(cmd, cwd=out, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0 and "IMPORT DONE" in proc.stdout, (proc.stdout + proc.stderr)[-3000:]

    imported = Neo4jTestServer(home=home, heap="512m", page_cache_mb=32)
    imported.start()
    try:
        with Neo4jStore(imported.uri, auth=imported.auth, read_only=True) as server:
            assert server.stats() == rich.stats()
            for q in list_queries():
                assert_same_result(q, rich.query(q.cypher, _params(q)), server.query(q.cypher, _params(q)))
            assert server.to_graph() == rich.to_graph()
    finally:
        imported.close()


def test_neo4j_admin_export_needs_a_folder(rich_store):
    result = CliRunner().invoke(cli, ["export", "--format", "neo4j-admin", "--store", rich_store])
    assert result.exit_code == 2 and "--out DIR" in result.output
