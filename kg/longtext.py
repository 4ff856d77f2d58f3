"""A long text stored in parts, published whole: its text and graph are never held whole.

A text file larger than :data:`LONG_TEXT` bytes (a speech of tens of MB, pages
saved one after another) is not read whole.  Its bytes are decoded as a stream
(:func:`text_parts`: the encoding is told from the file as :func:`loaders.text.decode`
does, then read a MB at a time) and cut into parts of about :data:`PART_CHARS`
characters at a blank line.  Each part is extracted as a continuation of the
same speech (the title, date, place and speaker read from the first part),
resolved, linked and written in its own transaction, so what is held at a time
is one part's text, records and graph.  The parts are written by short-lived child
processes (:class:`PartWriter`, :data:`PARTS_PER_PROCESS` parts each) while this process
reads the next: the database engine's heap, which a process keeps from its writes,
goes with each child, and what stays is what the store itself needs (its buffer pool
grows with the store, not with the text: docs/reliability.md has the figures).

The document stays wholly in or wholly out (kill -9, a bad byte half way, a full
disk): the parts are written into a **staging copy** of the store's database
file (``.staging-PID/`` in the store's folder; the parts' blocks for linking go
to a small index file of their own there, merged into the store's index at the
end), and the copy replaces the database file in one ``rename`` once the last
part is committed (:class:`Staging`).  A reader opens the old file or the new
one, never a half-written document; a writer killed before the rename leaves
the store as it was and a stale staging folder that the next writer removes.
The writer keeps its lock on the store the whole time, so no other writer
can write in between.  The cost is a copy of the database file per
long text (disk and time, not memory: docs/reliability.md has it measured).

Limits (docs/reliability.md): a long text is read as one speech (numbered
speech headings are not split, as they are in a short page); an HTML page is
read whole (its tags span the parts); the short forms of bodies (住建局 for
县住建局) are joined within a part; a text from standard input is read whole.
Texts under :data:`LONG_TEXT` are read whole, as before, so their graph is the
one they always had.
"""
from __future__ import annotations

import codecs
import ctypes
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator, Optional

from .errors import InputError, StoreError
from .model import CommitmentRecord, DocumentRecord, Evidence

#: text files larger than this many bytes are stored in parts (``KG_LONG_TEXT_MB`` moves it)
LONG_TEXT = int(float(os.environ.get("KG_LONG_TEXT_MB", "4")) * 1_000_000)
#: characters in a part (``KG_PART_CHARS`` moves it)
PART_CHARS = int(os.environ.get("KG_PART_CHARS", "200000"))
#: bytes read at a time
CHUNK = 1 << 20
#: page cache (buffer pool) of the staging copy's database in MB (``KG_BUFFER_POOL_MB``; 0: Ladybug's default,
#: most of the machine's memory, whose table of pages alone holds about 40 MB).  Unset: 256 MB more than the
#: store's database file, a bound that grows with the store, not with the text (the pool held 65 MB after
#: 36 MB of text into an empty store).  Too small a cap fails a write ("the buffer pool is full": 32 MB did)
STAGING_POOL_MB = int(os.environ["KG_BUFFER_POOL_MB"]) if os.environ.get("KG_BUFFER_POOL_MB") else None
#: the pool's room beyond the store's file when ``KG_BUFFER_POOL_MB`` is unset
POOL_ROOM_MB = 256


def staging_pool_mb(file_bytes: int) -> Optional[int]:
    """The staging copy's buffer pool in MB (None: Ladybug's default).

    >>> staging_pool_mb(100_000_000) if STAGING_POOL_MB is None else 351
    351
    """
    if STAGING_POOL_MB is not None:
        return STAGING_POOL_MB or None
    return POOL_ROOM_MB + (file_bytes >> 20)


@dataclass(frozen=True)
class LongText:
    """A text file that :func:`kg.ingest.ingest` stores in parts (:func:`store_long`), not read yet."""
    path: str
    options: tuple  # the read options of kg.ingest.read, as sorted items


def is_long(path: str, options: dict) -> bool:
    """A plain text file (not HTML, not ``-``) larger than :data:`LONG_TEXT`."""
    if path == "-" or LONG_TEXT <= 0:
        return False
    from loaders import kind_of
    from loaders.text import is_html

    try:
        if (options.get("kind") or kind_of(path)) != "text" or os.path.getsize(path) <= LONG_TEXT:
            return False
        with open(path, "rb") as f:
            head = f.read(4096)
    except (OSError, InputError):
        return False  # the loader says what is wrong with it
    return not is_html(path, head)


# ---- the text, as a stream of parts ------------------------------------------------------------

def encoding_of(path: str, name: str, encoding: Optional[str] = None) -> str:
    """The encoding :func:`loaders.text.decode` would read the file in, told from its head
    (and, for UTF-8, from a pass over the whole file, a MB at a time)."""
    from loaders.text import _looks_binary, _plausibility

    with open(path, "rb") as f:
        head = f.read(1 << 16)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", source=name) from None
        return encoding
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _looks_binary(head):
        raise InputError("a binary file, not text; kg reads .txt .md .htm .html", source=name)
    if _decodes(path, "utf-8"):
        return "utf-8"
    best, score = None, -1.0
    for enc in ("gb18030", "big5"):
        try:
            text = codecs.getincrementaldecoder(enc)().decode(head, False)
        except UnicodeDecodeError:
            continue
        if _plausibility(text) > score:
            best, score = enc, _plausibility(text)
    if best is None:
        raise InputError("cannot tell the encoding (not UTF-8, GB18030 or Big5); give --encoding", source=name)
    return best


def _decodes(path: str, enc: str) -> bool:
    dec = codecs.getincrementaldecoder(enc)()
    try:
        with open(path, "rb") as f:
            while True:
                chunk = f.read(CHUNK)
                dec.decode(chunk, not chunk)
                if not chunk:
                    return True
    except UnicodeDecodeError:
        return False


def _cut(buf: str, size: int) -> int:
    """Where a part of ``buf`` ends: after the last blank line of its first ``size``
    characters (else the last line end, else ``size``)."""
    for sep in ("\n\n", "\r\n\r\n", "\n"):
        i = buf.rfind(sep, size // 2, size)
        if i >= 0:
            return i + len(sep)
    return size


def text_parts(path: str, *, name: str, encoding: Optional[str] = None,
               part_chars: Optional[int] = None) -> Iterator[tuple[int, int, str]]:
    """``(offset, line, part)``: the decoded text of ``path`` in parts cut at blank lines,
    each with the offset of its first character and the number of lines before it.

    >>> import tempfile
    >>> p = tempfile.mktemp(suffix=".txt"); _ = open(p, "w", encoding="gbk").write("甲乙。\\n\\n丙丁。\\n\\n戊己。\\n")
    >>> [(o, n, t) for o, n, t in text_parts(p, name="a.txt", part_chars=8)]
    [(0, 0, '甲乙。\\n\\n'), (5, 2, '丙丁。\\n\\n'), (10, 4, '戊己。\\n')]
    """
    part_chars = part_chars or PART_CHARS
    enc = encoding_of(path, name, encoding)
    dec = codecs.getincrementaldecoder(enc)()
    buf, offset, lines, read = "", 0, 0, 0
    with open(path, "rb") as f:
        while True:
            chunk = f.read(CHUNK)
            try:
                buf += dec.decode(chunk, not chunk)
            except UnicodeDecodeError as e:
                raise InputError(f"not valid {enc} at byte {read + e.start}; check --encoding", source=name) \
                    from None
            read += len(chunk)
            while len(buf) > part_chars or (not chunk and buf):
                cut = _cut(buf, part_chars) if len(buf) > part_chars else len(buf)
                part, buf = buf[:cut], buf[cut:]
                yield offset, lines, part
                offset += len(part)
                lines += part.count("\n")
            if not chunk:
                return


# ---- the records of each part ------------------------------------------------------------------

def _read_part(part: str, t: str, dd, meta: tuple, start: int, end: int) -> list:
    """The commitments of one part (``t`` folded); a part copied from a PDF wrapped at the page's width is read
    joined, its evidence quoted from the part (kg/extract/unwrap.py, rx41)."""
    from kg.extract.commitments import SpeechBuilder
    from kg.extract.segment import fold
    from kg.extract.unwrap import joined_at, quoted_from, unwrap

    place, speaker, title = meta
    joined, back = unwrap(part)
    if back is None:
        return SpeechBuilder(t, part, dd, place=place, speaker=speaker, title=title).build(start, end)
    jt = fold(joined)
    found = SpeechBuilder(jt, joined, dd, place=place, speaker=speaker, title=title).build(joined_at(back, start),
                                                                                       joined_at(back, end))
    return [quoted_from(c, part, back) for c in found]


def _shift(c: CommitmentRecord, chars: int, lines: int) -> CommitmentRecord:
    """A part's commitment with offsets and line numbers into the whole text."""
    if not chars:
        return c
    ev = tuple(Evidence(e.text, None if e.start is None else e.start + chars, None if e.end is None else e.end + chars)
               for e in c.evidence)
    return replace(c, evidence=ev, line=None if c.line is None else c.line + lines)


def _counted(commitments: tuple, seen: dict) -> tuple:
    """The commitments of one part, each with its ``occurrence`` among the statements of its task in the
    whole text (``seen``: their number in the parts before, updated): the ids of a text read in parts are
    those of the text read whole.

    >>> from kg.model import CommitmentRecord
    >>> seen = {}
    >>> [c.occurrence for part in ([CommitmentRecord(task="修路")], [CommitmentRecord(task="修路"), CommitmentRecord(task="建桥")])
    ...  for c in _counted(tuple(part), seen)]
    [0, 1, 0]
    """
    from .resolve import norm

    out = []
    for c in commitments:
        t = norm(c.task)
        out.append(replace(c, occurrence=seen.get(t, 0)))
        seen[t] = out[-1].occurrence + 1
    return tuple(out)


def records(path: str, *, key: str, source: Optional[str] = None, encoding: Optional[str] = None,
            date: Optional[str] = None, place: Optional[str] = None, **_) -> Iterator[DocumentRecord]:
    """One :class:`DocumentRecord` per part of a long text, all of the same speech (key, speech 1):
    the title, date, place and speaker of the first part, the commitments of each part."""
    from kg.extract.docdate import DocDate, infer_date, parse_option
    from kg.extract.meta import speech_meta
    from kg.extract.segment import body_end, fold, split_speeches
    from kg.extract.tables import SOURCE

    name = source or Path(path).name
    meta = None
    seen: dict = {}  # the statements of each task in the parts before: a commitment's id counts them (kg/resolve.py)
    token = SOURCE.set(path)
    try:
        parts = text_parts(path, name=source or path, encoding=encoding)
        nxt = next(parts, None)
        if nxt is None or not nxt[2].strip():
            raise InputError("the file is empty", source=source or path)
        while nxt is not None:
            (offset, lines, part), nxt = nxt, next(parts, None)
            t = fold(part)
            start, end = 0, (len(t) if nxt is not None else body_end(t))
            if meta is None:
                sp = split_speeches(part)[0]
                start = sp.start
                dd = parse_option(date) if date else infer_date(t[sp.start:sp.end], heading=sp.heading)
                if dd.year is None:
                    dd = DocDate()
                meta = (dd, *speech_meta(t[sp.start:sp.end], sp.title), sp.title)
            dd, doc_place, speaker, title = meta
            found = _read_part(part, t, dd, (doc_place, speaker, title), start, end)
            yield DocumentRecord(source=name, title=title, date=dd.iso, date_source=dd.source,
                                 place=doc_place or place, speaker=speaker, speech=1,
                                 commitments=_counted(tuple(_shift(c, offset, lines) for c in found), seen),
                                 kind="text", key=key)
    finally:
        SOURCE.reset(token)


# ---- the staging copy --------------------------------------------------------------------------

STAGING_PREFIX = ".staging-"


def remove_staged(folder: Path) -> None:
    """Remove the staging copies of a writer killed before it published (called by a writer,
    which holds the store's lock: no other writer is staging)."""
    for stale in Path(folder).glob(STAGING_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)


class _StagedIndex:
    """The blocking index of the staging copy: lookups go to the store's own index (which holds every
    other document; a part's candidates are looked for outside its document, so the parts written so
    far are never among them), the parts' blocks to a file of their own in the staging folder, merged
    into the store's index when the text is published.  So a part's lookup costs what the blocks of
    the other documents hold, not the parts already written, and nothing of the index is copied."""

    def __init__(self, main, parts):
        self.main, self.parts = main, parts

    def add(self, graph) -> None:
        self.parts.add(graph)

    def prune(self, replaced, graph) -> None:
        """The replaced reading's blocks stay in the store's index (it may hold more than the graph)."""

    def __getattr__(self, name):  # lookup, documents_of, stored_hash: the store's index
        return getattr(self.main, name)

    def close(self) -> None:
        self.parts.close()

    def merge_into_main(self) -> None:
        """Before the copy is published: the parts' blocks into the store's index (more, never less)."""
        db = self.main.db
        db.execute("ATTACH DATABASE ? AS parts", (str(self.parts.path),))
        try:
            with self.main._tx():
                for table, verb in (("commitments", "REPLACE"), ("blocks", "IGNORE"), ("speeches", "IGNORE")):
                    db.execute(f"INSERT OR {verb} INTO main.{table} SELECT * FROM parts.{table}")
        finally:
            db.execute("DETACH DATABASE parts")


class Staging:
    """A copy of an embedded store's database that parts are written into (their blocks
    into a file of their own, :class:`_StagedIndex`); :meth:`publish` renames it over the
    store's file, :meth:`discard` removes it.  With ``open_copy`` false the copy is made but
    not opened here: a child process writes into it (:class:`PartWriter`)."""

    def __init__(self, store, *, open_copy: bool = True):
        from .blocking import INDEX_FILE, INDEX_VERSION, BlockIndex
        from .store.embedded import DB_FILE

        self.main = store
        self.store = None
        remove_staged(store.folder)
        store._conn.execute("CHECKPOINT")  # the file holds every committed write
        self.folder = store.folder / f"{STAGING_PREFIX}{os.getpid()}"
        self.folder.mkdir()
        try:
            shutil.copyfile(store.file, self.folder / DB_FILE)
            parts = BlockIndex(self.folder / INDEX_FILE)  # empty, and marked built: not rebuilt from the copy
            parts.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (INDEX_VERSION,))
            parts.close()
            self.pool_mb = staging_pool_mb(store.file.stat().st_size)
            if open_copy:
                self.store = open_staged(self.folder, store.index, self.pool_mb)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def publish(self) -> None:
        """The copy becomes the store's database in one rename; the writer reopens it."""
        import ladybug

        from .blocking import INDEX_FILE, BlockIndex
        from .store.embedded import DB_FILE

        if self.store is not None:
            self.store._conn.execute("CHECKPOINT")
            self.store.close()
        if self.main.index is not None:
            parts = BlockIndex(self.folder / INDEX_FILE)
            try:
                _StagedIndex(self.main.index, parts).merge_into_main()
            finally:
                parts.close()
        os.replace(self.folder / DB_FILE, self.main.file)  # still holding the old file's lock: no writer between
        main = self.main
        main._conn.close()
        main._db.close()
        main._db, main._conn = main._connect(ladybug, False)
        shutil.rmtree(self.folder, ignore_errors=True)

    def discard(self) -> None:
        if self.store is not None:
            self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def open_staged(folder: Path, main_index, pool_mb: Optional[int]):
    """The staging copy in ``folder`` opened as a store whose index looks up in ``main_index``."""
    from .store.embedded import EmbeddedStore

    store = EmbeddedStore(str(folder), wait=0, buffer_pool_mb=pool_mb)
    if main_index is not None:
        store.index = _StagedIndex(main_index, store.index)
    return store


def write_part(store, doc: DocumentRecord, old: list, appending: bool, decisions) -> int:
    """One part into the staging copy ``store``: resolved, linked, written in its own transaction."""
    from .link import link_progress
    from .posts import derive_posts
    from .resolve import resolve
    from .review import merge_actors

    graph = resolve([doc])
    merge_actors(graph, decisions, store)
    derive_posts(store, graph, replaced=old, decisions=decisions)
    link_progress(store, graph, replaced=old, decisions=decisions, appending=appending)
    store.write(graph, replace_documents=old)
    return len(doc.commitments)


#: parts a child process writes before it exits and the next one starts (``KG_PARTS_PER_PROCESS``;
#: 0: the parts are written by the ingesting process itself, whose memory then grows with the parts)
PARTS_PER_PROCESS = int(os.environ.get("KG_PARTS_PER_PROCESS", "8"))


class PartWriter:
    """Writes parts into the staging copy from short-lived child processes, each of which opens the
    copy, writes up to :data:`PARTS_PER_PROCESS` parts and exits: the memory the database's engine
    keeps from each write (its native heap, which no close released) goes with the process, so what
    a long text costs is one child's few parts, not all its parts (docs/reliability.md).  The ingesting
    process reads and extracts the next part while a child writes the one before; it keeps the store's
    lock throughout.  A child dies with its parent (kill -9 of the writer leaves no child writing)."""

    def __init__(self, staging: Staging, decisions, source: str):
        self.staging, self.decisions, self.source = staging, decisions, source
        self.proc = self.conn = None
        self.sent = 0  # parts sent to the current child
        self.pending = False  # a part sent and not yet acknowledged
        self.count = 0

    def _start(self) -> None:
        """A child running :func:`_serve` (a fresh interpreter that imports kg, not the caller's main
        module as multiprocessing's spawn would), on one end of a socket pair."""
        import socket
        import subprocess
        import sys
        from multiprocessing.connection import Connection

        main_index = self.staging.main.index
        mine, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        self.proc = subprocess.Popen([sys.executable, "-c", _SERVE, str(theirs.fileno())],
                                     pass_fds=(theirs.fileno(),), env=env)
        theirs.close()
        self.conn, self.sent = Connection(mine.detach()), 0
        self.conn.send((os.getpid(), str(self.staging.folder), None if main_index is None else str(main_index.path),
                        self.staging.pool_mb, self.decisions))

    def send(self, doc: DocumentRecord, old: list, appending: bool) -> None:
        """Hand a part to the child (started if need be); its acknowledgement is awaited at the next call."""
        self.wait()
        if self.proc is not None and self.sent >= max(PARTS_PER_PROCESS, 1):
            self._stop()
        if self.proc is None:
            self._start()
        self.conn.send((doc, old, appending))
        self.sent += 1
        self.pending = True

    def wait(self) -> None:
        if self.pending:
            self.pending = False
            self.count += self._reply()

    def finish(self) -> int:
        """Every part acknowledged and the last child gone (its copy checkpointed): the number of commitments."""
        self.wait()
        self._stop()
        return self.count

    def _stop(self) -> None:
        if self.proc is None:
            return
        self.conn.send(None)
        self._reply()
        self.proc.wait()
        self.conn.close()
        self.proc = self.conn = None

    def _reply(self) -> int:
        try:
            kind, value = self.conn.recv()
        except (EOFError, OSError):
            try:
                self.proc.wait(5)
            except Exception:  # noqa: BLE001 (still running: its code is unknown)
                pass
            raise StoreError(f"the process writing its parts died (exit code {self.proc.returncode}); "
                             "nothing was stored", source=self.source) from None
        if kind == "ok":
            return value
        raise (StoreError if kind == "store" else InputError if kind == "input" else RuntimeError)(value)

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.conn.close()
            self.proc = self.conn = None


#: the command of a part writer (its argument: the file descriptor of its end of the socket pair)
_SERVE = "import sys; from kg.longtext import _serve; _serve(int(sys.argv[1]))"


def _serve(fd: int) -> None:
    """A child of :class:`PartWriter`: its settings, then parts, from the socket ``fd``."""
    from multiprocessing.connection import Connection

    conn = Connection(fd)
    _child(conn, *conn.recv())


def _child(conn, parent: int, folder: str, main_index: Optional[str], pool_mb: Optional[int], decisions) -> None:
    """Parts from ``conn`` into the staging copy until ``None``."""
    import traceback

    _die_with_parent(parent)
    from .blocking import BlockIndex
    from .errors import KGError

    index = BlockIndex(Path(main_index)) if main_index else None
    store = None
    try:
        store = open_staged(Path(folder), index, pool_mb)
        while True:
            msg = conn.recv()
            if msg is None:
                store._conn.execute("CHECKPOINT")
                conn.send(("ok", 0))
                return
            conn.send(("ok", write_part(store, *msg, decisions)))
            _return_freed_memory()
    except KGError as e:
        conn.send(("store" if isinstance(e, StoreError) else "input", e.message))
    except BaseException:
        conn.send(("bug", traceback.format_exc()))
    finally:
        if store is not None:
            store.close()
        if index is not None:
            index.close()


def _die_with_parent(parent: int) -> None:
    """Linux: this process is killed when its parent dies (kill -9 of the writer stops its child too)."""
    try:
        ctypes.CDLL(None).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before that
        os._exit(1)


def store_long(store, text: LongText, *, decisions=None) -> list[DocumentRecord]:
    """Store a long text part by part (see the module's docstring); return its document,
    with the number of its commitments in ``commitments`` (a tuple of ``None``)."""
    from .ingest import input_key, replaced_documents
    from .review import load, review_path

    if decisions is None:
        decisions = load(review_path(store))
    options = dict(text.options)
    key = input_key(text.path, options.get("source"))
    parts = records(text.path, key=key, **options)
    first = next(parts)  # a file that cannot be read fails here, before any copy is made
    if not hasattr(store, "folder"):  # a server store: one transaction (memory not bounded)
        from .ingest import store_records

        docs = [first, *parts]
        store_records(store, text.path, docs, decisions=decisions)
        return docs
    old = replaced_documents(store, [first])  # the copy holds what the store holds
    in_children = PARTS_PER_PROCESS > 0
    staging = Staging(store, open_copy=not in_children)
    writer = PartWriter(staging, decisions, text.path) if in_children else None
    count, doc = 0, first
    try:
        for i, doc in enumerate(_chain(first, parts)):
            if writer is not None:
                writer.send(doc, old, i > 0)
            else:
                count += write_part(staging.store, doc, old, i > 0, decisions)
                _return_freed_memory()
            old = []
        if writer is not None:
            count = writer.finish()
    except StoreError as e:
        _abandon(staging, writer)
        raise StoreError(e.message, source=text.path) from None
    except BaseException:
        _abandon(staging, writer)
        raise
    staging.publish()
    return [replace(doc, commitments=(None,) * count)]


def _abandon(staging: Staging, writer: Optional[PartWriter]) -> None:
    if writer is not None:
        writer.kill()
    staging.discard()


def _return_freed_memory() -> None:
    """After a part: hand the memory freed back to the system.  glibc's malloc keeps freed
    pages in its arenas (one per thread of the database), so without this the RSS grows
    with what each part allocated and freed, not with what is held (docs/reliability.md)."""
    global _TRIM
    if _TRIM is None:
        try:
            _TRIM = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError):  # not glibc
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM = None


def _chain(first, rest):
    yield first
    yield from rest
