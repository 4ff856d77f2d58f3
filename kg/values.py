"""The one place values change shape between Python, the stores and the files.

- :func:`plain`: a value as the CLI and the API show it, the same for every
  store (dates as ISO strings, whole floats as integers);
- :func:`typed`: a value as the graph schema types it (``DATE``, ``DOUBLE``,
  ``INT64``, ``STRING``), for the stores' write path and the files other
  tools read (neo4j-admin CSV, GEXF);
- :func:`attributes`: a node's or relation's properties as attributes of a
  file (missing values dropped, dates as ISO strings), for GraphML, GML and
  the other networkx formats.

>>> plain(_dt.date(2015, 8, 31)), plain(30.0), plain(6.2), plain([1.0, None])
('2015-08-31', 30, 6.2, [1, None])
>>> typed("DOUBLE", 30), typed("INT64", "3"), typed("DATE", _dt.date(2015, 8, 31)), typed("STRING", 5)
(30.0, 3, '2015-08-31', '5')
>>> attributes({"due": _dt.date(2015, 8, 31), "percent": None, "task": "修路"})
{'due': '2015-08-31', 'task': '修路'}
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any


def plain(value: Any) -> Any:
    """One value as the CLI and the API show it, the same for every store."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, (float, Decimal)):
        return int(value) if value == int(value) else float(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime
        return value.iso_format()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def typed(kind: str, v: Any) -> Any:
    """``v`` as the schema type ``kind`` holds it; None stays None."""
    if v is None:
        return None
    if kind == "DOUBLE":
        return float(v)
    if kind == "INT64":
        return int(v)
    if kind == "DATE":
        return v.isoformat() if hasattr(v, "isoformat") else str(v)
    return str(v)


def attributes(props: dict[str, Any]) -> dict[str, Any]:
    """Properties as file attributes: no missing values, dates as ISO strings."""
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in props.items() if v is not None}
