"""Exports that stream from the store (issue #14): read in pages, the same files as from the whole graph.

RDF (Turtle, N-Triples, JSON-LD, RDF/XML), JSON and the neo4j-admin CSV files
read the embedded store in pages of a few rows (id-range paging) and must write
byte for byte what they write from :meth:`Store.to_graph`.
"""
from __future__ import annotations

import filecmp
import io
from pathlib import Path

import pytest

import kg
from kg.export import export
from kg.export.source import GraphSource, StoreSource
from kg.graph_schema import NODES, RELS
from kg.store.embedded import EmbeddedStore
from synthetic_graph import synthetic_graph

ROOT = Path(__file__).resolve().parent.parent
STREAMED = ["turtle", "nt", "jsonld", "xml", "json"]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """examples/, progress notices (Progress, RESTATES) and a synthetic graph: every label and
    relation type, shared nodes, several pages."""
    path = str(tmp_path_factory.mktemp("stream") / "store")
    with kg.open_graph(path) as g:
        g.ingest([str(ROOT / "examples"), str(ROOT / "tests" / "data" / "history")])
        g.store.write(synthetic_graph(700))
    return path


@pytest.fixture(scope="module")
def store(store_path):
    with EmbeddedStore(store_path, read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def whole(store):
    return store.to_graph()


@pytest.mark.parametrize("page", [3, 250, 100_000])
def test_paged_source_reads_what_to_graph_reads(store, whole, page):
    src, ref = StoreSource(store, page), GraphSource(whole)
    assert [(n.id, n.label, n.props) for n in src.nodes_sorted()] == \
        [(n.id, n.label, n.props) for n in ref.nodes_sorted()]
    assert [(e.type, e.src, e.dst, e.props) for e in src.edges_sorted()] == \
        [(e.type, e.src, e.dst, e.props) for e in ref.edges_sorted()]
    assert [(n.id, [(e.type, e.dst, e.props) for e in es]) for n, es in src.nodes_with_edges()] == \
        [(n.id, [(e.type, e.dst, e.props) for e in es]) for n, es in ref.nodes_with_edges()]
    assert [n.id for n in src.nodes_in_order()] == list(whole.nodes)
    assert [(e.type, e.src, e.dst) for e in src.edges_in_order()] == list(whole.edges)
    for label in NODES:
        assert [n.id for n in src.nodes_of(label)] == [n.id for n in ref.nodes_of(label)]
    for rel in RELS:
        assert [(e.src, e.dst) for e in src.edges_of(rel)] == [(e.src, e.dst) for e in ref.edges_of(rel)]


@pytest.mark.parametrize("fmt", STREAMED)
def test_streamed_export_is_byte_identical(store, whole, fmt):
    expected = io.BytesIO()
    export(whole, fmt, expected)
    got = io.BytesIO()
    export(StoreSource(store, 7), fmt, got)
    assert got.getvalue() == expected.getvalue()
    assert len(got.getvalue()) > 10_000
    assert b"rogress" in got.getvalue()  # the labels graph_schema gained flow through


def test_streamed_neo4j_admin_files_are_identical(store, whole, tmp_path):
    export(whole, "neo4j-admin", tmp_path / "whole")
    export(StoreSource(store, 7), "neo4j-admin", tmp_path / "paged")
    files = sorted(p.relative_to(tmp_path / "whole") for p in (tmp_path / "whole").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "paged") for p in (tmp_path / "paged").rglob("*") if p.is_file())
    assert Path("nodes/Commitment.csv") in files and Path("relationships/PART_OF.csv") in files
    match, mismatch, errors = filecmp.cmpfiles(tmp_path / "whole", tmp_path / "paged", [str(f) for f in files],
                                               shallow=False)
    assert not mismatch and not errors


def test_api_export_reads_the_store_in_pages(store_path, whole, tmp_path, monkeypatch):
    """KnowledgeGraph.export hands the exporter a StoreSource and never reads the whole store."""
    def whole_graph(self):  # pragma: no cover - must not run
        raise AssertionError("the export read the whole store")

    monkeypatch.setattr(EmbeddedStore, "to_graph", whole_graph)
    with kg.open_graph(store_path, read_only=True) as g:
        g.export("turtle", str(tmp_path / "kg.ttl"), page=50)
        g.export("json", str(tmp_path / "kg.json"), page=50)
    monkeypatch.undo()
    expected = io.BytesIO()
    export(whole, "turtle", expected)
    assert (tmp_path / "kg.ttl").read_bytes() == expected.getvalue()


def test_empty_store_exports(tmp_path):
    with kg.open_graph(str(tmp_path / "empty")) as g:
        buf = io.BytesIO()
        g.export("json", buf)
        assert b'"nodes": [],\n "edges": []' in buf.getvalue()
        buf = io.BytesIO()
        g.export("nt", buf)
        assert buf.getvalue().count(b"\n") > 5  # the status scheme only
