"""Extracted entities as JSON / JSONL: the schema, round trips, and bad records."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "loaders/records.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def run(tmp_path):
    store = str(tmp_path / "store")

    def run(*args, input=None):
        args = list(args) + (["--store", store] if args[0] != "extract" else [])
        return CliRunner().invoke(cli, args, input=input, catch_exceptions=False)
    return run


def test_extract_output_follows_the_json_schema(run):
    out = json.loads(run("extract", str(ROOT / "examples/speech.txt"), "--format", "json").output)
    jsonschema.validate(out, SCHEMA)
    assert out["commitments"]


def test_example_jsonl_lines_follow_the_schema():
    for line in (ROOT / "examples/progress.jsonl").read_text(encoding="utf-8").splitlines():
        jsonschema.validate({"commitments": [json.loads(line)]}, SCHEMA)


def test_extract_json_ingests_back_to_the_same_graph(run, tmp_path):
    speech = ROOT / "examples/speech.txt"
    exported = tmp_path / "speech.json"
    exported.write_text(run("extract", str(speech), "--format", "json").output, encoding="utf-8")
    run("ingest", str(speech))
    direct = json.loads(run("query", "commitments", "--format", "json").output)
    other = tmp_path / "other"
    r = CliRunner().invoke(cli, ["ingest", str(exported), "--store", str(other)])
    assert r.exit_code == 0, r.output
    again = json.loads(CliRunner().invoke(cli, ["query", "commitments", "--format", "json",
                                                "--store", str(other)]).output)
    assert again == direct


def test_bad_jsonl_line_names_file_and_line_and_stores_nothing(run, tmp_path):
    run("ingest", str(ROOT / "examples/tasks.csv"))
    before = run("stats", "--format", "json").output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"task": "修路", "actors": [{"name": "县交通局", "kind": "organization", "role": "lead"}]}\n'
                   '{"task": "建桥", "actors": [{"name": "县水利局", "kind": "organization", "role": "boss"}]}\n',
                   encoding="utf-8")
    r = run("ingest", str(bad))
    assert r.exit_code == 2
    assert r.output.startswith(f"Error: {bad}, line 2: ")
    assert "boss" in r.output
    assert run("stats", "--format", "json").output == before


def test_broken_json_names_the_line(run, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"commitments": [\n  {"task": "修路"},\n  {"task": }\n]}\n', encoding="utf-8")
    r = run("ingest", str(bad))
    assert r.exit_code == 2
    assert r.output.startswith(f"Error: {bad}, line 3: invalid JSON")


def test_stdin_text(run):
    text = (ROOT / "examples/speech.txt").read_text(encoding="utf-8")
    r = run("ingest", "-", input=text.encode("gb18030"))
    assert r.exit_code == 0, r.output
    assert "1 document(s), 7 commitment(s)" in r.output
    rows = json.loads(run("query", "document_commitments", "-p", "source=-", "--format", "json").output)
    assert len(rows) == 7 and all(row["evidence"] for row in rows)


def test_stdin_table_with_kind(run):
    r = run("ingest", "-", "--kind", "table",
            input="序号,重点任务,牵头单位,完成时限\n1,修建南门桥,县交通局,2024年6月底\n".encode("utf-8"))
    assert r.exit_code == 0, r.output
    rows = json.loads(run("query", "commitments", "-p", "as_of=2024-01-01", "--format", "json").output)
    assert rows == [{"task": "修建南门桥", "due": "2024-06-30", "due_text": "2024年6月底", "role": "lead",
                     "actor": "县交通局", "status": "unknown", "sources": 1, "source": "-"}]
