"""Meeting minutes (会议纪要, 常务会议, 办公会, 专题会议, 推进会 records) and
speeches: sentences composed in the genres' phrasing (invented places, units
and people), each checking one rule."""
from __future__ import annotations

import kg  # noqa: F401
from kg.extract.actors import find_actors

from extract_helpers import ORG, PERSON, actors as _actors, commitments_of, deadline as _deadline


def _cs(text, date="2024-03-12"):
    return commitments_of(text, date, source="m.txt")


def _roles(clause):
    return [(a.name, a.role) for a in find_actors(clause).actors]


# ---- words that only look like roles ---------------------------------------

def test_attendance_is_no_role():
    # 负责人 / 负责同志 name a post: who attended or reported, not who is responsible
    assert _roles("区城管局和区司法局的负责人列席了本次会议") == []
    assert _roles("县民政局、县教育局等单位负责同志汇报了明年工作打算") == []
    assert _cs("3月5日,县长王明召集县长办公会,县发改局、县住建局等部门主要负责人到会。") == ()


# ---- role frames of minutes ------------------------------------------------

def test_by_procedure_and_time_before_modal():
    assert _roles("由东湖区住建局按程序组织实施") == [("东湖区住建局", "responsible")]
    # a date between the subject and its modal: 城南指挥部11月20日前要完成拆迁
    assert _roles("城南片区项目部11月20日前要完成拆迁") == [("城南片区项目部", "responsible")]
    # 要进行全力配合: the role is 配合
    assert _roles("县卫健局要进行全力配合") == [("县卫健局", "assist")]


def test_leading_group_heads_lead():
    # 组长 and 副组长 both lead; members are no actors
    assert _roles("成立以县长王五为组长、副县长赵六为副组长的工作领导小组") == [("王五", "lead"), ("赵六", "lead")]
    assert _roles("常务副县长孙明任组长") == [("孙明", "lead")]
    assert _roles("县直相关部门为成员单位") == []


# ---- decisions of the meeting ----------------------------------------------

_MINUTES = """东湖区人民政府第5次常务会议纪要
3月12日,区长王明主持召开区政府常务会议,现将会议议定事项纪要如下:
一、会议研究了《东湖区关于开展“河湖清理月”行动的工作方案》。
会议认为,开展河湖清理月行动十分必要。会议同意区水务局提交的《东湖区关于开展“河湖清理月”行动的工作方案》,经修改完善后报区委常委会审定。
二、关于城南路改造的问题
会议原则同意区住建局提出的改造方案。由区住建局按程序组织实施,区财政局配合,6月底前开工。
三、会议原则通过了《东湖区老旧小区改造实施方案》。会议指出,老旧小区改造很有必要。会议强调,要细化完善居民出资标准,统筹推进管网改造。
四、会议原则同意《东湖区防汛应急预案》。会议要求,要按照预案要求,抓实抓细防汛各项工作。
五、会议原则同意启动实施城北污水处理厂扩建项目。会议要求,要优化审批服务,力促项目尽快开工。
"""


def test_minutes_decisions_with_what_follows():
    cs = _cs(_MINUTES)
    assert len(cs) == 4, [c.task for c in cs]
    plan, road, estates, plant = cs
    # 会议同意X提交的《…》,经修改完善后报…审定: the drafting unit is no actor
    assert plan.task == "“河湖清理月”行动的工作方案修改完善后报区委常委会审定"
    assert plan.actors == ()
    # 一、关于X的问题 names the task; 由X按程序组织实施, Y配合
    assert road.task == "城南路改造"
    assert _actors(road) == [("区住建局", ORG, "responsible"), ("区财政局", ORG, "assist")]
    assert _deadline(road) == ("6月底前", "2024-06-30")
    assert any("会议原则同意区住建局提出的改造方案" in e.text for e in road.evidence)
    # 会议原则通过了《X》。…会议强调,要…: the directive after the decision (会议指出,…很有必要 is none)
    assert estates.task.startswith("老旧小区改造实施方案:")
    assert any("细化完善居民出资标准" in e.text for e in estates.evidence)
    assert not any("很有必要" in e.text for e in estates.evidence)
    # 会议原则同意启动实施X项目。…尽快开工
    assert _deadline(plant) == ("尽快", None)
    assert any("城北污水处理厂扩建项目" in e.text for e in plant.evidence)
    # 四: a call to do 防汛各项工作 is no follow-up


def test_frame_clause_is_no_task():
    [c] = _cs("会议要求,县交通局要在4月底前完成城西大道绿化提升。")
    assert c.task != "会议要求" and "绿化提升" in c.task
    [c] = _cs("赵强要求,县水务局要在5月底前完成东河堤防加固。")
    assert "堤防加固" in c.task


# ---- speeches: items and their actor -----------------------------------------

def test_items_take_the_actor_of_their_lead_in():
    cs = _cs("会议要求,县水务局要抓好三项工作:一是6月底前完成东河堤防加固;二是加强河道日常巡查;三是年底前建成应急调度平台。")
    assert [c.task for c in cs] == ["东河堤防加固", "河道日常巡查", "建成应急调度平台"]
    assert {tuple(_actors(c)) for c in cs} == {(("县水务局", ORG, "responsible"),)}
    assert [_deadline(c) for c in cs] == [("6月底前", "2024-06-30"), None, ("年底前", "2024-12-31")]


def test_asked_items_are_directives():
    # 李明要求:…: the items are what is asked, though they have no 要 of their own
    cs = _cs("李明要求:一是加快推进城北安置房建设;二是9月底前完成城南路改造。")
    # a work named by its own name urged on in a leader's words is a commitment of its own (rx53)
    assert [_deadline(c) for c in cs] == [None, ("9月底前", "2024-09-30")] and cs[0].task == "城北安置房"


def test_unit_in_a_run_of_assignments_without_modal():
    # 农业局要…,财政局要…,资规局优化好…: each unit its own commitment
    cs = _cs("会议强调,县农业局要加强项目监管,县财政局要加强资金保障,县资规局做好项目用地报批。")
    assert [_actors(c) for c in cs] == [[("县农业局", ORG, "responsible")], [("县财政局", ORG, "responsible")],
                                        [("县资规局", ORG, "responsible")]]
    assert _roles("各乡镇做好摸排") == []


def test_lead_assist_deadline_and_amount_of_work():
    # 由X牵头,Y、Z配合,在…前完成A、B项目N亩供地工作 (a 党校 is a unit)
    [c] = _cs("张强要求,由县发展改革局牵头,县委党校、县规划局配合,10月底前完成城西便民中心、县职教中心项目24.5亩供地工作。")
    assert _actors(c) == [("县发展改革局", ORG, "lead"), ("县委党校", ORG, "assist"), ("县规划局", ORG, "assist")]
    assert _deadline(c) == ("10月底前", "2024-10-31")
    assert [(t.value, t.unit) for t in c.targets] == [(24.5, "亩")]
    [c] = _cs("会议要求,县交通局负责,各乡镇配合,3月底前高标准完成80公里示范路段绿化任务。")
    assert [(t.value, t.unit) for t in c.targets] == [(80, "公里")]


def test_unit_that_carries_a_task():
    # X承担的Y任务,要…: X is responsible; each unit after it its own commitment
    cs = _cs("城西片区指挥部承担的拆迁任务,要于11月底前完成拆迁,城东片区指挥部11月25日前要完成拆迁。")
    assert [_actors(c) for c in cs] == [[("城西片区指挥部", ORG, "responsible")], [("城东片区指挥部", ORG, "responsible")]]


def test_labels_supervised_units_and_leaders():
    # 承建单位为X (the label before the unit)
    assert _roles("承建单位为城投集团") == [("城投集团", "responsible")]
    # X牵头负责,督促指导甲镇、乙镇和项目方: the towns do the work (项目方 is a generic party)
    assert _roles("区重点办要牵头负责,督促指导甲镇、乙镇和项目方") == [
        ("区重点办", "lead"), ("甲镇", "responsible"), ("乙镇", "responsible")]
    assert _roles("区督查室要督促各部门") == [("区督查室", "responsible")]
    # the unit's leaders stand for it
    assert _roles("县卫健局班子成员要深刻认识基层医疗工作的重要性") == [("县卫健局", "responsible")]


def test_completion_words_of_speeches():
    # 确保今年成功创建…示范县, 确保…年内动工
    cs = _cs("要加强资金保障,确保今年成功创建全省美丽乡村示范县。最后要加快进场道路设计,确保东湖水库年内动工。")
    assert [_deadline(c) for c in cs] == [("今年", "2024-12-31"), ("年内", "2024-12-31")]


# ---- task names of the genre -------------------------------------------------

def test_what_is_due_names_a_task_told_only_how():
    # 加大工作力度 / 成立专班 tell how; the clause with the date tells what
    [c] = _cs("会议要求,要成立专班,细化整改措施,确保6月底完成全部审计整改任务。")
    assert c.task == "审计整改"
    [c] = _cs("县卫健局班子成员要深刻认识基层医疗工作的重要性,两年以内村卫生室要全部达到标准化水平。")
    assert c.task == "村卫生室达到标准化水平"
    [c] = _cs("为顺利完成年度土地处置任务,由县发改局牵头,在9月底前完成城西便民中心项目供地工作。")
    assert c.task == "城西便民中心项目供地"


def test_leading_group_is_the_task():
    [c] = _cs("成立以县长王五为组长、副县长赵六为副组长,县直相关部门主要负责人为成员的城区改造工作领导小组。")
    assert c.task == "城区改造工作领导小组"
    assert _actors(c) == [("王五", PERSON, "lead"), ("赵六", PERSON, "lead")]


def test_report_heard_names_the_paragraph_topic():
    text = ("东湖区住建局局长办公会纪要\n"
            "会议听取了关于老城区燃气管网改造情况的汇报。会议认为,这项改造关系群众用气安全。"
            "会议强调,要加强督导调度,确保9月底完工率大幅提升。\n")
    [c] = _cs(text)
    assert c.task == "老城区燃气管网改造"


def test_news_headline_is_no_section_work():
    text = "县长王明调研重点水利工程\n王明要求,要加快进场道路设计,确保东湖水库年内动工。\n"
    [c] = _cs(text)
    assert "调研" not in c.task


# ---- first person in a unit's statement ---------------------------------------

_STATEMENT = """在全区城建工作会议上的表态发言
东湖区住建局局长 张明
各位领导、同志们:
今年,我局将重点抓好三项工作。一是年底前完成老旧小区改造12个;二是我们要在9月底前建成城南公园。
"""


def test_first_person_is_the_speakers_unit():
    cs = _cs(_STATEMENT)
    assert [c.task for c in cs] == ["老旧小区改造", "建成城南公园"]
    assert {tuple(_actors(c)) for c in cs} == {(("东湖区住建局", ORG, "responsible"),)}


def test_first_person_without_a_unit_is_no_actor():
    # a district head's speech: 我们 / 我区 are the audience and the place, not an actor
    cs = _cs("在全区经济工作会议上的讲话\n区长 王明\n我们要在9月底前建成城南公园。我局将加强管理。\n")
    assert [_actors(c) for c in cs] == [[]]


def test_assisting_and_supervised_units_join_the_task():
    # 承建单位为X,…,Y要进行全力配合: one commitment, Y assists
    [c] = _cs("会议要求,城南学校的承建单位为城投集团,施工期间,区卫健局要进行全力配合,抓好协调服务。")
    assert _actors(c) == [("城投集团", ORG, "responsible"), ("区卫健局", ORG, "assist")]
    assert "配合" not in c.task
    # X要牵头负责,督促指导甲镇、乙镇…,确保春节放假前落实到位: one commitment
    [c] = _cs("区重点办要牵头负责,督促指导东湖镇、西山镇和项目方,提前做好场地准备,确保春节放假前全部准备就绪。",
              date="2015-01-19")
    assert _actors(c) == [("区重点办", ORG, "lead"), ("东湖镇", ORG, "responsible"), ("西山镇", ORG, "responsible")]
    assert _deadline(c) == ("春节放假前", "2015-02-17")


_OFFICE_MEETING = """东湖区人民政府区长办公会议纪要
5月10日,区长王明主持召开区长办公会议,研究城建工作有关事项。现将会议议定事项纪要如下:
一、关于城北片区棚户区改造的问题
会议认为,城北片区改造是今年的重点民生工程。会议明确,原则同意区住建局提出的征收补偿方案。该项工作由副区长李强同志牵头负责,区住建局具体实施,区财政局、城北街道配合,确保9月底前完成征收签约。
二、关于老旧小区加装电梯的问题
会议议定:1.区住建局牵头会同区市场监管局制定加装电梯补助办法,6月底前报区政府审定;2.各街道要做好居民协调工作;3.由区城投公司负责加装电梯项目的融资,区发改局配合。
三、关于城区停车场建设的问题
会议要求,区城管局要在下周内提出停车场选址方案,会前征求各街道意见。
"""


def test_office_meeting_sections_and_decisions():
    cs = _cs(_OFFICE_MEETING, date="2024-05-10")
    assert [c.task for c in cs][0] == "城北片区棚户区改造"  # the section's topic
    assert [_actors(c) for c in cs] == [
        [("李强", PERSON, "lead"), ("区住建局", ORG, "responsible"), ("区财政局", ORG, "assist"), ("城北街道", ORG, "assist")],
        [("区住建局", ORG, "lead"), ("区市场监管局", ORG, "assist")],  # X牵头会同Y
        [("区城投公司", ORG, "responsible"), ("区发改局", ORG, "assist")],  # 由X负责…,Y配合 (各街道: generic, none)
        [("区城管局", ORG, "responsible")]]
    assert [_deadline(c) for c in cs] == [("9月底前", "2024-09-30"), ("6月底前", "2024-06-30"), None,
                                          ("下周内", "2024-05-19")]
    assert any("原则同意区住建局提出的征收补偿方案" in e.text for e in cs[0].evidence)


def test_by_x_together_with_y():
    # 由X会同Y… / 请X会同各镇…: X responsible, Y assists (各镇: generic)
    assert _roles("由区发改局会同区财政局研究提出方案") == [("区发改局", "responsible"), ("区财政局", "assist")]
    assert _roles("请区农业农村局会同各镇于本月底前完成摸排") == [("区农业农村局", "responsible")]


def test_groups_of_a_named_command_and_next_content():
    # 县防汛指挥部各工作组: one actor, as written; 提高站位、压实责任 tell how, the next clause what
    [c] = _cs("会议指出,县防汛指挥部各工作组要提高站位、压实责任,实施重点堤段分段巡查,确保安全度汛。")
    assert _actors(c) == [("县防汛指挥部各工作组", ORG, "responsible")]
    assert c.task == "重点堤段分段巡查"
    assert _roles("领导小组各成员单位要按职责分工抓好落实") == []  # members are no actors


def test_labelled_items_under_a_minutes_section_stay_with_the_item_reader():
    cs = _cs("东湖区政府专题会议纪要\n一、关于城南路改造的问题\n"
             "城南路改造工程。牵头单位:区住建局;配合单位:区财政局;完成时限:2024年10月底前。\n")
    assert [(c.task, _actors(c), _deadline(c)) for c in cs] == [
        ("城南路改造工程", [("区住建局", ORG, "lead"), ("区财政局", ORG, "assist")], ("2024年10月底前", "2024-10-31"))]


_EXECUTIVE = """西山县人民政府常务会议纪要
6月3日,县长李明主持召开县政府第7次常务会议,现将会议研究确定的事项纪要如下:
一、关于今年二季度部门预算调整相关事项
会议原则同意县财政部门关于二季度部门预算调整的意见,会后修改完善后提交县人大常委会审议。
二、关于美丽乡村建设相关事项
(一)会议原则同意县农业农村局提出的全县美丽乡村现场会筹备方案,开会日期另定。由县乡村振兴局、县农业农村局组织对示范村建设进行验收,7月底前完成。
(二)会议原则同意县发改局关于组建县粮食安全工作专班的意见,会后以县政府办文件印发。
"""


def test_decisions_without_a_title():
    cs = _cs(_EXECUTIVE, date="2024-06-03")
    budget, villages, group = cs
    # 同意X关于Y的意见,会后修改完善后提交…: Y and what is to follow name it, under the heading too (rx21);
    # its 二季度 is no deadline
    assert budget.task == "部门预算调整修改完善后提交县人大常委会审议"
    assert budget.deadline is None and budget.actors == ()
    # …开会日期另定。由A、B组织对…进行验收,7月底前完成: the decision needs no 要
    assert _actors(villages) == [("县乡村振兴局", ORG, "responsible"), ("县农业农村局", ORG, "responsible")]
    assert _deadline(villages) == ("7月底前", "2024-07-31")
    assert group.task == "组建县粮食安全工作专班以县政府办文件印发"  # (会后: when, no part of the task)


def test_item_due_at_once():
    # 一是…,会后立即做好X申报工作: kept with its vague deadline; X申报 is the task
    cs = _cs("王芳强调,各区县务必抓细抓实。一是做好项目谋划工作,按照省厅要求,会后立即做好第二批保障房补助资金申报工作。"
             "二是做好迎检工作,加强现场管理。")
    assert [(c.task, _deadline(c)) for c in cs] == [("第二批保障房补助资金申报", ("会后立即", None))]


def test_item_naming_a_work_to_be_finished():
    # 一是要加快X工程建设进度,…,确保按期建成并投入使用: kept without actor or date
    cs = _cs("张华在现场提出三点意见:一是要加快城西污水处理厂工程建设进度,倒排工期,确保如期建成投用。"
             "二是要抓好安全生产宣传。")
    assert len(cs) == 1 and "城西污水处理厂工程" in cs[0].evidence[0].text


def test_group_named_after_its_head():
    [c] = _cs("南湖区城市管理工作调度会纪要\n会议决定,成立以常务副区长陈刚为组长的城市精细化管理领导小组,领导小组办公室设在区城管局。\n")
    assert (c.task, _actors(c)) == ("城市精细化管理领导小组", [("陈刚", PERSON, "lead")])
