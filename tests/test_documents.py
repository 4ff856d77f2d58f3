"""Document identity and partial batches (issue 11).

A document is its file's canonical path, what came on stdin (by content), or
a ``--source`` given on purpose; never a bare file name.  A folder ingests
every good file and lists every bad one at the end.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import IngestFailed, InputError, SchemaError
from kg.model import CommitmentRecord, DocumentRecord
from kg.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SPEECH = "滨江路北延工程由刘建国同志牵头,县住建局负责,6月底前建成通车。\n"
OTHER = "城区公交首末站建设由县交通运输局负责,9月底前完成主体工程。\n"
DOCS = "MATCH (d:Document) OPTIONAL MATCH (c:Commitment)-[:STATED_IN]->(d) " \
       "RETURN d.source AS source, d.key AS key, count(c) AS n ORDER BY key"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = str(tmp_path / "store")

    def run(*args, input=None):
        return CliRunner().invoke(cli, [*args, "--store", store], input=input, catch_exceptions=False)
    return run


def documents(tmp_path) -> list[tuple[str, str, int]]:
    with kg.open_graph(str(tmp_path / "store"), read_only=True) as g:
        return [tuple(r) for r in g.cypher(DOCS).rows]


def _copy(src: Path, dst: Path) -> str:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(src, dst)
    return str(dst)


# ---------------------------------------------------------------------------
# identity


def test_two_files_of_the_same_name_are_two_documents(run, tmp_path):
    _copy(EXAMPLES / "tasks.csv", tmp_path / "a" / "tasks.csv")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "tasks.csv").write_text("序号,重点任务,牵头单位,完成时限\n1,新建城北公园,县城管局,2023年9月底前\n",
                                              encoding="utf-8")
    r = run("ingest", "a", "b")
    assert (r.exit_code, r.output) == (0, f"ingested 2 file(s): 2 document(s), 9 commitment(s) into "
                                          f"{tmp_path / 'store'}\n")
    assert documents(tmp_path) == [("tasks.csv", str(tmp_path / "a" / "tasks.csv"), 8),
                                   ("tasks.csv", str(tmp_path / "b" / "tasks.csv"), 1)]
    assert run("ingest", "b", "a").exit_code == 0  # again, the other way round: nothing changes
    assert len(documents(tmp_path)) == 2


def test_one_file_by_two_paths_is_one_document(run, tmp_path):
    _copy(EXAMPLES / "speech.txt", tmp_path / "d" / "speech.txt")
    assert run("ingest", "d/speech.txt").exit_code == 0
    assert run("ingest", str(tmp_path / "d" / ".." / "d" / "speech.txt")).exit_code == 0
    assert documents(tmp_path) == [("speech.txt", str(tmp_path / "d" / "speech.txt"), 7)]


def test_stdin_is_keyed_by_its_content(run, tmp_path):
    for text in (SPEECH, OTHER, SPEECH):  # the third is the first again: it replaces itself
        r = run("ingest", "-", "--date", "2023-03-01", input=text.encode("utf-8"))
        assert r.exit_code == 0, r.output
    docs = documents(tmp_path)
    assert [(s, n) for s, _, n in docs] == [("-", 1), ("-", 1)]
    assert all(k.startswith("stdin:sha256:") for _, k, _ in docs)
    with kg.open_graph(str(tmp_path / "store"), read_only=True) as g:
        tasks = {r["task"] for r in g.query("commitments")}
    assert tasks == {"滨江路北延工程", "城区公交首末站建设"}


def test_stdin_with_a_source_replaces_on_purpose(run, tmp_path):
    url = "https://example.org/notice.html"
    for text in (SPEECH, OTHER):
        assert run("ingest", "-", "--source", url, "--date", "2023-03-01", input=text.encode()).exit_code == 0
    assert documents(tmp_path) == [(url, url, 1)]
    with kg.open_graph(str(tmp_path / "store"), read_only=True) as g:
        assert [r["task"] for r in g.query("commitments")] == ["城区公交首末站建设"]


def _extracted(tmp_path) -> str:
    """``kg extract speech.txt --format json`` saved as another file: it names speech.txt as its source."""
    r = CliRunner().invoke(cli, ["extract", str(EXAMPLES / "speech.txt"), "--format", "json"])
    assert r.exit_code == 0
    assert json.loads(r.output)["document"]["source"] == "speech.txt"
    path = tmp_path / "reviewed" / "speech.json"
    path.parent.mkdir()
    path.write_text(r.output, encoding="utf-8")
    return str(path)


def test_a_records_file_naming_a_source_does_not_erase_that_document(run, tmp_path):
    speech = _copy(EXAMPLES / "speech.txt", tmp_path / "speech.txt")
    records = _extracted(tmp_path)
    assert run("ingest", speech).exit_code == 0
    assert run("ingest", records).exit_code == 0
    assert documents(tmp_path) == [("speech.txt", records + "#speech.txt", 7), ("speech.txt", speech, 7)]


def test_a_records_file_replaces_a_document_when_told_to(run, tmp_path):
    speech = _copy(EXAMPLES / "speech.txt", tmp_path / "speech.txt")
    records = _extracted(tmp_path)
    assert run("ingest", speech).exit_code == 0
    r = run("ingest", records, "--source", "speech.txt")  # the reviewed reading in place of the file's
    assert r.exit_code == 0, r.output
    assert documents(tmp_path) == [("speech.txt", speech, 7)]


def test_a_source_names_one_document(run, tmp_path):
    r = run("ingest", str(EXAMPLES), "--source", "x")
    assert r.exit_code == 2
    assert r.output.endswith("Error: --source names one document, but 3 files were given\n")
    with pytest.raises(InputError, match="names one document"):
        with kg.open_graph(str(tmp_path / "s2")) as g:
            g.ingest([str(EXAMPLES)], source="x")


def test_ids_are_the_same_for_the_same_path(tmp_path):
    ids = []
    for store in ("s1", "s2"):
        with kg.open_graph(str(tmp_path / store)) as g:
            g.ingest([str(EXAMPLES)])
            ids.append(sorted(g.graph().nodes))
    assert ids[0] == ids[1]


def test_a_document_stored_by_file_name_alone_is_replaced(tmp_path):
    """Stores written before documents had keys: reading the file again replaces the old reading."""
    with kg.open_graph(str(tmp_path / "s")) as g:
        old = DocumentRecord(source="speech.txt", commitments=(CommitmentRecord(task="旧的读法"),))
        g.store.write(resolve([old]))
        g.ingest([str(EXAMPLES / "speech.txt")])
        rows = g.cypher(DOCS).rows
    assert rows == [["speech.txt", str(EXAMPLES / "speech.txt"), 7]]


def test_a_speech_gone_from_a_page_goes_from_the_store(tmp_path):
    page = tmp_path / "page.json"
    two = {"document": {"source": "page.html", "speeches": 2},
           "commitments": [{"task": "修建A路", "speech": 1}, {"task": "修建B路", "speech": 2}]}
    page.write_text(json.dumps(two, ensure_ascii=False), encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(page)])
        assert g.stats()["Document"] == 2
        two["document"]["speeches"] = 1
        two["commitments"] = two["commitments"][:1]
        page.write_text(json.dumps(two, ensure_ascii=False), encoding="utf-8")
        g.ingest([str(page)])
        assert (g.stats()["Document"], g.stats()["Commitment"]) == (1, 1)


# ---------------------------------------------------------------------------
# a folder with bad files


@pytest.fixture
def mixed(tmp_path):
    folder = tmp_path / "mix"
    _copy(EXAMPLES / "speech.txt", folder / "a_speech.txt")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_bad.jsonl").write_text('{"task": "修路"}\n{bad\n', encoding="utf-8")
    _copy(EXAMPLES / "tasks.csv", folder / "d_tasks.csv")
    (folder / "e_rows.csv").write_text("序号,重点任务,牵头单位\n1,河道整治,区水务局\n2,,区住建局\n", encoding="utf-8")
    return folder


def test_a_folder_ingests_every_good_file_and_lists_the_bad_ones(run, tmp_path, mixed):
    r = run("ingest", "mix")
    assert r.exit_code == 2
    assert r.output == (
        f"ingested 2 file(s): 2 document(s), 15 commitment(s) into {tmp_path / 'store'}\n"
        "Error: 3 of 5 file(s) not ingested, nothing of them stored:\n"
        "  mix/b_empty.txt: the file is empty\n"
        "  mix/c_bad.jsonl, line 2: invalid JSON: Expecting property name enclosed in double quotes (column 2)\n"
        "  mix/e_rows.csv, line 3: the task cell is empty; every row needs a task\n")
    assert r.stdout == f"ingested 2 file(s): 2 document(s), 15 commitment(s) into {tmp_path / 'store'}\n"
    assert [(os.path.basename(k), n) for _, k, n in documents(tmp_path)] == [("a_speech.txt", 7), ("d_tasks.csv", 8)]


def test_quiet_still_lists_the_bad_files(run, mixed):
    r = run("ingest", "mix", "-q")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr.startswith("Error: 3 of 5 file(s) not ingested")


def test_fail_fast_stops_at_the_first_bad_file(run, tmp_path, mixed):
    r = run("ingest", "mix", "--fail-fast")
    assert (r.exit_code, r.output) == (2, "Error: mix/b_empty.txt: the file is empty\n")
    assert [os.path.basename(k) for _, k, _ in documents(tmp_path)] == ["a_speech.txt"]


def test_one_bad_file_gives_its_own_message(run, mixed):
    r = run("ingest", "mix/e_rows.csv")
    assert (r.exit_code, r.output) == (2, "Error: mix/e_rows.csv, line 3: the task cell is empty; "
                                          "every row needs a task\n")


def test_fixing_the_bad_files_completes_the_folder(run, tmp_path, mixed):
    run("ingest", "mix")
    (mixed / "b_empty.txt").unlink()
    (mixed / "c_bad.jsonl").write_text('{"task": "修路"}\n', encoding="utf-8")
    (mixed / "e_rows.csv").unlink()
    r = run("ingest", "mix")
    assert (r.exit_code, r.output) == (0, f"ingested 1 file(s): 1 document(s), 1 commitment(s) into "
                                          f"{tmp_path / 'store'}; 2 unchanged file(s) skipped\n")


def test_the_library_raises_after_storing_the_good_files(tmp_path, mixed):
    with kg.open_graph(str(tmp_path / "s")) as g:
        with pytest.raises(IngestFailed) as e:
            g.ingest([str(mixed)])
        assert e.value.exit_code == 2
        assert (e.value.report.files, e.value.report.commitments) == (2, 15)
        assert [(Path(x.source).name, x.line, type(x)) for x in e.value.errors] == [
            ("b_empty.txt", None, InputError), ("c_bad.jsonl", 2, SchemaError), ("e_rows.csv", 3, SchemaError)]
        assert g.stats()["Document"] == 2
        with pytest.raises(InputError, match="the file is empty"):
            g.ingest([str(mixed)], fail_fast=True)
