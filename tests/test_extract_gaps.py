"""Known gaps of the extractor, closed one by one, each on a document written
for it (invented places and people, genre-typical wording) with exact
expected commitments."""
from __future__ import annotations


import kg  # noqa: F401
from extract_helpers import (
    ORG,
    PERSON,
    actors as _actors,
    deadline as _deadline,
    doc_of as _doc,
    targets as _targets,
)


def test_dates_of_month_parts_holidays_quarters_halves():
    cs = _doc("gap_dates.txt").commitments
    assert [_deadline(c) for c in cs] == [
        ("10月中旬前", "2024-10-20"), ("10月上旬", "2024-10-10"),
        ("汛期前", None),  # vague: text kept, no date
        ("10月下旬前", "2024-10-31"), ("国庆前", "2024-09-30"),
        ("春节前", "2025-01-28"),  # the next Spring Festival after the notice (2025-01-29), the day before
        ("第一季度末", "2024-03-31"), ("2024年上半年", "2024-06-30")]
    assert [c.task for c in cs] == [
        "城北社区卫生服务中心建设", "县图书馆改造", "农村饮水安全巩固提升工程", "县城集中供暖管网改造",
        "人民广场提升工程", "城西安置小区建设", "职业技能培训基地建设", "智慧校园项目"]


def test_reporting_directive_to_generic_group_is_no_commitment():
    # 请各责任单位于11月15日前报送进展情况 / 各乡镇要于…前将整改情况报… : housekeeping
    cs = _doc("gap_generic_report.txt").commitments
    # (县直各部门要于…前将自查报告上报…, 请各单位于…前将年度工作总结报送… alike)
    assert [c.task for c in cs] == ["农村公路提档升级"]
    assert [_actors(c) for c in cs] == [[("县交通局", ORG, "responsible")]]
    assert [_deadline(c) for c in cs] == [("12月底前", "2024-12-31")]
    assert [_targets(c) for c in cs] == [[("农村公路提档升级", "=", 120, "公里")]]


def test_bare_names_in_role_frames():
    cs = _doc("gap_bare_names.txt").commitments
    assert [c.task for c in cs] == ["老城区雨污分流改造工程", "县城公共停车场建设", "农贸市场提升改造"]
    assert [_actors(c) for c in cs] == [
        [("王海涛", PERSON, "lead"), ("县住建局", ORG, "responsible")],  # 由王海涛牵头
        [("王海涛", PERSON, "responsible"), ("李娜", PERSON, "responsible"),  # 王海涛、李娜负责协调
         ("县城管局", ORG, "responsible")],
        [("周敏", PERSON, "lead"), ("县商务局", ORG, "responsible")]]  # 周敏挂帅
    assert [_deadline(c) for c in cs] == [
        ("9月底前", "2024-09-30"), ("年底前", "2024-12-31"), ("11月底前", "2024-11-30")]
    assert [_targets(c) for c in cs] == [[], [("停车场", "=", 5, "处")], []]
    # 各地要统筹推进项目建设: no name, no commitment


def test_bare_name_needs_a_family_name_and_a_role_frame():
    from kg.extract.actors import find_actors
    for clause in ("统筹负责", "各地负责", "项目负责", "由业主负责", "全面负责", "由施工方负责", "高度负责",
                   "由文旅负责", "方案负责", "由双方负责", "王海涛要加快推进", "李娜同意"):
        assert find_actors(clause).actors == (), clause
    assert [(a.name, a.role) for a in find_actors("由欧阳明牵头").actors] == [("欧阳明", "lead")]


def test_parts_of_a_task_split_by_role_keep_the_whole():
    cs = _doc("gap_split_roles.txt").commitments
    assert [c.task for c in cs] == [
        "旧城改造项目征收", "旧城改造项目安置房建设",
        "城南学校扩建工程土地报批", "城南学校扩建工程主体施工",
        "城东棚户区改造项目征地", "城东棚户区改造项目拆迁",  # 其中 opening the next sentence
        "城北片区改造项目征收", "城北片区改造项目安置房建设"]  # parts with different roles
    assert [_actors(c) for c in cs] == [
        [("区征收办", ORG, "responsible")], [("区住建局", ORG, "responsible")],
        [("区自然资源局", ORG, "responsible")], [("区教育局", ORG, "responsible")],
        [("区自然资源局", ORG, "lead")], [("区征收办", ORG, "lead")],
        [("区征收办", ORG, "lead")], [("区住建局", ORG, "responsible")]]
    # the deadline after the last part is every part's
    assert [_deadline(c) for c in cs] == [("年底前", "2024-12-31")] * 2 + [("8月底前", "2024-08-31")] * 2 \
        + [("10月份", "2024-10-31")] * 2 + [("11月底前", "2024-11-30")] * 2
    # the clause naming the whole is evidence of each part
    assert all(any("旧城改造项目" in e.text for e in c.evidence) for c in cs[:2])
    assert all(any("城东棚户区改造项目" in e.text for e in c.evidence) for c in cs[4:6])


def test_problem_stated_before_the_assignment():
    cs = _doc("gap_problem_first.txt").commitments
    # what the unit is to do, the count left to the target; not the problem clause, not a method
    assert [c.task for c in cs] == [
        "新增公共停车泊位", "背街小巷整治", "农贸市场提升改造", "排水管网改造",
        "加装电梯", "制定整治方案",
        "餐饮油烟扰民问题"]  # 完成整治 names nothing of its own: the problem is the task
    assert [_actors(c) for c in cs] == [
        [("市城投集团", ORG, "responsible")], [("市城管局", ORG, "responsible")],
        [("市市场监管局", ORG, "responsible")], [("市水务局", ORG, "responsible")],
        [("市住建局", ORG, "responsible")],
        [("市公安局交警支队", ORG, "responsible"), ("市教育局", ORG, "assist")],
        [("市生态环境局", ORG, "lead"), ("市城管局", ORG, "assist")]]
    assert [_deadline(c) for c in cs] == [
        ("年底前", "2024-12-31"), ("10月底前", "2024-10-31"), ("年底前", "2024-12-31"), ("汛期前", None),
        ("年内", "2024-12-31"), ("9月底前", "2024-09-30"), ("9月底前", "2024-09-30")]
    assert [_targets(c) for c in cs] == [
        [("公共停车泊位", "=", 2000, "个")], [("背街小巷整治", "=", 60, "条")],
        [("农贸市场提升改造", "=", 30, "个")], [("易涝点整治", "=", 15, "处")],
        [("加装电梯", "=", 100, "部")], [], []]


def test_table_copied_from_pdf_with_single_spaces():
    cs = _doc("gap_pdf_table.txt").commitments
    assert [c.task for c in cs] == [
        "建成城东污水处理厂", "新建城区公园", "老旧小区改造",
        "滨江路改造提升工程",  # a cell cut at a space: one token more, the two text tokens joined
        "建设智慧停车平台"]
    assert [_actors(c) for c in cs] == [
        [("市住建局", ORG, "lead"), ("市水务集团", ORG, "responsible")],
        [("市城管局", ORG, "lead"), ("市园林中心", ORG, "responsible")],
        [("市住建局", ORG, "lead")],  # one token less: cells aligned by kind, 责任单位 empty
        [("市交通局", ORG, "lead"), ("市城投集团", ORG, "responsible"), ("滨江街道", ORG, "responsible")],
        [("市公安局", ORG, "lead"), ("市大数据中心", ORG, "responsible")]]
    assert [_deadline(c) for c in cs] == [
        ("2024年12月底", "2024-12-31"), ("2024年10月底", "2024-10-31"), ("2024年11月底", "2024-11-30"),
        ("2024年9月底", "2024-09-30"), ("2024年上半年", "2024-06-30")]
    assert [_targets(c) for c in cs] == [
        [], [("城区公园", "=", 3, "个")], [("老旧小区改造", "=", 40, "个")], [], []]
    # each row is its own evidence; the closing line (各责任单位要…抓好落实) is no commitment
    assert [c.evidence[0].text[:2] for c in cs] == ["1 ", "2 ", "3 ", "4 ", "5 "]


def test_prose_with_single_spaces_is_no_table():
    from kg.extract import extract_text
    text = "关于 重点任务 的说明\n序号 任务 说明文字很长的一句话\n1 要抓好 落实\n"
    [doc] = extract_text(text, source="x.txt")
    assert doc.commitments == ()
