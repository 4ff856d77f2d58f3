"""What the readers of lists of units share (rx44): a list cut into its pieces with their offsets, and whether a name
is a unit that answers for work — a body (县住建局, 市城投公司), or a district, county or city standing for its
government (柳岸区, 南湾县), not a whole or a group (全市, 各县).

>>> pieces("甲区5个、乙局1个,丙县2个")
[('甲区5个', 0, 4), ('乙局1个', 5, 9), ('丙县2个', 10, 14)]
>>> answerable("南湾县"), answerable("市住建局"), answerable("全市"), answerable("新建")
(True, True, False, False)
"""
from __future__ import annotations

import re

from .actors import parse_item
from .lazyre import lazy

#: a district, county or city named bare: it stands for its government in a list of units
_PLACE = lazy(r"^(?![全各我本该])[\u4e00-\u9fff]{1,6}(?:区|县|市|旗)$")


def pieces(text: str, seps: str = "、,,") -> list[tuple[str, int, int]]:
    """``(piece, start, end)`` of ``text`` cut at ``seps``, each piece stripped (an empty one kept, empty)."""
    out, pos = [], 0
    for piece in re.split("([" + re.escape(seps) + "])", text):
        if len(piece) == 1 and piece in seps:
            pos += 1
            continue
        name = piece.strip()
        s = pos + piece.find(name) if name else pos
        out.append((name, s, s + len(name)))
        pos += len(piece)
    return out


def bodies(text: str) -> list[str]:
    """The bodies or places ``text`` lists (甲县、乙市和丙局), each :func:`answerable`, none we, this, each or all
    (我镇 / 本局 / 该县 / 各乡镇 / 全县), else ``[]``.

    >>> bodies("东岭镇、西岭乡和县水利局"), bodies("我镇、西岭乡")
    (['东岭镇', '西岭乡', '县水利局'], [])
    """
    names = [n for n in re.split(r"[、和及与]", text) if n]
    ok = names and all(answerable(n) and not n.startswith(("我", "本", "该", "各", "全")) for n in names)
    return names if ok else []


def answerable(name: str) -> bool:
    """Is ``name`` a body, or a district, county or city standing for its government?"""
    found = parse_item(name, bare=True)
    return bool(_PLACE.match(name) or (found and found[1] == "organization"))
