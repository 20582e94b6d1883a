"""Finding numeral runs, reading a number with its unit, range and postfix hedges, and the
exclusion rules that claim runs which are not quantities."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from govreport.numerals import MIXED_NUMERAL, split_magnitude, try_parse_number
from govreport.quantities.rules import (
    AR,
    CN,
    CN_DIGITS,
    CN_ODD,
    DASH,
    FRACTION,
    NUMERAL_RUN,
    PERCENT_WORDS_HIGH,
    THRESHOLD_PREFIX,
    Rules,
    idiom_pieces,
    idioms,
    per_rules,
    possible_matches,
)

# --------------------------------------------------------------------------- numeral runs


@dataclass(frozen=True)
class Run:
    """A numeral run in the clean text (offsets into ``Report.clean_text``)."""

    start: int
    end: int
    text: str

    @property
    def script(self) -> str:
        return "arabic" if self.text[0].isdigit() else "chinese"


def numeral_runs(text: str, offset: int = 0) -> list[Run]:
    """Numeral runs of a text; a magnitude right after Arabic digits (1.12万) is not a run.

    >>> [r.text for r in numeral_runs("存贷款余额1.12万亿，新增一千一百一十四元，万事")]
    ['1.12', '一千一百一十四', '万']
    """
    runs = []
    for match in NUMERAL_RUN.finditer(text):
        start = match.start()
        if (
            match.group()[0] in "万亿百千"
            and start > 0
            and (
                text[start - 1].isdigit()
                or (text[start - 1] in "余多" and start > 1 and text[start - 2].isdigit())
            )
        ):
            if set(match.group()) <= set("万亿百千"):
                continue
        runs.append(Run(offset + start, offset + match.end(), match.group()))
    return runs


# --------------------------------------------------------------------------- number + unit


@dataclass
class Reading:
    """A number read at a position: value, range, unit and postfix hedges (clean offsets)."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: str
    value_num: float
    value_high: float | None
    unit: str
    unit_base: str
    factor: float
    unit_class: str
    hedges: list[str]
    rank_prefix: str = ""
    is_fraction: bool = False


#: A year closing what reads as a ratio (1:2019 of 表1:2019年…): no ratio.
YEAR_AFTER_LABEL = re.compile(r"[:：∶]\s*(?:19|20)\d{2}$")
#: 4.0∶37.7∶58.3, 2.50:1: a ratio of two or more components (a row of kind ``ratio``).
RATIO = re.compile(r"\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?)+")
#: A ratio written as its first term alone (城乡居民收入比值由3.27缩小至2.93, 收入比缩小到2.3): a
#: decimal after the name of a ratio and at most a verb (and the start value of a 由A缩小至B).
BARE_RATIO_BEFORE = re.compile(
    r"(?:比值|收入比|之比|倍差)(?:[由从]\d+\.\d+(?:[:：∶]1)?)?"
    r"(?:[由从为是]|达到?|(?:缩小|下降|降低|收窄|提高|扩大|调整|降)[至到为]|(?:保持|控制|稳定)在)?$"
)
#: The bare ratio's number: a decimal, then no unit or digit (a clause's end, a hedge, or the verb
#: to the end value after a start value).
BARE_RATIO = re.compile(
    r"\d+\.\d+(?![\d.%％‰])(?=[，,。；;、）)]|左右|以内|以下|$|(?:缩小|下降|降低|收窄|提高|扩大)[至到为])"
)
#: How far back the name of a bare ratio is looked for (characters).
BARE_RATIO_WINDOW = 14
#: 1/3, 1/10: a fraction written with a slash (not a date: the denominator is the larger).
SLASH_FRACTION = re.compile(r"(\d{1,2})\s*/\s*(\d{1,3})(?![\d.])")
#: 58万元/人, 0.6人/百亿元: the per-unit part of a rate's unit.
PER_UNIT = re.compile(
    r"[/／]([百千万亿]*[\u4e00-\u9fff]{1,4}?)(?=左右|以上|以下|以内|[^\u4e00-\u9fff]|$)"
)
#: The per-unit part opened by a slash, up to six characters (its denominator is cut from it).
PER_UNIT_OPEN = re.compile(r"[/／]([百千万亿]*)([\u4e00-\u9fff]{1,6})")
#: The slashes opening a rate's per-unit part (:data:`PER_UNIT`, :data:`PER_UNIT_OPEN`).
SLASHES = ("/", "／")
#: Denominators of a rate that are periods, not units of their own (元/月, 元/年, 元/日).
PERIOD_DENOMINATORS = frozenset({"月", "年", "日", "天", "周", "季度"})


def per_unit_at(text: str, pos: int, rules: Rules) -> tuple[str, int] | None:
    """The denominator of a rate's unit after its slash at ``pos`` and where it ends: the
    longest known unit or period right after the slash (a verb after it is no part of the
    unit: 元/月提高至), else the short word before a non-Chinese character (:data:`PER_UNIT`).

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> per_unit_at("元/月提高至900元", 1, rules), per_unit_at("万元/人，", 2, rules)
    (('月', 3), ('人', 4))
    >>> per_unit_at("人/百亿元。", 1, rules), per_unit_at("克/千克", 1, rules)
    (('百亿元', 5), ('千克', 4))
    """
    if not text.startswith(SLASHES, pos):
        return None  # (both patterns open with the slash: most units have none after them)
    opened = PER_UNIT_OPEN.match(text, pos)
    if opened:
        start = opened.start(1)
        for mag_end in range(opened.end(1), start - 1, -1):  # 千 may open the unit (克/千克)
            words = text[mag_end : min(opened.end(), mag_end + 6)]
            for k in range(len(words), 0, -1):
                if words[:k] in rules.unit_index or words[:k] in PERIOD_DENOMINATORS:
                    return text[start : mag_end + k], mag_end + k
    short = PER_UNIT.match(text, pos)
    return (short.group(1), short.end()) if short else None


#: A measure word no unit list holds, right before a rate's slash (6.5万管/天: tubes a day).
UNKNOWN_RATE_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[/／])")


def unknown_rate_unit(text: str, pos: int, rules: Rules) -> tuple[str, tuple[str, int] | None]:
    """The unit and the per-unit part of a rate whose counted unit is no known one (核酸检测能力
    从6.5万管/天左右提升至45万管/天以上, a city's review of 2022), when its denominator is a period
    or a known unit; else ``("", None)``.

    >>> from govreport.quantities.rules import load_rules
    >>> unknown_rate_unit("管/天左右", 0, load_rules()), unknown_rate_unit("管/米", 0, load_rules())
    (('管', ('天', 3)), ('管', ('米', 3)))
    >>> unknown_rate_unit("管理/改革", 0, load_rules())
    ('', None)
    """
    counted = UNKNOWN_RATE_COUNTED.match(text, pos)
    if counted is None:
        return "", None
    per_unit = per_unit_at(text, counted.end(), rules)
    if per_unit is None or not (
        per_unit[0] in PERIOD_DENOMINATORS or per_unit[0] in rules.unit_index
    ):
        return "", None
    return counted.group(), per_unit


def ratio_parts(value: str) -> list[float]:
    """Components of a ratio as written.

    >>> ratio_parts("4.0∶37.7∶58.3")
    [4.0, 37.7, 58.3]
    """
    return [float(x) for x in re.split(r"\s*[:：∶]\s*", value)]


def _slash_fraction(text: str, pos: int) -> tuple[str, int] | None:
    m = SLASH_FRACTION.match(text, pos)
    if m and 0 < int(m.group(1)) < int(m.group(2)):
        return m.group(), m.end()
    return None


#: A Chinese numeral ending on a magnitude and a bare 千 (五十三万千瓦, 一百万千伏安, 二万五千千瓦,
#: 七万二千五百千瓦, 五十千瓦): the 千 is the first character of the unit (千瓦, 千米, 千克), as no
#: numeral ends that way (五十三万一千).
UNIT_THOUSAND = ("万千", "亿千", "千千", "百千", "十千")


#: Arabic digits grouped by Chinese magnitudes (1万6千, 1亿3千, 1亿2000万: one number,
#: :data:`govreport.numerals.MIXED_NUMERAL`); a bare 5千 only before a hedge (5千多户), as
#: 750千伏 is 750 of the unit 千伏.
MIXED_AT = re.compile(r"\d+(?:[亿万]\d+[千百十万])+万?(?![亿\d])|\d+[千百](?=[多余])")
#: The hedge before the last magnitude of a numeral with 亿 inside (一亿一千多万).
HEDGED_WAN = re.compile(r"([余多])万(?![亿万])")
#: A numeral: Arabic digits, or Chinese numeral characters with a decimal part (点).
NUMERAL_AT = re.compile(rf"{AR}|{CN_ODD}|{CN}(?:点[{CN_DIGITS}]+)?")
#: The odd part of a numeral written with 几 (三十几 -> 三十, 一百几十亿 -> 一百亿): the gold's value_num
#: is the written base, the value the text as written, no hedge (heldout31, 38, 81).
ODD_PART = re.compile(r"几[十百千]?")
#: A Chinese numeral with a magnitude inside (三千万, 两亿).
MAGNITUDE_INSIDE = re.compile(f"[{CN_DIGITS}十百千][万亿]")
#: What makes a bare magnitude a number (万元以上, 亿美元以上).
ABOVE_BARE_MAGNITUDE = re.compile(r"(?:元|美元)?以上")
#: A numeral that is only round magnitudes in words (百万, 千万, 十亿): with a measure and 级
#: after it (千万吨级, 百万千瓦级) it is a grade of that measure. A bare 万 is one only as such a
#: grade (万吨级, 万亿级: :func:`bare_magnitude_grade`, session 55); a bare 亿 stays no number.
BARE_MAGNITUDE_WORDS = re.compile(r"[十百千]*[万亿]?")
#: The unit classes of measures graded with 级 (万吨级泊位, 百万千瓦级机组, 千伏级电网): a
#: physical measure, not money (亿元级项目 is a class word, no row) nor a count.
GRADED_MEASURES = frozenset(
    {"mass", "power", "energy", "volume", "area", "length", "voltage", "compute"}
)
DASH_AT = re.compile(DASH)


#: The named groups of ``rules.unit_pattern`` (all of them), in the order :class:`UnitMatch`
#: reads them.
UNIT_GROUPS = ("approx", "mag", "approx2", "mag2", "ge", "approx3", "ge_unit", "unit")


class UnitMatch:
    """The unit read after a number (``rules.unit_pattern``), with a magnitude split by a hedge
    (3万多亿元: 万亿) and a unit written with 个 split by one (1个多月: 个月) put together."""

    __slots__ = ("match", "groups", "_end")  # (one per number read: a small object)

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match
        # (read and put together once: a reading asks for the groups many times; the groups are
        # fetched as one tuple, cheaper than a groupdict edited afterwards)
        approx, mag, approx2, mag2, ge, approx3, ge_unit, unit = match.group(*UNIT_GROUPS)
        self.groups = {
            "approx": approx,
            "mag": (mag or "") + (mag2 or "") or None,
            "approx2": approx2 or approx3,
            "mag2": mag2,
            "ge": ge,
            "approx3": approx3,
            "ge_unit": ge_unit,
            "unit": "个" + ge_unit if ge else unit,
        }
        self._end = match.end("ge_unit") if ge else match.end()

    def group(self, name: str) -> str | None:
        return self.groups[name]

    def end(self) -> int:
        return self._end


def match_unit(text: str, pos: int, rules: Rules) -> UnitMatch:
    """The unit (possibly empty) written at ``pos``.

    >>> from govreport.quantities.rules import load_rules
    >>> u = match_unit("个多月，", 0, load_rules())
    >>> u.group("unit"), u.group("approx2"), u.end()
    ('个月', '多', 3)
    >>> u = match_unit("万多亿元", 0, load_rules())
    >>> u.group("mag"), u.group("approx2"), u.group("unit")
    ('万亿', '多', '元')
    """
    match = rules.unit_pattern.match(text, pos)
    assert match is not None  # the pattern can match the empty string
    return UnitMatch(match)


def hedged_magnitude(text: str, numeral: str, end: int) -> tuple[str, int, str] | None:
    """A numeral with 亿 inside whose last magnitude 万 follows a hedge (一亿一千多万 = 一亿 +
    一千多万, 四亿零七百多万, 1亿3千多万): the whole numeral (``一亿一千万``), its end past the
    万, and the hedge; ``None`` when the numeral at ``end`` goes on otherwise.

    >>> hedged_magnitude("一亿一千多万青壮年", "一亿一千", 4)
    ('一亿一千万', 6, '多')
    >>> hedged_magnitude("三万八千多人", "三万八千", 4) is None
    True
    """
    head, sep, tail = numeral.rpartition("亿")
    if not (head and sep and tail) or "万" in tail:
        return None
    match = HEDGED_WAN.match(text, end)
    if not match:
        return None
    return numeral + "万", match.end(), match.group(1)


#: One half written as a word: a fraction, as 二分之一 is (减少一半, 超过一半人口).
HALF = "一半"
#: Half the number of a class (其中半数已投入生产, 将有半数上下转变为…, 半數以上的農戶): one half
#: too (round 81: heldout58, heldout79 write 0.5, a share).
HALF_COUNT = ("半数", "半數")
#: Zero growth written as a word (支出原则上零增长, 化肥农药使用量实现零增长): a growth of 0 with no
#: unit, as three gold sets write it (heldout 2011, heldout32 2015, heldout70 2018); 零 alone
#: elsewhere (零距离, 零容忍, 零的突破) is no quantity, nor is it in the name of an action or a plan
#: (实施化肥农药零增长行动: :data:`ZERO_GROWTH_NAMES` after it).
ZERO_GROWTH = ("零", "增长")
ZERO_GROWTH_NAMES = ("行动", "方案")


#: Arabic digits (with decimals) that none of the other numeral shapes can go on from: no
#: grouping comma, second decimal point, space or slash (1/3), 分之 (3分之1) or Chinese magnitude
#: (1万6千) after them. Such a numeral is the :data:`NUMERAL_AT` match itself, the most common
#: shape by far (:func:`_number_at` tries it before the five patterns of the rarer shapes).
PLAIN_ARABIC = re.compile(r"\d+(?:\.\d+)?(?![\d,.\s/分亿万千百])")


def _number_at(text: str, pos: int) -> tuple[str, int] | None:
    """The numeral (fraction, Arabic or Chinese) starting at ``pos``, with its end.

    >>> _number_at("减少一半以上", 2), _number_at("三分之一", 0)
    (('一半', 4), ('三分之一', 4))
    >>> _number_at("新增12.5个", 2), _number_at("1/3", 0), _number_at("1万6千人", 0)
    (('12.5', 6), ('1/3', 3), ('1万6千', 4))
    """
    plain = PLAIN_ARABIC.match(text, pos)
    if plain:
        return plain.group(), plain.end()
    slash = _slash_fraction(text, pos)
    if slash:
        return slash
    if text.startswith(HALF, pos):
        return HALF, pos + len(HALF)
    if text.startswith(HALF_COUNT, pos):
        return text[pos : pos + 2], pos + 2
    fraction = FRACTION.match(text, pos)
    if fraction and try_parse_number(fraction.group()) is not None:
        return fraction.group(), fraction.end()
    mixed = MIXED_AT.match(text, pos)
    if mixed:
        return mixed.group(), mixed.end()
    match = NUMERAL_AT.match(text, pos)
    if not match:
        return None
    if match.group().endswith(UNIT_THOUSAND) and len(match.group()) > len(UNIT_THOUSAND[0]):
        # 五十三万千瓦: no numeral ends on a bare 千 after 万 or 亿, the 千 opens the unit
        return match.group()[:-1], match.end() - 1
    return match.group(), match.end()


#: The Chinese digits in order: two adjacent ones joined by 、 write an approximate range.
ADJACENT_DIGITS = "一二三四五六七八九十"


def adjacent_digit_before(text: str, pos: int) -> str:
    """The digit written with 、 right before the numeral at ``pos`` when it is the digit just
    below the numeral's first (四、五十亿元, 二、三十亿斤, 一、二千万亩, 五、六倍: an approximate range,
    40-50, 20-30, 1000-2000, 5-6, as the gold writes it: heldout32, heldout52, heldout95), else
    "": not a list of three or more (一、二、三级), an ordinal (第二、三季度) nor a numeral run
    before it.

    >>> adjacent_digit_before("减少国家财政收入四、五十亿元", 10), adjacent_digit_before("第二、三季度", 3)
    ('四', '')
    >>> adjacent_digit_before("一、二、三级", 4), adjacent_digit_before("一、三十", 2)
    ('', '')
    >>> adjacent_digit_before("增长百分之二", 7)
    ''
    """
    if not 2 <= pos < len(text) or text[pos - 1] != "、" or text[pos] not in ADJACENT_DIGITS:
        return ""  # (a text may end right after the numeral: 增长百分之二)
    first = text[pos - 2]
    if first not in ADJACENT_DIGITS[:-1] or ADJACENT_DIGITS.index(first) + 1 != (
        ADJACENT_DIGITS.index(text[pos])
    ):
        return ""
    before = text[pos - 3] if pos >= 3 else ""
    if before and (before in "第、" or before in CN_DIGITS or before in "十百千万亿"):
        return ""
    return first


#: A Chinese numeral of one digit and its magnitudes (五十, 二千, 六).
ROUND_CHINESE = re.compile("[一二三四五六七八九十][十百千万亿]*")
#: Units after an adjacent-digit pair that name no amount (一、二季度, 一、二两月份: parts of a year).
ADJACENT_NOT_UNITS = frozenset({"季度", "月份", "月"})


#: The verb of a doubling right before its count, with an approximation between (翻了近一番: a
#: city's five-year review of 2015, session 51; the hedge is read as a prefix hedge).
DOUBLING_BEFORE = re.compile(r"翻了?(?:近|将近|接近|约|大约)?$")
#: Units whose reading has a rule of its own (翻一番, 两位数, 第三位, 前十强, 院士2位): never read by
#: :func:`_plain_reading`.
OWN_RULE_UNITS = frozenset({"番", "位数", "位", "强"})
#: The separators of a ratio after its first number (:data:`RATIO`).
RATIO_SEPARATORS = (":", "：", "∶")


def _plain_reading(text: str, pos: int, rules: Rules) -> Reading | None:
    """The reading of the most common shape, a plain Arabic numeral (:data:`PLAIN_ARABIC`) and a
    unit alone (no magnitude, hedge, range, list, rate, rank or half after or before it: 12个,
    5.5公里), or ``None`` for any other shape (:func:`read_number` reads it in full).

    Each test stands for a branch of :func:`read_number` that this shape does not take, so the
    reading is the one it gives; a dense text is mostly such figures, and the full path runs
    some twenty tests and patterns more per figure.

    >>> from govreport.quantities.rules import load_rules
    >>> r = _plain_reading("新增12个，", 2, load_rules())
    >>> r.value, r.unit, r.unit_class, r.end
    ('12', '个', 'count', 5)
    >>> [_plain_reading(t, 0, load_rules()) for t in ("5%左右", "1—2个", "3个、4个百分点", "5万元")]
    [None, None, None, None]
    """
    numeral = PLAIN_ARABIC.match(text, pos)
    if numeral is None or (pos > 0 and text[pos - 1] in "第前" + RANK_VERB_ALONE):
        return None  # (not digits alone, or a rank frame before them)
    end = numeral.end()
    unit_match = rules.unit_pattern.match(text, end)
    if unit_match is None:
        return None
    approx, mag, approx2, mag2, ge, _, _, unit = unit_match.group(*UNIT_GROUPS)
    if not unit or approx or mag or approx2 or mag2 or ge or unit in OWN_RULE_UNITS:
        return None
    info = rules.unit_index.get(unit)
    unit_end = unit_match.end()
    if (
        info is None
        or text.startswith(RATIO_SEPARATORS, end)
        or COORDINATED.match(text, unit_end)  # (a list that may share a compound unit)
        or DASH_AT.match(text, unit_end)  # (a range)
        or text.startswith(SLASHES, unit_end)  # (a rate's unit: 万元/人)
        or text.startswith("半", unit_end)  # (六倍半)
        or text.startswith(rules.postfix_hedges, unit_end)
    ):
        return None
    value_num = try_parse_number(numeral.group())
    if value_num is None:
        return None
    return Reading(  # (by position, in the order of the fields: a call per figure)
        pos,  # start
        unit_end,  # end
        pos,  # number_start
        end,  # number_end
        numeral.group(),  # value
        float(value_num),  # value_num
        None,  # value_high
        unit,  # unit
        info.base,  # unit_base
        rules.magnitudes.get("", 1.0),  # factor
        info.cls,  # unit_class
        [],  # hedges
    )


def read_number(
    text: str, pos: int, rules: Rules, memo: dict[int, UnitMatch | None] | None = None
) -> Reading | None:
    """Read a quantity whose numeral starts at ``pos``, or ``None`` if it is not one
    (``memo``: the same dict for every figure of one ``text``, see :func:`_list_unit_matches`).

    >>> from govreport.quantities.rules import load_rules
    >>> r = read_number("增长5%—5.5%左右。", 2, load_rules())
    >>> r.value, r.value_num, r.value_high, r.unit, r.hedges
    ('5—5.5', 5.0, 5.5, '%', ['左右'])
    >>> r = read_number("发放7000余万元", 2, load_rules())
    >>> r.value, r.unit, r.value_num * r.factor, r.unit_base, r.hedges
    ('7000', '万元', 70000000.0, '元', ['余'])
    """
    plain = _plain_reading(text, pos, rules)
    if plain is not None:
        return plain
    ratio = RATIO.match(text, pos)
    if ratio and YEAR_AFTER_LABEL.search(ratio.group()) and text.startswith("年", ratio.end()):
        return None  # (表1:2019年国民经济…: a table's number and the year of its title, session 57)
    if ratio and (pos == 0 or not text[pos - 1].isdigit()):
        return _ratio_reading(ratio, pos, rules)
    bare = BARE_RATIO.match(text, pos)
    if bare and BARE_RATIO_BEFORE.search(text, max(0, pos - BARE_RATIO_WINDOW), pos):
        return _ratio_reading(bare, pos, rules)  # 城乡居民收入比值由3.27缩小至2.93
    found = _number_at(text, pos)
    if not found:
        return None
    numeral, end = found
    # (only a numeral with 亿 inside has a magnitude split by a hedge: most have none)
    inner = hedged_magnitude(text, numeral, end) if "亿" in numeral else None
    inner_hedge = ""
    if inner:
        numeral, end, inner_hedge = inner
    percent_words = numeral.startswith("百分之")
    # 千分之十三 is 13 ‰ (a rate per thousand, as the gold writes it: heldout16, 50, 76), not a
    # fraction either
    permille_words = numeral.startswith(PERMILLE_WORDS)
    # 百分之六 is 6 %, not a fraction
    is_fraction = (
        ("分之" in numeral and not percent_words and not permille_words)
        or "/" in numeral
        or numeral == HALF
        or numeral in HALF_COUNT
    )
    written = numeral
    if "几" in numeral:
        numeral = ODD_PART.sub("", numeral)  # 十几万 -> 十万: read as its written base
    magnitude_split = ""
    if not is_fraction and not numeral[0].isdigit():
        numeral, magnitude_split = split_magnitude(numeral)
        end -= len(magnitude_split)
    written = written[: len(written) - len(magnitude_split)]
    # a numeral with its magnitudes inside (一亿二千万, 1万6千) is a number without a unit too
    grouped = not is_fraction and (
        bool(MIXED_NUMERAL.fullmatch(numeral))
        or (not numeral[0].isdigit() and bool(MAGNITUDE_INSIDE.search(numeral)))
    )
    if (
        numeral == "万亿"
        and not ABOVE_BARE_MAGNITUDE.match(text, end)
        and bare_magnitude_grade(text, end - 1, rules)
    ):
        numeral, written, end = (
            "万",
            "万",
            end - 1,
        )  # 万亿级产业: value 万, 亿 in the unit (as 千亿级)
    if (
        numeral in ("万", "亿", "万亿")
        and not (pos > 0 and text[pos - 1] in THRESHOLD_PREFIX)
        and not ABOVE_BARE_MAGNITUDE.match(text, end)
        # (万 alone: a bare 亿 grades money, 亿元级, a class word as 亿元级项目 is)
        and not (numeral == "万" and bare_magnitude_grade(text, end, rules))
    ):
        return None  # 万元GDP能耗, 每万人: a bare magnitude is a number only after 过/超/破/上
    if pos > 0 and text[pos - 1] == "每" and set(numeral) <= set("十百千万亿"):
        return None  # 每千人口, 每万人: a per-unit denominator, not a quantity
    if "/" in numeral:
        top, bottom = numeral.split("/")
        value_num: float | None = int(top) / int(bottom)
    elif numeral == HALF or numeral in HALF_COUNT:
        value_num = 0.5
    elif permille_words:
        value_num = try_parse_number(numeral[len(PERMILLE_WORDS) :])
    else:
        value_num = try_parse_number(numeral)
    if value_num is None:
        return None
    unit_match: UnitMatch | SharedUnit | ScaledUnit = match_unit(text, end, rules)
    assert unit_match is not None  # the pattern can match the empty string
    if (
        not (unit_match.group("unit") or unit_match.group("mag"))
        and numeral[0].isdigit()
        and text.startswith(" ", end)
    ):
        spaced = match_unit(text, end + 1, rules)  # 39.8 万亿元: one space before the unit
        if spaced.group("unit") or spaced.group("mag"):
            unit_match = spaced
    if (
        not (unit_match.group("unit") or unit_match.group("mag"))
        and numeral[0].isdigit()
        and not is_fraction
    ):
        # 4.2和0.7个百分点, 0.7、0.9、2.1和0.9个百分点: coordinated numbers share the unit
        # written after the last one (up to SHARED_COMPOUND_REACH numbers on: linear time)
        shared_unit = _coordinated_unit(text, end, rules)
        if shared_unit is not None:
            unit_match = SharedUnit(shared_unit, end)
    elif (
        isinstance(unit_match, UnitMatch)
        and not unit_match.group("mag")
        and not unit_match.group("approx2")
    ):
        # 3.4个、1个百分点: a measure word alone shares the compound unit of the list's last figure
        compound = _shared_compound(text, unit_match, rules, memo)
        if compound is not None:
            unit_match = SharedUnit(compound, unit_match.end())
    elif isinstance(unit_match, UnitMatch) and not unit_match.group("approx2"):
        # 1.28万亿、1.18万亿、8200亿元: a bare magnitude shares the unit of the list's last figure
        scaled = _shared_scaled_unit(text, unit_match, rules, memo)
        if scaled is not None:
            unit_match = scaled
    hedges: list[str] = []
    value_high = None
    value_text = written
    number_end = end
    assert unit_match is not None  # the pattern can match the empty string
    # a range: 1—2个, 5%—5.5%, 3至5家
    range_match = DASH_AT.match(text, unit_match.end())
    if range_match and not percent_words and not is_fraction:
        second = _number_at(text, range_match.end())
        if second and "分之" not in second[0]:
            second_text, second_end = second
            if not second_text[0].isdigit():
                # 四千万亩到五千万亩: the high end's magnitude opens its unit, as the low end's does
                second_text, second_magnitude = split_magnitude(second_text)
                second_end -= len(second_magnitude)
            second_unit = match_unit(text, second_end, rules)
            if (
                not (second_unit.group("unit") or second_unit.group("mag"))
                and second_text[0].isdigit()
                and text.startswith(" ", second_end)
            ):
                # 5 %—5.5 %: one space before the high end's unit too, as before the low end's
                second_unit = match_unit(text, second_end + 1, rules)
            high = try_parse_number(second_text)
            first_unit = unit_match.group("mag") or "", unit_match.group("unit") or ""
            second_units = (
                (second_unit.group("mag") or "", second_unit.group("unit") or "")
                if second_unit
                else ("", "")
            )
            if (
                high is not None
                and high > value_num
                and (
                    first_unit == ("", "")
                    or first_unit == second_units
                    or (first_unit[1] == "" and first_unit[0] == second_units[0])  # 1万—1.2万人
                )
                and second_units != ("", "")
                and second_unit is not None
            ):
                dash = text[range_match.start() : range_match.end()].strip()
                value_text = f"{numeral}{dash}{second_text}"
                value_high = high
                number_end = second_end
                unit_match = second_unit
    if percent_words and not (unit_match.group("unit") or unit_match.group("mag")):
        # 百分之八至九, 百分之四至百分之五: a range in percentage words
        words_high = PERCENT_WORDS_HIGH.match(text, end)
        high = try_parse_number(words_high["high"]) if words_high else None
        if (
            words_high
            and high is not None
            and high > value_num
            # (…百分之三十九点七到一九五七年: the 到 opens a year, no range)
            and not text.startswith("年", words_high.end())
        ):
            value_text = f"{numeral}{text[end : words_high.end()].strip()}"
            value_high = high
            number_end = words_high.end()
            unit_match = match_unit(text, number_end, rules)
        elif adjacent_digit_before(text, end + 1) == numeral[-1] and (
            end + 2 >= len(text) or text[end + 2] not in CN_DIGITS + "十百千万亿"
        ):
            # 百分之二、三: 2-3 %, the next digit after 、 (heldout44 national 1981)
            value_high = float(ADJACENT_DIGITS.index(text[end + 1]) + 1)
            value_text, number_end = f"{numeral}、{text[end + 1]}", end + 2
            unit_match = match_unit(text, number_end, rules)
    mag = unit_match.group("mag") or ""
    unit = unit_match.group("unit") or ""
    approx = unit_match.group("approx") or unit_match.group("approx2") or ""
    if (
        value_high is None
        and BARE_MAGNITUDE_WORDS.fullmatch(numeral)
        and measure_grade_at(text, end, rules)
    ):
        # 千万吨级炼油厂: the grade's value is the whole magnitude (千万), its unit the measure (吨)
        value_text, value_num, mag = numeral + mag, value_num * rules.magnitudes.get(mag, 1.0), ""
    if inner_hedge:
        hedges.append(inner_hedge)
    if approx:
        hedges.append(approx)
    if not unit and mag in ("千", "百"):
        return None  # 千/百 alone after a number are not a unit here (三百 is read whole)
    if unit == "番" and not DOUBLING_BEFORE.search(text, max(0, pos - 5), pos):
        return None  # 番 counts only in 翻一番, 翻两番, 翻了一番, 翻了近一番
    if unit in ("成", "位数") and mag:
        return None
    if unit in ("番", "位数") and not 1 <= value_num <= 9:
        return None  # 翻一番 .. 翻九番, 两位数: anything else is no such quantity
    unit_end = unit_match.end()
    if (
        not (unit or mag)
        and pos > 0
        and text[pos - 1] == "前"
        and text.startswith(TOP_PLACES, unit_end)
    ):
        unit, unit_end = TOP_PLACES, unit_end + len(TOP_PLACES)  # 居全省前三甲: the top places
    per_unit = per_unit_at(text, unit_end, rules) if unit and not is_fraction else None
    if not (unit or per_unit or is_fraction or percent_words or permille_words):
        unit, per_unit = unknown_rate_unit(text, unit_end, rules)
    if per_unit:
        unit_end = per_unit[1]  # 58万元/人: a rate; its hedge (左右) follows the whole unit
    if not unit and not mag:
        unit_end = number_end
        if approx:
            unit_end = number_end  # 余 without a unit is not ours
            hedges.remove(approx)
    if percent_words:
        unit, unit_class, base, factor = "%", "percent", "%", 1.0
        unit_written = ""
    elif permille_words and not (unit or mag):
        # (class fraction: a rate per thousand is read as a share, as the gold writes it)
        unit, unit_class, base, factor = PERMILLE_WORDS, "fraction", "‰", 1.0
        unit_written = PERMILLE_WORDS
    elif is_fraction:
        unit_written, unit_class, base, factor = "", "fraction", "%", 100.0
    else:
        unit_written = mag + unit
        info = rules.unit_index.get(unit)
        unit_class = info.cls if info else ("magnitude" if mag or grouped else "")
        base = info.base if info else ""
        factor = rules.magnitudes.get(mag, 1.0)
    if percent_words:
        unit_written = "%"
    if per_unit:
        unit_written += "/" + per_unit[0]
        base, unit_class = f"{base}/{per_unit[0]}", "per_unit"
    # rank frames: 第三位, 前三位, 居全市第二
    rank_prefix = ""
    if pos > 0 and text[pos - 1] in "第前" and unit in ("位", "名", "强", TOP_PLACES, ""):
        if (
            unit
            or text[pos - 1] == "前"
            or RANK_FRAME.search(text, max(0, pos - 20), pos)
            or rank_list_item(text, pos, number_end)
        ):
            rank_prefix = text[pos - 1]
            unit_class = "rank"
    if unit == "强" or (unit in ("位", "名") and rank_verb_before(text, pos)):
        unit_class = "rank"  # (2016年排76名: a place in a ranking after the verb alone)
    if unit == "位" and not rank_prefix and people_by_polite_word(text, pos, unit_end, rules):
        unit_class = "count"  # 院士2位, 40多位外国元首: people counted with the polite measure word
    if unit in ("位", "名") and not rank_prefix and quoted_list_place(text, pos):
        unit_class = "rank"  # (名列…“最佳县级城市”12位、“最佳商业城市百强”99位)
    if (
        written == ZERO_GROWTH[0]
        and text.startswith(ZERO_GROWTH[1], number_end)
        and not text.startswith(ZERO_GROWTH_NAMES, number_end + len(ZERO_GROWTH[1]))
        and not (pos > 0 and text[pos - 1] in CN_DIGITS + "十百千万亿.")
    ):
        unit_class, base = "zero_growth", "%"  # 零增长: kind growth_pct, value_base 0 %
    elif not (
        unit or mag or is_fraction or percent_words or permille_words or rank_prefix or grouped
    ):
        return None
    if (
        unit in rules.half_units
        and not mag
        and value_high is None
        and text.startswith("半", unit_end)
        and float(value_num).is_integer()
    ):
        # 六倍半, 一头半: a half after the unit belongs to the number
        value_num, value_text, unit_end = value_num + 0.5, f"{value_text}{unit}半", unit_end + 1
    for hedge in rules.postfix_hedges if text.startswith(rules.postfix_hedges, unit_end) else ():
        if text.startswith(hedge, unit_end) and hedge not in hedges:
            if hedge in "余多" and unit and not _hedge_after_unit(text, unit_end, unit_class, unit):
                continue
            hedges.append(hedge)
            unit_end += len(hedge)
            break
    else:
        noted = (
            NOTE_BEFORE_HEDGE.match(text, unit_end)
            if text[unit_end : unit_end + 1] in "(（"
            else None
        )
        if noted and noted.group(1) not in hedges:
            # 投资1700亿元(人民币,下同)以上: the writer's note between the figure and its bound
            # (a province's digest of 2024, session 61); the note is no part of the reading
            hedges.append(noted.group(1))
    start = pos - len(rank_prefix)
    low = adjacent_digit_before(text, pos) if not rank_prefix and value_high is None else ""
    lead = ADJACENT_DIGITS.index(text[pos]) + 1 if low else 0
    if (
        low
        and (unit or mag)
        and unit not in ADJACENT_NOT_UNITS
        and ROUND_CHINESE.fullmatch(numeral)  # (四、五十: not 四、五十五)
    ):
        # 四、五十亿元: 40-50 亿元, the range's low end scaled as the written high end is
        low_value = (ADJACENT_DIGITS.index(low) + 1) * (value_num // lead)
        value_high, value_num = value_num, low_value
        value_text, start, pos = f"{low}、{value_text}", pos - 2, pos - 2
    return Reading(
        start=start,
        end=unit_end,
        number_start=pos,
        number_end=number_end,
        value=value_text,
        value_num=float(value_num),
        value_high=float(value_high) if value_high is not None else None,
        unit=unit_written,
        unit_base=base,
        factor=factor,
        unit_class=unit_class,
        hedges=hedges,
        rank_prefix=rank_prefix,
        is_fraction=is_fraction,
    )


def measure_grade_at(text: str, pos: int, rules: Rules) -> bool:
    """Whether a physical measure (:data:`GRADED_MEASURES`), with or without a magnitude, and 级
    follow ``pos``: the numeral before ``pos`` grades that measure (万吨级, 百万千瓦级).

    >>> from govreport.quantities.rules import load_rules
    >>> measure_grade_at("百万千瓦级机组", 1, load_rules()), measure_grade_at("百亿元级项目", 1, load_rules())
    (True, False)
    """
    unit_match = match_unit(text, pos, rules)
    info = rules.unit_index.get(unit_match.group("unit") or "")
    return (
        info is not None and info.cls in GRADED_MEASURES and text.startswith("级", unit_match.end())
    )


#: What follows the 级 of a grade that names a thing: the thing, or another grade and the thing.
GRADED_THING = re.compile(r"[\u4e00-\u9fff]|、[十百千万亿]{1,3}级[\u4e00-\u9fff]")


def bare_magnitude_grade(text: str, pos: int, rules: Rules) -> bool:
    """Whether a magnitude with a unit, then 级 or 以上, follows the bare 万 / 亿 ending at
    ``pos``: the class threshold a reader counts as a figure (万亿级产业, 万吨级泊位, 稳定在万亿斤
    以上), as 千亿级 and 百万吨级 are. A lone magnitude (万级, 万人) stays none.

    Session 55: nine gold rows in seven sets (heldout11, 13, 14, 20, 54, 72, 102) read them as
    other / other rows, two (heldout25, 37) as class words; the majority is followed.

    >>> from govreport.quantities.rules import load_rules
    >>> [bare_magnitude_grade(t, 1, load_rules()) for t in ("万亿级产业", "万吨级泊位", "万人次", "万级")]
    [True, True, False, False]
    >>> bare_magnitude_grade("亿元级、7栋", 1, load_rules())
    False
    """
    unit_match = match_unit(text, pos, rules)
    if not (unit_match.group("mag") or unit_match.group("unit")):
        return False
    after = unit_match.end()
    if text.startswith("级", after):
        # the grade of a thing named after it, or after the next grade of a list (万亿级、千亿级
        # 优势产业; 40栋亿元级、7栋准亿元级: no thing, no figure)
        return bool(GRADED_THING.match(text, after + 1))
    return (
        bool(unit_match.group("mag"))
        and bool(unit_match.group("unit"))
        and text.startswith("以上", after)
    )


COORDINATED = re.compile(r"\s*[和、及与或]\s*(?=\d)")
#: What may follow 多/余 after a unit of time for it to be a hedge of the duration (三年多，
#: 两年多时间, 十天多的): the end of a clause, 时间, 的.
TIME_HEDGE_END = re.compile(r"[余多](?:[，,；;。、！？!?）)”\s]|时间|的|$)")


#: A bracketed note right after a figure's unit and the bound written after it (（人民币，下同）以上).
NOTE_BEFORE_HEDGE = re.compile(r"[（(][^（()）\d]{1,12}[）)](以上|以内|左右|以下)")


def _hedge_after_unit(text: str, pos: int, unit_class: str, unit: str = "") -> bool:
    """Whether the 多/余 at ``pos``, after a unit of time or a multiple (倍), hedges the figure
    (三年多，; 增长1倍多，: heldout110 chongqing and heldout111 national 1958 write 余) rather than
    opening a word (年多元化, 天多云).

    >>> _hedge_after_unit("三年多，才建成", 2, "time"), _hedge_after_unit("十年多元发展", 2, "time")
    (True, False)
    >>> _hedge_after_unit("增长1倍多，", 4, "multiple", "倍"), _hedge_after_unit("1倍多元", 2, "multiple", "倍")
    (True, False)
    """
    return (unit_class == "time" or unit == MULTIPLE_UNIT) and bool(TIME_HEDGE_END.match(text, pos))


#: The unit of a multiple (增长1倍多): a 多 after it may hedge it as after a unit of time.
MULTIPLE_UNIT = "倍"


#: How many figures of a list a measure word is followed through to the compound unit.
SHARED_COMPOUND_REACH = 8


def _coordinated_unit(text: str, end: int, rules: Rules) -> UnitMatch | None:
    """The unit written after the last of the numbers coordinated with the one ending at
    ``end`` (4.2和0.7个百分点; 0.7、0.9、2.1和0.9个百分点: each number before the last shares
    it), read across at most :data:`SHARED_COMPOUND_REACH` numbers; ``None`` when no number
    follows so or the last one has no unit.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> _coordinated_unit("0.7、0.9和1.2个百分点", 3, rules).group("unit")
    '个百分点'
    >>> _coordinated_unit("0.7、0.9、", 3, rules) is None
    True
    """
    for _ in range(SHARED_COMPOUND_REACH):
        link = COORDINATED.match(text, end)
        following = _number_at(text, link.end()) if link else None
        if not following or "/" in following[0] or not following[0][:1].isdigit():
            return None
        shared = match_unit(text, following[1], rules)
        if shared.group("unit"):
            return shared
        if shared.group("mag"):
            return None  # (a magnitude of its own: another kind of list)
        end = following[1]
    return None


def _list_unit_matches(
    text: str, pos: int, rules: Rules, memo: dict[int, UnitMatch | None] | None = None
) -> Iterator[UnitMatch]:
    """The unit matches of the figures that follow ``pos`` in a 、/和 list, each read at its
    number's end, up to :data:`SHARED_COMPOUND_REACH` of them; the caller stops at the one it
    decides on. ``memo`` (one per sentence, :func:`read_number`) keeps each figure's match by the
    position it follows: the figures of a long list are each read once, not once for every
    figure before them within the reach.

    >>> from govreport.quantities.rules import load_rules
    >>> [m.group("unit") for m in _list_unit_matches("、2个、3个百分点", 0, load_rules())][:2]
    ['个', '个百分点']
    """
    for _ in range(SHARED_COMPOUND_REACH):
        if memo is not None and pos in memo:
            following = memo[pos]
        else:
            following = _next_list_unit(text, pos, rules)
            if memo is not None:
                memo[pos] = following
        if following is None:
            return
        yield following
        pos = following.end()


def _next_list_unit(text: str, pos: int, rules: Rules) -> UnitMatch | None:
    """The unit match of the figure that follows ``pos`` after a 、/和 link, read at its number's
    end (one space before the unit allowed after Arabic digits); ``None`` without such a figure.

    >>> from govreport.quantities.rules import load_rules
    >>> m = _next_list_unit("、3500 万人次", 0, load_rules())
    >>> m.group("mag"), m.group("unit"), _next_list_unit("。", 0, load_rules())
    ('万', '人次', None)
    """
    link = COORDINATED.match(text, pos)
    second = _number_at(text, link.end()) if link else None
    if second is None:
        return None
    following = match_unit(text, second[1], rules)
    if (
        not (following.group("unit") or following.group("mag"))
        and second[0][0].isdigit()
        and text.startswith(" ", second[1])
    ):
        following = match_unit(text, second[1] + 1, rules)  # (3500 万、2300 万人次)
    return following


def _shared_compound(
    text: str,
    unit_match: UnitMatch,
    rules: Rules,
    memo: dict[int, UnitMatch | None] | None = None,
) -> UnitMatch | None:
    """The unit match of the compound unit (measure word + noun: 个百分点, 个月) that the last figure
    of a 、/和 list carries, when this figure's unit is that measure word alone and the compound
    counts something else (3.4个、1个百分点; not 5人、8人次); ``None`` otherwise.

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> _shared_compound("个、1个百分点", match_unit("个、1个百分点", 0, rules), rules).group("unit")
    '个百分点'
    >>> _shared_compound("个、2个县", match_unit("个、2个县", 0, rules), rules) is None
    True
    """
    measure = unit_match.group("unit") or ""
    own = rules.unit_index.get(measure)
    if own is None or not COORDINATED.match(text, unit_match.end()):
        return None  # (no list after the figure: most figures are followed by none)
    for following in _list_unit_matches(text, unit_match.end(), rules, memo):
        unit = following.group("unit") or ""
        if following.group("mag") or unit != measure:
            info = rules.unit_index.get(unit)
            compound = unit.startswith(measure) and len(unit) > len(measure)
            differs = info is not None and info.cls != own.cls
            return following if compound and differs and not following.group("mag") else None
    return None


#: The unit classes a magnitude scales (万亿元, 万人次, 万平方公里): a bare magnitude in a list
#: shares only such a unit, not a rate (2万、3%: two figures of their own).
SCALED_CLASSES = frozenset(
    {"money", "count", "mass", "power", "energy", "volume", "area", "length", "compute"}
)


def _shared_scaled_unit(
    text: str,
    unit_match: UnitMatch,
    rules: Rules,
    memo: dict[int, UnitMatch | None] | None = None,
) -> ScaledUnit | None:
    """The unit (without its magnitude) of the last figure of a 、/和 list, for a figure written
    with a magnitude alone (1.28万亿、1.18万亿、8200亿元: 万亿 + 元); every figure of the list is
    written with a magnitude. ``None`` when this figure has a unit, the list ends in none or in a
    figure without a magnitude, or the unit is no measure a magnitude scales
    (:data:`SCALED_CLASSES`).

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> t = "万亿、1.18万亿、8200亿元"
    >>> u = _shared_scaled_unit(t, match_unit(t, 0, rules), rules)
    >>> u.group("mag"), u.group("unit"), u.end()
    ('万亿', '元', 2)
    >>> [_shared_scaled_unit(t, match_unit(t, 0, rules), rules) for t in ("万、3%", "亿、4个")]
    [None, None]
    """
    if not unit_match.group("mag") or unit_match.group("unit"):
        return None
    for following in _list_unit_matches(text, unit_match.end(), rules, memo):
        unit = following.group("unit")
        if not following.group("mag"):
            return None  # (近千亿、4个过五百亿的县市: a count of its own, no scaled figure)
        if unit:
            info = rules.unit_index.get(unit)
            if info is None or info.cls not in SCALED_CLASSES:
                return None
            return ScaledUnit(unit_match, unit)
    return None


class ScaledUnit:
    """This number's own magnitude with the unit written once after the list's last number
    (1.28万亿、8200亿元: 万亿元); nothing past the magnitude is consumed."""

    def __init__(self, own: UnitMatch, unit: str) -> None:
        self.own, self.unit = own, unit

    def group(self, name: str) -> str | None:
        return self.unit if name == "unit" else self.own.group(name)

    def end(self) -> int:
        return self.own.end()


class SharedUnit:
    """The unit match of the next coordinated number, read at this number's end (nothing of the
    text is consumed: the unit is written once, after the last number)."""

    def __init__(self, match: UnitMatch, at: int) -> None:
        self.match, self.at = match, at

    def group(self, name: str) -> str | None:
        return None if name.startswith("approx") else self.match.group(name)

    def end(self) -> int:
        return self.at


def _ratio_reading(ratio: re.Match[str], pos: int, rules: Rules) -> Reading:
    """A ratio as one row: value as written, value_num its first component, no unit."""
    parts = ratio_parts(ratio.group())
    return Reading(
        start=pos,
        end=ratio.end(),
        number_start=pos,
        number_end=ratio.end(),
        value=ratio.group(),
        value_num=parts[0],
        value_high=None,
        unit="",
        unit_base="",
        factor=1.0,
        unit_class="proportion",
        hedges=[],
    )


#: The verb placing a ranked thing right before its place, without 第 (2016年排76名), and the words
#: that end in it but arrange things (安排3名干部, 编排).
RANK_VERB_ALONE = "排"
NOT_RANK_VERBS = ("安排", "编排", "彩排", "并排")


def rank_verb_before(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a place right after the verb of ranking alone (排76名).

    >>> rank_verb_before("2016年排76名", 6), rank_verb_before("安排3名干部", 2)
    (True, False)
    """
    return text.startswith(RANK_VERB_ALONE, pos - 1) and not any(
        text.startswith(w, pos - len(w)) for w in NOT_RANK_VERBS
    )


#: The measure word of the top places after 前 (居全省前三甲, 进入…十强县前三甲: county reviews of
#: 2018): a rank, its unit (not the grade of 三甲医院, which no 前 opens).
TOP_PLACES = "甲"
#: A verb of ranking earlier in the clause, before a list's quoted name and its place.
RANKED_IN_SENTENCE = re.compile(r"(?:名列|位列|排名|排在|位居)[^，,。；;！？!?\n]{0,100}$")
#: How far back :data:`RANKED_IN_SENTENCE` is looked for (characters: linear time).
RANKED_REACH = 110


def quoted_list_place(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a place right after a ranking's quoted name, a verb of
    ranking earlier in its clause (名列《福布斯》“2013年中国大陆最佳县级城市”12位、“最佳商业城市百强”
    99位: a county-level city's review of 2013).

    >>> t = "名列《福布斯》“最佳县级城市”12位、“最佳商业城市百强”99位"
    >>> quoted_list_place(t, t.index("12")), quoted_list_place(t, t.index("99"))
    (True, True)
    >>> quoted_list_place("评出“最美教师”10位", 9), quoted_list_place("名列第一，评出“最美教师”10位", 14)
    (False, False)
    """
    return (
        pos > 0
        and text[pos - 1] in '”》"」'
        and RANKED_IN_SENTENCE.search(text, max(0, pos - RANKED_REACH), pos) is not None
    )


def people_by_polite_word(text: str, pos: int, end: int, rules: Rules) -> bool:
    """Whether a figure at ``pos`` whose measure word 位 ends at ``end`` (no 第 / 前 before it)
    counts people with the polite measure word: after a noun of people (院士2位), or before
    anything but 数 (两位数: digits) with no word of ranking (:attr:`Rules.ranking_words`)
    shortly before it (40多位外国元首; not 排名提升6位).

    >>> from govreport.quantities.rules import load_rules
    >>> r = load_rules()
    >>> [people_by_polite_word(t, 0, t.index("位") + 1, r) for t in ("40多位外国元首", "两位数增长")]
    [True, False]
    >>> people_by_polite_word("指数排名提升6位，", 6, 8, r)
    False
    >>> t = "“世界500强”排名由369位上升到235位"
    >>> people_by_polite_word(t, t.index("235"), len(t), r)
    False
    >>> t = "在全国百强县排名中，我县由99位提升至87位"
    >>> people_by_polite_word(t, t.index("99"), t.index("99") + 3, r)
    False
    """
    if text[max(0, pos - 1) : pos] in rules.person_count_tails:
        return True
    before = text[max(0, pos - 2 * RANKING_REACH) : pos]
    cut = max(before.rfind(c) for c in "，,；;。：:")
    clause = before[cut + 1 :][-RANKING_REACH:]
    if cut > 0 and before[cut] in "，," and before[:cut].endswith("中"):
        # 百强县排名中，我县由99位提升至87位: the clause before frames the ranking
        opened = max(before.rfind(c, 0, cut) for c in "，,；;。：:")
        clause = before[opened + 1 : cut] + clause
    # (a place written with 第 before it makes this 位 a place too: 从中部百强第77位提升至75位, a
    # county's review of 2022, session 55)
    placed = PLACE_BEFORE.search(clause)
    return (
        not text.startswith("数", end)
        and not any(w in clause for w in rules.ranking_words)
        and not placed
    )


#: A place in a ranking written with 第 (第77位).
PLACE_BEFORE = re.compile(r"第[\d一二三四五六七八九十百]+位")
#: How far before a figure, within its clause, a word of ranking makes its 位 a place
#: (排名由369位上升到235位, 指数排名提升6位).
RANKING_REACH = 20


#: 居全省第一, 排名第二: a rank written without 位; also a rank after the scope it is taken in
#: (综合算力指数全国第一, 稳居西部第一, 居中部地区第1; a city's or county's report: 社会消费品零售
#: 总额增速全市第五, 规上工业增加值增速五城区第一, a district report page of 2024).
RANK_FRAME = re.compile(
    # (排位, as 排名: 一般公共预算收入总量15.85亿元,全市排位第3, a district's review of 2020,
    # session 69)
    r"(?:(?:居|列|排名|排位|名列|位居|跃居)(?:全国|全省|全市|全区|全县|全国同类城市)?"
    r"|(?:全国|全省|全市|全区|全县|城区|全球|世界|(?:东|中|西)部(?:地区)?|东北(?:地区)?)"
    r"(?:同类城市)?)第$"
)


#: The verbs that open a clause of ranks (位居全国百强县投资潜力第3、新型城镇化质量第4、…).
#: (and 分别居 before a list of ranks alone: 考评分别居第6、第2、第4、第3位, a city's review of 2023,
#: session 55)
RANK_LIST_OPENER = re.compile(
    r"位居|位列|名列|跃居|稳居|排名|排位|排在|居(?=全|世|国内|省内|同)|分别(?:居|列|排)(?=第|$)"
)
#: How far before a 第 (within its clause) :func:`rank_list_item` looks for such a verb (a
#: list of six ranks after one 位居 is some seventy characters long).
RANK_LIST_REACH = 120
#: What may follow a rank of such a clause: the next item, the clause's end, or nothing.
RANK_LIST_ENDS = ("、", "，", ",", "；", ";", "。", " ", "\n")


def rank_list_item(text: str, pos: int, end: int) -> bool:
    """Whether the numeral ``text[pos:end]`` after a 第 is a rank of a clause opened by a verb of
    ranking (:data:`RANK_LIST_OPENER`), with the name of what is ranked between them: 位居全国
    百强县投资潜力第3、新型城镇化质量第4 (a county report of 2023). The rank ends its item (a
    measure word after it makes an ordinal: 居全国第3批); the verb is looked for back to the
    clause's start, at most :data:`RANK_LIST_REACH` characters (linear time).

    >>> t = "位居全国投资潜力第3、城镇化质量第4，"
    >>> [rank_list_item(t, t.index(n), t.index(n) + 1) for n in "34"]
    [True, True]
    >>> t = "列入全国第3批试点、第4批"
    >>> rank_list_item(t, t.index("3"), t.index("3") + 1), rank_list_item("第二、三产业", 1, 2)
    (False, False)
    """
    if (
        pos == 0
        or text[pos - 1] != "第"
        or not (end == len(text) or text.startswith(RANK_LIST_ENDS, end))
    ):
        return False
    before = text[max(0, pos - 1 - RANK_LIST_REACH) : pos - 1]
    clause = before[max(before.rfind(c) for c in "，,；;。：:") + 1 :]
    return RANK_LIST_OPENER.search(clause) is not None


def claim_exclusions(text: str, runs: Sequence[Run], rules: Rules, offset: int) -> dict[int, str]:
    """Reason per run index for the runs the exclusion rules claim (first rule wins). A sentence
    without a numeral run (about half of a report's) has nothing to claim, so no rule is run on
    it; nor is a rule whose pattern needs a character the text lacks
    (:func:`govreport.quantities.rules.possible_matches`).

    >>> from govreport.quantities.rules import load_rules
    >>> claim_exclusions("全面推进乡村振兴。", [], load_rules(), 0)
    {}
    >>> text = "2025年1月5日，新增5个"
    >>> claim_exclusions(text, numeral_runs(text), load_rules(), 0)
    {0: 'year', 1: 'date', 2: 'date'}
    """
    if not runs:
        return {}
    patterns = per_rules(rules, "exclusion_patterns", lambda r: tuple(e[1] for e in r.exclusions))
    possible = possible_matches(text, patterns)
    claimed: dict[int, str] = {}
    ends = [run.end for run in runs]  # runs are in text order and do not overlap
    for (reason, pattern, numerals_only), may in zip(rules.exclusions, possible, strict=True):
        if not may:
            continue  # (a character every match has is not in the text)
        for match in pattern.finditer(text):
            a, b = offset + match.start(), offset + match.end()
            index = bisect_right(ends, a)
            while index < len(runs) and runs[index].start < b:
                if index not in claimed and (
                    not numerals_only or _quoted_is_name(match.group(), rules)
                ):
                    run = runs[index]
                    if reason not in ("ordinal", "list_marker") or not rank_list_item(
                        text, run.start - offset, run.end - offset
                    ):
                        claimed[index] = reason
                index += 1
    return claimed


def in_idiom(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """True when ``text[start:end]`` (a Chinese numeral run) lies inside an idiom of ``words``
    read in ``text``: a numeral in a set phrase (百家争鸣, 信心百倍, 五花八门) counts nothing. Only
    the windows of at most eight characters around the run are looked up (linear time).

    >>> words = frozenset({"百家争鸣", "信心百倍"})
    >>> in_idiom("百花齐放、百家争鸣的方针", 5, 6, words), in_idiom("群众信心百倍", 4, 5, words)
    (True, True)
    >>> in_idiom("新增百家企业", 2, 3, words)
    False
    """
    run = text[start:end]
    for size, pieces in sized_pieces(words):
        if run not in pieces:
            continue  # (no word of this size holds the run: no window of it is one)
        for a in range(max(0, start - 7, end - size), min(start, len(text) - size) + 1):
            if text[a : a + size] in words:
                return True
    return False


@lru_cache(maxsize=8)
def sized_pieces(words: frozenset[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """For each length of ``words`` that :func:`in_idiom` looks up (four to eight characters),
    every piece (substring) of the words of that length: a window of another length, or around
    a run that is no piece of a word of its length, holds no word.

    >>> [(size, "一千" in pieces) for size, pieces in sized_pieces(frozenset({"百家争鸣", "说一千道一万"}))]
    [(4, False), (6, True)]
    """
    sizes = sorted({len(w) for w in words} & set(range(4, 9)))
    return tuple(
        (
            size,
            frozenset(
                w[i:j]
                for w in words
                if len(w) == size
                for i in range(size)
                for j in range(i + 1, size + 1)
            ),
        )
        for size in sizes
    )


def idiom_runs(text: str, runs: Sequence[Run], offset: int) -> list[int]:
    """Indexes of the Chinese numeral runs of ``text`` that lie inside an idiom (:func:`in_idiom`
    with :func:`govreport.quantities.rules.idioms`).

    >>> idiom_runs("贯彻百家争鸣的方针，新增5家", numeral_runs("贯彻百家争鸣的方针，新增5家"), 0)
    [0]
    """
    if not any(run.script == "chinese" for run in runs):
        return []  # (no Chinese numeral: the dictionary's idioms need not be loaded)
    words, pieces = idioms(), idiom_pieces()  # (a run no idiom holds is in none: not looked up)
    return [
        i
        for i, run in enumerate(runs)
        if run.script == "chinese"
        and text[run.start - offset : run.end - offset] in pieces
        and in_idiom(text, run.start - offset, run.end - offset, words)
    ]


#: A rate per thousand written in words (千分之十三): its unit as written, base ‰.
PERMILLE_WORDS = "千分之"


#: A numeral run longer than this is no quantity (a code or garbage); it is excluded as a code
#: and masked before the rules run, so that no pattern backtracks over it.
MAX_RUN = 40


def mask_long_runs(text: str, runs: Sequence[Run], offset: int) -> tuple[str, set[int]]:
    """The text with every run longer than :data:`MAX_RUN` replaced by ``#`` (same length), and
    the indexes of those runs.

    >>> mask_long_runs("编号" + "1" * 41 + "增长5%", numeral_runs("编号" + "1" * 41 + "增长5%"), 0)[1]
    {0}
    """
    long = {i for i, run in enumerate(runs) if run.end - run.start > MAX_RUN}
    if not long:
        return text, long
    pieces, last = [], 0
    for i in sorted(long):
        a, b = runs[i].start - offset, runs[i].end - offset
        pieces += [text[last:a], "#" * (b - a)]
        last = b
    pieces.append(text[last:])
    return "".join(pieces), long


#: A quoted figure: a numeral and what follows it (“18连增”, “八连增”, “五连冠”).
QUOTED_FIGURE = re.compile(rf"(?:\d+|{CN})(?P<unit>\S+)")


def _quoted_is_name(quoted: str, rules: Rules) -> bool:
    """A quoted expression with numerals is a name or slogan unless it is a plain quantity: a
    percentage, or a run counted by its unit (class ``run`` in the rules' units: “18连增”).

    >>> from govreport.quantities.rules import load_rules
    >>> rules = load_rules()
    >>> _quoted_is_name("“5%”", rules), _quoted_is_name("“18连增”", rules)
    (False, False)
    >>> _quoted_is_name("“四个走在前”", rules)
    True
    """
    inner = quoted.strip('“”"')
    if re.fullmatch(rf"{AR}\s*(?:%|个百分点)", inner):
        return False
    figure = QUOTED_FIGURE.fullmatch(inner)
    unit = rules.unit_index.get(figure.group("unit")) if figure else None
    return unit is None or unit.cls != "run"


def _leftover(text: str, run: Run, offset: int, rules: Rules) -> tuple[str, str]:
    """What a numeral run that is neither excluded nor a quantity is (word or unaccounted)."""
    local = run.start - offset
    after = text[run.end - offset : run.end - offset + 4]
    if run.script == "arabic":
        if re.fullmatch(r"(?:19|20)\d{2}", run.text):
            return "excluded", "year"
        return "unaccounted", ""
    if (
        run.text in ("一", "两", "万", "千", "百", "亿")
        or run.text.startswith("一")
        and len(run.text) == 1
    ):
        return "excluded", "word"
    unit_match = match_unit(text, run.end - offset, rules)
    has_unit = bool(unit_match and unit_match.group("unit"))
    if not has_unit or try_parse_number(run.text) is None:
        return "excluded", "word"
    del local, after
    return "unaccounted", ""
