"""Already-extracted entities: the JSON of ``kg extract`` (one object) or JSONL.

- ``.json``: one object in the contract of ``docs/schema.md``
  (``{"document": {...}, "commitments": [...]}``), or a list of such objects.
- ``.jsonl`` / ``.ndjson``: one object per line, either a whole contract
  object or a single commitment (then the file is the document).

The JSON Schema is ``records.schema.json`` beside this module.  A malformed record is
an error naming the file and line (JSONL) or the record's index (JSON), and
nothing of the file is stored.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Optional

from kg.errors import InputError, SchemaError
from kg.model import DocumentRecord

from . import read_bytes


def _from_contract(obj, *, source: str, line: Optional[int] = None) -> list[DocumentRecord]:
    from kg.contract import from_contract

    try:
        return from_contract(obj, source=source)
    except SchemaError as e:
        raise SchemaError(e.message, source=source, line=line or e.line) from None


def _text(path: str, encoding: Optional[str]) -> str:
    """The decoded JSON text of a file (UTF-8 unless told), refused when empty."""
    try:
        text = read_bytes(path).decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 JSON ({e.reason} at byte {e.start})", source=path) from None
    if not text.strip():
        raise InputError("the file is empty", source=path)
    return text


def _json_lines(text: str, path: str, name: str, date: Optional[str]) -> list[DocumentRecord]:
    """JSON Lines: a line per document, or a line per commitment (one document of the file)."""
    docs: list[DocumentRecord] = []
    single = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise SchemaError(f"invalid JSON: {e.msg} (column {e.colno})", source=path, line=no) from None
        if isinstance(obj, dict) and "commitments" in obj:
            docs.extend(_from_contract(obj, source=path, line=no))
        else:  # one commitment: validated here, with its own line number
            _from_contract({"commitments": [obj]}, source=path, line=no)
            single.append(obj)
    if single:
        docs.extend(_from_contract({"document": {"source": name, "date": date}, "commitments": single},
                                   source=name))
    return docs


def _json(text: str, path: str, name: str) -> list[DocumentRecord]:
    """A JSON document, or a list of them (a bad one named by its place in the list)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise SchemaError(f"invalid JSON: {e.msg} (column {e.colno})", source=path, line=e.lineno) from None
    objs = obj if isinstance(obj, list) else [obj]
    docs: list[DocumentRecord] = []
    for i, o in enumerate(objs):
        try:
            docs.extend(_from_contract(o, source=name))
        except SchemaError as e:
            where = f"record {i + 1}: " if len(objs) > 1 else ""
            raise SchemaError(where + e.message, source=path, line=e.line) from None
    return docs


def load(path: str, *, encoding: Optional[str] = None, date: Optional[str] = None,
         source: Optional[str] = None) -> Iterator[DocumentRecord]:
    """Read one JSON or JSONL file of extracted entities."""
    name = source or (Path(path).name if path != "-" else "-")
    text = _text(path, encoding)
    if path.lower().endswith((".jsonl", ".ndjson")):
        docs = _json_lines(text, path, name, date)
    else:
        docs = _json(text, path, name)
    if date:
        from dataclasses import replace

        docs = [replace(d, date=date, date_source="option") if not d.date else d for d in docs]
    yield from docs
