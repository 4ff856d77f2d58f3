"""kg validate, kg sparql: the linked-data view of the graph (see docs/rdf.md).

\b
kg export --format turtle --out kg.ttl && kg validate kg.ttl
kg sparql "SELECT ?task WHERE { ?c a ckg:Commitment ; rdfs:label ?task }"
kg sparql queries/responsibility_chain.rq --format csv
"""
from __future__ import annotations

import os

import click

from .format import render
from .options import format_option, store_option


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--shapes", default=None, type=click.Path(dir_okay=False),
              help="SHACL shapes to check against (default: the shapes shipped in kg/rdf/shapes.ttl).")
@click.option("--input-format", "input_format", default=None,
              type=click.Choice(["turtle", "nt", "json-ld", "xml", "n3", "trig", "nquads"]),
              help="RDF syntax of FILE (default: from the extension; Turtle when it does not tell).")
def validate(file, shapes, input_format):
    """Check an RDF export against the SHACL shapes.

    Exits 0 and prints a summary when FILE conforms; otherwise prints one line
    per violation (node, property, message) and exits 5.

    \b
    kg export --format turtle --out kg.ttl
    kg validate kg.ttl
    """
    from ..rdf import shacl

    data = shacl.load(file, input_format)
    report = shacl.check(data, shapes, source=file)
    click.echo(f"{file}: conforms to {'the shapes' if shapes is None else shapes} ({len(data)} triples)")
    return report


@click.command()
@click.argument("query")
@click.option("--base", default=None, metavar="IRI", help="Base IRI of the node IRIs (as for kg export).")
@click.option("--federated", is_flag=True,
              help="Allow SERVICE and FROM <IRI>, which fetch from other servers (off by default).")
@store_option
@format_option("table", "json", "csv")
def sparql(query, base, federated, store, fmt):
    """Run a SPARQL query (text or a file name) over the store's graph as RDF.

    The graph is exported in memory with the vocabulary of kg export; the
    prefixes ckg, ckgs, org, foaf, schema, time, prov, oa, skos, dcterms,
    rdf, rdfs and xsd need no PREFIX lines.

    \b
    kg sparql "SELECT ?who ?task WHERE { ?a ckg:leads ?c . ?a rdfs:label ?who . ?c rdfs:label ?task }"
    kg sparql chain.rq --format json
    """
    from .. import rdf
    from ..errors import InputError
    from .options import open_for_command

    text = query
    if os.path.isfile(query):
        try:
            with open(query, encoding="utf-8") as f:
                text = f.read()
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"cannot read the query: {e}", source=query) from None
    elif query.endswith((".rq", ".sparql")) or ("{" not in query and os.sep in query):
        raise InputError("no such query file", source=query)
    with open_for_command(store, read_only=True) as g:  # the store read in pages: one copy, rdflib's
        res = rdf.sparql(g.source(), text, base=base, federated=federated)
    click.echo(render(res.columns, res.rows, fmt))
