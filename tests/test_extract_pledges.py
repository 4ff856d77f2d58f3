"""Public pledges and rectification, on documents written for these tests in
the genres' phrasing (invented places, units and people): a report of
departments' televised pledges, a fulfilment report with a pledge wall, a
quoted first-person pledge, a cadre's pledge items, a rectification notice
with labelled items, an inline rectification item, a rectification report
with counts, and staged rectification deadlines.
"""
from __future__ import annotations

import kg  # noqa: F401
from extract_helpers import ORG, PERSON, actors, commitments_of, deadline, progress, targets


def _cs(text, date):
    return commitments_of(text, date, source="t.txt")


def _of(cs, phrase):
    [c] = [c for c in cs if any(phrase in e.text for e in c.evidence)]
    return c


TV = """东湖区部门“一把手”上电视亮承诺

  本报讯 近日,东湖区36个部门“一把手”走进演播室公开承诺今年重点工作,接受群众监督。
  “今年区水利局负责三件大事、五件实事,这些工作什么时候完成,都在节目里向群众讲清楚。”
  区卫生局局长张明远自从节目播出后,经常到工地查看进度。两个月下来,他承诺的中心医院扩建工程已经提前3天完成计划进度。
"""


def test_pledge_round_share_and_kept_pledge():
    cs = _cs(TV, "2021-05-20")
    agg = _of(cs, "36个部门")
    assert agg.task == "36个部门承诺"
    assert targets(agg) == [("部门", "=", 36.0, "个")] and actors(agg) == []
    share = _of(cs, "三件大事")
    assert actors(share) == [("区水利局", ORG, "responsible")]
    assert targets(share) == [("大事", "=", 3.0, "件"), ("实事", "=", 5.0, "件")]
    assert deadline(share) == ("今年", "2021-12-31")
    kept = _of(cs, "他承诺的")
    assert kept.task == "中心医院扩建工程"
    assert actors(kept) == [("张明远", PERSON, "responsible")]  # 他: the person named before
    assert progress(kept)[0] == "on_track"


WALL = """青石镇120件民生实事全兑现

  到今年4月底,青石镇18个村去年公开承诺的120件惠民实事,目前均已完成。
  “去年村里承诺的修路工程都完成了,今年还想听听有啥新打算。”村民周大福说。
  之后,这120件实事的牵头单位负责人陆续到镇广播站表态,作出承诺。
  柳河村的承诺墙上写着2024年实事工程承诺:修建村文化礼堂、改造村卫生室、硬化村道2条等。墙下签有村书记王志刚和村主任李红梅的签名。
  目前柳河村的实事工程都进入了施工准备阶段。
"""


def test_fulfilment_report_and_pledge_wall():
    cs = _cs(WALL, "2024-05-06")
    agg = _of(cs, "120件惠民实事,")
    # the pledging villages counted before 承诺的 are not the target
    assert targets(agg) == [("惠民实事", "=", 120.0, "件")]
    assert progress(agg)[0] == "done"
    assert len([c for c in cs if any("120件" in e.text for e in c.evidence)]) == 1  # the same set again
    road = _of(cs, "修路工程")
    assert road.task == "修路工程" and progress(road)[0] == "done"
    items = [c for c in cs if c.task in ("修建村文化礼堂", "改造村卫生室", "硬化村道")]
    assert [c.task for c in items] == ["修建村文化礼堂", "改造村卫生室", "硬化村道"]
    for c in items:  # the cadres who sign the wall; the status of the next report
        assert actors(c) == [("王志刚", PERSON, "responsible"), ("李红梅", PERSON, "responsible")]
        assert progress(c)[0] == "on_track"
    assert targets(items[2]) == [("村道", "=", 2.0, "条")] or targets(items[2])[0][2:] == (2.0, "条")


QUOTE = """城西区部门一把手公开践诺

  区住建局局长钱立伟第一个上台发言。“去年,我们完成了15个老旧小区改造……今年还将抓好区委、区政府确定的28个老旧小区改造项目,让居民早日受益。”
"""


def test_quoted_first_person_pledge_is_the_speakers():
    cs = _cs(QUOTE, "2023-03-10")
    last = _of(cs, "去年,我们")
    assert actors(last) == [("区住建局", ORG, "responsible"), ("钱立伟", PERSON, "responsible")]
    assert progress(last)[0] == "done" and targets(last) == []
    this = _of(cs, "今年还将")
    assert actors(this) == actors(last)
    assert targets(this)[0][2:] == (28.0, "个")
    assert deadline(this) == ("今年", "2023-12-31")


CADRE = """新桥村书记履职承诺见实效

  只见新桥村党支部书记陈小兵,戴着草帽在田间查看秧苗。
  陈小兵这样做,是为了兑现自己上任时的承诺。
  全村种植茶叶300亩,并做好管护;力促乡村旅游项目收益在今年超过8万元……
"""


def test_pledge_items_after_a_lead_in_are_the_cadres():
    cs = _cs(CADRE, "2022-06-01")
    tea = _of(cs, "茶叶300亩")
    assert actors(tea) == [("陈小兵", PERSON, "responsible")]
    assert targets(tea)[0][2:] == (300.0, "亩")
    income = _of(cs, "超过8万元")
    assert actors(income) == [("陈小兵", PERSON, "responsible")]
    assert targets(income)[0][1:] == (">=", 8.0, "万元")
    assert deadline(income) == ("今年", "2022-12-31")


NOTICE = """关于南山区环保督察指出问题整改进展的公示
整改任务:部分河道沿线仍有生活垃圾随意堆放。
整改目标:河道沿线垃圾全部清理到位。
责任单位:区城管局、区水务局
整改时限:2024年6月底前
整改完成情况:
1、区城管局对沿河12处垃圾点进行了集中清理。
2、每周开展一次巡河检查,发现问题即时交办。
3、对于整改不力的,由区纪委严肃追究责任。
特此公示。
"""


def test_labelled_rectification_item_and_its_measures():
    cs = _cs(NOTICE, "2024-07-02")
    main = _of(cs, "整改目标")
    assert main.task == "河道沿线垃圾全部清理到位"
    assert actors(main) == [("区城管局", ORG, "responsible"), ("区水务局", ORG, "responsible")]
    assert deadline(main) == ("2024年6月底前", "2024-06-30")
    assert progress(main)[0] == "done"  # 整改完成情况: what was done
    first = _of(cs, "1、区城管局")
    assert progress(first)[0] == "done"
    assert _of(cs, "2、每周").progress.status == "done"
    assert not [c for c in cs if any("追究" in e.text for e in c.evidence)]  # a sanction, no commitment


def test_inline_rectification_item():
    text = ("某县群众来信反映问题整改清单\n"
            "问题:城北农贸市场周边占道经营严重。整改措施:设置临时疏导点,加强巡查。责任单位:县市场监管局。"
            "责任人:刘东。整改时限:立行立改。整改进展:正在整改。\n")
    [c] = _cs(text, "2024-03-01")
    assert c.task == "城北农贸市场周边占道经营严重"
    assert actors(c) == [("县市场监管局", ORG, "responsible"), ("刘东", PERSON, "responsible")]
    assert deadline(c) == ("立行立改", None)
    assert progress(c)[0] == "on_track"


REPORT = """区审计局关于上年度预算审计发现问题整改进展的报告
  审计工作报告共反映问题45项,报告日已整改38项,正在整改7项。
  区财政局(含区税务局)预算管理问题8项,部分整改3项,已整改5项。
  记者随机回访了其中10个问题的整改情况,结果2个整改不到位,3个正在整改。
"""


def test_counts_of_problems_put_right():
    cs = _cs(REPORT, "2024-06-28")
    total = _of(cs, "45项")
    assert targets(total)[0][2:] == (45.0, "项") and progress(total)[0] == "on_track"
    fin = _of(cs, "预算管理问题8项")
    assert actors(fin) == [("区财政局", ORG, "responsible"), ("区税务局", ORG, "responsible")]
    assert targets(fin)[0][2:] == (8.0, "项")
    visit = _of(cs, "10个问题")
    assert targets(visit)[0][2:] == (10.0, "个") and progress(visit)[0] == "behind"


STAGES = """东山县违建整改专项行动进展
  按照要求,全县要在5月10日前完成40%的整治任务,5月20日前完成70%的整治任务,5月31日前全面完成整治任务。
  截至5月12日,全县40宗违建问题已整改24宗,占总数的60%;正在整改16宗。
  全县沿河违建拆除工作基本完成,在建工地扬尘治理工作有序推进。
"""


def test_staged_deadlines_measured_by_the_next_report():
    cs = _cs(STAGES, "2024-05-13")
    stages = [c for c in cs if c.deadline and c.deadline.date]
    assert [deadline(c)[1] for c in stages] == ["2024-05-10", "2024-05-20", "2024-05-31"]
    assert [targets(c)[0][2:] if c.targets else None for c in stages] == [(40.0, "%"), (70.0, "%"), None]
    # 60% by 5月12日: the first stage is met, the later ones are on their way
    assert [progress(c) for c in stages] == [("done", 60.0, "2024-05-12"), ("on_track", 60.0, "2024-05-12"),
                                             ("on_track", 60.0, "2024-05-12")]
    assert progress(_of(cs, "拆除工作基本完成"))[0] == "done"
    assert progress(_of(cs, "扬尘治理工作有序推进"))[0] == "on_track"
    assert not [c for c in cs if c.targets and c.targets[0].unit == "宗"]  # the report measures the stages


def test_no_pledge_rules_outside_the_genres():
    text = "区住建局要在年底前完成12个老旧小区改造。\n全县沿河违建拆除工作基本完成。\n"
    cs = _cs(text, "2024-05-13")
    # neither a pledge nor a rectification document: a work status alone is no commitment
    assert [(c.task, c.progress) for c in cs] == [("老旧小区改造", None)]


LETTER = """县交通运输局2023年度公开承诺书
  为切实履行职责,接受群众监督,我局向全县人民郑重承诺:
  一、年内完成农村公路提档升级120公里。
  二、新建城乡公交候车亭50个。
  三、6月底前建成县客运综合枢纽并投入使用。
  承诺人:县交通运输局局长 李建华
  2023年3月1日
"""


def test_we_pledge_items_are_the_signing_unit_and_its_head():
    cs = _cs(LETTER, "2023-03-01")
    assert [c.task for c in cs] == ["农村公路提档升级", "新建城乡公交候车亭", "建成县客运综合枢纽并投入使用"]
    for c in cs:  # 我局: the unit that signs (承诺人:…局局长 李建华), and its head
        assert actors(c) == [("县交通运输局", ORG, "responsible"), ("李建华", PERSON, "responsible")]
    assert [deadline(c) for c in cs] == [("年内", "2023-12-31"), None, ("6月底前", "2023-06-30")]
    assert [targets(c)[0][2:] if c.targets else None for c in cs] == [(120.0, "公里"), (50.0, "个"), None]


def test_i_pledge_inline_items_are_the_signers():
    text = ("柳溪村党支部书记年度承诺书\n"
            "本人承诺:一是年内新修村组道路3公里;二是9月底前建成村级养老服务站;三是村集体经济收入突破20万元。\n"
            "承诺人:王立新\n")
    cs = _cs(text, "2022-03-01")
    assert [c.task for c in cs] == ["新修村组道路", "建成村级养老服务站", "村集体经济收入突破20万元"]
    assert all(actors(c) == [("王立新", PERSON, "responsible")] for c in cs)
    assert [deadline(c) for c in cs] == [("年内", "2022-12-31"), ("9月底前", "2022-09-30"), None]


AUDIT = """县审计局关于上一年度审计发现问题整改进展的报告
一、总体情况
审计指出的28个问题中,已整改22个,正在整改6个。河口镇对经济责任审计提出的12个问题进行持续整改。
二、具体问题整改情况
(一)关于专项资金闲置的问题。整改情况:县财政局已收回闲置资金320万元,统筹用于民生支出,已整改到位。
(二)关于部分项目未按期竣工的问题
整改情况:县住建局督促施工单位加快进度,目前正在整改。
责任单位:县住建局
整改时限:2023年6月底前
"""


def test_audit_rectification_report_problem_headings():
    cs = _cs(AUDIT, "2023-03-01")
    assert [(c.task, targets(c)[0][2:] if c.targets else None, progress(c)[0]) for c in cs] == [
        ("审计指出问题整改", (28.0, "个"), "on_track"),  # (whose problems: named, rx22)
        ("审计提出问题整改", (12.0, "个"), "on_track"),  # 进行持续整改: one status for the problems counted
        ("专项资金闲置的问题", None, "done"),
        ("部分项目未按期竣工的问题", None, "on_track")]
    assert [actors(c) for c in cs] == [[], [("河口镇", ORG, "responsible")], [("县财政局", ORG, "responsible")],
                                       [("县住建局", ORG, "responsible")]]
    assert deadline(cs[3]) == ("2023年6月底前", "2023-06-30")


def test_pledge_made_on_air_and_the_follow_up():
    text = ("《问政》节目追踪:承诺事项逐一兑现\n"
            "  在上月的《问政》节目现场,市城管局局长王五现场承诺:6月底前完成老城区12条背街小巷路灯安装。\n"
            "  记者回访发现,目前已有8条背街小巷亮灯,其余正在施工。\n")
    [c] = _cs(text, "2023-05-20")
    assert c.task == "老城区背街小巷路灯安装"
    assert actors(c) == [("王五", PERSON, "responsible"), ("市城管局", ORG, "responsible")]
    assert deadline(c) == ("6月底前", "2023-06-30") and targets(c)[0][2:] == (12.0, "条")
    assert progress(c)[0] == "on_track"  # the follow-up paragraph


def test_rectification_directive_names_who_puts_it_right_and_who_helps():
    text = ("西湖区生态环保督察整改推进情况\n"
            "  5月8日,区长对全区环保督察整改工作作出批示:“区生态环境分局认真抓紧整改,区督查室搞好配合。”\n"
            "  全区整改工作有序推进,整改任务清单已下发各责任单位。\n"
            "  全区承接的督察反馈意见整改任务是30个,已完成整改任务26个。\n")
    cs = _cs(text, "2023-05-10")
    c = _of(cs, "抓紧整改")
    assert c.task == "环保督察整改"  # the work the sentence names (对…整改工作作出批示)
    assert actors(c) == [("区生态环境分局", ORG, "responsible"), ("区督查室", ORG, "assist")]
    # the programme's tasks counted below are its size and progress, not another commitment
    assert targets(c)[0][2:] == (30.0, "个") and progress(c)[0] == "on_track"
    assert not [x for x in cs if x is not c and any("30个" in e.text for e in x.evidence)]


def test_our_bureau_pledge_report_is_the_titled_unit():
    text = ("县农业农村局2023年上半年践诺情况报告\n"
            "截至6月底,我局年初承诺的8项重点工作已完成6项,其余2项正在有序推进。\n")
    [c] = _cs(text, "2023-07-05")
    assert actors(c) == [("县农业农村局", ORG, "responsible")]  # 我局: the unit the title names
    assert targets(c) == [("重点工作", "=", 8.0, "项")]  # the set, not 已完成6项 / 其余2项
    assert progress(c)[0] == "on_track"


def test_leader_pledges_in_person():
    text = ("书记县长上门问需 公开承诺解难题\n"
            "在城关镇座谈会上,县委书记刘大海承诺,年底前完成城关镇农贸市场改造,并新增停车位300个。\n")
    [c] = _cs(text, "2023-04-05")
    assert c.task == "城关镇农贸市场改造"
    assert actors(c) == [("刘大海", PERSON, "responsible")]
    assert deadline(c) == ("年底前", "2023-12-31") and targets(c)[0][2:] == (300.0, "个")


def test_inspection_feedback_counts_with_completion_rate():
    text = ("区委第二轮巡察整改进展情况通报\n"
            "截止目前,巡察反馈的520个问题,完成整改500个,基本完成并持续整改问题12个,未完成8个,总体完成率96.15%。\n"
            "村级反馈的180个问题已完成整改162个,整改完成率90%。\n")
    cs = _cs(text, "2023-01-29")
    assert [(targets(c)[0][2:], progress(c)[:2]) for c in cs] == [
        ((520.0, "个"), ("on_track", 96.15)), ((180.0, "个"), ("on_track", 90.0))]


SYSTEM = """石桥乡推行干部实绩承诺制
  年初,驻村工作队和村两委在群众会上作出共同承诺:年底前力争解决东坡组420人的吃水难问题。截至11月,这一目标已经实现。
  今年,全乡干部共承诺事项96件,目前已完成80件,其他16件也即将完成。
  各村两委成员合计作出任期承诺57条,截至目前兑现率达到78%。
  候选人签订辞职承诺书,凡出现所列8条情形中任意一条的,主动辞职。
"""


def test_cadre_pledge_system_report():
    cs = _cs(SYSTEM, "2021-12-20")
    water = _of(cs, "共同承诺")
    assert targets(water)[0][2:] == (420.0, "人") and deadline(water) == ("年底前", "2021-12-31")
    assert progress(water)[0] == "done"  # 截至11月,这一目标已经实现
    items = _of(cs, "承诺事项96件")
    assert targets(items) == [("事项", "=", 96.0, "件")] and progress(items)[0] == "on_track"
    terms = _of(cs, "任期承诺57条")
    assert targets(terms)[0][2:] == (57.0, "条") and progress(terms)[:2] == ("on_track", 78.0)
    assert not [c for c in cs if any("情形" in e.text for e in c.evidence)]  # a condition, not pledged work


def test_numbered_rectification_list_with_a_leader():
    text = ("某县巡察反馈问题整改清单\n"
            "1.问题:部分村集体资产台账登记不全。整改措施:开展清查。责任领导:副县长 孙海。牵头单位:县农业农村局。"
            "整改时限:长期坚持。整改进展:已完成清查,整改到位。\n"
            "2.问题:乡镇食堂管理不规范。整改措施:制定管理办法。责任单位:县机关事务中心。整改时限:2023年10月底前。整改进展:正在整改。\n"
            "反馈的15个问题已完成销号12个。\n")
    cs = _cs(text, "2023-09-01")
    # a problem told by how it falls short names its remedy (rx21)
    # the count of the list's problems is named by what the list is about (巡察反馈问题, rx25)
    assert [c.task for c in cs] == ["村集体资产台账登记", "规范乡镇食堂管理", "巡察反馈问题整改"]
    assert actors(cs[0]) == [("孙海", PERSON, "lead"), ("县农业农村局", ORG, "lead")]  # 责任领导 leads
    assert [deadline(c) for c in cs] == [("长期坚持", None), ("2023年10月底前", "2023-10-31"), None]
    assert [progress(c)[0] for c in cs] == ["done", "on_track", "on_track"]
    assert len(cs[0].evidence) == 1 and targets(cs[2])[0][2:] == (15.0, "个")


def test_who_keeps_watch_over_pledges_and_rectification():
    pledges = ("南湖区民生实事承诺全兑现\n"
               "  去年区里公开承诺的30件惠民实事,目前均已完成。\n"
               "  同时,区绩效办、区督查室对民生实事进行周通报、月评比。\n"
               "  区里还将组织群众代表,对各单位兑现承诺情况进行年终考核。\n")
    c = _of(_cs(pledges, "2022-03-01"), "周通报")
    assert actors(c) == [("区绩效办", ORG, "responsible"), ("区督查室", ORG, "responsible")]
    assert c.task == "民生实事周通报、月评比" and c.progress is None
    review = _of(_cs(pledges, "2022-03-01"), "年终考核")  # the organiser's review of the pledges
    assert actors(review) == [] and review.targets == ()
    rect = ("北山县违建问题整治整改工作推进情况\n"
            "  县政府抽调人员组成三个督查组,自6月起对各乡镇违建拆除整改工作进行督查,每日通报进度。\n"
            "  对弄虚作假、虚假整改的单位进行通报批评。\n")
    cs = _cs(rect, "2022-05-10")
    assert _of(cs, "进行督查").task == "违建拆除整改督查"  # the work watched, without 各乡镇 and 工作
    assert not [c for c in cs if any("通报批评" in e.text for e in c.evidence)]


PLAN = """某区环保督察反馈问题整改方案
(一)城区黑臭水体治理不彻底的问题
整改目标:2023年底前城区黑臭水体全部消除。
整改措施:
1.完成城东河截污管网改造8公里。
2.9月底前建成城北污水处理厂二期。
责任领导:副区长 周明
责任单位:区水务局、区住建局
整改时限:2023年12月底前
(二)部分工地扬尘管控不到位的问题
整改目标:全面落实扬尘防控措施。
责任单位:区住建局
整改时限:立行立改
"""


def test_rectification_plan_measures_share_the_items_units_and_deadline():
    cs = _cs(PLAN, "2023-03-01")
    assert [c.task for c in cs] == ["城区黑臭水体全部消除", "城东河截污管网改造", "建成城北污水处理厂二期", "全面落实扬尘防控措施"]
    who = [("周明", PERSON, "lead"), ("区水务局", ORG, "responsible"), ("区住建局", ORG, "responsible")]
    assert [actors(c) for c in cs[:3]] == [who, who, who]
    assert [deadline(c) for c in cs] == [("2023年12月底前", "2023-12-31"), ("2023年12月底前", "2023-12-31"),
                                         ("9月底前", "2023-09-30"), ("立行立改", None)]
    assert targets(cs[1])[0][2:] == (8.0, "公里")
    assert all(c.progress is None for c in cs)  # a plan reports no status


def test_pledge_items_with_their_own_labels():
    text = ("县水利局2024年度公开承诺事项\n"
            "我局承诺:\n"
            "1.年内完成小型水库除险加固12座(责任人:王强;完成时限:2024年10月底)。\n"
            "2.新建农村供水工程5处(责任人:李华;完成时限:2024年12月底)。\n")
    cs = _cs(text, "2024-02-01")
    assert [c.task for c in cs] == ["小型水库除险加固", "新建农村供水工程"]
    assert [actors(c) for c in cs] == [[("县水利局", ORG, "responsible"), ("王强", PERSON, "responsible")],
                                       [("县水利局", ORG, "responsible"), ("李华", PERSON, "responsible")]]
    assert [deadline(c) for c in cs] == [("2024年10月底", "2024-10-31"), ("2024年12月底", "2024-12-31")]


def test_a_heads_stated_pledge_items_are_the_speakers():
    text = ("南江县部门一把手电视承诺\n"
            "县交通运输局局长彭建国表态:今年我局将重点抓好三件事:一是年内完成农村公路改造80公里;"
            "二是9月底前建成县城公交枢纽;三是新开通城乡公交线路6条。\n")
    cs = _cs(text, "2021-03-01")
    assert [c.task for c in cs] == ["农村公路改造", "建成县城公交枢纽", "新开通城乡公交线路"]
    assert all(actors(c) == [("县交通运输局", ORG, "responsible"), ("彭建国", PERSON, "responsible")] for c in cs)
    # 今年 of the lead-in is the year of an item without a date of its own
    assert [deadline(c) for c in cs] == [("年内", "2021-12-31"), ("9月底前", "2021-09-30"), ("今年", "2021-12-31")]


def test_a_unit_pledges_in_person():
    text = ("县住建局公开承诺解难题\n"
            "在群众座谈会上,县住建局承诺,年底前完成城西片区12个老旧小区改造。\n")
    [c] = _cs(text, "2023-04-05")
    assert actors(c) == [("县住建局", ORG, "responsible")]
    assert c.task == "城西片区老旧小区改造" and deadline(c) == ("年底前", "2023-12-31")


def test_reply_to_a_reported_problem_and_the_follow_up():
    text = ("关于群众反映问题整改情况的回复\n"
            "反映问题:城南小区门口道路破损严重,雨天积水。\n"
            "整改回复:区城管局回复,已安排施工单位对破损路面进行修补,预计5月底前完工。\n"
            "现场探访:记者近日回访发现,路面修补工程正在施工。\n")
    [c] = _cs(text, "2023-05-10")
    assert c.task == "城南小区门口道路破损严重"
    assert actors(c) == [("区城管局", ORG, "responsible")]  # the unit replying
    assert deadline(c) == ("5月底前", "2023-05-31")  # the reply's forecast
    assert progress(c)[0] == "on_track"


def test_inspection_complaints_handled_while_inspected():
    text = ("中央生态环境保护督察边督边改进展\n"
            "截至6月20日,督察组转来的第五批信访件36件,全市已办结20件、阶段性办结12件、未办结4件。\n")
    [c] = _cs(text, "2023-06-21")
    assert targets(c)[0][2:] == (36.0, "件") and progress(c)[0] == "on_track"


def test_labelled_pledge_items_and_their_fulfilment():
    text = ("城东街道2023年度承诺事项践诺情况公示\n"
            "1.承诺事项:完成辖区8个老旧小区雨污分流改造。承诺时限:2023年10月底。责任人:张丽。践诺情况:已完成。\n"
            "2.承诺事项:新建社区养老服务站2个。承诺时限:2023年12月底。责任人:刘强。践诺情况:正在推进,已完成主体建设。\n")
    cs = _cs(text, "2024-01-10")
    assert [c.task for c in cs] == ["辖区老旧小区雨污分流改造", "新建社区养老服务站"]
    assert [actors(c) for c in cs] == [[("张丽", PERSON, "responsible")], [("刘强", PERSON, "responsible")]]
    assert [deadline(c) for c in cs] == [("2023年10月底", "2023-10-31"), ("2023年12月底", "2023-12-31")]
    assert [progress(c)[0] for c in cs] == ["done", "on_track"]  # 正在推进 before 已完成主体建设


def test_pledge_wall_listing_its_practical_projects():
    text = ("河湾村承诺上墙接受监督\n"
            "村委会门口的承诺墙上列明了今年要办的5件实事:修建村民广场、硬化通组公路3公里、安装路灯60盏等,"
            "落款处有村支书陈大勇的签名。\n")
    cs = _cs(text, "2022-04-01")
    assert [c.task for c in cs] == ["修建村民广场", "硬化通组公路", "安装路灯"]
    assert all(actors(c) == [("陈大勇", PERSON, "responsible")] for c in cs)  # 村支书 who signs
    assert [targets(c)[0][2:] if c.targets else None for c in cs] == [None, (3.0, "公里"), (60.0, "盏")]


def test_urged_dated_step_of_a_rectification():
    text = ("北湖区巡察反馈问题整改进展\n"
            "  目前各项整改工作有序推进。力争“十一”之前,在区政府网站对全部整改结果公开完毕。\n")
    c = _of(_cs(text, "2021-08-20"), "十一")
    assert c.task == "全部整改结果公开" and actors(c) == []
    assert deadline(c) == ("“十一”之前", "2021-09-30")


def test_problems_found_then_put_right_in_a_later_sentence():
    text = ("市容环境整治督导简报\n"
            "本周督导组到城东片区暗访检查,共发现问题32处,主要是乱堆乱放、垃圾积存等。"
            "督导组当场交办并明确整改时限。截至目前,已整改19处,其余13处正在整改中。\n"
            "省里交办的整改任务清单中120个问题已经完成整改30个。\n")
    cs = _cs(text, "2018-11-30")
    found = _of(cs, "已整改19处")
    assert targets(found)[0][2:] == (32.0, "处") and progress(found)[0] == "on_track"
    assert any("共发现问题32处" in e.text for e in found.evidence)  # the set's sentence is evidence too
    assert targets(_of(cs, "已经完成整改30个"))[0][2:] == (120.0, "个")


def test_a_head_reports_last_years_pledge_kept():
    text = ("县直单位主要负责人公开践诺\n"
            "县水利局局长王强在践诺发言中说,去年承诺的12座小型水库除险加固已全部完成。\n")
    [c] = _cs(text, "2023-03-01")
    assert c.task == "12座小型水库除险加固"
    assert actors(c) == [("王强", PERSON, "responsible"), ("县水利局", ORG, "responsible")]
    assert targets(c)[0][2:] == (12.0, "座") and progress(c)[0] == "done"


def test_a_supervision_count_in_a_rectification_notice_is_left_to_its_reader():
    text = ("县政府督查室关于重点工作整改落实情况的督查通报\n"
            "根据县委要求,对各单位整改工作进行督查。县长办公会议议定事项38件,已办结5件,其余正在推进。"
            "请各单位抓好整改,整改情况于月底前报送。\n")
    cs = _cs(text, "2023-03-01")
    # no watch of the writer's own check; the count of decided matters is the supervision reader's
    assert not [c for c in cs if c.task.endswith("督查")]
    [agg] = [c for c in cs if c.targets]
    assert targets(agg)[0][2:] == (38.0, "件") and progress(agg)[0] == "on_track"


def test_inspection_cases_counted_in_the_sentence_before_their_status():
    # no 整改 in the text: the inspection group (督察组) and the cases it hands over make the genre
    text = ("截至6月10日,省环保督察组交办我市的第五批群众信访举报件42件,各责任单位均已上报调查处理情况。"
            "其中,已办结30件,阶段性办结9件,正在办理3件。\n")
    [c] = _cs(text, "2024-06-10")
    assert targets(c)[0][2:] == (42.0, "件") and progress(c)[0] == "on_track"
    assert any("交办我市的第五批" in e.text for e in c.evidence)


def test_cases_of_a_batch_then_their_status_after_a_semicolon():
    text = ("督察组交办信访件办理情况公开\n"
            "截至9月3日,督察组转办的第8批60件环境信访问题中,经查属实51件,不属实9件;已办结24件,正在办理36件。\n")
    [c] = [c for c in _cs(text, "2019-09-03") if c.targets]
    assert targets(c)[0][2:] == (60.0, "件") and progress(c)[0] == "on_track"


def test_numbered_problem_then_a_paragraph_on_that_problem():
    text = ("东湖区水污染防治审计问题整改进展报告\n"
            "二、具体整改情况\n"
            "(一)部分年度水质考核指标任务未完成。\n"
            "该问题已整改完成。一方面,每年印发水污染防治计划,明确工作目标和责任分工;另一方面,将指标分解到各街道。\n")
    [c] = [c for c in _cs(text, "2022-11-01") if "水质考核" in c.text]
    assert c.task.startswith("年度水质考核指标") and progress(c)[0] == "done"  # (the remedy of 未完成, rx21)


def test_numbered_problem_with_an_inline_measure_and_the_unit_arranged():
    text = ("城南镇关于文明城市督查暗访问题的整改报告\n"
            "现将整改情况汇报如下:\n"
            "(一)幸福路沿街杂物乱堆乱放,环境卫生较差。整改措施:镇里接到通报后立即安排幸福社区进行实地核查,"
            "并组织人员对杂物进行了清理。\n"
            "(二)城南市场周边垃圾成堆。整改措施:镇里安排南门社区组织人员清运垃圾。\n")
    cs = _cs(text, "2020-06-01")
    a, b_ = _of(cs, "幸福路沿街"), _of(cs, "城南市场")
    assert a.task.startswith("幸福路沿街杂物") and ("幸福社区", ORG, "responsible") in actors(a)
    assert progress(a)[0] == "done"  # a report: what was done (进行了清理)
    assert ("南门社区", ORG, "responsible") in actors(b_)


def test_an_empty_problem_label_over_a_numbered_list_is_no_item():
    text = ("东湖区人民政府督查室关于市容检查问题的整改通知\n"
            "请各责任单位对下列问题立即整改,并于6月10日前整改到位,结果报送区督查室。\n"
            "存在问题:\n"
            "1.城东路口垃圾堆放。(责任单位:城东街道)\n"
            "2.文化路路面破损。(责任单位:区住建局)\n")
    cs = _cs(text, "2021-06-01")
    assert not [c for c in cs if c.task == "问题整改"]
    assert actors(_of(cs, "文化路路面破损")) == [("区住建局", ORG, "responsible")]
    # the date the notice sets for all its problems
    assert deadline(_of(cs, "城东路口垃圾")) == ("6月10日前", "2021-06-10")


def test_he_pledges_a_list_of_works_straight_after_the_word():
    text = ("“我承诺 你监督”活动在城南乡举行\n"
            "  承诺大会上,乡班子成员逐一亮相。首先亮相的是乡长李卫东,他承诺年内完成城南大桥维修加固、"
            "集镇广场提升改造、东环公路拓宽改造……文化站长孙丽承诺举办农民文化节两场;"
            "乡里还公开承诺,通过公示栏接受群众监督。\n")
    cs = _cs(text, "2019-03-10")
    works = [c for c in cs if actors(c) == [("李卫东", PERSON, "responsible")]]
    assert [c.task for c in works] == ["城南大桥维修加固", "集镇广场提升改造", "东环公路拓宽改造"]
    assert all(deadline(c) == ("年内", "2019-12-31") for c in works)
    assert actors(_of(cs, "孙丽承诺")) == [("孙丽", PERSON, "responsible")]
    assert not [c for c in cs if c.task.startswith("通过")]  # how the pledge is made public, not a pledge


def test_a_quoted_pledge_names_the_clause_with_the_count_not_a_list():
    text = ("西湖市十件民生实事进展顺利\n"
            "年初,西湖市市长赵立新代表市政府公开承诺:“全市上下要真抓实干、不讲条件、不找借口,确保完成10件民生实事。”"
            "目前,10件民生实事总体进展顺利。\n")
    [c] = _cs(text, "2020-11-01")
    assert c.task == "10件民生实事" and targets(c)[0][2:] == (10.0, "件")
    assert actors(c) == [("赵立新", PERSON, "responsible")]


def test_a_headline_count_of_pledges_kept_is_the_story_count():
    text = ("北山市承诺重点工作900件兑现850件\n"
            "  北山市连续五年推行公开承诺制度。对于全面完成承诺事项的单位,将按“两项机制”予以激励。"
            "五年来,北山市共承诺重点工作900件,其中兑现承诺850件,占94.4%。\n")
    cs = _cs(text, "2018-03-01")
    [c] = [c for c in cs if c.targets]
    assert targets(c)[0][2:] == (900.0, "件") and progress(c)[:2] == ("on_track", 94.4)
    assert "共承诺" in c.text  # the story's sentence, not the headline


def test_quoted_first_person_pledges_one_per_quote():
    text = ("南湖县22个部门负责人当众“晒”承诺\n"
            "  “我承诺:全年新增城镇就业800人,培训农村劳动力2000人……”“我承诺:全县粮食总产稳定在30万吨以上……”"
            "打开县电视台,南湖县20个部门“一把手”依次登台亮相作出公开承诺。\n")
    cs = _cs(text, "2016-04-01")
    a, b_ = _of(cs, "新增城镇就业"), _of(cs, "粮食总产")
    assert a is not b_
    assert targets(a)[0][2:] == (800.0, "人") and deadline(a) == ("全年", "2016-12-31")
    assert actors(a) == [] and actors(b_) == []  # no speaker named


def test_he_pledges_after_the_unit_head_named_before():
    text = ("西山县一把手电视晒承诺\n"
            "  居民看到县电视台里县教育局局长周文斌的工作承诺时说,新学校明年就能用上了。\n"
            "  周文斌是第一位在电视上作出公开承诺的部门负责人,他当场承诺:今年12月底前实验小学主体工程全面完工。\n")
    c = _of(_cs(text, "2012-11-20"), "实验小学")
    assert ("周文斌", PERSON, "responsible") in actors(c) and ("县教育局", ORG, "responsible") in actors(c)
    assert deadline(c)[1] == "2012-12-31"


def test_a_pledge_with_two_dated_clauses_is_two_pledges():
    text = ("东川县部门负责人晒承诺\n"
            "  县交通局局长吴海涛作出公开承诺:今年10月底滨河大道主体工程全面完工,明年5月份建成通车。\n")
    cs = _cs(text, "2021-04-01")
    a, b_ = _of(cs, "滨河大道主体工程"), _of(cs, "建成通车")
    assert a is not b_
    assert deadline(a)[1] == "2021-10-31" and deadline(b_)[1] == "2022-05-31"
    assert ("吴海涛", PERSON, "responsible") in actors(a) and ("吴海涛", PERSON, "responsible") in actors(b_)


def test_a_quote_pledged_by_the_leaders_named_after_it():
    text = ("北川县书记县长带头晒承诺\n"
            "  “今年11月底前,工业园区完成投资5亿元,元旦前完成园区主干道和污水管网工程……”"
            "3月2日,北川县委书记郑光明、县长何远航带头在电视上面向社会公开承诺年度目标任务。\n")
    cs = _cs(text, "2020-03-05")
    a, b_ = _of(cs, "工业园区完成投资"), _of(cs, "园区主干道")
    assert a is not b_ and deadline(a)[1] == "2020-11-30" and targets(a)[0][2:] == (5.0, "亿元")
    assert actors(a) == [("郑光明", PERSON, "responsible"), ("何远航", PERSON, "responsible")]


def test_a_quoted_list_name_and_a_count_with_more_than():
    text = ("南城区“为民办事我承诺”活动见成效\n"
            "  今年以来,南城区各社区党组织开展“为民办事我承诺”活动。各社区共列出“民生清单”320件,目前已兑现150件。"
            "各社区党员累计作出承诺900余项,已解决居民难题400件。\n")
    cs = _cs(text, "2023-06-01")
    assert targets(_of(cs, "民生清单"))[0][2:] == (320.0, "件")
    assert progress(_of(cs, "民生清单"))[0] == "on_track"
    assert targets(_of(cs, "900余项"))[0][2:] == (900.0, "项") and progress(_of(cs, "900余项"))[0] == "on_track"


def test_early_this_year_is_no_part_of_the_pledging_unit():
    text = ("东坡社区兑现承诺\n"
            "  “年初社区党委承诺给楼道装声控灯,如今已经全部安装到位了。”居民王大妈说。社区还公开承诺了其他事项。\n")
    c = _of(_cs(text, "2023-06-01"), "声控灯")
    assert actors(c) == [("社区党委", ORG, "responsible")] and progress(c)[0] == "done"


def test_a_cadre_called_by_name_then_post_pledges():
    text = ("石桥镇村党支部书记街头晒承诺\n"
            "  “王建华书记承诺今年要给咱们组架一座便民桥,我们都等着。”青山村村民赵小明笑着说。\n")
    c = _of(_cs(text, "2015-04-20"), "便民桥")
    assert actors(c) == [("王建华", PERSON, "responsible")] and deadline(c) == ("今年", "2015-12-31")


def test_problems_put_right_by_the_unit_named_in_an_earlier_clause():
    text = ("城西区上年度审计发现问题整改工作汇报\n"
            "  部分单位以制度抓整改,城西镇通过建立问题台账,对上年审计提出的18个问题进行持续整改,已收回资金300万元。\n")
    c = _of(_cs(text, "2020-11-20"), "18个问题")
    assert actors(c) == [("城西镇", ORG, "responsible")] and progress(c)[0] == "on_track"


def test_the_dated_sentence_of_a_quoted_pledge_not_its_conduct():
    text = ("白水镇村支书赶场日公开承诺\n"
            "  “我郑重承诺,为群众办好事,坚决不吃拿卡要。针对我村道路窄、出行难的问题,今年我一定想方设法,给我村拓宽一条通组公路……”"
            "白水镇12名村党支部书记在集市上公开承诺。\n")
    cs = _cs(text, "2016-04-10")
    [c] = [c for c in cs if "通组公路" in c.text]
    assert c.task == "拓宽一条通组公路" and deadline(c) == ("今年", "2016-12-31")
    assert not [c for c in cs if "为群众办好事" in c.text and "通组公路" not in c.text]


def test_measures_taken_on_all_problems_is_under_way():
    text = ("西江市关于扬尘治理专项审计所提问题整改进展的函\n"
            "  本次审计指出我市存在四类共18个问题,均已采取有效措施进行整改。\n")
    c = _of(_cs(text, "2022-12-01"), "共18个问题")
    assert targets(c)[0][2:] == (18.0, "个") and progress(c)[0] == "on_track"


def test_units_whose_heads_make_a_rectification_pledge():
    text = ("“问政东湖”直播节目开播\n"
            "  针对曝光的问题,区市场监管局、南塘镇及北塘镇政府相关负责人分别作出整改承诺,将在规定时限内,"
            "立即落实整改措施,切实解决夜市油烟扰民问题。\n")
    c = _of(_cs(text, "2018-05-01"), "整改承诺")
    assert actors(c) == [("区市场监管局", ORG, "responsible"), ("南塘镇", ORG, "responsible"),
                         ("北塘镇政府", ORG, "responsible")]
    assert "夜市油烟扰民" in c.task


def test_a_watch_with_the_object_first():
    text = ("西林市推行公开承诺制度\n"
            "  西林市各部门公开承诺年度重点工作。对连续两个月没有进展的承诺事项,市督查室、市纪委监委将会同新闻媒体开展专项督查。\n")
    c = _of(_cs(text, "2019-03-01"), "没有进展")
    assert actors(c) == [("市督查室", ORG, "responsible"), ("市纪委监委", ORG, "responsible")]
    assert c.task.startswith("承诺事项")


def test_a_quote_so_pledged_then_this_years_works_and_their_fulfilment():
    text = ("党员先锋承诺见实效\n"
            "  党员们在公开栏作出承诺。“带领乡亲们把茶叶产业做大。”西岭村党支部书记方志远这样承诺。"
            "今年就要新建30亩茶苗基地,还要开办两期技术培训班。如今,这几件事都已经做到了。\n")
    c = _of(_cs(text, "2008-10-01"), "茶苗基地")
    assert actors(c) == [("方志远", PERSON, "responsible")] and deadline(c)[1] == "2008-12-31"
    assert targets(c)[0][2:] == (30.0, "亩") and progress(c)[0] == "done"
