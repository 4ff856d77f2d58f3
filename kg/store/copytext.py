"""The text of the files the embedded store's write path loads with ``COPY … FROM``.

Many new nodes or relations of one table go into Ladybug as one file (kg/store/embedded.py
``copy_from``).  :func:`copy_rows` writes it straight from the nodes or relations, a line each, by
a function made for the table's columns (:func:`_line_maker`: one f-string, every column a local,
no list per row), in one of two ways, each read back to exactly the values:

- **separated**: the fields of a row joined by the unit separator ``\\x1f``, rows by ``\\n``,
  nothing quoted; read with ``delim='\\x1f'`` and the quote (and escape) character ``\\x1d``, so
  that commas, quotes (``"``, ``“”``), backslashes and spaces of Chinese text are plain
  characters.  None is an empty field (null), any other value ``f"{v}"`` (``str``: ``2.0``,
  ``2021-06-30``).  About half the cost of making lists of the values and quoting them with
  the CSV writer.  Used when the text shows that no value holds a separator, the quote
  character or a line break: its separators and line ends are counted, one between two fields
  and one after each row.
- **CSV** (:func:`csv_text`): Python's CSV writer (a value with a comma, a quote or a line break
  quoted), read with ``escape='"'``: the rare table where a value holds one of those characters
  (the only way before).

An object with a value that is an empty string is left out of either (an empty field reads as
null): it goes through ``UNWIND`` (the caller's ``_split_for_copy``); so does one whose CSV row
would hold a carriage return (Ladybug 0.22 reads ``"尾\\r"`` followed by another row as a short row).

>>> from kg.graph import Node
>>> rows = [Node("Commitment", "commitment:1", {"text": "修路,3公里", "percent": 2.0}),
...         Node("Commitment", "commitment:2", {"text": '说"好"了', "said": None}),
...         Node("Commitment", "commitment:3", {"text": ""})]
>>> t, left = copy_rows(rows, ("id",), ("text", "percent"))
>>> print(t.text.replace(SEP, "|"), end=""); t.rows, t.options == SEPARATED, [n.id for n in left]
commitment:1|修路,3公里|2.0
commitment:2|说"好"了|
(2, True, ['commitment:3'])
>>> rows[0].props["text"] = "第一行\\n第二行"
>>> t, left = copy_rows(rows, ("id",), ("text", "percent"))
>>> print(t.text, end=""); t.options == CSV_LINES
commitment:1,"第一行
第二行",2.0
commitment:2,"说""好""了",
True
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from typing import NamedTuple, Optional

#: between the fields of a row of a separated file
SEP = "\x1f"
#: the quote and escape character of a separated file (never written: a value holding it is written as CSV)
QUOTE = "\x1d"
#: the ``COPY`` options that read a separated file
SEPARATED = f"delim='{SEP}', quote='{QUOTE}', escape='{QUOTE}', parallel=true"
#: the ``COPY`` options that read a CSV file whose values hold no line break (the parallel reader
#: splits the file at line ends), and one whose values do
CSV = "escape='\"', parallel=true"
CSV_LINES = "escape='\"', parallel=false"


class CopyText(NamedTuple):
    """The text of one ``COPY`` file, its number of rows and the options that read it."""
    text: str
    rows: int
    options: str


def _separated(text: str, rows: int, fields: int) -> bool:
    """Whether ``text`` (``rows`` rows of ``fields`` fields, joined by :data:`SEP`, each ended by ``\\n``)
    holds no separator, quote character or line break inside a value."""
    return (text.count(SEP) == rows * (fields - 1) and text.count("\n") == rows and "\r" not in text
            and QUOTE not in text)


def csv_text(rows: list) -> CopyText:
    """The text of ``rows`` by Python's CSV writer: a value with a comma, a quote or a line break
    quoted, None an empty field, other values ``str``.

    >>> csv_text([["a:1", "x,y", None, 1.5]]).text
    'a:1,"x,y",,1.5\\n'
    """
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    text = buf.getvalue()
    # the parallel reader splits at line ends: only a file without line breaks in a value may use it
    return CopyText(text, len(rows), CSV if text.count("\n") == len(rows) and "\r" not in text else CSV_LINES)


def copy_rows(objects: list, keys: tuple, props: tuple) -> tuple[Optional[CopyText], list]:
    """The text of a ``COPY`` file of ``objects`` (nodes or relations: the attributes ``keys``, ``("id",)``
    or ``("src", "dst")``, then the values of ``props`` in ``.props``), and the objects left out of it
    because a value is an empty string, or in a CSV file holds a carriage return (for ``UNWIND``).
    Separated where the values allow, else CSV.

    >>> from kg.graph import Node
    >>> t, empty = copy_rows([Node("Project", "project:1", {"name": "城南路,二期"}),
    ...                       Node("Project", "project:2", {"name": ""}), Node("Project", "project:3", {})],
    ...                      ("id",), ("name", "kind"))
    >>> print(t.text.replace(SEP, "|"), end=""); [n.id for n in empty]
    project:1|城南路,二期|
    project:3||
    ['project:2']
    """
    lines, empty = _line_maker(tuple(keys), tuple(props))(objects)
    if not lines:
        return None, empty
    text = "\n".join(lines) + "\n"
    if _separated(text, len(lines), len(keys) + len(props)):
        return CopyText(text, len(lines), SEPARATED), empty
    rows, left = [], []  # a value ending in "\r" breaks Ladybug's CSV reader (the next field is lost): UNWIND
    for o in objects:
        row = [*(getattr(o, k) for k in keys), *map(o.props.get, props)]
        if "" in row or any("\r" in v for v in row if isinstance(v, str)):
            left.append(o)
        else:
            rows.append(row)
    return (csv_text(rows) if rows else None), left


@lru_cache(maxsize=None)
def _line_maker(keys: tuple, props: tuple):
    """``lines(objects) -> (lines, left out)``: each object's line of a separated file (None an empty
    field, other values ``f"{v}"``), or the object left out when one of its values is an empty string.
    Made once per table's columns from source text, so that a row costs one f-string (about 0.15 µs
    a field) instead of a list, a loop and the CSV writer's quoting."""
    values = [f"k{i}" for i in range(len(keys))] + [f"v{i}" for i in range(len(props))]
    body = ["def lines(objects):", "    out = []", "    ap = out.append", "    empty = []", "    for o in objects:"]
    body += ["        g = o.props.get"] if props else []
    body += [f"        k{i} = o.{k}" for i, k in enumerate(keys)]
    body += [f"        v{i} = g({p!r})" for i, p in enumerate(props)]
    body += [f"        if '' in ({', '.join(values)},):", "            empty.append(o)", "            continue"]
    fields = "\\x1f".join(f"{{'' if {v} is None else {v}}}" for v in values)
    body += [f'        ap(f"{fields}")', "    return out, empty"]
    scope: dict = {}
    exec("\n".join(body), scope)  # noqa: S102 (names from the graph schema, not from input)
    return scope["lines"]


def row_lines(rows: list, names: tuple) -> tuple[Optional[CopyText], list]:
    """The text of a separated file of parameter rows (dicts: the values of ``names``, in that order) for
    ``LOAD FROM`` (kg/store/embedded.py ``_load_rows``), and the rows left out of it because a value is an
    empty string (an empty field reads as null).  None and every row when a value holds a separator, the
    quote character or a line break (the rows then go through ``UNWIND``).

    >>> t, left = row_lines([{"id": "a:1", "n": 2.5, "s": "甲,乙"}, {"id": "a:2", "n": None, "s": ""},
    ...                      {"id": "a:3", "n": 3, "s": None}], ("id", "n", "s"))
    >>> print(t.text.replace(SEP, "|"), end=""); t.rows, [r["id"] for r in left]
    a:1|2.5|甲,乙
    a:3|3|
    (2, ['a:2'])
    >>> row_lines([{"id": "a:1", "s": "第一行\\n第二行"}], ("id", "s"))[0] is None
    True
    """
    lines, left = _row_line_maker(tuple(names))(rows)
    if not lines:
        return None, left
    text = "\n".join(lines) + "\n"
    if not _separated(text, len(lines), len(names)):
        return None, rows
    return CopyText(text, len(lines), SEPARATED), left


@lru_cache(maxsize=None)
def _row_line_maker(names: tuple):
    """``lines(rows) -> (lines, left out)`` for parameter rows, as :func:`_line_maker` for nodes."""
    values = [f"v{i}" for i in range(len(names))]
    body = ["def lines(rows):", "    out = []", "    ap = out.append", "    left = []", "    for r in rows:"]
    body += [f"        v{i} = r[{n!r}]" for i, n in enumerate(names)]
    body += [f"        if '' in ({', '.join(values)},):", "            left.append(r)", "            continue"]
    fields = "\\x1f".join(f"{{'' if {v} is None else {v}}}" for v in values)
    body += [f'        ap(f"{fields}")', "    return out, left"]
    scope: dict = {}
    exec("\n".join(body), scope)  # noqa: S102 (names from the write path's statements, not from input)
    return scope["lines"]
