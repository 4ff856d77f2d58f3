"""A seeded corpus in the genre: speeches that assign works, notices that report on them.

Speeches state "X由张三同志牵头,县某局负责,县某局配合,6月底前完成…"; progress
notices months later report on the same works ("X已完成主体工程的60%,未达序时
进度"), so linking (kg/link.py) has many reports on many commitments to tie.
All names and units are invented.  The same ``seed`` gives the same files.

    python bench/corpus.py OUT_DIR --documents 100 --seed 7
    python bench/corpus.py OUT_DIR --documents 10000 --archive   # many counties: bench/run.py

>>> import tempfile, pathlib
>>> files = write_corpus(tempfile.mkdtemp(), documents=6, seed=1)
>>> len(files), files[0].name
(6, 'doc-0000.txt')
"""
from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

PLACES = ["青石", "云溪", "柳湾", "石桥", "凤岭", "北塘", "南坪", "东湖", "西岸", "白鹭", "金沙", "翠屏",
          "桃源", "梅溪", "松岗", "竹林", "兰亭", "荷塘", "杏坛", "枫桥", "柏树", "杉湖", "银杏", "芙蓉",
          "龙泉", "虎跳", "鹤鸣", "鹿角", "燕归", "雁塔", "鸿雁", "凤鸣", "麒麟", "狮山", "象山", "马鞍",
          "玉泉", "碧水", "丹霞", "紫荆", "青龙", "白马", "黄龙", "赤水", "乌石", "蓝田", "红岩", "绿洲",
          "朝阳", "夕照"]  # 50 places x 10 kinds of work: 500 distinct works
WORKS = ["大道拓宽改造工程", "污水处理厂扩建工程", "安置小区建设项目", "小学新校区建设项目", "生态公园建设工程",
         "农贸市场改造项目", "物流园建设项目", "河道综合治理工程", "体育中心建设项目", "停车场建设项目"]
SURNAMES = "赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦许何吕施"
GIVEN = ["建平", "志远", "海涛", "晓东", "国栋", "文斌", "春华", "明辉", "立新", "红梅", "振宇", "庆丰"]
UNITS = ["县住建局", "县交通运输局", "县水务局", "县教育局", "县自然资源局", "县发改委", "县财政局",
         "县商务局", "县生态环境分局", "县城管局", "县文旅局", "县农业农村局"]
TOWNS = ["青石镇", "云溪镇", "柳湾乡", "石桥街道", "凤岭镇", "北塘街道"]
STATES = [("已全面完工,投入使用", "done"), ("已完成主体工程的{p}%,达到序时进度", "on_track"),
          ("仅完成年度计划的{p}%,未达序时进度", "behind"), ("尚未开工,前期手续仍在办理中", "not_started")]


@dataclass(frozen=True)
class Work:
    name: str
    lead: str
    unit: str
    assist: str
    month: int


def works(rng: random.Random, n: int) -> list[Work]:
    names = [p + w for p in PLACES for w in WORKS]
    rng.shuffle(names)
    return [Work(name, rng.choice(SURNAMES) + rng.choice(GIVEN), rng.choice(UNITS),
                 rng.choice([u for u in UNITS + TOWNS]), rng.randint(3, 12))
            for name in names[:n]]


def _assign(lines: list[str], ws: list) -> str:
    """A speech's body after its opening ``lines``: one section a work, who leads it and by when."""
    for i, w in enumerate(ws, start=1):
        lines.append(f"{'一二三四五六七八九十'[i - 1] if i <= 10 else i}、抓好{w.name}")
        lines.append("")
        assist = f",{w.assist}配合" if w.assist != w.unit else ""
        lines.append(f"{w.name}由{w.lead}同志牵头,{w.unit}负责{assist},{w.month}月底前建成投用。")
        lines.append("")
    lines.append("同志们,任务已经明确,关键在于落实。")
    return "\n".join(lines) + "\n"


def speech(rng: random.Random, ws: list[Work], no: int) -> str:
    month = rng.randint(1, 3)
    speaker = rng.choice(SURNAMES) + rng.choice(GIVEN)
    lines = [f"在全县重点项目建设推进会上的讲话({no})", "", f"县长 {speaker}", f"(2023年{month}月{rng.randint(1, 28)}日)",
             "", "同志们:", "", "今天召开全县重点项目建设推进会,部署今年重点工作。下面,我讲几点意见。", ""]
    return _assign(lines, ws)


def notice(rng: random.Random, ws: list[Work], no: int, *, place: str = "全县", office: str = "县委督查室",
           year: int = 2023) -> str:
    """A supervision office's progress notice on the works ``ws`` (the county corpus and the archive's)."""
    month, day = rng.randint(4, 12), rng.randint(1, 28)
    lines = [f"关于{place}重点项目推进情况的通报(第{no}期)", "", "各乡镇人民政府,县直有关单位:", "",
             f"  现将截至{year}年{month}月{day}日{place}重点项目推进情况通报如下:", ""]
    for w in ws:
        text, _ = rng.choice(STATES)
        lines.append(f"  {w.name}{text.format(p=rng.randint(2, 19) * 5)}。")
        lines.append("")
    lines += [office, f"{year}年{month}月{day}日"]
    return "\n".join(lines) + "\n"


def write_corpus(out: str, *, documents: int = 100, seed: int = 7, works_count: int = 0) -> list[Path]:
    """Write ``documents`` files (about one speech in three) into ``out``; return their paths."""
    rng = random.Random(seed)
    pool = works(rng, works_count or max(6, documents // 2))
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(documents):
        chosen = rng.sample(pool, rng.randint(3, min(8, len(pool))))
        text = speech(rng, chosen, i) if i % 3 == 0 else notice(rng, chosen, i)
        p = folder / f"doc-{i:04d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--documents", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--works", type=int, default=0, help="size of the pool of works (default: documents / 2)")
    ap.add_argument("--archive", action="store_true",
                    help="the archive of many counties (speeches, task tables, notices) the benchmark reads")
    a = ap.parse_args()
    if a.archive:
        paths = write_archive(a.out, documents=a.documents, seed=a.seed)
    else:
        paths = write_corpus(a.out, documents=a.documents, seed=a.seed, works_count=a.works)
    print(f"wrote {len(paths)} files to {a.out}")



# --- an archive of many counties (the scale benchmark) ------------------------------------------
#: first and second syllables of invented county and town names (50 x 40 counties, towns from the rest)
_FIRST = [p[0] for p in PLACES]
_SECOND = list("安平川岭溪源阳山河湾桥塘坪田林峰泉江湖州城丰口坝台岗村沟园堡营寨关亭洲浦渡滩坡")
_GIVEN1 = list("建志海晓国文春明立红振庆永德玉秀桂俊伟刚")
_GIVEN2 = list("平远涛东栋斌华辉新梅宇丰林军强明芳英杰峰")
KINDS = ["住建局", "交通运输局", "水务局", "教育局", "自然资源局", "发改委", "财政局", "商务局",
         "生态环境分局", "城管局", "文旅局", "农业农村局", "卫健局", "工信局"]
POSTS = ["县长", "常务副县长", "副县长", "县委常委"]
WORKS_ARCHIVE = WORKS + ["农村公路提质改造工程", "中心医院迁建项目", "工业园区标准厂房建设项目", "供水管网改造工程",
                         "垃圾焚烧发电项目", "老旧小区改造工程", "城乡客运一体化项目", "高标准农田建设项目"]


@dataclass(frozen=True)
class County:
    name: str            # 青安县
    towns: tuple         # 青安镇, ...
    leaders: tuple       # (name, post)
    units: tuple         # 青安县住建局, ...
    works: tuple         # Work, with the county's units and leaders


def county(rng: random.Random, name: str, used: set) -> County:
    """A county with six towns whose names no other county uses (so its works are its own)."""
    towns = []
    while len(towns) < 6:
        base = rng.choice(_FIRST) + rng.choice(_SECOND)
        if len(used) > 1500:  # two syllables run out: three
            base += rng.choice(_SECOND)
        if base not in used:
            used.add(base)
            towns.append(base + rng.choice("镇乡"))
    towns = tuple(sorted(towns))
    leaders = tuple((rng.choice(SURNAMES + "林黄徐孙马胡郭罗梁宋谢唐韩曹邓彭曾萧田董袁潘蔡蒋余杜叶程苏魏吕丁任")
                     + rng.choice(_GIVEN1) + rng.choice(_GIVEN2), post) for post in POSTS + ["副县长"])
    units = tuple(name + k for k in KINDS)
    names = rng.sample([t[:-1] + w for t in towns for w in WORKS_ARCHIVE], 14)
    works_ = tuple(Work(w, rng.choice(leaders)[0], rng.choice(units), rng.choice(units + towns), rng.randint(3, 12))
                   for w in names)
    return County(name, towns, leaders, units, works_)


def _archive_speech(rng: random.Random, c: County, ws: list[Work], year: int, no: int) -> str:
    speaker = c.leaders[0][0]
    lines = [f"在{c.name}重点项目建设推进会上的讲话", "", f"县长 {speaker}",
             f"({year}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日)", "", "同志们:", "",
             f"今天召开{c.name}重点项目建设推进会(第{no}次),部署今年重点工作。下面,我讲几点意见。", ""]
    return _assign(lines, ws)


def _archive_table(rng: random.Random, c: County, ws: list[Work], year: int) -> str:
    import csv
    import io

    posts = dict(c.leaders)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow([f"{c.name}{year}年重点工作任务分解表"] + [""] * 7)
    w.writerow(["序号", "重点任务", "牵头领导", "牵头单位", "责任单位", "配合单位", "完成时限", "进展情况"])
    for i, work in enumerate(ws, start=1):
        text, _ = rng.choice(STATES)
        w.writerow([i, f"完成{work.name}", posts.get(work.lead, "副县长") + work.lead, work.unit,
                    rng.choice(c.towns), work.assist if work.assist != work.unit else "",
                    f"{year}年{work.month}月底前", text.format(p=rng.randint(2, 19) * 5)])
    return out.getvalue()


def write_archive(out: str, *, documents: int = 1000, seed: int = 7, per_county: int = 40) -> list[Path]:
    """An archive of ``documents`` files from ``documents / per_county`` invented counties:
    per county, speeches assigning its works (one in five files), task tables of them (one in
    ten, CSV) and progress notices (the rest), so each work is read about a bounded number of
    times and the corpus grows by counties, as a province's archive does.  Units are named with
    their county (青安县住建局), as documents above the county name them.  County names have two
    syllables up to 2,000 counties (80,000 documents), then three; a corpus of up to 80,000 documents is
    the same with or without them (the 1,000 and the 10,000 of the benchmark are as they were)."""
    rng = random.Random(seed)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    many = (documents + per_county - 1) // per_county
    names = [a + b + "县" for a in _FIRST for b in _SECOND]
    rng.shuffle(names)
    if many > len(names):  # two syllables run out (over 80,000 documents): three, as the towns' do
        more = [a + b + c + "县" for a in _FIRST for b in _SECOND for c in _SECOND]
        rng.shuffle(more)
        names += more[:many - len(names)]
    used: set = set()
    counties = [county(rng, names[i], used) for i in range(many)]
    width = max(5, len(str(documents - 1)))  # doc-00000 … doc-99999, then doc-000000 …: names sort as they come
    paths = []
    for i in range(documents):
        c = counties[i % len(counties)]
        n = i // len(counties)  # the county's n-th document
        year = 2021 + n * 3 // per_county
        chosen = rng.sample(list(c.works), rng.randint(3, 7))
        if n % 10 == 3:
            p, text = folder / f"doc-{i:0{width}d}.csv", _archive_table(rng, c, chosen, year)
        elif n % 5 == 0:
            p, text = folder / f"doc-{i:0{width}d}.txt", _archive_speech(rng, c, chosen, year, n)
        else:
            p, text = folder / f"doc-{i:0{width}d}.txt", notice(rng, chosen, n, place=c.name, office=f"{c.name[:-1]}县委督查室", year=year)
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    main()
