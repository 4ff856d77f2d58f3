"""kg ingest, kg query, kg stats, kg export."""
from __future__ import annotations

import contextlib
import json
import sys

import click


from ..errors import IngestFailed, QueryError
from ..ingest import BATCH_FILES, files as list_files
from ..queries import get_query, left_out, list_queries
from ..export import FORMATS as EXPORT_FORMATS
from .format import render
from .options import format_option, neo4j_options, open_for_command as _open, parse_params, store_option


@click.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option("--kind", type=click.Choice(["text", "table", "records"]), default=None,
              help="Input kind, when the file name does not tell (e.g. for - on stdin).")
@click.option("--encoding", default=None, help="Force a text encoding (default: detected).")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="The document date, for relative deadlines.")
@click.option("--source", default=None, metavar="NAME",
              help="What the one document read is (a URL, a name, or the file whose reading it replaces); "
                   "reading with the same --source again replaces it.")
@click.option("--place", default=None, metavar="PLACE",
              help="The place of documents that name none (青石县): their bodies and persons are that place's.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first bad file (the files before it stay stored).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary line (bad files are still listed).")
@click.option("-v", "--verbose", is_flag=True, help="Say, per table, which columns were read as what.")
@click.option("--review", "review", default=None, type=click.Path(dir_okay=False), metavar="FILE",
              help="The review file whose decisions linking applies (default: review.tsv in the store's folder).")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
              help="Read files in this many worker processes (at the lowest priority: they take the cores linking and "
                   "writing leave; a file they have not read when needed, or every file left should a worker die, is "
                   "read by kg itself); one batch is written while the next is read, resolved and linked to it and to "
                   "those before it; written in order: the same graph.")
@click.option("--batch", "batch", type=click.IntRange(1), default=BATCH_FILES, show_default=True,
              help="Store up to this many files in one transaction, linked together (the same graph as one by one; "
                   "1: a transaction per file).")
@click.option("--reread", is_flag=True, help="Read unchanged files again too (they are skipped by default).")
def ingest(paths, store, kind, encoding, date, source, place, fail_fast, quiet, verbose, review, jobs, batch, reread):
    """Read files, folders or - (stdin) into the store.

    Text (.txt .md .html), task tables (.csv .tsv .xlsx) and extracted
    entities (.json .jsonl).  Files are stored in batches of --batch files, one
    transaction each; a file is wholly stored or not at all, and a bad file
    stores nothing.  Every good file is stored; the bad ones are listed
    at the end (file, line, reason) and the exit code is not zero.

    A document is its file's canonical path (a/tasks.csv and b/tasks.csv are
    two), what came on stdin (by its content), or --source.  Ingesting the
    same file again changes nothing (an unchanged file is skipped, unless
    --reread); a changed file replaces its old reading.
    """
    if date:
        from ..extract.docdate import parse_option

        parse_option(date)  # one error for a bad --date, before any file is read
    todo = list_files(paths)
    if source and len(todo) != 1:
        raise click.UsageError(f"--source names one document, but {len(todo)} files were given")
    options = dict(kind=kind, encoding=encoding, date=date, source=source, place=place or None, fail_fast=fail_fast,
                   review=review, jobs=jobs, reread=reread, batch_files=batch)
    failed = None
    with _open(store) as g, (_SayTables() if verbose else contextlib.nullcontext()):
        try:
            if quiet or verbose or len(todo) < 2 or not sys.stderr.isatty():
                report = g.ingest(todo, **options)
            else:
                with click.progressbar(length=len(todo), label="ingesting", file=sys.stderr) as bar:
                    report = g.ingest(todo, **options, on_file=lambda _: bar.update(1))
        except IngestFailed as e:
            report, failed = e.report, e
    if not quiet and (report.files or report.skipped or not failed):
        skipped = f"; {len(report.skipped)} unchanged file(s) skipped" if report.skipped else ""
        click.echo(f"ingested {report.files} file(s): {report.documents} document(s), "
                   f"{report.commitments} commitment(s) into {store}{skipped}")
    if failed:
        raise failed


class _SayTables:
    """While open, echo the table reader's account of its columns (logger ``kg.tables``) on stderr."""

    def __enter__(self):
        import logging

        class Echo(logging.Handler):
            def emit(self, record):
                click.echo(record.getMessage(), err=True)

        self.log, self.handler = logging.getLogger("kg.tables"), Echo()
        self.level = self.log.level
        self.log.addHandler(self.handler)
        self.log.setLevel(logging.INFO)
        return self

    def __exit__(self, *exc):
        self.log.removeHandler(self.handler)
        self.log.setLevel(self.level)


@click.command()
@click.argument("name", required=False)
@click.option("--cypher", default=None, metavar="TEXT", help="Run this read-only Cypher instead of a named query.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@store_option
@neo4j_options
@format_option("table", "json", "csv")
def query(name, cypher, params, list_, store, neo4j_uri, user, password, database, fmt):
    """Run a named query (see --list) or --cypher TEXT, read-only.

    The listing queries (status, overdue, commitments, workload) give the
    first 1000 works (actors for workload) unless -p limit=N (0: all), and say
    on stderr how many they left out.

    \b
    kg query leader_commitments --param name=张伟
    kg query overdue -p as_of=2024-01-01 --format csv
    kg query status -p as_of=2024-01-01 -p limit=0    # every work, not the first 1000
    kg query --cypher "MATCH (p:Project) RETURN p.name AS project"
    """
    if list_:
        qs = list_queries()
        rows = [[q.name, ", ".join(q.params), q.description] for q in qs]
        click.echo(render(["name", "params", "answers"], rows, fmt))
        return
    values = parse_params(params)
    if cypher and name:
        raise click.UsageError("give a query NAME or --cypher TEXT, not both")
    if not cypher and not name:
        raise click.UsageError("give a query NAME (see kg query --list) or --cypher TEXT")
    if not cypher:
        q = get_query(name)
        q.bind(values)  # a missing or unknown parameter fails before the store is opened
    with _open(store, neo4j_uri, user, password, database, read_only=True) as g:
        res = g.cypher(cypher, **values) if cypher else g.run(name, **values)
    click.echo(render(res.columns, res.rows, fmt))
    note = None if cypher else left_out(q, res, values.get("limit"))
    if note:
        click.echo(note, err=True)


@click.command()
@store_option
@neo4j_options
@format_option("table", "json", "csv")
def stats(store, neo4j_uri, user, password, database, fmt):
    """Count nodes per label and relations per type."""
    with _open(store, neo4j_uri, user, password, database, read_only=True) as g:
        counts = g.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, ensure_ascii=False, indent=1))
    else:
        click.echo(render(["kind", "count"], [[k, v] for k, v in counts.items()], fmt))


@click.command()
@click.option("--format", "fmt", required=True, metavar="FORMAT",
              help="One of: " + ", ".join(sorted(EXPORT_FORMATS)) + ".")
@click.option("--out", "-o", default="-", metavar="FILE", help="Output file (default: stdout).")
@click.option("--base", default=None, metavar="IRI", help="Base IRI for RDF formats.")
@click.option("--force", is_flag=True, help="Replace an existing --out file (or write into a folder with files).")
@click.option("--page-size", "page", type=click.IntRange(min=1), default=None, metavar="ROWS",
              help="Rows per read of the store for the formats that stream (default 10000).")
@store_option
@neo4j_options
def export(fmt, out, base, force, page, store, neo4j_uri, user, password, database):
    """Write the whole graph in an exchange format.

    A file is written whole or not at all; an existing one is kept unless --force.
    RDF, JSON and neo4j-admin read the store in pages and write as they go,
    so memory stays flat however big the store; GraphML, GML and GEXF read
    the whole graph first.
    """
    from ..export import exporter
    from ..export.source import BUFFER_POOL_MB

    streams = getattr(exporter(fmt), "STREAMS", False)  # fail on an unknown format before opening anything
    options = {"base": base} if base else {}
    cap = {"buffer_pool_mb": BUFFER_POOL_MB} if streams else {}
    with _open(store, neo4j_uri, user, password, database, read_only=True, **cap) as g:
        if out == "-":
            g.export(fmt, sys.stdout.buffer, page=page, **options)
        else:
            g.export(fmt, out, force=force, page=page, **options)
