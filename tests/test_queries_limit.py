"""The listing queries' ``limit``: the first works in the query's order, and the count of all of them."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import QueryError
from kg.queries import ALL, LIMIT, get_query, list_queries

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LISTING = {"status": "works", "overdue": "works", "commitments": "works", "workload": "actors"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("store"))
    with kg.open_graph(path) as g:
        g.ingest([str(EXAMPLES)])
    return path


def test_the_listing_queries_take_a_limit_and_count_what_they_list():
    for q in list_queries():
        assert ("limit" in q.params) == (q.name in LISTING) == bool(q.count), q.name
        if q.name in LISTING:
            assert q.param_help[q.params.index("limit")].startswith(f"at most this many {LISTING[q.name]}")
            assert "(default: 1000; 0: all)" in q.param_help[q.params.index("limit")]
    assert LIMIT == 1000


def test_limit_binds_to_a_number():
    q = get_query("status")
    assert q.bind({"as_of": "2023-07-01"})["limit"] == LIMIT
    assert q.bind({"as_of": "2023-07-01", "limit": "0"})["limit"] == ALL
    assert q.bind({"as_of": "2023-07-01", "limit": 5})["limit"] == 5
    for bad in ("-1", "ten"):
        with pytest.raises(QueryError, match="not a number of rows"):
            q.bind({"as_of": "2023-07-01", "limit": bad})


@pytest.mark.parametrize("name", sorted(LISTING))
def test_a_limit_gives_the_first_works_of_the_whole_answer(store, name):
    with kg.open_graph(store, read_only=True) as g:
        whole = g.run(name, as_of="2023-11-01", limit=0)
        assert whole.total is None and whole.rows  # nothing left out: nothing to count
        first = g.run(name, as_of="2023-11-01", limit=2)
        default = g.run(name, as_of="2023-11-01")
    key = (lambda r: r[0]) if name == "workload" else (lambda r: (r[whole.columns.index("due")], r[whole.columns.index("task")]))
    assert default.rows == whole.rows  # the examples are fewer than 1000
    assert first.columns == whole.columns
    works = list(dict.fromkeys(key(r) for r in whole.rows))
    assert first.total == default.total == len(works)
    assert list(dict.fromkeys(key(r) for r in first.rows)) == works[:2]
    assert first.rows == [r for r in whole.rows if key(r) in works[:2]]


def test_the_commands_say_what_the_limit_left_out(store):
    def run(*args):
        return CliRunner().invoke(cli, [*args, "--store", store], catch_exceptions=False)

    r = run("status", "--as-of", "2023-07-01", "--limit", "3", "--format", "csv")
    assert r.exit_code == 0
    assert len(r.stdout.splitlines()) == 4  # the header and 3 works
    assert r.stderr == "the first 3 of 11 works (limit 3; --limit 0 lists them all)\n"
    r = run("query", "workload", "-p", "as_of=2023-11-01", "-p", "limit=1", "--format", "csv")
    assert r.stderr.startswith("the first 1 of ") and r.stderr.endswith(" actors (limit 1; -p limit=0 lists them all)\n")
    assert run("status", "--as-of", "2023-07-01", "--limit", "0").stderr == ""
    assert run("status", "--as-of", "2023-07-01").stderr == ""
