"""kg viz: draw the commitment network as an interactive page or a picture."""
from __future__ import annotations

from pathlib import Path

import click

from .options import neo4j_options, store_option

from ..status import STATUSES as STATUS_CHOICES  # docs/status.md


@click.command()
@click.option("--out", "-o", default=None, metavar="FILE",
              help="Output file (default: kg-viz.html, or kg-viz.png/.svg with --format).")
@click.option("--format", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
              help="html: one interactive offline page; png/svg: a static picture for reports "
                   "(default: from the --out suffix, else html).")
@click.option("--person", default=None, metavar="NAME", help="Focus on this person: their commitments (any role), the actors and projects of those.")
@click.option("--org", default=None, metavar="NAME", help="Focus on this organization.")
@click.option("--project", default=None, metavar="NAME", help="Focus on this project: its responsibility chain.")
@click.option("--status", "statuses", multiple=True, type=click.Choice(STATUS_CHOICES),
              help="Keep commitments in this status as of --as-of (repeatable).")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
              help="Judge status as of this day (docs/status.md; default: today).")
@click.option("--overdue", is_flag=True, help="Keep only overdue or missed commitments (--status overdue --status missed).")
@click.option("--no-embed-font", "embed_font", flag_value=False, default=True,
              help="Page only: do not embed the CJK font subset (smaller file; relies on the viewer's fonts).")
@click.option("--no-labels", "labels", flag_value=False, default=True, help="png/svg only: draw no labels.")
@click.option("--force", is_flag=True, help="Replace an existing --out file.")
@store_option
@neo4j_options
def viz(out, fmt, person, org, project, statuses, as_of, overdue, embed_font, labels, force, store,
        neo4j_uri, user, password, database):
    """Draw the network of who leads, is responsible for and assists which commitment.

    \b
    kg viz --out network.html                      # everything, interactive
    kg viz --project 滨江路北延工程 --out chain.html  # one project's responsibility chain
    kg viz --person 刘建国 --as-of 2023-10-01 --overdue
    kg viz --format png --out report.png           # static picture, Chinese labels
    """
    from ..viz import select, write_html, write_static
    from .options import open_for_command

    suffix = Path(out).suffix.lower().lstrip(".") if out else ""
    kind = {"htm": "html"}.get(suffix, suffix)
    if suffix and kind not in ("html", "png", "svg"):
        raise click.BadParameter(f"{out}: kg viz writes .html, .png or .svg (kg export writes the data formats)",
                                 param_hint="--out")
    if fmt is None:
        fmt = kind or "html"
    elif kind and kind != fmt:
        raise click.BadParameter(f"{out} does not end in .{fmt} as --format {fmt} writes", param_hint="--out")
    out = out or f"kg-viz.{fmt}"
    with open_for_command(store, neo4j_uri, user, password, database, read_only=True) as g:
        graph = g.graph()
    view = select(graph, person=person, org=org, project=project, status=statuses or None,
                  as_of=as_of, overdue=overdue)
    if fmt == "html":
        write_html(view, out, embed_font=embed_font, force=force)
    else:
        write_static(view, out, format=fmt, labels=labels, force=force)
    click.echo(f"wrote {out}: {len(view.nodes)} nodes, {len(view.edges)} edges, as of {view.as_of.isoformat()}")
