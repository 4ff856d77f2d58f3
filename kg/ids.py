"""The one way ids are made: a short hash of the parts that identify a thing.

Graph node ids (:func:`kg.resolve.make_id`), the ids of the JSON contract
(:func:`kg.contract.record_id`) and the IRIs of posts in RDF all hash their
parts with :func:`digest`, so the same input always gives the same id.  What a
document's bytes are (standard input's identity, the content hash that lets an
unchanged file be skipped) is :func:`content_digest`.

>>> digest("区委"), digest("a", None, 3, digits=12)
('7adaadc11d039709', 'ddb0ef9ecf1d')
"""
from __future__ import annotations

import hashlib
from typing import Iterable


def digest(*parts: object, digits: int = 16) -> str:
    """Hex digits of the SHA-1 of ``parts`` (``None`` as empty), joined by a unit separator."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:digits]


def content_digest(chunks: Iterable[bytes], digits: int = 64) -> str:
    """Hex digits of the SHA-256 of the concatenated ``chunks`` (a file read a part at a time).

    >>> content_digest([b"ab", b"c"]) == content_digest([b"abc"]), content_digest([b""], digits=8)
    (True, 'e3b0c442')
    """
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()[:digits]
