"""Commitments of one speech: which clauses form a task, and which tasks count.

A sentence is cut into comma clauses; clauses are grouped into candidate
commitments: a clause naming actors starts a new candidate when the current
one already has its own actors and task (``A牵头,做X,B要做Y``), assigns the same
role again (``征地由A牵头,拆迁由B牵头``) or already carries a target or a dated
deadline (``120个项目必须开工,区重点办要督查``).  A candidate is kept when it
names an actor with a role, a quantified target in a directive sentence, or a
dated deadline tied to a completion verb in a directive sentence.  Vague
deadlines (尽快) and a bare 要 never make a commitment on their own.

Across sentences: a sentence that only assigns roles (``由张三同志牵头,区水务局
具体抓好落实。``) takes the preceding sentence as its task; a sentence opening
with ``其中`` that splits roles absorbs the sentence before it.
"""
from __future__ import annotations

import bisect
import re
from .lazyre import lazy
from .listing import answerable, bodies
from dataclasses import dataclass, field, replace
from typing import Iterator, Optional

from kg.model import Actor, CommitmentRecord, Deadline, Evidence, Progress, Target

from .actors import ROLE_BRACKET, TOP_BODY, FIRST_PERSON, ClauseActors, asked_end, find_actors, parse_item, parse_list, unit_colon_end
from .deadlines import RANGE_WORD, Found, after_event_before, find_deadlines
from .docdate import PLANNED, DocDate
from .duties import carried_subject, part_joined
from .fields import BACKGROUND_LABELS, BACKGROUND_LINE, FIELD_LINE, FORMER_TERM_LABELS, KEY_ROLE, LABEL, ROLES_CLOSING, cell_actors, label_fields, field_line_key, header_key, name_line, split_items
from .finish import finish, rectified
from .meta import doc_places
from .parallel import opens_own_work
from .items import _REPORT_TITLE, aspect_items, labelled, named_by_heading, order_steps, report_item, section_leaders, staged_terms, status_list, with_group
from .naming import (THAT, news_source, TERM_ONLY, char_pairs, remedy, activity, answers_for, past_size, after_frame, done_to, tidy_task, weak_task, about, counted_works, listed_work, named_part, section_work, section_works, full_sentence, generic_task, heading_work, method_only, pick_deadline, subject_of, task_text, topic_is, topic_of, with_activity,
                     with_finish, SUB_ITEM_HEAD, SUB_ITEM_RX)
from .pace import paced
from .progress import as_of_in, find_progress, section_status, with_hint
from .projects import find_projects
from . import told_back, unclaimed
from . import repeats
from .readers import approved, done_list, progress_block, follow_ups, handover, lead_status, listed_status, numbered_titles, place_parts, pledge_run, rectification, set_told_after, status_below, titled_items, told_before, year_will
from .readers.counts import SPEAKER_HEAD, line_speaker, speaker_actors, speaker_in
from .readers.minutes import is_minutes, speaker_unit
from .readers.pledge import signatures as pledge_signatures
from .readers.signature import post_signers, signed_unit
from .readers.role_paren import headed_roles
from .segment import Span, clauses, merged, paragraphs, sentences
from .plan_list import amount_clause, opens_plan, plan_amount, plan_rate, plan_state
from .targets import find_targets
from .tables import cell_targets
from .time_section import time_section, with_section_deadline, with_year_scope
from .vocab import DEED_VERB, REPORT_VERBS, PURPOSE_RX, GENERAL_WORK_RX, PLANNED_RX, looks_back, ROLES_ONLY, BRACKET_NO, MONEY_ONLY_RX as _MONEY_ONLY, ON_BEHALF, SECTION_NO, DUE_STATED, STEP_DONE, STEP_TERM, TERM_BEFORE, ENUM, IS_NO, ITEM_NO, ITEM_RX, MODAL_RX, MUST_NO, PLAN_DUE, SECTION_RX, SET_DECIDED, STRONG_MODAL_RX, WORK_END, WORK_END_RX, WORK_KIND_LINE, WORKS_BEFORE, YAO

_GOAL = lazy(r"目标|任务|计划")
_COMPLETE = lazy(r"(?:整改|拆除|清理|清除|使用|拨付|发放|处置|清运|搬迁|安装|修复|改造|施工|建设|办理|排查|整治|落实)(?:工作)?(?:全部)?完毕|(?<=前)(?:进行|开展|组织)(?=[\u4e00-\u9fff]{2})|(?<=前)(?:验收)?达标|初具规模|开街|(?<=[要须])(?:全面|正式|全部)?启动(?=“?[\u4e00-\u9fff]{2})|成功创建|创建成功|创成|动工|完工|完成|(?:全部|全面|均|基本)达标|(?:全部|全面|基本)消除|建成|竣工|开工|立项|投入使用|投用|投产|通车|贯通|到位|验收|签约|出台|制定|(?:提出|拿出)(?=[\u4e00-\u9fff]{0,8}(?:方案|意见|办法|措施|计划))|上报|报送|报[区市县省]|交付|交房|交地|入住(?!率)|搬入新|(?:表决|审议|评审|审查)通过|封顶|合龙|开业|开诊|对外开放|开园|开馆|运营|突破|办结|落地|达到|兑付|兑现|拨付|结清|实现|修复|整改到位|到货|进场(?=施工|建设|$)|赶上(?:序时|计划)?进度|转为绿灯|转绿|具备[\u4e00-\u9fff]{1,5}?条件|(?:全面|全部|彻底)(?:拆除|清除|清理|取缔|关停|搬迁)")  # (务必在10月25日前全面拆除X, rx44)
#: a sentence told of last year: 去年, / 去年初, (not 去年以来: since then)
_LAST_YEAR = lazy(r"^(?:去年|上年)(?:初|年初|底|年底)?[,,]")
_RETRO_START = lazy(r"^(?:" + ENUM + r")?(?:过去|去年|上年|上半年|前三季度|今年以来|年初以来|近年来|近几年|"
                          r"近\d+年|近[一二三四五]年|\d+年来|[一二三四五]年来|回顾|\d{1,2}-\d{1,2}月[,份]|一季度[,,])")
_ENUM = lazy(r"^(?:[二三四五六七八九十]+是|[二三四五六七八九十]+要|其次|再次|第[二三四五六七八九十]+[,、]|[((][2-9二三四五六七八九十][))])")
#: a report line opening with the name of a work: 一是实施X改造工程(第三项)正在…, Y项目已全部完工
#: a built thing a report's line may open with, beside the kinds of works: 腾飞路菜场目前已完成主体封顶 (rx44)
_BUILT_LINE = r"菜场|菜市场|农贸市场|文化站|卫生院|卫生室|幼儿园|小学|中学|学校|医院|公园|广场|大桥|隧道|水库|水厂|污水处理厂|公厕|教学楼|综合楼|体育馆|图书馆|养老院|敬老院"
_WORK = lazy(r"^(?:(?:此外|另外|同时|其中),?)?(?:" + IS_NO + r"|" + ENUM + r"|——|-)?(?:如|例如|比如|其中)?(?P<w>[^,;。()()“”:]{2,30}?"
                   r"(?:" + WORK_KIND_LINE + r"))(?=[((]|正在|已|未|尚未|仍|预计|推进|进展|进度|完成|因|受|由于|目前|总体|,|:)")
#: …or with a built thing, its status right after it (not 贝丽中学(…)施工图已完成: a stage of the school's works)
_BUILT_WORK = lazy(r"^(?:(?:此外|另外|同时|其中),?)?(?:" + IS_NO + r"|" + ENUM + r"|——|-)?(?P<w>[^,;。()()“”:]{2,30}?"
                   r"(?:" + _BUILT_LINE + r"))(?=正在|已|未|尚未|仍|预计|进展|目前)")
#: a report's line opening with a work and its count, how it stands after: 1.新修村组道路18公里,全部完工 /
#: 为全镇65岁以上老人免费体检3200人次,已完成 (session 54)
#: the units a count of works done is told in (万 before any: 14万株; 千米, 平米, 盏, 株: session 55)
_COUNT_UNIT = (r"(?:十万|万|千)?(?:公里|千米|平方米|平米|立方米|米|个|户|座|所|处|套|人次|人|名|家|条|盏|亩|公顷|间|栋|台|场|次|吨|辆|张|份|株|棵|头|只|床|批|宗)")
_COUNTED_LINE = lazy(r"^(?:" + ITEM_NO + r")?\s*(?P<w>(?:新修|新建|新增|改造|建成|硬化|修建|铺设|安装|维修|更换|新开工|实施|完成|建设|种植|栽植|培训|开通|安置|"
                     r"为[^,,。;;]{2,16}?(?:提供|免费|开展|发放|实施))[\u4e00-\u9fff“”、]{2,16}?)\d+(?:\.\d+)?" + _COUNT_UNIT + r"[,,]")
#: …or with a short label and a colon: 农村公路提档升级:计划改造…,目前已完工41公里 (not a field's label: 落实情况:)
_LABEL_LINE = lazy(r"^(?:" + ITEM_NO + r")?\s*(?P<w>[\u4e00-\u9fff“”、]{4,20}?)(?<!情况)(?<!单位)(?<!时限)(?<!时间)(?<!措施)(?<!问题)"
                   r"(?<!目标)(?<!内容)(?<!要求)(?<!领导)(?<!进展)(?<!进度)(?<!成效)(?<!备注)(?<!说明)[::]")


#: the count a status tells done: 已建成6个 / 已完成52户 / 累计完成1120个
#: the verb of a count done that is a share of the target's work (not 已开工: begun)
_DONE_SHARE = lazy(r"完成|建成|新增|新建|改造|安装|发放|培训|解决|硬化|修建|铺设")
_DONE_COUNT = lazy(r"(?:已|累计|共)(?:经)?(?:全部)?(?:完成|建成|新建|新增|改造|实施|安装|发放|培训|解决|硬化|修建|铺设)?[^\d,,。;;]{0,10}?"
                   r"(?P<n>\d+(?:\.\d+)?)(?P<u>万?[\u4e00-\u9fff]{1,3}?)(?=[,,。;;]|$)")


def _count_met(progress: Optional[Progress], targets: list, told: str) -> Optional[Progress]:
    """A status on track, told in the record's own text, whose count done reaches the count of the target
    (新建文化广场6个,已建成6个): done (session 54); short of it (…3000人,目前已完成2860人): its share (rx50)."""
    if progress is None or progress.status != "on_track" or not progress.text or progress.text not in told:
        return progress
    m = _DONE_COUNT.search(progress.text)
    at = told.find(progress.text)
    quota = next((t for t in targets if m and t.op in ("=", ">=") and t.value and t.unit == m.group("u") and t.text
                  and 0 <= told.find(t.text) < at and not re.search(r"已|剩余|尚有|还有|其余", t.text)), None)
    if quota is None:
        return progress
    if float(m.group("n")) >= quota.value:
        return replace(progress, status="done")
    # (全年新增就业3000人,目前已完成2860人: on track at its share of the target, rx50)
    if progress.percent is not None or not _DONE_SHARE.search(m.group(0)):
        return progress  # (已开工建设项目78个: begun, no share of the work done)
    return replace(progress, percent=round(100.0 * float(m.group("n")) / quota.value, 1))


def _step_of_line_work(cand: _Cand, cls: list, text: str) -> None:
    """A report's line on a named work, how it stands then its next step kept alone (X项目已完成前期手续,计划9月开工建设):
    the step is the work's, the line whole its evidence (session 54)."""
    work = _named_work(_WORK, text)
    first = cand.clauses[0]
    if work is None or first is cls[0] or first not in cls or not _BARE_STEP.match(tidy_task(task_text(first.span.text))):
        return
    cand.topic = work.group("w")
    cand.clauses = cls[:cls.index(first)] + cand.clauses


#: a report's sentence opening with a work done: 建成城市书房3个 / 完成了X / 新建成X / 开展了X
_DEED_OPEN = lazy(r"^(?:全年|今年|目前)?[,,]?(?:已)?" + DEED_VERB + r"[\u4e00-\u9fff“”]{2}")


def _line_work(text: str) -> str:
    """The work a report's line opens with, by its count (新修村组道路18公里,) or its label (X提档升级:), else ``""``."""
    m = _COUNTED_LINE.match(text) or _LABEL_LINE.match(text)
    return tidy_task(m.group("w")) if m else ""


#: a work named before a colon: 城南安置房项目:
_WORK_HEAD = lazy(r"^(?:" + IS_NO + r"|" + ENUM + r"|——|-)?(?P<w>[^,;。()():]{2,30}?"
                        + WORK_END + r"):$")
#: a report's section heading naming a work and how it stands: 二、征搬进展情况 / (三)项目地块控规调整推进情况 (rx41)
_WORK_TOLD_HEAD = lazy(r"^(?:" + ITEM_NO + r")\s*(?P<w>(?!(?:具体|总体|整体|基本|主要|各项|全面|工作)(?:工作)?(?:进展|完成|推进)情况)[\u4e00-\u9fff]{2,16}?)(?<!项目)(?<!工程)(?<!事项)(?<!任务)(?<!实事)(?<!问题)(?:工作)?(?:进展|完成|推进)情况[。::]?$")  # (a class of works, 市级重点项目, or of matters, 前期督办事项: the readers of counts)
#: a task that only pushes a work on: 加快推进X工程
_PUSH_WORK = lazy(r"^(?:加快推进|抓紧推进|全力推进|扎实推进|加快|推进|抓好|做好|实施|启动|加快实施|抓紧实施|推动)(?P<w>.{4,30})$")
#: …要达到150亿元,区投资促进局要牵好头: the clause only gives the role
#: a directive to a generic group (请各责任单位…, 各乡镇要…) ...
_GENERIC_SUBJ = lazy(r"^(?:" + ENUM + r"|同时|另外|此外)?(?:请|由)?(?:(?:县直|市直|区直|全县|全市|全区)?各|有关|相关|所有|上述|以上)[\u4e00-\u9fff]{0,8}?"
                           r"(?:要|务必|须|必须|应|需|于|在|将|按|及时|认真|抓紧|立即|尽快|迅速)")
#: ... to report (报送进展情况, 将整改情况报县督查室): housekeeping, no commitment
_REPORTING = lazy(r"(?:报送|上报|报至|报给|反馈|提交|汇总)[^,。;]{0,12}?(?:情况|材料|总结|报告|台账|清单|进展|方案|表|结果)|"
                        r"(?:情况|材料|总结|报告|台账|清单|进展|方案|表|结果)(?:》|\)|[((][^()()]{0,6}[))])*[^,。;]{0,4}?(?:报送|上报|报|反馈|提交|报至)")
#: a notice's request with no unit named: 办理要求:请于8月31日前将办理结果书面报区政府督查室 (rx10)
#: generic groups asked after the sentence's lead-in: …进行责任分解,请各地、各部门…于1月23日前将…报… (rx24)
_GROUPS_ASKED_IN = lazy(r"[,,]请(?:各|有关|相关)")
_ASKED_REPORT = lazy(r"^(?:[\u4e00-\u9fff]{2,6}[::])?请(?:于|在)[^,。;]{2,16}?前")
#: ... unless it is a plan to draw up (制订工作方案…于1月15日前报区政府办): a deliverable of a task-decomposition notice
_PLAN = lazy(r"(?:制定|制订|编制|形成|细化)(?:出)?[^,。;]{0,8}?(?:工作|实施|落实|推进|办理)方案|(?:拿出|提出|提交)[^,。;]{0,10}?(?:解决办法|整改方案|赶超计划|追赶计划|实施方案|工作方案)|"
              r"书面说明(?:原因|情况)|说明(?:原因|情况)[,,]?(?:并)?提交")  # (细化实施方案; 拿出解决办法; 书面说明原因: rx29)
#: the verb of a 将/把 clause: X要将Y纳入Z (the clause is whole), else the verb is in the next clause
_OBJ_VERB = lazy(r"纳入|列入|作为|报(?![告道刊])|分解|进行|提交|交由|落实到|转化|打造成?|建成|建设|(?:拨付|发放|兑付|清运|移交)(?:到位|完毕)")
_LEADS_ONLY = lazy(r"(?:要|必须)?(?:牵好头|负总责|抓总)$|^由[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心|公司)(?:负责)?(?:拨付|安排|筹措|统筹解决|解决|统筹安排)(?:到位)?$")  # (…补贴50万元,由县财政局拨付: its payer, rx28)
_BRACKETED = lazy(r"^[((]([^()()]+)[))][。;]?$")
_BEHIND_HEAD = lazy(r"滞后|缓慢|未达序时|慢序时|落后")
_REPORT_BODY = lazy(r"(?:" + REPORT_VERBS + r")如下|进展情况(?:通报|报告)|督查(?:情况|结果)|(?:落实|办理|完成|实施)情况的报告|已(?:按要求)?整改(?:到位|完毕)"
                    r"|(?:有[\d一二两三四五六七八九十]+(?:件|项)|已经?(?:全部)?)(?:如期|按期)?兑现")  # (rx44; 承诺的12件实事有11件如期兑现, rx49)
_STATUS_CLAUSE = lazy(r"已|完成率|占(?:全年|年度|总|目标|任务|计划)|仅|(?<!前)累计|截至|截止|序时|完成[^,;。]{0,8}(?:计划|目标|任务)的\d")
_PAST = lazy(r"(?<![为除])了(?![解如])|已经|已于|已将|已把|先后|曾经")
#: words of a clause that name no task (确保今年任务必须完成)
_FILLER = lazy(r"今年|明年|全年|年度|年内|年底|年底前|上半年|下半年|季度|[一二三四]季度|各项|目标|任务|工作|指标|必须|务必|确保|力争|争取|"
                     r"全面|圆满|按时|如期|保质保量|高质量|完成|实现|要|前|的|\d+月(?:\d+日)?(?:底|份)?")
_GENERIC_OBJ = lazy(r"各项(?![\u4e00-\u9fff]{0,4}?(?:工程|项目|实事|设施))|(?<![\u4e00-\u9fff]{2}(?:覆盖|改造|建设|整治|搬迁|脱贫))目标任务|全年目标|全年任务|总目标|各类(?=问题|任务|工作|事项|指标|矛盾|风险)|一切")  # (各项基础工程 names works: rx23; 完成集中供水全覆盖目标任务 names one: rx44)
#: due at once, and a concrete piece of work: 会后立即做好X申报工作, 尽快制定X方案, 立即启动X设计
_IMMEDIATE = lazy(r"会后立即|立即|尽快|马上")
_CONCRETE = lazy(r"(?:立即|尽快|马上)(?:做好|启动|制定|组织|开展|完成|印发|出台|上报|报送)[\u4e00-\u9fff“”]{2,}?(?:申报|设计|方案|计划|分解|分配|清单|办法|细则|工作)(?:设计|编制|申报|报批)?")
#: a deliverable asked for soon, whoever is asked (rx15): 各部门要尽快编制夜市管理细则, 尽早起草城南更新方案
_URGENT_DRAFT = lazy(r"(?:尽快|尽早|抓紧)(?:时间)?(?:制定|制订|编制|起草|修改完善)(?:出|完成)?[^,,;;。]{0,16}?(?:方案|细则|办法|规划|详规|报告|清单)")
#: a work to be finished: 确保按期建成并投入使用
_WORK_DUE = lazy(r"确保[^,。;]{0,6}(?:建成|完工|竣工|投入使用|投用|通车)")
#: a work pushed on and due soon after it: 一是要加快青石大桥维修进度,尽快完工
_SOON_DUE = lazy(r"加快[^,,。; ]{2,20}?进度[,, ](?:尽快|按期|如期)(?:建成|完工|竣工|投入使用|投用|通车)")
#: a lead-in announcing items: 我局将重点抓好三项工作。
_ANNOUNCE = lazy(r"(?:[一二三四五六七八九十两\d]+(?:项|个方面|方面|件)(?:重点)?工作|以下(?:几项|几点|几个方面)?工作)[。:]?$")
#: the title of a list of pledges: …公开承诺, …承诺书, …承诺事项 (not …践诺情况, …承诺兑现情况的通报)
_PLEDGE_TITLE = lazy(r"(?:公开承诺|承诺书|承诺事项|承诺清单|服务承诺|履职承诺)(?:书|事项|清单|内容)?(?:完成情况|落实情况|兑现情况|办理情况)?$")  # (…承诺事项完成情况: its report, rx26)
#: a sentence that only dates the completion of the task before it: 2024年8月底前投入使用。
_TERM_OPENING = (r"^(?:并|力争|确保|要)?(?:于|在)?(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?|年底|年内|"
                 r"[一二三四]季度末?)")
_DATED_DONE = lazy(_TERM_OPENING + r"(?:前|之前|以前)?(?:全部|全面|基本)?(?:完成|完工|建成|竣工|投入使用|投用|通车|开园|开工|交付使用)[。;]?$")
#: a lead-in that will or must do the items it announces: 我们将重点抓好三项工作:, 下一步要抓好以下工作:
_LEAD_WILL = lazy(YAO + r"|将(?![来近])|必须|务必|(?:抓好|做好|完成)(?=以下|[一二三四五六七八九十两\d]+(?:项|个方面|件))")
#: a lead-in asking the items of the units they name: 周某要求各责任单位高度重视、及时整改: (rx41)
_LEAD_ASKS = lazy(r"要求(?![^,,。:]{0,6}(?:如下|是))|(?:议定|决定|明确)(?:事项)?[::]?\s*$")  # (会议议定:1.…, rx41)
# (今年重点抓好以下工作:一是…: the items are the year's work, as after 将/要)
#: a signature line alone: 承诺人:张三 / 承诺单位:县住建局 / 责任人:李四
#: a line of who signs and when, several labels apart: 承诺人:龙某 职务:镇党委书记 承诺时间:2016年3月2日 (rx29)
_SIGNER_LINE = lazy(r"^\s*(?:承诺人|姓名|承诺单位)[::][^::]{2,16}?\s+(?:职务|单位|承诺时间|时间|日期)[::]")


#: a unit opening its paragraph with its leader in brackets: 农办(分管领导:陈某): (rx36)
_UNIT_LED = lazy(r"^\s*(?P<u>[\u4e00-\u9fff]{2,14}?)[((](?P<r>(?:分管领导|牵头领导|责任领导|包抓领导|联系领导|分管县领导|分管区领导)[::][^()()]{2,20})[))]\s*[::]")


def _with_roles(rec: CommitmentRecord, roles: list[Actor]) -> CommitmentRecord:
    """A record of a paragraph closing with a bracket of roles: the bracket's roles where it names no unit, the ones it
    lacks added where its units are the bracket's (由A牵头,组织B… ⏎ (牵头单位:A;责任单位:B、C)); else its own."""
    orgs = {a.name for a in rec.actors if a.kind == "organization"}
    if not orgs:
        return replace(rec, actors=tuple(roles) + tuple(a for a in rec.actors if a.name not in {r.name for r in roles}))
    if orgs <= {r.name for r in roles}:
        return replace(rec, actors=tuple(rec.actors) + tuple(r for r in roles if r.name not in {a.name for a in rec.actors}))
    return rec


def _label_in(text: str) -> bool:
    """A label of a field in the line (牵头单位: / 完成时限:), not a word of its prose before a colon (具体要注意以下几个
    关键时间节点:一是…, rx41): the label opens the line or follows a mark, a space or a figure."""
    return any(m.start() == 0 or not re.match(r"[\u4e00-\u9fff]", text[m.start() - 1]) or _ROLE_HEAD_BEFORE.search(text, 0, m.start())
               for m in LABEL.finditer(text))


#: a work named right before its first label: 城南路改造工程牵头单位: (no mark between)
_ROLE_HEAD_BEFORE = lazy(r"(?:工程|项目|任务|事项|问题|工作)$")


def _field_block(paras: list[Span], i: int) -> int:
    """The end of a project's block opening at ``paras[i]`` (its name, then a labelled field a line, one of them
    a field running text does not label, one a role or a term: 建设内容:… ⏎ 包抓县领导:…), else 0 (rx31)."""
    seq = field_line_key(paras[i].text) == "seq"  # (序号:3 ⏎ 整改目标:… ⏎ 责任单位:…: a block opened by its number, rx34)
    named = bool(name_line(paras[i].text))  # ((一)事项名称:X ⏎ 任务内容:… ⏎ 责任单位:…, rx36)
    if i + 2 >= len(paras) or (FIELD_LINE.match(paras[i].text) and not seq and not named) or len(paras[i].text) > 40 or "。" in paras[i].text:
        return 0
    keys, j = [], i + 1
    while j < len(paras) and (key := field_line_key(paras[j].text)) and key != "seq":
        keys.append(key)  # (the next block's number opens the next block)
        j += 1
    return j if _block_keys(keys, named) else 0


def _block_keys(keys: list, named: bool) -> bool:
    """Whether a block's field lines make it one item: a named block needs two with a role or a term; another three,
    one of them a field running text does not label, no task and no problem among them."""
    if named:
        return len(keys) >= 2 and "problem" not in keys and any(k in KEY_ROLE or k.endswith("deadline") for k in keys)
    return len(keys) >= 3 and any(k in ("target", "done_amount", "percent") for k in keys) \
        and not any(k in ("task", "problem") for k in keys) and any(k in KEY_ROLE or k == "deadline" for k in keys)


def _noted_off(paras: list[Span], j: int) -> str:
    """The text of ``paras[j]``, or of the first line below it that is no note, no background and no standard
    (督办事项:X ⏎ 交办依据:Y ⏎ 牵头县领导:Z / (一)X ⏎ 现状:… ⏎ 承诺标准:… ⏎ 牵头单位:…: the item's labels begin under
    them, rx38)."""
    k = j
    while k + 1 < min(len(paras), j + 3) and (BACKGROUND_LINE.match(paras[k].text) or field_line_key(paras[k].text) == "target"):
        k += 1
    return paras[k].text


def _label_lines_end(paras: list[Span], j: int, run: bool) -> int:
    """The index after an item's label lines from ``paras[j]`` (上半年进展:… / 状态:滞后 too, rx32); a signer's line
    below a run of items is none."""
    while j < len(paras) and (LABEL.match(paras[j].text) or _NOTE_LABEL.match(paras[j].text)
                              or field_line_key(paras[j].text) in ("progress", "status", "percent", "target")) \
            and not (run and _SIGNED_ONLY.match(paras[j].text)):
        j += 1
    return j


_CLASS_HEAD = lazy(r"^\s*(?:" + BRACKET_NO + r"|[一二三四五六七八九十]+、)\s*(?P<h>[^。;;::,,]{4,20})。(?=.{8,}。.{8,})")


def _class_headed(text: str) -> bool:
    """(一)部分项目开工滞后。 over two sentences or more: a class of works by their status, each sentence a work (rx39)."""
    m = _CLASS_HEAD.match(text)
    return bool(m) and section_status(m.group("h")) is not None and bool(re.match(r"(?:部分|个别|少数|一些)", m.group("h"))) \
        and not STRONG_MODAL_RX.search(text, m.end())  # (…滞后。X要倒排工期,6月底前…: the report item and its orders, rx29)


def _dated_pieces_of(sent: Span, doc: DocDate) -> list[Span]:
    """A decision's sentence cut at ; where each piece names its own work and its own dated term (困难户罐体由镇财政所
    统一采购,6月15日前配送到村;各村6月底前上报…;镇社会事务办负责,三季度末前完成…): each piece a sentence (rx31);
    else the sentence."""
    if sent.text.count(";") < 1:
        return [sent]
    cuts = [m.end() for m in re.finditer(";", sent.text.rstrip(";。 "))]
    bounds = list(zip([0] + cuts, cuts + [len(sent.text)]))
    texts = [sent.text[a:e] for a, e in bounds]
    if not all(len(x.strip(";。 ")) >= 10 and any(f.date for f in find_deadlines(x, doc)) for x in texts):
        return [sent]
    return [Span(x, sent.start + a, sent.start + e) for x, (a, e) in zip(texts, bounds)]


#: the speaker taking a work on himself: 由我牵头 / 由我负责
_BY_ME = lazy(r"由我(?P<v>牵头|负责|挂帅|亲自抓)")


def _signer_lines(paras: list[Span], i: int) -> bool:
    """``承诺人:龙某 职务:… 承诺时间:…``, or the name in brackets above it: who signs and when, no item (rx29)."""
    return bool(_SIGNER_LINE.match(paras[i].text)) or (
        bool(_BRACKETED_NAME.match(paras[i].text)) and i + 1 < len(paras) and bool(_SIGNER_LINE.match(paras[i + 1].text)))


#: a line only of a name in brackets, under a title: (柘塘镇)
_BRACKETED_NAME = lazy(r"^\s*[((][^()()]{2,12}[))]\s*$")
_SIGNED_ONLY = lazy(r"^\s*(?P<l>承诺人|承诺单位|签字|签名|责任人)[::]\s*(?P<v>[^,,。;;::\n]{2,30})\s*$")
#: a pledge whose first item follows its colon in the same sentence: 南湖镇承诺:一是完成X;
_PLEDGE_INLINE = lazy(r"承诺(?:如下)?[::]\s*(?:" + IS_NO + r"|" + BRACKET_NO + r"|\d+[.、.])")
#: an enumerated item: 一是 / (一) / 1. / 首先
_ITEM_OPEN = lazy(r"^(?:" + IS_NO + r"|" + MUST_NO + r"|" + BRACKET_NO + r"|\d+[.、.]|[①-⑳]|第[一二三四五六七八九十]+[,、]|首先|其次|再次|最后)")
#: a heading sentence: 一要抓好X。 / 二是X。 (a longer one names its works: 五要抓好A、B、C等工作。)
_HEADING_SENT = lazy(r"^(?:[一二三四五六七八九十]+(?:要|是)|第[一二三四五六七八九十]+[,、]?)(?:[^,]{0,30}|[^,;:]{0,44}工作)[。]?$"
                           r"|^关于[^,,;;:。]{2,20}?[。]$"  # (关于河道清淤整治。区城管局牵头负责,…: the topic of what follows)
                           # ((一)加快老旧小区改造。9月底前完成剩余12个小区改造任务: a plan's item heading its work, rx26)
                           r"|^[((][一二三四五六七八九十]+[))](?:加快|推进|抓好|做好|加强|强化|提升|完善|深化|推动|实施|开展|抓实)[^,,;;:。]{2,16}[。]$"
                           r"|" + SUB_ITEM_HEAD)  # (首先,城西大道项目要抓进度。: a speech's sub-item on one work, rx20)
#: who speaks, not what is to be done: 会议要求, / 王明强调, / 就下步工作, (the clause is cut before the task)
FRAME = lazy(r"^(?:" + ENUM + r")?(?:(?:会议|会上|会议最后|会议还|会议同时|[\u4e00-\u9fff]{1,4}?(?:同志)?)"
                   r"(?:在讲话中|最后|还|并|同时|进一步)?(?:要求|强调|指出|明确|提出|认为|议定|决定|表示|介绍|通报)|就?下一?步工作中?)$")  # (会议通报, rx27)
_RETRO = lazy(r"比去年|较去年|已经|已累计|累计完成|完成了|进行了|开展了|同比(?:增长|下降)[\d.]+%(?!以上|左右)")


#: a unit named by its kind alone: 中心 / 该局 / 本公司 (the one named in full before it)
_BARE_UNIT = lazy(r"^(?:该|本|此)?(?P<k>中心|局|委|办|公司|集团|站|所)$")


def _unit_in_full(rec: CommitmentRecord, text: str) -> CommitmentRecord:
    """A unit named by its kind alone (中心将在年底前…) is the one of that kind named in full just before it (rx30)."""
    bare = [a for a in rec.actors if a.kind == "organization" and _BARE_UNIT.match(a.name)]
    if not bare or not rec.evidence or rec.evidence[0].start is None:
        return rec
    before = text[max(0, rec.evidence[0].start - 120):rec.evidence[0].end or rec.evidence[0].start]
    full = {}
    for a in bare:
        kind = _BARE_UNIT.match(a.name).group("k")
        names = re.findall(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{0,4}?[县市区镇乡][\u4e00-\u9fff]{1,10}?" + kind, before) \
            or re.findall(r"[县市区镇乡][\u4e00-\u9fff]{1,10}?" + kind, before)
        if names:
            full[a.name] = names[-1]
    if not full:
        return rec
    return replace(rec, actors=tuple(replace(a, name=full.get(a.name, a.name)) for a in rec.actors))


def _told_before_off(cls: list) -> list:
    """``王伟就河道清淤作了全面部署,他指出,要…``: what a news report tells before a speaker's frame
    (他/她指出) is no part of what is asked after it (rx23)."""
    k = next((k for k, c in enumerate(cls) if k and _HE_SAID.match(c.span.text.strip())), None)
    if k is None or any((c.signal and not _DAY_ONLY.fullmatch(c.span.text.strip())) or MODAL_RX.search(c.span.text)
                        for c in cls[:k]):
        return cls  # (5月8日,: the day it was told, no deadline)
    return cls[k:]


_DAY_ONLY = lazy(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}[日号]?(?:上午|下午|晚)?")
#: a speaker named before, by a pronoun: 他指出 / 她强调
_HE_SAID = lazy(r"^[他她](?:在讲话中|最后|还|并|同时|进一步)?(?:要求|强调|指出|提出|表示)$")


@dataclass
class _Clause:
    span: Span
    actors: ClauseActors
    deadlines: list
    targets: list
    asked: bool = False  # its unit is the one an asking frame before it asks (会议要求,A按时完成X; rx22)

    @property
    def signal(self) -> bool:
        return bool(self.targets) or any(d.date for d in self.deadlines)


class _Held:
    """Spans of text, asked whether any overlaps a range in logarithmic time (a long page holds thousands)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach, top = [], -1
        for _, e in self.spans:  # the furthest end among the spans opening so far
            top = max(top, e)
            self.reach.append(top)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span opening before ``end`` reaches past ``start``."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


#: a numbered section heading without a figure: (二)聚焦反馈问题,全面完成整改任务 — an aim, no status (rx50)
_AIM_HEADING = lazy(r"^\s*(?:[((][一二三四五六七八九十]{1,3}[))]|[一二三四五六七八九十]{1,3}、)[^\d。]{2,40}[。]?\s*$")


def _told_done(text: str) -> bool:
    """Whether a sentence tells what was done or how a work stands (截至9月底,新建X15座 / 已提升改造X18条 / 正在…)."""
    return bool(_PAST.search(text) or _TOLD_DONE.search(text) or _SO_FAR.match(text)) or find_progress(text) is not None


#: a count told as of a day: 截至9月底,…
_SO_FAR = lazy(r"截[至止]")


def _asked(text: str) -> bool:
    """Whether a sentence asks or plans its work (要/将/计划/确保…), not tells what was done."""
    return bool(MODAL_RX.search(text) or PLANNED_RX.search(text)) and not _PAST.search(text)


#: a speech's address or title: 同志们: / 在全县水利工作会议上的讲话
_SPOKEN = lazy(r"同志们|^[^\n]{0,40}讲话[)\s]*$", re.M)
#: a part or a stage of a work, not a work of its own: 主体工程 / 室内装修 / 附属工程
_WORK_PART = lazy(r"(?:目前|现|该)?(?:主体|室内|室外|土建|基础|前期|整体|附属|配套|剩余|其余|其他|部分|全部|所有|各)")
#: a year gone by named in a sentence: 去年已印发了X (background outside a report)
_LAST_YEARS = lazy(r"去年|上年度|前年")


def _opening_in(works: list[tuple[int, int, str]], para: Span) -> list[str]:
    """The works of the records opening in a paragraph (``works``: where each record opens, its index and its work,
    sorted)."""
    lo, hi = bisect.bisect_left(works, (para.start,)), bisect.bisect_left(works, (para.end,))
    return [w for _, _, w in works[lo:hi]]


def _told_in(sent: Span, told: list[tuple[int, str]]) -> bool:
    """Whether a sentence is, or holds, the progress a record near it tells (``told``: where each record opens and
    its progress text, sorted): its status read already."""
    s = sent.text.strip(" 。;;")
    lo, hi = bisect.bisect_left(told, (sent.start - _NEAR, "")), bisect.bisect_left(told, (sent.end + _NEAR, ""))
    return any(s in t or (len(t) >= 6 and t.strip(" 。;;") in s) for _, t in told[lo:hi])


def _spans(r: CommitmentRecord) -> list[tuple[int, int]]:
    """Where a record's evidence stands in the text."""
    return [(e.start, e.end) for e in r.evidence if e.start is not None]


def _other_work(after: str, told: str) -> bool:
    """Whether a sentence after a candidate opens with a work of its own, not one ``told`` names (东岭大桥加固工程已全面
    完工 after 滨河路改造工程…: that bridge's status, not the road's)."""
    w = unclaimed.work(after)
    return bool(w) and bool(WORK_END_RX.search(w)) and w not in told and not (char_pairs(w) & char_pairs(told)) - _COMMON_PAIRS


#: character pairs any two works share: 工程 / 项目 / 建设 / 改造
_COMMON_PAIRS = {"工程", "项目", "建设", "改造", "提升", "整治"}


def _work_of_task(task: str) -> str:
    """The work a task names, its label, term, verb and count cut off: 承诺:年内完成村内道路硬化2.4公里 → 村内道路硬化."""
    return _TASK_FRILLS.sub("", re.split(r"\d", task.strip())[0])


#: a task's label, term and verb before its work
_TASK_FRILLS = lazy(r"^(?:[^::]{0,6}[::])?(?:年内|今年|年底前|全年)?(?:完成|实施|推进|加快|抓好|做好)?")


#: how far before a sentence the record it tells of may open, or its status be told (a long page is many pages)
_NEAR = 4000


def _listed_after(para: Span, sent: Span, lead: Optional[int]) -> bool:
    """Whether ``sent`` holds, after the lead of a list of practical works in ``para`` (at ``lead``), an item of it that
    names a work (…打算办3件事:一是修一条柏油路;二是绿化两条道路: rx49)."""
    if lead is None or sent.end - para.start <= lead:
        return False
    return done_list.listed_work(para.text[max(sent.start - para.start, lead):sent.end - para.start])


def _names_own_work(text: str) -> bool:
    """Whether a sentence names a work of its own (:func:`.unclaimed.work`), not a part or a stage of the work told
    before it (主体工程 / 室内装修)."""
    w = unclaimed.work(text)
    return bool(w) and not _WORK_PART.match(w)


def _claimed(out: list[CommitmentRecord], read: list[CommitmentRecord]) -> tuple:
    """What the records hold, for :meth:`SpeechBuilder._unclaimed`: the spans of their evidence (:class:`_Held`), where
    each opens with its progress text, and where each of ``out`` opens with its index and work (both sorted)."""
    held = _Held([span for r in out + read for span in _spans(r)])
    told = sorted((at, r.progress.text) for r in out + read if r.progress and r.progress.text for at, _ in _spans(r)[:1])
    works = sorted((at, i, _work_of_task(r.task)) for i, r in enumerate(out) for at, _ in _spans(r)[:1])
    return held, told, works


def _about_record(sent: Span, works: list[tuple[int, int, str]]) -> Optional[int]:
    """The index of the record told before ``sent`` (within :data:`_NEAR`) whose work the sentence is about: its work
    (4 characters or more) told in it, or three in five of its character pairs (排水沟改造已完成… for 村内排水沟改造),
    else None.  ``works``: where each record opens, its index and its work (:func:`_work_of_task`), sorted."""
    text, pairs = sent.text, char_pairs(sent.text)
    lo, hi = bisect.bisect_left(works, (sent.start - _NEAR,)), bisect.bisect_right(works, (sent.start, len(works)))
    for _, i, task in works[lo:hi]:
        own = char_pairs(task)
        if len(task) >= 4 and (task in text or len(own & pairs) >= 0.6 * len(own)):
            return i
    return None


@dataclass
class _Cand:
    clauses: list = field(default_factory=list)
    task_after_actors: bool = False
    context: list = field(default_factory=list)  # spans of earlier sentences giving the task
    extra_actors: list = field(default_factory=list)
    reply: bool = False  # its actors are the unit a reply speaks for (rx26)
    indicator: bool = False  # one of the year's indicators listed in one sentence (rx26)
    topic: str = ""
    headed: bool = False  # its topic is the work a colon head before it names (一、X项目:由…包保,…; rx27)
    after: list = field(default_factory=list)  # texts of the sentences after it, before the next task
    hint: Optional[str] = None  # a status its heading gives (滞后项目:)
    deed: bool = False  # a unit's deed a report tells (县住建局成立了专项整治领导小组): done (rx44)
    bracketed: bool = False  # roles in brackets after an item: (区某局牵头,区某局配合)
    status_line: bool = False  # a report's line on a work: its dates are events (9月20日通水), not deadlines
    works: tuple = ()  # the works its section's heading sentence names (一要抓好X工作。), see naming.section_works
    works_at: int = 0  # where that heading ends
    stage_of: str = ""  # the clause before, of the same actors, whose work a bare step of its own continues (rx25)
    roles_after: bool = False  # its actors came from a roles-only sentence after it (这项工作由A牵头; rx28)
    about: str = ""  # what its paragraph's item is about (第一,关于农村改厕。), for a bare count's name (rx28)
    prev: Optional["_Cand"] = None  # the candidate of that clause
    before: list = field(default_factory=list)  # texts of its item's sentences before it, how the work stands (rx33)

    @property
    def actors(self) -> list[Actor]:
        out = [a for c in self.clauses for a in c.actors.actors] + self.extra_actors
        seen, uniq = set(), []
        for a in out:
            if (a.name, a.role) not in seen:
                seen.add((a.name, a.role))
                uniq.append(a)
        return uniq

    @property
    def roles(self) -> set:
        return {a.role for c in self.clauses for a in c.actors.actors}

    @property
    def signal(self) -> bool:
        return any(c.signal for c in self.clauses)

    @property
    def role_only(self) -> bool:
        return bool(self.clauses) and any(c.actors.actors for c in self.clauses) and all(
            (c.actors.actors and c.actors.role_only) or _GROUPS_HELP.fullmatch(c.span.text.strip(" ,,。;;"))
            or _MANNER_ONLY.match(c.span.text.strip(" ,,。;;")) for c in self.clauses)

    @property
    def start(self) -> int:
        return self.clauses[0].span.start

    @property
    def end(self) -> int:
        return self.clauses[-1].span.end


@dataclass
class _ParaState:
    """What the prose rules know within a paragraph (see :meth:`SpeechBuilder._paragraph`)."""
    para: Span
    retro: bool = False  # a paragraph reviewing the past year
    works: tuple = ()  # 一要抓好X工作。: the work of what follows
    works_at: int = 0
    done: list = field(default_factory=list)  # kept candidates with their sentence
    prev_sent: Optional[Span] = None
    prev_kept: list = field(default_factory=list)
    lead_hint: Optional[str] = None  # 滞后项目:一是…;二是…
    lead: list = field(default_factory=list)  # 县水务局要抓好三项工作:一是…;二是…: the actors of the items
    lead_cands: list = field(default_factory=list)  # the lead-in itself, dropped when its items take its actors
    lead_modal: bool = False  # 我们将重点抓好三项工作:一是…: the items are directives (whoever the lead-in names)
    lead_asks: bool = False  # X要求各责任单位及时整改:一是A督导…: the units opening the items are asked (rx41)
    pledge_lead: bool = False  # 镇党委书记张三公开承诺:年内完成X…: what follows is the pledge, numbered or not
    unit_line: bool = False  # a unit's label (县自然资源局:) opens the line the next sentence goes on (rx26)
    stmt_taken: bool = False  # an item of a unit's statement has given the unit to a task without a signal (rx18)
    will_unit: Optional[Actor] = None  # 区水务部门将…: the unit the paragraph's sentences without a subject go on with
    sub_item: Optional[tuple] = None  # (其次,X项目要抓进度。, X项目, len(done) then): a sub-item on one named work
    about: str = ""  # 第一,关于农村改厕。: what the paragraph's item is about (rx28)
    told_first: list = field(default_factory=list)  # an item's sentences before its first task: how it stands (rx33)

    def items_take_lead(self, cands: list) -> None:
        """县水务局要抓好三项工作:一是…: an item without actors takes the lead-in's,
        and the lead-in itself is dropped."""
        for c in cands:
            if not c.actors:
                c.extra_actors += self.lead
                self.done[:] = [(d, x) for d, x in self.done if d not in self.lead_cands]

    def note_lead_in(self, sent: Span, kept: list, inner: Optional[re.Match]) -> None:
        """A kept sentence announcing items (…三项工作: / 我局将重点抓好三项工作。): its actors lead them."""
        announce = (sent.text.endswith(":") or bool(_ANNOUNCE.search(sent.text))) and not inner
        if announce and kept:
            self.lead = [a for a in kept[-1].actors]
            self.lead_cands = [c for c in kept if not c.signal]
        self.lead_asks = announce and sent.text.rstrip().endswith((":", ":")) and bool(_LEAD_ASKS.search(sent.text))
        self.lead_modal = announce and bool(_LEAD_WILL.search(sent.text)) or self.lead_asks
        self._note_pledge(sent, kept)
        if announce and not kept and unit_colon_end(sent.text.strip()) == len(sent.text.strip()):
            self.lead = list(find_actors(sent.text.strip()).actors)  # 县水利局:一是…;二是…: the unit's tasks
            self.lead_modal = bool(self.lead)
            self.unit_line = bool(self.lead)  # ((一)县自然资源局:X进度滞后,…请于7月15日前上报: its line, rx26)

    def _note_pledge(self, sent: Span, kept: list) -> None:
        """A pledge's lead-in (…承诺:): what follows is the pledge, numbered or not, by whom it names."""
        colon = sent.text.rstrip().endswith((":", ":")) and "承诺" in sent.text
        self.pledge_lead = colon and bool(kept) and all(_names_only(c) for c in kept)
        if self.pledge_lead:
            self.lead_cands = list(kept)  # (2017年,南湖镇承诺:: the year labels the list, the lead-in is no pledge)
        self.lead_modal = self.lead_modal or self.pledge_lead
        if not kept and colon:
            said = speaker_in(sent.text.rstrip(" ::"))
            if said:  # 区住建局局长张三在节目中公开承诺:一是…: the person and his unit pledge the items
                self.lead, self.lead_modal = speaker_actors(said), True
            unit = _ON_BEHALF_OF.search(sent.text)
            unit = parse_item(unit.group("o")) if unit and not said else None
            if unit and unit[1] == "organization":  # 我代表县住建局郑重承诺:年内…: the unit pledges (rx26)
                self.lead_modal = self.pledge_lead = True  # (县人民政府's word to the public: items, no actor)
                self.lead = [] if TOP_BODY.match(unit[0]) else [Actor(unit[0], "organization", "responsible")]
        if kept and _PLEDGE_INLINE.search(sent.text) and not self.lead_modal:  # 南湖镇承诺:一是A;二是B;三是C
            self.lead = [a for a in kept[-1].actors]
            self.lead_modal = True

    def keep(self, sent: Span, kept: list) -> None:
        """The candidates kept of a sentence; a sentence keeping none after a task may
        report its progress (目前主体已完工 …)."""
        for c in kept:
            c.works, c.works_at = self.works, self.works_at
            self.done.append((c, sent))
        if kept and self.told_first and len(self.done) == len(kept):
            kept[0].before, self.told_first = self.told_first, []
        if not kept and not self.done and (ITEM_RX.match(self.para.text) or _ITEM_OPEN.match(self.para.text)):
            self.told_first.append(sent.text)  # ①土地流转。…上半年流转了4500亩,完成全年任务的75%。…国庆前要…: its status (rx33)
        if not kept and self.done:
            last = self.done[-1][0]
            last.after.append(sent.text)
            if _DATED_DONE.match(sent.text.strip()) and not any(d.date for c in last.clauses for d in c.deadlines):
                last.context.append(sent)  # (四)X。A牵头,B配合。2024年8月底前投入使用。: the date of the task above
        self.prev_sent, self.prev_kept = sent, kept


#: an item opened by its label alone: ①土地流转。 / (二)危房改造。 (rx33)
_ITEM_LABEL_HEAD = lazy(r"^\s*(?:" + ITEM_NO + r")\s*(?P<w>[\u4e00-\u9fff]{2,10})[。::]")
#: a later step with its own term, no subject: 年底前主体结构全部封顶。 (rx33)
_LATER_STEP = lazy(_TERM_OPENING + r"(?:前|之前|以前)[\u4e00-\u9fff]{0,10}?(?:全部|全面|基本)?(?:完成|完工|建成|竣工|封顶|投入使用|投用|通车|开园|开工|交付使用|到位)"
                   r"[^,,;;。]{0,8}[。;;]?$")


def _next_dated_step(st: "_ParaState", sent: Span) -> bool:
    """A later step with its own term right after a kept task with a term of its own (…5月底前全部开工;年底前主体结构
    全部封顶): asked as the task was (rx33)."""
    last = st.prev_kept[-1] if st.prev_kept else None
    return bool(last and _LATER_STEP.match(sent.text.strip()) and any(d.date for c in last.clauses for d in c.deadlines))


def _step_units(st: "_ParaState", kept: list) -> None:
    """The units of the task before go on to its later dated step naming none (rx33)."""
    for c in kept:
        c.extra_actors += [] if c.actors else list(st.prev_kept[-1].actors)


def _carried_to_steps(cands: list, carried: list) -> None:
    """The units carried from the sentence before to its first candidate and every step after it
    (…;9月底前签约率达到60%,10月底前达到95%: the same units, rx28)."""
    cands[0].extra_actors += carried
    for c in cands[1:]:
        if c.stage_of and not c.actors:
            c.extra_actors += carried


def _carry_subject(st: _ParaState, sent: Span, cands: list, item: bool) -> None:
    """``区住建局要…;要对沿线商户建立台账。``: the unit of the sentence before goes on (rx13); ``区水务部门将…。
    全年将完成X。今年还将Y。``: the unit that will goes on in the sentences with no subject of their own (rx20)."""
    if not item and st.prev_sent is not None and st.prev_kept and cands and not cands[0].actors \
            and not _GROUP_SUBJECT.match(sent.text):  # (各乡镇财政所要…: a subject of its own, a group's; rx33)
        _carried_to_steps(cands, carried_subject(st.prev_sent.text, st.prev_kept[-1].actors, sent.text))
    if st.will_unit and cands and not any(c.actors for c in cands) and _BARE_WILL.match(sent.text.strip()):
        cands[0].extra_actors.append(st.will_unit)
        return
    m = _UNIT_WILL.search(sent.text)
    unit = parse_item(m.group("u")) if m else None
    if unit and unit[1] == "organization" and not FIRST_PERSON.match(unit[0]):
        st.will_unit = Actor(unit[0], "organization", "responsible", unit[2])
    elif any(a.kind for c in cands for x in c.clauses for a in x.actors.actors):
        st.will_unit = None  # another subject takes over


#: a generic group opening a sentence as its subject: 各乡镇财政所要… / 各有关单位要…
_GROUP_SUBJECT = lazy(r"^\s*各[\u4e00-\u9fff、()()]{1,16}?(?:都|均|也)?(?:要|须|必须|务必|将|应)")
#: a unit that will (its paragraph's plans): 今年,区水务部门将继续…
_UNIT_WILL = lazy(r"(?:^|[,,])(?P<u>[\u4e00-\u9fff]{2,16}?)(?:今年|明年|下一步|还|也)?将(?!来|近|其|之)")
#: a sentence of plans with no subject: 全年将完成…, 今年,还将…, 同时将…
_BARE_WILL = lazy(r"^(?:(?:今年|全年|明年|年内|同时|此外|另外|下一步|下半年|其中)[,,]?)*(?:还|也|再)?将(?!来|近)")


def _names_only(c: "_Cand") -> bool:
    """A candidate that only names who speaks (a role, or a year labelling the list): 2017年,南湖镇承诺:"""
    return bool(c.actors) and all(x.actors.role_only or _YEAR_ONLY.match(x.span.text.strip()) for x in c.clauses)


#: a section heading of a later year's plan: 三、2021年工作打算 / 四、明年工作安排 (rx28)
_PLAN_YEAR = lazy(r"(?:(?P<y>(?:19|20)\d\d)年|(?P<rel>明年|下一年|下年))度?[^,,。;]{0,8}?(?:打算|计划|安排|思路|要点|重点|任务|目标|设想)")


def _plan_year(text: str, base: DocDate, now: DocDate, part: bool = False) -> tuple[DocDate, bool]:
    """The date the terms of a section resolve against, and whether a part's heading set it: a heading of a later
    year's plan (三、2021年工作打算, in a report dated late in 2020) opens that year, so 6月底前 there is 2021-06-30;
    any other section heading of its rank or above goes back to the document's date (一、X under 第二部分 2015年主要任务
    stays in 2015, rx39); other lines keep ``now``."""
    text = text.strip()
    if not (SECTION_RX.match(text) and len(text) <= 30 and "。" not in text):
        return now, part
    m = _PLAN_YEAR.search(text)
    year = (int(m.group("y")) if m.group("y") else base.year + 1 if base.year else None) if m else None
    if year and base.year and year > base.year:
        return DocDate(year, 1, 1, PLANNED), bool(_PART_HEAD.match(text))
    return (now, part) if part and not _PART_HEAD.match(text) else (base, False)


#: a heading of a document's part, above its 一、 sections: 第二部分 / 第三章
_PART_HEAD = lazy(r"^第[一二三四五六七八九十]+(?:部分|章|篇)")


def _analyse(span: Span, doc: DocDate) -> _Clause:
    return _Clause(span, find_actors(span.text), find_deadlines(span.text, doc), find_targets(span.text))


#: a clause telling what to do, its subject in the clause before: ,要逐月发出提醒函
_TOLD_NEXT = lazy(r"^(?:" + YAO + r"|必须|务必)")


#: the end of a unit's name asked after a frame (not 所 alone: 找准问题所在 names no institute)
_UNIT_END = lazy(r"(?:局|委|办|公司|中心|政府|镇|乡|街道|院|站|队|处|社|集团|部|厅|会|室)$")
#: a frame that asks: 会议要求, / 会议强调, / 张三同志要求, (not 指出, 认为, 介绍: what is said, not asked)
_ASK_FRAME = lazy(r"(?:要求|强调|明确|议定|决定)$")


#: a clause only telling who speaks: 县教育局局长欧某述诺时表示 / 县人社局局长田某坦言 (rx29)
_SAYS = lazy(r"(?:述诺|述职|发言|汇报|表态)?(?:时|中)?(?:表示|坦言|说|介绍|指出|透露|告诉记者)$")


def _speaker_framed(cls: list[_Clause]) -> list[_Clause]:
    """县人社局局长田某坦言,承诺年内新增就业3000人…: the clause telling who speaks is no work; the speaker (and
    his unit) answer for the next clause, which names nobody (rx29)."""
    if len(cls) < 2 or cls[0].actors.actors or not _SAYS.search(cls[0].span.text.strip()) \
            or not (cls[1].span.text.strip().startswith(("承诺", "年初承诺")) or (cls[1].targets and cls[1].deadlines)):
        return cls  # (only a pledge or a dated figure told by its speaker)
    text = cls[0].span.text.strip()
    who = speaker_in(_SAYS.sub("", text) + ":")
    if not who or not text.startswith(who[1] or who[0]) and len(text) > 30:
        return cls
    if not cls[1].actors.actors:
        cls[1].actors = ClauseActors(tuple(speaker_actors(who)), False, "")
    return cls[1:]


def _asked_after_frame(cls: list[_Clause], framed: bool = False) -> None:
    """会议要求,市住建局按时完成X: the unit opening the clause after an asking frame is the one asked
    (as in 会议要求市住建局按时完成X), though no modal of its own follows it (rx22); ``framed``: the sentence is an
    item of a lead-in that asks (X要求各责任单位及时整改:一是A督导…), its units asked from its first clause (rx41)."""
    for n in cls:
        text = n.span.text.strip()
        if FRAME.match(text):
            framed = bool(_ASK_FRAME.search(text))
            continue
        if n.actors.actors:
            continue  # (a unit with a role verb of its own: the next may be asked too)
        asked = "要求" + _ENUM_OFF.sub("", n.span.text.strip())
        got = find_actors(asked) if framed and asked_end(asked) > 2 else None
        if got is not None and got.actors and all(_UNIT_END.search(a.name) for a in got.actors):
            n.actors, n.asked = ClauseActors(got.actors, False, got.topic), True
        else:
            framed = False  # (each unit of the sentence asked in turn, until a clause names none)


def _subject_apart(cls: list[_Clause]) -> None:
    """区委组织部、区督查室,要逐月发出提醒函: the units named in a clause of their own
    are the subject of the next, which says what they are to do (a speech's pause)."""
    for c, n in zip(cls, cls[1:]):
        if c.actors.actors or n.actors.actors or not _TOLD_NEXT.match(n.span.text.strip()):
            continue
        items = parse_list(_ENUM_OFF.sub("", c.span.text.strip()))
        if items and all(k == "organization" for _, k, _ in items):
            c.actors = ClauseActors(tuple(Actor(nm, k, "responsible", p) for nm, k, p in items), role_only=True)


def _group(cls: list[_Clause], one: bool = False) -> list[_Cand]:
    """Clauses grouped into candidate commitments: an enumerated clause (…,二是…) or a
    clause naming actors that :func:`_opens_new` starts a new one; ``one``: an item of a list of pledges, whose
    works listed are one pledge (rx34)."""
    out: list[_Cand] = []
    cur = _Cand()
    listed = not one and sum(1 for c in cls if c.signal and not c.actors.actors and opens_own_work(c.span.text)) >= 3
    for k, c in enumerate(cls):
        nxt = _next_cand(cur, c, listed) if cur.clauses else None
        if nxt is None and cur.clauses and _leads_what_follows(cur, c, cls[k + 1:k + 2]):
            nxt = _Cand()
        if nxt is not None:
            out.append(cur)
            cur = nxt
        cur.clauses.append(c)
        if (c.actors.actors and not c.actors.role_only) or (not c.actors.actors and cur.actors):
            cur.task_after_actors = True
    if cur.clauses:
        out.append(cur)
    return _bracket_for_all(_roles_for_all(out))


def _leads_what_follows(cur: _Cand, c: _Clause, after: list[_Clause]) -> bool:
    """各乡镇要做好摸底排查,建立台账,县农业局要牵好头,组织好收购协议签订工作: after the works of a generic group
    (no actor of its own), a unit's clause giving only its role and followed by a work naming nobody leads that
    work, not the group's (rx52)."""
    if cur.actors or not c.actors.actors or not after or after[0].actors.actors \
            or not any(_GENERIC_SUBJ.match(x.span.text.strip()) for x in cur.clauses):
        return False
    return bool(_LEADS_ONLY.search(c.span.text.strip()) or c.actors.role_only) \
        and (opens_own_work(after[0].span.text) or bool(_DOES_WORK.match(after[0].span.text.strip())))


#: a clause that opens by doing a work: 组织好X工作 / 做好Y / 抓好Z落实
_DOES_WORK = lazy(r"^(?:组织好|组织开展|组织实施|做好|抓好|搞好|落实好|推进|推动|开展|完成|实施)[\u4e00-\u9fff“]{2}")


def _bracket_for_all(cands: list[_Cand]) -> list[_Cand]:
    """全年引进超亿元项目30个以上,签约总投资不低于300亿元(A牵头,B配合): a bracket of roles closing the sentence is the
    units of the works before it that name none, one commitment (rx32)."""
    if len(cands) < 2 or not ROLE_BRACKET.search(cands[-1].clauses[-1].span.text.rstrip("。;; ")):
        return cands
    k = len(cands) - 1
    while k > 0 and not cands[k - 1].actors and not _ENUM.match(cands[k - 1].clauses[0].span.text):
        k -= 1
    for c in cands[k + 1:]:
        cands[k].clauses.extend(c.clauses)
    return cands[:k + 1]


def _roles_for_all(cands: list[_Cand]) -> list[_Cand]:
    """…新建渠道不少于180公里,以上任务年底前全面完成,由A牵头,B配合: the clause of all the works due and the roles
    after it join the works before, which name no actor (rx32)."""
    out: list[_Cand] = []
    for cand in cands:
        if out and cand.actors and not out[-1].actors and _ALL_DUE.match(cand.clauses[0].span.text.strip()):
            out[-1].clauses.extend(cand.clauses)
            out[-1].task_after_actors = out[-1].task_after_actors or cand.task_after_actors
            continue
        out.append(cand)
    return out


def _next_cand(cur: _Cand, c: _Clause, listed: bool) -> Optional[_Cand]:
    """The candidate clause ``c`` opens after ``cur``, else ``None``: the same actors' next dated work
    (X要在4月20日前把A报…,6月底前B全部拨付到位; rx21) or step (5月底前完成设计,9月底前开工建设; rx25),
    a clause enumerated or naming actors of a new one, a parallel work with its own date or figure."""
    before = ",".join(x.span.text.strip() for x in cur.clauses)
    if _due_then_own(cur, c) or _own_work_asked(cur, c) or _classed_next(cur, c):
        return _Cand()  # X任务完成时间为12月30日前,Y工程于8月30日前完成 / …9月30日之前完成,Y建设要…: two works (rx40)
    if _next_dated_work(cur, c):
        return _Cand(extra_actors=list(cur.actors), stage_of=before, prev=cur)
    if not c.actors.actors and _PLAN_OPENS.match(c.span.text.strip()) and all(_DID.search(x.span.text) for x in cur.clauses):
        return _Cand(extra_actors=[a for a in cur.actors if a.role != "assist"])  # 已制定X计划,计划2024年完成Y: Y (rx27)
    if _ENUM.match(c.span.text) or (c.actors.actors and (_opens_new(cur, c) or _after_recurring(cur))
                                     and not (len(cur.clauses) == 1 and _TO_KIND.match(cur.clauses[0].span.text.strip()))) \
            or _ALL_DUE.match(c.span.text.strip()):
        return _Cand()  # (对已签约未开工的12个项目,县发改局要…: the works the unit is asked about stay with it, rx26)
    if _parallel_work(cur, c, listed):
        return _Cand(stage_of=before, prev=cur)
    return None


#: a clause opened by a work of its own, then what it must do: 管网建设和其他项目建设要迅速推进 / 征收工作必须…
_WORK_ASKED = lazy(r"^(?P<w>[\u4e00-\u9fff“”]{2,16}?(?:建设|工作|项目|工程|改造|收购|征收|整治))(?:和[\u4e00-\u9fff]{2,12})?(?:要|必须|务必)(?!求)")


def _classed_next(cur: _Cand, c: _Clause) -> bool:
    """A工程为配套开工项目,要在6月12日前完成X,B工程为配套竣工项目,要确保…: after a work given its term or figure, a
    clause classing another work opens that work's own candidate (session 55)."""
    return cur.signal and not c.signal and bool(_CLASSED.match(c.span.text.strip()))


def _own_work_asked(cur: _Cand, c: _Clause) -> bool:
    """…收购工作一定要在9月30日之前完成,管网建设和其他项目建设要迅速推进: after a work due by its term (no actors), a
    clause opened by another work and what it must do starts a candidate of its own (rx40)."""
    if cur.actors or c.actors.actors or not any(d.date for x in cur.clauses for d in x.deadlines):
        return False
    m = _WORK_ASKED.match(c.span.text.strip())
    return bool(m) and m.group("w") not in cur.clauses[0].span.text


def _due_then_own(cur: _Cand, c: _Clause) -> bool:
    """A work's due date stated (…完成时间为12月30日前), then another work with its own dated completion (rx40)."""
    last = cur.clauses[-1]
    return not cur.actors and not c.actors.actors and bool(_DUE_STATED.search(last.span.text)) \
        and any(d.date for d in last.deadlines) and any(d.date for d in c.deadlines) and opens_own_work(c.span.text.strip())


#: a forecast, not a term set: 工程预计7月底前完工
_FORECAST_WORD = lazy(r"预计|有望|估计")
#: a group of units, no work: 各责任单位 / 各相关部门 / 各乡镇
_GROUP_NAMED = lazy(r"各(?:责任|相关|有关|成员|牵头|承办)?(?:单位|部门|乡镇|镇街|县区|区县|街道)")
#: a paragraph opened by what must be done: 一要抓好X。 / 二要… / 首先要…
_MUST_HEAD = lazy(r"(?:^|(?<=[。\s]))(?:[一二三四五六七八九十]要|首先要|其次要|再次要|最后要)")
#: a term and a count of works in one sentence: 6月底前,主城区完成23条背街小巷改造
_DATED_COUNT = lazy(r"(?:\d{1,2}月(?:底|末|\d{1,2}日)?|年底|年内)(?:之)?前?[^。;;]{0,20}?\d+(?:个|条|处|所|座|家|套|户|公里|亩)")
#: a title of a unit's own statement of pledges
_OWN_STATEMENT = lazy(r"表态(?:发言|讲话)|公开承诺|承诺书|承诺事项|述职")
#: the year's quota of a work stated first: 今年全市棚户区改造目标任务6200套 / 全年X任务为1500户 (rx27)
_QUOTA_THEN_DONE = lazy(r"^(?:会议通报[,,]?)?(?:今年|全年|本年度?|(?:19|20)\d\d年)[\u4e00-\u9fff]{2,24}?(?:目标)?任务(?:数)?(?:为|是)?"
                        r"(?:新开工|开工|建成|基本建成|改造|完成|新建)?\d+(?:\.\d+)?万?(?:套|户|个|公里|亩|所|座|项|件|平方米|栋|间)(?:小区|村|项目)?"
                        r"(?:、(?:[\u4e00-\u9fff]{2,6})?\d+(?:\.\d+)?万?(?:套|户|个|公里|亩|所|座|项|件|平方米|栋|间))?$")  # (…任务1286个小区、13.4万户, rx32)
#: a clause opening with what is done so far: 目前已有3个站点开工 / 现已完成… (rx27)
_HAS_DONE = lazy(r"^(?:目前|现|截至目前|至今)[,,]?(?:已有|已经|已)")
#: groups named only to help, beside a unit's role: (市住建局负责,)各区配合 / 相关部门积极协助 (rx27)
_GROUPS_HELP = lazy(r"(?:各[区县市镇乡]|[两三四五六七八九十]个?(?:镇|乡镇|乡|街道|镇街|村)|各乡镇(?:街道)?|各镇街|各街道|(?:相关|有关)(?:部门|单位|街道|乡镇|镇街)|各(?:相关|有关|成员)?(?:部门|单位)|各[\u4e00-\u9fff]{1,6}?(?:部门|单位))(?:要|要积极|积极|全力|要密切|密切)?"
                    r"(?:配合|协助|协同|参与|具体负责|负责落实|具体落实|抓好落实|具体实施|负责实施|组织实施)")
#: a clause opened by a plan with its year or month: 计划2024年完成… / 拟于10月底前… (rx27)
_PLAN_OPENS = lazy(r"^(?:并|同时)?(?:计划|拟)(?:于|在)?(?:(?:19|20)\d\d年|今年|明年|年[底内末]|\d{1,2}月)")
#: a clause telling what was done already: 县环保局已会同县住建局制定… / 已完成…
_DID = lazy(r"已(?:经)?(?:会同[\u4e00-\u9fff、]{2,20}?)?(?:制定|出台|印发|编制|完成|建立|成立|启动|召开|开展)")
#: a note under a labelled item (督办要求:… / 办理要求:…): part of the item, no task of its own (rx25)
_NOTE_LABEL = lazy(r"^(?:" + "|".join(BACKGROUND_LABELS + FORMER_TERM_LABELS) + r"|催办要求|督办要求|办理要求|工作要求|具体要求|备注|说明|目标任务|工作目标|年度目标|建设内容|主要内容|整改目标|存在问题|主要问题|问题表现)[::]")  # (目标任务: under the item, rx27)


#: a paragraph opening with the work it speaks of: 城南大道项目,目前… / 县人民医院新院区项目,主体工程已封顶,…
_WORK_OPENS = lazy(r"^(?P<w>[\u4e00-\u9fff“”()()]{3,24}?(?:项目|工程))[,,](?!由|要|必须|务必|是)")
#: an item opened by the work it is about, alone in its sentence: (一)老旧小区改造。 / 2.背街小巷整治: (rx28)
_ITEM_WORK_HEAD = lazy(r"^(?:" + ENUM + r")(?!加快|推进|抓好|做好|实施|加强|强化|开展|扎实|全力|全面|持续|深入|着力|狠抓|突出)(?P<w>[\u4e00-\u9fff]{2,14}(?:改造|整治|建设|治理|提升|工程|项目|征收|征迁|搬迁))[。::]")
#: a paragraph of a visit opened at a work's site: 在X安置房项目现场,… (rx28)
_AT_SITE = lazy(r"^在(?P<w>[\u4e00-\u9fff]{3,20}?(?:项目|工程))(?:建设)?(?:现场|工地|施工现场)")
#: a paragraph opened by a work and its size or place: X公路全长14.6公里 / X项目位于… (a reply's road, rx28)
_WORK_DESCRIBED = lazy(r"^(?P<w>[\u4e00-\u9fff]{3,20}?(?:项目|工程|公路|大道|路|大桥|隧道))(?:全长|总长|位于|总投资|建筑面积|占地)")




#: a stage of a plan and its period, opening a paragraph: (二)集中整治阶段(2024年3月16日—9月30日)。
_STAGE_PERIOD = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*[\u4e00-\u9fff]{2,12}阶段[((](?P<p>[^()()]{4,30})[))]")


def _of_heading(task: str) -> bool:
    """A task that names no work of its own under a heading's: the things counted (今年计划改造的32个小区), what was named
    (该项目…), or what the work includes (包括…)."""
    return bool(_COUNTED_THING.match(tidy_task(task)) or THAT.match(task) or task.startswith("包括"))


def _short_of_named(sentence: str, task: str) -> str:
    """完成维修 after 会议原则同意…2024年中小学校舍维修计划 in its sentence: the work named at length (rx25)."""
    m = _SHORT_DONE.match(tidy_task(task))
    if not m:
        return task
    w = re.search(r"(?P<w>[\u4e00-\u9fff]{2,12}?" + m.group("v") + r")(?:计划|方案|工程|项目)", sentence)
    if w and len(w.group("w")) > len(m.group("v")) + 1:
        return re.sub(r"^(?:(?:19|20)\d\d)?年度?", "", w.group("w"))
    before = re.findall(r"(?:完成|推进|实施)(?P<w>[\u4e00-\u9fff]{2,8}?" + m.group("v") + r")(?=\d|[,,。、])", sentence)
    return before[-1] if before and len(before[-1]) > len(m.group("v")) + 1 else task  # (…完成老旧小区改造128个。今年要确保完成改造42个, rx31)


#: a bare completion of a two-character work: 完成维修 / 完成改造
_SHORT_DONE = lazy(r"^(?:(?:全部|全面)?完成)?(?P<v>维修|改造|建设|整治|修缮|加固|搬迁|安装)$")


#: a sentence that is only a term of completion for what was said before: 承诺在2010年底前完成。/ 以上工作确保6月底前完成。
_BARE_DUE = lazy(r"^(?:以上|上述)?(?:工作|事项|任务)?(?:承诺|确保|力争|争取|均|要|将)?(?:在|于)?[^,,。;]{2,14}?(?:前|之前|以前)(?:全部|全面)?完成[。;]?$")


def _after_recurring(cur: _Cand) -> bool:
    """A clause naming its unit after a duty that recurs (各单位要每月25日前报送…,区督查室将…) opens its own (rx23)."""
    return _recurs(cur.clauses)


def _recurs(clauses: list) -> bool:
    """A term that recurs among the clauses' deadlines (每月25日前: deadlines kind ``every``)."""
    return any(d.text.startswith("每") for c in clauses for d in c.deadlines)


#: a past action told with 已 (区水利局已组织施工单位现场查看): what was done, no task of its own
_DONE_ALREADY = lazy(r"已经?(?:组织|召开|举行|开展|约谈|发出|下发|印发)")
#: a clause that is only a due date: 8月6日前, / 年底前,
_DUE_ONLY = lazy(r"^(?:[一二三四五六七八九十]+是|\d+[.、.]|[((][一二三四五六七八九十\d]+[))])?(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?|年底|本月底?|月底)(?:前|之前|以前)$")
#: a clause that is only a start: 二、自今年三季度起, / 从即日起,
_FROM_ONLY = lazy(r"^(?:" + ENUM + r")?(?:从|自)[^,]{2,16}?(?:开始|起)$")
#: a clause that is only a year: 2017年, (a label of the list after it)
_YEAR_ONLY = lazy(r"^(?:19|20)\d\d年度?$")
#: a clause that is only a date: 6月20日, / 5月底,
_DATE_ONLY = lazy(r"^(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?$")


#: the investment of the works counted before: 完成投资150亿元以上 / 计划投资80亿元
_INVESTED = lazy(r"^(?:累计|全年|年度)?(?:完成|计划|总)?投资")


def _split_amounts(cands: list[_Cand]) -> list[_Cand]:
    """In a year's plan, each clause counting what it makes (建成A等3个医疗项目,新增B专科2个)
    opens a candidate of its own; a candidate naming actors stays whole."""
    out: list[_Cand] = []
    for cd in cands:
        if cd.actors or len(cd.clauses) < 2:
            out.append(cd)
            continue
        cur = _Cand()
        for c in cd.clauses:
            if cur.clauses and amount_clause(c.span.text) and not _INVESTED.match(c.span.text.strip()) \
                    and not _only_pushed(cur):  # (实施X项目120个,完成投资150亿元: one, rx26; 推进X改造,新建管网35公里: one, rx28)
                out.append(cur)
                cur = _Cand()
            cur.clauses.append(c)
        out.append(cur)
    return out


#: a clause stating one indicator's aim: (主要预期目标是:)地区生产总值增长6.5%左右 / 城镇登记失业率控制在4%以内
_INDICATOR = lazy(r"^(?:[^,,;;::]{0,30}[::])?(?:全年|今年)?(?!力争|确保|争取|努力|要|并)[\u4e00-\u9fffA-Za-z]{2,16}?(?:比上年)?(?:分别)?(?:(?:增长|下降|提高到|提高|达到|控制在)(?:\d+(?:\.\d+)?)%|增长与[\u4e00-\u9fff]{2,8}?(?:基本)?同步)")


def _split_indicators(cands: list[_Cand]) -> list[_Cand]:
    """主要预期目标是:A增长6.5%左右,B增长5%,C增长8%: one commitment per indicator, as a table lists them (rx26);
    a candidate naming actors stays whole."""
    out: list[_Cand] = []
    for cd in cands:
        if cd.actors or sum(1 for c in cd.clauses if _INDICATOR.match(c.span.text.strip())) < 2:
            out.append(cd)
            continue
        cur = _Cand(indicator=True)
        for c in cd.clauses:
            if _INDICATOR.match(c.span.text.strip()) and any(_INDICATOR.match(x.span.text.strip()) for x in cur.clauses):
                out.append(cur)
                cur = _Cand(indicator=True)
            cur.clauses.append(c)
        out.append(cur)
    return out


def _year_carried(cls: list[_Clause]) -> None:
    """``确保项目于2023年7月底前竣工,9月1日前投入使用``: a month after a date of a year stated in the sentence is of that
    year (the document's own year else; rx27), or of the next where it would fall before the date stated."""
    year = None
    for c in cls:
        for k, d in enumerate(c.deadlines):
            y = re.match(r"(?:19|20)\d\d(?=年)", d.text)
            if y:
                year, last = int(y.group()), d.date
            elif year and d.date and d.precision in ("day", "month") and re.match(r"\d{1,2}月", d.text) \
                    and int(d.date[:4]) != year:
                date = f"{year}{d.date[4:]}"
                date = date if not last or date >= last else f"{year + 1}{d.date[4:]}"
                c.deadlines[k] = replace(d, date=date)


#: a clause naming the set the next works are of: 在全市今年第二季度集中开工项目中 / 据了解,在…中 /
#: 2024年度整治名单(附后)中
_AMONG = lazy(r"^(?:据了解|据悉)?[,,]?在?[\u4e00-\u9fff“”、\d]{4,40}?(?:项目|工程|任务|实事|单位|企业|名单|清单)(?:[((][^()()]{0,8}[))])?中$")
#: a clause telling whom the next applies to by a year: 对2016年未关停企业的 (the year names them, no term)
_WHOM = lazy(r"^对(?:19|20)\d\d年(?!\d{1,2}月)[^,,。;;]{2,40}的$")  # (not 对4月20日前未办结的: a term)
#: a clause classing a work: 柳岸物流园一期工程为配套开工项目 (its steps follow: ,要在6月12日前完成…)
_CLASSED = lazy(r"^[\u4e00-\u9fff“”()()、\d]{4,60}?(?:项目|工程)(?:为|是|属于|系)[\u4e00-\u9fff]{2,12}(?:项目|工程)$")


def _events_off(cls: list[_Clause]) -> None:
    """``9月3日,区林业局已组织…``: a date alone before a clause telling what was done (已) is
    when it happened, not a deadline; ``对今年X进行验收`` (the works of this year): the year of the works checked."""
    for a, nxt in zip(cls, cls[1:]):
        if a.deadlines and _DATE_ONLY.match(a.span.text.strip()) and re.search(r"已(?!于)", nxt.span.text):
            a.deadlines = []
    for c in cls[:-1]:  # 在今年第二季度集中开工项目中,: the set a work is of, its period no term (session 55)
        if c.deadlines and (_AMONG.match(_ENUM_OFF.sub("", c.span.text.strip())) or _WHOM.match(c.span.text.strip())):
            c.deadlines = []
    for c in cls:  # 对今年新建农田进行验收: the year names the works, it dates nothing
        if c.deadlines and "对今年" in c.span.text:
            c.deadlines = [d for d in c.deadlines if not (d.text == "今年" and c.span.text[max(0, d.start - 1):d.start] == "对")]


#: a clause opening with its own date, then a work of its own, then a completion: 6月底前项目资金全部拨付到位
_DATED_WORK = lazy(r"^(?:并|再|同时)?(?:确保|力争|争取)?(?:(?:19|20)\d\d年)?(?:(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底)(?:之)?前|年内)"
                   r"(?!(?:全面|全部|基本)*(?:完成|开工|建成|竣工|完工|启动|动工|实现|达到|整改)|确保)(?P<w>[\u4e00-\u9fff“”]{3,16}?)"
                   r"(?:全部|全面|基本|全线)?(?:拨付到位|到位|完成|建成|竣工|完工|开工|投用|投入使用|交付使用|交付|办结|验收|贯通|通车)"
                   # 确保电杆迁移问题于7月底完成: the work named before its own date (rx23)
                   r"|^(?:确保|力争|争取)(?P<w2>[\u4e00-\u9fff“”]{3,16}?)于(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末)?(?:之)?前?"
                   r"(?:全部|全面|基本)?(?:拨付到位|到位|完成|建成|竣工|完工|开工|投用|交付|办结|验收)"
                   # 确保11月15日按时供热: a day set for the work, no 前 (rx29)
                   r"|^(?:确保|力争|争取)(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:按时|如期|准时|正式)[\u4e00-\u9fff]{2,8}$")


def _next_dated_work(cur: _Cand, c: _Clause) -> bool:
    """After a candidate with actors and a dated clause of its own, a clause that opens with another date
    and names a work of its own before its completion (县农业局要在4月20日前把项目库报县政府审定,6月底前
    项目资金全部拨付到位): a second commitment of the same actors; a further step of one work with its own
    term (…5月底前完成设计,9月底前开工建设) too, with or without actors (rx25: the gold counts milestones)."""
    if c.actors.actors or not c.deadlines or not any(d.date for x in cur.clauses for d in x.deadlines):
        return False
    text = c.span.text.strip()
    if _DATED_STAGE.match(text) and (_dated_step(cur.clauses) or (_dated_amount(cur.clauses) and (_term_opens(text) or _later_stage(cur, c)))):
        return True  # (年内新增泊位800个,并于10月底前完成诱导系统建设: two works, rx27)
    if _later_act(cur, c, text) or _year_amount_after(cur, c, text):
        return True
    if _own_work_then_term(text) and (_dated_step(cur.clauses) or (_dated_amount(cur.clauses) and _later(cur, c))):
        return True  # 确保10月底前A主体封顶,B11月底前开工建设: another work, its own term (rx27)
    return bool((cur.actors or _dated_step(cur.clauses)) and _dated_work(text))  # (确保…前完成A,确保…前B交付使用: rx27)


#: the one ordered, opening a step: 并责令其在7月底前完成… / 要求其于…前 (session 55)
_ORDERED = lazy(r"^(?:并|同时)?(?:责令|要求|督促|责成)(?:其|该[\u4e00-\u9fff]{1,4}?)(?=在|于)")


def _year_amount_after(cur: _Cand, c: _Clause, text: str) -> bool:
    """6月底前完成处置方案,年内盘活闲置资产不少于30处: the year's amount after a dated step (rx29)."""
    return bool(_YEAR_AMOUNT.match(text)) and _dated_step(cur.clauses) and _later(cur, c)


def _later_act(cur: _Cand, c: _Clause, text: str) -> bool:
    """After an act bound by a term, a step by a later term naming what it finishes (由X在4月底前实施停产治理,
    并责令其在7月底前完成治理任务: each act by its own term, session 55)."""
    return bool(_DATED_STAGE.match(_ORDERED.sub("", text))) and _bound_act(cur) and _after_all(cur, c) and _own_object(text)


def _after_all(cur: _Cand, c: _Clause) -> bool:
    """Clause ``c`` is dated later than every term of the candidate (the next step, not a step before)."""
    own = [d.date for d in c.deadlines if d.date]
    dates = [d.date for x in cur.clauses for d in x.deadlines if d.date]
    return bool(own) and bool(dates) and min(own) > max(dates)


def _own_object(text: str) -> bool:
    """A step that names what it finishes (完成治理任务), not only the step of the work before (年内建成投用)."""
    task = tidy_task(task_text(text))
    return len(task) >= 3 and not _BARE_STEP.match(task)


def _bound_act(cur: _Cand) -> bool:
    """The candidate names an act bound by a term of its own (在4月底前实施停产治理)."""
    return any(_bound_before(d, x.span.text) for x in cur.clauses for d in x.deadlines if d.date and "前" in x.span.text)


def _dated_work(text: str) -> bool:
    """A clause opened by a term and a work with its own completion: 确保…前B交付使用 (rx27) / 2017年9月X开园 (rx41)."""
    return bool(_DATED_WORK.match(text) or _TERM_WORK_STEP.match(text))


#: a month, a work and its step, no 前: 2017年9月份城东中学开园招生 / 明年3月份主体工程开始动工 (rx41)
_TERM_WORK_STEP = lazy(r"^(?:(?:19|20)\d\d年|今年|明年)?\d{1,2}月(?:份|底|末)?(?![底末份前之以内])[\u4e00-\u9fff]{2,10}?(?:全面|全部)?(?:开始)?"
                       r"(?:开园|招生|开学|竣工|完工|建成|投用|通车|开工|动工)")


#: a clause naming a work of its own, then its own date and completion: B11月底前开工建设 / C要在9月底前建成投用 (rx27)
_WORK_THEN_TERM = lazy(r"^(?:并|同时)?(?!要|须|必须|务必|限期|力争|确保|争取|全部|全面|基本)(?P<w>[\u4e00-\u9fff“”、]{2,20}?)(?:要|须|必须|务必|限期|力争|确保|争取)?(?:在|于)?(?:(?:19|20)\d\d年)?"
                       r"(?:(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|年底)(?:之)?前|\d{1,3}个?(?:工作)?[天日](?:之|以)?内)(?:全部|全面|基本)?"
                       r"(?:开工建设|建成投用|建成通车|拨付到位|到位|完成|建成|竣工|完工|开工|投用|交付使用|交付|办结|验收|封顶|通车|交地"
                       r"|到货|进场|(?:要|须|必须)?(?:达到|达)\d)")  # (储煤11月10日前要达到6万吨以上; 膜组件5月底前到货, rx29; 弱电15天内完成…下地, rx41)


def _own_work_then_term(text: str) -> bool:
    """B11月底前开工建设 / 城东新区四个小区今年必须并网: a work of its own, then its term (rx27, rx29)."""
    return bool(_WORK_THEN_TERM.match(text) or _WORK_YEAR_MUST.match(text))


#: the year's amount of a work after a dated step: 年内盘活闲置资产不少于30处 (rx29)
_YEAR_AMOUNT = lazy(r"^(?:并|同时)?(?:确保|力争|争取)?(?:年内|年底前|今年内|全年)[\u4e00-\u9fff、]{2,24}?(?:不少于|不低于|达到|超过)?\d+(?:\.\d+)?万?"
                    r"(?:个|处|户|家|套|人|项|亩|公里|所|座|名|栋|条|平方米)(?:以上)?$")  # (年底前利用边角地、闲置地新增…1500个以上; 10万平方米, rx37)
#: a clause naming a work of its own, then this year and a strong modal: 城东新区四个小区今年必须并网 (rx29)
_WORK_YEAR_MUST = lazy(r"^(?:并|同时)?(?!要|须|必须|务必|力争|确保|争取)(?P<w>[\u4e00-\u9fff“”、]{4,20}?)(?:今年|年内|年底前)(?:必须|务必|要|须)(?:全部|全面)?[\u4e00-\u9fff]{2,6}$")


#: a news headline: a place or a unit, a colon, then two phrases apart (南坡镇:村支书年终述诺 群众现场评诺), rx29
_HEADLINE = lazy(r"^[^。;;,,::]{2,12}[::][^。;;,,::]{3,20}(?:[ \u3000]+|——)[^。;;,,::]{3,20}$")


def _headline(text: str) -> bool:
    """A news page's headline of two phrases, naming no completion and no modal: no commitment (rx29)."""
    t = text.strip()
    return bool(_HEADLINE.match(t)) and not _COMPLETE.search(t) and not MODAL_RX.search(t) and not re.search(r"\d", t)


#: a term naming only the year: 今年 / 全年 / 年内
_YEAR_TERM = lazy(r"今年|全年|年内|今年内|本年度?")
#: the year's work, then a bare stage of it by a term before the year's end: 今年完成路面硬化28公里,确保国庆节前全线通车
_YEAR_THEN_STAGE_BY = lazy(r"(?:今年|全年|年内)[^,,。;;]{2,30}[,,](?:并|再)?(?:确保|力争|争取|要)?(?:在|于)?(?:\d{1,2}月(?:底|末|\d{1,2}日)?|[\u4e00-\u9fff]{1,3}节)(?:之)?前"
                          r"(?:全部|全面|全线|基本)?(?:完成|建成|竣工|完工|通车|投用|投入使用|交付使用|开工|封顶|验收|达标|入住|到位)")  # (…,9月底前全部验收, session 54)


def _year_then_stage(cand: _Cand) -> bool:
    """The candidate's year's work (今年完成路面硬化28公里) and, in the clause right after it, a bare stage by a term
    before a day of that year (确保国庆节前全线通车): the stage's term is the work's (rx34); not where a clause comes
    between (今年要完成X,我负责统筹,确保10月底前全部完工: the year's and the stage's, two, rx28)."""
    return bool(_YEAR_THEN_STAGE_BY.search(",".join(c.span.text for c in cand.clauses)))


def _later_stage(cur: _Cand, c: _Clause) -> bool:
    """A stage dated by a term of its own (:func:`_later`), not the bare stage right after the year's work it dates
    (今年完成X,确保国庆节前全线通车, rx34)."""
    return _later(cur, c) and not _YEAR_THEN_STAGE_BY.search(cur.clauses[-1].span.text.strip() + "," + c.span.text.strip())


def _later(cur: _Cand, c: _Clause) -> bool:
    """Clause ``c`` is dated by a term of its own, none of the candidate's (计划2024年新建X,2025年实现Y全覆盖)."""
    own = {d.date for d in c.deadlines if d.date}
    return bool(own) and not own & {d.date for x in cur.clauses for d in x.deadlines if d.date}


def _listed_step(cand: _Cand, topic: str) -> str:
    """加快A、B等项目建设,确保A6月底前通车: the candidate is the step of A its dated clause names (A通车; rx27)."""
    works = [w for w in re.split(r"[、和]", re.sub(r"等[\u4e00-\u9fff]{0,10}$", "", topic)) if len(w) >= 2]
    for c in cand.clauses[1:]:
        m = re.match(r"^(?:确保|力争|争取|要)?(?P<w>[\u4e00-\u9fff]{2,12}?)(?:要|须)?(?:在|于)?" + _STEP_TERM + r"(?P<s>" + STEP_DONE + r")$",
                     c.span.text.strip())
        if m and m.group("w") in works:
            return m.group("w") + re.sub(r"^(?:全部|全面|基本|全线|正式)", "", m.group("s"))
    return ""


def _dated_amount(clauses: list) -> bool:
    """A clause with a date and a count of works of its own (年内新增公共停车泊位800个), the work before a dated step."""
    return any(any(d.date for d in x.deadlines) and any(t.op in ("=", ">=") and t.unit and t.unit != "%" and not t.unit.endswith("元")
                                                        for t in x.targets) for x in clauses)


def _dated_step(clauses: list) -> bool:
    """A clause with a date and a completion of its own (5月底前完成设计), the step before another."""
    return any(_DATED_STEP.match(x.span.text.strip()) and _dated_completion(x.span.text, x.deadlines) for x in clauses)


#: a further step of the work with a term of its own: …5月底前完成设计,9月底前开工建设 (rx25: the gold's
#: milestones are one commitment each, 6月底前开工、12月底前完工)
#: a term a step is due by: 6月底前 / 年底前 / 春节前 / 上半年 (rx25)
#: the end of a work's name before its term: 确保城南大桥6月底前… / 确保北环路二期9月底前… (rx26)
_WORK_TAIL = r"(?:项目|工程|大桥|桥|路|大道|立交|隧道|二期|三期|一期|中心|馆|园|厂|站|场|校|院|院区|新院区|大楼|楼|片区|小区|管网|基地|水库)"  # (新院区, 综合楼: rx28)
_STEP_TERM = r"(?:(?:(?:19|20)\d\d年|今年|明年)?" + STEP_TERM + r"|(?:19|20)\d\d年(?:底|末)(?:之|以)?前|(?:(?:19|20)\d\d年|今年|明年)?\d{1,2}月(?:份|底|末)?(?![底末份前之以内])(?=[\u4e00-\u9fff]{0,10}?(?:全面|全部)?(?:开始)?(?:初具规模|竣工|完工|建成|开工|动工|投用|通车|封顶|进场|开园|招生))|年内(?=[\u4e00-\u9fff]{0,4}(?:封顶|完工|竣工|建成|开工|投用|通车|完成主体|全面完成|全部完成))|(?:19|20)\d\d年(?:底前|内)?(?=完成|建成|实现|全面|全部))"  # (2025年完成X: a year's step, rx26)
_DATED_STAGE = lazy(r"^(?:并|再|同时)?(?:(?:力争|确保|争取)(?:[\u4e00-\u9fff]{2,12}?" + _WORK_TAIL + r")?|要)?(?:在|于)?" + _STEP_TERM +
                    r"(?:(?:主体|基础|桩基|路基|路面|附属)(?:工程|结构)?)?(?:" + STEP_DONE + r"|(?:要|须)?(?:达到|提高到|提升到)\d+(?:\.\d+)?%|[\u4e00-\u9fff]{2,8}?率(?:要|须|必须|力争|确保|争取)?(?:达到|达|提高到|提升到)"
                    r"|实现[\u4e00-\u9fff]{0,8}?(?:全覆盖|全域覆盖|清零|动态清零|全部达标|销号)"
                    r"|(?:拿出|制定|出台|编制|提出)[\u4e00-\u9fff]{0,12}?(?:方案|计划|办法|意见|规划|细则))")  # (8月31日前签约率要达到90%, rx26; 2025年实现乡镇全覆盖, rx27)


def _parallel_work(cur: _Cand, c: _Clause, listed: bool) -> bool:
    """5月底前建成A,年内开工B,新建C55公里: a clause with its own date or figure that opens
    a work of its own, after a candidate with a date or a figure and no actors, in a run of
    three such clauses or more, or both dated (see :mod:`kg.extract.parallel`); two works
    with one figure (年内完成X,新建Y4个) stay one."""
    if not (c.signal and cur.signal and not cur.actors and not c.actors.actors and opens_own_work(c.span.text)
            and opens_own_work(cur.clauses[-1].span.text)):
        return False
    return listed or (any(d.date for d in c.deadlines) and any(d.date for d in cur.clauses[-1].deadlines))


def _opens_new(cur: _Cand, c: _Clause) -> bool:
    """Does clause ``c``, naming actors, start a new candidate after ``cur``: after
    actors and their task or a role given again for another topic (not an assisting
    unit joining); before any actor, after a target or a dated deadline, unless it
    only gives the roles (…要达到150亿元,区投资促进局要牵好头) or the clause before
    only names the work (X是今年的重点民生工程,由A牵头)."""
    if cur.actors:
        return (cur.task_after_actors or _role_again(cur, c) or _part_of_its_own(cur, c)) and not _assisting(cur, c)
    if all(_DUE_ONLY.match(x.span.text.strip()) for x in cur.clauses):
        return False  # 9月5日前,东山村、柳树湾村要…: the date opens the units' task
    own_topic = c.actors.topic and not THAT.fullmatch(c.actors.topic)  # (…5月20日前建成投用,这个事由A牵头: that work's roles, rx39)
    return cur.signal and not ((c.actors.role_only or _LEADS_ONLY.search(c.span.text)) and not own_topic) \
        and not (len(cur.clauses) == 1 and _names_work(cur.clauses[0].span.text))


#: a unit given only a label of its role, for the work of the sentence: X为项目实施主体 / X作为项目业主
_LABEL_ROLE_ONLY = lazy(r"^(?:" + ITEM_NO + r")?[\u4e00-\u9fff]{2,20}?(?:为|作为|是)(?:该项目|项目|本项目|工程)?"
                        r"(?:实施主体|责任主体|建设主体|建设单位|项目业主|业主单位|实施单位)$")


def _part_of_its_own(cur: _Cand, c: _Clause) -> bool:
    """安置房项目由A负责实施,B负责办理用地手续: after a work given whole to a unit (one clause, its roles
    only), another unit given a part of its own with the same role opens a commitment of its own (rx21)."""
    if len(cur.clauses) != 1 or not cur.clauses[0].actors.role_only or c.actors.role_only \
            or _LABEL_ROLE_ONLY.match(cur.clauses[0].span.text.strip()):
        return False  # (县自来水公司为项目实施主体,县住建局负责技术指导…: one work, its units' parts, rx31)
    names = {a.name for a in cur.actors}
    return bool(c.actors.actors) and all(a.name not in names for a in c.actors.actors) \
        and {a.role for a in c.actors.actors} <= cur.roles


def _role_again(cur: _Cand, c: _Clause) -> bool:
    """征地由A牵头,拆迁由B牵头: the same role again for another topic; 征收由A牵头,
    安置房建设由B负责: another topic, whatever the role."""
    if not c.actors.topic:
        return False
    return bool({a.role for a in c.actors.actors} & cur.roles) or any(
        x.actors.topic and x.actors.topic != c.actors.topic for x in cur.clauses if x.actors.actors)


def _assisting(cur: _Cand, c: _Clause) -> bool:
    """由A负责,…,B要积极配合: an assisting unit joins the task it assists."""
    if _SUPPORT_ONLY.search(c.span.text.strip()) and cur.roles and not c.actors.topic:
        return True  # 由A按程序印发实施,B做好资金保障: B supports A's task (rx25)
    return {a.role for a in c.actors.actors} == {"assist"} and not c.actors.topic and bool(cur.roles - {"assist"})


#: a unit's part that only supports the task before: 县财政局做好资金保障 / 负责经费保障工作
_SUPPORT_ONLY = lazy(r"(?:(?:做好|负责|落实|搞好)(?:相关|项目)?(?:资金|经费|要素|用地|资金筹措和?)保障|(?:负责|做好|抓好)?(?:保障|筹措|筹集)(?:项目|工作|建设)?(?:资金|经费))(?:工作)?[。;]?$")  # (县财政局负责筹措资金, rx51)


def _is_work(name: str) -> bool:
    """A named work, not a status or a class of works (滞后项目, 已完成项目, 重点项目)."""
    return len(name) >= 4 and section_status(name) is None and not _BEHIND_HEAD.search(name) \
        and not re.match(r"^(?:重点|重大|在建|新建|续建|新开工|其他|其余|各类|全部|所有|部分|个别|少数|多数|大部分|一些|上述|该|这些)", name) \
        and not GENERAL_WORK_RX.search(name)  # (全乡各项工作总体推进较好: no work, rx33)


def _names_work(clause: str) -> bool:
    """A clause that only names a work (X是今年的重点民生工程, X要加快推进)."""
    return bool(topic_is(clause) or subject_of(clause))


_ENUM_OFF = lazy(r"^(?:" + ENUM + r"|" + IS_NO + r"|同时|另外|此外|[,,])+")
_SPLIT_AT = lazy(r"^(?:其中)[,,]?")


#: a problem stated before the assignment: 城市停车难问题群众反映强烈,市某集团要…
_PROBLEM = lazy(r"^(?:" + ENUM + r"|" + IS_NO + r"|同时|此外|另外)?"
                      r"(?P<p>[\u4e00-\u9fff]{2,16}?问题)(?![\u4e00-\u9fff]{0,4}(?:要|必须|务必|得到|已))")
#: how, not what: 加大整治力度, 加快推进
_HOW = lazy(r"^(?:加大|加强|强化|加快|抓紧|全力|切实|进一步)*(?:[\u4e00-\u9fff]{0,4}(?:力度|措施|管理|监管|推进|工作))?$")
_COUNT = lazy(r"\d+(?:\.\d+)?(?:万|亿)?(?:个|条|处|部|座|所|家|套|台|辆|盏|株|棵|项|件|户|公里|米|平方米|亩|吨)")


def _problem_task(cand: _Cand) -> str:
    """The task of ``X问题群众反映强烈,A要在年底前新增Y泊位2000个``: what A is to
    do (新增Y泊位, the count left to the target), else the problem (X问题); ``""``
    where the commitment does not open with a problem."""
    first = cand.clauses[0]
    if first.actors.actors or len(cand.clauses) < 2 or first.targets or any(d.date for d in first.deadlines) \
            or MODAL_RX.search(first.span.text):
        return ""
    m = _PROBLEM.match(first.span.text.strip())
    if not m:
        return ""
    for c in cand.clauses[1:]:
        if c.actors.role_only:
            continue
        t = task_text(c.span.text)
        if "、" not in t:  # 新增公共停车泊位2000个: the count is the target's (a list of works keeps its counts)
            t = re.sub(r"(?<=[\u4e00-\u9fff])" + _COUNT.pattern + r"$", "", t)
            t = re.sub(r"^(完成|新增|新建|建成|改造|整治|实施)" + _COUNT.pattern, r"\1", t)  # 完成30个X → 完成X
        t = re.sub(r"^(?:[在于]?(?:年底|年内|\d+月(?:\d+日)?(?:底|份)?)前?)", "", t)
        if len(re.sub(r"^(?:完成|实现|做好|抓好|开展|启动)", "", t)) >= 4 and not method_only(t) and not _HOW.match(t):
            return t  # (完成整治: no object of its own, the problem is the task)
    p = re.sub(r"^“(?P<x>[^“”]+)”$", r"\g<x>", m.group("p"))  # (针对“城区公厕数量不足”问题: unquoted, rx28)
    return remedy(p) if p.startswith(("部分", "个别")) or _NOT_DONE_IN.search(p) else p


#: a lack told in a problem: 清运不及时 / 损坏未修复 (its remedy names the task, rx26)
_NOT_DONE_IN = lazy(r"不及时|未修复|不到位|不规范|未落实|未完成")


#: a short method told to a unit before what it is to achieve: 要认真研判, / 要加强调度,
_SHORT_HOW = lazy(r"^(?:研判|研究|调度|部署|对接|协调|督导|谋划|把关|跟进|督促|配合|摸排)$")


def _strong(cls: list[_Clause]) -> str:
    """The first task phrase among ``cls`` that names a task, not a method or a frame."""
    for c in cls:
        if c.actors.actors:  # (another actor's task, or only roles)
            continue
        t = task_text(c.span.text)
        if len(t) >= 4 and not weak_task(t):
            return t
    return ""


def _item_work(text: str) -> str:
    """A numbered item naming only a work (``1.城南路改造工程。``), the work; else ``""``."""
    m = ITEM_RX.match(text.strip())
    t = text.strip()[m.end():].strip().rstrip("。;;") if m else ""
    if 4 <= len(t) <= 24 and WORK_END_RX.search(t) and not re.search(r"[,、;::]", t) \
            and not MODAL_RX.search(t) and not find_actors(t).actors:
        return t
    return ""


#: a work's quota stated: 城区停车场建设任务为新建停车泊位2000个 → 城区停车场建设
_QUOTA_OF = lazy(r"^(?:" + ENUM + r")?(?:今年|全年|\d{4}年)?(?P<x>[\u4e00-\u9fff]{4,20}?)(?:的)?(?:年度|全年)?(?:目标)?任务(?:数|量)?(?:为|是)")


def _quota_of(text: str) -> str:
    """The work whose quota a sentence states (``X任务为新建Y2000个``), else ``""``."""
    m = _QUOTA_OF.match(text.strip())
    return m.group("x") if m and not find_actors(m.group("x")).actors else ""


def _work_named(text: str) -> str:
    """The work a clause or sentence names before its parts are split by role
    (``一是旧城改造项目`` / ``要加快推进旧城改造项目。``), else ``""``."""
    t = text.strip().rstrip("。;;,,::")
    w = subject_of(t) or topic_is(t) or about(t)
    if w:
        return w
    t = _ENUM_OFF.sub("", t)
    m = _PUSH_WORK.match(t)
    if m and WORK_END_RX.search(m.group("w")):
        return m.group("w")
    if 4 <= len(t) <= 20 and WORK_END_RX.search(t) and not re.search(r"[,、;:]", t) \
            and not MODAL_RX.search(t) and not find_actors(t).actors:
        return t
    return ""


def _opens_parts(cls: list[_Clause], i: int) -> bool:
    """Clause ``i`` assigns a part by its topic after 其中 (其中征收由A负责 / 其中,征收由A负责)."""
    c = cls[i]
    return bool(c.actors.actors and c.actors.topic and (
        _SPLIT_AT.match(c.span.text) or (i > 0 and cls[i - 1].span.text.strip() == "其中")))


def _dated_tail(last: _Cand) -> list[_Clause]:
    """``…,安置房建设由B负责,年底前完成``: the dated clauses after the last part's actors."""
    tail = []
    for c in reversed(last.clauses):
        if c.actors.actors:
            break
        tail.insert(0, c)
    return [c for c in tail if any(d.date for d in c.deadlines)]


def _give_whole(cd: _Cand, work: str, head: list[_Clause], after: list[_Clause], dated: list[_Clause]) -> None:
    """A part takes the whole (征收 → X项目征收), the clause naming the whole as evidence,
    and the deadline after the last part where it has none of its own."""
    topic = next(c.actors.topic for c in cd.clauses if c in after)
    if not topic.startswith(work):
        cd.topic = work + topic
    for c in head:
        if c not in cd.clauses and c.span not in cd.context:
            cd.context.append(c.span)
    if dated and not any(d.date for c in cd.clauses for d in c.deadlines):
        cd.context += [c.span for c in dated]


def _split_parts(cands: list[_Cand], cls: list[_Clause], work: str = "") -> bool:
    """``X项目,其中征收由A负责,安置房建设由B负责,年底前完成``: each part keeps the
    whole (X项目征收, X项目安置房建设), the clause naming X is evidence of each,
    and a deadline after the last part is every part's."""
    k = next((i for i in range(len(cls)) if _opens_parts(cls, i)), None)
    if k is None:
        return False
    head = [c for c in cls[:k] if c.span.text.strip() != "其中"]
    if head:
        if any(c.actors.actors for c in head) or len(head) > 1:
            return False
        work = _work_named(head[0].span.text)
    if not work:
        return False
    after = [c for c in cls[k:] if c.actors.actors and c.actors.topic]
    parts = [cd for cd in cands if any(c in after for c in cd.clauses)]
    if len(parts) < 2:
        return False
    dated = _dated_tail(parts[-1])
    for cd in parts:
        _give_whole(cd, work, head, after, dated if cd is not parts[-1] else [])
    return True


#: a task phrase of a generic group (各镇街按分工做好…), or a review (总结…经验)
_GROUP_DUTY = lazy(r"^(?:各|有关|相关|所有)|^总结[^,]{0,24}经验")
#: a past action with nothing to do: 区委召开了专题会议 (not a count so far: 初定了8个备选项目)
_PAST_ONLY = lazy(r"(?:召开|听取|研究|部署|举行)了")


def _no_task(task: str) -> bool:
    """A task phrase that names no task of its own: a method or a frame (:func:`weak_task`),
    a past action (区委召开了专题会议), a generic group's duty or a review."""
    return weak_task(task) or bool(_PAST_ONLY.search(task)) or bool(_GROUP_DUTY.search(task))


#: how a supervision table's lights are given: 低于序时进度10个百分点以上的亮红灯 (a rule, no work; rx30)
_LIGHT_RULE = lazy(r"的(?:亮|为|标注?为?)?(?:红|黄|绿)(?:灯|色)[;;。,,]?\s*$")


def _no_work(cand: _Cand, sentence: str) -> bool:
    """…,所有实事项目年底前全部完成: the works above, all due; 请各位代表和全县人民监督: the public asked to watch a
    pledge (rx26)."""
    return (len(cand.clauses) == 1 and bool(_ALL_DUE.match(cand.clauses[0].span.text.strip()))) \
        or bool(_WATCH_ASKED.match(sentence.strip())) or bool(_LIGHT_RULE.search(sentence)) or _did_to_above(cand) \
        or bool(_SEEN_SHORT.match(sentence.strip())) or _understood_only(cand, sentence)


#: what is to be understood, not done: 要充分认识办好十件实事是…的具体行动 / 深刻认识X的重要意义 (rx43)
_UNDERSTAND_IS = lazy(r"(?:充分|深刻|切实|进一步)认识(?:到)?[^,,。;;]{2,30}?(?:是|的重要性|的重要意义|的意义|的必要性|的紧迫性)")


def _understood_only(cand: _Cand, sentence: str) -> bool:
    """要充分认识办好十件实事是…的具体行动,也是…: what is to be understood, no term of its own (rx43); not …的重要意义,
    责任单位要…三个工作日内完成整改 (the sentence goes on with what is asked by a term)."""
    m = _UNDERSTAND_IS.search(sentence)
    return bool(m) and not _ASKED_AFTER.search(sentence, m.end()) \
        and not any(d.date or d.text for c in cand.clauses for d in c.deadlines)


#: what is asked after what is to be understood: …的重要性,集中力量攻坚、加快项目进度
_ASKED_AFTER = lazy(r"加快|推进|完成|确保|抓好|做好|落实|实施|开工|建成|攻坚|整改")


#: a speech's look at what falls short: 但也要看到,… / 同时也要清醒地看到,… (rx32)
_SEEN_SHORT = lazy(r"^(?:但|但是|同时)?(?:我们)?(?:也|还)?(?:要|应|应该|必须)?(?:清醒|清楚)?地?(?:看到|认识到)[,,:]")


#: the items above referred to: 对以上2件逾期事项 / 对上述问题
_ABOVE = lazy(r"^对(?:以上|上述)")


def _did_to_above(cand: _Cand) -> bool:
    """对以上2件逾期事项,县政府督查室已下发催办通知: what the office did about the items above, no work (rx32)."""
    return len(cand.clauses) == 2 and bool(_ABOVE.match(cand.clauses[0].span.text.strip())) \
        and bool(re.search(r"已(?:经)?(?:下发|印发|发出|约谈|通报|函告)", cand.clauses[1].span.text))


def _pledge_close(text: str) -> bool:
    """以上承诺,请全体村民监督。(如未兑现,本人自愿…。): the close of a pledge, each sentence the public asked to watch
    or the pledge's sanction (two sentences in one paragraph too, rx29)."""
    sents = [x for x in re.split(r"(?<=[。!])", text.strip()) if x.strip()]
    return bool(sents) and all(_IF_NOT_KEPT.match(x.strip()) or _WATCH_ASKED.match(x.strip()) or _BREACH.match(x.strip())
                               or _COMPLAIN_TO.match(x.strip()) for x in sents)


#: what follows a pledge broken: 凡未履行上述承诺的,由局纪检组对责任股室和责任人进行通报批评 (rx36)
_BREACH = lazy(r"^凡(?:未|没有|不)(?:能)?(?:履行|兑现|完成|落实)[^。]{0,16}?的[,,][^。]{0,80}?(?:通报批评|追究|问责|处理|处分)[^。]*。?$")
#: where the public may complain: 服务对象可拨打监督电话…或登录…投诉
_COMPLAIN_TO = lazy(r"^[^。]{0,20}?(?:可|请)?(?:拨打|登录|致电)[^。]{0,60}?(?:电话|信箱|网站)[^。]{0,30}?(?:投诉|反映|监督|举报)[^。]*。?$"
                    r"|^(?:如|若)(?:发现|有)[^。]{0,30}?(?:违反|违背|未履行)[^。]{0,20}?[,,]请?(?:拨打|致电)[^。]{0,30}?(?:监督电话|举报电话|热线)[^。]*。?$")  # (如发现…违反承诺的行为,请拨打监督电话…, rx37)


def _kept(cand: _Cand, sentence: str, retro: bool = False, asked: bool = False) -> bool:
    """Is a candidate a commitment: an actor with a role (not a past action),
    else — in a sentence that is no reporting housekeeping and no review — an
    item due at once or a work due, a quantified target in a directive, or a
    dated deadline tied to a completion verb in a directive."""
    if _no_work(cand, sentence):
        return False
    if _ANNOUNCES.search(sentence) or (_ATTENDS.search(sentence) and not MODAL_RX.search(sentence)) \
            or (_NORM_OPEN.match(sentence) and not STRONG_MODAL_RX.search(sentence)) or _news_event(sentence):
        return False  # 为确保…,现就有关事项通知如下: the notice's lead-in (rx10); who attended (rx13)
    if cand.actors:
        return _acting(cand) and not _sanction(cand, sentence) and not _manner_only(cand) and not _our_state(cand, sentence)
    return _kept_unnamed(cand, sentence, retro, asked)


#: a news report's event on a day and its hour: 7月1日下午,市城市管理局会同…深入现场办公,研究部署… (rx41)
_EVENT_DAY = lazy(r"^(?:为[^。;;]{2,60}?[,,])?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|晚间|傍晚)(?!前|之前|以前)")
#: what the event was: a visit, a site office, a study of the work
_EVENT_ACT = lazy(r"现场办公|研究部署|调研|视察|督导|察看|查看|检查|召开|主持")


def _news_event(sentence: str) -> bool:
    """A news report's event of a day and its hour (7月1日下午,X深入现场办公,研究部署…), nothing asked in it (rx41)."""
    return bool(_EVENT_DAY.match(sentence.strip())) and bool(_EVENT_ACT.search(sentence)) and not STRONG_MODAL_RX.search(sentence)


#: the signing unit speaking of what it will do: 我们将… / 我局将… (rx42)
_WE_WILL = lazy(r"(?:我们|我局|我委|我办|我单位|本局|本单位)(?:将|一定|保证)")


#: a speaker's line on how things stand in his place: 我镇沿河有3个村地势低洼 / 我乡山洪沟多 (rx31)
_OUR_STATE = lazy(r"^(?:今年)?我(?:镇|乡|村|街道|社区|区|县)[\u4e00-\u9fff]{0,12}?(?:有|多|少|低|高|缺|是|不够|不足|较|偏)")


def _our_state(cand: _Cand, sentence: str) -> bool:
    """A first-person line telling how things stand, with no word of what will be done and no term (rx31)."""
    return bool(_OUR_STATE.match(sentence.strip())) and not PLANNED_RX.search(sentence) \
        and not any(d.date for c in cand.clauses for d in c.deadlines)


def _kept_unnamed(cand: _Cand, sentence: str, retro: bool, asked: bool) -> bool:
    """:func:`_kept` for a candidate naming no actor: due in a directive, a target in one, a quota and how far it is."""
    if _why_met(sentence):
        return False
    if _recurring_report(cand, sentence):
        return True  # 各责任单位要在每季度末前将进展情况报区政府办: a duty that recurs (rx23)
    if _housekeeping(cand, sentence):
        return False  # 请各责任单位于11月15日前报送进展情况: reporting housekeeping
    modal = (asked and not _HAS_DONE.match(sentence.strip())) or bool(MODAL_RX.search(sentence)) \
        or bool(_MEASURE_LABEL.match(sentence) or _URGED_WORK.match(cand.clauses[0].span.text.strip()))  # (asked: an item of a lead-in
    # that 要/将 do them; 目前已有3个站点开工 in a reply is what is done, rx27)
    if (retro or _RETRO_START.match(sentence)) and not STRONG_MODAL_RX.search(sentence):
        return False  # 过去一年,全市完成投资120亿元 … : a review, not a commitment
    status = bool(_STATUS_CLAUSE.search(sentence)) and not modal  # 截至…已开工32个,完成计划的86%
    return _due(cand, sentence, modal, status) or (cand.indicator and modal and not status) \
        or (status and _told_against_whole(cand, sentence)) or (asked and _asked_deed(cand))


#: an item asking a deed of its own: 二是要组织企业申报专项债 / 三是要高标准筹备现场会 (rx51)
_ASKED_DEED = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*[一二三四五六七八九十]是(?:要|务必|必须)?(?:进一步|抓紧|加快|尽快|认真|积极|全力|高标准|切实|及时)*"
                   r"(?P<w>(?:办理|组织|申报|筹备|制定|编制|开展|完成|建设|实施|启动|修订|出台|整治|清理|排查|建立|召开|举办)[\u4e00-\u9fff“”]{3,24})[。;;]?$")


def _asked_deed(cand: _Cand) -> bool:
    """An item of a lead-in that asks (会议要求,下步抓好以下几项工作:一是…), one clause asking a deed with its object, no
    manner only: a commitment though it names nobody and no term (rx51)."""
    m = _ASKED_DEED.match(cand.clauses[0].span.text) if len(cand.clauses) == 1 else None
    return bool(m) and not method_only(m.group("w"))


def _told_against_whole(cand: _Cand, sentence: str) -> bool:
    """A status sentence telling how far a whole is: a quota and what is done (rx27), a set of matters and how many are
    solved (rx42), a count done and its rate or share (rx40, rx41; not of a set told before)."""
    return _quota_told(cand) or bool(_SET_SOLVED.search(sentence)) \
        or (bool(_RATE_TOLD.search(sentence) or _SHARE_TOLD.search(sentence)) and not _OF_A_SET.match(sentence))


#: a set of matters counted, then how many are solved: 群众关注的230件热点问题,目前已有150件得到解决 (rx42)
_SET_SOLVED = lazy(r"(?P<n>\d+)(?P<u>件|项|个)[^,,。;;]{0,12}?(?:问题|实事|事项|诉求|心愿|民生项目)[^。;;]*?[,,](?:目前|现|截至目前)?[,,]?"
                   r"已(?:有|经)?(?P<m>\d+)(?P=u)(?:已|均)?(?:得到)?(?:解决|办结|完成|落实|兑现)")


#: a plan's title: …整改落实方案 / …工作方案(试行) / …实施方案
_PLAN_TITLE = lazy(r"方案(?:[((](?:试行|修订|征求意见稿)[))])?\s*$")


#: a measure's label: 整改措施:倒排工期,9月底前… (the measure is planned, rx29)
_MEASURE_LABEL = lazy(r"^\s*(?:整改措施|工作措施|具体措施|推进措施|下步措施|措施|下一步打算|下步打算)[::]")
#: a work urged on in an item's first clause: 1.加快县城污水处理厂扩建工程建设 (rx29)
#: the words that urge a work on: 全力推进 / 加快实施 / 抓紧 (one home for :data:`_URGED_WORK` and :data:`_URGED_OWN`)
_URGE = r"(?:全力|加快|抓紧|加速|扎实|强力|全面|积极|持续)(?:推进|推动|实施|抓好)?"
_URGED_WORK = lazy(r"^(?:" + ITEM_NO + r")?\s*(?:[一二三四五六七八九十]是)?" + _URGE + r"[\u4e00-\u9fff“”]{4,30}(?:建设|改造|工程|项目)$")


#: a count of problems or matters done and its rate, in a status sentence: 完成镇级问题整改38个,整改完成率88% (rx40;
#: a count of works done below a quota is the quota's progress: 截至目前,全县已完成改厕2940户,完成率98%, rx22)
_RATE_TOLD = lazy(r"完成(?P<w>[\u4e00-\u9fff]{0,8}?(?:问题|事项|任务|点位)[\u4e00-\u9fff]{0,6}?)\d+(?:个|项|件|处|户|家)[,,][\u4e00-\u9fff]{0,6}?(?:完成|整改|办结|销号)率(?:为|达到?)?\d+(?:\.\d+)?%")


def _quota_told(cand: _Cand) -> bool:
    """今年X目标任务6200套,截至8月底,已开工5780套: the year's quota and how far it is, in a status sentence (rx27)."""
    return len(cand.clauses) > 1 and bool(_QUOTA_THEN_DONE.match(cand.clauses[0].span.text.strip()))


#: a status of a set told before: 核查属实的问题中已完成整改3758件… (its whole is the sentence before's)
_OF_A_SET = lazy(r"^\s*[^,,。]{2,20}中")


def _told_task(cand: _Cand) -> str:
    """The work of a quota told with how far it is, or of a count of problems done with its rate (rx32, rx40), or of
    an amount done with its share of the target (rx41)."""
    return _quota_task(cand) or _rate_task(cand) or _share_task(cand)


#: an amount of a work done so far and its share of the target: (截至目前,)新建和改造通乡水泥路260公里,占目标任务的65% (rx41;
#: not 已竣工390户,占任务的92.9%: the work is the quota's told before)
_SHARE_TOLD = lazy(r"(?:^|[,,]\s*)(?:全[县市区镇])?(?!已|累计|共)(?P<w>[\u4e00-\u9fff]{5,18}?)\d+(?:\.\d+)?" + _COUNT_UNIT +
                   r"[,,]\s*占(?:全年|年度)?(?:目标任务|目标|任务|计划)(?:数)?的\d+(?:\.\d+)?%")


def _share_task(cand: _Cand) -> str:
    """The work an amount done with its share of the target names (新建和改造通乡水泥路260公里,占目标任务的65%), else ``""``."""
    m = _SHARE_TOLD.search(",".join(c.span.text for c in cand.clauses)) if len(cand.clauses) > 1 else None
    return tidy_task(m.group("w")) if m else ""


def _rate_task(cand: _Cand) -> str:
    """完成镇级问题整改38个,整改完成率88%: the work counted done and rated (镇级问题整改), else ``""`` (rx40)."""
    m = _RATE_TOLD.search(",".join(c.span.text for c in cand.clauses)) if len(cand.clauses) > 1 else None
    return m.group("w") if m else ""


def _quota_task(cand: _Cand) -> str:
    """The work of a quota told with how far it is (今年国家下达我省城镇老旧小区改造任务1286个小区,截至8月底已开工…:
    城镇老旧小区改造, rx32), else ``""``."""
    if not _quota_told(cand):
        return ""
    t = re.sub(r"^(?:会议通报[,,]?)?(?:今年|全年|本年度?|(?:19|20)\d\d年)", "", cand.clauses[0].span.text.strip())
    t = re.sub(r"^(?:[\u4e00-\u9fff]{0,4}?下达(?:给)?)?(?:我[省市县区镇]|全[省市县区])?", "", t)
    m = re.match(r"(?P<w>[\u4e00-\u9fff]{4,16}?)(?:总|年度|全年)?(?:目标)?任务", t)
    return m.group("w") if m else ""


def _housekeeping(cand: _Cand, sentence: str) -> bool:
    """A report asked of generic groups (请各责任单位于…前报送进展情况; after a notice's lead-in too, rx24), with no
    target and no plan to draw up."""
    return bool(_GENERIC_SUBJ.match(sentence) or _ASKED_REPORT.match(sentence) or _GROUPS_ASKED_IN.search(sentence)) \
        and bool(_REPORTING.search(",".join(c.span.text for c in cand.clauses))) and not any(c.targets for c in cand.clauses) \
        and not _PLAN.search(sentence)  # (the report its own clauses ask: …前完成X情况上报,9月底前全部发放到位, session 55)


def _why_met(sentence: str) -> bool:
    """X主持召开专题会议,部署…,确保一季度工作实现良好开局: why the meeting met, nothing asked (rx24)."""
    return "召开" in sentence and bool(_CONVENED.search(sentence)) and not _ASKED_AT.search(sentence) \
        and not _MEETS_OFTEN.search(sentence)


#: a meeting held at set times, a standing duty: 每月召开一次调度会 / 定期召开 (rx38)
_MEETS_OFTEN = lazy(r"(?:每[月周季年]|每半[月年]|定期)[^。;,,]{0,6}?召开")


def _recurring_report(cand: _Cand, sentence: str) -> bool:
    """A report asked by a term that recurs (每月25日前, 每季度末前), with a modal: a standing duty."""
    return _recurs(cand.clauses) and bool(_REPORTING.search(sentence)) and bool(MODAL_RX.search(sentence))


def _due(cand: _Cand, sentence: str, modal: bool, status: bool) -> bool:
    """Due at once, a clause due (a target or a dated completion), or a named work asked to be finished."""
    return _soon_due(cand) or any(_clause_due(c, sentence, modal, status) for c in cand.clauses) or _aim_then_done(cand) \
        or bool(cand.stage_of and _DATED_STAGE.match(cand.clauses[0].span.text.strip())) \
        or (modal and (_work_asked_done(cand) or _one_off_act(cand) or _draws_up(cand))) or ((modal or bool(_ASKS.search(sentence))) and _soon_act(cand)) \
        or (bool(_PLANNED_MAKE.search(sentence)) and not _PLAN_DROPPED.search(sentence)) or bool(_MAIN_TASK.search(sentence)) \
        or (modal and (_plan_due(cand, sentence) or _dated_act(cand))) or _dated_shape(cand, sentence)


def _dated_shape(cand: _Cand, sentence: str) -> bool:
    """A work due by its term, told without a modal: sized then dated, a term then its amount or what is asked by it,
    a campaign over a period."""
    return _sized_then_dated(cand) or _term_then_amount(cand) or _term_then_asked(cand) or _period_campaign(cand, sentence) \
        or _status_then_due(cand) or _pushed_then_dated(cand) or _term_then_finished(cand)


#: who decided or asked, alone in its clause: 市委、市政府决定, / 县委书记强调, (rx44)
_DECIDED = lazy(r"^[\u4e00-\u9fff、]{2,16}?(?:决定|要求|提出|强调|指出|明确)$")
#: a term alone opening the sentence, by which what follows is to be finished: 明年12月底前, / 至2020年年底, /
#: 从现在起到明年6月底前, (rx44)
_BY_TERM = lazy(r"^(?:从现在起|即日起)?(?:到|至|在|于)?(?:今年|明年|(?:19|20)\d\d年)?(?:" + TERM_BEFORE +
                r"|(?:年底|年末|\d{1,2}月(?:底|末))(?:之?前)?)$")
#: the work finished by it, named after the verb: 全面完成全市城镇污水处理工程 / 全县将完成75公里县道提级改造 (rx44)
_FINISHED_BY = lazy(r"^(?:全[省市县区镇乡]|我[省市县区镇乡])?(?:将|要)?(?:全面|全部|基本|如期)?(?:完成|建成|实现)(?!了)"
                    r"[^,,;;。了]{4,40}$")


#: a clause that only names a kind of thing (对年底前有望完成的项目,), or a term that recurs or spans the year
_NOT_A_TERM = lazy(r"^全年$|^年度$|每[年月周季日天]")


#: a deadline's text that is a term, not a year or a day named: 7月15日前 / 年底 / 三季度末 / 10月中旬 / 两个月内
_TERM_SHAPED = lazy(r"前|底|末|内|旬")
#: a word that puts the sentence ahead: asked, planned or aimed (将达到, 计划于…, 力争…)
#: a paragraph looking back over this year only (今年以来,…): a term still ahead in it is still a term (session 55)
_SO_FAR_THIS_YEAR = lazy(r"^\s*(?:今年以来|年初以来|今年年初以来)")
_AHEAD_WORD = lazy(MODAL_RX.pattern + r"|将(?![会有])|计划|预计|拟|力争|争取")


def _ahead_due(cand: _Cand, sentence: str, doc: DocDate) -> bool:
    """A work or a target due by a term later than the document's date, in a sentence that tells nothing done:
    到今年年底,全县自来水普及率将达到95% / 施工单位应在7月15日前将围挡整改完毕 / 2025年底前全面完成X.  The general
    form of the dated shapes above, for the phrasings they do not know (session 54)."""
    if not doc.iso or _no_work(cand, sentence) or _PAST.search(sentence) or _TOLD_DONE.search(sentence) \
            or _RETRO.search(sentence) or _housekeeping(cand, sentence) or _ANNOUNCES.search(sentence):
        return False
    for k, c in enumerate(cand.clauses):
        if not _KIND_OF.match(c.span.text.strip()) and any(_term_ahead(d, c.span.text, sentence, doc) for d in c.deadlines):
            return _work_by_term(cand, k)
    return False


def _work_by_term(cand: _Cand, k: int) -> bool:
    """What is due by the term of clause ``k``: a work named (not a bare step), finished or counted after the term, or
    any act after a bound (…前再摸排一次), not a generic object (各项任务)."""
    c, rest = cand.clauses[k], cand.clauses[k:]
    named = tidy_task(task_text(",".join(x.span.text.strip() for x in cand.clauses)))
    bound = any(_bound_before(d, c.span.text) for d in c.deadlines)
    return len(named) >= 4 and not _BARE_STEP.match(named) \
        and (bound or any(_COMPLETE.search(r.span.text) or r.targets for r in rest)) \
        and not any(_GENERIC_OBJ.search(r.span.text) for r in rest)


def _bound_before(d: Deadline, clause: str) -> bool:
    """A term told as a bound, the act after it in its clause: 11月10日前再排查一遍 / 下周三下班前完成整改."""
    m = re.search(re.escape(d.text) + r"(?:[\u4e00-\u9fff]{0,3}?(?:之|以)?前)", clause) if "前" not in d.text else \
        re.search(re.escape(d.text), clause)
    return bool(m) and len(re.sub(r"[^\u4e00-\u9fff]", "", clause[m.end():])) >= 4


def _term_ahead(d: Deadline, clause: str, sentence: str, doc: DocDate) -> bool:
    """A deadline that is a term (7月15日前, 年底, 到明年6月) later than the document's date, before which the sentence
    asks or plans (or the term is a bound: 前, 内)."""
    if not d.date or d.date <= doc.iso or _NOT_A_TERM.search(d.text):
        return False
    reached = bool(re.search("(?:^|[,,])(?:力争)?[到至]" + re.escape(d.text), clause))  # 到2025年, … / 至明年6月,…
    return reached or _bound_before(d, clause) or (bool(_TERM_SHAPED.search(d.text)) and bool(re.search("[前内]", d.text) or _AHEAD_WORD.search(sentence)))


def _term_then_finished(cand: _Cand) -> bool:
    """明年12月底前,全面完成X工程 / 至2007年年底,全县将完成75公里的县道提级改造: a term alone, then the work to be
    finished by it, named (rx44; the modal-less form of :func:`_term_then_asked`)."""
    cls = cand.clauses
    return any(_BY_TERM.match(c.span.text.strip()) and any(d.date for d in c.deadlines) and _FINISHED_BY.match(n.span.text.strip())
               and not _RETRO.search(n.span.text) and not _TOLD_DONE.search(n.span.text) for c, n in zip(cls, cls[1:]))


#: a work pushed on: 要加快X项目建设 / 要抓紧X等项目的扫尾工作 (rx43)
_PUSHED_ON = lazy(r"^(?:要|必须|务必)?(?:加快|加紧|抓紧|全力推进|加快推进)(?:推进)?[^,,;;。]{2,40}?(?:建设|改造|工程|项目|扫尾工作|收尾工作)(?:进度|步伐)?$")
#: the term it is to be finished by, in the clause after: 要在12月底前全面完成 / 确保12月底全面完成 (rx43)
_DATED_FINISH = lazy(r"^(?:必须|务必|要|确保|力争|争取)(?:并|均|全部)?(?:于|在)?(?:今年|年内)?(?:" + TERM_BEFORE + r"|\d{1,2}月(?:底|末|\d{1,2}日))"
                     + STEP_DONE + r"$")


def _pushed_then_dated(cand: _Cand) -> bool:
    """要加快X项目建设,要在12月底前全面完成: a work pushed on, then the term it is to be finished by (rx43)."""
    cls = cand.clauses
    return any(_PUSHED_ON.match(a.span.text.strip()) and _DATED_FINISH.match(b.span.text.strip()) and any(d.date for d in b.deadlines)
               for a, b in zip(cls, cls[1:]))


#: a work will be finished by its term, after how it stands: …主体工程基本完成,将在秋季开学前全部投入使用 (rx41)
_WILL_BY = lazy(r"^(?:并|预计)?将(?:于|在)?[^,,;;。]{2,12}?(?:前|之前|以前|底|内)(?:全部|全面|正式)?" + STEP_DONE + r"$")


def _status_then_due(cand: _Cand) -> bool:
    """A work and how it stands (10所初中校舍改造项目主体工程基本完成), then what it will be by a dated term (将在秋季开学前
    全部投入使用): due by that term (rx41)."""
    cls = cand.clauses
    return len(cls) >= 2 and bool(_WORK_KIND_NAMED.search(cls[0].span.text)) and bool(_STANDS.search(cls[0].span.text)) \
        and any(_WILL_BY.match(c.span.text.strip()) and any(d.date for d in c.deadlines) for c in cls[1:])


#: how a work stands: 主体工程基本完成 / 已封顶 / 正在施工
_STANDS = lazy(r"(?:基本|已经?|正在|全面)[\u4e00-\u9fff]{0,4}?(?:完成|完工|建成|封顶|施工|开工)|主体[\u4e00-\u9fff]{0,4}?(?:完工|封顶|完成)")
#: a clause naming a work by its kind: …改造项目 / …工程 / …小区
_WORK_KIND_NAMED = lazy(r"项目|工程|小区|校舍|大楼|道路|公路|管网")


#: a campaign of a period: 开展重点水污染源“百日攻坚”专项执法行动 / 集中开展安全隐患排查整治
_PERIOD_CAMPAIGN = lazy(r"^(?:集中|全面|深入|组织)?开展[^,,;;。]{2,30}?(?:行动|活动|整治|检查|排查|督查|攻坚|执法)")


def _period_campaign(cand: _Cand, sentence: str) -> bool:
    """2019年6月至8月,开展X专项执法行动: a campaign over a period, due by its end (rx40); not one told done."""
    return not (_PAST.search(sentence) or _DID.search(sentence)) \
        and any(d.date and _PERIOD_TO.search(d.text) for c in cand.clauses for d in c.deadlines) \
        and any(_PERIOD_CAMPAIGN.match(c.span.text.strip()) for c in cand.clauses)


#: a term that is a span (2019年6月至8月), the join of its ends as the term reader has it
_PERIOD_TO = lazy(RANGE_WORD)


#: an act done once by a term: 于7月10日前在网站公示 / 6月底前印发实施细则 / 9月底前召开推进会 (rx38)
_ONCE_ACT = lazy(r"公示|公开|公布|印发|出台|召开|签订|报送|提交|上报|备案")


def _dated_act(cand: _Cand) -> bool:
    """A clause dating an act done once (…方案于7月10日前在厅门户网站公示), asked: due by that term (rx38)."""
    return any(d.date and "前" in d.text for c in cand.clauses for d in c.deadlines) \
        and any(_ONCE_ACT.search(c.span.text) for c in cand.clauses)




#: the end of a period alone before what is asked by it: 年底,各部门要…兑现承诺 / 6月底,… (rx43)
_PERIOD_END_ONLY = lazy(r"^(?:今年|(?:19|20)\d\d年)?(?:年底|年末|\d{1,2}月(?:底|末))$")
#: asked in so many words, not told done (…兑现了承诺: a pledge kept)
_ASKED_OF = lazy(r"^(?![^,,;;。]*了)[^,,;;。]{0,12}?(?:要|必须|务必|确保|力争)")


def _term_then_asked(cand: _Cand) -> bool:
    """国庆节前,已开工小区要完成外立面整治: a term alone, then a work asked to be done by it (rx30)."""
    cs = cand.clauses
    return any((TERM_ONLY.match(c.span.text.strip()) or (_PERIOD_END_ONLY.match(c.span.text.strip()) and _ASKED_OF.search(n.span.text)))
               and any(d.date for d in c.deadlines)
               and MODAL_RX.search(n.span.text) and _COMPLETE.search(n.span.text) and not _RETRO.search(n.span.text)
               for c, n in zip(cs, cs[1:]))


def _plan_due(cand: _Cand, sentence: str) -> bool:
    """…要于5月31日前书面说明原因 / 要于4月10日前将细化实施方案报…: a plan or an explanation asked by a term (rx29)."""
    return bool(_PLAN.search(sentence)) and any(d.date and "前" in d.text for c in cand.clauses for d in c.deadlines)


#: a bare step by its term, after the work it finishes: …,10月底前完工 / …,年底前全部竣工入住 (rx28)
_BARE_DATED_STEP = lazy(r"^(?:必须|务必|要|确保)?(?:并|均|全部)?(?:于|在)?(?:今年|年内)?" + TERM_BEFORE + STEP_DONE + r"(?:并?(?:入住|投用|通车))?$")  # (必须在8月31日前全部完成并入住, rx37)


def _sized_then_dated(cand: _Cand) -> bool:
    """改造城区老旧小区12个,惠及居民2600户,10月底前完工: a work with its size, then its bare step by a term,
    with no modal: planned (rx28); not a work told done (已改造…)."""
    first = cand.clauses[0]
    return len(cand.clauses) > 1 and _sized(first) and not _RETRO.search(first.span.text) and not _TOLD_DONE.search(first.span.text) \
        and any(_BARE_DATED_STEP.match(c.span.text.strip()) and any(d.date for d in c.deadlines) for c in cand.clauses[1:])


_TOLD_DONE = lazy(r"(?:^|[^不])已[\u4e00-\u9fff]")


def _term_then_amount(cand: _Cand) -> bool:
    """年底前,全县新建5G基站300个: a term alone, then a count of works to make by it (rx28)."""
    cls = cand.clauses
    return len(cls) >= 2 and bool(_DUE_ONLY.match(cls[0].span.text.strip())) and any(d.date for d in cls[0].deadlines) \
        and plan_amount(re.sub(r"^(?:全[县市区镇乡]|我[县市区镇乡])", "", cls[1].span.text.strip())) \
        and not _RETRO.search(cls[1].span.text) and not _TOLD_DONE.search(cls[1].span.text)


#: a work and its count, no verb of aim: C级、D级危房改造47户 / 村组道路硬化18.5公里
_COUNTED_WORK = lazy(r"^[^,,。;;]{2,20}?(?:改造|新建|建设|硬化|整治|安装|修建|搬迁|拆除|治理|修缮|加固)\d+(?:\.\d+)?万?"
                     r"(?:户|个|座|所|处|公里|套|间|栋|亩|条|台)$")


def _work_count(cand: _Cand) -> list[Target]:
    """危房改造47户,必须在8月31日前全部完成并入住: the count of the work a bare dated step finishes (rx37)."""
    first = cand.clauses[0]
    if len(cand.clauses) < 2 or first.targets or not _COUNTED_WORK.match(first.span.text.strip()) \
            or not any(_BARE_DATED_STEP.match(c.span.text.strip()) for c in cand.clauses[1:]):
        return []
    return cell_targets(first.span.text.strip())


def _counted_work(cand: _Cand) -> str:
    """The work a bare dated step finishes, named with its count (危房改造47户,…全部完成并入住: 危房改造), else ""
    (the count read as the clause's own target too: 农村危房改造36户, session 55)."""
    first = cand.clauses[0]
    found = _work_count(cand) or (list(first.targets[:1]) if len(first.targets) == 1 and len(cand.clauses) > 1
                                  and _COUNTED_WORK.match(first.span.text.strip())
                                  and any(_BARE_DATED_STEP.match(c.span.text.strip()) for c in cand.clauses[1:]) else [])
    return found[0].metric if found and len(found[0].metric) >= 4 else ""


def _sized(c: _Clause) -> bool:
    """A clause with a count of works of its own (改造老旧小区12个), not money and not a share."""
    return any(t.op in ("=", ">=") and t.unit and t.unit != "%" and not t.unit.endswith("元") for t in c.targets)


#: a term aimed at or asked, alone in its clause: 确保到2013年底, / 力争在今年6月底前, / 要在12月5日以前, (rx41)
_AIM_TERM = lazy(r"^(?:确保|力争|争取|努力|(?:会议)?要求?|必须|务必)(?:到|在|于)?[^,,;。]{2,14}?(?:底|末|前|内)?$")


def _aim_then_done(cand: _Cand) -> bool:
    """确保到2013年底,主要干道均达到…标准: a dated term aimed at, what is to be reached in the clause after (rx24)."""
    cls = cand.clauses
    return any(_aimed_term(c, cls[k + 1]) and any(d.date for d in c.deadlines) and not c.actors.actors
               and _COMPLETE.search(cls[k + 1].span.text) and not _RETRO.search(cls[k + 1].span.text)
               and not _GENERIC_OBJ.search(cls[k + 1].span.text)  # (…,全年任务如期完成: the year's tasks, no work; rx28)
               for k, c in enumerate(cls[:-1]))


def _aimed_term(c: _Clause, nxt: _Clause) -> bool:
    """A term aimed at (确保到2013年底,) or a term alone before a directive (6月底前,各乡镇要完成X; rx28)."""
    return bool(_AIM_TERM.match(c.span.text.strip()) or (_DUE_ONLY.match(c.span.text.strip()) and MODAL_RX.search(nxt.span.text)))


#: a plan told as dropped or as something of the past: 原本准备…,后因资金不足搁置 / 的设想已经实现
_PLAN_DROPPED = lazy(r"(?:原本|原来|原|曾|曾经)(?:准备|计划|拟)|搁置|取消|放弃|作罢|已经?实现|变成了现实")


#: the task said to come first, then a concrete act: 目前最主要的任务是将X上报至Y / 当务之急是完成Z (rx21)
_MAIN_TASK = lazy(r"(?:最主要|首要|主要|当前|眼下)的?(?:任务|工作)(?:是|就是)(?:要)?(?P<to>将|把)?(?P<o>[^。;;,,]{2,60}?)"
                  r"(?<![已均])(?P<v>上报|报送|完成|制定|出台|建成|开工|整改到位|公示)")


def _main_task(cand: _Cand) -> str:
    """The task said to come first: 任务是将X上报至Y → 上报X (what is done, then to what), 任务是完成Z → 完成Z."""
    text = "".join(c.span.text for c in cand.clauses)
    masked = re.sub(r"“[^”]*”", lambda q: "“" + "〇" * (len(q.group()) - 2) + "”", text)  # (no verb inside a quoted title)
    m = _MAIN_TASK.search(masked)
    if not m:
        return ""
    obj = re.sub(r"^(?:经过|经)[^“”的]{2,16}的", "", text[m.start("o"):m.end("o")])  # (经过集体讨论认定的“X”: an attribute)
    obj = re.sub(r"[“”]|[((][^()()]{1,10}[))]", "", obj)  # (the titles' quotes and asides)
    return tidy_task(m.group("v") + obj) if m.group("to") else tidy_task(obj + m.group("v"))


#: the year's set of works decided, and the set: 票决产生2019年8项民生实事项目 (rx22)
_SET_DECIDED = lazy(SET_DECIDED + r"(?P<set>[^,,。;;]{4,30})")


def _decided_set(cand: _Cand) -> str:
    """The set a sentence tells decided for the year: 最终敲定了2019年8项民生实事项目 → 2019年8项民生实事项目."""
    text = "".join(c.span.text for c in cand.clauses)
    m = _SET_DECIDED.search(text) if "实事" in text or "工程" in text or "方面" in text else None
    return m.group("set") if m else ""


def _aspects_set(cand: _Cand) -> str:
    """The year's set of works in so many aspects, decided: 确定了8个方面120项重点工作 → 120项重点工作, though
    a clause before it tells the report passed (rx23)."""
    text = "".join(c.span.text for c in cand.clauses)
    m = _SET_DECIDED.search(text) if "方面" in text else None
    got = re.search(r"个方面(?P<s>(?:\d+|[一二三四五六七八九十]+)(?:项|件|个)(?:重点工作|重点任务|目标任务))", m.group(0)) if m else None
    return got.group("s") if got else ""


#: a plan to make something of a place or a work: 准备将其打造为高山茶园 / 计划把老厂房改造成文创园 (rx21)
_PLANNED_MAKE = lazy(r"(?:准备|计划|拟)(?:将|把)[^,,。;]{1,12}?(?P<v>打造|建设|改造|改建|建)(?:成|为)(?P<o>[\u4e00-\u9fff“”]{2,})")


#: the cheap tests before tidying a record's task for these two readings (every record passes here)
_GOAL_WORD = lazy(r"清零|整改|销号|签约|清表|腾空|征迁|拆迁|征收|搬迁|交地")
_STAGE_WORD = lazy(r"主体|基础|桩基|封顶")
#: a bare goal: 完成清零 / 全面完成整改 / 按期销号
_BARE_GOAL = lazy(r"^(?:全部|全面|按时|如期|按期|限期)?(?:完成)?(?:全部)?(?P<g>清零|整改|销号|签约|清表|腾空|征迁|拆迁|征收|搬迁|交地)$")
#: the meeting a news item tells of, and the work it took up: 召开X项目推进会,研究(项目)Y工作
_MEETING = lazy(r"召开(?:了)?(?P<m>[\u4e00-\u9fff“”]{2,24}?)(?:项目)?(?:协调会|推进会|调度会|专题会议?|现场会|工作会议?)")
_MEETING_ON = lazy(r"(?:专题)?研究(?:部署)?(?P<x>[\u4e00-\u9fff]{2,16}?)(?:工作|问题|事项)")
#: the work an inspection's news opens with: 调研城南棚改项目征迁工作 (the work, then the part of it looked at; rx25)
_INSPECTED = lazy(r"(?:调研|督导|督查|检查|察看|视察)(?P<w>[\u4e00-\u9fff“”]{4,30}?)(?:工作|进展|推进|情况)")


#: a work that a bare goal is a step of: 棚户区改造 (征迁), X项目 (签约)
_WORK_OF_GOAL = lazy(r"(?:改造|项目|工程|新区|片区)$")


def meeting_work(opening: str) -> str:
    """The work a meeting's news opens with: ``召开城东旧改项目推进会,专题研究项目签约清零工作`` →
    ``城东旧改项目签约清零``; ``""`` where the opening names none.

    >>> meeting_work("5月6日,副区长主持召开城东片区旧改项目推进会,专题研究项目签约清零工作。")
    '城东片区旧改项目签约清零'
    >>> meeting_work("副县长调研城南棚户区改造项目征迁工作")
    '城南棚户区改造项目征迁'
    """
    m = _MEETING.search(opening)
    t = _MEETING_ON.search(opening, m.end()) if m else None
    if not (m and t):
        seen = _INSPECTED.search(opening)
        return seen.group("w") if seen else ""
    took = t.group("x")
    return m.group("m") + ("项目" + took[2:] if took.startswith("项目") else took)


def _planned_make(cand: _Cand) -> str:
    """The work a plan to make something names: 准备将其打造为高山茶园 → 打造高山茶园."""
    for c in cand.clauses:
        m = _PLANNED_MAKE.search(c.span.text)
        if m:
            return m.group("v") + m.group("o")
    return ""


#: a work asked to be finished, with or without a date: 确保该工程早日建成通车 / 务必按期完工 (rx18)
_DONE_ASKED = lazy(r"(?:确保|务必|力争|争取|必须|要)(?:该|此)?(?:项目|工程)?[\u4e00-\u9fff]{0,6}?"
                         r"(?:建成|完工|竣工|通车|投用|投入使用|投产|交付使用|完成(?=工程|项目))")  # (要按时保质完成工程; rx19)
#: a work named by its own name: 东山至西岭公路改建工程 (not 重点项目, 交通项目, 全县在建项目)
#: (在城东管网改造工程方面,…: the work a minute's item is about; rx19)
_OWN_WORK = lazy(r"(?P<w>[\u4e00-\u9fff“”()()A-Za-z0-9]{4,30}?(?:工程|项目))(?=建设|的建设|要|方面|[,,。;;]|$)")
#: what opens a clause before the work it pushes on: 全力推进 / 加快实施
_PUSH_LEAD = lazy(r"^(?:全力|加快|抓紧|扎实|全面|有序)?(?:推进|推动|实施|启动|抓好|做好|开展)")
#: what makes a name a class of works or a deed, not a work's own name: 全县项目, 各类项目, 民生工程, 一批项目 (the class
#: opening the name) / 完成… / 新建… (a deed or a kind: anywhere in an urged name, opening a planned one, rx51)
_CLASS_OPEN = r"全|各|本|我|所有|相关|有关|一批|这些|该|此|民生|重要"
_DEED_OR_KIND = r"完成|推进|实施|开展|启动|加快|确保|续建|新建|在建|重点|重大"
_NOT_OWN = lazy(r"^(?:" + _CLASS_OPEN + r")|等|抓|做好|" + _DEED_OR_KIND)


#: a unit's statement of what it will do, its items in the paragraphs below:
#: 东湖区水务局将全面落实大会部署。 / 我县水利系统将重点抓好以下工作。 (rx18)
_STATES = lazy(r"(?P<u>[^,,。;;:]{3,24}?)将(?:认真|全面|切实|坚决|全力|重点)?(?:贯彻落实|抓好|做好|落实)[^,,。;;]{0,16}[。::]\s*$")


#: what the pledger accepts where a pledge is not kept: 如未完成上述承诺,自愿接受组织问责 (rx26)
_IF_NOT_KEPT = lazy(r"^\s*(?:(?:以上|上述)(?:承诺|事项)?[,,]?)?(?:如|若|如果|倘若)(?:无正当理由|因主观原因)?(?:未能?|不能|没有)(?:按期|如期|按时)?(?:完成|兑现|履行|实现)[^。]{0,20}?[,,]"
                   r"(?:(?:本人|我|我们|本单位)?(?:自愿|甘愿|愿意|主动)[^。]{0,20}?[,,])?(?:本人|我|我们|本单位)?(?:自愿|甘愿|愿意|主动|愿)?(?:接受|承担|[^。]{0,24}?(?:说明|检讨|辞职|让贤))")  # (如无正当理由未能兑现,本人自愿…说明,接受…: rx29)


#: the first person heading the items below: 下半年,我局将重点做好以下工作:
_I_STATE = lazy(r"(?:我局|我委|我办|我中心|我们|我镇|我乡|我街道)(?:将|要)(?:[^。::]{0,30}?[,,])?(?:重点|着力|全力)?(?:抓好|做好|落实|推进)[^,,。;;]{0,12}?(?:工作|任务|事项)?[。::]\s*$")  # (我局将坚决落实…,重点抓好三项工作: rx27)


def stating_unit(text: str) -> Optional[Actor]:
    """The one unit whose statement ends the paragraph (``东湖区水务局将全面落实大会部署。``), or None."""
    m = _STATES.search(text)
    if not m:
        return None
    u = m.group("u").strip()
    units = parse_list(u)
    if units and len(units) == 1 and units[0][1] == "organization":
        return Actor(units[0][0], "organization", "responsible")
    if re.fullmatch(r"[县区市州镇乡][\u4e00-\u9fff]{2,10}系统", u):  # 县交通运输系统: the county's bureaus of a sector
        return Actor(u, "organization", "responsible")
    return None


#: an answer on air (the line's speaker, :data:`kg.extract.readers.counts.SPEAKER_HEAD`), then the first person: 我们计划… / 今年我们将…
#: (the problem answered first, its frame cut: 针对群众反映的X问题,我们承诺… / 对于X问题,我们将…; rx27)
_FIRST_ON_AIR = lazy(r"\s*(?P<f>(?:针对|对于|关于)[^。;;::]{2,40}?问题[,,])?(?:今年|下一步|接下来|近期)?[,,]?"
                     r"(?:我们|我局|我委|我镇|我乡|(?<=今年)(?:重点|要|将|计划)?(?:实施|抓好|推进|建设|完成|新建|办好))")  # (X镇镇长Y:今年重点实施…, rx27)
#: all the works above due by one term, in a clause of its own: 所有实事项目年底前全部完成 / 以上项目均于9月底前完工
_ALL_DUE = lazy(r"^(?:所有|以上|上述)[\u4e00-\u9fff]{0,8}?(?:项目|事项|工作|任务|实事)[^,,;;。]{0,12}?(?:全部|均|都)?(?:完成|完工|建成)$")
#: the public asked to watch: 请各位代表和全县人民监督。/ 欢迎社会各界监督 / 接受群众监督
_WATCH_ASKED = lazy(r"^(?:(?:以上|上述)(?:承诺|事项|实事)[,,]?)?(?:请|欢迎|恳请|诚请|自觉)?(?:接受)?[\u4e00-\u9fff、和]{0,16}(?:监督|评议)[。!]?$")  # (以上承诺,请…监督: rx27)
#: a body spoken for: 我代表县人民政府 / 代表区委、区政府
_ON_BEHALF_OF = lazy(ON_BEHALF + r"(?=向|郑重|庄严|公开|承诺|,)")
#: a unit's line on what it has done: 县住建局已完成12条 / 县城管局已新增停车泊位350个
_UNIT_DID = lazy(r"^[^,,;;。]{2,20}?(?:局|委|办|中心|公司|街道|镇|乡)(?:已经|已)")
#: a campaign's period opening what it is to achieve: 从即日起开展为期100天的攻坚行动,确保… (rx26)
_CAMPAIGN = lazy(r"^(?:(?:从|自)?即日起,?)?(?:集中)?开展为期[\d一二三四五六七八九十百两]+(?:天|个月|周)的")
#: the unit a letter is written to, asked in the second person: 请你单位 / 你局要 / 请贵单位
_YOU = lazy(r"(?:请)?(?:你|贵)(?:单位|局|委|办|中心|公司|镇|乡|街道)")


def _addressee(text: str) -> Optional[str]:
    """The one unit a letter is addressed to, on a line of its own near the top (县自然资源局:), else None."""
    return next((u for u in map(unit_line, text.split("\n")[:6]) if u), None)


#: a heading that ends a unit's lines: 二、… / (三)… / a short line with no stop
#: the unit a suggestion or a letter is given to, on its label line: 办理单位:县生态环境局 (rx27)
_HANDLED_BY = lazy(r"^\s*(?:办理单位|承办单位|主办单位)[::]\s*(?P<u>[\u4e00-\u9fff]{3,20})\s*$")
#: the label of a reply under its unit's label line: 答复: / 办理情况: (rx27)
_ANSWER = lazy(r"^\s*(?:答复|答|回复|办理情况|办理结果|办理答复)[::]")
#: the orders a report's item gives after telling how its work stands: 。会议明确由A负责,… / 。A要… (rx29)
_ORDERED_AFTER = lazy(r"(?<=。)(?=会议(?:明确|要求|决定|议定)|[^。]{2,20}?(?:要|须|务必|必须)[^。]{2,}?(?:前|内)[^。]*?(?:完成|开工|到位|办结))")
#: a line naming the leader of the items below: (一)分管领导:邓某(党工委副书记、办事处主任) (rx29)
_LEADER_HEAD = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*(?P<l>[\u4e00-\u9fff]{2,7})[::]\s*(?P<n>[\u4e00-\u9fff]{2,3})"
                    r"(?:\s*[((][^()()]{2,30}[))])?\s*$")  # (the label a leader's column has: fields.header_key)
#: the label opening the line below a leader's line (a field of the same block when ``fields.header_key`` knows it)
_LEADER_HEAD_FIELD = lazy(r"^\s*([\u4e00-\u9fff]{2,7})[::]")
#: the bullets a page's sections may open with: ■县交通运输局  承诺人:… (rx35)
_BULLETS = "■□●◆★▲◇○◎"
#: a section heading by a Chinese number: 三、其他事项 (ends a leader's items)
_CN_SECTION = lazy(r"^\s*[一二三四五六七八九十]+、")
#: a line only naming who speaks below: 县交通运输局局长 韩某: (rx29)
_SPEAKER_ONLY = lazy(r"^\s*[^,,。;;::“”]{4,30}[::]\s*$")
#: an item's line naming a leader and his posts only: (一)王某 市委副书记、政法委书记 (rx49)
_PERSON_LINE = lazy(r"^\s*(?:" + ITEM_NO + r")\s*(?P<n>[\u4e00-\u9fff]{2,3})[\s\u3000]+(?P<post>[\u4e00-\u9fff、]{2,30})\s*$")
_HEADING_LINE = lazy(r"^\s*(?:" + SECTION_NO + r"|[^。,,;;]{1,30}$)")


#: a section's heading naming one unit, and the head signing for it: 一、经济发展局(承诺人:局长 黄某) / 二、县水利局 (rx33),
#: or the count of its items: 三、县财政局(4项) (rx49)
_UNIT_SECTION = lazy(r"^\s*(?:[一二三四五六七八九十]+、|[■□●◆★▲◇○◎])\s*(?P<u>[\u4e00-\u9fff]{3,20}?)\s*"
                     r"(?:[((](?:承诺人|责任人|负责人|签字人|承诺领导)[::]\s*(?P<who>[^()()::]{2,14})[))]"
                     r"|\s+(?:承诺人|责任人|负责人)[::]\s*(?P<who2>[\u4e00-\u9fff]{2,4}(?:[((][\u4e00-\u9fff、]{2,12}[))])?)"
                     r"|[((]共?[0-9一二三四五六七八九十]{1,3}项(?:任务|工作|事项)?[))])?\s*[::]?\s*$")  # (■县交通运输局  承诺人:马某(局长), rx35)
def section_unit(line: str) -> list[Actor]:
    """The unit a section's heading names, with the head signing for it, else [].

    >>> [(a.name, a.post) for a in section_unit("一、经济发展局(承诺人:局长 黄某某)")], section_unit("二、民生实事")
    ([('经济发展局', None), ('黄某某', '局长')], [])
    """
    m = _UNIT_SECTION.match(line)
    unit = parse_item(m.group("u")) if m else None
    who = (m.group("who") or m.group("who2")) if m else None
    if not (unit and unit[1] == "organization" and unit[0] == m.group("u")) \
            or not (who or re.search(r"(?:局|委|办|办公室|管委会|政府|街道)$", unit[0])):
        return []  # (四、X冷链物流中心: a project's section, not a unit's; rx33)
    people = [Actor(n, k, "responsible", post) for n, k, _, post in cell_actors(who, "responsible_person")
              if k == "person"] if who else []
    return [Actor(unit[0], "organization", "responsible")] + people


def _section_owned(r: CommitmentRecord, heads: list[Actor]) -> CommitmentRecord:
    """A record under a unit's section (:func:`section_unit`) naming no other unit that leads or does it is that
    unit's and its head's (我局牵头,X配合…: 我局 read as the unit, in the role it takes; rx33)."""
    names = {a.name for a in r.actors}
    if any(a.kind == "organization" and a.role in ("lead", "responsible") and a.name != heads[0].name for a in r.actors):
        return r
    return replace(r, actors=tuple(a for a in heads if a.name not in names) + tuple(r.actors))


#: the units alone in a bracket closing an item's line: …建成通水。(县住建局) / …(县住建局、县房产局) (rx33)
_UNITS_CLOSING = lazy(r"[((](?P<u>[^()()::,,;;。]{3,40})[))][。;;]?\s*$")


def _units_closing(r: CommitmentRecord, t: str) -> CommitmentRecord:
    """A record naming no unit that does it, whose item's line closes with a bracket of units only: those units
    do it (a report's line on a work with its units after it, rx33)."""
    if not r.evidence or any(a.kind == "organization" and a.role in ("lead", "responsible") for a in r.actors):
        return r
    end = r.evidence[-1].end
    line = t[t.rfind("\n", 0, end) + 1:(t.find("\n", end) + 1 or len(t) + 1) - 1]
    m = _UNITS_CLOSING.search(line) if ITEM_RX.match(line.strip()) else None  # (not a news paragraph's source: …。(X局))
    items = parse_list(m.group("u")) if m else None
    if not items or any(k != "organization" for _, k, _ in items):
        return r
    names = {a.name for a in r.actors}
    return replace(r, actors=tuple(r.actors) + tuple(Actor(n, k, "responsible", p) for n, k, p in items if n not in names))


def unit_line(line: str) -> Optional[str]:
    """The one unit a line names before its colon and nothing else (``县市场监管局:``), else None.

    >>> unit_line("县市场监管局:"), unit_line("各乡镇人民政府,县直各部门:"), unit_line("县市场监管局:已整改5个")
    ('县市场监管局', None, None)
    """
    m = re.fullmatch(r"\s*(?P<u>[\u4e00-\u9fff]{3,20}?(?:局|委|办|中心|公司|政府|镇|乡|街道|管委会))[::]\s*", line)
    unit = parse_item(m.group("u")) if m else None
    return unit[0] if unit and unit[1] == "organization" else None


#: a plan drawn up by its term, in a clause of a topic's work: 拿出今年改造计划 / 制定实施方案
_MADE_PLAN = lazy(r"^(?:拿出|制定|编制|出台|提出)?[\u4e00-\u9fff]{0,6}?(?P<p>计划|实施方案|方案|办法|细则)$")
#: the works a clause opens on before the unit asked: 对已签约未开工的12个项目 / 对进展缓慢的项目
_TO_KIND = lazy(r"^(?:" + ENUM + r")?(?:同时|此外)?[,,]?对(?![接照标口话外比应待象策])[^,,;;。]{2,30}?(?:项目|工程|问题|企业|单位|事项|任务|隐患|点位|工地|小区|学校|场所|村|户)$")  # (…的12项任务, rx27)
#: a leader's portfolio before his charges: 王明同志:负责全县经济运行工作
_PORTFOLIO = lazy(r"同志[::](?:分管|负责)[^,,;;。]{2,20}?工作$")
#: a card's title, its number cut from its name by a bar: 01 | 锦绣花园老旧小区改造 (rx37)
_CARD_HEAD = lazy(r"^\s*\d{1,2}\s*[||]\s*\S")
#: a heading line without a number: 逾期未办结事项: / 进度滞后项目:
_STATUS_LINE = lazy(r"[\u4e00-\u9fff]{2,14}(?:事项|项目|任务|工作)(?:[((]\d+项[))])?[::]")
#: a heading in square brackets over items of one status: 【红灯任务】(低于序时进度20个百分点以上) (rx30), or after a
#: bar: ▌进度滞后(4项) (rx37)
_BOXED_HEAD = lazy(r"^\s*(?:【(?P<h>[^】]{2,12})】|[▌▍▎▋┃]\s*(?P<b>[^()()\s]{2,12}))\s*(?:[((][^()()]{0,40}[))])?\s*$")
#: a unit's reply to a citizen's message: 答:县水利局回复: / 县住建局答复:
_REPLY = lazy(r"^\s*(?:答[::]\s*)?(?P<u>[\u4e00-\u9fff]{2,20}?)(?:回复|答复|回应|办理回复)[::]")


#: a year's figure done told as its share of the year's quota: 全乡完成财政收入486万元,占年度任务900万元的54% /
#: 招商引资实际到位资金3200万元,完成年度任务6000万元的53.3% (rx33)
_YEAR_SHARE = lazy(r"^(?P<pre>[\u4e00-\u9fff\d-]{0,8}?)(?:累计)?(?:完成|实现|实际到位|到位)(?P<w>[\u4e00-\u9fff]{2,10}?)\d+(?:\.\d+)?[万亿]?元"
                   r"[,,]\s*(?:占|完成)(?:年度|全年)(?:目标|任务|计划)")

#: a count done told as a share of its target: …新增8500人,达5.6万人,为目标任务的112% / 招募志愿者300人,占目标任务的120%
#: (rx44); the work, the clause counting it (its time and place off) or a name in quotes before it
_TARGET_SHARE = lazy(r"[,,](?:为|占|达到?|完成了?)(?:年度|全年)?(?:目标任务|目标|任务|计划)的\d+(?:\.\d+)?%|[,,]完成率(?:为|达到?)?\d+(?:\.\d+)?%"
                     r"|[,,]超额完成(?=“[^“”]{2,20}”的?(?:目标|任务))")  # (…共建泊位6万个,超额完成“新增泊位5万个”的目标)
_SHARE_WORK = lazy(r"(?:^|[,,])(?:\d{1,2}月份?|今年|前三季度|上半年|1-\d{1,2}月)?[,,]?(?:(?:我|全)[省市县区镇乡]?|(?=已|累计))(?:已|累计)?"
                   r"(?P<w>[\u4e00-\u9fff]{4,24}?)(?:新增|累计|共)?\d")


#: units (or districts, counties, cities standing for their governments) and a deed of theirs told done with 了 (rx44)
_UNIT_DEED = lazy(r"^(?:[^,,。;;]{2,12}?后[,,])?(?:该[县市区镇])?(?P<u>[\u4e00-\u9fff、()()]{2,40}?)(?:[,,](?:根据|按照|针对)[^,,。;;]{2,16}?[,,])?"
                  r"(?:均|都|也|先后|已|均已|第一时间|及时|立即|专门)*(?P<v>成立|制定|出台|印发|建立健全|建立|组建|关闭|拆除|召开|签订|编制|修订|组成)(?P<le>了)?"
                  r"(?P<o>[^,,。;;了]{2,30})")  # (该县水务局按照督察意见,修订了《X》 / 县卫健局党组第一时间成立X专班, session 55)


#: …the deed a few words on, told done with 了: 县财政局针对审计意见,修订了《X》 / 县审计局组成3个小组,对…进行了回访 (session 55)
_DID_LE = lazy(r"(?P<v>制定|建立健全|建立|成立|组建|印发|出台|修订|下达)了(?P<o>[^,,。;;了]{2,30})")


#: where a unit's name may end: 局 / 办 / 党组 / 中心 …
_UNIT_END_AT = lazy(r"(?<=[\u4e00-\u9fff])(?:党组|党委|政府|中心|公司|街道|办公室|局|委|办(?!公)|镇|乡|院|站|所|部|室)(?![\u4e00-\u9fff]{0,1}(?:局|委|办|长|室))")


def _unit_did(text: str) -> Optional[tuple[list[str], str]]:
    """``(units, deed)`` where ``text`` opens with a unit and, a few words on, a deed of its told done (县交通局针对审计
    建议,建立健全了《财务管理制度》); else None."""
    m = _DID_LE.search(text, 0, 60)
    if not m or MODAL_RX.search(text[:m.start()]):
        return None
    lead = re.sub(r"^[^,,。;;]{2,12}?后[,,]|^该(?=[县市区镇])", "", text[:m.start()])
    ends = [k.end() for k in _UNIT_END_AT.finditer(lead, 0, 16)
            if answerable(lead[:k.end()]) and re.fullmatch(r"(?![为对在按据由])[\u4e00-\u9fff()()、]+", lead[:k.end()])]
    unit = lead[:ends[-1]] if ends else None  # (the longest: 县医保局党组, not 县医保局)
    return ([unit], m.group("v") + m.group("o")) if unit else None


def _unit_deed(text: str) -> Optional[tuple[list[str], str]]:
    """``(units, deed)`` where ``text`` opens with units and a deed of theirs told done: 甲县、乙市成立了环委会 →
    (["甲县", "乙市"], "成立环委会"); else None."""
    m = _UNIT_DEED.match(text.strip())
    if not m:
        return _unit_did(text.strip())
    if not m or (not m.group("le") and (MODAL_RX.search(text) or PLANNED_RX.search(text) or m.group("v") == "召开")):
        return None
    units = bodies(m.group("u"))
    return (units, m.group("v") + m.group("o")) if units else None


#: a report's deed told with no doer, opening its sentence: 制定了《X整改方案》,建立整改台账 (rx44)
_DEED_ALONE = lazy(r"^(?:已|先后|及时)?(?P<v>成立|制定|出台|印发|建立|组建|召开|修订|完善)了(?P<o>[^,,。;;了]{2,30})")


def _deed_alone(text: str) -> Optional[tuple[list, str]]:
    """``([], deed)`` where a report's sentence opens with a deed told done and no doer (制定了《X方案》 → 制定X方案)."""
    m = _DEED_ALONE.match(text.strip())
    return ([], m.group("v") + m.group("o").strip("《》")) if m else None


#: …or the count between the verb and the work: 已建成11家工会驿站 → 工会驿站
_COUNT_THEN_WORK = lazy(r"(?:^|[,,])(?:已|累计)?(?:建成|新建|改造|建设|完成|打造)\d+(?:\.\d+)?(?:家|个|座|所|处|条|户|套|公里)"
                        r"(?P<w>[\u4e00-\u9fff、]{2,20})$")


def _target_share_work(text: str) -> Optional[str]:
    """The work a count told as a share of its target is of (a name in quotes, else the counting clause's)."""
    m = _TARGET_SHARE.search(text)
    if not m:
        return None
    before = re.findall(r"“([^“”]{2,20})”", text[:m.start()])
    after = re.findall(r"“([^“”]{2,20})”", text[m.end():m.end() + 24])
    if before or after:
        return before[-1] if before else after[0]
    w = _SHARE_WORK.search(text[:m.start()]) or _COUNT_THEN_WORK.search(text[:m.start()])
    if w and re.fullmatch(r"(?:完成|实际|累计)?(?:投资|资金|收入|到位资金)", w.group("w")):
        return None  # (该项目…已完成投资3.1亿元,占年度计划的62%: the project's, named before)
    return w.group("w") if w else None


def replying_unit(text: str) -> Optional[Actor]:
    """The unit a paragraph replies for (答:县水利局回复:…), or None."""
    m = _REPLY.match(text)
    unit = parse_item(m.group("u")) if m else None
    return Actor(unit[0], "organization", "responsible") if unit and unit[1] == "organization" else None


#: an act done once that sets a work up, asked: 成立X工作领导小组 / 召开X动员大会 / 将X纳入绩效考核 (rx40)
_ONE_OFF = lazy(r"(?:^|[,,])(?:要|并|同时|尽快|及时|抓紧)?(?:成立|组建)[^,,;;。]{2,24}?(?:领导小组|指挥部)(?:[,,;;。]|$)"
                r"|(?:^|[,,])(?:要|并|同时)?(?:在[^,,;;。]{1,10}?)?召开[^,,;;。]{2,20}?(?:动员大会|推进大会|誓师大会|动员会)(?:[,,;;。]|$)"
                r"|(?:^|[,,])(?:要|并|同时)?(?:将|把)[^,,;;。]{2,20}?(?:纳入|列入)[^,,;;。]{2,20}?(?:考核|考评|评估|工作清单|任务清单|督办事项|台账|村规民约|乡规民约|项目库)[^,,;;。]{0,6}(?:[,,;;。]|$)")  # (列入每月交办的“X工作清单”, rx41)


#: a rule or a plan to draw up, asked: 要制定目标任务清单 / 要出台X管理办法 (rx41)
_DRAW_UP = lazy(r"(?:^|[,,])(?:要|并|同时|尽快|及时|抓紧|认真|研究)?(?:加快|抓紧)?(?:制定|制订|编制|起草|出台)(?:出)?[^,,;;。]{0,24}?"
                r"(?:方案|办法|细则|规划|清单|标准|制度|计划|(?<=出台)关于[^,,;;。]{2,30}?的(?:实施)?(?:意见|决定|规定))》?(?:[,,;;。]|$)")  # (出台关于X的意见, rx42)


def _draws_up(cand: _Cand) -> bool:
    """A clause asking a rule or a plan drawn up (要制定X方案 / 要做好X,…,制定目标任务清单), the candidate opened by
    what it must do (not a report's 要求各部门…,制定…: what they were asked), not one told drawn up (rx41)."""
    return bool(_TOLD_NEXT.match(_ENUM_OFF.sub("", cand.clauses[0].span.text.strip()))) and any(_DRAW_UP.search(c.span.text) and not _PAST.search(c.span.text) and not _TOLD_DONE.search(c.span.text)
               for c in cand.clauses)


def _one_off_act(cand: _Cand) -> bool:
    """A clause asking an act done once that sets the work up (成立X领导小组 / 召开X动员大会 / 将X纳入考核; rx40)."""
    return any(_ONE_OFF.search(c.span.text) for c in cand.clauses)


#: the kinds of facility a work may be named by (城南第五小学 / 城东人民医院 / 湘九公路): a work though it names no 工程 or
#: 项目 (rx52)
_FACILITY = r"小学|中学|学校|幼儿园|医院|卫生院|水厂|污水处理厂|大道|大桥|公路|公园|园区|体育馆|图书馆|安置房"
#: a ;-clause with no subject pushing works it lists: 要总结经验,统筹推进A、B、C等工作 (rx53)
_LISTED_DEEDS = lazy(r"^要[^;;。]{0,16}?(?:统筹推进|推进|抓好|做好|完成|落实)(?P<w>[\u4e00-\u9fff]{2,12}(?:、[\u4e00-\u9fff]{2,12})+)"
                     r"等(?:各项)?(?:工作|任务)")
#: a leader's or a meeting's words a news report gives, before what they ask (王明指出,… / 会议要求:…; rx53)
_REPORTED = lazy(r"(?:强调|指出|要求|提出)[,,::]|(?<![照按的据])要求(?![的和与、,,。;;])")  # (…要求施工单位倒排工期)
#: a work named by its own name urged on, the whole clause: 要加快东湖路改造工程建设进度 / 二是全力推进城北污水处理厂扩建项目 (rx50)
_URGED_OWN = lazy(r"^(?:" + ITEM_NO + r")?\s*(?:[一二三四五六七八九十]是|其次|再次|首先|同时)?[,,]?(?:要|务必|必须)?(?:进一步)?"
                  + _URGE + r"(?P<w>[\u4e00-\u9fff“”()()A-Za-z0-9]{4,30}?(?:工程|项目|" + _FACILITY + r"))"  # (要加快推进城南第五小学建设, rx52)
                  r"(?:的)?(?:建设|改造|实施)?(?:进度|步伐|工作)?[。;;]?$")


def own_work_urged(sentence: str) -> str:
    """The work named by its own name a directive's clause urges on (要加快东湖路改造工程建设进度 → 东湖路改造工程), tells
    what to do as its subject (东湖路改造工程要优化设计方案, rx53) or asks finished soon (争取早日实现东湖路通车, rx53),
    else ``""``: a commitment of its own where no rule read it, as a named work urged on (X大道改造项目要抓进度) is
    in the shared speeches (rx50)."""
    s = re.sub(r"^[\u4e00-\u9fff、]{0,12}?(?:要求|强调|指出|提出)[,,::]", "", sentence.strip())  # (会议要求,…)
    for clause in re.split(r"[,,;;。]", s):
        m = _URGED_OWN.match(clause) or _SUBJECT_OWN.match(clause) or _SOON_OWN.match(clause)
        w = _PUSH_LEAD.sub("", m.group("w")) if m else ""
        named = find_projects(w) or (len(w) >= 5 and _FACILITY_END.search(w))  # (城南第五小学: a facility by its own name)
        if len(w) >= 5 and (len(w) >= 6 or not find_projects(w)) and _is_work(w) and not _NOT_OWN.search(w) and named:
            return w
    return ""


#: a named work as a clause's subject, told what to do: 城北大桥改建项目要进一步优化设计方案 (rx53)
_SUBJECT_OWN = lazy(r"^(?P<w>[\u4e00-\u9fff“”()()A-Za-z0-9]{4,30}?(?:工程|项目|" + _FACILITY + r"))(?:要|须|必须|务必)"
                    r"(?!求|点)")
#: a named work's finish asked soon, the work after the ask: 力争早日实现东风大街道路通车 (rx53)
_SOON_OWN = lazy(r"^(?:要|并)?(?:力争|争取|确保)?(?:早日|尽早|尽快)实现(?P<w>[\u4e00-\u9fff“”A-Za-z0-9]{4,30}?)"
                 r"(?:全线|全面)?(?:建成|通车|投用|投产|竣工|通水)")


#: a clause opening on a work named by its own name as its subject, told what to do (X项目要…): where a sentence
#: opens two or more, each one's clauses are a sentence of their own (rx53)
_SUBJECT_AT = lazy(r"(?<=[,,;;])(?=[\u4e00-\u9fff“”()()A-Za-z0-9]{4,30}?(?:工程|项目)(?:要|须|必须|务必)(?!求|点))")


def _pieces(para: Span) -> Iterator[Span]:
    """The sentences of ``para``, one cut at each named work told what to do as its subject (:func:`subject_pieces`)."""
    for whole in sentences(para):
        yield from subject_pieces(whole)


def _said_at(para: Span) -> float:
    """Where ``para`` first tells a leader's or a meeting's words (X强调,…; rx53): the sentences ending after it give
    them; infinity where it tells none."""
    m = _REPORTED.search(para.text)
    return para.start + m.end() if m else float("inf")


def subject_pieces(sent: Span) -> list[Span]:
    """``sent`` cut before each clause whose subject is a work named by its own name (城北大桥改建项目要…,县医院迁建
    项目要…), where it holds two or more such works; else ``[sent]`` (rx53)."""
    cuts = [m.start() for m in _SUBJECT_AT.finditer(sent.text)
            if own_work_urged(sent.text[m.start():].split(",")[0].split(",")[0])]
    first = re.split(r"[,,;;]", sent.text, maxsplit=1)[0]
    if len(cuts) + bool(_SUBJECT_OWN.match(first) and own_work_urged(first)) < 2:
        return [sent]
    bounds = [0] + [c for c in cuts if c > 0] + [len(sent.text)]
    return [Span(sent.text[a:b], sent.start + a, sent.start + b) for a, b in zip(bounds, bounds[1:]) if b - a > 1]


def listed_work_urged(sentence: str) -> str:
    """Works named in a list a directive's clause urges on or holds to their finish (加快推进甲、乙等乡镇天然气管网建设 /
    确保甲、乙、丙等项目按时建成投产): the list's works, one commitment, else ``""`` (rx52)."""
    for clause in re.split(r"[,,;;。]", sentence):
        m = _LISTED_URGED.match(clause.strip())
        if m:
            return m.group("w")
    return ""


#: a clause urging works named in a list with 等, of projects or of places' works (the names are the works' or the
#: places': not 道路、管网等基础设施, kinds of works)
_LISTED_URGED = lazy(r"^(?:要|并|须|必须|务必)?(?:加快推进|大力推进|全力推进|抓紧推进|加快|推进|确保|抓好|督促)"
                     r"(?P<w>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+等(?:\d+个)?(?:重点)?(?:项目|工程|"
                     r"(?:乡镇|村|街道|社区|片区|园区)(?:[((][\u4e00-\u9fff]{1,3}[))])?[\u4e00-\u9fff]{2,12}?(?:建设|改造|工程|项目)))"
                     r"(?:(?:按时|如期|尽快|早日|年内)?(?:建成投产|建成|投产|竣工|开工|完工|投用))?$")


_FACILITY_END = lazy(r"(?:" + _FACILITY + r")$")


#: a named work a plan will push on, its clause: (该区将)推进X工程项目建设 / 做好X雨水主干线建设 / X提升改造工程 (rx51)
_PLANNED_OWN = lazy(r"^(?:为[^,,;;。]{2,24}[,,])?(?:[\u4e00-\u9fff]{1,6}?(?:将|要|计划))?(?:继续|全力|加快|着力|重点|持续)?"
                    r"(?:推进|做好|实施|建设|抓好)?(?P<w>[\u4e00-\u9fff“”()()A-Za-z0-9\-—]{4,40}?)(?:项目)?(?:建设|改造)?(?=[,,;;。]|$)")
#: a part of a sum told: 其中… / …10亿元
_SUM_OF = lazy(r"^\s*其中|\d+(?:\.\d+)?(?:万|亿)元")
#: a plan's words before the works it lists: 该区将推进… / 我们要抓好…
_PLANNING = lazy(r"(?:将|要|计划)(?:继续|全力|加快|着力|重点|持续)?(?:推进|建设|实施|做好|抓好|完成)")


def planned_work(sentence: str, before: str) -> str:
    """The named work (a project by its own name) of a clause in a plan's run of works — its sentence or the part of
    its full sentence before it (``before``, the run's earlier clauses) saying what will be pushed on (该区将推进X工程项目
    建设;做好Y建设;Z提升改造工程;): the work, else ``""`` (rx51)."""
    if not (_PLANNING.search(before) or _PLANNING.search(sentence)) or _SUM_OF.search(sentence):
        return ""  # (其中X桥工程年内将完成投资8亿元: a part of a sum, no work planned)
    m = _PLANNED_OWN.match(re.split(r"[,,](?![^()()]*[))])", sentence.strip(), maxsplit=1)[0] if not sentence.startswith("为") else sentence.strip())
    works = find_projects(m.group("w")) if m else []
    return works[0] if len(works) == 1 and len(works[0]) >= 6 and _is_work(works[0]) and not _NOT_PLANNED.search(works[0]) else ""


#: no work of its own name: a class of works, a set (新建道路工程 inside a name is its own)
_NOT_PLANNED = lazy(r"^(?:" + _CLASS_OPEN + r"|" + _DEED_OR_KIND + r")|等")


def _work_asked_done(cand: _Cand) -> bool:
    """A work named by its own name, then asked to be finished in the same candidate
    (``加快推进东山至西岭公路改建工程建设,务必使该工程早日竣工通车``): the work is its topic (rx18)."""
    work = ""
    for c in cand.clauses:
        text = c.span.text
        ask = _DONE_ASKED.search(text)
        if work and ask:
            cand.topic = cand.topic or work
            return True
        for m in _OWN_WORK.finditer(text, 0, ask.start() if ask else len(text)):
            w = _PUSH_LEAD.sub("", re.sub(r"^(?:[,,;;]?在)", "", m.group("w")))
            if len(w) >= 6 and _is_work(w) and not _NOT_OWN.search(w):
                work = w
        if work and ask:
            cand.topic = cand.topic or work
            return True
    return False


#: a concrete action asked for at once (rx20): 尽快对已建成的周转房组织验收, 尽快编制2025年任务清单,
#: (要组建专班,分工到人,)从速开展
_SOON_ACT = lazy(r"(?:尽快|尽早|及早|从速|立即|马上)(?:对于?[^,,;;。]{2,24}?|把[^,,;;。]{2,24}?)?"
                 r"(?:制定|制订|编制|起草|出台|印发|组织|启动|开展|实施|成立|组建|上报|报送|拨付|兑现|分配|交付|搬迁|拆除|"
                 r"招标|开工|验收|办理|办好|办妥|完成|解决|销号|公示|签订|下达|确定(?=[^,,;;。]{0,10}?(?:方案|计划|选址|地址|人选|名单))|整改)")  # (尽快确定方案; 对X存在问题要尽快整改, rx41)
#: a leader's or a meeting's demand before what it asks: 李明要求, / 会议议定:
_ASKS = lazy(r"(?:要求|议定|决定)[,,::]")


#: the faults a clause names before what is asked of them: 对今天察看的区域存在问题要尽快整改 (rx41)
_FAULTS_BEFORE = lazy(r"对[^,,;;。]{2,30}?(?:问题|隐患)")


#: a work named right before its finish asked soon: 推动X公路和Y项目早日建成 (rx52)
_WORK_BEFORE = lazy(r"^(?:要|须|并|必须|务必)?(?:进一步)?(?:推动|推进|确保|加快|力争|争取|促进)?(?P<w>[\u4e00-\u9fff、和]{2,30}?)(?:项目|工程|" + _FACILITY + r")$")


def _named_before(text: str) -> bool:
    """A work named by its own name ends ``text`` (城东公路和西山景区项目), not a kind (项目 / 重点项目 / 该项目)."""
    m = _WORK_BEFORE.match(re.split(r"[,,;;。]", text)[-1].strip())
    return bool(m) and len(m.group("w")) >= 2 and not re.fullmatch(r"重点|各|该|此|这些|相关|有关|在建|新建|全部", m.group("w")) \
        and not re.match(r"推动|推进|确保|加快|力争|争取|促进", m.group("w"))


#: a work's finish asked soon, the work named right before it: 推动X公路和Y项目早日建成 (rx52)
_SOON_FINISH = lazy(r"(?:尽快|尽早|早日)(?:建成|竣工|完工|投产|投用|通车)")


def _soon_act(cand: _Cand) -> bool:
    """A clause asking for a concrete action at once (:data:`_SOON_ACT`), on an object it names
    (尽快对已建成的周转房组织验收) or that the candidate's first clause names (要组建专班,…,从速开展); a named work's
    finish asked soon (:data:`_SOON_FINISH`)."""
    for k, c in enumerate(cand.clauses):
        text = c.span.text
        f = _SOON_FINISH.search(text)
        if f and not _PAST.search(text) and _named_before(text[:f.start()]):
            return True
        m = _SOON_ACT.search(text)
        if not m or _PAST.search(text):
            continue
        named = len(re.sub(r"[^\u4e00-\u9fff]", "", text[m.end():])) >= 2 or "对" in m.group(0) or "把" in m.group(0) \
            or bool(_FAULTS_BEFORE.search(text, 0, m.start()))
        if named or (k > 0 and not method_only(task_text(cand.clauses[0].span.text))):
            return True
    return False


def _soon_due(cand: _Cand) -> bool:
    """An item due at once (:func:`_item_due`), or a deliverable asked for soon, whoever is asked
    (各部门要尽快编制夜市管理细则), not one drawn up before."""
    return _item_due(cand) or any(_URGENT_DRAFT.search(c.span.text) and not _PAST.search(c.span.text) for c in cand.clauses)


#: a sanction: (由)X(依规)(视情)予以处理 / 追究责任 / 通报批评
_SANCTION = lazy(r"^(?:由|将|要|请)?[^,,。;;]{0,30}?(?:予以|给予)?(?:处理|问责|追责|追究|通报批评|约谈|诫勉|处分)")


#: who attended: 区委常委、负责城建工作的副区长某某,副区长某某出席会议 (负责 here names a post)
#: a meeting convened, in the news of it: 县长主持召开专题会议 / 召开了城南片区征收推进会
_CONVENED = lazy(r"(?:主持)?召开(?:了)?[^。;,,]{0,30}?(?:会议|会|座谈会)")
#: …and what the meeting asks in the same sentence: 会议要求 / 强调 / 明确由…
_ASKED_AT = lazy(r"要求|强调|指出|明确|议定|决定|提出|责成|由")
_ATTENDS = lazy(r"(?:出席|参加|列席|参与)了?(?:[\u4e00-\u9fff]{0,10}?(?:会议|会场|活动|座谈会?|仪式))?[。.]?\s*$")
#: a notice announcing what follows: 现就有关事项通知如下 / 现将有关情况通报如下
_ANNOUNCES = lazy(r"(?:通知|" + REPORT_VERBS + r"|说明)如下[::]?\s*$")


def _manner_only(cand: _Cand) -> bool:
    """Every clause tells only how, nothing due (我们将倒排工期,拿出务实举措,
    加快推进,主动接受评议): a pledge's manner, no work (rx10); a unit that only
    assists (县某局要积极配合) joins the work before instead."""
    return all(a.role != "assist" for a in cand.actors) \
        and all(method_only(task_text(c.span.text)) and not (c.targets or c.deadlines) for c in cand.clauses)


#: punishing: 严肃追究相关责任 / 严肃问责 / 予以通报批评
_PUNISH = lazy(r"追究|问责|追责|通报批评|约谈|诫勉|处分|严肃处理")


#: whom a clause punishes, named by a condition: 对工作不力、推诿扯皮的单位和个人 (rx37)
_ON_WHOM = lazy(r"对[^,,。;;]{2,30}?的(?:单位|个人|事项|责任人|干部|部门)(?:和个人)?[^,,。;;]{0,4}?(?:严肃)?(?:问责|追责|追究|约谈|通报批评)")


def _sanction(cand: _Cand, sentence: str) -> bool:
    """The units act on a condition the clause before states (…拖延工期的,由区纪委视情追责):
    a sanction, no work."""
    for c in cand.clauses:
        if c.actors.actors and _SANCTION.match(c.span.text):
            if _ON_WHOM.search(c.span.text):
                return True  # X要对工作不力、推诿扯皮的单位和个人严肃问责 (rx37)
            k = sentence.find(c.span.text)
            return k > 0 and bool(re.search(r"的\s*[,,]\s*$|^(?:" + ITEM_NO + r")?(?:对|凡)[^,,。]{2,30}的[\u4e00-\u9fff]{1,4}\s*[,,]\s*$",
                                            sentence[:k]))  # (对未按期化解的案件,由…约谈, rx30; (二)对再次逾期的事项,X将提请…问责, rx37)
    return _sanction_after(cand)


#: a concrete act of watch before the sanction: 把攻坚任务纳入重点督查事项 / 建立督办台账
_PUT_ON_LIST = lazy(r"纳入|列入|建立[\u4e00-\u9fff]{0,8}(?:台账|清单|机制|制度)|制定[\u4e00-\u9fff]{0,8}(?:办法|方案|细则)"
                   r"|每(?:月|周|旬|半月|季度?)[\u4e00-\u9fff]{0,8}?(?:一次|1次)")  # (每月通报一次落实情况: a recurring act, rx37)


def _sanction_after(cand: _Cand) -> bool:
    """A unit told to watch, then to punish those who lag (…要加强跟踪督办,对工作推进不力…的,严肃追究相关责任), with no
    term and no figure: a sanction, no work (rx28)."""
    cls = cand.clauses
    at = next((k for k, (c, n) in enumerate(zip(cls, cls[1:]))
               if re.match(r"^(?:对|凡)[^,,]{2,30}的$", c.span.text.strip()) and _PUNISH.search(n.span.text)), None)
    return at is not None and not any(c.targets or any(d.date for d in c.deadlines) for c in cls) \
        and not any(_PUT_ON_LIST.search(c.span.text) for c in cls[:at])  # (把X纳入重点督查事项,对…的,…问责: the act, rx34)


#: a meeting's decision told in the past, what it assigns still to do: 并明确了由X负责… (rx41)
_DECIDED_PAST = lazy(r"(?:明确|决定|议定|确定)了(?=由|[\u4e00-\u9fff]{2,12}?(?:负责|牵头))")


def _acting(cand: _Cand) -> bool:
    """A candidate with actors, unless it tells a past action (区委办牵头组织召开了…)
    with neither a dated deadline nor progress."""
    shared = any(c.actors.role_only and any(a.role == "lead" for a in c.actors.actors) for c in cand.clauses)
    past = any(_PAST.search(_DECIDED_PAST.sub("", c.span.text)) for c in cand.clauses if c.actors.actors) \
        or (_DID_VERB.search(cand.clauses[-1].span.text) is not None and not shared  # (A牵头,B配合,…进行了问责: an assignment, rx33)
            and not any(MODAL_RX.search(c.span.text) for c in cand.clauses))
    if _partners_only(cand):
        return False  # 拓展与航空公司合作的要求日益迫切: a partner named, nobody asked (rx23)
    if _HEAD_WORD.search(cand.clauses[0].span.text) and not any(_WORD_GIVEN.match(c.span.text.strip()) or c.signal for c in cand.clauses[1:]):
        return False  # X负责人表示,虽然…有序推进,但仍有差距: a remark, nothing given (rx25)
    return not past or _has_term(cand) or find_progress(" ".join(c.span.text for c in cand.clauses)) is not None


#: an item whose first sentence is only its heading, up to the sentence at hand: 1.全力推进农田水利建设。| 年内完成… (rx34)
_HEADED_ITEM = lazy(r"\s*" + ITEM_NO + r"\s*[^,,。;;\n]{2,20}。\s*$")


def _has_term(cand: _Cand) -> bool:
    """A dated term in the candidate, not the days something was done (6月20日至7月8日,…进行了督查, rx33)."""
    return any(d.date and not _WHEN_DONE.fullmatch(d.text) for c in cand.clauses for d in c.deadlines)


#: a day or a run of days something was done, no term: 6月20日至7月8日 (…进行了督查, rx33)
_WHEN_DONE = lazy(r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日?(?:(?:至|到|-|—)(?:\d{1,2}月)?\d{1,2}日?)?")


#: what was done, told after the units: (县委巡察办会同X,)对6个单位整改进展进行了督查 (rx29)
_DID_VERB = lazy(r"(?:进行|开展|组织|召开|实施)了")
#: a norm a sentence opens with, no commitment: 按照规定,被巡察党组织应在…内完成整改 (rx29)
_NORM_OPEN = lazy(r"^(?:按照|根据|依照|依据|按)(?:有关|相关)?(?:规定|要求)[,,]")
#: a unit's head giving a word (its clause only names the unit): 县城管局负责人当场表示
_HEAD_WORD = lazy(r"(?:当场|现场|公开|郑重|当即)?(?:表示|表态)[,,]?$")
_WORD_GIVEN = lazy(r"^(?:我们|我局|该局|下一步)?(?:将|要|会|一定|确保|力争|争取|保证)")


def _partners_only(cand: _Cand) -> bool:
    """Only partners (与X合作) named, with no modal, no date and no target in the candidate."""
    named = [a for c in cand.clauses for a in c.actors.actors] + list(cand.extra_actors)
    return bool(named) and all(a.role == "assist" for a in named) \
        and not any(MODAL_RX.search(c.span.text) or c.signal for c in cand.clauses)


def _item_due(cand: _Cand) -> bool:
    """An item due at once (一是…,会后立即做好第二批补助资金申报工作) or an item's
    work due (一是要加快X工程建设进度,…,确保按期建成并投入使用)."""
    if not _ITEM_OPEN.match(cand.clauses[0].span.text.strip()):
        return False
    if any(_IMMEDIATE.search(c.span.text) and _CONCRETE.search(c.span.text) for c in cand.clauses):
        return True
    text = " ".join(c.span.text for c in cand.clauses)
    return (bool(_WORK_DUE.search(text)) or bool(_SOON_DUE.search(text))) and bool(find_projects(cand.clauses[0].span.text))


def _clause_due(c: _Clause, sentence: str, modal: bool, status: bool) -> bool:
    """A clause with a target stated (总任务数为96.5万平方米), a quantified target in a
    directive sentence, or a dated deadline tied to a completion verb in one."""
    retro = bool(_RETRO.search(c.span.text))
    if any(_target_due(t, sentence, modal, status, retro) for t in c.targets):
        return True
    if not retro and _DUE_STATED.search(c.span.text) and any(d.date for d in c.deadlines):
        return True  # 清理楼顶杂物工作时间节点是4月30日 / X工程完成时限为9月30日: a due date stated (rx24)
    return (modal or _term_opens(c.span.text.strip()) or bool(_WORK_THEN_TERM.match(c.span.text.strip()) and not _FORECAST_WORD.search(c.span.text))) \
        and not retro \
        and _dated_completion(c.span.text, c.deadlines)  # (X项目10月底前完成签约: a work and its term, no modal; rx27)


def _term_opens(text: str) -> bool:
    """A clause opened by its term, naming a work of its own (今年5月底前完成X; not 8月底前投入使用 alone,
    which dates the task above it)."""
    m = _TERM_OPENS.match(text)
    return bool(m) and len(tidy_task(task_text(text))) >= 4 and not _BARE_STEP.match(tidy_task(task_text(text)))


#: a clause stepping a work by its own date (要在5月底前完成设计 / 确保6月底前完成主体工程)
_DATED_STEP = lazy(r"^(?:\d{1,2}[.、.]\s*|[((][一二三四五六七八九十\d]{1,2}[))]\s*)?(?:[\u4e00-\u9fff]{2,8}[::])?(?:[\u4e00-\u9fff]{0,20}?(?:要求|要|将|必须|务必|确保|力争|争取|于|在|计划|拟|限期|工期(?:明确)?为))?(?:[\u4e00-\u9fff]{2,12}?" + _WORK_TAIL +
                   r"|(?<=确保|力争|争取|要求|责成|督促)[\u4e00-\u9fff]{2,8}?)?(?:在|于)?" + _STEP_TERM)  # (确保城南大桥6月底前合龙, rx26; 确保膜组件5月底前到货, rx29)
#: a clause opened by the term before which its work is done: 今年5月底前完成X / 10月底前开工建设 (no modal needed, rx25)
_TERM_OPENS = lazy(r"^(?:" + ITEM_NO + r")?(?:并|再|同时)?(?:预计|计划|将)?(?:于|在)?(?:今年|本年度?|明年|(?:19|20)\d\d年)?" + TERM_BEFORE +
                   r"(?:" + STEP_DONE + r"|(?:全部|全面|基本)?(?:实现|修复|整改到位))")


#: a work's due date stated: …的时间节点是4月30日 / 完成时限为9月30日 / 办结期限定为…
_DUE_STATED = lazy(DUE_STATED)


def _target_due(t: Target, sentence: str, modal: bool, status: bool, retro: bool) -> bool:
    """A target stated (总任务数为96.5万平方米), else — in a clause that reviews nothing, in a
    sentence that is no status report — a bound in a directive or a goal (力争达到90%以上)
    or an amount in a directive (要新建停车场5处)."""
    if t.op == "=" and t.metric and re.search(r"任务|目标", t.metric) and not retro \
            and t.text and re.search(r"[为是]", t.text):
        return True
    if retro or status:
        return False
    if t.op in (">=", "<=", "range", "~") and (modal or _GOAL.search(sentence) or _YEAR_SCOPE.match(sentence) or _YEAR_PLAN.match(sentence)
                                                or _BOUND_BY_TERM.search(sentence)):
        return True  # (招商引资方面,全年新签约亿元以上项目不少于30个: the year's bound, rx28)
    return t.op == "=" and (modal or bool(_WILL_MAKE.search(sentence)) or bool(_YEAR_PLAN.match(sentence)))


#: a sentence opening with the year's plan: 今年我县计划播种粮食68万亩… / 2021年全市计划新建… (rx44)
_YEAR_PLAN = lazy(r"^(?:据(?:了解|悉|介绍)[,,])?(?:今年|明年|年内|全年|(?:19|20)\d\d年)[,,]?(?:[\u4e00-\u9fff]{0,6}?计划(?!投资)"
                  r"|[\u4e00-\u9fff]{0,12}?(?:目标|任务)(?:是|为)?[::])")  # (2024年全县植树造林目标:…, session 54)
#: a government or unit that will make a counted work: 政府将投资100万元,在…安装路灯200盏 / 镇政府将在X新建公厕3座
#: (a pledge told with 将; not 预计将, 这将, 将会, rx44)
_WILL_MAKE = lazy(r"(?:^|[,,])[\u4e00-\u9fff]{0,8}?(?:政府|局|委|镇|乡|街道|公司|我们|我[县市区镇乡])(?<!预计)将(?![会有要])(?:于|在)?"
                  r"[^,,。;;]{0,16}?(?:投资|新建|建设|安装|改造|修建|硬化|铺设|建成|完成|实施|新增)")


#: a sentence stating the year's scope first: 全年… / X方面,全年… (rx28)
_YEAR_SCOPE = lazy(r"^(?:[\u4e00-\u9fff]{2,8}方面[,,])?(?:全年|年内|今年[,,]?[^,,。;]{0,12}?(?:确定|提出|明确)全年)")
#: a bound set for a term of the year in the same clause: 上半年各自签约…不少于2个 (rx30)
_BOUND_BY_TERM = lazy(r"(?:^|[,,;;])(?:上半年|下半年|年底前|年内|[一二三四]季度(?:末)?|\d{1,2}月底前)[^,,。;;]{2,30}?(?:不少于|不低于|以上)")
#: a season or event named as the due time, as good as a date for a work to complete: 汛期来临前 / 开学前 (rx17)
_SEASON_DUE = lazy(r"(?:汛期|汛|雨季|开学|入冬|冬季|春耕|秋收|供暖季?)(?:来临|到来|开始)?(?:前|之前)$")
#: a clause naming a kind of thing the sentence goes on about: 对年底前有望完成的项目, (its date no deadline)
_KIND_OF = lazy(r"^(?:对于?|凡是?)[^,,。;;]{2,30}的[\u4e00-\u9fff]{1,6}$")


#: a term by month and day, read even where the document's year is unknown (务必在10月25日前…: rx44)
_MONTH_DAY = lazy(r"\d{1,2}月\d{1,2}日")


def _dated_completion(text: str, deadlines: list) -> bool:
    """A dated deadline (not 全年) with a completion verb or a named work pushed on
    (6月底前完成X改造), naming something beyond fillers (not 确保今年任务必须完成), in
    a clause that does not only name a kind of thing (对年底前有望完成的项目,)."""
    return any((d.date or _SEASON_DUE.search(d.text) or _MONTH_DAY.search(d.text)) and d.text != "全年" for d in deadlines) \
        and not _KIND_OF.match(text.strip()) \
        and bool(_COMPLETE.search(text) or _PUSH_NAMED.search(text)) \
        and not _GENERIC_OBJ.search(text) \
        and len(re.sub(r"[^\u4e00-\u9fff]", "", _FILLER.sub("", text))) >= 2


#: the group a leading-group sentence sets up: …为成员的应急处置工作领导小组
_GROUP_NAME = lazy(r"(?:(?<=的)|(?<=成立)|(?<=成立了)|(?<=组建)|(?<=组建了))(?!了)(?P<g>[^的,;。:为以由]{2,20}?(?:领导小组|工作专班|专班|工作组|指挥部))")
#: a news headline, not a section naming a work: 县长王明调研重点水利工程, 区政府召开…推进会
#: a numbered title line, one short sentence naming a work: (一)城东小学改扩建工程。 / 第一项:X工程。
_WORK_TITLE = lazy(r"^\s*(?:" + ITEM_NO + r"|第[一二三四五六七八九十]{1,3}项[::])\s*[^,,;;。::]{4,30}。?\s*$")

_NEWS_HEAD = lazy(r"调研|召开|主持|出席|讲话|视察|检查|督导|座谈|会议|举行|部署|调度|督查|暗访|走访|察看")  # (县长X调度重点项目建设工作: a news headline, rx28)
#: how or in what spirit, not what: 加大工作力度, 明确工作任务, 充分认识…的意义, 结合会议研究的意见
_SOFT = lazy(r"^(?:(?:各|全)[\u4e00-\u9fff、()()]{1,12}?(?:都|均)?要)?(?:为了?|高标准|高质量|高度|加大|加强|强化|明确|充分认识|深刻认识|提高认识|认清|结合|按照|参照|依照|牵头|认真|提高|树牢|坚持|成立专班|进行|统筹|积极|全力以赴|"
                   r"落实执行|抓紧|高度重视|提高站位|提高政治站位|细化(?![^,,;。]{0,12}?(?:标准|办法|细则|制度|政策|规定))|压实|夯实|围绕|聚焦|对照|严格)")
_DELIVERABLE_OFF = lazy(r"^(?:[,,]|要|必须|务必|确保|力争|争取|努力|基本|全面|全部|按时|如期|高标准|高质量|成功|圆满|保质保量|顺利|"
                              r"完成|实现)+")


#: a task that names only a quota: 市定指标任务, 全年目标任务, 各项任务
_QUOTA_ONLY = lazy(r"^(?:完成)?[\u4e00-\u9fff]{0,4}?(?:指标|目标)?任务$|^[\u4e00-\u9fff]{0,4}?指标$")
#: a clause pushing a work on: 加快城南安置房建设进度
#: the parts of the amount before: 其中A工程将完成3亿元,B工程完成2亿元
_PARTS_OF = lazy(r"^其中[,,::]?[^,,。;]{2,16}?(?:将|要|计划)?(?:完成|投资|投入|安排|新建|建设)")
_PART = lazy(r"(?P<m>[\u4e00-\u9fff]{2,12}?)(?:将|要|计划)?(?:完成|投资|投入|安排)(?:投资)?(?P<n>\d+(?:\.\d+)?)(?P<u>[万亿]?元|万?平方米|套|个|公里)")


def _parts_of(sent: str, unit: str) -> list[Target]:
    """The parts of an amount, in its unit: ``其中西湖大堤加固将完成3亿元,南山水库建设完成2亿元``
    → 西湖大堤加固 3亿元, 南山水库建设 2亿元."""
    out = []
    for piece in re.split(r"[,,;;。]", re.sub(r"^其中[,,::]?", "", sent)):
        m = _PART.match(piece.strip())
        if m and m.group("u") == unit:
            out.append(Target(m.group("m"), "=", float(m.group("n")), m.group("u"), m.group(0)))
    return out


#: a named work pushed on within a dated time: 今年将加快城南大道改造的步伐
_PUSH_NAMED = lazy(r"(?:加快|加紧|抓紧)(?:推进)?[\u4e00-\u9fff]{2,16}?(?:改造|工程|项目|建设)的?(?:步伐|进度)")
_PUSHED = lazy(r"^(?:要)?(?:加快|加紧|抓紧|推进|加快推进|全力推进)(?P<w>[^,;。]{2,24}?(?:建设|改造|工程|项目))(?:进度|步伐)?$")


#: a work's quota counted right after it: (全县)农村危房改造任务19526户 (rx21)
_COUNTED_QUOTA = lazy(r"^(?:[\u4e00-\u9fff]{1,6}?[省市县区镇乡])?(?P<w>[\u4e00-\u9fff]{4,16}?)(?:的)?(?:年度|全年)?(?:目标)?任务(?:为|是|共)?\d")


def _counted_quota(cls: list) -> str:
    """The work whose quota a clause counts (``秭山县农村危房改造任务19526户`` → 农村危房改造), else ``""``."""
    return next((m.group("w") for c in cls for m in [_COUNTED_QUOTA.match(c.span.text.strip())] if m), "")


def _pushed_work(cls: list) -> str:
    """The work a clause pushes on (``加快城南安置房建设进度`` → 城南安置房建设), else ``""``."""
    return next((m.group("w") for c in cls for m in [_PUSHED.match(c.span.text.strip())] if m), "")


def _deliverable(cls: list, task: str) -> str:
    """Where ``task`` only tells how (加大工作力度) and a later clause gives what
    is due by when (…,3月底前高标准完成80公里示范路段绿化任务), the thing due
    (示范路段绿化); else ``""``."""
    if not (_SOFT.match(task) or method_only(task)):
        return ""
    for c in cls[1:] if cls and task_text(cls[0].span.text) == task else cls:
        if not (c.targets or c.deadlines or STRONG_MODAL_RX.search(c.span.text)) or not _COMPLETE.search(c.span.text):
            continue
        t = task_text(c.span.text)
        for d in c.deadlines:
            t = re.sub(re.escape(d.text) + r"[、和]?", "", t)  # (工程按期、按质完成: no 、 left behind)
        t = _DELIVERABLE_OFF.sub("", t)
        t = re.sub(r"^\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff]?(?:公里|平方米|亩|个|项|件|处|所|座|条|户|套)", "", t)
        t = re.sub(r"(?:的)?(?:任务|工作)$", "", t)
        w = re.sub(r"(?:完工|竣工|建成|完成|到位|投用|投入使用)$", "", t)
        if w != t and WORK_END_RX.search(w):  # X工程…完工 → X工程
            t = w
        t = re.sub(r"(?<=[\u4e00-\u9fff])(?<![主重需只次必首纪概摘])要(?:全部|全面)?(?=[\u4e00-\u9fff]{2})", "", t)  # 乡镇卫生院要全部达到…
        if len(t) >= 2:
            return t
    return ""


#: a concession or a frame, no work: 不管困难有多大, 无论任务多重, 按照区委的要求
_CONCEDES = lazy(r"^(?:不管|无论|不论|哪怕|即使|即便)|^(?:[都也还就]?要)?(?:按照|根据|依据)[^,,]{2,30}?(?:要求|部署|安排)$")


def _next_content(cls: list, task: str) -> str:
    """Where ``task`` only tells how and nothing is due, the next clause naming
    what is done (提高站位、压实责任,实施X管理 → 实施X管理); else ``""``."""
    if not (_SOFT.match(task) or method_only(task)):
        return ""
    for c in cls[1:] if cls and task_text(cls[0].span.text) == task else cls:
        t = task_text(c.span.text)
        if len(t) >= 4 and not _SOFT.match(t) and not method_only(t) and not c.actors.actors and not FRAME.match(t) and not _CONCEDES.match(t) \
                and not re.search(r"[各该此]", t[:2]):
            return t
    return ""


def _due_at_once(cand: _Cand) -> str:
    """An item without actors naming what is due at once: ``一是做好X工作,…会后立即做好Y申报工作`` → Y申报."""
    whole = "".join(c.span.text for c in cand.clauses)
    if cand.actors or not _ITEM_OPEN.match(whole.strip()):
        return ""
    now = next((m for c in cand.clauses for m in [_CONCRETE.search(c.span.text)] if m), None)
    if not now:
        return ""
    t = re.sub(r"^(?:立即|尽快|马上)(?:做好|启动|组织|开展)?", "", now.group(0))
    t = re.sub(r"(?:的)?工作$", "", t)
    return _of_project(t, _ITEM_PROJECT.match(cand.clauses[0].span.text.strip())) if len(t) >= 4 else ""


#: a project named (老旧小区精品示范项目), not a set of projects (重点项目)
_NAMED_PROJECT = lazy(r"(?P<w>[\u4e00-\u9fff“”]{2,14}(?:项目|工程))")
#: the project an item is about: 四是做好精品示范项目,… (rx26)
_ITEM_PROJECT = lazy(r"^(?:" + IS_NO + r"|" + BRACKET_NO + r")(?:做好|抓好|推进|加快|实施)(?P<w>[\u4e00-\u9fff]{2,12}(?:项目|工程))$")


#: a task naming its project only as 项目: 项目方案设计 / 该项目征地拆迁
_BARE_PROJECT = lazy(r"(?:完成|启动|做好|抓好|推进|加快)?(?:该)?(?:项目|工程)(?:要|将|须|必须|力争|确保|争取)?(?=[\u4e00-\u9fff]{2})")


def _project_step(cand: _Cand, project: str) -> str:
    """The task about a project named first (X项目是…工程,…): its step named only as 项目 (…完成项目主体封顶 →
    X项目主体封顶), else the project (rx26)."""
    if not any("项目" in c.span.text or "工程" in c.span.text for c in cand.clauses[1:]):
        return _dated_step_of(cand, project) or project  # (no step names a project at all: the common case, read at once)
    step = _actors_task(cand) or _dated_task(cand) or next(
        (t for c in cand.clauses[1:] for t in [tidy_task(task_text(c.span.text))] if _BARE_PROJECT.match(t)), "")
    named = _of_project(step, _NAMED_PROJECT.fullmatch(project))
    return named if named != step else project


#: a task that is only a count: 完成4000户 / 新增1200个 (rx28)
_COUNT_ONLY = lazy(r"^(?:全部|全面)?(?:完成|新增|实现|达到)?\d+(?:\.\d+)?万?(?:户|个|套|座|所|条|项|件|处|人|亩|公里|吨)$")
#: a task that is only a rate reached: 签约率达到60%以上 / 达到95%以上 (the rate of the step before)
_RATE_ONLY = lazy(r"(?:^|(?<=[,,]))(?:[^,,]{0,12}?前)?(?:(?P<a>[\u4e00-\u9fff]{2,4})率)?(?:要|须|必须)?(?:达到|达|提高到|提升到)\d+(?:\.\d+)?%(?:以上)?$")
#: the one work a speech's title names: 在城北片区征迁攻坚动员会上的讲话 (rx28)
_SPEECH_ON = lazy(r"在(?:全[区县市镇])?(?P<w>[\u4e00-\u9fff]{2,14}?(?:征迁|征收|拆迁|改造|建设|整治|搬迁))(?:工作)?(?:攻坚|推进|动员|调度|誓师)+(?:大会|会议|会)上的讲话")
#: a task that only counts things: 32个小区 / 6个村
_COUNTED_THING = lazy(r"^\d+(?:\.\d+)?万?(?:个|户|套|座|所|条|项|件|处|家)[\u4e00-\u9fff]{1,4}$")
#: a minutes item's head sentence naming what it is about: 3.关于环评审批。 (rx28)
_ABOUT_HEAD = lazy(r"^(?:" + ENUM + r"|第[一二三四五六七八九十]+[,,、]|[一二三四五六七八九十]是)?关于(?P<w>[^,,;;。::“”]{2,16})[。::]?$")


def _headed(st: "_ParaState", cands: list) -> None:
    """一、X项目:由A包保,B负责,年内完成路基工程: the sentence after a colon head naming a work is about that work (rx27)."""
    about = _ABOUT_HEAD.match(st.prev_sent.text.strip()) if st.prev_sent is not None and not st.prev_kept and cands \
        and not any(_dated_completion(c.span.text, c.deadlines) for c in cands[0].clauses) else None  # (a dated work names itself)
    if st.prev_sent is not None and _ABOUT_HEAD.match(st.prev_sent.text.strip()) and st.prev_sent.start == st.para.start:
        st.about = _ABOUT_HEAD.match(st.prev_sent.text.strip()).group("w")
    for c in cands:
        c.about = st.about
    head = _WORK_HEAD.match(st.prev_sent.text.strip()) or about if st.prev_sent is not None and not st.prev_kept else None
    if head and _is_work(head.group("w")):
        for c in cands[:1] if about else cands:  # (关于征地拆迁。…5月15日前完成签约,5月底前完成拆除: the later step names itself)
            if not c.topic:
                c.topic, c.headed = head.group("w"), True


def _dated_step_of(cand: _Cand, project: str) -> str:
    """关于X项目,施工单位要…,本月底前完成主体结构施工: the project's step due by its term (X项目主体结构施工, rx27), where
    the dated clause names a short step of its own; else ``""``."""
    if cand.clauses and not cand.headed and _NAMED_PROJECT.fullmatch(cand.clauses[0].span.text.strip(" ,,")) is None \
            and not re.match(r"^关于", cand.clauses[0].span.text):
        return ""
    dated = next((c for c in cand.clauses[0 if cand.headed else 1:] if any(d.date for d in c.deadlines)), None)
    step = re.sub(r"^(?:全部|全面)?完成", "", tidy_task(task_text(dated.span.text))) if dated else ""
    if not (2 <= len(step) <= 8) or weak_task(step) or project[-2:] in step or _PROJECT_ALL.search(step) \
            or _BARE_DONE.match(step) or step in ("完工", "竣工"):
        return ""  # (确保8月底前完工: the work itself is finished)
    return project + step


#: a step that names the whole of a project, not one of its steps
_PROJECT_ALL = lazy(r"项目|工程|建设任务|各项")


def _of_project(task: str, m: Optional[re.Match]) -> str:
    """A task naming its project only as 项目 (项目方案设计), after the project named (…精品示范项目,…): the
    named project's task (精品示范项目方案设计, rx26)."""
    w = re.sub(r"^.*?(?:抓好|做好|推进|加快|实施)", "", m.group("w")) if m else ""
    if not w or not _BARE_PROJECT.match(task) or re.search(r"(?:^|重点|各|全部|所有|相关|在建|续建|新建|新开工|招商)$", w[:-2]) \
            or re.search(r"一批|\d|[个项的]", w[:-2]) or re.search(r"由|牵头|负责", task):
        return task
    return w + _BARE_PROJECT.sub("", task, count=1)


def _joins_urged(st: "_ParaState", sent: Span, kept: list) -> bool:
    """``…要倒排工期,6月底前完成征迁。…请王五同志抓紧、再抓紧``: a sentence that only urges someone on the
    work the paragraph told last gives that commitment its actors (and is none of its own)."""
    if not (st.done and len(kept) == 1 and _URGING.match(sent.text.strip())):
        return False
    done = st.done[-1][0]
    done.extra_actors += [a for a in kept[0].actors if a not in done.actors]
    done.context.append(Span(sent.text, sent.start, sent.end))
    return True


#: a person or unit only urged on the work just told: 请王五同志抓紧、再抓紧,按照区委的要求抓好落实
_URGING = lazy(r"^请(?P<who>[^,,。;]{2,16}?)(?:同志)?(?:[、,,]?(?:再|务必)?(?:抓紧|加紧|加快|抓好落实|抓落实|狠抓落实|督促落实|落实到位|"
               r"亲自抓|靠前指挥)|[、,,]?(?:按照|根据)[^,,。;]{2,24}?(?:要求|部署))+[。;]?$")
#: carrying out, with no object: 逐条落实, 认真贯彻执行, 抓好落实
_BARE_CARRY = lazy(r"^(?:逐条|逐项|认真|全面|切实|抓好|抓紧|坚决)*(?:贯彻)?(?:落实|执行|实施)(?:到位)?$")
#: a document named in a paragraph: 《…》
_TITLE_IN = lazy(r"《([^》]{4,60})》")
#: a group set up, told as done: 成立了…领导小组, 已组建…专班
_SET_UP = lazy(r"(?:成立|组建)了|已(?:经)?(?:成立|组建)")


def _group_set_up(cand: _Cand) -> str:
    """成立以王五为组长…的城区改造工作领导小组: the group is the task."""
    whole = "".join(c.span.text for c in cand.clauses)
    group = _GROUP_NAME.search(whole) if "组长" in whole else None
    return group.group("g") if group else ""


#: a clause telling only the means or the unit of a work: 盯紧长三角、珠三角 / 利用春季有利时机 / 压实帮扶责任 /
#: 县发改局(县移民办)负责 (rx31)
_MEANS_ONLY = lazy(r"^(?:(?:盯紧|盯住|紧盯|利用|抓住|抢抓|借助|依托)[^,,;;。]{2,16}|压实[\u4e00-\u9fff]{0,6}责任|"
                   # the effort put in: 集中力量啃下“硬骨头” / 增加施工班组 / 倒排工期 / 坚持“签一户、腾一户” (rx34)
                   r"(?:集中|调集|增派|增加|充实)(?:精干)?(?:力量|人手|人员|施工班组|施工力量|机械设备|机械)[^,,;;。]{0,12}|"
                   r"(?:督促)?[\u4e00-\u9fff]{0,8}?(?:倒排工期|挂图作战|全力以赴|加班加点|抢抓工期|压茬推进)[^,,;;。]{0,8}|(?:坚持|实行|推行)“[^”]{2,20}”[^,,;;。]{0,16}|"
                   r"(?:啃下|啃掉|攻下)“?硬骨头”?|"
                   r"(?:[\u4e00-\u9fff]{2,6}将)?把?[^,,;;。]{2,24}?(?:与|和|同)[^,,;;。]{2,24}?(?:结合起来|统筹起来|一并推进)|"  # (…将把整改与验收结合起来, rx35)
                   r"[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心|公司|政府)(?:[((][^()()]{1,10}[))])?(?:牵头)?负责)$")


def _clause_terms(cand: _Cand) -> list:
    """The terms of a candidate's clauses, but those of a set that stands, of a bare year opening the sentence and of
    a clause of means beside a dated one."""
    found: list = []
    for c in cand.clauses:
        if c is not cand.clauses[-1] and _SUBSET.match(c.span.text.strip()):
            continue  # (已有5个项目于本月开工,6个项目争取年内开工: what stands, not what is due)
        if c is cand.clauses[0] and c.span.text.strip() in ("今年", "全年", "本年度", "下半年", "上半年", "年内") \
                and any(d.date and d.precision in ("month", "day") for x in cand.clauses[1:] for d in x.deadlines):
            continue  # (今年,X6月底前一定开工: the year opens the sentence, the term is X's, rx29)
        if _aside_term(cand, c):
            continue
        found += with_finish(c.deadlines, c.span.text)
    return found


def _aside_term(cand: _Cand, c: _Clause) -> bool:
    """A clause's term beside a dated one that is no term of the work: the means' (将把整改与年底验收结合起来,
    12月15日前开展“回头看”, rx35) or what the work is for (为确保年底能按时完成改造任务,…于6月30日前…, rx40)."""
    if not c.deadlines or not (PURPOSE_RX.match(c.span.text.strip()) or (len(cand.clauses) > 1 and _means_clause(c))):
        return False
    return any(d.date for x in cand.clauses if x is not c for d in x.deadlines)


#: a sentence that is a work and its dated step: 市中医院整体搬迁项目上半年投入使用。 (rx35)
_WORK_STEP_DUE = lazy(r"^[\u4e00-\u9fff“”]{3,24}?" + WORK_END + r"(?:要|将)?(?:在|于)?" + STEP_TERM + STEP_DONE + r"[。;]?$")


def _in_plan(cands: list, whole: str) -> bool:
    """A sentence of the year's plan that is a commitment: 新增停车位800个 / X率达到95%以上 / X项目上半年投入使用 (rx35) /
    X一期年底前投入运营 (rx39)."""
    return plan_amount(whole) or plan_rate(whole) or bool(_WORK_STEP_DUE.match(whole)) or _plan_dated(cands, whole)


def _plan_dated(cands: list, whole: str) -> bool:
    """In the year's plan, a work by its term: X一期年底前投入运营 / 年内实现Y全部摘帽 (rx39); nothing done told."""
    return not _PAST.search(whole) and not _RETRO.search(whole) and "情况" not in whole and any(
        _dated_completion(c.span.text, c.deadlines) and any(re.search(r"前$|^(?:今年)?年内$|^年底$|^(?:19|20)\d\d年(?:底|内)?$", d.text) for d in c.deadlines)
        for cand in cands for c in cand.clauses)


def _item_orders(ordered: list, rec: CommitmentRecord) -> list:
    """The orders after a report item, each with the item's status and units where it tells none (rx35)."""
    out = []
    for r in ordered:
        r = r if r.progress or not rec.progress else replace(r, progress=rec.progress)
        out.append(r if r.actors or not rec.actors else replace(r, actors=rec.actors))
    return out


def _means_clause(c) -> bool:
    """A clause of means only (:data:`_MEANS_ONLY`)."""
    return bool(_MEANS_ONLY.match(tidy_task(task_text(c.span.text))))


def _aim_over_means(cand: _Cand, task: str) -> str:
    """A task read from a clause of means only (要利用春季有利时机,抓紧修复渠道,年内力争新增有效灌溉面积1.2万亩): the
    work of the clause with the target or the dated term instead (rx31)."""
    if not (_MEANS_ONLY.match(tidy_task(task)) or _MEANS_ONLY.match(task)):
        return task
    for c in cand.clauses:
        name = task_text(c.span.text)
        if (c.targets or any(d.date for d in c.deadlines)) and len(tidy_task(name)) >= 4 \
                and not _MEANS_ONLY.match(tidy_task(name)):
            return name
    return task


def _done_of_before(cand: _Cand, task: str) -> str:
    """A bare completion (…,计划11月底前全部完成) names the work of the clause before it that puts one to its object
    (县委组织部负责,对X档案逐卷复核补证,…: X档案逐卷复核补证; rx33)."""
    if not re.fullmatch(r"(?:全部|全面|基本)?(?:完成|完工|到位|整改到位|办结)", tidy_task(task)):
        return task
    at = next((k for k, c in enumerate(cand.clauses) if any(d.date for d in c.deadlines)), 0)
    told = (re.sub(r"^对", "", tidy_task(task_text(c.span.text))) for c in cand.clauses[:at] if re.match(r"对(?![照标接比])", c.span.text.strip()))
    return next((t for t in told if len(t) >= 4 and not method_only(t)), task)


def _actors_task(cand: _Cand) -> str:
    """What the first clause naming an actor with more than a role tells it to do
    (an assisting unit's clause beside others' is not it)."""
    for k, c in enumerate(cand.clauses):
        if c.actors.actors and not c.actors.role_only and not (
                {a.role for a in c.actors.actors} == {"assist"} and cand.roles - {"assist"}):  # (B要全力配合 assists)
            if _PORTFOLIO.search(c.span.text) and k + 1 < len(cand.clauses):  # 王明同志:负责X工作,牵头推进Y: Y (rx26)
                return task_text(cand.clauses[k + 1].span.text)
            t = _told(cand, k)
            if t is not None:
                return t
    return ""


#: a clause telling what a unit did already: 已责令… / 已对…立案 (rx28)
_DID_ALREADY = lazy(r"^[\u4e00-\u9fff]{0,16}?已(?:经)?(?:责令|对|将|完成|开展|组织|约谈|下发|立案)")
#: a later clause planning a dated completion: 计划8月底前完成覆绿整治
_PLAN_DATED = lazy(r"^(?:并)?(?:计划|拟|预计将?|将|力争|确保)(?:于|在)?[^,,。;;]{2,12}?前(?:全部|全面)?完成(?P<w>[\u4e00-\u9fff]{3,16})$")


def _plan_over_done(cand: _Cand, task: str) -> str:
    """X镇政府已责令采石场停产,计划8月底前完成覆绿整治: the work a later clause plans by its term, not what the clause
    the task was read from says was done already (rx28); 全区现有菜市场32家,拟新建菜市场2家: what is planned, not what there
    is (rx43)."""
    k = next((k for k, c in enumerate(cand.clauses) if _DID_ALREADY.match(c.span.text.strip())
              and tidy_task(task) == tidy_task(task_text(c.span.text))), None)
    if k is None:
        return _plan_over_stock(cand, task)
    return next((m.group("w") for c in cand.clauses[k + 1:] for m in [_PLAN_DATED.match(c.span.text.strip())] if m), task)


#: what there is, counted: 全区现有菜市场32家 / 目前共有公厕15座
_STOCK = lazy(r"^(?:全[区县市镇乡]|我[区县市镇乡]|目前|现)?(?:现有|共有|已有)[\u4e00-\u9fff]{2,16}?\d+(?:个|家|所|座|处|条|户|间)$")
#: what is planned after it: 拟新建菜市场2家 / 计划改造3所
_PLANNED_NEXT = lazy(r"^(?:拟|计划|将|要|今年|年内)+(?P<w>(?:新建|改造|建设|提升|新增|完成)[\u4e00-\u9fff]{2,16}?)(?:\d+(?:个|家|所|座|处|条|户|间))?$")


def _plan_over_stock(cand: _Cand, task: str) -> str:
    """全区现有菜市场32家,拟新建菜市场2家: the work planned in the clause after what there is (rx43)."""
    if len(cand.clauses) < 2 or not _STOCK.match(cand.clauses[0].span.text.strip()):
        return task
    m = _PLANNED_NEXT.match(cand.clauses[1].span.text.strip())
    return m.group("w") if m else task


def _told(cand: _Cand, k: int) -> Optional[str]:
    """The task clause ``k`` tells its actor: what is done with the object (X要将Y,纳入Z),
    else what is due after a method, else the clause; ``None`` where it is too short."""
    c = cand.clauses[k]
    t = task_text("要求" + _ENUM_OFF.sub("", c.span.text.strip()) if c.asked else c.span.text)  # (会议要求,A按时完成X: X, as after 要求A)
    done_with = _object_done(cand, k, t)
    if done_with:
        return done_with
    if len(t) < 4:  # (A要认真研判,全力降低X: what follows the short method, rx24)
        return (_strong(cand.clauses[k + 1:]) or None) if _SHORT_HOW.match(t) else None
    g = _deliverable(cand.clauses[k + 1:], t) or generic_task(t, [x.span.text for x in cand.clauses[k + 1:]])
    r = (_next_content(cand.clauses[k + 1:], t) or g) if g == t else g
    # 要护航在建项目,…,区项目办要密切跟踪、全程服务: the work, not the method
    return r if not weak_task(r) else (_strong(cand.clauses[:k]) or _strong(cand.clauses[k + 1:])
                                       or after_frame(r, _short_due(cand.clauses[k + 1:])) or r)


#: a short deliverable: 尽快销号, 限期办结, 立即整改
_SHORT_DUE = lazy(r"销号|办结|整改|完成|完工|建成|验收|交付|到位|上报|报送")


def _short_due(cls: list[_Clause]) -> str:
    """After a frame (请A按照整改要求,尽快销号): the short deliverable of the next clause, else ``""``."""
    for c in cls:
        if c.actors.actors:
            return ""
        t = task_text(c.span.text)
        if len(tidy_task(t)) >= 2 and _SHORT_DUE.search(t) and not weak_task(t):
            return t
    return ""


def _object_done(cand: _Cand, k: int, t: str) -> str:
    """``X要将Y,纳入Z``: a 将/把 clause without its verb takes the next clause (without actors);
    ``X将对Y,进行Z``: Y and Z (tidied: Y的Z); else ``""``."""
    if k + 1 >= len(cand.clauses) or cand.clauses[k + 1].actors.actors:
        return ""
    nxt = task_text(cand.clauses[k + 1].span.text)
    if re.match(r"^(?:将|把)", t) and not _OBJ_VERB.search(t):
        if len(nxt) >= 4 and not weak_task(nxt) and not nxt.endswith("的"):  # (…,县级配套不足的,先垫付: a case, rx32)
            return nxt
    else:
        return done_to(t, nxt)  # 将对未按期完成的任务,进行重点督办 → 任务重点督办
    return ""


#: a completion naming nothing of its own: 全部完成, 按时完工
def _staged(cand: _Cand, task: str) -> str:
    """A stage of a work as the task (完成主体工程): the work a clause before it opens on, with that stage
    (开工建设县第二人民医院,年内完成主体工程 → 县第二人民医院主体工程; rx21)."""
    stage = _STAGE_OF.match(tidy_task(task)) if _STAGE_WORD.search(task) else None
    if not stage:
        return task
    work = next((m for c in cand.clauses for m in [_WORK_OF.search(c.span.text)] if m), None) \
        or _WORK_SUBJECT.match(cand.clauses[0].span.text.strip())  # (X扩建工程由区卫健局督促…,确保9月底前主体封顶, rx34)
    return work.group("w") + stage.group("s") if work else task


#: a goal reached by a work, said without it: 实现全覆盖 / 全部达标 / 动态清零
_GOAL_ONLY = lazy(r"^(?:全面|全部|基本)?(?:实现)?(?P<g>全[覆复]盖|全达标|全部达标|动态清零|应收尽收|应纳尽纳|应保尽保)$")


def _goal_of_work(cand: _Cand, task: str) -> str:
    """区卫健局要推进X标准化建设,年底前实现全覆盖: the goal of the work the clause before names (X标准化建设全覆盖,
    rx26)."""
    m = _GOAL_ONLY.match(tidy_task(task))
    at = next((k for k, c in enumerate(cand.clauses) if k and m and m.group("g") in c.span.text), 0)
    work = tidy_task(task_text(cand.clauses[at - 1].span.text)) if at else ""
    return work + m.group("g") if len(work) >= 4 and not _GOAL_ONLY.match(work) else task


#: a work named, then what holds it or where it stands: X项目因用地问题尚未开工 / Y工程目前正在施工
_WORK_TOLD = lazy(r"^(?P<w>[\u4e00-\u9fff“”]{3,20}?(?:项目|工程))(?=因|由于|目前|尚未|仍未|已|正在)")
#: a bare close of a set of tasks or problems: 全部销号 / 全部整改到位 / 全部办结 (rx27)
_CLOSED = lazy(r"^(?:全部|全面|按期|如期)?(?:完成)?(?P<s>销号|办结|整改到位|清零)$")
#: what opens a kind named after 对, before the set: 对 / 仍 / 的12项 (→ 未完成整改任务)
_KIND_OFF = lazy(r"^(?:" + ENUM + r")?(?:同时|此外)?[,,]?对|(?<=[\u4e00-\u9fff])仍|的?(?:\d+|[一二三四五六七八九十两]+)(?:项|个|件|处)(?=[\u4e00-\u9fff]{2}$)")


def _bare_step_of_first(cand: _Cand, task: str) -> str:
    """南坪镇:高标准农田建设推进缓慢,请加快进度,确保9月底前完工: a bare step (完工) is of the work the first clause
    names (高标准农田建设, rx26)."""
    bare = tidy_task(task)
    closed = next((m for c in cand.clauses[1:] for m in [_CLOSED.match(tidy_task(task_text(c.span.text)))] if m), None) \
        if len(cand.clauses) >= 2 and _TO_KIND.match(cand.clauses[0].span.text.strip()) else None
    if closed:  # 对仍未完成整改的12项任务,…(逐项盯办),确保12月底前全部销号: those tasks closed (rx27)
        return _KIND_OFF.sub("", tidy_task(cand.clauses[0].span.text.strip())) + closed.group("s").replace("整改到位", "整改")
    if len(cand.clauses) < 2 or not _BARE_STEP.match(bare) or bare in cand.clauses[0].span.text:
        return task
    told = _WORK_TOLD.match(cand.clauses[0].span.text.strip())  # X项目因用地问题尚未开工,争取上半年开工建设 (rx27)
    work = told.group("w") if told else tidy_task(task_text(cand.clauses[0].span.text))
    if len(work) < 4 or weak_task(work) or not WORK_END_RX.search(work) or _BARE_STEP.match(work):
        return task
    return work if _BARE_DONE.match(bare) or bare in ("完工", "竣工") else _BUILT_OFF.sub("", work) + _step_words(task)


#: 建设 after a work's name, left out before its step: 加快X改线工程建设,确保6月底前完成路基工程 → X改线工程路基工程 (rx28)
_BUILT_OFF = lazy(r"(?<=工程|项目)建设$")


#: a first clause pushing on a work: 二是启动城南片区棚户区改造 / 三是推进县城污水管网改造 (rx28)
_PUSHED_FIRST = lazy(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|[一二三四五六七八九十]要)?(?:加快|推进|启动|实施|抓好|做好|着力推进|全力推进|扎实推进)"
                     r"(?P<w>[\u4e00-\u9fff]{4,16}(?:改造|建设|整治|提升|工程|项目))$")


#: a task naming "the project" bare, then its step: 项目开工建设 / 项目主体完工 / 项目用地报批 (rx28)
_BARE_PROJECT_STEP = lazy(r"^项目(?!建设$)(?!的)[\u4e00-\u9fff]{2,10}$")
#: the title of a meeting's minutes or news: 专题会议纪要 / 推进会 / 调度会
_MEETING_TITLE = lazy(r"纪要|会议|推进会|调度会|协调会|专题会")


def _only_pushed(cur: _Cand) -> bool:
    """A candidate opened by a clause pushing on a work, with no count of its own (二是启动X改造): the counts after it
    are that work's (一是实施X项目,新建A20所,新增B1.4万个: one, rx40)."""
    return bool(_PUSHED_FIRST.match(cur.clauses[0].span.text.strip())) and not amount_clause(cur.clauses[0].span.text)




def _pushed_first(cand: _Cand, task: str) -> str:
    """二是启动X改造,全年新开工安置房1500套: the work the first clause pushes on names the task its counted clause
    states (X改造, not 新开工安置房; rx28)."""
    if len(cand.clauses) < 2 or cand.actors or any(c.actors.actors for c in cand.clauses):
        return task
    m = _PUSHED_FIRST.match(cand.clauses[0].span.text.strip())
    counted = m and any(_sized(c) and tidy_task(task) and tidy_task(task) in tidy_task(task_text(c.span.text)) for c in cand.clauses[1:])
    return _BUILT_OFF.sub("", m.group("w")) if counted else task


#: a clause of a bare step by its term: 确保年底前交付使用 / 力争10月底前竣工 (rx28)
_TERM_STEP = lazy(r"^(?:确保|力争|争取|要|并)?(?:在|于)?" + TERM_BEFORE + r"(?P<s>" + STEP_DONE + r")$")


def _site_step(cand: _Cand) -> str:
    """The step a candidate's bare dated clause names (…,确保年底前交付使用 → 交付使用), for the work of the paragraph."""
    for c in cand.clauses[1:]:
        m = _TERM_STEP.match(c.span.text.strip())
        if m:
            return _step_words(m.group("s"))
    return ""


#: a bare step planned by its term: 计划明年3月投入使用 / 预计11月底前竣工 (rx28)
_PLANNED_STEP = lazy(r"^(?:计划|预计|力争|争取|确保)(?:于|在)?(?:今年|明年|年内|年底)?(?:\d{1,2}月(?:底|份|中旬|下旬|上旬)?)?(?:前)?(?P<s>" + STEP_DONE + r")$")
#: a short label opening a part of a sentence: 答复意见: / 进展情况:
_SHORT_LABEL = lazy(r"[^,,。;;::]{2,8}[::]")
#: an early stage of a work, named bare: 完成前期工作 / 工可编制 / 初步设计
_EARLY_STAGE = lazy(r"(?:完成)?(?:前期工作|前期手续|工可编制|可研编制|初步设计|施工图设计|招投标|施工招标)")
#: a sentence opened by a work and how far it is: (三、)X项目主体已封顶 / X工程正在…
_WORK_TOLD_FIRST = lazy(r"\s*(?:" + ENUM + r")?(?P<w>[\u4e00-\u9fff]{3,20}?(?:项目|工程|院区|中心|大楼|大桥|公路|学校|医院))(?=主体|已|正在|目前|基础)")


def _first_work(text: str) -> str:
    """The work a sentence's first clause pushes on (一是加快国道210线改线工程建设 → 国道210线改线工程), else ``""``."""
    work = _BUILT_OFF.sub("", tidy_task(task_text(text)))
    ok = len(work) >= 4 and not weak_task(work) and WORK_END_RX.search(work) and not _BARE_STEP.match(work)
    return work if ok and re.search(r"(?:工程|项目)$", work) else ""


def _step_of_work(cand: _Cand, task: str) -> str:
    """A bare step with a term of its own after a dated clause of the same actors (…6月底前完成青禾小学教学楼
    主体封顶,8月底前投入使用): the step of the work that clause names (青禾小学教学楼投入使用; rx25)."""
    if not cand.stage_of or not _BARE_STEP.match(re.sub(r"^完成(?:全部|全面)?(?=[\u4e00-\u9fff]{2}$)", "", tidy_task(task))):
        return task  # (完成全部签约: a bare step too, rx27)
    work = next((m for part in reversed(cand.stage_of.split(",")) for m in [_WORK_NAMED.search(part)]
                 if m and not any(m.group("w") in a.name for a in find_actors(part).actors)), None)  # (the work named last, not in a unit's name: rx26)
    if work:
        return work.group("w") + _step_words(task)
    first = cand.stage_of.split(",")[0].strip()  # 城北片区征收,由A牵头,…,9月30日前完成全部签约: the work the sentence opens with (rx27)
    if _TOPIC_FIRST.fullmatch(first) and not find_actors(first).actors:
        return first + _step_words(task)
    pushed = _first_work(first) if "," in cand.stage_of and not find_actors(first).actors else ""
    return pushed + _step_words(task) if pushed else task  # (一是加快X工程建设,确保6月底前完成路基工程,年底前全线通车, rx28)


def _after_work(before: str, task: str) -> str:
    """A bare step after a candidate named ``before``: its work and the step (X开工、…完工: X完工, rx29); a bare
    完工 after a work of no step is that work (今年要完成X改造15个,…确保10月底前全部完工: X改造, rx28)."""
    if re.fullmatch(r"(?:全部|全面)?(?:完工|竣工)", tidy_task(task)) and len(before) >= 4 and not _BARE_STEP.match(before) \
            and not _STEP_SUFFIX.search(before):
        return before  # (its 完成 off in finish)
    work = _STEP_SUFFIX.sub("", before)
    return work + _step_words(task) if len(work) >= 4 and work != before else task


#: a work named alone at the head of a sentence: 城北片区征收 / 老旧小区改造 (no verb before it, no modal)
_TOPIC_FIRST = lazy(r"[\u4e00-\u9fff“”]{2,16}?(?:征收|征迁|拆迁|搬迁|改造|建设|整治|安置|项目|工程)")


def _step_words(task: str) -> str:
    """A bare step without its manner, to follow the work it is of: 全部实现开工 → 开工, 完成路基工程 → 路基工程."""
    step = re.sub(r"^(?:全部|全面|基本|按时|如期|按期|全线)?(?:实现)?", "", tidy_task(task))
    step = step[2:] if step.startswith("完成") and len(step) > 2 else step
    return re.sub(r"^(?:全部|全面)(?=[\u4e00-\u9fff]{2})", "", step)  # (完成全部签约 → 签约, rx27)


#: the step a work's name ends with, left out when a later step takes the work: 前期手续办理 / 设计招标
_STEP_SUFFIX = lazy(r"(?:前期(?:手续)?(?:办理|工作)?|手续办理|设计招标|设计|招标|选址|立项|征地拆迁|征地|拆迁|主体封顶|主体工程|路基工程|路面工程|"
                   r"开工建设|开工|破土动工|动工|合龙|封顶)$")  # (X6月底前开工、年底前建成通车: X建成通车, rx26)
_BARE_STEP = lazy(r"^(?:全部|全面|按时|如期|按期|基本|全线|正式)?(?:实现)?(?:开诊|开业|完成|完工|建成|竣工|投用|投入使用|交付使用|通车|开工|开工建设|动工|破土动工|封顶|合龙|贯通|通水|投运|运营|对外开放|开园|开馆|建成通车|建成投用|建成投运|搬迁入住|入住|交房|签约|交地|腾空|拆除)$"
                  r"|^(?:完成)?(?:主体|基础|桩基|路基|路面)(?:工程|施工|结构)?(?:封顶|完工)?$")
#: a work named in a clause: 青禾小学教学楼, 城南污水处理厂 (before its stage, or ending the clause)
_WORK_NAMED = lazy(r"(?:^|完成|开工建设|新建|建设|推进|实施|启动|建成|做好|抓好)(?:[\d一二三四五六七八九十两]+(?:处|个|座|所|条|家|栋))?(?!主体|基础|桩基|路基|路面)(?P<w>(?:(?!要|将|推进|加快|实施|建设|完成)[\u4e00-\u9fff]){2,20}?(?:院|校|中心|工程|项目|厂|馆|场|站|园|路|桥|大道|小区|楼|房|点|室|安置区)(?:[一二三四五]期)?(?:项目|工程)?)")


#: a stage of a work, due by a date: 完成主体工程 / 主体结构封顶 / 完成基础施工
_STAGE_OF = lazy(r"^(?:完成|实现)?(?P<s>主体(?:工程|结构)?(?:封顶|完工|施工)?|基础(?:工程|施工)|桩基(?:施工)?|封顶)$")
#: the work a clause opens on: 开工建设县第二人民医院 / 加快推进城南污水处理厂
_WORK_OF = lazy(r"(?:开工建设|新建|建设|推进|实施|启动)(?P<w>[\u4e00-\u9fff]{3,20}?(?:院|校|中心|工程|项目|厂|馆|场|站|园|路|桥|大道|小区|楼))$")
#: the work a sentence opens on as its subject, then who sees to it: X扩建工程由区卫健局督促… / Y项目要…
_WORK_SUBJECT = lazy(r"^(?:" + ENUM + r")?(?P<w>[\u4e00-\u9fff]{3,20}?(?:工程|项目))(?=由|要|需|须|必须|将)")
_BARE_DONE = lazy(r"^(?:全部|全面|按时|如期|按期|基本)?(?:完成|完工|建成|竣工|投用|到位|办结|立项|完成办理|(?:验收)?达标)$")


def _dated_task(cand: _Cand) -> str:
    """Kept for its dated deadline, without actors: the clause that carries it
    (…并于1月15日前将方案报区政府办); a quota there (确保年内完成省下达的指标任务)
    gives way to the work the sentence pushes on; actors given from outside (a reply's unit) do not count (rx26)."""
    if any(c.actors.actors for c in cand.clauses) or (cand.actors and not cand.reply and not cand.roles_after):
        return ""
    for k, c in enumerate(cand.clauses):
        if any(d.date for d in c.deadlines) and _COMPLETE.search(c.span.text) and not c.targets:
            t = task_text(c.span.text)
            before = _work_before(cand, k, t)
            if before:
                return before
            if len(tidy_task(t)) >= 4 and not weak_task(t):
                return (_QUOTA_ONLY.match(tidy_task(t)) and (_pushed_work(cand.clauses) or _counted_quota(cand.clauses))) or t
    return ""


def _work_before(cand: _Cand, k: int, t: str) -> str:
    """A bare step or completion dated in clause ``k``, named by the clause before: X二期要加快施工,确保七一前对外开放 →
    X二期对外开放 (rx26); X,要在年底前全部完成 → X; else ``""``."""
    while k > 1 and _SERVED_CLAUSE.match(cand.clauses[k - 1].span.text.strip()):
        k -= 1  # (改造老旧小区12个,惠及居民2600户,10月底前完工: the work, not whom it serves; rx28)
    if not k:
        return ""
    bare = tidy_task(t)
    work = _WORK_NAMED.search(cand.clauses[k - 1].span.text) if _BARE_STEP.match(bare) and not _BARE_DONE.match(bare) else None
    if work:
        return work.group("w") + _step_words(t)
    prev = task_text(cand.clauses[k - 1].span.text) if _BARE_DONE.match(bare) else ""
    return prev if len(tidy_task(prev)) >= 4 and not weak_task(prev) else ""


#: a clause telling whom a work serves or what it costs: 惠及居民2600户 / 总投资1.2亿元 (rx28)
_SERVED_CLAUSE = lazy(r"^(?:惠及|受益|覆盖|涉及|(?:总|计划|预计)?投资|总长|全长|总面积|建筑面积|占地面积?)[^,,;。]*$")  # (总长23.5公里: its size, rx35)


def _planned_task(cand: _Cand) -> str:
    """A sentence that tells how a plan came about before the plan itself (经过调查摸底,…制定了三年规划,
    计划三年内完成3000户棚户区改造任务): the clause with the plan's modal and amount, where no clause
    before it asks or counts anything (rx21)."""
    if cand.actors:
        return ""
    for k, c in enumerate(cand.clauses):
        text = c.span.text
        if c.targets and _PLAN_DUE.search(text):
            t = task_text(_PLAN_DUE.split(text)[-1])
            return t if k and len(tidy_task(t)) >= 4 and not weak_task(t) else ""
        if c.targets or MODAL_RX.search(text):
            return ""
    return ""


_PLAN_DUE = lazy(PLAN_DUE)


#: a remark on a work, not a task: X问题已经引起区委、区政府高度重视 (rx24)
_REMARKED = lazy(r"已(?:经)?引起[^,,;。]{0,24}?(?:高度)?(?:重视|关注)|(?:书记|县长|区长|市长|主任)亲自(?:安排|部署|过问|调度)")


#: the set a sentence's count is drawn from (在尚未开工的40个项目中,) and how many of it stand so (有20个正在办理…):
#: no task of the sentence, which comes after them (…,力争10个项目年内开工) (rx25)
_SUBSET = lazy(r"^在[^,;。]{2,30}?(?:中|之中|当中)$|^(?:有|其中)?[\d一二三四五六七八九十两]+[个项家所条处]?(?:正在|已经?|尚未|还未|仍在)|^已(?:经)?有\d")


#: a clause that only joins the sentence to the one before: 与此同时, / 此外, / 另一方面,
_JOINER_ONLY = lazy(r"^(?:与此同时|同时|此外|另外|另一方面|除此之外|在此基础上|与此相应)[,,]?$")


def _first_task(cand: _Cand) -> str:
    """The first clause with content (not only roles, not a frame, not the set counted from), or what is due after it."""
    for k, c in enumerate(cand.clauses):
        if not c.actors.role_only and not FRAME.match(c.span.text.strip()) and not _REMARKED.search(c.span.text) \
                and not (k + 1 < len(cand.clauses) and (_SUBSET.match(c.span.text.strip()) or _CAMPAIGN.match(c.span.text.strip())
                                                        or _BY_TERM.match(c.span.text.strip()) or _DECIDED.match(c.span.text.strip())
                                                        or _JOINER_ONLY.match(c.span.text.strip()))):  # (至2020年年底, / 市委、市政府决定,: rx44; 与此同时,: session 54)
            t = task_text(c.span.text)
            if k + 1 < len(cand.clauses) and _MONEY_ONLY.match(t) and not _STATUS_CLAUSE.search(cand.clauses[k + 1].span.text):
                continue  # 年内筹措资金20万元,完成村卫生室改造: the work after the money (rx27)
            if len(t) >= 4:
                r = _deliverable(cand.clauses[k:], t) or _next_content(cand.clauses[k:], t) or t
                return r if not weak_task(r) else (_strong(cand.clauses) or r)
    return ""


def _context_task(cand: _Cand) -> str:
    """The first clause with content of the sentences it takes its task from."""
    for s in cand.context:
        for c in clauses(s.text, s.start):
            if not find_actors(c.text).role_only:
                t = task_text(c.text)
                if len(t) >= 4:
                    return t
    return ""


def _parts_of_previous(prev: Span, kept: list[_Cand], absorbing: bool) -> None:
    """``要加快推进X项目。其中,征地由A牵头,拆迁由B牵头``: X项目征地, X项目拆迁;
    ``年内要签约一批A项目、开工一批B项目。其中,项目签约由甲牵头,项目开工由乙牵头``:
    each part the work listed for it.  The sentence before is evidence unless absorbed."""
    work = _work_named(prev.text)
    if work:
        if _split_parts(kept, [c for cd in kept for c in cd.clauses], work) and not absorbing:
            for c in kept:
                c.context.append(prev)
        return
    for c in kept:
        topic = next((x.actors.topic for x in c.clauses if x.actors.topic), "")
        w = listed_work(topic, prev.text) if topic else ""
        if w:
            c.topic = w
            if not absorbing:
                c.context.append(prev)


def _own_work(task: str, heading: str) -> bool:
    """A task under a heading's work that names a work of its own: long, not weak, sharing a word of the heading
    (1.县自然资源局负责在5月15日前完成停车场用地规划调整 under 二、关于县城停车场建设; rx22)."""
    t = tidy_task(task)
    return len(t) >= 6 and not weak_task(t) and any(heading[k:k + 2] in t for k in range(len(heading) - 1))


def _assigns_roles_only(first: _Cand, cands: list[_Cand]) -> bool:
    """``由张三同志牵头,区水务局具体抓好落实。``: the sentence opens with roles only, without a topic (but the work
    just stated: ``该项工作由…牵头``, rx22)."""
    return bool(first.role_only and first.actors and first is cands[0]
                and not any(c.actors.topic and not THAT.fullmatch(c.actors.topic) for c in first.clauses))


#: a unit's standing part in a work, no work of its own: 负责统筹调度 / 负责技术指导和质量验收 / 负责督促检查
_DUTY_PART = lazy(r"(?:统筹|协调|调度|技术指导|指导|督导|督促|检查|验收|考核)[\u4e00-\u9fff和、]{0,8}$")


def _roles_given(st: "_ParaState", sent: Span, kept: list[_Cand], cands: list[_Cand]) -> Optional[list[_Cand]]:
    """A sentence giving the works before it their units: standing parts (这项工作A负责统筹调度,…, rx32), roles only
    (由A牵头,B具体抓好落实), who assists (县自然资源局要积极配合); what stays kept, else None."""
    first = kept[0]
    if not st.prev_kept and st.prev_sent is not None and ITEM_RX.match(st.prev_sent.text.strip()) and _step_names(first, st.prev_sent.text):
        first.topic = _item_opening_work(st.prev_sent) or first.topic  # 5.开展X专项清查,…。由A牵头,B负责,9月底前完成专项清查: X专项清查 (rx37)
        first.context.append(st.prev_sent)
        return kept
    if st.prev_kept and _duties_of_that(first):
        return _duties_to_previous(st, sent, kept)
    if _assigns_roles_only(first, cands):
        return _roles_to_previous(st, sent, kept)
    if st.prev_kept and _roles_of_that(first):  # …要在明年汛期前全部完工。这项工作由A牵头,B负责实施,C配合做好X工作 (rx35)
        _give_roles(st, sent, first.actors)
        return kept[1:]
    if st.prev_kept and _assists_only(first, cands):  # …6月底前开工建设。县自然资源局要积极配合。
        st.prev_kept[-1].extra_actors += first.actors
        st.prev_kept[-1].context.append(Span(sent.text, sent.start, sent.end))
        return kept[1:]
    return None


def _item_opening_work(sent: Span) -> str:
    """The work an item's sentence opens with (1.全面推行首问负责制,在大厅设导办岗。 → 全面推行首问负责制), else ""."""
    head = re.split(r"[,,;;。]", ITEM_RX.sub("", sent.text.strip(), count=1))[0]
    return tidy_task(task_text(head)) if len(head) >= 4 else ""


def _step_names(first: _Cand, said: str) -> bool:
    """A sentence opening with its roles (由A牵头,B负责,…) whose dated step names again, by a run of four characters,
    the work ``said`` before it."""
    if not first.clauses or not first.clauses[0].span.text.lstrip().startswith("由") or not first.clauses[0].actors.role_only:
        return False
    steps = [c.span.text for c in first.clauses if not c.actors.actors and any(d.date for d in c.deadlines)]
    return any(len(t) >= 4 and any(t[k:k + 4] in said for k in range(len(t) - 3)) for t in steps)


def _dated_after_roles(st: "_ParaState", sent: Span, kept: list[_Cand]) -> None:
    """河道清淤和排污口截污,责任在县水务局,县环保局配合…。今年汛期后要立即组织施工,10月底前完成…: a work and its units
    with no term, then its term and size naming nobody — one commitment, the work named by the sentence before (rx33)."""
    prev = st.prev_kept[-1] if len(st.prev_kept) == 1 else None
    cur = kept[0] if len(kept) == 1 else None
    if not (prev and cur and not cur.actors and any(d.date for c in cur.clauses for d in c.deadlines)) \
            or not any(a.role in ("lead", "responsible") for a in prev.actors) \
            or any(c.targets or any(d.date for d in c.deadlines) for c in prev.clauses):
        return
    work = prev.clauses[0]
    if work.actors.actors or len(work.span.text.strip()) < 4:
        return
    st.done[:] = [(c, x) for c, x in st.done if c is not prev]
    cur.extra_actors += prev.actors
    cur.topic = tidy_task(work.span.text.strip())
    cur.context.append(st.prev_sent)


def _duties_to_previous(st: "_ParaState", sent: Span, kept: list[_Cand]) -> list[_Cand]:
    """这项工作市农工委负责统筹调度,市卫健委负责技术指导和质量验收: the units of each standing part join the works of
    the sentence before (rx32); what is kept after them stays."""
    k = 0
    while k < len(kept) and kept[k].actors and all(_DUTY_PART.search(c.span.text.strip()) for c in kept[k].clauses
                                                   if c.actors.actors):
        for target in st.prev_kept:
            target.extra_actors += [a for a in kept[k].actors if a not in target.extra_actors]
            target.context.append(Span(sent.text, sent.start, sent.end))
        k += 1
    return kept[k:]


def _roles_of_that(first: _Cand) -> bool:
    """这项工作由A副县长牵头,B负责组织实施,C配合做好征地协调工作: the work the sentence before stated given its units, with
    nothing due or counted of its own (rx35)."""
    head = first.clauses[0].span.text.strip()
    return bool(first.actors) and THAT.match(head) is not None and "由" in head[:8] \
        and not any(c.targets or any(d.date for d in c.deadlines) for c in first.clauses)


def _duties_of_that(first: _Cand) -> bool:
    """这项工作市农工委负责统筹调度,市卫健委负责技术指导和质量验收: units given their parts in the work the sentence
    before named, each clause a unit and a standing part (rx32)."""
    named = [c for c in first.clauses if c.actors.actors]
    return bool(named) and THAT.match(first.clauses[0].span.text.strip()) is not None \
        and all(_DUTY_PART.search(c.span.text.strip()) for c in named)


def _assists_only(first: _Cand, cands: list[_Cand]) -> bool:
    """``县自然资源局要积极配合。``: a sentence naming only who assists, with nothing due of its own."""
    return len(cands) == 1 and bool(first.actors) and all(a.role == "assist" for a in first.actors) \
        and not any(c.targets or c.deadlines for c in first.clauses) \
        and all(c.actors.actors for c in first.clauses)


def _manner_roles(st: "_ParaState", cands: list[_Cand]) -> None:
    """…年底前片区道路全线贯通。区指挥部要牵头抓总: roles in a manner's words, no task of their own, go to the works
    of the sentence before that name nobody (rx27)."""
    if cands and cands[0].role_only and st.prev_kept and not any(c.actors for c in st.prev_kept):
        for target in st.prev_kept:
            target.extra_actors += cands[0].actors


def _give_roles(st: "_ParaState", sent: Span, actors, after: bool = False) -> None:
    """The works of the sentence before take ``actors`` (once each) and ``sent`` as their context."""
    for target in st.prev_kept:
        target.extra_actors += [a for a in actors if a not in target.extra_actors]
        target.roles_after = target.roles_after or after
        target.context.append(Span(sent.text, sent.start, sent.end))


def _roles_to_previous(st: "_ParaState", sent: Span, kept: list[_Cand]) -> list[_Cand]:
    """A sentence of roles only gives them to the task just stated where that has no
    actors (and is dropped), or takes the sentence before as its task where nothing was kept."""
    first = kept[0]
    if st.prev_kept and not any(c.actors for c in st.prev_kept):
        _give_roles(st, sent, first.actors, after=True)  # (each work and step of the sentence before: 这项工作由A牵头, rx27)
        return kept[1:]
    if st.prev_kept and first.actors and all(a.kind == "person" and _LEADER_POST.search(a.post or "") for a in first.actors):
        for target in st.prev_kept:  # (…10月15日前全部完工。由马某副县长负责协调调度。: the leader over the works, rx29)
            target.extra_actors += [replace(a, role="lead") for a in first.actors]
            target.context.append(Span(sent.text, sent.start, sent.end))
        return kept[1:]
    if not st.prev_kept:
        first.context.append(st.prev_sent)
        if st.prev_sent is not None and ITEM_RX.match(st.prev_sent.text.strip()) \
                and any(_MANNER_ONLY.match(c.span.text.strip(" ,,。;;")) for c in first.clauses):
            first.topic = _item_opening_work(st.prev_sent) or first.topic  # (立即实施: the item's work, rx37)
    return kept


#: what a roles sentence asks after its units, no work of its own: 立即实施,长期坚持 / 即日起执行 / 三季度起在新项目中全面执行 —
#: the work is the item's sentence before (1.全面推行首问负责制,…。由局办公室负责,立即实施,长期坚持。, rx37)
_MANNER_ONLY = lazy(r"^(?:[\u4e00-\u9fff]{0,8}起)?(?:在[\u4e00-\u9fff]{0,14}中)?(?:立即|全面|严格|认真|抓紧)?"
                    r"(?:实施|执行|推行|落实|抓好落实|组织实施|坚持)$|^长期坚持$")


def _roles_to_group(st: "_ParaState", first: _Cand) -> None:
    """新建A;新建B;解决C。这一块由X牵头,Y负责: the roles of the works the paragraph told before, A and B too (rx37)."""
    if _GROUP_THAT.match(first.clauses[0].span.text):
        for c, _ in st.done:
            if not c.actors:
                c.extra_actors += [a for a in first.actors if a not in c.extra_actors]


def _group_given(st: "_ParaState", first: _Cand, sent: Span) -> bool:
    """A roles sentence opened by a word for the works before (这几项工作,请X挂帅), those works having no actors: its
    roles given to each (:func:`_roles_to_group`), the sentence their evidence too; False where it is not one."""
    if not (_GROUP_THAT.match(first.clauses[0].span.text) and first.actors and st.done) or any(c.actors for c in st.prev_kept) \
            or len({c.clauses[0].span.start for c, _ in st.done if not c.actors}) < 2:
        return False  # (A、B、C这三项工作,是关键。这三项工作由X牵头: works named in one breath, the roles sentence the item)
    _roles_to_group(st, first)
    for c, _ in st.done:
        if first.actors[0] in c.extra_actors:
            c.context.append(Span(sent.text, sent.start, sent.end))
    return True


#: a word for the works told before it, more than one: 这一块 / 这几项 / 上述工作 / 以上工作 (rx37)
_GROUP_THAT = lazy(r"^(?:这一?块|这几项|这些工作|这些任务|上述工作|上述任务|以上工作|以上任务|这方面|"
                  + WORKS_BEFORE + r")")


#: a working group set up and its head: 会议同意成立由孙某副县长任组长的闲置资产盘活工作专班 (rx29)
_HEADED_GROUP = lazy(r"成立(?:了)?由[\u4e00-\u9fff]{2,16}?(?:任|担任)(?:组长|指挥长|总指挥)的[\u4e00-\u9fff]{2,20}?(?:专班|领导小组|指挥部|工作组)$")


def _headed_group(cands: list[_Cand]) -> list[_Cand]:
    """A working group set up under a leader, then what its units are to do: the leader leads those works,
    the group's setting up is no work of its own (rx29)."""
    if len(cands) < 2 or len(cands[0].clauses) != 1 or not _HEADED_GROUP.search(cands[0].clauses[0].span.text.strip()):
        return cands
    heads = [replace(a, role="lead") for a in cands[0].actors if a.kind == "person"]
    if not heads:
        return cands
    for c in cands[1:]:
        c.extra_actors = heads + list(c.extra_actors)
    return cands[1:]


#: the post of a leader who coordinates the works of others (副县长, 常务副区长, 镇党委书记)
_LEADER_POST = lazy(r"(?:县长|区长|市长|州长|旗长|镇长|乡长|书记)$")


def _named_work(rx: re.Pattern, text: str) -> Optional[re.Match]:
    """The match of ``rx`` where its work ``w`` is a named work (:func:`_is_work`), else ``None``."""
    m = rx.match(text)
    return m if m and _is_work(m.group("w")) else None


def _work_names(w: str) -> list[str]:
    """A项目、B工程(等2个项目)进展缓慢: one name per work where each is one, else the whole."""
    names = re.sub(r"等[\d一二三四五六七八九十两]*个?(?:项目|工程)$", "", w).split("、")
    if len(names) < 2 or not all(_is_work(n) and WORK_END_RX.search(n) for n in names):
        return [w]
    return names


def _aimed(text: str) -> bool:
    """Figures of a status report (已完成…, 完成率45%, 仅占…) are progress, not targets."""
    return not _RETRO.search(text) and not (_STATUS_CLAUSE.search(text) and not MODAL_RX.search(text))


def _few_counts(ts: list[Target]) -> list[Target]:
    """Bare counts (12件民生实事) are many and loose: the first, and none beside real targets."""
    counts = [t for t in ts if t.op == "=" and t.text and t.text[0].isdigit()]
    others = [t for t in ts if t not in counts]
    return others or counts[:1]


def _subject_topic(cand: _Cand) -> str:
    """X建设要加快推进,区某局要… / X是今年的重点民生工程,由…: the subject of a first clause without actors."""
    first = cand.clauses[0]
    if first.actors.actors or len(cand.clauses) < 2:
        return ""
    got = subject_of(first.span.text) or topic_is(first.span.text) or about(first.span.text) \
        or answers_for(first.span.text) or ""
    # 针对部分村庄垃圾清运不及时问题,由…: the problem's remedy (rx26)
    return remedy(got) if got and re.match(r"^\s*(?:" + ENUM + r")?\s*针对", first.span.text) and (
        got.startswith(("部分", "个别")) or _NOT_DONE_IN.search(got)) else got


def _after_named(cand: _Cand, task: str) -> list[str]:
    """The texts of the clauses after the one ``task`` is named from."""
    texts = [c.span.text for c in cand.clauses]
    at = next((k for k, t in enumerate(texts) if task in t), None)
    return [] if at is None else texts[at + 1:]


def _counted_before(cand: _Cand) -> str:
    """Before the actors (at most three clauses): the works counted (要加紧建设保障房,尤其是
    对9个还未动工的保障房项目,各镇要…) or the activity ((此外,)对春节后集中开工活动,…,区发改局要牵头负责)."""
    before = []
    for c in cand.clauses[:3]:
        if c.actors.actors:
            break
        before.append(c)
    return next((x for c in before for x in [counted_works(c.span.text) or activity(c.span.text)] if x), "")


def _readers() -> list:
    """The genre readers (imported on first use: they import this module)."""
    global _READERS
    if _READERS is None:
        from .readers import READERS
        _READERS = READERS
    return _READERS


_READERS: Optional[list] = None


class SpeechBuilder:
    """Reads the commitments of one speech.

    >>> from kg.extract.segment import fold
    >>> t = fold("一、工作\\n  由张三同志牵头,区水务局负责,年内完成河道整治。各部门要加强协作。\\n")
    >>> [(c.task, [a.name for a in c.actors], c.deadline.date) for c in
    ...  SpeechBuilder(t, t, DocDate(2020)).build(0, len(t))]
    [('河道整治', ['张三', '区水务局'], '2020-12-31')]
    """

    def __init__(self, folded: str, original: str, doc: DocDate, *, place: Optional[str] = None,
                 speaker: Optional[str] = None, title: Optional[str] = None):
        self.t = folded
        self.place = place  # the document's place, speaker and title, where known (first person: 我区, 我局)
        self.speaker = speaker
        self.title = title
        #: the speaker's unit where the document is a unit's own statement (县住建局局长…表态发言): 我局, 我们
        self.unit = (speaker_unit(title, folded) or signed_unit(folded)) if folded else None
        self.addressee = _addressee(folded) if folded else None  # (a letter to one unit: 县自然资源局:⏎请你单位…, rx26)
        #: a unit's list of pledges (东湖区住建局关于…的公开承诺, …承诺书): its numbered items are pledged
        self.pledge_list = bool(title and _PLEDGE_TITLE.search(title))
        self.head_unit: Optional[str] = None  # the unit whose line heads the paragraphs below (县水利局:, rx27)
        self.head_speaker: list = []  # the one whose line heads the quote below (县水利局局长 符某:, rx29)
        self.head_leader: Optional[Actor] = None  # the leader whose line heads the items below ((一)分管领导:邓某, rx29)
        self.section_heads: list[Actor] = []  # the unit (and its head) a section's heading names (一、X局(承诺人:局长 Y), rx33)
        self.section_pledged = False  # that heading names who pledges the items below (承诺人:…)
        self.replying = False  # the paragraph is a unit's reply or an answer on air (rx26)
        self.stmt_also: list[Actor] = []  # the person answering on air beside his unit (rx26)
        self.stmt_unit: Optional[Actor] = None  # 东湖区水务局将全面落实大会部署。 / 一是…: the unit of the items below (rx18)
        self.out: list[CommitmentRecord] = []  # what the readers of kg.extract.readers append to
        self.orig = original
        self.doc = doc
        self.as_of: Optional[str] = None
        self.report = False
        self.hint: Optional[str] = None
        self.hint_text: Optional[str] = None
        self.heading_work: str = ""  # the work a section heading names
        self.heading_line: Optional[tuple[str, Span]] = None  # a title line naming it, not yet any record's evidence
        self.heading_reported = False  # its progress read already
        self.group: list[tuple[str, str]] = []  # labelled leaders of the current section
        self.works: tuple[str, ...] = ()  # the works a heading line alone (一要抓好X工作。) names for the paragraphs under it
        self.works_at = 0
        self.plan = False  # within a year's plan stated as amounts (kg.extract.plan_list)
        self._newlines: Optional[list[int]] = None
        self._meeting_work: Optional[str] = None  # the work the meeting told of is held on (see _meeting_goal)
        self._title_work: Optional[str] = None  # the one project a meeting's title names (see _of_title_work)
        self._site_work = ""  # the work whose site a visit's paragraph opens at (see _untopical)
        self.item_run: tuple[int, list[int]] = (-1, [])  # the paragraph after the last labelled item, the items' places in out

    def _first_person(self, c: _Clause) -> _Clause:
        """我局 / 我们 as the speaker's unit (县住建局局长…的表态发言), else no actor; 由我牵头 the speaker the
        title names (rx31)."""
        c = self._by_me(c) if "由我" in c.span.text else c
        if not any(FIRST_PERSON.match(a.name) for a in c.actors.actors):
            return c
        acts = []
        said = self._line_speaker(c.span.start)
        for a in c.actors.actors:
            if FIRST_PERSON.match(a.name):
                own = self.section_heads[0].name if self.section_heads else self.unit  # (under 一、X局(承诺人:…): X局, rx33)
                unit = own if own and (a.name[1:] in ("们", "单位") or own.endswith(a.name[1:])) else None
                if unit is None and said:  # 县交通运输局局长李军:…我们将在7月底前完成X (an answer on air; rx25)
                    acts += [replace(a, name=said[0], kind="person", post=None)] + ([replace(a, name=said[1])] if said[1] else [])
                    continue
                me = self._titled_speaker() if unit is None and a.name == "我" else None
                if me:  # 由我牵头 in 孙某副区长在…会上的讲话: the speaker the title names (rx31)
                    acts.append(replace(a, name=me, kind="person", post=None))
                    continue
                if unit is None:
                    continue
                a = replace(a, name=unit)
            acts.append(a)
        return replace(c, actors=replace(c.actors, actors=tuple(acts), role_only=c.actors.role_only and bool(acts)))

    def _by_me(self, c: _Clause) -> _Clause:
        """由我牵头 / 由我负责协调: the speaker the title names, leading or responsible (rx31)."""
        by_me = _BY_ME.search(c.span.text)
        me = self._titled_speaker() if by_me else None
        if not me or any(a.name == me for a in c.actors.actors):
            return c
        role = "lead" if by_me.group("v") in ("牵头", "挂帅") else "responsible"
        said = c.span.text.strip(" ,,。;;")
        only = (said.startswith(by_me.group()) and bool(re.fullmatch(r"(?:协调|统筹|调度|总协调|统筹协调)?", said[len(by_me.group()):]))) \
            or c.actors.role_only
        return replace(c, actors=replace(c.actors, actors=(Actor(me, "person", role),) + tuple(c.actors.actors), role_only=only))

    def _titled_speaker(self) -> Optional[str]:
        """The person a speech's title names before 在 (孙某副区长在…的讲话 / 副区长孙某在…讲话), else None."""
        head = (self.title or "").split("在")[0] if "讲话" in (self.title or "") else ""
        who = parse_item(head) if 3 <= len(head) <= 12 else None
        return who[0] if who and who[1] == "person" and who[0] != head else None

    def _second_person(self, c: _Clause) -> _Clause:
        """请你单位… / 你局要… in a letter to one unit: that unit is asked (rx26)."""
        if not self.addressee or c.actors.actors or not _YOU.search(c.span.text):
            return c
        return replace(c, actors=replace(c.actors, actors=(Actor(self.addressee, "organization", "responsible"),)))

    def _line_speaker(self, pos: int) -> Optional[tuple[str, Optional[str]]]:
        """``(name, unit)`` of the speaker a line opens with (县交通运输局局长李军:…), else None."""
        return line_speaker(self.t, self.t.rfind("\n", 0, pos) + 1)

    def _line(self, pos: int) -> int:
        """1-based line number of an offset (for messages)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.t)]
        return bisect.bisect_left(self._newlines, pos) + 1

    def build(self, start: int, end: int) -> list[CommitmentRecord]:
        """The commitments of the speech at ``t[start:end]``: each paragraph goes
        to the first step of :attr:`STEPS` that reads it (the genre readers, then
        the document's structure, then the prose rules)."""
        self.out = out = []
        self.as_of = as_of_in(self.t[start:end], self.doc)
        head = [ln for ln in self.t[start:start + 400].split("\n") if ln.strip()][:3]
        self.report = any(len(ln.strip()) <= 60 and _REPORT_TITLE.search(ln) for ln in head) \
            or bool(_REPORT_BODY.search(self.t, start, min(end, start + 600)))
        paras = list(paragraphs(self.t, start, end))
        self.owners: dict[int, tuple[list[Actor], Optional[str], Optional[Actor]]] = {}
        i, base, part = 0, self.doc, False
        while i < len(paras):
            self.plan = plan_state(self.plan, paras[i].text)
            self.doc, part = _plan_year(paras[i].text, base, self.doc, part)
            if self._unit_heads(paras[i].text, paras[i + 1].text if i + 1 < len(paras) else "") \
                    or (i == 0 and _headline(paras[0].text)):
                i += 1
                continue
            n, first = len(out), i
            i = next(j for step in self.STEPS for j in [step(self, paras, i)] if j is not None)
            self._under_unit(n)
            for k in range(first, i):  # (the unit's line a paragraph is under, for the records read later, rx49)
                self.owners[paras[k].start] = (self.section_heads, self.head_unit, self.head_leader)
        self.doc = base
        if self._own_statement():  # a unit's own statement of pledges: what it says it will do, naming nobody, is its own (rx27)
            out[:] = self._own_pledges(out, paras)
        read = list(out)  # (what the passes below fold away stays read: a report line folded into its order, rx34)
        handover.add(self, start, end)
        out[:] = status_below.add(out, paras, self.as_of, self.doc.year)  # 截至目前,已完成X户 below its quota (rx22)
        # 县水务局:X已完成65% ⏎ …(四)X:县水务局负责,10月底前…: in minutes, the report folded into the order (rx34)
        out[:] = told_before.folded(out, self.t, is_minutes(self))
        out[:] = post_signers(out, self.t)  # 一、村党支部书记、村委会主任共同承诺 … 承诺人:村党支部书记 X ⏎ 村委会主任 Y (rx34)
        out[:] = headed_roles(out, self.t)  # ①X排查(段某牵头;Y局负责):5月15日前完成…: the head's roles its works' (rx34)
        out[:] = told_before.add(out, paras, self.as_of, self.doc.year)  # X已完成土建… ⏎ …X要在9月底前…: its status (rx29)
        out[:] = told_before.finish_asked(out, self.t)  # "X"原定…前完工,…已逾期,请Y于8月15日前办结: one (rx36)
        out[:] = part_joined(out, self.t, self.orig)  # 由A负责技术指导,B、C具体组织实施,…前完成: one work, A one of its units (rx36)
        out[:] = set_told_after.add(out, paras, self.as_of)  # 梳理出21个问题。…已完成整改17个,正在整改4个: the set's status (rx30)
        out[:] = titled_items.add(out, paras, self.as_of, self.doc.year)  # ——X项目。…至今仍未启动。Y要…开工建设: its name and status (rx30)
        out[:] = titled_items.headed(out, paras, self.as_of)  # 已经完成的—— ⏎ …: the status of the paragraphs below (rx30)
        out[:] = listed_status.split_counted(out)  # A、B、C、D4个子项已提前完成: one per work (rx41)
        out[:] = place_parts.split(out)  # 已完成签约86户,其中东城区40户完成31户,…: one per place (rx42)
        out[:] = numbered_titles.split(out, self.t, self.orig, self.doc)
        out[:] = approved.add(self, out, paras)  # 会议原则同意A、B、C等项目: one per matter approved (rx52)  # 提案名称如下:第12号《关于X的建议》、第15号《…》…: one per title (rx42)
        out[:] = listed_status.status_lists(self, out, paras)  # 未达到序时进度11项,为A、B、C: one per work (rx41)
        # 县政务服务中心主任汪某表示,中心将…: 县政务服务中心 (rx30); 1.X工程建成通水。(县住建局): its unit (rx33)
        out[:] = [_units_closing(_unit_in_full(r, self.t), self.t) for r in out]
        out[:] = self._unclaimed(paras, out, read, _SPOKEN.search(self.t, start, min(end, start + 600)) is not None)  # 县城污水管网已全部完工 / 新修通组公路12公里: what no rule read (session 56)
        out[:] = status_below.this_item(out, paras, self.as_of, self.doc.year)  # 1.X(责任单位:…) ⏎ 此项工作已完成。…: its status (rx50)
        out[:] = lead_status.add(self, out, paras)  # …未开工的项目分别是: ⏎ 1. X项目,因…: not started (rx53)
        out[:] = year_will.add(out, paras, self.doc)  # 2019年该镇将…。在X方面,将完成Y。: due that year (rx22)
        out[:] = done_list.add(out, paras, self.doc, self.as_of)  # 2023年,我县为民办了8件实事:一是…: done that year (rx49)
        out[:] = done_list.past_year_done(out, self.doc)  # 我县2018年度完成X任务, said in 2019: done (rx51)
        out[:] = titled_items.counted_heads(self, out, paras)  # 一、当年完成的48件实事 ⏎ …: done below (rx52)
        out[:] = titled_items.measures_taken(self, out, paras)  # 整改…:一是认真开展X清理。…开展了…: measures (rx53)
        out[:] = progress_block.fold(self, out, paras)  # 一、X ⏎ 推进情况:1.… ⏎ 2.…: the item's status (rx52)
        out[:] = pledge_run.kept_after(out, self.t, self.as_of)  # …承诺:一,…;二,…。这些承诺,他逐一兑现: done (rx49)
        out[:] = rectification.closed_done(out, self.t[start:start + 400], self.as_of)  # X问题已完成整改,…拟销号: done (rx49)
        out[:] = finish(repeats.merged(follow_ups.merge(out, self.orig), start), doc_places(self.t[start:end]) or ((self.place,) if self.place else ()),
                        rectified(self.t[start:start + 300]), self.t[start:start + 300])
        out[:] = with_section_deadline(out, time_section(self.t, start, end, self.doc))
        out[:] = with_year_scope(out, self.doc)  # 我市今年计划建成200公里…,现已完成216公里: due by the year's end (rx43)
        out[:] = paced(out, self.as_of)
        return out

    def _unclaimed(self, paras: list[Span], out: list[CommitmentRecord], read: list[CommitmentRecord],
                   spoken: bool) -> list[CommitmentRecord]:
        """``out`` with a record for each sentence no record holds that tells a concrete work as it stands or names
        one with its count (:func:`.unclaimed.kind`), or — where the sentence is about the work a record names —
        that record's status where it has none (践诺:截至目前,排水沟改造已完成0.6公里).  In a speech, in a paragraph
        of the first person or one that has a record, only such a sentence that asks or plans counts (what was done
        there is background, or that record's); outside a report, what looks back on the past is background
        (session 56).  ``read``: the records before the passes that fold some away, whose text stays read."""
        held, told, works = _claimed(out, read)
        out, new = list(out), []
        for para in paras:
            if not self.report and self._looks_back(para.text):
                continue
            has = spoken or "我们" in para.text or held.overlaps(para.start, para.end)
            mine = _opening_in(works, para)
            lead = done_list.lead_end(para.text)
            prev, said = None, _said_at(para)
            for sent in _pieces(para):
                kind = self._unread(sent, has, spoken, spoken or said <= sent.end) or ("counted" if _listed_after(para, sent, lead) else None)
                back = self._back(prev, sent, held, out)
                if back:
                    new += back  # (…“东湖路拓宽改造”项目。…该项目8月下旬正式完工, rx50)
                elif kind and not held.overlaps(sent.start, sent.end) and not _told_in(sent, told) \
                        and not any(len(t) >= 3 and t in sent.text for t in mine):  # (its works told one by one there)
                    new += [self._owned(r, para) for r in self._unclaimed_record(sent, kind, out, works)]
                prev = sent
        return merged(out, new)

    def _back(self, prev: Optional[Span], sent: Span, held, out: list[CommitmentRecord]) -> list[CommitmentRecord]:
        """Records ``sent`` gives by what ``prev`` told: the status of works it named (:meth:`_told_back`), or its unit
        doing the works ``sent`` lists (:meth:`_same_doer`)."""
        if prev is None:
            return []
        back = self._told_back(prev, sent) if not held.overlaps(prev.start, sent.end) else []
        return back or (self._same_doer(prev, sent, out) if not held.overlaps(sent.start, sent.end) else [])

    def _same_doer(self, prev: Span, sent: Span, out: list[CommitmentRecord]) -> list[CommitmentRecord]:
        """``[record]`` of a ;-clause with no subject that pushes works it lists (要…,统筹推进A、B、C等工作), after a clause
        of the same sentence a record holds with a unit as its doer (X公司要…,力争10月底完成;): that unit's too (rx53)."""
        m = _LISTED_DEEDS.match(sent.text.strip())
        if not m or not prev.text.rstrip().endswith((";", ";")):
            return []
        r = next((r for r in out if any(e.start is not None and e.start < prev.end and prev.start < e.end
                                        for e in r.evidence)), None)
        units = tuple(a for a in r.actors if a.kind == "organization") if r else ()
        if not units:
            return []
        from .readers.supervision import record
        return [record(self, m.group("w"), [(sent.start, sent.start + len(sent.text.rstrip(" ;;")))], actors=units)]

    def _told_back(self, prev: Span, sent: Span) -> list[CommitmentRecord]:
        """Records of the works ``prev`` names whose status ``sent`` tells (:mod:`.told_back`; 该项目8月下旬正式完工)."""
        found = told_back.works_before(prev.text, sent.text)
        status = told_back.status_of(sent.text, self.doc.year, self.as_of) if found else None
        if status is None:
            return []
        from .readers.supervision import record
        return [record(self, tidy_task(name) or name, [(prev.start + s, prev.start + e), (sent.start, sent.end)],
                       progress=status) for name, s, e in found]

    def _owned(self, r: CommitmentRecord, para: Span) -> CommitmentRecord:
        """A record :meth:`_unclaimed` read under a unit's section or line is that unit's, as those the steps
        read there are (:meth:`_under_unit`; 二、县住建局(3项) ⏎ … ⏎ 6.改造供水管网15公里。, rx49)."""
        heads, unit, leader = self.owners.get(para.start, ([], None, None))
        if leader and leader.name not in {a.name for a in r.actors}:
            r = replace(r, actors=(leader,) + tuple(r.actors))
        if heads:
            return _section_owned(r, heads)
        return replace(r, actors=(Actor(unit, "organization", "responsible"),)) if unit and not r.actors else r

    def _unread(self, sent: Span, has: bool, spoken: bool, heard: bool = False) -> Optional[str]:
        """The kind (:func:`.unclaimed.kind`) of a sentence :meth:`_unclaimed` reads, else None: asking or planning, or
        outside a speech naming a work of its own, where its paragraph ``has`` a record (or is spoken); not looking
        back outside a report; ``heard``: the sentence is a leader's or a meeting's words a report gives (X强调, …, rx53)."""
        kind = unclaimed.kind(sent.text) or ("urged" if self._urged_work(sent, spoken or heard) else None)
        if not kind or (has and not (_asked(sent.text) or kind == "urged" or (not spoken and _names_own_work(sent.text)))):
            return None
        return None if not self.report and (self._looks_back(sent.text) or _LAST_YEARS.search(sent.text)) else kind

    def _urged_work(self, sent: Span, spoken: bool) -> str:
        """The work a sentence no rule read urges on by its own name (spoken or in minutes, rx50) or a plan's run of works
        names (outside a report, rx51); else ``""``."""
        return ((spoken or is_minutes(self)) and (own_work_urged(sent.text) or listed_work_urged(sent.text))) \
            or (not self.report and planned_work(sent.text, self._sentence_before(sent))) or ""

    def _sentence_before(self, sent: Span) -> str:
        """The part of the full sentence (to its 。) before ``sent``, a run of clauses a plan lists (rx51)."""
        return self.t[self.t.rfind("。", 0, sent.start) + 1:sent.start]

    def _looks_back(self, text: str) -> bool:
        """A text opening on the past (去年, / 上半年, / 2015年, in a 2016 speech): background outside a report;
        not this year so far (今年以来,…: how this year's works stand)."""
        return (bool(_RETRO_START.match(text)) and not _SO_FAR_THIS_YEAR.match(text)) or looks_back(text, self.doc.year)

    def _unclaimed_record(self, sent: Span, kind: str, out: list[CommitmentRecord],
                          works: list[tuple[int, int, str]]) -> list[CommitmentRecord]:
        """``[record]`` of a sentence :meth:`_unclaimed` keeps (a work told done or under way a status line), or
        ``[]`` where the sentence is about the work of a record in ``out``, whose status it gives if it had none."""
        back = self._looks_back(sent.text)  # (上半年,我局完成X20公里: in a report, done)
        done = back or _told_done(sent.text) or unclaimed.step_done(sent.text)  # (盖板安装完成: done)
        done = done and kind != "urged"  # (秋冬防已经开始,要加快推进X: the work urged is not done, rx52)
        i = None if back else _about_record(sent, works)
        if i is not None:
            if done and out[i].progress is None:
                out[i] = replace(out[i], progress=find_progress(sent.text, self.as_of, self.doc.year)
                                 or Progress("done", None, self.as_of, sent.text.strip()[:60]))
            return []
        cls, _ = self._candidates(sent, None)
        if not cls:
            return []
        own = self._urged_work(sent, True) if kind == "urged" else ""
        topic = own or unclaimed.work(sent.text) or _line_work(sent.text)  # (a work urged or planned: its own name, rx51)
        cand = _Cand(clauses=cls, topic=topic, status_line=done or kind == "stands", deed=done)
        rec = self._record(cand, sent)
        if not rec.actors:  # (甲县、乙市已全部完成整改: the places that did it)
            rec = replace(rec, actors=tuple(Actor(u, "organization", "responsible") for u in unclaimed.doers(sent.text)))
        iso = self.doc.iso
        late = bool(rec.progress and rec.progress.as_of and iso and rec.progress.as_of[:len(iso)] > iso)
        return [] if late else [rec]  # (截至8月底,… in a page dated June: its date is in doubt, rx7)

    # ---- the steps of a paragraph: each returns the index after what it read, or None ----
    def _genre(self, paras: list[Span], i: int) -> Optional[int]:
        """A genre reader of :data:`kg.extract.readers.READERS` claims ``paras[i:after]``
        (a plain loop: every paragraph goes through every reader; rx19)."""
        for _, read in _readers():
            j = read(self, paras, i)
            if j is not None:
                return j
        return None

    def _labelled_run(self, paras: list[Span], i: int) -> Optional[int]:
        """Several labelled items on one line: ``1.新建甲园。牵头单位:区园林局 2.改造乙路。…``."""
        READERS = _readers()
        para = paras[i]
        pieces = split_items(para.text) if LABEL.search(para.text) else []
        if sum(1 for ps, pe in pieces if LABEL.search(para.text, ps, pe)) <= 1:
            return None
        for ps, pe in pieces:
            piece = para.text[ps:pe]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            sp = Span(piece, para.start + ps + lead, para.start + ps + lead + len(piece))
            rec = labelled(self, [sp]) if LABEL.search(piece) else None
            if rec:
                self.out.append(rec)
            elif LABEL.search(piece) or not any(
                    read(self, [sp], 0) is not None for _, read in READERS):  # (a preamble: a reader's)
                self.out += self._paragraph(sp)
        return i + 1

    def _leaders(self, paras: list[Span], i: int) -> Optional[int]:
        """``一、扩大有效投资`` / ``牵头领导:孙某``: the leaders of the items below; a
        section heading without them ends the last section's (and is read on)."""
        para = paras[i]
        leaders = section_leaders(self, paras, i)
        if leaders is not None:
            after, self.group = leaders
            self.heading_work, self.heading_reported = heading_work(para.text.split("(")[0].split("(")[0]), False
            return after
        if SECTION_RX.match(para.text) and "。" not in para.text:
            self.group = []  # a new section: the leaders of the last one end
            self.heading_work = heading_work(para.text)
            self.heading_reported = False
        return None

    def _roles_closing(self, paras: list[Span], i: int) -> Optional[int]:
        """会议议定,对X实行…,汛期前全部完成整治。(牵头单位:A;责任单位:B、C): an unnumbered paragraph of prose closing
        with a bracket of labelled roles: its sentences read as prose, the records naming no unit given the bracket's
        roles (rx36)."""
        para = paras[i]
        m = ROLES_CLOSING.search(para.text.rstrip(" 。")) if is_minutes(self) and not ITEM_RX.match(para.text) else None
        if not m or "。" not in para.text[:m.start()]:
            return None
        _, fields = label_fields(m.group("r"))
        roles = [Actor(n, k, r, p) for key, v, _, _ in fields if key in KEY_ROLE for n, k, r, p in cell_actors(v, key)]
        if not roles:
            return None
        recs = self._paragraph(Span(para.text[:m.start()], para.start, para.start + m.start()))
        if not recs:
            return None  # (新建幼儿园5所,新增学位900个。(牵头单位:…): no sentence asks, the item's own reading; rx39)
        self.out += [_with_roles(r, roles) for r in recs]
        return i + 1

    def _unit_led(self, paras: list[Span], i: int) -> Optional[int]:
        """``农办(分管领导:陈某):X工程年度任务800亩,已完成…。Y方面,…。``: a unit's paragraph, its leader in brackets
        after it: its sentences read as prose, each the unit's (responsible) and its leader's (lead) (rx36)."""
        para = paras[i]
        m = _UNIT_LED.match(para.text)
        unit = parse_item(m.group("u")) if m else None
        if not unit or unit[1] != "organization":
            return None
        _, fields = label_fields(m.group("r"))
        leaders = [Actor(n, k, "lead", p) for key, v, _, _ in fields for n, k, _, p in cell_actors(v, key)]
        own = [Actor(unit[0], "organization", "responsible")] + leaders
        body, n = Span(para.text[m.end():], para.start + m.end(), para.end), len(self.out)
        next((j for step in self.STEPS for j in [step(self, [body], 0)] if j is not None), None)  # (its body read as a paragraph)
        for k in range(n, len(self.out)):
            rec = self.out[k]
            names = {a.name for a in rec.actors}
            ours = [a for a in own if a.name not in names] if not any(a.kind == "organization" for a in rec.actors) else []
            self.out[k] = replace(rec, actors=tuple(ours) + tuple(rec.actors)) if ours else rec
        return i + 1

    def _labelled_item(self, paras: list[Span], i: int) -> Optional[int]:
        """A labelled item, its labels on its line or on the lines under it:
        ``1.城东小学扩建项目。`` / ``牵头单位:市教育局`` / ``完成时限:8月底前``."""
        para = paras[i]
        block = _field_block(paras, i)
        if block:
            return self._field_block(paras, i, block)
        if not (_label_in(para.text) or (i + 1 < len(paras) and LABEL.match(_noted_off(paras, i + 1)))):
            return None
        if _class_headed(para.text):
            return None  # (一)部分项目开工滞后。A由X负责,…。B(责任单位:Y)…: works under a class, each its own (rx39)
        if _signer_lines(paras, i):
            return i + 1  # (柘塘镇) ⏎ 承诺人:龙某 职务:… 承诺时间:…: who signs, no item (rx29)
        if _pledge_close(para.text):
            unsigned = [k for k, r in enumerate(self.out) if not r.actors]
            j = i + 1
            while j < len(paras) and _SIGNED_ONLY.match(paras[j].text):  # …请全体村民监督。⏎承诺人:X Y (rx27) ⏎ 承诺单位:Z (rx37)
                j = self._signed_below(paras[j], unsigned, j, also=j > i + 1)
            return j  # 如未完成上述承诺,自愿接受组织问责。⏎承诺单位:…: the pledge's sanction, no item (rx26)
        run = self.item_run[1] if self.item_run[0] == i else []
        if len(run) >= 2 and _SIGNED_ONLY.match(para.text):
            return self._signed_below(para, run, i)
        j = _label_lines_end(paras, i + 1, bool(run))
        rec = labelled(self, paras[i:j])
        if not rec:
            return None  # (the paragraph is read on; the label lines under it each on its own)
        rec = named_by_heading(rec, paras, i)
        self.out.append(rec)
        self.out += order_steps(self, rec, paras[i:j])  # 督办要求:6月10日前完成…,确保6月底前…: the later step too (rx30)
        self.out += staged_terms(self, rec, paras[i:j])  # 完成时限:8月底前投用5所,其余年底前竣工: the earlier stage too (rx39)
        self.item_run = (j, run + [len(self.out) - 1])
        return j

    def _field_block(self, paras: list[Span], i: int, j: int) -> Optional[int]:
        """A project's block: its name, then one labelled field a line (建设内容 / 年度计划投资 / 1—5月完成投资 /
        形象进度 / 包抓县领导 / 责任单位), read as one item (rx31)."""
        rec = labelled(self, paras[i:j])
        if not rec:
            return None
        self.out.append(rec)
        return j

    def _signed_below(self, para: Span, run: list[int], i: int, also: bool = False) -> int:
        """``承诺人:张三`` alone below two or more labelled items: the person (or unit) signs every item
        that names nobody of its own (rx21); ``also``: a second signer's line (承诺单位:…) joins the first's (rx37)."""
        from .fields import cell_actors
        m = _SIGNED_ONLY.match(para.text)
        key = "responsible_org" if m.group("l") == "承诺单位" else "responsible_person"
        signers = [Actor(n, k, "responsible", p) for n, k, _, p in cell_actors(m.group("v").strip(), key)]
        for k in run:
            if signers and (not self.out[k].actors or also):
                self.out[k] = replace(self.out[k], actors=tuple(self.out[k].actors) + tuple(a for a in signers if a not in self.out[k].actors))
        return i + 1

    def _status_heading(self, paras: list[Span], i: int) -> Optional[int]:
        """In a report, a section heading giving its items a status, with the works
        listed (``一、已完成事项:A项目、B工程。``) or above them (``一、已完成的事项(5项)``)."""
        para = paras[i]
        boxed = _BOXED_HEAD.match(para.text)
        head = boxed and (boxed.group("h") or boxed.group("b"))
        if head and self.report and section_status(head):  # 【红灯任务】(低于序时进度20个百分点以上) (rx30)
            self.hint, self.hint_text = section_status(head), head
            return i + 1
        if not (self.report and (SECTION_RX.match(para.text) or _STATUS_LINE.fullmatch(para.text.strip()))):
            return None  # (逾期未办结事项: on a line of its own heads its items too, rx26)
        listed = status_list(self, para)
        if listed is not None:
            self.out += listed
            self.hint = section_status(para.text.split(":")[0])
            self.hint_text = para.text.split(":")[0].strip()
            return i + 1
        if len(para.text) <= 30 and "。" not in para.text and section_status(para.text.rstrip(":")):
            self.hint = section_status(para.text.rstrip(":"))
            self.hint_text = para.text.strip()
            return i + 1
        return None

    def _report_item(self, paras: list[Span], i: int) -> Optional[int]:
        """In a report, a numbered item naming a work and its progress."""
        if not (self.report and ITEM_RX.match(paras[i].text)) or _class_headed(paras[i].text):
            return None
        fields = aspect_items(self, paras[i])
        if fields:  # (一)财政管理方面。X局已…。Y问题,X局…计划…前…: a commitment per sentence of status (rx29)
            self.out += fields
            return i + 1
        rec = report_item(self, paras[i])
        if not rec:
            return None
        orders = _ORDERED_AFTER.search(paras[i].text)
        if orders and orders.start() > 0:  # 2.X工程。…进度滞后。会议明确由A负责,8月底前…;B要…: the orders are the commitments (rx29)
            self.out.append(rec)
            n = len(self.out)
            rest = Span(paras[i].text[orders.start():], paras[i].start + orders.start(), paras[i].end)
            section, self.heading_work = self.heading_work, rec.task  # (③X(Y)。…。镇党委要求7月20日前必须开工: X开工, rx35)
            try:
                ordered = self._paragraph(rest)
            finally:
                self.heading_work = section
            self.out.extend(_item_orders(ordered, rec))
            if len(self.out) > n:
                del self.out[n - 1]  # (the item's status goes to its orders, read after it)
            return i + 1
        self.out.append(rec)
        return i + 1

    def _i_state(self, text: str) -> Optional[Actor]:
        """下半年,我局将重点做好以下工作: in a unit's own report, the unit of the items below (rx26)."""
        return Actor(self.unit, "organization", "responsible") if self.unit and _I_STATE.search(text) else None

    def _reply(self, para: Span) -> Span:
        """A unit's reply (答:县水利局回复:…) or an answer on air in the first person (县城管局局长王刚:我们计划…):
        the unit (and the speaker) will do what it plans; the paragraph after the frame (rx26)."""
        reply = _REPLY.match(para.text)
        answer = _ANSWER.match(para.text) if self.head_unit and not reply else None
        given = Actor(self.head_unit, "organization", "responsible") if answer else None  # (办理单位:X⏎答复:…, rx27)
        reply = reply or answer
        said = SPEAKER_HEAD.match(para.text) if not reply else None
        air = _FIRST_ON_AIR.match(para.text, said.end()) if said else None
        who = line_speaker(para.text) if air else None
        self.replying = bool(reply and (given or replying_unit(para.text))) or bool(who)
        if not self.replying:
            return para
        if reply:
            self.stmt_unit = given or replying_unit(para.text)
        elif who[1]:
            self.stmt_unit, self.stmt_also = Actor(who[1], "organization", "responsible"), [Actor(who[0], "person", "responsible")]
        else:  # 副县长王强:今年要完成X…: the leader speaking, with no unit (rx28)
            self.stmt_unit, self.stmt_also = Actor(who[0], "person", "responsible"), []
        end = reply.end() if reply else (air.end("f") if air.group("f") else said.end())
        return Span(para.text[end:], para.start + end, para.end)

    def _prose(self, paras: list[Span], i: int) -> Optional[int]:
        """The prose rules (:meth:`_paragraph`), for any paragraph but a short title line."""
        para = paras[i]
        if "。" not in para.text and len(para.text) <= 30 and not re.search(r"[,;:]", para.text):
            return None
        if _WORK_TITLE.match(para.text) and heading_work(para.text):
            return None  # (一)城东小学改扩建工程。 / 第一项:X工程。: a title naming the work of the lines below
        if not _ITEM_OPEN.match(para.text):
            self.stmt_unit = None
        para = self._reply(para)
        recs = self._headed(self._paragraph(para))
        self.stmt_also = []
        unit = stating_unit(para.text) or self._i_state(para.text)
        if unit and i + 1 < len(paras) and _ITEM_OPEN.match(paras[i + 1].text):
            at = para.start + (_STATES.search(para.text) or _I_STATE.search(para.text)).start()  # the statement heads its items, no task itself
            recs = [r for r in recs if r.evidence[0].start < at]
            self.stmt_unit = unit
        self.out += recs
        return i + 1

    def _headed(self, recs: list[CommitmentRecord]) -> list[CommitmentRecord]:
        """The first of ``recs`` about the work the title line just above names gets that line as its first evidence
        (第一项:X工程。 ⏎ 包括…。该项目已于10月下旬竣工: the title names what the lines tell)."""
        head, self.heading_line = self.heading_line, None
        if head is None or head[0] != self.heading_work:
            return recs
        k = next((k for k, r in enumerate(recs) if r.task == head[0]), None)
        if k is None:
            return recs
        at = head[1]
        recs[k] = replace(recs[k], evidence=(Evidence(self.orig[at.start:at.end], at.start, at.end),) + tuple(recs[k].evidence))
        return recs

    def _own_pledges(self, out: list, paras: list) -> list:
        """A unit's own pledges naming nobody: the unit's, and its head's who signs below (承诺人:韩某(局长), rx34)."""
        orgs, persons = pledge_signatures(paras, 0)
        head = tuple(persons) if not orgs or self.unit in {o.name for o in orgs} else ()  # (signers are responsible)
        own = (Actor(self.unit, "organization", "responsible"),) + head
        return [r if r.actors and r.actors != own[:1] else replace(r, actors=own) for r in out]

    def _own_statement(self) -> bool:
        """The document is one unit's own statement of pledges, its title opening with the unit (东湖区教育局公开承诺事项,
        区环保局局长在…上的表态发言), not a report and not news of several units (28个部门“一把手”…)."""
        t = (self.title or "").strip()
        return bool(self.unit and t.startswith(self.unit) and _OWN_STATEMENT.search(t) and not self.report
                    and not re.fullmatch(r"[镇乡村](?:党委|政府|党支部|两委)", self.unit)
                    and not re.search(r"\d+个|多个|各[部单镇乡]", t))

    def _unit_heads(self, text: str, below: str = "") -> bool:
        """A unit's line (``县水利局:``) heads what is below it, up to the next such line or heading (rx27);
        a leader's line heads the items below it unless a labelled field follows it: then it is one field of its
        item's block (包案领导:X ⏎ 责任单位:Y)."""
        if self._unit_section(text):
            return True
        leader = _LEADER_HEAD.match(text)
        field = _LEADER_HEAD_FIELD.match(below)
        leader = leader if leader and header_key(leader.group("l")) == "lead_person" \
            and not (field and header_key(field.group(1))) else None
        if leader or _CN_SECTION.match(text):
            self.head_leader = Actor(leader.group("n"), "person", "lead") if leader else None
            if leader:
                return True  # (一)分管领导:邓某(党工委副书记) ⏎ 1.… 2.…: he leads the items below (rx29)
        who = line_speaker(text) if _SPEAKER_ONLY.match(text) else None
        self.head_speaker = speaker_actors(who) if who else (self.head_speaker if text.lstrip().startswith("“") else [])
        if who:
            return True  # 县水利局局长 符某: ⏎ “…”: the quote below is his (rx29)
        handled = _HANDLED_BY.match(text)  # 办理单位:县生态环境局 above the reply it gives (the line read on too)
        unit = parse_item(handled.group("u")) if handled else None
        if unit and unit[1] == "organization":
            self.head_unit = unit[0]
            return False
        self.head_unit = unit_line(text) or (None if _HEADING_LINE.match(text) else self.head_unit)
        return self.head_unit is not None and unit_line(text) is not None

    def _person_head(self, text: str) -> bool:
        """(一)王某 市委副书记、政法委书记: a line naming only a leader and his posts heads the items below; he pledges
        them in a document of pledges (responsible), else he leads them (rx49)."""
        m = _PERSON_LINE.match(text)
        got = parse_list(m.group("post") + m.group("n"), True) if m else None
        if not got or len(got) != 1 or got[0][1] != "person" or got[0][0] != m.group("n"):
            return False
        self.head_leader = Actor(m.group("n"), "person", "responsible" if "承诺" in (self.title or "") else "lead", got[0][2])
        return True

    def _unit_section(self, text: str) -> bool:
        """一、X局(承诺人:局长 Y) / ■X局  承诺人:Y(局长): the unit and its head own the section below, up to the next such
        heading (rx33, rx35); or a leader's line his (:meth:`_person_head`)."""
        if self._person_head(text):
            return True
        if not (_CN_SECTION.match(text) or text.lstrip()[:1] in _BULLETS):
            return False
        self.section_heads = section_unit(text)
        self.section_pledged = bool(self.section_heads) and "承诺" in text
        if self.section_heads:
            self.group, self.heading_work, self.head_leader, self.head_unit = [], "", None, None
        return bool(self.section_heads)

    def _under_unit(self, n: int) -> None:
        """The records read since ``out[n]`` under a unit's line (``县市场监管局:`` on a line of its own, what it
        did and will do below) that name nobody are that unit's (rx27)."""
        if self.head_leader:
            for k in range(n, len(self.out)):
                if self.head_leader.name not in {a.name for a in self.out[k].actors}:
                    self.out[k] = replace(self.out[k], actors=(self.head_leader,) + tuple(self.out[k].actors))
        for k in range(n, len(self.out)) if self.section_heads else ():
            self.out[k] = _section_owned(self.out[k], self.section_heads)
        heads = [Actor(self.head_unit, "organization", "responsible")] if self.head_unit else self.head_speaker
        for k in range(n, len(self.out)) if heads else ():
            acts = self.out[k].actors
            if not acts:
                self.out[k] = replace(self.out[k], actors=tuple(heads))
            elif self.head_speaker and not any(a.kind == "person" for a in acts):  # (我们 read as his unit: him too, rx29)
                self.out[k] = replace(self.out[k], actors=tuple(acts) + tuple(a for a in heads if a.name not in {x.name for x in acts}))

    def _title(self, paras: list[Span], i: int) -> Optional[int]:
        """A short title line: ``(三)城南棚户区改造项目`` names the work of its section
        (not a news headline: 县长调研重点水利工程); in a report ``二、进展滞后的项目``
        gives the items below their status."""
        para = paras[i]
        self.heading_work = "" if _NEWS_HEAD.search(para.text) else heading_work(para.text)
        self.heading_line = (self.heading_work, para) if self.heading_work and _WORK_TITLE.match(para.text) else None
        if self.report and not self.heading_work:
            told = _WORK_TOLD_HEAD.match(para.text.strip())
            self.heading_work = told.group("w") if told else ""  # 二、征搬进展情况 ⏎ 完成情况:截至…已完成97.54% (rx41)
        self.heading_reported = False
        if self.report and (section_status(para.text) or not (self.hint and (self.heading_work or _CARD_HEAD.match(para.text)))):
            self.hint = section_status(para.text)  # (a work's title under a status's heading keeps its status, rx37)
            self.hint_text = para.text.strip()
        return i + 1

    #: the steps tried on each paragraph, in order (the last always reads it)
    STEPS = (_unit_led, _roles_closing, _genre, _labelled_run, _leaders, _labelled_item, _status_heading, _report_item, _prose, _title)

    def _paragraph(self, para: Span) -> list[CommitmentRecord]:
        """The commitments of a paragraph of prose, sentence by sentence (:meth:`_sentence`); a paragraph
        opened by the work it speaks of (城南大道项目,目前…。县交通局要…完成路基工程) names bare tasks by it; one
        opened by a stage and its period ((二)集中整治阶段(3月16日—9月30日)。…) dates its works by the period's end (rx25)."""
        recs = self._paragraph_topical(para)
        stage = _STAGE_PERIOD.match(para.text) if "阶段" in para.text[:30] else None
        if stage and recs:
            ends = [f for f in find_deadlines(stage.group("p"), self.doc) if f.date]
            if ends:
                due = Deadline(ends[-1].text, ends[-1].date, ends[-1].precision)
                recs = [r if r.deadline else replace(r, deadline=due) for r in recs]
        return recs

    def _paragraph_topical(self, para: Span) -> list[CommitmentRecord]:
        at = self.t.rfind("\n", 0, para.start) + 1
        site = None if self.heading_work else _AT_SITE.match(self.t[at:at + 40])
        opened = None if self.heading_work else _WORK_OPENS.match(self.t[at:at + 40]) or _WORK_DESCRIBED.match(self.t[at:at + 40]) or site
        if opened:
            self.heading_work = opened.group("w")
            self._site_work = site.group("w") if site else ""
            try:
                return self._paragraph_of(para)
            finally:
                self.heading_work = self._site_work = ""
        sub = _ITEM_WORK_HEAD.match(self.t[at:at + 30])
        if sub:  # (一)老旧小区改造。今年计划改造的32个小区,…9月20日前全部开工: the item's work, not its section's (rx28)
            section, self.heading_work = self.heading_work, sub.group("w")
            try:
                return self._paragraph_of(para)
            finally:
                self.heading_work = section
        return self._paragraph_of(para)

    def _paragraph_of(self, para: Span) -> list[CommitmentRecord]:
        st = _ParaState(para, retro=bool(_RETRO_START.match(para.text)) or looks_back(para.text, self.doc.year),
                        works=self.works, works_at=self.works_at)  # (2015年,全市… in a 2016 speech, rx32)
        for sent in sentences(para):
            for piece in _dated_pieces_of(sent, self.doc):
                self._sentence(st, piece)
        self._close_sub_item(st)
        return [self._record(c, s, k == 0 and c.start == para.start + len(para.text) - len(para.text.lstrip()))
                for k, (c, s) in enumerate(st.done)]

    def _sentence(self, st: _ParaState, sent: Span) -> None:
        """One sentence of a paragraph: a heading sentence names the work of what
        follows, any other sentence's clauses are grouped and kept (:func:`_group`,
        :func:`_kept`), in a report read as a line on a work, then joined to the
        sentence before where they take its task or give it their roles."""
        if self.report and sent.text.endswith(":"):
            st.lead_hint = "behind" if _BEHIND_HEAD.search(sent.text) else None
        item = (bool(st.lead) or st.lead_modal) and (bool(_ITEM_OPEN.match(sent.text)) or st.pledge_lead or st.unit_line)
        st.unit_line = False
        if not item:
            st.lead, st.lead_modal, st.pledge_lead, st.lead_asks = [], False, False, False
            if self._heading_sentence(sent) and not (self.stmt_unit and not self.t[sent.end:].split("\n", 1)[0].strip()):
                # 一要抓好X。 heads what follows (not an item of a unit's statement alone on its line, rx27)
                self._open_section(st, sent)
                return
        inner = _BRACKETED.match(sent.text)
        cls, cands = self._sentence_cands(st, sent, inner, item)
        _headed(st, cands)
        if item:
            st.items_take_lead(cands)
        _carry_subject(st, sent, cands, item)
        kept = self._kept_of(st, sent, cands, item)
        if not item:
            st.note_lead_in(sent, kept, inner)
        kept = self._reported(st, sent, cls, kept)
        if kept and st.prev_sent is not None:
            kept = self._join_previous(st, sent, kept, cands)
            if not st.prev_kept:
                self._work_before(st.prev_sent, kept, cands)
        st.keep(sent, kept)

    def _sentence_cands(self, st: _ParaState, sent: Span, inner: Optional[re.Match], item: bool) -> tuple[list, list]:
        """:meth:`_candidates` of a sentence of a paragraph: an item of a list of pledges, or of a lead-in that asks."""
        return self._candidates(sent, inner, self.pledge_list and bool(_ITEM_OPEN.match(st.para.text)), item and st.lead_asks)

    def _kept_of(self, st: _ParaState, sent: Span, cands: list, item: bool) -> list:
        """The candidates of a sentence that are commitments (:func:`_kept`); an item of a
        lead-in that will do them (我们将抓好三项工作:一是…) or of a unit's list of pledges
        (1.年内完成X under 东湖区住建局…公开承诺) is a directive, the pledging unit its actor."""
        pledged = self._pledged(st, sent)
        whole = full_sentence(st.para, sent)
        planned = (self.plan or opens_plan(sent.text)) and not st.retro and _in_plan(cands, whole)
        # (市中医院整体搬迁项目上半年投入使用: a work's dated step, rx35)
        if opens_plan(sent.text):
            self.plan = True
        asked = (item and st.lead_modal) or pledged or planned or self._framed(st, sent, cands, whole)
        stepped = _next_dated_step(st, sent)
        asked = self._statement_item(st, cands) or asked or stepped
        kept = [c for c in cands if self._keeps(st, c, whole, asked)]
        _step_units(st, kept if stepped else [])
        if not kept:
            _manner_roles(st, cands)
        if (pledged or _WE_WILL.search(whole)) and self.unit and not self.section_heads:  # (under a unit's section: that
            self._pledging_unit(kept)  # unit's, see _section_owned; 我们将…: the signing unit's, rx42)
        return kept

    def _keeps(self, st: _ParaState, cand: _Cand, whole: str, asked: bool) -> bool:
        """:func:`_kept`, or — outside a paragraph that looks back and a report — :func:`_ahead_due` (session 54)."""
        return _kept(cand, whole, st.retro and not self._years_ahead(cand, whole), asked) \
            or ((not st.retro or bool(_SO_FAR_THIS_YEAR.match(st.para.text))) and not self.report and _ahead_due(cand, whole, self.doc))

    def _years_ahead(self, cand: _Cand, whole: str) -> bool:
        """A sentence of a paragraph that looks back, planning a work by a term in a later year than the document's
        (近几年来,… 至2007年年底,全县将完成…): no review (rx44)."""
        return bool(self.doc.year and PLANNED_RX.search(whole)) and any(
            d.date and int(d.date[:4]) > self.doc.year for c in cand.clauses for d in c.deadlines)

    def _pledging_unit(self, kept: list) -> None:
        """The unit pledging a list is the actor of its items naming none."""
        for c in kept:
            if not c.actors:
                c.extra_actors.append(Actor(self.unit, "organization", "responsible"))

    def _pledged(self, st: _ParaState, sent: Span) -> bool:
        """An item of a list of pledges (the title's, or a unit's section's: 一、X局(承诺人:…), rx33)."""
        return (self.pledge_list and bool(_ITEM_OPEN.match(sent.text) or _HEADED_ITEM.match(self.t, st.para.start, sent.start))) \
            or (self.section_pledged and bool(_ITEM_OPEN.match(st.para.text)))

    def _framed(self, st: _ParaState, sent: Span, cands: list, whole: str) -> bool:
        """Asked by what frames the sentence: a heading of what must be done (:meth:`_under_must`) or the plan the
        document is (:meth:`_dated_in_plan`)."""
        return self._under_must(st, sent) or self._dated_in_plan(st, cands, whole)

    def _dated_in_plan(self, st: _ParaState, cands: list, whole: str) -> bool:
        """In a document titled a plan (…整改落实方案 / …工作方案), a sentence dating its work (整改方案于7月10日前在网站
        公示 / 8月底前组织开展满意度测评) is asked by the plan, without a modal of its own (rx38)."""
        return not st.retro and bool(_PLAN_TITLE.search(self.title or "")) and not _HAS_DONE.match(whole.strip()) \
            and "已" not in whole and any(d.date for c in cands for cl in c.clauses for d in cl.deadlines)

    def _under_must(self, st: _ParaState, sent: Span) -> bool:
        """一要抓好硬件提升。6月底前,主城区完成23条背街小巷改造: a dated count under a heading sentence of what must be
        done is asked by it, without a modal of its own (rx27)."""
        return bool(st.works) and _MUST_HEAD.search(self.t, st.para.start, sent.start) is not None and bool(_DATED_COUNT.search(sent.text))

    def _statement_item(self, st: _ParaState, cands: list) -> bool:
        """In an item of a unit's statement (:func:`stating_unit`) the unit will do the tasks:
        each with a signal takes it, and the item's first without one (rx18)."""
        if not self.stmt_unit or st.retro:
            return False
        for c in cands:  # (a clause without a signal after the item's first: a method of it)
            if not c.actors and _HAS_DONE.match(c.clauses[0].span.text.strip()):
                continue  # 目前已有3个站点开工建设: what is done, no task of the unit's (rx27)
            if not c.actors and (c.signal or not st.stmt_taken):
                c.extra_actors += [self.stmt_unit] + self.stmt_also
                c.reply = self.replying
                st.stmt_taken = st.stmt_taken or not c.signal
        return True

    def _open_section(self, st: _ParaState, sent: Span) -> None:
        """``一要抓好X工作。``: the works of what follows (in the next paragraphs too
        where the sentence ends the paragraph)."""
        self._close_sub_item(st)
        st.works, st.works_at = section_works(sent.text), sent.end
        if SUB_ITEM_RX.match(sent.text) and st.works:
            st.sub_item = (sent, st.works[0], len(st.done))
        self.works, self.works_at = (st.works, st.works_at) if sent.end >= st.para.end - 1 else ((), 0)
        st.prev_sent, st.prev_kept = sent, []

    def _close_sub_item(self, st: _ParaState) -> None:
        """A sub-item on a named work (其次,X项目要抓进度。) under which nothing was kept: the work itself
        is asked to go on, a commitment with neither actor nor date (rx20)."""
        if st.sub_item is None:
            return
        sent, work, kept_before = st.sub_item
        st.sub_item = None
        if len(st.done) == kept_before and find_projects(work):
            cls = [_analyse(c, self.doc) for c in clauses(sent.text, sent.start)]
            st.done.append((_Cand(clauses=cls, topic=work), sent))

    def _heading_sentence(self, sent: Span) -> bool:
        """``一要抓好X。`` / ``二是X。``: a sentence heading what follows (no actor, no
        dated deadline, in a report no progress)."""
        return bool(_HEADING_SENT.match(sent.text)) and not find_actors(sent.text).actors \
            and not any(d.date for d in find_deadlines(sent.text, self.doc)) \
            and not (self.report and find_progress(sent.text)) \
            and not any(t.op in (">=", "<=") for t in find_targets(sent.text))  # (一是每月下基层不少于5天。: a pledge, rx44)

    def _candidates(self, sent: Span, inner: Optional[re.Match], pledge_item: bool = False,
                    asked: bool = False) -> tuple[list[_Clause], list[_Cand]]:
        """The clauses of a sentence and the candidate commitments they group into
        (``(区某局牵头,区某局配合)``: the roles in brackets, for the sentence before; ``asked``: an item of a
        lead-in that asks, see :func:`_asked_after_frame`)."""
        if inner:
            cls = [_analyse(c, self.doc) for c in clauses(inner.group(1), sent.start + 1)]
        else:
            doc = self.doc
            if doc.year and _LAST_YEAR.match(sent.text):  # 去年,村两委向群众承诺,年内…: last year's 年内 (rx21)
                doc = DocDate(doc.year - 1, None, None, doc.source)
            cls = [_analyse(c, doc) for c in clauses(sent.text, sent.start)]
            _asked_after_frame(cls, asked)
            cls = _speaker_framed(cls)
            cls = _told_before_off(cls)
            cls = [c for c in cls if not (FRAME.match(c.span.text.strip()) or _FROM_ONLY.match(c.span.text.strip())
                                          or news_source(c.span.text))] \
                or cls  # 会议要求,… / 自今年三季度起,… (a start: rx23); 记者从X获悉, (rx50)
        cls = [self._second_person(self._first_person(c)) for c in cls]
        for a, c in zip(cls, cls[1:]):  # (X到账后,Y须在7个工作日内…: no date, rx33)
            c.deadlines[:] = after_event_before(a.span.text, c.deadlines)
        _year_carried(cls)
        _subject_apart(cls)
        _events_off(cls)
        cands = _group(cls, pledge_item)
        if (self.plan or opens_plan(sent.text)) and not pledge_item:
            cands = _split_amounts(cands)  # (an item of a list of pledges is one pledge, its amounts its targets, rx34)
        cands = _split_indicators(cands)
        cands = self._split_semicolons(cands) if ";" in sent.text or ";" in sent.text else cands
        _split_parts(cands, cls)
        cands = _headed_group(cands)
        if inner:
            for c in cands:
                c.bracketed = True
        return cls, cands

    def _reported(self, st: "_ParaState", sent: Span, cls: list[_Clause], kept: list[_Cand]) -> list[_Cand]:
        """In a report, a sentence no rule kept read as a line on a work (:meth:`_report_line`); one kept that
        tells a count as a share of its target named by the work the share is of (rx44)."""
        if not kept and self.report:
            return self._report_line(st, sent, cls)
        if len(kept) == 1 and not kept[0].topic and self.report and _TARGET_SHARE.search(sent.text):
            kept[0].topic = _target_share_work(sent.text)  # “乡村医生培训”,全县培训村医420人,占目标任务的96.5%
        if len(kept) == 1 and not kept[0].topic and self.report:
            _step_of_line_work(kept[0], cls, sent.text)
        return kept

    def _share_line(self, st: "_ParaState", sent: Span, cls: list[_Clause], share: Optional[re.Match]) -> list[_Cand]:
        """A line telling a count as a share of its target (…新增8500人,为目标任务的112%, rx44) or of the year's
        quota (全乡完成财政收入486万元,占年度任务900万元的54%, rx33), its work the topic; else ``[]``."""
        counted = _target_share_work(sent.text)
        if counted and find_progress(sent.text) is not None:
            return [_Cand(clauses=cls, topic=counted, hint=st.lead_hint or self.hint, status_line=True)]
        if share and find_progress(sent.text) is not None:
            generic = re.fullmatch(r"资金|投资|收入", share.group("w")) and share.group("pre")
            topic = re.sub(r"^(?:全[省市县区乡镇村]|今年|上半年|1-\d+月)+", "", share.group("pre")) if generic else share.group("w")
            return [_Cand(clauses=cls, topic=topic or share.group("w"), hint=st.lead_hint or self.hint, status_line=True)]
        return []

    def _split_semicolons(self, cands: list[_Cand]) -> list[_Cand]:
        """今年计划播种粮食68万亩;新建高标准农田4万亩;生猪出栏稳定在34万头以上: a sentence of three parts or more
        cut by semicolons, each with a target of its own, is one commitment a part (rx44); a candidate naming actors
        stays whole."""
        out: list[_Cand] = []
        for cd in cands:
            parts: list[list] = [[]]
            for c in cd.clauses:
                parts[-1].append(c)
                if self.t[c.span.end:c.span.end + 1] in (";", ";"):
                    parts.append([])
            parts = [p for p in parts if p]
            if cd.actors or len(parts) < 3 or not all(any(c.targets for c in p) for p in parts):
                out.append(cd)
                continue
            out.extend(_Cand(clauses=p) for p in parts)
        return out

    def _report_line(self, st: "_ParaState", sent: Span, cls: list[_Clause]) -> list[_Cand]:
        """A report's line on a named work and its progress (``一是…改造工程(第三项)尚未启动``,
        ``X项目:`` / ``已完成主体工程的80%``, under ``(一)X项目`` the first progress), else ``[]``."""
        prev = st.prev_sent
        share = _YEAR_SHARE.match(sent.text)
        shared = self._share_line(st, sent, cls, share)
        if shared or (st.retro and not share):
            return shared  # (a paragraph of what was done: no lines on works, but 上半年…,占年度任务的54%, rx33)
        work = _named_work(_WORK, sent.text) or _named_work(_BUILT_WORK, sent.text)  # (滞后项目: is a lead-in, not a work)
        head = _named_work(_WORK_HEAD, prev.text) if prev is not None else None
        other = self._deed_or_line(st, sent, cls, bool(work or head))
        if other:
            return other
        if not (work or head or self.heading_work) or find_progress(sent.text) is None:
            return []
        if work:
            return [_Cand(clauses=cls, topic=w, hint=st.lead_hint or self.hint, status_line=True)
                    for w in _work_names(work.group("w"))]
        if head:  # X项目:已完成主体工程的80%
            return [_Cand(clauses=cls, topic=head.group("w"), hint=self.hint, status_line=True, context=[prev])]
        if not self.heading_reported and not st.done:
            # (一)X项目 / 该项目…已完成投资2.3亿元,占年度计划的76%: the section's work
            self.heading_reported = True
            return [_Cand(clauses=cls, topic=self.heading_work, hint=self.hint, status_line=True)]
        return []

    def _deed_or_line(self, st: "_ParaState", sent: Span, cls: list[_Clause], named: bool) -> list[_Cand]:
        """A report's sentence on a unit's deed (甲县、乙市成立了生态环境委员会 / 制定了《X方案》: done, rx44), or — naming
        no work of a known kind — a line opening with a counted work or a label, with its status (session 54)."""
        deed = _unit_deed(sent.text) or _deed_alone(sent.text)
        if deed:
            return [_Cand(clauses=cls, topic=deed[1], extra_actors=[Actor(u, "organization", "responsible") for u in deed[0]],
                          status_line=True, deed=True)]
        work = "" if named or find_progress(sent.text) is None else _line_work(sent.text)
        if work:
            return [_Cand(clauses=cls, topic=work, hint=st.lead_hint or self.hint, status_line=True)]
        label = _ITEM_LABEL_HEAD.match(st.prev_sent.text) if st.prev_sent is not None and not named else None
        if label and _DEED_OPEN.match(sent.text.strip()) and not MODAL_RX.search(sent.text):
            # 10.公共文化服务。建成城市书房3个,开展送戏下乡120场。: the item's deeds, done (session 54)
            return [_Cand(clauses=cls, topic=label.group("w"), status_line=True, deed=True, context=[st.prev_sent])]
        return []

    def _join_previous(self, st: "_ParaState", sent: Span, kept: list[_Cand], cands: list[_Cand]) -> list[_Cand]:
        """Kept candidates joined to the sentence before: ``其中`` parts take its work
        (or absorb it), ``该项目…`` takes its project, a sentence of roles only gives
        them to the task just stated (or takes it as its task).  Returns what stays kept."""
        prev, prev_kept = st.prev_sent, st.prev_kept
        first = kept[0]
        split = sent.text.startswith("其中") and all(c.actors for c in kept)
        absorbing = split and prev_kept and not any(c.actors for c in prev_kept)
        if split:
            _parts_of_previous(prev, kept, absorbing)
        if absorbing:
            st.done[:] = [(c, s) for c, s in st.done if not any(c is p for p in prev_kept)]
            for c in kept:
                c.context.append(prev)
        elif THAT.match(first.clauses[0].span.text) and not prev_kept:
            first.context.append(prev)  # 该项目由区住建局负责 … : the project of the sentence before
            label = _ITEM_LABEL_HEAD.match(st.para.text)  # (①土地流转。…。这个事由X牵头: 土地流转, rx33)
            first.topic = label.group("w") if label else topic_is(prev.text) or topic_of(prev.text)  # (X是今年的头号工程。这项工作由…: X, rx26)
            _roles_to_group(st, first)
        elif _group_given(st, first, sent):
            return kept[1:]  # 新增A;新增B。这几项工作,请X挂帅,Y具体抓: the roles of the works before (rx38)
        else:
            given = _roles_given(st, sent, kept, cands)
            if given is not None:
                return given
            if _joins_urged(st, sent, kept):
                return []
            _dated_after_roles(st, sent, kept)
        return self._due_to_previous(st, sent, kept)

    def _due_to_previous(self, st: "_ParaState", sent: Span, kept: list[_Cand]) -> list[_Cand]:
        """``一是…:免费开放12所学校体育场地;投入300万元改造30所旱厕。承诺在2010年底前完成。``: the works of the
        sentence before, none kept on its own, are due by the bare term after it, each (rx23); else ``kept``."""
        prev = st.prev_sent
        if st.prev_kept or len(kept) != 1 or not _BARE_DUE.match(sent.text.strip()):
            return kept
        start = max(self.t.rfind("。", 0, prev.start), self.t.rfind("\n", 0, prev.start)) + 1  # (the whole sentence: its ; parts)
        colon = self.t.find(":", start, min(prev.end, start + 24))
        start = colon + 1 if colon >= 0 else start  # (一是加大教育投入: the heading of the works)
        works = []
        for m in re.finditer(r"[^;;]+", self.t[start:prev.end]):  # each ; part a work, its clauses together
            cls, _ = self._candidates(Span(m.group(), start + m.start(), start + m.end()), None)
            cls = [c for c in cls if not weak_task(c.span.text)] or cls  # (在寒暑假…的情况下,: a condition)
            if cls and len(m.group().strip("。;;,, ")) >= 4 and not method_only(m.group().strip("。;;,, ")):
                works.append(_Cand(clauses=cls))
        for c in works:
            c.context.append(Span(sent.text, sent.start, sent.end))
        return works or kept

    @staticmethod
    def _work_before(prev: Span, kept: list[_Cand], cands: list[_Cand]) -> None:
        """``X是今年的头号民生工程。由A挂帅,B具体抓好落实…``: the work of the sentence before
        is the topic of the first kept candidate."""
        if not kept:
            return
        first = kept[0]
        x = topic_is(prev.text) or subject_of(prev.text) or _item_work(prev.text) or _quota_of(prev.text)
        if x and first is cands[0] and first.clauses[0].actors.actors and not first.topic \
                and not any(c.actors.topic for c in first.clauses) \
                and not subject_of(first.clauses[0].span.text):
            if prev not in first.context:
                first.context.append(prev)
            ts = [t for c in first.clauses for t in c.targets]
            first.topic = with_activity(x, ts[0].metric if ts else None)

    # ---- one record -------------------------------------------------
    def _as_written(self, piece: Optional[str], spans: list[tuple[int, int]]) -> Optional[str]:
        """``piece`` (read from the folded text) as the original text writes it."""
        if not piece:
            return piece
        for s, e in spans:
            i = self.t.find(piece, s, e)
            if i >= 0:
                return self.orig[i:i + len(piece)]
        if self.t is self.orig:
            return piece
        i = self.t.find(piece)  # (a name read from the paragraph's opening, outside the evidence: as written there, rx43)
        if i >= 0:
            return self.orig[i:i + len(piece)]
        spans = [sp for sp in spans if self.t[sp[0]:sp[1]] != self.orig[sp[0]:sp[1]]]
        if not spans:
            return piece
        return self._parts_written(piece, (min(s for s, _ in spans), max(e for _, e in spans)))  # (X建设 + 全复盖: a name put together, rx26)

    def _parts_written(self, piece: str, span: tuple[int, int]) -> str:
        """A piece put together from parts of the span, each part as the original writes it."""
        out, k = [], 0
        while k < len(piece):
            n = next((n for n in range(len(piece) - k, 0, -1) if self.t.find(piece[k:k + n], *span) >= 0), 0)
            if not n:
                out.append(piece[k])
                k += 1
                continue
            i = self.t.find(piece[k:k + n], *span)
            out.append(self.orig[i:i + n])
            k += n
        return "".join(out)

    def _unfold(self, rec: CommitmentRecord, spans: list[tuple[int, int]]) -> CommitmentRecord:
        """Names, deadline and target texts as written (traditional script,
        full-width digits), the rules having read them folded."""
        w = lambda x: self._as_written(x, spans)  # noqa: E731
        # (a record is rebuilt only where a piece is written otherwise: most are not)
        actors = tuple(a if (w(a.name), w(a.post)) == (a.name, a.post) else replace(a, name=w(a.name), post=w(a.post))
                       for a in rec.actors)
        targets = tuple(t if (w(t.metric), w(t.text), w(t.unit)) == (t.metric, t.text, t.unit)
                        else replace(t, metric=w(t.metric), text=w(t.text), unit=w(t.unit)) for t in rec.targets)
        task, projects = w(rec.task), tuple(w(p) for p in rec.projects)
        deadline = rec.deadline
        if deadline and w(deadline.text) != deadline.text:
            deadline = replace(deadline, text=w(deadline.text))
        if task == rec.task and projects == rec.projects and deadline is rec.deadline \
                and all(a is b for a, b in zip(actors, rec.actors)) and all(a is b for a, b in zip(targets, rec.targets)):
            return rec
        return replace(rec, task=task, actors=actors, projects=projects, deadline=deadline, targets=targets)

    def _record(self, cand: _Cand, sent: Span, first_in_para: bool = False) -> CommitmentRecord:
        """The record of a kept candidate: its evidence (the candidate and the sentences
        it takes from), deadline, targets, task, projects, progress and actors."""
        spans = sorted([(cand.start, cand.end)] + [(s.start, s.end) for s in cand.context])
        evidence = tuple(Evidence(self.orig[s:e], s, e) for s, e in spans)
        text = " ".join(ev.text for ev in evidence)
        deadline = self._record_deadline(cand, text)
        targets = self._record_targets(cand)
        folded = " ".join(self.t[s:e] for s, e in spans)
        # a report's line on a work is about that work alone (A项目、B工程进展缓慢: one each)
        projects = find_projects("推进" + cand.topic) if cand.status_line and cand.topic else find_projects(folded)
        task, topic = self._task_topic(cand, projects, first_in_para)
        projects = self._named_projects(task, topic, projects)
        progress = _count_met(self._progress(cand, folded), targets, folded)
        actors = cand.actors
        if self.group and ITEM_RX.match(self.t[spans[0][0]:spans[0][1]]):  # a numbered item under 一、… (牵头领导:…)
            actors = with_group(self, actors)
        return self._unfold(CommitmentRecord(
            task=task, text=text, evidence=evidence, actors=tuple(actors),
            projects=tuple(projects), deadline=deadline, targets=tuple(targets), progress=progress), spans)

    def _record_deadline(self, cand: _Cand, text: str) -> Optional[Deadline]:
        """The deadline, except a date on a report's line on a work that is no plan
        (9月20日通水: an event; 预计10月底前完工: a deadline)."""
        deadline = self._deadline(cand) or self._plan_year(cand)
        if cand.status_line and deadline and not re.search(r"预计|计划|力争|确保|争取|要|前|可(?:望|以)?(?:实现|完成|建成|竣工|完工|投用|投入使用|开工|通车)", text):
            return None
        return deadline

    def _plan_year(self, cand: _Cand) -> Optional[Deadline]:
        """The year a sentence's plan opens with (2024年全县植树目标:A;B,C / 今年全镇计划…;…: each part by that year's
        end), not a year before the document's; else None (session 54)."""
        if not cand.clauses:
            return None
        line_start = max(self.t.rfind("\n", 0, cand.start), self.t.rfind("。", 0, cand.start)) + 1
        m = _YEAR_PLAN.match(self.t[line_start:cand.start + 40].lstrip())
        y = re.match(r"(?:据(?:了解|悉|介绍)[,,])?((?:19|20)\d\d年|今年|明年|年内|全年)", m.group()) if m else None
        said = y.group(1) if y else ""
        year = int(said[:4]) if said[:1].isdigit() else (self.doc.year or 0) + (said == "明年") if said else 0
        if not said or not self.doc.year or year < self.doc.year:
            return None  # (今年/全年 in a document of no known year: no date)
        return Deadline(said, f"{year}-12-31", "year")

    def _record_targets(self, cand: _Cand) -> list[Target]:
        """The targets, with the parts of the amount the next sentence gives
        (全年将完成投资5亿元。其中A工程将完成3亿元,…)."""
        said = self.t[cand.clauses[0].span.start:cand.clauses[-1].span.end] if cand.status_line and cand.clauses else ""
        if _YEAR_SHARE.match(said):  # (a share of the year's quota: not the sum done so far; the quota itself, finish's
            return []  # _year_quota, rx33)
        targets = self._targets(cand)
        if targets and cand.after and _PARTS_OF.match(cand.after[0]):
            targets = targets + _parts_of(cand.after[0], targets[0].unit)
        return targets

    def _task_topic(self, cand: _Cand, projects: list, first_in_para: bool) -> tuple[str, str]:
        """The task and the work it is about (:meth:`_task`, :meth:`_topic`); a method
        only (区住建局要倒排工期,确保X工程…完工) is about the work named: X工程."""
        task = _aim_over_means(cand, self._task(cand))
        task = past_size(task, _after_named(cand, task)) if "在" in task else task
        if cand.works and not self.heading_work and not cand.topic:
            task = self._section_task(cand, task)
        task = self._carried_out(cand, task)
        task = self._meeting_goal(task)
        task = _staged(cand, task)
        task = self._step_after(cand, self._step_of_segment(cand, _step_of_work(cand, task)))
        task = _pushed_first(cand, _bare_step_of_first(cand, _goal_of_work(cand, task)))
        task = _short_of_named(self._two_sentences(cand), task)
        task = self._rate_named(cand, _plan_over_done(cand, self._of_title_work(task)))
        task = cand.about if cand.about and _COUNT_ONLY.match(tidy_task(task)) else task  # (关于农村改厕。…确保6月底前完成4000户, rx28)
        if self.heading_work and _of_heading(task):
            task = self.heading_work  # (一)老旧小区改造。今年计划改造的32个小区,…: the item's work (rx28); 该项目… / 包括…
        topic = self._topic(cand)
        if projects and method_only(task):
            task = topic = projects[0]
        if not topic:
            return self._untopical(cand, self._topic_step(cand, task), projects, first_in_para)
        dated = next((c for c in cand.clauses if any(d.date for d in c.deadlines)), None)
        made = _MADE_PLAN.search(tidy_task(task_text(dated.span.text))) if dated and task == topic else None
        if made and not topic.endswith(made.group("p")):  # 关于X改造,…6月底前拿出今年改造计划: X改造计划 (rx26)
            task = topic + made.group("p")
        return task, topic

    def _step_of_segment(self, cand: _Cand, task: str) -> str:
        """A bare step planned (预计明年3月开工建设) whose part of the sentence (after its last ;) opens with the work it is
        of and how that stands: the work's step (X公路可研已获批复,预计…开工建设 → X公路开工建设)."""
        bare = re.sub(r"^(?:计划|预计|力争|争取)(?:于|在)?", "", tidy_task(task))
        if not cand.clauses or not (_BARE_STEP.match(bare) or _EARLY_STAGE.fullmatch(bare)):
            return task
        at = cand.clauses[0].span.start
        seg = max(self.t.rfind(c, 0, at) for c in "。;;\n") + 1
        label = _SHORT_LABEL.match(self.t, seg, at)
        seg = label.end() if label else seg  # (答复意见:X公路…)
        told = _WORK_TOLD_FIRST.match(self.t, seg, cand.clauses[0].span.end) if at - seg >= 6 or len(cand.clauses) > 1 else None
        return told.group("w") + _step_words(bare) if told else task

    def _two_sentences(self, cand: _Cand) -> str:
        """The candidate's sentence and the one before it in its paragraph (where a bare 改造 finds its work)."""
        at = cand.clauses[0].span.start
        line = self.t.rfind("\n", 0, at)
        stop = self.t.rfind("。", 0, at)
        prev = self.t.rfind("。", 0, stop) if stop > line else -1
        return self.t[max(prev, line) + 1:cand.clauses[-1].span.end]

    def _rate_named(self, cand: _Cand, task: str) -> str:
        """签约率达到60%以上 (or 达到95%以上 after it) in a speech on one work (在城北片区征迁攻坚动员会上的讲话): the work and
        the activity the rate measures, 城北片区征迁签约, as a table names it (rx28)."""
        m = _RATE_ONLY.match(tidy_task(task))
        if not m:
            return task
        act = m.group("a") or next((r.group("a") for r in [_RATE_ONLY.search(cand.stage_of or "")] if r and r.group("a")), "")
        work = _SPEECH_ON.search(self.t[:120])
        return work.group("w") + act if act and work and act not in work.group("w") else task

    def _of_title_work(self, task: str) -> str:
        """项目开工建设 in the minutes of a meeting on one project (关于加快推进X项目建设的专题会议纪要): X项目开工建设 (rx28)."""
        if not _BARE_PROJECT_STEP.match(tidy_task(task)):
            return task
        if self._title_work is None:
            title = next((ln.strip() for ln in self.t[:300].split("\n") if ln.strip()), "")
            ps = find_projects(title) if _MEETING_TITLE.search(title) and len(title) <= 60 else []
            ok = len(ps) == 1 and _is_work(ps[0]) and re.search(r"(?:项目|工程)$", ps[0]) \
                and re.search(r"(?:关于|推进|研究|加快|协调|调度)$", title[:max(0, title.find(ps[0]))])  # (not 市长在…: rx28)
            self._title_work = ps[0] if ok else ""
        return self._title_work + tidy_task(task)[2:] if self._title_work else task

    def _topic_step(self, cand: _Cand, task: str) -> str:
        """关于X改造,请A牵头,…6月底前拿出今年改造计划,年底前完成24个小区改造: the later step is of the topic's work
        (X改造), not a shorter name of it (rx26)."""
        before = self._topic(cand.prev) if cand.prev is not None and cand.stage_of else ""
        t = re.sub(r"^(?:全部|全面)?完成", "", tidy_task(task))
        return before if before and len(t) <= 6 and t[-2:] == before[-2:] and before not in t else task

    def _step_after(self, cand: _Cand, task: str) -> str:
        """A bare step the clauses before name no work for (…前期手续办理,确保春节前全部完成办理、上半年全部实现开工):
        the work of the candidate before, without its own step; in a paragraph opened by its work (X项目,主体工程已封顶,
        …确保年底前投入使用) that work (rx25)."""
        told = self._told_work_step(cand, task)
        if told:
            return told  # 三、X项目主体已封顶,…,计划明年3月投入使用: X项目投入使用 (rx28)
        if cand.prev is not None and cand.prev.headed and cand.prev.topic and _BARE_STEP.match(re.sub(r"^完成", "", tidy_task(task))):
            step = _step_words(task)  # (关于征地拆迁。…完成签约,5月底前完成拆除: 征地拆迁拆除, rx28)
            return cand.prev.topic + ("" if cand.prev.topic.endswith(step) else step)
        if not _BARE_STEP.match(tidy_task(task)):
            return task
        if cand.prev is None:
            work = _WORK_OPENS.match(cand.clauses[0].span.text.strip() + ",") or _WORK_OPENS.match(self.heading_work + ",")
            return work.group("w") + _step_words(task) if work else task
        last = cand.prev.clauses[-1] if len(cand.prev.clauses) > 1 else None
        named = _WORK_NAMED.search(last.span.text) if last and not last.deadlines else None
        if named:  # …,同时在城东、城西各建设1处便民疏导点,8月底前投入使用: the work named last (rx26)
            return named.group("w") + _step_words(task)
        return _after_work(tidy_task(self._task(cand.prev)), task)

    def _told_work_step(self, cand: _Cand, task: str) -> str:
        """A step planned by its term (计划明年3月投入使用) in a sentence opened by a work told how far it is
        (X项目主体已封顶 / X工程正在…): that work's step; else ``""``."""
        m = _PLANNED_STEP.match(tidy_task(task))
        if not m:
            return ""
        start = max(self.t.rfind("。", 0, cand.clauses[0].span.start), self.t.rfind("\n", 0, cand.clauses[0].span.start)) + 1
        w = _WORK_TOLD_FIRST.match(self.t, start, cand.clauses[-1].span.start)
        return w.group("w") + m.group("s") if w else ""

    def _meeting_goal(self, task: str) -> str:
        """A bare goal (完成清零, 全面完成整改) in the news of a meeting held on one work
        (…召开城东旧改项目推进会,专题研究项目签约清零工作): the meeting's work and that goal (rx21)."""
        m = _BARE_GOAL.match(tidy_task(task)) if len(task) <= 12 and _GOAL_WORD.search(task) else None
        if not m:
            return task
        if self._meeting_work is None:
            self._meeting_work = meeting_work(self.t[:400])
        work, goal = self._meeting_work, m.group("g")
        if work and not work.endswith(goal) and _WORK_OF_GOAL.search(work) and not _GOAL_WORD.search(work):
            return work + goal  # (督查棚户区改造工作 … 确保7月底完成征迁任务: 棚户区改造征迁)
        return work if work and work.endswith(goal) else task

    def _carried_out(self, cand: _Cand, task: str) -> str:
        """A bare carrying out (逐条落实, 认真贯彻执行) names what is carried out: the document its paragraph
        names before it (去年印发了《X的十条措施》…,A要会同…,逐项落实 → 落实X十条措施)."""
        if not _BARE_CARRY.match(task):
            return task
        at = cand.clauses[0].span.start
        para_at = self.t.rfind("\n", 0, at) + 1
        titles = _TITLE_IN.findall(self.t, para_at, at)
        if not titles:
            return task
        from .readers.minutes import short_title
        return "落实" + short_title(titles[-1]).replace("的", "")

    def _untopical(self, cand: _Cand, task: str, projects: list, first_in_para: bool) -> tuple[str, str]:
        """Task and topic where the text names no work: 加快推进X工程 → X工程; under a
        heading naming a work ((三)X项目), a paragraph of roles (由A牵头,B负责,年底前完成交房)
        is about X项目 and a short task (…在6月底前完成主体工程) is X项目主体工程."""
        m = _PUSH_WORK.match(task)
        if m and m.group("w") in projects:
            return m.group("w"), m.group("w")
        step = _site_step(cand) if self.heading_work and self.heading_work == self._site_work \
            and not _own_work(task, self.heading_work) else ""  # (a visit's site only: under a heading, the work given whole)
        if step:  # 在X项目现场,…要科学调度,…,确保年底前交付使用: X项目交付使用 (rx28)
            return self.heading_work + step, ""
        if self.heading_work and _BARE_PROJECT.match(tidy_task(task)):  # 完成项目立项 under 一、X项目: X项目立项
            return _of_project(tidy_task(task), _NAMED_PROJECT.search(self.heading_work)), ""
        if self.heading_work and not projects and not _own_work(task, self.heading_work):
            if (cand.clauses[0].actors.actors and first_in_para and len(tidy_task(task)) <= 12) or ROLES_ONLY.match(tidy_task(task)):
                return self.heading_work, self.heading_work  # (not a task of its own: 将X资金拨付到各乡镇, rx33)
            rest = re.sub(r"^(?:全部|全面|基本)(?=[\u4e00-\u9fff]{2})", "", re.sub(r"^(?:完成|建成|启动|开工|实现|抓好|做好|推进|办理|加强|强化)", "", task))
            if len(task) <= 8:  # (完成改造 under X改造: X改造; 全部完工 under it: X改造 too, rx28)
                return self.heading_work + ("" if self.heading_work.endswith(rest) or rest in ("完工", "竣工", "完成") else rest), ""
        return task, ""

    def _named_projects(self, task: str, topic: str, projects: list) -> list:
        """The works of the record: the section heading's work where the text names none,
        and first the work its topic names (X由…牵头, X是…工程)."""
        if self.heading_work and not projects:
            projects = [self.heading_work]
        if not projects and self._meeting_work and task == self._meeting_work:
            projects = find_projects("推进" + task)  # (the work the news opens with, named by a bare goal)
        for p in find_projects("推进" + topic) if topic else ():
            if task.startswith(p) and not any(p in o or o in p for o in projects):
                projects.insert(0, p)
        return projects

    def _progress(self, cand: _Cand, folded: str):
        """Progress told in the candidate, else in the sentences after it, with its heading's status."""
        progress = find_progress(folded, self.as_of, self.doc.year)
        after = [t for t in cand.after if not _other_work(t, folded)]
        if progress is None and after:
            progress = find_progress(" ".join(after), self.as_of, self.doc.year)
        before = [t for t in cand.before if not _AIM_HEADING.match(t)]  # ((二)聚焦…,全面完成X: a section's aim, rx50)
        if progress is None and before:  # (①X。上半年完成全年任务的75%。…国庆前要…: how the item stands, rx33)
            progress = find_progress(" ".join(before), self.as_of, self.doc.year)
        set_up = _SET_UP.search(folded) if progress is None else None
        set_up = set_up if set_up and _group_set_up(cand) else None
        if set_up:  # 成立了以X为组长的Y领导小组: the group the record names is set up
            progress = Progress("done", None, self.as_of, folded[set_up.start():set_up.start() + 40])
        if progress is None and cand.deed:
            progress = Progress("done", None, self.as_of, folded[:60])
        if cand.hint and progress is not None:
            progress = with_hint(progress, cand.hint, self.as_of)
        return progress

    def _section_task(self, cand: _Cand, task: str) -> str:
        """A task in a section a heading sentence opens (``三要抓好河道整治、控违拆违等工作。``):
        one that names no task of its own (a method, a frame, a past action, a
        generic group's duty) is the heading's work — the listed part named last
        before it, else the whole; a short one (``督查考核办法``) after a listed part
        is named takes that part before it (``河道整治督查考核办法``)."""
        before = self.t[cand.works_at:cand.end]
        if _no_task(task) or _DONE_ALREADY.search(task) or _UNIT_DID.match(task):  # (二是X。县住建局已完成12条…: X, rx26)
            return section_work(cand.works, before)
        t = tidy_task(task)
        part = named_part(cand.works, before)
        if part and len(t) <= 6 and part not in t and not t[:1].isdigit() and not _PAST.search(t):
            return part + t
        w = cand.works[0]
        if len(cand.works) == 1 and len(t) <= 6 and t[-2:] == w[-2:] and w not in t:
            return w  # 二是按期完成城南片区征迁工作。…确保月底前完成全部征迁任务: 城南片区征迁
        if len(cand.works) == 1 and len(t) <= 6 and w[-2:] in ("项目", "工程") and w not in t and not _PAST.search(t):
            # 首先,城西大道项目要抓进度。…6月底前完成房屋征收: 城西大道项目房屋征收; …项目申报 under 重点项目: 项目申报
            return _of_project(t, _NAMED_PROJECT.fullmatch(w)) if _BARE_PROJECT.match(t) else w + t
        return task

    def _deadline(self, cand: _Cand) -> Optional[Deadline]:
        found = _clause_terms(cand)
        if _year_then_stage(cand):
            found = [(d, f) for d, f in found if not _YEAR_TERM.fullmatch(d.text)]  # (今年完成X,确保国庆节前通车: 国庆, rx34)
        for s in cand.context:
            for d in find_deadlines(s.text, self.doc):
                found.append((d, False))
        pick = pick_deadline(found)
        return Deadline(pick.text, pick.date, pick.precision) if pick else None

    def _targets(self, cand: _Cand) -> list[Target]:
        """The targets of the clauses that aim (:func:`_aimed`); of a bracketed roles-only
        candidate (新引进工业项目5个以上。(A牵头,B配合)), its task's; few bare counts."""
        ts = [t for c in cand.clauses if _aimed(c.span.text) for t in c.targets] or _work_count(cand)
        if not ts and cand.role_only:  # (the sentence before a roles-only one, its figures only: 新建X2所。由A负责; rx28)
            ts = [t for sp in cand.context for t in find_targets(self.t[sp.start:sp.end]) if _aimed(sp.text)
                  and (cand.bracketed or re.search(r"\d", t.text or ""))]
        return _few_counts(ts)

    def _topic(self, cand: _Cand) -> str:
        """The work the commitment is about where the text names one: a topic
        (征地由…牵头), the subject (X建设要加快推进,区某局要…; X是今年的重点民生工程,
        由…牵头; 关于X,…), else ``""``."""
        if cand.topic:
            return cand.topic
        topic = next((c.actors.topic for c in cand.clauses if c.actors.topic), "")
        found = (topic and self._topic_word(topic)) or _subject_topic(cand) or _counted_before(cand)
        return "" if _GROUP_NAMED.fullmatch(found or "") else found  # (各责任单位要加快进度,…: a group, no work; rx27)

    def _topic_word(self, topic: str) -> str:
        """What the topic before 由 names: the heading's work for 项目由… under (二)X工程,
        the topic itself (关于X → X), nothing for 该…."""
        if self.heading_work and re.fullmatch(r"(?:该|此|本)?(?:项目|工程)", topic):
            return self.heading_work
        return "" if THAT.match(topic) else (about(topic) or topic)

    def _task(self, cand: _Cand) -> str:
        """A short name of the task: the work it is about (:meth:`_topic`), a
        problem stated first, what is due at once in an item, the group set up,
        the clause telling the actor what to do, the dated clause, else the first
        clause with content, else the context sentence."""
        topic = self._topic(cand)
        if topic and _NAMED_PROJECT.fullmatch(topic):
            return _project_step(cand, topic)
        task = topic or _counted_work(cand) or _told_task(cand) or _aspects_set(cand) or _main_task(cand) or _decided_set(cand) or _problem_task(cand) or _due_at_once(cand) or _group_set_up(cand) \
            or _actors_task(cand) or _dated_task(cand) or _planned_task(cand) or _planned_make(cand) or _first_task(cand) \
            or _context_task(cand) \
            or task_text(cand.clauses[0].span.text)
        task = _done_of_before(cand, task)
        return (_listed_step(cand, task) or task) if "、" in task else task  # (加快A、B等项目建设,确保A6月底前通车: A通车, rx27)


