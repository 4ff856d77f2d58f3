"""Regular expressions compiled when first used.

Extraction's modules hold some 600 rules as module-level patterns; compiling them all when
``kg.extract`` is imported took 0.39 s of its 0.55 s import, for every ``kg ingest`` however few
files it reads, while a corpus of one genre uses fewer than half of them (the 10,000-document
corpus of ``python -m bench``: 265 of 667).  :func:`lazy` gives an object that stands for the
compiled pattern: ``pattern`` is there from the start (rules are built from other rules' text);
the first use of any other attribute compiles it and puts the compiled pattern's methods on the
object, so that later calls cost what a compiled pattern's do.

A lazy pattern is not a :class:`re.Pattern`: call its methods (``P.search(text)``), not the
functions of :mod:`re` with it.
"""
from __future__ import annotations

import re

#: what of a compiled pattern is put on a lazy one when it is compiled
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
           "flags", "groups", "groupindex")


class LazyPattern:
    """``re.compile(pattern, flags)``, made on first use (:func:`lazy`)."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)  # (copy, pickle: not a pattern's)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _COPIED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled when it is first used; see the module's docstring."""
    return LazyPattern(pattern, flags)
