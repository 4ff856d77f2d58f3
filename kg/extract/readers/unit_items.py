"""Items of a notice headed by the units that owe them, then the work, its status and the term now asked (rx37)::

    1.市住建局:城西片区征收补偿方案报批(市政府第23次常务会议议定),要求6月30日前完成。目前方案仍未提交,已逾期51天。
    请于9月10日前提交市政府常务会议审议。
    3.市交通运输局(牵头)、市公安局交警支队(配合):新增公共停车泊位1500个,其中首批800个要求7月31日前建成。目前仅建成
    310个。请于9月30日前建成首批800个泊位,年底前全部建成1500个。

→ one commitment per item: the work after the colon (the meeting that decided it in brackets cut), the units before it
(a bracket's 牵头 / 配合 gives lead / assist), the status told of it, and the term the notice asks now (请于…前 /
限期N日内), else the one first set; each further dated step of the order is a commitment of its own, by the same units.

Outside a report, the same head opens a unit's services (a service pledge, a window's standards)::

    2.县人社局:养老保险待遇核定10个工作日内办结,社会保险参保登记即时办理。

→ one commitment per service, the unit's, its time limit a bound (办结时限 <= 10 个工作日), none for one done at once.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Actor, Deadline, Progress, Target

from ..actors import find_actors, parse_item
from ..deadlines import find_deadlines
from ..finish import SERVICE_LIMIT
from ..lazyre import lazy
from ..naming import pick_deadline, task_text, tidy_task, with_finish
from ..progress import find_progress, with_hint
from ..targets import find_targets
from .counts import counted
from .supervision import record, report_as_of

#: an item opened by its units and a colon: 1.市住建局:X / (二)市交通运输局(牵头)、市公安局交警支队(配合):X
_HEAD = lazy(r"^\s*(?:\d{1,2}[.、.]|[((][一二三四五六七八九十\d]{1,2}[))])\s*(?P<u>[^::,,。;;]{3,60}?)[::]\s*"
             r"(?P<w>[^,,。;;::((]{4,40})")
#: one unit of the head, its part in brackets: 市交通运输局(牵头)
_UNIT = lazy(r"^(?P<n>[\u4e00-\u9fff]{2,24}?)(?:[((](?P<r>牵头|配合|协办|协助|负责|主办|责任单位)[))])?$")
#: a case's number where a work would be named: 督字〔2013〕14号 (the units' cases, counted elsewhere)
_CASE_NO = lazy(r"[〔\[]\d{4}[〕\]]")
#: a count of the unit's matters where a work would be named: 项目12项,均达序时进度 (rx23)
_COUNTED = lazy(r"^(?:(?:年度|全年)?(?:任务|项目|事项|计划|目标)(?:数)?|共|承担|有)[\u4e00-\u9fff]{0,4}?\d")  # (任务1500户, rx30)
#: a work's name that reads as a unit's: 新建公办幼儿园 (rx25)
_ACTION = lazy(r"^(?:新建|新增|改造|建设|实施|推进|完成|开展|提升|整治|打造|创建|扩建|修建|建成|改扩建)")
_ROLE = {"牵头": "lead", "主办": "lead", "配合": "assist", "协办": "assist", "协助": "assist"}
#: the order of the notice, a sentence of its own: 请于9月10日前… / 限期15日内… / 责成…
_ORDER = lazy(r"(?:^|(?<=[。;;]))\s*(?:请|限期|责成)[^。;;]*")


#: an item of a notice told in prose, the unit it is assigned to in it: X由区住建局承办,会议要求…前…,目前…。请… (rx38)
_ASSIGNED_BY = lazy(r"^\s*(?P<w>[^,,。;;]{4,40}?)由(?P<u>[\u4e00-\u9fff、]{3,30}?)承办[,,](?=[^。]{0,30}?(?:会议(?:要求|确定|明确|议定)|目前))")
#: …or the unit first: 区住建局承办的X,会议要求…
_ASSIGNED_OF = lazy(r"^\s*(?P<u>[\u4e00-\u9fff、]{3,30}?)承办的(?P<w>[^,,。;;]{4,40}?)[,,](?=[^。]{0,30}?(?:会议(?:要求|确定|明确|议定)|目前))")
#: the order of a prose item, a unit asked: 区教育局要在6月10日前组织开工
_UNIT_ORDER = lazy(r"(?:^|(?<=[。;;]))\s*[\u4e00-\u9fff]{2,16}?(?:要|须|务必)(?:在|于)[^。;;]*")
#: a set the item counts: 应拆除的12处违法建筑 / 仍有436名…人员
_SET_COUNT = lazy(r"(?:应|仍有|尚有|共有)[^,,。;;\d]{0,8}?(?P<n>\d+)(?P<u>处|名|户|个|家|所|件|宗)(?P<m>[\u4e00-\u9fff]{2,12})")


def _assigned(text: str) -> Optional[re.Match]:
    """The prose head of a paragraph telling one matter (:data:`_ASSIGNED_BY`, :data:`_ASSIGNED_OF`), else None."""
    m = _ASSIGNED_BY.match(text) or _ASSIGNED_OF.match(text)
    if m and _ANOTHER.search(text, m.end()):
        return None  # (县水务局承办的X,…。县教育局牵头的Y,…: a paragraph of several matters, read sentence by sentence)
    return m


#: another matter's head further on in the paragraph: 。县教育局牵头、县财政局配合的X / 。Y由县卫生局承办
_ANOTHER = lazy(r"(?:承办|负责|牵头|配合)的|由[\u4e00-\u9fff、]{3,30}?承办")



def _overdue(b, told: str) -> Optional[Progress]:
    """Behind where the term the meeting set has passed by the notice's date (会议确定4月30日前开工,…至今未进场), or
    where only part is done or the fault goes on (目前仅拆除5处 / 但目前仍有部分摊点占道经营)."""
    due = [f for f in find_deadlines(told, b.doc) if f.date]
    if due and b.doc.iso and due[0].date < b.doc.iso or _LAGGING.search(told):
        return Progress("behind", None, b.as_of or b.doc.iso, told.strip("。,, ")[:60])
    return None


#: a part done only, or the fault still there: 目前仅拆除5处 / 目前仍有部分摊点占道经营
_LAGGING = lazy(r"目前(?:仅|仍有|仍未|尚未)")


def _set_counts(told: str) -> list[Target]:
    return [Target(m.group("m"), "=", float(m.group("n")), m.group("u"), m.group()) for m in _SET_COUNT.finditer(told)]


def _units(head: str) -> Optional[list[Actor]]:
    """The actors the head names, each a unit, else None."""
    out = []
    for piece in re.split(r"[、,,]", head):
        m = _UNIT.match(piece.strip())
        item = parse_item(m.group("n")) if m and not _ACTION.match(m.group("n")) else None
        if not item or item[1] != "organization":
            return None
        out.append(Actor(item[0], "organization", _ROLE.get(m.group("r") or "", "responsible")))
    return out


def _steps(b, order: str) -> list[tuple[str, Deadline]]:
    """``(clause, term)`` of each dated clause of the order (请于9月30日前建成X,年底前全部建成Y)."""
    out = []
    for c in re.split(r"[,,;;]", order):
        pick = pick_deadline(with_finish(find_deadlines(c, b.doc), c))
        if pick and pick.date:
            out.append((c, Deadline(pick.text, pick.date, pick.precision)))
    return out


def read(b, paras, i) -> Optional[int]:
    """An item headed by the units that owe it, in a report with a status or an order (see the module), or a unit's
    services with their time limits (:func:`services`); else None."""
    para = paras[i]
    if not b.report:
        return services(b, para, i)
    m, prose, actors = _head(para.text)
    if not actors:
        return None
    rest = para.text[m.end("w"):]
    order = _ORDER.search(rest) or (_UNIT_ORDER.search(rest) if prose else None)
    told = rest[:order.start()] if order else rest
    as_of = report_as_of(b, para.text)
    progress = with_hint(find_progress(told, as_of, b.doc.year) or _work_status(m.group("w"), as_of, b.doc.year),
                         b.hint, as_of, b.hint_text)
    if progress is None and order is None:
        return None
    steps = _steps(b, order.group()) if order else []
    task = tidy_task(m.group("w").strip())
    if steps:  # (the evidence runs to the order's first dated step)
        end = para.text.find(steps[0][0], m.end("w") + order.start()) + len(steps[0][0])
    else:
        end = len(para.text.rstrip("。 "))
    targets = find_targets(steps[0][0]) if steps else []
    if prose:
        progress, actors, targets = _prose_item(b, told, order, progress, actors, targets)
    b.out.append(record(b, task, [(para.start + min(m.start("u"), m.start("w")), para.start + end)], actors=actors,
                        deadline=steps[0][1] if steps else _term_told(b, told), targets=targets, progress=progress))
    later = [(c, d, actors) for c, d in steps[1:]] + (_later_orders(b, para, m.end("w") + order.end(), actors) if prose and order else [])
    _later_records(b, para, m.end("w"), task, later)
    return i + 1


def _work_status(work: str, as_of: Optional[str], year: Optional[int]) -> Optional[Progress]:
    """A status the head's work itself tells where it is nothing but one (X指挥部:项目清单暂未明确 and the like: not started, rx51)."""
    p = find_progress(work, as_of, year)
    return p if p and p.status == "not_started" else None


def _head(text: str) -> tuple[Optional[re.Match], bool, Optional[list[Actor]]]:
    """The item's head (units and a colon, else the prose head :func:`_assigned`), whether it is prose, and its units
    (None where it names none, or names a case's number or a count where the work would be)."""
    head = _HEAD.match(text)
    m = head or _assigned(text)
    actors = _units(m.group("u")) if m and not _CASE_NO.search(m.group("w")) and not _COUNTED.match(m.group("w")) else None
    return m, head is None, actors


def _prose_item(b, told: str, order: Optional[re.Match], progress, actors: list, targets: list) -> tuple:
    """A prose item's ``(progress, actors, targets)``: behind where the term set before passed or only part is done,
    the units its order adds (会同X: assist), the sets it names where its order gives no amount."""
    progress = progress or _overdue(b, told)
    actors = actors + [a for a in find_actors(order.group() if order else "").actors if a.role == "assist"]
    return progress, actors, targets or _set_counts(told)


def _term_told(b, told: str) -> Optional[Deadline]:
    pick = pick_deadline(with_finish(find_deadlines(told, b.doc), told))
    return Deadline(pick.text, pick.date, pick.precision) if pick else None


def _later_records(b, para, at0: int, task: str, later: list) -> None:
    """A record for each further dated step ``(clause, term, units)`` of the item, named by its own work."""
    for clause, due, units in later:
        at = para.text.find(clause, at0)
        step = tidy_task(task_text(clause))
        b.out.append(record(b, step if len(step) >= 5 else task, [(para.start + at, para.start + at + len(clause))],
                            actors=units, deadline=due, targets=find_targets(clause) or counted(clause)))


def _later_orders(b, para, at: int, actors: list) -> list[tuple[str, Deadline, list]]:
    """The dated orders of a prose item after its first (…。区财政局要于5月20日前拨付首期资金1200万元): ``(clause, term,
    units)``, the units the sentence names, else the item's."""
    out = []
    for s in re.finditer(r"[^。;;]+", para.text[at:]):
        named = [a for a in find_actors(s.group()).actors if a.kind == "organization"]
        out += [(c, d, named or actors) for c, d in _steps(b, s.group())[:1]]
    return out


#: a unit's services, its window in brackets: 1.市公安局(户政窗口):办理居民身份证,…20个工作日内制证;户口迁移即来即办
_SERVICE_HEAD = lazy(r"^\s*(?:\d{1,2}[.、.]|[((][一二三四五六七八九十\d]{1,2}[))])\s*(?P<u>[\u4e00-\u9fff]{3,24}?)(?:[((][\u4e00-\u9fff]{2,10}[))])?[::]\s*")
#: a service done at once: 当场核发 / 即来即办 / 即时办理 / 随到随办
_AT_ONCE = lazy(r"当场(?:核发|办结|发放|办理)|即来即办|即时办理|即时办结|随到随办|立等可取")
#: a condition or an anchor before a service's limit: 申请材料齐全的 / 自受理之日起 / 材料齐全、符合法定条件的
_CONDITION = lazy(r"(?:[,,]?(?:申请)?材料齐全(?:、符合法定条件)?的|[,,]?自受理之日起|[,,]?(?:法定时限|承诺时限)[^,,。;;]*)$")


def services(b, para, i) -> Optional[int]:
    """``1.市国土资源局:土地登记申请材料齐全的,15个工作日内办结(法定时限30个工作日)。`` / ``4.市工商局:企业设立登记3个
    工作日内办结;个体工商户设立登记当场核发营业执照。``: each service the unit names with its time limit (a bound,
    办结时限 <= N) or done at once is a commitment of the unit (rx37); None where no piece is one."""
    m = _SERVICE_HEAD.match(para.text)
    actors = _units(m.group("u")) if m else None
    if not actors:
        return None
    pieces = _service_pieces(para.text, m.end())
    if not pieces or not all(SERVICE_LIMIT.search(t) or _AT_ONCE.search(t) for _, t in pieces):
        return None
    for at, text in pieces:
        limit = SERVICE_LIMIT.search(text)
        name = (text[:limit.start()] if limit else re.split(r"[,,]", text)[0]).strip(" ,,")
        name = tidy_task(_CONDITION.sub("", name).strip(" ,,")) or tidy_task(text)
        targets = [Target("办结时限", "<=", float(limit.group("n")), "个工作日" if limit.group("u") == "工作日" else limit.group("u"),
                          re.split(r"[,,]", text[limit.start():])[0])] if limit else []  # (its words: 20个工作日内制证)
        b.out.append(record(b, name, [(para.start + at, para.start + at + len(text))], actors=actors, targets=targets))
    return i + 1


def _service_pieces(text: str, at: int) -> list[tuple[int, str]]:
    """``(offset, text)`` of each service after the head: cut at ; and at a comma after a limit (…10个工作日内办结,社会
    保险参保登记即时办理), brackets out."""
    out, pos = [], at
    for part in re.split(r"(?<=[;;。])", text[at:]):
        body = re.sub(r"[((][^()()]*[))]", lambda x: " " * len(x.group()), part).rstrip(" ;;。\n")
        start = 0
        for cut in [c.end() for c in re.finditer(r"[,,]", body) if SERVICE_LIMIT.search(body[start:c.start()]) and
                    re.search(r"(?:办结|制证|答复|办理|审结)$", body[:c.start()])]:
            out.append((pos + start, body[start:cut - 1].strip()))
            start = cut
        if body[start:].strip():
            out.append((pos + start + len(body[start:]) - len(body[start:].lstrip()), body[start:].strip()))
        pos += len(part)
    return [(o, t) for o, t in out if len(t) >= 4]
