"""General readings of report and order sentences, fitted on pages read blind the session before
(session 12, rx18).

Every sentence here is composed for the test (东湖区, 西山镇, 北河 …), in the phrasing of the
genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import by_task, commitments_of, roles


def _recs(text: str, date: str = "2023-07-20"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- news of progress: works and their status clause by clause -----------------------------------

def test_news_of_progress_reads_each_work_and_its_status():
    # no report title: the opening tells what was done by a time of this year
    text = ("西山镇上半年工作情况\n"
            "上半年,西山镇文化广场建设工程主体已基本完工,镇卫生院改扩建项目已竣工并交付使用,"
            "北河堤防加固工程已完成招标,即将开工建设。\n")
    got = by_task(_recs(text))
    assert {"西山镇文化广场建设工程主体", "镇卫生院改扩建项目", "北河堤防加固工程"} <= set(got), list(got)
    assert got["镇卫生院改扩建项目"].progress.status == "done"
    assert got["北河堤防加固工程"].progress.status == "not_started"  # 即将开工: a status told (the start ahead), no plan


def test_a_look_back_is_no_news_of_progress():
    # the opening looks back over years past: a review, nothing read as a status line
    text = ("西山镇五年工作回顾\n"
            "过去五年,截至去年底,西山镇文化广场建设工程已完成并投入使用,镇卫生院改扩建项目已基本完工。\n")
    assert not [c for c in _recs(text) if c.progress and c.progress.status == "done"]


def test_a_status_opening_the_clause_names_the_work_after_it():
    text = ("城南镇上半年工作报告\n"
            "上半年,城南镇项目建设取得新进展。稳步推进北区安置房建设项目,目前已完成签约80户;"
            "有序推进2.6万亩高标准农田建设。\n")
    got = by_task(_recs(text))
    assert "北区安置房建设项目" in got, list(got)
    assert got["北区安置房建设项目"].progress.status == "on_track"
    assert any("高标准农田建设" in k for k in got), list(got)


def test_news_of_progress_reads_no_status_of_no_work():
    # a claim on the whole, no work named
    text = ("城南镇上半年工作报告\n"
            "今年上半年,我镇在区委、区政府的领导下,总体上完成了各项既定任务。\n")
    assert not _recs(text)


# ---- a named work asked to be finished ------------------------------------------------------------

def test_a_named_work_asked_to_be_finished_without_a_date():
    text = ("县长主持召开东山至西岭公路改建工程调度会。会议强调,各部门要加强协作,"
            "加快推进东山至西岭公路改建工程建设,务必使该工程早日竣工通车。\n")
    recs = _recs(text, "2025-03-02")
    assert [c.task for c in recs] == ["东山至西岭公路改建工程"], [c.task for c in recs]


def test_a_class_of_works_asked_to_be_finished_is_no_named_work():
    # 续建项目 is a class of works, 安排项目形象进度 no work at all
    text = ("会议要求,要抓紧城镇配套管网铺设,按期完成续建项目,合理安排项目施工进度,力争早日完工、早日投用。\n")
    assert not _recs(text, "2025-03-02")


# ---- a table flattened one cell per line, its header cells broken over two lines ----------------

def test_flat_table_header_cells_broken_over_two_lines():
    cells = ["序号", "重点事项", "责任", "领导", "责任", "科室", "年度目标", "任务", "月度安排", "第三季度", "完成情况",
             "1", "南河堤防加固工程", "周立新", "南河堤防工作专班", "完成堤防加固8公里。", "开展堤身填筑。",
             "堤身填筑完成70%。",
             "2", "北山森林防火通道", "郑晓华", "农业农村办", "建成防火通道12公里。", "推进路基施工。",
             "路基已完成5公里。"]
    text = "城南镇今年重点事项三季度推进表\n" + "\n".join(cells) + "\n"
    got = by_task(_recs(text, "2024-10-15"))
    assert set(got) == {"南河堤防加固工程", "北山森林防火通道"}, list(got)
    assert sorted(roles(got["南河堤防加固工程"])) == [("南河堤防工作专班", "responsible"), ("周立新", "lead")]
    assert set(roles(got["北山森林防火通道"])) == {("郑晓华", "lead"), ("农业农村办", "responsible")}


def test_a_work_about_to_start_is_not_started():
    text = ("上半年,东湖镇项目建设稳步推进。城南农产品冷链项目已完成施工招标,即将开工建设。\n")
    got = by_task(_recs(text))
    assert got["城南农产品冷链项目"].progress.status == "not_started", list(got)


# ---- a status breakdown naming its items in brackets ---------------------------------------------

def test_breakdown_part_names_its_items_in_brackets():
    text = ("东湖区“八件惠民实事”前三季度进度公示\n"
            "截至9月底,已全面完成年度任务的有2项,占25%;按计划推进的有4项,占50%;"
            "进展滞后的有2(西片污水管网改造、北门农贸市场提升),占25%。\n")
    got = by_task(_recs(text, "2023-10-10"))
    assert got["西片污水管网改造"].progress.status == "behind", list(got)
    assert got["北门农贸市场提升"].progress.status == "behind"
    whole = [c for c in got.values() if c.targets and c.targets[0].value == 8]
    assert whole, list(got)


# ---- the items of a unit's statement ------------------------------------------------------------

def test_items_of_a_units_statement_take_the_unit():
    text = ("区人代会闭幕后,各部门表示将抓好落实。东湖区水务局将认真贯彻落实大会部署。\n"
            "一是强化防汛保安全。以城区易涝点为重点,逐一开展隐患排查整改;同步做好物资储备,确保安全度汛。\n"
            "二是加快工程建设。力争南湖泵站2025年建成投用,北渠清淤工程2026年完工。\n")
    recs = _recs(text, "2025-02-20")
    assert len(recs) == 3, [c.task for c in recs]
    assert all(set(roles(c)) == {("东湖区水务局", "responsible")} for c in recs), [roles(c) for c in recs]


def test_no_statement_no_unit_for_the_items():
    text = ("区人代会闭幕后,各部门表示将抓好落实。\n"
            "一是强化防汛保安全。以城区易涝点为重点,逐一开展隐患排查整改;同步做好物资储备,确保安全度汛。\n")
    assert not _recs(text, "2025-02-20")
