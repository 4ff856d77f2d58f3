"""Minutes, leaders' speeches and task-breakdown plans read from fresh real pages (session 8, rx11).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev, roles as _roles


def _recs(text: str, date: str = "2024-03-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- task-breakdown plans -----------------------------------------------------------------

LEADER_LINES = ("东湖区2024年重点工作责任分解\n\n"
                "1.城南路拓宽工程年内建成通车。\n\n"
                "牵头负责领导:张三。\n\n"
                "牵头责任单位:区住建局。\n\n"
                "协同责任单位:区财政局、区城管局。\n\n"
                "2.新建城北公园一座。\n\n"
                "牵头负责领导:李四。\n\n"
                "牵头责任单位:区园林局。\n")


def test_breakdown_leader_and_joint_unit_labels():
    recs = _recs(LEADER_LINES)
    assert len(recs) == 2, [c.task for c in recs]
    road = next(c for c in recs if "城南路" in c.task)
    assert _roles(road) == {("区城管局", "assist"), ("区住建局", "lead"), ("区财政局", "assist"), ("张三", "lead")}
    park = next(c for c in recs if "城北公园" in c.task)
    assert _roles(park) == {("区园林局", "lead"), ("李四", "lead")}


FLAT = ("各街道,区直各部门: 今年的责任分解如下,请各单位抓好落实。 东湖区人民政府办公室 2024年3月1日 "
        "一、张三区长牵头重点工作 1.新建城南路停车场2处。 责任单位:区住建局(首位为牵头单位,其余配合)、区财政局 "
        "2.完成老旧小区改造30个。 责任单位:区住建局 "
        "二、李四副区长牵头重点工作 1.新增城市绿地10公顷。 责任单位:区园林局、区城管局\n")


def test_breakdown_flattened_sections_give_their_leader_and_first_unit_leads():
    recs = _recs(FLAT)
    park = next(c for c in recs if "停车场" in c.task)
    assert _roles(park) == {("区住建局", "lead"), ("区财政局", "responsible"), ("张三", "lead")}, _roles(park)
    assert not _ev(park).startswith("各街道")
    old = next(c for c in recs if "老旧小区" in c.task)
    assert ("张三", "lead") in _roles(old)
    green = next(c for c in recs if "绿地" in c.task)
    assert ("李四", "lead") in _roles(green) and ("张三", "lead") not in _roles(green)


# ---- precision: a phrase opening with a verb of manner is no unit ---------------------------

def test_manner_phrase_is_no_unit():
    recs = _recs("东湖区召开城建工作会议。\n李四副区长说,各街道要把城南路征收当作头等大事,并按照区政府统一部署抓好落实。\n"
                 "区城管局要牵头,认真研究所负责的背街小巷整治任务,拿出推进计划。\n")
    names = {a.name for c in recs for a in c.actors}
    assert not any(n.startswith(("按照", "认真")) for n in names), names


# ---- minutes: a numbered item naming its work, and a lead-in's decided items ----------------

ITEMS = ("东湖区重点项目建设协调会会议纪要\n"
         "3月1日,区住建局主持召开协调会,纪要如下:\n"
         "1、城南小学:已完成选址,会议要求由区教育局负责报批,力争年内开工。\n"
         "2、湖滨酒店项目:会议要求尽快完成用地预审。\n"
         "3、北湖商场项目:会议要求督促业主增加装修人员,确保10月底前开业。\n")


def test_minutes_item_names_its_work_from_what_the_meeting_asks():
    recs = _recs(ITEMS)
    school = next(c for c in recs if "城南小学" in c.task)
    assert school.task == "城南小学开工" and school.deadline.date == "2024-12-31"
    assert _roles(school) == {("区教育局", "responsible")}
    assert "选址" not in _ev(school)
    hotel = next(c for c in recs if "湖滨酒店" in c.task)
    assert hotel.task == "湖滨酒店项目用地预审"  # (完成 after the work's name leaves it, rx26)
    mall = next(c for c in recs if "北湖商场" in c.task)
    assert mall.deadline.date == "2024-10-31" and mall.task == "北湖商场项目开业"


DECIDED = ("东湖区城南水库加固工程约谈会议纪要\n"
           "3月1日,工程指挥部约谈施工单位,纪要如下:\n"
           "会议决定:\n"
           "⑴监理单位每周向指挥部报送一次施工进度。\n"
           "⑵施工单位每天延长作业两小时,抢回滞后工期。\n"
           "⑶监理单位每\n")


def test_minutes_lead_in_decided_items_each_one_commitment():
    recs = _recs(DECIDED)
    assert len(recs) == 2, [c.task for c in recs]
    assert all(not c.task.startswith(("⑴", "⑵")) for c in recs)


# ---- speeches: units named in a clause of their own, and a kind of thing with a date ----------

SPEECH = ("在全区三季度工作推进会上的讲话\n同志们:\n"
          "一要盯紧全年考核。区委组织部、区督查室,要逐月对照考核清单,向进度落后的街道发出提醒函。"
          "对年底前有望完成的项目,各街道都要抓牢抓实,争取提前完成。\n")


def test_speech_units_named_apart_are_the_subject_of_the_next_clause():
    recs = _recs(SPEECH, "2024-09-01")
    told = [c for c in recs if "提醒函" in _ev(c)]
    assert len(told) == 1 and _roles(told[0]) == {("区委组织部", "responsible"), ("区督查室", "responsible")}


def test_speech_date_of_a_kind_of_thing_is_no_deadline():
    recs = _recs(SPEECH, "2024-09-01")
    assert not any("有望完成" in _ev(c) for c in recs), [c.task for c in recs]


# ---- notices: the adoption of the document sent is background --------------------------------

ADOPTED = ("东湖区人民政府关于印发今年重点任务清单的通知\n"
           "发布机构: 东湖区人民政府(办公室) 主题分类: 计划规划、工作任务分解\n"
           "各街道,区直各部门:\n"
           "《政府工作报告》已在区人代会上审议通过,提出了2024年全区发展的各项目标。"
           "现将工作任务予以分解印发。\n")


def test_notice_document_adopted_is_background():
    recs = _recs(ADOPTED, "2024-02-01")
    assert not any("审议通过" in _ev(c) for c in recs), [(c.task, _ev(c)) for c in recs]


# ---- minutes: the meeting's reasons are no directive; a dated directive after it is one of its own

REASONS = ("东湖区人民政府第12次常务会议纪要\n"
           "3月1日,区长张三主持召开区政府第12次常务会议。"
           "会议审议并原则同意了东湖区2024年城市更新融资方案。会议指出,吸引社会资本参与旧城改造,可以减轻财政负担,确保改造项目按期推进。"
           "会议通过了东湖区户外广告管理办法。要从严审批户外广告设置,建立联审制度。要尽快对全区户外广告进行一次清理,分类处置。\n")


def test_minutes_reasons_no_directive_and_each_dated_directive_its_own():
    recs = _recs(REASONS)
    assert not any("有利于" in _ev(c) for c in recs), [(c.task, _ev(c)) for c in recs]
    assert any("一次清理" in _ev(c) and "从严审批" not in _ev(c) for c in recs), [(c.task, _ev(c)) for c in recs]


# ---- notices: one office's follow-up told in several sentences is one duty --------------------

FOLLOW = ("东湖区今年重点任务清单\n"
          "各街道,区直各部门:\n"
          "三、强化督查。各街道须于每月5日前报送上月进展。区督查室将对各单位全年完成情况进行通报。"
          "各部门须于每季度末报送推进情况。区督查室将根据各单位方案跟踪督查。\n")


def test_office_follow_up_sentences_are_one_duty_and_a_report_period_no_deadline():
    recs = [c for c in _recs(FOLLOW, "2024-03-01") if any(a.name == "区督查室" for a in c.actors)]
    assert len(recs) == 1, [(c.task, _ev(c)) for c in recs]
    assert "通报" in _ev(recs[0]) and "跟踪督查" in _ev(recs[0])
    assert recs[0].deadline is None or recs[0].deadline.date is None


# ---- task names: a weekday and an open aside are no part; the document's implementation is no topic

def test_task_without_weekday_or_open_aside():
    from kg.extract.naming import tidy_task
    assert tidy_task("(星期一)前上报区督考办(地址在区政府三楼") == "上报区督考办"


def test_implementation_of_the_document_is_no_topic():
    recs = _recs("东湖区今年重点任务清单\n各街道,区直各部门:\n"
                 "三、加强督考。围绕《清单》的推进实施,区督考办要强化跟踪督办,按月调度各项任务进展,年底逐一对账。\n")
    told = [c for c in recs if any(a.name == "区督考办" for a in c.actors)]
    assert told and "《清单》" not in told[0].task, [c.task for c in recs]


def test_slogan_words_are_no_deadline():
    recs = _recs("东湖区今年重点任务清单\n各街道,区直各部门:\n"
                 "四、严格督办。区政府办公室将按照“年初定账、每月对账、年底销账”的办法加强跟踪督办,对落实不力的单位予以通报。\n")
    told = [c for c in recs if any(a.name == "区政府办公室" for a in c.actors)]
    assert told and (told[0].deadline is None or told[0].deadline.date is None), [(c.task, c.deadline) for c in recs]


# ---- task plans: a web table whose header and rows ran into one line --------------------------

def test_table_run_into_one_line():
    recs = _recs("东湖区今年重点工作责任分工\n"
                 "序号 重点任务 牵头单位 完成时限 1 新建城东菜市场1个 区商务局 2024年9月底前 2 改造城西排水管网8公里 区水务局 2024年11月底前\n")
    got = sorted((c.task, c.deadline.date, tuple((a.name, a.role) for a in c.actors)) for c in recs)
    assert len(got) == 2, got
    assert got[0][1:] == ("2024-11-30", (("区水务局", "lead"),)) or got[1][1:] == ("2024-11-30", (("区水务局", "lead"),)), got
    assert any("菜市场" in t and d == "2024-09-30" for t, d, _ in got), got


def test_festival_deadline_words_leave_the_task():
    from kg.extract.naming import tidy_task
    assert tidy_task("国庆节前完成背街小巷路灯改造") == "背街小巷路灯改造"
    assert tidy_task("春节慰问困难群众活动") == "春节慰问困难群众活动"


def test_numbered_decision_named_by_its_title_not_the_last_heading():
    recs = _recs("东湖区人民政府第8次常务会议纪要\n3月5日,区长张三主持召开区政府第8次常务会议,纪要如下:\n"
                 "一、关于城中村改造问题\n"
                 "会议强调,要加快推进征收工作,确保8月底前完成签约。\n"
                 "二、会议原则同意区住建局提出的《城东片区开发方案》,由区住建局按程序报区委常委会审议。\n")
    plan = [c for c in recs if "城东片区" in _ev(c)]
    assert plan and "城东片区开发方案" in plan[0].task, [c.task for c in recs]


# ---- speeches: a two-character name before 副县长; a handover due ------------------------------

def test_leader_named_before_his_post_and_a_handover_due():
    recs = _recs("在全县重点项目推进会上的讲话\n同志们:\n"
                 "一、关于城西安置房项目。此项工作由赵六副县长牵头,县住建局具体负责,务必于9月底前完成主体封顶。"
                 "要确保城西安置房项目年底前交房。\n", "2024-03-05")
    first = next(c for c in recs if "封顶" in _ev(c))
    assert ("赵六", "lead") in _roles(first), _roles(first)
    assert any("交房" in _ev(c) and c.deadline and c.deadline.date == "2024-12-31" for c in recs), [(c.task, _ev(c)) for c in recs]


# ---- minutes: what the meeting took up names the work; 由X + a verb of office assigns it -------

TOOK_UP = ("西坪县人民政府常务会议纪要\n4月2日,县长李四主持召开县政府第15次常务会议。纪要如下:\n"
           "四、会议研究了城北夜市占道经营问题,明确由县城管局牵头,各乡镇配合,于7月底前完成集中整治。\n"
           "五、经研究,同意将城西幼儿园扩建项目列入今年政府投资计划,由县发改局下达投资计划。\n")


def test_minutes_topic_taken_up_and_unit_given_a_work_by_you():
    recs = _recs(TOOK_UP, "2024-04-02")
    night = next(c for c in recs if "城北夜市" in _ev(c))
    assert night.task.startswith("城北夜市") and night.deadline.date == "2024-07-31", night.task
    assert ("县城管局", "lead") in _roles(night)
    plan = [c for c in recs if "投资计划" in _ev(c)]
    assert plan and ("县发改局", "responsible") in _roles(plan[0]), [(c.task, _roles(c)) for c in recs]


# ---- news of a meeting: those invited to attend (应邀列席) are told no work ------------------

def test_invited_attendance_is_no_commitment():
    recs = _recs("东湖区政府第5次常务会议\n2月13日,区长张三主持召开区政府第5次常务会议,区领导李四、王五出席会议;"
                 "区政协副主席钱七、区人大常委会副主任赵六应邀列席会议。\n会议研究了城南路改造等事宜。\n", "2024-02-13")
    assert not any("列席" in _ev(c) for c in recs), [(c.task, _ev(c)) for c in recs]
