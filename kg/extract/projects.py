"""Named works a commitment is about: ``东三路改扩建工程``, ``城南新村棚改项目``,
``环山路A至B段`` — found by the shape of the phrase, not a list.

>>> find_projects("及早启动东三路改扩建工程")
['东三路改扩建工程']
>>> find_projects("要督促金城大厦、百合广场年内全部完工")
['金城大厦', '百合广场']
>>> find_projects("对所有在建项目以及滨江大道、南湖路改造等重大市政工程")
['滨江大道', '南湖路改造']
>>> find_projects("启动环山路A至B段建设,确保年内完工")
['环山路A至B段']
>>> find_projects("建成沿河路东延工程并通车"), find_projects("完成城北棚户区改造项目征收签约")
(['沿河路东延工程'], ['城北棚户区改造项目'])
>>> find_projects("要加快青石隧道维修进度")
['青石隧道']
>>> find_projects("推进青峰大道西段改造工程"), find_projects("建成云溪大桥及接线工程"), find_projects("城区老年食堂建设项目")
(['青峰大道西段改造工程'], ['云溪大桥及接线工程'], ['城区老年食堂建设项目'])
>>> find_projects("推进柳岸路(东环-北环段)提升改造工程")
['柳岸路(东环-北环段)提升改造工程']
"""
from __future__ import annotations

import re
from .lazyre import lazy

from .vocab import IS_NO

_W = r"[\u4e00-\u9fffA-Za-z0-9·]"
_SUFFIX = r"(?:改扩建工程|工程|项目|大道|大厦|广场|路|段|桥|隧道|立交|公园|市场|基地|园|新村|中心|城)"
_VERB = r"(?:确保|启动|推进|建设|建成|完成|督促|加快|实施|推动|开工|实现|协调|配合|抓好|做好)"
#: a character of a name, or a segment in brackets inside it: 北环路(东段-西段)改造工程 (rx51)
_WB = r"(?:" + _W + r"|[((][^()()]{1,14}[))])"
_SINGLE = lazy(r"(?:^|" + _VERB + r")(?P<p>" + _W + _WB + r"{1,17}?(?:(?:改扩建工程|工程|项目)(?!建设|部|办|库|资金|单位)|" + _SUFFIX +
                     r"(?=建设|改造|维修|修复|加固|的|,|。|;|、|$|工作|前期|加快|年内|开工|竣工|完工|并|和|及|与)))")
_LIST = lazy(r"(?:督促|推进|加快|以及|对|抓好|包括|如)(?P<l>" + _W + r"{2,14}?(?:、" + _W + r"{2,14}?){1,8})"
                   r"(?:等[\u4e00-\u9fff]{0,8}(?:工程|项目|楼宇|道路)|年内|今年|尽快|加快|按期|如期|全部)")
_LEAD_VERB = lazy("^" + _VERB + "+")
_BAD = lazy(r"^(?:对|把|将|以|在|为|从|向|由|按|据|和|与|及)|所有|在建|^(?:各|重点|重大|这些|相关|有关|在建|新建|续建|一批|该|本|全区|全市|的|等|\d|[一二三四五六七八九十]+个)|"
                  r"项目建设$|^项目$|的|等(?:\d|[一二三四五六七八九十两])|非法|违法|问题|行为|以上|以下|[万亿]元|(?:主体|附属|土建|基础|装修|装饰|绿化|室内|配套|前期)工程$|^(?:办理|推进|实施|开展|引进|招引|签约|服务|保障|谋划|储备|申报|入库)"
                  r"(?:项目|工程)$|^.{0,2}(?:项目|工程)$")


def find_projects(text: str) -> list[str]:
    """Project names in ``text`` (folded), in order, without repeats."""
    out: list[str] = []
    for m in _LIST.finditer(text):
        for item in m.group("l").split("、"):
            item = re.sub(r"^.*?以及", "", item)
            if 2 <= len(item) <= 16 and not _BAD.search(item) and item not in out:
                out.append(item)
    for m in _SINGLE.finditer(text):
        p = _ENUM_LEAD.sub("", _after_verb(m.group("p")))  # 及早启动东三路…: the name starts after the last verb
        ext = _EXTEND.match(text, m.end())  # 青峰大道西段 + 改造工程, 云溪大桥 + 及接线工程
        if ext and not _BAD.search(p + ext.group()):
            p += ext.group()
        if not _BAD.search(p) and p not in out and not any(p in o or o in p for o in out):
            out.append(p)
    return out


def _after_verb(p: str) -> str:
    """The name after the last verb of ``p`` — unless that verb is part of
    the name (城区老年食堂建设项目: 建设 before 项目)."""
    for v in reversed(list(_VERB_RX.finditer(p))):
        rest = p[v.end():]
        if not (v.group() in ("建设", "改造") and re.fullmatch(_SUFFIX, rest)):  # (建设+项目: part of the name)
            return rest
    return p


_VERB_RX = lazy(_VERB)
_ENUM_LEAD = lazy(r"^(?:" + IS_NO + r"|关于|对于|针对|围绕|——)+")
#: what continues a name found by its suffix: 改造工程, 及接线工程, 建设项目
_EXTEND = lazy(r"(?:(?:及|和)(?:配套|接线|附属|连接线|周边)[\u4e00-\u9fff]{0,2})?"
                     r"(?:改扩建|改建|扩建|新建|迁建|改造|建设|提升|提标改造|综合整治|整治|修复)?(?:工程|项目)(?!建设|部|办|库|资金|单位)")
