"""Pledges, rectification lists and supervision notices read from fresh real pages (session 8, rx10).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2024-03-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- pledges ---------------------------------------------------------------------------------

def test_questions_a_pledge_news_answers_are_no_works():
    recs = _recs("东湖区一把手公开承诺\n翻开本地报纸,就能读到各局局长晒承诺的报道:今年为群众办哪些实事、抓什么重点项目,一清二楚。\n")
    assert not [c for c in recs if "哪些" in _ev(c) or "什么" in _ev(c)], [c.task for c in recs]


def test_a_news_teaser_is_skipped_and_the_body_read():
    text = ("东湖区推行重点事项承诺制\n"
            "核心提示:本报讯 记者从东湖区了解到,该区近日召开承诺大会,听取了10项2024年重点事项\n"
            "本报讯 记者从东湖区了解到,该区近日召开承诺大会,听取了10项2024年重点事项的承诺。\n")
    recs = _recs(text)
    assert recs and not [c for c in recs if "核心提示" in _ev(c)], [_ev(c) for c in recs]
    assert any("10项" in _ev(c) and c.targets for c in recs)


def test_a_pledge_round_widened_to_units_is_counted():
    recs = _recs("东湖区一把手公开承诺\n记者获悉,东湖市本轮“公开承诺”活动已扩大到35个市直单位和9个县区。\n")
    assert [sorted((t.value, t.unit) for t in c.targets) for c in recs] == [[(9, "个"), (35, "个")]], \
        [(c.task, c.targets) for c in recs]


def test_pledge_items_counted_as_of_now():
    recs = _recs("东湖区一把手公开承诺\n截至目前,全区党员干部累计向群众作出承诺事项1500余条。\n")
    assert [[(t.value, t.unit) for t in c.targets] for c in recs] == [[(1500, "条")]]


def test_a_units_pledge_quoted_by_its_contents_one_commitment_per_item():
    text = ("东湖区一把手公开承诺\n"
            "2.2023年东湖区37家单位负责人在广播电视上公开作出承诺,接受群众监督。其中区文旅局的承诺书中列有以下几项:"
            "“一是年内送文艺演出进村120场,丰富农村文化生活;二是由区文旅局召开的会议控制在10次以内,“东文旅”文件控制在25个以内;"
            "三是做好政务公开,全年各类信息发布不少于600条……”\n")
    recs = [c for c in _recs(text) if "是" in _ev(c)[:2]]
    assert len(recs) == 3, [_ev(c) for c in recs]
    assert all([(a.name, a.role) for a in c.actors] == [("区文旅局", "responsible")] for c in recs)
    assert ("600条" in _ev(recs[2])) and [(t.value, t.op) for t in recs[2].targets] == [(600, ">=")]


LETTER = ("今年区人大交由我局办理代表建议8件,为确保如期办结,现就办理工作承诺如下:\n"
          "8件建议均已分解到科室,我们将在9月底前全部办理答复到位,并及时与代表沟通。\n"
          "我们将倒排工期,采取有力措施,压实责任,接受群众监督。\n"
          "东湖区交通运输局\n"
          "2024年6月18日\n")


def test_a_pledge_letter_signed_below_is_the_first_persons_unit():
    recs = [c for c in _recs(LETTER) if "9月底前" in _ev(c)]
    assert len(recs) == 1 and [(a.name, a.role) for a in recs[0].actors] == [("东湖区交通运输局", "responsible")], \
        [(c.task, c.actors) for c in recs]
    assert recs[0].deadline.date == "2024-09-30"


def test_a_pledges_manner_alone_is_no_work():
    recs = _recs("东湖区交通运输局公开承诺书\n我局将在9月底前完成城南路改造。\n"
                 "我们将倒排工期,采取有力措施,压实责任,接受群众监督。\n")
    assert any("城南路" in c.task for c in recs)
    assert not [c for c in recs if "有力措施" in _ev(c)], [(c.task, _ev(c)) for c in recs]


# ---- supervision notices ---------------------------------------------------------------------

def test_a_frame_with_wei_qiji_is_no_task():
    recs = _recs("下一步,区住建局将以本轮城建项目检查为契机,加强跟踪问效、督促整改落实,推动项目早开工。\n")
    assert [c.task for c in recs] == ["跟踪问效、督促整改落实"], [c.task for c in recs]


def test_once_a_month_is_no_deadline_and_a_units_place_word_is_no_part_of_its_name():
    recs = _recs("区里的联合督查室要加大督办力度,坚持一月一通报、半年一讲评。\n")
    assert len(recs) == 1 and [a.name for a in recs[0].actors] == ["联合督查室"], [(c.task, c.actors) for c in recs]
    assert recs[0].deadline is None or recs[0].deadline.date != "2024-01-31"
    assert _recs("县督查室要在一月底前完成督查。\n")[0].deadline.date == "2024-01-31"


# ---- rectification ---------------------------------------------------------------------------

def test_pushing_on_to_full_completion_is_an_aim_no_status():
    from kg.extract.progress import find_progress
    text = ("东湖区整改“回头看”\n这次回头看,重点核查了反馈问题的整改成效和线索办理情况,"
            "坚持“问题清零”标准,持续推进整改任务的全面完成。\n")
    assert not [c for c in _recs(text) if "全面完成" in _ev(c)], [(c.task, c.progress) for c in _recs(text)]
    assert find_progress("持续推进整改任务的全面完成") is None
    assert find_progress("整改任务已全面完成").status == "done"


def test_a_pledged_manner_is_no_work_the_pledged_count_is():
    text = "今年初,东湖区区长张三代表区政府郑重承诺:“各部门要不讲条件、不打折扣、狠抓落实,确保完成12件民生实事。”\n"
    recs = _recs(text)
    assert [(c.task, [(t.value, t.unit) for t in c.targets]) for c in recs] == [("12件民生实事", [(12, "件")])], \
        [(c.task, c.targets) for c in recs]
    cut = "今年初,东湖区区长张三代表区政府郑重承诺:“各部门要不讲条件、不打折扣、狠抓落实,确\n保完成12件民生实事。”\n"
    assert not [c for c in _recs(cut) if "条件" in c.task or c.task in ("不打折扣", "狠抓落实")]


def test_the_pledge_clause_gives_the_count_beside_another_count():
    recs = _recs("东湖区公开承诺\n截至目前,全区各部门班子共收集群众意见240余个,向社会作出承诺事项1900余条。\n")
    assert [[(t.value, t.unit) for t in c.targets] for c in recs] == [[(1900, "条")]], [(c.task, c.targets) for c in recs]


def test_a_regulation_cut_into_articles_gives_no_commitment():
    text = ("东湖区督查督办工作办法\n第三章 办理程序\n"
            "第七条 凡有明确时限要求的督办事项,承办单位应当按期办结并报告结果;一般公文10日内办结,急件2日内办结。\n"
            "第八条 区政府督查室要对督办事项进行跟踪,每月通报一次办理情况。\n")
    assert _recs(text) == []
    # the same norms in a notice that is no regulation are read as usual
    assert _recs("东湖区督查通知\n区政府督查室要在5月底前完成督办事项清理。\n")


def test_an_appraisal_of_the_supervision_is_no_status_of_a_work():
    text = ("各单位:\n区政府办公室对一季度重点事项开展了督办,现将情况通报如下:\n"
            "一季度,区政府办公室共下发督办单30份,截至3月25日,其中20项重点事项已办结,10项处于推进中。\n"
            "从各单位反馈看,本轮督办完成情况总体较好,材料均按时报回。各事项的月完成率达70%,办结率创历年新高。\n")
    recs = _recs(text, "2024-04-02")
    assert recs and not [c for c in recs if "较好" in _ev(c) or "新高" in _ev(c)], [(c.task, _ev(c)) for c in recs]


def test_works_by_unit_sharing_one_lag_one_commitment_each_with_the_date_asked():
    text = ("关于一季度重点工作推进情况的通报\n各单位:\n"
            "由区住建局负责的城南路改造项目、区交通局负责的东湖大桥建设项目进展滞后,请以上单位加快工作进度,确保6月底前完成年度任务的50%。\n")
    recs = _recs(text, "2024-05-01")
    got = sorted((c.task, [a.name for a in c.actors], c.progress.status, c.deadline.date) for c in recs)
    assert got == [("东湖大桥建设项目", ["区交通局"], "behind", "2024-06-30"),
                   ("城南路改造项目", ["区住建局"], "behind", "2024-06-30")], got


def test_pledges_all_kept_are_done():
    recs = _recs("东湖区2024年践诺情况\n去年公开承诺的15件民生实事已全部兑现。\n", "2024-07-10")
    assert [(c.progress.status, [(t.value, t.unit) for t in c.targets]) for c in recs] == [("done", [(15, "件")])], \
        [(c.task, c.progress) for c in recs]


def test_a_request_to_the_responsible_units_is_no_work_of_its_own():
    text = ("关于东湖区重点项目推进情况的通报\n"
            "截至6月底,全区35个重点项目已开工28个,开工率80%。其中东湖大桥、城南路改造等3个项目进度滞后,请责任单位加快推进。\n")
    recs = _recs(text, "2024-07-10")
    assert not [c for c in recs if c.task.startswith("请")], [c.task for c in recs]
    assert any(c.progress and c.progress.status == "behind" and "东湖大桥" in c.task for c in recs)


def test_a_rectification_report_line_per_problem():
    text = ("整改落实情况\n"
            "针对“城南路夜市油烟扰民”问题,区城管局已于5月20日完成夜市搬迁,并建立长效监管机制,目前已整改到位。\n"
            "针对“东湖小区垃圾清运不及时”问题,西湖街道正在推进垃圾分类设施改造,预计9月底前完成。\n")
    got = [(c.task, [(a.name, a.role) for a in c.actors], c.progress.status, c.deadline and c.deadline.date)
           for c in _recs(text, "2024-07-10")]
    assert got == [("城南路夜市油烟扰民", [("区城管局", "responsible")], "done", None),
                   ("东湖小区垃圾清运", [("西湖街道", "responsible")], "on_track", "2024-09-30")], got  # (its remedy, rx21)


def test_a_supervision_slip_roles_in_brackets_its_time_limit_and_no_reporting_chore():
    text = ("东湖区政府督查室督办通知单\n督办事项:城南路拓宽工程征迁扫尾。\n"
            "承办单位:区住建局(牵头),西湖街道(配合)。\n办理时限:2024年8月31日前。\n"
            "办理要求:请于8月31日前将办理结果书面报区政府督查室。\n")
    recs = _recs(text, "2024-07-10")
    assert [(c.task, [(a.name, a.role) for a in c.actors], c.deadline.date) for c in recs] == [
        ("城南路拓宽工程征迁扫尾", [("区住建局", "lead"), ("西湖街道", "assist")], "2024-08-31")], \
        [(c.task, c.actors, c.deadline) for c in recs]


def test_a_units_table_of_pledges_rows_without_their_numbers_and_pledged_by_the_unit():
    text = ("东湖区交通局2024年度公开承诺事项\n承诺事项 完成时限 责任人\n"
            "1.完成城南路改造 2024年10月底 张三\n2.新建公交站台20个 2024年12月底 李四\n")
    recs = _recs(text, "2024-07-10")
    assert [c.task[:2] for c in recs] == ["城南", "新建"], [c.task for c in recs]
    assert [[(a.name, a.role) for a in c.actors] for c in recs] == [
        [("张三", "responsible"), ("东湖区交通局", "responsible")], [("李四", "responsible"), ("东湖区交通局", "responsible")]]


def test_how_a_pledge_system_works_is_no_pledge():
    text = ("东湖乡推行干部实绩承诺制\n"
            "“干部承诺制”就是村组干部每年年初当众承诺为群众办两三件好事。"
            "东湖乡还把干部的承诺事项张贴在村部公示栏,请群众监督。\n"
            "村干部还要把本人的任期承诺上墙公示,每人至少为村里办4件实事。\n"
            "年末,各村组织群众评议,承诺人对照承诺内容逐项说明落实情况。\n"
            "今年,全乡干部共承诺事项60件,目前已完成52件。\n")
    recs = _recs(text, "2024-12-20")
    assert [[(t.value, t.unit) for t in c.targets] for c in recs] == [[(60, "件")]], [(c.task, _ev(c)) for c in recs]


def test_not_yet_rectified_is_no_done():
    text = ("关于城南路市容整治“回头看”情况的通报\n"
            "5月10日,区督查室对城南路市容整治的整改情况开展了“回头看”。现将检查情况通报如下。\n"
            "与上次检查相比,城南路面貌有所好转,但仍有少数点位未整改到位,沿街破损护栏的修复尚未启动,个别单位整改迟迟没有行动。\n")
    assert not [c for c in _recs(text) if c.progress and c.progress.status == "done"], \
        [(c.task, c.progress) for c in _recs(text)]


def test_a_military_order_pledged_and_kept():
    text = ("东湖乡村干部兑现承诺\n"
            "西村后山有一处滑坡隐患点,新班子上任后,支部书记张三立下军令状,保证在规定时限内完成整体搬迁,"
            "随后张三与村主任李四多方奔走,选定安置地点、筹齐经费,到8月份,9户群众已全部搬迁完毕。\n")
    recs = _recs(text, "2024-09-20")
    assert [(c.task, [a.name for a in c.actors], c.progress and c.progress.status) for c in recs] == [
        ("整体搬迁", ["张三"], "done")], [(c.task, c.actors, c.progress) for c in recs]


def test_the_condition_of_a_sanction_is_no_status():
    from kg.extract.progress import find_progress
    recs = _recs("关于安全隐患的督办通知\n责令东湖建材公司于10日内整改到位,逾期未整改的依法处理。\n", "2024-05-06")
    assert [(c.progress, [a.name for a in c.actors]) for c in recs] == [(None, ["东湖建材公司"])], \
        [(c.task, c.progress) for c in recs]
    assert recs[0].task == "整改到位"  # (a time limit in days is no part of the name)
    assert find_progress("未按期完成的,予以通报") is None
    assert find_progress("城南路改造已按期完成").status == "done"


def test_a_governments_dated_items_below_its_lead_in():
    text = ("东湖区养老院建设项目总投资3000万元。\n"
            "为让项目尽快建成,东湖区人民政府就该项目建设进度作如下承诺,现予公示,欢迎群众监督。\n"
            "一、2024年4月20日前主体结构封顶。\n二、2024年10月底前竣工交付。\n三、监督电话:0000-1234567\n")
    recs = _recs(text, "2023-12-29")
    assert [(c.deadline.date, [(a.name, a.role) for a in c.actors]) for c in recs] == [
        ("2024-04-20", [("东湖区人民政府", "responsible")]), ("2024-10-31", [("东湖区人民政府", "responsible")])], \
        [(c.task, c.deadline, c.actors) for c in recs]


def test_a_notices_addressees_and_its_announcement_are_no_commitments():
    text = ("东湖县人民政府办公室关于抓紧办理人大代表建议的通知\n各承办单位:\n"
            "今年的代表建议已分交各承办单位。目前仍有个别单位办理较慢。为在8月底前办结全部建议,现就有关事项通知如下:\n"
            "一、各承办单位要在8月31日前全部办结,办复率要达到100%。\n")
    recs = _recs(text, "2024-08-01")
    assert [c.deadline.date for c in recs] == ["2024-08-31"], [(c.task, _ev(c)) for c in recs]
    assert "一、" in _ev(recs[0])


def test_a_rectification_items_progress_label_with_qingkuang():
    text = ("东湖区巡察反馈问题整改清单\n1.问题:部分村级财务管理不规范。整改措施:开展村级财务专项清理。"
            "责任单位:区农业农村局。整改时限:2024年6月底前。整改进展情况:已完成。\n")
    recs = _recs(text, "2024-07-10")
    assert [(c.progress and c.progress.status, c.deadline.date) for c in recs] == [("done", "2024-06-30")], \
        [(c.task, c.progress) for c in recs]
