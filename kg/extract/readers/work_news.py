"""News of named works and how each stands, one clause a work (rx42)::

    区教育局介绍,目前,城区4个扩容项目基本完成;东湖小学教学楼今年6月完工交付使用;西山中学综合楼主体完工,
    附属工程预计11月完工;南湾初中迁建工程结合片区规划一并实施,明年上半年开工建设。

→ one commitment per sentence that opens with a named work (a school's building, a road, a park, a project …),
after any lead-in (X介绍, 目前, 今年8月, 在…中): done where it is finished (完工, 竣工, 投入使用, 建成), on track where
part is done (基本完工, 已完成…的70%, 进展顺利) or its finish is still ahead (预计11月完工: due then), not started where
only its start is ahead (明年上半年开工).  A paragraph is read so when two of its sentences at least are such (one,
after such a paragraph) and it asks nothing, gives no roles and tells of no lag (no 要, 负责, 滞后 …); its other sentences go to the prose rules.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from kg.model import Deadline, Progress, Target

from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import tidy_task
from ..targets import find_targets
from ..segment import Span, sentences
from .supervision import record, sentence_records

#: what may come before the work: who told it, when, within what
_LEAD = (r"^(?:[^,,;;。]{2,24}?(?:介绍|表示|透露|获悉)[,,::]?)?(?:目前|当前|截至目前|同时|此外|另外|其中)?[,,]?"
         r"(?:(?:今年|去年)?\d{1,2}月(?:份)?[,,])?(?:在[^,,;;。]{2,24}?中[,,])?(?:全[省市县区]的?)?(?:新建的|在建的|新建|改扩建的)?")
#: a named work, up to its kind (等N个项目 closing a list of several)
_NAME = (r"(?P<w>(?![((]|\d+[、.．)]|[一二三四五六七八九十]+、)[\u4e00-\u9fff“”、()()A-Za-z0-9##]{3,70}?(?:楼|校区|工程|项目|学校|小学|中学|初中|高中|幼儿园|医院|卫生院|公园|"
         r"广场|大道|公路|干道|[车步绿]道|大桥|隧道|管网|水厂|污水处理厂|场馆|体育馆|图书馆|中心|小区|"
         # (a road, a bridge, a dyke, a power station told by its own name: 南滨河路 / 葸洪桥 / 防洪河堤 / 青石山水电站, rx43)
         r"(?<=[\u4e00-\u9fff]{2})(?<![思道]路)路|(?<=[\u4e00-\u9fff]{2})桥|河堤|水电站|水库|泵站|文化站|餐厅)”?)(?:等\d+个(?:项目|工程))?")
#: how it stands, right after its name (a strong kind, 工程 / 项目, may say more before its status)
_STANDS = (r"(?:今年\d{1,2}月(?:份)?|\d{1,2}月(?:份)?)?(?:已经?|已全部|全部|均已|基本|顺利|正式|主体|已基本)?"
           r"(?:完工|竣工|投入使用|交付使用|建成|完成|进展顺利|进入|开工|封顶|开始|(?:用地)?正在(?:拆迁|施工|建设|改造|设计|进行[\u4e00-\u9fff]{0,8}?(?:施工|建设|改造|设计|装修))|"
           r"即将(?:竣工|完工|建成|投用|投入使用)|(?:同)?通过[^,,;;。]{0,12}?(?:验收|评审|论证|审查|批复)|"
           r"正在[^,,;;。]{0,8}?阶段|(?<=项目|工程)[,,](?:总)?(?:建设|建筑|占地)面积\d+(?:\.\d+)?平方米[,,](?:目前)?(?:正在|主体|设计)|"
           # 东湖圩区改造工程进度96% / 南岸挡墙项目已浇筑挡墙540米 / 二期工程土建进度80% (session 55)
           r"(?<=项目|工程)(?:[\u4e00-\u9fff]{0,2}?)进度(?:达到?|为)?\d+(?:\.\d+)?%|(?<=项目|工程)(?:已|累计)(?:浇筑|铺设|安装|开挖|砌筑|完成))")  # (rx43)
_WORK_LINE = lazy(_LEAD + r"(?:" + _NAME + r"|(?P<c>\d+个[^,,;;。]{2,30}?(?:工作|行动)))(?:" + _STANDS + r"|已(?:全部)?(?:落实到位|通过[^,,;;。]{0,6}验收)|(?<=工程|项目)[^。;;]{0,40}?(?:开工|完工|竣工|投入使用|交付使用)|(?<=工程|项目)前期工作已完成)")
#: a work's planned amount and the amount done: (我市今年)计划建成200公里农村公路,现已完成路面铺设216公里
_UNIT = r"公里|个|条|座|所|户|套|亩|处|家|万平方米|平方米|米|间|栋"
_QUOTA_LINE = lazy(_LEAD + r"(?:我[市县区镇乡])?(?:今年)?(?:计划)?(?P<w>[^,,;;。]{0,30}?(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")[^,,;;。]{2,30}?)"
                   r"[,,]?(?:现|目前)?已经?(?:超额)?(?:完成|建成|新增|铺设|改造|开工|实施)?[^,,;;。\d]{0,8}?(?P<m>\d+(?:\.\d+)?)(?P=u)")
#: a paragraph that asks something, gives roles or tells of lagging: not this news (a report's readers read it)
_ASKS = lazy(r"要|务必|必须|确保|力争|(?<![共已])争取(?!到)|要求|负责(?!人|同志)|牵头|责任单位|滞后|缓慢|尚未|仍未|未能|存在(?:的)?(?:主要)?问题")
#: the finish still ahead, after its date: 预计11月完工 / 10月交付使用 / 明年4月完成
_FINISH = lazy(r"^(?:底|份|底前|前|之前|以前)?(?:全面|全部|建成|建设)?(?:完工|完成|交付使用|投入使用|竣工|建成|开园|开学)")
#: only its start is ahead: 明年上半年开工建设
_START_AHEAD = lazy(r"(?:明年|下半年|年底|预计)[^,,;;。]{0,8}?开工")
#: part done
_PART = lazy(r"基本(?:完成|完工|建成)|(?<![要将前底末内])主体(?:结构)?(?:工程)?(?:已经?|基本)?(?:完工|竣工|封顶)|已完成[^,,;;。]{0,12}?的\d+(?:\.\d+)?%|进展顺利|进入[^,,;;。]{0,8}施工|正在|即将|已进入|"
             # a stage of the work done, not the work: 已完成前期可研 / 已完成施工招标 / 前期工作已完成 / 通过省级评审 (rx43)
             r"^已?完成了?(?:前期|可研|施工招标|招投标|招标|设计|初步设计|立项)|^前期工作已完成|^(?:已)?(?:同)?通过[^,,;;。]{0,12}?(?:评审|论证|审查|批复)")
_DONE = lazy(r"完工|竣工|投入使用|交付使用|建成|完成|封顶")
#: all of it done: 已全部完工 / 均已建成
_ALL_DONE = lazy(r"(?:全部|均已|均)(?:完成|完工|建成|竣工)|完工率(?:达到?)?100%")
#: a work's size told after its name: ,建设面积900平方米
_AREA = lazy(r"^[,,](?P<m>(?:总)?(?:建设|建筑|占地)面积)(?P<n>\d+(?:\.\d+)?)平方米")
#: its share of the plan: 完成年度任务的117.1% / 已完成场平工程量的70%
_SHARE = lazy(r"(?:完成|完工率)[^,,;;。]{0,12}?(\d+(?:\.\d+)?)%")


#: part of the work done, told as its pace or an amount so far: 进度96% / 已浇筑挡墙540米 / 完成护岸800米 (session 55)
_PACE = lazy(r"进度(?:达到?|为)?(\d+(?:\.\d+)?)%")
_SOME_DONE = lazy(r"进度(?:达到?|为)?\d+(?:\.\d+)?%|^(?:[\u4e00-\u9fff]{0,2}?)(?:已|累计)?(?:完成|浇筑|铺设|安装|开挖|砌筑)[\u4e00-\u9fff]{1,8}?\d")


def read(b, paras, i) -> Optional[int]:
    """The sentences of ``paras[i]`` on named works and how they stand; None where fewer than two are or it asks."""
    para = paras[i]
    if _ASKS.search(para.text) or not para.text.strip():
        return None
    if sum(1 for s in clauses_of_works(para) if _WORK_LINE.match(s.text) or _QUOTA_LINE.match(s.text)) \
            < (1 if b.__dict__.get("_work_news") else 2):
        return None
    if not sentence_records(b, para, _work_record, split=clauses_of_works):
        return None
    b.__dict__["_work_news"] = True  # (a later paragraph of the same news may tell one work)
    return i + 1


#: a plan or a choice of works before the work's name: what is to happen, not how a work stands (rx52)
_PLANNED = lazy(r"计划(?:在|于|今年|年内|\d)|举行|举办|(?:初步)?确定(?!了?[\u4e00-\u9fff]{0,4}(?:完工|竣工|建成))|拟(?:在|于|定)|列入")


#: a part of the work told before, not another work: 室内体育场馆主体工程完工 / 附属工程
_PART_OF = lazy(r"主体工程|附属|配套")


def _part_of(work: str) -> bool:
    """A part of the work told before (附属工程 / 室内体育场馆主体工程), not a work of its own with its parts
    (乙校教学楼及附属工程项目, rx50)."""
    return bool(_PART_OF.search(work)) and not ("及" in work or work.endswith("项目"))


def clauses_of_works(para: Span) -> Iterator[Span]:
    """The sentences of ``para``, each cut before a clause that opens with another named work and how it stands
    (``甲公路已建成通车,乙大桥即将竣工``: two), where the clause before it is one too (rx43)."""
    for sent in sentences(para):
        start = 0
        if not _WORK_LINE.match(sent.text):  # (no work opens it: nothing to cut)
            yield sent
            continue
        for c in re.finditer(r"[,,]", sent.text):
            nxt = _WORK_LINE.match(sent.text[c.end():])
            if nxt and not _part_of(nxt.group("w") or "") and _WORK_LINE.match(sent.text[start:c.start()]):
                yield Span(sent.text[start:c.start()], sent.start + start, sent.start + c.start())
                start = c.end()
        yield Span(sent.text[start:], sent.start + start, sent.end) if start else sent


def told_work(b, sent: Span):
    """The record of ``sent`` where it opens with a named work and how it stands, else None (also
    :mod:`.aim_status`'s, for the works a progress label tells)."""
    return _work_record(b, sent) if _WORK_LINE.match(sent.text) else None


def _work_record(b, sent: Span):
    q = _QUOTA_LINE.match(sent.text)
    if q:
        return _quota_record(b, sent, q)
    m = _WORK_LINE.match(sent.text)
    if not m:
        return None
    g = "w" if m.group("w") else "c"  # (a named work, or works counted: 625个村庄规划编制工作)
    if _PLANNED.search(sent.text, 0, m.end(g)):
        return None  # 我县计划在6月举行X项目集中开工活动 / 已初步确定A、B等7个项目在6月开工: a plan, no news of works (rx52)
    rest = sent.text[m.end(g):]
    due = finish_ahead(b, rest)
    status = "on_track" if due is not None else _status_of(rest)
    pct = _SHARE.search(rest) or _PACE.search(rest)
    if pct and float(pct.group(1)) >= 100 and status == "on_track" and due is None:
        status = "done"
    work = re.sub(r"[“”]", "", m.group(g))
    count = re.search(r"(\d+)个(?=[\u4e00-\u9fff])", work)
    targets = [Target(work[count.end():], "=", float(count.group(1)), "个", count.group(0))] if count else []
    area = _AREA.match(rest)  # 甲项目,建设面积900平方米,正在…: its size the target (rx43)
    targets += [Target(area.group("m"), "=", float(area.group("n")), "平方米", area.group(0).strip(",,"))] if area else []
    return record(b, work[count.end():] if count and count.start() == 0 else work, [(sent.start + m.start(g), sent.end)], targets=targets, deadline=due,
                  progress=Progress(status, float(pct.group(1)) if pct else None, b.as_of or b.doc.iso,
                                    rest.strip(";;。")[:60]))


def _status_of(rest: str) -> str:
    """How a work stands from what its clause tells after its name (no finish ahead)."""
    if _START_AHEAD.search(rest) and not _DONE.search(rest):
        return "not_started"
    if _ALL_DONE.search(rest):
        return "done"
    if _PART.search(rest) or _SOME_DONE.search(rest):
        return "on_track"
    return "done"


def _quota_record(b, sent: Span, q: re.Match):
    """计划建成200公里农村公路,现已完成216公里: the plan its target, done at it (or beyond), else on track by its share."""
    n, done = float(q.group("n")), float(q.group("m"))
    w = q.group("w")
    work = tidy_task(w[:q.start("n") - q.start("w")] + w[q.end("u") - q.start("w"):]) or w
    status = "done" if done >= n or _ALL_DONE.search(sent.text) else "on_track"
    targets = find_targets(w) or [Target(work, "=", n, q.group("u"), q.group("n") + q.group("u"))]
    return record(b, work, [(sent.start + q.start("w"), sent.end)], targets=targets,
                  progress=Progress(status, None if status == "done" else round(100.0 * done / n, 1) if n else None,
                                    b.as_of or b.doc.iso, sent.text[q.end("w"):].strip(",,;;。")[:60]))


def finish_ahead(b, text: str) -> Optional[Deadline]:
    """The first date of ``text`` after the document's with a finish right after it (预计11月完工 / 计划11月份完成建设
    任务), as a term; else None (also :mod:`.aspect_items`')."""
    for f in find_deadlines(text, b.doc):
        if f.date and (not b.doc.iso or f.date > b.doc.iso) and _FINISH.match(text[f.end:]):
            return Deadline(f.text, f.date, f.precision)
    return None
