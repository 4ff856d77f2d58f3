"""Output files and folders: refused where they would lose data, written whole or not at all.

Every command and API call that writes a file goes through :func:`output_file`
(or :func:`output_folder` for a folder of files):

- a folder where a file is asked, a missing parent folder, or an existing file
  without ``force`` is refused with :class:`~kg.errors.OutputError` naming the path;
- a regular file is written to a temporary file beside it and renamed into place
  when the writer is done, so an error (a full disk, a bad value) leaves the old
  file, or nothing, behind;
- a special file (``/dev/stdout``, a pipe) is written directly.

>>> import tempfile, os
>>> d = tempfile.mkdtemp()
>>> with output_file(os.path.join(d, "a.txt")) as f:
...     _ = f.write(b"one")
>>> with output_file(os.path.join(d, "a.txt")) as f:
...     _ = f.write(b"two")
Traceback (most recent call last):
...
kg.errors.OutputError: .../a.txt: the file exists; add --force to replace it
>>> open(os.path.join(d, "a.txt")).read()
'one'
"""
from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator, Union

from .errors import OutputError

PathLike = Union[str, Path]


def _reason(e: OSError) -> str:
    return e.strerror or type(e).__name__


def check_output(path: PathLike, *, force: bool = False) -> Path:
    """``path`` as a :class:`Path` if a file may be written there, else :class:`OutputError`."""
    p = Path(path)
    if p.is_dir():
        raise OutputError("is a folder; give a file name", source=str(p))
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise OutputError(f"no such folder: {parent}", source=str(p))
    if p.exists() and stat.S_ISREG(p.stat().st_mode) and not force:
        raise OutputError("the file exists; add --force to replace it", source=str(p))
    return p


@contextmanager
def output_file(path: PathLike, *, force: bool = False) -> Iterator[BinaryIO]:
    """A binary file object whose content replaces ``path`` when the block ends without error."""
    p = check_output(path, force=force)
    if p.exists() and not stat.S_ISREG(p.stat().st_mode):  # /dev/stdout, a named pipe
        try:
            with open(p, "wb") as f:
                yield f
        except OSError as e:
            raise OutputError(f"cannot write: {_reason(e)}", source=str(p)) from None
        return
    parent = p.parent if str(p.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".part", dir=parent)
    except OSError as e:
        raise OutputError(f"cannot write here: {_reason(e)}", source=str(p)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except OSError as e:
        _remove(tmp)
        raise OutputError(f"cannot write: {_reason(e)}", source=str(p)) from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def output_folder(path: PathLike, *, force: bool = False) -> Path:
    """A folder to write files into: created, or refused when it holds files and not ``force``."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise OutputError("is a file; give a folder name", source=str(p))
    if p.is_dir() and any(p.iterdir()) and not force:
        raise OutputError("the folder is not empty; add --force to write into it", source=str(p))
    try:
        p.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create the folder: {_reason(e)}", source=str(p)) from None
    return p
