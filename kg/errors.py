"""User-facing errors.  The library raises these; the CLI maps them to exit codes.

Messages name the file, the line and the next action.
"""
from __future__ import annotations

from typing import Optional


class KGError(Exception):
    """Base of every error the user should see as a one-line message."""

    exit_code = 1

    def __init__(self, message: str, *, source: Optional[str] = None, line: Optional[int] = None):
        self.message = message
        self.source = source
        self.line = line
        super().__init__(self.format())

    def format(self) -> str:
        where = ""
        if self.source is not None:
            where = f"{self.source}"
            if self.line is not None:
                where += f", line {self.line}"
            where += ": "
        return where + self.message


class InputError(KGError):
    """A file that cannot be read: missing, empty, binary, wrong encoding, unknown kind."""
    exit_code = 2


class SchemaError(InputError):
    """A record or table row that does not follow the documented schema."""


class OutputError(KGError):
    """An output that cannot be written: a folder where a file is asked, a missing
    parent folder, an existing file without --force, a full disk."""
    exit_code = 2


class StoreUnavailable(KGError):
    """A store that cannot be opened or reached (locked file, server down, bad password)."""
    exit_code = 3


class RecoveryPending(StoreUnavailable):
    """A read-only open refused because the log of a writer that died must be replayed
    first; the embedded store replays it and opens again, so it never reaches the user."""


class StoreError(KGError):
    """A write the store refused; the transaction was rolled back."""
    exit_code = 3


class QueryError(KGError):
    """An unknown named query, a missing parameter, a write clause in a read-only query."""
    exit_code = 4


class NoSuchCommitment(QueryError):
    """``kg history REF``: no commitment has that id or a task containing that text."""


class AmbiguousCommitment(QueryError):
    """``kg history TEXT``: the text names several pieces of work; the message lists them with their ids."""


class ReviewFileError(InputError):
    """A line of a review file (``.kg/review.tsv``) that is not ``DECISION<TAB>ID<TAB>ID``; names the file and line."""


class UnknownFormat(InputError):
    """An export format kg does not write (the message lists those it does)."""


class VizError(InputError):
    """A picture filter that selects nothing, an unknown status, a bad --as-of."""


class NeedsDirectory(OutputError):
    """A format that writes a folder of files, given a file object."""


class MissingPart(KGError):
    """A part kg needs is not installed (vis-network from pyvis, a CJK font)."""
    exit_code = 3


class LibraryMissing(MissingPart):
    """vis-network, which the network page inlines, is not installed."""


class FontMissing(MissingPart):
    """No CJK font for pictures and the page."""


class ValidationFailed(KGError):
    """An RDF graph that does not conform to the SHACL shapes; the message is the report."""
    exit_code = 5


class IngestFailed(KGError):
    """Some files of an ingest were refused; the others were stored.

    ``report`` is the :class:`kg.ingest.IngestReport` of the run, ``errors``
    one error per file not stored (nothing of it was).  The exit code is the
    highest of theirs (2 bad input, 3 store).
    """

    def __init__(self, report):
        self.report = report
        self.errors = list(report.failed)
        self.exit_code = max(e.exit_code for e in self.errors)
        total = report.files + len(self.errors)
        lines = [f"{len(self.errors)} of {total} file(s) not ingested, nothing of them stored:"]
        lines += [f"  {e.format()}" for e in self.errors]
        super().__init__("\n".join(lines))
