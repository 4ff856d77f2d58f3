"""Progress reported for a task: status, percent, as-of date.

Statuses: ``done`` (已完成, 已通车, 已竣工), ``on_track`` (达序时, 有序推进,
完成60% without a delay word), ``behind`` (滞后, 未达序时, 进展缓慢,
开工2个、未开工3个), ``not_started`` (未开工, 尚未启动).

>>> p = find_progress("已完成主体工程的60%,滞后于序时进度", "2023-11-30")
>>> (p.status, p.percent, p.as_of)
('behind', 60.0, '2023-11-30')
>>> find_progress("该路段已通车").status
'done'
>>> find_progress("已于9月底投入使用").status, find_progress("11月底前全面完工")
('done', None)
>>> p = find_progress("改造任务完成率为45%,低于序时进度15个百分点")
>>> (p.status, p.percent)
('behind', 45.0)
>>> p = find_progress("完成投资3.2亿元,占年度计划的64%")
>>> (p.status, p.percent)
('on_track', 64.0)
>>> find_progress("开工2个,未开工3个").status
'behind'
>>> find_progress("项目尚未开工").status
'not_started'
>>> find_progress("要加快建设") is None
True
>>> find_progress("完成32公里,序时推进").status, find_progress("整体进展较好").status
('on_track', 'on_track')
>>> find_progress("已完成设计招标").status, find_progress("已销号").status
('on_track', 'done')

"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import replace
from typing import Optional

from kg.model import Progress

from .vocab import (THEN_PENDING, YEAR_AMOUNT, BEHIND_HEAD_RX, BEHIND_RX, DONE_HEAD_RX, DONE_RX, ITEM_NO, NOT_STARTED_HEAD_RX, NOT_STARTED_RX, ON_TRACK_HEAD_RX, ON_TRACK_RX,
                    STARTED_RX, YAO)

#: a stage of a work, done on the way (已完成设计招标, 已完成项目立项, 已完成前期手续)
#: (已完成主体工程 / 已完成桩基施工: a part of the works done, the rest goes on; rx17)
_STAGE_DONE = lazy(r"[\u4e00-\u9fff]{0,4}?(?:招投标|招标|设计|立项|资格预审|采购|审批|前期|选址|可研|勘察|手续|方案编制|环评|批复|报批|图审|清表)|"
                         r"(?:主体|基础|桩基|土方|地基|路基|框架)(?:工程|结构|施工|部分)?(?![\u4e00-\u9fff]{0,2}(?:验收|建设任务))")
#: a stage named before its completion: 施工单位招投标已完成 / 可研报告编制已完成 (session 55)
_STAGE_BEFORE = lazy(r"(?:招投标|招标|设计|立项|资格预审|可研|勘察|环评|图审|方案编制|前期工作|前期手续)(?:工作)?(?:均|已|已经|全部)*$")
#: the year's amount told in a share: 占年度任务900万元的54% / 完成年度任务6000万元的53.3% (rx33)
_PLAN_AMT = YEAR_AMOUNT
_PCT = lazy(r"(?:(?:完成|完成了|完成投资|完成进度|进度|形象进度|完成率|(?:签约|征收|拆迁|交房|开复工|复工|开工|竣工|建成|整改|销号|办结|兑现|践诺)率(?:完成)?(?=为?\d)|完成年度(?:计划|目标|任务)?(?:" + _PLAN_AMT + r"(?=的))?|已(?:追缴|收回|拨付|清退|归还|处置|盘活|化解|整改|签约|拆除|征收))(?:[\u4e00-\u9fff]{0,8}的|(?<=完成)[\u4e00-\u9fff]{2,6}?(?=\d)|为|达|达到)?(?:近|约)?|"
                  r"占(?!全[国省市区县]|全部)[\u4e00-\u9fff]{0,10}?(?:" + _PLAN_AMT + r")?(?:的|为|达到?)?|为(?:(?:年度|全年)[\u4e00-\u9fff]{0,8}?|目标)(?:计划|任务|目标)的)(?P<p>\d+(?:\.\d+)?)%")
#: 11月底前全面完工, 确保全部完成: a plan, not what is done (持续推进任务的全面完成: an aim)
_PLANNED = lazy(r"(?:前|要|确保|力争|争取|计划|预计|预定|将|年内|年底|以内|推进|推动|促进)[^,。;已]{0,6}$|(?:前|之前|年底|月底)[,,]\s*$")  # (明年12月底前,全面完成X: rx44)
#: a quota being stated before a word of completion: 目标任务为新开工2200套、基本建成1500套 (what is to be built, rx27)
_QUOTA_BEFORE = lazy(r"(?:任务|目标)(?:数)?(?:为|是)[^,,。;;已]*$")
#: a work pushed on to be finished in time, in the clause before 按期完成: 全力推进X建设任务按期完成 (an aim)
_PUSHED_IN_TIME = lazy(r"(?:推进|推动|确保|力争|争取|保证|督促|要)[^,,。;;已]*$")
_ASOF = lazy(r"(?:截至|截止)(?:到|至|于)?(?:(?P<y>(?:19|20)\d\d)年|(?P<last>去年|上年))?(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[0-3]?\d)日)?(?:底|末)?")


#: a condition, not a report: 进度滞后的项目 (…的 + what), 对…滞后 (after 对)
_OF_WHAT = lazy(r"[\u4e00-\u9fff、]{0,4}的[\d个]*(?:项目|单位|地方|部门|镇|乡|街|企业|工程(?!量)|任务(?!量)|问题)")  # (完成50%的工程量: a share, rx49)
_TO_OPEN = lazy(r"对[^,。;]*$|(?:杜绝|防止|避免|严防|扭转|改变|破解|摆脱)[^,。;]*$")  # 杜绝项目未能按期完工: a thing to prevent
#: a sentence opening with a condition and what to do on it: 对…未达到序时进度的(,)要/将/由…
_CONDITION = lazy(r"^\s*对(?:于)?[^,,。;;]{2,40}的\s*(?:[\u4e00-\u9fff]{0,6}(?:单位|部门|乡镇|人员|干部|个人|企业))?\s*[,,]?\s*(?:要|将|由|予以|一律|必须|进行)")
#   (对于…推进缓慢、虚报瞒报的责任单位将追究责任: whom a sanction falls on, rx43)
#: a percent aimed at: 至少要完成30%
_AIM_OPEN = lazy(r"(?:要|力争|确保|必须|至少|争取|达到|目标|(?<![截至止])(?:底|末|日|旬|年|月)(?:之)?前)[^,。;]*$")  # (9月底前完成X的60%: an aim)
#: a count done so far of a work that goes on: 已清查公租房1200套 / 已排查隐患点120处 / 已约谈企业12家 (rx27)
_COUNT_SO_FAR = lazy(r"已(?:开工|动工|建档|办证|登记|拨付|清理|清查|排查|检查|核查|摸排|清退|处置|拆除|发放|签约|征收|收回|追缴|整治|开展|下发|约谈|查处|治理|清理|修复|新增|腾退|搬迁|消化|返修|转化|复核|审核|清偿)"
               r"[^,,。;;的]{0,12}?\d+(?:\.\d+)?(?:个|项|件|处|套|户|轮|次|家|起|人|名|份|座|所|条|公里|亩|万?元)(?![\u4e00-\u9fff]{0,4}的)"  # (not 已签约未开工的12个项目)
               r"|已有\d+(?:件|项|个)(?:已|均)?(?:得到)?(?:解决|办结|落实|兑现)")  # (目前已有150件得到解决: so far, rx42)
#: a count after 已建成: 已建成中转站7个
_COUNT_AFTER = lazy(r"(?!并)[^,。;并]{0,12}?\d+(?:\.\d+)?万?(?:个|项|件|处|座|所|家|条|户|套|栋|台|辆|间|公里|亩|[万亿]?元|人次|人|名|吨|平方米|米)")


#: the condition of a sanction: 逾期未整改的依法处理 / 未按期完成的,予以通报 (rx10)
_IF_THEN = lazy(r"[\u4e00-\u9fff]{0,3}?的\s*(?:[,,]?\s*(?:依法|依规|严肃|予以|一律|追究|问责|将|由)|[,,]?$)")  # (…,逾期未完成的: the text cut there, session 55)


def _first(rx: re.Pattern, text: str) -> Optional[re.Match]:
    """The first match that reports, not one naming a condition
    (``对进度滞后的项目``, ``未完成任务的地方``)."""
    for m in rx.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        after = text[m.end():m.end() + 10]
        if _OF_WHAT.match(after) or _TO_OPEN.search(before) or _IF_THEN.match(after):
            continue
        if rx is NOT_STARTED_RX and re.match(r"情况|问题", after) and re.search(r"(?:抓|解决|针对|对)[^,。;]{0,4}$", before):
            continue  # 抓未开工情况: what a directive takes up, no report (rx21)
        if rx is _PCT and _AIM_OPEN.search(before):
            continue  # 至少要完成30%: a target, not progress
        return m
    return None


#: a share beyond the whole: 超额完成20% / 超额完成全年任务的12% (rx42)
_OVER = lazy(r"超额(?:完成)?(?:了)?[^,,。;;\d]{0,8}?(?P<p>\d+(?:\.\d+)?)%")


#: a rate set, then the rate reached so far: 占比达到45%,目前已达46.2%
_RATE_MET = lazy(r"(?:达到|不低于|提高到|提升到)(?P<a>\d+(?:\.\d+)?)%[^。;;\d]{0,16}?(?:目前|现在?|实际)已?(?:达|达到|提高到|提升至|提升到|为)(?P<b>\d+(?:\.\d+)?)%")
#: a bracket listing what a count is of: 3项正在有序推进(A、B、C完成率低) — its names are no status
_LISTED_IN_BRACKETS = lazy(r"[((][^()()]{3,}、[^()()]{3,}[))]")


def find_progress(text: str, as_of: Optional[str] = None, year: Optional[int] = None) -> Optional[Progress]:
    """The progress a piece of text reports, or None; where it tells a status outside a bracket listing what it
    counts, that status (…3项正在有序推进(A、B、X完成率低): on track, rx51).

    >>> find_progress("应完成的3项正在推进(甲河治理、乙厂搬迁、丙区污水处理率低)").status
    'on_track'
    >>> find_progress("绿化覆盖率达到40%,目前已达41.5%").status, find_progress("覆盖率提高到60%,目前为52%").status
    ('done', 'on_track')
    """
    met = _RATE_MET.search(text) if "%" in text else None
    if met:  # 占比达到45%,目前已达46.2%: a rate set and the rate reached (rx51)
        status = "done" if float(met.group("b")) >= float(met.group("a")) else "on_track"
        return Progress(status, None, as_of, met.group())
    if "(" in text:
        bare = _LISTED_IN_BRACKETS.sub("", text)
        told = _progress_of(bare, as_of, year) if bare != text else None
        if told:
            return told
    return _progress_of(text, as_of, year)


def _progress_of(text: str, as_of: Optional[str] = None, year: Optional[int] = None) -> Optional[Progress]:
    """The progress a piece of text reports, or None.

    >>> find_progress("对进度滞后的项目,督查室要每月通报一次") is None
    True
    >>> find_progress("对进展滞后、逾期未报送材料的单位要予以通报批评") is None
    True
    >>> find_progress("对于措施不力、推进缓慢的责任单位将严肃追究责任") is None
    True
    >>> find_progress("坚决杜绝项目未能按期完工问题") is None
    True
    >>> find_progress("要确保新开工公租房300套,基本建成200套") is None
    True
    >>> find_progress("尽快对已建成的安置小区组织验收") is None
    True
    >>> find_progress("抓紧筹措资金,确保工程顺利推进") is None
    True
    >>> find_progress("1-3月完成投资12.5亿元,为年度投资计划的31.2%").percent
    31.2
    >>> find_progress("要严查施工中的违规行为") is None, find_progress("解决建设中存在的困难") is None
    (True, True)
    >>> find_progress("北环路施工中").status
    'on_track'
    >>> find_progress("全力推进东区安置房建设任务按期完成") is None, find_progress("安置房建设已按期完成").status
    (True, 'done')
    >>> p = find_progress("全年任务为3800户,实际改造4559户,超额完成20%"); (p.status, p.percent)
    ('done', 120.0)
    """
    if _CONDITION.match(text):
        return None  # 对进度落后、未达序时的要加密通报: what to do on a condition, no report
    behind = _first(BEHIND_RX, text)
    not_started = _first(NOT_STARTED_RX, text)
    behind = _held_back(text, behind, not_started)
    started = STARTED_RX.search(text)
    on, done = _done_or_going(text, _going(text), _done(text))
    pct = _first(_PCT, text)
    percent = float(pct.group("p")) if pct else None
    done, percent = _beyond(text, pct, done, percent)
    on = on or (None if (behind or not_started or done or pct) else _COUNT_SO_FAR.search(text))  # 已清查公租房1200套 (rx27)
    percent, on = _begun_only(pct, percent, on, done)
    status = _status(behind or (not_started and started), not_started, percent, done, on)
    if status == "done" and percent is None and _MOST.search(text[max(0, done.start() - 16):done.end()]):
        status = "on_track"  # 绝大部分点位已整改到位: most, not all
    if status is None:
        return None
    hit = behind or not_started or pct or done or on
    return Progress(status, percent, _stated_as_of(text, year) or as_of,
                    text[_clause_start(text, hit.start()):hit.end() + 20].strip(",。; "))


def _beyond(text: str, pct, done, percent: Optional[float]) -> tuple:
    """超额完成20%: a share beyond the whole, done at 120 (rx42); else ``(done, percent)`` as they are."""
    over = _OVER.search(text) if pct else None
    if over and pct.start() <= over.start("p") < pct.end():
        return over, 100.0 + float(over.group("p"))
    return done, percent


def _held_back(text: str, behind, not_started):
    """The behind word, none where it tells what held a work not started back (因立项审批未完成,尚未开工, rx37)."""
    if behind and not_started and _CAUSE.search(text, 0, behind.start()) and behind.end() <= not_started.start():
        return None
    if behind and not_started and not_started.end() <= behind.start() and "未" in behind.group(0) \
            and not re.search(r"滞后|缓慢|落后|逾期|原定|原计划|至今", text):
        return None  # 尚未开工,土地挂牌出让未完成: why it has not begun, told after it (rx39)
    return behind


#: a clause telling a cause, up to a word of status: 因立项审批未完成 / 由于征地未到位
_CAUSE = lazy(r"(?:^|[,,;;。])(?:目前|当前|现)?(?:因|由于|受)[^,,;;。]*$")


def _begun_only(pct, percent: Optional[float], on, done) -> tuple:
    """``(percent, on)``, where 开工率100% tells every work begun and none said done: no percent done, going on (rx27)."""
    if pct and percent is not None and percent >= 100 and pct.group(0).startswith("开工") and not done:
        return None, on or pct
    return percent, on


def _going(text: str) -> Optional[re.Match]:
    """The first word of work going on that is no aim (工程进展顺利, not 确保工程顺利推进, nor after a directive earlier
    in the sentence: 相关单位要扛牢主体责任,…,稳步推进项目建设, rx40) and
    no attribute (施工中的安全隐患 names the hazards, it reports nothing)."""
    return next((m for m in ON_TRACK_RX.finditer(text)
                 if not _AIMED.search(text, max(0, m.start() - 8), m.start()) and not _PLAN_BEFORE.search(text[:m.start()])
                 and not (m.group().endswith("中") and _IN_IT.match(text, m.end()))), None)


#: what follows 施工中 / 建设中 used of what happens in the work: 施工中的隐患, 建设中存在的问题
_IN_IT = lazy(r"的|存在|出现|遇到|发现|暴露|面临")
#: an aim right before a word of work going on: 确保工程顺利推进, 要稳步推进
_AIMED = lazy(r"(?:确保|力争|争取|保证|要|必须|务必)[^,,。;;已]{0,6}$")


#: a directive earlier in the sentence, nothing reported since: 要确保新开工1000套,基本建成800套
#: (已开工的项目 names the works, it reports nothing: 力争已动工的工程年内全部完成)
_PLAN_BEFORE = lazy(r"(?:" + YAO + r"|确保|力争|争取)(?:[^。;已]|已[\u4e00-\u9fff]{1,3}的)*$")
#: most of it, not all: 绝大部分点位已整改到位, 大部分已完成 (基本完成 is done)
_MOST = lazy(r"(?:绝大部分|大部分|大多数|多数|大多)[\u4e00-\u9fff]{0,6}?已")  # (项目大多已完工, rx41)


def _done(text: str) -> Optional[re.Match]:
    """The first word of completion that is no plan (已建成, not 计划年底建成, not
    要确保新开工1000套,基本建成800套)."""
    return next((m for m in DONE_RX.finditer(text) if not _NAMES_WORKS.match(text, m.end())
                 and not (_OBJECT_OF.search(text, 0, m.start()) and _ATTRIBUTE.match(text, m.end()))
                 and text[m.start() - 1:m.start()] not in ("未", "没", "不") and not _CANNOT.search(text, 0, m.start())
                 and not _IF_THEN.match(text, m.end()) and not _WHEN_DUE.match(text, m.end())
                 and not (m.group().startswith(("按期", "按时", "如期")) and _PUSHED_IN_TIME.search(text, 0, m.start())) and (
                 m.group().startswith("已") or not (_PLANNED.search(text[max(0, m.start() - 12):m.start()])
                                                   or _QUOTA_BEFORE.search(text[max(0, m.start() - 30):m.start()])
                                                   or _PLAN_BEFORE.search(text[max(0, m.start() - 40):m.start()])))), None)


#: the time a completion is due, after its word: 全面完成时间为12月30日前 / 完成时限 (rx40)
_WHEN_DUE = lazy(r"的?(?:时间|时限|期限|日期|节点)")


#: what cannot be done, before a word of completion: 短期内难以整改到位 (rx38)
_CANNOT = lazy(r"(?:难以|无法|不能|未能|没能)$")


#: 已竣工的小区抓紧组织居民搬入: 已X的 names the works a directive is about (not 已完成的有3项)
_NAMES_WORKS = lazy(r"的(?!有|共|占|\d|[一二三四五六七八九十两]+(?:个|项|件))[\u4e00-\u9fff]{0,6}?(?:项目|工程|小区|楼房|房屋|问题|任务|事项|部分)"
                          r"[^,。;]{0,4}?(?:要|抓紧|加快|尽快|及时|务必|必须|确保)")


#: a preposition that opens the object of a directive before 已…的: 对已建成的周转房组织验收, 把已腾空的…
_OBJECT_OF = lazy(r"(?:对于?|把|将)$")
#: the rest of an attribute: 已建成的周转房 (已完成的有3项 reports a count)
_ATTRIBUTE = lazy(r"[\u4e00-\u9fff]{0,4}的(?!有|共|占|\d|[一二三四五六七八九十两]+(?:个|项|件))")


#: the year's task met after a count so far: ,超额完成年度任务 / ,全面完成全年目标 (rx28)
_QUOTA_MET = lazy(r"[,,]\s*(?:已|均已)?(?:超额完成|全面完成|全部完成)(?:了)?(?:年度|全年|今年)?(?:目标)?(?:任务|目标)")


def _done_or_going(text: str, on: Optional[re.Match], done: Optional[re.Match]) -> tuple:
    """``(on, done)``, where a completion word followed by a count so far (已建成中转站7个)
    or by a stage (已完成设计招标 / 已完成前期手续) tells the work goes on."""
    if done and _COUNT_AFTER.match(text, done.end()) and not _QUOTA_MET.search(text, done.end()) \
            and not done.group().startswith("超额"):  # (超额完成“新增泊位5000个”的目标: beyond the aim, rx44)
        on, done = on or done, None  # (已完成210公里,超额完成年度任务: the count meets the year's task, rx28)
    if done and done.group().endswith("完成") and (_STAGE_DONE.match(text, done.end() + (text[done.end():done.end() + 1] == "了"))
                                                   or _STAGE_BEFORE.search(text[max(0, done.start() - 10):done.start()])):
        on, done = on or done, None  # (施工招投标已完成: the stage named before, session 55)
    if done and THEN_PENDING.search(text, done.end()):
        on, done = done, None  # 已完成环评批复,正在办理用地手续: one step done, the next pending (rx27)
    if done and on and "长期坚持" in on.group():
        done = None  # 已修订议事规则。此项需长期坚持: a standing work goes on (rx34)
    if done and on and on.start() <= done.start() and done.end() <= on.end():
        done = None  # 主体结构已完工: the word done is part of the words of a work going on (rx50)
    return on, done


def _status(behind, not_started, percent: Optional[float], done, on) -> Optional[str]:
    """The status the words found give, strongest first: behind (or begun and not started:
    部分开工、部分未动工), not started, a percentage (100% done), done, going on."""
    if behind:
        return "behind"
    if not_started:  # (完成年度计划的65%,南塘段尚未开工: a share done, a part not begun: behind, rx34)
        return "behind" if percent else "not_started"
    if percent is not None:
        return "done" if percent >= 100 else "on_track"
    if done:
        return "done"
    return "on_track" if on else None


def _stated_as_of(text: str, year: Optional[int]) -> Optional[str]:
    """The date the text gives its figures as of (截至9月底 / 截至2024年6月30日), else ``None``."""
    m = _ASOF.search(text)
    if not m:
        return None
    import calendar
    y = int(m.group("y")) if m.group("y") else year
    mo = int(m.group("m"))
    if not y:
        return None
    y -= 1 if m.group("last") else 0  # (截至去年12月底, rx41)
    d = int(m.group("d")) if m.group("d") else calendar.monthrange(y, mo)[1]
    return f"{y:04d}-{mo:02d}-{d:02d}"


_CLAUSE_END = lazy(r"[,。;;::!?\n]")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens, looking back at most 40
    characters (then at the nearest clause end within 20 characters, else 20
    back): a progress text starts at a clause, not inside a name.

    >>> t = "东湖区第二实验小学扩建项目。该项目已完工"
    >>> t[_clause_start(t, t.index("已完工")):]
    '该项目已完工'
    """
    s = max(0, pos - 40)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, s, pos)]
    if ends:
        return ends[-1]
    return s if s == 0 else max(0, pos - 20)


def as_of_in(text: str, doc) -> Optional[str]:
    """The as-of date of a report: its first ``截至…`` date, else the document
    date when the text gives the day (a signature line).

    >>> from kg.extract.docdate import DocDate
    >>> as_of_in("截至11月30日,已开工32个", DocDate(2023, 12, 5))
    '2023-11-30'
    >>> as_of_in("2024年民生实事推进情况(1-9月)", DocDate(2024))
    '2024-09-30'
    """
    import calendar
    m = next((m for m in _ASOF.finditer(text) if _over_the_report(text, m.start())), None)
    if m:
        y = int(m.group("y")) if m.group("y") else doc.year
        mo = int(m.group("m"))
        if y:
            y -= 1 if m.group("last") else 0  # (截至去年12月底, rx41)
            d = int(m.group("d")) if m.group("d") else calendar.monthrange(y, mo)[1]
            return f"{y:04d}-{mo:02d}-{d:02d}"
    head = text[:200]
    m = _SO_FAR.search(head)  # 推进情况(1-9月) in the title
    if m and doc.year:
        mo = int(m.group(1))
        if 1 <= mo <= 12:
            return f"{doc.year:04d}-{mo:02d}-{calendar.monthrange(doc.year, mo)[1]:02d}"
    if doc.year and doc.month and doc.day:
        return f"{doc.year:04d}-{doc.month:02d}-{doc.day:02d}"
    return None


#: a lead-in over what follows: 进展情况如下 / 通报如下 / a colon ending the sentence
_LEAD_IN = lazy(r"(?:如下|以下|[::])\s*$")
_SENT_END = lazy(r"[。!?\n]")
#: a section heading over the report's overall figures: 一、总体情况 / (一)基本情况
_OVERALL_HEAD = lazy(r"^" + ITEM_NO + r"\s*[\u4e00-\u9fff]{0,8}?(?:总体|基本|整体|总的)(?:情况|进展)")


def _over_the_report(text: str, pos: int) -> bool:
    """Does the ``截至…`` at ``pos`` date the whole report, not one sentence?
    It does in the title lines (``截至8月底民生实事进展情况``), in a lead-in
    (``截至8月底,各项目进展情况如下:``, or a paragraph ending in one) and in a paragraph followed by a
    numbered list, a section (``一、已完成的事项``) or its details (``其中,…``), and
    under a heading of the overall figures (``一、总体情况``); a ``截至…`` opening a
    sentence of prose dates that sentence only.

    >>> _over_the_report("甲区通报\\n截至8月底,进展情况如下:\\n1.城南路已通车。", 5)
    True
    >>> _over_the_report("甲区通报\\n截至8月底,城南路已通车。西山公园进展顺利。\\n", 5)
    False
    """
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if len([ln for ln in text[:line_start].split("\n") if ln.strip()]) < 2 and line_end - line_start <= 60 \
            and not _SENT_END.search(text, line_start, line_end):
        return True  # a title or subtitle line
    end = _SENT_END.search(text, pos)
    sent_end = end.start() if end else len(text)
    if _LEAD_IN.search(text, pos, sent_end) or _LEAD_IN.search(text[pos:line_end]):
        return True  # …进展情况如下: / 截至9月30日,…。现将有关情况通报如下:
    if text[sent_end:line_end].strip("。!?; \t"):
        return False  # more sentences follow in the paragraph: they speak for themselves
    nxt = text[line_end:].lstrip()
    prev = text[:line_start].rstrip().rsplit("\n", 1)[-1].strip()
    return bool(_HEAD_NUM.match(nxt) or re.match(r"其中|具体", nxt) or _OVERALL_HEAD.match(prev))


def section_status(heading: str) -> Optional[str]:
    """The status a section heading of a supervision notice gives the items
    under it: ``一、已完成的事项(5项)`` → done, ``二、序时推进的事项`` →
    on_track, ``三、进度滞后的事项`` → behind, ``四、尚未启动的事项`` →
    not_started; None for any other heading.

    >>> [section_status(h) for h in ("一、已完成的事项(5项)", "二、序时推进的事项", "三、进度滞后的事项", "四、下步工作要求")]
    ['done', 'on_track', 'behind', None]
    >>> [section_status(h) for h in ("(一)按期完成的事项", "(二)进展较好的事项", "(三)进展较慢的事项", "二、推进类(8项)")]
    ['done', 'on_track', 'behind', 'on_track']
    >>> [section_status(h) for h in ("一、已办结事项", "二、未办结事项", "三、超期未办结事项", "四、未按要求报送的单位")]
    ['done', 'on_track', 'behind', 'behind']
    """
    h = _HEAD_NUM.sub("", heading)
    if NOT_STARTED_HEAD_RX.search(h):
        return "not_started"
    if BEHIND_HEAD_RX.search(h):
        return "behind"
    if DONE_HEAD_RX.search(h):
        return "done"
    if ON_TRACK_HEAD_RX.search(h):
        return "on_track"
    return None


def with_hint(progress: Optional[Progress], hint: Optional[str], as_of: Optional[str],
              text: Optional[str] = None) -> Optional[Progress]:
    """``progress`` under a heading that gives the status ``hint``: the heading
    decides where the text says nothing or only ``on_track`` (and a 滞后 heading
    over ``done``); a text saying ``behind`` or ``not_started`` keeps its own.

    >>> with_hint(None, "done", "2023-11-30", "一、已完成的事项").status
    'done'
    >>> with_hint(Progress("not_started"), "behind", None).status
    'not_started'
    """
    if not hint:
        return progress
    if progress is None:
        return Progress(hint, None, as_of, text)
    if progress.status in (None, "on_track") or (hint == "behind" and progress.status == "done"):
        return replace(progress, status=hint)
    return progress



_HEAD_NUM = lazy(r"^" + ITEM_NO + r"\s*")

_SO_FAR = lazy(r"(?:1|一)\s*[-—~至]\s*(\d{1,2})\s*月")
