"""One table reader: the columns of a table and one commitment per row,
whether the table comes from a CSV, an XLSX sheet, an HTML table or text
(pasted with tabs or ``|``, copied from a PDF with single spaces, or
flattened one cell per line as copied from a web page).

Columns are named by their header (:func:`kg.extract.fields.header_key`:
预期目标, 2022年预期目标, 分管 领导, 1-11月推进情况 …) and, where a header is
unknown, by what the cells hold (:func:`content_key`).  A table without a
task column takes its task from the target column (预期目标: 地区生产总值增长
6%左右), a problem or measure column, or the column of long phrases.

>>> keys = column_keys(["序号", "2022年预期目标", "责任单位"], [["1", "税收收入增长6%左右", "区税务局"]])
>>> keys
['seq', 'task', 'responsible_org']
>>> c = row_record(list(zip(keys, ["1", "税收收入增长6%左右", "区税务局"])), DocDate(2022))
>>> c.task, [(a.name, a.role) for a in c.actors], [(t.op, t.value, t.unit) for t in c.targets], c.id
('税收收入增长', [('区税务局', 'responsible')], [('~', 6.0, '%')], '1')
"""
from __future__ import annotations

import logging
import re
from .lazyre import lazy
from collections import Counter
from contextvars import ContextVar
from typing import Iterable, Optional, Sequence

from kg.model import Actor, CommitmentRecord, Deadline, Progress, Target

from .actors import parse_item
from .deadlines import find_deadlines
from .docdate import DocDate
from .fields import COLUMN_TYPE, KEY_ROLE, align, cell_actors, cell_type, excel_date, header_key
from .naming import remedy, flags_progress, pick_deadline, with_finish
from .progress import find_progress
from .projects import find_projects
from .targets import _UNIT, find_targets
from .vocab import WORK_END_RX

log = logging.getLogger("kg.tables")
#: the file being read, for the messages of ``kg ingest -v``
SOURCE: ContextVar[str] = ContextVar("kg_table_source", default="")

_PROGRESS_WORD = lazy(r"已|正在|完成|推进|开工|竣工|滞后|未|启动|序时|招标|施工|验收|办结|整改")


def content_key(cells: Sequence[str]) -> Optional[str]:
    """The column a header does not name, by what its cells hold: sequence
    numbers, dates (deadline), 2–3 character names (leaders), unit names,
    percentages, status words, progress phrases, or long phrases (``text``).

    >>> content_key(["1200", "800", "3500"]) is None  # amounts, not row numbers
    True
    >>> [content_key(c) for c in (["1", "2"], ["6月底前", "年底前"], ["张三", "李四"], ["区水务局", "区住建局、区城管局"],
    ...                            ["是", "否"], ["已完成", "正在施工,完成60%"], ["新建城南公园", "改造城北路"])]
    ['seq', 'deadline', 'lead_person', 'responsible_org', 'status', 'progress', 'text']
    """
    cells = [str(c).strip() for c in cells if c is not None and str(c).strip()]
    if not cells:
        return None
    types = Counter(cell_type(c) for c in cells)
    kind, n = types.most_common(1)[0]
    if n * 3 < len(cells) * 2:  # no kind holds two thirds of the cells
        kind = "text"
    if kind == "seq" and not _numbers_rows(cells):
        return None
    if kind != "text":
        return _KIND_KEY[kind]
    return _phrase_key(cells)


#: the key of a column by the kind of its cells (:func:`cell_type`)
_KIND_KEY = {"seq": "seq", "date": "deadline", "person": "lead_person", "org": "responsible_org",
             "percent": "percent", "status": "status"}


def _numbers_rows(cells: list[str]) -> bool:
    """1, 2, 3 … numbers the rows; other numbers (amounts: 1200, 800) are not read."""
    nums = [int(re.sub(r"\D", "", c)) for c in cells if re.fullmatch(r"\d{1,4}[.、.]?", c)]
    return not (len(nums) >= 2 and not all(b > a for a, b in zip(nums, nums[1:])))


def _phrase_key(cells: list[str]) -> Optional[str]:
    """Cells of words: progress phrases (正在施工,完成60%), else long phrases (新建城南公园: the
    task where no header names one), else ``None``."""
    if sum(1 for c in cells if _PROGRESS_WORD.search(c) and find_progress(c)) * 2 > len(cells):
        return "progress"
    if sum(1 for c in cells if len(re.findall(r"[\u4e00-\u9fff]", c)) >= 4) * 2 > len(cells):
        return "text"
    return None


def column_keys(header: Sequence[object], rows: Iterable[Sequence[object]] = ()) -> list[Optional[str]]:
    """The key of every column: by its header, else by its cells; one column is the task.

    >>> column_keys(["序号", "问题", "整改措施", "分管 领导", "整改时限"])
    ['seq', 'task', 'measure', 'lead_person', 'deadline']
    >>> column_keys(["序号", "主要任务", "牵头单位", "责任主体与协同单位"])
    ['seq', 'task', 'lead_org', 'assist_org']
    >>> column_keys(["项", "内容", "人"], [["1", "新建城南公园一座", "张三"], ["2", "改造城北路", "李四"]])
    ['seq', 'task', 'lead_person']
    """
    header = ["" if h is None else str(h).strip() for h in header]
    keys: list[Optional[str]] = [header_key(h) if h else None for h in header]
    rows = [list(r) for r in rows]
    for j, k in enumerate(keys):
        if k is None:
            keys[j] = content_key([r[j] for r in rows if j < len(r) and r[j] is not None])
    if "task" not in keys:
        keys = _task_column(keys, rows)
    keys = [None if k == "text" else k for k in keys]
    if "mixed_org" in keys:  # 责任主体与协同单位 beside a 牵头单位 names the units that assist
        mixed = "assist_org" if any(k in ("lead_org", "responsible_org") for k in keys) else "responsible_org"
        keys = [mixed if k == "mixed_org" else k for k in keys]
    return keys


def _task_column(keys: list[Optional[str]], rows: Sequence[Sequence[object]] = ()) -> list[Optional[str]]:
    """Without a task column, 预期目标 / 问题 / 整改措施 / 项目, else the column of long phrases, holds the task;
    never a column of bare numbers (年投资计划: 82.5, 42.6 names no work; rx23).

    >>> _task_column(["lead_person", None, "target", "done_amount"], [["甲县", "57", "82.5", "65.1"]])
    ['lead_person', None, 'target', 'done_amount']
    """
    for want in ("target", "problem", "measure", "project", "text"):
        for j, k in enumerate(keys):
            if k == want and not _numbers_only([r[j] for r in rows if j < len(r)]):
                keys[j] = "task"
                return keys
    return keys


def _numbers_only(cells: list) -> bool:
    """Every cell given is a bare number (82.5, 1,200, 73.2%), and there is one."""
    cells = [str(c).strip() for c in cells if c is not None and str(c).strip()]
    return bool(cells) and all(re.fullmatch(r"[\d.,,%]+", c) for c in cells)


def describe(header: Sequence[object], keys: Sequence[Optional[str]], where: str = "") -> str:
    """What each column was read as, for ``kg ingest -v``; logged on ``kg.tables``.

    >>> describe(["序号", "2022年预期目标", "备注"], ["seq", "task", None])
    'table: 序号→seq, 2022年预期目标→task (and its target), 备注→(not read)'
    """
    parts = []
    for j, k in enumerate(keys):
        h = str(header[j]).strip() if j < len(header) and header[j] is not None and str(header[j]).strip() \
            else f"column {j + 1}"
        name = k or "(not read)"
        if k == "task" and header_key(h) == "target":
            name = "task (and its target)"
        elif k and header_key(h) != k and not (header_key(h) == "mixed_org" and k in KEY_ROLE):
            name += " (by its cells)"
        if k == "progress" and keys.count("progress") > 1:
            name += " (latest)" if j == max(i for i, x in enumerate(keys) if x == "progress") else " (earlier)"
        parts.append(f"{h}→{name}")
    msg = f"table{(' ' + where) if where else ''}: " + ", ".join(parts)
    src = SOURCE.get()
    log.info("%s%s", f"{src}: " if src else "", msg)
    return msg


_UNIT_IN_HEADER = lazy(r"[((](?P<u>[^()()]{1,6})[))]\s*$")


def with_units(header: Sequence[object], keys: Sequence[Optional[str]], cells: Sequence[str]) -> list[str]:
    """A bare number under a target column whose header gives the unit is that target:
    ``年度计划投资(亿元)`` over ``2.5`` reads ``年度计划投资2.5亿元``.

    >>> with_units(["项目名称", "年度计划投资(亿元)"], ["task", "target"], ["城南公园", "2.5"])
    ['城南公园', '年度计划投资2.5亿元']
    """
    out = list(cells)
    if len(cells) != len(keys):
        return out
    for j, (k, c) in enumerate(zip(keys, cells)):
        h = str(header[j]) if j < len(header) and header[j] is not None else ""
        m = _UNIT_IN_HEADER.search(h)
        if k == "target" and m and re.fullmatch(r"\d+(?:\.\d+)?", str(c).strip()):
            name = re.sub(r"\s+", "", h[:m.start()])
            out[j] = name + str(c).strip() + m.group("u")
    return out


def fit_row(keys: Sequence[Optional[str]], cells: Sequence[str]) -> list[tuple[Optional[str], str]]:
    """Cells of a row matched to the columns: one to one when the counts agree,
    else by the kind of cell each column holds (a merged or empty cell dropped);
    a long phrase under a column of names is detail of the task, not an actor.

    >>> fit_row(["seq", "task", "lead_org"], ["1", "甲路", "推进甲路北段征迁,完成签约80户"])
    [('seq', '1'), ('task', '甲路'), ('detail', '推进甲路北段征迁,完成签约80户')]
    """
    cells = ["" if c is None else str(c).strip() for c in cells]
    if len(cells) != len(keys):
        full = [c for c in cells if c]
        pairs = list(zip(keys, full)) if len(full) == len(keys) else align(list(keys), full)
    else:
        pairs = list(zip(keys, cells))
    out = []
    for k, v in pairs:
        if k in KEY_ROLE and v and len(v) > 15 and re.search(r"[,,。;;]", v) and cell_type(v) == "text" \
                and not any(parse_item(x.strip()) for x in re.split(r"[、,,;;/\s]+", v) if x.strip()) \
                and (_DOING.search(v) or re.search(r"\d", v)):
            k = "detail"
        out.append((k, v))
    return out


def fill_down(keys: Sequence[Optional[str]], pairs: list[tuple[Optional[str], str]],
              above: Optional[Sequence[tuple[Optional[str], str]]]) -> list[tuple[Optional[str], str]]:
    """A row of a table copied as text that lacks its leader's cell (merged over
    several rows, so written once) takes the leader of the row above.

    >>> keys = ["seq", "task", "lead_person", "responsible_org"]
    >>> fill_down(keys, [("seq", "2"), ("task", "改造乙路"), ("responsible_org", "区城管局")],
    ...           [("seq", "1"), ("task", "新建甲园"), ("lead_person", "张三"), ("responsible_org", "区园林局")])[2]
    ('lead_person', '张三')
    """
    if not above:
        return pairs
    have = {k for k, v in pairs if v}
    lost = [k for k in ("lead_person", "lead_org") if k in keys and k not in have]
    if not lost or len([v for _, v in pairs if v]) >= len(keys):
        return pairs
    up = dict((k, v) for k, v in above if v)
    order = {k: i for i, k in enumerate(keys)}
    return sorted(pairs + [(k, up[k]) for k in lost if k in up], key=lambda kv: order.get(kv[0], len(keys)))


_DOING = lazy(r"(?:^|[,,;;、])(?:推动|推进|引进|加快|完成|实现|建设|新建|开展|实施|建成|打造|提升|落实|做好|加强|争取|确保|力争)")
_QTY = lazy(r"(?P<metric>(?:[\u4e00-\u9fff“”\"《》A-Za-z]|\d+[A-Za-z](?=[\u4e00-\u9fffA-Za-z])){2,20}?)(?P<num>\d+(?:\.\d+)?)(?P<unit>" + _UNIT + r")(?![\u4e00-\u9fff]{0,2}[%\d]|月|星期|小时)")


def cell_targets(task: str) -> list[Target]:
    """Amounts a task cell states when no target rule reads it:
    ``新增“四好”达标小区20个`` → 达标小区 = 20 个.

    >>> [(t.metric, t.op, t.value, t.unit) for t in cell_targets("新增“四好”达标小区20个。")]
    [('新增“四好”达标小区', '=', 20.0, '个')]
    """
    out = []
    for m in _QTY.finditer(task):
        if "从" in task[max(0, m.start("num") - 12):m.start("num")] and _FROM_FIGURE.search(task, 0, m.start("num")) \
                and _CHANGED_TO.match(task, m.end()):
            continue  # 补差水平从每人每月574元提高到609元: where it stands, not what is aimed at (rx24)
        if re.search(r"滞后|延后|推迟|超期|逾期", m.group("metric")):
            continue  # 较计划滞后约2个月: how late, no amount to reach (rx25)
        out.append(Target(m.group("metric"), "=", float(m.group("num")), m.group("unit"), m.group(0)))
    return out


#: a figure a change starts from: 从每人每月574元(、271元)提高到…
_FROM_FIGURE = lazy(r"从[^,,。;;提增降调扩达到]{0,10}$")
_CHANGED_TO = lazy(r"[^,,。;;]{0,16}?(?:提高|增加|提升|降低|下降|调整|扩大|增长|减少|上调|下调)(?:到|至)")


_BARE_TARGET = lazy(r"^(?P<metric>[\u4e00-\u9fff]{1,12}?)(?P<num>\d+(?:\.\d+)?)(?P<unit>[^\d\s,,;;。]{0,4})$")


def _target_cell(cell: str) -> list[Target]:
    """A target column's cell: by the target rules, else ``投资5亿元`` is ``投资 = 5 亿元``."""
    found = find_targets(cell) or cell_targets(cell)
    if found:
        return found
    m = _BARE_TARGET.match(cell.strip())
    if m:
        return [Target(m.group("metric"), "=", float(m.group("num")), m.group("unit") or None, cell)]
    if re.fullmatch(r"\d+(?:\.\d+)?", cell.strip()):  # 254.35 under 年度计划投资 (its unit above the table): the amount
        return [Target("", "=", float(cell.strip()), None, cell)]
    amount = re.fullmatch(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>[\u4e00-\u9fff%]{1,4})", cell.strip())
    if amount:  # 1.6亿元 under 年度计划投资: the amount and its unit (rx29)
        return [Target("", "=", float(amount.group("n")), amount.group("u"), cell)]
    return [Target(cell[:30], "=", None, None, cell)]


_LEAD_IN = lazy(r"^(?:努力|力争|确保|争取|全力)?(?:实现|完成|达到)?")
_VERB_TAIL = lazy(r"(?:控制在|达到|达|不低于|不少于|不超过|高于|低于|保持在|稳定在|提高到|提升到|下降到|降至|为)$")


def target_name(task: str, targets: Sequence[Target]) -> str:
    """The name of a task that is one target statement, as a person writes it in a
    table: the measure without its figure.

    >>> from kg.extract.targets import find_targets
    >>> [target_name(t, find_targets(t)) for t in ("努力实现税收收入增长6%左右。", "城镇登记失业率控制在4%以内",
    ...                                              "新建城南公园3个,改造城北路")]
    ['税收收入增长', '城镇登记失业率', '新建城南公园3个,改造城北路']
    """
    body = task.rstrip("。;; ")
    if len(targets) != 1 or targets[0].op not in ("~", ">=", "<=") or not targets[0].text:
        return task
    at = body.rfind(targets[0].text)
    if at < 0 or len(body) - (at + len(targets[0].text)) > 1 or at > 6:
        return task
    m = re.search(r"\d", body)
    name = _VERB_TAIL.sub("", _LEAD_IN.sub("", body[:m.start()] if m else body))
    return name if len(name) >= 4 else task


#: the status a short status cell states, the first that matches (is/否 by the column)
CELL_STATUS = (
    ("not_started", re.compile(r"^(?:尚?未(?:开工|启动|开始|实施)|暂未启动)$")),                         # 未开工
    ("behind", re.compile(r"^(?:否|滞后|进度滞后|未达序|未达序时|未完成|缓慢|进展缓慢|落后|红灯|红色|黄灯|黄色|红|黄)$")),  # 滞后 (红灯/黄灯: the lights of a
    # supervision table, both short of the plan; 绿灯 says no more than the cell beside it, rx27)
    ("done", re.compile(r"^(?:已|基本)?(?:完成|办结|整改|整改到位|整改完成|完成整改|销号|兑现|践诺|落实|竣工|建成|完工|"
                        r"投用|通车|验收)$")),                                                     # 已销号
    ("on_track", re.compile(r"^(?:是|正常|达序|达序时|超序时|序时推进|按序时推进|按时序推进|按计划推进|(?:正在|持续)?整改中?|"
                            r"正在(?:推进|实施|办理|施工|建设)|推进中|办理中|实施中|施工中|建设中|阶段性完成|长期坚持|持续推进|"
                            r"有序推进)$")),                                                         # 整改中
)


def cell_status(cell: str, key: str = "status") -> Optional[str]:
    """The status of a short table cell (是否达序, 整改状态, 完成情况 …).

    >>> [cell_status(c) for c in ("已销号", "整改中", "否", "尚未启动", "基本完成", "正在推进")]
    ['done', 'on_track', 'behind', 'not_started', 'done', 'on_track']
    >>> cell_status("是", "done_flag"), cell_status("已完成整改,群众满意"), cell_status("否", "lag_flag")
    ('done', None, 'on_track')
    """
    c = re.sub(r"[\s。;;]+", "", str(cell))
    if key == "done_flag" and c in ("是", "否"):
        return "done" if c == "是" else "behind"
    if key == "lag_flag" and c in ("是", "否"):  # 是否滞后 否: not behind (rx38)
        return "behind" if c == "是" else "on_track"
    for status, rx in CELL_STATUS:
        if rx.match(c):
            return status
    return None


def _deadline(cell: str, doc: DocDate, *, dated_only: bool = False) -> Optional[Deadline]:
    iso = excel_date(cell)
    if iso:
        return Deadline(iso, iso, "day")
    pick = pick_deadline(with_finish(find_deadlines(cell, doc), cell))
    if pick and pick.date:
        return Deadline(pick.text, pick.date, pick.precision)
    if dated_only:
        return None
    return Deadline(pick.text, None, pick.precision) if pick else Deadline(cell)


def _termed_goal(cells: dict, doc: DocDate) -> Optional[Deadline]:
    """The term a goal cell opens with where no column gives one: 年底前主桥合龙 / 8月底前建成投用 / 汛期前完成X (rx39)."""
    for cell in cells.get("target", []):
        found = find_deadlines(cell, doc)
        if found and cell.strip().startswith(found[0].text):
            return Deadline(found[0].text, found[0].date, found[0].precision)  # (the term, not the whole goal: rx43)
    return None


def v_text(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def row_record(pairs: Sequence[tuple[Optional[str], str]], doc: DocDate, as_of: Optional[str] = None,
               extra: Sequence[tuple[str, str]] = ()) -> Optional[CommitmentRecord]:
    """The commitment of one row, from its ``(key, cell)`` pairs (see
    :func:`fit_row`); ``extra`` are fields of the section above the row (its
    leaders).  Evidence, text and line are the caller's.  None without a task."""
    cells: dict[str, list[str]] = {}
    for k, v in pairs:
        v = str(v).strip() if v is not None else ""
        if k and v:
            cells.setdefault(k, []).append(v)
    task = _row_task(cells)
    if not task:
        return None
    deadline = _deadline(cells["deadline"][0], doc) if cells.get("deadline") else None
    if deadline is None:  # 6月底前完成 in the task or the measures
        deadline = _deadline(" ".join([task] + cells.get("measure", [])), doc, dated_only=True)
    termed = _termed_goal(cells, doc) if deadline is None else None
    deadline = deadline or termed
    targets = _row_targets(task, cells)
    if termed:  # (年度目标 年底前主桥合龙: the goal's term is the row's, the words no figure; rx39)
        targets = [t for t in targets if t.value is not None]
    progress = _row_progress(cells, targets, doc, as_of)
    task = target_name(task, targets)  # 税收收入增长6%左右 → 税收收入增长
    projects = list(dict.fromkeys(find_projects(task) + [p for v in cells.get("project", [])
                                                         for p in re.split(r"[、,,;;]", v) if p]))
    seq = cells.get("seq", [None])[0]
    return CommitmentRecord(task=task, actors=tuple(_row_actors(pairs, cells, extra)), projects=tuple(projects),
                            deadline=deadline, targets=tuple(dict.fromkeys(targets)), progress=progress,
                            id=seq.strip("()()、.. ") if seq else None)


def _row_task(cells: dict) -> str:
    """The task cells as one name: marks and a page's spaces off (★城南 口袋公园 → 城南口袋公园)."""
    parts = [c for c in cells.get("task", []) if c and str(c).strip()]
    if len(parts) >= 2 and len(parts[0].strip()) <= 4 and not WORK_END_RX.search(parts[0]) and len(parts[1].strip()) >= 4:
        parts = parts[1:]  # 教育提质 | 新建城东小学…: a class of works before the work (rx27)
    task = re.sub(r"\s+", " ", " ".join(parts)).strip()
    task = task.lstrip("★☆▲△●○◆◇■□※* ").rstrip("。;;")
    task = re.sub(r"^\d{1,3}[.、.](?!\d)\s*", "", task)  # 1.完成城南路改造: the row's number, no seq column (rx10)
    task = re.sub(r"^[一二三四五六七八九十]{1,3}、\s*(?:(?:截至|截止)[^,,。]{2,14}[,,])?", "", task)  # 十三、截至X年X月,…: the problem's number in the report, its date
    task = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", task)
    return remedy(task) if cells.get("measure") else task  # (a problem beside its measures: its remedy, rx26)


def _row_actors(pairs, cells: dict, extra) -> list[Actor]:
    """The actors of the row's role columns, in column order, then the section's
    leaders for the roles the row leaves empty (承诺人 张三, 职务 局长: the post)."""
    actors: list[Actor] = []
    own = [(k, str(v).strip()) for k, v in pairs if k in KEY_ROLE and v and str(v).strip()]
    own_keys = {k for k, _ in own}
    for key, value in own + [(k, v) for k, v in extra if k in KEY_ROLE and k not in cells and v]:
        for name, kind, role, post in cell_actors(value, key):
            if kind == "person" and not post and cells.get("post") and key in own_keys:
                post = cells["post"][0]
            if not any(a.name == name and a.role == role for a in actors):
                actors.append(Actor(name, kind, role, post))
    return actors


def _row_targets(task: str, cells: dict) -> list[Target]:
    """The task's targets, the target cells', amounts the target rules leave
    (新增公共停车位500个,新建充电桩80个), else those of the detail cells."""
    targets = find_targets(task)
    for cell in cells.get("target", []):
        targets += [t for t in _target_cell(cell) if t not in targets]
    targets += [t for t in cell_targets(task) if not any((t.value, t.unit) == (u.value, u.unit) for u in targets)]
    for key in ("measure", "detail") if not targets else ():  # (the measures beside a problem: 截污14个排污口, rx33)
        found = [t for d in cells.get(key, []) for t in find_targets(d) + cell_targets(d)]
        targets = [t for k, t in enumerate(found) if not any((t.value, t.unit) == (u.value, u.unit) for u in found[:k])][:3]
        if targets:
            break
    return targets


def _row_progress(cells: dict, targets: list, doc: DocDate, as_of: Optional[str]) -> Optional[Progress]:
    """The row's progress: the last progress column (1-10月, 1-11月推进情况), 形象进度 in
    words or a percent, status and done flags, and the share of the plan done
    (年度计划投资 2.0, 1-9月完成投资 1.6: 80%)."""
    worded = [v for v in cells.get("percent", []) if not re.search(r"\d", v)]
    latest = cells["progress"][-1] if cells.get("progress") else (worded[-1] if worded else "")
    progress = find_progress(latest, as_of, doc.year) if latest else None
    progress = _flagged(cells, worded, latest, progress, as_of)
    progress = _share_of_plan(cells, targets, progress, as_of)
    progress = _leading_percent(latest, progress, as_of)
    progress = _all_built(latest, targets, progress)
    progress = _growth_against(latest, targets, progress, as_of)
    progress = _count_against(latest, targets, progress, as_of)
    if progress is None and latest:
        progress = Progress(None, None, as_of, latest)
    return progress


#: the growth so far a progress cell tells: 地区生产总值同比增长2.9% / 工业投资同比增长23.5%
_GREW = lazy(r"(?:同比|比上年同期)?(?P<v>增长|下降)(?P<n>\d+(?:\.\d+)?)%")


def _growth_against(latest: str, targets: list, progress: Optional[Progress], as_of: Optional[str]) -> Optional[Progress]:
    """A year's growth target (增长6%以上) and the growth so far (同比增长2.9%): short of it behind, at it or above on
    track; no share done (rx40)."""
    if progress is not None and progress.status is not None:
        return progress
    m = _GREW.search(latest or "")
    want = next((t for t in targets if t.unit == "%" and (t.metric or "").endswith("增长") and t.op in ("=", ">=", "~")), None)
    if not m or want is None or want.value is None:
        return progress
    got = float(m.group("n")) * (-1 if m.group("v") == "下降" else 1)
    return Progress("behind" if got < want.value else "on_track", None, as_of, latest)


#: a count done in a progress cell: 已完成82公里 / 已建成6座 / 已开通3条
_BUILT_N = lazy(r"已(?:经)?(?:全部)?(?:完成|建成|改造|开通|新建|铺设|安装|治理)(?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:平方公里|平方米|公里|[\u4e00-\u9fff]))")


def _all_built(latest: str, targets: list, progress: Optional[Progress]) -> Optional[Progress]:
    """The count done against the row's target of the same unit: reached (承诺80公里, 已完成82公里) done, short of it
    (承诺20平方公里, 已完成15平方公里) on track (rx26)."""
    m = _BUILT_N.search(latest or "") if progress is not None and progress.status in ("on_track", "done") else None
    want = next((t.value for t in targets if m and t.op == "=" and t.unit == m.group("u") and t.value), None)
    if want is None:
        return progress
    status = "done" if float(m.group("n")) >= want else "on_track"
    return progress if status == progress.status else Progress(status, progress.percent, progress.as_of, progress.text)


#: a count a progress cell tells done, after its verb: 新增托位600个 / 完成大中修50公里 / 新增A、B等4条公交线路
_DID_VERB = lazy(r"完成|建成|新建|新增|开展|优化调整|调整|打通|改造|提升|实现|发放|保障|筛查|开通|养护|铺设|安装|修建|硬化|治理|培训")
_COUNT_N = lazy(r"(?<![\dA-Za-z.])(?P<n>\d+(?:\.\d+)?)(?P<u>万?(?:平方米|平方公里|公里|立方米|人次|[\u4e00-\u9fff]))")


def _count_against(latest: str, targets: list, progress: Optional[Progress], as_of: Optional[str]) -> Optional[Progress]:
    """A progress cell telling no status, only a count done (完成X大中修50公里) against the row's target of the same unit
    (实施X大中修100公里): reached done, short of it on track with its share (rx53)."""
    if (progress is not None and progress.status is not None) or not latest or re.search(r"未|计划|拟", latest[:8]):
        return progress
    for m in _COUNT_N.finditer(latest):
        if not _DID_VERB.search(latest, 0, m.start()):
            continue
        got, unit = _plain(float(m.group("n")), m.group("u"))
        for t in targets:
            want, wunit = _plain(t.value, t.unit) if t.value is not None and t.unit else (None, None)
            if want and t.op in ("=", ">=") and unit == wunit:
                pct = None if got >= want else round(got / want * 100, 1)
                return Progress("done" if got >= want else "on_track", pct, as_of, latest)
    return progress


def _plain(value: float, unit: str) -> tuple[float, str]:
    """A count in 万 as a plain count: (1, 万例) → (10000, 例)."""
    return (value * 10000, unit[1:]) if unit.startswith("万") and len(unit) > 1 and unit != "万元" else (value, unit)


def _leading_percent(latest: str, progress: Optional[Progress], as_of: Optional[str]) -> Optional[Progress]:
    """A progress cell that opens with its share (95% / 88%(X推进缓慢)): that percent, under way below 100
    and done from 100, unless the cell tells its status otherwise (rx23).

    >>> _leading_percent("95%", None, None).status, _leading_percent("88%(甲路推进缓慢)", Progress("behind"), None).percent
    ('on_track', 88.0)
    """
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*%", latest or "")
    if not m:
        return progress
    pct = float(m.group(1))
    if progress is None:
        return Progress("on_track" if pct < 100 else "done", pct, as_of, latest)
    return progress if progress.percent is not None else Progress(progress.status, pct, progress.as_of, progress.text)


def _flagged(cells: dict, worded: list, latest: str, progress: Optional[Progress], as_of: Optional[str]) -> Optional[Progress]:
    """``progress`` with the row's status, done and percent flags (是否达序 否, 完成比例 64%)."""
    flags = [(k, v) for k in ("status", "done_flag", "lag_flag", "percent") for v in cells.get(k, []) if v not in worded]
    progress = flags_progress(progress, [(k, v) for k, v in flags if k == "percent" or not cell_status(v, k)], as_of)
    status = _flag_status(flags, latest, progress)
    if not status or (progress is not None and progress.status == "behind" and status != "behind") \
            or (progress is not None and progress.status == "not_started" and status == "behind"
                and any(k == "status" and re.match(r"\s*红", v) for k, v in flags)):
        return progress  # (a behind progress gives way only to a behind flag; 尚未开工 under a red light stays not started, rx39)
    return _with_status(progress, status, as_of, latest, flags)


def _flag_status(flags: list, latest: str, progress: Optional[Progress]) -> Optional[str]:
    """The status a flag cell says (是否达序:否), else, where nothing was read, the latest cell's word (已完成)."""
    said = next((x for x in (cell_status(v, k) for k, v in flags if k != "percent") if x), None)
    if said == "on_track" and progress and progress.status in ("done", "not_started") and any(k == "lag_flag" for k, _ in flags):
        said = progress.status  # (是否滞后 否 beside 已全部完工: done, not behind; rx38)
    green = any(re.match(r"\s*绿(?:灯|色|\s*$)", v) for k, v in flags if k == "status") and not (progress and progress.status)
    return said or (cell_status(latest) if latest and not progress else None) or ("on_track" if green else None)  # (绿灯: under way where nothing else says, rx30)


def _with_status(progress: Optional[Progress], status: str, as_of: Optional[str], latest: str, flags: list) -> Progress:
    """``progress`` with ``status``; its text the progress's, else the latest cell's, else the first flag's."""
    text = (progress.text if progress else None) or latest or next(v for k, v in flags if k != "percent")
    if progress is None:
        return Progress(status, None, as_of, text)
    return Progress(status, progress.percent, progress.as_of, text)


def _plan_amount(targets: list) -> Optional[float]:
    """The plan a share done is of: its investment where it has one (not its size: 道路改造4公里, rx26), else its
    first amount."""
    money = [t for t in targets if t.op == "=" and t.value and (t.unit or "").endswith("元")]
    return next((t.value for t in money or targets if t.op == "=" and t.value), None)


def _share_of_plan(cells: dict, targets: list, progress: Optional[Progress], as_of: Optional[str]) -> Optional[Progress]:
    """The share of the plan done where no percent is given: 年度计划投资 2.0, 1-9月完成投资 1.6 → 80%."""
    done = next((float(v) for v in cells.get("done_amount", []) if re.fullmatch(r"\d+(?:\.\d+)?", v)), None)
    plan = _plan_amount(targets)
    if done is None or not plan or (progress is not None and progress.percent is not None):
        return progress
    pct = round(done / plan * 100, 1)
    return Progress(progress.status if progress and progress.status else ("done" if pct >= 100 else "on_track"),
                    pct, progress.as_of if progress else as_of, progress.text if progress else f"{v_text(done)}/{v_text(plan)}")
