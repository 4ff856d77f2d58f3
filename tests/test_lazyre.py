"""Extraction's rules are compiled when first used (kg/extract/lazyre.py): importing extraction compiles
few of them, and a lazy pattern finds what the compiled one finds."""
from __future__ import annotations

import re
import subprocess
import sys

from kg.extract.lazyre import lazy


def test_a_lazy_pattern_finds_what_the_compiled_one_finds():
    text = "城南路9月底前完成主体工程,北环路年底前通车"
    for pattern, flags in ((r"(?P<m>\d+)月底前", 0), (r"^城南", re.M), (r"通车$", 0)):
        rx, eager = lazy(pattern, flags), re.compile(pattern, flags)
        assert rx.pattern == pattern
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in eager.finditer(text)]
        assert (rx.sub("#", text), rx.flags, rx.groups, dict(rx.groupindex)) == (
            eager.sub("#", text), eager.flags, eager.groups, dict(eager.groupindex))
        assert bool(rx.search(text)) == bool(eager.search(text))


def test_it_is_compiled_once_on_first_use():
    rx = lazy(r"牵头")
    assert "search" not in vars(rx)
    assert rx.search("由王五同志牵头")
    bound = vars(rx)["search"]
    assert rx.search is bound and rx.match("牵头") and not rx.match("由牵头")


def test_importing_extraction_compiles_few_rules():
    """A fresh interpreter: importing ``kg.extract`` leaves most of its module-level rules uncompiled."""
    code = ("import re, sys\n"
            "from kg.extract.lazyre import LazyPattern\n"
            "import kg.extract\n"
            "rules = [v for m in list(sys.modules.values()) if (m.__name__ or '').startswith('kg.extract')\n"
            "         for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
            "print(len(rules), sum('search' in vars(r) for r in rules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    rules, compiled = map(int, out)
    assert rules >= 500 and compiled <= rules // 10, (rules, compiled)


def test_a_lazy_pattern_is_no_pattern_for_the_re_functions():
    """(documented: call its methods; ``re.search(rx, …)`` is refused, not silently wrong)"""
    try:
        re.search(lazy("x"), "x")
    except TypeError:
        return
    raise AssertionError("re.search took a lazy pattern")
