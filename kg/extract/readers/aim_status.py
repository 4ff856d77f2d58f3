"""A report of works each told by its aim, then how it stands, labelled (rx41)::

    任务目标:对全县80个老旧小区的供水管网进行改造。 进展情况:截至12月底,已全部完工。
    任务目标:新建乡镇公厕30座。提升改造城区道路20条。 进展情况:公厕已建成32座,道路改造已完成。

→ one commitment per sentence of an aim (a numbered or several-sentence aim holds several works), its figures its
targets, the status its progress label tells (the whole block's words, the strongest first).  The labels may run
together on one line, as a page flattened by its copier leaves them, or stand each on its own line.
"""
from __future__ import annotations

from typing import Optional

from ..lazyre import lazy
from ..vocab import ENUM
from ..naming import task_text, tidy_task
from ..progress import find_progress
from ..targets import find_targets
from .supervision import record, report_as_of

#: the labels: an aim, how it stands
_LABEL = lazy(r"(?P<k>任务目标|目标任务|建设目标|工作目标|承诺目标|实事内容)[::]|(?P<p>进展情况|完成情况|推进情况|落实情况|目前进度|进度情况|工作进展)[::]")
#: a work's heading between the labelled blocks: 一、中小学校安全建设项目 / (二)公共文化设施建设 (rx43)
_HEADING = lazy(r"^\s*(?:" + ENUM + r")\s*(?P<h>[^,,。;;::]{2,30})\s*$")
#: a sentence of an aim
_SENT = lazy(r"[^。;;!!]+")


def _blocks(paras, i) -> tuple[int, list]:
    """The paragraphs from ``i`` on made of labelled pieces: ``(after, [(kind, start, end)])`` in text offsets."""
    j, pieces = i, []
    head = _HEADING.match(paras[i - 1].text) if i else None
    while j < len(paras):
        text = paras[j].text
        found = list(_LABEL.finditer(text))
        if not found and pieces and _HEADING.match(text) and j + 1 < len(paras) and _LABEL.match(paras[j + 1].text.strip()):
            head = _HEADING.match(text)  # (一、X项目 ⏎ 目标任务:… ⏎ 目前进度:…: the next work's heading, rx43)
            j += 1
            continue
        if not found or text[:found[0].start()].strip():
            break
        for k, m in enumerate(found):
            end = found[k + 1].start() if k + 1 < len(found) else len(text)
            pieces.append(("aim" if m.group("k") else "status", paras[j].start + m.end(), paras[j].start + end,
                           head.group("h") if head else None))
        j += 1
    return j, pieces


def _aims_in_text(b) -> int:
    """How many lines of the text open with the label of an aim."""
    n = b.__dict__.get("_aims_in_text")
    if n is None:
        n = b.__dict__["_aims_in_text"] = sum(1 for m in _LABEL.finditer(b.t) if m.group("k") and (m.start() == 0 or b.t[m.start() - 1] == "\n"))
    return n


def read(b, paras, i) -> Optional[int]:
    """Labelled aims each followed by how it stands (two aims at least): one commitment per sentence of an aim; else
    None."""
    j, pieces = _blocks(paras, i)
    aims = sum(1 for p in pieces if p[0] == "aim")
    if aims < 1 or (aims < 2 and _aims_in_text(b) < 2) or not any(p[0] == "status" for p in pieces):
        return None  # (one aim in a run is read where the text labels two at least: 一、X ⏎ 目标任务:… ⏎ 目前进度:…, rx43)
    for n, (kind, s, e, head) in enumerate(pieces):
        if kind != "aim":
            _works_told(b, s, e)
            continue
        told = next((p for p in pieces[n + 1:n + 2] if p[0] == "status"), None)
        said = b.t[told[1]:told[2]] if told else ""
        progress = find_progress(said, report_as_of(b, said), b.doc.year) if said else None
        sents = [m for m in _SENT.finditer(b.t, s, e) if len(m.group().strip()) >= 4]
        for m in sents:
            sent = m.group().strip()
            at = m.start() + len(m.group()) - len(m.group().lstrip())
            task = head if head and len(sents) == 1 else tidy_task(task_text(sent)) or sent  # (the work's heading names it)
            b.out.append(record(b, task, [(at, at + len(sent))], targets=find_targets(sent), progress=progress))
    return j


def _works_told(b, s: int, e: int) -> None:
    """The sentences of a status piece that each open with a named work and how it stands (目前进度:甲镇文化站已基本完成
    建设任务。乙镇文化站主体完工。): one commitment each, read as news of works are (:mod:`.work_news`; rx43)."""
    from ..segment import Span
    from .work_news import told_work
    for m in _SENT.finditer(b.t, s, e):
        lead = len(m.group()) - len(m.group().lstrip())
        rec = told_work(b, Span(m.group().strip(), m.start() + lead, m.start() + lead + len(m.group().strip())))
        b.out.extend([rec] if rec else [])
