"""Outputs: one-line errors for bad --out paths, no silent overwrite, whole files or none."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg
from cli_helpers import kg_cli
from kg.errors import OutputError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"




def test_out_is_a_folder(store, tmp_path):
    r = kg_cli("export", "--format", "json", "--out", str(tmp_path), "--store", store)
    assert r.exit_code == 2 and r.output == f"Error: {tmp_path}: is a folder; give a file name\n"


def test_out_in_a_missing_folder(store, tmp_path):
    out = tmp_path / "missing" / "x.json"
    r = kg_cli("export", "--format", "json", "--out", str(out), "--store", store)
    assert r.exit_code == 2 and r.output == f"Error: {out}: no such folder: {out.parent}\n"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_out_on_a_full_device():
    with pytest.raises(OutputError, match="/dev/full: cannot write: No space left on device"):
        with kg.output.output_file("/dev/full", force=True) as f:
            f.write(b"x" * 100_000)
            f.flush()


def test_existing_file_kept_without_force(store, tmp_path):
    out = tmp_path / "g.graphml"
    out.write_text("mine")
    r = kg_cli("export", "--format", "graphml", "--out", str(out), "--store", store)
    assert r.exit_code == 2 and r.output == f"Error: {out}: the file exists; add --force to replace it\n"
    assert out.read_text() == "mine"
    r = kg_cli("export", "--format", "graphml", "--out", str(out), "--force", "--store", store)
    assert r.exit_code == 0 and out.read_text().startswith("<?xml")


def test_a_failed_export_leaves_the_old_file_and_no_temporary(store, tmp_path, monkeypatch):
    out = tmp_path / "g.json"
    out.write_text("old")

    def broken(graph, fmt, f, **options):
        f.write(b"half")
        raise OutputError("cannot write: simulated", source=str(out))

    monkeypatch.setattr("kg.api._export", broken)
    with kg.open_graph(store, read_only=True) as g, pytest.raises(OutputError):
        g.export("json", out, force=True)
    assert out.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.json", "store"]


def test_export_folder_not_merged_into(store, tmp_path):
    folder = tmp_path / "imp"
    folder.mkdir()
    (folder / "note.txt").write_text("keep")
    r = kg_cli("export", "--format", "neo4j-admin", "--out", str(folder), "--store", store)
    assert r.exit_code == 2
    assert r.output == f"Error: {folder}: the folder is not empty; add --force to write into it\n"
    assert sorted(p.name for p in folder.iterdir()) == ["note.txt"]


def test_viz_refuses_a_data_suffix_and_a_clash(store, tmp_path):
    out = tmp_path / "x.graphml"
    r = kg_cli("viz", "--out", str(out), "--store", store)
    assert r.exit_code == 2 and "kg viz writes .html, .png or .svg" in r.output
    assert not out.exists()
    r = kg_cli("viz", "--format", "png", "--out", str(tmp_path / "x.svg"), "--store", store)
    assert r.exit_code == 2 and "does not end in .png" in r.output


def test_viz_keeps_an_existing_page_without_force(store, tmp_path):
    out = tmp_path / "net.html"
    out.write_text("mine")
    r = kg_cli("viz", "--out", str(out), "--store", store)
    assert r.exit_code == 2 and r.output == f"Error: {out}: the file exists; add --force to replace it\n"
    r = kg_cli("viz", "--out", str(out), "--force", "--store", store)
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_validate_ill_typed_literal_is_one_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
                   '<http://example.org/a> <http://example.org/due> "2023-13-45"^^xsd:date .\n')
    r = kg_cli("validate", str(bad))
    assert r.exit_code == 2
    assert r.output == (f'Error: {bad}: ill-typed literal "2023-13-45"^^<http://www.w3.org/2001/XMLSchema#date>\n')


def test_ingest_bad_date_is_bad_input(tmp_path):
    r = kg_cli("ingest", str(EXAMPLES / "speech.txt"), "--date", "2023-13-45", "--store", str(tmp_path / "s"))
    assert r.exit_code == 2
    assert r.output == "Error: bad --date '2023-13-45'; give YYYY, YYYY-MM or YYYY-MM-DD\n"
