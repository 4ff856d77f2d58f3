"""A review's ``different`` of two persons or organizations keeps them apart (docs/review.md).

A task table naming no place says 区住建局 leads a work; a table of 东湖区
says 区住建局 leads work worded alike.  Linking takes a body of unknown place
for the one of a known place with the same name, so the two rows are one
work; a reviewer who knows the first table is another district's says the
two bodies are ``different``, and the rows become two works: at once, after
reading everything again, and in another order of reading.  Names and places
are invented.
"""
from __future__ import annotations

import kg

HEAD = "序号,重点任务,牵头单位,完成时限\n"


def _files(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.csv").write_text(HEAD + "1,完成城南路雨污分流改造,区住建局,2024年9月底前\n", encoding="utf-8")
    (folder / "b.csv").write_text(HEAD + "1,城南路雨污分流改造全面完成,区住建局,2024年9月底前\n", encoding="utf-8")
    return folder


def _read(g, folder, names=("a.csv", "b.csv")):
    for name in names:
        g.ingest([str(folder / name)], date="2024-03-01", place="东湖区" if name == "b.csv" else None)


def _works(g):
    return g.cypher("MATCH (c:Commitment) WHERE NOT EXISTS { MATCH (c)-[:RESTATES]->(:Commitment) } "
                    "RETURN count(c)").rows[0][0]


def _bodies(g):
    return {r[1]: r[0] for r in g.cypher("MATCH (o:Organization)-[:LEADS]->(:Commitment) "
                                          "RETURN DISTINCT o.id, coalesce(o.place, '')").rows}


def test_different_bodies_keep_their_works_apart(tmp_path):
    folder = _files(tmp_path)
    with kg.open_graph(str(tmp_path / "s")) as g:
        _read(g, folder)
        assert _works(g) == 1  # 区住建局 of no place is taken for 东湖区's
        bodies = _bodies(g)
        assert set(bodies) == {"", "东湖区"}
        g.decide("different", bodies[""], bodies["东湖区"], note="the first table is 西山区's")
        assert _works(g) == 2  # at once
        g.ingest([str(folder)], date="2024-03-01", reread=True)
        _read(g, folder)
        assert _works(g) == 2  # and after reading again
    review = (tmp_path / "s" / "review.tsv").read_text(encoding="utf-8")
    other = tmp_path / "o"
    other.mkdir()
    (other / "review.tsv").write_text(review, encoding="utf-8")
    with kg.open_graph(str(other)) as g:
        _read(g, folder, ("b.csv", "a.csv"))
        assert _works(g) == 2  # read in the other order with the decision already made
