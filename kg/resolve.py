"""Identity: turn loader records into graph nodes and relations with stable ids.

Ids are a short hash of the normalised identifying fields, prefixed by the
kind (``org:…``, ``person:…``), so ingesting the same input twice produces
the same graph.

- Organizations and persons are identified within the place they belong
  to (:func:`org_identity`, :func:`person_places`): 住建局, 区住建局 and
  东湖区住建局 in documents of 东湖区 are one body, named ``区住建局`` with
  ``place`` 东湖区, and the 县住建局 of two counties are two bodies.  A
  person's place is the one their post names (副市长: the city), else the
  document's; a person named in two places is two persons unless a post
  ties them (副市长张三 in documents of two districts of one city is one) or
  a document does (the same post held by both, 原东湖区副区长: kg/posts.py
  merges them; each role relation keeps the place its mention gave).
  Where no place is known, the name alone identifies, as it did before
  places were read (the ids are the same).
- A short form (``住建局``) used in a document that also names the full form
  (``区住建局``) is the same body.  A body named with its parent's prefix is
  ``PART_OF`` it (``区委组织部`` → ``区委``, ``区住建局`` → ``区政府``), in the
  same place.
- A commitment assigned to a post without a name (由常务副区长牵头) is the
  post's: the ``Post`` node of that office in its place leads it.  The posts
  persons are named with are kept on the role relations (``post``);
  :mod:`kg.posts` derives who held which post when (``HOLDS``).
- Documents by their key (the canonical path of their file, a hash of what
  came on stdin, or a given ``--source``: see :func:`kg.ingest.input_key`)
  and speech index; commitments by document, task and the place of their
  first evidence.

>>> from kg.model import DocumentRecord, CommitmentRecord, Actor
>>> doc = DocumentRecord(source="a.txt", commitments=(CommitmentRecord(
...     task="修路", actors=(Actor("区委组织部", "organization", "lead"),)),))
>>> sorted(resolve([doc]).counts().items())
[('Commitment', 1), ('Document', 1), ('LEADS', 1), ('Organization', 2), ('PART_OF', 1), ('STATED_IN', 1)]
>>> place = DocumentRecord(source="b.txt", place="东湖区", commitments=(CommitmentRecord(task="修路", actors=(
...     Actor("住建局", "organization", "responsible"), Actor("东湖区住建局", "organization", "assist"),
...     Actor("常务副区长", "person", "lead"))),))
>>> sorted((n.label, n.props["name"], n.props.get("place")) for n in resolve([place]).nodes.values()
...        if n.label in ("Organization", "Post"))
[('Organization', '区住建局', '东湖区'), ('Organization', '区政府', '东湖区'), ('Post', '常务副区长', '东湖区')]
"""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Iterable, Optional

from .graph import Graph
from .ids import digest
from .model import ROLE_RELATION, CommitmentRecord, DocumentRecord
from .graph_schema import PREFIX


def norm(s: str) -> str:
    """NFKC, no whitespace: the form names are compared in."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def make_id(label: str, *parts: object) -> str:
    """``make_id("Organization", "区委")`` → ``'org:…'`` (16 hex digits)."""
    return f"{PREFIX[label]}:{digest(*parts)}"


def document_id(key: str, speech: int = 1) -> str:
    """The id of one speech of the document identified by ``key``."""
    return make_id("Document", key, speech)


# Party, government and congress bodies at each level, longest first.
_LEVELS = "省市县区镇乡"
_PARENT_RULES = [
    (re.compile(rf"^([{_LEVELS}](?:委|政府|人大常委会|人大|政协|纪委))(.+)$"), None),
]
# government departments: bureaus, and the commissions that sit under the government
_GOV_DEPT = re.compile(rf"^([{_LEVELS}])(?:[^{_LEVELS}委].*局|(?:发改|卫健|卫计|住建|建|教|经信|工信|科|民|农|交|商|侨|体)委)$")


_IN_NAME = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,8}}?[{_LEVELS}州盟旗])?$")


def org_identity(name: str, place: Optional[str]) -> str:
    """The name an organization is known by within ``place``: the level
    written for the place's own name, a department named without its level
    given the place's (``住建局`` → ``区住建局`` in 东湖区), ``人民政府`` as
    ``政府``.  Without a place the name stays as written.

    >>> org_identity("东湖区住建局", "东湖区"), org_identity("住建局", "东湖区"), org_identity("南江市东湖区人民政府", "东湖区")
    ('区住建局', '区住建局', '区政府')
    >>> org_identity("城南街道", "东湖区"), org_identity("东湖区", "东湖区"), org_identity("住建局", None)
    ('城南街道', '东湖区', '住建局')
    """
    if not place:
        return name
    level = place[-1] if place[-1] in _LEVELS else ""
    i = name.find(place)
    if level and i >= 0 and len(name) > i + len(place) and _IN_NAME.match(name[:i]) \
            and name[i + len(place)] not in _LEVELS:
        name = level + name[i + len(place):]  # 东湖区住建局, 南江市东湖区住建局 → 区住建局
    elif level and name[0] not in _LEVELS and _GOV_DEPT.match(level + name):
        name = level + name  # 住建局 → 区住建局
    return name.replace("人民政府", "政府")


#: a post named without a person (由常务副区长牵头; 分管副县长): the office is the actor
_LONE_POST = re.compile(rf"^(?:[{_LEVELS}]委?)?(?:分管|联系)?(?:常务)?副?(?:[{_LEVELS}]长|书记|主任|局长|部长|主席|"
                        r"秘书长|指挥长|组长|常委|委员)$")
#: the level a post belongs to (副市长 → 市, 县委常委 → 县)
_POST_LEVEL = re.compile(rf"([{_LEVELS}])(?=委|长|政府|人大|政协)")


def is_post(name: str) -> bool:
    """Does a person's name stand for a post rather than a person?

    >>> is_post("常务副区长"), is_post("分管副县长"), is_post("县委常委"), is_post("张三"), is_post("王副区长")
    (True, True, True, False, False)
    """
    return bool(_LONE_POST.match(name))


def post_title(post: str) -> str:
    """A post as an office is named (分管副县长 → 副县长)."""
    return re.sub(r"^(?:分管|联系)", "", norm(post))


def post_titles(post: Optional[str]) -> list[str]:
    """The posts one mention gives (区委常委、常务副区长 → both)."""
    return [post_title(p) for p in re.split(r"[、,,/]", post or "") if post_title(p)]


#: the place a post may name before its title (东湖区, 南江市东湖区): no word of a post in it
_PLACE_PART = re.compile(r"^(?:(?!副|常务|分管|委|长)[\u4e00-\u9fff]){1,10}$")


def split_post(post: str) -> tuple[Optional[str], str, bool]:
    """``(place, title, before)`` of a post as a mention gives it: the place it names (else None),
    the office's title, and whether it is one held before (原/前: 原东湖区副区长).

    >>> split_post("原东湖区副区长"), split_post("西山县县长"), split_post("常务副区长"), split_post("县委常委")
    (('东湖区', '副区长', True), ('西山县', '县长', False), (None, '常务副区长', False), (None, '县委常委', False))
    """
    title = post_title(post)
    before = title[:1] in ("原", "前") and len(title) > 2
    rest = title[1:] if before else title
    for i, ch in enumerate(rest[1:-1], 2):  # the last place word followed by a post's title
        if ch in _LEVELS and _PLACE_PART.match(rest[:i]) and _LONE_POST.match(rest[i:]):
            place = rest[:i]
            inner = max((j for j, c in enumerate(place[:-1]) if c in _LEVELS and j > 0), default=-1)
            return place[inner + 1:] if len(place) - inner > 2 else place, rest[i:], before  # 南江市东湖区 → 东湖区
    return None, rest if before and _LONE_POST.match(rest) else title, before and bool(_LONE_POST.match(rest))


def place_of_post(post: Optional[str], places: Iterable[Optional[str]]) -> Optional[str]:
    """The place a post belongs to: the first of ``places`` of the post's level
    (副市长 → the city), the first of ``places`` for a post without one (局长).

    >>> place_of_post("副市长", ["东湖区", "南江市"]), place_of_post("局长", ["东湖区"]), place_of_post("副市长", ["东湖区"])
    ('南江市', '东湖区', None)
    """
    known = [p for p in places if p]
    m = _POST_LEVEL.search(post or "")
    if not m:
        return known[0] if known else None
    return next((p for p in known if p.endswith(m.group(1))), None)


def levelled_place(post: Optional[str], places: Iterable[Optional[str]]) -> Optional[str]:
    """The place of a post that names its level (副市长 → the first of ``places`` that is a city);
    None for a post without a level (局长) or no such place."""
    levelled = sorted(t for t in post_titles(post) if _POST_LEVEL.search(t))
    return place_of_post(levelled[0], places) if levelled else None


def parent_of(org: str) -> Optional[str]:
    """The body an organization belongs to, read from its name.

    >>> parent_of("区委组织部"), parent_of("市住建局"), parent_of("区委"), parent_of("住建局")
    ('区委', '市政府', None, None)
    >>> parent_of("县发改委"), parent_of("县纪委"), parent_of("区政府办公室")
    ('县政府', None, '区政府')
    """
    for pat, _ in _PARENT_RULES:
        m = pat.match(org)
        if m and m.group(2) and not m.group(2).startswith(("常委会", "会")):
            return m.group(1)
    m = _GOV_DEPT.match(org)
    if m:
        return m.group(1) + "政府"
    return None


def _short_forms(names: Iterable[str]) -> dict[str, str]:
    """Map a short org name to the one full name in the same document that ends with it."""
    names = set(names)
    out = {}
    for short in names:
        longer = [n for n in names if n != short and n.endswith(short) and len(n) - len(short) <= 3
                  and n[0] in _LEVELS]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def full_date(value: Optional[str]) -> Optional[str]:
    """``value`` when it names a whole day (``YYYY-MM-DD``), else None.

    Loaders give dates with the precision the text has (``2015``, ``2015-07``);
    only whole days become DATE values, the text keeps the rest.

    >>> full_date("2015-07-20"), full_date("2015"), full_date(None)
    ('2015-07-20', None, None)
    """
    return value if value and _FULL_DATE.match(value) else None


def commitment_id(doc_id: str, c: CommitmentRecord, occurrence: int = 0) -> str:
    """The id of commitment ``c`` of document ``doc_id``: its given id, else its task and which of the
    document's statements of that task it is (``occurrence``, from 0: :func:`occurrences`).  Not where
    it stands nor how its sentence reads: an edit elsewhere in the document, or to the deadline or the
    target of its sentence, leaves it the same commitment (a review decision about it still holds, and
    reading the edited file again updates it in place, kg/store/embedded.py).

    >>> from kg.model import CommitmentRecord, Evidence
    >>> a = CommitmentRecord(task="修路", evidence=(Evidence("6月底前修路", start=3),))
    >>> b = CommitmentRecord(task="修路", evidence=(Evidence("7月中旬前修路", start=40),))
    >>> commitment_id("doc:1", a) == commitment_id("doc:1", b) != commitment_id("doc:1", b, 1)
    True
    """
    if c.id:
        return make_id("Commitment", doc_id, "given", c.id)
    return make_id("Commitment", doc_id, norm(c.task), occurrence)


def occurrences(commitments: Iterable[CommitmentRecord]) -> list[int]:
    """For each commitment, how many before it in the document state the same task (see :func:`commitment_id`);
    where a commitment says it (``occurrence``: a part of a long text, kg/longtext.py), that.

    >>> from kg.model import CommitmentRecord
    >>> occurrences([CommitmentRecord(task=t) for t in ("修路", "建桥", "修 路")])
    [0, 0, 1]
    >>> occurrences([CommitmentRecord(task="修路", occurrence=2), CommitmentRecord(task="修路", occurrence=3)])
    [2, 3]
    """
    seen: dict = {}
    out = []
    for c in commitments:
        k = norm(c.task)
        out.append(seen.get(k, 0) if c.occurrence is None else c.occurrence)
        seen[k] = out[-1] + 1
    return out


def resolve(docs: Iterable[DocumentRecord], graph: Optional[Graph] = None) -> Graph:
    """Add the records of ``docs`` to ``graph`` (a new one by default) and return it."""
    g = graph if graph is not None else Graph()
    for doc in docs:
        _resolve_doc(doc, g)
    return g


def packed(graph: Graph) -> tuple[list, list]:
    """A graph :func:`resolve` made, as plain tuples ``(label, id, properties)`` and ``(type, source,
    target, properties)``: what a reading worker of ``kg ingest --jobs`` sends back beside a file's
    records (kg/ingest.py), cheaper to send and take back than the graph's objects."""
    return ([(n.label, n.id, n.props) for n in graph.nodes.values()],
            [(e.type, e.src, e.dst, e.props) for e in graph.edges.values()])


def unpacked(packs: Iterable[tuple[list, list]]) -> Graph:
    """The graph :func:`resolve` gives of several files' documents together, from each file's
    :func:`packed` graph in the same order: a node or relation met again fills its gaps, as
    :meth:`Graph.add_node` does (a later known value over an earlier one, never an unknown one).
    The packs are taken as they are (their properties become the graph's): use each once.

    >>> from kg.model import CommitmentRecord, DocumentRecord
    >>> docs = [DocumentRecord(source=f"{n}.txt", place="东湖区", commitments=(CommitmentRecord(task="修路"),))
    ...         for n in "ab"]
    >>> g, h = unpacked(packed(resolve([d])) for d in docs), resolve(docs)
    >>> list(g.nodes) == list(h.nodes) and list(g.edges) == list(h.edges)
    True
    """
    g = Graph()
    for ns, es in packs:
        for label, nid, props in ns:
            g.put_node(label, nid, props)
        for rel, src, dst, props in es:
            g.put_edge(rel, src, dst, props)
    return g


def _resolve_doc(doc: DocumentRecord, g: Graph) -> None:
    did = _add_document(doc, g)
    alias, org_place = _org_places(doc)
    # the document's places, its own first: where a post of another level belongs (副市长 → the city)
    places = [doc.place] + sorted({p for p in org_place.values() if p and p != doc.place})
    person_place = person_places(doc, places)
    for c, k in zip(doc.commitments, occurrences(doc.commitments)):
        cid = commitment_id(did, c, k)
        _add_commitment(g, cid, did, c, doc)
        for a in c.actors:
            if norm(a.name):
                _add_actor(g, cid, a, places, person_place, alias, org_place)
        _add_projects_and_targets(g, cid, c)


def _add_document(doc: DocumentRecord, g: Graph) -> str:
    did = document_id(doc.key or doc.source, doc.speech)
    g.add_node("Document", did, source=doc.source, key=doc.key or doc.source, title=doc.title, date=full_date(doc.date),
               date_text=doc.date, date_source=doc.date_source, place=doc.place, speaker=doc.speaker,
               speech=doc.speech, doc_type=doc.kind)
    return did


def _org_places(doc: DocumentRecord) -> tuple[dict[str, str], dict[str, Optional[str]]]:
    """The short forms of the bodies a document names (住建局 → 区住建局) and the place of each body
    named, as written or aliased (None where unknown)."""
    from .extract.meta import actor_place  # extraction's rules cost ~1 s to import: not for `kg query`

    orgs = {norm(a.name) for c in doc.commitments for a in c.actors if a.kind == "organization"}
    chain = (doc.place,) if doc.place else ()
    org_place: dict[str, Optional[str]] = {}
    for c in doc.commitments:
        for a in c.actors:
            if a.kind == "organization" and norm(a.name):
                name = norm(a.name)
                place = a.place or actor_place(name, "organization", chain)
                if place and not org_place.get(name):
                    org_place[name] = place
                org_place.setdefault(name, None)
    return _short_forms(orgs), org_place


def _add_commitment(g: Graph, cid: str, did: str, c: CommitmentRecord, doc: DocumentRecord) -> None:
    """The commitment node with its evidence, where it is said (``STATED_IN``) and its progress record."""
    g.add_node("Commitment", cid, task=c.task, text=c.text, **_deadline(c), **_progress(c, doc), source=doc.source,
               **_evidence(c))
    g.add_edge("STATED_IN", cid, did)
    p = c.progress
    if p and (p.status or p.percent is not None or p.text):
        _add_progress(g, cid, did, p, doc)


def _deadline(c: CommitmentRecord) -> dict:
    d = c.deadline
    if not d:
        return {"due": None, "due_text": None, "due_precision": None}
    return {"due": full_date(d.date), "due_text": d.text, "due_precision": d.precision}


def _progress(c: CommitmentRecord, doc: DocumentRecord) -> dict:
    """The progress the commitment's own statement gives, as the node shows it."""
    p = c.progress
    if not p:
        return {k: None for k in ("status", "percent", "as_of", "progress_text", "progress_source")}
    return {"status": p.status, "percent": p.percent, "as_of": full_date(p.as_of) or full_date(doc.date),
            "progress_text": p.text, "progress_source": doc.source}


def _evidence(c: CommitmentRecord) -> dict:
    """The sentence(s) stating the commitment and their character offsets."""
    ev = [e for e in c.evidence if e.text]
    starts = [e.start for e in ev if e.start is not None]
    ends = [e.end for e in ev if e.end is not None]
    return {"evidence": " … ".join(e.text for e in ev) or c.text or None,
            "start_offset": min(starts) if starts else None, "end_offset": max(ends) if ends else None,
            "spans": json.dumps([[e.start, e.end] for e in ev]) if ev else None}


def _add_actor(g: Graph, cid: str, a, places: list, person_place: dict, alias: dict, org_place: dict) -> None:
    """One actor of a commitment: a post named without a person, a person, or a body; and its role.
    ``places``: the document's places, its own first."""
    name = norm(a.name)
    post = None
    if a.kind == "person" and (is_post(name) or (a.post and norm(a.post) == name)):
        title = post_title(name)
        place = a.place or place_of_post(title, places)
        aid = post_id(title, place, places[0])
        g.add_node("Post", aid, name=title, place=place)
    elif a.kind == "person":
        place = person_place.get(name)
        aid = person_id(name, place)
        post = "、".join(post_titles(a.post)) or None
        g.add_node("Person", aid, name=name, place=place)
        # the place this mention gives the person: kept, so a merge of persons (kg/posts.py) can be undone
        g.add_edge(ROLE_RELATION[a.role], aid, cid, role=a.role, post=post, place=place)
        return
    else:
        full = alias.get(name, name)
        aid = _add_org(g, full, org_place.get(full) or org_place.get(name))
    g.add_edge(ROLE_RELATION[a.role], aid, cid, role=a.role, post=post)


def _add_projects_and_targets(g: Graph, cid: str, c: CommitmentRecord) -> None:
    for name in c.projects:
        name = norm(name)
        if name:
            pid = make_id("Project", name)
            g.add_node("Project", pid, name=name)
            g.add_edge("CONCERNS", cid, pid)
    for j, t in enumerate(c.targets):
        tid = make_id("Target", cid, j, t.metric, t.op, t.value, t.value_max, t.unit)
        g.add_node("Target", tid, metric=t.metric, op=t.op, value=t.value,
                   value_max=t.value_max, unit=t.unit, text=t.text)
        g.add_edge("HAS_TARGET", cid, tid)


def _add_progress(g: Graph, cid: str, did: str, p, doc: DocumentRecord) -> None:
    """The progress a document states about its commitment, as a record of its own.

    Its date is the one the statement gives (截至6月底), else the document's date.
    """
    stated, dated = full_date(p.as_of), full_date(doc.date)
    as_of = stated or dated
    pid = make_id("Progress", cid)  # loaders give the document's date when the sentence gives none
    g.add_node("Progress", pid, status=p.status, percent=p.percent, as_of=as_of,
               as_of_from=("stated" if stated and stated != dated else "document") if as_of else None,
               text=p.text, source=doc.source)
    g.add_edge("HAS_PROGRESS", cid, pid)
    g.add_edge("REPORTED_IN", pid, did)


def person_places(doc: DocumentRecord, places: list) -> dict[str, Optional[str]]:
    """The place of each person a document names: the one given, else the one a
    post they are named with belongs to, else the document's own.  One name is
    one person within a document, so a mention without a post follows one with."""
    given: dict[str, set] = {}
    posts: dict[str, set] = {}
    for c in doc.commitments:
        for a in c.actors:
            name = norm(a.name)
            if a.kind != "person" or not name:
                continue
            if a.place:
                given.setdefault(name, set()).add(a.place)
            posts.setdefault(name, set()).update(post_titles(a.post))
    out = {}
    for name, titles in posts.items():
        named = sorted({pl for pl, _, before in map(split_post, titles) if pl and not before})
        if given.get(name) or named:  # the place given, else the one a post held now names (西山县县长)
            out[name] = sorted(given.get(name) or named)[0]
            continue
        titles = {t for pl, t, before in map(split_post, titles) if not pl and not before}
        levelled = sorted(t for t in titles if _POST_LEVEL.search(t))
        out[name] = place_of_post(levelled[0], places) if levelled else (doc.place or None)
    return out


def person_id(name: str, place: Optional[str]) -> str:
    """The id of the person ``name`` of ``place`` (of the name alone where no place is known), before
    any merge: two such persons tied by a document are one node, the smaller id (kg/posts.py).

    >>> person_id("张三", "东湖区") == make_id("Person", "东湖区", "张三"), person_id("张三", None) == make_id("Person", "张三")
    (True, True)
    """
    return make_id("Person", *((place, name) if place else (name,)))


def post_id(title: str, place: Optional[str], within: Optional[str] = None) -> str:
    """An office: its title within its place; one whose place is unknown is keyed by its title within
    the place of the document naming it (``within``: 副区长 in a document of 西山县), by its title
    alone where that is unknown too."""
    if place:
        return make_id("Post", place, title)
    return make_id("Post", "in", within, title) if within else make_id("Post", title)


def _add_org(g: Graph, name: str, place: Optional[str] = None) -> str:
    """A body in its place, and the bodies above it (in the same place: 区住建局 → 区政府)."""
    name = org_identity(name, place)
    oid = make_id("Organization", *((place, name) if place else (name,)))
    g.add_node("Organization", oid, name=name, place=place)
    parent = parent_of(name)
    if parent and parent != name:
        pid = _add_org(g, parent, place if place and place[-1] == parent[0] else None)
        g.add_edge("PART_OF", oid, pid)
    return oid
