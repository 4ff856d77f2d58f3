"""How a piece of work stands on a given day: the one rule set (docs/status.md).

Every query, export and picture judges a commitment with these rules, from
the progress records (``Progress`` nodes) of its work: the canonical
commitment and the restatements of it (kg/link.py).  Only records dated on or
before the day count; a record without a date counts for no day.

=============  ================================================================
``done``       a record says done, on or before the due date (or no due date)
``done_late``  the first record saying done is dated after the due date
``missed``     the due date has passed and a record dated on or after it gives a
               completion below what the work required (its percent target,
               else 100 %)
``overdue``    the due date has passed and no record says done
``behind``,    what the newest record says (a tie of dates: the first of
``on_track``,  ``behind``, ``not_started``, ``on_track``)
``not_started``
``unknown``    nothing of the above: no record by that day, no due date passed
=============  ================================================================

Colours as supervision offices use them: red for ``overdue``, ``missed`` and
``behind``; yellow for open work due within :data:`SOON_DAYS` days; green for
``on_track``, ``done`` and ``done_late``; none (grey) for the rest.

>>> rec = [Record("behind", 40.0, "2023-05-10"), Record("done", None, "2023-07-15")]
>>> status_as_of("2023-06-30", rec, "2023-06-01"), status_as_of("2023-06-30", rec, "2023-07-01")
('behind', 'overdue')
>>> status_as_of("2023-06-30", rec, "2023-08-01")
'done_late'
>>> status_as_of("2023-06-30", [Record("on_track", 80.0, "2023-07-02")], "2023-08-01")
'missed'
>>> colour("on_track", "2023-06-30", "2023-06-10"), colour("done_late"), colour("unknown")
('yellow', 'green', 'grey')
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, NamedTuple, Optional, Union

#: every status a piece of work can have on a day, in the order of the docs and legends
STATUSES = ("not_started", "on_track", "behind", "done", "done_late", "overdue", "missed", "unknown")
#: statuses that mean the work is finished
DONE = ("done", "done_late")
#: statuses a progress record can state (kg.model.STATUSES)
REPORTED = ("done", "on_track", "behind", "not_started")
#: open work due within this many days is yellow
SOON_DAYS = 30
COLOURS = ("red", "yellow", "green", "grey")

Day = Union[dt.date, str, None]


class Record(NamedTuple):
    """One progress record: what a document says of a piece of work, and when."""
    status: Optional[str]
    percent: Optional[float]
    as_of: Day
    source: Optional[str] = None
    text: Optional[str] = None


def to_date(value: Day) -> Optional[dt.date]:
    """A date from a ``date``, a ``datetime`` or an ISO string; None when missing or unreadable.

    >>> to_date("2023-06-30"), to_date("soon"), to_date(None)
    (datetime.date(2023, 6, 30), None, None)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def status_as_of(due: Day, records: Iterable[Record], as_of: Day = None, required: Optional[float] = None) -> str:
    """The status of a piece of work due on ``due`` with progress ``records``, on ``as_of`` (default today).

    ``required`` is the completion percent the work asks for (a ``>= 80 %``
    target), default 100.  The same two steps as the named queries: what
    ingest derives of the work (:func:`work_facts`), then the rule on a day
    (:func:`judge`).
    """
    return judge(due, work_facts(due, records, required), as_of)


#: what the as-of rule needs of a work, derived at ingest onto its commitments (kg/link.py)
FACTS = ("done_on", "short_on", "said")
#: one letter per status a record can say while the work is open, in the order ties are settled
SAID_CODE = {"behind": "b", "not_started": "n", "on_track": "o"}
SAID_STATUS = {v: k for k, v in SAID_CODE.items()}
#: the end of the last interval of ``said``
_NEVER = "9999-12-31"
#: the width of one interval of ``said``: from (10), to (10), letter (1)
SAID_WIDTH = 21


def work_facts(due: Day, records: Iterable[Record], required: Optional[float] = None) -> dict:
    """What the as-of rule needs of a work, whatever the day: three properties of its commitments.

    - ``done_on``: the date of the first record saying done;
    - ``short_on``: the first date on or after the due date of a record giving a percent below
      ``required`` (default 100);
    - ``said``: what the records said while the work was open, as intervals ``FROM TO letter``
      (``2023-05-102023-06-01b``: behind from 05-10, until the next record on 06-01; letters
      :data:`SAID_CODE`), only those that start before ``done_on`` and on or before the due date
      (after, :func:`judge` does not read them); a day between two records is judged by the
      earlier, one before every record, or whose newest records say no status, by none.

    >>> f = work_facts("2023-06-30", [Record("behind", 40.0, "2023-05-10"), Record("on_track", None, "2023-06-01"),
    ...                               Record("on_track", 60.0, "2023-07-02"), Record("done", None, "2023-07-15")])
    >>> f["done_on"], f["short_on"], f["said"]
    ('2023-07-15', '2023-07-02', '2023-05-102023-06-01b2023-06-019999-12-31o')
    """
    due_day = to_date(due)
    need = 100.0 if required is None else float(required)
    dated = sorted(((d, r) for r in records for d in [to_date(r.as_of)] if d is not None), key=lambda x: x[0])
    done_on = min((d for d, r in dated if r.status == "done"), default=None)
    short_on = None if due_day is None else min(
        (d for d, r in dated if d >= due_day and r.percent is not None and float(r.percent) < need), default=None)
    return {"done_on": _iso(done_on), "short_on": _iso(short_on), "said": _said(dated, due_day, done_on)}


def _said(dated: list, due_day: Optional[dt.date], done_on: Optional[dt.date]) -> Optional[str]:
    """The intervals of :func:`work_facts`'s ``said`` from the records sorted by date; None when none.

    A day's word is the first letter said that day ("" when none); an interval runs to the next
    day with a record.  Days from ``done_on`` or after the due date are left out: on those,
    :func:`judge` answers done or overdue before it reads ``said``, so the last interval runs on.
    """
    codes: dict[dt.date, set] = {}
    for d, r in dated:
        codes.setdefault(d, set()).add(SAID_CODE.get(r.status, ""))
    days = [d for d in sorted(codes) if (done_on is None or d < done_on) and (due_day is None or d <= due_day)]
    spans: list[list[str]] = []
    for d in days:
        word = min(codes[d] - {""}, default="")
        if spans and spans[-1][2] == word:
            continue  # the same word again: the interval goes on
        if spans:
            spans[-1][1] = d.isoformat()
        spans.append([d.isoformat(), _NEVER, word])
    return "".join(a + b + c for a, b, c in spans if c) or None


def _iso(day: Optional[dt.date]) -> Optional[str]:
    return day.isoformat() if day is not None else None


def judge(due: Day, facts: dict, as_of: Day = None) -> str:
    """The status on ``as_of`` (default today) of a work due on ``due`` from its :func:`work_facts`:
    what the named queries do in Cypher (queries/status.cypher).

    >>> judge("2023-06-30", {"done_on": None, "short_on": None, "said": "2023-05-102023-06-01b"}, "2023-05-20")
    'behind'
    """
    day = to_date(as_of) or dt.date.today()
    due_day, done_on = to_date(due), to_date(facts.get("done_on"))
    if done_on is not None and done_on <= day:
        return "done_late" if due_day is not None and done_on > due_day else "done"
    if due_day is not None and due_day < day:
        short_on = to_date(facts.get("short_on"))
        return "missed" if short_on is not None and short_on <= day else "overdue"
    said, iso, w = facts.get("said") or "", day.isoformat(), SAID_WIDTH
    for i in range(0, len(said), w):
        if said[i:i + 10] <= iso < said[i + 10:i + 20]:
            return SAID_STATUS[said[i + 20]]
    return "unknown"


def colour(status: str, due: Day = None, as_of: Day = None, soon: int = SOON_DAYS) -> str:
    """Red, yellow, green or grey for a status on ``as_of`` (default today)."""
    if status in ("overdue", "missed", "behind"):
        return "red"
    if status not in DONE:
        due_day, day = to_date(due), to_date(as_of) or dt.date.today()
        if due_day is not None and day <= due_day <= day + dt.timedelta(days=soon):
            return "yellow"
    if status in DONE or status == "on_track":
        return "green"
    return "grey"


def latest(records: Iterable[Record]) -> Optional[Record]:
    """The newest record, whatever day it is (the ``status`` shown on a commitment node).

    The latest date wins; undated records come last; a tie is settled by a fixed
    order of what the records say, so the answer does not depend on reading order.
    """
    recs = list(records)
    if not recs:
        return None
    return max(recs, key=lambda r: (str(to_date(r.as_of) or ""), r.status == "done", str(r.source or ""),
                                    str(r.status or ""), float(r.percent if r.percent is not None else -1),
                                    str(r.text or "")))


def required_percent(targets: Iterable[dict]) -> Optional[float]:
    """The completion percent a work's targets ask for: the highest ``>=``/``=`` value in %, else None (100).

    >>> required_percent([{"op": ">=", "value": 80.0, "unit": "%"}, {"op": "=", "value": 2000.0, "unit": "户"}])
    80.0
    """
    vals = [float(t["value"]) for t in targets
            if t.get("unit") == "%" and t.get("op") in (">=", "=", ">") and t.get("value") is not None
            and 0 < float(t["value"]) <= 100]
    return max(vals) if vals else None


def statuses(graph, as_of: Day = None) -> dict[str, str]:
    """The status on ``as_of`` of every commitment of ``graph`` (a :class:`kg.graph.Graph`): that of its work.

    The work of a commitment is its canonical commitment (``RESTATES``) and
    every restatement of that; its records are their ``Progress`` nodes.  A
    graph without progress records (built by hand, or by an older version)
    has the newest progress on the commitment node: it counts as a record of
    its ``as_of`` date, or, when it has none, of the due date (or of the day,
    before the due date).

    >>> from kg.graph import Graph
    >>> g = Graph()
    >>> g.add_node("Commitment", "commitment:1", task="修路", due="2023-06-30", work_due="2023-06-30")
    >>> g.add_node("Commitment", "commitment:2", task="道路修建", due="2023-06-30")
    >>> g.add_edge("RESTATES", "commitment:2", "commitment:1", score=0.8, why="actor 县交通局")
    >>> g.add_node("Progress", "progress:1", status="done", as_of="2023-07-10")
    >>> g.add_edge("HAS_PROGRESS", "commitment:2", "progress:1")
    >>> sorted(statuses(g, "2023-07-01").values()), sorted(statuses(g, "2023-08-01").values())
    (['overdue', 'overdue'], ['done_late', 'done_late'])
    """
    day = to_date(as_of) or dt.date.today()
    canon: dict[str, str] = {}
    records: dict[str, list[Record]] = {}
    for e in graph.edges.values():
        if e.type == "RESTATES":
            canon[e.src] = e.dst
        elif e.type == "HAS_PROGRESS" and e.dst in graph.nodes:
            p = graph.nodes[e.dst].props
            records.setdefault(e.src, []).append(Record(p.get("status"), p.get("percent"), p.get("as_of")))
    members: dict[str, list[str]] = {}
    for n in graph.nodes_of("Commitment"):
        members.setdefault(canon.get(n.id, n.id), []).append(n.id)
    out: dict[str, str] = {}
    for work, ids in members.items():
        head = graph.nodes[work].props if work in graph.nodes else graph.nodes[ids[0]].props
        recs = [r for i in ids for r in records.get(i, [])]
        due = head.get("work_due") or head.get("due")
        if not recs:  # no records: the newest progress the nodes show, undated ones known by the deadline
            when = min(day, to_date(due) or day)
            recs = [Record(graph.nodes[i].props.get("status"), graph.nodes[i].props.get("percent"),
                           graph.nodes[i].props.get("as_of") or when)
                    for i in ids if graph.nodes[i].props.get("status")]
        s = status_as_of(due, recs, day, head.get("required"))
        for i in ids:
            out[i] = s
    return out
