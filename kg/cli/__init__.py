"""The ``kg`` command: thin wrappers over :mod:`kg.api`.

Each command parses options, calls one library function and formats the
result.  Library errors (:class:`kg.errors.KGError`) become one-line
messages with the error's exit code, no traceback.
"""
from __future__ import annotations

import click

from ..errors import KGError
from . import core, extract, history, neo4j, rdf, viz


class KGGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            err = click.ClickException(e.format())
            err.exit_code = e.exit_code
            raise err from None


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="commitment-kg")
def cli():
    """Commitment-tracking knowledge graph: who leads what, by when, with what target.

    Read speeches, reports, notices and task tables into a graph (kg ingest),
    ask it named questions (kg query), and export it (kg export).  The graph
    lives in an embedded store under ./.kg (move it with --store or KG_STORE);
    kg push copies it to a Neo4j server.
    """


for _cmd in (core.ingest, core.query, core.stats, core.export, extract.extract, neo4j.push, viz.viz,
             rdf.validate, rdf.sparql, history.status, history.history, history.workload):
    cli.add_command(_cmd)


def main() -> None:
    cli(prog_name="kg")
