"""Review of links: the weak ``RESTATES`` links listed for a person, and the decisions they record.

Linking (:mod:`kg.link`) joins statements of the same work by rules; a rule
can be wrong.  ``kg review`` lists the links whose score is below a
threshold (:data:`DEFAULT_BELOW`), lowest first, each with both sentences,
both sources, the score and why.  A person's decisions go in a small review
file, one a line, tab-separated (``#`` starts a comment)::

    reject	commitment:3f9a…	commitment:81c2…	# not the same road
    confirm	commitment:5d0e…	commitment:77ab…
    different	commitment:…	commitment:…      # as reject
    same	commitment:…	commitment:…           # as confirm

A decision names two commitments by id; ids hash the document's key, the
task and which of the document's statements of that task it is
(:func:`kg.resolve.commitment_id`), so they survive reading the same files
again in any order, and an edit of the document elsewhere or of the
commitment's deadline, target or bodies.  The file lives beside the store (``.kg/review.tsv``)
unless another is given.  Linking reads it at every ingest:

- a **rejected** (``different``) pair is never in one work: the rules' links
  are taken strongest first and a link that would join a rejected pair is
  left out, so the group splits and each part gets its own canonical;
- a **confirmed** (``same``) pair is one work even when no rule joins it.

Two persons or two organizations called the ``same`` become one node (the
smaller id; :func:`merge_actors`) in every document read after the
decision.  A later line about the same pair overrides an earlier one.
``different`` of two actors keeps them apart where linking would take one
for the other (a body of unknown place for the one of a known place with the
same name: :func:`kg.link.shared_actors`).

>>> d = parse(["reject\\tcommitment:a\\tcommitment:b", "# note", "", "confirm\\tcommitment:b\\tcommitment:c"])
>>> d.rejected(("commitment:b", "commitment:a")), d.confirmed(("commitment:c", "commitment:b"))
(True, True)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .errors import ReviewFileError

#: links scored below this are listed for review: a rule's links score 0.5 (project) or 0.6 (actor) at least,
#: so below 0.8 are those whose wording is only partly alike, and those joined through another statement
DEFAULT_BELOW = 0.8
#: the review file's name in the store's folder
FILE_NAME = "review.tsv"
DECISIONS = ("confirm", "reject", "same", "different")
_JOIN = {"confirm": True, "same": True, "reject": False, "different": False}


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


@dataclass
class Decisions:
    """The decisions of a review file: per pair of node ids (in either order), join or keep apart."""

    pairs: dict = field(default_factory=dict)  # (a, b) sorted -> True (one work) / False (apart)

    def __bool__(self) -> bool:
        return bool(self.pairs)

    def rejected(self, pair) -> bool:
        return self.pairs.get(_pair(*pair)) is False

    def confirmed(self, pair) -> bool:
        return self.pairs.get(_pair(*pair)) is True

    def ids(self) -> set[str]:
        return {i for p in self.pairs for i in p}

    def joins(self) -> list[tuple[str, str]]:
        return sorted(p for p, v in self.pairs.items() if v)

    def apart(self) -> list[tuple[str, str]]:
        return sorted(p for p, v in self.pairs.items() if not v)


#: the kinds of node whose ``same`` merges them (persons and organizations); commitments are linked instead
ACTORS = ("person", "org")


def actor_merges(decisions: Decisions) -> dict[str, str]:
    """Actor id -> the id it is merged into: each group of ``same`` actors becomes its smallest id."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in decisions.joins():
        if a.split(":")[0] in ACTORS:
            ra, rb = find(a), find(b)
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent if find(x) != x}


def merge_actors(graph, decisions: Decisions, store=None) -> int:
    """Persons and organizations a review called the ``same`` become one node in ``graph`` before it is written.

    The node keeps the smallest id; its properties are those stored (or in
    ``graph``) under that id, gaps filled from the others, so the name is the
    one of the smallest id wherever it is known.  Returns how many nodes were merged away.
    """
    into = actor_merges(decisions) if decisions else {}
    gone = [n for n in list(graph.nodes.values()) if n.id in into]
    if not gone:
        return 0
    for node in gone:
        del graph.nodes[node.id]
        _merge_into(graph, node, into[node.id], store)
    _redirect(graph, into)
    return len(gone)


def _merge_into(graph, node, target: str, store) -> None:
    """``node``'s properties into the node ``target`` of ``graph``: they fill its gaps; a target not in
    ``graph`` is added with its stored properties first, then ``node``'s."""
    keep = graph.nodes.get(target)
    if keep is not None:
        for k, v in node.props.items():
            if keep.props.get(k) is None and v is not None:
                keep.props[k] = v
        return
    stored = _stored(store, node.label, target)
    props = {k: v for k, v in node.props.items() if v is not None and k != "kind"}
    props.update({k: v for k, v in stored.items() if v is not None and k != "kind"})
    graph.add_node(node.label, target, **props)


def _stored(store, label: str, node_id: str) -> dict:
    """The stored properties of a node (none without a store or such a node)."""
    if store is None:
        return {}
    from .graph_schema import NODES

    cols = [c for c in NODES[label] if c != "id"]
    ret = ", ".join(f"n.{c} AS {c}" for c in cols)
    rows = store.query(f"MATCH (n:{label}) WHERE n.id = $id RETURN {ret}", {"id": node_id}).records()
    return rows[0] if rows else {}


def _redirect(graph, into: dict[str, str]) -> None:
    """Relations of merged nodes go to the nodes they were merged into."""
    for key in [k for k, e in graph.edges.items() if e.src in into or e.dst in into]:
        e = graph.edges.pop(key)
        graph.add_edge(e.type, into.get(e.src, e.src), into.get(e.dst, e.dst), **e.props)


def parse(lines: Iterable[str], source: Optional[str] = None) -> Decisions:
    """Decisions of the lines of a review file; a bad line raises :class:`kg.errors.ReviewFileError`."""
    out = Decisions()
    for no, line in enumerate(lines, 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        parts = text.split("\t") if "\t" in text else text.split()
        parts = [p.strip() for p in parts if p.strip()]
        if len(parts) != 3 or parts[0] not in DECISIONS:
            raise ReviewFileError(f"expected 'DECISION<TAB>ID<TAB>ID' with DECISION one of {', '.join(DECISIONS)}, "
                                  f"got {line.strip()!r}; fix or remove the line", source=source, line=no)
        kind, a, b = parts
        if a == b:
            raise ReviewFileError(f"{kind} names {a} twice; give two different ids", source=source, line=no)
        if a.split(":")[0] != b.split(":")[0] or ":" not in a:
            raise ReviewFileError(f"{a} and {b} are not two nodes of one kind (commitment:…, person:…, org:…)",
                                  source=source, line=no)
        out.pairs[_pair(a, b)] = _JOIN[kind]
    return out


def review_path(store, file: Optional[str] = None) -> Optional[Path]:
    """The review file: ``file``, else ``review.tsv`` in the embedded store's folder (None for Neo4j)."""
    if file:
        return Path(file)
    folder = getattr(store, "folder", None)
    return Path(folder) / FILE_NAME if folder is not None else None


def load(path: Optional[Path]) -> Decisions:
    """The decisions of the file at ``path``; none when there is no file."""
    if path is None or not Path(path).is_file():
        return Decisions()
    with open(path, encoding="utf-8") as f:
        return parse(f, source=str(path))


def append(path: Path, kind: str, a: str, b: str, note: str = "") -> None:
    """Add one decision at the end of the file (created with a header when missing)."""
    if kind not in DECISIONS:
        raise ReviewFileError(f"unknown decision {kind!r}; one of {', '.join(DECISIONS)}", source=str(path))
    parse([f"{kind}\t{a}\t{b}"], source=str(path))  # the same checks as reading it back
    path = Path(path)
    new = not path.exists()
    if new:
        path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as f:
        if new:
            f.write("# kg review decisions: DECISION<TAB>ID<TAB>ID, one a line (confirm, reject, same, different)\n")
        f.write(f"{kind}\t{a}\t{b}" + (f"\t# {note}" if note else "") + "\n")


#: the RESTATES links below a score, with both statements and their documents
_LINKS = """
MATCH (c:Commitment)-[r:RESTATES]->(k:Commitment)
WHERE r.score IS NULL OR r.score < $below
OPTIONAL MATCH (c)-[:STATED_IN]->(dc:Document)
OPTIONAL MATCH (k)-[:STATED_IN]->(dk:Document)
RETURN r.score AS score, r.why AS why, c.id AS id, c.text AS sentence, dc.source AS source,
       k.id AS canonical, k.text AS canonical_sentence, dk.source AS canonical_source
"""


def links(store, below: float = DEFAULT_BELOW, decisions: Optional[Decisions] = None) -> list[dict]:
    """The links scored below ``below``, lowest first, without those a decision confirmed."""
    rows = store.query(_LINKS, {"below": float(below)}).records()
    decisions = decisions or Decisions()
    rows = [r for r in rows if not decisions.confirmed((r["id"], r["canonical"]))]
    # ties in the order of what they say (ids hash the files' paths, so they would order differently elsewhere)
    return sorted(rows, key=lambda r: (r["score"] if r["score"] is not None else -1.0, r["canonical_source"] or "",
                                       r["canonical_sentence"] or "", r["source"] or "", r["sentence"] or "",
                                       r["id"], r["canonical"]))
