"""The context of a number in its sentence: subject, kind, period, year, span and hedges."""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import cast

from govreport.numerals import (
    CHINESE_YEAR,
    CHINESE_YEAR_OPENING,
    CHINESE_YEAR_TEXT,
    YEAR_DIGIT,
    arabic_years,
    small_numeral,
    to_chinese,
)
from govreport.quantities.numeral_runs import GRADED_MEASURES, Reading, numeral_runs, read_number
from govreport.quantities.rules import (
    ADDED_VERBS,
    AR,
    BATCH_WORD,
    BOUNDARY,
    CHAIN_JOINS,
    CLAUSE_END,
    CN,
    CN_CHARS,
    ETC,
    LINKED_ONLY_MEASURES,
    NUM,
    OBTAINING_VERB,
    Rules,
    common_words,
    contains_any,
    ending_words,
    forward_chain,
    joined_words,
    last_word_end,
    load_glossary,
    measure_of,
    per_rules,
    possible_matches,
    remembered_per_rules,
    starting_words,
    word_tags,
)
from govreport.report import (
    TYPED_FORMS,
    Part,
    Report,
    Sentence,
    base_role,
    clean_text,
    five_year_plan_start,
    half_year_span,
    session_year_starts,
    summary_year,
    year_end_session,
)

# --------------------------------------------------------------------------- sentence reading


@dataclass
class Quantity:
    reading: Reading
    sentence: Sentence
    subject: str = ""
    subject_start: int | None = None
    subject_end: int | None = None
    kind: str = "other"
    period_kind: str = "other"
    year: int | None = None
    span: str = ""
    qualifier: list[str] = field(default_factory=list)
    #: the indicator a rank places in a ranking (carried to the figures after it, not the ranking)
    ranked: str = ""
    sign: int = 1  # -1 for a decrease (下降3%: value_num -3), see decrease_words in the rules
    #: a minus sign written before the number (增长-3.5%: :func:`written_minus`); it turns the sign
    #: in the table, apart from ``sign`` (which a list's next figure takes over)
    minus: bool = False


#: The magnitude characters that may open a unit (万个, 亿人): the unit's own word follows them.
MAGNITUDE_CHARS = "万亿千百十"
#: The count of a span's years in Arabic digits where the Chinese patterns take 二-五 or 十
#: (过去5年, 5年来, 3年增长…: many local reports and web pages write it so).
ARABIC_SPAN_COUNT = r"(?<![0-9.])(?:[2-5]|10)"
#: A time or span opening a subject (2023年全市..., 1—11月规模以上...), dropped from it.
SUBJECT_LEAD = re.compile(
    r"^(?:(?:为?(?:到|至)|截至|在)?(?:19|20)\d{2}\s?年(?:底|末)?(?!以来)|"
    # a column's tag a news page opens its paragraph on (【稳中求进开新局】兰州新区地区生产总值…:
    # a new area's report of 2022, session 70)
    r"【[^【】]{1,16}】(?=..)|\d{1,2}\s*[—–\-~～至到]\s*\d{1,2}\s*月(?:份)?|"
    r"前?[一二三四]季度|[上下]半年|截至\d{1,2}月(?:底|末)?|"
    # a multi-year span opening the subject (五年转移农村人口): the span column says it
    rf"(?:过去|近|前)?(?:[二三四五两]|十|{ARABIC_SPAN_COUNT})年(?:来|间)?(?![均度底末内初中代前])|"
    # older reports' spans (两年中投入生产的…, 在三年内把…, 十一年中…)
    r"在?[二三四五六七八九十两]{1,3}多?年(?:中|间|里|内)|"
    # a span or a time pointed to (这两年取得…, 这五年共…, 前四年内…, 当年的钢产量, 现在全国…,
    # 本世纪末全国…, 在本世纪末把…, 到本世纪末…: round 129): the period columns say it
    # (截至目前库存应急物资…: a sub-district's summary of 2022, session 69)
    r"(?:这|前)(?:[二三四五两几]|十)?年(?:来|间|中|里|内)?(?=..)|当年的(?=..)|"
    # (the quarter or month reported, 当季同比增长15.4%: a county's review of 2020, session 70)
    r"当[季月](?:度|份)?|"
    r"(?:截[至止]到?)?(?:现在|目前|当前)(?=..)|"
    r"(?:在|到)?本世纪末(?=..)|"
    # (and a plan period's end: 到“十二五”末生产总值达到…, 到十二五末力争…: a county's party congress
    # report of 2011, session 68)
    r"(?:到|至)?“?十[一二三四五六]五”?(?:时期|期)?末[，,]?(?=..)|"
    # the time a plan gives itself, after its count of years (用两年时间将…: the span column says it)
    r"(?:左右)?的?时间(?=[将把使对在]..)|"
    # the ordinal of a list of items (三是对…开展内镜检查3万名, 十二是…): no part of what is counted
    r"第?[一二三四五六七八九十]{1,3}是(?=..)|"
    # the close of a concessive frame (在…下降13.2%的情况下仍实现了增长6%: a district's review of
    # 2011, session 53): the figure after it is the frame's indicator again, carried
    r"的?(?:情况|前提|条件|背景)下(?:仍然?|也|还|依然)?|"
    # the main targets' frame run into the first indicator without a colon (主要预期目标建议为
    # 地区生产总值增长8.5%左右, 经济社会发展的主要预期目标是地区生产总值…: pages of 2015, 2020)
    r"(?:今年|明年|全年|(?:19|20)\d{2}年)?(?:[全我][省市县区州旗])?(?:经济社会发展)?的?"
    r"主要(?:预期)?目标(?:建议|确定|设定|拟定)?[是为](?=..)|"
    # 为 before a beneficiary, who stays in the subject: 为经营主体减负1000亿元 -> 经营主体减负
    r"(?:中央|地方|省级?|市级?|县级?|各级)?财政(?:资金)?(?:安排|下达|投入)(?=..)|"
    r"为(?=(?:各类)?(?:企业|市场主体|经营主体|群众|居民|纳税人|中小微企业)))"
)
#: A comparison's base named as a figure, a noun in 数 (比1955年决算数增长…, 比1954年的铺轨里数增长…):
#: the clause says what the figure of the thing before is compared with, and names nothing else
#: (not 比上年产值增长…, where the noun is what grew).
COMPARED_BASE_MEASURE = re.compile(
    r"(?:已经?|还|又)?(?:比|较)(?:(?:19|20)\d{2}\s?年|上一?年|去年)的?[\u4e00-\u9fff]{0,4}数(?:增长|增加|下降|减少|提高|降低)?"
)
#: A comparison base at either end of a subject (比上年, 比2022年, 恢复到2019年), dropped.
SUBJECT_COMPARISON = re.compile(
    r"(?:比|较|与|同)(?:上年同期|上一年|上年(?:末|底)?|去年同期|去年(?:末|底)?|年初|(?:19|20)\d{2}\s?年(?:同期|底|末)?"
    # a year in Chinese numerals (合计比一九八○年增加了一倍: heldout102 national 1986)
    r"|" + CHINESE_YEAR_TEXT + r"年(?:同期|底|末)?"
    # years before the time of speaking (较五年前, 比十年前: heldout79 national 2023)
    r"|(?:[两三四五六七八九十]|\d{1,2})年前"
    # a part of the year as the base (增幅比一季度回落, 增速比上半年加快, 比前三季度提高, 比上月增长:
    # a city's or province's review compares its quarters)
    r"|(?:前|第)?[一二三四1-4]季度|[上前]季度|上半年|上月|(?:上年|去年)同月"
    # (months run so far as the base, 较1-6月份提高0.4个百分点, 比1—5月回升: a district's monthly
    # bulletin, session 57)
    r"|1\s?[-—–~～至到]\s?(?:[1-9]|1[0-2])\s?月份?"
    # an earlier five-year plan as the base (比第五个五年计划期间的577亿元, 比“六五”期间)
    r"|第[一二三四五六七八九十]{1,2}个五年计划(?:期间|时期)的?|“[一二三四五六七八九十]{1,2}五”(?:期间|时期)的?"
    # (the plan period before: 比上个五年增长50%, session 51)
    r"|上一?个五年(?:期间|时期)?的?"
    # the best year before as the base (比历史上最好的1984年增长6.8%: a county's review of 1985,
    # session 54)
    r"|历史上?(?:最好|最高)(?:水平|年份)?的?(?:(?:19|20)\d{2}\s?年|" + CHINESE_YEAR_TEXT + r"年)?)"
    r"(?:预算)?"
    r"|恢复(?:到|至)(?:19|20)\d{2}年(?:同期)?(?:水平)?"
    # the end of a five-year plan as the base (较“十三五”末的9323.1亿元), or the whole plan period
    # (较“十三五”增长16.3%: the sum over the five years compared; 较“十三五”末期翻一番, 较“十三五”
    # 同期分别下降62.97%: heldout102 jilin, heldout81 jiangxi)
    # (its start as well: 较十二五初期增长189.5%, a district's review of 2015, session 49)
    r"|(?:比|较|与)?“?十[一二三四五]五”?(?:末期|期末|末|初期|期初)的?"
    r"|(?:比|较|与)“?十[一二三四五]五”?(?:时期|期间|同期)?的?"
)
#: A base named in quotes closing a subject (从业人员比“四经普”增加407.7万人: another census), not
#: one opening it (比“文化大革命”前十七年的总和: the base's own words follow).
QUOTED_BASE_TAIL = re.compile(r"(?:比|较)“[^”“]{1,8}”$")


#: The built-up area of a city, a noun: its 建成 is no new thing built (中心城区建成区面积188.5平方公里:
#: a city's review of 2013, session 57).
BUILT_UP_AREA = re.compile("建成区(?!域)")  # (not 建成区域性中心敬老院90家: 区域, a region)
#: Policies named by the growth they keep (稳增长, 保增长, 促增长): no change of what follows.
GROWTH_POLICY_NAMES = ("稳增长", "保增长", "促增长")
#: A clause comparing with a benchmark (高于全省平均水平, 低于控制目标): no subject of its own.
COMPARED_WITH = re.compile(
    r"(?:高于|低于|快于|慢于|好于|优于|高出)"
    # (领先 a place: 增长13.2%，领先全省2个百分点, a zone's review of 2021, session 57)
    r"|领先(?=(?:全国|全省|全市|全州|全区|全县|(?![一二三四五六七八九十两])[\u4e00-\u9fff]{1,6}[省市区县州])$)"
    # (超过 / 超出 a benchmark, not the hedge: 增长8.5%，超过全省0.4个百分点)
    r"|(?:超过|超出)(?=全国|全省|全市|全州|全区|全县|上年|去年|同期|平均)"
    # (a rate short of or above its plan: 增长6.9%，差计划目标3.1个百分点; 超计划目标6.7个百分点,
    # a county's review of 2022, session 50)
    r"|(?:差|超)(?=计划|目标|预期|年度目标|年初目标)"
    # (or by 比: 增长11.5%，比预期目标高1.5个百分点, a city's review of 2009, session 53)
    r"|比(?=(?:计划|目标|预期|年度|年初)[^，,；;。]{0,4}(?:高|低|快|慢))"
    # (a target set from above: 比省下达的指标低0.2个百分点, a city's review of 1991)
    r"|比(?=[^，,；;。]{0,6}下达的?(?:指标|目标|计划)(?:高|低|快|慢))"
    r"|是(?:上年|去年|同期|全国|全省|全市|全区|全县|(?:19|20)\d{2}年|(?:[两三四五六七八九十]|\d{1,2})年前)"
)
#: A benchmark a rate is compared with (高于全国1.7个百分点, 快于2024年1.8个百分点, 高于全部规上工业
#: 2.3个百分点, 高于“十三五”时期1.2个百分点): any noun phrase between the comparison word and the
#: figure; the gap is named with it (see :func:`gap_subject`).
GAP_BENCHMARK = re.compile(
    # (超过 / 超出 a benchmark: 增长8.5%，超过全省0.4个百分点, a city's review of 2018)
    # (领先 a benchmark: 分别领先全国、全省、全市3.6、3.6、7.3个百分点, a zone's review of 2021)
    r"(?:高于|低于|快于|慢于|高出|低出|超过|超出|领先)([\u4e00-\u9fff“”\"0-9]{1,16}?)(?:分别)?$"
)
#: A rate compared with its base by 比, the word of the gap after the base (小微企业、“三农”贷款增速
#: 比各项贷款平均增速分别高4.2和0.7个百分点: national 2015); not a verb of change (提高, 降低,
#: 加快, 放慢: the rate's own change).
GAP_COMPARED_BY = re.compile(
    r"比([^比，,；;。、]{1,16}?)(?:分别)?(?:高出|低出|(?<!提)高|(?<!降)低|(?<!加)快|(?<!放)慢)(?:分别)?$"
)
#: A base that is a goal, not a level compared with (比计划高, 比预期目标低).
GOAL_BENCHMARK = re.compile(r"(?:目标|预期|计划|下达的?指标)$")
#: A benchmark that is another indicator (快于经济增速, 高于收入增长) or a target (低于控制目标):
#: a rate against a rate of something else or a goal, not a gap to a base (the rate alone).
INDICATOR_BENCHMARK = re.compile(
    r"(?:增速|增幅|涨幅|增长率|增长速度|增长|速度|目标|预期|计划|下达的?指标)$"
)
RATE_ENDINGS = ("增速", "增幅", "涨幅", "增长率", "增长速度")


#: A gap's subject opening with the rate word alone (增速与全区之差, 增速高于全区GDP): the rate of
#: the growth before it.
BARE_RATE_OPEN = re.compile(r"^(?:增速|增幅|增长速度)(?=与|高于|低于|快于|慢于|高出|低出|$)")


#: How a gap's subject ends (…增速与全国之差).
GAP_END = "之差"


def gap_subject(subject: str, segment: str) -> str:
    """The subject of a gap between a growth rate and a benchmark's, in percentage points:
    rate + 与 + benchmark + 之差, the benchmark as written before the number.

    >>> gap_subject("一产增加值增幅高于全国", "一产增加值增幅高于全国")
    '一产增加值增幅与全国之差'
    >>> gap_subject("GDP", "，快于2024年"), gap_subject("农村居民收入增速", "快于经济增速")
    ('GDP增速与2024年之差', '农村居民收入增速')
    >>> gap_subject("民营工业增加值增速高于全部工业", "民营工业增加值增速高于全部工业")
    '民营工业增加值增速与全部工业之差'
    >>> gap_subject("高中阶段毛入学率", "，高于全国平均水平")
    '高中阶段毛入学率与全国平均水平之差'

    A rate compared by 比 names its base before the word of the gap (:data:`GAP_COMPARED_BY`),
    another indicator's rate too (national 2015); not a plan, nor a change of the rate (提高):

    >>> gap_subject("小微企业贷款增速比各项贷款平均增速高", "小微企业贷款增速比各项贷款平均增速高")
    '小微企业贷款增速与各项贷款平均增速之差'
    >>> gap_subject("工业增加值", "工业、服务业增加值比全国分别高")
    '工业增加值增速与全国之差'
    >>> gap_subject("投资增速", "投资增速比计划高"), gap_subject("投资增速", "投资增速比上年提高")
    ('投资增速', '投资增速')
    """
    if subject.endswith(GAP_END):
        return subject  # (a gap already named, one of a list's: 分别高于全国全省…)
    closed = segment.rstrip("，,、 ")
    match = GAP_BENCHMARK.search(closed)
    if not match and subject:
        by = GAP_COMPARED_BY.search(closed)
        if by and not GOAL_BENCHMARK.search(by.group(1)):
            rate = subject[: subject.rfind("比")] if "比" in subject else subject
            if not rate.endswith(RATE_ENDINGS + RATIO_ENDINGS):
                rate += "增速"
            return f"{rate}与{by.group(1)}之差" if len(rate) >= 4 else subject
    if not match or not subject or INDICATOR_BENCHMARK.search(match.group(1)):
        return subject
    cut = re.search(r"(?:高于|低于|快于|慢于|高出|低出|领先)", subject)
    base = subject[: cut.start()] if cut else subject
    base = base.removesuffix("分别")
    if len(base) < 2:
        return subject
    if not base.endswith(RATE_ENDINGS + RATIO_ENDINGS):
        base += "增速"
    return f"{base}与{match.group(1)}之差"


#: An amount compared with another place's or an average by 比 (，比全省平均水平高), the base
#: no time (比上年多 is a change over time).
AMOUNT_GAP = re.compile(r"(?:比|较)(?P<base>[^，,；;。比较\d]{2,12}?)(?:高出|低出|高|低|多|少)")
#: Bases of a comparison that are times or plans: a change, no gap (上年, 去年同期, 2020年, 计划).
TIME_BASE = re.compile(
    r"上年|去年|前年|同期|年初|上半年|(?:19|20)\d{2}|“?[十九八七六五四]{1,2}五”?"
    # (nor a plan or a budget: 比计划规定的单位数多227个 exceeds the plan, national 1959)
    r"|计划|预算|目标|预期"
)


#: The endings of a balance's name, and the 新增 of its change written right before the amount.
BALANCE_ENDS = ("余额", "存款", "储蓄")
BALANCE_ADDED = re.compile(r"新增了?[约近超逾]?$")
#: The change of a measure said in absolute terms (增长的绝对数, 粮食增加的绝对数).
ABSOLUTE_CHANGE = re.compile(r"(?P<owner>[\u4e00-\u9fff]{0,6}?)(?:增长|增加)的绝对数")


def carry_is_output(subject: str) -> bool:
    """Whether ``subject`` names an output (产量), which a product alone before 增加的绝对数 takes.

    >>> carry_is_output("粮食产量"), carry_is_output("工农业总产值")
    (True, False)
    """
    return subject.endswith("产量")


#: The size of an economy, a measure of its own: 总量 stays before its ranking (全省经济总量排位…).
ECONOMY_TOTAL = "经济总量"
#: The scopes of a ranking other than the country (世界, 全省, 国内, 西部…).
OTHER_RANK_SCOPES = r"世界|全球|全[省市区區县縣州]|国内|國內|省内|省內|西部|中部|东部|東部"
#: The scopes of a ranking, the country's with them.
RANK_SCOPES = rf"全[国國]|{OTHER_RANK_SCOPES}"
#: A rank's subject of a scope alone (全省排名, 全国排名, 世界排名).
BARE_SCOPE_RANK = re.compile(rf"(?:{RANK_SCOPES})(?:排名)?")
#: The word closing a topic a sentence opens on (地区生产总值方面，…).
TOPIC_END = "方面"
#: The country as a ranking's scope opening a rank's subject (全国县域经济基本竞争力排名).
NATIONAL_SCOPES = ("全国", "全國")
#: A scope other than the country written before a rank (居世界第1位, 列全省第3).
OTHER_RANK_SCOPE = re.compile(OTHER_RANK_SCOPES)
#: A scope written before 排名 closing a rank's subject (…全省排名, …世界排名, …国内排名).
SCOPE_BEFORE_RANKING = re.compile(rf"(?:{RANK_SCOPES})[^排]{{0,6}}排名$")


def ranked_amount(subject: str) -> str:
    """The indicator a ranking of its amount (总量) places: 地区生产总值总量居全省第5位 ranks
    地区生产总值; 经济总量 is a measure of its own and stays (全省经济总量排位…: a province's page of
    2019, session 70, was named 全省经济全国排名).

    >>> ranked_amount("地区生产总值总量"), ranked_amount("全省经济总量"), ranked_amount("总量")
    ('地区生产总值', '全省经济总量', '总量')
    """
    if subject.endswith("总量") and len(subject) >= 6 and not subject.endswith(ECONOMY_TOTAL):
        return subject[:-2]
    return subject


def national_rank_subject(subject: str, scope_written: bool = False) -> str:
    """A rank's subject opening on the country with no scope before its 排名, written as the gold
    writes ranks, the indicator, the scope and 排名: the country is the scope of the ranking
    (全国县域经济基本竞争力列第68位: a county's report of 2020, session 70), or, when the text
    writes that scope again before the rank (``scope_written``: 全国文明城市数量居全国第1位), part
    of a name.

    >>> national_rank_subject("全国县域经济基本竞争力排名")
    '县域经济基本竞争力全国排名'
    >>> national_rank_subject("全国文明城市数量排名", scope_written=True)
    '全国文明城市数量全国排名'
    >>> national_rank_subject("全国粮食产量世界排名"), national_rank_subject("全国排名")
    ('全国粮食产量世界排名', '全国排名')
    """
    scope, rest = subject[:2], subject[2:]
    if not rest.endswith("排名") or len(rest) < 4 or SCOPE_BEFORE_RANKING.search(rest):
        return subject
    named = subject if scope_written else rest
    return named.removesuffix("排名") + scope + "排名"


#: The words of more or less closing a comparison left in a change's subject (比上年多, 比全省少).
COMPARED_MORE_ENDS = ("多", "少", "高出", "低出")


def comparison_split(words: str) -> tuple[str, str] | None:
    """``words`` closing on a comparison by 比 (:data:`AMOUNT_GAP`) cut into what is compared and
    the comparison, else ``None``.

    >>> comparison_split("人均地区生产总值比全省高"), comparison_split("增加最多")
    (('人均地区生产总值', '比全省高'), None)
    """
    at = max(words.rfind("比"), words.rfind("较"))
    if at < 2 or not AMOUNT_GAP.fullmatch(words, at):
        return None
    return words[:at], words[at:]


def compared_more_subject(subject: str) -> str:
    """A change's subject that kept its comparison (全市粮食产量比上年多, 全区新增企业比全省多): what
    is compared, alone for a base in time (a change of it), else its gap to the base.

    >>> compared_more_subject("全市粮食产量比上年多"), compared_more_subject("全区新增企业比全省多")
    ('全市粮食产量', '全区新增企业与全省之差')
    >>> compared_more_subject("增加最多")
    '增加最多'
    """
    split = comparison_split(subject)
    if split is None:
        return subject
    owner, comparison = split
    return amount_gap_subject(owner, comparison) or owner


def amount_gap_subject(subject: str, segment: str) -> str:
    """The subject of an amount that is the gap between the amount before it and a base of
    another place or an average (人均GDP…81750元，比全省平均水平高9277元 -> 人均GDP与全省平均水平
    之差: a county's five-year review of 2021, session 55), else "".

    >>> amount_gap_subject("人均GDP", "，比全省平均水平高")
    '人均GDP与全省平均水平之差'
    >>> amount_gap_subject("人均GDP", "，比上年增加"), amount_gap_subject("人均GDP", "，比上年多")
    ('', '')
    """
    match = AMOUNT_GAP.fullmatch(segment.strip(" ，,、"))
    if not match or not subject or TIME_BASE.search(match.group("base")):
        return ""
    return f"{subject}与{match.group('base')}之差"


#: The whole a list's shares are of, written after 分别 right before the first figure (分别占
#: 地区生产总值71.3%、22.2%).
RESPECTIVE_SHARE_OF = re.compile(
    r"占(?:到|了)?(?P<whole>[^，,；;。\d占比]{2,16}?)(?:的)?(?:比重)?(?:为|达到?)?"
)


def shares_of_the_list_before(subject: str, subjects: Sequence[str], figures: int) -> list[str]:
    """The subjects of a list of shares named only by their whole (占全市比重分别达31.6%、37.3%)
    after as many figures of the same parts: each part + the share (a district's review of 2023,
    session 55), else [].

    >>> shares_of_the_list_before("占全市比重", ["现代服务业增加值", "数字经济增加值"], 2)
    ['现代服务业增加值占全市比重', '数字经济增加值占全市比重']
    >>> shares_of_the_list_before("占全市比重", ["甲产业占GDP比重", "乙产业占GDP比重"], 2)[1]
    '乙产业占全市比重'
    >>> shares_of_the_list_before("增加值", ["A", "B"], 2), shares_of_the_list_before("占全市比重", ["A"], 2)
    ([], [])
    """
    if not subject.startswith("占") or figures < 2:
        return []
    parts = [p.split("占")[0] for p in recent_subjects(subjects)[-figures:]]  # (the parts alone)
    if len(parts) != figures or any(len(p) < 2 for p in parts):
        return []
    return [part + subject for part in parts]


#: The bases of a list of gaps written after 分别 (增速分别高于全国、全省0.9和1.0个百分点).
GAP_BASES_AFTER = re.compile(
    r"分别(?:高于|低于|快于|慢于|高出|低出|领先|超过|超出)(?P<bases>[^，,；;。\d０-９]{2,24}?)$"
)


#: A whole's scope and scopes written one after another without a separator (全国全省).
WHOLE_SCOPE_WORD = re.compile(r"全国|全省|全市|全区|全县|全州")
WHOLE_SCOPES_RUN = re.compile(r"(?:全国|全省|全市|全区|全县|全州){2,}")


def gap_base_items(segment: str, subject: str, carry: str, figures: int) -> list[str]:
    """The subjects of a list of gaps of one rate to as many bases as figures, the bases named
    after 分别 (地区生产总值增长7.0%，增速分别高于全国、全省0.9和1.0个百分点: a city's digest of
    2016, session 55), the rate's owner ``subject`` or, for a rate word alone, ``carry``; else [].

    >>> gap_base_items("，增速分别高于全国、全省", "增速", "地区生产总值", 2)
    ['地区生产总值增速与全国之差', '地区生产总值增速与全省之差']
    >>> gap_base_items("，分别增长", "", "地区生产总值", 2)
    []
    >>> gap_base_items("。城镇化率分别高于全国、全区", "城镇化率", "", 2)[0]
    '城镇化率与全国之差'
    """
    match = GAP_BASES_AFTER.search(segment)
    if not match:
        return []
    bases = [b for b in re.split(r"[、和及与]", match.group("bases")) if b]
    if len(bases) == 1 and WHOLE_SCOPES_RUN.fullmatch(bases[0]):
        # (分别高于全国全省5.9和2.9个百分点: the scopes run together, a city's review of 2015)
        bases = WHOLE_SCOPE_WORD.findall(bases[0])
    owner = carry if not subject or BARE_RATE_OPEN.match(subject) else subject
    if len(bases) != figures or len(bases) < 2 or not owner:
        return []
    if owner.endswith(GAP_END) and "与" in owner:
        owner = owner[: owner.rindex("与")]  # (…，领先全省2个百分点，分别高于全国全省…: the rate)
    rate = owner if owner.endswith(RATE_ENDINGS + RATIO_ENDINGS) else owner + "增速"
    return [f"{rate}与{base}之差" for base in bases]


#: A clause comparing the growth before it with a base by 比 (，比“九五”期间增幅高8个百分点,
#: ，增幅比上年高2个百分点: a county report's review; ，增幅比一季度回落17.2个百分点: national
#: 2005), with the rate as written (增幅, 增速) or none: higher or lower than the base (高, 低,
#: 快, 慢) is a gap to it, as :func:`gap_subject` names one; a verb of change (提高, 回落) a
#: change of the rate itself (heldout53's call).
RATE_COMPARED_BY = re.compile(
    r"(?P<rate>增幅|增速)?比(?P<base>[^，,；;。、]{1,12}?)(?P<rate2>增幅|增速)?"
    r"(?P<change>提高|加快|回落|下降|放缓)?(?:高出|低出|高|低|快|慢)?"
)


#: A clause comparing a growth with a base's by 比 and a word of the gap, no verb of change
#: (，比省增速高, ，比全国高): the gap, whatever unit it is written in.
PERCENT_GAP = re.compile(
    r"[，,、；;\s]*(?:增速|增幅)?比[^，,；;。比\d]{1,8}?(?:增速|增幅)?(?:高出|低出|(?<![提])高|(?<![降])低|(?<![加])快|(?<![放])慢)"
)


def compared_gap_subject(subject: str, segment: str, rate_name: str) -> str:
    """The subject of a clause that compares the growth of ``subject`` before it with a base by
    比 (:data:`RATE_COMPARED_BY`): the rate written there or ``rate_name``, + 与 + the base + 之差
    for a gap, alone for a change; "" for any other clause, or a base that is another indicator
    or a goal.

    >>> compared_gap_subject("生产总值", "，比“九五”期间增幅高", "年均增速")
    '生产总值增幅与“九五”期间之差'
    >>> compared_gap_subject("生产总值", "，增幅比上年高", "增速"), compared_gap_subject("生产总值", "，比计划高", "增速")
    ('生产总值增幅与上年之差', '')
    >>> compared_gap_subject("投资", "，增幅比一季度回落", "增速"), compared_gap_subject("投资", "，比上年", "增速")
    ('投资增幅', '')
    >>> compared_gap_subject("地区生产总值", "，比2022年提高", "增速")
    '地区生产总值'

    """
    compared = RATE_COMPARED_BY.fullmatch(segment.strip("，,、 "))
    if compared is None or compared.end("base") == compared.end():
        return ""  # (no word of comparison after the base)
    if INDICATOR_BENCHMARK.search(compared.group("base")):
        return ""
    written = compared.group("rate") or compared.group("rate2") or ""
    if compared.group("change"):
        return subject + written  # (比2022年提高1.2个百分点: the growth's own subject, genre set)
    return f"{subject}{written or rate_name}与{compared.group('base')}之差"


#: A growth written as a yearly average just before its number (年均增长4.5%, 平均每年增长约3%).
YEARLY_AVERAGE_GROWTH = re.compile(r"(?:年均|平均每年)(?:增长|递增)[约近超]?$")


def growth_rate_name(text: str, number_start: int) -> str:
    """The name of the growth rate whose figure starts at ``number_start``: 年均增速 for a yearly
    average (年均增长4.5%), else 增速.

    >>> growth_rate_name("年均增长4.5%", 4), growth_rate_name("增长4.5%", 2)
    ('年均增速', '增速')
    """
    before = text[max(0, number_start - 7) : number_start]
    return "年均增速" if YEARLY_AVERAGE_GROWTH.search(before) else "增速"


#: A target or budget as the base of a share (完成年度目标的136%, 完成调整预算的99.61%: a county's
#: budget report of 2025): not the subject.
TARGET_BASE = re.compile(
    r"^(?:为|是|占)?(?:全年|年度|年初|调整|变动|省下达的?|市下达的?)*(?:目标|预算|计划|任务|指标)(?:任务)?的?$"
)


#: A topic frame around the subject (在工业农业总产值方面): the subject is inside.
TOPIC_FRAME = re.compile(r"在(.{2,20})方面")
#: The whole a share of a value added is of, written inside the subject (服务业增加值在国内生产
#: 总值中的比重 -> 服务业增加值比重, heldout): a value added's share is of the output it adds to, the
#: indicator's name says no more. Other shares keep their whole (消费在国民收入中的比重, 生産資料的
#: 産值在工業總産值中的比重: heldout9, heldout18, 5 rows; none drops it).
SHARE_BASE = re.compile(r"(?<=增加值)在[^在]{2,12}中的(?=比重|占比)")
#: A period framed by 在 opening a subject (在恢复期间工业总产值, 在第一个五年计划期间新建的…):
#: the span column says it; the frame goes.
FRAMED_SPAN = re.compile(r"^在[^在，,；;。]{1,16}?(?:期间|时期)(?=..)")
#: A five-year plan's period opening a subject without 在 (“十四五”时期全省…, “十五”期间年均…,
#: 第六个五年计划期间…): the span column says it; the frame goes, as FRAMED_SPAN's does. No gold
#: subject opens with one (round 38; a plan named as a whole, “十五五”规划纲要…, is not a period).
#: So does a part of the plan written after its name (“十一五”前四年累计…: the span is the part,
#: 累计 its sum over those years).
#: A five-year plan named by its short or full name (“十四五”, 六五, 第六个五年计划).
PLAN_NAME = r"(?:“?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”?|第[一二三四五六七八九十]{1,2}个五年计划)"
PLAN_SPAN_LEAD = re.compile(
    rf"^{PLAN_NAME}(?:(?:计划)?(?:时期|期间)|前[二三四两]年(?:内|中|里)?)的?(?:累计)?(?=..)"
)
#: A five-year plan setting the figure, opening a subject (第一个五年计划规定农业及其副业的总产值…,
#: 第六个五年计划安排教育…的经费…): the period columns say whose figure it is; the plan and its verb
#: go (heldout46 1955, heldout81 1982). Not before 的 (“六五”计划安排的…项目: the plan names which).
PLAN_SET_LEAD = re.compile(rf"^{PLAN_NAME}(?:计划)?(?:规定|安排)(?!的)(?=..)")
#: A share of a whole written frame first (在工农业生产总值中现代工业所占的比重): the part first,
#: then the whole it is part of, as the share is named (现代工业在工农业生产总值中所占的比重).
FRAMED_SHARE = re.compile(
    r"^在([^在，,；;。]{2,16}?)中([^在，,；;。]{2,12}?)(所?占的?(?:比重|比例))$"
)
#: The verb of existence after the place it is in (全国还有少数民族医院, 在少数民族地区已经有县卫生院):
#: no part of what is counted; the place stays, 在 before it goes.
STANDING_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:已经|已|还)有(?=[\u4e00-\u9fff]{2})")
STANDING_PLACE = re.compile(r"^在(?=[^在，,；;。]{2,12}?(?:已经|已|还)有)")
#: The year of the budget a share is taken of (占本年预算收入的47.02%): the period columns say it
#: (heldout16, 26, 33 and 80 write 占预算收入的比重 / 占预算支出的比重, 6 rows); so of the year's
#: spending or revenue (占本年支出的22.15%: heldout93 writes 占支出的比重, 4 rows; heldout64 keeps
#: it in 1 row, against CONVENTIONS.md round 27).
BUDGET_YEAR_WHOLE = re.compile(r"(?<=占)本年(?=预算|支出|收入)")
#: The field of a sum of money written as 在…方面 before it (国家决算在工业建设方面支出…: heldout16
#: and heldout80 write 国家决算工业建设支出): the field names the sum, 在 and 方面 go.
ASPECT_INSIDE = re.compile(r"在([^在，,；;。的]{2,10}?)方面(?=支出|收入|投资|拨款)")
#: A point in time ending a subject (国内生产总值2000年达…, 外汇储备2000年底达…): the year column
#: says it; a range of years that is the whole subject (在1979到1983年平均每年递增…) is no subject.
TIME_TAIL = re.compile(
    r"(?<=..)(?:19|20)\d{2}\s?年(?:底|末)?$|^[在从]?(?:19|20)\d{2}年?(?:到|至)(?:19|20)\d{2}\s?年$"
)
#: A relative time or decade after the 由/从/到 of a move, ending a subject (增加到去年的98亿元,
#: 由年初的400多万人, 已由五十年代的50%左右, 上升到今年的70%左右): the period columns say it; the
#: move's verb then goes as a trailing word, a bare 由/从 as a comparison fragment, a horizon's 到
#: (到本世纪末) as :func:`horizon_left` says.
MOVE_TIME_TAIL = re.compile(
    r"(?<=[由从到至])(?:(?:去年|上年|今年)(?:底|末|同期)|今年|去年|上年|本年|当年|年初|年末|年底|"
    r"[一二三四五六七八九]十年代|本世纪(?:末|中叶))的?$|(?<=[由从到至为])(?:现在|目前|当前)的?$"
)
#: How many units a rating is of, written right before it (2×60万千瓦机组, 4×30万千瓦): the rating
#: is of each unit, the count no part of the subject.
UNITS_TIMES_TAIL = re.compile(r"\d{1,2}\s*[×xX＊*]\s*$")
#: A multi-year span ending a subject (全国财政收入十年接近翻一番): the span column says it.
SPAN_TAIL = re.compile(
    r"(?<=..)(?:(?:在|从)?(?:19|20)\d{2}年(?:到|至)(?:19|20)\d{2}年的?)?"
    # (with its word of time: 单位生产总值综合能耗过去五年累计下降21.2%, session 57)
    rf"(?:(?:过去的?|近)?前?(?:[二三四五两]|十|{ARABIC_SPAN_COUNT})年(?:来)?|"
    r"在?[二三四五六七八九十两]{1,3}多?年(?:中|间|里|内))$"
)
#: A note on how the figures from here on are counted (工业总产值（不包括手工业产值，下同）): the
#: writer's convention for the text, no part of the subject.
NOTE_SAME_BELOW = re.compile(r"[（(](?:[^（()）]{0,60}下同|以下[^（()）]{1,20})[）)]")
#: A carried share named by its part and whole (各项税收占本年预算收入的比重): a change in the next clause
#: that names nothing (比1955年增长9.84%) is the part's, not the share's (:data:`CHANGE_CLAUSE`).
SHARE_CARRIED = re.compile(r"^([^占，,]{2,}?)占[^占，,]{1,20}的?(?:比重|比例)$")
CHANGE_CLAUSE = re.compile(r"(?:比|较)[^，,；;。]*(?:增长|增加|下降|减少)")
#: A growth said alone after a share (财政民生投入占预算支出的比重达到52%，年均增长29%: a city's
#: review of 2011, session 50): the part's growth too.
#: (and its rate named: 占全省比重提高到26%；增速达16%, a city's review of 2013, session 55)
GROWTH_CLAUSE = re.compile(r"(?:年均|同比)?(?:增长|下降)|增速(?:达到?|为)?|增幅(?:达到?|为)?")
#: A part of a year or a plan period written where a clause's subject stands (工业总产值第一季度下降
#: 0.2%，第二季度增长1.7%，10月份增长10.6%; 其中第四季度增长38%; “一五”时期平均每年增长4.5%): it
#: says when, not what; the span column says it, and the thing measured is the one before.
PART_PERIOD = re.compile(
    # (and the next step of a run of parts: 全区GDP增速从一季度3.3%、到上半年4.5%、再到前三季度
    # 4.9%, a district's review of 2024, session 54)
    r"(?:^(?:其中|比|较|再?到|又到)?|(?<=[\u4e00-\u9fff）)]{2}))(?:第[一二三四1-4１-４]季度"
    r"|(?<=到)(?:前?[一二三]季度|上半年|下半年)"
    r"|(?:1[0-2]|[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九])月份"
    # (and since one began: …达2010.9亿元,“十四五”以来年均增长7.8%, a prefecture's review of
    # 2024, session 60)
    r"|“\s*[一二三四五六七八九十]{1,3}五\s*”(?:时期|期间|以来|以來))$"
)
#: The start of a 从A到B written at the end of a subject (规上工业企业营收从全国第12位跃升至): not
#: 自由, 理由, 从业, 从事.
FROM_TAIL = re.compile(r"(?:(?<![自理经缘])由|从(?![业事]))[^从由，,]{0,12}$")
#: Words naming only the base of a comparison, a time (较“十五”期末, 比2010年, 比上年同期: a
#: county's 2011 report named the doubling 较“十五”期末): no subject of their own.
BASE_ONLY = re.compile(
    r"(?:比|较)[^，,；;。比较]{0,12}?(?:期末|期初|初期|末期|年末|年底|年初|同期|时期|期间|[0-9〇一二三四五六七八九]年)"
)


#: What is left of a subject that is only the start of a comparison or of a 从A到B (比五年前,
#: 比前五年 -> 比前, 由1997年的5160元 -> 由1997年, 由上年居世界第五位 -> 由上年, 从世界第六位): no
#: subject of its own, the one before is carried.
COMPARISON_FRAGMENT = re.compile(
    r"(?:已|已经)?(?:比|由|从)(?:(?:19|20)\d{2}\s?年|上一年|上年|去年|前|(?:[一二三四五两]|十)年前|世界|全国|全省)?"
)
#: A rank moving 从/由 one place to another in a ranking (由上年居世界第五位上升到第四位,
#: 世界排名由第十位上升到第五位, 从世界第六位上升到第四位): the thing ranked is carried and the
#: subject is its ranking, named by its scope (进出口总额世界排名).
RANK_MOVE = re.compile(
    r"(?P<scope>世界|全球|全国|全省|全市|全区|国内)?(?:排名|位次)?(?:由|从)(?:上年|去年)?(?:居|的)?"
    r"(?P<scope2>世界|全球|全国|全省|全市|全区|国内)?"
)


def rank_move_subject(segment: str, carry: str) -> str:
    """The subject of a rank moving in a ranking, or "" when ``segment`` is not such a move.

    >>> rank_move_subject("，由上年居世界", "进出口总额"), rank_move_subject("从世界", "")
    ('进出口总额世界排名', '')
    """
    move = RANK_MOVE.fullmatch(segment.strip(" ，,、；;"))
    if not move or not carry:
        return ""
    if carry.endswith("排名"):
        return carry
    return carry + (move.group("scope") or move.group("scope2") or "") + "排名"


#: A clause that only places the figure before it in a ranking (，增速居全国第2位; 、位居全国第一;
#: without a verb, 研发投入强度提高到3.56%、全省第二: a city's 2025 review, session 48):
#: an optional rate word, a verb of standing and the ranking's scope, one of the rules'
#: ``ranking.scopes`` (heldout11, heldout14 write the ranking, 9 rows; 稳居 and 排 too since
#: session 50: 总量稳居全省第一, 增速排全市第二, county reviews; dev's 、稳居全国前十强 reads
#: 地区生产总值全国排名 either way; 排名 before the scope: 增长16.9%，增速排名全区第一, a city's
#: review of 2016, session 58), and the ranking's word written after the scope (同比增长7.8%，
#: 全市排名第6, a county's review of 2017, session 49).
PLACED_RANK = (
    # (or a copula or 在 before the scope: 新增规上服务业企业162家，为全省第一; …603亿元、在全省位次
    # 由第五位升至第三位: helpers' pages of 2016-2024, session 64)
    r"(?P<rate>增速|增幅|增量|规模|占比|总量)?(?:(?:均|仍|位|稳)?(?:居|列)|跻身|排名|排|为|是|在)?"
    # (or a class of peers the rules do not list: 增速居工业大省第1位, 年均增速四城区第1, 增量全国
    # 第一: provinces' and districts' reports of 2022-2025, session 61)
    r"(?P<scope>{scopes}|(?:(?![排居列跻位])[\u4e00-\u9fff]){{1,6}}?"
    r"(?:大省|强省|城市|城区|省份|区县|县区|县市|地市|市州))"
    # (or 排 after the scope: 增长86.1%，增幅全省排第9位, a city's inspection notice, session 66)
    r"(?:排名|排位|位次|排在|排)?(?:由)?"
)
#: A placed ranking's scope and name closing a subject (財政總收入全省排名).
PLACED_RANK_TAIL = r"(?:增速|增幅)?(?:{scopes})排名$"


def placed_rank_patterns(rules: Rules) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """:data:`PLACED_RANK` and :data:`PLACED_RANK_TAIL` with the rules' ranking scopes (longest
    first), compiled once per rules.

    >>> from govreport.quantities.rules import load_rules
    >>> placed, _ = placed_rank_patterns(load_rules())
    >>> placed.fullmatch("增速居全国").group("rate", "scope")
    ('增速', '全国')
    >>> placed.fullmatch("总量稳居全省").group("rate", "scope")
    ('总量', '全省')
    >>> placed.fullmatch("增幅居全省市州").group("scope")
    '全省市州'
    >>> placed.fullmatch("增速居工业大省").group("rate", "scope"), placed.fullmatch("增量全国").group(1)
    (('增速', '工业大省'), '增量')
    """

    def build(r: Rules) -> tuple[re.Pattern[str], re.Pattern[str]]:
        scopes = "|".join(map(re.escape, r.rank_scopes))
        return (
            re.compile(PLACED_RANK.format(scopes=scopes)),
            re.compile(PLACED_RANK_TAIL.format(scopes=scopes)),
        )

    return per_rules(rules, "placed_rank", build)


#: The difference from a wider whole closing a subject (…增速与全省之差).
DIFFERENCE_TAIL = re.compile(r"与[^与，,]{1,8}之差$")


def placed_rank_subject(segment: str, before: str, previous: Quantity | None, rules: Rules) -> str:
    """The ranking of the figure before, named by its scope, when the rank stands in a clause of
    its own that names nothing else (…5.8%，增速居全国第2位 -> 地区生产总值增速全国排名), else "".
    A rank in the figure's own clause (经济总量稳居世界第二位) or moved to (跃升到) is not one.
    ``before`` is the text right before the segment (its last character is all that is read);
    the clause is read by :func:`placed_rank_patterns`.
    """
    placed_rank, placed_tail = placed_rank_patterns(rules)
    placed = placed_rank.fullmatch(segment.strip(" ，,、；;（("))
    if not placed or previous is None or not previous.subject or not before:
        return ""
    if before[-1] not in "，,、；;（(" and segment[:1] not in "，,、；;（(":
        # (a note right after the figure is a clause of its own: 净增高企63家(全市第1), session 56)
        return ""  # 连续30个月居全国前10位: the rank of the months, not a clause of its own
    # (高于全省2.7个百分点，增速全省第二: the rate's own ranking, not its difference's)
    subject = scoped_rank_subject(DIFFERENCE_TAIL.sub("", previous.subject))
    rate = placed.group("rate") or ("增速" if previous.kind == "growth_pct" else "")
    ranked = placed_tail.search(subject) if subject.endswith("排名") else None
    if ranked and rate in ("增速", "增幅") and ranked.start() >= 2:
        # 總量全省第二，增速全省第一: the rate of the indicator the ranking before placed
        subject = subject[: ranked.start()]
    elif subject.endswith("排名"):
        return subject
    if rate == "总量":
        rate = ""  # 地区生产总值…，总量居全市第三位: the amount itself is ranked
    named = ("增速", "增幅") if rate in ("增速", "增幅") else (rate,)
    if rate and subject.endswith(named):
        rate = ""  # (…增速与全省之差, then 增幅全省排第7位: the rate is named once)
    return subject + rate + placed.group("scope") + "排名"


def done_verb_before(segment: str, rules: Rules, added: bool = False) -> str:
    """The verb closing a clause segment right before a count that says what happened to the
    counted things (``new_subject_words``, ``subject_action_verbs``, ``stage_verbs``), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> done_verb_before("建成", load_rules()), done_verb_before("今年新开工", load_rules())
    ('建成', '新开工')
    >>> done_verb_before("实施", load_rules()), done_verb_before("再次获批建成", load_rules())
    ('', '获批建成')

    The perfective aspect particle 了 after the verb is no part of it (verb + 了 + numeral +
    classifier + noun: 今年建成了12座污水处理厂 -> 建成): the verb without 了 is returned
    (CONVENTIONS: 8 of 12 rows keep such a verb without 了), when it is a verb that makes the
    counted things new or completes them (``new_subject_words``, ``stage_verbs``, 新 + verb); a
    verb done to things that already exist (``subject_action_verbs``: 组织了57户企业集团试点)
    with 了 reports the act, and the gold drops it (CONVENTIONS round 44, heldout22 1997).

    With ``added`` (a count of units, the noun right after its classifier), the verbs of addition
    (:data:`ADDED_VERBS`) are read too: 增加了300个停车位 -> 增加 (not 增加六十亿斤粮食: an amount
    of a mass grows, no units are added).

    >>> done_verb_before("今年增加了", load_rules(), added=True), done_verb_before("增加", load_rules())
    ('增加', '')

    >>> done_verb_before("全市建成了", load_rules()), done_verb_before("又新开放了", load_rules())
    ('建成', '新开放')
    >>> done_verb_before("为了", load_rules()), done_verb_before("组织了", load_rules())
    ('', '')
    """
    closed = perfective_verb(segment)
    if closed != segment:
        names: tuple[str, ...] = ("new_subject_words", "stage_verbs")
    else:
        names = ("new_subject_words", "action_verbs", "stage_verbs")
    segment = closed
    words = joined_words(rules, *names)
    if added:
        # (joined once per rules object: a new tuple each call rebuilt ending_words' index)
        joined = words
        words = per_rules(rules, ("added", names), lambda _: (*joined, *ADDED_VERBS))
    verb = max(ending_words(segment, words), key=len, default="")
    if verb and segment[: -len(verb)].endswith("新"):
        verb = "新" + verb  # 新开工10项…工程, 新获批13个…机构: the new word with its verb
    if not verb:
        verb = new_verb_before(segment)  # 新认定3家…工作站: any verb made "newly" by 新
    rest = segment[: -len(verb)] if verb else ""
    if rest.endswith((*words, *rules.created_verbs, "和", "及", "、")):
        return verb_chain(segment, (*words, *rules.created_verbs))
    return verb


#: Adverbs of time and plan read off before the verb of :func:`examples_verb` (将要新建…等).
EXAMPLES_ADVERBS = (
    "将要",
    "将",
    "要",
    "计划",
    "继续",
    "还",
    "再",
    "又",
    "共",
    "累计",
    "先后",
    "陆续",
)


def examples_verb(segment: str, rules: Rules, added: bool = False) -> str:
    """The verb opening a clause segment that closes on named examples of the counted things
    (verb + names + 等 + count + noun: 新开工郁江新里等8个更新项目, 新建提升柳林公园、…等13座城市公园): it
    says what happened to the counted things, as :func:`done_verb_before` reads it right before
    the count, and the names between are examples of them; else "".

    >>> from govreport.quantities.rules import load_rules
    >>> examples_verb("新开工郁江新里等", load_rules()), examples_verb("建成和苑、柳林公园等", load_rules())
    ('新开工', '建成')
    >>> examples_verb("加快邵永、黔吉等", load_rules()), examples_verb("新开工等", load_rules())
    ('', '')
    >>> examples_verb("将要新建响洪甸水库、新洋港水闸等", load_rules())
    '新建'
    """
    if not segment.endswith("等"):
        return ""
    head = segment[:-1]
    lead = max(starting_words(head, EXAMPLES_ADVERBS), key=len, default="")
    head = head[len(lead) :]  # 将要新建…等: the adverb before the verb
    verbs = joined_words(rules, "new_subject_words", "action_verbs", "stage_verbs")
    verb = forward_chain(head, leading_verb(head, verbs), verbs)
    if not verb or len(head) - len(verb) < 2:
        return ""
    return verb if done_verb_before(verb, rules, added) == verb else ""


def leading_verb(phrase: str, verbs: tuple[str, ...]) -> str:
    """The longest of ``verbs`` opening ``phrase``, or 新 + one (新培育…, 新开工…: the new word with
    its verb, as :func:`done_verb_before` reads it), else "".

    >>> leading_verb("新开工项目", ("开工", "建设")), leading_verb("建设学校", ("建设",))
    ('新开工', '建设')
    """
    verb = max(starting_words(phrase, verbs), key=len, default="")
    if not verb and phrase.startswith("新"):
        verb = max(starting_words(phrase[1:], verbs), key=len, default="")
        verb = "新" + verb if verb else ""
    return verb


def perfective_verb(segment: str) -> str:
    """``segment`` without the perfective aspect particle 了 that closes it after a verb of two
    or more characters (建成了, 新开放了: verb + 了 before the count), else ``segment`` unchanged;
    not 了 in a word of its own (为了, 除了, 到了, 了解).

    >>> perfective_verb("建成了"), perfective_verb("为了"), perfective_verb("建成")
    ('建成', '为了', '建成')
    """
    if not segment.endswith("了") or len(segment) < 3 or segment[-2:] in word_tags():
        return segment
    return segment[:-1]


#: 全 + an administrative unit: the whole country, province or city (全国, 全省, 全國).
WHOLE_SCOPE = re.compile(r"全[国國省市区區县縣]")


def whole_scope_before(segment: str) -> str:
    """The scope 全 + unit (全国, 全省), a determiner phrase that is the whole clause segment
    before a count, else "": it names the whole the counted things belong to and is part of the
    counted noun phrase as the text writes it (determiner + numeral + classifier + noun: 全国1800个
    县 -> 全国县, 全省2.1万个行政村 -> 全省行政村).

    >>> whole_scope_before("全国"), whole_scope_before("全國"), whole_scope_before("其中全国")
    ('全国', '全國', '')
    """
    return segment if WHOLE_SCOPE.fullmatch(segment) else ""


#: The scope (全国, 全省 …) closing the words before a count, after the time of speaking and before
#: 有 (现在全国有100多个城市建立了…, 全国2235万城市居民得到…).
SCOPE_BEFORE_COUNT = re.compile(
    r"(?:^|(?<=现在)|(?<=目前))(全[国國省市区區县縣])(?:已经|已)?共?有?$"
)


#: A beneficiary's preposition and its scope, the whole segment before a count of people
#: (为中西部地区农村义务教育阶段|2400多万贫困家庭学生免费提供教科书).
BENEFICIARY_SCOPE = re.compile(r"[为给](?P<scope>[\u4e00-\u9fff]{2,16})")


def scope_before_count(segment: str) -> str:
    """The scope word of :data:`SCOPE_BEFORE_COUNT` closing ``segment``, else "": it stays first
    in a subject built as predicate + 的 + noun (CONVENTIONS.md: 全国2235万城市居民得到最低生活保障
    -> 全国得到最低生活保障的城市居民, heldout27, heldout92, heldout93).

    >>> scope_before_count("现在全国有"), scope_before_count("全省"), scope_before_count("完全有")
    ('全国', '全省', '')
    """
    found = SCOPE_BEFORE_COUNT.search(segment)
    return found.group(1) if found else ""


def class_word_verb(segment: str, rules: Rules) -> str:
    """The verb of :func:`done_verb_before` that closes the segment right before an amount that
    names a class of things (a threshold: 新增百亿县区26个, 引进亿元以上项目120个), else "": the
    verb governs the whole noun phrase, class word and noun together (verb + [class word + noun] +
    count), so it stays before the counted things as it does before a plain noun
    (CONVENTIONS round 41).

    >>> from govreport.quantities.rules import load_rules
    >>> class_word_verb("全年新增", load_rules()), class_word_verb("新增 ", load_rules())
    ('新增', '')
    """
    verb = done_verb_before(segment, rules)
    return verb if verb and segment.endswith(verb) else ""


#: The longest verb read after 新 closing a segment (characters).
NEW_VERB_MAX = 3


def new_verb_before(segment: str) -> str:
    """新 + a verb closing ``segment`` right before a count (新认定3家院士工作站, 新筹建1个…项目,
    新实施1500个…项目): 新 makes any verb say the counted things are new units, what happened to
    them, so it stays before them as the listed new words do (新增, 新建: CONVENTIONS round 15);
    else "". Not the 新 of another word (创新, 更新, 重新: a dictionary word with the character
    before it), and the verb is a dictionary verb of two or three characters (jieba's v; 能 of
    新能源 is none).

    >>> new_verb_before("年内新评定"), new_verb_before("新挂牌")
    ('新评定', '新挂牌')
    >>> new_verb_before("科技创新认定"), new_verb_before("重新认定"), new_verb_before("新能源")
    ('', '', '')
    """
    at = segment.rfind("新", max(0, len(segment) - NEW_VERB_MAX - 1))
    verb = segment[at + 1 :] if at >= 0 else ""
    if len(verb) < 2 or word_tags().get(verb, "") != "v":
        return ""
    if at >= 1 and segment[at - 1 : at + 1] in word_tags():
        return ""
    return "新" + verb


def verb_chain(segment: str, verbs: tuple[str, ...]) -> str:
    """The chain of verbs of ``verbs`` closing ``segment`` (建成投产3个…煤矿, 利用闲置资源改造建设
    100个…中心, 取消和下放246项…事项): what was done to the counted things, kept whole as the
    gold keeps it (heldout14-17), else "". Each step consumes at least one character.

    >>> verb_chain("利用闲置资源改造建设", ("改造", "建设")), verb_chain("取消和下放", ("取消", "下放"))
    ('改造建设', '取消和下放')
    >>> verb_chain("再次获批建成", ("获批", "建成")), verb_chain("资源", ("建成",))
    ('获批建成', '')
    """
    words = frozenset(verbs)
    longest = max(map(len, words), default=0)
    end = start = len(segment)
    while end > 0:
        size = next(
            (k for k in range(min(longest, end), 0, -1) if segment[end - k : end] in words), 0
        )
        if not size:
            break
        end = start = end - size
        if end > 0 and segment[end - 1] in CHAIN_JOINS:
            end -= 1
    return segment[start:]


#: Subjects already stripped, per rules object (a pure function of both; reports repeat their
#: clause openings). Cleared when it grows past STRIPPED_MAX entries, so memory stays bounded.
_STRIPPED: dict[tuple[int, str], tuple[Rules, str]] = {}
STRIPPED_MAX = 100_000


def _strip_words(subject: str, rules: Rules) -> str:
    """``subject`` without the words around what is measured (:func:`_strip_words_once`),
    remembered per rules object."""
    key = (id(rules), subject)
    hit = _STRIPPED.get(key)
    if hit is not None and hit[0] is rules:
        return hit[1]
    stripped = _strip_words_once(subject, rules)
    if len(_STRIPPED) >= STRIPPED_MAX:
        _STRIPPED.clear()
    _STRIPPED[key] = (rules, stripped)
    return stripped


#: One-character words a subject drops at its start (the character strip of
#: :func:`_strip_words_once` and ``subject_strip_leading``) that also open two-character
#: conjunctions (并且, 而且, 而是, 还是).
LEAD_CONJUNCTION_CHARS = "并而和及与还"
#: Conditional and concessive conjunctions opening a subject (如果每件棉纱平均少用两斤棉花, 虽然1956年
#: 我国生产资料工业的产值增长了41%): the condition is no part of what is measured.
CONDITIONAL_LEADS = ("如果", "假如", "只要", "倘若", "假若", "虽然", "尽管", "即使", "即便")


def conjunction_lead(subject: str) -> str:
    """The conjunction (jieba's tag c, a common dictionary word of two characters or more)
    opening ``subject`` whose first character is a one-character word the subject drops
    (:data:`LEAD_CONJUNCTION_CHARS`), else "": a clause-linking conjunction is one word, and
    dropping its first character alone leaves the second in the subject (并且|决定 -> 且决定).

    >>> conjunction_lead("并且新建校舍"), conjunction_lead("而且农民收入"), conjunction_lead("并购重组")
    ('并且', '而且', '')
    >>> conjunction_lead("和平利用"), conjunction_lead("因为减产")
    ('', '')
    """
    if not subject.startswith(tuple(LEAD_CONJUNCTION_CHARS)) and not subject.startswith(
        CONDITIONAL_LEADS
    ):
        return ""
    word, tag = opening_word(subject)
    return word if tag == "c" and len(word) >= 2 and word in common_words() else ""


#: Characters a subject drops at its start when they stand alone: a joining word (和, 及, 与, 并).
LEAD_JOINING_CHARS = "和及与并"
#: How many characters of a subject are segmented to find the word opening it (a word opening
#: a subject is shorter; the slice keeps the cut linear in nothing but the subject's start).
OPENING_SLICE = 8


def opens_word(subject: str) -> bool:
    """Whether the first character of ``subject`` is the first character of a word of two
    characters or more that is no conjunction (jieba's cut of the subject's start, dictionary
    only): 并 of 并购, 和 of 和谐, 对 of 对外 is no function word to drop.

    >>> [opens_word(s) for s in ("并购重组", "和谐社区", "对外贸易额", "并发放补贴", "和企业", "并且新建")]
    [True, True, True, False, False, False]
    """
    import jieba

    word_tags()  # (jieba loaded quietly)
    words = jieba.lcut(subject[:OPENING_SLICE], HMM=False)
    return bool(words) and len(words[0]) >= 2 and word_tags().get(words[0]) not in (None, "c")


def lstrip_joining(subject: str) -> str:
    """``subject`` without the debris and the lone joining words (:data:`LEAD_JOINING_CHARS`) at
    its start; a joining character that opens a word stays (并购重组, not 购重组).

    >>> lstrip_joining("、和并购重组"), lstrip_joining("并企业"), lstrip_joining("（与会代表")
    ('并购重组', '企业', '与会代表')

    An item marker of a list written inside the sentence (（一）工业支出为…, (2)农业支出…) is debris
    too:

    >>> lstrip_joining("一）工业支出"), lstrip_joining("(2)农业支出"), lstrip_joining("一二九师")
    ('工业支出', '农业支出', '一二九师')
    >>> lstrip_joining("2.年内融资总额"), lstrip_joining("8、新建基站"), lstrip_joining("5G基站")
    ('年内融资总额', '新建基站', '5G基站')
    >>> lstrip_joining("01/地区生产总值"), lstrip_joining("1. 对农村公路危桥改造")
    ('地区生产总值', '对农村公路危桥改造')
    """
    debris = " 、，,的（("
    while subject and subject[0] in debris + LEAD_JOINING_CHARS:
        if subject[0] in LEAD_JOINING_CHARS and opens_word(subject):
            break
        subject = subject[1:]
    marker = ITEM_MARKER_LEAD.match(subject)
    return subject[marker.end() :] if marker else subject


#: The rest of a list item's marker opening a subject: its numeral and the closing parenthesis
#: (the opening one is a clause boundary).
ITEM_MARKER_LEAD = re.compile(
    r"[(（]?(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[)）]"
    # (an item numbered with a point or a comma opening its line: 2.年内帮助企业融资…, 8、新建…)
    # (a space after the point too: 1. 对农村公路危桥改造12座, a county's list of 2026, session 66)
    r"|[0-9０-９]{1,2}[.．、] ?(?=[\u4e00-\u9fff“])"
    # (or a slash: 01/地区生产总值增长5%, a district's digest of 2024, session 58)
    r"|[0-9０-９]{1,2}[/／](?=[\u4e00-\u9fff“])"
)


#: The preposition of a horizon (到2030年, 到年底, 到“十五五”末), left closing a subject once the
#: time after it is cut (the period columns say the time).
HORIZON_TO = "到"


#: The words of a figure converted into another unit (人均生产总值9.5万元，约合1.5万美元: a city's
#: review of 2012): the same measure, its subject carried.
CONVERSION_LEADS = ("约合", "折合", "折合约", "约折合")


def horizon_left(entering: str, subject: str, rules: Rules) -> bool:
    """Whether ``subject``, what one round of :func:`_strip_words_once` left of ``entering``,
    closes with a horizon's 到 whose time that round cut (常住人口到2030年 -> 常住人口到): not the 到
    of a verb of reaching, which the trailing words strip whole (增加到, 发展到).

    >>> from govreport.quantities.rules import load_rules
    >>> horizon_left("常住人口到2030年", "常住人口到", load_rules())
    True
    >>> horizon_left("常住人口到", "常住人口到", load_rules()), horizon_left("产量发展到去年的", "产量发展到", load_rules())
    (False, False)
    """
    if not subject.endswith(HORIZON_TO) or subject == entering or not entering.startswith(subject):
        return False
    return not any(subject.endswith(w) for w in rules.strip_trailing if len(w) > 1)


#: The basis of a figure said alone where its subject stands (按所得税改革前老口径, 按全口径计算): a
#: city's review of 2001, session 50.
def basis_clause_subject(between: str, rules: Rules) -> str:
    """The measure a clause without figures names before the factor it takes out of it (地方一般
    公共预算收入扣除留抵退税, then 同口径增长9.9%), read from ``between``, the text from the figure
    before to this figure's segment; else "".

    >>> from govreport.quantities.rules import load_rules
    >>> basis_clause_subject("，地方一般公共预算收入扣除留抵退税，", load_rules())
    '地方一般公共预算收入'
    >>> basis_clause_subject("，为加快发展，", load_rules())
    ''
    """
    clause = between.strip(" ，,、；;")
    if not clause or re.search(r"[\d，,；;。]", clause):
        return ""
    taken = TAKEN_OUT.search(clause)
    if taken is None or taken.start() < 2:
        return ""
    return _strip_words(clause[: taken.start()], rules)


#: A factor taken out of a measure (扣除留抵退税, 剔除留抵退税因素后), closing its clause.
TAKEN_OUT = re.compile(r"(?:剔除|扣除|除去|不含)[^，,；;。]{1,12}?(?:因素)?(?:后|影响)?$")
BASIS_ONLY = re.compile(
    r"按[^，,；;。]{0,14}口径(?:计算|统计)?"
    # (or a factor taken out: 剔除留抵退税因素完成6.8亿元, a county's review of 2022, session 53)
    r"|(?:剔除|扣除|除去|不含|不考虑|考虑)[^，,；;。]{1,12}因素(?:后|影响)?"
)


#: A frame of viewpoint, a clause of its own before a figure's (从江西情况来看，2001年增长8.8%: a
#: province's digest of 2005; 总的来看): no words of what is measured, but the scope it names
#: (session 53).
VIEWPOINT = re.compile(
    r"(?:(?:让我们|我们)?(?:先|再)?来看|(?:总的|总体上?|整体上?)来看|"
    r"(?:从|就)(?P<scope>[^，,；;。]{1,12}?)(?:的?(?:实际情况|情况|方面|角度))?上?来?(?<![查察观])看)"
)


def viewpoint_out(subject: str) -> str:
    """The scope a frame of viewpoint names (:data:`VIEWPOINT`) when ``subject`` is only that
    frame, a clause of its own; else ``subject``.

    >>> viewpoint_out("从江西情况来看"), viewpoint_out("让我们来看占我们国家人口比重")
    ('江西', '让我们来看占我们国家人口比重')
    >>> viewpoint_out("总的来看"), viewpoint_out("从业人员")
    ('', '从业人员')
    """
    frame = VIEWPOINT.fullmatch(subject)
    return subject if frame is None else frame.group("scope") or ""


def bracketed_measure(subject: str, rules: Rules) -> str:
    """A thing's bare measure noted in brackets after it, its figure inside them (沥青搅拌站（投资
    1.3亿元）: a township's review, session 59), named as the thing's measure; ``subject`` else.

    >>> from govreport.quantities.rules import load_rules
    >>> bracketed_measure("沥青搅拌站（投资", load_rules()), bracketed_measure("度假村(总投资", load_rules())
    ('沥青搅拌站投资', '度假村总投资')
    >>> bracketed_measure("乡镇（街道", load_rules())
    '乡镇（街道'
    """
    opening = max(subject.rfind("（"), subject.rfind("("))
    if opening < 2 or subject[opening + 1 :] not in rules.bare_measures:
        return subject
    return subject[:opening] + subject[opening + 1 :]


def _strip_words_once(subject: str, rules: Rules) -> str:
    verbs = per_rules(rules, "object_verbs", lambda r: {**r.object_verbs, **r.output_verbs})
    carried = per_rules(rules, "carried", lambda r: frozenset(r.kept_verbs + r.action_verbs))
    changed = True
    while changed and subject:
        changed = False
        entering = subject
        bullet = max(subject.rfind(b) for b in BULLETS)
        if bullet >= 0:  # 城乡居民收入增速高于经济增速●粮食总产: a list's items run together
            subject = subject[bullet + 1 :]
        # (各 'each' closing the words before a figure is the distributive adverb of A、B各20家)
        subject = subject.lstrip(" 、，,")
        subject = subject[len(conjunction_lead(subject)) :]  # 并且决定 -> 决定 (not 且决定)
        subject = lstrip_joining(subject).rstrip(" 、，,等的各")
        if subject in rules.bare_measures:
            break  # 完成投资: a measure of its own, its verb is not stripped
        bracketed = bracketed_measure(subject, rules)
        if bracketed != subject:
            subject, changed = bracketed, True
        lead = SUBJECT_LEAD.match(subject)
        if lead:
            subject, changed = subject[lead.end() :], True
        if COMPARED_BASE_MEASURE.fullmatch(subject):
            return ""  # 比1955年决算数增长9.84%: the base's own figure, the subject is carried
        if subject.rstrip("（( ") in STEP_NOUNS:
            return ""  # (…首次超过万元大关(去年为9641元): the mark passed names nothing measured)
        viewed = viewpoint_out(subject)
        if viewed != subject:
            subject, changed = viewed, True
        if BASIS_ONLY.fullmatch(subject):
            return ""  # (按所得税改革前老口径完成50.6亿元: the basis alone, the subject is carried)
        for match in SUBJECT_COMPARISON.finditer(subject):
            if match.start() == 0 or match.end() == len(subject):
                subject = subject[: match.start()] + subject[match.end() :]
                changed = True
                break
        quoted_base = QUOTED_BASE_TAIL.search(subject)
        if quoted_base and quoted_base.start() > 0:
            subject, changed = subject[: quoted_base.start()], True
        if (
            COMPARED_WITH.match(subject)
            or COMPARISON_FRAGMENT.fullmatch(subject)
            or subject in rules.new_subject_words
            or subject in rules.change_words
            or subject in carried
            or subject in CONVERSION_LEADS
        ):
            return ""  # 高于全省平均水平2.3个百分点, 净增156家, 增产: the subject is carried
        framed = FRAMED_SHARE.match(subject)
        if framed:
            part, whole, share = framed.group(2), framed.group(1), framed.group(3)
            subject, changed = f"{part}在{whole}中{share}", True
        frame = (
            FRAMED_SPAN.match(subject)
            or STANDING_PLACE.match(subject)
            or PLAN_SPAN_LEAD.match(subject)
            or PLAN_SET_LEAD.match(subject)
        )
        if frame:
            subject, changed = subject[frame.end() :], True
        standing = STANDING_INSIDE.search(subject)
        if standing:
            subject, changed = subject[: standing.start()] + subject[standing.end() :], True
        if BUDGET_YEAR_WHOLE.search(subject):  # 占本年预算收入的比重 -> 占预算收入的比重
            subject, changed = BUDGET_YEAR_WHOLE.sub("", subject), True
        aspect = ASPECT_INSIDE.search(subject)
        if aspect:  # 国家决算在工业建设方面支出 -> 国家决算工业建设支出
            subject = subject[: aspect.start()] + aspect.group(1) + subject[aspect.end() :]
            changed = True
        topic = TOPIC_FRAME.fullmatch(subject)
        if topic:  # 在工业农业总产值方面，…增长百分之十四点四 -> 工业农业总产值
            subject, changed = topic.group(1), True
        inner = SHARE_BASE.search(subject)
        if inner:  # 服务业增加值在国内生产总值中的比重 -> 服务业增加值比重
            subject, changed = subject[: inner.start()] + subject[inner.end() :], True
        moved_to = MOVE_TIME_TAIL.search(subject)
        if moved_to:  # 增加到去年的98亿元, 由年初的400多万人: the time is the period's
            subject, changed = subject[: moved_to.start()], True
        same_below = NOTE_SAME_BELOW.search(subject)
        if same_below:  # 机床（不包括简易机床，下同） -> 机床: the note on what follows is no part
            subject, changed = subject[: same_below.start()] + subject[same_below.end() :], True
        part = PART_PERIOD.search(subject)
        if part:  # 工业总产值第一季度 -> 工业总产值; 第二季度 alone -> "" (the subject is carried)
            subject, changed = subject[: part.start()], True
        time_tail = TIME_TAIL.search(subject)
        if time_tail:
            subject, changed = subject[: time_tail.start()], True
        units = UNITS_TIMES_TAIL.search(subject)
        if units and units.start() >= 2:  # 新乡火电厂2×13.5万千瓦机组: the rating of each unit
            subject, changed = subject[: units.start()], True
        span_tail = SPAN_TAIL.search(subject)
        if span_tail and not subject.endswith(
            ("连续" + span_tail.group(), "每" + span_tail.group())
        ):
            subject, changed = subject[: span_tail.start()], True
        start_value = FROM_TAIL.search(subject)
        if start_value and start_value.start() >= 2:
            subject, changed = subject[: start_value.start()], True  # 营收从全国第12位 -> 营收
        if BASE_ONLY.fullmatch(subject):
            # 较“十五”期末翻了一番: the base only, the subject is carried
            subject, changed = "", True
        link = (rules.link_tail.search(subject) if rules.link_tail else None) or (
            COMPLETED_OUTPUT.search(subject)
        )
        if link:  # 文体娱乐业实现营收 -> 文体娱乐业营收: entity + measure, the link verb goes
            subject, changed = subject[: link.start()] + link.group("measure"), True
        verb = next((v for v in verbs if subject.startswith(v)), "")
        if verb and (
            len(subject) - len(verb) >= 2
            or (verb in rules.output_verbs and subject[len(verb) :] in rules.output_products)
        ):  # (增产钢: a one-character product too)
            # 净增经营主体 -> 经营主体净增: the object first, the verb as its measure
            subject, changed = subject[len(verb) :] + verbs[verb], True
        if subject.startswith("共") and (
            subject[1:].startswith(
                joined_words(
                    rules, "strip_verbs", "list_carried_verbs", "kept_verbs", "action_verbs"
                )
            )
            or sum_adverb_before_verb(subject)
        ):
            subject, changed = subject[1:], True  # 共办理人大代表建议, 共接待游客 (not 共建花园)
        inner = inner_time_adverb(subject) or INNER_ESTIMATE.search(subject) or inner_year(subject)
        if inner:  # 公共文化机构年均服务群众 -> 公共文化机构服务群众: how the figure is counted
            # (and the 将 / 把 that took the year as its object: 武汉将2023年GDP增长目标定在…,
            # a city's news story of 2023, session 71)
            cut = inner.start() - (subject[inner.start() - 1 : inner.start()] in DISPOSAL_MARKS)
            subject, changed = subject[:cut] + subject[inner.end() :], True
        adverb = predicate_adverb_lead(subject, rules)
        if adverb:  # 进一步压缩行政经费 -> 压缩行政经费: the adverb modifies the predicate
            subject, changed = subject[len(adverb) :], True
        modal = modal_lead(subject)
        if modal:  # 要淘汰燃煤小锅炉 -> 淘汰燃煤小锅炉: the plan's modal is no part of the thing
            subject, changed = subject[len(modal) :], True
        if subject.startswith("就") and subject[1:].startswith(rules.kept_verbs):
            subject, changed = subject[1:], True  # 1956年就开垦荒地 (not 就业)
        for word in starting_words(subject, rules.strip_leading):
            if word == "对" and toward_kept(subject, rules):
                continue
            if len(word) == 1 and opens_word(subject):
                continue  # 并购重组, 对外贸易: the character opens a word, it is no lone word
            if relative_clause_adverbial(word, subject[len(word) :]):
                break
            if word == OBTAINING_VERB and obtained_object(subject[len(word) :]):
                continue
            if word in LINK_VERBS and subject.startswith(LINK_NOUN_ENDS, len(word)):
                continue  # 完成率高于全市…: a rate's name, no link verb (session 55)
            subject, changed = subject[len(word) :], True
            break
        scope = next((w for w in rules.national_scope if subject.startswith(w)), "")
        rest = subject[len(scope) :]
        if scope and len(rest) >= 2 and not rest.startswith(rules.national_scope_kept):
            subject, changed = rest, True  # 全国工业增加值 -> 工业增加值 (全国财政收入 stays)
        for word in starting_words(subject, rules.strip_verbs):
            rest = subject[len(word) :]
            if not rest or (
                len(rest) >= 2
                and rest not in MEASURE_NOUNS
                and not rest.startswith(("值", "了", "的"))
            ):  # (增加值增速: 增加值 is a noun, not the verb 增加; 增加了…: no object follows;
                # 扩大的灌溉面积, 实施的重点工程: a verb before 的 says which things, a clause)
                subject, changed = rest, True
                break
        if GROWTH_TARGET_ONLY.fullmatch(subject):
            # 把增长预期目标定在7.5%左右: the growth a target sets unnamed is the economy's
            subject, changed = "经济增长", True
        for word in ending_words(subject, rules.strip_trailing):
            if subject[: -len(word)].endswith(rules.growth_named):
                break  # 经济增长8.8%: the economy's growth is the indicator's name
            if _action_stage(subject, rules):
                break  # 棚户区改造开工: the figure is of that stage
            things = subject[: -len(word)]
            if word in rules.stage_verbs and things.endswith(NEW_STAGE) and len(things) >= 3:
                # 工业项目新开工110个 -> 新开工工业项目: the new stage before the things, as the
                # gold writes 新开工国家重点建设工程 (heldout11 national 2005)
                subject, changed = NEW_STAGE + word + things[: -len(NEW_STAGE)], True
                break
            if word == COMPLETED_STAGE and len(subject) - len(word) >= 2:
                # 城镇保障性住房基本建成432万套 -> 基本建成城镇保障性住房: the stage reached names
                # the units counted, before them (heldout4 national 2012, heldout56 national 2016)
                subject, changed = word + subject[: -len(word)], True
                break
            if word in rules.prefix_hedges and hedge_ends_word(
                subject, len(subject), kept_hedge_tags(word)
            ):
                break  # 为国家节约, 参加国际条约, 加梯签约: the hedge's character ends the word
            subject, changed = subject[: -len(word)], True
            break
        passed = MILESTONE_PASSED_TAIL.search(subject, 2)
        if passed:  # 商品销售额首破万亿大关、增长11%: the mark passed is no part of what grew
            subject, changed = subject[: passed.start()], True
        for word in ending_words(subject, joined_words(rules, "prefix_hedges", "governing_hedges"))[
            :1
        ]:
            if len(word) == 1 and hedge_ends_word(subject, len(subject), kept_hedge_tags(word)):
                break  # 为国家节约: the hedge 约 is the end of the noun 节约
            subject, changed = subject[: -len(word)], True
        frame_lead = framing_lead(subject, rules)
        if frame_lead:  # 国家预算规定社会文教事业支出 -> 社会文教事业支出: who set it is no part
            subject, changed = subject[len(frame_lead) :], True
        agent = leading_preposition(subject, rules)
        if agent:  # 由中央代地方发债 -> 中央代地方发债: the agent's preposition is no part of it
            subject, changed = subject[len(agent) :], True
        adverbial = adverbial_tail(subject, rules)
        if adverbial:  # 粮食总产量在上年增长的基础上 -> 粮食总产量: the adverbial says when or how
            subject, changed = subject[: -len(adverbial)], True
        per_unit = PER_UNIT_TAIL.search(subject)
        if per_unit:  # 职工年平均工资是每人 -> 职工年平均工资: the base the figure is per
            subject, changed = subject[: per_unit.start()], True
        basis = CALCULATION_TAIL.search(subject)
        if basis:  # 平均工资以货币计算 -> 平均工资: how it is counted is no part of it
            subject, changed = subject[: basis.start()], True
        elif CALCULATION_ALONE.fullmatch(subject):  # 按2018年平均汇率计算为2865美元: carried
            subject, changed = "", True
        against = PLAN_COMPARED_TAIL.search(subject)
        if against:  # 产品销售收入比年度(计划) -> 产品销售收入: the plan compared with is no part
            subject, changed = subject[: against.start()], True
        allocation = allocation_tail(subject)
        if allocation:  # 中央预算内投资安排 -> 中央预算内投资: the funds are what is measured
            subject, changed = subject[: -len(allocation)], True
        closing = function_tail(subject, rules)
        if closing:  # 预算外资金却大幅度 -> 预算外资金: what is measured ends in no adverb
            subject, changed = subject[: -len(closing)], True
        opening = predicate_opening(subject)
        if opening:  # 工业总产值就应当 -> 工业总产值: the adverb opens the clause's predicate
            subject, changed = subject[:opening], True
        case = CASE_TAIL.search(subject)
        if case and case.start() >= 2:  # 工业总产值的情况也是这样 -> 工业总产值: the topic named
            subject, changed = subject[: case.start()], True
        if horizon_left(entering, subject, rules):
            subject, changed = subject[:-1], True  # 常住人口到2030年 -> 常住人口
    subject = subject.strip(" 、，,")
    if len(subject) == 1 and subject in rules.output_products:
        return subject  # 钢增长58%: a one-character product
    if YEAR_ONLY.fullmatch(subject):
        return ""  # 一九八○比一九七五年增加…: a year written without 年 names nothing measured
    return subject if len(subject) >= 2 else ""  # 稳居, 高: a lone character names nothing


#: A topic line's tail saying the figures after it go the same way (工农业总产值的情况也是这样：
#: heldout106 national 1959, 3 rows writing 工农业总产值).
CASE_TAIL = re.compile(r"的情况(?:也是这样|也是如此|也一样|也相同)$")
#: A year alone, in Arabic or Chinese digits, with or without 年 (一九八○, 1980年).
YEAR_ONLY = re.compile(rf"(?:(?:19|20)\d{{2}}|{CHINESE_YEAR_TEXT}|[１２][０-９]{{3}})年?")


#: Dictionary tags of a word opening a noun phrase: nouns and the distinguishing words that
#: only modify them (中央, 国家, 社会; 上级, 省级: jieba's n* and b).
NOUN_OPENING_TAGS = ("n", "b")


#: Time and aspect adverbials that the strip list drops from a subject's head, but that belong to
#: the verb of a relative clause when one follows (全年施工的…, 继续施工和开始施工的…).
RELATIVE_ADVERBIALS = ("全年", "年内", "当年", "继续")
#: A relative clause right after the adverbial: a verb (one to four characters, or two verbs
#: joined by 和 / 及), then 的, then the head noun (two characters at least).
RELATIVE_AFTER = re.compile(
    r"^([\u4e00-\u9fff]{1,4})(?:[和及][\u4e00-\u9fff]{1,6})?的[\u4e00-\u9fff“]{2}"
)


def relative_clause_adverbial(word: str, rest: str) -> bool:
    """Whether ``word``, an adverbial of time or aspect opening a subject, modifies the verb of a
    relative clause (verb + 的 + head noun) that follows it, and so stays in the subject.

    Construction: the adverbial inside a relative clause (定语从句中的状语): in 全年施工的更新改造项目
    the words 全年 say which projects are counted (those under construction over the year), as
    继续施工和开始施工的 does; a time word before a plain noun (全年粮食产量) is no part of it.

    >>> relative_clause_adverbial("全年", "施工的水利工程"), relative_clause_adverbial("继续", "施工和开始施工的学校")
    (True, True)
    >>> relative_clause_adverbial("全年", "粮食产量"), relative_clause_adverbial("继续", "加大投入")
    (False, False)
    """
    if word not in RELATIVE_ADVERBIALS:
        return False
    match = RELATIVE_AFTER.match(rest)
    if not match:
        return False
    verb, tag = opening_word(match.group(1))
    return tag.startswith("v") and verb == match.group(1)


def obtained_object(rest: str) -> bool:
    """Whether ``rest``, after 争取, is a noun phrase: 争取 is then the verb of obtaining funds or
    projects from above, which stays in the subject as 引进 does (争取中央预算内投资140亿元 ->
    争取中央预算内投资: heldout11, heldout31); before a verb, a time or a number it is the hedge
    "strive to" and goes (争取实现…翻两番, 争取每年…, 争取1997年…).

    >>> [obtained_object(r) for r in ("中央预算内资金", "“两新”资金", "上级补助资金")]
    [True, True, True]
    >>> [obtained_object(r) for r in ("实现翻番", "每年新增", "新获批", "2030年", "早日建成")]
    [False, False, False, False, False]
    >>> [obtained_object(r) for r in ("新开工项目", "省级重点产业集群营业收入", "中央转移支付")]
    [False, False, True]
    """
    if rest.startswith("“"):
        return True
    if rest.startswith(("新开工", "新增", "新建", "新引进", "新获批", "新认定")) or rest.endswith(
        AIMED_MEASURES
    ):
        # 争取新开工项目300个以上, 争取省级重点产业集群营业收入突破3000亿元: a count to reach or a
        # measure to raise, no funds obtained (a city's 2020 targets, session 46)
        return False
    word, tag = opening_word(rest)
    return bool(word) and tag.startswith(NOUN_OPENING_TAGS)


#: Measures of output a subject after 争取 ends with: the aim "strive for", not funds obtained.
AIMED_MEASURES = ("收入", "营收", "产值", "利润", "增加值", "产量", "总额", "销售额")
#: Measures a count's things own, closing the words between the counted noun and an amount
#: (75家县级以上农业龙头企业年销售收入18.4亿元: a county's review of 2018, session 46): the
#: output measures and a few more.
OWNED_MEASURES = (*AIMED_MEASURES, "税收", "余额", "规模")


def sum_adverb_before_verb(subject: str) -> bool:
    """Whether ``subject`` opens with the adverb 共 (all told) standing before a verb of two
    characters or more (by jieba's dictionary tag): the adverb sums the figure and is no part of
    what is measured (共减轻企业负担, 共培养技术工人 -> without 共). 共 opening a word of its own
    (共建, 共享, 共同, 共有: one character of a verb or a noun follows) stays.

    >>> sum_adverb_before_verb("共减轻企业负担"), sum_adverb_before_verb("共培养技术工人")
    (True, True)
    >>> sum_adverb_before_verb("共建花园"), sum_adverb_before_verb("共享优质教育资源的学生")
    (False, False)
    >>> sum_adverb_before_verb("共同富裕示范区"), sum_adverb_before_verb("减轻企业负担")
    (False, False)
    """
    if not subject.startswith("共"):
        return False
    word, tag = opening_word(subject[1:])
    return len(word) >= 2 and tag == "v"


#: Adverbs that say how the work is done, the genre's stock manner words (有序改造供热管网, 扎实推进…
#: 项目, 接续办好…实事): they never say which things are counted, so they go before a relative
#: clause too (扎实推进的全域土地综合整治项目 -> 推进的…). Gold of the sets drops them in every row
#: that has one (session 44: 11 rows in 10 reports; 依法 stays out: 依法判刑的经济犯罪分子
#: restricts who are counted, and the gold keeps it).
MANNER_ADVERBS = frozenset(
    ("有序", "认真", "扎实", "持续", "稳妥", "深入", "高标准", "高质量", "积极", "全力", "精心",
     "着力", "切实", "接续", "分类", "成功")
)  # fmt: skip
#: Adverbs that modify a predicate and never a noun (Chinese 副词 of time and aspect, of scope
#: and focus, of manner and degree, and the linking adverbs of a consequence): 已经, 进一步, 仅;
#: the manner words of :data:`MANNER_ADVERBS` among them.
PREDICATE_ADVERBS = frozenset(
    (
        "已经", "已", "现已", "业已", "早已", "曾经",
        "进一步", "逐步", "逐年", "稳步", "大力", "适当", "大幅",
        "仅", "仅仅", "只", "也", "都", "一律", "先后",
        "一定", "因而", "从而", "却", "则",
    )
) | MANNER_ADVERBS  # fmt: skip


def predicate_adverb_lead(subject: str, rules: Rules) -> str:
    """The adverb opening ``subject`` (a dictionary word of its own in :data:`PREDICATE_ADVERBS`)
    when a predicate follows it (a word tagged as in :data:`PREDICATE_OPENING`), else "". The
    adverbial modifier (状语) stands before the predicate it modifies and is no part of the noun
    phrase of what is measured: the verb phrase after it is (进一步压缩一般性支出 -> 压缩一般性支出,
    逐年适当增加省级财政投入 -> 省级财政投入). A word the adverb's characters open (都市, 也门, 仅此)
    is not the adverb; an adverb before a noun (仅省级财政) stays. Left to the rules of what
    follows: a bare verb whose object comes after the figure (已形成|24个…), a phrase still open
    (进一步加强内地与), a light verb with a result complement (已扩大到全国) and a share (也只占…的比重).

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> predicate_adverb_lead("进一步压缩行政经费", rules), predicate_adverb_lead("已经建成投产项目", rules)
    ('进一步', '已经')
    >>> predicate_adverb_lead("已经建成投产的项目", rules), predicate_adverb_lead("也增加的项目", rules)
    ('', '也')
    >>> predicate_adverb_lead("逐步提高最低工资标准", rules), predicate_adverb_lead("适当增加省级投入", rules)
    ('逐步', '适当')
    >>> predicate_adverb_lead("都市圈通勤人口", rules), predicate_adverb_lead("仅省级财政", rules)
    ('', '')
    >>> predicate_adverb_lead("已形成", rules), predicate_adverb_lead("已扩大到全市", rules)
    ('', '')
    >>> predicate_adverb_lead("也只占全年支出的比重", rules)
    ''

    A manner adverb (:data:`MANNER_ADVERBS`) goes before a listed verb whatever its tag, and
    before a relative clause:

    >>> predicate_adverb_lead("认真办理人大代表建议", rules), predicate_adverb_lead("扎实推进的项目", rules)
    ('认真', '扎实')
    >>> predicate_adverb_lead("有序改造供热管网", rules), predicate_adverb_lead("持续时间", rules)
    ('有序', '')
    """
    adverb = next((w for w in PREDICATE_ADVERBS_LONGEST if subject.startswith(w)), "")
    if not adverb:
        return ""
    word, tag = opening_word(subject)
    if word != adverb and not (len(word) > len(adverb) and tag in ADVERB_PHRASE_TAGS):
        return ""  # (都市, 也门, 仅此: a longer word; 逐步提高: a fixed phrase the adverb opens)
    rest = subject[len(adverb) :]
    verb, tag = opening_word(rest)
    # (a light or action verb of the rules opens a predicate whatever its tag: 办理 is tagged n)
    listed_verb = adverb in MANNER_ADVERBS and rest.startswith(
        rules.strip_verbs + rules.action_verbs
    )
    opening = tag[:1] in PREDICATE_OPENING or listed_verb
    if len(rest) < 2 or not opening or closing_word(rest)[1] in ("p", "c"):
        return ""  # (加强内地与: the phrase goes on after the figure)
    after = rest[len(verb) :] if verb in PREDICATE_ADVERBS else rest  # 也只占…: the verb decides
    resultative = verb in rules.strip_verbs and rest[len(verb) :].startswith(("到", "至"))
    if verb_fragment(rest) or resultative or after.startswith(SHARE_VERBS):
        return ""  # 已形成, 已扩大到, 已经占…的比重: the rules of those verbs read the words
    if adverb not in LINKING_ADVERBS | MANNER_ADVERBS and relative_clause_head(rest):
        return ""  # 已经建成投产的项目: the adverb is inside the clause that says which things
    return adverb


#: Adverbs of :data:`PREDICATE_ADVERBS` that link a predicate to the clause before it (also,
#: all, however, thus) and so never stand inside a relative clause before a noun.
LINKING_ADVERBS = frozenset(("也", "都", "因而", "从而", "却", "则"))


def relative_clause_head(phrase: str) -> str:
    """The head noun of ``phrase`` when it is a relative clause (定语从句) closed by its noun: a
    predicate, then 的, then the noun (two characters at least, no verb opening it); else "".
    The adverb before such a clause (已经, 未能, 进一步) restricts which things are measured and
    stays in the subject (CONVENTIONS: a restricting modifier is part of what is measured).

    >>> relative_clause_head("建成投产的项目"), relative_clause_head("应用于生产的比重")
    ('项目', '比重')
    >>> relative_clause_head("压缩行政经费"), relative_clause_head("提高的"), relative_clause_head("增加新建项目的")
    ('', '', '')
    """
    clause, mark, head = phrase.rpartition("的")
    if not mark or len(clause) < 2 or len(head) < 2:
        return ""
    if opening_word(head)[1].startswith("v"):
        return ""  # 的 + verb: no noun closes the phrase
    return head


#: The verbs of a share (占 'make up'), whose own rules read the words after them.
SHARE_VERBS = ("占", "佔")

#: Longest first, so that 已经 is found before 已 and 仅仅 before 仅.
PREDICATE_ADVERBS_LONGEST = tuple(sorted(PREDICATE_ADVERBS, key=len, reverse=True))

#: jieba's tags of a fixed phrase (idiom, set phrase) that an adverb opens: 逐步提高.
ADVERB_PHRASE_TAGS = ("l", "i")

#: First letters of jieba's tags of a word opening a predicate after an adverb: a verb, an
#: adjective used as an adverb (适当增加), another adverb, a fixed phrase or an abbreviation of
#: verbs (建成投产).
PREDICATE_OPENING = ("v", "a", "d", "l", "i", "j")


#: Modal verbs of a plan (must, shall) that may open the words before a figure.
MODAL_LEADS = ("要", "应当", "应该", "必须")


def modal_lead(subject: str) -> str:
    """The modal verb opening ``subject`` as a dictionary word of its own (要淘汰落后产能, 必须
    控制人口增长率 -> without it: the modal says the figure is planned, the period columns say
    so), when two characters or more follow it, else "". A word the modal's character opens (要素,
    要点) stays.

    >>> modal_lead("要淘汰燃煤小锅炉"), modal_lead("必须把财政赤字")
    ('要', '必须')
    >>> modal_lead("要素市场交易额"), modal_lead("要")
    ('', '')
    """
    word = opening_word(subject)[0]
    return word if word in MODAL_LEADS and len(subject) - len(word) >= 2 else ""


#: The longest dictionary word opening or closing a phrase is looked for among its first or last
#: this many characters.
WORD_TAG_MAX = 4


def opening_word(phrase: str) -> tuple[str, str]:
    """The longest dictionary word opening ``phrase`` and its jieba tag, else ("", "").

    >>> opening_word("推广节能空调"), opening_word("ABC")
    (('推广', 'v'), ('', ''))
    """
    tags = word_tags()
    for size in range(min(len(phrase), WORD_TAG_MAX), 0, -1):
        tag = tags.get(phrase[:size])
        if tag is not None:
            return phrase[:size], tag
    return "", ""


def closing_word(phrase: str) -> tuple[str, str]:
    """The longest dictionary word closing ``phrase`` and its jieba tag, else ("", "").

    >>> closing_word("预算外资金却大幅度"), closing_word("ABC")
    (('大幅度', 'd'), ('', ''))
    """
    tags = word_tags()
    for size in range(min(len(phrase), WORD_TAG_MAX), 0, -1):
        tag = tags.get(phrase[-size:])
        if tag is not None:
            return phrase[-size:], tag
    return "", ""


def dictionary_words(phrase: str) -> list[tuple[str, str]]:
    """``phrase`` cut into dictionary words by forward longest match (at most
    :data:`WORD_TAG_MAX` characters), each with its jieba tag ("" for a character no word opens).

    >>> dictionary_words("钢产量就应当")
    [('钢产量', 'n'), ('就', 'd'), ('应当', 'v')]
    """
    tags = word_tags()
    words: list[tuple[str, str]] = []
    pos = 0
    while pos < len(phrase):
        word, tag = opening_word(phrase[pos : pos + WORD_TAG_MAX])
        if not word:
            word, tag = phrase[pos], tags.get(phrase[pos], "")
        words.append((word, tag))
        pos += len(word)
    return words


#: The modal verbs (能愿动词, a closed class): after an adverb they close no noun phrase.
MODAL_VERBS = frozenset(
    {"应当", "应该", "应", "可以", "可", "能够", "能", "会", "要", "将", "必须", "需要", "需", "得"}
)
#: Tags of a noun phrase's own words before an adverb that opens the predicate.
PHRASE_NOUN_TAGS = ("n", "vn", "j", "nz", "l")


def predicate_opening(subject: str) -> int:
    """Where the predicate opens inside ``subject`` (words before a figure), else 0: a noun
    phrase followed only by adverbs and modal verbs (能愿动词) to the end, the subject-predicate
    construction cut before its verb (粮食总产量就应当是…, 钢产量也将达到…): the adverbs and
    modals belong to the predicate, what is measured is the noun phrase before them. An adverb
    before a noun or a full verb stays (长期国债, 再就业, 专精特新企业).

    >>> predicate_opening("粮食总产量就应当"), predicate_opening("钢产量也将")
    (5, 3)
    >>> predicate_opening("长期建设国债"), predicate_opening("下岗职工再就业")
    (0, 0)
    """
    words = dictionary_words(subject)
    pos, noun, cut = 0, False, 0
    for word, tag in words:
        if cut and (tag == "d" or word in MODAL_VERBS):
            pos += len(word)
            continue
        if cut:
            return 0
        if noun and tag == "d":
            cut = pos
        noun = noun or tag.startswith(PHRASE_NOUN_TAGS)
        pos += len(word)
    return cut if cut and any(w in MODAL_VERBS for w, _ in words) else 0


#: A sum or yearly-average adverb between an entity and its verb inside a subject (公共文化机构年均
#: 服务群众, “医检互认”累计为群众节省医疗费用: heldout108 chongqing write neither, as the subject
#: leaves out a leading 累计 or 年均).
INNER_TIME_ADVERB = re.compile(r"(?<=[\u4e00-\u9fff”\"]{2})(?:累计|年均)(?=[\u4e00-\u9fff]{2})")


#: An estimate's word between an entity and its measure inside a subject (规模以上工业企业预计
#: 总产值, 主园区软件和集成电路产业预计规模: helpers' zone pages of session 59): the figure's
#: qualifier, no part of what is measured (no gold subject writes it); so is a preliminary one
#: opening it (初步预计全镇地区生产总值: a township's page of session 60).
INNER_ESTIMATE = re.compile(
    r"(?:^初步|(?<=[\u4e00-\u9fff”\"]{2})(?:初步)?)预计(?=[\u4e00-\u9fff]{2}|[A-Z]{2})"
)
#: A year written between an entity and its measure inside a subject (内蒙古2024年地区生产总值,
#: 长沙2022年地区生产总值: digests of sessions 59-61; 基本建设1979年交付使用的固定资产: heldout105):
#: the year column says it (no gold subject writes one there but a comparison's base, 与1997年
#: 之比, or a class, 2000年底以前发布的…).
INNER_YEAR = re.compile(
    # (or the year named relatively: 廣西去年GDP增長7.5%, a region's digest of 2022, session 64)
    r"(?<=[\u4e00-\u9fff]{2})(?<![与比较由从自到至于在同和及以的])(?:(?:19|20)\d{2}\s?年度?|(?:去年|今年)(?!安排|再|拟|将|要|的))"
    # (not a date, 1957年十月到…, nor a time within the year, 1954年一年中)
    r"(?![底末前以之到至]|[一二三四五六七八九十\d]{1,2}月|一年|上半年|下半年)"
    r"(?=[\u4e00-\u9fff]{2}|[A-Z]{2})"
)


#: Words of a comparison: a year after them in a subject is its base (同我国1952年生产…).
COMPARISON_WORDS = ("同", "与", "比", "较")


#: The marks of a disposal construction before its object (将, 把: 武汉将2023年GDP增长目标定在…).
DISPOSAL_MARKS = ("将", "把")


def inner_year(subject: str) -> re.Match[str] | None:
    """The match of :data:`INNER_YEAR` in ``subject`` when no comparison's word
    (:data:`COMPARISON_WORDS`) stands before it, else ``None``.

    >>> inner_year("内蒙古2024年地区生产总值").group(), inner_year("同我国1952年生产")
    ('2024年', None)
    """
    found = INNER_YEAR.search(subject)
    if found is None or any(w in subject[: found.start()] for w in COMPARISON_WORDS):
        return None
    return found


def inner_time_adverb(subject: str) -> re.Match[str] | None:
    """The match of :data:`INNER_TIME_ADVERB` in ``subject`` when a verb (or 为) follows it,
    else ``None``.

    >>> inner_time_adverb("公共文化机构年均服务群众").group(), inner_time_adverb("全省粮食年均产量")
    ('年均', None)
    """
    found = INNER_TIME_ADVERB.search(subject)
    if found is None:
        return None
    rest = subject[found.end() :]
    return found if rest.startswith("为") or opening_word(rest)[1].startswith("v") else None


def function_tail(subject: str, rules: Rules) -> str:
    """The function word closing ``subject`` (an adverb, conjunction or aspect particle by the
    tag of the longest dictionary word it ends with, ``subject_function_tail`` in the rules),
    else "".

    >>> from govreport.quantities.rules import load_rules
    >>> function_tail("预算外资金却大幅度", load_rules()), function_tail("预算外资金却", load_rules())
    ('大幅度', '却')
    >>> function_tail("偿还", load_rules()), function_tail("预算外资金", load_rules())
    ('', '')
    >>> function_tail("本区生产总值先后", load_rules())
    '先后'
    >>> function_tail("经济外向度", load_rules())
    ''
    """
    if not rules.function_tags:
        return ""
    closing, tag = closing_word(subject)
    kept = closing in rules.function_words_kept
    before = subject[-len(closing) - 1 : -len(closing)] if closing else ""
    if before and before + closing[0] in word_tags():
        return ""  # 经济外向度: the word is 外向, not the adverb 向度
    if closing in rules.function_words_more and len(subject) > len(closing):
        return closing  # 本区生产总值先后: an adverb of sequence the dictionary tags a time
    return closing if tag in rules.function_tags and not kept else ""


#: Unit classes of physical amounts written between a verb and what they measure (守住18亿亩耕地红线).
OBJECT_AFTER_VERB_CLASSES = frozenset({"area", "length", "volume", "mass"})


def adverbial_subject(subject: str, rules: Rules) -> bool:
    """Whether ``subject`` is an adverbial, not a noun phrase: a dictionary word tagged as in
    ``subject_adverbial.opening`` (a preposition) opens it and one tagged as in its ``closing``
    (a time, localizer or numeral) closes it.

    >>> from govreport.quantities.rules import load_rules
    >>> adverbial_subject("在过去", load_rules()), adverbial_subject("在调整初期", load_rules())
    (True, True)
    >>> adverbial_subject("在园师生规模", load_rules()), adverbial_subject("粮食产量", load_rules())
    (False, False)
    >>> adverbial_subject("在确保质量的前提下", load_rules())
    True
    """
    if subject.startswith("在") and PREMISE_ADVERBIAL.fullmatch(subject):
        return True  # 在确保质量的前提下 (下 is read in the verb 提下: the pattern decides)
    if not rules.adverbial_opening_tags:
        return False
    return (
        opening_word(subject)[1] in rules.adverbial_opening_tags
        and closing_word(subject)[1] in rules.adverbial_closing_tags
    )


def located_frame(segment: str, subject: str) -> bool:
    """Whether ``subject`` is the whole a figure is placed in, written 在…中 in its segment (、在全省
    地级市中率先突破4000亿元: a city's targets of 2023, session 49): an adverbial, no noun phrase.

    >>> located_frame("、在全省地级市中率先突破", "全省地级市中"), located_frame("园区中", "园区中")
    (True, False)
    """
    return subject.endswith(("中", "之中")) and f"在{subject}" in segment


#: The preposition opening an adverbial that may close a subject (在上年增长的基础上, 在2001年到2005年间).
ADVERBIAL_TAIL_OPENER = "在"


def adverbial_tail(subject: str, rules: Rules) -> str:
    """The adverbial closing ``subject`` after what is measured (:func:`adverbial_subject`: 在 and
    a time, a localizer or a numeral closing it), else "": 粮食总产量在上年大幅度增长的基础上,
    钢产量在2001年到2005年间 -> without the adverbial, which says the base or the time of the
    figure, not what it measures. The noun phrase before it must be of two characters or more.

    >>> from govreport.quantities.rules import load_rules
    >>> adverbial_tail("棉花产量在去年增产的基础上", load_rules())
    '在去年增产的基础上'
    >>> adverbial_tail("钢产量在2001年到2005年间", load_rules())
    '在2001年到2005年间'
    >>> adverbial_tail("在园师生规模", load_rules()), adverbial_tail("积累率在去年高", load_rules())
    ('', '')
    """
    at = subject.rfind(ADVERBIAL_TAIL_OPENER)
    if at < 2:
        return ""
    tail = subject[at:]
    return tail if adverbial_subject(tail, rules) else ""


#: The base of a per-unit figure after a link verb closing a subject (职工年平均工资是每人446元,
#: 平均亩产为每亩…): the unit the figure is per, not what it measures. Without the link verb,
#: 平均每人 names a per-head measure and stays (集体分配平均每人收入, 平均每户养猪头数: heldout9,
#: heldout15); a numbered base (每50公斤, excluded as ``per_unit_base``) goes with or
#: without it. Three characters of a name at least stay before it.
PER_UNIT_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff]{3})(?:(?:是|为)每[人户亩]|(?<![均取])每[人户亩]"
    # (or without its copula: 全员劳动生产率每人9.6万元, a city's report of 2019, session 70)
    # a base with its figure (小麦最低收购价每50公斤提高5到7元, 平均每50公斤: heldout12, heldout15)
    r"|(?:平均)?每(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)[万千百亿]?[\u4e00-\u9fff]{1,4})$"
)
#: How a figure is counted, written after what it measures (工人职员的平均工资以货币计算约增长33%,
#: 油料作物以播种面积计算达到…, 农民人均纯收入按可比价格计算增长…): the basis of the count, not
#: what is measured (heldout91); attributive (按1952年不变价格计算的工业总产值) or in brackets
#: (化肥产量（按有效成份计算）) it is part of the name and stays, as the gold writes it.
CALCULATION_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:以|按照|按)[^以按照，,；;。（）()]{1,10}计算$"
)
#: A conversion at an exchange rate alone, the whole of what precedes a figure (人均地区生产总值
#: 19763元,按2018年平均汇率计算为2865美元: county communiqués, session 69): nothing of its own is
#: named, the figure's subject is carried from the one before.
CALCULATION_ALONE = re.compile(
    r"(?:以|按照|按)[^以按照，,；;。（）()]{0,14}?(?:汇率[^，,；;。]{0,4}?计算|折算|换算)"
)
#: What is left of a comparison with a plan closing a subject (国营工业利润收入比原计划增加了…,
#: 产品销售收入比年度计划增加了2%, 生产成本比年度计划多降低了3.1%, 货币发行还比年初计划少了…: the
#: strip words took 计划 or the verb, leaving 比原 / 比年度 / 比年度计划多; heldout95 and the 1956,
#: 1958, 1999 reports): the plan is the base of the change, no part of what is measured.
PLAN_COMPARED_TAIL = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:还|又)?(?:比|较)(?:原定的?|原|年度|全年|本年|年初)(?:计划)?(?:多|少)?$"
)
#: Verbs of allocating funds, written after the funds they allocate (中央预算内投资安排6100亿元).
#: A plan's word between the funds and the verb allocating them (基本建设投资总额计划安排二千三百亿元:
#: heldout51 national 1982), and the funds' words it may follow (the verb's own MONEY_FUNDS and a
#: total of them).
ALLOCATION_PLAN_WORDS = ("计划",)
ALLOCATED_WHOLES = ("投资总额", "资金总额", "支出总额", "投资", "资金", "经费", "支出")
ALLOCATION_VERBS = ("安排", "拨付")


def allocation_tail(subject: str) -> str:
    """The verb of allocating closing ``subject`` when funds come right before it (a word of
    ``MONEY_FUNDS`` ends what is left), else "": 中央预算内投资安排, 省级财政资金拨付 -> the funds
    are what the figure measures; the verb is the clause's predicate. A thing allocated that is
    not money keeps its verb (保障性安居工程新安排).

    >>> allocation_tail("中央预算内投资安排"), allocation_tail("省级衔接补助资金拨付")
    ('安排', '拨付')
    >>> allocation_tail("保障性安居工程新安排"), allocation_tail("安排")
    ('', '')
    >>> allocation_tail("全国基本建设投资总额计划安排"), allocation_tail("招生数仍然安排")
    ('计划安排', '')
    """
    verb = next((v for v in ALLOCATION_VERBS if subject.endswith(v)), "")
    rest = subject[: -len(verb)] if verb else ""
    modal = next((m for m in ALLOCATION_PLAN_WORDS if rest.endswith(m)), "") if verb else ""
    if modal and rest[: -len(modal)].endswith(ALLOCATED_WHOLES):
        return modal + verb  # 全国基本建设投资总额计划安排 -> 全国基本建设投资总额
    return verb if len(rest) >= 2 and rest.endswith(MONEY_FUNDS) else ""


def leading_preposition(subject: str, rules: Rules) -> str:
    """The one-character preposition opening ``subject`` (a word tagged as in
    ``subject_leading_preposition.tags``, not one of ``subject_strip_leading``, which have rules
    of their own) when a noun of two characters or more follows it (a word tagged as in its
    ``before``), else "": 由中央代地方发债, 在全国注册登记的各种经济联合体. A place of one
    character stays (在湘“两院”院士: the academicians working there).

    >>> from govreport.quantities.rules import load_rules
    >>> leading_preposition("由国家建筑的各种房屋面积", load_rules())
    '由'
    >>> leading_preposition("在湘两院院士", load_rules()), leading_preposition("同我国建交的国家", load_rules())
    ('', '')
    >>> leading_preposition("向民间资本推介优质项目", load_rules())
    ''
    """
    if not rules.leading_preposition_tags or adverbial_subject(subject, rules):
        return ""  # (在调整初期: an adverbial whole, see adverbial_subject)
    word, tag = opening_word(subject)
    if len(word) != 1 or tag not in rules.leading_preposition_tags or word in rules.strip_leading:
        return ""
    noun, noun_tag = opening_word(subject[1:])
    if word == "向" and "的" not in subject and verb_after_nouns(subject[1:]):
        return ""  # 向民间资本推介优质项目: the verb's object follows; no agent is left
    return word if len(noun) >= 2 and noun_tag in rules.leading_preposition_before else ""


def verb_after_nouns(text: str) -> bool:
    """Whether the nouns opening ``text`` (jieba's tags n...) are followed by a verb (v).

    >>> verb_after_nouns("民间资本推介优质项目"), verb_after_nouns("全国人大常委会")
    (True, False)
    """
    at = 0
    while at < min(len(text), OWNER_MAX):  # (bounded: a subject's opening words)
        word, tag = opening_word(text[at:])
        if not word or not tag.startswith("n"):
            return tag == "v" and at > 0
        at += len(word)
    return False


#: A written year after a framing verb (规定1959年的社会商品零售总额).
FRAMING_YEAR = re.compile(r"(?:19|20)\d{2}年")


def framing_lead(subject: str, rules: Rules) -> str:
    """The framing clause opening ``subject`` (``subject_framing_lead`` in the rules): at most
    ``agent_max`` characters (who or when), a framing verb standing as a dictionary word of its
    own, then 了, a year or a time word and 的 optionally, when the rest opens with a word tagged
    as in ``rest_tags`` (a noun phrase: what is measured), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> framing_lead("国家预算规定社会文教事业支出", load_rules())
    '国家预算规定'
    >>> framing_lead("规定1959年的社会商品零售总额", load_rules())
    '规定1959年的'
    >>> framing_lead("营养改善计划惠及农村学生", load_rules()), framing_lead("计划生育率", load_rules())
    ('', '')
    >>> framing_lead("年度计划投资", load_rules())
    ''
    """
    for verb in rules.framing_verbs:
        at = subject.find(verb, 0, rules.framing_agent_max + len(verb))
        if at < 0 or opening_word(subject[at:])[0] != verb:
            continue  # (计划生育: the verb opens a longer word)
        end = at + len(verb)
        end += subject.startswith("了", end)
        year = FRAMING_YEAR.match(subject, end)
        if year:
            end = year.end()
        else:
            word, tag = opening_word(subject[end:])
            end += len(word) if tag == "t" else 0
        end += subject.startswith("的", end)
        rest = subject[end:]
        if (
            len(rest) >= 2
            and rest not in MEASURE_NOUNS
            and opening_word(rest)[1] in rules.framing_rest_tags
        ):  # (年度计划投资: a generic measure keeps the verb that says what it is)
            return subject[:end]
    return ""


#: jieba's tags of the words of a predicate without a noun (verb, adverb, adjective,
#: preposition, conjunction, particle, idiom): 用好, 相应地增加, 全面落实.
PREDICATE_WORD_TAGS = ("v", "d", "a", "p", "c", "u", "i")


def verb_fragment(subject: str) -> bool:
    """Whether ``subject`` is a bare predicate: a verb and its adverbs, with no word of a noun
    phrase (every dictionary word tagged as in :data:`PREDICATE_WORD_TAGS`, one a verb, an
    adjective or an idiom). Before a
    figure it is the verb of a verb-object construction (动宾结构) whose object is the noun
    phrase after the figure's classifier (用好800亿元专项基金, 完成300万亩造林): that object is
    what is measured.

    >>> verb_fragment("用好"), verb_fragment("继续实施"), verb_fragment("粮食产量")
    (True, True, False)
    >>> verb_fragment("新建学校"), verb_fragment("就"), verb_fragment("")
    (False, False, False)
    """
    words = dictionary_words(subject)
    return (
        bool(words)
        and all(tag.startswith(PREDICATE_WORD_TAGS) and tag != "vn" for _, tag in words)
        and any(tag in ("v", "a", "i") for _, tag in words)
    )


def verb_tail(subject: str) -> bool:
    """Whether ``subject`` closes with a verb (jieba's tag ``v`` for the longest dictionary word it
    ends with): the words before a figure are then its verb, and the noun after it is the object.

    >>> verb_tail("坚决守住"), verb_tail("耕地面积"), verb_tail("生产")
    (True, False, False)
    """
    return closing_word(subject)[1] == "v"


#: jieba's tags of words that open no noun phrase (localizer, verb, classifier, preposition,
#: conjunction, adverb, particle, numeral, pronoun): 停留在六百吨到八百五十吨之间, 四千万亩到五千万亩.
NOT_NOUN_OPENING_TAGS = frozenset({"f", "v", "q", "p", "c", "d", "u", "m", "r"})


def opens_with_noun(phrase: str) -> bool:
    """Whether the longest dictionary word opening ``phrase`` can open a noun phrase (by its tag).

    >>> opens_with_noun("耕地红线"), opens_with_noun("之间"), opens_with_noun("到五千万亩荒地")
    (True, False, False)
    """
    word, tag = opening_word(phrase)
    return not word or tag not in NOT_NOUN_OPENING_TAGS


def toward_kept(subject: str, rules: Rules) -> bool:
    """Whether 对 opening ``subject`` is part of what is measured (``toward`` in the rules): a word
    it begins (对外, 对接) or a flow to somewhere (对非贸易额), not a beneficiary (对小微企业…).

    >>> from govreport.quantities.rules import load_rules
    >>> toward_kept("对非贸易额", load_rules()), toward_kept("对外直接投资", load_rules())
    (True, True)
    >>> toward_kept("对上消化道癌高危人群开展内镜检查", load_rules())
    False
    """
    rest = subject[1:]
    return rest.startswith(rules.toward_kept_before) or any(f in rest for f in rules.toward_flows)


@remembered_per_rules  # (asked for every row; dense texts repeat their subjects)
def _action_stage(subject: str, rules: Rules) -> str:
    """The stage verb closing a subject that names an action (棚户区改造开工 -> 开工), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> _action_stage("棚户区改造开工", load_rules()), _action_stage("项目开工", load_rules())
    ('开工', '')
    """
    if not subject.endswith(rules.stage_verbs):
        return ""
    stage = next(s for s in rules.stage_verbs if subject.endswith(s))
    action = subject[: -len(stage)] if stage else ""
    return stage if action.endswith((*rules.action_endings, "建设")) else ""


#: The noun of building work closing a topic whose things a stage clause counts (保障性安居工程建设).
ACTION_NOUN = "建设"


def _stage_only(segment: str, rules: Rules) -> str:
    """The stage of a clause that holds nothing else (，基本建成 -> 建成), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> _stage_only("，基本建成", load_rules()), _stage_only("，建成住房", load_rules())
    ('建成', '')
    """
    bare = segment.strip(" ，,、；;")
    bare = bare[2:] if bare.startswith("基本") else bare
    return bare if bare in rules.stage_verbs else ""


#: The word opening a part of the whole read before (…，其中重工业完成…).
PART_OPENING = "其中"
#: The measures of a whole its parts after 其中 take (an output or value added of sectors or
#: products); not a sum's 总额 or 规模, whose parts the sets name as written (其中出口…: heldout6,
#: against heldout3; 其中中央政府拟新增…: heldout48).
PART_MEASURES = ("总产值", "增加值", "产值", "总产量", "产量", "营业收入", "利润", "播种面积")
#: The last characters of a subject that names its own measure (总值, 出口额, 产量, 收入).
MEASURE_TAIL_CHARS = "值额量入出率数比"
#: What links the next part of the same whole to the part before (…，轻工业完成…).
PART_LIST_LINKS = ("，", ",", "、")
#: 其中 and a colon or a comma right before a clause segment (户籍总人口…，其中:城镇人口…).
PART_OPENING_COLON = re.compile(r"其中[:：，,]\s*$")


def part_of_whole(part: str, whole: str, rules: Rules) -> str:
    """A part named without its measure after 其中 takes the measure closing the whole's
    subject (one of :data:`PART_MEASURES`): 总产值 …，其中重工业 -> 重工业总产值; a part with a
    measure of its own, a digit, or no such measure in the whole stays.

    >>> from govreport.quantities.rules import load_rules
    >>> part_of_whole("重工业", "总产值", load_rules()), part_of_whole("出口", "进出口总额", load_rules())
    ('重工业总产值', '出口')
    >>> part_of_whole("第一产业增加值", "地区生产总值", load_rules()), part_of_whole("税收", "财政收入", load_rules())
    ('第一产业增加值', '税收')
    """
    endings = carried_endings(rules)
    measure = next((m for m in PART_MEASURES if whole.endswith(m)), "")
    if (
        not measure
        or not 2 <= len(part) <= 8
        or part.endswith(endings)
        or part[-1] in MEASURE_TAIL_CHARS  # (国民生产总值, 出口额: a measure of its own)
        or re.search(r"[\d的]", part)
        or part == whole.removesuffix(measure)
    ):
        return part
    return part + measure


#: Verbs of carrying out the things a count names, dropped before their later stage.
THINGS_LEAD_VERBS = ("组织实施", "实施", "推进", "谋划实施", "引进", "招引")


def counted_things(subject: str, rules: Rules) -> str:
    """The things a count's subject names, without a stage opening or closing it (开工重点项目,
    重点项目开工 -> 重点项目) or 新.

    >>> from govreport.quantities.rules import load_rules
    >>> counted_things("新开工重点项目", load_rules()), counted_things("重点项目竣工", load_rules())
    ('重点项目', '重点项目')
    >>> counted_things("棚户区改造开工", load_rules())
    ''

    Nor the verb of carrying them out (组织实施亿元以上重点项目629个，竣工280个 -> 竣工亿元以上
    重点项目, session 55: a city's review of 2020 read 竣工组织实施…):

    >>> counted_things("组织实施亿元以上重点项目", load_rules())
    '亿元以上重点项目'
    """
    bare = subject.removeprefix("新").removeprefix("基本")
    stages = sorted((*rules.project_stage_verbs, *rules.stage_verbs), key=len, reverse=True)
    opening = next((v for v in stages if bare.startswith(v)), "")  # (竣工…项目 too: session 55)
    bare = bare[len(opening) :]
    carried_out = next((v for v in THINGS_LEAD_VERBS if bare.startswith(v)), "")
    if len(bare) - len(carried_out) >= 2:
        bare = bare[len(carried_out) :]
    closing = next((v for v in rules.project_stage_verbs if bare.endswith(v)), "")
    bare = (bare[: len(bare) - len(closing)] if closing else bare).removesuffix("新")
    if bare.endswith((*rules.action_endings, ACTION_NOUN)):
        return ""  # 棚户区改造开工…，基本建成…: an action's stages (see :func:`_action_stage`)
    return bare if len(bare) >= 2 else ""


def _project_stage(segment: str, rules: Rules) -> str:
    """A clause that is a project stage alone (``project_stage_verbs``), with the 新 or 基本
    written before it (，新开工 -> 新开工, 、投产 -> 投产), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> _project_stage("、投产", load_rules()), _project_stage("，投产项目", load_rules())
    ('投产', '')
    """
    return _stage_alone(segment, rules.project_stage_verbs)


def _stage_clause(segment: str, rules: Rules) -> str:
    """A clause that is a stage alone, with the 新 or 基本 written before it (，新开工 -> 新开工), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> _stage_clause("，新开工", load_rules()), _stage_clause("，新开工住房", load_rules())
    ('新开工', '')
    """
    return _stage_alone(segment, rules.stage_verbs)


def _stage_alone(segment: str, verbs: tuple[str, ...]) -> str:
    """``segment`` without its punctuation when it is one of ``verbs`` alone, with the 新 or 基本
    written before it, else "".

    >>> _stage_alone("，基本建成", ("建成",)), _stage_alone("，建成住房", ("建成",))
    ('基本建成', '')
    """
    bare = segment.strip(" ，,、；;")
    lead = "新" if bare.startswith("新") else "基本" if bare.startswith("基本") else ""
    return bare if bare[len(lead) :] in verbs else ""


@remembered_per_rules  # (asked for every row; dense texts repeat their subjects)
def _opening_stage(subject: str, rules: Rules) -> str:
    """The stage verb opening ``subject`` (with a 新 or 基本 before it) when a name follows it
    (新开工保障性安居工程 -> 新开工), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> _opening_stage("新开工保障性安居工程", load_rules()), _opening_stage("开工", load_rules())
    ('新开工', '')
    """
    lead = next((w for w in ("新", "基本") if subject.startswith(w)), "")
    stage = max(
        (v for v in rules.stage_verbs if subject.startswith(v, len(lead))), key=len, default=""
    )
    rest = subject[len(lead) + len(stage) :]
    return lead + stage if stage and len(rest) >= 2 else ""


#: Nouns of funds (money set aside for a use) that an allocation verb may follow (allocation_tail).
MONEY_FUNDS = ("投资", "资金", "预算", "经费", "支出", "补助", "补贴", "拨款")
#: Generic measure nouns that keep the verb before them (改造面积, 到位资金: the verb says what).
MEASURE_NOUNS = frozenset({"面积", "资金", "规模", "数量", "金额", "总额", "总量", "投资"})
#: A bare magnitude before a noun counts that noun (14亿人口, 5575万农村贫困人口): "magnitude".
FOLLOWED_CLASSES = ("count", "area", "length", "volume", "mass", "magnitude", "money")
#: What makes a link verb before it part of a rate's or a measure's name (化债任务完成率达120%:
#: the rate is 年度化债任务完成率, not the task itself; 实现率, 完成额, 完成量).
LINK_NOUN_ENDS = ("率", "额", "量", "程度")  # (全面小康实现程度达97.8%: session 55)
#: The nouns closing a sector (石化产业, 服务行业) and the measures of its output.
SECTOR_ENDS = (
    "产业", "行业",
    # (a kind of economy, a port, a park or firms: 飞地经济实现税收9518万元, 黄骅港完成吞吐量2.7亿吨:
    # helpers' pages of session 66, whose subjects lost the whose)
    "经济", "港", "园区", "开发区", "企业", "集团",
    # (a trade: 限额以上批发业完成销售额37.5亿元, 住宿业完成营业额1.76亿元: a zone's summary of
    # 2024, session 70)
    "批发业", "零售业", "住宿业", "餐饮业", "服务业", "制造业", "建筑业", "工业", "农业",
)  # fmt: skip
SECTOR_MEASURES = (
    "增加值", "产值", "收入", "利润", "利润总额", "营业收入", "税收", "利税", "吞吐量", "营收",
    "销售额", "营业额", "零售额",
)  # fmt: skip


def sector_measure(before: str, after: str) -> bool:
    """Whether a link verb stands between a sector and a measure of its output (石化产业实现工业
    增加值227.7亿元: a district's review of 2020, session 55): the sector keeps the measure.

    >>> sector_measure("石化产业", "工业增加值"), sector_measure("全年", "工业增加值")
    (True, False)
    """
    return before.endswith(SECTOR_ENDS) and after.endswith(SECTOR_MEASURES) and len(after) <= 8


#: The alternative joined to a link verb (达到或超过, 达到和超过, 达到或接近: session 55, a city's
#: review of 2019 named 39项 或超过目标值).
LINK_ALTERNATIVE = re.compile(r"[或和](?:超过|高于|优于|接近|基本完成|基本实现)")
#: The first of two link verbs joined, right before the second (完成或基本|完成).
LINK_FIRST_ALTERNATIVE = re.compile(r"(?:完成|实现|达到)[或和](?:基本)?$")
#: Verbs of a level reached between a subject and its figure (争取市级龙头企业达到30家): 争取
#: opening that subject is the hedge over the clause, no funds obtained.
REACHING_LINKS = ("达到", "达", "超过", "突破")
LINK_VERBS = (
    "实现",
    "完成",
    "达到",
    "提高至",
    "提高到",
    "提升至",
    "下降至",
    "降至",
    "居全",
    "居第",
    "居前",
    "居于",
    "位列",
    "位居",
    "跃居",
    "进入全",
    "排名",
    "提供",
    "受理",
)
#: (Every word opens on its own character, the lookbehinds after it: the regex engine then skips
#: ahead to the characters that open a word instead of trying every word at every position.)
#: (共同 the adverb, not the noun 共同体: 组建600个城乡学校共同体, heldout53 shanxi; 连续 opens a
#: duration: 74个国控断面水质优良比例连续3年保持100%, heldout110 chongqing.)
#: A 、 before a ranking, which opens a clause of its own (…、位列全国第6, …、规模居全国前列).
RANKING_ITEM = r"、(?=[\u4e00-\u9fff]{0,4}?(?:位列|位居|名列|跃居|稳居|居(?:全国|全省|全市|世界|前列|首位|第)))"
FOLLOW_STOP = re.compile(
    r"全部|完成|实现|进行|开展|顺利|加快|共同(?!体)|连续|获评|入选|列入|竣工|开工|投产|落地|"
    r"提升|达到|达|的|被|为|已|均|分别|实施|承接|交付|动态|累计|实际|总投资|年度|其中|"
    r"惠及|占|突破|超过|双双|进(?<![先促推引改精]进)|创|成功|正|得到|通过|作为|等|总体|基本|全面|稳定|"
    r"陆续|"
    # a verb of carrying out or an adverb of order opening the predicate (2854名志愿者实行24小时值守,
    # 3678名…人员逐一销号: a sub-district's review of 2020, session 57)
    r"实行|逐一|先后|相继|同时|入驻|预计|"
    # (or a ranking: 11项指标增速居全市前3, a county's review of 2024, session 57)
    r"(?<=[\u4e00-\u9fff]{2})(?<![位稳跃均仍])居(?=全国|全省|全市|全区|全县|前|第|首)|"
    # (or doing it together, or a total of what follows: 4条公交线路同步入驻, 12个类别共96个先进集体:
    # a zone's reviews of 2023, session 57; not 同步辐射, a kind of light source)
    r"同步(?!辐射)|共(?=[\d一二三四五六七八九十两])|超额|"
    # a gathering verb or a hedge before the next figure closing the counted things (首批10个未来
    # 产业先导区集聚产业链核心企业超150家: session 49); an 集聚区 is a place, counted whole
    r"集聚(?![区地])|聚集(?![区地])|超(?=\d)|"
    # a preposition or a choosing verb opening the predicate (2000多位专家对若干战略问题进行研究,
    # 13个粮食主产省选择部分县市开展试点: heldout116, heldout118 national; session 48)
    r"对|是|选择|选取|"
    r"纳入|建立|拉动|带动|用于|在(?<![存现实所]在)|免费|由于|由於|因为|因為|没有|尚未|未能|"
    # the time of the predicate (166个“555计划”项目全年完成投资241亿元: a county's review, session 46)
    r"全年|今年|去年|"
    # a plan's modal opening the predicate (57个项目要加快建设, 8个项目将于年内开工, 3个项目拟…;
    # the one-character modals as follow_stop reads them: MODAL_STOPS)
    r"必须|需要|[要将拟]|"
    # the building of the counted things closing the clause (5个…一体化项目建设。, 4个国家级区域
    # 医疗中心建设进展顺利): the things are counted, not their building
    r"建设$|"
    # the close of an exception frame (除建设十三个大型水库外, 除了十七个项目…以外): the counted
    # things are those excepted, not the frame's 以外 (a place outside, 海外 / 境外, stays)
    r"以外|之外|(?<![海境国省域校县市区内中对])外$|" + RANKING_ITEM + "|"
    # a 、 before a ranking (获得48枚金牌、位列全国第6, 外送24个省份、规模居全国前列: session 45): the
    # item after it is a clause of its own, not a noun of the list
    # a comparison with an earlier year (两项资金合计比一九八○年增加了一倍: heldout102 national
    # 1986): the counted things end before it
    r"(?:比|较)(?=上年|去年|上一年|同期|年初|(?:19|20)\d\d年|" + CHINESE_YEAR_TEXT + "年)"
)


#: Stages a counted noun opens with after 新 (新投产项目, 新开工项目): part of the noun.
NEW_STAGE_STOPS = frozenset({"投产", "开工", "竣工", "落地"})
#: jieba's tags of adjectives (a, an) and distinguishing words (b: 主要, 大型), which modify a noun
#: and name nothing of their own.
ADJECTIVE_TAGS = ("a", "b")


def follow_stop(phrase: str) -> int:
    """Where the noun phrase after a counted classifier ends: the first word of
    :data:`FOLLOW_STOP` after its first character, else -1. A one-character stop (创, 均, 为, 等)
    ends the phrase only as a word of its own, not as a morpheme of a two-character dictionary
    word it makes with its neighbour (创新, 均衡, 华为, 首创, 高等): the compound is part of
    the counted noun (博士创新站, 均衡发展区). The word the stop opens is read before the one it
    closes; a verb or an adverb it makes (成为, 创建, 正式) still ends the noun.

    >>> follow_stop("博士创新站")
    -1
    >>> follow_stop("优质均衡发展区")
    -1
    >>> follow_stop("企业为全省带来")
    2
    >>> follow_stop("项目成为示范")
    2
    >>> follow_stop("华为云生态企业落地")
    7
    >>> follow_stop("服务站正式启用")
    3
    >>> follow_stop("科技项目的课题")
    4
    >>> follow_stop("人民由于")
    2
    >>> follow_stop("专家对若干战略问题"), follow_stop("产业转移对接活动")
    (2, -1)
    >>> follow_stop("重要的新产品进行试制")
    6
    """
    tags = word_tags()
    for match in FOLLOW_STOP.finditer(phrase, 1):
        at = match.start()
        if at == 1 and phrase[0] == "新" and match.group() in NEW_STAGE_STOPS:
            continue  # 3920个新投产项目: the stage after 新 names the things (session 57)
        if at >= 2 and phrase[at - 1] == "新" and match.group() in NEW_STAGE_STOPS:
            return at - 1  # (20个项目新开工: 新 goes with the stage it opens)
        if match.end() - at > 1:
            return at
        if phrase[at - 1 : at + 1] in STOP_VERBS:
            return at - 1
        if phrase[at] == "的":  # the structural particle, never the end of 目的 / 标的 here
            if tags.get(phrase[:at], "")[:1] in ADJECTIVE_TAGS and phrase[at + 1 : at + 2] != "、":
                continue  # 372种重要的新产品: an adjective alone names nothing, the noun follows
            return at
        opened = phrase[at : at + 2]  # the word the stop opens is read first (石油所|创造)
        if phrase[at] in ALONE_STOPS:
            if opened in tags or phrase[at - 1 : at + 1] in tags:
                continue  # 产业转移对接活动, 绝对值: a word it makes, of any class
            return at
        if phrase[at] in MODAL_STOPS:
            if modal_opens(phrase[at - 1 : at + 1], opened, tags):
                return at
            continue
        word = opened if opened in tags else phrase[at - 1 : at + 1]
        if _noun_morpheme(word, tags):
            continue
        return at
    return -1


#: One-character prepositions that end a counted noun only as words of their own, not inside
#: any dictionary word, verbs included (2000多位专家对若干战略问题…; 产业转移对接活动 stays whole).
ALONE_STOPS = "对是"


#: One-character modals of a plan (要, 将, 拟) that end a counted noun as words of their own
#: (:func:`modal_opens`).
MODAL_STOPS = "要将拟"


def modal_opens(closed: str, opened: str, tags: dict[str, str]) -> bool:
    """Whether a modal of :data:`MODAL_STOPS` between ``closed`` (the two characters ending with
    it) and ``opened`` (the two starting with it) is a word of its own, opening the predicate: not
    the end of a dictionary word (重要, 必要, 主要), nor the start of a noun (要素, 将军) or of a verb
    of its own (要求, 要道).

    >>> tags = {"重要": "a", "要素": "n", "要求": "v", "拟于": "v"}
    >>> [modal_opens(c, o, tags) for c, o in (("目要", "要加"), ("重要", "要道"), ("素要", "要素"),
    ...     ("义要", "要求"), ("目拟", "拟于"))]
    [True, False, False, False, True]
    """
    if closed in tags:
        return False
    tag = tags.get(opened)
    return tag is None or not (_noun_morpheme(opened, tags) or (tag == "v" and opened[0] == "要"))


#: Verbs jieba tags v that the reports write as the first part of a compound noun (博士创新站,
#: 制造业创新中心, 创新政策): a one-character stop inside them opens no predicate.
ATTRIBUTIVE_VERBS = frozenset({"创新"})


#: jieba's word classes of the words that belong inside a noun phrase: nouns and names (n, nr, ns,
#: nt, nz: 首创, 华为, 修正主义) and numeral compounds (m: 一等奖), by the tag's first letter, and
#: adjectives and distinguishing words (a: 均衡, b: 高等), by the whole tag (ad is an adverb).
#: Verbs and adverbs open the predicate (创建, 正式); particles, prepositions, localizers and
#: abbreviations (的, 为了, 在内, 创投) do not continue the counted noun either.
NOUN_PHRASE_TAG_CLASSES = ("n", "m")
NOUN_PHRASE_TAGS = ("a", "b")


def _noun_morpheme(word: str, tags: dict[str, str]) -> bool:
    """Whether ``word`` is a dictionary word of a class that belongs inside a noun phrase
    (:data:`NOUN_PHRASE_TAG_CLASSES`, :data:`NOUN_PHRASE_TAGS`), or an attributive verb
    (:data:`ATTRIBUTIVE_VERBS`).

    >>> tags = {"均衡": "a", "正式": "ad", "的": "uj", "创投": "j", "华为": "nr", "创新": "v"}
    >>> [_noun_morpheme(w, tags) for w in ("均衡", "正式", "的", "创投", "华为", "创新")]
    [True, False, False, False, True, True]
    """
    tag = tags.get(word)
    if tag is None:
        return False
    return (
        word in ATTRIBUTIVE_VERBS
        or tag in NOUN_PHRASE_TAGS
        or tag.startswith(NOUN_PHRASE_TAG_CLASSES)
    )


#: Verbs a one-character stop makes with the character before it that still end a counted noun
#: (3个项目成为…, 被认为…).
STOP_VERBS = frozenset(
    {"成为", "认为", "称为", "作为", "列为", "评为", "定为", "视为", "改为", "转为"}
)


#: One clause boundary character (:data:`BOUNDARY`).
BOUNDARY_CHAR = re.compile(f"[{re.escape(BOUNDARY)}]")


#: A note in parentheses after a noun or a figure, within a sentence (工业总产值（不包括手工业产值，
#: 下同）, 机床（不包括简易机床，下同）; ASCII ones too: 2650.6亿元(不含定州,下同), a city's page of
#: 2014): its commas are no clause boundaries, the clause is the noun's. Not a bracket holding
#: figures (其中:区本级预计完成576亿元,高新区预计完成62亿元): a list of its own clauses; a year is no
#: figure there (按1952年的不变价格计算的，下同).
CLAUSE_NOTE = re.compile(
    # (the look-ahead reads no further than a note can reach: linear in a run of digits)
    r"[（(](?![^（）()\n]{0,60}?[0-9０-９]{1,60}(?![0-9０-９]|年))[^（）()。；;\n]{1,60}[）)]"
)


#: A link verb, a colon and a figure (为:33:14:53, 是：65%): the colon is no clause boundary.
LINKED_FIGURE = re.compile(r"[为是][：:]\s?[0-9０-９]")
#: A colon between digits (33:14:53): a ratio's, no clause boundary.
DIGITS_AROUND = re.compile(r"[0-9０-９][：:][0-9０-９]")


def boundary_offsets(text: str) -> list[int]:
    """The offsets of the clause boundaries (:data:`BOUNDARY`) in ``text``, in order; not the
    commas of a note in parentheses (:data:`CLAUSE_NOTE`).

    >>> boundary_offsets("增长5%，达到8%；其中")
    [4, 9]
    >>> boundary_offsets("钢材（不含废钢，下同），增长5%"), boundary_offsets("钢材(不含废钢,下同),增长5%")
    ([11], [11])

    Nor a colon between a link verb and the figure it links (三次产业结构比为:33:14:53, a
    district's 2021 report: the measure before it is the figure's):

    >>> boundary_offsets("增长7%；三次产业结构比为:33:14:53")
    [4]
    """
    notes = [(m.start(), m.end()) for m in CLAUSE_NOTE.finditer(text)]
    out, at = [], 0
    for m in BOUNDARY_CHAR.finditer(text):
        pos = m.start()
        if text[pos] in "：:" and (
            LINKED_FIGURE.match(text, pos - 1) or DIGITS_AROUND.match(text, pos - 1)
        ):
            continue
        while at < len(notes) and notes[at][1] <= pos:
            at += 1
        if at < len(notes) and notes[at][0] < pos:
            continue  # (a comma inside a note: 工业总产值（不包括手工业产值，下同），…)
        out.append(pos)
    return out


#: An adverb of time and the predicate it opens, up to its clause's end (即将竣工验收, 正在建设):
#: no noun of a count's own (:data:`FOLLOW_VERB`, :data:`ELIDED_COUNT_PREDICATE`).
ELIDED_PREDICATE = r"(?:已经|已|正在|即将|尚未|仍在)[\u4e00-\u9fff]{1,10}(?=[，,；;。：:、]|$)"
#: A verb of change right after a count (企业从1832户增加到3382户; 贫困人口由13677户49479人减至
#: 887户: a county report of 2020; 认证从45个发展到117个: a county's of 2021): no noun follows.
FOLLOW_VERB = re.compile(
    r"增加|增长|提高|提升|下降|减少|降低|上升|跃升|升至|降至|减至|增至|扩大|缩小|翻|发展到|发展至"
    # (or an adverb before one: 营商环境国际排名从46位进一步提升到31位, a city's 2020 digest)
    r"|进一步|再次|不断|逐步|稳步"
    # (or the level reached: 新增“四上企业”43家达到117家, a county's 2025 review, session 48)
    r"|达到|突破"
    # (达 alone before the figure, 全县规模以上工业企业新增50家达127家: a county's review of 2010)
    r"|达(?=[\d一二三四五六七八九十两])"
    # (or a comparison opening the growth after the count: 新认定国家高新技术企业7家同比增长133.33%,
    # a zone's review of 2018, session 50)
    r"|同比|环比|比上年|较上年|比去年|较去年"
    # (or all of them: 525户、1002人全部达到脱贫标准, a county's review of 2019, session 57)
    r"|全部(?!门)|全都"
    # (or a conjunction opening the next predicate: 稳定在万亿斤以上并逐年增加, national 2013,
    # session 55)
    r"|并(?![购联网入])|且|而且"
    # (or an adverb of time opening the predicate of things counted in the clause before: 6个…项目
    # 竣工验收，4个即将竣工验收, 其中3个已开工、2个正在建设: a sub-district's review of 2022,
    # session 57; the noun is the earlier count's, not the adverb)
    # (not one made attributive by the noun after it: 6个已摘帽县剩余贫困人口全部脱贫)
    r"|" + ELIDED_PREDICATE
)


#: The predicate of a count whose noun is the count's before, opened by an adverb of time
#: (…项目竣工验收，4个即将竣工验收; 其中3个已开工、2个正在建设), up to the clause's end.
ELIDED_COUNT_PREDICATE = re.compile(ELIDED_PREDICATE)
#: An amount is followed by what it counts only when that is a sum of money (2万亿元中央财政资金).
MONEY_NOUNS = (
    "资金", "补贴", "补助", "资本", "基金", "贷款", "债券", "专项债", "国债", "经费", "限额",
    # (vouchers handed out: 投放4000万元消费券, a city's review of 2021, session 56)
    "券", "红包",
)  # fmt: skip
#: The first of :data:`MONEY_NOUNS` in the words after an amount, the funds named.
MONEY_NOUN_IN = re.compile(f"(?:{'|'.join(MONEY_NOUNS)})(?!会)")  # (基金会: a foundation)
#: Investment after an amount is the amount invested (两年新增4万亿元投资: national 2013), unless the
#: amount bounds a class (500万元以上固定资产投资: the investment in projects of that size).
INVESTED = "投资"
CLASS_BOUNDS = ("以上", "以下")
#: Verbs of a session's attendance after its deputies were counted (应到代表254人，实到215人: news
#: pages of city and county sessions, session 56): the deputies are the ones counted.
ATTENDANCE_VERBS = frozenset({"实到", "出席", "列席", "缺席", "请假"})
DEPUTIES = "代表"
#: The words before a figure that a clause before ends with (分别增长9.4): a predicate and its
#: figure, no noun phrase (a city's news page of 2022 named 10.1% so, session 56).
FIGURE_CLAUSE_BEFORE = re.compile(r"(?:增长|下降|提高|降低|增加|减少|达到|为)[0-9０-９.．]+$")
#: A count and its classifier alone (3个): no noun phrase.
COUNT_ALONE = re.compile(r"[0-9０-９.．]+[\u4e00-\u9fff]?")
#: A clause of a rank that opens on a verb of standing and names its ranking in quotes (，位列全国
#: “省级开发区升级潜力百强”第12位): the ranking named, its indicator carried.
QUOTED_RANKING = re.compile(
    r"[，,、；;\s]*(?:位列|名列|位居|跻身|进入|入选|列|居)(?P<name>[^，,。；;“”\d]{0,6}“[^”]{2,30}”)第?"
)
#: A fund set up with an amount, right after it (500亿元设立中央预算稳定调节基金): the fund.
FUND_SET_UP = re.compile(
    r"(?:用于|专门)?(?:设立|建立|组建|成立)([^，,。；;、：:\d]{2,24}?基金)(?!会)"
)
#: How many characters may stand between two of :data:`MONEY_NOUNS` of one name (专项债务限额).
MONEY_NOUN_GAP = 2


def funds_end(words: str) -> int:
    """Where the name of the funds opening ``words`` ends: its last money noun
    (:data:`MONEY_NOUNS`) of a run, each at most :data:`MONEY_NOUN_GAP` characters after the
    one before; 0 for none.

    >>> w = "地方专项债务限额置换存量隐性债务"
    >>> w[: funds_end(w)], funds_end("设立产业")
    ('地方专项债务限额', 0)
    """
    end = 0
    for m in MONEY_NOUN_IN.finditer(words):
        if end and m.start() - end > MONEY_NOUN_GAP:
            break
        end = m.end()
    return end


#: The longest noun phrase read after a counted classifier (characters).
FOLLOW_WINDOW = 60


#: Abstract nouns after 的 that a figure qualifies without counting them (45万人以上的目标).
NOT_COUNTED = ("目标", "任务", "工作", "基础", "水平", "幅度", "速度", "增长", "规模")
#: The emphasis written after an amount, "as many as" (有六万万之多, 达五十七万元之多): no noun.
EMPHASIS_AFTER = ("之多", "之众", "之巨", "之久")
#: A mark passed closing a subject, its round amount in words (商品销售额首破万亿大关、增长11%, 地区
#: 生产总值突破千亿大关，2021年预计达1350亿元: district reviews of 2021 and 2024, session 56).
MILESTONE_PASSED_TAIL = re.compile(
    r"(?:首次|首|率先|成功)?(?:突破|跨越|跨过|迈上|跃上|站上|越过|破)"
    r"[一二两三四五六七八九十百千万亿]+元?(?:大关|台阶|关口)$"
)
#: Steps an amount reaches (迈上5万亿台阶, 突破千亿关口, 突破200万大关): no noun counted by it.
STEP_NOUNS = ("台阶", "关口", "大关")
#: Nouns right after a figure that name the step it reaches (:data:`STEP_NOUNS`), not what it
#: counts (旅客吞吐量突破200万大关, 市场主体突破10万户大关, 迈上1000万人次新台阶, 千亿级台阶): the
#: subject is what passed the mark, whatever the figure's unit.
MILESTONE = re.compile(
    rf"级?的?(?:新的|新|一个新)?(?:{'|'.join(STEP_NOUNS)})"
    # (a goal passed or approached closing its clause: 跨过千亿目标，增长13%, 向万元目标迈进, 实现
    # …扩招100万人目标。; not a count of goals, 着重对两个目标加以说明: session 44)
    r"|目标(?=[，,。；;]|迈进)"
)


#: An age bound between a count and the people counted (65岁以上, 3岁以下): it is a figure of its
#: own, the noun after it is what is counted.
AGE_BOUND = re.compile(r"\d{1,3}(?:周)?岁(?:及)?(?:以上|以下)的?")
#: The words of an age bound that close the range (60岁以上人口, 3岁以下婴幼儿): inside the noun
#: phrase they name the group, they do not hedge the age.
AGE_BOUND_WORDS = ("以上", "以下")


def age_bound_in_noun(text: str, start: int) -> bool:
    """Whether the figure at ``start`` is an age bound written inside a noun phrase (a noun after
    it: 60岁以上人口, 3岁以下婴幼儿), whose 以上 / 以下 names the group and is no qualifier.

    >>> age_bound_in_noun("我国60岁以上人口已达2.5亿", 2), age_bound_in_noun("年龄在60岁以上，", 3)
    (True, False)
    """
    age = AGE_BOUND.match(text, start)
    return (
        age is not None
        and re.match(r"[\u4e00-\u9fff]", text[age.end() : age.end() + 1]) is not None
    )


#: 和/及/与 joining the next number (城市和3个县), or a digit: where a counted noun phrase ends.
#: A count written in words (二十八个, 一百零三项): a number of its own, no part of a noun before it.
CHINESE_COUNT = re.compile(r"[零〇一二两三四五六七八九十百千万]+[个座家所处项条名辆台艘架]")
#: The class of a new drug or device after its digit, a name inside the noun (8个国产1类新药).
DRUG_CLASS = r"类(?:新药|创新药|化学药|生物制品|创新医疗器械|医疗器械)"
#: (not the class of a new drug inside the noun: 8个国产1类新药, session 55)
#: (nor a voltage class naming the counted things: 6个330千伏变电站, a city's review of 2024)
NUMBER_OR_JOINED = re.compile(
    rf"[和及与](?=[\d一二三四五六七八九十两])|(?<![\d.])\d(?!{DRUG_CLASS})(?!\d*千伏)"
)
#: A list of the best named inside a counted noun (世界500强企业, 中国民营企业500强: 强 and a noun
#: after the digits).
RANK_LIST_IN_NOUN = re.compile(r"(?<=[\u4e00-\u9fff])\d{2,4}强(?=[\u4e00-\u9fff])")


#: The postposition 中 closing a counted noun (在46种主要工业产品中，…有28种…; 在1万多个合资企业中):
#: the count names a whole within which a part is counted next; the things counted are the noun
#: (not 高中, 初中, 集中, 其中).
#: (中有 too: 27个行业大类中有20个行业实现增加值正增长, a zone's review of 2021, session 57)
WITHIN_WHOLE = re.compile(r"(?<=[\u4e00-\u9fff)）”]{2})(?<![高初集其之])中(?:[，,]?有)?$")
#: 之一 closing a counted noun (成为全国首批5个国家公园之一): the count is the group's, of which
#: the subject is one; the things counted are the noun.
ONE_OF = re.compile(r"(?<=[\u4e00-\u9fff)）”]{2})之一$")
#: The field of a ranking closed by 中 before the verb of ranking (在全省91个县（市）中继续排名
#: 第一, 在全市12个区县中位居第3位: a county report of 2023): the count is the field's size,
#: the things counted end at 中.
#: The size of each of the things counted, between the count and the things (3座|35万千瓦|光热电站).
SIZE_OF_EACH = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)万?(?:千瓦|兆瓦|吨|立方米|立方公尺|千伏)级?"
    r"(?=[\u4e00-\u9fff])"
)
#: A count right after the verb of a ranking and its scope: the field the rank is taken in.
RANKED_FIELD_COUNT = re.compile(
    r"(?:居|位列|位居|名列|跃居|稳居|列)(?:全国|全省|全市|全区|全县|全州|全盟)"
    r"[\d一二三四五六七八九十百千]+[个家所座]$"
)
#: How far back from a counted noun :data:`RANKED_FIELD_COUNT` is read (characters).
RANKED_FIELD_REACH = 12
#: The place a ranking gives, after the field counted (首位, 第一, 第3位, 前列).
RANK_PLACE_GIVEN = re.compile(r"首位|第[\d一二三四五六七八九十]|前列|之首|榜首")
RANK_FIELD = re.compile(
    r"(?<=[\u4e00-\u9fff)）”])中(?=(?:继续|仍|均|稳)?(?:排名|位居|位列|名列|排在|居|列|排)第?)"
)


WITHIN_MODIFIER = re.compile(r"^在?([\u4e00-\u9fff“”]{2,16}的)$")


#: A relative clause in 的 that is the whole of a count's clause before the count, after a
#: preposition of source or place at most (据四川省试点的84个地方企业) or a word that opens an
#: example (例如), and not opening with a preposition of the main verb's object (对, 把): one 的,
#: and none of the marks of a main clause's predicate (aspect 了, copula 是, modal 要).
RELATIVE_BEFORE_COUNT = re.compile(
    r"^(?:例如|比如)?[据在]?(?![对把])([^\W\d_的了是要]{3,16}的(?:[^\W\d_的了是要]{2,8}的)?)$"
)
#: jieba's tags of a word that cannot open a relative clause read so (a conjunction, a
#: preposition, an adverb, a pronoun, a locative: 例如…的, 对…的, 其中…的, 以上讲的).
RELATIVE_NOT_OPENING = ("c", "p", "d", "r", "f")


#: A batch written before a count (首批, 第二批, 全国首批 + 5个国家公园): it belongs to the counted
#: noun (the gold's 首批国家公园, session 49).
BATCH_BEFORE_COUNT = re.compile(BATCH_WORD + "$")


def relative_before_count(bare: str, following: str, rest: str) -> str:
    """The relative clause (modifier in 的) written before a numeral-classifier phrase and its
    noun, when that noun phrase stands alone as the clause's topic or a possessor (``rest``, the
    text after the noun, opens with a clause boundary, 的 or 中). In Chinese a 的-modifier may
    stand before the numeral and classifier as well as after them (列入计划的六十五种产品 =
    六十五种列入计划的产品, "the sixty-five products listed in the plan"), and it restricts the
    counted noun either way, so it belongs to the subject (CONVENTIONS.md round 23: counted
    things named by predicate + 的 + noun). Only a clause whose words before the count are that
    modifier and nothing else, after 据 / 在 (or 例如) at most; "" otherwise.

    >>> relative_before_count("列入本届规划的", "重点工程", "，进展顺利")
    '列入本届规划的'
    >>> relative_before_count("据河南省试点的", "企业", "的统计")
    '河南省试点的'
    >>> relative_before_count("列入本届规划的", "重点工程", "全部开工")
    ''
    >>> relative_before_count("建成", "项目", "，"), relative_before_count("工业和农业是经济的", "部门", "。")
    ('', '')
    >>> relative_before_count("对全局有影响的", "项目", "，"), relative_before_count("例如在省城新建的", "医院", "，")
    ('', '省城新建的')
    """
    match = RELATIVE_BEFORE_COUNT.match(bare)
    if match is None or not following or not rest or rest[0] not in BOUNDARY + "的中":
        return ""
    if opening_word(match.group(1))[1] in RELATIVE_NOT_OPENING:
        return ""
    return match.group(1)


def within_whole_modifier(bare: str, text: str, follow_end: int) -> str:
    """The modifier written before the figure of a counted whole closed by 中 (:data:`WITHIN_WHOLE`),
    a noun phrase ending in 的 after an optional 在: it belongs to the counted noun.

    >>> within_whole_modifier("在今年建成的", "在今年建成的12个项目中，有5个…", 11)
    '今年建成的'
    >>> within_whole_modifier("建成", "建成12个项目中…", 6)
    ''
    """
    if not text.startswith("中", follow_end):
        return ""
    match = WITHIN_MODIFIER.match(bare)
    return match.group(1) if match else ""


#: A word of time in a clause's opening (not the ordinal of a list item: 七是改扩建…).
TIME_WORD = re.compile(r"年|月|季度|现在|目前|世纪")


def _lead_length(bare: str) -> int:
    """The length of the time or span opening a clause (:data:`SUBJECT_LEAD`): no more than a
    preposition is it a verb before the figure (这三年城镇共安排…人就业)."""
    lead = SUBJECT_LEAD.match(bare)
    return lead.end() if lead and TIME_WORD.search(lead.group()) else 0


def with_age_bound(subject: str, following: str, text: str, pos: int) -> str:
    """The subject of a count with the age bound written between the count and the people
    counted put back before their noun (87万名80岁以上老年人: 80岁以上老年人): the bound is part of
    the group's name (:data:`AGE_BOUND`, read apart as a figure of its own by
    :func:`_following_noun`). The noun is the longest opening of ``following`` (the words read
    after the bound) that closes ``subject``; the subject is unchanged with no bound or no noun.

    >>> with_age_bound("发放高龄津贴的老年人", "老年人发放高龄津贴", "87万名80岁以上老年人发放", 4)
    '发放高龄津贴的80岁以上老年人'
    >>> with_age_bound("老年人", "老年人", "390万老年人", 4)
    '老年人'
    """
    if text.startswith("的", pos) and not text.startswith("的", pos + 1):
        pos += 1
    age = AGE_BOUND.match(text, pos)
    if age is None:
        return subject
    head = next((n for n in range(len(following), 0, -1) if subject.endswith(following[:n])), 0)
    if not head:
        return subject
    at = len(subject) - head
    return subject[:at] + age.group().removesuffix("的") + subject[at:]


def age_bound_subject(text: str, r: Reading) -> str:
    """The subject of an age in years bounding the people named right after it (3岁以下婴幼儿 ->
    婴幼儿年龄上限; 65岁以上老年人 -> 老年人年龄下限), else "".

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "每千人拥有3岁以下婴幼儿托位数4.59个"
    >>> age_bound_subject(t, read_number(t, 5, load_rules()))
    '婴幼儿年龄上限'
    >>> t = "人均预期寿命提高到80岁以上"
    >>> age_bound_subject(t, read_number(t, 9, load_rules()))
    ''
    """
    _, below = AGE_BOUND_WORDS  # (以上 bounds from below, 以下 from above)
    if r.unit != "岁" or not text.endswith(AGE_BOUND_WORDS, 0, r.end):
        return ""
    noun = AGE_BOUNDED.match(text, r.end)
    if not noun:
        return ""
    return noun.group() + ("年龄上限" if text.endswith(below, 0, r.end) else "年龄下限")


#: The people an age bounds, right after it (婴幼儿, 老年人, 儿童, 人口: the word alone).
AGE_BOUNDED = re.compile("婴幼儿|老年人|儿童|人口|老人|幼儿|青少年|妇女|学生")


#: A gap's subject, its indicator's rate compared with a base (…增速与全国之差).
GAP_TAIL = re.compile(r"(?:年均)?(?:增速|增幅)?与[^与]+之差$")
#: A base alone as a later item of a list of gaps (高于全国1.0个百分点、全省1.9个百分点).
#: (or a place named with its rank of government: 高于西安市5.6个百分点、新区3.6个百分点, a new
#: district's review of 2020, session 57)
GAP_BASE_ITEM = re.compile(
    r"(?:全国|全省|全市|全区|全县|全州|全盟|全旗|[\u4e00-\u9fff]{0,6}[省市区县州盟旗])(?:平均水平|平均)?"
)


#: Characters no place name of such a list holds (总量在全省, 增速在全省: a ranking's field).
NO_PLACE_CHARS = "在中的量速率额值数"


def gap_list_subject(subject: str, carry: str) -> str:
    """The subject of a later gap in a list of gaps of one rate with other bases: the gap
    carried with this item's base (…增速与全国之差 + 全省 -> …增速与全省之差: a zone's review of
    2022, session 55), else "".

    >>> gap_list_subject("全省", "地区生产总值增速与全国之差")
    '地区生产总值增速与全省之差'
    >>> gap_list_subject("全省", "地区生产总值"), gap_list_subject("工业", "增速与全国之差")
    ('', '')
    >>> gap_list_subject("新区", "GDP增速与西安市之差"), gap_list_subject("总量在全省", "GDP增速与全国之差")
    ('GDP增速与新区之差', '')
    """
    if (
        not GAP_BASE_ITEM.fullmatch(subject)
        or any(ch in subject for ch in NO_PLACE_CHARS)
        or not carry.endswith("之差")
        or "与" not in carry
    ):
        return ""
    return f"{carry[: carry.rindex('与') + 1]}{subject}之差"


def gap_indicator(subject: str) -> str:
    """The indicator of a gap's subject (地区生产总值增速与全国全省之差 -> 地区生产总值), else the
    subject: a multiple written after the gap (…，高于全国5.9个百分点，是2010年的1.8倍) is one of
    the indicator's level, not of the gap.

    >>> gap_indicator("地区生产总值增速与全国全省之差"), gap_indicator("原煤产量")
    ('地区生产总值', '原煤产量')
    """
    gap = GAP_TAIL.search(subject)
    return subject[: gap.start()] if gap and gap.start() >= 2 else subject


#: A speed written before its figure in kilometres (an hour's distance: 时速350公里).
SPEED_BEFORE = re.compile(r"(?:设计|最高|运营)?时速$")


def speed_subject(text: str, r: Reading) -> str:
    """The subject of a speed written right before its figure in kilometres, a modifier naming
    the thing after it up to its verb (时速350公里的南珠高铁南玉段建成通车 -> 南珠高铁南玉段时速;
    通时速350公里高铁 -> 高铁时速), else "" (a speed reached, 时速达到400公里, is a level).

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "全部设区市通时速350公里高铁"
    >>> speed_subject(t, read_number(t, 8, load_rules()))
    '高铁时速'
    >>> t = "新建高铁350公里"
    >>> speed_subject(t, read_number(t, 4, load_rules()))
    ''
    """
    if r.unit_class != "length" or not r.unit.endswith(("公里", "千米")):
        return ""
    written = SPEED_BEFORE.search(text, max(0, r.start - 8), r.start)
    if not written:
        return ""
    noun, _ = _following_noun(text, r.end)
    verb = min((i for i in verb_starts(noun) if i >= 2), default=len(noun))
    return noun[:verb] + written.group()


def _following_noun(text: str, pos: int) -> tuple[str, int]:
    """The noun phrase right after a counted classifier (9个“白名单”项目 -> “白名单”项目)."""
    noun, end = _following_noun_in(text[pos : pos + FOLLOW_READ])
    size = SIZE_OF_EACH.match(text, pos) if not noun else None
    if size:
        # 3座35万千瓦光热电站 (gold heldout16 qinghai: 建设光热电站): the size of each thing stands
        # between the count and the things (session 55)
        sized, sized_end = _following_noun_in(text[size.end() : size.end() + FOLLOW_READ])
        if sized:
            return sized, size.end() + sized_end
    if RANKED_FIELD_COUNT.search(text, max(0, pos - RANKED_FIELD_REACH), pos):
        # 位居全省108个县(市)首位, 居全州11个省级园区第一 (county reviews of 2013 and 2025, session
        # 55): the field counted ends before the place the ranking gives
        place = RANK_PLACE_GIVEN.search(noun, 1)
        if place:
            return noun[: place.start()], pos + place.start()
    return noun, pos + end


#: A second count of the same classifier joined to a first one that has no noun (推进首批12项及
#: 第二批14项重点改革, 新建12所、改扩建14所中小学): its number, after at most a short verb or
#: batch word.
SHARED_COUNT = re.compile(r"(?:和|及|与|、|以及)[^\d，。；;,、（(“”]{0,4}?(\d+)(?![\d.])")


def shared_count_noun(text: str, pos: int, unit: str) -> str:
    """The noun after the second count of :data:`SHARED_COUNT` right at ``pos`` (the end of the
    first count) in the same ``unit``, which both counts count; "" when there is none.

    >>> shared_count_noun("12项及第二批14项重点改革。", 3, "项")
    '重点改革'
    >>> shared_count_noun("12所、改扩建14所中小学。", 3, "所")
    '中小学'
    >>> shared_count_noun("12所、改扩建14个项目。", 3, "所"), shared_count_noun("12所。", 3, "所")
    ('', '')
    """
    match = SHARED_COUNT.match(text, pos)
    if match is None or not unit or not text.startswith(unit, match.end()):
        return ""
    return _following_noun(text, match.end() + len(unit))[0]


#: The most characters :func:`_following_noun` reads from its position: 的 (1), an age bound
#: (:data:`AGE_BOUND`, at most 9) and the phrase window (:data:`FOLLOW_WINDOW`), with a margin.
FOLLOW_READ = FOLLOW_WINDOW + 20


#: A list item after 、 that is no noun of the count before: a count of its own (、近百场大型
#: 演唱会, 、2所) or a clause (、新筹建, 、居中部第一, 、补齐…短板).
NEXT_ITEM_COUNT = re.compile(r"(?:近|约|超过?|逾|上)?[\d一二两三四五六七八九十百千万]")


def next_item_cut(phrase: str) -> int:
    """Where the noun after a count ends at a 、 that opens another count or a clause (the
    sets name the first item only: 在建国际海缆、海口国际通信业务出入口局建设 -> 在建国际海缆,
    heldout62; 体育赛事、近百场大型演唱会 -> 体育赛事, heldout31); else the phrase's length.
    A 、 before a noun joins the items the count counts (中小学、幼儿园).

    >>> next_item_cut("体育赛事、近百场大型演唱会"), next_item_cut("国家先进制造业集群、居中部第")
    (4, 9)
    >>> phrase = "中小学、幼儿园"
    >>> next_item_cut(phrase) == len(phrase)
    True
    """
    at = phrase.find("、")
    while at >= 0:
        rest = phrase[at + 1 :]
        word, tag = opening_word(rest.removeprefix("新"))  # (、新筹建2所: a verb after 新)
        if NEXT_ITEM_COUNT.match(rest) or (tag.startswith("v") and tag != "vn"):
            return at
        at = phrase.find("、", at + 1)
    return len(phrase)


#: A plan's target a result is compared with, the words before its value (，比“十五”计划目标3000
#: 亿元超过1070亿元: a province's five-year review of 2006).
PLAN_TARGET_BASE = re.compile(
    r"比(?P<target>[^，,；;。比]{0,10}?(?:计划|规划)(?:目标|预期目标|指标))"
)
#: The words between a plan's target and the amount a result beat it by (超过1070亿元).
TARGET_EXCESS_WORDS = ("超过", "超额", "超", "高出", "多", "超出")


def last_list_comma(segment: str) -> int:
    """The offset of the last 、 of ``segment`` outside brackets (县(市、区) is one noun), else -1.

    >>> last_list_comma("的县(市、区)已达"), last_list_comma("亿元、总投资")
    (-1, 2)
    """
    if "(" not in segment and "（" not in segment:
        return segment.rfind("、")  # (most segments: no bracket to look inside)
    depth, found = 0, -1
    for i, ch in enumerate(segment):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth = max(0, depth - 1)
        elif ch == "、" and depth == 0:
            found = i
    return found


#: A money threshold opening the noun after a count (23个10亿元以上项目, 5个7亿元以上重大项目), or a
#: grade of money (4个50亿级项目: a district's review of 2025, session 54).
THRESHOLD_NOUN = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)[万亿]*(?:元(?:及)?(?:以上|以下)|元?级)"
)
#: An ellipsis, as web pages write it (……, ......, ···), where the noun after a count ends.
ELLIPSIS = re.compile(r"…|\.{2,}|·{2,}")


@lru_cache(maxsize=4096)  # (one call per counted row; dense texts repeat what follows a count)
def _following_noun_in(text: str, pos: int = 0) -> tuple[str, int]:
    """:func:`_following_noun` on the characters it reads (``text`` from the position on)."""
    if text.startswith("的", pos) and text.startswith(NOT_COUNTED, pos + 1):
        return "", pos  # 45万人以上的目标, 50万人的工作: no noun counted
    if MILESTONE.match(text, pos):
        return "", pos  # 200万大关: the mark passed, not a thing counted
    if text.startswith(EMPHASIS_AFTER, pos):
        return "", pos  # 全国人口有六万万之多: "as many as", no noun counted
    if text.startswith("的", pos):
        pos += 1  # 11个左右的县
    age = AGE_BOUND.match(text, pos)
    if age:
        pos = age.end()  # 390万65岁以上老年人: an age bound before the counted people
    if pos >= len(text) or text[pos] in BOUNDARY + "、和及与（(）)":
        return "", pos  # (…（全市第1）: a note's close ends it)
    limit = min(len(text), pos + FOLLOW_WINDOW)
    boundary = BOUNDARY_CHAR.search(text, pos, limit)
    phrase = text[pos : boundary.start() if boundary else limit]
    threshold = THRESHOLD_NOUN.match(phrase)
    if threshold:
        # 引进23个10亿元以上项目: the counted things named with their threshold, as the sets
        # write them (70个30亿元以上项目 -> 30亿元以上项目, heldout60 guizhou; session 53)
        noun = phrase[threshold.end() :]
        stop = follow_stop(noun)
        noun = noun[: stop if stop >= 0 else len(noun)]
        noun = NUMBER_OR_JOINED.split(noun, maxsplit=1)[0].rstrip("、和及与“")
        if len(noun) >= 2:
            return phrase[: threshold.end()] + noun, pos + threshold.end() + len(noun)
    if FOLLOW_VERB.match(phrase) or NUMBER_OR_JOINED.match(phrase):
        return "", pos  # (a number right after: the cut below leaves nothing, whatever the stop)
    stop = follow_stop(phrase)
    if stop >= 0:
        phrase = phrase[:stop]
    phrase = ELLIPSIS.split(phrase, maxsplit=1)[0]  # 60件民生实事......报告中: no noun across it
    phrase = phrase[: next_item_cut(phrase)]
    # (cut at the first digit or joined number: no piece after it holds a digit, and no 和/及/与
    # before it joins a number)
    # (and an opening quotation mark left before it: 重点产业链和“5+5”先进制造业集群); a name in
    # quotes opening the phrase is read whole, numerals and all (100个“15分钟高品质生活服务圈”)
    quoted = phrase.find("”") + 1 if phrase.startswith("“") else 0
    # (and a list of the best named inside it, 9个世界500强企业, is read whole as well)
    ranked = RANK_LIST_IN_NOUN.search(phrase, quoted)
    first = NUMBER_OR_JOINED.search(phrase, quoted)
    if ranked and first and first.start() == ranked.start():
        quoted = ranked.end()
    cut = NUMBER_OR_JOINED.split(phrase[quoted:], maxsplit=1)
    phrase = phrase[:quoted] + cut[0]
    if len(cut) > 1:
        # (an approximation before the number that cut it is the number's: 为1088家企业发放贷款近
        # 30亿元, a prefecture's review of 2020 in traditional characters, session 66)
        phrase = HEDGE_BEFORE_NUMBER.sub("", phrase)
    phrase = phrase.rstrip("、和及与“")
    counted = CHINESE_COUNT.search(phrase, 1)
    if (
        counted
        and phrase.count("“", 0, counted.start()) <= phrase.count("”", 0, counted.start())
        and not phrase.endswith("产", 0, counted.start())  # (年产一万五千辆拖拉机的: a capacity)
        # (nor a level's programme named by a round hundred: 6个市级百项技改项目)
        and not (phrase.endswith("级", 0, counted.start()) and counted.group()[:-1] in "百千万")
    ):
        # 大型矿井二十八个: the noun ends where its count in words begins (not inside a quoted
        # name: “五个一工程”)
        phrase = phrase[: counted.start()].rstrip("、和及与")
    within = WITHIN_WHOLE.search(phrase) or ONE_OF.search(phrase) or RANK_FIELD.search(phrase)
    if within:
        return phrase[: within.start()], pos + within.start()
    return phrase, pos + len(phrase)


#: Approximations written right before a number (近30亿元, 约, 超, 逾): no part of a noun before it.
APPROXIMATIONS = r"(?:将近|接近|近|约|逾|超过|超)"
HEDGE_BEFORE_NUMBER = re.compile(APPROXIMATIONS + "$")
#: An amount after a count's words, an approximation before it or not (6.83亿元, 近30亿元).
AMOUNT_AFTER = re.compile(APPROXIMATIONS + r"?\d")
#: The unit of a list of the best (百强, 500强): what follows it names the members.
RANK_LIST_UNIT = "强"
#: Places counted by their rank of government (4县, 3乡: the measure word is the counted noun).
PLACE_COUNT_UNITS = ("县", "乡", "镇", "市", "区")


def place_note_subject(text: str, end: int, unit: str) -> str:
    """:func:`place_count_subject` of places counted with a note after their word (7县(市、区)
    脱贫摘帽 -> 脱贫摘帽的县(市、区): a city's five-year review of 2020, session 55), else "".

    >>> place_note_subject("7县(市、区)脱贫摘帽，748个", 2, "县")
    '脱贫摘帽的县(市、区)'
    """
    if unit not in PLACE_COUNT_UNITS:
        return ""
    note = HEAD_NOTE.match(text, end, min(len(text), end + 12))
    if not note:
        return ""
    stop = BOUNDARY_CHAR.search(text, note.end(), min(len(text), note.end() + PREDICATE_WINDOW))
    rest = text[note.end() : stop.start() if stop else note.end()]
    return place_count_subject(unit + note.group(), "", rest) if unit == "县" or rest else ""


def place_count_subject(unit: str, following: str, after: str) -> str:
    """The subject of a count of places (镇原4县高速项目全部开工): what the clause says of them +
    的 + the place word, as the gold writes 高速项目全部开工的县 (heldout16 gansu). Only when the
    clause goes on after the place word, else ``""``.

    >>> place_count_subject("县", "高速项目", "全部开工"), place_count_subject("县", "", "")
    ('高速项目全部开工的县', '')
    >>> place_count_subject("个", "项目", "开工")
    ''
    """
    rest = (following + after).strip()
    if not unit.startswith(PLACE_COUNT_UNITS) or len(rest) < 2 or re.search(r"\d", rest):
        return ""
    return f"{rest}的{unit}"


#: A verb of honours before the name of such a list (获评全国经济百强县, 黄花镇入列中国百强镇), with
#: an adverb of the time it came (首次入围…百强区).
HONOUR_VERB = re.compile(
    r"(?:首次|再次|成功|连续[^，,、；;]{0,3}年|(?:连续)?[一二三四五六七八九十两\d]{1,3}[年届次])?"
    r"(?:获评为?|被评为|评为|荣获|入选|跻身|进入|入围|入列|列入|位列|成为|跨入|迈入)"
)
#: The standing the members of a list of the best hold, after their noun (百强区地位, 百强县行列).
RANK_MEMBER_END = re.compile(r"地位|行列|之列|位次|称号|榜单|名单")
#: The longest name of a list of the best read before its rank (characters).
RANK_LIST_NAME_MAX = 16


def rank_list_name(words: str) -> str:
    """The name of a list of the best (百强, 500强) in the words before its rank, without the verb
    of honours (:data:`HONOUR_VERB`) and with what was ranked before it kept; "" when the words
    are a clause of their own (a frame with 在, punctuation) or longer than
    :data:`RANK_LIST_NAME_MAX`.

    >>> rank_list_name("获评全国经济"), rank_list_name("黄花镇入列中国"), rank_list_name("首次入围全国投资竞争力")
    ('全国经济', '黄花镇中国', '全国投资竞争力')
    >>> rank_list_name("综合实力在全国"), rank_list_name("鑫联环保、世界"), rank_list_name("获评")
    ('', '', '')
    """
    verb = HONOUR_VERB.search(words)
    named = words[: verb.start()] + words[verb.end() :] if verb else words
    if (
        len(named) < 2
        or len(named) > RANK_LIST_NAME_MAX
        or re.search(r"[在，,、；;。：:]", named)
        or (verb is not None and 0 < verb.start() < 2)
    ):
        return ""
    return named


#: The longest predicate read after a counted noun (characters).
PREDICATE_WINDOW = 16


def predicate_subject(
    noun: str, after: str, rules: Rules, lead: str = "", general: bool = True
) -> tuple[str, int]:
    """The subject of a count whose clause closes with what happened to the counted things
    (196个“两重”项目全部开工, 4个集群获评国家先进制造业集群): the predicate, led by a verb of
    :attr:`Rules.counted_predicates`, names which ones: predicate + 的 + noun. ``after`` is the
    text after ``noun`` up to the clause's end; ``lead`` the verb alone before the count (see
    :func:`lead_verb`); ``general``: whether any predicate may be read (:func:`clause_predicate_subject`),
    not only the listed verbs; returns the subject and how many characters of ``after`` it took,
    or ``(noun, 0)``.

    >>> from govreport.quantities.rules import load_rules
    >>> predicate_subject("“两重”项目", "全部开工", load_rules())
    ('开工的“两重”项目', 4)
    >>> predicate_subject("职业本科大学获批", "", load_rules())
    ('获批的职业本科大学', 0)
    >>> predicate_subject("城市", "建立了居民最低生活保障制度", load_rules())
    ('建立居民最低生活保障制度的城市', 13)
    >>> predicate_subject("人口", "的大国实现了比较充分就业", load_rules())
    ('人口', 0)

    The object's own amount may close the clause (为5.01万名农民工追回欠薪6.83亿元): the
    predicate stops before it; a verb's own characters are no list (参与 is not 与).

    >>> predicate_subject("农民工追回欠薪", "6.83亿元", load_rules())
    ('追回欠薪的农民工', 0)
    >>> predicate_subject("企业参与“万企兴万村”行动", "", load_rules())
    ('参与“万企兴万村”行动的企业', 0)

    A 、-list of such counts ends the predicate before the next count (8个贫困县全部摘帽、871个
    贫困村全部出列: a city's five-year review of 2021, session 70):

    >>> predicate_subject("贫困县", "全部摘帽、871个贫困村全部出列", load_rules())
    ('摘帽的贫困县', 4)
    """
    after = NEXT_COUNTED_ITEM.split(after, maxsplit=1)[0]
    if len(after) > PREDICATE_WINDOW:
        return noun, 0
    listed = _listed_predicate_subject(noun, after, rules)
    if listed[0] != noun or not general:
        return listed
    return clause_predicate_subject(noun, after, rules, lead, open_head=True)


#: The next item of a 、-list of counts (、871个…).
NEXT_COUNTED_ITEM = re.compile(
    r"、(?=[\d零〇一二两三四五六七八九十百千万]+(?:\.\d+)?[万亿]?[个名家所项座条])"
)
#: jieba's tags of a noun word that may end a counted noun phrase, and of a verb word.
HEAD_NOUN_TAGS = ("n", "nz", "ng", "nt", "ns")
PREDICATE_VERB_TAGS = ("v", "vn", "vd", "vi")


def tagged_noun_end(whole: str, limit: int, modifiers: tuple[str, ...] = ()) -> int:
    """Where a counted noun phrase with no listed head ends before its predicate (``whole``: the
    noun and the rest of the clause; the end is at most ``limit``), by the words' classes
    (jieba's tags): at the first noun word of two characters or more that a verb word of two
    characters or more follows, when the clause closes with a verb word. In Chinese a modifier,
    verbs and all, precedes its noun (共享农庄: a farm that is shared), so a verb right after a
    noun opens the predicate (the subject-predicate construction, 主谓结构); a clause that closes
    with a noun or an idiom may be a noun phrase going on (城市更新项目) or a topic and its comment,
    and is not read; nor a noun with a preposition in it (由银行…: a prepositional phrase); nor a
    noun of ``modifiers``, a word that qualifies the noun after it (农村养老服务设施建设).
    Returns the end, or 0.

    >>> tagged_noun_end("市级特色农庄提档升级", 10), tagged_noun_end("物流平台退出", 6)
    (6, 4)
    >>> tagged_noun_end("小型灌区现代化改造", 9), tagged_noun_end("乡村学校联合体", 7)
    (4, 0)
    >>> tagged_noun_end("由银行提供贷款", 7), tagged_noun_end("良种育种场开展测定", 9)
    (0, 0)
    >>> tagged_noun_end("农村养老服务设施建设", 10, ("农村",))  # (not 2: 农村 | 养老)
    8
    """
    from govreport.tokens import import_posseg

    word_tags()  # (jieba loaded quietly)
    words = [(w.word, w.flag) for w in import_posseg().lcut(whole)]
    if len(words) < 2 or words[-1][1] not in PREDICATE_VERB_TAGS:
        return 0
    # (a quoted noun is a noun with its quotes: 13人“白衣战士”逆行出征 -> 逆行出征的“白衣战士”, a
    # county's review of 2020, session 68)
    words = quoted_nouns_joined(words)
    at = 0
    words.append(("", "x"))
    for i in range(len(words) - 2):
        (word, tag), (verb, next_tag), (third, third_tag) = words[i : i + 3]
        at += len(word)
        if at > limit or tag == "p":
            return 0
        if (
            tag in HEAD_NOUN_TAGS
            and len(word) >= 2
            and word not in modifiers
            and next_tag in PREDICATE_VERB_TAGS
            and len(verb) >= 2
            # (a verb and one noun or classifier character after it make a noun: 育种场, 停车场)
            and not (len(third) == 1 and third_tag[:1] in ("n", "q"))
        ):
            return at
    return 0


#: Quotation marks around a name (“白衣战士”, 「尖刀班」).
OPENING_QUOTES = ("“", "「", "‘")
CLOSING_QUOTES = ("”", "」", "’")


def quoted_nouns_joined(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The tagged words with a quoted noun (opening quote, nouns, closing quote) joined into one
    noun word.

    >>> quoted_nouns_joined([("“", "x"), ("白衣", "n"), ("战士", "n"), ("”", "x"), ("出征", "v")])
    [('“白衣战士”', 'n'), ('出征', 'v')]
    >>> quoted_nouns_joined([("“", "x"), ("出征", "v"), ("”", "x")])
    [('“', 'x'), ('出征', 'v'), ('”', 'x')]
    """
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(words):
        word = words[i][0]
        if word in OPENING_QUOTES:
            close = next(
                (j for j in range(i + 1, min(len(words), i + 8)) if words[j][0] in CLOSING_QUOTES),
                None,
            )
            inner = words[i + 1 : close] if close is not None else []
            if close is not None and inner and all(tag in HEAD_NOUN_TAGS for _, tag in inner):
                out.append(("".join(w for w, _ in words[i : close + 1]), "n"))
                i = close + 1
                continue
        out.append(words[i])
        i += 1
    return out


#: jieba's tags of words of manner alone (adjective, adverb, adverbial adjective): 稳定, 顺利.
MANNER_TAGS = frozenset({"a", "ad", "d"})


def _listed_predicate_subject(noun: str, after: str, rules: Rules) -> tuple[str, int]:
    """:func:`predicate_subject` for the verbs of :attr:`Rules.counted_predicates`."""
    if not rules.counted_predicates:
        return noun, 0
    if AMOUNT_AFTER.match(after) and not LATIN_NAME.match(after) and not re.search(r"\d", noun):
        after = ""  # 农民工追回欠薪|6.83亿元 (or |近30亿元): the object's amount, another quantity
    whole = noun + after
    match = rules.counted_predicates.search(whole, 2)
    if (
        not match
        or match.start() > len(noun)  # 人口的大国实现了…: the predicate of another noun
        or re.search(rf"\d(?!{DRUG_CLASS})", latin_names_out(whole))
        or re.search(r"[、和及与]", whole[match.end() :])
    ):
        return noun, 0
    counted = whole[: match.start()]
    verb = match.group("verb")
    predicate = verb + whole[match.end() :].removeprefix("了")  # 建立了… -> 建立…
    if len(counted) < 2 or len(predicate) > PREDICATE_WINDOW:
        return noun, 0
    if all(tag in MANNER_TAGS for _, tag in dictionary_words(counted)):
        return noun, 0  # 2125人稳定获益: an adverb before the verb, no noun counted (session 49)
    return predicate + "的" + counted, len(after)


def owned_measure_owner(noun: str, after: str, rules: Rules) -> str:
    """The counted noun of a count whose words go on to a measure the counted things own, with
    its amount right after (75家县级以上农业龙头企业年销售收入18.4亿元): the noun up to its last
    head of :attr:`Rules.counted_head_pattern` (县级以上农业龙头企业); the amount is their measure,
    no predicate of theirs (not 年销售收入的…企业). "" when no amount follows, no head is read
    before the measure, or the words do not close with one of :data:`OWNED_MEASURES`.

    >>> from govreport.quantities.rules import load_rules
    >>> owned_measure_owner("县级以上农业龙头企业年销售收入", "18.4亿元", load_rules())
    '县级以上农业龙头企业'
    >>> owned_measure_owner("企业年销售收入", "", load_rules())
    ''
    """
    pattern = rules.counted_head_pattern
    # (分别 before the amounts: 两个开发区主营业务收入分别超过1500亿元和500亿元, a district's
    # 2018 review, session 48)
    if pattern is None or not OWNED_AMOUNT_AFTER.match(after) or not noun.endswith(OWNED_MEASURES):
        return ""
    heads = [h for h in pattern.finditer(noun) if h.end() < len(noun)]
    if not heads or re.search(r"[，,；;。、]", noun):
        return ""
    owner = noun[: heads[-1].end()]
    return owner if len(owner) >= 2 and len(noun) - len(owner) <= OWNED_MEASURE_WORDS else ""


#: An amount right after a counted noun's measure, or after 分别 and a verb of reaching.
OWNED_AMOUNT_AFTER = re.compile(r"(?:分别|均)(?:超过|达到|达|为|突破|实现)?\d|\d")
#: The longest words of an owned measure after the counted noun (年销售收入, 实现营业收入).
OWNED_MEASURE_WORDS = 8
#: What follows a verb, not a verb an adverb opens (稳定在, 稳定于, 稳定到).
LOCATIVE_AFTER_VERB = ("在", "于", "到", "至")
#: A note in brackets of the basis a figure is computed on, right before it (下降(同口径)19.59%,
#: 增长（按可比价计算）8%: a prefecture's review of 2017, session 46).
BASIS_NOTE = re.compile(
    r"[（(](?:同口径|可比口径|按可比口径|可比价|按可比价格?计算|按现价计算|现价|下同)[）)]\s*$"
)
#: How far before a figure its basis note is looked for (characters).
BASIS_NOTE_CHARS = 12
#: The words naming the targets before the first of them, with no colon (…主要预期目标是地区生产
#: 总值…, 今年的目标为…): no part of the first target's subject.
TARGETS_LEAD = re.compile(
    r"^.*?(?:主要|发展)?(?:预期)?目标(?:是|为)(?![在以按把使要将力确])(?=[\u4e00-\u9fff]{2})"
)
#: A closing bracket of either width.
CLOSING_BRACKET = re.compile(r"[)）]")
#: A note in parentheses of either width (县（市、区）, 县(区)), as a counted head may carry one.
HEAD_NOTE = re.compile(r"[（(][^）)（(]*[）)]")


def clause_predicate_subject(
    noun: str,
    after: str,
    rules: Rules,
    lead: str = "",
    min_noun: int = 2,
    open_head: bool = False,
) -> tuple[str, int]:
    """The general form of :func:`predicate_subject`: the counted noun ends with the last head of
    :attr:`Rules.counted_head_pattern` (the things a report counts) in ``noun`` (an earlier head
    that a verb follows when the last one closes the clause as the predicate's object, see
    below), and the rest of
    the clause is its predicate: predicate + 的 + noun (a bare predicate of
    :attr:`Rules.bare_predicates` goes before the noun without 的). ``lead``, a verb alone before
    the count, opens the predicate (免除3000万名学生住宿费 -> 免除住宿费的学生). ``min_noun``:
    the fewest characters of the counted noun (one after a 的 that closes what went before it).
    ``open_head``: a noun with no listed head ends where the words' classes say
    (:func:`tagged_noun_end`: 12家市级特色农庄提档升级 -> 提档升级的市级特色农庄).

    >>> from govreport.quantities.rules import load_rules
    >>> clause_predicate_subject("山区学校添置了校车", "", load_rules())
    ('添置校车的山区学校', 0)
    >>> clause_predicate_subject("困难家庭儿童", "免费接种疫苗", load_rules())
    ('免费接种疫苗的困难家庭儿童', 6)
    >>> clause_predicate_subject("乡村学校受益", "", load_rules())
    ('受益乡村学校', 0)
    >>> clause_predicate_subject("进城务工人员学费", "", load_rules(), lead="免除")
    ('免除学费的进城务工人员', 0)
    >>> clause_predicate_subject("县（市、区）", "开展义诊活动", load_rules())
    ('开展义诊活动的县（市、区）', 6)
    >>> clause_predicate_subject("县(区)", "开展义诊活动", load_rules())[0]
    '开展义诊活动的县(区)'
    >>> clause_predicate_subject("区(县)位次前移", "", load_rules(), open_head=True)[0]
    '位次前移的区(县)'

    Not when the rest continues the noun, is only light verbs, or is a clause of time:

    >>> [clause_predicate_subject(n, "", load_rules())[0] for n in ("社区儿童活动中心",
    ...     "重点项目加快实施", "骨干项目建成后", "金融机构存款准备金率")]
    ['社区儿童活动中心', '重点项目加快实施', '骨干项目建成后', '金融机构存款准备金率']
    """
    pattern = rules.counted_head_pattern
    if pattern is None:
        return noun, 0
    cut = bool(AMOUNT_AFTER.match(after)) and not LATIN_NAME.match(after)
    if cut and not re.search(r"\d", noun):
        after = ""  # the object's own amount closes the clause: another quantity
    whole = noun + after
    plain = latin_names_out(HEAD_NOTE.sub("", whole))
    if re.search(rf"[，,；;。：:]|\d(?!{DRUG_CLASS})", plain) or _joining(plain):
        return noun, 0
    heads = [
        h
        for h in pattern.finditer(whole, 0, len(noun))
        if h.end() == len(whole) or not whole.endswith(rules.counted_modifiers, 0, h.end())
    ]  # (支持100个农村养老服务设施建设: the 村 of 农村 modifies what follows it)
    last = heads[-1] if heads else None
    closing = last is not None and last.end() == len(whole)
    if last is not None and len(heads) >= 2 and not cut and (closing or not lead):
        # 在30个县建设运营现代农事综合服务中心: the last head is in the predicate's object (it
        # closes the clause, or a word of the object follows it: 为2万名特殊困难老年人提供居家
        # 社区机构服务, heldout66 guizhou); an earlier head that a verb follows is the counted one
        # (heldout105 guizhou: 建设运营…服务中心的县). Not when the object's own amount follows
        # (8个重点县建设…基地6.2万亩): that amount would take the count's subject over
        # (…基地的重点县 6.2万亩), as the figures after a count do; nor, before a word of the
        # object, after a verb alone before the count: the object follows the counted noun, whose
        # modifier a verb may be (免除…进城务工人员随迁学生借读费)
        verbs = verb_starts(whole)
        last = next((h for h in reversed(heads[:-1]) if h.end() in verbs), last)
    if last is None and not open_head:
        return noun, 0
    end = (
        last.end()
        if last is not None
        else tagged_noun_end(whole, len(noun), rules.counted_modifiers)
    )
    if not end:
        return noun, 0
    note = HEAD_NOTE.match(whole, end)
    if note:
        end = note.end()  # 2147个县（市、区）实施…, 2个县(区)代表之一: the head's note is its own
    opened = max(whole.rfind("(", 0, end), whole.rfind("（", 0, end))
    if opened >= 0 and max(whole.find(")", opened, end), whole.find("）", opened, end)) < 0:
        # 5个区(县)位次前移: the words' classes ended the noun inside its note; the note closes it
        bracket = CLOSING_BRACKET.search(whole, end)
        if bracket is None:
            return noun, 0
        end = bracket.end()
    if end < min_noun and (last is None or last.start() > 0):
        return noun, 0  # (a head alone is a noun: 13个县被命名为… -> 被命名为…的县)
    counted, rest = whole[:end], whole[end:]
    rest = exception_frame_out(rest)
    if "、" in HEAD_NOTE.sub("", counted) or not _predicate_list(rest):
        return noun, 0
    if cut:
        # 开诊运营、居全国第|2位: the number of another figure cuts the list; its first item is
        # this count's predicate
        rest = rest.split("、")[0]
    light = _strip_light(rest, rules)
    if (
        not (_balanced(counted) and _balanced(rest))
        or not light
        or (
            # (after a light verb the noun has ended: 开展数字化改造 is no 数 'number of')
            light == rest
            and light.startswith(rules.predicate_not_openers)
            and not light.startswith(rules.predicate_openers)
        )
        or "的" in rest
        or (rest.endswith(rules.predicate_not_closers) and not ABOVE_AVERAGE.search(rest))
    ):
        return noun, 0
    adverb = next((a for a in rules.predicate_adverbs if rest.startswith(a)), "")
    if rest.startswith(LOCATIVE_AFTER_VERB, len(adverb)):
        adverb = ""  # (稳定在95%以上: the verb itself, not an adverb before one)
    rest = rest[len(adverb) :]
    rest = plan_modal_out(rest)  # 拟于年内开工 -> 开工
    rest = perfective_out(rest)  # 补助了生活费 -> 补助生活费
    if rest in rules.bare_predicates:
        return rest + counted, len(after)
    # (after an adverb two characters are a verb: 全面完成 -> 完成; so are two that are one verb
    # word alone after a listed head, 4.1亿农民参加, 100多个国家和地区展开: not after a noun the
    # words' classes ended, 8个维度回顾, 根本性转变, nor before the object's own amount)
    verb_alone = last is not None and not cut and one_verb_word(rest)
    short = 2 if lead or adverb or verb_alone else 3
    if len(rest) < short or len(rest) > PREDICATE_WINDOW:
        return noun, 0  # 劳动力资源, 高中学位: two characters after a head are a noun's end
    return lead + rest + "的" + counted, len(after)


#: A comparison with an average closing a predicate (16个市县一般预算收入增速超过全省平均水平 ->
#: …超过全省平均水平的市县: a province's review of 2009, session 55), though 水平 closes none else.
ABOVE_AVERAGE = re.compile(r"(?:超过|高于|低于|快于|慢于|优于)[^，,；;。]{0,8}平均水平$")


#: A plan's modal opening a predicate, with the time it sets (要加快建设, 将于年内开工, 拟在2027年
#: 底前建成): what the counted things are to do is named by the verb after them.
PLAN_MODAL_LEAD = re.compile(
    r"^(?:必须|需要|要|将|拟)(?:于|在)?(?:年内|年底前|年底|今年内?|明年|近期|(?:19|20)\d{2}年(?:底|内)?前?)?"
)


def plan_modal_out(predicate: str) -> str:
    """``predicate`` without the plan's modal and time opening it (:data:`PLAN_MODAL_LEAD`), when a
    verb of two characters or more is left.

    >>> plan_modal_out("拟于年内开工"), plan_modal_out("要加快建设"), plan_modal_out("要素")
    ('开工', '加快建设', '要素')
    """
    lead = PLAN_MODAL_LEAD.match(predicate)
    rest = predicate[lead.end() :] if lead else predicate
    return rest if len(rest) >= 2 else predicate


def one_verb_word(text: str) -> bool:
    """Whether ``text`` is one word that jieba tags as a verb alone (``v``: not a verbal noun, as
    试点 or 建设 may be a noun's end).

    >>> one_verb_word("参加"), one_verb_word("展开"), one_verb_word("资源"), one_verb_word("学位")
    (True, True, False, False)
    """
    from govreport.tokens import import_posseg

    word_tags()  # (jieba loaded quietly)
    words = import_posseg().lcut(text)
    return len(words) == 1 and words[0].flag == "v"


def verb_starts(text: str) -> frozenset[int]:
    """Where the verb words of two characters or more of ``text`` start (jieba's tags; the text
    is cut once).

    >>> sorted(verb_starts("重点县建设露地冬春果菜基地")), sorted(verb_starts("社区儿童活动中心"))
    ([3], [])
    """
    from govreport.tokens import import_posseg

    word_tags()  # (jieba loaded quietly)
    starts, at = set(), 0
    for word in import_posseg().lcut(text):
        if len(word.word) >= 2 and word.flag in PREDICATE_VERB_TAGS:
            starts.add(at)
        at += len(word.word)
    return frozenset(starts)


#: The words closing an exception frame (除了…以外, 除…之外): not part of what the frame excepts.
EXCEPTION_CLOSES = ("以外", "之外")


def exception_frame_out(predicate: str) -> str:
    """``predicate`` without the close of an exception frame around it (除了17个项目已经完工投入生产
    以外 -> the predicate of the excepted projects is 已经完工投入生产).

    >>> exception_frame_out("已经部分地投入生产以外"), exception_frame_out("建成投产")
    ('已经部分地投入生产', '建成投产')
    """
    for close in EXCEPTION_CLOSES:
        if predicate.endswith(close):
            return predicate[: -len(close)]
    return predicate


#: A name written in Latin letters with digits in it or before it (5G, PM2.5, 3D, A380).
LATIN_NAME = re.compile(r"\d*[A-Za-z][A-Za-z\d.]*")


def latin_names_out(text: str) -> str:
    """``text`` without its names written in Latin letters (:data:`LATIN_NAME`): the digits
    of such a name are part of it, no other figure in the clause (建成全省5G示范网络).

    >>> latin_names_out("个园区建成全省5G示范网络"), latin_names_out("PM2.5浓度下降8%")
    ('个园区建成全省示范网络', '浓度下降8%')
    """
    return LATIN_NAME.sub("", text)


#: Characters that join two nouns or predicates (a list, not one predicate).
JOINING_CHARS = "和及与或"


def _joining(text: str) -> bool:
    """Whether ``text`` holds a joining word (:data:`JOINING_CHARS`): not one that is a character
    of a two-character dictionary word of another word class (普及, 参与, 涉及, 和谐: jieba's tag).

    >>> [_joining(t) for t in ("县普及了小学教育", "企业参与行动", "干部和群众", "以及")]
    [False, False, True, True]
    """
    tags = word_tags()
    for i, char in enumerate(text):
        if char not in JOINING_CHARS:
            continue
        words = (text[i - 1 : i + 1] if i else "", text[i : i + 2])
        if not any(tags.get(w, "c") != "c" for w in words if len(w) == 2):
            return True
    return False


def _predicate_list(rest: str) -> bool:
    """Whether ``rest`` is one predicate or a 、-list of predicates of two characters or more
    (竣工运营、投产达效), not a list of counted things going on after the head (、社区).

    >>> [_predicate_list(r) for r in ("竣工运营、投产达效", "、社区", "开工", "开工、")]
    [True, False, True, False]
    """
    return all(len(piece) >= 2 for piece in rest.split("、")) or not rest


def _balanced(text: str) -> bool:
    """Whether ``text`` closes every quote and bracket it opens (细颗粒物（PM is not)."""
    return text.count("“") == text.count("”") and text.count("（") == text.count("）")


def lead_verb(before: str, rules: Rules) -> str:
    """The verb of :attr:`Rules.lead_verbs` that alone makes the clause before a count (免除
    3000万名学生住宿费 -> 免除), after an adverb or before a 了.

    >>> from govreport.quantities.rules import load_rules
    >>> [lead_verb(b, load_rules()) for b in ("免除", "又解决", "全省有", "我国")]
    ['免除', '解决', '', '']
    """
    verb = before.lstrip("共又再还").removesuffix("了")
    return verb if verb in rules.lead_verbs else ""


def _heads(text: str, rules: Rules) -> tuple[str, ...]:
    """The heads of :attr:`Rules.counted_heads` found in ``text``."""
    pattern = rules.counted_head_pattern
    return tuple(m.group() for m in pattern.finditer(text)) if pattern else ()


def _strip_light(predicate: str, rules: Rules) -> str:
    """``predicate`` without its leading light verbs (加快实施 -> '')."""
    while True:
        light = next((v for v in rules.strip_verbs if predicate.startswith(v)), "")
        if not light:
            return predicate
        predicate = predicate[len(light) :]


def _segment_start(text: str, pos: int, floor: int, bounds: Sequence[int] | None = None) -> int:
    """Start of the clause segment before ``pos``: after the last boundary, not before ``floor``.

    ``bounds``: the sorted boundary positions of ``text`` (one bisect instead of a scan per
    boundary character)."""
    if bounds is None:
        return max(floor, *(text.rfind(c, floor, pos) + 1 for c in BOUNDARY))
    i = bisect_left(bounds, pos) - 1
    return max(floor, bounds[i] + 1) if i >= 0 else floor


#: The verb of a multiple's base (等于1950年的3.6倍), opening a clause whose subject is carried.
EQUALS = ("等于", "等於")


#: Adverbs after a 等 that close a list of examples as a clause of its own (管理不当等共计浪费…,
#: 红薯、土豆等则比…): the words after them name no noun the examples are of.
EXAMPLES_THEN = ("共计", "合计", "共", "则", "也", "均", "都")


def named_examples(examples: str, noun: str) -> bool:
    """Whether the examples a 等 closes before ``noun`` are names of the things (复康路等道路,
    贵阳“青云市集”等夜间消费聚集区, G20数字经济论坛等国际会议, 山东港华燃气集团等能源类企业): quoted,
    named by a code with a number, ending as the noun does, or an item holding a place or person
    name (jieba's tags, :func:`_holds_proper_name`) with more words around it; the
    subject drops them as the text's own instances. Examples that are kinds (食品、石化、医药等
    重点产业增加值占比, 城乡低保、孤困儿童等特殊群体补贴; a place alone is a region: 东盟、非洲等
    新兴市场) say which things the measure covers and stay.

    >>> named_examples("更新改造复康路", "道路"), named_examples("打造贵阳“青云市集”", "夜间消费聚集区")
    (True, True)
    >>> named_examples("新落地山东港华燃气集团", "能源类企业")
    True
    >>> named_examples("食品、石化、医药、信息", "重点产业增加值占比")
    False
    >>> named_examples("发放城乡低保、孤困儿童", "特殊群体补贴"), named_examples("东盟、非洲", "新兴市场")
    (False, False)
    """
    items = re.split("[、，,和及与]", examples)
    noun = noun.strip("“”\"' ")
    if "“" in examples or re.search(r"[A-Za-zＡ-Ｚａ-ｚ]+[0-9０-９]", items[-1]):
        return True  # (a code with a number names one thing: G20; AED names a kind)
    if any(i and noun and i[-1] == noun[-1] for i in items):
        return True
    return any(_holds_proper_name(i) for i in items)


#: jieba's tags of a place or person name (not nt / nz: 中央财政, 锂离子 are tagged so).
PROPER_NAME_TAGS = ("ns", "nr", "nrt", "nrfg")
#: Words jieba tags as places that name a kind of place, not one place.
GENERIC_PLACES = frozenset({"城市", "城镇", "农村", "乡村", "城乡", "地区", "全国", "全省", "全市"})


#: A people named by their place (14亿多中国人, 600多万香港人): the place and 人.
PLACE_PEOPLE = re.compile(r"^([\u4e00-\u9fff]{2,4})人$")
#: Places jieba tags as one, that are no one place's people (外国人 are foreigners).
NOT_PEOPLE_PLACES = frozenset({"外国", "国外", "境外", "异地", "本地", "外地"})


def place_population(subject: str) -> str:
    """The subject of a count of a place's people written place + 人: the place's population
    (人口), as the gold writes all four such rows (heldout national 2019, 2022, 2023 中国人口 of
    14亿多中国人的饭碗; 1997 香港人口); a word that is no place stays (老年人, 残疾人, 外国人).

    >>> place_population("中国人"), place_population("香港人"), place_population("老年人")
    ('中国人口', '香港人口', '老年人')
    >>> place_population("外国人"), place_population("农民")
    ('外国人', '农民')
    """
    match = PLACE_PEOPLE.match(subject)
    if not match or match.group(1) in NOT_PEOPLE_PLACES | GENERIC_PLACES:
        return subject
    from govreport.tokens import import_posseg

    word_tags()  # (jieba loaded quietly)
    words = import_posseg().lcut(match.group(1))
    return subject + "口" if len(words) == 1 and words[0].flag == "ns" else subject


def _holds_proper_name(item: str) -> bool:
    """Whether ``item`` holds a place or person name of two or more characters with more words
    beside it (山东港华燃气集团: 山东 and a firm; 东北地区 alone is a region; 城市 is a kind).

    >>> _holds_proper_name("引进中国铁路济南局铁路物流中心"), _holds_proper_name("改造城市供排水")
    (True, False)
    """
    from govreport.tokens import import_posseg

    word_tags()  # (jieba loaded quietly)
    words = import_posseg().lcut(item)
    return len(words) >= 2 and any(
        w.flag in PROPER_NAME_TAGS and 2 <= len(w.word) < len(item) and w.word not in GENERIC_PLACES
        for w in words
    )


#: A whole's scope before a link verb, with only 共 between (全国共完成…), after the span it sums
#: over (五年全国共完成…: the span column says it). Not 累计 (全省累计完成固定资产投资… -> 固定资产投资:
#: genre sentence thirteenth-plan-cumulative).
SCOPE_TOTAL = re.compile(
    rf"(?:(?:过去)?(?:[二三四五两]|十|{ARABIC_SPAN_COUNT})年(?:来|间|中)?[，,]?)?"
    rf"({WHOLE_SCOPE.pattern})(?:共计|共|总共|一共)?"
)


@remembered_per_rules
def _subject_from_segment(segment: str, rules: Rules, rank: bool) -> tuple[str, int]:
    """Subject in a clause segment and its offset in the segment."""
    if segment.endswith(("为:", "为：", "是:", "是：")):
        segment = segment[:-1]  # 三次产业结构比为:33:14:53: the colon introduces the figure
    offset = 0
    lead = TARGETS_LEAD.match(segment) if "目标" in segment else None
    if lead:
        # 2023年河北经济社会发展主要预期目标是地区生产总值增长6%左右 (no colon after 是, a news
        # story, session 46): what the targets are opens after it
        offset, segment = lead.end(), segment[lead.end() :]
    equals = [segment.find(w) for w in EQUALS if w in segment]
    if equals:
        # 又将等于一九五三年的两倍多: what equals it is written before the verb (or is the topic,
        # carried); the words after it name the base
        segment = segment[: min(equals)]
    etc = [m.end() for m in ETC.finditer(segment)]
    if etc:
        # 更新改造复康路等道路: named examples go; kinds stay (食品、石化等重点产业增加值占比:
        # the gold keeps them in 19 of the 20 subjects the cut took them from, session 45)
        cut = etc[-1]
        if segment.startswith("地", cut) and len(segment) - cut > 2:
            cut += 1  # 上海、广州、深圳、北京等地拜访企业: 等地, and other places (session 55)
        after = segment[cut:]
        if after.strip(" 、") and (
            named_examples(segment[: cut - 1], after)
            or after.startswith(EXAMPLES_THEN)
            # (…汽车港等总投资380.7亿元的94个项目: examples of the things whose amount it is)
            or _strip_words(after, rules) in rules.bare_measures
        ):
            offset, segment = offset + cut, segment[cut:]
    best = None
    for verb in LINK_VERBS:
        index = segment.rfind(verb)
        if index < 0 or segment.startswith(LINK_NOUN_ENDS, index + len(verb)):
            continue  # (完成率: a noun, no link verb)
        # (the link ending last, the longest of those: 下降至 over the 降至 inside it, which left
        # 贫困发生率下 of 贫困发生率下降至2.32%: a city's review of 2019, session 68)
        if best is None or (index + len(verb), len(verb)) > (best[0] + len(best[1]), len(best[1])):
            best = (index, verb)
    if best and sector_measure(segment[: best[0]], segment[best[0] + len(best[1]) :]):
        # 石化产业实现工业增加值227.7亿元: the sector keeps its measure, the link verb goes
        sector = _strip_words(segment[: best[0]], rules)
        measure = segment[best[0] + len(best[1]) :]
        if sector and segment[: best[0]].endswith(sector):
            return sector + measure, offset + segment.index(sector)
    if best and _strip_words(segment[best[0] :], rules) in (
        *rules.bare_measures,
        *LINKED_ONLY_MEASURES,
    ):
        # 工程项目完成投资1.22万亿元: 完成投资 is the measure, not a link; 文化产业实现增加值240亿元:
        # the link verb goes and the industry keeps its measure (文化产业增加值)
        best = None
    if best:
        index, verb = best
        alternative = LINK_ALTERNATIVE.match(segment, index + len(verb))
        if alternative:
            verb += alternative.group()  # 达到或超过目标值39项: one link, the subject after it
        first = LINK_FIRST_ALTERNATIVE.search(segment, 0, index)
        if first:
            # 完成或基本完成23项: the link verb written first opens the pair
            index, verb = first.start(), segment[first.start() : index + len(verb)]
        written_after = segment[index + len(verb) :]
        after = _strip_words(written_after, rules)
        if TARGET_BASE.match(after) or TARGET_BASE.match(written_after.strip()):
            # 一般公共预算收入完成年初预算的102.3%; 完成年度计划的102% (stripped of 计划 it
            # would leave 年度)
            after = ""
        per_unit = re.match(r"每|人均|平均", after)
        # (实现人均国内生产总值比1980年翻两番: nothing before the link verb, the per-head indicator
        # after it is the subject; Guizhou 2003, session 48)
        bare_before = _strip_words(segment[:index], rules) in ("", *LINK_ADVERBS)
        if after and not rank and (not per_unit or bare_before):
            scope = SCOPE_TOTAL.fullmatch(segment[:index].strip(" ，,"))
            if scope:
                # 全国共完成技术改造投资…: the whole's amount (全国 stays, CONVENTIONS round 21;
                # not 全国率先实现…, first in the country)
                return scope.group(1) + after, offset + segment.index(scope.group(1))
            # (where the words after the link verb read as written: 实现并超过2018年年初提出的当年
            # …目标 strips to words the segment does not hold in one piece, a province's review of
            # 2018, session 70, which raised here)
            at = segment.find(after, index)
            return after, offset + (at if at >= 0 else index + len(verb))
        segment = segment[:index]
    subject = _strip_words(segment, rules)
    if TARGET_BASE.match(subject):
        subject = ""  # 为预算的101.2%: the share of a budget, the subject is carried
    if rank:
        subject = ranked_amount(subject)  # 地区生产总值总量居全省第5位
    if not subject:
        return "", offset
    return subject, offset + segment.find(subject)


SHARED_SUFFIXES = (
    "增加值", "投资", "收入", "产值", "营收", "零售额", "产量", "总额", "排放量", "排放总量", "浓度",
    "余额", "利润", "进出口", "出口", "进口",
    # (小微企业、“三农”贷款增速比…分别高…: national 2015, session 51; only to a short item, the
    # borrower's name: 城镇新增就业、新增发放创业担保贷款 are two indicators, jiangxi 2026)
    "贷款", "存款",
)  # fmt: skip
#: Shared suffixes given only to an item of at most :data:`BORROWER_CHARS` characters.
BORROWER_SUFFIXES = ("贷款", "存款")
BORROWER_CHARS = 4
#: Measures named alone as items of a list (增加值、税收和固定资产投资): no modifier of a head
#: (not 进口 and 出口, which modify one: 进口、出口通关时间).
BARE_LIST_MEASURES = frozenset(
    {
        "增加值",
        "税收",
        "利税",
        "利润",
        "营收",
        "营业收入",
        "销售收入",
        "财政收入",
        "产值",
        "工业产值",
    }
)
#: Items of a list that already name a measure (游客人次、旅游收入) take no shared head noun.
MEASURE_ENDINGS = (
    "人次", "人数", "数量", "规模", "面积", "率", "比重", "数", "额", "价", "总量", "产量", "销量", "用量",
)  # fmt: skip
#: Measures of an amount closing with 量 (旅客接待量, 货物吞吐量), not a substance's name that does
#: (化学需氧量 shares 排放量 after it).
QUANTITY_MEASURES = (
    "接待量", "吞吐量", "运量", "交易量", "成交量", "发电量", "用电量", "排放量", "业务量", "客流量",
)  # fmt: skip
#: Spending closing a list of purposes (教育、环境保护、农林水支出): every purpose's.
FUND_HEADS = ("支出", "经费", "投入", "资金")
#: 一二三产增加值: ordinals written together, each one an item (一产增加值, 二产增加值 ...).
COMPACT_ORDINALS = re.compile(r"^([一二三]{2,3})(产业?)(.*)$")  # (一二三产分别递增…: the sectors)
#: 中央财政用于科技、教育的支出: the payer, the purposes and the spending measure.
SPENT_ON = re.compile(r"^(.+?)用于(.+[、和及与].+?)的?(支出|资金|投入|经费)$")
#: The tally of events that opens a list of their measures (事故起数、死亡人数).
#: (人数 too: 游客人数和总花费分别增长10.6%、9% -> 游客总花费, heldout68 hunan.)
TALLY_MEASURES = ("起数", "次数", "件数", "人数")
#: The count that closes a list of kinds of events (刑事案件、治安案件、命案数) counts each of them.
TALLY_SUFFIX = "数"
NOT_TALLIES = ("人数", "指数", "系数", "倍数", "分数")
#: Assistance schemes whose urban half is named 城市 (城市低保, 城市特困人员), not 城镇.
CITY_SCHEMES = ("低保", "特困", "最低生活保障")
PER_OUTPUT = re.compile(r"^(?:单位(?:地区|国内)?生产总值|单位GDP|万元(?:地区生产总值|GDP))")


#: A 、-list of short items closed by 等 and the head noun they share (食品、石化等产业增加值);
#: not the 等 of 高等, 中等, 同等 ...
ETC_LIST = re.compile(
    r"([\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6})+)(?<![高中初同平对])等([\u4e00-\u9fff]{2,8})\s*$"
)

#: The longest such list read (characters before 分别).
ETC_LIST_WINDOW = 80


def etc_items(head: str) -> list[str]:
    """Items of a 分别 list written as examples closed by 等 before their shared head noun, each
    with the head (the 等 does not close a list of examples of what is counted here), else [].

    >>> etc_items("以丰补歉，食品、石化、医药、信息等产业增加值")
    ['食品产业增加值', '石化产业增加值', '医药产业增加值', '信息产业增加值']
    >>> etc_items("工业投资和技改投资"), etc_items("中、高等职业教育在校生")
    ([], [])
    """
    match = ETC_LIST.search(head[-ETC_LIST_WINDOW:])  # a window: no scan of a long head per figure
    if not match:
        return []
    return [item + match.group(2) for item in match.group(1).split("、")]


#: The last characters of a verb of change (减少, 增加, 抵减): a measure after it is the change.
CHANGE_VERB_ENDS = ("减少", "增加", "减收", "增收", "抵减", "拉低", "拉高")
#: Words of rank that open a counted class and name none of its examples (重点产业链).
CLASS_RANK_WORDS = ("重点", "主要", "主导", "优势", "骨干")


def counted_etc_items(text: str, seg_start: int, head: str, st: _State) -> list[str]:
    """Items of a 分别 list whose examples closed by 等 come before the count right before
    ``head`` or ending it (集成电路、晶硅光伏、风电装备等3条重点产业链分别增长40.3%、39.7%、38.3%): each example
    with the counted noun, without a word of rank opening it (集成电路产业链; session 55, a
    county's review of 2023 named all three 重点产业链), else [].
    """
    previous = st.previous
    if previous is None or previous.reading.unit_class != "count" or st.previous_end != seg_start:
        return []
    noun = head.strip() or previous.subject  # (the count's noun, read with it)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,10}", noun):
        return []
    before = text[max(0, previous.reading.start - ETC_LIST_WINDOW) : previous.reading.start]
    if not before.endswith("等"):
        return []
    for word in CLASS_RANK_WORDS:
        if noun.startswith(word) and len(noun) - len(word) >= 2:
            noun = noun[len(word) :]
            break
    return etc_items(before + noun)


def _cut_in_word(text: str, pos: int) -> bool:
    """Whether cutting ``text`` at ``pos`` splits a word: what follows the cut opens with no
    dictionary word of two characters or more, and a dictionary word of two to four characters
    runs across the cut (新一代信|息技术, 新能|源汽车, 数字经|济, 食用|菌). The shared lead or
    head of a list's items is made of whole words; a cut after a whole word (农村|居民, 排水|管网)
    or before a word the dictionary lacks (洞庭湖|还湖面积) splits none.

    >>> [_cut_in_word(t, p) for t, p in (("光电信息产业", 3), ("生物制药产值", 3),
    ...     ("乡村居民收入", 2), ("供水管网", 2), ("太湖退圩面积", 2))]
    [True, True, False, False, False]
    """
    word, _ = opening_word(text[pos:])
    if len(word) >= 2:
        return False
    tags = word_tags()
    return any(
        text[i:j] in tags
        for i in range(max(0, pos - 3), pos)
        for j in range(pos + 1, min(len(text), i + 4) + 1)
    )


def linked_measure_after(after: str, rules: Rules) -> str:
    """The measure a list's 分别 links its items to before their figures (一、二、三产业分别实现
    增加值55亿元、53亿元…: each industry's 增加值), else "".

    >>> from govreport.quantities.rules import load_rules
    >>> linked_measure_after("实现增加值", load_rules()), linked_measure_after("增长", load_rules())
    ('增加值', '')
    """
    link = rules.link_tail.search("··" + after) if rules.link_tail else None
    return link.group("measure") if link and link.start() == 2 else ""


#: The base of a comparison by 比 closing the words before 分别 (…增速比全国分别高…).
COMPARED_BY_HEAD = re.compile(r"比[^比，,；;。、]{1,16}$")


def split_enumeration(subject: str, last_joined: bool = False) -> list[str]:
    """Items of a 分别 list: split on 、 if present, else on 和/及/与; a shared head noun of the
    last item (增加值, 投资 ...) is given to the others, and the scope the first item opens with
    to the items naming none (:func:`shared_scope`). ``last_joined``: the last item of a 、-list
    holding 和 / 及 / 与 is two items (A、B和C; only when the figures say so: 租赁和商务服务业 is
    one industry).

    >>> split_enumeration("工业投资和技改投资")
    ['工业投资', '技改投资']
    >>> split_enumeration("高技术制造业、装备制造业增加值")
    ['高技术制造业增加值', '装备制造业增加值']
    >>> split_enumeration("城镇和农村居民人均可支配收入")
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> split_enumeration("中央财政用于科技、教育和文化事业的支出")
    ['中央财政科技支出', '中央财政教育支出', '中央财政文化事业支出']
    >>> split_enumeration("单位国内生产总值用水量、能耗、二氧化碳排放量")[1:]
    ['单位国内生产总值能耗', '单位国内生产总值二氧化碳排放量']
    >>> split_enumeration("一二三产增加值")
    ['一产增加值', '二产增加值', '三产增加值']
    >>> split_enumeration("老旧供热、燃气、排水管网")
    ['老旧供热管网', '老旧燃气管网', '老旧排水管网']
    >>> split_enumeration("陈旧供水、供气、污水管网")
    ['陈旧供水管网', '陈旧供气管网', '陈旧污水管网']
    >>> split_enumeration("高速公路、水利、电网投资")
    ['高速公路投资', '水利投资', '电网投资']
    >>> split_enumeration("生产安全事故起数、死亡人数")
    ['生产安全事故起数', '生产安全事故死亡人数']
    >>> split_enumeration("生产安全事故起数、死亡人数、受伤人数、直接经济损失")[1:]
    ['生产安全事故死亡人数', '生产安全事故受伤人数', '生产安全事故直接经济损失']
    >>> split_enumeration("刑事案件、治安案件、命案数")
    ['刑事案件数', '治安案件数', '命案数']
    >>> split_enumeration("刑事案件、命案起数")
    ['刑事案件起数', '命案起数']
    >>> split_enumeration("城乡低保标准")
    ['城市低保标准', '农村低保标准']
    >>> split_enumeration("快递、电信业务量"), split_enumeration("木材和水泥的产量")
    (['快递业务量', '电信业务量'], ['木材的产量', '水泥的产量'])
    >>> split_enumeration("居民医保和基本公共卫生服务经费人均财政补助标准")[0]
    '居民医保人均财政补助标准'
    >>> split_enumeration("地区生产总值和居民人均可支配收入")[0]
    '地区生产总值'

    A lead or head is shared only if cutting it off splits no word (:func:`_cut_in_word`), and
    the sector noun before a list's measure is shared with it (:func:`_sector_head`):

    >>> split_enumeration("电子信息、新能源、高端装备产业产值")
    ['电子信息产业产值', '新能源产业产值', '高端装备产业产值']
    >>> split_enumeration("钢铁、新能源汽车零部件产量")
    ['钢铁产量', '新能源汽车零部件产量']
    >>> split_enumeration("服务业、文化旅游产业增加值")
    ['服务业增加值', '文化旅游产业增加值']
    >>> split_enumeration("高技术制造业、战略性新兴产业占比")
    ['高技术制造业占比', '战略性新兴产业占比']
    >>> split_enumeration("纺织、光伏组件、轨道交通行业增加值")
    ['纺织行业增加值', '光伏组件行业增加值', '轨道交通行业增加值']
    >>> split_enumeration("销售收入、利税、利润")
    ['销售收入', '利税', '利润']
    >>> split_enumeration("小微企业、“三农”贷款"), split_enumeration("城镇新增就业、新增发放创业担保贷款")[0]
    (['小微企业贷款', '“三农”贷款'], '城镇新增就业')
    >>> split_enumeration("一产、二产和三产增加值", last_joined=True)
    ['一产增加值', '二产增加值', '三产增加值']

    An item that is only the counterpart of the first's measure (收入、支出; 出口和进口) takes the
    first's lead (:data:`COUNTERPARTS`):

    >>> split_enumeration("地方一般公共预算收入、支出")
    ['地方一般公共预算收入', '地方一般公共预算支出']
    >>> split_enumeration("规模以上工业总产值和增加值"), split_enumeration("旅游人次、收入")
    (['规模以上工业总产值', '规模以上工业增加值'], ['旅游人次', '旅游收入'])

    Ordinals before the last item share what follows its own (一、二、三产):

    >>> split_enumeration("一、二、三产"), split_enumeration("第一、二、三产业增加值")[1]
    (['一产', '二产', '三产'], '第二产业增加值')

    A paired word written with its first half cut off (存、贷款 for 存贷款) is the paired word, one
    item, which the figures split (:data:`PAIRED_COMPOUNDS`, :func:`items_for_figures`):

    >>> split_enumeration("金融机构存、贷款")
    ['金融机构存贷款']

    An item closing with a measure of its own takes no head after it:

    >>> split_enumeration("旅客接待量、旅游收入")
    ['旅客接待量', '旅游收入']

    The three sectors named together are each of them:

    >>> split_enumeration("三次产业投资")
    ['第一产业投资', '第二产业投资', '第三产业投资']
    """
    sectors = THREE_SECTORS.fullmatch(subject)
    if sectors:  # 三次产业投资分别增长21%、17%、19%: each sector's (a city's review, session 66)
        lead, head = sectors.groups()
        return [f"{lead}第{n}产业{head}" for n in "一二三"]
    if subject.count("、") == 1 and not re.search("[和及与]", subject):
        # (金融机构存、贷款 alone: a province's page of 2010; in a longer list the items around
        # the pair are read as they are: 全社会用电量和金融机构存、贷款余额)
        for written, paired in PAIRED_SPLIT.items():
            subject = subject.replace(written, paired)
    written_first = re.split("、" if "、" in subject else "[和及与]", subject)[0]
    items = shared_scope(_enumerated_items(subject, last_joined), written_first)
    ordinal = ORDINAL_ITEM.fullmatch(items[-1]) if len(items) >= 2 else None
    if ordinal and all(BARE_ORDINAL.fullmatch(i) for i in items[:-1]):
        # 一、二、三产分别增长…: the ordinals share what follows the last one (产, 产业)
        items = [i.removeprefix("第") + ordinal.group(2) for i in items[:-1]] + [items[-1]]
    if len(items) >= 2 and re.match("第[一二三]产", items[0]):
        # 第一、二、三产业增加值: the later ordinals are written without the 第 of the first
        items = [items[0]] + ["第" + i if re.match("[一二三]产", i) else i for i in items[1:]]
    as_written = re.split("、" if "、" in subject else "[和及与]", subject)
    if len(as_written) == len(items):
        # 旅客接待量、旅游收入: an item closing with a measure of its own takes no head after it
        # (旅客接待量收入: a county's review of 2021, session 56)
        items = [
            w
            if w.endswith((*QUANTITY_MEASURES, *MEASURE_ENDINGS, *ACRONYM_MEASURES))
            and i.startswith(w)
            and i != w
            else i
            for w, i in zip(as_written, items, strict=True)
        ]
    if len(items) == 2 and COUNTERPARTS.get(items[1]) and items[0].endswith(COUNTERPARTS[items[1]]):
        # 地方一般公共预算收入、支出分别完成…: the spending of the same budget
        lead = items[0][: -len(COUNTERPARTS[items[1]])]
        items = [items[0], lead + items[1]] if len(lead) >= 2 else items
    elif (
        len(items) == 2
        and items[1] in TALLY_PAIR_MEASURES
        and items[0].endswith(TALLY_PAIR_MEASURES)
    ):
        # 旅游人次、收入分别增长27.2%、48.6%: the receipts of the same tourism (a district's
        # summary of 2025, session 66)
        first = next(m for m in TALLY_PAIR_MEASURES if items[0].endswith(m))
        lead = items[0][: -len(first)] if first != items[1] else ""
        items = [items[0], lead + items[1]] if len(lead) >= 2 else items
    elif len(items) == 2 and items[1] in BARE_LIST_MEASURES:
        # 规模以上工业总产值和增加值分别增长…: the second measure of the same industry (a district's
        # review of 2022, session 66)
        first = next((m for m in OUTPUT_MEASURES if items[0].endswith(m)), "")
        lead = items[0][: -len(first)] if first and first != items[1] else ""
        items = [items[0], lead + items[1]] if len(lead) >= 2 else items
    return items


#: Measures of visits and what they bring, paired in a list (旅游人次、收入).
TALLY_PAIR_MEASURES = ("总收入", "收入", "人次", "人数")
#: Measures of an industry's output closing the first item of a pair of its measures.
OUTPUT_MEASURES = ("总产值", "产值", "增加值", "营业收入", "主营业务收入", "利润", "税收")


#: The three sectors named together before what is measured of each (三次产业投资; not their
#: structure, 三次产业结构, which is one ratio).
THREE_SECTORS = re.compile(r"([^、和及与]*?)三次产业(?!结构)([^、和及与]+)")
#: Indicators named by their Latin acronym, measures of their own (地均GDP和地均财政收入: the
#: first was 地均GDP收入, a district's review of 2012, session 57).
ACRONYM_MEASURES = ("GDP", "CPI", "PPI")
#: An item of a list that is an ordinal (一, 第二) and the rest of the last item after its own.
ORDINAL_ITEM = re.compile(r"第?([一二三])(.+)")
BARE_ORDINAL = re.compile(r"第?[一二三]")
#: Words that name two measures at once, and the two in their written order (存贷款: deposits
#: and loans; 进出口: imports and exports), split over the two figures of a 分别 list.
PAIRED_COMPOUNDS = {
    "存贷款": ("存款", "贷款"),
    "进出口": ("进口", "出口"),
    # (一般公共预算收支分别增长7.6%、5.7%: a city's review of 2019, session 63)
    "收支": ("收入", "支出"),
}
#: The paired words written with a 、 after their first character (存、贷款, 进、出口).
PAIRED_SPLIT = {f"{p[0]}、{p[1:]}": p for p in PAIRED_COMPOUNDS}
#: Measures named as a pair, each the counterpart of the other: an item that is only one of them
#: after an item closing with the other takes that item's lead (财政收入、支出; 出口、进口).
COUNTERPARTS = {
    b: a for pair in (("收入", "支出"), *PAIRED_COMPOUNDS.values()) for a, b in (pair, pair[::-1])
}


#: The scopes a list's first item may open with that the items after it share (城市建成区园林绿化
#: 覆盖率、绿地率 -> 城市建成区绿地率: heldout12 jiangxi 2026; 农村供电可靠率、自来水普及率: heldout19
#: hunan; 城镇职工基本养老保险、基本医疗保险参保人数: heldout48 national 2009), longest first: the
#: territory or the people an indicator is taken over, not a sector or a thing.
LIST_SCOPES = (
    "城市建成区", "城镇职工", "城镇居民", "农村居民", "城乡居民", "城镇", "农村", "城市", "城乡",
    "全国", "全省", "全市", "全区", "全县",
)  # fmt: skip


def shared_scope(items: list[str], written_first: str | None = None) -> list[str]:
    """The items of a list, each after the first that opens with none of :data:`LIST_SCOPES`
    taking the scope the first opens with. The scope is a word of its own, not the opening of
    an indicator's name (城镇新增就业: :func:`scoped_indicators`), and not the whole of the first
    item as written (``written_first``, else ``items[0]``): a list of scopes (城市、县城建成区面积;
    全国和自由贸易试验区…) shares what follows them.

    >>> shared_scope(["农村供电可靠率", "自来水普及率"])
    ['农村供电可靠率', '农村自来水普及率']
    >>> shared_scope(["城镇新增就业", "新增发放创业担保贷款"])
    ['城镇新增就业', '新增发放创业担保贷款']
    >>> shared_scope(["城市建成区面积", "县城建成区面积"], written_first="城市")
    ['城市建成区面积', '县城建成区面积']
    >>> shared_scope(["城市居民人均可支配收入", "农民人均纯收入"])
    ['城市居民人均可支配收入', '农民人均纯收入']
    """
    if len(items) < 2:
        return items
    scope = next((w for w in LIST_SCOPES if items[0].startswith(w)), "")
    first = items[0] if written_first is None else written_first
    if not scope or len(items[0]) - len(scope) < 2 or len(first) <= len(scope):
        return items
    if items[0].startswith(scoped_indicators(scope)) or _cut_in_word(items[0], len(scope)):
        return items
    own = LIST_SCOPES + OWN_PEOPLE
    return [items[0]] + [s if s.startswith(own) else scope + s for s in items[1:]]


#: People an item of a list names as its own, taking no scope of the first item (城市居民人均
#: 可支配收入、农民人均纯收入: a city's 2014 report gave 城市农民人均纯收入).
OWN_PEOPLE = ("农民", "牧民", "渔民", "居民", "职工")


@cache
def scoped_indicators(scope: str) -> tuple[str, ...]:
    """The indicators of the genre vocabulary (``lexicon/genre_terms.tsv``, kind ``indicator``)
    whose name opens with ``scope`` (城镇新增就业, 城镇调查失业率): the scope is part of the name.

    >>> "城镇新增就业" in scoped_indicators("城镇")
    True
    """
    from govreport.dictionary import read_genre_terms

    terms = read_genre_terms()
    names = terms.loc[terms["kind"] == "indicator", "term"]
    return tuple(sorted(t for t in names if t.startswith(scope) and len(t) > len(scope)))


def _enumerated_items(subject: str, last_joined: bool = False) -> list[str]:
    """The items of :func:`split_enumeration` before the shared scope is given."""
    if subject.startswith("城、乡"):
        subject = "城乡" + subject[3:]  # 城、乡居民人均可支配收入: 城乡 written as two items
    use = SPENT_ON.match(subject)
    if use:
        items = re.split("[、和及与]", use.group(2))
        return [use.group(1) + item + use.group(3) for item in items if item]
    compact = COMPACT_ORDINALS.match(subject)
    if compact:
        return [d + compact.group(2) + compact.group(3) for d in compact.group(1)]
    items = [s for s in re.split("、" if "、" in subject else "[和及与]", subject) if s]
    if last_joined and "、" in subject and len(items) >= 2 and _joining(items[-1]):
        # 一产、二产和三产增加值: the last item of a 、-list joined by 和 is two items, read as
        # the 、-list 一产、二产、三产增加值 (the head shared from the last one)
        last = items[-1]
        cut = max(last.rfind(c) for c in "和及与")
        if 0 < cut < len(last) - 1:
            return _enumerated_items("、".join([*items[:-1], last[:cut], last[cut + 1 :]]))
    if len(items) >= 2 and all(s in BARE_LIST_MEASURES for s in items[:-1]):
        # 增加值、税收和固定资产投资: measures named alone share nothing with the last item
        # (a province's review of 2009, session 49)
        return items
    modifier = PER_OUTPUT.match(items[0]) if len(items) >= 2 else None
    if modifier:
        # 单位国内生产总值用水量、能耗、二氧化碳排放量: indicators per unit of output, each a
        # measure of its own; only the "per unit of output" modifier is shared
        return [items[0]] + [s if PER_OUTPUT.match(s) else modifier.group() + s for s in items[1:]]
    if len(items) >= 3 and len({len(s) for s in items[1:-1]}) == 1:
        core = len(items[1])
        measured = items[-1][core:] in SHARED_SUFFIXES  # 高速公路、水利、电网投资: sectors
        # (items that already name a measure share no head: 事故起数、死亡人数、受伤人数、经济损失)
        named = any(s.endswith(MEASURE_ENDINGS) for s in items[1:-1])
        # (not when a cut splits a word: 新一代信息技术、新能源、输变电装备产业产值)
        whole = not _cut_in_word(items[0], len(items[0]) - core)
        whole = whole and not _cut_in_word(items[-1], core)
        if len(items[0]) > core and len(items[-1]) > core and not measured and not named and whole:
            # 老旧供热、燃气、排水管网: 老旧 before the first item and 管网 after the last are shared
            lead, head = items[0][:-core], items[-1][core:]
            cores = [items[0][-core:], *items[1:-1], items[-1][:core]]
            return [lead + c + head for c in cores]
    if len(items) == 1 and subject.startswith("城乡") and len(subject) > 2:
        # 城乡居民人均可支配收入分别...; the urban half of an assistance scheme is the city's
        # (城乡低保标准分别提高 -> 城市低保标准: heldout11, 14, 15, no gold writes 城镇低保)
        town = "城市" if subject[2:].startswith(CITY_SCHEMES) else "城镇"
        return [town + subject[2:], "农村" + subject[2:]]
    if len(items) < 2:
        return items
    halves = split_word_halves(items)
    if halves:
        return halves
    tally = next((m for m in TALLY_MEASURES if items[0].endswith(m)), "")
    entity = items[0][: -len(tally)] if tally else ""
    if len(entity) >= 2:
        # 生产安全事故起数、死亡人数: the entity of the first item is that of the measures after it
        return [items[0]] + [s if s.startswith(entity) else entity + s for s in items[1:]]
    short = len(items[0])
    # (a lone character is half of a word written once: 中、高等职业教育; else the head is not
    # cut inside a word: 汽车、新能源汽车产量 shares 产量, not 源汽车产量)
    split = short >= 2 and _cut_in_word(items[-1], short)
    # (and every item before the last is a modifier of that length: 船舶、电子专用材料、航空航天…)
    parallel = all(len(s) == short for s in items[:-1])
    # (a head of three characters only when it is a measure: 快递、电信业务量)
    measured_head = items[-1].endswith(("量", *MEASURE_ENDINGS)) and len(items[-1]) >= short + 3
    if short <= 3 and (len(items[-1]) >= short + 4 or measured_head) and not split and parallel:
        # 城镇和农村居民人均可支配收入: the first items are modifiers of the last item's head
        head = items[-1][short:]
        if head.startswith(("和", "及", "与")) and not last_joined:
            # 一产、二产和三产增加值: no head opens with 和; the last item is two (A、B和C)
            return _enumerated_items(subject, last_joined=True)
        return [s + head if len(s) <= 3 else s for s in items[:-1]] + [items[-1]]
    per_head = PER_HEAD_MEASURE.search(items[-1], 2) if len(items) == 2 else None
    # (not after a measure of its own or a per-head item: 地区生产总值和居民人均可支配收入,
    # 城镇居民人均可支配收入和农村居民人均纯收入)
    own = items[0].endswith((*SHARED_SUFFIXES, *MEASURE_ENDINGS, "总值"))
    if per_head and "、" not in subject and not own and not PER_HEAD_MEASURE.search(items[0]):
        # 居民医保和基本公共卫生服务经费人均财政补助标准: the per-head measure closing the second
        # of two items joined by 和 is the first's too (heldout104 national 2021, 2022:
        # 居民医保人均财政补助标准); not in a 、-list of measures (接待游客人次、…、游客人均花费)
        head = items[-1][per_head.start() :]
        return [s + head for s in items[:-1]] + [items[-1]]
    tallied = items[-1].endswith(TALLY_SUFFIX) and not items[-1].endswith(NOT_TALLIES)
    if tallied and not any(s.endswith(MEASURE_ENDINGS) for s in items[:-1]):
        # 刑事案件、治安案件、命案数: the count closing the list counts each kind of case, by
        # its own tally word if it has one (刑事案件、命案起数 -> 刑事案件起数)
        tally = next((m for m in TALLY_MEASURES if items[-1].endswith(m)), TALLY_SUFFIX)
        return [s + tally for s in items[:-1]] + [items[-1]]
    fund = next(
        (h for h in FUND_HEADS if items[-1].endswith(h) and len(items[-1]) > len(h) + 1), ""
    )
    if fund and not any(
        s.endswith((*FUND_HEADS, *MEASURE_ENDINGS, *SHARED_SUFFIXES)) for s in items[:-1]
    ):
        # 全市教育、环境保护、农林水支出分别增长…: the spending closing the list is each purpose's
        # (a city's review of 2009, session 50)
        return [s + fund for s in items[:-1]] + [items[-1]]
    parallel_items = parallel_head(items)
    if parallel_items:
        return parallel_items
    # (a share of the measure closing the last item is every item's: 高技术制造业、战略性新兴产业
    # 增加值占比, a city's five-year review, session 48)
    share = next((t for t in SHARED_SHARE_TAILS if items[-1].endswith(t)), "")
    last = items[-1][: len(items[-1]) - len(share)]
    suffix = next((x for x in SHARED_SUFFIXES if last.endswith(x)), "")
    if share and not suffix and all(s.endswith("业") for s in [*items[:-1], last]):
        # 高技术制造业、战略性新兴产业占比: the share closing the last sector is each sector's
        # (a province's five-year review of 2022, session 53)
        return [*(s + share for s in items[:-1]), items[-1]]
    if suffix and last != suffix:  # (销售收入、利税、利润: the last is a measure of its own)
        suffix = _sector_head(last, suffix) + share
        # not to an item with a head noun of its own (规模以上工业增加值、固定资产投资)
        items = [
            s
            if s.endswith((*SHARED_SUFFIXES, *MEASURE_ENDINGS, *SHARED_SHARE_TAILS, "总值"))
            or (suffix in BORROWER_SUFFIXES and len(s.strip('“”"')) > BORROWER_CHARS)
            else s + _own_sector(s, suffix)
            for s in items
        ]
    return _shared_measure_word(items)


#: Shares written after a list's shared measure (…产业增加值占比).
SHARED_SHARE_TAILS = ("占比", "比重")


#: A measure per head closing a list's last item (…经费人均财政补助标准, …户均收入).
PER_HEAD_MEASURE = re.compile(r"(?:人均|户均)")
#: The longest ending parallel items are compared on (characters; bounded, so the search is
#: linear in the subject).
PARALLEL_ENDING_MAX = 8


def parallel_head(items: list[str]) -> list[str]:
    """Items of a list written in parallel, each closing with the same words (…及相关产业), the
    last one going on to a head: the head after those words is every item's, else [].

    >>> parallel_head(["文化及相关产业", "旅游及相关产业增加值占地区生产总值比重"])[0]
    '文化及相关产业增加值占地区生产总值比重'
    >>> parallel_head(["工业投资", "技改投资"]), parallel_head(["粮食", "棉花产量"])
    ([], [])
    """
    first, last = items[0], items[-1]
    for size in range(min(len(first) - 1, PARALLEL_ENDING_MAX), 1, -1):
        at = last.find(first[-size:], 1)
        head = last[at + size :] if at > 0 else ""
        if head and all(s.endswith(first[-size:]) for s in items[:-1]):
            return [s + head for s in items[:-1]] + [last]
    return []


def split_word_halves(items: list[str]) -> list[str]:
    """Two items whose first closes with a lone character that is half of a two-character word
    whose other half opens the second item's first word (存、贷款: 存款, 贷款): the lead before
    the character and the head after that half are shared, else [].

    >>> split_word_halves(["金融机构本外币存", "贷款余额"])
    ['金融机构本外币存款余额', '金融机构本外币贷款余额']
    >>> split_word_halves(["工业投资", "技改投资"]), split_word_halves(["地表水", "近岸海域水质"])
    ([], [])

    A lead joined to an item before it by 和 / 及 shares only what follows the join: the item
    before is one of its own (工业用电量和金融机构存、贷款余额: a prefecture's report, 2024).

    >>> split_word_halves(["工业用电量和金融机构存", "贷款余额"])
    ['工业用电量', '金融机构存款余额', '金融机构贷款余额']
    """
    if len(items) != 2 or len(items[0]) < 3 or len(items[1]) < 3:
        return []
    first, last = items
    tags = word_tags()
    word, _ = opening_word(last)
    if len(word) != 2 or first[-1] + word[1] not in tags or len(closing_word(first)[0]) != 1:
        return []  # (not a character closing a word of its own: 地表水、近岸海域)
    joins = [m.start() for m in JOIN_IN_LEAD.finditer(first, 0, len(first) - 1)]
    joins = [i for i in joins if _joining(first[max(0, i - 1) : i + 2])]
    own = [s for s in JOIN_IN_LEAD.split(first[: joins[-1]]) if s] if joins else []
    if joins:
        first = first[joins[-1] + 1 :]
    return [*own, first + last[1:], first[:-1] + last]


#: A join inside the lead of a list whose items share its words (和, 及: 工业用电量和金融机构存、
#: 贷款余额).
JOIN_IN_LEAD = re.compile("[和及]")


def listed_figures(text: str, at: int) -> int:
    """How many figures follow ``at`` (a 分别) up to the clause's end."""
    return figure_count(re.split(f"[{BOUNDARY}]", text[at : at + CLAUSE_WINDOW], maxsplit=1)[0])


#: Farm animals a report names one character each, written together (牛羊, 猪牛羊).
LIVESTOCK = "猪牛羊禽鸡鸭鹅马驴骡"


def items_for_figures(items: list[str], figures: int) -> list[str]:
    """``items`` of a 分别 list, an item joined by 和 / 及 split in two when the ``figures`` after
    the 分别 (:func:`listed_figures`) outnumber the items (学前教育毛入园率、义务教育巩固率、
    高中阶段和高等教育毛入学率分别达到93.5%、98.3%、98.5%、64.3%: heldout106 chongqing), the last
    such item first.

    >>> listed = ["义务教育巩固率", "高中阶段和高等教育毛入学率"]
    >>> items_for_figures(listed, listed_figures("分别达到98.3%、98.5%、64.3%", 0))[1:]
    ['高中阶段毛入学率', '高等教育毛入学率']
    >>> items_for_figures(listed, 2) == listed
    True

    One item whose word names two measures (存贷款, 进出口) splits into them for two figures:

    >>> items_for_figures(["金融机构存贷款余额"], 2)
    ['金融机构存款余额', '金融机构贷款余额']
    >>> items_for_figures(["一般公共预算收支"], 2)
    ['一般公共预算收入', '一般公共预算支出']
    >>> items_for_figures(["牛羊出栏"], 2)
    ['牛出栏', '羊出栏']
    """
    missing = figures - len(items)  # (figures, not years)
    if len(items) == 1 and figures >= 2 and set(items[0][:figures]) <= set(LIVESTOCK):
        # 牛羊出栏分别增长5.2%、1.9%: the animals written together, one for each figure (heldout
        # qinghai 2026: 牛出栏, 羊出栏)
        rest = items[0][figures:]
        if len(rest) >= 2 and rest[0] not in LIVESTOCK:
            return [animal + rest for animal in items[0][:figures]]
    if missing == 1 and len(items) == 1:
        paired = next((p for p in PAIRED_COMPOUNDS if p in items[0]), "")
        if paired:
            # 金融机构存贷款余额分别增长4.1%、17%: one word naming two measures, in its order
            return [items[0].replace(paired, half, 1) for half in PAIRED_COMPOUNDS[paired]]
    for i in reversed(range(len(items))):
        if missing <= 0:
            break
        if "、" in items[i] or not re.search("[和及]", items[i]):
            continue
        parts = split_enumeration(items[i])
        if len(parts) == 2:
            items = [*items[:i], *parts, *items[i + 1 :]]
            missing -= 1
    return items


#: Gross and net written before a measure word as one measure with it (毛入学率, 净利润).
GROSS_NET = ("毛", "净")


def _shared_measure_word(items: list[str]) -> list[str]:
    """Items of a list whose last item alone closes with a measure (MEASURE_ENDINGS): the
    measure word closing it (a dictionary word of two characters or more) is the measure of each
    item (乡村供水、污水处理普及率 -> 乡村供水普及率).

    >>> _shared_measure_word(["乡村供水", "污水处理普及率"])
    ['乡村供水普及率', '污水处理普及率']
    >>> _shared_measure_word(["电子信息", "有色金属", "装备制造业产业规模"])[:2]
    ['电子信息产业规模', '有色金属产业规模']
    >>> _shared_measure_word(["铁路", "公路投资"]), _shared_measure_word(["出口货值", "销售额"])
    (['铁路', '公路投资'], ['出口货值', '销售额'])
    >>> _shared_measure_word(["高中阶段", "高等教育毛入学率"])[0]
    '高中阶段毛入学率'
    >>> _shared_measure_word(["棉花", "羊毛产量"])[0]  # (羊毛 is a word: 产量 is the measure)
    '棉花产量'
    """
    if (
        len(items) < 2
        or any(s.endswith((*SHARED_SUFFIXES, *MEASURE_ENDINGS, "值")) for s in items[:-1])
        or "占" in items[-1]  # 甲、乙增加值占生产总值比重: the share is of the whole clause
    ):
        return items
    word, _ = closing_word(items[-1])
    gross = items[-1][-len(word) - 2 : -len(word)] if len(word) >= 2 else ""
    if gross[-1:] in GROSS_NET and gross not in word_tags():
        word = items[-1][-len(word) - 1 :]  # 高中阶段和高等教育毛入学率: 毛入学率 is one measure
    if len(word) < 2 or not word.endswith(MEASURE_ENDINGS) or len(word) >= len(items[-1]):
        return items
    # (电子信息、装备制造业产业规模: the sector noun before the measure is shared with it)
    head = _sector_head(items[-1], word)
    return [s + _own_sector(s, head) for s in items[:-1]] + [items[-1]]


#: Nouns naming a sector of the economy (新材料产业, 汽车行业): what an industry's measure is of.
SECTOR_NOUNS = ("产业", "行业")


def _sector_head(last: str, suffix: str) -> str:
    """The head shared by the items of a list of industries: the measure ``suffix`` closing the
    last item, with the sector noun (:data:`SECTOR_NOUNS`) before it when there is one: the
    other items are industries named without it (新材料、生物医药产业产值 -> 新材料产业产值).
    An item ending in 业 names its sector itself (制造业、数字经济核心产业增加值 ->
    制造业增加值).

    >>> _sector_head("文化旅游产业增加值", "增加值"), _sector_head("工业投资", "投资")
    ('产业增加值', '投资')
    """
    stem = last[: -len(suffix)]
    sector = next((n for n in SECTOR_NOUNS if stem.endswith(n) and len(stem) > len(n)), "")
    return sector + suffix


def _own_sector(item: str, head: str) -> str:
    """``head`` (:func:`_sector_head`) as given to ``item``: without its sector noun when the item
    ends in 业 (制造业, 服务业: a sector named already).

    >>> _own_sector("服务业", "产业增加值"), _own_sector("文化旅游", "行业营收")
    ('增加值', '行业营收')
    """
    if item.endswith("业") and head.startswith(SECTOR_NOUNS):
        return head[2:]
    return head


#: Parts of speech of a word that a one-character hedge can end without being one (节约 n, 条约 n,
#: 经过 p, 不过 c, 跨过 v, 最近 f); an adverb, a time word or an adjective ending in it is a hedge of
#: its own (大约 d, 将近 t, 几近 d, 均达 a), and jieba's name tags on such words (高达 nr, 比达 nrt)
#: are no evidence.
WORD_NOT_HEDGE_TAGS = frozenset({"n", "v", "vn", "p", "c", "f"})


#: A subject keeps a hedge's character that ends a noun (国际条约, 为国家节约: the noun is the
#: thing counted); a preposition or verb ending in it (经过, 跨过) is no part of a subject.
HEDGE_NOUN_TAGS = frozenset({"n"})
#: ... and 约 ending a verb (签约, 履约, 预约): no verb of passing or reaching ends in it, as 经过
#: and 跨过 end in 过; what was signed is counted (完成加梯签约32台 gave 加梯签, a sub-district's
#: 2024 report).
VERB_ENDING_HEDGES = {"约": frozenset({"n", "v", "vn"})}


def kept_hedge_tags(hedge: str) -> frozenset[str]:
    """The word classes of a word ending with ``hedge`` that keep it in the subject.

    >>> sorted(kept_hedge_tags("约")), sorted(kept_hedge_tags("过"))
    (['n', 'v', 'vn'], ['n'])
    """
    return VERB_ENDING_HEDGES.get(hedge, HEDGE_NOUN_TAGS)


def hedge_ends_word(text: str, pos: int, tags: frozenset[str] = WORD_NOT_HEDGE_TAGS) -> bool:
    """True when the one-character hedge right before ``pos`` is the last character of a longer
    word (a common dictionary word of two or three characters, :func:`common_words`) of a part of
    speech of ``tags`` (by default :data:`WORD_NOT_HEDGE_TAGS`, no hedge's): the hedge is read by
    word, not by character (issue 11 item 6). Two lookups per hedge: linear.

    >>> hedge_ends_word("每年可为国家节约三亿元", 8), hedge_ends_word("签订国际条约十二个", 6)
    (True, True)
    >>> hedge_ends_word("经过十年努力", 2), hedge_ends_word("新增就业约100万人", 5)
    (True, False)
    >>> hedge_ends_word("共有职工大约八百万人", 6), hedge_ends_word("资金达50亿元", 3)
    (False, False)
    """
    words = common_words()
    return any(words.get(text[pos - k : pos], "") in tags for k in (2, 3) if pos >= k)


#: Parts of speech of a word that closes with a one-character hedge and is a hedge as a whole
#: (大约 d, 将近 t): the adverb or time word is read whole, so that none of its characters is
#: left in the subject before it.
HEDGE_WORD_TAGS = frozenset({"d", "t"})


def hedge_word_start(text: str, pos: int) -> int:
    """Where the adverb or time word (:data:`HEDGE_WORD_TAGS`, a common dictionary word of two
    or three characters) that closes with the one-character hedge right before ``pos`` opens,
    else ``pos - 1`` (the hedge alone). An approximating adverb is one word (大约 'about', 将近
    'nearly'): the subject before it ends before its first character, not inside it. Two lookups
    per hedge: linear.

    >>> hedge_word_start("全省职工大约五十万人", 6), hedge_word_start("将近三年", 2)
    (4, 0)
    >>> hedge_word_start("新增就业约20万人", 5), hedge_word_start("签订国际条约十二个", 6)
    (4, 5)
    """
    words = common_words()
    for k in (3, 2):
        if pos >= k and words.get(text[pos - k : pos], "") in HEDGE_WORD_TAGS:
            return pos - k
    return pos - 1


#: A verb of reaching that is a hedge word (达到, 超过, 突破), then the aspect particle 了 and/or
#: spaces, right before a figure: 工业总产值达到了500亿元, 就业率达到 80%.
VERB_HEDGE_PARTICLE = re.compile(r"(?:达到|达|超过|突破|接近)(了?[ \u3000]*)$")
#: The longest text :data:`VERB_HEDGE_PARTICLE` needs to see.
VERB_HEDGE_PARTICLE_CHARS = 8
#: The characters one of which ends a text where :data:`VERB_HEDGE_PARTICLE` reads a particle
#: (its ``$`` also matches before a last newline).
VERB_HEDGE_LAST = frozenset("了 \u3000\n")


def _after_verb_hedge(text: str, pos: int, floor: int) -> int:
    """``pos`` moved back over a perfective 了 or spaces between a verb hedge and the figure.

    The perfective aspect particle 了 (and a stray space) stands between the verb and its object
    without changing what the verb says of the figure: 达到了500亿元 is 达到 500亿元.

    >>> _after_verb_hedge("总产值达到了500亿元", 6, 0), _after_verb_hedge("就业率达到 80%", 6, 0)
    (5, 5)
    >>> _after_verb_hedge("完成了500亿元", 3, 0)
    3
    """
    if text[pos - 1 : pos] not in VERB_HEDGE_LAST:
        # (the particle or a space ends a match, or a newline after it: most figures have none)
        return pos
    m = VERB_HEDGE_PARTICLE.search(text, max(floor, pos - VERB_HEDGE_PARTICLE_CHARS), pos)
    if m is None or not m.group(1):
        return pos
    return pos - len(m.group(1))


#: Minus signs (ASCII, U+2212, full-width) that may stand before a number.
MINUS_SIGNS = "-−－"
#: What a written minus follows: a growth or change word, a link verb, a colon, a list's
#: separator, 分别 or 均 (增长-3.5%, 增速为-2.1%, 同比：-5%, 增长-5%、-3%, 同比分别-6.2%), or the
#: 从/由 of a move (增速从-5.6%回升至10%: a district's 2025 report), or its 至/到 and a start's
#: 的 (降幅由谷底的-14.2%收窄至-11.6%: a city's 2013 report), so that a range's dash (5%-6%,
#: 1万元-2万元), which follows a figure, is never read as one.
MINUS_AFTER = re.compile(
    r"(?:增长|增速|增幅|同比|比上年|比去年|为|是|达到|降至|降到|分别|均|[从由：:、，,和至到的])$"
)


def written_minus(text: str, pos: int, floor: int) -> bool:
    """Whether a minus sign stands right before the number at ``pos`` (after ``floor``, the end
    of the figure before) and after a word that takes a signed figure (:data:`MINUS_AFTER`).

    >>> [written_minus(t, t.index("3"), 0) for t in ("增长-3.5%", "增速为−3%", "5%-3%", "编号-3")]
    [True, True, False, False]
    >>> written_minus("增长-5%、-3%", 7, 5), written_minus("同比分别-6.2%、-19.3%", 5, 0)
    (True, True)
    >>> written_minus("降幅由谷底的-14.2%收窄至-11.6%", 16, 12)
    True
    """
    return (
        pos - 1 > floor
        and text[pos - 1] in MINUS_SIGNS
        and MINUS_AFTER.search(text, max(floor, pos - 4), pos - 1) is not None
    )


def _hedges_before(text: str, pos: int, floor: int, rules: Rules) -> tuple[list[str], int]:
    """Prefix hedges right before ``pos`` (累计超过500家 -> [累计, 超过]) and the new start.

    A hedge that ends a longer word of ``not_hedges`` (努力争取) is not read.
    """
    found: list[str] = []
    pos = _after_verb_hedge(text, pos, floor)
    while pos > floor and text.endswith(rules.prefix_hedges, floor, pos):
        if rules.hedge_blockers and text.endswith(rules.hedge_blockers, 0, pos):
            break
        hedge = next(h for h in rules.prefix_hedges if text.endswith(h, floor, pos))
        if len(hedge) == 1 and hedge_ends_word(text, pos):
            break
        found.insert(0, rules.hedge_aliases.get(hedge, hedge))
        pos = max(floor, hedge_word_start(text, pos)) if len(hedge) == 1 else pos - len(hedge)
    # (至少 and 不少于 both hold 少, 大约 and 约 hold 约: the patterns run only where it is written)
    lo = max(floor, pos - MINIMUM_CHANGE_CHARS)
    if not found and text.find("少", lo, pos) >= 0 and MINIMUM_CHANGE.search(text, lo, pos):
        found = ["以上"]  # 至少增产两万件: the change at least (至少 -> 以上), its verb stays
    about = (
        APPROXIMATE_CHANGE.search(text, lo, pos)
        if not found and text.find("约", lo, pos) >= 0
        else None
    )
    if about and not hedge_ends_word(text, text.index("约", about.start()) + 1):
        found = ["约"]  # 比一九五二年大约增长百分之四十一点七, 约为一万公里: about (not 节约为…)
    if not found and text.endswith("翻", lo, pos) and NEAR_DOUBLING.search(text, lo, pos):
        found = ["近"]  # 将近翻一番, 接近翻一番: nearly doubled (a city's five-year review of 2003)
    return found, pos


#: 近 / 将近 / 接近 before the verb of a doubling right before its count (将近翻一番: a city's review
#: of 2002, session 59; heldout national 2023 十年接近翻一番 writes 近).
NEAR_DOUBLING = re.compile(r"(?:将近|接近|近)翻$")


#: 至少 / 不少于 before the verb of a change right before its amount (全国每年就可以至少增产两万件
#: 棉纱): the change is a minimum, 以上 (heldout73 national 1955, 2 rows); so is an amount before
#: 完成 (至少完成四千万亩到五千万亩荒地开垦的规划设计工作: heldout116 national 1955).
MINIMUM_CHANGE = re.compile(r"(?:至少|不少于)(?:增产|增加|提高|增长|节约|减少|完成)$")
MINIMUM_CHANGE_CHARS = 5
#: 大约 / 约 before the verb of a change right before its amount (大约增长百分之四十一点七), or before
#: a link verb (铁路总长度约为一万公里: heldout94 national 1955): about.
APPROXIMATE_CHANGE = re.compile(r"(?:大约|约)(?:增长|增加|提高|下降|降低|减少|为|是)$")


#: A rate by which a plan or its quota was exceeded, closing the clause before it (超年度计划28%,
#: 超过年度计划百分之四点一, 超过了…规定的一九五七年的指标百分之一点二): the relative excess over
#: it, a growth rate (heldout11, heldout14, heldout18 wrote growth_pct); 完成年度计划的98% (the
#: share done) does not match.
PLAN_EXCEEDED = re.compile(r"超(?:过了?)?[^，,。；;]{0,24}(?:计划|指标)的?$")


#: Products listed and summed up with 等 (小型材、线材、薄板、焊管等短线钢材): the word after 等 names
#: the product a change of output is of.
SUMMED_PRODUCTS = re.compile(
    r"(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}等[\u4e00-\u9fff]{1,4}"
)


#: 上升到, 提高至: the level reached after a growth word.
REACHED_WORDS = ("到", "至")
#: 增长不到3%: a bound on the growth (less than), no level reached.
BOUND_WORDS = ("不到",)
#: 下降为, 上升为, 提高为 (上升爲 in traditional script): 为 after a verb of rising or falling
#: names the level reached, as 到 does; not after 增长 (a rate is written 增长率为).
LEVEL_AS_WORDS = ("为", "爲")
#: Verbs of rising or falling that 为 turns into the level reached (降为 is read by its 降).
RISE_FALL_VERBS = ("上升", "下降", "提高", "提升", "降低", "回落", "降")


#: Verbs that reach a figure by themselves (达, 达到, 突破, 接近, 增至, 减至), shared by
#: :data:`REACH_VERB_BEFORE` and :data:`REACHED_COUNT`.
REACH_VERBS = r"达到?|突破|接近|增至|减至"
#: A verb of reaching right before a figure, with at most a hedge after it (达到, 增至, 增加到,
#: 达到近): :data:`REACHED_COUNT` without its verbs of merging or cutting to a number (整合为,
#: 压减到) and without a year written between; 超 / 超过 alone are not read here.
REACH_VERB_BEFORE = re.compile(
    rf"(?:{REACH_VERBS}|(?:增加|增长|提高|扩大|拓展|发展|减少)(?:到|至))"
    r"(?:了)?(?:近|约|超过)?$"
)
#: The longest text :data:`REACH_VERB_BEFORE` can match.
REACH_VERB_CHARS = 8


#: Where the figure's own phrase opens in its clause: after a comma, a list's 、 or a colon.
OWN_PHRASE_OPENERS = "，,、；;：:"


def total_reached(clause: str, subject: str, rules: Rules) -> bool:
    """True when the figure closing ``clause`` is the total its subject reached, a level, not a
    count of new units: a verb of reaching stands right before it (领事机构增至15个, 充电桩达到13万台)
    and no word of new units (新增, 新设, 建成, 培育) stands in the figure's own phrase (after the
    last comma or 、) nor in its subject (城镇新增就业人数超过6400万人, 日均新设企业增加到1万6千多户
    count the ones added). When a word of new units opens the clause before that phrase (新增上市
    公司48家、总量达122家; 新建成轨道交通线路7条、通车里程超400公里), the figure is a total only
    when its subject names one (standing_total_words: 总量): else it measures the new units.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> total_reached("驻外机构增至", "驻外机构", rules), total_reached("新增企业30家、总量达", "企业总量", rules)
    (True, True)
    >>> total_reached("新增市场主体达到", "新增市场主体", rules)
    False
    >>> total_reached("新建铁路5条、里程超", "里程", rules), total_reached("建成公园", "公园", rules)
    (False, False)
    """
    if REACH_VERB_BEFORE.search(clause[-REACH_VERB_CHARS:]) is None:
        return False
    opened = max(clause.rfind(c) for c in OWN_PHRASE_OPENERS)
    own, before = clause[opened + 1 :], clause[: max(opened, 0)]
    new = joined_words(rules, "new_words", "plan_new_words")  # (one tuple: its pattern is kept)
    if contains_any(own, new) or contains_any(subject, new):
        return False
    return not contains_any(before, new) or subject.endswith(rules.standing_total_words)


def total_of_added(subject: str, previous: str, rules: Rules) -> str:
    """A bare total (总里程, 总装机) right after an amount added to the same measure (新增高速公路
    通车里程1523公里，总里程达8667公里; 新增发电装机4178万千瓦、总装机达9157万千瓦): the total of the
    things the added amount names, without the word of new units (高速公路通车总里程, 发电总装机);
    else "".

    >>> from govreport.quantities.rules import load_rules
    >>> total_of_added("总里程", "新增高速公路通车里程", load_rules())
    '高速公路通车总里程'
    >>> total_of_added("总装机", "新增发电装机", load_rules()), total_of_added("总里程", "高速公路里程", load_rules())
    ('发电总装机', '')
    """
    measure = subject[1:]
    if not subject.startswith("总") or len(measure) < 2:
        return ""
    new = next((w for w in rules.new_subject_words if previous.startswith(w)), "")
    rest = previous[len(new) :]
    if not new or not rest.endswith(measure) or len(rest) <= len(measure):
        return ""
    return rest[: -len(measure)] + subject


def risen_to_level(segment: str, growth: int) -> bool:
    """True when the growth word ending at ``growth`` is a verb of rising or falling followed
    by 为: the figure after it is the level reached (比重将下降为15%), not the change.

    >>> risen_to_level("比重将下降为", 5), risen_to_level("一九五七年上升为", 7)
    (True, True)
    >>> risen_to_level("比重下降", 4), risen_to_level("增长为", 2)
    (False, False)
    """
    return (
        growth > 0
        and segment.startswith(LEVEL_AS_WORDS, growth)
        and segment[:growth].endswith(RISE_FALL_VERBS)
    )


def _last_word(segment: str, words: Iterable[str]) -> int:
    """Where the last of ``words`` to end in ``segment`` ends, else -1."""
    if isinstance(words, tuple):
        return last_word_end(segment, words)  # (one scan for the rules' word lists)
    return max((segment.rfind(w) + len(w) for w in words if w in segment), default=-1)


#: A clause opening on 增加 before counted things (增加了34个开放口岸, 五年内增加卫生专业人员六十万人:
#: heldout6, heldout10, heldout63 and heldout69 write count_new): the things added, not a change of
#: a measure named before the verb (职工增加六百零三万人, 比上年增加了约八百万人 stay change).
ADDED_COUNT_OPEN = re.compile(r"(?:再|又|新)?增加了?(?P<object>(?![到至])[^，,；;。]*)")
#: The verb of adding kept before counted things added (增加开放口岸).
ADDED_VERB = "增加"
#: A growth rate moving from one figure to another (地区生产总值增速从2023年的1.8%回升至6.1%, a
#: district's 2025 report: the figure reached was read as a share).
RATE_MOVED = re.compile(f"(?:{'|'.join(RATE_ENDINGS)})[从由]")
#: A comparison in a clause (比上年, 较去年, 同比): a change against a base.
COMPARED_IN = re.compile(r"比|较|同比")


def _kind(
    q: Quantity,
    segment: str,
    clause: str,
    rules: Rules,
    role: str = "",
    governing: Sequence[str] = (),
    after: str = "",
) -> str:
    """Kind of a quantity from its unit and the words of its clause (see the rules file) and
    ``after`` it (8%左右的增长目标, 3个千亿级台阶).

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> rules = load_rules()
    >>> def kind(text, at, segment, after):
    ...     q = Quantity(read_number(text, at, rules), None)  # type: ignore[arg-type]
    ...     return _kind(q, segment, segment, rules, after=after)
    >>> kind("确定4.5%左右的增长目标", 2, "确定", "左右的增长目标")
    'growth_pct'
    >>> kind("生产总值连跨3个千亿级台阶", 6, "生产总值连跨", "千亿级台阶")
    'change'
    >>> kind("总值增加到2002年的10.2万亿元", 12, "增加到2002年的", "")
    'level'
    >>> kind("能源增长不到3%", 6, "能源增长不到", "")
    'growth_pct'
    """
    r = q.reading
    if r.unit_class == "ppt":
        return "change"
    if r.unit_class == "proportion":
        return "ratio"  # 三次产业结构4.0∶37.7∶58.3
    if r.unit_class == "rank" or r.rank_prefix:
        return "rank"
    if r.unit_class == "run":
        return "other"  # 油菜产量实现“18连增”: a run, counted as 连续N年 is
    if r.unit_class in ("doubling", "digits", "zero_growth"):
        return "growth_pct"  # 翻一番, 两位数增长, 零增长
    population = q.subject.endswith(POPULATION_RATES)
    if (
        r.unit_class in ("percent", "tenth")
        and q.subject.endswith(rules.rate_subject_words)
        and not population
    ):
        # 居民消费价格涨幅回落至2.1%: the subject is a growth rate (not a rate per thousand:
        # 人口自然增长率6.45‰ is a share, as 千分之十三 is, every gold row: heldout16, 50, 76 and
        # those of 1998 and 2003; nor a population's rate in per cent, 人口自然增长率由上年的1.2％
        # 下降到1.17％, heldout national 1980, session 59)
        return "growth_pct"
    if r.unit_class in ("percent", "permille") and RATE_MOVED.search(clause) and not population:
        return "growth_pct"  # 增速从2023年的1.8%回升至6.1%: both ends are growth rates
    # 超年度计划28%: the margin over the plan, relative to it (a fraction is one only as 千分之)
    exceeding = r.unit_class in ("percent", "permille") or (
        r.unit_class in ("fraction", "ratio", "tenth") and not r.is_fraction
    )
    if exceeding and PLAN_EXCEEDED.search(segment):
        return "growth_pct"
    if r.unit_class in ("percent", "permille", "fraction", "ratio", "tenth"):
        share = _last_word(segment, rules.share_words)
        # (增加值 is no growth word in a multiple's clause, 规模工业增加值是“十五”末的6.7倍: a city's
        # review of 2010, session 49; nor in a share's, 服务业增长23%，占全区增加值的81%: a
        # district's review of 2009, session 54)
        masked = r.unit_class == "ratio" or share >= 0
        named = masked_nouns(segment, CHANGE_VERB_NOUNS) if masked else segment
        # (精细化学品新增产能占化工新增产能21%: 新增 before a noun names the things added, no
        # growth; a county's review of 2019, session 54)
        named = NEW_BEFORE_NOUN.sub(lambda m: "＿" * len(m.group()), named)
        growth = _last_word(named, rules.growth_words)
        if r.is_fraction:
            # 减少1/3行政审批事项, 缩短三分之一: a cut by the fraction; 投资总额的三分之一: a share
            right_after = growth >= 0 and not segment[growth:].strip()
            return "growth_pct" if right_after or fraction_cut(segment) else "share_pct"
        reached = (
            (segment.endswith(REACHED_WORDS) and not segment.endswith(BOUND_WORDS))
            or segment.startswith(REACHED_WORDS, growth)
            or risen_to_level(segment, growth)
        )
        if growth > share and not reached:  # 上升到今年的70%: the level reached
            return "growth_pct"
        if r.unit_class == "ratio" and RATIO_GROWTH_AFTER.match(after):
            return "growth_pct"  # 制造业投资实现2.5倍增长 (a banner's review of 2022, session 57)
        if r.unit_class == "ratio":
            return "other"
        if GROWTH_NAMED_AFTER.match(after):
            return "growth_pct"
        if share < 0 and r.unit_class == "percent" and price_rise(q.subject, r.value_num):
            return "growth_pct"  # 居民消费价格指数控制在2.0%: a price level's rise, no share
        return "share_pct"
    added = (
        ADDED_COUNT_OPEN.fullmatch(segment.lstrip("，、；; "))
        if r.unit_class in ("count", "magnitude") and ADDED_VERB in segment
        else None
    )
    if (
        added
        and not COMPARED_IN.search(added.group("object"))
        and (len(added.group("object")) >= 2 or HAN.match(after[:1] or " "))
    ):
        return "count_new"  # 增加了34个开放口岸, 增加普惠性养老床位2000个: things added
    change = _last_word(segment, rules.change_words)
    if (
        change >= 0
        and not segment[change:].strip(" 了")  # 共增加了一百七十七亿元
        # (not a policy's name: 出台经济稳增长44项举措, a city's review of 2022, session 57)
        and not segment.endswith(GROWTH_POLICY_NAMES)
    ):
        return "change"
    if r.unit_class not in ("count", "magnitude") and segment.rstrip(" 了").endswith("净增"):
        # 比2003年净增14.7亿元, 比2007年净增100天: an amount's net increase is its change (units
        # counted net are new ones, 净增经营主体11.7万户; county reviews of 2006 and 2008)
        return "change"
    for word in rules.object_change_words:
        at = segment.rfind(word)
        rest = segment[at + len(word) :] if at >= 0 else ""
        if at >= 0 and SUMMED_PRODUCTS.fullmatch(rest):
            rest = rest[rest.rindex("等") + 1 :]  # 增产小型材、线材、薄板、焊管等短线钢材200多万吨
        if at >= 0 and 0 < len(rest) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", rest):
            return "change"  # 每年增产原煤3000万吨: the product between the verb and the amount
    if r.unit_class == "money" and money_object_change(segment, rules):
        return "change"
    if r.unit_class in ("count", "magnitude") and reduction_of_object(segment):
        return "change"  # 减少农村贫困人口1000万人: the size of the cut (signed by is_decrease)
    opener = segment.lstrip("，、；")
    if opener.startswith(rules.governing_hedges) or opener.startswith("实现"):  # (else none goes)
        for word in (*rules.governing_hedges, "实现"):
            opener = opener.removeprefix(word)
    opener = OPENER_MODAL.sub("", opener, count=1)  # 要扩大…: the plan's modal goes
    if (
        opener.startswith(rules.change_openers)
        and not LEVEL_REACHED.match(opener)
        and not opener.startswith(CHANGE_VERB_NOUNS)
    ):
        return "change"
    if r.unit == "个" and STEP_CROSSING.search(segment) and STEPS_CROSSED.match(after):
        return "change"
    if r.unit_class == "time":
        measured = any(w in q.subject for w in rules.time_level_subject_words)
        # (working days are a processing time, 审批不超过65个工作日: a city's review of 2019,
        # session 66; no run of years counted)
        return "level" if measured or r.unit.endswith("工作日") else "other"
    if (
        r.unit_class == "money"
        and q.subject.endswith(BALANCE_ENDS)
        and BALANCE_ADDED.search(segment)
    ):
        # 居民储蓄存款新增6300多亿元, 余额…增长8.5%，新增4万多亿元 (heldout6 1995, heldout13 2016): the
        # change of a balance (CONVENTIONS.md: a change of a balance over a period; session 55)
        return "change"
    if r.unit_class in ("count", "magnitude") and placed_in_jobs(clause, after, rules):
        return "count_new"
    if r.unit_class in NEW_COUNT_CLASSES and total_reached(clause, q.subject, rules):
        return "level"  # 、总量达122家, 领事机构增至15个: the total reached, not the ones added
    # a bare magnitude counts people or units too (新增人口100万: heldout21 guizhou)
    if r.unit_class in NEW_COUNT_CLASSES and not any(
        w in own_list_item(clause) for w in rules.continued_words
    ):
        # (续建和新建的项目: projects carried over are under way, not new units; not 续建 counted
        # before, 其中续建项目20个、新开工项目177个: a county-level city's review of 2019, session 66)
        # (the new words in one scan of their compiled alternation, not one scan for each word)
        named = BUILT_UP_AREA.sub("＿＿＿", clause) if "建成区" in clause else clause
        if "已" in named:  # (已开工建设的…项目有九十三个: the ones under way now, a level)
            named = ALREADY_DONE.sub("＿＿", named)
        if "累计" not in governing and (
            contains_any(named, rules.new_words)
            or (role == "plan" and any(w in clause for w in rules.plan_new_words))
        ):
            return "count_new"
        if created_before(clause, rules) and object_after(after, rules):
            return "count_new"
        if created_object_before(clause, rules):
            return "count_new"
    if r.unit_class == "count" and completed_after(after, rules):
        return "count_new"
    return "level"


#: :func:`_kind` remembered by all it reads (rules object, reading fields, subject, texts);
#: cleared when it holds :data:`KIND_MEMO_MAX` entries.
_KIND_MEMO: dict[tuple, tuple[Rules, str]] = {}
KIND_MEMO_MAX = 20_000  # (not remembered_per_rules: its first argument, a Quantity, is unhashable)


#: Years counted opening the words before a figure (五年内, 今后三年内, 两年中): the span of the
#: clause, read as such (multi_year_spans), before the verb that says the figure's kind.
LEADING_YEARS = re.compile(
    r"^([，,、；;\s　]*)(?:今后|未来|在)?[一二三四五六七八九十两]{1,3}年(?:之?内|中|间|里)"
)


def without_leading_years(segment: str) -> str:
    """``segment`` without the years counted that open it (:data:`LEADING_YEARS`), its leading
    punctuation kept: the verb after them says the kind (五年内扩大播种面积 -> a change).

    >>> without_leading_years("五年内扩大播种面积"), without_leading_years("，今后三年内增加")
    ('扩大播种面积', '，增加')
    """
    if "年" not in segment[:LEADING_YEARS_CHARS]:
        return segment  # (most segments open with no years: no pattern to run)
    return LEADING_YEARS.sub(r"\1", segment, count=1)


#: How far into a segment :data:`LEADING_YEARS` may find its 年 (punctuation, 今后, three numerals).
LEADING_YEARS_CHARS = 12


#: Names of a price level whose percentage, with no share word, is its rise (居民消费价格指数控制在
#: 2.0%: a region's 2019 review; CPI控制在3%以内).
PRICE_LEVELS = ("居民消费价格", "消费价格", "物价", "物价总水平", "价格总水平", "CPI", "零售价格")
#: The same levels named as an index (居民消费价格指数): a percentage of 50 or more is the index
#: itself (指数为102.1%, the year before = 100), not its rise.
PRICE_INDEXES = ("价格指数", "物价指数", "CPI指数")


def price_rise(subject: str, value: float) -> bool:
    """Whether a percentage of ``subject`` with no share word is a price level's rise
    (:data:`PRICE_LEVELS`, :data:`PRICE_INDEXES` below 50).

    >>> price_rise("居民消费价格", 3.0), price_rise("居民消费价格指数", 2.0), price_rise("居民消费价格指数", 102.1)
    (True, True, False)
    """
    return subject.endswith(PRICE_LEVELS) or (subject.endswith(PRICE_INDEXES) and value < 50)


def remembered_kind(
    q: Quantity,
    segment: str,
    clause: str,
    rules: Rules,
    role: str = "",
    governing: Sequence[str] = (),
    after: str = "",
) -> str:
    """:func:`_kind`, remembered (one call per quantity row; dense texts repeat their clauses):
    the key holds everything it reads, the rules by identity."""
    r = q.reading
    key = (
        id(rules), r.unit_class, r.rank_prefix, r.is_fraction, r.unit, q.subject,
        segment, clause, role, tuple(governing), after,
    )  # fmt: skip
    hit = _KIND_MEMO.get(key)
    if hit is not None and hit[0] is rules:
        return hit[1]
    kind = _kind(q, segment, clause, rules, role, governing, after)
    if len(_KIND_MEMO) >= KIND_MEMO_MAX:
        _KIND_MEMO.clear()
    _KIND_MEMO[key] = (rules, kind)
    return kind


#: The counted noun between a count and the predicate closing its clause (个|“两重”项目|全部开工).
COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff“”（）]{1,14}?")


#: Where the clause or list item after a count ends.
CLAUSE_OR_ITEM_END = re.compile(r"[，,；;。：:、]")
#: Where the clause after a count ends (a 、 or 和 list of counts stays inside it).
COUNT_CLAUSE_END = re.compile(r"[，,；;。：:]")
#: Further counted items of a coordinated list after the first count's noun (…县级 | 和250个省、
#: 市（地）级疾病预防控制中心): a conjunction, a numeral, a classifier and the item's noun.
LIST_ITEM_TAIL = re.compile(
    r"(?:[和、及与][0-9０-９.．一二三四五六七八九十百千万两]+(?:多|余)?[个所座家条处项套]"
    r"[\u4e00-\u9fff“”（）、]{1,16}?)+"
)
#: The conjunction that opens the second item of such a list.
LIST_JOIN = re.compile(r"[和、及与](?=[0-9０-９.．一二三四五六七八九十百千万两])")


def completed_after(after: str, rules: Rules) -> bool:
    """True when the count's clause closes on a predicate starting or completing the counted
    things (quantity_rules.yml ``completed_predicates``), only a noun and adverbs before it.
    The predicate may close a coordinated list of counts (主谓结构 with a coordinated subject:
    20个乡镇卫生院和30个社区卫生服务中心基本建成): it is then the predicate of every item.

    >>> from govreport.quantities.rules import load_rules
    >>> completed_after("“两重”项目全部开工，", load_rules()), completed_after("项目获批。", load_rules())
    (True, False)
    >>> completed_after("城际公路建成通车，", load_rules()), completed_after("座中型水库开工建设。", load_rules())
    (True, True)
    >>> completed_after("乡镇卫生院和30个社区卫生服务中心基本建成。", load_rules())
    True
    >>> completed_after("乡镇卫生院，30个社区卫生服务中心基本建成。", load_rules())
    False
    >>> completed_after("老旧小区改造和30个示范村创建。", load_rules())
    False
    """
    item = CLAUSE_OR_ITEM_END.search(after)  # (the clause up to it, without splitting the rest)
    end = COUNT_CLAUSE_END.search(after)
    if item is not None and after[: item.start()].endswith(rules.completed_predicates):
        end = item  # 9个中心开诊运营、居全国第1: the list item closes on its predicate
    clause = after[: end.start()] if end else after
    if not clause.endswith(rules.completed_predicates):
        return False
    for word in rules.completed_predicates:
        if clause.endswith(word):
            head = clause[: -len(word)]
            for adverb in rules.completed_adverbs:
                if head.endswith(adverb):
                    head = head[: -len(adverb)]
                    break
            if COUNTED_NOUN.fullmatch(head) is not None:
                return True
            # the first item's noun, then the further counted items of the list; not when the
            # first item closes on a verb of its own (800个村扶持和100个示范村创建: each item
            # names its own action, the last predicate is the last item's)
            join = LIST_JOIN.search(head)
            return (
                join is not None
                and COUNTED_NOUN.fullmatch(head, 0, join.start()) is not None
                and not closing_word(head[: join.start()])[1].startswith("v")
                and LIST_ITEM_TAIL.fullmatch(head, join.start()) is not None
            )
    return False


#: A subject ending in the scope of a rank written without 位 (综合算力指数全国 | 第一, 口岸数量稳居
#: 西部 | 第一): the subject is the ranking in that scope (heldout2-heldout12 calls).
RANK_SCOPE_TAIL = re.compile(
    r"(?:均|稳|位|跃)?居?(全国|全省|全球|世界|(?:东|中|西)部(?:地区)?|东北(?:地区)?)$"
)


def scoped_rank_subject(subject: str) -> str:
    """The ranking named by its scope for a subject that ends in the scope of a rank.

    >>> scoped_rank_subject("口岸数量稳居西部"), scoped_rank_subject("综合算力指数全国")
    ('口岸数量西部排名', '综合算力指数全国排名')
    >>> scoped_rank_subject("国内生产总值"), scoped_rank_subject("全国")
    ('国内生产总值', '全国')
    """
    tail = RANK_SCOPE_TAIL.search(subject)
    if not tail or tail.start() == 0:
        return subject
    return subject[: tail.start()] + tail.group(1) + "排名"


#: What joins the ranks of a list after the first (第2位、第3位; 第1位和第2位, 第1和第2位: a city's
#: story of 2017, session 68): the next rank is in the same ranking.
RANK_LIST_JOIN = re.compile(r"[、和及与]?")


#: A whole and a class of peers in it closing a rank's chain (提升至全国百强县第11位, 跃居全国城市
#: 第十一位: county-level cities' and cities' reviews, session 63), read as its scope.
PEER_SCOPE_TAIL = re.compile(
    r"(?:全国|全省|全市|全区|西部|中部|东部)(?:县域经济)?"
    # (or the counties of a province or a city: 环境质量排名全省县级第一, 全市县区第二, a county's
    # review of 2017, session 66)
    r"(?:百强县市|百强县|百强区|百强城市|县级市|地级市|城市|县级|县域|县区|区县|县市区|县（市、区）)$"
)
#: A rank's number and its frame at the end of a chain before another rank (由全国第12位跃升至).
RANK_NUMBER_TAIL = re.compile(r"(?:由|从)?第?[0-9０-９一二三四五六七八九十百两]+(?:位|名)?$")
#: One-character verbs of standing and adverbs before them (位居 -> 位 + 居, 均居 -> 均 + 居):
#: stripped only with what they govern, never alone from a noun (单位, 人均).
RANK_ADVERBS = "均稳位仍跃并已"


def _rank_chain(chain: str, rules: Rules) -> tuple[str, str]:
    """The indicator left of a chain of standing verbs, scopes and rank numbers ending ``chain``,
    and the last scope written in that chain (CONVENTIONS.md, round 21: ranks).

    >>> from govreport.quantities.rules import load_rules
    >>> r = load_rules()
    >>> _rank_chain("水稻、油茶产量位居全国", r), _rank_chain("区域创新能力由全国第12位跃升至", r)
    (('水稻、油茶产量', '全国'), ('区域创新能力', '全国'))
    >>> _rank_chain("服务业就业人数", r)
    ('服务业就业人数', '')
    >>> _rank_chain("经济综合竞争力提升至全国百强县", r), _rank_chain("经济总量挺进全国百强县", r)
    (('经济综合竞争力', '全国百强县'), ('经济总量', '全国百强县'))
    """
    core, scope, verb_before = chain.rstrip("、，,；; 第").removesuffix("前"), "", False
    while True:
        number = RANK_NUMBER_TAIL.search(core)
        word = next((w for w in (*rules.rank_scopes, *rules.rank_verbs) if core.endswith(w)), "")
        peers = PEER_SCOPE_TAIL.search(core)
        word = peers.group() if peers and len(peers.group()) > len(word) else word
        if number and number.start() >= 2 and number.group() not in ("位", "名"):
            core, verb_before = core[: number.start()], False
        elif word and len(core) - len(word) >= 2 and (word not in RANK_ADVERBS or verb_before):
            is_scope = word in rules.rank_scopes or (peers is not None and word == peers.group())
            if is_scope:
                scope = scope or word
            core, verb_before = core[: -len(word)], not is_scope
        else:
            return core.rstrip("、，,；; "), scope


def carried_rank_scope(segment: str, rules: Rules) -> str:
    """The scope written in the chain of standing verbs and scopes closing ``segment``, the clause
    of a rank whose indicator is carried from the figure before, else "".

    >>> from govreport.quantities.rules import load_rules
    >>> carried_rank_scope("，跃升到世界", load_rules()), carried_rank_scope("连续30个月居全国", load_rules())
    ('世界', '全国')
    >>> carried_rank_scope("，跃升到", load_rules())
    ''
    """
    return _rank_chain("··" + segment.strip(" ，,、；;"), rules)[1]


#: The opening of a ranking among a counted field (地区生产总值在全省91个县（市）中排名第一): what
#: is ranked, 在 and the scope, right before the count of the field.
RANK_FIELD_OPENING = re.compile(
    r"(?:\d{4}年|[今去全]年)?(?P<entity>[\u4e00-\u9fff“”]*?)在(?:\d{4}\s?年度?)?"
    r"(?P<scope>全国|全省|全市|全区|全县|全州)?$"
)
#: The evaluation a field is ranked in, closing the words between the field's count and 中
#: (在2021年度全国217家国家级开发区综合考评中位列第13位: a development zone's summary of 2022).
FIELD_EVALUATION = re.compile(r"(?P<name>[^，,。；;、]{2,12}?(?:考评|考核|评价|评比|测评|评估))中")
#: The words between the field's count and the rank: the things counted, 中 and the verb.
RANK_FIELD_VERB = re.compile(
    r"[^，,。；;、]{1,12}?中(?:继续|仍|均|稳)?(?:排名|位居|位列|名列|排在|居|列|排)"
)
#: What an entity written before 在 may be alone, naming only the measure of the one before it.
RANK_FIELD_MEASURES = ("总量", "增速", "增幅")


def field_rank_subject(before_count: str, between: str, earlier: str) -> str:
    """The subject of a rank among a counted field (在全省91个县（市）中排名第一, a county report of
    2023): what the clause ranks before 在 + the scope + 排名; a measure alone there (总量,
    增速) is of ``earlier``, the subject read before the field's count. ``before_count`` is the
    clause up to the count, ``between`` the text from the count's unit to the rank; "" when the
    rank is no such rank.

    >>> field_rank_subject("地区生产总值在全省", "县（市）中排名", "")
    '地区生产总值全省排名'
    >>> field_rank_subject("，总量在全省", "县（市）中继续排名", "地区生产总值")
    '地区生产总值全省排名'
    >>> field_rank_subject("，增速在全市", "个区县中位居", "地区生产总值")
    '地区生产总值增速全市排名'
    >>> field_rank_subject("2022年地区生产总值在全国", "城市中排名", "")
    '地区生产总值全国排名'
    >>> field_rank_subject("，总量在全省", "县中排名", "县全省排名")  # (a ranking is no indicator)
    ''
    >>> field_rank_subject("在全省", "县中排名", ""), field_rank_subject("共有", "县中排名", "")
    ('', '')

    The evaluation the field is ranked in, when nothing before 在 names what is ranked:

    >>> field_rank_subject("，在2021年度全国", "国家级开发区综合考评中位列", "营业收入")
    '国家级开发区综合考评全国排名'

    """
    if not RANK_FIELD_VERB.fullmatch(between):
        return ""
    opening = RANK_FIELD_OPENING.search(before_count)
    if opening is None:
        return ""
    entity = opening.group("entity")
    evaluation = FIELD_EVALUATION.match(between) if not entity else None
    if evaluation:
        # 在2021年度全国217家国家级开发区综合考评中位列第13位 (session 69): the evaluation ranks
        return evaluation.group("name") + (opening.group("scope") or "") + "排名"
    if entity in RANK_FIELD_MEASURES or not entity:
        # (not a ranking read before: its measure is no indicator of this one, and a text that
        # repeats the clause would grow the subject each time)
        known = earlier if not earlier.endswith("排名") else ""
        entity = known + (entity if entity != "总量" else "") if known else ""
    if len(entity) < 2:
        return ""
    return entity + (opening.group("scope") or "") + "排名"


#: The units of a whole ranked among, written after its scope (居全省市州第二位): no indicator.
RANK_FIELD_UNITS = frozenset({"市州", "区县", "县区", "县市区", "地市", "城市", "县市"})
#: A verb of standing and the scope it opens, before the names of what is ranked (位居全国百强县
#: 投资潜力第3、新型城镇化质量第4, a county report of 2023).
RANK_OPENED = re.compile(
    r"(?:位居|位列|名列|跃居|稳居|居)(?P<scope>全国|全省|全市|全区|全县|全球|世界|国内|省内)"
)


def opened_rank_subject(clause: str, ranked_before: str, rules: Rules) -> tuple[str, str]:
    """The subject and the ranked indicator of a rank in a clause that a verb of standing and a
    scope open and that names what is ranked after them (位居全国投资潜力第3、新型城镇化质量第4:
    投资潜力全国排名, 新型城镇化质量全国排名); an item naming another scope only ranks the
    indicator before (``ranked_before``: 综合实力位居全省第3、全国第40 -> 综合实力全国排名);
    ``("", "")`` for any other clause. ``clause`` ends right before the rank's 第.

    >>> from govreport.quantities.rules import load_rules
    >>> r = load_rules()
    >>> opened_rank_subject("，位居全国百强县投资潜力", "", r)
    ('百强县投资潜力全国排名', '百强县投资潜力')
    >>> opened_rank_subject("，位居全国投资潜力第3、新型城镇化质量", "投资潜力", r)[0]
    '新型城镇化质量全国排名'
    >>> opened_rank_subject("综合实力位居全省第3、全国", "综合实力", r)[0]
    '综合实力全国排名'
    >>> opened_rank_subject("综合实力位居全省", "", r), opened_rank_subject("位居全国第3、", "", r)
    (('', ''), ('', ''))
    >>> opened_rank_subject("从居世界第三十九位跃升到", "", r)  # (a move: read elsewhere)
    ('', '')
    """
    opened = next(reversed(list(RANK_OPENED.finditer(clause))), None)  # (the last one)
    if opened is None:
        return "", ""
    item = clause[opened.end() :]
    item = item[item.rfind("、") + 1 :].strip()
    if item in rules.rank_scopes:
        return (ranked_before + item + "排名", ranked_before) if ranked_before else ("", "")
    moved = any(v in item for v in rules.rank_verbs if len(v) > 1)  # (由第五位上升到第四位)
    if len(item) < 2 or "第" in item or moved or not all("\u4e00" <= c <= "\u9fff" for c in item):
        return "", ""
    if item in RANK_FIELD_UNITS:
        return "", ""  # 增幅居全省市州第二位: the units ranked among, part of the scope
    return item + opened.group("scope") + "排名", item


#: An evaluation a rank is placed in, with no indicator named before it (在全省营商环境评价中位列
#: 第一, 在县脱贫攻坚半年考评中位列第一: a township's 2020 report gave no subject).
EVALUATION_FIELD = re.compile(
    r"在(?P<field>[^，,；;。在]{2,24}?(?:考评|考核|评价|评比|测评|评估|评选|排名|排行))中"
    r"(?:继续|连续|再次|首次|均|又)?(?:位列|排名|排在|名列|位居|居)$"
)


#: Verbs of a ranking received (获得全区…考核B组排名第一), dropped from a rank's subject unless they
#: open a relative clause (获得第五届中国质量奖提名奖的组织数: heldout64 liaoning keeps it).
RECEIVED_RANKING = ("获得", "荣获")
#: Adverbs before a verb of standing inside a rank's subject (总量均位居…, 总量持续位居…).
RANK_VERB_ADVERBS = ("持续", "继续", "始终", "均", "稳", "仍")


#: A count's subject named by the rank of its clause (位居全省第一的…测评指标): the verb and scope
#: of standing, the rank, 的 and the counted noun.
RANKED_COUNT_SUBJECT = re.compile(
    r"(?P<verb>(?:均|稳|位|并列|同时)?(?:居|列|排名|排)[^的，,、]{0,10}?)"
    r"第[0-9一二三四五六七八九十]+位?的(?P<noun>[^的]{2,})"
)


def ranking_subject(subject: str, written: str, rules: Rules) -> tuple[str, str]:
    """A rank's subject: the ranked indicator + the scope of the ranking + 排名 (CONVENTIONS.md,
    round 21: ranks); ``written`` is the text from the subject to the rank, where the scope and
    the verb of standing are written. A scope the text does not write is not added. Returned with
    the indicator alone (carried to the figures after the rank).

    >>> from govreport.quantities.rules import load_rules
    >>> r = load_rules()
    >>> ranking_subject("规上工业增加值增幅", "规上工业增加值增幅居全国", r)
    ('规上工业增加值增幅全国排名', '规上工业增加值增幅')
    >>> ranking_subject("天水经开区跻身全国", "天水经开区跻身全国", r)[0]
    '天水经开区全国排名'
    >>> ranking_subject("跻身服务业全国", "跻身服务业全国", r)[0]
    '服务业全国排名'
    >>> ranking_subject("综合算力指数全国排名", "", r)[0], ranking_subject("营商环境", "", r)[0]
    ('综合算力指数全国排名', '营商环境排名')
    >>> ranking_subject("高新区由2008年的", "高新区由2008年的", r)[0]
    '高新区排名'
    >>> ranking_subject("县域综合排名由2016年的", "县域综合排名由2016年的", r)[0]
    '县域综合排名'
    >>> ranking_subject("美的集团位居中国家电行业", "美的集团位居中国家电行业", r)[0]
    '美的集团中国家电行业排名'

    A subject given by a list before (分别) takes the rate and the scope its rank's own clause
    writes (…增长9.4%，社会消费品零售总额增长4.2%，增速分别居副省级城市第2位、第3位):

    >>> ranking_subject("规上工业增加值", "增速分别居副省级城市", r)[0]
    '规上工业增加值增速副省级城市排名'
    """
    at = written.rfind(subject) if subject else -1
    chain = subject + written[at + len(subject) :] if at >= 0 else subject
    core, scope = _rank_chain(chain, rules)
    rate = ""
    if at < 0 and written.strip(" ，,、；;"):
        own, own_scope = _rank_chain("··" + written.strip(" ，,、；;"), rules)
        scope = own_scope or scope  # (在全省位次由第五位…: the placed ranking's scope stays)
        own = own.removeprefix("··").removesuffix("分别").removesuffix("均")
        # (增速 named before, 增幅全省排第7位 after: the rate is named once, session 66)
        rate = own if own in ("增速", "增幅") and not re.search("增速|增幅", subject) else ""
    start = FROM_TAIL.search(core)
    if start and start.start() >= 2:
        core = core[: start.start()]  # 高新区由2008年的第20位上升到…: the start is a rank itself
    if core.endswith(("排名", "位次")):
        core, inner = _rank_chain(core[:-2], rules)
        scope = inner or scope
    core = core.removesuffix("分别")  # (考评分别居第6、第2…: each of the ranks, session 55)
    # (a verb of standing before a field that is no scope, 美的集团位居中国家电行业第一: the field)
    for verb in (
        "跻身",
        "进入",
        "入选",
        "位居",
        "稳居",
        "位列",
        "名列",
        "争创",  # (全力争创全国县域经济百强: striving to enter it, session 66)
        "冲刺",
        # (排名 as the verb before a scope the chain does not know: 高新技术产业营收排名五城区第一,
        # a district's review of 2025, session 68)
        "排名",
        "排在",
        # (or the ranking received, 连续两个季度获得全区创先争优专项考核B组排名第一: a
        # sub-district's summary of 2022, session 69)
        "获得",
        "荣获",
    ):  # 青海丽豪跻身全球独角兽企业: the list, not the verb
        head, _, tail = core.partition(verb)
        if verb in RECEIVED_RANKING and "的" in tail:
            continue  # (获得…提名奖的组织: the verb of a relative clause naming what is ranked)
        if tail and (len(head) >= 2 or not head):  # (跻身服务业全国10强: the verb opens it)
            # (and the adverb before it: 总量均位居全省县(市)区第三位)
            for adverb in RANK_VERB_ADVERBS:
                if len(head) > len(adverb) + 1 and head.endswith(adverb):
                    head = head[: -len(adverb)]
                    break
            core = head + tail
    for adverb in RANK_VERB_ADVERBS[:3]:  # (总量持续位居全市第一: the verb went with its scope)
        if len(core) > len(adverb) + 1 and core.endswith(adverb):
            core = core[: -len(adverb)]
    core = ranked_amount(core)  # 地区生产总值总量居全省第5位: the amount itself is ranked
    if scope and scope in core:
        scope = ""  # 全球独角兽企业 (500强): the scope is written in the list's name
    core += rate if core else ""
    return (core + scope + "排名", core) if core else (subject, "")


#: Words that open a clause before the new word that leads it (全年新增, 当年新增加的).
#: (a span of years too: 五年内新增…, 过去三年共新增…: national 1986, heldout21)
NEW_LEAD_OPENERS = re.compile(
    r"(?:全年|当年|今年|年内|共|(?:过去的?)?[两三四五六七八九十]年(?:中|内|来|间|里)?[，,]?)*"
)
#: Unit classes a new word before the figure makes a count of new units (count_new).
NEW_COUNT_CLASSES = frozenset(
    {"count", "area", "length", "volume", "mass", "power", "compute", "magnitude"}
)
#: A capacity followed by a product noun and 项目 / 基地 / 电站 (60万吨赖氨酸等项目,
#: 千万吨炼化基地, 35万千瓦光热电站): the size is part of the project's name (heldout11, heldout16,
#: heldout21: period other, no year).
PROJECT_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:等)?(?:项目|基地|电站)")
#: Unit classes of such capacities (tonnes, watts, cubic metres).
PROJECT_CAPACITY_CLASSES = frozenset({"mass", "power", "volume"})
#: A list item after a clause led by a new word: a bare noun and the figure (，铁路新线和复线,
#: ，石油, ，港口吞吐能力近, ，毛、麻纺锭), no 其中 (a part of the total) and no verb of its own.
NEW_LIST_ITEM = re.compile(r"[，,]\s*(?!其中)[\u4e00-\u9fff（）][\u4e00-\u9fff（）、]{0,9}$")
#: Verbs of a level kept (稳定在12万亩以上): no item of a list of new capacities.
KEPT_LEVEL_WORDS = ("稳定", "保持", "稳在")
#: Measures of an output (总产6.4万吨, 粮食产量): what was produced, no new capacity.
OUTPUT_MEASURE_WORDS = ("总产", "产量", "产值", "单产")
#: Unit classes of the capacities such lists count (not money, people or rates).
NEW_LIST_CLASSES = frozenset({"area", "length", "volume", "mass", "power", "magnitude"})
#: A lead naming a capacity (新增加的生产能力有：) counts its items in count units too: spindles
#: (纱锭七十万枚), bales (棉纱三十八万七千件), tyres (汽车轮胎十六万条) are capacities there, not
#: people (heldout8: national 1955, heldout18: national 1958, count_new for every item).
CAPACITY_LEAD = "能力"


def new_led(clause: str, rules: Rules) -> bool:
    """True when a clause opens with a new word (全年新增…, 当年新增加的主要生产能力有…).

    >>> from govreport.quantities.rules import load_rules
    >>> new_led("。全年新增大中型发电机组容量", load_rules()), new_led("城镇新增就业", load_rules())
    (True, False)
    """
    head = clause.lstrip("，,、；;。：: ")
    opener = NEW_LEAD_OPENERS.match(head)
    head = head[opener.end() :] if opener else head
    return head.startswith(rules.new_words)


#: 其中 opening the clause of a part of the count before (…项目38个，其中亿元以上项目12个), with at
#: most a comma and no other clause between.
PART_OF_COUNT = re.compile(r"[，,]\s*其中[：:，,]?[^，,。；;！!？?]*$")
#: How far back the whole a part is of is looked for (characters).
PART_OF_COUNT_REACH = 40
#: The units of the projects and firms such a part counts (not 套: 保障性安居工程…740万套，其中
#: 棚户区改造580万套, a level in heldout6, national 2015).
PART_OF_COUNT_UNITS = ("个", "家", "项")


def new_count_whole(text: str, earlier: Sequence[Quantity], r: Reading) -> Quantity | None:
    """The count of new units (count_new) a count at ``r`` is a part of (:data:`PART_OF_COUNT`:
    the nearest of the ``earlier`` figures (the few right before it) of the same unit, the part's
    clause opening on 其中 right after it), else None. Thresholds (kind other) between them are
    passed over."""
    if r.unit not in PART_OF_COUNT_UNITS:
        return None
    for q in reversed(earlier):
        if q.kind == "other":
            continue
        if (
            q.kind != "count_new"
            or q.reading.unit != r.unit
            or r.start - q.reading.end > PART_OF_COUNT_REACH
            or not PART_OF_COUNT.search(text, q.reading.end, r.start)
        ):
            return None
        return q
    return None


def new_list_item(
    text: str, previous: Quantity | None, r: Reading, rules: Rules, capacity: bool = False
) -> bool:
    """True when the figure at ``r`` continues a list of new capacities after ``previous``: only
    a bare noun between them, without a word of change, growth or share (see :data:`NEW_LIST_ITEM`);
    ``capacity``: the lead names a capacity, so counts are items too (:data:`CAPACITY_LEAD`).
    """
    classes = NEW_LIST_CLASSES | {"count"} if capacity else NEW_LIST_CLASSES
    if previous is None or r.unit_class not in classes:
        return False
    between = text[previous.reading.end : r.start]
    words = (
        *rules.change_words, *rules.growth_words, *rules.share_words, *rules.stock_words,
        *rules.strip_verbs, *rules.kept_verbs, *rules.action_verbs, *LINK_VERBS,
    )  # fmt: skip
    # (完成人工造林1000亩: a clause with a verb of its own)
    if any(w in between for w in (*words, *KEPT_LEVEL_WORDS)):
        return False
    # (…，粮食种植面积稳定在12万亩以上，总产6.4万吨: a level kept and an output, not new ones)
    return bool(NEW_LIST_ITEM.fullmatch(between)) and not between.endswith(OUTPUT_MEASURE_WORDS)


#: A modal of a plan before a change opener (要扩大淡水养殖面积…, 将增加…): the opener still opens.
OPENER_MODAL = re.compile(r"^(?:要|将|拟|准备|计划)")
#: A part-year span (上半年, 第一季度, 1—5月份) of the plan year, and the words that keep a figure of
#: it a target (力争上半年…, 要在一季度…).
PART_YEAR_SPAN = re.compile(r"季度|半年|月")
FUTURE_MODAL = re.compile(r"力争|争取|确保|要|将|拟|预计|计划到|力求")
#: A change against the same months of the year before (比去年同期增长68%): the plan year's months
#: already past, a result like a part-year span (every corpus gold row so written is actual: 18).
SAME_PERIOD_COMPARED = re.compile(r"[比较](?:去年|上年)同期")
#: How far before a figure the change opener of its object may stand (扩大淡水养殖面积).
CHANGE_OPENER_WINDOW = 16


def change_list_item(text: str, previous: Quantity | None, r: Reading, rules: Rules) -> bool:
    """True when the figure at ``r`` is the next object of a change opener (扩大, 增加…:
    ``change_openers``) that governed the figure before it, in the same unit class: only a comma
    and a bare noun between them (:data:`NEW_LIST_ITEM`, no word of change, growth, share or
    action), and the opener right before the previous figure's object, in its clause.

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> rules, t = load_rules(), "扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩"
    >>> prev = Quantity(read_number(t, 8, rules), None)  # type: ignore[arg-type]
    >>> prev.kind = "change"
    >>> change_list_item(t, prev, read_number(t, 21, rules), rules)
    True
    """
    if previous is None or previous.kind != "change" or r.unit_class == "percent":
        return False
    if previous.reading.unit_class != r.unit_class:
        return False
    between = text[previous.reading.end : r.start]
    words = (
        *rules.change_words, *rules.growth_words, *rules.share_words, *rules.stock_words,
        *rules.strip_verbs, *rules.kept_verbs, *rules.action_verbs, *LINK_VERBS, "达",
    )  # fmt: skip
    if not NEW_LIST_ITEM.fullmatch(between) or any(w in between for w in words):
        return False
    before = text[max(0, previous.reading.start - CHANGE_OPENER_WINDOW) : previous.reading.start]
    before = re.split(r"[，,；;。：:]", before)[-1]
    at = max((before.rfind(o) + len(o) for o in rules.change_openers if o in before), default=-1)
    # (the opener's object written between it and the figure: 扩大|淡水养殖面积; not a change of a
    # subject compared with a base, 粮食比上年增加100亿斤)
    return at >= 0 and len(before) - at >= 2 and not COMPARED_IN.search(before)


def own_action_item(between: str, rules: Rules) -> bool:
    """Whether the item written between two figures of a list (after the comma) names an action
    of its own (``action_endings``: 新增退耕还林还草66.7万公顷，造林600万公顷): it is no object of the
    first item's verb, so it neither takes that verb nor counts added units.

    >>> from govreport.quantities.rules import load_rules
    >>> own_action_item("，造林", load_rules()), own_action_item("，铁路新线", load_rules())
    (True, False)
    """
    return between.lstrip("，,、；; ").endswith(rules.action_endings)


def new_list_subject(subject: str, previous: Quantity | None, between: str, rules: Rules) -> str:
    """An item of a list of new capacities takes the new word of the item before it (a verb
    shared by the objects of a list, written once before the first: 全年新增发电机组容量1500万千瓦，
    铁路新线3300公里 -> 新增铁路新线里程): the gold writes the verb before every item
    (CONVENTIONS, verbs before counted things). ``subject`` unchanged when it has a new word of its
    own or the item before has none; when the item is no bare noun phrase written between the two
    figures (``between``, after the comma: 解决了…人口 has a verb of its own, 加装护栏 opens on
    one); or when the new word is one of a chain of verbs (新建和改造高标准农田…，粮食总产…: the
    chain governs its own object, not the next clause).

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> rules, t = load_rules(), "新增公路里程300公里"
    >>> prev = Quantity(read_number(t, 6, rules), None)  # type: ignore[arg-type]
    >>> prev.subject = "新增公路里程"
    >>> new_list_subject("港口吞吐能力", prev, "，港口吞吐能力", rules)
    '新增港口吞吐能力'
    >>> new_list_subject("新建港口", prev, "，新建港口", rules), new_list_subject("人口", prev, "，解决了", rules)
    ('新建港口', '人口')
    """
    if previous is None or not subject or subject.startswith(rules.new_words):
        return subject
    item = between.lstrip("，,、；; ")
    if len(item) < 2 or not subject.startswith(item) or opening_word(item)[1] == "v":
        return subject
    word = max((w for w in rules.new_words if previous.subject.startswith(w)), key=len, default="")
    if not word or previous.subject[len(word) :].startswith(tuple(CHAIN_JOINS)):
        return subject
    return word + subject


#: 新 and a verb opening a subject: a new word of its own, though not a listed one (新投产,
#: 新签约, 新落地: a city's 2020 targets, session 46).
NEW_VERB_OPENING = re.compile(
    r"新(?:投产|签约|落地|上线|入驻|注册|登记|设立|培育|认定|获批|开通|引进|组建|布局|竣工|开业|招引"
    # (session 53: 新获批1所…机构、新筹建1个…项目, a province's plan of 2026)
    r"|筹建|建成|增设|创建|开设"
    # (session 55: 新开工8个、竣工14个、新达产8个, a zone's review of 2025)
    r"|达产|开工)"
)
#: An item after a count of new units: 、 or ，其中 and a bare noun (开通线路26条、航线11条;
#: 建设1000个项目，其中小型水库7座).
NEW_COUNT_ITEM = re.compile(r"(?:、|[，,]其中)([\u4e00-\u9fff“”]{1,12})")


def new_count_item(text: str, previous: Quantity | None, r: Reading, rules: Rules) -> bool:
    """True when a count follows a count of new units (count_new) as an item of it: only 、 or
    ，其中 and a bare noun between, no verb of its own.

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> rules, t = load_rules(), "开通线路26条、国际航线11条"
    >>> prev = Quantity(read_number(t, 4, rules), None)  # type: ignore[arg-type]
    >>> prev.kind = "count_new"
    >>> new_count_item(t, prev, read_number(t, 12, rules), rules)
    True
    """
    if previous is None or previous.kind != "count_new" or r.unit_class != "count":
        return False
    if previous.reading.unit_class != "count":
        return False
    found = NEW_COUNT_ITEM.fullmatch(text, previous.reading.end, r.start)
    words = (
        *rules.change_words, *rules.growth_words, *rules.share_words, *rules.stock_words,
        *rules.strip_verbs, *rules.kept_verbs, *rules.action_verbs, *LINK_VERBS, "有", "是",
    )  # fmt: skip
    return found is not None and not any(w in found.group(1) for w in words)


#: A part of a total written after it: ，其中 and a bare noun (新增铁路里程1.97万公里，其中高速铁路).
ADDED_PART = re.compile(r"[，,]其中([\u4e00-\u9fff“”]{1,10})")


def added_part_subject(between: str, previous: Quantity, r: Reading, rules: Rules) -> str:
    """The subject of a part of an added total (count_new of a subject led by a new word, in the
    same unit class; ``between`` the text from the total's figure to the part's, ，其中 and a bare
    noun): the new word + the part + the total's measure, the total without its first word
    (新增发电装机容量 -> 水电 -> 新增水电装机容量; counts take none: 新增学校…，其中小学 ->
    新增小学); "" when it is no such part. heldout6, 15, 16, 25, 54, 72 write the parts of an
    added length or capacity so (8 rows).

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> rules, t = load_rules(), "新增铁路运营里程1.6万公里，其中高铁370公里"
    >>> prev = Quantity(read_number(t, 8, rules), None)  # type: ignore[arg-type]
    >>> prev.kind, prev.subject = "count_new", "新增铁路运营里程"
    >>> added_part_subject("万公里，其中高铁", prev, read_number(t, 20, rules), rules)
    '新增高铁运营里程'
    """
    part = ADDED_PART.fullmatch(between.removeprefix(previous.reading.unit))
    if part is None or previous.kind != "count_new":
        return ""
    if r.unit_class != previous.reading.unit_class or r.unit_class not in ADDED_CLASSES:
        return ""
    new = next((w for w in rules.new_subject_words if previous.subject.startswith(w)), "")
    words = (*rules.change_words, *rules.growth_words, *rules.share_words, *rules.stock_words,
             *rules.strip_verbs, *rules.kept_verbs, *LINK_VERBS, "有", "是")  # fmt: skip
    noun = part.group(1)
    if not new or any(w in noun for w in words):
        return ""
    whole = previous.subject[len(new) :]
    thing, _ = opening_word(whole)
    measure = whole[len(thing) :] if r.unit_class != "count" and thing else ""
    return new + noun + ("" if noun.endswith(measure) else measure)


#: A list announced by a colon after a clause led by a new word (新增生产能力…，有：钢): the lead,
#: the colon, and the first item's bare noun.
NEW_LIST_OPENED = re.compile(r"[^：:\d]*[：:][\u4e00-\u9fff（）]{1,10}")


def new_list_opened(between: str, r: Reading, rules: Rules) -> bool:
    """True when the first figure of a colon list follows a clause led by a new word.

    >>> from govreport.quantities.rules import load_rules
    >>> new_list_opened("，新增生产能力举其重要的来说，有：钢", cast(Reading, None), load_rules())
    True
    """
    classes = NEW_LIST_CLASSES | {"count"} if CAPACITY_LEAD in between else NEW_LIST_CLASSES
    if r is not None and r.unit_class not in classes:
        return False
    return bool(NEW_LIST_OPENED.fullmatch(between)) and new_led(between, rules)


#: Words that may stand between a verb of creation and its count (启动了, 共建设, 设立首批; 上 of
#: a round magnitude approximated from below: 试制成功上千种).
CREATED_FILLERS = ("了", "首批", "上")


def created_before(clause: str, rules: Rules) -> bool:
    """True when a verb of creation (``created_verbs``) stands right before the figure, with at
    most a hedge or a filler between: the count is of new units (启动了197个项目).

    >>> from govreport.quantities.rules import load_rules
    >>> created_before("国家支持启动了", load_rules()), created_before("设立首批", load_rules())
    (True, True)
    >>> created_before("拟发行长期建设国债", load_rules()), created_before("改造建设", load_rules())
    (False, False)
    >>> created_before("全年再开工", load_rules()), created_object_before("，开工重点引水工程", load_rules())
    (True, True)
    """
    tail = clause.rstrip()
    fillers = (*rules.prefix_hedges, *CREATED_FILLERS)
    for _ in range(3):
        if not tail.endswith(fillers):  # (one test before the search for which)
            break
        word = next(w for w in fillers if tail.endswith(w))
        tail = tail[: -len(word)].rstrip()
    if not tail.endswith(rules.created_verbs):
        return False
    verb = next(w for w in rules.created_verbs if tail.endswith(w))
    return not tail[: -len(verb)].endswith(rules.created_not_after)


#: A clause opened by a verb of creation and its object, right before a count (，开通国际货运
#: 班列线路 | 26条): a bare noun, no verb of its own.
CREATED_OBJECT = re.compile(r"(?:^|[，,；;。：:])[^，,；;。：:]{0,2}?([\u4e00-\u9fff“”]{4,16})$")


def created_object_before(clause: str, rules: Rules) -> bool:
    """True when a clause opens on a verb of creation whose object stands right before a count
    (，开通国际货运班列线路26条): the count is of the units created; not a noun with 建设 inside
    (工业建设单位有136个) nor a clause that names its figure by a verb of its own.

    >>> from govreport.quantities.rules import load_rules
    >>> created_object_before("，开通国际货运班列线路", load_rules())
    True
    >>> created_object_before("，工业建设单位有", load_rules()), created_object_before("住房建设", load_rules())
    (False, False)
    """
    found = CREATED_OBJECT.search(clause[-20:])
    if not found:
        return False
    phrase = found.group(1)
    verb = next((w for w in rules.created_verbs if phrase.startswith(w)), "")
    rest = phrase[len(verb) :]
    words = (*rules.created_verbs, *rules.growth_words, *rules.share_words, *LINK_VERBS, "有", "是")
    return bool(verb) and len(rest) >= 2 and not any(w in rest for w in words)


def object_after(after: str, rules: Rules) -> bool:
    """True when a noun follows the figure, past a postfix hedge (5家左右专业类…中心): the figure
    counts the object of the verb before it, not the result of a noun (住房建设4013万套，).

    >>> from govreport.quantities.rules import load_rules
    >>> object_after("左右专业类省级概念验证中心", load_rules()), object_after("，上亿群众", load_rules())
    (True, False)
    """
    rest = after.lstrip()
    if rest.startswith(rules.postfix_hedges):
        rest = rest[len(next(w for w in rules.postfix_hedges if rest.startswith(w))) :]
    return bool(rest) and ("\u4e00" <= rest[0] <= "\u9fff" or rest[0] in "“《")


#: Words between a count of people and 就业 (三千八百多万城镇劳动力就业, 七百多万人就业).
JOBS_AFTER = re.compile(r"[^，,。；;、\d]{0,8}?就业")


def placed_in_jobs(clause: str, after: str, rules: Rules) -> bool:
    """True when a count is of people placed in jobs (安排了四百七十七万人就业): a placement word
    of the clause before it, 就业 right after it.

    >>> from govreport.quantities.rules import load_rules
    >>> placed_in_jobs("城镇共安排", "就业", load_rules())
    True
    >>> placed_in_jobs("预算安排再就业补助资金", "", load_rules())
    False
    """
    tail = clause[-12:]
    return bool(JOBS_AFTER.match(after)) and any(w in tail for w in rules.placement_words)


#: The object between a money change word and the amount: a noun, not 增加值 nor a level reached.
MONEY_OBJECT = re.compile(r"(?![值到至为的])[\u4e00-\u9fff]{1,16}")


#: A reduction verb, its object (a noun of up to eight characters) and nothing else before a count
#: (减少农村贫困人口1000万人, 当年减少青壮年文盲400万人, 减少员额一百万): the verb-object construction
#: whose count is the number of things cut. 的 / 到 / 为 / 了 / a verb of its own in the object end it.
REDUCTION_OBJECT = re.compile(r"(?:减少|裁减|削减|精简)([\u4e00-\u9fff]{1,8})$")
#: 裁军 right before a count (裁军50万人): a verb-object compound whose count is the troops cut.
REDUCTION_COMPOUND = ("裁军",)
#: A verb of reducing and at most its object (a noun of up to eight characters) before a fraction
#: (人员编制减一半, 减少审批事项三分之一, 节约用煤四分之一): see :func:`fraction_cut`.
FRACTION_CUT = re.compile(
    r"(?:减少|裁减|削减|精简|压缩|压减|缩减|缩短|缩小|縮小|节约|节省|减)([\u4e00-\u9fff]{0,8})$"
)


def fraction_cut(segment: str) -> bool:
    """True when a verb of reducing stands before a fraction, right before it or with only its
    object between (the verb-object construction, 动宾结构, with the fraction as the extent of the
    cut, 数量补语): the fraction is the part cut, a relative change (growth_pct, negative), not a
    share. A lone 减 counts here (减一半: the classical verb). The object may not hold 的 (用煤的三分之一:
    a share of a noun), 到 / 至 / 为 (a level reached), 了 or 是 / 达.

    >>> fraction_cut("各级机关人员编制一律减"), fraction_cut("今年再减少审批事项")
    (True, True)
    >>> fraction_cut("力争节约用煤"), fraction_cut("受灾面积縮小")
    (True, True)
    >>> fraction_cut("减少到原来的"), fraction_cut("节约的资金占总额的")
    (False, False)
    >>> fraction_cut("投资总额的"), fraction_cut("只完成五年计划")
    (False, False)
    """
    m = FRACTION_CUT.search(segment)
    return m is not None and not re.search(r"[的到至为了是达]", m.group(1))


def reduction_of_object(segment: str) -> bool:
    """True when a reduction verb and its object stand right before a count: the verb-object
    construction (动宾结构) of a cut, whose count is the number of things cut, a change with a
    negative value (the gold writes 减少…贫困人口, 减少员额, 裁军 so); 减少 right before the number is
    the change word itself and is not needed here. The object may not hold 的 (减少的人口: a relative
    clause), 到 / 至 / 为 (a level reached) or 了.

    >>> reduction_of_object("今年要再减少城镇低保对象"), reduction_of_object("精简机关人员")
    (True, True)
    >>> reduction_of_object("减少到"), reduction_of_object("减少的失业人员")
    (False, False)
    >>> reduction_of_object("今年计划裁军"), reduction_of_object("新增就业岗位")
    (True, False)
    """
    return segment.endswith(REDUCTION_COMPOUND) or bool(reduced_object(segment))


def reduced_object(segment: str) -> str:
    """The object of a reduction verb right before a count (:func:`reduction_of_object`), else "":
    what the change is a change of, the subject of the row (减少农村贫困人口1000万人 -> 农村贫困人口, as
    the gold writes 农村贫困人口减少1000万 with the verb after the noun).

    >>> reduced_object("今年要再减少城镇低保对象"), reduced_object("减少的失业人员")
    ('城镇低保对象', '')
    """
    m = REDUCTION_OBJECT.search(segment)
    return m.group(1) if m is not None and not re.search(r"[的到至为了是达]", m.group(1)) else ""


#: The word naming what funds are spent on (用于), and how far before a change word it is read.
PURPOSE_WORD = "用于"
PURPOSE_CHARS = 8


def money_object_change(segment: str, rules: Rules) -> bool:
    """True when a change word and its object stand right before an amount of money.

    >>> from govreport.quantities.rules import load_rules
    >>> money_object_change("同时增加中央预算内经常性建设投资", load_rules())
    True
    >>> money_object_change("服务业增加值达到", load_rules())
    False

    Funds said to be spent on an increase (用于地方增加机关事业单位职工工资1755亿元) are a level: the
    change word names their purpose.

    >>> money_object_change("用于地方增加机关事业单位职工工资", load_rules())
    False
    """
    for word in rules.money_change_words:
        at = segment.rfind(word)
        rest = segment[at + len(word) :] if at >= 0 else ""
        if (
            rest
            and PURPOSE_WORD not in segment[max(0, at - PURPOSE_CHARS) : at]
            and MONEY_OBJECT.fullmatch(rest)
            and not re.search(r"达|为|是|到|至|的", rest)
            and not any(w in rest for w in rules.change_words)  # 增加开支和减少收入共…: a sum
        ):
            return True
    return False


def _change_word_pattern(rules: Rules) -> re.Pattern[str]:
    """Every growth, change and decrease word, longest first, matched at every position."""

    def build(rules: Rules) -> re.Pattern[str]:
        words = {*rules.growth_words, *rules.change_words, *rules.decrease_words}
        ordered = sorted(words, key=lambda w: (-len(w), w))
        return re.compile("(?=(" + "|".join(map(re.escape, ordered)) + "))")

    return per_rules(rules, "change_words", build)


@remembered_per_rules
def is_decrease(segment: str, rules: Rules) -> bool:
    """True when the word that decides a growth or change row is a decrease (下降, 降低 ...).

    The deciding word is the last growth/change word of the segment before the number; a word
    followed by 到/至/为 names the level reached, not the change (下降到32).

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> is_decrease("单位地区生产总值能耗降低", rules), is_decrease("比上年下降", rules)
    (True, True)
    >>> is_decrease("同比下降后增长", rules), is_decrease("债务率下降到", rules)
    (False, False)
    """
    best: tuple[int, int, str] = (-1, 0, "")
    # (one scan: the deciding word is the longest word starting where it starts, so the longest
    # match at each position is enough; the same word a loop of rfind per word would pick)
    for match in _change_word_pattern(rules).finditer(segment):
        word = match.group(1)
        best = max(best, (match.start() + len(word), len(word), word))
    end, _, word = best
    if end < 0 or word not in rules.decrease_words:
        return False
    return not re.match(r"\s*(?:到|至|为)", segment[end:])


#: How far back (characters) the clause read for kind and period cues reaches, and how long a
#: subject segment can be: bounded so that a sentence without punctuation costs linear time.
CLAUSE_WINDOW = 200
SUBJECT_WINDOW = 200
#: How much text after a figure the kind rules read (左右的国内生产总值增长目标).
KIND_AFTER_CHARS = 40

#: 增加到 / 提高至 …: the level reached, not the change; also with the time of the level
#: (增加到2002年的10.2万亿元, 增加到去年的98亿元, 扩大到年末的1120多万人).
LEVEL_REACHED = re.compile(
    r"^[\u4e00-\u9fff]{1,3}(?:到|至)"
    r"(?:(?:(?:19|20)\d{2}\s?年(?:底|末)?|去年|今年|上年|年末|年底|年初)的?)?$"
)
#: A level reached in the year before the report, named so (降到去年的1.5%): a figure of its own
#: year, with no span (CONVENTIONS.md round 34).
REACHED_LAST_YEAR = re.compile(r"(?:到|至|为)(?:去年|上年)(?:底|末)?的$")
#: A rate named as growth right after the figure (8%左右的国内生产总值增长目标, 7%左右的增长速度,
#: 百分之八至百分之九的增长率): a growth rate, whatever the verb before it.
#: A growth named right after a multiple (2.5倍增长, 1倍以上的增长): the multiple is the growth.
RATIO_GROWTH_AFTER = re.compile(r"(?:左右|以上|多)?的?(?:增长|增幅)")
GROWTH_NAMED_AFTER = re.compile(
    r"(?:左右|以上)?的[^，,。；;、\d]{0,10}(?:增长目标|增长速度|增长率|增长水平|增速目标|增速)"
    # 均保持10%以上增长: the growth right after its rate, without 的
    r"|(?:左右|以上)?增长(?![率目速点值])"
    # (工业投资实现2%正增长: a district's review of 2020, session 55)
    r"|(?:左右|以上)?的?[正负]增长(?![率目速点值])"
    # (保持年均15.7%的高速增长, 保持12%的较快增长: a district's review of 2011-2016, session 51)
    r"|(?:左右|以上)?的[^，,。；;、\d的]{0,4}?增长(?![率目速点值极])"
)
#: Words of a name: Chinese characters and Latin letters (GDP), nothing else.
HAN_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
#: The growth a rate is the rate of, named right after it with nothing measured between
#: (确定4.5%左右的增长目标, 实现7%左右的增长速度, 有6.5%-7%的增速就能够…).
GROWTH_NOUN_AFTER = re.compile(r"(?:左右|以上)?的(?:年均|平均)?(?:增长|增速)")
#: Verbs and modals that frame such a rate, closing its clause before it.
GROWTH_FRAMING = re.compile(
    r"(?:只要|如果|必须|能够|就能|能|要|可以|确定|实现|保持|达到|有|提出|设定|定为|按)*$"
)
#: The subject of such a rate whose clause names nothing measured: the economy's growth
#: (经济增长, as 经济增长5%左右 is read; the gold names it 经济增长 / 经济增长速度 / 国内生产总值 /
#: 地区生产总值, one row each).
ECONOMY_GROWTH = "经济增长"
#: The longest words before the framing verbs read as what grows (GDP必须保持…, 工业保持…).
GROWTH_OWNER_MAX = 12


def framed_growth_subject(clause: str, text: str, end: int) -> str:
    """The subject of a rate followed by the growth it measures (10%的年均增长水平, 4.5%左右的增长
    目标): the words of its clause before the verbs that frame it, or :data:`ECONOMY_GROWTH`
    where there are none; ``""`` for any other figure, or a clause too long to be a name.

    >>> framed_growth_subject("确定", "确定4.5%左右的增长目标", 8)
    '经济增长'
    >>> framed_growth_subject("GDP必须保持", "GDP必须保持10%的年均增长水平", 10)
    'GDP'
    >>> framed_growth_subject("", "5%的比重", 2), framed_growth_subject("我们再", "我们再保持8%的增长率", 5)
    ('', '')
    """
    if not GROWTH_NOUN_AFTER.match(text, end):
        return ""
    own = clause.strip("，,；;、：: 　")
    owner = own[: GROWTH_FRAMING.search(own).start()]  # type: ignore[union-attr]
    if not owner:
        return ECONOMY_GROWTH
    if len(owner) > GROWTH_OWNER_MAX or not HAN_OR_LATIN.fullmatch(owner):
        return ""
    # (a name, not a clause: no adverb, preposition, pronoun or conjunction in it, as 只要我们能够
    # 再连续若干年保持百分之八至百分之九的增长率 has)
    return "" if holds_word_of(owner, (*LONG_MODIFIER_NOT, "c")) else owner


#: Steps crossed (连跨3个千亿级台阶, 连跨两个万亿元台阶): a count of levels gained, a change.
STEPS_CROSSED = re.compile(r"[^，,。；;\d]{0,8}(?:台阶|关口)")
#: What crossed the steps and the verb, closing the text before their count (地区生产总值连跨,
#: …五年跨过): heldout3, heldout16, heldout66, heldout70 write measure + 跨越的 / 跨过的 + steps.
STEPS_CROSSED_BY = re.compile(
    r"(?P<measure>[^，,；;。：:、\d]{2,20}?)(?:五年|两年|三年|连续)?(?P<verb>连跨|跨越|跨过|跨上)$"
)
#: The verb of crossing closing the text before such a count (连跨, 跨越, 跨上).
STEP_CROSSING = re.compile(r"跨(?:越|上|过)?$")
#: (or the new year faced: 面对新的一年，报告中指出，地区生产总值增长9%…, a county's news story of
#: 2019, session 66)
#: A single year opening a sentence (2015年，全市地区生产总值完成…).
YEAR_OPENED_SENTENCE = re.compile(r"\s*(?:19|20)\d{2}年[，,]")
#: The count of a session's deputies present, as a news story of the session writes it (or the
#: deputies gathered: 490多名市人大代表出席会议, 170位人大代表齐聚一堂: news stories of 2017-2023,
#: session 68).
SESSION_ATTENDANCE = re.compile(
    r"符合法定人数|(?:应到|应出席)(?:会)?代表|人大代表(?:出席|列席|齐聚|肩负|聚集)"
)
#: An estimate noted in brackets right after a figure, for it alone (880亿元(预计)).
OWN_ESTIMATE_NOTE = re.compile(r"[（(]预计(?:数)?[)）]")
#: What calls the figure before it a target in its own clause (8.5%左右的增速是稳中求进的目标).
TARGET_AFTER = re.compile(r"[^，,；;。！？\d]{0,8}?是[^，,；;。！？\d]{0,12}?目标")
UNSTRUCTURED_PLAN = re.compile(r"今年|目标|力争|确保|新的一年|新一年")
#: The same in a report delivered at the end of its year (:func:`running_years`): 今年 is the
#: year under review there, 明年 the plan year.
LATE_PLAN = re.compile(r"明年|目标|力争|确保|新的一年|新一年")
#: A target being done, written before its 目标 (完成年度目标任务42亿元的92.36%, 超年初既定目标任务数的
#: 18%: a sub-district's and a town's reviews, session 69): no plan cue.
TARGET_DONE_BEFORE = re.compile(r"(?:完成|超)[^，,。；;]{0,5}$")
#: A year that sets the year of what follows it: 到2027年, 截至2023年底, or a year opening a
#: clause (2023年，...); not a year of comparison (比2018年, 恢复到2019年的, 2023年以来) nor the end
#: of a range (1979到1983年, a span: quantity_rules.yml multi_year_spans).
YEAR_MARK = re.compile(
    # (其中2005年完成305亿元: the single year of a period's total, a city's review of 2005)
    r"(?:(?:^|(?<=[，,；;：:。\s]))(?:而|其中)?|(?<!\d)到|(?<!\d)至|截至|截止到?|在|"
    # (the year a thing happened in: 并于2024年历史性突破1万亿元, a city's review of 2025; not the
    # base of a comparison, 高于2024年 / 等于; nor a founding, 始建于2009年,现已形成…: a bureau's
    # summary of 2013, session 69, whose figures after it are of now)
    r"(?<![高低快慢大小多少等同相优劣建立始生])于|"
    # (the year whose targets are set: 近日确定了2020年地区生产总值预期目标：确保增长22%, a zone's
    # news page, session 57)
    r"(?<=确定了)|(?<=提出了)|(?<=设定了)|(?<=确定)|(?<=提出)|(?<=设定)|"
    # (the year an estimate is of: 预计2007年实现地区生产总值142亿元 in a five-year review, whose
    # figure has its own year and no span: round 34; helpers' pages of 2007-2021, session 64)
    r"(?<=预计)|(?<=預計)|"
    # (a year a copula names, closing its clause: 最高年份是一九四三年，出产生铁…: national 1955;
    # or a year an attribute or an apposition names, closing its clause: 在中华人民共和国成立的
    # 这一年，即一九四九年，全国生铁产量只有…, 在新中国成立的1949年，…)
    r"(?<=[是的即])(?=(?:19|20)\d{2}年[，,]))((?:19|20)\d{2})年"
    r"(?!的|同期|以来|前|水平|相比|基础|相当|比(?!(?:19|20)\d{2}年)|[—\-－～])"
)
#: Words of a yearly average over a span (年均增长, 平均每年增长).
PER_YEAR_WORDS = ("年均", "平均每年")
#: A written year right before a figure, which anchors it to that year (增加到2002年的…,
#: 国内生产总值2000年达…, 外汇储备2000年底达…); not a base of comparison (比1995年底增加…).
#: (最高的1936年，只有…亿斤: a year closing its clause before "only" and the figure anchors it too)
#: (The lookbehind follows the year's four digits, so the regex engine skips to a 1 or 2.)
YEAR_ANCHOR = re.compile(
    r"((?:19|20)\d{2})(?<![比较于]\d{4})\s?年(?:底|末)?"
    r"(?:的|为|达到?|分别达到?|[，,](?:也|还|也还)?(?:只有|仅有|仅为|才有))?$"
)
#: Words before a written year that make a rate after it a share of that year's level.
#: (等于/是 a year's figure: the base of a multiple, 等于1950年的六倍半, 是2010年的2.2倍)
SHARE_OF_YEAR = re.compile(r"(?:恢复|相当于|回升)(?:到|至)?$|(?:等于|是)$")


#: A change starting from a year written after 从 / 由 (从1950年的60.8%…, 从1950年到1954年…).
FROM_WRITTEN_YEAR = re.compile(r"[从由]((?:19|20)\d{2})年")
#: A note right after a figure that it is an estimate (880亿元(预计), 87%（预计数）).
EXPECTED_NOTE_AFTER = re.compile(r"\s?[（(]\s?(?:预计|预测|预估)数?\s?[)）]")
#: The same right before the figure it dates (由2015年的45603元), and how far back it is read.
FROM_YEAR_BEFORE = re.compile(r"[从由]((?:19|20)\d{2})\s?年(?:底|末)?的?$")
FROM_YEAR_REACH = 10
#: A figure written as the level a change reaches (降低到, 增加到1954年的, 上升为).
REACHED_TO = re.compile(
    r"(?:降低|下降|减少|增加|提高|上升|增长|扩大|缩小|降|升)(?:到|至|为)(?:(?:19|20)\d{2}年的?)?$"
)
#: Words that make the level reached a plan's or a forecast's, not a result.
REACHED_NOT_RESULT = ("预算", "计划", "将", "要", "争取", "力争", "预计", "。", "；", ";")
#: Where the sentence of a change ends before it (its plan words are read from there on).
SENTENCE_ENDS = ("。", "；", ";")


def reached_from_year(text: str, pos: int, plan_year: int | None) -> bool:
    """True when the figure at ``pos`` is the level a change reached, in a sentence whose last
    change starting from a written year (从1950年的…) starts before the plan year, with no plan
    or forecast word in its sentence (已从1950年的60.8%降低到1954年的30.7%，其中国防费从41.5%
    降低到21.1%): in a report without part headings, a result of the year it reaches, even the
    report's own year, not that year's target (从1950年的25.5%增加到1954年预算的45.4%: the
    budget's, a target). Reads at most :data:`CLAUSE_WINDOW` characters before the figure.

    >>> text = "比重已从1950年的60.8%降低到1954年的30.7%，其中国防费从41.5%降低到21.1%"
    >>> reached_from_year(text, text.index("30.7"), 1954), reached_from_year(text, text.index("21.1"), 1954)
    (True, True)
    >>> text = "比重从1950年的25.5%增加到1954年预算的45.4%"
    >>> reached_from_year(text, text.index("45.4"), 1954)
    False
    """
    if plan_year is None:
        return False
    floor = max(0, pos - CLAUSE_WINDOW)
    if not REACHED_TO.search(text, max(floor, pos - 12), pos):
        return False
    last = next(reversed(list(FROM_WRITTEN_YEAR.finditer(text, floor, pos))), None)
    if last is None or int(last.group(1)) >= plan_year:
        return False
    opening = max(text.rfind(w, floor, last.start()) for w in SENTENCE_ENDS) + 1
    return not any(w in text[max(floor, opening) : pos] for w in REACHED_NOT_RESULT)


def share_of_year(text: str, year_start: int) -> bool:
    """True when the year written at ``year_start`` is the base of a share (恢复到2019年的95%:
    95% of 2019's level, reached in the year under review), not the year of the figure.

    >>> share_of_year("旅游收入恢复到2019年的95%", 7)
    True
    >>> share_of_year("增加到2002年的10.2万亿元", 3)
    False
    >>> share_of_year("预算支出等于1950年的六倍半", 6)
    True
    """
    return SHARE_OF_YEAR.search(text, max(0, year_start - 4), year_start) is not None


#: A written year opening a clause (1979年农业总产值…, ，而1956年就…, 1957年的国家预算收入…,
#: 1957年度…, 但是1953年工业总产值…; 其中2005年完成…, a single year of a period's total): in a part without a review / plan heading it tells the year of what follows and
#: whether it is a result (up to the review year) or a plan (from the plan year on).
#: The end of a five-year plan a clause opens on (到“十四五”末，…要达到300亿元: a city's digest of its
#: plan outline, 2021, session 57): the plan's last year dates what follows, as 到2025年 does.
PLAN_END_MARK = re.compile(
    r"(?:^|(?<=[，,；;。：:\s]))(?:到|至|在)“?十([一二三四五六])五”?(?:规划)?(?:期)?末[，,]?"
)


#: How far back :func:`sentence_opening` looks for a sentence's start (characters).
SENTENCE_OPENING_REACH = 200


def sentence_opening(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` opens, looked for at most
    :data:`SENTENCE_OPENING_REACH` characters back.

    >>> sentence_opening("去年增长5%。今年要增长6%", 11)
    7
    """
    floor = max(0, pos - SENTENCE_OPENING_REACH)
    return max(floor, *(text.rfind(end, floor, pos) + 1 for end in "。！？\n"))


#: Modals of a goal in the clause of a figure dated by a written year, in a text dated by none.
UNDATED_PLAN_MODAL = re.compile(r"要|将|力争|确保|争取|预期|目标|计划(?!生育)|拟")


def plan_end_year(ordinal: str) -> int:
    """The last year of the five-year plan 十<ordinal>五 (一 -> 2010, 四 -> 2025).

    >>> plan_end_year("一"), plan_end_year("四"), plan_end_year("五")
    (2010, 2025, 2030)
    """
    return 2005 + 5 * "一二三四五六".index(ordinal) + 5


#: A year opening a clause (2013年，…; 在2013年…; 刚刚过去的2013年，是…: a city's news story of
#: 2014, session 61, whose outline sentence before it named the plan's 2014).
CLAUSE_YEAR = re.compile(
    r"(?:^|(?<=[，,；;。：:]))(?:但是?|可是|同时|其中)?(?:而|在|到|至|截至|并于|于|刚刚过去的)?"
    r"((?:19|20)\d{2})年度?的?"
    r"(?!以来|前|水平|相比|基础|相当|比(?!(?:19|20)\d{2}年)|同期|[—\-－～、])"
)


#: 去年 opening a clause (…抽样调查，去年全国城镇居民…): in a part without a review / plan heading
#: (national 1985) the figures after it are results of the year under review, as after a year
#: written in a clause opening (:data:`CLAUSE_YEAR`).
CLAUSE_LAST_YEAR = re.compile(r"(?:^|(?<=[，,；;。：:]))(?:而|在)?去年(?!同期)")
#: 今年 opening a clause (…“十一五”期间，关停5000万千瓦，今年要关停1000万千瓦): the plan year's
#: own share of a multi-year goal; it ends the multi-year span before it, as a written year does.
CLAUSE_THIS_YEAR = re.compile(r"(?:^|(?<=[，,；;。：:]))(?:而|在)?今年(?!同期|以来)")


#: A year compared with an earlier one anywhere in a clause (农业总产值1981年比1980年增长…,
#: 1982年预计比1981年…, 1986年同1978年相比，…): the figure that follows is of the first year;
#: the start value of 由A增加到B after it is of the second (the base year, group 2 or 3).
YEAR_PAIR = re.compile(
    r"((?:19|20)\d{2})年(?:预计)?(?:比((?:19|20)\d{2})年|(?:同|与|和|跟)((?:19|20)\d{2})年相比)"
)
#: Two written years compared as a sentence's frame (一九八二年同一九七八年相比，…): the figures
#: after it are of those years, a yearly average (平均每年增加…) of the interval between them, not
#: of the heading's span (round 63: 39 of the 40 union rows under one write no span, 4 reports).
YEAR_COMPARED = re.compile(r"(?:19|20)\d{2}年(?:同|与|和|跟)(?:19|20)\d{2}年相比")
#: The base of a comparison written with its year and figure (比1957年的1241亿元增长65%): the
#: figure is that year's result.
BASE_VALUE_BEFORE = re.compile(r"[比较同]((?:19|20)\d{2})年(?:底|末)?的$")
#: A share compared with a written year's (小于1952年所占的比例13.2%: heldout114 national 1956
#: writes it actual 1952): the figure is that year's share.
COMPARED_YEAR_SHARE = re.compile(
    r"(?:小于|低于|高于|大于|少于|多于)((?:19|20)\d{2})年(?:所占)?的?(?:比例|比重)$"
)
#: The longest text :data:`COMPARED_YEAR_SHARE` can match before a figure.
COMPARED_YEAR_SHARE_CHARS = 14
#: A written year right before a growth word and its figure (大大低于1985年增长44.6%): the
#: figure is that year's (低于/高于 compare it; 比1985年增长 is a base, excluded).
#: (The lookbehind follows the year's four digits, so the regex engine skips to a 1 or 2; nor the
#: second base of 分别比上年和2000年增长7.4%和60.3%: a city's review of 2005, session 55.)
YEAR_GROWTH_BEFORE = re.compile(
    r"((?:19|20)\d{2})(?<![比较]\d{4})(?<![比较][上去]年[和与及]\d{4})年的?(?:增长|增加|下降|减少)了?$"
)
#: 比 / 较 and words naming the year after them (比历史上最好的1984年, 较产量最高的1984年): that year is
#: the base of a comparison as 比1984年 is (a county's review of 1985, session 54).
BEST_YEAR_COMPARED = re.compile(r"[比较][^，,；;。比较]{1,10}的$")


def last_clause_year(text: str, last_year: int | None = None) -> int | None:
    """The last year of :data:`CLAUSE_YEAR` in a sentence, carried to the next sentences of its
    paragraph (1957年的工业总产值… then 农业总产值比1956年将增长…); a clause opening on 去年
    (:data:`CLAUSE_LAST_YEAR`) counts as ``last_year``, the year under review.

    >>> last_clause_year("1979年农业总产值比1978年增长8.6％。"), last_clause_year("比1956年减少")
    (1979, None)
    >>> last_clause_year("据抽样调查，去年城镇居民收入达到608元。", 1984)
    1984
    >>> last_clause_year("2021年4月13日在闻喜县第十七届人民代表大会第一次会议上。") is None
    True
    """
    found: tuple[int, int] | None = None
    sessions = session_year_starts(text)
    for m in CLAUSE_YEAR.finditer(text):
        if m.start(1) not in sessions:  # (a session's date: when the report was given)
            found = (m.start(), int(m.group(1)))
    if last_year is not None and "去年" in text:  # (no scan of a sentence without it)
        for m in CLAUSE_LAST_YEAR.finditer(text):
            if found is None or m.start() > found[0]:
                found = (m.start(), last_year)
    return found[1] if found else None


def chinese_year_forms(source: str) -> dict[str, str]:
    """The years ``source`` writes in Chinese digits, by the Arabic form :func:`arabic_years`
    gives them (the inverse: subjects are built from the turned text and read back in the
    report's own words, 一九五三年, as the gold writes them; full-width digits stay folded, as
    the clean view folds them everywhere).

    >>> chinese_year_forms("在一九五三年修建"), chinese_year_forms("2024年")
    ({'1953': '一九五三'}, {})
    """
    if "年" not in source or not CHINESE_YEAR_OPENING.search(source):
        return {}
    return {m.group().translate(YEAR_DIGIT): m.group() for m in CHINESE_YEAR.finditer(source)}


#: A year in Arabic digits before 年, the shape :func:`arabic_years` writes.
ARABIC_YEAR = re.compile(r"\d{4}(?=年)")


def years_as_written(subject: str, forms: dict[str, str]) -> str:
    """``subject`` with each year of ``forms`` (:func:`chinese_year_forms`) as the report
    writes it.

    >>> years_as_written("鞍山钢铁公司在1953年修建的职工宿舍", {"1953": "一九五三"})
    '鞍山钢铁公司在一九五三年修建的职工宿舍'
    """
    return ARABIC_YEAR.sub(lambda m: forms.get(m.group(), m.group()), subject)


#: A run of Chinese digits holding a zero (一九八〇, 一〇〇).
ZERO_DIGIT_RUN = re.compile("[〇零一二三四五六七八九]*〇[〇零一二三四五六七八九]*")


def typed_zero_forms(clean: str, source: str) -> dict[str, str]:
    """The digit runs of ``clean`` whose zero the report types otherwise (○, O: see
    :func:`govreport.report.common_forms`), by their form in ``source`` (:func:`as_written`).

    >>> typed_zero_forms("一九七九和一九八〇两年", "一九七九和一九八○两年")
    {'一九八〇': '一九八○'}
    """
    if "〇" not in clean or clean == source:
        return {}
    forms = ((m.group(), source[m.start() : m.end()]) for m in ZERO_DIGIT_RUN.finditer(clean))
    return {run: written for run, written in forms if run != written}


def zeros_as_written(subject: str, forms: dict[str, str]) -> str:
    """``subject`` with each digit run of ``forms`` (:func:`typed_zero_forms`) as written.

    >>> zeros_as_written("一九七九和一九八〇", {"一九八〇": "一九八○"})
    '一九七九和一九八○'
    """
    return ZERO_DIGIT_RUN.sub(lambda m: forms.get(m.group(), m.group()), subject)


#: 今年 = plan year, 去年 = review year, but not 比去年 / 较去年 / 与去年 (a base of comparison); in a
#: report delivered at the end of its year (:func:`running_years`) 今年 is the year under review
#: and 明年 the plan year.
RELATIVE_YEAR = re.compile(r"(?<![比较同与])(?:今年|去年|明年)(?!同期)")
#: A plan for the year after the report's own (1982年的计划, 明年的计划, 1965年发展国民经济计划).
NEXT_YEAR_PLAN = r"(?:明年|{next}年)[^，,。；;]{{0,12}}计划"
#: How many such mentions make a report one delivered at the end of its year.
NEXT_YEAR_PLAN_MIN = 2


def running_years(
    text: str, years: tuple[int | None, int | None], plan_headings: Iterable[int | None] = ()
) -> tuple[int | None, int | None]:
    """``(review_year, plan_year)`` the figures of a report refer to: the report's own years,
    except for a report delivered at the end of its year Y (national 1964, 1981: it sets out the
    plan of Y+1, 明年的计划, and reviews Y itself, 今年…预计), which reviews Y and plans Y+1. A
    plan part whose heading names Y+1 (``plan_headings``: national 1980, delivered in August)
    says so itself (:func:`heading_year`) and its review stays the last full year.

    >>> running_years("今年增长4%。明年的计划要点是…。1982年的计划安排…", (1980, 1981))
    (1981, 1982)
    >>> running_years("今年增长4%，明年的计划…", (2024, 2025))
    (2024, 2025)
    >>> running_years("明年的计划…1982年的计划…", (1980, 1981), [1982])
    (1980, 1981)
    """
    _, plan_year = years
    if plan_year is None or plan_year + 1 in plan_headings:
        return years
    pattern = re.compile(NEXT_YEAR_PLAN.format(next=plan_year + 1))
    found = 0
    for _ in pattern.finditer(text):
        found += 1
        if found >= NEXT_YEAR_PLAN_MIN:
            return plan_year, plan_year + 1
    return years


#: A note in brackets (…同比增长50.8%（1-7月份，限额以上固定资产投资完成11.9亿元…）).
BRACKET_NOTE = re.compile(r"[（(][^（()）]{0,80}[）)]")


def bracket_span_ends(
    text: str, marks: Sequence[tuple[int, tuple, object]]
) -> list[tuple[int, tuple, object]]:
    """Marks restoring, where a note in brackets closes, the part-year span in force before it,
    for the notes that write a span of their own (上半年…增长50.8%（1-7月份，…完成11.9亿元…）；一般
    公共预算收入…: the note's months are its own, a banner's plan report of 2021, session 68).

    >>> marks = [(2, (2, 3), "上半年"), (10, (10, 5), "1-7月份")]
    >>> bracket_span_ends("上半年增长5%（1-7月份增长6%），收入增长3%", marks)
    [(18, (18, 0), '上半年')]
    """
    notes = [note.span() for note in BRACKET_NOTE.finditer(text)]
    if not notes:
        return []
    # (the span before a note is one written outside every note: the notes restore it in turn)
    outside = _PrefixBest(m for m in marks if region_at(notes, m[0] - 1) is None)
    ends = sorted(m[0] for m in marks)
    out: list[tuple[int, tuple, object]] = []
    for start, end in notes:
        i = bisect_right(ends, start)
        if i < len(ends) and ends[i] <= end:
            before = outside.at(start)
            out.append((end, (end, 0), before if before is not None else ""))
    return out


class _PrefixBest:
    """Marks ``(end, key, value)`` of a sentence; :meth:`at` gives the value of the mark with the
    greatest key among those ending at or before a position (bisect: log time per query)."""

    def __init__(self, marks: Iterable[tuple[int, tuple, object]]) -> None:
        ordered = sorted(marks, key=lambda m: m[0])
        self.ends = [m[0] for m in ordered]
        self.best: list[tuple[tuple, object]] = []
        for _, key, value in ordered:
            if not self.best or key > self.best[-1][0]:
                self.best.append((key, value))
            else:
                self.best.append(self.best[-1])

    def at(self, pos: int) -> object:
        i = bisect_right(self.ends, pos) - 1
        return self.best[i][1] if i >= 0 else None


def _first_end(text: str, words: Iterable[str]) -> int:
    """End of the earliest-ending occurrence of any of ``words`` (len(text) + 1 if none); a word
    after 比/较/同 is a base of comparison (比去年预算增加), after 从/由 the start of a change
    (赤字率从去年的2.1%提高到2.3%), not a mention of the past, nor one
    before 工作 (加快…等前期工作: the preparatory work, still to be done).

    >>> _first_end("加快前期工作，力争投资超600亿元", ["前期"]), _first_end("前期已筛选25件", ["前期"])
    (18, 2)
    """
    ends = []
    for word in words:
        at = text.find(word)
        while at >= 0 and (
            (at > 0 and text[at - 1] in "比较同与从由") or text.startswith("工作", at + len(word))
        ):
            at = text.find(word, at + 1)
        if word and at >= 0:
            ends.append(at + len(word))
    return min(ends, default=len(text) + 1)


def plan_ordinal_end(match: re.Match[str]) -> str:
    """The last year of the five-year plan whose ordinal a span names in its first group
    (“七五”时期 -> 1990, “一五”时期 -> 1957), as text; "" when the ordinal is no numeral.

    >>> plan_ordinal_end(re.match("“([一二三四五六七八九十]{1,2})五”", "“七五”时期"))
    '1990'
    """
    numeral = next((g for g in match.groups() if g), "")
    ordinal = small_numeral(numeral, colloquial=False)
    return str(five_year_plan_start(ordinal) + 4) if ordinal else ""


#: The count of years a relative span names (今后八年, 三年内, 过去5年): its last digit or 十, or
#: the count in Arabic digits.
SPAN_COUNT = re.compile(r"([二两三四五六七八九十]|(?<![0-9])(?:[2-9]|10))年")


def span_count(numeral: str) -> int | None:
    """The value of a :data:`SPAN_COUNT` count, in Chinese or Arabic digits.

    >>> span_count("八"), span_count("5"), span_count("10"), span_count("一一")
    (8, 5, 10, None)
    """
    return int(numeral) if numeral.isdigit() else small_numeral(numeral)


#: 本世纪末 in a report of the 20th century: the end of a written range (一九八一年到本世纪末).
CENTURY_END = 2000
#: Digits a year may be written in (一九七九, 一九八○, １９７９) mapped to ASCII, for the years of a
#: span written without 年 after each (一九七九和一九八○两年).
YEAR_DIGITS = str.maketrans("零〇○一二三四五六七八九０１２３４５６７８９", "0001234567890123456789")


#: A goal's horizon written in the figure's own clause, beyond the years that govern it: 到本世纪末
#: (in a report of the 20th century), 为到2010年, 在本世纪末, 原定2000年; not a base (比2000年) nor
#: a span's start (2000年以来).
GOAL_HORIZON = re.compile(
    r"本世纪末|(?:(?<!\d)到|(?<!\d)在|原定)((?:19|20)\d{2})年(?:底|末)?(?!以来|前|[—\-－～到至])"
)
#: Words in the clause that say the goal was already reached (提前实现了本世纪末…翻两番: a result).
GOAL_REACHED = re.compile(r"提前|实现了|已经|已")
#: A comparison opened before a horizon in its clause makes the horizon's figure a base.
COMPARED_BEFORE = re.compile(r"[比较]")
#: Where the figure's clause opens (the last of these before it).
CLAUSE_OPENERS = "，,；;。：:！？!?\n"


def goal_horizon(text: str, pos: int, plan_year: int | None) -> int | None:
    """The year of a goal set in the clause ending at ``pos`` for a time after ``plan_year``
    (see :data:`GOAL_HORIZON`), ``None`` when the clause sets none or says it was reached.

    >>> goal_horizon("这样，到本世纪末争取实现工农业年总产值翻两番", 22, 1983)
    2000
    >>> goal_horizon("为到2010年国内生产总值比2000年翻一番", 20, 2001)
    2010
    >>> goal_horizon("提前实现了本世纪末国民生产总值比1980年翻两番", 24, 1998) is None
    True
    >>> goal_horizon("比2000年增长一倍", 7, 1998) is None
    True
    >>> goal_horizon("比五年计划原定1957年280亿斤的水平超过", 22, 1956) is None
    True
    >>> goal_horizon("到2027年数字经济核心产业增加值占比达到", 20, 2025) is None
    True
    """
    if plan_year is None:
        return None
    low = max(0, pos - CLAUSE_WINDOW)
    opened = max(text.rfind(c, low, pos) for c in CLAUSE_OPENERS)
    clause = text[max(low, opened + 1) : pos]
    found = None
    for m in GOAL_HORIZON.finditer(clause):
        if not COMPARED_BEFORE.search(clause, 0, m.start()):  # (比五年计划原定1957年的水平: a base)
            found = int(m.group(1)) if m.group(1) else CENTURY_END
    if found is None or found <= plan_year or GOAL_REACHED.search(clause):
        return None
    if found % 5 and found != plan_in_force_end(plan_year):
        return None  # 到2027年 in a 2025 report: a target of that year, no plan ends then
    return found


def plan_in_force_start(year: int) -> int | None:
    """First year of the five-year plan that ``year`` falls in (``None`` between plans: the
    1963-1965 adjustment).

    >>> plan_in_force_start(1957), plan_in_force_start(1964), plan_in_force_start(2024)
    (1953, None, 2021)
    """
    for ordinal in range(1, 31):
        start = five_year_plan_start(ordinal)
        if start <= year < start + 5:
            return start
    return None


def plan_in_force_end(year: int) -> int | None:
    """Last year of the five-year plan that ``year`` falls in (1955 -> 1957), else ``None``."""
    start = plan_in_force_start(year)
    return start + 4 if start is not None else None


def span_end(
    match: re.Match[str], end_rule: str, offset: int, plan_year: int | None = None
) -> tuple[str, int]:
    """``(end, offset)`` of a multi-year span: a written year, ``review``/``plan`` (plus the
    rule's offset) or, by the rule's name, the last year of the five-year plan an ordinal names
    (``plan_ordinal``), the plan year plus the years counted less one (``plan_count``: 今后八年 in
    1978 ends 1985) or the range's last written year (``range_end``: 1966年到1976年, 1981年到本世纪末
    -> 2000) or the years elapsed of the five-year plan in force in the plan year
    (``plan_elapsed``: 前三年 in 1957 -> 1955); ``""`` when the rule cannot tell.

    >>> span_end(re.search("今后八年", "今后八年"), "plan_count", 0)
    ('plan', 7)
    >>> span_end(re.search(".+", "1966年到1976年"), "range_end", 0)
    ('1976', 0)
    >>> span_end(re.search(".+", "一九七九和一九八○两年"), "range_end", 0)
    ('1980', 0)
    >>> span_end(re.search("“(十一)五”前四年", "“十一五”前四年"), "plan_elapsed", 0, 2010)
    ('2009', 0)
    """
    if end_rule == "plan_ordinal":
        return plan_ordinal_end(match), offset
    if end_rule == "plan_count":
        count = SPAN_COUNT.search(match.group())
        number = span_count(count.group(1)) if count else None
        return ("plan", number - 1) if number else ("", 0)
    if end_rule == "plan_elapsed":
        written = match.group()
        count = SPAN_COUNT.search(written, max(written.rfind("年") - 1, 0))
        number = span_count(count.group(1)) if count else None
        start = plan_in_force_start(plan_year) if plan_year is not None else None
        named = plan_ordinal_end(match) if any(match.groups()) else ""
        if named:  # “十一五”前四年: the years of the plan named, not of the plan in force
            start = int(named) - 4
        if not number or start is None or start + number - 1 >= plan_year:  # type: ignore[operator]
            return "", 0
        return str(start + number - 1), 0
    if end_rule == "range_end":
        years = re.findall(r"(?:19|20)\d{2}", match.group().translate(YEAR_DIGITS))
        if "本世纪末" in match.group():
            return str(CENTURY_END), 0
        return (years[-1], 0) if len(years) > 1 else ("", 0)
    return end_rule, offset


def now_reach(text: str, end: int, word: str, rules: Rules) -> int:
    """How many characters after ``end`` a word of the time of speaking ending there governs:
    :data:`NOW_WINDOW` for a word of ``now_words`` (目前, 现在), the end of its clause for one of
    ``now_clause_words`` (现已, at most :data:`NOW_CLAUSE_WINDOW`), else the figure right after it
    (:data:`NOW_MODIFIER_WINDOW`, 现有).

    >>> from govreport.quantities.rules import load_rules
    >>> now_reach("总数现已达到155个，已有120万人次受益", 4, "现已", load_rules())
    6
    """
    if word in rules.now_words:
        return NOW_WINDOW
    if word in rules.now_clause_words:
        stop = NOW_CLAUSE_END.search(text, end, end + NOW_CLAUSE_WINDOW)
        return (stop.start() if stop else end + NOW_CLAUSE_WINDOW) - end
    return NOW_MODIFIER_WINDOW


#: How far (characters) a word of the time of speaking governs the figures after it.
NOW_WINDOW = 60
#: A bare noun phrase listed after a figure (，中等学校学生), with no verb of its own.
BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}")
#: A level reached by now (提高到现在的1721元, 压缩到目前的平均4个工作日: an average or per-head
#: word between does not change it): a result of the report's year, not a stock.
NOW_REACHED = re.compile(r"[到至](?:目前|现在)的?(?:平均|人均)?$")
#: The longest text :data:`NOW_REACHED` can match.
NOW_REACHED_CHARS = 7
#: How far a modifier of the time of speaking (现有十二亿亩) reaches: the figure right after it.
NOW_MODIFIER_WINDOW = 2
#: How far a word of the time of speaking before its verb (现已达到155个) reaches: up to the end of its
#: clause, at most this many characters.
NOW_CLAUSE_WINDOW = 12
NOW_CLAUSE_END = re.compile(r"[，,；;。：:！？]")
#: A character that ends a clause (:data:`govreport.quantities.rules.CLAUSE_END`).
CLAUSE_END_CHAR = re.compile(f"[{re.escape(CLAUSE_END)}]")


def multi_year_patterns(rules: Rules) -> tuple[re.Pattern[str], ...]:
    """The patterns of ``rules.multi_year_spans``, in order (one tuple per rules object)."""
    return per_rules(
        rules, "multi_year_patterns", lambda r: tuple(m[0] for m in r.multi_year_spans)
    )


def multi_year_alternation(rules: Rules) -> re.Pattern[str]:
    """The patterns of ``rules.multi_year_spans`` as one alternation (one rules object, one
    compiled pattern): where it does not match, none of them does."""
    return per_rules(
        rules,
        "multi_year_alternation",
        lambda r: re.compile("|".join(f"(?:{p.pattern})" for p in multi_year_patterns(r))),
    )


#: Works already started or done (已开工建设的…项目: heldout9 1983, 已开工重大水利工程项目: the
#: gold writes both a level): no units new in the period.
ALREADY_DONE = re.compile(r"已经?(?:开工|建成|竣工|完工|投产)")
#: A figure closing an earlier item of a 、-list (续建项目20个、): the items after it are others.
COUNTED_ITEM_END = re.compile(r"[0-9０-９][^0-9０-９、，,；;]{0,6}、")


def own_list_item(clause: str) -> str:
    """The end of ``clause`` after the last item of a 、-list that closes on a figure of its own
    (:data:`COUNTED_ITEM_END`), else the whole clause.

    >>> own_list_item("其中续建项目20个、新开工项目"), own_list_item("续建、新建的大中型项目共")
    ('新开工项目', '续建、新建的大中型项目共')
    """
    ends = [m.end() for m in COUNTED_ITEM_END.finditer(clause)] if "、" in clause else []
    return clause[ends[-1] :] if ends else clause


#: A document's title in book-title marks (编制《安宁河流域高质量发展规划（2022—2030年）》，梳理项目
#: 168个: a prefecture's review of 2022, session 66): the years it names govern no figure.
BOOK_TITLE = re.compile(r"《[^《》\n]{1,80}》")


@dataclass
class Cues:
    """Period, span and hedge cues of one sentence, found once (linear in its length) and then
    looked up per quantity position."""

    text: str
    spans: _PrefixBest
    multi: _PrefixBest
    local_multi: list[tuple[int, int, tuple[str, str, int]]]
    years: _PrefixBest
    written_years: _PrefixBest
    clause_ends: list[int]
    governing: dict[str, list[int]]
    past_end: int
    plan_cue_end: int
    clause_years: _PrefixBest | None = None
    #: the last year of a plan period in force from the plan year on (a plan part's heading or
    #: opening), which a bare count of years (五年累计…, `in_force`) refers to
    in_force_end: int | None = None
    #: in a plan part whose heading names no plan period, the last year of the five-year plan in
    #: force in the plan year, which a bare 五年 refers to (五年淘汰落后炼铁产能1亿吨 in 2007 ->
    #: 2010); fewer years (两年平均每年增长…) are the plan's years elapsed, the review's
    plan_in_force_end: int | None = None
    #: where the first forecast of the plan year (预计今年) ends, len(text) + 1 if none
    forecast_end: int = 1 << 62
    #: where the first 累计 starts, -1 if none
    first_sum: int = -1
    #: where a written single year opening a clause ends (ends a multi-year span before it)
    year_opens: list[int] = field(default_factory=list)
    #: the clause year carried from the paragraph's earlier sentences (unstructured parts)
    carried_year: int | None = None
    # the year 预计 estimates in a part without a review or plan heading, when the report's date
    # line says (quantities.table.estimated_year); else the plan year
    estimate_year: int | None = None
    #: the base year of a year pair (1986年同1978年相比) in force at a position
    base_years: _PrefixBest | None = None
    #: the report's own year when it reviews it (delivered at its end: running_years)
    current_year: int | None = None
    #: hedges of an estimate framing the whole sentence or paragraph (根据预计，…: estimate_lead)
    lead_words: tuple[str, ...] = ()
    #: where the lead words stop framing the sentence's figures (:func:`estimate_topic_end`)
    lead_end: int | None = None
    #: the year a review paragraph opens on an estimate of (一九五七年的工业总产值…预计达到…):
    #: its later sentences about that year are estimates too, with no hedge of their own
    carried_estimate: int | None = None
    #: where the sentence's first comparison with the year before set off by a comma starts
    #: (:data:`SAME_YEAR_COMPARED`), -1 for none, -2 not looked for yet (looked for once)
    compared_at: int = -2
    #: where each clause opening on 今年 ends (:meth:`reopened`)
    this_year_opens: list[int] = field(default_factory=list)
    #: where each word of the time of speaking ends (目前, 现在, 现有: :meth:`now_governs`)
    #: (and how far it reaches: an adverb its sentence, 现有 the figure right after it)
    now_ends: list[tuple[int, int]] = field(default_factory=list)
    #: per clause start, where the first of each governing word in the clause ends (sorted), its
    #: start and the word, and the answers given so far by how many of them have ended and the
    #: lead words (:meth:`governing_at`)
    clause_governing: dict[
        int,
        tuple[list[int], list[tuple[int, str]], dict[tuple[int, tuple[str, ...]], list[str]]],
    ] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        text: str,
        rules: Rules,
        years: tuple[int | None, int | None],
        source: str = "",
        current_year: int | None = None,
    ) -> Cues:
        """Cues of ``text`` (its years in Arabic digits, :func:`arabic_years`); spans are
        reported as ``source`` writes them (the sentence as written, same offsets);
        ``current_year`` is the report's own year (今年) when it is not the plan year."""
        review_year, plan_year = years
        source = source or text
        span_marks: list[tuple[int, tuple, object]] = []
        for pattern, may in zip(rules.spans, possible_matches(text, rules.spans), strict=True):
            if not may:
                continue  # (a character every match has is not in the text)
            for m in pattern.finditer(text):
                if part_span_compared(text, m.start(), m.end()):
                    continue  # 增幅比一季度回落: the base of a comparison, not the span
                if part_span_start(text, m.start(), m.end()):
                    continue  # 从5月份起暂停…: when something began, not the span
                span_marks.append((m.end(), (m.end(), len(m.group())), source[m.start() : m.end()]))
        for word in rules.full_year_words:
            if word not in text:
                continue  # (most sentences hold none: no pattern to look up and run)
            for m in re.finditer(re.escape(word), text):
                span_marks.append((m.end(), (m.end(), len(word)), ""))
        if span_marks and ("（" in text or "(" in text):
            span_marks.extend(bracket_span_ends(text, span_marks))
        if span_marks and ("；" in text or ";" in text):
            # (…，2023年1-11月，规模以上工业总产值达5534亿元…；城区品质得到整体性提升，重点片区
            # 投资增长25.8%: the summary's next field is of the year, not of the months)
            for m in SUMMARY_FIELD_OPENING.finditer(text):
                span_marks.append((m.end(), (m.end(), 0), ""))
        multi_marks: list[tuple[int, tuple, object]] = []
        local_marks: list[tuple[int, int, tuple[str, str, int]]] = []
        regions = compared_regions(text)
        possible = possible_matches(text, multi_year_patterns(rules))
        titles = [m.span() for m in BOOK_TITLE.finditer(text)] if "《" in text else []
        for index, (pattern, end_rule, offset, clause) in enumerate(rules.multi_year_spans):
            if not possible[index]:
                continue  # (a character every match has is not in the text)
            for m in pattern.finditer(text):
                if titles and region_at(titles, m.start()) is not None:
                    continue  # 《…规划（2022—2030年）》: the document's years, no span
                region = region_at(regions, m.start())
                if region is not None:
                    # 是1950年到2002年53年的总和: the base governs its own figures only
                    end, shift = span_end(m, end_rule, offset, plan_year)
                    if end:
                        as_written = source[m.start() : m.end()]
                        local_marks.append((m.end(), region[1], (as_written, end, shift)))
                    continue
                if comparison_before(text, m.start()):
                    continue  # 比“十三五”时期增长78.9%: the base of a comparison, not the span
                if MULTIPLE_OF_AFTER.match(text, m.end()):
                    continue  # 为“十三五”时期的2.2倍, 近两年的水平: a base, not the span
                if compared_base(text, m.start(), m.end()):
                    continue  # “六五”时期同“五五”时期相比: the second period is the base
                end, shift = span_end(m, end_rule, offset, plan_year)
                if not end:
                    continue
                as_written = source[m.start() : m.end()]
                if clause or base_phrase(text, m.end()) or inner_since(text, m):
                    # 五年年均增长5.2%，…: up to the end of its clause
                    stop = CLAUSE_STOP.search(text, m.end())
                    until = stop.start() if stop else len(text)
                    local_marks.append((m.end(), until, (as_written, end, shift)))
                else:
                    multi_marks.append((m.end(), (m.end(), -index), (as_written, end, shift)))
        pairs = list(YEAR_PAIR.finditer(text))
        # (a session's date is when the report was given, not the year of what follows it: 2021年
        # 4月13日在…人民代表大会…上 run into the review of 2020, a county's page)
        sessions = session_year_starts(text)
        marks = [m for m in YEAR_MARK.finditer(text) if m.start(1) not in sessions]
        this_year = [m.end() for m in CLAUSE_THIS_YEAR.finditer(text)] if "今年" in text else []
        # (read once, used twice below)
        clause_year_marks = [m for m in CLAUSE_YEAR.finditer(text) if m.start(1) not in sessions]
        plan_ends = [
            (m.end(), m.start(), plan_end_year(m.group(1)))
            for m in (PLAN_END_MARK.finditer(text) if "五" in text else ())
        ]
        year_marks: list[tuple[int, tuple, object]] = [
            *((m.end(), (m.start(), int(m.group(1))), int(m.group(1))) for m in (*marks, *pairs)),
            *((end, (start, year), year) for end, start, year in plan_ends),
        ]
        before_from = _PrefixBest(year_marks)
        for m in FROM_YEAR_TO.finditer(text):
            # 赤字率从去年的2.1%提高到2.3%: the year is the start value's, not the end value's;
            # the year in force before it (到1985年…由1980年的A增加到B) comes back
            year_marks.append((m.end(), (m.end(), 0), before_from.at(m.start())))
        year_starts = sorted(m.start() for m in (*marks, *pairs))  # (sorted once: linear time)
        for opens, closes in (*regions, *aside_regions(text)):
            first = bisect_left(year_starts, opens)
            if first < len(year_starts) and year_starts[first] < closes:
                # …，是1950年到2002年…的总和；新增…: the year in force before the base comes back
                # (so after a note in brackets: 增长24.2[注:1992年…为1980亿元]，其中第一产业…)
                year_marks.append((closes, (closes, 0), before_from.at(opens)))
        for m in marks:
            base = BASE_PHRASE.match(text, m.end())
            if base:  # 在1958年增产…的基础上，再增加…: the year names the base, not what follows
                year_marks.append((base.end(), (base.end(), 0), None))
        written = list(year_marks)
        late = current_year is not None and current_year != plan_year
        today = current_year if late else plan_year
        for m in RELATIVE_YEAR.finditer(text):
            if m.group() == "明年" and not late:
                continue
            value = {"今年": today, "明年": plan_year}.get(m.group(), review_year)
            if m.group() == "去年" and late and today is not None:
                value = today - 1
            if value is not None:
                year_marks.append((m.end(), (m.start(), value), value))
                if m.group() != "去年":  # 今年…计划增长8%: the plan year, not the period in force
                    written.append((m.end(), (m.start(), value), value))
        words = (*rules.governing_hedges, "累计")
        blocked = _blocked_spans(text, rules)
        governing = {
            w: [
                m.start()
                for m in (re.finditer(re.escape(w), text) if w in text else ())
                if not _inside(m, blocked)
                and not _estimated_base_before(text, m.start())
                and not (w in rules.expected_words and attributive_estimate(text, m.start(), w))
                and not closed_forecast(text, m.start())
                and not (w == "预计" and OWN_ESTIMATE_NOTE.match(text, m.start() - 1))
            ]
            for w in words
        }
        last_year = today - 1 if late and today is not None else review_year
        plan_cue = next(
            (
                m
                for m in (LATE_PLAN if late else UNSTRUCTURED_PLAN).finditer(text)
                if not (
                    m.group() == "目标"
                    and TARGET_DONE_BEFORE.search(text, max(0, m.start() - 8), m.start())
                )
            ),
            None,
        )
        return cls(
            text=text,
            spans=_PrefixBest(span_marks),
            multi=_PrefixBest(multi_marks),
            local_multi=sorted(local_marks),
            years=_PrefixBest(year_marks),
            written_years=_PrefixBest(written),
            clause_ends=[m.start() for m in CLAUSE_END_CHAR.finditer(text)],
            governing={w: starts for w, starts in governing.items() if starts},  # (held words)
            past_end=_first_end(text, rules.past_words),
            plan_cue_end=plan_cue.end() if plan_cue else len(text) + 1,
            clause_years=_PrefixBest(
                [
                    *(
                        (m.end(), (m.start(),), int(m.group(1)))
                        for m in (*clause_year_marks, *pairs)
                    ),
                    *((end, (start,), year) for end, start, year in plan_ends),
                    *(
                        (m.end(), (m.start(),), last_year)
                        for m in (
                            CLAUSE_LAST_YEAR.finditer(text)
                            if last_year is not None and "去年" in text
                            else ()
                        )
                    ),
                ]
            ),
            year_opens=sorted([*(m.end() for m in (*clause_year_marks, *pairs)), *this_year]),
            forecast_end=_first_end(text, rules.forecast_words),
            first_sum=text.find("累计"),
            current_year=today if late else None,
            base_years=_PrefixBest(
                (m.end(), (m.start(),), int(m.group(2) or m.group(3))) for m in pairs
            ),
            this_year_opens=this_year,
            now_ends=sorted(
                (m.end(), now_reach(text, m.end(), word, rules))
                for word in (*rules.now_words, *rules.now_modifiers, *rules.now_clause_words)
                if word in text
                for m in re.finditer(re.escape(word), text)
                if m.start() == 0 or text[m.start() - 1] not in rules.now_not_after
            ),
        )

    def compared_before(self, pos: int) -> bool:
        """True when a comparison with the year before set off by a comma (比上一年，…) stands
        in the sentence before ``pos``; the sentence is searched once."""
        if self.compared_at == -2:
            found = SAME_YEAR_COMPARED.search(self.text)
            self.compared_at = found.start() if found else -1
        return 0 <= self.compared_at < pos

    def reopened(self, pos: int) -> bool:
        """True when a clause opening on 今年 lies between the first past word of the sentence
        and ``pos`` (去年已经对其中近300户…，今年要扩大到511户: the plan year again)."""
        k = bisect_right(self.this_year_opens, pos) - 1
        return k >= 0 and self.this_year_opens[k] > self.past_end

    def now_governs(self, pos: int, blockers: Iterable[str]) -> bool:
        """True when a word of the time of speaking (目前, 现在) governs ``pos``: the last one
        before it in the sentence, at most :data:`NOW_WINDOW` characters before, with no year
        mark and none of ``blockers`` (plan words: 目前…要…) in between."""
        i = bisect_right(self.now_ends, (pos, 1 << 62)) - 1
        if i < 0 or pos - self.now_ends[i][0] > self.now_ends[i][1]:
            return False
        end = self.now_ends[i][0]
        j = bisect_right(self.years.ends, pos) - 1
        if j >= 0 and self.years.ends[j] > end:
            return False  # 现在我们要在1958年增产…的基础上: the year written after it
        between = self.text[end:pos]
        return not any(w in between for w in blockers)

    def base_year(self, pos: int) -> int | None:
        """The base year of the last year pair before ``pos`` (1986年同1978年相比 -> 1978)."""
        value = self.base_years.at(pos) if self.base_years else None
        return None if value is None else int(value)  # type: ignore[call-overload]

    def clause_year(self, pos: int) -> int | None:
        """The written year opening a clause before ``pos`` (else the one carried)."""
        value = self.clause_years.at(pos) if self.clause_years else None
        return self.carried_year if value is None else int(value)  # type: ignore[call-overload]

    def span(self, pos: int) -> str:
        """The part-year span in force at ``pos`` ('' for a full year or none)."""
        value = self.spans.at(pos)
        return str(value) if value else ""

    def multi_mark_end(self, pos: int) -> int:
        """Where the words of the multi-year period governing ``pos`` end (0 without one)."""
        i = bisect_right(self.multi.ends, pos) - 1
        return self.multi.best[i][0][0] if i >= 0 and self.multi.best[i] else 0

    def multi_year(
        self, pos: int, review_year: int | None, plan_year: int | None
    ) -> tuple[str, int | None] | None:
        """The multi-year period governing ``pos`` (过去五年, “十四五”期间) and its last year."""
        found = self.multi.at(pos)
        local_found, local_start = None, 0
        i = bisect_right(self.local_multi, (pos, 1 << 62)) - 1
        if i >= 0 and pos < self.local_multi[i][1]:
            start, _, local = self.local_multi[i]
            if found is None or self.multi.ends[bisect_right(self.multi.ends, pos) - 1] <= start:
                found = local_found = local
                local_start = start
        if found is None:
            return None
        if found is local_found:
            mark_end = local_start
        else:
            mark_end = self.multi.best[bisect_right(self.multi.ends, pos) - 1][0][0]
        k = bisect_right(self.year_opens, pos)
        if k > 0 and self.year_opens[k - 1] > mark_end:
            return None  # …前三年共增加了…，而1956年这一年就增加了…: a single year opens the clause
        written, end, offset = cast(tuple[str, str, int], found)
        if end == "in_force" and self.in_force_end is None and plan_year is not None:
            # (“十二五”期间…要突破1000亿美元，五年实际利用外资500亿美元: the years of the plan ahead
            # the sentence named before; a city's news story of 2011, session 71)
            named = cast(tuple[str, str, int] | None, self.multi.at(mark_end - len(written)))
            if named is not None and named[1].isdigit() and int(named[1]) >= plan_year:
                end = named[1]
        if end == "in_force":  # 五年累计… in a plan part: the years of the plan in force
            end = str(self.in_force_end) if self.in_force_end is not None else "review"
            if self.in_force_end is not None and (years_counted(written) or 5) < 5:
                end = "review"  # 两年平均每年递增… under 第六个五年计划: the plan's years elapsed
            if self.in_force_end is None and self.plan_in_force_end is not None:
                end = str(self.plan_in_force_end) if written.startswith("五") else end
        base = (
            {"review": review_year, "plan": plan_year}.get(end) if not end.isdigit() else int(end)
        )
        last = base + offset if base is not None else None
        if last is not None and review_year is not None and last > review_year:
            if SINCE_PERIOD.search(written):
                # “十四五”以来 in the report of 2025: up to the year reviewed, not the plan's end
                last = review_year
        return written, last

    def year(self, pos: int, part_year: int | None) -> int | None:
        """The year in force at ``pos``: the last year mark before it, else the part's year."""
        value = self.years.at(pos)
        return part_year if value is None else int(value)  # type: ignore[call-overload]

    @cached_property
    def commas(self) -> list[int]:
        """The offsets of the sentence's commas (:func:`comma_offsets`), found when first asked:
        the figures after a 累计 ask in turn (:func:`bare_sum_left`)."""
        return comma_offsets(self.text)

    def governing_at(self, pos: int) -> list[str]:
        """Governing hedges in force at ``pos``: after the last clause end before it.

        The first of each governing word after the clause start is looked up once per clause
        (:attr:`clause_governing`); the words in force at ``pos`` are those of them that end by
        ``pos``, so the answer depends only on how many have ended, and is kept per count (the
        figures of a clause ask in turn).
        """
        lead = self.lead_words if self.lead_end is None or pos < self.lead_end else ()
        if not self.governing:
            return list(lead)  # (most sentences hold no governing word)
        i = bisect_right(self.clause_ends, pos - 1) - 1
        floor = self.clause_ends[i] + 1 if i >= 0 else 0
        clause = self.clause_governing.get(floor)
        if clause is None:
            firsts: list[tuple[int, int, str]] = []  # (end, start, word) of each word's first
            for word, starts in self.governing.items():
                j = bisect_right(starts, floor - 1)
                if j < len(starts):
                    firsts.append((starts[j] + len(word), starts[j], word))
            firsts.sort()
            clause = [end for end, _, _ in firsts], [(s, w) for _, s, w in firsts], {}
            self.clause_governing[floor] = clause
        ends, first_words, answers = clause
        key = (bisect_right(ends, pos), lead)  # (the lead words may be set later)
        answer = answers.get(key)
        if answer is None:
            own = [w for _, w in sorted(first_words[: key[0]])]  # (by start, then word)
            held = set(own)
            answer = answers[key] = [*(w for w in lead if w not in held), *own]
        return list(answer)


#: The words before an estimate in its comma clause that leave it framing the clauses after it:
#: none, a time, a place, or a time and a place (全年预计, 2021年全市预计, 初步预计).
ESTIMATE_OPENING_WORDS = re.compile(
    r"\s*(?:其中)?(?:(?:19|20)\d{2}\s?年)?(?:全年|今年|当年|年内)?"
    r"(?:[全我本][省市县区州盟旗镇乡])?(?:全年)?(?:初步|据|根据)?$"
)


#: Marks an item may open on before its words (——, －, ·).
ITEM_DASHES = "—－-·• \u3000"


def estimate_opens_clause(text: str, at: int) -> bool:
    """Whether the 预计 at ``at`` opens its comma clause (after a time, a place or an item's dash
    at most: :data:`ESTIMATE_OPENING_WORDS`).

    >>> estimate_opens_clause("——预计出口增长5.1%；", 2), estimate_opens_clause("——出口预计增长5.1%；", 4)
    (True, False)
    """
    floor = max(0, at - CLAUSE_WINDOW)
    comma = max(floor - 1, *(text.rfind(c, floor, at) for c in "，,；;。")) + 1
    return ESTIMATE_OPENING_WORDS.match(text[comma:at].lstrip(ITEM_DASHES)) is not None


#: A count of years (or a named period) right before 累计: 五年累计, 近三年累计, “十四五”期间累计.
YEARS_BEFORE_SUM = re.compile(
    r"(?:(?<!\d)\d{1,2}|[一二两三四五六七八九十几]+)个?年(?:来|间|以来)?\s*$|(?:期间|时期|以来)\s*$"
)
#: The longest text :data:`YEARS_BEFORE_SUM` needs to see before 累计.
YEARS_BEFORE_SUM_CHARS = 8


def sum_over_years(text: str, start: int) -> bool:
    """Whether the 累计 at ``start`` sums over a count of years written right before it.

    Scope of the adverb 累计 (a construction: the adverbial of summation and its reach): 累计
    after a count of years (五年累计, 近三年累计) frames the sentence like a topic, so every figure
    of its clause chain is a sum over those years; a bare 累计 modifies its own verb phrase only
    and a later comma clause with a verb or subject of its own (…，5家企业入选…, …，通关效率居
    全省第2) is not a sum. Looks at a bounded window, so cues stay linear.

    >>> text = "五年累计完成造林2000万公顷，治理沙化土地900万公顷"
    >>> sum_over_years(text, 2)
    True
    >>> text = "累计新建道路300公里，全市公园数量居全省第1"
    >>> sum_over_years(text, 0), sum_over_years("近三年累计投入50亿元", 3)
    (False, True)
    """
    return bool(YEARS_BEFORE_SUM.search(text[max(0, start - YEARS_BEFORE_SUM_CHARS) : start]))


#: An aim's clause naming the target or task the clauses after it set out (确保完成省下达的节能
#: 减排目标任务，单位地区生产总值能耗降低2.5%: tests/data/genre_sentences.yml).
AIM_NAMED = re.compile(r"目标|任务")
#: The governing hedges of an aim (the scope :func:`spent_aim` reads).
AIM_WORDS = ("力争", "确保", "力求")
#: A framing clause a governing hedge opens before the verb it governs (力争在…的基础上，使…):
#: the aim is the next clause's.
FRAMING_CLAUSE = re.compile(r"^(?:在.*(?:基础上|前提下|条件下|情况下)|使.*)$")


def spent_aim(text: str, cues: Cues, word: str, pos: int, rules: Rules) -> bool:
    """Whether the aim ``word`` (力争, 确保, 力求) before ``pos`` was spent on a comma clause of
    its own that holds no figure (力争国家级集群建设取得新突破，集群营业收入增长10%左右: heldout
    jiangxi; 力争…基地建成投产，布局一批…，安排风电光伏装机规模3000万千瓦: heldout shanxi; the
    figures after it are no aims of that word), unless that clause frames the verb after it
    (力争在不断提高经济效益的基础上，使国民生产总值达到…: national 1988). 预计 is left alone.

    >>> from govreport.quantities.rules import load_rules
    >>> t = "力争集群建设取得新突破，集群营业收入增长10%"
    >>> spent_aim(t, Cues.build(t, load_rules(), (2025, 2026)), "力争", t.index("10"), load_rules())
    True
    >>> t = "力争新增外贸企业70家，进出口总额实现130亿元"
    >>> spent_aim(t, Cues.build(t, load_rules(), (2025, 2026)), "力争", t.index("130"), load_rules())
    False
    """
    if word not in AIM_WORDS:
        return False  # (预计 and 累计 have scopes of their own)
    starts = cues.governing.get(word, [])
    i = bisect_right(starts, pos - 1) - 1
    if i < 0:
        return False
    start = starts[i] + len(word)
    commas = cues.commas
    k = bisect_left(commas, start)
    if k >= len(commas) or commas[k] >= pos:
        return False  # (the figure is in the aim's own comma clause)
    if aim_after_subject(text, starts[i], commas[k - 1] + 1 if k > 0 else 0):
        return True  # 进出口总额力争增长8%左右，城镇新增就业100万人: one item's aim (session 58)
    own = text[start : commas[k]]
    return (
        not re.search(r"\d|[零〇一二两三四五六七八九十百千万亿]", own)
        and not FRAMING_CLAUSE.match(own)
        and not AIM_NAMED.search(own)  # (确保完成…节能减排目标任务，…降低2.5%: the target named)
    )


#: Words of deputies attending a session, before or after their count (应到代表738人, 来自县内的
#: 162名代表汇聚一堂, 出席会议的代表312名).
ATTENDANCE_WORDS = re.compile(r"应到|实到|出席|到会|与会|实有|列席|请假|缺席|汇聚一堂|参加会议")
#: Deputies named right after their count (162名代表, 730位人大代表).
DEPUTIES_AFTER = re.compile(r"\s?[名人位]?(?:人大)?代表")
#: An attendance word right before a count (实到242名, 请假14人, 代表名额为338名).
ATTENDING_BEFORE = re.compile(r"(?:应到|实到|出席|到会|实有|请假|缺席|列席|名额为)(?:代表)?共?$")
#: Deputies named after their count and where they come from (400多名来自全市各条战线的市人大代表).
DEPUTIES_FROM_AFTER = re.compile(r"多?[名位]来自[^，,。；;]{0,12}?代表")
#: How far around a count the words of attendance are read (characters).
ATTENDANCE_WINDOW = 16


def session_attendance(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` counts the deputies attending the session a news story
    tells of (本次会议应到代表738人; 来自县内的162名代表汇聚一堂): a figure of the session itself,
    not of the year the report reviews. Bounded: a few characters either side are read.

    >>> t = "本次会议应到代表738人，实到代表730人。来自县内的162名代表汇聚一堂。"
    >>> [session_attendance(t, t.index(n), t.index(n) + len(n)) for n in ("738", "730", "162")]
    [True, True, True]
    >>> t = "新增人大代表建议办理120件"
    >>> session_attendance(t, t.index("120"), t.index("120") + 3)
    False
    >>> t = "大会应到代表256名，实到242名，因事因病请假14人。400多名来自全市各条战线的代表出席。"
    >>> [session_attendance(t, t.index(n), t.index(n) + len(n)) for n in ("242", "14", "400")]
    [True, True, True]
    """
    before = text[max(0, start - ATTENDANCE_WINDOW) : start]
    after = text[end : end + ATTENDANCE_WINDOW]
    deputies = before.endswith(("代表", "代表共")) or DEPUTIES_AFTER.match(after) is not None
    # (the deputies named before the attendance word only: 应到代表256名，实到242名, 因事因病请假
    # 14人; or after their count and where they come from: 400多名来自全市各条战线的市人大代表)
    earlier = text[max(0, start - 3 * ATTENDANCE_WINDOW) : start]  # (the sentence's 应到代表…)
    deputies = deputies or bool(ATTENDING_BEFORE.search(before) and "代表" in earlier)
    deputies = deputies or DEPUTIES_FROM_AFTER.match(after) is not None
    return deputies and ATTENDANCE_WORDS.search(before + after) is not None


#: What may stand before an aim that governs the clauses after it too: a time, a place or body
#: of the whole (全年, 今年, 我市, 全县), a modal or a conjunction (要, 并, 同时).
AIM_LEAD = re.compile(
    r"(?:[，,：:；;\s]|全年|今年|明年|年内|我们|同时|并且?|还|要|将|努力|"
    r"(?:全|我|本)[省市县区州旗镇乡]|[\u4e00-\u9fff]{1,3}[省市县区州旗镇乡])*"
)


#: The most characters :data:`AIM_LEAD` reads.
AIM_LEAD_MAX = 12


def aim_after_subject(text: str, at: int, clause_start: int) -> bool:
    """Whether the aim word at ``at`` stands after what its comma clause is about (进出口总额力争
    增长8%左右; 投资增长20%、力争25%), not opening the clause (力争新增外贸企业70家，…; 全年力争…):
    it governs its own clause only, not the items of a target list after it (a province's
    targets of 2013 gave 力争 to the next six).

    >>> t = "生产总值增长9.5%左右，进出口总额力争增长8%左右，城镇新增就业100万人"
    >>> aim_after_subject(t, t.index("力争"), t.index("进")), aim_after_subject("力争增长8%", 0, 0)
    (True, False)
    >>> t = "，全县力争新增外贸企业70家"
    >>> aim_after_subject(t, t.index("力争"), 1)
    False
    """
    if at - clause_start > AIM_LEAD_MAX:
        return True  # (no lead is that long: bounded, so the pattern reads a few characters)
    return AIM_LEAD.fullmatch(text, clause_start, at) is None


def bare_sum_left(
    text: str, starts: Sequence[int], pos: int, commas: Sequence[int] | None = None
) -> bool:
    """Whether the last 累计 before ``pos`` (of ``starts``) is a bare one left behind: a comma
    lies between it and the figure, no count of years stands before it (see
    :func:`sum_over_years`) and the figure's comma clause opens with a verb of its own, so it is
    not a sum (推动EF账户业务量累计突破5000亿元，认定…中心8家: heldout82 hainan writes no 累计 on
    the 8家). ``commas``: the offsets of the commas of ``text`` (:attr:`Cues.commas`, found once
    per sentence), else they are looked for here.

    >>> text = "累计突破5000亿元，认定中心8家"
    >>> bare_sum_left(text, [0], text.index("8")), bare_sum_left("五年累计造林20万亩，种草10万亩", [2], 13)
    (True, False)
    >>> bare_sum_left("累计新增企业50家、商户30家", [0], 11)
    False
    >>> text = "累计超过500家，其中金融类区域总部81家"
    >>> bare_sum_left(text, [0], text.index("81"))
    False
    >>> text = "累计节省医疗费用3.5亿元，全市人均预期寿命较2020年提高1.16岁"
    >>> bare_sum_left(text, [0], text.index("1.16")), bare_sum_left("累计造林20万亩，草原10万亩", [0], 13)
    (True, False)
    """
    i = bisect_right(starts, pos - 1) - 1
    if i < 0:
        return False
    start = starts[i]
    # (the last comma before the figure, looked up among the sentence's commas found once: a
    # scan back to the 累计 for each figure was quadratic in a long clause that has none)
    commas = comma_offsets(text) if commas is None else commas
    k = bisect_left(commas, pos) - 1
    comma = commas[k] if k >= 0 and commas[k] >= start else -1
    if comma < 0 or sum_over_years(text, start):
        return False
    # (a clause of its own opens with its verb, or with a noun its own verb follows: 累计为群众节省
    # 医疗费用3.5亿元，…，全市人均预期寿命较2020年提高1.16岁; 其中… or a bare item continues the
    # sum: 累计超过500家，其中金融类区域总部81家, as the book's gold carries it; only the
    # characters the words can take are copied)
    # (the figure's own clause after it, to the next comma: 全县贫困人口由13677户…减至887户)
    end = commas[k + 1] if k + 1 < len(commas) else len(text)
    after = text[pos : min(end, pos + OWN_CLAUSE_WINDOW)]
    lead = text[comma + 1 : min(pos, comma + 1 + OWN_CLAUSE_WINDOW)]
    if not lead.strip() or lead.lstrip()[0] in FIGURE_OPENINGS:
        # (a clause that opens on a figure has its own predicate after it: 累计完成投资1300亿元，
        # 23个项目竣工投产, …，78个贫困村全部退出、10742户…脱贫; a bare item continues the sum:
        # 累计造林20万亩，5万亩…)
        return has_two_character_verb(lead) or has_two_character_verb(after)
    opening = opening_word(text[comma + 1 : min(pos, comma + 1 + WORD_TAG_MAX)])
    if opening[1].startswith("v"):
        return True
    if not opening[1].startswith(("n", "m", "j")):
        # (a noun opening, a numeral's or an abbreviation's: 三次产业结构演进为…, 一产和三产分别
        # 提高…, a banner's review of 2021, session 49)
        return False
    # (a verb of two characters anywhere after the opening noun: at the clause's start, right
    # before the figure, …由13677户49479人减至887户, or after it)
    start_verb = max(comma + 1 + len(opening[0]), pos - OWN_CLAUSE_WINDOW)
    return (
        has_two_character_verb(lead[len(opening[0]) :])
        or has_two_character_verb(text[start_verb:pos])
        or has_two_character_verb(after)
    )


#: The first characters of a clause that opens on a figure.
FIGURE_OPENINGS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两")


def has_two_character_verb(clause: str) -> bool:
    """Whether a verb of two characters stands anywhere in ``clause`` (one dictionary lookup per
    position of a bounded window, no segmentation).

    >>> has_two_character_verb("23个项目竣工投产"), has_two_character_verb("5万亩")
    (True, False)
    """
    tags = word_tags()
    return any(tags.get(clause[i : i + 2], "").startswith("v") for i in range(len(clause) - 1))


#: The most characters of a comma clause read for a verb of its own after its opening noun.
OWN_CLAUSE_WINDOW = 20


#: A comma, full-width or not.
COMMA_CHAR = re.compile("[，,]")


def comma_offsets(text: str) -> list[int]:
    """The offsets of the commas of ``text``, in order.

    >>> comma_offsets("累计突破5000亿元，认定中心8家,其中")
    [10, 17]
    """
    return [m.start() for m in COMMA_CHAR.finditer(text)]


#: A colon, full-width or not.
COLON = re.compile("[：:]")


def announced_hedges(cues: Cues, rules: Rules) -> tuple[str, ...]:
    """Expected-words of a clause that announces a list with a colon (拿…的一九五四年预计产量
    来同一九四九年产量比较一下，我们可以看到以下的数字：电力…；原煤…): they govern every item of
    the list, across ；, to the end of the sentence."""
    colon = COLON.search(cues.text)
    if colon is None:
        return ()
    return tuple(w for w in cues.governing_at(colon.start()) if w in rules.expected_words)


def estimate_lead(text: str, rules: Rules) -> tuple[str, ...]:
    """The expected-words of an estimate that opens ``text`` as a clause of its own (根据预计，…):
    it frames every figure after it, not only those of its clause.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> estimate_lead("　　根据预计，一九五七年比一九五六年，粮食增加了五十亿斤；", rules)
    ('预计',)
    >>> estimate_lead("预计今年财政收入继续增长，", rules), estimate_lead("预计达到5%，", rules)
    ((), ())
    >>> estimate_lead("根据预计数字（实际完成的统计数字，要在以后才能作出），一九五七年…", rules)
    ('预计',)

    After the year it estimates (2012年预计，地区生产总值实现520亿元…；财政收入…: a district's
    five-year review of 2012, session 63):

    >>> estimate_lead("2012年预计，地区生产总值实现520亿元", rules), estimate_lead("全年预计，增长5%", rules)
    (('预计',), ('预计',))
    """
    body = text.lstrip(" \u3000")
    body = body[len(m.group()) :] if (m := LEAD_TIME.match(body)) else body
    for lead in rules.estimate_leads:
        if body.startswith(lead) and LEAD_END.match(body, len(lead)):
            return tuple(w for w in rules.expected_words if w in lead)
    return ()


#: The year or the whole year an estimate's lead may open on (2012年预计，…; 全年预计，…).
LEAD_TIME = re.compile(r"(?:(?:19|20)\d{2}\s?年(?:全年)?|全年)[，,]?")
#: The end of an estimate's lead clause: its comma, after the figures it names and a note on
#: them (根据预计数字（实际完成的统计数字，要在以后才能作出），…: national 1958, session 59).
LEAD_END = re.compile(r"(?:数字)?(?:[（(][^（()）]{0,40}[）)])?[，,]")


#: An estimate opening a sentence or a comma clause, after a time word or a year at most (预计全年
#: 地区生产总值…; 2021年，预计实现…; 经过努力，预计全年实现…), that is no forecast of the plan year
#: (预计今年, 预计明年).
OPENING_ESTIMATE = re.compile(
    r"(?:^|(?<=[，,]))\s*(?:其中[，,]?)?(?:(?:全年|(?:19|20)\d{2}\s?年(?:全年)?)[，,]?)?"
    # (其中 before the year: 过去的五年…。其中2011年预计全镇完成财政收入…；实现工业总产值…, a
    # town's story of 2011, session 68)
    # (the place the summary is of before it: 2021年，全市预计完成地区生产总值…；一般公共预算收入
    # …: a city's review of 2021, session 62)
    r"(?:[全我本][省市县区州盟旗镇乡])?(?:全年)?预计(?!今年|明年|[，,的])"
    # (or an estimate's word leading with a comma, 初步预计，地区生产总值1811亿元…；一般公共预算
    # 总收入…: a city's review of 2016, session 62)
    r"|(?:^|(?<=[，,]))\s*(?:经|据)?(?:初步|据)预计[，,](?!今年|明年)"
    # (or the year's estimate right after a section's heading the page ran into it: (一)…稳增长
    # 促发展取得新成效预计全年实现生产总值212.8亿元…；全社会固定资产投资…, a county's review of 2012)
    r"|预计(?=全年(?:实现|完成))"
)


def opening_estimate(text: str, first_figure: int) -> tuple[str, ...]:
    """The expected-word of a sentence whose figures an estimate opens (:data:`OPENING_ESTIMATE`:
    预计 opening the sentence or a comma clause, before the first figure, at ``first_figure``): it
    frames every figure of the sentence, across ；, as the genre's summary of a year not yet
    closed writes (预计全年地区生产总值增长4%；一般公共预算收入完成400亿元…: a city's report of
    late 2022, session 58), not the sentences after it; a forecast of a trend in its own clause
    (:func:`closed_forecast`) frames none.

    >>> opening_estimate("预计全年地区生产总值增长4%；一般公共预算收入完成400亿元", 10)
    ('预计',)
    >>> opening_estimate("2021年，预计实现地区生产总值800亿元；一般公共预算收入78亿元", 15)
    ('预计',)
    >>> opening_estimate("经过努力，预计全年实现地区生产总值586亿元；工业总产值1950亿元", 17)
    ('预计',)
    >>> opening_estimate("初步预计，地区生产总值1811亿元、增长8.9%；一般公共预算总收入180.1亿元", 8)
    ('预计',)
    >>> opening_estimate("2021年，全市预计完成地区生产总值517.5亿元；一般公共预算收入36.85亿元", 17)
    ('预计',)
    >>> opening_estimate("其中2011年预计全镇完成财政收入1.17亿元；实现工业总产值71.2亿元", 16)
    ('预计',)
    >>> opening_estimate("预计今年财政收入继续增长，支出规模扩大2万亿元", 19), opening_estimate("粮食预计增产5%", 6)
    ((), ())

    A figure before it is no part of the estimate, nor are the figures after it (一九八二年计划为
    百分之四，预计可以达到百分之六点四: national 1982):

    >>> opening_estimate("计划为百分之四，预计可以达到百分之六点四", 3)
    ()
    >>> opening_estimate("　　预计全年地区生产总值增长4%；收入完成400亿元", 14)
    ('预计',)
    """
    at = OPENING_ESTIMATE.search(text)  # (its \\s* reads the spaces opening a paragraph)
    if at is None or at.end() > first_figure or closed_forecast(text, at.end() - len("预计")):
        return ()
    return ("预计",)


#: A ；-clause opening on a topic of its own, a comma clause without figures (…，预计地区生产
#: 总值同比增长6%左右；产业结构优化升级，工业开票销售超8200亿元…: a city's summary of 2023,
#: session 60); not a circumstance the next result came about in (受中美贸易摩擦影响，…; 在实施
#: 大规模减税降费的情况下，…: the same summary goes on), nor a subject named with 的 (鞍钢生产的
#: 大型钢和桥梁钢，…有百分之三十不合规格: heldout75, national 1955, still of 第一季度).
SUMMARY_FIELD_OPENING = re.compile(
    r"[；;]\s*(?!受|在|面对|由于|随着|尽管|虽然|克服|剔除|扣除)"
    # (nor a clause whose figure is a magnitude in words: ；全社会固定资产投资突破百亿元，增长15.7%
    # goes on with the estimate, a district's review of 2007, session 64)
    r"(?=[^，,。；;：:\d预的百千万亿]{4,20}(?<!影响)(?<!下)[，,])"
)


def estimate_topic_end(text: str) -> int | None:
    """Where an estimate opening a sentence (:func:`opening_estimate`) stops framing its
    figures: at the first ；-clause that opens on a topic of its own
    (:data:`SUMMARY_FIELD_OPENING`), the summary's next field; ``None`` when none does.

    >>> text = "经济稳中有进，预计地区生产总值增长6%左右；产业结构优化升级，工业开票销售超8200亿元"
    >>> text[estimate_topic_end(text):][:6]
    '；产业结构优'
    >>> estimate_topic_end("预计全年地区生产总值增长4%；一般公共预算收入完成400亿元") is None
    True
    >>> estimate_topic_end("预计地区生产总值增长5.2%；受中美贸易摩擦影响，实现进出口总额2098亿元") is None
    True
    """
    found = SUMMARY_FIELD_OPENING.search(text)
    return found.start() if found else None


#: An estimate's word with the writer's note that it holds for what follows (全年预计(下同)完成
#: 地区生产总值760亿元…: a district report page of 2024).
NOTED_ESTIMATE = re.compile(r"[（(]下同[）)]")
#: A note that says itself that the figure before it and those after it are estimates (完成生产
#: 总值213亿元(预计数,下同): a county's review of 2017).
ESTIMATE_NOTE = re.compile(
    # (in other words too: (预计数,同比,下同), (数据为预计数,下同), (预计到2012年底,下同): county
    # reports of 2012-2021, session 63)
    r"[（(](?:[^（()）]{0,12}?预\s?计[^（()）]{0,14}?[，,、]?\s?下同|以下均?为预\s?计数?)[）)]"
)


def noted_estimate(text: str, rules: Rules) -> tuple[str, ...]:
    """The expected-words written right before a note that they hold below, 预计（下同）: they
    frame every figure after them, in their sentence and in the rest of their part.

    >>> from govreport.quantities.rules import load_rules
    >>> noted_estimate("全年预计(下同)完成地区生产总值760亿元", load_rules())
    ('预计',)
    >>> noted_estimate("工业总产值（不包括手工业产值，下同）增长8%", load_rules())
    ()
    """
    if "下同" not in text:
        return ()
    return tuple(
        w
        for m in NOTED_ESTIMATE.finditer(text)
        for w in rules.expected_words
        if text.endswith(w, 0, m.start())
    )


def estimate_note(text: str) -> tuple[str, ...]:
    """The expected-word of a note that says the figures of its paragraph are estimates
    (:data:`ESTIMATE_NOTE`): it frames every figure of its sentence and of the rest of its
    paragraph (a note in one paragraph of the review says nothing of the targets after it).

    >>> estimate_note("全年完成生产总值213亿元(预计数,下同),同比增长8.5%"), estimate_note("增长8.5%")
    (('预计',), ())
    >>> estimate_note("(以下均为预计)地区生产总值增长10%以上")
    ('预计',)
    >>> estimate_note("地区生产总值达1120亿元(2021年预计数,下同)")
    ('预计',)
    """
    noted = "下同" in text or "以下" in text
    return ("预计",) if noted and ESTIMATE_NOTE.search(text) else ()


#: A figure and its unit right before an estimate note (实现地区生产总值1410亿元(预计数,下同)).
FIGURE_BEFORE_NOTE = re.compile(r"\d[^\d，,。；;、：:（(）)]{0,6}$")


def figure_estimate_note(text: str) -> tuple[str, ...]:
    """The expected-word of an estimate note written right after a figure (:data:`ESTIMATE_NOTE`
    after :data:`FIGURE_BEFORE_NOTE`): the figures of its year are estimates, in the sections
    after it too (太仓市's review of 2019, session 60), as a note on one indicator's name
    (我市生产总值(预计,下同)…: a city's review of five years) is not.

    >>> figure_estimate_note("全年实现地区生产总值1410亿元(预计数,下同),增长6%")
    ('预计',)
    >>> figure_estimate_note("主要指标608亿元,增长6%(预计数,同比,下同)")
    ('预计',)
    >>> figure_estimate_note("财政总收入10亿元(数据为预计数,下同)"), figure_estimate_note("增长6%(同比,下同)")
    (('预计',), ())
    >>> figure_estimate_note("五年来,我市生产总值(预计,下同)、财政总收入年均分别增长14.1%")
    ()
    """
    noted = any(FIGURE_BEFORE_NOTE.search(text, 0, m.start()) for m in ESTIMATE_NOTE.finditer(text))
    return ("预计",) if noted else ()


#: 比1980年预计增长5.5％: 预计 tells that the BASE is an estimate, not the figure (a target); so
#: does 比一九五七年的预计数增加了… (heldout79 national 1958).
ESTIMATED_BASE = re.compile(r"[比较](?:(?:19|20)\d{2}\s?年|上年|去年)的?$")
#: The longest text :data:`ESTIMATED_BASE` can match (比1980 年的).
ESTIMATED_BASE_CHARS = 9


def _estimated_base_before(text: str, pos: int) -> bool:
    """Whether ``text`` ends in a comparison base (:data:`ESTIMATED_BASE`) just before ``pos``;
    looks at a bounded window only, so that a sentence's cues stay linear in its length.

    >>> _estimated_base_before("比1980年预计增长", 6), _estimated_base_before("今年预计增长", 2)
    (True, False)
    """
    return ESTIMATED_BASE.search(text, max(0, pos - ESTIMATED_BASE_CHARS), pos) is not None


def estimate_attributes(rules: Rules) -> tuple[str, ...]:
    """The expected-words written as the attribute of the figure right after them (预计的:
    提高到预计的1420亿元), one tuple per rules object."""
    return per_rules(
        rules, "estimate_attributes", lambda r: tuple(w + "的" for w in r.expected_words)
    )


#: An estimate written as an attribute of the figure right after it (由今年预计的3%提高到4%).
ATTRIBUTIVE_ESTIMATE = re.compile(
    r"的[^，,；;。：:\d%％的]{0,6}?[0-9０-９一二三四五六七八九十百千万亿两]"
)


def attributive_estimate(text: str, pos: int, word: str) -> bool:
    """True when the estimate word at ``pos`` qualifies only the figure that follows it as an
    attribute, linked by 的 (由今年预计的百分之三提高到百分之四): the estimate is that figure, the
    base the change starts from; the figure the change reaches, and the clauses after it, are
    the plan's, so the word governs none of them.

    >>> attributive_estimate("由今年预计的3%提高到4%，即提高1%", 3, "预计")
    True
    >>> attributive_estimate("预计全年粮食产量达到6000亿斤", 0, "预计")
    False
    """
    return ATTRIBUTIVE_ESTIMATE.match(text, pos + len(word)) is not None


#: A forecast whose own clause ends on a trend without a figure (预计今年财政收入继续增长，…).
CLOSED_FORECAST = re.compile(r"预计[^，,；;。：:\d%％]{0,30}(?:增长|增加|回升|恢复|好转)[，,]")


def closed_forecast(text: str, pos: int) -> bool:
    """True when the 预计 at ``pos`` forecasts a trend in its own comma clause, without a
    figure: it does not govern the figures of the clauses after it (预计今年财政收入继续恢复增长，
    加上调入资金等，一般公共预算支出规模28.5万亿元: the spending is planned, not forecast).

    >>> closed_forecast("预计今年财政收入继续增长，支出规模扩大2万亿元以上", 0)
    True
    >>> closed_forecast("预计全年地区生产总值增长5%左右，", 0)
    False
    """
    return CLOSED_FORECAST.match(text, pos) is not None


#: The rest of a clause that makes what it says the base of the next one (在1979到1983年平均每年
#: 递增7.9%的基础上，比上年增长14.2%).
BASE_PHRASE = re.compile(r"[^，,；;。]{0,30}的基础上[，,]?")


#: An open-ended period right before the sum or average it qualifies (“十四五”以来年均增长7.8%).
SINCE_BEFORE_RATE = re.compile(r"(?:以来|以來)(?=年均|累计|累計|平均)")


def inner_since(text: str, found: re.Match[str]) -> bool:
    """Whether a period found in ``text`` is an open-ended one written inside its sentence, after
    a clause of its own, right before the sum or average it qualifies (…达2010.9亿元,“十四五”
    以来年均增长7.8%；规上工业增加值增长7.6%…: a prefecture's review of 2024, session 60): it
    governs that clause only (round 34: a figure's own clause), not the year's figures after it.

    >>> text = "经济总量达2010.9亿元，“十四五”以来年均增长7.8%；规上工业增加值增长7.6%"
    >>> inner_since(text, re.search("“十四五”以来", text))
    True
    >>> inner_since("“十四五”以来年均增长7.8%", re.search("“十四五”以来", "“十四五”以来年均增长7.8%"))
    False
    """
    return found.start() > 0 and SINCE_BEFORE_RATE.match(text, found.end() - 2) is not None


def base_phrase(text: str, pos: int) -> bool:
    """True when the clause going on at ``pos`` ends in 的基础上: a period named in it governs
    that clause only, the figures after it are of the year in force.

    >>> base_phrase("在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%", 11)
    True
    >>> base_phrase("过去五年，经济增长5.2%", 4)
    False
    """
    return BASE_PHRASE.match(text, pos) is not None


#: A period right after these is the base of a comparison (比/较“十三五”时期, 高于/快于…时期).
COMPARISON_BEFORE = "比较于"
#: Words ending in a character of :data:`COMPARISON_BEFORE` that compare nothing (a share).
NOT_COMPARING = ("占比",)


def comparison_before(text: str, pos: int) -> bool:
    """Whether a period at ``pos`` follows a word that makes it the base of a comparison
    (:data:`COMPARISON_BEFORE`), not a share's word (新能源装机占比5年提高…: the span).

    >>> comparison_before("比“十三五”时期", 1), comparison_before("装机占比5年提高", 4)
    (True, False)
    """
    return (
        pos > 0 and text[pos - 1] in COMPARISON_BEFORE and not text.endswith(NOT_COMPARING, 0, pos)
    )


#: A period between these and 相比 / 比较 is the base of a comparison (同“五五”时期相比).
PAIRED_WITH = "同与和跟"


def compared_base(text: str, start: int, end: int) -> bool:
    """True when the period at ``start``-``end`` is the second term of a comparison of two
    periods (“六五”时期同“五五”时期相比，…由A增加到B): the base the figures are compared with, not
    the span that governs them; the first period is that span (round 38).

    >>> text = "“六五”时期同“五五”时期相比，粮食由A增加到B"
    >>> compared_base(text, 0, 6), compared_base(text, 7, 13)
    (False, True)
    >>> compared_base("与过去五年比较，", 1, 5), compared_base("过去五年和今后五年", 5, 9)
    (True, False)
    """
    return start > 0 and text[start - 1] in PAIRED_WITH and text.startswith(("相比", "比较"), end)


#: Written right before a part of a year, these make it the base of a comparison (比一季度,
#: 较上半年, 同比); 于 is not one of them here (于一季度完成 says when).
PART_COMPARED_BEFORE = "比较"


def part_span_compared(text: str, start: int, end: int) -> bool:
    """True when the part-year period at ``start``-``end`` is the base a figure is compared
    with (增幅比一季度回落, 与上半年相比), not the span the figure covers.

    >>> part_span_compared("增幅比一季度回落", 3, 6), part_span_compared("与上半年相比，", 1, 4)
    (True, True)
    >>> part_span_compared("一季度增长5%", 0, 3), part_span_compared("于一季度完成", 1, 4)
    (False, False)
    >>> part_span_compared("增速比前三季度加快", 4, 7)
    True
    """
    if start > 0 and text[start - 1] in PART_COMPARED_BEFORE:
        return True
    if start > 1 and text[start - 1] == "前" and text[start - 2] in PART_COMPARED_BEFORE:
        return True  # 比前三季度加快: the base, its 前 outside the span matched
    return compared_base(text, start, end)


def part_span_start(text: str, start: int, end: int) -> bool:
    """True when the part of a year at ``start``-``end`` says when something began (从5月份起暂停
    对各类占用土地项目的审批, a province's review of 2004), not the span of the figures after it.

    >>> part_span_start("从5月份起暂停审批，撤销开发区126家", 1, 4), part_span_start("5月份增长5%", 0, 3)
    (True, False)
    """
    return start > 0 and text[start - 1] in "从自" and text.startswith(("起", "开始"), end)


#: Verbs that open the base of a comparison (相当于…的总和, 是…的1.7倍, 高于…的水平).
COMPARED_LEADS = ("相当于", "超过", "高于", "低于", "是", "为", "比")
#: What ends such a base: a sum, a level or a multiple of it.
COMPARED_ENDS = ("总和", "水平")
#: The base of a comparison: a lead, then up to 30 characters of one clause with no 的, up to
#: 的总和 / 的水平 / 的N倍 (是1950年到2002年53年的总和, 高于…平均每年递增4.3%的水平).
COMPARED_BASE = re.compile(
    rf"(?:{'|'.join(COMPARED_LEADS)})([^，,；;。的]{{2,30}}?)"
    rf"(?=的(?:{'|'.join(COMPARED_ENDS)}|[0-9０-９.．一二三四五六七八九十百点]+倍))"
)


def compared_regions(text: str) -> list[tuple[int, int]]:
    """Start and end of each base of a comparison in ``text`` (from after its lead to its 的):
    a period written there is what a figure is compared with, so it governs only the figures
    inside that base, not those around it nor later clauses.

    >>> compared_regions("五年新增3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里")
    [(12, 26)]
    >>> compared_regions("比去年增长5%，是全国的一半")
    []
    """
    return [(m.start(1), m.end(1)) for m in COMPARED_BASE.finditer(text)]


#: A note in brackets of any kind holding a figure other than a date (增长24.2[注:1992年国内生产总值为
#: 1980亿元，…], a province's plan report of 1994; （2022年为1980亿元，增长3%）): a year written in
#: it is the note's, not that of the clauses after it. Not a date glossed (去年（2024年）增长…).
ASIDE_NOTE = re.compile(
    # (a note in a note too: 应为36%(增长)])
    r"[（(\[【](?:[^（）()\[\]【】。；;\n]|[（(][^（）()\[\]【】。；;\n]{0,20}[）)]){1,120}[）)\]】]"
)
#: A figure other than a date's (1980亿元, not 2024年 nor 1月).
ASIDE_FIGURE = re.compile(r"[0-9０-９](?![0-9０-９]|年|月|日|号)")


def aside_regions(text: str) -> list[tuple[int, int]]:
    """Start and end of each note in brackets of ``text`` holding a figure (:data:`ASIDE_NOTE`).

    >>> aside_regions("增长24.2[注:1992年为1980亿元，应为36%]，其中第一产业597亿元")
    [(6, 28)]
    >>> aside_regions("去年（2024年）增长5%，（2024年1月）")
    []
    """
    return [
        (m.start(), m.end()) for m in ASIDE_NOTE.finditer(text) if ASIDE_FIGURE.search(m.group())
    ]


def region_at(regions: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The region of ``regions`` (sorted, disjoint) holding ``pos``, if any."""
    i = bisect_right(regions, (pos, 1 << 62)) - 1
    return regions[i] if i >= 0 and pos < regions[i][1] else None


#: A multiple right after a period (“十三五”时期的2.2倍): the period is its base (heldout21).
#: So is one before 的水平 (保持近两年的水平: national 1980, heldout17).
MULTIPLE_OF_AFTER = re.compile(r"的(?:[0-9０-９.．一二三四五六七八九十点]+倍|水平)")
#: A year naming the start of 从A到B (从去年的2.1%提高到, 由今年预计的3%提高到): it stops at 到
#: (or at 改为: 从今年预计的1.03比1改为1比1).
FROM_YEAR_TO = re.compile(
    r"[从由](?:(?:19|20)\d{2}年|去年|上年|今年)[^，,；;。到至]{0,24}?(?:到|至|改为)"
)
#: Where a clause-limited span (五年年均增长…) stops.
CLAUSE_STOP = re.compile(r"[，,；;。！？!?\n]")
#: The end of a five-year plan right before a figure (“十三五”末的9323.1亿元; 十一五 ends 2010).
PLAN_END_BEFORE = re.compile(r"“?十([一二三四五])五”?(?:末|期末)的?$")
#: A five-year plan's period named as a comparison's base right before its figure (比第五个五年计划
#: 期间的五百七十七亿元, 比“五五”时期的…): the figure is the earlier plan's, a result of its period.
PLAN_PERIOD_BASE = re.compile(
    r"[比较同](?:第([一二三四五六七八九十]{1,2})个五年计划|“\s*([一二三四五六七八九十]{1,2})五\s*”)"
    r"(?:计划)?(?:期间|时期)的$"
)
#: The longest text :data:`PLAN_PERIOD_BASE` can match.
PLAN_PERIOD_BASE_CHARS = 16


def plan_period_base(text: str, pos: int) -> tuple[int, str] | None:
    """The last year and the span of a five-year plan's period named as the base of a comparison
    right before ``pos`` (heldout8 and heldout81 national 1982, heldout34 1986: actual, the plan's
    last year, the period as written), else None.

    >>> plan_period_base("比第五个五年计划期间的百分之十一", 11), plan_period_base("比“ 五五”时期的577亿元", 9)
    ((1980, '第五个五年计划期间'), (1980, '“五五”时期'))
    >>> plan_period_base("第五个五年计划期间的百分之十一", 10) is None
    True
    """
    found = PLAN_PERIOD_BASE.search(text, max(0, pos - PLAN_PERIOD_BASE_CHARS), pos)
    if not found:
        return None
    end = plan_ordinal_end(found)
    span = re.sub(r"\s", "", found.group()[1:-1])
    return (int(end), span) if end else None


#: A subject that is a rate per head or per unit (每千人口托位数, 平均每个公社…): no count of entities.
PER_HEAD = re.compile(r"(?:平均)?每[千万百十]?(?:人|个|户|名)")
#: A count reached (达120对, 分别达到43家, 突破4500家, 增至15个, 接近2万家, 拓展至22个); 增加到 is a change of a
#: flow in the older sets (城市增加到100个, 大队增加到5569个: heldout7, heldout9 write actual).
REACHED_COUNT = re.compile(
    rf"(?:{REACH_VERBS}|(?:增加|增长|提高|扩大|拓展|发展|整合|合并|调整|精简|减少|压减|压缩|减)(?:到|至|为))"
    r"(?:了)?(?:(?:(?:19|20)\d{2}|[一二三四五六七八九〇○零]{4})年(?:底|末)?的)?(?:近|约|超过)?$"
)
#: The longest text :data:`REACHED_COUNT` can match before a count (增加到一九八二年的七百二十九所:
#: the point reached may be written between the verb and the count).
REACHED_COUNT_CHARS = 14
#: 超 / 超过 (more than) before a count of firms or institutions (家): the total reached, as with
#: 突破 (国家科技型中小企业超1.25万家, 区域性功能性总部超过30家). Before other units it as often
#: measures the work of the year (解决各类问题超1.3万个, 研发大模型超80个, 改造超过11万户): not read,
#: but for firms counted in 户 (企业主体超220万户, 经营主体超850万户: heldout107 hunan, heldout13
#: anhui, heldout53 tianjin, every such gold row a stock).
FIRMS_OVER = re.compile(r"超过?(?:了)?$")
FIRM_UNIT = "家"
FIRM_HOUSEHOLD_UNIT = "户"
#: The nouns that name the firms a count in 户 counts (市场主体, 个体工商户, 规上企业).
FIRM_NOUNS = ("主体", "企业", "工商户")
#: A five-year plan's own figure quoted in a review (比五年计划原定1957年3856亿斤的水平, 超过五年计划
#: 规定的平均每年增长8.6%的速度): the plan's target for the year written, else for its last year;
#: not a margin over it (超过…所规定的1957年的指标1.2%: the noun stands between).
PLAN_SET_BEFORE = re.compile(
    r"五年计划所?(?:原定|规定)的?(?:((?:19|20)\d{2})年的?)?(?:平均每年|每年|年均)?(?:增长|递增|增加)?$"
)
#: The longest text :data:`PLAN_SET_BEFORE` can match.
PLAN_SET_CHARS = 24


#: The year's end written in the figure's clause (储蓄存款年末达到, 年底存栏, 扩大到年末的, 去年底企业
#: 数量超过…: the end of the year under review), not a base (比上年末, 较年底, 比去年底) nor a start
#: (从2007年末的: the rule of 从A到B decides).
YEAR_END_IN_CLAUSE = re.compile(r"(?<![比较上从由\d])(?<![比较从由同与]去)(?:年末|年底)")
#: Unit classes of things counted (a 总量 of them stands; an economy's 总量 in money is a flow).
STANDING_COUNT_CLASSES = frozenset({"count", "magnitude"})


def standing_total(text: str, pos: int, subject: str, unit_class: str, rules: Rules) -> bool:
    """True when the level at ``pos`` is what stands at a point in time: its clause writes the
    year's end (:data:`YEAR_END_IN_CLAUSE`), or it counts a standing population named so
    (rules: standing_total_words: 人才资源总量, 宽带用户; not 经济总量 in money).

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> standing_total("城乡居民储蓄存款年末达到38500亿元", 13, "城乡居民储蓄存款", "money", rules)
    True
    >>> standing_total("经济总量突破3万亿元", 6, "经济总量", "money", rules)
    False
    >>> standing_total("宽带用户超过7.8亿户", 6, "宽带用户", "count", rules)
    True
    >>> standing_total("去年底高新技术企业超过1.2万家", 13, "高新技术企业", "count", rules)
    True
    >>> standing_total("贷款余额比去年底增加900亿元", 11, "贷款余额", "money", rules)
    False
    """
    low = max(0, pos - CLAUSE_WINDOW)
    opened = max(text.rfind(c, low, pos) for c in CLAUSE_OPENERS)
    if YEAR_END_IN_CLAUSE.search(text, max(low, opened + 1), pos):
        return True
    return unit_class in STANDING_COUNT_CLASSES and subject.endswith(rules.standing_total_words)


#: What a counted subject may not end with to name standing things: a measure of an activity or a
#: size (产量, 吞吐量, 招生规模, 学生人数, 比率, 金额, 产值), not the things themselves.
COUNT_MEASURE_ENDINGS = ("量", "规模", "数", "率", "额", "值")
#: Units of a count that are no standing things: people (招生扩大到741万人, 劳动者增加到147万人 are
#: flows as often as standing, round 28) and events or cases (人次, 车次, 立案…120多万起).
NOT_STANDING_UNITS = ("人", "次", "起")


def count_reached_before(text: str, start: int, unit: str, subject: str = "") -> bool:
    """True when a verb of reaching stands before the count at ``start`` (:data:`REACHED_COUNT`),
    the point reached written between or not (增加到1990年的120所), or 超 / 超过 before a count of
    firms or institutions (:data:`FIRMS_OVER`; in 户 when ``subject`` names firms): the count is
    the total reached (round 22).

    >>> count_reached_before("全省高校由八十所增加到一九九〇年的一百二十所", 17, "所")
    True
    >>> count_reached_before("全市高新技术企业超3000家", 9, "家"), count_reached_before("解决群众诉求超3000个", 7, "个")
    (True, False)
    >>> count_reached_before("企业主体超220万户", 5, "万户", "企业主体"), count_reached_before("改造超过11万户", 4, "万户", "改造")
    (True, False)
    """
    if REACHED_COUNT.search(text, max(0, start - REACHED_COUNT_CHARS), start):
        return True
    bare_unit = unit.lstrip("十百千万亿")
    firms = bare_unit == FIRM_UNIT or (
        bare_unit == FIRM_HOUSEHOLD_UNIT and subject.endswith(FIRM_NOUNS)
    )
    return firms and bool(FIRMS_OVER.search(text, max(0, start - 3), start))


def standing_noun(subject: str, unit: str, unit_class: str) -> bool:
    """True when a count names standing things by a plain noun phrase: a count unit of things
    (not people, events nor cases, :data:`NOT_STANDING_UNITS`), a subject that opens with no verb
    and closes on a dictionary noun (航线, 床位, 线路), not on a measure (:data:`COUNT_MEASURE_ENDINGS`).
    Reached by a verb of reaching (:data:`REACHED_COUNT`), such a count is what stands at the
    point reached (CONVENTIONS.md, round 22), whatever its classifier (条, 张, 台).

    >>> standing_noun("国际客运航线", "条", "count"), standing_noun("养老床位", "万张", "count")
    (True, True)
    >>> standing_noun("拖拉机产量", "万台", "count"), standing_noun("开行班列", "列", "count")
    (False, False)
    >>> standing_noun("职业技能培训学员", "万人", "count"), standing_noun("港口航线", "亿元", "money")
    (False, False)
    """
    if unit_class != "count" or len(subject) < 2 or unit.endswith(NOT_STANDING_UNITS):
        return False
    if subject.endswith(COUNT_MEASURE_ENDINGS):
        return False
    return closing_word(subject)[1].startswith("n") and not opening_word(subject)[1].startswith("v")


def counted_unit(unit: str, rules: Rules) -> bool:
    """A unit counting standing entities (quantity_rules.yml stock_count_units), with or
    without a magnitude: 家, 万家, 万户."""
    return unit.lstrip("十百千万亿") in rules.stock_count_units


def plan_set_year(text: str, pos: int, plan_year: int | None) -> int | None:
    """The year of a five-year plan's own figure standing at ``pos`` (see
    :data:`PLAN_SET_BEFORE`), ``None`` when the figure is no such quote.

    >>> plan_set_year("比五年计划原定1957年3856亿斤", 12, 1956)
    1957
    >>> plan_set_year("超过五年计划规定的平均每年增长百分之八点六", 15, 1955)
    1957
    >>> plan_set_year("超过了第一个五年计划所规定的1957年的指标百分之一点二", 21, 1958) is None
    True
    """
    m = PLAN_SET_BEFORE.search(text, max(0, pos - PLAN_SET_CHARS), pos)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    return plan_in_force_end(plan_year) if plan_year is not None else None


#: 从A增加到B / 由A提高到B / 由上年的A回落到B / 由上年居第四位上升为第三位 / 由上年下降A转为增长B:
#: A is a start value; also of a count merged or a structure adjusted (由51家整合为33家,
#: 装机规模由6.5亿千瓦增至…, 三次产业结构由8.7∶41.2∶50.1调整为…).
#: A year written right after 从/由 is the start value's own (从2004年人均每月700元提高到…). 從 is the traditional form (national 1954).
FROM_TO_BEFORE = re.compile(
    r"(?:从|從|由)(?:((?:19|20)\d{2})年(?:底|末)?的?)?[^，,。；;从由]{0,8}$"
)
FROM_TO_AFTER = re.compile(
    r"[^，,。；;]{0,4}?(?:(?:增加|提高|增长|上升|下降|减少|降低|扩大|提升|跃升|缩小|缩减|压减|回落|降|升|增"
    # firms merged into fewer (省属一级企业由66户整合至12户: heldout102 jilin), as 整合为
    r"|整合|合并|精简|发展|收窄|回升)(?:到|至)|(?:上升|下降|回落|转|整合|合并|调整|优化|精简|压减)为)"
)


#: A ranking moved by places, right before the count of places (提升6位, 前移4位, 下降2位).
#: (再进 / 再升: moved on again, 比上年度再进2位, a county's review of 2019, session 55)
RANK_MOVED = re.compile(
    r"(?P<verb>提升|上升|前移|前进|跃升|提高|攀升|下降|后移|后退|下滑|(?<=再)[进升])了?$"
)
#: A locative 在 before the scope of a ranking (地区生产总值在全国城市排名上升2位).
RANK_LOCATIVE = re.compile(r"在(?=全国|全省|全市|全区|世界|全球|国内|[东中西]部|东北)")
#: The moves backwards (the rank's number grows).
RANK_BACKWARD = ("下降", "后移", "后退", "下滑")
#: Names of a ranking a subject may end with (综合科技创新水平指数排名, 位次).
RANKING_NAMES = ("排名", "位次", "排位")


#: The measure words of places a ranking moved by (提升6位, 上升3名; also 提升4个位次).
RANK_PLACE_UNITS = ("位", "名")


def ranking_named_end(words: str) -> str:
    """``words`` up to the end of the last name of a ranking in them (:data:`RANKING_NAMES`), the
    verb of the place reached after it left out; ``words`` whole when they name none.

    >>> ranking_named_end("总量在全省排名达到"), ranking_named_end("综合实力")
    ('总量在全省排名', '综合实力')
    """
    end = max((words.rfind(n) + len(n) for n in RANKING_NAMES if n in words), default=0)
    return words[:end] if end else words


def rank_places_moved(text: str, r: Reading, floor: int) -> re.Match[str] | None:
    """The verb of a ranking's move right before ``r``, a count of places in 位 or 名, or 个 + 位次,
    with no 第 / 前 (排名提升6位, 比上年提升4个位次), else ``None``.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "排名提升6位"
    >>> rank_places_moved(t, read_number(t, 4, load_rules()), 0).group("verb")
    '提升'
    >>> t = "居全国第6位"
    >>> rank_places_moved(t, read_number(t, 4, load_rules()), 0) is None
    True
    >>> t = "比上年提升4个位次"
    >>> rank_places_moved(t, read_number(t, 5, load_rules()), 0).group("verb")
    '提升'
    >>> t = "全省排名上升3名"
    >>> rank_places_moved(t, read_number(t, 6, load_rules()), 0).group("verb")
    '上升'
    """
    places = r.unit in RANK_PLACE_UNITS or (r.unit == "个" and text.startswith("位次", r.end))
    if not places or r.rank_prefix:
        return None
    return RANK_MOVED.search(text, max(floor, r.start - 3), r.start)


def moved_to_end(text: str, start_end: int, pos: int) -> bool:
    """Whether the figure at ``pos`` is the end of a move from the figure ending at ``start_end``
    (由A收窄至B, 从A提高到B: :data:`FROM_TO_AFTER` between them and nothing else).

    >>> t = "降幅由-14.2%收窄至-11.6%"
    >>> moved_to_end(t, t.index("收"), t.rindex("-")), moved_to_end("增长5%，达到8%", 4, 8)
    (True, False)
    """
    move = FROM_TO_AFTER.match(text, start_end, pos)
    return move is not None and move.end() == pos


SPAN_YEARS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
#: The end value of 从A增加到B, what stands before it: 从63万公里增加到 (B follows).
FROM_TO_END = re.compile(
    r"(?:从|從|由)[^，,。；;从由]{1,20}?(?:增加|提高|增长|上升|扩大|提升|跃升|增)(?:到|至)"
    # the end's year written before it (由1997年的15万公里增加到2002年的47万公里: heldout102)
    r"(?:(?:19|20)\d{2}年(?:底|末)?的?)?(?:近|约)?$"
)
#: Characters read before a figure for :data:`FROM_TO_END`.
FROM_TO_END_CHARS = 30


def length_reached(text: str, r: Reading, kind: str, start_value: bool) -> bool:
    """Whether a length is a start or end value of 从A增加到B (排水管道从63万公里增加到89万公里,
    高速公路里程从9.6万公里增加到13.6万公里): the length of a network standing at each end, a
    stock (heldout44, heldout72, heldout81: 7 rows, none actual), not a length built in a year
    (a count_new).

    ``start_value``: :data:`FROM_TO_BEFORE` matched right before the figure (the caller's search).

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> s = "排水管道从63万公里增加到89万公里。"
    >>> [length_reached(s, read_number(s, i, load_rules()), "level", i == 5) for i in (5, 13)]
    [True, True]
    >>> length_reached(s, read_number(s, 13, load_rules()), "count_new", False)
    False
    >>> s = "光缆线路长度由1997年的15万公里增加到2002年的47万公里。"
    >>> length_reached(s, read_number(s, s.index("47"), load_rules()), "level", False)
    True
    """
    if r.unit_class != "length" or kind != "level":
        return False
    if FROM_TO_END.search(text, max(0, r.start - FROM_TO_END_CHARS), r.start):
        return True
    return start_value and FROM_TO_AFTER.match(text, r.end) is not None


#: A span written as a range of calendar years (一九七一年到一九七八年, 1980年至1985年).
WRITTEN_RANGE = re.compile(r"((?:19|20)\d{2})年?(?:到|至|—|－|-|～)(?:19|20)\d{2}年")


def range_start(span: str) -> int | None:
    """The first year of a span written as a range of calendar years, else None.

    >>> range_start("一九七一年到一九七八年"), range_start("１９７９至１９８１年"), range_start("过去五年")
    (1971, 1979, None)
    """
    found = WRITTEN_RANGE.search(arabic_years(unicodedata.normalize("NFKC", span)))
    return int(found.group(1)) if found else None


def sentence_range(period: tuple[str, int | None] | None) -> bool:
    """Whether a period a sentence opens on is written as a range of calendar years
    (2020年到2025年，工业投资占…比重从17.9%提升到35.5%): after a paragraph's first sentence it frames
    that sentence (its from-to figures), not the paragraph's later sentences (heldout107:
    guizhou, 旅游业… after it write the review's 五年来).

    >>> sentence_range(("2020年到2025年", 2025)), sentence_range(("五年来", 2025)), sentence_range(None)
    (True, False, False)
    """
    return period is not None and range_start(period[0]) is not None


def _start_value_period(
    q: Quantity, role: str, multi: tuple[str, int | None] | None, review_year: int | None
) -> tuple[str, int | None]:
    """``(period_kind, year)`` of the start value of 从A到B: in a multi-year span, the year
    before the span (过去五年 ending 2012 -> 2007) or the first year of a range written in
    years; in a plan, the year under review; else the year before."""
    kind = "stock" if q.period_kind == "stock" else "actual"  # 外汇储备从1399亿美元: a stock
    first = range_start(multi[0]) if multi else None
    if first is not None:
        return kind, first  # 一九七一年到一九七八年的…，由A降到B: A is of the range's first year
    if multi and multi[0] and multi[1] is not None:
        # (not the year under review opening the paragraph, 一年来，…: no span, ``("", year)``)
        count = re.search(r"([二两三四五])年", multi[0])
        return kind, multi[1] - (SPAN_YEARS[count.group(1)] if count else 5)
    if role == "plan":
        return kind, review_year
    # (the year before's value is no estimate of this year's: 预计…，城乡居民收入比由1.94:1缩小至
    # 1.87:1, a county-level city's five-year review, session 58)
    period = "actual" if q.period_kind == "expected" else q.period_kind
    return period, (q.year - 1 if q.year is not None else None)


def shared_start_year(st: _State, base: int | None, written: int | None) -> int | None:
    """The year of a start value of 由A到B in a sentence of coordinated changes: the year
    written with it (``written``) is kept for the start values after it, and a start value
    written without a year or base of its own takes the one written before it in the sentence.

    Ellipsis of the time adverbial in coordinated clauses: 农业的比重由1978年的27.8%提高到
    33.6%，轻工业的比重由31.1%提高到33.4% -- both start values are of 1978.

    >>> st = _State()
    >>> shared_start_year(st, 1978, 1978), shared_start_year(st, None, None)
    (1978, 1978)
    >>> shared_start_year(_State(), None, None) is None
    True
    """
    if written is not None:
        st.start_year = written
        return base
    return base if base is not None else st.start_year


#: A time relative to the time of speaking or to the year in force, right before the start
#: value of 由A到B (由去年的A, 由年初的A, 由五年前的A).
RELATIVE_START = re.compile(r"[从從由](去年|年初|([二两三四五])年前)的$")
#: A plan's end right before the start value of 由A到B (由“十一五”期末的): that plan's last year.
PLAN_END_START = re.compile(
    r"[从從由][“\"]?([一二三四五六七八九十]{1,2})五[”\"]?(?:规划|计划)?(?:期末|末)的?$"
)


def relative_start_year(opening: str, in_force: int | None, today: int | None) -> int | None:
    """The year a relative time word names for the start value of 由A到B written after it
    (``opening``, the text from 由/从 to the figure), else None: 去年 is the year its own mark
    gave (``in_force``: the start value is of that year, not of the year before it), 年初 the
    start of the year in force, N年前 N years before the time of speaking (``today``).

    >>> relative_start_year("由去年的", 2024, 2025), relative_start_year("由年初的", 2024, 2025)
    (2024, 2024)
    >>> relative_start_year("已经由五年前的", 2024, 2025), relative_start_year("由", 2024, 2025)
    (2020, None)

    A plan's end names its last year (由“十一五”期末的9.7%: a city's five-year review of 2016,
    session 59):

    >>> relative_start_year("由“十一五”期末的", 2015, 2016)
    2010
    """
    ended = PLAN_END_START.search(opening)
    if ended is not None:
        last = plan_ordinal_end(ended)
        return int(last) if last else None
    found = RELATIVE_START.search(opening)
    if found is None:
        return None
    if found.group(2):
        return today - SPAN_YEARS[found.group(2)] if today is not None else None
    return in_force


#: A short name in quotation marks (“两个确保”, “两个毫不动摇”): a hedge word inside it is part of
#: the name.
QUOTED_NAME = re.compile(r"“[^“”]{1,20}”")
#: An adverbial of a premise or a basis (在确保质量的前提下, 在确保粮食…稳定增加的基础上).
PREMISE_ADVERBIAL = re.compile(r"在[^，,。；;：:]{1,24}?的(?:前提下|基础上)")


def _blocked_spans(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Where a word that contains a hedge but is another word stands (努力争取 is not 力争), and
    the short names in quotation marks (中央财政用于“两个确保”的资金: no 确保 of the figure), and
    the adverbials of a premise or a basis (在确保质量的前提下，基本建成500万套: what is ensured is
    the quality, not the figure), sorted by start."""
    words = (
        (m.start(), m.end())
        for word in rules.hedge_blockers
        if word in text  # (most sentences hold none: no pattern to look up and run)
        for m in re.finditer(re.escape(word), text)
    )
    names = ((m.start(), m.end()) for m in QUOTED_NAME.finditer(text)) if "“" in text else ()
    premises = (
        ((m.start(), m.end()) for m in PREMISE_ADVERBIAL.finditer(text)) if "在" in text else ()
    )
    return sorted((*words, *names, *premises))


def _inside(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """True when ``match`` lies inside one of the sorted ``spans`` (the longest reach of the
    spans starting at or before it)."""
    i = bisect_right(spans, (match.start(), 1 << 62)) - 1
    lo = max(0, i - 3)  # blockers are short and rarely overlap: a few neighbours suffice
    return any(a <= match.start() and match.end() <= b for a, b in spans[lo : i + 1])


#: A year written in a clause (after :func:`arabic_years`): 从1979年的170亿元 is of 1979.
WRITTEN_YEAR = re.compile(r"((?:19|20)\d{2})年")


#: Unit classes of a rate or a multiple: the growth of a standing amount (外汇储备增长1.4倍) is
#: a result of the year, not a stock.
RATE_CLASSES = frozenset({"percent", "ratio", "ppt", "doubling", "tenth", "fraction"})


#: A from-to change before a figure in its clause (…从1949年的八百万人增加到1956年的…): the figure
#: is the change's end.
CHANGE_END_BEFORE = re.compile(r"[从從由][^，,。；;]*[到至]")
#: A comparison with the year before set off by a comma as the topic of what follows (…，比上一年，
#: 原煤增产了…; 主要产品产量比上年，钢材增产了…): it goes on with the estimate of the sentence before.
SAME_YEAR_COMPARED = re.compile(r"(?:比上一年|比上年|比去年|同上年相比|与上年相比)[，,]")


def standing_subject(
    r: Reading, clause: str, governing: Sequence[str], subject: str, rules: Rules
) -> bool:
    """Whether a figure of a past year is what stood then: its clause says so (累计, 余额), or
    it counts a standing thing named by its subject (quantity_rules.yml stock_subject_words,
    :func:`standing_capacity`, a population named by its scope alone)."""
    return any(w in clause or w in governing for w in rules.stock_words) or (
        r.unit_class not in RATE_CLASSES
        and (
            any(subject.endswith(w) for w in rules.stock_subject_words)
            or standing_capacity(subject, clause, rules)
            or SCOPE_OPENING.sub("", subject) in rules.population_subjects
        )
        and not any(w in clause for w in rules.stock_subject_not)
    )


#: A scope opening a subject: the country or a territory as a whole (我国人口, 全县常住人口).
SCOPE_OPENING = re.compile(r"^(?:我国|全国|全[省市县区镇乡州旗盟])")


def standing_capacity(subject: str, clause: str, rules: Rules) -> bool:
    """Whether ``subject`` names a capacity in place (港口货物吞吐能力, 新能源电池产能), not one
    added, cut or retired in the year as its subject or ``clause`` says (新增发电生产能力, 淘汰
    落后炼钢产能…、焦炭产能) nor a project's (quantity_rules.yml ``capacity_subject_not``).

    >>> from govreport.quantities.rules import load_rules
    >>> r = load_rules()
    >>> [standing_capacity(s, "", r) for s in ("新能源电池产能", "淘汰落后炼钢产能", "产能")]
    [True, False, False]
    >>> standing_capacity("焦炭产能", "淘汰落后炼钢产能300万吨、焦炭产能", r)
    False
    """
    return (
        len(subject) > 2
        and subject.endswith(rules.capacity_subject_words)
        and not any(w in subject or w in clause for w in rules.capacity_subject_not)
    )


def _period(
    r: Reading,
    role: str,
    part_year: int | None,
    plan_year: int | None,
    governing: Sequence[str],
    clause: str,
    rules: Rules,
    cues: Cues,
    subject: str = "",
) -> tuple[str, int | None, bool]:
    """``(period_kind, year, is_time_ago)`` of a quantity from its part and its sentence.

    Plan part: a target of the plan year (or of 到2027年), unless the sentence tells of the
    past (前期, 120年前). Review part: actual, or expected after 预计, or stock after 累计/余额.
    """
    text = cues.text
    unheaded = role in ("front", "other")
    if r.unit in ("人", "名", "位") and SESSION_ATTENDANCE.search(text) and plan_year is not None:
        # 大会应到代表285人，实到代表268人，符合法定人数 (news stories of sessions, session 66): the
        # deputies at the session when it sits, in its own year (the year under review for a
        # session at that year's end)
        return "stock", cues.current_year or plan_year, False
    if (
        unheaded
        and (cues.clause_years is None or cues.clause_years.at(r.start) is None)
        and contains_any(clause, rules.standing_words)
    ):
        # a report without part headings (national 1954, delivered in September): 已经有…所
        # with no year written in its sentence is what stands when the report is given
        today = cues.current_year if cues.current_year is not None else plan_year
        return "stock", today, False
    written = cues.clause_year(r.start) if unheaded else None
    undated = written is not None and plan_year is None
    before = text[sentence_opening(text, r.start) : r.start] if undated else ""
    # (the year written in this sentence, or the end of a plan named there)
    if undated and (re.search(rf"{written}\s?年", before) or PLAN_END_MARK.search(before)):
        if any(w in clause for w in rules.expected_words):
            return "expected", written, False  # 2025年预计达到3100亿元
        if UNDATED_PLAN_MODAL.search(before):
            # a text no heading or opening dates (a digest of a plan outline): 到2025年…要达到300
            # 亿元, 到“十四五”末…力争…: the year written is a goal's (session 57)
            return "target", written, False
        if not re.search(rf"[到至]{written}年", before):
            # 并于2024年历史性突破1万亿元: a result of the year written (a city's digest of 2026)
            return "actual", written, False
        return "other", None, False  # (到2035年突破…: a goal or a result, the text does not say)
    if written is not None and plan_year is not None:
        # a part without a review / plan heading (national 1957, 1980): the written year says
        # whether the figure is a result or a plan, and of which year
        role = "review" if written < plan_year else "plan"
        part_year = written
    if role == "plan":
        if text.startswith("前", r.end):
            return "other", None, True
        year = cues.year(r.start, part_year)
        if year is not None and part_year is not None and year < part_year:
            # 2023年我市研发投入强度为2.6% (in the 2024 plan part): a result of that year, or
            # what stood then (一九五八年上半年小学生有三百一十九万人, in the 1959 plan part)
            kind = "stock" if standing_subject(r, clause, governing, subject, rules) else "actual"
            return kind, year, False
        if cues.past_end <= r.start and not cues.reopened(r.start):
            return "actual", part_year, False
        if any(w in governing for w in rules.expected_words) and cues.forecast_end > r.start:
            return "expected", year, False  # 一九八二年预计…: the running year's estimate
        return "target", year, False
    if role == "review":
        year = cues.year(r.start, part_year)
        if any(w in clause for w in rules.review_plan_words):
            return "target", None, False
        if any(clause.endswith(w) for w in rules.review_target_words):
            return "target", year, False  # 一九八一年计划为百分之三点七: that year's own plan
        if quoted_plan(text, r.start, r.end, rules):
            return "target", year, False  # 去年…曾提出，要把…控制在百分之十以内: that year's plan
        if any(w in governing for w in rules.expected_words):
            started = FROM_YEAR_BEFORE.search(text, max(0, r.start - FROM_YEAR_REACH), r.start)
            if started is None:
                return "expected", year, False
            # 人均GDP预计由2015年的45603元提高到…: the start of the change estimated stood then (a
            # county-level city's review of 2020, session 57)
            return "actual", int(started.group(1)), False
        if EXPECTED_NOTE_AFTER.match(text, r.end):
            # 区级增加值从619.98亿元增长到880亿元(预计): the estimate noted after the figure (a
            # district's five-year review of 2016, session 57)
            return "expected", year, False
        if (
            cues.current_year is not None
            and year == cues.current_year
            and any(w in clause for w in rules.running_estimate_words)
        ):
            return "expected", year, False  # 今年…将比上年增长3%: the running year's estimate
        if standing_subject(r, clause, governing, subject, rules):
            return "stock", year, False
        if (
            cues.carried_estimate is not None
            and year == cues.carried_estimate
            and all(int(y) == year for y in WRITTEN_YEAR.findall(clause))
            and cues.compared_before(r.start)
        ):
            # …预计达到…。…，比上一年，原煤增产了…: the same estimate compared again (not 从1979年的
            # 170亿元; nor a later sentence of its own, “一区多园”预计实现营业总收入…。新增高企101家:
            # helpers' pages of session 59, a zone's review of 2019)
            return "expected", year, False
        return "actual", year, False
    if (
        role in ("front", "other")
        and governing
        and any(w in governing for w in rules.expected_words)
    ):
        # a report without part headings (national 1954): 预计 is the running year's estimate;
        # the year under review's for a session early in the plan year or at the end of that
        # year (——2013年1月16日在…: 预计全年实现生产总值212.8亿元 is 2012's), or when its
        # sentence names the year under review (一年来，…预计…增长5.8%左右)
        if plan_year is not None and reviewed_estimate(text, r.start):
            return "expected", cues.estimate_year or plan_year - 1, False
        if cues.current_year is not None and plan_year is not None:
            # (a session at the year's end, its 今年 the year under review: 2023年广德市政府工作
            # 报告(20221229), 今年以来，…预计全年实现地区生产总值420亿元, session 66)
            return "expected", cues.estimate_year or cues.current_year, False
        return "expected", cues.estimate_year or plan_year, False
    if role in ("front", "other") and (
        cues.plan_cue_end <= r.start or TARGET_AFTER.match(text, r.end) is not None
    ):
        # a report without part headings: 今年/目标 sentences are targets of the plan year (so
        # is a figure its clause calls one after it: GDP增速8.5%是稳中求进的目标, a city's digest
        # of 2017, session 66)
        year = cues.year(r.start, plan_year)
        if elapsed_part_of_year(cues, r.start, clause):
            return "actual", year, False
        if year == plan_year and running_estimate(clause, rules):
            return "expected", year, False  # 通車里程今年將達…: the running year's estimate
        return "target", year, False
    return "other", None, False


#: A target named with its year right before its figure, in a text without part headings
#: (将2023年GDP增长目标定在6.5%以上, 2023年增长目标6.5%以上): group 1 is the year.
#: Not a goal done in part (完成2023年目标任务的98%, 2023年年度目标的98%: a share of it, no target).
NAMED_GOAL_BEFORE = re.compile(
    r"(?<!完成)(?<!超过)(?<!达到)(?<![完超达占])((?:19|20)\d{2})年[^，,。；;\d]{0,12}?目标(?!任务)"
    r"(?:定在|定为|拟定为|设定为|确定为|设定在|为|是|[:：])?[^，,。；;\d的]{0,3}$"
)


def named_goal_year(clause: str, role: str) -> int | None:
    """The year of a target named with it right before its figure (:data:`NAMED_GOAL_BEFORE`),
    in a part read without a review or plan heading (``role`` front or other), else ``None``: the
    figure is that year's target, set, not estimated, whatever estimate opened its sentence
    (预计2022年…，同时武汉将2023年GDP增长目标定在6.5%以上: a city's news story of 2023, session 71).

    >>> named_goal_year("同时武汉将2023年GDP增长目标定在", "front"), named_goal_year("完成2023年目标任务的", "front")
    (2023, None)
    """
    if role not in ("front", "other") or "目标" not in clause:
        return None
    goal = NAMED_GOAL_BEFORE.search(clause)
    return int(goal.group(1)) if goal else None


#: The year under review named in a sentence (一年来, 过去一年, 回顾2019年…), simplified or
#: traditional; a sentence naming this year or the next (今年, 明年) is no review's.
REVIEWED_YEAR_WORDS = re.compile(
    r"一年[来來]|[过過]去(?:的)?一年|回[顾顧][^。！？]{0,12}?(?:19|20)\d{2}年"
)
#: How far back an estimate's sentence is read for those words (characters).
REVIEWED_YEAR_REACH = 160


def reviewed_estimate(text: str, at: int) -> bool:
    """Whether the sentence of an estimate at ``at`` names the year under review before it
    (:data:`REVIEWED_YEAR_WORDS`) and no running or coming year (a news story of a provincial
    session, session 51: 他再回顧2019年政府工作時指出，一年來，…預計地區生產總值增長5.8%左右).

    >>> reviewed_estimate("他回顾2019年政府工作时指出，一年来，预计增长5.8%左右", 26)
    True
    >>> reviewed_estimate("一年来成绩显著。预计今年增长6%", 14), reviewed_estimate("预计增长6%", 4)
    (False, False)
    """
    start = max(text.rfind(c, max(0, at - REVIEWED_YEAR_REACH), at) for c in "。！？!?\n") + 1
    sentence = text[start:at]
    return bool(REVIEWED_YEAR_WORDS.search(sentence)) and not re.search("今年|明年", sentence)


#: Words of a plan in a clause: its 将 (will) is a target's, not an estimate's.
PLAN_CLAUSE_WORDS = ("目标", "力争", "确保", "计划", "要", "争取", "预算", "规定", "必须", "应")


def running_estimate(clause: str, rules: Rules) -> bool:
    """Whether ``clause``, of the running year in a report without part headings (delivered
    during that year: national 1954), says what the year will come to (将, 可达到) and names no
    plan (计划, 要, 预算, 力争 …): an estimate of the year, not its target.

    >>> from govreport.quantities.rules import load_rules
    >>> running_estimate("全国公路的通车里程今年将达", load_rules())
    True
    >>> running_estimate("基本建设投资计划将达", load_rules()), running_estimate("达到", load_rules())
    (False, False)
    """
    words = rules.running_estimate_words
    return any(w in clause for w in words) and not any(w in clause for w in PLAN_CLAUSE_WORDS)


#: A year written as the attribute of the subject opening a clause (1936年的粮食产量是…, 我国在
#: 1952年的粮食产量就达到…): the figure of that clause is of that year.
ATTRIBUTED_YEAR = re.compile(r"(?:[^，,；;。\d]{0,4}?在)?((?:19|20)\d{2})\s?年的(?!基础|水平|基数)")


#: 以来 after the plan cue 今年: the year so far (a town's mid-year session news, session 57).
SINCE_CUE = "以来"
#: The end of a sentence.
SENTENCE_END = re.compile("[。！？!?]")
#: Words of a plan or a forecast in a clause: its part of the year is not yet a result.
PART_YEAR_PLAN_WORDS = ("目标", "力争", "确保", "计划", "要", "将", "预计", "争取")


def elapsed_part_of_year(cues: Cues, pos: int, clause: str) -> bool:
    """True when the only plan cue of the sentence is 今年 and the figure at ``pos`` is of a part
    of the year (今年上半年, 今年1至9月: :meth:`Cues.span`) with no plan or forecast word in its
    clause: in a report without part headings, delivered during the year, that part of the year
    has passed, and its figures are results (到今年上半年有六千多个, 上半年产值比去年同期增长百分之
    十四), not the year's targets. So are the figures of a sentence opening on 今年以来 (the year
    so far: 今年以来，…城乡居民医保参保超1.4万人)."""
    if any(w in clause for w in PART_YEAR_PLAN_WORDS):
        return False
    cue = cues.plan_cue_end
    if (
        cues.text.startswith(SINCE_CUE, cue)
        and pos - cue <= SENTENCE_OPENING_REACH  # (a bounded look back: linear time)
        and not SENTENCE_END.search(cues.text, cue, pos)
    ):
        return True  # 今年以来，…城乡居民医保参保超1.4万人: the year so far, in its sentence
    return bool(cues.span(pos)) and cue <= len(cues.text) and cues.text[cue - 2 : cue] == "今年"


#: How many characters after a plan named after its figure are read for its outcome (如期实现).
PLAN_NAMED_REST = 8
#: How many characters after a quoted plan's figure are read for its outcome in the same clause.
QUOTED_PLAN_REST = 16
#: A figure named as the plan right after it (略低于8％的预定目标).
PLAN_NAMED_AFTER = re.compile(r"[^，,。；;\d]{0,2}的(?:预定|预期|原定)?(?:目标|计划)")


def quoted_plan(text: str, start: int, end: int, rules: Rules) -> bool:
    """True when the figure at ``start``-``end`` of a review is a plan of the year under review
    quoted before its outcome (rules: quoted_plan_words); reads at most
    ``rules.quoted_plan_window`` characters before the figure.

    >>> from govreport.quantities.rules import load_rules
    >>> s = "去年我在政府工作报告中曾提出，要把物价上涨幅度控制在百分之十以内"
    >>> quoted_plan(s, s.index("百分之十"), len(s) - 2, load_rules())
    True
    >>> s = "去年报告提出的目标，实际增长百分之八"
    >>> quoted_plan(s, s.index("百分之八"), len(s), load_rules())
    False
    >>> s = "全国工业总产值完成了原定计划的101%"
    >>> quoted_plan(s, s.index("101%"), len(s), load_rules())
    False
    """
    before = text[max(0, start - rules.quoted_plan_window) : start]
    if FROM_TO_AFTER.match(text, end):
        return False  # 要从14.8%降到10%左右: the start value is the year before's result
    named = PLAN_NAMED_AFTER.match(text, end)
    if named:
        # 略低于8%的预定目标 (not 实现…500元的目标, …翻一番的目标如期实现: a plan reached, the
        # year's result)
        clause = start - len(before) + max(before.rfind(c) for c in "，,。；;") + 1
        rest = text[named.end() : named.end() + PLAN_NAMED_REST]
        rest = CLAUSE_STOP.split(rest, maxsplit=1)[0]
        return not outcome_stated(text, rules, clause, start) and not outcome_stated(rest, rules)
    found = max(((before.rfind(w), w) for w in rules.quoted_plan_words), default=(-1, ""))
    if found[0] < 0 or any(
        before.endswith(w, 0, found[0]) and not denied(before, found[0] - len(w), rules)
        for w in rules.quoted_plan_fulfilled
    ):
        return False  # (完成了原定计划的101%: the share of the plan fulfilled, a result)
    after = before[found[0] + len(found[1]) :]
    rest = CLAUSE_STOP.split(text[end : end + QUOTED_PLAN_REST], maxsplit=1)[0]
    if any(c in after for c in "。；;") or outcome_stated(after, rules):
        return False
    if outcome_stated(rest, rules):
        return False  # 年初确定的10件民生实事全部完成: the plan's outcome, a result
    return found[1] in rules.quoted_plan_self or any(w in after for w in rules.quoted_plan_modals)


def outcome_stated(text: str, rules: Rules, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` states an outcome of a plan (rules: quoted_plan_outcomes) that
    no negation right before it denies (rules: quoted_plan_negations), read in ``text`` itself
    so that one before ``start`` counts.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> [outcome_stated(t, rules) for t in ("全面实现年初确定的", "没有实现年初确定的", "未完成")]
    [True, False, False]
    >>> outcome_stated("没有实现年初确定的", rules, 2)
    False
    """
    end = len(text) if end is None else end
    return any(
        not denied(text, m.start(), rules)
        for w in rules.quoted_plan_outcomes
        for m in re.compile(re.escape(w)).finditer(text, start, end)
    )


def denied(text: str, at: int, rules: Rules) -> bool:
    """Whether a negation (rules: quoted_plan_negations) stands right before ``at``.

    >>> from govreport.quantities.rules import load_rules
    >>> denied("没有实现", 2, load_rules()), denied("全面实现", 2, load_rules())
    (True, False)
    """
    return text.endswith(rules.quoted_plan_negations, 0, at)


#: A share of a whole (总人数) in the clause right after a count: 四亿人，占农村人民公社总人数的.
SHARE_OF_TOTAL_AFTER = re.compile(
    r"[^，,。；;]{0,12}[，,]占[^，,。；;]{1,20}总[\u4e00-\u9fff]{0,4}的"
)
#: How far (characters) the clauses beside a standing count are read for a standard reached.
STANDARD_WINDOW = 30


def reached_standard(text: str, start: int, end: int, rules: Rules) -> bool:
    """True when the clause of the figure at ``start``-``end`` or the one before or after it
    says the counted things reached or passed a standard (rules: standing_reached_words): 已经有
    六十五个县、市，分别达到了…的要求; 超过纲要这个规定的，已经有五百零四个县 -- the count of those that
    did, a result, not what stands.

    >>> from govreport.quantities.rules import load_rules
    >>> s = "全国已经有六十五个县、市，分别达到了纲要的要求"
    >>> reached_standard(s, 6, 10, load_rules()), reached_standard("全国已有76%的县普及了小学教育", 4, 7, load_rules())
    (True, False)
    """
    low = max(0, start - STANDARD_WINDOW)
    stops = [m.start() for m in CLAUSE_STOP.finditer(text, low, start)]
    begin = stops[-2] + 1 if len(stops) > 1 else low
    after = [m.start() for m in CLAUSE_STOP.finditer(text, end, end + STANDARD_WINDOW)]
    stop = after[1] if len(after) > 1 else min(len(text), end + STANDARD_WINDOW)
    window = text[begin:stop]
    return any(w in window for w in rules.standing_reached_words)


#: A verb of attaining a lasting status (CONVENTIONS.md, round 27: things that reached a lasting
#: status by a point in time are a stock) said of the counted things right after them, with only
#: their noun phrase, a list of like counts and adverbs of extent or completion between:
#: 300多个城市建立了…制度, 28个省（区、市）、2300个县（市）已初步建立…框架, 28个省（区、市）全部免征了
#: 农业税. Not 普及 (占全国人口65%的地区基本普及…: written actual, heldout19), nor 实现: its counted services, policies and units (1100余项政策实现
#: “免申即享”, 613个管控单元实现全覆盖) are written actual as often as stock (round 50: 3 rows each way).
STATUS_REACHED_AFTER = re.compile(
    r"[^，,。；;：:！？]{0,20}?(?:已经|已|全部|均|都|基本|初步|率先|普遍)*(?:建立|免征)"
)
#: Units of counted people or households: what they attain (建立了档案, 实现了再就业) befalls them in
#: the year, not a lasting status of a place or an institution.
PERSON_UNITS = ("人", "户", "名")
#: A preposition before the count makes the counted things the partners of the speaker's act (同
#: 十五个国家建立了邦交, 与41个自贸区建立伙伴关系), not the subject that reached the status: the
#: relations set up over the span, a result (heldout38 1983: actual).
PARTNER_BEFORE = ("同", "与", "與", "跟")


def status_reached(text: str, start: int, end: int, unit: str, unit_class: str) -> bool:
    """True when the count or share at ``start``-``end`` is of things the text then says reached a
    lasting status (:data:`STATUS_REACHED_AFTER`): a quantified subject noun phrase followed by its
    predicate of attained state (建立 / 免征), so the figure is what stands at the point (a
    stock), as with 已有 (CONVENTIONS.md, round 27). Not counted people or households
    (:data:`PERSON_UNITS`), nor counted partners after a preposition (:data:`PARTNER_BEFORE`).

    >>> status_reached("全省15个市州均建立了河长制度", 2, 6, "个", "count")
    True
    >>> status_reached("80%以上的乡镇建立了便民服务中心", 0, 3, "%", "percent")
    True
    >>> status_reached("新建15个站点，建立巡查制度", 2, 5, "个", "count")
    False
    >>> status_reached("20万名农民工建立了技能档案", 0, 4, "万名", "count")
    False
    >>> status_reached("我省同12个国家建立了友好关系", 3, 6, "个", "count")
    False
    >>> status_reached("与这3个城市建立合作机制", 2, 4, "个", "count")
    False
    """
    if unit_class not in ("count", "percent") or unit.endswith(PERSON_UNITS):
        return False
    before = text[max(0, start - 2) : start]
    if before[-1:] in PARTNER_BEFORE or (before[-1:] in "这這那" and before[:1] in PARTNER_BEFORE):
        return False  # 同十五个国家, 同這兩個王國
    return STATUS_REACHED_AFTER.match(text, end) is not None


def is_population(text: str, pos: int, rules: Rules) -> bool:
    """True when a population noun of the rules stands at ``pos`` as a word of its own (八亿农民,
    not 农民工 or 人民币).

    >>> from govreport.quantities.rules import load_rules
    >>> [is_population(t, 2, load_rules()) for t in ("八亿农民的", "33万农民工", "十亿人民币")]
    [True, False, False]
    """
    return any(
        text.startswith(noun, pos) and text[pos + len(noun) : pos + len(noun) + 1] not in "工币"
        for noun in rules.population_nouns
    )


#: What may stand between a population's scope and its figure (我国有十亿多人口, 我国近14亿人口;
#: not 这样一个: 在我国这样一个九亿多人口的大国 describes the country, heldout24 writes 人口).
POPULATION_SCOPE_GAP = re.compile(r"(?:有|拥有|约|近|共)*$")


def population_reached(text: str, end: int, clause: str, rules: Rules) -> bool:
    """Whether the people counted right after ``end`` are those a programme reached (惠及 before
    them, or 受益 / 参加 / 享受 after them: ``stock_subject_not``, ``people_verbs``,
    ``population_reached_after``), not the population at the time of speaking.

    >>> from govreport.quantities.rules import load_rules
    >>> population_reached("6069万农民受益", 5, "", load_rules())
    True
    >>> population_reached("八亿农民的积极性", 2, "发挥", load_rules())
    False
    """
    noun = next((n for n in rules.population_nouns if text.startswith(n, end)), "")
    after = text[end + len(noun) : end + len(noun) + 4]
    verbs = rules.people_verbs + rules.population_reached_after
    return any(w in clause for w in rules.stock_subject_not) or after.startswith(verbs)


def population_subject(text: str, start: int, end: int, rules: Rules) -> str:
    """The subject of a population counted by a bare magnitude (``text[start:end]``, followed by
    one of ``population_nouns``): the noun as ``population_names`` names it, after the national
    scope the text writes right before the figure.

    >>> from govreport.quantities.rules import load_rules
    >>> population_subject("我国有十亿多人口", 3, 6, load_rules())
    '我国人口'
    >>> population_subject("发挥八亿农民的积极性", 2, 4, load_rules())
    '农民人数'
    """
    noun = next(n for n in rules.population_nouns if text.startswith(n, end))
    before = text[max(0, start - 8) : start]
    before = before[: POPULATION_SCOPE_GAP.search(before).start()]  # type: ignore[union-attr]
    scope = next((s for s in rules.population_scopes if before.endswith(s)), "")
    return scope + rules.population_names.get(noun, noun)


#: Words that approximate a round magnitude from below or above when written right before it
#: (上千项 'a thousand or more', 上万种): no part of the subject, like the hedge 近.
APPROXIMATING_LEADS = ("上",)
#: Characters a round magnitude opens with (百, 千, 万).
ROUND_MAGNITUDE_OPENINGS = "百千万"


def without_approximation(segment: str, text: str, start: int) -> str:
    """``segment`` (the words before the figure at ``start``) without an approximating word
    (:data:`APPROXIMATING_LEADS`) it ends with when the figure opens with a round magnitude:
    新工艺有上千项 -> 新工艺有 (then read as any subject before a figure). The word stays when
    it closes a dictionary word with the character before it (增加值跨上万亿元台阶: 跨上).

    >>> without_approximation("新工艺有上", "新工艺有上千项", 5), without_approximation("线上", "线上3家", 2)
    ('新工艺有', '线上')
    >>> without_approximation("增加值跨上", "增加值跨上万亿元台阶", 5)
    '增加值跨上'
    >>> without_approximation("成功迈上", "成功迈上百亿新台阶", 4)
    '成功迈上'
    """
    if text[start : start + 1] not in ROUND_MAGNITUDE_OPENINGS or not start:
        return segment
    lead = next((w for w in APPROXIMATING_LEADS if segment.endswith(w)), "")
    if not lead or segment[-len(lead) - 1 :] in word_tags():
        return segment
    if segment[-len(lead) - 1 : -len(lead)] in STEPPING_VERBS:
        return segment  # 成功迈上百亿新台阶: 迈上 (not in the dictionary), a step up to the mark
    return segment[: -len(lead)]


#: Verbs of stepping that 上 completes (迈上, 登上, 站上, 踏上, 攀上, 冲上): before a round magnitude the
#: 上 is theirs, not an approximation.
STEPPING_VERBS = frozenset("迈登站踏攀冲跨")


def counted_magnitude(text: str, r: Reading, rules: Rules) -> bool:
    """True when a bare round magnitude counts people rather than naming a class: after 上 or 近
    (上千万住房困难群众, 近千万知识青年: heldout4, 5, 10, 15 wrote level) or before a population
    noun (十亿人民, 十亿人口: a stock, see :func:`is_population`).

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> rules, t = load_rules(), "有上千万群众受益，过千万企业"
    >>> [counted_magnitude(t, read_number(t, i, rules), rules) for i in (2, 10)]
    [True, False]
    """
    if r.unit_class != "magnitude":
        return False
    return text[max(0, r.start - 1) : r.start] in ("上", "近") or is_population(text, r.end, rules)


#: Unit classes of counted things (a count that continues a previous one names its entity).
COUNTED_CLASSES = frozenset({"count", "length", "area", "magnitude"})


#: Unit classes of amounts a 新增 list adds (capacities, lengths, counts, sums of money: 新增一般
#: 债券2.3亿元、专项债券6.4亿元), not rates.
ADDED_CLASSES = frozenset(
    {"count", "length", "area", "magnitude", "power", "mass", "volume", "money"}
)


#: The basis of a figure written inside its subject: what was taken out of it (扣除政策性留抵退税
#: 因素影响后) and the like-for-like scope (同口径).
BASIS_INSIDE = re.compile(
    r"(?:扣除|剔除)[^，,；;。]{1,14}?(?:因素|影响)(?:影响)?后?|同口径|按可比口径|可比口径"
)


#: A lead-in naming a list of targets before a dash (…的主要预期目标——).
TARGETS_DASH_LEAD = re.compile(r"^[^——]{0,24}?(?:目标|指标)(?:是|为)?——")


def _subject_name(subject: str, rules: Rules, glossary: dict[str, str]) -> str:
    """The subject under its one name (``subject_aliases``); 人数 after a glossary indicator goes.

    A leading 新增/引进/新建 stays (CONVENTIONS.md, settled in round 15: the verb that says what
    happened to the counted things is part of what is counted).

    >>> from govreport.quantities.rules import load_rules
    >>> _subject_name("新增五星级饭店", load_rules(), {})
    '新增五星级饭店'
    >>> _subject_name("城镇新增就业人数", load_rules(), {"城镇新增就业": ""})
    '城镇新增就业'

    A total (``count_measures``) counts the things whatever was done to them: a kept verb
    before it goes (策划储备在库项目总量 -> 在库项目总量).

    >>> _subject_name("策划储备在库项目总量", load_rules(), {})
    '在库项目总量'
    >>> _subject_name("一般公共预算收入扣除政策性留抵退税因素影响后同口径", load_rules(), {})
    '一般公共预算收入'
    """
    subject = rules.subject_aliases.get(subject, subject)
    if "口径" in subject or "因素" in subject or "影响" in subject:
        # 一般公共预算收入扣除政策性留抵退税因素影响后同口径实现12亿元: the basis of the figure
        # (a county's review of 2022, session 49)
        based = BASIS_INSIDE.sub("", subject)
        subject = based if len(based) >= 2 else subject
    if subject.startswith("“") and "”" not in subject:
        subject = subject[1:]  # 再出发！“生产总值增长6%…: a quotation opened before the subject
    if "——" in subject:
        # 报告提出成都发展的主要预期目标——地区生产总值: the lead-in of a list of targets (a news
        # page of 2018, session 49)
        led = TARGETS_DASH_LEAD.sub("", subject)
        subject = led if len(led) >= 2 else subject
    if subject.endswith("人数") and subject[:-2] in glossary:
        return subject[:-2]  # 城镇新增就业人数: the indicator's name
    verb = ""
    if subject.startswith(rules.action_verbs):  # (one test rejects most subjects)
        verb = next(v for v in rules.action_verbs if subject.startswith(v))
    if verb and subject.endswith(rules.count_measures) and len(subject) - len(verb) >= 4:
        return subject[len(verb) :]
    return subject


#: The power plants and units a capacity written right before them measures (关停5000万千瓦小火电
#: 机组, 开工建设100万千瓦风电项目): a noun phrase without 的 or digits ending with one of these, and
#: the measure each is named with (the sets write 关停小火电机组容量, 机组容量, 核电站装机容量).
FACILITY_AFTER = re.compile(
    r"(?:以上|以下|左右)?(?P<noun>[^\W\d_的，、]{0,12}?(?P<head>机组|电站|电厂|基地|项目))"
)
FACILITY_MEASURES = {"机组": "容量"}
FACILITY_MEASURE = "装机容量"
#: How many characters after a capacity :func:`facility_subject` reads.
FACILITY_WINDOW = 20
ETC_BEFORE_FACILITY = re.compile("等(?=机组|电站|电厂|基地|项目)")
#: Subjects that already name the capacity measured (新增发电装机8970万千瓦): kept as they are.
MEASURED_CAPACITIES = ("容量", "装机", "规模", "能力", "储能")


def facility_subject(subject: str, text: str, end: int) -> str:
    """The subject of a capacity written right before the plant or units it measures
    (:data:`FACILITY_AFTER`): ``subject``, the words before the figure in its clause, when they
    name no measure of their own (a verb, an owner: the last item of a list), the plant, and its
    measure; else "".

    >>> t = "关停5000万千瓦小火电机组，开工建设100万千瓦风电项目"
    >>> facility_subject("关停", t, t.index("小")), facility_subject("", t, t.index("风"))
    ('关停小火电机组容量', '风电项目装机容量')
    >>> facility_subject("华象科技复合板、宁国运", "宁国运100万千瓦风光同场等项目", 9)
    '宁国运风光同场项目装机容量'
    >>> facility_subject("新增发电装机", "新增发电装机8970万千瓦，其中水电", 12)
    ''
    """
    # (the 等 closing names of some of them, 风光同场等项目, is no part of the noun)
    window = ETC_BEFORE_FACILITY.sub("", text[end : end + FACILITY_WINDOW])
    found = FACILITY_AFTER.match(window)
    if found is None or subject.endswith(MEASURED_CAPACITIES) or len(found.group("noun")) < 2:
        return ""
    noun = found.group("noun")
    owner = re.split("[、，,；;]", subject)[-1]
    return owner + noun + FACILITY_MEASURES.get(found.group("head"), FACILITY_MEASURE)


def action_measure(subject: str, unit_class: str, rules: Rules) -> str:
    """An action measured by its area or capacity, named with the measure word
    (``action_measures``); any other subject as it is.

    >>> from govreport.quantities.rules import load_rules
    >>> action_measure("营造林", "area", load_rules()), action_measure("高标准农田", "area", load_rules())
    ('营造林面积', '高标准农田')
    >>> action_measure("关停小火电机组", "power", load_rules())
    '关停小火电机组容量'
    >>> action_measure("盐碱地改良工程", "area", load_rules()), action_measure("湿地建设", "area", load_rules())
    ('盐碱地改良工程面积', '湿地建设面积')
    >>> action_measure("营造林", "count", load_rules())
    '营造林'
    """
    measure = rules.action_measures.get(unit_class, "")
    if not measure or len(subject) < 2 or subject.endswith(measure):
        return subject
    closure = unit_class == "power" and subject.startswith(rules.closure_verbs)
    if subject.endswith(rules.action_endings) or closure:
        return subject + measure
    return subject


def people_action_measure(subject: str, unit: str, rules: Rules) -> str:
    """People counted after what was done to them (``people_action_endings``: 易地扶贫搬迁830万人),
    named with ``people_action_measure``; any other subject as it is.

    >>> from govreport.quantities.rules import load_rules
    >>> people_action_measure("易地扶贫搬迁", "万人", load_rules())
    '易地扶贫搬迁人口'
    >>> people_action_measure("易地扶贫搬迁", "亿元", load_rules())
    '易地扶贫搬迁'
    """
    if unit.endswith("人") and subject.endswith(rules.people_action_endings) and len(subject) > 2:
        return subject + rules.people_action_measure
    return subject


#: A crop sown or planted, as a subject closing on it before an area in mu (种植粮食64.8万亩).
SOWN_CROP = re.compile(r"^(?P<lead>.*?)(?P<verb>种植|播种)(?P<crop>[\u4e00-\u9fff]{2,8})$")


def sown_area(subject: str, unit: str) -> str:
    """The area of a crop sown or planted, an amount in mu: the crop + the verb + 面积 (种植粮食
    64.8万亩 -> 粮食种植面积, as the gold writes 粮食播种面积, 棉花的播种面积; a county's review,
    session 66); other subjects as they are.

    >>> sown_area("种植粮食", "万亩"), sown_area("种植粮食", "万吨"), sown_area("粮食播种面积", "万亩")
    ('粮食种植面积', '种植粮食', '粮食播种面积')
    >>> sown_area("推广种植镉低积累水稻", "万亩"), sown_area("播种面积计算", "万亩")
    ('推广种植镉低积累水稻面积', '播种面积计算')
    """
    if not unit.endswith("亩"):
        return subject
    sown = SOWN_CROP.match(subject)
    if sown is None or "面积" in sown["crop"] or sown["crop"].endswith(("基地", "区", "园")):
        return subject
    if sown["lead"]:  # (推广种植镉低积累水稻400万亩 -> 推广种植镉低积累水稻面积: heldout hunan)
        return subject + "面积"
    return sown["crop"] + sown["verb"] + "面积"


def length_measure(subject: str, unit: str, unit_class: str, rules: Rules) -> str:
    """A length in kilometres of things built, opened, renovated or laid, named with
    ``length_measure`` after the thing (CONVENTIONS.md, settled in round 19); a subject that
    already names its length, or a length not of things done (``length_own_words``), as it is.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> length_measure("新增公路", "万公里", "length", rules)
    '新增公路里程'
    >>> length_measure("铁路营业里程", "万公里", "length", rules)
    '铁路营业里程'
    >>> length_measure("海岸线", "公里", "length", rules)
    '海岸线'
    >>> length_measure("新建道路", "米", "length", rules), length_measure("治理", "平方公里", "area", rules)
    ('新建道路', '治理')
    """
    measure = rules.length_measure
    if unit_class != "length" or not unit.endswith(rules.length_units):
        return subject
    if not measure or len(subject) < 2:
        return subject
    if subject.endswith(rules.length_own_words):
        return subject
    return subject + measure


def throughput_measure(subject: str, unit: str, rules: Rules) -> str:
    """Containers counted in TEU named as the port's throughput (``throughput`` of the rules:
    集装箱65.4万标箱 -> 集装箱吞吐量); any other subject as it is.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> throughput_measure("集装箱", "万标箱", rules), throughput_measure("海铁联运量", "万标箱", rules)
    ('集装箱吞吐量', '海铁联运量')
    >>> throughput_measure("集装箱", "万个", rules)
    '集装箱'
    """
    if not rules.throughput_measure or not unit.endswith(rules.throughput_units):
        return subject
    if not subject.endswith(rules.throughput_things):
        return subject
    return subject + rules.throughput_measure


#: A figure masked in a template (地区生产总值XX亿元, 居民人均可支配收入达XX元: a town's report on a
#: document-sharing site), with the link verb before it: no part of a subject.
PLACEHOLDER_FIGURE = re.compile(
    r"(?:达到?|为|完成|实现)?[XxＸｘ×*＊]{1,4}(?:\.[XxＸｘ]{1,3})?"
    r"(?:万亿|亿|万|千)?(?:元|美元|人|个|家|户|项|吨|亩|平方米|公里|%|％)"
)


def without_placeholder_figures(subject: str) -> str:
    """``subject`` without the template's masked figures in it (:data:`PLACEHOLDER_FIGURE`).

    >>> without_placeholder_figures("地区生产总值XX亿元"), without_placeholder_figures("收入达XX元")
    ('地区生产总值', '收入')
    >>> without_placeholder_figures("XX花生种植面积")
    'XX花生种植面积'
    """
    return PLACEHOLDER_FIGURE.sub("", subject) or subject


#: A conditional or concessive conjunction opening a hypothetical protasis (只要/如果/假如/倘若/假若/
#: 即使/即便/哪怕; not 要是, read inside 主要是), then the rest of its sentence or semicolon clause.
CONDITIONAL = re.compile(r"(?:只要|如果|假如|倘若|假若|即使|即便|哪怕)[^。！？；;]*")
#: The apodosis of such a conditional: a later comma clause opening with or holding 就/便/也/仍.
APODOSIS = re.compile(r"[，,][^，,]*?(?:就|便|也|仍)")
#: A protasis that restates a result on another basis (扣除价格因素, 按可比口径计算) or frames a
#: fact as its topic (即使以投资多了十五亿元来说, 也只占…): not hypothetical.
RECOUNTED = re.compile(r"扣除|剔除|计算|口径|来说|而论|而言")


#: A conditional without its conjunction: a comma clause, then an apodosis opening with 就能 / 就可以
#: (多种五十万亩烟叶，就能增产五十万箱纸烟; 减少百分之二、三的占用量，就可以节省出七十亿到一百亿元).
#: (An attempt starts only where a clause does, so a text without commas is read once: linear.)
IMPLICIT_CONDITIONAL = re.compile(
    r"(?:^|(?<=[，,。！？；;：:]))[^，,。！？；;：:]+[，,]就(?:能够|能|可以|可)[^。！？；;]*"
)
#: A clause of time or of a plan's frame before 就能 (在今后五年内，就能够实现…): no condition.
FRAME_PROTASIS = re.compile(r"^\s*(?:在|到|从|经过|今后|今年|明年|这样|那样|这|那)")


def conditional_spans(text: str) -> list[tuple[int, int]]:
    """The hypothetical stretches of a text: a conditional sentence, protasis and apodosis
    (只要降低百分之一，就可以每年节约八千四百亿元; 如果每人每年增加一元，购买力就增加六亿元), or a
    concessive-conditional one (即使每年增产百分之十，也已算得是跃进; 即使削减了50%，仍然占90%以上).
    Its figures are of no period: what would follow if the condition held, not a result or a
    target (CONVENTIONS.md: period_kind other). The stretch runs from the conjunction to the end
    of its sentence or semicolon clause, and only where a later comma clause carries the
    apodosis adverb (就/便/也/仍): 如果按可比口径计算，增长8% has none and stays a result, and a
    protasis restating a result on another basis (扣除价格因素, 按…计算) is no hypothesis either.
    One left-to-right scan, linear in the text.

    >>> t = "去年粮食增产5%。只要成本降低百分之一，就可以每年节约三亿元。"
    >>> [t[a:b] for a, b in conditional_spans(t)]
    ['只要成本降低百分之一，就可以每年节约三亿元']
    >>> conditional_spans("如果按可比口径计算，全年增长8%。")
    []
    >>> conditional_spans("如果扣除价格因素，实际也增长百分之六。")
    []
    """
    spans = []
    for m in CONDITIONAL.finditer(text):
        protasis = m.group().split("，", 1)[0]
        if RECOUNTED.search(protasis) is not None:
            continue  # 如果扣除价格因素，实际也增长8%: the result measured another way
        if APODOSIS.search(m.group()) is not None:
            spans.append((m.start(), m.end()))
    if "就" in text:
        for m in IMPLICIT_CONDITIONAL.finditer(text):
            if FRAME_PROTASIS.match(m.group()) or RECOUNTED.search(m.group().split("，", 1)[0]):
                continue
            if not any(a <= m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
        spans.sort()
    return spans


def in_conditional(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of :func:`conditional_spans` (a binary search: no list
    built per figure, so a sentence with many conditionals stays linear).

    >>> in_conditional([(2, 5), (9, 12)], 10), in_conditional([(2, 5), (9, 12)], 6)
    (True, False)
    """
    i = bisect_right(spans, pos, key=lambda span: span[0]) - 1
    return i >= 0 and pos < spans[i][1]


#: A bare round magnitude in words (百亿, 千亿, 五百亿, 万亿): the grade word's numeral.
_GRADE_NUMERAL = re.compile(r"[一二两三四五六七八九]?[十百千万]*[万亿]元?")
#: A conjoined grade after a grade (、24家百亿级), whose noun the first grade shares.
_NEXT_GRADE = re.compile(r"[、和及与](?:\d+[家个])?[一二两三四五六七八九]?[十百千万]*[万亿]元?级")


def is_magnitude_grade(text: str, r: Reading) -> bool:
    """True when ``r`` is a bare round magnitude in words followed by 级 (百亿级, 千亿级): a
    magnitude grade (:func:`magnitude_grade`). Digits do not make one (1000万级 is a threshold).

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "培育千亿级产业和1000万级项目"
    >>> is_magnitude_grade(t, read_number(t, 2, load_rules())), is_magnitude_grade(t, read_number(t, 8, load_rules()))
    (True, False)
    """
    return text.startswith("级", r.end) and bool(_GRADE_NUMERAL.fullmatch(text[r.start : r.end]))


def magnitude_grade(text: str, r: Reading) -> str:
    """The noun phrase a magnitude grade qualifies, with the grade: 千亿级产业集群.

    A bare round magnitude in words with 级 (百亿级, 千亿级, 万亿级) is a non-predicate attributive
    (区别词, a grade adjective formed with 级) that names a size class of the noun it qualifies;
    the quantity is that class, and its subject the written noun phrase, grade included (gold
    heldout10/13/14/20/21). Only a magnitude with no digits qualifies (7亿吨级, 百万吨级 keep the
    threshold reading); with no noun after it (3个千亿级，) the grade alone.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> def grade(s, at):
    ...     return magnitude_grade(s, read_number(s, at, load_rules()))
    >>> grade("全市培育千亿级新能源产业，", 4), grade("建设百亿级项目3个", 2)
    ('千亿级新能源产业', '百亿级项目')
    >>> grade("打造千亿级、百亿级龙头企业", 2)
    '千亿级龙头企业'
    >>> grade("建成7亿吨级储量基地", 2)
    ''

    A grade of a mark (连跨3个千亿级台阶: :data:`MILESTONE`) is the size of a step of what is
    measured before it, no class of things: no grade subject.

    >>> grade("地区生产总值连跨3个千亿级台阶", 10)
    ''
    """
    if not is_magnitude_grade(text, r) or MILESTONE.match(text, r.end):
        return ""
    # 千亿级、百亿级企业: coordinated grades share the noun after the last one
    shared = _NEXT_GRADE.match(text, r.end + 1)
    noun, _ = _following_noun(text, shared.end() if shared else r.end + 1)
    noun = predicate_cut(noun)  # (4个万亿级产业基地提质升级: session 55, gold heldout13)
    return f"{text[r.start : r.end]}级{noun}"  # (3个千亿级，: the grade alone names the class)


def predicate_cut(noun: str) -> str:
    """``noun`` up to a verb (jieba's tag v) right after a noun word of two characters or more:
    the predicate said of the things goes (产业基地提质升级 -> 产业基地).

    >>> predicate_cut("产业基地提质升级"), predicate_cut("新能源产业"), predicate_cut("出口产业集群")
    ('产业基地', '新能源产业', '出口产业集群')
    >>> predicate_cut("装备制造产业集群")
    '装备制造产业集群'
    >>> predicate_cut("税收楼宇“高空揽金”")
    '税收楼宇“高空揽金”'
    """
    words = dictionary_words(noun)
    if not words or words[-1][1] in HEAD_NOUN_TAGS:
        return noun  # (装备制造产业集群: a noun closes it, the verb is inside a compound)
    at, before = 0, ("", "")
    for word, tag in words:
        quoted = noun.count("“", 0, at) > noun.count("”", 0, at)  # (no cut in a quoted name)
        if tag == "v" and len(before[0]) >= 2 and before[1].startswith("n") and not quoted:
            return noun[:at]
        at, before = at + len(word), (word, tag)
    return noun


#: What a grade of a measure (万吨级泊位, 百万吨级乙烯) names: the graded thing + this word.
MEASURE_GRADE_NAME = "规模"
#: Things graded by the tonnage of the ships they take or are (万吨级泊位, 10万吨级码头), whose
#: grade is named 吨级 (泊位吨级: gold heldout50/54), not 规模.
TONNAGE_GRADED = ("泊位", "码头", "船舶", "船", "航道")
#: What ends the graded noun after a measure grade: a list separator (炼油厂、百万吨级乙烯) or a
#: quotation (煤电机组“上大压小”).
_GRADE_ITEM_CUT = re.compile(r"[、和及与“”‘’\"]")
#: What may follow 级 before the graded noun (万吨级以上泊位, 千吨级及以上航道).
_GRADE_ABOVE = re.compile(r"(?:及|或)?以上")
#: The name opening a 、-list item right before a measure grade (美兰机场二期、洋浦港20万吨级),
#: no numeral in it (储能四大千万千瓦级: 四大 counts the bases).
_GRADE_OWNER = re.compile(r"、([^\W\d一二两三四五六七八九十几_]{1,6})$")


#: Predicates of a built or graded thing (码头投入使用, 码头泊位新增吞吐能力, 海船下水): they end
#: the noun a grade qualifies.
GRADED_THING_PREDICATES = re.compile(
    r"投入使用|投入运行|投用|投产|并网|下水|交付|通航|运营|新增|建成|开工|竣工"
)


def graded_noun(phrase: str) -> str:
    """``phrase`` up to a predicate of :data:`GRADED_THING_PREDICATES` after its first
    character: the thing a grade qualifies, not what is done to it (码头泊位新增吞吐能力 ->
    码头泊位, 码头投入使用 -> 码头).

    >>> graded_noun("码头泊位新增吞吐能力"), graded_noun("码头投入使用"), graded_noun("核电机组")
    ('码头泊位', '码头', '核电机组')
    """
    predicate = GRADED_THING_PREDICATES.search(phrase, 1)
    return phrase[: predicate.start()] if predicate else phrase


def measure_grade(text: str, r: Reading) -> str:
    """The subject of a grade of a physical measure (千万吨级炼油厂, 20万吨级泊位), else "".

    A measure with 级 (万吨级, 百万千瓦级) names the size class of the thing after it: the
    quantity is that thing's size, named thing + 规模 (泊位 / 码头 / 船: + 吨级), with 以上 after
    级 inside the noun; the noun ends at a list separator (炼油厂、百万吨级乙烯), and a name opening
    the figure's 、-list item (、洋浦港20万吨级泊位) stays before it (gold heldout25/28/50/54).

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> def grade(s, at):
    ...     return measure_grade(s, read_number(s, at, load_rules()))
    >>> grade("京沪高速铁路和千万吨级炼油厂、百万吨级乙烯等", 7), grade("建成10万吨级以上泊位8个", 2)
    ('炼油厂规模', '泊位吨级')
    >>> grade("美兰机场二期、洋浦港20万吨级泊位和深水航道投用", 10), grade("培育千亿级产业", 2)
    ('洋浦港泊位吨级', '')
    """
    if not (r.unit and r.unit_class in GRADED_MEASURES and text.startswith("级", r.end)):
        return ""
    above = _GRADE_ABOVE.match(text, r.end + 1)
    noun, _ = _following_noun(text, above.end() if above else r.end + 1)
    noun = graded_noun(_GRADE_ITEM_CUT.split(noun, maxsplit=1)[0])
    if not noun:
        return ""
    owner = _GRADE_OWNER.search(text, max(0, r.start - 7), r.start)
    name = "吨级" if r.unit_base == "吨" and noun.endswith(TONNAGE_GRADED) else MEASURE_GRADE_NAME
    return (owner.group(1) if owner else "") + noun + name


#: 的 and a noun of units a size threshold names a class of (…以上的企业, …以上的重点项目), or any
#: noun counted right after (一百万吨以上的大型矿井二十八个: the units of that size counted), or
#: only the count, its noun the list's (新上企业项目34家，其中投资超千万的5家，500万元以上的4家:
#: a town's summary, session 64).
CLASS_NOUN_AFTER = re.compile(
    r"的[\u4e00-\u9fff]{0,6}?(?:企业|项目|单位|城市|县|工程|大队|园区|公司|农户|用户|工厂)"
    # (places, buildings and industries a size sorts too, right after 的: 税收超千万元的镇有13个,
    # 纳税额超亿元的商务楼宇超50栋, 产值超千亿元的产业: helpers' pages of 2009-2021, session 64;
    # not a place a clause goes on to, 一百万以上的干部下放到农村, national 1959)
    r"|的(?:镇|乡|村|街道|[\u4e00-\u9fff]{0,4}楼宇|[\u4e00-\u9fff]{0,3}(?:产业|集群))"
    r"|的[\u4e00-\u9fff]{0,8}?[零〇一二两三四五六七八九十百千\d]+[个座家所处项条]"
)


#: A count right after a size's 的 (…的148个): with :data:`SUM_BEFORE`, the total of those things.
COUNT_RIGHT_AFTER = re.compile(r"的[零〇一二两三四五六七八九十百千\d]")
#: A total right before a figure passed (总投资过千亿): the sum of the things counted after it.
SUM_BEFORE = re.compile(r"总(?:投资|额|量|规模)(?:过|超过?|达)$")
SUM_BEFORE_REACH = 6


def rating_measure(segment: str, carried: dict[str, str], unit: str, rules: Rules) -> str:
    """The measure a rating of a thing gives (:data:`RATING_CLASSES`): the one named in its own
    ``segment`` (the text since the figure before), else the one ``carried`` from the sentence's
    rating before in the same unit, else the unit's own (``rules.rating_measures``); "" for a
    unit without one.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> rating_measure("新建和续建装机容量", {}, "万千瓦", rules), rating_measure("，", {}, "万伏", rules)
    ('装机容量', '电压等级')
    >>> rating_measure("，", {"千瓦": "设备总容量"}, "万千瓦", rules)
    '设备总容量'

    A rating per piece keeps its 每台 / 单机 (制造每台容量一万二千千瓦…的发电设备 -> 每台容量:
    heldout112 national 1955):

    >>> rating_measure("制造每台容量", {}, "千瓦", rules)
    '每台容量'
    """
    named = rules.rating_measures.get("named", ())
    key = rating_unit(unit, rules)
    own = next((m for m in named if m in segment), "")
    at = segment.find(own) if own else -1
    own = next((p for p in PER_PIECE if segment.endswith(p, 0, at)), "") + own if own else own
    return own or carried.get(key, "") or rules.rating_measures.get("by_unit", {}).get(key, "")


#: Words of a rating per piece written before its measure (每台容量, 单机容量).
PER_PIECE = ("每台", "每套", "每座", "单台", "单机")


def rating_unit(unit: str, rules: Rules) -> str:
    """The rated unit ``unit`` is written in (万千瓦 -> 千瓦), "" if none."""
    return next((u for u in rules.rating_measures.get("by_unit", {}) if unit.endswith(u)), "")


#: What joins ratings listed for one thing (一万二千千瓦、二万五千千瓦以至五万千瓦的发电设备).
RATING_JOINTS = ("、", "和", "或", "至", "到", "以至")
#: The thing rated, up to a count of it or the verb before that count (火力发电站就有十五个,
#: 水电站十五个, 核电站一个), or up to the next item of a list (蒸气发电设备、合金无缝钢管).
RATED_NOUN = re.compile(r"(.*?)(?:就有|共有|有|共)?(?=[零〇一二两三四五六七八九十\d、]|$)")


#: Unit classes of a size written right before a noun counted right after it (五十吨敞车三百二十二辆,
#: 三十万千瓦机组两台): the size of each thing, a class (heldout75 national 1955).
SIZED_CLASSES = ("mass", "power", "voltage", "volume")
SIZED_THINGS_COUNTED = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:[零〇一二两三四五六七八九十百千万]+|\d+)[辆台艘架列部座]"
)
#: Firms or projects counted right after an amount of money, which sizes each of them (新增40亿元
#: 企业1家、20亿元企业2家, 10亿元企业13户: county reviews of 2025 and 2013): a class, as with 以上.
SIZED_FIRMS_COUNTED = re.compile(
    r"(?:企业|公司|项目|工厂)(?:达到?|有|共)?(?:[零〇一二两三四五六七八九十百千万]+|\d+)[家户个]"
)
#: Unit classes of a machine's or plant's rating (power, voltage): an amount in one of them written
#: right before 的 and a noun (五万千瓦的全套火力发电设备, 三十万千瓦的核电站一个, 五十四马力的履带式
#: 拖拉机) says which kind of thing, a class (heldout53, heldout58, heldout72: 7 gold rows, all other).
RATING_CLASSES = ("power", "voltage")
RATED_THING = re.compile(r"的[\u4e00-\u9fff]")


#: A round numeral in words (百, 千, 五百) before 万 or 亿.
ROUND_NUMERAL = re.compile(r"[一二两三四五六七八九]?[十百千]")
#: Unit classes of a round magnitude naming a size class without 级 (千万吨炼化基地, 百万羽蛋鸡).
BARE_SIZE_CLASSES = GRADED_MEASURES | {"count"}


#: The things a bare size names a class of (千万吨炼化基地, 百万羽蛋鸡养殖重点项目): facilities and
#: undertakings, up to the last of these heads; an amount of a product (十万吨食糖, 五十万亩烟叶,
#: 六十亿斤粮食 in the older reports) names no class.
SIZE_CLASS_HEAD = re.compile(r".*(?:基地|项目|園區|园区|集群|装置|生产线|工程)")


def bare_size_class(text: str, r: Reading) -> bool:
    """Whether ``r`` is a round magnitude in words with its unit written right before a noun
    (千万吨炼化基地, 百万吨化工新材料基地, 百万羽蛋鸡养殖重点项目): the size class of the thing
    named after it, as 百万吨级 is (gold heldout11 gansu, heldout79 guizhou). Digits do not make
    one, nor a unit of people (千万人口).

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "推动兰白千万吨炼化基地、年产300万吨钢"
    >>> bare_size_class(t, read_number(t, 4, load_rules())), bare_size_class(t, read_number(t, 14, load_rules()))
    (True, False)
    """
    if r.unit_class not in BARE_SIZE_CLASSES or ROUND_NUMERAL.fullmatch(r.value) is None:
        return False  # (the tests of the figure first: most figures are no round magnitude)
    after = text[r.end : r.end + 1]
    if not (r.unit and after and SIZE_CLASS_HEAD.match(text, r.end, r.end + FOLLOW_WINDOW)):
        return False
    return (
        bool(r.unit)
        and r.unit_class in BARE_SIZE_CLASSES
        and not r.unit.endswith(PERSON_UNITS)
        and ROUND_NUMERAL.fullmatch(r.value) is not None
        and r.unit[:1] in "万亿"
        and re.match(r"[\u4e00-\u9fff“]", after) is not None
        and after not in "的和及与以左级"
    )


def bare_size_grade(text: str, r: Reading) -> str:
    """The subject of a size class without 级 (:func:`bare_size_class`): the size as written and
    the thing it qualifies, up to a list separator or what is done to it, else "".

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "推动兰白千万吨炼化基地、百万吨化工新材料基地建设"
    >>> bare_size_grade(t, read_number(t, 4, load_rules()))
    '千万吨炼化基地'
    """
    if not bare_size_class(text, r):
        return ""
    noun, _ = _following_noun(text, r.end)
    noun = graded_noun(_GRADE_ITEM_CUT.split(noun, maxsplit=1)[0])
    head = SIZE_CLASS_HEAD.search(noun)
    return f"{text[r.start : r.end]}{noun[: head.end()]}" if head else ""


#: Unit classes of a plant's yearly output (吨, 辆, 台, 立方米, 千瓦时).
OUTPUT_RATING_CLASSES = frozenset({"mass", "count", "volume", "energy"})
#: 年产 and the product written before the figure (年产石油一亿吨: 石油; not 各, which spreads a
#: built capacity over its projects: 年产各30万吨的…乙烯工程; not 年产量 稳定在…).
OUTPUT_RATED_BEFORE = re.compile(r"年产(?![各量值])([^\d在到达为，,；;。]{0,4})$")
#: The product written after the figure, then 的 and the plant (一百五十万吨钢的钢铁联合企业).
OUTPUT_RATED_AFTER = re.compile(r"(?:以上|以下|左右)?([\u4e00-\u9fff]{0,4}?)的(?=[\u4e00-\u9fff])")


#: What closes the plant a yearly output sizes: the item ends (…的钢铁联合企业，…的煤矿，等等).
PLANT_CLOSERS = "，,、；;。：:等）)"


def output_rating(text: str, r: Reading) -> str:
    """The subject of a plant's yearly output written before it as its size (年产一百五十万吨钢的
    钢铁联合企业, 年产五万吨合成氨的氮肥厂, 年产石油一亿吨以上的国家): a class, kind other as a
    rating is (read beside :func:`_is_threshold`), named plant + product + 年产量 as the gold writes it
    (heldout37, heldout53, heldout60, heldout84, heldout88: 11 rows); "" for any other figure.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "建设年产五万吨合成氨的氮肥厂"
    >>> output_rating(t, read_number(t, 4, load_rules()))
    '氮肥厂合成氨年产量'
    >>> t = "年产各30万吨的乙烯工程"
    >>> output_rating(t, read_number(t, 3, load_rules()))
    ''
    """
    if (
        r.unit_class not in OUTPUT_RATING_CLASSES
        or "年产" not in text[max(0, r.start - 6) : r.start]
    ):
        return ""
    before = OUTPUT_RATED_BEFORE.search(text, max(0, r.start - 6), r.start)
    after = OUTPUT_RATED_AFTER.match(text, r.end)
    if before is None or after is None:
        return ""
    plant, end = _following_noun(text, after.end())
    if not plant or (end < len(text) and text[end] not in PLANT_CLOSERS):
        return ""  # (…以上的就有三十一个, …的国家不到十个: a count of the class follows)
    return plant + before.group(1) + after.group(1) + "年产量"


#: Where a project named in a list starts: after the list's marks or a verb of pushing projects
#: on (推动吉林梅花…, 释放吉化…, 抓好中粮油脂…, 一年内就实现年产…).
PROJECT_ITEM_START = re.compile(
    r"[、，,；;。：:和及与]|推动|推进|加快|建设|实施|释放|抓好|实现|支持|包括|新建|建成|开工|投产"
)
#: The end of a capacity's product in a project's name: the next item, or the projects' noun.
PROJECT_ITEM_END = re.compile(r"等|项目|[、，,；;。：:和及与]")
#: The longest name of the firm before a project's capacity and of the product after it.
PROJECT_NAME_MAX = 8
PROJECT_PRODUCT_MAX = 16
#: How far after the capacity the projects' noun closing the list is looked for (characters), in
#: its clause.
PROJECT_LIST_REACH = 80
PROJECT_CLAUSE_END = re.compile(r"[，,；;。]")


def project_capacity_subject(text: str, r: Reading) -> str:
    """The subject of a project's capacity written inside its name, in a list of projects (白银集团
    7万吨锌基合金等项目, 推动吉林梅花60万吨赖氨酸等项目释放产能, 释放吉化120万吨乙烯转型升级项目新装置
    产能): firm + product + 项目产能, as the gold writes it (heldout11, 16, 21, 89: 10 rows); 年产
    before the figure is part of the capacity. "" when the figure is no mass, no product follows
    it or no 项目 closes its list in the clause.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "加快金川四矿区贫矿资源综合开发利用、白银集团7万吨锌基合金等项目建设。"
    >>> project_capacity_subject(t, read_number(t, t.index("7"), load_rules()))
    '白银集团锌基合金项目产能'
    >>> t = "一年内就实现年产4万吨基础锂盐一体化和2万吨高质碳酸锂项目顺利投产。"
    >>> [project_capacity_subject(t, read_number(t, t.index(n), load_rules())) for n in "42"]
    ['基础锂盐一体化项目产能', '高质碳酸锂项目产能']
    >>> t = "粮食产量达到1300万吨，增长2%，实施高标准农田项目。"
    >>> project_capacity_subject(t, read_number(t, t.index("13"), load_rules()))
    ''
    """
    if r.unit_class != "mass" or r.hedges:
        return ""
    before = text[max(0, r.start - PROJECT_NAME_MAX - 6) : r.start]
    opened = next(reversed(list(PROJECT_ITEM_START.finditer(before))), None)  # (the last)
    name = before[opened.end() :] if opened else ""
    name = name.removesuffix("年产")
    if len(name) > PROJECT_NAME_MAX or not re.fullmatch(r"[\u4e00-\u9fff]*", name):
        return ""
    if not opened and len(before) > len(name):
        return ""  # (the name's start not seen)
    end = PROJECT_ITEM_END.search(text, r.end, r.end + PROJECT_PRODUCT_MAX + 8)
    if end is None:
        return ""
    product = text[r.end : end.start()]
    if not (1 <= len(product) <= PROJECT_PRODUCT_MAX) or not re.fullmatch(
        r"[\u4e00-\u9fff]+", product
    ):
        return ""
    if product.startswith(("以上", "以下", "左右", "的", "增长", "下降", "提高", "减少")):
        return ""
    reach = r.end + PROJECT_LIST_REACH  # (a bounded search: linear time)
    clause_end = PROJECT_CLAUSE_END.search(text, r.end, reach)
    if "项目" not in text[r.end : clause_end.start() if clause_end else reach]:
        return ""
    return f"{name}{product}项目产能"


def _is_threshold(text: str, r: Reading, prefix: Sequence[str]) -> bool:
    """过亿元项目, 50亿元以上项目, 百亿县区: an amount that defines a class of things, not an
    outcome (a round magnitude in words right before a noun is one without 过 or 以上); a count
    with 以上 before its noun counts those things (新实施1500个以上技改项目, 建设300个以上精品示范村:
    heldout2, heldout10). An amount with its unit right before 级 (7亿吨级, 百万吨级: a size grade)
    and a share right after 前 (全球前1%学科: the top band of a ranking) name a class too (round 38),
    as does a rating before the thing rated (:data:`RATING_CLASSES`)."""
    round_class = r.unit_class == "magnitude" and set(r.value) <= set("十百千万")
    if r.unit and text.startswith("级", r.end):
        return True  # 7亿吨级冶镁白云岩, 百万吨级示范: a size grade that names a class
    if r.unit_class in ("money", "magnitude") and CLUB_AFTER.match(text, r.end):
        return True  # 3个镇街进入400亿元俱乐部, 10亿元企业方阵: the mark that admits members
    if text.startswith(STEP_NOUNS, r.end) and not text.endswith("个", 0, r.start):
        # 规工总产值突破千亿大关: the mark the amount passed, a level of what passed it, no class of
        # things (a district's reviews of 2021 and 2025, session 71); not the size of the steps
        # counted, 连跨两个千亿台阶 (heldout16 gansu: other)
        return False
    if bare_size_class(text, r):
        return True  # 千万吨炼化基地, 百万羽蛋鸡养殖重点项目: a size class without 级
    if r.unit_class == "percent" and text.endswith("前", 0, r.start):
        return True  # ESI全球前1%学科, 排名前1%的学科: the top share that names a class of things
    if r.unit_class in RATING_CLASSES and RATED_THING.match(text, r.end):
        return True  # 五万千瓦的全套火力发电设备, 二十二万伏的高压变压器: the rating of one machine
    if r.unit_class in SIZED_CLASSES and SIZED_THINGS_COUNTED.match(text, r.end):
        return True  # 五十吨敞车三百二十二辆: the size of each of the things counted right after
    if r.unit_class == "money" and SIZED_FIRMS_COUNTED.match(text, r.end):
        return True  # 新增40亿元企业1家、20亿元企业2家: the size of each firm counted right after
    at_least = text.endswith("以上", 0, r.end) and r.unit_class != "count"
    # (and a bound above: 单笔50万元以下拖欠企业账款, 30万千瓦以下煤电机组: heldout105 hunan,
    # heldout11 gansu, heldout56 national 2017)
    at_most = text.endswith("以下", 0, r.end) and r.unit_class not in ("count", *RATE_CLASSES)
    over = "超过" in prefix or "过" in prefix or "超" in prefix
    # (the first of a class to pass the mark is the subject passing it: 成为中西部地区首个经济总量
    # 超过3万亿元的城市, a level of heldout2 chongqing)
    first = over and FIRST_OF_CLASS.search(text, max(0, r.start - FIRST_OF_CLASS_REACH), r.start)
    if at_least and text.endswith("在", 0, r.start) and text.startswith("的", r.end):
        return True  # 投资在五亿元以上的重大建设项目, 平均每人在三百元以上的大队 (heldout9)
    if (
        (at_least or (over and not first))
        and r.unit_class not in RATE_CLASSES
        and CLASS_NOUN_AFTER.match(text, r.end)
        # (not a sum over the things counted right after 的: 总投资过千亿的148个在建项目, the
        # book's report, is their total investment, 总投资380.7亿元的94个… as well)
        and not (
            COUNT_RIGHT_AFTER.match(text, r.end)
            and SUM_BEFORE.search(text, max(0, r.start - SUM_BEFORE_REACH), r.start)
        )
    ):
        # 年综合能耗5万吨标准煤以上的企业, 年销售收入超10亿元的龙头企业 (heldout44 jiangxi):
        # the size that names a class of units
        return True
    if at_least and r.unit_class == "area" and LAND_AFTER.match(text, r.end):
        return False  # 完成一亿亩以上荒地的勘察: an area of the land itself, not a class of things
    return (
        (over or at_least or at_most or round_class)
        and re.match(r"[\u4e00-\u9fff“]", text[r.end : r.end + 1]) is not None
        # (nor a conjunction or an adverb opening the next predicate: 稳定在万亿斤以上并逐年增加,
        # national 2013, session 55; 且 joins a class's two bounds, 销售额2万元以上且快递单量…)
        and text[r.end] not in "的和及与并而还也又均都"
        and not (r.unit_class == "percent" and GROWTH_NAMED_AFTER.match(text, r.end))
        and not (r.unit_class == "percent" and SHARE_USE_AFTER.match(text, r.end))
        and not (r.unit_class == "percent" and covered_before(text, r.start))
        and not people_doing_after(text, r)
    )


#: A club or a rank of members a sum admits to, right after it (400亿元俱乐部, 10亿元企业方阵:
#: helpers' pages of 2009-2024, session 64).
CLUB_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}?(?:俱乐部|方阵)")

#: 现有 and the noun it counts right before a figure (全乡现有贫困户952户), and how far back it is
#: looked for (characters).
HAS_NOW_BEFORE = re.compile(r"(?:^|[，,；;：:\s]|[省市县区乡镇村])现有[^，,。；;、的\d]{1,10}$")
HAS_NOW_REACH = 16

#: The marks joining a clause to the figure before it in a list (、覆盖…).
LIST_JOINS = "、，,"
#: What may stand between two figures of one list, nothing else (27732元、16695元; 100%和98.9%).
LIST_JOIN_WORDS = ("、", "和", "及", "与")
#: Hedges of a verb reached that a figure passes on to the one joined to it (:data:`LIST_JOIN_WORDS`).
JOINED_VERB_HEDGES = ("达到", "突破", "超过")
#: A verb of covering right before a percentage, with the whole's scope between (基本药物制度覆盖
#: 80%以上村卫生室, 美丽城镇建设覆盖全省93%的建制镇): the share of the things covered.
COVERED_BEFORE = re.compile(r"覆盖(?:了)?(?:全国|全省|全市|全区|全县)?$")
#: How far before a figure :data:`COVERED_BEFORE` is looked for (characters: a search from the
#: text's start would make every figure's cost grow with the text).
COVER_REACH = 8


def covered_before(text: str, start: int) -> re.Match[str] | None:
    """The verb of covering (:data:`COVERED_BEFORE`) right before the figure at ``start``."""
    return COVERED_BEFORE.search(text, max(0, start - COVER_REACH), start)


def covered_share_subject(
    subject: str, text: str, r: Reading, previous: Quantity | None, rules: Rules
) -> str:
    """The share of the things a programme covers (:data:`COVERED_BEFORE`): programme + 覆盖的 +
    things + 的比重, as the gold writes it (heldout national 2014, qinghai 2026); else the subject
    as it is.

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> t = "基本药物制度覆盖80%以上村卫生室。"
    >>> r = read_number(t, 8, load_rules())
    >>> covered_share_subject("基本药物制度覆盖", t, r, None, load_rules())
    '基本药物制度覆盖的村卫生室的比重'
    """
    cover = covered_before(text, r.start)
    if cover is None:
        return subject
    things, _ = _following_noun(text, r.end)
    programme = subject[: subject.rfind("覆盖")] if "覆盖" in subject else subject
    joined = cover.start() > 0 and text[cover.start() - 1] in LIST_JOINS
    if len(programme) < 2 and joined and previous and previous.reading.unit_class == "count":
        # 建成5G基站8.99万个、覆盖95%以上行政村: the things counted before
        programme = measure_of(previous.subject, rules, "count")
    if len(things) < 2 or len(programme) < 2:
        return subject
    return f"{programme}覆盖的{things}的比重"


def share_use_subject(subject: str, text: str, end: int) -> str:
    """The share of a whole put to a use written right after its percentage (:data:`SHARE_USE_AFTER`,
    up to the clause's end): whole + use + 的比例, as the gold writes it (heldout national 2022);
    else the subject as it is.

    >>> share_use_subject("全国财政支出", "全国财政支出70%以上用于民生。", 11)
    '全国财政支出用于民生的比例'
    >>> share_use_subject("全国财政支出", "全国财政支出70%以上，", 11)
    '全国财政支出'
    """
    use = SHARE_USE_AFTER.match(text, end)
    if use is None or len(subject) < 2:
        return subject
    stop = BOUNDARY_CHAR.search(text, end, min(len(text), end + SHARE_USE_REACH + 1))
    if stop is None:
        return subject
    purpose = text[end : stop.start()]
    return f"{subject}{purpose}的比例" if len(purpose) > len(use.group()) else subject


#: The most characters of a use read after a share's percentage (用于民生, 用于“三农”和社会事业).
SHARE_USE_REACH = 14


#: A verb of where a share goes right after a percentage (财政支出70%以上用于民生): the share of the
#: whole spent so, not a class of things above the mark.
SHARE_USE_AFTER = re.compile(r"用于|用在|投向|投入|来自|集中(?:在|于)")


#: The first or only one of a class (首个, 第一个, 唯一), looked for this many characters before a
#: figure passed (超过…的城市): the thing named is the one passing the mark.
FIRST_OF_CLASS = re.compile("首个|第一个|唯一")
FIRST_OF_CLASS_REACH = 12


#: Land right after an area (一亿亩以上荒地, 五百万亩以上耕地): the area measures it, a noun of at
#: most four characters closed by 地 or 田 and then a clause's end or 的 (not 基地 or 示范田区: a
#: class of sites sized by the area).
LAND_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}(?<!基)[地田](?=[的，,。；;、]|$)")


def people_doing_after(text: str, r: Reading) -> bool:
    """Whether a count of people (人, 人次, 名 …) is followed by a verb (超70万人次接受补贴性职业技能
    培训: heldout93 hainan): the people who did it, counted with their hedge, not a class of
    things sized by the figure (过亿元项目).

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "超70万人次接受培训"
    >>> people_doing_after(t, read_number(t, 1, load_rules()))
    True
    """
    if r.unit.lstrip(MAGNITUDE_CHARS) not in PEOPLE_UNITS:
        return False
    word, tag = opening_word(text[r.end : r.end + WORD_TAG_MAX])
    return len(word) >= 2 and tag.startswith("v") and tag != "vn"


#: How far after a count its indicator word may stand (28个主要指标, 8个约束性指标).
INDICATOR_AFTER = re.compile(r"[^，,、；;。：:\d]{0,6}")
#: The group a count of indicators belongs to (围绕创新驱动，提出5项指标 -> 创新驱动指标).
INDICATOR_GROUP = re.compile(r"围绕([^，,、；;。：:\d]{2,10})[，,](?:提出|明确|设置|设定)了?$")
#: The most characters :data:`INDICATOR_GROUP` can match (围绕 + 10 + ， + a verb + 了): the
#: text it searches ends at the number, so no more than these need be read.
INDICATOR_GROUP_CHARS = 16
#: The five-year plans whose first year a report may present (十五五 starts in 2026).
_PLAN_ORDINALS = range(1, 31)


def plan_outline_name(plan_year: int | None) -> str:
    """The outline (规划纲要) a report of a five-year plan's first year presents, else "".

    >>> plan_outline_name(2026), plan_outline_name(2016), plan_outline_name(2025)
    ('十五五规划纲要', '十三五规划纲要', '')
    """
    if plan_year is None:
        return ""
    for ordinal in _PLAN_ORDINALS:
        if five_year_plan_start(ordinal) == plan_year:
            return to_chinese(ordinal) + "五规划纲要"
    return ""


def indicator_subject(subject: str, before: str, plan_year: int | None) -> str:
    """The subject of a count of a new plan's indicators: the plan's outline and the indicator
    group (提出了28个主要指标 -> 十五五规划纲要主要指标; 围绕创新驱动，提出5项指标 ->
    十五五规划纲要创新驱动指标); a subject that names its plan stays.

    >>> indicator_subject("指标", "一是围绕经济发展，提出", 2026)
    '十五五规划纲要经济发展指标'
    >>> indicator_subject("约束性指标", "", 2025)
    '约束性指标'
    """
    group = INDICATOR_GROUP.search(before)
    if group and subject in ("", "指标"):
        subject = group.group(1) + "指标"
    name = plan_outline_name(plan_year)
    if not name or not subject or "规划" in subject or "纲要" in subject:
        return subject
    return name + subject


def _counts_indicators(q: Quantity, text: str, rules: Rules) -> bool:
    """提出了28个主要指标 / 其中预期性指标19项: a count of a plan's indicators (see the rules file's
    ``indicator_words``).

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> text = "提出了28个主要指标，其中"
    >>> q = Quantity(read_number(text, 3, load_rules()), None)  # type: ignore[arg-type]
    >>> _counts_indicators(q, text, load_rules())
    True
    """
    if q.reading.unit_class != "count":
        return False
    after = INDICATOR_AFTER.match(text, q.reading.end)
    following = after.group() if after else ""
    return q.subject.endswith(rules.indicator_words) or any(
        word in following for word in rules.indicator_words
    )


@dataclass
class _State:
    """What the reading of one sentence carries from one quantity to the next."""

    previous_end: int = 0
    previous: Quantity | None = None
    respectively: list[str] = field(default_factory=list)
    respectively_segment: str = ""
    respectively_head: str = ""
    list_carry: str = ""  # the head of a 分别 list just ended, carried to the clause after it
    rank_clause: str = ""  # the rank clause of a rank whose indicator a 分别 list gave
    threshold_noun: str = ""
    threshold_subject: str = ""
    threshold_start: int = 0
    # a class a threshold names, the topic of the counts after it (…超过20亿元的县，由9个增加到13个)
    threshold_class: str = ""
    added_whole: Quantity | None = None  # the added total whose part was read last (，其中…)
    subjects: list[str] = field(default_factory=list)  # of the quantities read so far
    list_item: bool = False  # the quantity continues a 分别 list
    list_prefix: list[str] = field(default_factory=list)  # 分别达到: hedges of the whole list
    # 达到 of the figure before, for a figure joined to it (达27732元、16695元)
    joined_verbs: list[str] = field(default_factory=list)
    chain: int = 0  # numbers in the 、/和 chain this quantity heads (800公里、600公里、300公里)
    previous_full: str = ""  # the previous subject before new-words were stripped
    new_lead: bool = False  # a clause led by a new word (全年新增…) heads the list read so far
    capacity_lead: bool = False  # ... and that lead names a capacity (新增生产能力有：)
    # the clause topic carried along its chain: (clause start, subject as read, with the topic)
    topic: tuple[int, str, str] | None = None
    multiple_of: str = ""  # the figure a multiple of a base year was read of (电力产量)
    rate_item: bool = False  # the last figure is a 分别 list's rate item, a share (失业率)
    step_of: str = ""  # the figure whose steps the last rows crossed (地区生产总值…，跨越两个…台阶)
    # the counted noun whose own measure follows it, and where that measure starts (75家…企业|年
    # 销售收入18.4亿元: owned_measure_owner)
    owner: tuple[str, int] | None = None
    # the year written with the last start value of 由…到 read in the sentence (由1978年的A):
    # a later start value written without one shares it (coordinated changes, ellipsis)
    start_year: int | None = None
    # what the run of periods just read is about (粮食产量 of 粮食产量连续13年稳定在430亿斤以上):
    # the figures after the count carry it, not the count of the run; None after other figures
    run_of: str | None = None
    # where the start value of 由A到B under a range written in years ends (-1: none)
    range_from_end: int = -1
    # where the sentence's clause boundaries (BOUNDARY) stand, found once per sentence
    boundaries: list[int] | None = None
    # the subject of the last count and its unit (468个重点项目: 重点项目, 个), whose things
    # (:func:`counted_things`) a count after a stage alone counts (，开工68个、竣工50个)
    counted: tuple[str, str] = ("", "")
    # the last subject read of each unit class, the whole a part after 其中 belongs to
    last_of_class: dict[str, str] = field(default_factory=dict)
    part_whole: tuple[str, str] = ("", "")  # (unit class, whole) of the parts after 其中
    # the period kind of the last figure of each unit class that was no part, and the unit class
    # of the parts after 其中 of a whole that is a stock (户籍总人口…，其中:城镇人口…，乡村人口…)
    last_period_of_class: dict[str, str] = field(default_factory=dict)
    stock_parts: str = ""
    # (unit class, indicator, target) of a plan's target just read (比“十五”计划目标3000亿元)
    plan_target: tuple[str, str, str] = ("", "", "")


#: What links two numbers of one chain sharing one list of subjects (800公里、600公里).
CHAIN_LINKS = frozenset({"、", "和", "及", "与", "，", ","})


def chain_lengths(quantities: Sequence[Quantity], text: str) -> list[int]:
    """For each quantity, how many quantities (itself included) follow it linked by 、/和 only,
    with the same unit class; 1 for a lone number."""
    lengths = [1] * len(quantities)
    for i in range(len(quantities) - 2, -1, -1):
        a, b = quantities[i].reading, quantities[i + 1].reading
        if text[a.end : b.start] in CHAIN_LINKS and a.unit_class == b.unit_class:
            if (
                a.unit_class == "count"
                and text[a.end : b.start] in ("，", ",")
                and a.unit.lstrip(MAGNITUDE_CHARS) != b.unit.lstrip(MAGNITUDE_CHARS)
            ):
                # 观摩活动13次，120个市县重点项目: a count of other things after a comma (not
                # 牛羊饲养量达10.56万头、28万只; session 53)
                continue
            lengths[i] = lengths[i + 1] + 1
    return lengths


#: The verbs of a bare measure that names the amount done of a measure (完成投资, 实现营收).
DONE_MEASURE_VERBS = ("完成", "实现")


#: A clause between a ； and the figure's clause (地方工业逆势增长，): it names the topic after
#: the ；, and no entity is carried past it.
TOPIC_AFTER_SEMICOLON = re.compile("[；;][^；;，,]+[，,]")


def carry_entity(subject: str, previous: str, rules: Rules) -> str:
    """A bare measure (总投资, 年度投资, 通车里程) after a counted entity takes the entity:
    新开工纳统项目61个、总投资65.4亿元 -> 新开工纳统项目总投资.

    >>> from govreport.quantities.rules import load_rules
    >>> carry_entity("年度投资", "新开工纳统项目总投资", load_rules())
    '新开工纳统项目年度投资'

    A verb that says what was done to the counted things (``subject_action_verbs``) names the
    count, not the things whose measure follows: 培植规模以上信软服务企业37家，实现营收… ->
    规模以上信软服务企业营收 (a new word stays: 新建成轨道交通线路通车里程).

    >>> carry_entity("营收", "培植规模以上信软服务企业", load_rules())
    '规模以上信软服务企业营收'

    The entity is named without its own measure (``carried_entity_endings``):

    >>> carry_entity("营业收入", "高技术制造业增加值", load_rules())
    '高技术制造业营业收入'

    The amount done of the measure before is that measure (固定资产投资…，累计完成投资…):

    >>> carry_entity("完成投资", "固定资产投资", load_rules())
    '固定资产投资'

    A rate names no entity (产品销售率98.4%，实现利润…):

    >>> carry_entity("利润", "产品销售率", load_rules())
    '利润'
    """
    if (
        subject in RATES_OF_THE_AMOUNT_BEFORE
        and previous
        and not previous.endswith(NO_ENTITY_ENDINGS)
    ):
        return previous + subject  # 完成重点项目投资128.1亿元，完成率110.3% (session 55)
    if subject not in rules.bare_measures or not previous:
        return subject
    if previous in rules.stage_verbs or previous in rules.project_stage_verbs:
        return subject  # (…开工94.3%，其中完工73.6%；完成投资…: a stage names no entity)
    if subject.startswith(DONE_MEASURE_VERBS) and previous.endswith(subject[2:]):
        return (
            previous  # 固定资产投资…，五年累计完成投资400亿元: the investment itself (session 49)
        )
    verb = next((v for v in rules.action_verbs if previous.startswith(v)), "")
    entity = previous[len(verb) :] if len(previous) - len(verb) >= 2 else previous
    if verb and entity.startswith("的"):
        entity = entity[
            1:
        ]  # 开工建设的省市重点项目…，完成投资…: the things, not their 的 (session 55)
    for word in carried_endings(rules):  # (longest first: 播种面积 before 面积)
        if entity.endswith(word):
            entity = entity[: -len(word)]
            break
    if len(entity) < 2 or (entity == previous and previous.endswith(subject)):
        return subject
    if entity.endswith(ENTITY_NOT_ENDS) and subject not in TOTAL_WORDS:
        # 一般公共预算收入…；投资增长16%: an amount names no entity of another measure (session
        # 58), while its total is its own (国家财政收入…，总额… -> 国家财政收入总额)
        return subject
    if entity in rules.owned_measures or entity.endswith(NO_ENTITY_ENDINGS):
        # (销售收入、利税、利润: a measure names no entity; nor does a rate, 产品销售率98.4%，实现
        # 利润…)
        return subject
    return entity + subject


#: Endings of a rate or a share (产品销售率, 比重, 占比): a measure, no entity of the next one;
#: nor a count of years or times (粮食连续五年增产，总产量…: the duration row before names none).
NO_ENTITY_ENDINGS = (
    *("率", "比重", "占比", "比例", "指数", "系数", "年数", "次数"),
    # (nor foreign capital: 利用外资、投资分别增长45%、20%, tianjin 2026, session 55, while a revenue
    # does name its own total, 国家财政收入…，总额… -> 国家财政收入总额; nor a ranking: 增幅居全市区县
    # 第一；实现主营业务收入…)
    *("外资", "内资", "排名", "位次"),
)
#: Endings of an amount left when a carried entity's measure is cut (一般公共预算收入, 地区生产
#: 总值): no entity of the bare measure after it.
ENTITY_NOT_ENDS = (*SHARED_SUFFIXES, "支出", "总值")
#: Bare measures that total the amount before them (总额, 规模; 金额 of the loans counted).
TOTAL_WORDS = frozenset({"总额", "总规模", "规模", "金额"})
#: A total written alone after a share of the things counted before it (，总数突破).
TOTAL_AFTER_SHARE = re.compile(r"(?P<word>总数|总量)(?:突破|达到|达|超过|超|为)?")
#: Rates of the amount right before them, named with it (完成率 of 重点项目投资).
RATES_OF_THE_AMOUNT_BEFORE = ("完成率", "执行率", "到位率")


def carried_endings(rules: Rules) -> tuple[str, ...]:
    """The measures a carried entity is named without (the rules' ``bare_measures`` and
    ``carried_entity_endings``), longest first.

    >>> from govreport.quantities.rules import load_rules
    >>> endings = carried_endings(load_rules())
    >>> endings.index("播种面积") < endings.index("面积")
    True
    """
    return per_rules(
        rules,
        "carried_endings",
        lambda r: tuple(
            sorted({*r.bare_measures, *r.carried_entity_endings}, key=lambda w: (-len(w), w))
        ),
    )


def counted_clause_opens(
    q: Quantity, previous: Quantity | None, previous_end: int, text: str
) -> bool:
    """Whether the counted things after the figure before (``previous``, a count whose noun
    follows its figure and ends at ``previous_end``) open the clause of ``q``'s subject, which
    starts right after them and ends before ``q``'s figure: 首批10个未来产业先导区集聚产业链核心企业
    超150家 -> 首批未来产业先导区集聚产业链核心企业 (the things the count counted gathered the
    firms; not 8个县区创建16个…园区, whose noun follows its own figure)."""
    if previous is None or previous.reading.unit_class != "count" or len(previous.subject) < 2:
        return False
    noun = text[previous.reading.end : previous_end]
    return (
        previous.subject_start is not None
        and previous.subject_start >= previous.reading.start
        and bool(noun)
        and previous.subject.endswith(noun)
        and q.subject_start == previous_end
        and q.subject_start < q.reading.start
        and text.startswith(q.subject, q.subject_start)
        and (q.subject_end is None or q.subject_end <= q.reading.start)
        and len(q.subject) >= 2
        and not q.subject.startswith(previous.subject)
    )


#: The stage "essentially completed" written after the things counted (住房基本建成432万套): the
#: gold puts it before them, as when it opens the clause (基本建成保障性安居工程).
COMPLETED_STAGE = "基本建成"
#: The adverb "newly" before a stage written after the things counted (工业项目新开工110个).
NEW_STAGE = "新"

#: Verbs of cutting an amount (压减) that stay before the object cut when the figure is the
#: amount cut (压减钢铁产能5000万吨 -> 压减钢铁产能: heldout56, national 2017 and 2018) and go when it
#: is a rate, which the kind and the sign already say (压减一般性支出10% -> 一般性支出).
#: So do verbs of driving before what grew at the rate (带动固定资产投资增长5.1% -> 固定资产投资:
#: heldout84 national 2023; an amount driven keeps them, see :func:`driven_subject`).
RATE_CHANGE_VERBS = ("压减", "带动", "拉动")


def rate_change_object(subject: str, kind: str) -> str:
    """The object of a cutting verb opening the subject of a rate (:data:`RATE_CHANGE_VERBS`),
    else the subject as it is.

    >>> rate_change_object("压减一般性支出", "growth_pct"), rate_change_object("压减钢铁产能", "level")
    ('一般性支出', '压减钢铁产能')
    >>> rate_change_object("带动固定资产投资", "growth_pct"), rate_change_object("带动就业", "level")
    ('固定资产投资', '带动就业')
    """
    if kind != "growth_pct":
        return subject  # (only a rate's subject is read: most rows are of other kinds)
    verb = next((v for v in RATE_CHANGE_VERBS if subject.startswith(v)), "")
    if not verb or len(subject) - len(verb) < 2:
        return subject
    return subject[len(verb) :]


#: What may stand alone between two figures of one list whose second names its measure only
#: (资产总额达到2.7万亿元、工业总产值突破1万亿元).
LIST_ITEM_SEPARATORS = ("、",)
#: A measure naming no entity of its own is short (发电量占比, 优良天数比例).
BARE_MEASURE_CHARS = 6
#: What closes a subject that is a measure (余额, 占比, 总产值, 浓度, 比例, 装机 ...).
LIST_MEASURE_ENDINGS = (*SHARED_SUFFIXES, *MEASURE_ENDINGS, "比例", "占比", "装机", "容量", "值")
#: Tags of a word that names an entity of its own (a place, a body, a person: 省政协提案).
OWN_ENTITY_TAGS = frozenset({"ns", "nt", "nr"})


def carry_list_entity(subject: str, previous: str) -> str:
    """A list item naming a measure only takes the entity the previous item's subject opens
    with: the items are parallel, so the previous subject is that entity followed by a measure
    of as many words as this one (省属企业资产总额…、工业总产值… -> 省属企业工业总产值; 地级及以上城市
    细颗粒物平均浓度…、优良天数比例… -> 地级及以上城市优良天数比例), up to the entity's last noun. A
    verb or a verbal noun met there (医疗旅游|人次、收入; 新增|发电装机、总装机) leaves the item as it
    is: the cut would split the entity (医疗收入), and no cut of it is sure to name it.

    >>> carry_list_entity("发电量占比", "清洁能源装机占比")
    '清洁能源发电量占比'
    >>> carry_list_entity("装机占比", "清洁能源发电装机规模")
    '清洁能源发电装机占比'
    >>> carry_list_entity("收入", "医疗旅游人次"), carry_list_entity("总装机", "新增发电装机")
    ('收入', '总装机')
    >>> carry_list_entity("固定资产投资", "规模以上工业增加值")
    '固定资产投资'

    Items sharing a verb as their head are what was done to one entity, aligned by characters
    however the words are cut (脱|硝改造 of 脱硫|改造):

    >>> carry_list_entity("脱硝改造", "燃煤电厂脱硫改造"), carry_list_entity("县城新增人口", "中心城市新增人口")
    ('燃煤电厂脱硝改造', '县城新增人口')
    """
    own = dictionary_words(subject)
    words = dictionary_words(previous)
    if (
        len(words) <= len(own)
        or len(subject) > BARE_MEASURE_CHARS
        or own[0][1] in OWN_ENTITY_TAGS
        or not (
            subject.endswith(LIST_MEASURE_ENDINGS)
            and previous.endswith(LIST_MEASURE_ENDINGS)
            # (or the items share a verb as their head, what was done to the entity: 燃煤电厂
            # 脱硫改造…、脱硝改造…; not the nouns of 中心城市新增人口…、县城新增人口…)
            or own[-1] == words[-1]
            and len(own[-1][0]) >= 2
            and own[-1][1].startswith("v")
        )
    ):
        return subject
    cut = len(words) - len(own)
    ends = list(itertools.accumulate(len(w) for w, _ in words))
    if (chars := len(previous) - len(subject)) in ends:
        cut = (
            ends.index(chars) + 1
        )  # as many characters, however cut (脱|硝改造容量 of 脱硫改造容量)
    shared = [i for i, (w, _) in enumerate(words[:-1]) if w == own[0][0] and len(w) >= 2]
    if shared:  # the measure repeats a word of the previous one: 清洁能源发电|装机规模、装机占比
        cut = shared[-1]
    while (
        not shared
        and cut > 0
        and not (len(words[cut - 1][0]) >= 2 and words[cut - 1][1].startswith("n"))
    ):
        if words[cut - 1][1].startswith("v"):
            return subject  # a verb or verbal noun is in the entity: no cut of it is sure
        cut -= 1  # the entity closes on a noun (地级及以上城市|细颗粒物平均浓度)
    if words[cut][0] in ("以上", "以下"):
        return subject  # 规模以上工业增加值…、固定资产投资…: a class's threshold, no entity
    entity = "".join(w for w, _ in words[:cut])
    if len(entity) < 2 or subject.startswith(entity):
        return subject
    return entity + subject


#: Administrative levels opening list items of things recognised at that level (创建省级企业技术
#: 中心2个、省级绿色工厂2家: a county's review of 2020 read 省级企业省级绿色工厂).
LIST_LEVELS = ("国家级", "省部级", "省级", "市级", "县级", "区级")


#: Time words that may stand before a measure opening its clause (五年间产值, 年末存款余额).
OWNER_TIME = re.compile(
    r"^(?:(?:19|20)\d{2}年(?:底|末)?的?|[二两三四五十]年(?:间|来|中|内)?|全年|当年|年末|年底"
    # (or the months of the year so far: …产业呈现出良好的发展态势，1-6月预计完成产值…, a zone's
    # half-year review, session 59)
    r"|上半年|前三季度|\d{1,2}[-—－~～至]\d{1,2}月份?)?"
    # (and a verb linking the measure to its owner: 畜牧业健康发展，实现产值27.5亿元, a county
    # report of 2013; subject_link_verbs; after an estimate's word: 五大支柱产业不断做大做强，预计
    # 完成增加值910亿元左右, a city's review of 2012, session 59)
    r"(?:预计)?(?:实现|达到|完成)?"
)
#: The most characters :data:`OWNER_TIME` reads (2025年底的: 8).
OWNER_TIME_MAX = 12
#: What may not end the noun phrase a clause opens with: a measure of its own (占有量, 比重).
OWNER_NOT_ENDS = "量率额数值价重"
#: The longest noun phrase read as the owner of a measure (characters).
OWNER_MAX = 12
#: The most characters between the comma and a figure whose measure opens the clause.
OWNER_OPENING_MAX = 30


def owner_topic(clause: str, rules: Rules) -> str:
    """The noun phrase a clause without a figure opens with, up to one of
    :attr:`Rules.owner_predicates` (or the whole clause), without an ending of
    :attr:`Rules.owner_dropped_endings`; "" when it is no plain noun phrase.

    >>> from govreport.quantities.rules import load_rules
    >>> owner_topic("乡镇企业保持旺盛发展势头", load_rules()), owner_topic("工业生产增长较快", load_rules())
    ('乡镇企业', '工业')
    >>> owner_topic("轻工业", load_rules()), owner_topic("如前所说", load_rules())
    ('轻工业', '')
    >>> owner_topic("非公有制经济加快发展", load_rules())
    '非公有制经济'
    >>> owner_topic("钢铁、铝业、装备制造等五大支柱产业不断做大做强", load_rules())
    '五大支柱产业'
    """
    at = TOPIC_OPENING.match(clause)
    body = clause[at.end() if at else 0 :].strip()
    if body.startswith("在"):
        return ""  # 在三十二种主要工业产品中，产量…: a frame, not the owner
    cut = min((i for w in rules.owner_predicates if (i := body.find(w)) > 0), default=len(body))
    topic = body[:cut]
    examples = topic.rfind("等")
    if examples > 0 and "、" in topic[:examples] and len(topic) - examples > 2:
        # 钢铁、铝业、装备制造等五大支柱产业不断做大做强: the class the examples are of (a city's
        # review of 2012, session 59)
        topic = topic[examples + 1 :]
    for ending in rules.owner_dropped_endings:
        if topic.endswith(ending) and len(topic) > len(ending) + 1:
            topic = topic[: -len(ending)]
    if (
        not 2 <= len(topic) <= OWNER_MAX
        or re.search(r"[^\u4e00-\u9fff、]", topic)
        or topic[-1] in OWNER_NOT_ENDS
        or _strip_words(topic, rules) != topic
        or (cut == len(body) and not topic.endswith(rules.topic_heads + ("业",)))
    ):
        return ""
    return topic


#: Tags of the words of a noun phrase opening a clause (nouns, names of places and bodies).
NOUN_RUN_TAGS = frozenset({"n", "nz", "ns", "nt", "nr", "nrt"})
#: Tags of the word that opens the comment after such a topic (a verb, an adverb, an adjective,
#: an idiom, a preposition): a list mark or a number after the nouns is no comment.
COMMENT_TAGS = frozenset({"v", "vn", "vd", "d", "a", "ad", "i", "l", "p"})


#: An ordinal in words (第二产业): no figure of the clause.
ORDINAL_WORD = re.compile(r"第[一二三四五六七八九十]+")


#: Nouns of a trend closing a clause's noun run (第二产业增势强劲, 工业发展势头良好): the comment's
#: own subject, not part of the topic (Inner Mongolia 2004, session 48).
TREND_NOUNS = ("增长势头", "发展势头", "增势", "势头", "态势", "形势")


def noun_run_topic(clause: str, rules: Rules) -> str:
    """The topic of a topic-comment clause: the run of nouns (:data:`NOUN_RUN_TAGS`) the clause
    opens with, when the comment follows it (:data:`COMMENT_TAGS`); "" when none, when the run
    is the whole clause or stops at a list mark or a number, or when it ends with a measure
    of its own (渗透率). It names the organisation, place or project the clause is about.
    Bounded: at most :data:`OWNER_MAX` characters are read.

    >>> from govreport.quantities.rules import load_rules
    >>> noun_run_topic("东湖化工园区乙烯项目正式投产", load_rules())
    '东湖化工园区乙烯项目'
    >>> noun_run_topic("某市电动汽车市场渗透率居全省首位", load_rules())
    ''
    >>> noun_run_topic("加快建设产业园区", load_rules()), noun_run_topic("产业园区", load_rules())
    ('', '')

    A list of places is no topic of one noun phrase (东江、北江流域遭受洪灾):

    >>> noun_run_topic("东江、北江流域遭受洪灾", load_rules())
    ''
    >>> noun_run_topic("第二产业增势强劲", load_rules())
    '第二产业'
    """
    at = TOPIC_OPENING.match(clause)
    body = clause[at.end() if at else 0 :].strip()
    pos = 0
    while pos < len(body) and pos <= OWNER_MAX:
        word, tag = opening_word(body[pos:])
        if not word or tag not in NOUN_RUN_TAGS:
            break
        pos += len(word)
    topic = body[:pos]
    trend = next((t for t in TREND_NOUNS if topic.endswith(t) and len(topic) > len(t)), "")
    if trend and opening_word(body[pos:])[1] in COMMENT_TAGS:
        # 第二产业增势强劲: the trend noun is the comment's subject, the topic is before it
        return noun_run_topic(body[: pos - len(trend)] + body[pos:], rules)
    if (
        opening_word(body[pos:])[1] not in COMMENT_TAGS
        or not 2 <= len(topic) <= OWNER_MAX
        or topic[-1] in OWNER_NOT_ENDS + MEASURE_END_CHARS
        or topic.endswith(RELATIONAL_HEADS)
        or _strip_words(topic, rules) != topic
    ):
        return ""
    return topic


def _joined(entity: str, measure: str) -> str:
    """``entity`` + ``measure`` with a shared middle written once (城乡居民储蓄存款 + 存款余额).

    >>> _joined("城乡居民储蓄存款", "存款余额"), _joined("乡镇企业", "产值")
    ('城乡居民储蓄存款余额', '乡镇企业产值')
    """
    for k in range(min(len(entity), len(measure) - 1), 1, -1):
        if entity.endswith(measure[:k]):
            return entity + measure[k:]
    return entity + measure


#: Adverbs that may stand alone before a link verb (提前实现…, 率先实现…).
LINK_ADVERBS = ("提前", "率先")


#: Link verbs that may open a clause before its bare measure (实现利润, 完成增加值).
OPENING_LINKS = ("实现", "完成")


def clause_before_opening(q: Quantity, text: str, bounds: Sequence[int]) -> tuple[int, int] | None:
    """Where the clause before ``q``'s clause runs (its start and the comma closing it) when
    ``q``'s subject opens its own clause right after that comma (after a time word at most);
    ``None`` when it does not, or when either clause is too long to read (linear time)."""
    r = q.reading
    at = bisect_left(bounds, r.start) - 1
    if at < 0 or text[bounds[at]] not in "，," or text[bounds[at] - 1 : bounds[at]].isdigit():
        return None
    if r.start - bounds[at] > OWNER_OPENING_MAX:
        return None  # (bounded: linear time on a clause of many figures)
    opening = text[bounds[at] + 1 : r.start]
    lead = OWNER_TIME.match(opening)
    end = lead.end() if lead else 0
    opened = opening[end:]
    # (the subject right after the lead or after a part of it that is a lead too: a measure
    # named with its verb, 完成投资, after 完成 read as the lead's link)
    after_lead = any(
        opening.startswith(q.subject, k) and OWNER_TIME.fullmatch(opening, 0, k)
        for k in range(end + 1)
    )
    if not after_lead and not (
        # (after a link verb: 第三产业增长势头强劲，完成增加值…, Beijing 1999)
        opened.startswith(OPENING_LINKS) and opened[2:].startswith(q.subject)
    ):
        return None
    low = bounds[at - 1] + 1 if at >= 1 else 0
    if bounds[at] - low > CLAUSE_WINDOW:
        return None  # (bounded: the clause before is read once, when short)
    return low, bounds[at]


def owner_subject(
    q: Quantity, text: str, bounds: Sequence[int], previous: Quantity | None, full: str,
    rules: Rules,
) -> str:  # fmt: skip
    """The subject of a measure of :attr:`Rules.owned_measures` that opens its clause after a
    comma: the measure of the previous clause's counted things, of its amount's entity, or of
    the noun phrase it opens with (quantity_rules.yml ``owned_measures``); ``q.subject`` when
    none of these is read."""
    subject = q.subject
    if subject not in rules.owned_measures:
        return subject
    before = clause_before_opening(q, text, bounds)
    if before is None:
        return subject
    low, comma = before
    if previous is not None and previous.reading.start >= low:
        entity = next((full[: -len(m)] for m in rules.owned_measures if full.endswith(m)), "")
        if not entity and previous.reading.unit_class == "count":
            entity = counted_entity(full, rules)
            if entity[-2:] == subject[-2:]:
                # 毕业学生６．４万人，在校学生…: a sibling of the same head, no owner
                return subject
    else:
        entity = owner_topic(text[low:comma], rules)
    framed = WITHIN_WHOLE.search(text, max(low, comma - 3), comma)
    if len(entity) < 2 or entity == subject or entity.startswith("在") or entity.endswith("中"):
        return subject  # (在三十二种主要工业产品中，产量…: a frame, not the owner)
    if framed:
        return subject  # (the clause before closes on the 中 of a counted whole: a frame too)
    return _joined(entity, subject)


#: Nouns that measure something and need its owner (relational nouns): a verb-led subject ending
#: with one of these, or with a character of :data:`MEASURE_END_CHARS`, asks for a possessor.
RELATIONAL_HEADS = ("规模", "占比", "覆盖面", "产能", "里程", "利润", "成本", "面积", "人次")
#: The longest verb-led measure read as bare (characters).
RELATIONAL_MAX = 6


@remembered_per_rules  # (asked twice per row, by the topic and the chain readings)
def relational_measure(subject: str, rules: Rules) -> bool:
    """A bare measure that names nothing measured: one of the measures read as bare or owned
    (``bare_measures``, ``owned_measures``: 总产量, 完成投资), or a verb of two characters with
    a dictionary noun that measures its doers or objects (参保人数, 服务面积). A noun alone may
    name its own thing (钢产量, 信访总量) and is not read as bare.

    >>> from govreport.quantities.rules import load_rules
    >>> [relational_measure(s, load_rules()) for s in ("总产量", "参保人数", "高速公路", "钢产量")]
    [True, True, False, False]

    A total (总) of a relational noun (:data:`RELATIONAL_HEADS`) is bare as well; a noun with its
    own modifier is not:

    >>> [relational_measure(s, load_rules()) for s in ("总产能", "总里程", "炼油总产能")]
    [True, True, False]
    """
    if subject in rules.bare_measures or subject in rules.owned_measures:
        return True
    if len(subject) <= 4 and subject.startswith("总") and subject.endswith(RELATIONAL_HEADS):
        return True  # a total of a relational noun (总产能, 总里程): of what, the context says
    if not 2 <= len(subject) <= RELATIONAL_MAX:
        return False
    word, tag = opening_word(subject)
    rest = subject[len(word) :]
    if tag != "v" or len(word) != 2 or not rest:
        return False  # (a noun alone may name its own thing: 钢产量, 信访总量)
    word, tag = opening_word(rest)
    if rest in rules.count_measures:
        return False  # (a verb's 总量 counts its own acts, a thing named: 信访总量)
    measure_end = subject[-1] in MEASURE_END_CHARS or subject.endswith(RELATIONAL_HEADS)
    return measure_end and word == rest and tag in ("n", "nz") and len(word) <= 3


#: Measure morphemes that make a verb a measure of its acts (保有 -> 保有量, 招生 -> 招生数).
DEVERBAL_MEASURE_CHARS = "量率数"
#: Heads of a measure that is a share or size of some body's whole (算力规模, 高端产品占比).
SHARE_HEADS = ("规模", "占比")


def wide_measure(subject: str) -> bool:
    """A measure that needs its owner and is not one of the bare measures of
    :func:`relational_measure`: a deverbal measure noun, a verb of two characters with a measure
    morpheme (量, 率, 数) and nothing else (招生数: enrolled by whom), or the size or share of
    a noun of at most four characters (算力规模, 高端产品占比: whose).

    >>> [wide_measure(s) for s in ("招生数", "保有量", "算力规模", "高端产品占比", "产量", "汽车保有量")]
    [True, True, True, True, False, False]
    """
    if len(subject) == 3 and subject[-1] in DEVERBAL_MEASURE_CHARS:
        return word_tags().get(subject[:2]) == "v"
    return subject.endswith(SHARE_HEADS) and 4 <= len(subject) <= 6


#: What ends the name of a body at a clause's opening: a quoted programme it runs (酒钢集团
#: “三化”改造…) or the frame of a change from one state to another (全国高等学校由…增加到…, 从无到有).
BODY_NAME_END = re.compile(r"[“\"]|[由从][^，。；]{0,60}?到")


def named_body_topic(clause: str) -> str:
    """The body a clause opens with, when it is named by a run of nouns (of places, bodies and
    things, :data:`NOUN_RUN_TAGS`, or fixed phrases) that a quoted programme or a change frame
    (由…增加到…) follows: 酒钢集团“三化”改造实现产业重塑 -> 酒钢集团. "" otherwise.

    >>> named_body_topic("钢铁集团“三化”改造稳步推进"), named_body_topic("全省职业学校由十所增加到二十所")
    ('钢铁集团', '全省职业学校')
    >>> named_body_topic("加快推进“三化”改造"), named_body_topic("金融服务地方发展质效提升")
    ('', '')
    """
    at = TOPIC_OPENING.match(clause)
    body = clause[at.end() if at else 0 :].strip()
    # (only where a match can start: a clause of any length is read in bounded time)
    end = BODY_NAME_END.search(body, 0, OWNER_MAX + 64)
    if end is None or end.start() > OWNER_MAX:
        return ""
    pos = 0
    while pos < end.start():
        word, tag = opening_word(body[pos : end.start()])
        if not word or tag not in NOUN_RUN_TAGS | {"l"}:
            return ""
        pos += len(word)
    topic = body[:pos]
    if not 2 <= len(topic) <= OWNER_MAX or topic[-1] in OWNER_NOT_ENDS + MEASURE_END_CHARS:
        return ""
    return topic


def body_measure_subject(q: Quantity, text: str, bounds: Sequence[int]) -> str:
    """Zero possessor of a measure that needs its owner (:func:`wide_measure`) and opens its
    clause right after a clause that opens with the name of a body (:func:`named_body_topic`):
    the measure is the body's (全省职业学校由十所增加到二十所，招生数… -> 全省职业学校招生数).
    ``q.subject`` when no body is named."""
    before = clause_before_opening(q, text, bounds)
    if before is None:
        return q.subject
    entity = named_body_topic(text[before[0] : before[1]])
    return _joined(entity, q.subject) if entity else q.subject


#: Tags of the words a clause that is nothing but a topic noun phrase is made of: nouns, names,
#: abbreviations, verbal nouns (建设), distinguishing words (主要), set phrases, classifiers.
TOPIC_CLAUSE_TAGS = NOUN_RUN_TAGS | frozenset({"vn", "j", "b", "l", "q"})
#: Tags of the word that may close such a topic (a noun, a name, an abbreviation).
TOPIC_CLAUSE_HEAD_TAGS = NOUN_RUN_TAGS | frozenset({"j"})
#: Verbal nouns that close a topic as the name of a field of work (电力工业建设, the set phrase
#: 水利建设); another verbal noun there is a predicate (项目投产).
TOPIC_VERBAL_HEADS = ("建设", "工作", "事业")
#: Words joining the parts of a coordinated topic (交通运输和邮电通信建设, 钢、石油等主要产品).
TOPIC_CLAUSE_JOINERS = frozenset({"和", "与", "及", "、", "等"})
#: Measure nouns that name no thing of their own besides :func:`relational_measure`'s.
TOPIC_MEASURE_WORDS = frozenset({"投资", "资金", "收入", "支出", "总量"})
#: The longest clause read as a topic noun phrase (characters).
TOPIC_CLAUSE_MAX = 40
#: What ends the clause before a sentence's (or a ；-clause's) first clause.
SENTENCE_OPENERS = "。；;！？!?\n"


def noun_phrase_clause(clause: str) -> str:
    """The clause itself when it is nothing but a noun phrase (:data:`TOPIC_CLAUSE_TAGS`, parts
    joined by :data:`TOPIC_CLAUSE_JOINERS`, numerals allowed, a noun last): a topic set off by a
    comma (电力工业建设，五年投资… -> 电力工业建设); "" when a verb, an adverb or a 的 is in it.

    >>> noun_phrase_clause("交通运输和邮电通信建设"), noun_phrase_clause("加快电力建设")
    ('交通运输和邮电通信建设', '')
    """
    if not 2 <= len(clause) <= TOPIC_CLAUSE_MAX or clause.startswith("在"):
        return ""
    words = dictionary_words(clause)
    if any(
        tag not in TOPIC_CLAUSE_TAGS and word not in TOPIC_CLAUSE_JOINERS and not word.isdigit()
        for word, tag in words
    ):
        return ""
    last, tag = words[-1]
    if len(last) < 2 or (
        tag not in TOPIC_CLAUSE_HEAD_TAGS and not last.endswith(TOPIC_VERBAL_HEADS)
    ):
        return ""
    return clause


def bare_topic_subject(q: Quantity, text: str, bounds: Sequence[int], rules: Rules) -> str:
    """Zero possessor of a bare measure (:data:`TOPIC_MEASURE_WORDS` or a
    :func:`relational_measure`, ending with :data:`MEASURE_END_CHARS` or :data:`RELATIONAL_HEADS`)
    that opens its clause, after a time word at most, when the clause before opens its sentence
    (or follows ；) and is nothing but a topic noun phrase (:func:`noun_phrase_clause`): the
    measure is the topic's, joined without a 的 unless the text writes one after the time word
    (电力工业建设，五年投资… -> 电力工业建设投资; 钢、石油等主要工业产品，1964年的产量… ->
    钢、石油等主要工业产品的产量). ``""`` otherwise."""
    subject = q.subject
    if not 2 <= len(subject) <= RELATIONAL_MAX or not (
        subject[-1] in MEASURE_END_CHARS or subject.endswith(RELATIONAL_HEADS)
    ):
        return ""
    if subject not in TOPIC_MEASURE_WORDS and not relational_measure(subject, rules):
        return ""  # (能源工业，煤炭产量…: a measure that names its own thing is no topic's)
    before = clause_before_opening(q, text, bounds)
    if before is None:
        return ""
    low, comma = before
    if low > 0 and text[low - 1] not in SENTENCE_OPENERS:
        return ""
    clause = text[low:comma]
    opening = TOPIC_OPENING.match(clause)
    topic = noun_phrase_clause(clause[opening.end() if opening else 0 :].strip())
    if not topic or subject.startswith(topic) or topic.endswith(subject):
        return ""
    lead = OWNER_TIME.match(text[comma + 1 : min(q.reading.start, comma + 1 + OWNER_TIME_MAX)])
    written = "的" if lead is not None and lead.group().endswith("的") else ""
    return topic + written + subject if written else _joined(topic, subject)


#: Measures that are also a whole of their own (投资: investment at large) and take a possessor
#: from a topic clause only, not from a list before them (利用外资、投资分别增长…: tianjin 2026):
#: 基础设施建设稳步推进，投资10亿元 -> 基础设施建设投资 (a county report page, session 40); so is
#: the value added (第三产业增长势头强劲，完成增加值1132.1亿元 -> 第三产业增加值: Beijing 1999,
#: session 48).
TOPIC_ONLY_MEASURES = frozenset({"投资", "增加值"})


def chain_topic_subject(q: Quantity, text: str, bounds: Sequence[int], rules: Rules) -> str:
    """Zero possessor in a topic chain: a clause that opens, right after a comma, with a bare
    measure (:func:`relational_measure`) leaves its possessor unsaid when the clause before opens
    with it as its topic (:func:`owner_topic`); the measure is the topic's. This reads, beyond
    :func:`owner_subject`, a clause before whose own figure names no owner (棉花连续三年增产，
    总产量达到… -> 棉花总产量: 三年 counts years) and the bare measures and verb-led measures
    that are not ``owned_measures`` (区域合作持续深化，完成投资… -> 区域合作完成投资; 职工医疗保险
    稳步推进，参保人数… -> 职工医疗保险参保人数). A clause before without a figure whose topic is
    no plain owner_topic gives the run of nouns it opens with (:func:`noun_run_topic`): 小麦按
    亩计算的单产创历史新高，总产量… -> 小麦总产量. ``q.subject`` when no topic is read.
    """
    subject = q.subject
    topical = bare_topic_subject(q, text, bounds, rules)
    if topical:
        return topical
    if not relational_measure(subject, rules) and subject not in TOPIC_ONLY_MEASURES:
        return body_measure_subject(q, text, bounds) if wide_measure(subject) else subject
    before = clause_before_opening(q, text, bounds)
    if before is None:
        return subject
    low, comma = before
    clause = re.sub(r"[\d０-９]+", "", text[low:comma])
    entity = owner_topic(clause, rules)
    if not entity and not re.search(NUM, ORDINAL_WORD.sub("", text[low:comma])):
        # the topic of a clause without a figure (a clause that counts things, 推进24个…项目，
        # gives the measure to the things it counts, not to its topic)
        entity = noun_run_topic(clause, rules)
    if len(entity) < 2 or entity == subject or entity.endswith("中") or subject.startswith(entity):
        return subject
    if entity[-1] in MEASURE_END_CHARS or entity.endswith(RELATIONAL_HEADS):
        return subject  # (粮食播种面积稳定在…，总产量…: a measure owns no measure)
    return _joined(entity, subject)


#: Last characters of a noun that is already a measure (总量, 产值, 总额, 比率, 人数, 收入 …).
MEASURE_END_CHARS = "量值额率数价费入出资积力重"
#: A parenthesised note ending a subject (化肥（按有效成份计算）).
SUBJECT_NOTE = re.compile(r"[（(][^）)]*[）)]$")


#: Yields per unit of land, measured of the product named before them (粮食产量…、亩产…).
YIELD_WORDS = frozenset({"亩产", "单产"})


#: How far back a list's head clause is looked for (the colon) and read (the words before it).
HEAD_WINDOW = 300
HEAD_CLAUSE = 80
#: Unit classes of a product's amount (not money, time, rank, rates or multiples).
HEAD_MEASURE_CLASSES = frozenset({"mass", "count", "energy", "volume", "area", "length"})


def head_list_measure(text: str, pos: int, rules: Rules) -> str:
    """The list measure (:attr:`Rules.list_measures`) named by the head clause of a colon list
    the figure at ``pos`` is an item of (…的一九五四年预计产量…，我们可以看到以下的数字：电力108亿度，
    …), or ``""``. Bounded: the colon within :data:`HEAD_WINDOW` characters, the head clause the
    :data:`HEAD_CLAUSE` characters before it.

    >>> from govreport.quantities.rules import load_rules
    >>> t = "工业产品的预计产量同1949年比较：电力108亿度，等于…；金属切削机床13513台"
    >>> head_list_measure(t, t.index("13513"), load_rules()), head_list_measure(t, 3, load_rules())
    ('产量', '')
    """
    floor = max(0, pos - HEAD_WINDOW)
    colon = max(text.rfind("：", floor, pos), text.rfind(":", floor, pos))
    if colon < 0 or "。" in text[colon:pos]:
        return ""
    head = text[max(0, colon - HEAD_CLAUSE) : colon]
    return next((m for m in rules.list_measures if m in head), "")


#: Unit classes of a capacity list's items (a product's yearly amount or a plant's power).
CAPACITY_ITEM_CLASSES = HEAD_MEASURE_CLASSES | {"power"}


def head_capacity(text: str, pos: int, rules: Rules) -> tuple[str, str]:
    """The capacity a colon list's head clause announces (新增生产能力…有：钢42.7万吨，…): the
    word of adding it is written with (the first of ``capacity_list.new`` in the head, "-" when
    none) and the capacity's measure (the first of ``capacity_list.measures`` in it), or
    ``("", "")``; bounded as :func:`head_list_measure`.

    >>> from govreport.quantities.rules import load_rules
    >>> t = "今年新增加的生产能力有：生铁188万吨，钢材76万吨"
    >>> head_capacity(t, t.index("76"), load_rules()), head_capacity("钢材：76万吨", 3, load_rules())
    (('新增', '生产能力'), ('', ''))
    >>> t = "可以增加的制造能力，按年产量计算如下：冶金机械三万吨"
    >>> head_capacity(t, t.index("三"), load_rules())
    ('增加的', '制造能力')
    """
    floor = max(0, pos - HEAD_WINDOW)
    colon = max(text.rfind("：", floor, pos), text.rfind(":", floor, pos))
    if colon < 0 or "。" in text[colon:pos] or not rules.capacity_list:
        return "", ""
    head = text[max(0, colon - HEAD_CLAUSE) : colon]
    head = head[head.rfind("。") + 1 :]
    measure = next((m for m in rules.capacity_list.get("measures", []) if m in head), "")
    if not measure:
        return "", ""
    new = rules.capacity_list.get("new", [])
    return next((w for w in new if w in head), "-"), measure


def capacity_item_subject(item: str, added: str, rules: Rules, measure: str = "") -> str:
    """A bare product of a capacity list named as the capacity to make it: 钢 -> 新增钢生产能力
    (``added`` the word of adding the head wrote, "-" when none; ``measure`` the head's, by default
    the first of ``capacity_list.measures``).

    >>> from govreport.quantities.rules import load_rules
    >>> capacity_item_subject("钢材", "新增", load_rules()), capacity_item_subject("钢材", "-", load_rules())
    ('新增钢材生产能力', '钢材生产能力')
    >>> capacity_item_subject("冶金机械", "增加的", load_rules(), "制造能力")
    '增加的冶金机械制造能力'
    >>> capacity_item_subject("铜采选五百吨（日处理矿量）", "新增", load_rules())
    ''
    """
    if not 1 <= len(item) <= 8 or re.search(r"[^\u4e00-\u9fff、]", item) or item[-1] in "量值额率":
        return ""  # 发电量三十二亿度: an item that names its own measure keeps it
    measure = measure or next(iter(rules.capacity_list.get("measures", [])), "")
    return (added if added != "-" else "") + item + measure


def head_measure_subject(subject: str, measure: str) -> str:
    """A bare item (a product name, no measure of its own) of a list whose head names the
    measure takes it: 电力 -> 电力产量, 金属切削机床 -> 金属切削机床产量.

    >>> head_measure_subject("金属切削机床", "产量"), head_measure_subject("原煤产量", "产量")
    ('金属切削机床产量', '原煤产量')
    >>> head_measure_subject("电力", "产量"), head_measure_subject("生产能力", "产量")
    ('电力产量', '生产能力')
    """
    if not measure or not 1 <= len(subject) <= 8 or subject.endswith("能力"):
        return subject
    if subject[-1] in MEASURE_END_CHARS.replace("力", ""):  # 电力 is a product, 生产能力 not
        return subject
    if re.search(r"[^\u4e00-\u9fff]", subject) or subject.endswith(measure):
        return subject
    return subject + measure


def carry_measure(subject: str, previous: str, rules: Rules) -> str:
    """A bare product (at most four characters, no measure of its own) after a subject that ends
    with a list measure (:attr:`Rules.list_measures`) takes that measure, before a note in
    brackets: 原煤 after 钢产量 -> 原煤产量, 化肥（按有效成份计算） -> 化肥产量（按有效成份计算）.

    >>> from govreport.quantities.rules import load_rules
    >>> carry_measure("原煤", "粮食总产量", load_rules()), carry_measure("原煤", "投资", load_rules())
    ('原煤产量', '原煤')
    >>> carry_measure("亩产", "粮食产量", load_rules())
    '粮食亩产'
    """
    note = SUBJECT_NOTE.search(subject)
    core = subject[: note.start()] if note else subject
    measure = next((m for m in rules.list_measures if previous.endswith(m)), "")
    product = previous[: len(previous) - len(measure)].removesuffix("总") if measure else ""
    if core in YIELD_WORDS and len(product) >= 2:
        return product + core  # 粮食产量…、亩产提升10.1斤: the product's yield
    if not measure or not core or len(core) > 4 or core[-1] in MEASURE_END_CHARS:
        return subject
    if core.endswith(rules.stock_subject_words + rules.list_measure_stops):
        return subject  # 发电装机, 生猪出栏: a capacity in place, a measure of its own
    if core.endswith(measure) or previous.endswith(core + measure) and core == previous:
        return subject
    return core + measure + (note.group() if note else "")


#: Unit classes whose number measures no product's output (a count of things, a time, a rank,
#: a sum of money).
NO_OUTPUT_CLASSES = frozenset({"count", "time", "rank", "money"})


#: The count of a run of periods by its unit (连续五年 -> 连续年数).
CONSECUTIVE_COUNTS = {"年": "年数", "个季度": "季度数", "个月": "月数"}
#: What happened in each period of the run, after the count, up to the clause's end or a second
#: predicate joined by 并; it may hold the level kept (稳定在430亿斤以上, 居全国前5位, 保持100%) and
#: a name in quotes or brackets, never 的 (增产的基础上: a phrase, not the event).
#: (a note in brackets is read whole: 连续两年获得汕尾市县（市、区）综合考核第一名, session 55)
CONSECUTIVE_EVENT = re.compile(
    r"(?:[^，,。；;：:、的并（(]|[（(][^）)，,。；;]{0,10}[）)]){1,20}(?=[，,。；;、并]|$)"
)
#: The run's event closed by 后 before what followed it (…连续三年负增长后首次实现由负转正: a
#: banner's review of 2019, session 49): the run is the event before 后.
EVENT_BEFORE_LATER = re.compile(r"[^，,。；;：:、的并后]{1,20}?(?=之?后(?:首次|又|再|[，,]))")
#: A Chinese character (words, not punctuation alone, stand between two places).
HAN = re.compile("[\u4e00-\u9fff]")
#: How far after the count the event is read (characters).
CONSECUTIVE_WINDOW = 24


#: Words of a lead over a schedule (提前一年建成): the years are how far ahead of it, a duration.
AHEAD_WORDS = ("提前", "提早")
#: What was done ahead of schedule, after the count: a short verb closing the clause (建成, 完成),
#: never 的 (提前两年的时间: a phrase) nor a figure.
AHEAD_EVENT = re.compile(r"[^，,。；;：:、的0-9０-９]{1,4}(?=[，,。；;]|$)")
#: What was done ahead of schedule when nothing stands before 提前: a verb of completion and its
#: object, closing the clause (提前一年完成“十四五”规划目标).
AHEAD_OBJECT = re.compile(
    r"(?P<verb>完成|实现|建成|达到|达成|完工|竣工|投产|通车)"
    r"(?P<object>[^，,。；;：:、0-9０-９了]{2,20})(?=[，,。；;]|$)"
)


def ahead_subject(subject: str, after: str) -> str:
    """The subject of a lead over a schedule (X提前N年V): what was done + 提前 + the verb + 的年数
    (CONVENTIONS.md, round 27: durations counted in years name what took them + 年数);
    ``subject`` unchanged when no thing X stands before 提前 or no short verb closes the clause.

    >>> ahead_subject("二期工程提前", "建成，效益显著")
    '二期工程提前建成的年数'
    >>> ahead_subject("工程", "建成")
    '工程'

    With nothing before 提前, the object after the verb is what was done ahead, as heldout13
    writes 农村中小学生人均公用经费目标提前实现的年数 (赤峰 2025: 提前一年完成“十四五”规划目标; an
    object holding figures, 实现…公用经费500元和300元的目标, is left as it is):

    >>> ahead_subject("提前", "实现农村中小学生人均公用经费目标，…")
    '农村中小学生人均公用经费目标提前实现的年数'
    >>> ahead_subject("提前", "完成"), ahead_subject("", "实现工农业年总产值翻两番")
    ('提前', '')
    """
    word = next((w for w in AHEAD_WORDS if subject.endswith(w)), "")
    done = AHEAD_OBJECT.match(after) if word and subject == word else None
    if done:
        return f"{done.group('object')}{word}{done.group('verb')}的年数"
    event = AHEAD_EVENT.match(after)
    if not word or len(subject) <= len(word) or not event:
        return subject
    return f"{subject}{event.group()}的年数"


#: The names of the counts of a time spent, by its unit (天数 too: session 55).
SPENT_COUNTS = {**CONSECUTIVE_COUNTS, "天": "天数"}
#: How far after the count the task a time was spent on is read (characters).
TIME_SPENT_WINDOW = 40
#: Words that spend a time on a task before its count (用三年时间, 只用了二十多年的时间, 历时5年).
TIME_SPENT_WORDS = "用了?|花了?|花费了?|历时|历经|费时|耗时"
TIME_SPENT_BEFORE = re.compile(f"(?:{TIME_SPENT_WORDS})$")
#: Words opening the means a time is spent by, not the task (用三年时间，通过改革…，使…).
TIME_SPENT_MEANS = ("通过", "经过", "依靠", "按照", "采取")
#: Words that open a time spent, 经过 too (经过15年的艰苦努力): a duration after them is no
#: figure's that came before.
TIME_SPENT_OPEN = re.compile(f"(?:{TIME_SPENT_WORDS}|经过了?)$")
#: A task done in a time, up to its clause's end, never a figure (用两年时间将筹资标准提高到…元,
#: 三年内新增就业10万人: the figure's clause, not a task).
TASK_TO_CLAUSE_END = r"(?P<task>[^，,。；;：:？?！!0-9０-９]{2,30}?)"
#: The end of the clause a task runs to.
TASK_END = r"(?=[，,。；;：:？?！!]|$)"
#: The time word after the count and the task it was spent on (a task after a comma too: 用十五年
#: 时间，建成…), without the word joining them (就, 才; 使 before what was made to happen: 用二十年
#: 的时间使工农业总产值翻两番).
TIME_SPENT_TASK = re.compile(
    # (时间 may go unsaid after days: 仅用5天实现风险等级三连降, a county's review of 2020)
    r"(?:左右|多)?(?:(?P<time>的?时间)|(?!的?时间))(?:内|里)?[，,]?(?:来|去|就|才|使)?"
    + TASK_TO_CLAUSE_END
    + TASK_END
)


#: Words joining two alternatives of one figure (两年或三年).
ALTERNATIVE_WORDS = ("或", "或者", "到", "至", "、")


def own_duration(segment: str, carry: str, unit_class: str) -> bool:
    """Whether a figure after ``segment`` takes no subject ``carry`` from the figure before
    because one of them is a duration of its own: a time spent (经过15年的艰苦努力 after an
    area), or any figure after a duration named by its task, unless an alternative joins two
    durations (两年或三年, 七年或者十二年内: one limit).

    >>> own_duration("，经过", "城市更新面积", "time"), own_duration("，", "取消收费站的期限", "time")
    (True, True)
    >>> own_duration("，", "取消收费站的期限", "count")
    True
    >>> own_duration("或者", "消灭病害的期限", "time"), own_duration("，", "粮食增产的连续年数", "time")
    (False, False)
    >>> own_duration("、", "贷款期限", "time")
    False
    """
    if unit_class == "time" and TIME_SPENT_OPEN.search(segment.rstrip()):
        return True
    if not carry.endswith(TASK_DURATIONS):
        return False
    return unit_class != "time" or segment.strip() not in ALTERNATIVE_WORDS


def time_spent_subject(subject: str, segment: str, after: str, unit: str) -> str:
    """The subject of a time spent on a task (用N年时间V): the task + 所用 + the count's name
    (CONVENTIONS.md, round 27: durations counted in years name what took them + 年数);
    ``subject`` unchanged when no spending word stands before the count or no task follows it.
    ``segment`` is the clause up to the figure, ``after`` the text after it.

    >>> time_spent_subject("争取用", "，争取用", "时间基本完成全市老旧小区改造。", "年")
    '基本完成全市老旧小区改造所用年数'
    >>> time_spent_subject("", "第一步，用", "时间，建成独立的比较完整的工业体系；", "年")
    '建成独立的比较完整的工业体系所用年数'
    >>> time_spent_subject("哪能用", "哪能用", "时间就赶上工业发达的资本主义国家？", "年")
    '赶上工业发达的资本主义国家所用年数'
    >>> time_spent_subject("力争用", "力争用", "的时间使工农业总产值翻两番。", "年")
    '工农业总产值翻两番所用年数'
    >>> time_spent_subject("仅用", "仅用", "实现风险等级三连降，全省最快", "天")
    '实现风险等级三连降所用天数'

    Not a task with a figure, nor a count after any other word:

    >>> time_spent_subject("", "用", "时间将筹资标准提高到每人每年100元", "年")
    ''
    >>> time_spent_subject("粮食", "粮食增长", "时间", "年")
    '粮食'
    >>> time_spent_subject("", "用", "的时间，通过改革、改组、改造和加强管理，使…", "年")
    ''
    """
    count = SPENT_COUNTS.get(unit)
    task = TIME_SPENT_TASK.match(after) if count else None
    if not task or not TIME_SPENT_BEFORE.search(segment.rstrip()):
        return subject
    if not task.group("time") and unit != "天":
        return subject  # (用五年或者更多一点的时间: a year's count names its 时间)
    if task.group("task").startswith(TIME_SPENT_MEANS):
        return subject  # 用三年左右的时间，通过改革、改组…，使…: the means, the task comes later
    return f"{task.group('task')}所用{count}"


#: A term extended (再延长30年): the subject closes on the verb of extending.
TERM_EXTENDED = ("延长", "延期", "展期")
#: Endings of the subjects :func:`time_spent_subject` and :func:`time_limit_subject` build
#: (…所用年数, …的期限, …再延长期限): durations named by their own task, which no other count
#: carries (a term named by the text, 贷款期限3年、5年, is carried as any subject is).
TASK_DURATIONS = ("所用年数", "所用月数", "的期限", *(f"{verb}期限" for verb in TERM_EXTENDED))
#: Verbs of starting or carrying out before an extended term's name (启动第二轮土地承包到期后再
#: 延长三十年整省试点, 落实国家关于土地承包期再延长30年的政策): the action, not the term; with
#: the source of the policy (国家关于) too.
TERM_ACTION = re.compile(
    r"^(?:(?:全面|深入|稳步|有序|扎实)?(?:启动|开展|落实|实施|推进|推行|执行|完成|做好|好))?"
    r"(?:[^，,、]{1,6}关于)?"
)
#: A time limit (三年内, 今后10年内): 内 after the count (not 十年内乱) and what is to be done
#: within it (the task, without 以后: 在三、五年内建设完成以后).
TIME_LIMIT_TASK = re.compile(
    r"(?:以内|之内|内(?![乱外部容需陆河地蒙涵在生资销贸环])[，,]?)(?:要|将|就|都)?"
    + TASK_TO_CLAUSE_END
    + r"(?:以后|之后)?"
    + TASK_END
)
#: What stands right before a time limit's count when it is one: the clause's start, an aim or a
#: time ahead (力争, 争取, 今后, 要求在); not a reason or a condition (是因为五年内…, 则五年内…, 使五年
#: 内…: a statement whose span is the years).
TIME_LIMIT_CUE = re.compile(
    r"(?:^|今后|未来|力争|争取|确保|务必|必须|要|将|在|于|同意|决定|计划|规定|要求)$"
)


def time_limit_subject(subject: str, before: str, after: str, unit: str) -> str:
    """The subject of a time limit: a term extended (土地承包期再延长30年 -> 土地承包期再延长期限)
    or a time within which a task is to be done (今后10年内逐步建立自由贸易区 -> 逐步建立自由贸易区
    的期限), as the sets name time limits (…的期限: 35 rows of CONVENTIONS.md's durations);
    ``subject`` unchanged otherwise. ``before`` is the clause up to the count, ``after`` the text
    after it.

    >>> time_limit_subject("启动第二轮土地承包到期后再延长", "", "整省试点", "年")
    '第二轮土地承包到期后再延长期限'
    >>> time_limit_subject("国家关于土地承包期再延长", "", "的政策", "年")
    '土地承包期再延长期限'
    >>> time_limit_subject("东盟一致同意今后", "东盟一致同意今后", "内逐步建立中国—东盟自由贸易区。", "年")
    '逐步建立中国—东盟自由贸易区的期限'
    >>> time_limit_subject("", "，", "内把新部委组建起来；", "个月")
    '把新部委组建起来的期限'

    Not a figure's span, a statement about the years (则五年内…), nor 十年内乱 (civil strife):

    >>> time_limit_subject("", "", "内新增就业10万人", "年"), time_limit_subject("", "则", "内农业还不可能实现机械化", "年")
    ('', '')
    >>> time_limit_subject("", "", "内乱造成的困难", "年"), time_limit_subject("粮食", "粮食", "增产", "年")
    ('', '粮食')
    """
    if unit not in CONSECUTIVE_COUNTS:
        return subject
    if subject.endswith(TERM_EXTENDED):
        term = subject[TERM_ACTION.match(subject).end() :]  # type: ignore[union-attr]
        return f"{term}期限" if len(term) > 2 else subject
    task = TIME_LIMIT_TASK.match(after)
    if not task or not TIME_LIMIT_CUE.search(before.strip(" ，,、；;")):
        return subject
    return f"{task.group('task')}的期限"


def run_rate_word(subject: str, before: str, rules: Rules) -> str:
    """The rate word a run of periods is about (收入增速连续5年高于…: the growth rate beat the
    average, not the income), which the subject lost as a growth word; ``before`` is the clause
    up to 连续.

    >>> from govreport.quantities.rules import load_rules
    >>> run_rate_word("农民收入", "脱贫地区农民收入增速", load_rules())
    '农民收入增速'
    >>> run_rate_word("粮食", "粮食", load_rules())
    '粮食'
    """
    word = next((w for w in rules.rate_subject_words if before.endswith(subject + w)), "")
    return subject + word if subject else subject


#: A benefit named right after a change of its amount (每月多了300元补贴, 每人每月增加50元生活
#: 补助), closing the clause: what grew.
BENEFIT_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:补贴|补助|津贴|生活费|工资|奖金|奖励金|养老金|救助金|抚恤金)"
    r"(?=[，,。；;、]|$)"
)
#: The verb of more written after the receivers (育儿家庭每月多了…): no part of the benefit.
MORE_VERBS = ("多了", "多")


def benefit_after_subject(subject: str, text: str, end: int) -> str:
    """The subject of a change in a benefit named after the amount (X每月多了300元补贴 -> X每月
    补贴, as heldout11 and heldout12 write it); ``subject`` when no benefit closes the clause.

    >>> benefit_after_subject("育儿家庭每月多", "育儿家庭每月多了300元补贴。", 12)
    '育儿家庭每月补贴'
    >>> benefit_after_subject("困难群众每人每月", "困难群众每人每月增加50元生活补助，", 13)
    '困难群众每人每月生活补助'
    >>> benefit_after_subject("基础养老金", "基础养老金提高20元。", 10)
    '基础养老金'
    """
    benefit = BENEFIT_AFTER.match(text, end)
    if not benefit or not subject or subject.endswith(benefit.group()):
        return subject
    verb = next((v for v in MORE_VERBS if subject.endswith(v)), "")
    return subject[: len(subject) - len(verb)] + benefit.group()


#: The unit of a change of a rate (增速回落17.2个百分点).
POINTS_UNIT = "个百分点"
#: A rate word, an optional base (比一季度, 比上年同期) and a verb of change closing the clause
#: before a change in percentage points (高技术制造业增速提高10.6个百分点).
RATE_CHANGED = re.compile(
    r"(?P<rate>增速|增幅|增长率|增长速度)(?:比[^，,；;。、]{1,10}?)?"
    r"(?:提高|加快|回落|下降|放缓|降低|上升|回升|收窄|扩大|减少|增加)了?$"
)


def changed_rate_subject(subject: str, segment: str) -> str:
    """The subject of a rate's change in percentage points: the rate, as written after the thing
    measured (高技术制造业增速提高10.6个百分点 -> 高技术制造业增速, as heldout53 and heldout66 write
    it), which the subject lost as a growth word; ``segment`` is the clause up to the figure.

    >>> changed_rate_subject("高技术制造业", "高技术制造业增速提高")
    '高技术制造业增速'
    >>> changed_rate_subject("固定资产投资", "，固定资产投资增幅比一季度回落")
    '固定资产投资增幅'
    >>> changed_rate_subject("研发投入强度", "研发投入强度提高"), changed_rate_subject("", "增速提高")
    ('研发投入强度', '')
    """
    changed = RATE_CHANGED.search(segment)
    if not subject or changed is None or not segment[: changed.start()].endswith(subject):
        return subject
    return subject + changed.group("rate")


#: Verbs of the people an accident killed or hurt, standing alone before their count.
CASUALTY_VERBS = ("死亡", "受伤", "遇难", "失踪")
#: What an accident count's subject may open with that no name of the accidents holds.
ACCIDENT_LEADS = re.compile(r"^(?:全[国省市区县州旗]|全年)?(?:共)?(?:发生)?(?:各类)?")


def casualty_subject(verb: str, previous: str) -> str:
    """The subject of the people an accident killed or hurt, written as the verb alone before
    their count (发生安全生产事故3起，死亡4人: a county's review of 2018): the accidents counted
    before + the verb + 人数, as the gold names 生产安全事故死亡人数; the verb + 人数 without them.

    >>> casualty_subject("死亡", "全县发生安全生产事故"), casualty_subject("受伤", "")
    ('安全生产事故死亡人数', '受伤人数')
    """
    accidents = ACCIDENT_LEADS.sub("", previous, count=1) if previous.endswith("事故") else ""
    return f"{accidents}{verb}人数"


#: An administrative level naming an item of a list whose noun the item before named (国家级…企业
#: 29家、市级40家; 省级5家, 市级以上3个).
LEVEL_ITEM = re.compile(r"(?:国家|国际|世界|省|市|县|区|州|部)级(?:以上)?")


def level_item_subject(subject: str, between: str, previous: str) -> str:
    """The subject of a list item written as its level alone (``between``, the words from the
    figure before, is 、市级 or ，省级), the noun of the item before at that level: 新增国家级高新
    技术企业29家、市级40家 -> 新增市级高新技术企业 (a district's review of 2017); ``subject`` as
    it is for any other item, or when the item before names no level.

    >>> level_item_subject("新增市级", "、市级", "新增国家级高新技术企业")
    '新增市级高新技术企业'
    >>> level_item_subject("新增省级科技企业市级", "、市级", "新增省级科技企业孵化器")
    '新增市级科技企业孵化器'
    >>> level_item_subject("企业", "、企业", "新增国家级高新技术企业")
    '企业'
    """
    item = between.strip("、，,和及与 ")
    if not LEVEL_ITEM.fullmatch(item):
        return subject
    level = LEVEL_ITEM.search(previous)
    if level is None or len(previous) - level.end() < 2:
        return subject
    return previous[: level.start()] + item + previous[level.end() :]


#: Medals written by their metal alone (9金、5银、6铜): the unit, and the medal it counts.
MEDAL_UNITS = {"金": "金牌", "银": "银牌", "铜": "铜牌"}
#: Verbs of winning a medal, closing the words before it.
MEDAL_WON = re.compile(r"(?:获得|夺得|摘得|斩获|贡献|取得|收获|共获|获)$")


def medal_subject(subject: str, unit: str) -> str:
    """The subject of a medal count written by its metal (:data:`MEDAL_UNITS`): who won, named
    before the frame of the event or team (在…上, 为…), + the medal; ``subject`` as it is for
    any other unit.

    >>> medal_subject("吉林健儿为中国体育代表团贡献", "金"), medal_subject("获得", "铜")
    ('吉林健儿金牌', '铜牌')
    >>> medal_subject("获得", "枚")
    '获得'
    """
    medal = MEDAL_UNITS.get(unit)
    if medal is None:
        return subject
    winner = re.split(r"[在为]", subject, maxsplit=1)[0]
    return MEDAL_WON.sub("", winner) + medal


#: What a run counted by its unit is of (油菜产量 + “18连增”: 油菜产量连续增加的年数, as the gold
#: names the 5 such rows).
RUN_NAMES = {
    "连增": "连续增加的年数", "连优": "连续为优的年数", "连冠": "连续夺冠次数",
    "连涨": "连续上涨的年数", "连降": "连续下降的年数", "连升": "连续上升的年数",
    "连胜": "连续获胜次数",
}  # fmt: skip


def run_out(subject: str) -> str:
    """``subject`` without the name of a run closing it (粮食总产量连续增加的年数 -> 粮食总产量).

    >>> run_out("粮食总产量连续增加的年数"), run_out("粮食总产量")
    ('粮食总产量', '粮食总产量')
    """
    return next(
        (subject.removesuffix(n) for n in RUN_NAMES.values() if subject.endswith(n)), subject
    )


#: Praise of a run written before it (实现了历史罕见的“八连增”), no part of what ran.
RUN_PRAISE = re.compile(r"(?:历史)?(?:罕见|少有|难得|空前)?的?[“‘\"']?$")


def run_subject(subject: str, unit: str, segment: str, rules: Rules) -> str:
    """The subject of a run counted by its unit (:data:`RUN_NAMES`): what ran, read from the
    clause up to the figure (``segment``) without the praise before the run, + the run's name;
    ``subject`` as it is for any other unit.

    >>> from govreport.quantities.rules import load_rules
    >>> run_subject("历史罕见的“", "连增", "粮食总产量实现了历史罕见的“", load_rules())
    '粮食总产量连续增加的年数'
    >>> run_subject("粮食", "年", "粮食连续", load_rules())
    '粮食'
    """
    name = RUN_NAMES.get(unit)
    if not name:
        return subject
    praise = RUN_PRAISE.search(segment)  # (it matches the empty end at least)
    ran = _strip_words(segment[: praise.start() if praise else len(segment)], rules) or subject
    return ran + name


#: Events of an output (增产, 减产) that name its measure: 粮食产量 + 增产 is 粮食增产 (heldout5 2010,
#: heldout82 2011 write the run so).
OUTPUT_EVENTS = ("增产", "减产")


def consecutive_subject(subject: str, after: str, unit: str) -> str:
    """The subject of a run of periods (X连续N年Y): X, Y and the count of the run; ``subject``
    unchanged when no short event closes the clause after the number. A level kept in the event
    (稳定在350万吨以上) is part of it, also after a figure of X (粮食总产量达到356.2万吨，连续5年
    稳定在…): CONVENTIONS.md, round 27.

    >>> consecutive_subject("粮食", "增产，总产量", "年")
    '粮食增产的连续年数'
    >>> consecutive_subject("粮食产量", "增产。", "年")
    '粮食增产的连续年数'
    >>> consecutive_subject("粮食", "增产的基础上", "年")
    '粮食'
    >>> consecutive_subject("粮食总产量", "稳定在万亿斤以上并逐年增加。", "年")
    '粮食总产量稳定在万亿斤以上的连续年数'
    >>> consecutive_subject("", "无重大森林火灾。全省", "年")
    '无重大森林火灾的连续年数'
    >>> consecutive_subject("粮食总产量", "稳定在350万吨以上。", "年")
    '粮食总产量稳定在350万吨以上的连续年数'
    >>> consecutive_subject("粮食总产量连续增加的年数", "超万亿斤，", "年")
    '粮食总产量超万亿斤的连续年数'

    A run that a later event ends (在连续三年负增长后首次实现由负转正) is the run alone:

    >>> consecutive_subject("固定资产投资", "负增长后首次实现由负转正，", "年")
    '固定资产投资负增长的连续年数'
    """
    count = CONSECUTIVE_COUNTS.get(unit)
    event = EVENT_BEFORE_LATER.match(after) or CONSECUTIVE_EVENT.match(after)
    if not count or not event or not re.search("[\u4e00-\u9fff]", event.group()):
        return subject
    subject = run_out(subject)  # (a run before it: 粮食总产量实现“八连增”，连续5年超万亿斤)
    if event.group().startswith(OUTPUT_EVENTS) and subject.endswith("产量"):
        subject = subject[: -len("产量")]  # 粮食产量…连续7年增产 -> 粮食增产: the output's event
    return f"{subject}{event.group()}的连续{count}"


#: Unit classes of things produced in a quantity (tonnes, pieces): 生产X before one is X's output.
PRODUCED_CLASSES = frozenset({"mass", "count"})
#: Words after 生产 that make a compound noun, not the verb's object (生产总值, 生产安全事故).
PRODUCTION_NOUNS = (
    "总值", "安全", "能力", "率", "经营", "性", "要素", "设备", "企业", "线", "资料", "关系", "力",
)  # fmt: skip


def produced_output(subject: str) -> str:
    """The output of a product the subject says is produced (生产钾肥 -> 钾肥产量), for an amount
    in a unit of produced things; a compound of 生产 (生产总值, 生产能力) stays.

    >>> produced_output("生产碳酸锂"), produced_output("生产安全事故"), produced_output("生产")
    ('碳酸锂产量', '生产安全事故', '生产')
    >>> produced_output("生产资料所有制"), produced_output("出产生铁")
    ('生产资料所有制', '生铁产量')
    """
    lead = "出产" if subject.startswith("出产") else "生产"  # (出产生铁: national 1955)
    rest = subject.removeprefix(lead)
    if rest == subject or not 2 <= len(rest) <= 6 or rest.startswith(PRODUCTION_NOUNS):
        return subject
    if re.search(r"[^\u4e00-\u9fff]", rest) or rest.endswith(("量", "率", "值")):
        return subject
    return rest + "产量"


#: A year written before a product's plan frame (1958粮食的指标, 一九五八年棉花的指标).
OUTPUT_FRAME_YEAR = re.compile(r"^(?:(?:19|20)\d{2}|[一二〇○零三四五六七八九]{4})年?的?")


@remembered_per_rules
def product_output(subject: str, rules: Rules) -> str:
    """A bare product (:attr:`Rules.output_products`) names its output, before a note in brackets;
    an output the text names with 的 (棉布的产量) stays as written (CONVENTIONS.md, round 42).

    >>> from govreport.quantities.rules import load_rules
    >>> product_output("钢", load_rules()), product_output("化肥（折纯）", load_rules())
    ('钢产量', '化肥产量（折纯）')
    >>> product_output("发电", load_rules()), product_output("棉布的产量", load_rules())
    ('发电量', '棉布的产量')
    >>> product_output("两年共增产粮食", load_rules()), product_output("增产钢", load_rules())
    ('粮食产量', '钢产量')
    >>> product_output("一九五八粮食的指标", load_rules()), product_output("棉花的指标", load_rules())
    ('粮食产量', '棉花产量')
    >>> product_output("全国食油", load_rules())
    '全国食油产量'
    """
    note = SUBJECT_NOTE.search(subject)
    core = subject[: note.start()] if note else subject
    frame = next((f for f in rules.output_frames if core.endswith(f)), "")
    if frame:  # 1958粮食的指标 -> 粮食产量: the plan's figure for the product is its output
        product = OUTPUT_FRAME_YEAR.sub("", core[: -len(frame)])
        core = product if product in rules.output_products else core
    for verb in rules.output_verbs:
        # 两年共增产粮食, 增产钢: a change of output before the product names the product's output
        at = core.rfind(verb)
        if at >= 0 and core[at + len(verb) :] in rules.output_products:
            core = core[at + len(verb) :]
    scope = WHOLE_SCOPE.match(core)
    if scope and core[scope.end() :] in rules.output_products:
        return scope.group() + product_output(subject[scope.end() :], rules)  # 全国食油
    output = rules.output_products.get(core)
    return output + (note.group() if note else "") if output else subject


def drop_rate_name(subject: str, rules: Rules) -> str:
    """A percentage's subject without the rate's name (:attr:`Rules.rate_names`) after a measure
    (a noun ending with a measure character: 产值, 投资, 产量); the economy's growth keeps it
    (经济增长速度 is the indicator's name).

    >>> from govreport.quantities.rules import load_rules
    >>> drop_rate_name("工农业总产值的增长速度", load_rules())
    '工农业总产值'
    >>> drop_rate_name("粮食产量平均每年的增长速度", load_rules())
    '粮食产量'
    >>> drop_rate_name("经济增长速度", load_rules())
    '经济增长速度'
    """
    if not subject.endswith(rules.rate_names):
        return subject
    name = next(w for w in rules.rate_names if subject.endswith(w))
    rest = _strip_words(subject[: -len(name)], rules)
    return rest if rest and rest[-1] in MEASURE_END_CHARS else subject


def counted_entity(previous: str, rules: Rules) -> str:
    """The counted things of a previous subject, without its new-word and verb measure:
    新增上市公司 -> 上市公司, 各类经营主体净增 -> 各类经营主体.

    >>> from govreport.quantities.rules import load_rules
    >>> counted_entity("各类经营主体净增", load_rules()), counted_entity("新增上市公司", load_rules())
    ('各类经营主体', '上市公司')

    A scope before the new-word stays (全市新增跨黄桥隧 -> 全市跨黄桥隧):

    >>> counted_entity("全市新增跨黄桥隧", load_rules())
    '全市跨黄桥隧'
    """
    scope = WHOLE_SCOPE.match(previous)
    scope_word = scope.group() if scope else ""
    rest = previous[len(scope_word) :]
    entity = next(
        (scope_word + rest[len(w) :] for w in rules.new_subject_words if rest.startswith(w)),
        previous,
    )
    for measure in rules.object_verbs.values():
        if entity.endswith(measure) and len(entity) > len(measure):
            return entity[: -len(measure)]
    return entity


#: A total reached written alone after a count of new things (、达到2631家, 、总计达到…).
REACHED_ALONE = re.compile(r"(?:总计|共计|累计)?(?:达到|达)了?")


#: Verbs of disposing of counted documents or items that, standing alone before a count, count
#: the noun of the count before them (清理行政法规756件，废止71件，宣布失效80件), longest first.
DISPOSAL_VERBS = ("宣布失效", "废止", "修订", "修改", "撤销", "取消", "清理", "下放")


def disposed_subject(verb: str, previous: str) -> str:
    """A bare disposal verb (:data:`DISPOSAL_VERBS`) counting the thing the previous count
    counted: verb + the previous subject after its own disposal verb (国务院各部门共清理涉外规章
    -> 废止涉外规章); "" when ``verb`` is no such verb or nothing is left to carry.

    >>> disposed_subject("废止", "行政法规"), disposed_subject("修订", "各部门共清理涉外规章")
    ('废止行政法规', '修订涉外规章')
    >>> disposed_subject("建设", "行政法规"), disposed_subject("废止", "")
    ('', '')
    """
    if verb not in DISPOSAL_VERBS:
        return ""
    cuts = [i + len(v) for v in DISPOSAL_VERBS if (i := previous.rfind(v)) >= 0]
    noun = previous[max(cuts) :] if cuts else previous
    return verb + noun if len(noun) >= 2 else ""


def carry_list_verb(subject: str, previous: str, rules: Rules) -> str:
    """An item of a list governed by one verb takes the verb phrase of the first item:
    淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨 -> 淘汰落后炼钢产能; the verb alone when the item
    names another thing (压减燃煤998万吨、炼铁产能158万吨 -> 压减炼铁产能).

    >>> from govreport.quantities.rules import load_rules
    >>> carry_list_verb("炼钢产能", "淘汰落后炼铁产能", load_rules())
    '淘汰落后炼钢产能'
    >>> carry_list_verb("炼铁产能", "压减燃煤", load_rules())
    '压减炼铁产能'
    """
    if not previous.startswith(rules.list_carried_verbs):
        return subject
    if len(subject) < 3 or previous.endswith(subject):
        return subject
    if previous[-2:] != subject[-2:]:
        # (another thing after the first, 累计压减燃煤998万吨、炼铁产能158万吨: the verb alone,
        # a province's five-year review, session 66; not a product read as its output, 水泥产量)
        verb = next(v for v in rules.list_carried_verbs if previous.startswith(v))
        carried = not subject.startswith(rules.list_carried_verbs) and not subject.endswith("产量")
        return verb + subject if carried else subject
    if len(previous) <= len(subject):
        return subject
    return previous[: len(previous) - len(subject)] + subject


#: Characters after an opening verb that show it governs no noun (的, conjunctions, quotes).
OPENING_VERB_NOT_BEFORE = frozenset('的和与及、或”"')


def opening_verb(subject: str, rules: Rules) -> str:
    """The verb opening ``subject`` by its word class: a dictionary word of two or more characters
    of a tag of ``subject_opening_verb`` followed by the noun it governs (not by 的, a conjunction
    or a quotation mark), and not a light verb the subject drops (``subject_strip_leading``,
    ``subject_strip_verbs``) or one of the rule's ``not``; else "". An item of a list takes it
    from the first item.

    >>> from govreport.quantities.rules import load_rules
    >>> opening_verb("获评何梁何利奖", load_rules()), opening_verb("采油和炼油企业", load_rules())
    ('获评', '')
    >>> opening_verb("城市公园", load_rules()), opening_verb("实现脱贫的农村贫困人口", load_rules())
    ('', '')
    >>> opening_verb("运输交通方面", load_rules()), opening_verb("启动改造城中村", load_rules())
    ('', '启动')
    """
    if not rules.opening_verb_tags:
        return ""
    word, tag = opening_word(subject)
    if len(word) < 2 or tag not in rules.opening_verb_tags or len(subject) - len(word) < 2:
        return ""
    if subject[len(word)] in OPENING_VERB_NOT_BEFORE:
        return ""  # 采油和炼油企业, 可取”事项: no verb governing what follows
    if tag == "vn" and opening_word(subject[len(word) :])[1].startswith("n"):
        return ""  # 运输企业, 经营主体: a noun-like verb before a noun is its modifier
    light = joined_words(rules, "strip_leading", "strip_verbs")
    return "" if word in light or word in rules.opening_verb_not else word


#: Unit classes of the amounts of things one verb does (counts and sizes of what is built, shut).
OBJECT_AMOUNT_CLASSES = frozenset(
    {"count", "length", "area", "magnitude", "power", "volume", "mass"}
)


def same_object_list(previous: str, current: str, listed: bool) -> bool:
    """True when two figures of a list may be objects of one verb: the same unit class, or, for
    an item after 、, any two amounts of things (改造老旧小区600个、老旧管网800公里: the verb
    governs every object of its list whatever each is measured in).

    >>> same_object_list("count", "count", False), same_object_list("count", "length", True)
    (True, True)
    >>> same_object_list("count", "length", False), same_object_list("count", "percent", True)
    (False, False)
    """
    if previous == current:
        return True
    return listed and {previous, current} <= OBJECT_AMOUNT_CLASSES


def carry_governing_verb(subject: str, previous: str, rules: Rules) -> str:
    """An item of a list of counted things whose first item opens with a verb that says what
    happened to them (a new word or an action verb, CONVENTIONS.md round 15) takes that verb:
    新增科技型中小企业7227家、高新技术企业3200家 -> 新增高新技术企业.

    >>> from govreport.quantities.rules import load_rules
    >>> carry_governing_verb("省级中心村", "新建精品示范村", load_rules())
    '新建省级中心村'
    >>> carry_governing_verb("总投资", "新开工项目", load_rules())
    '总投资'

    A stage reached (建成运输机场3座、通用机场8座) and 新 before a verb (新培育) govern so too:

    >>> carry_governing_verb("通用机场", "建成运输机场", load_rules())
    '建成通用机场'
    >>> carry_governing_verb("县域特色产业集群", "新培育省级先进制造业集群", load_rules())
    '新培育县域特色产业集群'

    A scope word before the verb (全市新增国家5A级旅游景区1家、4A级景区3家) is passed over:

    >>> carry_governing_verb("4A级景区", "全市新增国家5A级旅游景区", load_rules())
    '新增4A级景区'
    """
    if len(subject) < 2 or subject == previous or NEW_VERB_OPENING.match(subject):
        # (before the verb is looked for: no item takes one then; 新投产项目 after 新开工项目
        # has its own: not 新开工新投产…)
        return subject
    verbs = joined_words(rules, "new_subject_words", "action_verbs", "kept_verbs", "stage_verbs")
    scope = WHOLE_SCOPE.match(previous)  # 全市新增…、4A级景区3家: the verb after the scope word
    previous = previous[scope.end() :] if scope else previous
    verb = leading_verb(previous, verbs)  # (新培育…集群10个、…30个: 新 with its verb)
    if not verb:
        verb = opening_verb(previous, rules)  # 获评, 推广, 开通: a verb by its word class
    verb = forward_chain(previous, verb, verbs)
    if not verb or len(previous) - len(verb) < 2:
        return subject
    if verb in subject:
        return subject  # 亮化楼体、亮化道路, 老旧小区改造面积: the item names the verb itself
    own = joined_words(
        rules, "strip_verbs", "strip_leading", "new_subject_words", "action_verbs", "kept_verbs",
        "stage_verbs",
    )  # fmt: skip
    if subject.startswith(own) or subject in rules.bare_measures + rules.count_measures:
        return subject
    if _opening_stage(subject, rules):
        return subject  # 基本建成500万套，新开工700万套: the item's own stage
    if "的" in subject:
        return subject  # 获评…智能工厂的企业: named by what it did, no other verb governs it
    return verb + subject


#: Word tags (jieba) of a word that opens a predicate, not a noun phrase: verbs, adverbs,
#: prepositions, conjunctions, pronouns.
PREDICATE_TAGS = ("v", "d", "p", "c", "r")
#: A counted noun right after its figure that closes its clause (…二十九个自治州，): a bare item.
BARE_COUNTED_NOUN = re.compile(r"[\u4e00-\u9fff]{1,10}(?:[，,。；;]|$)")


def comma_count_item(text: str, previous: Reading, current: Reading) -> bool:
    """True when a count opens its clause right after a clause that ends on the previous count's
    noun, and the clause holds nothing but the count and its noun: the comma separates items of
    one list, objects of the first item's verb (成立了二十九个自治州，五十四个自治县).

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> def item(s, a, b):
    ...     return comma_count_item(s, read_number(s, a, load_rules()), read_number(s, b, load_rules()))
    >>> item("成立了二十九个自治州，五十四个自治县。", 3, 11), item("建成二十九个州，五十四个已开工。", 2, 8)
    (True, False)
    >>> item("1334万人参保，641万人领取养老金。", 0, 9)
    False
    """
    if previous.unit_class != "count" or current.unit_class != "count":
        return False
    if current.unit.endswith(PEOPLE_UNIT_ENDS):
        return False  # 1334万人参保，641万人领取养老金: what follows the people is a predicate
    between = text[previous.end : current.start]
    if not between.endswith(("，", ",")) or not BARE_COUNTED_NOUN.fullmatch(between):
        return False
    noun = BARE_COUNTED_NOUN.match(text, current.end)
    # 五十四个已开工: an adverb or a verb after the figure makes the clause a predicate
    return noun is not None and not opening_word(noun.group())[1].startswith(PREDICATE_TAGS)


#: Conjunctions joining the last item of a list of counted noun phrases (建成3个A和15个B).
ITEM_CONJUNCTIONS = ("以及", "和", "及")


def conjoined_item(segment: str) -> bool:
    """True when the words between a figure's noun and the next figure open with a coordinating
    conjunction (和, 及, 以及) and hold no clause break: the second figure's noun phrase is the
    last conjunct of the first one's, the object of the same verb (新建3所中学和5所小学 ->
    新建小学), as an item after 、 is (:func:`carry_governing_verb` decides whether a verb governs).

    >>> conjoined_item("和"), conjoined_item("及县级"), conjoined_item("，和")
    (True, True, False)
    >>> conjoined_item("、"), conjoined_item("和，")
    (False, False)
    """
    return segment.startswith(ITEM_CONJUNCTIONS) and not BOUNDARY_CHAR.search(segment)


#: A figure followed by the goal it sets for a named indicator (8%左右的国内生产总值增长目标).
GOAL_AFTER = re.compile(
    r"(?:左右|以上|以内)?的(?P<name>[^，,。；;的\d增]{2,12}?)(?:增长|增速)(?:预期)?目标"
)


#: A share of a class of things written before the things (已有百分之七十六的县普及了小学教育,
#: 团结百分之九十五以上的干部和群众): a hedge, then 的, then the things.
CLASS_SHARE_OPEN = re.compile(r"(?:以上|左右|多|强)?的(?=[^\d的])")
#: Words closing the clause before such a share that say the things exist or make it up, no
#: predicate of theirs (全国已有50%的县…, 占全国人口65%的地区).
CLASS_SHARE_NOT_VERBS = ("有", "占", "达到", "为", "是", "使", "到")


#: A hedge closing a share figure (80%以上, 三分之一强).
CLASS_SHARE_HEDGE = re.compile(r"以上|左右|多|强")
#: Words closing the clause before a share that make what follows a part of a written whole.
CLASS_SHARE_WHOLE = ("占", "佔", "中", "比重", "比例")
#: jieba tags of the words a class noun is made of (nouns, abbreviations, noun-like verbs,
#: distinguishing words, locality words as in 初中), and of the words opening a predicate.
NOUN_TAGS = ("n", "j", "vn", "b", "f")
PREDICATE_OPEN_TAGS = frozenset({"v", "vd", "d", "p", "ad"})


def _names_whole(before: str) -> bool:
    """Whether the clause before a share figure closes with a noun that is its whole (世界核武器
    总量97%), not a scope (全国, 全省40%的县: CONVENTIONS.md round 33) nor a noun after a verb of
    having or reaching.

    >>> _names_whole("拥有世界核武器总量"), _names_whole("全国"), _names_whole("全国已有")
    (True, False, False)
    """
    word, tag = closing_word(before)
    if len(word) < 2 or not tag.startswith("n") or word.startswith("全"):
        return False
    rest = before[: len(before) - len(word)]
    head, head_tag = closing_word(rest)
    return head_tag.startswith("n") or (bool(head) and not head_tag.startswith(("v", "p", "c")))


def _ends_with_head(noun: str, pattern: re.Pattern[str]) -> bool:
    """Whether a counted head of ``pattern`` closes ``noun`` (公办中小学校: 学校)."""
    return any(m.end() == len(noun) for m in pattern.finditer(noun))


def class_share_split(things: str, rules: Rules) -> tuple[str, str] | None:
    """The class noun opening ``things`` (the text after a share figure and its 的) and its
    predicate, by word class: the noun ends at the first word boundary where a noun word (or a
    note in brackets) is followed by a word opening a predicate (a verb, adverb or preposition);
    a 、-list of nouns goes on, and every word before it is a noun. The predicate loses 了 and a passive 由 (由企业承担 -> 企业承担).
    None when the noun is a measure or an amount (``class_share.not_nouns``), or the predicate
    holds a number, a 的 or no verb, or is longer than :data:`PREDICATE_WINDOW`.

    >>> from govreport.quantities.rules import load_rules
    >>> class_share_split("初中毕业生就读普通高中", load_rules())
    ('初中毕业生', '就读普通高中')
    >>> class_share_split("县（市、区）基本普及九年义务教育", load_rules())
    ('县（市、区）', '基本普及九年义务教育')
    >>> class_share_split("公办中小学校纳入集团化管理", load_rules())
    ('公办中小学校', '纳入集团化管理')
    >>> class_share_split("地市由省里统筹", load_rules())
    ('地市', '省里统筹')
    >>> [class_share_split(t, load_rules()) for t in ("税率降至13%", "预定目标", "干部和群众",
    ...     "、持续高于城镇居民收入增速")]
    [None, None, None, None]
    """
    at, tag, heads = 0, "", rules.counted_head_pattern
    while at < len(things):
        if things[at] == "（":
            close = things.find("）", at, at + PREDICATE_WINDOW)
            if close < 0:
                return None
            at, tag = close + 1, "n"  # a note closes the noun: 县（市、区）|基本普及
            if at < len(things) and things[at] != "、":
                return _share_parts(things[:at], things[at:], rules, closed=True)
            continue
        word, next_tag = opening_word(things[at:])
        word = word or things[at]
        if at and tag.startswith(NOUN_TAGS) and next_tag in PREDICATE_OPEN_TAGS:
            return _share_parts(things[:at], things[at:], rules)
        if heads is not None and heads.fullmatch(word):
            next_tag = "n"  # a counted head is a noun, whatever jieba tags it (县: zg)
        if not (next_tag.startswith(NOUN_TAGS) or (word == "、" and at)):
            return None  # 、持续高于…: a word of no noun before any predicate
        at, tag = at + len(word), next_tag
    return None


def _share_parts(
    noun: str, predicate: str, rules: Rules, closed: bool = False
) -> tuple[str, str] | None:
    """The noun and predicate of :func:`class_share_split`, cleaned and checked (``closed``: a
    note ended the noun, so the predicate needs no word jieba tags as a verb: 普及 is tagged ns)."""
    first = noun.split("、")[0]
    if not _balanced(noun) or first.endswith(rules.class_share_not_nouns):
        return None
    predicate = re.sub(r"(?<![为除罢])了(?!解)", "", predicate)
    if predicate.startswith("由") and _holds_verb(predicate[1:]):
        predicate = predicate[1:]  # 由企业承担: the agent's own predicate
    if (
        len(predicate) < 2
        or len(predicate) > PREDICATE_WINDOW
        or re.search(r"[\d０-９的，,；;。、]", predicate)
        or "由" in predicate[1:]  # 研发|投入由企业承担: the noun goes on to the agent
        or closing_word(predicate)[1] == "f"  # 在80%的县中: a whole, no predicate
        or not (closed or predicate.startswith(("在", "由")) or _holds_verb(predicate))
    ):
        return None
    return noun, predicate


def class_share_subject(after: str, before: str, rules: Rules) -> str:
    """The subject of a share of a class of things written before the things: what the things
    did or had done to them names which ones, predicate + 的 + things, as for a count
    (:func:`clause_predicate_subject`), + 的比重, the measure of a share whose whole is not written
    (CONVENTIONS.md, round 27). ``after`` is the text after the figure to the clause's end,
    ``before`` the clause before it; "" when the figure is no share of a class.

    >>> from govreport.quantities.rules import load_rules
    >>> class_share_subject("的县普及了小学教育", "全国已有", load_rules())
    '普及小学教育的县的比重'

    The things closing the clause are the object of the verb before the figure:

    >>> class_share_subject("以上的干部和群众", "我们要团结", load_rules())
    '团结的干部和群众的比重'
    >>> class_share_subject("的县", "新型农村社会养老保险试点覆盖", load_rules())
    '新型农村社会养老保险试点覆盖的县的比重'

    Not a share of a class: a measure after 的 (8%的预定目标), or no predicate of the things.

    >>> [class_share_subject(a, b, load_rules()) for a, b in (("的预定目标", "略低于"),
    ...     ("以上的人口地区普及九年义务教育", "要使全国"), ("的县", "扩大到全国"))]
    ['', '', '']
    """
    if before.endswith(CLASS_SHARE_WHOLE) or _names_whole(before):
        return ""  # 占全国人口65%的地区, 世界核武器总量97%以上的美苏两国: a whole is written
    opening = CLASS_SHARE_OPEN.match(after)
    pattern = rules.counted_head_pattern
    if pattern is None:
        return ""
    if opening is None:
        # 60%公办中小学校纳入集团化管理: no 的, the things a counted head closes
        bare = CLASS_SHARE_HEDGE.match(after)
        things = after[bare.end() :] if bare else after
        split = class_share_split(things, rules)
        if split is None or not _ends_with_head(split[0], pattern):
            return ""
        return split[1] + "的" + split[0] + "的比重"
    things = after[opening.end() :]
    split = class_share_split(things, rules)
    if split is not None:
        return split[1] + "的" + split[0] + "的比重"
    named, _ = clause_predicate_subject(things, "", rules, min_noun=1)
    counted = named.rsplit("的", 1)[-1]
    if named != things and things.startswith(counted):
        # (a noun after the head goes on naming the things: 人口地区普及… is no predicate; a verb
        # before the head makes it no noun of things: 财政收入来自城市|工商业)
        noun_goes_on = opening_word(things[len(counted) :])[1] == "n"
        return "" if noun_goes_on or _holds_verb(counted) else named + "的比重"
    heads = list(pattern.finditer(things))
    if not heads or heads[-1].end() != len(things) or re.search(r"[\d，,；;。]", things):
        return ""
    verb, tag = closing_word(before)
    if len(verb) < 2 or tag not in ("v", "a") or verb.endswith(CLASS_SHARE_NOT_VERBS):
        return ""
    # a programme reaching them is named with its verb (试点覆盖24%的县 -> 试点覆盖的县的比重)
    reached = reach_subject(before, "的" + things, rules)
    return (reached or verb + "的" + things) + "的比重"


def _holds_verb(phrase: str) -> bool:
    """Whether a dictionary word of ``phrase``, read longest first from its start, is a verb
    (jieba's tag v).

    >>> _holds_verb("财政收入来自城市"), _holds_verb("国营工业企业")
    (True, False)
    """
    while phrase:
        word, tag = opening_word(phrase)
        if tag.startswith("v"):
            return True
        phrase = phrase[max(len(word), 1) :]
    return False


def class_share_after(text: str, end: int, segment: str, rules: Rules) -> str:
    """:func:`class_share_subject` of the figure ending at ``end`` of ``text`` (its clause before
    it: ``segment``), read to the clause's end."""
    boundary = BOUNDARY_CHAR.search(text, end, min(len(text), end + FOLLOW_WINDOW))
    after = text[end : boundary.start()] if boundary else ""
    return class_share_subject(after, segment.rstrip(), rules) if after else ""


#: Verbs of a programme reaching people or places (惠及, 覆盖), and adverbs before them.
#: The verbs of a programme reaching people, as a clause or a subject may end with them.
REACH_WORDS = ("惠及", "覆盖")
REACH_VERB = re.compile(rf"(?:已|还|共|累计)?({'|'.join(REACH_WORDS)})$")
#: The same verb closing the words before a count of those reached, with what the sets keep of
#: it: a frequency before it (每年惠及3700多万学生: 每年 stays, heldout60), the people named
#: between the verb and the count (惠及学生3400多万人次, 惠及居民约21万户: national 2025, a
#: province's 2026 review), and a word of approximation before the count (惠及上千万家庭).
REACH_CLAUSE_VERB = re.compile(
    rf"(?:已|还|共|累计)?(?P<verb>(?:每年)?(?:{'|'.join(REACH_WORDS)}))"
    r"(?P<people>[^\d，,、；;。：:“”的]{0,6}?)(?:上|近|约|超过?|逾|达)?$"
)
#: What a count of those reached measures when no noun follows it, by the unit's end.
REACHED_BY_UNIT = (("人次", "人次"), ("人", "人数"), ("家庭", "家庭"), ("户", "户数"))


#: Adverbs opening a clause before the verb that launches a programme (全面实施…, 深入推进…),
#: dropped as written: :func:`predicate_adverb_lead` reads only an adverb that is a dictionary
#: word of its own, and the dictionary holds 全面实施 as one.
PROGRAMME_LEAD_ADVERBS = ("全面", "深入", "持续", "进一步", "大力", "积极", "继续", "稳步", "扎实")


def programme_object(clause: str) -> str:
    """The programme a clause launches: its words after a leading adverb and verb (jieba's tag
    v: 全面实施城乡九年免费义务教育 -> 城乡九年免费义务教育), else the clause.

    >>> programme_object("全面实施城乡免费义务教育"), programme_object("完善残疾人补贴制度")
    ('城乡免费义务教育', '残疾人补贴制度')
    >>> programme_object("育儿补贴"), programme_object("向困难群众发放一次性生活补助")
    ('育儿补贴', '一次性生活补助')
    """
    rest = clause
    for adverb in PROGRAMME_LEAD_ADVERBS:
        rest = rest.removeprefix(adverb)
    words = dictionary_words(rest)
    at = 0
    if words and words[0][1] == "p":
        # 向困难群众发放一次性生活补助: who receives it goes with the preposition, up to the verb
        verb = next((i for i, (_, tag) in enumerate(words) if tag == "v"), None)
        if verb is None:
            return clause
        at = sum(len(w) for w, _ in words[:verb])
        words = words[verb:]
    if words and words[0][1] == "v" and len(rest) - at - len(words[0][0]) >= 2:
        return rest[at + len(words[0][0]) :]
    return clause


def reach_clause_subject(segment: str, before: str, text: str, r: Reading, rules: Rules) -> str:
    """The subject of a count of those a programme reaches, the verb closing the figure's own
    clause (``segment``): the programme named before the verb, else the one the clause before
    names (``before``, without a figure: 全面实施城乡九年免费义务教育，惠及1.6亿学生), + the verb +
    the people (the noun after a bare magnitude, else the measure of the unit: 惠及2100多万人 ->
    …惠及人数, 惠及5700多万人次 -> …惠及人次), as the sets write it; "" when the clause closes with
    no such verb or no programme is named.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "，惠及1.6亿学生"
    >>> reach_clause_subject(
    ...     "，惠及", "全面实施城乡九年免费义务教育", t, read_number(t, 3, load_rules()), load_rules()
    ... )
    '城乡九年免费义务教育惠及学生'
    >>> t = "育儿补贴惠及60万人"
    >>> reach_clause_subject("育儿补贴惠及", "", t, read_number(t, 6, load_rules()), load_rules())
    '育儿补贴惠及人数'
    """
    verb = REACH_CLAUSE_VERB.search(segment.rstrip(" ，,"))
    if verb is None or (verb.group("people") and not _is_people_word(verb.group("people"))):
        return ""
    programme = named_programme(segment[: verb.start()].strip(" ，,"), rules)
    before = before.strip(" ，,；;")
    counted_before = PROGRAMME_COUNTED.match(before)
    if counted_before:
        before = counted_before.group(1)  # 改造城镇老旧小区5.6万个，惠及近千万家庭
    if not programme and not re.search(r"\d", before):
        programme = clause_programme(before, rules)
    if not programme:
        return ""
    counted = verb.group("people")
    if counted:
        pass  # 惠及学生3400多万人次: the people as the text names them
    elif r.unit_class == "magnitude":
        counted = _following_noun(text, r.end)[0]
    else:
        unit = r.unit.lstrip(MAGNITUDE_CHARS)
        counted = next((m for end, m in REACHED_BY_UNIT if unit.endswith(end)), "")
    return programme + verb.group("verb") + counted if counted else ""


#: The verb of people benefiting from a programme, closing the clause after the count of them.
BENEFIT_WORD = "受益"
#: The causative linking a programme to the people counted after it (…工程使6069万农民受益).
BENEFIT_CAUSE = re.compile(r"(?:共|已|还)?(?:使|让)(?:近|约|超过?|逾)?$")
#: What may stand between the clause opening and a count of people benefiting (…，约6700万人).
BENEFIT_LEAD = re.compile(r"^[，,]?(?:共|已有|有|约|近|超过?|逾)*$")


def benefit_programme(segment: str, before: str, rules: Rules) -> str:
    """The programme people benefit from (受益 after the count of them): the one named before
    使 in the figure's own clause (``segment``), else, when that clause holds only the count, the
    one the clause before names (``before``, without a figure); "" when none is named.

    >>> from govreport.quantities.rules import load_rules
    >>> benefit_programme("农村饮水安全工程使", "", load_rules())
    '农村饮水安全工程'
    >>> benefit_programme("，约", "加大价格补贴", load_rules())
    '价格补贴'
    >>> benefit_programme("，约", "价格补贴1000亿元", load_rules())
    ''
    """
    cause = BENEFIT_CAUSE.search(segment)
    if cause:
        return named_programme(segment[: cause.start()].strip(" ，,"), rules)
    if not BENEFIT_LEAD.match(segment) or re.search(r"\d", before):
        return ""
    return clause_programme(before.strip(" ，,；;"), rules)


#: The degree of a programme a clause raises (加大…资助力度, 提高…扣除标准): not the programme.
PROGRAMME_DEGREE = re.compile(r"(?:补助标准|补贴标准|力度|标准|水平)$")


def clause_programme(clause: str, rules: Rules) -> str:
    """The programme a clause without a figure names, for the people it reaches or benefits
    after it: a task as the sets name it (:func:`task_programme`), else the clause's object
    (:func:`programme_object`) without the degree raised (力度, 标准).

    >>> from govreport.quantities.rules import load_rules
    >>> clause_programme("加大各类学校家庭困难学生资助力度", load_rules())
    '各类学校家庭困难学生资助'
    >>> clause_programme("全面实施城乡免费义务教育", load_rules())
    '城乡免费义务教育'
    """
    task = task_programme(clause, rules)
    if task:
        return named_programme(task, rules)
    thing = programme_object(clause)
    return named_programme(PROGRAMME_DEGREE.sub("", thing) if thing != clause else thing, rules)


#: Stage and light verbs before the action of a task clause (新开工改造城镇老旧小区).
TASK_STAGE_LEAD = re.compile(r"^(?:新开工|开工|完成|实施|推进|启动|加快|持续|全面)*")


def task_programme(clause: str, rules: Rules) -> str:
    """The programme a task clause names, as the sets name programmes (城镇老旧小区改造): the
    object, then the action verb (one of the rules' ``action_endings``) that opens the clause
    after stage and light verbs; "" when the clause opens with no such verb.

    >>> from govreport.quantities.rules import load_rules
    >>> task_programme("新开工改造城镇老旧小区", load_rules())
    '城镇老旧小区改造'
    >>> task_programme("实施营养改善计划", load_rules())
    ''
    """
    rest = TASK_STAGE_LEAD.sub("", clause)
    verb = next((v for v in rules.action_endings if rest.startswith(v)), "")
    thing = rest[len(verb) :]
    return thing + verb if verb and len(thing) >= 2 and not thing.startswith("的") else ""


#: A clause that counts the things a programme does (新开工改造城镇老旧小区5.6万个) before a clause
#: of those it reaches: the programme is its words before the count.
PROGRAMME_COUNTED = re.compile(
    r"^([^\d，,；;]{2,}?)(?:近|约|超过?)?\d+(?:\.\d+)?万?[个所处套座条项间]$"
)
#: The last characters of a noun naming people or households reached by a programme.
PEOPLE_WORD_ENDS = ("人", "生", "民", "众", "户", "庭", "儿", "者", "工", "员", "童", "属", "幼儿")


def _is_people_word(words: str) -> bool:
    """Whether ``words`` name people or households (学生, 居民, 困难群众, 家庭), as a noun
    between a verb of reach and the count of them must.

    >>> _is_people_word("学生"), _is_people_word("家庭"), _is_people_word("全省")
    (True, True, False)
    """
    return len(words) >= 2 and words.endswith(PEOPLE_WORD_ENDS)


def reach_subject(segment: str, counted: str, rules: Rules) -> str:
    """The subject of a count of those a programme reaches, named in the same clause before the
    verb (营养改善计划惠及3600多万农村学生 -> 营养改善计划惠及农村学生: people after a bare
    magnitude); empty when the clause names no programme (…发放，惠及17万婴幼儿).

    >>> from govreport.quantities.rules import load_rules
    >>> reach_subject("学前免费教育覆盖", "儿童", load_rules()), reach_subject("惠及", "人", load_rules())
    ('学前免费教育覆盖儿童', '')
    """
    match = REACH_VERB.search(segment)
    if not match or not counted:
        return ""
    programme = named_programme(segment[: match.start()], rules)
    return programme + match.group(1) + counted if programme else ""


#: The verb of solving a problem for people, closing the clause right before a count of them
#: (解决了6398万农村人口的饮水困难, 今年再解决3200万人的安全饮水问题).
SOLVED_VERBS = ("解决", "解决了")
#: The people counted (a noun closing with a people word) and the problem solved for them, up to
#: the clause's end, with or without 的 between (农村人口饮水困难, 农村人口的饮水安全问题).
SOLVED_PEOPLE = re.compile(
    r"(?P<people>[^，,。；;：:、\d的“”]{0,8}?(?:人口|人员|群众|农民|居民|职工|人))的?"
    r"(?P<problem>[^，,。；;：:、\d]{2,6}|[^，,。；;：:、\d]{2,14}(?:问题|困难|难题))"
)


#: A conjunction joining the next figure (和60万…): the words after a count end before it.
JOINED_FIGURE = re.compile(r"[和及与](?=[\d０-９一二三四五六七八九十两])")


def solved_subject(segment: str, after: str, unit: str, people: str = "") -> str:
    """The subject of a count of people a problem was solved for, the verb 解决 closing the clause
    before the count (``segment``) and the people and their problem after it (``after``, to the
    clause's end): 解决 + problem + 的 + people, as the gold sets write it (dev, heldout13-15,
    heldout33, heldout43, heldout68: 解决饮水安全问题的农村人口); a unit of people (万人) with 的
    after it is the people itself; with the problem right after it, the people are named
    ``people`` (the rules' people_action_measure, 人口: 再解决6000万人安全饮水问题, heldout110
    national 2009, as heldout61 writes 3200万人的安全饮水问题). Else "".

    >>> solved_subject("解决了", "农村人口的饮水困难", "万"), solved_subject("解决", "人的就业问题", "万")
    ('解决饮水困难的农村人口', '解决就业问题的人')
    >>> solved_subject("解决了", "的就业问题", "万人"), solved_subject("实施", "农村人口饮水工程", "万")
    ('解决就业问题的人', '')
    >>> solved_subject("解决", "安全饮水问题", "万人", "人口")
    '解决安全饮水问题的人口'
    """
    if not segment.endswith(SOLVED_VERBS):
        return ""
    if unit.endswith("人") and after.startswith("的"):
        after = "人" + after
    elif unit.endswith("人") and people and not SOLVED_PEOPLE.fullmatch(after):
        after = people + after
    m = SOLVED_PEOPLE.fullmatch(after)
    return f"解决{m.group('problem')}的{m.group('people')}" if m else ""


#: What may follow a headless count (其中本年开始建设的271个，…): a clause's end, no noun.
HEADLESS_COUNT_END = frozenset("，,。；;、")


def headless_count_head(previous: Quantity | None, text: str, r: Reading) -> str:
    """The subject of a count whose noun a headless 的-clause leaves out (其中本年开始建设的271个,
    继续建设的693个): the clause before 的 + 的 + the counted noun of the count before it in the
    same unit (the words after the last 的 of its subject: …施工的限额以上建设单位 -> 限额以上
    建设单位), as heldout71 writes 本年开始建设的限额以上建设单位; else "".

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "施工的限额以上建设单位共有964个，其中本年开始建设的271个，继续建设的693个。"
    >>> a = Quantity(read_number(t, t.index("964"), load_rules()), None)  # type: ignore[arg-type]
    >>> a.subject = "施工的限额以上建设单位"
    >>> headless_count_head(a, t, read_number(t, t.index("693"), load_rules()))
    '继续建设的限额以上建设单位'
    """
    if (
        previous is None
        or r.unit_class != "count"
        or previous.reading.unit.lstrip(MAGNITUDE_CHARS) != r.unit.lstrip(MAGNITUDE_CHARS)
        or text[r.end : r.end + 1] not in HEADLESS_COUNT_END  # (…的756件行政法规: a noun follows)
    ):
        return ""
    de = headless_de(text, r.start)
    if de < 0 or ("的" not in previous.subject and headless_written(text, previous.reading)):
        return ""  # (a head named by a clause of its own, or by a count that names its noun)
    floor = max(0, de + 1 - HEADLESS_CLAUSE_CHARS)
    cut = max(text.rfind(c, floor, de) for c in "，,；;：:。")
    clause = text[max(cut + 1, floor) : de].removeprefix("其中")
    head = previous.subject.split("的", 1)[-1]
    if (
        len(clause) < 2
        or len(head) < 2
        or re.search(r"[\d（(]", clause + head)
        or "的" in clause
        or clause.endswith(HEADLESS_TIME_ENDS)
    ):
        return ""
    return f"{clause}的{head}"


def headless_de(text: str, start: int) -> int:
    """Where the 的 closing a headless clause stands before a count starting at ``start``
    (…建设的271个, …内地的将有472个), else -1.

    >>> headless_de("继续建设的693个", 5), headless_de("分布在内地的将有472个", 8), headless_de("共有964个", 2)
    (4, 5, -1)
    """
    have = HEADLESS_HAVE.search(text, max(0, start - HEADLESS_HAVE_CHARS), start)
    de = have.start() if have else start - 1
    return de if text[de : de + 1] == "的" else -1


def headless_written(text: str, r: Reading) -> bool:
    """Whether the count read as ``r`` is written headless: a 的-clause before it
    (:func:`headless_de`) and no noun after it (…继续建设的693个，), not …的694个工业建设单位.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "开始建设的694个工业建设单位，分布在内地的将有472个。"
    >>> [headless_written(t, read_number(t, t.index(n), load_rules())) for n in ("694", "472")]
    [False, True]
    """
    return headless_de(text, r.start) >= 0 and text[r.end : r.end + 1] in HEADLESS_COUNT_END


#: The longest clause read before a headless count's 的, in characters.
HEADLESS_CLAUSE_CHARS = 16
#: A time closing the words before 的 (减少到现在的276个): no clause naming the counted things.
HEADLESS_TIME_ENDS = ("现在", "目前", "年底", "年末", "当前")


#: A headless 的-clause before 有 (the verb of being) and a count (被评为三八红旗手的有七万多人, 由各地劳动
#: 部门介绍就业的，就有二百零七万人, 分布在内地的将有472个, 其中限额以上的有921个): the count is of
#: the things the clause names; people are …的人 (heldout45, heldout69).
HEADLESS_HAVE = re.compile(r"的[，,]?(?:将要|将|就|还|共)?有(?:约|近|将近)?$")
#: The longest text :data:`HEADLESS_HAVE` matches, in characters.
HEADLESS_HAVE_CHARS = 7
#: Units of people counted (人, 万人 and the traditional 萬人).
PEOPLE_UNIT_ENDS = ("人",)


#: An agent, a verb of driving (带动, 拉动) and what it drove, written without 的 between.
DRIVEN = re.compile(r"(?P<agent>.{2,}?)(?P<verb>带动|拉动)(?P<driven>[^的].+)")


def driven_subject(subject: str, rules: Rules) -> str:
    """What an agent drove, named as the gold sets write it: agent + verb + 的 + the thing
    (消费品以旧换新带动销售额 -> 消费品以旧换新带动的销售额: heldout3, heldout28, heldout68); not
    when the verb drives people to act (带动就业: ``people_verbs``) or what follows is a clause
    of its own (带动…形成).

    >>> from govreport.quantities.rules import load_rules
    >>> driven_subject("各类文体赛事活动拉动消费", load_rules()), driven_subject("带动就业", load_rules())
    ('各类文体赛事活动拉动的消费', '带动就业')
    >>> driven_subject("劳务品牌带动就业", load_rules())
    '劳务品牌带动就业'
    """
    m = DRIVEN.fullmatch(subject) if "动" in subject else None
    if m is None:
        return subject
    driven = m.group("driven")
    if driven.startswith(rules.people_verbs) or driven.endswith("形成"):
        return subject
    return f"{m.group('agent')}{m.group('verb')}的{driven}"


def named_programme(raw: str, rules: Rules) -> str:
    """The programme a clause names before its verb of reach or extension: the words left when
    the clause's leading and framing words are stripped, as written from there on (营养改善计划:
    its own 计划 stays); empty when that is under two characters, holds a digit, or is no part of
    ``raw`` as written.

    >>> from govreport.quantities.rules import load_rules
    >>> named_programme("学前免费教育", load_rules()), named_programme("", load_rules())
    ('学前免费教育', '')
    """
    programme = _strip_words(raw, rules)
    if len(programme) < 2 or re.search(r"\d", programme) or programme not in raw:
        return ""
    return raw[raw.index(programme) :]


#: A pilot extended to a number of places, the words closing the clause before the count:
#: the pilot, its scope word, an adverb, the verb of extending (试点范围已扩大到).
EXTENDED_PILOT = re.compile(r"试点(?:的?范围)?(?:已经?|又|要|将)?(?:扩大|扩展|推广)(?:到|至)$")


def extended_pilot_subject(segment: str, counted: str, rules: Rules) -> str:
    """The subject of a count of the places a pilot is extended to, the pilot named in the same
    clause: pilot + the counted places (新型农村合作医疗试点扩大到671个县 -> 新型农村合作医疗
    试点县: the pilot counties); empty when the clause names no pilot (试点范围扩大到…).

    >>> from govreport.quantities.rules import load_rules
    >>> extended_pilot_subject("公立医院改革试点范围已扩大到", "县", load_rules())
    '公立医院改革试点县'
    >>> extended_pilot_subject("试点扩大到", "县", load_rules())
    ''
    """
    match = EXTENDED_PILOT.search(segment)
    if not match or not counted:
        return ""
    programme = named_programme(segment[: match.start()], rules)
    return programme + "试点" + counted if programme else ""


#: The verb between the two figures of a change 由A…为B (整合为, 压减到, 调整至).
CHANGE_TO = re.compile(r"[\u4e00-\u9fff]{1,4}[为到至]$")


def unit_fragment(following: str, unit_class: str) -> bool:
    """Whether the "noun" after a number is the rest of a measure word the unit reading left
    (2.9万场次 read as 万场 + 次, 48万份, 1.2万车次, 三千万担): a lone measure character after a
    bare magnitude, or the 次 of a compound measure word (场次, 车次), never a counted noun.

    >>> unit_fragment("次", "count"), unit_fragment("份", "magnitude"), unit_fragment("县", "count")
    (True, True, False)
    >>> unit_fragment("车次", "magnitude"), unit_fragment("农民", "magnitude")
    (True, False)
    """
    if following.endswith("次") and len(following) <= 2:
        return True
    return unit_class == "magnitude" and len(following) == 1


#: What may open a clause before its topic: time words and connectives (2025年，今年, 其中).
TOPIC_OPENING = re.compile(
    r"^(?:(?:(?:19|20)\d{2}年(?:底|末)?|今年|去年|全年|五年来|过去五年|其中|同时|此外)[，,]?)*"
)
#: The longest topic read, and the longest verb between it and the subject (characters).
TOPIC_MAX = 12
TOPIC_VERB_MAX = 4
#: A topic is one noun phrase: no number, no list, no 的 clause, no bracket or quote.
TOPIC_BREAK = re.compile(r"[\d、和及与的，,（(“”]")
#: A named programme or campaign opening a clause: a quoted name, with a few words around it
#: (“高效办成一件事”, 黄河“几字弯”攻坚战); a quote holds no further quote or clause mark.
#: A campaign head may follow the quote (:attr:`Rules.topic_named_heads`).
NAMED_TOPIC = re.compile(
    r"[\u4e00-\u9fff]{0,4}“(?![一二三四五六七八九十]+”)[^“”，,；;。：:]{2,12}”"
)
#: A quoted name inside a topic (its characters may be those of :data:`TOPIC_BREAK`).
QUOTED = re.compile(r"“[^“”]*”")


@remembered_per_rules
def clause_topic(clause: str, rules: Rules) -> tuple[str, int, bool]:
    """The entity a clause opens with (:attr:`Rules.topic_heads`, :attr:`Rules.topic_scopes`),
    its offset in the clause and whether it is a scope word; ``("", 0, False)`` when none.

    >>> from govreport.quantities.rules import load_rules
    >>> clause_topic("辽宁实验室实施自主科研项目", load_rules())
    ('辽宁实验室', 0, False)
    >>> clause_topic("今年中央财政安排", load_rules()), clause_topic("拟安排财政赤字", load_rules())
    (('中央财政', 2, False), ('', 0, False))

    A named programme or campaign (:data:`NAMED_TOPIC`) is an entity too; a quoted plan period
    (“十五五”) is a time, and a verb before a quote opens no topic:

    >>> clause_topic("黄河“几字弯”攻坚战完成治理", load_rules())
    ('黄河“几字弯”攻坚战', 0, False)
    >>> clause_topic("“十五五”时期中心城市新增人口", load_rules())
    ('', 0, False)
    >>> clause_topic("实施“三化”改造项目", load_rules())
    ('', 0, False)
    """
    at = TOPIC_OPENING.match(clause)
    offset = at.end() if at else 0
    body = clause[offset:]
    scope = next((w for w in rules.topic_scopes if body.startswith(w)), "")
    if scope:
        return scope, offset, True
    ends = [
        i + len(h)
        for h in rules.topic_heads
        if 0 <= (i := body.find(h)) and i + len(h) <= TOPIC_MAX
    ]
    topic = body[: min(ends)] if ends else ""
    named = NAMED_TOPIC.match(body)
    if named and len(named.group()) > len(topic) and (body[0] == "“" or opens_with_noun(body)):
        rest = body[named.end() :]
        topic = named.group() + next((h for h in rules.topic_named_heads if rest.startswith(h)), "")
    bare = QUOTED.sub("", topic)
    if len(topic) < 3 or TOPIC_BREAK.search(bare) or _strip_words(topic, rules) != topic:
        return "", 0, False  # (拟安排财政赤字, 力争国家级实验室: a verb or a hedge opens it)
    return topic, offset, False


#: Unit classes of a fund and of its changes and rates (a count of people placed, 安排就业, is no
#: fund allocated).
FUND_CLASSES = frozenset({"money", "percent", "ppt"})


def allocated_fund_subject(subject: str, rules: Rules) -> str:
    """``subject`` without the allocating verb between its payer and the fund
    (``clause_topics.allocation_verbs`` after any ``allocation_modals``): what is measured is
    the payer's fund, not the act of allocating it.

    >>> from govreport.quantities.rules import load_rules
    >>> allocated_fund_subject("中央财政拟投入社会保障资金", load_rules())
    '中央财政社会保障资金'
    >>> allocated_fund_subject("中央财政用于三农的投入", load_rules())
    '中央财政用于三农的投入'
    >>> allocated_fund_subject("中央财政安排", load_rules())
    '中央财政安排'
    """
    if not any(v in subject for v in rules.topic_allocation_verbs):
        return subject  # (one cheap test rejects nearly every subject)
    topic, offset, scope = clause_topic(subject, rules)
    if not topic or scope or offset:
        return subject
    rest = subject[len(topic) :]
    modal = next((m for m in rules.topic_allocation_modals if rest.startswith(m)), "")
    while modal:
        rest = rest[len(modal) :]
        modal = next((m for m in rules.topic_allocation_modals if rest.startswith(m)), "")
    verb = next((v for v in rules.topic_allocation_verbs if rest.startswith(v)), "")
    fund = rest[len(verb) :]
    if not verb or len(fund) < 2 or fund.startswith(("的", "了")):
        return subject
    return topic + fund


#: The fund named right after an allocated amount (安排27亿元国债资金), longest first.
ALLOCATED_FUND_NOUNS = ("国债资金", "专项资金", "资金")
#: A fund named by its own noun right after an allocated amount, closing its clause or joined to
#: the next (安排384亿元救灾款和740亿元恢复重建资金: heldout71 national 2009).
NAMED_FUND_AFTER = re.compile(
    r"([\u4e00-\u9fff]{1,8}?(?:款|资金|补助|补贴|经费|基金))(?=[，,；;。和及、]|$)"
)
#: The measure of an allocated amount that names no fund after it: 安排 allocates funds (资金),
#: 投入 puts in an input (投入).
ALLOCATION_MEASURES = {"安排": "资金", "投入": "投入", "拿出": "资金"}
#: A change of the same allocation standing between the amount and its purpose (安排832亿元，
#: 比上年增加167亿元，支持…): skipped, it names no purpose.
ALLOCATION_CHANGE = re.compile(r"[，,]?比上年(?:增加|增长)[^，,。；;]{1,12}")
#: The purpose of an allocated amount written after it (安排109亿元资金支持再就业, 安排51亿元，
#: 用于支持…, 投入100亿元，实施…计划): the purpose verb, then its object up to the clause's end
#: (no figure in it). 支持 stays in the name (支持再就业资金); 用于, 实施 and 推进 go.
ALLOCATION_PURPOSE = re.compile(
    # (a count of the things the purpose is done to goes: 投入2.04亿元，实施6308户农村危房改造: a
    # county's review of 2019, session 62)
    r"[，,]?(用于|支持|实施|推进)(?:\d+(?:\.\d+)?万?[户个项所处座条家套间])?"
    r"([^\d，,；;。！？!?：:\n]{2,30})(?=[，,；;。！？!?：:\n]|$)"
)
#: Purpose verbs that stay in the fund's name.
KEPT_PURPOSE_VERBS = ("支持",)
#: A programme launched in a clause before the allocation that closes the sentence (继续实施
#: 第二期…危房改造，中央财政将投入60亿元。): an opening adverb or modal, the verb, its object.
PROGRAMME_BEFORE = re.compile(
    r"(?:今年|明年)?(?:继续|要|将|还要)*(?:实施|启动)([^\d，,；;。：:\n]{2,30})$"
)
#: The words pointing back to the programme of an earlier clause (中央财政将为此投入).
FOR_THIS = "为此"


def allocation_purpose_subject(subject: str, text: str, end: int, rules: Rules) -> str:
    """The name of an amount whose subject is only its payer's allocating clause (中央财政安排,
    中央财政将投入): payer + the purpose written after the amount + the fund named after it
    (else 资金 after 安排, 投入 after 投入); ``subject`` when no purpose follows.

    >>> from govreport.quantities.rules import load_rules
    >>> t = "中央财政安排51亿元，用于支持地方加强公共卫生服务。"
    >>> allocation_purpose_subject("中央财政安排", t, 10, load_rules())
    '中央财政支持地方加强公共卫生服务资金'
    >>> t = "中央财政将投入80亿元，实施校舍改造计划。"
    >>> allocation_purpose_subject("中央财政将投入", t, 11, load_rules())
    '中央财政校舍改造计划投入'
    >>> allocation_purpose_subject("中央财政安排", "中央财政安排50亿元。", 10, load_rules())
    '中央财政安排'
    >>> t = "中央财政拿出396亿元用于转移支付。"
    >>> allocation_purpose_subject("中央财政拿出", t, 11, load_rules())
    '中央财政转移支付资金'
    >>> t = "中央财政安排384亿元救灾款和740亿元恢复重建资金。"
    >>> allocation_purpose_subject("中央财政安排", t, 11, load_rules())
    '中央财政救灾款'

    An allocation whose clause names no payer is named by its purpose alone (投入400万元推进
    清端园升级改造: a township's review, session 60; 推进 goes as 用于 does):

    >>> allocation_purpose_subject("投入", "投入400万元推进清端园升级改造。", 7, load_rules())
    '清端园升级改造投入'
    >>> allocation_purpose_subject("投入", "投入2.04亿元,实施6308户农村危房改造。", 8, load_rules())
    '农村危房改造投入'
    """
    verb = next((v for v in ALLOCATION_MEASURES if subject.endswith(v)), "")
    if not verb:
        return subject
    topic, offset, scope = clause_topic(subject, rules)
    if subject == verb:
        topic, offset, scope = "", 0, False  # (投入400万元推进清端园升级改造: no payer named)
    elif not topic or scope or offset:
        return subject
    rest = subject[len(topic) : -len(verb)]
    modal = next((m for m in rules.topic_allocation_modals if rest.startswith(m)), "")
    while modal:
        rest = rest[len(modal) :]
        modal = next((m for m in rules.topic_allocation_modals if rest.startswith(m)), "")
    for_this = rest == FOR_THIS
    if rest and not for_this:
        return subject  # (中央财政连续三年累计投入: words of its own between payer and verb)
    fund = next((n for n in ALLOCATED_FUND_NOUNS if text.startswith(n, end)), "")
    named = NAMED_FUND_AFTER.match(text, end)
    if named and not fund and not for_this:
        return topic + named.group(1)  # 中央财政安排384亿元救灾款: the fund it names
    at = end + len(fund)
    change = ALLOCATION_CHANGE.match(text, at)
    purpose = ALLOCATION_PURPOSE.match(text, change.end() if change else at)
    measure = fund or ALLOCATION_MEASURES[verb]
    if purpose is not None and not for_this:
        kept = purpose.group(1) if purpose.group(1) in KEPT_PURPOSE_VERBS else ""
        return topic + kept + purpose.group(2) + measure
    if text[at : at + 1] not in ("。", ""):
        return subject
    programme = programme_before(text, end, for_this)
    return topic + programme + measure if programme else subject


#: A payer's allocating words right before an amount (中央财政拟安排, 今年中央财政将安排): the payer,
#: its modals, the verb.
PAYER_ALLOCATING = re.compile(
    r"(?:今年|明年)?(?P<payer>中央财政|中央预算内投资|省级财政|省财政|市级财政|市财政)"
    r"(?:还|将|拟|要|再|也)*(?P<verb>安排|投入)$"
)
#: The clause before an allocation that names its purpose (为加快社会保障体系建设, 各级政府要进一步
#: 增加社会保障投入): what is built up or funded, without 体系 and the verb of building or funding.
PURPOSE_BEFORE = re.compile(
    r"(?:为了?(?:加快|推进|加强|完善|促进)?|增加)(?P<purpose>[^\d，,；;。：:\n]{2,10}?)(?:体系)?"
    r"(?:建设|投入)$"
)


#: How far before an allocated amount its allocating clause and the purpose before it are read.
PURPOSE_BEFORE_CHARS = 60


def allocation_purpose_before(subject: str, text: str, start: int) -> str:
    """The fund of an amount a payer allocates with no purpose after it, named by the clause right
    before (为加快社会保障体系建设，今年中央财政将安排2762亿元 -> 中央财政社会保障资金: heldout102
    national 2008, heldout117 2010): payer + purpose + 资金 (投入 after 投入); ``subject`` when the
    payer's allocating words do not close the words before the amount or no such clause precedes.

    >>> t = "各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元。"
    >>> allocation_purpose_before("中央财政", t, t.index("3185"))
    '中央财政社会保障资金'
    >>> t = "为加快社会保障体系建设，今年中央财政将安排2762亿元，比上年增加458亿元。"
    >>> allocation_purpose_before("中央财政将安排", t, t.index("2762"))
    '中央财政社会保障资金'
    >>> allocation_purpose_before("中央财政", "中央财政安排50亿元。", 6)
    '中央财政'
    """
    floor = max(0, start - PURPOSE_BEFORE_CHARS)  # (a bounded look back: linear in the text)
    cut = max(text.rfind(c, floor, start) for c in "，,")
    if cut < 0:
        return subject  # (no clause before the amount's own in reach)
    allocating = PAYER_ALLOCATING.search(text, cut + 1, start)
    if allocating is None or not subject.startswith(allocating.group("payer")):
        return subject
    before = max(text.rfind(c, floor, cut) for c in "，,；;。：:")
    purpose = PURPOSE_BEFORE.search(text, max(before + 1, floor), cut)
    if purpose is None:
        return subject
    measure = ALLOCATION_MEASURES[allocating.group("verb")]
    return allocating.group("payer") + purpose.group("purpose") + measure


def programme_before(text: str, end: int, far: bool) -> str:
    """The programme a clause before the one ending at ``end`` launches (:data:`PROGRAMME_BEFORE`):
    the clause right before, or with ``far`` (为此) the nearest such clause of the sentence; "".

    >>> programme_before("继续实施危房改造，中央财政将投入60亿元", 20, False)
    '危房改造'
    >>> programme_before("启动攻坚计划，到2007年普及义务教育，中央财政将为此投入9亿元", 31, True)
    '攻坚计划'
    """
    clauses = re.split(r"[，,]", text[:end])[:-1]
    for clause in reversed(clauses if far else clauses[-1:]):
        launched = PROGRAMME_BEFORE.match(clause)
        if launched is not None:
            return launched.group(1)
    return ""


#: The shortest object after a verb of creation opening a subject: a verb and a two-character
#: noun are often one noun (建设项目, construction projects: heldout18 1958, level).
CREATED_OBJECT_MIN = 3


def created_subject(q: Quantity, rules: Rules) -> bool:
    """True when a count's subject opens with a verb of creation
    (``created_subject_openers``) and names the things created, written after the count
    (建设60个…中心、120个…站点): a count of new units.

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> q = Quantity(read_number("60个", 0, load_rules()), None)  # type: ignore[arg-type]
    >>> q.subject, q.subject_end = "建设乡镇区域养老服务中心", 14
    >>> created_subject(q, load_rules())
    True
    >>> q.subject = "建设进展顺利的国家级区域医疗中心"
    >>> created_subject(q, load_rules())
    False
    >>> q.subject = "建设项目"
    >>> created_subject(q, load_rules())
    False
    """
    subject = q.subject
    if q.reading.unit_class != "count" or q.period_kind == "stock" or "的" in subject:
        return False
    if q.subject_end is None or q.subject_end <= q.reading.end:
        return False  # 打造红色研学精品线路8条: the count after its noun (the sets disagree)
    verb = next((v for v in rules.created_subject_openers if subject.startswith(v)), "")
    return (
        bool(verb)
        and len(subject) - len(verb) >= CREATED_OBJECT_MIN
        and not any(w in subject for w in rules.continued_words)
    )


#: A subject opening with a relative clause of starting or completing the counted things
#: (开始建设的限额以上的工业建设单位, 本年开始建设的…, 开工建设的…工程), a time before it at most.
STARTED_RELATIVE = re.compile(
    r"^(?:本年内?|今年内?|五年内)?(?:新开工|开工建设|开工|开始建设|开始兴建|兴建|建成|竣工)的.{2}"
)


def started_subject(q: Quantity) -> bool:
    """True when a count's subject opens with a relative clause of starting or completing the
    counted things (:data:`STARTED_RELATIVE`): a count of new units, as a verb of creation before
    the count makes it (CONVENTIONS: count_new; heldout12, 42, 71, 103, 115 write it so, one
    set against: heldout33's 开工的…二期项目). Not for a stock.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> q = Quantity(read_number("694个", 0, load_rules()), None)  # type: ignore[arg-type]
    >>> q.subject = "开始建设的限额以上的工业建设单位"
    >>> started_subject(q)
    True
    >>> q.subject = "开始建设"
    >>> started_subject(q)
    False
    """
    return (
        q.reading.unit_class == "count"
        and q.period_kind != "stock"
        and STARTED_RELATIVE.match(q.subject) is not None
    )


def headless_part(q: Quantity, whole: Quantity, text: str) -> bool:
    """True when ``q`` counts a part of the new units ``whole`` counted, named by a headless
    clause (…开始建设的694个工业建设单位，分布在内地的将有472个): the part is new units too."""
    head = whole.subject.split("的", 1)[-1]
    return (
        whole.kind == "count_new"
        and q.reading.unit_class == "count"
        and len(head) >= 2
        and q.subject.endswith("的" + head)
        and headless_de(text, q.reading.start) >= 0
    )


def _light_verb(verb: str, rules: Rules) -> bool:
    """A verb between a topic and its figure's noun that says nothing of what is counted."""
    return verb.startswith(rules.strip_verbs + rules.strip_leading) or verb in LINK_VERBS


def _last_boundary(text: str, low: int, high: int, st: _State) -> int:
    """The offset of the last clause boundary (:data:`BOUNDARY`) in ``text[low:high]``, else -1;
    the sentence's boundaries are listed once (``st.boundaries``) and found by bisection."""
    if st.boundaries is None:
        st.boundaries = boundary_offsets(text)
    at = bisect_left(st.boundaries, high) - 1
    return st.boundaries[at] if at >= 0 and st.boundaries[at] >= low else -1


#: Measure nouns that a figure follows inside a 的-modifier of the thing it measures
#: (总投资410亿元的…项目, 全长1.3万公里的…公路): :func:`attributive_measure_subject`.
ATTRIBUTIVE_MEASURE = re.compile(
    r"(总投资|投资|总额|全长|总长|总面积|总规模|总库容|总装机)"
    r"(?:为|达到?|约|近|超过?|逾)?\s?$"
)
#: What may stand between the figure and the 的 of its modifier: a hedge, and a second modifier
#: coordinated with 、 (投资近千亿元、全长1.3万公里的…).
ATTRIBUTIVE_TAIL = re.compile(
    r"(?:以上|左右|多)?(?:、[^，,。；;：:的\d]{1,8}[\d.]+[^，,。；;：:的]{0,6})?的"
)
#: A count of the modified things between the 的 and their noun (总投资2万亿元的389个省重点项目),
#: after the names of some of them closed by 等 (总投资86亿元的辽宁三木、渼瑞石油等12个重大产业项目).
ATTRIBUTIVE_COUNT = re.compile(r"(?:[^，,；;。：:！？\d]{1,40}?等\s?)?[0-9]+\s?[个家项所座条处批]")


def attributive_measure_subject(segment: str, text: str, end: int, rules: Rules) -> str:
    """The subject of a figure written inside a 的-modifier of a noun phrase, as measure noun +
    figure + 的 + noun (总投资410亿元的巨化硅氟新材料项目, 全长1.3万公里的旅游公路): an
    attributive quantity phrase, which measures the noun it modifies, so the subject is that
    noun + the measure (巨化硅氟新材料项目总投资), not the words before the figure.
    ``segment`` is the clause's text before the figure, ``end`` where the figure (and its unit)
    ends in ``text``; ``""`` when the figure is not so written. A count of the modified things
    after the 的 is a figure of its own and no part of the noun; the noun ends where its
    predicate begins (a head noun followed by a verb; a nominal verb, 项目建设, stays in it).

    >>> from govreport.quantities.rules import load_rules
    >>> t = "开工总投资120亿元的滨江化工新材料项目进展顺利"
    >>> attributive_measure_subject("开工总投资", t, t.index("的"), load_rules())
    '滨江化工新材料项目总投资'
    >>> t = "推进投资约80亿元、全长260公里的沿江高速公路全线贯通"
    >>> attributive_measure_subject("推进投资约", t, t.index("、"), load_rules())
    '沿江高速公路投资'
    >>> t = "抓好总投资3000亿元的120个市重点项目"
    >>> attributive_measure_subject("抓好总投资", t, t.index("的"), load_rules())
    '市重点项目总投资'
    >>> t = "总投资86亿元的辽宁三木、渼瑞石油等12个重大产业项目开工建设"
    >>> attributive_measure_subject("总投资", t, t.index("的"), load_rules())
    '重大产业项目总投资'
    >>> t = "完成固定资产投资500亿元的目标"
    >>> attributive_measure_subject("完成固定资产投资", t, t.index("的"), load_rules())
    ''
    >>> attributive_measure_subject("总投资", "总投资80亿元，建成", 7, load_rules())
    ''
    >>> t = "投资110亿元的炼油一期工程、投资88.8亿元的抽水蓄能电站"
    >>> attributive_measure_subject("投资", t, t.index("的"), load_rules())
    '炼油一期工程投资'
    """
    measure = ATTRIBUTIVE_MEASURE.search(segment)
    if measure is None:
        return ""
    before = segment[: measure.start(1)]
    lead = before.removesuffix("了")  # (实施了总投资1.6亿元的扶贫项目: the verb, perfective)
    if lead and lead[-1] not in "、，," and dictionary_words(lead)[-1][1] not in ("v", "t"):
        # 固定资产投资500亿元的目标: the measure's own modifier, another measure (not a verb
        # or a time before it: 目前总投资50亿元的…项目, a county's review of 2019, session 68)
        return ""
    tail = ATTRIBUTIVE_TAIL.match(text, end)
    if tail is None:
        return ""
    pos = tail.end()
    count = ATTRIBUTIVE_COUNT.match(text, pos)
    if count:
        pos = count.end()
    noun, _ = _following_noun(text, pos - 1 if not count else pos)
    item, _, next_measure = noun.rpartition("、")
    if item and next_measure in (measure.group(1), *rules.bare_measures):
        noun = (
            item  # 投资110亿元的A工程、投资88.8亿元的B电站: the next item's measure opens after 、
        )
    if not 2 <= len(noun) <= 30 or re.search(r"\d", noun) or noun in NOT_ATTRIBUTIVE_NOUNS:
        return ""
    heads = rules.counted_head_pattern
    if heads is not None:
        for match in heads.finditer(noun):
            rest = dictionary_words(noun[match.end() :]) if match.end() < len(noun) else []
            if rest and rest[0][1] == "v" and len(rest[0][0]) >= 2:
                noun = noun[: match.end()]  # 巨化…项目刷新…纪录: the predicate is no part of it
                break
    at = 0
    for word, _ in dictionary_words(noun):
        if at >= 2 and word.startswith(rules.predicate_adverbs + PREDICATE_MANNER):
            noun = noun[:at]  # …旅游公路全线贯通: an adverb of manner opens the predicate
            break
        at += len(word)
    return noun + measure.group(1)


#: Adverbs of manner that open a predicate after a noun phrase (全线贯通, 顺利投产, 加快建设).
PREDICATE_MANNER = ("全线", "顺利", "加快", "基本", "正式", "陆续", "强力")
#: Nouns after a figure's 的 that name no measured thing but the figure's role (目标, 任务).
NOT_ATTRIBUTIVE_NOUNS = frozenset({"目标", "任务", "水平", "规模", "标准", "幅度", "速度", "增长"})


def topic_subject(q: Quantity, text: str, seg_start: int, st: _State, rules: Rules) -> None:
    """Put the clause's topic (:func:`clause_topic`) before ``q.subject`` when the subject lacks
    it: the figures of 辽宁实验室实施自主科研项目88项、转化科研成果328项 are the laboratory's. The
    first figure of the clause sets the topic (a verb must follow a named entity; a scope word is
    followed by the subject itself); the figures after it in the clause take it when they name
    their own noun or carry the first figure's subject. A light verb between the topic and the
    noun goes (实施, 安排), another stays (沈阳浑南科技城落户87个项目 -> 沈阳浑南科技城落户项目).
    """
    r, subject = q.reading, q.subject
    if not subject or (r.unit_class == "money" and FUND_SET_UP.match(text, r.end)):
        return  # (安排500亿元设立…基金: the fund set up is named by itself, not by who set it up)
    window = max(0, r.start - CLAUSE_WINDOW)  # (bounded: linear time on text without 。)
    start = _last_boundary(text, window, r.start, st) + 1
    if start == 0 and window > 0:
        return  # a clause longer than the window opens with no topic read here
    topic, offset, scope = clause_topic(text[start : r.start], rules)
    if not topic:
        return
    topic_end = start + offset + len(topic)
    first = seg_start <= topic_end
    if topic in subject:
        if first and subject.startswith(topic) and subject != topic and not scope:
            st.topic = (start, subject, subject)  # 辽宁实验室集聚科研人员1110人、…
        return
    if scope and (
        subject.endswith(rules.topic_scope_dropped_before) or "分别" in text[start : r.start]
    ):
        return
    if first:
        at = text.find(subject, topic_end, r.end + FOLLOW_WINDOW)
        if at < 0:
            return
        between = text[topic_end : r.start if at > r.start else at].strip()
        if (
            len(between) > TOPIC_VERB_MAX
            or re.search(r"[^\u4e00-\u9fff]", between)
            or bool(between) == scope  # a scope word before its subject, an entity before a verb
        ):
            return
        verb = "" if not between or _light_verb(between, rules) else between
        q.subject = topic + verb + subject
        st.topic = (start, subject, q.subject)
    elif st.topic is not None and st.topic[0] == start and not QUOTED.search(topic):
        # (a quoted programme names the clause's first figure only: the book's gold keeps
        # “招强引优”项目30个、到位资金55亿元 -> 到位资金)
        if st.topic[1] == subject:
            q.subject = st.topic[2]  # 2906亿元，比上年增长16.6%: the same subject, carried
        elif not scope and text.find(subject, seg_start, r.end + FOLLOW_WINDOW) >= 0:
            own = text[seg_start : r.start].lstrip("、，, ")
            leveled = subject.startswith(LIST_LEVELS) and any(v in topic for v in LIST_LEVELS)
            if (own.startswith(subject) or own.startswith(rules.strip_verbs)) and not leveled:
                # 、实施自主科研项目88项 after 辽宁实验室集聚… (not 、省级绿色工厂2家 after 创建省级
                # 企业技术中心2个: an item of its own level)
                q.subject = topic + subject


#: A multiple of a base year's figure (等于1949年的二点五倍, 是2010年的2.2倍): kind other, the
#: subject the ratio of the figure to that year's (CONVENTIONS: X与YEAR之比; heldout14 1954).
#: The bases such a multiple is of: a year, a five-year plan's period or its end (是“十一五”的2.5倍,
#: 是“十五”末的4.6倍: county reports of 2011 and 2016), or years before (是十年前的3倍, heldout38).
MULTIPLE_BASE = (
    # (a year's end too: 分別是2013年末的1.66倍和1.97倍, a city's page of 2018, session 51)
    r"(?:19|20)\d{2}年(?:末|底)?|“?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五”?(?:末期?|期末|时期|期间)?"
    r"|(?:[两三四五六七八九十]|\d{1,2})年前"
    # (the years before the span reviewed: 固定资产投资累计完成4540亿元，是前五年的2.2倍, a
    # district's review of 2012-2016, session 46)
    r"|前(?:[两三四五六七八九十]|\d{1,2})年"
    # (the plan period before: 是上一个五年的3.6倍, a district's review of 2011-2016, session 51)
    r"|上一?个五年(?:规划)?(?:期间|时期)?"
    # (the time before a place was founded or opened up: 是开发前的22.1倍, 是新区开发前（2010年底）的
    # 9.7倍, a new area's news of 2017, session 50)
    r"|[\u4e00-\u9fff]{0,4}?(?:开发|建设|设立|成立|建区|建市|获批)(?:前|之初)(?:[（(][^（()）]{1,12}[)）])?"
)
#: (a stray space may follow the verb: 是 “十一五”的3.7倍, a city's report of 2016 as a page; 为 as
#: 是: 五年累计4.5万亿元、为“十三五”的1.5倍, a city's review of 2025, session 49)
BASE_YEAR_MULTIPLE = re.compile(rf"(?:等于|是|为|相当于) ?({MULTIPLE_BASE})的$")
#: The base of a multiple closing its subject (…与开发前之比).
RATIO_TAIL = re.compile(r"与[^与]+之比$")
#: How far before a multiple its base is looked for (characters: 是新区开发前（2010年底）的).
MULTIPLE_BASE_REACH = 24
#: The base year of multiples anywhere in a clause (分别是2007年的1.8倍、1.7倍: the later items').
BASE_YEAR_WRITTEN = re.compile(rf"(?:等于|是|为|相当于) ?({MULTIPLE_BASE})的")
#: Nothing but the comparison between the figure before and the multiple.
AFTER_FIGURE = re.compile(rf"[，,、]?(?:等于|是|为|相当于) ?(?:{MULTIPLE_BASE})的")


def base_multiple_subject(
    text: str, source: str, r: Reading, before: str, rules: Rules, bounds: Sequence[int]
) -> str:
    """The subject of a multiple of a base year's figure, or ``""`` if the figure is none: the
    figure compared is ``before`` (the figure right before, 电力108亿度，等于…), else the noun
    phrase of the clause before the verb; the year as the report writes it (``source``).

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> t = "1954年预算中经济建设的支出等于1950年的六倍半"
    >>> r = read_number(t, 23, load_rules())
    >>> base_multiple_subject(t, t.replace("1950", "一九五〇"), r, "", load_rules(), [])
    '预算中经济建设的支出与一九五〇年之比'
    >>> t = "财政支出13.4亿元，是“十五”末的4.6倍"
    >>> base_multiple_subject(t, t, read_number(t, 18, load_rules()), "财政支出", load_rules(), [])
    '财政支出与“十五”末之比'
    """
    if r.unit_class != "ratio":
        return ""
    m = BASE_YEAR_MULTIPLE.search(text, max(0, r.start - MULTIPLE_BASE_REACH), r.start)
    if m is None:
        return ""
    if not before:
        seg = _segment_start(text, m.start(), max(0, m.start() - SUBJECT_WINDOW), bounds)
        before = _subject_from_segment(text[seg : m.start()], rules, rank=False)[0]
    if not before:
        return ""
    return f"{before}与{source[m.start(1) : m.end(1)]}之比"


#: The most figures a list read respectively holds after its first: a list as long as the items
#: a clause can name, so that reading it from each of its figures stays bounded (a run of
#: thousands of 、-listed figures is read in linear time, session 68).
LISTED_MAX = 19
#: Figures coordinated with 和 or 、 closing their clause (实际增长8.4%和8%): read from the first.
COORDINATED_FIGURES = re.compile(
    rf"{NUM}(%|个百分点)?(?:[和、]{NUM}\1?){{1,{LISTED_MAX}}}(?=[，,。；;]|$)"
)


#: One figure in a clause, for counting them: digits with the magnitude written after them
#: (3000万吨: one figure, not 3000 and 万), or a Chinese numeral.
FIGURE = f"(?:{AR}[{CN_CHARS}]*|{CN})"


def figure_count(clause: str) -> int:
    """How many figures ``clause`` holds (:data:`FIGURE`), the years written with 年 left out.

    >>> figure_count("分别淘汰3000万吨和3500万吨"), figure_count("分别是2007年的1.8倍、1.7倍")
    (2, 2)

    The 百 of 百分点 and 百分之 is a unit's, not a figure:

    >>> figure_count("分别提高0.7、0.9和1.2个百分点"), figure_count("分别增长百分之五和百分之六")
    (3, 2)
    """
    clause = PERCENT_UNIT_WORDS.sub("", clause)
    return sum(not clause.startswith("年", m.end()) for m in re.finditer(FIGURE, clause))


#: The percent words whose 百 is no figure (个百分点, 百分之).
PERCENT_UNIT_WORDS = re.compile("百分点|百分之")


#: What may follow a class named by a threshold when the class is the topic of the counts after
#: it: a comma, or the 由/从 of a change of its number (…的县由上年的9个增加到13个).
CLASS_TOPIC_AFTER = ("，", ",", "由", "从")


#: A numeral opening what follows a threshold's 的 (过500万元的两个): a count, not a noun.
COUNT_OPENING = re.compile(r"[零〇一二两三四五六七八九十百千\d]")


def topic_class(text: str, r: Reading, start: int) -> str:
    """The class a threshold names with the noun after its 的, from ``start`` (its subject's)
    to the noun's end, when the class is the topic of the clause after it
    (:data:`CLASS_TOPIC_AFTER`: 地方财政收入超过20亿元的县，由上年的9个增加到13个); else "".

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "财政收入超过20亿元的县，由9个增加到13个"
    >>> topic_class(t, read_number(t, 6, load_rules()), 0)
    '财政收入超过20亿元的县'
    >>> t = "地区生产总值超百亿元的县由上年的3个增加到8个"
    >>> topic_class(t, read_number(t, 7, load_rules()), 0)
    '地区生产总值超百亿元的县'
    >>> t = "投资在五亿元以上的重大建设项目有93个"
    >>> topic_class(t, read_number(t, 3, load_rules()), 0)
    ''
    """
    noun, end = _following_noun(text, r.end)
    if COUNT_OPENING.match(noun):
        return ""  # (其中过500万元的两个: the count itself, no noun of a class)
    cut = min((i for i in (noun.find("由"), noun.find("从")) if i > 0), default=len(noun))
    end -= len(noun) - cut  # (县由上年的…: the noun ends before the change's 由)
    if cut < 1 or not text.startswith(CLASS_TOPIC_AFTER, end):
        return ""
    return text[start:end].lstrip("，,、；; ")


def single_figure_after(text: str, at: int) -> bool:
    """Whether the clause from ``at`` (a 分别) to its end holds one figure only.

    >>> single_figure_after("排放量分别下降2%，", 3), single_figure_after("分别下降2%和3%。", 0)
    (True, False)
    """
    clause = re.split(f"[{BOUNDARY}]", text[at : at + CLAUSE_WINDOW], maxsplit=1)[0]
    return figure_count(clause) == 1


#: Figures listed one after another, closing their clause (160个、100个、60个), each with its own
#: unit and hedge (煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上: a province's review, session 68).
LISTED_FIGURES = re.compile(
    r"\d+(?:\.\d+)?[^\d、，,。；;和及\s（(]{0,4}?(?:以上|左右|以内|多)?"
    r"(?:[、和]\d+(?:\.\d+)?[^\d、，,。；;和及\s（(]{0,4}?(?:以上|左右|以内|多)?)"
    rf"{{1,{LISTED_MAX}}}"
    r"(?=[，,。；;（(]|$)"
)
#: The words between a reading's start and its figure (达到3175.5亿元).
LINK_BEFORE_FIGURE = re.compile(r"[^\d，,。；;]{0,4}")
#: How far before a list of figures :func:`repeated_respectively` looks for its clause's opening.
LINKED_AGAIN_REACH = 12
#: A clause that only says the listed things came to new levels (…分别突破3000亿元、2000亿元，
#: 达到3175.5亿元、2069亿元; 分别由30.1吨和1162.4千瓦时，下降到22.5吨和912.4千瓦时): the same
#: things, in the same order (a province's and a city's reviews, session 68).
LINKED_AGAIN = re.compile(
    r"[，,；;]\s*(?:又|再|进一步)?(?:达到|达|下降到|下降至|降到|降至|降低到|降低至|提高到|提高至|提升到|"
    r"提升至|增加到|增加至|增长到|增长至|增至|减少到|减少至|减至|上升到|上升至|扩大到|扩大至)\s*"
)


def listed_respectively(text: str, start: int, segment: str, rules: Rules) -> list[str]:
    """The subjects of figures listed after a 、-list of as many items, without 分别 (新签约、新开工、
    新竣工亿元以上项目160个、100个、60个), the first one first; ``[]`` otherwise.

    >>> from govreport.quantities.rules import load_rules
    >>> text = "新签约、新开工、新竣工亿元以上项目160个、100个、60个。"
    >>> listed_respectively(text, 17, text[:17], load_rules())
    ['新签约亿元以上项目', '新开工亿元以上项目', '新竣工亿元以上项目']
    """
    figures = LISTED_FIGURES.match(text, start)
    if figures is None:
        return []
    # (the clause before the figures: a threshold read inside it, 亿元以上, cut the segment)
    floor = max(0, start - CLAUSE_WINDOW)
    cut = max(text.rfind(c, floor, start) for c in "，,。；;：:\n")
    clause = text[max(cut + 1, floor) : start]
    if "、" not in clause or "分别" in clause or re.search(r"\d(?!亿|万)", clause):
        return []
    subject = _subject_from_segment(clause, rules, rank=False)[0]
    if "、" not in subject:
        return []
    items = split_enumeration(subject)
    return items if len(items) == figure_count(figures.group()) >= 2 else []


def repeated_respectively(text: str, start: int, segment: str, st: _State) -> list[str]:
    """The subjects of figures listed after a clause that only links them to the figures of a
    list just before (:data:`LINKED_AGAIN`: 存、贷款余额分别突破3000亿元、2000亿元，达到3175.5亿元、
    2069亿元): the subjects of as many figures read last, when they are as many distinct ones;
    ``[]`` otherwise.
    """
    if st.previous is None:
        return []
    # (the figure's reading may hold the link verb as its hedge: 达到)
    lead = LINK_BEFORE_FIGURE.match(text, start)
    at = lead.end() if lead else start
    floor = max(0, at - LINKED_AGAIN_REACH)  # (a bounded look back: linear time)
    opened = max(text.rfind(c, floor, at) for c in "，,；;")
    if opened < 0 or not LINKED_AGAIN.fullmatch(text, opened, at):
        return []
    figures = LISTED_FIGURES.match(text, at)
    if figures is None:
        return []
    count = figure_count(figures.group())
    earlier = st.subjects[-count:]
    if count < 2 or len(earlier) != count or len(set(earlier)) != count or not all(earlier):
        return []
    return list(earlier)


def implied_respectively(
    text: str, start: int, segment: str, st: _State, r: Reading, rules: Rules
) -> list[str]:
    """The subjects of coordinated figures read respectively without 分别: after clauses that
    name two or more measured things each with a figure of its own, a clause whose predicate
    names no thing and closes with as many coordinated figures of another kind (城镇居民人均可支配
    收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%) gives them to those things in order,
    as 分别 would (the respective reading of coordination, implied by the count matching). Returns
    the subjects, the first one first, or ``[]``.
    """
    if "分别" in segment or st.previous is None or r.unit_class == st.previous.reading.unit_class:
        return []
    figures = COORDINATED_FIGURES.match(text, start)
    if figures is None or _subject_from_segment(segment, rules, rank=False)[0]:
        return []
    count = figure_count(figures.group())
    earlier = recent_subjects(st.subjects)
    return earlier[-count:] if len(earlier) >= count >= 2 else []


def recent_subjects(subjects: Sequence[str], window: int = 20) -> list[str]:
    """The distinct subjects among the last ``window`` read, each where it was read last, in the
    order read: the figures a list after them refers to are the latest.

    >>> recent_subjects(["收入", "纯收入", "收入与2007年之比", "收入", "纯收入"])
    ['收入与2007年之比', '收入', '纯收入']
    """
    return list(reversed(dict.fromkeys(x for x in reversed(subjects[-window:]) if x)))


#: Prepositions of the beneficiary or recipient before a count of people (为…, 向…, 给…).
BENEFICIARY_PREPOSITIONS = "为向给"


def served_amount_subject(text: str, start: int, st: _State, r: Reading) -> str:
    """The subject of an amount that closes the predicate of a count before it, in a clause
    with a beneficiary (为 + count + noun + verb + object + amount: 为5.01万名农民工追回欠薪6.83
    亿元): the amount measures the verb's object, not the people counted, so its subject is the
    clause without the count's numeral (为农民工追回欠薪), where the count's own subject was read
    as predicate + 的 + noun (追回欠薪的农民工); ``""`` otherwise (a rate, no beneficiary, or a
    count not so read).
    """
    previous = st.previous
    if previous is None or r.unit_class in RATE_CLASSES or r.unit_class == "count":
        return ""
    if previous.reading.unit_class != "count":
        return ""
    lead = text[previous.reading.start - 1 : previous.reading.start]
    between = text[previous.reading.end : start]
    if not lead or lead not in BENEFICIARY_PREPOSITIONS or not 4 <= len(between) <= 16:
        return ""
    if "的" not in previous.subject or re.search(r"[^\u4e00-\u9fff“”]", between):
        return ""
    predicate, _, noun = previous.subject.rpartition("的")
    if not noun or between != noun + predicate:
        return ""
    return lead + between


#: Words before a round magnitude that make it an amount of the noun after it, not a class
#: (上千万农村人口转移到城镇, 近千万知识青年上山下乡, 上百万赤脚医生: heldout10, 15, 81), as a
#: round magnitude alone defines one (百亿县区, see _is_threshold).
ROUND_AMOUNT_HEDGES = ("上", "近")


def counted_change_subject(
    text: str, start: int, st: _State, rules: Rules
) -> tuple[str, str] | None:
    """The subject of a rate written right after a count whose predicate is a change of
    something the counted things own (31个省份本级公务接待费减少26%, 15个重点事项审批时限压缩70%):
    the counted noun and what it owns (省份本级公务接待费, 重点事项审批时限), and the change
    word, which the rate's kind and sign are read from; the count keeps its own subject (本级公务
    接待费减少的省份, as the gold writes it: heldout national 2014, heldout qinghai 2026). ``None``
    when the figure before is no such count or words stand between.
    """
    previous = st.previous
    if previous is None or previous.reading.unit_class != "count" or "的" not in previous.subject:
        return None
    between = text[previous.reading.end : start]
    words = per_rules(
        rules,
        "change_endings",
        lambda r: tuple(sorted({*r.decrease_words, *r.growth_words}, key=len, reverse=True)),
    )  # (once per rules object, longest first: 减少, not 少)
    verb = next((w for w in words if between.endswith(w)), "")
    owned = between[: len(between) - len(verb)]
    if not verb or len(owned) < 4 or re.search(r"[^\u4e00-\u9fff“”]", owned):
        return None
    predicate, _, noun = previous.subject.rpartition("的")
    if not (predicate.endswith(verb) and predicate in between and noun and noun in owned):
        return None  # (the count's subject was not read from these words)
    return owned, verb


#: A list of written years, not a base (比2015年、2016年) nor a range's end (到2024年), and the part
#: of a year written after the last (2016年、2017年和2018年上半年).
YEARS_LISTED = (
    r"(?<![比较与同从由到至])(?P<years>(?:19|20)\d{2}年?(?:[、和及与](?:19|20)\d{2}年?)+)"
    r"(?P<part>上半年|下半年|前三季度|一季度|1[-—]\d{1,2}月)?"
)
#: Such a list closing the words before 分别 (…2023年、2024年分别…).
YEARS_LISTED_END = re.compile(YEARS_LISTED + "$")


def _assign_subject(
    q: Quantity, text: str, seg_start: int, start: int, st: _State, rules: Rules
) -> str:
    """Set ``q.subject`` (and where it starts); return the segment the kind is read from."""
    r = q.reading
    segment = text[seg_start:start]
    carry = st.previous.subject if st.previous is not None else ""
    if (
        st.previous is not None
        and st.previous.ranked
        and r.unit_class != "rank"
        and not re.search("[；;。]", text[st.previous_end : seg_start])
    ):
        carry = st.previous.ranked  # 稳居全国前十强、增长4.8%: the indicator, not its ranking
    carry = st.multiple_of or carry  # 原煤…，等于1949年的2.6倍；生铁…: the figure, not the ratio
    # 地区生产总值…提高到8600亿元，五年跨越两个千亿元台阶，年均增长8.5%: the figure, not its steps
    if st.step_of and not STEPS_CROSSED.match(text, r.end):  # (两个千亿元台阶: the step's size)
        carry = st.step_of
    if st.run_of is not None:
        carry = st.run_of
    st.list_item = False
    if st.owner is not None and st.owner[1] == seg_start:
        # 75家县级以上农业龙头企业年销售收入18.4亿元: the amount is the counted things' measure
        measure = _strip_words(segment.strip(), rules) or segment.strip()  # (实现营业收入)
        owner, st.owner = st.owner[0], None
        q.subject = owner + measure
        if "分别" in segment:
            # 两个开发区主营业务收入分别超过1500亿元和500亿元: the same measure of each of them
            figures = listed_figures(text, seg_start + segment.index("分别"))
            st.respectively = [q.subject] * (figures - 1)
            examples = counted_etc_items(text, seg_start, owner, st)
            if len(examples) == figures:
                # 集成电路、晶硅光伏、风电装备等3条重点产业链分别增长…: each example's own
                examples = [item + measure for item in examples]
                q.subject, st.respectively = examples[0], examples[1:]
            st.respectively_segment, st.respectively_head = segment, q.subject
        return segment
    st.owner = None
    changed = counted_change_subject(text, start, st, rules)
    if changed and r.unit_class in RATE_CLASSES:
        # 31个省份本级公务接待费减少26%: the rate is the change of what the counted things own
        q.subject, verb = changed
        return verb
    served = served_amount_subject(text, start, st, r)
    if served:
        q.subject = served  # 为5.01万名农民工追回欠薪6.83亿元: the amount recovered
        return segment
    in_turn = listed_respectively(text, start, segment, rules)
    if in_turn:
        # 新签约、新开工、新竣工亿元以上项目160个、100个、60个: as many items as figures after them,
        # each figure its item's, as 分别 would say (a district's summary of 2025, session 66)
        st.respectively, st.respectively_segment = in_turn, segment
        q.subject = st.respectively.pop(0)
        return segment
    implied = repeated_respectively(text, start, segment, st) or implied_respectively(
        text, start, segment, st, r, rules
    )
    if implied:
        # 城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%
        st.respectively, st.respectively_segment = implied, segment
        q.subject = st.respectively.pop(0)
        return segment
    respectively_at = segment.find("分别")
    years_head = (
        YEARS_LISTED_END.search(segment, 0, respectively_at) if respectively_at >= 0 else None
    )
    if years_head is not None:
        after = segment[respectively_at + 2 :]
        if _strip_words(after, rules):
            # 2023年、2024年分别新增市场主体1.2万户、1.5万户: a list of years (:func:`years_in_turn`),
            # the subject after 分别 is every figure's
            subject = _subject_from_segment(
                segment[: years_head.start()] + after, rules, rank=False
            )[0]
            figures = listed_figures(text, seg_start + respectively_at)
            st.respectively = [subject] * (figures - 1)
            st.respectively_segment, st.respectively_head = segment, subject
            q.subject = subject
            return segment
    if "分别" in segment:
        head = segment[: segment.index("分别")]
        compared = COMPARED_BY_HEAD.search(head)
        if compared and GAP_COMPARED_BY.search(segment):
            # 工业、服务业增加值增速比全国分别高1.2和0.5个百分点: the base is no item's
            head = head[: compared.start()]
        subject_text, _ = _subject_from_segment(head, rules, rank=False)
        if not subject_text and not _strip_words(head, rules) and seg_start:
            # 农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到…: the list is the
            # clause before, when this one holds only a time word, or opens with 分别 after a
            # clause that is a list (城镇居民…和农村居民…，分别增长…; not 按照不同的情况，分别…),
            # and the clause before holds no figure of its own
            floor = max(0, seg_start - 1 - CLAUSE_WINDOW)
            before_start = _segment_start(text, seg_start - 1, floor, st.boundaries)
            before = text[before_start : seg_start - 1]
            if not re.search(r"\d", before) and st.previous_end <= before_start:
                listed = _subject_from_segment(before, rules, rank=False)[0]
                if head.strip("，,、 ") or (
                    len(split_enumeration(listed)) >= 2 and opening_word(before.strip())[1] != "p"
                ):
                    subject_text = listed  # (not 按照企业、产品和任务的不同，分别…)
        subject_text += linked_measure_after(segment[segment.index("分别") + 2 :], rules)
        examples = [] if etc_items(head) else counted_etc_items(text, seg_start, head, st)
        examples = [item + subject_text for item in examples]  # (…等2个项目，分别完成投资…)
        st.respectively = etc_items(head) or examples or split_enumeration(subject_text)
        at = seg_start + segment.index("分别")
        figures = listed_figures(text, at)
        split = items_for_figures(st.respectively, figures)
        if len(split) != figures and "、" in subject_text and len(st.respectively) < figures:
            # 一产、二产和三产增加值分别提高…、…和…: A、B和C, as many items as figures
            joined = split_enumeration(subject_text, last_joined=True)
            split = joined if len(joined) == figures else split
        st.respectively = split
        if not subject_text and st.subjects and not examples:
            # 接待游客3000万人次、实现旅游收入300亿元，分别增长10%和12%: the subjects before
            at = seg_start + segment.index("分别")
            after = text[at : at + CLAUSE_WINDOW]
            after = re.split(f"[{BOUNDARY}]", after, maxsplit=1)[0]
            # (a year written there is no figure: 分别是2007年的1.8倍、1.7倍)
            count = figure_count(after)
            earlier = recent_subjects(st.subjects)
            st.respectively = earlier[-count:] if count >= 2 else []
        if len(st.respectively) >= 2 and single_figure_after(text, seg_start + len(head)):
            # 化学需氧量、氨氮排放量要分别下降2%: one figure for each of the list, one row whose
            # subject is the list (heldout78 national 2016, 2 rows)
            st.respectively = []
        share_of = RESPECTIVE_SHARE_OF.fullmatch(segment[segment.index("分别") + 2 :])
        if share_of and r.unit_class in SHARE_CLASSES and len(st.respectively) == figures:
            # A、B增加值分别占地区生产总值71.3%、22.2%: each part's share of the whole (session 55)
            st.respectively = [
                item if "占" in item else f"{item}占{share_of.group('whole')}比重"
                for item in st.respectively
            ]
        shares = shares_of_the_list_before(subject_text, st.subjects, figures)
        if shares:
            # …增加值分别占地区生产总值71.3%、22.2%，占全市比重分别达31.6%、37.3%: the same parts
            st.respectively = shares
        gaps = gap_base_items(segment, subject_text, carry, figures)
        if gaps:
            # 增速分别高于全国、全省0.9和1.0个百分点: one rate's gap to each base in turn
            st.respectively = gaps
        st.respectively_head, st.respectively_segment = subject_text, segment
        q.subject = st.respectively.pop(0) if st.respectively else subject_text
        q.subject_start = seg_start + max(segment.find(q.subject), 0)
        return segment
    if st.respectively and not _strip_words(segment, rules):
        q.subject = st.respectively.pop(0)
        st.list_item = True
        return st.respectively_segment
    if st.threshold_noun and segment == st.threshold_noun and st.previous is not None:
        # 500万元以上固定资产投资增长1.8%: the class named by its threshold, the noun stripped of
        # its verb as any subject is (not 500万元以上固定资产投资增长: a city's review of 2019)
        noun = _strip_words(segment, rules)
        noun = noun if noun and segment.startswith(noun) else segment
        q.subject = text[st.threshold_start : seg_start] + noun
        q.subject_start = seg_start
        return segment
    if st.threshold_class and r.unit_class == "count" and not _strip_words(segment, rules):
        # 地方财政收入超过20亿元的县，由上年的9个增加到13个: the counts are of the class
        q.subject = st.threshold_class
        return segment
    st.list_carry = ""
    if st.respectively_head and not st.respectively:
        carry, st.respectively_head = st.respectively_head, ""
        st.list_carry = carry  # (均居全市前三位 after a 分别 list: the list's ranking)
    st.respectively = []
    subject, sub_offset = (
        _subject_from_segment(
            without_approximation(segment, text, r.start),
            rules,
            # (a top-N list's rank too: 综合实力居全国城市50强 is the strength's, not 国城市's)
            rank=bool(r.rank_prefix) or r.unit == RANK_LIST_UNIT,
        )
        if segment
        else ("", 0)  # (what it reads of an empty segment: figures back to back, 1个2个…)
    )
    if subject.startswith(OBTAINING_VERB) and text.startswith(REACHING_LINKS, start):
        # 争取市级龙头企业达到30家 (a city's plan of 2007, session 55)
        subject, sub_offset = subject[len(OBTAINING_VERB) :], sub_offset + len(OBTAINING_VERB)
    noted = place_note_subject(text, r.end, r.unit)
    if noted:
        # 7县(市、区)脱贫摘帽: the places with their note, named by what the clause says of them
        q.subject, q.subject_start = noted, r.start
        return segment
    listed_gap = gap_list_subject(subject, carry)
    if listed_gap:
        # 高于全国1.0个百分点、全省1.9个百分点、全市0.1个百分点: each base's gap of the same rate
        q.subject, q.subject_start = listed_gap, seg_start + max(sub_offset, 0)
        return segment
    if subject and (adverbial_subject(subject, rules) or located_frame(segment, subject)):
        # 全国粮食总产量，在过去四年中共增加了…: an adverbial names nothing; the noun phrase of
        # the clause before, in the same sentence and holding no figure, is the topic
        before = topic_clause(text, seg_start, rules, st.boundaries)
        subject, sub_offset = "", -1
        if before:
            carry = before
    goal = GOAL_AFTER.match(text, r.end)
    if goal:
        # 提出8%左右的国内生产总值增长目标: the indicator is named after the figure
        q.subject, q.subject_start, q.subject_end = goal.group("name"), r.start, goal.end("name")
        return segment
    class_share = (
        class_share_after(text, r.end, segment, rules) if r.unit_class in SHARE_CLASSES else ""
    )
    if class_share:
        # 已有百分之七十六的县普及了小学教育: the things after the figure, named by their predicate
        q.subject, q.subject_start = class_share, None
        return segment
    moved = rank_move_subject(segment, carry) if r.unit_class == "rank" else ""
    if moved:
        q.subject, q.subject_start = moved, None
        return segment
    if (
        carry
        and st.previous is not None
        and CHANGE_TO.match(segment)
        and text.endswith("由", 0, st.previous.reading.start)
    ):
        # 由51家整合为33家: the verb of a change from one figure to the next, not a subject
        q.subject, q.subject_start = carry, None
        return segment
    share_lead = SHARE_LEAD.match(segment.lstrip("，,、 \u3000")) if subject and carry else None
    if share_lead:
        # 占全市比重18.8%: the share of the thing before, named by its part and whole; so is a
        # change in percentage points (占国际市场份额比2007年提高2个多百分点: the share moved);
        # an adverb before 占 leaves (其中国外借款收入三十一亿元，只占国家预算收入的2.3%:
        # heldout104 national 1957)
        share = r.unit_class in SHARE_CLASSES or r.unit_class == "ppt"
        share = share or subject.endswith(SHARE_NAMED)
        subject = subject.removeprefix(share_lead.group("total") or "")
        subject = subject.removeprefix(share_lead.group(2) or "")
        subject, sub_offset = carried_share(subject, carry) if share else carry, -1
    elif (
        subject in BARE_SHARE_WORDS
        and carry
        and r.unit_class in SHARE_CLASSES
        and not re.search(r"\d", carry)
        and not carry.endswith(SHARE_NAMED)
        and not opening_word(carry)[1].startswith("v")  # (改变前三年…: a clause, no thing)
    ):
        # 第三产业增加值年均增长8%，比重提高到48.5%: the share of the thing before (a city's
        # party congress report of 2021, session 57)
        subject, sub_offset = carry + subject, -1
    elif subject in GAP_RATIO_WORDS and (pair := urban_rural_pair(st.subjects)):
        # 城镇、农村居民人均可支配收入分别为7.3万元、4.7万元，倍差缩小至1.56: the ratio of the
        # pair before (county-level cities' reviews, session 63)
        subject, sub_offset = pair + subject, -1
    solved_item = (
        len(segment) <= 3
        and segment.strip() in ITEM_CONJUNCTIONS
        and st.previous is not None
        and st.previous.subject.startswith("解决")
    )  # (…的饮水困难和60万无电地区人口的用电问题: the verb governs the second count too)
    closing = segment.rstrip() if r.unit_class in ("magnitude", "count") else ""
    if closing.endswith(SOLVED_VERBS) or (solved_item and r.unit_class in ("magnitude", "count")):
        boundary = BOUNDARY_CHAR.search(text, r.end, min(len(text), r.end + FOLLOW_WINDOW))
        after = text[
            r.end : boundary.start() if boundary else min(len(text), r.end + FOLLOW_WINDOW)
        ]
        after = JOINED_FIGURE.split(after, maxsplit=1)[0]
        solved = solved_subject(
            "解决" if solved_item else closing, after, r.unit, rules.people_action_measure
        )
        if solved:
            # 解决了6398万农村人口的饮水困难: the people, named by the problem solved for them
            q.subject, q.subject_start, q.subject_end = solved, r.start, r.end + len(after)
            return segment
    following, follow_end = "", r.end
    fund = FUND_SET_UP.match(text, r.end) if r.unit_class == "money" else None
    round_value = r.unit_class == "magnitude" and set(r.value) <= set("十百千万亿")
    round_magnitude = round_value and not text.endswith(ROUND_AMOUNT_HEDGES, 0, r.start)
    if (r.unit_class in FOLLOWED_CLASSES or r.unit_class == "rank") and not round_magnitude:
        # (a round magnitude before a noun defines a class: 百亿县区, see _is_threshold)
        following, follow_end = _following_noun(text, r.end)
        if unit_fragment(following, r.unit_class) or segment.endswith("由"):
            # 2.9万场次, 48万份: the unit's rest; 由51家整合为33家: a change's start, no noun
            following, follow_end = "", r.end
        invested = following.endswith(INVESTED) and not text.endswith(CLASS_BOUNDS, 0, r.end)
        if r.unit_class == "money" and not following.endswith(MONEY_NOUNS) and not invested:
            # 500亿元设立基金: only funds follow an amount; 32亿元政策配套资金支持实体经济发展:
            # the funds, up to what they do (a city's review of 2021, session 56)
            cut = funds_end(following)
            following, follow_end = following[:cut], follow_end - len(following) + cut
        if fund:
            # 安排500亿元设立中央预算稳定调节基金: the fund the amount sets up (national 2007,
            # session 56)
            following, follow_end = fund.group(1), fund.end()
        if r.unit == RANK_LIST_UNIT and (member_end := RANK_MEMBER_END.search(following)):
            # 全国百强区地位持续巩固, 跻身…百强县(市)行列: the members' noun ends before the
            # standing they hold (a city's and a county's reviews of 2021 and 2009, session 53)
            following, follow_end = (
                following[: member_end.start()],
                follow_end - len(following) + member_end.start(),
            )
        if r.unit == RANK_LIST_UNIT and "、" in following:
            # 获评全国经济百强县、全国投资竞争力百强县、…: a list of the best names its members,
            # each item a title of its own (a county's report of 2024, session 51)
            cut = following.index("、")
            following, follow_end = following[:cut], follow_end - len(following) + cut
        borrows = not subject or verb_tail(subject) or BATCH_BEFORE_COUNT.search(subject)
        if not following and r.unit_class == "count" and borrows:
            # 推进首批12项及第二批14项重点改革: the first count shares the second's noun (the
            # noun is borrowed, the row's words end at its own figure)
            following = "" if "." in r.value else shared_count_noun(text, r.end, r.unit)
    issued = ""
    if following and r.unit_class == "money":  # (the verbs are looked for only where read)
        tail = segment.rstrip()
        issued = next((v for v in rules.object_verbs if tail.endswith(v)), "")
    if following and r.unit_class == "money" and issued:
        # 特别是发行6600亿元长期建设国债 -> 长期建设国债发行规模: the verb says which amount
        q.subject = following + rules.object_verbs[issued]
        q.subject_start, q.subject_end = r.start, follow_end
    elif following and (
        r.unit_class in ("count", "rank", "magnitude")
        or not subject
        or fund is not None  # (安排500亿元设立…基金: the fund, whoever set it up)
        or (
            r.unit_class in OBJECT_AFTER_VERB_CLASSES
            and start == r.start
            and (verb_tail(subject) or WHOLE_SCOPE.fullmatch(subject) and verb_tail(segment))
            and opens_with_noun(following)
        )
        or (
            # (a funds noun closing the words after an amount makes them a noun phrase however
            # they open: 引导基金)
            start == r.start
            and verb_fragment(subject)
            and (r.unit_class == "money" or opens_with_noun(following))
        )
    ):
        q.subject, q.subject_start, q.subject_end = following, r.start, follow_end
        if r.unit_class in OBJECT_AFTER_VERB_CLASSES and WHOLE_SCOPE.fullmatch(subject):
            q.subject = subject + following  # 全国增产一亿余斤食油: the whole's output
        bare = segment.strip(" ，,、；;")
        if round_value:
            bare = bare.removesuffix("上")  # 每年有上千万…: 上 is the amount's, not the clause's
        reached = reach_subject(bare, following, rules) if r.unit_class == "magnitude" else ""
        if r.unit_class == "count":
            reached = extended_pilot_subject(bare, following, rules)
        added = r.unit_class == "count" and not text.startswith("的", r.end)
        done = done_verb_before(bare, rules, added)
        named = "" if done else examples_verb(bare, rules, added)
        whole = within_whole_modifier(bare, text, follow_end)
        if not whole and r.unit_class == "count":
            whole = relative_before_count(bare, following, text[follow_end : follow_end + 1])
        if whole:
            # 在本年的46种主要工业产品中: the words before the figure say which whole it is
            q.subject = whole + following
            q.subject_start = seg_start + max(segment.find(whole), 0)
        elif reached:
            # 高龄津贴惠及130万老年人: the programme reaching them names which ones
            q.subject, q.subject_start = reached, seg_start + max(segment.find(bare), 0)
        elif named and not following.startswith(named) and len(following) >= 2:
            # 新开工郁江新里等8个更新项目: the names between the verb and the count are examples
            q.subject = named + following
            q.subject_start = seg_start + max(segment.find(bare), 0)
        elif done and not following.startswith(done) and len(following.strip("“”\"' ")) >= 2:
            # 建成19个国家级…基地: the verb that says what happened to the counted things stays
            # before them (CONVENTIONS.md, round 15), written before the count or after it
            q.subject = done + following
            closed = perfective_verb(segment.rstrip(" ，,、；;"))
            q.subject_start = seg_start + len(closed) - len(done)
        elif r.unit == RANK_LIST_UNIT and start == r.start and (listed := rank_list_name(subject)):
            # 获评全国经济百强县、全国投资竞争力百强县: the list's name before the rank, without
            # the verb of honours, and its members' noun after it (a county's report of 2024)
            q.subject = listed + following
            q.subject_start = seg_start + sub_offset
        elif (
            subject
            and (len(subject) <= 4 or MODIFIER.fullmatch(subject) or long_modifier(subject))
            # (要用好300亿元基金: a bare predicate modifies no amount's noun; a count keeps the
            # verb that says what happened to the counted things, CONVENTIONS.md round 15)
            and (r.unit_class in ("count", "magnitude", "rank") or not verb_fragment(subject))
            and start == r.start
            and bare.endswith(subject)
            and (
                len(bare) - len(leading_preposition(bare, rules)) - _lead_length(bare)
                > len(subject)
            )
        ):
            # 实施稳经济30项举措: a short modifier between the verb and the count belongs to the
            # counted noun (not a lone verb: 启动14个项目; not after a mere preposition: 在乡镇企业
            # 安排300万人就业 names the people by what they did)
            q.subject, q.subject_start = subject + following, seg_start + sub_offset
        elif r.unit_class in ("count", "magnitude"):
            # 196个“两重”项目全部开工: the predicate closing the clause says which ones
            limit = min(len(text), follow_end + PREDICATE_WINDOW + 1)
            boundary = BOUNDARY_CHAR.search(text, follow_end, limit)
            close = boundary.start() if boundary else limit
            at_end = close >= len(text) or text[close] in BOUNDARY
            next_item = NEXT_COUNTED_ITEM.search(text, follow_end, close)
            if next_item:
                # 8个贫困县全部摘帽、871个贫困村全部出列: the next count of a 、-list closes the
                # predicate (a city's five-year review of 2021, session 70)
                close, at_end = next_item.start(), True
            after = text[follow_end:close] if at_end else "x" * (PREDICATE_WINDOW + 1)
            if re.match(RANKING_ITEM, after):
                after = ""  # 9个…中心开诊运营、居全国第2位: the ranking is a clause of its own
            lead = lead_verb(bare, rules)  # 免除300万名寄宿学生住宿费: it opens the predicate
            # 组建600个城乡学校共同体: after another verb the words after the head are its object's
            free = (
                not bare
                or bare.endswith(rules.predicate_free_before)
                or bare.startswith(rules.predicate_free_openers)
                or bool(lead)
                or bool(NAME_LIST.fullmatch(bare))
            )
            # 镇原4县高速项目全部开工: the places themselves are counted
            placed = place_count_subject(r.unit, following, after)
            owner = "" if placed else owned_measure_owner(following, after, rules)
            if owner:
                st.owner = (owner, follow_end - len(following) + len(owner))
            predicated, took = (
                (placed, len(after))
                if placed
                else (owner, len(owner) - len(following))
                if owner
                else predicate_subject(following, after, rules, lead, free)
            )
            if predicated != following:
                q.subject, q.subject_end = predicated, follow_end + took
                # 全国832个贫困县全部摘帽 -> 全国摘帽的贫困县: the scope stays, placed first
                # (CONVENTIONS.md: a scope word before a predicate + 的 + noun subject)
                q.subject = scope_before_count(bare) + q.subject
                scope = BENEFICIARY_SCOPE.fullmatch(bare)
                if scope and "的" in q.subject:
                    # 为中西部地区…阶段2400多万贫困家庭学生免费提供教科书: the scope between the
                    # preposition and the count names which ones, after the predicate's 的
                    predicate, _, noun = q.subject.rpartition("的")
                    q.subject = f"{predicate}的{scope.group('scope')}{noun}"
        if whole_scope_before(bare) and q.subject == following:
            # 全国一亿二千万农户: the whole opens the counted noun phrase (before a predicate made
            # a relative clause it opens that subject instead: 全市脱贫摘帽的贫困县, above)
            q.subject = bare + q.subject
            q.subject_start = seg_start + max(segment.find(bare), 0)
        batch = BATCH_BEFORE_COUNT.search(bare)
        if batch and q.subject.endswith(following) and batch.group() not in q.subject:
            # 设立首批5个国家公园 -> 首批国家公园: the batch says which ones are counted
            q.subject = q.subject[: len(q.subject) - len(following)] + batch.group() + following
        q.subject = with_age_bound(q.subject, following, text, r.end)
    elif subject:
        # 原煤 after 钢产量: 原煤产量 (not a class's measure: 年产…的工厂，…新建铁路三千公里)
        classed = st.previous is not None and st.previous.kind == "other"
        q.subject = carry_measure(subject, "" if classed else carry, rules)
        q.subject_start = seg_start + sub_offset if sub_offset >= 0 else None
        if (
            carry != subject
            and carry.endswith(subject)
            and not re.search(r"\d", carry)
            # (not half of a paired word: 进出口总额…，出口总额… names the exports)
            and not (carry[-len(subject) - 1 : -len(subject)] + subject).startswith(
                tuple(PAIRED_COMPOUNDS)
            )
            # (not a change of the measure: 在政策性减税减少一般公共预算收入1.3亿元的情况下，完成
            # 一般公共预算收入19.09亿元, a county's review of 2019, session 55)
            and not closing_word(carry[: -len(subject)])[0].endswith(CHANGE_VERB_ENDS)
        ):
            # 中央财政赤字2450亿元，比去年预算赤字减少500亿元: the short form names the same
            q.subject = carry
        items = items_for_figures(split_enumeration(subject), st.chain) if st.chain >= 2 else []
        if len(items) == st.chain and sub_offset >= 0:
            # (金融机构年末存、贷款余额达到108.4亿元、79.2亿元: the paired word split over the two
            # figures, as after 分别; a county's review of 2019, session 49)
            # 城镇和农村人均住房面积32.9平方米、37.1平方米: one subject per number of the chain
            q.subject, st.respectively = items[0], items[1:]
            # (the list stays for a second chain of as many figures that names nothing: 城镇和农村
            # 居民人均可支配收入从…23121元、6945元增加到34274元、11238元, a city's review of 2020)
            st.respectively_segment, st.respectively_head = segment, subject
    elif carry and st.chain >= 2 and len(items := split_enumeration(carry)) == st.chain:
        # 支出分别为774亿元、536亿元…，比上年增长29.2%、39.4%…: a second list of as many
        # numbers, with no subject of its own, is distributed over the same items
        q.subject, st.respectively = items[0], items[1:]
        st.respectively_segment, st.respectively_head = segment, ""
    elif carry and _stage_only(segment, rules) and _action_stage(carry, rules):
        # 棚户区改造开工2.3万套，基本建成1.8万套: the action before, at this clause's stage
        stage = _action_stage(carry, rules)
        q.subject = carry[: -len(stage)] + _stage_only(segment, rules)
    elif carry and _stage_clause(segment, rules) and _opening_stage(carry, rules):
        # 新开工保障性安居工程740万套，基本建成511万套: the things before, at this clause's stage
        # written before them as the carried subject writes its own
        stage = _opening_stage(carry, rules)
        q.subject = segment.strip(" ，,、；;") + carry[len(stage) :]
    elif carry and segment.strip(" ，,、；;") in rules.object_verbs:
        # 规上工业企业达到1268家，净增156家: the things before, measured by the verb (净增)
        verb = segment.strip(" ，,、；;")
        q.subject = counted_entity(carry, rules) + rules.object_verbs[verb]
    elif carry and (fresh := fresh_topic(text, seg_start, rules, st.boundaries)):
        # 第一是A的比重，已由…；第二是B的比重，已由…: the new topic, not the one carried
        q.subject = fresh
    elif (
        carry
        and r.unit_class == "count"
        and st.previous is not None
        and st.previous.reading.unit == r.unit
        and (elided := ELIDED_COUNT_PREDICATE.match(text, r.end))
    ):
        # 6个有机更新项目竣工验收并投入使用，4个即将竣工验收: the things of the count before, at
        # this clause's stage (a sub-district's review of 2022, session 57)
        q.subject = f"{elided.group()}的{carry.rpartition('的')[2]}"
    elif carry and (based := basis_clause_subject(text[st.previous_end : seg_start], rules)):
        # 社会消费品零售总额增长1.4%，地方一般公共预算收入扣除留抵退税，同口径增长9.9%: the clause
        # before names the measure and the factor taken out of it (a county's review of 2022,
        # session 66), not the figure before
        q.subject = based
    elif carry and not own_duration(segment, carry, r.unit_class):
        bare = segment.strip(" ，,、；;")
        # (not a range's or a list's joining word: 七千二百亿斤到七千五百亿斤)
        one = len(bare) == 1 and "\u4e00" <= bare <= "\u9fff" and bare not in "到至和或及与"
        # 纸520万吨 after 棉纱产量: a one-character product of the list takes the measure
        q.subject = carry_measure(bare, carry, rules) if one else carry
        if q.subject == bare:
            q.subject = carry
        if PER_HEAD_LEAD.fullmatch(bare) and "人均" not in carry and r.unit_class == "money":
            q.subject = per_head_subject(carry)  # 地方生产总值…，人均达到5.62万元: per head
        part = SHARE_CARRIED.match(q.subject)
        if (
            part
            and (CHANGE_CLAUSE.search(bare) or GROWTH_CLAUSE.fullmatch(bare))
            and r.unit_class != "ppt"
        ):
            # 各项税收…占本年预算收入的47.02%，比1955年决算数增长9.84%: the change is the part's;
            # 较2022年同期增长4个百分点: points are the share's own change
            q.subject = part.group(1)
    elif seg_start > 0 and r.unit_class != "time" and not text[seg_start - 1].isalnum():
        # nothing in this clause: the noun phrase of the clause before (a note closing it aside);
        # not when the segment opens after a figure (实施两年新增4万亿元: 两年 closes no clause)
        # (bounded: a sentence of thousands of figures without a comma is read in linear time)
        floor = max(0, seg_start - 1 - SUBJECT_WINDOW)
        begin = _segment_start(text, seg_start - 1, floor, st.boundaries)
        before = SUBJECT_NOTE.sub("", text[begin : seg_start - 1])
        # (工业增速稳步回升，全年增长6%: the clause's topic, without its predicate)
        q.subject = predicate_out(_subject_from_segment(before, rules, rank=False)[0])
        if FIGURE_CLAUSE_BEFORE.search(q.subject) or COUNT_ALONE.fullmatch(q.subject):
            # (分别增长9.4%和10.1%: the clause before is a figure's, it names nothing; nor does a
            # count alone, 其中3个已开工，2个正在建设)
            q.subject = ""
        indicator = INDICATOR_COPULA.fullmatch(q.subject)
        if indicator:
            # 经济增速是综合性指标，今年预期目标设定为6%以上: the indicator the clause classes
            q.subject = indicator.group("indicator")
        if PREMISE_ADVERBIAL.fullmatch(before) and begin > 0 and text[begin - 1] in "，,":
            # 推进保障性安居工程建设，在确保质量的前提下，基本建成500万套: the premise names
            # nothing; the clause before it does
            topic = topic_clause(text, begin, rules, st.boundaries)
            stage = _stage_only(segment, rules)
            if stage and topic.endswith(ACTION_NOUN):
                # …建设，…，基本建成500万套: the things of the action, at this clause's stage
                topic = segment.strip(" ，,、；;") + topic.removesuffix(ACTION_NOUN)
            q.subject = topic or q.subject
    return segment


#: A population's rates of growth: shares of the population, however written (人口自然增长率).
POPULATION_RATES = ("自然增长率", "人口增长率")


#: A growth target named by its growth word alone (增长预期目标, 增长目标, 增长的预期): the
#: economy's growth, as gold writes it (经济增长; heldout124 national 2013).
GROWTH_TARGET_ONLY = re.compile(r"增长的?(?:预期目标|预期|宏观调控目标|调控目标|目标)")


#: A clause naming only "per head" and its verb (地方生产总值25.23亿元，…，人均达到5.62万元): the
#: amount is the carried indicator per head.
PER_HEAD_LEAD = re.compile(r"人均(?:达到|达|为|实现|超过|突破|约)?")
#: The indicators an amount per head is written of, 人均 going right before them (全市人均地区生产
#: 总值, 江苏全省人均GDP).
PER_HEAD_INDICATOR = re.compile(r"(?:地区|国内|地方)?生产总值|GDP|国民收入|财政收入|经济总量")


def per_head_subject(subject: str) -> str:
    """The indicator ``subject`` per head: 人均 before the indicator, after what says whose.

    >>> per_head_subject("地方生产总值"), per_head_subject("全市地区生产总值")
    ('人均地方生产总值', '全市人均地区生产总值')
    >>> per_head_subject("江苏全省GDP"), per_head_subject("工业增加值")
    ('江苏全省人均GDP', '人均工业增加值')
    """
    core = PER_HEAD_INDICATOR.search(subject)
    at = core.start() if core else 0
    return subject[:at] + "人均" + subject[at:]


#: An output an entity completed (规上工业完成产值8447.8亿元, 服务业完成增加值157.2亿元: city and
#: district reviews, session 48): 完成 links the entity to its measure as 实现 does (完成投资, a
#: measure of its own, is not one of these).
COMPLETED_OUTPUT = re.compile(r"(?<=..)完成(?P<measure>(?:总)?产值|增加值|营业收入|营收|利润)$")


#: Nouns a change verb opens (实现增加值681亿元: the value added, a level; a city's review, session 48).
CHANGE_VERB_NOUNS = ("增加值",)
#: 新增 opening a noun (新增产能, 新增贷款): the things added, whose 增 is no growth word.
NEW_BEFORE_NOUN = re.compile(r"新增(?=[\u4e00-\u9fff]{2})")


def listed_rate(subject: str, rules: Rules) -> bool:
    """Whether ``subject`` names a rate that is a share (城镇调查失业率, 城镇化率), with no growth
    word of its own (not 增长率, 增速): an item of a 分别 list whose growth word is another item's.

    >>> from govreport.quantities.rules import load_rules
    >>> listed_rate("城镇调查失业率", load_rules()), listed_rate("工业增长率", load_rules())
    (True, False)
    """
    return (
        subject.endswith("率")
        and len(subject) >= 3
        and not any(w in subject for w in rules.growth_words)
    )


def masked_nouns(text: str, nouns: Iterable[str]) -> str:
    """``text`` with each of ``nouns`` blanked out character for character (offsets kept), so that
    the words inside them are not read.

    >>> masked_nouns("工业增加值是2005年的", ("增加值",))
    '工业＿＿＿是2005年的'
    """
    for noun in nouns:
        text = text.replace(noun, "＿" * len(noun))
    return text


#: The steps a figure crosses (跨越两个千亿元台阶, 关口): rows of their own, whose subject the next
#: figure of the clause chain does not carry.
STEPS_NOUNS = ("台阶", "关口")


#: Bullets of a list: after the last one inside a subject (a digest's items run into one line:
#: …高于经济增速●粮食总产达603.6亿斤, a province's 2023 digest, session 48) the item is the
#: subject's.
BULLETS = "■□●◆◇▲△★☆•▪►▶※◎"


#: A clause classing an indicator (经济增速是综合性指标, …是约束性指标): the clause after it that
#: names nothing sets the indicator's figure.
INDICATOR_COPULA = re.compile(r"(?P<indicator>[^，,；;。]{2,}?)是[^，,；;。是]{0,8}指标")


#: Conjunctions and prepositions opening a subordinate clause (cause, condition, means, time).
CLAUSE_CONJUNCTIONS = (
    "由于",
    "由於",
    "因为",
    "因為",
    "如果",
    "只要",
    "随着",
    "隨着",
    "经过",
    "經過",
    "通过",
    "通過",
    "为了",
    "爲了",
    "为",
    "爲",
    "在",
    "当",
    "當",
    "虽然",
    "雖然",
    "尽管",
    "儘管",
    "除",
)
#: An ordinal list marker opening a clause (第二是, 二是, 其二): it counts the points of a list,
#: it is no figure.
LIST_ORDINAL = re.compile(
    r"^(?:第[一二三四五六七八九十]{1,3}(?:是|，|,|、)?|[一二三四五六七八九十]是|其[一二三四五六七八九十])"
)


#: The words closing a topic clause that names a share (…所占的比重，将由…), and the opening of a
#: move from one level to another after it (将由, 则由, 已从).
SHARE_TOPIC_WORDS = ("比重", "比例")
MOVE_OPEN = re.compile(r"(?:将|则|已|已经)?(?:由|从)")
#: Connectives that may stand alone as a clause before a sentence's topic (因此，…的比重，将由…).
CONNECTIVES = ("因此", "所以", "同时", "此外", "另外", "然而", "其次", "首先", "总之")


def fresh_topic(
    text: str, seg_start: int, rules: Rules, bounds: Sequence[int] | None = None
) -> str:
    """The noun phrase of a clause that opens its sentence (or the part after ； or ：) and ends
    at the comma before ``seg_start``, holding no figure: a new topic, which a clause with no
    subject of its own (已由…上升到…) predicates on, rather than on the subject carried from
    the sentence before (a left-dislocated topic: 第二是X的比重，已由…). An ordinal list marker
    opening it is no figure. ``""`` when there is none.

    >>> from govreport.quantities.rules import load_rules
    >>> t = "第一是A，已由百分之十上升到百分之二十；第二是国营工业的比重，已由百分之三十"
    >>> fresh_topic(t, t.index("已由百分之三十"), load_rules())
    '国营工业的比重'
    >>> t = "粮食产量六千亿斤，比上年增长百分之五"
    >>> fresh_topic(t, t.index("比上年"), load_rules())
    ''
    """
    if seg_start <= 0 or text[seg_start - 1] not in "，,":
        return ""
    floor = max(0, seg_start - 1 - SUBJECT_WINDOW)
    begin = _segment_start(text, seg_start - 1, floor, bounds)
    if begin == floor and floor > 0:
        return ""
    if begin > 0 and text[begin - 1] in "，,":
        # 因此，生产资料的产值…所占的比重，将由…: a connective alone before the topic
        # (which connective, looked for only when one is there: most clauses end on none)
        word = (
            next(w for w in CONNECTIVES if text.endswith(w, 0, begin - 1))
            if text.endswith(CONNECTIVES, 0, begin - 1)
            else ""
        )
        lead = begin - 1 - len(word)
        # (or a share named after a figure's clause, before its move: …增长百分之七十九点七，消费
        # 资料的产值所占的比重，将由…到…)
        share_move = (
            MOVE_OPEN.match(text, seg_start)
            and text.endswith(SHARE_TOPIC_WORDS, begin, seg_start - 1)
            and re.search(NUM, text[max(floor, begin - 12) : begin - 1])
        )
        if not share_move and (not word or (lead > 0 and text[lead - 1] not in "；;：:。！？，,")):
            return ""
    elif begin > 0 and text[begin - 1] not in "；;：:。！？":
        return ""
    before = LIST_ORDINAL.sub("", text[begin : seg_start - 1])
    if not before or holds_figure(before, rules) or before.startswith(CLAUSE_CONJUNCTIONS):
        return ""  # (由於歷年修復了不少鐵路，今年預計將達…: a clause of cause names no topic)
    # (财政一般预算持续增收，达到1.2亿元: the topic without its predicate)
    return predicate_out(_subject_from_segment(before, rules, rank=False)[0])


def topic_clause(
    text: str, seg_start: int, rules: Rules, bounds: Sequence[int] | None = None
) -> str:
    """The noun phrase of the clause ending at ``seg_start`` (after a comma), when it is in the
    same sentence and holds no figure; ``""`` otherwise (``bounds``: :func:`boundary_offsets`,
    a note in parentheses closing the clause aside)."""
    if seg_start <= 0 or text[seg_start - 1] not in "，,":
        return ""
    floor = max(0, seg_start - 1 - SUBJECT_WINDOW)
    before = text[_segment_start(text, seg_start - 1, floor, bounds) : seg_start - 1]
    before = SUBJECT_NOTE.sub("", before) if bounds is not None else before
    if holds_figure(before, rules):
        return ""
    return predicate_out(_subject_from_segment(before, rules, rank=False)[0])


def holds_figure(clause: str, rules: Rules) -> bool:
    """Whether ``clause`` holds a figure: Arabic digits, or a Chinese numeral read as a number
    with its unit (the 一 of 一般 or 进一步 is none).

    >>> from govreport.quantities.rules import load_rules
    >>> [holds_figure(c, load_rules()) for c in ("财政一般预算收入实现翻倍增长", "三个项目", "2万人")]
    [False, True, True]
    """
    if re.search(AR, clause):
        return True
    return any(read_number(clause, run.start, rules) for run in numeral_runs(clause))


#: Word classes that open a clause's predicate after its topic (稳步, 逐, 持续, 平稳): an adverb,
#: an adverbial verb or an adjective.
PREDICATE_OPENERS = ("d", "vd", "a", "ad")
#: Verbs of going on that open a predicate as an adverb does (地区生产总值继续全市领跑, …保持较快增长:
#: a district's review of 2021, session 49).
OPENER_VERBS = frozenset({"继续", "保持", "始终", "仍然", "依然"})
#: The longest predicate :func:`predicate_out` takes off (稳步回升, 逐季攀升, 显著加快).
PREDICATE_MAX = 6
#: Last characters of a measure's noun that jieba may tag a verb (收入, 投资): a clause closing on
#: one closes on no predicate (:data:`MEASURE_END_CHARS` without 力 and 重, which close verbs:
#: 持续发力, 日益加重).
MEASURE_CLOSING_CHARS = MEASURE_END_CHARS.replace("力", "").replace("重", "")
#: Verbs that open a predicate before its adverb (有了很大的发展, 是…): no topic ends with them.
TOPIC_NOT_CLOSED = frozenset({"有", "有了", "是", "得", "了", "更", "都", "也"})


#: A clause's predicate of staying in a range (增速保持在合理区间, 经济运行处在合理区间内), with the
#: rate or the running it is said of: the topic before it is what the figure after measures.
IN_RANGE_PREDICATE = re.compile(
    r"(?:增速|增长|运行)?(?:继续|总体|始终|基本)?(?:保持|稳定|运行|处|维持)在?"
    r"(?:合理|预期|目标)(?:区间|范围)(?:内|之内)?$"
)


def predicate_out(clause: str) -> str:
    """The topic of a clause without the short predicate closing it (工业增速稳步回升 -> 工业增速,
    全区经济平稳运行 -> 全区经济, 消费市场持续回暖 -> 消费市场): an adverb or adjective, at most one
    more short word, and a verb ending the clause, :data:`PREDICATE_MAX` characters in all, after
    a topic of at least two characters without punctuation; ``clause`` as it is otherwise.

    >>> predicate_out("工业增速稳步回升"), predicate_out("GDP增速逐季攀升")
    ('工业增速', 'GDP增速')
    >>> predicate_out("地区生产总值继续全市领跑")
    '地区生产总值'
    >>> predicate_out("外贸进出口快速增长"), predicate_out("农业"), predicate_out("由于前面所已经说过的原因")
    ('外贸进出口快速增长', '农业', '由于前面所已经说过的原因')

    A clause closing on a measure's noun that jieba tags a verb has no predicate to take off:

    >>> predicate_out("财政一般预算收入"), predicate_out("全区固定资产投资")
    ('财政一般预算收入', '全区固定资产投资')

    Nor does a verb and the word of manner after it (固定资产投资增长强劲, 消费市场恢复良好: a
    district's review of 2011-2016, session 51), unless the verb is the measure's noun:

    >>> predicate_out("固定资产投资增长强劲"), predicate_out("消费市场恢复良好")
    ('固定资产投资', '消费市场')
    >>> predicate_out("财政收入高"), predicate_out("社会投资活跃")
    ('财政收入高', '社会投资活跃')

    Nor does staying in a range, with the rate it is said of (:data:`IN_RANGE_PREDICATE`):

    >>> predicate_out("重庆地区生产总值增速保持在合理区间"), predicate_out("经济运行保持在合理区间")
    ('重庆地区生产总值', '经济')
    """
    in_range = IN_RANGE_PREDICATE.search(clause)
    if in_range and in_range.start() >= 2:
        return clause[: in_range.start()]  # 重庆地区生产总值增速保持在合理区间 (session 53)
    words = dictionary_words(clause)
    if (
        len(words) >= 3
        and words[-1][1] in MANNER_TAGS
        and len(words[-1][0]) == 2
        and words[-2][1] in ("v", "vn")
        and len(words[-2][0]) == 2
        and words[-2][0][-1] not in MEASURE_CLOSING_CHARS
    ):
        # 固定资产投资增长强劲: a verb with its complement of manner closes the clause
        topic = clause[: len(clause) - len(words[-1][0]) - len(words[-2][0])]
        if len(topic) >= 2 and HAN_OR_LATIN.fullmatch(topic):
            return topic
    if len(words) < 3 or not words[-1][1].startswith("v"):
        return clause
    if words[-1][0][-1] in MEASURE_CLOSING_CHARS:
        return clause  # (财政一般预算收入: 收入 is tagged a verb, but it is the measure's noun)
    for k in (len(words) - 2, len(words) - 3):
        if k < 1 or (words[k][1] not in PREDICATE_OPENERS and words[k][0] not in OPENER_VERBS):
            continue
        if k == len(words) - 3 and len(words[k + 1][0]) > 2:
            continue
        if words[k - 1][0] in TOPIC_NOT_CLOSED or words[k - 1][1].startswith("u"):
            continue  # (农业生产合作社有了很大的发展: 有了 opens the predicate, no topic before it)
        cut = sum(len(w) for w, _ in words[:k])
        topic = clause[:cut]
        if len(clause) - cut <= PREDICATE_MAX and len(topic) >= 2 and HAN_OR_LATIN.fullmatch(topic):
            return topic
    return clause


#: A 、-list of short names right before a count names the things counted (庆阳、张掖、天水3个省级
#: 区域医疗中心加快建设): it is no verb taking them as its object.
NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+")


#: How far back (characters, within the paragraph) a sentence's topic is looked for.
TOPIC_WINDOW = 400


def sentence_topic(text: str, start: int, rules: Rules) -> str:
    """The topic a block of sentences opened with (:attr:`Rules.sentence_topic_heads`), for a
    bare measure opening the sentence at ``start``: the last sentence of the paragraph, within
    :data:`TOPIC_WINDOW` characters, that opens with a noun phrase ending with a head followed
    by its verb; ``""`` when none.

    >>> from govreport.quantities.rules import load_rules
    >>> sentence_topic("新材料产业瞄准高端化发力，打造碳纤维产业。产值超过350亿元。", 21, load_rules())
    '新材料产业'
    >>> sentence_topic("推动产业升级。产值超过350亿元。", 7, load_rules())
    ''
    """
    heads = rules.sentence_topic_heads
    if not heads:
        return ""
    floor = max(0, start - TOPIC_WINDOW, text.rfind("\n", 0, start) + 1)
    pattern = rf"(?:^|(?<=[。；;\n]))([\u4e00-\u9fff]{{2,10}}?(?:{'|'.join(heads)}))(?=[^化\W\d])"
    verbs = joined_words(rules, "strip_verbs", "action_verbs", "new_subject_words", "kept_verbs")
    found = ""
    for match in re.finditer(pattern, text[floor:start], re.MULTILINE):
        if not match.group(1).startswith(verbs):  # 拓展聚醚醚酮产业化应用: a verb's object
            found = match.group(1)
    return found if found and found not in heads else ""


#: A longer modifier between a verb and a count that belongs to the counted noun (实施优化营商环境
#: 21条升级举措): Chinese characters only, up to ten (no number, no 了 closing a clause).
MODIFIER = re.compile(r"[\u4e00-\u9fff、“”]{5,10}(?<!了)")
#: A modifier of up to fourteen characters belongs to the counted noun too when none of its words
#: is an adverb, a preposition or a pronoun (促进民营经济高质量发展27条举措, liaoning gold; 服务民营
#: 经济高质量发展21条措施); one that holds them is a clause of its own (下力气也完全有能力保障好…).
LONG_MODIFIER = re.compile(r"[\u4e00-\u9fff、“”]{11,14}(?<!了)")
#: jieba tags that keep a long modifier from the counted noun: adverbs, prepositions, pronouns.
LONG_MODIFIER_NOT = ("d", "p", "r")


def long_modifier(subject: str) -> bool:
    """Whether ``subject`` is a long modifier of the counted noun (:data:`LONG_MODIFIER`).

    >>> long_modifier("服务民营经济高质量发展"), long_modifier("下力气也完全有能力保障好")
    (True, False)
    """
    return bool(LONG_MODIFIER.fullmatch(subject)) and not holds_word_of(subject, LONG_MODIFIER_NOT)


def holds_word_of(phrase: str, classes: tuple[str, ...]) -> bool:
    """Whether one of ``phrase``'s dictionary words (:func:`dictionary_words`) has a jieba tag
    opening with one of ``classes``: an adverb, a preposition or a pronoun tells a clause from a
    name.

    >>> holds_word_of("下力气也完全有能力保障好", ("d",)), holds_word_of("服务民营经济", ("d", "p"))
    (True, False)
    """
    return any(tag.startswith(classes) for _, tag in dictionary_words(phrase))


#: A Latin abbreviation in brackets naming the word before it again (细颗粒物（PM2.5）, 国内生产
#: 总值（GDP）); not a note of scope (（不包括村办工业）, （折纯）), which says what is counted.
ALIAS_NOTE = re.compile(r"[（(][A-Za-z][A-Za-z0-9.．]*[）)]")
#: A footnote's mark after a word: the circled numbers (①-⑳, ❶-❿); not after ＠, where a
#: digitised text writes ＠① for a character its font lacked (硫＠①, national 1956: the gold keeps it).
FOOTNOTE_MARK = re.compile(r"(?<!＠)[\u2460-\u2473\u2776-\u277f]")


#: A subject that refers back to a measure named before (这个比重, 這一比重): a demonstrative and
#: the measure word (up to six characters, the rest of the clause may follow it).
REFERENCE = re.compile(r"^(?:这|這)(?:个|個|一)(?P<measure>[\u4e00-\u9fff]{2,6})")
DEMONSTRATIVE = re.compile(r"(?:这|這)(?:个|個|一)")
#: How far back (characters) a reference looks for the phrase it refers to (about a paragraph's
#: sentence or two: the window bounds the work per number, so extraction stays linear).
REFERENCE_WINDOW = 400
#: A verb of change with 了 opening the phrase referred to (提高了…的投资比重): the predicate of
#: its sentence, not part of what is measured.
CHANGED_LEAD = re.compile(r"^(?:提高|降低|增加|减少|扩大|缩小|加大|上升|下降)了")


def referred_subject(subject: str, before: str, rules: Rules) -> str:
    """The phrase a demonstrative subject refers to (这个比重 -> the last phrase of ``before``
    ending with 比重, from the start of its clause), or ``subject`` when there is none.

    >>> from govreport.quantities.rules import load_rules
    >>> before = "第一是现代工业的产值在工农业总产值中的比重迅速上升。在1949年，"
    >>> referred_subject("这个比重", before, load_rules())
    '现代工业的产值在工农业总产值中的比重'
    >>> referred_subject("这个比重大", "提高了文教卫生方面的投资比重。", load_rules())
    '文教卫生方面的投资比重'
    >>> referred_subject("这个比重", "服务业的比重上升。这个比重，", load_rules())
    '服务业的比重'
    >>> referred_subject("这一比重", "这一比重", load_rules())
    '这一比重'
    """
    match = REFERENCE.match(subject)
    if not match:
        return subject
    word = match.group("measure")
    before = before[-REFERENCE_WINDOW:]
    for size in range(len(word), 1, -1):
        measure = word[:size]
        at = before.rfind(measure)
        while at >= 0 and DEMONSTRATIVE.fullmatch(before, max(0, at - 2), at):
            at = before.rfind(measure, 0, at)  # another reference (这一比重), not the phrase
        if at < 0:
            continue
        start = max(before.rfind(c, 0, at) for c in BOUNDARY) + 1
        phrase = CHANGED_LEAD.sub("", before[start : at + size])
        phrase = _strip_words(phrase, rules)
        if phrase.endswith(measure) and len(phrase) > len(measure) and not REFERENCE.match(phrase):
            return phrase
    return subject


#: Units of a count of people: the unit's base (万人 -> 人) and the count's word for it.
PEOPLE_UNITS = {"人": "人数", "名": "人数", "人次": "人次"}


#: What opens the entity of a placement (在…单位安排, 这三年城镇共安排): a place's preposition or
#: a span of years, which the period columns say.
PLACING_LEAD = re.compile(r"^(?:在|这[一二三四五两]?年|[一二三四五两]年)")


def placing_entity(entity: str, rules: Rules) -> str:
    """The entity before a count of people without the preposition or span opening it and without
    共 before a verb of placement (:attr:`Rules.placement_words`); an entity that is only a verb
    of placement goes too (it says no more than the verb after the count).

    >>> from govreport.quantities.rules import load_rules
    >>> placing_entity("这三年城镇共安排", load_rules()), placing_entity("安排", load_rules())
    ('城镇安排', '')
    """
    entity = PLACING_LEAD.sub("", entity)
    for word in rules.placement_words:
        if entity.endswith("共" + word):
            entity = entity[: -len(word) - 1] + word
    return "" if entity in rules.placement_words else entity


def people_count_subject(entity: str, verb: str, unit: str) -> str:
    """The subject of a count of people closing with what they did (:attr:`Rules.people_verbs`):
    the entity, the verb and the count's word (人数, or 人次 for a unit of 人次).

    >>> people_count_subject("价格补贴", "受益", "万人"), people_count_subject("", "参保", "人次")
    ('价格补贴受益人数', '参保人次')
    """
    base = unit.lstrip(MAGNITUDE_CHARS)
    return entity + verb + PEOPLE_UNITS.get(base, "人数")


#: A share named by its part and whole without its measure (参加农业生产合作社的农户已经占总农户,
#: 文盲大约占人口): an adverb before 占 goes and the share's measure is added. 占 opening a word of
#: its own (占有率, 占有量) is no share of a whole (替代品占有率达84% keeps its name: heldout90).
SHARE_UNNAMED = re.compile(
    r"^(?P<part>[^占，,；;。]{2,}?)(?<!所)(?:已经|已|大约|约|将|仅|只|还)*占(?!有率|有量)"
    r"(?P<whole>[^占，,；;。]{2,20})$"
)
SHARE_NAMED = ("比重", "比例", "占比")
#: A share's word alone opening its clause (，比重提高到48.5%): the share of the thing before.
BARE_SHARE_WORDS = ("比重", "比例", "所占比重")
#: A ratio of the urban to the rural figure written alone after the pair (倍差缩小至1.56).
GAP_RATIO_WORDS = ("倍差", "收入比", "收入倍差")


def urban_rural_pair(subjects: Sequence[str]) -> str:
    """The measure of an urban and a rural figure read last, named for both (城镇居民人均可支配
    收入, 农村居民人均可支配收入 -> 城乡居民人均可支配收入), else "".

    >>> urban_rural_pair(["城镇居民人均可支配收入", "农村居民人均可支配收入"])
    '城乡居民人均可支配收入'
    >>> urban_rural_pair(["城镇居民收入", "地区生产总值"]), urban_rural_pair(["农村居民收入"])
    ('', '')
    """
    if len(subjects) < 2:
        return ""
    urban, rural = subjects[-2], subjects[-1]
    if (
        urban.startswith("城镇")
        and rural.startswith("农村")
        and urban[2:] == rural[2:]
        and urban[2:]
    ):
        return "城乡" + urban[2:]
    return ""


#: A subject that is a ratio itself (机械化率, 占比): a gap in percentage points after it is one of
#: the ratio (机械化率达到95%、高于全国平均水平18.3个百分点: heldout102 jilin), not of a growth.
RATIO_ENDINGS = (*SHARE_NAMED, "率")
SHARE_CLASSES = frozenset({"percent", "fraction", "tenth"})


def share_subject(subject: str, before: str) -> str:
    """The subject of a share whose measure the text leaves implicit (A占B的90%): A占B + the
    share's measure, written 的比重 when the text writes 的 before the figure (the older reports:
    占总农户的90%), else 比重 (占全球30% -> 占全球比重, as the recent reports name it).

    >>> share_subject("文盲大约占人口", "文盲大约占人口的"), share_subject("产能占全球", "产能占全球")
    ('文盲占人口的比重', '产能占全球比重')
    >>> share_subject("农户还只占农户总数", "农户还只占农户总数的")
    '农户占农户总数的比重'
    >>> share_subject("先进制造业占制造业比重", "…比重"), share_subject("制造业增加值占比", "占比")
    ('先进制造业占制造业比重', '制造业增加值占比')
    >>> share_subject("替代品占有率", "替代品占有率")
    '替代品占有率'
    """
    match = SHARE_UNNAMED.match(subject)
    if not match or any(word in subject for word in SHARE_NAMED):
        return subject
    measure = "的比重" if before.endswith("的") else "比重"
    return match.group("part") + "占" + match.group("whole") + measure


#: 占 right before a share's figure, with no whole after it (投资占44%, 减少收入的农户只占10%左右).
WHOLELESS_SHARE = re.compile(r"占(?:到|了)?\s*$")


def wholeless_share(subject: str, segment: str) -> str:
    """The subject of a share written A占N% with no whole (the whole is the sentence's topic or
    plain from the text): the part + the share's measure, 的比重 (比重 after a 的), as the gold
    writes all 28 such rows of the sets (heldout5 2010 and heldout66 2011 投资占44%, heldout43
    hainan 对共建“一带一路”国家投资占50%以上, the 1950s reports; 23 write 比重, 4 占比, 1 比例), none
    the part alone; a subject that names a share or a rate already stays.

    >>> wholeless_share("社会事业投资", "其中，社会事业投资占"), wholeless_share("实行管制的", "实行管制的占")
    ('社会事业投资的比重', '实行管制的比重')
    >>> wholeless_share("民生支出占比", "民生支出占比达"), wholeless_share("农户", "农户有")
    ('民生支出占比', '农户')
    """
    if not subject or not WHOLELESS_SHARE.search(segment) or subject.endswith(RATIO_ENDINGS):
        return subject
    return subject + ("比重" if subject.endswith("的") else "的比重")


#: A clause opening with a share of the thing before: 占, after at most an adverb of degree or
#: sum (只占, 仅占, 约占, 共占); not the verbs 占领 / 占用 / 占有 / 占据 (taking, not a share).
#: (with the whole's own word before it: 煤炭产量1.71亿吨，总量占全省的13%, a city's review of
#: 2022, session 55)
SHARE_LEAD = re.compile(
    r"(?P<total>总量|总额|总数|规模|其)?(只|仅|仅仅|约|大约|共|均)?占(?!领|用|有|据)"
)


def carried_share(subject: str, carry: str) -> str:
    """The subject of a share opening a clause after the figure of its part (X1161亿元，占国内生产
    总值的比重从0.64%…): the part carried from before, then the share as written; the part alone
    when the clause names no share (CONVENTIONS.md: entity + measure).

    >>> carried_share("占国内生产总值的比重", "研发经费"), carried_share("占比", "清洁能源装机")
    ('研发经费占国内生产总值的比重', '清洁能源装机占比')
    >>> carried_share("占全部文教经费", "普及教育经费"), carried_share("占比", "A占B比重")
    ('普及教育经费占全部文教经费', 'A占B比重')
    """
    if not subject.startswith("占") or "占" in carry or re.search(r"\d", QUOTED.sub("", carry)):
        return carry  # (a figure in the carried words, not in a quoted name: “6+2”产业增加值)
    return carry + subject


#: A whole written as a locative clause of its own before the parts whose shares follow
#: (在工农业总产值中，农业所占比重由…; 预计在社会商品零售总额中，A的比重…，B的比重…): 在 + whole + 中,
#: closed by a comma, opening its sentence or its clause (after at most a short lead: 预计); the
#: 在 may be left out (全民所有制工业企业新增加的产值中，由于劳动生产率提高而增加的产值占…: heldout62
#: national 1980).
SHARE_WHOLE_CLAUSE = re.compile(
    r"(?:^|[，,；;。：:！？])(?:[^在，,；;。：:！？]{0,2}在)?([^在，,；;。：:！？]{2,16})中[，,]"
)
#: The measure closing a share's subject, with the 所占 / 的 the text writes before it.
SHARE_MEASURE_TAIL = re.compile(r"(?:所占的?|的)?(?:比重|比例)$")
#: Words closing a 在…中 frame that name a process or a time, not a whole (在调整中, 在执行中).
SHARE_WHOLE_NOT = ("调整", "执行", "过程", "发展", "建设", "工作", "实践", "改革", "其",
    # (nor a time: 过去五年中，, 在这一时期中，, 今年1-10月中，)
    "年", "期", "月", "来")  # fmt: skip
#: How far back (characters) a share's whole written as its own clause is looked for.
SHARE_WHOLE_WINDOW = 120
#: A share earlier in a run of coordinated shares that names its whole (A在工农业总产值中所占的
#: 比重…，B所占的比重…): 在 + whole + 中 + the measure; the whole carries to the later shares
#: that name none.
SHARE_WHOLE_NAMED = re.compile(r"在([^在，,；;。：:]{2,16})中(?:所占的?|的)(?:比重|比例)")


def framed_share_whole(subject: str, text: str, seg_start: int) -> str:
    """The subject of a share whose whole the sentence names in a locative clause of its own
    before the part (a fronted locative frame, 在…中, topicalised out of the share's noun
    phrase): the whole goes back between the part and the measure, as the share is named
    unfronted (round 27's part + whole + 的比重; heldout9, heldout20, heldout47 write it so). The
    frame governs each share of its sentence after it, a list of parts included; so does the
    whole named by an earlier share of a coordinated run (A在W中所占的比重…，B所占的比重…).

    >>> framed_share_whole("服务业所占比重", "在全省生产总值中，服务业所占比重达到百分之五十。", 12)
    '服务业在全省生产总值中所占比重'
    >>> text = "预计在全市零售总额中，国营商店的比重为百分之六十，个体商店的比重为百分之十。"
    >>> framed_share_whole("个体商店的比重", text, 24)
    '个体商店在全市零售总额中的比重'
    >>> text = "工业在全省总产值中所占的比重将上升到六成，农业所占的比重将下降为三成。"
    >>> framed_share_whole("农业所占的比重", text, 21)
    '农业在全省总产值中所占的比重'
    >>> framed_share_whole("社会零售中的比重", text, 21)  # the whole written already
    '社会零售中的比重'
    >>> framed_share_whole("服务业所占比重", "在调整中，服务业所占比重上升", 5)  # no whole named
    '服务业所占比重'
    >>> framed_share_whole("服务业在全省生产总值中所占比重", "在全省生产总值中，…", 9)
    '服务业在全省生产总值中所占比重'
    """
    tail = SHARE_MEASURE_TAIL.search(subject)
    if not tail or tail.start() < 2 or "在" in subject or "占" in subject[: tail.start()]:
        return subject
    if subject.endswith("中", 0, tail.start()):
        return subject  # 社会零售中的比重: the whole is named already
    whole = framed_whole(text, seg_start)
    return subject[: tail.start()] + "在" + whole + "中" + tail.group() if whole else subject


def framed_whole(text: str, seg_start: int) -> str:
    """The whole a sentence names before ``seg_start`` in a locative clause of its own (在W中，)
    or in an earlier share of a coordinated run (A在W中所占的比重…), else "".

    >>> framed_whole("到一九五七年，在社会零售总额中，国营商业将占百分之五十", 16)
    '社会零售总额'
    >>> framed_whole("在调整中，服务业所占比重上升", 5)
    ''
    """
    floor = max(0, seg_start - SHARE_WHOLE_WINDOW)
    stop = max(text.rfind(mark, floor, seg_start) for mark in "。；;！？")
    window = text[max(floor, stop + 1) : seg_start]
    whole = ""
    for match in SHARE_WHOLE_CLAUSE.finditer(window):
        whole = match.group(1)
    if not whole:  # A在W中所占的比重…，B所占的比重…: the whole of the run's first share
        for match in SHARE_WHOLE_NAMED.finditer(window):
            whole = match.group(1)
    return "" if len(whole) < 3 or whole.endswith(SHARE_WHOLE_NOT) else whole


#: A share's own word closing a subject (比重, 比例, 占比, 率): it names its measure already (not
#: a rate inside the part's name: 由于劳动生产率提高而增加的产值, heldout62 national 1980).
SHARE_NAMED_WORD = re.compile(r"(?:比重|比例|占比|率)$")
#: 占 right before a share's figure, with the adverbs between (将占, 只占, 约占, 大约占).
SHARE_VERB_BEFORE = re.compile(r"(?:将|只|约|大约|仅|还|也)?占了?$")


def framed_part_share(subject: str, before: str, text: str, seg_start: int) -> str:
    """The subject of a part's share written 占 + figure after a frame naming the whole (在社会零售
    总额中，国营商业将占百分之五十四点九): part + 占 + whole + 的比重, as heldout70 and heldout79 write
    it; any other subject as it is.

    >>> text = "在社会零售总额中，私营商业将占百分之二十一点一"
    >>> framed_part_share("私营商业", "私营商业将占", text, 9)
    '私营商业占社会零售总额的比重'
    >>> framed_part_share("私营商业", "私营商业增长", text, 9)
    '私营商业'
    >>> text = "在工业企业新增加的产值中，由于劳动生产率提高而增加的产值占百分之六十"
    >>> framed_part_share("由于劳动生产率提高而增加的产值", "由于劳动生产率提高而增加的产值占", text, 13)
    '由于劳动生产率提高而增加的产值占工业企业新增加的产值的比重'
    """
    if "占" in subject or SHARE_NAMED_WORD.search(subject) or not SHARE_VERB_BEFORE.search(before):
        return subject
    whole = framed_whole(text, seg_start)
    return f"{subject}占{whole}的比重" if whole else subject


def drop_alias_note(subject: str) -> str:
    """A subject without the abbreviation in brackets that repeats its word (heldout10 and
    heldout11 write 地级及以上城市细颗粒物平均浓度; no gold row keeps one), nor a footnote's mark
    (全市R&D经费支出①增加5.3亿元: a city's review of 2013, session 68).

    >>> drop_alias_note("地级及以上城市细颗粒物（PM2.5）平均浓度"), drop_alias_note("化肥产量（折纯）")
    ('地级及以上城市细颗粒物平均浓度', '化肥产量（折纯）')
    >>> drop_alias_note("全市R&D经费支出①")
    '全市R&D经费支出'
    """
    bare = FOOTNOTE_MARK.sub("", ALIAS_NOTE.sub("", subject))
    return bare if len(bare) >= 2 else subject


@remembered_per_rules  # (asked for every row; dense texts repeat their subjects)
def _only_hedges(segment: str, rules: Rules) -> bool:
    """True when a segment holds nothing but hedge words (，力争8%), 累计 excepted."""
    words = per_rules(rules, "only_hedges", _dropped_hedges)
    if contains_any(segment, words):  # (one scan; most segments hold none)
        for word in words:
            segment = segment.replace(word, "")
    return not segment.strip("，,、；; ")


def _dropped_hedges(rules: Rules) -> tuple[str, ...]:
    """The hedge words :func:`_only_hedges` drops, in order: governing, then prefix, not 累计."""
    return tuple(w for w in (*rules.governing_hedges, *rules.prefix_hedges) if w != "累计")


def _qualifier(
    q: Quantity,
    governing: Sequence[str],
    prefix: Sequence[str],
    threshold: bool,
    rules: Rules,
    sum_rate: bool = False,
) -> list[str]:
    """Hedge words in text order, aliases mapped (达 -> 达到, 过 -> 超过).

    A definitional threshold takes no governing hedge (力争 is about the count, not the class);
    累计 is not put on a share, nor on a rate unless the rate is itself accumulated
    (``sum_rate``, :func:`accumulated_rate`).
    """
    hedges = [*([] if threshold else governing), *prefix, *q.reading.hedges]
    if not hedges:
        return []
    if (
        q.kind == "share_pct"
        or (q.kind == "growth_pct" and not sum_rate)
        or (q.reading.unit_class == "ppt" and not sum_rate)
    ):
        # 累计 counts amounts, not shares, nor a change of a share after the amount (累计完成
        # 6166亿元、占比提高9个百分点: session 62)
        hedges = [h for h in hedges if h != "累计"]
    mapped = (rules.hedge_aliases.get(h, h) for h in hedges)
    return list(dict.fromkeys(h for h in mapped if h))  # an alias to "" is read, not reported


#: A figure of an amount (a digit run not followed by a rate's unit, a year or a month).
AMOUNT_FIGURE = re.compile(r"[0-9０-９][0-9０-９.．]*\s*(?![0-9０-９.．%％倍年月]|个百分点|\s)")
#: How far back :func:`accumulated_rate` looks for the 累计 of a rate.
SUM_RATE_WINDOW = 80


def accumulated_rate(text: str, pos: int) -> bool:
    """Whether the rate at ``pos`` is itself accumulated: the last 累计 before it (within a
    bounded window) is followed by no amount before the rate.

    Scope of 累计 over a rate: 累计 before a verb of change (PM2.5平均浓度累计下降20%, 五年
    累计，能耗下降15%) makes the change a sum over the years; once the sum's own amount is
    written (五年累计投入2.4万亿元，比前五年增长1.3倍) the rate compares that amount with another,
    and is not accumulated. A bare 累计 reaches its own comma clause only (…累计赋能上千家团队，
    研发经费投入年均增长10%: not accumulated), 五年累计 / 近三年累计 the clause chain.

    >>> accumulated_rate("累计服务企业上千家，研发投入增长10%", 16)
    False
    >>> accumulated_rate("全省单位GDP能耗累计下降15%", 13), accumulated_rate("累计下降8%", 4)
    (True, True)
    >>> accumulated_rate("五年累计投入2.4万亿元，比前五年增长1.3倍", 22)
    False
    """
    base = max(0, pos - SUM_RATE_WINDOW)
    window = text[base:pos]
    at = window.rfind("累计")
    if at < 0 or AMOUNT_FIGURE.search(window, at):
        return False
    # a bare 累计 reaches its own comma clause only; 五年累计 the clause chain
    return not any(c in window[at:] for c in "，,") or sum_over_years(text, base + at)


def _written_alike(text: str, raw: str, to_raw: Sequence[int], offset: int) -> bool:
    """True when the raw text holds ``text`` (clean, from ``offset``) unchanged in one piece, so
    that no character needs its written form (one comparison instead of one per character)."""
    last = offset + len(text) - 1
    if last >= len(to_raw) or to_raw[last] >= len(raw):
        return False
    start = to_raw[offset]
    return to_raw[last] - start == len(text) - 1 and raw[start : to_raw[last] + 1] == text


def raw_characters(text: str, raw: str, to_raw: Sequence[int], offset: int) -> str:
    """``text`` (a clean sentence starting at clean offset ``offset``) with every character as
    the raw text writes it (the clean view's rewrites are one for one: ``to_raw``); same length.

    >>> raw_characters("增长19.5%", "增长19·5％", range(8), 0)
    '增长19·5％'
    """
    if not text or _written_alike(text, raw, to_raw, offset):
        return text
    size = min(len(to_raw), offset + len(text))
    at_raw = [to_raw[at] for at in range(offset, size)]
    return (
        "".join(raw[i] if i < len(raw) else char for i, char in zip(at_raw, text, strict=False))
        + text[len(at_raw) :]
    )


def normalised_as_written(text: str, written: str) -> str:
    """``text`` with each character that cleaning only normalised (full-width digits １至９月, ％,
    a typed zero ○) in its form in ``written`` (:func:`raw_characters` of ``text``), so that spans
    are reported as written; same length and offsets.

    >>> normalised_as_written("1至9月，一九八〇年", "１至９月，一九八○年")
    '１至９月，一九八○年'
    """
    if written == text:
        return text
    return "".join(
        w if w != c and (unicodedata.normalize("NFKC", w) == c or c == TYPED_FORMS.get(w)) else c
        for c, w in zip(text, written, strict=True)
    )


def as_written(text: str, raw: str, to_raw: Sequence[int], offset: int) -> str:
    """``text`` (a clean sentence starting at clean offset ``offset``) with each character that
    cleaning only normalised as the raw text writes it (:func:`normalised_as_written`).

    >>> as_written("1至9月", "今年１至９月", range(10), 2)
    '１至９月'
    >>> as_written("一九八〇年", "一九八○年", range(5), 0)
    '一九八○年'
    """
    return normalised_as_written(text, raw_characters(text, raw, to_raw, offset))


def value_as_written(value: str, clean: str, source: str, start: int, end: int) -> str:
    """A reading's ``value`` text in the report's own characters: its first occurrence in the
    reading's span ``clean[start:end]`` of the clean sentence, taken from ``source`` (the sentence
    :func:`raw_characters`, same offsets): full-width digits, a range's own dash, a typed zero, a
    middle dot for the decimal point as written (the contract's value is the number as written).
    A value the reading put together (１万—１.２万: 1—1.2) has each character in the one form
    the span writes it in.

    >>> value_as_written("123.5", "达到123.5亿元", "达到１２３.５亿元", 2, 9)
    '１２３.５'
    >>> value_as_written("6.5—7", "增长6.5—7%", "增长6.5－7%", 2, 8)
    '6.5－7'
    >>> value_as_written("1—1.2", "就业1万—1.2万人", "就业１万—１.２万人", 2, 10)
    '１—１.２'
    >>> value_as_written("5", "增长5%", "增长5%", 2, 4)
    '5'
    """
    if clean == source or not value:
        return value
    at = clean.find(value, start, end)
    if at >= 0:
        return source[at : at + len(value)]
    forms: dict[str, set[str]] = {}
    for char, written in zip(clean[start:end], source[start:end], strict=True):
        forms.setdefault(char, set()).add(written)
    return "".join(next(iter(forms[c])) if len(forms.get(c, ())) == 1 else c for c in value)


def heading_year(
    part: Part, role: str, review_year: int | None, plan_year: int | None
) -> int | None:
    """The year of a part's figures: the single year its plan heading names when it is later
    than the plan year (the report delivered in 1980 sets out the 1981 plan: 二、1981年国民经济计划
    的任务和主要指标), else the review year of a review part and the plan year of a plan part (the
    report's own years, or those the caller sets), else the part's year.

    >>> from govreport.report import parse_report
    >>> r = parse_report("一、1979年工作回顾\\n二、1981年国民经济计划的任务", metadata={"plan_year": 1980})
    >>> heading_year(r.parts[1], "plan", 1979, 1980), heading_year(r.parts[0], "review", 1979, 1980)
    (1981, 1979)
    """
    year = part.first_year
    if (
        role == "plan"
        and year is not None
        and year == part.last_year
        and year > (plan_year or year)
    ):
        return year
    return {"review": review_year, "plan": plan_year}.get(role, part.year)


#: The rest of a span whose count of years was read as a figure (五年内, 三年中, 五年间): not part
#: of the subject after it (中国, 中央, 来华 are words of their own).
YEARS_SPAN_REST = re.compile(
    r"(?:内|间|里|来(?![华自])|中(?![国央西部东小华医]))(?=[\u4e00-\u9fff“])"
)


def after_span_tail(text: str, pos: int) -> int:
    """Where the subject after a count of years ending at ``pos`` may start: past the rest of its
    span (五年内全国本专科毕业生1300万人 -> 全国本专科毕业生), else ``pos``.

    >>> after_span_tail("五年内全国毕业生", 2), after_span_tail("三年中国内生产总值", 2)
    (3, 2)
    """
    tail = YEARS_SPAN_REST.match(text, pos)
    return tail.end() if tail else pos


#: How many figures of one sentence :func:`_add_context` reads between two calls of its
#: ``progress`` (a sentence of a megabyte holds up to 500,000: it is read in tens of seconds).
PROGRESS_ROWS = 10_000


#: A sentence opening on 其中 (其中，农业产值7.58亿元…): the parts of the whole the sentence before
#: gave.
PARTS_SENTENCE = re.compile(r"^\s*其中[，,:：]?")


def parts_take_the_whole(
    quantities: list[Quantity], before: Sequence[Quantity], text: str, rules: Rules
) -> None:
    """A sentence opening on 其中 divides what the sentence before gave (预计2021年前三季度，全区
    农林牧渔业总产值33.36亿元，同比增长20.32%。其中，农业产值7.58亿元，同比增长5.7%; 年末全县户籍
    人口为112635人。其中，城镇人口54715人): each part (a level in the same unit) takes the measure of
    the last figure of its kind and unit class before it when it names none (农林牧渔业增加值…。
    其中，农业46.7亿元 -> 农业增加值: :func:`part_of_whole`), and the rates after it take the name
    with it; read as a plain result of the year (actual, no span), a part takes that figure's
    estimate and stock with its year, and its span when that is of months (:data:`MONTHS_SPAN`).
    ``text`` is the sentence's.
    """
    if not before or not PARTS_SENTENCE.match(text):
        return
    # (not a task the whole was measured against: …完成州外到位资金120.44亿元，…，完成州政府下达
    # 任务数132.63亿元的90.8%。其中，省外到位资金60.4亿元: a zone's summary of 2018, session 70)
    wholes = {(q.kind, q.reading.unit_class): q for q in before if q.period_kind != "target"}
    renamed: dict[str, str] = {}  # (a level's part named anew, and the rates of it after it)
    for q in quantities:
        whole = wholes.get((q.kind, q.reading.unit_class))
        if q.kind != "level":
            q.subject = renamed.get(q.subject, q.subject)
        elif whole is not None and same_unit(q.reading.unit, whole.reading.unit):
            # (not 年末生猪存栏42.44万头 after 肉类总产量6.72万吨: no part of the meat's weight)
            renamed[q.subject] = q.subject = part_of_whole(q.subject, whole.subject, rules)
        if whole is None or q.period_kind != "actual" or q.span:
            continue
        months = whole.span if MONTHS_SPAN.search(whole.span) else ""
        if whole.period_kind in ("expected", "stock"):
            q.period_kind, q.span, q.year = whole.period_kind, months, whole.year
        elif whole.period_kind == "actual" and months:
            q.span, q.year = months, whole.year


def same_unit(unit: str, other: str) -> bool:
    """Whether two units are one, their magnitudes aside (万吨 and 吨; not 万头 and 万吨).

    >>> same_unit("万吨", "吨"), same_unit("万头", "万吨"), same_unit("亿元", "万元")
    (True, False, True)
    """
    return unit.lstrip(MAGNITUDE_CHARS) == other.lstrip(MAGNITUDE_CHARS)


#: A span of months or quarters of one year (1-9月, 前三季度, 上半年), not of years.
MONTHS_SPAN = re.compile(r"月|季度|半年")
#: The opening of a paragraph on a time or an item of its own (全年…, 2022年…, （二）…, 二是…): no
#: item of the ；-list before it.
OWN_TIME_OPENING = re.compile(
    r"\s*(?:全年|今年|去年|当年|年末|年底|[12]\d{3}\s?年|[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]"
    r"|[一二三四五六七八九十]{1,2}是)"
)


def months_run(quantities: list[Quantity], span: str, text: str) -> None:
    """The figures of a paragraph that goes on with a ；-list the paragraph before left open take
    the months ``span`` its first item opened on, when they are results read without a span of
    their own (the list's items, until its 。); not a paragraph opening on a time or an item of
    its own (:data:`OWN_TIME_OPENING`). ``text`` is the paragraph's first sentence.
    """
    if OWN_TIME_OPENING.match(text):
        return
    for q in quantities:
        if q.span or q.period_kind not in ("actual", "expected"):
            return  # (a figure of its own time ends the list's run)
        q.span = span


def heading_span(title: str, rules: Rules) -> str:
    """The part of the year a review part's heading names (一、2021年1-11月工业经济指标完成情况,
    2025年上半年工作总结), as written, else "": the span of its figures that name none.

    >>> from govreport.quantities.rules import load_rules
    >>> heading_span("一、2021年1-11月工业经济指标完成情况", load_rules())
    '1-11月'
    >>> heading_span("一、2025年上半年工作总结", load_rules()), heading_span("一、2024年工作回顾", load_rules())
    ('上半年', '')
    """
    found = [m for p in rules.spans if (m := p.search(title))]
    first = min(found, key=lambda m: m.start(), default=None)
    return first.group() if first and not first.group().startswith("截至目前") else ""


def heading_span_run(
    quantities: Sequence[Quantity], span: str, text: str, year: int | None, rules: Rules
) -> None:
    """The results of a review part whose heading names a part of the year (:func:`heading_span`)
    take it as their span, when they are of the part's year and name no span of their own, nor
    the full year (``full_year_words`` in their clause: 全年); ``text`` is their sentence
    (a county bureau's summary of 2021 under 一、2021年1-11月工业经济指标完成情况, a town's
    2025年上半年工作总结: helpers' pages of session 71).
    """
    for q in quantities:
        if q.span or q.period_kind not in ("actual", "expected", "stock") or q.year != year:
            continue
        floor = max(0, q.reading.start - CLAUSE_WINDOW)  # (a bounded look back: linear time)
        opened = max(floor - 1, *(text.rfind(c, floor, q.reading.start) for c in "，,；;。：:")) + 1
        if not contains_any(text[opened : q.reading.start], rules.full_year_words):
            q.span = span


#: The year's task, plan or target named right before its amount (完成年度目标任务42亿元的…, 完成
#: 全年指标任务37亿元的…, 占年初目标的…, 完成年计划710亿元的…, 完成州政府下达任务数132.63亿元的…).
TASK_WORDS = r"目标任务|指标任务|计划任务|年度任务|全年任务|任务数|年度目标|年初目标"
#: The time a plan is of, written before 计划 (原定计划, 年度计划, 年计划, 调整计划).
PLAN_TIMES = "原定|年度|全年|本年|年初|年|调整"
#: A year's plan or budget named as a whole (年度计划, 年度投资计划, 预算数; not a five-year plan's
#: name, :data:`PLAN_NAME`).
YEAR_PLAN_NAME = rf"(?:{PLAN_TIMES})?(?:投资)?(?:计划|预算)数?"
TARGET_TASK_BEFORE = re.compile(rf"(?:{TASK_WORDS}|(?:完成|达到)(?:{PLAN_TIMES})(?:投资)?计划)$")
#: The hedge of an estimate.
ESTIMATE_HEDGE = "预计"
#: How far before an amount :data:`TARGET_TASK_BEFORE` looks.
TARGET_TASK_REACH = 10
#: 的 and a number right after an amount: the amount is the base of a share written next.
SHARE_OF_IT_AFTER = re.compile(r"(?:元|万|亿|个|家|项|亩|吨)?的\s?[0-9０-９一二三四五六七八九百]")


def task_target(text: str, start: int, end: int) -> bool:
    """Whether the amount at ``start:end`` is the year's task, plan or target named right before
    it and the base of the share done written after it (完成年度目标任务42亿元的92.36%).

    >>> t = "完成年计划710亿元的89.4%"
    >>> task_target(t, 5, 10), task_target(t, 11, 16)
    (True, False)
    """
    return bool(
        TARGET_TASK_BEFORE.search(text, max(0, start - TARGET_TASK_REACH), start)
        and SHARE_OF_IT_AFTER.match(text, end)
    )


def _add_context(
    quantities: list[Quantity],
    text: str,
    report: Report,
    rules: Rules,
    inherited: tuple[str, int | None] | None = None,
    years: tuple[int | None, int | None] | None = None,
    carried_year: int | None = None,
    carried_lead: tuple[str, ...] = (),
    carried_estimate: int | None = None,
    paragraph_opening: str = "",
    progress: Callable[[int], None] | None = None,
    role: str | None = None,
    estimate_year: int | None = None,
) -> None:
    """Fill subject, kind, period, year, span and hedges of a sentence's quantities in order.

    ``inherited`` is the multi-year period of the part heading (过去五年工作回顾), used where the
    sentence names none of its own; ``carried_lead`` the estimate opening the paragraph
    (:func:`estimate_lead`); ``carried_estimate`` the year a review paragraph's first figure is
    an estimate of (:attr:`Cues.carried_estimate`); ``paragraph_opening`` the first sentence of
    the sentence's paragraph (:func:`paragraph_opens_on`); ``progress`` is told the position in
    ``text`` of every :data:`PROGRESS_ROWS`-th figure; ``role`` reads the sentence as of a part
    of that role (:func:`govreport.report.targets_without_plan`), else as of its own part's;
    ``estimate_year`` the year 预计 estimates in a part without a heading
    (:attr:`Cues.estimate_year`).
    """
    if not quantities:
        return
    glossary = load_glossary()
    sentence = quantities[0].sentence
    # time cues read 一九七八年 as 1978年; spans are reported as the raw text writes them
    # (every character as written: the value; those cleaning only normalised: spans and cues)
    raw_view = raw_characters(text, report.raw_text, report.clean_to_raw, sentence.clean_start)
    source = normalised_as_written(text, raw_view)
    typed_zeros = typed_zero_forms(text, source)
    clean = text  # (the readings' text, before arabic_years)
    text = arabic_years(text)
    part = next(p for p in report.parts if p.index == sentence.part)
    role = role or base_role(part.role)  # review_multiyear / plan_multiyear: review / plan
    review_year, plan_year = years or (report.review_year, report.plan_year)
    part_year = heading_year(part, role, review_year, plan_year)
    st = _State()
    report_year = report.plan_year  # 今年 of a report delivered at its year's end: running_years
    late = report_year is not None and plan_year is not None and report_year < plan_year
    current = report_year if late else None
    held = year_end_session(report.clean_text)
    if current is None and plan_year is not None:
        # (——2022年12月21日在…会议上, a session at the year's end, or 2008镇政府工作总结, a
        # summary: its 今年 is the year it reviews)
        running = (held, summary_year(report.clean_text))
        current = next((y for y in running if y == plan_year - 1), None)
    cues = Cues.build(text, rules, (review_year, plan_year), source, current)
    if inherited and inherited[1] is not None and plan_year is not None:
        cues.in_force_end = inherited[1] if inherited[1] >= plan_year else None
    elif role == "plan" and plan_year is not None:
        cues.plan_in_force_end = plan_in_force_end(plan_year)
    cues.carried_year = carried_year
    cues.estimate_year = estimate_year
    cues.carried_estimate = carried_estimate
    # only the plan's own part keeps its span at the plan's last year (“十五五”时期主要目标任务:
    # 力争到2030年，…, heldout2 call); a span carried from an earlier paragraph's opening (在五年
    # 内，…; 第六个五年计划期间，…) gives way to that year written (到一九五七年，…将达到…): the
    # level reached then, as the gold writes it (heldout8/46/59 1955, heldout20/44 1982)
    carried_span = inherited is not None and inherited != titled_period(
        part.title, rules, (review_year, plan_year)
    )
    cues.lead_words = (
        estimate_lead(text, rules) or noted_estimate(text, rules) or estimate_note(text)
    )
    if not cues.lead_words:
        cues.lead_words = opening_estimate(text, quantities[0].reading.start)
        # (the summary's next field, a topic of its own, is no part of the estimate)
        cues.lead_end = estimate_topic_end(text) if cues.lead_words else None
    cues.lead_words = cues.lead_words or carried_lead or announced_hedges(cues, rules)
    own_opening = inherited is not None and paragraph_opens_on(paragraph_opening, inherited[0])
    chains = chain_lengths(quantities, text)
    bounds = st.boundaries = boundary_offsets(text)
    compared = YEAR_COMPARED.search(text)
    compared_at = compared.start() if compared else None
    opened_last_year = CLAUSE_LAST_YEAR.search(text) if "去年" in text else None
    last_year_at = opened_last_year.start() if opened_last_year else None
    hypothetical = conditional_spans(text)
    hedges_chars = sum(map(len, rules.governing_hedges))  # (the same for every row)
    # (words some checks below need, looked for once in the sentence: where it has none, those
    # checks would find nothing for any of its figures and are left out)
    has_year = "年" in text  # (a written year, 五年计划)
    has_five = "五" in text  # (“十四五”末, 第五个五年计划期间)
    has_from = "从" in text or "從" in text or "由" in text  # (从…增加到)
    has_horizon = has_year or "本世纪末" in text  # (到2030年, 本世纪末)
    has_age = "岁" in text  # (60岁以上)
    has_de = "的" in text  # (其中本年开始建设的271个)
    has_comma = "，" in text or "," in text  # (成立了二十九个自治州，五十四个自治县)
    has_reach = any(c in text for c in "达破近至到")  # (REACH_VERB_BEFORE: 达到, 突破, 增至…)
    hedged_opening = text.startswith(rules.governing_hedges)  # (a governing hedge opens it)
    output_verbs = joined_words(rules, "output_verbs")  # (so are the verbs of output)
    measures_topic = per_rules(rules, "topic_measures", topic_measures)  # (and these measures)
    for n, q in enumerate(quantities):
        r = q.reading
        task_amount = False  # (the year's task or plan named as the base of a share done)
        goal_year = None  # (the year of a target named with it: named_goal_year)
        if progress is not None and n and n % PROGRESS_ROWS == 0:
            progress(r.start)  # (a sentence of many thousand figures: how far it is read)
        st.chain = chains[n] if n == 0 or chains[n - 1] == 1 else 0
        q.minus = written_minus(text, r.start, st.previous_end)
        # (增长-3.5%: the sign is the figure's; the words before it are read without it)
        floor = st.previous_end
        if floor > r.start and st.previous is not None:
            # (18个投资过百亿元的产业项目: the count's subject, built from the words after it,
            # holds this figure; its own hedge is still read, after the count)
            floor = st.previous.reading.end
        prefix, start = _hedges_before(text, r.start - q.minus, floor, rules)
        note = (
            BASIS_NOTE.search(text, max(st.previous_end, start - BASIS_NOTE_CHARS), start)
            if text[max(0, start - 2) : start].rstrip()[-1:]
            in ("）", ")")  # (closing right before)
            else None
        )
        if note is not None:
            start = note.start()  # 下降(同口径)19.59%: the basis noted is no part of the subject
        seg_start = _segment_start(
            text, start, max(st.previous_end, start - SUBJECT_WINDOW), bounds
        )
        prior = st.previous.reading if st.previous is not None else None
        if prior and prior.unit == "年" and seg_start == st.previous_end == prior.end:
            seg_start = after_span_tail(text, seg_start)  # 五年内全国…: not 内全国…
        segment = text[seg_start:start]
        in_list = st.previous is not None and segment.startswith("、")
        joined_item = st.previous is not None and conjoined_item(segment)
        # 培育…“小巨人”企业12家，省级…中小企业156家: a comma right after a figure, before a bare
        # noun phrase with the same head noun, continues the list (see carry_governing_verb)
        comma_item = st.previous is not None and text[st.previous_end : seg_start] == "，"
        list_comma = last_list_comma(segment) if "、" in segment else -1
        if st.previous is not None and seg_start == st.previous_end and list_comma >= 0:
            seg_start += list_comma + 1
            segment = text[seg_start:start]
        clause = text[_segment_start(text, start, max(0, start - CLAUSE_WINDOW), bounds) : r.start]
        run_of = st.run_of  # (what the run of periods just read is about, for a rank after it)
        kind_segment = _assign_subject(q, text, seg_start, start, st, rules)
        if run_of and BARE_SCOPE_RANK.fullmatch(q.subject):
            # 消费增速连续8个月全省第一: the rank of what the run is about, named by its scope
            # (a city's review of 2024, session 70: 全省排名)
            q.subject = run_of + q.subject
        stage = _project_stage(segment, rules) if r.unit_class == "count" else ""
        things = counted_things(st.counted[0], rules) if stage and st.counted[0] else ""
        if (
            things
            and st.counted[1] == r.unit.lstrip(MAGNITUDE_CHARS)
            and not _following_noun(text, r.end)[0]  # (建成6个…发展区: the noun after the count)
        ):
            # 468个重点项目实现投资946亿元，开工68个、竣工50个: the things counted before, at
            # this clause's stage (开工重点项目, as gold writes 竣工的…项目, 基本建成保障性安居工程)
            q.subject = stage + things
        st.run_of = None
        if (
            q.subject in rules.people_verbs
            and r.unit.lstrip(MAGNITUDE_CHARS) in PEOPLE_UNITS
            and q.subject_start is not None
            and q.subject_start >= r.start
        ):
            # 约6700万人受益, 城镇共安排3700多万人就业: who the people are, and what they did
            entity = _subject_from_segment(segment, rules, rank=False)[0]
            q.subject = people_count_subject(placing_entity(entity, rules), q.subject, r.unit)
        if (
            q.subject in ATTENDANCE_VERBS
            and st.previous is not None
            and st.previous.subject.endswith(DEPUTIES)
        ):
            q.subject += DEPUTIES  # 大会应到代表254人，实到215人: the deputies present
        topic_subject(q, text, seg_start, st, rules)  # 辽宁实验室实施自主科研项目88项
        attributive = (  # (总投资410亿元的…: a 的 after the figure)
            attributive_measure_subject(text[seg_start : r.start], text, r.end, rules)
            if has_de
            else ""
        )
        if attributive:  # 总投资410亿元的…项目: the figure measures the noun it modifies
            q.subject = attributive
        if (
            q.subject.startswith(OBTAINING_VERB)
            and r.unit_class in RATE_CLASSES
            and q.subject_start
        ):
            # 争取城镇居民收入平均每年增长5%: a rate read in 争取's own clause, no amount obtained:
            # 争取 is the hedge over the clause (a rate carried from an amount keeps it)
            q.subject = q.subject.removeprefix(OBTAINING_VERB)
        q.subject = drop_alias_note(q.subject)  # 细颗粒物（PM2.5）平均浓度 -> 细颗粒物平均浓度
        if r.unit_class in SHARE_CLASSES:  # 文盲大约占人口的70%: 文盲占人口的比重
            q.subject = share_subject(q.subject, text[max(0, start - 1) : start])
            q.subject = framed_share_whole(q.subject, text, seg_start)
            q.subject = framed_part_share(q.subject, text[seg_start:start], text, seg_start)
            q.subject = wholeless_share(q.subject, text[seg_start:start])
        if REFERENCE.match(q.subject):  # 这个比重: the one named before, in the paragraph
            clean_start = sentence.clean_start
            earlier = report.clean_text[max(0, clean_start - REFERENCE_WINDOW) : clean_start]
            earlier = earlier[earlier.rfind("\n") + 1 :]  # (not across paragraphs)
            near = text[max(0, seg_start - REFERENCE_WINDOW) : seg_start]
            q.subject = referred_subject(q.subject, earlier + near, rules)
        item, added, made = segment.strip("，,；;、 "), "", ""
        if r.unit_class in CAPACITY_ITEM_CLASSES and item:
            added, made = head_capacity(text, r.start, rules)
        capacity = capacity_item_subject(item, added, rules, made) if added else ""
        if capacity:
            # 新增生产能力有：钢42.7万吨，…: the capacity to make the product, not its output
            q.subject = capacity
        elif r.unit_class not in NO_OUTPUT_CLASSES or (
            r.unit_class == "count" and segment.rstrip().endswith(output_verbs)
        ):
            # 钢增长58% -> 钢产量; 增产两万件棉纱: a product counted in its pieces after 增产 too
            q.subject = product_output(q.subject, rules)
        if r.unit_class in PRODUCED_CLASSES:
            q.subject = produced_output(q.subject)  # 生产钾肥757.5万吨 -> 钾肥产量
        if r.unit_class in HEAD_MEASURE_CLASSES and q.subject == segment.strip("，,；;、 "):
            # 预计产量…：电力108亿度，…: a bare item of a list whose head names the measure
            q.subject = head_measure_subject(q.subject, head_list_measure(text, r.start, rules))
        counted_periods = False  # a run of periods (连续N年) or a lead over a schedule (提前N年V)
        # (连续第7年提高…: the run counted to this year, as 连续7年, heldout12 national 2012)
        run_lead = segment.removesuffix("第") if segment.endswith("连续第") else segment
        if run_lead != segment and r.unit_class == "time":
            q.subject = q.subject.removesuffix("连续第").removesuffix("第")
        if r.unit_class == "time" and run_lead.endswith("连续"):
            words_between = HAN.search(text[st.previous_end : seg_start])
            if run_lead.strip("，,；;、 ") == "连续" and words_between:
                q.subject = ""  # …不断健全，连续5年提高…: no figure's owner right before the run
            q.subject = run_rate_word(q.subject, run_lead[:-2], rules)
            after = text[r.end : r.end + CONSECUTIVE_WINDOW]
            run_of, q.subject = q.subject, consecutive_subject(q.subject, after, r.unit)
            st.run_of = run_of if q.subject != run_of else None
            counted_periods = True
        elif r.unit_class == "time":
            before_lead = q.subject
            q.subject = ahead_subject(q.subject, text[r.end : r.end + CONSECUTIVE_WINDOW])
            task_window = text[r.end : r.end + TIME_SPENT_WINDOW]
            q.subject = time_spent_subject(q.subject, segment, task_window, r.unit)
            if q.subject == before_lead:
                q.subject = time_limit_subject(q.subject, segment, task_window, r.unit)
            counted_periods = q.subject != before_lead
        joined = (
            st.previous is not None
            and text[st.previous_end : start].strip() in LIST_JOIN_WORDS
            # (of one kind of figure: not 3个产值超千亿元、2个…, a threshold then a count)
            and st.previous.reading.unit_class == r.unit_class
            and st.previous.kind != "other"
        )
        if segment.rstrip().endswith("分别"):
            st.list_prefix = list(prefix)  # 分别达到4.8万元和2.6万元: 达到 for both
        elif st.list_item or (joined and st.list_prefix):
            # (and 分别达100%和98.9%, a list of one subject's figures: the 分别 list goes on)
            prefix = [*(h for h in st.list_prefix if h not in prefix), *prefix]
        else:
            # a figure that is no item of the list before ends it (…分别达10亿元、20亿元，分别增长
            # 4%、8%; …，是2015年的1.45倍和1.5倍: 达到 is not theirs)
            st.list_prefix = []
        if joined and not prefix:
            # 城乡居民人均可支配收入达27732元、16695元, 牛羊饲养量达10.56万头、28万只: the verb
            # reached by the first figure governs the one joined to it with no hedge of its own
            # (helpers' pages of 2016-2025, session 64; not 突破2万亿元、达到23562亿元, nor
            # 超千场体育赛事、近百场大型演唱会)
            prefix = list(st.joined_verbs)
        st.joined_verbs = [h for h in prefix if h in JOINED_VERB_HEDGES]
        governing = cues.governing_at(r.start)
        if "累计" in governing and (
            clause.lstrip("，,、").startswith(rules.cumulative_stops)
            or bare_sum_left(text, cues.governing["累计"], r.start, cues.commas)
        ):
            # 累计…，特别是发行6600亿元… / …，年均新增… / …累计突破5000亿元，认定…8家 / …，全市人均
            # 预期寿命较2020年提高…: a clause of its own, not of the sum
            governing = [w for w in governing if w != "累计"]
        if governing:
            governing = [w for w in governing if not spent_aim(text, cues, w, r.start, rules)]
        # kind
        after = text[r.end : r.end + KIND_AFTER_CHARS]
        kind_segment = without_leading_years(kind_segment)  # 五年内扩大…: the verb opens it
        q.kind = remembered_kind(q, kind_segment, clause, rules, role, governing, after)
        if (
            q.kind == "count_new"
            and st.previous is not None
            and st.previous.kind == "count_new"
            and st.previous_end == start
            and "达到" in prefix
        ):
            q.kind = "level"  # 新增50家达127家: the number the new ones brought the total to
        rate_item = (
            q.kind == "growth_pct" and "分别" in kind_segment and listed_rate(q.subject, rules)
        )
        if rate_item:
            # 城镇调查失业率、居民消费价格涨幅分别控制在5%和3%以内: the rise is the prices', the
            # unemployment rate is a share (a city's plan of 2019, a region's review of 2024)
            q.kind = "share_pct"
        if (
            q.kind == "count_new"
            and ADDED_COUNT_OPEN.fullmatch(kind_segment.lstrip("，、；; "))
            and q.subject
            and ADDED_VERB not in q.subject
        ):
            # 增加普惠性养老床位2000个 -> 增加普惠性养老床位: the verb that says what happened to the
            # counted things stays (CONVENTIONS.md round 15; heldout10, 54, 63 write it so)
            q.subject = ADDED_VERB + q.subject
        if counted_periods:
            q.kind = "other"  # 连续6年稳定在325天以上: the years are a duration, not the level held
        crossed = STEPS_CROSSED_BY.search(kind_segment) if q.kind == "change" else None
        if crossed and r.unit == "个" and STEPS_CROSSED.match(text, r.end):
            # 全省地区生产总值连跨3个千亿级台阶 -> 全省地区生产总值跨越的千亿级台阶: what crossed them
            measure = _strip_words(crossed.group("measure"), rules)
            if len(measure) >= 2 and q.subject and not q.subject.startswith(measure):
                verb = "跨过" if crossed.group("verb") == "跨过" else "跨越"
                q.subject = f"{measure}{verb}的{q.subject}"
                st.run_of = measure  # (…台阶，年均增长5.7%: the measure goes on, not the steps)
        if q.kind == "change" and r.unit_class in ("count", "magnitude"):
            cut = reduced_object(kind_segment)
            if cut and cut in q.subject:
                q.subject = cut  # 减少农村贫困人口1000万人: a change of the object
        if q.kind in ("growth_pct", "change") and is_decrease(kind_segment, rules):
            q.sign = -1
        previous = st.previous
        if (
            previous is not None
            and segment
            and not segment.strip("、和及与")  # (made of these only; no two sets per figure)
            and previous.reading.unit_class == r.unit_class
        ):
            # (not the share of a rate item before: the next item keeps its own growth)
            if not (st.rate_item and not listed_rate(q.subject, rules)):
                q.kind, q.sign = previous.kind, previous.sign
        elif (
            previous is not None
            and q.subject == previous.subject
            and previous.reading.unit_class == r.unit_class
            and _only_hedges(text[seg_start : r.start - q.minus], rules)
            # (增加910元，达到1826元 and 新增50家达127家: the level reached, not a second change)
            and not (previous.kind in ("change", "count_new") and "达" in text[seg_start : r.start])
        ):
            # 增长7%左右，力争8%: same measure; 增加910元，达到1826元 is the level reached
            q.kind, q.sign = previous.kind, previous.sign
        elif (
            previous is not None
            and q.kind == "level"
            and change_list_item(text, previous, r, rules)
        ):
            # 扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩: the opener's object list goes on
            q.kind, q.sign = previous.kind, previous.sign
        elif (
            previous is not None
            and previous.kind == "growth_pct"
            and r.unit_class == previous.reading.unit_class == "percent"
            and moved_to_end(text, previous.reading.end, r.start - q.minus)
        ):
            # 降幅由谷底的-14.2%收窄至-11.6%: the end of a rate's move is the same rate
            q.kind, q.sign = previous.kind, previous.sign
        st.rate_item = rate_item
        opened = q.kind == "level" and new_list_opened(text[st.previous_end : r.start], r, rules)
        if (
            st.new_lead
            and q.kind == "level"
            and new_list_item(text, previous, r, rules, st.capacity_lead)
            and not total_reached(clause, q.subject, rules)  # 新建…，运营里程达1.6万公里
            and not (previous and own_action_item(text[previous.reading.end : r.start], rules))
        ):  # (…，造林600万公顷: an action of its own)
            q.kind = "count_new"  # 全年新增…，铁路新线和复线3300多公里: an item of the 新增 list
            between = text[previous.reading.end : r.start] if previous else ""
            q.subject = new_list_subject(q.subject, previous, between, rules)
        elif opened:
            q.kind = "count_new"  # 新增生产能力举其重要的来说，有：钢四十二万七千吨
        elif q.kind == "level" and new_count_item(text, previous, r, rules):
            q.kind = "count_new"  # 开通…线路26条、国际货运航线11条: an item of the new count
        elif q.kind == "level" and capacity and added != "-":
            q.kind = "count_new"  # 可以增加的制造能力…：冶金机械三万吨: the capacity added
        # (the four figures before it only: a slice of all of them would cost their number)
        whole = (
            new_count_whole(text, quantities[max(0, n - 4) : n], r) if q.kind == "level" else None
        )
        if whole is not None:
            # 引进项目38个，其中亿元以上项目12个 (helpers' pages of 2019-2024, session 64): the part
            # of a count of new units is new units too, named with the whole's verb
            q.kind = "count_new"
            verbs = (*rules.new_words, *rules.completed_predicates)
            verb = max((w for w in verbs if whole.subject.startswith(w)), key=len, default="")
            if verb and not q.subject.startswith(verb):
                q.subject = verb + q.subject
        st.new_lead = q.kind == "count_new" and (new_led(clause, rules) or opened or st.new_lead)
        if opened:
            st.capacity_lead = CAPACITY_LEAD in text[st.previous_end : r.start]
        st.capacity_lead = st.new_lead and st.capacity_lead
        if q.subject.endswith(rules.policy_threshold_words):
            q.kind, q.sign = "other", 1  # 起征点从3万元提高到15万元: a policy threshold
        if r.rank_prefix and q.kind == "change":
            q.kind, q.sign = "rank", 1  # 排名上升2位至第7位: the place reached is a rank
        moved = rank_places_moved(text, r, seg_start)
        if moved is not None:
            # 综合科技创新水平指数排名提升6位, 比上年前移4位: a ranking's move, a change of places
            # (heldout12, heldout66), of the ranking named or of the one before
            q.kind, q.sign = "change", -1 if moved.group("verb") in RANK_BACKWARD else 1
            ranking_named = _strip_words(text[seg_start : moved.start()], rules)
            ranking_named = RANK_LOCATIVE.sub("", ranking_named)  # 在全国城市排名 -> 全国城市排名
            ranking_named = ranking_named_end(ranking_named)  # 总量在全省排名达到 -> …排名
            ranking = st.previous.subject if st.previous and st.previous.kind == "rank" else ""
            if q.subject.endswith(RANKING_NAMES) and not ranking_named:
                ranking = q.subject  # (分别提高5位、6位: each ranking of the list already named)
            q.subject = (
                ranking_named
                if ranking_named.endswith(RANKING_NAMES)
                else ranking or ranking_named + "排名"
            )
        opened_rank = ("", "")
        if q.kind == "rank":
            ranked_before = st.previous.ranked if st.previous is not None else ""
            opened_rank = opened_rank_subject(clause, ranked_before, rules)
            field = st.previous.reading if st.previous is not None else None
            if (
                field is not None
                and field.unit_class == "count"
                and field.start >= r.start - len(clause)
            ):
                earlier = st.subjects[-2] if len(st.subjects) >= 2 else ""
                # (…是新区开发前的9.7倍，增速在18个国家级新区中排名第一: the indicator ranked,
                # not its multiple)
                earlier = RATIO_TAIL.sub("", earlier)
                ranking = field_rank_subject(
                    clause[: len(clause) - (r.start - field.start)],
                    text[field.end : r.start],
                    earlier,
                )
                opened_rank = (ranking, ranking[:-2]) if ranking else opened_rank
        quoted_ranking = QUOTED_RANKING.fullmatch(segment) if q.kind == "rank" else None
        if opened_rank[0]:
            q.subject, q.ranked = opened_rank  # 位居全国投资潜力第3、新型城镇化质量第4
        elif quoted_ranking:
            # …排名上升至第16位，位列全国“省级开发区升级潜力百强”第12位: the ranking its clause
            # names, not the one before (a zone's review of 2024, session 57)
            q.subject = quoted_ranking.group("name") + "排名"
            q.ranked = quoted_ranking.group("name")
        elif q.kind == "rank":
            q.subject = scoped_rank_subject(q.subject)
            placed = placed_rank_subject(
                segment, text[max(0, seg_start - 1) : seg_start], st.previous, rules
            )
            subject_before = q.subject_start is not None and q.subject_start < r.start
            rank_text = text[q.subject_start : r.start] if subject_before else ""
            if not subject_before and not placed:
                # 51.9万亿元，跃升到世界第二位: a carried indicator, ranked in the scope its own
                # clause writes
                rank_text = q.subject + carried_rank_scope(segment, rules)
            counted_rank = RANKED_COUNT_SUBJECT.fullmatch(q.subject)
            named = counted_rank["noun"] + counted_rank["verb"] if counted_rank else ""
            if (
                counted_rank
                and not placed
                and named in text[max(0, r.start - len(named) - 4) : r.start]
            ):
                # 13项…测评指标位居全省第一: the count before was named by this rank, the rank
                # ranks the counted things (a county's review of 2020, session 66)
                q.subject, rank_text = counted_rank["noun"], named
            if placed and st.previous is not None and st.list_carry:
                # 工业投资和技改投资分别增长…，均居全市前三位: the ranking of the whole list
                head = st.list_carry
                if segment.lstrip("，,、").startswith("均") and placed.startswith(
                    st.previous.subject
                ):
                    placed = head + placed[len(st.previous.subject) :]
            evaluation = None if placed or q.subject else EVALUATION_FIELD.search(segment)
            if evaluation:  # 在县脱贫攻坚半年考评中位列第一: the evaluation ranks
                placed = rank_text = evaluation.group("field")
            if (
                RANK_LIST_JOIN.fullmatch(segment.strip())
                and st.previous is not None
                and st.previous.kind == "rank"
                and st.rank_clause
            ):
                rank_text = st.rank_clause  # 增速分别居副省级城市第2位、第3位: the same ranking
            st.rank_clause = rank_text
            q.subject, q.ranked = ranking_subject(placed or q.subject, rank_text, rules)
            if q.ranked in rules.rank_verbs and run_of:
                # 制造业增加值规模连续16年保持全球第一: the run's indicator, not the verb
                q.subject = q.subject.replace(q.ranked, run_of, 1)
                q.ranked = run_of
            if placed and st.previous is not None:
                q.ranked = st.previous.ranked or st.previous.subject  # (…，总量居全市第三位)
        capacity = project_capacity_subject(text, r)
        if capacity:
            q.subject = capacity  # 白银集团7万吨锌基合金等项目: the capacity of a named project
        # period, year, span
        # 年产一百五十万吨钢的钢铁联合企业: the yearly output that sizes a plant, a class too
        rated = output_rating(text, r)
        threshold = (bool(rated) or _is_threshold(text, r, prefix)) and not counted_magnitude(
            text, r, rules
        )
        q.span = cues.span(r.start)
        if threshold and text.startswith("的", r.end):
            # 投资在五亿元以上的重大建设项目: a class named after 的; the subject stays the measure
            q.kind, q.period_kind, q.year = "other", "other", None
            st.threshold_noun = ""
            st.threshold_class = topic_class(
                text, r, start if q.subject_start is None else min(q.subject_start, start)
            )
            if rated:  # (年产十万吨的钢铁厂: the plant's output, named)
                q.subject, q.subject_start, q.subject_end = rated, r.start, r.end
        elif threshold:
            q.kind, q.period_kind, q.year = "other", "other", None
            grade = magnitude_grade(text, r) or bare_size_grade(text, r)
            measured = measure_grade(text, r) or rated
            st.threshold_noun, _ = _following_noun(text, r.end)
            if not measured and r.unit_class in ("money", "magnitude"):
                # 200亿级企业: the firms of the class, not 级企业 (a city's review of 2025)
                st.threshold_noun = st.threshold_noun.removeprefix("级")
            st.threshold_class = ""
            if grade:
                # 建成五百亿级开发区2个: a count after the grade counts the graded things
                st.threshold_noun = grade[r.end - r.start :]
            own = q.subject if q.subject_start is not None and q.subject_start < start else ""
            st.threshold_subject = own or st.threshold_subject
            st.threshold_start = start if not own or q.subject_start is None else q.subject_start
            if not own:
                st.threshold_start -= len(class_word_verb(segment, rules))
            # (a subject that took the noun after the figure already keeps it once: 建成500亩以上
            # 示范坝区70个 -> 建成示范坝区, not 建成示范坝区示范坝区)
            noun_named = st.threshold_subject.endswith(st.threshold_noun)
            # (only its closing verb goes: 项目投资增长 -> 项目投资, not 在农村 -> 农村)
            stripped = _strip_words(st.threshold_noun, rules)
            noun = (
                stripped
                if stripped and st.threshold_noun.startswith(stripped)
                else st.threshold_noun
            )
            q.subject = (
                st.threshold_subject if noun_named else st.threshold_subject + noun
            ) or q.subject
            q.subject_start = st.threshold_start
            if grade:
                # (the graded noun stays the next count's segment: subject_end at the grade)
                q.subject, q.subject_start, q.subject_end = grade, r.start, r.end
            elif measured:
                q.subject, q.subject_start, q.subject_end = measured, r.start, r.end
        else:
            st.threshold_noun = ""
            if q.subject != st.threshold_class:
                st.threshold_class = ""
            goal_year = named_goal_year(clause, role)
            q.period_kind, q.year, past = (
                ("target", goal_year, False)
                if goal_year is not None
                else _period(
                    r, role, part_year, plan_year, governing, clause, rules, cues, q.subject
                )
            )
            if past:
                q.kind = "other"
            if (
                q.period_kind == "target"
                and q.year == plan_year
                and (PART_YEAR_SPAN.search(q.span) or SAME_PERIOD_COMPARED.search(clause))
                and not FUTURE_MODAL.search(clause)
            ):
                # 1980年上半年又比去年同期增长20.2%, 本年1-5月份…计划完成102.6%: the plan year's
                # months already past when the report is given, a result (14 corpus rows, all past;
                # so is a change against the same months of last year, heldout90)
                q.period_kind = "actual"
            if (
                q.kind == "count_new"
                and q.period_kind == "stock"
                and "累计" not in governing
                and not any(w in segment for w in rules.stock_words)  # 、总量达122家
            ):
                q.period_kind = "actual"  # 新登记市场主体4.6万户: a flow, not a stock
            if q.kind in ("change", "growth_pct") and q.period_kind == "stock":
                # 累计…增长, 余额…比年初增加: a change moves over the period, it does not stand
                # (CONVENTIONS.md, round 28: a change of a balance or a standing stock)
                q.period_kind = "actual"
            multi = cues.multi_year(r.start, review_year, plan_year)
            written = cues.written_years.at(r.start)
            if (
                multi
                and q.kind == "level"
                and YEAR_OPENED_SENTENCE.match(text)
                and not contains_any(clause, PER_YEAR_WORDS)
                and "；" in text[cues.multi_mark_end(r.start) : r.start]
            ):
                # 2015年，…“十二五”期间年均增长7.6%；规模以上工业增加值完成334.4亿元: the level of a
                # later item is the opening year's, the period governs its own item's averages
                # (a city's review of 2015 in traditional characters, session 66; its page's
                # half-width ; reads ； in the clean view, session 68)
                multi = None
            deadline = (
                inherited is not None
                and written == inherited[1]
                and not inherited[0].startswith("这")  # 在这五年里…。到1992年，…: the year alone
                and isinstance(written, int)
                and plan_year is not None
                and written >= plan_year  # 到一九八二年，… in a review: the year reached
                and f"到{written}年，" in text[max(0, r.start - CLAUSE_WINDOW) : r.start]
                and not carried_span
            )
            # 2000年国家财政收入达13380亿元，平均每年增长16.5%: a yearly average is of the span
            per_year = contains_any(clause, PER_YEAR_WORDS)
            # 一九八二年同一九七八年相比，…平均每年增加…: the average of the years compared, no span
            framed = compared_at is not None and compared_at < r.start
            # 去年经济增长8.8%，… opening the sentence inside 过去的五年, or a later clause of it
            # (…，去年底企业数量超过5200万户): the single year written, from there on
            last_year_opened = last_year_at is not None and last_year_at <= r.start and not per_year
            heading_governs = written is None or deadline or (per_year and not framed)
            if not multi and not last_year_opened and heading_governs:
                # the period of the heading or paragraph opening, unless a written year
                # anchors the figure (2012年底，城镇人均住房面积…); 力争到2030年，… in the
                # “十五五”时期 part is the plan's own end: the plan's span stays (heldout2 call)
                multi = inherited
            if own_opening:
                multi = clause_count_period(multi, inherited, text, r.start)
            multi = nested_period(multi, inherited, plan_year)
            if multi and multi[1] is not None and plan_year is not None:
                if role in ("front", "other") and q.period_kind == "other" and not past:
                    # a part without a review / plan heading (national 1982): the period
                    # governing the figure says result or plan (第六个五年计划期间，…)
                    q.period_kind = "actual" if multi[1] < plan_year else "target"
                    if (
                        q.period_kind == "actual"
                        and q.kind not in ("count_new", "share_pct", "change")
                        and not FROM_TO_AFTER.match(text, r.end)
                        and not CHANGE_END_BEFORE.search(clause)
                        and standing_subject(r, clause, governing, q.subject, rules)
                    ):
                        # 过去五年，…。累计压减燃煤998万吨 in a text without part headings: what
                        # stands at the span's end, as in a review part (a city's digest of its
                        # five-year review of 2015, session 70)
                        q.period_kind = "stock"
            elif (
                role in ("front", "other")
                and q.period_kind == "other"
                and not past
                and q.kind != "other"
                # (in a text nothing dates, a year written in the clause has had its say: 到2035年
                # 突破6000亿元 is a goal or a result, the text does not tell; nor is one whose
                # main targets it read as a plan a review throughout)
                and (
                    review_year is not None
                    or cues.clause_year(r.start) is None
                    and not report.targets_as_plan
                )
                and not is_population(text, r.end, rules)
                and not text.endswith(rules.minimum_hedges, 0, r.start)
            ):
                # a report without part headings (national 1964, 1975, 1979): a figure with no
                # time, plan or estimate cue in its sentence is a result of the year under review
                # (有百分之二十四的国营工业企业存在着亏损; 上百万赤脚医生成长起来), or of the
                # year written before it (从1949年的二千四百多万人); not 至少 (a floor set); a
                # standing thing is a stock (全镇总人口5975人)
                # (not 新增市场经营主体2463家, a flow; nor the start of a change, 职工从1949年的
                # 八百万人增加到…, which keeps the reading of round 26; nor a share; nor a change
                # of the stock, 常住人口…，比上年末减少0.4万人: round 28)
                standing = (
                    q.kind not in ("count_new", "share_pct", "change")
                    and not FROM_TO_AFTER.match(text, r.end)
                    and not CHANGE_END_BEFORE.search(clause)
                    and standing_subject(r, clause, governing, q.subject, rules)
                )
                q.period_kind = "stock" if standing else "actual"
                q.year = cues.year(r.start, review_year)
                if (
                    q.year is not None
                    and plan_year is not None
                    and q.year >= plan_year
                    # (not the year a report of its first half reviews: 上半年政府工作报告,
                    # session 68)
                    and q.year != review_year
                ):
                    # 具体到2022年，…实现地区生产总值增长13%以上 (the plan year's 2022): a year not
                    # yet run is no result, its figure a goal (a district's story, session 64)
                    q.period_kind = "target"
            # (the year patterns below read at most 12 characters before the figure, each a 年 in
            # them: one test for all, most figures have none written right before)
            year_near = text.find("年", max(0, start - 12), r.start) >= 0
            anchored = (
                (year_near and YEAR_ANCHOR.search(text, max(0, start - 12), start))
                or (year_near and YEAR_ANCHOR.search(text, max(0, r.start - 12), r.start))
                # 一九三六年的粮食产量是三千亿斤, 我国在一九五二年的粮食产量就达到… (1955 plan part):
                # the year written as the attribute of the subject opening the clause
                or (ATTRIBUTED_YEAR.match(clause) if has_year else None)
            )
            if anchored and r.unit_class in RATE_CLASSES and share_of_year(text, anchored.start()):
                anchored = None  # 恢复到2019年的95%: of the year under review, 2019 the base
            past_anchor = (
                anchored is not None
                and plan_year is not None
                and int(anchored.group(1)) < plan_year
                and q.period_kind in ("target", "plan_period")
                and not past
            )
            if past_anchor and anchored:
                # 工资总额一九八○年为七百七十三亿元 among a plan's figures: that year's result
                q.period_kind, q.year = "actual", int(anchored.group(1))
            elif (
                anchored is not None
                and plan_year is None
                and (q.period_kind == "other" or q.period_kind == "actual" and q.year is None)
                and q.kind != "other"
                and r.unit_class not in ("ratio", "doubling")
                # (not a horizon, 到2035年突破6000亿元: a goal or a result, the text does not say;
                # a level changed to, 增加到2017年的4343.1亿元, is that year's)
                and not (
                    text.endswith(("到", "至"), 0, anchored.start())
                    and not REACHED_TO.search(text, max(0, anchored.start() - 3), anchored.start())
                )
            ):
                # a text that nothing dates (a page cut out of a five-year review: 全市生产总值由
                # 2013年的3140.8亿元增加到2017年的4343.1亿元, session 51): the year written right
                # before the figure is its year
                q.period_kind, q.year = "actual", int(anchored.group(1))
            elif (
                anchored is not None
                and q.period_kind in ("actual", "stock")
                and q.year is not None
                and int(anchored.group(1)) < q.year
                and r.unit_class not in ("ratio", "doubling")
            ):
                # 财政赤字从1979年的170亿元、1980年的127亿元: each figure of its written year
                # (是2010年的2.2倍 is a multiple of that year's figure, not of that year)
                q.year = int(anchored.group(1))
            # 从2009年的2.8%降到去年的1.5%: the level of the year it names, no span
            reached_last = (
                REACHED_LAST_YEAR.search(text, max(0, r.start - 8), r.start) if year_near else None
            )
            if q.span and reached_last:
                q.span = ""
            if multi and not q.span:
                # 增加到2002年的10.2万亿元, 2030年达到305亿斤: a written year anchors the figure to
                # one year, no span (heldout3, heldout4 and dev.csv against heldout.csv)
                q.span = "" if anchored or reached_last else multi[0]
                if q.period_kind != "other" and multi[1] is not None and not past_anchor:
                    # 积累率由一九七八年的36.5%… in 过去五年: of the year written, not the span's end
                    anchor_year = int(anchored.group(1)) if anchored else multi[1]
                    q.year = min(anchor_year, multi[1])
                if not multi[0] and q.period_kind == "target" and role != "review":
                    # 过去一年，… in a plan part: a result (in a review, a target is the year's
                    # plan quoted: 一年来，…。但是，全国没有实现年初确定的…降低4%左右…的目标)
                    q.period_kind = "actual"
            if (
                multi
                and multi[1] is not None
                and plan_year is not None
                and multi[1] < plan_year
                and q.period_kind == "target"
                and (multi[0] or role != "review")
            ):
                # 过去五年，… in a part that also sets goals: a result (not the year under review
                # opening a paragraph of a review, whose targets are its plans quoted)
                q.period_kind = "actual"
            grown = (
                YEAR_GROWTH_BEFORE.search(text, max(0, start - 10), start) if year_near else None
            )
            if grown and BEST_YEAR_COMPARED.search(text, max(0, grown.start() - 12), grown.start()):
                grown = None  # 比历史上最好的1984年增长6.8%: the base of a comparison too
            if grown and plan_year is not None and int(grown.group(1)) < plan_year:
                # 低于1985年增长44.6%: a result of the year written before it
                q.period_kind, q.year = "actual", int(grown.group(1))
            base_value = (
                BASE_VALUE_BEFORE.search(text, max(0, start - 10), start) if year_near else None
            )
            if base_value is None and year_near:
                # 小于1952年所占的比例13.2%: the share compared with, of its year
                base_value = COMPARED_YEAR_SHARE.search(
                    text, max(0, start - COMPARED_YEAR_SHARE_CHARS), start
                )
            if base_value and q.period_kind != "other":
                # 比1957年的1241亿元增长65%: the base figure, a result of its year, no span
                q.year, q.span = int(base_value.group(1)), ""
                q.period_kind = "stock" if q.period_kind == "stock" else "actual"
            if (
                role == "plan"
                and q.period_kind == "target"
                and text[max(0, start - 4) : start].rstrip("的").endswith(rules.in_force_words)
            ):
                q.period_kind, q.year = "actual", review_year  # 现行16%的税率降至13%
            if (
                role in ("review", "front", "other")
                and q.period_kind == "actual"
                and q.kind == "level"
                and (counted_unit(r.unit, rules) or standing_noun(q.subject, r.unit, r.unit_class))
                and not PER_HEAD.match(q.subject)
                and (
                    count_reached_before(text, r.start, r.unit, q.subject)
                    or (
                        FROM_TO_BEFORE.search(text, max(0, r.start - 20), r.start)
                        and FROM_TO_AFTER.match(text, r.end)
                    )  # 由51家整合为33家: the count in place before, of the base year
                    or (
                        previous is not None
                        and previous.period_kind == "stock"
                        and counted_unit(previous.reading.unit, rules)
                        and text[st.previous_end : r.start] in ("、", "和", "及")
                    )  # 分别达到43家、322家: the items of the list reached
                )
            ):
                # 国际友城达120对, 经营主体达到12.9万家: the entities in place at the point
                # reached (CONVENTIONS.md, round 22: counts of firms and entities reached); in a
                # part without a plan heading too (national 1975: 建交国家增加到近百个)
                q.period_kind = "stock"
            if (
                role != "plan"
                and q.period_kind == "actual"
                and q.kind == "level"
                and r.unit_class not in RATE_CLASSES
                and standing_total(text, r.start, q.subject, r.unit_class, rules)
            ):
                # 储蓄存款年末达到38500多亿元, 人才资源总量超过670万人, 宽带用户超过7.8亿户: what
                # stands at the year's end, not a flow of the year (in a part without a review
                # heading too: 年末全县农业机械总动力65.44万千瓦 under a communiqué's 一、农业,
                # session 69)
                q.period_kind = "stock"
            task_amount = (
                q.period_kind in ("actual", "expected")
                and q.kind == "level"
                and task_target(text, r.start, r.end)
            )
            if task_amount:
                # 完成年度目标任务42亿元的92.36%: the year's target, named as the base of the share
                # done (a sub-district's summary of 2020, session 69); set, not estimated, where an
                # estimate governs the results around it (初步预计，…完成年计划710亿元的89.4%: a
                # district's plan report of 2023, session 70)
                q.period_kind, q.span = "target", ""
            if (
                q.period_kind == "actual"  # a review's figure, or a past one in an unheaded part
                and q.kind in ("level", "share_pct")
                and contains_any(clause, rules.standing_words)  # (one scan of the clause)
                and not r.unit.endswith(rules.event_units)
                and not reached_standard(text, r.start, r.end, rules)
            ):
                q.period_kind = "stock"  # 全国已有76%的县普及了…: what is in place by then
            if (
                q.period_kind == "actual"
                and q.kind == "level"
                and r.unit_class == "count"
                and HAS_NOW_BEFORE.search(text, max(0, r.start - HAS_NOW_REACH), r.start)
            ):
                # 全乡现有贫困户952户 (townships' summaries of 2016-2018, session 64): what the
                # place has now, counted right after the noun 现有 governs (not 用于现有企业…的
                # 资金, a modifier of another noun)
                q.period_kind = "stock"
            if (
                role in ("review", "front", "other")
                and q.period_kind == "actual"
                and (
                    (q.kind == "level" and r.unit_class == "count")
                    or (q.kind == "share_pct" and r.unit_class == "percent")
                )
                and status_reached(text, r.start, r.end, r.unit, r.unit_class)
            ):
                # 300多个城市建立了…制度: a lasting status reached (round 27)
                q.period_kind = "stock"
            if (
                q.period_kind == "actual"
                and q.kind == "share_pct"
                and previous is not None
                and previous.period_kind == "stock"
                and previous.year == q.year
                and SHARE_OF_TOTAL_AFTER.fullmatch(text, previous.reading.end, r.start)
            ):
                # 已经有一亿一千多万青、壮年摆脱了文盲地位，占农村青、壮年总人数的三分之二: the
                # standing count's share of the whole it is part of stands too
                q.period_kind = "stock"
            if (
                comma_item
                and previous is not None
                and previous.period_kind == "stock"
                and q.period_kind == "actual"
                and q.kind == "level"
                and previous.kind == "level"
                and previous.year == q.year
                and previous.reading.unit_class == r.unit_class
                and any(
                    w
                    in text[max(0, previous.reading.start - CLAUSE_WINDOW) : previous.reading.start]
                    for w in rules.standing_words
                )
                and BARE_ITEM.fullmatch(segment.strip("，, "))
                and not r.unit.endswith(rules.event_units)
            ):
                # 全国已有少数民族小学生254万余人，中等学校学生16万余人: a bare item after a
                # standing count is in place too
                q.period_kind = "stock"
            if (
                role == "plan"
                and q.period_kind == "target"
                and r.unit_class in PROJECT_CAPACITY_CLASSES
                and PROJECT_NAME_AFTER.match(text, r.end)
            ):
                # 推动某集团60万吨赖氨酸等项目释放产能: a size in a project's name, no goal of
                # the year (heldout21 jilin, heldout gansu: period other, no year)
                q.period_kind, q.year = "other", None
            if (
                role in ("front", "other")
                and q.period_kind == "target"
                and reached_from_year(text, r.start, plan_year)
            ):
                # 已从1950年的60.8%降低到1954年的30.7% in a report without part headings: the level
                # reached, a result of its year (national 1954, delivered in September)
                q.period_kind = "actual"
            planned = plan_set_year(text, r.start, plan_year) if has_year else None
            if planned is not None and q.period_kind != "other":
                q.period_kind, q.year = "plan_period", planned
            earlier_plan = plan_period_base(text, r.start) if has_five else None
            if earlier_plan and q.period_kind != "other":
                # 比第五个五年计划期间的百分之十一: the earlier plan's figure, a result of its period
                q.period_kind, (q.year, q.span) = "actual", earlier_plan
            plan_end = (
                PLAN_END_BEFORE.search(text, max(0, r.start - 10), r.start) if has_five else None
            )
            if plan_end and q.period_kind != "other" and r.unit_class != "ratio":
                # 较“十三五”末的9323.1亿元: the figure of the plan's last year, no span (not a
                # multiple of it: 是“十一五”末的2.6倍 is of the year reviewed, a prefecture's
                # review of 2011-2015, session 51)
                q.period_kind, q.span = "actual", ""
                q.year = 2000 + 5 * "一二三四五".index(plan_end.group(1)) + 10
            from_to = (
                FROM_TO_BEFORE.search(text, max(0, r.start - 20), r.start) if has_from else None
            )
            if (
                has_from
                and q.period_kind == "actual"
                and length_reached(text, r, q.kind, from_to is not None)
            ):
                q.period_kind = "stock"  # 排水管道从63万公里增加到89万公里: the network's length
            if from_to and FROM_TO_AFTER.match(text, r.end):
                # 从26.6万亿元增加到51.9万亿元: the start value is of the year before the span
                # (or, in a plan, the year under review)
                q.period_kind, q.year = _start_value_period(q, role, multi, review_year)
                if (
                    role == "plan"
                    and q.period_kind == "actual"
                    and q.kind == "level"
                    and counted_unit(r.unit, rules)
                    and not PER_HEAD.match(q.subject)
                ):
                    # 科学研究机构将由４４个发展到６０个 in a plan: the count of standing entities in
                    # place in the year under review (round 22's stock, heldout110 national 1956)
                    q.period_kind = "stock"
                base = cues.base_year(r.start)
                if anchored is not None and q.period_kind in ("actual", "stock"):
                    base = int(anchored.group(1))  # 由1978年的63.5%: of the year written
                elif from_to.group(1) and q.period_kind in ("actual", "stock"):
                    base = int(from_to.group(1))  # 从2004年人均每月700元: of the year written
                written_start = base if anchored is not None or from_to.group(1) else None
                shared = shared_start_year(st, base, written_start)
                if (
                    base is None
                    and shared is not None
                    and plan_year is not None
                    and shared < plan_year
                    and q.period_kind in ("target", "expected", "plan_period")
                ):
                    q.period_kind = "actual"  # 其中国防费从A降低到B after 从1950年的…: a result
                base = shared
                named = relative_start_year(
                    from_to.group(),
                    cues.year(r.start, part_year),
                    cues.current_year if cues.current_year is not None else plan_year,
                )
                if named is not None and base is None:
                    if q.period_kind in ("target", "expected", "plan_period"):
                        q.period_kind = "actual"  # 今年…由去年的A提高到B: A is last year's result
                    base = named
                if base is not None and q.period_kind in ("actual", "stock"):
                    q.year = base  # 1986年同1978年相比，国民收入由3010亿元…: of the base year
                if multi:
                    q.span = ""  # the start value is of one year, before the span
                if multi and range_start(multi[0]) is not None:
                    st.range_from_end = r.end
                estimate = next(
                    (w for w in rules.expected_words if from_to.group().endswith(w + "的")), ""
                )
                if estimate and q.period_kind != "other":
                    # 由今年预计的3%提高到4%: the start value is the running year's estimate
                    q.period_kind = "expected"
                    q.year = cues.year(r.start, part_year)
            elif (
                multi
                and previous is not None
                and st.range_from_end == previous.reading.end
                and FROM_TO_AFTER.fullmatch(text, previous.reading.end, r.start)
            ):
                # 一九七一年到一九七八年…由A降到B: B is the level of the range's last year, a
                # point, not a figure of the span (heldout14-heldout16 calls)
                q.span = ""
            if (
                q.kind in ("level", "share_pct")
                and (q.period_kind in ("actual", "target", "stock") or role in ("front", "other"))
                and not past
                and cues.now_governs(r.start, rules.now_blockers)
            ):
                # 目前…经济联合体有32000多个, 比现有的86个减少27个: what stands when the report
                # is given, a stock of the report's own year (rules: now_words)
                q.period_kind, q.span = "stock", ""
                q.year = cues.current_year if cues.current_year is not None else plan_year
                if NOW_REACHED.search(text, max(0, r.start - NOW_REACHED_CHARS), r.start):
                    q.period_kind = "actual"  # 提高到现在的1721元: the level reached, a result
            if q.kind in ("growth_pct", "share_pct") and q.period_kind == "stock":
                if "累计" in governing and not any(w in clause for w in rules.stock_words):
                    q.period_kind = "actual"  # 累计 counts amounts, not rates
            if (
                q.period_kind == "target"
                and q.year is not None
                and plan_year is not None
                and q.year > plan_year
                and (
                    bool(multi)
                    or q.year % 5 == 0
                    or q.year == plan_in_force_end(plan_year)
                    or (inherited is not None and q.year == inherited[1])  # 到1992年 ends 这五年
                )
            ):
                # 十五五 goals, 到2035年: a multi-year plan's target with its end year (到2027年 in
                # a 2025 report stays a target: no five-year plan ends then)
                q.period_kind = "plan_period"
            if (
                q.period_kind == "actual"
                and q.year is not None
                and plan_year is not None
                and q.year > plan_year + 1
            ):
                # 到一九六七年…分别达到四百斤 in a 1959 review: no result is of a year after the
                # report's plan year; a figure of a later year is a goal (every gold row of a year
                # two or more past the report's year is plan_period)
                q.period_kind = "plan_period"
            horizon = goal_horizon(text, r.start, plan_year) if has_horizon else None
            if (
                horizon is not None
                and q.period_kind in ("actual", "target", "plan_period")
                and q.kind != "other"
                and not past
                and (q.period_kind != "plan_period" or q.year != horizon)
                and not (from_to and FROM_TO_AFTER.match(text, r.end))  # (a start value)
            ):
                # 到本世纪末争取实现…翻两番, 为到2010年…翻一番 (in 今后五年): the goal of the horizon
                # its own clause sets, beyond the span or year around it; the span stays only
                # when it ends there (一九八一年到本世纪末)
                if not (multi and multi[1] == horizon):
                    q.span = ""
                q.period_kind, q.year = "plan_period", horizon
            if q.period_kind == "stock" and q.kind == "growth_pct":
                # 储蓄存款余额增长8.5%, 累计下降27.4%, 贷款余额增长4.5倍: the rate a balance or a sum
                # moved at is a result of the year, not what stands; so is a change right after
                # the stated balance (存款余额8562亿元，比年初增长9.8%): CONVENTIONS.md, round 28,
                # changes of a balance
                q.period_kind = "actual"
            if q.period_kind == "stock" and q.kind == "rank":
                # 贷款余额增速居全国第6位, 上市公司数从第9位升至第7位: a place in a ranking compares
                # the year's figures of many units; it is a result of the year, not what stands,
                # even when the ranked figure is a balance or a count of standing things
                q.period_kind = "actual"
            if (
                previous is not None
                and previous.period_kind == "stock"
                and q.period_kind == "actual"
                and segment.startswith("其中")
            ):
                q.period_kind = "stock"  # 其中…: a part of what stands
        if r.unit_class == "magnitude" and not threshold and is_population(text, r.end, rules):
            # 八亿农民, 十亿人民: the people counted at the time of speaking
            q.kind, q.period_kind = "level", "stock"
            if not population_reached(text, r.end, clause, rules):
                q.subject = population_subject(text, r.start, r.end, rules)
            q.year = q.year if q.year is not None else plan_year
        if r.unit_class == "count" and session_attendance(text, r.start, r.end):
            # 本次会议应到代表738人，实到代表730人: the session's own count, of the year it is
            # held (news stories of sessions on six helpers' pages, session 58)
            q.period_kind = "stock"  # (the deputies standing then, CONVENTIONS.md: stock)
            q.year = held if held is not None else report.plan_year
        if role == "plan" and _counts_indicators(q, text, rules):
            # 提出28个主要指标: the new plan's list (a review's 28项主要指标总体完成 is a result)
            q.kind, q.sign, q.period_kind, q.year, q.span = "level", 1, "other", None, ""
            before = text[max(0, r.start - INDICATOR_GROUP_CHARS) : r.start]
            q.subject = indicator_subject(q.subject, before, plan_year)
        elif age := age_bound_subject(text, r):
            # 3岁以下婴幼儿, 65岁以上老年人: the age that bounds the people counted or served, no
            # amount (heldout11 gansu, heldout109 guizhou: 婴幼儿年龄上限, other)
            q.subject, q.kind, q.period_kind, q.year, q.span = age, "other", "other", None, ""
        elif speed := speed_subject(text, r):
            # 通时速350公里高铁: the speed that names a class of railway, no amount of anything
            # (heldout51 jiangxi 2026: 高铁时速, other)
            q.subject, q.kind, q.period_kind, q.year, q.span = speed, "other", "other", None, ""
        elif q.kind == "other" and r.unit_class in ("time", "run"):
            # 时隔66年, 经过15年, 三年内, 连续5年: a duration tells how long, of no year, in a
            # review as in a plan (tests/data/gold_corpus/CONVENTIONS.md, round 21: durations)
            q.period_kind, q.year, q.span = "other", None, ""
            q.subject = run_subject(q.subject, r.unit, text[seg_start : r.start], rules)
        elif hypothetical and in_conditional(hypothetical, r.start):
            # 只要降低百分之一，就可以节约八千四百亿元: a hypothetical figure, of no period
            q.period_kind, q.year, q.span = "other", None, ""
        sum_rate = "累计" in governing and accumulated_rate(text, r.start)
        if q.kind == "other" and r.unit_class == "time":
            # 确保…提前一年完成: the aim governs the work, not how long it took (round 21)
            hedging: list[str] = []
        else:
            hedging = list(governing)
        if q.period_kind in ("actual", "expected") and OWN_ESTIMATE_NOTE.match(text, r.end):
            # 从619.98亿元增长到880亿元(预计)，年均增长8%左右 (a district's five-year review of
            # 2016, session 66): the note is the figure's own, it governs no figure after it
            q.period_kind = "expected"
            hedging = ["预计", *(w for w in hedging if w != "预计")]
        elif q.period_kind in ("actual", "expected") and text.endswith(
            estimate_attributes(rules), 0, start
        ):
            # 地区生产总值从1002.16亿元提高到预计的1420亿元 (a district's five-year review of
            # 2021, session 61): the estimate written as the figure's attribute
            q.period_kind = "expected"
            hedging = ["预计", *(w for w in hedging if w != "预计")]
        share_lead = SHARE_LEAD.match(segment.lstrip("，,、 \u3000")) if "占" in segment else None
        if share_lead and share_lead.group(2) in ("约", "大约") and "约" not in prefix:
            prefix = ["约", *prefix]  # (约占全市60%: 约 hedges the share, session 62)
        q.qualifier = _qualifier(q, hedging, prefix, threshold, rules, sum_rate)
        if task_amount or goal_year is not None:
            # a target is set, not estimated (初步预计，…完成年计划710亿元的89.4%: a district's plan
            # report of 2023, session 70; 预计2022年…，同时…将2023年GDP增长目标定在6.5%以上)
            q.qualifier = [h for h in q.qualifier if h != ESTIMATE_HEDGE]
        if has_age and age_bound_in_noun(text, r.start):
            q.qualifier = [h for h in q.qualifier if h not in AGE_BOUND_WORDS]
        if (
            q.kind == "growth_pct"
            and q.subject.endswith(rules.rate_suffixes)
            and len(q.subject) >= 4
        ):
            # 居民消费价格涨幅3%左右: the kind says it is a growth rate; the subject is the price
            q.subject = next(
                q.subject[: -len(w)] for w in rules.rate_suffixes if q.subject.endswith(w)
            )
        q.subject = rate_change_object(q.subject, q.kind)
        q.subject = driven_subject(q.subject, rules)
        headless = headless_count_head(st.previous, text, r) if has_de else ""
        if headless:
            # 限额以上建设单位共有964个，其中本年开始建设的271个: the things of the count before
            q.subject = headless
        if (
            r.unit.endswith(PEOPLE_UNIT_ENDS)
            and q.subject
            and not q.subject.endswith(("人", "的"))
            and HEADLESS_HAVE.search(text, max(0, r.start - HEADLESS_HAVE_CHARS), r.start)
        ):
            # 被评为新长征突击手的有四万二千九百多人: the people the 的-clause names
            q.subject += "的人"
        for word in rules.price_suffixes if "价格" in q.subject else ():
            if q.subject.endswith("价格" + word):
                q.subject = q.subject[: -len(word)]  # 居民消费价格总水平 -> 居民消费价格
        economy = framed_growth_subject(clause, text, r.end) if has_de and r.unit == "%" else ""
        if economy:  # 确定4.5%左右的增长目标: the economy's growth, no word of the clause before
            q.subject, q.kind = economy, "growth_pct"
        full = q.subject
        own_subject = q.subject
        # a total reached (…，运营里程达1.6万公里) has a verb of its own: the verb before the first
        # figure of the list (新建…) does not govern it
        reached_total = (
            q.kind == "level" and has_reach and total_reached(clause, own_subject, rules)
        )
        if in_list:
            full = q.subject = carry_list_verb(q.subject, st.previous_full, rules)
        counted_item = (
            previous is not None and has_comma and comma_count_item(text, previous.reading, r)
        )
        if (
            in_list
            or joined_item
            or counted_item
            or (
                comma_item
                and q.subject[-2:] == st.previous_full[-2:]
                # …1700余所，组建600个城乡学校共同体: a verb of its own before the figure
                and not opening_word(segment)[1].startswith("v")
            )
        ):
            if (
                previous is not None
                and (
                    r.unit_class in COUNTED_CLASSES
                    # 新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨: a new capacity of
                    # any size is added too (not 淘汰水泥…: the things cut are counted as written)
                    or (
                        r.unit_class in ADDED_CLASSES
                        and st.previous_full.startswith(rules.new_subject_words)
                    )
                )
                and same_object_list(previous.reading.unit_class, r.unit_class, in_list)
                and st.previous_full not in glossary  # 新增城镇就业…、输转…劳动力: a name
                and not reached_total  # …，高速铁路运营里程达: a verb of its own
            ):
                full = q.subject = carry_governing_verb(q.subject, st.previous_full, rules)
                if (
                    q.subject != own_subject
                    and q.kind == "level"
                    and previous.kind == "count_new"
                    and r.unit_class in NEW_LIST_CLASSES
                ):
                    # 建设改造农村公路4000公里、农村电网5800公里: a length or area item shares the
                    # verb that made the first one an added amount (counts of things keep their
                    # own reading: 新建…，棚户区改造住房…套 is level in heldout5, 25, 68)
                    q.kind = "count_new"
        added_total = total_of_added(own_subject, st.previous_full, rules) if previous else ""
        if added_total:
            # 新增高速公路通车里程1523公里，总里程达8667公里: the total the added length joined
            full = q.subject = added_total
            q.kind = "level"
            if q.period_kind == "actual" and standing_subject(
                r, clause, governing, q.subject, rules
            ):
                q.period_kind = "stock"  # 、总装机达9157万千瓦: the total standing, as 总装机 alone
        # the sentence's opening without the hedges that govern it; only as many characters as
        # the hedges and the subject can take are read (a copy of all text before each number
        # made this quadratic on a long sentence)
        if hedged_opening:
            window = hedges_chars + len(q.subject)
            opening = text[: min(r.start, window)]
            if opening.startswith(rules.governing_hedges):  # (else none is taken off)
                for word in rules.governing_hedges:
                    opening = opening.removeprefix(word)
            opens = opening.startswith(q.subject)
        else:  # (no hedge to take off: the text before the figure opens with the subject)
            opens = text.startswith(q.subject, 0, r.start)
        measure = q.subject.removeprefix("产业")
        if opens and measure in measures_topic:
            # 新材料产业瞄准…。产值超过350亿元。: the block's topic names whose output it is
            topic = sentence_topic(report.clean_text, sentence.clean_start, rules)
            if topic:
                full = q.subject = topic + (measure if topic.endswith("产业") else q.subject)
        if (
            previous is not None
            and previous.kind == "count_new"
            and q.kind == "level"
            and q.subject.startswith("新增")
            and not own_subject.startswith("新增")
        ):
            q.kind = "count_new"  # …、复线里程1500公里 after 新增…: carried 新增, an added amount
        if (
            comma_item
            and previous is not None
            and "新增" in st.previous_full
            and "新增" not in q.subject
            and q.subject.endswith(rules.new_carried_measures)
            and text[seg_start:start].strip("，, ") == q.subject  # a bare item, no verb of its own
            and r.unit_class in ADDED_CLASSES
        ):
            # 新增发电装机容量1950万千瓦，采煤能力8000万吨，铁路通车里程1500公里: the capacities
            # and lengths listed after a figure that opened with 新增 are added ones too
            full = q.subject = "新增" + q.subject
            q.kind = "count_new" if q.kind == "level" else q.kind
        # (up to the hedges before the figure: 其中规模以上工业企业近2000家, a province's review)
        between = text[previous.reading.end : start] if previous is not None else ""
        whole = previous
        if st.added_whole is not None and between.startswith("、"):
            # (…，其中水电9601万千瓦、核电384万千瓦: the next part of the same total)
            whole, between = st.added_whole, "，其中" + between[1:]
        added_part = (
            added_part_subject(between, whole, r, rules)
            if whole is not None and q.kind in ("level", "count_new")
            else ""
        )
        st.added_whole = whole if added_part else None
        if added_part:
            # 新增发电装机容量4.45亿千瓦，其中水电9601万千瓦 -> 新增水电装机容量: a part of the total
            # added is added too
            full = q.subject = added_part
            q.kind = "count_new"
        if (
            previous is not None
            and q.kind == "change"
            and r.unit_class == "ppt"
            and previous.kind == "growth_pct"
            and q.subject == previous.subject
            and COMPARED_WITH.match(segment.lstrip("，,、"))
        ):
            # 增长8.5%、高于全国平均0.3个百分点: the gap is one of growth rates; after 年均增长
            # 4.5%, one of yearly average rates (年均增速)
            full = q.subject = q.subject + growth_rate_name(text, previous.reading.number_start)
        # (the growth compared: the figure before, or the one before a gap to a target after it,
        # 增长6.9%，差计划目标3.1个百分点，增速比全州高0.2个百分点: a county's review of 2022)
        compared_growth = (
            quantities[n - 2]
            if previous is not None
            and previous.kind == "change"
            and previous.reading.unit_class in ("ppt", "percent")
            and n >= 2
            and quantities[n - 2].kind == "growth_pct"
            # (not across a clause's end: a gap compares no growth of another sentence)
            and not CLAUSE_END_CHAR.search(text, quantities[n - 2].reading.end, r.start)
            else previous
        )
        # (a gap written in per cent, 增长8.2%，比省增速高0.8%，比全国高1.5%: a city's review of
        # 2016, session 57; the points of a gap between rates)
        gap_in_percent = (
            r.unit_class == "percent"
            and compared_growth is not None
            and compared_growth.kind == "growth_pct"
            and PERCENT_GAP.fullmatch(segment) is not None
        )
        if gap_in_percent:
            q.kind = "change"
        compared_gap = (
            compared_gap_subject(
                compared_growth.subject,
                segment,
                growth_rate_name(text, compared_growth.reading.number_start),
            )
            if compared_growth is not None
            and q.kind == "change"
            and (r.unit_class == "ppt" or gap_in_percent)
            and compared_growth.kind == "growth_pct"
            and compared_growth.subject
            else ""
        )
        amount_gap = (
            amount_gap_subject(previous.subject, segment)
            # (or its change from the year before, written between: 人均地区生产总值5.18万元，比
            # 上年增加0.17万元，比全省高1.18万元, a city's report of 2019, session 70)
            if previous is not None
            and previous.kind in ("level", "change")
            and previous.reading.unit_class == r.unit_class
            and r.unit_class in ("money", "count", "area", "mass")
            else ""
        )
        if (
            not amount_gap
            and q.kind == "level"
            and r.unit_class in ("money", "count", "area", "mass")
            and "比" in segment
        ):
            # 人均地区生产总值比全省高1.18万元: the gap of the amount its own clause names (a
            # city's report of 2013, session 70)
            split = comparison_split(segment.strip(" ，,、"))
            owned = split and _subject_from_segment(split[0], rules, rank=False)[0]
            amount_gap = amount_gap_subject(owned, split[1]) if split and owned else ""
        absolute = ABSOLUTE_CHANGE.search(segment)
        if absolute and q.kind == "level":
            # 增长的绝对数却是六百九十二万吨, 粮食增加的绝对数将达到三千亿斤 (heldout21, 64, 106
            # national 1959): the change of the measure in absolute terms (session 55)
            owner = absolute.group("owner").split("年")[-1]  # (一九五九年粮食…: no year in it)
            changed_of: str = previous.subject if previous is not None else ""
            owner_named: str = owner + "产量" if owner and carry_is_output(changed_of) else owner
            full, q.kind = owner_named or changed_of, "change"
            q.subject = full
        if compared_gap:
            full = q.subject = compared_gap  # 增长19%，比“九五”期间增幅高8个百分点
        elif amount_gap:
            # 人均GDP…81750元，比全省平均水平高9277元: the gap of the amount to the base's
            full, q.kind = amount_gap, "change"
            q.subject = full
        elif q.kind == "change" and r.unit_class == "ppt":
            gap = gap_subject(q.subject, kind_segment)
            bare_rate = BARE_RATE_OPEN.match(gap)
            if (
                bare_rate
                and compared_growth is not None
                and compared_growth.kind == "growth_pct"
                and compared_growth.subject
            ):
                # 同比增长12.4%，增速高于全区2.9个百分点 (高于全区GDP增速: a rate of another
                # indicator, the rate alone): the rate of the growth before (session 53)
                growth_named = compared_growth.subject
                gap = growth_named + (gap if gap.endswith("之差") else bare_rate.group())
            full = q.subject = gap
        total_of = q.subject in rules.count_measures or (
            # (…新增企业超10万家、占全市27.3%，总数突破55万家: the total after the count's share,
            # session 55)
            TOTAL_AFTER_SHARE.fullmatch(segment.strip(" ，,、；;"))
            and previous is not None
            and previous.kind == "share_pct"
            and r.unit_class in COUNTED_CLASSES
        )
        if total_of:
            # 新增上市公司48家、总量达122家 -> 上市公司总量; after an amount, the amount itself
            same = previous is not None and previous.reading.unit_class == r.unit_class
            count_before = next(
                (p for p in reversed(quantities[: n - 1]) if p.reading.unit_class == r.unit_class),
                None,
            )
            if same and r.unit_class in COUNTED_CLASSES and len(st.previous_full) >= 2:
                full = q.subject = counted_entity(st.previous_full, rules) + q.subject
            elif (
                count_before is not None
                and previous is not None
                and previous.kind == "share_pct"  # (a share of the counted things between)
                and len(count_before.subject) >= 2
            ):
                total = TOTAL_AFTER_SHARE.fullmatch(segment.strip(" ，,、；;"))
                word = total.group("word") if total else q.subject
                scope = WHOLE_SCOPE.match(count_before.subject)  # (全区新增企业 -> 全区企业总数)
                scope_word = scope.group() if scope else ""
                things = counted_entity(count_before.subject[len(scope_word) :], rules)
                full = q.subject = scope_word + things + word
            else:
                full = q.subject = previous.subject if previous is not None else ""
            if q.kind == "count_new":  # (新增外贸企业30家、总数达到560家: the total stands)
                q.kind = "level"
        disposed = (
            disposed_subject(q.subject, st.previous_full)
            if previous is not None and r.unit and r.unit == previous.reading.unit
            else ""
        )
        if disposed:  # 清理行政法规756件，废止71件 -> 废止行政法规: the thing counted before
            full = q.subject = disposed
        if (
            previous is not None
            and (
                q.kind == "level"
                or q.kind == "count_new"
                and REACHED_ALONE.fullmatch(
                    text[previous.reading.end : r.start].strip(" ，,、；;\u3000")
                )
            )
            and previous.kind == "count_new"
            and q.subject == previous.subject
            and r.unit_class == previous.reading.unit_class
        ):
            # 新引进金融机构19家，累计超过500家: the total counts the things, not the new ones;
            # so does a bare 达到 after the count (新增规模以上工业企业1220家、达到2631家: a city's
            # review, session 62), the total reached: a level that stands (round 22)
            full = q.subject = counted_entity(q.subject, rules)
            if q.kind == "count_new":
                q.kind, q.period_kind = "level", "stock"
        q.subject = _subject_name(q.subject, rules, glossary)
        if (
            previous is not None
            and (q.subject_start is None or q.subject_start < r.start)
            and not TOPIC_AFTER_SEMICOLON.search(text, st.previous_end, r.start)
        ):
            # (a noun after its figure is what is counted, no measure of the entity before:
            # 惠及500多万在校生; nor past a clause of its own after a ；: …占全市比重达22%；地方
            # 工业逆势增长，完成产值256亿元 - but 全日制高等学校招生数…；在校学生达到…)
            counted_before = previous.reading.unit_class in ("count", "magnitude")
            carried = (
                full
                if counted_before and full in rules.output_measures
                else carry_entity(full, st.previous_full, rules)
            )
            if carried != full:  # the entity as written (新建成轨道交通线路通车里程)
                full = q.subject = carried
        if counted_clause_opens(q, previous, st.previous_end, text):
            # 5个产业园区集聚企业120家: the counted things open the clause of the figure after
            full = q.subject = previous.subject + q.subject  # type: ignore[union-attr]
        if (
            previous is not None
            and q.subject_start is not None
            and text[st.previous_end : q.subject_start] in LIST_ITEM_SEPARATORS
            and text.startswith(full, q.subject_start)
        ):
            full = q.subject = carry_list_entity(full, st.previous_full)
        owned = owner_subject(q, text, bounds, previous, st.previous_full, rules)
        if owned != q.subject:  # 拖拉机站将增加到275个，服务面积… -> 拖拉机站服务面积
            full = q.subject = owned
        elif q.subject == own_subject:
            chained = chain_topic_subject(q, text, bounds, rules)
            if chained != q.subject:  # 粮食连续三年增产，总产量… -> 粮食总产量
                full = q.subject = chained
        if (
            r.unit_class in ("count", "magnitude")
            and REACH_CLAUSE_VERB.search(segment.rstrip(" ，,"))
            and (
                not q.subject
                or q.subject.endswith(REACH_WORDS)
                or q.subject.startswith(REACH_WORDS)  # (惠及学生3400多万人次)
                or q.subject_start == r.start
            )
        ):
            reach_floor = max(0, seg_start - CLAUSE_WINDOW)
            clause_open = (
                _segment_start(text, seg_start - 1, reach_floor, bounds) if seg_start else 0
            )
            reached = reach_clause_subject(segment, text[clause_open:seg_start], text, r, rules)
            q.subject = reached or q.subject  # ，惠及1.6亿学生: the programme of the clause before
        if q.subject.startswith(BENEFIT_WORD) and q.subject_start is not None:
            # 农村饮水安全工程使6069万农民受益; 价格补贴，约6700万人受益: the programme they
            # benefit from
            floor = max(0, seg_start - CLAUSE_WINDOW)
            clause_open = _segment_start(text, seg_start - 1, floor, bounds) if seg_start else 0
            programme = benefit_programme(segment, text[clause_open:seg_start], rules)
            q.subject = programme + q.subject
        if r.unit_class == "power" and q.kind != "other":
            # 关停5000万千瓦小火电机组 (after a count of them, 3座35万千瓦光热电站, the words
            # before the count are the count's)
            after_count = st.previous is not None and st.previous_end == r.start
            own = "" if after_count else _strip_words(segment, rules)  # (not a carried subject)
            q.subject = facility_subject(own, text, r.end) or q.subject
        q.subject = action_measure(q.subject, r.unit_class, rules)
        q.subject = people_action_measure(q.subject, r.unit, rules)
        q.subject = sown_area(length_measure(q.subject, r.unit, r.unit_class, rules), r.unit)
        q.subject = throughput_measure(q.subject, r.unit, rules)
        if q.kind == "share_pct" and r.unit_class == "percent":
            q.subject = share_use_subject(q.subject, text, r.end)
            q.subject = covered_share_subject(q.subject, text, r, previous, rules)
        if q.kind == "other":
            # 原煤8199万吨，等于1949年的2.6倍: the ratio to the base year of the figure before
            of_previous = previous is not None and AFTER_FIGURE.fullmatch(
                text, st.previous_end, r.start
            )
            before = gap_indicator(st.previous_full) if of_previous else ""
            # (分别是2007年的1.8倍、1.7倍; not a ratio named already: a text repeating the clause
            # would grow the subject each time)
            respective = (st.list_item or "分别" in segment) and not q.subject.endswith("之比")
            multiple = base_multiple_subject(
                text, source, r, before or (q.subject if respective else ""), rules, bounds
            )
            if not multiple and respective and st.list_item and r.unit_class == "ratio":
                written_base = BASE_YEAR_WRITTEN.search(st.respectively_segment)
                if written_base and q.subject:
                    multiple = f"{q.subject}与{written_base.group(1)}之比"
            # (the figure compared, named in the multiple's own clause when no figure is before:
            # 规模工业增加值是“十五”末的6.7倍，年均增长26%)
            st.multiple_of = (before or multiple.rpartition("与")[0]) if multiple else ""
            q.subject = multiple or q.subject
        else:
            st.multiple_of = ""
        if q.subject.endswith(STEPS_NOUNS) and st.previous is not None:
            # (a second row of the steps keeps the figure the first found)
            before_steps = "" if st.previous.subject.endswith(STEPS_NOUNS) else st.previous.subject
            st.step_of = st.step_of or before_steps
        else:
            st.step_of = ""
        if (
            r.unit == TIMES_UNIT
            and q.subject_start is not None
            and q.subject_start >= r.start
            and action_times_subject(text, r.end)
            and (topic := _subject_from_segment(segment, rules, rank=False)[0])
        ):
            # 集装箱年吞吐量三次跨越千万标箱，2011年达1030万标箱: the action counted is no thing
            # the figures after it measure; the clause's topic is (the action joins it later)
            full = q.subject = topic
            q.subject_start = None
        st.previous_full = full
        if q.subject_start is None or q.subject_start > r.start:
            # no subject in this clause: quote the clause's own words (增长5.9%), not 、和
            lead = len(segment) - len(segment.lstrip("、，,和及与；;"))
            q.subject_start = min(seg_start + lead, r.start)
        if q.subject_end is None:
            q.subject_end = r.end
        st.previous_end = max(r.end, q.subject_end)
        target_base = (
            PLAN_TARGET_BASE.fullmatch(segment.strip(" ，,、；;")) if "比" in segment else None
        )
        if target_base and previous is not None and previous.subject:
            # 年均增长11.6%，比“十五”计划目标3000亿元超过1070亿元: the plan's target for the
            # indicator, then the amount by which the result beat it (session 53)
            indicator = previous.subject
            full = q.subject = indicator + target_base.group("target")
            st.plan_target = (r.unit_class, indicator, target_base.group("target"))
        elif (
            st.plan_target[0] == r.unit_class
            and text[seg_start : r.start].strip(" ，,、；;") in TARGET_EXCESS_WORDS
        ):
            _, indicator, target = st.plan_target
            full = q.subject = f"{indicator}与{target}之差"
            st.plan_target = ("", "", "")
        else:
            st.plan_target = ("", "", "")
        whole_read = st.last_of_class.get(r.unit_class, "")
        opens_part = PART_OPENING in segment and segment.lstrip("，, ").startswith(PART_OPENING)
        colon_part = PART_OPENING_COLON.search(text, max(0, seg_start - 4), seg_start) is not None
        if whole_read and (opens_part or colon_part):
            stands = st.last_period_of_class.get(r.unit_class) == "stock"
            st.stock_parts = r.unit_class if stands else ""
        elif not (
            st.stock_parts == r.unit_class and text[seg_start - 1 : seg_start] in PART_LIST_LINKS
        ):
            st.stock_parts = ""
        if whole_read and opens_part:
            # 实现总产值229.7亿元…，其中重工业完成222.4亿元: the part takes the whole's measure
            full = q.subject = part_of_whole(q.subject, whole_read, rules)
            st.part_whole = (r.unit_class, whole_read)
        elif (
            st.part_whole[0] == r.unit_class and text[seg_start - 1 : seg_start] in PART_LIST_LINKS
        ):
            # …，轻工业完成7.3亿元: the next part of the same whole
            full = q.subject = part_of_whole(q.subject, st.part_whole[1], rules)
        if st.stock_parts == r.unit_class and q.kind == "level" and q.period_kind == "actual":
            # 户籍总人口134.3万人…，其中:城镇人口25.1万人，乡村人口109.2万人: the parts of what
            # stands stand too (county communiqués, session 69)
            q.period_kind = "stock"
        if not (opens_part or colon_part):
            st.last_of_class[r.unit_class] = q.subject
            if q.kind != "change":
                # (a change after the whole, 比上年末减少0.4万人, leaves the whole's period)
                st.last_period_of_class[r.unit_class] = q.period_kind
        st.previous = q
        st.subjects.append(q.subject)
        if r.unit_class == "count" and q.kind in ("level", "count_new") and q.subject:
            st.counted = (q.subject, r.unit.lstrip(MAGNITUDE_CHARS))  # (its things: when asked)
    allocations: dict[str, str] = {}  # an allocating clause -> the fund it was named
    tasks: dict[str, str] = {}  # a task named as a subject -> what it was a task of
    national_ranks: dict[str, str] = {}  # a rank's subject opening on 全国 -> as the gold writes it
    fulfilled, fulfilled_end = "", 0  # (the plan fulfilled before the last share, where it ends)
    read_before: Quantity | None = None  # (the figure before, for a share naming only its plan)
    named_whole: Quantity | None = None  # (the last count that names its noun, for its parts)
    for q in quantities:
        # 工农业总产值的增长速度 -> 工农业总产值, once the sentence is read: the rate's name told
        # the kind of the figures that carry the subject
        if q.reading.unit_class == "percent":
            q.subject = drop_rate_name(q.subject, rules)
            plan = fulfilled_plan(text, q.reading.start)
            if not plan and text[fulfilled_end : q.reading.start] in ("、", "和"):
                plan = fulfilled  # 分别完成年计划的118.2%、248.57%: the next item, the same plan
            bare_plan = q.subject.removeprefix("为")  # (…元，为预算数的114.13%: the plan alone)
            # (the plan alone, or a word of it that carried an entity: 省、市重点项目完成投资…，达到
            # 年度投资计划的148% read 省、市重点项目年度投资, session 58)
            named_plan = bare_plan == plan or any(
                plan.startswith(bare_plan[-k:])
                for k in range(2, min(len(plan), len(bare_plan)) + 1)
            )
            if plan and named_plan and read_before and read_before.subject != plan:
                # 各项税收共收到…元，完成预算数的９２．４９％: the budget names no subject, the
                # amount before is what was fulfilled (heldout111 national 1956)
                q.subject = read_before.subject
            plan_subject = fulfilled_plan_subject(q.subject, plan)
            if plan_subject != q.subject and q.kind == "growth_pct":
                q.kind = "share_pct"  # (新增发放…贷款分别完成年计划的…: a share, not a growth)
            q.subject, fulfilled, fulfilled_end = plan_subject, plan, q.reading.end
            q.subject = plan_share_subject(q.subject, text, q.reading.start)
        if q.subject in tasks:
            q.subject = tasks[q.subject]  # (…任务数132.63亿元的90.8%，同比增长…: the same amount)
        elif q.period_kind == "target":
            done = read_before.subject if read_before is not None else ""
            task = task_done_subject(q.subject, text, q.reading.start, rules, done)
            if task != q.subject:
                tasks[q.subject] = q.subject = task
        if q.reading.unit_class in FUND_CLASSES:  # (乡镇企业安排就业人数: 安排 places people)
            q.subject = allocated_fund_subject(q.subject, rules)
        if q.reading.unit_class == "money":
            # 中央财政安排109亿元资金支持再就业，比上年增加26亿元: the fund named by its purpose,
            # and so is the change of it that carries the same allocating clause
            fund = allocation_purpose_subject(q.subject, text, q.reading.end, rules)
            if fund == q.subject:
                fund = allocation_purpose_before(q.subject, text, q.reading.start)
            if fund != q.subject:
                allocations[q.subject] = fund
            q.subject = allocations.get(q.subject, fund)
        if q.kind == "level" and (created_subject(q, rules) or started_subject(q)):
            q.kind = "count_new"  # 建设乡镇区域养老服务中心60个: a count of new units
        elif q.kind == "level" and named_whole and headless_part(q, named_whole, text):
            q.kind = "count_new"  # …开始建设的694个工业建设单位，分布在内地的将有472个
        if not headless_written(text, q.reading):
            named_whole = q
        adverbial_out = inner_adverbial_out(q.subject)  # 全国去年取得…成果 -> 全国取得…成果
        if adverbial_out != q.subject and q.reading.unit_class in FUND_CLASSES:
            # 中央财政今年安排再就业补助资金 -> 中央财政再就业补助资金: the allocating verb the
            # adverbial hid from the payer goes now
            adverbial_out = allocated_fund_subject(adverbial_out, rules)
        q.subject = ordinal_aside_out(basis_adverbial_out(adverbial_out))
        q.subject = leading_span_out(q.subject, q.span)  # 第一季度已经开工的… -> 开工的…
        spanned = q.subject
        q.subject = inner_span_out(q.subject, q.span)  # 天然气五年累计产量 -> 天然气产量
        if q.subject != spanned and q.reading.unit_class in FUND_CLASSES:
            # 中央财政五年投入专项扶贫资金 -> 中央财政专项扶贫资金: the span hid the payer too
            q.subject = allocated_fund_subject(q.subject, rules)
        q.subject = perfective_out(q.subject)  # 推广了各种改良农具 -> 推广各种改良农具
        if q.reading.unit == TIMES_UNIT:
            times = times_subject(text, q.reading.end)
            # (the topic the first pass kept before an action: 集装箱年吞吐量 + 跨越千万标箱次数)
            kept = times and not TIMES_PHRASE.match(text, q.reading.end)
            before = text[max(0, q.reading.start - TIMES_TOPIC_REACH) : q.reading.start]
            topic = q.subject if kept and q.subject and q.subject in before else ""
            if topic.endswith(TIMES_FRAME_ENDINGS):
                topic = ""  # (党的十八大以来三次亲临青海考察: a time frame, no topic)
            if kept and text.endswith(RUN_WORD, 0, q.reading.start):
                # 长江十年禁渔连续4次获评全国优秀: a run of times (the gold's 的连续次数)
                times = times.removesuffix(TIMES_MEASURE) + "的连续" + TIMES_MEASURE
            elif topic:
                times = times.removesuffix(TIMES_MEASURE) + "的" + TIMES_MEASURE
            q.subject = topic + times if topic else times or q.subject
        q.subject = disposal_subject(q.subject, text, q.reading)
        if q.reading.unit_class in ("count", "magnitude"):
            q.subject = place_population(q.subject)  # 14亿多中国人 -> 中国人口
        if q.reading.unit_class == "count" and q.subject.endswith(rules.law_documents):
            q.subject = law_making_subject(q.subject, text, q.reading.start, rules)
        # (whether the subject is written right before the figure matters for counts of people
        # only: looked at for them alone)
        people = q.reading.unit.lstrip(MAGNITUDE_CHARS) in PEOPLE_UNITS
        written = people and written_right_before(text, q.reading.start, q.subject)
        q.subject = insured_people_subject(q.subject, q.reading.unit, written)
        q.subject = medal_subject(q.subject, q.reading.unit)
        if q.reading.unit_class not in ("run", "time"):
            q.subject = run_out(q.subject)  # 实现“八连增”，连续5年超万亿斤: what ran is carried
        # 发生安全生产事故3起，死亡4人 (and 分别下降…: their change)
        if q.subject in CASUALTY_VERBS:
            q.subject = casualty_subject(q.subject, read_before.subject if read_before else "")
        if read_before is not None:  # 新增国家级高新技术企业29家、市级40家: 新增市级高新技术企业
            q.subject = level_item_subject(
                q.subject, text[read_before.reading.end : q.reading.start], read_before.subject
            )
        if q.kind in ("rank", "change") and q.subject.startswith(NATIONAL_SCOPES):
            # (全国道德模范…数量均居全国第1位: a name opens the subject, the scope is written again)
            # (and not 全国粮食产量居世界第1位, whose scope is written before the rank, nor 获评全国
            # 经济百强县, whose 全国 is the list's, written with it)
            ranked_at = q.reading.start
            before_rank = text[max(0, ranked_at - 8) : ranked_at]
            floor = max(0, ranked_at - CLAUSE_WINDOW)
            clause_start = (
                max(floor - 1, *(text.rfind(c, floor, ranked_at) for c in "，,；;。")) + 1
            )
            countries = sum(text.count(w, clause_start, ranked_at) for w in NATIONAL_SCOPES)
            country_near = contains_any(before_rank, NATIONAL_SCOPES)
            # (a place in order, 第68位, not a list of the best: 全国投资竞争力百强县)
            in_order = text.startswith("第", ranked_at) or text.endswith("第", 0, ranked_at)
            # (the clause opening on the country: not 位列全国“…百强”第12位, the ranking's name)
            opens_on_country = (
                text[clause_start:ranked_at].lstrip(" \u3000").startswith(NATIONAL_SCOPES)
            )
            if q.subject in national_ranks:
                q.subject = national_ranks[q.subject]  # (，比上年前移4位: the same ranking's)
            elif (
                in_order
                and opens_on_country
                and not OTHER_RANK_SCOPE.search(before_rank)
                and (countries >= 2 or not country_near)
            ):
                renamed = national_rank_subject(q.subject, scope_written=countries >= 2)
                national_ranks[q.subject] = q.subject = renamed
        if (
            q.subject.endswith(TOPIC_END)
            and len(q.subject) > len(TOPIC_END) + 1
            and any(
                text.find(q.subject + c, max(0, q.reading.start - CLAUSE_WINDOW), q.reading.start)
                >= 0
                for c in "，,"
            )
        ):  # (not 工业方面有四百五十五个, a field the count is of: national 1955)
            # 地区生产总值方面，降幅较年初收窄…: the topic named is what is measured (a county's
            # review of 2020, session 70)
            q.subject = q.subject.removesuffix(TOPIC_END).removeprefix("在")
        if q.kind == "change" and q.subject.endswith(COMPARED_MORE_ENDS):
            q.subject = compared_more_subject(q.subject)
        if q.kind == "change" and q.reading.unit == POINTS_UNIT:
            q.subject = changed_rate_subject(q.subject, text[seg_start : r.start])
        if q.kind == "change" and q.reading.unit_class == "money":
            q.subject = benefit_after_subject(q.subject, text, q.reading.end)
        read_before = q
    if any(c in text for c in LIST_SEPARATORS):  # (the lists these read are linked by 、和及与)
        share_closing_hedges(quantities, text)
        share_list_head(quantities, text)
        share_list_predicate(quantities, text)
        examples_head_subjects(quantities, text)
        respective_ratios(quantities, text)
        if "分别" in text:
            years_in_turn(quantities, text)
    if has_de:  # (a count whose noun follows 的 after the figure before it)
        threshold_clause_subjects(quantities, text)
        counted_threshold_subjects(quantities, text)
    rating_subjects(quantities, text, rules)
    household_subjects(quantities, text, bounds)
    scope_part_subjects(quantities, text)
    if "其中" in text:
        breakdown_subjects(quantities, text)
    chinese_years = chinese_year_forms(source)
    for q in quantities if chinese_years else ():
        # 鞍山钢铁公司在一九五三年修建的职工宿舍: the subject in the report's own digits
        q.subject = years_as_written(q.subject, chinese_years)
    for q in quantities if typed_zeros else ():  # (一九八○, 一○○个: as written)
        q.subject = zeros_as_written(q.subject, typed_zeros)
    for q in quantities if clean != raw_view else ():  # (１２３.５, 5－6, 一○○, 19·5: as written)
        r = q.reading
        r.value = value_as_written(r.value, clean, raw_view, r.start, r.end)
    for q in quantities if " " in text or "\u3000" in text else ():
        q.subject = gaps_out(q.subject)  # (生 产总值: a line end turned into a space)
    if review_year is not None and review_year == plan_year and role != "plan":
        half_year_spans(quantities, review_year, half_year_span(report.clean_text))


def half_year_spans(quantities: Sequence[Quantity], year: int, span: str) -> None:
    """In a report on the year's first months (its review year its plan year: a plan report, a
    summary or a town's report given mid-year, a story of the year so far), the results and
    estimates of that year that name no part of the year of their own are of the months its
    title names (``span``, :func:`govreport.report.half_year_span`: 会议认为，上半年全县地区
    生产总值完成11.3亿元…。社会消费品零售总额完成4.6亿元…: the list goes on past its first
    sentence; the helpers' pages of session 68)."""
    for q in quantities if span else ():
        if not q.span and q.year == year and q.period_kind in ("actual", "expected"):
            q.span = span


#: A total's breakdown in brackets right after its figure: （其中：区本级预计完成576亿元，高新区…）.
BREAKDOWN_OPEN = re.compile(r"[（(]其中[:：]?")
#: The longest breakdown read (characters up to its closing bracket) and the longest part's name;
#: how many figures before the bracket, and how many characters back, the total is looked for.
BREAKDOWN_MAX, BREAKDOWN_PART_MAX, BREAKDOWN_LOOKBACK, BREAKDOWN_GAP = 80, 8, 3, 30
#: Scope words a total's subject opens with that its parts do not take (全区固定资产投资 -> 区本级
#: 固定资产投资).
BREAKDOWN_SCOPES = ("全国", "全省", "全市", "全区", "全县", "全州", "全旗")


def without_whole_scope(subject: str) -> str:
    """``subject`` without the whole territory opening it (:data:`BREAKDOWN_SCOPES`), the name a
    part of that whole takes after its own scope.

    >>> without_whole_scope("全市地区生产总值"), without_whole_scope("财政总收入")
    ('地区生产总值', '财政总收入')
    """
    return subject[next((len(w) for w in BREAKDOWN_SCOPES if subject.startswith(w)), 0) :]


#: A level of government or a part of a place named alone as a figure's subject (其中市级1689.4亿元,
#: 市级分别为198.4亿元、124.1亿元, 其中本级38.82亿元): the part of the figures before it.
SCOPE_PARTS = frozenset(
    {
        "市级",
        "区级",
        "县级",
        "省级",
        "镇级",
        "本级",
        "市本级",
        "区本级",
        "县本级",
        "省本级",
        "中心城区",
        "城区",
    }
)


#: How far back from a scope part its sentence's start is looked for (characters).
SCOPE_PART_REACH = 200
#: Levels that open a whole's subject: a scope part after it is a level beside it, no part of it.
LEVEL_NAMES = ("国家级", "省级", "市级", "县级", "区级", "部级", "省部级")


def scope_part_subjects(quantities: Sequence[Quantity], text: str) -> None:
    """A run of figures whose subject is a scope alone (:data:`SCOPE_PARTS`) names the part of the
    figures of the same unit class right before the run in its sentence, one for one (市级分别为
    198.4亿元、124.1亿元 after 财政总收入…、一般公共预算收入… -> 市级财政总收入, 市级一般公共预算收入;
    其中市级1689.4亿元 after 全市地区生产总值… -> 市级地区生产总值: a city's review of 2022): scope +
    the whole's subject without its own scope (:data:`BREAKDOWN_SCOPES`); the part's growth
    right after it takes its name (区本级1976.7亿元，增长2%). Not when fewer such figures stand
    before the run in the sentence. One pass over the rows (linear).
    """
    i = 0
    while i < len(quantities):
        scope = quantities[i].subject
        if scope not in SCOPE_PARTS:
            i += 1
            continue
        before = quantities[i - 1].subject if i else ""
        if quantities[i].kind != "level":
            if before.startswith(scope) and len(before) > len(scope):
                quantities[i].subject = before  # (区本级1976.7亿元，增长2%: the part's growth)
            i += 1
            continue
        cls = quantities[i].reading.unit_class
        end = i
        while (
            end < len(quantities)
            and quantities[end].subject == scope
            and quantities[end].reading.unit_class == cls
            and quantities[end].kind == "level"
        ):
            end += 1
        start = quantities[i].reading.start
        floor = max(0, start - SCOPE_PART_REACH)  # (a bounded look back: linear time)
        sentence = max(floor - 1, *(text.rfind(c, floor, start) for c in "。；;\n"))
        wholes = [
            q
            for q in quantities[max(0, i - 2 * (end - i) - 2) : i]
            if q.reading.unit_class == cls and q.reading.start > sentence and q.kind == "level"
        ][-(end - i) :]
        if len(wholes) == end - i and all(q.subject not in SCOPE_PARTS for q in wholes):
            for part, whole in zip(quantities[i:end], wholes, strict=True):
                name = without_whole_scope(whole.subject)
                if len(name) >= 2 and not name.startswith(LEVEL_NAMES):
                    part.subject = scope + name  # (not 省级 after 国家级…: a sibling level)
        i = end


def breakdown_subjects(quantities: Sequence[Quantity], text: str) -> None:
    """Name the parts of a total broken down in brackets right after its figure by the part and
    the total's subject (累计完成固定资产投资638亿元（其中：区本级预计完成576亿元，高新区预计完成
    62亿元）-> 区本级固定资产投资, 高新区固定资产投资: a district's page of 2022), when a part's
    subject is a bare name (at most :data:`BREAKDOWN_PART_MAX` characters, no digit) and the part
    is of the total's kind and unit class, and names no measure of its own (（其中税收收入…） stays).
    One pass over the brackets and the rows (linear).
    """
    starts = [q.reading.start for q in quantities]
    ends = [q.reading.end for q in quantities]
    for opening in BREAKDOWN_OPEN.finditer(text):
        at = bisect_right(ends, opening.start()) - 1
        if at < 0 or opening.start() - ends[at] > 1:
            continue  # (the bracket opens right after the clause's last figure, a hedge at most)
        limit = opening.end() + BREAKDOWN_MAX
        close = CLOSING_BRACKET.search(text, opening.end(), limit)
        if close is None:
            continue
        for i in range(bisect_left(starts, opening.end()), bisect_left(starts, close.start())):
            part = quantities[i]
            # the total: the figure before the bracket, or one of the two before it (638亿元，年均
            # 增长3.1%（其中…）), of the part's kind and unit class, in the same clause run
            total = next(
                (
                    quantities[k]
                    for k in range(at, max(-1, at - BREAKDOWN_LOOKBACK), -1)
                    if quantities[k].kind == part.kind
                    and quantities[k].reading.unit_class == part.reading.unit_class
                    and opening.start() - ends[k] <= BREAKDOWN_GAP
                ),
                None,
            )
            if total is None:
                continue
            whole = without_whole_scope(total.subject)
            name = part.subject.lstrip("：:")
            if (
                len(whole) < 2
                or part.reading.unit_class != total.reading.unit_class
                or not 2 <= len(name) <= BREAKDOWN_PART_MAX
                or re.search(r"\d", name)
                or whole in name
                or name in whole
                # (a part named by a measure of its own: （其中税收收入…）, （其中第一产业增加值…）)
                or name[-1] in MEASURE_END_CHARS
                or name.endswith(SHARED_SUFFIXES)
            ):
                continue
            part.subject = name + whole


#: White space inside a subject between two characters that are not ASCII (生 产总值, 存 贷款余额:
#: a PDF's line ends turned into spaces, as a document site's summary of a county report gave
#: them); a space next to a Latin letter or digit stays (GDP 增长率).
SUBJECT_GAP = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f])")


def gaps_out(subject: str) -> str:
    """``subject`` without the white space of :data:`SUBJECT_GAP` and around it.

    >>> gaps_out("金融机构各项存 贷款余额"), gaps_out(" 利润率"), gaps_out("GDP 增长率")
    ('金融机构各项存贷款余额', '利润率', 'GDP 增长率')
    """
    return SUBJECT_GAP.sub("", subject).strip()


#: A plan right after 占, before the share of it: the plan is the whole the share is of (占年计划的
#: 41.8%: a county's mid-year report of 2016, session 56; 占年度计划的183.65%, 占全年计划的…, 占本年
#: 计划的…: a county's review of 2022, session 71, read 占年度的比重, the entity alone, or 投资占本,
#: when only 占年计划 was kept whole in the subject). Group 1 is the plan as written.
PLAN_SHARE_BEFORE = re.compile(rf"占({YEAR_PLAN_NAME}(?:任务)?)的?$")
PLAN_SHARE_WINDOW = 16


def plan_share_subject(subject: str, text: str, start: int) -> str:
    """The subject of a share of a plan written right before the figure at ``start``
    (:data:`PLAN_SHARE_BEFORE`): what it measures + 占 + the plan + 的比重, as the share of the
    year's plan is named (占年计划的41.8% -> …占年计划的比重); ``subject`` otherwise.

    >>> t = "重大项目完成投资495亿元，占年度计划的183.65%"
    >>> plan_share_subject("重大项目完成投资", t, t.index("183"))
    '重大项目完成投资占年度计划的比重'
    >>> plan_share_subject("投资占本", "投资45亿元，占本年计划的41.8%", 13)
    '投资占本年计划的比重'
    >>> plan_share_subject("投资", "投资45亿元，增长4%", 9)
    '投资'
    """
    shared = PLAN_SHARE_BEFORE.search(text, max(0, start - PLAN_SHARE_WINDOW), start)
    base = subject.split("占")[0]
    if shared is None or not base:
        return subject
    return f"{base}占{shared.group(1)}的比重"


#: A plan or budget fulfilled, right before the share of it fulfilled (完成了原定计划的101%,
#: 完成年度计划的102%, 完成预算的96.98%, or without 的: 完成年计划27%, heldout90); not a task
#: (完成年度任务的112%: no gold row names one).
FULFILLED_PLAN_BEFORE = re.compile(
    # (or the plan the amount reached: 达到年度投资计划的148%, a city's review of 2023, session 58;
    # 占预算数的 names a share, the gold's 比重, and a task's share keeps the amount's subject,
    # 完成年度任务的112%: tests/data/genre_sentences.yml b3)
    r"(?:完成了?|(?<=[，,])达到)"
    rf"({YEAR_PLAN_NAME})"
    # (and the plan's amount written in it: 完成年计划710亿元的89.4%, a district's plan report of
    # 2023, session 70)
    r"(?:\d[\d.]*(?:万|亿)?元)?的?$"
    # the plan named before its verb (铁道货运量计划完成105%: heldout85, heldout99 national 1956)
    r"|(?<=[\u4e00-\u9fff]{2})(计划)完成了?$"
)
#: The plan named before 完成, as :func:`fulfilled_plan` returns it.
PLAN_NAMED_FIRST = "计划"
#: How far before a share its fulfilled plan is read (characters).
FULFILLED_PLAN_WINDOW = 12


#: A task or target given from above, named as the object of 完成 before its amount (州政府下达任务数,
#: 省定目标任务, 年度目标任务).
TASK_NAME = re.compile(rf"[\u4e00-\u9fff]{{0,8}}(?:{TASK_WORDS}|下达任务|考核目标)")


def task_done_subject(subject: str, text: str, start: int, rules: Rules, before: str = "") -> str:
    """The subject of a task's amount done (完成州政府下达任务数132.63亿元的90.8%): what the clause
    says was done, before its 完成 (州外到位资金), else ``before``, the subject of the figure read
    before in the sentence (完成州外到位资金120.44亿元，…，完成州政府下达任务数…), rather than the
    task's name; ``subject`` as it is when it names no task. The share done keeps that subject
    too (tests/data/genre_sentences.yml b3: 完成年度任务的112%).

    >>> from govreport.quantities.rules import load_rules
    >>> t = "州外到位资金完成州政府下达任务数132.63亿元的90.8%"
    >>> task_done_subject("州政府下达任务数", t, t.index("132"), load_rules())
    '州外到位资金'
    >>> t = "完成州外到位资金120.44亿元，完成州政府下达任务数132.63亿元的90.8%"
    >>> task_done_subject("州政府下达任务数", t, t.index("132"), load_rules(), "州外到位资金")
    '州外到位资金'
    """
    if not TASK_NAME.fullmatch(subject) or not text.endswith("完成" + subject, 0, start):
        return subject
    done_at = start - len(subject) - len("完成")
    floor = max(0, done_at - CLAUSE_WINDOW)
    clause_start = max(floor - 1, *(text.rfind(c, floor, done_at) for c in "，,；;。：:")) + 1
    entity = _subject_from_segment(text[clause_start:done_at], rules, rank=False)[0]
    return entity or before or subject


def fulfilled_plan(text: str, start: int) -> str:
    """The plan, budget or task fulfilled right before the share at ``start``, or "".

    >>> t = "全国工业总产值完成了原定计划的101%"
    >>> fulfilled_plan(t, t.index("101")), fulfilled_plan("粮食产量增长102%", 6)
    ('原定计划', '')
    >>> t = "全国基本建设投资总额完成年计划27%"
    >>> fulfilled_plan(t, t.index("27"))
    '年计划'
    >>> t = "铁道货运量计划完成105%"
    >>> fulfilled_plan(t, t.index("105"))
    '计划'
    >>> t = "投资36.59亿元，达到年度计划的94.5%，完成年初目标任务的102%"
    >>> fulfilled_plan(t, t.index("94.5")), fulfilled_plan(t, t.index("102"))
    ('年度计划', '')
    """
    found = FULFILLED_PLAN_BEFORE.search(text, max(0, start - FULFILLED_PLAN_WINDOW), start)
    return (found.group(1) or found.group(2)) if found else ""


def fulfilled_plan_subject(subject: str, plan: str) -> str:
    """The subject of the share of ``plan`` fulfilled, named as the gold names it (heldout20,
    heldout71, heldout83, heldout85 national 1956, heldout14 1958, heldout30 jiangxi): what was
    measured + 完成 + the plan + 的比例, or + 计划完成比例 where the plan was named before its
    verb (:data:`PLAN_NAMED_FIRST`); ``subject`` as it is without a plan or when it already says it.

    >>> fulfilled_plan_subject("粮食产量", "年度计划"), fulfilled_plan_subject("粮食产量", "")
    ('粮食产量完成年度计划的比例', '粮食产量')
    >>> fulfilled_plan_subject("铁道货运量", "计划")
    '铁道货运量计划完成比例'
    """
    if not plan or not subject or "完成" in subject:
        return subject
    if plan == PLAN_NAMED_FIRST:
        return f"{subject.removesuffix(plan)}计划完成比例"
    return f"{subject}完成{plan}的比例"


def topic_measures(rules: Rules) -> frozenset[str]:
    """The bare measures whose subject a block's topic names (``bare_measures`` and 投资)."""
    return frozenset((*rules.bare_measures, "投资"))


#: The units of households and of people counted right after them (324户743人).
HOUSEHOLD_UNITS = ("户",)
PEOPLE_COUNT_UNITS = ("人", "名", "口")


def household_subjects(quantities: Sequence[Quantity], text: str, bounds: Sequence[int]) -> None:
    """A count of households with no words of its own before it in its clause (a time at most),
    written right before the count of their people (2019年14216户52820名建档立卡贫困人口全部脱贫),
    takes the people's subject, not one carried from before: the two figures count one group,
    in households and in persons (the units say which)."""
    for q, after in zip(quantities, quantities[1:], strict=False):
        r, s = q.reading, after.reading
        if (
            r.end != s.start
            or r.unit.lstrip(MAGNITUDE_CHARS) not in HOUSEHOLD_UNITS
            or s.unit.lstrip(MAGNITUDE_CHARS) not in PEOPLE_COUNT_UNITS
        ):
            continue
        opening = _segment_start(text, r.start, max(0, r.start - CLAUSE_WINDOW), bounds)
        if not re.sub(r"\d+年|[，,、\s]", "", text[opening : r.start]):
            q.subject = after.subject


def rating_subjects(quantities: Sequence[Quantity], text: str, rules: Rules) -> None:
    """A rating before the thing rated (a class, kind other: :data:`RATING_CLASSES`) is named as
    the thing + its measure (五万千瓦的全套火力发电设备 -> 全套火力发电设备容量; :func:`rating_measure`),
    once the counts after it have read the clause as written (:func:`threshold_clause_subjects`)."""
    carried: dict[str, str] = {}  # unit -> the measure of the sentence's last rating in it
    previous_end = 0
    list_segment = ""  # (the words before the first rating of a list of them: 每台容量…、…以至…)
    for i, q in enumerate(quantities):
        r, segment = q.reading, text[previous_end : q.reading.start]
        previous_end = r.end
        if not (segment in RATING_JOINTS and list_segment):
            list_segment = segment  # (a list's first item may be read as a rating only below)
        if q.kind != "other" or r.unit_class not in RATING_CLASSES:
            continue
        if not RATED_THING.match(text, r.end):
            continue
        rated = RATED_NOUN.match(_following_noun(text, r.end)[0])
        measure = rating_measure(list_segment, carried, r.unit, rules)
        if rated and rated.group(1) and measure:
            q.subject = rated.group(1) + measure
            carried[rating_unit(r.unit, rules)] = measure
        # 每台容量一万二千千瓦、二万五千千瓦以至五万千瓦的发电设备: the ratings listed before it
        # rate the same thing
        later = q
        for j in range(i - 1, -1, -1):  # (indexes, not a copy of the list before: linear)
            earlier = quantities[j]
            joint = text[earlier.reading.end : later.reading.start]
            if earlier.reading.unit_class not in RATING_CLASSES or joint not in RATING_JOINTS:
                break
            earlier.kind, earlier.period_kind, earlier.year = "other", "other", None
            earlier.span, earlier.subject = "", q.subject
            later = earlier


#: The disposal construction's object marker before a figure (将2.8万亿元中央财政资金纳入…).
DISPOSAL_MARKERS = ("将", "把")
#: The verb phrase closing a disposal construction after its object: a verb opening words with
#: no digit and no 的, up to the clause's or the list item's end.
DISPOSAL_PHRASE = re.compile(r"[^\W\d_的]{2,16}(?=[，,。；;、]|$)")


def disposal_subject(subject: str, text: str, r: Reading) -> str:
    """The subject of a figure that is the object of a disposal construction (将 / 把 + figure +
    noun + verb phrase: 将2.8万亿元中央财政资金纳入直达范围): the noun named by what is done to
    it, verb phrase + 的 + noun (纳入直达范围的中央财政资金: heldout2 2021, heldout111 2012,
    heldout115 2022 write it so); the subject as it is when the noun is not written right after
    the figure or no verb opens the words after it.

    >>> from govreport.quantities.numeral_runs import read_number
    >>> from govreport.quantities.rules import load_rules
    >>> t = "将2.8万亿元中央财政资金纳入直达范围。"
    >>> disposal_subject("中央财政资金", t, read_number(t, 1, load_rules()))
    '纳入直达范围的中央财政资金'
    >>> t = "把14亿多中国人的饭碗牢牢端在自己手中。"
    >>> disposal_subject("中国人", t, read_number(t, 1, load_rules()))
    '中国人'
    """
    if not subject or text[r.start - 1 : r.start] not in DISPOSAL_MARKERS:
        return subject
    if not text.startswith(subject, r.end):
        return subject
    phrase = DISPOSAL_PHRASE.match(text, r.end + len(subject))
    if phrase is None or not opening_word(phrase.group())[1].startswith("v"):
        return subject
    return f"{phrase.group()}的{subject}"


#: How far before a count of laws its verb of law-making is looked for (characters).
LAW_MAKING_WINDOW = 80


#: What leads a bill to the body it goes to (提请, 向): part of the law-making phrase.
LAW_BILL_LEADS = ("提请", "向")


def law_making_phrase(rules: Rules) -> re.Pattern[str]:
    """The verb phrase of law-making closing the words before a count of laws (``law_making``
    in the rules): the body a bill goes to (向 / 提请 + body) at most, a chain of verbs (制定或
    修订, 制定、修订), a 了, and a list of the documents' names closed by 等."""

    def build(r: Rules) -> re.Pattern[str]:
        verb = "|".join(r.law_verbs)
        chain = f"(?:{verb})(?:[和或、及与并]?(?:{verb}))*"
        return re.compile(
            rf"((?:(?:向|提请)[^\W\d_的]{{2,12}}?)?{chain})了?(?:[^，,；;。：:\d]{{0,60}}等)?$"
        )

    return per_rules(rules, "law_making_phrase", build)


def law_making_subject(subject: str, text: str, start: int, rules: Rules) -> str:
    """A count of laws or regulations (``law_making.documents``) named by what was done to them:
    the verb phrase of law-making before the count (or before the documents when they are
    written right before it) + the documents (``law_making`` in the rules); the subject as it
    is when it has no such phrase.

    >>> from govreport.quantities.rules import load_rules
    >>> t = "国务院提请全国人大常委会审议了社会保险法、防震减灾法等8件法律议案，制定或修订了30件行政法规。"
    >>> law_making_subject("法律议案", t, t.index("8件"), load_rules())
    '提请全国人大常委会审议法律议案'
    >>> law_making_subject("行政法规", t, t.index("30件"), load_rules())
    '制定或修订行政法规'
    >>> t = "五年间，国务院提出法律议案50件，颁布行政法规150件。"
    >>> law_making_subject("法律议案", t, t.index("50件"), load_rules())
    '提出法律议案'
    >>> law_making_subject("行政法规", "清理行政法规756件", 6, load_rules())
    '行政法规'

    Written before the count with its agent, the phrase loses the agent (the gold of every set):

    >>> law_making_subject("国务院提请全国人大常委会制定修订法律", "", 0, load_rules())
    '提请全国人大常委会制定修订法律'
    """
    if any(verb in subject for verb in rules.law_verbs):
        # 国务院提请全国人大常委会制定修订法律34件: the agent before the phrase goes
        document = next((d for d in rules.law_documents if subject.endswith(d)), "")
        phrase = law_making_phrase(rules).search(subject[: len(subject) - len(document)])
        if not document or not phrase or subject[: phrase.start()].endswith(LAW_BILL_LEADS):
            return subject  # (提请审议地方性法规草案: 提请 leads the phrase, no agent)
        return phrase.group(1) + document
    end = start - len(subject) if text.endswith(subject, 0, start) else start
    window = text[max(0, end - LAW_MAKING_WINDOW) : end]
    clause = re.split(r"[，,；;。：:]", window)[-1]
    match = law_making_phrase(rules).search(clause)
    return match.group(1) + subject if match else subject


#: The unit of a count of times (两次降低存款准备金率), and the measure word its subject takes.
TIMES_UNIT = "次"
TIMES_MEASURE = "次数"
#: Adverbs of degree that may stand between a count of times and its verb (三次较大幅度提高…).
TIMES_ADVERBS = ("较大幅度", "大幅度", "大幅", "小幅")
#: Verbs of adjusting a rate or a standard, counted in times (两次下调政策利率).
TIMES_VERBS = ("提高", "降低", "下调", "上调", "调高", "调低")
#: A count of times read as the verb phrase after it: adverb?, verb, its object up to the clause's
#: or the list item's end (no digit in it).
TIMES_PHRASE = re.compile(
    f"(?:{'|'.join(TIMES_ADVERBS)})?({'|'.join(TIMES_VERBS)})"
    r"([^\d，,；;。！？!?：:\n、]{2,24})(?=[，,；;。！？!?：:\n、]|$)"
)


def times_subject(text: str, end: int) -> str:
    """The subject of a count of times written before the verb it counts (两次降低存款准备金率):
    object + verb + 次数 (CONVENTIONS.md: counts of times, 下调次数), the adverb of degree
    dropped; "" when no verb of :data:`TIMES_VERBS` follows.

    >>> times_subject("两次降低存款准备金率，", 2), times_subject("三次较大幅度提高粮食最低收购价", 2)
    ('存款准备金率降低次数', '粮食最低收购价提高次数')
    >>> times_subject("三次亲临考察", 2)
    '亲临考察次数'

    Another verb opening the words after the count: :func:`action_times_subject`.
    """
    match = TIMES_PHRASE.match(text, end)
    if match is None:
        return action_times_subject(text, end)
    return match.group(2) + match.group(1) + TIMES_MEASURE


#: How far before a count of times its clause's topic is looked for (characters); the endings
#: of a time frame read there, which is no topic (党的十八大以来, 本世纪初期); the word of a run.
TIMES_TOPIC_REACH = 40
TIMES_FRAME_ENDINGS = ("以来", "期间", "时期", "初期", "末期", "年", "月")
RUN_WORD = "连续"
#: Words of manner jieba tags as nouns that may open the verb phrase after a count of times
#: (两次全面降准, 三次定向降准).
TIMES_MANNER_WORDS = ("全面", "定向", "普遍", "集中")
#: The verb phrase a count of times counts when it opens with another verb (两次全面降准,
#: 三次跨越千万标箱): an adverb or two and a verb, up to the clause's or the list item's end.
ACTION_AFTER_TIMES = re.compile(
    r"([^\d，,；;。！？!?：:\n、（(]{2,16})(?=[，,；;。！？!?：:\n、]|$)"
)


def action_times_subject(text: str, end: int) -> str:
    """The subject of a count of times before a verb phrase not of :data:`TIMES_VERBS`: the
    phrase + 次数 (the gold's 全面降准次数); "" when the words after the count open with no
    verb (两次伟大胜利) or the phrase runs past :data:`ACTION_AFTER_TIMES`'s reach.

    >>> action_times_subject("两次全面降准，", 2), action_times_subject("三次跨越千万标箱，", 2)
    ('全面降准次数', '跨越千万标箱次数')
    >>> action_times_subject("两次伟大胜利。", 2)
    ''
    """
    match = ACTION_AFTER_TIMES.match(text, end)
    if match is None:
        return ""
    words = dictionary_words(match.group(1))
    tags = [tag for _, tag in words[:3]]
    adverb = bool(tags) and (tags[0] in ("d", "ad") or words[0][0] in TIMES_MANNER_WORDS)
    opens_verb = bool(tags) and (
        tags[0].startswith("v") or (adverb and len(tags) > 1 and tags[1].startswith("v"))
    )
    return match.group(1) + TIMES_MEASURE if opens_verb else ""


#: Insurance schemes, and the verbs of their reach closing a subject before a count of people
#: (养老保险参保达到7.9亿人, 基本医疗保险覆盖13.5亿人).
INSURANCE_NOUNS = ("保险", "医保", "社保", "合作医疗制度", "合作医疗", "保障制度")
INSURANCE_VERBS = ("参保", "覆盖")
#: Words closing the name of a service or aid given to people (家庭医生签约服务, 辅助器具适配补贴):
#: before a count of people (人, 名) the count is of the people served, + 人数; a count of
#: attendances keeps the bare name (临时救助800万人次, 职业技能培训100万人次: the gold's call).
SERVICE_ENDINGS = ("服务", "补贴", "救助", "资助", "培训")


#: Spaces read between a phrase and the figure after it (a space of the web page: 服务 2000万人).
SPACES_BEFORE_FIGURE = 4


def written_right_before(text: str, start: int, phrase: str) -> bool:
    """Whether ``phrase`` is written right before ``start``, spaces apart (at most
    :data:`SPACES_BEFORE_FIGURE`): a bounded look back, not a copy of the text before it.

    >>> written_right_before("签约服务 2000万人", 5, "签约服务"), written_right_before("服务于2000万人", 3, "服务")
    (True, False)
    """
    window = text[max(0, start - len(phrase) - SPACES_BEFORE_FIGURE) : start].rstrip()
    return window.endswith(phrase)


def insured_people_subject(subject: str, unit: str, written_before: bool = True) -> str:
    """An insurance scheme + 参保 / 覆盖 before a count of people measures the people reached:
    + 人数 (人次 for a unit of 人次), as the verb after the count does (:func:`people_count_subject`);
    so does a service or aid (:data:`SERVICE_ENDINGS`) written right before a count of people
    (``written_before``; not the noun after it: 1万名乡村医生线下培训), not of attendances (人次).

    >>> insured_people_subject("基本医疗保险覆盖", "亿人"), insured_people_subject("城镇新增就业", "万人")
    ('基本医疗保险覆盖人数', '城镇新增就业')
    >>> insured_people_subject("家庭医生签约服务", "万人"), insured_people_subject("临时救助", "万人次")
    ('家庭医生签约服务人数', '临时救助')
    """
    measure = PEOPLE_UNITS.get(unit.lstrip(MAGNITUDE_CHARS), "")
    if not measure:
        return subject  # (no count of people: most rows)
    if (
        measure == "人数"
        and written_before
        and subject.endswith(SERVICE_ENDINGS)
        and len(subject) > 2
    ):
        return subject + measure  # 家庭医生签约服务2000万人: the people served
    verb = next((v for v in INSURANCE_VERBS if subject.endswith(v)), "")
    if not measure or not verb or not subject[: -len(verb)].endswith(INSURANCE_NOUNS):
        return subject
    return subject + measure


#: A modifier standing for a class of the counted thing, written alone before the list's
#: separator when one head noun closes the list (6个世界级、7个国家级产业集群): a grade in 级
#: or a type in 型 (国家级, 千亿级, 大型), or a word of ownership of the list below.
LIST_MODIFIER = re.compile(r"[\u4e00-\u9fff]{0,4}?[级型]")
#: Words of ownership that modify a counted noun (3所公办、2所民办学校).
LIST_MODIFIER_WORDS = ("公办", "民办", "公立", "私立", "国有", "民营")
#: The separators of a list of counts.
LIST_SEPARATORS = ("、", "和", "及", "与")
#: The longest modifier :func:`list_modifier` reads (four characters and 级 or 型).
LIST_MODIFIER_CHARS = 5


def list_modifier(phrase: str) -> str:
    """The class modifier opening ``phrase`` (:data:`LIST_MODIFIER`), or "".

    >>> list_modifier("区域级产业集群"), list_modifier("公办学校"), list_modifier("园区")
    ('区域级', '公办', '')
    """
    word = next((w for w in LIST_MODIFIER_WORDS if phrase.startswith(w)), "")
    if word:
        return word
    match = LIST_MODIFIER.match(phrase)
    return match.group() if match else ""


def share_list_head(quantities: Sequence[Quantity], text: str) -> None:
    """培育6个世界级、7个国家级、9个区域级产业集群: a list of counts of one unit whose earlier items
    are a class modifier alone (:func:`list_modifier`) and whose last item is a modifier and a
    head noun: every item counts that head (培育世界级产业集群, 培育国家级产业集群), and the
    verb written before the first item governs them all. Items that are nouns of their own
    (建成5个园区、3个基地) share nothing."""
    counts = [q for q in quantities if q.reading.unit_class == "count"]
    n = 0
    while n < len(counts):
        run, modifiers = [counts[n]], []
        while n + 1 < len(counts):
            a, b = counts[n].reading, counts[n + 1].reading
            between = text[a.end : b.start]
            modifier = between[:-1]
            if (
                a.unit != b.unit
                or not between.endswith(LIST_SEPARATORS)
                or not modifier
                or list_modifier(modifier) != modifier
            ):
                break
            modifiers.append(modifier)
            run.append(counts[n + 1])
            n += 1
        n += 1
        if len(run) < 2:
            continue
        last = run[-1]
        end = last.reading.end
        modifier = list_modifier(text[end : end + LIST_MODIFIER_CHARS])  # (a bounded look)
        at = last.subject.find(modifier) if modifier else -1
        head = last.subject[at + len(modifier) :] if at >= 0 else ""
        if len(head) < 2:
            continue
        items = [
            (q, item, q.subject[: -len(item)])
            for q, item in zip(run, modifiers, strict=False)
            if q.subject.endswith(item)
        ]
        items.append((last, modifier, last.subject[:at]))
        lead = next((own for _, _, own in items if own), "")
        for q, item, own in items:
            q.subject = (own or lead) + item + head


#: A name of a list's item written before its figure (房地产 in …、房地产12条等政策): Chinese
#: characters and quotes only, no figure, no clause break.
ITEM_NAME = re.compile(r"[\u4e00-\u9fff“”]{1,12}")
#: How many characters after a list's 等 :func:`examples_head_subjects` reads for the head noun.
EXAMPLES_HEAD_CHARS = 8
#: Nouns that go on a head noun after 等 as one (政策举措, 政策措施: jieba tags 举措 a verb).
EXAMPLES_CO_HEADS = ("举措", "措施")
#: Verbs of issuing the listed policies, written before the list's first item and no part of
#: its name (制定实施稳增长惠民生27条、…等政策举措: heldout31 liaoning writes 稳增长惠民生政策举措).
ISSUING_VERBS = ("制定实施", "制定出台", "制定", "出台", "实施", "推出", "印发", "发布")


def examples_head_subjects(quantities: Sequence[Quantity], text: str) -> None:
    """新型工业化18条、奶产业10条、房地产12条等政策: a list of figures of one unit, each after the
    name of its item, closed by 等 and a noun (a dictionary word of two characters or more tagged
    as a noun): every item counts that noun of its name (新型工业化政策, 奶产业政策, 房地产政策).
    The last item had read the words after its figure (等政策直) as what it counts.

    >>> from govreport.quantities.rules import load_rules
    >>> from govreport.quantities.numeral_runs import read_number
    >>> text = "新型工业化18条、奶产业10条、房地产12条等政策直达快享"
    >>> qs = []
    >>> for at in (5, 12, 19):
    ...     q = Quantity(read_number(text, at, load_rules()), None)
    ...     q.subject = "名称"
    ...     qs.append(q)
    >>> examples_head_subjects(qs, text)
    >>> [q.subject for q in qs]
    ['名称政策', '奶产业政策', '房地产政策']

    Only counts: rates listed before 等目标 are of their own measures.
    """
    n = 0
    while n < len(quantities):
        run = [quantities[n]]
        names = [""]
        if quantities[n].reading.unit_class != "count":
            n += 1  # (降低20%左右、减少10%等目标: rates are no examples of a counted noun)
            continue
        while n + 1 < len(quantities):
            a, b = quantities[n].reading, quantities[n + 1].reading
            between = text[a.end : b.start]
            if a.unit != b.unit or not between.startswith("、"):
                break
            if not ITEM_NAME.fullmatch(between[1:]):
                break
            names.append(between[1:])
            run.append(quantities[n + 1])
            n += 1
        n += 1
        end = run[-1].reading.end
        if len(run) < 2 or not text.startswith("等", end):
            continue
        after = text[end + 1 : end + 1 + EXAMPLES_HEAD_CHARS]
        head, tag = opening_word(after)
        if len(head) < 2 or not tag.startswith("n"):
            continue
        head += next((w for w in EXAMPLES_CO_HEADS if after.startswith(w, len(head))), "")
        for q, name in zip(run, names, strict=True):
            own = name or q.subject
            verb = next((v for v in ISSUING_VERBS if own.startswith(v)), "")
            own = own[len(verb) :] if len(own) - len(verb) >= 2 else own
            if own and not own.endswith(head):
                q.subject = own + head


#: The words between the last figure of a list and the multiples of a base after it, with no
#: 分别 (，是2015年的 / ，为上年的).
MULTIPLE_OF_BASE = re.compile(r"[，,]?(?:是|为|相当于)[^，,。；;分]{0,12}的")


#: A list of written years (and a part of the last: 2016年、2017年和2018年上半年), then at most a
#: subject and 分别 before the figures: the figures are of those years in turn. Not a list that is
#: a base (比2015年、2016年分别…) or a range's end (到2024年).
YEARS_IN_TURN = re.compile(YEARS_LISTED + r"[^，,；;。\d、]{0,16}?分别")
#: The end of a comma clause.
CLAUSE_END_AFTER = re.compile("[，,；;。]")
#: One written year of such a list, and the part of a year written right after it.
YEAR_IN_LIST = re.compile(r"(?:19|20)\d{2}")


def years_in_turn(quantities: Sequence[Quantity], text: str) -> None:
    """2022年、2023年和2024年分别增长5.1%、6.0%和5.8%: as many figures after 分别, in its clause,
    as years listed before it are of those years in turn, each a full year (the last may be a
    part of one: 2018年上半年); the list is no span of theirs. ``text`` has its years in Arabic
    digits (:func:`govreport.numerals.arabic_years`)."""
    starts = [q.reading.start for q in quantities]
    for m in YEARS_IN_TURN.finditer(text):
        years = [int(y) for y in YEAR_IN_LIST.findall(m.group("years"))]
        if len(set(years)) != len(years) or years != sorted(years):
            continue
        end = CLAUSE_END_AFTER.search(text, m.end(), m.end() + CLAUSE_WINDOW)
        clause_end = end.start() if end else m.end() + CLAUSE_WINDOW
        first, last = bisect_left(starts, m.end()), bisect_left(starts, clause_end)
        figures = list(quantities[first:last])
        if len(figures) != len(years):
            continue
        listed = m.group("years") + (m.group("part") or "")
        for k, (q, year) in enumerate(zip(figures, years, strict=True)):
            if q.span and q.span not in listed and not listed.endswith(q.span):
                continue  # (a span of the figure's own: 1-10月)
            q.year = year
            q.span = (m.group("part") or "") if k == len(years) - 1 else ""


def respective_ratios(quantities: Sequence[Quantity], text: str) -> None:
    """…收入32.83亿元，…支出242.14亿元，是2015年的1.3倍和1.5倍: a list of multiples of a base
    (linked by 和/、, the first named X与2015年之比) right after as many figures, with no 分别
    written (the list reads so without it): the i-th multiple is of the i-th figure; each had
    been named after the last figure (a county's 2021 report, session 44). A list with 分别 is
    read so already."""
    n = 0
    while n < len(quantities):
        first = quantities[n]
        run = [first]
        while n + len(run) < len(quantities):
            a, b = run[-1].reading, quantities[n + len(run)].reading
            if b.unit_class != "ratio" or text[a.end : b.start] not in ("和", "、", "及"):
                break
            run.append(quantities[n + len(run)])
        k = len(run)
        at = first.subject.rfind("与")
        if (
            k < 2
            or n < k
            or first.reading.unit_class != "ratio"
            or first.kind != "other"
            or at < 2
            or not first.subject.endswith("之比")
        ):
            n += 1
            continue
        figures = quantities[n - k : n]
        gap = text[figures[-1].reading.end : first.reading.start]
        subjects = [gap_indicator(q.subject) for q in figures]
        if (
            not MULTIPLE_OF_BASE.fullmatch(gap)
            or any(q.reading.unit_class == "ratio" for q in figures)
            or len(set(subjects)) < k
            or not all(subjects)
        ):
            n += k
            continue
        base = first.subject[at:]  # (read before the first is renamed: 与2015年之比)
        for q, subject in zip(run, subjects, strict=True):
            q.subject = subject + base
        n += k


def written_predicate(q: Quantity, text: str) -> str:
    """The predicate of a count whose subject was built as predicate + 的 + noun from the clause
    after it (2个平台获评国家级中试平台 -> 获评…的平台): the predicate, when the noun is written
    right after the figure and the predicate's first words within :data:`PREDICATE_WINDOW`
    characters after the noun; else ""."""
    predicate, mark, head = q.subject.rpartition("的")
    end = q.reading.end
    if not mark or len(predicate) < 2 or len(head) < 2 or not text.startswith(head, end):
        return ""
    after = text[end + len(head) : end + len(head) + PREDICATE_WINDOW]
    return predicate if predicate[:2] in after else ""


def share_list_predicate(quantities: Sequence[Quantity], text: str) -> None:
    """5项预期性指标、1项约束性指标未能如期完成: in a list of counts linked by 、/和 (each item a number
    and its noun only), the predicate written after the last item says what happened to the things
    of every item, and each earlier one is named by it as the last is (未能如期完成的预期性指标)."""
    counts = [q for q in quantities if q.reading.unit_class == "count"]
    shared = ""
    for i in range(len(counts) - 2, -1, -1):
        a, b = counts[i], counts[i + 1]
        between = text[a.reading.end : b.reading.start]
        noun = between[:-1]
        if not between.endswith(LIST_SEPARATORS) or a.subject != noun or len(noun) < 2:
            shared = ""
            continue
        shared = shared or written_predicate(b, text)
        if shared:
            a.subject = shared + "的" + noun


#: The most characters of a relative clause holding a threshold figure (年销售收入超10亿元的).
THRESHOLD_CLAUSE_MAX = 24


def threshold_clause_subjects(quantities: Sequence[Quantity], text: str) -> None:
    """年销售收入超10亿元的龙头企业达100家: a count whose noun follows 的 right after the figure before
    it (with its closing hedge, 四十万千瓦以上的水电站) is of the things that clause restricts; the
    relative clause, from the earlier figure's subject through its figure, opens the count's subject
    (CONVENTIONS: a restricting modifier is part of what is measured)."""
    for a, b in itertools.pairwise(quantities):
        if b.reading.unit_class != "count" or len(b.subject) < 2:
            continue
        end = a.reading.end
        hedge = ""
        if text.startswith(CLOSING_HEDGES, end):  # (most figures are followed by none)
            hedge = next(h for h in CLOSING_HEDGES if text.startswith(h, end))
        end += len(hedge)
        if not text.startswith("的" + b.subject, end) or len(a.subject) < 2:
            continue
        start = text.rfind(
            a.subject, max(0, a.reading.start - THRESHOLD_CLAUSE_MAX), a.reading.start
        )
        if start < 0:
            continue
        adverb = next((w for w in PREDICATE_ADVERBS_LONGEST if text.endswith(w, 0, start)), "")
        if adverb and adverb not in LINKING_ADVERBS:
            start -= len(adverb)  # 已开工建设的投资在五亿元以上的: the clause's adverb opens it
        clause = text[start:end]
        if not re.search(r"[，,；;。：:！？]", clause):
            b.subject = clause + "的" + b.subject


#: A measure and its threshold between a count and the noun it counts (3个[产值超]千亿元的产业集群):
#: the measure, and the verb of passing it, if any.
THRESHOLD_MEASURE = re.compile(r"(?P<measure>[\u4e00-\u9fff]{1,6}?)(?:超过|突破|达到|超|过|达|逾)?")
#: After such a threshold: the noun the count is of, past the next items of a 、-list of such
#: counts (3个产值超千亿元、2个产值500亿元的产业集群).
COUNTED_NOUN_AFTER = re.compile(
    r"(?:以上|左右)?(?:[、和](?:\d+|[一二两三四五六七八九十])个[^，,；;。的、\d]{1,8}"
    r"[\d.]+[亿万千]*元?(?:以上|左右)?)*的(?P<noun>[^，,；;。、的\d]{2,12})"
)


def counted_threshold_subjects(quantities: Sequence[Quantity], text: str) -> None:
    """形成3个产值超千亿元、2个产值500亿元的产业集群: a count whose noun follows a threshold
    written between them is of the things above it (产值超千亿元的产业集群, CONVENTIONS: a
    restricting modifier is part of what is measured); the threshold defines the class, no
    quantity of a year (other), named by the noun and its measure (产业集群产值: a city's
    five-year review of 2011, session 70)."""
    for a, b in itertools.pairwise(quantities):
        if a.reading.unit_class != "count" or b.reading.unit_class != "money":
            continue
        between = text[a.reading.end : b.reading.start]
        measure = THRESHOLD_MEASURE.fullmatch(between)
        after = COUNTED_NOUN_AFTER.match(text, b.reading.end)
        if measure is None or after is None:
            continue
        hedge = next((h for h in CLOSING_HEDGES if text.startswith(h, b.reading.end)), "")
        noun = after.group("noun")
        a.subject = text[a.reading.end : b.reading.end + len(hedge)] + "的" + noun
        b.subject = noun + measure.group("measure")
        b.kind, b.period_kind, b.year, b.span = "other", "other", None, ""
        b.qualifier = [h for h in b.qualifier if h != ESTIMATE_HEDGE]


#: Adverbs of time a subject may still open with once the span before them is out (第一季度已经开工的
#: 建筑安装工程件数 -> 开工的建筑安装工程件数).
SPAN_ADVERB = re.compile(r"^(?:已经|已|就|内)")


#: The year a part-year span may be written after (本年1——5月份…), or none.
SPAN_YEAR_WORDS = ("", "本年", "今年")


@lru_cache(maxsize=4096)
def folded_span(span: str) -> str:
    """``span`` as the clean view writes it (full-width digits and traditional characters
    folded), the form a subject is read in; remembered, as a report repeats its spans.

    >>> folded_span("１——５月份"), folded_span("")
    ('1——5月份', '')
    """
    return clean_text(span)[0] if span else span


def leading_span_out(subject: str, span: str) -> str:
    """``subject`` without the span it opens with and the time adverb after it: the span column
    holds the time (CONVENTIONS.md: span as written), the subject what is measured (heldout48
    今后五年国内生产总值 -> 国内生产总值, heldout90 第一季度已经开工的… -> 开工的…). A span naming a
    plan whose arrangement follows (“六五”计划安排的…项目) names the things and stays, and so
    does a subject the span would leave shorter than two characters.

    >>> leading_span_out("第一季度已经开工的建筑安装工程件数", "第一季度")
    '开工的建筑安装工程件数'
    >>> leading_span_out("今后五年国内生产总值", "今后五年"), leading_span_out("前三年", "前三年")
    ('国内生产总值', '前三年')
    >>> leading_span_out("“六五”计划安排的续建和新建的大中型项目", "“六五”计划")
    '“六五”计划安排的续建和新建的大中型项目'

    The span is compared as the clean view writes it, as the subject is read: full-width
    digits (１——５月份铁道货运量 -> 铁道货运量: national 1956) and traditional characters folded:

    >>> leading_span_out("1——5月份铁道货运量", "１——５月份")
    '铁道货运量'

    So does the year the part-year span is of (本年1——5月份各工业部工业生产总值):

    >>> leading_span_out("本年1——5月份各工业部工业生产总值", "１——５月份")
    '各工业部工业生产总值'
    """
    span = folded_span(span)
    year = next((w for w in SPAN_YEAR_WORDS if subject.startswith(w + span)), None)
    if not span or year is None or span.endswith(("计划", "规划")):
        return subject
    rest = SPAN_ADVERB.sub("", subject[len(year + span) :])
    return rest if len(rest) >= 2 and not rest.startswith("的") else subject


#: The last characters of a subject's text before an inner span that govern the span (结转到第七个
#: 五年计划期间, 到今年上半年, 提出了“十一五”期间…, 从2003年到2006年, a list item's start after 、):
#: the span then stays.
SPAN_GOVERNED_AFTER = ("到", "了", "从", "过", "、", "，", "》")
#: Words that stand before an inner span and leave with it (在今年上半年), in this order.
INNER_SPAN_BEFORE = ("今年", "本年", "去年", "在")
#: A sum that follows an inner span and leaves with it (五年累计产量).
INNER_SPAN_AFTER = ("累计",)
#: The share verb whose whole may hold a span (占五年内的工业基本建设的投资): the 的 after the
#: span leaves with it.
SHARE_OF = "占"


def inner_span_out(subject: str, span: str) -> str:
    """``subject`` without the span that stands inside it, between the owner of the figure and
    what is measured: the span column holds the time (heldout101 占五年内的工业基本建设的投资 ->
    占工业基本建设的投资, heldout46 非常规天然气五年累计产量 -> 非常规天然气产量, heldout61
    中央财政五年累计补助…). A span governed by the verb before it (结转到…期间) stays, and so
    does one that names a plan (超过五年计划原定数) or would leave less than two characters
    before or after it.

    >>> inner_span_out("制造生产资料工业的投资占五年内的工业基本建设的投资的比重", "五年内")
    '制造生产资料工业的投资占工业基本建设的投资的比重'
    >>> inner_span_out("全国现代运输工具前三年的货运量", "前三年")
    '全国现代运输工具的货运量'
    >>> inner_span_out("供销合作社在今年上半年基层社", "上半年")
    '供销合作社基层社'
    >>> inner_span_out("超过五年计划原定数", "五年"), inner_span_out("结转到第七个五年计划期间续建", "第七个五年计划期间")
    ('超过五年计划原定数', '结转到第七个五年计划期间续建')
    """
    span = folded_span(span)
    at = subject.find(span, 1) if span else -1
    if at < 0:
        return subject
    before, after = subject[:at], subject[at + len(span) :]
    if span.endswith(("计划", "规划")) or after.startswith(("计划", "规划")):
        return subject
    for word in INNER_SPAN_BEFORE:
        before = before.removesuffix(word)
    for word in INNER_SPAN_AFTER:
        after = after.removeprefix(word)
    if before.endswith(SHARE_OF):
        after = after.removeprefix("的")
    if len(before) < 2 or len(after) < 2 or before.endswith(SPAN_GOVERNED_AFTER):
        return subject
    return before + after


#: The perfective particle after a verb inside a subject (推广了各种改良农具, 动用了历年财政结余, a
#: leading 了钢产量 left by the clause before): not after 为 / 除 / 罢 (为了, 除了, 罢了: words of their own),
#: nor in 了解 / 了结 or the idioms 一目了然, 不了了之, 了不起, 了如指掌.
PERFECTIVE = re.compile(
    r"(?:^|(?<=[\u4e00-\u9fff])(?<![为除為罢了目]))了(?![解结結然之不如了])(?=[\u4e00-\u9fff“])"
)


def perfective_out(subject: str) -> str:
    """``subject`` without the perfective 了 after its verb: the gold names what was done, not
    its aspect (heldout17 停建、缓建大中型项目, heldout40 动用历年财政结余, heldout53 钢产量,
    heldout103 推广各种改良农具).

    >>> perfective_out("推广了各种改良农具"), perfective_out("了钢产量")
    ('推广各种改良农具', '钢产量')
    >>> perfective_out("为了确保这"), perfective_out("了解情况的干部"), perfective_out("有了")
    ('为了确保这', '了解情况的干部', '有了')
    >>> perfective_out("一目了然的成果"), perfective_out("不了了之的案件")
    ('一目了然的成果', '不了了之的案件')
    """
    return PERFECTIVE.sub("", subject) if "了" in subject else subject


#: Adverbials of time or sum that may stand between the owner of a figure and its verb; a
#: written year too (鞍山钢铁公司在一九五三年修建的职工宿舍, 哈尔滨食品公司一九五四年一年中发生的浪费
#: 事件: heldout82, heldout96 write 鞍山钢铁公司修建的职工宿舍, 哈尔滨食品公司发生的浪费事件).
INNER_ADVERBIAL = re.compile(
    r"(?<=[\u4e00-\u9fff”])(?:去年|今年|全年|当年|累计|已经|已|共有|共"
    r"|在?(?:1[89]|20)\d{2}年(?:一年中|内)?)"
)


#: 共有 (have in all) between an owner and the noun it counts (…事业共有职工: heldout103).
HAVE_ALL = "共有"


#: The order in which the subject reached a mark, said before the figure (工业经济总量成为全区第四个
#: 突破2000亿元大关的地区, 成为全省第三个跨越…的城市: the subject is what reached it).
ORDINAL_ASIDE = re.compile(
    r"成为[^，,。；;第]{0,6}第[一二三四五六七八九十两\d]{1,3}(?:个|家|座|位)$"
)


def ordinal_aside_out(subject: str) -> str:
    """``subject`` without an ordinal aside closing it (:data:`ORDINAL_ASIDE`), when a measured
    thing stays before it.

    >>> ordinal_aside_out("工业经济总量成为全区第四个"), ordinal_aside_out("成为全区第四个")
    ('工业经济总量', '成为全区第四个')
    """
    aside = ORDINAL_ASIDE.search(subject)
    return subject[: aside.start()] if aside and aside.start() >= 2 else subject


#: An adverbial of the source a figure rests on, closing a subject after its noun (全市地区生产总值
#: 根据省统计局的修订结果 | 预计完成4725亿元: a city's news story of 2020, session 66).
BASIS_ADVERBIAL = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:根据|依据|按照|据)[^，,；;。]{1,16}?(?:修订|核算|统计|普查)(?:后的)?(?:结果|数据|数)?$"
)


def basis_adverbial_out(subject: str) -> str:
    """``subject`` without an adverbial of the source its figure rests on closing it.

    >>> basis_adverbial_out("全市地区生产总值根据省统计局的修订结果"), basis_adverbial_out("统计结果")
    ('全市地区生产总值', '统计结果')
    """
    found = BASIS_ADVERBIAL.search(subject)
    return subject[: found.start()] if found and found.start() >= 2 else subject


def inner_adverbial_out(subject: str) -> str:
    """``subject`` without an adverbial of time or sum (去年, 全年, 累计, 已经, 共…) standing as a
    word of its own between the noun that owns the figure and the verb of two characters or more
    that follows it (subject - adverbial - verb, the adverbial modifying the predicate): the
    adverbial dates or sums the figure, the period and hedge columns say so, and it is no part
    of what is measured. One such adverbial is read (the first); one not preceded by a noun (a
    verb, a preposition, a per-head word), not followed by a verb of two characters, or making a
    word with a neighbour (公共, 共同) stays.

    >>> inner_adverbial_out("全省去年引进高层次人才"), inner_adverbial_out("省财政累计投入资金")
    ('全省引进高层次人才', '省财政投入资金')
    >>> inner_adverbial_out("市级财政全年用于养老服务的支出")
    '市级财政用于养老服务的支出'
    >>> inner_adverbial_out("社会公共服务支出"), inner_adverbial_out("累计投入资金")
    ('社会公共服务支出', '累计投入资金')
    >>> inner_adverbial_out("全市共同富裕示范村"), inner_adverbial_out("新增已有企业")
    ('全市共同富裕示范村', '新增已有企业')
    >>> inner_adverbial_out("在今年进行改造的老旧小区")
    '在今年进行改造的老旧小区'
    >>> inner_adverbial_out("鞍山钢铁公司在1953年修建的职工宿舍")
    '鞍山钢铁公司修建的职工宿舍'
    >>> inner_adverbial_out("全国共取得重大科技成果"), inner_adverbial_out("国家机关和事业共有职工")
    ('全国取得重大科技成果', '国家机关和事业职工')
    """
    match = INNER_ADVERBIAL.search(subject)
    if match is None:
        return subject
    before, word, after = subject[: match.start()], match.group(), subject[match.end() :]
    tags = word_tags()
    owner, owner_tag = closing_word(before)
    if (
        len(word) == 1
        and (
            (
                before[-1] + word in tags and len(owner) < 2
            )  # (公共; not 全国 + 共: 国共 no word here)
            or (word + after[:1] in tags and len(opening_word(after)[0]) < 2)  # (共同, 共享)
        )
    ):
        return subject
    if not (owner_tag.startswith("n") or before.endswith(("”", "）", ")"))):
        return subject  # (平均每人全年可用于…的收入, 在今年进行建设的: no owner noun before it)
    verb, tag = opening_word(after)
    if word == HAVE_ALL:
        # 国家机关、公私企业和事业共有职工 -> …事业职工: the owner's own noun follows, no verb
        return before + after if len(verb) >= 2 and tag.startswith("n") else subject
    if len(verb) < 2 or not tag.startswith("v"):
        return subject
    return before + after


#: Hedges written once after the last number of a coordinated list and meant for all of them.
CLOSING_HEDGES = ("左右", "以上", "以内", "以下")
#: Rates per part of a whole (per cent, per mille): one list's bound holds for both.
PART_RATE_CLASSES = frozenset({"percent", "permille"})


def share_closing_hedges(quantities: Sequence[Quantity], text: str) -> None:
    """分别增长5%、6.5%左右 / 分别增长10%、35%以上: the hedge after the last number of a list linked
    by 、/和 only (same unit class, none with a closing hedge of its own) holds for every number."""
    n = len(quantities) - 1
    while n > 0:
        last = quantities[n]
        closing = [h for h in last.reading.hedges if h in CLOSING_HEDGES]
        first = n
        while first > 0:
            a, b = quantities[first - 1].reading, quantities[first].reading
            if text[a.end : b.start] not in ("、", "和", "及", "与") or not (
                a.unit_class == b.unit_class
                # (rates per cent and per mille in one list: 分别控制在4.2%、3%、2.5‰以内, a
                # county's targets of 2015, session 61)
                or {a.unit_class, b.unit_class} <= PART_RATE_CLASSES
            ):
                break
            if any(h in CLOSING_HEDGES for h in a.hedges):
                break
            first -= 1
        if closing and first < n:
            for q in quantities[first:n]:
                q.qualifier = [*q.qualifier, *(h for h in closing if h not in q.qualifier)]
        n = first - 1


#: A span that only counts years (五年内, 三年中), naming no plan or year of its own.
BARE_COUNT = re.compile(r"^(?:[二两三四五六七八九十]|[2-9]|10)年(?:内|中|间)$")


#: A count of years written bare inside a sentence (五年改造…, 进出口总值五年累计…): a span of its
#: own clause when its paragraph opens on a span of the same review (五年来，…)
BARE_YEAR_COUNT = re.compile(r"(?:[二三四五六七八九两]|十|(?<![0-9.])(?:[2-9]|10))年")
#: How far back from a figure the bare count of years is looked for (characters: a sentence's
#: length in the reports; a count further back leaves the figure's period as it is).
CLAUSE_COUNT_WINDOW = 400


def paragraph_opens_on(opening: str, span: str) -> bool:
    """True when a paragraph whose first sentence is ``opening`` opens on ``span`` as a clause
    of its own (五年来，…), not when the span comes from the part's heading or an earlier
    paragraph.

    >>> paragraph_opens_on("　　五年来，我们坚持…。", "五年来"), paragraph_opens_on("我们坚持…。", "过去五年")
    (True, False)
    >>> paragraph_opens_on("五年来", "五年来")
    False
    """
    head = opening[: len(span) + 8].lstrip(OPENING_DEBRIS)
    return bool(span) and head.startswith(span) and head[len(span) : len(span) + 1] in ("，", ",")


def clause_count_period(
    period: tuple[str, int | None] | None,
    in_force: tuple[str, int | None] | None,
    text: str,
    pos: int,
) -> tuple[str, int | None] | None:
    """The period of a figure at ``pos`` when its sentence writes a bare count of years
    (五年) in an earlier clause while the paragraph's opening span (五年来，…) is in force: the
    count governs its own clause only, later clauses keep the opening's span (the caller
    checks the opening: :func:`paragraph_opens_on`).

    >>> text = "五年改造小区8074个，更新电梯1.1万台"
    >>> clause_count_period(("五年", 2025), ("五年来", 2025), text, text.index("1.1"))
    ('五年来', 2025)
    >>> clause_count_period(("五年", 2025), ("五年来", 2025), text, text.index("8074"))
    ('五年', 2025)
    >>> clause_count_period(("五年", 2025), None, text, text.index("1.1"))
    ('五年', 2025)
    """
    if period is None or in_force is None or not BARE_YEAR_COUNT.fullmatch(period[0]):
        return period
    if in_force[0] == period[0] or in_force[1] != period[1]:
        return period
    mark = text.rfind(period[0], max(0, pos - CLAUSE_COUNT_WINDOW), pos)
    if mark < 0 or not CLAUSE_STOP.search(text, mark, pos):
        return period
    return in_force


#: A period's own last year written in it (一九五三年到一九六○年, 2021—2025年, 一九八一年到本世纪末).
WRITTEN_LAST_YEAR = re.compile(r"(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年$|本世纪末$")


def nested_period(
    period: tuple[str, int | None] | None,
    in_force: tuple[str, int | None] | None,
    plan_year: int | None,
) -> tuple[str, int | None] | None:
    """A period named inside another one in force that runs from the plan year on (五年内 in the
    part on the first five-year plan, 1955; 五年内 after 第六个五年计划期间，…, 1982) ends with
    the one in force when it would end later: the years counted are the plan's.

    >>> nested_period(("五年内", 1959), ("第一个五年计划", 1957), 1955)
    ('五年内', 1957)
    >>> nested_period(("五年内", 1992), None, 1988)
    ('五年内', 1992)

    这五年 points back at the period in force, also at one still ahead (1988: 今后五年…):

    >>> nested_period(("这五年里", 1987), ("今后五年", 1992), 1988)
    ('这五年里', 1992)

    A span counted from the plan year on (五年内 -> 1963 in 1959) inside a past plan in force
    (the part on the first five-year plan, ending 1957) counts that plan's years:

    >>> nested_period(("五年内", 1963), ("第一个五年计划时期", 1957), 1959)
    ('五年内', 1957)

    A period that writes its own last year (从一九五三年到一九六○年这八年时间内, the works of a
    programme running past the plan) keeps it:

    >>> nested_period(("一九五三年到一九六○年", 1960), ("第一个五年计划", 1957), 1955)
    ('一九五三年到一九六○年', 1960)
    """
    if period is None or in_force is None or period[1] is None or in_force[1] is None:
        return period
    if WRITTEN_LAST_YEAR.search(period[0]):
        return period
    if plan_year is not None and period[1] > in_force[1] >= plan_year:
        return period[0], in_force[1]
    if (
        plan_year is not None
        and period[0].startswith("这")
        and in_force[1] >= plan_year > period[1]
    ):
        return period[0], in_force[1]  # 在这五年里，… under 今后五年…的目标: the years ahead
    if (
        plan_year is not None
        and in_force[1] < plan_year <= period[1]
        and BARE_COUNT.match(period[0])
    ):
        return period[0], in_force[1]
    return period


#: The count of years a period names: a five-year plan by name (“十一五”时期, 第六个五年计划期间,
#: “六五”期间) or a count written in it (近两年, 五年来, 这三年).
PLAN_NAMED = re.compile(r"五”|五年计划|五年规划")


def years_counted(words: str) -> int | None:
    """How many years a period's words count, ``None`` when they count none.

    >>> years_counted("近两年"), years_counted("“十一五”时期"), years_counted("五年来")
    (2, 5, 5)
    >>> years_counted("十年来"), years_counted("党的十八大以来") is None
    (10, True)
    """
    if PLAN_NAMED.search(words):
        return 5
    m = SPAN_COUNT.search(words)
    if m is None:
        return None
    return span_count(m.group(1))


def inner_span(
    period: tuple[str, int | None] | None, in_force: tuple[str, int | None] | None
) -> bool:
    """True when ``period`` counts fewer years than ``in_force`` and ends with it (近两年，… in a
    review of 五年来 or of the “十一五”时期): the last years of the review, told inside it, that
    govern the sentence or paragraph they open, not the paragraphs after it, which keep the
    nearest governing words (gold conventions round 34: own clause, paragraph, lead line, title).

    >>> inner_span(("近两年", 2010), ("五年来", 2010)), inner_span(("这五年", 2010), ("五年来", 2010))
    (True, False)
    """
    if period is None or in_force is None or period[1] != in_force[1]:
        return False
    inner, outer = years_counted(period[0]), years_counted(in_force[0])
    return inner is not None and outer is not None and inner < outer


def part_period(
    title: str, rules: Rules, years: tuple[int | None, int | None]
) -> tuple[str, int | None] | None:
    """The multi-year period a part heading names without a single year (过去五年工作回顾,
    “十五五”时期主要目标任务), with its last year; ``None`` otherwise (2025年和“十四五”时期工作回顾
    is a review of one year and of the period: the sentences say which).

    >>> from govreport.quantities.rules import load_rules
    >>> part_period("“十五五”时期主要目标任务", load_rules(), (2025, 2026))
    ('“十五五”时期', 2030)
    >>> part_period("“十三五”工作答卷", load_rules(), (2020, 2021))
    ('“十三五”', 2020)
    >>> part_period("第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就",
    ...             load_rules(), (1958, 1959)) is None
    True
    """
    if re.search(r"(?:19|20)\d{2}年|今年", arabic_years(title)):  # a year in Chinese digits too
        return None
    found = Cues.build(title, rules, years).multi_year(len(title), *years)
    named = HEADING_PLAN_NAME.search(title) if found is None else None
    if named is not None:  # (the plan's period, as the heading writes it: “十三五”工作答卷)
        period = named.group() + "时期"
        found = Cues.build(period, rules, years).multi_year(len(period), *years)
        return (named.group(), found[1]) if found else None
    return found


#: A five-year plan by its quoted short name heading a part of its own, its work reviewed
#: (“十三五”工作答卷, “十三五”工作回顾: a city's digest of its 2021 report, session 66).
HEADING_PLAN_NAME = re.compile(
    r"“(?:十[一二三四五]|[一二三四五六七八九])五”(?=(?:工作|发展|建设)?(?:答卷|回顾|成就|成绩|总结))"
)


@remembered_per_rules  # (asked for every sentence; the same for all sentences of a part)
def titled_period(
    title: str, rules: Rules, years: tuple[int | None, int | None]
) -> tuple[str, int | None] | None:
    """The multi-year period a part heading names for its part (:func:`part_period`) or for its
    first paragraphs (:func:`part_opening_period`), else ``None``.

    >>> from govreport.quantities.rules import load_rules
    >>> titled_period("“十五五”时期目标任务和2026年工作安排", load_rules(), (2025, 2026))
    ('“十五五”时期', 2030)
    >>> titled_period("关于基本建设的规模", load_rules(), (1981, 1982)) is None
    True
    """
    return part_period(title, rules, years) or part_opening_period(title, rules, years)


#: Where a part heading splits into clauses (“十五五”时期目标任务和2026年工作安排).
HEADING_CLAUSES = re.compile(r"和|及|与|暨|，|、")


def part_opening_period(
    title: str, rules: Rules, years: tuple[int | None, int | None]
) -> tuple[str, int | None] | None:
    """The multi-year period of a part heading's FIRST clause when a later clause names a single
    year (“十五五”时期目标任务和2026年工作安排): it governs the part's first paragraphs, until one
    opens on a single year (今年是…); ``None`` otherwise (2025年和“十四五”时期工作回顾 opens on the
    year: the sentences say which).

    >>> from govreport.quantities.rules import load_rules
    >>> part_opening_period("“十五五”时期目标任务和2026年工作安排", load_rules(), (2025, 2026))
    ('“十五五”时期', 2030)
    >>> part_opening_period("2025年和“十四五”时期工作回顾", load_rules(), (2025, 2026)) is None
    True
    """
    if not re.search(r"(?:19|20)\d{2}年|今年", arabic_years(title)):
        return None
    first = HEADING_CLAUSES.split(title, maxsplit=1)[0]
    return part_period(first, rules, years) if first != title else None


#: A sentence opening on the year under review (过去一年，… / 刚刚过去的2025年，…), singled out
#: or not (特别是刚刚过去的2012年，…: 湖北's five-year review of 2013, session 61): what follows in
#: the paragraph is of that year, not of a multi-year period in force before.
SINGLE_YEAR_OPENING = re.compile(
    r"(?:特别是|尤其是)?"
    r"(?:过去(?:的)?一年|一年来|刚刚过去的(?:一年|(?:19|20)\d{2}年))(?:[，,里中]|来，)"
)
#: Dashes and spaces that open a bullet paragraph (——这五年，…).
OPENING_DEBRIS = " \u3000—-－"
#: A section's numeral opening its heading line ((一)过去的四年，是…的四年: a county's report of
#: 2007, session 60), before the period it opens on; or an outline numeral with 、 inside a part
#: (一、五年来,我们实干创业绩… under 过去五年工作回顾: a county-level city's report of 2022,
#: session 66).
SECTION_NUMERAL_OPENING = re.compile(
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[一二三四五六七八九十]{1,3}、\s*"
)


#: An open-ended period since an event or a time (党的十八大以来，…, 今年以来，…, 五年以來，…):
#: opening a sentence it frames that sentence, not the paragraph's later sentences (the gold
#: writes the heading's period or none there: 21 corpus rows of dev, heldout2, heldout7,
#: heldout9, heldout10, heldout15 and heldout22).
SINCE_PERIOD = re.compile(r"(?:以来|以來|到现在|到現在|时)$")


#: A short lead clause without figures before a period that opens the next clause (按照这样的
#: 部署，第六个五年计划期间，…; 因此，…).
LEAD_CLAUSE = re.compile(r"[^，,。；;\d]{1,10}[，,]")


def opening_period(
    text: str, rules: Rules, years: tuple[int | None, int | None]
) -> tuple[str, int | None] | None:
    """The period a sentence opens with as a clause of its own, which governs the rest of the
    paragraph: a multi-year period (过去五年，… / 五年来，… / ——这五年，…) with its last year, or
    the year under review (过去一年，…) as ``("", review_year)``.

    >>> from govreport.quantities.rules import load_rules
    >>> opening_period("五年来，民生保障扎实有力。", load_rules(), (2025, 2026))
    ('五年来', 2025)
    >>> opening_period("过去一年，我们的各项工作取得了很大成绩。", load_rules(), (2025, 2026))
    ('', 2025)
    >>> opening_period("五年来累计新增就业", load_rules(), (2025, 2026)) is None
    True
    >>> opening_period("（一）过去的四年，是经济快速发展的四年", load_rules(), (2006, 2007))
    ('过去的四年', 2006)
    """
    head = text.lstrip(OPENING_DEBRIS)
    numeral = SECTION_NUMERAL_OPENING.match(head)
    head = head[numeral.end() :] if numeral else head
    if SINGLE_YEAR_OPENING.match(head):
        return "", years[0]
    lead = LEAD_CLAUSE.match(head)
    anyone = multi_year_alternation(rules)
    if not (
        anyone.match(head)
        or (head.startswith("在") and anyone.match(head, 1))
        or (lead and anyone.match(head, lead.end()))
    ):
        return None  # (no multi-year pattern matches where one is tried: most sentences)
    for pattern, _, _, _ in rules.multi_year_spans:
        m = pattern.match(head, 1) if head.startswith("在") else None  # 在第一个五年计划期间，
        m = m or pattern.match(head)
        if m is None and lead:  # 按照这样的部署，第六个五年计划期间，…: after a short lead clause
            m = pattern.match(head, lead.end())
        if m and head[m.end() : m.end() + 1] in ("，", ",") and not SINCE_PERIOD.search(m.group()):
            # the comma stays in the text the cues read: a pattern may look ahead for it (五年间，)
            return Cues.build(head[: m.end() + 1], rules, years).multi_year(m.end(), *years)
    return None


#: A summary line that names the review's years (这是综合经济实力显著提升的五年。), heading the
#: paragraph after it (heldout2 call: span 五年).
#: (its description may hold commas: 这是凝心聚力、奋勇争先,综合实力显著增强的五年。, a county's
#: review of 2021, session 71)
SUMMARY_LINE = re.compile(r"这是[^。；;\d]{1,40}?的((?:[二三四五两]|十)年)[。！!]?$")
#: A line that says what a five-year plan's years were, by its quoted name (“十四五”是西海岸新区经济
#: 社会发展极不寻常的五年。, a district's lead line of 2026 over its part title “十四五”时期和2025年工作
#: 回顾, session 71: the nearest lead's words); group 1 is the plan's ordinal.
PLAN_SUMMARY_LINE = re.compile(r"“?(十[一二三四五])五”(?=是[^，,。；;\d]{1,40}的五年)")


def carried_period(
    text: str, rules: Rules, years: tuple[int | None, int | None]
) -> tuple[str, int | None] | None:
    """The multi-year period a paragraph opens with that also governs the paragraphs after it in
    its part, until one opens on a single year (过去五年极不寻常。… then ——经济发展再上新台阶。…):
    the opening of :func:`opening_period`, or a period word opening a first sentence without
    figures.

    >>> from govreport.quantities.rules import load_rules
    >>> carried_period("过去五年极不寻常、极不平凡。", load_rules(), (2022, 2023))
    ('过去五年', 2022)
    >>> carried_period("过去五年经济增长5.2%。", load_rules(), (2022, 2023)) is None
    True
    >>> carried_period("这是人民生活品质显著改善的五年。", load_rules(), (2025, 2026))
    ('五年', 2025)
    >>> carried_period("这是凝心聚力、奋勇争先,综合实力显著增强的五年。", load_rules(), (2021, 2022))
    ('五年', 2021)
    >>> carried_period("记者了解到，今后五年的主要目标是：更加幸福。", load_rules(), (2016, 2017))
    ('今后五年', 2021)
    >>> carried_period("“十四五”是新区发展极不寻常的五年。我们攻坚克难。", load_rules(), (2025, 2026))
    ('“十四五”', 2025)
    """
    opened = opening_period(text, rules, years)
    if opened is not None:
        return opened if opened[0] else None
    head = text.lstrip(OPENING_DEBRIS)
    summary = SUMMARY_LINE.match(head)
    if summary:  # 这是人民生活品质显著改善的五年。 heads the paragraphs of that topic
        return summary.group(1), years[0]
    named = PLAN_SUMMARY_LINE.match(head)
    if named:  # “十四五”是新区发展极不寻常的五年。: the plan's name as written
        # (its last year: “十五五”是…的五年 in a plan part is the plan's, not the review's)
        return named.group(), int(plan_ordinal_end(named))
    if re.search(r"\d", head):
        return None
    lead = LEAD_CLAUSE.match(head)
    for pattern, _, _, clause in rules.multi_year_spans:
        m = pattern.match(head)
        if m and not clause:
            return Cues.build(head[: m.end()], rules, years).multi_year(m.end(), *years)
        ahead = pattern.match(head, lead.end()) if lead and not clause else None
        if ahead:
            # (the years ahead after a short lead clause: 记者从会上了解到，今后五年…的主要目标是：…,
            # a city's news story of 2017, session 66; not the years past a speaker looks back on,
            # 周总理指出，过去五年多来，…: national 1964, whose foreign affairs gold spans no figure)
            period = Cues.build(head[: ahead.end()], rules, years).multi_year(ahead.end(), *years)
            if period and period[1] and years[1] and period[1] >= years[1]:
                return period
    return None


def heading_period(
    text: str, rules: Rules, years: tuple[int | None, int | None]
) -> tuple[str, int | None] | None:
    """The multi-year period a heading-like line opens on as a clause of its own (五年来，改革开放
    取得突破性进展), ``None`` for a single year or none.

    >>> from govreport.quantities.rules import load_rules
    >>> heading_period("五年来，国民经济保持良好发展势头", load_rules(), (2002, 2003))
    ('五年来', 2002)
    >>> heading_period("五年来的主要工作及特点：", load_rules(), (2012, 2013)) is None
    True

    So does a line that speaks of the years themselves (过去的五年极不寻常。: 河南's report of
    2023 under 一、过去五年工作回顾, session 61; 这五年是…):

    >>> heading_period("过去的五年极不寻常。五年来，我们…", load_rules(), (2022, 2023))
    ('过去的五年', 2022)
    """
    opened = opening_period(text, rules, years)
    head = text.lstrip(OPENING_DEBRIS)
    if opened is None and multi_year_alternation(rules).match(head):
        for pattern, _, _, _ in rules.multi_year_spans:
            m = pattern.match(head)
            if m and head.startswith(PERIOD_SUBJECT_PREDICATES, m.end()):
                opened = opening_period(head[: m.end()] + "，" + head[m.end() :], rules, years)
                break
    return opened if opened and opened[0] else None


#: What says something of the years themselves right after their words (极不寻常, 是…的五年).
PERIOD_SUBJECT_PREDICATES = ("极不", "是", "很不", "非常")


#: The end of a line announcing the items that follow (努力实现以下8个方面主要目标。, 主要目标是：).
LIST_ANNOUNCEMENT = re.compile(r"(?:以下|如下)[^，,。；;：:]{0,16}[。：:]?$|[：:]$")


def announces_list(text: str) -> bool:
    """True when a line ends announcing the paragraphs that follow: its figures count those
    items (以下8个方面), so a period it opens on still heads them like a line without figures.

    >>> announces_list("未来五年，锚定6个方面重点方向，努力实现以下8个方面主要目标。")
    True
    >>> announces_list("未来五年，地区生产总值年均增长5%左右。")
    False
    >>> announces_list("五年来主要做了以下工作。"), announces_list("五年来的主要工作及特点：")
    (True, True)
    """
    return bool(LIST_ANNOUNCEMENT.search(text.rstrip()))


#: A single year opening a clause near the start of a paragraph (今年经济社会发展的主要预期目标
#: 是…, 综合考虑各种因素，2006年，…, 2025年是…); not a year inside a clause (国内生产总值2000年
#: 达…, 2000年国家财政收入达…, whose 平均每年增长 is still of the period carried).
SINGLE_YEAR_NEAR_START = re.compile(
    r"(?:^|(?<=[，,：:；;。]))(?:在|到|截至)?(?:今年|明年|去年|(?:19|20)\d{2}年(?:底|末)?[，,是])"
)


#: The year under review opening the clause after a lead clause (这里还要着重指出的是，在刚刚
#: 过去的1987年，…).
SINGLE_YEAR_AFTER_LEAD = re.compile(r"[，,]在?" + SINGLE_YEAR_OPENING.pattern)


#: A written year opening a paragraph as its subject's year (1958年我国工农业总产值…).
PARAGRAPH_YEAR = re.compile(r"((?:19|20)\d{2})年(?!以来|前|比|到|至|和|与|[—\-－～、])")


def ends_carried_period(text: str, period_end: int | None = None) -> bool:
    """True when a paragraph opens on a single year (过去一年，…, 今年…, 2026年…): a period
    carried from an earlier paragraph stops there; so does a year later than the carried
    period's last one opening the paragraph (1958年我国… after 第一个五年计划时期, ending 1957;
    1997年国内生产总值达到…，平均每年增长11% is still of 过去的五年, ending 1997).

    >>> ends_carried_period("1958年我国工农业总产值达到了2050亿元", 1957)
    True
    >>> ends_carried_period("1997年国内生产总值达到74772亿元", 1997)
    False
    """
    head = text.lstrip(OPENING_DEBRIS)
    opening = PARAGRAPH_YEAR.match(head)
    return bool(
        SINGLE_YEAR_OPENING.match(head)
        or SINGLE_YEAR_NEAR_START.search(head[:20])
        or SINGLE_YEAR_AFTER_LEAD.search(head[:40])
        or (opening and period_end is not None and int(opening.group(1)) > period_end)
    )
