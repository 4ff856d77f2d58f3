"""Place and speaker of a speech, where the text says.

The place is the document's own: the issuing body or signature (``X县人民政府办公室``
→ ``X县``, ``Y市Z区人民政府`` → ``Z区``), else a headline naming it (``X县召开…``),
else the district / county / city the body names most; never a fragment of a
longer word (``第九次县政府常务会`` names no place).

>>> speech_meta("我们东湖区要……东湖区的发展……东湖区", "区长在全区大会上的讲话")
('东湖区', '区长')
>>> speech_meta("东湖区人民政府区长  王明\\n各位代表:", None)
('东湖区', '王明')
>>> speech_meta("第三次县政府常务会议定事项办理通报\\n来源:青石县人民政府办公室\\n", None)[0]
'青石县'
>>> place_chain("南江市北湖区人民政府文件"), place_chain("南江市住建局办公室")
(('南江市', '北湖区'), ('南江市',))
"""
from __future__ import annotations

import re
from .lazyre import lazy
from collections import Counter
from functools import lru_cache
from typing import Optional

from .actors import POSTS

_PLACE = lazy(r"([\u4e00-\u9fff]{2,3}(?:区|县|市))")
_LEAD = lazy(r"^[我们的在对把将为和与及全本该各是了从到让使]+")
_NOT_PLACE = lazy(r"^(?:城区|园区|片区|市区|新区|新城区|主城区|老城区|景区|社区|街区|小区|都市|城市|辖区|县区|省市|区县|"
                        r"开发区|工业园区|示范区|先行区|核心区|商务区|起步区|经济区|试验区|试点区|功能区|拓展区|[\u4e00-\u9fff]*(?:园|都)市|.*城市)$")
_NOT_BEFORE = set("小园社城景片新辖街市郊矿灾库山老校营战考政军厂")
_SPEAKER_LINE = lazy(r"^[—\-\s]*[\u4e00-\u9fff]{0,16}?(?:" + "|".join(sorted(POSTS, key=len, reverse=True)) +
                           r")[\s\u3000]+(?P<name>[\u4e00-\u9fff]{2,3})[\s\u3000]*$")
_SPEAKER = lazy(r"(" + "|".join(sorted(POSTS, key=len, reverse=True)) + r")")


_UNIT = r"(?:(?!人民|政府|委员)[\u4e00-\u9fff]){1,5}?(?:自治区|自治州|自治县|省|市|州|盟|地区|区|县|旗)"
#: a chain of places opening an issuing body: 南江市北湖区人民政府, 青石县政府办公室, 北湖区河湖管理中心
_ISSUER = lazy(r"(?:^|(?<=[\s::|()()【】\[\]]))(?P<chain>(?:" + _UNIT + r"){1,3})"
                     r"(?=人民政府|政府|县委|区委|市委|州委|党委|人大|政协|(?:[\u4e00-\u9fff]{1,10}?)(?:局|委员会|委|办公室|办|中心)(?:$|[\s,,。|()()]|文件|关于|\d)|"
                     r"召开|县长|区长|市长|长|[“\d:])", re.M)
#: …in running text, after a comma, only before a government or its head: ,北湖区召开…, ,青石县县委书记…
_INLINE = lazy(r"(?<=[,,。;;])(?P<chain>(?:" + _UNIT + r"){1,3})(?=县委|区委|市委|州委|召开|县长|区长|市长)")
_ONE = lazy(_UNIT)
_LEVEL_CHAR = lazy(r"[省市区县州旗盟]")
_DELIM = lazy(r"[\s::|()()【】\[\]]+")
_COMMA = lazy(r"[,,。;;]")
_HEAD_WORD = lazy(r"[县区市州]委|召开|[县区市]长")
_NOT_LEVEL_TAIL = ("片区", "园区", "景区", "社区", "小区", "开发区", "示范区", "核心区", "商务区", "起步区", "经济区", "试验区", "功能区")
#: no place name holds these: 第五次县, 要按照市, 议同意区, 年度市
_NOT_IN_PLACE = lazy(r"[第次年度要按照同意议的是在和与及对把将为了从到让使届本级各该这那其此每我你他们委段请报送交至向镇村街路号院室所副务根据依经由召开政府]")
_ISSUER_LEVELS = ("自治区", "自治州", "自治县", "地区", "省", "市", "州", "盟", "区", "县", "旗")


def place_chain(text: str) -> tuple[str, ...]:
    """The places a line opens with, outermost first (``南江市北湖区人民政府`` →
    ``('南江市', '北湖区')``), or ``()``."""
    m = _ISSUER.search(text)
    return _split_chain(m.group("chain")) if m else ()


def _split_chain(chain: str) -> tuple[str, ...]:
    out, i = [], 0
    while i < len(chain):
        m = _ONE.match(chain, i)
        if not m:
            return ()
        name = m.group(0)
        core = next((name[:-len(lv)] for lv in _ISSUER_LEVELS if name.endswith(lv)), name)
        if not core or _NOT_IN_PLACE.search(core) or _NOT_PLACE.match(name) or name.endswith(_NOT_LEVEL_TAIL) \
                or (len(core) == 1 and name[-1] != "县"):
            return ()
        out.append(name)
        i = m.end()
    return tuple(out)


@lru_cache(maxsize=8)
def doc_places(body: str) -> tuple[str, ...]:
    """The document's places from its issuing body, signature or headline:
    the first lines, then the last ones."""
    if len(body) <= 4500:
        lines = [ln.strip() for ln in body.split("\n") if ln.strip()]
        head, tail = lines[:12], lines[12:][-8:]
    else:  # (only the ends of a long text are read)
        head = [ln.strip() for ln in body[:3000].split("\n") if ln.strip()][:12]
        tail = [ln.strip() for ln in body[-1500:].split("\n") if ln.strip()][-8:]
    for ln in head + tail[::-1]:
        if not _LEVEL_CHAR.search(ln):
            continue
        # (matched only where a name can open: the line's start, after a space or bracket, after a comma)
        starts = [(0, _ISSUER)] + [(m.end(), _ISSUER) for m in _DELIM.finditer(ln, 0, 400)]
        if _HEAD_WORD.search(ln):
            starts += [(m.end(), _INLINE) for m in _COMMA.finditer(ln)]
        for pos, rx in starts:
            m = rx.match(ln, pos)
            chain = _split_chain(m.group("chain")) if m else ()
            if chain and not chain[0].startswith("全"):  # (全县“项目攻坚年”…: the whole county, no place's name; rx33)
                return chain
    return ()


_LEVEL_PREFIX = lazy(r"^(?:省|市|区|县|州|旗)(?!政|场|域|直|属)")
_OWN_PLACE = lazy(r"^(?P<chain>(?:" + _UNIT + r"){1,3})(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=256)  # (a document names its units again and again)
def actor_place(name: str, kind: str, chain: tuple[str, ...]) -> Optional[str]:
    """The place an organization belongs to: the place its name opens with
    (南江市财政局 → 南江市), else the document's place of its level (县发改局 in
    a document of 青石县 → 青石县; 市交通委 in one of 南江市北湖区 → 南江市),
    else, for a unit named without a level (城管局, 东坝镇), the document's own place.

    >>> actor_place("南江市财政局", "organization", ()), actor_place("县发改局", "organization", ("青石县",))
    ('南江市', '青石县')
    >>> chain = ("南江市", "北湖区")
    >>> actor_place("市交通委", "organization", chain), actor_place("城管局", "organization", chain)
    ('南江市', '北湖区')
    >>> actor_place("县财政局", "organization", chain), actor_place("市政局", "organization", chain), actor_place("张三", "person", chain)
    (None, '北湖区', None)
    """
    if kind != "organization":
        return None
    m = _OWN_PLACE.match(name)
    if m:
        own = _split_chain(m.group("chain"))
        if own:
            return own[-1]
    if _LEVEL_PREFIX.match(name):
        return next((p for p in reversed(chain) if p.endswith(name[0])), None)
    if chain and not name.endswith(("公司", "集团", "银行")):
        return chain[-1]
    return None


def speech_meta(body: str, title: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """``(place, speaker)``: the district / county / city most named (3+ times), and
    the post in the title (``区长…讲话`` → ``区长``)."""
    chain = doc_places(body)
    place = chain[-1] if chain else None
    counts = Counter(_LEAD.sub("", m.group(1)) for m in _PLACE.finditer(body)) if not place else Counter()
    best = 0
    for name, n in counts.most_common(12):
        if len(name) < 3 or name[-2] in _NOT_BEFORE or name.endswith(("开发区", "示范区", "核心区", "商务区", "起步区", "经济区", "试验区")):
            continue
        if _NOT_PLACE.match(name) or _NOT_IN_PLACE.search(name[:-1]):
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
