"""Ingest: files → loader records → identity → one store transaction per batch of files.

A file is parsed whole before anything is written.  The files read are
stored in batches (up to ``BATCH_FILES`` files and about
``BATCH_COMMITMENTS`` commitments), each resolved, linked and written in one
transaction (:func:`store_batch`), which gives the graph that one
transaction per file gives; a file is wholly stored or not at all, so a bad
file stores nothing and leaves the other files intact (a batch whose write
fails is written again file by file, to name the file at fault).
Every good file is stored; the bad ones are reported together at the end
(:class:`kg.errors.IngestFailed`), or the first one stops the run with
``fail_fast=True``.

A document is identified by its key (:func:`input_key`): the canonical path
of its file, a hash of what came on standard input, or a ``source`` given on
purpose.  Re-ingesting a document replaces what it stated before; ingesting
the same file twice changes nothing.
"""
from __future__ import annotations

import logging
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .blocking import content_hash, file_signature, hash_salt
from .errors import IngestFailed, InputError, KGError, StoreError
from .graph import Graph
from .ids import content_digest
from .link import link_progress
from .workcache import attach as attach_works, detach as detach_works, written as works_written
from .longtext import LongText, is_long, store_long
from .model import DocumentRecord
from .posts import derive_posts
from .resolve import document_id, resolve, unpacked
from .review import Decisions, load as load_decisions, merge_actors, review_path
from .store.base import Store

_log = logging.getLogger("kg.ingest")


@dataclass
class IngestReport:
    files: int = 0
    documents: int = 0
    commitments: int = 0
    per_file: list[tuple[str, int, int]] = field(default_factory=list)  # (path, documents, commitments)
    skipped: list[str] = field(default_factory=list)  # files stored before with the same content, not read again
    failed: list[KGError] = field(default_factory=list)  # one error per file not ingested, in reading order


def input_key(path: str, source: Optional[str] = None) -> str:
    """What identifies the documents read from ``path`` in a store.

    - a file: its canonical path, so ``a/tasks.csv`` and ``b/tasks.csv`` are
      two documents, and ``examples/speech.txt`` read from anywhere is one;
    - ``-`` (standard input): ``stdin:sha256:`` and a hash of the bytes, so
      other input is another document and the same input read again
      replaces itself;
    - a given ``source``: the canonical path of the file it names, if it names
      one (read a corrected JSON in place of that file's reading, on purpose),
      else the name as given (a URL, say); reading with the same ``source``
      again replaces the document.

    >>> input_key("examples/../examples/speech.txt") == input_key("examples/speech.txt")
    True
    >>> input_key("-", source="https://example.org/notice.html")
    'https://example.org/notice.html'
    """
    if source:
        named = Path(source)
        return str(named.resolve()) if named.is_file() else source
    if path == "-":
        from loaders import read_bytes

        return "stdin:sha256:" + content_digest([read_bytes("-")], digits=16)
    return str(Path(path).resolve())


def input_keys(paths: Iterable[str], source: Optional[str] = None) -> dict[str, str]:
    """:func:`input_key` of each of ``paths`` (not ``-``), the canonical path of a folder worked out once for
    all its files: a file that is not a link is its folder's canonical path and its name (re-reading a folder
    of 10,000 files: 0.03 s instead of 0.4).

    >>> input_keys(["examples/speech.txt"]) == {"examples/speech.txt": input_key("examples/speech.txt")}
    True
    """
    if source:
        key = input_key("", source)
        return {path: key for path in paths}
    folders: dict[str, str] = {}
    keys = {}
    for path in paths:
        folder, name = os.path.split(path)
        if name in ("", ".", "..") or os.path.islink(path):
            keys[path] = input_key(path)
            continue
        real = folders.get(folder)
        if real is None:
            real = folders[folder] = os.path.realpath(folder or ".")
        keys[path] = os.path.join(real, name)
    return keys


def read(path: str, *, kind: Optional[str] = None, encoding: Optional[str] = None,
         date: Optional[str] = None, source: Optional[str] = None,
         place: Optional[str] = None) -> list[DocumentRecord]:
    """All records of one file (``-`` for stdin), parsed whole, each with its key;
    ``place``: the place of the documents that name none (a task table of 青石县 titled
    重点工作任务分解表), so that their bodies and persons are 青石县's."""
    from loaders import kind_of, loader_for  # loaders import kg: keep this import lazy

    loader = loader_for(kind or kind_of(path))
    key = input_key(path, source)
    shown = (Path(source).name if Path(source).is_file() else source) if source else None
    docs = list(loader.load(path, encoding=encoding, date=date, source=shown))
    name = shown or (Path(path).name if path != "-" else "-")
    # a records file may hold several documents, each naming its source: keep them apart
    return [replace(d, key=d.key or (key if d.source == name else f"{key}#{d.source}"), place=d.place or place)
            for d in docs]


_STORED = ("MATCH (d:Document) WHERE d.key IN $keys OR (d.id IN $legacy AND (d.key IS NULL OR d.key = d.source)) "
           "RETURN d.id")
#: the given documents as stored, to tell one stored by an older version (keyed by file name alone):
#: a primary-key lookup each (kg/store/embedded.py ``by_key``; an ``UNWIND`` of the ids scans every document)
_LEGACY = "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id, d.key, d.source"


def replaced_documents(store: Store, docs: list[DocumentRecord]) -> list[str]:
    """Ids of the stored documents that a write of ``docs`` replaces.

    The speeches ``docs`` have, every stored speech of the same key (a
    speech no longer in the file goes too), and a document stored by an older
    version, which keyed documents by file name alone.  A store with a
    blocking index (:mod:`kg.blocking`) knows the speeches of a key without
    looking at every document.
    """
    ids = {document_id(d.key or d.source, d.speech) for d in docs}
    keys = sorted({d.key or d.source for d in docs})
    legacy = sorted({document_id(d.source, d.speech) for d in docs} - ids)
    index = getattr(store, "index", None)
    if index is not None:
        ids.update(index.documents_of(keys))
        if legacy:
            rows = store.query(_LEGACY, {"ids": legacy}).rows
            # a write in flight (kg/pending.py) removes those it replaces, whether or not it is in yet
            gone = store.pending.old - store.pending.docs if getattr(store, "pending", None) else ()
            ids.update(i for i, key, source in rows if (key is None or key == source) and i not in gone)
    else:
        ids.update(r[0] for r in store.query(_STORED, {"keys": keys, "legacy": legacy or [""]}).rows)
    return sorted(ids)


def ingest_file(store: Store, path: str, *, kind: Optional[str] = None, encoding: Optional[str] = None,
                date: Optional[str] = None, source: Optional[str] = None,
                place: Optional[str] = None, decisions: Optional[Decisions] = None) -> list[DocumentRecord]:
    """Read one file into ``store`` in one transaction; return its records.

    ``decisions``: the review's (kg/review.py), default those of the file beside the store."""
    docs = read(path, kind=kind, encoding=encoding, date=date, source=source, place=place)
    store_records(store, path, docs, decisions=decisions)
    return docs


def store_records(store: Store, path: str, docs: list[DocumentRecord], *,
                  decisions: Optional[Decisions] = None) -> None:
    """Write the records read from ``path`` in one transaction, linked to what is stored
    and to the review's ``decisions`` (default: those of the file beside the store)."""
    graph, old = linked(store, resolve(docs), docs, decisions)
    _write(store, path, graph, old)


def linked(store: Store, graph: Graph, docs: list[DocumentRecord],
           decisions: Optional[Decisions] = None, *, ahead=None) -> tuple[Graph, list[str]]:
    """``graph`` (the resolved ``docs``) linked to what is stored and to the review's ``decisions``, and
    the ids of the stored documents its write replaces: what :func:`store_records` writes.  Reads the
    store: it must hold every batch written before this one, or ``ahead`` (a
    :class:`kg.pending.PendingStore`) reads it and the batch being written beside it (``_Pipeline``);
    what ``ahead`` cannot read (the works, kg/link.py, without ``ahead.works``) is read once that write
    is stored (:class:`kg.pending.Stale` when it failed)."""
    read = store if ahead is None else ahead
    old = replaced_documents(read, docs)
    if decisions is None:
        decisions = load_decisions(review_path(store))
    merge_actors(graph, decisions, read)  # persons and organizations a review called the same
    derive_posts(read, graph, replaced=old, decisions=decisions)  # persons tied by a post are one; their posts
    if ahead is not None and ahead.works is None:
        ahead.gate()  # the works are read once the write in flight is stored
    link_progress(read, graph, replaced=old, decisions=decisions)
    return graph, old


class _Failed(Exception):
    """A file of the write a batch was linked beside failed with ``fail_fast``: ``error`` stops the ingest."""

    def __init__(self, error: KGError):
        super().__init__(error)
        self.error = error


def _write(store: Store, path: str, graph: Graph, old: list[str], prepared=None) -> None:
    try:
        if prepared is not None:  # the rows made beforehand (kg/store/embedded.py ``prepare``)
            store.write(graph, replace_documents=old, prepared=prepared)
        else:
            store.write(graph, replace_documents=old)
    except BaseException as e:
        works_written(store, graph, False)  # the works it linked in memory go (kg/workcache.py)
        if isinstance(e, StoreError):
            raise StoreError(e.message, source=path) from None
        raise
    works_written(store, graph, True)


def _long(path: str, options: dict) -> Optional[LongText]:
    """A text file too long to read whole: stored in parts by :func:`kg.longtext.store_long`."""
    return LongText(path, tuple(sorted(options.items()))) if is_long(path, options) else None


def _read_job(job: tuple) -> tuple:
    """In a worker process: one file's records, or its error as plain values (errors with
    keyword arguments do not survive pickling)."""
    path, options = job
    try:
        return read(path, **options), None
    except KGError as e:
        return None, (type(e), e.message, e.source, e.line)


def _worker_start(stop=None) -> None:
    """In a worker process of ``--jobs``, first: the lowest priority (nice 19, where the system has it).  The
    workers read ahead of the pipeline's chain (linking in the main thread, the writes in the writer thread),
    so they take the cores that chain leaves instead of sharing them with it; a file they have not read when
    the main thread needs it is read there (:func:`_result`), so workers that get no core (other programs
    keep every core busy) slow the ingest to about the speed of ``--jobs 1``, no further.  ``stop``: an event
    set when the ingest needs no more of their files: a task then ends at its next file."""
    global _STOP
    _STOP = stop
    try:
        os.nice(WORKER_NICE)
    except (AttributeError, OSError):  # no os.nice (Windows), or not allowed
        pass


#: in a worker process: the event :func:`_worker_start` was given
_STOP = None


def _read_jobs(paths: list[str], options: dict, resolved: bool = False) -> list[tuple]:
    """In a worker process: :func:`_read_job` of each of ``paths``, sent back in one message; ``resolved``:
    each file's records resolved too (:func:`kg.resolve.packed`, or None when that fails: the batch is
    then resolved, and fails, in the main process), so the main process only joins them.  Also in the main
    thread, for a file it reads itself instead of waiting for a worker (:func:`_result`)."""
    out = []
    for path in paths:
        if _STOP is not None and _STOP.is_set():  # the ingest has what it needs (a starved worker ends fast)
            break
        out.append(_read_job((path, options)))
    if not resolved:
        return out
    from .resolve import packed

    def pack(docs):
        try:
            return packed(resolve(docs))
        except Exception:
            return None
    return [(docs, err, pack(docs) if docs is not None else None) for docs, err in out]


#: files a worker reads per task (``_readings``): each task costs the main process a message, a future
#: and a wake-up of the thread that waits for it, under the GIL (10,000 tasks at 10,000 documents)
CHUNK_FILES = 8

#: the workers' nice value (:func:`_worker_start`): the lowest priority
WORKER_NICE = 19

#: the seconds the main thread of ``--jobs`` waits for a worker to send a file it needs with no task of a worker
#: ending meanwhile, before it reads the file itself (:class:`_Patience`; a task of :data:`CHUNK_FILES` files
#: takes a worker 0.05-0.1 s); after such a wait it waits for none (reads each file no worker has sent yet)
#: until a file is there when needed
PATIENCE = 0.25


def _readings(todo: list[str], options: dict, jobs: int, ahead: int = 0,
              packs: Optional[dict] = None, pool=None, wait: Optional[_Patience] = None) -> Iterator[tuple[str, object]]:
    """``(path, records or KGError)`` in the order of ``todo``; with ``jobs`` > 1 files are read
    in that many worker processes at the lowest priority (:func:`_worker_start`), a few files a task
    (:data:`CHUNK_FILES`), at most ``ahead`` files (at least ``2 * jobs``) ahead of the writer: a batch's
    worth, so that the workers read the next batch while the writer stores one.  A file no worker has sent
    when it is needed is read here (:func:`_result`).  ``packs``: the workers resolve each file too, and its
    graph (:func:`kg.resolve.packed`) is put there under its path before the path is given.  ``pool``: the
    executor to use, else one of ``jobs`` worker processes, shut down at the end; ``wait``: the
    :class:`_Patience` to use (tests: what it counts)."""
    if jobs <= 1 or len(todo) < 2:
        for path in todo:
            try:
                yield path, _long(path, options) or read(path, **options)
            except KGError as e:
                yield path, e
        return
    from collections import deque

    window = max(2 * jobs, ahead)
    chunk = max(1, min(CHUNK_FILES, window // (4 * jobs)))
    own = pool is None
    if own:
        pool = _Workers(jobs)
    wait = wait or _Patience()
    try:
        sent: deque = deque()  # (path, the future of its task or None, its place in the task)
        group: list[str] = []

        def submit() -> None:
            if not wait.broken:
                try:
                    future = pool.submit(_read_jobs, list(group), options, packs is not None)
                except BrokenProcessPool:
                    wait.lost()
                else:
                    future.add_done_callback(wait.end)
                    sent.extend((p, future, i) for i, p in enumerate(group))
                    group.clear()
                    return
            sent.extend((p, None, 0) for p in group)  # no workers left: read here, in their turn
            group.clear()

        for path in todo:
            if path == "-" or _long(path, options):  # stdin and long texts: read by the writer, in their turn
                if group:
                    submit()
                sent.append((path, None, 0))
            else:
                group.append(path)
                if len(group) >= chunk:
                    submit()
            while len(sent) >= window:
                yield _result(*sent.popleft(), options, packs, wait)
        if group:
            submit()
        while sent:
            yield _result(*sent.popleft(), options, packs, wait)
    finally:
        if own:
            pool.shutdown()


class _Workers:
    """The ``jobs`` worker processes of ``--jobs`` (:func:`_readings`), forked by a server process that
    imports the extractor first (multiprocessing's ``forkserver``).  That server is started at once and
    imports while the caller goes on: an ingest starts it before it hashes its files
    (:func:`_skip_unchanged`), so that the workers are forked as soon as the first files are sent (the
    10,000-document folder: 0.3 s of hashing, 0.3 s of imports)."""

    def __init__(self, jobs: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import forkserver

        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.ingest", "kg.extract", "loaders"])
        forkserver.ensure_running()  # (returns once the server is started, not once it has imported)
        self.stop = ctx.Event()
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_start,
                                        initargs=(self.stop,))

    def submit(self, fn, *args):
        return self.pool.submit(fn, *args)

    def shutdown(self) -> None:
        """The tasks not started go; those started end at their next file (again: nothing more)."""
        self.stop.set()
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Patience:
    """How long :func:`_result` waits for a worker's file: as long as the workers end tasks, each within
    :data:`PATIENCE` of the one before (they run, and are only behind: a file read here would be read twice); not
    at all after a wait in which none ended (they get no core: the main thread reads the files), until a
    file is there when it is needed; and never again once the workers are gone (:meth:`lost`)."""

    def __init__(self):
        self.seconds = PATIENCE
        self.ended = 0  # the workers' tasks ended (:meth:`end`, in the executor's thread)
        self.taken = 0  # the files the main thread read itself
        self.broken = False  # a worker ended abruptly: the files left are read here (:meth:`lost`)

    def end(self, future) -> None:
        if not future.cancelled():
            self.ended += 1

    def lost(self) -> None:
        """A worker process ended abruptly (killed, out of memory, or it could not start): the executor
        takes no more tasks, and those it had fail.  The ingest goes on, the files left read here; said once."""
        if not self.broken:
            self.broken = True
            _log.warning(LOST_WORKERS)

    def got(self, future) -> bool:
        """Whether ``future`` is done, waited for while the workers end tasks; if not, it is cancelled
        when not started."""
        from concurrent.futures import wait

        if self.broken:
            return False
        while not future.done():
            ended = self.ended
            if wait([future], timeout=self.seconds).done:
                break
            if self.ended == ended:  # no task ended meanwhile: the workers get no core
                future.cancel()
                self.seconds = 0.0
                return future.done() and not future.cancelled()  # (it may have ended as it was cancelled)
            self.seconds = PATIENCE
        if not future.cancelled():
            self.seconds = PATIENCE
        return not future.cancelled()


def _result(path: str, future, i: int, options: dict, packs: Optional[dict] = None,
            wait: Optional[_Patience] = None) -> tuple[str, object]:
    if future is None:
        try:
            return path, _long(path, options) or read(path, **options)
        except KGError as e:
            return path, e
    sent = None
    if wait is None or wait.got(future):
        try:
            sent = future.result()[i]
        except BrokenProcessPool:  # (without a ``wait``: nothing to fall back on)
            if wait is None:
                raise
            wait.lost()
    if sent is None:  # the worker has not sent it, or the workers are gone: read here, as a worker would
        wait.taken += 1
        sent = _read_jobs([path], options, packs is not None)[0]
    docs, err, *pack = sent
    if pack and pack[0] is not None:
        packs[path] = pack[0]
    if err is not None:
        kind, message, source, line = err
        return path, kind(message, source=source, line=line)
    return path, docs


#: what :meth:`_Patience.lost` says (logger ``kg.ingest``) when the workers of ``--jobs`` are gone
LOST_WORKERS = ("a worker process of --jobs ended abruptly (killed, out of memory, or it could not start: a Python "
                "script that calls ingest with jobs > 1 must run its own code under if __name__ == \"__main__\":, "
                "as multiprocessing needs to start processes); the files left are read by this process, one at a time")


#: the batches of files the workers of ``--jobs`` read ahead of the one being linked, at most: while the
#: main thread waits for a write (the writer is the chain: 34-68 s of a 10,000's run under load), they
#: read on (one batch ahead, they stop within 0.4 s and the main thread then waits for them)
READ_AHEAD = 2

#: the files and the commitments :func:`ingest` stores in one transaction at most (a file of more
#: commitments is a batch of its own); memory is bounded by the batch, not by the corpus
BATCH_FILES = 256
BATCH_COMMITMENTS = 4000


def ingest(store: Store, paths: Iterable[str], *, kind: Optional[str] = None,
           encoding: Optional[str] = None, date: Optional[str] = None, source: Optional[str] = None,
           place: Optional[str] = None,
           fail_fast: bool = False, on_file: Optional[Callable[[str], None]] = None,
           review: Optional[str] = None, jobs: int = 1, reread: bool = False,
           batch_files: int = BATCH_FILES, batch_commitments: int = BATCH_COMMITMENTS) -> IngestReport:
    """Read every file of ``paths`` (files, folders, ``-``) into ``store``.

    Every good file is stored.  When some could not be read or written,
    :class:`kg.errors.IngestFailed` is raised at the end, with the report
    (``.report``) and one error per bad file (``.errors``); ``fail_fast``
    raises the first error instead, with the files before it stored.  A
    single file that fails raises its own error.
    ``source`` names the one document read (see :func:`input_key`);
    ``place`` is the place of documents that name none.
    ``review`` is the review file whose decisions linking applies (default:
    ``review.tsv`` beside the store; kg/review.py).

    A file whose stored reading came from the same bytes read with the same
    options is not read again (``report.skipped``; a store with a blocking
    index only), unless ``reread``.  ``jobs`` > 1 reads files in that many
    worker processes and pipelines the batches (:class:`_Pipeline`): a writer
    thread stores one batch while the next is read, resolved and linked
    against the store and the batch being written, held in memory
    (kg/pending.py); the batches are stored in the order given, so the graph
    is the one ``jobs=1`` gives.

    The writer stores up to ``batch_files`` files (and about
    ``batch_commitments`` commitments) in one transaction, resolved and linked
    together (:func:`store_batch`): the graph is the one file-by-file writes
    give (``batch_files=1``).  A long text, standard input and a file that
    cannot be read are taken on their own, after the files read before them
    are stored.
    """
    if date:  # a bad option is refused before any file is read
        from .extract.docdate import parse_option

        parse_option(date)
    decisions = load_decisions(review_path(store, review))  # a bad review file is refused before any file is read
    todo = files(paths)
    if source and len(todo) != 1:
        raise InputError(f"a given source names one document, but {len(todo)} files were given; "
                         "read them without --source, or one at a time")
    report = IngestReport()
    options = dict(kind=kind, encoding=encoding, date=date, source=source, place=place)
    index = getattr(store, "index", None)
    workers = _Workers(jobs) if jobs > 1 and len(todo) > 1 else None  # they start while the files are hashed
    try:
        return _ingest(store, todo, options, jobs, workers, decisions=decisions, report=report, index=index,
                       source=source, fail_fast=fail_fast, on_file=on_file, review=review, reread=reread,
                       batch_files=batch_files, batch_commitments=batch_commitments)
    finally:
        if workers is not None:
            workers.shutdown()


def _ingest(store: Store, todo: list[str], options: dict, jobs: int, workers: Optional[_Workers], *, decisions,
            report: IngestReport, index, source, fail_fast, on_file, review, reread, batch_files: int,
            batch_commitments: int) -> IngestReport:
    """:func:`ingest` once its options are checked and its workers (if any) started."""
    digests = _skip_unchanged(store, todo, options, review, report, on_file, reread) if index is not None else {}
    if workers is not None and len(todo) < 2:  # (the files left are read here)
        workers.shutdown()
    batch = (_Pipeline if jobs > 1 else _Batch)(store, decisions, report, index, digests, source, fail_fast,
                                                 on_file, files=batch_files, commitments=batch_commitments,
                                                 total=len(todo))
    attach_works(store)  # linking reads the works in memory, not again from the store (kg/workcache.py)
    if hasattr(index, "remember"):
        index.remember()  # and the blocks it looked in (kg/blocking.py ``BlockCache``)
    try:
        for path, docs in _readings(todo, options, jobs, ahead=READ_AHEAD * batch_files + 2 * jobs,
                                    packs=getattr(batch, "packs", None), pool=workers):
            if isinstance(docs, list) and path != "-" and batch.fits(docs):
                batch.add(path, docs)
                continue
            batch.flush()  # what was read before is stored before this file
            if isinstance(docs, list) and path != "-":
                batch.add(path, docs)
                continue
            batch.one(path, docs)  # a bad file, a long text, stdin: on its own, in its turn
        if workers is not None:
            workers.shutdown()  # every file is read: they end while the last batches are written
        batch.flush()
        batch.finish()
        if index is not None:
            _sign_late(store, digests)
    finally:
        batch.close()  # the write in flight (jobs > 1) ends before the store can be closed
        detach_works(store)
        if hasattr(index, "remember"):
            index.forget()
    if report.failed:
        if len(todo) == 1 and not report.skipped:
            raise report.failed[0]  # one file: its own error, as with fail_fast
        raise IngestFailed(report)
    return report


def store_batch(store: Store, batch: list[tuple[str, list[DocumentRecord]]], *,
                decisions: Optional[Decisions] = None, fail_fast: bool = False) -> list[tuple[str, KGError]]:
    """Store the records of several files (``(path, records)``) in one transaction, resolved and
    linked together: the graph is the one :func:`store_records` of each file in turn gives.

    When that write fails, the files are stored one by one, so that the file at fault is
    named and the others are stored (``fail_fast``: those before it); returns ``(path, error)`` of
    each file not stored."""
    if len(batch) > 1:
        try:
            store_records(store, batch[0][0], [d for _, docs in batch for d in docs], decisions=decisions)
            return []
        except KGError:
            pass  # nothing of the batch was written: file by file, to name the one at fault
    return _file_by_file(store, batch, decisions, fail_fast)


def _file_by_file(store: Store, batch: list[tuple[str, list[DocumentRecord]]], decisions: Optional[Decisions],
                  fail_fast: bool) -> list[tuple[str, KGError]]:
    """Each file of ``batch`` in a transaction of its own; ``(path, error)`` of each not stored."""
    failed = []
    for path, docs in batch:
        try:
            store_records(store, path, docs, decisions=decisions)
        except KGError as e:
            failed.append((path, e))
            if fail_fast:
                break
    return failed


class _Batch:
    """The files read and not yet stored: stored together by :meth:`flush`."""

    def __init__(self, store, decisions, report, index, digests, source, fail_fast, on_file, *,
                 files: int, commitments: int, total: int = 0):
        self.store, self.decisions, self.report, self.index = store, decisions, report, index
        self.digests, self.source, self.fail_fast, self.on_file = digests, source, fail_fast, on_file
        self.max_files, self.max_commitments = max(1, files), max(1, commitments)
        self.total = total  # the files to read (a pipeline's first and last batches are smaller)
        self.items: list[tuple[str, list[DocumentRecord]]] = []
        self.keys: set = set()
        self.commitments = 0

    def fits(self, docs: list[DocumentRecord]) -> bool:
        """Whether ``docs`` join the batch without making it too big (or stating a document twice)."""
        if not self.items:
            return True
        n = sum(len(d.commitments) for d in docs)
        return (len(self.items) < self.max_files and self.commitments + n <= self.max_commitments
                and not any((d.key or d.source, d.speech) in self.keys for d in docs))

    def add(self, path: str, docs: list[DocumentRecord]) -> None:
        self.items.append((path, docs))
        self.keys.update((d.key or d.source, d.speech) for d in docs)
        self.commitments += sum(len(d.commitments) for d in docs)
        if len(self.items) >= self.max_files or self.commitments >= self.max_commitments:
            self.flush()

    def flush(self) -> None:
        items, self.items, self.keys, self.commitments = self.items, [], set(), 0
        if not items:
            return
        failed = dict(store_batch(self.store, items, decisions=self.decisions, fail_fast=self.fail_fast))
        for path, docs in items:
            self._done(path, docs, failed.get(path))  # with fail_fast, the first failed raises

    def finish(self) -> None:
        """Every batch flushed is stored (or failed) and reported (a write in flight ends)."""

    def close(self) -> None:
        """The end of the ingest, however it ends: nothing is written after this."""

    def one(self, path: str, docs) -> None:
        """A file on its own: a reading error, a long text (kg/longtext.py) or standard input."""
        try:
            if isinstance(docs, KGError):
                raise docs
            if isinstance(docs, LongText):  # stored in parts, published whole (kg/longtext.py)
                works_written(self.store, None, True)  # the works in memory go: the database is replaced
                docs = store_long(self.store, docs, decisions=self.decisions)
            else:
                store_records(self.store, path, docs, decisions=self.decisions)
        except KGError as e:
            self._done(path, None, e)
        else:
            self._done(path, docs, None)

    def _done(self, path: str, docs, error: Optional[KGError]) -> None:
        """Report one file, in reading order; its content hash is recorded once it is stored."""
        if error is not None:
            if self.fail_fast:
                raise error
            self.report.failed.append(error if error.source else type(error)(error.message, source=path,
                                                                             line=error.line))
        else:
            if self.index is not None:
                self.index.record_hash(input_key(path, self.source), self.digests.get(path))
            _count(self.report, path, docs)
        if self.on_file:
            self.on_file(path)


class _Pipeline(_Batch):
    """The batches of ``jobs`` > 1: a batch is written in a writer thread while the workers read and
    resolve the next batch (each file's graph, kg/resolve.py ``packed``) and the main thread joins and
    links it; Ladybug leaves the GIL while it runs a statement.

    Linking a batch reads what the batches before it stored (they may state the same works: the
    archive's batches hold documents of every county).  While batch k is written, batch k + 1 is
    linked against the store and batch k held in memory (kg/pending.py: the store read on a
    connection of its own, batch k's rows overlaid), so the graph is the one of :class:`_Batch`; the
    writes run one at a time, in order, and the reports come in reading order.  A batch of a document
    that batch k states too, or linked under a review's decisions, waits for the write of batch k, and so
    does the batch after a write that replaces stored documents (read again, or changed).  A failed write
    of batch k is stored again file by file, in the main thread, and batch k + 1 is then linked again
    against what was stored (it is not written before).  Memory: the batch being written, the one being linked and two batches' worth of files read ahead (:data:`READ_AHEAD`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from concurrent.futures import ThreadPoolExecutor

        from .pending import PendingStore

        self.writer = ThreadPoolExecutor(1, thread_name_prefix="kg-writer")
        self.inflight: Optional[tuple] = None  # (items, future, Pending or None) of the write in flight
        self.ahead = PendingStore.usable(self.store) and not self.decisions
        self.switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self.switch, SWITCH_INTERVAL))
        self.full = self.max_files  # a batch's files, but the first ones' and the last one's
        self.taken = self.batches = 0  # the files taken so far (into a batch or on their own); the batches
        #: the graphs of the files read ahead, resolved by the workers (``_readings``), by path
        self.packs: dict = {}
        self._size()

    def _size(self) -> None:
        """The files of the next batch: :data:`FIRST_BATCH` for the first, four times as many for each
        next one up to ``--batch``, so that the writer starts once a few files are read and linked (the
        first batch is read and linked with nothing written beside it); and the files left cut so that
        the last batch is :data:`LAST_BATCH` files (its write runs with nothing linked beside it); with
        ``--batch`` at most twice that, every batch is ``--batch`` files."""
        size = min(self.full, FIRST_BATCH << (2 * min(self.batches, 8)))
        left = self.total - self.taken
        if self.full > 2 * LAST_BATCH and 2 * LAST_BATCH < left <= size + LAST_BATCH:
            size = min(size, left - LAST_BATCH)
        self.max_files = max(1, size)

    def add(self, path: str, docs: list[DocumentRecord]) -> None:
        self.taken += 1
        super().add(path, docs)

    def flush(self) -> None:
        items, self.items, self.keys, self.commitments = self.items, [], set(), 0
        if not items:
            return
        self.batches += 1
        self._size()
        packs = [self.packs.pop(path, None) for path, _ in items]
        if len(items) == 1:  # one file: its own transaction, as store_batch does
            self.finish()
            self._report(items, dict(_file_by_file(self.store, items, self.decisions, self.fail_fast)))
            return
        docs = [d for _, ds in items for d in ds]
        try:
            done = self._link(docs, None if None in packs else packs)
        except _Failed as e:
            raise e.error from None
        prepared = self._prepare(done)  # while the batch before is written
        if not self.finish():  # the batch before, linked beside, failed: stored file by file; link again
            works = getattr(self.store, "works", None)
            if done is not None and works is not None:
                works.failed(done[0])  # the works linked beside it go (kg/workcache.py)
            done = self._link(docs)
            prepared = self._prepare(done)
        if done is None:  # nothing of the batch was written: file by file, to name the one at fault
            self._report(items, dict(_file_by_file(self.store, items, self.decisions, self.fail_fast)))
            return
        graph, old = done
        pending = None
        if self.ahead and not self._replaces(docs, old):  # the batch after a write removing stored rows waits
            from .pending import Pending  # for it (Ladybug crashed once in such a DELETE beside a read of another
            # connection)

            pending = Pending(graph, old, {d.key or d.source for d in docs})
        self.inflight = (items, self.writer.submit(_write, self.store, items[0][0], graph, old, prepared), pending)

    def _prepare(self, done: Optional[tuple]):
        """The rows and statements of the write of a linked batch that read no store (kg/store/embedded.py
        ``prepare``), made in the main thread while the writer thread, the chain of the pipeline, writes the
        batch before (it would make them in its turn, under the GIL); None for a store without them."""
        make = getattr(self.store, "prepare", None)
        return make(done[0]) if done is not None and make is not None else None

    def _replaces(self, docs: list[DocumentRecord], old: list[str]) -> bool:
        """Whether the write of ``docs`` removes stored documents (read again or changed; a speech no longer
        in its file), of the ``old`` its linking found."""
        if set(old) - {document_id(d.key or d.source, d.speech) for d in docs}:
            return True
        return self.index is None or bool(self.index.documents_of({d.key or d.source for d in docs}))

    def _link(self, docs: list[DocumentRecord], packs: Optional[list] = None) -> Optional[tuple[Graph, list[str]]]:
        """The batch of ``docs`` resolved and linked: beside the write in flight when it can be, else
        once it is stored; None when that fails.  ``packs``: each file's graph, resolved by a worker."""
        try:
            # no store: while the batch before is written; the workers' graphs joined (kg/resolve.py)
            graph = unpacked(packs) if packs is not None else resolve(docs)
        except KGError:
            return None
        pending = self.inflight[2] if self.inflight is not None else None
        if pending is not None and not pending.shares(docs):
            from .pending import PendingStore, Stale

            ahead = PendingStore(self.store, pending, landed=self._landed)
            try:
                return linked(self.store, graph, docs, self.decisions, ahead=ahead)
            except Stale:  # the batch before failed, and was stored file by file
                graph = resolve(docs)
            except KGError:
                return None
            finally:
                ahead.close()
        self.finish()
        try:
            return linked(self.store, graph, docs, self.decisions)
        except KGError:
            return None

    def _landed(self) -> bool:
        """Linking ahead waits for the write in flight: whether it was stored whole."""
        try:
            return self.finish()
        except KGError as e:  # a file of it failed with fail_fast: the ingest stops (not this batch's error)
            raise _Failed(e) from None

    def finish(self, quiet: bool = False) -> bool:
        """Wait for the write in flight and report its files; a failed write is stored file by file
        (``quiet``: an error is on its way out; only a write that succeeded is reported).  Whether the
        write (if any) was stored whole."""
        if self.inflight is None:
            return True
        (items, future, _), self.inflight = self.inflight, None
        try:
            future.result()
        except KGError:
            if quiet:
                return False
            self._report(items, dict(_file_by_file(self.store, items, self.decisions, self.fail_fast)))
            return False
        except BaseException:
            if quiet:
                return False
            raise
        self._report(items, {})
        return True

    def _report(self, items: list, failed: dict) -> None:
        for path, docs in items:
            self._done(path, docs, failed.get(path))  # with fail_fast, the first failed raises

    def one(self, path: str, docs) -> None:
        self.taken += 1
        self.packs.pop(path, None)
        self.finish()
        super().one(path, docs)

    def close(self) -> None:
        try:
            self.finish(quiet=True)
        finally:
            self.writer.shutdown(wait=True)
            sys.setswitchinterval(self.switch)


#: the files of the first batch of ``--jobs`` (``_Pipeline._size``: then four times as many each batch, up to
#: ``--batch``) and of its last one: the first batch is read and linked with no write beside it, the last
#: one written with no linking beside it
FIRST_BATCH = 16
LAST_BATCH = 16

#: the GIL's switch interval while batches are written beside linking (``_Pipeline``; Python's is 5 ms):
#: each Ladybug statement of the writer leaves the GIL and waits to take it back until the main thread's
#: Python gives it up, at most this long (300 small statements beside a busy Python thread: 4.6 s at
#: 5 ms, 0.45 s at 0.5 ms, 0.27 s alone)
SWITCH_INTERVAL = 0.0005


def _skip_unchanged(store: Store, todo: list[str], options: dict, review: Optional[str], report: IngestReport,
                    on_file: Optional[Callable[[str], None]], reread: bool) -> dict[str, Optional[str]]:
    """Take out of ``todo`` (into ``report.skipped``) the files whose stored reading came from the same
    bytes read with the same options; the content hash of every file (recorded once it is stored)."""
    # a file is read again when the review's decisions changed since it was stored (they change its links)
    rfile = review_path(store, review)
    reviewed = content_hash(str(rfile)) if rfile is not None and rfile.is_file() else None
    keys = input_keys([path for path in todo if path != "-"], options.get("source"))
    digests = _digests(store, todo, keys, options, reviewed)
    if reread:
        return digests
    stored = store.index.stored_hashes(set(keys.values()))
    kept = []
    for path in todo:
        if path in keys and stored.get(keys[path]) == digests[path]:
            report.skipped.append(path)
            if on_file:
                on_file(path)
        else:
            kept.append(path)
    todo[:] = kept
    return digests


def _digests(store: Store, todo: list[str], keys: dict[str, str], options: dict,
             reviewed: Optional[str]) -> dict[str, Optional[str]]:
    """The content hash of each of ``todo`` (None for ``-``; none for a file that cannot be read, whose key
    leaves ``keys``).  A file whose signature (size, times, inode) is the one it had when it was hashed with
    the same options is not read to be hashed again (the check of the 10,000-document folder: 0.15-0.22 s
    instead of 0.25-0.37); the signatures of the files hashed are recorded."""
    salt = hash_salt(**options, review=reviewed)
    signed = not options.get("source")  # (one key for every file read as that source)
    known = store.index.signatures(set(keys.values())) if signed else {}
    digests = _Digests()
    fresh = []
    for path in todo:
        if path == "-":
            digests[path] = None
            continue
        try:
            sig = file_signature(path) if signed else None
            was = known.get(keys[path])
            if sig is not None and was is not None and was[:2] == (sig, salt):
                digests[path] = was[2]
                continue
            digests[path] = content_hash(path, **options, review=reviewed)
            if sig is not None and file_signature(path) == sig:  # (not changed while it was hashed)
                fresh.append((keys[path], sig, salt, digests[path]))
            elif signed:
                digests.late.append((path, keys[path]))
        except OSError:
            del keys[path]  # the loader says what is wrong with it
    if fresh:
        store.index.record_signatures(fresh)
    digests.hashing = dict(options, review=reviewed), salt
    return digests


class _Digests(dict):
    """The content hash of each file (None for ``-``), and ``late``: ``(path, key)`` of those hashed
    without a signature (changed less than ``RACY_NS`` before, kg/blocking.py ``file_signature``: a
    folder ingested as soon as it is written); ``hashing``: the options they were hashed with, and the
    salt."""

    def __init__(self):
        super().__init__()
        self.late: list[tuple[str, str]] = []
        self.hashing: tuple = ({}, "")


def _sign_late(store: Store, digests: dict) -> None:
    """After an ingest: the signatures of the files hashed while they had none (:class:`_Digests`), each
    hashed again now that it has one, so that the next ingest of the folder does not read them to hash
    them (re-reading the 10,000-document folder of ``python -m bench``, written just before its first
    ingest: 0.26 s of hashing spared, for 0.3 s more at the end of that ingest)."""
    late = getattr(digests, "late", ())
    if not late:
        return
    options, salt = digests.hashing
    fresh = []
    for path, key in late:
        try:
            sig = file_signature(path)
            if sig is None:
                continue  # still too recent
            digest = content_hash(path, **options)  # (a file changed since: its new hash)
            if file_signature(path) == sig:
                fresh.append((key, sig, salt, digest))
        except OSError:
            continue
    if fresh:
        store.index.record_signatures(fresh)


def _count(report: IngestReport, path: str, docs: list[DocumentRecord]) -> None:
    n = sum(len(d.commitments) for d in docs)
    report.files += 1
    report.documents += len(docs)
    report.commitments += n
    report.per_file.append((path, len(docs), n))


def files(paths: Iterable[str]) -> list[str]:
    """The files :func:`ingest` would read, in order."""
    from loaders import expand

    return list(expand(paths))
