"""The test Neo4j (tests/neo4j-harness) is a real Neo4j 5.26 reachable through Bolt."""

import neo4j
import pytest
from neo4j.exceptions import AuthError

pytestmark = pytest.mark.neo4j


def test_return_1_and_version(neo4j_server):
    assert neo4j_server.uri.startswith("bolt://127.0.0.1:")
    with neo4j_server.driver() as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert records[0]["one"] == 1
        records, _, _ = driver.execute_query(
            "CALL dbms.components() YIELD name, versions, edition "
            "RETURN name, versions[0] AS version, edition"
        )
        assert records[0]["name"] == "Neo4j Kernel"
        assert records[0]["version"].startswith("5.26.")
        assert records[0]["edition"] == "community"


def test_write_then_read(neo4j_clean):
    with neo4j_clean.driver() as driver:
        driver.execute_query(
            "CREATE (:Actor {name: $a})-[:LEADS]->(:Commitment {text: $t, due: date($d)})",
            a="国家发展改革委", t="推进重大项目建设", d="2026-12-31",
        )
        records, _, _ = driver.execute_query(
            "MATCH (a:Actor)-[:LEADS]->(c:Commitment) RETURN a.name AS a, c.text AS t, toString(c.due) AS d"
        )
        assert [r.data() for r in records] == [
            {"a": "国家发展改革委", "t": "推进重大项目建设", "d": "2026-12-31"}
        ]


def test_clean_fixture_empties_database(neo4j_server, neo4j_clean):
    with neo4j_clean.driver() as driver:
        records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS c")
        assert records[0]["c"] == 0
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN count(*) AS c")
        assert records[0]["c"] == 0
        driver.execute_query("CREATE CONSTRAINT actor_name IF NOT EXISTS FOR (a:Actor) REQUIRE a.name IS UNIQUE")
        driver.execute_query("CREATE (:Actor {name: 'x'})")


def test_wrong_password_is_auth_error(neo4j_server):
    assert neo4j_server.auth is not None, "the test server runs with authentication enabled"
    with neo4j.GraphDatabase.driver(
        neo4j_server.uri, auth=(neo4j_server.user, neo4j_server.password + "-wrong")
    ) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()
    with neo4j.GraphDatabase.driver(neo4j_server.uri, auth=neo4j_server.auth) as driver:
        driver.verify_connectivity()


def test_clean_restart_keeps_data(neo4j_clean):
    server = neo4j_clean
    with server.driver() as driver:
        driver.execute_query("CREATE (:Marker {id: 'clean-restart'})")
    server.restart()
    with server.driver() as driver:
        records, _, _ = driver.execute_query("MATCH (m:Marker) RETURN m.id AS id")
        assert [r["id"] for r in records] == ["clean-restart"]


def test_kill_then_restart_keeps_committed_data(neo4j_clean):
    server = neo4j_clean
    with server.driver() as driver:
        driver.execute_query("UNWIND range(1, 500) AS i CREATE (:Item {i: i})")
    server.kill()  # SIGKILL: no clean shutdown, the store is recovered on start
    assert not server.is_running()
    server.restart()
    with server.driver() as driver:
        records, _, _ = driver.execute_query("MATCH (n:Item) RETURN count(n) AS c, sum(n.i) AS s")
        assert records[0]["c"] == 500
        assert records[0]["s"] == 500 * 501 // 2


def _run_fixture_without_java(tmp_path, require: bool):
    """Run one fixture-using test in a child pytest whose PATH has no java/mvn."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "KG_REQUIRE_NEO4J"}
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env["PATH"] = str(empty_bin)
    if require:
        env["KG_REQUIRE_NEO4J"] = "1"
    tests_dir = Path(__file__).resolve().parent
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         f"{Path(__file__).name}::test_return_1_and_version"],
        cwd=tests_dir, env=env, capture_output=True, text=True, timeout=300,
    )


@pytest.mark.parametrize("require", [False, True], ids=["skip", "KG_REQUIRE_NEO4J=1"])
def test_fixture_without_java_skips_or_fails(tmp_path, require):
    proc = _run_fixture_without_java(tmp_path, require)
    out = proc.stdout + proc.stderr
    assert "java not found on PATH" in out, out
    if require:
        assert proc.returncode != 0 and "1 error" in out, out
    else:
        assert proc.returncode == 0 and "1 skipped" in out, out
