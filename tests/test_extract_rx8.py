"""Genre phrasings read from real pages the shared set does not hold (session 7, rx8).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2024-03-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- parallel works in one sentence, each with its own date or figure ---------------------

MEETING = ("东湖区召开交通工作调度会,研究部署全年交通运输工作。\n"
           "会议要求,6月底前建成城南大道北段改建工程,年内开工改建东环路,新建农村公路40公里,改造农村公路危桥6座。\n")


def test_parallel_works_of_a_meeting_one_commitment_each():
    recs = [c for c in _recs(MEETING) if "调度会" not in _ev(c)]
    assert len(recs) == 4, [c.task for c in recs]
    by = {c.task: c for c in recs}
    north = next(c for t, c in by.items() if "城南大道北段" in t)
    assert north.deadline.date == "2024-06-30"
    east = next(c for t, c in by.items() if "东环路" in t)
    assert east.deadline.date == "2024-12-31"
    road = next(c for t, c in by.items() if "农村公路" in t and "危桥" not in t)
    assert [(x.value, x.unit) for x in road.targets] == [(40, "公里")]
    bridge = next(c for t, c in by.items() if "危桥" in t)
    assert [(x.value, x.unit) for x in bridge.targets] == [(6, "座")]


def test_parallel_works_each_with_its_year():
    recs = _recs("三是攻坚项目提进度。\n力争北环高速2026年建成通车,城南绕城公路2026年全面贯通,滨江路2027年完工。\n",
                 "2026-01-10")
    got = sorted((c.task, c.deadline.date) for c in recs)
    assert got == [("北环高速建成通车", "2026-12-31"), ("城南绕城公路全面贯通", "2026-12-31"), ("滨江路完工", "2027-12-31")], got


def test_figures_of_the_same_work_stay_one():
    recs = _recs("县住建局要确保全年新开工公租房600套,基本建成400套。\n")
    assert len(recs) == 1


# ---- a work required by a date: 本年度X项目要求在8月底前全部完工 ------------------------------

def test_work_required_by_a_date():
    recs = _recs("关于加快村道建设进度的通知\n各乡镇人民政府:\n按照县委部署,本年度村道硬化项目要求在9月底前全部完工。\n", "2024-05-10")
    c = next(c for c in recs if "9月底前" in _ev(c))
    assert c.task == "村道硬化项目"
    assert c.deadline.date == "2024-09-30"


# ---- problems an inspection found and those put right, in a supervision notice -------------

def test_found_and_fixed_count_in_a_supervision_notice():
    text = ("城区扬尘污染防治督查情况通报\n"
            "5月6日至5月12日,区环境攻坚办采取现场督查方式,对城区扬尘污染防治工作实施了督查,"
            "共发现扬尘污染突出问题40个,已完成整改31个。\n")
    recs = _recs(text, "2024-05-14")
    c = next(c for c in recs if "共发现" in _ev(c))
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("扬尘污染突出问题", 40, "个")]
    assert c.progress.status == "on_track"


# ---- a pledge's numbered items with labelled lines (措施 / 目标 / 时间) ---------------------

PLEDGE = ("东湖区城管局公开承诺书\n"
          "为改善城区环境,现公开承诺如下:\n"
          "一、背街小巷整治\n"
          "措施:加强领导,明确责任;强化督查,严格考核。\n"
          "目标:完成城区20条背街小巷整治。\n"
          "时间:2024年10月底\n"
          "二、公厕改造\n"
          "措施。分批改造,分期落实完成。\n"
          "目标。今年将完成城区12座公厕的改造。\n"
          "时间。2024年12月底\n"
          "三、卫生死角清理\n"
          "措施:建立专业清理队伍。\n"
          "目标:城区范围无卫生死角\n"
          "时间:全年\n")


def test_pledge_items_with_labelled_lines():
    recs = _recs(PLEDGE)
    got = {c.task: c for c in recs}
    assert set(got) == {"背街小巷整治", "公厕改造", "卫生死角清理"}, list(got)
    assert got["背街小巷整治"].deadline.date == "2024-10-31"
    assert [(t.value, t.unit) for t in got["公厕改造"].targets] == [(12, "座")]
    assert got["卫生死角清理"].deadline.date == "2024-12-31"
    for c in recs:
        assert [(a.name, a.role) for a in c.actors] == [("东湖区城管局", "responsible")]
        assert c.evidence[0].text.startswith(("一、", "二、", "三、"))


# ---- a topic sentence (关于X。) naming the work of the sentence after it; a date of an event --

RECT_SPEECH = ("在全县突出环境问题整改推进会上的讲话\n"
               "关于河道采砂整治。县水利局牵头负责,结合之前督察整改工作一并推进。"
               "关于石材行业问题。县自然资源局负责,5月12日,自然资源局联合环保局已组织石材企业业主外出考察学习,"
               "请自然资源局严格比照学习标准督促整改,务必做到全封闭生产。\n")


def test_topic_sentence_names_the_work_after_it():
    recs = _recs(RECT_SPEECH, "2024-06-01")
    sand = next(c for c in recs if "县水利局" in _ev(c))
    assert sand.task == "河道采砂整治"
    assert [(a.name, a.role) for a in sand.actors] == [("县水利局", "lead")]  # 牵头负责: the lead
    stone = next(c for c in recs if "石材企业" in _ev(c))
    assert stone.task == "石材行业问题"


def test_a_date_before_what_was_done_is_no_deadline():
    recs = _recs(RECT_SPEECH, "2024-06-01")
    stone = next(c for c in recs if "石材企业" in _ev(c))
    assert stone.deadline is None


# ---- pledges listed inline after 承诺: (一是…;二是…) -------------------------------------

def test_named_unit_pledges_items_inline():
    text = "西湖镇公开承诺事项\n2017年,西湖镇承诺:一是完成镇区污水管网改造;二是新建村级活动场所4个;三是实施农村公路硬化20公里。\n"
    recs = _recs(text, "2017-03-01")
    assert [c.task for c in recs] == ["镇区污水管网改造", "新建村级活动场所", "农村公路硬化"]
    for c in recs:
        assert [(a.name, a.role) for a in c.actors] == [("西湖镇", "responsible")]
        assert c.deadline is None  # (the year labels the list; it dates no item)


def test_named_person_pledges_items_inline():
    text = ("东湖区住建局公开承诺事项\n"
            "东湖区住建局局长张三在电视问政节目中公开承诺:一是6月底前完成城南路改造;二是年内新建公共停车场4处。\n")
    recs = _recs(text, "2024-03-01")
    assert len(recs) == 2
    for c in recs:
        assert ("张三", "responsible") in [(a.name, a.role) for a in c.actors]
    assert recs[0].deadline.date == "2024-06-30" and recs[1].deadline.date == "2024-12-31"


def test_a_year_before_a_pledge_list_in_prose_is_no_pledge():
    text = "西湖镇今年的工作安排\n2017年,西湖镇承诺:一是完成镇区污水管网改造;二是新建村级活动场所4个。\n"
    recs = _recs(text, "2017-03-01")
    assert [c.task for c in recs] == ["镇区污水管网改造", "新建村级活动场所"]
    assert all(c.deadline is None for c in recs)


# ---- a quota handed down and how much of it is done -------------------------------------

def test_quota_handed_down_and_its_share_done():
    text = ("全县通村公路硬化工作会议召开\n"
            "李四指出,我县自2015年开始实施通村公路硬化以来,已完成市下达建设里程200公里的150公里,成绩显著。\n")
    recs = _recs(text, "2019-04-10")
    c = next(c for c in recs if "已完成市下达" in _ev(c))
    assert c.task == "通村公路硬化"
    assert [(t.value, t.unit) for t in c.targets] == [(200, "公里")]
    assert c.progress.status == "on_track" and c.progress.percent == 75.0


# ---- a town's notice to its villages: the date before the villages named ---------------------

def test_villages_named_after_a_date_are_responsible():
    text = ("关于南河河道整治专项督查情况的通报\n"
            "三、下步工作要求\n"
            "一是加快整改,8月7日前桃园村、石门村要完成河道垃圾的清理工作。"
            "二是8月6日前,桃园村、石门村要向镇党委政府提交书面检讨。\n")
    recs = _recs(text, "2017-08-06")
    clean = next(c for c in recs if "清理" in c.task)
    assert [(a.name, a.role) for a in clean.actors] == [("桃园村", "responsible"), ("石门村", "responsible")]
    assert clean.deadline.date == "2017-08-07"
    review = next(c for c in recs if "检讨" in c.task)
    assert [a.name for a in review.actors] == ["桃园村", "石门村"]
    assert review.deadline.date == "2017-08-06"


def test_a_date_before_a_unit_is_no_part_of_its_name():
    recs = _recs("6月底前县住建局要完成城南路改造。\n")
    assert [(a.name, a.role) for a in recs[0].actors] == [("县住建局", "responsible")]


def test_a_kind_of_village_is_no_actor():
    for text in ("示范村要在年底前完成改厕任务。\n", "移民新村要在年底前完成改厕任务。\n"):
        assert all(not c.actors for c in _recs(text)), text


# ---- a plan for the year told as news: 今年…计划新开工建设249公里 -----------------------------

def test_year_plan_told_as_news():
    text = ("全县农村公路计划工作会召开\n"
            "今年东湖县农村公路计划新开工建设240公里,其中市级项目180公里、县级项目60公里。\n"
            "张三介绍,我县2018年计划开工建设20个交通项目,计划完成投资12.5亿元。\n")
    recs = _recs(text, "2018-06-27")
    road = next(c for c in recs if "240公里" in _ev(c))
    assert (240, "公里") in [(t.value, t.unit) for t in road.targets]
    assert road.deadline.date == "2018-12-31"
    proj = next(c for c in recs if "20个交通项目" in _ev(c))
    assert (12.5, "亿元") in [(t.value, t.unit) for t in proj.targets]
    assert "介绍" not in proj.task


# ---- minutes: funds the treasury allots; an item's work due soon; the year of works checked --

MINUTES = ("东湖县人民政府第8次常务会议纪要\n"
           "会议就有关具体事项明确如下:\n"
           "1.关于创卫工作设备配备问题。相关单位设备配备由创卫领导小组提出具体方案后另行研究确定。\n"
           "2.关于创卫工作经费问题。县财政安排县卫健局创卫工作经费80万元。\n")


def test_funds_the_treasury_allots_in_minutes():
    recs = _recs(MINUTES, "2024-04-13")
    c = next(c for c in recs if "80万元" in _ev(c))
    assert c.task == "创卫工作经费"
    assert [(a.name, a.role) for a in c.actors] == [("县财政", "responsible")]
    assert [(t.value, t.unit) for t in c.targets] == [(80, "万元")]


def test_funds_outside_minutes_are_left_to_the_prose_rules():
    recs = _recs("东湖县创卫工作动态\n县财政安排县卫健局创卫工作经费80万元。\n", "2024-04-13")
    assert not any(c.task == "创卫工作经费" and c.actors for c in recs)


def test_an_item_whose_work_is_due_soon():
    text = ("县交通运输局召开重建项目收官工作会\n"
            "会议最后,县长对重建收官工作提出要求:一是要加快青石隧道维修进度,尽快完工;二是要强化责任追究机制。\n")
    recs = _recs(text, "2017-10-10")
    assert any("青石隧道" in c.task for c in recs)


def test_the_year_of_the_works_checked_is_no_deadline():
    text = ("常务会议纪要\n(二)会议原则同意县发改局关于召开城乡统筹推进会的筹备意见,会议时间另行确定。"
            "由统筹办组织对今年社区建设进行验收之后,召开专题会议研究解决存在的问题。\n")
    recs = _recs(text, "2013-10-20")
    c = next(c for c in recs if "统筹办" in _ev(c))
    assert c.deadline is None


# ---- a work plan's items after 重点抓好以下工作: ----------------------------------------------

def test_items_after_a_lead_in_of_the_years_work():
    text = ("县交通局2019年工作要点\n"
            "今年全县交通建设计划总投资8亿元,重点抓好以下工作:一是3月底前开工建设北环路,年内建成通车;"
            "二是新改建农村公路90公里;三是实施危桥改造12座。\n")
    recs = _recs(text, "2019-03-20")
    got = {c.task: c for c in recs}
    assert "开工建设北环路" in got and got["开工建设北环路"].deadline.date == "2019-12-31"
    assert [(t.value, t.unit) for t in got["新改建农村公路"].targets] == [(90, "公里")]
    assert [(t.value, t.unit) for t in got["实施危桥改造"].targets] == [(12, "座")]
    total = next(c for c in recs if "计划总投资" in _ev(c))
    assert [(t.value, t.unit) for t in total.targets] == [(8, "亿元")]


# ---- 未完成整改6个 is no count put right (one aggregate, not two) ------------------------------

def test_not_yet_put_right_is_no_status_count():
    text = ("城区扬尘污染防治督查情况通报\n"
            "5月6日至5月12日,区攻坚办对城区扬尘污染防治工作实施了督查,共发现扬尘问题30个,已完成整改24个,"
            "其中城东街道10个、开发区14个。未完成整改6个,其中城东街道2个、开发区4个。\n")
    recs = [c for c in _recs(text, "2024-05-14") if c.targets and c.targets[0].value == 30]
    assert len(recs) == 1
