"""The Neo4j Browser style (GraSS) with the colours of ``kg viz``.

``docs/neo4j-browser.grass`` is this module's output; drag it onto the
Neo4j Browser (or ``:style`` then paste) after ``kg push``.  Neo4j Browser
colours by label, not by property, so commitments get one colour there
(the ``unknown`` status grey); the page and the PNG colour them by status.

    python -m kg.viz.grass > docs/neo4j-browser.grass
"""
from __future__ import annotations

from .style import EDGE_STYLES, KIND_COLORS, STATUS_COLORS, rgb

LABELS = {"Person": "person", "Organization": "organization", "Project": "project",
          "Commitment": "commitment", "Target": "target", "Document": "document"}
CAPTIONS = {"Person": "{name}", "Organization": "{name}", "Project": "{name}", "Commitment": "{task}",
            "Target": "{text}", "Document": "{title}"}
DIAMETERS = {"Person": 60, "Organization": 55, "Project": 65, "Commitment": 45, "Target": 35, "Document": 40}


def _darker(color: str, f: float = 0.7) -> str:
    r, g, b = rgb(color)
    return "#%02x%02x%02x" % (int(r * f), int(g * f), int(b * f))


def _text_color(color: str) -> str:
    r, g, b = rgb(color)
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "#ffffff"


def grass() -> str:
    """The style sheet text."""
    # no comments: the Browser's GraSS parser does not skip them
    out = ["node {\n  diameter: 50px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
           "  text-color-internal: #FFFFFF;\n  font-size: 10px;\n}", "",
           "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 8px;\n  padding: 3px;\n"
           "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: \"<type>\";\n}", ""]
    for label, kind in LABELS.items():
        color = STATUS_COLORS["unknown"] if kind == "commitment" else KIND_COLORS[kind]
        out += [f"node.{label} {{", f"  color: {color};", f"  border-color: {_darker(color)};",
                f"  text-color-internal: {_text_color(color)};", f"  diameter: {DIAMETERS[label]}px;",
                f"  caption: \"{CAPTIONS[label]}\";", "}", ""]
    for rel, (color, _style, _dashes, _ls, width) in EDGE_STYLES.items():
        out += [f"relationship.{rel} {{", f"  color: {color};", f"  shaft-width: {max(1, round(width))}px;",
                "  caption: \"<type>\";", "}", ""]
    for rel in ("HAS_TARGET", "STATED_IN"):
        out += [f"relationship.{rel} {{", "  color: #cccccc;", "  shaft-width: 1px;", "  caption: \"<type>\";", "}", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(grass(), end="")
