"""Split a document into speeches, paragraphs, sentences and clauses, with offsets.

All offsets are character offsets into the text as given.  The rules work on
:func:`fold` of the text: full-width ASCII folded to ASCII one character for
one character, so an offset in the folded text is the same offset in the
original.

>>> t = "讲话(一):\\n\\n  同志们:\\n  一是要抓好X,确保年内完成。\\n讲话(二):\\n  二要Y。"
>>> [s.title for s in split_speeches(t)]
['讲话', '讲话']
>>> [s.title for s in split_speeches("【篇一】在甲会上的讲话\\n要X。\\n【篇二】在乙会上的讲话\\n要Y。")]
['在甲会上的讲话', '在乙会上的讲话']
>>> [c.text for c in clauses(fold("要抓好X,确保年内完成"), 0)]
['要抓好X', '确保年内完成']
"""
from __future__ import annotations

import re
from .lazyre import lazy
from .vocab import BULLET_CHARS, STEP_DONE, STEP_TERM, TERM_BEFORE, WORK_TITLE_ITEM
from dataclasses import dataclass
from typing import Iterator, Optional

#: full-width ASCII (！ to ～) and the ideographic space folded one to one
FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
FOLD[0x3000] = 0x20
#: box-drawing rules between a flattened table's cells (序号│反馈问题│责任单位) read as ``|`` (rx33)
FOLD.update({0x2502: 0x7C, 0x2503: 0x7C})
#: traditional characters of the rule vocabulary folded to simplified (one for
#: one, so offsets still hold): Big5 documents read like GB ones
_TRAD = (
    "牽頭負責協辦實務確須內後區縣園與會長書記導單門業條個項處萬億達於爭開動啟設線點進標時間數號發組織員黨財稅農規劃國環廳級鎮鄉計廠報醫療衛認請應當該這們對將從為強現經濟產續繼調節週適還過邊運輸電體據總準驗補約資費購網絡統紀監檢決議論學寫義專題範圍餘東廣場車鐵橋糧樓廈館屬歸屆創遲滯緩畢齊盡儘兩臺檔幹傳勞勵價優並來軍閉問關陽隊階際險難雲預領額風飛馬黃龍質趕躍輕載轉遠選釋鋼錢閱隨養魚溝滅濕灣漢鹽築簡紅細終結給絕綜綠維編緊縮績職聯聲興舉舊藝見視親觀訂許證評試話說談講識護讓讀變貫貨賽違遷銀銷錄鏈陣雙離靜頁順顧顯驅鬆幫辭複彙審團圖壓蓋擴權嚴廢徵態營溫氣衝壇廟鐘陸頒歲賬貸賠贈贊爾種積穩競筆篩紙紡絲綫繫纜罰聞腳脫葉蘇蘭術衆裡製覽觸訴診詞詢誌語誤誠課諮謝譯豐貝貢貧販貿賀賓賦賴贏趨跡踐軌軟輔輛輝連遙遞遺鄰釣鋪錯鍵鎖鏡閃閒閥閣闆闡陳陰隱雜雞靈韓頂頓頻顏願類飯飲飽騙髮鬥魯鳳麗麼齡壞備傷僅嚮蟲纖羅聖聽腦臨艱莊藥蘿虛裝襲覺訊託訪詳誕誰諸謀謂謹讚豬貓則剛勢勝勸卻參嗎嘆噸圓執堅塊塵墳壩壯夠夢奮奪媽嬰孫寧寶尋岡島峽崗嶺巖幣帥師帳帶庫廬彈徑復恆惡慮憑懷戰戶拋掃掛採揚換損搖搶擁擇擊擔攜敗敘敵斷暫極構槍樂樣機歐歡殘殺沒測滿漁潔災無煙熱爛獎瑪畫異盜盤礎碼禮禍禦稱窮簽籃純紛綱綿緒練縱繩纏罷習脅脈脹腸膚艦華蓮藍蝦裏訓詐詩諒諾謊謠譜譽豎賊賣賭趙蹤較輪迴遊邏郵鄭醜釀針鈕銅銳鋒錦鍋鑑閑閘闊雖霧響頑顆飄飼飾餅騎髒鬧鮮鳥鳴鴨麥齒")
_SIMP = (
    "牵头负责协办实务确须内后区县园与会长书记导单门业条个项处万亿达于争开动启设线点进标时间数号发组织员党财税农规划国环厅级镇乡计厂报医疗卫认请应当该这们对将从为强现经济产续继调节周适还过边运输电体据总准验补约资费购网络统纪监检决议论学写义专题范围余东广场车铁桥粮楼厦馆属归届创迟滞缓毕齐尽尽两台档干传劳励价优并来军闭问关阳队阶际险难云预领额风飞马黄龙质赶跃轻载转远选释钢钱阅随养鱼沟灭湿湾汉盐筑简红细终结给绝综绿维编紧缩绩职联声兴举旧艺见视亲观订许证评试话说谈讲识护让读变贯货赛违迁银销录链阵双离静页顺顾显驱松帮辞复汇审团图压盖扩权严废征态营温气冲坛庙钟陆颁岁账贷赔赠赞尔种积稳竞笔筛纸纺丝线系缆罚闻脚脱叶苏兰术众里制览触诉诊词询志语误诚课咨谢译丰贝贡贫贩贸贺宾赋赖赢趋迹践轨软辅辆辉连遥递遗邻钓铺错键锁镜闪闲阀阁板阐陈阴隐杂鸡灵韩顶顿频颜愿类饭饮饱骗发斗鲁凤丽么龄坏备伤仅向虫纤罗圣听脑临艰庄药萝虚装袭觉讯托访详诞谁诸谋谓谨赞猪猫则刚势胜劝却参吗叹吨圆执坚块尘坟坝壮够梦奋夺妈婴孙宁宝寻冈岛峡岗岭岩币帅师帐带库庐弹径复恒恶虑凭怀战户抛扫挂采扬换损摇抢拥择击担携败叙敌断暂极构枪乐样机欧欢残杀没测满渔洁灾无烟热烂奖玛画异盗盘础码礼祸御称穷签篮纯纷纲绵绪练纵绳缠罢习胁脉胀肠肤舰华莲蓝虾里训诈诗谅诺谎谣谱誉竖贼卖赌赵踪较轮回游逻邮郑丑酿针钮铜锐锋锦锅鉴闲闸阔虽雾响顽颗飘饲饰饼骑脏闹鲜鸟鸣鸭麦齿")
FOLD.update({ord(t): ord(s) for t, s in zip(_TRAD, _SIMP)})


def _table_fold() -> dict[int, int]:
    """Every other traditional character folded to its simplified one, one for one, from OpenCC's table of
    characters (``TSCharacters``, shipped by ``opencc-python-reimplemented``; Apache-2.0): a page in traditional
    script (a mirror site, a Hong Kong or Taiwan repost) reads like a GB one, not only in the rules' words.  Not the
    characters GB2312 holds too (乾, 夥, 摺: simplified text writes them as they are); nothing where the table is not
    installed (rx43)."""
    try:
        from importlib import resources
        table = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    except (ImportError, OSError):  # pragma: no cover - a declared dependency
        return {}
    out = {}
    for line in table.splitlines():
        trad, _, simp = line.partition("\t")
        simp = simp.split()[0] if simp.split() else ""
        if len(trad) == 1 and len(simp) == 1 and trad != simp and not _in_gb2312(trad):
            out[ord(trad)] = ord(simp)
    return out


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


FOLD.update({k: v for k, v in _table_fold().items() if k not in FOLD})

CN_DIGITS = "一二三四五六七八九十"


def in_title(text: str, at: int) -> bool:
    """Is offset ``at`` of ``text`` inside a document's title (《…》)?

    >>> in_title("落实《2022年工作方案》,年底前完成", 3), in_title("落实《2022年工作方案》,年底前完成", 13)
    (True, False)
    """
    return "《" in text and text.rfind("《", 0, at) > text.rfind("》", 0, at)


def fold(text: str) -> str:
    """Full-width ASCII to ASCII and traditional to simplified, same length:
    ``fold("，１２％") == ",12%"``, ``fold("牽頭") == "牵头"``."""
    text = text.translate(FOLD)
    text = _JANUARY.sub("1月", text) if "元月" in text else text
    text = _GROUPED.sub(_ungrouped, text) if "," in text else text
    text = _BOXED_LABEL.sub(_label_of_box, text) if "【" in text else text
    text = _BULLET_LABEL.sub(_unbulleted, text) if _BULLETS.search(text) else text
    text = _STRAIGHT_QUOTES.sub(_curled, text) if '"' in text else text
    text = _INLINE_HEAD.sub("\n", text) if _INLINE_QUICK.search(text) else text
    return _HALF_STOP.sub("。", text) if "." in text else text


#: a heading run into the line before it by a page flattened to one paragraph, after a space that follows a sentence's
#: end or a section's label: …十分被动。 二、整改目标 实施… 三、整改措施 (一)… — the space becomes a line break (rx40;
#: a task list flattened, …2024年3月1日 一、张三区长牵头重点工作 1.…, is the breakdown reader's as it stands)
_INLINE_QUICK = re.compile(r"[ \u3000\u00a0](?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])")
_INLINE_HEAD = re.compile(r"(?:(?<=[。;;])|(?<=措施|目标|任务|要求|问题|情况|进展))[ \u3000\u00a0](?=(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])[\u4e00-\u9fff“\d])")


#: an amount written with thousands separators: 1,286.5万元 / 4,822.3万元 (rx35)
_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?=\.\d|[^\d,]|$)")


def _ungrouped(m: re.Match) -> str:
    """``1,286`` → ``01286``: the separators out, the same length (leading zeros read as nothing)."""
    digits = m.group().replace(",", "")
    return "0" * (len(m.group()) - len(digits)) + digits


_LEADING_ZERO = re.compile(r"(?<![\d.])0+(?=\d)")


def regrouped(text: str) -> str:
    """Folded text told back without the zeros :func:`fold` put for thousands separators (01286.5万元 → 1286.5万元)."""
    return _LEADING_ZERO.sub("", text) if "0" in text else text


#: a line of Chinese with straight double quotes in pairs (本网讯 "今年我们要……" 局长在节目中表态): curled, the same length (rx33)
_STRAIGHT_QUOTES = re.compile(r'^[^"\n]*"[^"\n]*"(?:[^"\n]*"[^"\n]*")*[^"\n]*$', re.M)


def _curled(m: re.Match) -> str:
    """The line with its straight quotes curled, opening and closing in turn, where the line is Chinese text."""
    line = m.group(0)
    if not re.search(r"[\u4e00-\u9fff]", line) or re.search(r'"\s*[,;:=]\s*"|"[A-Za-z_]+"\s*:', line):
        return line  # (a CSV or JSON line keeps its quotes)
    parts = line.split('"')
    return "".join(p + ("“" if k % 2 == 0 else "”") for k, p in enumerate(parts[:-1])) + parts[-1]


#: a label in a box inside a line: 【整改措施】… 【牵头单位】… (a ledger's cells run into one line)
_BOXED_LABEL = re.compile(r"【(?P<l>[\u4e00-\u9fff]{2,8})】(?!\s*(?:\n|$))")


def _label_of_box(m: re.Match) -> str:
    """``【牵头单位】`` → ``牵头单位: `` (a label as running text writes it, the same length) where it names a column
    of the genre (rx31); else the box as it stands."""
    from .fields import header_key  # (fields reads this module)
    return m.group("l") + ": " if header_key(m.group("l")) else m.group(0)


#: a bullet before a label: ◆ 牵头领导:X  ◆ 责任科室:Y (a card's fields, one or several to a line; rx37)
_BULLET_LABEL = re.compile(r"[" + BULLET_CHARS + r"]\s*(?=(?P<l>[\u4e00-\u9fff]{2,8})[::])")
_BULLETS = re.compile(r"[" + BULLET_CHARS + r"]")


def _unbulleted(m: re.Match) -> str:
    """The bullet read as a space where the label after it names a column of the genre (the same length)."""
    from .fields import header_key  # (fields reads this module)
    return " " * len(m.group()) if header_key(m.group("l")) else m.group(0)


#: a half-width full stop ending a Chinese sentence (承诺如下. 2024年… / …(县医保服务中心).): 。, the same length
#: (not 1. / 38.6 / www.gov.cn, rx31)
_HALF_STOP = re.compile(r"(?<=[\u4e00-\u9fff”)）\]】])\.(?=[ \t\u3000]*(?:\n|$)|[ \t\u3000]+[\u4e00-\u9fff“(（\d]|[\u4e00-\u9fff“])")


#: 元月 is January (元月底前, 元月15日前): read as 1月, the same length (rx24)
_JANUARY = re.compile(r"(?<![单纪公美万亿千百十\d])元月(?=[底份初中上下末前内\d])")


@dataclass(frozen=True)
class Span:
    """A piece of the document: ``text`` is the folded text of ``[start, end)``."""
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Speech:
    """One speech of a page (the whole text when the page holds one)."""
    index: int
    title: Optional[str]
    start: int
    end: int
    heading: Optional[str] = None


# "县长在全县大会上的讲话(一):"  "讲话稿篇二"  — a short line ending with a numeral
_SPEECH_HEAD = lazy(
    r"^[ \t]*(?P<title>[^\n,。;]{2,40}?)(?:[(](?P<n1>[一二三四五六七八九十]{1,3}|\d{1,2})[)]|[ \t]*篇(?P<n2>[一二三四五六七八九十]{1,3}|\d{1,2}))[ \t]*:?[ \t]*$",
    re.M)
_SPEECH_HEAD_FIRST = lazy(
    r"^[ \t]*[【\[]?(?:篇|范文)(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})[】\]]?[ \t]*:?[ \t]*(?P<title>[^\n。]{0,40})$",
    re.M)
# the "related articles" tail of a web page
_TAIL = lazy(
    r"^[ \t]*(?:看(?:过|了)[^\n]{0,40}(?:还看了|还看过)|相关(?:文章|阅读|推荐|链接)|推荐(?:阅读|文章)|热门(?:文章|推荐)|猜你喜欢|上一篇|下一篇)",
    re.M)


def cn_int(s: str) -> Optional[int]:
    """Small Chinese or Arabic numerals: ``cn_int("十二") == 12``, ``cn_int("3") == 3``."""
    if s.isdigit():
        return int(s)
    vals = {c: i + 1 for i, c in enumerate(CN_DIGITS[:9])}
    vals["两"] = 2
    vals["〇"] = vals["零"] = 0
    if not s:
        return None
    if "十" in s:
        a, _, b = s.partition("十")
        hi = vals.get(a, None) if a else 1
        lo = vals.get(b, None) if b else 0
        if hi is None or lo is None:
            return None
        return hi * 10 + lo
    return vals.get(s) if len(s) == 1 else None


#: a line of prose: long, with a full stop (a list of linked headlines has neither)
_PROSE_LINE = lazy(r"^[^\n]{30,}。[^\n]*$", re.M)


def body_end(text: str) -> int:
    r"""Where the page's trailing boilerplate (相关文章, 看过…的人还看了) starts: the
    first such line after the last line of prose, so a marker in the middle of a
    long file (pages saved one after another) cuts nothing that follows it.

    >>> t = "要建成甲路。\n上一篇:乙\n" + "由张三牵头,区交通局负责,年底前建成丙路工程并通车,确保群众出行更加便利安全,各有关单位要全力配合做好保障。\n相关文章\n丁"
    >>> t[body_end(t):]
    '相关文章\n丁'
    """
    last = None
    for last in _PROSE_LINE.finditer(text):
        pass
    m = _TAIL.search(text, last.end() if last else 0)
    return m.start() if m else len(text)


def split_speeches(text: str) -> list[Speech]:
    """Speeches of a page: headings ``标题(一)`` ``标题(二)`` … numbered from one.

    Without such headings the whole text (minus a trailing "related
    articles" block) is one speech.
    """
    t = fold(text)
    end = body_end(t)
    heads = []
    for m in _SPEECH_HEAD.finditer(t, 0, end):
        n = cn_int(m.group("n1") or m.group("n2") or "")
        if n is not None:
            heads.append((n, m))
    if len(heads) < 2:
        first = _numbered_first(t, end)
        if first:
            return _speeches(text, first, end, none_if_blank=True)
    best = _longest_run(heads)
    if len(best) < 2:
        return [_one_speech(text, t, end)]
    return _speeches(text, best, end)


def _numbered_first(t: str, end: int) -> list:
    """``【篇一】标题`` / ``范文二: 标题``: headings numbered first 1, 2, 3 … (titles may differ), else ``[]``."""
    alt = [(cn_int(m.group("n")), m) for m in _SPEECH_HEAD_FIRST.finditer(t, 0, end)]
    alt = [(n, m) for n, m in alt if n is not None]
    if len(alt) >= 2 and [n for n, _ in alt] == list(range(1, len(alt) + 1)):
        return alt
    return []


def _longest_run(heads: list) -> list:
    """The longest run 1, 2, 3 … of headings sharing one title (``标题(一)`` ``标题(二)``)."""
    best: list = []
    for i, (n, m) in enumerate(heads):
        if n != 1:
            continue
        run = [(n, m)]
        for n2, m2 in heads[i + 1:]:
            if n2 == run[-1][0] + 1 and m2.group("title") == m.group("title"):
                run.append((n2, m2))
        if len(run) > len(best):
            best = run
    return best


def _speeches(text: str, heads: list, end: int, none_if_blank: bool = False) -> list[Speech]:
    """One speech per heading, up to the next heading (the last up to ``end``), titles as written."""
    out = []
    for k, (n, m) in enumerate(heads):
        s_end = heads[k + 1][1].start() if k + 1 < len(heads) else end
        title = text[m.start("title"):m.end("title")].strip()
        out.append(Speech(k + 1, (title or None) if none_if_blank else title, m.end(), s_end,
                          text[m.start():m.end()].strip()))
    return out


def _one_speech(text: str, t: str, end: int) -> Speech:
    """The whole text as one speech, titled by its first line where that reads as a title."""
    title = _title_line(t, end)
    if title:  # as written (the folded text reads traditional as simplified)
        i = t.find(title)
        title = text[i:i + len(title)]
    return Speech(1, title, 0, end)


#: a line of issuing organs alone, over the title: 中共某镇委员会 某镇人民政府
_ISSUERS = lazy(r"^(?:(?:中共)?[\u4e00-\u9fff]{2,16}?(?:委员会|人民政府|办公室|党委|党组|办事处)[ \t\u3000]*){1,3}$")


def _title_line(t: str, end: int) -> Optional[str]:
    """The first line when it reads as a title: short, no full stop, not a salutation."""
    for m in _LINE.finditer(t, 0, min(end, 2000)):
        line = m.group(0).strip()
        if not line or re.fullmatch(r"附件\s*\d*[::]?", line) or re.search(r"[>»]|首页|当前位置|您的位置", line):
            continue  # (a breadcrumb is no title)
        if _ISSUERS.match(line):
            continue  # (中共X镇委员会 X镇人民政府 over 关于…的公开承诺: the issuers, the title below)
        if len(line) <= 60 and "。" not in line and not line.endswith(":") and "\t" not in line \
                and not line.startswith("|") and not re.match(r"^(?:附件|\d+[.、]|[一二三四五六七八九十]+、)", line):
            return line
        return None
    return None


_LINE = lazy(r"[^\n\r]+")
#: a sentence: up to 。!?; (and the quotes that close after it), or a quote that ends on an ellipsis
#: (“…今年内要帮三户找到致富门路……”连日来,… : the quoted words are a sentence of their own)
#: (a bracket is not cut at its semicolons: …10月底前完成。(牵头:X;配合:Y), rx33)
_SENT = lazy(r"(?:[((][^()()\n。!?]{0,60}[))]|[^。!?;\n…]|…+(?![”」』…]))+(?:[。!?;]+[”’\"』」)]*|…+[”」』])?")
_COLON = lazy(r":")
_ENUM_NEXT = lazy(r"\s*(?:一是|首先|[((]?[一1][))、.])")
def paragraphs(t: str, start: int, end: int) -> Iterator[Span]:
    """Non-blank lines of ``t[start:end]`` (``t`` folded), stripped; a line of numbered works run together (…。1、X项目。
    正在…。2、Y工程。已…) one paragraph an item, as if each stood on a line of its own."""
    for m in _LINE.finditer(t, start, end):
        s, e = m.start(), m.end()
        while s < e and t[s] in " \t\r\u00a0":
            s += 1
        while e > s and t[e - 1] in " \t\r\u00a0":
            e -= 1
        if e <= s:
            continue
        cuts = [c.start("at") for c in _INLINE_WORK_ITEM.finditer(t, s, e)] if e - s > 80 and "。" in t[s:e] else []
        for a, b in zip([s] + cuts, cuts + [e]) if len(cuts) >= 2 else [(s, e)]:
            while b > a and t[b - 1] in " \t\r\u00a0":
                b -= 1
            if b > a:
                yield Span(t[a:b], a, b)


#: a numbered work opening an item inside a line, after a full stop (and 其中:): 。2、X至Y铁路建设项目。 / 。(3)Z工程。
_INLINE_WORK_ITEM = lazy(r"(?<=[。;;::])\s*(?:其中[::]\s*)?(?P<at>)(?=" + WORK_TITLE_ITEM + r")")


def sentences(p: Span) -> Iterator[Span]:
    """Sentences of a paragraph, ended by 。!?; — and by a colon after a long
    lead-in (``主要抓好以下三个方面:一是…``), not after a short label (``牵头单位:``).

    >>> t = "“今年要帮三户找到门路……”连日来,公开栏前围满了群众。"
    >>> [x.text for x in sentences(Span(t, 0, len(t)))]
    ['“今年要帮三户找到门路……”', '连日来,公开栏前围满了群众。']
    """
    for m in _SENT.finditer(p.text):
        s, e = m.start(), m.end()
        # split at colons whose lead-in is not a short label
        pos = s
        for c in _COLON.finditer(p.text, s, e):
            if p.text.count("(", s, c.start()) > p.text.count(")", s, c.start()):
                continue  # (a label inside a bracket: …完成(牵头:X;配合:Y), rx33)
            if (c.start() - pos > 8 or _ENUM_NEXT.match(p.text, c.end())) and e - c.end() > 2:
                yield from _trimmed(p, pos, c.end())
                pos = c.end()
        yield from _trimmed(p, pos, e)


def evidence_start(record) -> Optional[int]:
    """Where a record's evidence opens in the text (its first offset), else None."""
    return min((e.start for e in record.evidence if e.start is not None), default=None)


def opens_within(record, span: Span) -> bool:
    """Whether ``record``'s first evidence opens inside ``span``."""
    return bool(record.evidence) and record.evidence[0].start is not None \
        and span.start <= record.evidence[0].start < span.end


def merged(out: list, new: list) -> list:
    """``out`` with ``new`` (in document order) put among them by where their evidence opens; the order of ``out``
    kept."""
    if not new:
        return out
    into, k = [], 0
    for r in out:
        at = evidence_start(r)
        while k < len(new) and at is not None and evidence_start(new[k]) < at:
            into.append(new[k])
            k += 1
        into.append(r)
    return into + new[k:]


def _trimmed(p: Span, s: int, e: int) -> Iterator[Span]:
    txt = p.text
    while s < e and txt[s] in " \t":
        s += 1
    while e > s and txt[e - 1] in " \t":
        e -= 1
    if e > s:
        yield Span(txt[s:e], p.start + s, p.start + e)


#: a step with its own term after 、, where the piece before has one (春节前完成手续办理、上半年全部实现开工): a clause
#: of its own (rx25)
_STEP_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{2,10}?(?:大道|立交|大桥|路|桥|站|馆|园|厂|中心|学校|医院|项目|工程|二期|三期))?"
                         r"(?:今年|明年|年内)?" + STEP_TERM + STEP_DONE)  # (滨河大道6月底前通车、城东立交年底前建成: another work, rx27)
_TERM_BEFORE = re.compile(TERM_BEFORE + r"|年内|年底|上半年|下半年|[一二三四]季度")  # (年内主体封顶、明年上半年投入使用, rx28)


def clauses(text: str, offset: int) -> list[Span]:
    """Comma clauses of a sentence (commas inside “quotes” or (brackets) kept);
    the trailing comma / full stop stays out of the span."""
    out: list[Span] = []
    s = 0
    depth = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in "“(《「『":
            depth += 1
        elif ch in "”)》」』":
            depth = max(0, depth - 1)
        elif (ch == "," or (ch == "、" and _STEP_AFTER.match(text, i + 1) and _TERM_BEFORE.search(text, s, i))) and depth == 0 \
                and not (text.startswith("以及", i + 1) and text[s:i].lstrip().startswith("由")):  # (由A、B,以及C负责: one list, rx41)
            if i > s:
                out.append(Span(text[s:i], offset + s, offset + i))
            s = i + 1
    e = n
    while e > s and text[e - 1] in "。!?;,: …":
        e -= 1
    if e > s:
        out.append(Span(text[s:e], offset + s, offset + e))
    return out


def told_next(prev, rec, text: str) -> bool:
    """Whether record ``rec`` is told right after ``prev`` in the same sentence of ``text`` (their evidence two
    characters apart at most, no sentence's end between): …已逾期,请Y于8月15日前办结 / 由A负责技术指导,B具体组织实施."""
    if not (prev.evidence and rec.evidence) or prev.evidence[-1].end is None or rec.evidence[0].start is None:
        return False
    gap = rec.evidence[0].start - prev.evidence[-1].end
    return 0 <= gap <= 2 and not re.search(r"[。;;\n]", text[prev.evidence[-1].end:rec.evidence[0].start])
