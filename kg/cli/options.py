"""Options shared by several commands."""
from __future__ import annotations

import click

def _keep_wait(ctx: click.Context, _param, value):
    ctx.meta["kg.wait"] = value
    return value


_wait_option = click.option(
    "--wait", type=click.FloatRange(min=0), default=10.0, show_default=True, envvar="KG_WAIT",
    metavar="SECONDS", expose_value=False, callback=_keep_wait,
    help="Seconds to wait while another kg process writes to the store (env KG_WAIT; 0: fail at once).")
_store_path_option = click.option(
    "--store", "store", envvar="KG_STORE", default=".kg", show_default=True,
    type=click.Path(file_okay=False), help="Folder of the embedded store (env KG_STORE).")


def store_option(f):
    """Options --store PATH and --wait SECONDS (read back with :func:`wait_seconds`)."""
    return _store_path_option(_wait_option(f))


def wait_seconds() -> float:
    """The --wait of the running command (10 s where the command has none)."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get("kg.wait", 10.0) if ctx is not None else 10.0


def format_option(*choices: str, default: str = "table"):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


def neo4j_target(uri_envvar=None, uri_help="Run against Neo4j at URI (bolt://, neo4j://, +s variants) "
                                         "instead of the embedded store."):
    """Options --neo4j URI, --user, --password, --database (NEO4J_* variables)."""
    def decorate(f):
        # no envvar=: kg.store.neo4j_settings reads NEO4J_* (one place for the library and the CLI)
        f = click.option("--database", default=None,
                         help="Neo4j database (env NEO4J_DATABASE; default: the server's default).")(f)
        f = click.option("--password", default=None,
                         help="Neo4j password (env NEO4J_PASSWORD).")(f)
        f = click.option("--user", default=None,
                         help="Neo4j user (env NEO4J_USERNAME; default neo4j).")(f)
        return click.option("--neo4j", "neo4j_uri", envvar=uri_envvar, metavar="URI", default=None,
                            help=uri_help)(f)
    return decorate


#: for reading commands: Neo4j only when --neo4j is given
neo4j_options = neo4j_target()


def open_for_command(store: str, neo4j_uri=None, user=None, password=None, database=None, read_only=False,
                     **store_options):
    """The graph a command works on: Neo4j at ``neo4j_uri`` (read-only, settings from
    :func:`kg.store.neo4j_settings`), else the embedded store (waiting --wait seconds for a writer)."""
    from ..api import open_graph
    from ..store import neo4j_settings

    if neo4j_uri:
        uri, auth, database = neo4j_settings(neo4j_uri, user, password, database)
        return open_graph(neo4j=uri, read_only=True, auth=auth, database=database)
    return open_graph(store, read_only=read_only, wait=wait_seconds(), **store_options)


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        k, sep, v = p.partition("=")
        if not sep or not k:
            raise click.BadParameter(f"{p!r} is not KEY=VALUE", param_hint="--param")
        out[k.strip()] = v
    return out
