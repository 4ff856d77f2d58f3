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

from dataclasses import replace
from typing import Optional

from kg.model import Actor

from ..actors import parse_item
from ..lazyre import lazy
from ..segment import evidence_start

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


#: the first line of the signers, a post and a name each: 承诺人:村党支部书记  孙某某(签字)
_SIGNERS_HEAD = lazy(r"(?m)^\s*承\s{0,2}诺\s{0,2}人[::]\s*(?=\S)")
#: …a signer's line: 村委会主任    王某某(签字)
_POST_NAME = lazy(r"\s*(?P<p>[\u4e00-\u9fff]{2,12}?(?:书记|主任|镇长|乡长|局长|组长|委员|会计|文书|村长|社长))\s+"
                  r"(?P<n>[\u4e00-\u9fff]{2,3})\s*(?:[((](?:签字|签名|盖章)[))])?\s*$")
#: a section heading of pledges naming posts: 一、村党支部书记、村委会主任共同承诺 / 二、村委会主任分工承诺
_POSTS_HEAD = lazy(r"(?m)^\s*[一二三四五六七八九十]+、\s*(?P<h>[^\n。]{2,40}?)(?:共同|分工|个人)?承诺\s*$")


def _post_signers(text: str) -> list[tuple[str, str]]:
    """``(post, name)`` of each signer listed under 承诺人: with a post and a name a line."""
    m = _SIGNERS_HEAD.search(text)
    if not m:
        return []
    out = []
    for k, line in enumerate(text[m.end():].split("\n")):
        hit = _POST_NAME.match(line)
        if not hit:
            if k == 0 or line.strip():
                break
            continue
        out.append((hit.group("p"), hit.group("n")))
    return out


def post_signers(records: list, text: str) -> list:
    """A pledge of several signers, each a post and a name (承诺人:村党支部书记 孙某 ⏎ 村委会主任 王某), in sections headed
    by the posts that pledge (一、村党支部书记、村委会主任共同承诺 / 二、村委会主任分工承诺): each item of a section is
    the signers' whose posts its heading names, in place of a post taken for a unit (rx34)."""
    signers = _post_signers(text)
    if len(signers) < 2:
        return records
    heads = [(h.start(), h.group("h")) for h in _POSTS_HEAD.finditer(text)]
    out = []
    for r in records:
        at = evidence_start(r)
        head = next((h for s, h in reversed(heads) if at is not None and s < at), None)
        mine = [(p, n) for p, n in signers if head and p in head]
        if not mine or any(a.kind == "person" for a in r.actors):
            out.append(r)
            continue
        kept = tuple(a for a in r.actors if not any(a.name.startswith(p) for p, _ in signers))
        out.append(replace(r, actors=kept + tuple(Actor(n, "person", "responsible", p) for p, n in mine)))
    return out
