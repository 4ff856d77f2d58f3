"""Deadlines: the time expressions of a clause, resolved to the last day of
the period they name against the document date.

>>> from kg.extract.docdate import DocDate
>>> d = DocDate(2015, source="era")
>>> [(x.text, x.date) for x in find_deadlines("近期到9月30日底,覆盖率达到90%", d)]
[('近期', None), ('9月30日底', '2015-09-30')]
>>> [(x.text, x.date) for x in find_deadlines("6月底前开工、12月底前完工", d)]
[('6月底前', '2015-06-30'), ('12月底前', '2015-12-31')]
>>> [x.date for x in find_deadlines("2024年6月底前开工、12月底前完工", DocDate())]
['2024-06-30', '2024-12-31']
>>> [x.date for x in find_deadlines("三季度有较大突破,下半年控制,年内完工,10月份签约", d)]
['2015-09-30', '2015-12-31', '2015-12-31', '2015-10-31']
>>> [x.date for x in find_deadlines("这个月底前完成,今年以来", d)]
[None]
>>> [(x.text, x.date) for x in find_deadlines("国庆前开放,春节前入住,汛期前完工", d)]
[('国庆前', '2015-09-30'), ('春节前', None), ('汛期前', None)]
>>> [(x.text, x.date) for x in find_deadlines("争取“十一”之前公示完毕", d)]
[('“十一”之前', '2015-09-30')]
>>> [x.date for x in find_deadlines("春节前完成,春节放假前到位,下周五前报送", DocDate(2024, 12, 4))]
['2025-01-28', '2025-01-27', '2024-12-13']
>>> [x.date for x in find_deadlines("元旦前完成,明年元旦前投用", d)]
['2015-12-31', '2016-12-31']
>>> [(x.text, x.date) for x in find_deadlines("三年以内全部达标,3年内建成", d)]
[('三年以内', None), ('3年内', None)]
>>> [(x.text, x.date) for x in find_deadlines("冲刺最后十天,要在15天内完成签约,施工3天", DocDate(2024, 7, 21))]
[('最后十天', '2024-07-31'), ('15天内', '2024-08-05')]
>>> [x.date for x in find_deadlines("年中前完成", d)]
['2015-06-30']
>>> [x.date for x in find_deadlines("2023.6.30前完成;2023-11", d)]
['2023-06-30', '2023-11-30']
"""
from __future__ import annotations

import calendar
import datetime
import re
from .lazyre import lazy
from dataclasses import dataclass
from typing import Optional

from .docdate import PLANNED, DocDate
from .segment import cn_int, in_title


@dataclass(frozen=True)
class Found:
    """A time expression found in a clause (offsets relative to the clause)."""
    text: str
    date: Optional[str]
    precision: Optional[str]
    start: int
    end: int


_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_Y = r"(?:(?P<{0}>(?:19|20)\d\d)年|(?P<{0}r>今年|明年|次年|本年度?))?"
_BEFORE = r"(?:前|之前|以前|内)?"
_S = r"(?:(?<=[\d年月])[ \u3000](?=[\d月日]))?"  # 9 月 20 日前: one space a page converted from print leaves in a date
_SY = r"(?:(?<=年)[ \u3000])?"  # (2023年 9月: after the year)
_RX = lazy(
    "|".join([
        # 每月25日前 / 每季度末月的20日前 / 每周五前: a recurring term, no one date (rx23)
        r"(?P<every>每(?:个)?(?:月|季度|季|周|半月|旬)(?:最后一个月的?|末月的?|末|底|初|的)?(?:[0-3]?\d[日号]|星期[一二三四五六日]|周?[一二三四五六日])?(?:前|之前|以前))",
        # 国庆前 / 国庆节前: the day before National Day
        r"(?P<nat>" + _Y.format("ny2") + r"(?:国庆节?|“十一”|(?<![第\d一二三四五六七八九十])十一)(?:前|之前|以前))",
        # 秋季开学前 / 开学前 said in spring or summer: the last day of August (rx29)
        r"(?P<sch>(?<!春季)(?:秋季|秋季学期|新学期)?开学(?:前|之前|以前)|(?:暑假|暑期)(?:期间|内))",  # (暑假期间: by the summer's end, rx39)
        # 五一前 / “五一”之前 / 劳动节前: the day before Labour Day (rx21)
        r"(?P<may>" + _Y.format("mayy") + r"(?:“五一”节?|五一节?|劳动节)(?:前|之前|以前))",
        # 七一前 / “七一”之前 / 建党节前: the day before July 1st (rx26)
        r"(?P<jul>" + _Y.format("july") + r"(?:“七一”|(?<![第\d一二三四五六七八九十])七一|建党节)(?:前|之前|以前))",
        # 两周内 / 3个星期内: so many weeks from a dated document (rx22)
        r"(?P<wks>(?<![\d一二三四五六七八九十两])(?P<wksn>[一二两三四五六七八九十]|\d{1,2})(?:个)?(?:周|星期)(?:内|之内|以内)"
        r"|(?<![一二两三四五六七八九十\d个])半个?月(?:内|之内|以内))",  # (半个月内: two weeks, rx44)
        # 两个月内 / 3个月内: so many months from a dated document (rx21)
        r"(?P<mos>(?<![\d一二三四五六七八九十两])(?P<mosn>[一二两三四五六七八九十]|\d{1,2})个月(?:内|之内|以内)"
        r"|(?<![\d一二三四五六七八九十两个])半年(?:内|之内|以内))",  # (半年内: six months, rx50)
        # 元旦前: the last day of the year
        r"(?P<nyd>" + _Y.format("nyy") + r"元旦节?(?:前|之前|以前))",
        # “十四五”期间 / 十四五末: the last year of a five-year plan (rx50)
        r"(?P<fyp>“?十(?P<fypn>[一二三四五六])五”?(?:期间|末期?|内)(?:前)?)",
        # 6.30前: a month and its day with a point, before 前 (rx50)
        r"(?P<pt>(?<![\d.．])(?P<ptm>1[0-2]|0?[1-9])[.．](?P<ptd>3[01]|[12]\d|0?[1-9])(?=前|之前|以前)(?:前|之前|以前))",
        # 春节前 (the day before, 除夕) / 春节放假前 (the holiday opens on 除夕: two days before)
        r"(?P<sf>(?:(?P<sfy>(?:19|20)\d\d)年|(?P<sfn>明年))?春节(?P<sfh>放假|假期|长假)?(?:前|之前|以前))",  # (明年春节前, rx29)
        # 2023.6.30 / 2023-06-30 / 2023/6
        r"(?P<num>(?P<ny>(?:19|20)\d\d)[./-](?P<nm>1[0-2]|0?[1-9])(?:[./-](?P<nd>[0-3]?\d))?(?![\d.])(?:前|之前|以前)?)",
        # 20161015日前 / 2018726日: a date whose 年 and 月 a page lost, read where its figures split one way only (rx45)
        r"(?P<sq>(?P<sqy>(?:19|20)\d\d)(?P<sqmd>\d{2,4})日(?:前|之前|以前)?)",
        # 于1115日前: the same without its year, after 于/在/至/到 and before 日前 (the document's year; session 55)
        r"(?P<sqn>(?<=[于在至到))])(?P<sqnmd>\d{3,4})日(?:前|之前|以前))",
        # 2015年9月30日 / 9月30日底
        # 下周二(9月5日)之前: the weekday told with its date (rx40)
        r"(?P<day>(?:(?:下|本|这)个?(?:周|星期)[一二三四五六日天][((])?" + _Y.format("dy") + _SY + r"(?P<dm>" + _M + r")" + _S + "月" + _S + r"(?P<dd>[0-3]?\d)" + _S + r"(?:日|号(?=前|之前|以前)|(?=前(?![期面提夕后])|之前|以前))(?:[))](?=前|之前|以前))?(?:底|前|之前|以前)?)",
        # 10月份 / 11月底前 / 2016年6月底 (not 一月一通报: once a month)
        r"(?P<mon>" + _Y.format("my") + _SY + r"(?<![\d个])(?P<mm>" + _M + r")" + _S + r"月(?!(?<=一月)一)份?(?P<mpart>底|末|中旬|上旬|下旬|初)?" + _BEFORE + r")",
        # 这个月底前 / 本月底
        # 下月底前 / 下个月中旬: the month after the document's (rx17)
        # 本月25日前 / 下月10号前: a day of this month or the next (rx22); 月内: this month (rx25)
        r"(?P<rel>(?P<relnx>下个?)?(?:(?<=下)|(?<=下个)|这个|本|当)月(?:(?P<reld>[0-3]?\d)(?:日|号)|(?P<relp>底|末|中旬|上旬|下旬|初))?" + _BEFORE + r"|月底前|(?<![个\d一二两三四五六七八九十每本当这上下岁])月内(?![容外]))",
        # 三季度 / 第四季度末 / 2015年一季度
        r"(?P<qtr>" + _Y.format("qy") + r"(?<!每)(?:第)?(?P<q>[一二三四1-4])季度(?:末|底)?" + _BEFORE + r")",
        # 本季度末 / 本季度内 / 当季: the quarter of the document's month (rx25)
        r"(?P<thisq>(?:本|这个|当)季(?:度)?(?:(?:末|底)(?:前|之前|以前)?|内|前|之前))",
        # 上半年 / 下半年
        r"(?P<half>" + _Y.format("hy") + r"(?:(?P<h>[上下])半年|(?<![今明一每])年中(?![央国华心间期共旬]))(?:前|之前)?)",
        # 2015年底 / 2016年
        r"(?P<yr>(?P<yy>(?:19|20)\d\d)年(?:底|末|内|(?!度[\u4e00-\u9fff]{2}))" + _BEFORE + r")",  # (2025年度医保征缴: the scheme's year, no term; rx36)
        # 年内 / 年底前 / 今年 / 明年底
        r"(?P<yrel>(?:今年|明年|本年度?)(?:年?底|年?末|内)?" + _BEFORE + r"|年内|年底前?|年末|全年|年终)",
        # 下周 / 本周内 / 下周五前: the last day of that week
        r"(?P<wk>(?P<wkw>下|本|这)(?:个)?(?:周|星期)(?P<wkd>[一二三四五六日天末])?(?:内|前|之前)?)",
        # vague
        r"(?P<vague>(?<![\d年])(?:[一二三四五六七八九十两]|\d{1,2})年(?:以内|之内|内)|尽快|尽早|及早|从速|早日|会后立即|会后马上|会前|近期|限期|立即|马上|按期|(?:春节|国庆|元旦|汛期|汛|开学|入冬|(?:中秋|清明|端午|重阳)?节|中秋|清明|端午|春耕|秋收|麦收|夏收|三夏|秋冬种)前|"
        r"(?:主汛期|汛期|雨季|秋季开学|开学|入冬|冬季|春耕|秋收|供暖季?)(?:来临|到来|开始)(?:前|之前)|(?:暑假|寒假|暑期)(?:期间|前|之前|内))",
    ]))
#: 10天内 / 最后十天 / 用15天时间: so many days from a dated document (its own pattern, tried only where 天内/日内/最后 is)
_DAYS = lazy(r"(?:最后|(?<![月\d一二三四五六七八九十两]))(?P<dn>\d{1,3}|[一二三四五六七八九十两]{1,3})(?:个)?(?:天|日)(?P<dw>内|之内|以内|时间)?")
_DAYS_QUICK = lazy(r"[天日](?:内|之内|以内|时间)|最后[\d一二三四五六七八九十两]|今明两天")
#: today and tomorrow: 今明两天 (due the day after the document's, rx50)
_TODAY_TOMORROW = lazy(r"今明两天")
#: 3个工作日内 / 五个工作日之内: so many working days (Monday to Friday) from a dated document (rx22)
_WORKDAYS = lazy(r"(?<![\d一二三四五六七八九十两])(?P<wn>\d{1,3}|[一二三四五六七八九十两]{1,3})个?工作日(?:内|之内|以内)")
_QUICK = lazy(r"[月年季周]|今明两天|十[一二三四五六]五|\d[.．]\d{1,2}(?:之|以)?前|暑假|寒假|暑期|五一|劳动节|中秋|清明|端午|[天日](?:内|之内|以内|时间)|最后[\d一二三四五六七八九十两]|星期|春节|元旦|年中|十一”?[前之以]|七一”?[前之以]|建党节|(?:19|20)\d\d[./-]|(?:19|20)\d{4,6}日|(?<=[于在至到))])\d{3,4}日(?:之|以)?前|尽快|尽早|及早|从速|早日|会前|近期|限期|立即|马上|按期|[节汛学冬庆旦耕收夏种]前|汛期前|(?:来临|到来|开始)(?:前|之前)")


#: the Spring Festival (正月初一), by year: 春节前 resolves against it
SPRING_FESTIVAL = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29),
    2007: (2, 18), 2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5), 2020: (1, 25),
    2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6),
    2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8)}


def _before_festival(y: Optional[int], doc: DocDate, days: int) -> Optional[str]:
    """``days`` before the Spring Festival the text means: of year ``y`` where
    written, else the next one after the document date (which needs a month)."""
    import datetime as dt
    if y is None:
        if doc.year is None or doc.month is None:
            return None
        y = doc.year
        if (doc.month, doc.day or 1) > SPRING_FESTIVAL.get(y, (2, 28)):
            y += 1
    if y not in SPRING_FESTIVAL:
        return None
    m, d = SPRING_FESTIVAL[y]
    return (dt.date(y, m, d) - dt.timedelta(days=days)).isoformat()


def _week_end(doc: DocDate, nxt: bool, day: Optional[str]) -> Optional[str]:
    """The last day (or the weekday named) of this or next week from a dated document."""
    import datetime as dt
    if doc.year is None or doc.month is None or doc.day is None:
        return None
    d = dt.date(doc.year, doc.month, doc.day)
    wd = "一二三四五六日".find(day) if day and day in "一二三四五六日" else 6
    monday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 if nxt else 0)
    return (monday + dt.timedelta(days=wd)).isoformat()


def _days_on(doc: DocDate, n: Optional[int]) -> Optional[str]:
    """``n`` days after a dated document (``10天内`` said on 7月21日 → 7月31日)."""
    import datetime as dt
    if not n or doc.year is None or doc.month is None or doc.day is None:
        return None
    return (dt.date(doc.year, doc.month, doc.day) + dt.timedelta(days=n)).isoformat()


def _last(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def _year(m: re.Match, key: str, doc: DocDate) -> Optional[int]:
    y = m.group(key)
    if y:
        return int(y)
    rel = m.group(key + "r")
    if doc.year is None:
        return None
    if rel in ("明年", "次年"):
        return doc.year + 1
    return doc.year


#: what a reader of one kind of time expression returns: (date, precision), or None where it is no deadline
_Read = Optional[tuple]


def _on_num(m: re.Match, after: str, doc: DocDate) -> _Read:
    """2023.6.30前 / 2023-11: a day (where the month has it) or a month."""
    y, mo = int(m.group("ny")), int(m.group("nm"))
    if not m.group("nd"):
        return _last(y, mo), "month"
    d = int(m.group("nd"))
    return (f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= calendar.monthrange(y, mo)[1] else None), "day"


def _on_squeezed(m: re.Match, after: str, doc: DocDate) -> _Read:
    """20161015日 / 2018726日: the one way its figures split into a month and a day, else no date (2019111日: 1月11日
    or 11月1日)."""
    y, md = int(m.group("sqy")), m.group("sqmd")
    ways = [(int(md[:k]), int(md[k:])) for k in (1, 2) if k < len(md) and (md[k] != "0" or (k == 2 and len(md) == 4))]
    ways = [(mo, d) for mo, d in ways if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]]
    return (f"{y:04d}-{ways[0][0]:02d}-{ways[0][1]:02d}" if len(ways) == 1 else None), "day"


def _on_squeezed_yearless(m: re.Match, after: str, doc: DocDate) -> _Read:
    """于1115日前: a month and a day whose 月 a page lost, in the document's year, where its figures split one way only."""
    md = m.group("sqnmd")
    if not doc.year:
        return None, "day"
    ways = [(int(md[:k]), int(md[k:])) for k in (1, 2) if k < len(md) and md[k] != "0"]
    ways = [(mo, d) for mo, d in ways if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(doc.year, mo)[1]]
    return (f"{doc.year:04d}-{ways[0][0]:02d}-{ways[0][1]:02d}" if len(ways) == 1 else None), "day"


def _on_day(m: re.Match, after: str, doc: DocDate) -> _Read:
    """2015年9月30日 / 9月30日底."""
    y = _year(m, "dy", doc)
    mo, d = cn_int(m.group("dm")), int(m.group("dd"))
    if y and mo and 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]:
        return f"{y:04d}-{mo:02d}-{d:02d}", "day"
    return None, "day"


def _on_month(m: re.Match, after: str, doc: DocDate) -> _Read:
    """10月份 / 11月底前 / 6月上旬 or 6月初 (its 10th) / 6月中旬 (its 20th); not 3月以来."""
    if after.startswith("以来"):
        return None
    y = _year(m, "my", doc)
    mo = cn_int(m.group("mm"))
    if not (y and mo):
        return None, "month"
    day = {"上旬": "10", "初": "10", "中旬": "20"}.get(m.group("mpart"))  # (4月初: its first ten days, as 上旬)
    return (f"{y:04d}-{mo:02d}-{day}" if day else _last(y, mo)), "month"


def _on_this_month(m: re.Match, after: str, doc: DocDate) -> _Read:
    """这个月底前 / 本月底: the document's month; 下月底前 / 下个月中旬: the month after (rx17)."""
    if not (doc.year and doc.month):
        return None, "month"
    y, mo = doc.year, doc.month
    if m.group("relnx"):
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    if m.group("reld"):  # 本月25日前
        d = int(m.group("reld"))
        return (f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= d <= calendar.monthrange(y, mo)[1] else None), "day"
    day = {"上旬": "10", "初": "10", "中旬": "20"}.get(m.group("relp") or "")
    return (f"{y:04d}-{mo:02d}-{day}" if day else _last(y, mo)), "month"


def _on_quarter(m: re.Match, after: str, doc: DocDate) -> _Read:
    """三季度 / 第四季度末 / 2015年一季度."""
    y = _year(m, "qy", doc)
    q = cn_int(m.group("q"))
    return (_last(y, q * 3) if y and q else None), "quarter"


def _on_this_quarter(m: re.Match, after: str, doc: DocDate) -> _Read:
    """本季度末 / 本季度内: the end of the document's quarter."""
    if not (doc.year and doc.month):
        return None, "quarter"
    return _last(doc.year, (doc.month + 2) // 3 * 3), "quarter"


def _on_half(m: re.Match, after: str, doc: DocDate) -> _Read:
    """上半年 / 下半年 / 年中前."""
    y = _year(m, "hy", doc)
    return (_last(y, 12 if m.group("h") == "下" else 6) if y else None), "half"


def _on_year(m: re.Match, after: str, doc: DocDate) -> _Read:
    """2015年底 / 2016年 (not 2016年以来, 2016年起, 2016年的, 2016年及以后)."""
    if after[:1] in ("以", "起", "的", "来", "后") or after in ("及以", "及其"):  # (after: its next two characters)
        return None
    return f"{int(m.group('yy')):04d}-12-31", "year"


def _on_national_day(m: re.Match, after: str, doc: DocDate) -> _Read:
    """国庆前 / “十一”之前: the day before National Day."""
    y = _year(m, "ny2", doc)
    return (f"{y:04d}-09-30" if y else None), "day"


def _on_school_start(m: re.Match, after: str, doc: DocDate) -> _Read:
    """(秋季)开学前 said from March to August: 8月31日; said later in the year, or undated, no date (the spring term's?)."""
    if "暑" in m.group("sch") and not re.match(r"完成|全部|全面", after):
        return None, None  # (暑假期间每周二…辅导: a season something recurs in, no term; 暑假期间完成加固: by its end, rx39)
    autumn = "秋季" in m.group("sch") or "暑" in m.group("sch") or (doc.month is not None and 3 <= doc.month <= 8)
    return (f"{doc.year:04d}-08-31" if autumn and doc.year and (doc.month is None or doc.month <= 8) else None), "day"


def _on_labour_day(m: re.Match, after: str, doc: DocDate) -> _Read:
    """五一前 / “五一”之前: the day before Labour Day."""
    y = _year(m, "mayy", doc)
    return (f"{y:04d}-04-30" if y else None), "day"


def _on_july_first(m: re.Match, after: str, doc: DocDate) -> _Read:
    """七一前 / “七一”之前: the day before July 1st."""
    y = _year(m, "july", doc)
    return (f"{y:04d}-06-30" if y else None), "day"


def _on_months(m: re.Match, after: str, doc: DocDate) -> _Read:
    """两个月内 said on 3月10日 → 5月10日; without a dated document, no date."""
    w = m.group("mosn")
    n = 6 if w is None else cn_int(w) if not w.isdigit() else int(w)  # (半年内: six months)
    if not n or doc.year is None or doc.month is None or doc.day is None:
        return None, None
    y, mo = divmod(doc.month - 1 + n, 12)
    y, mo = doc.year + y, mo + 1
    return f"{y:04d}-{mo:02d}-{min(doc.day, calendar.monthrange(y, mo)[1]):02d}", "day"


def _on_weeks(m: re.Match, after: str, doc: DocDate) -> _Read:
    """两周内 said on 3月10日 → 3月24日; without a dated document, no date."""
    w = m.group("wksn")
    n = 2 if w is None else cn_int(w) if not w.isdigit() else int(w)  # (半个月内: two weeks)
    if not n or doc.year is None or doc.month is None or doc.day is None:
        return None, None
    return (datetime.date(doc.year, doc.month, doc.day) + datetime.timedelta(weeks=n)).isoformat(), "day"


def _on_spring_festival(m: re.Match, after: str, doc: DocDate) -> _Read:
    """春节前 (除夕) / 春节放假前 (two days before)."""
    year = int(m.group("sfy")) if m.group("sfy") else (doc.year + 1 if m.group("sfn") and doc.year else None)
    return _before_festival(year, doc, 2 if m.group("sfh") else 1), "day"


def _on_new_year(m: re.Match, after: str, doc: DocDate) -> _Read:
    """元旦前 / 明年元旦前: the last day of the year."""
    y = _year(m, "nyy", doc)
    return (f"{y:04d}-12-31" if y else None), "day"


def _on_week(m: re.Match, after: str, doc: DocDate) -> _Read:
    """下周 / 本周内 / 下周五前."""
    return _week_end(doc, m.group("wkw") == "下", m.group("wkd")), "day"


def _on_year_word(m: re.Match, after: str, doc: DocDate) -> _Read:
    """年内 / 年底前 / 今年 / 明年底: the document's year (or the next)."""
    if not doc.year:
        return None, "year"
    return f"{doc.year + (1 if m.group(0).startswith('明年') else 0):04d}-12-31", "year"


def _on_five_year_plan(m: re.Match, after: str, doc: DocDate) -> _Read:
    """“十四五”期间 → 2025年底 (the 十一五 plan ran 2006–2010, each after it five years on)."""
    n = cn_int(m.group("fypn"))
    return (f"{2010 + 5 * (n - 1):04d}-12-31" if n else None), "year"


def _on_point_day(m: re.Match, after: str, doc: DocDate) -> _Read:
    """6.30前: that day of the document's year (none without one)."""
    if doc.year is None:
        return None, None
    mo, d = int(m.group("ptm")), int(m.group("ptd"))
    return (f"{doc.year:04d}-{mo:02d}-{d:02d}" if d <= calendar.monthrange(doc.year, mo)[1] else None), "day"


def _on_vague(m: re.Match, after: str, doc: DocDate) -> _Read:
    """尽快 / 近期 / 三年以内 / 汛期前: no date."""
    return None, None


#: the reader of each kind of :data:`_RX` match, by the name of its alternative (``m.lastgroup``; vague: :func:`_on_vague`)
_KINDS = {"num": _on_num, "sq": _on_squeezed, "sqn": _on_squeezed_yearless, "day": _on_day, "mon": _on_month, "rel": _on_this_month, "qtr": _on_quarter, "thisq": _on_this_quarter,
          "half": _on_half, "yr": _on_year, "nat": _on_national_day, "sch": _on_school_start, "may": _on_labour_day, "jul": _on_july_first, "mos": _on_months, "wks": _on_weeks, "sf": _on_spring_festival,
          "nyd": _on_new_year, "wk": _on_week, "yrel": _on_year_word, "fyp": _on_five_year_plan, "pt": _on_point_day}


def _since(kind: Optional[str], text: str, after: str) -> bool:
    """A start, not a deadline (今年以来, 2020年以来, 上半年以来), or 今年 before the
    part of the year it opens (今年上半年, 今年第三季度) or a season's term (今年汛期前)."""
    if kind in ("yrel", "yr", "half") and after.startswith("以来"):
        return True
    return kind == "yrel" and text == "今年" and (after[:1] in ("上", "下", "第", "一", "二", "三", "四")
                                                 or bool(_SEASON_BEFORE.match(after)))  # (今年供暖期开始前, rx31)


#: a season of the year's work before which a term falls: (今年)供暖期开始前 / 汛期前 / 春耕前 (its own term, rx31)
_SEASON_BEFORE = lazy(r"^[\u4e00-\u9fff]{1,6}?(?:期|季|节)(?:开始|结束|来临|到来)?(?:前|之前|以前)")


#: what a report on a period gives: 全年完成情况 / 上半年进展 (the period, no deadline)
_PERIOD_OF = lazy(r"(?:的)?(?:工作)?(?:完成|进展|落实|推进|执行)(?:情况|进度)|(?:的)?(?:工作)?情况")


#: a drafting verb right before a year that names what the plan is for: 编制2025年…任务清单, 谋划2026年项目
_PLAN_FOR = lazy(r"(?:制定|制订|编制|起草|印发|出台|谋划|梳理|梳理确定|研究确定|申报)(?:出|好)?$")


def _in_slogan(clause: str, at: int) -> bool:
    """Is ``at`` inside a quoted slogan of three or more short parts (“月初定账、每周对账、月底销账”),
    not a quoted speech (“今年我们要办好三件事、五个项目、八项工程,…”)?"""
    o = clause.rfind("“", 0, at)
    if o < 0 or clause.rfind("”", 0, at) > o:
        return False
    c = clause.find("”", at)
    if c < 0 or c - o > 30 or re.search(r"[,,。;;]", clause[o:c]):
        return False
    parts = clause.count("、", o, c)  # (按照“马上办、督促办”的原则: two parts, named a principle; rx21)
    return parts >= 2 or (parts == 1 and bool(_SLOGAN_OF.match(clause, c + 1)))


#: what a quoted slogan is named after its quote: …”的原则 / …”的要求 / …”工作机制
_SLOGAN_OF = lazy(r"的?(?:工作)?(?:原则|要求|机制|制度|办法|理念|作风|标准|模式|方针)")


#: a place's name right before a year, the work's name going on after it: 青石县2014年保障性住房 (rx49)
_NAMED_YEAR = lazy(r"[\u4e00-\u9fff]{1,8}(?:县|市|区|镇|乡|村|州|街道)$")
_CJK_NOUN = lazy(r"[\u4e00-\u9fff](?<![底末内前后起以度的])")


def _no_term(m: re.Match, clause: str, text: str, after: str, doc: Optional[DocDate] = None) -> bool:
    """A time that is no term: a start (今年以来, 从一季度开始), the period a report covers (全年完成情况), the
    year a plan is for (编制2025年…清单), a slogan's words (“年初建账、年底交账”)."""
    if _since(m.lastgroup, text, clause[m.end():m.end() + 12]) or text in ("全年", "上半年", "下半年") and _PERIOD_OF.match(clause, m.end()):
        return True
    if clause[m.start() - 1:m.start()] in ("从", "自") and after.startswith(("开始", "起")):
        return True  # (自今年三季度起: rx23)
    if m.lastgroup == "day" and after.startswith("起") and not text.endswith(("前", "底")):
        return True  # (9月6日起开展课后服务: a start, no term; rx29)
    if in_title(clause, m.start()):
        return True  # (《2022年政府工作报告》: a document's title, rx23)
    if text.endswith("前") and after.startswith("后"):
        return True  # (春节前后 / 国庆前后: around a time, no term; rx24)
    if doc is not None and doc.year and re.fullmatch(r"((?:19|20)\d\d)年(?:以前|之前)", text) and int(text[:4]) < doc.year:
        return True  # (2016年以前开工项目, said in 2018: which works, not when; rx23)
    return _names_a_year(m, clause, text, after) or ("“" in clause and _in_slogan(clause, m.start()))


def _names_a_year(m: re.Match, clause: str, text: str, after: str) -> bool:
    """A bare year that names what it is of: the year a plan is for (编制2025年…清单), or the year between a place
    and its work's name (完成青石县2014年保障性住房…项目; rx49)."""
    if m.lastgroup != "yr" or len(text) != 5:
        return False
    return bool(_PLAN_FOR.search(clause, 0, m.start())
                or (_NAMED_YEAR.search(clause, 0, m.start()) and _CJK_NOUN.match(after)))


#: a term in January or February, before which something is due (1月底前, 2月15日前)
_NEXT_JANUARY = lazy(r"^(?:1|2|一|二)月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?(?:前|之前|以前)$")


def _next_january(text: str, date: Optional[str], doc: DocDate) -> Optional[str]:
    """1月底前 / 2月15日前 said in November or December: next year's (rx24)."""
    if date and (doc.month or 0) >= 11 and date[:4] == str(doc.year) and _NEXT_JANUARY.match(text):
        return str(doc.year + 1) + date[4:]
    return date


def find_deadlines(clause: str, doc: DocDate) -> list[Found]:
    """Every time expression of ``clause`` (folded text), in order.

    >>> [f.text for f in find_deadlines("将全年完成情况报区督查室", DocDate(2024, 3, 1, "page"))]
    []
    >>> [(f.text, f.date) for f in find_deadlines("五一前完成清淤,两个月内完成验收,中秋节前开放", DocDate(2024, 3, 10, "page"))]
    [('五一前', '2024-04-30'), ('两个月内', '2024-05-10'), ('中秋节前', None)]
    >>> [f.text for f in find_deadlines("按照“马上办、跟踪办”的原则办理", DocDate(2024, 3, 1, "page"))]
    []
    >>> [f.text for f in find_deadlines("按照“年初定账、每月对账、年底销账”的办法督办", DocDate(2024, 3, 1, "page"))]
    []
    >>> [f.text for f in find_deadlines("尽快编制2025年老旧小区改造计划", DocDate(2024, 11, 1, "page"))]
    ['尽快']
    >>> [f.date for f in find_deadlines("2025年完成老旧小区改造", DocDate(2024, 11, 1, "page"))]
    ['2025-12-31']
    """
    out: list[Found] = []
    if not _QUICK.search(clause):
        return out
    carry = doc  # 2024年6月底前开工、12月底前完工: the second month takes the year of the first
    for m in _RX.finditer(clause):
        text = m.group(0)
        after = clause[m.end():m.end() + 2]
        if _no_term(m, clause, text, after, doc):
            continue
        own = m.lastgroup == "yrel" and text.startswith(("今年", "明年", "本年"))  # (2018年…。今年…: the document's year, rx38)
        own = own or (m.lastgroup == "day" and text.startswith(("下", "本", "这")))  # (下周二(9月5日)之前: this week's, rx40)
        ref = _said_in(doc) if "明年" in text else (doc if own else carry)
        got = _KINDS.get(m.lastgroup, _on_vague)(m, after, ref)
        if got is None:
            continue
        date, prec = got
        if date and re.match(r"(?:19|20)\d\d年", text):
            carry = DocDate(int(text[:4]), None, None, "text")
        elif carry is doc:
            date = _next_january(text, date, doc)
        out.append(Found(text, date, prec, m.start(), m.end()))
    out = _ranges(clause, out)
    out = _years_framing_off(out)
    out = _year_labels_off(clause, out)
    if _DAYS_QUICK.search(clause):
        days = [f for f in _days(clause, carry) if not any(o.start < f.end and f.start < o.end for o in out)]
        if days:
            out = sorted(out + days, key=lambda f: f.start)
    return _undated_spans(clause, out)


def _said_in(doc: DocDate) -> DocDate:
    """The date 明年 is said from: a plan section's date stands for the year planned (2015年主要任务 in a speech of
    December 2014), its 明年 that year, not the one after (rx39)."""
    return DocDate(doc.year - 1, 12, 1, "text") if doc.source == PLANNED and doc.year else doc


def _years_framing_off(out: list[Found]) -> list[Found]:
    """今年秋季开学前: 今年 only names the year of the term right after it, no term of its own (rx39)."""
    return [f for f in out if not (f.text in ("今年", "本年") and any(o.start == f.end and o.date for o in out))]


_YEAR_ONLY = lazy(r"(?:19|20)\d\d年")
_NOT_LABELLED = lazy(r"[底末内度前起至到以,,、。;;::的\d]")


def _year_labels_off(clause: str, out: list[Found]) -> list[Found]:
    """确保2016年安置点在9月5日之前全部入住: a year naming a batch of the work before its own term is no term (rx40)."""
    return [f for f in out if not (_YEAR_ONLY.fullmatch(f.text) and f.end < len(clause) and not _NOT_LABELLED.match(clause[f.end])
                                   and any(o.start > f.end and o.date and o.text.endswith("前") for o in out))]


def _undated_spans(clause: str, out: list[Found]) -> list[Found]:
    """So long a time after an event the document does not date, or as a standard of service: no date."""
    if "后" in clause:
        out = [_after_event(f, clause) for f in out]
    if _SERVICE_QUICK.search(clause):
        out = [_service_span(f, clause) for f in out]
    return out


_SERVICE_QUICK = lazy(r"受理|做到|率|一般|一律|的[,,]|投诉|诉求|来信|来电|咨询|举报|来访|起[,,]")


#: a standard of service, not a term: 做到当天受理、三日内办结 / 来信来访7日内答复率100% (rx29)
_SERVICE_BEFORE = lazy(r"(?:做到|受理[、,,]?|承诺)[^,,。;]{0,8}$|一般[^,,。;]{0,12}$|(?:投诉|诉求|来信|来电|咨询)(?:件)?(?:在|于)?$|对[^。;]{2,30}?的[,,][^,,。;]{0,16}$|"
                      r"(?:投诉|举报|来电|来访)[^。;]{0,20}$|(?:齐全|完备|符合条件)的[,,](?:一律|均)?(?:在|于)?$|^一律(?:在|于)?$|"
                      r"(?:\d{1,2}月(?:\d{1,2}日)?|即日|今年|本月)起[,,][^。;]{0,40}$")  # (7月1日起,X登记5个工作日内办结: a standing limit, rx33)  # (资料齐全的,在20个工作日内…; 投诉举报24小时内响应,5个工作日内办结, rx31)  # (对材料齐全的,…在3个工作日内办结)
_SERVICE_AFTER = lazy(r"^[\u4e00-\u9fff]{0,4}率")


def _service_span(f: Found, clause: str) -> Found:
    """So long a time as a standard of service (三日内办结 after 受理, 7日内答复率) is no term: no date."""
    if f.date and _SPAN.match(f.text) and (_SERVICE_BEFORE.search(clause, 0, f.start) or _SERVICE_AFTER.match(clause[f.end:])):
        return Found(f.text, None, f.precision, f.start, f.end)
    return f


#: an event other than the document itself, before so long a time: 反馈后2个月内 / 收到交办件后5个工作日内 (rx24)
_AFTER_EVENT = lazy(r"(?:反馈|交办|收到[^,,。;]{0,12}?|立案|受理|验收|批复|签约|开工|完工|竣工|移交|交地|交付|取得[^,,。;]{0,8}?|巡察|督察|发现问题|接到[^,,。;]{0,12}?|到账|到位|下拨)(?:之)?后$")
#: so long a time: 2个月内 / 15天内 / 5个工作日内 / 三周内
_SPAN = lazy(r"^(?:\d+|[一二两三四五六七八九十]+)个?(?:月|天|日|周|星期|工作日)(?:内|之内|以内)$")


def after_event_before(before: str, found: list[Found]) -> list[Found]:
    """So long a time told in the clause after an event's (第二批资金到账后,镇财政所须在7个工作日内兑付): no date (rx33)."""
    if not _AFTER_EVENT.search(before.strip()):
        return found
    return [Found(f.text, None, f.precision, f.start, f.end) if f.date and _SPAN.match(f.text) else f for f in found]


def _after_event(f: Found, clause: str) -> Found:
    """So long a time after an event the document does not date (反馈后2个月内) is a term with no date."""
    if f.date and _SPAN.match(f.text) and _AFTER_EVENT.search(clause, 0, f.start):
        return Found(f.text, None, f.precision, f.start, f.end)
    return f


#: the word joining the two ends of a span of days or months (3月7日至3月10日 / 6月-8月)
RANGE_WORD = r"(?:-|—{1,2}|–|~|～|至|到)"
_RANGE_JOIN = lazy(r"\s*" + RANGE_WORD + r"\s*$")


def _ranges(clause: str, found: list[Found]) -> list[Found]:
    """A span of days (3月7日-3月10日, 3月7日至3月10日) or months (6月至8月) is done by its last day: one deadline,
    the later date.

    >>> [(f.text, f.date) for f in find_deadlines("检查时间:2023年5月8日至5月12日", DocDate(2023, 5, 1))]
    [('2023年5月8日至5月12日', '2023-05-12')]
    """
    out: list[Found] = []
    for f in found:
        p = out[-1] if out else None
        if (p and p.precision == f.precision and f.precision in ("day", "month") and p.date and f.date and p.date <= f.date
                and _RANGE_JOIN.match(clause[p.end:f.start])):  # (2019年6月至8月: a span of months too, rx40)
            out[-1] = Found(clause[p.start:f.end], f.date, f.precision, p.start, f.end)
            continue
        out.append(f)
    return out


def _days(clause: str, doc: DocDate) -> list[Found]:
    """``15天内`` / ``最后十天`` / ``用15天时间``: so many days from a dated document; ``3个工作日内`` so many
    working days (rx22); a bare length (``施工3天``, ``办结时限5个工作日``) is not read."""
    out = []
    for m in _DAYS.finditer(clause):
        text = m.group(0)
        if not (text.startswith("最后") or m.group("dw")) or "工作日" in clause[m.start():m.end() + 2]:
            continue
        n = int(m.group("dn")) if m.group("dn").isdigit() else cn_int(m.group("dn"))
        out.append(Found(text, _days_on(doc, n), "day", m.start(), m.end()))
    for m in _TODAY_TOMORROW.finditer(clause):
        out.append(Found(m.group(0), _days_on(doc, 1), "day", m.start(), m.end()))
    for m in _WORKDAYS.finditer(clause):
        if _LENGTH_OF.search(clause, 0, m.start()):
            continue  # (时间压缩至1个工作日以内: a length measured, no date)
        n = int(m.group("wn")) if m.group("wn").isdigit() else cn_int(m.group("wn"))
        out.append(Found(m.group(0), _workdays_on(doc, n), "day", m.start(), m.end()))
    return out


#: a length measured, just before so many working days: 压缩至 / 缩短到 / 控制在 / 不超过 / 时限为 / 办结时间
_LENGTH_OF = lazy(r"(?:[至到为]|控制在|不超过|时限|时间|用时)$")


def _workdays_on(doc: DocDate, n: Optional[int]) -> Optional[str]:
    """``n`` working days (Monday to Friday) after a dated document: 三个工作日内 said on a Tuesday → Friday."""
    if not n or doc.year is None or doc.month is None or doc.day is None:
        return None
    day = datetime.date(doc.year, doc.month, doc.day)
    while n > 0:
        day += datetime.timedelta(days=1)
        n -= day.weekday() < 5
    return day.isoformat()


#: a clause done by its term: …前A任务基本完成 / …前B问题整改到位 / …前办结X
_DUE_DONE = lazy(r"(?:完成|到位|办结|销号|清零|建成|完工)")


def terms_apart(sent: str, doc) -> bool:
    """A sentence of two clauses or more, each done by a term of its own, the terms apart (确保2025年底前A基本完成,
    2027年底前B全面整改到位): each its own commitment, as the prose rules read dated steps — not a count's status nor
    one rectification (rx50).  Milestones quoted from a directive (根据…提出“…”) are not."""
    if "“" in sent or re.match(r"\s*(?:根据|按照|依据)", sent):
        return False
    dates = set()
    for c in re.split(r"[,,;;]", sent):
        found = [f.date for f in find_deadlines(c, doc) if f.date]
        if found and _DUE_DONE.search(c):
            dates.add(found[-1])
    return len(dates) >= 2
