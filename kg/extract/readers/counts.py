"""What the pledge and rectification readers share: counted sets, speakers,
fulfilment statuses, and one way to write a record.

A pledge round or a rectification list is often stated as a count: ``310个村
承诺民生事项1860项``, ``共计50项具体问题,已整改40项``.  A count is a number
(Arabic or Chinese, ``两件大事``) with a measure word and the thing counted.

>>> [(t.value, t.unit, t.metric) for t in counted("今年某局承担两件大事、五件实事")]
[(2.0, '件', '大事'), (5.0, '件', '实事')]
>>> [(t.value, t.unit) for t in counted("专项资金问题6项,所涉资金3.5万元")]
[(6.0, '项')]
>>> [(t.value, t.unit, t.metric) for t in counted("西岭镇9个村、社区作出的承诺", units_only=True)]
[(9.0, '个', '村')]
>>> speaker_in("县水利局局长王大成表示:")
('王大成', '县水利局')
>>> fulfilled("去年村里承诺的修路工程都完成了"), fulfilled("我们一定会兑现承诺"), fulfilled("他承诺的桥梁工程已提前3天完成计划进度")
('done', None, 'on_track')
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from dataclasses import replace
from typing import Optional

from kg.model import Actor, CommitmentRecord, Deadline, Evidence, Progress, Target

from ..actors import POSTS, SURNAMES, parse_item
from ..segment import cn_int
from ..targets import NAMED_BY_WIDTH, about, clean_metric
from ..vocab import THEN_PENDING

_N = r"(?P<n>\d+|[一二两三四五六七八九十]{1,3})"
#: a measure word for things counted in pledges and rectification lists
_UNIT = r"(?P<u>件|项|个|家|宗|条|所|处|户|座|盏|台|辆|栋|口)"
#: 30件重点工作, 两件大事, 27件信访举报件 (the thing counted after the count)
_BEFORE = lazy(r"(?<![\d.年月第])" + _N + _UNIT + r"(?P<m>(?:(?:19|20)\d\d年度?)?[\u4e00-\u9fff“”]{1,12})")  # 12项2017年重点事项
#: 民生事项2704项, 问题6项 (the thing counted before the count)
_AFTER = lazy(r"(?P<m>[\u4e00-\u9fff“”]{2,12}?)" + r"(?P<n>\d+)(?:余|多)?" + _UNIT + r"(?![\u4e00-\u9fff]*?[万亿]?元)")
#: where the name of the thing counted ends
_M_END = lazy(r"[的和及与、在已等进将被对向中,“”]|负责|立下|总计|共计|去年|今年|截至|截止|(?:公开)?承诺(?=的|了)|"
                    r"整改(?!任务|事项|问题)|涉及|进行|分成|分为|划分为|纳入|列入")
#: units a pledge round counts: 44个部门, 28个村
_UNIT_NOUN = lazy(r"^(?:部门|单位|村|社区|镇|乡镇|乡|街道|窗口单位|牵头单位|责任单位|县直部门|市直部门|区直部门|科室|企业|学校"
                        r"|职能部门|县区|区县|县市区|市直单位|县直单位|区直单位)")  # (rx10: 已扩大到35个市直单位和9个县区)
#: how the things counted were found, before their name: 共发现X问题65个, 排查出X隐患12处
_FOUND = lazy(r"^(?:发现|排查出|查出|梳理出|检查出)")
_MONEY = lazy(r"^[\d.]*\s*(?:万|亿)?元")


def _metric(raw: str) -> str:
    m = _M_END.search(raw)
    return (raw[:m.start()] if m else raw).strip("“”")


def counted(text: str, units_only: bool = False) -> list[Target]:
    """The counts of ``text`` as ``=`` targets, in order (money is no count)."""
    out = _counts_before(text, units_only)
    if not units_only:
        out += _counts_after(text, out)
    out.sort(key=lambda x: x[0])
    return [t for _, t in out]


def _counts_before(text: str, units_only: bool) -> list[tuple[int, Target]]:
    """``12件民生实事`` / ``18个村``: counts before what they count, ``(offset, target)``;
    with ``units_only`` only counts of units (村, 部门), named by the unit noun."""
    out: list[tuple[int, Target]] = []
    for m in _BEFORE.finditer(text):
        n = cn_int(m.group("n"))
        metric = _metric(m.group("m"))
        if n is None or m.group("n") == "一" or not metric or re.match(r"^(?:正|已|未|部分|阶段|整改(?!任务|事项|问题)|办结|完成|月|星期|小时|工作日)", metric):
            continue  # 2个正在整改: a status count; 滞后约2个月: a span of time (rx25)
        if units_only and not _UNIT_NOUN.match(metric):
            continue
        if units_only:
            metric = _UNIT_NOUN.match(metric).group()
        out.append((m.start(), Target(metric, "=", float(n), m.group("u"), m.group())))
    return out


def _counts_after(text: str, before: list[tuple[int, Target]]) -> list[tuple[int, Target]]:
    """``共列出“民生清单”300件``: counts after what they count (not inside a count read
    before, not a status count such as 已整改40项), ``(offset, target)``."""
    out: list[tuple[int, Target]] = []
    for m in _AFTER.finditer(text):
        if any(s <= m.start("n") < s + len(t.text or "") for s, t in before + out):
            continue
        metric = [p for p in re.split(r"[,,、;。(( “”]|共计|共有|总计|合计|其中|承诺(?!$)|立下|共|作出|做出|许下|承担|今年|去年|明年",
                                      m.group("m")) if p][-1:] or [""]
        metric = _FOUND.sub("", re.sub(r"^(?:列出|征集|梳理|收集|确定)", "", metric[0]))  # 共列出“民生清单”300件 / 发现X问题65个
        if len(metric) < 2 or re.search(r"[已未正]|部分|整改(?!任务|事项|问题)|办结|完成|销号|滞后|延后|推迟|提前", metric) \
                or re.match(r"月|星期|小时|工作日", text[m.end():]):
            continue  # 已整改40项: a status count, not the set; 滞后约2个月: a span of time (rx25)
        at = m.group("m").rfind(metric)  # (the text from the thing counted: 全县重点项目6个, not 坪镇今年承担…)
        out.append((m.start("n"), Target(metric, "=", float(m.group("n")), m.group("u"), m.group()[max(at, 0):])))
    return out


_POST = "|".join(sorted(POSTS + ("支书", "村主任", "社区主任", "党员", "老党员", "共产党员", "人大代表", "政协委员",
                                    "理事长", "副理事长", "会长", "校长", "副校长", "教师"), key=len, reverse=True))  # (合作社理事长陈某 / 小学教师郑某, rx38)  # (党员李建国承诺, rx28; 县人大代表杨某, rx37)  # 村支书陈某
#: 县水利局局长王大成 / 村党支部书记李四: a person named with a post, the unit before it
_SPEAKER = lazy(r"(?P<org>[\u4e00-\u9fff]{2,20}?(?:委员会|管委会|局|委|办|镇|乡|街道|中心|公司|院|所|厅))?"
                      r"(?:党支部|党委|党组|支部|村委会)?(?P<post>" + _POST + r")(?P<name>[\u4e00-\u9fff]{2,3}?)"
                      r"(?=[,。:“”\s和、及]|表示|表态|说|介绍|坦言|第一|在|自|用|斩|感慨|称|向|对|亲|立|承诺|作出|也|却|干脆|的|现场|当场|郑重|公开|当即|代表|带头|率先|这样|当着|许下|面对|则|还|亮出|聚焦|把|年初|去年|今年初|包联|包抓|领办|是)")  # (周某包联X项目,他承诺…; X是养殖大户。她承诺…, rx37)


#: a line opened by who speaks it, a space allowed before the name: 县交通运输局局长李军: / 市城管局局长 赵磊: (rx27)
SPEAKER_HEAD = lazy(r"\s*(?P<h>[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ \u3000](?=[\u4e00-\u9fff])){3,24}?)[::]")


def line_speaker(text: str, at: int = 0) -> Optional[tuple[str, Optional[str]]]:
    """Who speaks the line at ``text[at:]``: the person (and unit) its head names before the colon, else None.

    >>> line_speaker("市城管局局长 赵磊:我们将…")
    ('赵磊', '市城管局')
    """
    m = SPEAKER_HEAD.match(text, at, min(len(text), at + 32))
    hit = speaker_in(re.sub(r"[ \u3000]", "", m.group("h")) + ":") if m else None
    return hit or paren_speaker(text, at)


#: a person named, then the post in brackets, before the colon: 葛某(局党组书记、局长): / 杜某(退休返聘党员): (rx29)
_PAREN_HEAD = lazy(r"\s*(?:[△▽☆★●○◆◇■□▲•▪]\s*)?(?P<n>[\u4e00-\u9fff]{2,3})[((](?P<p>[^()()::。]{2,24})[))][::]")


def paren_speaker(text: str, at: int = 0) -> Optional[tuple[str, Optional[str]]]:
    """``葛某(局党组书记、局长):…``: the person the line opens with, his post in brackets (rx29)."""
    m = _PAREN_HEAD.match(text, at)
    if not m or not re.search(_POST + r"|党员|干部|委员|成员|主任|站长|负责人", m.group("p")):
        return None
    item = parse_item(m.group("n"), bare=True)
    return (m.group("n"), None) if (item and item[1] == "person") or (m.group("n")[0] in SURNAMES and not parse_item(m.group("n"))) else None


def speaker_in(text: str) -> Optional[tuple[str, Optional[str]]]:
    """``(name, unit)`` of the last person named with a post in ``text``."""
    hit = None
    for m in _SPEAKER.finditer(text):
        name = m.group("name")
        if re.search(r"[的了们是在和与及等]", name) or re.match(r"(?:干部|群众|代表|同志|领导|骨干|志愿)", name) \
                or _SAYING.match(name):
            continue  # (党员干部: no person named, rx28; 喻某书记承诺: 承诺 is what he does, rx40)
        org = m.group("org")
        if org and re.match(r"^(?:该|本|这|其)", org):
            org = None
        if org:  # 看到电视里县卫生局局长X: the unit named last before the post
            org = re.split(r"[里在到看是]", org)[-1] or None
        hit = (name, org)
    return hit or _name_then_post(text)


#: what a speaker does, right after his post: (书记)承诺 / 表示 / 强调 — no name
_SAYING = lazy(r"(?:承诺|表示|表态|强调|要求|指出|说|讲话|发言|介绍|汇报|郑重|公开)")
#: a name then its post, before what he says: (办党委)喻某书记承诺: / 李某县长表示
_NAME_POST_SAYS = lazy(r"(?:" + _POST + r")(?=(?:同志)?(?:郑重|公开|当场|现场)?(?:承诺|表示|表态|强调|要求|说)|[::]|$)")


def _name_then_post(text: str) -> Optional[tuple[str, Optional[str]]]:
    """``(name, None)`` of a person named before his post, where no post opens a name (办党委喻某书记承诺:), else None."""
    posts = list(_NAME_POST_SAYS.finditer(text))
    post = posts[-1] if posts else None
    for k in (3, 2) if post else ():  # (王建华主任 before 建华主任; 委喻某 is no name)
        if post.start() < k or (k == 3 and text[post.start() - 3] not in SURNAMES):
            continue
        item = parse_item(text[post.start() - k:post.end()])
        if item and item[1] == "person":
            return item[0], None
    return None


def speaker_actors(sp: Optional[tuple[str, Optional[str]]]) -> list[Actor]:
    """The speaker and the speaker's unit as responsible actors."""
    if not sp:
        return []
    name, org = sp
    out = []
    if org and len(org) >= 3:
        out.append(Actor(org, "organization", "responsible"))
    out.append(Actor(name, "person", "responsible"))
    return out


#: a pledge kept or a problem put right (兑现了, 都完成了, 已整改, 已销号)
_DONE = lazy(r"兑现了|已(?:全部|全面|基本|如期)?兑现|已经兑现|已经?实现(?![\u4e00-\u9fff]*?\d)|实现了(?![\u4e00-\u9fff]*?\d)|"
                   r"(?:都|全部|均|已经?|已全部|基本)完成了?|完成了|已整改|整改到位|已销号|已办结|(?:全部|均已|均)(?:按时|按期|如期)?办结|办结销号|"
                   r"(?:顺利|已经?)(?:开园|开业|通车|通水|建成|竣工|投用)|"
                   r"(?:都|全部|已经?)[\u4e00-\u9fff]{0,6}?(?:到位|做到|上|好)了(?=[,,。;!”]|$)")  # 都装上了, 已经全部安装到位了
#: a fulfilment on its way (提前…完成预期的进度, 正在整改, 进入准备阶段)
_ON = lazy(r"完成[^,。;]{0,4}(?:预期|计划)?的?进度|(?:均|都|已)(?:已|经)?(?:积极)?采取(?:了)?(?:有效)?措施(?:进行)?整改|正在(?:施工|建设|实施|办理|进行|开展|招标|编制)|正在整改|整改中|持续整改|正在推进|进入[^,。;]{0,10}阶段|大部分完成|有序推进|稳步推进|进展顺利|阶段性办结")
#: not kept, or not yet (整改不到位, 仍未, 至今没有)
_BEHIND = lazy(r"整改不到位|未整改到位|未按期|逾期|仍未|至今(?:没有|未|仍)|仍(?:缺|然存在|有)|尚未整改|未整改|"
                     r"(?:没能|未能|没有)(?:在[^,,。]{1,8})?(?:按期|如期)?兑现")  # (没能在年内兑现, rx30)
#: a promise still to keep (一定会兑现, 将完成)
_FUTURE = lazy(r"(?:会|将|要|一定|确保|力争|争取|保证|(?<![提目之以])前|能)[^,。;]{0,3}$")


def fulfilled(text: str) -> Optional[str]:
    """The status a pledge report or rectification report gives: ``behind``,
    ``on_track`` or ``done``; None where it gives none (a promise still to keep)."""
    if _BEHIND.search(text):
        return "behind"
    for rx, st in ((_ON, "on_track"), (_DONE, "done")):
        for m in rx.finditer(text):
            if not _FUTURE.search(text[max(0, m.start() - 8):m.start()]):
                return "on_track" if st == "done" and THEN_PENDING.search(text, m.end()) else st  # (…,剩余2个村10月底前完成, rx28)
    return None


def record(b, task: str, spans: list[tuple[int, int]], actors=(), deadline: Optional[Deadline] = None,
           targets=(), progress: Optional[Progress] = None) -> CommitmentRecord:
    """A commitment read from the spans ``[(start, end)]`` of the builder's text."""
    merged: list[list[int]] = []
    for s, e in sorted(set(spans)):  # overlapping pieces of one line are one piece
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    spans = [(s, e) for s, e in merged]
    evidence = tuple(Evidence(b.orig[s:e], s, e) for s, e in spans)
    seen, uniq = set(), []
    actors = [replace(a, name=re.sub(r"^(?:(?:今年|去年|明年)初?|年初|目前|当前|近年来)", "", a.name)) for a in actors]
    for a in actors:
        if (a.name, a.role) not in seen:
            seen.add((a.name, a.role))
            uniq.append(a)
    return b._unfold(CommitmentRecord(
        task=task[:40], text=" ".join(e.text for e in evidence), evidence=evidence, actors=tuple(uniq),
        deadline=deadline, targets=tuple(targets), progress=progress, line=b._line(spans[0][0])), spans)


def status(text: str, b, percent: Optional[float] = None) -> Optional[Progress]:
    st = fulfilled(text)
    if st is None:
        return None
    return Progress(st, percent, b.as_of, text.strip()[:60])


def sentence_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` (ended by 。!?; or a closing quote after one)."""
    out = []
    for m in re.finditer(r"[^。!?;…\n]+(?:[。!?;…]+[”’\"]*)?", text):
        s, e = m.start(), m.end()
        while s < e and text[s] in " \t”":
            s += 1
        if e > s:
            out.append((offset + s, offset + e))
    return out


_AMOUNT = lazy(r"(?P<m>[\u4e00-\u9fff]{1,8}?)(?P<n>\d+(?:\.\d+)?)(?P<u>万元|亿元|万平方米|平方米|亩|公里|米|人|户|万斤|万公斤|公斤|万吨|吨)")


def amounts(text: str) -> list[Target]:
    """Sums and sizes a pledge names (``筹资500万元``, ``种植茶叶300亩``) as ``=`` targets.

    >>> [(t.metric, t.value, t.unit) for t in amounts("全村种植茶叶300亩,筹资50万元")]
    [('种植茶叶', 300.0, '亩'), ('筹资', 50.0, '万元')]
    """
    out = []
    for m in _AMOUNT.finditer(text):
        if m.group("u") == "米" and NAMED_BY_WIDTH.match(text, m.end()):
            continue  # 24米大道: a road named by its width (rx40)
        metric = clean_metric(re.sub(r"^(?:[上下]?半年|年内|年底前?|今年)?(?:全[村镇乡县区市]|迅速|计划|力争|共|新增)?", "", m.group("m"))) or m.group("m")
        of = _OF_WHAT.match(text, m.end()) if len(metric) <= 2 else None
        metric += of.group("w") if of else ""  # 解决800人的饮水难问题 → 解决饮水难问题 (rx21)
        out.append(about(Target(metric, "=", float(m.group("n")), m.group("u"), m.group())))
    return out


#: what an amount of people or households is of: (解决800人)的饮水难问题
_OF_WHAT = lazy(r"的(?P<w>[\u4e00-\u9fff]{2,10}?)(?=[,,。;;]|$)")


#: how a programme is watched: 县绩效办对民生实事进行周通报、旬调度 / 对承诺事项建立台账 / 对…实行日报制度
_WATCH = lazy(r"(?<![针面绝相反应核比])对(?!照|接|标|外|于|比|此|待)(?P<o>[^。;,]{2,40}?)(?:进行|实行|建立|开展)(?!了)"
                    r"(?P<v>[^。;]{0,16}?(?:督查|督导|督办|通报|调度|评比|评议|考核|台账|日报|周报|月报|跟踪)[^。;,]{0,10})")
#: the object first: 对两个月仍无进展的承诺事项,县督查室、县监察局将联合媒体开展效能督查
_WATCH_FRONT = lazy(r"^对(?P<o>[^。;,,]{2,30}?)[,,](?P<s>[\u4e00-\u9fff、]{3,30}?)(?:将|要)?(?:(?:联合|会同|协同|组织)[^,。;]{0,10}?)?"
                          r"(?:进行|实行|开展)(?P<v>[^。;,]{0,12}?(?:督查|督导|督办|通报|调度|考核|跟踪)[^。;,]{0,6})")
_WATCH_SUBJ = lazy(r"(?:^|[,,])(?:该[县市区镇乡]|同时,?|此外,?)?(?P<s>[\u4e00-\u9fff、]{2,24}?)(?:还将|将|要|会)?(?=对)")  # (县督查室、县考核办将对…, rx33)


def watching(b, sent: str, offset: int, topic: str, para: str = ""):
    """``X对Y进行周通报、旬调度`` in a document about ``topic`` (承诺 / 整改): the
    units keeping watch over the programme, a standing commitment.

    >>> from kg.extract.docdate import DocDate
    >>> class B:  # a stand-in builder
    ...     t = orig = "县督查室对承诺事项进行周调度、月通报。"; as_of = None; doc = DocDate(2020)
    ...     _line = staticmethod(lambda pos: 1); _unfold = staticmethod(lambda rec, spans: rec)
    >>> r = watching(B, B.t, 0, "承诺|事项")
    >>> r.task, [(a.name, a.role) for a in r.actors]
    ('承诺事项周调度、月通报', [('县督查室', 'responsible')])
    """
    m = _WATCH.search(sent)
    if para and "。" not in para and len(para) <= 40:
        return None  # a headline
    if not m:
        return _watch_fronted(b, sent, offset) if re.search(topic, sent) else None
    if not re.search(topic, sent) or _PUNISH.search(sent):
        return None
    actors = _watchers(sent, m)
    if not actors and not re.search(r"将|从[^,。;]{1,10}起|定期|每[周月季日]|[周旬月]通报|制度|机制|台账", sent):
        return None  # 对各单位整改工作进行督查: the writer's own one-off check, not a standing watch
    obj = re.sub(r"(?:涉及|中)的.*$", "", re.split(r"召开|通过|采取|组织", m.group("o"))[0])
    obj = re.sub(r"^(?:各|全)(?:乡镇|镇|乡|街道|村|社区|县|区|市|部门|单位)(?:[((][^()()]*[))])?(?=.{4})", "", obj)  # 各镇(街道)X: X
    obj = re.sub(r"工作$", "", obj)[:16]
    task = obj + re.split(r"[,,]", m.group("v"))[0][:14]
    end = len(sent.rstrip("。;"))
    return record(b, task, [(offset, offset + end)], actors, None, (), None)


#: a watch that punishes, no standing commitment: 予以通报批评, 严肃问责
_PUNISH = lazy(r"通报批评|问责|追究|处分")


def _watch_fronted(b, sent: str, offset: int):
    """``对两个月仍无进展的承诺事项,县督查室实行周通报``: the thing watched fronted, then the watchers."""
    from ..actors import parse_list
    f = _WATCH_FRONT.match(sent.strip())
    if not f or _PUNISH.search(sent):
        return None
    items = parse_list(f.group("s"))
    actors = [Actor(n, k, "responsible", p) for n, k, p in items or [] if k == "organization"]
    if not actors:
        return None
    obj = re.sub(r"^.*的(?=[\u4e00-\u9fff]{4})", "", f.group("o"))[:16]  # 连续3个月无进展的承诺事项 → 承诺事项
    end = len(sent.rstrip("。;"))
    return record(b, obj + f.group("v")[:14], [(offset, offset + end)], actors, None, (), None)


def _watchers(sent: str, m: re.Match) -> list[Actor]:
    """The units that keep the watch: the last subject before it (由/请县督查室…), organizations only."""
    from ..actors import parse_list
    sm = None
    for sm in _WATCH_SUBJ.finditer(sent[:m.start() + 1]):
        pass
    if not sm:
        return []
    items = parse_list(re.sub(r"^(?:由|请)", "", sm.group("s")))
    return [Actor(n, k, "responsible", p) for n, k, p in items or [] if k == "organization"]
