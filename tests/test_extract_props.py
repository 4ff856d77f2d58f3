"""Properties: any text goes through the extractor; unreadable files fail cleanly."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings, strategies as st

import kg  # noqa: F401
from kg.errors import InputError
from kg.extract import extract_text
from loaders.text import decode

_PIECES = st.sampled_from(["由", "同志", "牵头", "负责", "协助", "要", "区", "局", "办", "年内", "月底前", "三季度",
                           "达到", "%", "不低于", "万元/亩", "3-5个", "(一)", "一是", "讲话(一):\n", "讲话(二):\n",
                           ",", "。", ";", ":", "\n", "\t", "牵头单位:", "完成时限:", "进展情况:", "“", "”", "十二五",
                           "收官", "2015年7月20日\n", "0", "9", "该项目"])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode(text):
    docs = extract_text(text, source="x")
    for d in docs:
        for c in d.commitments:
            for e in c.evidence:
                assert text[e.start:e.end] == e.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=60).map("".join))
def test_rule_words_soup(text):
    for d in extract_text(text, source="x"):
        for c in d.commitments:
            for e in c.evidence:
                assert text[e.start:e.end] == e.text
            for t in c.targets:
                assert t.op in (">=", "<=", "=", "~", "range")


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1))
def test_any_bytes_decode_or_input_error(data):
    try:
        text = decode(data, source="f.bin")
    except InputError as e:
        assert "f.bin" in str(e)
    else:
        extract_text(text, source="f.bin")


def test_empty_and_binary():
    for data in (b"", b"   \n", b"\x00\x01\x02\x03" * 100, bytes(range(256))):
        with pytest.raises(InputError, match="f.bin"):
            decode(data, source="f.bin")


@pytest.mark.parametrize("mod", ["kg.extract", "kg.extract.segment", "kg.extract.docdate", "kg.extract.deadlines",
                                 "kg.extract.targets", "kg.extract.actors", "kg.extract.progress",
                                 "kg.extract.projects", "kg.extract.fields", "kg.extract.commitments",
                                 "kg.extract.naming", "kg.extract.items",
                                 "kg.extract.meta", "kg.contract", "loaders.text"])
def test_doctests(mod):
    import importlib

    m = importlib.import_module(mod)
    r = doctest.testmod(m)
    assert r.failed == 0
