"""Commitments of one speech: which clauses form a task, and which tasks count.

A sentence is cut into comma clauses; clauses are grouped into candidate
commitments: a clause naming actors starts a new candidate when the current
one already has its own actors and task (``A牵头,做X,B要做Y``), assigns the same
role again (``签约由A牵头,开工由B牵头``) or already carries a target or a dated
deadline (``133个项目必须开工,区项目办要督查``).  A candidate is kept when it
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
from dataclasses import dataclass, field, replace
from typing import Optional

from kg.model import Actor, CommitmentRecord, Deadline, Evidence, Progress, Target

from .actors import ClauseActors, find_actors
from .deadlines import Found, find_deadlines
from .docdate import DocDate
from .fields import KEY_ROLE, LABEL, cell_actors, header_key, label_fields, split_cells, split_items
from .progress import as_of_in, find_progress
from .projects import find_projects
from .segment import Span, clauses, paragraphs, sentences
from .targets import find_targets

_MODAL = re.compile(r"(?<![主重需只纪摘紧首扼概简提纲])要(?![求素点闻害件领义])|必须|务必|确保(?!了)|力争(?!了)|争取(?!了|到)|请(?!示)|应当|需要|(?<!全)力促|务求|限期")
_GOAL = re.compile(r"目标|任务|计划")
_COMPLETE = re.compile(r"完工|完成|建成|竣工|开工|投入使用|投用|投产|通车|到位|验收|签约|出台|制定|上报|报送|报[区市县省]|交付|突破|办结|落地|达到|实现")
#: verbs that end a task: their deadline is the commitment's deadline (6月底前开工、12月底前完工 → 12月)
_FINISH = re.compile(r"完工|完成|建成|竣工|投入使用|投用|投产|通车|交付|办结|验收|到位")
_RETRO_START = re.compile(r"^(?:[((]?[一二三四五六七八九十\d]+[))、.])?(?:过去|去年|上年|上半年|前三季度|今年以来|年初以来|近年来|近几年|"
                          r"近\d+年|近[一二三四五]年|\d+年来|[一二三四五]年来|回顾|\d{1,2}-\d{1,2}月[,份]|一季度[,,])")
_PAST = re.compile(r"(?<![为除])了(?![解如])|已经|已于|先后|曾经")
_GENERIC_OBJ = re.compile(r"各项|目标任务|全年目标|全年任务|总目标|各类|一切")
_HEADING_SENT = re.compile(r"^(?:[一二三四五六七八九十]+(?:要|是)|第[一二三四五六七八九十]+[,、]?)[^,]{0,30}[。]?$")
_NUM_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|[(][一二三四五六七八九十]+[)]|第[一二三四五六七八九十]+[章节部分]|\d+[、.])")
_TASK_LEAD = re.compile(r"^(?:[((]?[一二三四五六七八九十\d]+[))、.]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+要|其中|同时|另外|此外|并|特别是|尤其是|首先|其次|最后|"
                        r"为此|对此|下一步|要|必须|务必|确保|力争|争取|请|还要|进一步|继续|切实|全力|大力|着力|认真)+")
_RETRO = re.compile(r"比去年|较去年|已经|已累计|累计完成|完成了|同比(?:增长|下降)[\d.]+%(?!以上|左右)")


@dataclass
class _Clause:
    span: Span
    actors: ClauseActors
    deadlines: list
    targets: list

    @property
    def signal(self) -> bool:
        return bool(self.targets) or any(d.date for d in self.deadlines)


@dataclass
class _Cand:
    clauses: list = field(default_factory=list)
    task_after_actors: bool = False
    context: list = field(default_factory=list)  # spans of earlier sentences giving the task
    extra_actors: list = field(default_factory=list)
    topic: str = ""

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
        return bool(self.clauses) and all(c.actors.actors and c.actors.role_only for c in self.clauses)

    @property
    def start(self) -> int:
        return self.clauses[0].span.start

    @property
    def end(self) -> int:
        return self.clauses[-1].span.end


def _analyse(span: Span, doc: DocDate) -> _Clause:
    return _Clause(span, find_actors(span.text), find_deadlines(span.text, doc), find_targets(span.text))


def _group(cls: list[_Clause]) -> list[_Cand]:
    out: list[_Cand] = []
    cur = _Cand()
    for c in cls:
        if c.actors.actors:
            new_roles = {a.role for a in c.actors.actors}
            if cur.clauses:
                if cur.actors:
                    # 项目签约由A牵头,项目开工由B牵头: the same role again, for another topic
                    again = bool(new_roles & cur.roles) and bool(c.actors.topic)
                    if cur.task_after_actors or again:
                        out.append(cur)
                        cur = _Cand()
                elif cur.signal:
                    out.append(cur)
                    cur = _Cand()
            cur.clauses.append(c)
            if not c.actors.role_only:
                cur.task_after_actors = True
        else:
            cur.clauses.append(c)
            if cur.actors:
                cur.task_after_actors = True
    if cur.clauses:
        out.append(cur)
    return out


def _kept(cand: _Cand, sentence: str, retro: bool = False) -> bool:
    if cand.actors:
        # a past action (区委办牵头组织召开了…) is no commitment unless it reports progress
        past = any(_PAST.search(c.span.text) for c in cand.clauses)
        return not past or any(d.date for c in cand.clauses for d in c.deadlines) \
            or find_progress(" ".join(c.span.text for c in cand.clauses)) is not None
    if retro or _RETRO_START.match(sentence):
        return False  # 过去一年,全市完成投资120亿元 … : a review, not a commitment
    modal = bool(_MODAL.search(sentence))
    for c in cand.clauses:
        retro = bool(_RETRO.search(c.span.text))
        for t in c.targets:
            if t.op == "=" and t.metric and re.search(r"任务|目标", t.metric) and not retro:
                return True
            if retro:
                continue
            if t.op in (">=", "<=", "range", "~") and (modal or _GOAL.search(sentence)):
                return True
            if t.op == "=" and modal:
                return True
        if modal and not retro and any(d.date and d.text != "全年" for d in c.deadlines) \
                and _COMPLETE.search(c.span.text) \
                and not _GENERIC_OBJ.search(c.span.text):
            return True
    return False


class SpeechBuilder:
    """Reads the commitments of one speech.

    >>> from kg.extract.segment import fold
    >>> t = fold("一、工作\\n  由张三同志牵头,区水务局负责,年内完成河道整治。各部门要加强协作。\\n")
    >>> [(c.task, [a.name for a in c.actors], c.deadline.date) for c in
    ...  SpeechBuilder(t, t, DocDate(2020)).build(0, len(t))]
    [('完成河道整治', ['张三', '区水务局'], '2020-12-31')]
    """

    def __init__(self, folded: str, original: str, doc: DocDate):
        self.t = folded
        self.orig = original
        self.doc = doc
        self.as_of: Optional[str] = None
        self.report = False
        self._newlines: Optional[list[int]] = None

    def _line(self, pos: int) -> int:
        """1-based line number of an offset (for messages)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.t)]
        return bisect.bisect_left(self._newlines, pos) + 1

    def build(self, start: int, end: int) -> list[CommitmentRecord]:
        out: list[CommitmentRecord] = []
        self.as_of = as_of_in(self.t[start:end], self.doc)
        head = [ln for ln in self.t[start:start + 400].split("\n") if ln.strip()][:3]
        self.report = any(len(ln.strip()) <= 60 and _REPORT_TITLE.search(ln) for ln in head)
        paras = list(paragraphs(self.t, start, end))
        i = 0
        while i < len(paras):
            para = paras[i]
            if "\t" in para.text or "  " in para.text or "|" in para.text:
                keys = [header_key(c) for c in split_cells(para.text)]
                if len([k for k in keys if k and k != "seq"]) >= 2:
                    i += 1
                    while i < len(paras):
                        row = split_cells(paras[i].text)
                        if len(row) < 2 or header_key(row[0]) is not None:
                            break
                        if all(re.fullmatch(r"[-:=\s]*", c) for c in row):  # a Markdown rule line
                            i += 1
                            continue
                        rec = self._row(keys, row, paras[i])
                        if rec:
                            out.append(rec)
                        i += 1
                    continue
            pieces = split_items(para.text) if LABEL.search(para.text) else []
            if len(pieces) > 1:  # several labelled items on one line
                for ps, pe in pieces:
                    piece = para.text[ps:pe]
                    lead = len(piece) - len(piece.lstrip())
                    piece = piece.strip()
                    sp = Span(piece, para.start + ps + lead, para.start + ps + lead + len(piece))
                    rec = self._labelled([sp]) if LABEL.search(piece) else None
                    if rec:
                        out.append(rec)
                    else:
                        out += self._paragraph(sp)
                i += 1
                continue
            if LABEL.search(para.text) or (i + 1 < len(paras) and LABEL.match(paras[i + 1].text)):
                item = [para]
                i += 1
                while i < len(paras) and LABEL.match(paras[i].text):
                    item.append(paras[i])
                    i += 1
                rec = self._labelled(item)
                if rec:
                    out.append(rec)
                    continue
                i -= len(item) - 1
            if self.report and _ITEM.match(para.text):
                rec = self._report_item(para)
                if rec:
                    out.append(rec)
                    i += 1
                    continue
            if not ("。" not in para.text and len(para.text) <= 30 and not re.search(r"[,;:]", para.text)):
                out += self._paragraph(para)  # (a short line without punctuation is a title)
            i += 1
        return out

    # ---- tables and labelled items ---------------------------------------
    def _fielded(self, task: str, fields: list[tuple[str, str]], spans: list[tuple[int, int]],
                 line: Optional[int] = None) -> Optional[CommitmentRecord]:
        if not task:
            return None
        actors: list[Actor] = []
        deadline = None
        targets = find_targets(task)
        progress = None
        flags: list[tuple[str, str]] = []
        for key, value in fields:
            if not value:
                continue
            if key in KEY_ROLE:
                for name, kind, role, post in cell_actors(value, key):
                    if not any(a.name == name and a.role == role for a in actors):
                        actors.append(Actor(name, kind, role, post))
            elif key == "deadline":
                found = find_deadlines(value, self.doc)
                pick = _pick_deadline(_with_finish(found, value))
                deadline = Deadline(pick.text, pick.date, pick.precision) if pick else Deadline(value, None, None)
            elif key == "target":
                targets += find_targets(value)
            elif key == "progress":
                p = find_progress(value, self.as_of, self.doc.year)
                if p and (progress is None or p.status == "behind"):
                    progress = p
            elif key in ("status", "done_flag", "percent"):
                flags.append((key, value))
        progress = _flags(progress, flags, self.as_of)
        if deadline is None:
            found = find_deadlines(task, self.doc)
            pick = _pick_deadline(_with_finish(found, task))
            deadline = Deadline(pick.text, pick.date, pick.precision) if pick else None
        evidence = tuple(Evidence(self.orig[s:e], s, e) for s, e in spans)
        return self._unfold(CommitmentRecord(
            task=task[:60], text=" ".join(e.text for e in evidence), evidence=evidence,
            actors=tuple(actors), projects=tuple(find_projects(task)), deadline=deadline,
            targets=tuple(targets), progress=progress, line=line), spans)

    def _row(self, keys: list, row: list[str], para: Span) -> Optional[CommitmentRecord]:
        if len(row) == len(keys) - 1 and keys and keys[0] == "seq":
            row = [""] + row
        cells = dict()
        for k, v in zip(keys, row):
            if k and v and k not in cells:
                cells[k] = v
        task = cells.get("task") or next((v for k, v in zip(keys, row) if k is None and v and not v.isdigit()), "")
        fields = [(k, v) for k, v in cells.items() if k not in ("task", "seq")]
        return self._fielded(task, fields, [(para.start, para.end)], line=self._line(para.start))

    def _report_item(self, para: Span) -> Optional[CommitmentRecord]:
        """In a progress report, a numbered item naming a work and its progress:
        ``(一)临港物流园项目。已完成投资5.2亿元,占年度计划的104%。``"""
        sents = list(sentences(para))
        first = sents[0].text if sents else ""
        m = _ITEM_TOPIC.match(first)
        if m:  # 1.临港物流园项目:已完成… / 1.临港物流园项目,已完成…
            topic = _topic_of(m.group("t"))
        elif len(sents) >= 2 and "," not in first:
            topic = _topic_of(first)
        else:
            return None
        progress = find_progress(para.text, self.as_of, self.doc.year)
        if not progress or not topic or len(topic) > 30:
            return None
        actors = []
        for s in sents[1:]:
            for c in clauses(s.text, s.start):
                actors += [a for a in find_actors(c.text).actors if a not in actors]
        ev = (Evidence(self.orig[para.start:para.end], para.start, para.end),)
        return self._unfold(CommitmentRecord(task=topic, text=ev[0].text, evidence=ev, actors=tuple(actors),
                                             projects=tuple(find_projects("推进" + topic)), progress=progress),
                            [(para.start, para.end)])

    def _labelled(self, item: list[Span]) -> Optional[CommitmentRecord]:
        text = "\n".join(p.text for p in item)
        task, fields = label_fields(text)
        if not fields or not any(k in KEY_ROLE or k == "deadline" for k, *_ in fields):
            return None
        pairs = [(k, v) for k, v, _, _ in fields]
        if not any(k == "progress" for k, _ in pairs):
            pairs.append(("progress", _LABELS_OUT.sub("", text)))  # 责任单位:区水务局。至今尚未开工。
        return self._fielded(task, pairs, [(p.start, p.end) for p in item],
                             line=self._line(item[0].start))

    def _paragraph(self, para: Span) -> list[CommitmentRecord]:
        done: list[tuple[_Cand, Span]] = []  # kept candidates with their sentence
        prev_sent: Optional[Span] = None
        prev_kept: list[_Cand] = []
        prev_dropped: list[_Cand] = []
        retro = bool(_RETRO_START.match(para.text))  # a paragraph reviewing the past year
        for sent in sentences(para):
            if _HEADING_SENT.match(sent.text):
                prev_sent, prev_kept, prev_dropped = sent, [], []
                continue
            cls = [_analyse(c, self.doc) for c in clauses(sent.text, sent.start)]
            cands = _group(cls)
            kept = [c for c in cands if _kept(c, _full_sentence(para, sent), retro)]
            dropped = [c for c in cands if c not in kept]
            if kept and prev_sent is not None:
                first = kept[0]
                absorbing = sent.text.startswith("其中") and all(c.actors for c in kept) and prev_kept \
                    and not any(c.actors for c in prev_kept)
                if absorbing:
                    for p in prev_kept:
                        done[:] = [(c, s) for c, s in done if c is not p]
                    for c in kept:
                        c.context.append(prev_sent)
                elif _THAT.match(first.clauses[0].span.text) and not prev_kept:
                    first.context.append(prev_sent)  # 该项目由区住建局负责 … : the project of the sentence before
                    first.topic = _topic_of(prev_sent.text)
                elif first.role_only and first.actors and first is cands[0] \
                        and not any(c.actors.topic for c in first.clauses):
                    if prev_kept and not any(c.actors for c in prev_kept):
                        # the roles of the task just stated
                        target = prev_kept[-1]
                        target.extra_actors += first.actors
                        target.context.append(Span(sent.text, sent.start, sent.end))
                        kept = kept[1:]
                    elif not prev_kept:
                        first.context.append(prev_sent)
            for c in kept:
                done.append((c, sent))
            prev_sent, prev_kept, prev_dropped = sent, kept, dropped
        return [self._record(c, s) for c, s in done]

    # ---- one record -------------------------------------------------
    def _as_written(self, piece: Optional[str], spans: list[tuple[int, int]]) -> Optional[str]:
        """``piece`` (read from the folded text) as the original text writes it."""
        if not piece:
            return piece
        for s, e in spans:
            i = self.t.find(piece, s, e)
            if i >= 0:
                return self.orig[i:i + len(piece)]
        return piece

    def _unfold(self, rec: CommitmentRecord, spans: list[tuple[int, int]]) -> CommitmentRecord:
        """Names, deadline and target texts as written (traditional script,
        full-width digits), the rules having read them folded."""
        w = lambda x: self._as_written(x, spans)  # noqa: E731
        return replace(
            rec, task=w(rec.task),
            actors=tuple(replace(a, name=w(a.name), post=w(a.post)) for a in rec.actors),
            projects=tuple(w(p) for p in rec.projects),
            deadline=replace(rec.deadline, text=w(rec.deadline.text)) if rec.deadline else None,
            targets=tuple(replace(t, metric=w(t.metric), text=w(t.text), unit=w(t.unit)) for t in rec.targets))

    def _record(self, cand: _Cand, sent: Span) -> CommitmentRecord:
        spans = [(cand.start, cand.end)] + [(s.start, s.end) for s in cand.context]
        spans.sort()
        evidence = tuple(Evidence(self.orig[s:e], s, e) for s, e in spans)
        text = " ".join(ev.text for ev in evidence)
        deadline = self._deadline(cand)
        targets = self._targets(cand)
        folded = " ".join(self.t[s:e] for s, e in spans)
        projects = tuple(find_projects(folded))
        progress = find_progress(folded, self.as_of, self.doc.year)
        return self._unfold(CommitmentRecord(
            task=self._task(cand), text=text, evidence=evidence, actors=tuple(cand.actors),
            projects=projects, deadline=deadline, targets=tuple(targets), progress=progress), spans)

    def _deadline(self, cand: _Cand) -> Optional[Deadline]:
        found: list[tuple[Found, bool]] = []
        for c in cand.clauses:
            found += _with_finish(c.deadlines, c.span.text)
        for s in cand.context:
            for d in find_deadlines(s.text, self.doc):
                found.append((d, False))
        pick = _pick_deadline(found)
        return Deadline(pick.text, pick.date, pick.precision) if pick else None

    def _targets(self, cand: _Cand) -> list[Target]:
        ts = [t for c in cand.clauses if not _RETRO.search(c.span.text) for t in c.targets]
        # bare counts (10件惠民实事) are many and loose: keep the first, and none beside real targets
        counts = [t for t in ts if t.op == "=" and t.text and t.text[0].isdigit()]
        others = [t for t in ts if t not in counts]
        if others:
            return others
        return counts[:1]

    def _task(self, cand: _Cand) -> str:
        """A short name of the task: a topic (项目签约由…牵头), the clause telling
        the actor what to do, else the first clause with content, else the
        context sentence."""
        if cand.topic:
            return cand.topic
        topic = next((c.actors.topic for c in cand.clauses if c.actors.topic), "")
        if topic and not _THAT.match(topic):
            return topic
        for c in cand.clauses:
            if c.actors.actors and not c.actors.role_only:
                t = _task_text(c.span.text)
                if len(t) >= 4:
                    return t
        for c in cand.clauses:
            if not c.actors.role_only:
                t = _task_text(c.span.text)
                if len(t) >= 4:
                    return t
        for s in cand.context:
            for c in clauses(s.text, s.start):
                if not find_actors(c.text).role_only:
                    t = _task_text(c.text)
                    if len(t) >= 4:
                        return t
        return _task_text(cand.clauses[0].span.text)


_STOP = re.compile(r"[。!?]")
_REPORT_TITLE = re.compile(r"通报|督查|督办|进展|进度|推进情况|完成情况|落实情况|情况的报告|情况报告")
_ITEM_TOPIC = re.compile(r"^(?P<t>(?:[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|[一二三四五六七八九十]+、)\s*"
                         r"[^,:;。]{2,30}?(?:项目|工程|改造|建设|提升|整治|二期|三期|一期|路|桥|园|中心|学校|医院|馆))[:,]")
_ITEM = re.compile(r"^(?:[((][一二三四五六七八九十\d]+[))]|\d+[.、.]|[一二三四五六七八九十]+、)")
_LABELS_OUT = re.compile(LABEL.pattern + r"[^。;;))]*")
_THAT = re.compile(r"^(?:该|此|这一?|上述)(?:项目|工程|任务|项工作|工作|事项)")
_STATUS_TAIL = re.compile(r"(?:进度|进展|工作)?(?:严重)?(?:滞后|缓慢|尚未|未|已|仍|推进|进展).*$")


def _topic_of(sentence: str) -> str:
    """The subject of a short report line: ``1.滨河大道改造工程进度滞后。`` → ``滨河大道改造工程``."""
    s = re.sub(r"^(?:[((]?[一二三四五六七八九十\d]+[))、.]\s*)", "", sentence).rstrip("。;,")
    s = s.split(",")[0]
    return _STATUS_TAIL.sub("", s)[:40] or s[:40]


def _flags(progress: Optional[Progress], flags: list[tuple[str, str]], as_of: Optional[str]) -> Optional[Progress]:
    """Progress from table columns: 是否达序 是/否, 是否完成 是/否, 完成比例 64%."""
    status = progress.status if progress else None
    percent = progress.percent if progress else None
    text = progress.text if progress else None
    for key, value in flags:
        v = value.strip()
        if key == "percent":
            m = re.search(r"(\d+(?:\.\d+)?)\s*%?", v)
            if m:
                percent = float(m.group(1))
                if status is None:
                    status = "done" if percent >= 100 else "on_track"
        elif v in ("否", "未达序", "滞后", "未完成") or v.startswith(("否", "滞后", "未")):
            status = "behind"
        elif v in ("是", "达序", "已完成", "完成", "正常") or v.startswith(("是", "已")):
            if status != "behind":
                status = "done" if key == "done_flag" or "完成" in v else "on_track"
        text = text or v
    if status is None:
        return progress
    return Progress(status, percent, progress.as_of if progress else as_of, text)


def _with_finish(found: list[Found], text: str) -> list[tuple[Found, bool]]:
    """Each deadline with whether a finishing verb follows it before the next
    deadline or the next 、,; (``6月底前开工、12月底前完工``: only 12月)."""
    out = []
    for i, d in enumerate(found):
        stop = found[i + 1].start if i + 1 < len(found) else len(text)
        window = re.split(r"[、,;。]", text[d.end:min(stop, d.end + 12)])[0]
        out.append((d, bool(_FINISH.search(window))))
    return out


def _pick_deadline(found: list[tuple[Found, bool]]) -> Optional[Found]:
    """The latest dated one before a finishing verb, else the first dated one, else the first."""
    if not found:
        return None
    finishing = [d for d, fin in found if d.date and fin]
    if finishing:  # 3月底前完成方案,年底前完工: the task ends with the last one
        return max(finishing, key=lambda d: d.date)
    return next((d for d, _ in found if d.date), None) or found[0][0]


def _full_sentence(para: Span, seg: Span) -> str:
    """The 。-sentence around a segment (segments are also cut at ; and :)."""
    s = seg.start - para.start
    e = seg.end - para.start
    i = max(para.text.rfind(ch, 0, s) for ch in "。!?") + 1
    m = _STOP.search(para.text, max(s, e - 1))
    return para.text[i:m.end() if m else len(para.text)]


_ROLE_PREFIX = re.compile(r"^.*?(?:牵好头|牵头|负责|协助[^,]*?|配合|要|必须|务必)(?=.)")
_TIME_LEAD = re.compile(r"^(?:近期|远期|即|在|到|于)*(?:(?:19|20)\d\d年)?(?:这个月底|本月底|月底|年底|年内|今年|明年|年末|全年|上半年|下半年|"
                        r"[一二三四1-4]季度末?|\d{1,2}月(?:\d{1,2}日)?(?:底|末|份)?)?(?:前|之前|以前|内)?(?:,)?")
_TASK_TRIM = re.compile(r"^(?:具体|抓好|做好|切实|加紧|加快|及早|尽快|全力|进一步|继续|要|仍要|拿出|认真)+")


def _task_text(clause: str) -> str:
    """A short task phrase from a clause: actors, modal verbs and lead-ins removed."""
    s = _TASK_LEAD.sub("", clause)
    acts = find_actors(s)
    if acts.actors:
        m = _ROLE_PREFIX.match(s)
        if m and len(s) - m.end() >= 2:
            s = s[m.end():]
    s = _TASK_TRIM.sub("", s)
    s = _TIME_LEAD.sub("", s)
    s = _TASK_TRIM.sub("", s).lstrip("的,")
    return s[:40]
