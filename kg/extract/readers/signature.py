"""A pledge signed below its text: the unit whose name closes the letter, above its date.

A unit's pledge letter (承诺书, 承诺如下) speaks in the first person and is
signed at the bottom, the unit's name on one line and the date on the next::

    现就办理工作承诺如下:我们将于11月底前把各项建议办理完毕。
    东湖区水务局
    2024年8月25日

``我们`` / ``我局`` of such a letter is that unit (the builder's ``unit``, the
first person's unit), as where the title or a post names it.
"""
from __future__ import annotations

from ..lazyre import lazy
from typing import Optional

from ..actors import parse_item

#: the letter speaks of its pledge (承诺如下, 承诺书, 郑重承诺) in the first person
_PLEDGES = lazy(r"承诺如下|承诺书|郑重承诺|特作如下承诺|现承诺|答复如下|现答复|现将(?:有关)?(?:办理|落实)情况(?:答复|函复|报告)如下")  # (a reply letter signed the same way, rx28)
_FIRST = lazy(r"我们|我局|我委|我办|我中心|我单位|本单位|本局")
_DATE_LINE = lazy(r"^\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def signed_unit(text: str) -> Optional[str]:
    """The unit signing a first-person pledge letter: a line naming only a unit,
    followed by a date line, among the letter's last lines; else None.

    >>> signed_unit("现就有关工作承诺如下:我们将在10月底前办理到位。\\n东湖区水务局\\n2024年8月25日\\n")
    '东湖区水务局'
    >>> signed_unit("会议要求,各单位抓紧办理。\\n东湖区水务局\\n2024年8月25日\\n")
    """
    if not (_PLEDGES.search(text) and _FIRST.search(text)):
        return None
    lines = [ln.strip() for ln in text[-600:].split("\n") if ln.strip()]
    for k in range(len(lines) - 1, 0, -1):
        if _DATE_LINE.match(lines[k]) and len(lines[k - 1]) <= 20:
            p = parse_item(lines[k - 1])
            return p[0] if p and p[1] == "organization" and p[0] == lines[k - 1] else None
    return None
