"""Text documents: speeches, reports, supervision and progress notices
(.txt .md .htm .html, or ``-`` for standard input).

``decode`` turns bytes into text (UTF-8 with or without BOM, UTF-16 with BOM,
GB18030/GBK, Big5; ``encoding`` forces one); ``html_to_text`` keeps the
readable text of a web page; ``load`` yields one DocumentRecord per speech.
Evidence offsets refer to the decoded text (after HTML→text for HTML).

>>> decode("督查通报".encode("gbk"), source="a.txt")
'督查通报'
>>> decode("督查通報".encode("big5"), source="a.txt")
'督查通報'
>>> html_to_text("<html><body><div class='nav'>首页 > 新闻</div><p>由张三同志牵头。</p>"
...              "<script>var x;</script></body></html>")
'由张三同志牵头。'
>>> html_to_text("<table><tr><td><p>序号</p></td><td>工作任务</td></tr><tr><td>1</td><td>建成甲路</td></tr></table>")
'序号\\t工作任务\\n1\\t建成甲路'
"""
from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator, Optional

from kg.errors import InputError
from kg.model import DocumentRecord

from . import read_bytes

# characters common in Chinese prose, simplified and traditional: a decoding
# that yields many of them is the right one
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还"
    "因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结"
    "解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级"
    "少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领"
    "七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每"
    "目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影"
    "算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准"
    "精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听"
    "该铁价严龙飞這們會個來為說對時國過還後發實現經區長書記與當務開動業進設應從關點時間產體樣將項於實場")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p)\b", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)


def _bad(source: str, msg: str) -> InputError:
    return InputError(msg, source=source)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 0x20 and b not in (9, 10, 12, 13, 27))
    return ctrl > max(2, len(sample) // 50)


def _plausibility(text: str) -> float:
    cjk = _CJK.findall(text)
    if not cjk:
        return 0.0
    return sum(1 for c in cjk if c in _COMMON) / len(cjk)


def decode(data: bytes, *, encoding: Optional[str] = None, source: str) -> str:
    """The text of ``data``; raises :class:`InputError` naming ``source`` for an
    empty or binary file or bytes no supported encoding reads."""
    if not data or not data.strip():
        raise _bad(source, "the file is empty")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _bad(source, f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as e:
            raise _bad(source, f"not valid {encoding} at byte {e.start}; check --encoding") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise _bad(source, f"not valid UTF-8 at byte {e.start}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _bad(source, "not valid UTF-16") from None
    if _looks_binary(data):
        raise _bad(source, "a binary file, not text; kg reads .txt .md .htm .html")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = None
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii", "replace").lower()
    candidates = []
    for enc in ([declared] if declared else []) + ["gb18030", "big5"]:
        try:
            codecs.lookup(enc)
            candidates.append((enc, data.decode(enc)))
        except (LookupError, UnicodeDecodeError):
            continue
    if not candidates:
        raise _bad(source, "cannot tell the encoding (not UTF-8, GB18030 or Big5); give --encoding")
    best = max(candidates, key=lambda c: _plausibility(c[1]))
    return best[1]


def is_html(path: str, data: bytes) -> bool:
    """By the file name (.htm, .html) or by the first tag of the bytes."""
    if path.lower().endswith((".htm", ".html")):
        return True
    return bool(_HTML_START.match(data[:2048].lstrip(codecs.BOM_UTF8)))


# ---- HTML -------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "select", "button",
              "iframe", "svg", "template", "head", "object", "canvas"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "blockquote", "pre", "dd", "dt", "dl", "hr", "center"}
_CELL = {"td", "th"}
_SKIP_ATTR = re.compile(r"(?:^|[\s_-])(?:nav|navbar|breadcrumbs?|crumbs?|menu|footer|header|sidebar|side|related|"
                        r"recommend|relate|share|comments?|copyright|pagination|pager|toolbar|banner|ads?|advert|"
                        r"location|position|weizhi|tags?|hot|rank|login|search|foot|top)(?:$|[\s_-])", re.I)
_BOILER_LINE = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置|首页\s*[>>»]|上一篇|下一篇|分享到|打印本页|关闭窗口|"
                          r"责任编辑|【打印】|【关闭】|扫一扫)")
_RELATED = re.compile(r"^(?:相关(?:文章|阅读|推荐|链接|新闻)|推荐(?:阅读|文章)|热门(?:文章|推荐)|猜你喜欢|延伸阅读|看过.{0,40}还看)")


class _Row:
    """A table being read: cells of the current row, and cells merged down
    (``rowspan``) that the rows below repeat, so that a row reads whole."""

    def __init__(self) -> None:
        self.row: Optional[list[str]] = None
        self.cell: Optional[list[str]] = None
        self.span = (1, 1)  # rowspan, colspan of the open cell
        self.down: dict[int, tuple[int, str]] = {}  # column → (rows left, text)

    def fill(self) -> None:
        while self.row is not None and len(self.row) in self.down:
            col = len(self.row)
            left, text = self.down[col]
            self.row.append(text)
            if left <= 1:
                del self.down[col]
            else:
                self.down[col] = (left - 1, text)

    def close_cell(self) -> None:
        if self.cell is None or self.row is None:
            return
        text = re.sub(r"\s+", " ", "".join(self.cell)).strip()
        rows, cols = self.span
        col = len(self.row)
        self.row.append(text)
        self.row.extend([""] * (cols - 1))
        if rows > 1:
            self.down[col] = (rows - 1, text)
        self.cell = None

    def close_row(self) -> Optional[str]:
        self.close_cell()
        if self.row is None:
            return None
        self.fill()
        row, self.row = self.row, None
        full = [c for c in row if c]
        if len(full) <= 1:  # a row of one cell across the table (a section heading)
            return full[0] if full else None
        return "\t".join(row)


def _int(v: Optional[str]) -> int:
    try:
        return max(1, min(int(v or 1), 500))
    except ValueError:
        return 1


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self.tables: list[_Row] = []  # open tables: cells are tabs, rows are lines, merged cells repeated
        self.nested = 0  # depth of tables inside a cell

    @property
    def table(self) -> Optional[_Row]:
        return self.tables[-1] if self.tables else None

    def _out(self, text: str) -> None:
        t = self.table
        if t is not None and t.cell is not None:
            t.cell.append(text)
        elif t is None or t.row is None:
            self.parts.append(text)

    def _block(self) -> None:
        t = self.table
        self._out(" " if t is not None and t.cell is not None else "\n")

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        if not self._table_start(tag, attrs) and tag in _BLOCK:
            self._block()
        if tag not in _VOID:
            self._push(tag, attrs)

    def _table_start(self, tag, attrs) -> bool:
        """A tag that opens a table, a row or a cell (or one inside a cell): True when it was one."""
        t = self.table
        if self.nested and tag in ("table", "tr", "td", "th"):
            self.nested += tag == "table"
            self._out(" ")  # a table inside a cell: its text is the cell's
        elif tag == "table" and t is not None and t.cell is not None:
            self.nested = 1
            self._out(" ")
        elif tag == "table" and not self.skipping:
            self.tables.append(_Row())
        elif tag in _CELL and t is not None:
            self._open_cell(t, dict(attrs))
        elif tag == "tr" and t is not None:
            self._row_end()
            t.row = []
        else:
            return False
        return True

    @staticmethod
    def _open_cell(t: _Row, attrs: dict) -> None:
        t.close_cell()
        if t.row is None:
            t.row = []
        t.fill()
        t.span = (_int(attrs.get("rowspan")), _int(attrs.get("colspan")))
        t.cell = []

    def _push(self, tag, attrs) -> None:
        """An open element, skipped (navigation, scripts, a footer's class) or not."""
        attr = " ".join(v for k, v in attrs if k in ("class", "id", "role") and v)
        skip = self.skipping or tag in _SKIP_TAGS or bool(attr and _SKIP_ATTR.search(attr))
        self.stack.append((tag, skip))

    def _row_end(self) -> None:
        line = self.table.close_row() if self.table else None
        if line:
            self.parts.append("\n" + line + "\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._block()

    def handle_endtag(self, tag):
        t = self.table
        if self.nested and tag in ("table", "tr", "td", "th"):
            self.nested -= tag == "table"
            self._out(" ")
        elif tag in _CELL and t is not None:
            t.close_cell()
        elif tag == "tr" and t is not None:
            self._row_end()
        elif tag == "table" and t is not None:
            self._row_end()
            self.tables.pop()
            self.parts.append("\n")
        elif tag in _BLOCK:
            self._block()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.skipping:
            self._out(data)


def html_to_text(html: str) -> str:
    """The readable text of a page, one block per line: navigation,
    breadcrumbs, scripts, styles and "related articles" lists dropped."""
    p = _Text()
    p.feed(html)
    p.close()
    raw = "".join(p.parts).replace("\r", "").replace("\u00a0", " ")
    lines = []
    related = False
    for line in raw.split("\n"):
        s = re.sub(r"[ \u3000]+", " ", line).strip()
        s = re.sub(r" ?\t ?", "\t", s)
        if not s:
            continue
        if _RELATED.match(s):
            related = True
            continue
        if related and len(s) < 40:
            continue  # the list under a "related articles" heading
        related = False
        if _BOILER_LINE.match(s):
            continue
        lines.append(s)
    return "\n".join(lines)


def read_text(path: str, *, encoding: Optional[str] = None, source: Optional[str] = None) -> str:
    """The decoded (and, for HTML, de-tagged) text of a file or of ``-``."""
    name = source or path
    data = read_bytes(path)
    text = decode(data, encoding=encoding, source=name)
    if is_html(path, data):
        text = html_to_text(text)
        if not text.strip():
            raise _bad(name, "the page has no readable text")
    return text


def load(path: str, *, encoding: Optional[str] = None, date: Optional[str] = None,
         source: Optional[str] = None) -> Iterator[DocumentRecord]:
    """One :class:`DocumentRecord` per speech of a text file (``-``: standard input)."""
    from kg.extract import extract_text
    from kg.extract.tables import SOURCE

    name = source or (Path(path).name if path != "-" else "-")
    text = read_text(path, encoding=encoding, source=path if source is None else source)
    token = SOURCE.set(path)  # named in what the table reader says of the tables it finds
    try:
        docs = extract_text(text, source=name, date=date)
    finally:
        SOURCE.reset(token)
    yield from docs
