"""kg push: copy the embedded store to a Neo4j server."""
from __future__ import annotations

import sys

import click

from ..store.neo4j import DEFAULT_BATCH_SIZE
from .options import neo4j_target, store_option


#: where to push: --neo4j defaults to NEO4J_URI
push_target_options = neo4j_target(
    "NEO4J_URI", "The Neo4j server to push to: bolt://, neo4j:// (routing), +s for TLS (env NEO4J_URI).")


@click.command()
@store_option
@push_target_options
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE, show_default=True,
              help="Rows per transaction.")
@click.option("--prune", is_flag=True, help="Then delete the server's nodes the store does not have.")
@click.option("-q", "--quiet", is_flag=True, help="No progress, no summary.")
def push(store, neo4j_uri, user, password, database, batch_size, prune, quiet):
    """Copy the embedded store to Neo4j (--neo4j URI or NEO4J_URI).

    Nodes and relations are MERGEd by id in batches, one transaction each:
    pushing twice changes nothing, and a push that was cut off completes
    when run again.

    \b
    kg push --neo4j bolt://localhost:7687 --password secret
    NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=… kg push
    """
    from ..store import neo4j_settings
    from ..store.neo4j_push import push as push_graph

    uri, auth, database = neo4j_settings(neo4j_uri, user, password, database)
    on_batch = None
    if not quiet and sys.stderr.isatty():
        done = [0]

        def on_batch(rows: int) -> None:
            done[0] += rows
            click.echo(f"\r{done[0]:,} rows", nl=False, err=True)
    report = push_graph(uri, store=store, auth=auth, database=database, batch_size=batch_size, prune=prune,
                        on_batch=on_batch)
    if on_batch:
        click.echo("", err=True)
    if not quiet:
        click.echo(report.summary())
