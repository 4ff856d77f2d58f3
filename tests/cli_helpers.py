"""Running the kg command in-process, shared by the CLI-level tests."""
from __future__ import annotations

import hashlib
from pathlib import Path

from click.testing import CliRunner, Result

from kg.cli import cli


def kg_cli(*args: str) -> Result:
    """``kg ARGS…`` in-process; exceptions other than ``SystemExit`` propagate."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def folder_digest(folder: str) -> str:
    """A hash of every file under ``folder`` (names and bytes): equal digests, untouched files."""
    h = hashlib.sha256()
    for p in sorted(Path(folder).rglob("*")):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()
