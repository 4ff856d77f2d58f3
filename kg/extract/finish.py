"""The last step of every record, whichever reader made it: its task name as a
person would write it (:func:`~kg.extract.naming.tidy_task`) and the place each
organization belongs to (:func:`~kg.extract.meta.actor_place`).

>>> from kg.model import Actor, CommitmentRecord
>>> r = finish([CommitmentRecord("河道整治", actors=(Actor("县水务局", "organization", "responsible"),))], ("青石县",))
>>> r[0].actors[0].place
'青石县'
>>> r = finish([CommitmentRecord("修路", actors=(Actor("王五", "person", "lead", "副市长"),))], ("南江市", "东湖区"))
>>> r[0].actors[0].place
'南江市'
"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import replace

from kg.model import Actor, CommitmentRecord, Target

from .meta import actor_place
from .naming import LIST_COUNT, listed_works, said_plainly, tidy_task
from .vocab import INSPECTED_RX, ITEM_RX, STRONG_MODAL_RX, WORK_END, YEAR_AMOUNT
from .segment import fold, regrouped


def tidy(task: str) -> str:
    """:func:`tidy_task` read on the folded text, given back as written
    (``“嚴格落實…”`` keeps its script where the tidy name is a piece of it)."""
    f = fold(task)
    t = tidy_task(f)
    if t == f:
        return task
    i = f.find(t)
    if i >= 0:
        return task[i:i + len(t)]
    out, k = [], 0  # (a name put together from pieces: each piece as written, rx26)
    while k < len(t):
        n = next((n for n in range(len(t) - k, 0, -1) if t[k:k + n] in f), 0)
        out.append(task[f.find(t[k:k + n]):f.find(t[k:k + n]) + n] if n else t[k])
        k += n or 1
    return "".join(out)


def _place(a: Actor, chain: tuple[str, ...]) -> "str | None":
    """An organization's place; a person's where the post they are named with has a level
    (副市长王五 in a document of 南江市东湖区 → 南江市), else none (the document's, in kg.resolve)."""
    if a.kind == "organization":
        return actor_place(a.name, a.kind, chain)
    from kg.resolve import levelled_place  # kg.resolve reads kg.extract: import when used

    return levelled_place(a.post, tuple(reversed(chain))) if a.post and a.post != a.name else None


def _inspection_told(r: CommitmentRecord) -> bool:
    """A record read from an inspection told (``区督查室…对区政府承诺的实事进行督察。``):
    the inspectors' visit, with no deadline, target or progress of its own, is no commitment."""
    bare_year = r.deadline is not None and (re.fullmatch(r"(?:19|20)\d\d年度?", r.deadline.text or "")  # (2017年挂钩项目)
                                            or not re.search(r"前|内|底", r.deadline.text or ""))  # (8月上旬,…进行了集中督查: when, no term; rx39)
    return bool(r.evidence) and not ((r.deadline and not bare_year) or r.targets or r.progress) \
        and all(INSPECTED_RX.search(e.text.strip()) and not STRONG_MODAL_RX.search(e.text) for e in r.evidence)


#: a count of people dealt with, an outcome told: 给予党纪处分1人;诫勉2人;交由纪委调查1人
_DEALT_WITH = lazy(r"^(?:[,,;;]?(?:给予|交由|移交|移送|责令|予以)?[\u4e00-\u9fff]{0,8}?"
                         r"(?:处分|处理|诫勉|问责|调查|谈话|检查|追责|立案|审查|教育)\d+(?:人|名|人次))+[。;;]?$")


def _dealt_with(r: CommitmentRecord) -> bool:
    """A record of people dealt with (``交由纪委调查1人``): an outcome counted, no commitment."""
    return bool(r.evidence) and not (r.deadline or r.progress) \
        and all(_DEALT_WITH.match(e.text.strip()) for e in r.evidence)


#: how a list was drawn up, no work: 明确责任单位和完成时限 / 逐条制定整改措施 (rx35)
_FRAME = lazy(r"^(?:逐条|逐项)?(?:明确|制定|落实|确定)(?:了)?(?:整改)?(?:责任单位|责任人|责任领导|完成时限|整改时限|整改措施|措施)"
              r"(?:[和、及与](?:责任单位|责任人|责任领导|完成时限|整改时限|整改措施|措施))*$")


def _frame_only(r: CommitmentRecord) -> bool:
    """A record whose whole evidence tells how the list was drawn up (…逐条制定措施,明确责任单位和完成时限), no work."""
    return bool(r.evidence) and not (r.deadline or r.targets) and all(_FRAME.match(e.text.strip(" 。,")) for e in r.evidence)


#: a period or a time alone, no work: 一季度, 上半年, 1-3月, 今年以来, 5月8日上午9
_PERIOD_ONLY = lazy(r"(?:今年|本年|全年)?(?:[一二三四1-4]季度|第[一二三四]季度|[上下]半年|前三季度|今年以来|年初以来|全年|本年度?|"
                    r"\d{1,2}\s*[-—~至]\s*\d{1,2}月份?|\d{1,2}月份?|[上中下]旬)"
                    r"|(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号](?:上午|下午|晚上?)?[\d::]*")  # (2018年1月4日上午9: a time)


def finish(records: list[CommitmentRecord], chain: tuple[str, ...], subject: str = "", opening: str = "") -> list[CommitmentRecord]:
    """``records`` with their organizations' places set where known (``chain``:
    the document's places, outermost first); a bare rectification named by the
    problems the document is about (``subject``, :func:`rectified`)."""
    out = []
    tasks_set = task_set(opening) if opening and any(_BARE_SHARE.match(tidy(r.task) or r.task) for r in records) else ""
    work = _title_work(opening) if opening and "关于" in opening else ""
    for r in records:
        if _no_commitment(r):
            continue
        actors = tuple(a if a.place else Actor(a.name, a.kind, a.role, a.post, _place(a, chain)) for a in map(_yearless, r.actors)
                       if not _NO_NAME.search(a.name))
        task = _CJK_GAP.sub("", _named(r, subject, work))  # (启 动河道…: a page's stray space inside a word, rx49)
        task = tasks_set if tasks_set and _BARE_SHARE.match(task) else task  # 县住建局:承担任务12项 → the set (rx25)
        targets = _amounts(_year_quota(r, _not_progress(r.targets, r.progress)))
        out.append(replace(r, actors=actors, task=task, targets=targets)
                   if actors != r.actors or task != r.task or targets != r.targets else r)
        out[-1] = _time_limit(_regrouped(_one_span_each(out[-1])))
    return _told_again(_due_for_all(_due_unless_told(_each_respectively(out))))


#: a space between two Chinese characters, as a page converted from print leaves inside a word
_CJK_GAP = lazy(r"(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")
#: an actor's "name" that is a piece of a sentence a table's cell or a report's line gave (正在签约中。 / 已完成。数据…
#: / X街道办事处:目前…): sentence punctuation or spacing in it, or a status word in a long one (session 54)
_NO_NAME = lazy(r"[。;;,,::!?!?]|\s|^(?=.{6,})[^已正目]*(?:已|正在|目前)")


def _yearless(a: Actor) -> Actor:
    """An organisation named with the year before it (2023年区政府 → 区政府): the year no part of its name."""
    m = re.match(r"(?:19|20)\d\d年度?", a.name) if a.kind == "organization" else None
    return replace(a, name=a.name[m.end():]) if m and len(a.name) - m.end() >= 2 else a


def _no_commitment(r: CommitmentRecord) -> bool:
    """A record that is none: an inspection told, a case dealt with, a period (一季度完成投资仅占年计划的19%, rx23),
    a frame, the figures of a matrix (rx40)."""
    return _inspection_told(r) or _dealt_with(r) or bool(_PERIOD_ONLY.fullmatch(r.task.strip())) or _frame_only(r) \
        or _figures_only(r.task) or bool(r.evidence and _BREAKDOWN_SEEN.match(r.evidence[0].text.strip())) \
        or bool(r.evidence and _NOTICE_FURNITURE.match(r.evidence[0].text.strip()))


#: a notice's furniture, how the public may reach the office: 公示时间:… / 受理部门:… / 受理电话:… (session 55)
_NOTICE_FURNITURE = lazy(r"^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、.])?\s*(?:公示时间|公示期|受理部门|受理单位|受理电话|受理地址|受理时间|"
                         r"联系电话|联系人|联系地址|监督电话|举报电话|投诉电话|电子邮箱|通讯地址|邮编|邮政编码)[::]"
                         # …or a heading of a report's part alone: 三、主要工作及成效: / 二、整改措施:
                         r"|^(?:[一二三四五六七八九十]{1,3}、)\s*[\u4e00-\u9fff]{0,8}?(?:工作及成效|及成效|成效|整改措施|完成情况|进展情况)[;;::。]?\s*$")
#: a statistic's breakdown ranking places or kinds, no work: 分地区看:完成投资额较高的有A、B / 从行业看,增幅较大的是… (rx43;
#: not 按投资主体分:企业投资项目40个,…, sets of works with their own progress)
_BREAKDOWN_SEEN = lazy(r"^(?:分|从)(?:地区|区域|县区|旗县|行业|产业|领域|类型|投资类型|投资主体|项目类型|类别|投资领域)(?:看|来看)[::,,]"
                       r"[^。;;]{0,20}?(?:较高|较多|较快|较大|较低|较少|较慢|排名|位居|领先|靠前|靠后)")


def _amounts(targets: tuple) -> tuple:
    """The targets with an amount (a goal cell in words, 室内安装及场外施工, is none: rx40)."""
    return tuple(t for t in targets if t.value is not None)


def _figures_only(task: str) -> bool:
    """27800 4400 2000 4.3 / 577 东坡区 286.5 120.3: the figures of a matrix's cells read as a task, no work (rx40)."""
    words = task.split()
    return not re.search(r"[\u4e00-\u9fff]", task) or (len(words) >= 3 and sum(1 for w in words if _FIGURE.fullmatch(w)) * 2 > len(words))


_FIGURE = lazy(r"[\d.%]+")


#: a standing time limit of a service: 道路运输证照在5个工作日内办结 (not 会后5个工作日内上报: a term from an event)
_LIMIT = lazy(r"^(?:在)?(?P<n>\d+)个?(?P<u>工作日|日|天)(?:内|之内|以内)$")
#: what a service's limit gives the time for: 办结 / 答复 / 制证 / 作出处理意见 (rx36, rx37)
_SERVED = r"(?:即可)?(?:办结|办理完毕|办完|答复|回复|反馈|审批完毕|完成审批|审结|作出(?:处理|答复|决定)|处理完毕|制证|调查处理)"
_LIMIT_DONE = lazy(r"^(?:内|之内|以内)?" + _SERVED)
_ANCHOR = lazy(r"会后|通知|印发|下发|之日起|收到|本|起|后$|限期|限")
#: the case each time a service's limit runs from: 自受理之日起 / 接诉后 / 收到申请后 (rx37)
_PER_CASE = lazy(r"(?:受理|接诉|接件|收到申请|接到投诉|立案)(?:之日起|后)?$")
#: a service's limit inside an item: …立即核查,3个工作日内作出处理意见 / 15个工作日内制证 (rx37)
SERVICE_LIMIT = lazy(r"(?<![\d.])(?P<n>\d+)个?(?P<u>工作日|日|天|小时)(?:内|之内|以内)(?=" + _SERVED + r")")


def _time_limit(r: CommitmentRecord) -> CommitmentRecord:
    """…证照在5个工作日内办结: a service's standing time limit, no term to meet: a bound (<= 5 个工作日) (rx36); one
    running from each case (自受理之日起45日内审结) too, and one told beside another term (立即核查,3个工作日内作出处理意见:
    the bound, the term kept; rx37)."""
    m = _LIMIT.match(r.deadline.text or "") if r.deadline else None
    text = r.text or ""
    at = text.find(r.deadline.text) if m else -1
    if at < 0:
        return _limit_beside(r, text)
    before = text[max(0, at - 8):at]
    if not _LIMIT_DONE.match(text[at + len(r.deadline.text):]) or (_ANCHOR.search(before) and not _PER_CASE.search(before)):
        return r
    unit = "个工作日" if m.group("u") == "工作日" else m.group("u")
    limit = Target("办结时限", "<=", float(m.group("n")), unit, r.deadline.text)
    known = any(t.op == "<=" and t.value == limit.value and t.unit == unit for t in r.targets)  # (read as a bound already)
    return replace(r, deadline=None, targets=tuple(r.targets) + (() if known else (limit,)))


def _limit_beside(r: CommitmentRecord, text: str) -> CommitmentRecord:
    """The bound of a service's limit told in an item whose term is another (立即核查,3个工作日内作出处理意见, rx37)."""
    m = SERVICE_LIMIT.search(text) if not (r.deadline and r.deadline.date) else None
    if not m or _ANCHOR.search(text[max(0, m.start() - 8):m.start()]) and not _PER_CASE.search(text[max(0, m.start() - 8):m.start()]):
        return r
    unit = "个工作日" if m.group("u") == "工作日" else m.group("u")
    if any(t.op == "<=" and t.value == float(m.group("n")) and t.unit == unit for t in r.targets):
        return r
    return replace(r, targets=tuple(r.targets) + (Target("办结时限", "<=", float(m.group("n")), unit, m.group()),))


#: the year's quota a share done names: 占年度目标20亿元的46.5% / 完成年度任务6000万元的53.3% (rx33)
_YEAR_QUOTA = lazy(r"(?:占|完成)(?:年度|全年)(?:目标|任务|计划)(?:任务)?(?P<q>" + YEAR_AMOUNT + r")的\d")


def _year_quota(r: CommitmentRecord, targets: tuple) -> tuple:
    """The targets, with the year's quota a share done names where no target holds it (rx33)."""
    m = next((m for e in r.evidence for m in [_YEAR_QUOTA.search(e.text)] if m), None)
    n, u = re.match(r"(\d+(?:\.\d+)?)(.+)", m.group("q")).groups() if m else (None, None)
    if not m or any(t.value == float(n) and t.unit == u for t in targets):
        return targets
    return tuple(targets) + (Target(r.task, "=", float(n), u, m.group()[:-1]),)


#: a bound left when its figure was cut from the name: 储备编织袋不少于、救生衣 (rx31)
_DANGLING_BOUND = lazy(r"(?:不少于|不低于|不超过|达到|超过)(?=[、,,]|$)")
#: the one work a document's title is about: 关于滨河大道东延工程专题协调会议的纪要 (rx31)
_TITLE_WORK = lazy(r"关于(?P<w>[\u4e00-\u9fff]{3,16}?)(?:工程|项目)(?:建设)?(?:专题|协调|调度|推进|现场)")
#: a step of a work, named without the work: 剩余签约 / 主线路建成通车 / 竣工交付使用 (rx31)
_STEP_ALONE = lazy(r"^(?:剩余|全线|主线路?|全部|整体)?(?:征迁|征收|拆迁)?(?:签约|开工|建成通车|通车|完工|竣工(?:交付)?(?:使用)?|交付使用|路基施工|腾空交地)$")
_STEP_LEAD = lazy(r"^(?:剩余|全部)")


def _title_work(opening: str) -> str:
    """The work the title names (滨河大道东延), else ``""``."""
    m = _TITLE_WORK.search(opening)
    return m.group("w") if m else ""


#: what follows an actor's name at the head of a task: his post, his role, his modal (区自然资源局负责完成X)
_ACTOR_TAIL = lazy(r"^(?:[((][^()()]{1,16}[))])?[::]?(?:作为项目业主|为项目业主|具体)?(?:牵头|负责|配合|协助)?(?:要(?![素求点件闻])|将|须|必须)?"
                   r"(?:(?:制定|完成|筹措|做好|抓好|组织)(?=[\u4e00-\u9fff]{4}))?")


def _actor_off(task: str, actors: tuple) -> str:
    """A task opened by one of its actors and his role or modal (区自然资源局负责完成新增用地征收 → 新增用地征收,
    县爱卫办要每半月召开推进会 → 每半月召开推进会): the work without who does it (rx31)."""
    for a in actors:
        if a.name and task.startswith(a.name) and len(task) > len(a.name) + 3:
            rest = task[len(a.name):]
            m = _ACTOR_TAIL.match(rest)  # (房产局保障性安居房建设: a unit's share of a set, named by its unit: kept)
            body = rest[m.end():] if m and m.end() else ""
            return body if len(body) >= 4 and not body.startswith(("的", "和", "、", "等")) else task
    return task


def _named(r: CommitmentRecord, subject: str, work: str) -> str:
    """A record's task as a person would write it: tidied, its amount, goal, subject, actor and bare step read."""
    task = tidy(r.task) or r.task
    task = _slogan_of_work(task, r.text or "")
    task = _amount_off(task, r.targets)
    task = _pledged_goal(task, r.text or "", r.targets)
    task = _of_subject(task, subject) if subject else task
    task = _AT_LEFT.sub("", _PLACE_DONE.sub(r"\g<p>", _DONE_OFF.sub("", task)))  # 完成棚户区改造 → 棚户区改造 (rx27)
    task = _rate_activity(task, r.targets)
    task = _actor_off(task, r.actors)
    task = _DANGLING_BOUND.sub("", task) if "不" in task or "达到" in task or "超过" in task else task
    return work + _STEP_LEAD.sub("", task) if work and _STEP_ALONE.match(task) else task  # 剩余签约 in minutes on X工程 (rx31)


def _each_respectively(records: list[CommitmentRecord]) -> list[CommitmentRecord]:
    """``records`` with each one of units and works respectively (分别) split (:func:`_respectively`), and each
    one of works listed before their count (办好A、B两件实事) split (:func:`_each_listed`)."""
    return [y for r in records for x in _respectively(r) for y in _each_listed(x)]


def _each_listed(r: CommitmentRecord) -> list[CommitmentRecord]:
    """为村民办好打一眼机井、修一座便民桥两件实事: one per work listed before its count, the count dropped (rx28)."""
    if not LIST_COUNT.search(r.task):
        return [r]
    works = listed_works(re.sub(r"^.*?(?:办好|办成|落实|完成|兑现)", "", r.task))
    return [replace(r, task=said_plainly(w), targets=()) for w in works] if len(works) > 1 else [r]


#: a verb opening what is done to each work of a list: 对A和B开展排查 / A、B的前期工作
_EACH_VERB = lazy(r"开展|进行|实施|组织|推进|做好|抓好")


def _respectively(r: CommitmentRecord) -> list[CommitmentRecord]:
    """A、B要分别对X和Y开展排查 / X、Y的征收工作分别由A、B负责: one record per unit and its work, in order (rx28);
    else the record alone."""
    units = [a for a in r.actors if a.kind == "organization"]
    if "分别" not in (r.text or "") or len(units) < 2 or len({a.role for a in units}) > 1 or len(units) != len(r.actors):
        return [r]
    body = re.sub(r"^对", "", r.task.replace("分别", ""))
    if "的" in body:
        head, rest = body.split("的", 1)
    else:
        m = _EACH_VERB.search(body)
        head, rest = (body[:m.start()], body[m.end():]) if m else (body, "")
    works = [w for w in re.split(r"和|、|与|及", head) if w]
    rest = re.sub(r"(?<!前期)工作$", "", rest)
    if len(works) != len(units) or not rest or any(len(w) < 2 for w in works):
        return [r]
    return [replace(r, task=w + rest, actors=(a,)) for w, a in zip(works, units)]


def _rate_activity(task: str, targets: tuple) -> str:
    """征收工作 / 城南片区征收工作实现签约率 with a target 签约率 ≥ 100%: the work with the activity its rate
    measures (征收签约, 城南片区征收签约; rx27)."""
    rate = next((t.metric for t in targets if t.unit == "%" and t.metric and t.metric.endswith("率")), None)
    act = rate[:-1] if rate else ""
    if not (2 <= len(act) <= 4) or re.search(r"满意|达标|覆盖|合格|增长|完成", act):
        return task
    work = _WORK_OF_RATE.sub("", task)
    return work + act if work != task and len(work) >= 2 and act not in work else task


#: what a work named with its rate ends with: 征收工作 / X征收工作实现签约率
_WORK_OF_RATE = lazy(r"(?:工作)?(?:实现[\u4e00-\u9fff]{1,6}率)?$|工作$")
#: completion before the work a task names: 完成棚户区改造 / 完成全部征迁 (not 完成率, 完成70%…)
_DONE_OFF = lazy(r"^完成(?:了)?(?:全部|全面)?(?=[\u4e00-\u9fff“][\u4e00-\u9fff”])(?!率|情况|任务$|目标$)")
#: a place, then completion, then the work: 主城区完成背街小巷改造 → 主城区背街小巷改造
_PLACE_DONE = lazy(r"^(?P<p>(?:主|老|新|中心)?城区|全[市区县镇乡村]|[东西南北](?:区|城))完成(?=[\u4e00-\u9fff]{3})")
#: a 于 / 在 left before a step once its date is cut: 项目于(2023年7月底前)竣工 → 项目竣工
_AT_LEFT = lazy(r"(?<=[\u4e00-\u9fff]{2})[于在](?:今年|明年|本年)?(?=(?:全部|全面)?(?:竣工|完工|建成|开工|投入使用|投用|通车|交付|封顶|开业)+$)"
               r"|(?<=项目|工程)完成(?=签约|拆除|征收|交地|交房|验收|招标|立项)")  # (X项目完成签约 → X项目签约)
#: a term set for every item listed above: 请各责任单位…于5月31日前整改到位 (no work of its own)
_ALL_DUE = lazy(r"^(?:全部|全面|立即|限期)?(?:整改到位|整改|完成整改|整改落实)$")
_EACH_UNIT = lazy(r"(?:各|上述|以上)(?:责任)?(?:单位|部门|乡镇)")


def _due_for_all(records: list[CommitmentRecord]) -> list[CommitmentRecord]:
    """请各责任单位对照问题清单,…于5月31日前整改到位: the term of every problem listed before it that has none,
    not a commitment of its own (rx25)."""
    k = next((k for k, r in enumerate(records) if k and r.deadline and r.deadline.date and not r.actors
              and _ALL_DUE.match(r.task) and _EACH_UNIT.search(r.text or "")), None)
    if k is None or not any(r.deadline is None and r.actors for r in records[:k]):
        return records
    due = records[k].deadline
    return [replace(r, deadline=due) if r.deadline is None and r.actors else r for r in records[:k]] + records[k + 1:]


#: the term of every item above that tells none: 以上实事,凡未注明时限的,均在12月底前完成 (rx35)
_UNLESS_TOLD = lazy(r"^(?:以上|上述|上列)[\u4e00-\u9fff]{0,6}[,,]?(?:凡|其中|如)?(?:未|没有|无)(?:注明|标明|列明|明确|写明)"
                    r"(?:完成|办结)?(?:时限|时间|期限|日期)的?")


def _due_unless_told(records: list[CommitmentRecord]) -> list[CommitmentRecord]:
    """以上实事,凡未注明时限的,均在2009年12月底前完成: the term of each numbered item above without one, not a
    commitment of its own (rx35)."""
    k = next((k for k, r in enumerate(records) if k and r.deadline and r.deadline.date and r.evidence
              and _UNLESS_TOLD.match(r.evidence[0].text.strip())), None)
    if k is None:
        return records
    due = records[k].deadline
    return [replace(r, deadline=due) if r.deadline is None and not r.progress and r.evidence
            and ITEM_RX.match(r.evidence[0].text.strip()) else r for r in records[:k]] + records[k + 1:]


def _regrouped(r: CommitmentRecord) -> CommitmentRecord:
    """``r`` with its status told without the zeros folding put for thousands separators (已缴入01286.5万元 → 1286.5)."""
    p = r.progress
    text = regrouped(p.text) if p and p.text else None
    return replace(r, progress=replace(p, text=text)) if text is not None and text != p.text else r


def _told_again(records: list[CommitmentRecord]) -> list[CommitmentRecord]:
    """A count or a status told again (a page's headline, its teaser and its body each say 66项任务已完成27项):
    one record, each statement of it its evidence (rx23).  Only records with a target or a progress, equal in
    task, actors, deadline, targets and progress, are one."""
    if len(records) < 2:
        return records
    out: list[CommitmentRecord] = []
    seen: dict = {}
    for r in records:
        key = (r.task, r.actors, r.deadline, tuple((t.value, t.unit) for t in r.targets),
               (r.progress.status, r.progress.percent) if r.progress else None)
        k = seen.get(key) if (r.targets or r.progress) else None
        if k is None:
            seen[key] = len(out)
            out.append(r)
            continue
        ev = out[k].evidence + tuple(e for e in r.evidence if e not in out[k].evidence)
        out[k] = replace(out[k], evidence=ev, text=" ".join(e.text for e in ev))
    return out


def _one_span_each(r: CommitmentRecord) -> CommitmentRecord:
    """``r`` without an evidence span inside another of its spans (a decision's sentence and its clause after
    会议决定,: the sentence once; rx22).

    >>> from kg.model import Evidence
    >>> r = CommitmentRecord("修路", "甲,乙。 乙", (Evidence("甲,乙。", 0, 4), Evidence("乙", 2, 3)))
    >>> _one_span_each(r).text
    '甲,乙。'
    """
    ev = r.evidence
    if len(ev) < 2 or any(e.start is None for e in ev):
        return r
    kept = tuple(e for k, e in enumerate(ev)
                 if not any(j != k and o.start <= e.start and e.end <= o.end and (o.start, o.end) != (e.start, e.end)
                            for j, o in enumerate(ev)))
    if len(kept) == len(ev):
        return r
    return replace(r, evidence=kept, text=" ".join(e.text for e in kept))


#: the share of a work done, as a target reads it: 完成主体工程的45%
_SHARE = lazy(r"^(?:完成|达到)[^,。;]*的\d+(?:\.\d+)?%$")


def _not_progress(targets: tuple, progress) -> tuple:
    """``targets`` without the percent the record reports as progress: in
    ``西山公园提升工程完成主体工程的45%`` the 45% is done, not aimed at (an
    aimed share, ``要在10月底前完成…的60%``, is no progress and stays).

    >>> from kg.model import Progress, Target
    >>> _not_progress((Target("主体工程", ">=", 45.0, "%", "完成主体工程的45%"),), Progress("on_track", 45.0, None, "完成主体工程的45%"))
    ()
    """
    if not targets or progress is None or progress.percent is None or not progress.text:
        return targets
    return tuple(t for t in targets if not (t.unit == "%" and t.value == progress.percent and t.text
                                            and _SHARE.match(t.text) and t.text in progress.text))


_SLOGAN = lazy(r"^“[\u4e00-\u9fff]{2,6}”$")


def _slogan_of_work(task: str, text: str) -> str:
    """A task that is only a slogan (``“开门红”``, ``“双过半”``) is the slogan
    of the work the sentence pushes before it: ``加快推进东湖大道、南山水厂等民生工程,
    力争上半年“双过半”`` → ``民生工程上半年“双过半”``.

    >>> _slogan_of_work("“双过半”", "加快推进东湖大道、南山水厂等民生工程,力争上半年“双过半”")
    '民生工程上半年“双过半”'
    >>> _slogan_of_work("“开门红”", "努力实现“开门红”")
    '“开门红”'
    """
    if not _SLOGAN.match(task):
        return task
    at = text.find(task)
    if at < 0:
        return task
    works = list(_WORK_BEFORE.finditer(text, 0, at))
    if not works:
        return task
    w = works[-1]
    when = _WHEN.search(text, w.end(), at)
    return w.group("w") + (when.group() if when else "") + task


_WORK_BEFORE = lazy(r"(?:等|推进|抓好|加快)(?P<w>[\u4e00-\u9fff]{2,8}?" + WORK_END + r")(?=[,。;])")
_WHEN = lazy(r"[一二三四]季度|上半年|全年|年内")


_AMOUNT_TASK = lazy(r"^(?:完成|实现|新增)(?P<m>[\u4e00-\u9fff]{2,12}?)\d+(?:\.\d+)?[万亿]?[\u4e00-\u9fff%]{0,4}$")


#: a target's bound at the end of a task: …不少于8000万元 / …不超过5% (rx31; 达到 and 控制在 name the aim itself)
_BOUND_TAIL = lazy(r"(?:不少于|不低于|不超过|不高于)\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff%]{0,3}?(?:以上|以内|以下|左右)?$")


def _amount_off(task: str, targets: tuple) -> str:
    """A task that is only an amount of a target (``完成水利建设投资5.6亿元``)
    is named by what the amount measures (``水利建设投资``).

    >>> from kg.model import Target
    >>> _amount_off("完成水利建设投资5.6亿元", (Target("水利建设投资", "=", 5.6, "亿元"),))
    '水利建设投资'
    """
    m = _AMOUNT_TASK.match(task)
    if m and any(t.metric == m.group("m") for t in targets):
        return m.group("m")
    bound = _BOUND_TAIL.search(task) if targets else None
    if bound and bound.start() >= 4:  # 筹措征迁补偿资金不少于8000万元 → 筹措征迁补偿资金 (rx31)
        return task[:bound.start()]
    m = _MONEY_TAIL.match(task)  # 上级资金2亿元以上 with 争取上级资金 ≥ 2亿元: 争取上级资金 (rx28)
    return next((t.metric for t in targets if m and t.metric and t.metric.endswith(m.group("m"))), task)


#: a sum of money after what it is: 上级资金2亿元以上
_MONEY_TAIL = lazy(r"^(?P<m>[\u4e00-\u9fff]{2,12}?)\d+(?:\.\d+)?[万亿]?元(?:以上|左右)?$")
_PLEDGED_GOAL = lazy(r"承诺(?P<w>[^,。;,“”]{4,30}?)的(?:实施|工作|奋斗)?目标")


def _pledged_goal(task: str, text: str, targets: tuple) -> str:
    """A pledge of a goal names its task by the goal: ``区政府向全区群众承诺2024年建5万平方米公租房的目标``
    → ``2024年建5万平方米公租房`` (where the goal holds a target of the record).

    >>> from kg.model import Target
    >>> _pledged_goal("公租房建设是民心工程", "市政府承诺2024年建5万平方米公租房的目标", (Target("公租房", "=", 5.0, "万平方米", "建5万平方米公租房"),))
    '2024年建5万平方米公租房'
    """
    m = _PLEDGED_GOAL.search(text) if "承诺" in text else None
    if m and any(t.text and t.text in m.group("w") for t in targets):
        return m.group("w")
    return task


#: the problems a rectification document is about, in its opening: “大棚房”问题 / 审计查出问题 / 《百姓问政》曝光问题
_SUBJECT = lazy(r"(?P<s>“[^“”]{2,10}”问题|《[^《》]{2,10}》曝光问题|审计(?:查出|发现)问题|"
                r"(?<![对就将])[\u4e00-\u9fff]{2,6}?(?:督察|巡察|巡视)(?:组[\u4e00-\u9fff]{0,2}?)?(?:反馈)?(?:问题|意见))[\u4e00-\u9fff]{0,6}?整改")
#: a rectification that names nothing of its own: 问题整改 / 完成50%的整改 / 全面完成整改 / 具体问题整改
_BARE_RECTIFY = lazy(r"^(?:具体)?(?:问题)?整改(?:任务)?$|^(?P<how>全面|按期|如期)?完成(?:(?P<p>\d+(?:\.\d+)?%)的)?(?:问题)?整改(?:任务)?$")


#: a unit's share of a set, named by nothing of its own: 承担任务 / 承担的任务 / 牵头任务
_BARE_SHARE = lazy(r"^(?:承担|牵头|负责)(?:的)?(?:重点)?任务$")
#: the set of tasks a notice reports on, in its title: 2024年政府工作报告重点任务 / 县政府重点工作
_TASK_SET = lazy(r"(?:(?:19|20)\d\d年)?(?:度)?《?(?P<s>[\u4e00-\u9fff]{2,12}?)》?(?P<k>重点任务|重点工作|目标任务|民生实事)")


def task_set(opening: str) -> str:
    """The set of tasks a notice's title reports on (政府工作报告重点任务), else ``""``.

    >>> task_set("关于2024年政府工作报告重点任务落实情况的通报")
    '政府工作报告重点任务'
    """
    m = _TASK_SET.search(opening.split("\n")[0])
    return re.sub(r"^(?:关于)?(?:(?:19|20)\d\d年度?)?", "", m.group("s")) + m.group("k") if m else ""


def rectified(opening: str) -> str:
    """The problems a rectification document is about, from its opening, or ``""``.

    >>> rectified("南坪县“散乱污”问题集中整治整改工作进展顺利")
    '散乱污问题'
    >>> rectified("关于2022年度县本级部门预算审计查出问题整改情况的通报")
    '2022年度审计查出问题'
    >>> rectified("某县委巡察反馈问题整改清单"), rectified("县长调研城南棚改项目")
    ('巡察反馈问题', '')
    >>> rectified("关于市委第三巡察组巡察反馈意见整改情况的通报"), rectified("X局关于县委第三巡察组反馈意见整改进展的公示")
    ('巡察反馈意见', '巡察反馈意见')

    """
    m = _SUBJECT.search(opening) if "整改" in opening else None
    if not m:
        return ""
    s = m.group("s").replace("“", "").replace("”", "").replace("《", "").replace("》", "")
    team = re.match(r"^[\u4e00-\u9fff]*?(?P<w>督察|巡察|巡视)组", s)
    if team:  # 县委第二巡察组巡察反馈意见 / 县委第三巡察组反馈意见 → 巡察反馈意见 (rx32)
        s = s[team.end():] if s[team.end():].startswith(team.group("w")) else team.group("w") + s[team.end():]
    s = _PLACE_OFF.sub("", re.sub(r"^关于", "", s))  # 某县委巡察反馈问题 → 巡察反馈问题; 关于中央…督察 → 中央…督察 (rx26)
    years = re.findall(r"(?:19|20)\d\d年度?", opening[:m.start("s")])
    return (years[-1] if years else "") + s if s.startswith("审计") else s


_PLACE_OFF = lazy(r"^[\u4e00-\u9fff]{0,4}?[省市县区]委?(?:第[一二三四五六七八九十]+)?(?=[\u4e00-\u9fff]{0,6}(?:督察|巡察|巡视))")  # (川区环境保护督察…, rx36)


def _of_subject(task: str, subject: str) -> str:
    """完成50%的整改 → 大棚房问题整改完成50%; 全面完成整改 → 大棚房问题全面完成整改; 问题整改 → 大棚房问题整改 (rx25)."""
    m = _BARE_RECTIFY.match(task)
    if not m:
        return task
    if m.groupdict().get("p"):
        return f"{subject}整改完成{m.group('p')}"
    if m.groupdict().get("how"):
        return f"{subject}{m.group('how')}完成整改"
    return f"{subject}整改"
