"""Genre readers: the document's structure read before its sentences.

Each reader is a function ``read(b, paras, i) -> Optional[int]``: ``b`` is the
:class:`~kg.extract.commitments.SpeechBuilder` reading the speech (its folded
text ``b.t``, the original ``b.orig``, the document date ``b.doc``, the report's
as-of date ``b.as_of``, the document ``b.place`` / ``b.speaker`` / ``b.title``),
``paras`` the paragraphs of the speech and ``i`` the paragraph at hand.  A
reader that recognises its structure at ``paras[i]`` appends its
:class:`~kg.model.CommitmentRecord` s to ``b.out`` and returns the index of
the first paragraph it did not consume; otherwise it returns ``None`` and the
next reader is tried.  The prose rules read whatever no reader claims.

Readers run in the order of :data:`READERS`; put a narrow reader before a
broad one.  Each module names its genre and gives a one-line example of what
it reads.
"""
from __future__ import annotations

from typing import Callable, Optional

from . import approved, class_items, unit_tasks, unit_parts, aim_status, aspect_items, bare_rows, bracket_units, counted_works, deed_run, site_rows, headed_units, quoted_works, practical_list, period_plan, unit_items, breakdown, measure_items, cells, funds, furniture, led_pieces, listed_status, quota_rows, quoted_status, minutes, minutes_items, news_progress, pledge, pledge_items, pledge_run, problem_lines, progress_report, quota, rectification, role_paren, rules, set_shares, site_problems, found_items, status_groups, status_works, unfixed_places, work_sections, set_status, status_lines, status_parts, unit_orders, supervision, tables, tallies, unit_headed, unit_rates, unit_shares, unit_tallies, work_lists, work_news

#: ``(name, read)`` in the order they are tried
READERS: list[tuple[str, Callable[..., Optional[int]]]] = [
    ("furniture", furniture.read),  # 欢迎您对本通知提出宝贵意见,我们将认真收集: the page's feedback box, nothing read
    ("rules", rules.read),
    ("heard", minutes.heard),  # 会议听取了X关于…的汇报。今年全市…完成投资… / 存在问题:…: what minutes heard, nothing asked (rx37)
    ("measure_items", measure_items.read),  # (二)关于X的问题 ⏎ 2.开展X专项清理。对…18个部门…,已全部腾退到位。: a report's measure (rx38)
    ("unit_items", unit_items.read),  # 1.市住建局:X报批,要求6月30日前完成。目前…已逾期。请于9月10日前…: the units' item (rx37)
    ("decided_items", minutes_items.decided),  # 经研究,议定如下: ⏎ 11.X局对…逐项复查: the meeting's decisions, no status (rx35)  # 第三章 办理程序 / 第八条 承办单位要按期办结: a regulation's articles are norms, nothing read
    ("breakdown", breakdown.read),  # 一、张三区长牵头重点工作: the leader of the items below (rx11)
    ("one_line_table", breakdown.one_line_table),  # 序号 重点任务 牵头单位 完成时限 1 … 2 …: a table run into one line (rx11)
    ("cells", cells.read),  # 牵头单位: | 东湖区住建局 | : a web table's label cells flattened, one field a line
    ("tables", tables.read),  # 序号 / 工作任务 / 牵头单位 …: a table pasted, copied from a PDF or flattened one cell per line
    ("bare_rows", bare_rows.read),  # 1 | 完成X。 | 县教育局 | 已… | 按时序推进 |: a table's rows without its header (rx44)
    # 第三,进度滞后的项目。一是X项目(县住建局),…。二是Y工程(包抓领导:Z,责任单位:W),…: one per work (rx36)
    ("status_works", status_works.read),
    # 属住建局职责范围: ⏎ 1.城东路人行道破损。 ⏎ 2.…: one per problem under the unit's heading (rx44)
    ("unit_headed", unit_headed.read),
    # 共发现问题106个…未完成整改12个。其中,甲区5个、乙区1个、丙局1个: one per unit of a set broken down (rx44)
    ("unit_shares", unit_shares.read),
    # 接种率排名后三名的乡镇:甲镇政府83%、乙镇政府84%: one per unit ranked, its rate (rx44)
    ("unit_rates", unit_rates.read),
    # 各县(市、区)…都快于序时,分别为:甲82.5%、乙80.1% / 其中甲县(78.5%)、乙市(75.2%): one per place (session 55)
    ("unit_rates_each", unit_rates.each),
    # 截至3月12日,东岭镇共签约310户,完成比例21.5%;西岭镇共签约…,完成比例100%: one per unit's part (session 55)
    # 二、未动工的项目(3项) ⏎ 1.东湖台塬绿化(城管局) ⏎ 2.…: one per bare line, the heading's status (session 55)
    ("class_items", class_items.read),
    # 会议决定,…。住建部门:1、完成X;2、安装Y。水务部门:1、…: one per numbered task, the label's unit (session 55)
    ("unit_tasks", unit_tasks.read),
    ("unit_parts", unit_parts.read),
    # A镇、B办事处垃圾中转站于2019年8月20日建成运行;C镇、D镇于10月8日建成: one per group, done (session 55)
    ("places_done", unit_parts.done),
    # 工业专班项目编制任务数80个,完成编制12个,完成率15%;… ⏎ 城镇专班…: one per unit's line of its quota (session 55)
    ("quota_lines", unit_parts.quota_lines),
    # 未达到进度的小项,涉及“A”、“B”和“C”等: one per quoted work, the sentence's status (rx44)
    ("quoted_status", quoted_status.read),
    # 甲村路面硬化1.5公里、乙村道路硬化2公里已全部完工: one per counted work, the clause's status (rx44)
    ("counted_works", counted_works.read),
    # X局承担…重点工作事项共11项,均已完成。 ⏎ 全年新建A;已完成B;成功创建C;…: the unit's deeds, one each (rx44)
    ("deed_run", deed_run.read),
    # 1、东湖大厦 东湖区人民政府 ⏎ 2、…: sites under supervision, each with its unit, due by the notice's term (rx44)
    ("site_rows", site_rows.read),
    # 总任务数为1200套,已分解到单位,具体是:甲局300套,乙局500套 / 目前,甲局已建成120套,…
    ("allocation", progress_report.allocation),
    # 现将没有整改到位的问题逐村通报如下: ⏎ 1、东山镇红岭村,垃圾一处仍处理不到位;: one per problem, behind (rx40)
    ("unfixed_places", unfixed_places.read),
    # 【下周(8月12日-8月18日)工作计划】 ⏎ 一、督促X。 ⏎ 二、协调Y。: one per item, due by the period's end (rx41)
    ("period_plan", period_plan.read),
    # 4个项目完成全年目标 ⏎ “X”项目,我市于3月22日起…。 ⏎ “Y”项目,…: one per quoted work, its status the heading's (rx42)
    ("quoted_works", quoted_works.read),
    # (一)X接种牵头责任部门:县卫健委 ⏎ 截至4月1日,已完成…,完成率100%: one per heading, its unit and status (rx42)
    ("headed_units", headed_units.read),
    # 1、新建农村公路方面(43.5公里):其中已完工31.2公里,…计划11月份完成: one per item, its quota in brackets (rx42)
    ("aspect_items", aspect_items.read),
    # 任务目标:新建公厕30座。 进展情况:已建成32座。: one per sentence of an aim, its status the label's (rx41)
    ("aim_status", aim_status.read),
    # 今年将办好“十件实事” ⏎ 1.实施X。其中,… ⏎ 2.开工建设A。确保B竣工。: one per sentence of an item (rx41)
    ("practical_list", practical_list.read),
    # 南湾区2023年的八大惠民实事 ⏎ …着手:一是X。建成A、建成B。 ⏎ 二是…: one per deed of an item (rx44)
    ("practical_titled", practical_list.titled),
    # 2017年,街道将围绕“实施A、开展B、新建C”三件惠民实事,…: one per matter in quotes, as many as counted (session 55)
    ("practical_quoted", practical_list.quoted),
    # …2015年实事项目(征求意见稿),具体如下: ⏎ 一、住房保障 ⏎ 新增养老床位80张。: one per line (session 55)
    ("practical_sectioned", practical_list.sectioned),
    # …今年的八件实事分属8个方面。 ⏎ 一、A;二、B;三、C…: one per item numbered inline (session 55)
    ("practical_inline", practical_list.inline_numbered),
    # 一、主干道公厕(责任单位:县环卫局) ⏎ 1、体育馆旁公厕 ⏎ (1)无宣传;: one per site, the heading's unit (rx40)
    ("site_problems", site_problems.read),
    # 1、…督查发现,X存在Y情况,…复查时已整改。 ⏎ 责任主体:Z: one per finding, Z responsible (rx52)
    ("found_items", found_items.read),
    ("problem_lines", problem_lines.read),  # 针对“X”问题,区城管局已完成…,目前已整改到位 (a report line per problem)
    ("rectification", rectification.read),  # 问题:… / 整改措施:… / 整改时限:… ; 共30项问题,已整改25项
    ("pledge_items", pledge_items.read),  # 一、公厕改造 / 措施:… / 目标:完成12座公厕改造 / 时间:2024年12月底 (a pledge's labelled item)
    # 3.推行审批事项清单管理。9月底前编制并公布清单。(区政务服务办牵头,区级各有关部门按职责分工负责)
    ("role_paren", role_paren.read),
    # 启动建设30个扶贫新村(市扶贫办、市发改委);南湾库区完成帮扶5个(柳岸县政府): one per piece closed by its units (rx44)
    ("bracket_units", bracket_units.read),
    # 1.健全应急预案体系 / (1)加强预案管理。/ (2)推进预案全覆盖。/ (责任单位:市应急办): roles below a run (rx23)
    ("roles_below", role_paren.below),
    # (三)西区厂房竣工验收(园区管委会):滞后,原定6月10日前验收 (a status line per matter decided earlier, rx29)
    ("status_lines", status_lines.read),
    # 南湾区住建局公开“四项承诺”:一是…;二是… / a pledge title, then 1.… ⏎ 2.…: one per item, the lead's unit (rx45)
    # (first :func:`pledge.read`: 今年某局负责三件大事 / 去年公开承诺的120件民生实事已全部完成)
    ("pledge_run", pledge_run.read),
    ("will_items", pledge.will_items),  # 我局将…。一是A;二是B: a unit's own plans, in any speech (rx26)
    # 新建城乡公厕120座(2021—2023年)。上半年已建成46座,占总计划的38.3%。
    ("progress_item", progress_report.read),
    # 1. 柳河镇:任务1500户,完工1260户,完成率84% (three rows or more of a quota by unit, rx30)
    ("quota_rows", quota_rows.read),
    # 城区新增公交车80辆(市交通局牵头)已全部投运;农村饮水工程(市水利局牵头)计划…,目前已…: one per work (rx30)
    ("led_pieces", led_pieces.read),
    # X工程年度任务800亩,已完成320亩,完成年度任务的40%: a work's year's quota and what is done of it (rx36)
    ("work_quota", progress_report.work_quota),
    # 已完成的有3项,占…30%;正常推进的有4项,…;推进缓慢的有3(甲、乙、丙): one per group of a status (rx40)
    ("status_groups", status_groups.read),
    # 一、X项目完成情况 ⏎ 总投资…,完成…,现已完工并投入使用。: one per section, its status its body's (rx40)
    ("work_sections", work_sections.read),
    # 确定事项30件,已办结9件,占比30%; 由县甲局负责的第2件…进展滞后; 督查室将…; 甲项目已提前完成
    # (report) 二、设立了A;完成B建设;C工程主体完工。: one per part naming its work, its own status (rx45)
    ("status_parts", status_parts.read),
    ("supervision", supervision.read),
    # 已经完成的4件分别是:A、B、C以及D: each work listed, its status the list's (rx29)
    ("listed_status", listed_status.read),
    # 在棚户区改造方面,省定任务为年底完成800套,截至6月底,全市已开工520套,占任务的65%
    ("aspect_share", progress_report.aspect_share),
    # 续建项目22宗,完成投资3.1亿元,完成年度计划的38%: a counted set of works and its share (rx16)
    ("set_shares", set_shares.read),
    # 截至6月底,城南路改造已完成沿线全部房屋丈量,300户签订了协议 (news: no count against a quota, no rate)
    ("news_progress", news_progress.read),
    # A、B等4个子项已提前完成;C等16个子项时间过半、进度过半 (one progress per group)
    ("groups", news_progress.groups),
    # 3个社区食堂建设已完成2个(67%),…,这2项力争10月底前全部建成 / 共发现问题16处,已整改9处 (rx12)
    ("tallies", tallies.read),
    ("quota", quota.read),  # 已完成市下达改厕任务5000户的4200户: the quota and its share done
    ("funds", funds.read),  # 县财政统筹安排县教育局校舍维修资金120万元 (in minutes): the treasury's allocation
    # 1、城南小学:会议要求…力争年内开工 / 会议决定: ⑴… (rx11)
    ("minutes_items", minutes_items.read),
    ("minutes", minutes.read),  # 一、关于X的问题 / 会议原则同意…,由X按程序组织实施
    # 今年将完成南环路改造,新建2座人行天桥,启动东湖公园建设: works strung as clauses (rx16)
    ("work_lists", work_lists.read),
    # 其中:甲局铺装巷道47条,面积18865平方米;乙公司铺装巷道11条,…: one per unit and what it did, counted (rx43)
    ("unit_tallies", unit_tallies.read),
    # 目前,甲小学教学楼今年5月完工交付使用;乙中学综合楼主体完工,附属工程预计11月完工: one per named work (rx42)
    ("work_news", work_news.read),
    # 上半年,甲工程已基本完工,乙项目已建成投用: news of progress, its status clauses (rx18)
    ("news_status", supervision.news_status),
    # 12件为民实事,已完成5件,其余7件正按计划推进: counted sets each with its own breakdown (rx19)
    ("set_status", set_status.read),
    # 张三要求,…;县林业局结合片区规划,尽快完成补植: a unit's part of orders whose modal was said once (rx19)
    ("unit_orders", unit_orders.read),
]
