"""kg.contract: records to the JSON contract and back."""
from __future__ import annotations

import json

import pytest

import kg  # noqa: F401
from kg.contract import from_contract, to_contract
from kg.errors import SchemaError
from kg.extract import extract_text

TEXT = ("今年是“十三五”规划的开局之年。\n"
        "由张三同志牵头,区水务局负责,区财政局配合,年内完成河道整治,整治河道3-5条。\n"
        "区住建局要在6月底前完工,改造面积不低于2万平方米。\n")


def test_contract_shape():
    obj = to_contract(extract_text(TEXT, source="a.txt"), source="a.txt")
    assert obj["document"] == {"source": "a.txt", "date": "2016", "speeches": 1}
    assert obj["documents"] == [{"speech": 1, "title": None, "date": "2016", "date_source": "era",
                                 "place": None, "speaker": None}]
    c = obj["commitments"][0]
    assert set(c) == {"id", "task", "text", "evidence", "actors", "projects", "deadline", "targets",
                      "progress", "speech"}
    assert c["actors"] == [{"name": "张三", "kind": "person", "role": "lead"},
                           {"name": "区水务局", "kind": "organization", "role": "responsible"},
                           {"name": "区财政局", "kind": "organization", "role": "assist"}]
    assert c["deadline"] == {"text": "年内", "date": "2016-12-31"}
    assert c["targets"] == [{"metric": "整治河道", "op": "range", "value": [3, 5], "unit": "条",
                             "text": "3-5条"}]
    ev = c["evidence"][0]
    assert TEXT[ev["start"]:ev["end"]] == ev["text"]
    c2 = obj["commitments"][1]
    assert c2["deadline"]["date"] == "2016-06-30"
    assert c2["targets"][0]["op"] == ">=" and c2["targets"][0]["value"] == 2 and c2["targets"][0]["unit"] == "万平方米"
    json.dumps(obj, ensure_ascii=False)


def test_round_trip():
    docs = extract_text(TEXT, source="a.txt")
    obj = to_contract(docs, source="a.txt")
    back = from_contract(json.loads(json.dumps(obj)), source="a.json")
    assert to_contract(back, source="a.txt")["commitments"] == obj["commitments"]


def test_ids_stable():
    a = to_contract(extract_text(TEXT, source="a.txt"), source="a.txt")
    b = to_contract(extract_text(TEXT, source="a.txt"), source="a.txt")
    c = to_contract(extract_text(TEXT, source="b.txt"), source="b.txt")
    assert [x["id"] for x in a["commitments"]] == [x["id"] for x in b["commitments"]]
    assert a["commitments"][0]["id"] != c["commitments"][0]["id"]
    assert len(a["commitments"][0]["id"]) == 12


def test_from_contract_accepts_org_alias_and_missing_optionals():
    obj = {"document": {"source": "g.json"},
           "commitments": [{"task": "招商把关", "evidence": "区商务局要把关",
                            "actors": [{"name": "区商务局", "kind": "org", "role": "responsible"}]}]}
    [doc] = from_contract(obj, source="g.json")
    c = doc.commitments[0]
    assert c.actors[0].kind == "organization"
    assert c.deadline is None and c.targets == () and c.evidence[0].text == "区商务局要把关"


@pytest.mark.parametrize("bad, where", [
    ({"commitments": [{"task": "a"}, {"actors": []}]}, "commitment 1"),
    ({"commitments": [{"task": "a", "actors": [{"name": "x", "kind": "robot", "role": "lead"}]}]}, "commitment 0"),
    ({"commitments": [{"task": "a", "actors": [{"name": "x", "role": "boss"}]}]}, "commitment 0"),
    ({"commitments": [{"task": "a", "targets": [{"op": "range", "value": 3}]}]}, "commitment 0"),
    ({"commitments": [{"task": "a", "targets": [{"op": "≈", "value": 3}]}]}, "commitment 0"),
    ({"commitments": [{"task": "a", "progress": {"status": "late"}}]}, "commitment 0"),
    ({"commitments": [{"task": "a", "deadline": 5}]}, "commitment 0"),
    ({"commitments": "x"}, "commitments"),
    ([], "top level"),
])
def test_from_contract_rejects(bad, where):
    with pytest.raises(SchemaError) as e:
        from_contract(bad, source="bad.json")
    assert "bad.json" in str(e.value) and where in str(e.value)


def test_the_json_schema_lists_what_the_model_lists():
    """One definition: the schema's roles, kinds, operators and statuses are the model's."""
    from kg.contract import schema
    from kg.model import ACTOR_KINDS, OPS, PRECISIONS, ROLES, STATUSES

    c = schema()["$defs"]["commitment"]["properties"]
    actor = c["actors"]["items"]["properties"]
    assert actor["role"]["enum"] == list(ROLES)
    assert set(ACTOR_KINDS) <= set(actor["kind"]["enum"])
    assert [o for o in c["targets"]["items"]["properties"]["op"]["enum"] if o] == list(OPS)
    assert [s for s in c["progress"]["properties"]["status"]["enum"] if s] == list(STATUSES)
    assert c["deadline"]["oneOf"][2]["properties"]["precision"]["enum"] == list(PRECISIONS)


@pytest.mark.parametrize("obj", [
    {"commitments": [{"task": "a", "targets": [{"op": "range", "value": ["3", 5]}],
                      "progress": {"status": "done", "percent": "80"}, "deadline": "年底前"}]},
    {"document": None, "commitments": None},
])
def test_lenient_forms_the_schema_allows_convert(obj):
    docs = from_contract(obj, source="ok.json")
    if obj["commitments"]:
        c = docs[0].commitments[0]
        assert (c.targets[0].value, c.targets[0].value_max, c.progress.percent, c.deadline.text) == (3.0, 5.0, 80.0, "年底前")
