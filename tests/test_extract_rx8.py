"""Genre phrasings read from real pages the shared set does not hold (session 7, rx8).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2024-03-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- parallel works in one sentence, each with its own date or figure ---------------------

MEETING = ("东湖区召开城建工作调度会。\n"
           "会议要求,7月底前建成湖滨路拓宽工程,年内开工建设南山公园,新建停车泊位800个,改造老旧供水管网12公里。\n")


def test_parallel_works_of_a_meeting_one_commitment_each():
    recs = [c for c in _recs(MEETING) if "调度会" not in _ev(c)]
    assert len(recs) == 4, [c.task for c in recs]
    lake = next(c for c in recs if "湖滨路" in c.task)
    assert lake.deadline.date == "2024-07-31"
    park = next(c for c in recs if "南山公园" in c.task)
    assert park.deadline.date == "2024-12-31"
    bays = next(c for c in recs if "停车泊位" in c.task)
    assert [(x.value, x.unit) for x in bays.targets] == [(800, "个")]
    pipes = next(c for c in recs if "管网" in c.task)
    assert [(x.value, x.unit) for x in pipes.targets] == [(12, "公里")]


def test_parallel_works_each_with_its_year():
    recs = _recs("二是重点工程抓进度。\n力争东西快速路2025年建成通车,湖滨隧道2025年全面贯通,南环路2026年完工。\n",
                 "2025-01-10")
    got = sorted((c.task, c.deadline.date) for c in recs)
    assert got == [("东西快速路建成通车", "2025-12-31"), ("南环路完工", "2026-12-31"), ("湖滨隧道全面贯通", "2025-12-31")], got


def test_figures_of_the_same_work_stay_one():
    recs = _recs("县住建局要确保全年新开工公租房600套,基本建成400套。\n")
    assert len(recs) == 1


# ---- a work required by a date: X要求于10月底前完工 ----------------------------------------

def test_work_required_by_a_date():
    recs = _recs("关于加快排涝设施建设的通知\n各街道办事处:\n按照区委部署,今年城南排涝泵站工程要求于10月底前完工。\n", "2024-05-10")
    c = next(c for c in recs if "10月底前" in _ev(c))
    assert c.task == "城南排涝泵站工程"
    assert c.deadline.date == "2024-10-31"


# ---- problems an inspection found and those put right, in a supervision notice -------------

def test_found_and_fixed_count_in_a_supervision_notice():
    text = ("城区占道经营专项督查情况通报\n"
            "上周,区城管局对城区占道经营整治情况开展了专项督查,共发现占道经营问题52个,已完成整改47个。\n")
    recs = _recs(text, "2024-05-14")
    c = next(c for c in recs if "共发现" in _ev(c))
    assert [(t.metric, t.value, t.unit) for t in c.targets] == [("占道经营问题", 52, "个")]
    assert c.progress.status == "on_track"


def test_not_yet_put_right_is_no_status_count():
    text = ("城区渣土运输专项督查通报\n"
            "4月1日至4月7日,区城管局对渣土运输车辆开展专项督查,共发现违规运输问题30个,已完成整改24个,"
            "其中东城街道10个、西城街道14个。未完成整改6个,其中东城街道2个、西城街道4个。\n")
    recs = [c for c in _recs(text, "2024-04-10") if c.targets and c.targets[0].value == 30]
    assert len(recs) == 1


# ---- a pledge's numbered items with labelled lines (措施 / 目标 / 时间) ---------------------

PLEDGE = ("东湖区城管局公开承诺书\n"
          "为改善城区环境,现公开承诺如下:\n"
          "一、背街小巷整治\n"
          "措施:组建专班,逐巷排查。\n"
          "目标:完成城区20条背街小巷整治。\n"
          "时间:2024年10月底\n"
          "二、公厕改造\n"
          "措施。按片区分批施工。\n"
          "目标。年内新建和改造公厕12座。\n"
          "时间。2024年12月底\n"
          "三、垃圾清运\n"
          "措施:每周开展一次集中清运。\n"
          "目标:背街小巷无积存垃圾\n"
          "时间:全年\n")


def test_pledge_items_with_labelled_lines():
    recs = _recs(PLEDGE)
    got = {c.task: c for c in recs}
    assert set(got) == {"背街小巷整治", "公厕改造", "垃圾清运"}, list(got)
    assert got["背街小巷整治"].deadline.date == "2024-10-31"
    assert [(t.value, t.unit) for t in got["公厕改造"].targets] == [(12, "座")]
    assert got["垃圾清运"].deadline.date == "2024-12-31"
    for c in recs:
        assert [(a.name, a.role) for a in c.actors] == [("东湖区城管局", "responsible")]
        assert c.evidence[0].text.startswith(("一、", "二、", "三、"))


# ---- a topic sentence (关于X。) naming the work of the sentence after it; a date of an event --

RECT_SPEECH = ("东湖区生态环境问题整改调度会讲话摘要\n"
               "关于河道采砂整治。区水利局牵头负责,结合汛前检查一并推进。"
               "关于石材行业问题。区自然资源局负责,5月12日,自然资源局已组织石材企业负责人集中约谈,"
               "请自然资源局督促企业限期整改,务必做到封闭生产。\n")


def test_topic_sentence_names_the_work_after_it():
    recs = _recs(RECT_SPEECH, "2024-06-01")
    sand = next(c for c in recs if "区水利局" in _ev(c))
    assert sand.task == "河道采砂整治"
    assert [(a.name, a.role) for a in sand.actors] == [("区水利局", "lead")]  # 牵头负责: the lead
    stone = next(c for c in recs if "石材企业" in _ev(c))
    assert stone.task == "石材行业问题"


def test_a_date_before_what_was_done_is_no_deadline():
    recs = _recs(RECT_SPEECH, "2024-06-01")
    stone = next(c for c in recs if "石材企业" in _ev(c))
    assert stone.deadline is None or stone.deadline.date is None  # (not 05-12)


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
    text = ("全县农村改厕工作推进会召开\n"
            "李四指出,我县自2016年开始实施农村改厕以来,已完成市下达改厕任务5000户的4200户。\n")
    recs = _recs(text, "2019-04-10")
    c = next(c for c in recs if "已完成市下达" in _ev(c))
    assert c.task == "农村改厕"
    assert [(t.value, t.unit) for t in c.targets] == [(5000, "户")]
    assert c.progress.status == "on_track" and c.progress.percent == 84.0


# ---- a town's notice to its villages: the date before the villages named ---------------------

def test_villages_named_after_a_date_are_responsible():
    text = ("关于东溪沿线环境整治督查情况的通报\n"
            "三、整改要求\n"
            "一是立行立改,9月15日前桃园村、石门村要完成沿溪垃圾清运。"
            "二是9月10日前,桃园村、石门村要向镇政府报送整改方案。\n")
    recs = _recs(text, "2017-09-06")
    clean = next(c for c in recs if "清运" in c.task)
    assert [(a.name, a.role) for a in clean.actors] == [("桃园村", "responsible"), ("石门村", "responsible")]
    assert clean.deadline.date == "2017-09-15"
    plan = next(c for c in recs if "整改方案" in c.task)
    assert [a.name for a in plan.actors] == ["桃园村", "石门村"]
    assert plan.deadline.date == "2017-09-10"


def test_a_date_before_a_unit_is_no_part_of_its_name():
    recs = _recs("6月底前县住建局要完成城南路改造。\n")
    assert [(a.name, a.role) for a in recs[0].actors] == [("县住建局", "responsible")]


def test_a_kind_of_village_is_no_actor():
    for text in ("示范村要在年底前完成改厕任务。\n", "移民新村要在年底前完成改厕任务。\n"):
        assert all(not c.actors for c in _recs(text)), text


# ---- a plan for the year told as news: 今年…计划新建… ---------------------------------------

def test_year_plan_told_as_news():
    text = ("东湖县水利建设工作会召开\n"
            "今年东湖县计划新建山塘水库15座,其中小型水库5座。\n"
            "张三介绍,我县2018年计划实施水利项目30个,计划完成投资6.2亿元。\n")
    recs = _recs(text, "2018-06-27")
    ponds = next(c for c in recs if "15座" in _ev(c))
    assert (15, "座") in [(t.value, t.unit) for t in ponds.targets]
    assert ponds.deadline.date == "2018-12-31"
    proj = next(c for c in recs if "30个" in _ev(c))
    assert (6.2, "亿元") in [(t.value, t.unit) for t in proj.targets]
    assert "介绍" not in proj.task


# ---- minutes: funds the treasury allots; an item's work due soon; the year of works checked --

MINUTES = ("东湖县人民政府第8次常务会议纪要\n"
           "会议研究了以下事项:\n"
           "1.关于校舍维修问题。由县教育局牵头制定维修计划,暑假前完成。\n"
           "2.关于校舍维修资金问题。县财政统筹安排县教育局校舍维修资金120万元。\n")


def test_funds_the_treasury_allots_in_minutes():
    recs = _recs(MINUTES, "2024-04-13")
    c = next(c for c in recs if "120万元" in _ev(c))
    assert c.task == "校舍维修资金"
    assert [(a.name, a.role) for a in c.actors] == [("县财政", "responsible")]
    assert [(t.value, t.unit) for t in c.targets] == [(120, "万元")]


def test_funds_outside_minutes_are_left_to_the_prose_rules():
    recs = _recs("东湖县教育动态\n县财政统筹安排县教育局校舍维修资金120万元。\n", "2024-04-13")
    assert not any(c.task == "校舍维修资金" and c.actors for c in recs)


def test_an_item_whose_work_is_due_soon():
    text = ("东湖区水务局召开汛前工作会\n"
            "会议对汛前工作提出要求:一是要加快青石大桥维修进度,尽快完工;二是要落实防汛值班制度。\n")
    recs = _recs(text, "2017-04-10")
    assert any("青石大桥" in c.task for c in recs)


def test_the_year_of_the_works_checked_is_no_deadline():
    text = ("常务会议纪要\n(三)会议原则同意县文旅局关于举办桃花节的筹备意见,具体时间另定。"
            "由县农业农村局组织对今年新建高标准农田进行验收,形成验收报告报县政府。\n")
    recs = _recs(text, "2013-10-20")
    c = next(c for c in recs if "验收" in _ev(c))
    assert c.deadline is None


# ---- a work plan's items after 重点抓好以下工作: ----------------------------------------------

def test_items_after_a_lead_in_of_the_years_work():
    text = ("东湖区水务局2024年工作要点\n"
            "今年全区水务建设计划总投资6亿元,着重抓好以下几项工作:一是4月底前开工建设城东水厂,年内建成投用;"
            "二是新建供水管网30公里;三是实施病险水库除险加固8座。\n")
    recs = _recs(text, "2024-03-20")
    plant = next(c for c in recs if "城东水厂" in c.task)
    assert plant.deadline.date == "2024-12-31"
    pipes = next(c for c in recs if "供水管网" in c.task)
    assert [(t.value, t.unit) for t in pipes.targets] == [(30, "公里")]
    dams = next(c for c in recs if "除险加固" in c.task)
    assert [(t.value, t.unit) for t in dams.targets] == [(8, "座")]
    total = next(c for c in recs if "计划总投资" in _ev(c))
    assert [(t.value, t.unit) for t in total.targets] == [(6, "亿元")]


def test_a_person_pledging_items_in_a_news_story():
    text = "东湖区举行电视问政活动\n东湖区住建局局长张三在节目中公开承诺:一是6月底前完成城南路改造;二是年内新建公共停车场4处。\n"
    recs = _recs(text, "2024-03-01")
    assert len(recs) == 2
    for c in recs:
        assert [(a.name, a.role) for a in c.actors] == [("东湖区住建局", "responsible"), ("张三", "responsible")]


def test_a_generic_item_due_in_time_is_none():
    text = ("东湖区重点项目督查情况\n督查组对进度滞后的项目提出了整改要求:"
            "二是要明确并履行项目建设主体责任,全面跟踪项目实施情况,确保项目按计划推进,如期完工投入使用。\n")
    assert not any("主体责任" in _ev(c) for c in _recs(text, "2023-06-01"))


# ---- groups of sub-items: the whole set before them; the evidence opens at the items ---------

def test_whole_set_before_its_groups_and_group_evidence_without_其中():
    text = ("东湖区民生实事扎实推进\n记者从区政府获悉,区政府确定的30个民生实事子项总体进展顺利,"
            "其中城南路改造、湖滨公园建设等4个子项已提前完成;北岸路改造等22个子项做到了时间过半、进度过半。\n")
    recs = _recs(text, "2023-07-05")
    whole = next(c for c in recs if c.targets and c.targets[0].value == 30)
    assert whole.progress.status == "on_track"
    done = next(c for c in recs if "城南路改造" in c.task)
    assert done.evidence[0].text.startswith("城南路改造")


def test_early_in_a_month_is_its_first_ten_days():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import DocDate
    [d] = find_deadlines("在5月初召开动员大会", DocDate(2024, 4, 13))
    assert d.date == "2024-05-10"
