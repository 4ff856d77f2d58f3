"""Tallies of supervision and progress news: works counted with their share done, and a
set's total beside the count done (rx12).

A progress notice of livelihood works often lists each work as a count with its share,
several to a sentence, and dates a group of them at once::

    3个社区食堂建设已完成2个(67%),东湖污水管网工程正在施工中(80%),这2项力争10月底前全部建成

→ one commitment per work: the count its target (3个), the share its progress (on track,
67), the group's date its deadline.  A share of 100% or more is done.

An inspection's news counts a set and, in the same sentence or the next, how many of it
are done::

    督导组共发现问题16处,已整改9处,其余正在整改中。
    2024年全区20项民生实事中,截至9月底已完成12项。

→ the set (问题, 民生实事) with its count as the target, on track (done when all are).
A count already read as a report's aggregate is left to that reader; a count that is
itself a status (已办理案件共33件) is no total.
"""
from __future__ import annotations

import re
from ..lazyre import lazy
from typing import Optional

from kg.model import Deadline, Progress, Target

from ..deadlines import find_deadlines, terms_apart
from ..naming import tidy_task
from ..progress import find_progress
from ..segment import Span, sentences
from .counts import record

#: measure words of works counted in progress notices
_U = r"个|条|场|件|座|所|处|户|家|项|套|公里|千米|米|人|名|辆|台|间|张|亩|平方米|栋|盏|口|次|批|宗"
_PCT = r"[((](?P<p>\d+(?:\.\d+)?)%[))]"
#: 3个社区食堂建设已完成2个(67%) / 1200件法律援助已完成950件(79%) / 为老人体检已完成380人(76%)
_W = r"(?P<w>(?:[^,,;;()()%]|[((][^()()%]{1,12}[))]){2,60}?)"
_SHARE = lazy(r"^(?:其中[,,]?)?(?:(?P<n>\d+)(?P<u>" + _U + r"))?" + _W +
                    r"(?:已|累计)(?:完成|建成|送|实施|开工|办结|整改|治理|改造|帮扶|发放)?了?(?P<m>\d+)(?:" + _U + r")?"
                    + _PCT + r"$")
#: 城南污水管网工程正在施工中(80%)
_UNDERWAY = lazy(r"^(?:其中[,,]?)?(?:(?P<n>\d+)(?P<u>" + _U + r"))?" + _W + r"正在(?:施工|建设|实施|推进|办理)中?" + _PCT + r"$")
#: 这2项力争10月底前全部建成 / 以上3项计划年底前完成 / 确保11月底前全部完工
_GROUP_DUE = lazy(r"^(?:这|以上|上述)?(?:\d+|[两二三四五六七八九十]+)?项?(?:均)?(?:预计|计划|力争|确保|将)(?:于|在)?"
                        r"(?P<d>[^,,;;。]{2,16}?)(?:全部|均)?(?:完成|完工|建成)")
#: where a share clause ends: a comma, a semicolon, or 、 / nothing after a share's bracket
_CUT = lazy(r"[,,;;]|(?<=%[))])、|(?<=%[))])(?=这|以上|上述|预计)")
_WORK_TAIL = lazy(r"(?:建设|治理|改造|工程|工作|任务)$")


def share_sentence(b, para: Span, sent: Span) -> Optional[list]:
    """The works of a sentence of shares (two at least, or one with a group date); None otherwise."""
    if "%" not in sent.text:
        return None
    works = _share_works(b, sent)
    if len(works) < 2 and not (works and works[0]["due"]):
        return None
    from .supervision import report_as_of
    as_of = report_as_of(b, para.text)
    out = [_share_record(b, w, as_of) for w in works]
    b.out.extend(out)
    return out


def _pieces(text: str) -> list[tuple[int, str]]:
    """The clauses of a sentence of shares, ``(offset, text)``."""
    pieces, pos = [], 0
    for m in _CUT.finditer(text + ","):
        pieces.append((pos, text[pos:m.start()].rstrip("。 ")))
        pos = m.end()
    return pieces


def _share_works(b, sent: Span) -> list[dict]:
    """The share clauses of ``sent``, each with the date of the group that follows it."""
    works: list[dict] = []
    for off, piece in _pieces(sent.text):
        g = _GROUP_DUE.match(piece.strip())
        if g and works:
            due = _due(b, g.group("d"))
            for w in works:
                w["due"] = w["due"] or due
            continue
        m = _SHARE.match(piece) or _UNDERWAY.match(piece)
        if m:
            works.append({"m": m, "span": (sent.start + off, sent.start + off + len(piece)), "due": None})
    return works


def _share_record(b, w: dict, as_of):
    """One work of a share clause: its count the target, its share the progress (done at 100%)."""
    from .supervision import record
    m = w["m"]
    work = m.group("w").strip()
    pct = float(m.group("p"))
    n = m.groupdict().get("n")
    done = pct >= 100 or bool(n and m.groupdict().get("m") and int(m.group("m")) >= int(n))
    targets = [Target(_WORK_TAIL.sub("", work) or work, "=", float(n), m.group("u"), m.group(0))] if n else []
    return record(b, work, [w["span"]], targets=targets, deadline=w["due"],
                  progress=Progress("done" if done else "on_track", pct, as_of, m.group(0)))


def _due(b, text: str) -> Optional[Deadline]:
    found = [f for f in find_deadlines(text, b.doc) if f.date]
    return Deadline(found[0].text, found[0].date, found[0].precision) if found else None


# ---- a set's total and the count done ------------------------------------------------------
#: 共发现问题16处 / 共需测评28项 / 累计交办…共85件群众信访案件 / 20项民生实事中
_TOTAL = lazy(r"(?:共计|共有|共需|合计|总计|累计[\u4e00-\u9fff]{0,20}?共|共)(?P<verb>发现|排查出?|查出|交办|转办|受理|梳理出?)?"
                    r"(?P<before>[\u4e00-\u9fff]{0,12}?)(?P<n>\d+)(?P<u>件|项|个|处|条|家|户)(?P<after>[\u4e00-\u9fff“”]{0,12})"
                    r"|(?P<n2>\d+)(?P<u2>件|项|个|处|条)(?P<after2>[\u4e00-\u9fff“”]{2,12}?)中(?!心|央|国|期|旬|学|小)")
#: the count done of the same measure word: 已整改9处 / 已办结17件 / 已完成25项
_DONE = r"(?:已|累计)(?:办理)?(?:整改|完成|办结|销号|化解|处置|解决)(?:整改)?(?P<m>\d+){u}"
_NAME_END = lazy(r"[的和及与、,,。]|其中|列为|涉及|已|截至")
_NOT_TOTAL = lazy(r"已[\u4e00-\u9fff]{0,6}$")


def tally_sentence(b, para: Span, sent: Span) -> Optional[list]:
    """A set's total in ``sent`` with the count done in it or in the next sentence; None otherwise."""
    text = sent.text
    m = _TOTAL.search(text) if ("共" in text or "中" in text) else None
    if not m or _NOT_TOTAL.search(text[max(0, m.start() - 8):m.start()]):
        return None
    n = int(m.group("n") or m.group("n2"))
    u = m.group("u") or m.group("u2")
    d, rest = _count_done(b, sent, text[m.end():], u)
    if d is None or n < 2:
        return None
    from .supervision import in_report, record, report_as_of, state
    if any(k[0] == n for k in state(b).aggregates) or (m.group("n2") and in_report(b)):
        return None  # counted again after a report's aggregate, or a report's set with 中: the report's items tell it
    name = _name(text, m)
    if not name:
        return None
    status = "done" if int(d.group("m")) >= n else "on_track"
    rec = record(b, name, [(sent.start, sent.start + m.end())], targets=[Target(name, "=", float(n), u, m.group(0))],
                 progress=Progress(status, None, report_as_of(b, rest[:d.end()]), rest[:d.end()].strip(",,")))
    b.out.append(rec)
    return [rec]


def _count_done(b, sent: Span, rest: str, u: str):
    """The count done of measure word ``u``: in ``rest`` (the sentence after the total), else in one
    of the next sentences before another total; ``(match, the text it is in)``."""
    done = re.compile(_DONE.format(u=u))
    d = done.search(rest)
    if d is not None:
        return d, rest
    for nxt in _next_sentences(b, sent):
        d = done.search(nxt)
        if d or _TOTAL.search(nxt):
            return d, nxt
    return None, rest


def _next_sentences(b, sent: Span) -> list[str]:
    """The (up to three) sentences after ``sent``, in its paragraph or opening the next one."""
    after = b.t[sent.end:sent.end + 300].lstrip("。;; \n")
    return [x for x in re.split(r"(?<=[。;;])", after) if x.strip()][:3]


#: what is to be done to the things counted, before their name: (共需)征收X / 测评 / 整改
_VERB_OFF = lazy(r"^(?:征收|拆除|改造|整治|整改|测评|办理|完成|新建|建设|安置|搬迁)")


def _name(text: str, m: re.Match) -> str:
    """What the total counts: the words after the count (…85件群众信访案件), else those before
    it back to the clause (民生实事项目(涉及…)共需测评28项, 发现问题16处)."""
    after = m.group("after2") or m.group("after") or ""
    cut = _NAME_END.search(after)
    after = after[:cut.start()] if cut else after
    if len(after) >= 2:
        return after.strip("“”")
    before = _VERB_OFF.sub("", m.group("before") or "")  # (共需征收棚户区居民房屋472户 / 共需测评28项)
    if len(before) >= 2:
        return before
    head = re.split(r"[,,;;。:]", text[:m.start()])[-1]
    head = re.sub(r"[((][^()()]*[))]", "", head)
    head = re.sub(r"(?:据了解|目前|今年|其中)", "", head)
    head = re.sub(r"^[\u4e00-\u9fff]{0,6}?(?:列入|纳入)本次[\u4e00-\u9fff]{0,8}?的(?=[\u4e00-\u9fff]{2})", "", head)  # (as rx24: the set, not where it is listed)
    words = re.search(r"([\u4e00-\u9fff]{2,10})$", head)
    return re.sub(r"^年度?", "", words.group(1)) if words else ""


#: a unit's role label on the line: 牵头单位: / 责任单位:
_ROLE_LABELLED = lazy(r"(?:牵头|责任|承办|主办)单位[::]|践诺情况[::]")


def read(b, paras: list[Span], i: int) -> Optional[int]:
    """Sentences of shares or of a total and its count done outside a report (a report's
    paragraphs get them through the supervision reader); the rest to the prose rules."""
    para = paras[i]
    t = para.text
    if not (re.search(r"%[))]|目标", t) or (("共" in t or "中" in t) and _TOTAL.search(t))
            or (("问题" in t or "隐患" in t or "整改" in t) and _PROBLEMS.search(t))):
        return None
    if _ROLE_LABELLED.search(t):
        return None  # 2.新增X3000个。已完成2650个,占年度任务的88.3%。牵头单位:Y: a labelled item's (rx28)
    from .supervision import sentence_records

    parts = {"on": False}

    def make(b, sent):
        if terms_apart(sent.text, b.doc):
            return None  # (…28个问题的整改,确保2025年底前A,2026年底前B: dated steps, the prose rules', rx50)
        n0 = len(b.out)
        got = share_sentence(b, para, sent) or tally_sentence(b, para, sent) or problem_count(b, para, sent) \
            or against_target(b, para, sent) or part_told(b, sent, parts)
        if not got:
            return None
        recs = b.out[n0:]
        del b.out[n0:]
        return recs
    return i + 1 if sentence_records(b, para, make) else None


#: the works of a set told one by one after its count: 其中:A已于3月20日完工,已销号;B…,已逾期;C…,尚未开工 (rx38)
_PARTS = lazy(r"^\s*其中[::]\s*")
#: where a part's status begins: its first clause telling what was done, is going or held it back
_PART_STATUS = lazy(r"(?:已|目前|正在|尚未|因|仍|原定)")


def part_told(b, sent: Span, parts: dict) -> Optional[list]:
    """One work of a set told after its count (其中:A…,已销号;B…,已逾期;…; each piece a sentence of its own, up to
    the full stop): a commitment with the piece's status; None where the piece tells none."""
    m = _PARTS.match(sent.text)
    if m:
        parts["on"] = True
    if not parts["on"]:
        return None
    parts["on"] = not sent.text.rstrip().endswith("。")
    at = m.end() if m else len(sent.text) - len(sent.text.lstrip())
    text = sent.text[at:].strip(" ;;。")
    p = find_progress(text, b.as_of, b.doc.year) if len(text) >= 6 else None
    if p is None:
        return None
    cut = _PART_STATUS.search(text, 4)
    name = tidy_task(text[:cut.start()].strip(" ,,")) if cut else ""
    start = sent.start + sent.text.find(text)
    due = next((f for f in find_deadlines(text, b.doc) if f.date and f.text.endswith("前")), None)  # (原定3月25日前完工)
    rec = record(b, name or tidy_task(text), [(start, start + len(text))], progress=p,
                 deadline=Deadline(due.text, due.date, due.precision) if due else None)
    b.out.append(rec)
    return [rec]


# ---- the works a report lists as done ---------------------------------------------------------
#: 其中3项已完成,分别是: / 已完成子项目4个,分别是 / 已全部完成的2项分别为:
_DONE_LEAD = lazy(r"(?:(?:\d+|[两二三四五六七八九十]+)(?:项|个|件)(?:子项目|项目|事项)?已(?:全部|提前)?完成|"
                        r"已(?:全部|提前)?完成(?:的)?(?:子项目|项目|事项)?(?:\d+|[两二三四五六七八九十]+)(?:项|个|件))"
                        r"[,,]?分别(?:是|为)[::]?")
#: an item's own number in the list: (第五项)
_ITEM_NO = lazy(r"[((]第[\d一二三四五六七八九十]+项[))]$")
_ITEM_DONE = lazy(r"已(?:初步|全部|基本)?(?:竣工|完工|完成|建成|投入使用|投用|交付|通过验收)$")


def done_items(b, para: Span, sent: Span) -> Optional[list]:
    """``其中3项已完成,分别是:A(第一项)、B(第三项)、C(第六项)`` / ``已完成子项目3个,分别是A已竣工,
    B已投入使用`` → one done commitment per work listed (the list in the sentence or the one after
    its colon); an item that says no completion of its own in a list of statuses is not read."""
    text = sent.text.rstrip("。;; ")
    if "分别" not in b.t[max(para.start, sent.start - 12):sent.end]:
        return None
    m = _DONE_LEAD.search(text)
    if m:
        body_at = m.end()
    else:
        before = b.t[max(para.start, sent.start - 40):sent.start]
        if not re.search(_DONE_LEAD.pattern + r"$", before.rstrip()):
            return None
        body_at = 0
    body = text[body_at:]
    sep = "、" if "、" in body and _ITEM_NO.search(re.split(r"、", body)[0]) else ","
    items = [x for x in re.split(r"[,,]" if sep == "," else "、", body)]
    from .supervision import record, report_as_of
    as_of = report_as_of(b, para.text)
    out, pos = [], body_at
    for item in items:
        k = text.find(item, pos)
        pos = k + len(item)
        name = _ITEM_NO.sub("", item.strip())
        st = _ITEM_DONE.search(name)
        if sep == "," and not st:
            continue  # 其余子项目正在加紧施工: not one of the works done
        name = name[:st.start()] if st else name
        name = re.sub(r"^(?:分别是|分别为|其中)", "", name)
        if not 3 <= len(name) <= 40:
            continue
        out.append(record(b, name, [(sent.start + k, sent.start + k + len(item))],
                          progress=Progress("done", None, as_of, item)))
    if len(out) < 2:
        return None
    if m and m.start() > 0:  # 全区兴办12件实事,其中已完成7个,分别是…: the set before the list, as the report reads it
        from .supervision import _aggregates
        cut = sent.start + text.rfind("分别", 0, m.end())
        _aggregates(b, para, Span(b.t[sent.start:cut], sent.start, cut))
    b.out.extend(out)
    return out


# ---- a count of problems to rectify, without a status -------------------------------------------
#: 反馈了3个方面21个问题 / 督导中发现占道问题9处 / 查出问题12个 / 整改任务确定为15项
_PROBLEMS = lazy(r"(?:反馈|指出|发现|查出|排查出?|梳理出?|(?<=共)反映)了?(?P<pre>[^,,。;;]{0,12}?)"
                       r"(?:(?<!第)(?P<n>\d+)(?P<u>个|项|条|处)(?:具体)?(?P<w>问题|隐患)|(?P<w2>问题|隐患)(?:\d+(?:类|方面))?(?P<n2>\d+)(?P<u2>个|项|条|处))"
                       r"|整改(?P<w3>任务|事项|措施)(?:明确|细化|分解|确定)为(?P<n3>\d+)(?P<u3>项|条|个)"
                       # 针对…问题确定了12项整改措施 / 制定整改措施30条 (rx17)
                       r"|(?:确定|制定|研究制定|明确|提出)了?(?:(?P<n4>\d+)(?P<u4>项|条)(?:具体)?整改(?P<w4>措施|任务|事项)"
                       r"|整改(?P<w5>措施|任务|事项)(?P<n5>\d+)(?P<u5>项|条))")


#: how many of them are done, after the count: 目前已有21项完成阶段性整改 / 其中18个已整改到位
_DONE_OF = lazy(r"(?:已有|其中)(?P<d>\d+)(?:项|个|条|处)(?:已)?(?:完成|整改|办结|销号)")


def _problems_counted(m: re.Match) -> tuple[int, str, str]:
    """The count, unit and word of a match of :data:`_PROBLEMS`, whichever of its shapes matched."""
    first = lambda *names: next((m.group(x) for x in names if m.group(x)), None)  # noqa: E731
    n = int(first("n", "n2", "n3", "n4", "n5"))
    w = first("w", "w2") or "整改" + first("w3", "w4", "w5")
    return n, first("u", "u2", "u3", "u4", "u5"), w


#: who fed the problems back, right before 反馈: 巡察反馈问题5个 / 审计反馈的问题
_SOURCE = lazy(r"(?:^|(?<=[,,]))(?P<s>巡察|巡视|督察|审计|督查|环保督察)(?:组)?$")
#: all the problems counted put right, in the clause after the count: ,已全部整改到位 / ,均已整改完毕 (rx27)
_ALL_PUT_RIGHT = lazy(r"[,,]\s*(?:目前|现)?(?:已全部|均已|已全面|全部已|已经全部)(?:整改到位|整改完成|整改完毕|完成整改|销号|办结)(?=[。;;]|$)")


def _put_right_by(b, text: str, at: int) -> Optional[Deadline]:
    """The term after a count of problems by which they are to be put right: …,确保4月底前全部整改到位 (rx28)."""
    m = _RIGHT_BY.search(text, at)
    fd = [f for f in find_deadlines(m.group(0), b.doc) if f.date] if m else []
    return Deadline(fd[-1].text, fd[-1].date, fd[-1].precision) if fd else None


#: a term and the putting right after it: 确保4月底前全部整改到位 / 于6月30日前整改完毕
_RIGHT_BY = lazy(r"(?:确保|要|必须|务必|限期|力争|于|在)[^,,。;;]{0,4}?[^,,。;;]{2,14}?前(?:全部|全面)?(?:整改到位|整改完毕|完成整改|整改销号|销号)")


def _problems_progress(b, text: str, at: int, n: int) -> tuple[Optional[Progress], int, Optional[Deadline]]:
    """How far a count of ``n`` problems is, told after it at ``at``: (progress, where the evidence ends, the term)."""
    done = _DONE_OF.search(text, at)
    progress = None
    if done and 0 < int(done.group("d")) <= n:  # 目前已有21项完成阶段性整改 (rx24)
        d = int(done.group("d"))
        progress = Progress("done" if d == n else "on_track", round(100 * d / n, 1), b.as_of, done.group(0))
    whole = None if done else _ALL_PUT_RIGHT.match(text, at)
    if whole:  # 巡察反馈问题5个,已全部整改到位: all of them (rx27)
        progress = Progress("done", None, b.as_of, whole.group(0).strip(",,"))
    end = done.end() if done else (whole.end() if whole else at)
    due = None if (done or whole) else _put_right_by(b, text, at)
    if due:  # 对排查出的43处隐患点,…确保4月底前全部整改到位: the term they are put right by (rx28)
        end = len(text.rstrip("。;;"))
    return progress, end, due


def problem_count(b, para: Span, sent: Span) -> Optional[list]:
    """A count of problems found or fed back for rectification, with no count done beside it
    (``巡察组…反馈了3个方面21个问题``): the problems' rectification, the count its target.
    Only where the paragraph, or what follows it, speaks of rectification (整改)."""
    text = sent.text
    m = _PROBLEMS.search(text) if ("问题" in text or "隐患" in text or "整改" in text) else None
    if not m or re.search(r"已(?:整改|完成|办结|销号)\d", text):
        return None
    if "整改" not in b.t[para.start:para.end + 200]:
        return None
    n, u, w = _problems_counted(m)
    if n < 2 or _counted_later(b.t[sent.end:sent.end + 600], n, u):
        return None  # (…指出12个问题。…截至目前,12个问题已整改到位10个: the later count is the set's, rx32)
    from .supervision import record
    task = w if w.startswith("整改") else w + "整改"
    src = _SOURCE.search(text, 0, m.start()) if m.group(0).startswith("反馈") and not m.group("pre") else None
    task = src.group("s") + "反馈" + task if src else task  # 巡察反馈问题5个 → 巡察反馈问题整改 (rx27)
    progress, end, due = _problems_progress(b, text, m.end(), n)
    rec = record(b, task, [(sent.start, sent.start + end)], targets=[Target(w, "=", float(n), u, m.group(0))],
                 progress=progress, deadline=due)
    b.out.append(rec)
    return [rec]


def _counted_later(rest: str, n: float, u: str) -> bool:
    """The same count of problems told again soon after with how many are put right (rx32)."""
    return bool(re.search(r"(?<![\d.])" + re.escape(f"{n:g}") + re.escape(u) + r"[^。;;]{0,12}?(?:已|均已)?(?:整改|完成|办结|销号)",
                          rest))


# ---- a count done against the year's target in brackets ---------------------------------------
#: 已新增公租房配租86户(全年目标任务为70户) / 累计培训农民800人(全年目标1000人)
_AGAINST = lazy(r"(?:已|累计)(?:新增|完成|建成|改造|发放|培训|帮扶|实现|新建)?(?P<w>[\u4e00-\u9fff]{2,16}?(?:[((][\u4e00-\u9fff]{1,8}[))])?)"
                      r"(?P<m>\d+(?:\.\d+)?)(?P<u>" + _U + r")[((](?:年度|全年|今年)?目标(?:任务)?(?:为|是)?"
                      r"(?P<n>\d+(?:\.\d+)?)(?P=u)[))]")


def against_target(b, para: Span, sent: Span) -> Optional[list]:
    """``截至6月,已新增公租房配租86户(全年目标任务为70户),…``: the work with the year's
    target from the brackets, done when the count reaches it (else on track); the sentence's
    other clauses go to the prose rules."""
    m = _AGAINST.search(sent.text) if "目标" in sent.text else None
    if not m:
        return None
    from .supervision import record, report_as_of
    work = re.sub(r"[((][^()()]*[))]", "", m.group("w"))
    n, k = float(m.group("n")), float(m.group("m"))
    s = sent.start + m.start()
    rec = record(b, work, [(s, sent.start + m.end())], targets=[Target(work, "=", n, m.group("u"), m.group(0))],
                 progress=Progress("done" if k >= n else "on_track", None, report_as_of(b, sent.text), m.group(0)))
    out = []
    head = sent.text[:m.start()].rstrip(",,已累计")
    if re.search(r"[\u4e00-\u9fff]{4}", re.sub(r"^(?:截至|截止)[^,,]{0,12}[,,]?", "", head)):
        out += b._paragraph(Span(b.t[sent.start:sent.start + len(head)], sent.start, sent.start + len(head)))
    out.append(rec)
    tail = sent.start + m.end()
    if re.search(r"[\u4e00-\u9fff]{4}", b.t[tail:sent.end]):
        cut = tail + len(b.t[tail:sent.end]) - len(b.t[tail:sent.end].lstrip(",,"))
        out += b._paragraph(Span(b.t[cut:sent.end], cut, sent.end))
    b.out.extend(out)
    return out
