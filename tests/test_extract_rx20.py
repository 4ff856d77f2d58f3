"""Actions asked for at once with no unit named, and what is no deadline and no progress in them
(session 29, rx20: fitted on meeting reports and minutes of ../shared/eval/genres).

Every sentence here is composed for the test (东湖区, 西山镇, 南岭 …), in the phrasing of the
genre the rule reads; none is copied from a page.
"""
from __future__ import annotations

from extract_helpers import by_task, commitments_of


def _recs(text: str, date: str = "2024-03-12"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- a leader's demands: actions asked for at once, no unit named -----------------------------------

REPORT = ("东湖区召开城中村改造工作推进会\n"
          "3月12日,副区长李明主持召开全区城中村改造工作推进会。区住建局、各街道参加会议。\n"
          "就下步工作,李明要求,尽快编制2024年城中村改造任务清单,分解任务、落实责任;"
          "尽快对已建成的周转房组织验收,全力推进在建回迁房项目建设,加快新开工项目的招标;"
          "进一步拓宽融资渠道,确保工程顺利推进。\n")


def test_each_action_asked_at_once_is_a_commitment_due_soon():
    recs = _recs(REPORT)
    tasks = [c.task for c in recs]
    assert any("任务清单" in t for t in tasks), tasks
    assert any("周转房" in t for t in tasks), tasks
    for c in recs:
        assert c.deadline is not None and c.deadline.text == "尽快", (c.task, c.deadline)
    # the demand with no action due soon (拓宽融资渠道) is no commitment of its own
    assert not any("融资" in t for t in tasks), tasks


def test_the_year_a_plan_is_for_is_no_deadline():
    [plan] = [c for c in _recs(REPORT) if "任务清单" in c.task]
    assert plan.deadline.date is None  # 2024年 names the plan, 尽快 is when it is due


def test_what_was_built_before_and_an_aim_of_going_on_report_no_progress():
    # 已建成的周转房 names what is to be checked; 确保工程顺利推进 is an aim
    for c in _recs(REPORT):
        assert c.progress is None, (c.task, c.progress)


def test_a_demand_without_an_action_due_soon_stays_out():
    text = ("西山镇召开安全生产会议\n"
            "5月8日,镇长王华主持召开安全生产工作会议。王华要求,尽快形成合力,切实提高认识,"
            "进一步压实各方责任。\n")
    assert _recs(text, "2024-05-08") == []


# ---- minutes: the topic names the commitment that carries its work -----------------------------------

MINUTES = ("南岭县人民政府县长办公会议纪要\n"
           "4月2日,县长赵刚主持召开县长办公会议,研究教育工作。\n"
           "会议听取了关于城东两校合并工作的情况汇报。赵刚要求,一定要加大力度,加快进度;"
           "要组建工作专班,分工到人,从速开展,并对可能出现的问题做好预案。"
           "同时,县财政局要安排专项资金解决搬迁经费,两校分别制定搬迁方案和接收方案,"
           "确保8月底前城东两校合并完成。\n")


def test_a_team_asked_for_at_once_and_the_topic_on_the_work_it_names():
    recs = by_task(_recs(MINUTES, "2024-04-02"))
    assert "城东两校合并" in recs, list(recs)
    merge = recs["城东两校合并"]
    assert merge.deadline.text == "8月底前"
    assert any(a.name == "县财政局" for a in merge.actors)
    team = [c for t, c in recs.items() if "专班" in t]
    assert team and team[0].deadline.text == "从速", list(recs)


# ---- names: works with Latin letters, a period in a topic, what the meeting approved -----------------

def test_a_work_named_with_latin_letters_is_the_work_asked_done():
    text = ("东湖区区长办公会议\n"
            "6月3日,区长周平主持召开区长办公会议。"
            "就会议事项,周平指出,在滨江绿道A3标段PPP项目方面,资金拨付要规范,要按时保质完成工程。\n")
    tasks = [c.task for c in _recs(text, "2024-06-03")]
    assert any("A3标段PPP项目" in t for t in tasks), tasks


MEETING = ("西山县人民政府常务会议纪要\n"
           "2024年9月6日,县长主持召开县政府第15次常务会议,现将会议议定事项纪要如下:\n"
           "一、关于2024年1-8月份财政收支情况有关问题\n"
           "会议原则同意县财政局关于1-8月份财政收支情况的意见,修改完善后报县人大常委会审议。\n"
           "二、关于成立县数据管理工作领导小组的问题\n"
           "会议原则同意县发改局关于成立县数据管理工作领导小组的意见,会后以县政府办文件印发。\n")


def test_a_period_in_a_minutes_topic_goes_whole_and_after_the_meeting_is_no_task():
    tasks = [c.task for c in _recs(MEETING, "2024-09-06")]
    assert not any(t.startswith("1-") or "1-" in t for t in tasks), tasks
    assert any(t.startswith("财政收支情况") for t in tasks), tasks
    assert not any("会后" in t for t in tasks), tasks


# ---- rectification reports: one status line per problem, and what it forecasts -------------------------

AUDIT = ("东湖县2023年度专项审计所提问题的整改报告\n"
         "县人大常委会:\n"
         "现将审计查出问题的整改情况报告如下:\n"
         "一、具体整改情况\n"
         "(一)部分专项资金拨付进度偏慢。\n"
         "该问题已完成整改。一是建立资金拨付月报制度,二是将拨付进度纳入年度考核。\n"
         "(二)个别乡镇垃圾中转站运行不正常。\n"
         "该问题正在整改。县城管局牵头,每季度开展一次设施运行检查,计划2024年10月底前完成全部中转站设备更换。\n")


def test_each_problem_takes_the_status_its_own_line_gives():
    recs = _recs(AUDIT, "2024-06-20")
    funds = next(c for c in recs if "资金拨付" in c.task)  # (进度偏慢 leaves the name, rx26)
    station = next(c for c in recs if "中转站" in c.task)
    assert funds.progress.status == "done"  # 已完成整改, not the problem's 偏慢
    assert station is not funds and station.progress.status == "on_track"
    assert [(a.name, a.role) for a in station.actors] == [("县城管局", "lead")]
    assert station.deadline.date == "2024-10-31"


def test_a_forecast_in_the_status_field_is_the_deadline():
    text = ("西山镇关于环保督察反馈问题整改情况的报告\n"
            "现将整改落实情况报告如下:\n"
            "问题描述:镇污水处理站长期停用。\n"
            "整改情况:未整改到位,预计8月31日整改到位。\n"
            "整改措施:1、更换站内老化线路;2、清理调节池淤泥。\n")
    [rec] = [c for c in _recs(text, "2024-06-20") if "污水处理站" in c.task]
    assert rec.deadline is not None and rec.deadline.date == "2024-08-31"


# ---- 对X,进行Y: the object and what is done to it ------------------------------------------------

def test_what_is_done_to_an_object_named_in_the_clause_before():
    text = ("东湖区重点工作督查通报\n"
            "区政府督查室将对进度滞后的民生项目,进行重点督办。\n"
            "区住建局要对未按期开工的项目,进行逐一排查,确保年底前全部开工。\n")
    tasks = [c.task for c in _recs(text, "2024-06-01")]
    assert "民生项目重点督办" in tasks, tasks
    assert any(t.startswith("项目逐一排查") for t in tasks), tasks
    assert not any(t.startswith("对") for t in tasks), tasks


def test_a_concession_or_a_frame_is_never_the_task():
    text = ("项目调度会讲话\n"
            "东湖镇、区城建办务必加大工作力度,不管困难有多大,也要按照区委的部署,狠抓落实,当务之急是加快推进。\n")
    [rec] = _recs(text, "2020-05-01")
    assert not rec.task.startswith(("不管", "按照", "也要")), rec.task


# ---- a count after what it counts, in a long clause --------------------------------------------------

def test_a_count_after_a_long_clause_names_what_it_counts_not_a_cut_word():
    text = ("南岭县一把手电视承诺\n"
            "“白石坪镇今年承担全县重点项目6个,目前已开工4个,下一步我们将倒排工期,确保年底前全部建成”,"
            "白石坪镇镇长刘峰在节目录制现场表示。\n")
    recs = _recs(text, "2021-08-10")
    sets = [c for c in recs if c.targets and c.targets[0].value == 6.0]
    assert sets, [(c.task, c.targets) for c in recs]
    assert sets[0].targets[0].metric == "全县重点项目", sets[0].targets
    assert "坪镇今年" not in sets[0].task, sets[0].task


# ---- a unit that will, and the sentences after it with no subject --------------------------------------

def test_the_unit_that_will_goes_on_in_the_sentences_without_a_subject():
    text = ("构建美丽河湖\n"
            "本报讯 昨日,全区水利工作会议召开。今年,区水务部门将继续加大投入,在河湖治理上下功夫。"
            "全年将完成水利投资3.5亿元。今年,还将在“河长制”的基础上,把河道保洁延伸到村级沟渠。\n")
    recs = [c for c in _recs(text, "2023-02-10") if "投资" in c.task or "沟渠" in c.task]
    assert len(recs) == 2, [(c.task, c.actors) for c in recs]
    for c in recs:
        assert [(a.name, a.role) for a in c.actors] == [("区水务部门", "responsible")], (c.task, c.actors)
    assert not any(c.task.startswith(("还将", "在")) for c in recs), [c.task for c in recs]


def test_we_and_another_subject_do_not_go_on():
    text = ("全区水利工作会议\n"
            "今年,我们将继续加大投入。全年将完成水利投资3.5亿元。\n"
            "区水务局将抓好河湖治理。区城管局要加强巡查。全年将完成河道保洁20公里。\n")
    recs = _recs(text, "2023-02-10")
    money = next(c for c in recs if c.targets and c.targets[0].value == 3.5)
    assert not any(a.name == "我们" for a in money.actors), money.actors
    km = next(c for c in recs if c.targets and c.targets[0].value == 20.0)
    assert not any(a.name == "区水务局" for a in km.actors), km.actors


def test_a_group_told_as_set_up_is_done_and_a_group_to_set_up_is_not():
    done = ("东湖区城中村改造推进情况报告\n"
            "3月上旬,区政府成立了以副区长张华为组长的城中村改造工作领导小组,下设四个工作组,3月底前完成摸底。\n")
    [rec] = [c for c in _recs(done, "2024-04-20") if "领导小组" in c.task]
    assert rec.progress is not None and rec.progress.status == "done", rec.progress
    todo = ("东湖区城中村改造工作会议\n"
            "会议要求,要成立以副区长张华为组长的城中村改造工作领导小组,3月底前完成摸底。\n")
    for c in _recs(todo, "2024-03-02"):
        assert c.progress is None, (c.task, c.progress)


def test_a_bare_carrying_out_names_the_document_its_paragraph_named():
    text = ("南岭县县长办公会议纪要\n"
            "会议指出,去年印发了《南岭县支持职业教育发展的十条措施》,目前各项工作正逐步推进。"
            "下一步,县教育局要会同有关单位细化分工,逐项落实。\n")
    recs = [c for c in _recs(text, "2024-05-06") if any(a.name == "县教育局" for a in c.actors)]
    assert recs and "职业教育发展十条措施" in recs[0].task, [c.task for c in recs]


def test_a_person_only_urged_on_the_work_just_told_joins_it():
    text = ("项目调度会讲话\n"
            "西环路项目指挥部、城西街道要倒排工期,6月底前完成全部征迁任务。这条路建成后对城西发展影响很大。"
            "请王五同志抓紧、再抓紧,按照区委的要求抓好落实。\n")
    recs = _recs(text, "2022-05-06")
    assert len(recs) == 1, [(c.task, c.actors) for c in recs]
    assert {a.name for a in recs[0].actors} == {"西环路项目指挥部", "城西街道", "王五"}, recs[0].actors


def test_what_units_have_already_done_is_no_commitment():
    text = ("全县救助工作情况\n"
            "7月上旬,县民政局会同县财政局已将补助资金分配到各乡镇。\n")
    assert _recs(text, "2022-08-01") == []


# ---- a speech's sub-items on one named work each -----------------------------------------------------

SUB_ITEMS = ("项目调度会讲话\n"
             "第一,要抓进度。首先,城西大道项目要抓进度。按区里的部署,要在6月底前完成全部房屋征收。"
             "城西指挥部、东湖镇务必加大力度,狠抓落实,当务之急是加快推进。"
             "其次,滨河路改造项目要抓进度。该路前年就列进了计划,如今图纸已经敲定,必须高标准建设,抓紧落实好。\n")


def test_a_sub_item_names_the_work_of_its_commitments_and_stands_for_itself_when_empty():
    recs = _recs(SUB_ITEMS, "2020-05-01")
    tasks = [c.task for c in recs]
    assert "城西大道项目房屋征收" in tasks, tasks
    units = next(c for c in recs if any(a.name == "东湖镇" for a in c.actors))
    assert units.task == "城西大道项目", tasks
    assert "滨河路改造项目" in tasks, tasks  # nothing kept under it: the work itself, asked to go on


# ---- whom a unit's statement speaks for ----------------------------------------------------------------

def test_a_statement_speaks_for_the_unit_under_its_title_or_the_one_it_speaks_for():
    under = ("创建文明城市工作表态发言\n"
             "南川区城管局\n"
             "根据会议安排,我就创文工作作个表态。\n"
             "一是进一步细化目标。我们将主动与创文办对接,在9月底前完成城区所有背街小巷的立面整治。\n")
    recs = _recs(under, "2021-04-02")
    assert recs and any(a.name == "南川区城管局" and a.role == "responsible" for a in recs[-1].actors), \
        [(c.task, c.actors) for c in recs]
    said = ("创建文明城市工作表态发言\n"
            "我代表区卫健局党组,就创文工作表态如下。\n"
            "一是进一步细化目标。我们将在9月底前完成辖区所有农贸市场的环境整治。\n")
    recs = _recs(said, "2021-04-02")
    assert recs and any(a.name == "区卫健局" for a in recs[-1].actors), [(c.task, c.actors) for c in recs]


def test_a_deadline_word_taken_out_of_a_task_leaves_no_dangling_mark():
    [rec] = _recs("工程调度会讲话\n西河大桥指挥部要加大工作力度,确保大桥按期、按质完成。\n", "2021-03-01")
    assert "、" not in rec.task and rec.task.startswith("大桥"), rec.task
