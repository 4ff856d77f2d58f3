"""Shared pytest fixtures.

Each section below belongs to one area; append new sections rather than editing others.
"""

# ---------------------------------------------------------------------------
# Real Neo4j 5.26 for tests (no Docker): see docs/neo4j.md, tests/neo4j_server.py
#
#   neo4j_server  (session) -> Neo4jTestServer: .uri .user .password .auth
#                              .driver() .kill() .restart() .stop() .start()
#   neo4j_clean   (function) -> the same server, database emptied first
#
# Skips when Java 17+/Maven are missing, unless KG_REQUIRE_NEO4J=1 (then fails).
# ---------------------------------------------------------------------------
import os as _os
import sys as _sys

import pytest

_TESTS_DIR = _os.path.dirname(_os.path.abspath(__file__))
if _TESTS_DIR not in _sys.path:  # so that "import neo4j_server" works in any import mode
    _sys.path.insert(0, _TESTS_DIR)


def _neo4j_required() -> bool:
    return _os.environ.get("KG_REQUIRE_NEO4J", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    from neo4j_server import Neo4jTestServer, java_and_maven_available

    reason = java_and_maven_available()
    if reason:
        message = f"real Neo4j unavailable: {reason}"
        if _neo4j_required():
            pytest.fail(message + " (KG_REQUIRE_NEO4J=1)", pytrace=False)
        pytest.skip(message)
    server = Neo4jTestServer(home=tmp_path_factory.mktemp("neo4j-home"))
    server.start()  # a failure here is an error, never a skip
    try:
        yield server
    finally:
        server.stop()


def _neo4j_reset(server) -> None:
    """Empty the default database: all nodes and relationships, constraints, indexes."""
    with server.driver() as driver:
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name RETURN name")
        for record in records:
            name = record["name"].replace("`", "``")
            driver.execute_query(f"DROP CONSTRAINT `{name}` IF EXISTS")
        records, _, _ = driver.execute_query(
            "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name"
        )
        for record in records:
            name = record["name"].replace("`", "``")
            driver.execute_query(f"DROP INDEX `{name}` IF EXISTS")
        # Auto-commit session: CALL ... IN TRANSACTIONS keeps large graphs within memory limits.
        with driver.session() as session:
            session.run(
                "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
            ).consume()


@pytest.fixture
def neo4j_clean(neo4j_server):
    if not neo4j_server.is_running():  # a previous test killed it and did not restart
        neo4j_server.start()
    _neo4j_reset(neo4j_server)
    return neo4j_server


@pytest.fixture
def example_store(tmp_path):
    """An embedded store holding the project's examples/ (a path)."""
    from pathlib import Path

    import kg

    path = str(tmp_path / "store")
    with kg.open_graph(path) as g:
        g.ingest([str(Path(__file__).resolve().parents[1] / "examples")])
    return path


@pytest.fixture
def store(example_store):
    """The example store under the name the CLI-level tests use (a test file may define its own)."""
    return example_store

