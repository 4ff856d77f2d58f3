"""Candidate search for linking: which stored commitments could be the same work as new ones.

Linking (:mod:`kg.link`) compares each new commitment with the stored ones
that could be the same piece of work.  Two commitments can only be the same
work when they concern the same project, or share an actor (a body or a
person) and are worded close; so a stored commitment is a candidate when

- it concerns a project a new commitment concerns (block ``p``, by the
  project's name), or
- it shares an actor with a new commitment (block ``a``, by the actor's node
  id, so a body of another place is another block once ids are scoped by
  place) and its task contains, is contained in, or is worded close to
  (character-bigram Dice ≥ 0.6) the task of a new commitment with actors.
  A body or person of no known place (a table that names none) may be any
  place's: an actor with a place is also looked up in the block of the
  same name without one, and one without a place in the blocks of every
  actor of that name (block ``n``), as :func:`kg.link.same_work` allows.

The embedded store keeps these blocks in an index beside its database file
(``index.sqlite`` in the store's folder, see :class:`BlockIndex`): a lookup
costs what the blocks of the new document hold, not what the store holds, so
linking one more document does not grow with the corpus.  The index is
internal: no node, relation or property of the graph, never in an export, a
page, ``kg stats`` or a query's result.  A store without an index (Neo4j, with
its own indexes on names) is asked in Cypher for the same candidates.

The index also remembers, per document key, a hash of the input that gave
the stored reading, so an unchanged file is not read again (:func:`content_hash`).

>>> g = Graph()
>>> g.add_node("Commitment", "commitment:1", task="青石大道拓宽改造")
>>> g.add_node("Project", "project:1", name="青石大道")
>>> g.add_edge("CONCERNS", "commitment:1", "project:1")
>>> g.add_node("Organization", "org:1", name="县住建局")
>>> g.add_edge("RESPONSIBLE_FOR", "org:1", "commitment:1", role="responsible")
>>> sorted(blocks_of(g)["commitment:1"])
['a\\x1forg:1', 'n\\x1f县住建局', 'p\\x1f青石大道']
"""
from __future__ import annotations

import os
import sqlite3
import time
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .graph import Graph
from .ids import content_digest
from .model import ROLE_RELATIONS
from .resolve import norm as _norm

_ROLE_RELS = ROLE_RELATIONS
SEP = "\x1f"
RS = "\x1e"  # between the keys of one commitment in the index
INDEX_FILE = "index.sqlite"
#: bump when the blocks change meaning: an index of another version is built again from the graph
INDEX_VERSION = "3"

norm = lru_cache(maxsize=65536)(_norm)


@lru_cache(maxsize=65536)
def _bigrams(s: str) -> frozenset:
    return frozenset({s[i:i + 2] for i in range(len(s) - 1)} or {s})


def close(task: str, tasks: Iterable[str]) -> bool:
    """Is ``task`` worded close enough to one of ``tasks`` (normalised) to be the same work
    without a shared project: one contains the other, or bigram Dice ≥ 0.6.

    >>> close("完成老旧小区改造3000户", ["老旧小区改造"]), close("农村公路养护", ["老旧小区改造"])
    (True, False)
    """
    t = norm(task or "")
    x = _bigrams(t)
    for u in tasks:
        if t and u and (t in u or u in t):
            return True
        y = _bigrams(u)
        if 2 * len(x & y) / (len(x) + len(y)) >= 0.6:  # as kg.link.dice
            return True
    return False


def blocks_of(graph: Graph, *, lookup: bool = False) -> dict[str, set[str]]:
    """The blocks of every commitment of ``graph``: ``p`` + project name, ``a`` + actor id,
    ``n`` + actor name.  ``lookup``: the blocks to look in instead (an actor with a place also
    in the block of its name without one, one without a place in its name's block)."""
    from .resolve import make_id

    out: dict[str, set[str]] = {n.id: set() for n in graph.nodes_of("Commitment")}
    of_actor: dict[str, tuple] = {}  # an actor's (a project's) keys, worked out once: it has many commitments
    of_project: dict[str, Optional[str]] = {}
    for e in graph.edges.values():
        if e.type == "CONCERNS" and e.src in out:
            key = of_project.get(e.dst, "")
            if key == "":
                name = graph.nodes[e.dst].props.get("name") if e.dst in graph.nodes else None
                key = of_project[e.dst] = ("p" + SEP + name) if name else None
            if key:
                out[e.src].add(key)
        elif e.type in _ROLE_RELS and e.dst in out:
            keys = of_actor.get(e.src)
            if keys is None:
                keys = of_actor[e.src] = _actor_keys(graph.nodes.get(e.src), e.src, lookup, make_id)
            out[e.dst].update(keys)
    return out


def _actor_keys(actor, actor_id: str, lookup: bool, make_id) -> tuple:
    """The blocks of :func:`blocks_of` that an actor puts its commitments in (or looks in)."""
    name = actor.props.get("name") if actor is not None else None
    if not name:
        return ("a" + SEP + actor_id,)
    if not lookup:
        return "a" + SEP + actor_id, "n" + SEP + name
    if actor.props.get("place"):
        if actor.label == "Person":  # persons of two places tied by a document are one (kg/posts.py)
            return "a" + SEP + actor_id, "a" + SEP + make_id(actor.label, name), "n" + SEP + name
        return "a" + SEP + actor_id, "a" + SEP + make_id(actor.label, name)
    return "a" + SEP + actor_id, "n" + SEP + name


def _documents_of(graph: Graph) -> dict[str, str]:
    return {e.src: e.dst for e in graph.edges_of("STATED_IN")}


def candidates(store, graph: Graph, docs: Iterable[str]) -> set[str]:
    """Ids of stored commitments, outside the documents ``docs``, that could be the same work
    as a commitment of ``graph`` (see the module's docstring).  The one function linking calls."""
    blocks = blocks_of(graph, lookup=True)
    new_ids = set(blocks)
    # the tasks of the new commitments that look in each actor's block: a stored commitment found
    # there is a candidate when it is worded close to one of those (same_work needs a shared actor
    # and close wording), not to any task of the files written together
    by_key: dict[str, set] = {}
    for c, b in blocks.items():
        for k in b:
            if k[0] in "an":
                by_key.setdefault(k, set()).add(norm(graph.nodes[c].props.get("task") or ""))
    tasks = {k: sorted(v) for k, v in by_key.items()}
    keys = sorted({k for b in blocks.values() for k in b})
    if not keys:
        return set()
    index = getattr(store, "index", None)
    if index is not None:
        found = index.lookup(keys, sorted(set(docs)))
    else:  # found by the kind of block only: the tasks of every new commitment with actors
        found = _lookup_cypher(store, keys, sorted(set(docs)))
        tasks["a"] = tasks["n"] = sorted({t for v in by_key.values() for t in v})
    return {cid for cid, key, task in found
            if cid not in new_ids and (key[0] == "p" or close(task, tasks[key]))}


#: the same search in Cypher, for a store without an index
_BY_PROJECT = """
MATCH (c:Commitment)-[:CONCERNS]->(p:Project) WHERE p.name IN $projects
MATCH (c)-[:STATED_IN]->(d:Document) WHERE NOT d.id IN $docs
RETURN DISTINCT c.id AS id, c.task AS task
"""
_BY_ACTOR = """
MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment) WHERE a.id IN $actors
MATCH (c)-[:STATED_IN]->(d:Document) WHERE NOT d.id IN $docs
RETURN DISTINCT c.id AS id, c.task AS task
"""
_BY_NAME = """
MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment) WHERE a.name IN $names
MATCH (c)-[:STATED_IN]->(d:Document) WHERE NOT d.id IN $docs
RETURN DISTINCT c.id AS id, c.task AS task
"""


def _lookup_cypher(store, keys: list[str], docs: list[str]) -> list[tuple[str, str, str]]:
    projects = [k[2:] for k in keys if k[0] == "p"]
    actors = [k[2:] for k in keys if k[0] == "a"]
    out = []
    if projects:
        out += [(cid, "p", task) for cid, task in store.query(_BY_PROJECT, {"projects": projects, "docs": docs}).rows]
    if actors:
        out += [(cid, "a", task) for cid, task in store.query(_BY_ACTOR, {"actors": actors, "docs": docs}).rows]
    names = [k[2:] for k in keys if k[0] == "n"]
    if names:
        out += [(cid, "n", task) for cid, task in store.query(_BY_NAME, {"names": names, "docs": docs}).rows]
    return out


def content_hash(path: str, **options) -> Optional[str]:
    """A hash of a file's bytes, the options it is read with and this version of ``kg``
    (another version may read the same bytes otherwise); None for standard input."""
    if path == "-":
        return None
    salt = hash_salt(**options)

    def chunks():
        with open(path, "rb") as f:
            yield from iter(lambda: f.read(1 << 20), b"")
        yield salt.encode()

    return content_digest(chunks())


def hash_salt(**options) -> str:
    """What :func:`content_hash` hashes after a file's bytes: this version of ``kg`` and the options."""
    from . import __version__

    return repr((__version__, sorted((k, v) for k, v in options.items() if v is not None)))


#: a file changed less than this long ago (nanoseconds) has no :func:`file_signature`: a change within the
#: same tick of the file system's clock would leave its signature as it was (git's "racily clean" files)
RACY_NS = 2_000_000_000


def file_signature(path: str, now: Optional[int] = None) -> Optional[str]:
    """The size, times and inode of a file, which change whenever its bytes do; None for a file changed
    in the last :data:`RACY_NS`.  Raises OSError as ``os.stat`` does.

    >>> import tempfile, time
    >>> with tempfile.NamedTemporaryFile() as f:
    ...     sig = file_signature(f.name, now=time.time_ns() + RACY_NS)
    ...     recent = file_signature(f.name)
    >>> sig.split(":")[0], recent
    ('0', None)
    """
    st = os.stat(path)
    if (time.time_ns() if now is None else now) - max(st.st_mtime_ns, st.st_ctime_ns) < RACY_NS:
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


#: what the embedded store's graph is read back with when its index is built again
_ALL = ("MATCH (c:Commitment)-[:STATED_IN]->(d:Document) RETURN c.id, d.id, c.task",
        "MATCH (d:Document) RETURN d.key, d.id",
        "MATCH (c:Commitment)-[:CONCERNS]->(p:Project) RETURN c.id, p.name",
        "MATCH (a)-[:LEADS|RESPONSIBLE_FOR|ASSISTS]->(c:Commitment) RETURN c.id, a.id, a.name")


def _in_key_order(blocks: dict) -> list[tuple[str, str]]:
    """The ``(key, commitment id)`` rows of ``blocks`` in the order of the table's key: SQLite then
    appends to its B-tree instead of inserting all over it (half the time for 100,000 commitments).

    >>> _in_key_order({"c:2": {"p 东湖区", "a org:1"}, "c:1": {"p 东湖区"}})
    [('a org:1', 'c:2'), ('p 东湖区', 'c:1'), ('p 东湖区', 'c:2')]
    """
    by_key: dict = {}
    for cid, keys in blocks.items():
        for k in keys:
            by_key.setdefault(k, []).append(cid)
    return [(k, cid) for k in sorted(by_key) for cid in sorted(by_key[k])]


class BlockIndex:
    """The blocks of every stored commitment, and the content hash of every stored document key.

    A SQLite file beside the embedded store's database, written only by the
    store's one writer.  It may hold more than the graph, never less: rows of
    new commitments are committed before the graph's transaction, rows of the
    commitments a document no longer states are removed after it (a candidate
    that is no longer stored is simply not found when loaded), and a
    document's hash is recorded only once its reading is stored.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        #: the blocks read so far, kept as the file holds them while :meth:`remember` is on (an ingest's)
        self.cache: Optional[BlockCache] = None
        self.db = sqlite3.connect(str(self.path), isolation_level=None,
                                  check_same_thread=False)  # a big write adds in a thread (one at a time)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value TEXT)")
        if not self.built() and self.db.execute("SELECT 1 FROM meta WHERE name = 'version'").fetchone():
            # another version's tables: start again (rebuilt from the graph)
            self.db.executescript("DROP TABLE IF EXISTS commitments; DROP TABLE IF EXISTS blocks; "
                                  "DROP TABLE IF EXISTS documents; DROP TABLE IF EXISTS speeches; "
                                  "DROP TABLE IF EXISTS signatures;")
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS commitments(cid TEXT PRIMARY KEY, doc TEXT, task TEXT, keys TEXT);
            CREATE INDEX IF NOT EXISTS commitments_doc ON commitments(doc);
            CREATE TABLE IF NOT EXISTS blocks(key TEXT, cid TEXT, PRIMARY KEY(key, cid)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS documents(key TEXT PRIMARY KEY, hash TEXT);
            CREATE TABLE IF NOT EXISTS speeches(key TEXT, doc TEXT, PRIMARY KEY(key, doc)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS signatures(key TEXT PRIMARY KEY, signature TEXT, salt TEXT, hash TEXT);
        """)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def remember(self, limit: Optional[int] = None) -> None:
        """Keep the blocks lookups read in memory (at most ``limit`` entries, :class:`BlockCache`),
        until :meth:`forget`: an ingest's batches look in the same blocks again and again."""
        self.cache = BlockCache(limit or CACHE_LIMIT)

    def forget(self) -> None:
        self.cache = None

    # -- state -----------------------------------------------------------------------------------
    def built(self) -> bool:
        row = self.db.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        return bool(row and row[0] == INDEX_VERSION)

    def rebuild(self, run) -> None:
        """Fill the index from the graph (``run(cypher)`` returns rows): a store written
        before there was an index, or by another version of it."""
        docs, blocks = {}, {}
        for cid, doc, task in run(_ALL[0]):
            docs[cid] = (doc, task)
            blocks.setdefault(cid, set())
        speeches = [(key, doc) for key, doc in run(_ALL[1]) if key]
        for cid, name in run(_ALL[2]):
            if cid in blocks and name:
                blocks[cid].add("p" + SEP + name)
        for cid, aid, name in run(_ALL[3]):
            if cid in blocks:
                blocks[cid].add("a" + SEP + aid)
                if name:
                    blocks[cid].add("n" + SEP + name)
        with self._tx():
            self.db.execute("DELETE FROM commitments")
            self.db.execute("DELETE FROM blocks")
            self.db.execute("DELETE FROM documents")  # hashes of an unknown past: read those files again
            self.db.execute("DELETE FROM speeches")
            self.db.execute("DELETE FROM signatures")
            self.db.executemany("INSERT OR IGNORE INTO speeches VALUES (?, ?)", speeches)
            self._insert([(cid, d, t, RS.join(sorted(blocks[cid]))) for cid, (d, t) in docs.items()], blocks)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (INDEX_VERSION,))

    # -- writes (see the class docstring for the order) ------------------------------------------
    def add(self, graph: Graph) -> None:
        """Before the graph's transaction: the blocks of the commitments ``graph`` writes."""
        stated = _documents_of(graph)
        blocks = {cid: b for cid, b in blocks_of(graph).items() if cid in stated}
        nodes = graph.nodes
        rows = [(cid, stated[cid], nodes[cid].props.get("task"), RS.join(sorted(b))) for cid, b in blocks.items()]
        speeches = [(n.props["key"], n.id) for n in graph.nodes_of("Document") if n.props.get("key")]
        with self._tx(keep=True):
            self.db.executemany("INSERT OR IGNORE INTO speeches VALUES (?, ?)", speeches)
            self._insert(rows, blocks)
        if self.cache is not None:
            self.cache.added(rows, blocks)

    def prune(self, replaced: Iterable[str], graph: Graph) -> None:
        """After the graph's transaction: forget what the replaced documents no longer state."""
        replaced = sorted(set(replaced))
        if not replaced:
            return
        keep = {e.src for e in graph.edges_of("STATED_IN")}
        with self._tx(keep=True):
            q = ",".join("?" * len(replaced))
            gone = [(cid, keys) for cid, keys in
                    self.db.execute(f"SELECT cid, keys FROM commitments WHERE doc IN ({q})", replaced)
                    if cid not in keep]
            self.db.executemany("DELETE FROM blocks WHERE key = ? AND cid = ?",
                                [(k, cid) for cid, keys in gone for k in (keys or "").split(RS) if k])
            self.db.executemany("DELETE FROM commitments WHERE cid = ?", [(c,) for c, _ in gone])
            written = {n.id for n in graph.nodes_of("Document")}
            self.db.executemany("DELETE FROM speeches WHERE doc = ?", [(d,) for d in replaced if d not in written])
        if self.cache is not None:
            self.cache.removed(gone)

    def _insert(self, commitments: list[tuple], blocks: dict) -> None:
        """``commitments``: rows ``(id, document, task, keys)``; ``blocks``: their keys by id."""
        self.db.executemany("INSERT OR REPLACE INTO commitments VALUES (?, ?, ?, ?)", commitments)
        self.db.executemany("INSERT OR IGNORE INTO blocks VALUES (?, ?)", _in_key_order(blocks))

    def _tx(self, keep: bool = False):
        """A transaction on the index; ``keep``: the caller tells the cache what it changed, else the
        cache is emptied (a merge of kg/longtext.py, a rebuild)."""
        db, index = self.db, self

        class _T:
            def __enter__(self):
                db.execute("BEGIN")

            def __exit__(self, kind, *_):
                try:
                    db.execute("COMMIT" if kind is None else "ROLLBACK")
                finally:
                    if not keep and index.cache is not None:
                        index.cache.clear()
        return _T()

    # -- reads -----------------------------------------------------------------------------------
    def lookup(self, keys: list[str], docs: list[str]) -> list[tuple[str, str, str]]:
        """``(commitment id, key, task)`` of the stored commitments in the blocks ``keys``, outside ``docs``."""
        skip = set(docs)
        return [(cid, key, task) for cid, key, doc, task in lookup_rows(self.db, keys, self.cache) if doc not in skip]

    def documents_of(self, keys: Iterable[str]) -> set[str]:
        """Ids of the documents (speeches) stored under the given document keys (perhaps no longer)."""
        out = set()
        for key in keys:
            out.update(d for (d,) in self.db.execute("SELECT doc FROM speeches WHERE key = ?", (key,)))
        return out

    def stored_hash(self, key: str) -> Optional[str]:
        row = self.db.execute("SELECT hash FROM documents WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def stored_hashes(self, keys: Iterable[str]) -> dict[str, str]:
        """:meth:`stored_hash` of each of ``keys`` that has one."""
        return {k: h for k, h in self._by_key("hash", "documents", keys)}

    def signatures(self, keys: Iterable[str]) -> dict[str, tuple[str, str, str]]:
        """``(signature, salt, hash)`` of each of ``keys`` whose file was hashed before (:meth:`record_signatures`)."""
        return {k: (sig, salt, h) for k, sig, salt, h in self._by_key("signature, salt, hash", "signatures", keys)}

    def _by_key(self, columns: str, table: str, keys: Iterable[str]) -> Iterable[tuple]:
        """``key, columns`` of the rows of ``table`` (keyed by ``key``) under ``keys``, 500 keys a statement."""
        keys = list(keys)
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            yield from self.db.execute(f"SELECT key, {columns} FROM {table} WHERE key IN ({','.join('?' * len(part))})",
                                       part)

    def record_signatures(self, rows: list[tuple[str, str, str, str]]) -> None:
        """``(key, signature, salt, hash)``: the file under ``key``, of that :func:`file_signature`, hashed to
        ``hash`` with that :func:`hash_salt` (so that it is not read again to be hashed while its signature holds)."""
        with self._tx():
            self.db.executemany("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?, ?)", rows)

    def record_hash(self, key: str, digest: Optional[str]) -> None:
        """After a document's reading is stored: the hash of the input it came from (None: unknown)."""
        if digest is None:
            self.db.execute("DELETE FROM documents WHERE key = ?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO documents VALUES (?, ?)", (key, digest))


def lookup_rows(db, keys: list[str], cache: Optional["BlockCache"] = None) -> Iterable[tuple[str, str, str, str]]:
    """``(commitment id, key, document, task)`` of the index ``db``'s commitments in the blocks ``keys``
    (a write beside linking is overlaid on them: kg/pending.py); ``cache``: the blocks read before,
    from there (:class:`BlockCache`)."""
    if cache is not None:
        return cache.rows(db, keys)
    return _read_rows(db, keys)


def _read_rows(db, keys: list[str]) -> Iterable[tuple[str, str, str, str]]:
    for i in range(0, len(keys), 500):
        part = keys[i:i + 500]
        q = ",".join("?" * len(part))
        yield from db.execute(f"SELECT b.cid, b.key, c.doc, c.task FROM blocks b JOIN commitments c ON c.cid = b.cid "
                              f"WHERE b.key IN ({q})", part)


#: the entries (a block's commitment, a commitment's document and task) :class:`BlockCache` holds at
#: most; past it, it starts again empty.  The 10,000 documents' whole index (50,000 commitments in
#: 148,000 block rows: 198,000 entries) is 35 MB of Python objects: 400,000 about 70 MB
CACHE_LIMIT = 400_000


class BlockCache:
    """The blocks an ingest's lookups read, kept in memory as the index file holds them: each block
    read holds every commitment id of its rows, and each of those its document and task (None once the
    index has no row of it: a block may keep a row of a commitment no longer stored, which the join of
    :func:`lookup_rows` drops).  :meth:`BlockIndex.add` and :meth:`BlockIndex.prune` tell it what they
    committed, so a lookup gives the rows the file would; a block not held is read from the file.

    Linking the next batch beside a write (kg/pending.py) reads it on the main thread while the writer
    adds to it: one lock, and a block read from the file is kept only when nothing changed the cache
    while it was read (else its rows may miss what that write added).
    """

    def __init__(self, limit: int):
        import threading

        self.limit = limit
        self.blocks: dict[str, set] = {}
        self.of: dict[str, Optional[tuple[str, str]]] = {}  # commitment -> (document, task) or None
        self.size = 0
        self.changes = 0  # counts what :meth:`added`, :meth:`removed` and :meth:`clear` changed
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def clear(self) -> None:
        with self.lock:
            self.blocks, self.of, self.size = {}, {}, 0
            self.changes += 1

    def rows(self, db, keys: list[str]) -> list[tuple[str, str, str, str]]:
        with self.lock:
            held = {k: self.blocks[k] for k in keys if k in self.blocks}
            known, seen = self.of, self.changes
        missing = [k for k in keys if k not in held]
        read: dict[str, set] = {k: set() for k in missing}
        of: dict[str, Optional[tuple]] = {}
        for i in range(0, len(missing), 500):
            part = missing[i:i + 500]
            q = ",".join("?" * len(part))
            for key, cid, stored, doc, task in db.execute(
                    f"SELECT b.key, b.cid, c.cid, c.doc, c.task FROM blocks b LEFT JOIN commitments c "
                    f"ON c.cid = b.cid WHERE b.key IN ({q})", part):
                read[key].add(cid)
                of[cid] = (doc, task) if stored is not None else None
        with self.lock:  # (the writer changes the sets held in place: walked under the lock)
            self.hits += len(held)
            self.misses += len(missing)
            out = []
            for key in keys:
                members = held.get(key)
                got, members = (known, members) if members is not None else (of, read[key])
                for cid in members:
                    row = got.get(cid)
                    if row is not None:
                        out.append((cid, key, row[0], row[1]))
            if missing and seen == self.changes:
                self.size += sum(map(len, read.values())) + sum(1 for c in of if c not in self.of)
                self.blocks.update(read)
                self.of.update(of)
                if self.size > self.limit:  # starts again: the blocks read next are kept
                    self.blocks, self.of, self.size = {}, {}, 0
                    self.changes += 1
        return out

    def added(self, rows: list[tuple], blocks: dict) -> None:
        """What :meth:`BlockIndex.add` committed: ``rows`` ``(id, document, task, keys)``, the blocks of each."""
        with self.lock:
            self.changes += 1
            held = self.blocks
            for cid, keys in blocks.items():
                for k in keys:
                    members = held.get(k)
                    if members is not None and cid not in members:
                        members.add(cid)
                        self.size += 1
            of = self.of
            for cid, doc, task, _ in rows:
                if cid in of or any(k in held for k in blocks[cid]):
                    self.size += cid not in of
                    of[cid] = (doc, task)

    def removed(self, gone: list[tuple[str, str]]) -> None:
        """What :meth:`BlockIndex.prune` committed: ``(id, keys)`` of the commitments it removed."""
        with self.lock:
            self.changes += 1
            for cid, keys in gone:
                for k in (keys or "").split(RS):
                    members = self.blocks.get(k)
                    if members is not None:
                        members.discard(cid)
                if cid in self.of:
                    self.of[cid] = None
