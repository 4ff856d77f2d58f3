"""Running the kg command in-process, shared by the CLI-level tests."""
from __future__ import annotations

from click.testing import CliRunner, Result

from kg.cli import cli


def kg_cli(*args: str) -> Result:
    """``kg ARGS…`` in-process; exceptions other than ``SystemExit`` propagate."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)
