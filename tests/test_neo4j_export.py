"""Exports that stream from Neo4j (issue #14): the server read in pages gives the embedded store's files.

The examples and a synthetic graph are pushed into the real Neo4j 5.26 of the
test suite; ``kg export --neo4j`` (RDF, JSON, neo4j-admin) reads the server in
pages of a few rows and must write byte for byte what the embedded store's
export writes.
"""
from __future__ import annotations

import filecmp
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.export import export
from kg.export.source import StoreSource
from kg.store.embedded import EmbeddedStore
from kg.store.neo4j import Neo4jStore
from kg.store.neo4j_push import push
from synthetic_graph import synthetic_graph

pytestmark = pytest.mark.neo4j

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("neo4j-export") / "store")
    with kg.open_graph(path) as g:
        g.ingest([str(ROOT / "examples")])
        g.store.write(synthetic_graph(400))
    return path


@pytest.fixture
def server(neo4j_clean, store_path):
    push(neo4j_clean.uri, store=store_path, auth=neo4j_clean.auth, batch_size=500)
    return neo4j_clean


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "json"])
def test_export_from_neo4j_in_pages_is_the_embedded_export(server, store_path, fmt):
    with EmbeddedStore(store_path, read_only=True) as emb:
        expected = io.BytesIO()
        export(StoreSource(emb), fmt, expected)
    with Neo4jStore(server.uri, auth=server.auth, read_only=True) as neo:
        got = io.BytesIO()
        export(StoreSource(neo, 9), fmt, got)
    assert got.getvalue() == expected.getvalue()


def test_cli_export_neo4j_admin_from_neo4j(server, store_path, tmp_path):
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "--store", store_path, "--format", "neo4j-admin", "--out", str(tmp_path / "a")])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["export", "--neo4j", server.uri, "--user", server.user, "--password", server.password,
                              "--format", "neo4j-admin", "--page-size", "50", "--out", str(tmp_path / "b")])
    assert res.exit_code == 0, res.output
    files = sorted(str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*.csv"))
    assert "nodes/Commitment.csv" in files
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", files, shallow=False)
    assert not mismatch and not errors
