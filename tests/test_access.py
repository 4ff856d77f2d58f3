"""Access: queries cannot write on any path, readers never block a writer, a
writer waits for another's lock, and nothing leaves the machine unasked."""
from __future__ import annotations

import http.server
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import kg
from cli_helpers import folder_digest, kg_cli
from kg.errors import QueryError, StoreUnavailable

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"




def _part_of(g) -> int:
    return g.cypher("MATCH ()-[e:PART_OF]->() RETURN count(e) AS n").rows[0][0]


@pytest.mark.parametrize("statement", [
    "MATCH ()-[e:PART_OF]->() WITH e AS `e2` DELETE `e2`",
    "MATCH (n:Person) SET n.post = 'x'",
    "MATCH (n) DETACH DELETE n",
])
def test_the_database_refuses_writes_when_the_keyword_check_is_passed(store, statement, monkeypatch):
    """The keyword filter only words the message: on a store opened for writing,
    user queries run in a read-only transaction that the database enforces."""
    monkeypatch.setattr("kg.store.embedded.check_read_only", lambda text: None)
    with kg.open_graph(store) as g:  # read-write, as the Python API opens it by default
        before = g.stats()
        with pytest.raises(QueryError, match="read-only"):
            g.cypher(statement)
        assert g.stats() == before
        g.ingest([str(EXAMPLES / "tasks.csv")])  # the connection still writes afterwards


@pytest.mark.parametrize("statement, word", [
    ("COPY (MATCH (n:Person) RETURN n.name) TO '/tmp/kg-leak.csv'", "COPY"),
    ("LOAD EXTENSION json", "LOAD"),
    ("INSTALL json", "INSTALL"),
    ("ATTACH 'other.lbdb' AS o", "ATTACH"),
    ("CHECKPOINT", "CHECKPOINT"),
    ("EXPORT DATABASE '/tmp/kg-dump'", "EXPORT"),
    ("IMPORT DATABASE '/tmp/kg-dump'", "IMPORT"),
])
def test_statements_touching_files_or_the_engine_are_refused(store, statement, word):
    for read_only in (False, True):
        with kg.open_graph(store, read_only=read_only) as g:
            with pytest.raises(QueryError, match=f"'{word}' is not allowed"):
                g.cypher(statement)
    r = kg_cli("query", "--cypher", statement, "--store", store)
    assert r.exit_code == 4 and r.output == f"Error: queries are read-only: '{word}' is not allowed\n"


def test_several_statements_are_one_line_error(store):
    r = kg_cli("query", "--cypher", "MATCH (n:Person) RETURN n.name; MATCH (m) RETURN m", "--store", store)
    assert r.exit_code == 4
    assert r.output == "Error: one statement at a time: remove the ';' between statements\n"


def test_reading_commands_leave_the_store_files_untouched(store):
    before = folder_digest(store)
    for args in (["stats"], ["query", "commitments"], ["export", "--format", "json", "--out", "-"]):
        r = kg_cli(*args, "--store", store)
        assert r.exit_code == 0, r.output
    assert folder_digest(store) == before


_HOLD = textwrap.dedent("""
    import sys, time, kg
    with kg.open_graph(sys.argv[1]) as g:   # a writer holding the store
        print("holding", flush=True)
        time.sleep(float(sys.argv[2]))
""")


def _hold(store: str, seconds: float) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", _HOLD, store, str(seconds)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "holding"
    return p


def test_a_reader_runs_beside_a_writer(store):
    p = _hold(store, 3)
    try:
        r = kg_cli("stats", "--format", "csv", "--store", store, "--wait", "0")
        assert r.exit_code == 0, r.output
        assert "Commitment," in r.output
    finally:
        p.wait()


def test_a_second_writer_fails_at_once_with_wait_0_and_waits_otherwise(store):
    p = _hold(store, 2)
    try:
        r = kg_cli("ingest", str(EXAMPLES / "tasks.csv"), "--store", store, "--wait", "0")
        assert r.exit_code == 3
        assert len(r.output.strip().splitlines()) == 1
        assert "another kg process is writing to the store" in r.output and "--wait" in r.output
        t0 = time.monotonic()
        r = kg_cli("ingest", str(EXAMPLES / "tasks.csv"), "--store", store, "--wait", "30")
        assert r.exit_code == 0, r.output
        assert time.monotonic() - t0 < 30
    finally:
        p.wait()


def test_wait_from_the_api(store):
    p = _hold(store, 2)
    try:
        with pytest.raises(StoreUnavailable, match="waited 0 s"):
            kg.open_graph(store, wait=0)
        with kg.open_graph(store, wait=30) as g:
            assert g.stats()["Document"] == 3
    finally:
        p.wait()


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("query", [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <http://127.0.0.1:{port}/g.ttl> WHERE {{ ?s ?p ?o }}",
])
def test_sparql_reaches_no_other_server_unless_federated(store, query):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Recorder.hits = []
    try:
        r = kg_cli("sparql", query.format(port=server.server_port), "--store", store)
    finally:
        server.shutdown()
    assert r.exit_code == 4
    assert "federated queries are off (kg sparql --federated)" in r.output
    assert _Recorder.hits == []


def test_sparql_missing_query_file(store):
    r = kg_cli("sparql", "missing.rq", "--store", store)
    assert r.exit_code == 2
    assert r.output == "Error: missing.rq: no such query file\n"
