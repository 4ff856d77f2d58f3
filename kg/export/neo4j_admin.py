"""CSV files for ``neo4j-admin database import full``: the fastest way to load a big graph.

``kg export --format neo4j-admin --out DIR`` writes::

    DIR/nodes/Person.header.csv      id:ID,:LABEL,kind,name,post
    DIR/nodes/Person.csv             one row per node (and so on for every label)
    DIR/relationships/LEADS.header.csv   :START_ID,:END_ID,:TYPE,role
    DIR/relationships/LEADS.csv
    DIR/import.sh                    the neo4j-admin command for these files
    DIR/constraints.cypher           the id constraints and indexes, to run after the import

Node ids are globally unique strings (``person:…``, ``commitment:…``), so all
labels share one ID space.  Columns are typed (``due:date``, ``percent:double``,
``speech:long``); a missing value is an empty field (no property), an empty
string is ``""``.  Text may span lines: import with ``--multiline-fields=true``
(``import.sh`` does).
"""
from __future__ import annotations

import csv
import io
import shlex
from pathlib import Path
from typing import Any, Iterable, Union

from ..errors import NeedsDirectory
from ..graph_schema import NODES, RELS
from ..values import typed
from .source import as_source

#: tells :meth:`kg.api.KnowledgeGraph.export` that ``out`` is a folder, not a file
WRITES_DIRECTORY = True
#: tells it to hand a store read in pages, not a whole graph
STREAMS = True

TYPES = {"STRING": "", "DATE": ":date", "DOUBLE": ":double", "INT64": ":long"}


def node_header(label: str) -> list[str]:
    cols = ["id:ID", ":LABEL"]
    cols += [f"{p}{TYPES[t]}" for p, t in NODES[label].items() if p != "id"]
    return cols


def rel_header(rel: str) -> list[str]:
    return [":START_ID", ":END_ID", ":TYPE"] + [f"{p}{TYPES[t]}" for p, t in RELS[rel].props]


class _Writer:
    """csv with every string quoted and ``None`` as an empty, unquoted field."""

    def __init__(self, f):
        self.f = f

    def row(self, values: Iterable[Any]) -> None:
        out = []
        for v in values:
            if v is None:
                out.append("")
            elif isinstance(v, (int, float)):
                out.append(repr(v) if isinstance(v, float) else str(v))
            else:
                out.append('"' + str(v).replace('"', '""') + '"')
        self.f.write(",".join(out) + "\n")


def _header(path: Path, cols: list[str]) -> None:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cols)
    path.write_text(buf.getvalue(), encoding="utf-8")


def write(graph: Any, out: Union[str, Path, Any], **_options) -> dict[str, int]:
    """Write the import files of ``graph`` into the folder ``out``; return rows per file stem.

    ``graph`` is a :class:`Graph` or a source of :mod:`kg.export.source`
    (a store read in pages): rows are written as they are read."""
    if not isinstance(out, (str, Path)):
        raise NeedsDirectory("the neo4j-admin format writes a folder of CSV files: give --out DIR")
    src = as_source(graph)
    root = Path(out)
    (root / "nodes").mkdir(parents=True, exist_ok=True)
    (root / "relationships").mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    node_args, rel_args = [], []
    for label, schema in NODES.items():
        props = [(p, t) for p, t in schema.items() if p != "id"]
        rows = ([n.id, label] + [typed(t, n.props.get(p)) for p, t in props] for n in src.nodes_of(label))
        n = _rows(root / "nodes" / label, node_header(label), rows)
        if n:
            written[label] = n
            node_args.append(f"--nodes=nodes/{label}.header.csv,nodes/{label}.csv")
    for rel in RELS.values():
        rows = ([e.src, e.dst, rel.name] + [typed(t, e.props.get(p)) for p, t in rel.props]
                for e in src.edges_of(rel.name))
        n = _rows(root / "relationships" / rel.name, rel_header(rel.name), rows)
        if n:
            written[rel.name] = n
            rel_args.append(f"--relationships=relationships/{rel.name}.header.csv,relationships/{rel.name}.csv")
    (root / "import.sh").write_text(import_script(node_args + rel_args), encoding="utf-8")
    (root / "import.sh").chmod(0o755)
    from ..store.neo4j import schema_statements

    (root / "constraints.cypher").write_text(";\n".join(schema_statements()) + ";\n", encoding="utf-8")
    return written


def _rows(stem: Path, header: list[str], rows: Iterable[list]) -> int:
    """Write ``stem.csv`` (and ``stem.header.csv``) when there is a row; return how many."""
    n, f = 0, None
    try:
        for row in rows:
            if f is None:
                _header(stem.with_name(stem.name + ".header.csv"), header)
                f = open(stem.with_name(stem.name + ".csv"), "w", encoding="utf-8", newline="")
                w = _Writer(f)
            w.row(row)
            n += 1
    finally:
        if f is not None:
            f.close()
    return n


def import_args(files: list[str]) -> list[str]:
    """The options of ``neo4j-admin database import full DB`` for these ``--nodes``/``--relationships``.

    The database name goes before them: after a ``--relationships`` list it would be read as a file.
    """
    return ["--overwrite-destination=true", "--multiline-fields=true", "--id-type=string", *files]


def import_script(files: list[str]) -> str:
    args = " \\\n  ".join(shlex.quote(a) for a in import_args(files))
    return f"""#!/bin/sh
# Load these files into a stopped Neo4j 5 (the database is replaced), then start it and
# run constraints.cypher (cypher-shell -f constraints.cypher).
#   ./import.sh                 # database "neo4j", neo4j-admin on PATH
#   NEO4J_ADMIN=/path/bin/neo4j-admin ./import.sh mydb
# In Docker: mount this folder as /import and run it there (docs/neo4j.md).
set -e
cd "$(dirname "$0")"
exec "${{NEO4J_ADMIN:-neo4j-admin}}" database import full "${{1:-neo4j}}" \\
  {args}
"""
