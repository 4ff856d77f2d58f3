"""Actors and their roles in a clause.

An actor is an official (``张伟同志``, ``李明书记``, ``区长王强``, a post
standing for a person such as ``常务副区长``) or an organisation recognised
by its grammar: an optional level (省/市/区/县) and a name ending in an
organisation suffix (局, 办, 委, 部, 中心, 指挥部, 管委会, 街道, 镇 …).
Generic groups (各部门, 相关单位, 属地镇街) are not actors.

Roles: ``lead`` (牵头, 挂帅), ``responsible`` (负责, 承办, 具体抓好落实, a named
unit that 要 do the task), ``assist`` (协助, 配合, 协办, 协同, 同/与 X 加强衔接).

>>> [(a.name, a.kind, a.role) for a in find_actors("由张三同志牵头").actors]
[('张三', 'person', 'lead')]
>>> [(a.name, a.role) for a in find_actors("区水务局、住建局协助各镇具体抓好落实").actors]
[('区水务局', 'assist'), ('住建局', 'assist')]
>>> [(a.name, a.role) for a in find_actors("区农业局和湿地园区办要同市林业局加强衔接").actors]
[('区农业局', 'responsible'), ('湿地园区办', 'responsible'), ('市林业局', 'assist')]
>>> find_actors("各部门要加强协作").actors
()
>>> [(a.name, a.role) for a in find_actors("请区住建局于11月30日前完成整改").actors]
[('区住建局', 'responsible')]
>>> [(a.name, a.post) for a in find_actors("常务副区长王五负责").actors]
[('王五', '常务副区长')]
>>> [(a.name, a.kind, a.role) for a in find_actors("由王海涛牵头").actors]
[('王海涛', 'person', 'lead')]
>>> [a.name for a in find_actors("王海涛、李娜负责协调").actors], find_actors("统筹负责").actors
(['王海涛', '李娜'], ())
"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import dataclass, field
from typing import Optional

from kg.model import Actor

from .segment import in_title
from .vocab import BARE_NAME_VERBS, CONNECTIVE, ENUM, GENERIC_GROUP_RX, IS_NO, MUST_NO, ROLE_VERB_RX, VERB_ROLE  # noqa: F401 (VERB_ROLE: re-exported)

POSTS = ("常务副区长", "常务副市长", "常务副县长", "常务副省长", "副区长", "副市长", "副县长", "副省长",
         "副镇长", "副乡长", "区长", "市长", "县长", "省长", "镇长", "乡长", "副书记", "书记",
         "副主任", "主任", "副局长", "局长", "副部长", "部长", "副主席", "主席", "秘书长", "副秘书长",
         "指挥长", "副指挥长", "副组长", "组长", "处长", "科长", "所长", "站长", "队长", "院长",
         "总经理", "总会计师", "总工程师", "总经济师", "经理", "董事长", "委员", "常委", "副主席", "调研员", "巡视员",
         "支书", "村长", "党组成员")  # (党组成员 何某: a party group member, rx36; 村支书杨某 / 村长王某: a village head by his common post, rx31)
_POST = "|".join(sorted(POSTS, key=len, reverse=True))
ORG_SUFFIXES = ("党校", "党总支", "党组", "党支部", "指挥部", "管委会", "委员会", "办公室", "办事处", "领导小组", "工作组", "拆迁组", "征迁组", "征收组", "专班", "纪检监察组", "纪检组", "中心", "集团",
                "公司", "街道", "分局", "室", "开发区", "高新区", "新区", "社区", "妇联", "残联", "工商联", "侨联", "文联", "科协", "支队", "大队", "总队", "局", "办", "委", "部", "厅", "署",
                "处", "院", "所", "站", "队", "镇", "乡", "会", "社", "行", "政府",
                "农场", "林场", "茶场", "牧场", "渔场", "良种场",  # (蒋堂农场将于…: a state farm, rx43)
                "中学", "小学", "学校", "幼儿园", "一中", "二中", "三中", "四中", "五中", "六中", "七中", "八中", "九中")  # (schools, rx25)
_ORG = "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True))
_HAN = r"[\u4e00-\u9fffA-Za-z0-9·]"

_ORG_RX = lazy(r"^(?:省|市|区|县|州|旗)?(?:“" + _HAN + r"{2,8}”)?" + _HAN + r"{0,14}?(?:" + _ORG + r")$")  # (“三勤合一”机动队: a name in quotes, rx41)
_NOT_IN_ORG = lazy(r"[我你他她们这那该本各的了着是在对把将被从以要与等、已]|(?<!自)由|有关|相关|所有|全区|全市|全县|全镇|全乡|全村|全省|全州|全旗|大家|"
                         r"领导|干部|群众|责任|部署|指示|职能|属地|部门|单位|层面|方面|社会(?!事务|事业|保障|保险|福利|治安|治理|工作部|组织)|企业家|学会|机会|大会|"
                         r"会议|全会|博会|交会|运会|年会|晚会|工作(?!站|队|部|室|委员会|专班|组|领导小组|指挥部)|体会|集会|宴会|协会会|"
                         # a verb in 行, no bank: 能够履行统筹协调职责, 区住建局履行…
                         r"(?:履|执|进|实|推|施|举|践|遵|奉|试|运)行$|"
                         # a verb in 办, no office: 中央环保督察交办 / 县里承办 (not 督查办, rx52)
                         r"(?:交|承|协|催|转|领|(?<!督)查)办$")
_PERSON_TITLE_RX = lazy(r"^(?P<name>[\u4e00-\u9fff]{2,4})同志$")
_NAME_POST_RX = lazy(r"^(?P<name>[\u4e00-\u9fff]{1,3}?)(?P<post>" + _POST + r")$")
_POST_NAME_RX = lazy(r"^(?P<post>[\u4e00-\u9fff]{0,8}?(?:" + _POST + r"))(?P<name>[\u4e00-\u9fff]{2,3})(?:同志)?$")
_LONE_POST_RX = lazy(r"^(?:区委|市委|县委|省委|区|市|县|省|镇|乡)?(?:分管)?(?:" + _POST + r")$")
_NOT_NAME = lazy(r"[的了们是在对把将被从以要和与及等、各该本这那委区市县省局办部党组会副]")

#: common family names (one character, and the compound ones): a bare name in a role frame
#: (由王海涛牵头, 李娜负责) is a person only when it opens with one
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
             "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易"
             "乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管"
             "柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
             "邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
SURNAMES = frozenset(_SURNAMES)
_BARE_NAME = lazy(r"^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|夏侯|慕容|尉迟|长孙|宇文|司徒|公孙)[\u4e00-\u9fff]{1,2}$|"
                        r"^[" + _SURNAMES + r"][\u4e00-\u9fff]{1,2}$")
#: …and is no word, place or unit
_NOT_BARE = lazy(r"[无不未没非的了们是在对把将被从以要和与及等、各该本这那每其此委区市县省镇乡村局办部党组会院所站队处室科股"
                       r"工程项目设施业务管改造推进实施单位门面地方度域期间边头分资融电路桥场馆园校厂]|"
                       r"建设$|建成|管理|资金|水利|水务|供水|排水|用水|水库|"  # (王建国, 李金山, 张水生 are names, rx32)
                       r"^(?:高度|全面|全力|全部|全体|全年|全程|方面|周边|周期|常务|安全|文化|任务|于是|何时|余下|史上|程序|万元|"
                       r"马上|时间|时限|时序|明确|明年|明显|应当|应急|应对|应用|连续|连同|东方|江河|黄金|石油|石化|白天|金额|龙头|"
                       r"宁可|尚未|严格|严肃|严禁|易地|简化|单独|季度|关于|关键|关注|齐抓|成立|成效|成本|成果|和谐|解决|包括|包保|"
                       r"包联|师生|商务|商贸|杜绝|范围|苗木|农业|农村|农民|农户|游客|司法|卓越|古城|计划|景点|景区|党员|党政|费用|"
                       r"冷链|卫生|宗教|房屋|房产|路面|向前|向上|施工|施策|温室|康养|武装|申报|申请|焦点|左右|符合|舒适|纪律|纪委|"
                       r"纪检|毕业|季节|管护|管控|管网|尤其|阳光|华侨|牛羊|钱款|谢绝|任何|任期|许可|常态|常规|平安|万人|万户|"
                       r"安监|安保|安检|安置|卫健|卫计|文旅|文广|文体|文明|文物|房管|房东|车主|党建|党务|武警|全权|康复|江北|江南)")
#: the working groups of a named command: 县防汛指挥部各工作组 (each group is not named)
_GROUPS_OF = lazy(r"^(?P<o>[\u4e00-\u9fff]{2,20}?(?:指挥部|领导小组|委员会))各(?:工作组|专项组|专班|小组|组)$")
#: the speaker's own unit: 我局将…, 我们要… (resolved by the reader of the speech)
FIRST_PERSON = lazy(r"^我(?:局|委|办|中心|公司|集团|镇|乡|街道|单位|们)$")
#: a list introduced as examples: 如县发改局 → 县发改局, 包括区财政局 → 区财政局 (如 alone only before a level: 如东县 is a place)
_EXAMPLE = r"例如|比如|诸如|包括|如(?=[省市区县州旗乡镇])"
_EXAMPLE_RX = lazy(r"^(?:" + _EXAMPLE + r")")
#: a unit named by one sector: 财政部门, 市交通部门 (not 相关部门, 职能部门, nor two sectors 财政税务部门)
_SECTOR_DEPT = lazy(r"^(?:省|市|区|县|州|旗)?[\u4e00-\u9fff]{2}部门$")
#: a body named with its level: 区绩效考评机构, 县审计机关 (not 金融机构, 医疗机构)
_LEVEL_BODY = lazy(r"^(?:省|市|区|县|州|旗)[\u4e00-\u9fff]{2,8}(?:机构|机关)$")
_NOT_SECTOR = lazy(r"直|相关|有关|职能|主管|行业|责任|牵头|配合|业务|执法|监管|政府|其他|其它|成员|协办|协同|承办|各|等|和|与|及|、")
_LIST_TAIL = lazy(r"等(?:[\u4e00-\u9fff]{0,4}(?:部门|单位|机构|方面|科室|处室))?"
                 r"(?:(?:及|和|以及)(?:相关|有关|各)[\u4e00-\u9fff]{1,6})?$")  # (…等部门及相关街道: generic groups after, rx43)
_LEAD_IN = lazy(r"^(?:" + ENUM + r"|[“‘\"]|" + IS_NO + r"|" + MUST_NO + r"|" + CONNECTIVE + r"|并且?|而且|(?:这|此|该)项(?:工作|任务)(?=[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心|公司)负责)|"
                      r"(?:同时|并)?明确(?=[\u4e00-\u9fff]{2,16}?(?:局|委|办|室|中心|公司))|(?:会议)?确定(?=[\u4e00-\u9fff()()、和\d]{2,30}?(?:将|要|负责|牵头))|再次|对此|为此|[县区市镇乡村]里的|下一步|下阶段|今年|下半年|当前|目前|然后|具体由|具体|还|也|要(?!求)|" + _EXAMPLE + r")+")
_ADVERBS = lazy(r"(?:(?:另)?一方面|按(?:照)?职责分工|按(?:照)?职责|按(?:照)?(?:规定)?程序|依法依规|各司其职|分工|每季度|每月|每年|每周|仍然?|也|还|都|均|(?<=[局委办心司镇乡])各|一定|务必|切实|继续|进一步|共同|分别|具体|主动|积极|"
                      r"全力|亲自|尽快|立即|认真|着力|重点|密切|紧密|要|必须|需|会同|牵头|来|(?<=[局委办心司])表示|加强)+$")  # (X等单位加强配合, rx41)

#: a directive naming the unit asked: 请X…, 由X…, 责成X…, 会议要求X… (not 按要求, 的要求), 督促X… opening a clause
ASK = r"由|(?<![申邀提报聘宴])请|责成|责令|(?<![按照的需])要求(?![:,])|^(?:并|同时)?督促|^(?:也|还)?希望|指定|交由|(?<![提移转递])交(?=[省市区县州])"
_BY = lazy(r"(?:" + ASK + r")(?P<a>[^由请,;。:]{2,40}?)(?P<v>牵好头|牵头|挂帅|包保(?!单位|责任|领导|干部|联系|人|制)|包抓(?!单位|责任|领导|干部|项目|人|制)|负总责|总负责|具体负责(?!人|同志)|负责(?!人|同志)|承办|具体抓好落实|抓好落实|具体落实(?=$|[,,。;;])|派(?:驻|出)?专人(?=指导|督导|驻守|跟踪|负责|督办|盯守|值守)|组织实施|组织(?=对|开展|实施)|(?:跟踪|挂牌|列入|全程跟踪)督办|盯住|统筹解决|统筹安排|会同|协助|配合|协办|(?<=[局办委司院心站所队团])实施(?=$|[,,。;;])|(?<=[局办委司院心站所队团组])(?:依规依纪|依纪依法|依法依规|依法)(?=调查|核查|处置|查处|核实))")  # (项目由县城投公司实施, rx28; 由驻局纪检监察组依规依纪调查处置, rx37)
_ASKED = lazy(r"(?:" + ASK + r")(?P<a>[^由请,;。:]{2,30}?)(?=于\d|于[今明本年]|[上下]半年(?:前|内)?(?:完成|实现|全面|全部|启动|开工)|年内(?:完成|实现|全面|全部)|\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?(?:之)?前|年底前|本月底前|月底前|在|要|务必|抓紧|尽快|认真|切实|按照|对照|"
                    r"进一步|立即|限期|及时|加快|做好|抓好|全力|迅速|对|办理|处理|核查|调查|答复|按程序报|按规定报|"
                    r"督导|开展|协同|不定时|定期|将(?![来近])|按(?:季度|月|周|年度|旬)|每(?:季度|月|周|旬)|"  # (要求各单位:二是区供销社督导商家…, rx41)
                    r"按时|按期|如期|会后|完成|制定|编制|启动|建立|督促|加强|结合|根据|依据|围绕|科学|统筹|精心|严格|倒排|合理|"
                    r"自(?:本|即日)|书面|(?:作|做)进一步|按会议|修改(?:完善|后)|"  # (要求X自本通报印发之日起…书面说明, rx32; 请X作进一步修改完善, rx49)
                    r"(?:按程序|按规定)?(?:印发|发布|下发)(?!的))")  # (rx22; 由X按程序印发实施, rx25)
_WITH = lazy(r"(?:同|与)(?P<a>[^同与,;。:]{2,30}?)(?:加强|密切|做好|搞好|进行|积极|主动)?(?:衔接|协作|配合|对接|合作)")
#: the party committee or the government itself (区委, 市人民政府, 县委县政府)
_TOP_BODY = lazy(r"^(?:[\u4e00-\u9fff]{0,6}?[省市区县镇乡州旗])?(?:党委|委|人民政府|政府)$")
TOP_BODY = _TOP_BODY  # (a place's party committee or government: its word to the public assigns nobody)
#: …or a unit that will only try harder: 市某局将更进一步加大工作力度
_WILL_VAGUE = lazy(r"^(?:更|更加|进一步|继续|持续|不断)*(?:加大工作力度|加强领导|努力工作|再接再厉)|"
                   # (or only a spirit over all the work: 我们将以更大的决心、更实的作风抓好各项工作; rx39)
                   r"^以[^,,。;]{2,24}?(?:抓好|做好|完成|推进)(?:全年|今年)?(?:各项|全部)(?:工作|任务|目标任务)|"
                   # (or only how, the whole of what follows: 我们将高度重视,积极配合,扎实推进; rx22)
                   r"^(?:高度重视|积极配合|认真落实|全力以赴)(?:[,,、](?:积极配合|扎实推进|认真落实|全力以赴|高度重视|主动作为))*[。]?$")
#: the works a unit takes up at once in a decision (自然资源局同步办理…, rx32)
_ACTS = r"(?:办理|完成|开展|制定|启动|编制|拨付|做好|组织|落实|推进|实施|研究|出台|建立)"
#: a unit's verb of funding a work, and by what means: 追加安排 / 自筹 / 通过银行贷款等方式自筹 (rx39)
_FUND_BY = r"通过[\u4e00-\u9fff]{2,12}?(?:方式|渠道)"
_FUND_VERB = r"(?:追加|另行|足额)?(?:统筹安排|安排|筹措|筹集|拨付|下达|自筹)"
_ROLE_WORDS = lazy(r"(?<=[局办委室厅部院所站队心司团镇乡道])[::]|项目法人|建设法人|项目业主|承诺|表态|表示$|(?<=[局办委心司])表示(?=将|要)|希望|责任人|责任主体|实施主体|工作主体|指定|交由|交(?=[省市区县州])|责令|(?:(?<=[局办委室厅部院所站队心司团镇乡道府])|(?<=委会))(?:于|在)?(?=\d|20|年[底内末]|[下本]月|[下本]周|春节|国庆|元旦|下次|月底)|(?<=[局办委室厅部院所站队心司团镇乡道])每(?=[周月季半旬天日年])|实施|我[局委办镇乡们单公中集街]|督促|督导|牵|挂帅|包保|包片|组长|指挥|(?:做|抓|办|优化|落实|保障|服务)好|具体抓|亲自抓|抽调(?=人员|骨干|力量|专人)|(?<=[局办委室心司])按(?=照?[^,,。]{1,12}?推进)|承担|单位[为是]|主体[为是]|负|承办|落实|协|配合|要|必须|务必|(?<![必无])须(?=在|于|按|把|对|及时|立即|尽快)|需要|应|衔接|(?<=[局办委室厅院所站队心司团镇乡门组])(?:力争|确保)|(?<=[局办委室所站队组心])对(?=[^,;。]{2,30}?实[行施])|责任[在归]|对接|合作|单位|会同|请|责成|由|[局办委室厅部院所站队心组门司团场][也还都均]?将|(?<=[\u4e00-\u9fff]{2}[镇乡])将(?=在|于|今年|年内|明年|\d)|(?:(?<=[局办委心司道镇乡])|(?<=工作组))已(?=新增|新建|完成|建成|开工|改造|整治|铺设|安装|拨付|办结|签约|投资[^,,;;。]{0,10}?(?:帮助)?完成|投入[^,,;;。]{0,10}?(?:帮助)?完成)|(?<=[局办委心司院])(?:年内|今年|年底前)?(?:通过(?=[^,,。;]{2,12}?(?:方式|渠道)(?:自筹|筹措|筹集))|" + _FUND_VERB + r")|(?<=财政所)从|(?<=[局办委心司道镇乡队])(?:计划|拟)(?=[于在]?(?:\d|今年|明年|年[底内末]))|(?<=[局办委心司道镇乡队处])(?:同步|同时|抓紧|加紧|加快|尽快|立即)(?=" + _ACTS + r")")
_AS_LABEL = lazy(r"(?P<a>[^,;。:由]{2,40}?)(?:为|作为|是)(?:该项目|项目|本项目|工程)?(?:建设(?=法人|主体))?(?P<lab>牵头单位|牵头部门|责任单位|主要责任单位|责任部门|配合单位|协办单位|协同单位|"
                       r"第一责任人|直接责任人|主要责任人|责任人|责任主体|实施主体|工作主体|项目业主|项目法人|法人|业主单位|建设单位|实施单位|承建单位)")  # (县水务局作为项目法人, rx35)
#: a leading group: 王五任组长 / 以县长王五为组长、副县长赵六为副组长 (both lead; 成员单位 are no actors; a post's 主任 is
#: no 任: 办公室副主任李四、X局局长赵六任副组长, rx49)
_GROUP_HEAD = lazy(r"(?P<a>(?:[^,;。:由以任为]|(?<=[主专])任){2,30}?)(?:担任|任|为)(?:领导小组|工作专班|指挥部)?(?P<lab>副?组长|副?指挥长|总指挥|副总指挥)")
#: the leaders of a unit, standing for it before a modal: 县卫健局班子成员要, 县交通局主要负责同志要
#: to whom a pledge is made, between the pledger and 承诺: 村两委向群众(承诺) / 镇政府向全镇人民公开(承诺)
_AUDIENCE = lazy(r"(?:率先|带头|首先)?向(?:全[省市县区镇乡村社])?(?:广大)?(?:人民群众|党员群众|群众|村民|居民|人民|社会各界|社会|选民|服务对象|企业|师生|家长)(?:代表)?"
                 r"(?:公开|郑重|庄严)?(?:作出|做出)?$")
_LEADERS = lazy(r"(?<=[局办委部室队所站院镇乡司团心])(?:全体)?(?:领导班子|班子成员|班子|主要负责同志|主要负责人|主要领导|负责同志|负责人|一把手)(?:全体成员)?$")
#: a time between the subject and its modal: 城南指挥部11月20日前要完成拆迁
_TIME_TAIL = lazy(r"(?:在|于)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|份|中旬|上旬|下旬)?|本月底?|月底|年底|年内|下周|本周|春节|国庆|汛期)(?:前|之前)?$")
#: a date opening the subject: 9月5日前东山村、柳树湾村要… / 6月底前县住建局要…
_TIME_HEAD = lazy(r"^(?:(?:19|20)\d\d年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|份|中旬|上旬|下旬)?|年底|年内|本月底?|月底)(?:前|之前|以前)[,,]?")
#: the label before the unit: 承建单位为城投公司 / 责任单位是县住建局
_LABEL_IS = lazy(r"(?P<lab>牵头单位|责任单位|主要责任单位|承建单位|实施单位|实施主体|责任主体|配合单位|协办单位)(?:为|是)(?P<a>[^,;。:由]{2,30})")
#: the units a lead supervises: …牵头负责,督促指导甲镇、乙镇和项目方… (they do the work)
_SUPERVISED = lazy(r"(?:督促指导|指导督促|督促|督导)(?P<a>[^,;。:]{2,40}?)(?=[,;。]|$|(?:全面|切实|认真|及时|尽快|进一步)?(?:做好|抓好|完成|落实|加快|提前|按时|按期))")  # (督促X全面落实…, rx40)
_LABEL_ROLE = {"牵头": "lead", "法人": "responsible", "责任": "responsible", "项目": "responsible", "业主": "responsible", "建设": "responsible", "主要": "responsible", "第一": "responsible", "直接": "responsible", "承建": "responsible", "实施": "responsible", "工作": "responsible", "配合": "assist", "协办": "assist", "协同": "assist",
               "负责": "responsible", "协助": "assist"}  # (负责:X / 协助:Y in a bracket of roles, rx33)
_ONE_ORG = r"[\u4e00-\u9fff]{1,14}?(?:" + _ORG + r")(?!局|[\u4e00-\u9fff]{0,2}室)"  # (县人社局: not 县人社 before 局, rx31; 县政府督查室, rx33)
_TOGETHER = lazy(r"(?:会同|(?<=要)联合)(?P<a>" + _ONE_ORG + r"(?:(?:、|和|及)" + _ONE_ORG + r")*)")  # (交通部门要联合督查室…, rx41)
_ROLE_ONLY_REST = lazy(r"^(?:[,、和及]|亲自|挂帅|包保|负总责|总负责|靠前指挥|坐镇指挥|亲自抓|牵好头|牵头|各[\u4e00-\u9fff]{1,5}?(?=具体|抓好|做好|落实)|属地单位|具体|抓好|做好|落实|负责|该项|此项|这项|"
                             r"工作|进行|专项|督促|指导|推进|统筹|协调|组织|实施|按照|各自|职责|抓总|总体|调度)*$")  # (牵头抓总, rx27)


#: 、 , 以及 split a list; 和 及 与 only where their left side is an actor
_LIST_SEP = lazy(r"、|,|以及")
_AND_SEP = lazy(r"(和|及|与)")


@dataclass(frozen=True)
class ClauseActors:
    """Actors of a clause; ``role_only`` when the clause only assigns roles
    (``由张三同志牵头``, ``区重点办负责``); ``topic`` is what comes before
    ``由`` (``征地由张三同志牵头`` → ``征地``)."""
    actors: tuple[Actor, ...] = ()
    role_only: bool = False
    topic: str = ""


#: a unit and its office in brackets: 区政府办(督查室) / 县委办(县委督查室) (rx33)
_WITH_OFFICE = lazy(r"^(?P<o>[\u4e00-\u9fff]{2,14}?(?:局|委|办|政府|中心))[((][\u4e00-\u9fff]{1,8}?(?:室|科|股|办)[))]$")


def _item_text(item: str) -> str:
    """An item without its quotes, its 例如 and a year's 年度 before it (2017年度区政府承诺…: the unit; rx43)."""
    item = _unquoted(item)
    if item and item[0] in "例比诸包如":
        item = _EXAMPLE_RX.sub("", item)
    return item[2:] if item.startswith("年度") and len(item) > 4 else item


def parse_item(item: str, bare: bool = False) -> Optional[tuple[str, str, Optional[str]]]:
    """``(name, kind, post)`` of one list item, or None when it is no actor;
    ``bare``: in a role frame (由X牵头, X负责), a 2–3-character name opening
    with a family name is a person (王海涛).

    >>> parse_item("区商务促进局"), parse_item("李明书记"), parse_item("各部门")
    (('区商务促进局', 'organization', None), ('李明', 'person', '书记'), None)
    """
    office = _WITH_OFFICE.match(item.strip())
    if office and parse_item(office.group("o")):  # 区政府办(督查室): the office named in its unit's brackets (rx33)
        return item.strip(), "organization", None
    item = _item_text(item)
    if item[:1] in "经请" and item[1:2] in "省市县区州镇乡":
        return None  # (经县住建局会同… / 请县水利局…: a frame word before the unit, no name; rx36)
    if item.startswith("除"):
        return None  # (除A、B外,其余…已完工: the ones left out, no actor; rx52)
    if item[:1] in "向对" and item[1:2] in "省市县区州镇乡":
        return None  # (向市住建局报告: to whom, not who; rx41)
    if _BY_UNIT.match(item):
        return parse_item(item[1:], bare)  # (由市扶贫办(牵头): the unit, rx37; 由自然资源部执法局、…,以及…负责, rx41)
    if FIRST_PERSON.match(item):  # 我局 / 我们: the builder resolves it to the speaker's unit, or drops it
        return item, "organization", None

    m = _GROUPS_OF.match(item)
    if m and parse_item(m.group("o")):  # 县防汛指挥部各工作组: the groups of a named command, one actor
        return item, "organization", None
    if len(item) < 2 or GENERIC_GROUP_RX.search(item):
        return None
    return _person(item) or _organization(item) or (
        (item, "person", None) if bare and _BARE_NAME.match(item) and not _NOT_BARE.search(item) else None)


#: 由 before a unit's name: 由市扶贫办 / 由自然资源部执法局 (not 由于)
_BY_UNIT = lazy(r"^由(?:[省市县区州镇乡]|(?!于).{4})")


def _unquoted(item: str) -> str:
    """An item without the quotes and brackets around it; a quote opening a name stays (“三勤合一”机动队, rx41)."""
    quoted = item.strip().startswith("“") and "”" in item.strip()[1:-1]
    return ("“" if quoted else "") + item.strip(" “”\"'()")


#: words before 同志 that name nobody: 负责同志 / 分管同志 / 主要负责同志 (rx52)
_NO_ONE = lazy(r"负责|分管|主要|牵头|具体|联系|参会|与会|全体|广大")


def _person(item: str) -> Optional[tuple[str, str, Optional[str]]]:
    """张伟同志 / 常务副区长王五 / 李明书记 (王书记: the whole) / 常务副区长 (a post standing for its holder)."""
    m = _PERSON_TITLE_RX.match(item)
    if m and not _NOT_NAME.search(m.group("name")) and not _NO_ONE.search(m.group("name")):
        return m.group("name"), "person", None
    m = _POST_NAME_RX.match(item)
    if m and not _NOT_NAME.search(m.group("name")):
        return m.group("name"), "person", m.group("post")
    m = _NAME_POST_RX.match(item) if not _LONE_POST_RX.match(item) else None  # (常务副县长: a post, no 常务)
    if m and not _NOT_NAME.search(m.group("name")):
        name = m.group("name")
        return (item if len(name) == 1 else name), "person", m.group("post")
    if _LONE_POST_RX.match(item) and not _UNIT_POST_ALONE.match(item):
        return item, "person", item
    return None


#: a post of a unit's head, alone: the head of each group or office told to act (组长要发挥职能), nobody in particular (rx40)
_UNIT_POST_ALONE = lazy(r"^(?:副)?(?:组长|队长|站长|所长|科长|处长)$")


#: a phrase opening with a verb of manner is no unit: 按照市政府统一部署, 认真研究所(负责的), 兑现政府(承诺)
_VERB_OPEN = lazy(r"^(?:按照|根据|依照|依据|认真|兑现|对照|围绕|结合|通过|"
                        r"加强|强化|加大|加快|推动|深化|完善|健全|建立|压实|形成|坚持|开展|实施|推行|开通|做好|抓好|完成|指导|督促|引导|帮助)"
                        r"|.*[一二两三四五六七八九十\d]所$")  # (加强部门协同联动: rx13; 开展办(公用房): rx37; 新建X中心一所: a count, rx51)


def _organization(item: str) -> Optional[tuple[str, str, Optional[str]]]:
    """区商务促进局 (a level and an organisation suffix) / 财政部门, 县审计机关 (one sector, a body with its level).

    >>> _organization("按照市政府统一部署"), _organization("认真研究所"), _organization("市农科研究所")[0]
    (None, None, '市农科研究所')
    """
    if _VERB_OPEN.match(item):
        return None
    if _ORG_RX.match(item) and not _NOT_IN_ORG.search(item):
        return item, "organization", None
    if (_SECTOR_DEPT.match(item) or _LEVEL_BODY.match(item)) and not _NOT_SECTOR.search(item) \
            and not _NOT_IN_ORG.search(item[:-2]):
        return item, "organization", None
    if _VILLAGE.match(item) and not _NOT_IN_ORG.search(item):
        return item, "organization", None
    m = _LEADING_GROUP.match(item)
    if m and not _NOT_IN_ORG.search(m.group("w") or m.group("w2")):
        return item, "organization", None
    if _TREASURY.match(item) or (_SECTION.match(item) and not _NOT_IN_ORG.search(item)):
        return item, "organization", None  # 由县财政统筹解决; a bureau's section: 基础教育股 / 城管科 (rx29)
    m = _UNITS_GROUP.match(item)
    if m and _organization(m.group("u")):  # 县住建局驻镇工作组: a unit's working group (rx37)
        return item, "organization", None
    return None


#: a unit's working group or team: 县住建局驻镇工作组 / 市委驻村工作队 / 县自然资源局工作专班 (rx37)
_UNITS_GROUP = lazy(r"^(?P<u>[\u4e00-\u9fff]{3,16}?(?:局|委|办|部|院|中心))(?:驻[\u4e00-\u9fff]{1,6}?)?(?:工作组|工作队|工作专班|专班)$")


#: a bureau's section: 基础教育股 / 计划财务股 / 城管科 (not 科技, 学科, 中科, 入股, rx29)
_SECTION = lazy(r"^(?!.*(?:科技|学科|医科|专科|股份|股权|股东|股市|入股|参股|控股|持股))[\u4e00-\u9fff]{2,8}(?<![中国数理工文医外内本专百分学兽牙眼儿妇全每一二三四五六七八九十两入参控持配炒新老散])(?:股|科)$|^[\u4e00-\u9fff]{2,8}管理(?:股|科)$")  # (医药服务管理股, rx31)
#: a level's treasury named without 局: 县财政 / 市级财政 (rx29)
_TREASURY = lazy(r"^(?:省|市|区|县|州|旗|镇|乡)级?财政$")


#: a leading group or its office by its work (区创文工作领导小组办公室, 县防汛抗旱领导小组): 领导 and 工作 are its name here
_LEADING_GROUP = lazy(r"^(?:(?:省|市|区|县|州|旗)(?P<w>" + _HAN + r"{2,16}?)|(?!成立|组建|设立|调整)(?P<w2>" + _HAN + r"{4,16}?))(?:工作)?领导小组(?:办公室)?$")  # (迎接X复审工作领导小组: named by its work, rx40)


#: a village by its name (东山村, 柳树湾村): two or three characters and 村, not a kind of village (示范村, 贫困村)
_VILLAGE = lazy(r"^(?!.*(?:农|乡|示范|贫困|行政|自然|试点|重点|先进|文明|美丽|中心|边远|偏远|城中|空心|新村|移民|安置|搬迁|集中|整|全|每|本|该|此|一|两|多|个|几|各))"
                      r"[\u4e00-\u9fff]{2,3}村$")


def _items(phrase: str, bare: bool = False) -> list[str]:
    """List items split on 、 , 及 以及 与 and 和 — but ``区住房和城乡建设局``
    stays whole: a conjunction splits only where its left side is an actor."""
    out = []
    for chunk in _LIST_SEP.split(phrase):
        parts = _AND_SEP.split(chunk)
        cur = parts[0]
        for i in range(1, len(parts), 2):
            if parse_item(cur.strip(), bare) or GENERIC_GROUP_RX.search(cur.strip()):
                out.append(cur)
                cur = parts[i + 1]
            else:
                cur = cur + parts[i] + parts[i + 1]
        out.append(cur)
    return out


#: a post held before (原/前) or now (现任) named beside its holder, with or without a place
_MARKED_POST = lazy(r"^(?P<mark>原|前|现任)(?P<post>[\u4e00-\u9fff]{0,10}?(?:" + _POST + r"))$")
#: 县长张三(原东湖区副区长): the post held before in brackets after the holder
_BRACKET_WAS = lazy(r"(?P<who>[^、,()\uff08\uff09]{2,})[(\uff08](?P<was>(?:原|前)[\u4e00-\u9fff]{0,10}?(?:" + _POST + r"))[)\uff09]")


#: a unit and the office it also is, in brackets: 县发改局(县移民办) / 区住建局(区人防办)
_UNIT_ALIAS = lazy(r"(?P<u>[\u4e00-\u9fff]{2,16}?(?:局|委|办|中心))[(\uff08](?P<alias>[省市区县镇乡]?[\u4e00-\u9fff]{1,10}?(?:办|局|委|中心))[)\uff09]")


def _held(post: Optional[str]) -> Optional[str]:
    """A post as the person holds it: 现任县长 → 县长 (原/前 kept: split_post reads them)."""
    return post[2:] if post and post.startswith("现任") else post


def _moves(out: list, pending: list[str], p: tuple) -> tuple:
    """One person with every post named beside them when one was held before or is held now
    (县长、原东湖区副区长张三 / 原东湖区副区长、现任县长张三 → 张三, 县长、原东湖区副区长)."""
    name, kind, post = p
    marked = pending or (post or "").startswith(("原", "前", "现任"))
    if kind != "person" or name == post or not marked:
        return p
    now = [_held(post)] if not post.startswith(("原", "前")) else []
    was = [post] if not now else []
    while out and out[-1][1] == "person" and out[-1][0] == out[-1][2]:  # 县长、… : a post standing just before
        now.insert(0, out.pop()[2])
    for q in pending:
        (was if q.startswith(("原", "前")) else now).append(_held(q))
    pending.clear()
    return name, kind, "、".join(now + was)


#: a body with all its departments: 县政府及其组成部门, 区委及其工作部门
_AND_ITS_OWN = lazy(r"及其(?:组成|所属|下属|工作|直属)?各?(?:部门|单位)(?=$|[、和及])")


#: a label of the units' standing before their names: 包片单位县林业局 / 东段包保单位县水利局、县商务局 (rx19)
_LABEL_BEFORE = lazy(r"^[\u4e00-\u9fff]{0,8}?(?:包片|包保|包联|挂点|联系|牵头|责任|主办|承办|配合|协办)(?:单位|部门)"
                           r"(?=(?:省|市|区|县|州|旗|镇|乡)[\u4e00-\u9fff]{2})")


#: a bare kind of unit, no unit of its own: 办事处 / 社区 / 部门 (after 各)
_BARE_KIND = lazy(r"(?:街道)?办事处|社区|村|镇|乡|乡镇|街道|部门|单位|科室|学校|企业|站所|中心|(?:人民)?政府|党(?:工)?委|两委")  # (各县区党委和政府, rx49)


#: places named bare, then their count and the kind they share: 双沟、王集两镇 / 东湖、西湖、南湖三个街道 (rx41)
_SHARED_KIND = lazy(r"(?P<n>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)(?:两|二|三|四|五|六|七|八|九|十)个?(?P<k>镇|乡|街道|社区|村)")


#: the joint office of a party committee and its government: 县委、县政府督查办 / 市委、市政府督查室 (one unit, rx50)
_JOINT_OFFICE = lazy(r"(?:^|(?<=、))([\u4e00-\u9fff]{0,6}?[省市区县镇乡州旗]委)、([\u4e00-\u9fff]{0,6}?[省市区县镇乡州旗](?:人民)?政府"
                     r"(?:督查室|督查办|督查督办室|办公室|督办室|信访局|目标办|考核办))")


def parse_list(phrase: str, bare: bool = False) -> Optional[list[tuple[str, str, Optional[str]]]]:
    """Actors of ``A、B和C等职能部门``; None when an item is neither an actor
    nor a generic group (the phrase is then no list of actors).

    >>> [n for n, k, p in parse_list("区住房和城乡建设局、区财政局")]
    ['区住房和城乡建设局', '区财政局']
    >>> [(n, p) for n, k, p in parse_list("区委常委、常务副区长王五")]
    [('王五', '常务副区长')]
    >>> [(n, p) for n, k, p in parse_list("张三、李四同志")]
    [('张三', None), ('李四', None)]
    >>> [(n, p) for n, k, p in parse_list("区委常委、宣传部部长张某同志")]
    [('张某', '宣传部部长')]
    >>> parse_list("各镇、办事处")
    []
    """
    phrase = _LIST_TAIL.sub("", _LABEL_BEFORE.sub("", phrase.strip()))
    joint = {m.group(1) + m.group(2): m.group(0) for m in _JOINT_OFFICE.finditer(phrase)}
    phrase = _JOINT_OFFICE.sub(r"\1\2", phrase)  # 县委、县政府督查办: the two bodies' one office, named as written (rx50)
    shared = _SHARED_KIND.fullmatch(phrase)
    if shared:  # 双沟、王集两镇: each place with the kind they share (rx41)
        phrase = "、".join(n + shared.group("k") for n in shared.group("n").split("、"))
    if _AND_ITS_OWN.search(phrase):
        return []  # 县政府及其组成部门: a body and all its departments, everyone (rx13)
    if "(" in phrase or "\uff08" in phrase:
        phrase = _BRACKET_WAS.sub(lambda m: m.group("was") + "、" + m.group("who"), phrase)
        phrase = _UNIT_ALIAS.sub(lambda m: m.group("u"), phrase)  # 县发改局(县移民办): one unit, its other name (rx31)
    out = _parsed_items(phrase, bare)
    if out is None:
        return None
    out = [(joint.get(n, n), k, p) for n, k, p in out] if joint else out
    return _list_finished(out, phrase)


def _list_finished(out: list, phrase: str) -> list:
    """The items of :func:`parse_list` as actors: 各 with every item, a place's 党委、政府 one body each, the posts of one
    person joined."""
    if phrase.startswith("各"):  # 各镇、办事处: 各 goes with every item, a bare kind of unit names none (rx21)
        out = [p for p in out if not _BARE_KIND.fullmatch(p[0])]
    # 镇党委、政府: the same place's government (rx26)
    out = [(out[i - 1][0][:re.match(r"^(.+?)(?:党委|党工委|委)$", out[i - 1][0]).end(1)] + p[0], p[1], p[2])
           if i and p[0] in ("政府", "人民政府") and re.match(r"^(.+?)(?:党委|党工委|委)$", out[i - 1][0]) else p
           for i, p in enumerate(out)]
    # 区委常委、常务副区长王五: the posts of one person
    merged = []
    for i, p in enumerate(out):
        if p[1] == "person" and p[0] == p[2] and i + 1 < len(out) and out[i + 1][1] == "person" \
                and out[i + 1][0] != out[i + 1][2]:
            continue
        merged.append(p)
    return merged


#: a party post of a unit, without its holder's name: 局党组书记 / 镇党委副书记
_PARTY_POST = lazy(r"[\u4e00-\u9fff]{0,8}(?:党组|党委|党工委|党总支|党支部)(?:副)?书记")


def _parsed_items(phrase: str, bare: bool) -> Optional[list[tuple[str, str, Optional[str]]]]:
    """Each item of the list read (:func:`parse_item`), posts named beside a holder joined to them
    (:func:`_moves`); None when an item is no actor nor a generic group."""
    out = []
    pending: list[str] = []  # 原东湖区副区长、 (the holder comes after)
    comrades = phrase.endswith("同志")  # 张三、李四同志: 同志 covers the list
    for item in _items(phrase, bare):
        item = item.strip()
        if not item:
            continue
        if _MARKED_POST.match(item):
            pending.append(item)
            continue
        p = parse_item(item, bare) or (
            (item, "person", item) if _PARTY_POST.fullmatch(item) else None)  # 局党组书记、局长王建国: one person's posts (rx26)
        if p is not None:
            p = _moves(out, pending, p)
        if p is None and comrades and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", item) and not _NOT_NAME.search(item):
            p = (item, "person", None)
        if p is None:
            if GENERIC_GROUP_RX.search(item) or item.endswith(("部门", "单位")):
                continue
            return None
        out.append(p)
    if pending:  # 原东湖区副区长 with no holder after it
        return None
    return out


def _actors(items, role) -> list[Actor]:
    return [Actor(n, k, role, post) for n, k, post in items]


@dataclass(slots=True)
class _Reading:
    """What :func:`find_actors` has read of a clause so far."""
    clause: str
    found: list = field(default_factory=list)
    rest: Optional[str] = None  # the clause after the first frame naming actors (role_only reads it)
    topic: str = ""  # what comes before 由 (征地由张三同志牵头 → 征地)

    def add(self, items, role: str, end: Optional[int] = None) -> None:
        """Actors of ``items`` in ``role``; the first frame to give ``end`` sets :attr:`rest`."""
        self.found += _actors(items, role)
        if end is not None and self.rest is None:
            self.rest = self.clause[end:]


#: a frame before 由, no topic: 明确由A负责, 会议决定由A牵头, 经研究由A…
_NO_TOPIC = lazy(r"^(?:会议|会上|经研究|经会议研究)?(?:并|还)?(?:明确|决定|确定|议定|研究决定|要求|强调|指定|同意|商定)?了?$|^(?:该|此|这|本)?(?:项目|工程|项工作|工作|项任务)$|^(?:所需|建设|项目|配套|工作)?(?:资金|经费)$")  # (项目由X实施: no topic, rx28; 资金由X统筹解决: the work's funds, rx29)


def _by_frame(r: _Reading) -> None:
    """由张三同志牵头 / 请区住建局负责 (征地由A牵头: 征地 is the topic)."""
    clause = r.clause
    for m in _BY.finditer(clause):
        items = parse_list(_ADVERBS.sub("", m.group("a")), m.group("v") in BARE_NAME_VERBS)
        if items:
            if r.rest is None and clause[m.start()] in "由请":  # (会议责成X牵头: 会议 is the asker, no topic)
                r.topic = _NO_TOPIC.sub("", _LEAD_IN.sub("", re.split(r"[::]", clause[:m.start()])[-1]))  # (会议决定:由A牵头: no topic)
                if m.group("v").endswith("督办"):
                    r.topic = _followed_up(r.topic)
            r.add(items, VERB_ROLE[m.group("v")], m.end())
    comrade = None if r.found else _BY_COMRADE.search(clause)
    if comrade:  # 由陈某同志代表镇党委向县重建办专题报告: he does it (rx33)
        r.add([(comrade.group("n"), "person", None)], "responsible", comrade.end())


#: a comrade named after 由, doing what follows: 由陈某同志代表镇党委… / 由李某同志对接援建方 (rx33)
_BY_COMRADE = lazy(r"由(?P<n>[\u4e00-\u9fff]{2,3})同志(?=代表|向|对|到|与|同|赴|会同|联系|对接|协调|督促|带队|组织)")


def _followed_up(topic: str) -> str:
    """以上事项(由县督查室列入督办) → 议定事项督办: what a supervision office follows up (rx29)."""
    topic = re.sub(r"^(?:以上|上述|这些)(?:各项)?", "", topic)
    return (topic if len(topic) > 2 else "议定事项") + "督办"


def _asked(r: _Reading) -> None:
    """请区住建局于11月30日前完成整改 / 责成区水务局立即整改: the first unit asked."""
    for m in _ASKED.finditer(r.clause):
        items = parse_list(_ADVERBS.sub("", m.group("a")))
        if items:
            r.add(items, "responsible", m.end())
            return


def asked_end(clause: str, groups: bool = False) -> int:
    """Where the unit asked ends (``请A会同B于…`` → after B), ``0`` where no unit is asked:
    the task is what follows.

    >>> c = "会议要求县住建局会同县财政局于6月底前完成城南路改造"
    >>> c[asked_end(c):]
    '于6月底前完成城南路改造'
    >>> asked_end("要求各乡镇于4月底前完成排查"), asked_end("要求各乡镇于4月底前完成排查", groups=True)
    (0, 5)
    """
    for m in _ASKED.finditer(clause):
        a = _ADVERBS.sub("", m.group("a"))
        if parse_list(a) or (groups and GENERIC_GROUP_RX.search(a) and m.start() == 0):
            t = _TOGETHER.match(clause, m.end())
            return t.end() if t else m.end()
    return 0


def _announcement(items, verb: str, after: str) -> bool:
    """区委将对排名靠后的地方进行约谈 / 市某局将进一步加大工作力度: the leadership's
    announcement or a vague will, not an assignment."""
    return verb == "将" and (all(_TOP_BODY.match(n) for n, k, p in items) or bool(_WILL_VAGUE.match(after)))


def _role_of(verb: str, after: str) -> str:
    """The role of a subject before ``verb``, or of the role verb right after it (要牵头 / 要牵好头 / 要协助)."""
    if verb in ("牵好头", "牵头", "挂帅", "包保", "包抓", "负总责", "总负责"):
        return "lead"  # 区城管局牵头负责: the lead (负责 after 牵头 gives no second role)
    nxt = after[:8].lstrip("切实积极主动全力进一步进行亲自")
    if nxt.startswith(("靠前指挥", "坐镇指挥", "抓")) and after.startswith(("靠前", "坐镇", "亲自抓")):
        return "lead"  # 分管副县长王五要靠前指挥 / 要亲自抓: the leader heads it
    if _STEP_IN_ASSIST.match(after):
        return "assist"  # A、B要提前介入、主动配合 (rx13)
    if _LEAD_ROLE.match(after) or (verb == "负责" and re.match(r"(?:总牵头|全面牵头|牵头抓总|统筹牵头)", after)):
        return "lead"  # 县城管局要发挥好牵头作用,… / 县住建局负责总牵头工作 (rx17)
    if _HELPS_PUBLIC.match(nxt):
        return "responsible"  # 县环保局要协助企业解决问题: helping those who are no actor, it answers for the work (rx42)
    return VERB_ROLE[next((w for w in ("牵好头", "牵头", "挂帅", "负总责", "总负责", "协助", "配合", "负责") if nxt.startswith(w)), verb)]


#: help given to those who are no actor (enterprises, the public): 协助企业… / 配合群众…
_HELPS_PUBLIC = lazy(r"^(?:协助|配合|帮助)(?:企业|群众|农户|村民|居民|业主|商户)")


#: the unit a working group's office sits in, doing what follows: 在县住建局设立办公室并负责… (rx17)
_OFFICE_IN = lazy(r"^在?(?P<u>[\u4e00-\u9fff]{1,20}?(?:局|委|办|中心|公司|部|厅|站|所|院))设(?:置|立)?(?:[\u4e00-\u9fff]{0,6}?)办公室[,,]?(?:并|并由其)?$")
#: a unit told to act as the lead: 要发挥好牵头作用 / 要履行好牵头职责 / 要当好牵头单位 (rx17)
_LEAD_ROLE = lazy(r"^(?:充分|切实|积极|主动|更好地?|进一步)*(?:发挥|履行|扛起|担起|当好)好?牵头(?:抓总)?(?:作用|职能|职责|责任|单位)?(?:$|[,,;;。])")


#: a unit told to step in and assist: 要尽早介入、积极配合 / 要提前对接、全力协助 (not units working with each
#: other: A、B要分工协作、密切配合,务必… are the ones to do it, rx40)
_STEP_IN_ASSIST = lazy(r"^(?!分工|通力|团结|相互|互相|协调)[\u4e00-\u9fff]{2,4}、(?:全力|积极|主动|密切|紧密|大力)?(?:配合|协助)(?:$|[,,;;。])")


def _subject(r: _Reading) -> None:
    """The subject opening the clause, before its first role or modal verb: X要 / X牵头 / X协助
    (县卫健局班子成员要… → 县卫健局; 城南指挥部11月20日前要…)."""
    clause = r.clause
    lead = _LEAD_IN.match(clause)
    s0 = lead.end() if lead else 0
    for v in ROLE_VERB_RX.finditer(clause, s0):
        head = clause[s0:v.start()]
        colon = max(head.rfind(":"), head.rfind(":"))
        if colon >= 0:  # 城北物流园项目:县发改局牵头 (the work before the colon is the topic; 会议议定: none, rx25)
            said = _MEETING_SAID.match(head[:colon].strip())
            r.topic, head = (_LEAD_IN.sub("", head[:colon]) if not parse_list(head[:colon]) and not said else ""), head[colon + 1:]
        head = _OFFICE_IN.sub(r"\g<u>", head)  # 在县住建局设置办公室并负责…: the unit hosting the office (rx17)
        phrase = _ADVERBS.sub("", _TIME_TAIL.sub("", _ADVERBS.sub("", _TIME_HEAD.sub("", head))))
        phrase = _leaders_off(phrase)
        verb = v.group(0)
        audience = verb.endswith("承诺") and bool(_AUDIENCE.search(phrase))
        if audience:
            phrase = _AUDIENCE.sub("", phrase)
        if not phrase:
            if verb in ("要", "必须", "务必"):
                return
            continue
        items = parse_list(phrase, verb in BARE_NAME_VERBS) or _district(phrase, verb)
        if audience and items and all(_TOP_BODY.match(n) for n, k, p in items):
            return  # 县委、县政府向全县群众承诺…: the government's word to the public, no assignment
        if items and not _announcement(items, verb, clause[v.end():]) and not _PROGRAMME.match(clause[v.end():]) \
                and not (_BUILT_PLACE.search(phrase) and _SELF_DONE.match(clause[v.end():])):
            r.add(items, _role_of(verb, clause[v.end():]), v.end())
        return


#: a school or hospital that is itself the work being built: 青禾小学要在9月底前建成投用 (no actor; rx25)
_BUILT_PLACE = lazy(r"(?:中学|小学|学校|幼儿园|[一二三四五六七八九]中|医院|卫生院)$")
_SELF_DONE = lazy(r"^(?:在|于)?[^,,。;;]{0,12}?(?:全面|全部|如期|按期|顺利)?(?:建成|竣工|完工|开工|投用|投入使用|封顶|交付使用|主体完工|开学|招生)")


#: a meeting's frame before a colon: 会议议定: / 会议决定: / 议定事项: (what follows is asked, the frame is no topic)
_MEETING_SAID = lazy(r"^(?:会议|会上)?(?:还|并|经研究)?(?:议定|决定|明确|要求|强调|指出|认为|同意|研究决定|确定)(?:事项|如下)?$|^议定事项$|^(?:办理|处理|答复|督办|落实)意见$")


#: the meeting's programme, no work: 李书记还要作重要讲话 / 区住建局要作表态发言
_PROGRAMME = lazy(r"^(?:做|作)(?:重要|总结|表态|专题)?(?:讲话|发言|致辞)")


#: a unit opening a line of a task list, a colon after it: 县交通局:年内完成农村公路建设100公里
_UNIT_COLON = lazy(r"^(?P<a>[^,;。::]{2,30})[::](?=[^,;。]{4}|\s*$)")


def unit_colon_end(clause: str) -> int:
    """Where ``县交通局:`` opening a line ends, else ``0``."""
    m = _UNIT_COLON.match(clause) if (":" in clause or ":" in clause) else None
    items = parse_list(_LEAD_IN.sub("", m.group("a"))) if m else None
    if items and all(k == "person" for n, k, p in items) and m.group("a").endswith("同志"):
        return m.end()  # 王明同志:负责…,牵头推进X (a leaders' division of work, rx26)
    return m.end() if items and all(k == "organization" for n, k, p in items) else 0


def _unit_colon(r: _Reading) -> None:
    """县交通局:年内完成农村公路建设100公里 / 县住建局:负责城南路改造 — the unit is responsible."""
    end = unit_colon_end(r.clause)
    if end:
        items = parse_list(_LEAD_IN.sub("", r.clause[:end - 1]))
        r.add(items, "lead" if items and items[0][1] == "person" else "responsible", end)


#: a unit, then its date and what it completes, without a modal (a line of a task list): 县住建局于6月底前完成X
#: (or with no 于 between: 县城投公司6月底前完成招标 / 县住建局在年底前建成X, rx22; a month's end or part without 前:
#: 区政府11月底启动X, rx42)
_DATED_SUBJECT = lazy(r"^(?P<a>[^,;。::于在]{2,30}?)(?:于|在)?(?:(?:19|20)\d\d年)?(?:\d{1,2}月[^,;。]{0,6}?|年底|年内|年末|(?:下|本)月(?:\d{1,2}日|底|中旬|上旬|下旬)?|"
                            r"(?:下|本)周[一二三四五六日]?|春节|国庆节?|元旦|下次[\u4e00-\u9fff]{1,6}?会|月底)(?:前|内|(?<=[底旬末]))"
                            r"(?:全面|全部)?(?:完成|建成|完工|竣工|开工|投入使用|启动|实现|拨付|下达|上报|报送|出台|制定|印发|办结|提交|编制|把|"
                            r"完善|建立|排查|清理|整改|组建|成立|组织(?:一次|开展|召开)|召开|开展(?:一次)?|"  # (镇应急办于10月20日前组织一次演练, rx36)
                            r"对[^,;。]{2,24}?(?:开展|进行|组织|实施))")  # (安监中心本周内对辖区X开展一次检查, rx32)


#: the end of a month or its part, a term without 前 (市机场公司12月中旬全面开工X / 区政府11月底启动Y, rx42)
_PERIOD_END = lazy(r"\d{1,2}月(?:底|中旬|上旬|下旬|末)")


#: a unit's recurring duty, without a modal: 县督查室每周通报一次… / 县统计局每月报送… (rx26)
#: (a day of the week or the month, whom it reports to, 汇总 first: 县热力公司每周五报送… / 县住建局每月向县政府专报一次 /
#: X办每月底前汇总…, rx29)
_EVERY_SUBJECT = lazy(r"^(?P<a>[^,;。::每]{2,20}?)每(?:个)?(?:周[一二三四五六日]?|月(?:\d{1,2}日|底|末)?|季度?(?:末|初)?|半月|旬|天|日|年)(?:前|之前)?"
                      r"(?:至少)?(?:向[^,;。]{2,14}?)?(?:汇总(?:上报)?|通报|报送|上报|专报|报告|汇报|调度|督查|巡查|召开|开展|组织|发布|公布|更新|检查)")


def said_end(clause: str) -> int:
    """Where a meeting's frame before a colon (会议议定: / 会议要求:) ends, else ``0``."""
    said = re.match(r"^([^,,。;;::]{2,8})[::]", clause) if (":" in clause or ":" in clause) else None
    return said.end() if said and _MEETING_SAID.match(said.group(1)) else 0


def _dated_match(rest: str) -> Optional[re.Match]:
    """:data:`_DATED_SUBJECT` of ``rest``; a month's end without 前 only as a plan's term (区政府11月底启动X), not a
    narrative's date (督查室于11月下旬对…开展了督查)."""
    m = _DATED_SUBJECT.match(rest)
    if m and not re.search(r"前|内", m.group(0)) and (re.search(r"[于在]\d", m.group(0)) or "了" in rest):
        return None
    return m


def dated_subject_end(clause: str) -> int:
    """Where the unit of ``县住建局于6月底前完成X`` or ``县督查室每周通报…`` ends (before 于, the date or the
    period; after a meeting's frame, 会议议定:), else ``0``."""
    k = said_end(clause)  # (after 会议议定:, rx32)
    rest = clause[k:]
    m = (_dated_match(rest) if "前" in rest or "内" in rest or _PERIOD_END.search(rest) else None) or (_EVERY_SUBJECT.match(rest) if "每" in rest else None) \
        or _FUNDS_SUBJECT.match(rest) or _PLANS_SUBJECT.match(rest) or _NOW_SUBJECT.match(rest)
    items = parse_list(m.group("a")) if m else None
    return k + m.end("a") if items and all(kind == "organization" for n, kind, p in items) else 0


def _dated_subject(r: _Reading) -> None:
    """县住建局于2024年6月底前完成城南路改造 — the unit is responsible."""
    lead = _LEAD_IN.match(r.clause)
    s0 = lead.end() if lead else 0
    end = dated_subject_end(r.clause[s0:])
    if end:  # (协调国网供电公司在下月10日前完成…: the company, rx30; 会议议定:东河镇9月10日前完成X, rx32)
        s1 = s0 + said_end(r.clause[s0:])
        r.add(parse_list(re.sub(r"^(?:协调|督促|指导|要求)", "", r.clause[s1:s0 + end])), "responsible")
        return
    m = _DID_SUBJECT.match(r.clause, s0) or _POLICY_SUBJECT.match(r.clause, s0)
    items = parse_list(m.group("a")) if m else None
    if items and all(k == "organization" for n, k, p in items):  # 县住建局已完成12条 (a report's line, rx26)
        r.add(items, "responsible")


_FUNDS = r"(?:(?:(?:在|于)?(?:年内|今年|年底前))?(?:" + _FUND_BY + r")?" + _FUND_VERB + r"[\u4e00-\u9fff]{0,12}?(?:资金|经费|补助|奖补)|(?:从[\u4e00-\u9fff]{2,10}?中)?调剂\d+(?:\.\d+)?万?元)"  # (市财政局年内筹措…资金, rx31)
#: a unit opening a report's line on what it has done: 县住建局已完成12条 / 县城管局已新增停车泊位350个; a unit
#: funding a work (minutes): 县财政局统筹安排道路建设资金5000万元 (rx26)
_DID_SUBJECT = lazy(r"(?P<a>[^,;。::已]{3,20}?(?:局|委|办|中心|公司|街道|镇|乡|工作组))(?:(?:已经|已)(?:投资[^,;。]{0,10}?|投入[^,;。]{0,10}?)?(?:帮助)?(?:新增|完成|建成|开工|改造|整治|铺设|安装|拨付|办结|签约)"
                    r"|" + _FUNDS + r")")
#: a unit putting a rule in force over a work: 镇纪委对重建资金发放实行全程监督 (rx33)
_POLICY_SUBJECT = lazy(r"(?P<a>[^,;。::对]{1,20}?(?:局|委|办|中心|所|站|队|组|室))对[^,;。]{2,30}?(?:实行|实施)(?!了)")
#: a unit and its work begun with it, in a decision: 自然资源局同步办理临时用地手续 / 县供电公司抓紧完成X (rx32)
_NOW_SUBJECT = lazy(r"(?P<a>[^,;。::已]{3,20}?(?:局|委|办|中心|公司|街道|镇|乡|大队)|[^,;。::已]{2,12}?(?:办事处|街道))(?:同步|同时|抓紧|加紧|加快|尽快|立即)(?=" + _ACTS + r")")  # (X办事处加紧推进…, rx41)
_FUNDS_SUBJECT = lazy(r"(?P<a>[^,;。::已]{3,20}?(?:局|委|办|中心|公司|街道|镇|乡)|[^,;。::已]{1,20}?医院|[^,;。::已]{1,20}?财政所)" + _FUNDS)  # (乡财政所从预备费中调剂…, rx32)
#: a unit and its plan by a year or a month: 县生态环境局计划2024年完成X / 县交警大队拟于10月底前建成Y (rx27)
_PLANS_SUBJECT = lazy(r"(?P<a>[^,;。::已]{3,20}?(?:局|委|办|中心|公司|街道|镇|乡|大队))(?:计划|拟)(?=[于在]?(?:(?:19|20)\d\d年|今年|明年|年[底内末]|\d{1,2}月))")


#: 由县发改局下达投资计划 / 由县财政局统筹安排: a unit given a work by 由 and a verb of office (no role verb)
_BY_DOING = lazy(r"(?:^|[,,]|经研究|会议(?:明确|决定|同意|要求)?|(?<=[\u4e00-\u9fff]{4})(?<![理自缘来经事])(?=由(?:[省市区县镇乡][^,,。]{1,12}?)统一)"
                       r"|(?<=[\u4e00-\u9fff]{4})(?<![理自缘来经事])(?=由[^,,。]{2,30}?(?:提出|拿出|制定)(?:具体|详细|实施|工作)?(?:方案|意见|办法))"
                       r"|(?<=资金|经费|万元|亿元)(?=由[省市区县镇乡]))由(?P<a>" + _ONE_ORG + r"(?:(?:、|和|及)" + _ONE_ORG + r")*)"  # (打井所需资金由县财政局…垫付, rx35)
                       r"(?=(?:(?:与|同)[^,,。由]{2,12}?(?=签订|签署|对接|协商))?(?:按程序|按规定|依法|在[^,,。]{2,10}中|从[^,,。]{2,14}?中|(?:于|在)[^,,。]{1,12}?前|按[^,,。]{2,10}?后|按[^,,。]{2,12}?(?=给予|支付|兑付|拨付))?(?:先行|全额|足额|行文)?(?:下达|拨付|垫付|列入|印发|发出|下发|筹措|筹集|兑付|办理|安排|统筹|审核|审查|编制|起草|制定|研究提出|提出|做好|抓好|开展|完成|签订|签署|给予|支付|"
                       r"组织(?:力量|人员|专班)|依法(?:拆除|查处|处置)|强制拆除|拆除|清理|清运|查处|督办|验收|收集|汇总|"
                       r"统一(?:采购|配送|组织|调配|招标|建设|实施)))")  # (罐体由镇财政所统一采购, rx31)


#: the funds a clause opens with, before 由 and a unit: 打井所需资金 / 县级配套资金180万元 (rx35)
_FUNDS_BEFORE = lazy(r"^(?:\(?[一二三四五六七八九十\d]+[)、.]\s*)?(?P<f>[\u4e00-\u9fff]{2,12}?(?:资金|经费))(?:\d+(?:\.\d+)?[万亿]元)?$")


def _by_unit_doing(r: _Reading) -> None:
    """由县发改局下达投资计划 (minutes): the unit named after 由 does the work, responsible."""
    if "由" not in r.clause:
        return
    m = _BY_DOING.search(r.clause)
    items = parse_list(m.group("a")) if m else None
    if items and all(k == "organization" for _, k, _ in items):
        r.add(items, "responsible", m.end())
        funds = _FUNDS_BEFORE.search(r.clause[:m.start()]) if not r.topic else None
        if funds:  # (打井所需资金由县财政局先行垫付: the funds are what the unit is given, rx35)
            r.topic = funds.group("f").replace("所需", "")


#: a unit's head giving its word, the word in the clause after: 县城管局负责人当场表示,(将在汛期前完成X) (rx25)
_HEAD_SAYS = lazy(r"^(?:[\u4e00-\u9fff]{0,4}?[,,])?(?P<a>[\u4e00-\u9fff]{2,24}?)(?P<h>(?:主要|相关|有关)?(?:负责人|负责同志))?"
                  r"(?:当场|现场|公开|郑重|当即)?(?:表示|表态|承诺)$")


#: the post of a unit's head (县水利局局长), not of a leader of the place (县长, 副县长, 县委书记), who asks others
_UNIT_HEAD = lazy(r"(?:局|委|办|中心|公司|站|所|院|集团)(?:党组书记|党委书记)?(?:局长|主任|董事长|总经理|经理|院长|站长|所长|书记)$")


def _head_says(r: _Reading) -> None:
    """县城管局负责人当场表示 / 县水利局局长张三表示 — the unit (or its head named with a post) gives its
    word on what follows: responsible, the clause roles only (the keeping rule asks for a word given after it)."""
    m = _HEAD_SAYS.match(r.clause.strip()) if re.search(r"表示|表态|承诺", r.clause) else None
    items = parse_list(m.group("a")) if m else None
    if items and all(k == "organization" if m.group("h") else (k == "person" and p and _UNIT_HEAD.search(p)) for _, k, p in items):
        r.add(items, "responsible", len(r.clause))


def _labelled_units(r: _Reading) -> None:
    """区住建局为牵头单位 / 承建单位为城投公司 / 县城投公司作为项目业主 (rx22)."""
    if "单位" not in r.clause and "部门" not in r.clause and "主体" not in r.clause and "责任人" not in r.clause \
            and "业主" not in r.clause and "法人" not in r.clause:
        return  # (every label names one of them)
    for rx, lead_in in ((_AS_LABEL, True), (_LABEL_IS, False)):
        for m in rx.finditer(r.clause):
            name = _LEAD_IN.sub("", m.group("a")) if lead_in else m.group("a")
            items = parse_list(name) or _place_as_body(name, m.group("lab"))
            if items:
                r.add(items, _LABEL_ROLE[m.group("lab")[:2]], m.end())


#: a district, county or city named alone: labelled 责任主体 / 工作主体, its government answers (rx24)
_BARE_PLACE = lazy(r"^(?![全各我本该此])[\u4e00-\u9fff]{1,6}(?:区|县|市|旗)$")


def bare_place(name: str) -> bool:
    """A district, county or city named alone (宜山区 / 东平县 / 滨湖新区), no place at large (全县 / 各区 / 本市) and no
    area of a kind (新院区 / 产业园区 / 安置区)."""
    return bool(_BARE_PLACE.match(name.strip())) and not _AREA_OF_KIND.search(name.strip())


def _place_as_body(name: str, label: str) -> Optional[list]:
    """宜山区作为工作主体: the place stands for its government where a label makes it answerable."""
    name = name.strip()
    if label.endswith("主体") and bare_place(name):
        return [(name, "organization", None)]
    return None


def _supervised(r: _Reading) -> None:
    """…牵头负责,督促指导甲镇、乙镇做好…: the units supervised do the work (after
    another actor, or where the clause opens with 督促)."""
    if "督" not in r.clause or not (r.found or re.match(r"^(?:并|要|同时)?(?:督促指导|指导督促|督促|督导)", r.clause)):
        return
    for m in _SUPERVISED.finditer(r.clause):
        items = parse_list(m.group("a"))
        if items:
            r.add(items, "responsible")


def _group_heads(r: _Reading) -> None:
    """王五任组长, 赵六任副组长 / 成立以县长王五为组长…: both lead."""
    if "组长" not in r.clause and "指挥" not in r.clause:
        return
    for m in _GROUP_HEAD.finditer(r.clause):
        items = parse_list(re.sub(r"^(?:成立|组建|调整)?(?:了)?(?:以|由)", "", _LEAD_IN.sub("", m.group("a"))), True)
        if items:
            r.add(items, "lead", m.end())


def _assisting(r: _Reading) -> None:
    """会同区财政局 / 同市林业局加强衔接: assist."""
    if "同" not in r.clause and "与" not in r.clause and "联合" not in r.clause:
        return
    for rx in (_TOGETHER, _WITH):
        for m in rx.finditer(r.clause):
            items = parse_list(m.group("a"))
            if items:
                r.add(items, "assist")


#: the unit a unit assists, before the work they do: A要配合B做好X → B (rx51)
_HELPED = lazy(r"(?:配合|协助)(?P<a>[^,,;;。:配协]{2,24}?)(?=(?:共同|一起|一道|全力)?(?:做好|抓好|搞好|开展|完成|推进|实施|落实|加快|办好))")


#: a generic group as the one who helps: 各乡镇要(配合…) / 有关部门积极(协助…)
_GROUP_HELPS = lazy(r"(?:^|[,,:])(?:会议要求|要求)?(?:各|有关|相关)[\u4e00-\u9fff]{0,8}?(?:单位|部门|乡镇|街道|镇街|村|社区)(?:都|均|也)?"
                    r"(?:要|须|必须|应)?(?:积极|主动|全力|密切)?$")


def _helped(r: _Reading) -> None:
    """县交通局要配合县住建局做好X: the unit assisted is responsible (rx51)."""
    if "配合" not in r.clause and "协助" not in r.clause:
        return
    for m in _HELPED.finditer(r.clause):
        if not r.found and not _GROUP_HELPS.search(r.clause, 0, m.start()):
            continue  # (同时,协助X完成Y: the item's unit assists, read where the item is, rx42)
        items = parse_list(_ADVERBS.sub("", m.group("a")))
        if items and all(k == "organization" for _, k, _ in items):
            r.add(items, "responsible")


def _only_in_titles(clause: str, name: str) -> bool:
    """Every mention of ``name`` in ``clause`` is inside a document's title (《…》)."""
    at = [m.start() for m in re.finditer(re.escape(name), clause)]
    return bool(at) and all(in_title(clause, k) for k in at)


#: a district or county named bare before its role: 江北区负责… / 鹭洲区牵头… (its government, rx30)
_DISTRICT = lazy(r"(?![全各本我该此])[\u4e00-\u9fff]{2,4}[区县]")


def _district(phrase: str, verb: str):
    """江北区 before 负责 / 牵头 / 配合: the district's government as the unit; else None."""
    name = re.sub(r"^\s*(?:\d{1,2}[.、.]|[((]\d{1,2}[))])?\s*", "", phrase)
    if verb in ("负责", "牵头", "配合", "协助") and _DISTRICT.fullmatch(name):
        return [(name, "organization", None)]
    if verb in ("要", "必须", "务必") and _DISTRICT.fullmatch(name) and not _AREA_OF_KIND.search(name) \
            and not re.search(r"[全当就对在各本我该此]", name):
        return [(name, "organization", None)]  # 雨城区要进一步加大征搬力度: the district asked (rx41)
    return None


#: an area of a kind, no district's government: 老城区 / 安置区 / 示范区 / 东片区 (雨城区 is one)
_AREA_OF_KIND = lazy(r"^(?:老|主|新|中心|旧|整个)城区$|(?:园|景|片|社|校|小|安置|示范|核心|功能|保护|街|矿|库|灾|山|牧|厂|院|营|服务|辖|试验|实验|集聚|聚集)区$")


def _leaders_off(phrase: str) -> str:
    """县交通局主要负责同志 → 县交通局: the unit its heads stand for; ``""`` for the heads of units of a kind
    (项目部主要负责人, rx30); 排名后三位的A镇、B乡 → A镇、B乡: the units a qualifier picks out (rx30)."""
    led = _LEADERS.search(phrase)
    phrase = _LEADERS.sub("", phrase)
    picked = _PICKED.match(phrase)
    if picked and parse_list(phrase[picked.end():]):
        phrase = phrase[picked.end():]
    return "" if led and _UNITS_OF_A_KIND.fullmatch(phrase) else phrase


#: a qualifier picking out the units named after it: 排名后三位的 / 进度滞后的 / 未达序时的 (rx30)
_PICKED = lazy(r"^[\u4e00-\u9fff]{2,12}?的(?=[\u4e00-\u9fff])")


_UNITS_OF_A_KIND = lazy(r"(?:各|相关|有关|责任|牵头|项目)?(?:项目部|指挥部|专班|工作组|单位|部门|科室|乡镇|街道)")


#: two role frames joined by 、: 由A负责、B配合 / A牵头、B协助 (rx30)
_FRAMES_JOINED = lazy(r"(?<=负责|牵头)、(?=[^、,,。]{2,20}?(?:配合|协助|协办|参与)(?:$|[,,。]))"
                      r"|(?<=牵头)、(?=[^、,,。]{2,20}?(?:具体负责|负责|承办|具体实施)(?:$|[,,。]))")  # (A牵头、B承办, rx36)


def _frames_joined(clause: str):
    """Where two role frames are joined by 、 (由A负责、B配合), else None."""
    return _FRAMES_JOINED.search(clause) if "、" in clause else None


def _both_frames(first: ClauseActors, second: ClauseActors) -> ClauseActors:
    """The actors of two role frames read one by one, each name once."""
    return ClauseActors(first.actors + tuple(a for a in second.actors if a.name not in {x.name for x in first.actors}),
                        first.role_only and second.role_only, first.topic)


#: a bracket closing a clause with the units of its work: …完成育秧(镇农业服务中心负责,各村配合) (rx32)
ROLE_BRACKET = lazy(r"[((](?P<r>[^()()]{2,40}?(?:牵头|负责|配合|协助)[^()()]{0,30}?)[))]$")


def _bracket_actors(clause: str) -> Optional[ClauseActors]:
    """The units a bracket closing the clause names: 4月20日前完成育秧(镇农业服务中心负责,各村配合) (rx32); else None."""
    bracket = ROLE_BRACKET.search(clause) if clause.endswith((")", "）")) else None
    if not bracket or (bracket.start() < 4 and not (bracket.start() == 0 and all(map(labelled_part, re.split(r"[,,;;]", bracket.group("r")))))):
        return None  # (a bracket alone, of labelled roles, after its item's full stop: 。(牵头:X;配合:Y), rx33)
    found = tuple(a for part in re.split(r"[,,;;]", bracket.group("r")) for a in labelled_part(part) or find_actors(part).actors)
    return ClauseActors(found, bracket.start() == 0, "") if found else None


#: a role's label in a bracket of roles: (牵头:社区党委书记 周某;配合:某物业公司) (rx33)
_ROLE_LABEL = lazy(r"^\s*(?P<l>牵头|负责|责任|配合|协助|协办)(?P<s>人|单位|部门|领导)?[::]\s*(?P<v>[^::]{2,30})$")


#: the unit a work's responsibility lies with: 责任在县水务局 (rx33)
_LIES_WITH = lazy(r"^\s*(?:主要|主体)?责任(?:在|归)(?P<a>[\u4e00-\u9fff、]{3,24})$")


def _lies_with(clause: str) -> Optional[ClauseActors]:
    """责任在县水务局: the units responsible, roles only (rx33); else None."""
    m = _LIES_WITH.match(clause)
    items = parse_list(m.group("a")) if m else None
    return ClauseActors(tuple(_actors(items, "responsible")), True, "") if items else None


def _labelled_roles(clause: str) -> Optional[ClauseActors]:
    """A clause of labelled roles only (牵头:X;配合:Y, the inside of a bracket closing an item): roles only, else None."""
    labels = [_ROLE_LABEL.match(p) for p in re.split(r"[,,;;]", clause.strip())]
    if not all(m and not m.group("s") for m in labels):
        return None  # (牵头单位:X is a field the labelled items' readers read)
    parts = [labelled_part(m.group()) for m in labels]
    return ClauseActors(tuple(a for p in parts for a in p), True, "") if all(parts) else None


def labelled_part(part: str) -> tuple:
    """The units or people a role's label gives in a bracket of roles (牵头:X), else ()."""
    m = _ROLE_LABEL.match(part)
    items = parse_list(re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", m.group("v").strip())) if m else None
    return tuple(Actor(n, k, _LABEL_ROLE[m.group("l")], post) for n, k, post in items or ())


def _kept_once(found: list, clause: str) -> list[Actor]:
    """The actors found, each (name, role) once, without a party to a titled document or a generic group."""
    seen = set()
    uniq = []
    for a in found:
        if "《" in clause and _only_in_titles(clause, a.name):
            continue  # 落实《省政府与X集团合作备忘录》: a party to a document named, no actor (rx23)
        if a.name.startswith("各"):
            continue  # 各乡镇党委书记是第一责任人: a generic group, no actor (rx28)
        if (a.name, a.role) not in seen:
            seen.add((a.name, a.role))
            uniq.append(a)
    return uniq


def find_actors(clause: str) -> ClauseActors:
    """Actors with roles in one clause (folded text): a role frame (由X牵头), else a
    unit asked (请X), else the subject (X要); then labels, supervised units,
    group heads and assisting units."""
    if not _ROLE_WORDS.search(clause):
        return ClauseActors()
    joined = _frames_joined(clause)
    if joined:  # 由A负责、B配合: two role frames, read one by one (rx30)
        return _both_frames(find_actors(clause[:joined.start()]), find_actors(clause[joined.end():]))
    closing = _bracket_actors(clause) or _labelled_roles(clause) or _lies_with(clause)
    if closing:
        return closing
    r = _Reading(clause)
    for step in (_by_frame, _asked, _subject, _unit_colon, _dated_subject, _by_unit_doing, _head_says):
        step(r)
        if r.found:
            break
    for step in (_labelled_units, _supervised, _group_heads, _assisting, _helped):
        step(r)
    uniq = _kept_once(r.found, clause)
    rest = _TOGETHER.sub("", r.rest) if r.rest is not None and "会同" in r.rest else r.rest  # A会同B, (roles only)
    if rest is None and uniq and _TOGETHER.fullmatch(re.sub(r"^(?:并|同时|要)", "", clause.strip())):
        rest = ""  # ,会同B、C, : roles only
    role_only = bool(uniq) and rest is not None and (bool(_ROLE_ONLY_REST.match(rest.strip()))
                                                     or (r.clause[:len(r.clause) - len(rest)].endswith("会同")
                                                         and bool(parse_list(rest.strip()))))  # A会同B,
    return ClauseActors(tuple(uniq), role_only, r.topic)


#: a post and the name after it, in running text: 柳树村村主任王林骑车… (rx49)
_POST_THEN_NAME = lazy(r"(?:" + _POST + r")(?P<n>[\u4e00-\u9fff]{2,3}?)(?=[,,。;;、“”\s]|同志|(?:骑|说|告诉|介绍|表示|带|来|在|是|向|把|对|已|就|也|还|又|便|曾|上任|当选|接任))")


def last_named_person(text: str) -> Optional[Actor]:
    """The last person ``text`` names after a post (…村主任王林骑车进村… → 王林), for a 他/她 after it; else None."""
    for m in reversed(list(_POST_THEN_NAME.finditer(text))):
        if re.search(r"职|^[一二两三四五六七八九十]", m.group("n")):
            continue  # (出任村支书一职: the post's word, no name)
        got = parse_list(re.split(r"[,,。;;::、\s]", text[max(0, m.start() - 12):m.end()])[-1], True)
        person = next((p for p in got or [] if p[1] == "person" and p[0] == m.group("n")), None)
        if person:
            return Actor(person[0], "person", "responsible", person[2])
    return None

