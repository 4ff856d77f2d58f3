"""The hand-off types of the pipeline.

Every loader (``loaders/text.py``, ``loaders/table.py``, ``loaders/records.py``)
yields :class:`DocumentRecord` objects: one source document (or one speech of
a page) with the commitments read from it, in the shape of the JSON contract
of ``kg extract`` (see ``docs/schema.md``).  :mod:`kg.resolve` turns records
into graph nodes and relations with deterministic ids.

Records are small frozen dataclasses: normalise before constructing, never
mutate after.

>>> c = CommitmentRecord(task="量化考核办法",
...     actors=(Actor("黄志平", "person", "lead"),),
...     deadline=Deadline("年内", "2015-12-31", "year"))
>>> c.actors[0].role
'lead'
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

ROLES = ("lead", "responsible", "assist")
ACTOR_KINDS = ("person", "organization")
OPS = (">=", "<=", "=", "~", "range", ">", "<")
STATUSES = ("done", "on_track", "behind", "not_started")
PRECISIONS = ("day", "month", "quarter", "half", "year", None)

#: relation type of each role, actor -> commitment
ROLE_RELATION = {"lead": "LEADS", "responsible": "RESPONSIBLE_FOR", "assist": "ASSISTS"}
#: the relation types from an actor to a commitment, in the order of :data:`ROLES`
ROLE_RELATIONS = tuple(ROLE_RELATION[r] for r in ROLES)


@dataclass(frozen=True)
class Evidence:
    """A span of the decoded document text that supports a commitment."""
    text: str
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass(frozen=True)
class Actor:
    """Who leads / is responsible for / assists a commitment.

    ``name`` is as written, without honorifics (同志) or a trailing post;
    ``post`` keeps the post where the text gives one (区长, 常务副区长);
    ``place`` is the place an organization belongs to where known (县发改局 in
    a document of 青石县 → 青石县; 南江市财政局 → 南江市).
    """
    name: str
    kind: str  # "person" | "organization"
    role: str  # "lead" | "responsible" | "assist"
    post: Optional[str] = None
    place: Optional[str] = None


@dataclass(frozen=True)
class Deadline:
    """``date`` is ISO ``YYYY-MM-DD`` (last day of the period) or None when vague."""
    text: str
    date: Optional[str] = None
    precision: Optional[str] = None


@dataclass(frozen=True)
class Target:
    """A quantified target; ``op`` is one of :data:`OPS`.

    For ``op == "range"`` ``value`` is the low end and ``value_max`` the high end.
    """
    metric: str
    op: str
    value: Optional[float] = None
    unit: Optional[str] = None
    text: Optional[str] = None
    value_max: Optional[float] = None


@dataclass(frozen=True)
class Progress:
    status: Optional[str] = None  # one of STATUSES
    percent: Optional[float] = None
    as_of: Optional[str] = None  # ISO date
    text: Optional[str] = None


@dataclass(frozen=True)
class CommitmentRecord:
    task: str
    text: str = ""
    evidence: tuple[Evidence, ...] = ()
    actors: tuple[Actor, ...] = ()
    projects: tuple[str, ...] = ()
    deadline: Optional[Deadline] = None
    targets: tuple[Target, ...] = ()
    progress: Optional[Progress] = None
    id: Optional[str] = None  # id given by the source; resolve derives one otherwise
    line: Optional[int] = None  # line / row in the source file, for messages
    # which of its document's statements of the same task it is (kg/resolve.py ``occurrences``), given where
    # the document comes in parts read one at a time (kg/longtext.py); resolve counts them otherwise
    occurrence: Optional[int] = None


@dataclass(frozen=True)
class DocumentRecord:
    """One document (or one speech of a multi-speech page)."""
    source: str  # the name shown: file name (basename), "-" for stdin, or the --source given
    title: Optional[str] = None
    date: Optional[str] = None  # ISO date
    date_source: Optional[str] = None  # how the date was obtained: option|heading|era|signature|...
    place: Optional[str] = None
    speaker: Optional[str] = None
    speech: int = 1  # index of the speech within the source
    commitments: tuple[CommitmentRecord, ...] = ()
    kind: str = "text"  # text | table | records
    key: Optional[str] = None  # what identifies it in a store (kg.ingest.input_key); None: the source

