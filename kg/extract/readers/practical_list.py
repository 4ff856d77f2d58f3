"""A government's list of the year's practical matters, item by item (rx41)::

    今年,我市将办好事关群众切身利益的“十件实事”
    1.实施86条市政道路建设。其中,建成A路、B街等30条道路,完成C路等12条道路大修。
    2.开工建设市一中新校区、实验幼儿园新园。确保二十中竣工。招聘农村特岗教师200名。

→ one commitment per sentence of an item (a sentence opened by 其中 stays with the one before it), all its figures
its targets, a term of its own its deadline, else the end of the year the list's lead names (今年, 2019年): a year's
practical matters are due by its end (rx43; the shared gold leaves such items undated, which the scorer does not count
against a term given).  A work started, finished or solved counts though it names
no figure; a sentence telling only why (为了…) or how (坚持…) does not.
"""
from __future__ import annotations

import re
from typing import Optional

from kg.model import Deadline, Progress, Target

from ..actors import find_actors
from ..deadlines import find_deadlines
from ..lazyre import lazy
from ..naming import method_only, task_text, tidy_task
from ..plan_list import _PRACTICAL_RX
from ..progress import find_progress
from ..segment import Span
from ..targets import cn_number, find_targets
from ..time_section import year_end
from ..vocab import ITEM_NO, IS_NO, STATUS_LABEL
from .supervision import record, report_as_of

#: an item of the list: 1. / 一、 / (一) / 一是
_ITEM = lazy(r"^\s*(?:" + ITEM_NO + r"|" + IS_NO + r")\s*")
#: a sentence of an item
_SENT = lazy(r"[^。;;]+[。;;]?")


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of an item's sentences, one opened by 其中 joined to the one before."""
    out: list[list[int]] = []
    for m in _SENT.finditer(text):
        s = m.start() + len(m.group()) - len(m.group().lstrip())
        e = m.end() - (1 if m.group().endswith(("。", ";", ";")) else 0)
        if e - s < 4:
            continue
        if out and text.startswith("其中", s):
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def read(b, paras, i) -> Optional[int]:
    """The lead of a list of practical matters (为民兴办10件实事 / 办好…“十件实事”) closing its paragraph, then two or
    more numbered items: one commitment per sentence of an item; else None."""
    lead = _PRACTICAL_RX.search(paras[i].text) if "实事" in paras[i].text else None
    if not lead:
        return None
    if paras[i].text[lead.end():].strip(" 。::”"):
        return i + 1 if _inline(b, paras[i], lead) else None
    items, j = _items_below(paras, i + 1)
    if len(items) < 2:
        return None
    year = _list_year(b, paras[i].text[:lead.start()])
    told = b._paragraph(paras[i])
    b.out.extend(told or _whole(b, paras[i], lead, year))
    done = _DONE_LEAD.search(paras[i].text[:lead.end()]) or (i and _ALL_DONE.search(paras[i - 1].text))
    as_of = report_as_of(b, paras[i].text)
    for para, status in items:
        _item(b, para, year, as_of if done else None, (status, as_of) if status else None)
    return j


#: a line telling how the item above stands: 当前进展:施工招标已完成。 (session 55)
_STATUS_LINE = lazy(r"^\s*(?:" + STATUS_LABEL + r")[::]")


def _items_below(paras, j: int) -> tuple[list, int]:
    """The numbered items from ``paras[j]`` on, each with the line telling how it stands under it (or None), and
    where they end."""
    items = []
    while j < len(paras) and _ITEM.match(paras[j].text):
        if _BARE_NO.fullmatch(paras[j].text.strip()) and j + 1 < len(paras) and not _ITEM.match(paras[j + 1].text):
            j += 1  # (一) ⏎ 促进群众就业增收,…: the number on a line of its own, the item on the next (rx50)
        status = paras[j + 1] if j + 1 < len(paras) and _STATUS_LINE.match(paras[j + 1].text) else None
        items.append((paras[j], status))
        j += 2 if status else 1
    return items, j


#: an item's number alone on its line: (一) / 1. / 一、
_BARE_NO = lazy(r"[((][一二三四五六七八九十\d]{1,3}[))]|\d{1,2}[.、.]|[一二三四五六七八九十]{1,3}、")


#: a lead telling the matters done: 2019年完成的8件实事 (session 55)
_DONE_LEAD = lazy(r"(?:已|已经)?完成的(?:[两三四五六七八九十]{1,3}|\d{1,3})(?:件|项|大)")
#: the paragraph before telling them all done: …为民办的8件实事均已完成
_ALL_DONE = lazy(r"实事(?:项目)?(?:已|均已)(?:全部|全面)?(?:完成|办结|兑现)")


def _item(b, para, year: Optional[Deadline], done_as_of: Optional[str], status=None) -> None:
    """One commitment per sentence of a numbered item; ``done_as_of``: the lead tells them done, as of that day
    (each sentence's own share, 为计划的130%, its percent); ``status``: the line under the item telling how it stands
    and its date, the progress of the item's first sentence."""
    m = _ITEM.match(para.text)
    off = m.end() if m else 0  # (the line under a number alone on its own)
    body = para.text[off:]
    for s, e in _sentences(body):
        sent = body[s:e]
        first = re.split(r"[,,]", sent, 1)[0]
        task = tidy_task(task_text(first)) or tidy_task(task_text(sent))
        if len(task) < 3 or method_only(task):
            continue
        own = [d for d in find_deadlines(sent, b.doc) if d.date and d.text not in ("今年", "全年", "年内")]
        at = para.start + off + s
        progress = find_progress(status[0].text, status[1], b.doc.year) if status and s == 0 else None
        if done_as_of:
            p = find_progress(sent, done_as_of, b.doc.year)
            progress = Progress("done", p.percent if p else None, done_as_of, sent[:60])
        b.out.append(record(b, task, [(at, at + len(sent))], actors=list(find_actors(sent).actors),
                            targets=find_targets(sent), progress=progress,
                            deadline=Deadline(own[0].text, own[0].date, own[0].precision) if own else year))


#: the matters of a list counted: 十件实事 / 10件民生实事 / 十大惠民实事 / 8项民生实事项目
_MATTERS = r"(?P<n>[两三四五六七八九十]{1,3}|\d{1,3})(?P<u>件|项|大)(?:重点)?(?P<m>(?:民生|为民|惠民)?实事(?:项目)?)"
#: a title that is the list's lead: 南湾区2023年的八大惠民实事 / 2023年十件民生实事 (rx44)
_TITLE = lazy(r"^[^。,,;;]{0,20}?" + _MATTERS + r"$")
#: the first item told after the colon of the paragraph below the title: …从以下八个方面着手:一是…
_FIRST_AFTER = lazy(r"[::]\s*(?=" + IS_NO + r"|" + ITEM_NO + r")")
#: an item's opening slogan, the heading of its deeds: 加快基础教育提质培优 / 倾力保障群众用电需求
_SLOGAN = lazy(r"^(?:加快|加速|持续|着力|倾力|健全|全面|扎实|全力|确保|大力|进一步|不断|积极|切实|深入|努力|改善|提升|优化|保障|做好|"
               r"推进|强化|完善)[^\d,,、]{2,14}$|^[^\d,,、]{4,12}$")
#: deeds listed with 、, each opened by its verb: 建成A、建成B、安装C
_NEXT_DEED = lazy(r"、(?=(?:建成|完成|新建|增设|安装|改造|升压改造|改扩建|建设|启动|新增|开展|实施|遴选|打造|推进|提升|创建)[\u4e00-\u9fff\d])")


def titled(b, paras, i) -> Optional[int]:
    """A list of practical matters led by its title (南湾区2023年的八大惠民实事), its first item after a colon of the
    paragraph below (…从以下八个方面着手:一是X。deeds), the others one a paragraph: one commitment per deed of
    an item (its opening slogan, 一是加快教育提质, left out; deeds listed with 、 each its own), due by the end
    of the year the title names (rx44); else None."""
    if i + 2 >= len(paras) or len(paras[i].text.strip()) > 30 or not _TITLE.match(paras[i].text.strip()):
        return None
    first = _FIRST_AFTER.search(paras[i + 1].text)
    if not first:
        return None
    j = i + 2
    while j < len(paras) and _ITEM.match(paras[j].text):
        j += 1
    if j - i < 4:
        return None
    year = _list_year(b, paras[i].text)
    b.out.extend(b._paragraph(Span(paras[i + 1].text[:first.start()], paras[i + 1].start, paras[i + 1].start + first.start())))
    items = [(paras[i + 1], first.end())] + [(p, 0) for p in paras[i + 2:j]]
    for para, at in items:
        off = at + _ITEM.match(para.text[at:]).end()
        body = para.text[off:]
        spans = _sentences(body)
        if len(spans) > 1 and _SLOGAN.match(body[spans[0][0]:spans[0][1]]):
            spans = spans[1:]
        for s, e in spans:
            for ds, de in _deeds(body, s, e):
                sent = body[ds:de]
                task = tidy_task(task_text(sent))
                if len(task) >= 3 and not method_only(task):
                    start = para.start + off + ds
                    b.out.append(record(b, task, [(start, start + len(sent))], targets=find_targets(sent), deadline=year))
    return j


def _deeds(body: str, s: int, e: int) -> list[tuple[int, int]]:
    """The deeds of a sentence listed with 、, each opened by its verb (建成A、建成B、安装C)."""
    cuts, last = [], s
    for m in _NEXT_DEED.finditer(body, s, e):
        if m.start() - last >= 4:  # (建成、改造X: two verbs of one deed)
            cuts.append(m.start())
            last = m.start() + 1
    bounds = [s] + [c + 1 for c in cuts]
    ends = cuts + [e]
    return [(a, z) for a, z in zip(bounds, ends) if z - a >= 4]


#: the count of the list's matters in its lead
_COUNT = lazy(_MATTERS)


def _whole(b, para, lead, year) -> list:
    """The list's lead as the whole of its matters, where the prose rules read nothing of it: 今年,我市将办好“十件实事”
    → 十件实事, due by the year's end, their count the target (rx44)."""
    m = _COUNT.search(para.text, 0, lead.end())
    if not m:
        return []
    text = para.text.strip().rstrip("。::")
    at = para.start + len(para.text) - len(para.text.lstrip())
    n = _number(m.group("n"))
    unit = "件" if m.group("u") == "大" else m.group("u")
    return [record(b, m.group(0).replace("大", unit, 1) if m.group("u") == "大" else m.group(0), [(at, at + len(text))],
                   targets=[Target(m.group("m"), "=", n, unit, m.group(0))] if n else [], deadline=year)]


#: a work of a list told in one sentence: 沛县唐楼护理院改造项目 / 村内道路硬化工程
_NAMED = lazy(r"^[\u4e00-\u9fff“”()()0-9A-Za-z]{3,30}?(?:项目|工程|建设|改造|提升|整治|行动|计划|服务)$")


def _inline(b, para, lead) -> bool:
    """The works of a list named in the lead's own sentence: 共实施民生实事项目8项,分别为:A项目、B工程、C工程。 →
    one commitment per work named (three at least), due by the end of the year the sentence names; the text before
    the list and after its sentence goes to the prose rules.  The matters may be told as clauses between semicolons
    instead, each opening with its deed (这十件实事分别是:完成A;解决B的饮水问题;全面启动C工作。): one commitment per
    clause, its figures the targets (session 55).  False where the list names anything else."""
    text = para.text
    end = text.find("。", lead.end())
    end = len(text) if end < 0 else end
    items = _named(text, lead.end(), end)
    told = items is None
    if told:
        items = _told(text, lead, end)
    if not items:
        return False
    start = text.rfind("。", 0, lead.start()) + 1
    year = _list_year(b, text[start:lead.start()])
    head = re.sub(r"[,,]?(?:分别|具体|主要)?(?:是|为|有|包括)?[::]$", "", text[:lead.end()])
    b.out.extend(b._paragraph(Span(head, para.start, para.start + len(head))))
    for s, e in items:
        piece = text[s:e]
        task = tidy_task(task_text(re.split(r"[,,::]", piece, 1)[0])) if told else tidy_task(piece)
        if len(task) < 3:
            continue  # (五是加大: a piece the page cut)
        b.out.append(record(b, task, [(para.start + s, para.start + e)], deadline=year,
                            targets=find_targets(piece) if told else []))
    rest = text[end + 1:]
    if rest.strip():
        s = para.start + end + 1 + len(rest) - len(rest.lstrip())
        b.out.extend(b._paragraph(Span(b.t[s:para.end], s, para.end)))
    return True


def _named(text: str, at: int, end: int) -> Optional[list[tuple[int, int]]]:
    """The spans of the works named after the lead (three at least; ``[]`` where fewer), None where a piece is no
    work's name."""
    items = []
    for piece in re.split(r"([、;;])", text[at:end]):
        if piece and piece in "、;;":
            at += 1
            continue
        name = piece.strip()
        if not _NAMED.match(name):
            return None
        s = at + piece.find(name)
        items.append((s, s + len(name)))
        at += len(piece)
    return items if len(items) >= 3 else []


#: a matter told as a clause opening with its deed: 完成A / 解决B的问题 / 全面启动C工作 / 为N名学生免费配镜
#: (or with the work's name, then what it does: 便民停车工程,增设车位150个以上)
_DEED = lazy(r"^(?:全面|加快|继续|新|深入|大力)?(?:完成|建成|建设|新建|新增|改造|改建|扩建|实施|解决|启动|开展|推进|提升|提高|打造|"
             r"硬化|修建|安装|增设|整治|创建|免费|为|深化|加大|加强|支持|搞好|做好|抓好|办好|打通|拓宽|(?<=加快)(?=[\u4e00-\u9fff“]))|^[^,,::;;。]{2,20}?(?:工程|项目|行动)”?[,,::]|"
             r"^(?:配合|协助)[^,,::;;。]{2,12}?(?:实施|建设|完成|推进)")  # (配合市有关部门实施X: the place assisting, rx52)


def _told(text: str, lead, end: int) -> list[tuple[int, int]]:
    """The spans of the matters told as clauses between semicolons after the lead, each opening with its deed,
    as many as the lead counts (or three at least where it counts none); ``[]`` where any is not."""
    count = _COUNT.search(text, 0, lead.end())
    n = _number(count.group("n")) if count else None
    items, at, numbered = [], lead.end(), 0
    for piece in re.split(r"[;;]", text[at:end]):
        clause = piece.strip()
        s = at + piece.find(clause) if clause else at
        at += len(piece) + 1
        if not clause:
            continue
        no = _IS_NO_LEAD.match(clause)
        if not _DEED.match(clause[no.end():] if no else clause):
            return []
        items.append((s, s + len(clause)))
        numbered += bool(no)
    if len(items) < 3 or (n and len(items) != n and numbered < len(items)
                          and not (len(items) < n and text[:end].rstrip().endswith("等"))):
        return []  # (一是…;二是…;…五是…: numbered in turn, a list the page cut before its count is reached; a list
        # closed by 等 whose clauses hold several matters each is whole, rx52)
    return items


def _number(n: str) -> Optional[float]:
    """The count of a list's matters, in figures or Chinese numerals (10 / 十)."""
    return float(n) if n.isdigit() else cn_number(n)


#: a matter's number told as 一是 / 二是
_IS_NO_LEAD = lazy(r"^" + IS_NO)


#: the year a list of practical matters is for, in its lead: 今年,我市将办好… / 2019年县政府将…
_YEAR = lazy(r"(?:19|20)\d\d年(?!\d{1,2}月)|今年|明年|本年度?")


def _list_year(b, lead: str) -> Optional[Deadline]:
    """The end of the year the list's lead names: each item's term where it names none of its own (rx43)."""
    m = _YEAR.search(lead)
    return year_end(m.group(0), b.doc) if m else None


#: the matters named in quotes before their count: 围绕“实施A、开展B、新建C”三件惠民实事 / 实施“A、B、C”三大工程
_QUOTED_SET = lazy(r"“(?P<l>[^“”]{6,400}?)”(?:等)?" + r"(?P<n>[两三四五六七八九十]{1,3}|\d{1,2})(?:件|项|大|个)(?:重点)?"
                   r"[\u4e00-\u9fff]{0,4}?(?:实事|工程|行动|项目|任务|举措)")


def quoted(b, paras, i) -> Optional[int]:
    """Matters named in quotes, as many as the count after them (``2017年,街道将围绕“实施A、开展B、新建C”三件惠民实事,…``):
    one commitment per matter, due by the end of the year the sentence names; the rest of the paragraph goes to the
    prose rules (session 55).  None where no such list stands in the paragraph."""
    text = paras[i].text
    m = _QUOTED_SET.search(text) if "”" in text else None
    if not m:
        return None
    n = _number(m.group("n"))
    pieces = m.group("l").split("、")
    if len(pieces) < 3 or len(pieces) != n or any(not 3 <= len(p.strip()) <= 30 for p in pieces):
        return None
    para = paras[i]
    start = text.rfind("。", 0, m.start()) + 1
    year = _list_year(b, text[:m.start()])  # (the paragraph's opening year: 2017年,街道将…。围绕“…”)
    b.out.extend(b._paragraph(Span(text[:start], para.start, para.start + start)))
    at = m.start("l")
    for piece in pieces:
        name = piece.strip()
        s = at + piece.find(name)
        at += len(piece) + 1
        task = tidy_task(task_text(name))
        if len(task) >= 3:
            b.out.append(record(b, task, [(para.start + s, para.start + s + len(name))], deadline=year))
    end = text.find("。", m.end())
    if end >= 0 and text[end + 1:].strip():
        s = para.start + end + 1
        b.out.extend(b._paragraph(Span(b.t[s:para.end], s, para.end)))
    return i + 1


#: a lead naming the year's practical matters, listed below it: …我们编制了《2014年要完成的…实事》,具体如下: (session 55)
_LISTED_BELOW = lazy(r"实事[^。]{0,40}?(?:具体|清单|名单|项目)?如下[::]\s*$")
#: a heading of the list's classes: 一、安居工程 / (二)为老服务
_CLASS_HEAD = lazy(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])\s*[^,,。;;]{2,14}\s*$")
#: a lead of a report on the matters, not of the matters: 现将1-5月份八件实事推进情况通报如下:
_REPORTED = lazy(r"进展|进度|完成情况|落实情况|办理情况|通报")
#: a labelled line: 目标任务:… / 目前进度:…
_LABELLED = lazy(r"^\s*[\u4e00-\u9fff]{2,8}[::]")
#: what closes the list: 对以上项目有意见的… / 联系人:… / 地址:…
_LIST_END = lazy(r"^\s*(?:对以上|以上|如有|联系人|联系电话|联系方式|地址|邮编|附件)")


def sectioned(b, paras, i) -> Optional[int]:
    """A lead naming the year's practical matters listed below it (…实事(征求意见稿),具体如下:), then the matters one to
    a line under headings of their classes (一、住房保障 ⏎ 新增养老床位80张。 ⏎ …): one commitment per line, due by the
    end of the year the lead names; else None (session 55)."""
    if "实事" not in paras[i].text or not _LISTED_BELOW.search(paras[i].text) or _REPORTED.search(paras[i].text):
        return None
    j, heads, lines = i + 1, 0, []
    while j < len(paras) and not _LIST_END.match(paras[j].text):
        if _CLASS_HEAD.match(paras[j].text):
            heads += 1
        elif len(paras[j].text.strip()) >= 4 and not _ITEM.match(paras[j].text) and not _LABELLED.match(paras[j].text):
            lines.append(paras[j])
        else:
            break
        j += 1
    if heads < 2 or len(lines) < 3:
        return None
    year = _list_year(b, paras[i].text)
    b.out.extend(b._paragraph(paras[i]))
    for para in lines:
        text = para.text.strip().rstrip("。;;")
        task = tidy_task(task_text(re.split(r"[,,]", text, 1)[0])) or tidy_task(task_text(text))
        if len(task) < 3 or method_only(task):
            continue
        at = para.start + len(para.text) - len(para.text.lstrip())
        b.out.append(record(b, task, [(at, at + len(text))], targets=find_targets(text), deadline=year))
    return j


#: an inline item's number after a semicolon or at the paragraph's opening: 一、 / ;二、
_INLINE_NO = lazy(r"(?:^|(?<=[;;]))\s*(?P<n>[一二三四五六七八九十]{1,3})、")


def inline_numbered(b, paras, i) -> Optional[int]:
    """A paragraph of the matters numbered inline (一、A;二、B;三、C…) right after one naming the practical matters
    (…今年的八件实事分属8个方面。): one commitment per item, its figures the targets, due by the end of the
    year the paragraph before names; else None (session 55)."""
    text = paras[i].text
    if i == 0 or not text.lstrip().startswith("一、") or "二、" not in text or "实事" not in paras[i - 1].text:
        return None
    marks = list(_INLINE_NO.finditer(text))
    if len(marks) < 3 or [cn_number(m.group("n")) for m in marks] != [float(k) for k in range(1, len(marks) + 1)]:
        return None
    year = _list_year(b, paras[i - 1].text)
    para = paras[i]
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        body = text[m.end():end].rstrip(";;。 ")
        task = tidy_task(task_text(re.split(r"[,,]", body, 1)[0])) or tidy_task(task_text(body))
        if len(task) < 3 or method_only(task):
            continue
        s = para.start + m.end()
        b.out.append(record(b, task, [(s, s + len(body))], targets=find_targets(body), deadline=year))
    return i + 1
