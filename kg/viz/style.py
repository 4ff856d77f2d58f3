"""One palette for every picture of the graph: the HTML page, the static
PNG/SVG, the GEXF export and the Neo4j Browser style (docs/neo4j-browser.grass).

Node kinds have a colour and a shape; commitments are coloured by their
status as of a date instead; the three actor relations have a colour and
a line style.
"""
from __future__ import annotations

from ..model import ROLE_RELATIONS

#: node kind -> fill colour (commitments use STATUS_COLORS instead)
KIND_COLORS = {
    "person": "#1f77b4",
    "organization": "#8c6bb1",
    "post": "#e377c2",
    "project": "#ff7f0e",
    "commitment": "#9e9e9e",
    "target": "#17becf",
    "document": "#bcbd22",
}

#: node kind -> shape: vis-network name, matplotlib marker
KIND_SHAPES = {
    "person": ("dot", "o"),
    "organization": ("square", "s"),
    "post": ("star", "*"),
    "project": ("hexagon", "h"),
    "commitment": ("diamond", "D"),
    "target": ("triangle", "^"),
    "document": ("box", "p"),
}

#: Chinese names of the node kinds, for the legend
KIND_NAMES = {"person": "领导 person", "organization": "单位 organization", "post": "职务 post",
              "project": "项目 project",
              "commitment": "任务 commitment", "target": "目标 target", "document": "文件 document"}

#: commitment status as of a date -> colour; order is the legend's
STATUS_COLORS = {
    "done": "#2ca02c",
    "done_late": "#8fbf3f",
    "on_track": "#1fa8a0",
    "behind": "#f2b701",
    "not_started": "#b0b0b0",
    "overdue": "#d62728",
    "missed": "#8b1a1a",
    "unknown": "#e8e8e8",
}
STATUS_NAMES = {"done": "已完成 done", "done_late": "逾期完成 done late", "on_track": "序时推进 on track",
                "behind": "滞后 behind", "not_started": "未开工 not started", "overdue": "逾期 overdue",
                "missed": "未达目标 missed", "unknown": "未知 unknown"}

#: relation type -> (colour, line style name, vis-network dashes, matplotlib linestyle, width)
EDGE_STYLES = {
    "LEADS": ("#c0392b", "solid", False, "solid", 2.5),
    "RESPONSIBLE_FOR": ("#2471a3", "dashed", [8, 5], "dashed", 1.8),
    "ASSISTS": ("#7f8c8d", "dotted", [2, 4], "dotted", 1.4),
    "CONCERNS": ("#f5b041", "solid", False, "solid", 1.0),
    "PART_OF": ("#bbbbbb", "solid", False, "solid", 0.8),
}
EDGE_NAMES = {"LEADS": "牵头 leads", "RESPONSIBLE_FOR": "责任 responsible", "ASSISTS": "配合 assists",
              "CONCERNS": "涉及项目 concerns", "PART_OF": "隶属 part of"}

#: the relations drawn between the drawn kinds (targets and documents show in the detail panel)
DRAWN_RELS = ROLE_RELATIONS + ("CONCERNS", "PART_OF")
DRAWN_KINDS = ("person", "organization", "project", "commitment")
#: kinds drawn only where they hold a commitment (a post named without a person: 由常务副区长牵头)
ACTOR_ONLY_KINDS = ("post",)
ACTOR_RELS = ROLE_RELATIONS


def node_color(kind: str, status: str | None = None) -> str:
    """Fill colour of a node: by status for commitments, by kind otherwise."""
    if kind == "commitment":
        return STATUS_COLORS.get(status or "unknown", STATUS_COLORS["unknown"])
    return KIND_COLORS.get(kind, "#999999")


def rgb(color: str) -> tuple[int, int, int]:
    """``#rrggbb`` -> (r, g, b)."""
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)
