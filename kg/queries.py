"""Named queries: the ``queries/*.cypher`` files shipped with the package.

Each file starts with ``//`` comment lines: the first says what it answers,
``// param NAME: meaning`` lines list its parameters.  The same text runs on
the embedded store and on Neo4j.

>>> q = get_query("overdue")
>>> q.params
('as_of',)
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Mapping

from .errors import QueryError

_PARAM = re.compile(r"^//\s*param\s+(\w+)\s*:\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    param_help: tuple[str, ...]
    cypher: str

    def bind(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """Check ``params`` against the declared ones; return the dict to send.

        A parameter whose help ends with ``(default: today)`` is today's date
        when not given; a query that uses ``$soon`` gets the day
        :data:`kg.status.SOON_DAYS` after ``as_of`` (what "due soon" means).
        """
        params = dict(params)
        for p, h in zip(self.params, self.param_help):
            if params.get(p) in (None, "") and h.endswith("(default: today)"):
                params[p] = _dt.date.today().isoformat()
            elif params.get(p) is None and h.endswith("default: any)"):
                params[p] = ""
        missing = [p for p in self.params if params.get(p) is None
                   or params.get(p) == "" and not self.param_help[self.params.index(p)].endswith("default: any)")]
        if missing:
            hint = " ".join(f"--param {p}=…" for p in missing)
            raise QueryError(f"query {self.name!r} needs {', '.join(missing)}; add {hint}")
        unknown = sorted(set(params) - set(self.params))
        if unknown:
            raise QueryError(f"query {self.name!r} takes no parameter {', '.join(unknown)}"
                             f" (it takes: {', '.join(self.params) or 'none'})")
        out = {p: params[p] for p in self.params}
        if "as_of" in out:
            from .status import SOON_DAYS, to_date

            day = to_date(out["as_of"])
            if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(out["as_of"])[:10]):
                raise QueryError(f"as_of {out['as_of']!r} is not a date YYYY-MM-DD")
            out["as_of"] = day.isoformat()  # the queries compare it with dates written as text too
            if "$soon" in self.cypher:
                out["soon"] = (day + _dt.timedelta(days=SOON_DAYS)).isoformat()
        return out


def parse_query(name: str, text: str) -> NamedQuery:
    desc, params, helps, body = [], [], [], []
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("//") and not body:
            m = _PARAM.match(s)
            if m:
                params.append(m.group(1))
                helps.append(m.group(2).strip())
            else:
                desc.append(s[2:].strip())
        elif s:
            body.append(line)
    return NamedQuery(name, " ".join(desc), tuple(params), tuple(helps), "\n".join(body))


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
