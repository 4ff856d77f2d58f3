"""Public pledges (承诺事项公示, 公开承诺, 一把手承诺, 践诺, 承诺书, 承诺上墙) and
reports of their fulfilment.

What a pledge document commits to, in the genre's phrasing:

- a pledge round counted: ``全镇18个村立下承诺`` / ``36个部门负责人公开承诺``
  / ``去年公开承诺的120件民生实事已全部完成`` (the count is the target; the
  pledging units counted before ``承诺的`` are not);
- a unit's share: ``今年某局负责三件大事、五件实事`` (its counts, 今年 its deadline);
- a pledge list: ``实事工程承诺:修建村文化礼堂、硬化村道2条等`` (one
  commitment per item; the village cadres who sign the wall are responsible);
- pledge items after a lead-in that ends with 承诺: ``…兑现上任时的承诺。`` /
  ``全村种植茶叶500亩;集体收入今年超过10万元`` (the cadre named before);
- a pledge made in public: ``某局领办,局长张三作出公开承诺,筹资500万元建设X``;
- first person in a quote: ``县水利局局长王大成表示:“今年我们将完成12座水库除险加固”``
  (我们 is the speaker's unit and the speaker);
- fulfilment: ``他承诺的X工程已提前完成预期的进度`` (on_track), ``去年承诺的修路
  工程都完成了``, ``承诺给我们解决X,如今兑现了`` (done).

The reader runs only in a document that speaks of pledges (承诺, 践诺, 军令状
at least twice); it claims a paragraph where one of these rules reads a
sentence and leaves the paragraph's other sentences to the prose rules.
"""
from __future__ import annotations

import itertools
import re
from ..lazyre import lazy
from dataclasses import dataclass, field, replace
from typing import Optional

from kg.model import Actor, Deadline, Evidence, Progress

from .news_progress import group_records
from ..actors import POSTS, TOP_BODY, find_actors, labelled_part, parse_item, parse_list
from ..deadlines import find_deadlines
from ..fields import KEY_ROLE, LABEL, cell_actors, label_fields
from ..items import fielded, named_by_heading
from ..naming import TERM_ONLY, char_pairs, listed_works, said_plainly, tidy_task, method_only, pick_deadline, task_text, with_finish
from ..progress import find_progress
from ..segment import Span
from ..tables import cell_status
from ..targets import find_targets
from ..vocab import WORKS_BEFORE, PURPOSE_RX, BRACKET_NO, IS_NO, ITEM_NO, MANNER_HEAD_RX, MONEY_ONLY_RX as _MONEY_ONLY, ON_BEHALF, STEP_DONE, STEP_TERM
from .counts import _POST, _SPEAKER, _UNIT_NOUN, amounts, counted, watching, fulfilled, line_speaker, paren_speaker, record, sentence_spans, speaker_actors, speaker_in

_GENRE = lazy(r"承诺|践诺|述诺|评诺|诺言|军令状")
_PLEDGE = lazy(r"承诺|践诺|兑现|军令状")
#: a unit's share of the work: 负责两件大事, 承担重点项目5个
_SHARE = lazy(r"负责(?!人|同志)|承担|公布|领办")
#: an evaluation of pledges (对各单位践诺情况开展评议) pledges nothing itself
_REVIEW = lazy(r"承诺[^,。;]{0,4}情况|评议|测评")
_FIRST = lazy(r"我们|我局|我镇|我村|我委|我办|俺|(?<![自])我(?!市|县|区|省|国)")
#: a pledge list after a colon: 实事工程承诺:A、B、C等
_LIST = lazy(r"(?:承诺(?!人[::]|单位[::])|实事|事项)[^,。;:]{0,6}(?:[::]|(?<=承诺)(?:事项|内容)?(?:包括|主要有|分别是))(?!“)(?P<l>[^,。;:]{4,}?(?:、[^,。;:]{3,}?)+?)(?:等|,|。|;|$)")
#: a public pledge and what it promises: 作出公开承诺,筹资…建设X
#: what a plain 承诺 is followed by when the work comes straight after it (乡长王五承诺年内完成X)
_BARE = r"(?!事|书|内容|的|了|制|人|单位|兑现|践诺|情况|时限|大会|活动|和|与|及|墙|栏|牌|期|者|[,。;、])"
#: a pledge written on a board or a card, quoted after its colon: 承诺牌上写道: (rx51)
_BOARD_RX = r"承诺(?:牌|书|卡|墙|栏|榜)上(?:郑重)?(?:写道|写着|写下了?|写明|写有)(?=[::])"
_BOARD = lazy(_BOARD_RX)
_MADE = lazy(r"(?:(?:作出|做出|立下|许下)(?:了)?(?:公开)?(?:整改|服务|履职)?承诺|(?<=[\u4e00-\u9fff]{2})把承诺(?:落|放)在(?:了)?[^,,。::]{1,12}上(?=[::])|" + _BOARD_RX + r"|在(?:公开)?承诺(?:中|时)(?:表示|说|表态)|(?:立下|签下)(?:了)?“?军令状”?[,,]?(?:保证|确保)|(?:当场|现场|公开|郑重|当即|共同|集体)(?:表态)?承诺|"
                   r"(?:(?<=[\u4e00-\u9fff]{2})|(?<=[他她])|(?<=[,,][并还也]))承诺|(?<=[\u4e00-\u9fff]{2})表示(?=[,,][他她](?:牵头|负责|包抓|包联|领办|分管)))"
                   r"(?:[,::“]|" + _BARE + r")(?P<w>[^。;”]{4,60})")  # (X表示,她牵头推进的Y项目年底前…: her pledge, rx37)
#: a clause after 承诺, that is how or why it is made, not the work: 公开承诺,通过X接受监督 / 作出承诺,监督推进
_NOT_WORK = lazy(r"^(?:通过|接受|监督|并|以|让|由|已然|成为|至今|迄今|仍|却|但|未|没有|尚未|结果|承诺(?:事项|内容|书))")  # (…立下承诺,至今未能兑现: its fate; …作出承诺,承诺事项张贴在…: where it is shown, rx32)
#: the first person before a pledge, on a line its speaker opens: …,我们承诺 / 我局郑重承诺 (rx27)
_WE = lazy(r"(?:[,,。]|^)(?:今年|下一步)?(?:我们|我局|我委|我办)(?:在此)?(?:郑重|公开|再次)?$")
_HE = lazy(r"(?:[,,。]|^)[他她](?:同时|则|又|当场|现场|公开|郑重|再次|年初|年前|还|也|曾)?$")  # (他年初承诺, rx32)
#: the thing pledged in a fulfilment report: X承诺的Y都完成了, 承诺给我们解决Y,如今兑现了
_PLEDGED = lazy(r"承诺(?:的|给[\u4e00-\u9fff]{0,4}?(?=解决|修|建|办|安装|改造))(?P<t>[^,。;]{2,20}?(?=都|已|均|全部|,|如今|顺利|提前)|[^,。;]{21,40}?(?=,))")
_RETRO = lazy(r"去年|上年|过去")
_FUTURE = lazy(r"将|要|确保|力争|争取|计划|承担|负责|一定")
_REL_YEAR = lazy(r"^(?:今年|全年|年内|年底|本年)")
#: a lead-in to pledge items: …兑现上任时的承诺。 / …承诺如下: (not …作出承诺。)
_LEAD_IN = lazy(r"(?:的承诺[。:]|承诺如下[::])$")
#: counted things that are no set of pledges (10条情形之一, 3个方面)
_NOT_SET = lazy(r"^(?:情形|情况|方面|条款|禁令|规定|措施|意见|建议|机制|制度)")
#: a report of what someone said: …在践诺发言中说, …表示
_SAID = lazy(r"说|表示|介绍|发言|汇报|通报")
#: a labelled pledge item: 承诺事项:… / 2.承诺内容:…
_ITEM_LABEL = lazy(r"^(?:" + ITEM_NO + r")?\s*(?:承诺事项|承诺内容)(?P<no>[一二三四五六七八九十]{1,3}|\d{1,2}|[((](?:[一二三四五六七八九十]{1,3}|\d{1,2})[))])?[::]")  # (一、承诺事项:… too, rx25; 承诺事项一:…, rx30)
_UNIT_ME = lazy(r"我局|我委|我办|我中心|我单位|本单位|我镇|我乡|我街道")


#: a counted set of pledges told kept: 去年向群众承诺的6件民生项目截至2月底已全部完成 (rx12)
_COUNTED_KEPT = lazy(r"承诺的(?:\d+|[两二三四五六七八九十]+)(?:件|项)[^。;]{0,24}?(?:已|均已|全部)(?:基本|全部)?(?:完成|兑现|办结)")


def _is_pledge_doc(b, paras) -> bool:
    key = (id(paras), len(paras))
    if getattr(b, "_pledge_key", None) != key:
        b._pledge_key = key
        text = (b.title or "") + "".join(p.text for p in paras[:80])
        b._pledge_doc = bool(_GENRE.search(b.title or "") or re.search(r"表态(?:发言|讲话)", b.title or "")) or len(_GENRE.findall(text)) >= (4 if "讲话" in (b.title or "") else 2) or _below_in(text) or any(_solemn_below(p.text) for p in paras[:80]) \
            or bool(re.search(r"(?:郑重|公开|当场|现场|庄严)承诺[::](?:“|\s*(?:1[.、.]|一是|[((]一[))]))|(?:分别|当场|现场|公开)作出(?:了)?(?:公开)?(?:整改|服务|履职)?承诺", text)) \
            or bool(_COUNTED_KEPT.search(text)) or bool(re.search(r"[,,][并还也]承诺(?!的|过|了)", text))
        # (a speech's title: its pledges told in passing, 也是我们向群众作出的承诺, make it none, rx38)
        # (one solemn pledge quoted, or heads who each make one: 相关负责人分别作出整改承诺; one made after the
        # subject's own clause: 镇长甲通报了X,并承诺…, rx22)
    return b._pledge_doc


def _solemn_below(text: str) -> bool:
    """A line pledging in public the items below it (镇政府公开承诺,今年办好以下实事: / …,并郑重向全镇群众承诺:; rx35)."""
    return "承诺" in text and bool(_SOLEMN.search(text)) and _below_in(text)


_SOLEMN = lazy(r"(?:公开|郑重|庄严)[^。;,,]{0,12}?承诺")


def _quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"“[^“”]{6,}”", text)]


def _speaker_of(text: str, qs: int, qe: int, page: str = ""):
    """The person who says the quote ``text[qs:qe]``: named just before it
    (``X表示:“``) or just after it (``”,X在…表示``); ``page``: the text before the paragraph, where a name said bare
    was named with a post."""
    before = text[max(0, qs - 40):qs]
    if re.search(r"(?:表示|说|介绍|坦言|称|发言|讲|承诺)[:,。]?\s*$", before) or before.endswith(":"):
        sp = speaker_in(before) or _bare_sayer(page + text, before)
        if sp:
            return sp
    after = text[qe:qe + 70]
    m = re.match(r"[,。]?(?P<a>[^。“]{2,68})", after)
    if m and re.search(r"表示|说|介绍|坦言|称|发言|表态|承诺时|许下(?:了)?承诺|作出(?:了)?承诺|念出|宣读|读出|立下|亮出", m.group("a")):  # (”台上,X在公开承诺时这样表态; rx25)
        return speaker_in(m.group("a"))
    sent_start = text.rfind("。", 0, qs) + 1  # X第一个登台发言。“…”
    prev = text[text.rfind("。", 0, max(0, sent_start - 1)) + 1:qs]
    if re.search(r"发言|表态|讲话", prev):
        return speaker_in(prev)
    return None


def _bare_sayer(text: str, before: str):
    """”马某说,“…: the one named bare before 说, named with a post earlier in the paragraph (rx37); else None."""
    m = re.search(r"(?P<n>[\u4e00-\u9fff]{2,3})(?:说|表示|介绍)[:,,:]?\s*$", before)
    if not m or not re.search(r"(?:" + _POST + r")" + re.escape(m.group("n")), text):
        return None
    return m.group("n"), None


def _deadline(b, text: str) -> Optional[Deadline]:
    """今年/年内…: the year's end; a year named (2017年重点事项承诺) the same, unless it is past (rx23)."""
    for f in find_deadlines(text, b.doc):
        if re.search(r"(?:结合|围绕|按照|根据|对照)$", text[max(0, f.start - 4):f.start]):
            continue  # 我局结合全年交通运输工作任务…承诺: the year's work, no term (rx32)
        named = re.fullmatch(r"(\d{4})年", f.text) and f.precision == "year" and b.doc.year \
            and int(f.text[:4]) >= b.doc.year
        if (_REL_YEAR.match(f.text) or named) and f.date:
            return Deadline(f.text, f.date, f.precision)
    return None


_RATE = lazy(r"(?:兑现率|践诺率|完成率)(?:达到|达|为)?(?P<p>\d+(?:\.\d+)?)%")


#: part of a set kept: 目前已兑现150件 / 已解决群众实际问题400件
_PART_KEPT = lazy(r"(?:已|累计)(?:经)?(?:兑现|完成|解决|办结|落实)[\u4e00-\u9fff“”]{0,10}?(?P<n>\d+)(?:余|多)?(?:件|项|个|条)")


def _progress(b, text: str, total: Optional[float] = None) -> Optional[Progress]:
    k = _PART_KEPT.search(text)
    if total and k and float(k.group("n")) < total:  # 共列出清单320件,目前已兑现150件: under way
        rate = _RATE.search(text)  # (已兑现18件,兑现率75%: its share, rx26)
        pct = float(rate.group("p")) if rate else round(float(k.group("n")) * 100 / total, 1)
        return Progress("on_track", pct, b.as_of, text[k.start():][:60])
    p = find_progress(text, b.as_of, b.doc.year)
    if p is not None:
        return p
    m = _RATE.search(text)  # 承诺兑现率达到89%
    if m:
        pct = float(m.group("p"))
        return Progress("done" if pct >= 100 else "on_track", pct, b.as_of, m.group())
    st = fulfilled(text)
    return Progress(st, None, b.as_of, text.strip()[:60]) if st else None


def _task_of(ts) -> str:
    items = [t for t in ts if t.unit in ("件", "项", "条") or not _UNIT_NOUN.match(t.metric)]  # not 28个村
    if len(items) == 1:
        t = items[0]
        return f"{int(t.value)}{t.unit}{t.metric}"
    if items:
        return "、".join(t.metric for t in items)
    return "和".join(dict.fromkeys(f"{int(t.value)}{t.unit}{t.metric}" for t in ts)) + "承诺"


#: the matters a pledge is made on: 就“修建X”等7个重点事项向县政府作出承诺 (rx17)
_MATTERS_PLEDGED = lazy(r"就[^。;]{0,30}?(?P<n>\d+|[两二三四五六七八九十]{1,3})(?:个|项|件)(?P<w>[\u4e00-\u9fff]{0,6}?(?:事项|实事|工作|项目|任务))"
                              r"[^。;]{0,16}?(?:作出|作|做出|进行)了?(?:公开|郑重|庄严)*承诺")
#: the matters told kept: 7个重点事项已全部完成 (rx17)
_MATTERS_KEPT = lazy(r"(?<![\d.])(?P<n>\d+|[两二三四五六七八九十]{1,3})(?:个|项|件)(?P<w>[\u4e00-\u9fff]{0,6}?(?:事项|实事|工作|项目|任务))"
                           r"(?:均已|已)(?:经)?(?:基本|全部)?(?:完成|兑现|办结)")  # (a headline's 全部兑现承诺 is no set: rx6)
#: the count's date opening the sentence: 截至目前,… / 目前,…
_AS_OF_LEAD = lazy(r"^(?:据悉,)?(?:截至|截止|到)?目前[,,]")


def _after_pledge_word(text: str) -> list:
    """The counts after the last ``承诺的`` / ``承诺了``, before the set's status."""
    m = None
    for m in re.finditer(r"承诺(?:的|了)", text):
        pass
    if not m:
        return []
    return counted(re.split(r"已|正在|其余|剩余|目前|其中|全部|均", text[m.end():])[0])  # …8项重点工作已完成6项: the set, not its status


def _matters(text: str) -> list:
    """甲公司等9个单位负责人就X等7个重点事项作出承诺 / 7个重点事项已全部完成,兑现承诺: the matters, not the
    units (rx17)."""
    made = _MATTERS_PLEDGED.search(text) or (_MATTERS_KEPT.search(text) if "兑现" in text or "承诺" in text else None)
    return counted(text[made.start("n"):made.end("w")])[:1] if made else []


def _aggregate(text: str) -> list:
    """The counts a pledge sentence gives its set: those after ``承诺的``, the
    matters pledged, the total ``这30件``, else the items and the units counted."""
    got = _after_pledge_word(text) or _matters(text)
    if got:
        return got
    total = re.search(r"这(?P<n>\d+|[一二两三四五六七八九十]{1,3})(?:件|项)", text)
    if total:
        return [t for t in counted(text[total.start() + 1:])][:1]
    text = _AS_OF_LEAD.sub("", text)  # 截至目前,全区作出承诺事项1500余条: the date of the count, not its status
    text = re.split(r"已(?!经?(?:扩大|扩展|增加|覆盖)到)|目前|其余|其他|剩余|正在|兑现|其中", text)[0]  # …86件,目前已完成70件,其他16件: the set
    items = [t for t in counted(text) if t.unit in ("件", "项", "条") and not _NOT_SET.match(t.metric)] \
        or [t for c in re.split(r"[,,]", text) if _PLEDGE.search(c)  # 收集意见240个,作出承诺事项1900余条: the pledges' clause
            for t in counted(c) if t.unit in ("件", "项", "条") and not _NOT_SET.match(t.metric)]
    return items + counted(text, units_only=True) or (counted(text) if _SHARE.search(text) else [])


def _persons_signing(text: str) -> list[Actor]:
    out = []
    for s, e in sentence_spans(text, 0):
        if re.search(r"签名|签字|签下|署名", text[s:e]):
            for m in _SPEAKER.finditer(text[s:e]):
                out.append(Actor(m.group("name"), "person", "responsible"))
    return out


#: how a pledge system works, no pledge: 将干部的承诺事项在公开栏里公布 / 对照承诺内容逐项说明 /
#: “实绩承诺制”即干部年初承诺办一至二件实事 (rx10)
_MECHANISM = lazy(r"(?:将|把)[^,。;]{0,16}承诺(?:事项|内容|书)?[^,。;]{0,16}?(?:公示|公布|公开|上墙|张贴|晾晒|审核|审定|评议|陈述|备案|台账|建档|登记)|"
                        r"承诺(?:制|制度)”?(?:即|是指|就是)|对照承诺(?:内容|事项)")


def read(b, paras, i) -> Optional[int]:
    """``一把手…公开承诺`` and the rest above: the pledges of ``paras[i]``: a
    first-person list, a labelled item, items after a lead-in, dated pieces of a
    quote, then each sentence read by the first shape of :data:`_SHAPES` that fits."""
    if not _is_pledge_doc(b, paras):
        return None
    opener = _OPENER.match(paras[i].text) if "承诺" in paras[i].text else None
    if opener is None:
        return _read(b, paras, i)
    n0 = len(b.out)
    after = _read(b, paras, i) or _finish(b, paras[i], [], [], i)
    unit = parse_item(opener.group("u")) if re.match(r"[省市县区州旗].{2,}|.{2,}局$", opener.group("u")) else None  # (县林业局局长X的承诺…: his unit too, not 村委会主任X's, rx33)
    _opener_pledges(b, n0, opener.group("n"), unit[0] if unit and unit[1] == "organization" else None)
    return after


#: a paragraph of a news report opened by the one whose pledges it tells: 村党支部书记、村委会主任杨某首先发言。他年初承诺… /
#: 村委会委员罗某的承诺是… (rx32)
_OPENER = lazy(r"^\s*(?:[\u4e00-\u9fff]{0,10}?(?:" + _POST + r")、)?(?P<u>[\u4e00-\u9fff]{0,10}?)(?:" + _POST + r")(?P<n>[\u4e00-\u9fff]{2,3}?)"
               r"(?:同志)?(?=首先|第一个|接着|随后|最后|负责|分管|的承诺|说|表示|介绍|发言|汇报)")


def _opener_pledges(b, n0: int, name: str, unit: Optional[str] = None) -> None:
    """The records from ``b.out[n0]`` on, naming no person, made the pledges of the one the paragraph opens with (and of
    his unit, named before his post, where they name none; rx33); a standing duty told of him (吴某负责产业发展) is none
    (rx32)."""
    keep = []
    for r in b.out[n0:]:
        if r.evidence and _DUTY_TOLD.match(b.t[r.evidence[0].start:r.evidence[0].end]):
            continue
        if not any(a.kind == "person" for a in r.actors):
            r = replace(r, actors=(Actor(name, "person", "responsible"),) + tuple(r.actors))
        if unit and not any(a.kind == "organization" for a in r.actors) and any(a.name == name for a in r.actors):
            r = replace(r, actors=tuple(r.actors) + (Actor(unit, "organization", "responsible"),))
        keep.append(r)
    b.out[n0:] = keep


#: a member's standing duty told in a report: 村党支部副书记吴某负责产业发展 (rx32)
_DUTY_TOLD = lazy(r"^\s*[\u4e00-\u9fff、]{2,24}?(?:负责|分管)[\u4e00-\u9fff、]{2,10}(?:工作)?[。]?$")


def _read(b, paras, i) -> Optional[int]:
    """The pledges of ``paras[i]`` (:func:`read`)."""
    para = paras[i]
    for whole in (_first_person_list, _card_line, _named_card, _speaker_line, _labelled_pledge, _after_lead_in, _items_below, _headed_pledges,
                  _named_then_pledged, _signed_above):
        after = whole(b, paras, i)
        if after is not None:
            return after
    quotes = _quotes(para.text)
    st = _Pledges(b, paras, i, para.text, para.start, quotes, {q: _speaker_of(para.text, *q, page=b.t[max(0, para.start - 1500):para.start]) for q in quotes})
    _quoted_dated(st)
    _contents_listed(st)
    text = para.text
    for s, e in sentence_spans(text, 0):
        if any(h[0] <= s and e <= h[1] + 1 for h in st.handled):
            continue
        if "承诺" in text[s:e] and _MECHANISM.search(text[s:e]):
            st.used.append((s, e))  # how pledges are made public and reviewed: no pledge
            continue
        q = next((q for q in quotes if q[0] < e and s < q[1]), None)
        sc = _Sentence(s, e, text[s:e], q, st.speakers.get(q) if q else None,
                       bool(_FIRST.search(text[q[0]:q[1]] if q else text[s:e])),  # 我们 anywhere in the quote
                       [(para.start + s, para.start + e)])
        any(shape(st, sc) for shape in _SHAPES)
    if not st.recs and not st.used:
        return None
    return _finish(b, para, st.recs, st.used, i)


@dataclass
class _Pledges:
    """What the pledge reader knows of the paragraph at hand."""
    b: object
    paras: list
    i: int
    text: str
    start: int
    quotes: list
    speakers: dict
    recs: list = field(default_factory=list)
    used: list = field(default_factory=list)
    handled: set = field(default_factory=set)
    last_in_quote: dict = field(default_factory=dict)  # a quote → the index in recs of its last pledge


@dataclass
class _Sentence:
    """A sentence of the paragraph: its offsets, text, the quote it is in and that quote's speaker."""
    s: int
    e: int
    sent: str
    q: Optional[tuple]
    sp: Optional[tuple]
    first: bool  # said in the first person
    span: list


def _labelled_pledge(b, paras, i) -> Optional[int]:
    """``承诺事项:X。承诺时限:…。践诺情况:已完成。``: one labelled pledge."""
    para = paras[i]
    if not _ITEM_LABEL.match(para.text):
        return None
    j = _field_lines_end(paras, i)
    no = _ITEM_LABEL.match(para.text).group("no")
    first = para.text.replace(no, "", 1) if no else para.text  # 承诺事项一:X is the label 承诺事项 (rx30)
    task, fields = label_fields("\n".join([first] + [p.text for p in paras[i + 1:j]]))
    pairs = [(k, v) for k, v, _, _ in fields]
    rec = fielded(b, task, pairs, [(p.start, p.end) for p in paras[i:j]], line=b._line(para.start)) if task else None
    if not rec:
        return None
    if not rec.actors:  # 承诺人:张三 signed below the list: the pledger of each item (rx21); else the unit the title names (rx25)
        orgs, persons = signatures(paras, i)
        if not (persons or orgs):
            orgs = [a for a in _pledger(b, paras, i, "我局") if a.kind == "organization"]
        if persons or orgs:
            rec = replace(rec, actors=tuple(persons + orgs))
    b.out.append(_pledge_status(b, named_by_heading(rec, paras, i), pairs))
    return j


def _pledge_status(b, rec, pairs: list):
    """A labelled pledge's status: its status line (完成进度:滞后, rx30), else what 践诺情况 tells (已兑现 /
    正在推进,已完成主体)."""
    told = [cell_status(v, k) for k, v in pairs if k in ("status", "percent", "done_flag", "lag_flag")]
    st = next((s for s in told if s), None) or fulfilled(" ".join(v for k, v in pairs if k == "progress"))
    if st and (rec.progress is None or st != "done"):
        p = rec.progress
        rec = replace(rec, progress=replace(p, status=st) if p else Progress(st, None, b.as_of, None))
    return rec


def _field_lines_end(paras, i) -> int:
    """承诺事项:X ⏎ 责任领导:… ⏎ 完成时限:… ⏎ 践诺情况:…: the index after the item's label lines under it (rx28)."""
    j = i + 1
    while j < len(paras) and (_FIELD_LINE.match(paras[j].text) or LABEL.match(paras[j].text)) \
            and not _ITEM_LABEL.match(paras[j].text):
        j += 1
    return j


#: a line of a pledge item's own label under its 承诺事项 line
_FIELD_LINE = lazy(r"^\s*(?:承诺人|责任领导|分管领导|责任人|责任科室|责任股室|责任处室|责任部门|责任单位|牵头单位|配合单位|协同单位|协办单位|完成时限|承诺时限|时限|"
                   r"目标|承诺目标|具体目标|工作目标|目标任务|"  # (承诺事项一:X ⏎ 承诺人:… ⏎ 目标:…, rx32)
                   r"践诺情况|进展情况|完成情况|进展|进度|目前进展|当前进展)[::]")  # (责任部门:教导处  责任人:某, rx29; 进展:✅已完成, rx36)


#: a pledge item's labels: 责任人:李华 / 完成时限:9月底 (the labelled-item reader reads it)
_LABELLED = lazy(r"(?:责任人|责任单位|完成时限|承诺时限|时限|牵头单位|责任领导)[::]")


def _after_lead_in(b, paras, i) -> Optional[int]:
    """Pledge items after a lead-in ending with 承诺 (…兑现上任时的承诺。): one per sentence with a target."""
    para = paras[i]
    text = para.text
    if not (i > 0 and _LEAD_IN.search(paras[i - 1].text) and not _quotes(text) and len(text) <= 300) \
            or _LIST.search(text) or _LABELLED.search(text) or paren_speaker(text):  # a list of pledges (承诺包括A、B、C等) is read item by item
        return None  # (…责任人:李华;完成时限:9月底: a labelled item, read by its labels; rx25)
    recs, used = [], []
    sp = None
    for p in reversed(paras[max(0, i - 3):i]):
        sp = speaker_in(p.text)
        if sp:
            break
    for s, e in sentence_spans(text, 0):
        piece = text[s:e].rstrip("。;…")
        ts = find_targets(piece) or counted(piece) or amounts(piece.split(",")[0])
        if not ts:
            continue
        actors = [Actor(sp[0], "person", "responsible")] if sp else []
        task = re.split(r"[,,]", piece)[-1] if "力促" in piece or len(piece) > 30 else piece.split(",")[0]
        task = re.sub(r"^(?:全[村镇乡]|力促|提升|并)", "", task)
        recs.append(record(b, task, [(para.start + s, para.start + s + len(piece))], actors,
                           _deadline(b, piece), ts, None))
        used.append((s, e))
    return _finish(b, para, recs, used, i) if recs else None


#: a unit's lead-in to the items below it: 东湖区人民政府就工期作如下承诺,请社会监督 (rx10)
_BELOW = lazy(r"(?P<head>[^。;,,]{2,30}?)(?:就[^。;,,]{1,20}?)?(?:作|作出|做出)(?:如下|以下)(?:[\u4e00-\u9fff]{0,4})?承诺")
#: an item that is the page's contact, no pledge: 五、监督电话:… / 举报邮箱:…
_CONTACT = lazy(r"^(?:" + ITEM_NO + r")?\s*[\u4e00-\u9fff]{0,4}(?:电话|邮箱|地址|信箱|热线)[::]")


def _below_in(text: str) -> bool:
    """A lead-in to items below (作如下承诺 / 公开承诺,今年办好以下实事: / 本中心就…向社会郑重承诺:), looked for only
    where its words stand."""
    return "承诺" in text and (("如下" in text or "以下" in text) and bool(_BELOW.search(text) or _PLEDGED_BELOW.search(text))
                             or bool(_PLEDGED_AT.search(text)))


#: a lead-in ending with the pledge itself: 本中心就2016年度工作向社会郑重承诺: (rx30)
#: to whom a pledge is made, after who makes it: 向社会公开 / 向全县人民郑重 (rx39)
_TO_WHOM = r"(?:(?:公开|郑重|庄严)?向[^。;,,]{1,12}?)?(?:公开|郑重|庄严)?"
_PLEDGED_AT = lazy(r"(?P<head>[^。;,,]{2,40}?)" + _TO_WHOM + r"承诺[::]\s*$")
#: a unit speaking of itself: 本中心 / 本局 / 本单位 (rx30)
_OUR_UNIT = lazy(r"^(?:本|我)(?:中心|局|委|办|单位|所|站|院|公司)")
#: the head answering for every pledge above: 本承诺由中心主任周某负总责 (rx30)
_ANSWERS_ALL = lazy(r"^\s*(?:本|以上|上述)承诺(?:事项)?由(?P<who>[^,,。;]{2,20}?)(?:负总责|总负责|负责)")


#: a pledge shown by its label, its items after it: 亮诺:一是…;二是… (the pledger the title names, rx26)
_SHOWN = lazy(r"^\s*(?P<who>亮诺|晒诺|我的承诺|承诺内容)[::](?=\s*(?:一是|[((]一[))]|1[.、.]))")
#: a labelled line under an item: 措施:… / 目标。… / 时间:… / 责任人:…
_ITEM_FIELD = lazy(r"^\s*(?:措施|目标|时间|内容|责任人|责任单位|完成时限|承诺时限|时限)[::。]")
#: a pledge whose items follow below: 南坪镇党委、政府向全镇群众公开承诺,今年办好以下实事: (rx26)
_PLEDGED_BELOW = lazy(r"(?P<head>[^。;]{2,40}?)(?:向[^。;,,]{1,12}?)?(?:公开|郑重|庄严)?承诺[,,]?[^。;]{0,12}?(?:以下|如下)[\u4e00-\u9fff]{0,6}(?:[::]\s*$|。|[,,](?:恳请|敬请|请|欢迎)[^。,,]{0,12}监督。)")  # (…承诺如下。 then last year's figures, rx31; …承诺如下,恳请全县人民监督。, rx37)


def _items_below(b, paras, i) -> Optional[int]:
    """``东湖区人民政府就工期作如下承诺,请社会监督。`` and numbered lines below it
    (``一、2024年4月20日前主体结构封顶。``): one pledge per line, the unit before 就/作
    responsible; a contact line (监督电话:…) is none."""
    first = _first_item_below(paras, i)
    if first is None or not _below_in(paras[i].text) or _owned_below(paras, first):
        return None
    below = _BELOW.search(paras[i].text)
    m = below or _PLEDGED_BELOW.search(paras[i].text) or _PLEDGED_AT.search(paras[i].text)
    if not m or (not below and i + 2 < len(paras) and _ITEM_FIELD.match(paras[i + 2].text)):
        return None  # (一、公厕改造 ⏎ 措施:… ⏎ 目标:…: items with their labelled lines, the pledge items' reader's)
    actors = _below_pledgers(b, paras, i, _maker(m.group("head")))
    j, n, manner = first, len(b.out), MANNER_HEAD_RX.search(paras[first - 1].text) is not None
    while j < len(paras) and _ITEM_START.match(paras[j].text):
        if _ASPECT_HEAD.match(paras[j].text):
            if j + 1 < len(paras) and _ITEM_START.match(paras[j + 1].text):
                manner = MANNER_HEAD_RX.search(paras[j].text) is not None
                j += 1  # 一、发展经济方面 ⏎ 1.…: the heading of the pledges under it, none of its own (rx29)
                continue
            return j + 1  # 四、廉洁自律 ⏎ 严格执行…: a heading over a pledge of conduct ends the list (rx30)
        if not (manner and not _measured(paras[j].text)):  # (under 一、服务规范承诺: manners, unless measured; rx33)
            for ps, pe in _item_pieces(paras[j]):
                _pledge_item(b, ps, pe, actors, None)
        j += 1
    return _answered_all(b, paras, j, n)


def _owned_below(paras, first: int) -> bool:
    """Items below a lead-in that are read by their own: headings over labelled pledges (一、作业管理 ⏎ 承诺内容:…, rx29),
    a unit's heading (一、党总支承诺, rx37), a member's line (△李某(…代表):…, rx39)."""
    return (first + 1 < len(paras) and bool(_ITEM_LABEL.match(paras[first + 1].text) or _FIELD_LINE.match(paras[first + 1].text))) \
        or _unit_headed(paras[first].text) or bool(paren_speaker(paras[first].text))  # (第一,X。 ⏎ 责任科室:…: a labelled item, rx39)


def _measured(text: str) -> bool:
    """An item with a figure, a term or a time it recurs of its own (每周六上午…提供延时服务)."""
    return bool(find_targets(text) or _TERM_IN.search(text) or _RECURS.search(text))


#: a time a service recurs: 每周六 / 每月 / 暑假期间 (rx33)
_RECURS = lazy(r"每[周月季年天日]|期间")


def _first_item_below(paras, i) -> Optional[int]:
    """The index of the first item under a lead-in at ``paras[i]``: the next line, or the one after a paragraph
    of last year's figures ending in a lead-in of its own (…2010年,我们将重点做好以下工作:, rx32); else None."""
    for k in (i + 1, i + 2):
        if k < len(paras) and _ITEM_START.match(paras[k].text):
            return k
        if k < len(paras) and k == i + 1 and _PAST_FIGURES.match(paras[k].text):
            continue  # (…承诺如下。 ⏎ 2008年,全县完成…。 ⏎ 一、重点工作承诺: last year's figures between, rx37)
        if k >= len(paras) or not re.search(r"(?:以下|如下)[\u4e00-\u9fff]{0,6}[::]\s*$", paras[k].text):
            return None
    return None


#: a paragraph of last year's figures: 2008年,全县完成… / 去年,我局… / 过去一年,…
_PAST_FIGURES = lazy(r"^\s*(?:(?:19|20)\d\d年|去年|上年|过去一年)[,,]")


#: a section heading naming whose pledges are below it: 一、党总支承诺 / (二)村委会承诺事项 (rx31)
_HEADED = lazy(r"^\s*(?:[一二三四五六七八九十]+、|" + BRACKET_NO + r")\s*(?P<x>[\u4e00-\u9fff]{2,14}?)(?:的)?(?:公开)?承诺"
               r"(?:事项|内容)?(?:[((][\u4e00-\u9fff]{1,4}[))])?[::]?\s*$")


def _unit_headed(text: str) -> bool:
    """一、党总支承诺: a heading naming the unit whose pledges are below it (not 一、重点工作承诺)."""
    m = _HEADED.match(text)
    return bool(m and parse_item(m.group("x")))


def _headed_pledges(b, paras, i) -> Optional[int]:
    """``一、党总支承诺`` ⏎ ``①9月底前…;`` ⏎ ``②年内…``: the items below a heading naming a unit are its pledges,
    the unit named in full where the page names it so before (东升社区党总支, rx31)."""
    m = _HEADED.match(paras[i].text)
    if not m or i + 1 >= len(paras):
        return None
    if _CARD.match(paras[i + 1].text) or _CARD_NAMED.match(paras[i + 1].text):
        return i + 1  # 二、党员个人承诺(部分) ⏎ 第一党支部 刘某(退休教师):…: the cards' heading, no pledge of its own
    unit = _in_full(b, paras[i].start, m.group("x"))
    if not _ITEM_START.match(paras[i + 1].text) or not parse_item(unit):
        return None
    j = i + 1
    while j < len(paras) and _ITEM_START.match(paras[j].text) and not _HEADED.match(paras[j].text) \
            and not _ASPECT_HEAD.match(paras[j].text):
        for ps, pe in _item_pieces(paras[j]):
            _pledge_item(b, ps, pe, [Actor(unit, "organization", "responsible")], None)
        j += 1
    return j


#: the pledges told after the one who makes them, in a news report of a pledge round: 他当场承诺: / 她表示, /
#: 在节目中亮出“就业账本”: / 当场致歉,并承诺 (rx31)
_TOLD_PLEDGES = lazy(r"(?<!作出)(?<!做出)(?<!公开)(?:[他她]|(?<=[\u4e00-\u9fff]{2})|(?<=[,,]))(?:在节目中|在会上|在现场)?(?:当场|现场|郑重|公开|也|则|还|随即|当即|并)*"
                     r"(?:(?:承诺|表示|表态|亮出[^,,。::;;]{0,12}|立下[^,,。::;;]{0,8})[,,::]|(?<=并)承诺(?=[\u4e00-\u9fff]))\s*(?!“)")


def _named_then_pledged(b, paras, i) -> Optional[int]:
    """``市交通运输局局长周某第一个“接受考试”。他当场承诺:A;B;C。主持人追问…`` in a news report of leaders
    pledging on air: each piece after the pledge word (cut at ; and 。, up to a sentence naming someone else) is
    the pledge of the one named with his post and of his unit, as :func:`_made` reads one pledge (rx31)."""
    para = paras[i]
    m = _TOLD_PLEDGES.search(para.text) if "承诺" in b.t[max(0, para.start - 3000):para.end] else None
    who = (speaker_in(para.text[:m.start()] + ",") or _named_before(b, para, m.start())) if m else None
    if who is None or m.start() - para.text.rfind(who[0], 0, m.start()) > 60:
        return None
    pieces, pos = [], m.end()
    for part in re.split(r"(?<=[;;。])", para.text[m.end():]):
        body = part.strip(" ;;。")
        if pieces and (_ELSE_SAYS.search(body) or "承诺" in body or not (_TERM_IN.search(body) or find_targets(body))):
            break  # 主持人追问… / 党员郑某承诺,…: the pledges end, or another's begin
        if len(body) >= 6:
            pieces.append((para.start + pos, para.start + pos + len(part.rstrip(" ;;。"))))
        pos += len(part)
    if len(pieces) < 2:
        return None  # (one pledge: a pledge made in public, with its follow-up, :func:`_made`)
    actors = [Actor(who[0], "person", "responsible")] + ([Actor(who[1], "organization", "responsible")] if who[1] else [])
    for s, e in pieces:
        _pledge_item(b, s, e, actors, None)
    return i + 1


def _named_before(b, para: Span, at: int):
    """``孙某一口气亮出了五张清单:`` — the one named bare before the pledge word, named with his post earlier on the
    page (金桥镇党委书记孙某): ``(name, unit)``, else None (rx31)."""
    bare = _BARE_BEFORE.search(para.text[:at])
    if not bare:
        return None
    post = re.search(r"(?P<org>[\u4e00-\u9fff]{2,12}?(?:局|委|办|镇|乡|街道|中心|公司))?(?:党支部|党委|党组|支部|村委会)?"
                     r"(?:" + _POST + r")" + re.escape(bare.group("n")), b.t[max(0, para.start - 3000):para.start])
    return (bare.group("n"), post.group("org")) if post else None


#: a bare name right before the pledge word: 孙某一口气 / 孙某当场
_BARE_BEFORE = lazy(r"(?P<n>[\u4e00-\u9fff]{2,3})(?:一口气|当场|现场|郑重|也|则|还|随即)*$")
#: someone else speaking after the pledges: 主持人追问 / 一位市民说 / 记者了解到
_ELSE_SAYS = lazy(r"主持人|记者|市民|群众|网友|追问|提问|回答|据悉|据了解")

def _in_full(b, at: int, unit: str) -> str:
    """``党总支`` as the page named it in full before ``at`` (东升社区党总支), else as it stands."""
    found = [m.group() for m in re.finditer(r"[\u4e00-\u9fff]{2,12}?" + re.escape(unit), b.t[:at])]
    full = [f for f in found if parse_item(f)]
    return max(full, key=len) if full else unit


def _item_pieces(para: Span) -> list[tuple[int, int]]:
    """The pledges of one item below a lead-in: each numbered piece (一、办好三件实事。1.10月底前…;2.年底前…, rx28),
    else its pieces cut at ; (承诺一:2月底前启用X;6月30日前完成Y, rx30); none for a contact line."""
    sub = _SUB_ITEMS.search(para.text)
    if sub:
        return _inline_pieces(para, sub.end())
    return [] if _CONTACT.match(para.text) else _semicolon_pieces(para)


def _semicolon_pieces(para: Span) -> list[tuple[int, int]]:
    """An item's pieces cut at ; (else at a comma before a dated term), where each names a work with a figure or a
    term of its own (rx30); else the item."""
    cuts = [m.end() for m in re.finditer(r"[;;]", para.text.rstrip(";;。 "))] or _dated_cuts(para.text)
    if not cuts or LABEL.search(para.text):  # (…60盏。责任人:李华;完成时限:9月底: its labels, one item)
        return [(para.start, para.end)]
    bounds = list(zip([0] + cuts, cuts + [len(para.text)]))
    head = re.match(r"^\s*(?:" + ITEM_NO + r"|" + IS_NO + r"|承诺[一二三四五六七八九十]{1,3}[::])", para.text)
    texts = [para.text[s:e] for s, e in bounds]
    texts[0] = texts[0][head.end():] if head else texts[0]
    if not all(len(t.strip(" ;;。")) >= 6 and (find_targets(t) or _TERM_IN.search(t)) for t in texts):
        return [(para.start, para.end)]
    return [(para.start + s, para.start + e) for s, e in bounds]


#: a comma before a clause opened by a dated term of its own: ,10月底前实现主线贯通 (rx32)
_DATED_NEXT = lazy(r"[,,](?=(?:\d{1,2}月(?:底|末|份|\d{1,2}日)?|年底|年内)(?:之)?前?[\u4e00-\u9fff])")


def _dated_cuts(text: str) -> list[int]:
    """Where an item is cut before a clause opened by a dated term, each piece before one with a term of its own
    (全年完成投资2.8亿元,10月底前实现主线贯通, rx32; 新建X2.8公里,11月底前建成通车 is one)."""
    body = text.rstrip(";;。 ")
    cuts = [m.end() for m in _DATED_NEXT.finditer(body)]
    cuts = [c for k, c in enumerate(cuts) if not _BARE_TERM_STEP.match(body[c:cuts[k + 1] - 1 if k + 1 < len(cuts) else len(body)])]
    pieces = [text[a:e] for a, e in zip([0] + cuts, cuts)]
    return cuts if cuts and all(_TERM_IN.search(p) or re.search(r"全年|今年", p) for p in pieces) else []


#: a bare step by its term, the work before's: 10月底前全部完工 (not 10月底前实现主线贯通, rx37)
_BARE_TERM_STEP = lazy(r"^(?:\d{1,2}月(?:底|末|份|\d{1,2}日)?|年底)(?:之)?前?(?:全部|全面|基本)?(?:完工|竣工|建成|完成)$")
#: a term of a piece of its own: 2月底前 / 年内 / 6月30日前 / 3个工作日内
_TERM_IN = lazy(r"前|年内|内(?:答复|办结|完成)|年底|月底")


#: the unit the one pledging heads: 本人作为县住房和城乡建设局主要负责人 (rx37)
_HEAD_OF = lazy(r"本人作为(?P<o>[\u4e00-\u9fff]{3,24}?)(?:的)?(?:主要负责人|负责人|党组书记|局长|主任|书记)")


def _headed_unit(b, para, actors: list) -> list:
    """The one pledging, with the unit he heads where the lead-in names it (本人作为县住建局主要负责人, rx37)."""
    head_of = _HEAD_OF.search(para.text)
    unit = parse_item(head_of.group("o")) if head_of and actors else None
    if unit and unit[1] == "organization" and not any(a.kind == "organization" for a in actors):
        return [Actor(_in_full(b, para.start, unit[0]), "organization", "responsible")] + list(actors)
    return actors


_TO_PUBLIC = lazy(_TO_WHOM + r"$")


def _maker(head: str) -> str:
    """Who a lead-in names before the public it pledges to (X向社会公开 → X); 我局向全县人民郑重 stays whole."""
    bare = _TO_PUBLIC.sub("", head)
    return head if re.match(r"\s*(?:我|本)", bare) else bare


def _below_pledgers(b, paras, i, head: str) -> list[Actor]:
    """Who pledges the items below a lead-in: the one named before 承诺, else its units (a town's word to the public:
    none), else, in the first person, the one signing or named after 本人 (rx29)."""
    for_unit = _FOR_UNIT.search(head)
    if for_unit and parse_item(for_unit.group("o")):  # 我代表柘塘镇党委郑重承诺: the unit and the one signing (rx29)
        body = re.match(r"党委|党工委|人民政府|政府|党支部", head[for_unit.end():])
        orgs, persons = signatures(paras, i)
        return [Actor(for_unit.group("o") + (body.group() if body else ""), "organization", "responsible")] + persons
    heads = parse_list(head.split(",")[-1])  # (南坪镇党委、政府向全镇群众公开承诺,今年办好以下实事: rx26)
    actors = _pledger_before(head) or [Actor(n, k, "responsible") for n, k, _ in heads or ()
                                       if k == "organization" and not TOP_BODY.match(n)]
    if not actors and _ME_FIRST.search(paras[i].text):
        actors = _headed_unit(b, paras[i], _pledger(b, paras, i, "本人") or _me_named(paras[i].text))  # 本人周某,…公开承诺如下 (rx29)
    if not actors and (_OUR_UNIT.match(head.strip()) or _OUR_UNIT.match(re.split(r"[,,]", head.strip())[-1])):
        # 本中心就…向社会郑重承诺 / 为…,我局向全县企业和群众作出如下承诺: the unit signing or the title names (rx30, rx33),
        # and the head signing for it (承诺人:局长 X, rx32)
        actors = _pledger(b, paras, i, "本单位")
    return _with_signer(actors, paras, i)


def _with_signer(actors: list, paras, i) -> list:
    """One unit's pledges, with the head who signs them below (承诺单位:X ⏎ 承 诺 人:局长 Y, rx33)."""
    if not actors or any(a.kind == "person" for a in actors):
        return actors
    orgs, persons = signatures(paras, i)
    mine = not orgs or {a.name for a in actors} & {o.name for o in orgs}
    return actors + [p for p in persons if p.name not in {a.name for a in actors}] if mine else actors


def _answered_all(b, paras, j: int, n: int) -> int:
    """本承诺由中心主任周某负总责。…: below a pledge's items, its head answers for each of them (rx30); the index after
    the items (and that line)."""
    m = _ANSWERS_ALL.match(paras[j].text) if j < len(paras) and len(b.out) > n else None
    heads = [a for a in find_actors(m.group("who") + "负责").actors if a.kind == "person"] if m else []
    if not heads:
        return j
    for k in range(n, len(b.out)):
        names = {a.name for a in b.out[k].actors}
        b.out[k] = replace(b.out[k], actors=tuple(b.out[k].actors) + tuple(replace(a, role="responsible") for a in heads
                                                                          if a.name not in names))
    return j + 1


#: a heading over numbered pledges: 一、发展经济方面 / 二、民生实事 (rx29)
_ASPECT_HEAD = lazy(r"^\s*[一二三四五六七八九十]+、[^,,。;;\d]{2,14}?(?:[,,][^,,。;;\d]{2,10})?[。]?\s*$")  # (一、抓项目,兑现民生承诺, rx37)
#: a pledge of conduct, no work: 带头遵守中央八项规定精神,不插手工程招投标… (rx29)
_CONDUCT = lazy(r"^(?:带头|严格|自觉)?(?:遵守|严守|执行|落实)[^,。;]{0,10}?(?:八项规定|纪律|廉洁|规定精神)|^(?:坚决)?不(?:插手|收受|接受|参与)"
                r"|^(?:服务承诺[::])?(?:首问负责|一次性告知|热情服务|文明服务|微笑服务|文明用语)"
                r"|^(?:积极)?参加[^,,。;;]{2,12}活动[,,](?:带头|自觉)|^服务群众不讲条件")  # (rx33)


#: a lead-in in the first person: 本人周某,… / 我(们)向全村群众承诺如下 (rx29)
_ME_FIRST = lazy(r"(?:^|[,,。])(?:本人|我)(?!们|局|委|办|镇|乡|村|单位|中心|公司)")
_ME_NAMED = lazy(r"^本人(?P<n>[\u4e00-\u9fff]{2,3})[,,]")


def _me_named(text: str) -> list[Actor]:
    """本人周某,2014年起担任…: the person the lead-in names (rx29)."""
    m = _ME_NAMED.match(text)
    return [Actor(m.group("n"), "person", "responsible")] if m and not parse_item(m.group("n")) else []


#: a heading sentence over numbered pieces on its line: 一、办好三件实事。1.… / 二、民生实事:(1)…
_SUB_ITEMS = lazy(r"^[^。;;::]{2,30}[。::]\s*(?=1[.、.]|[((]1[))]|①)")


#: a line of signers only: 承诺人:村党支部书记 周长林  村委会主任 何建华
_SIGNERS_LINE = lazy(r"^\s*(?:承诺人|承诺单位)(?:[((](?:签字|签名|盖章)[))])?[::]")


def _signed_above(b, paras, i) -> Optional[int]:
    """A title of pledges (X村“两委”班子2024年度承诺事项), the signers' line under it and numbered items below:
    one pledge per item, made by the signers (rx28)."""
    title = paras[i].text.strip()
    if not (len(title) <= 40 and re.search(r"承诺(?:事项|书|内容)?$", title) and "。" not in title) \
            or i + 2 >= len(paras) or not _SIGNERS_LINE.match(paras[i + 1].text) or not _ITEM_START.match(paras[i + 2].text):
        return None
    orgs, persons = signatures(paras[i + 1:i + 2], 0)
    j = i + 2
    while j < len(paras) and _ITEM_START.match(paras[j].text):
        _pledge_item(b, paras[j].start, paras[j].end, persons + orgs, None)
        j += 1
    return j


def _quoted_dated(st: _Pledges) -> None:
    """“年底前X完成投资5亿元,元旦前建成Y……”书记甲、县长乙带头…公开承诺: one pledge per dated piece."""
    b, text = st.b, st.text
    for q in st.quotes:
        after = text[q[1]:q[1] + 80].split("。")[0]
        pieces = _dated_pieces(b, text[q[0] + 1:q[1] - 1]) if "承诺" in after and not _FIRST.search(text[q[0]:q[1]]) else None
        if pieces:
            people = [Actor(h.group("name"), "person", "responsible") for h in _SPEAKER.finditer(after)
                      if not re.search(r"[的了们是在和与及等]", h.group("name"))]
            st.recs += _piece_records(b, pieces, st.start + q[0] + 1, people)
            st.used.append(q)
            st.handled.add(q)


def _piece_records(b, pieces: list, k0: int, actors: list, prog=None, lead: bool = True) -> list:
    """One pledge per dated piece (:func:`_dated_pieces`, offsets from ``k0``); an undated piece first names the
    work of the bare steps after it (加快推进X,年内完成…,力争…通车: X), with ``lead``."""
    work = ""
    if lead and pieces[0][1] is None and all(p[1] for p in pieces[1:]):
        work = re.sub(r"^(?:加快|全力|抓紧|继续)?(?:推进|实施|建设)|(?:改造|建设|工程|项目)$", "",
                      re.sub(r"全长\d+(?:\.\d+)?(?:公里|千米|米)$", "", pieces[0][0]))  # (X公路全长38.6公里: X公路, rx32)
        pieces = pieces[1:]
    out = []
    for t, d, o in pieces:
        task = _piece_task(t, d, work)
        head = re.split(r"[,,]", task)[0]  # (年底前投入使用,新增床位200张: its step, rx33)
        if out and _BARE_PIECE.match(head):  # 10月底前完成X路基施工,年底前实现全线贯通: X全线贯通 (rx26)
            before = _PIECE_STEP.sub("", out[-1].task)
            task = before + re.sub(r"^实现", "", head) if len(before) >= 3 and before != out[-1].task else task
        out.append(record(b, task, [(k0 + o, k0 + o + len(t))], actors, d, find_targets(t) or amounts(t) or counted(t), prog))
    return out


#: a bare step of a pledge's work, and the step a piece before named: 实现全线贯通 / X路基施工
_BARE_PIECE = lazy(r"^(?:实现)?(?:全线|全面|全部)?(?:贯通|通车|完工|竣工|投用|投入使用|建成|开工|封顶|通水)$")
_PIECE_STEP = lazy(r"(?:(?:路基|路面|主体|基础|桩基)(?:工程|施工|结构)?(?:封顶)?|设计招标|设计|招标|开工建设|开工|征地拆迁)$")


# ---- the shapes of a sentence: each appends what it reads and returns True, or returns False ----

#: a unit's pledge quoted by its contents: 区文化局的承诺书中包括以下几项:“一是…;二是…”
_CONTENTS = lazy(r"(?P<head>[^,。;:“”]{2,30}?)的(?:公开)?承诺(?:书)?中?(?:包含|包括|主要有|列有)(?:以下|如下)(?:内容|几项|事项)[::]“?")


def _quote_end(text: str, at: int) -> int:
    """Where the quote opened just before ``at`` closes (quotes inside it skipped), else the end."""
    depth = 1
    for k in range(at, len(text)):
        depth += {"“": 1, "”": -1}.get(text[k], 0)
        if depth == 0:
            return k
    return len(text)


def _contents_listed(st: _Pledges) -> None:
    """``甲局的承诺书中列有以下事项:“一是A;二是B”``: one pledge per item, made by
    the unit named before ``的承诺书`` (the items end with the quote or the paragraph)."""
    m = _CONTENTS.search(st.text) if "承诺" in st.text and ("以下" in st.text or "如下" in st.text) else None
    if not m:
        return
    end = _quote_end(st.text, m.end()) if st.text[m.end() - 1] == "“" else len(st.text)
    actors = _pledger_before(re.sub(r"^(?:其中|另外|例如|比如)", "", m.group("head")))
    pieces = _inline_pieces(Span(st.text[:end], st.start, st.start + end), m.end())
    if not actors or len(pieces) < 2:
        return
    n = len(st.b.out)
    for s, e in pieces:
        _pledge_item(st.b, s, e, actors, None)
    st.recs.extend(st.b.out[n:])
    del st.b.out[n:]
    st.handled.add((m.start(), end))
    st.used.append((m.start(), end))


def _so_pledged(st: _Pledges, c: _Sentence) -> bool:
    """“带领村民做大X产业。”某村党支部书记甲这样承诺。年内先建12亩苗圃,…。如今,两件事都已办成。"""
    b, text, s, e, sent = st.b, st.text, c.s, c.e, c.sent
    if c.q or not re.search(r"(?:这样|如此|当场)承诺[。!]\s*$", text[max(0, s - 12):s]) or not _deadline(b, sent) \
            or _MADE.search(sent):
        return False
    prev = text[:s].rstrip()
    who = speaker_in(prev[prev.rfind("”") + 1:] if "”" in prev else prev)
    later = text[e:].split("。")[0]
    st_ = fulfilled(later) if re.search(r"[他她]|这[些几两三四五]件事", later) else None
    first = re.split(r"[,,]", sent)[0]
    first = re.sub(r"^(?:今年|年内|明年)(?:就|还)?(?:要|将)?", "", first)
    st.recs.append(record(b, task_text(first) or first, c.span, speaker_actors(who)[-1:] if who else [],
                          _deadline(b, sent), find_targets(sent) or amounts(sent) or counted(sent),
                          Progress(st_, None, b.as_of, later[:60]) if st_ else None))
    st.used.append((s, e))
    return True


#: a quoted pledge of items: “今年我承诺办好三件事:一是…,二是…,三是…” (rx28)
_QUOTE_ITEMS = lazy(r"承诺[^::“”。]{0,10}[::]\s*(?=一是)")
_NEXT_IS = lazy(r"[,,;;]\s*(?=[二三四五六七八九十]是)")


def _quoted_items(st: _Pledges, c: _Sentence) -> bool:
    """“今年我承诺办好三件事:一是A,二是B,三是C。”…书记X许下承诺: one pledge per item, by the one who says it (rx28)."""
    q = c.q
    m = _QUOTE_ITEMS.search(st.text, q[0], q[1]) if q and q not in st.handled else None
    if not m:
        return False
    year = Deadline("今年", f"{st.b.doc.year}-12-31", "year") if st.b.doc.year and "今年" in st.text[q[0]:m.start()] else None
    body_end = st.text.find("。", m.end(), q[1])
    body_end = body_end if body_end >= 0 else q[1] - 1
    cuts = [m.end()] + [x.end() for x in _NEXT_IS.finditer(st.text, m.end(), body_end)] + [body_end]
    n0 = len(st.b.out)
    for a, z in zip(cuts, cuts[1:]):
        _pledge_item(st.b, st.start + a, st.start + z, speaker_actors(c.sp), year)
    st.recs.extend(replace(r, task=said_plainly(r.task)) for r in st.b.out[n0:])
    del st.b.out[n0:]
    st.used.append((q[0], q[1]))
    st.handled.add(q)
    return True


def _i_pledge_quoted(st: _Pledges, c: _Sentence) -> bool:
    """“我承诺,廉洁办事…。…今年我一定…,给村里新打一口水井……”: the dated sentence
    of a quoted pledge is the pledge, the conduct around it is not."""
    b, text, s, e, sent, q = st.b, st.text, c.s, c.e, c.sent, c.q
    if not (q and re.match(r"“我[^“”。]{0,14}?承诺", text[q[0]:q[0] + 18])):
        return False  # (“我代表村支部承诺,… / “我有辆车,我承诺…: rx51)
    dated = _dated_in_quote(b, text, q)
    if not dated:
        return _undated_quoted(st, c)
    mine = any(s2 < e and s < e2 for s2, e2 in dated)
    if dated and not mine and not (counted(sent) or amounts(sent)):
        st.used.append((s, e))  # the conduct around the pledge
        return True
    if not mine or _MADE.search(sent) or counted(sent):
        return False
    st.recs.append(record(b, _dated_clause_task(b, sent), c.span, speaker_actors(c.sp), _deadline(b, sent),
                          find_targets(sent) or amounts(sent), None))
    st.used.append((s, e))
    return True


#: what a first-person pledge in a quote promises: 我承诺每月为困难户送米一次 / 我代表党支部郑重承诺:建成X (rx51)
_I_PROMISE = lazy(r"我(?:代表(?P<o>[^,,。“”]{2,16}?))?(?:郑重|公开|在此)?承诺[,,::]?(?P<w>[^。;;”]{4,60})")
#: how often a deed is pledged, before it: 每个月 / 每半年 (the deed keeps whom it is for: 为村里困难户修缮房屋)
_HOW_OFTEN = lazy(r"^每(?:个)?(?:月|周|季度|半年|年)(?:至少)?(?:还)?")


#: ties kept well, a manner: 搞好邻里关系 / 处理好干群关系
_TIES_ONLY = lazy(r"^(?:搞好|处理好|维护好|协调好)[\u4e00-\u9fff]{0,6}关系$")


def _undated_quoted(st: _Pledges, c: _Sentence) -> bool:
    """A quoted first-person pledge with no term (“我承诺每半年为村里困难户修缮房屋一次。”): the deed it promises, by the
    speaker or the unit spoken for (我代表村支部承诺,…); none where it promises only a manner (rx51)."""
    m = _I_PROMISE.search(c.sent)
    work = m.group("w").strip(",, ") if m else ""
    if not work or _manner(work) or _NOT_WORK.match(work) or method_only(re.split(r"[,,]", work)[0]):
        return False
    unit = parse_item(m.group("o")) if m.group("o") else None
    actors = [Actor(unit[0], unit[1], "responsible")] if unit else speaker_actors(c.sp)
    first = re.split(r"[,,]", work)[0]
    if _TIES_ONLY.match(first):
        return False
    task = re.sub(r"(?:[一两二三\d]次)$", "", _HOW_OFTEN.sub("", first))
    task = task_text(task) or task
    st.recs.append(record(st.b, task, c.span, actors, None, find_targets(work) or amounts(work) or counted(work), None))
    st.used.append((c.s, c.e))
    return True


def _dated_in_quote(b, text: str, q: tuple) -> list[tuple[int, int]]:
    """The sentences of a quote that carry this year's date and a future (今年我一定…)."""
    return [(s2, e2) for s2, e2 in sentence_spans(text[q[0]:q[1]], q[0])
            if _deadline(b, text[s2:e2]) and _FUTURE.search(text[s2:e2])]


def _dated_clause_task(b, sent: str) -> str:
    """The work of a dated pledge sentence: the clause after the dated one (今年我一定…,给村里新打一口水井),
    else the dated clause, its beneficiary off (给我村 / 为群众)."""
    cl = [x for x in re.split(r"[,,]", sent.strip("“”。…")) if x]
    k = next((j for j, x in enumerate(cl) if _deadline(b, x)), 0)
    task = re.sub(r"^(?:给|为|帮助?)?(?:我[村镇组局们]|群众|村民)?", "", cl[-1] if k < len(cl) - 1 else cl[k])
    return task_text(task) or task


#: a question is no work: 晒承诺的新闻:今年办哪些事、抓什么工作 (what the pledges tell, not a pledge)
_ASKED = lazy(r"哪些|什么|多少|怎么|怎样|啥")


def _pledge_list(st: _Pledges, c: _Sentence) -> bool:
    """实事工程承诺:A、B、C等: one pledge per listed work."""
    m = _LIST.search(c.sent)
    if not (m and _PLEDGE.search(c.sent)) or _ASKED.search(m.group("l")):
        return False
    signers = _persons_signing(st.text) or ((_bare_pledger(c.sent[:m.start()]) or []) if m.start() <= 8 else [])  # (胡某年初承诺:A、B: rx29)
    prog = _later_progress(st.b, st.paras, st.i, c.e)
    dl = _deadline(st.b, c.sent[:m.start()].split(",")[-1])  # 今年…承诺包括A、B: 12-31
    items = m.group("l").split("、")
    each = _each_told(st.b, st.text[c.e:], items) if prog is None or prog.status != "done" else {}
    for item in items:
        k = st.text.find(item, c.s)
        st.recs.append(record(st.b, item.strip(), [(st.start + k, st.start + k + len(item))], signers,
                              dl, counted(item) or amounts(item) or find_targets(item), each.get(item, prog)))
    st.used.append((c.s, c.e))
    return True


def _made_pledge(st: _Pledges, c: _Sentence) -> bool:
    """某局领办,局长张三作出公开承诺,筹资800万元新建敬老院 / 首先亮相的是乡长王五,他承诺…"""
    m = _MADE.search(c.sent)
    if not m:
        return False
    plain = _plain_pledger(st, c, m)
    if _no_pledge_made(c.sent, m, plain):
        return False
    made = _made(st.b, st.paras, st.i, c.sent, c.e, c.span, m, plain)
    made = [_own_work(r, m.group("w")) for r in (made if isinstance(made, list) else [made])]
    st.recs.extend(made)
    st.used.append((c.s, c.e))
    if made and _ITEM_START.match(m.group("w")):  # 公开承诺:一是A;二是B;三是C: the pledgers pledge each item
        _items_after(st, c.e, list(made[0].actors))
    return True


#: the work a speaker says is hers: 她牵头推进的X项目… / 他包抓的X工程…
_HER_WORK = lazy(r"^[他她](?P<r>牵头|负责|包抓|包联|领办|分管)(?:推进|实施|建设)?的")


def _own_work(r, w: str):
    """X表示,她牵头推进的Y项目年底前实现主体封顶: the work named without the pronoun, led by her where she leads it (rx37)."""
    m = _HER_WORK.match(w)
    if not r or not m or not r.task.startswith(m.group()):
        return r
    role = "lead" if m.group("r") in ("牵头", "领办") else "responsible"
    actors = tuple(replace(a, role=role) if a.kind == "person" else a for a in r.actors)
    return replace(r, task=r.task[m.end():], actors=actors)


#: the next items of a pledge listed after its colon: ;二是B / ;3.C
_NEXT_PIECE = lazy(r"(?<=[;;。])\s*(?=" + IS_NO + r"|\d+[.、.](?!\d)|" + BRACKET_NO + r")")


def _items_after(st: _Pledges, at: int, actors: list) -> None:
    """The items after the first of an inline pledge list (…承诺:一是A;二是B;三是C), up to the paragraph's
    first sentence that is no item: one pledge each, by the pledgers of the first (rx21)."""
    text = st.text
    pos = at
    while pos < len(text):
        nxt = _NEXT_PIECE.match(text, pos) if pos == at or text[pos - 1] in ";;。" else None
        if nxt is None or not _ITEM_START.match(text[nxt.end():]):
            break
        end = next((k + 1 for k in range(nxt.end(), len(text)) if text[k] in ";;。"), len(text))
        n0 = len(st.b.out)
        _pledge_item(st.b, st.start + nxt.end(), st.start + end, actors, None)
        st.recs.extend(st.b.out[n0:])
        del st.b.out[n0:]
        st.used.append((pos, end))
        st.handled.add((pos, end))
        pos = end


def _plain_pledger(st: _Pledges, c: _Sentence, m: re.Match) -> Optional[list[Actor]]:
    """Who a plain ``承诺`` is made by: the one named just before (县委书记刘大海承诺),
    or for ``他承诺…`` the one named before it (in the paragraph or the two before)."""
    sent = c.sent
    before = sent[:m.start()]
    if _BOARD.match(m.group()):
        before = re.sub(r"(?:在|的)$", "", before)  # (王某在承诺牌上写道: / 王某的承诺牌上写着:, rx51)
    plain = _pledger_before(before) if m.group().startswith("承诺") else None
    if not plain and _AND_PLEDGED.search(sent[:m.start()]):
        return _subject_pledger(st, c, sent[:m.start()])
    if not plain and _WE.search(sent[:m.start()]):
        who = line_speaker(st.text)  # 市交通局局长 孙建华:…我们承诺X: the one whose line it is (rx27)
        if who and who[1]:
            return speaker_actors(who)
    if plain or not _HE.search(sent[:m.start()]):
        return plain
    who = speaker_in(st.text[:c.s + m.start()]) or next(
        (speaker_in(p.text) for p in reversed(st.paras[max(0, st.i - 2):st.i]) if speaker_in(p.text)), None)
    opener = _OPENER.match(st.text) if not who else None  # 村党支部书记、村委会主任杨某首先发言。他年初承诺… (rx32)
    return _persons_first(speaker_actors(who)) if who else [Actor(opener.group("n"), "person", "responsible")] if opener else None


#: a pledge in a clause after the subject's own: 镇长甲在会上通报了X,并承诺年底前建成Y
_AND_PLEDGED = lazy(r"[,,][并还也]$")
#: a sentence opening with a bare name that speaks: 甲表示,… (named with a post before)
_NAME_SAYS = lazy(r"^(?P<n>[\u4e00-\u9fff]{2,3}?)(?:表示|说|强调|指出|介绍|称|坦言|回应)")


def _subject_pledger(st: _Pledges, c: _Sentence, before: str) -> Optional[list[Actor]]:
    """Who pledges in ``…,并承诺X``: the subject of the sentence, a person named with a post in its first
    clause (镇长甲在会上通报了…), or one named bare who speaks (甲表示,…) and was named with a post before
    in the paragraph (rx22); else None."""
    first = re.split(r"[,,]", before)[0]
    who = speaker_in(first)
    if who is None:
        bare = _NAME_SAYS.match(before)
        named = bare and re.search(r"(?:" + _POST + r")" + re.escape(bare.group("n")), st.text[:c.s])
        who = (bare.group("n"), None) if named else None
    return [Actor(who[0], "person", "responsible")] if who else None


def _no_pledge_made(sent: str, m: re.Match, plain: Optional[list]) -> bool:
    """No pledge of its own: what follows says how it is made (公开承诺,通过X接受监督);
    a bare 承诺 (承诺年内完成X, no mark between) or a plain one with nobody before who
    pledges (…登台践诺和承诺新一年工作), unless made to someone (向群众承诺:)."""
    bare = m.group()[m.start("w") - m.start() - 1] == "诺"
    if _NOT_WORK.match(m.group("w")) or (bare and not plain):
        return True
    return m.group().startswith("承诺") and not plain and not re.search(r"向[^,。;]{1,10}$", sent[:m.start()])


def _pledge_set(st: _Pledges, c: _Sentence) -> bool:
    """A set of pledges counted: 我局年初承诺的8项重点工作, 县水利局局长王强在践诺发言中说,
    去年承诺的12座…已全部完成; the same set again (a headline, then the story) is one."""
    b, sent = st.b, c.sent
    if not _may_count_pledges(sent) or _works_counted(sent):
        return False
    ts = _aggregate(sent)
    if not (ts and (_PLEDGE.search(sent) or any(t.unit in ("件", "项") for t in ts) or _SHARE.search(sent))):
        return False
    if not any(t.unit in ("件", "项", "条") for t in ts) and any(_MEASURED.fullmatch(t.unit or "") for t in find_targets(sent)):
        return False  # 他年初承诺,年内硬化道路6.5公里,解决4个村民组…: one work with its figure, no set (rx32)
    rec = record(b, _task_of(ts), c.span, _set_actors(st, c), _deadline(b, sent), ts, _progress(b, sent, ts[0].value))
    st.used.append((c.s, c.e))
    if _set_seen(st, sent, ts, rec):
        return True
    st.recs.append(rec)
    if c.q:
        st.last_in_quote[c.q] = len(st.recs) - 1
    return True


#: the unit of a work's own figure, no count of things pledged
_MEASURED = lazy(r"公里|千米|米|平方米|亩|万亩|万元|亿元|元|吨|万吨|户|万户|人|万人|%")


def _works_counted(sent: str) -> bool:
    """承诺的修建X、安装Y两件事都已兑现: the works listed before their count, each its own (rx28)."""
    m = _PLEDGED.search(sent)
    return bool(m) and len(listed_works(m.group("t"))) > 1


def _may_count_pledges(sent: str) -> bool:
    """A sentence that speaks of pledges (承诺, 兑现) or of a unit's share (负责三件大事),
    and is no evaluation of pledges (对各单位践诺情况开展评议)."""
    return bool(_PLEDGE.search(sent) or (_SHARE.search(sent) and re.search(r"[件项个]", sent))) \
        and not _REVIEW.search(sent)


def _persons_first(actors) -> list[Actor]:
    """The persons of ``actors``, then the others."""
    return [a for a in actors if a.kind == "person"] + [a for a in actors if a.kind != "person"]


def _set_actors(st: _Pledges, c: _Sentence) -> list[Actor]:
    """Who pledges a set: those the sentence names; else the unit 我局 stands for
    (我局年初承诺的8项重点工作); else the speaker of a first-person quote; else the one
    who says it (…局长王强在践诺发言中说,去年承诺的12座…)."""
    sent, q = c.sent, c.q
    actors = list(find_actors(sent).actors)
    me = _UNIT_ME.search(sent)
    if not actors and me and not q:
        actors = _pledger(st.b, st.paras, st.i, me.group())
    if not actors and c.sp and c.first:
        actors = _persons_first(speaker_actors(c.sp))
    if actors:
        return actors
    k = sent.find("承诺")
    if sent.startswith("承诺的", k) and not q:  # 东湖街道向群众承诺的10件实事: the units pledging (rx12)
        units = _pledging_units(sent[:k])
        if units:
            return [Actor(n, kind, "responsible", p) for n, kind, p in units]
    said = speaker_in(sent[:k]) if not q and k > 0 and _SAID.search(sent[:k]) else None
    return _persons_first(speaker_actors(said)) if said else actors


def _set_seen(st: _Pledges, sent: str, ts, rec) -> bool:
    """Whether the set of ``ts`` was counted before in the document (then a story's
    sentence takes the place of a headline's record); else remember it."""
    b = st.b
    key = tuple(sorted((t.value, t.unit) for t in ts))
    seen = b.__dict__.setdefault("_pledge_sets", {})
    if key not in seen:
        seen[key] = (rec, "。" not in st.text and len(st.text) <= 40)
        return False
    old, title = seen[key]
    if title and "。" in sent and old in b.out:
        b.out[b.out.index(old)] = rec
        seen[key] = (rec, False)
    elif rec.progress is not None and old.progress is None:  # the set pledged, then told kept: one, with its fulfilment (rx17)
        new = replace(old, progress=rec.progress, evidence=old.evidence + rec.evidence, text=old.text + " " + rec.text)
        for where in (st.recs, b.out):
            if old in where:
                where[where.index(old)] = new
        seen[key] = (new, False)
    return True


def _watched(st: _Pledges, c: _Sentence) -> bool:
    """县绩效办对民生实事进行周通报、旬调度."""
    rec = watching(st.b, c.sent, st.start + c.s, r"承诺|践诺|实事|事项", st.text)
    if not rec:
        return False
    st.recs.append(rec)
    st.used.append((c.s, c.e))
    return True


#: a stage of the pledged work reached, the rest going on: 已封顶 / 正在加快建设 / 已完成招标 (rx17)
_UNDER_WAY = lazy(r"已(?:经)?(?:封顶|进场|签约|完成(?:[\u4e00-\u9fff]{0,6}?)(?:招标|设计|选址|规划))|正在(?:加快|抓紧|有序)?(?:建设|施工|推进|实施)")
#: a pledge to begin a work: 承诺的动工建设X (kept when X 已于…动工)
_STARTED_PLEDGE = lazy(r"(?:动工|开工|启动)")
#: who pledged, before 承诺的: 东湖区林业局, 区教育局和东城区、西城区, 东湖港务(集团)有限公司
_PLEDGER_SPLIT = lazy(r"[、和及与]")
#: a district or town pledging with the units: 东城区, 城关镇
_PLACE_UNIT = lazy(r"^[\u4e00-\u9fff]{1,4}(?:区|县|镇|乡|街道)$")


def _pledging_units(before: str) -> list:
    """The units opening the clause before ``承诺的`` (``区林业局承诺的…``), ``[(name, kind, post)]``;
    ``[]`` unless every piece is a unit (不是 他, 去年, 群众)."""
    clause = re.split(r"[,,。;;:“”]", before)[-1].strip()
    # 2016年初东湖街道向群众承诺的…: the time before the unit and the public it pledged to are no unit (rx12)
    clause = re.sub(r"(?:面向社会|向社会|向群众|向全[区县市镇]人民|公开)$", "", re.sub(r"^(?:(?:19|20)\d\d年(?:初|底|度)?|去年|今年(?:初)?|年初)", "", clause))
    parts = [p for p in _PLEDGER_SPLIT.split(clause) if p]
    # 东湖港务(集团)有限公司: the bracket is the name's, read without it
    units = [_pledging_unit(p, re.sub(r"[((][^()()]{1,6}[))]", "", p)) for p in parts]
    return units if units and all(u and u[1] == "organization" for u in units) else []


def _pledging_unit(name: str, bare: str):
    u = parse_item(bare) or ((bare, "organization", None) if _PLACE_UNIT.match(bare) else None)
    return (name, u[1], u[2]) if u and u[0] == bare else u


def _pledged_done(st: _Pledges, c: _Sentence) -> bool:
    """他承诺的X工程已提前完成预期的进度: the pledge and its fulfilment."""
    m = _PLEDGED.search(c.sent)
    status = fulfilled(c.sent[m.end():]) if m else None
    units = _pledging_units(c.sent[:m.start()]) if m else []
    pct = None
    if m and status is None and units:  # 市林业局承诺的X,已于11月底栽植…,完成目标任务的112%
        prog = find_progress(c.sent[m.end():])
        started = _STARTED_PLEDGE.match(m.group("t")) and re.search(r"已(?:于[^,。;]{1,12}?)?(?:动工|开工|启动)", c.sent[m.end():])
        status, pct = ("done", None) if started else ((prog.status, prog.percent) if prog else (None, None))
        if status is None and _UNDER_WAY.search(c.sent[m.end():]):
            status = "on_track"  # 承诺的建成X,主楼已封顶 / …,路网正在加快建设: a stage reached (rx17)
    if not (m and status):
        return False
    actors = [Actor(n, k, "responsible", p) for n, k, p in units]
    if re.search(r"[他她]$", c.sent[:m.start()]):
        who = speaker_in(st.text[:c.s]) or _told_by(c.sent)
        if who:
            actors.append(Actor(who[0], "person", "responsible"))
    for t in listed_works(m.group("t")):  # (他承诺的修建X、安装Y两件事都已兑现: each, rx28)
        st.recs.append(record(st.b, t, c.span, actors, None, find_targets(t),
                              Progress(status, pct, st.b.as_of, c.sent[m.start():][:60])))
    st.used.append((c.s, c.e))
    return True


def _told_by(sent: str) -> Optional[tuple]:
    """刘德胜告诉记者,去年他承诺的…: the person named bare who tells it (rx28)."""
    m = re.match(r"(?P<n>[\u4e00-\u9fff]{2,3}?)(?:告诉记者|对记者说|向记者介绍|表示|介绍说)", sent)
    return (m.group("n"), None) if m else None




#: a pledge told kept by what it promised: 让X村通上自来水这一承诺得到了践行 / 修通村道的承诺已经兑现
_TOLD_KEPT = lazy(r"(?P<t>[^,。;“”]{4,30}?)(?:这一|这个|这项|的)承诺(?:已经?|均已|也)?(?:得到|得以|如期)?了?(?:践行|兑现|落实|实现)")


def _told_kept(st: _Pledges, c: _Sentence) -> bool:
    """``让村民走上水泥路这一承诺得到了践行``: what was pledged is done (rx21)."""
    m = _TOLD_KEPT.search(c.sent.replace("“", "").replace("”", ""))
    if not m or _FUTURE.search(m.group("t")[:2]):
        return False
    task = re.sub(r"^(?:让|使|给|为)", "", re.split(r"[,,]", m.group("t"))[-1])
    st.recs.append(record(st.b, task_text(task) or task, c.span, [], None, find_targets(task),
                          Progress("done", None, st.b.as_of, m.group()[-12:])))
    st.used.append((c.s, c.e))
    return True


def _quote_goes_on(st: _Pledges, c: _Sentence) -> bool:
    """…下一步我们将加快进度,确保如期完成全年任务: the deadline of the same quote's pledge."""
    b, q, sent = st.b, c.q, c.sent
    if not (q and q in st.last_in_quote and (_deadline(b, sent) or _FUTURE.search(sent)) and not counted(sent)):
        return False
    k = st.last_in_quote[q]
    r = st.recs[k]
    ev = r.evidence + (Evidence(b.orig[st.start + c.s:st.start + c.e], st.start + c.s, st.start + c.e),)
    st.recs[k] = replace(r, evidence=ev, text=r.text + " " + ev[-1].text, deadline=r.deadline or _deadline(b, sent))
    st.used.append((c.s, c.e))
    return True


def _speaker_says(st: _Pledges, c: _Sentence) -> bool:
    """“去年我们…了78个…” / “今年还将抓好226个…”: the speaker's pledge or its fulfilment."""
    b, sent = st.b, c.sent
    dated = next((d for d in find_deadlines(sent, b.doc) if d.date), None)
    if not (c.q and c.sp and c.first and (counted(sent) or _deadline(b, sent) or dated)):
        return False
    ts = counted(sent)
    retro = bool(_RETRO.search(sent[:12])) and "了" in sent
    actors = speaker_actors(c.sp)
    if retro:
        st.recs.append(record(b, _clause_task(sent), c.span, actors, None, (),
                              Progress("done", None, b.as_of, sent.strip("“”")[:60])))
    elif _FUTURE.search(sent):
        at = sent.find("“") + 1  # (本网讯 “今年我们要…: the words said, rx33)
        pieces = _dated_pieces(b, sent[at:])
        if pieces:  # “今年我们要完成X,10月底前让Y”: one pledge per dated piece (rx33)
            st.recs += _piece_records(b, pieces, st.start + c.s + at, actors, lead=False)
        else:  # (“我牵头的X工程,10月15日前完成新建管网18公里…”: its own term and figures, rx37)
            due = _deadline(b, sent) or (Deadline(dated.text, dated.date, dated.precision) if dated else None)
            st.recs.append(record(b, _clause_task(sent[at:]), c.span, actors, due, ts or find_targets(sent[at:]), _progress(b, sent)))
    else:
        return True
    st.used.append((c.s, c.e))
    st.last_in_quote[c.q] = len(st.recs) - 1
    return True


#: the shapes of a pledge sentence, tried in order
def _groups_told(st: _Pledges, c: _Sentence) -> bool:
    """8件实事下设24个子项,其中A、B等4个子项已提前完成;C等16个子项时间过半: one progress per group."""
    recs = group_records(st.b, c.sent, st.start + c.s)
    st.recs.extend(recs)
    if recs:
        st.used.append((c.s, c.e))
    return bool(recs)


def _kept_listed(st: _Pledges, c: _Sentence) -> bool:
    """``一年来,已完成4件:新修村道3公里,建成文化广场1个,…``: in an account of pledges kept (述诺), each work listed
    after the count done is a pledge done (rx27)."""
    m = _KEPT_LISTED.search(c.sent) if "已" in c.sent else None
    if not m:
        return False
    at = c.sent.find(m.group("l"))
    for piece in re.finditer(r"[^,,;;、。]+", m.group("l")):
        item = piece.group().strip()
        if len(item) < 4:
            continue
        k = st.start + c.s + at + piece.start()
        st.recs.append(record(st.b, task_text(item) or item, [(k, k + len(piece.group()))], [], None,
                              find_targets(item) or counted(item), Progress("done", None, st.b.as_of, m.group(0)[:20])))
    st.used.append((c.s, c.e))
    return True


#: the works a count of pledges done lists after its colon: 已完成4件:A,B,C / 已兑现3项:A、B、C
_KEPT_LISTED = lazy(r"已(?:经)?(?:全部)?(?:完成|兑现|办结|落实|践诺)(?:\d+|[一二三四五六七八九十两]+)(?:件|项)[::](?P<l>[^。]{6,})")


_SHAPES = (_groups_told, _so_pledged, _quoted_items, _i_pledge_quoted, _pledge_list, _made_pledge, _pledge_set, _watched, _kept_listed, _pledged_done,
           _told_kept, _quote_goes_on, _speaker_says)


#: a first-person pledge lead-in: 我局郑重承诺: / 我承诺: / 现作如下承诺:
_I_PLEDGE = lazy(r"(?P<who>我们|我局|我委|我办|我中心|我单位|本单位|本局|我镇|我乡|我村|我们村|我街道|本人|我)"
                       r"(?P<lead>[^。::]{0,40}?)(?:郑重|公开|庄严)?(?:作出|做出)?(?:承诺|作出?如下承诺|承诺如下)(?:如下)?(?:[::]|。\s*$)")  # (…就13件民生实事公开做出承诺。 closing its paragraph, the items below: rx40)
#: a speaker's pledge: 县交通局局长彭中表态: / …表示:“
_SAYS = lazy(r"^(?P<head>[^。::“]{4,40}?(?:表态|表示|承诺|说|发言))[::]“?")
_ITEM_START = lazy(r"^(?:" + ITEM_NO + r"|" + IS_NO + r"|\s*承诺[一二三四五六七八九十]{1,3}[::]|\s*第[一二三四五六七八九十]{1,3}[,,、])")  # (承诺一:…, rx30; 第一,…, rx39)
_INLINE_ITEM = lazy(r"(?=(?<![\u4e00-\u9fff])" + IS_NO + r"|(?<![\d.])\d+[.、.](?:(?!\d)|(?=\d{1,2}月))|" + BRACKET_NO + r")")
_ORG_NAME = lazy(r"[\u4e00-\u9fff]{2,16}(?:委员会|管委会|办公室|办事处|中心|公司|街道|局|委|办(?![理结好事])|镇|乡|村)")  # (…提案办理承诺: 办理 no office, rx52)
_POSTS = "|".join(sorted(POSTS, key=len, reverse=True))
_SIGNED = lazy(r"(?:承\s{0,2}诺\s{0,2}人|承诺单位|签字|签名)(?:[((](?:签字|签名|盖章)[))])?[::]\s*(?P<v>[^\n]{2,30})")  # (承诺人(签字):, rx29; 承 诺 人:, rx33)


def _pledger(b, paras, i, who: str, lead: str = "") -> list[Actor]:
    """Whom 我 / 我局 stands for: the signature (承诺单位:… / 承诺人:…) below the
    pledge, else the unit the title names, else the speaker; a unit 我 speaks for
    (我代表县住建局…承诺:) and a head the title names (县住建局局长陈明:…) are the pledgers (rx25)."""
    orgs, persons = signatures(paras, i)
    for_unit = _FOR_UNIT.search(lead)
    if for_unit and not orgs and parse_item(for_unit.group("o")):
        orgs.append(Actor(for_unit.group("o"), "organization", "responsible"))
    if not persons and who in ("我", "本人"):
        persons += _head_or_byline(b, paras, i)
    if not orgs and who not in ("我", "本人"):
        orgs += _title_unit(b, paras)
    if not orgs and getattr(b, "unit", None) and _UNIT_ME.fullmatch(who):  # 我局 of 东湖区住建局局长 张明: the unit (rx26)
        return [Actor(b.unit, "organization", "responsible")]
    if not persons and b.speaker and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", b.speaker) and not parse_item(b.speaker):
        persons.append(Actor(b.speaker, "person", "responsible"))
    return (persons + orgs) if who in ("我", "本人") else (orgs + persons)


def _head_or_byline(b, paras, i) -> list[Actor]:
    """Who 我 is: the head the title names (县住建局局长陈明:…), else the byline on the line above the lead-in
    (肇东市委书记 吕 江 ⏎ 我代表…承诺。, rx40)."""
    head = speaker_in(re.split(r"[::]", b.title or paras[0].text)[0] + ":")
    if head:
        return [Actor(head[0], "person", "responsible")]
    byline = _BYLINE.match(paras[i - 1].text) if i > 0 else None
    return [Actor(re.sub(r"\s", "", byline.group("n")), "person", "responsible", byline.group("p"))] if byline else []


#: a byline of the one who pledges: 东湖区委书记 王 明 / 县长  李某某 (a two-character name spaced, as printed)
_BYLINE = lazy(r"^\s*(?P<p>[\u4e00-\u9fff]{0,12}?(?:" + _POSTS + r"))\s+(?P<n>[\u4e00-\u9fff](?:\s{0,3}[\u4e00-\u9fff]){1,2})\s*$")


def _title_unit(b, paras) -> list[Actor]:
    """The unit a title opens with (县住建局2024年承诺书), cut before its head's post (局长表态: not 局局)."""
    title = re.sub(r"^(?:关于)?(?:(?:19|20)\d\d年度?)?", "", b.title or paras[0].text)
    m = _ORG_NAME.match(re.split(r"(?:" + _POSTS + r")(?![\u4e00-\u9fff]{0,3}(?:局|委|办|中心|公司))", title)[0])
    return [Actor(m.group(), "organization", "responsible")] if m and parse_item(m.group()) else []


_FOR_UNIT = lazy(ON_BEHALF)


#: a rule drawn across the page between blocks: —————— / ------ / ======
_RULE_LINE = lazy(r"^\s*[—\-─━=_*·.]{6,}\s*$")
#: the date signed after the signer's name: 陈某      2021年3月18日
_SIGN_DATE = lazy(r"\s*(?=(?:19|20)\d\d\s*[年.\-/])")


def signatures(paras, i) -> tuple[list[Actor], list[Actor]]:
    """The units and persons who sign below a pledge (``承诺单位:县住建局`` /
    ``承诺人:县住建局局长张三``: the unit of a post too), within 40 paragraphs."""
    orgs: list[Actor] = []
    persons: list[Actor] = []
    for p in paras[i:i + 40]:
        if (orgs or persons) and _RULE_LINE.match(p.text):
            break  # (a rule closes one pledger's block: 承诺人(签名):X ⏎ ——————, rx36)
        m = _SIGNED.search(p.text)
        if not m:
            continue
        key = "responsible_org" if p.text[m.start():m.start() + 4] == "承诺单位" else "responsible_person"
        value = _SIGN_DATE.split(m.group("v").strip())[0]  # (承诺人(签名):陈某      2021年3月18日: the name)
        for name, kind, role, post in cell_actors(value, key):
            org = _ORG_NAME.match(re.sub(r"(?:" + _POSTS + r")$", "", post)) if kind == "person" and post else None
            if org and len(org.group()) >= 3:
                orgs.append(Actor(org.group(), "organization", "responsible"))
            (persons if kind == "person" else orgs).append(Actor(name, kind, "responsible"))
    return orgs, persons


def _first_person_list(b, paras, i) -> Optional[int]:
    """``我局郑重承诺:一是…;二是…`` or a lead-in line and numbered items below it:
    one pledge per item, made by the unit or person 我 stands for."""
    para = paras[i]
    m = _I_PLEDGE.search(para.text)
    if m and m.start() > 0 and para.text[m.start() - 1] == "“":
        return _quoted_pledges(b, paras, i)
    said, named = None, None
    if not m:  # 县交通局局长彭中表态:今年我局将重点抓好三件事:一是…;二是…
        m, said = _says_items(para.text)
    if m is None:  # 南湖镇承诺:一是…;二是… / 县住建局局长张三公开承诺:一是…;二是…
        m, named = _named_items(para.text)
    if m is None:  # 刘强:今年我们承诺办好五件实事。一是…;二是…: an answer on air, its set and its items (rx26)
        m = _name_line_items(para.text)
        if m is None:
            m = _will_items(para.text) or _SHOWN.match(para.text)  # (表态发言) 我局将…。一是…; 亮诺:一是…: the pledger's items (rx26)
            if m is None:
                return None
        else:
            said = _titled(b, paras, m.group("n"))
    pieces = _inline_pieces(para, m.end())
    j = _items_under(paras, i + 1, pieces)
    if not pieces:
        return None
    pieces, given = _given_after(b, pieces)
    if named is not None:
        actors, year = named, _this_year(b, para.text[:m.end()])
    else:
        actors = speaker_actors(said) if said else (_line_speaker(para.text) or _pledger(b, paras, i, m.group("who"), m.group(0)))
        year = _deadline(b, para.text[:m.end()])  # 今年我局将重点抓好三件事: the items' year
    actors = given + [a for a in actors if a not in given]
    _kept_before(b, para, m.start(), actors)
    if "lead" in m.re.groupindex:
        _set_told(b, para, m, actors)
    for s, e in pieces:
        _pledge_item(b, s, e, actors, year)
    return j


#: the roles given to all the items after the last: 。以上五件事,由X牵头,Y负责 (rx38)
_ALL_GIVEN = lazy(r"[。;;]\s*" + WORKS_BEFORE + r"[,,]")


def _given_after(b, pieces: list) -> tuple[list, list]:
    """The items without the roles sentence closing the last (…;五是X。以上五件事,由A牵头,B负责,C配合。), and the
    actors it gives them all."""
    s, e = pieces[-1]
    m = _ALL_GIVEN.search(b.t, s, e)
    if not m:
        return pieces, []
    actors = [a for c in re.split(r"[,,]", b.t[m.end():e]) for a in find_actors(c).actors]
    return (pieces[:-1] + [(s, m.start() + 1)], actors) if actors else (pieces, [])


#: a section heading over a pledge's items, a bracket of notes at most: 一、办理时限承诺(均自受理之日起计算) / 四、投诉与监督
_SECTION_HEAD = lazy(r"^\s*[一二三四五六七八九十]+、[^,,。;;:：\d]{2,14}(?:[((][^()()]{2,40}[))])?\s*$")
#: a section of what follows a pledge broken: 三、违诺责任 / 责任追究 / 违诺处理
_BREACH_HEAD = lazy(r"违诺|责任追究|追责|问责|违诺处理|失诺")


def _items_under(paras, j: int, pieces: list) -> int:
    """Add the spans of the numbered lines from ``paras[j]`` on to ``pieces``, section headings over them aside
    (一、重点工程建设承诺 ⏎ 1.…, rx32); the index after them."""
    manner = breach = False
    while j < len(paras) and _ITEM_START.match(paras[j].text):
        if _ASPECT_HEAD.match(paras[j].text) and j + 1 < len(paras) and paras[j + 1].text.lstrip().startswith(("|", "|")):
            break  # 一、年度工作承诺 ⏎ | 序号 | 承诺内容 |…: the heading of a table, read by the tables' reader (rx37)
        if _SECTION_HEAD.match(paras[j].text):  # 一、办理时限承诺(均自受理之日起计算) / 三、违诺责任: a heading, no pledge (rx38)
            breach = bool(_BREACH_HEAD.search(paras[j].text))
            manner = MANNER_HEAD_RX.search(paras[j].text) is not None  # (一、服务规范承诺: manners below, unless measured; rx33)
            j += 1
            continue
        if breach:  # (what follows a pledge broken: sanctions, no pledges)
            j += 1
            continue
        if _ASPECT_HEAD.match(paras[j].text) and j + 1 < len(paras) and _ITEM_START.match(paras[j + 1].text):
            manner = MANNER_HEAD_RX.search(paras[j].text) is not None  # (一、服务规范承诺: manners below, unless measured; rx33)
        elif not (manner and not _measured(paras[j].text)):
            pieces.append((paras[j].start, paras[j].end))
        j += 1
    return j


#: a sentence of a member's line that pledges something: its verbs (what is not: 述诺评诺就是让…)
_PLEDGE_VERB = lazy(r"承诺|保证|确保|带头|负责|组织|提供|开展|完成|办理|做到|举办|建成|帮助|实现|新建|改造|解决")


def _speaker_line(b, paras, i) -> Optional[int]:
    """``葛某(局党组书记、局长):今年…。我带头…`` in a pledge document: a member's line, each sentence that pledges
    something (a figure, a term or a pledging verb) his pledge (rx29)."""
    para = paras[i]
    who = paren_speaker(para.text) or _posted_speaker(para.text)
    colon = re.search(r"[::]", para.text[:40])
    if not who or not colon:
        return None
    at = colon.end()
    lead = _MY_PLEDGES.match(para.text, at)
    at = lead.end() if lead else at  # 年初我承诺的三件事,A;B;C: the pledges after the lead-in (rx30)
    actors = speaker_actors(who)
    year = _deadline(b, para.text[at:at + 6]) if _REL_YEAR.match(para.text[at:]) else None
    n = len(b.out)
    for s, e in sentence_spans(para.text[at:], 0):
        sent = para.text[at + s:at + e]
        if find_targets(sent) or find_deadlines(sent, b.doc) or _PLEDGE_VERB.search(sent):
            _pledge_item(b, para.start + at + s, para.start + at + e, actors, year, told=_PLEDGE_REVIEW.search(b.t[:300]) is not None)
    return i + 1 if len(b.out) > n else None


#: a date the work was done on, not its term: 8月已经通车 / 9月已建成 (rx30)
_DONE_ON = lazy(r"(?:份)?(?:已经|已|就已)")
#: a pledge review's head: 述诺评诺 / 践诺 / 晒承诺 (its lines tell how each pledge stands, rx30)
_PLEDGE_REVIEW = lazy(r"述诺|评诺|践诺|晒[^,。]{0,4}(?:单|账)|兑现情况")


#: a member's pledge card: 1.退休党员邹某:每周二…参加小区治安巡逻 / 在职党员、区财政局干部田某:结对帮扶… (rx30)
_CARD = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*(?P<post>[\u4e00-\u9fff、]{0,16}?(?:党员|干部|医生|教师|书记|主任|委员|志愿者|代表|"
             r"网格员|楼栋长|组长))(?P<n>[\u4e00-\u9fff]{2,3})[::](?P<body>[^::]{6,})$")


#: a member's pledge card naming his branch, then him, then his post in brackets:
#: 第一党支部 刘某(退休教师):每周… (rx31)
_CARD_NAMED = lazy(r"^\s*(?:" + ITEM_NO + r")?\s*[\u4e00-\u9fff]{2,12}?(?:支部|党小组|小组|网格)\s+(?P<n>[\u4e00-\u9fff]{2,3})"
                   r"[((](?P<post>[^()()\d]{2,24})[))][::](?P<body>[^::]{6,})$")


#: a member's standing duty: 主持全面工作 / 分管水利、治安 (rx31)
_DUTIES = lazy(r"^\s*(?:主持|分管|协管|协助[^,,;;]{0,6}?分管)")
#: the heading over members' duties: 班子成员分工: / 职责分工如下:
_DUTIES_HEAD = lazy(r"分工(?:如下)?[::]\s*$")


#: a card's owner line: 姓名:覃某  党内职务:社区党委书记
_OWNER = lazy(r"^\s*姓\s*名[::]\s*(?P<n>[\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3}?)(?=\s|$|[,,;;((])")  # (钱  军 / 罗某(退休教师), rx33)
#: the card's pledges: 我的承诺: / 承诺内容: / 承诺事项:
_MINE = lazy(r"^\s*(?:我的承诺|承诺内容|承诺事项|个人承诺)[::]\s*")
#: how the card's pledges stand: 上半年践诺: / 践诺情况: / 年终践诺:
_KEPT_LINE = lazy(r"^\s*(?:上半年|年中|年终|全年|前三季度)?(?:践诺|兑现)(?:情况)?[::]\s*")
_CIRCLED = lazy(r"(?=[①-⑳])")


def _named_card(b, paras, i) -> Optional[int]:
    """A member's card, one field a line (rx32): ``姓名:覃某 党内职务:社区党委书记`` ⏎ ``我的承诺:`` ⏎ ``①…;`` ⏎ ``②…。`` ⏎
    ``上半年践诺:①…;②…`` — each pledge the owner's, its status the numbered one (or the piece in order) of the
    kept line."""
    owner = _OWNER.match(paras[i].text)
    if not owner or i + 1 >= len(paras) or not _MINE.match(paras[i + 1].text):
        return None
    j = i + 1
    spans = []
    while j < len(paras) and not _KEPT_LINE.match(paras[j].text) and not _OWNER.match(paras[j].text) \
            and (j == i + 1 or _ITEM_START.match(paras[j].text)):
        at = paras[j].start + (_MINE.match(paras[j].text).end() if j == i + 1 else 0)
        spans += _card_pieces(b, at, paras[j].end)
        j += 1
    kept = _KEPT_LINE.match(paras[j].text) if j < len(paras) else None
    told = _by_likeness(b, spans, _told_pieces(b, paras[j].start + kept.end(), paras[j].end)) if kept else []
    name = re.sub(r"\s", "", owner.group("n"))
    for k, (s, e) in enumerate(spans):
        n0 = len(b.out)
        _pledge_item(b, s, e, [Actor(name, "person", "responsible")], None)
        said = b.t[told[k][0]:told[k][1]] if k < len(told) and len(told) == len(spans) else ""
        prog = _card_status(b, said)
        b.out[n0:] = [replace(r, progress=prog, evidence=r.evidence + (Evidence(said, told[k][0], told[k][1]),)) if prog else r
                      for r in b.out[n0:]]
    return j + 1 if kept else j


def _card_status(b, said: str) -> Optional[Progress]:
    """How a card's pledge stands, as its piece of the kept line tells: a status, 长期坚持 (on track), 未兑现 (not
    started, rx33)."""
    prog = find_progress(said, b.as_of, b.doc.year)
    state = None if prog else fulfilled(said) or ("on_track" if "长期坚持" in said else "not_started" if re.search(r"未兑现|未启动|未开展", said) else None)
    return prog or (Progress(state, None, b.as_of, said.strip(" ;;。")[:60]) if state else None)


def _by_likeness(b, spans: list, told: list) -> list:
    """The kept line's unnumbered pieces in the order of the pledges they speak of, where the words they share say
    another order than the written one (合唱队已组建…;暑期课堂定于…, of 课堂… and 合唱队…, rx33)."""
    if len(told) != len(spans) or not 2 <= len(told) <= 3 or _TOLD_NO.match(b.t[told[0][0]:told[0][1]]):
        return told

    mine, theirs = [char_pairs(b.t[s:e]) for s, e in spans], [char_pairs(b.t[s:e]) for s, e in told]
    best = max(itertools.permutations(range(len(told))), key=lambda p: sum(len(mine[k] & theirs[p[k]]) for k in range(len(p))))
    return [told[p] for p in best]


def _card_pieces(b, s: int, e: int) -> list[tuple[int, int]]:
    """The pieces of a card's line: each circled one (①…;②…), else each cut at ; with a figure, a term or a time it
    recurs of its own (暑假期间每周二…;年内…, rx33)."""
    text = b.t[s:e]
    if _CIRCLED.search(text):
        cuts = [m.start() for m in _CIRCLED.finditer(text)]
        return [(s + a, s + z) for a, z in zip(cuts, cuts[1:] + [len(text.rstrip())]) if text[a:z].strip(" ;;。")]
    if not text.strip():
        return []
    cuts = [m.end() for m in re.finditer(r"[;;]", text.rstrip(";;。 "))]
    bounds = list(zip([0] + cuts, cuts + [len(text)]))
    if cuts and all(len(text[a:z].strip(" ;;。")) >= 8 and (find_targets(text[a:z]) or _TERM_IN.search(text[a:z])
                                                          or _RECURS.search(text[a:z])) for a, z in bounds):
        return [(s + a, s + z) for a, z in bounds]
    return _semicolon_pieces(Span(text, s, e))


#: the number a status piece of a card's kept line names: 第2项已兑现 / 2.正在推进 / ②长期坚持 (rx33)
_TOLD_NO = lazy(r"^\s*(?:第(?P<a>\d{1,2})项|(?P<b>\d{1,2})[.、.](?!\d)|(?P<c>[①-⑳]))")


def _told_pieces(b, s: int, e: int) -> list[tuple[int, int]]:
    """The pieces of a card's kept line, one per pledge: cut at ; (or before each circled number), each in the place
    its number gives (第2项… / 2.… / ②…), else in order (rx33)."""
    text = b.t[s:e]
    cuts = sorted({m.end() for m in re.finditer(r"[;;]", text.rstrip(";;。 "))} | {m.start() for m in _CIRCLED.finditer(text) if m.start()})
    pieces = [(a, z) for a, z in zip([0] + cuts, cuts + [len(text)]) if text[a:z].strip(" ;;。")]
    nos = [_TOLD_NO.match(text[a:z]) for a, z in pieces]
    if len(pieces) > 1 and all(nos):
        at = {(int(m.group("a") or m.group("b")) if not m.group("c") else ord(m.group("c")) - ord("①") + 1): p
              for m, p in zip(nos, pieces)}
        if sorted(at) == list(range(1, len(at) + 1)):
            pieces = [at[k] for k in sorted(at)]
    return [(s + a, s + z) for a, z in pieces]


def _card_line(b, paras, i) -> Optional[int]:
    """A member's pledge card in a pledge document: the one named after his post pledges what follows (rx30),
    or the one named before his post in brackets (rx31)."""
    m = _CARD.match(paras[i].text) or _CARD_NAMED.match(paras[i].text)
    if not m or parse_item(m.group("n")) or re.search(r"[说讲表]$|人$", m.group("n")):
        return None  # (承诺人(签字):… / 联系人(电话):…: a label, no one's card)
    if _DUTIES.match(m.group("body")) or any(_DUTIES_HEAD.search(p.text) for p in paras[max(0, i - 5):i]):
        return i + 1  # 班子成员分工: ⏎ 村委委员钟某:分管水利、治安: the members' standing duties, no pledge (rx31)
    s = paras[i].start + m.start("body")
    _pledge_item(b, s, paras[i].end, [Actor(m.group("n"), "person", "responsible")], None)
    return i + 1


def _posted_speaker(text: str):
    """龙井村党支部书记 杨某:…: the speaker of a line named by post and name, in a pledge review (rx30)."""
    who = line_speaker(text)
    return who if who and _POST_NAME_LINE.match(text) else None


#: a line opened by a post, a space and a name: 龙井村党支部书记 杨某: (rx30)
_POST_NAME_LINE = lazy(r"^\s*[\u4e00-\u9fff()()]{2,20}?(?:书记|主任|委员|村长|镇长|乡长|局长|站长|所长|组长|经理)\s+[\u4e00-\u9fff]{2,3}[::]")
#: the lead-in of a speaker's pledges told one by one: 年初我承诺的三件事, / 我们承诺的 (rx30)
_MY_PLEDGES = lazy(r"\s*(?:年初|今年|去年)?(?:我|我们)(?:年初)?(?:公开)?承诺的(?:[一二三四五六七八九十两\d]+(?:件事|件|项|个事项))?[,,::]")


def _line_speaker(text: str) -> list:
    """The person (and unit) whose line it is, named with a post before its colon: 红星乡党委书记陈斌:今年,我们将… (rx27)."""
    who = line_speaker(text)
    return speaker_actors(who) if who else []


def _kept_before(b, para: Span, at: int, actors: list) -> None:
    """去年,我局承诺的8件实事已全部兑现。今年,我…承诺:…: last year's pledges kept, told before the new (rx25)."""
    kept = _COUNTED_KEPT.search(para.text, 0, at)
    if not kept:
        return
    s = para.text.rfind("。", 0, kept.start()) + 1
    e = para.text.find("。", kept.end())
    e = e if 0 <= e < at else kept.end()
    ts = _after_pledge_word(para.text[s:e])
    if ts:
        b.out.append(record(b, _task_of(ts), [(para.start + s, para.start + e)], actors, None, ts,
                            Progress("done", None, b.as_of, para.text[kept.start():e])))


#: a line of a pledge board, its pledger's post and name before the items: 石桥村党支部书记刘永:1.…;2.… (rx27)
_BOARD_LINE = lazy(r"^\s*(?P<head>[^。,,::“”]{3,24}?(?:书记|主任|委员|村长|镇长|乡长|局长|站长|所长|组长)[^。,,::“”]{2,3})[::](?=\s*(?:一是|[((]一[))]|1[.、.]))")
#: a named unit or person pledging items after a colon: 南湖镇承诺:一是… / 县住建局局长张三公开承诺:一是…
_NAMED_PLEDGE = lazy(r"^(?P<head>[^。::“”]{2,40}?)(?:郑重|公开|庄严)?(?:承诺|作出如下承诺)(?:如下)?[::](?=\s*(?:一是|[((]一[))]|1[.、.]))")


def _named_items(text: str) -> tuple[Optional[re.Match], Optional[list]]:
    """``南湖镇承诺:一是A;二是B``: the pledger named before the colon (the person with
    his unit where a post names him, else the units of the clause), two items or more;
    ``(the match, the actors)`` or ``(None, None)``."""
    m = _NAMED_PLEDGE.match(text) or _BOARD_LINE.match(text)  # (承诺栏: 某村书记刘永:1.…;2.…, rx27)
    if not m or len(re.findall(r"(?<![\u4e00-\u9fff])" + IS_NO + r"|[((][一二三四五六七八九十][))]|(?<![\d.])\d+[.、.](?:(?!\d)|(?=\d{1,2}月))",
                               text[m.end():])) < 2:
        return None, None
    head = re.split(r"[,,]", m.group("head"))[-1]
    head = (_ON_WHAT.sub("", head) or head) + "承诺"  # (办党委喻某书记就落实全会精神做出了四项郑重承诺:1.…: he pledges, rx40)
    said = speaker_in(head)
    actors = speaker_actors(said) if said else [replace(a, role="responsible") for a in find_actors(head).actors]
    return (m, actors) if actors else (None, None)


#: what a pledge is on and how it is made, after who makes it: 就落实全会精神做出了四项郑重 / 做出四项
_ON_WHAT = lazy(r"(?:(?:就|围绕|针对|按照|结合)[^,,]*|(?:做出|作出)(?:来)?(?:了)?[一二三四五六七八九十\d]*项?(?:郑重|公开)?)$")


#: a line opened by the speaker's name, who pledges in the first person, then the items: 刘强:今年我们承诺办好五件实事。一是…
_NAME_LINE = lazy(r"^(?P<n>[\u4e00-\u9fff]{2,3})[::](?P<lead>[^。::]{0,30}?(?P<who>" + _UNIT_ME.pattern + r"|我们)[^。::]{0,12}?承诺[^。::]{0,16}?)[。::]")


def _name_line_items(text: str) -> Optional[re.Match]:
    """``刘强:今年我们承诺办好五件实事。一是A;二是B``: the lead-in, where two items or more follow it."""
    m = _NAME_LINE.match(text)
    if not m or len(re.findall(r"(?<![\u4e00-\u9fff])" + IS_NO, text[m.end():])) < 2:
        return None
    return m


#: the first person will, then its items, in a statement of pledges (表态发言): 我局将坚决落实…。一是…
_WILL = lazy(r"^[^。]{0,30}?(?P<who>" + _UNIT_ME.pattern + r"|我们)[^。]{0,30}?将[^。::]{0,40}?[。::]")


def _will_items(text: str, unit_only: bool = False) -> Optional[re.Match]:
    """``我局将坚决落实县委部署。一是A;二是B``: the lead-in, where two items or more follow it; with ``unit_only``
    only where a unit speaks (我局, not 我们)."""
    m = _WILL.match(text)
    if not m or (unit_only and m.group("who") == "我们") \
            or len(re.findall(r"(?<![\u4e00-\u9fff])" + IS_NO, text[m.end():])) < 2:
        return None
    return m


def will_items(b, paras, i) -> Optional[int]:
    """A unit's own plans in any speech or report (县水利局局长…的讲话: 我局将…。一是A;二是B): one commitment per
    item, by the unit the title names (rx26)."""
    if _is_pledge_doc(b, paras):
        return None
    para = paras[i]
    m = _will_items(para.text, unit_only=True)
    actors = _pledger(b, paras, i, m.group("who"), m.group(0)) if m else []
    if not m or not any(a.kind == "organization" for a in actors):
        return None
    year = _deadline(b, para.text[:m.end()])
    for s, e in _inline_pieces(para, m.end()):
        _pledge_item(b, s, e, actors, year)
    return i + 1


def _titled(b, paras, name: str) -> Optional[tuple]:
    """The speaker a name-line stands for, with the post and unit the title gives him (青禾镇党委书记刘强…)."""
    title = b.title or paras[0].text
    k = title.find(name)
    return speaker_in(title[:k + len(name)] + ":") if k > 0 else None


def _set_told(b, para: Span, m: re.Match, actors: list) -> None:
    """The set a name-line lead-in counts (承诺办好五件实事), by the pledgers of its items."""
    ts = _aggregate(m.group("lead"))
    if ts:
        s = para.start + m.start("lead")
        b.out.append(record(b, _task_of(ts), [(s, s + len(m.group("lead")))], actors, _deadline(b, m.group("lead")), ts, None))


def _this_year(b, head: str) -> Optional[Deadline]:
    """The items' year where the lead-in says this year (今年/年内/全年); a bare year
    (2017年,南湖镇承诺:) labels the list and dates no item."""
    return _deadline(b, head) if re.search(r"今年|年内|全年|本年", head) else None


def _says_items(text: str) -> tuple[Optional[re.Match], Optional[tuple]]:
    """``县交通局局长彭中表态:今年我局将重点抓好三件事:一是…;二是…``: a speaker who
    says, in the first person, two items or more; ``(the colon before the items, the
    speaker)``, or ``(None, None)``."""
    m = _SAYS.match(text)
    said = speaker_in(m.group("head")) if m else None
    if not said or not _FIRST.search(text[m.end():]) \
            or len(re.findall(r"(?<![\u4e00-\u9fff])" + IS_NO, text[m.end():])) < 2:
        return None, None
    return re.compile(r"[::](?=[^::]*?(?<![\u4e00-\u9fff])一是)").search(text, m.end() - 1) or m, said


def _inline_pieces(para: Span, at: int) -> list[tuple[int, int]]:
    """The items after the lead-in on its own line (一是…;二是… / 1.…2.…), ``(start, end)``
    in the text; what comes before the first number is an item too."""
    rest = para.text[at:]
    if not rest.strip():
        return []
    cuts = [c.start() for c in _INLINE_ITEM.finditer(rest)] or [0]
    if cuts[0] > 0 and rest[:cuts[0]].strip():
        cuts.insert(0, 0)
    pieces = []
    for k, c in enumerate(cuts):
        e = cuts[k + 1] if k + 1 < len(cuts) else len(rest)
        pieces.append((para.start + at + c, para.start + at + e))
    return pieces


#: a clause only of when: 在春耕关键期 / 汛期期间 (rx29)
_WHEN_ONLY = lazy(r"^(?:在|于)?[^,,;;。]{2,16}?(?:关键期|时期|期间|阶段|之际|季节)$|"
                  r"^(?:在|于)?(?:今年|明年|年内)?[\u4e00-\u9fff]{1,8}?(?:期|季)(?:开始|结束|来临|到来)?(?:前|之前|以前)$|"
                  r"^(?:自|从)?(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日)?(?:起|开始)$")  # (在今年供暖期开始前, rx31; 7月1日起, rx33)


#: a pledge to help a unit do a work: 协助镇卫生院为…开展… / 配合县交通局做好…
_HELPS = lazy(r"^(?:协助|配合|帮助)(?P<u>[\u4e00-\u9fff]{2,14}?(?:局|委|办|院|所|站|中心|公司|政府))(?:为|对|做好|开展|完成)?")


def _helped(first: str, actors: list) -> tuple[str, list]:
    """协助镇卫生院为全村老人开展体检: the work without the help, the unit doing it and the pledger helping (rx30)."""
    helped = _HELPS.match(first)
    unit = parse_item(helped.group("u")) if helped else None
    if not unit:
        return first, actors
    return first[helped.end():], [Actor(unit[0], "organization", "responsible")] + [replace(a, role="assist") for a in actors]


def _pledge_item(b, s: int, e: int, actors: list, year, told: bool = False) -> None:
    """One item of a first-person pledge list, with its own labels where it has them
    (``1.X(责任人:王强;完成时限:10月底)``: the people named beside the unit that pledges)."""
    raw = b.t[s:e]
    item = re.sub(r"^\s*(?:" + ITEM_NO + r"|" + IS_NO + r"|承诺[一二三四五六七八九十]{1,3}[::]|第[一二三四五六七八九十]{1,3}[,,、])", "", raw)
    item = item.strip(" ;;。")
    if len(item) < 4 or (_CONDUCT.match(item) and not find_targets(item)):
        return  # (a pledge of conduct only, no figure: no work, rx29)
    lead = len(raw) - len(raw.lstrip())
    item, units = _units_at_end(item)  # …,覆盖率达到100%(医药服务管理股;配合:县卫生健康委) (rx31)
    item, roles = _roles_told(item)
    own, fields = label_fields(item)
    item_actors, dl = (units or _with_roles(actors, roles)), None
    if fields:
        item = own
        item_actors, dl = _item_labels(b, fields, actors)
    if not fields and _termed_records(b, item, s + raw.find(item), item_actors, year):
        return  # 一、补短板。6月30日前硬化便道1.8公里;汛期前清淤山坪塘3处。: one pledge per sentence with its own term (rx38)
    pieces = None if fields else _dated_pieces(b, _STEP_CUT.sub(",", item))
    if pieces:  # 全力推进X,确保8月底前完成路面铺设、10月1日前建成通车: one pledge per step with its own term (rx26)
        b.out.extend(_piece_records(b, pieces, s + raw.find(item), item_actors))
        return
    first = _first_work(item)
    if dl is None:  # (8月已经通车: when it was done, no term; rx30)
        pick = pick_deadline(with_finish([f for f in find_deadlines(item, b.doc) if not _DONE_ON.match(item, f.end)], item))
        dl = Deadline(pick.text, pick.date, pick.precision) if pick else year
    ts = find_targets(item) or counted(item) or amounts(item)
    first, item_actors = _helped(first, item_actors)
    task = _item_task(first)
    prog = _progress(b, item) if told or fulfilled(item) else None  # (told: a line of a pledge review, rx30)
    b.out.append(record(b, task, [(s + lead, s + lead + len(raw.strip()))], item_actors, _new_term(b, item, dl, prog), ts, prog))


#: a sentence opened by its term: 6月30日前… / 汛期前… / 全年力争… / 长期坚持… / 每月至少…
_TERM_FIRST = lazy(r"^(?:(?:力争|确保|争取)?(?:今年|明年|全年|年内|年底前?|长期坚持|每[月周年]|每季度|春节前|汛期前|"
                   r"(?:(?:19|20)\d\d年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|下旬|上旬|份)?(?:前|之前)?))")
#: an item's heading sentence: 抓产业促增收。
_ITEM_HEAD = lazy(r"^[^,,。;;]{2,14}。")


def _termed_records(b, item: str, at0: int, actors: list, year: Optional[Deadline]) -> bool:
    """The pledges of an item's sentences each opened by its own term (:func:`_termed_sentences`), the item starting
    at ``at0`` in the text; False where the item is not of that shape."""
    termed = _termed_sentences(b, item)
    for text, at in termed or ():
        pick = pick_deadline(with_finish(find_deadlines(text, b.doc), text))
        b.out.append(record(b, _item_task(_first_work(text)), [(at0 + at, at0 + at + len(text))], actors,
                            Deadline(pick.text, pick.date, pick.precision) if pick else year,
                            find_targets(text) or counted(text) or amounts(text)))
    return bool(termed)


def _termed_sentences(b, item: str) -> Optional[list[tuple[str, int]]]:
    """The sentences after an item's heading, ``(text, offset)``, where there are two or more and each opens with its
    own term (…。年底前新发展X500亩。全年力争Y突破8万元。); else None."""
    head = _ITEM_HEAD.match(item)
    if not head:
        return None
    out = [(m.group().strip(), m.start() + len(m.group()) - len(m.group().lstrip()))
           for m in re.finditer(r"[^。;;]+", item[head.end():]) if m.group().strip()]
    if len(out) < 2 or not all(len(t) >= 8 and _TERM_FIRST.match(t) for t, _ in out):
        return None
    return [(t, head.end() + at) for t, at in out]


def _roles_told(item: str) -> tuple[str, list[Actor]]:
    """A pledge item without its last sentence where that sentence only gives roles (…。由局长X亲自挂帅,市公路管理局具体
    抓好落实 / …。市运管处负责,市公交公司配合), and the actors it names (rx32); ``(item, [])`` where it gives none."""
    cut = item.rstrip("。").rfind("。")
    if cut < 4:
        return item, []
    tail = item[cut + 1:].rstrip("。").strip()
    found = [find_actors(tail)] if re.fullmatch(r"[((][^()()]+[))]", tail) \
        else [find_actors(c) for c in re.split(r"[,,;;]", tail) if c.strip()]  # (…。(牵头:X;配合:Y), rx33)
    if not found or not all(f.actors and f.role_only for f in found):
        return item, []
    return item[:cut], [a for f in found for a in f.actors]


def _with_roles(actors: list, roles: list[Actor]) -> list[Actor]:
    """The pledgers with the roles an item gives: the pledging units keep their place, the ones the item names join
    them in their roles, and a person signing for all gives way to those the item names (a head named again takes
    the role given: 由局长X亲自挂帅 → X leads)."""
    if not roles:
        return list(actors)
    named = {a.name for a in roles}
    return [a for a in actors if a.name not in named and a.kind == "organization"] + roles


#: the units doing a pledge item, in brackets at its end: (县医保服务中心) / (医药服务管理股;配合:县卫生健康委)
_UNITS_AT_END = lazy(r"[((](?P<u>[^()()]{2,60})[))]$")


def _units_at_end(item: str) -> tuple[str, list]:
    """A pledge item without the units in brackets at its end, and those units (the one doing it responsible, the
    ones after 配合: assisting); ``(item, [])`` where the brackets name no unit."""
    m = _UNITS_AT_END.search(item)
    if not m:
        return item, []
    out = []
    for piece in re.split(r"[;;,,]", m.group("u")):
        labelled = labelled_part(piece)  # (配合:县卫生健康委 / 牵头:社区主任 罗某: in its role, rx33)
        names = None if labelled else parse_list(piece)
        if not labelled and (not names or any(k != "organization" for _, k, _ in names)):
            return item, []
        out += list(labelled) or [Actor(n, k, "responsible", p) for n, k, p in names]
    return item[:m.start()].rstrip(" ,,;;"), out


def _first_work(item: str) -> str:
    """The first part of a pledge item naming its work: not its money (投资150万元,硬化道路12公里, rx27), its time
    (在小麦一喷三防关键期,组织…, rx29), its means (争取上级项目资金,年底前硬化…), the problem it answers (对于X问题,
    …, rx30) nor what it is for (为保障全市供热安全,…, rx40)."""
    parts = [x for x in re.split(r"[,,;;。]", item) if x] or [item]
    if PURPOSE_RX.match(parts[0].strip()):  # (为完善X,提升Y,切实解决Z,对…进行改造: what it is for runs on; rx40)
        k = next((j for j, x in enumerate(parts) if j and not _AIM_ON.match(x.strip())), 0)
        parts = parts[k:] if k else parts
    return next((x for x in parts if not _MONEY_ONLY.match(x) and not _WHEN_ONLY.match(x) and not TERM_ONLY.match(x.strip())
                 and not method_only(x.strip()) and not _PROBLEM_OF.match(x.strip()) and not PURPOSE_RX.match(x.strip())), parts[0])


#: more of what a pledge is for, after 为…: 提升城市排水防涝能力 / 切实解决雨季内涝问题
_AIM_ON = lazy(r"^(?:切实|有效|进一步|全面|不断)?(?:提升|提高|解决|增强|改善|满足|保障|促进|推动|方便)")



def _item_task(first: str) -> str:
    """The task of a pledge item's first part: 年内完成河道清淤25公里 → 河道清淤; 投资1200万元建设X → 建设X (rx27);
    完成全部餐饮店油烟净化设施安装 → 餐饮店油烟净化设施安装 (rx30)."""
    task = task_text(first) if len(task_text(first)) >= 4 else first
    task = re.sub(r"^(?:全部|全面)?完成(?=[\u4e00-\u9fff]{4})", "", task)
    task = re.sub(r"^(?:全部|所有)(?=[\u4e00-\u9fff]{4})", "", task)
    return _MONEY_FIRST.sub("", task)


#: the problem a pledge answers, before it: 对于主城区油烟扰民问题, / 针对群众反映的…问题, (rx30)
_PROBLEM_OF = lazy(r"^(?:针对|对于|关于|就)[^,,]{2,30}(?:问题|诉求|呼声|情况)$")


def _new_term(b, item: str, dl, prog):
    """A pledge told behind in a review (没能在年内兑现,…明年一季度一定要并网): its new term, the last one told (rx30)."""
    if not (prog and prog.status == "behind"):
        return dl
    dated = [f for f in find_deadlines(item, b.doc) if f.date]
    return Deadline(dated[-1].text, dated[-1].date, dated[-1].precision) if len(dated) >= 2 else dl


_MONEY_FIRST = lazy(r"^(?:计划)?(?:投资|投入|筹资|筹措资金|争取资金)(?:约)?[\d.]+[万亿]?元(?:资金)?(?:用于)?(?=[\u4e00-\u9fff]{4})")
#: a 、 before a step with its own term: …完成路面铺设、10月1日前建成通车
_STEP_CUT = lazy(r"、(?=(?:今年|明年)?" + STEP_TERM + STEP_DONE + ")")


def _item_labels(b, fields: list, actors: list) -> tuple[list[Actor], Optional[Deadline]]:
    """What an item's own labels say (``责任人:王强;完成时限:10月底``): the people named
    beside the units that pledge, and the deadline label's last date."""
    item_actors, dl = list(actors), None
    named = [Actor(n, k, r, p) for key, v, _, _ in fields if key in KEY_ROLE for n, k, r, p in cell_actors(v, key)]
    if named:
        own_person = any(a.kind == "person" for a in named)  # (责任股室:X names an office: the head signing stays, rx33)
        item_actors = [a for a in actors if a.kind != "person" or not own_person] + named
    for key, v, _, _ in fields:
        if key == "deadline":
            fd = [f for f in find_deadlines(v, b.doc) if f.date]
            dl = Deadline(v, fd[-1].date, fd[-1].precision) if fd else Deadline(v, None, None)
    return item_actors, dl


def _dated_pieces(b, w: str) -> Optional[list]:
    """``今年12月底X全面完工,明年3月份Y``: the clauses of a pledge that carry their own
    date, ``(clause, Deadline, offset)``, where at least two do; a bare date clause
    (``今年12月底前,X完成投资3亿元``) dates the clause after it."""
    pieces, pending = [], None
    for c in re.finditer(r"[^,,;;]+", w):  # (…年内完成路基工程;确保10月底前铺筑沥青路面, rx32)
        txt = c.group().strip("“”…. ")
        if not txt:
            continue
        fd = find_deadlines(txt, b.doc)
        if fd and len(txt.replace(fd[0].text, "")) < 3:
            pending = fd[0]
            continue
        f = fd[0] if fd and (fd[0].start == 0 or _AIMED_AT.fullmatch(txt[:fd[0].start])) else pending  # (力争10月底前…; rx25)
        pending = None
        at = c.start() + c.group().find(txt)
        work = _WORK_AIMED.fullmatch(txt[:fd[0].start]) if fd and f is None and not pieces else None
        if work:  # 县医院住院综合楼确保7月1日前主体封顶,年底前投入使用: the work, then its dated steps (rx33)
            f, cut = fd[0], work.end("w")
            pieces.append((txt[:cut], None, at))
            txt, at = txt[cut:], at + cut
        pieces.append((txt, Deadline(f.text, f.date, f.precision) if f else None, at))
    return _undated_joined(w, pieces) if sum(1 for p in pieces if p[1] and p[1].date) >= 2 else None


def _undated_joined(w: str, pieces: list) -> list:
    """An undated piece after a dated one is part of it (…10月底前铺筑沥青路面20公里,完成投资3.2亿元, rx32)."""
    out: list = []
    for txt, dl, o in pieces:
        if dl is None and out and out[-1][1] is not None:
            t0, d0, o0 = out[-1]
            out[-1] = (w[o0:o + len(txt)], d0, o0)
            continue
        out.append((txt, dl, o))
    return out


_AIMED_AT = lazy(r"(?:力争|确保|争取|努力|计划)(?:在|于|到)?")
#: a work named before the term it is aimed at: 县医院住院综合楼确保 (rx33)
_WORK_AIMED = lazy(r"(?P<w>[\u4e00-\u9fff“”]{3,20}?(?:楼|馆|院|站|场|路|桥|园|厂|中心|工程|项目|小区|市场))(?:确保|力争|争取|要|将)(?:在|于)?")


def _piece_task(txt: str, dl, work: str = "") -> str:
    """The task of a dated piece of a quoted pledge, a bare step named after the work the quote opens with."""
    txt = _AIMED_AT.sub("", txt, count=1) if dl and _AIMED_AT.match(txt) else txt
    t = txt[len(dl.text):] if dl and txt.startswith(dl.text) else txt
    t = re.sub(r"^(?:前|底前|以前|之前)?[,,]?(?:将|要|确保|力争)?", "", t)
    parts = [x for x in re.split(r"[,,]", t) if x]
    t = ",".join(x for x in parts if not _MONEY_ONLY.match(x)) or t  # (年内筹措资金20万元,完成X: X, rx27)
    t = task_text(t) if len(task_text(t)) >= 4 else t
    share = re.match(r"^(?:完成)?(?P<w>[\u4e00-\u9fff]{2,})的[\d.]+%", tidy_task(t))
    if share or len(re.sub(r"[^\u4e00-\u9fff]", "", tidy_task(t))) < 2:  # 完成路面工程的70% → 路面工程
        t = next((x.metric for x in find_targets(txt) if x.metric), share.group("w") if share else t)
    return work + re.sub(r"^(?:全部|全面)?完成(?=[\u4e00-\u9fff]{2})", "", t) if work and len(t) <= 6 and not t.startswith(work) else t


_QUOTED_I = lazy(r"“(?:我们|我局|我委|我镇|我|本人)[^“”。]{0,12}?(?:郑重|公开|庄严)?承诺[::,](?P<w>[^“”]{4,})”")


def _quoted_pledges(b, paras, i) -> Optional[int]:
    """``“我承诺:全年新增就业500人……”“我承诺:…”``: one pledge per quote, made by
    whoever the text says speaks it (none where it does not)."""
    para = paras[i]
    text = para.text
    recs, used = [], []
    for qm in _QUOTED_I.finditer(text):
        body = qm.group("w").rstrip("…。. ")
        first = re.split(r"[,,;;]", body)[0]
        sp = _speaker_of(text, qm.start(), qm.end())
        pick = pick_deadline(with_finish(find_deadlines(body, b.doc), body))
        dl = Deadline(pick.text, pick.date, pick.precision) if pick else None
        k = para.start + qm.start("w")
        task = task_text(first) if len(task_text(first)) >= 4 else first
        recs.append(record(b, task, [(k, k + len(body))], speaker_actors(sp), dl,
                           find_targets(first) or counted(first) or amounts(first), None))
        used.append((qm.start(), qm.end()))
    return _finish(b, para, recs, used, i) if recs else None


_ORG_BEFORE = lazy(r"(?P<o>[\u4e00-\u9fff]{2,14}(?:局|委|办|厅|中心|公司|镇|乡|街道|政府))(?:郑重|公开|当场|现场|再次)?$")


#: a name then a post, as people call a cadre: 王五书记, 李四主任 (after a quote mark or a clause's start)
_NAME_POST = lazy(r"(?:^|[“,,。:])(?P<n>[\u4e00-\u9fff]{2,3}?)(?:书记|主任|村长|镇长|乡长|局长|县长|市长|区长|站长|所长)$")


#: when a pledge was made, between the one who made it and 承诺: 年初 / 去年 / 当初 (rx29)
_WHEN_PLEDGED = lazy(r"(?:年初|年前|去年|当初|此前|曾经|曾|上任时)?(?:郑重|公开|当场|现场|再次)?$")


def _bare_pledger(before: str) -> Optional[list]:
    """胡某年初承诺:… — a person named bare (told with his post earlier) right before the pledge (rx29)."""
    head = before[:_WHEN_PLEDGED.search(before).start()]
    for k in (3, 2):
        name = head[-k:]
        if len(name) == k and (len(head) == k or not re.match(r"[\u4e00-\u9fff]", head[-k - 1])):
            item = parse_item(name, bare=True)
            if item and item[1] == "person":
                return [Actor(name, "person", "responsible")]
    return None


def _pledger_before(before: str) -> Optional[list]:
    """Who a plain ``承诺`` right after ``before`` is made by: a person named with a
    post (县委书记刘大海), else a unit (县住建局), else None."""
    who = speaker_in(before + "承诺")
    if who and re.search(re.escape(who[0]) + r"(?:年初|去年|今年初)?(?:郑重|公开|当场|现场|再次)?$", before):  # (高某年初承诺…, rx31)
        return [Actor(who[0], "person", "responsible")]
    m = _NAME_POST.search(before)
    if m:  # “王五书记承诺今年…”: the name, then the post
        return [Actor(m.group("n"), "person", "responsible")]
    m = _ORG_BEFORE.search(before)
    if m:
        for k in range(len(m.group("o")) - 2):  # the longest unit name that ends here (在会上县住建局 → 县住建局)
            p = parse_item(m.group("o")[k:])
            if p and p[1] == "organization":
                return [Actor(p[0], p[1], "responsible")]
    return None


def _made(b, paras, i, sent: str, e: int, span, m, plain):
    """A pledge made in public (``某局领办,局长张三作出公开承诺,筹资800万元新建X`` /
    ``市城管局局长王五现场承诺:6月底前完成X``): who, the work, its date and size,
    and what the rest of the paragraph or a follow-up paragraph says of it."""
    text = paras[i].text
    actors = _made_actors(sent, m, plain)
    if not actors and getattr(b, "unit", None) and _UNIT_ME.search(sent[:m.start() + 2]):
        actors = [Actor(b.unit, "organization", "responsible")]  # 我局郑重承诺,… in the unit's own statement
    task = _made_task(m)
    prog = _made_progress(b, paras, i, e, m)
    pick = pick_deadline(with_finish(find_deadlines(m.group("w"), b.doc), m.group("w")))
    dl = Deadline(pick.text, pick.date, pick.precision) if pick and pick.date else None
    task = task_text(re.sub(r"^(?:将|要|一定|确保|力争|争取|保证)+", "", task)) or task
    if _manner(m.group("w")):
        return []
    pieces = _dated_pieces(b, m.group("w"))
    if pieces:  # 承诺:今年12月底X全面完工,明年3月份Y: one pledge per dated clause
        k0 = paras[i].start + text.find(m.group("w"))
        return _piece_records(b, pieces, k0, actors, prog, lead=pieces[0][1] is None)
    ts = find_targets(m.group("w")) or amounts(m.group("w").split(",")[0]) or counted(task)
    items = re.sub(r"^(?:年内|今年|明年|当年)?(?:完成|建成|实施|推进|抓好|做好|办好)", "", task).rstrip("…. ").split("、")
    if len(items) >= 3 and all(4 <= len(x) <= 16 and not re.search(r"[‘’“”的]", x) for x in items):  # 承诺年内完成A、B、C: one pledge each
        out = []
        for x in items:
            k = paras[i].start + text.find(x)
            out.append(record(b, x, [(k, k + len(x))], actors, dl, find_targets(x) or amounts(x), prog))
        return out
    return record(b, task, span, actors, dl, ts, prog)


def _manner(pledged: str) -> bool:
    """The pledge says only how (各部门要不讲条件、不打折扣、狠抓落实): no work (a line
    cut short leaves a character or two, which say nothing)."""
    parts = [p for p in re.split(r"[、,,;;]", re.sub(r"^[“\s]*[^、,,“]{0,8}?要", "", pledged).strip("“”…。 ")) if len(p) >= 2]
    return bool(parts) and all(method_only(p) for p in parts)


def _made_actors(sent: str, m, plain) -> list[Actor]:
    """Who pledges: the units that lead it (某局领办), the speaker and the unit
    (市城管局局长王五现场承诺), the one named before (县住建局承诺), else the units
    whose heads pledge (县城管局、东乡及西镇政府相关负责人分别作出整改承诺)."""
    actors = []
    for lm in re.finditer(r"(?P<o>[\u4e00-\u9fff]{2,14}?(?:局|委|办|中心|公司|镇|乡|街道))(?:进行了|牵头)?领办", sent):
        p = parse_item(lm.group("o"))
        if p:
            actors.append(Actor(p[0], p[1], "lead"))
    who = speaker_in(sent[:m.start() + 2])
    if who:
        actors += [a for a in speaker_actors(who) if a.kind == "person"] + \
                  [a for a in speaker_actors(who) if a.kind != "person"]
    elif plain:
        actors += plain
    heads = re.search(r"(?P<l>[\u4e00-\u9fff、和及]{3,40}?)(?:的)?(?:主要|相关)?负责(?:人|同志)(?:分别|当场|现场|均)?" + re.escape(m.group()[:2]) + "$",
                      sent[:m.start() + 2]) if not actors else None
    if heads:
        actors += [Actor(n, k, "responsible", p) for n, k, p in parse_list(heads.group("l")) or [] if k == "organization"]
    return actors


def _made_task(m) -> str:
    """The work pledged: the first clause of what follows the pledge (not 将…, 时限内…),
    the clause naming the work in a quote (“各部门要…,确保完成10件实事”), the work a
    sum is raised for (筹资800万元新建敬老院)."""
    clauses = [c.strip("“” ") for c in re.split(r"[,,]", m.group("w")) if c.strip("“” ")]
    clauses = [re.sub(r"^在?规定(?:的)?(?:时间|时限)内", "", c) for c in clauses]  # 保证在规定时间内腾空旧址 (rx10)
    clauses = [c for c in clauses if not re.search(r"^(?:将|会|马上|立即)|时间内|时限内|落实整改措施", c)] or clauses
    clauses = [c for c in clauses if not _MONEY_ONLY.match(c)] or clauses  # (年内争取项目资金50万元,完成X: rx27)
    task = clauses[0] if clauses else m.group("w")
    if m.group("w").lstrip().startswith("“") or re.search(r"^各[级部]", task):
        task = next((c for c in clauses if re.search(r"\d|确保|完成|建成", c)), task)
        task = re.sub(r"^(?:确保|力争|保证)(?:完成)?", "", task)
    money = re.match(r"^(?:迅速|积极|多方)?(?:筹资|筹措资金|投资|投入)[\d.]+[万亿]?元(?P<rest>.{4,})", task)
    return money.group("rest") if money else task


def _share_told(b, rest: str) -> Optional[Progress]:
    """…已完成52户,完成承诺任务的89.7%: a share of the pledge done, not all of it (rx31); else None."""
    share = find_progress(rest, b.as_of, b.doc.year) if "%" in rest else None
    return share if share and share.percent is not None and share.percent < 100 else None


def _made_progress(b, paras, i, e: int, m) -> Optional[Progress]:
    """What the rest of the sentence (承诺给小区装路灯,如今已经全部安装到位了), the
    paragraph or a follow-up paragraph (记者回访发现,目前…正在施工) says of the pledge."""
    nxt = paras[i].text[e:]
    prog = _progress(b, nxt.split("。")[0]) if nxt else None
    rest = m.group("w").split(",", 1)[1] if "," in m.group("w") else ""
    prog = prog or _share_told(b, rest)
    if prog is None and rest and fulfilled(rest):
        prog = Progress(fulfilled(rest), None, b.as_of, rest[:60])
    after = m.string[m.start("w"):].split(",", 1)[-1]  # …,经过几个月的努力,5户已全部搬迁完毕 (the sentence on)
    if prog is None and "," in m.string[m.start("w"):] and re.search(r"已|完毕", after):
        p = find_progress(after, b.as_of, b.doc.year)
        prog = p if p and p.status == "done" else None
    if prog is None and not nxt.strip() and i + 1 < len(paras) and not _PLEDGE.search(paras[i + 1].text) \
            and re.search(r"回访|目前|如今|截至|现已", paras[i + 1].text[:20]):
        prog = _progress(b, paras[i + 1].text)
    return prog


def _clause_task(sent: str) -> str:
    """The work a quoted pledge names: the clause with the count, lead-ins off."""
    parts = [p for p in re.split(r"[,,]", sent.strip("“”。…")) if p]
    part = next((p for p in parts if re.search(r"\d", p)), parts[0] if parts else sent)
    part = re.sub(r"^(?:去年|今年|我们|还将|将|要|着力|抓好|确保|精心|在|推进)+", "", part)
    return part[:30]


def _bigrams(t: str) -> set:
    return char_pairs(t) - _COMMON_PAIRS


#: pairs of characters too common to tie a told status to a listed pledge
_COMMON_PAIRS = frozenset({"建设", "发展", "修建", "修复", "新建", "完成", "实现", "全村", "村民", "群众", "工作", "项目", "已经", "目前", "如今"})


def _each_told(b, after: str, items: list[str]) -> dict:
    """胡某承诺:A、B、C。如今,A已于9月建成投用,B…超额完成;但C至今还没动工: each listed pledge's status from the
    clauses of the next sentence that name it (a clause naming none goes with the one before), rx29."""
    spans = sentence_spans(after, 0)[:1]
    if not spans or len(items) < 2:
        return {}
    keys = {it: _bigrams(it) for it in items}
    told: dict = {}
    cur = None
    for cl in re.split(r"[,,;;]", after[spans[0][0]:spans[0][1]]):
        hits = {it: len(keys[it] & _bigrams(cl)) for it in items}
        best = max(hits, key=hits.get)
        cur = best if hits[best] else cur
        if cur:
            told[cur] = told.get(cur, "") + cl + ","
    out = {}
    for it, t in told.items():
        p = find_progress(t)
        st = fulfilled(t) or (p.status if p else None)
        if st:
            out[it] = Progress(st, None, b.as_of, t.strip(",")[:60])
    return out


def _later_progress(b, paras, i, end) -> Optional[Progress]:
    """The status the next sentences give the listed pledges (目前4项实事均已进入前期准备)."""
    texts = [paras[i].text[end:]] + [p.text for p in paras[i + 1:i + 3]]
    for t in texts:
        for s, e in sentence_spans(t, 0):
            sent = t[s:e]
            if re.search(r"实事|工程|项目|承诺", sent) and not _MADE.search(sent):
                st = fulfilled(sent)
                if st:
                    return Progress(st, None, b.as_of, sent.strip()[:60])
    return None


def _finish(b, para: Span, recs, used, i) -> int:
    """Append the records and read the rest of the paragraph with the prose rules."""
    b.out.extend(recs)
    used = sorted(used)
    pos = 0
    for s, e in used + [(len(para.text), len(para.text))]:
        rest = para.text[pos:s]
        lead = len(rest) - len(rest.lstrip())
        rest = rest.strip()
        if len(rest) >= 6:
            b.out.extend(b._paragraph(Span(rest, para.start + pos + lead, para.start + pos + lead + len(rest))))
        pos = max(pos, e)
    return i + 1
