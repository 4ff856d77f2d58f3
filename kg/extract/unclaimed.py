"""Sentences no rule claimed that still state a commitment: a work told as it stands, or a work with its count.

The readers and the prose rules read a document's structure and its phrasing; what they leave unread is mostly
background, but on pages of a shape not yet read it also holds the items themselves.  Measured on 400 blind pages
(session 56), two kinds of such a sentence are items three times out of four:

- a concrete work told as it stands: ``县城污水管网改造已全部完工`` / ``X路正在施工`` / ``完成率达86%``;
- a work named with its count: ``新修通组公路12公里`` / ``改造农村危房320户``.

Not: the economy's indicators (``GDP同比增长8%``, ``财政收入完成…``), a meeting's or an inspection team's own frame
(``会议听取了…`` / ``检查组对…`` / ``根据《…》``), counts of the matters themselves (``所列9件事项中,5件正在办理``),
a status word inside a directive (``要以X投入使用为契机``), and site furniture.  The caller reads the sentence
as any other (actors, deadline, targets, progress) and skips what a record already holds.
"""

from __future__ import annotations

import re
from typing import Optional

from .lazyre import lazy
from .listing import bodies
from .vocab import MODAL_RX

#: a step of a works, told done or by its share done in a works' report: 安装 / 回填 / 试验
_STEP = r"(?:施工|安装|铺设|开挖|回填|焊接|浇筑|装修|栽植|试验)"
#: a work told as it stands: done, under way, or its rate of completion
_STANDS = lazy(r"(?:该|此)(?:项目|项|事项)(?:实事)?(?:已经?)?(?:全部)?(?:完成|建成|办结)(?=[,,。;;]|$)|已(?:经)?(?:全部|基本)?(?:完成|建成|开工|竣工|完工|启动|实施|落实|整改|签订|拆除|交付|投入|通车|通水|封顶|开通|安装|改造|修建|硬化)"
               r"|完成率|累计完成|正(?:在)?(?:施工|建设|实施|推进|进行|开展|办理|抓紧|加紧|整改)|开工建设|投入使用|整改完成|已于"
               r"|(?<![未没])(?:完工|竣工|建成|通车|拆除到位|整改到位)(?:[,,。;;]|$)"
               r"|(?<![未没要将])(?:全部|均已|已经?)?(?:按时|按期|如期)?(?:拆除|清理|搬迁|关闭|取缔|办结|整改)完毕|(?:均|全部)已?(?:按时|按期|如期)办结"  # (rx50)
               r"|(?<![未没])" + _STEP + r"完成(?:\d+(?:\.\d+)?%|[,,。;;]|$)")  # (围墙监控安装完成85%)
#: a step of a works done, told at its clause's end: 玻璃钢盖板安装完成 / 土方回填完成
_STEP_DONE = lazy(r"(?<![未没要])" + _STEP + r"完成(?=[,,。;;]|$)")


def step_done(text: str) -> bool:
    """A sentence telling a step of a works done (``玻璃钢盖板安装完成``), none of it ahead of its time."""
    m = _STEP_DONE.search(text)
    return bool(m) and not (MODAL_RX.search(text, 0, m.start()) or _AHEAD.search(text, 0, m.start()))
#: a status word ahead of its time: 预计年底完工 / 将于9月建成 / 计划… / 力争… / 为让X尽快建成,…
_AHEAD = lazy(r"预计|将|计划|力争|争取|确保|拟|待|后|尽快|早日|加快|(?:^|[,,])为")
#: the verb of a work done to things that can be counted
_WORK_VERB = lazy(r"新建|改造|建成|建设|完成|实施|新增|安装|修建|硬化|开工|整治|拆除|改扩建|提升|启动|制定|出台|整改|解决|新修|铺设|"
                  r"栽植|种植|植树|造林|培训|发放|安置|搬迁|签约")
#: a count in the units works are measured in
_COUNT = lazy(r"\d+(?:\.\d+)?\s*(?:万(?=株|棵|户|亩))?(?P<u>万元|亿元|公里|千米|米|个|所|户|亩|平方米|万平方米|人|座|处|家|台|套|间|条|%|%|栋|盏|吨|株|棵|眼|口)(?!以下|以内)")
#: a project's size by its money alone, nothing told of it: X建设项目总投资3000万元。
_SIZE_ONLY = lazy(r"^[^,,;;。已]{2,40}?总投资(?:约|近|超)?\d+(?:\.\d+)?(?:万元|亿元)[。;;]?$")
#: money put into works, told alone: 共投入X建设资金1.8亿元 (a sum, no work's count)
_FUNDS_PUT = lazy(r"(?:投入|争取|安排|下达|拨付|筹集|筹措|落实|到位)[\u4e00-\u9fff]{0,16}?(?:资金|经费)")
#: a counted work that is money: X建设资金 / X经费 / 投资
_FUNDS_WORK = lazy(r"(?:资金|经费|投资)$")


def _funds_only(s: str) -> bool:
    """Every count of the sentence is money, put into works (投入…资金17936万元), and nothing told of what it went to: a
    sum, no work counted."""
    return bool(_FUNDS_PUT.search(s)) and all(m.group("u") in ("万元", "亿元") for m in _COUNT.finditer(s)) \
        and not re.search(r"已|正在|目前|用于|建设成|打造成|改造成", s)  # (…资金20万元,将X村建设成…: a work's funds)


#: the economy's indicators and their growth, no work of anyone's
_INDICATOR = lazy(r"同比|增速|增长\d|总产量?\d|生产总值|GDP|零售总额|财政(?:总)?收入|预算收入|利用内资|利用外资|固定资产投资(?:完成)?\d|规上工业|进出口")
#: a meeting's or an inspection's own frame, or a notice's lead (…情况公示如下)
_FRAME = lazy(r"^(?:会议|会上|检查组|督察组|督查组|调研组|考核组)|根据《|按照《|如下[::,,。]?$")
#: counts of the matters or the projects of a set, or all of them at once: 9件事项中 / 其中6项重点事项已办结 /
#: 全区12个重点项目中 / 3个项目超额完成 / 全县确定重点项目40个 / 新开工项目20个 / 已开工事项12件 / 正在办理5件 / 各事项的…
_MATTERS = lazy(r"\d+(?:件|项|个)[\u4e00-\u9fff]{0,6}?(?:事项|实事|工作|任务|项目)(?:中|已|均|全部|,|,)|\d+(?:件|项)(?:中|,|,)"
                r"|\d+(?:件|项|个)(?:事项|实事|任务|项目)(?:超额|提前|按期|均|全部)|(?:确定|安排|列入|开工|签约|竣工|在建|续建)[^,,。]{0,6}?项目\d+(?:个|项)|事项\d+件|正在办理\d+件|\d+件正在办理|各(?:事项|项目|任务)")
#: a group of works named, or a whole set, told as it stands: A、B等27个项目已完工 / 12个市级工程中均已竣工 (rx49)
_GROUP_TOLD = lazy(r"[^,,;;。]{4,}等\d+(?:个|项|件)[\u4e00-\u9fff]{0,8}?(?:项目|工程)(?:已|正在|均已|全部)"
                   r"|\d+(?:个|项|件)[\u4e00-\u9fff]{0,8}?(?:项目|工程|实事|工作任务)中?(?:已全部|均已|全部已?|已?全面)(?:完成|完工|建成|开工|竣工|办结)")
#: the first of the works a group names, and the group: (…131个项目中)A(四期)、B等27个项目已完工 (rx49)
_GROUP_WORK = lazy(r"(?:^[^,,;;。]*?\d+(?:个|项|件)[\u4e00-\u9fff]{0,8}?中)?(?P<w>[^,,;;。、]{3,30}?)(?:、[^,,;;。]*?)?"
                   r"等(?P<n>\d+(?:个|项|件)[\u4e00-\u9fff]{0,8}?(?:项目|工程))(?=已|正在|均已|全部)")
#: what was named before, or groups at large: 该项目已完工 / 上述问题已整改 / a follow-up visit's finding (记者回访发现…) /
#: 各乡镇已完成… (a record's status, or nobody's); 其中A…,B…: the parts of a figure told before; a question (…完成多少个?)
_NAMED_BEFORE = lazy(r"^其中|回访|探访|追踪(?!统计|调度|服务|问效)|多少|[吗呢][??]|(?:^|[,,:对将把])(?:该|此|上述|以上|这些?)(?:[项个批条]|[\u4e00-\u9fff]{0,6}?(?:项目|工程|问题|任务|事项|路段|工作))|(?:^|[,,])各(?:乡镇|部门|单位|地|级|村|县|区|市|街道|有关)")
#: a table's cells (its readers own them), an item's status label (整改情况:), a title (关于X的公示), a section's
#: background label (项目概况: / 存在问题:)
_NOT_PROSE = lazy(r"[|\t]|^(?:整改|进展|完成|办理|落实)情况[::]|^关于|情况的?(?:公示|通报|报告)$|^(?:项目|工程|基本)概况|^(?:存在|主要)问题[::]")
#: a page's furniture
_FURNITURE = lazy(r"来源|发布时间|索引号|浏览次数|责任编辑|打印|关闭窗口")


def _named_before(s: str) -> bool:
    """What the sentence is about was named before it (:data:`_NAMED_BEFORE`) — not where 该项目 takes up the work its own
    first clauses name (新建托育中心一所,…,该项目已经建成, rx51)."""
    m = _NAMED_BEFORE.search(s)
    if m is None:
        return False
    this = re.match(r"[,,:对将把]?(?:该|此)", m.group())
    return not (this and m.start() > 0 and _WORK_VERB.search(s, 0, m.start()) and _COUNT.search(s, 0, m.start()))


def kind(text: str) -> Optional[str]:
    """``"stands"`` for a sentence telling how a concrete work stands, ``"counted"`` for one naming a work with its
    count, else ``None`` (see the module's note for what is left out).

    >>> kind("县城污水管网改造工程已全部完工。")
    'stands'
    >>> kind("新修通组公路12公里,硬化村道8公里。")
    'counted'
    >>> kind("全区生产总值完成120亿元,同比增长7.5%。") is None
    True
    >>> kind("要以新馆投入使用为契机,带动周边发展。") is None
    True
    """
    s = text.strip()
    if not (12 if not _SHARE_DONE.match(s) else 8) <= len(s) <= 300 or _FURNITURE.search(s) or _INDICATOR.search(s) or _FRAME.search(s) \
            or (_MATTERS.search(s) and not _GROUP_TOLD.search(s)) \
            or _named_before(s) or _NOT_PROSE.search(s):
        return None
    if _COUNT.search(s) and _WORK_VERB.search(s) and not _SIZE_ONLY.search(s) and not _funds_only(s):
        return "counted"
    stands = _STANDS.search(s) or _GROUP_TOLD.search(s)  # (…所列的12项任务全面完成, rx50)
    if stands and not (MODAL_RX.search(s, 0, stands.start()) or _AHEAD.search(s, 0, stands.start())):
        return "stands"
    return None


#: a label or a frame before the sentence's work: 完成情况: / 为解决X, / 按照X要求, / 在X方面, / 经过协调,
_FRAMED = lazy(r"^(?:[^,,。::]{2,10}[::]|(?:为|按照|根据|鉴于|针对|经过|通过)[^,,。]{0,40}[,,]|在[^,,。]{2,20}方面[,,])")
#: what opens a sentence before its work: a time, a place's whole, a frame of the news
_OPENING = lazy(r"^(?:(?:截[至止]|到)?(?:目前|今年|本年|[上下]半年|年初|\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|以来|为止)?[,,]?)?"
                r"(?:(?:全[省市县区镇乡村]|我[省市县区镇乡村])[,,]?)?(?:共|累计|已经|已|先后|正在|计划)?")
#: a work named with its count: 新建污水处理站15座 → 新建污水处理站 / 新建候车亭(站台)40个
_COUNTED_WORK = lazy(r"(?P<w>(?:" + _WORK_VERB.pattern + r")[^,,;;。\d已达总]{2,18}?)(?:共|等)?\d")
#: a step of a work and the share of it done, or done: 围墙监控安装完成85% / 进场道路施工完成 (a works' report, one step a clause)
_SHARE_DONE = lazy(r"^(?P<w>[^,,;;。\d已]{3,24}?" + _STEP + r")完成(?:\d+(?:\.\d+)?%|[,,。;;]|$)")
#: a work named after its money, then told as it stands: 计划投资90万元兴建的X桥,已完成… / 投资500万元的X路改造工程,… (rx49)
_INVESTED_WORK = lazy(r"^(?:计划)?总?投资(?:约)?\d+(?:\.\d+)?(?:万元|亿元)(?:建设|实施|新建|改造)?的(?P<w>[^,,;;。]{3,24}?)[,,]?(?=已|正在|目前|现已)")
#: a work before the words telling how it stands: X改造工程已全部完工 → X改造工程
_STANDING_WORK = lazy(r"(?P<w>[^,,;;。]{3,24}?)(?:目前|现已|均已|已经|已|正在|完成率|累计)")
#: what is no work's name: money, a plan, a verb alone, a frame's word (总投资 / 年度计划的 / 组织 / 鉴于)
_NO_WORK = lazy(r"^(?:总?投资|到|对|组织|鉴于|做好|又)|[::]|的有?$|投资$|计划|任务|^(?:完成|新增|新建|巩固|提升|启动|推进|加快|实施)+$")


#: the ones left out before the work told: 除A,B外,(其余)
_EXCEPT = lazy(r"^(?:[\u4e00-\u9fff]{0,6}?)除[^。;;]{2,80}?外[,,]?(?:其余|其他|其它)?")


def work(text: str) -> str:
    """The work a sentence of :func:`kind` is about, for its task: the counted work, else what stands, else ``""``
    (then the task is read as any other's); a label, a frame and a time before it cut off.

    >>> work("截至9月底,全县新建污水处理站15座。"), work("县城污水管网改造工程已全部完工。")
    ('新建污水处理站', '县城污水管网改造工程')
    >>> work("为方便群众出行,今年计划新建候车亭(站台)40个。"), work("完成情况:东岭村道路已全部硬化。")
    ('新建候车亭(站台)', '东岭村道路')
    """
    s = text.strip()
    for _ in range(2):
        s = s[_FRAMED.match(s).end():] if _FRAMED.match(s) else s
    s = s[_OPENING.match(s).end():]
    s = _EXCEPT.sub("", s, count=1)  # (除A,B外,其余X已基本完工: the work is X, rx52)
    g = _GROUP_WORK.search(s)
    if g:  # (X县追踪的131个项目中A、B等27个项目已完工: A等27个项目)
        return g.group("w").strip(" ,,、") + "等" + g.group("n")
    m = _SHARE_DONE.match(s) or next((c for c in _COUNTED_WORK.finditer(s) if not _FUNDS_WORK.search(c.group("w"))
                                      and len(_done_off(c.group("w"))) >= 3), None) \
        or _INVESTED_WORK.match(s) or _STANDING_WORK.match(s)  # (投入X建设资金3506万元,完成Y等8个项目建设: Y, not the funds)
    w = _done_off(m.group("w")) if m else ""  # (完成X改造: the work is X改造)
    return "" if len(w) < 3 or _NO_WORK.search(w) else w


def _done_off(w: str) -> str:
    """完成X改造 → X改造."""
    return re.sub(r"^完成了?", "", w.strip(" ,,、"))


#: the units a sentence opens with, before what they did or how their work stands: 甲县、乙市已全部完成整改 /
#: 县财政局目前已… / 镇政府举一反三,…
_DOERS = lazy(r"(?P<u>[\u4e00-\u9fff()()、和及与]{2,60}?)(?=均已|均|都|已经|已|正在|目前|现已|先后|共|累计|于\d|组织|开展|实施|完成|积极|"
              r"认真|扎实|及时|全面|举一反三|[,,])")


#: what opens no doer's name beside :func:`.listing.bodies`: a count (三个文化广场), the country at large (农村中小学)
_NO_DOER = lazy(r"[\d一二两三四五六七八九十]+个|农村|城区|城乡|城镇")


def doers(text: str) -> list[str]:
    """The units or places a sentence opens with (after its time), each a body or a place standing for its government,
    else ``[]``: the doers of a work the sentence tells.

    >>> doers("截至6月底,东岭镇、西岭乡已全部完成改厕任务。"), doers("目前主体工程已全部完成。")
    (['东岭镇', '西岭乡'], [])
    """
    s = text.strip()
    for _ in range(2):
        s = s[_FRAMED.match(s).end():] if _FRAMED.match(s) else s
    s = s[_OPENING.match(s).end():]
    m = _DOERS.match(s)
    names = bodies(m.group("u")) if m else []
    return [] if any(_NO_DOER.match(n) for n in names) else names
