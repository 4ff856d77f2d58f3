"""Genre phrasings read from real pages the shared set does not hold (session 6, rx7).

Every sentence here is composed for the test (东湖区, 城南路, 张三 …), in the
phrasing of the genre the rule reads.
"""
from __future__ import annotations

from extract_helpers import commitments_of, evidence_text as _ev


def _recs(text: str, date: str = "2023-06-01"):
    return list(commitments_of(text, date=date, source="a.txt"))


# ---- progress told as news: 截至6月20日,X已完成沿线全部房屋丈量,320户签订了协议 ---------

NEWS = (
    "为加快推进城南路改造,东湖区先后召开三次专题会议部署征迁。\n"
    "截至6月20日,城南路改造已完成沿线全部房屋丈量,320户征迁户签订了协议,80户已搬家交房。\n"
)


def test_news_progress_work_on_track_as_of_its_date():
    recs = [c for c in _recs(NEWS, "2023-06-25") if "截至6月20日" in _ev(c)]
    assert len(recs) == 1
    c = recs[0]
    assert c.task == "城南路改造"
    assert c.progress.status == "on_track" and c.progress.as_of == "2023-06-20"


def test_news_progress_without_a_work_named_is_the_stage_done():
    recs = _recs("东湖区危房改造工作进展顺利。\n截至5月底,已完成全部危房鉴定工作。\n", "2023-06-25")
    c = next(c for c in recs if "截至5月底" in _ev(c))
    assert "危房鉴定" in c.task
    assert c.progress.status == "done" and c.progress.as_of == "2023-05-31"


def test_news_progress_a_date_after_the_document_is_no_report():
    recs = _recs("东湖区危房改造工作进展顺利。\n截至8月底,已完成全部危房鉴定工作。\n", "2023-06-25")
    assert not any(c.progress and c.progress.as_of == "2023-08-31" for c in recs)


# ---- a list of pledges: 承诺包括A、B、C等 ------------------------------------------

PLEDGES = (
    "东湖区日前举行年度重点工作公开承诺会,各单位负责人逐一上台作出公开承诺,接受群众监督。\n"
    "据了解,今年东湖区的公开承诺事项包括动工建设城南中学新校区、完善城北工业园基础设施、"
    "完成城南路改造、完成80%农村土地确权颁证工作、启动湖滨公园建设等。\n"
)


def test_pledge_list_after_承诺包括_one_per_item():
    recs = _recs(PLEDGES)
    tasks = [c.task for c in recs]
    for t in ("动工建设城南中学新校区", "完善城北工业园基础设施", "城南路改造", "湖滨公园建设"):
        assert any(t in x for x in tasks), (t, tasks)
    items = [c for c in recs if "城南路改造" in c.task]
    assert items[0].deadline and items[0].deadline.date == "2023-12-31"
    share = next(c for c in recs if "确权颁证" in c.task)
    assert any(t.value == 80 and t.unit == "%" for t in share.targets)


def test_pledge_list_after_a_lead_in_ending_with_承诺():
    text = ("东湖区召开大会,听取了5项重点事项的承诺。\n"
            "今年东湖区承诺包括新建城南公园、改造城北菜市场、完成90%老旧小区改造等。\n")
    tasks = [c.task for c in _recs(text)]
    assert any("城北菜市场" in t for t in tasks) and any("老旧小区改造" in t for t in tasks), tasks
    assert not any("城南公园" in t and "菜市场" in t for t in tasks), tasks


# ---- groups of sub-items with their statuses: A、B等4个子项已提前完成;C等16个子项时间过半 ----

GROUPS = (
    "东湖区政府承诺为民办理的8件实事进展顺利,部分实事已发挥效益。"
    "8件实事共涉及24个子项,其中为城南路沿街商户统一制作招牌、为全区敬老院配送图书等3个子项已提前完成;"
    "城北污水管网改造等18个子项时间过半、进度过半;湖滨公园提升改造、城东农贸市场改造3个子项进展缓慢。\n"
)


def test_sub_item_groups_one_progress_per_group():
    recs = _recs(GROUPS)
    by = {c.task: c.progress.status for c in recs if c.progress and "子项" in _ev(c)}
    done = next(t for t in by if "敬老院配送图书" in t)
    assert by[done] == "done"
    assert by[next(t for t in by if t.startswith("城北污水管网改造"))] == "on_track"
    assert by[next(t for t in by if "城东农贸市场改造" in t)] == "behind"
    assert not any("24个子项" in t for t in by), by


def test_sub_item_groups_outside_a_pledge_page():
    text = ("东湖区召开重点项目推进会,区长张三出席会议并讲话。\n"
            "会上获悉,今年全区重点项目共分解为40个子项,其中城南路拓宽等12个子项已完工;"
            "城北片区改造等20个子项均达到时间过半、进度过半。\n")
    recs = [c for c in _recs(text) if c.progress and "子项" in _ev(c)]
    assert {c.progress.status for c in recs} == {"done", "on_track"}, [(c.task, c.progress) for c in recs]
