"""Standing rules (制度, 办法, 规定, 细则): articles that bind whoever they name, no tracked work.

A regulation is cut into chapters and articles::

    第三章 办理程序
    第八条 凡有明确时限要求的督办事项,承办单位要按期办结;公文一般在15日内办结。

Its 要 and its time limits are norms for every case to come (承办单位, 一般在15日内),
not a piece of work someone took on by a date: a document cut into articles
(a chapter heading and an article, or two articles) gives no commitment.
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

#: 第三章 办理程序 (a short line)
_CHAPTER = lazy(r"^第[一二三四五六七八九十]{1,3}章\s*[\u4e00-\u9fff]{0,16}$")
#: 第八条 凡… (an article opening its line)
_ARTICLE = lazy(r"^第[一二三四五六七八九十百]{1,4}条(?:\s|[\u4e00-\u9fff])")


def _is_rules(b, paras) -> bool:
    key = (id(paras), len(paras))
    if getattr(b, "_rules_key", None) != key:
        b._rules_key = key
        chapters = sum(1 for p in paras if _CHAPTER.match(p.text))
        articles = sum(1 for p in paras if _ARTICLE.match(p.text))
        b._rules = articles >= 2 or (chapters >= 1 and articles >= 1)
    return b._rules


def read(b, paras, i) -> Optional[int]:
    """Skip every paragraph of a document cut into articles.

    >>> from types import SimpleNamespace as N
    >>> ps = [N(text="第三章 办理程序"), N(text="第八条 承办单位要按期办结。")]
    >>> read(N(), ps, 1)
    2
    >>> read(N(), [N(text="一、总体要求"), N(text="第八条 承办单位要按期办结。")], 1)
    """
    return i + 1 if _is_rules(b, paras) else None
