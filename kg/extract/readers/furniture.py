"""The page's furniture around a document: a feedback box asking the reader's opinion.

A government page often closes with a box that asks the reader to rate the
policy and promises to read the answers::

    欢迎您对本通知的执行情况提出宝贵意见,我们将认真收集整理,及时改进工作。

That paragraph addresses the reader (您) about opinions or ratings: it is no
part of the document and makes no commitment, whatever its 将.

A news page opens with a teaser that repeats the lead (``核心提示:记者从东湖区
了解到,该区…``), often cut mid-sentence: the body says it again in full, so
the teaser is skipped too, and so is a notice's line of addressees (``各承办单位:``).

A page copied whole ends with the site's footer (``版权所有:…门户网站 主办单位:…办公室 网站标识码:…``):
the units it names host the site, they are given no task (rx24).
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from typing import Optional

#: the reader asked for an opinion: 请您对…提出宝贵意见 / 欢迎您…建议 / 您的评价
_ASKS_READER = lazy(r"(?:请|欢迎|感谢|邀请)您[^。]{0,40}?(?:意见|建议|评价|反馈|留言)|您的(?:意见|建议|评价|反馈|留言)")


#: a news page's teaser line: 核心提示:… / 内容提要:… / 导读:…
_TEASER = lazy(r"^[【\[]?(?:核心提示|内容提要|内容摘要|内容概述|内容简介|导读)[】\]]?\s*[::]")


#: a notice's addressees: 各承办单位: / 各镇人民政府,区直各部门: (rx10)
_ADDRESSEES = lazy(r"^各[^。;!?“”]{1,60}[::]$")


#: the public asked to watch over a pledge, and where to call: 欢迎社会各界监督。监督电话:… (rx22)
_WATCH = lazy(r"^(?:欢迎|恳请|敬请|请)(?:社会各界|广大(?:干部)?群众|广大市民|全社会|群众|大家)?(?:予以|进行|积极)?(?:监督|批评指正)[。!]?"
              r"(?:\s*(?:监督|举报|投诉|咨询|联系)(?:电话|邮箱|方式)[::][^。]{0,40})?$|^(?:监督|举报|投诉)(?:电话|邮箱)[::]")


#: what was done and is left off a pledge's list: 去年承诺的两件事已经办结,不再列入 (rx29)
_PLEDGE_CLOSE = lazy(r"不再(?:列入|列出|重复列出|重复)[。]?$")


#: a site's footer (rx24): 版权所有:X门户网站 主办单位:X办公室 网站标识码:… / ICP备… / 技术支持:… / 网站地图 | 联系我们
_FOOTER = lazy(r"版权所有|[Cc]opyright|©|ICP[备证]|网站标识码|公网安备|技术支持[::]|网站地图|联系我们|(?:主办|承办)(?:单位)?[::][^。]{2,30}?(?:主办|承办|技术支持|维护)(?:单位)?[::]")


#: a table's note defining its words: 注:进度评价以时序进度40%为基准,低于基准10个百分点以上为“进度滞后” (rx37)
_NOTE = lazy(r"^\s*(?:注|备注|说明)[::][^。]{0,60}?(?:为基准|为准|是指|指的是|口径)")


def read(b, paras, i) -> Optional[int]:
    """Skip a paragraph that asks the page's reader for an opinion, a news teaser,
    a notice's line of addressees, the public asked to watch over a pledge (and what is left off its list), a table's note
    defining its words, or the site's footer."""
    text = paras[i].text
    if _TEASER.match(text) or _ADDRESSEES.match(text) or ("您" in text and _ASKS_READER.search(text)) \
            or _WATCH.match(text.strip()) or (_FOOTER.search(text) and (len(text) < 400 or "。" not in text)) \
            or (len(text) < 160 and _PLEDGE_CLOSE.search(text.strip())) or _lights_rule(text) \
            or (_ATTENDANCE.match(text) and "。" not in text.rstrip("。")) or _SHARE_LINE.match(text) \
            or (_NOTE.match(text) and text.rstrip("。 ").count("。") == 0):
        return i + 1
    return None


#: a page's buttons to share or print it: 分享到: 微信 微博 / 扫一扫在手机打开当前页 (rx32)
_SHARE_LINE = lazy(r"^\s*(?:分享到|分享至|扫一扫|【?打印本页|【?关闭窗口)")


#: who attends a meeting, on a line of a record's head: 参会:县住建局、…负责同志 / 列席:… (rx30)
_ATTENDANCE = lazy(r"^\s*(?:参会|参会单位|参会人员|出席|出席人员|列席|列席人员|列席单位|参加人员|参加单位|与会人员|主持|主持人|记录|记录人)[::]")
#: a light a table gives its rows: …的亮绿灯 / …的为红灯
_LIGHT = lazy(r"的(?:亮|为|标注?为?)?(?:红|黄|绿)(?:灯|色)(?=[;;。,,]|$)")


def _lights_rule(text: str) -> bool:
    """说明:进度达到序时进度的亮绿灯;低于…的亮红灯。: how a supervision table's lights are given, each sentence a
    light's rule or a plain figure (rx30)."""
    if "灯" not in text and "色" not in text or len(_LIGHT.findall(text)) < 2:
        return False
    parts = [p for p in re.split(r"[;;。]", re.sub(r"^\s*(?:说明|备注|注)[::]", "", text)) if p.strip()]
    return all(_LIGHT.search(p) or not re.search(r"要|须|务必|前", p) for p in parts)
