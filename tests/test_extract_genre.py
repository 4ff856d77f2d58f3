"""The extractor on documents of the genre the scorer is run on, written for
these tests (invented places and people): a supervision notice whose section
headings give the status, a task-decomposition notice with section leaders, a
prose progress notice, a speech naming the work before the assignment, and a
government web page around a notice.

Each test states the exact commitments expected: tasks, evidence, actors with
roles, deadlines, targets, progress (status, percent, as-of date) and projects.
"""
from __future__ import annotations

from pathlib import Path

import kg  # noqa: F401
from extract_helpers import (
    FIX,
    ORG,
    PERSON,
    actors as _actors,
    deadline as _deadline,
    doc_of as _doc,
    has as _has,
    progress as _progress,
    targets as _targets,
)
from loaders.text import load


def test_supervision_notice_status_from_section_headings():
    doc = _doc("section_supervision.txt")
    assert (doc.date, doc.date_source) == ("2023-12-06", "signature")
    *cs, follow = doc.commitments
    # 县政府督查室将每半月跟踪督办一次: the office's follow-up is its own commitment
    assert (follow.task, _actors(follow)) == ("每半月跟踪督办一次", [("县政府督查室", ORG, "responsible")])
    assert [c.task for c in cs] == [
        "青峰大道西段改造工程", "县城第三水厂扩建项目", "农村客运班线公交化改造", "智慧停车平台建设",
        "鹤鸣湖湿地公园项目", "县中医院门诊综合楼建设项目", "城乡环卫一体化项目",
        "石门工业园标准厂房二期项目", "滨河西路综合管廊工程", "县职教中心实训基地项目"]
    # the heading decides: 一、已完成的事项 / 二、序时推进的事项 / 三、进度滞后的事项,
    # as of the 截至 date of the opening paragraph, even for an item with no progress text
    assert [_progress(c) for c in cs] == [
        ("done", None, "2023-11-30"), ("done", None, "2023-11-30"), ("done", 100.0, "2023-11-30"),
        ("done", None, "2023-11-30"),
        ("on_track", 72.0, "2023-11-30"), ("on_track", None, "2023-11-30"), ("on_track", None, "2023-11-30"),
        ("behind", 45.0, "2023-11-30"), ("behind", 30.0, "2023-11-30"), ("behind", None, "2023-11-30")]
    assert [_actors(c) for c in cs] == [
        [("县住建局", ORG, "responsible")], [("县水务集团", ORG, "responsible")],
        [("县交通运输局", ORG, "responsible")], [("县城管局", ORG, "responsible")],
        [("县林业局", ORG, "responsible")],
        [("县卫健局", ORG, "responsible")],  # 由县卫健局负责实施, in the item's own sentence
        [("县城管局", ORG, "responsible")],  # the unit in brackets after the work
        [("县工业园区管委会", ORG, "responsible")],
        [("县住建局", ORG, "responsible"), ("县自然资源局", ORG, "responsible")],
        [("县教育局", ORG, "responsible")]]
    # 11月15日通过交工验收 is an event, not a deadline; 完成年度计划的100% is progress, not a target
    assert [_deadline(c) for c in cs] == [None] * 4 + [("2024年6月底前", "2024-06-30")] + [None] * 5
    assert all(not c.targets for c in cs)
    assert [c.projects for c in cs] == [
        ("青峰大道西段改造工程",), ("县城第三水厂扩建项目",), (), (), ("鹤鸣湖湿地公园项目",),
        ("县中医院门诊综合楼建设项目",), ("城乡环卫一体化项目",), ("石门工业园标准厂房二期项目",),
        ("滨河西路综合管廊工程",), ("县职教中心实训基地项目",)]
    assert _has(cs[7], "完成投资仅占计划的45%")
    # 四、下步工作要求 gives no status and names no commitment
    assert not any(_has(c, "倒排工期") for c in cs)


def test_task_decomposition_with_section_leaders():
    doc = _doc("sectioned_task_plan.txt")
    assert (doc.date, doc.date_source) == ("2024-02-26", "signature")
    cs = doc.commitments
    # the section headings (一、… / 牵头领导:…) are no commitments of their own
    assert [c.task for c in cs] == [
        "建成云溪大桥及接线工程", "实施重点项目", "开工建设凤凰山旅游集散中心项目",
        "新改建农村公路", "城关片区老旧小区改造", "建成县第二人民医院综合楼",
        "新增托育机构",  # 7.…。(县卫健局牵头,县民政局配合): the roles in brackets after the item
        "报送任务推进情况"]  # 各牵头单位要于每月20日前把…报送…: a standing duty, its units generic (rx23)
    assert [_actors(c) for c in cs] == [
        [("周卫东", PERSON, "lead"), ("县交通运输局", ORG, "lead"), ("云溪镇", ORG, "responsible"),
         ("县自然资源局", ORG, "responsible")],
        [("周卫东", PERSON, "lead"), ("县发改局", ORG, "lead")],  # 各乡镇 is a generic group
        # the item's own 牵头领导 replaces the section's
        [("何晓燕", PERSON, "lead"), ("县文旅局", ORG, "lead"), ("凤凰山景区管委会", ORG, "assist")],
        [("吴静", PERSON, "lead"), ("县交通运输局", ORG, "lead")],
        [("吴静", PERSON, "lead"), ("县住建局", ORG, "lead"), ("城关镇", ORG, "responsible")],
        [("吴静", PERSON, "lead"), ("县卫健局", ORG, "lead")],
        [("吴静", PERSON, "lead"), ("县卫健局", ORG, "lead"), ("县民政局", ORG, "assist")], []]
    assert [_deadline(c) for c in cs] == [
        ("2024年6月底前", "2024-06-30"), ("2024年12月底前", "2024-12-31"), ("2024年9月底前", "2024-09-30"),
        ("2024年11月底前", "2024-11-30"), ("2024年10月底前", "2024-10-31"), ("年底前", "2024-12-31"),
        ("年内", "2024-12-31"), ("每月20日前", None)]
    assert [_targets(c) for c in cs] == [
        [], [("实施重点项目", ">=", 80, "个"), ("投资", "=", 120, "亿元")], [],
        [("农村公路", "=", 60, "公里")],
        [("城关片区老旧小区改造", "=", 1200, "户"), ("惠及居民", ">=", 3500, "人")], [],
        [("新增托育机构", ">=", 3, "家")], []]
    assert [c.projects for c in cs] == [("云溪大桥及接线工程",), (), ("凤凰山旅游集散中心项目",), (), (), (), (), ()]
    assert all(c.progress is None for c in cs)
    a = cs[2].actors[0]
    assert a.post == "副县长"


def test_prose_progress_notice():
    doc = _doc("prose_progress.txt")
    agg, *cs = doc.commitments  # 重点项目共42个,年度计划投资86.5亿元,…占年度计划的73%: the whole programme
    assert [(t.value, t.unit) for t in agg.targets] == [(42, "个"), (86.5, "亿元")]
    assert (agg.progress.status, agg.progress.percent) == ("on_track", 73)
    assert [c.task for c in cs] == ["临川现代物流园项目", "县城污水处理厂提标改造工程", "金桥路拓宽改造工程",
                                    "县第二中学新校区建设项目", "白沙河生态修复工程",
                                    "青山安置小区项目",  # X项目:已完成…
                                    "沿江绿道二期工程",  # ——X已全线贯通
                                    "县体育中心改造工程", "城西小学扩建项目",  # 此外,一是…;二是…
                                    "南岸安置小区项目", "城西公园改造工程",  # A项目、B工程等2个项目已全部完工: one each (rx41)
                                    "临港冷链物流中心项目",  # (一)X项目 / 该项目…已完成投资…
                                    "城西综合管廊工程",  # (二)X工程 / 项目由县城投公司负责实施。…进度滞后
                                    "金桥路拓宽改造工程"]
    assert [_progress(c) for c in cs] == [
        ("on_track", 76.0, "2024-09-30"), ("done", None, "2024-09-30"), ("behind", 35.0, "2024-09-30"),
        ("not_started", None, "2024-09-30"), ("on_track", 68.0, "2024-09-30"), ("on_track", 80.0, "2024-09-30"),
        ("done", None, "2024-09-30"), ("behind", 25.0, "2024-09-30"), ("not_started", None, "2024-09-30"),
        ("done", None, "2024-09-30"), ("done", None, "2024-09-30"), ("on_track", 62.0, "2024-09-30"), ("behind", 38.0, "2024-09-30"),
        ("behind", 35.0, "2024-09-30")]  # (the order on a work told behind before it takes that status, rx29)
    assert [c.projects for c in cs] == [(c.task,) for c in cs]
    # a status line's date (9月20日通水) is no deadline, a forecast (预计11月底前交付) is;
    # a share of the plan is no target
    assert [_deadline(c) for c in cs] == [None] * 5 + [("11月底前", "2024-11-30")] + [None] * 7 + [
        ("11月底前", "2024-11-30")]
    assert all(not c.targets for c in cs)
    assert _actors(cs[-2]) == [("县城投公司", ORG, "responsible")]
    assert _actors(cs[-1]) == [("郑海波", PERSON, "lead"), ("县住建局", ORG, "responsible"),
                              ("城东街道", ORG, "assist")]
    assert _has(cs[2], "因征迁问题进展缓慢")
    assert cs[3].evidence[0].text == "县第二中学新校区建设项目尚未开工,前期手续仍在办理中"
    # the overall figures (全县…共42个…占年度计划的73%) are not a commitment
    assert not any(_has(c, "纳入调度") for c in cs)


def test_speech_names_the_work_before_the_assignment():
    doc = _doc("topic_speech.txt")
    assert doc.date == "2024-03-12"
    cs = doc.commitments
    assert [c.task for c in cs] == [
        "北环路污水管网建设",  # X要加快推进,市水务局要在8月底前完成管网铺设
        "东湖大桥改建工程",  # X由…牵头
        "城北污水管网改造工程",  # X是今年的重点民生工程,由…牵头 (今年 does not cut the sentence)
        "乡村饮水提质工程",  # X作为今年的民生实事,市水利局要…
        "西关片区棚户区改造项目征收签约",  # X是头号民生工程。由…挂帅,…征收签约率达到85%以上
        "背街小巷整治",  # X要提速,市城管局要…
        "新建公共停车场、新增停车泊位",  # a problem stated before is no work
        "老旧小区加装电梯",  # 对于X工作,…
        "中山路改造工程",  # 关于X,由…牵头
        "城东片区开发",  # X是我市今后五年的重点,由…挂帅
        "滨河大桥项目开工",  # 对X项目,市交通运输局要加强…对接,力争6月底前开工: the project and its step due (rx27)
        "招商引资到位资金达到150亿元",  # …,市投资促进局要牵好头: one commitment
        "东部新城安置房项目",  # (一)X项目 / 由…牵头,…: the work of the section heading
        "东部新城安置房项目主体工程",  # …市城投集团要在6月底前完成主体工程
        "市体育中心二期工程",  # 要加快推进X工程。由…牵头
        "城建攻坚任务跟踪督查"]  # 加强对X的Y
    assert [_actors(c) for c in cs] == [
        [("市水务局", ORG, "responsible")],
        [("周德明", PERSON, "lead"), ("市交通运输局", ORG, "responsible"), ("市公安局交警支队", ORG, "assist")],
        [("钱卫东", PERSON, "lead"), ("市住建局", ORG, "responsible")],
        [("市水利局", ORG, "responsible")],
        [("赵立峰", PERSON, "lead"), ("市房屋征收中心", ORG, "responsible"), ("西关街道", ORG, "assist")],
        [("市城管局", ORG, "responsible")],
        [("市城投集团", ORG, "responsible")],
        [("市住建局", ORG, "responsible")],  # 各区 is a generic group
        [("市住建局", ORG, "lead"), ("市交警支队", ORG, "assist")],
        [("郑华", PERSON, "lead"), ("市城东指挥部", ORG, "responsible")],
        [("市交通运输局", ORG, "responsible")],
        [("市投资促进局", ORG, "lead")],
        [("孙海", PERSON, "lead"), ("市住建局", ORG, "responsible")],
        [("市城投集团", ORG, "responsible")],
        [("何平", PERSON, "lead"), ("市文广旅局", ORG, "responsible")],
        [("市委督查室", ORG, "responsible"), ("市政府督查室", ORG, "responsible")]]
    assert [_deadline(c) for c in cs] == [
        ("8月底前", "2024-08-31"), ("10月底前", "2024-10-31"), ("11月底前", "2024-11-30"), ("年内", "2024-12-31"),
        ("年底前", "2024-12-31"), ("9月份", "2024-09-30"),
        ("年内", "2024-12-31"), ("年底前", "2024-12-31"), ("8月底前", "2024-08-31"),
        ("年内", "2024-12-31"), ("6月底前", "2024-06-30"), ("今年", "2024-12-31"), ("年底前", "2024-12-31"), ("6月底前", "2024-06-30"), ("11月底前", "2024-11-30"), None]
    assert [_targets(c) for c in cs] == [
        [], [], [], [("村供水改造", "=", 12, "个")], [("征收签约率", ">=", 85, "%")],
        [("背街小巷", "=", 120, "条"), ("群众满意率", ">=", 90, "%")],
        [("公共停车场", "=", 8, "处"), ("新增停车泊位", ">=", 2000, "个")], [("加装电梯", "=", 50, "台")], [], [], [],
        [("招商引资到位资金", ">=", 150, "亿元")], [], [], [], []]
    assert [c.projects for c in cs] == [(), ("东湖大桥改建工程",), ("城北污水管网改造工程",), ("乡村饮水提质工程",),
                                        ("西关片区棚户区改造项目",), (), (), (), ("中山路改造工程",), (), ("滨河大桥项目",), (),
                                        ("东部新城安置房项目",), ("东部新城安置房项目",), ("市体育中心二期工程",), ()]
    # the sentence naming the work is evidence of the commitment
    assert [e.text for e in cs[4].evidence][0] == "西关片区棚户区改造项目是今年的头号民生工程。"
    assert cs[4].evidence[1].text.startswith("由赵立峰同志挂帅")
    assert _has(cs[0], "北环路污水管网建设要加快推进")
    # 11月底前全面完工 is a deadline, not progress
    assert all(c.progress is None for c in cs)


def test_government_page_around_a_notice():
    doc = _doc("gov_notice.html")
    assert (doc.date, doc.date_source) == ("2024-04-15", "published")
    assert doc.title == "关于2024年一季度为民办实事项目推进情况的通报"
    agg, *cs, follow = doc.commitments
    # the set the notice reports on (县政府年初确定的8件民生实事总体进展平稳), as the shared gold counts a set (rx25)
    assert (agg.task, [(t.value, t.unit) for t in agg.targets], _progress(agg)) == \
        ("民生实事", [(8, "件")], ("on_track", None, "2024-03-31"))
    assert (follow.task, _actors(follow)) == ("跟踪督办", [("县政府督查室", ORG, "responsible")])  # 县政府督查室将持续跟踪督办
    # nav, breadcrumb, 相关新闻 and footer are not read
    assert [c.task for c in cs] == ["城区老年食堂建设项目", "农村饮水安全巩固提升工程", "南门菜市场改造项目",
                                    "城北幼儿园新建项目"]
    assert [_progress(c) for c in cs] == [
        ("done", None, "2024-03-31"), ("done", None, "2024-03-31"), ("behind", 20.0, "2024-03-31"),
        ("behind", None, "2024-03-31")]
    assert [_actors(c) for c in cs] == [
        [("县民政局", ORG, "responsible")], [("县水利局", ORG, "responsible")], [("县商务局", ORG, "responsible")],
        [("县教育局", ORG, "responsible"), ("城北街道", ORG, "assist")]]
    assert [_deadline(c) for c in cs] == [None, None, ("2024年5月底前", "2024-05-31"), None]
    assert [c.projects for c in cs] == [(c.task,) for c in cs]
    assert not any(_has(c, "相关新闻") or _has(c, "安置小区") for c in cs)


def test_example_speech_task_names():
    """The example speech: each task is the work the commitment is about."""
    [doc] = list(load(str(Path(__file__).resolve().parents[1] / "examples" / "speech.txt")))
    assert [c.task for c in doc.commitments] == [
        "滨江路北延工程", "城区公交首末站建设", "城南棚户区改造项目征收签约", "老旧小区改造", "制定营商环境考核办法",
        "招商引资", "督查并每季度通报一次进展情况"]
    assert doc.commitments[2].projects == ("城南棚户区改造项目",)


def test_supervision_notice_bracketed_sections():
    """(一)已办结事项(6项) / (二)正常推进事项 / (三)未按期完成事项(4项): ; 截止… as-of date;
    the unit in brackets or in the item's own clause."""
    doc = _doc("bracket_status_notice.txt")
    whole, cs = doc.commitments[0], doc.commitments[1:]
    # the set the notice opens with and its tally (20项重点工作中,已完成6项,…; rx50)
    assert (whole.task, _progress(whole), [t.value for t in whole.targets]) == ("重点工作", ("on_track", None, "2022-10-31"), [20.0])
    assert [c.task for c in cs] == ["市民服务中心二期", "东郊变电站扩容工程", "西山隧道工程", "城区雨污分流改造项目",
                                    "老城区供热管网改造", "城乡供水一体化工程",
                                    "城区公厕改造提升项目", "老年大学扩建项目",  # (四)已销号事项:A、B。
                                    "报送整改情况"]
    assert [_progress(c) for c in cs] == [
        ("done", None, "2022-10-31"), ("done", None, "2022-10-31"), ("on_track", None, "2022-10-31"),
        ("behind", None, "2022-10-31"),
        ("not_started", None, "2022-10-31"),  # 尚未开工 under a 未按期完成 heading stays not_started
        ("behind", 45.0, "2022-10-31"), ("done", None, "2022-10-31"), ("done", None, "2022-10-31"),
        None]
    assert [_actors(c) for c in cs] == [
        [("市机关事务局", ORG, "responsible")], [("市供电公司", ORG, "responsible")],
        [("市交投集团", ORG, "responsible")], [("市水务局", ORG, "responsible")],
        [("市城管局", ORG, "responsible")],
        [("市水务局", ORG, "lead"), ("市住建局", ORG, "assist")],  # (市水务局牵头,市住建局配合)
        [], [], []]
    # 已于9月底投入使用 is done, not a deadline; 计划10月底前完成…80公里 is the plan
    assert [_deadline(c) for c in cs] == [None, None, None, ("10月底前", "2022-10-31"), None, None, None, None,
                                          ("11月15日前", "2022-11-15")]
    assert _targets(cs[3]) == [("管网改造", "=", 80, "公里")]
    assert [c.projects for c in cs[:8]] == [(), ("东郊变电站扩容工程",), ("西山隧道工程",), ("城区雨污分流改造项目",), (),
                                            ("城乡供水一体化工程",), ("城区公厕改造提升项目",), ("老年大学扩建项目",)]
    assert [e.text for e in cs[6].evidence] == ["城区公厕改造提升项目"]
    # the section headings are no commitments
    assert not any("事项" in c.task and "滞后" not in c.task for c in cs)


def test_a_method_is_no_task():
    """区住建局要倒排工期,确保X工程12月31日前完工: the task is the work and what is to be done, not 倒排工期."""
    [doc] = list(load(str(FIX / "supervision_notice.txt")))
    c = doc.commitments[2]
    assert (c.task, c.projects, c.deadline.date) == ("滨河大道改造工程", ("滨河大道改造工程",), "2023-12-31")
    assert _actors(c) == [("区住建局", ORG, "responsible")]


def test_section_leaders_in_brackets_with_posts():
    """一、…(牵头县领导:A、B) on the heading line; 牵头领导:吴某(副县长) under it;
    a section without leaders ends them."""
    from kg.extract import extract_text

    text = ("2024年全县重点工作任务分解方案\n\n"
            "一、全力扩大有效投资(牵头县领导:周卫东、何晓燕)\n\n"
            "1.新开工亿元以上项目20个。牵头单位:县发改局;完成时限:2024年12月底前。\n\n"
            "二、持续改善民生\n牵头领导:吴静(副县长)\n\n"
            "2.建成城东农贸市场。牵头单位:县商务局;责任单位:城东街道;完成时限:2024年9月底前。\n\n"
            "三、其他工作\n\n"
            "3.完成县志编纂。牵头单位:县史志办;完成时限:年底前。\n")
    [doc] = extract_text(text, source="plan.txt")
    cs = doc.commitments
    assert [_actors(c) for c in cs] == [
        [("周卫东", PERSON, "lead"), ("何晓燕", PERSON, "lead"), ("县发改局", ORG, "lead")],
        [("吴静", PERSON, "lead"), ("县商务局", ORG, "lead"), ("城东街道", ORG, "responsible")],
        [("县史志办", ORG, "lead")]]
    assert [c.projects for c in cs] == [(), ("城东农贸市场",), ()]  # 亿元以上项目 is no project
    assert [_deadline(c)[1] for c in cs] == ["2024-12-31", "2024-09-30", "2024-12-31"]


def test_status_tag_after_the_item():
    """1.X项目【已完成】 / 2.Y项目(进度滞后) / 3.Z改造(序时推进): the tag gives the status."""
    from kg.extract import extract_text

    text = ("关于县政府重点工作落实情况的督查通报\n\n  截至2023年6月30日,具体情况如下:\n\n"
            "  1.城东小学建设项目【已完成】。责任单位:县教育局。\n\n"
            "  2.城南公园项目(进度滞后)。责任单位:县城管局。目前完成投资的60%。\n\n"
            "  3.县城供水管网改造(序时推进)。责任单位:县水务局。\n")
    [doc] = extract_text(text, source="n.txt")
    cs = doc.commitments
    assert [c.task for c in cs] == ["城东小学建设项目", "城南公园项目", "县城供水管网改造"]
    assert [_progress(c) for c in cs] == [("done", None, "2023-06-30"), ("behind", 60.0, "2023-06-30"),
                                          ("on_track", None, "2023-06-30")]
    assert [_actors(c) for c in cs] == [[("县教育局", ORG, "responsible")], [("县城管局", ORG, "responsible")],
                                        [("县水务局", ORG, "responsible")]]
