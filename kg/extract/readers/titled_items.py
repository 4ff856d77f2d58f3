"""An item opened by the name of its work, then how it stands and what is asked of it (rx30)::

    对4项滞后任务,副县长逐项提出要求:
    ——东岗殡仪馆迁建项目。因选址调整,项目至今仍未启动。县民政局要在12月10日前完成新址用地预审,力争年底前开工建设。

→ the orders read in the item keep their own commitments; one whose name is only its step (开工建设) is named
by the item's work with it (东岗殡仪馆迁建项目开工建设); one with no status of its own takes the one the item
tells before it (not started), else the one the lead-in gives the items (对4项滞后任务: behind).  A status sentence
read as a commitment of its own (项目至今仍未启动) is no commitment.  An item is a line opened by a dash, a
number or a bullet, then a name of a work (…工程 / …项目 / …一期) and 。.

Paragraphs under a line of a status alone (已经完成的—— / 进度滞后的——) take that status (:func:`headed`), up to a
paragraph that tells none.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Progress

from ..lazyre import lazy
from ..progress import find_progress, section_status
from ..segment import merged, opens_within
from ..vocab import IS_NO, ITEM_NO, MODAL_RX, WORK_END_RX

#: an item opened by its work's name: ——X项目。 / (二)X工程。 / 3.X一期。
_TITLED = lazy(r"^\s*(?:——|—|-|" + ITEM_NO + r")\s*(?P<t>[^。,,;;::]{3,24}?)。")
#: a lead-in giving the items below their status: 对4项滞后任务,…: / 进度滞后的项目:
_LEAD_STATUS = lazy(r"(?:对|以下|下列)?(?P<h>[\d一二三四五六七八九十]+项[\u4e00-\u9fff]{0,6}?(?:滞后|缓慢|未启动|未开工)[\u4e00-\u9fff]{0,4}?(?:任务|项目|事项))")
#: a task that names only a step, no work: 开工建设 / 完成 / 交付使用 / 全面完工
_STEP_ONLY = lazy(r"^(?:全面|全部|按期)?(?:开工建设|开工|完工|竣工|建成|交付使用|投入使用|通车|完成|启动)$")


def _item_status(text: str, as_of, year):
    """The status the item tells in a sentence that asks nothing."""
    for sent in re.split(r"(?<=[。;;])", text):
        if sent.strip() and not MODAL_RX.search(sent):
            p = find_progress(sent, as_of, year)
            if p and p.status:
                return p
    return None


#: a line heading the paragraphs below by their status: 已经完成的—— / 进度滞后的—— / 按序时推进的:
_STATUS_DASH = lazy(r"^\s*(?P<h>[\u4e00-\u9fff]{2,10}?)的?\s*(?:——|—|:|:)\s*$")


def headed(out: list, paras: list, as_of) -> list:
    """``out`` with the records of the paragraphs under a status line (已经完成的—— ⏎ …) given its status (its
    own where it tells behind or not started under a heading of work done or going on) (rx30)."""
    status = None
    for para in paras:
        m = _STATUS_DASH.match(para.text)
        if m:
            status = section_status(m.group("h"))
            continue
        if not status or find_progress(para.text, as_of, None) is None:
            status = None  # (a paragraph telling no status ends the heading's items)
            continue
        for k, r in enumerate(out):
            if opens_within(r, para) and not (r.progress and r.progress.status in ("behind", "not_started")
                                         and status in ("done", "on_track")):
                p = r.progress
                out[k] = replace(r, progress=replace(p, status=status) if p else Progress(status, None, as_of, para.text.strip()[:40]))
    return out


#: a top heading counting works by how they stand: 一、当年完成的48件实事 / 二、跨年度实施的2件实事 (rx52)
_COUNTED_HEAD = lazy(r"^\s*[一二三四五六七八九十]{1,3}、\s*(?P<h>(?:当年|今年|年内|已经?|全年)?(?:完成|办结|建成|兑现)|"
                     r"(?:正在|跨年度?|跨年|在建|续建)[\u4e00-\u9fff]{0,4}?)的\s*\d+\s*(?:件|项|个)[\u4e00-\u9fff]{0,8}\s*$")
_TOP_HEAD = lazy(r"^\s*[一二三四五六七八九十]{1,3}、")


def counted_heads(b, out: list, paras: list) -> list:
    """``out`` with the records under a top heading counting works done or going on (一、当年完成的48件实事 ⏎ (一)…
    ⏎ 一是…;二是…) given that status, up to the next top heading, and a record for each item (一是…) no rule read;
    a record telling a lag keeps its own (rx52)."""
    spans = []
    for k, para in enumerate(paras):
        m = _COUNTED_HEAD.match(para.text)
        if m:
            end = next((p.start for p in paras[k + 1:] if _TOP_HEAD.match(p.text)), None)
            spans.append((para.end, end, "done" if re.search(r"完成|办结|建成|兑现", m.group("h")) else "on_track"))
    if not spans:
        return out
    out = out + _items_unread(b, out, paras, spans)
    for k, r in enumerate(out):
        at = r.evidence[0].start if r.evidence else None
        hit = next((st for s, e, st in spans if at is not None and s <= at and (e is None or at < e)), None)
        if hit and not (r.progress and r.progress.status):
            out[k] = replace(r, progress=Progress(hit, r.progress.percent if r.progress else None, b.as_of,
                                                  r.evidence[0].text[:40]))
    return sorted(out, key=lambda r: r.evidence[0].start if r.evidence and r.evidence[0].start is not None else -1)


#: an item told after its 一是 / 二是, up to the next one or the sentence's end
_IS_ITEM = lazy(r"(?:^|(?<=[;;。]))\s*" + IS_NO + r"(?P<w>[^;;。]{4,})")


def _items_unread(b, out: list, paras: list, spans: list) -> list:
    """A record for each 一是-item under a counted heading that no record's evidence reaches (一是完成城东小学改扩建)."""
    from ..naming import task_text, tidy_task
    from ..targets import find_targets
    from .supervision import record
    read = [(ev.start, ev.end) for r in out for ev in r.evidence if ev.start is not None]
    new = []
    for para in paras:
        if not any(s <= para.start and (e is None or para.start < e) for s, e, _ in spans):
            continue
        for m in _IS_ITEM.finditer(para.text):
            s, e = para.start + m.start("w"), para.start + m.end("w")
            task = tidy_task(task_text(re.split(r"[,,]", m.group("w"), 1)[0]))
            if len(task) >= 3 and not any(a < e and s < z for a, z in read):
                new.append(record(b, task, [(s, e)], targets=find_targets(m.group("w"))))
    return new


def add(out: list, paras: list, as_of, year) -> list:
    """``out`` with the records of titled items named and given their item's status."""
    hint = None
    for para in paras:
        lead = _LEAD_STATUS.search(para.text)
        if lead and para.text.rstrip().endswith((":", ":")):
            hint = section_status(lead.group("h"))
            out[:] = [r for r in out if r.actors or r.deadline or not opens_within(r, para)]  # (the lead-in: no work)
            continue
        m = _TITLED.match(para.text)
        if m and WORK_END_RX.search(m.group("t")) and section_status(m.group("t")) is None:  # ((三)进度滞后的项目。: a class, rx36)
            out[:] = _item(out, para, m, hint, _item_status(para.text[m.end():], as_of, year), as_of)
        elif not m:
            hint = None
    return out


def _item(out: list, para, m, hint, told, as_of) -> list:
    """The records of one titled item: its orders named and given a status; where it has orders, a status sentence
    read as a record of its own is none."""
    inside = [k for k, r in enumerate(out) if opens_within(r, para)]
    orders = [k for k in inside if out[k].actors or out[k].deadline]
    for k in orders:
        r = out[k]
        task = m.group("t") + r.task if _STEP_ONLY.match(r.task) else r.task
        status = r.progress if r.progress and r.progress.status else (
            told or (Progress(hint, None, as_of, para.text[:40]) if hint else None))
        out[k] = replace(r, task=task, progress=status)
    return [r for k, r in enumerate(out) if k not in inside or k in orders or r.targets or not orders]


#: a report of rectification at its opening: 专项整治开展以来,… / 整改落实情况 (rx53)
_RECTIFYING = lazy(r"整改|专项整治|集中整治|专项治理|清理整顿")
#: an item naming a measure taken, its heading to the first 。: 一是认真开展X清理。 / 二是全面停止了X审批 (rx53)
#: the manner a measure is told in, before its verb: 认真开展 / 全面停止
_ADVERBS = r"认真|全面|扎实|切实|深入|严格|持续|坚决|集中|大力"
_MEASURE_ITEM = lazy(r"^\s*" + IS_NO + r"(?P<h>(?:" + _ADVERBS + r")?(?:开展|停止|清理|整治|规范|"
                     r"纠正|取消|压减|清退|腾退|查处|叫停|暂停|整改)了?[^。;;::]{3,40}?)(?=。|;|;|$)")
_MEASURE_ADV = lazy(r"^(?:" + _ADVERBS + r")")
#: a measure's body telling it carried out: …开展了X / 共清理纠正Y辆 / 已全部腾退
_MEASURE_DONE = lazy(r"(?:开展|停止|清理|腾退|纠正|取消|叫停)了|(?:共|累计|已)(?:清理|纠正|腾退|收回|处置|取消|停建|完成)")


def measures_taken(b, out: list, paras: list) -> list:
    """``out`` with a record for each measure a rectification report's 一是-items name (一是认真开展X清理。…) where no record
    reads it: done where its heading or body tells it carried out (全面停止了… / 共清理纠正Y辆), else under way; only in a
    text whose opening tells a rectification (rx53)."""
    from ..naming import tidy_task
    from .supervision import record
    if not paras or not _RECTIFYING.search(b.t, 0, min(len(b.t), paras[0].end + 200)):
        return out
    read = [(ev.start, ev.end) for r in out for ev in r.evidence if ev.start is not None]
    new = []
    for para in paras:
        m = _MEASURE_ITEM.match(para.text)
        if not m:
            continue
        s, e = para.start + m.start("h"), para.start + m.end("h")
        if any(a < para.end and para.start < z for a, z in read):
            continue
        body = para.text[m.end("h"):]
        bare = _MEASURE_ADV.sub("", m.group("h"))
        status = "done" if _MEASURE_DONE.match(bare) or _MEASURE_DONE.search(body) else "on_track"
        task = tidy_task(bare.replace("了", "", 1))
        if len(task) >= 4:
            new.append(record(b, task, [(s, e)], progress=Progress(status, None, b.as_of, m.group("h")[:40])))
    return merged(out, new)
