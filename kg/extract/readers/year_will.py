"""The year a paragraph opens with, for the works it goes on to say will be done.

Example::

    2019年该镇将瞄准全面小康目标,不断提升群众幸福指数。在镇村环境方面,将完成5个村庄的
    垃圾分类收集建设工作。在基础设施方面,将启动快捷通道建设,完成城南路改造工程。

→ each work the paragraph says will be done (将…) and that has no date of its own is due by the
end of 2019.  Only a paragraph whose first sentence opens with the year (2019年, 今年, 明年) and says
what will be done (将) in it, and only records read in that paragraph whose evidence says 将 (rx22).
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Deadline

from ..lazyre import lazy

#: the year and a will opening a paragraph: 2019年该镇将 / 今年,全镇还将 / 明年我县将
_YEAR_WILL = lazy(r"^(?:(?:除此之外|此外|另外|同时)[,,])?(?:(?P<y>(?:19|20)\d\d)年|(?P<rel>今年|明年))(?:度)?[,,]?"
                  r"(?:该[镇乡县区市]|我[镇乡县区市]|全[镇乡县区市]|[\u4e00-\u9fff]{2,6}?[镇乡县区市])?(?:还|也)?将")


def add(records: list, paras: list, doc) -> list:
    """``records`` with the year of their paragraph's opening where they have no deadline."""
    out = list(records)
    for para in paras:
        text = para.text.strip()
        m = _YEAR_WILL.match(text)
        if not m:
            continue
        year = int(m.group("y")) if m.group("y") else (doc.year + (m.group("rel") == "明年") if doc.year else None)
        if not year or (doc.year and year < doc.year):
            continue  # (a year past: what was to be done then, told now)
        said = m.group(0)[m.start("y") if m.group("y") else m.start("rel"):].rstrip("将还也,,")
        for k, r in enumerate(out):
            ev = r.evidence[0] if r.evidence else None
            if r.deadline is None and ev is not None and ev.start is not None and para.start <= ev.start < para.end \
                    and _will(para, ev.start):
                out[k] = replace(r, deadline=Deadline(said, f"{year}-12-31", "year"))
    return out


def _will(para, at: int) -> bool:
    """Whether the sentence of ``para`` at offset ``at`` (of the document) says what will be done (将)."""
    k = at - para.start
    start = para.text.rfind("。", 0, k) + 1
    end = para.text.find("。", k)
    return bool(re.search(r"将(?![来近])", para.text[start:end if end >= 0 else len(para.text)]))
