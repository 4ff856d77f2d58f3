"""Ingest: files → loader records → identity → one store transaction per file.

A file is parsed whole before anything is written, and written in one
transaction, so a bad file stores nothing and leaves earlier files intact.
Re-ingesting a document replaces what it stated before; ingesting the same
file twice changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .errors import StoreError
from .link import link_progress
from .model import DocumentRecord
from .resolve import document_id, resolve
from .store.base import Store


@dataclass
class IngestReport:
    files: int = 0
    documents: int = 0
    commitments: int = 0
    per_file: list[tuple[str, int, int]] = field(default_factory=list)  # (path, documents, commitments)


def read(path: str, *, kind: Optional[str] = None, encoding: Optional[str] = None,
         date: Optional[str] = None) -> list[DocumentRecord]:
    """All records of one file (``-`` for stdin), parsed whole."""
    from loaders import kind_of, loader_for  # loaders import kg: keep this import lazy

    loader = loader_for(kind or kind_of(path))
    return list(loader.load(path, encoding=encoding, date=date))


def ingest(store: Store, paths: Iterable[str], *, kind: Optional[str] = None,
           encoding: Optional[str] = None, date: Optional[str] = None,
           on_file: Optional[Callable[[str], None]] = None) -> IngestReport:
    """Read every file of ``paths`` (files, folders, ``-``) into ``store``."""
    from loaders import expand

    report = IngestReport()
    for path in expand(paths):
        docs = read(path, kind=kind, encoding=encoding, date=date)
        graph = resolve(docs)
        link_progress(store, graph)
        try:
            store.write(graph, replace_documents=[document_id(d.source, d.speech) for d in docs])
        except StoreError as e:
            raise StoreError(e.message, source=path) from None
        n = sum(len(d.commitments) for d in docs)
        report.files += 1
        report.documents += len(docs)
        report.commitments += n
        report.per_file.append((path, len(docs), n))
        if on_file:
            on_file(path)
    return report


def files(paths: Iterable[str]) -> list[str]:
    """The files :func:`ingest` would read, in order."""
    from loaders import expand

    return list(expand(paths))
