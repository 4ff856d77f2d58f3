"""The data the HTML page embeds: vis-network nodes and edges with their
style, and per node the details the side panel shows.

Details are plain JSON: a commitment carries its task, deadline, status,
progress, targets and its sources (document title and the evidence
sentence); actors and projects carry their name and workload, and the
panel lists their commitments by following the edges.
"""
from __future__ import annotations

from typing import Any

from ..model import ROLE_RELATION
from .filters import View, to_date
from .style import EDGE_STYLES, KIND_SHAPES, node_color

_ROLE = {rel: role for role, rel in ROLE_RELATION.items()}


def wrap_label(text: str, width: int = 14) -> str:
    """A node label: long Chinese tasks broken into lines of ``width`` characters."""
    text = str(text)
    if len(text) <= width:
        return text
    lines = [text[i:i + width] for i in range(0, min(len(text), width * 3), width)]
    if len(text) > width * 3:
        lines[-1] = lines[-1][:-1] + "…"
    return "\n".join(lines)


def _target_text(p: dict) -> str:
    if p.get("text"):
        return str(p["text"])
    parts = [p.get("metric"), p.get("op"), p.get("value"), p.get("unit")]
    return " ".join(str(x) for x in parts if x not in (None, ""))


def _iso(value) -> Any:
    d = to_date(value)
    return d.isoformat() if d else value


def _history(g, day) -> dict[str, list[dict]]:
    """Per commitment, the progress records of its whole work dated by ``day``, oldest first."""
    canon = {e.src: e.dst for e in g.edges.values() if e.type == "RESTATES"}
    records: dict[str, list[dict]] = {}
    for e in g.edges.values():
        if e.type == "HAS_PROGRESS" and e.dst in g.nodes:
            p = g.nodes[e.dst].props
            when = to_date(p.get("as_of"))
            if when is not None and when <= day:
                records.setdefault(canon.get(e.src, e.src), []).append({
                    "as_of": when.isoformat(), "status": p.get("status"), "percent": p.get("percent"),
                    "text": p.get("text"), "source": p.get("source")})
    for recs in records.values():
        recs.sort(key=lambda r: (r["as_of"], str(r["source"]), str(r["status"])))
    return {n.id: records.get(canon.get(n.id, n.id), []) for n in g.nodes_of("Commitment")}


def payload(view: View) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...], "details": {id: {...}}, "meta": {...}}`` for the page."""
    g = view.graph
    targets: dict[str, list[str]] = {}
    sources: dict[str, list[dict]] = {}
    for e in g.edges.values():
        if e.type == "HAS_TARGET" and e.dst in g.nodes:
            targets.setdefault(e.src, []).append(_target_text(g.nodes[e.dst].props))
        elif e.type == "STATED_IN":
            doc = g.nodes.get(e.dst)
            dp = doc.props if doc else {}
            sources.setdefault(e.src, []).append({
                "title": dp.get("title") or dp.get("source") or e.dst,
                "source": dp.get("source"), "date": _iso(dp.get("date")),
                "evidence": (g.nodes[e.src].props.get("evidence") if e.src in g.nodes else None) or "",
            })
    history = _history(g, view.as_of)
    nodes, details = [], {}
    for n in view.nodes:
        kind = n.props.get("kind") or ""
        p = n.props
        shape = KIND_SHAPES.get(kind, ("dot", "o"))[0]
        status = view.status.get(n.id)
        color = node_color(kind, status)
        item: dict[str, Any] = {"id": n.id, "kind": kind, "shape": shape, "color": color}
        if kind == "commitment":
            name = str(p.get("task") or p.get("text") or n.id)
            item.update(label=wrap_label(name), size=12, status=status)
            details[n.id] = {
                "kind": kind, "name": name, "due": _iso(p.get("due")), "due_text": p.get("due_text"),
                "status": status, "recorded_status": p.get("status"), "percent": p.get("percent"),
                "progress": p.get("progress_text"), "as_of": _iso(p.get("as_of")),
                "targets": targets.get(n.id, []), "sources": sources.get(n.id, []),
                "text": p.get("text"), "history": history.get(n.id, []),
            }
        else:
            name = str(p.get("name") or n.id)
            work = view.workload.get(n.id, 0)
            item.update(label=wrap_label(name, 12), value=2 + 3 * work if kind != "project" else 4 + 3 * work)
            details[n.id] = {"kind": kind, "name": name, "post": p.get("post"), "workload": work}
        item["title"] = name
        if n.id in view.focus:
            item["borderWidth"] = 4
            item["focus"] = True
        nodes.append(item)
    edges = []
    for e in view.edges:
        color, style, dashes, _, width = EDGE_STYLES[e.type]
        edges.append({"from": e.src, "to": e.dst, "type": e.type, "role": _ROLE.get(e.type),
                      "style": style, "color": color, "dashes": dashes, "width": width,
                      "arrows": "to" if e.type in _ROLE else ""})
    return {"nodes": nodes, "edges": edges, "details": details,
            "meta": {"title": view.title, "as_of": view.as_of.isoformat(), "focus": view.focus,
                     "nodes": len(nodes), "edges": len(edges)}}


def texts(data: dict[str, Any]) -> str:
    """Every string in the payload, for subsetting the embedded font."""
    out: list[str] = []

    def walk(x):
        if isinstance(x, str):
            out.append(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)
    walk(data)
    return "".join(out)
