"""Task tables pasted as text and labelled items (``牵头单位:…;完成时限:…``).

A header line with tab- or wide-space-separated cells naming at least two
known columns (工作任务, 牵头领导, 牵头单位, 责任单位, 配合单位, 完成时限, 进展情况 …)
starts a table; each following line with cells is one task.  A paragraph
with labels (``牵头单位:市教育局;完成时限:2022年8月底前。进展情况:已完工``) is
one task whose name is the text before the first label.

>>> header_key("牵头单位"), header_key("完成 时限"), header_key("备注")
('lead_org', 'deadline', 'note')
>>> [(n, r) for n, k, r, p in cell_actors("区交通局、区财政局", "assist_org")]
[('区交通局', 'assist'), ('区财政局', 'assist')]
>>> [n for n, k, r, p in cell_actors("王建国(常务副区长)", "lead_person")]
['王建国']
>>> [(n, p) for n, k, r, p in cell_actors("区住建局局长 张三", "responsible_person")]
[('张三', '区住建局局长')]
>>> [(n, r) for n, k, r, p in cell_actors("区住建局(牵头)、区城管局", "responsible_org")]
[('区住建局', 'lead'), ('区城管局', 'responsible')]
>>> [(n, r) for n, k, r, p in cell_actors("区住建局牵头,区财政局配合", "responsible_org")]
[('区住建局', 'lead'), ('区财政局', 'assist')]
>>> [(n, k, p) for n, k, r, p in cell_actors("分管副区长", "lead_person")]
[('副区长', 'person', '副区长')]
"""
from __future__ import annotations

import functools
import re
from .lazyre import lazy
from typing import Optional

from .actors import POSTS, parse_item, parse_list
from .vocab import GENERIC_CELL_RX

#: the labels of what stood before an item's work or why, under its heading (a 督办单's 交办依据, a block's 现状 /
#: 原因分析: notes, no plan nor status, rx38), and of the term first set (原办理时限): an item's labels may begin under them
BACKGROUND_LABELS = ("交办依据", "督办依据", "交办来源", "原因分析", "滞后原因", "现状",
                     "交办领导", "批示领导", "事项来源", "督办来源", "来源")  # (who handed it down, and where from: rx39)
FORMER_TERM_LABELS = ("原办理时限", "原定时限", "原定完成时限")
#: a line of one of them: 交办依据:… / 现状:… / 原办理时限:…
BACKGROUND_LINE = lazy(r"^\s*(?:" + "|".join(BACKGROUND_LABELS + FORMER_TERM_LABELS) + r")[::]")

HEADERS = {
    "seq": ("序号", "编号", "序", "项目编号", "任务编号"),
    "task": ("工作任务", "重点任务", "主要任务", "任务", "工作内容", "任务内容", "具体任务", "重点工作", "工作事项",
             "事项", "任务名称", "目标任务", "重点项目", "项目名称", "具体工作", "项目", "民生实事", "工作措施",
             "整改事项", "整改任务", "承诺事项", "承诺内容", "承诺事项内容", "实事项目", "项目内容", "督办事项",
             "议定事项", "决定事项", "交办事项", "确定事项", "建设项目", "工作名称", "指标名称", "指标",
             "事项名称", "实事名称", "督办事项名称", "领办项目", "认领项目", "领办事项", "认领事项"),  # ((一)事项名称:X ⏎ 任务内容:… ⏎ 责任单位:…, rx36)
    "problem": ("问题", "存在问题", "问题描述", "反映问题", "问题清单", "具体问题", "主要问题", "问题表现", "信访问题",
                "整改问题", "整改任务概述", "任务概述", "问题概述", "问题概况"),  # (整改任务概述 | …: a problem told, rx51)
    "measure": ("整改措施", "具体措施", "主要措施", "推进措施", "保障措施", "工作举措", "举措", "措施"),
    "lead_person": ("牵头领导", "责任领导", "分管领导", "牵头区领导", "牵头市领导", "牵头县领导", "挂点领导",
                    "包抓领导", "牵头负责人", "联系领导", "督办领导", "包保领导",
                    "包联领导", "挂包领导", "县级联系领导", "包联县领导",  # (红黄绿灯 notices, rx29)
                    "包案领导", "包案县领导", "包案责任领导",  # (a complaint case assigned to a leader, rx30)
                    "牵头负责领导",  # 牵头负责领导:张三 (a work-report breakdown's leader line)
                    "县领导", "区领导", "市领导", "分管县领导", "分管区领导", "分管市领导", "联系县领导", "联系区领导",
                    "县级责任领导", "市级责任领导", "区级责任领导", "省级责任领导", "县级包联领导", "县级领导"),  # (a weekly notice's item, session 55)  # (县领导:李华 in a minutes item's brackets, rx25)
    "lead_org": ("牵头单位", "牵头部门", "主牵头单位", "牵头责任单位", "牵头责任部门", "牵头处室", "牵头科室", "牵头股室",
                 "牵头单位及主要负责人", "牵头单位及负责人", "牵头单位及责任人", "牵头部门及负责人", "牵头部门及主要负责人"),  # (rx52)  # (a department's own offices, rx35)  # 牵头责任单位:区住建局
    "responsible_org": ("责任单位", "主要责任单位", "责任部门", "主责单位", "承办单位", "实施单位", "主办单位",
                        "整改责任单位", "承诺单位", "整改实施主体", "整改责任主体", "实施主体",
                        "责任科室", "责任股室", "责任处室", "责任科（室）", "责任科(室)", "责任站所",
                        "承办处室", "承办科室", "承办部门", "承办",
                        "村名", "村(社区)", "乡镇", "乡镇(街道)", "镇(街道)", "镇街", "单位名称",
                        "业主单位", "项目业主", "项目业主单位", "建设单位"),  # (X安置点(业主单位:县城投公司), rx36)  # (a table of lagging villages: the row's unit, rx36)  # (承办处室:X closing a service pledge's item, rx35)  # (a bureau's own office, rx25)
    "responsible_person": ("责任人", "具体责任人", "项目责任人", "第一责任人", "直接责任人", "承诺人", "联系人",
                           "整改责任人", "项目单位责任领导", "单位责任领导", "项目单位负责人"),
    "assist_org": ("配合单位", "协同单位", "协办单位", "配合部门", "协办部门", "协同部门", "协助部门", "协助单位", "参与单位", "配合科室", "配合股室", "配合处室", "协办处室", "协办科室", "配合", "协办",
                   "协同责任单位", "配合责任单位"),  # 协同责任单位:区财政局、区税务局
    "deadline": ("完成时限", "时间节点", "完成时间", "时限", "时限要求", "完成期限", "办结时限", "时间要求",
                 "整改时限", "整改期限", "整改时间", "办结时间", "计划完成时间", "截止时间", "承诺时限", "兑现时限",
                 "办理时限", "办理期限", "督办时限", "化解时限", "化解期限", "计划节点", "完成节点"),
    "old_deadline": ("原定时限", "原定完成时限", "原定完成时间", "原计划完成时间", "原定办结时限", "原办结时限", "原定期限"),  # (rx30)
    "order": ("督办要求", "催办要求", "整改要求", "限期要求", "新时限", "调整后时限", "调整后完成时限"),  # the new term a supervision office sets (rx30)
    "target": ("目标", "工作目标", "预期目标", "年度目标", "目标要求", "工作要求", "具体要求", "建设内容", "年度任务",
               "主要预期目标", "全年目标任务", "全年目标", "目标值", "预期值", "整改目标", "建设规模",
               "建设内容及规模", "建设规模及内容", "建设内容和规模", "承诺标准", "服务标准"),  # (rx38)
    "progress": ("进展情况", "完成情况", "推进情况", "进度", "工作进展", "落实情况", "进展", "推进进度",
                 "实际完成情况", "整改情况", "整改进展", "整改进展情况", "整改进度", "办理情况", "兑现情况", "践诺情况", "目前进展",
                 "整改完成情况", "整改落实情况", "当前状态", "目前状态", "当前进展", "最新进展",
                 "本周进展情况", "本周进展", "本月进展情况", "本期进展情况", "进展与成效", "进展及成效", "进展和成效",
                 "进展成效", "工作进展与成效"),  # (a weekly notice's item, session 55)  # (当前状态:已逾期15天。…, rx36)
    "status": ("状态", "亮灯", "亮灯情况", "亮灯等级", "灯色", "是否达序", "是否达到序时进度", "是否达序时", "整改状态", "办理状态"),
    "lag_flag": ("是否滞后", "是否逾期", "是否超期"),  # (是/否 there: 是 behind, 否 on track; rx38)
    "done_flag": ("是否完成", "完成状态", "是否按期完成", "是否按时完成", "是否办结", "是否销号", "是否兑现", "是否整改到位"),
    "percent": ("完成比例", "完成率", "投资完成率", "完成进度", "形象进度", "完成百分比", "占年度计划",
                "占年度计划比例", "占年度投资计划", "完成投资占年度计划", "占全年计划"),  # (占年度计划%: its % sign off, rx39)
    "mixed_org": ("责任主体与协同单位", "责任单位与协同单位", "责任单位及配合单位", "责任单位和配合单位"),
    "note": ("说明", "备注", "其他", "情况说明", "办理要求", "下一步计划", "下一步工作计划", "下周计划", "下周工作计划", "下月计划", "下步打算", "下一步打算", "存在困难",
             *BACKGROUND_LABELS),
    "post": ("职务", "职位", "岗位", "现任职务", "所任职务"),
    "done_amount": ("完成投资", "累计完成投资", "完成投资额", "实际完成投资", "已完成投资", "完成值", "实际完成值",
                    "已完工", "已建成"),  # (已完工(户): the count done, rx36)
}
KEY_ROLE = {"lead_person": "lead", "lead_org": "lead", "responsible_org": "responsible",
            "responsible_person": "responsible", "assist_org": "assist", "mixed_org": "responsible"}
_ALIASES = ALIASES = {v: k for k, vs in HEADERS.items() for v in vs}  # header name → column key
_SPACES = lazy(r"[\s()()]+")
_CELL_SPLIT = lazy(r"\t|\s{2,}|\|")
#: the list separators of the genre; a space separates only Chinese names (王建国 李明), never Latin words
_ITEM_SPLIT = lazy(r"[、,,;;/]+|(?<=[\u4e00-\u9fff)）])\s+(?=[\u4e00-\u9fff])")
#: a name has a Chinese character or a letter (``'})`` is no unit)
_NAMEISH = lazy(r"[\u4e00-\u9fffA-Za-z]")
#: a unit's name the page cut after its level and one character: (牵头单位:市发 (市委, 县府 are whole) (rx13)
_CUT_NAME = lazy(r"[省市区县州镇乡][^委府院局办长]")
_BRACKET = lazy(r"[((][^))]*[))]")
_POST_TAIL = lazy(r"(?:" + "|".join(sorted(POSTS, key=len, reverse=True)) + r")$")
_POST_SPACE = lazy(r"(" + "|".join(sorted(POSTS, key=len, reverse=True)) + r")[\s\u3000]+(?=[\u4e00-\u9fff]{2,3}(?:[\s、,,;]|$))")

#: columns whose names are no labels in running text (``整改措施:`` opens a list, not a field)
_NOT_LABELS = ("seq", "task", "target", "problem", "measure", "mixed_org", "note", "done_amount", "post")
_SHORT_LABELS = ("承办",)  # (a two-character label read in running text: …(承办:厅办公室), rx35)
_TABLE_ONLY = ("联系人", "其他", "情况说明")  # (承诺人:张三 is a label of pledge items)
#: ``牵头单位:`` … in running text
_LABEL_NAMES = [v for k, vs in HEADERS.items() if k not in _NOT_LABELS for v in vs
                if (len(v) >= 3 or v in _SHORT_LABELS) and v not in _TABLE_ONLY]
#: a three-character label spaced out to a four-character column: 承 诺 人: / 责 任 人: (rx35)
_SPACED = {gap.join(v): v for v in _LABEL_NAMES if len(v) == 3 and re.fullmatch(r"[\u4e00-\u9fff]{3}", v) for gap in (" ", "  ")}
_ALIASES.update({sp: _ALIASES[v] for sp, v in _SPACED.items()})
LABEL = lazy(r"(?P<label>" + "|".join(sorted(_LABEL_NAMES + list(_SPACED), key=len, reverse=True)) + r")[::]")


@functools.lru_cache(maxsize=4096)
def _header_key(cell: str) -> Optional[str]:
    return _header_key_of(cell)


def header_key(cell: str) -> Optional[str]:
    """The column a header cell names, or None (see :func:`_header_key_of`); cached."""
    return _header_key(str(cell))


def _header_key_of(cell: str) -> Optional[str]:
    """The column a header cell names, or None (a unit in brackets is ignored).

    >>> header_key("1-11月推进情况"), header_key("责任主体与协同单位"), header_key("全年目标任务")
    ('progress', 'mixed_org', 'target')
    >>> header_key("2022年预期目标"), header_key("分管 领导"), header_key("整改时限"), header_key("存在问题")
    ('target', 'lead_person', 'deadline', 'problem')
    >>> header_key("负责科室"), header_key("包保领导"), header_key("具体负责人"), header_key("计划完成期限")
    ('responsible_org', 'lead_person', 'responsible_person', 'deadline')
    """
    key = _SPACES.sub("", _BRACKET.sub("", str(cell))).rstrip("%％")
    if key in _ALIASES:
        return _ALIASES[key]
    # 2022年预期目标, 2023年度目标, 1-11月推进情况, 1—6月份完成情况: the period is no part of the name
    bare = _PERIOD.sub("", key)
    if bare != key and bare in _ALIASES:
        return _ALIASES[bare]
    if len(key) > 12:
        return None
    for suffix, k in _SUFFIX_KEYS:
        if key.endswith(suffix):
            return k
    return None


_PERIOD = lazy(r"^(?:(?:19|20)\d\d年度?|截至|截止)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})[-—–~至到](?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?|"
                     r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?(?:底|末)?|[一二三四]季度|上半年|前三季度|全年)?")
#: header cells by their ending: 1-11月推进情况, 全年目标任务, 责任主体与协同单位
_SUFFIX_KEYS = (("推进情况", "progress"), ("进展情况", "progress"), ("完成情况", "progress"), ("进度", "progress"),
                ("目标任务", "target"), ("目标", "target"), ("牵头单位", "lead_org"), ("牵头部门", "lead_org"),
                ("与协同单位", "mixed_org"), ("及配合单位", "mixed_org"), ("配合单位", "assist_org"),
                ("协同单位", "assist_org"), ("责任单位", "responsible_org"),
                ("责任部门", "responsible_org"), ("责任科室", "responsible_org"), ("牵头领导", "lead_person"), ("分管领导", "lead_person"),
                ("责任领导", "lead_person"), ("完成时限", "deadline"), ("时间节点", "deadline"), ("是否达序", "status"),
                ("责任人", "responsible_person"), ("时限", "deadline"), ("完成时间", "deadline"), ("整改措施", "measure"),
                ("问题", "problem"), ("事项", "task"), ("预期目标", "target"), ("计划投资", "target"),
                ("投资计划", "target"), ("目标值", "target"), ("完成投资", "done_amount"), ("累计投资", "done_amount"),
                ("完成额", "done_amount"), ("完成值", "done_amount"),
                # the most general endings last: 负责科室, 包保领导, 具体负责人, 计划完成期限, 工作内容
                ("协办单位", "assist_org"), ("配合部门", "assist_org"), ("负责人", "responsible_person"),
                ("领导", "lead_person"), ("单位", "responsible_org"), ("部门", "responsible_org"),
                ("科室", "responsible_org"), ("处室", "responsible_org"), ("期限", "deadline"),
                ("措施", "measure"), ("内容", "task"), ("名称", "task"))  # (实事项目名称, 工程名称)

#: the kind of cell each column holds, for rows with cells missing
COLUMN_TYPE = {"seq": "seq", "task": "text", "target": "text", "lead_person": "person", "responsible_person": "person",
               "lead_org": "org", "responsible_org": "org", "assist_org": "org", "deadline": "date",
               "progress": "text", "status": "status", "done_flag": "status", "lag_flag": "status", "percent": "percent"}


#: a row number: 3, 3., 三, (三)
SEQ = lazy(r"\d{1,4}[.、.]?|[((]?[一二三四五六七八九十]{1,3}[))、]?|[①-⑳]")  # (a circled number, rx36)


def excel_date(cell) -> Optional[str]:
    """The ISO date of an Excel serial day number (a date cell read without its format).

    >>> excel_date(45000), excel_date("45291"), excel_date("2023"), excel_date(12.5)
    ('2023-03-15', '2023-12-31', None, None)
    """
    from datetime import date, timedelta

    if isinstance(cell, bool):
        return None
    m = re.fullmatch(r"(\d{5})(?:\.0+)?", str(cell).strip())
    if not m or not 25000 <= int(m.group(1)) <= 60000:  # 1968 … 2064
        return None
    return (date(1899, 12, 30) + timedelta(days=int(m.group(1)))).isoformat()


def cell_type(cell: str) -> str:
    """``seq``, ``status``, ``percent``, ``date``, ``person``, ``org`` or ``text``.

    >>> [cell_type(c) for c in ("7", "否", "45%", "2023年9月底", "张三", "园林局", "水务局、相关社区", "已完成45%")]
    ['seq', 'status', 'percent', 'date', 'person', 'org', 'org', 'text']
    >>> [cell_type(c) for c in ("(三)", "45000", "2023-06-30", "2023.6.30")]
    ['seq', 'date', 'date', 'date']
    """
    c = cell.strip()
    if SEQ.fullmatch(c):
        return "seq"
    if excel_date(c):
        return "date"
    if c in _STATUS_CELLS:
        return "status"
    if _PERCENT_CELL.fullmatch(c):
        return "percent"
    if _ISO_DATE_CELL.fullmatch(c) or (_DATE_CELL.fullmatch(c) and c):
        return "date"
    return _named_type(c)


_STATUS_CELLS = ("是", "否", "达序", "未达序", "滞后", "正常", "超序时", "已完成", "未完成")
_PERCENT_CELL = lazy(r"\d+(?:\.\d+)?\s*%")
#: 2023-06-30 / 2023.6
_ISO_DATE_CELL = lazy(r"(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])(?:[-./](?:0?[1-9]|[12]\d|3[01]))?")
#: 2023年9月底 / 6月底前 / 年底前 / 长期
_DATE_CELL = lazy(r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|之前)?|年底前?|年内|长期|持续推进")


def _named_type(c: str) -> str:
    """``org`` where every item is a unit or a generic group (水务局、相关社区), ``person``
    where it is one short name (张三) or every item a person, else ``text``."""
    items = [x for x in _ITEM_SPLIT.split(_BRACKET.sub("", c)) if x.strip()]
    if not items or len(c) > 60:
        return "text"
    parsed = [parse_item(x) for x in items]
    generic = [bool(GENERIC_CELL_RX.search(x.strip())) for x in items]
    if all((p and p[1] == "organization") or g for p, g in zip(parsed, generic)):
        return "org"
    if len(items) == 1 and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", c) and not re.search(r"[的了是在有和与及等]", c):
        return "person"
    if all(p and p[1] == "person" for p in parsed):
        return "person"
    return "text"


def align(keys: list, cells: list[str]) -> list[tuple[Optional[str], str]]:
    """Cells of a row with cells missing (a merged or empty one dropped by the
    page) matched to columns by the kind of cell each column holds.

    >>> keys = ["seq", "task", "target", "lead_person", "lead_org", "responsible_org", "progress", "status"]
    >>> align(keys, ["7", "新建城南口袋公园3个", "张三", "园林局", "水务局、相关社区", "已完成45%", "是"])[2:5]
    [('lead_person', '张三'), ('lead_org', '园林局'), ('responsible_org', '水务局、相关社区')]
    """
    if len(cells) == len(keys):
        return list(zip(keys, cells))
    out = []
    ci = 0
    types = [cell_type(c) for c in cells]
    for ki, k in enumerate(keys):
        if ci >= len(cells):
            break
        want = COLUMN_TYPE.get(k or "", "text")
        # the rest must still fit: skip this column when the cell belongs to a later one
        if types[ci] == want or (want == "text" and types[ci] in ("text", "percent", "date")):
            out.append((k, cells[ci]))
            ci += 1
        elif want in ("text",) and k == "target":
            continue
        elif types[ci] not in [COLUMN_TYPE.get(x or "", "text") for x in keys[ki + 1:]]:
            out.append((k, cells[ci]))
            ci += 1
    return out


def split_cells(line: str) -> list[str]:
    """Cells of a pasted table line (tabs, runs of spaces or ``|``)."""
    return [c.strip() for c in _CELL_SPLIT.split(line.strip().strip("|"))]


#: units named to assist in brackets in a cell: (配合:县环保局、滨河镇) / (协办单位:…) (rx29)
_HELPERS_IN = lazy(r"[((](?:配合|协助|协办|配合单位|协办单位)[::](?P<u>[^()()]{2,40})[))]")
#: a note that the unit named first leads: (首位为牵头单位,其余配合) / (排在第一位的为牵头单位)
_FIRST_LEADS = lazy(r"[((](?:首位|第一位|排名第一|排在第一位|列第一位|排第一)[^()()]{0,12}?牵头[^()()]*[))]")
_POST_ONLY = lazy(r"(?:分管|联系|挂点|包抓|包保|牵头)?(?P<post>(?:常务)?(?:" + "|".join(sorted(POSTS, key=len, reverse=True)) + r"))")
#: the levels a name stands for in brackets: 各县(市、区)政府, 各市(州)
_LEVELS = lazy(r"[((](?:[省市州盟县区旗乡镇][、,]?){1,4}[))]|(?<=各[省市州盟县区旗乡镇])、(?=[省市州盟县区旗乡镇][、政党人])|(?<=各[省市州盟县区旗乡镇]、[省市州盟县区旗乡镇])、(?=[省市州盟县区旗乡镇][政党人])")
_ROLE_TAIL = lazy(r"(?:具体)?(?P<r>牵头|负责|配合|协助|协办|参与)(?=$|[、,,;;\s])")  # (X具体负责, rx32)
_TAIL_ROLE = {"牵头": "lead", "负责": "responsible", "配合": "assist", "协助": "assist", "协办": "assist", "参与": "assist"}


def cell_actors(cell: str, key: str) -> list[tuple[str, str, str, Optional[str]]]:
    """``(name, kind, role, post)`` of the units or people named in a cell of column ``key``.

    >>> [n for n, *_ in cell_actors("王建国 李明", "lead_person")]
    ['王建国', '李明']
    >>> [(n, r) for n, _, r, _ in cell_actors("区住建局(首位为牵头单位,其余配合)、区财政局", "responsible_org")]
    [('区住建局', 'lead'), ('区财政局', 'responsible')]
    >>> [n for n, *_ in cell_actors("'}) DETACH DELETE n //", "responsible_org")]
    ["'}) DETACH DELETE n"]
    """
    role = KEY_ROLE[key]
    person = key.endswith("person")
    # 区住建局局长 张三: one person; 各县(市、区)人民政府: 各县人民政府; 各县、市、区政府: 各县市区政府
    cell = _LEVELS.sub("", _POST_SPACE.sub(r"\1", cell or ""))
    cell = re.sub(r"^\s*([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])\s*$", r"\1\2", cell)  # (马 嵘: one name padded, rx33)
    noted = _noted_roles(cell, key)
    if noted is not None:
        return noted
    pair = _unit_and_head(cell) or _posted(cell, person)
    if pair:
        return [(n, k, role, post) for n, k, post in pair]
    if person and _POST_ONLY.fullmatch(cell.strip()):  # 分管副区长: a post, no name
        post = _POST_ONLY.fullmatch(cell.strip()).group("post")
        return [(post, "person", role, post)]
    # the whole cell as one list (区委常委、常务副区长李四 is one person), unless it is
    # several lists joined by , ; / (区住建局、各街道,相关单位;区财政局等) or says each one's role
    whole = parse_list(cell.strip()) if not _BRACKET.search(cell) and not re.search(r"[,,;;/\n]", cell) \
        and not _ROLE_TAIL.search(cell) else None
    if whole:
        return [(n, k, role, post) for n, k, post in whole]  # 区委常委、常务副区长李四 is one person
    out = []
    for raw in _cell_items(_group_roles(cell or "")):
        item, item_role = _item_role(raw, role)
        if len(item) < 2 or GENERIC_CELL_RX.search(item) or item in ("无", "暂无") or not _NAMEISH.search(item) \
                or _CUT_NAME.fullmatch(item):
            continue
        name, kind, post = _cell_name(item, person)
        out.append((name, kind, item_role, post))
    return out


#: a person's name then the organ of their posts, no space between: 李某县委副书记 / 王某东山镇党委书记
_NAME_ORGAN = lazy(r"(?P<n>[\u4e00-\u9fff]{2,3}?)(?:[\u4e00-\u9fff]{2}[镇乡]|[省市县区旗州])(?:党委|党工委|委|人民政府|政府)")


def _group_roles(cell: str) -> str:
    """A role told once after units listed with 、 given to each (市卫健委、市公安局配合 → 市卫健委配合、市公安局配合, rx32)."""
    if "、" not in cell or not _ROLE_TAIL.search(cell):
        return cell
    parts = re.split(r"([,,;;])", cell)
    for k in range(0, len(parts), 2):
        part = parts[k].strip()
        tail = next((m for m in _ROLE_TAIL.finditer(part) if m.end() == len(part)), None)  # the role closing the part
        if tail and "、" in part[:tail.start()] and not _BRACKET.search(part):
            parts[k] = "、".join(x + tail.group() for x in part[:tail.start()].split("、"))
    return "".join(parts)


def _cell_items(cell: str) -> list[str]:
    """The items of a cell, split outside brackets: 杜某(县委常委、政法委书记)、县信访局 is two items.

    >>> _cell_items("杜某(县委常委、政法委书记)、县信访局")
    ['杜某(县委常委、政法委书记)', '县信访局']
    """
    kept = _BRACKET.sub(lambda m: m.group(0).replace("、", "\0").replace(",", "\1").replace(",", "\2"), cell)
    return [raw.replace("\0", "、").replace("\1", ",").replace("\2", ",") for raw in _ITEM_SPLIT.split(kept)]


def _noted_roles(cell: str, key: str) -> Optional[list]:
    """A cell whose brackets note roles: 县住建局(配合:县环保局、滨河镇) — the unit in the column's role, those in
    brackets assisting (rx29); 区住建局(首位为牵头单位,其余配合)、区财政局 — the note is no unit, the first leads.
    None where the cell notes none."""
    helpers = _HELPERS_IN.search(cell)
    if helpers:
        rest = cell_actors(cell[:helpers.start()] + cell[helpers.end():], key)
        return rest + [(n, k, "assist", p) for n, k, _, p in cell_actors(helpers.group("u"), key)]
    first = _FIRST_LEADS.search(cell)
    if first:
        out = cell_actors(cell[:first.start()] + cell[first.end():], key)
        return [(n, k, "lead", p) if j == 0 and len(out) > 1 else (n, k, r, p) for j, (n, k, r, p) in enumerate(out)]
    return None


def _item_role(raw: str, role: str) -> tuple[str, str]:
    """One item of a cell and its role: 区住建局(牵头) / 牵头:区住建局 / 区住建局牵头 lead,
    区财政局配合 assists, else the column's ``role`` (区城管局等 → 区城管局)."""
    item_role = "lead" if re.search(r"[((]牵头[))]|^牵头", raw) else \
        "assist" if re.search(r"[((](?:配合|协助|协办)[))]", raw) else role  # 西湖街道(配合) (rx10)
    item = _BRACKET.sub("", raw).strip()
    if item.endswith("等") and len(item) > 3:
        item = item[:-1]
    if item.startswith("牵头") and len(item) > 3:
        item = item[2:].lstrip(":")
    tail = _ROLE_TAIL.search(item)
    if tail and len(item) - len(tail.group()) >= 2:
        item_role = _TAIL_ROLE[tail.group("r")]
        item = item[:tail.start()]
    return item, item_role


#: a unit and its head's name in one cell: 市民政局 张明 (a column of 牵头单位及主要负责人, rx52)
_UNIT_HEAD = lazy(r"^(?P<u>[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心|公司|政府|院|部))[ \u3000]+(?P<n>[\u4e00-\u9fff]{2,3})$")


def _posted(cell: str, person: bool) -> list:
    """``[(name, "person", post)]`` of a person's cell naming him before his posts (李某县委常委、常务副县长, session 55)."""
    posted = _NAME_ORGAN.match(cell.strip()) if person else None
    if posted and re.search(r"书记|长|常委|主任|委员", cell[posted.end():]):
        return [(posted.group("n"), "person", cell.strip()[len(posted.group("n")):])]
    return []


def _unit_and_head(cell: str) -> list:
    """``[(unit, kind, post), (name, "person", None)]`` of a cell naming a unit and its head, else ``[]``."""
    m = _UNIT_HEAD.match((cell or "").strip())
    unit = parse_item(m.group("u")) if m else None
    head = parse_item(m.group("n"), bare=True) if unit and unit[1] == "organization" else None
    return [unit, head] if head and head[1] == "person" else []


def _cell_name(item: str, person: bool) -> tuple[str, str, Optional[str]]:
    """``(name, kind, post)`` of an item: the actor :func:`parse_item` reads, else in a
    column of people a name without its post (王五副区长 → 王五), else a unit as written."""
    p = parse_item(item)
    if p:
        return p
    if person:
        bare = _POST_TAIL.sub("", item)
        return (bare if len(bare) >= 2 else item), "person", None
    return item, "organization", None


#: units helping, after a unit's label on the same line: (责任部门:X)　　配合:Y、Z (rx35)
_HELPERS_AFTER = lazy(r"\s+(?:配合|协办|协助)[::]\s*(?P<a>[^\s。;;]+)")


def _head_task(head: str) -> str:
    """The task an item's text before its first label gives: its number off (【3】…, rx31; ①, rx34; 第一,…, rx36), a note's
    line under it out (交办依据:… under 督办事项:X, rx38)."""
    task = re.sub(r"^(?:【(?:红灯|黄灯|绿灯|红色|黄色|绿色)】\s*)?(?:\d+[.、.]|[((【]?[一二三四五六七八九十\d]+[))】、]|[①-⑳]|第[一二三四五六七八九十]{1,3}[,,、])\s*", "", head)
    task = "\n".join(line for line in task.split("\n") if not noted_line(line))  # (交办依据:… under 督办事项:X, rx38)
    task = task.strip(" \n\t。;,(([【").replace("\n", "")
    return task


def noted_line(line: str) -> bool:
    """A line labelled as a note (交办依据:县长在来信上的批示) or with the term first set: no part of an item's task."""
    m = re.match(r"^\s*([\u4e00-\u9fff]{2,6})[::]", line)
    return bool(m) and (header_key(m.group(1)) == "note" or m.group(1) in FORMER_TERM_LABELS)


def label_fields(text: str) -> tuple[str, list[tuple[str, str, int, int]]]:
    """Task text before the first label and ``(key, value, start, end)`` of each labelled field.
    A value ends at the next label, at a 。 or ; (a progress value runs on) or at a closing bracket.

    >>> task, fields = label_fields("1.城东小学扩建项目。牵头单位:市教育局;完成时限:8月底前。")
    >>> task, [(k, v) for k, v, s, e in fields]
    ('城东小学扩建项目', [('lead_org', '市教育局'), ('deadline', '8月底前')])
    >>> task, fields = label_fields("承诺事项:硬化村道3公里;承诺人:张三;承诺时限:2023年10月底前")
    >>> task, [(k, v) for k, v, s, e in fields]
    ('硬化村道3公里', [('responsible_person', '张三'), ('deadline', '2023年10月底前')])
    >>> task, fields = label_fields("3.新开工项目30个。(牵头单位:区发改委,责任单位:区住建局)")
    >>> task, [(k, v) for k, v, s, e in fields]
    ('新开工项目30个', [('lead_org', '区发改委'), ('responsible_org', '区住建局')])
    """
    cut = _cut_fields(text)
    if cut:
        return cut
    ms = [(m.start(), m.end(), _ALIASES[m.group("label")]) for m in LABEL.finditer(text)]
    ms = sorted(ms + _state_lines(text, ms)) if "\n" in text else ms
    if not ms:
        return text, []
    task = _head_task(text[:ms[0][0]])
    task, ms = _open_units(text, task, ms)
    lead = re.match(r"^([\u4e00-\u9fff]{2,6}?)(?:[一二三四五六七八九十]{1,3}(?:[、,][一二三四五六七八九十]{1,3})*)?[::]", task)
    if lead and header_key(lead.group(1)) in ("task", "problem"):  # 承诺事项:X;责任人:Y: the label names the task column (督办事项二:X, rx30)
        task = task[lead.end():].strip()
    fields = []
    for i, (_, vs, key) in enumerate(ms):
        end = ms[i + 1][0] if i + 1 < len(ms) else len(text)
        v = text[vs:end]
        rx = _PROGRESS_END if key == "progress" else r"[。;;))\]】\n]|,(?=[^,]{0,8}[::])"
        cut = re.search(rx, v)
        while cut and cut.group() in "))" and v[:cut.start()].count("(") + v[:cut.start()].count("(") > \
                v[:cut.start()].count(")") + v[:cut.start()].count(")"):
            cut = re.compile(rx).search(v, cut.end())  # 吴静(副县长): the bracket is the value's own
        if cut:
            v = v[:cut.start()]
        helpers = _HELPERS_AFTER.search(v) if key.endswith("_org") else None
        if helpers:  # 责任部门:X　　配合:Y、Z: the units helping, labelled by a word too short for a label (rx35)
            fields.append(("assist_org", helpers.group("a"), vs + helpers.start("a"), vs + helpers.end("a")))
            v = v[:helpers.start()]
        if key.endswith("_org"):  # 配合单位:区财政局 东城 西城 合计 …: the units end where what follows names none
            sp = re.search(r"\s+(\S+)", v.strip())
            if sp and not parse_item(re.split(r"[、,,;;]", sp.group(1))[0]):
                v = v[:len(v) - len(v.lstrip()) + sp.start()]
        v = v.rstrip(" \u3000\t。;,")
        fields.append((key, v, vs, vs + len(v)))
    return task, fields


#: a bracket left open before the first label, units in it: …。(社会事务办、卫健办,
_OPEN_UNITS = lazy(r"[((](?P<u>[^()()::]{2,30})$")


def _open_units(text: str, task: str, ms: list) -> tuple[str, list]:
    """X。(社会事务办、卫健办,分管领导:Y): the units a bracket opens with before its first label, unlabelled, are
    a field of units responsible, cut from the task (rx34)."""
    units = _OPEN_UNITS.search(task)
    if not units or not all((parse_item(u) or ("", ""))[1] == "organization" for u in re.split(r"[、,,]", units.group("u"))):
        return task, ms
    at = text.rfind(units.group("u"), 0, ms[0][0])
    return task[:units.start()].rstrip(" 。;,,"), [(at, at, "responsible_org")] + ms


def _state_lines(text: str, ms: list) -> list[tuple[int, int, str]]:
    """Lines under an item labelled by how it stands or what it aims at, in words running text does not label
    (上半年进展:… / 状态:… / 目标:…, rx32): ``(start, end of the label, key)`` of each not found already."""
    out, pos = [], 0
    for line in text.split("\n"):
        m = FIELD_LINE.match(line)
        key = header_key(m.group("l")) if m else None
        if (key in ("progress", "status", "percent") or key == "target" and m.group("l").endswith("目标")) \
                and not any(a <= pos + m.end() and pos <= b for a, b, _ in ms):
            out.append((pos, pos + m.end(), key))
        pos += len(line) + 1
    return out


#: a line that is one labelled field of a block: 建设内容:… / 1—5月完成投资:… / 包抓县领导:… (rx31)
FIELD_LINE = lazy(r"^\s*(?P<l>[\u4e00-\u9fff\d—\-–~至]{2,12})[::]\s*")
#: the keys of a block's lines that running text does not label (LABEL finds the rest)
_BLOCK_ONLY = ("target", "done_amount", "percent")


#: a line naming a block's work by a label: (一)事项名称:X / 项目名称:X (rx36)
_NAME_LINE = lazy(r"^\s*(?:(?:\d+[.、.]|[((]?[一二三四五六七八九十\d]+[))、])\s*)?(?P<l>[\u4e00-\u9fff]{0,4}名称)[::]\s*(?P<t>[^\n::]{2,40}?)[\s。;]*$")


def name_line(line: str) -> Optional[str]:
    """The work a line names by its label (``(一)事项名称:城北转运站建设`` → ``城北转运站建设``), else None.

    >>> name_line("(二)项目名称:城北转运站建设"), name_line("责任单位:县住建局")
    ('城北转运站建设', None)
    """
    m = _NAME_LINE.match(line)
    return m.group("t").strip() if m and header_key(m.group("l")) == "task" else None


def field_line_key(line: str) -> Optional[str]:
    """The key of a line that is one labelled field (``年度计划投资:3.2亿元`` → ``target``), else None."""
    m = FIELD_LINE.match(line)
    return header_key(m.group("l")) if m else None


#: a bracket of labelled roles closing an item's name: X(区级责任领导:Y;牵头单位:Z;配合单位:W)
ROLES_CLOSING = lazy(r"[((](?P<r>(?:[\u4e00-\u9fff]{0,2}(?:责任领导|牵头单位|责任单位|配合单位|牵头领导|分管领导|牵头部门|责任部门)[::])"
                    r"[^()()]{2,80})[))]$")


def _line_fields(text: str) -> Optional[tuple[str, list[tuple[str, str, int, int]]]]:
    r"""A project's block, its name on the first line and one labelled field on each line below (rx31):
    ``(一)城北污水厂扩建`` ⏎ ``建设内容:日处理3万吨`` ⏎ ``1—5月完成投资:0.8亿元,占年度计划40%`` ⏎
    ``包抓县领导:某某`` → the name and each line's field (an amount done is the item's progress, a 形象进度
    told in words too); None where a line below is no field or none is of the lines running text does not label.

    >>> task, fields = _line_fields("(一)城北污水厂扩建\n建设内容:日处理3万吨\n形象进度:主体完工\n责任单位:县住建局")
    >>> task, [(k, v) for k, v, s, e in fields]
    ('城北污水厂扩建', [('target', '日处理3万吨'), ('progress', '主体完工'), ('responsible_org', '县住建局')])
    """
    lines = text.split("\n")
    head = _block_head(lines)
    if head is None:
        return None
    task, keys = head
    fields, pos = [], len(lines[0]) + 1
    roles = ROLES_CLOSING.search(task)
    if roles:  # 2.城中村雨污分流改造(牵头单位:区住建局;配合单位:各镇街) ⏎ 【整改目标】…: the name's bracket gives roles (rx35)
        at = lines[0].find(roles.group("r"))
        _, inside = label_fields(roles.group("r"))
        fields += [(k, w, at + a, at + e) for k, w, a, e in inside]
        task = task[:roles.start()].strip()
    for ln, key in zip(lines[1:], keys):
        head = FIELD_LINE.match(ln)
        vs = pos + head.end()
        v, more = label_fields(text[vs:pos + len(ln)])  # 责任单位:县果业局;配合单位:某镇: two fields on a line
        v = v.rstrip(" 。;,")
        if key in ("done_amount", "percent"):
            key = "progress"  # 1—5月完成投资:0.9亿元,占年度计划45% / 形象进度:主体封顶: what stands
        elif key == "task":
            key = "target"  # 事项名称:X ⏎ 任务内容:新建转运站3座: the content under the name gives the figures (rx36)
        elif key == "target" and _BARE_AMOUNT.match(v):
            v = head.group("l") + v  # 年度计划投资:3.2亿元: the label names the amount
        fields.append((key, v, vs, vs + len(v)))
        fields += [(k, w, vs + a, vs + e) for k, w, a, e in more]
        if key == "progress" and PLANNED_TERM.search(v):
            fields.append(("deadline_text", PLANNED_TERM.search(v).group(), vs, vs + len(v)))
        pos += len(ln) + 1
    return task, fields


def _block_head(lines: list[str]) -> Optional[tuple[str, list]]:
    """A block's name and the keys of its lines below, where each is a field and one a field running text does not
    label (or, below a labelled name, the work's content), else None."""
    named = name_line(lines[0])
    if len(lines) < 3 or (FIELD_LINE.match(lines[0]) and not named):
        return None
    keys = [field_line_key(ln) for ln in lines[1:]]
    if not all(keys) or not any(k in _BLOCK_ONLY or (named and k == "task") for k in keys):
        return None
    return named or re.sub(r"^\s*(?:\d+[.、.]|[((]?[一二三四五六七八九十\d]+[))、])\s*", "", lines[0]).strip(" 。;,:"), keys


#: an amount alone: 3.2亿元 / 1200万元 / 36个
_BARE_AMOUNT = lazy(r"^\d+(?:\.\d+)?(?:万|亿)?(?:元|个|公里|亩|户|套|平方米)$")
#: a term a block's progress line says the work will meet: 计划10月底前主体封顶 / 年底前建成通车 (not 已于3月底前完成)
PLANNED_TERM = lazy(r"(?:(?<=[,,;;])|^)(?:原?计划|预计|力争|确保)?[^,,;;已]{0,12}?前(?:主体)?(?:完成|建成|开工|封顶|竣工|投用|通车|投产|交付|实现)[^,,;;]*")  # (…年底前实现全线轨通, rx32)


#: a cell of a line whose cells are cut by |: 责任领导:副总经理田某 / 时限:2025年6月30日 (two-character labels too)
_PIPE_CELL = lazy(r"\s*(?P<l>[\u4e00-\u9fff]{2,7})[::]\s*")


def _piped_fields(text: str) -> Optional[tuple[str, list[tuple[str, str, int, int]]]]:
    """A line of cells cut by | (a table flattened with its labels in each cell, rx30):
    ``【4】X未及时交付|责任领导:总经理罗某|责任部门:城南置业公司|时限:2025年6月30日|进展:已交付…`` → the task and
    each known label's value; None where the line is not of that shape.

    >>> task, fields = _piped_fields("【2】出借资金未收回|责任领导:康某|责任部门:财务部;协办部门:审计部|时限:2025年1月31日|进展:已完成")
    >>> task, [(k, v) for k, v, s, e in fields]
    ('出借资金未收回', [('lead_person', '康某'), ('responsible_org', '财务部'), ('assist_org', '审计部'), ('deadline', '2025年1月31日'), ('progress', '已完成')])
    """
    if text.count("|") + text.count("|") < 2:
        return None
    cells, pos = [], 0
    for piece in re.split(r"([||;;\n])", text):
        if piece and piece not in "||;;\n":
            cells.append((piece, pos))
        pos += len(piece)
    fields = []
    for cell, at in cells[1:]:
        m = _PIPE_CELL.match(cell)
        key = header_key(m.group("l")) if m else None
        if key and key in KEY_ROLE or key in ("deadline", "progress", "status", "percent", "target", "done_flag", "lag_flag"):
            v = cell[m.end():].rstrip(" 。")
            fields.append((key, v, at + m.end(), at + m.end() + len(v)))
    if len(fields) < 2:
        return None
    task = re.sub(r"^\s*(?:【\d{1,3}】|\d{1,3}[.、.]|[((][一二三四五六七八九十\d]+[))])\s*", "", cells[0][0]).strip()
    return task, fields


#: a cell of a row spaced out: its label, a colon or a space, its value (年度计划 12000 / 业主单位:县城投公司)
_SPACED_CELL = lazy(r"^(?P<l>[^::\s\d%]{2,12}|(?:\d{1,2}[-—–~至])?\d{1,2}月(?:份)?[^::\s\d%]{2,6})(?:[::]\s*|\s+(?=\d))(?P<v>\S.*)$")
#: a plan's amount and an amount done, labelled without a colon: 年度计划 12000 / 1-7月完成 8650
_SPACED_KEYS = {"年度计划": "target", "计划投资": "target", "完成": "done_amount"}


def _cut_fields(text: str) -> Optional[tuple[str, list[tuple[str, str, int, int]]]]:
    """A row cut into cells by | or by runs of spaces, or a block of one field a line (see :func:`label_fields`)."""
    return _piped_fields(text) or _spaced_fields(text) or _line_fields(text)


def _spaced_fields(text: str) -> Optional[tuple[str, list[tuple[str, str, int, int]]]]:
    """A row of cells cut by runs of spaces, each cell its label and value (a table run into a line, rx39):
    ``1. X工程   业主单位:县城投公司   年度计划 12000   1-7月完成 8650   占年度计划 72.1%   形象进度:…`` → the task and
    each known label's value; None where the line is not of that shape.

    >>> task, fields = _spaced_fields("1. 城南路改造   业主单位:县城投公司   年度计划 1200   1-7月完成 865   占年度计划 72.1%")
    >>> task, [(k, v) for k, v, s, e in fields]
    ('城南路改造', [('responsible_org', '县城投公司'), ('target', '1200'), ('done_amount', '865'), ('percent', '72.1%')])
    """
    if "\n" in text or len(re.findall(r"[ \u3000]{2,}", text)) < 3:
        return None
    cells, pos = [], 0
    for piece in re.split(r"([ \u3000]{2,})", text):
        if piece and piece.strip():
            cells.append((piece, pos))
        pos += len(piece)
    fields = []
    for cell, at in cells[1:]:
        m = _SPACED_CELL.match(cell)
        label = m.group("l") if m else ""
        key = header_key(label) or _SPACED_KEYS.get(_PERIOD.sub("", label)) if m else None
        if key and (key in KEY_ROLE or key in ("deadline", "progress", "status", "percent", "target", "done_amount", "done_flag", "lag_flag")):
            v = m.group("v").rstrip(" 。")
            fields.append((key, v, at + m.start("v"), at + m.start("v") + len(v)))
    if len(fields) < 3:
        return None
    task = re.sub(r"^\s*(?:\d{1,3}[.、.]|[((][一二三四五六七八九十\d]+[))])\s*", "", cells[0][0]).strip()
    return task, fields


#: where a progress value ends: a closing bracket, or the plan or the difficulties told after it
#: (…占年度计划的52.9%。下步打算:加快推进未开工项目…: what is next is no progress; rx21)
_PROGRESS_END = r"[))\]】]|(?<=[。;;])\s*(?:下一?步(?:工作)?(?:打算|计划|措施)|存在(?:的)?(?:问题|困难)|困难(?:和|及)问题)[::]"


_GROUP_END = lazy(r"[((\[【][^(()))\[\]【】]*?(?:" + LABEL.pattern + r")[^(()))\[\]【】]*[))\]】][。;;]?")
_NEXT_ITEM = lazy(r"(?<=[。;;])\s*(?=\d+[.、.]|[((][一二三四五六七八九十\d]+[))])")


_SPACED_ITEM = lazy(r"(?:^|(?<=\s))(\d{1,3})[.、.](?=[\u4e00-\u9fff])")
_SPACED_HEAD = lazy(r"(?<=\s)[一二三四五六七八九十]{1,2}、(?=[\u4e00-\u9fff])")


#: a list inside a label's value: 整改措施:1.建设处理站;2.加强监测。 (its numbers cut no item)
_SUBLIST = lazy(r"[::]\s*(?:1[.、.]|[((][1一][))])")


def _in_sublist(text: str, at: int) -> bool:
    """Is the number after ``;`` at ``at`` an item of a list that a label's value opened
    (``整改措施:1.…;2.…``) in the same sentence?"""
    if text[at - 1:at] not in (";", ";"):
        return False
    return bool(_SUBLIST.search(text, text.rfind("。", 0, at) + 1, at))


#: the fields that go on with the item before them, never open one: 落实情况: / 完成时限: / 备注:
_GOING_ON = frozenset({"progress", "status", "deadline", "note", "percent", "done_flag", "lag_flag", "order"})


def _goes_on(text: str, at: int) -> bool:
    """A cut before a field that goes on with the item (1.X(责任单位:A)。落实情况:…: one item, session 54)."""
    m = LABEL.match(text, at + len(text[at:]) - len(text[at:].lstrip()))
    return bool(m) and _ALIASES.get(m.group("label")) in _GOING_ON


def split_items(text: str) -> list[tuple[int, int]]:
    """Several labelled items on one line, cut after each bracketed label group
    and before each new item number.

    >>> t = "1.加快甲路建设。(牵头单位:区住建局)2.推进乙园改造(责任单位:区城管局);做好丙。"
    >>> [t[s:e] for s, e in split_items(t)]
    ['1.加快甲路建设。(牵头单位:区住建局)', '2.推进乙园改造(责任单位:区城管局);', '做好丙。']
    >>> t = "1.新建甲园。 牵头单位:区园林局 2.改造乙路。 责任单位:区城管局 东段 西段 合计 3 5 8 3.建成丙桥。 牵头单位:区交通局"
    >>> [label_fields(t[s:e])[1][0][1] for s, e in split_items(t)]
    ['区园林局', '区城管局', '区交通局']
    >>> t = "一、张三县长牵头 1.甲。 责任单位:区甲局 2.乙。 责任单位:区乙局 二、李四副县长牵头 1.丙。 责任单位:区丙局"
    >>> [t[s:e].strip() for s, e in split_items(t)][-3:]
    ['2.乙。 责任单位:区乙局', '二、李四副县长牵头', '1.丙。 责任单位:区丙局']
    >>> len(split_items("(二)甲河黑臭问题。责任单位:县水利局。整改措施:1.清淤;2.截污。整改时限:年底。"))
    1
    """
    cuts = {m.end() for m in _GROUP_END.finditer(text)} | {m.end() for m in _NEXT_ITEM.finditer(text) if not _in_sublist(text, m.start())}
    # items run together with spaces (1.甲… 牵头单位:… 2.乙…): a cut before each next number,
    # and before a section heading among them (… 二、李四副县长牵头重点工作 1.丙…), which numbers its items anew
    heads = [m.start() for m in _SPACED_HEAD.finditer(text)]
    last, at = None, 0
    for m in _SPACED_ITEM.finditer(text):
        n = int(m.group(1))
        head = [h for h in heads if at < h < m.start()]
        if head and n == 1:
            cuts.update(head + [m.start()])
            last = None
        if last is None or n == last + 1:
            if last is not None and m.start() > 0:
                cuts.add(m.start())
            last, at = n, m.start()
    cuts = sorted(c for c in cuts if 0 < c < len(text) and not _goes_on(text, c))
    out, s = [], 0
    for c in cuts:
        if text[s:c].strip():
            out.append((s, c))
        s = c
    if text[s:].strip():
        out.append((s, len(text)))
    return out
