"""Reading the same documents again, or in another order, gives the same graph (issue 14).

The corpus (``bench/corpus.py``) has speeches that assign works and many
progress notices on the same works, so nearly every commitment is linked by
``RESTATES`` to the canonical commitment of its work, whose progress records
the notices add.
The graphs are compared whole: node ids with every property, relation
triples with every property.
"""
from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
from corpus import write_corpus  # noqa: E402

EXAMPLES = ROOT / "examples"


def snapshot(g) -> tuple[dict, dict]:
    """Every node (id → properties) and relation ((type, src, dst) → properties)."""
    graph = g.graph()
    nodes = {n.id: dict(n.props) for n in graph.nodes.values()}
    edges = {k: dict(e.props) for k, e in graph.edges.items()}
    return nodes, edges


def assert_same(a, b):
    (na, ea), (nb, eb) = a, b
    assert set(na) == set(nb), "node ids differ"
    assert set(ea) == set(eb), f"relations differ: {sorted(set(ea) ^ set(eb))[:5]}"
    assert na == nb, [(k, na[k], nb[k]) for k in na if na[k] != nb[k]][:3]
    assert ea == eb


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    return [str(p) for p in write_corpus(str(folder), documents=36, seed=14, works_count=10)]


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    with kg.open_graph(str(tmp_path_factory.mktemp("ref") / "s")) as g:
        g.ingest(corpus)
        first = snapshot(g)
        g.ingest(corpus, reread=True)  # read again, not skipped as unchanged: relinked from scratch
        again = snapshot(g)
        stats = g.stats()
    return first, again, stats


def test_the_corpus_has_many_links(reference):
    _, _, stats = reference
    assert stats["RESTATES"] > 3 * stats["Document"]
    assert stats["Progress"] > 2 * stats["Document"]
    assert stats["Commitment"] > 100


def test_reading_again_changes_nothing(reference):
    first, again, _ = reference
    assert_same(first, again)


@pytest.mark.parametrize("order", ["reversed", "shuffled", "one by one"])
def test_the_order_of_reading_does_not_matter(corpus, reference, tmp_path, order):
    files = list(corpus)
    if order == "reversed":
        files.reverse()
    elif order == "shuffled":
        random.Random(3).shuffle(files)
    with kg.open_graph(str(tmp_path / "s")) as g:
        if order == "one by one":
            for f in files[::2] + files[1::2]:
                g.ingest([f])
        else:
            g.ingest(files)
        assert_same(snapshot(g), reference[0])


def test_reading_one_document_again_changes_nothing(corpus, reference, tmp_path):
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest(corpus)
        for f in corpus[:12]:  # speeches and notices, each re-read alone
            g.ingest([f], reread=True)
        assert_same(snapshot(g), reference[0])


def test_a_changed_report_is_replaced_everywhere(corpus, reference, tmp_path):
    """A notice read again with other content leaves no trace of its old progress."""
    folder = tmp_path / "docs"
    folder.mkdir()
    copies = []
    for f in corpus:
        p = folder / Path(f).name
        p.write_bytes(Path(f).read_bytes())
        copies.append(str(p))
    notice = Path(copies[1])
    text = notice.read_text(encoding="utf-8")
    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest(copies)
        notice.write_text(text.replace("2023年", "2022年"), encoding="utf-8")  # an old notice after all
        g.ingest([str(notice)])
        changed = snapshot(g)
    with kg.open_graph(str(tmp_path / "fresh")) as g:
        g.ingest(copies)
        assert_same(changed, snapshot(g))


@pytest.mark.parametrize("order", list(itertools.permutations(["speech.txt", "tasks.csv", "progress.jsonl"])))
def test_the_examples_give_one_graph_in_every_order(tmp_path, order):
    """Posts included: a later mention without a post keeps the post a task table gave."""
    with kg.open_graph(str(tmp_path / "ref")) as g:
        g.ingest([str(EXAMPLES)])
        reference = snapshot(g)
    with kg.open_graph(str(tmp_path / "s")) as g:
        for name in order:
            g.ingest([str(EXAMPLES / name)])
        got = snapshot(g)
    assert_same(got, reference)
    posts = {p["name"]: p.get("post") for p in got[0].values() if p["kind"] == "person"}
    assert posts["刘建国"] == "副县长" and posts["李明华"] == "县委常委"


def examples_with_an_edited_speech(tmp_path):
    """A copy of the examples, its speech, the speech's text and that text with one work replaced by another of a
    new person, body and project: ``(folder, speech, original, edited)``."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for f in EXAMPLES.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    speech = folder / "speech.txt"
    original = speech.read_text(encoding="utf-8")
    edited = original.replace("城区公交首末站建设要加快推进,县交通运输局要在9月底前完成主体工程。",
                              "北山森林公园由赵一鸣同志牵头,市林业局负责,9月底前完成主体工程。")
    assert edited != original
    return folder, speech, original, edited


def test_a_changed_document_leaves_what_a_fresh_reading_gives(tmp_path):
    """Persons, units (and the bodies above them) and projects only the old reading named go with it."""
    folder, speech, original, edited = examples_with_an_edited_speech(tmp_path)

    def fresh():
        with kg.open_graph(str(tmp_path / f"fresh{len(list(tmp_path.iterdir()))}")) as f:
            f.ingest([str(folder)])
            return snapshot(f)

    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        speech.write_text(edited, encoding="utf-8")
        g.ingest([str(speech)])
        names = {p.get("name") for p in snapshot(g)[0].values()}
        assert {"赵一鸣", "市林业局", "市政府", "北山森林公园"} <= names
        assert_same(snapshot(g), fresh())
        speech.write_text(original, encoding="utf-8")
        g.ingest([str(speech)])
        names = {p.get("name") for p in snapshot(g)[0].values()}
        assert not {"赵一鸣", "市林业局", "市政府", "北山森林公园"} & names
        assert_same(snapshot(g), fresh())


def test_an_edited_document_keeps_its_commitments_and_changes_in_place(tmp_path):
    """A commitment is its task in its document: a sentence added before it, or its deadline or its body
    changed, leave its id (a review decision naming it still holds); what the edit changed is updated,
    the old body's relation goes, and the graph is the one a fresh reading gives."""
    folder, speech, original, _ = examples_with_an_edited_speech(tmp_path)
    edited = (original.replace("同志们:\n", "同志们:\n\n今天会议时间紧,我简要讲几句。\n", 1)
              .replace("6月底前建成通车", "7月底前建成通车").replace("县征收办具体抓好落实", "县住建局具体抓好落实"))
    assert edited.count("7月底前") == 1 and "县住建局具体" in edited

    def of_speech(snap):
        nodes, edges = snap
        cs = {k: v for k, v in nodes.items() if v["kind"] == "commitment" and v.get("source") == "speech.txt"}
        bodies = {(nodes[s].get("name"), cs[d]["task"]) for (t, s, d) in edges if d in cs and t == "RESPONSIBLE_FOR"}
        return cs, bodies

    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        before, bodies_before = of_speech(snapshot(g))
        speech.write_text(edited, encoding="utf-8")
        g.ingest([str(speech)])
        changed = snapshot(g)
    after, bodies_after = of_speech(changed)
    assert set(after) == set(before) and len(after) >= 5
    due = {c["task"]: c.get("due") for c in after.values()}
    assert due[next(t for t in due if "滨江路" in t)] == "2023-07-31"
    removal = next(t for t in due if "棚户区" in t or "征收" in t)
    assert ("县征收办", removal) in bodies_before - bodies_after
    assert ("县住建局", removal) in bodies_after - bodies_before
    with kg.open_graph(str(tmp_path / "fresh")) as f:
        f.ingest([str(folder)])
        assert_same(changed, snapshot(f))


def test_a_reading_again_sets_only_what_changed_and_gives_the_fresh_graph(tmp_path, monkeypatch):
    """A document read again after an edit that changes a property of a relation it keeps (the post its
    leader is named by) and one of a commitment (a deadline): the store writes only what differs
    (kg/store/embedded.py ``Kept``), and the graph is still the one a fresh reading gives, property
    for property; an edit back gives the first graph again."""
    folder, speech, original, _ = examples_with_an_edited_speech(tmp_path)
    edited = original.replace("由刘建国同志牵头", "由常务副县长刘建国牵头", 1).replace("6月底前建成通车", "8月底前建成通车", 1)
    assert edited.count("常务副县长刘建国") == 1 and "8月底前建成" in edited

    def leads(snap):
        nodes, edges = snap
        return {nodes[s].get("name"): p.get("post") for (t, s, d), p in edges.items() if t == "LEADS"
                and "滨江路" in (nodes[d].get("task") or "") and nodes[d].get("source") == "speech.txt"}

    with kg.open_graph(str(tmp_path / "s")) as g:
        g.ingest([str(folder)])
        first = snapshot(g)
        speech.write_text(edited, encoding="utf-8")
        import kg.store.embedded as emb

        sent, real = [], emb._execute_rows
        monkeypatch.setattr(emb, "_execute_rows", lambda c, stmt, rows, *a: sent.append((stmt, len(rows))) or real(
            c, stmt, rows, *a))
        g.ingest([str(speech)])
        monkeypatch.setattr(emb, "_execute_rows", real)
        changed = snapshot(g)
        speech.write_text(original, encoding="utf-8")
        g.ingest([str(speech)])
        back = snapshot(g)
    assert leads(first).get("刘建国") != "常务副县长" and leads(changed).get("刘建国") == "常务副县长"
    # the relations the edit left as they were are not written again: one LEADS, no STATED_IN, no CONCERNS
    assert [n for stmt, n in sent if "[e:LEADS]" in stmt] == [1], sent
    assert not [stmt for stmt, _ in sent if "[e:STATED_IN]" in stmt or "[e:CONCERNS]" in stmt], sent
    assert {c.get("due") for c in changed[0].values()
            if "滨江路" in (c.get("task") or "") and c.get("source") == "speech.txt"} == {"2023-08-31"}
    speech.write_text(edited, encoding="utf-8")
    with kg.open_graph(str(tmp_path / "fresh")) as f:
        f.ingest([str(folder)])
        assert_same(changed, snapshot(f))
    assert_same(back, first)
