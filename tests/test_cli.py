"""The kg command: exact output, exit codes, idempotent ingest, atomic files."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture
def run(tmp_path):
    store = str(tmp_path / "store")

    def run(*args, input=None):
        return CliRunner().invoke(cli, [*args, "--store", store] if args[0] not in ("extract",) else list(args),
                                  input=input, catch_exceptions=False)
    return run


def test_ingest_twice_changes_nothing(run):
    first = run("ingest", str(EXAMPLES))
    assert first.exit_code == 0, first.output
    stats1 = run("stats", "--format", "json").output
    rows1 = run("query", "commitments", "--format", "json").output
    second = run("ingest", str(EXAMPLES))  # unchanged files are not read again, and say so
    assert second.output == (first.output.replace("ingested 3 file(s): 3 document(s), 18 commitment(s)",
                                                  "ingested 0 file(s): 0 document(s), 0 commitment(s)")
                             .replace("\n", "; 3 unchanged file(s) skipped\n"))
    assert run("ingest", str(EXAMPLES), "--reread").output == first.output
    assert run("stats", "--format", "json").output == stats1
    assert run("query", "commitments", "--format", "json").output == rows1
    counts = json.loads(stats1)
    assert counts["Commitment"] >= 8 and counts["STATED_IN"] == counts["Commitment"]


def test_ingest_table_summary_and_query_table(run):
    r = run("ingest", str(EXAMPLES / "tasks.csv"))
    assert r.output.startswith("ingested 1 file(s): 1 document(s), 8 commitment(s) into ")
    r = run("query", "overdue_by_actor", "--param", "as_of=2023-11-01")
    assert r.exit_code == 0
    # the table's progress column has no date, and the table none: it counts for no day (docs/status.md)
    assert r.output.splitlines() == [
        "actor       kind          place  overdue  oldest_due",
        "----------  ------------  -----  -------  ----------",
        "县住建局    organization         2        2023-06-30",
        "县发改委    organization         1        2023-03-31",
        "县营商办    organization         1        2023-03-31",
        "王志强      person               1        2023-03-31",
        "刘建国      person               1        2023-06-30",
        "县城投公司  organization         1        2023-06-30",
        "县征收办    organization         1        2023-09-30",
        "城南街道    organization         1        2023-09-30",
        "李明华      person               1        2023-09-30",
        "城关镇      organization         1        2023-10-31",
        "张雅琴      person               1        2023-10-31",
    ]


def test_query_csv_and_cypher(run):
    run("ingest", str(EXAMPLES / "tasks.csv"))
    r = run("query", "--cypher", "MATCH (p:Person) WHERE p.name = $n RETURN p.name AS name, p.post AS post",
            "-p", "n=王志强", "--format", "csv")
    assert r.output == "name,post\n王志强,县长\n"


def test_bad_file_stores_nothing_and_names_row(run, tmp_path):
    run("ingest", str(EXAMPLES / "tasks.csv"))
    before = run("stats", "--format", "json").output
    bad = tmp_path / "bad.csv"
    bad.write_text("序号,重点任务,牵头单位\n1,新任务甲,县财政局\n2,,县审计局\n", encoding="utf-8")
    r = run("ingest", str(bad))
    assert r.exit_code == 2
    assert r.output == f"Error: {bad}, line 3: the task cell is empty; every row needs a task\n"
    assert run("stats", "--format", "json").output == before


@pytest.mark.parametrize("args,code,message", [
    (("query", "commitments"), 3, "no store here yet; read documents into it with: kg ingest PATH"),
    (("query", "nope"), 4, "no named query 'nope'"),
    (("query", "overdue"), 4, "needs as_of"),
    (("query", "--cypher", "MATCH (n) DETACH DELETE n"), 4, "read-only"),
    (("query", "--cypher", "MATCH (n RETURN n"), 4, "Parser exception"),
    (("ingest", "no/such/file.txt"), 2, "no/such/file.txt: no such file or folder"),
    (("ingest", "README.md.unknownext"), 2, "no such file"),
    (("export", "--format", "docx"), 2, "unknown export format 'docx'"),
])
def test_errors_are_one_line_with_exit_codes(run, args, code, message):
    if args != ("query", "commitments"):
        run("ingest", str(EXAMPLES / "tasks.csv"))
    r = run(*args)
    assert r.exit_code == code, r.output
    assert message in r.output
    assert r.output.startswith("Error:") and "Traceback" not in r.output


def test_query_list_names_every_query(run):
    r = run("query", "--list")
    for name in ("commitments", "leader_commitments", "responsibility_chain", "overdue", "workload"):
        assert name in r.output


def test_export_graphml_and_json(run, tmp_path):
    import networkx as nx

    run("ingest", str(EXAMPLES / "tasks.csv"))
    out = tmp_path / "g.graphml"
    assert run("export", "--format", "graphml", "--out", str(out)).exit_code == 0
    g = nx.read_graphml(out)
    stats = json.loads(run("stats", "--format", "json").output)
    nodes = sum(stats[k] for k in ("Person", "Organization", "Post", "Project", "Commitment", "Target",
                                    "Document", "Progress"))
    assert g.number_of_nodes() == nodes
    data = json.loads(run("export", "--format", "json").output)
    assert len(data["nodes"]) == nodes
    assert {"王志强", "县住建局"} <= {n.get("name") for n in data["nodes"]}
