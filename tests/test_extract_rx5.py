"""Phrasings of the genres beyond the shared documents (helper rx5): directive verbs
naming the unit asked (要求/责成/督促/请/由 X…), collective actors, labels before a
task, pledges in the first person, amounts of money as targets.  Sentences composed
in the genres' phrasing (invented places, units and people), each checking one rule."""
from __future__ import annotations

import kg  # noqa: F401
from kg.extract.actors import find_actors

from extract_helpers import commitments_of, deadline, targets


def _cs(text, date="2024-01-10"):
    return commitments_of(text, date, source="p.txt")


def _one(text, date="2024-01-10"):
    [c] = _cs(text, date)
    return c


def _roles(c):
    return [(a.name, a.role) for a in c.actors]


# ---- directive verbs naming the unit asked -----------------------------------

def test_asked_by_yaoqiu_is_the_actor():
    # 要求X…: X is asked (responsible); the 要 of 要求 is no lead-in to cut
    c = _one("要求西坪县住建局加快推进城南路改造,于6月底前完工。")
    assert _roles(c) == [("西坪县住建局", "responsible")]
    assert c.task == "城南路改造" and deadline(c) == ("6月底前", "2024-06-30")
    assert [(a.name, a.role) for a in find_actors("要求县规划和住房局、县林业局等有关部门要密切协作").actors] == \
        [("县规划和住房局", "responsible"), ("县林业局", "responsible")]


def test_asker_before_yaoqiu_is_no_task():
    # 会议要求X… / 县长张三要求X…: the asker and the unit are no part of the task
    c = _one("会议要求东湖区交通局加快推进青山大道拓宽,于9月底前完工。")
    assert _roles(c) == [("东湖区交通局", "responsible")] and c.task == "青山大道拓宽"
    c = _one("县长张三要求县水务局加快城北泵站改造进度,确保8月底前投入使用。")
    assert _roles(c) == [("县水务局", "responsible")] and c.task.startswith("城北泵站改造")


def test_zecheng_and_duchu_name_the_unit_not_the_task():
    c = _one("责成县市场监管局立即开展食品安全专项检查,于3月底前完成整改。")
    assert _roles(c) == [("县市场监管局", "responsible")] and c.task == "食品安全专项检查"
    c = _one("督促县水务局加快推进城北污水处理厂建设,确保年底前投入运行。")
    assert _roles(c) == [("县水务局", "responsible")] and c.task == "城北污水处理厂建设"
    # 会议责成X牵头,Y配合: X leads; 会议 is the asker, no topic
    c = _one("会议责成县水利局牵头,县财政局配合,于9月底前完成东湖水库除险加固。")
    assert _roles(c) == [("县水利局", "lead"), ("县财政局", "assist")] and c.task == "东湖水库除险加固"


def test_qing_and_you_with_a_date_name_the_unit_not_the_task():
    c = _one("请县财政局会同县发改局于7月15日前完成项目资金拨付。")
    assert _roles(c) == [("县财政局", "responsible"), ("县发改局", "assist")] and c.task == "项目资金拨付"
    c = _one("会议决定,由县城投公司于2024年10月底前完成西河片区安置房建设。")
    assert _roles(c) == [("县城投公司", "responsible")] and c.task == "西河片区安置房建设"


def test_frame_then_a_short_deliverable():
    # 按照X要求 is a frame; the short deliverable after it takes the frame's work
    c = _one("请县城管局按照整改要求,限期销号。")
    assert _roles(c) == [("县城管局", "responsible")] and c.task == "整改销号"
    c = _one("“请县城管局按照整改要求,尽快销号。”")
    assert c.task == "整改销号"
    assert _one("请县城管局按照职责分工,立即整改。").task == "整改"


# ---- collective actors ---------------------------------------------------------

def test_generic_group_is_no_actor_nor_part_of_the_task():
    c = _one("有关部门要在年底前完成城东片区征收。")
    assert c.actors == () and c.task == "城东片区征收"
    c = _one("各县区要在3月底前全面完成摸底排查工作。")
    assert c.actors == () and c.task == "摸底排查"


def test_yaoqiu_to_a_generic_group_is_a_directive_without_actor():
    # 要求各乡镇于…前完成X: a directive (要求 opening the sentence); the group is no actor
    c = _one("要求各乡镇于4月底前完成农村危房排查。")
    assert c.actors == () and c.task == "农村危房排查" and deadline(c) == ("4月底前", "2024-04-30")


# ---- pledges in the first person -------------------------------------------------

def test_first_person_pledge_resolves_to_the_unit_of_the_title():
    cs = _cs("南湖区城管局公开承诺事项\n我局郑重承诺,年内新建公共停车场4处。\n我局承诺,8月底前完成北岸路改造。\n")
    assert [(c.task, _roles(c), deadline(c)[1]) for c in cs] == [
        ("新建公共停车场", [("南湖区城管局", "responsible")], "2024-12-31"),
        ("北岸路改造", [("南湖区城管局", "responsible")], "2024-08-31")]
    assert targets(cs[0]) == [("公共停车场", "=", 4.0, "处")]


def test_first_person_pledge_without_a_known_unit_names_no_actor():
    # 我单位 with no unit named: no actor, and 我单位郑重承诺 is no task
    c = _one("我单位郑重承诺,年内新建公共停车场4处。")
    assert c.actors == () and c.task == "新建公共停车场"


# ---- labels before a task ------------------------------------------------------------

def test_label_before_the_task_is_cut():
    c = _one("整改措施:加强河道日常巡查。责任单位:县环保局。整改时限:2024年6月底前。")
    assert c.task == "河道日常巡查" and _roles(c) == [("县环保局", "responsible")]
    assert deadline(c)[1] == "2024-06-30"
    c = _one("我局承诺:2024年12月底前完成北岸路改造。")
    assert c.task == "北岸路改造"


# ---- amounts of money ------------------------------------------------------------------

def test_money_paid_or_raised_is_a_target_and_leaves_the_name():
    c = _one("县财政局要于8月15日前拨付配套资金600万元。")
    assert targets(c) == [("配套资金", "=", 600.0, "万元")] and c.task == "拨付配套资金"
    c = _one("县发改局要争取上级专项资金2亿元。")
    assert targets(c) == [("上级专项资金", "=", 2.0, "亿元")] and c.task == "上级专项资金"


# ---- task names of supervision notices and task lists ----------------------------------

def test_units_worked_with_are_no_part_of_the_task():
    c = _one("县城管局要会同县财政局于6月底前完成背街小巷改造资金拨付。")
    assert _roles(c) == [("县城管局", "responsible"), ("县财政局", "assist")] and c.task == "背街小巷改造资金拨付"


def test_numbered_work_then_its_unit_and_date():
    # 1.X工程。Y负责,…前完工: the item names the work the next sentence assigns
    c = _one("1.北岸路改造工程。县住建局负责,2024年9月底前完工。")
    assert c.task == "北岸路改造工程" and _roles(c) == [("县住建局", "responsible")]
    c = _one("(二)北岸路改造工程。县住建局负责实施,县财政局配合,9月底前完工。")
    assert c.task == "北岸路改造工程"


def test_work_with_a_condition_before_it_is_the_topic():
    # 对进度滞后的X工程,责成Y…: the work, not the condition
    c = _one("对进度滞后的北岸路改造工程,责成县住建局限期整改,于5月底前完成。")
    assert c.task == "北岸路改造工程" and _roles(c) == [("县住建局", "responsible")]


def test_hard_push_on_a_named_work_keeps_the_work():
    # 抓紧完成X is what is due, not a method
    cs = _cs("1.县交通局要抓紧完成南环路征地拆迁,6月底前开工建设。")
    assert cs[0].task == "南环路征地拆迁"


# ---- meeting minutes -----------------------------------------------------------------------

def test_minutes_plan_put_forward_and_approved():
    c = _one("西坪县人民政府常务会议纪要\n经研究,会议议定如下:同意县住建局提出的城西片区改造方案,由县住建局按程序组织实施,县财政局做好资金保障。\n")
    assert c.task == "城西片区改造方案"
    c = _one("西坪县人民政府常务会议纪要\n一、关于城西片区改造问题。会议同意县住建局提出的改造方案,由县住建局按程序组织实施,年底前完成。\n")
    assert c.task == "城西片区改造" and deadline(c)[1] == "2024-12-31"


def test_decision_label_is_no_topic():
    c = _one("西坪县人民政府专题会议纪要\n会议决定:由县交通局牵头,县住建局配合,10月底前完成南环路改造。\n")
    assert _roles(c) == [("县交通局", "lead"), ("县住建局", "assist")] and c.task == "南环路改造"


def test_supervising_unit_is_no_part_of_the_task():
    c = _one("区审计局要督促被审计单位于9月底前完成审计查出问题整改。")
    assert _roles(c) == [("区审计局", "responsible")] and c.task == "审计查出问题整改"


def test_numbered_problem_label_is_cut():
    c = _one("问题2:北岸污水泵站异味扰民。整改时限:2024年6月底。责任单位:县住建局。整改进展:已完成整改。")
    assert c.task == "北岸污水泵站异味扰民" and c.progress.status == "done"


# ---- a unit or a work before a colon, in a list of tasks ------------------------------------

def test_unit_before_a_colon_is_responsible():
    c = _one("县交通局:年内完成农村公路建设120公里。")
    assert _roles(c) == [("县交通局", "responsible")] and c.task == "农村公路建设"
    assert targets(c) == [("农村公路建设", "=", 120.0, "公里")]
    c = _one("县住建局:负责北岸路改造,6月底前完成。")
    assert _roles(c) == [("县住建局", "responsible")] and c.task == "北岸路改造"


def test_work_before_a_colon_is_the_topic():
    c = _one("南坪物流园项目:县发改局牵头,年底前开工。")
    assert _roles(c) == [("县发改局", "lead")] and c.task == "南坪物流园项目"


# ---- stages of a housing programme --------------------------------------------------------

def test_stages_counted_in_a_directive_are_targets_not_progress():
    c = _one("县住建局要确保全年新开工公租房600套,基本建成400套。")
    assert targets(c) == [("公租房", "=", 600.0, "套"), ("基本建成", "=", 400.0, "套")]
    assert c.progress is None


def test_numbered_measures_inside_a_labelled_item_are_one_item():
    # 整改措施:1.…;2.… is the item's list of measures, not two items
    [c] = _cs("(三)南坡垃圾站渗滤液问题。责任单位:县城管局。整改措施:1.建设渗滤液处理站;2.加强日常监测。整改时限:2024年底。")
    assert c.task == "南坡垃圾站渗滤液问题" and deadline(c)[1] == "2024-12-31"


# ---- speeches ----------------------------------------------------------------------------

def test_leader_who_heads_it_personally_leads():
    # X要亲自挂帅: lead, a role only (the task is the clause with the date)
    c = _one("李四同志要亲自挂帅,县住建局要具体抓好落实,确保年底前完成北岸片区征迁。")
    assert _roles(c) == [("李四", "lead"), ("县住建局", "responsible")] and c.task == "北岸片区征迁"


def test_hope_names_the_unit_asked():
    c = _one("希望县水务局加快北岸泵站改造进度,确保汛期前投入使用。")
    assert _roles(c) == [("县水务局", "responsible")] and c.task == "北岸泵站改造"


def test_first_responsible_person():
    c = _one("县住建局局长赵六为第一责任人,确保北岸路改造9月底前完工。")
    assert [(a.name, a.role, a.post) for a in c.actors] == [("赵六", "responsible", "县住建局局长")]


def test_items_of_a_lead_in_that_will_do_them_are_directives():
    # 我们将重点抓好三项工作:一是…;二是…: each dated item is a commitment (我们 names no actor)
    cs = _cs("下一步,我们将重点抓好三项工作:一是年内完成北岸路改造;二是10月底前建成南湖公园。")
    assert [(c.task, deadline(c)[1], c.actors) for c in cs] == [
        ("北岸路改造", "2024-12-31", ()), ("建成南湖公园", "2024-10-31", ())]


def test_bare_completion_takes_the_work_of_the_clause_before():
    c = _one("今年县里确定实施的15件民生实事,要在年底前全部完成。")
    assert c.task == "15件民生实事" and targets(c) == [("民生实事", "=", 15.0, "件")]


# ---- supervision notices -------------------------------------------------------------------

def test_unit_that_only_assists_joins_the_task_before():
    c = _one("请县水务局于5月底前完成北岸泵站征地和开工准备。县自然资源局要积极配合。")
    assert _roles(c) == [("县水务局", "responsible"), ("县自然资源局", "assist")]
    # two steps with their own terms are two commitments (rx25); the assisting unit joins the last
    cs = _cs("请县水务局于5月底前完成北岸泵站征地,6月底前开工建设。县自然资源局要积极配合。")
    assert [(c.task, deadline(c)[1]) for c in cs] == [("北岸泵站征地", "2024-05-31"), ("北岸泵站开工建设", "2024-06-30")]
    assert _roles(cs[-1]) == [("县水务局", "responsible"), ("县自然资源局", "assist")]


def test_quota_stated_before_names_the_work_of_the_directive():
    # X任务为…,目前已…。Y要加快进度,确保…前全面完成: the work is X
    cs = _cs("南湖区公共停车场建设任务为新建停车泊位1500个,目前已建成900个,完成60%。区城管局要加快进度,确保10月底前全面完成。")
    c = cs[-1]
    assert c.task == "南湖区公共停车场建设" and _roles(c) == [("区城管局", "responsible")]
    assert deadline(c)[1] == "2024-10-31"


# ---- more directive frames -------------------------------------------------------------

def test_frame_before_you_is_no_topic():
    c = _one("明确由县住建局负责,于6月底前完成北岸路改造。")
    assert _roles(c) == [("县住建局", "responsible")] and c.task == "北岸路改造"


def test_assigned_with_zhiding_and_jiaoyou():
    c = _one("会议指定县住建局负责北岸路改造,9月底前完工。")
    assert _roles(c) == [("县住建局", "responsible")] and c.task == "北岸路改造"
    c = _one("此事交县信访局牵头办理,10日内答复群众。")
    assert _roles(c) == [("县信访局", "lead")]


def test_responsible_body_label():
    c = _one("县住建局为责任主体,确保年底前完成老旧小区改造25个。")
    assert _roles(c) == [("县住建局", "responsible")] and c.task == "老旧小区改造"


def test_pooling_money_names_the_money():
    c = _one("2.县财政局要统筹安排资金2500万元,确保项目顺利实施。")
    assert c.task == "安排资金" and targets(c) == [("资金", "=", 2500.0, "万元")]


def test_numbered_items_under_a_units_pledge_title_are_its_pledges():
    cs = _cs("南湖区住建局关于2024年城建重点工作的公开承诺\n1.年内完成北岸路改造。\n2.10月底前建成南湖公园。\n")
    assert [(c.task, _roles(c), deadline(c)[1]) for c in cs] == [
        ("北岸路改造", [("南湖区住建局", "responsible")], "2024-12-31"),
        ("建成南湖公园", [("南湖区住建局", "responsible")], "2024-10-31")]


# ---- rectification and task lists, continued ---------------------------------------------

def test_problem_raised_by_whom_is_cut_from_the_task():
    c = _one("针对群众反映的北岸菜市场脏乱差问题,县市场监管局要立即组织整治,3月底前整改到位。")
    assert c.task == "北岸菜市场脏乱差" and _roles(c) == [("县市场监管局", "responsible")]


def test_fuze_opening_the_task_is_cut():
    c = _one("县住建局牵头,县财政局配合,负责北岸路改造,2024年底前完工。")
    assert c.task == "北岸路改造" and _roles(c) == [("县住建局", "lead"), ("县财政局", "assist")]


def test_unit_opening_a_measure_is_responsible():
    c = _one("南湖县审计整改情况报告\n二、存在的问题及整改措施\n(一)北岸路改造进度滞后。整改措施:县住建局要倒排工期,确保9月底前完工。\n")
    assert _roles(c) == [("县住建局", "responsible")] and deadline(c)[1] == "2024-09-30"


def test_unit_colon_heads_its_items():
    cs = _cs("县水利局:一是6月底前完成南湖水库除险加固;二是年内新建农村饮水工程6处。")
    assert [(c.task, _roles(c), deadline(c)[1]) for c in cs] == [
        ("南湖水库除险加固", [("县水利局", "responsible")], "2024-06-30"),
        ("新建农村饮水工程", [("县水利局", "responsible")], "2024-12-31")]


# ---- leaders and units named in full ------------------------------------------------------

def test_leader_at_the_front_leads():
    c = _one("分管副县长王五要靠前指挥,县住建局要全力推进,确保北岸片区征迁6月底前完成。")
    assert _roles(c) == [("王五", "lead"), ("县住建局", "responsible")]


def test_unit_working_with_another_then_the_task():
    c = _one("县文化和旅游局会同县财政局,于8月底前完成旅游厕所改造12座。")
    assert _roles(c) == [("县文化和旅游局", "responsible"), ("县财政局", "assist")] and c.task == "旅游厕所改造"


def test_generic_group_with_brackets_and_a_long_metric():
    assert _one("各乡镇(街道)要于5月底前完成农村人居环境整治。").task == "农村人居环境整治"
    c = _one("县卫健局及各乡镇卫生院要在年内完成家庭医生签约率达到75%。")
    assert targets(c) == [("家庭医生签约率", ">=", 75.0, "%")] and _roles(c) == [("县卫健局", "responsible")]


def test_zeling_names_the_unit():
    c = _one("责令县城管局限期整改,于6月15日前将整改情况报县政府督查室。")
    assert _roles(c) == [("县城管局", "responsible")] and deadline(c)[1] == "2024-06-15"


def test_clause_only_working_with_is_roles_only():
    c = _one("请县住建局牵头,会同县财政局、县林业局,于6月底前研究提出北岸片区改造方案,报县政府审定。")
    assert _roles(c) == [("县住建局", "lead"), ("县财政局", "assist"), ("县林业局", "assist")]
    assert c.task == "研究提出北岸片区改造方案"


def test_asked_to_follow_procedure_names_the_unit():
    c = _one("会议原则同意《南湖县背街小巷改造实施方案》,请县住建局按程序报县委常委会审定后印发实施。")
    assert _roles(c) == [("县住建局", "responsible")]


def test_status_after_the_work_leaves_its_name():
    c = _one("县住建局:北岸路改造工程已完成投资6000万元,占年度计划的75%,预计9月底前完工。")
    assert c.task == "北岸路改造工程" and c.progress.status == "on_track"


def test_asked_it_is_no_part_of_the_task():
    c = _one("对排名靠后的县交通局,由县政府督查室进行约谈,并责令其于7月底前完成整改。")
    assert c.task == "整改" and deadline(c)[1] == "2024-07-31"


# ---- pledges made with a colon ---------------------------------------------------------------

def test_pledge_lead_in_gives_its_person_to_the_pledge():
    c = _one("南坪镇党委书记李四公开承诺:年内完成镇区污水管网改造,新建村级活动场所4个。")
    assert _roles(c) == [("李四", "responsible")] and c.task == "镇区污水管网改造"
    assert targets(c) == [("村级活动场所", "=", 4.0, "个")] and deadline(c)[1] == "2024-12-31"


def test_pledging_unit_is_no_part_of_the_task():
    c = _one("县交通局郑重承诺:确保南环路年底前建成通车,全年完成交通投资6亿元。")
    assert _roles(c) == [("县交通局", "responsible")] and c.task == "南环路建成通车"
    assert _one("本单位承诺在2024年底前完成全部整改任务。").task == "整改"


def test_sentence_only_dating_the_task_above_gives_its_deadline():
    c = _one("(四)新建南湖小学。县教育局牵头,县住建局配合。2024年8月底前投入使用。")
    assert _roles(c) == [("县教育局", "lead"), ("县住建局", "assist")] and deadline(c)[1] == "2024-08-31"


def test_unit_with_its_date_and_completion_without_a_modal():
    c = _one("县住建局于2024年6月底前完成北岸路改造。")
    assert _roles(c) == [("县住建局", "responsible")] and c.task == "北岸路改造"
    c = _one("1.县交通局于9月底前建成南环路。")
    assert _roles(c) == [("县交通局", "responsible")] and c.task == "建成南环路"
