"""Rules of session 45 (rx36), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: session 44's held-out halves, read now, and new sets of speeches, minutes,
pledges, rectification lists and supervision reports) and checked on ../shared/eval.

Every sentence here is composed for the test (青岚县, 石桥镇, 河口村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import recs_of as _recs


# ---- supervision: works told in one paragraph under the class of their status ------------------------------------

_CLASSES = ("青岚县重点项目1-9月进展情况通报\n"
            "一、分类进展\n"
            "第一,已经建成的项目。青岚河二号桥工程(包抓领导:罗永年,责任单位:县交通局),年度计划投资0.6亿元,"
            "新建桥梁1座,9月20日已通车。城南学校扩建项目(县教育局),已于8月底交付使用。\n"
            "第二,正常推进的项目。石桥至河口公路改造工程,全长18.5公里,由副县长罗永年包抓,县公路管理局具体实施,"
            "1-9月完成投资1.2亿元,占年度计划的80%,确保11月30日前全线贯通。\n"
            "第三,进度滞后的项目。一是县老年养护楼(包抓领导:韩立, 责任单位:县民政局), 1-9月完成投资仅占年度计划的35%, "
            "进度严重滞后。二是果蔬冷链仓储项目(招商引资项目,责任单位:县商务局),因土地手续未办妥,至今未能开工。\n")


def test_each_work_of_a_status_class_paragraph_is_one_commitment():
    recs = _recs(_CLASSES, date="2016-10-08")
    tasks = [c.task for c in recs]
    for work in ("青岚河二号桥工程", "城南学校扩建项目", "石桥至河口公路改造工程", "县老年养护楼", "果蔬冷链仓储项目"):
        assert sum(work in t for t in tasks) == 1, (work, tasks)
    assert not any(t.startswith(("第一", "第二", "第三")) for t in tasks)


def test_a_class_works_take_its_status_unless_they_tell_a_worse_one():
    recs = {c.task: c for c in _recs(_CLASSES, date="2016-10-08")}
    bridge = next(c for t, c in recs.items() if "二号桥" in t)
    assert bridge.progress.status == "done"
    road = next(c for t, c in recs.items() if "公路改造" in t)
    assert road.progress.status == "on_track" and road.progress.percent == 80
    assert road.deadline.date == "2016-11-30"
    care = next(c for t, c in recs.items() if "养护楼" in t)
    assert care.progress.status == "behind" and care.progress.percent == 35
    store = next(c for t, c in recs.items() if "冷链" in t)
    assert store.progress.status == "not_started"  # (至今未能开工)


def test_a_class_works_actors_come_from_their_brackets_and_sentences():
    recs = _recs(_CLASSES, date="2016-10-08")
    bridge = next(c for c in recs if "二号桥" in c.task)
    assert {(a.name, a.role) for a in bridge.actors} == {("罗永年", "lead"), ("县交通局", "responsible")}
    road = next(c for c in recs if "公路改造" in c.task)
    assert {(a.name, a.role) for a in road.actors} == {("罗永年", "lead"), ("县公路管理局", "responsible")}
    store = next(c for c in recs if "冷链" in c.task)
    assert [(a.name, a.role) for a in store.actors] == [("县商务局", "responsible")]


def test_a_class_works_targets_are_what_they_plan_not_what_they_did():
    recs = _recs(_CLASSES, date="2016-10-08")
    road = next(c for c in recs if "公路改造" in c.task)
    assert [(t.value, t.unit) for t in road.targets] == [(18.5, "公里")]
    bridge = next(c for c in recs if "二号桥" in c.task)
    assert (1.0, "座") in [(t.value, t.unit) for t in bridge.targets]


def test_works_under_a_numbered_status_class_are_not_dropped_for_naming_nobody():
    text = ("2018年社区为民实事推进情况公示\n"
            "(一)已经完成的项目。桂园小区老年助餐点由桂园社区居委会负责运营,已于6月1日开餐。\n"
            "(二)进度滞后的项目。北门片区污水管网改造1.6公里,原计划9月底完工,目前仅完成0.5公里。"
            "东街社区卫生室新建项目,因用房未落实,至今未能开工。\n")
    recs = _recs(text, date="2018-11-20")
    clinic = next(c for c in recs if "卫生室" in c.task)
    assert clinic.progress.status == "not_started"
    pipes = next(c for c in recs if "污水管网" in c.task)
    assert pipes.progress.status == "behind" and (1.6, "公里") in [(t.value, t.unit) for t in pipes.targets]
    meals = next(c for c in recs if "助餐点" in c.task)
    assert meals.progress.status == "done" and [a.name for a in meals.actors] == ["桂园社区居委会"]


# ---- supervision: a block named by its label (事项名称:X) --------------------------------------------------------

def test_a_block_named_by_its_label_is_one_item_with_its_fields():
    text = ("关于重点督办事项逾期情况的通报\n"
            "一、逾期未办结事项\n"
            "(一)事项名称:城东供水管网改造\n"
            "任务内容:改造老旧供水管网9公里\n"
            "责任单位:市水务局(牵头),市供水公司\n"
            "原定时限:2021年9月30日\n"
            "当前状态:已逾期40天。完成改造6公里。\n"
            "(二)事项名称:人才公寓二期\n"
            "任务内容:建成人才公寓4栋并交付使用\n"
            "责任单位:高新区管委会\n"
            "原定时限:2021年8月底\n"
            "当前状态:已逾期70天,消防验收未通过。\n")
    recs = _recs(text, date="2021-11-12")
    assert [c.task for c in recs] == ["城东供水管网改造", "人才公寓二期"]
    water, flats = recs
    assert {(a.name, a.role) for a in water.actors} == {("市水务局", "lead"), ("市供水公司", "responsible")}
    assert water.deadline.date == "2021-09-30" and water.progress.status == "behind"
    assert (9.0, "公里") in [(t.value, t.unit) for t in water.targets]
    assert flats.deadline.date == "2021-08-31" and (4.0, "栋") in [(t.value, t.unit) for t in flats.targets]


def test_a_matter_closed_by_the_office_is_done():
    text = "二、本期销号事项\n市城管局负责的城区公厕提升改造,共改造公厕40座,经核验合格,予以销号。\n"
    recs = _recs(text, date="2022-06-10")
    assert recs and recs[0].progress.status == "done"


# ---- minutes: a review line with its units and term in brackets; decided items opened by their work's name -------

def test_a_review_line_with_units_and_term_in_its_bracket_is_one_commitment():
    text = ("青岚县人民政府县长办公会议纪要\n"
            "一、上次会议议定事项落实情况\n"
            "【1】城北污水管网延伸6.5公里(县住建局,10月31日前)。管材已进场,完成工程量的35%,正在推进。\n"
            "【2】县中医院住院楼改造(县卫健局,5月底前交付)。已交付使用,予以销号。\n"
            "【3】东门农贸市场搬迁(县商务局,6月底前开工)。因选址未定,至今未能开工。\n")
    recs = _recs(text, date="2022-07-08")
    pipes, ward, market = recs
    assert pipes.task == "城北污水管网延伸" and [(a.name, a.role) for a in pipes.actors] == [("县住建局", "responsible")]
    assert pipes.deadline.date == "2022-10-31" and (pipes.progress.status, pipes.progress.percent) == ("on_track", 35)
    assert (6.5, "公里") in [(t.value, t.unit) for t in pipes.targets]
    assert ward.progress.status == "done" and ward.deadline.date == "2022-05-31"
    assert market.progress.status == "not_started"


def test_a_decided_item_opened_by_its_works_name_gives_the_units_of_its_body():
    text = ("石桥市水务局局长办公会议纪要\n"
            "会议明确:\n"
            "1、河道保洁。局河湖科负责,汛期前完成城区12条河道的集中清淤保洁。\n"
            "2、农村供水补助。局财务科要在第二季度将补助资金800万元全部拨付到乡镇,不得截留。\n"
            "3、水利干部培训。局人事科牵头、局培训中心承办,9月份完成基层水管员轮训,参训不少于300人次。\n")
    recs = _recs(text, date="2017-03-20")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("局河湖科", "responsible")], [("局财务科", "responsible")],
        [("局人事科", "lead"), ("局培训中心", "responsible")]]
    assert recs[1].task == "农村供水补助"  # (不得截留 names no work: the heading does)
    assert recs[2].deadline.date == "2017-09-30"


# ---- pledges: one pledger's block between rules, its signer dated; a new year's pledges after last year's ---------

def test_each_members_block_is_signed_by_its_own_signer_not_the_later_ones():
    text = ("河口社区党员公开承诺公示\n"
            "——————————\n"
            "党员:罗小梅  所在支部:第一网格党支部\n"
            "我承诺:每月至少参加2次小区环境整治志愿服务,年内带动本楼道20户居民参与垃圾分类。\n"
            "承诺人(签名):罗小梅      2020年3月10日\n"
            "——————————\n"
            "党员:彭志坚(退休干部)  所在支部:离退休党支部\n"
            "我承诺:每周日上午为社区老人义务理发,全年不少于40次。\n"
            "承诺人(签名):彭志坚      2020年3月10日\n"
            "——————————\n")
    recs = _recs(text, date="2020-03-12")
    assert [[a.name for a in c.actors] for c in recs] == [["罗小梅"], ["彭志坚"]]


def test_last_years_pledges_told_kept_give_no_status_to_this_years():
    text = ("石桥县交通运输局2021年度公开承诺暨2020年度践诺情况\n"
            "一、2020年度承诺事项践诺情况\n"
            "①农村公路养护里程达到800公里以上。践诺情况:全年养护农村公路826公里,已完成。\n"
            "二、2021年度公开承诺事项\n"
            "第一,提升农村公路养护水平。年底前全县农村公路养护里程达到850公里以上。\n"
            "责任科室:公路股   责任领导:党组成员 何晓军\n")
    recs = _recs(text, date="2021-02-20")
    new = next(c for c in recs if c.deadline and c.deadline.date == "2021-12-31")
    assert new.progress is None and new.task == "提升农村公路养护水平"
    assert ("何晓军", "lead") in [(a.name, a.role) for a in new.actors]
    assert not any(a.name == "党组成员" for a in new.actors)


# ---- rectification: measures in parts; an audit report's lines on problems ------------------------------------

def test_a_measure_in_circled_or_semicolon_parts_each_with_its_term_is_a_commitment_a_part():
    text = ("中共石桥县委关于巡察反馈意见的整改方案\n"
            "三、问题清单及整改措施\n"
            "1.问题:农村饮水工程重建轻管,部分村供水不稳定。\n"
            "整改措施:①10月20日前对全县30处集中供水工程开展一次排查维修;②年内新建改造农村供水管网不少于40公里。\n"
            "责任领导:韩立(副县长)\n"
            "责任单位:县水务局\n"
            "完成时限:2018年12月底\n"
            "2.问题:干部档案审核发现的问题整改不彻底。\n"
            "整改措施:对21份问题档案逐一补充材料,9月15日前整改完毕;举一反三,年底前完成全县科级干部档案复核。\n"
            "责任领导:罗永年\n"
            "责任单位:县委组织部\n")
    recs = _recs(text, date="2018-08-20")
    water = [c for c in recs if c.actors and c.actors[-1].name == "县水务局"]
    assert [c.deadline.date for c in water] == ["2018-10-20", "2018-12-31"]
    assert (40.0, "公里") in [(t.value, t.unit) for t in water[1].targets]
    files = [c for c in recs if c.actors and c.actors[-1].name == "县委组织部"]
    assert [c.deadline.date for c in files] == ["2018-09-15", "2018-12-31"]
    assert all(("韩立", "lead") in [(a.name, a.role) for a in c.actors] for c in water)


def test_an_audit_reports_line_gives_the_unit_doing_it_and_a_part_done_is_on_track():
    text = ("石桥县2019年度审计整改进展报告\n"
            "二、审计查出问题的具体整改情况\n"
            "1.关于部分专项资金结转两年以上未使用的问题。涉及资金2600万元,县财政局已收回统筹1800万元;"
            "剩余800万元为在建项目资金,计划于2020年6月底前完成清理。\n"
            "2.关于保障性住房长期空置的问题。全县空置1年以上的公租房300套,县住建局已分配入住210套;剩余90套正在组织摇号。\n"
            "3.关于城乡居民医保重复参保1200人的问题。县医保局会同县税务局逐人核查,已对1200人重复参保信息全部清理。\n")
    recs = _recs(text, date="2020-03-10")
    funds, flats, dupes = recs
    assert [a.name for a in funds.actors] == ["县财政局"] and funds.deadline.date == "2020-06-30"
    assert [a.name for a in flats.actors] == ["县住建局"] and flats.progress.status == "on_track"
    assert dupes.progress.status == "done" and "重复参保" in dupes.task
    assert ("县医保局", "responsible") in [(a.name, a.role) for a in dupes.actors]


# ---- supervision: a unit's paragraph with its leader in brackets; a work's year's quota and what is done ---------

def test_a_units_paragraph_with_its_leader_in_brackets_gives_each_work_both():
    text = ("河口镇3月份重点工作推进情况通报\n"
            "现将各办线重点工作推进情况通报如下:\n"
            "农办(分管领导:罗小梅):高标准农田建设工程年度任务600亩,已完成土地平整240亩,完成年度任务的40%。\n"
            "城建办(分管领导:彭志坚):农村危房改造全年计划80户,目前已开工20户,仅占25%,进度明显滞后。\n")
    recs = _recs(text, date="2015-04-03")
    farm, homes = recs
    assert {(a.name, a.role) for a in farm.actors} == {("农办", "responsible"), ("罗小梅", "lead")}
    assert {(a.name, a.role) for a in homes.actors} == {("城建办", "responsible"), ("彭志坚", "lead")}
    assert (farm.progress.status, farm.progress.percent) == ("on_track", 40)
    assert (homes.progress.status, homes.progress.percent) == ("behind", 25)
    assert [(t.value, t.unit) for t in farm.targets] == [(600.0, "亩")] and farm.deadline.date == "2015-12-31"
    assert farm.task == "高标准农田建设工程" and homes.task == "农村危房改造"


# ---- a table of units under a caption naming the work -------------------------------------------------------------

def test_a_table_of_units_under_a_caption_gives_each_unit_its_part_of_the_work():
    text = ("在全镇农村改厕推进会上的讲话\n"
            "各村要在12月底前完成年度改厕任务。\n"
            "附:农村改厕进度滞后村名单(截至10月31日)\n"
            "村名\t年度任务(户)\t已完工(户)\t完成率\t包村领导\t进度\t完成时限\n"
            "河口村\t120\t60\t50.0%\t罗小梅\t滞后\t11月30日前\n"
            "石桥村\t80\t36\t45.0%\t彭志坚\t滞后\t11月30日前\n")
    recs = [c for c in _recs(text, date="2020-11-05") if "村" in c.task and c.actors]
    assert [c.task for c in recs] == ["河口村农村改厕", "石桥村农村改厕"]
    first = recs[0]
    assert {(a.name, a.role) for a in first.actors} == {("河口村", "responsible"), ("罗小梅", "lead")}
    assert (first.progress.status, first.progress.percent) == ("behind", 50)
    assert first.deadline.date == "2020-11-30" and [(t.value, t.unit) for t in first.targets] == [(120.0, "户")]


def test_a_rectification_reports_labelled_items_read_the_unit_doing_and_the_bare_status():
    text = ("中共石桥镇委员会关于巡察反馈意见整改进展情况的通报\n"
            "二、主要问题整改情况\n"
            "问题1:村级账目管理不规范,个别村存在白条入账现象。\n"
            "整改情况:镇财政所牵头对全镇9个村近两年账目逐笔清查,清查出的8张白条票据全部补齐手续。\n"
            "完成情况:已完成。\n"
            "问题2:村级组织生活不规范,部分支部记录不全。\n"
            "整改情况:镇党建办对全镇15个党支部组织生活开展检查,建立月报制度,每季度通报一次。\n"
            "完成情况:长期坚持。\n"
            "问题3:河道沿岸乱堆乱建问题整治不彻底。\n"
            "整改情况:镇河长办开展集中整治,原定9月底前全部清理到位,目前已拆除6处,剩余1处正在依法处置。\n"
            "完成情况:正在整改(逾期)。\n")
    recs = _recs(text, date="2020-11-10")
    books, branches, river = recs
    assert [(a.name, a.role) for a in books.actors] == [("镇财政所", "lead")] and books.progress.status == "done"
    assert branches.progress.status == "on_track"  # (长期坚持, whatever the fields beside it say)
    assert river.deadline.date == "2020-09-30" and river.progress.status == "behind"


def test_an_order_to_finish_right_after_a_works_status_is_that_works_order():
    text = ("关于市政府重点督办事项落实情况的通报\n"
            "二、前期督办事项办理情况\n"
            "前期督办的2个事项中:“城西停车场改造”已于5月20日办结,经核验已销号;“南门菜市场迁建”原定5月31日前完工,"
            "因消防验收未通过,目前仅完成约70%,已逾期,请市商务局于7月15日前办结。\n")
    recs = _recs(text, date="2021-06-25")
    market = next(c for c in recs if "菜市场" in c.task)
    assert market.task == "南门菜市场迁建"
    assert [(a.name, a.role) for a in market.actors] == [("市商务局", "responsible")]
    assert market.deadline.date == "2021-07-15" and market.progress.status == "behind"
    assert not any(c.task in ("办结", "完成") for c in recs)


# ---- minutes: a paragraph closing with a bracket of labelled roles; a unit asked right before its term ------------

def test_a_minutes_paragraph_closing_with_labelled_roles_gives_them_to_its_decisions():
    text = ("关于城区防汛工作的专题会议纪要\n"
            "一、关于城区积水点整治\n"
            "去年汛期,城区共出现积水点15处,群众反映较多。会议议定,对排查出的12处积水点逐点制定方案,汛期前全部完成整治。"
            "(牵头单位:县住建局;责任单位:县城管局、城北街道)\n"
            "二、关于泵站检修\n"
            "会议要求县水利局5月15日前完成3座排涝泵站检修。\n")
    recs = _recs(text, date="2020-04-20")
    points = next(c for c in recs if "积水点" in c.task)
    assert {(a.name, a.role) for a in points.actors} == {
        ("县住建局", "lead"), ("县城管局", "responsible"), ("城北街道", "responsible")}
    pumps = next(c for c in recs if "泵站" in c.task)
    assert [(a.name, a.role) for a in pumps.actors] == [("县水利局", "responsible")]
    assert pumps.deadline.date == "2020-05-15"
    assert not any(a.name.startswith(("经", "请")) for c in recs for a in c.actors)


# ---- speeches: a sentence of roles with a group helping gives them to the work before ----------------------------

def test_a_roles_sentence_with_a_group_helping_gives_its_roles_to_the_work_before():
    text = ("在全县项目建设推进会上的讲话\n"
            "(一)抓开工。对尚未开工的15个新建项目,要逐个排出开工时间表,确保5月31日前全部开工建设。"
            "由常务副县长罗永年同志牵头,县发改局负责,各项目业主单位配合。\n")
    recs = _recs(text, date="2019-03-20")
    assert len(recs) == 1
    assert [(a.name, a.role) for a in recs[0].actors] == [("罗永年", "lead"), ("县发改局", "responsible")]
    assert recs[0].deadline.date == "2019-05-31"


def test_a_services_standing_time_limit_is_a_bound_not_a_term():
    text = ("石桥县市场监管局公开承诺书\n"
            "(三)营业执照申请材料齐全的,在3个工作日内办结,按时办结率达到100%。\n"
            "(四)县市场监管局要在会后5个工作日内将检查结果报县政府。\n")
    recs = _recs(text, date="2016-03-01")
    licence = next(c for c in recs if "营业执照" in c.task or "办结" in c.text)
    assert licence.deadline is None
    assert ("<=", 3.0, "个工作日") in [(t.op, t.value, t.unit) for t in licence.targets]
    report = next(c for c in recs if "检查结果" in c.task or "检查结果" in c.text)
    assert report.deadline is not None and report.deadline.date  # (a term from the meeting stays a term)


def test_a_numbered_works_quota_told_after_its_name_leaves_the_name_as_the_task():
    text = ("青岚县重点工作三季度督查通报\n"
            "三、进度滞后的2项\n"
            "1.农村公路建设。年度任务为通村公路120公里、通组公路80公里,目前仅完成年度目标任务的45%。(责任单位:县交通局)\n"
            "2.城乡供水工程。全年计划解决1.6万人饮水问题,目前仅完成年度投资的30%,明显落后于序时进度。(责任单位:县水务局)\n")
    recs = _recs(text, date="2017-10-10")
    assert [c.task for c in recs] == ["农村公路建设", "城乡供水工程"]
    assert [(c.progress.status, c.progress.percent) for c in recs] == [("behind", 45), ("behind", 30)]


def test_breaking_ground_is_a_step_of_its_own_named_by_the_work():
    text = ("督查通报\n四、下步要求\n"
            "(二)县开发区管委会要在9月15日前完成垃圾转运站项目用地征收,确保9月底前破土动工。\n")
    recs = _recs(text, date="2016-08-20")
    assert [(c.task, c.deadline.date) for c in recs] == [
        ("垃圾转运站项目用地征收", "2016-09-15"), ("垃圾转运站项目破土动工", "2016-09-30")]


def test_a_second_amount_joined_by_and_is_a_target_of_its_own():
    from kg.extract.targets import find_targets
    got = [(t.metric, t.value, t.unit) for t in find_targets("9月底前完成6座换热站新建和2.5公里供热管网铺设任务")]
    assert got == [("换热站新建", 6.0, "座"), ("供热管网铺设", 2.5, "公里")]
    got = [(t.metric, t.value, t.unit) for t in find_targets("改造老旧小区8个和背街小巷15条")]
    assert got == [("老旧小区", 8.0, "个"), ("背街小巷", 15.0, "条")]


def test_a_units_standing_part_in_the_work_of_its_sentence_is_no_work_of_its_own():
    text = ("在全县冬春水利建设动员会上的讲话\n"
            "三要抓好水土保持。治理水土流失10平方公里,由县水保站负责技术指导,东湾乡、石岭乡具体组织实施,明年4月底前完成。\n")
    recs = _recs(text, date="2012-11-05")
    assert len(recs) == 1
    c = recs[0]
    assert {(a.name, a.role) for a in c.actors} == {("县水保站", "responsible"), ("东湾乡", "responsible"), ("石岭乡", "responsible")}
    assert c.deadline.date == "2013-04-30" and "水土流失" in c.task
    assert (10.0, "平方公里") in [(t.value, t.unit) for t in c.targets]


# ---- minutes: a review of last week's matters with dashes; a scheme's year is no term --------------------------

def test_a_review_line_with_its_unit_in_brackets_and_its_status_after_a_dash():
    text = ("石桥镇第12期工作调度会会议纪要\n"
            "一、上周交办事项落实情况\n"
            "1. 秋粮收购进度统计上报(镇农业服务中心)——已完成,已于9月11日报送县农业农村局。\n"
            "2. 东岭村便民桥维修(镇规建站)——正在推进,完成工程量约50%。\n"
            "3. 北屯自来水管网延伸(镇水利站)——滞后,施工队尚未进场。\n"
            "二、会议议定事项\n"
            "(一)2021年度城乡居民医保征缴由罗小梅牵头,镇医保站负责,11月30日前全镇参保率不低于95%。\n"
            "(二)镇应急办于9月30日前组织一次防汛应急演练。\n")
    recs = _recs(text, date="2020-09-14")
    review = recs[:3]
    assert [(c.task, c.actors[0].name, c.progress.status) for c in review] == [
        ("秋粮收购进度统计上报", "镇农业服务中心", "done"), ("东岭村便民桥维修", "镇规建站", "on_track"),
        ("北屯自来水管网延伸", "镇水利站", "behind")]
    assert review[1].progress.percent == 50
    insurance = next(c for c in recs if "医保" in c.task)
    assert insurance.deadline.date == "2020-11-30"  # (2021年度 names the scheme's year, no term)
    drill = next(c for c in recs if "演练" in c.task)
    assert [(a.name, a.role) for a in drill.actors] == [("镇应急办", "responsible")] and drill.deadline.date == "2020-09-30"


# ---- pledges: a table's rows numbered by circled numbers, the breach and the complaints line --------------------

def test_circled_numbers_number_a_tables_rows_and_a_breach_line_is_no_pledge():
    text = ("石桥县人社局2016年社会服务承诺\n"
            "一、年度工作承诺\n"
            "| 序号 | 承诺内容 | 责任单位 | 完成时限 |\n"
            "| ① | 城镇新增就业1500人 | 县就业服务局 | 年底前 |\n"
            "二、窗口服务承诺\n"
            "| ② | 劳动争议仲裁案件自受理之日起45日内审结 | 县劳动人事争议仲裁院 |\n"
            "| ③ | 工作日中午安排值班 | 办公室 |\n"
            "三、违诺责任\n"
            "凡未履行上述承诺的,由局纪检组对责任股室和责任人进行通报批评。服务对象可拨打监督电话或登录县政府网站投诉。\n")
    recs = _recs(text, date="2016-03-01")
    assert [(c.task[:4], [a.name for a in c.actors][:1]) for c in recs if c.task[:1] not in "一二三"] == [
        ("城镇新增", ["县就业服务局"]), ("劳动争议", ["县劳动人事争议仲裁院"]), ("工作日中", ["办公室"])]
    assert not any("未履行" in c.text or "监督电话" in c.text for c in recs)


def test_a_pledge_blocks_progress_line_marked_with_a_sign_is_its_status():
    text = ("河口社区2020年度承诺事项践诺情况公示\n"
            "01 口袋公园建设\n"
            "承诺内容:9月底前在河口新村东侧建成口袋公园1处\n"
            "责任人:罗小梅\n"
            "进展:✅已完成。8月中旬正式开放。\n"
            "02 充电设施\n"
            "承诺内容:11月底前新增电动自行车充电端口200个\n"
            "责任人:彭志坚\n"
            "进展:⏳已建成150个,完成75%。剩余50个延至明年1月完成。\n")
    recs = _recs(text, date="2020-12-20")
    assert [(c.progress.status, c.progress.percent) for c in recs] == [("done", None), ("behind", 75)]
    assert [[a.name for a in c.actors] for c in recs] == [["罗小梅"], ["彭志坚"]]


def test_a_notice_of_one_rectification_task_with_numbered_labelled_sections_is_one_item():
    text = ("石桥县关于环境保护督察反馈意见第12项整改任务拟销号的公示\n"
            "一、反馈问题:石桥县砂石加工点无证经营,废水直排入东河。\n"
            "二、整改目标:砂石企业废水全部循环利用、零排放。\n"
            "三、整改时限:2018年6月底前。\n"
            "四、责任单位:石桥县人民政府;牵头单位:县工信局;配合单位:县环保局。\n"
            "五、整改完成情况\n"
            "1.关停取缔无证砂石加工点21家。\n"
            "2.保留的30家企业全部建成沉淀池。\n"
            "经验收,该项整改任务已完成整改。\n")
    recs = _recs(text, date="2018-07-10")
    item = recs[0]
    assert {(a.name, a.role) for a in item.actors} == {
        ("石桥县人民政府", "responsible"), ("县工信局", "lead"), ("县环保局", "assist")}
    assert item.deadline.date == "2018-06-30" and item.progress.status == "done"
    assert [c.progress.status for c in recs[1:]] == ["done", "done"]
    assert not any(c.task.startswith("整改时限") for c in recs)


def test_a_projects_owner_in_its_bracket_is_responsible():
    text = ("石桥县扶贫生态移民工程推进会议纪要\n"
            "一、各安置点进展情况\n"
            "1.东坪安置点(业主单位:县城投公司),规划安置房200套。【正在推进】主体工程已完工,配套设施正在施工。\n"
            "2.河口镇安置点(业主单位:河口镇人民政府),规划安置房120套。【尚未开工】原选址需重新调整。\n")
    recs = _recs(text, date="2015-11-10")
    assert [([(a.name, a.role) for a in c.actors], c.progress.status) for c in recs] == [
        ([("县城投公司", "responsible")], "on_track"), ([("河口镇人民政府", "responsible")], "not_started")]
