"""A work's derived properties are kept once, on its canonical commitment (kg/link.py, graph_schema.WORK_PROPS).

A batch that adds a statement to a work rewrites the new statement and the canonical one, not every
statement of the work; a restatement keeps only ``work``.  Queries read the work from the canonical
commitment and exports show each statement with its canonical's properties, so users see what they
saw when every statement carried a copy.  A store written that way (before session 9) holds copies
on its restatements that the next ingest leaves stale: nothing reads them, and an ingest into such a
store gives the answers and the export of a store written by this version.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import ladybug

from cli_helpers import kg_cli
from kg.graph_schema import WORK_PROPS
from kg.store.embedded import DB_FILE

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
QUERIES = {"status": {}, "overdue": {}, "workload": {}, "commitments": {}, "overdue_by_actor": {},
           "leader_commitments": {"name": "区住建局"}, "history": {"ref": "滨江路北延工程"},
           "post_commitments": {"post": "副区长"}}


def _ingest(store: Path, *names: str, folder: Path) -> None:
    for name in names:
        res = kg_cli("ingest", str(folder / name), "--store", str(store), "-q")
        assert res.exit_code == 0, res.output


def _answers(store: Path) -> dict:
    out = {}
    for name, params in QUERIES.items():
        args = ["query", name, "-p", "as_of=2023-12-31", "-p", "limit=0"] if name in (
            "status", "overdue", "workload", "commitments") else ["query", name, "-p", "as_of=2023-12-31"]
        if name in ("history", "post_commitments"):
            args = ["query", name]
        for k, v in params.items():
            args += ["-p", f"{k}={v}"]
        res = kg_cli(*args, "--store", str(store), "--format", "json")
        assert res.exit_code == 0, res.output
        out[name] = json.loads(res.output)
    return out


def _export(store: Path, tmp: Path, fmt: str) -> bytes:
    out = tmp / f"{store.name}.{fmt}"
    res = kg_cli("export", "--store", str(store), "--format", fmt, "-o", str(out), "--force")
    assert res.exit_code == 0, res.output
    return out.read_bytes()


def _sql(store: Path, cypher: str) -> list:
    db = ladybug.Database(str(store / DB_FILE))
    conn = ladybug.Connection(db)
    try:
        res = conn.execute(cypher)
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return rows
    finally:
        conn.close()
        db.close()


def _copies_on_every_statement(store: Path) -> None:
    """The store as kg before session 9 wrote it: each restatement holds its work's derived properties."""
    sets = ", ".join(f"c.{p} = k.{p}" for p in WORK_PROPS)
    _sql(store, f"MATCH (c:Commitment), (k:Commitment) WHERE c.work = k.id AND c.id <> k.id SET {sets}")


def test_a_restatement_keeps_only_its_work(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(EXAMPLES, folder)
    store = tmp_path / "s"
    _ingest(store, "speech.txt", "tasks.csv", "progress.jsonl", folder=folder)
    rows = _sql(store, "MATCH (c:Commitment) RETURN c.id, c.work, c.status, c.sources, c.said, c.work_due")
    restating = [r for r in rows if r[1] != r[0]]
    assert restating and all(r[1] for r in rows)
    assert all(r[2:] == [None, None, None, None] for r in restating)
    assert any(r[3] and r[3] > 1 for r in rows if r[1] == r[0])  # a work of several documents, counted once


def test_a_store_with_copies_on_every_statement_answers_and_exports_as_one_written_now(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(EXAMPLES, folder)
    now, old = tmp_path / "now", tmp_path / "old"
    _ingest(now, "speech.txt", "tasks.csv", "progress.jsonl", folder=folder)
    _ingest(old, "speech.txt", "tasks.csv", folder=folder)
    _copies_on_every_statement(old)
    _ingest(old, "progress.jsonl", folder=folder)  # the works change: the copies on restatements go stale
    stale = _sql(old, "MATCH (c:Commitment), (k:Commitment) WHERE c.work = k.id AND c.id <> k.id "
                      "AND (c.status <> k.status OR c.sources <> k.sources) RETURN c.id")
    assert stale  # (what this test is about)
    assert _answers(old) == _answers(now)
    for fmt in ("json", "ttl", "graphml"):
        assert _export(old, tmp_path, fmt) == _export(now, tmp_path, fmt), fmt
