"""Rules of session 41 (rx32), fitted on the misses of blind-annotated sets (composed and annotated outside the
project, without reading its code: news-site pages of mixed genres, township and village papers, and the halves
of the earlier sets never read) and checked on ../shared/eval.

Every sentence here is composed for the test (青岚县, 石桥镇, 河口村 …), in the phrasing of the genre
the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import one_of as _one, recs_of as _recs


# ---- rectification ledgers ------------------------------------------------------------------------------------

_LEDGER = ("中共石桥镇委员会关于县委第一巡察组巡察反馈意见整改情况的通报\n"
           "5月,县委第一巡察组向镇党委反馈了巡察意见,指出了3个方面9个具体问题。\n一、整改工作的组织情况\n"
           "镇党委成立整改领导小组。截至目前,9个具体问题已整改到位7个,正在整改2个。\n二、具体问题的整改情况\n"
           "(一)落实主体责任方面\n1.问题:党委研究党风廉政建设不经常。\n整改措施:每季度召开1次专题会议。\n责任领导:何平\n"
           "整改时限:长期坚持\n整改情况:已整改。\n(二)作风建设方面\n2.问题:部分站所窗口服务态度差。\n"
           "整改措施:开展窗口服务专项整治。\n责任领导:副镇长宋杰\n整改时限:2023年9月30日前\n整改情况:已整改。\n")


def test_a_field_heading_between_problems_is_no_measure_and_one_count_of_problems_is_kept():
    recs = _recs(_LEDGER, date="2023-10-20")
    assert not any("方面" in c.task for c in recs)
    counted = [c for c in recs if any(t.value == 9 for t in c.targets)]
    assert len(counted) == 1 and counted[0].progress.status == "on_track"
    assert counted[0].task == "巡察反馈意见整改"
    assert [c.deadline.date for c in recs if c.deadline and c.deadline.date] == ["2023-09-30"]


def test_who_found_a_problem_names_no_work_and_a_lag_is_remedied_by_the_work():
    text = ("关于巡察反馈问题整改情况的报告\n(三)基层组织方面\n"
            "4.村级文化广场建设滞后问题。巡察指出,全镇仍有2个村没有文化广场。镇党委已将这2个村的广场建设纳入明年计划,"
            "由宣传委员钟敏负责,确保2024年6月底前建成。\n")
    c = _one(text, date="2023-10-20")
    assert c.task == "村级文化广场建设"
    assert ("钟敏", "responsible") in [(a.name, a.role) for a in c.actors]


# ---- minutes --------------------------------------------------------------------------------------------------

def test_a_unit_taking_up_a_work_at_once_in_a_decision_is_its_own_commitment():
    text = ("青岚县供水管网改造专题会议纪要\n会议议定:东河镇9月10日前完成沿线青苗清点补偿,县自然资源局同步办理临时用地手续。\n")
    first, second = _recs(text, date="2023-08-30")
    assert [(a.name, a.role) for a in first.actors] == [("东河镇", "responsible")]
    assert (second.task, [(a.name, a.role) for a in second.actors]) == ("办理临时用地手续", [("县自然资源局", "responsible")])


def test_a_case_after_a_paying_clause_is_no_work_and_the_sum_is_its_target():
    text = ("青岚县清洁取暖专题会议纪要\n第三,县财政局要把省级补助资金和县级配套资金共2150万元在10月底前拨付到位,"
            "配套资金不足的,先从预备费中垫付。\n")
    c = _one(text, date="2023-08-30")
    assert "不足" not in c.task and "拨付" in c.task
    assert [(t.value, t.unit) for t in c.targets] == [(2150, "万元")]
    assert c.deadline.date == "2023-10-31"


def test_a_work_done_to_an_object_named_first_is_the_task():
    text = "青岚县农村改厕工作会议纪要\n第二,县农业农村局负责对已完成改厕的村开展回头看巡查,发现一户,立即整改一户。\n"
    assert _one(text, date="2023-05-30").task == "对已完成改厕的村开展回头看巡查"


# ---- pledges --------------------------------------------------------------------------------------------------

def test_a_units_items_after_last_years_figures_are_its_pledges_signed_by_its_head():
    text = ("青岚县水利局2012年度公开承诺书\n我局向全县人民郑重作出如下承诺,欢迎社会各界监督。\n"
            "去年,全县完成水利投资3.1亿元,新建堤防12公里。2012年,我们将重点做好以下工作:\n"
            "一、工程建设方面\n1.东河治理工程全年完成投资0.8亿元,9月底前完成主河道清淤。\n"
            "2.年内新建农村饮水工程15处。\n二、服务方面\n3.取水许可办理时限压缩至10个工作日以内。\n"
            "承诺单位:青岚县水利局\n承诺人:局长 邹建国\n2012年3月1日\n")
    recs = _recs(text, date="2012-03-01")
    assert not any("以下工作" in c.task or "监督" in c.task for c in recs)
    assert [c.deadline.date if c.deadline else None for c in recs] == ["2012-12-31", "2012-09-30", "2012-12-31", None]
    assert all([(a.name, a.role) for a in c.actors] == [("青岚县水利局", "responsible"), ("邹建国", "responsible")]
               for c in recs)


def test_pledges_told_in_a_news_report_are_of_the_one_the_paragraph_opens_with():
    text = ("亮承诺 晒成绩丨河口村“两委”向村民报告半年践诺情况\n"
            "今年2月,河口村“两委”班子在村民大会上公开作出承诺,承诺事项张贴在村务公开栏。\n"
            "村党支部书记、村委会主任唐永福首先发言。他年初承诺,年内硬化通组道路4.5公里。“目前已完成3公里。”他说。\n"
            "村党支部副书记潘丽负责产业发展。她还承诺,今年村集体经济收入要突破15万元。\n"
            "村委会委员韦强的承诺是在10月底前建成一个村级图书室。\n")
    recs = _recs(text, date="2022-07-10")
    assert [(c.task, [a.name for a in c.actors]) for c in recs] == [
        ("硬化通组道路", ["唐永福"]), ("村集体经济收入突破15万元", ["潘丽"]), ("建成一个村级图书室", ["韦强"])]
    assert [(t.value, t.unit) for t in recs[0].targets] == [(4.5, "公里")]


def test_a_bracket_closing_a_clause_gives_its_works_units():
    text = "石桥镇党政联席会议纪要\n会议要求,4月15日前全面完成早稻育秧(镇农业服务中心负责,各村配合)。\n"
    c = _one(text, date="2015-03-20")
    assert (c.task, [(a.name, a.role) for a in c.actors], c.deadline.date) == (
        "早稻育秧", [("镇农业服务中心", "responsible")], "2015-04-15")


def test_the_roles_after_all_the_works_due_go_to_the_works_before():
    text = ("在全县农田水利建设会议上的讲话\n今年全县要新增节水灌溉面积0.8万亩,整修渠道不少于120公里,"
            "以上任务年底前全面完成,由县水务局牵头,县农业局配合。\n")
    c = _one(text, date="2012-03-10")
    assert [(a.name, a.role) for a in c.actors] == [("县水务局", "lead"), ("县农业局", "assist")]
    assert c.deadline.date == "2012-12-31"
    assert [(t.value, t.unit) for t in c.targets] == [(0.8, "万亩"), (120, "公里")]


def test_sessions_counted_keep_their_unit():
    text = "石桥镇党政联席会议纪要\n镇农业服务中心要在3月底前开展春耕技术培训不少于15场次。\n"
    assert [(t.op, t.value, t.unit) for t in _one(text, date="2015-03-20").targets] == [(">=", 15, "场次")]


# ---- supervision ----------------------------------------------------------------------------------------------

def test_an_items_lines_of_how_it_stands_are_its_own():
    text = ("青岚县2023年政府工作报告目标任务上半年完成情况\n一、城乡建设类\n任务1:改造农村危房260户\n牵头县领导:石磊\n"
            "牵头单位:县住建局\n完成时限:第三季度\n上半年进展:已竣工120户,在建50户,尚有90户未开工。完成46.2%。\n状态:滞后\n"
            "任务2:县城垃圾分类覆盖率达到50%以上\n牵头县领导:石磊\n牵头单位:县综合执法局\n完成时限:年底前\n"
            "上半年进展:已在城区30个小区推行分类投放。\n状态:正常推进\n")
    first, second = _recs(text, date="2023-07-20")
    assert (first.task, first.progress.status, first.progress.percent, first.deadline.date) == (
        "改造农村危房", "behind", 46.2, "2023-09-30")
    assert (second.progress.status, [(a.name, a.role) for a in second.actors]) == (
        "on_track", [("石磊", "lead"), ("县综合执法局", "lead")])


def test_a_problem_headed_with_its_size_is_one_item_its_unit_given_the_work_by_role():
    text = ("关于违法用地整改进展情况的报告\n二、重点问题整改情况\n"
            "(一)南岭工业园未批先建问题(共6宗,88.5亩)。园区管委会负责组卷报批,县自然资源局协助。6宗中已获批3宗,"
            "其余3宗尚未报批,进度滞后。力争8月底前全部上报。\n")
    c = _one(text, date="2016-06-12")
    assert [(a.name, a.role) for a in c.actors] == [("园区管委会", "responsible"), ("县自然资源局", "assist")]
    assert [(t.value, t.unit) for t in c.targets] == [(6, "宗"), (88.5, "亩")]
    assert (c.progress.status, c.deadline.date) == ("behind", "2016-08-31")


def test_a_duty_rota_is_no_target_and_lifts_counted_are():
    text = ("区长主持召开安全生产专题会议\n他要求,区市场监管局负责,对全区96部老旧电梯开展安全评估,2月10日前完成。"
            "要严格落实领导带班和24小时值班制度。\n")
    recs = _recs(text, date="2024-01-15")
    assert [(t.value, t.unit) for t in recs[0].targets] == [(96, "部")]
    assert not any(t.unit == "小时" for c in recs for t in c.targets)


def test_an_item_numbered_first_second_with_its_measure_inline_is_one_and_a_role_told_once_is_each_units():
    text = ("市医保局领导班子检视问题整改落实情况通报\n"
            "第一,经办服务便民不够。整改措施:12月底前实现备案线上办理率达到70%。责任人:副局长宁芳,市医保经办中心具体负责。"
            "整改情况:正在整改。\n"
            "第二,基金监管有短板。整改措施:年内对全市定点药店开展全覆盖检查。责任人:副局长卢涛,基金监管科具体负责,"
            "市卫生健康委、市公安局配合。整改情况:已完成。\n")
    first, second = _recs(text, date="2020-12-20")
    assert [(a.name, a.role) for a in first.actors] == [("宁芳", "responsible"), ("市医保经办中心", "responsible")]
    assert (first.progress.status, first.deadline.date) == ("on_track", "2020-12-31")
    assert [(a.name, a.role) for a in second.actors] == [
        ("卢涛", "responsible"), ("基金监管科", "responsible"), ("市卫生健康委", "assist"), ("市公安局", "assist")]
    assert second.progress.status == "done"


def test_a_case_referred_by_an_inspection_team_is_one_item():
    text = ("青岚县环境保护督察交办件办理情况公示\n【D0815-012】反映东河镇一砖厂粉尘扰民。\n调查核实:情况属实。\n"
            "处理整改情况:已责令停产整改;要求9月20日前完成除尘设施安装。\n责任单位:县生态环境局、东河镇人民政府\n"
            "办理状态:阶段性办结\n【D0815-020】反映西坪村养猪场污水直排。\n调查核实:基本属实。\n"
            "处理整改情况:西坪乡人民政府负责,已于8月10日关闭该养猪场。\n责任单位:西坪乡人民政府\n办理状态:已办结\n")
    first, second = _recs(text, date="2017-08-16")
    assert [a.name for a in first.actors] == ["县生态环境局", "东河镇人民政府"]
    assert (first.deadline.date, first.progress.status) == ("2017-09-20", "on_track")
    assert ([a.name for a in second.actors], second.progress.status) == (["西坪乡人民政府"], "done")


def test_a_whole_place_is_no_actor():
    c = _one("在全镇经济工作会议上的讲话\n今年全镇要新发展优质茶园800亩。\n", date="2012-02-20")
    assert c.actors == () and [(t.value, t.unit) for t in c.targets] == [(800, "亩")]


def test_a_term_a_supervision_office_requires_is_the_items_and_units_asked_to_explain_are_responsible():
    text = ("关于第三批县政府重点督办事项办理情况的通报\n三、正在办理事项\n"
            "(四)东河大桥引道征地(牵头单位:县自然资源局;配合单位:东河镇)。需征地60亩,已完成征地42亩,占70%。"
            "要求10月底前全面完成征地交付。\n四、逾期未办结事项\n"
            "(五)城北垃圾中转站建设(承办单位:县环卫所)。督办要求7月31日前建成投入使用,目前设备尚未安装,已逾期30天。\n"
            "对以上逾期事项,县政府督查室已下发催办通知,要求县环卫所自本通报印发之日起限期10日内书面说明逾期原因。\n")
    recs = _recs(text, date="2014-08-30")
    assert [(c.deadline.date if c.deadline else None) for c in recs] == ["2014-10-31", "2014-07-31", "2014-09-09"]
    assert [c.progress.status if c.progress else None for c in recs] == ["on_track", "behind", None]
    assert (recs[2].task, [a.name for a in recs[2].actors]) == ("书面说明逾期原因", ["县环卫所"])


def test_a_units_pledge_items_under_headings_with_roles_told_inside_and_steps_cut_at_semicolons():
    text = ("青岚县交通运输局2011年度公开承诺书\n我局结合全年交通运输工作任务,郑重向全县人民作出如下承诺:\n"
            "一、重点工程建设承诺\n1.东岭公路(三期)全长21.5公里,年内完成路基工程;确保9月底前铺筑沥青路面12公里以上,"
            "完成投资1.6亿元。由局长彭志远亲自挂帅,县公路管理局具体抓好落实。\n二、便民服务承诺\n"
            "2.开通城乡公交线路5条,新增公交车辆30辆。县运管所负责,县公交公司配合。\n承诺人:青岚县交通运输局局长 彭志远\n")
    recs = _recs(text, date="2011-03-10")
    assert not any("承诺" in c.task for c in recs)
    assert [(c.task, c.deadline.date if c.deadline else None) for c in recs] == [
        ("东岭公路(三期)路基工程", "2011-12-31"), ("铺筑沥青路面", "2011-09-30"), ("开通城乡公交线路", None)]
    assert [(a.name, a.role) for a in recs[0].actors] == [
        ("青岚县交通运输局", "responsible"), ("彭志远", "lead"), ("县公路管理局", "responsible")]
    assert [(a.name, a.role) for a in recs[2].actors] == [
        ("青岚县交通运输局", "responsible"), ("县运管所", "responsible"), ("县公交公司", "assist")]
    assert (1.6, "亿元") in [(t.value, t.unit) for t in recs[1].targets]


def test_a_metric_with_a_bracket_inside_is_read():
    text = "青岚县交通运输局2011年度公开承诺书\n我局郑重承诺:\n1.年内新改建通村水泥(沥青)路260公里,解决45个建制村群众出行难问题。\n"
    assert (260, "公里") in [(t.value, t.unit) for t in _one(text, date="2011-03-10").targets]


def test_a_pledge_items_aim_line_gives_its_targets_and_a_standing_status_is_on_track():
    text = ("河口村“两委”班子2019年公开承诺事项年终践诺情况公示\n承诺事项一:村内主街路灯安装\n承诺人:唐永福(村委会主任)\n"
            "目标:安装太阳能路灯45盏\n完成时限:2019年9月底\n践诺情况:已完成。\n承诺事项二:环境卫生整治\n"
            "承诺人:韦强(村党支部委员)\n目标:每月开展一次卫生评比\n完成时限:长期坚持\n践诺情况:长期坚持。全年评出示范户30户。\n")
    first, second = _recs(text, date="2019-12-28")
    assert (first.task, [a.name for a in first.actors], first.deadline.date, first.progress.status) == (
        "村内主街路灯安装", ["唐永福"], "2019-09-30", "done")
    assert [(t.value, t.unit) for t in first.targets] == [(45, "盏")]
    assert second.progress.status == "on_track"


def test_a_members_card_one_field_a_line_gives_each_pledge_its_owner_and_status():
    text = ("河口社区 | 晒晒我们的承诺践诺卡\n【卡片一】\n姓名:唐慧  党内职务:社区党委书记\n我的承诺:\n"
            "①牵头推进河口小区老旧小区改造,年底前完成雨污分流改造;\n②组建“红色楼长”队伍,每栋楼确定1名楼长。\n"
            "上半年践诺:①已进场施工,完成工程量约40%;②已完成,共确定楼长12名。\n【卡片二】\n姓名:韦强  党内职务:党员\n"
            "我的承诺:年内为困难家庭提供免费维修服务不少于30户次。\n上半年践诺:已服务14户次,正在推进。\n")
    recs = _recs(text, date="2022-07-08")
    assert [[a.name for a in c.actors] for c in recs] == [["唐慧"], ["唐慧"], ["韦强"]]
    assert [(c.progress.status, c.progress.percent) for c in recs] == [("on_track", 40), ("done", None), ("on_track", None)]
    assert [(t.op, t.value, t.unit) for t in recs[2].targets] == [(">=", 30, "户次")]


# ---- speeches -------------------------------------------------------------------------------------------------

def test_a_bracket_of_roles_closing_a_sentence_is_the_units_of_its_works_one_commitment():
    text = ("在全区高质量发展大会上的讲话\n一要全力抓招商。全年力争引进超亿元项目25个以上,签约总投资不低于200亿元"
            "(区投资促进中心牵头,区商务局配合)。\n")
    c = _one(text, date="2024-02-20")
    assert [(a.name, a.role) for a in c.actors] == [("区投资促进中心", "lead"), ("区商务局", "assist")]
    assert [(t.value, t.unit) for t in c.targets] == [(25, "个"), (200, "亿元")]


def test_last_years_figures_and_a_look_at_what_falls_short_are_no_commitments():
    text = ("在全市城乡环境治理推进会上的讲话\n2015年,全市清理卫生死角3.2万处,城市生活垃圾无害化处理率达到90.5%。\n"
            "去年,全区28个重点项目完成投资96亿元。但也要看到,今年一季度重点项目投资仅完成年度计划的15%。\n"
            "今年年底前,全市城市生活垃圾无害化处理率要达到95%以上。\n分享到: 微信 微博\n")
    recs = _recs(text, date="2016-04-12")
    assert [(c.deadline.date, [(t.op, t.value) for t in c.targets]) for c in recs] == [("2016-12-31", [(">=", 95)])]


# ---- village records ------------------------------------------------------------------------------------------

def test_common_given_names_are_names_and_a_bare_name_assists():
    text = ("河口村两委会议记录\n议题一、冬季水利\n会议定:西沟排水渠清淤由王建国负责,李金山配合,土地封冻前完工,清淤主渠1.5公里、支渠3条。\n"
            "议题二、路灯\n会议定:路灯由张水生负责找电工,本月20号前修好5盏坏路灯。\n")
    first, second = _recs(text, date="2013-10-12")
    assert [(a.name, a.role) for a in first.actors] == [("王建国", "responsible"), ("李金山", "assist")]
    assert [(t.value, t.unit) for t in first.targets] == [(1.5, "公里"), (3, "条")]
    assert ([a.name for a in second.actors], second.deadline.date) == (["张水生"], "2013-10-20")
    assert [(t.value, t.unit) for t in second.targets] == [(5, "盏")]


def test_a_quota_handed_down_with_how_far_it_is_names_the_work():
    text = ("在全省老旧小区改造推进会上的讲话\n今年国家下达我省城镇老旧小区改造任务960个小区、9.8万户,截至8月底已开工816个,"
            "开工率85%。\n")
    c = _one(text, date="2022-09-06")
    assert c.task == "城镇老旧小区改造"
    assert (c.progress.status, c.progress.percent) == ("on_track", 85)


def test_a_unit_with_a_term_this_week_a_leader_on_his_patch_and_a_fund_moved_are_read():
    text = ("石桥街道周例会纪要\n(三)征收。东岸片区剩余20户,征收办负责,党工委副书记钟平包片,6月20日前签约率达到90%以上。\n"
            "(四)安全生产。安监中心本周内对辖区9家小作坊开展一次拉网式检查。\n"
            "(五)抗旱。街道财政所从预备费中调剂6万元,作为抗旱补助,6月15日前拨付到村。\n")
    recs = _recs(text, date="2015-06-08")
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("征收办", "responsible"), ("钟平", "lead")], [("安监中心", "responsible")], [("街道财政所", "responsible")]]
    assert [c.deadline.date for c in recs] == ["2015-06-20", "2015-06-14", "2015-06-15"]


def test_the_object_before_the_units_stays_with_them_and_a_report_heard_is_no_work():
    text = ("青禾高新区管委会主任办公会议纪要\n(四)在建工地防汛。对园区在建的45个工地,区建设局、区应急管理局要联合开展一次防汛安全检查,"
            "检查结果5月15日前报管委会。\n二、关于科创中心项目\n会议听取了青禾投资集团关于科创中心项目建设情况的汇报。"
            "目前主体工程已全部完成,室内装修完成约80%。会议要求,青禾投资集团要加快收尾,6月30日前完成竣工验收备案。\n")
    recs = _recs(text, date="2019-04-26")
    assert [([a.name for a in c.actors], c.deadline.date) for c in recs] == [
        (["区建设局", "区应急管理局"], "2019-05-15"), (["青禾投资集团"], "2019-06-30")]
    assert [(t.value, t.unit) for t in recs[0].targets] == [(45, "个")]


def test_units_given_their_standing_parts_in_the_work_before_join_it():
    text = ("在全市城乡环境治理推进会上的讲话\n今年全市要完成农村户厕改造9000户。这项工作市农工委负责统筹调度,"
            "市卫生计生委负责技术指导和质量验收。\n")
    c = _one(text, date="2016-04-12")
    assert [(a.name, a.role) for a in c.actors] == [("市农工委", "responsible"), ("市卫生计生委", "responsible")]
    assert [(t.value, t.unit) for t in c.targets] == [(9000, "户")]


def test_a_light_before_an_item_is_its_status_and_the_share_of_plan_beats_a_stage_percent():
    text = ("溪澄区重点项目红黄绿灯通报\n二、重点项目亮灯情况\n1.【绿灯】澄江城际铁路溪澄段。责任单位:区交通投资集团。"
            "年度计划投资8.6亿元,累计完成投资5.2亿元,完成年度计划的60.5%。形象进度:桥梁桩基全部完成,箱梁架设完成38%,"
            "年底前实现全线轨通。\n2.【黄灯】金塘污水厂提标改造工程。责任单位:区水务集团。年度计划投资1.5亿元,累计完成0.6亿元,"
            "完成年度计划的40%。形象进度:生化池完成70%。\n")
    first, second = _recs(text, date="2021-07-10")
    assert (first.task, first.progress.status, first.progress.percent, first.deadline.date) == (
        "澄江城际铁路溪澄段", "on_track", 60.5, "2021-12-31")
    assert (second.task, second.progress.status, second.progress.percent) == ("金塘污水厂提标改造工程", "behind", 40)
