"""Rules of session 59 (rx50).  Every sentence here is composed for the test (青石县, 柳岸镇, 南湾区 …); none is
copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs, record_with as _one

from kg.extract.naming import news_source


# ---- a progress report's clauses: a bare verb of a work done, a part of a building done, a work going on ---------

REPORT = ("南湾区上半年民生实事进展\n\n年初以来,区里紧盯全年目标,8类共20件民生实事总体顺利推进。\n\n"
          "交通出行。柳岸路快速化改造建成通车,北环高架改造工程正在进行箱梁施工,西绕城改造工程正在进行桩基施工。"
          "青石公交站已经开通。\n")


def test_a_works_clause_told_built_and_open_to_traffic_is_done():
    recs = _recs(REPORT, "2021-07-10")
    road = _one(recs, "柳岸路快速化改造建成通车")
    assert road.evidence[0].text.startswith("柳岸路") and road.progress.status == "done"
    assert _one(recs, "北环高架改造工程正在").progress.status == "on_track"


SCHOOLS = ("南湾区为民办实事项目进展\n\n"
           "学校建设上,甲小学综合楼及其配套项目已竣工验收投入使用;乙幼儿园分园工程主体结构已完工,"
           "丙中学、丁小学东校区教学楼及配套工程项目主体竣工,区职专实训楼1#、2#楼及室外工程正在进行主体施工。\n")


def test_works_with_their_own_parts_are_cut_apart_and_a_frame_done_is_on_track():
    recs = _recs(SCHOOLS, "2021-08-01")
    kinder = _one(recs, "乙幼儿园分园工程主体结构已完工")
    assert "丙中学" not in kinder.evidence[0].text and kinder.progress.status == "on_track"
    both = _one(recs, "丙中学、丁小学东校区教学楼及配套工程项目主体竣工")
    assert "职专" not in both.evidence[0].text and both.progress.status == "on_track"
    assert _one(recs, "区职专实训楼1#、2#楼").progress.status == "on_track"
    assert _one(recs, "甲小学综合楼").progress.status == "done"


# ---- a news lead: the dateline and where the news comes from are no task ----------------------------------------

NEWS = ("南湾区为民办实事项目进展\n\n柳岸日报8月3日讯(记者 王某 通讯员 李某)3日,记者从区发改局获悉,"
        "今年全区一共安排五类为民实事项目,到7月25日止,已有18个项目开工,累计投资9.6亿元,"
        "剩下的项目正在抓紧前期工作。\n")


def test_the_source_of_the_news_is_no_task_and_a_set_partly_started_is_on_track():
    assert news_source("柳岸日报8月3日讯(记者 王某 通讯员 李某)3日") and news_source("记者从区发改局获悉")
    assert not news_source("3日") and not news_source("今年全区共安排五类项目")
    rec = _one(_recs(NEWS, "2021-08-03"), "为民实事项目")
    assert "记者" not in rec.task and "获悉" not in rec.task and "为民实事项目" in rec.task
    assert rec.progress.status == "on_track"


def test_a_work_then_now_then_its_status_is_read():
    recs = _recs("南湾区重点项目推进情况\n\n截至6月底,甲路改造工程目前正在进行路面施工,乙桥工程已经建成通车。\n", "2021-07-02")
    assert _one(recs, "甲路改造工程").progress.status == "on_track"
    assert _one(recs, "乙桥工程").progress.status == "done"


# ---- a rectification report: two sets in one sentence, each with its own status ---------------------------------

SETS = ("青石县环保督察反馈问题整改推进情况\n\n青石县认真抓好督察反馈问题整改。省督察组转办青石县的36件群众信访问题及市里交办的"
        "9件信访问题均已按期办结,省督察组反馈的28项整改任务已有19项整改完毕,其余整改任务正在有序推进。\n\n"
        "全面推进禁养区内养殖场整治,柳岸河沿线养殖场已全部拆除完毕。\n")


def test_two_sets_each_with_its_status_are_two_records():
    recs = _recs(SETS, "2019-05-20")
    cases = _one(recs, "36件群众信访问题")
    assert cases.progress.status == "done" and "28项" not in cases.evidence[0].text
    tasks = _one(recs, "28项整改任务已有19项整改完毕")
    assert tasks.progress.status == "on_track"
    assert [t.value for t in tasks.targets] == [28.0] and not tasks.actors  # (the inspector who found them is no actor)
    assert "整改任务整改" not in tasks.task


def test_a_work_told_torn_down_in_full_is_done():
    recs = _recs(SETS, "2019-05-20")
    assert _one(recs, "养殖场已全部拆除完毕").progress.status == "done"


# ---- a status told of the works the sentence before names ---------------------------------------------------------

BACK = ("柳岸街道社区实事项目见闻\n\n发布时间:2023-12-20\n\n"
        "“以前下雨一地泥,现在好走多了。”居民老陈说,这多亏了“南门巷道路拓宽改造”项目。作为社区书记的实事之一,"
        "该项目于今年10月正式完工。\n\n"
        "今年,街道各社区广泛征求意见,确定了西街菜场周边停车改造项目、柳岸社区口袋公园建设等一批实事项目。"
        "到11月下旬,所有项目均已完工。\n")


def test_the_work_named_before_is_the_one_a_sentence_tells_done():
    from kg.extract.told_back import works_before
    assert [w for w, _, _ in works_before("这多亏了“南门巷道路拓宽改造”项目。", "该项目于今年10月正式完工。")] \
        == ["南门巷道路拓宽改造"]
    assert works_before("这多亏了“南门巷道路拓宽改造”项目。", "居民都很满意。") == []
    recs = _recs(BACK, "2023-12-20")
    road = next(r for r in recs if r.task == "南门巷道路拓宽改造")
    assert road.progress.status == "done" and any("10月正式完工" in e.text for e in road.evidence)
    assert not any("这条" in r.task or "如今" in r.task or r.task.startswith("“") for r in recs)


def test_each_work_listed_before_all_told_done_is_done():
    recs = _recs(BACK, "2023-12-20")
    tasks = {r.task: r.progress.status for r in recs if r.progress}
    assert tasks.get("西街菜场周边停车改造项目") == "done" and tasks.get("柳岸社区口袋公园建设") == "done"
    assert not any(t.startswith("所有项目") for t in tasks)


def test_a_plan_told_after_names_no_status():
    from kg.extract.told_back import status_of
    assert status_of("该项目将于明年6月建成。", 2023, None) is None
    assert status_of("该项目已于9月底竣工。", 2023, None).status == "done"


# ---- a speech: a unit asked by a half-year term, two works with their own terms, a day without 日 -----------------

def test_a_unit_asked_by_a_half_year_then_the_year_is_two_commitments():
    recs = _recs("青石县城中村改造推进会\n\n县委县政府要求柳岸镇上半年完成全部签约,年内全面完成房屋拆除。\n", "2021-03-01")
    assert [(r.deadline.date, [a.name for a in r.actors]) for r in recs] == \
        [("2021-06-30", ["柳岸镇"]), ("2021-12-31", ["柳岸镇"])]


def test_a_day_of_a_month_without_its_ri_before_qian_is_that_day():
    recs = _recs("青石县易地搬迁推进会讲话\n\n县扶贫办要在9月20前把全部资料整理归档。\n", "2018-08-01")
    assert recs[0].deadline.date == "2018-09-20" and not recs[0].task.startswith("20")


def test_an_enumerated_order_to_go_on_steadily_is_no_status():
    recs = _recs("青石县易地搬迁推进会讲话\n\n三是有序推进,加快节奏,9月20日前把全部资料整理归档。\n", "2018-08-01")
    assert recs and recs[0].progress is None


# ---- an item, then a paragraph telling how this item stands --------------------------------------------------------

ITEMS = ("截至2021年12月底,青石县“八件实事”所列的12项工作任务全面完成。各项情况如下:\n"
         "1.改造农村危房300户(责任单位:县住建局,各乡镇)\n"
         "此项工作已完成。截至12月底,全县改造农村危房326户,其中:柳岸镇完成120户、南湾乡完成98户。\n"
         "2.新建村级卫生室20个(责任单位:县卫健局)\n"
         "此项工作正在推进。目前已建成14个。\n")


def test_a_paragraph_on_this_item_gives_the_item_above_its_status_and_no_record_of_its_own():
    recs = _recs(ITEMS, "2022-01-10")
    houses = _one(recs, "改造农村危房300户")
    assert houses.progress.status == "done" and any("此项工作已完成" in e.text for e in houses.evidence)
    assert _one(recs, "新建村级卫生室20个").progress.status == "on_track"
    assert not any(r.evidence[0].text.startswith(("柳岸镇", "此项", "截至12月底")) for r in recs)


def test_a_whole_set_of_tasks_told_done_in_full_is_a_record():
    whole = _one(_recs(ITEMS, "2022-01-10"), "12项工作任务全面完成")
    assert whole.progress.status == "done"


# ---- a rectification plan: two terms, two commitments; a section's aim is no status -------------------------------

PLAN = ("青石市落实省级环保督察所提意见的整改方案\n\n二、工作目标\n\n(一)聚焦反馈问题,全面完成整改任务\n\n"
        "对照反馈意见逐项推进我市28个问题的整改,力争2025年底前整改任务基本完成,"
        "2026年年底前全部问题整改到位。\n")


def test_two_terms_in_a_rectification_plan_are_two_commitments_with_no_status():
    recs = _recs(PLAN, "2025-02-01")
    due = sorted((r.deadline.date for r in recs if r.deadline), key=str)
    assert due == ["2025-12-31", "2026-12-31"]
    assert all(r.progress is None for r in recs)  # (the heading's 全面完成 is the section's aim)


# ---- a work named by its own name, urged on and nothing more -------------------------------------------------------

def test_a_named_work_urged_on_in_a_speech_is_a_commitment():
    recs = _recs("南湾区重点项目推进会上的讲话\n\n同志们:\n\n二是全力推进城北污水处理厂扩建项目,倒排工期。"
                 "三是要加快重点项目建设进度。\n", "2020-05-01")
    assert [r.task for r in recs] == ["城北污水处理厂扩建项目"]  # (重点项目: a class of works, no work of its own)


def test_a_named_work_urged_then_its_roles_stays_one_commitment():
    recs = _recs("南湾区重点项目推进会上的讲话\n\n同志们:\n\n要加快推进区图书馆二期工程。由王某同志牵头,区文旅局负责,"
                 "11月底前投入使用。\n", "2020-05-01")
    assert len(recs) == 1 and recs[0].deadline.date == "2020-11-30"


def test_a_named_work_urged_in_minutes_is_a_commitment():
    recs = _recs("南湾区政府常务会议纪要\n\n会议要求,要加快推进柳岸路改造工程。\n", "2020-05-01")
    assert [r.task for r in recs] == ["柳岸路改造工程"]


# ---- today and tomorrow; a committee's and its government's one office ---------------------------------------------

def test_today_and_tomorrow_is_due_the_day_after():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import DocDate
    assert [f.date for f in find_deadlines("今明两天抓紧制定拆除方案", DocDate(2018, 12, 31, "page"))] == ["2019-01-01"]


def test_the_joint_office_of_a_committee_and_its_government_is_one_unit():
    from kg.extract.actors import parse_list
    assert [n for n, _, _ in parse_list("县委、县政府督查室")] == ["县委、县政府督查室"]
    assert [n for n, _, _ in parse_list("县财政局、市委、市政府督查室")] == ["县财政局", "市委、市政府督查室"]
    assert [n for n, _, _ in parse_list("县委、县政府")] == ["县委", "县政府"]


# ---- a table with no header line ------------------------------------------------------------------------------------

HEADLESS = ("柳岸县“亮诺践诺”擂台赛结果揭晓,8个项目获评优秀。\n"
            "一等奖 | 县住建局 | 建成城北口袋公园 | 张明 |\n"
            "一等奖 | 县医保局 | 推行医保业务“就近办” | 李华 |\n"
            "二等奖 | 柳岸镇 | 打造全县首个“暖心食堂”,解决老人吃饭难 | 王芳 |二等奖 | 县教育局 | 新增学位800个 | 赵强 |\n"
            "三等奖 | 县税务局 | 上线“一键申报”服务 |\n")


def test_rows_with_no_header_are_read_by_what_their_cells_hold():
    recs = _recs(HEADLESS, "2023-12-07")
    assert len(recs) == 5
    park = _one(recs, "建成城北口袋公园")
    assert {(a.name, a.role) for a in park.actors} == {("县住建局", "responsible"), ("张明", "lead")}
    assert _one(recs, "县教育局").evidence[0].text.startswith("二等奖 | 县教育局")  # (two rows one paragraph joined)
    last = _one(recs, "上线“一键申报”服务")
    assert [a.name for a in last.actors] == ["县税务局"]  # (its empty cell is not the row above's)


# ---- a year's practical works: the lead closing its line with 。, an item's number alone on its line ----------------

PRACTICAL = ("青石州政府工作报告解读\n\n报告提出,今年将集中财力,用心办好“八件民生实事”。\n(一)\n"
             "扩大就业,开展职业技能培训1.8万人次。\n(二)\n改善办学条件,建成公办幼儿园12所。\n")


def test_a_lead_closing_with_a_full_stop_and_numbers_on_their_own_lines_give_the_years_items():
    recs = _recs(PRACTICAL, "2024-02-01")
    assert _one(recs, "八件民生实事").deadline.date == "2024-12-31"
    training = _one(recs, "开展职业技能培训1.8万人次")
    assert training.deadline.date == "2024-12-31"
    assert _one(recs, "建成公办幼儿园12所").deadline.date == "2024-12-31"


# ---- news of help done: who said it is no task, the village work team that did it is responsible --------------------

def test_a_work_team_that_did_the_work_is_responsible_and_the_villager_who_said_it_no_task():
    recs = _recs("柳岸县帮扶项目全面铺开\n\n“今年村里干净多了。”柳岸县东村的村民说,县水利局驻村工作组已投资8万元帮助完成了"
                 "村文化室建设,还清运垃圾200余立方米。\n", "2014-01-20")
    rec = _one(recs, "村文化室建设")
    assert [(a.name, a.role) for a in rec.actors] == [("县水利局驻村工作组", "responsible")]
    assert rec.task == "村文化室建设" and rec.progress.status == "done"


# ---- a supervision notice's opening: the set of key works and its tally, works told by status, a class asked -------

NOTICE = ("柳岸市督查室通报上半年重点工作推进情况\n\n(2021年7月5日)\n\n"
          "近日,市督查室对全市重点工作开展专项督查。从督查情况看,36项重点工作中,已完成8项,按序时推进23项,进度滞后5项。"
          "其中,东湖污水处理厂扩建工程、西环路改造工程进度滞后,北山公园提升项目尚未开工。\n\n"
          "督查指出,各牵头单位要倒排工期,确保进度滞后项目在9月底前赶上序时进度。\n")


def test_a_set_of_key_works_and_its_tally_is_a_record():
    whole = _one(_recs(NOTICE, "2021-07-05"), "36项重点工作中")
    assert [t.value for t in whole.targets] == [36.0] and whole.progress.status == "on_track"


def test_works_told_behind_and_a_work_not_begun_in_one_sentence_are_read_apart():
    recs = _recs(NOTICE, "2021-07-05")
    assert _one(recs, "西环路改造工程进度滞后").progress.status == "behind"
    assert _one(recs, "北山公园提升项目尚未开工").progress.status == "not_started"


def test_a_class_of_works_behind_asked_to_catch_up_is_no_status():
    asked = _one(_recs(NOTICE, "2021-07-05"), "确保进度滞后项目")
    assert asked.progress is None and asked.deadline.date == "2021-09-30"


# ---- the words of a work's status: a battery of composed clauses ----------------------------------------------------

def test_more_words_of_a_work_done_going_on_or_held_up():
    from kg.extract.progress import find_progress
    said = {"柳岸客运站已正式投入运营": "done", "区政务中心已挂牌运行": "done", "东湖大桥全线通车": "done",
            "城北学校建成并投入使用": "done", "西环路工程基本完成": "done", "南湾污水管网已敷设完成": "done",
            "东山隧道工程提前完工": "done", "北湖公园项目已封顶": "on_track", "城东学校项目尚在前期": "on_track",
            "新区医院已进入试运行": "on_track", "滨河路工程正抓紧施工": "on_track", "南坪水厂仍在推进": "on_track",
            "城南棚改项目已暂停施工": "behind", "柳岸大道已动工": "on_track"}
    assert {t: (find_progress(t) or None) and find_progress(t).status for t in said} == said
    for plan in ("确保年底前全线通车", "要确保年底前基本完成", "力争6月底前如期完工", "计划年底建成并投入使用",
                 "为顺利完成全年目标任务,县里成立了专班"):
        assert find_progress(plan) is None, plan


def test_half_a_year_a_five_year_plan_and_a_day_written_with_a_point():
    from kg.extract.deadlines import find_deadlines
    from kg.extract.docdate import DocDate
    doc = DocDate(2021, 3, 15, "page")
    due = lambda t: [f.date for f in find_deadlines(t, doc)]
    assert due("半年内完成") == ["2021-09-15"] and due("年内完成") == ["2021-12-31"]
    assert due("“十四五”期间完成改造") == ["2025-12-31"] and due("十三五末实现全覆盖") == ["2020-12-31"]
    assert due("谋划好“十四五”时期发展") == [] and due("编制十四五规划") == []
    assert due("6.30前完成") == ["2021-06-30"] and due("投资2.5亿元") == []


# ---- a progress report's deeds counted so far ---------------------------------------------------------------------

DEEDS = ("1—9月份柳岸区民生实事项目进展情况\n\n社会事业。区第二幼儿园已经封顶,目前在搞内部装修;新增社区养老床位260张;"
         "完成适龄妇女“两癌”筛查9800人;区中医院住院楼因设计调整进度滞后。\n\n"
         "生态环境。新建雨污管网18公里;完成植树造林2600亩,超额完成年度任务。\n")


def test_a_deed_counted_so_far_among_status_clauses_is_a_work_under_way():
    recs = _recs(DEEDS, "2021-10-10")
    assert _one(recs, "新增社区养老床位260张").progress.status == "on_track"
    assert _one(recs, "新建雨污管网18公里").progress.status == "on_track"
    assert _one(recs, "完成植树造林2600亩").progress.status == "done"  # (told beyond the year's task)
    assert _one(recs, "区中医院住院楼").progress.status == "behind" and _one(recs, "区第二幼儿园").progress.status == "on_track"


def test_an_amount_to_cut_is_a_target():
    from kg.extract.targets import find_targets
    assert [(t.metric, t.value, t.unit) for t in find_targets("年内减少贫困人口2600人")] == [("贫困人口", 2600.0, "人")]
    assert [(t.metric, t.value, t.unit) for t in find_targets("压减燃煤消费量12万吨")] == [("燃煤消费量", 12.0, "万吨")]


def test_a_count_done_short_of_its_target_is_on_track_at_its_share():
    rec = _recs("柳岸县人社局工作动态\n\n县人社局全年新增城镇就业2500人,目前已完成2000人。\n", "2022-11-20")[0]
    assert (rec.progress.status, rec.progress.percent) == ("on_track", 80.0)
    begun = _recs("柳岸县招商引资进展\n\n县商务局负责推进落实项目50个,已开工建设项目40个。\n", "2022-11-20")
    assert all(r.progress is None or r.progress.percent is None for r in begun)  # (begun, no share of the work done)
