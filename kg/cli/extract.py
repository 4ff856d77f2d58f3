"""kg extract: what the text loader reads from a file, without storing it."""
from __future__ import annotations

import json

import click

from ..model import ROLES
from .format import render


@click.command()
@click.argument("path")
@click.option("--encoding", default=None, help="Force a text encoding (default: detected).")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="The document date (default: inferred).")
@click.option("--kind", type=click.Choice(["text", "table", "records"]), default=None,
              help="Input kind, when the file name does not tell.")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
def extract(path, encoding, date, kind, fmt):
    """Print the commitments read from PATH (or - for stdin); nothing is stored.

    --format json follows the contract in docs/schema.md; the same JSON can
    be ingested again with kg ingest FILE.json.
    """
    from pathlib import Path

    from ..contract import to_contract
    from ..ingest import read

    docs = read(path, kind=kind, encoding=encoding, date=date)
    out = to_contract(docs, source=Path(path).name if path != "-" else "-")
    if fmt == "json":
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    rows = []
    for c in out["commitments"]:
        by_role = {r: "、".join(a["name"] for a in c.get("actors", []) if a["role"] == r)
                   for r in ROLES}
        dl = c.get("deadline") or {}
        rows.append([c.get("speech"), c["task"], by_role["lead"], by_role["responsible"], by_role["assist"],
                     dl.get("date") or dl.get("text") or ""])
    click.echo(render(["speech", "task", *ROLES, "deadline"], rows, "table"))
