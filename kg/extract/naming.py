"""Names and choices of a commitment: its task phrase, the subject of a report
line, which of several deadlines is the commitment's, progress from table flags.

>>> task_text("区住建局要加快办理前期手续"), task_text("确保年底前建成通车")
('办理前期手续', '建成通车')
>>> topic_of("1.滨河大道改造工程进度滞后。")
'滨河大道改造工程'
>>> subject_of("二是城区停车场建设要加快推进"), subject_of("区住建局要加快推进"), subject_of("要抓紧推进城东片区改造")
('城区停车场建设', '', '城东片区改造')
>>> topic_is("城西污水厂项目是今年的头号民生工程。")
'城西污水厂项目'
>>> heading_work("(三)城南棚户区改造项目"), heading_work("一、抓好重大交通项目建设")
('城南棚户区改造项目', '')
>>> method_only("倒排工期"), method_only("加强协调、密切配合"), method_only("完成主体工程")
(True, True, False)
>>> about("对于老旧小区加装电梯工作"), about("关于人民路改造工程"), about("对城东大桥项目"), about("对进度滞后的项目")
('老旧小区加装电梯', '人民路改造工程', '城东大桥项目', '')
>>> generic_task("加强督查", ["每季度通报一次进展情况"]), generic_task("加强对攻坚任务的跟踪督查", [])
('督查并每季度通报一次进展情况', '攻坚任务跟踪督查')
"""
from __future__ import annotations

import re
from .lazyre import lazy
from functools import lru_cache
from typing import Optional

from kg.model import Progress

from .actors import ROLE_BRACKET, asked_end, dated_subject_end, find_actors, parse_item, parse_list, unit_colon_end
from .deadlines import Found
from .segment import Span
from .parallel import due_words_off
from .vocab import BRACKET_NO, BULLET_NO, CN_NO, DUE_WORD, CN_NUM, CONNECTIVE, ENUM, IS_NO, MODAL_IN_RX, MUST_NO, TERM_BEFORE, URGE_RX, WORK_END, YAO

_FINISH = lazy(r"完工|完成|建成|竣工|投入使用|投用|投产|通车|交付|办结|验收|到位|报送|上报|报[区市县省]|销号")  # (全部整改销号, rx35)
_TASK_LEAD = lazy(r"^(?:" + ENUM + r"|" + IS_NO + r"|" + MUST_NO + r"|" + CONNECTIVE + r"|并|(?:办理|处理|答复|督办|落实)意见[::]|"
                 r"[\u4e00-\u9fff、]{2,16}的承诺(?:是|为)|"  # (村委会委员罗某的承诺是在9月底前建成X, rx32)
                        r"(?:[\u4e00-\u9fff]{1,6}?(?:书记|主任|县长|区长|市长|局长|镇长|乡长|部长|同志)|会议|会上|他|她)(?:在讲话中|最后|还|并|同时|进一步)?(?:强调|指出|要求|提出)[::]|"
                        r"(?:会议)?(?:原则)?同意(?=设立|成立|组建|建立|新建|建设|实施|启动|开展|筹建)|为此|对此|下一步|(?:责令|要求|督促|责成)其|(?:[\u4e00-\u9fff]{0,4}?(?:党委|党工委|县委|区委|市委|政府))?要求(?=(?:在|于)?(?:\d|年[底内末]|今年|明年|本月|下月|[上下]半年|[一二三四]季度))|(?:我[局委办镇乡们]|我单位|本单位)(?:郑重|公开)?承诺(?:在|于)?|一定要|一定|要(?!求|素)|必须|务必|确保|力争|争取|请|还要|进一步|继续|切实|全力|大力|着力|认真|集中时间、?集中精力)+")
THAT = lazy(r"^(?:该|此|这一?|上述|以上)(?:项目|工程|任务|项工作|工作|事项|个事|件事|块|方面|几项|些工作|些任务)")  # (这个事由X牵头, rx33; 这一块由X牵头, rx37)
_STOP = lazy(r"[。!?]")
_STATUS_TAIL = lazy(r"(?:进度|进展|工作)?(?:严重)?(?:滞后|缓慢|尚未|未|已|仍|推进|进展).*$")


def topic_of(sentence: str) -> str:
    """The subject of a short report line: ``1.滨河大道改造工程进度滞后。`` → ``滨河大道改造工程``."""
    s = re.sub(r"^\s*(?:" + ENUM + r"|" + BULLET_NO + r")\s*", "", sentence).rstrip("。;,")  # (✅ X, rx37)
    s = s.split(",")[0]
    return _STATUS_TAIL.sub("", s)[:40] or s[:40]


#: a status column's words: 已销号 / 已办结 / 整改中 / 逾期未完成 / 未启动 (rx31)
STATE_WORDS = (("done", ("已销号", "已办结", "已整改", "已完成", "办结", "销号", "整改完成")),
               ("behind", ("逾期", "滞后", "未完成", "未按期", "进度滞后")),
               ("not_started", ("未启动", "未开工", "尚未启动")),
               ("on_track", ("整改中", "推进中", "正在", "办理中", "序时推进", "正常推进", "按序时推进", "持续整改", "长期坚持")))
_STATE_WORD = lazy(r"^(?:" + "|".join(w for _, ws in STATE_WORDS for w in ws) + r")")


def state_word(v: str) -> Optional[str]:
    """The status a status word opens with (已销号 → done, 整改中 → on_track, 逾期未完成 → behind), else None."""
    return next((st for st, words in STATE_WORDS if v.startswith(words)), None)


def _flag_status(key: str, v: str, status: Optional[str]) -> Optional[str]:
    """The status a flag column gives (是否达序 否 → behind, 是否完成 是 → done, 整改状态 已销号 → done)."""
    if key == "status" and _STATE_WORD.match(v):  # 整改状态:已销号 / 逾期未完成 / 整改中 (rx31)
        return _state_told(status, v)
    if key == "lag_flag" and v in ("是", "否"):  # 是否滞后 否: not behind (rx38)
        return "behind" if v == "是" else (status if status in ("done", "not_started") else "on_track")
    if v in ("否", "未达序", "滞后", "未完成") or v.startswith(("否", "滞后", "未")):
        return "behind"
    if (v in ("是", "达序", "已完成", "完成", "正常") or v.startswith(("是", "已"))) and status != "behind":
        return "done" if key == "done_flag" or "完成" in v else "on_track"
    return status


def _state_told(status: Optional[str], v: str) -> str:
    """The status a status column's words tell; a work not started stays so where the column says overdue (逾期),
    not where it says behind (滞后: parts done, rx32)."""
    told = state_word(v)
    return status if (status, told) == ("not_started", "behind") and v.startswith("逾期") else told


def flags_progress(progress: Optional[Progress], flags: list[tuple[str, str]], as_of: Optional[str]) -> Optional[Progress]:
    """Progress from table columns: 是否达序 是/否, 是否完成 是/否, 完成比例 64%."""
    status = progress.status if progress else None
    percent = progress.percent if progress else None
    text = progress.text if progress else None
    bare = any(k == "percent" and re.fullmatch(r"\d+(?:\.\d+)?\s*%?", v.strip()) for k, v in flags)
    for key, value in flags:
        v = value.strip()
        if key == "percent":  # (a bare share, 33.9%, beats one a cell of words tells: 管网迁改完成60% / 1#冷库…; rx33)
            m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*%?", v) if bare else re.search(r"(\d+(?:\.\d+)?)\s*%", v)
            if m:
                percent = float(m.group(1))
                if status is None:
                    status = "done" if percent >= 100 else "on_track"
        else:
            status = _flag_status(key, v, status)
        text = text or v
    if status is None:
        return progress
    return Progress(status, percent, progress.as_of if progress else as_of, text)


_WINDOW_CUT = lazy(r"[、,;。]")


def with_finish(found: list[Found], text: str) -> list[tuple[Found, bool]]:
    """Each deadline with whether a finishing verb follows it before the next
    deadline or the next 、,; (``6月底前开工、12月底前完工``: only 12月)."""
    out = []
    for i, d in enumerate(found):
        stop = found[i + 1].start if i + 1 < len(found) else len(text)
        window = _WINDOW_CUT.split(text[d.end:min(stop, d.end + 12)], 1)[0]
        out.append((d, bool(_FINISH.search(window))))
    return out


def pick_deadline(found: list[tuple[Found, bool]]) -> Optional[Found]:
    """The latest dated one before a finishing verb, else the first dated one, else the first."""
    if not found:
        return None
    finishing = [d for d, fin in found if d.date and fin]
    if len(finishing) > 1 and finishing[0].text != "全年":
        finishing = [d for d in finishing if d.text != "全年"]  # (10月底前建成通车,全年完成投资3800万元: the year frames the amount after; rx39)
    if finishing:  # 3月底前完成方案,年底前完工: the task ends with the last one
        return max(finishing, key=lambda d: d.date)
    dated = [d for d, _ in found if d.date]
    return _framed_term(dated) or next(iter(dated), None) or found[0][0]


def _framed_term(dated: list) -> Optional[Found]:
    """The term after what frames it: the year (今年安排资金800万元,5月20日前拨付首期300万元; rx39) or a news sentence's
    day (3月6日,成立督导组,…确保四月底前全部复工; session 54); else None."""
    if len(dated) > 1 and dated[0].text in ("今年", "全年", "本年", "本年度") and dated[1].text.endswith("前"):
        return dated[1]
    if len(dated) > 1 and re.fullmatch(r"\d{1,2}月\d{1,2}日", dated[0].text):
        return next((d for d in dated[1:] if d.text.endswith("前")), None)
    return None


def full_sentence(para: Span, seg: Span) -> str:
    """The 。-sentence around a segment (segments are also cut at ; and :)."""
    s = seg.start - para.start
    e = seg.end - para.start
    i = max(para.text.rfind(ch, 0, s) for ch in "。!?") + 1
    m = _STOP.search(para.text, max(s, e - 1))
    return para.text[i:m.end() if m else len(para.text)]


_ROLE_PREFIX = lazy(r"^.*?(?:(?:郑重|公开)?承诺[::]?(?:一定要?)?|牵好头|牵头|负责(?!同志|人)|(?<=[局办委室心司])(?=按照?[^,,]{1,12}?推进)|协助[^,]*?|配合|" + YAO + r"|必须|务必|(?<![必无])须(?=在|于|按|把|对|及时|立即|尽快)|将(?![来近要])|(?<=[局办委室站所队院心司])(?:(?:另)?一方面)?(?:做|抓|办|优化|落实|保障|服务)好)(?=.)")
_TIME_LEAD = lazy(r"^(?:自(?:本(?:通报|通知|纪要|文件|意见))?(?:印发|下发|发布)之日起|自即日起)?(?:限期(?:\d+|[一二三四五六七八九十]+)?(?:日|天|个工作日)?内?)?"
                  r"(?:近期|远期|即|赶在|抢在|在(?![建研编职线校册途])|到|于|(?:反馈|收到通知|通知印发|印发|下发|会议|会)后)*(?:(?:19|20)\d\d年(?:度|底|末)?)?(?:这个月底|本月底|月底|年底|年内|今年|明年|年末|全年|上半年|下半年|年中|"
                        r"(?:春耕|秋收|麦收|夏收|三夏|秋冬种|主汛期|汛期|秋季开学|开学)(?:结束|过后|来临|到来)?(?=前|之前|以前)|"
                        # (a holiday before a verb of completion: 清明节前完成X; 国庆前城北片区集中签约 names an activity)
                        r"(?:国庆节?|春节|元旦|中秋节?|清明节?|端午节?|五一|“五一”|七一|“七一”|“十一”)(?=(?:前|之前|以前)(?:全面|全部|基本)?(?:完成|建成|完工|竣工|开工|启动|上报|报送|办结|投入|对外开放|开园|开馆|开业|通车))|"
                        r"(?:第)?[一二三四1-4]季度末?|(?:本月|下个?月|\d{1,2}月)(?:\d{1,2}[日号]|\d{1,2}(?=前|之前|以前))?(?:底|末|份|上旬|中旬|下旬|初)?|\d{1,2}[日号](?=前|之前|以前)|(?:下|本)?周[一二三四五六日]?(?=前|之前|以前|内)|"
                        r"(?:[一二两三四五六七八九十]|\d{1,2})(?:个)?(?:周|星期)(?=内)|(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(?:工作日|日|天)|(?:[一二两三四五六七八九十]|\d{1,2})(?:个)?(?:年|月)(?=内|时间))?(?:(?<=.)(?:前|之前|以前|内|时间))?(?:,)?")  # (not 前置手续: no term before it, session 55)
_TASK_TRIM = lazy(r"^(?:通过(?:开展|实施|推进)(?=[\u4e00-\u9fff]{4})|(?:你|贵)(?:单位|局|委|办|中心|公司|镇|乡|街道)|(?:我们|我局|我委|我镇|我乡)(?=计划|将|要|会|也|还|今年|年内)|牵头(?=制定|起草|编制|组织(?![相有]关|各)|开展|实施|推进|建立|完成|汇总|收集|研究|对接|谋划|编写|办理|整治|清理|排查|摸排|调查|修订|拟定|成立|筹备|召开|举办|做好|抓好|落实)|(?:计划|预定)(?=[\u4e00-\u9fff]{4}|(?:在|于)?(?:\d{1,2}月|(?:19|20)\d\d年))|拟(?=(?:在|于)?(?:\d{1,2}月|(?:19|20)\d\d年))|预计(?=[\u4e00-\u9fff\d]{3})(?!生育|单列|任务|安排)|具体|抓好|做好|切实|统筹(?=安排|调度|使用)|负责(?![人同])|加紧|抓紧(?=完成|做好|办理|实施|开展|启动)|加快|及早|尽快|立即|限期|(?:同步|同时)(?=办理|完成|开展|制定|启动|编制|推进|实施)|全力|进一步|继续|要(?!求|素)|仍要|拿出|认真|确保|力争|争取|务必|必须)+")


def char_pairs(text: str) -> set[str]:
    """The pairs of Chinese characters a text holds, its other characters left out: how two names of one work are
    told alike (排水沟改造 in 村内排水沟改造2.4公里; a listed pledge and the status told of it).

    >>> sorted(char_pairs("道路硬化2.4公里"))
    ['公里', '化公', '硬化', '路硬', '道路']
    """
    t = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {t[k:k + 2] for k in range(len(t) - 1)}


#: 全市 / 我区 before a task of four characters or more: 全市招商引资到位资金…
_WHOLE_PLACE = lazy(r"^(?:全[市区县镇]范围内|全[市区县镇](?![性域])|我[市区县镇])(?=[\u4e00-\u9fff]{4})")
#: a modal before what is aimed at: 力争达到…, 确保完成…
_MODAL_BEFORE_AIM = lazy(r"(?:要|必须|务必|力争|确保|争取)(?=达到|实现|突破|控制在|不低于|超过|完成)")


#: the units a subject works with, before its task: 会同县财政局于6月底前完成X → 于6月底前完成X
_WITH_LEAD = lazy(r"^(?:会同|联合|协同|督促|指导|督导)(?:指导|督促)?[\u4e00-\u9fff、和及]{2,30}?(?:等(?:有关|相关)?(?:部门|单位))?"
                        r"(?=于|在\d|(?<![核校比应针面相反绝])对|认真|切实|及时|做好|抓好|完成|开展|加快|推进|制定|组织|共同|,|$)")
_ASK_WORD = lazy(r"[由请交]|责成|责令|要求|督促|希望|指定")


#: a group as the subject: 项目单位要 / 各施工企业必须 / 有关部门都要
_GROUP_SUBJECT = lazy(r"^(?:项目|施工|建设|责任|参建|相关|有关|各(?:有关|相关|项目|施工|参建)?)[\u4e00-\u9fff]{0,2}?(?:单位|部门|企业)"
                      r"(?:“?(?:一把手|主要负责人|主要领导|负责人)”?)?"  # (各部门“一把手”要…, rx43)
                      r"(?:都|均|也)?(?:要|必须|务必|需要|需|应)(?!求)(?:再次|及时|切实|认真|主动|进一步|继续)*")


#: a generic group asked, before what it sends up: 请各责任单位 / 各有关部门
_GROUP_ASKED = lazy(r"^(?:请|要求)?(?:各|有关|相关)[\u4e00-\u9fff]{0,8}?(?:单位|部门|乡镇|街道|镇街)")


def _group_sends(clause: str) -> str:
    """请各责任单位于每季度末月20日前将X完成情况书面报Y: 报送X完成情况, else ``""`` (rx24)."""
    if "报" in clause and ("将" in clause or "把" in clause) and _GROUP_ASKED.match(clause):
        sent = _sent_up(_GROUP_ASKED.sub("", clause.strip()))
        if sent.startswith("报送"):
            return sent[:40]
    return ""


def _by_end(s: str, actors) -> int:
    """由X组织力量在…前强制拆除: where the work starts after the units named by 由 (and their means), else 0 (rx24)."""
    if not s.startswith("由"):
        return 0
    end = max((s.find(a.name) + len(a.name) for a in actors if a.name in s), default=0)
    if not end or _BY_ROLE.match(s, end):
        return 0  # (由A按程序组织实施 / 由A负责: a role, read as such)
    m = _BY_MEANS.match(s, end)
    return m.end() if m and len(s) - m.end() >= 2 else 0


_BY_ROLE = lazy(r"(?:按程序|按规定|依法)?(?:组织实施|具体负责|负责|牵头|承办|会同|配合|协助)")


#: after 由X: the means and the date before the work (组织力量 / 在4月23日前)
_BY_MEANS = lazy(r"(?:组织(?:力量|人员|专班))?(?:(?:于|在)[^,,。]{1,12}?前)?(?:组织(?:力量|人员|专班))?")


#: the unit after 会同 / 联合, where nothing marks where the work begins: 会同区教育局(积极争取X) (rx29)
_WITH_UNIT = lazy(r"^(?:会同|联合|协同|督促|指导|督导)[\u4e00-\u9fff、和及]{2,20}?(?:局|委|办|中心|公司|部门|单位|街道|镇|乡)")


#: a unit that did the work, and how, before the work: 县水利局驻村工作组已投资8万元帮助(完成了…) (rx50)
_DID_BY = lazy(r"^(?P<u>[^,,;;。]{2,24}?(?:局|委|办|中心|公司|街道|镇|乡|工作组))(?:已经|已)(?:(?:投资|投入)[^,,;;。]{0,10}?)?"
               r"(?:帮助|协助)?(?=完成|建成|新建|改造|铺设|硬化|修建|安装)")


def _deed_off(clause: str) -> str:
    """The work of a unit's deed, without the unit and how it paid: 县X局已投资5万元帮助完成了Y建设 → Y建设 (rx50); not
    县商务局已完成改造4个 (a count of an item's work, named by the item)."""
    did = _DID_BY.match(clause)
    rest = re.sub(r"^(?:完成了?|建成了?)", "", clause[did.end():]) if did else ""
    if len(rest) >= 4 and not re.match(r"[\u4e00-\u9fff]{0,4}\d", rest) \
            and (parse_item(did.group("u")) or ("",))[1:2] == ("organization",):
        return rest
    return clause


#: help given by a group or a unit, before the work: 各街道要协助区城管局(开展X) / 配合县交通局(做好X) (rx51)
_HELP_LEAD = lazy(r"^(?:(?:各|有关|相关)[\u4e00-\u9fff]{0,8}?(?:单位|部门|乡镇|街道|镇街|村|社区)(?:都|均|也)?)?(?:要|须|必须|应)?"
                  r"(?:积极|主动|全力|密切)?(?:配合|协助)(?:[^,,;;。]{2,20}?(?=(?:共同|一起|全力)?(?:做好|抓好|搞好|开展|完成|推进|实施|落实|加快|办好)))?")


def _told_before_off(clause: str) -> str:
    """The clause without a news dateline, a unit's deed before its work (rx50) or the help a group gives (rx51)."""
    clause = _deed_off(_DATELINE.sub("", clause))
    helped = _HELP_LEAD.match(clause)
    return clause[helped.end():] if helped and len(clause) - helped.end() >= 4 else clause


def task_text(clause: str) -> str:
    """A short task phrase from a clause: actors, modal verbs and lead-ins removed."""
    clause = _told_before_off(clause)
    sent = _group_sends(_roles_off(clause))
    if sent:
        return sent
    clause = _roles_off(clause)
    asked = asked_end(clause, groups=True) if _ASK_WORD.search(clause) else 0
    s = _TASK_LEAD.sub("", clause)
    acts = find_actors(s)
    if asked and len(clause) - asked >= 2 and not method_only(clause[asked:].strip("。 ")):  # 请A会同B于…完成X / 责成A立即… / 会议要求A…: what follows the unit asked
        # (…X工程,资金由县财政统筹解决: X, not how it is funded, rx29)
        s = clause[asked:]
    elif acts.actors:
        s = s[unit_colon_end(s) or dated_subject_end(s) or _by_end(s, acts.actors):]  # 县交通局:年内完成X / 县住建局于6月底前完成X
        m = _ROLE_PREFIX.match(s)
        if m and len(s) - m.end() >= 2:
            s = s[m.end():]
            if s[:2] in ("会同", "联合", "协同", "督促", "指导", "督导"):  # A要会同B于…完成X
                s = _WITH_LEAD.sub("", s) or _WITH_UNIT.sub("", s)  # (A要会同B积极争取X: the unit only, rx29)

    elif "单位" in s or "部门" in s or "企业" in s:
        s = _GROUP_SUBJECT.sub("", s)  # 项目单位要高度重视: the group is no part of the task (rx24)
    s = _TASK_TRIM.sub("", _AIM_LABEL.sub("", s))  # (分年度目标:2024年完成改厕8000户 → 改厕, rx26)
    s = _TIME_LEAD.sub("", s)
    s = _EVERY_LEAD.sub("", s) if len(s) > 8 else s  # 每月开展一次水库安全巡查 → 水库安全巡查 (rx26)
    s = _TASK_TRIM.sub("", s).lstrip("的,")
    s = _WHOLE_PLACE.sub("", s)  # 全市招商引资到位资金…
    s = _MODAL_BEFORE_AIM.sub("", s)
    if "《" in s and ("同意" in s or "通过" in s):
        s = _approved_off(s)  # (会议确定:原则同意《A》《B》: the titles, before a long name is cut; rx24)
    return _sent_up(_revised(s))[:40]  # (…及时将《X清单》修改完善 / 将…《X表》报…: the verb before a long title, rx23)


def _roles_off(clause: str) -> str:
    """The clause without a bracket of its units closing it (…完成育秧(X负责,Y配合), rx32)."""
    return ROLE_BRACKET.sub("", clause) if clause.endswith((")", "）")) else clause


#: the label of a plan's aims: 总体目标: / 分年度目标: / 主要目标是:
_AIM_LABEL = lazy(r"^(?:总体|分年度|年度|阶段性?|具体|主要|工作)?目标(?:任务)?(?:是|为)?[::]")
#: how often a recurring work is done, before the work: 每月开展一次 / 每季度召开一次 (rx26)
_EVERY_LEAD = lazy(r"^每(?:个)?(?:月|周|季度?|年|半年|旬|天|日)(?:至少)?(?:开展|组织|进行|召开)(?:一次|1次|一轮|一遍)")


#: what is lacking in a problem told: (长期)没有 / 未(按要求) / 尚未 before the work that remedies it (not 未来, 未成年)
_LACKING = lazy(r"(?<!应[\u4e00-\u9fff])(?:长期|一直|至今|仍然?|均|都|尚)?(?:没有|未能|尚未|未|没)(?:按照?(?:要求|规定|标准|时限|期)|及时|全部|完全|有效|正常)?"
                r"(?=[\u4e00-\u9fff]{2})(?!来|成年|知|经)")


def remedy(problem: str) -> str:
    """The work that rectifies a problem told by what is lacking: the problem without the lack.

    >>> remedy("东坪村口长期没有安装路灯"), remedy("垃圾中转站未启用"), remedy("河道淤积严重")
    ('东坪村口安装路灯', '垃圾中转站启用', '河道淤积严重')
    >>> remedy("部分企业未按要求建立安全台账"), remedy("未来三年规划"), remedy("两座泵站未按期完工的问题")
    ('企业建立安全台账', '未来三年规划', '两座泵站未按期完工的问题')
    >>> remedy("部分山塘水库管护不到位"), remedy("村级集体资金管理不规范"), remedy("个别项目未按期竣工")
    ('山塘水库管护', '规范村级集体资金管理', '个别项目未按期竣工')
    >>> remedy("村级活动场所建设滞后问题"), remedy("路口生活垃圾一处仍处理不到位"), remedy("满街秸秆未清")
    ('村级活动场所建设', '路口生活垃圾处理', '满街秸秆清理')
    """
    core = re.sub(r"(?:的)?问题$", "", problem)
    if core != problem and _SHORT_OF.search(core) and not _LATE.search(core):
        problem = core  # (城区占道经营治理不力的问题: its remedy, rx26)
    if problem.endswith("问题") or _LATE.search(problem):
        return problem  # (部分项目未按期竣工的问题: the problem named as such; a lateness stays one)
    short = _SHORT_OF.search(problem)
    if short and short.start() >= 4:
        work = _STILL.sub("", problem[:short.start()])  # (X垃圾一处仍处理不到位 → X垃圾处理, rx40)
        return ("规范" + _SOME.sub("", work)) if short.group() == "不规范" else _SOME.sub("", work)
    uncleared = _UNCLEARED.search(problem)
    if uncleared and uncleared.start() >= 4:
        return _SOME.sub("", problem[:uncleared.start()]) + "清理"  # (满街秸秆未清 → 满街秸秆清理, rx40)
    m = _LACKING.search(problem)
    if not m or m.start() < 2:
        return problem
    return _SOME.sub("", problem[:m.start()] + problem[m.end():])


#: a problem told by how short it falls, at its end: X管护不到位 / X落实不力 / X管理不规范
_SHORT_OF = lazy(r"(?:不到位|不力|不足|不够|不严|不规范|不及时|不全|不完善|不健全|不完整|滞后|缓慢)$")  # (X建设滞后问题, rx32)
#: how much and that it is still so, before the verb a problem falls short in: (X垃圾)一处仍(处理不到位)
_STILL = lazy(r"(?:一处|多处|大量)?(?:仍然|仍|还|依然)(?=[\u4e00-\u9fff]{2}$)")
#: not cleared, closing a problem: (满街秸秆)未清 / 未清理
_UNCLEARED = lazy(r"(?:仍|还)?未清(?:理|除)?$")
#: a lateness: (X)未按期(竣工) — the problem stays as told
_LATE = lazy(r"(?:没有|未能|未)(?:按期|按时|如期)")
#: a share of the things at fault before the work: 部分 / 个别 / 少数 (their remedy is the work)
_SOME = lazy(r"^(?:部分|个别|少数|一些|有的|极个别)(?=[\u4e00-\u9fff]{4})")


#: a clause that only names the work and urges it on: ``X建设要加快推进``, ``X改造要提速``
_SUBJECT = lazy(r"^(?P<x>[\u4e00-\u9fffA-Za-z0-9“”\"·]{2,24}?)(?:工作)?(?:也|还|更)?(?:要|必须|务必|需要|需)"
                      r"(?:进一步|持续|全力|继续|再)?(?:加快(?:建设|推进|施工|工作|实施)?(?:进度|步伐)|加大(?:推进|工作)?力度|加快推进|加快实施|加快建设|加快进度|加快|提速|提质提速|提速增效|提质增效|"
                      r"抓紧推进|抓紧|全力推进|加紧推进|加力推进|加速推进|加力|扎实推进|稳步推进|有序推进|推进|见实效|见成效|"
                      r"取得突破|有新突破|全面铺开|快马加鞭|马上就办)$")
#: a sentence naming the work and what it is: ``X是今年的头号民生工程``, ``X作为…重点项目``
_IS_TOPIC = lazy(r"^(?P<x>[\u4e00-\u9fffA-Za-z0-9“”\"·]{4,24}?)(?:是|作为|列为|属于)[^,;。]{0,20}"
                       r"(?:工程|项目|任务|工作|实事|大事|重点|难点|关键|头等大事|一号工程)[。!]?$")
_LEAD_OFF = lazy(r"^(?:" + ENUM + r"|" + IS_NO + r"|" + CONNECTIVE + r"|今年|当前|目前|[,,])+")
_NOT_TOPIC = lazy(r"^(?:我们|大家|各级|各地|各部门|各单位|全县|全市|全区|全镇|这项|这些|此项|有关|相关|工作|任务|项目|今年|明年)|"
                        r"(?:各项|目标任务|全年)|[了着过]$|"
                        r"^《[^》]+》(?:的)?(?:推进|贯彻)?(?:实施|落实|执行)$")  # (围绕《方案》的推进实施: the document sent, no work)


#: ``要抓紧推进X改造``: the verb first, the work its object
_URGE_OBJECT = lazy(r"^(?:要|必须|务必)?(?:进一步|持续|继续)?(?:加快推进|抓紧推进|全力推进|加紧推进|加力推进|加速推进|扎实推进|加快实施|抓紧实施)"
                          r"(?P<x>[\u4e00-\u9fffA-Za-z0-9“”\"·]{4,24}?(?:工程|项目|建设|改造|整治|治理|提升|行动|工作))$")


def subject_of(clause: str) -> str:
    """The work a clause names as its subject when it only urges it on
    (``城区停车场建设要加快推进`` → ``城区停车场建设``, ``要抓紧推进城东片区改造``
    → ``城东片区改造``), else ``""``."""
    c = _LEAD_OFF.sub("", clause.strip().rstrip("。!;"))
    m = _SUBJECT.match(c) or _URGE_OBJECT.match(c)
    if not m:
        return ""
    x = m.group("x")
    if len(x) < 4 or _NOT_TOPIC.search(x) or parse_list(x) or find_actors(x).actors:
        return ""
    return x


def topic_is(sentence: str) -> str:
    """The work a sentence introduces (``X是今年的头号民生工程。`` → ``X``), else ``""``."""
    m = _IS_TOPIC.match(_LEAD_OFF.sub("", sentence.strip()))
    if not m:
        return ""
    x = m.group("x")
    if _NOT_TOPIC.search(x) or parse_list(x) or find_actors(x).actors or len(x) > 16 \
            or re.search(r"[的了]|^[这那它此其]", x):
        return ""
    return x


#: 各乡镇是危房改造的第一责任主体: a group made answerable for a work (rx24)
_ANSWERS_FOR = lazy(r"^(?:各|所在|属地)?[\u4e00-\u9fff、()()]{1,12}?是(?P<x>[\u4e00-\u9fff“”]{2,16}?)(?:工作)?的"
                          r"(?:第一|直接|主要|最终)?(?:责任主体|主体责任单位|责任单位|第一责任人|责任人)$")


def answers_for(clause: str) -> str:
    """The work a clause makes a group answerable for (``各乡镇是危房改造的第一责任主体`` → ``危房改造``),
    else ``""``.

    >>> answers_for("各乡镇是危房改造的第一责任主体"), answers_for("县住建局是牵头单位")
    ('危房改造', '')
    """
    m = _ANSWERS_FOR.match(_LEAD_OFF.sub("", clause.strip()))
    if not m or _NOT_TOPIC.search(m.group("x")) or find_actors(m.group("x")).actors:
        return ""
    return m.group("x")


#: a task that is only a size qualifying what follows: 做好面积在250平方米以内 (rx24)
_SIZE_ONLY = lazy(r"^(?:进一步)?(?:做好|对|针对|摸清|排查|清理)?(?:面积|年龄|规模|排量|吨位|长度|高度|跨度|功率|容积|年收入|收入)在"
                  r"[\d.]+[\u4e00-\u9fff]{0,4}?(?:及?以上|及?以下|以内)$")


def past_size(task: str, rest: list[str]) -> str:
    """A task that only sizes what follows (``做好面积在250平方米以内``, then ``无法…的搬迁户宅基地的摸底调查``):
    the thing sized and what is done to it, from the clause after (``搬迁户宅基地摸底调查``), else ``task``.

    >>> past_size("做好面积在250平方米以内", ["无法复垦的搬迁户宅基地的摸底调查"])
    '搬迁户宅基地摸底调查'
    """
    if not rest or not _SIZE_ONLY.match(tidy_task(task)):
        return task
    m = re.match(r"^[^,;。]*?的(?P<x>[^,;。]{4,30})$", rest[0].strip().rstrip("。;"))
    return m.group("x").replace("的", "") if m else task


def with_activity(topic: str, metric: Optional[str]) -> str:
    """A work named before the sentence, with the activity a rate target of the
    sentence names: ``X棚户区改造项目`` + ``征收签约率`` → ``X棚户区改造项目征收签约``."""
    if not metric:
        return topic
    m = re.sub(r"(?:率|比例|比率)$", "", metric)
    if m != metric and 2 <= len(m) <= 6 and m not in topic and not re.search(r"满意|达标|覆盖|合格", m):
        return topic + m
    return topic


_GENERIC_VERB = lazy(r"^(?:加强|强化|做好|抓好|开展|搞好|狠抓|落实)(?P<o>[\u4e00-\u9fff]{1,3})$")
_GENERIC_OF = lazy(r"^(?:加强|强化|做好|抓好|搞好|狠抓)对(?P<x>[^,;。]{2,20}?)的(?P<y>[\u4e00-\u9fff]{2,8})$")


def generic_task(task: str, rest: list[str]) -> str:
    """A task phrase that is only a generic verb and a short object
    (``加强督查``) takes the clause after it; ``加强对X的Y`` → ``XY``."""
    m = _GENERIC_OF.match(task)
    if m:
        return m.group("x") + m.group("y")
    m = _GENERIC_VERB.match(task)
    if m and rest:
        nxt = task_text(rest[0])
        if len(nxt) >= 4 and not find_actors(rest[0]).actors:
            return (m.group("o") + "并" + nxt)[:40]
    return task


_ABOUT = lazy(r"^(?:关于|对于|针对|围绕)(?P<x>[^,;。、]{4,24}?)(?:工作|问题|事项)?$")


_TO_WORK = lazy(r"^对(?:[^,;。]{2,12}?的)?(?P<x>[^,;。、的]{4,24})$")
#: an activity or a campaign named after 对: 对春节后集中开工活动 / 对城区违建整治行动
_TO_ACTIVITY = lazy(r"^对(?P<x>[^,;。、的]{4,24}?)(?:活动|专项行动)$")


def activity(clause: str) -> str:
    """The activity a clause ``对X活动`` names (``对春节后集中开工活动`` → ``春节后集中开工``), else ``""``."""
    m = _TO_ACTIVITY.match(_LEAD_OFF.sub("", clause.strip()))
    return m.group("x") if m and not _NOT_TOPIC.search(m.group("x")) else ""


def about(clause: str) -> str:
    """The work a clause ``关于X`` / ``对于X工作`` / ``对X项目`` names, else ``""``."""
    c = _LEAD_OFF.sub("", clause.strip())
    m = _ABOUT.match(c)
    if m and not _NOT_TOPIC.search(m.group("x")) and not parse_list(m.group("x")):
        return m.group("x")
    m = _TO_ACTIVITY.match(c)  # 对春节后城东片区集中开工活动,区发改局要…
    if m and not _NOT_TOPIC.search(m.group("x")):
        return m.group("x")
    m = _AT_SITE.match(c)  # 在城东学校建设现场,…要求县教育局…: the work of the site (rx26)
    if m:
        return m.group("x")
    m = _TO_WORK.match(c)  # 对城东大桥项目,区交通局要…
    if m:
        from .projects import find_projects
        if find_projects("推进" + m.group("x")) == [m.group("x")]:
            return m.group("x")
    return ""


#: the site of a work visited: 在城东学校建设现场 / 在滨河路施工现场
_AT_SITE = lazy(r"^在(?P<x>[\u4e00-\u9fff]{2,16}?(?:建设|改造|项目|工程))(?:施工)?现场$")
#: how, not what: 倒排工期, 挂图作战, 加强协调 — a phrase that names no task
_METHOD = lazy(r"^(?:(?:(?:认真|深入|全面)?(?:学习)?贯彻(?:落实)?[^,、]{2,30}?(?:精神|部署|要求)|正视[^,、]{2,30}?(?:问题|短板|差距)|(?:进一步)?增强[^,、]{0,6}?(?:紧迫感|责任感|使命感)+|(?:把|将)?[^,、]{2,24}?摆(?:在|到)[^,、]{0,8}?(?:突出|重要|首要|优先)(?:的)?位置|(?:把|将)?[^,、]{2,24}?(?:摆上|列入|纳入)[^,、]{0,6}?议事日程|利用[^,、]{2,12}?时间|集中时间、?集中精力[\u4e00-\u9fff]{0,6}|(?:用|下)硬功夫|真抓实干|破除瓶颈|久久为功|持续发力|精准发力|凝聚(?:工作)?合力|迎头赶上|奋起直追|(?:不断)?增进民生福祉|(?:学习|借鉴|学习借鉴)[^,、]{0,10}?(?:先进)?经验(?:做法)?|理清(?:工作)?(?:责任|思路)|有条不紊(?:地|的)?(?:推进|开展)?|整合[^,、]{0,6}?意见(?:建议)?|明确(?:责任)?分工|分工协作|倒排工期|挂图作战|挂牌督战|抽调(?:精干|专门|骨干)?(?:力量|人员)|(?:实行|实施)包(?:户|片|村)到人|集中力量|下大(?:力气|功夫|决心)|研究举措|抢抓(?:时间|工期|进度|时机)|加班加点|只争朝夕|(?:及早|提前)介入|压茬推进|压实责任|高度重视|主动作为|攻坚克难|(?:认真|切实)?(?:履职尽责|尽职尽责)|协同配合|靠前服务|(?:密切|积极|主动)配合|"
                     r"亲自(?:研究|抓|过问|部署|调度|协调|推动|督办|挂帅)(?:部署|解决|推动)?$|(?:包户|包保|包干|责任)到人$|按照?[^,,]{1,12}?推进$|"  # (主要负责同志要亲自研究, rx30)
                     r"(?:加强|强化|做好)(?:协调|调度|对接|配合|统筹|督导|衔接|沟通|保障|服务)|加大(?:推进|工作|协调)?力度|(?:统筹)?(?:解决|安排)$|统筹保障$|"  # (资金由县财政统筹解决: rx29)
                     r"加快(?:推进|进度|施工进度)|抓紧(?:推进|实施)|(?:抽调|组织|集中)(?:精干)?力量|(?:全力|扎实|稳步|有序|积极)推进|强化措施|落实责任|明确责任|压实(?:工作|主体|属地)?责任|"
                     r"(?:加强|做好|进行)?(?:沟通协调|衔接配合|协调配合|跟踪服务)|密切跟踪|全程服务|(?:进行)?(?:全力|积极)?配合|牵头负责|落实执行|"
                     r"明确(?:目标|工作)?任务|把握(?:工作)?重点|分解细化(?:工作)?任务|(?:逐一|逐项)?明确时间节点|落实举措|迅速行动|完善(?:相关|有关)?手续|"
                     r"(?:采取|落实)(?:切实可行|切实有效|有力|有效|得力)?(?:的)?措施|抓紧办理(?:落实)?|办理落实|按(?:照)?时间节点|(?:自觉)?接受(?:社会|群众|各方)?监督|狠抓落实|不找借口|不讲困难|不讲条件|不讲价钱|不打折扣|不找理由|"  # (rx10: a pledge's manner)
                     r"(?:同|与)(?:(?!完成)[^,、]){2,14}?(?:加强|密切|做好)?(?:衔接|协作|对接|沟通|联系)|(?:积极)?争取(?:上级)?(?:项目资金|项目|资金|政策|支持)|(?:充分|切实|更好地?)?(?:发挥|履行|当好)好?牵头(?:抓总)?(?:作用|职能|职责|责任)?|(?:切实|认真|充分)?履行好?[^,、]{0,10}?(?:职责|职能|责任|义务)|(?:充分)?发挥好?[^,、]{0,10}?作用|(?:负责)?(?:总牵头|牵头抓总)(?:工作)?|(?:及时)?(?:协调|研究)?解决(?:好)?(?:工作|推进|建设|项目建设|实施)?(?:过程)?中?(?:遇到|存在|出现)的(?:困难和|重大|突出)?(?:困难|问题)(?:和困难|和问题)?|整合资金|(?:[\u4e00-\u9fff]{2,12}?[局办委所])?(?:负责)?(?:保障|筹措|筹集)(?:项目|工作|建设)?(?:资金|经费)(?:保障)?|早(?:谋划|着手|部署|行动|落实|启动|安排|动手)|夯实(?:工作)?责任|按时完成任务|做好相关协调(?:工作)?|进行专项督促|指导和落实|督促|指导|落实|做好(?:会议)?记录|(?:归纳|汇总|收集)整理)[,、和及]?)+$")
#: a clause that only frames what follows: 会议强调, 张三要求, 就下步工作, 围绕…方面, 结合会议研究的意见
_FRAME = lazy(r"^(?:有|取得)(?:较大|重大|新的?|明显|实质性|突破性)?(?:突破|进展|成效)$|^(?:让|使得?)(?:广大|全体)?(?:市民|群众|居民|百姓|老百姓|人民群众|村民|游客|企业)[^,,]{2,40}$|^[^,,]{0,12}?(?:召开|举行)(?!了)[^,,]{0,40}?(?:会议|大会|座谈会|推进会|调度会)$|^(?:会议|会上|会议还|他|她|[\u4e00-\u9fff]{2,3})?(?:强调|要求|指出|明确|提出|表示|说)$|^[\u4e00-\u9fff]{2,16}?的?(?:村民|居民|群众|市民|负责人|工作人员|老人|党员)[\u4e00-\u9fff]{0,4}?(?:说|表示|介绍|感慨|告诉记者)$|^就[^,]{2,12}$|"
                    r"^(?:我[局委办镇乡们]|我单位|本单位|[\u4e00-\u9fff]{2,12}?(?:书记|主任|村长|镇长|乡长|两委|支部|党委|政府))?(?:向[\u4e00-\u9fff]{1,8})?(?:郑重|公开|庄严)?承诺(?:如下)?$|"
                    r"^(?:围绕|按照|参照|依照|遵照|根据|依据|结合|对照|针对|本着|为了?|对(?![接照标口话外比应待象策]))[^,]{2,40}$|^以[^,]{2,30}为(?:契机|抓手|载体|突破口|切入点|牵引)$|^(?:还|也)?(?:将|要)?在[^,]{2,24}?(?:的)?基础上$|^(?:要)?从[^,]{2,20}?(?:入手|抓起|做起)$|^坚持[^,]{2,10}(?:导向|原则|方针|理念)$|^(?:不管|无论|不论)|^(?:各|有关|相关)[\u4e00-\u9fff、]{1,12}$|^在[^,]{2,30}?(?:情况下|前提下|条件下)$|^(?:在)?[^,]{2,30}?的(?:指导|帮助|支持|领导|统筹|协调)下$")


def weak_task(task: str) -> bool:
    """A task phrase naming no task: a method (加大工作力度, 密切跟踪、全程服务) or a
    frame (会议强调, 就下步工作, 围绕就业、教育等方面).

    >>> weak_task("密切跟踪、全程服务"), weak_task("会议要求"), weak_task("围绕就业、教育等方面"), weak_task("护航在建项目")
    (True, True, True, False)
    >>> weak_task("要从严格违建审批入手"), weak_task("在“路长制”的基础上"), weak_task("建立联审制度")
    (True, True, False)
    >>> weak_task("对已改造的村开展散煤复烧巡查"), weak_task("对进度滞后的项目")
    (False, True)
    """
    t = tidy_task(task)
    if _DONE_TO_OBJ.match(t):
        return False  # 对已完成改造的村开展散煤复烧巡查: the work done to the object (rx32)
    # (对X进行Y names its work once tidied; 为完成X, 围绕X do not; 国庆节前 alone is only a term, rx30)
    return method_only(t) or bool(_FRAME.match(t)) or method_only(task) or (bool(_FRAME.match(task)) and not task.startswith("对")) \
        or bool(TERM_ONLY.match(task.strip(",, "))) or bool(_AS_OF_ONLY.match(task.strip(",, ")))


#: a clause that only dates a report: 截至目前 / 截至6月底 / 目前 (rx42)
_AS_OF_ONLY = lazy(r"^(?:截至|截止)(?:到)?(?:目前|今年|(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末)?)(?:止)?$|^(?:目前|当前|现在)$")


#: a work done to an object named first: 对X开展Y巡查 / 对X进行Y整治 (rx32)
_DONE_TO_OBJ = lazy(r"^对[^,,]{2,24}?(?:开展|进行|实施|组织)[\u4e00-\u9fff]{4,}$")
#: a clause or a task that is only a term: 国庆节前 / 年底前 (commitments reads it too, rx30)
TERM_ONLY = lazy(r"^(?:在|于|到)?(?:今年|明年|(?:19|20)\d\d年)?" + TERM_BEFORE + r"$")


def method_only(task: str) -> bool:
    """A task phrase telling only how (倒排工期, 加强协调配合), no task."""
    return bool(_METHOD.match(task))


#: the number of a section heading: 一、 (三) 2. 第四,
_HEADING_NO = lazy(r"^(?:" + CN_NO + r"|" + BRACKET_NO + r"|\d+[.、.]|第[一二三四五六七八九十]+(?:项[::]|[,、])?)\s*")  # (第一项:X工程。)


def heading_work(heading: str) -> str:
    """The work a section heading names, when it names only that
    (``(三)城南棚户区改造项目`` → the project; ``一、抓好重大交通项目建设`` → ``""``)."""
    from .projects import find_projects
    h = _HEADING_NO.sub("", heading.strip()).rstrip("。:")
    h = re.sub(r"(?:有关|相关)?(?:事宜|事项|问题)$", "", re.sub(r"^(?:研究|审议|讨论|听取)(?:了)?(?:关于)?", "", h))  # (二、研究X项目有关事宜: X项目, rx28)
    if h.endswith(("建设", "工作")) and not h[-4:-2] in ("项目", "工程"):
        h = h[:-2]
    ps = find_projects("推进" + h)
    return ps[0] if len(ps) == 1 and ps[0] in (h, h[:-2] if h.endswith("建设") else h) else ""


# ---- a task name a person would put in a table ----------------------------------

_EDGE_OPEN = lazy(r"^[“”\"'‘’《》()()\[\]【】\s,,、;;:.。]+")
_EDGE_CLOSE = lazy(r"[“”\"'‘’《》()()\[\]【】\s,,、;;:.。!?…]+$")
_PAIRS = {"”": "“", "》": "《", ")": "(", "】": "【", "’": "‘", "]": "["}
_OPEN = {v: k for k, v in _PAIRS.items()}


#: a news dateline opening a paragraph: 柳岸日报讯(记者 王某 李某) / 新华网柳岸3月2日电 (rx49); with or without
#: it, where the news comes from: 3日,记者从区发改局获悉, (rx50)
_DATELINE = lazy(r"^(?:本报|[\u4e00-\u9fff\w]{1,12}?(?:网|报|台|在线|新闻|融媒))(?:[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日)?(?:讯|电)"
                  r"\s*(?:[((][^()()]{2,40}[))])?\s*(?:(?:\d{1,2}日[,,]\s*)?(?:据)?(?:记者)?(?:从|自|向)?[^,,。;;]{0,24}?(?:获悉|了解到|得知)[,,])?|"
                  r"^(?:\d{1,2}日[,,]\s*)?(?:据)?记者(?:从|自|向)[^,,。;;]{2,24}?(?:获悉|了解到|得知)[,,]")


def news_source(clause: str) -> bool:
    """A clause telling only where news comes from: a dateline (柳岸日报讯(记者 王某)3日), 记者从区发改局获悉 (rx50)."""
    s = clause.strip(" ,,") + ","
    rest = _DATELINE.sub("", s)
    return len(s) > 1 and rest != s and bool(re.fullmatch(r"(?:\d{1,2}日)?[ ,,]*", rest))


#: whose work it is, before the work: 包抓的X项目 / 分管的X工作 (rx49)
_HELD_OF = lazy(r"^(?:所|其|自己)?(?:包抓|包保|包联|分管|牵头|负责|领办)的(?=[\u4e00-\u9fff]{4})")


def _edges(s: str) -> str:
    """Punctuation and unpaired quotes off both ends (a closing quote whose
    opening one is inside stays: 推进政务服务“一网通办”)."""
    while s and _EDGE_OPEN.match(s[0]):
        if s[0] in _OPEN and _OPEN[s[0]] in s[1:]:
            break
        s = s[1:]
    while s and _EDGE_CLOSE.search(s[-1]):
        ch = s[-1]
        if ch in _PAIRS and s.count(_PAIRS[ch]) >= s.count(ch):
            break
        s = s[:-1]
    # an opening quote left without its closing one: 政务服务“一网通办 → drop nothing, it is inside
    return s
#: how and how hard, before the work: 紧盯, 严格落实, 努力实现, 我们还要重点
_URGE_LEAD = lazy(r"^(?:集中(?:力量|精力)|我们|我[市区县镇局委办]|大家|还要|也要|更要|都要|就要|一定要|要(?!求|素)|必须|务必|确保|力争|争取|努力|全力以赴|全力|着力|坚决|扎实|认真|积极|主动|"
                        r"切实|严格|进一步|继续|持续|不断|定期|适时|重点(?!项目|工程|工作|任务|建设|区域|领域|企业|民生|实事|难点|堤段|路段|部位)|集中(?!供|式|区)|尽快|抓紧|及时|加快|加紧|立即|迅速|深入|大力|统筹|扎实|精心|"
                        r"紧盯|紧扣|聚焦|围绕着?|督促|督导|推动|推进|落实|抓好|做好|搞好|办好|抓实|实现|实行|狠抓|强化|加强|"
                        + IS_NO + r"|" + MUST_NO + r"|" + CONNECTIVE + r"|并且?|今年|明年|当前|目前|下一步|下步)+")
#: a dated phrase inside a task: 6月底前, 年内, 2024年底前, 1-9月份 (a period, whole)
_TIME_IN = lazy(r"(?:在|于|到)?(?:(?:(?:下|本|这)个?(?:周|星期)[一二三四五六日天][((](?=\d))?(?:(?:19|20)\d\d年)?(?:(?:\d{1,2}[-—~至])?\d{1,2}月(?:\d{1,2}日(?:[))](?=前|之前|以前))?)?(?:底|末|份|中旬|上旬|下旬)?|年底|年内|年末|上半年|下半年|第?[一二三四1-4]季度末?|(?:下|本)周[一二三四五六日]?(?=前|之前|以前|内))"
                      r"(?:前|之前|以前|内)?|(?:国庆节?|春节|元旦节?|主?汛期|雨季|秋季开学|开学|入冬|冬季|春耕|秋收)(?:来临|到来|开始)?(?:前|之前|以前)|(?:暑假|寒假|暑期)(?:期间|前|之前|内)|(?<=[\u4e00-\u9fff])\d{1,3}个?(?:天|日|工作日)(?:内|之内|以内)"
                      r"|(?:[〇零○一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[日号]|底|末|份|中旬|上旬|下旬)(?:前|之前|以前)?"
                      r"|[〇零○一二三四五六七八九]{4}年(?:底|末|内)(?:前|之前|以前)?)(?:全部|基本|全面)?")  # (二〇二三年九月三十日前, session 54)  # (国庆节前完成X → 完成X; 汛期来临前: rx17; 来电10日内答复率: rx29)
#: a modal and its manner inside a task: 50个村道项目务必千方百计按时开工
#: 纳入绩效考核范围 → 纳入绩效考核
_INTO_TAIL = lazy(r"(?<=[\u4e00-\u9fff]{4})(?:范围|体系)$")
#: the base of a rate: 地区生产总值比上年增长 → 地区生产总值增长
_BASE = lazy(r"(?:比上年|同比|较上年|比去年)(?=增长|下降|提高|降低|减少)")
#: a rate target: 增长6.2%左右 → 增长
_RATE = lazy(r"(?:比上年|同比|较上年)?(?:分别)?(?P<v>增长|下降|提高|降低|提升|减少)(?:幅度)?(?:达到|控制在)?\d+(?:\.\d+)?%?(?:和\d+(?:\.\d+)?%)?(?:左右|以上|以内|以下)?")
#: the figure of a rate target: 签约率达到30% → 签约率
_RATE_TO = lazy(r"(?<=率)(?:均|要|必须)?(?:达到|达|不低于|超过|提高到|提升到|控制在)\d+(?:\.\d+)?%(?:左右|以上|以内|以下)?")
#: a count inside a name: 清理东区12.5亩闲置用地 → 清理东区闲置用地, 建30亩的育苗基地 → 建育苗基地 (a count opening
#: the name stays: 50个村道项目开工)
_COUNT_IN = lazy(r"(?<=[\u4e00-\u9fff”、])(?<![第的类等年])(?<!\d、)(?:约|近|共计|共)?(?:\d+(?:\.\d+)?(?:[-—~至]\d+(?:\.\d+)?)?)(?:万|亿)?(?:个|条|处|部|座|所|家|套|台|辆|盏|株|棵|眼|项|件|户次|户|公里|千米|米|平方米|亩|吨|间|张|人次|人|名|批|宗|本|份)(?:以上|左右|以内|以下)?(?:的(?=[\u4e00-\u9fff]{2}))?")
#: a sum of money inside a name, not the figure of a bound: 拨付配套资金500万元 → 拨付配套资金 (资金达到150亿元 keeps it)
_MONEY_IN = lazy(r"(?<=[\u4e00-\u9fff])(?<![达过破于少到])\d+(?:\.\d+)?[万亿]?元(?![/\u4e00-\u9fff])")
#: what only frames the work: …的时间节点, …目标任务, …相关工作
_FRAME_TAIL = lazy(r"(?:的)?(?:时间节点|各项任务|(?<=处置|改造|建设|整治|签约|征收|拆迁|征迁|搬迁|整改|安置|加固|清淤|治理|修缮|维修)(?:目标)?任务|相关工作|各项工作|等工作|"
                         r"(?<!重点|中心|主要|日常|民生|前期)工作|的原则|原则|(?<=改造|建设|工程|整治|征迁|拆迁)(?:的)?(?:进度|步伐))$")
#: to whom a quota is given, after 下达: 我县, 本县, 全市 (the work is named without them)
_GIVEN_TO = r"(?:(?:我|本|全)[省市县区镇乡](?!级))?"
#: a quota stated as given: 省里下达X改造目标总任务数为900户 → X改造
#: (or with its number straight after: 省下达我县农村危房改造任务420户 → 农村危房改造, rx22)
_QUOTA = lazy(r"^(?:.{0,12}?下达(?:的|给)?" + _GIVEN_TO + r")?(?P<x>.{2,30}?)(?:目标)?(?:总)?任务(?:数|量)?"
              r"(?:为|是|(?:共|计)?(?=\d|[一二两三四五六七八九十百千万]+[户套座个所处间栋]|[一二两三四五六七八九十]+[万千百]))(?<!年度)(?<!月度).*$")
#: a purpose or a source before the work: 为顺利完成上级下达的X → X, 各镇、各部门要X → X
_GIVEN = lazy(r"^(?:为了?(?:确保)?(?:顺利|全面|如期|按时)?(?:完成|实现)?)?(?:[^,]{0,12}?下达(?:的|给)?" + _GIVEN_TO + r")?(?:(?:(?:各|有关|相关|属地)[\u4e00-\u9fff]{1,5}?(?:[((][\u4e00-\u9fff、]{1,6}[))])?、?)+(?:都|均)?(?:要|务必|必须))?")
#: 对X的项目进行督查和通报 → 项目督查和通报
_DO_TO = lazy(r"^对(?:[^,]*的)?(?P<x>[^,的]{2,16}?)(?:进行|开展|实施|组织)(?P<y>[\u4e00-\u9fff、和及]{2,12})$")
#: a report sent up: (并在…前)将实施方案报县政府 → 报送实施方案
_SEND = lazy(r"^(?:并|并且)?(?:于|在)?[^,将把]{0,14}?(?:前|之前)?[将把](?P<x>[^,]{2,24}?|[^,《]{0,24}《[^》]{2,50}》[^,]{0,8}?)"
             r"(?:书面|以书面形式)?(?:报送|上报|报至|报给|报)(?:[省市区县旗州盟乡镇]|上级|督查)[^,]*$"
             # (or what is sent first, its time after it: 整治结果于本周五下班前报送县委督查室, rx22)
             r"|^(?:[^,的]{2,8}的)?(?P<y>[\u4e00-\u9fff]{2,14}?(?:结果|情况|报告|方案|材料|清单|总结))(?:须|要|应|务必|务|必须)?于[^,]{2,16}?(?:前|之前)"
             r"(?:报送|上报|报至|报)(?:[省市区县]|上级|督查|各位|分管)[^,]*$")
#: 控违拆违还是要坚持…原则: the subject
#: X工作完成 / X问题完成: the work named, then done
_WORK_DONE = lazy(r"^(?P<x>[\u4e00-\u9fff“”、]{4,}?(?:(?=工作|问题|任务)|迁改|迁移|征迁|征收|拆迁|搬迁|改造|整治|清理|修缮|"
                  r"维修|安装|铺设|治理|设计|招标|报批|衔接))(?:工作|问题|任务)?(?:全部|全面|基本)?完成$")
#: (要把)X作为Y来抓 / 摆在Y位置来抓: X is the work
_AS_FOCUS = lazy(r"^(?:要|必须)?把?(?P<x>[^,]{2,24}?)(?:作为|当作|当成)[^,]{2,24}?(?:来抓|来推进|来落实|来办|来做|来谋划|抓紧抓实|抓实抓好|抓紧抓好)$")
_KEEP_TO = lazy(r"^(?P<x>[\u4e00-\u9fff]{4,12}?)(?:还是|也|更|还|都)?要(?:坚持|按照|遵循|围绕)")
#: a list of three or more works: the first stands for them (A、B、C等项目 → A等项目)
_LONG_LIST = lazy(r"^(?P<a>[^、,]{2,16}?)(?:、[^、,]{2,16}?){2,}(?P<t>等[\d一二三四五六七八九十]*[个项]?(?:项目|工程|重点项目|重大项目|专项整治|整治|行动)(?:建设)?)$")

#: a work's class said twice: 城东水厂二期项目等项目 → 城东水厂二期等项目
_SAME_CLASS = lazy(r"(?<=[\u4e00-\u9fff]{4})(?:项目|工程)(?=等[\d一二三四五六七八九十]*个?(?:项目|工程)$)")
#: a goal to meet: 水环境质量完成年度目标任务 → 水环境质量年度目标
_DUE_GOAL = lazy(r"(?<=[\u4e00-\u9fff]{2})(?:要|均)?完成(?P<y>年度|全年|今年)?目标任务$")

#: the first clause of a task: 建成甲路,年底前通车 → 建成甲路
_CLAUSE_CUT = lazy(r"[,;。!?]")
#: a sentence end inside a task
_SENT_END = lazy(r"[;。!?]")
#: a modal that marks a second clause as a demand, not a parallel task
#: (将)年度目标任务纳入绩效考核体系 → 纳入绩效考核体系
_INTO = lazy(r"^(?P<x>[^,了]{2,30}?)(?P<v>纳入|列入)(?P<y>[^,]{2,20})$")
#: a time lead that names a time (not 在建's 在)
_DATED = lazy(r"[\d年月季底末内前]")
#: a year alone names the set (2025年政府工作报告目标任务), a time in it is a deadline (2025年底前)
_BARE_YEAR = lazy(r"(?:19|20)\d\d年")
#: 2017年度计划 keeps its year
_YEAR_OF = lazy(r"^(?:19|20)\d\d年度")
#: 的, 将, 把, 当务之急是, 全市 before the work
_WHOLE_LEAD = lazy(r"^(?:的|,|将(?![来近])|把(?![握关])|当务之急是|全[市区县镇]范围内|全[市区县镇](?![性域]))")
#: 从投资强度等方面提高X → 提高X
_ASPECT_LEAD = lazy(r"^(?:从|在|就)[^,]{2,30}?(?:等)?(?:方面|角度|层面)(?=[\u4e00-\u9fff]{4})")
#: 以工作量为标准的考核办法 → 考核办法
_BY_STANDARD = lazy(r"以[^,]{2,10}?为(?:标准|依据|基础|核心|重点|抓手)的")
#: X的各项配套 → X的配套
_OF_ALL = lazy(r"的(?:各项|各类|相关|有关)(?=[\u4e00-\u9fff]{2})")
#: 对城东片区开工活动 → 城东片区开工
_ABOUT_WORK = lazy(r"^(?:对于|对(?![接照标口话外比应待象策])|关于)(?P<x>[^,的]{4,24}?)(?:工作|活动|问题|事项)?$")
#: 新列的40个项目 → 40个项目
_BEFORE_COUNT = lazy(r"^(?![^的]*(?:未|已|应|尚))[\u4e00-\u9fff]{1,6}的(?=\d)(?![\d.]*%)")  # (not 年度投资的80%: a share of it, rx26)
#: (将)X进行分解 → 分解X
_DO_ON = lazy(r"^(?P<x>[^,对]{2,20}?)(?<!依法)(?<![或并和及后时])进行(?P<y>[\u4e00-\u9fff]{2,6})$")  # (X或依法进行处罚: two acts, session 55)
#: 启动城南大道建设 → 城南大道建设
_START_VERB = lazy(r"^(?:全面|全部|按时|如期|按期)(?:启动|开展|实施|完成)(?=[\u4e00-\u9fffA-Za-z0-9“”、]{4,}$)|^(?:启动|开展|实施|完成)(?:(?:全部|全面)(?=[\u4e00-\u9fffA-Za-z0-9“”、]{4,}$)|(?=[\u4e00-\u9fffA-Za-z0-9“”、]{6,}$))")
_START_WORDS = ("启动", "开展", "实施", "完成")  # (全面完成X: 全面 before it)
_TIME_ONLY = lazy(_TIME_IN.pattern)
_ANY_CUT = lazy(r"[,;。!?]")
_DIGIT = lazy(r"\d")
_TIME_CHAR = lazy(r"[\d年季底内末]|暑假|寒假|暑期|周[一二三四五六日]?前|节前|汛期前|开学前|入冬前|(?:来临|到来|开始)前")
_WHOLE_FIRST = set("的,将把当全")
_FRAME_ENDS = ("节点", "任务", "工作", "原则", "进度", "步伐")


#: the partner a unit signs with, or the unit it helps, opening a task: 与施工单位(签订…) / 协助县国土局完成(…) (rx42)
_PARTNER = lazy(r"^(?:(?:与|同)[^,,。]{2,12}?(?=签订|签署)|(?:协助|配合)[^,,。]{2,20}?(?:完成|做好|开展|推进|实施))")


@lru_cache(maxsize=64)  # (a task phrase is tidied when it is weighed and again when it is kept)
def tidy_task(task: str) -> str:
    """A task name as a person would write it in a table: the work and what is
    to be done, without quotes, urging words, dates, the figures of a target,
    frames (…的时间节点, 对…进行) or the rest of the clause.

    >>> tidy_task("“认真抓好全镇招商项目储备计划,按期完成前期工作。”")
    '招商项目储备计划'
    >>> tidy_task("紧盯城东水厂项目6月底前开工、12月底前完工的时间节点")
    '城东水厂项目开工、完工'
    >>> tidy_task("力争实现地区生产总值增长6.5%左右"), tidy_task("新列的40个项目务必千方百计按时开工")
    ('地区生产总值增长', '40个项目开工')
    >>> tidy_task("完成东区62.5亩闲置土地处置任务"), tidy_task("对推进迟缓、成效不明显的项目进行督查和通报")
    ('东区闲置土地处置', '项目督查和通报')
    >>> tidy_task("上级下达本县保障性住房建设目标任务360套"), tidy_task("甲厂、乙园、丙库等项目")
    ('保障性住房建设', '甲厂等项目')
    >>> tidy_task("(星期三)前报送镇督查室(地址在镇政府二楼")
    '报送镇督查室'
    >>> tidy_task("2024年1-9月份财政收支情况")
    '财政收支情况'
    >>> tidy_task("新建公厕5座、15座垃圾中转站"), tidy_task("落实第17、18件事项")
    ('新建公厕、垃圾中转站', '第17、18件事项')
    >>> tidy_task("棚改任务是3200户")
    '棚改任务'
    """
    s = _edges(_HELD_OF.sub("", _DATELINE.sub("", task.strip())))
    s = _BY_UNIT_MID.sub("", s) if "由" in s else s  # 罐体由镇财政所统一采购 → 罐体统一采购 (rx31)
    s = _PARTNER.sub("", s) if s[:1] in "与同协配" else s  # 与施工单位签订委托合同 → 签订委托合同; 协助X完成Y → Y (rx42)
    for step in _TIDY_STEPS:  # (each step tries its rule only where its key word is present)
        s = step(s)
    s = _REMAINING.sub("", s.strip("、,")).rstrip("和及与")
    s = _BARE_BRACKET.sub("", s) if s.endswith((")", "）")) else s  # (…路灯150盏(6月底前完成): the term cut, its bracket too; rx35)
    s = _TRAILING_MODAL.sub("", s) if len(s) >= 6 else s  # (农村改厕数量将(达到6000座) → 农村改厕数量, session 54)
    s = s[2:] if s.startswith(("以下", "下列")) and len(s) > 4 else s  # (以下十件民生实事 → 十件民生实事, session 54)
    m = _ABOUT_MATTER.match(s) if s.startswith("关于") else None
    s = m.group("w") if m else s  # (关于城区停车场建设的事项 → 城区停车场建设, session 54)
    s = s[1:] if s.startswith("了") and not s.startswith(("了解", "了结")) and len(s) > 5 else s  # (完成了X: the verb cut, its 了 too)
    s = _HURRY_LEFT.sub("", s) if "时间" in s or "赶在" in s or "抢在" in s else s  # (X要抓紧时间赶在汛期前完工 → X完工)
    return s[:-1] if len(s) >= 5 and s[-1] in "是为" and s[-3:-1] in _IS_BEFORE else s


#: the hurry left of a term cut off: (要)抓紧时间 / 赶在(汛期前) before the step
_HURRY_LEFT = lazy(r"(?:要)?(?:抓紧|加紧|抢抓)?时间(?=赶|抢在)|(?:要)?(?:抓紧|加紧|抢抓)时间|(?:赶在|抢在|赶)(?=完|建|竣|开|投|交|通)")
#: a matter named by what it is about: 关于城区停车场建设的事项 / 关于X的问题 / 关于X有关问题
_ABOUT_MATTER = lazy(r"^关于(?P<w>[\u4e00-\u9fff“”、]{4,30}?)(?:的|有关)?(?:事项|问题|议题|情况)$")
#: a modal left at the end once what it governs is cut: …数量将 / …要
_TRAILING_MODAL = lazy(r"(?<=[\u4e00-\u9fff]{4})(?:将|(?<![重主需纪摘提概纲简首])要|必须|务必|力争|确保|争取)$")
#: a bracket left with no more than a word of finishing once its term is cut: 安装路灯(完成) / 新建公厕() (rx35)
_BARE_BRACKET = lazy(r"\s*[((]\s*(?:全部|全面)?(?:完成|完工|建成|办结|到位|实施|落实|完成主体)?\s*[))]$")
#: the unit a fronted work is given to: (罐体)由镇财政所(统一采购)
_BY_UNIT_MID = lazy(r"(?<=[\u4e00-\u9fff]{2})由[省市区县镇乡][\u4e00-\u9fff]{1,12}?(?:局|所|办|委|中心|公司|站|队)(?=统一)")
#: a quota's word before 是/为 left at the end when its figure is cut: 棚改任务是(3200户) → 棚改任务 (rx25)
_IS_BEFORE = frozenset({"任务", "目标", "指标", "总数", "规模", "总量", "面积"})


def done_to(obj: str, nxt: str) -> str:
    """``(将)对X`` then ``进行Y`` (two clauses): X and what is done to it, tidied; else ``""``.

    >>> done_to("将对进度滞后的民生项目", "进行重点督办"), done_to("对接省厅", "进行汇报")
    ('民生项目重点督办', '')
    """
    if not (_ABOUT_OBJ.match(obj) and _DONE_TO.match(nxt)):
        return ""
    return tidy_task(_ABOUT_OBJ.sub("对", obj) + nxt)


#: a clause that only names the object of what the next one does: (将)对未达序时的任务,
_ABOUT_OBJ = lazy(r"^(?:将|要|会)?对(?![接照标口话外比应待象策])")
#: what is done to it: 进行重点督查, 开展专项检查, 予以通报
_DONE_TO = lazy(r"^(?:进行|开展|实施|组织|予以)")


#: the work a frame names: 按照整改要求 → 整改
_FRAME_WORK = lazy(r"^(?:按照|根据|对照)(?P<w>[\u4e00-\u9fff]{2,4}?)(?:的)?(?:要求|标准|方案)$")


def after_frame(frame: str, deliverable: str) -> str:
    """What is due after a frame, with the frame's work where it is a bare verb of two characters.

    >>> after_frame("按照整改要求", "销号"), after_frame("按照职责分工", "销号"), after_frame("按照整改要求", "城南路改造")
    ('整改销号', '销号', '城南路改造')
    """
    m = _FRAME_WORK.match(frame) if len(deliverable) <= 2 else None
    w = m.group("w") if m and not m.group("w").endswith(("职责", "分工", "程序", "规定")) else ""
    return w + deliverable if w and w not in deliverable else deliverable


def _label_rx() -> re.Pattern:
    from .fields import HEADERS  # (the column names: 整改措施, 整改目标, 承诺事项, 工作任务 …)
    words = {w for k in ("task", "problem", "measure", "target") for w in HEADERS[k] if len(w) >= 2}
    return re.compile(r"^(?:(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")[\d一二三四五六七八九十]{0,3}|(?:我[局委办镇乡们]|我单位|本单位)?(?:郑重|公开)?承诺(?:如下)?)"
                      r"\s*[::]\s*(?=\S{2})")


#: a label before the task: 整改措施:加强巡查, 整改目标:…, 承诺:…, 工作任务:…
_LABEL = _label_rx()


def _label_off(s: str) -> str:
    """整改措施:加强河道巡查 → 加强河道巡查; 我局承诺:完成X → 完成X."""
    return _LABEL.sub("", s) if (":" in s or ":" in s) else s


#: 楼顶整治方面:清理楼顶杂物工作时间节点是 → 清理楼顶杂物: an aspect's label and the due date's words (rx24)
_ASPECT_LABEL = lazy(r"^[\u4e00-\u9fff]{2,12}方面[::](?=\S{4})")
_DUE_WORDS = lazy(r"(?:工作)?(?:的)?(?:全面|全部)?" + DUE_WORD + r"(?:是|为|定为|确定为|:|:)?"
                   r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|前|之前)?$")


def _due_stated_off(s: str) -> str:
    """``楼顶整治方面:清理楼顶杂物工作时间节点是`` → ``清理楼顶杂物``; ``城东路改造工程完成时限为`` → ``城东路改造工程``."""
    if "方面" in s:
        s = _ASPECT_LABEL.sub("", s)
    return _DUE_WORDS.sub("", s) if ("时" in s or "期" in s) else s


#: a stance, not a work: (切实)提高政治站位 / 坚持以人民为中心 / 强化责任担当 / 增强…意识
_STANCE = lazy(r"^(?:切实|进一步|始终|持续)?(?:提高(?:政治)?站位|提升(?:政治)?站位|强化(?:责任)?担当|增强[^,]{0,8}?意识|树牢[^,]{0,8}?理念|坚持以人民为中心|坚持[^,]{2,14}?(?:走|原则|导向|理念|方针|不动摇)|高度重视)$")


def _first_clause(s: str) -> str:
    """The first clause (建成甲路,年底前通车 → 建成甲路); two short tasks are one name (压实责任,健全机制)."""
    if not _ANY_CUT.search(s):
        return s
    parts = _CLAUSE_CUT.split(s)
    first = parts[0]
    if len(parts) > 1 and _FRAME.match(first) and len(_TASK_TRIM.sub("", parts[1])) >= 2:
        return after_frame(first, _edges(_TASK_TRIM.sub("", parts[1])))  # 按照整改要求,尽快销号 (a frame first)
    if len(parts) > 1 and _STANCE.match(first) and len(_TASK_TRIM.sub("", parts[1])) >= 4:
        first = parts[1]  # 切实提高政治站位,慎终如始精准抓好疫情防控工作: the stance first, then the work (rx24)
    if len(s) <= 16 and not _SENT_END.search(s) and all(len(p) >= 4 for p in s.split(",")) \
            and not _TIME_IN.search(s) and not URGE_RX.search(s):
        s = s.replace(",", "、")
    elif len(first) >= 4:
        s = first
    return _edges(s)


def _given_off(s: str) -> str:
    """A purpose or a source before the work: 为顺利完成上级下达的X → X."""
    if "为" in s or "下达" in s or "各" in s or "关" in s or "属地" in s:
        t = _GIVEN.sub("", s)
        return t if len(t) >= 4 else s
    return s


def _quota_off(s: str) -> str:
    """A quota stated as given: 省里下达X改造目标总任务数为900户 → X改造."""
    m = _QUOTA.match(s) if "任务" in s else None
    return m.group("x") if m and len(m.group("x")) >= 4 else s


def _sent_up(s: str) -> str:
    """A report sent up: 在3月1日前将实施方案报县政府 → 报送实施方案."""
    m = _SEND.match(s) if "将" in s or "于" in s or "把" in s else None
    if not m:
        return s
    what = m.group("x") or m.group("y")
    titled = re.search(r"《[^》]+》", what)
    if titled:  # 将本单位…审阅同意后的《X情况表》(电子版)报…: the document sent
        return "报送" + titled.group()
    what = re.sub(r"(?<=情况)(?:书面|以书面形式)$", "", what).replace("“", "").replace("”", "")
    long_tail = re.search(r"(?:进展|完成|落实|推进|工作)情况$", what) if len(what) > 8 else None
    return "报送" + (long_tail.group() if long_tail else what)  # 本季度落实各项任务进展情况 → 进展情况 (rx23)


#: a work already taken into a plan or a list: 该路段修复已纳入… / 东山村饮水问题已列入…
_TAKEN_ALREADY = lazy(r"^(?:该|此)?(?P<x>[\u4e00-\u9fff]{3,20}?)(?:已经|已)(?:被)?(?:纳入|列入)")


def _taken_in(s: str) -> str:
    """(将)年度目标任务纳入绩效考核体系 → 纳入绩效考核."""
    if "纳入" not in s and "列入" not in s:
        return s
    done = _TAKEN_ALREADY.match(s)
    if done:  # 该路段修复已纳入镇民生实事: what was taken in, told in a reply (rx26)
        return done.group("x")
    m = _INTO.match(s)
    if m:
        s = m.group("v") + m.group("y")
    return _INTO_TAIL.sub("", s) if s.startswith(("纳入", "列入")) else s


def _kept_to(s: str) -> str:
    """控违拆违还是要坚持…原则: the subject."""
    m = _KEEP_TO.match(s) if "要" in s else None
    return m.group("x") if m else s


def _as_focus(s: str) -> str:
    """(要把)河道清淤作为民生工程来抓 → 河道清淤: what is to be treated so is the work (rx23)."""
    m = _AS_FOCUS.match(s) if "作为" in s else None
    return m.group("x") if m else s


def _leads_off(s: str) -> str:
    """Urging words, a time, 的/将/全市, an aspect before the work, as long as four characters stay."""
    prev = None
    while prev != s:
        prev = s
        t = _URGE_LEAD.sub("", s)
        m = _TIME_LEAD.match(t)
        if m and m.end() and _DATED.search(m.group()) and not _YEAR_OF.match(t) and not _BARE_YEAR.fullmatch(m.group()):
            t = t[m.end():]  # (2017年度计划 and 2025年政府工作报告目标任务 keep their year; 在建 keeps 在)
        if t[:1] in _WHOLE_FIRST:
            t = _WHOLE_LEAD.sub("", t)
        if t[:1] in "从在就":
            t = _ASPECT_LEAD.sub("", t)  # 从投资强度等方面提高X
        if len(t) >= 4:
            s = t
    return s


#: who raised a problem, before it: 群众反映的城南菜市场脏乱差 → 城南菜市场脏乱差
_RAISED = lazy(r"^[\u4e00-\u9fff]{0,6}?(?:反映|投诉|举报|曝光|反馈|交办|督办)(?:强烈|集中|较多)?的(?=[\u4e00-\u9fff]{4})")


def _of_off(s: str) -> str:
    """The base of a rate (比上年增长 → 增长), a standard (以工作量为标准的考核办法), 的各项 → 的,
    who raised a problem (群众反映的X → X)."""
    if "的" in s and _RAISED.match(s):
        s = _RAISED.sub("", s)
    if "比" in s or "较" in s:
        s = _BASE.sub("", s)
    if "的" in s:
        if "以" in s:
            s = _BY_STANDARD.sub("", s)
        s = _OF_ALL.sub("的", s)
    return s


def _to_off(s: str) -> str:
    """对X的项目进行督查和通报 → 项目督查和通报; 对城东片区开工活动 → 城东片区开工."""
    if s[:1] not in "对关":
        return s
    m = _DO_TO.match(s)
    if m:  # (对…的落实情况进行全程督办: 情况 names no work)
        s = (m.group("x") if not m.group("x").endswith("情况") else "") + m.group("y")
    m = _ABOUT_WORK.match(s)
    return m.group("x") if m else s


#: what is left of a count before the work: (剩余312户的)搬迁入住 → 搬迁入住
_REMAINING = lazy(r"^(?:剩余|其余|余下)(?=[\u4e00-\u9fff]{4})|(?<=[\u4e00-\u9fff]{4}增长)与[\u4e00-\u9fff]{2,8}?(?:基本)?同步$|(?<=[\u4e00-\u9fff]{4})(?:的)?目标(?:任务)?不变$")  # (居民收入增长与经济增长同步, rx26)


#: the verb of a bound left when its figure is taken off: 控制在 / 不低于 / 达到
_BOUND_TAIL = lazy(r"(?:要)?(?:控制在|保持在|稳定在|提高到|提升到|下降到|达到|不低于|不少于|不超过|低于|高于)$")


#: whom the work serves, after it: …、惠及居民 / ,受益群众
_SERVED_TAIL = lazy(r"(?<=[\u4e00-\u9fff]{4})[、,,](?:惠及|受益|覆盖|涉及)[^,,;。]*$")


#: a count in Chinese numerals inside a name (not 第…, not 一个/一批): 一千二百个 / 十二所 / 二十五座
_CN_COUNT_IN = lazy(r"(?<![第一二两三四五六七八九十百千万“])(?:[两二三四五六七八九]|[一二两三四五六七八九十百千万]{2,8})(?:个|所|户|家|座|栋|套|条|处|名|株|公里|亩)"
                    r"(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,2}(?:意见|措施|规定|举措|政策|办法|要求|原则|方面|确保))|(?<=[\u4e00-\u9fff])(?<![第一二两三四五六七八九十百千万])[一二两三四五六七八九十百千万]{2,8}(?:个|所|户|家|座|栋|套|条|处|名|株|公里|亩)$")


def _figures_off(s: str) -> str:
    """Counts, rates, dates and modals inside the name (新列的40个项目务必按时开工 → 40个项目开工)."""
    t = s
    if _DIGIT.search(t):
        t = _BEFORE_COUNT.sub("", t)  # 新列的40个项目 → 40个项目
        s = t
        if "%" in t:
            t = _RATE_TO.sub("", _RATE.sub(lambda m: m.group("v"), t))
        t = _COUNT_IN.sub("", t)
        if "元" in t:
            t = _MONEY_IN.sub("", t)
    if _CN_COUNT_IN.search(t):
        t = _CN_COUNT_IN.sub("", t)  # 新增停车泊位一千二百个 / 改扩建十二所中小学 (rx25)
    if _TIME_CHAR.search(t):
        t = _TIME_IN.sub("", t) if not _TIME_ONLY.fullmatch(t) else t
    if URGE_RX.search(t):
        t = MODAL_IN_RX.sub("", t)
    if t != s:
        t = _BOUND_TAIL.sub("", t)  # 信访件数控制在(20件以内) → 信访件数 (rx23)
        t = _SERVED_TAIL.sub("", t)  # 老旧小区改造(15个)、惠及居民(3200户) → 老旧小区改造 (rx25)
    return t if len(t) >= 4 else s


#: a status after the work: 城南路改造工程已完成投资 → 城南路改造工程
_STATUS_AFTER = lazy(r"(?<=[\u4e00-\u9fff]{2}(?:工程|项目|改造|建设|整治))(?:已|正在|尚未|目前)[^,;。]*$")
#: …and a building's status after its name: 城北幼儿园主体已封顶 → 城北幼儿园 (rx29)
_BUILT_STATUS = lazy(r"(?<=[\u4e00-\u9fff]{2})(?:(?<=幼儿园)|(?<=卫生院)|(?<=学校|小学|中学|医院|场馆|中心|大楼|大桥))(?:主体(?:工程)?)?(?:已|正在|尚未)[^,;。]*$")


def _status_off(s: str) -> str:
    """A status after the work it reports on: 城南路改造工程已完成投资 → 城南路改造工程."""
    s = _BUILT_STATUS.sub("", _STATUS_AFTER.sub("", s)) if ("已" in s or "正在" in s or "尚未" in s or "目前" in s) else s
    return _SLOW_AFTER.sub("", s) if ("滞后" in s or "缓慢" in s or "不足" in s or "迟缓" in s or "慢" in s) else s


#: a work told slow in a notice: X土地报批进度滞后 / X整治推进缓慢 / X项目开工不足 → the work (rx26)
_SLOW_AFTER = lazy(r"(?<=[\u4e00-\u9fff]{4})(?:工作)?(?:进度|进展|推进|工作推进)?(?:严重)?(?:滞后|缓慢|迟缓|偏慢|较慢)$|(?<=[\u4e00-\u9fff]{4}开工)不足$")


def _frame_off(s: str) -> str:
    """…的时间节点, …目标任务, …相关工作 off."""
    if not s.endswith(_FRAME_ENDS):
        return s
    t = _FRAME_TAIL.sub("", s)
    return t if len(t) >= 4 else s


def _work_done_off(s: str) -> str:
    """铺面道路征迁工作(于7月17日前)完成 → 铺面道路征迁: the work, not that it is done (rx23)."""
    m = _WORK_DONE.match(s) if s.endswith("完成") else None
    return m.group("x") if m else s


def _done_on(s: str) -> str:
    """(将)X进行分解 → 分解X; 启动城南大道建设 → 城南大道建设."""
    m = _DO_ON.match(s) if "进行" in s else None
    if m:
        s = m.group("y") + m.group("x")
    if "完成" in s[4:16]:
        s = _WORK_THEN_DONE.sub(r"\g<w>", s, count=1)  # 北环路二期完成路面工程 → 北环路二期路面工程 (rx26)
    return _START_VERB.sub("", s) if s[:2] in _START_WORDS or s[2:4] in _START_WORDS else s


#: a work named, then the step it completes: 北环路二期完成路面工程 / 城南大桥完成桥面铺装
_WORK_THEN_DONE = lazy(r"^(?P<w>[\u4e00-\u9fff]{2,12}?(?:一期|二期|三期|大桥|桥|路|隧道|项目|工程|中心|馆|园|厂|站|校|院))(?:全面|全部)?完成(?=[\u4e00-\u9fff]{2})")


def _work_colon(s: str) -> str:
    """城南安置小区:启动4#楼二次结构施工 → 城南安置小区4#楼二次结构施工: a work, then its step after a colon (rx26)."""
    m = _WORK_COLON.match(s) if ":" in s or ":" in s else None
    return m.group("w") + re.sub(r"^(?:启动|完成|开展|实施|推进|加快)", "", m.group("s")) if m and len(m.group("s")) >= 3 else s


#: a work named before a colon: 城南安置小区: / 滨河公园:
_WORK_COLON = lazy(r"^(?P<w>[\u4e00-\u9fff]{2,16}?(?:小区|公园|项目|工程|路|桥|中心|学校|医院|馆|园|厂|站|片区))[::](?P<s>[^::]+)$")


def _list_short(s: str) -> str:
    """甲厂、乙园、丙库等项目 → 甲厂等项目; 城东水厂二期项目等项目 → 城东水厂二期等项目;
    水环境质量完成年度目标任务 → 水环境质量年度目标."""
    if "等" in s and "、" in s:
        m = _LONG_LIST.match(s)
        if m:
            s = m.group("a") + m.group("t")
    if "等" in s:
        s = _SAME_CLASS.sub("", s)
    if s.endswith("目标任务") and "完成" in s:
        s = _DUE_GOAL.sub(r"\g<y>目标", s)
    return s


#: the steps of :func:`tidy_task`, in order
#: a weekday after a date (4月20日(星期五)前), and the 前 left of a deadline cut off before the task
_WEEKDAY = lazy(r"[((](?:星期|周)[一二三四五六日天][))]")
_UNCLOSED = lazy(r"[((][^))]*$")


def _aside_off(s: str) -> str:
    """``(星期三)前报送镇效能办(联系人…`` → ``报送镇效能办``: a weekday, the 前 of the
    deadline before it and an aside the text leaves open are no part of the task."""
    if "(" not in s and "(" not in s:
        return s
    s = re.sub(r"^(?:前|之前|以前)", "", _WEEKDAY.sub("", s).lstrip())
    m = _UNCLOSED.search(s)
    return s[:m.start()] if m and m.start() >= 4 else s


#: a meeting's approval before the work it approved: 会议(原则)同意实施X工程 → X工程 (rx22)
#: 会议原则同意县住建局提交的《X》: the document approved is the work
_APPROVED_TITLE = lazy(r"^(?:会议(?:确定|决定|议定|研究决定)?[::,]?|经研究,?|经会议研究,?)?(?:原则|审议)?(?:同意|通过)了?(?:[^《,]{0,20}?(?:提交|提出|报送|起草|制定|编制)的)?"
                       r"(?P<t>(?:《[^》]{4,40}》[、和及]?)+)$")
_APPROVED = lazy(r"^(?:会议|经研究,?|经会议研究,?)(?:原则)?同意(?:启动)?(?:实施|建设|启动)(?=[\u4e00-\u9fff]{4,}?(?:" + WORK_END + r")$)")


#: a plan approved for a work: (会议)原则同意X建设方案 → X建设 (the work, not its plan; rx28)
_APPROVED_WORK_PLAN = lazy(r"^(?:会议)?(?:原则)?同意(?:[^,,]{0,20}?(?:提交|提出|报送|编制|起草)的)?(?P<w>[\u4e00-\u9fff]{4,24}?(?:建设|改造|工程|项目|整治))(?:实施)?方案$")
#: a unit's plan on a work approved: 会议同意县水务局关于城区供水管网改造的实施方案 (rx28)
_APPROVED_ABOUT = lazy(r"^(?:会议)?(?:原则)?同意[\u4e00-\u9fff]{2,16}?(?:提交|提出|报送|编制)?的?关于(?P<y>[\u4e00-\u9fff“”]{2,24}?)的?"
                       r"(?P<k>实施方案|工作方案|方案|实施意见|意见|规划|办法|计划)$")
#: a unit's request approved: 会议同意县教育局追加校车运营补贴 → 追加校车运营补贴 (rx28)
_APPROVED_UNIT = lazy(r"^(?:会议)?(?:原则)?同意[\u4e00-\u9fff]{2,12}?(?:局|委|办|中心|公司|镇|街道|乡)(?=追加|安排|增加|调整|申请|使用|开展|实施|启动)")
#: 将X形成书面材料(于…前)报Y: X sent up in writing
_WRITTEN = lazy(r"(?:将|把)(?P<x>[^,,]{2,40}?)形成书面(?:材料|意见|报告)")
#: 将X修改完善: X revised
_BA_REVISE = lazy(r"(?:将|把)(?P<x>《[^》]{2,40}》|[\u4e00-\u9fff“”]{2,20}?)(?P<v>修改完善|修订完善|修改|修订)$")
#: …, to be revised as the meeting said before it goes on: 要求根据会议审议意见作进一步修改完善后…
_REVISE_AFTER = lazy(r"(?<=[\u4e00-\u9fff》)])[,,]?(?:要求|请)?(?:根据|按照|结合)(?:会议)?(?:审议|讨论|研究)?(?:的)?意见(?:作|做|进行)?(?:进一步)?(?:的)?修改完善.*$")


def _revised(s: str) -> str:
    """(县发改局要按照…意见及时)将《X清单》修改完善 → 修改完善《X清单》: what is revised, after the verb; (各单位会后
    抓紧)将《X清单》的修改意见形成书面材料于…前报县发改局 → 报送《X清单》的修改意见 (rx23)."""
    m = _BA_REVISE.search(s) if s.endswith(("修改完善", "修订完善", "修改", "修订")) else None
    if m:
        return m.group("v") + m.group("x")
    m = _WRITTEN.search(s) if "形成书面" in s else None
    return "报送" + m.group("x") if m else s


def _approved_off(s: str) -> str:
    """会议同意实施城东片区雨污分流改造工程 → 城东片区雨污分流改造工程; X方案要求根据会议审议意见作进一步修改完善后
    (印发实施) → X方案 (rx23); 会议原则同意县住建局提交的《X》 → X (rx24)."""
    s = _REVISE_AFTER.sub("", s) if "意见" in s and "修改" in s else s
    if "同意" in s or "通过" in s:
        m = _APPROVED_TITLE.match(s)
        if m:
            from .readers.minutes import short_title
            return "、".join(short_title(t) for t in re.findall(r"《([^》]+)》", m.group("t")))
    m = _APPROVED_ABOUT.match(s) if "同意" in s and "关于" in s else None
    if m:
        return m.group("y") + m.group("k")  # 会议同意县水务局关于X的实施方案 → X实施方案 (rx28)
    m = _APPROVED_WORK_PLAN.match(s) if "同意" in s else None
    if m:
        return m.group("w")  # 原则同意城南农贸市场建设方案 → 城南农贸市场建设 (rx28)
    return _APPROVED_UNIT.sub("", _APPROVED.sub("", s)) if "同意" in s else s


def _required_off(s: str) -> str:
    """要求企业完成废气治理设施升级改造 → 废气治理设施升级改造: what a unit requires of another, the work (rx28)."""
    m = re.match(r"^要求(?:企业|该企业|其|相关企业|业主单位|施工单位|该单位)(?:限期|立即)?(?:完成|落实|实施)(?P<w>[\u4e00-\u9fff]{4,})$", s)
    return m.group("w") if m else s


def _group_off(s: str) -> str:
    """各乡镇完成辖区内危房排查 → 辖区内危房排查: a generic group before the work it is to finish (rx28)."""
    m = re.match(r"^(?:各(?:乡镇|镇街|街道|镇|乡|村|区|县|部门|单位|成员单位)|相关(?:部门|单位))(?:要|须)?(?:全部|全面)?完成(?P<w>[\u4e00-\u9fff“”]{4,})$", s)
    return m.group("w") if m else s


#: the count after a list of works: …、安装路灯两件事 / …等3项 (rx28): …、安装路灯两件事 / …等3项
LIST_COUNT = lazy(r"(?:等)?(?:\d+|[两二三四五六七八九十]+)(?:件|项)(?:事|实事|事项)?$")


def listed_works(t: str) -> list[str]:
    """修建村级活动室、安装路灯两件事 → the works listed; else the whole."""
    if not LIST_COUNT.search(t) or "、" not in t:
        return [t]
    return [w for w in LIST_COUNT.sub("", t).split("、") if len(w) >= 2]


def said_plainly(task: str) -> str:
    """A work as said aloud, as a table names it: 把村里通组路全部硬化 → 通组路硬化, 建一个村级光伏电站 → 村级光伏电站建设,
    让全村自来水入户率 → 全村自来水入户 (rx28)."""
    t = re.sub(r"^(?:把|将|让|使|给)", "", task)
    t = re.sub(r"^(?:村里|全村的?)", "", t)
    t = re.sub(r"^\d+(?:\.\d+)?[万千]?(?:公里|米|亩|个|座|户|处|盏|条)的?", "", t)  # (3.2公里的通组路: its length is its target)
    t = re.sub(r"全部|一个|一座|一处|一条|一眼|一口", "", t)
    t = re.sub(r"^(?:建|修|新建)(?P<w>[\u4e00-\u9fff]{3,}?)$", r"\g<w>建设", t) if re.match(r"^(?:建|修)(?!设|成)", t) else t
    t = re.sub(r"率(?:要)?(?:达到|达)?(?:\d+(?:\.\d+)?%)?$", "", t)
    return t if len(t) >= 3 else task


def _i_pledge_off(s: str) -> str:
    """我承诺在今年完成X → 完成X: the one who pledges and the year, before the pledge (rx28); 承诺新建的X → 新建的X (rx29)."""
    if s.startswith(("承诺", "年初", "去年", "今年")):  # (去年我们承诺新改建X → 新改建X)
        return re.sub(r"^(?:年初|去年|今年)?(?:我们|我局|我)?承诺(?:的)?(?=(?:新建|新改建|新增|建设|完成|实现|改造|修建|硬化|安装|解决|办好|开展|开通|推进|建成|打造|引进|帮助)[\u4e00-\u9fff]{2})", "", s)
    if not s.startswith("我"):
        return s
    s = re.sub(r"^我(?:带头|亲自)(?:包抓|包保|包联|抓好|抓|负责)?(?=[\u4e00-\u9fff]{4})", "", s)  # 我带头包抓X → X (rx29)
    return re.sub(r"^我(?:们)?(?:郑重|公开)?承诺[::,,]?(?:在|于)?(?:今年|年内|本年度?)?", "", s)


def _status_of_off(s: str) -> str:
    """进度滞后的城西片区棚改项目整改 → 城西片区棚改项目整改; 国道改线工程年度计划投资 → 国道改线工程 (rx28)."""
    s = re.sub(r"^(?:对)?(?:进度滞后|推进缓慢|进展缓慢|进度缓慢|未按期完成|未开工)的(?=[\u4e00-\u9fff]{4})(?!项目|工程)", "", s)
    if re.match(r"^[一二三四五六七八九十两]+大", s):
        return s  # (十大民生工程项目计划投资: a set's investment, rx27)
    return re.sub(r"(?<=[\u4e00-\u9fff]{4}(?:项目|工程))(?:年度)?计划(?:完成)?投资$", "", s)


def _unquoted(s: str) -> str:
    """“城区公厕数量不足” → 城区公厕数量不足: a name quoted whole, without its quotes (rx28)."""
    return s[1:-1] if s.startswith("“") and s.endswith("”") and "“" not in s[1:-1] and len(s) >= 8 else s


def _aspect_off(s: str) -> str:
    """招商引资方面 → 招商引资: the field a sentence opens with, without its 方面 (rx28)."""
    return s[:-2] if s.endswith("方面") and len(s) >= 6 and not re.search(r"[个项几两三四五六七八九十]方面$", s) else s


_EVERY_REPORT = lazy(r"^每(?:个)?(?P<p>周|月|季度?)(?:[一二三四五六日]|\d{1,2}日|底|末|初)?(?:前|之前)?(?:向[^,;。]{2,14}?)?"
                     r"(?P<v>汇总(?:上报)?|报送|上报|专报|报告|汇报|通报)(?:一次)?(?P<o>[\u4e00-\u9fff]*)$")
_PERIOD_REPORT = {"周": "周报", "月": "月报", "季": "季报", "季度": "季报"}


def _recurring_off(s: str) -> str:
    """每周五报送供热准备进展 → 供热准备进展周报; 每月向县政府专报一次 → 每月专报: a unit's recurring report (rx29)."""
    m = _EVERY_REPORT.match(s) if s.startswith("每") else None
    if not m:
        return s
    if len(m.group("o")) >= 2:
        return m.group("o") + _PERIOD_REPORT[m.group("p")]
    return "每" + m.group("p") + m.group("v")


#: a work named as what is done to it: 对小水厂的收购 → 小水厂收购
_DONE_TO_OF = lazy(r"^对(?P<x>[^的,,、]{2,14})的(?P<y>收购|征收|征迁|拆迁|拆除|改造|整治|建设|修缮|清理|排查|督查|验收|审核|评估|处置|收储)(?:工作)?$")
#: a term in Chinese numerals opening a name, a manner closing it (rx40)
_PLAIN_LEAD = lazy(r"^[一二三四五六七八九十]{1,2}月(?:初|底|末|中旬|上旬|下旬)?(?:前|之前)?(?:按时|按期)?(?=[\u4e00-\u9fff]{2})")
_PLAIN_TAIL = lazy(r"(?<=[\u4e00-\u9fff]{4})(?:抢抓时机|抓紧推进|加快推进)$")


def _plain_off(s: str) -> str:
    """对小水厂的收购 → 小水厂收购; 三月初按时交地 → 交地; X前期工作抢抓时机 → X前期工作 (rx40)."""
    m = _DONE_TO_OF.match(s) if s.startswith("对") else None
    if m:
        return m.group("x") + m.group("y")
    return _PLAIN_TAIL.sub("", _PLAIN_LEAD.sub("", s))


_TIDY_STEPS = (_recurring_off, _aside_off, _label_off, _due_stated_off, _first_clause, _approved_off, _revised, _status_off, _given_off, _quota_off, _sent_up, _taken_in, _kept_to, _as_focus, _leads_off, _of_off, _to_off,
               _figures_off, due_words_off, _work_done_off, _frame_off, _done_on, _work_colon, _list_short, _aspect_off, _required_off, _group_off, _i_pledge_off, _status_of_off, _unquoted, _plain_off)


# ---- the work a heading sentence names ---------------------------------------------

#: 一要抓好X工作。 / 二是要扎实推进X。 / 第三,抓好X: the number and the urging verb before the work
_HEAD_OPEN = lazy(r"^(?:" + CN_NUM + r"+(?:要|是)|第" + CN_NUM + r"+[,、]?|[((]" + CN_NUM + r"+[))])(?:要)?(?:一年四季|始终|持续|稳妥|全力以赴|千方百计|用心用情|真抓实干|凝心聚力|攻坚克难|坚定不移|全力|扎实|深入|切实|着力|进一步|继续|大力|认真|按时|按期|如期)*"
                        r"(?:抓好|抓实|抓牢|抓紧|做好|搞好|办好|推进|推动|加快|加强|强化|落实|实施|开展|完成|抓)?")
#: a speech's sub-item on one named work: 首先,城西大道项目要抓进度。 / 其次,X工程要加快推进。
SUB_ITEM_HEAD = (r"^(?:首先|其次|再次|然后|最后)[,,]?[^,,;;:。]{4,30}?(?:项目|工程)"
                 r"要(?:抓进度|抓紧推进|加快推进|加快建设|抓紧建设|全力推进)[。]?$")
SUB_ITEM_RX = lazy(SUB_ITEM_HEAD)
#: …and what closes it: 等工作, 各项工作
_HEAD_CLOSE = lazy(r"(?:等)?(?:各项)?(?:工作|任务)?[。]?$")
#: a heading of how, not of a work: 一要提高认识, 二要强化责任, 三是要转变作风抓落实
_HEAD_HOW = lazy(r"^(?:提高|统一|加强|强化|转变|改进|压实|落实|明确|健全|完善|严格)(?:思想|认识|站位|领导|责任|作风|纪律|组织|机制|制度|督查|考核|保障|任务|目标)|"
                       r"^.*(?:抓落实|落到实处)$|^(?:工作|整体|总体)?(?:进度|节奏|效率)$")  # (二要加快工作进度。: how, rx23)


def section_works(heading: str) -> tuple[str, ...]:
    """The work a heading sentence of a speech names, whole and its listed
    parts: ``一要抓好城东片区改造工作。`` → ``('城东片区改造',)``;
    ``三要抓好河道整治、控违拆违等工作。`` → ``('河道整治、控违拆违', '河道整治', '控违拆违')``;
    ``()`` for a heading of how (``一要统一思想认识。``).

    >>> section_works("一要抓好城东片区改造工作。"), section_works("二要统一思想认识。")
    (('城东片区改造',), ())
    >>> section_works("三要抓好全区河道整治、控违拆违等工作。")
    ('河道整治、控违拆违', '河道整治', '控违拆违')
    """
    if SUB_ITEM_RX.match(heading.strip()):  # 首先,城西大道项目要抓进度。 → 城西大道项目
        return (re.sub(r"^(?:首先|其次|再次|然后|最后)[,,]?|要[\u4e00-\u9fff]{3,4}[。]?$", "", heading.strip()),)
    h = _HEAD_CLOSE.sub("", _HEAD_OPEN.sub("", heading.strip()))
    h = re.sub(r"^关于(?=[\u4e00-\u9fff“]{2})", "", h)  # 关于河道清淤整治。 → 河道清淤整治
    h = re.sub(r"^(?:全[区市县镇]|我[区市县镇])(?=[\u4e00-\u9fff“]{4})", "", h).replace("“", "").replace("”", "")
    if len(h) < 4 or len(h) > 40 or _HEAD_HOW.match(h) or method_only(h) or re.search(r"[,;:]", h):
        return ()
    parts = [p for p in re.split(r"、|和(?![谐美])", h) if p]
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return (h,)
    return (h, *parts)


def section_work(works: tuple[str, ...], before: str) -> str:
    """Which of a heading's works a commitment is about: the listed part named
    last in the text ``before`` it (from the heading on), else the whole.

    >>> section_work(('河道整治、控违拆违', '河道整治', '控违拆违'), "控违拆违要坚持零容忍。")
    '控违拆违'
    >>> section_work(('河道整治、控违拆违', '河道整治', '控违拆违'), "要加大工作力度。")
    '河道整治、控违拆违'
    """
    if not works:
        return ""
    best, pos = works[0], -1
    for p in works[1:]:
        i = before.rfind(p)
        if i > pos:
            best, pos = p, i
    return best


def named_part(works: tuple[str, ...], before: str) -> str:
    """The listed part of a heading named last in ``before``, ``""`` where none is."""
    w = section_work(works, before) if len(works) > 1 else ""
    return w if w and w != works[0] else ""


def listed_work(topic: str, sentence: str) -> str:
    """Where ``其中,X签约由A牵头,X开工由B牵头`` follows a sentence listing the works
    (``…要签约一批文旅项目、开工一批制造业项目``), the listed work a part's
    topic names by its activity (签约, 开工); ``""`` where none or several do.

    >>> listed_work("项目签约", "三季度要签约一批文旅项目、开工一批制造业项目。")
    '签约一批文旅项目'
    >>> listed_work("项目签约", "要加快推进城南路改造。")
    ''
    """
    act = topic[-2:]
    if len(topic) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", act):
        return ""
    clause = [c for c in re.split(r"[,;。]", sentence) if act in c]
    if len(clause) != 1:
        return ""
    items = [re.sub(r"^.*?(?:要|必须|务必|确保|力争|争取|将)", "", x) for x in re.split(r"和|、|以及|及", clause[0])]
    hits = [x.rstrip("的") for x in items if act in x and len(x) >= 6]
    return hits[0] if len(hits) == 1 else ""


#: 对9个未开工的回迁房项目 / 特别是对其中尚未开工的34个项目: the works a clause counts
_COUNTED = lazy(r"^(?:特别是|尤其是|重点是|其中)?对(?P<x>(?:[^,;。]{0,24}?的)?\d+个[^,;。、]{0,16}?(?:项目|工程))$")


def counted_works(clause: str) -> str:
    """The works a clause ``对N个…项目`` counts, as the topic of what follows, else ``""``.

    >>> counted_works("特别是对9个未开工的回迁房项目"), counted_works("对项目进行督查")
    ('9个未开工的回迁房项目', '')
    """
    m = _COUNTED.match(clause.strip())
    return m.group("x") if m else ""
