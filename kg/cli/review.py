"""kg review: the weak links of the same work, and the decisions a person records on them."""
from __future__ import annotations

import click

from ..review import DEFAULT_BELOW
from .format import render
from .options import format_option, neo4j_options, open_for_command as _open, store_option

_COLUMNS = ["score", "why", "sentence", "source", "canonical_sentence", "canonical_source", "id", "canonical"]
_DECIDE = ("confirm", "reject", "same", "different")


@click.command()
@click.option("--below", type=float, default=DEFAULT_BELOW, show_default=True, metavar="SCORE",
              help="List the links scored below SCORE.")
@click.option("--confirm", nargs=2, default=None, metavar="A B", help="Record that commitments A and B are one work.")
@click.option("--reject", nargs=2, default=None, metavar="A B", help="Record that commitments A and B are not.")
@click.option("--same", nargs=2, default=None, metavar="A B", help="Record that nodes A and B are the same.")
@click.option("--different", nargs=2, default=None, metavar="A B", help="Record that nodes A and B are not.")
@click.option("--note", default="", help="A comment kept with the decision.")
@click.option("--apply", "apply_", is_flag=True,
              help="Link again the works of every commitment the review file names (after editing it).")
@click.option("--file", "file", default=None, type=click.Path(dir_okay=False),
              help="The review file (default: review.tsv in the store's folder).")
@store_option
@neo4j_options
@format_option("table", "json", "csv")
def review(below, confirm, reject, same, different, note, apply_, file, store, neo4j_uri, user, password, database, fmt):
    """Links of the same work below a score, lowest first, to confirm or reject (docs/review.md).

    Each link shows both sentences, both sources, the score and why.  A
    decision is added to the review file and applied at once and at every
    later ingest.

    \b
    kg review --below 0.9
    kg review --reject commitment:3f9a… commitment:81c2…
    kg review --apply            # after editing .kg/review.tsv by hand
    """
    chosen = [(k, v) for k, v in zip(_DECIDE, (confirm, reject, same, different)) if v]
    if len(chosen) > 1:
        raise click.UsageError("give one of --confirm, --reject, --same, --different at a time")
    if chosen:
        kind, (a, b) = chosen[0]
        with _open(store, neo4j_uri, user, password, database) as g:
            path = g.decide(kind, a, b, file=file, note=note)
        click.echo(f"{kind} {a} {b}: recorded in {path}")
        if not a.startswith("commitment:") and kind in ("same", "confirm"):
            click.echo("read the documents naming them again (kg ingest) to merge them")
        return
    if apply_:
        with _open(store, neo4j_uri, user, password, database) as g:
            n = g.apply_review(file=file)
        click.echo(f"{n} commitment(s) linked again")
        return
    with _open(store, neo4j_uri, user, password, database, read_only=True) as g:
        rows = g.review(below=below, file=file)
    click.echo(render(_COLUMNS, [[r.get(c) for c in _COLUMNS] for r in rows], fmt))
