"""A long text stored in parts and published whole (kg/longtext.py).

The threshold and the part size are lowered so that a text of a few tens of
thousands of characters takes the long path in many parts; the graph must be
the one a whole reading gives, and the document wholly in or out whatever
happens half way.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
import kg.longtext as longtext
from cli_helpers import kg_cli

PLACES = ["城南", "城北", "东湖", "西岭", "石桥", "柳岸", "青坪", "白沙"]
WORKS = ["道路改造工程", "污水管网工程", "安置小区项目", "学校扩建项目", "公园建设工程"]
UNITS = ["区住建局", "区交通局", "区水务局", "区教育局", "区城管局"]
LEADS = ["张三", "李四", "王五", "赵六", "陈七"]


def work(i: int) -> str:
    return f"{PLACES[i % len(PLACES)]}{WORKS[i % len(WORKS)]}(第{i}段)"


def long_speech(sections: int, *, skip: int = 0) -> str:
    """A speech of ``sections`` sections, one work each (every ``skip``-th left out)."""
    out = ["在全区重点项目建设推进会上的讲话", "", "区长 周八", "(2023年2月8日)", "", "同志们:", "",
           "今天召开全区重点项目建设推进会,部署今年重点工作。下面,我讲几点意见。", ""]
    for i in range(1, sections + 1):
        if skip and i % skip == 0:
            continue
        out += [f"{i}、抓好{work(i)}", "",
                f"{work(i)}由{LEADS[i % 5]}同志牵头,{UNITS[i % 5]}负责,{i % 9 + 3}月底前建成投用。"
                "各责任单位要倒排工期,确保按期完成。", ""]
    out.append("同志们,任务已经明确,关键在于落实。")
    return "\n".join(out) + "\n"


def notice(works: range) -> str:
    out = ["关于全区重点项目推进情况的通报", "", "各街道办事处,区直有关单位:", "",
           "现将截至2023年9月30日全区重点项目推进情况通报如下:", ""]
    out += [f"{work(i)}已完成主体工程的60%,未达序时进度。" for i in works]
    out += ["", "区委督查室", "2023年10月8日"]
    return "\n".join(out) + "\n"


@pytest.fixture
def parts(monkeypatch):
    """Texts over 20,000 bytes take the long path, in parts of 3,000 characters, written by child
    processes of two parts each (so a text's parts are written by several)."""
    monkeypatch.setattr(longtext, "LONG_TEXT", 20_000)
    monkeypatch.setattr(longtext, "PART_CHARS", 3_000)
    monkeypatch.setattr(longtext, "PARTS_PER_PROCESS", 2)
    return {"KG_LONG_TEXT_MB": "0.02", "KG_PART_CHARS": "3000", "KG_PARTS_PER_PROCESS": "2"}


def graph_of(store: str) -> dict:
    """Every node and relation of the store, as sets of JSON lines (no order)."""
    out = Path(store + ".json")
    r = kg_cli("export", "--store", store, "--format", "json", "--out", str(out), "--force")
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text(encoding="utf-8"))
    return {k: {json.dumps(x, sort_keys=True, ensure_ascii=False) for x in data[k]} for k in ("nodes", "edges")}


def whole_and_parts(tmp_path, monkeypatch, path) -> tuple[dict, dict]:
    """The graphs of ``path`` ingested whole and in parts, each into a store of its own."""
    graphs = []
    for name, long_path in (("whole", False), ("parts", True)):
        monkeypatch.setattr(longtext, "LONG_TEXT", 20_000 if long_path else 10 ** 12)
        store = str(tmp_path / name)
        r = kg_cli("ingest", str(path), "--store", store)
        assert r.exit_code == 0, r.output
        graphs.append(graph_of(store))
    return graphs[0], graphs[1]


def staging_left(store: str) -> list:
    return list(Path(store).glob(longtext.STAGING_PREFIX + "*"))


def test_parts_give_the_graph_of_one_reading(tmp_path, parts, monkeypatch):
    speech = tmp_path / "speech.txt"
    speech.write_text(long_speech(150), encoding="utf-8")
    report = tmp_path / "notice.txt"
    report.write_text(notice(range(3, 150, 7)), encoding="utf-8")
    assert longtext.is_long(str(speech), {}) and not longtext.is_long(str(report), {})
    graphs = []
    for name, long_path, order in (("whole", False, [speech, report]), ("parts", True, [speech, report]),
                                   ("parts-after", True, [report, speech]), ("in-process", 0, [speech, report])):
        monkeypatch.setattr(longtext, "LONG_TEXT", 20_000 if long_path is not False else 10 ** 12)
        monkeypatch.setattr(longtext, "PARTS_PER_PROCESS", 2 if long_path else 0)  # 0: no child process
        store = str(tmp_path / name)
        for f in order:
            r = kg_cli("ingest", str(f), "--store", store)
            assert r.exit_code == 0, r.output
        assert not staging_left(store)
        graphs.append(graph_of(store))
    whole, in_parts, after, in_process = graphs
    assert in_parts == whole == in_process
    assert any('"RESTATES"' in e for e in whole["edges"])  # the notice's reports are linked
    monkeypatch.setattr(longtext, "LONG_TEXT", 10 ** 12)  # (the same reports, linked in the other order)
    store = str(tmp_path / "whole-after")
    for f in (report, speech):
        kg_cli("ingest", str(f), "--store", store)
    assert after == graph_of(store)


def test_a_changed_long_text_replaces_its_reading(tmp_path, parts, monkeypatch):
    speech = tmp_path / "speech.txt"
    speech.write_text(long_speech(150), encoding="utf-8")
    store = str(tmp_path / "store")
    assert kg_cli("ingest", str(speech), "--store", store).exit_code == 0
    speech.write_text(long_speech(150, skip=4), encoding="utf-8")
    assert kg_cli("ingest", str(speech), "--store", store).exit_code == 0
    monkeypatch.setattr(longtext, "LONG_TEXT", 10 ** 12)
    fresh = str(tmp_path / "fresh")
    assert kg_cli("ingest", str(speech), "--store", fresh).exit_code == 0
    assert graph_of(store) == graph_of(fresh)


# a bad byte half way and kill -9 while the parts are written: tests/test_faults.py (the fault matrix)


def test_the_parts_blocks_reach_the_store_index_when_published(tmp_path, parts):
    """The parts' blocks go to the staging folder's own index file and are merged into the store's
    index when the text is published: every commitment of the text is there, nothing staged is left."""
    import sqlite3

    speech = tmp_path / "speech.txt"
    speech.write_text(long_speech(150), encoding="utf-8")
    store = str(tmp_path / "store")
    assert kg_cli("ingest", str(speech), "--store", store).exit_code == 0
    assert not staging_left(store)
    with kg.open_graph(store, read_only=True) as g:
        stored = {r[0] for r in g.cypher("MATCH (c:Commitment) RETURN c.id").rows}
    db = sqlite3.connect(str(Path(store) / "index.sqlite"))
    indexed = {cid for (cid,) in db.execute("SELECT cid FROM commitments")}
    blocked = {cid for (cid,) in db.execute("SELECT DISTINCT cid FROM blocks")}
    db.close()
    assert len(stored) > 100 and stored <= indexed and stored <= blocked


def test_a_task_stated_again_in_a_later_part_is_another_commitment(tmp_path, parts, monkeypatch):
    """A commitment's id counts the statements of its task before it (kg/resolve.py): the parts of a long
    text count those of the parts before, so a work stated again far on is a second commitment, as in one
    reading of the whole text."""
    again = f"{work(2)}由{LEADS[3]}同志牵头,{UNITS[3]}负责,12月底前全面完成。"
    text = long_speech(150).replace("同志们,任务已经明确", again + "\n\n同志们,任务已经明确")
    speech = tmp_path / "speech.txt"
    speech.write_text(text, encoding="utf-8")
    whole, in_parts = whole_and_parts(tmp_path, monkeypatch, speech)
    assert in_parts == whole
    stated = [n for n in map(json.loads, whole["nodes"])
              if n.get("kind") == "commitment" and work(2) in (n.get("task") or "")]
    assert len(stated) == 2 and len({n["id"] for n in stated}) == 2


def wrapped(text: str, width: int = 22) -> str:
    """``text`` as a PDF's copy gives it: each paragraph cut into lines of ``width`` characters."""
    out = []
    for para in text.split("\n"):
        out += [para[k:k + width] for k in range(0, len(para), width)] or [""]
    return "\n".join(out) + "\n"


def test_a_text_copied_from_a_pdf_reads_the_same_in_parts(tmp_path, parts, monkeypatch):
    speech = tmp_path / "wrapped.txt"
    speech.write_text(wrapped(long_speech(120)), encoding="utf-8")
    assert longtext.is_long(str(speech), {})
    monkeypatch.setattr(longtext, "PARTS_PER_PROCESS", 0)
    whole, in_parts = whole_and_parts(tmp_path, monkeypatch, speech)
    assert in_parts == whole
    led = [n for n in whole["nodes"] if "区住建局" in n or "区交通局" in n]
    assert led and sum(1 for e in whole["edges"] if "RESPONSIBLE" in e.upper()) >= 100  # (区⏎交通局 read joined)
