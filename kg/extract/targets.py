"""Quantified targets of a clause: metric, op, value, unit.

Ops: ``>=`` (达到, 不低于, 以上, 至少), ``<=`` (控制在…以内, 不超过), ``=``
(a stated amount: 任务数为…, N个项目), ``~`` (左右), ``range`` (3-5个).

>>> [(t.metric, t.op, t.value, t.unit) for t in find_targets("覆盖率达到90%、达标率达到85%")]
[('覆盖率', '>=', 90.0, '%'), ('达标率', '>=', 85.0, '%')]
>>> [(t.metric, t.op, t.value, t.unit) for t in find_targets("全区信访件数控制在20件以内")]
[('信访件数', '<=', 20.0, '件')]
>>> [(t.op, t.value, t.value_max, t.unit) for t in find_targets("新建3-5个停车场")]
[('range', 3.0, 5.0, '个')]
>>> [(t.metric, t.value, t.unit) for t in find_targets("覆盖率和达标率均达到95%")]
[('覆盖率', 95.0, '%'), ('达标率', 95.0, '%')]
>>> [(t.metric, t.op, t.value) for t in find_targets("税收增长6.2%左右")]
[('税收增长', '~', 6.2)]
>>> [(t.metric, t.value, t.unit) for t in find_targets("亩均产出不低于150万元/亩")]
[('亩均产出', 150.0, '万元/亩')]
>>> [(t.value, t.unit) for t in find_targets("造林面积达到一万二千亩以上")]
[(12000.0, '亩')]
>>> [(t.metric, t.op, t.value, t.unit) for t in find_targets("完成签约项目20个以上,新建停车场5处")]
[('签约项目', '>=', 20.0, '个'), ('停车场', '=', 5.0, '处')]
>>> find_targets("要重点解决好4个问题")
[]
>>> [(t.metric, t.value, t.unit) for t in find_targets("新建垃圾中转站8个、分类池20个")]
[('垃圾中转站', 8.0, '个'), ('分类池', 20.0, '个')]
>>> [(t.metric, t.value, t.unit) for t in find_targets("新开工公租房300套,基本建成200套")]
[('公租房', 300.0, '套'), ('基本建成', 200.0, '套')]
>>> [(t.metric, t.op, t.value, t.unit) for t in find_targets("于8月15日前拨付配套资金500万元")]
[('配套资金', '=', 500.0, '万元')]
"""
from __future__ import annotations

import re
from .lazyre import lazy
from dataclasses import dataclass, replace
from typing import Optional

from kg.model import Target
from .vocab import IS_NO
from .segment import regrouped

_CN_NUM = "零〇一二两三四五六七八九十百千万亿"
_DIG = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10_000, "亿": 100_000_000}


def cn_number(s: str) -> Optional[float]:
    """Chinese numerals to a number: ``cn_number("一万二千") == 12000``."""
    total = section = num = 0
    seen = False
    for ch in s:
        if ch in _DIG:
            num = _DIG[ch]
            seen = True
        elif ch in _SMALL:
            section += (num or 1) * _SMALL[ch]
            num = 0
            seen = True
        elif ch in _BIG:
            total = (total + section + num) * _BIG[ch]
            section = num = 0
            seen = True
        else:
            return None
    return float(total + section + num) if seen else None


_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:万[零〇一二两三四五六七八九十百千]*)?)"
_MAG = r"(?:十万|百万|千万|万|亿)?"
_BASE = (r"(?:%|个百分点|个?工作日|元|美元|平方米|平米|平方公里|立方米|方(?=[,,;;。)）]|$)|公里|千米|米|亩|公顷|吨|标准煤|千瓦时|千瓦|度|人次|人|户次|户|个|项|件|家次|家|所|座|条|微克|毫克|"
         r"处|套|台次|台|辆次|辆|次(?!性)|批|场次|场|栋|幢|口(?![岸径罩号子])|间|张|床|支(?![持援付出撑])|部(?![门委署])|盏|株|棵|头|只(?![有要是能])|羽|公斤|千克|斤|眼(?![睛光界])|卷|kg|km|m|名|位|倍|天|小时(?!值班|值守|在岗|服务|热线|开放|巡逻|巡查|监测|监控|不间断|全天候|轮班)|分钟(?![\u4e00-\u9fff]{0,6}圈)|类|篇|份)")
_UNIT = _MAG + _BASE + r"(?:/(?:亩|年|人|户|平方米|立方米|月|日|天))?"  # (2万吨/日, 35微克/立方米: rx33)
_METRIC = r"(?P<metric>[\u4e00-\u9fffA-Za-z“”]{1,20}?)"
_GE = r"(?:力争|确保|要|必须|至少|均|都|要求)?(?:(?<!不)达到|(?<!不)达|(?<!不)超过|突破|不低于|不少于|不得低于|不得少于|不能低于|不能少于|提高到|提升到|增加到|保持在|稳定在|至少完成|至少要完成|至少|≥|>=|>)"
_LE = r"(?:力争|确保|要|必须|均|都)?(?:控制在|不超过|不高于|压缩[到至]|缩短[到至]|下降到|降低[到至]|降至|(?<!不得)(?<!不能)低于|减少[到至]|≤|<=|<)"
_RXS = [
    # metric 达到 N unit (以上)
    ("ge", re.compile(_METRIC + _GE + r"(?P<num>" + _NUM + r")(?P<unit>" + _UNIT + r")(?P<tail>以上|左右)?")),
    # metric 控制在 N unit 以内
    ("le", re.compile(_METRIC + _LE + r"(?P<num>" + _NUM + r")(?P<unit>" + _UNIT + r")(?:以内|以下|之内)?")),
    # metric 增长 N% (左右)
    ("grow", re.compile(_METRIC + r"(?:同比)?(?P<verb>增长|提高|下降|减少|降低)(?P<num>\d+(?:\.\d+)?)(?P<unit>%|个百分点)(?P<tail>左右|以上)?")),
    # 签约项目20个以上 / 积水点5处以内
    ("tail", re.compile(_METRIC + r"(?P<num>" + _NUM + r")(?P<unit>" + _UNIT + r")(?P<tail>以上|及以上|以内|以下|之内)")),
    # 完成老旧小区改造12个 / 新建公共停车场5处
    ("done", re.compile(r"(?:新改扩建|新改建|改扩建|改建|扩建|完成|新增|新建|新发展|储备|谋划|建成|改造|培育|引进|招引|签约|实施|打造|创建|开工|整治|清理|拆除|治理|实现|投入|"
                        r"安排|建设|发放|落实|追加|下达|整合|施划|设置|设立|配备|配置|更换|培训|种植|扩种|新种|植树|造林|筹集|招商|帮扶|新开工|推出|办好|提供|拨付|争取|筹措|兑付|募集|自筹|"
                        r"硬化|修建|新修|新打|新植|补植|铺设|拓宽|安装|维修|修缮|更新|修整|疏通|栽植|疏浚|征收|拆迁|搬迁|安置|增设|加装|组建|开通|新开通|开设|清淤|修好|修复|关闭|关停|取缔|招聘|招录|招募|选聘|消除|化解|整改(?!专题|工作|情况|会)|排查|处置|救助|资助|补助|走访|扶持|减少|压减|削减)"  # (招聘特岗教师300名, rx41; 整改事故多发路段15处, rx45)
                        r"(?![和及与])(?P<metric>[\u4e00-\u9fffA-Za-z“”](?:[\u4e00-\u9fffA-Za-z“”]|、(?=[\u4e00-\u9fff])){0,11}?(?:[((][\u4e00-\u9fff]{1,4}[))][\u4e00-\u9fff]{0,4}?)?)(?<!第)(?P<num>\d+(?:\.\d+)?|" + _NUM + r")(?P<unit>" + _UNIT + r")(?!%)"
                        r"(?!\d+(?:\.\d+)?(?![\d.])(?!万?[人名]))")),  # (搬迁1200户4500人: the households, then their people; rx27)
    # 完成115公里示范路段绿化任务 / 完成A、B项目60亩供地工作: the amount before the work it measures
    ("work", re.compile(r"(?:完成|实施|推进)(?:(?:19|20)\d\d年度?)?[^,;。\d]{0,20}?(?P<num>\d+(?:\.\d+)?)(?P<unit>" + _UNIT + r")"
                        r"(?P<metric>[\u4e00-\u9fff]{2,12}?)(?:工作任务|任务|工作)(?=并|[^\u4e00-\u9fff]|$)")),  # (完成2018年度剩余1.3万亩建设任务并…, rx35)
    # 河堤挡墙改建300米 / 老旧住宅综合整治30万平方米: a work named, its verb, then its amount, opening the clause (session 55)
    ("named", re.compile(r"(?:^|(?<=[,,;;::]))(?!实际|已|累计|共|目前|现已)(?P<metric>[\u4e00-\u9fff]{2,12}?(?:整治|改建|改造|建设|硬化|修建|铺设|维修|拆除|清理|绿化|治理|改扩建|扩建))"
                         r"(?P<num>\d+(?:\.\d+)?)(?P<unit>" + _UNIT + r")(?=[,,;;。]|$)")),  # (the amount ends the clause: not 提升50条X)
    # 新建5所学校 / 改造12个小区 / 2024年建5万平方米公租房: the amount between the verb and the work it counts
    ("made", re.compile(r"(?:新改扩建|改扩建|新建|建设|建成|改造|改建|新增|打造|创建|完成|修好|修复|更换|(?<=年)建)(?P<num>\d+(?:\.\d+)?)(?P<unit>所|个|座|条|处|家|套|栋|间|辆|台|盏|卷|张|公里|万?平方米)"
                        r"(?P<metric>[\u4e00-\u9fff]{2,8}?)(?=[,。;、和及的]|$)")),
    # 解决1.2万人的饮水安全问题 / 惠及3000户: the people a work serves, named by what it does for them (rx21)
    # 解决1.8万农村人口吃水难问题 / 发放120户廉租住房补助: the people told as a population, the households paid (rx53)
    ("served", re.compile(r"(?P<verb>解决|惠及|覆盖|帮扶|带动|发放)(?P<num>\d+(?:\.\d+)?)(?P<unit>万?(?:(?:农村|城镇|城乡|贫困)?人口|人|户|名))(?:的)?"
                          r"(?P<metric>[\u4e00-\u9fff]{2,10}?)(?=[,。;、]|$)")),
    # 为45户困难家庭实施无障碍改造 / 为7万人次提供送餐服务: the households or people a service is for, before it (rx44)
    ("served", re.compile(r"(?<![\u4e00-\u9fff])为(?:全[省市县区镇乡街])?(?P<num>\d+(?:\.\d+)?)(?P<unit>万?(?:人次|人|户|名))[^,,;;。]{0,20}?(?P<verb>提供|实施|开展)"
                          r"(?P<metric>[\u4e00-\u9fff]{2,10}?)(?=[,。;、]|$)")),
    # 对300户困难老人家庭进行居家适老化改造: the households or works a work is done to (rx44)
    ("served", re.compile(r"(?<![\u4e00-\u9fff])对(?P<num>\d+(?:\.\d+)?)(?P<unit>万?(?:户|名|人|个|家|所|座|处))[^,,;;。]{0,16}?(?P<verb>进行|实施|开展)"
                          r"(?P<metric>[\u4e00-\u9fff]{2,10}?)(?=[,。;、]|$)")),
    # 组织职业技能培训1500人次 / 接待游客50万人次 / 开展X筛查3000例: the people or cases a service reaches, after the
    # service (rx25; 例, rx53)
    ("reached", re.compile(r"(?P<metric>[\u4e00-\u9fff]{0,8}?(?:培训|接待|救助|资助|体检|筛查|慰问|转移就业|吸纳就业|就业|招聘|服务)(?:游客|群众|人员|学员|农民工|劳动力)?)"
                           r"(?P<num>\d+(?:\.\d+)?)(?P<unit>万?人次|万?人|名|万?例)(?![\d%])")),
    # 县级配套资金180万元由县财政局… / …先行垫付50万元: funds a unit is given to find or pay (rx35)
    ("funds", re.compile(r"(?P<metric>[\u4e00-\u9fff]{2,10}?(?:资金|经费))(?:共|合计)?(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元)(?=由)")),
    ("funds", re.compile(r"(?<=先行)(?P<metric>垫付)(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元)")),
    # 投资项目审批时限压缩50%以上: a cut by a share (rx35)
    ("cut", re.compile(r"(?P<metric>[\u4e00-\u9fffA-Za-z]{2,16}?)(?P<verb>压缩|缩短|精简|减少|降低)(?P<num>\d+(?:\.\d+)?)(?P<unit>%)(?P<tail>以上|左右)?")),
    # ①投资380万元,新修… / 该项目计划投资290万元,…: what an item's work is to cost, the clause opening it (rx40) (a project's 总投资 told is its description; rx35)
    ("cost", re.compile(r"(?:^|(?<=[,,;;:]))(?:[①-⑳]|\d{1,2}[.、.])?(?:该(?:项目|工程)计划)?(?P<metric>投资)(?:约|共|达)?(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元)(?=[,,;;。]|$)")),
    # 总建筑面积3.2万平方米: the floor area of what is to be built (not 总投资, a project's description in a report)
    ("size", re.compile(r"(?P<metric>总?(?:建筑|占地|用地|改造|绿化)?面积|(?<![\u4e00-\u9fff])(?:总长|全长))(?P<num>\d+(?:\.\d+)?)(?P<unit>" + _UNIT + r")(?![\d%])")),
    # …中转站8个、分类池20个: the next item of a list of amounts
    ("cont", re.compile(r"(?<=[个项件处座所家条户套批栋公里亩])、(?P<metric>[\u4e00-\u9fffA-Za-z]{1,12}?)(?P<num>\d+(?:\.\d+)?)(?P<unit>" + _UNIT + r")(?![\d%])")),
    # …新开工1000套,基本建成800套: a stage of the same work, counted after a target before it
    ("stage", re.compile(r"(?:^|(?<=[,,、]))(?P<metric>(?:基本)?(?:建成|竣工|完工|交付使用|分配入住|投入使用))(?P<num>\d+(?:\.\d+)?)"
                         r"(?P<unit>套|个|户|所|座|条|处|栋|公里|万?平方米)(?![\d%])")),
    # 完成征收任务的60%
    ("share", re.compile(r"(?:完成|达到)(?P<metric>[\u4e00-\u9fffA-Za-z]{1,12}?)的(?P<num>\d+(?:\.\d+)?)(?P<unit>%)")),
    # 3-5个 / 3至5个
    ("range", re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?:-|~|—|–|至|到)\s*(?P<num2>\d+(?:\.\d+)?)(?P<unit>" + _UNIT + r")(?P<metric>[\u4e00-\u9fff]{0,8})")),
    # 任务数为 N unit
    ("is", re.compile(r"(?P<metric>[\u4e00-\u9fffA-Za-z]{0,12}?(?:任务数|任务量|目标|任务|指标|总量|规模|面积|总数))(?:为|是|确定为|定为|(?=\d))"
                      r"(?:新开工|开工|基本建成|建成|新建|新增|改造|完成)?(?P<num>" + _NUM + r")(?P<unit>" + _UNIT + r")")),  # (任务为新开工2200套, rx27)
    # 四所乡镇文化站 / 三个贫困户: a count in Chinese numerals (2-99) after a verb of works in its clause (rx15)
    ("cn_count", re.compile(r"(?<![第\d零〇一二两三四五六七八九十百千万])(?P<num>[一两二三四五六七八九]千(?:[零一两二三四五六七八九]百)?(?:[零一二三四五六七八九]十)?[一二三四五六七八九]?|"
                            r"[一两二三四五六七八九]百(?:[零一二三四五六七八九]十)?[一二三四五六七八九]?|"  # (两千套, 三百户: rx26)
                            r"[两二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)"
                            r"(?P<unit>个|所|户|件|项|家|座|栋|套|条|处|名|株)(?P<metric>[\u4e00-\u9fff]{2,10})")),
    # 把补助资金和配套资金共6380万元在9月底前拨付到位: the sum a 把 clause pays out (rx32)
    ("paid", re.compile(r"(?<=[把将])(?P<metric>[\u4e00-\u9fff、]{0,24}?资金)(?:共|合计|总计)?(?P<num>\d+(?:\.\d+)?)(?P<unit>万元|亿元)"
                        r"(?=[^,,。;;]{0,12}?(?:拨付|下达|兑付|发放|落实))")),
    # 一般不动产登记5个工作日内办结: a service's time limit, at most so many working days (rx33)
    ("limit", re.compile(r"(?<!限期)(?P<metric>[\u4e00-\u9fff]{2,10}?(?:登记|审批|许可|开办|申请|业务|事项|手续))(?:在|于)?"
                         r"(?P<num>\d+(?:\.\d+)?)(?P<unit>个?工作日)(?:内|以内|之内)(?=办结|办完|出证|答复|回复|完成办理)")),
    # 一般信访事项限期15日内书面答复 / 申报材料齐全的,一律在10个工作日内办结: the same, the matter or its papers named (rx34)
    ("limit", re.compile(r"(?P<metric>(?:信访|来信|来访|投诉|举报|咨询|诉求)[\u4e00-\u9fff]{0,4}?|(?<=齐全的[,,])|(?<=完备的[,,])|(?=一律))(?:一律|均)?(?:限期|在|于)?"
                         r"(?P<num>\d+(?:\.\d+)?)(?P<unit>个?工作日|日|天)(?:内|以内|之内)(?=[\u4e00-\u9fff]{0,4}?(?:办结|办完|出证|答复|回复|反馈|处理))")),
    # 共向村民承诺创业项目100多个: a count pledged, told as more than a round number (rx40)
    ("pledged", re.compile(r"(?<=承诺)(?P<metric>[\u4e00-\u9fff]{2,10}?)(?P<num>\d+)(?P<more>多|余)(?P<unit>个|项|件|处|户|条|所|座)")),
    # N个 metric (bare count, Arabic numerals only)
    ("count", re.compile(r"(?<![\d.第前后])(?P<num>\d+(?:\.\d+)?)(?P<unit>个|项|件|家|所|座|条|处|套|批|场|栋|类|篇|份|部(?=[\u4e00-\u9fff]{0,4}(?:电梯|手机|车辆|汽车|车))|台|辆)(?![\d万亿%]|百分点|工作日|月|星期|小时)(?P<metric>[\u4e00-\u9fffA-Za-z]{0,10})")),
]
_METRIC_LEAD = lazy(r"^(?:(?:日|号|月底|月末|月|底|末)(?:之)?前|月(?:上旬|中旬|下旬)(?:之)?前|努力实现|力争实现|实现|(?:(?:19|20)\d\d年)?(?:[一二三四1-4]季度|\d{1,2}月(?:\d{1,2}日)?|年底|年内|年末)(?:底|末)?(?:前|之前)?|完成(?=[\u4e00-\u9fff]{2})|" + IS_NO + r"|其中|同时|尤其是|特别是|力争|力促|确保|今年内|今年|全年|下半年|上半年|近期|远期|原则上|即|并|要|将|把|使|让|"
                          r"全区|全市|全县|我区|我市|我县|考核|的)+")
_COUNT_METRIC_END = lazy(r"[,。;、和及与等中]|共(?=向|承诺|计|有|完成)|向(?=[\u4e00-\u9fff]{1,6}?承诺)|年内|年底|年末|争取|力争|必须|要|将|已|还|在|全部|全面|均已|均|如期|按期|进行|的(?=[,。;]|$)|$")
_AFTER_DE = lazy(r"的(?P<m>[\u4e00-\u9fff]{2,8}?)(?=[,。;、]|$)")


_DIGIT = lazy(r"\d")
_DISCOURSE = lazy(r"(?:方面|问题|原则|意见|要求|环节|重点|特点|层面|关系|步骤|阶段|字|句|点|次|轮|方针|理念|意识|结合|转变|坚持|"
                        r"抓手|着力点|突破口|落脚点|导向|维度|百分点)")
#: a count that is no work: those attending (22个社区书记参加) or problems found (30个不和谐问题, 12个突出问题)
_NOT_COUNTED = lazy(r"^[\u4e00-\u9fff]{1,10}?(?:参加|参会|出席|列席|与会)|^[\u4e00-\u9fff]{0,6}问题(?!整改|销号|清零|台账|清单)")
_OP_WORD = lazy(r"[≥≤<>]|达|超过|突破|不低于|不少于|不得低于|不得少于|不能低于|不能少于|提高到|提升到|增加到|保持在|稳定在|至少|控制在|不超过|不高于|压缩[到至]|缩短[到至]|下降到|降低[到至]|降至|低于|减少[到至]")


def _num(s: str) -> Optional[float]:
    try:
        return float(s)
    except ValueError:
        return cn_number(s)


#: a verb or modal inside a long metric: 及各卫生院要在年内完成家庭医生签约率 → 家庭医生签约率
_METRIC_VERB = lazy(r"(?:要|完成|实现|确保|力争|争取|在年内|年底前)")


#: a time after what is measured: 集体经济收益在今年(超过5万元) → 集体经济收益
_METRIC_WHEN = lazy(r"(?<=[\u4e00-\u9fff]{2})(?:在|于|到)?(?:今年|本年度?|年内|年底前?|年末|当年)(?:内|底)?$")


def clean_metric(m: str) -> str:
    """A metric without the time, modal or place words before it (年底前力争解决 → 解决).

    >>> clean_metric("年底前力争解决"), clean_metric("集体经济收益在今年")
    ('解决', '集体经济收益')
    """
    return _clean_metric(m)


#: who gave a quota, before what it measures: 省下达我县(农村危房改造任务) / 上级下达给本县(…) (rx22)
_METRIC_GIVEN = lazy(r"^[\u4e00-\u9fff]{0,8}?下达(?:的|给)?(?:(?:我|本|全)[省市县区镇乡](?!级))?(?=[\u4e00-\u9fff]{2})")


def _clean_metric(m: str) -> str:
    m = (m or "").replace("“", "").replace("”", "")  # (“一网通办”率)
    m = _METRIC_GIVEN.sub("", m) if "下达" in m else m
    m = _METRIC_WHEN.sub("", _METRIC_LEAD.sub("", m))
    if len(m) > 8 and _METRIC_VERB.search(m):
        tail = _METRIC_VERB.split(m)[-1]
        m = tail if len(tail) >= 2 else m
    return m


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside “quotes”?  Numbers there are names (“15条”)."""
    return text.count("“", 0, pos) > text.count("”", 0, pos)


@dataclass(slots=True)
class _Hit:
    """One match of a pattern of :data:`_RXS`, its number read, before its kind's rule."""
    m: re.Match
    clause: str
    value: float
    unit: str
    text: str
    metric: str
    listed: bool  # a target was read before it in the clause


#: …N以上的X: the number qualifies a noun; …N以下、无法…的X: one of a list of qualifiers of a noun
_CRITERION_AFTER = lazy(r"(?:及?以上|及?以下|以内)?的|(?:及?以上|及?以下|以内)?、[^。;;,,、]{1,20}的")
#: a number qualifying a noun, before it: 面积在 / 低于 / 不足 (…N以上的X)
_CRITERION_BEFORE = lazy(r"(?:(?<![达到控制保持稳定提高提升降])在|低于|高于|不足|小于|大于|超过)$")

#: a size in a comma's list of what qualifies a noun: 面积在250平方米以内,无法…的宅基地 (rx24)
#: (the object of a verb of handling, not a figure aimed at: 确保人均面积在30平方米以上 is one)
_SIZE_BEFORE = lazy(r"(?:做好|对|针对|把|将|摸清|排查|清理|拆除|处置|整治)[\u4e00-\u9fff]{0,6}?"
                    r"(?:面积|年龄|规模|排量|吨位|长度|高度|跨度|功率|容积|年收入|收入)在$")
_SIZE_AFTER = lazy(r"(?:及?以上|及?以下|以内)?(?:$|[,,、][^。;;,,]{1,24}的)")


#: a size naming a class of things right after it: 66人以上超大班额 / 10吨以上货车 (rx39)
_CLASS_AFTER = lazy(r"(?:及?以上|及?以下)[\u4e00-\u9fff](?![,,。;;])")
#: a verb handling things of a class, before the size: 消除 / 化解 / 清理 / 整治 / 拆除 / 排查
_HANDLED = lazy(r"(?:消除|化解|清理|整治|拆除|排查|处置|取缔|关停|淘汰)$")


#: a road named by its width after the metres: 24米大道 / 30米宽道路
NAMED_BY_WIDTH = lazy(r"大道|大街|道路|宽")


#: a size naming a class of things, then how many of them: 投资10亿元以上项目10个 (rx40)
_CLASS_COUNTED = lazy(r"(?:及?以上|及?以下)[\u4e00-\u9fff]{1,8}?\d+(?:\.\d+)?(?:个|项|家|座|所|条|处)")


def _which_not_how_many(m: re.Match, clause: str, s: int) -> bool:
    """A figure telling which things, not how many: 对面积在500平方米以上的违建 / 年收入低于3000元的农户 (rx23) /
    消除66人以上超大班额 (rx39) / 投资10亿元以上项目10个 (rx40)."""
    return bool(_CRITERION_AFTER.match(clause, m.end()) and _CRITERION_BEFORE.search(clause[:s])
                or _SIZE_AFTER.match(clause, m.end()) and _SIZE_BEFORE.search(clause[:s])
                or _CLASS_AFTER.match(clause, m.end("unit")) and _HANDLED.search(clause[:s])
                or _CLASS_COUNTED.match(clause, m.end("unit")))


def _named_not_counted(m: re.Match, clause: str) -> bool:
    """A figure that names or is vague, no amount: 引进甲、乙等一批龙头企业 / 完成24米大道 (a road named by its width; rx40)."""
    return (m.group("unit") == "批" and m.group("num") == "一") \
        or (m.group("unit") == "米" and bool(NAMED_BY_WIDTH.match(clause, m.end("unit"))))


def _hit(m: re.Match, clause: str, taken: list, listed: bool) -> Optional[_Hit]:
    """A match read as a number with its unit, else ``None``: overlapping one taken,
    in “quotes” (“15条”), approximate (20多个, 100余家) or no number."""
    s, e = m.start("num"), m.end()
    if any(a < e and s < b for a, b in taken) or _quoted(clause, s) or clause[s - 1:s] == "第":
        return None  # (下达第一批资金: which batch, no amount; rx39)
    after = clause[m.end("unit"):m.end("unit") + 1] if m.group("unit") else ""
    if after == "多" and re.match(r"多(?:高层|层|功能|媒体|元|样|部门)", clause[m.end("unit"):]):
        after = ""  # (37个多高层公寓: a kind of building, no approximation; rx44)
    if (after in ("多", "余") or clause[m.end("num"):m.end("num") + 1] in ("多", "余")) and not m.groupdict().get("more"):
        return None
    if _which_not_how_many(m, clause, s) or _named_not_counted(m, clause):
        return None
    v = _num(m.group("num"))
    if v is None:
        return None
    return _Hit(m, clause, v, m.group("unit"), clause[m.start():m.end()], _clean_metric(m.group("metric")), listed)


def _after_de(h: _Hit) -> str:
    """达到90%的覆盖率: the metric named after 的, else ``""``."""
    de = _AFTER_DE.match(h.clause, h.m.end())
    return de.group("m") if de else ""


def _read_ge(h: _Hit) -> Optional[list[Target]]:
    """覆盖率达到90%以上 / 税收增长6.2%左右 / 覆盖率和达标率均达到95% (one each)."""
    metric = (not h.m.group("tail") and _after_de(h)) or h.metric
    op = "~" if h.m.group("tail") == "左右" else ">="
    both = re.search(r"(?:均|都|分别)(?:要)?(?:达到|达|不低于|超过)", h.text)
    return [Target(x, op, h.value, h.unit, h.text) for x in (_split_metric(metric) if both else [metric])]


def _read_le(h: _Hit) -> Optional[list[Target]]:
    """全区信访件数控制在20件以内."""
    return [Target(_after_de(h) or h.metric, "<=", h.value, h.unit, h.text)]


def _read_grow(h: _Hit) -> Optional[list[Target]]:
    """能耗同比下降3% / 税收增长6.2%左右: the direction stays in the metric, the value as written."""
    tail = h.m.group("tail")
    op = "~" if tail == "左右" else (">=" if tail == "以上" else "=")
    verb = h.m.group("verb")
    return [Target(h.metric + ("增长" if verb == "增长" else verb), op, h.value, h.unit, h.text)]


def _read_tail(h: _Hit) -> Optional[list[Target]]:
    """签约项目20个以上 / 积水点5处以内 (70%以上的精力: the metric after 的)."""
    op = ">=" if "以上" in h.m.group("tail") else "<="
    metric = h.metric or _after_de(h)
    return [Target(metric, op, h.value, h.unit, h.text)] if metric else None


def _read_done(h: _Hit) -> Optional[list[Target]]:
    """完成老旧小区改造12个 / 新建公共停车场5处 (not a rate or a state: 完成率为, 已)."""
    if _WHERE_ONLY.match(h.m.group("metric")) or h.m.group("metric").endswith("等"):  # 完成城区12条主次干道整治: what is counted follows (rx22; 完成桂花巷等12个老旧小区改造, rx35)
        after = _COUNTED_AFTER.match(h.clause, h.m.end())
        if after:
            return [Target(after.group("m").replace("的", ""), "=", h.value, h.unit, h.text + after.group("m"))]
    if not h.metric or re.search(r"[为是率的已]", h.metric) or h.metric in ("任务", "目标", "指标", "目标任务"):
        return None  # (改造任务19526户: the quota of the work before, the "is" rule's)
    if re.search(r"[零〇一二两三四五六七八九十百千万]$", h.metric) and not re.match(r"\d", h.m.group("num")):
        return None  # (新建两千套: a numeral cut in two, no metric; the count rules read it)
    if _WORK_AFTER.match(h.clause, h.m.end()):
        return None  # 完成城中村约3000户棚户区改造任务: the work measured follows the amount (the "work" rule)
    of = _after_de(h) if _SHARE_OF.match(h.metric) else ""  # 完成剩余312户的搬迁入住 → 搬迁入住 (rx21)
    metric = of or re.sub(r"[“”]", "", h.metric)  # 组建“楼栋帮帮团”10支 → 楼栋帮帮团 (rx30)
    about = re.search(r"(?:大约|约为|约)$", metric)
    if about:  # 清淤约1.5万立方米: the work its verb names, the figure about so much (rx34)
        metric = metric[:about.start()] or h.m.group(0)[:h.m.start("metric") - h.m.start()]
    return [Target(metric, "=", h.value, h.unit, h.text + ("的" + of if of else ""))] if metric else None


#: a place alone where a metric would be, before the count: (完成)城区(12条…) / 全镇(20个村…)
_WHERE_ONLY = lazy(r"^(?:城区|市区|县城|主城区|中心城区|辖区|镇域|全[省市县区镇乡村]|各[镇乡村])$")
#: what a count after a place counts: (12条)主次干道占道经营整治, up to the clause's end
_COUNTED_AFTER = lazy(r"(?P<m>[\u4e00-\u9fff]{2,14}?)(?=[,。;、和及]|$)")


#: a part of the things counted, before the count: (完成)剩余(312户的搬迁入住)
_SHARE_OF = lazy(r"^(?:剩余|其余|余下|全部|所有)$")


#: the work an amount measures, after it: (3000户)棚户区改造任务 / (60亩)供地工作
_WORK_AFTER = lazy(r"[\u4e00-\u9fff]{2,12}?(?:工作任务|任务|工作)(?![\u4e00-\u9fff])")


def _read_cut(h: _Hit) -> list[Target]:
    """审批时限压缩50%以上: the share a measure is cut by, at least so much where 以上 says so (rx35)."""
    op = {"以上": ">=", "左右": "~"}.get(h.m.group("tail") or "", "=")
    return [Target(h.metric + h.m.group("verb"), op, h.value, h.unit, h.text)]


def _read_funds(h: _Hit) -> list[Target]:
    """县级配套资金180万元由县财政局列入预算 / 由县财政局先行垫付50万元: the sum (rx35)."""
    return [Target(h.metric, "=", h.value, h.unit, h.text)]


def _read_served(h: _Hit) -> Optional[list[Target]]:
    """解决1.2万人的饮水安全问题 → 解决饮水安全问题, 1.2 万人."""
    verb = "" if h.m.group("verb") == "进行" else h.m.group("verb")  # (对300户家庭进行适老化改造 → 适老化改造)
    unit = re.sub(r"(?:农村|城镇|城乡|贫困)?人口$", "人", h.unit)  # (1.8万农村人口 → 万人, rx53)
    return [Target(verb + h.metric, "=", h.value, unit, h.text)]


def _read_reached(h: _Hit) -> Optional[list[Target]]:
    """组织职业技能培训1500人次: the people a service is to reach; not who took part (参加培训200人)."""
    return None if _NOT_COUNTED.match(h.metric) or h.metric.startswith("参加") else _read_amount(h)


def _read_limit(h: _Hit) -> Optional[list[Target]]:
    """一般不动产登记5个工作日内办结: at most so many working days to close one."""
    unit = "个工作日" if "工作日" in h.unit else h.unit
    return [Target(h.metric + ("答复时间" if re.search(r"答复|回复|反馈", h.clause[h.m.end():h.m.end() + 6]) else "办结时间"),
                   "<=", h.value, unit, h.text)]


def _read_work(h: _Hit) -> Optional[list[Target]]:
    """完成115公里示范路段绿化任务: the amount before the work it measures."""
    return [Target(h.metric, "=", h.value, h.unit, h.clause[h.m.start("num"):h.m.end()])]


def _read_amount(h: _Hit) -> Optional[list[Target]]:
    """新建5所学校 / 总建筑面积3.2万平方米 / 任务数为96.5万平方米: a stated amount."""
    return [Target(h.metric, "=", h.value, h.unit, h.text)]


def _read_cont(h: _Hit) -> Optional[list[Target]]:
    """…中转站8个、分类池20个: the next item of a list, after a target read before it."""
    if not h.metric or re.search(r"[为是率的已未]", h.metric) or not h.listed:
        return None
    return [Target(h.metric, "=", h.value, h.unit, h.text.lstrip("、"))]


def _read_stage(h: _Hit) -> Optional[list[Target]]:
    """…新开工1000套,基本建成800套: the stage is the metric, after a target read before it
    (or opening a clause of its own: the sentence's rules decide whether it is due)."""
    return [Target(h.metric, "=", h.value, h.unit, h.text)] if h.listed or h.m.start() == 0 else None


def _read_share(h: _Hit) -> Optional[list[Target]]:
    """完成征收任务的60%."""
    return [Target(h.metric, ">=", h.value, h.unit, h.text)]


def _read_range(h: _Hit) -> Optional[list[Target]]:
    """新建3-5个停车场 / 整治河道3-5条 (the noun before the number)."""
    v2 = _num(h.m.group("num2"))
    if v2 is None or v2 <= h.value:
        return None
    metric = h.metric.split("的")[0]
    if not metric:
        pre = re.search(r"[\u4e00-\u9fff]{1,8}$", h.clause[:h.m.start()])
        metric = _clean_metric(pre.group(0)) if pre else ""
    return [Target(metric, "range", h.value, h.unit, h.text, v2)]


_STANDING = lazy(r"(?:正在|已经|尚未|还未|仍在)(?![^,,;。]{0,12}的)")
_SCOPE_OF = lazy(r"^\s*在[^,;。]{2,30}?(?:中|之中|当中)\s*$")


def _read_count(h: _Hit) -> Optional[list[Target]]:
    """12个重点项目: a bare count in Arabic numerals; not a subset of a count
    (120个重大项目中还没有开工的25个项目) nor the speech's structure (4个问题, 3个方面)."""
    m = h.m
    if re.match(r"\d", m.group("num")) is None:
        return None
    metric = m.group("metric")
    if _NOT_COUNTED.match(metric):
        return None
    cut = _COUNT_METRIC_END.search(metric)
    metric = metric[:cut.start()] if cut else metric
    rest = h.clause[m.start("metric") + len(metric):][:16]
    if "中" in rest[:12] and (re.search(r"\d+(?:个|项|件)", rest) or _SCOPE_OF.match(h.clause)):
        return None  # (在尚未开工的40个项目中,…: the set a later count is drawn from, rx25)
    if not metric or _DISCOURSE.match(metric) or _STANDING.match(h.clause, m.end("unit")):
        return None  # (有20个正在办理前期手续: how many stand so, no target)
    return [Target(metric, "=", h.value, h.unit, h.text)]


def _read_pledged(h: _Hit) -> list[Target]:
    """承诺创业项目100多个: at least that many (rx40)."""
    return [Target(h.metric, ">=", h.value, h.unit, h.text)]


#: a verb of works before a count in Chinese numerals: 确保第二批四所文化站建成, 帮助三个贫困户
_CN_COUNT_VERB = lazy(r"(?:新建|建成|建设|完成|改造|提供|帮助|负责|打造|催促|确保|实施|办好|培育|引进|整治|创建|新增|设置|设立|组建|成立|抽调|改扩建|扩建|改建)")
#: a count in Chinese numerals in a clause (its test before the patterns run)
_CN_COUNT = lazy(r"[两二三四五六七八九十百千](?:个|所|户|件|项|家|座|栋|套|条|处|名|株)")


def _read_cn_count(h: _Hit) -> Optional[list[Target]]:
    """四所乡镇文化站: a count in Chinese numerals, after a verb of works in its clause, of
    something other than the speech's structure (三个方面, 两个确保) or a slogan."""
    m = h.m
    if not _CN_COUNT_VERB.search(h.clause[:m.start()]) or h.value < 2:
        return None
    metric = re.split(r"尽快|从|找到|的|年[底内]|[上下]半年|建成|完成|落实|于|在", m.group("metric"))[0]
    cut = _COUNT_METRIC_END.search(metric, 1)  # (十二所中小学: 中 opening the name is no cut)
    metric = metric[:cut.start()] if cut else metric
    if len(metric) < 2 or _DISCOURSE.match(metric) or _NOT_COUNTED.match(metric) or re.match(r"确保|全面|代表|必须|坚持", metric):
        return None
    return [Target(metric, "=", h.value, h.unit, h.text)]


#: how each kind of :data:`_RXS` match becomes targets (``None``: not a target)
_READ = {"ge": _read_ge, "le": _read_le, "grow": _read_grow, "tail": _read_tail, "done": _read_done,
         "work": _read_work, "made": _read_amount, "named": _read_amount, "served": _read_served, "reached": _read_reached, "size": _read_amount, "cost": _read_amount, "funds": _read_funds, "cut": _read_cut, "paid": _read_amount, "cont": _read_cont, "stage": _read_stage,
         "share": _read_share, "range": _read_range, "is": _read_amount, "count": _read_count, "cn_count": _read_cn_count,
         "limit": _read_limit, "pledged": _read_pledged}
#: the kinds that can match without a digit (一万二千亩), and those that need an op word (达到, 控制在)
_NO_DIGIT = ("ge", "le", "tail", "done", "work", "cn_count")
#: the kinds read with Chinese numerals only (新增停车泊位一千二百个: done; rx25)
_CN_KINDS = ("cn_count", "done")
_NEED_OP = ("ge", "le")


#: 了 between a verb and its figure: 组建了3个攻坚小组 (the verb's object the metric, not 了; rx51)
_LE_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff])了(?=\d)|(?<=完成|新建|建成|组建|改造|新增|实现|达到|增加|减少|提高|下降)了")


def find_targets(clause: str) -> list[Target]:
    """Targets of one clause (folded text), in order, without overlaps.

    >>> [(t.metric, t.value) for t in find_targets("组建了3个攻坚小组")]
    [('攻坚小组', 3.0)]
    """
    return _targets_of(_LE_FIGURE.sub("", clause) if "了" in clause else clause)


def _targets_of(clause: str) -> list[Target]:
    """:func:`find_targets` of a clause without 了 before its figures."""
    digit = _DIGIT.search(clause)
    op = _OP_WORD.search(clause)
    cn_only = not digit and not op
    if cn_only and not _CN_COUNT.search(clause):
        return []
    out: list[tuple[int, int, Target]] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _RXS:
        if (not digit and kind not in _NO_DIGIT) or (not op and kind in _NEED_OP) or (cn_only and kind not in _CN_KINDS):
            continue
        read = _READ[kind]
        for m in rx.finditer(clause):
            h = _hit(m, clause, taken, bool(out))
            ts = read(h) if h else None
            if ts is None:
                continue
            taken.append((m.start(), m.end()))
            out += [(m.start(), m.end(), t) for t in ts]
    out += _joined_amounts(clause, out)
    out.sort(key=lambda x: x[0])
    ts = [replace(t, text=regrouped(t.text)) if t.text else t for _, _, t in out]  # (1,286.5万元 folded, rx35)
    ts = [about(t) for t in ts]
    if "分别" in clause:
        paired = _paired(clause)
        return _respectively(ts, clause) if paired is None else paired
    return ts


#: metrics listed, then 分别 and as many figures: 生猪出栏量、禽蛋产量分别稳定在20万头、2万吨以上 (session 54)
_PAIRED = re.compile(r"(?P<ms>[\u4e00-\u9fff]{2,14}(?:、[\u4e00-\u9fff]{2,14})+)分别(?P<verb>达到|超过|不低于|不少于|提高到|稳定在|保持在|控制在|不超过|为|是|完成|增长|新增)?"
                     r"(?P<vs>\d+(?:\.\d+)?[^\d、和及,,;;。]{0,4}(?:(?:、|和|及)\d+(?:\.\d+)?[^\d、和及,,;;。]{0,4})+?)(?P<tail>以上|以内|左右)?(?=[,,;;。]|$)")
_FIGURE = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<u>" + _UNIT + r")")


def _paired(clause: str) -> Optional[list[Target]]:
    """Each metric listed before 分别 with its figure after it, in order, where they are as many; else None."""
    m = _PAIRED.search(clause)
    if not m:
        return None
    metrics = m.group("ms").split("、")
    figures = [f for f in _FIGURE.finditer(m.group("vs"))]
    if len(metrics) != len(figures) or len(figures) < 2:
        return None
    last = metrics[-1]
    metrics = [x + last[len(x):] if len(x) == 2 and len(last) > 4 else x for x in metrics[:-1]] + [last]  # (城镇、农村居民收入)
    verb = m.group("verb") or ""
    tail = (re.search(r"以上|以内|左右", m.group("vs") + (m.group("tail") or "")) or re.match("", "")).group()
    op = "<=" if verb in ("控制在", "不超过") or tail == "以内" else ">=" if verb in ("达到", "超过", "不低于", "不少于", "提高到") or tail == "以上" \
        else "~" if tail == "左右" else "="
    return [Target(x, op, float(f.group("n")), f.group("u"), f.group()) for x, f in zip(metrics, figures)]


def about(t: Target) -> Target:
    """展馆面积约450平方米: about that much (``~``), 约 no part of the metric; 共9.6公里: 共 no metric (rx40)."""
    if t.metric and t.metric.endswith("约") and t.op == "=":
        return replace(t, metric=t.metric[:-1], op="~")
    if t.metric and t.metric.endswith(("共", "约共", "合计")) and t.op == "=":
        return replace(t, metric=re.sub(r"(?:约?共|合计)$", "", t.metric))
    if t.metric in ("以下", "下列", "如下", "下面"):  # (办好以下十件民生实事: the matters counted, session 54)
        return replace(t, metric="")
    return t


#: a second amount joined to one read before it, the work it counts after it: …8座换热站新建和3.2公里供热管网铺设任务
_JOINED_UNIT = r"(?:座|个|所|条|处|家|套|栋|间|辆|台|盏|公里|米|亩|万?平方米|万?立方米)"
_JOINED = lazy(r"(?:和|及|、)(?:(?P<num>\d+(?:\.\d+)?)(?P<unit>" + _JOINED_UNIT + r")(?P<metric>[\u4e00-\u9fff]{2,12}?)(?:工作)?(?:任务)?"
               r"|(?P<metric2>[\u4e00-\u9fff]{2,10}?)(?P<num2>\d+(?:\.\d+)?)(?P<unit2>" + _JOINED_UNIT + r"))(?=[,。;]|$)")


def _joined_amounts(clause: str, out: list) -> list:
    """The amount joined by 和 right after an amount read before its work (完成8座换热站新建和3.2公里供热管网铺设任务), with the
    work it counts (rx36)."""
    more = []
    for _, end, t in list(out):
        m = _JOINED.match(clause, end)
        k = "" if m and m.group("num") else "2"
        if m and t.unit and not any(s <= m.start("num" + k) < e for s, e, _ in out):
            more.append((m.start(), m.end(), Target(m.group("metric" + k), "=", float(m.group("num" + k)), m.group("unit" + k),
                                                    m.group()[1:])))
    return more


def _respectively(ts: list[Target], clause: str) -> list[Target]:
    """城乡居民人均可支配收入分别增长6%和7.5%: a target for each figure, the metric without 分别 (rx26)."""
    out = []
    for t in ts:
        t = replace(t, metric=t.metric.replace("分别", "")) if t.metric and "分别" in t.metric else t
        out.append(t)
        k = clause.find(t.text) + len(t.text) if t.text and t.unit == "%" else -1
        more = re.match(r"和(\d+(?:\.\d+)?)%", clause[k:]) if k > 0 else None
        if more:
            out.append(replace(t, value=float(more.group(1)), text=t.text + more.group(0), value_max=None))
    return out


def _split_metric(metric: str) -> list[str]:
    """``覆盖率和达标率`` → both; a metric without a conjunction stays whole."""
    if "和" in metric or "、" in metric:
        parts = [p for p in re.split(r"和|、", metric) if p]
        if len(parts) > 1 and all(len(p) <= 16 for p in parts):
            return parts
    return [metric]
