"""The shared vocabulary of the extractor: one place, one example per entry.

Words that several readers use — item numbers, modal and directive verbs,
work-name endings, generic groups, status words, role verbs — are defined
here once and imported everywhere; a reader keeps in its own module only the
vocabulary of its genre.  Column and label names (牵头单位, 整改时限 …) are
the vocabulary of :mod:`kg.extract.fields`.

Pieces ending in a capital name without ``_RX`` are pattern strings, to be
composed into a reader's own pattern; ``…_RX`` are compiled.  All read the
folded text (:func:`kg.extract.segment.fold`: full-width ASCII as ASCII).

>>> bool(ITEM_RX.match("(三)城南路改造")), bool(ITEM_RX.match("三是城南路改造"))
(True, False)
>>> bool(DIRECTIVE_RX.search("请东湖区住建局于5月底前完成")), bool(DIRECTIVE_RX.search("会议纪要的主要内容"))
(True, False)
>>> bool(MODAL_RX.search("确保年底前完工")), bool(STRONG_MODAL_RX.search("确保年底前完工"))
(True, False)
>>> bool(PLANNED_RX.search("预计11月底前交付")), bool(PLANNED_RX.search("占年计划的74%"))
(True, False)
>>> bool(WORK_END_RX.search("城南路改造")), bool(WORK_END_RX.search("加强协调"))
(True, False)
>>> bool(GENERIC_GROUP_RX.search("各镇街")), bool(GENERIC_GROUP_RX.search("东湖区住建局"))
(True, False)
>>> [a for a in (BEHIND_RX, NOT_STARTED_RX, DONE_RX, ON_TRACK_RX) if a.search("城南路已竣工")] == [DONE_RX]
True
>>> bool(BEHIND_RX.search("城南路改造未能按期完成")), bool(BEHIND_RX.search("城南路改造已按期完成"))
(True, False)
>>> bool(MODAL_RX.search("全年将完成投资5亿元")), bool(MODAL_RX.search("今年将相关情况上报"))
(True, False)
>>> VERB_ROLE[ROLE_VERB_RX.search("由区水务局牵头").group()]
'lead'
"""
from __future__ import annotations

import re
from .lazyre import lazy

# ---- item numbers -----------------------------------------------------------------
#: a Chinese item numeral: ``三``, ``十二``
CN_NUM = r"[一二三四五六七八九十]"
#: any item number, loosely (the opening bracket optional): ``1.`` ``2、`` ``(三)`` ``(4)`` ``五、`` ``(一``
ENUM = r"(?:[((]?[一二三四五六七八九十\d]+[))、.]|[①-⑳])"  # (①…⑳: an item of a pledge list, rx31)
#: a bracketed item number: ``(一)`` ``(3)``
BRACKET_NO = r"[((][一二三四五六七八九十\d]+[))]"
#: an Arabic item number: ``1.`` ``2、``
DIGIT_NO = r"\d+[.、]"
#: a Chinese item number: ``三、``
CN_NO = CN_NUM + r"+、"
#: a bullet opening an item of a list: ``● 新建公厕`` ``◆改造卫生院`` (rx26)
#: a counted word for the works told before it: 以上五件事 / 这三项工作 / 上述4项 (their roles given after it, rx38)
WORKS_BEFORE = r"(?:以上|上述|这)[几两三四五六七八九十\d]+(?:件事|项工作|项任务|项|个项目|件)"
BULLET_CHARS = "●○◆◇■□▲△★☆•▪▶►✅✔☑"
BULLET_NO = r"[" + BULLET_CHARS + r"]\s*"
#: a numbered item, strictly: ``(一)城南路改造`` ``1.新建公厕`` ``三、河道整治``; a bulleted one too
ITEM_NO = r"(?:" + BRACKET_NO + r"|" + DIGIT_NO + r"|" + CN_NO + r"|" + BULLET_NO + r"|[①-⑳]\s*)"
ITEM_RX = lazy(r"^" + ITEM_NO)
#: a numbered sentence naming one work, an item's title: 2、X至Y铁路建设项目。 / (3)Z工程(一期)。
WORK_TITLE_ITEM = r"(?:\d{1,2}[、..]|[((]\d{1,2}[))])\s*[^。,,;;::]{2,40}?(?:项目|工程)(?:[((][^()()]{1,12}[))])?。"
#: an item inside a sentence: ``一是加快X,二是…``
IS_NO = CN_NUM + r"+是"
#: an item of urging: ``一要抓好X``
MUST_NO = CN_NUM + r"+要"
#: a connective opening a clause, no part of what follows: ``其中,``, ``同时``, ``特别是``, ``首先``
CONNECTIVE = r"其中|同时|另外|此外|特别是|尤其是|首先|其次|最后"
#: a section number: ``一、`` ``(二)`` ``第三部分``
SECTION_NO = r"(?:" + CN_NO + r"|[((]" + CN_NUM + r"+[))]|第" + CN_NUM + r"+[部分章节])"
SECTION_RX = lazy(r"^" + SECTION_NO)

# ---- modal and directive verbs --------------------------------------------------
#: 要 as a modal: ``区住建局要加快办理``; not in a word: 主要, 重要, 纪要, 按要求, 要求, 要点, 要素
YAO = r"(?<![主重需只纪摘紧首扼概简提纲按])要(?![求素点闻害件领义])"
#: 请 as a request: ``请东湖区住建局于5月底前完成``; not 申请, 邀请, 提请, 报请, 请示, 请假
PLEASE = r"(?<![申邀提报聘宴])请(?!示|假|求|教)"
#: a meeting asking: ``会议要求``, ``会议还强调``, ``强调:``
MEETING_ASKS = r"会议(?:还)?(?:要求|强调|明确|议定)|(?:要求|强调)[::]"
#: urging words before a task: ``确保年底前完工``, ``力争``, ``争取``, ``务必``, ``必须``, ``要``
URGE = r"确保|力争|争取|务必|必须|要"
URGE_RX = lazy(URGE)
#: a directive to a named party: ``城南街道要…``, ``必须``, ``务必``, ``请县财政局…``
DIRECTIVE_RX = lazy(YAO + r"|必须|务必|" + PLEASE)
#: a strong modal (no 确保, 争取): ``会议要求``, ``区交通局要``, ``必须``, ``务必``, ``力争``
STRONG_MODAL_RX = lazy(MEETING_ASKS + r"|" + YAO + r"|必须|务必|力争(?!了)")
#: a plan a meeting records: ``拟在3年内投入资金2亿元``, ``拟于年底前建成``; not 草拟, 模拟, 拟任, 拟定
PLAN_TO = r"(?<![草模虚比])拟(?=在|于|用|投入|投资|新建|建设|实施|安排)"
#: a plan for the year a speech announces: ``全年将完成投资5亿元``, ``今年将加快城南路改造``, ``今年,还将…``
YEAR_WILL = r"(?:今年|全年|年内|明年)[,,]?(?:还|也|再|要)?将(?=[\u4e00-\u9fff])(?!相关|有关)"
#: a place's will dated by its term: ``全县将于年内完成…`` / ``全市将在三年内建成…`` (rx43)
WILL_BY = r"(?<=全[县市区镇乡省旗])将(?=(?:于|在)(?:(?:19|20)\d\d年)?(?:年内|年底|年末|今年|明年|[一二两三四五六七八九十\d]{1,2}年内|\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|之前)))"
#: a plan with its time told as news: ``计划三年内完成3000户棚户区改造``, ``计划于10月底前建成``; not 原计划, 按计划, 年度计划
PLAN_DUE = r"(?<![原按照年度资])计划(?=(?:在|于|用|到)?(?:(?:19|20)?\d|[一二两三四五六七八九十]{1,2}年(?:内|时间)|年内|年底|今年|明年|本月|下月|[上下]半年))"
#: a date a plan has set for the work: ``预定9月底全面完成任务`` / ``预计年底前建成``(in a plan) (rx21)
SET_FOR = r"预定(?=[^,,。;]{0,12}?(?:完成|建成|完工|竣工|开工|投用|交付))"
#: a quota given with its number: ``省下达我县农村危房改造任务420户`` (rx22); not one done (已完成市下达…任务N户的M户)
QUOTA_GIVEN = r"(?<!完成)(?<![省市县区镇])(?<!上级)(?:[省市县区镇]|上级)(?:政府|里)?下达(?:的|给)?(?:(?:我|本|全)[省市县区镇乡])?(?:的)?[\u4e00-\u9fff]{2,16}?(?:目标)?(?:总)?任务(?:数|量)?(?:为|是|共|计)?(?=\d|[一二两三四五六七八九十百千]+[户套座个所处间栋])"
#: the year's set of works decided (the works for the people a congress votes for): ``票决产生2019年8项民生实事项目``,
#: ``确定了今年10件为民办实事`` (rx22)
SET_DECIDED = (r"(?:确定|敲定|票决(?:产生|出|确定)?|选定|选出)(?:了)?(?=(?:(?:19|20)\d\d年|今年|明年)度?的?[\u4e00-\u9fff]{0,4}?(?:\d+|[一二三四五六七八九十]+)(?:项|件|个)"
               r"[\u4e00-\u9fff]{0,6}?(?:民生实事|实事|民生工程|惠民工程)"
               r"|(?:\d+|[一二三四五六七八九十]+)个方面(?:\d+|[一二三四五六七八九十]+)(?:项|件|个)(?:重点工作|重点任务|目标任务))")
#: a pledge made: ``区政府向全区群众承诺2024年建5万平方米公租房``, ``我局郑重承诺,年内…``; not the nouns 承诺事项, 承诺书, 承诺制
#: (a pledger's or an audience's word before the comma: 村党支部书记承诺,年内…, 向村民承诺,…; not 兑现承诺, / 作出承诺,)
PLEDGED = r"(?<![践兑])承诺(?![事书制人单件内的,,。])|(?:郑重|公开|庄严|我[局委办镇乡们]|单位|(?<=[记任长委部府局办民众]))承诺(?=[,,])"
#: a directive opening a clause, the unit asked after it: ``要求各乡镇于4月底前完成排查``, ``责成…``; not 按要求, 有关要求
ASKS = r"(?:^|(?<=[,,;:、.]))(?:并|同时|还)?(?:要求|责成|责令)(?=[\u4e00-\u9fff])"
#: an inspection told, not a task: ``区督查室到现场…,对区政府承诺的实事进行督察。`` (see finish.py); any unit's, told
#: done: ``X会同Y对Z推进情况进行了月度调度、资料查验和现场督查`` (rx22)
#: what the inspection found, told below: ,现将1-4月份有关情况通报如下 (rx23)
#: the verbs a report tells what follows by: 现将有关情况通报如下 / 简报如下 / 汇报如下 (one home, rx39)
REPORT_VERBS = r"通报|简报|报告|汇报"
_TOLD_BELOW = r"(?:[,,]现将[^。;]{0,30}?(?:" + REPORT_VERBS + r"|公布)如下)?"
INSPECTED_RX = lazy(r"(?:督查室|督查组|督导组|督察组|督查办|调研组)[^。;]{0,60}?对[^。;]{2,80}?(?:进行|开展)了?(?:跟踪|专项|实地|集中|全面|专题)?"
                          r"(?:督查|督察|督导|检查)" + _TOLD_BELOW + r"[。;]?$"
                          r"|对[^。;]{2,80}?(?:进行|开展)了[^。;]{0,24}?(?:督查|督察|督导|检查|调度|核查)" + _TOLD_BELOW + r"[。;]?$")
#: a work required by a date: ``今年城南排涝泵站工程要求于10月底前完工``, ``X要求于6月底前建成``
REQUIRED_BY = r"要求(?=[在于](?:\d|年[底内]|今年|明年|本月|下月|[上下]半年))"
#: a plan for the year told as news: ``今年全县计划新建山塘水库15座``, ``2018年计划实施水利项目30个``
YEAR_PLAN = r"(?:今年|全年|年内|(?:19|20)\d\d年)[^,,。;]{0,14}?计划(?=(?:新|总)?(?:开工|建设|完成|新建|实施|改造|投资|安排|建成|征收|拆除|搬迁|安置|签约|整治|修建|新增|培训|发放))"
#: a unit spoken for: 我代表县住建局… / 代表县人民政府… (its name in group ``o``)
ON_BEHALF = r"代表(?P<o>[\u4e00-\u9fff]{2,16}?(?:人民政府|政府|局|委|办|中心|公司|集团|镇|乡|街道|院))"
#: a clause that only gives money invested or raised, the work in the clause after it: ``投资150万元`` /
#: ``年内争取项目资金50万元`` (rx27)
MONEY_ONLY = (r"^(?:年内|今年|全年)?(?:计划|总|共|累计|整合|争取|筹措|筹集|投入|自筹|落实)*(?:项目|上级|各类|专项|帮扶)?"
              r"(?:投资|资金|经费)?(?:约|近|超过)?\d+(?:\.\d+)?(?:万|亿)元(?:资金|以上|左右)?$")
MONEY_ONLY_RX = lazy(MONEY_ONLY)
#: the year's aims announced (rx26): ``主要预期目标是:`` / ``发展目标为:``
AIMS_ARE = r"(?:(?:主要|预期|发展|奋斗|工作)目标(?:任务)?(?:是|为)[::]|(?:总体|分年度|年度|阶段性?|具体)目标(?:任务)?(?:是|为)?[::])"
#: any modal of a commitment: ``确保年底前完工``, ``争取``, ``请…``, ``应当``, ``需要``, ``限期``, ``务于5月底前``
#: a pledge made sure: 6月底前一定开工 / 一定把桥修好 (not 一定程度, 一定的; rx29)
PLEDGED_SURE = r"|一定(?=(?:要|能|会|把)?[\u4e00-\u9fff]{0,6}?(?:完成|开工|建成|修好|办好|实现|兑现|到位|竣工|完工))"
MODAL_RX = lazy(MEETING_ASKS + r"|" + YAO + r"|必须|务必|确保(?!了)|力争(?!了)|争取(?!了|到)|" + PLEASE + PLEDGED_SURE +
                      r"|应当|需要|(?<!全)力促|务求|限期|[务须应请]于|" + REQUIRED_BY + "|" + YEAR_PLAN + "|" + ASKS + "|" + PLAN_TO + "|" + PLAN_DUE + "|" + SET_FOR + "|" + YEAR_WILL + "|" + WILL_BY + "|" + PLEDGED + "|" + QUOTA_GIVEN + "|" + SET_DECIDED + "|" + AIMS_ARE)
#: a plan or a forecast in a report: ``预计11月底前交付``, ``计划``, ``将``; not 年计划 (a noun: 占年计划74%)
PLANNED_RX = lazy(YAO + r"|必须|务必|确保|力争|争取|(?<![年度资])计划|预计|将(?!相关|有关)")
#: a modal with its manner inside a task name: ``50个村道项目务必千方百计按时开工`` (after three characters)
MODAL_IN_RX = lazy(r"(?<=[\u4e00-\u9fff]{3})(?<![主重需只纪摘紧首扼概简提纲必])(?:必须|务必|一定要|一定(?=开工|完成|建成|修好|办好|兑现|到位)|都要|要(?![求素点闻害件领义])|确保|力争|争取)"
                         r"(?:想方设法|千方百计|全力以赴|全力|尽快|及时|抓紧|按时|如期|加快|全面|顺利)*(?=[\u4e00-\u9fff])")

# ---- work names -------------------------------------------------------------------
#: the kind of work a name ends with: ``滨河大道工程``, ``城南片区项目``, ``污水厂建设``, ``老旧小区改造``,
#: ``河道整治``, ``背街小巷提升``, ``清河行动``, ``垃圾分类试点``
WORK_KIND = r"工程|项目|建设|改造|整治|提升|行动|试点"
#: …the kinds a report line on a work opens with: ``城南安置房项目正在…`` (no 整治, 提升: ``整治提升`` reads as a verb there)
WORK_KIND_LINE = r"工程|项目|试点|行动|改造|建设"
#: a phase: ``科创园二期``
PHASE = r"一期|二期|三期"
#: a built thing: ``滨河路``, ``云溪桥``, ``科创园``, ``便民服务中心``, ``城东学校``, ``中医院``, ``体育馆``, ``青山隧道``, ``小区``, ``公园``
BUILT = r"路|桥|园|中心|学校|医院|馆|隧道|小区|公园"
#: the words of a work's due date (rx24): 时间节点 / 完成时限 / 整改时限 …; stated: 时间节点是4月30日 / 完成时限为9月30日
DUE_WORD = r"(?:时间节点|完成时限|完成时间|办结时限|完成期限|办结期限|截止时间|整改时限)"
DUE_STATED = DUE_WORD + r"(?:是|为|定为|确定为|:|:)"
#: a step's own term, the date a step is due before (rx25): ``6月底前`` / ``7月15日前`` / ``年底前`` / ``春节前`` / ``汛期前``;
#: with the halves and quarters of the year: ``上半年`` / ``三季度末``
TERM_BEFORE = (r"(?:\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|(?:(?:下|本)(?:个)?)?月(?:底|末)|年底|年末|春节|国庆节?|元旦节?|汛期|(?:秋季)?开学|"
               r"[一二三四]季度末)(?:之|以)?前")  # (秋季开学前, rx41)  # (国庆节前, 三季度末前, 下月底前: rx27)
STEP_TERM = r"(?:" + TERM_BEFORE + r"|上半年|下半年|[一二三四]季度(?:末)?|\d{1,3}个?(?:工作日|日|天)(?:内|之内))"  # (30日内, rx26)
#: what a dated step finishes: ``全部完成`` / ``开工`` / ``建成`` / ``投入使用`` / ``封顶`` / ``通水``
STEP_DONE = r"(?:全部|全面|基本|全线|正式)?(?:实现|开始)?(?:完成|开工|建成|竣工|完工|动工|破土动工|投入使用|交付使用|投用|通车|封顶|合龙|贯通|通水|投运|运营|开诊|开业|搬迁入住|入住|交房|具备[\u4e00-\u9fff]{1,5}?条件|初具规模|开街|开园|招生|进场(?:进行|开展)?(?:[\u4e00-\u9fff]{0,6}?)(?:施工|建设)|(?:发放|拨付|兑付)到位)"  # (入住, rx27; 具备运行条件, rx29; 9月底前补贴全部发放到位, session 55)

#: a label telling how the item above stands: 推进情况: / 当前进展: (a line under an item, or a block's first line)
STATUS_LABEL = r"当前进展|目前进展|进展情况|完成情况|推进情况|落实情况|办理情况|工作进展"
#: any ending of a work's name
WORK_END = r"(?:" + WORK_KIND + r"|" + PHASE + r"|" + BUILT + r")"
WORK_END_RX = lazy(WORK_END + r"$")

# ---- generic groups ---------------------------------------------------------------
#: a generic group, no actor (an item of a list of actors): ``各部门``, ``相关单位``, ``属地镇街``, ``园区``, ``责任单位``,
#: ``沿线乡镇``, ``所在镇村`` (rx22), ``县直有关部门`` (rx25)
GENERIC_GROUP_RX = lazy(r"^[省市区县]直(?:各|有关|相关)?(?:部门|单位)|^(?:各|有关|相关|所有|全体|其他|其它|其余|属地|各级|沿线|所在地?(?=[乡镇村街社]))|^(?:园区|镇街|街道|乡镇|部门|单位|片区|社区|村|企业|"
                              r"责任单位|责任领导|职能部门|相关部门|有关部门|牵头单位|大家|我们|项目方|业主方|施工方|建设方|投资方|"
                              # a unit named by its part in the work, not by name (rx17)
                              r"督办部门|督查部门|督办单位|承办部门|承办单位|主办部门|主办单位|协办单位|配合单位|配合部门|"
                              r"施工单位|建设单位|监理单位|设计单位|业主单位|项目单位|参建单位|中学|小学|学校|幼儿园|中小学|学校)$"
                              r"|^(?:[两二三四五六七八九十]|\d{1,3})(?:个|家)?(?:(?<=[个家])[\u4e00-\u9fff]{1,4}?)?(?:乡镇|镇街|镇|乡|街道|村|社区|部门|单位|县区|区县)(?:[((][^()()]{1,12}[))])?$")  # (两镇具体落实: the two towns, no name; rx37; 两个试点乡镇, rx52)
#: a table cell naming a generic group (anywhere 各): ``各镇街``, ``相关部门``, ``全县各乡镇``
GENERIC_CELL_RX = lazy(r"^(?:有关|相关|其他|其它|属地|全区|全市|全县)|各|(?:有关|相关)(?:部门|单位)$|^[省市区县]直(?:部门|单位)$")

# ---- status words -----------------------------------------------------------------
#: a work told done by the verb a sentence opens with: 建成城市书房3个 / 设立了助餐点 / 为800户…提供了X (session 54; a bare
#: 完成 is a stage or a plan as often, its reader's own choice)
DEED_VERB = (r"(?:建成了?|新建成|新建了|设立了|开通了|启用了|开展了|实现了|改造了|新增了|完成了|"
             r"(?:为|向)[^,,;;。]{2,24}?(?:提供|发放|开展)了)")

#: not by the due date (behind, whatever verb follows): ``未能按期完成``, ``未能如期完工``, ``没有按时建成``, ``未按计划交付``
LATE = r"(?:未能|没能|没有|未)(?:按期|如期|按时|按计划)"
#: behind: ``进度滞后``, ``未达序时``, ``进展缓慢``, ``欠进度``, ``欠目标进度`` (rx16), ``未按要求报送``, ``超期11天未办理``, ``未能按期完成``,
#: ``难以在承诺时间节点完成``, ``承诺至今没有兑现`` (rx21), ``剩余1.5公里顺延至明年3月底前完成`` (a postponement, rx22),
#: ``原计划6月底主体封顶,目前仅完成地下室施工`` (a plan fallen short of, rx22)
BEHIND_RX = lazy(LATE + r"|难以(?:在|按)[^,。;]{0,10}?(?:完成|完工|建成)|(?<!严禁)(?<!防止)(?<!避免)(?<!不得)(?<!杜绝)(?<!不能)滞后(?!风险|的风险|隐患|的?(?:项目|工程|单位|事项|任务)(?:要|必须|务必|在|于|赶上|加快))|(?:低于|慢于|落后于?)(?:序时|[^,。;]{0,6}?(?:时序|序时|时间进度))|落后于|未达序时|未达到序时|未达序|没有达到序时|进展缓慢|推进缓慢|进度缓慢|推进的?非常不理想|不理想|欠(?:目标|序时|计划)?进度|"
                       r"排名靠后|完成率(?:较|偏)?低|未按期|逾期(?!原因|的原因|事项的原因)|未完成|不达序时|达序:?否|是否达序:?否|"
                       r"(?<![不得能可])(?:延至|推迟至|推迟到|顺延至|延期至)(?:明年|下年|次年|(?:19|20)\d\d年)|"  # (剩余60个…延至明年1月完成: put off, rx36)  # (说明逾期原因: asked, rx32)
                       r"(?:进度|进展|推进|施工|建设)(?:相对|比较|较为|明显)?(?:缓慢|较慢|偏慢)|未按(?:要求|时限|规定|时)|超期(?!结存|未用|存放|滞留|的|资金)|"
                       r"(?:进度|进展)?(?:比|较)(?:计划|序时|预期)(?:进度)?(?:慢|落后)|(?:进度|开工进度|进展)慢于|"  # (进度比计划慢 / 开工进度慢于去年同期, rx29)
                       r"(?:根本|至今|仍然?|始终)?(?:没有|未能|没能|尚未|仍未)(?:得到)?兑现|"
                       r"(?<![不得可能])(?:顺延|延期|推迟|延后)(?:至|到)(?=[^,。;]{0,12}?(?:\d|明年|下半年|年底|年内))|"
                       r"原计划[^。;]{2,30}?[,,](?:但)?(?:目前|现在?|至今|截至目前)?(?:仅|只|才)(?:完成|开展|进行|建成)|"
                       r"排(?:在|名)?(?:全[省市县区州])?倒数(?:第[一二三四五])?|(?:仅|只)完成(?:了)?[^,,。;;\d]{0,8}?\d+(?:\.\d+)?%|"  # (rx33)
                       r"(?:未|没有)达到?(?:目标|年度|全年)?(?:计划|任务)进度|完成(?:有|存在)(?:一定|较大)?(?:困难|难度)|(?:无法|没能|没有?)(?:如期)?完成(?!了|[^,,。;;]{0,2}的)|"  # (有2件未达到目标任务进度, rx44)
                       r"(?:暂时|暂)(?:停工|停止施工|停建)|已?暂停(?:施工|建设)|(?:因|由于|受)[^,,。;;]{2,20}?(?:被迫|而)?(?:暂停施工|停工|停建|停止施工)(?!整改|处理|处罚)|(?:项目|工程)已停工")  # (工程因为原材料无法购买暂时停工, rx41)
#: not started: ``尚未开工``, ``未启动``
NOT_STARTED_RX = lazy(r"(?<!因)(?<!因项目)(?<!因工程)(?:尚未|还未|还没有|仍没有|(?<![尚还仍])未|(?<![尚还仍])没有|仍未)能?(?:开工|启动|动工|实施|开展)|(?:暂未|尚未)(?:明确|确定)(?:具体)?项目(?:清单)?")  # (至今未能开工, rx36; 暂未明确项目清单, rx51)
#: started (beside a count not started: ``开工2个,未开工3个`` is behind): ``已开工``, ``开工5个``
STARTED_RX = lazy(r"(?<![未没])(?:已)?开工\d+个|已开工|已启动|已动工")
#: done: ``已竣工``, ``已于9月底投入使用``, ``全部办结``, ``基本完工``, ``开诊运行``, ``已销号``, ``问题已整改`` (not 已整改的单位)
DONE_RX = lazy(r"(?:该|此)(?:项目|项|事项)(?:实事)?(?:已经?)?(?:全部)?(?:完成|建成|办结)(?=[,,。;;]|$)|已经?(?:于[^,。;已]{1,12}?)?(?:全部|全面|基本|如期|按期|正式|顺利)?(?:完成|建成|竣工|完工|通车|投入使用|投入运营|投用|投运|投产|生产|办结|到位|交付|挂牌(?:运行|成立)?|揭牌(?:运行|成立)?|落成|"
                     r"(?:通过)?(?:竣工)?验收|开通|落实|整改到位|修订|补办|核减|缴入(?:国库)?|拨付到(?:户|位)|依法(?:处罚|查处)|整改(?:完毕|完成)?(?![到的])|印发(?:执行|实施|施行)|收缴国库|全线贯通|贯通|销号|兑现|追回|收回|缴回|退回|退还|清退|缴库|上缴|化解|息诉(?:罢访)?)|(?:得到|得以)了?(?:兑现|践行)|已(?:经)?将[^,,。;;]{2,30}?(?:全部|全额)?(?:拨付到(?:户|位)|缴入国库|退还到位|清退到位)|"
                     r"(?<![未没要平人户])均(?:已)?(?:完成|建成|竣工|完工|办结)(?![\d一二三四五六七八九十率])|全面完成|全面完工|全部兑现|全面兑现|如期兑现|按期兑现|超额完成|全部完工|全部建成|全部完成|全部办结|如期完成|按期完成|提前完成|100%完成|已经?全部[\u4e00-\u9fff]{2}(?:完成|完毕)|已于[^,,。;;]{1,10}?全部[\u4e00-\u9fff]{2}(?:完成|完毕)|"
                     r"基本(?:完工|建成|竣工|完成(?!了?[^,,。;;]{0,6}?\d))(?![\d一二三四五六七八九十百千]+[个所座套户栋条])|(?:全线|实现|建成|正式)通车|建成并?投入(?:使用|运营)|(?<![为以])(?:如期|提前|按期|顺利)(?:完工|竣工|建成)|(?<![为以])顺利完成|(?:已|全部)(?:铺设|敷设|安装|拆除)(?:完毕|完成)|"  # (rx50)
                     r"投放(?:运营|使用)|(?:已|全部)(?:搬迁|拆除|清理|安置)完毕|已[^,,。;;]{0,16}?全部(?:清理|清退|退还|收回|追回)(?:完毕|到位)?|已(?:经)?全部(?:腾退|调剂|归还|公示|移交|清偿|兑付|发放|签订|设立|配齐)(?:调剂)?(?:到位|完毕)?|(?:开诊|开业|开馆)(?:运行|试运行|试运|营业)?|实现了[^,。;]{0,12}全(?:覆|复)盖|(?:全部)?办理完毕|全部办结|(?:予以|准予|同意)销号|(?:大幅度?|远远|均)?(?<!未)超过(?:了)?(?:年度|全年)?目标任务(?!进度)|已按照?(?:要求|计划|时限|时间节点)(?:全部)?(?:完成|办结)|(?:提前|全部|如期)“?交卷"
                     r"|已(?:经)?(?:全部)?(?:追缴|拆除|清退|收回)到位|已(?:经)?全部拆除|已(?:经)?(?:顺利)?通过[\u4e00-\u9fff]{1,8}?验收(?!前|后)|\d{1,2}月\d{1,2}日[,,][^,,。;;]{0,30}?(?:完成[^,,。;;前]{0,12}?验收|通过[\u4e00-\u9fff]{0,8}?验收)(?!前|后)|已(?:经)?(?:建立|成立|组建|召开)(?!了?[\u4e00-\u9fff]{0,4}(?:初稿|草案|征求意见))"
                     r"|已(?:经)?(?:制定|出台|印发)了?(?:《[^》]{2,30}》|[\u4e00-\u9fff]{0,10}?(?:方案|预案|办法|细则|制度|规定))(?!初稿|草案|征求意见)")  # (欠缴的费用已追缴到位 / 2处违建已全部拆除, rx44)  # (…经第三方检测合格,予以销号, rx36)
#: on track: ``达序时``, ``有序推进``, ``正在施工``, ``进展较好``, ``正在整改``, ``整改中``, ``已进入验收阶段``
ON_TRACK_RX = lazy(r"达序时|达到序时|符合序时|按序时|序时推进|正常推进|按计划推进|是否达序:?是|达序:?是|(?<![是要])(?:有序|稳步|顺利)推进|进展顺利|"
                         r"(?<![是要保将])(?:正在?|均|都)?(?:如期|按期)推进(?!到|至)|(?<![要保将])推进顺利|"  # (15个子项正如期推进 / X推进顺利, rx51)
                         r"(?<![要保将])(?:总体)?达到“?时间过半[,,、]?任务过半”?|已经?全部(?:开工|动工|开复工)(?:建设)?(?![\d一二三四五六七八九十])|(?<![前底内\d])\d+个[\u4e00-\u9fff]{2,12}?全部(?:开工|动工)建设|"  # (rx51)
                         r"正在(?:抓紧|加紧|积极|有序|全力|加快)?(?:推进|施工|建设|实施|开展|进行|编制|办理|招标|整改|追缴|追回|清退|清收|整顿|核查|核实|初核|催缴|协调|处置|化解|消化|返修|复核|清偿)|(?:目前|正在)持续整改|持续整改中|推进中|施工中|建设中|整改中|进展(?:情况)?良好|进展较好|进展较快|进展平稳|平稳推进|"
                         r"进入(?:施工)?(?:扫尾|收尾|验收|竣工验收|主体施工)阶段|已有\d+(?:个|项)(?:项目|工程)?(?:开工|动工|开复工)|正在(?:抓紧|加紧|积极)?(?:开展|推进|做好|办理)?前期(?:工作|手续)|"  # (rx50)
                         r"(?:此项|该项|该问题|此问题)(?:需|需要|将|仍需)?长期坚持|"
                         r"(?:此项|该项|该问题|此问题)(?:已)?部分整改|"
                         r"(?<![未没有])(?:达到或超过|达到|超过)(?:目标|年度|全年)?(?:计划|任务)进度|"
                         r"已(?:开工|动工|进场)(?:建设|施工)(?![\d一二三四五六七八九十])|已(?:经)?(?:开工|动工|封顶)(?=[,,。;;]|$)|(?:尚|仍)?(?:在|处于)前期(?:工作)?(?:阶段)?(?=[,,。;;]|$)|(?:已)?进入试运行|正(?:在)?(?:抓紧|加紧|紧张|积极|有序|全力|加快)(?:推进|施工|建设|实施)|仍在(?:推进|施工|建设|实施)|已在(?:办理|实施|推进|建设|施工|整改)|已开始(?!了)(?=[\u4e00-\u9fff])|施工(?:已)?过半|(?:超过?|快于)序时(?:进度)?|(?<![未没])部分完成|(?<![要将前底末内])主体(?:结构)?(?:工程)?(?:已经?|基本)?(?:完工|封顶|竣工)(?![的])")  # (session 54)  # (8个子项达到或超过年度计划进度, rx44)  # (此问题部分整改: part put right, the rest going on; rx33)
#: a section heading giving its items a status — behind: ``三、进度滞后的事项``, ``超期未办结事项``, ``四、未按要求报送的单位``
BEHIND_HEAD_RX = lazy(LATE + r"|滞后|缓慢|较慢|偏慢|未达序时|慢于序时|落后|未按期|未完成|欠序时|不达序时|未达到序时|"
                            r"未按(?:要求|时限|规定|时)|超期|逾期|^(?:亮)?(?:红灯|黄灯)|^(?:红色|黄色)(?:预警|等级)?(?:事项|项目)|"
                            r"^(?:未能|没有|尚未)兑现")  # (一、红灯事项, rx25; 三、未能兑现的1件, rx29)
#: …not started: ``四、尚未启动的事项``
NOT_STARTED_HEAD_RX = lazy(r"^(?:尚未|未|还未|仍未)(?:开工|启动|动工|实施|开展)")
#: …done: ``一、已完成的事项(5项)``, ``(一)按期完成的事项``, ``已办结事项``
DONE_HEAD_RX = lazy(r"^(?:已经|已|基本|全面|全部|按期|如期|提前|本期|本月|本季度)*(?:完成|办结|完工|建成|销号)")  # (二、本期销号事项, rx36)
#: …on track: ``二、序时推进的事项``, ``进展较好``, ``推进类(8项)``, ``正在办理的事项``
ON_TRACK_HEAD_RX = lazy(r"序时|按计划|正常推进|有序推进|稳步推进|正在推进|推进中|进展(?:较快|顺利|良好|较好)|在建|持续推进|达序|^(?:推进|正常|在建)类|"
                              r"正在办理|办理中|未办结|^(?:亮)?绿灯|^绿色(?:事项|项目)")

# ---- role verbs -------------------------------------------------------------------
#: role verbs after a subject: ``区水务局牵头``, ``张三负责``, ``区财政局配合``, ``县住建局要``, ``我局将``
ROLE_VERB_RX = lazy(r"牵好头|牵头|挂帅|包片(?=[,,;;。]|$)|包保(?!单位|责任|领导|干部|联系|人|制)|负总责|总负责|承担(?=的)|具体实施|组织实施|负责实施|具体负责(?!人|同志)|负责(?!人|同志)|承办|具体抓好落实|抓好落实|抓落实|具体落实(?=[,,;;。]|$)|(?<=[局办委室心司镇乡道队组所站部])落实(?=[,,;;。]|$)|联合办公(?=[,,;;。]|$)|具体抓(?=[,,;;。]|$)|亲自抓(?=[,,;;。]|$)|各负其责|抽调(?=人员|骨干|力量|专人)|(?<=[局办委室心司])按(?=照?[^,,。]{1,12}?推进)|协助|配合|协办|协同|会同|"
                          r"(?<![主重首纲紧])要(?![求素点闻])|必须|务必|(?<![必无])须(?=在|于|按|把|对|及时|立即|尽快)|需要|应当|应(?![对用急邀聘届征])|(?:做|抓|办|优化|落实|保障|服务)好|"
                          r"将(?![来近要])|(?:郑重|公开)?承诺(?![事书制人单件内的了过])|表态(?=[,,::]|说|$)|"
                          r"(?<=[局办委室厅院所站队心司团镇乡门组])(?:力争|确保)")  # (县农机局力争在6月底前完成…, rx43)
#: the role each verb gives: 牵头 → lead, 负责 → responsible, 配合 → assist
VERB_ROLE = {"承担": "responsible", "实施": "responsible", "具体实施": "responsible", "负责实施": "responsible", "牵好头": "lead", "牵头": "lead", "挂帅": "lead", "包保": "lead", "包抓": "lead", "包片": "lead", "负总责": "lead", "总负责": "lead",
             "具体负责": "responsible", "负责": "responsible", "承办": "responsible",
             "具体抓好落实": "responsible", "抓好落实": "responsible", "抓落实": "responsible", "具体落实": "responsible", "落实": "responsible", "联合办公": "responsible", "派专人": "responsible", "派驻专人": "responsible", "派出专人": "responsible",  # (X由A派驻专人指导督导, rx40)  # (X具体落实, rx37)
             "依规依纪": "responsible", "依纪依法": "responsible", "依法依规": "responsible", "依法": "responsible",  # (由X依规依纪调查处置, rx37)
             "具体抓": "responsible",  # 由张三同志负总责,区城管局具体抓 (rx21)
             "亲自抓": "responsible", "各负其责": "responsible", "按": "responsible", "抽调": "responsible",  # 陈某同志亲自抓 / A、B、C各负其责 (rx30)
             # 由县督查室跟踪督办 / 由县住建局盯住 (rx29)
             "跟踪督办": "responsible", "挂牌督办": "responsible", "列入督办": "responsible", "全程跟踪督办": "responsible", "盯住": "responsible",
             "统筹解决": "responsible", "统筹安排": "responsible",  # 资金缺口由县财政统筹解决 (rx29)
             "会同": "responsible", "组织实施": "responsible", "组织": "responsible", "协助": "assist", "配合": "assist", "协办": "assist", "协同": "assist",
             "要": "responsible", "必须": "responsible", "须": "responsible", "务必": "responsible", "需要": "responsible",
             "应当": "responsible", "应": "responsible",
             "力争": "responsible", "确保": "responsible",  # a unit striving or seeing to it: 县农机局力争… (rx43)
             "将": "responsible",  # a named unit that will: 县督查室将每月通报进度, 我局将…
             # a unit or a person that pledges: 我局承诺,6月底前…, 县水利局郑重承诺…
             "承诺": "responsible", "郑重承诺": "responsible", "公开承诺": "responsible",
             "表态": "responsible",  # 县交通局局长刘伟表态,确保…: a head's word in a pledge broadcast (rx25)
             # a unit in a run of assignments without a modal: 资规局做好项目用地报批
             "做好": "responsible", "抓好": "responsible", "办好": "responsible", "优化好": "responsible",
             "落实好": "responsible", "保障好": "responsible", "服务好": "responsible"}
#: role verbs after which a bare name is a person: ``由王海涛牵头``, ``李娜负责`` (not after 要)
BARE_NAME_VERBS = frozenset({"牵好头", "牵头", "挂帅", "包保", "包抓", "负总责", "总负责", "具体负责", "负责", "配合", "协助"})  # (赵某配合, rx32)

#: a step still pending in a clause after the one done: 已完成X,正在办理Y / ,预计12月底前Z / ,计划7月底前开工 /
#: ,剩余2个村10月底前完成 (rx28) (正在组织验收 / 审计 / 结算 after the works are done is their close, not a step of them)
THEN_PENDING = lazy(r"[,,;;]\s*(?:(?:目前|现|(?:剩余|其余|余下|尚余|还剩|另|另外)[^,,。;;]{0,8}?)?(?:正在|正|计划|预计|拟于?|将于)"
                    r"(?![^,,。;;]{0,8}(?:验收|审计|结算|决算|移交|销号|公示|评估))"
                    r"|(?:剩余|其余|余下|尚余|还剩|另|另外)[^,,。;;]{0,10}?" + TERM_BEFORE + r")")

#: a clause of units and their roles only, no work: 由镇纪委牵头 / 县发改局、县自然资源局配合 (rx28)
ROLES_ONLY = lazy(r"^由?[\u4e00-\u9fff、]{2,30}?(?:牵头|具体负责|负责|配合|协助|协办)$")

#: a sentence opening on the past: 去年, / 上年, / 过去一年, (a year named is compared with the document's, :func:`looks_back`)
_BACK = lazy(r"^\s*(?:去年|上年|上一年|过去一年|(?P<y>(?:19|20)\d\d)年(?:度|全年)?)[,,]")


def looks_back(text: str, year) -> bool:
    """Does ``text`` open on a year gone by (去年, / 2015年, in a 2016 speech, rx32)?

    >>> looks_back("去年,全区完成投资126亿元", 2018), looks_back("2015年,全市清理死角4.6万处", 2016)
    (True, True)
    >>> looks_back("2016年,全市要清理死角", 2016), looks_back("今年要完成X", 2016)
    (False, False)
    """
    m = _BACK.match(text)
    return bool(m) and (not m.group("y") or bool(year) and int(m.group("y")) < int(year))


#: all of a place's work told of at once, no work of its own: 全乡各项工作 / 整体工作 (rx33)
GENERAL_WORK_RX = lazy(r"各项(?:工作|任务|事业)|整体工作|总体工作")
#: a heading over pledges of manner: 一、服务规范承诺 / 二、作风承诺 / 三、廉洁自律 (rx33)
MANNER_HEAD_RX = lazy(r"^\s*[一二三四五六七八九十]+、[^,,。;;\d]{0,6}?(?:服务规范|服务态度|服务质量|作风|廉洁|纪律|行为规范|文明服务)")
#: the year's amount a share is told against: 900万元 in 占年度任务900万元的54% (rx33)
YEAR_AMOUNT = r"\d+(?:\.\d+)?[万亿]?(?:元|户|个|套|亩|吨|人|项|公里)"

#: a clause telling what the work asked is for: 为确保年底能按时完成… / 为进一步完善城市排水管网… (its term is no term
#: of the work, its words no name of it; rx40)
PURPOSE_RX = lazy(r"^(?:为了?|以)(?:进一步|更好地?|切实)?(?:确保|保证|保障|实现|完善|优化|提升|提高|解决|满足|改善|方便|推动|促进|加强|增强)")
#: the rest of a set told after what is done of it: ,剩余1项为X任务 / ,还有7处正在办理 (rx40)
REST_OF = r"(?:剩余|其余|余下|尚余|尚有|还剩|还有)"
