"""kg status, kg history, kg workload: how the work stands on a date, and what was said about it."""
from __future__ import annotations

import click

from .format import render
from .options import format_option, neo4j_options, open_for_command as _open, store_option

_AS_OF = click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
                      help="The date to judge by (default: today); only reports dated by then count.")


_LIMIT = click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
                      help="At most N rows, the first in order (default: 1000; 0: all); "
                           "how many were left out is said on stderr.")


def _show(rows: list[dict], columns: list[str], fmt: str) -> None:
    click.echo(render(columns, [[r.get(c) for c in columns] for r in rows], fmt))


def _listed(g, name: str, limit, fmt: str, columns: list[str], **params) -> None:
    """Run the listing query ``name``; show its rows, and on stderr what its limit left out."""
    from ..queries import get_query, left_out

    res = g.run(name, limit=limit, **params)
    _show(res.records(), columns, fmt)
    note = left_out(get_query(name), res, limit, "--limit 0")
    if note:
        click.echo(note, err=True)


@click.command()
@_AS_OF
@click.option("--place", default=None, metavar="P", help="Only works stated in documents of this place.")
@_LIMIT
@store_option
@neo4j_options
@format_option("table", "json", "csv")
def status(as_of, place, limit, store, neo4j_uri, user, password, database, fmt):
    """How every piece of work stands on a date, each once (docs/status.md),
    earliest deadline first: the first 1000 unless --limit.

    \b
    kg status --as-of 2023-11-01
    kg status --as-of 2023-11-01 --place 东湖区 --format csv --limit 0
    """
    with _open(store, neo4j_uri, user, password, database, read_only=True) as g:
        _listed(g, "status", limit, fmt, ["task", "due", "status", "colour", "sources", "source", "id"],
                as_of=as_of, place=place or "")


@click.command()
@click.argument("ref")
@store_option
@neo4j_options
@format_option("table", "json", "csv")
def history(ref, store, neo4j_uri, user, password, database, fmt):
    """Everything said about one piece of work, in date order, with sources.

    REF is the id of any of its commitments (kg status shows them) or a part of its task.
    """
    with _open(store, neo4j_uri, user, password, database, read_only=True) as g:
        rows = g.history(ref)
    _show(rows, ["date", "source", "task", "due", "status", "percent", "progress", "evidence"], fmt)


@click.command()
@_AS_OF
@_LIMIT
@store_option
@neo4j_options
@format_option("table", "json", "csv")
def workload(as_of, limit, store, neo4j_uri, user, password, database, fmt):
    """Per leader and organization, on a date: works open, due within 30 days, overdue, missed,
    done on time and done late (each work once), with the colour; the 1000 busiest unless --limit."""
    import datetime as dt

    with _open(store, neo4j_uri, user, password, database, read_only=True) as g:
        _listed(g, "workload", limit, fmt, ["actor", "kind", "place", "works", "open", "due_soon", "overdue", "missed",
                                            "done", "done_late", "colour"],
                as_of=as_of or dt.date.today().isoformat())
