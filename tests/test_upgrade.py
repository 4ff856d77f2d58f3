"""A store written before works had derived properties (the status facts of docs/status.md, the
``work`` id) gets them the first time a newer kg opens it, for reading or for writing: the
named queries give what they give on a store written by this version (#10)."""
from __future__ import annotations

import json
from pathlib import Path

import ladybug
import pytest

from cli_helpers import kg_cli
from kg import graph_schema
from kg.graph_schema import NODES
from kg.store.embedded import DB_FILE

EXAMPLES = str(Path(__file__).resolve().parents[1] / "examples")
#: the Commitment columns a store of an earlier version lacks
DERIVED = ("work", "done_on", "short_on", "said")
QUERIES = ("status", "overdue", "workload", "commitments")


def _answers(store: str) -> dict[str, str]:
    out = {}
    for name in QUERIES:
        res = kg_cli("query", name, "-p", "as_of=2023-12-31", "--store", store, "--format", "json")
        assert res.exit_code == 0, res.output
        out[name] = res.output
    return out


def _as_an_older_version_left_it(store: str) -> None:
    db = ladybug.Database(str(Path(store) / DB_FILE))
    conn = ladybug.Connection(db)
    for column in DERIVED:
        conn.execute(f"ALTER TABLE Commitment DROP {column}")
    for label in ("Person", "Organization"):  # how many works each is on (queries/workload.cypher)
        conn.execute(f"ALTER TABLE {label} DROP works")
    conn.close()
    db.close()


@pytest.mark.parametrize("opened_by", ["a reader", "a writer"])
def test_an_older_store_gets_the_derived_properties_when_opened(store, opened_by):
    before = _answers(store)
    assert '"status"' in before["status"] and "overdue" in before["overdue"]  # rows to lose
    _as_an_older_version_left_it(store)
    if opened_by == "a writer":  # the same files again: nothing to read, the store is upgraded
        assert kg_cli("ingest", EXAMPLES, "--store", store, "-q").exit_code == 0
    assert _answers(store) == before


def _works(store: str) -> dict:
    """Each stored commitment's ``work`` and the end of its ``RESTATES`` (itself where it restates none)."""
    conn = ladybug.Connection(db := ladybug.Database(str(Path(store) / DB_FILE), read_only=True))
    res = conn.execute("MATCH (c:Commitment) OPTIONAL MATCH (c)-[:RESTATES]->(k:Commitment) "
                       "RETURN c.id, c.work, coalesce(k.id, c.id)")
    out = {}
    while res.has_next():
        cid, work, canon = res.get_next()
        out[cid] = (work, canon)
    conn.close()
    db.close()
    return out


def test_works_derived_a_few_commitments_at_a_time_are_those_the_restatements_say(store):
    """A store with commitments whose ``work`` is empty derives it in batches (kg/link.py derive_stored):
    a commitment whose canonical one is in another batch still gets the work its ``RESTATES`` ends in
    (kg/link.py _canonical_of reads the ``RESTATES`` where the ``work`` is empty), not itself."""
    from kg.link import _works as works_of, derive_stored
    from kg.store.embedded import EmbeddedStore

    before = _works(store)
    assert sum(canon != cid for cid, (_, canon) in before.items()) >= 3  # restatements to get right
    assert all(work == canon for work, canon in before.values())
    conn = ladybug.Connection(db := ladybug.Database(str(Path(store) / DB_FILE)))
    conn.execute("MATCH (c:Commitment) SET c.work = NULL")
    conn.close()
    db.close()
    restating = {cid: canon for cid, (_, canon) in before.items() if canon != cid}
    s = EmbeddedStore(store)
    try:
        for cid, canon in restating.items():  # on its own, a restatement is of its canonical one's work
            assert works_of(s, {cid})[0] == {canon}
        assert derive_stored(s, batch=1) == len(before)
    finally:
        s.close()
    assert _works(store) == before


def test_the_check_sees_an_older_store(store):
    _as_an_older_version_left_it(store)
    db = ladybug.Database(str(Path(store) / DB_FILE), read_only=True)
    conn = ladybug.Connection(db)
    with pytest.raises(RuntimeError):
        conn.execute("MATCH (c:Commitment) RETURN c.work LIMIT 1")
    conn.close()
    db.close()


#: what an older version kept on STATED_IN and this one keeps on the commitment, with their types
MOVED = {p: NODES["Commitment"][p] for rel, _, props in graph_schema.MOVED if rel == "STATED_IN" for p in props}


def _evidence_on_the_relation(store: str) -> None:
    """The store as a version before the evidence moved onto the commitment left it."""
    conn = ladybug.Connection(db := ladybug.Database(str(Path(store) / DB_FILE)))
    for column, kind in MOVED.items():
        conn.execute(f"ALTER TABLE STATED_IN ADD {column} {kind}")
    conn.execute("MATCH (c:Commitment)-[s:STATED_IN]->() SET "
                 + ", ".join(f"s.{p} = c.{p}" for p in MOVED))
    for column in MOVED:
        conn.execute(f"ALTER TABLE Commitment DROP {column}")
    conn.close()
    db.close()


def _evidence(store: str) -> str:
    res = kg_cli("query", "document_commitments", "-p", "source=speech.txt", "--store", store, "--format", "json")
    assert res.exit_code == 0, res.output
    return res.output


@pytest.mark.parametrize("opened_by", ["a reader", "a writer"])
def test_an_older_store_gets_its_evidence_onto_the_commitments(store, opened_by):
    before = _evidence(store)
    rows = json.loads(before)
    assert len(rows) >= 3 and all(r["evidence"] and r["start"] is not None and r["end"] for r in rows)
    _evidence_on_the_relation(store)
    if opened_by == "a writer":
        assert kg_cli("ingest", EXAMPLES, "--store", store, "-q").exit_code == 0
    assert _evidence(store) == before
    conn = ladybug.Connection(db := ladybug.Database(str(Path(store) / DB_FILE), read_only=True))
    try:
        columns = {r[1] for r in conn.execute("CALL table_info('STATED_IN') RETURN *").get_all()}
    finally:
        conn.close()
        db.close()
    assert not columns & set(MOVED)  # moved, not copied
