"""The Neo4j server going down in the middle of ``kg push`` (issue #11).

Against the real Neo4j of the test suite (tests/neo4j_server.py): a ``kg push``
runs in a child process; once the server holds part of the graph it is shut
down (cleanly, as an operator would stop it).  The push must fail with a
one-line error naming the server and saying to push again, with the exit code
of an unavailable store; after the server is back, ``kg push`` again gives the
graph of a single push: every node and relation of the store once, none doubled.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

import kg.graph_schema
from kg.errors import StoreUnavailable
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from synthetic_graph import synthetic_graph

pytestmark = pytest.mark.neo4j

_KG = [sys.executable, "-c", "import sys; from kg.cli import cli; cli(sys.argv[1:])"]


def _nodes_on(server) -> int:
    with server.driver() as driver:
        return driver.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]


def _push(server, store: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([*_KG, "push", "--store", store, "--neo4j", server.uri, "--password", server.password,
                             "--batch-size", "200", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ}, **popen)


def test_server_down_mid_push_then_push_again(neo4j_clean, tmp_path):
    server = neo4j_clean
    store = str(tmp_path / "store")
    with EmbeddedStore(store) as s:
        s.write(synthetic_graph(6000))
        expected = {k: v for k, v in s.stats().items() if v}
    p = _push(server, store)
    deadline = time.monotonic() + 300
    while _nodes_on(server) == 0:  # part of the graph is on the server: the push is under way
        assert p.poll() is None, f"the push ended before the server went down: {p.communicate()}"
        assert time.monotonic() < deadline, "the push wrote nothing in 300 s"
        time.sleep(0.1)
    uri = server.uri
    server.stop()  # the server goes down in the middle of the push
    out, err = p.communicate(timeout=300)
    assert p.returncode == StoreUnavailable.exit_code, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), err  # one line, no traceback
    assert uri in lines[0] and "push again" in lines[0], err

    server.start()
    p = _push(server, store)
    out, err = p.communicate(timeout=600)
    assert p.returncode == 0, err
    with Neo4jStore(server.uri, auth=server.auth, read_only=True) as target:
        assert {k: v for k, v in target.stats().items() if v} == expected  # the graph of a single push
        assert target.query("MATCH (n) RETURN count(n) - count(DISTINCT n.id) AS d").rows[0][0] == 0
        for rel in kg.graph_schema.RELS:  # no relation doubled
            assert target.query(f"MATCH (a)-[e:{rel}]->(b) WITH a, b, count(e) AS n WHERE n > 1 "
                                "RETURN count(*) AS pairs").rows[0][0] == 0, rel
