"""The CJK font the pictures use: Noto Sans CJK SC from the ``mplfonts``
package (a dependency), registered with matplotlib explicitly and
subset into the HTML page so Chinese renders in any browser.

Search order: ``$KG_CJK_FONT`` (a font file), the ``mplfonts`` package,
then well-known system paths (Debian ``fonts-noto-cjk``, ``fonts-wqy-zenhei``).
"""
from __future__ import annotations

import functools
import importlib.util
import io
import os
from pathlib import Path
from typing import Optional

from ..errors import FontMissing

#: font files tried inside the mplfonts package, best first
PACKAGE_FONTS = ("NotoSansCJKsc-Regular.otf", "SourceHanSerifSC-Regular.otf", "NotoSerifCJKsc-Regular.otf")
SYSTEM_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)


def _package_dir(name: str) -> Optional[Path]:
    """The folder of an installed package, without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


@functools.lru_cache(maxsize=None)
def cjk_font_path() -> Path:
    """The file of the CJK font, or :class:`FontMissing` saying what to install."""
    env = os.environ.get("KG_CJK_FONT")
    if env:
        if not Path(env).is_file():
            raise FontMissing(f"KG_CJK_FONT={env} is not a font file")
        return Path(env)
    pkg = _package_dir("mplfonts")
    if pkg is not None:
        for name in PACKAGE_FONTS:
            p = pkg / "fonts" / name
            if p.is_file():
                return p
    for p in SYSTEM_FONTS:
        if Path(p).is_file():
            return Path(p)
    raise FontMissing("no CJK font: pip install mplfonts (a dependency of commitment-kg), "
                      "or set KG_CJK_FONT to a .otf/.ttf/.ttc file with Chinese glyphs")


@functools.lru_cache(maxsize=None)
def register_cjk_font() -> str:
    """Add the CJK font file to matplotlib's font manager; return its family name."""
    from matplotlib import font_manager

    path = str(cjk_font_path())
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def subset_font(text: str) -> bytes:
    """The CJK font cut down to the characters of ``text`` plus printable ASCII (an OpenType file)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    path = cjk_font_path()
    chars = set(text) | {chr(c) for c in range(0x20, 0x7f)} | set("…·、，。：；（）")
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    font = TTFont(str(path), fontNumber=0, lazy=True)
    sub = subset.Subsetter(opts)
    sub.populate(text="".join(sorted(chars)))
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()
