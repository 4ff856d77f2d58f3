"""Output of rows: an aligned table (CJK-aware widths), JSON or CSV."""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any, Sequence


def width(s: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 40) -> str:
    def clip(s: str) -> str:
        s = s.replace("\n", " ")
        if width(s) <= max_width:
            return s
        out = ""
        for ch in s:
            if width(out + ch) > max_width - 1:
                break
            out += ch
        return out + "…"

    texts = [[clip(cell(v)) for v in r] for r in rows]
    widths = [max([width(c)] + [width(r[i]) for r in texts]) for i, c in enumerate(columns)]
    pad = lambda s, w: s + " " * (w - width(s))  # noqa: E731
    lines = ["  ".join(pad(c, w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in texts]
    return "\n".join(lines)


def render(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows([[cell(v) for v in r] for r in rows])
        return buf.getvalue().rstrip("\n")
    return table(columns, rows)
