"""GraphML, GML, GEXF and JSON exports open whole in other tools: igraph, networkx,
and the GEXF 1.3 schema Gephi reads (RELAX NG, vendored in tests/data/gexf-1.3 with its licence)."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
RNG = Path(__file__).with_name("data") / "gexf-1.3" / "gexf.rng"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    d = tmp_path_factory.mktemp("exchange")
    with kg.open_graph(str(d / "store")) as g:
        g.ingest([str(EXAMPLES)])
        counts = g.stats()
        for fmt in ("graphml", "gml", "gexf", "json"):
            g.export(fmt, d / f"g.{fmt}")
    nodes = sum(v for k, v in counts.items() if k[:1].isupper() and not k.isupper())
    edges = sum(v for k, v in counts.items() if k.isupper())
    return d, nodes, edges


@pytest.mark.parametrize("fmt", ["graphml", "gml"])
def test_igraph_reads_every_node_and_edge(exported, fmt):
    igraph = pytest.importorskip("igraph")
    d, nodes, edges = exported
    g = igraph.Graph.Read(str(d / f"g.{fmt}"), format=fmt)
    assert (g.vcount(), g.ecount()) == (nodes, edges)
    assert g.is_directed()
    labels = set(g.vs["label"])
    assert "刘建国" in labels and "Person" not in labels  # names, not kinds
    if fmt == "gml":
        assert not any("&#" in s for s in labels)


def test_networkx_reads_graphml_gml_gexf_and_json(exported):
    d, nodes, edges = exported
    graphs = {
        "graphml": nx.read_graphml(d / "g.graphml"),
        # read_gml insists on ASCII (GML's old rule); the file is UTF-8 for igraph and Gephi
        "gml": nx.parse_gml((d / "g.gml").read_text(encoding="utf-8"), label="id"),
        "gexf": nx.read_gexf(d / "g.gexf"),
        "json": nx.node_link_graph(json.loads((d / "g.json").read_text(encoding="utf-8")), edges="edges"),
    }
    for fmt, g in graphs.items():
        assert (g.number_of_nodes(), g.number_of_edges()) == (nodes, edges), fmt
        assert g.is_directed(), fmt


def test_graphml_one_key_per_attribute_and_unique_edge_ids(exported):
    from xml.etree import ElementTree as ET

    d, _, edges = exported
    root = ET.parse(d / "g.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    keys = [(k.get("for"), k.get("attr.name")) for k in root.findall("g:key", ns)]
    assert len(keys) == len(set(keys))
    ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == edges == len(set(ids))


def test_gexf_is_version_1_3_and_valid(exported):
    etree = pytest.importorskip("lxml.etree")
    d, _, _ = exported
    doc = etree.parse(str(d / "g.gexf"))
    root = doc.getroot()
    assert root.tag == "{http://gexf.net/1.3}gexf" and root.get("version") == "1.3"
    assert root.find("{http://gexf.net/1.3}graph").get("name") is None
    schema = etree.RelaxNG(etree.parse(str(RNG)))
    assert schema.validate(doc), schema.error_log


def test_same_graph_same_files(exported, tmp_path):
    d, _, _ = exported
    with kg.open_graph(str(d / "store"), read_only=True) as g:
        for fmt in ("graphml", "gml", "gexf", "json"):
            g.export(fmt, tmp_path / f"g.{fmt}")
            assert (tmp_path / f"g.{fmt}").read_bytes() == (d / f"g.{fmt}").read_bytes(), fmt
