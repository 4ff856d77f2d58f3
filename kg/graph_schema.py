"""The graph schema: node labels, their typed properties, relation types.

One description drives the embedded DDL, the Neo4j constraints, the
exports and the stats.  Every node has ``id`` (its key) and ``kind``.
"""
from __future__ import annotations

from dataclasses import dataclass

# property name -> type ("STRING", "DATE", "DOUBLE", "INT64")
NODES: dict[str, dict[str, str]] = {
    # place: where the person or body belongs (东湖区), when known; part of its identity
    # post: the post of the newest document naming the person with one (all of them: HOLDS)
    # works: how many pieces of work (distinct ``work`` of its commitments) it leads, is responsible for
    # or assists, kept by every write that touches it (kg/store/base.py WORKS_STATEMENT; queries/workload.cypher)
    "Person": {"id": "STRING", "kind": "STRING", "name": "STRING", "post": "STRING", "place": "STRING",
               "works": "INT64"},
    "Organization": {"id": "STRING", "kind": "STRING", "name": "STRING", "place": "STRING", "works": "INT64"},
    # an office of a place (常务副区长 of 东湖区): who held it comes from HOLDS, what it was charged with
    # from the role relations of commitments assigned to the post without a name
    "Post": {"id": "STRING", "kind": "STRING", "name": "STRING", "place": "STRING"},
    "Project": {"id": "STRING", "kind": "STRING", "name": "STRING"},
    "Commitment": {
        "id": "STRING", "kind": "STRING", "task": "STRING", "text": "STRING",
        "due": "DATE", "due_text": "STRING", "due_precision": "STRING",
        # the newest progress of the work, and (below) what is derived from the whole work (kg/link.py),
        # recomputed at every ingest that touches it: stored once, on the work's canonical commitment
        # (:data:`WORK_PROPS`); a restatement shows the canonical's (:func:`show_work`)
        "status": "STRING", "percent": "DOUBLE", "as_of": "DATE", "progress_text": "STRING",
        "progress_source": "STRING", "source": "STRING",
        "work_due": "DATE", "work_due_text": "STRING", "required": "DOUBLE", "sources": "INT64",
        # what the status as of any day needs (kg/status.py work_facts): first done, first short, what was said
        "done_on": "DATE", "short_on": "DATE", "said": "STRING",
        # the id of the work's canonical commitment (itself when canonical): its statements share it
        "work": "STRING",
        # where it is said (its one STATED_IN document): the sentence(s), " … " between pieces, and their
        # character offsets into the document's decoded text (spans: a JSON list of [start, end] pairs).
        # Kept on the node, not the relation: a commitment is stated in one document, and Ladybug rewrites a
        # relation table's property columns whole at each checkpoint that adds a row (see :data:`MOVED`)
        "evidence": "STRING", "start_offset": "INT64", "end_offset": "INT64", "spans": "STRING",
    },
    # one progress statement of one document (kg/status.py judges from these)
    "Progress": {
        "id": "STRING", "kind": "STRING", "status": "STRING", "percent": "DOUBLE", "as_of": "DATE",
        "as_of_from": "STRING", "text": "STRING", "source": "STRING",
    },
    "Target": {
        "id": "STRING", "kind": "STRING", "metric": "STRING", "op": "STRING",
        "value": "DOUBLE", "value_max": "DOUBLE", "unit": "STRING", "text": "STRING",
    },
    "Document": {
        "id": "STRING", "kind": "STRING", "source": "STRING", "key": "STRING", "title": "STRING",
        "date": "DATE", "date_text": "STRING", "date_source": "STRING", "place": "STRING", "speaker": "STRING",
        "speech": "INT64", "doc_type": "STRING",
    },
}

#: what a commitment shows of its whole work (kg/link.py ``derived``), kept ONCE, on the work's canonical
#: commitment (the one whose ``work`` is its own id); another statement of the work keeps only ``work``
#: (the canonical's id) and leaves these empty (a store written before session 9 may hold stale copies on
#: them: nothing reads those).  Queries read them from the canonical commitment; exports and
#: :meth:`kg.store.base.Store.to_graph` show each statement with its canonical's (:func:`show_work`).
WORK_PROPS = ("status", "percent", "as_of", "progress_text", "progress_source", "work_due", "work_due_text",
              "required", "sources", "done_on", "short_on", "said")


def show_work(commitments, canonical) -> None:
    """Give each commitment (``(id, props)`` pairs, props changed in place) that restates another the
    :data:`WORK_PROPS` of its work's canonical commitment: ``canonical(ids)`` returns ``{id: props}`` of
    the canonical commitments asked for (those it does not know keep what they hold).

    >>> cs = [("c:1", {"work": "c:1", "status": "done"}), ("c:2", {"work": "c:1", "status": None})]
    >>> show_work(cs, lambda ids: {})
    >>> show_work(cs, lambda ids: {i: dict(cs)[i] for i in ids}); cs[1][1]["status"]
    'done'
    """
    wanted = {}
    for cid, props in commitments:
        w = props.get("work")
        if w and w != cid:
            wanted.setdefault(w, []).append(props)
    if not wanted:
        return
    found = canonical(sorted(wanted))
    for w, members in wanted.items():
        head = found.get(w)
        if head is None:
            continue
        shown = {k: head.get(k) for k in WORK_PROPS}
        for props in members:
            props.update(shown)


#: node kind (the ``kind`` property) of each label
KIND_OF = {"Person": "person", "Organization": "organization", "Post": "post", "Project": "project",
           "Commitment": "commitment", "Target": "target", "Document": "document",
           "Progress": "progress"}


@dataclass(frozen=True)
class RelType:
    name: str
    ends: tuple[tuple[str, str], ...]  # (from label, to label) pairs
    props: tuple[tuple[str, str], ...] = ()


ACTORS = ("Person", "Organization", "Post")
#: a role relation keeps the post the mention gave (常务副区长王五牵头: post 常务副区长) and, for a
#: person, the place the mention gives them (kg/posts.py: a person tied across places is one node)
_ROLE_PROPS = (("role", "STRING"), ("post", "STRING"), ("place", "STRING"))
RELS: dict[str, RelType] = {r.name: r for r in (
    RelType("LEADS", tuple((a, "Commitment") for a in ACTORS), _ROLE_PROPS),
    RelType("RESPONSIBLE_FOR", tuple((a, "Commitment") for a in ACTORS), _ROLE_PROPS),
    RelType("ASSISTS", tuple((a, "Commitment") for a in ACTORS), _ROLE_PROPS),
    RelType("CONCERNS", (("Commitment", "Project"),)),
    RelType("HAS_TARGET", (("Commitment", "Target"),)),
    # where a commitment is said (its evidence is on the commitment: Commitment.evidence, spans)
    RelType("STATED_IN", (("Commitment", "Document"),)),
    RelType("PART_OF", (("Organization", "Organization"),)),
    # the progress a document states about the commitment it states, and that document
    RelType("HAS_PROGRESS", (("Commitment", "Progress"),)),
    RelType("REPORTED_IN", (("Progress", "Document"),)),
    # a restatement of a piece of work -> the one canonical commitment of that work (kg/link.py)
    RelType("RESTATES", (("Commitment", "Commitment"),), (("score", "DOUBLE"), ("why", "STRING"))),
    # a person held a post: the earliest and the latest date of the documents naming them in it
    # (known points inside the term; derived from the role relations' posts, kg/posts.py)
    RelType("HOLDS", (("Person", "Post"),), (("from_date", "DATE"), ("to_date", "DATE"))),
)}


#: properties an older store keeps on a relation and this version on a node:
#: (relation, its start label, properties).  A store moves them once, when this version first opens it:
#: an embedded store for reading or writing (its ``migrate``), a Neo4j server at its first write
#: (``ensure_schema``)
MOVED = (("STATED_IN", "Commitment", ("evidence", "start_offset", "end_offset", "spans")),)


def label_of_id(node_id: str) -> str:
    """The label encoded in a node id (``org:…`` → ``Organization``)."""
    return PREFIX_LABEL[node_id.split(":", 1)[0]]


PREFIX = {"Person": "person", "Organization": "org", "Post": "post", "Project": "project",
          "Commitment": "commitment", "Target": "target", "Document": "doc",
          "Progress": "progress"}
PREFIX_LABEL = {v: k for k, v in PREFIX.items()}
