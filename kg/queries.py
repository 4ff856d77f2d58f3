"""Named queries: the ``queries/*.cypher`` files shipped with the package.

Each file starts with ``//`` comment lines: the first says what it answers,
``// param NAME: meaning`` lines list its parameters.  The same text runs on
the embedded store and on Neo4j.

A listing query (``status``, ``overdue``, ``commitments``, ``workload``) takes
``limit``: at most that many works (actors for ``workload``), the first in its
order, :data:`LIMIT` when not given, every one with 0.  Its ``// count:`` lines
are the Cypher that counts them all: :func:`run` runs it when a limit applies
and gives the count as :attr:`QueryResult.total`, so a short answer says what
it left out.  (The count is a statement of its own: carried through the listing
as a column, it cost the engine more than the listing at a million works.)

>>> q = get_query("overdue")
>>> q.params
('as_of', 'limit')
>>> q.bind({"as_of": "2024-01-01"})["limit"], q.bind({"as_of": "2024-01-01", "limit": "0"})["limit"] == ALL
(1000, True)
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Mapping, Optional

from .errors import QueryError

_PARAM = re.compile(r"^//\s*param\s+(\w+)\s*:\s*(.*)$")

#: the rows a listing query returns when no ``limit`` is given (``limit`` 0: all of them)
LIMIT = 1000
#: what ``limit`` 0 sends: more rows than any store holds (the same Cypher runs on Neo4j, whose LIMIT needs a number)
ALL = 2 ** 62
_COUNT = re.compile(r"^//\s*count\s*:\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    param_help: tuple[str, ...]
    cypher: str
    #: a listing query's statement counting what it lists before ``limit`` ("" when it has no limit)
    count: str = ""

    def bind(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Check ``params`` against the declared ones; return the dict to send.

        A parameter whose help ends with ``(default: today)`` is today's date
        when not given; a query that uses ``$soon`` gets the day
        :data:`kg.status.SOON_DAYS` after ``as_of`` (what "due soon" means);
        ``limit`` is :data:`LIMIT` when not given, and 0 means every row.
        """
        params = self._defaults(dict(params))
        self._check(params)
        out = {p: params[p] for p in self.params}
        if "as_of" in out:
            self._dates(out)
        return out

    def _defaults(self, params: dict[str, Any]) -> dict[str, Any]:
        """``limit``, a ``(default: today)`` date and a ``default: any)`` filter filled in when not given."""
        if "limit" in self.params:
            params["limit"] = _limit(params.get("limit"))
        for p, h in zip(self.params, self.param_help):
            if params.get(p) in (None, "") and h.endswith("(default: today)"):
                params[p] = _dt.date.today().isoformat()
            elif params.get(p) is None and h.endswith("default: any)"):
                params[p] = ""
        return params

    def _check(self, params: Mapping[str, Any]) -> None:
        """A clear error for a parameter missing (``--param as_of=…``) or not declared."""
        missing = [p for p in self.params if params.get(p) is None
                   or params.get(p) == "" and not self.param_help[self.params.index(p)].endswith("default: any)")]
        if missing:
            hint = " ".join(f"--param {p}=…" for p in missing)
            raise QueryError(f"query {self.name!r} needs {', '.join(missing)}; add {hint}")
        unknown = sorted(set(params) - set(self.params))
        if unknown:
            raise QueryError(f"query {self.name!r} takes no parameter {', '.join(unknown)}"
                             f" (it takes: {', '.join(self.params) or 'none'})")

    def _dates(self, out: dict[str, Any]) -> None:
        """``as_of`` checked and written YYYY-MM-DD; ``soon`` the day "due soon" ends, when the query uses it."""
        from .status import SOON_DAYS, to_date

        day = to_date(out["as_of"])
        if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(out["as_of"])[:10]):
            raise QueryError(f"as_of {out['as_of']!r} is not a date YYYY-MM-DD")
        out["as_of"] = day.isoformat()  # the queries compare it with dates written as text too
        if "$soon" in self.cypher:
            out["soon"] = (day + _dt.timedelta(days=SOON_DAYS)).isoformat()


def _limit(value: Any) -> int:
    """``limit`` as sent: :data:`LIMIT` when not given, :data:`ALL` for 0."""
    if value is None or value == "":
        return LIMIT
    try:
        n = int(str(value).strip())
    except ValueError:
        n = -1
    if n < 0:
        raise QueryError(f"limit {value!r} is not a number of rows (0 for all of them)")
    return n or ALL


def run(store, name: str, params: Mapping[str, Any]):
    """The named query ``name`` on ``store`` with ``params`` bound (:meth:`NamedQuery.bind`); when
    its ``limit`` applies, :attr:`~kg.store.QueryResult.total` counts what it lists before the limit."""
    q = get_query(name)
    bound = q.bind(params)
    res = store.query(q.cypher, bound)
    if q.count and bound.get("limit", ALL) < ALL:
        used = {k: v for k, v in bound.items() if re.search(rf"\${k}\b", q.count)}
        res.total = store.query(q.count, used).rows[0][0]
    return res


def left_out(q: "NamedQuery", res, limit: Any, how: str = "-p limit=0") -> Optional[str]:
    """What the listing query ``q``'s ``limit`` left out of ``res``, to say beside the rows (None: nothing).

    >>> from kg.store import QueryResult
    >>> left_out(get_query("status"), QueryResult(["task"], [["a"]], total=2), 1)
    'the first 1 of 2 works (limit 1; -p limit=0 lists them all)'
    """
    n = _limit(limit)
    if "limit" not in q.params or res.total is None or res.total <= n:
        return None
    what = re.search(r"at most this many (\w+)", q.param_help[q.params.index("limit")])
    return f"the first {n:,} of {res.total:,} {what.group(1) if what else 'rows'} (limit {n}; {how} lists them all)"


def parse_query(name: str, text: str) -> NamedQuery:
    desc, params, helps, count, body = [], [], [], [], []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("//") and not body:
            m, c = _PARAM.match(s), _COUNT.match(s)
            if m:
                params.append(m.group(1))
                helps.append(m.group(2).strip())
            elif c:
                count.append(c.group(1))
            else:
                desc.append(s[2:].strip())
        elif s:
            body.append(line)
    return NamedQuery(name, " ".join(desc), tuple(params), tuple(helps), "\n".join(body), "\n".join(count))


def list_queries() -> list[NamedQuery]:
    """Every named query, sorted by name."""
    out = []
    for f in sorted(resources.files("queries").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".cypher"):
            out.append(parse_query(f.name[:-7], f.read_text(encoding="utf-8")))
    return out


def get_query(name: str) -> NamedQuery:
    for q in list_queries():
        if q.name == name:
            return q
    names = ", ".join(q.name for q in list_queries())
    raise QueryError(f"no named query {name!r}; the named queries are: {names}")
