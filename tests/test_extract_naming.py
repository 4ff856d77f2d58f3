"""Names read from a commitment: task names a person would put in a table,
the document's place, actors as written.  Sentences composed for these tests
(invented places, units and people)."""
from __future__ import annotations

import pytest

from kg.extract.actors import find_actors, parse_item


def _names(clause):
    return [(a.name, a.role) for a in find_actors(clause).actors]


@pytest.mark.parametrize("clause, expected", [
    # a list introduced as examples: no leading 如 / 例如 / 包括
    ("如县水务局负责的第3件", [("县水务局", "responsible")]),
    ("例如区城管局要在年底前完成", [("区城管局", "responsible")]),
    ("包括镇财政所、镇农技站负责", [("镇财政所", "responsible"), ("镇农技站", "responsible")]),
    # a quoted pledge opening with a time word: “今年交通局负责…
    ("“今年交通局负责三件实事", [("交通局", "responsible")]),
    # a unit named by one sector is a unit; a list of sectors is not
    ("财政部门要在8月底前拨付补助资金", [("财政部门", "responsible")]),
    ("水利、林业等部门要密切配合", []),
    ("区直部门负责人参加会议", []),
    # a lone post is the name, not a fragment of it
    ("常务副县长负责", [("常务副县长", "responsible")]),
])
def test_actor_names_as_written(clause, expected):
    assert _names(clause) == expected


def test_place_name_opening_with_ru_is_kept():
    # 如 only drops before a level (县/区/市…): a unit whose name opens with 如 stays whole
    assert parse_item("如意街道") == ("如意街道", "organization", None)


def test_label_actual_progress_is_no_actor():
    # 实际完成情况: a progress label, its first word is no unit of the field before it
    from kg.extract.fields import label_fields
    task, fields = label_fields("2.新建城东公厕10座。 责任单位:区城管局 配合单位:区财政局 实际完成情况:已建成6座。")
    assert [(k, v) for k, v, s, e in fields] == [
        ("responsible_org", "区城管局"), ("assist_org", "区财政局"), ("progress", "已建成6座")]


@pytest.mark.parametrize("body, place", [
    # the issuing body, whatever the title says
    ("第二次县长办公会议定事项办理进度通报\n来源:青石县人民政府办公室\n正文", "青石县"),
    # a chain of places: the innermost
    ("南江市北湖区人民政府办公室 转发年度重点工作清单的函\n各街道:", "北湖区"),
    # a signature at the end
    ("各镇要抓紧推进。\n东岭县河湖管理中心\n2024年5月6日", "东岭县"),
    # a headline: 某区召开…, 某县县委书记…
    ("西坪区召开2024年重点项目推进会\n会议要求……", "西坪区"),
    ("本报讯 5月8日,丰县县委副书记、县长李四主持召开会议。", "丰县"),
    # a recipient is no place: 报送市人民政府督查室
    ("各单位要于3月1日前,将方案报送市人民政府督查室。", None),
    # a fragment of a longer word is no place
    ("第七次县政府常务会纪要\n会议要求,要按照市委部署……", None),
    ("牵头领导:常务副区长\n责任单位:区发改委", None),
])
def test_document_place(body, place):
    from kg.extract.meta import speech_meta
    assert speech_meta(body, None)[0] == place


def test_organizations_carry_their_place():
    from kg.extract import extract_text
    text = ("南江市北湖区人民政府办公室关于做好城北片区改造的通知\n"
            "由区住建局负责,市规划局配合,东坝街道具体抓好落实,年底前完成城北片区改造。\n")
    c = extract_text(text, source="a.txt", date="2024-03-01")[0].commitments[0]
    assert [(a.name, a.place) for a in c.actors] == [
        ("区住建局", "北湖区"), ("市规划局", "南江市"), ("东坝街道", "北湖区")]


def test_actor_place_in_the_contract_round_trip():
    from kg.contract import from_contract, to_contract
    from kg.model import Actor, CommitmentRecord, DocumentRecord
    d = DocumentRecord("a.txt", place="青石县", commitments=(CommitmentRecord(
        "河道整治", actors=(Actor("县水务局", "organization", "responsible", place="青石县"),
                           Actor("张三", "person", "lead"))),))
    obj = to_contract([d], source="a.txt")
    assert obj["commitments"][0]["actors"] == [
        {"name": "县水务局", "kind": "organization", "role": "responsible", "place": "青石县"},
        {"name": "张三", "kind": "person", "role": "lead"}]
    assert from_contract(obj, source="a.txt")[0].commitments[0].actors[0].place == "青石县"


@pytest.mark.parametrize("task, name", [
    # quotes, urging words and the rest of the clause off
    ("“切实抓好青溪湿地公园项目建设。”", "青溪湿地公园项目建设"),
    ("“认真抓好全镇在建项目前期计划,按期办结前期手续,加快开工。”", "在建项目前期计划"),
    # dates inside and the frame 的时间节点 off
    ("紧盯城北水厂项目5月底前开工、11月底前完工的时间节点", "城北水厂项目开工、完工"),
    # the figures of a target belong to the target: 增长6%左右 → 增长
    ("力争实现全镇生产总值增长6%左右", "生产总值增长"),
    ("规上工业增加值比上年增长7.5%以上", "规上工业增加值增长"),
    # counts inside a name go, a count opening it stays
    ("完成东岭工业园区36.5亩闲置土地处置任务", "东岭工业园区闲置土地处置"),
    ("新增安装120套路口监控设备", "新增安装路口监控设备"),
    ("新列的60个村道项目务必千方百计按时开工", "60个村道项目开工"),
    ("对进度慢、长期停工的工地进行督查和通报", "工地督查和通报"),
    # a quota given from above: the work
    ("上级下达本区棚户区改造目标总任务数为800套", "棚户区改造"),  # (to whom it is given is no part of the work, rx22)
    # three or more works: the first stands for them
    ("甲水厂、乙大桥、丙小学等项目", "甲水厂等项目"),
    ("城管执法还是要坚持“严管重罚”的原则", "城管执法"),
    ("为顺利完成上级下达的闲置厂房处置目标任务", "闲置厂房处置"),
    ("启动城南大道西段改造建设", "城南大道西段改造建设"),
    ("完成东湖新区文体中心、县委党校项目供地", "东湖新区文体中心、县委党校项目供地"),
    # frames inside: 从…方面, 以…为标准的, 的各项
    ("从用地强度、投资强度等方面提高园区项目准入门槛", "提高园区项目准入门槛"),
    ("制定以工作量为标准的项目量化考核办法", "制定项目量化考核办法"),
    ("完善承办农博会的各项配套设施", "完善承办农博会的配套设施"),
    ("与会人员所提问题及建议", "与会人员所提问题及建议"),
    ("将86项镇级民生实事进行分解", "分解86项镇级民生实事"),
    ("要把握工作重点", "把握工作重点"),
    # what stays: a name already short, a quoted name, 要求 is no modal
    ("九曲河综合整治工程", "九曲河综合整治工程"),
    ("推进政务服务“一网通办”", "政务服务“一网通办”"),
    ("县农业局做好需求调研", "县农业局做好需求调研"),
    ("第3件、第7件", "第3件、第7件"),
])
def test_tidy_task(task, name):
    from kg.extract.naming import tidy_task
    assert tidy_task(task) == name


@pytest.mark.parametrize("text, task", [
    # the actor's clause tells only how: the work is the clause before it
    ("要守护在建项目,对所有在建道路工程,区项目办要密切跟踪、全程服务。", "守护在建项目"),
    # …or after it, past a frame
    ("张局长要求,县住建局要加大工作力度,尽快完成城南安置小区分房。", "城南安置小区分房"),
    ("会议要求,县卫健局要进行全力配合,抓好城西医院扩建。", "城西医院扩建"),
    # a clause naming the work with 对: the work
    ("对元宵节后产业项目集中签约活动,区投促局要牵头负责,确保节前落实到位。", "元宵节后产业项目集中签约"),
])
def test_task_is_the_work_not_the_method_or_frame(text, task):
    from kg.extract import extract_text
    [c] = extract_text(text, source="a.txt", date="2024-03-01")[0].commitments
    assert c.task == task


def test_weak_task():
    from kg.extract.naming import weak_task
    assert [weak_task(t) for t in ("加大工作力度", "就下步工作", "按照市委、市政府的要求", "对接建设单位", "城南安置小区分房",
                                   "坚持问题导向", "早部署、早动手", "为顺利完成上级下达的土地处置任务", "对滞后项目进行督查")] == [
        True, True, True, False, False, True, True, True, False]


def test_decomposition_notice_plan_to_send_up_is_a_commitment():
    # a task-decomposition notice: each unit draws up a work plan and sends it up by a date
    from kg.extract import extract_text
    text = ("青石县人民政府办公室 转发年度重点任务清单\n"
            "一、各责任单位要高度重视,对照分解方案制订工作方案,明确措施,并于2024年2月10日前将工作方案报县政府办公室。\n"
            "二、县绩效考评机构要将重点工作任务,纳入年度绩效考核范围。\n")
    cs = extract_text(text, source="a.txt", date="2024-01-20")[0].commitments
    assert [(c.task, c.deadline.date if c.deadline else None) for c in cs] == [
        ("报送工作方案", "2024-02-10"), ("纳入年度绩效考核", None)]
    assert [(a.name, a.role, a.place) for a in cs[1].actors] == [("县绩效考评机构", "responsible", "青石县")]


def test_unit_to_bring_targets_into_assessment_in_one_clause():
    from kg.extract import extract_text
    text = "市考评办要将年度重点任务纳入市级绩效考核范围,科学设定考核指标。\n"
    [c] = extract_text(text, source="a.txt", date="2024-01-20")[0].commitments
    assert c.task == "纳入市级绩效考核"


def test_progress_report_to_a_generic_group_stays_out():
    from kg.extract import extract_text
    text = "请各责任单位于11月15日前将推进情况报县督查室。县水务局要在12月底前完成城西泵站改造。\n"
    cs = extract_text(text, source="a.txt", date="2024-10-01")[0].commitments
    assert [c.task for c in cs] == ["城西泵站改造"]


@pytest.mark.parametrize("clause, expected", [
    # a named unit that will do something: responsible
    ("区效能办将定期跟踪督办", [("区效能办", "responsible")]),
    ("下阶段县政府办公室将继续加强跟踪督办", [("县政府办公室", "responsible")]),
    # …not the leadership's announcement, nor a unit that will only try harder, nor 将 as the object marker
    ("区委将对排名靠后的镇街进行约谈", []),
    ("市水务部门将更加努力工作", []),
    ("要将征收工作作为重点", []),
])
def test_a_unit_that_will(clause, expected):
    assert _names(clause) == expected
