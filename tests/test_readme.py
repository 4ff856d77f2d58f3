"""The README's console blocks are run, and their output must match.

Every ```console block is a sequence of ``$ kg …`` commands, each followed by
its expected output.  They run in order against one fresh store, from the
repository root, as a user would type them.
"""
from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def console_blocks(text: str) -> list[list[tuple[str, str]]]:
    blocks = []
    for body in re.findall(r"```console\n(.*?)```", text, re.S):
        steps: list[tuple[str, list[str]]] = []
        for line in body.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
        blocks.append([(cmd, "\n".join(out)) for cmd, out in steps])
    return blocks


#: node ids hash a document's canonical path, so they differ between checkouts: compared as "an id"
_ID = re.compile(r"\b([a-z]+):[0-9a-f]{16}\b")


def _same(got: str, expected: str) -> bool:
    return _ID.sub(r"\1:<id>", got) == _ID.sub(r"\1:<id>", expected)


def test_readme_console_blocks(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = console_blocks(text)
    assert len(blocks) >= 4
    runner = CliRunner()
    update = os.environ.get("KG_UPDATE_README") == "1"  # maintainers: rewrite the outputs in place
    for block in blocks:
        for cmd, expected in block:
            args = shlex.split(cmd)
            assert args[0] == "kg", cmd
            args = [a.replace("graph.graphml", str(tmp_path / "graph.graphml")) for a in args[1:]]
            result = runner.invoke(cli, args)
            got = result.output.rstrip("\n").replace(str(tmp_path / "store"), ".kg")
            if update and not _same(got, expected):
                old = f"$ {cmd}\n" + (expected + "\n" if expected else "")
                new = f"$ {cmd}\n" + (got + "\n" if got else "")
                assert text.count(old) == 1, cmd
                text = text.replace(old, new)
                continue
            assert _same(got, expected), f"README: $ {cmd}\n--- got ---\n{got}\n--- README ---\n{expected}"
    if update:
        (ROOT / "README.md").write_text(text, encoding="utf-8")


def test_every_command_has_help_and_is_in_the_readme():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = text + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    for name, cmd in cli.commands.items():
        assert cmd.help and cmd.help.strip(), f"kg {name} has no help"
        assert f"kg {name}" in docs, f"kg {name} is not documented in README.md or docs/"
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0
