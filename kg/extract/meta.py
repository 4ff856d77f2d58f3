"""Place and speaker of a speech, where the text says.

>>> speech_meta("我们东湖区要……东湖区的发展……东湖区", "区长在全区大会上的讲话")
('东湖区', '区长')
>>> speech_meta("东湖区人民政府区长  王明\\n各位代表:", None)
(None, '王明')
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from .actors import POSTS

_PLACE = re.compile(r"([\u4e00-\u9fff]{2,3}(?:区|县|市))")
_LEAD = re.compile(r"^[我们的在对把将为和与及全本该各是了从到让使]+")
_NOT_PLACE = re.compile(r"^(?:城区|园区|片区|市区|新区|新城区|主城区|老城区|景区|社区|街区|小区|都市|城市|辖区|县区|省市|区县|"
                        r"开发区|工业园区|示范区|先行区|核心区|商务区|起步区|经济区|试验区|试点区|功能区|拓展区|[\u4e00-\u9fff]*(?:园|都)市|.*城市)$")
_NOT_BEFORE = set("小园社城景片新辖街市郊矿灾库山老校营战考政军厂")
_SPEAKER_LINE = re.compile(r"^[—\-\s]*[\u4e00-\u9fff]{0,16}?(?:" + "|".join(sorted(POSTS, key=len, reverse=True)) +
                           r")[\s\u3000]+(?P<name>[\u4e00-\u9fff]{2,3})[\s\u3000]*$")
_SPEAKER = re.compile(r"(" + "|".join(sorted(POSTS, key=len, reverse=True)) + r")")


def speech_meta(body: str, title: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """``(place, speaker)``: the district / county / city most named (3+ times), and
    the post in the title (``区长…讲话`` → ``区长``)."""
    counts = Counter(_LEAD.sub("", m.group(1)) for m in _PLACE.finditer(body))
    place = None
    best = 0
    for name, n in counts.most_common(12):
        if len(name) < 3 or name[-2] in _NOT_BEFORE or name.endswith(("开发区", "示范区", "核心区", "商务区", "起步区", "经济区", "试验区")):
            continue
        if _NOT_PLACE.match(name) or re.search(r"[的和在是了与及对把将为]", name):
            continue
        # 东山区 once, 东山 ten times: the name without 区 counts too
        score = body.count(name[:-1]) if len(name) >= 4 else n
        if score >= 3 and score > best:
            place, best = name, score
    speaker = None
    for line in body.lstrip().split("\n")[:6]:  # 青山区人民政府区长 何建新 / ——市长 王明
        m = _SPEAKER_LINE.match(line.strip())
        if m:
            return place, m.group("name")
    if title:
        m = _SPEAKER.search(title)
        if m:
            speaker = m.group(1)
    return place, speaker
