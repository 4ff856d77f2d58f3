"""The facts ingest derives of a work (kg/status.py work_facts) give, on every day, the status the
records give (docs/status.md): checked against the rule written out on the records, over random works."""
from __future__ import annotations

import datetime as dt
import random

from kg.status import REPORTED, Record, judge, to_date, work_facts


def rule_on_records(due, records, as_of, required=None) -> str:
    """docs/status.md read literally: from the records dated on or before the day."""
    day, due_day = to_date(as_of), to_date(due)
    need = 100.0 if required is None else float(required)
    counted = [(d, r) for r in records for d in [to_date(r.as_of)] if d is not None and d <= day]
    done_on = min((d for d, r in counted if r.status == "done"), default=None)
    if done_on is not None:
        return "done_late" if due_day is not None and done_on > due_day else "done"
    if due_day is not None and due_day < day:
        short = any(d >= due_day and r.percent is not None and float(r.percent) < need for d, r in counted)
        return "missed" if short else "overdue"
    if counted:
        last = max(d for d, _ in counted)
        said = sorted(r.status for d, r in counted if d == last and r.status in REPORTED)
        if said:
            return said[0]
    return "unknown"


def test_the_facts_give_the_rule_on_every_day():
    rnd = random.Random(7)
    start = dt.date(2024, 1, 1)
    for _ in range(400):
        due = start + dt.timedelta(days=rnd.randrange(0, 60)) if rnd.random() < 0.8 else None
        recs = [Record(rnd.choice(["done", "on_track", "behind", "not_started", None, "other"]),
                       rnd.choice([None, 30.0, 80.0, 100.0]),
                       (start + dt.timedelta(days=rnd.randrange(0, 70))).isoformat() if rnd.random() < 0.9 else None)
                for _ in range(rnd.randrange(0, 7))]
        required = rnd.choice([None, 80.0])
        facts = work_facts(due, recs, required)
        for k in range(-2, 75):
            day = start + dt.timedelta(days=k)
            assert judge(due, facts, day) == rule_on_records(due, recs, day, required), (due, recs, day, facts)


def test_said_is_short():
    recs = [Record("on_track", None, "2024-03-01"), Record("on_track", 50.0, "2024-04-01"),
            Record("behind", 40.0, "2024-05-01"), Record("done", None, "2024-07-01")]
    # two intervals: on track from 03-01 (the April record says the same), behind from 05-01
    assert work_facts("2024-06-30", recs)["said"] == "2024-03-012024-05-01o2024-05-019999-12-31b"
    assert work_facts(None, [])["said"] is None


def test_the_status_query_reads_the_facts_as_the_rule_does(tmp_path):
    """The Cypher of queries/status.cypher on the embedded store, day by day, against the rule on the records."""
    from kg.graph import Graph
    from kg.link import derive_graph
    from kg.queries import get_query
    from kg.status import status_as_of
    from kg.store import open_store

    rnd = random.Random(11)
    start = dt.date(2024, 1, 1)
    g = Graph()
    g.add_node("Document", "doc:t", source="t.txt", date=start.isoformat())
    works = {}
    for k in range(80):
        cid = f"commitment:t{k:03d}"
        due = start + dt.timedelta(days=rnd.randrange(0, 60)) if rnd.random() < 0.8 else None
        g.add_node("Commitment", cid, task=f"任务{k}", due=due.isoformat() if due else None)
        g.add_edge("STATED_IN", cid, "doc:t")
        recs = []
        for j in range(rnd.randrange(0, 6)):
            r = Record(rnd.choice(["done", "on_track", "behind", "not_started", None]), rnd.choice([None, 30.0, 100.0]),
                       (start + dt.timedelta(days=rnd.randrange(0, 70))).isoformat())
            recs.append(r)
            g.add_node("Progress", f"progress:t{k:03d}-{j}", status=r.status, percent=r.percent, as_of=r.as_of)
            g.add_edge("HAS_PROGRESS", cid, f"progress:t{k:03d}-{j}")
        works[cid] = (due, recs)
    derive_graph(g)
    q = get_query("status")
    with open_store(str(tmp_path / "s")) as store:
        store.write(g)
        for k in range(-1, 75, 4):
            day = (start + dt.timedelta(days=k)).isoformat()
            got = {r[0]: r[3] for r in store.query(q.cypher, q.bind({"as_of": day, "place": ""})).rows}
            want = {cid: status_as_of(due, recs, day) for cid, (due, recs) in works.items()}
            assert got == want, day
