"""The quantities stage: every number in a report, read into the ``indicators`` table, and an
audit of every numeral run in the text.

How a sentence is read (rules in ``src/govreport/lexicon/quantity_rules.yml``, glossary in
``src/govreport/lexicon/glossary.tsv``):

1. Find the numeral runs: Arabic digits (1078.9, 1,200) and Chinese numeral runs (一千一百一十四,
   三, 百亿). A magnitude written right after Arabic digits (1.12万) belongs to that number.
2. Exclusion rules claim runs that are not quantities (years, dates, ordinals, meeting ordinals,
   codes such as “21234” or 5G, formulas such as 三大战略, list markers), each with a reason.
3. The quantity reader tries the remaining runs: number (or range, or fraction), optional
   余/多, magnitude and unit, then postfix hedges (左右, 以上). A run needs a unit, a magnitude,
   a fraction or a rank frame (第三位) to be a quantity.
4. Each quantity gets its context from the sentence: subject (the noun phrase before it, or
   after a counted classifier, carried over within a sentence, split over 分别 lists), kind,
   period (part role; 预计 -> expected; 累计/余额 -> stock), year, part-year span and hedges.
5. Whatever is left is a Chinese numeral inside an ordinary word (一体化, 统一) or is
   *unaccounted*; :func:`audit_numerals` lists every run with what became of it.

Conventions where the contract leaves a choice (documented in the rules file): decreases
(下降3%, 减少5天) have a negative ``value_num``/``value_base`` and ``value`` as written; ratios
a:b:c are excluded; 翻一番, 三成, 两位数 and 增长x倍 are converted to % in ``value_base``;
multi-year figures (过去五年, “十四五”期间) carry the period as ``span`` and its last year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from govreport.config import lexicon_file
from govreport.datafiles import read_tsv, read_yaml
from govreport.errors import InputError
from govreport.numerals import split_magnitude, try_parse_number
from govreport.report import Report, Sentence

RULES_FILE = lexicon_file("quantity_rules.yml")
GLOSSARY_FILE = lexicon_file("glossary.tsv")

CN_DIGITS = "零〇一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿"
CN = f"[{CN_CHARS}]+"
AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
NUM = f"(?:{AR}|{CN})"
NUMERAL_RUN = re.compile(rf"{AR}|[{CN_CHARS}]+(?:点[{CN_DIGITS}]+)?")
DASH = r"\s*[—–\-~～至到]+\s*"
FRACTION = re.compile(rf"(?:百分之|(?P<den>{NUM})分之)(?P<num>{NUM})")
BOUNDARY = "，,；;。！？!?：:\n"
CLAUSE_END = "；;。！？!?\n"
THRESHOLD_PREFIX = "过超破上逾近"

COLUMNS = [
    "report_id", "indicator_id", "part", "part_role", "section", "sentence_id",
    "char_start", "char_end", "quote", "subject", "subject_en", "value", "value_num",
    "value_high", "unit", "value_base", "unit_base", "kind", "period_kind", "year", "span",
    "qualifier", "number_start", "number_end",
]  # fmt: skip
AUDIT_COLUMNS = [
    "report_id", "sentence_id", "char_start", "char_end", "run_text", "script", "status",
    "exclusion_reason", "indicator_id", "context",
]  # fmt: skip


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Unit:
    unit: str
    base: str
    cls: str


@dataclass(frozen=True)
class Rules:
    """The parsed rules file (see ``src/govreport/lexicon/quantity_rules.yml``)."""

    units: tuple[Unit, ...]
    magnitudes: dict[str, float]
    money_subject_words: tuple[str, ...]
    prefix_hedges: tuple[str, ...]
    postfix_hedges: tuple[str, ...]
    governing_hedges: tuple[str, ...]
    hedge_aliases: dict[str, str]
    spans: tuple[re.Pattern[str], ...]
    full_year_words: tuple[str, ...]
    expected_words: tuple[str, ...]
    stock_words: tuple[str, ...]
    past_words: tuple[str, ...]
    growth_words: tuple[str, ...]
    share_words: tuple[str, ...]
    change_words: tuple[str, ...]
    new_words: tuple[str, ...]
    plan_new_words: tuple[str, ...]
    change_openers: tuple[str, ...]
    review_plan_words: tuple[str, ...]
    new_subject_words: tuple[str, ...]
    strip_leading: tuple[str, ...]
    strip_verbs: tuple[str, ...]
    strip_trailing: tuple[str, ...]
    exclusions: tuple[tuple[str, re.Pattern[str], bool], ...]
    unit_pattern: re.Pattern[str] = field(repr=False)
    decrease_words: tuple[str, ...] = ()
    stock_subject_words: tuple[str, ...] = ()
    rate_subject_words: tuple[str, ...] = ()
    time_level_subject_words: tuple[str, ...] = ()
    multi_year_spans: tuple[tuple[re.Pattern[str], str, int], ...] = ()


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _expand(pattern: str) -> str:
    return pattern.replace("{NUM}", NUM).replace("{CN}", CN)


def parse_rules(data: dict[str, Any]) -> Rules:
    """Build :class:`Rules` from the loaded YAML mapping."""
    units = tuple(Unit(str(u["unit"]), str(u["base"]), str(u["class"])) for u in data["units"])
    magnitudes = {str(k): float(v) for k, v in data["magnitudes"].items()}
    unit_alts = "|".join(re.escape(u.unit) for u in sorted(units, key=lambda u: -len(u.unit)))
    mag_alts = "|".join(sorted(magnitudes, key=len, reverse=True))
    unit_pattern = re.compile(
        rf"(?P<approx>[余多])?(?P<mag>{mag_alts})?(?P<approx2>[余多])?(?P<unit>{unit_alts})?"
        # a unit character that starts an ordinary word is no unit (百亿台阶, 3条件)
        r"(?<!台(?=阶))(?<!条(?=件))(?<!名(?=单))(?<!项(?=目))(?<!家(?=庭))(?<!场(?=景))"
        # 成 is a unit (三成 = 30 %) only where it starts no word (成为, 成立, 成果 ...)
        r"(?<!成(?=[为立果效员本都就长交功绩熟型品效规片]))(?<!起(?=[步草点飞来到始航]))"
    )
    hedges = data["hedges"]
    exclusions = tuple(
        (str(e["reason"]), re.compile(_expand(e["pattern"])), bool(e.get("numerals_only")))
        for e in data["exclusions"]
    )
    words = {k: tuple(data[k]) for k in (
        "money_subject_words", "full_year_words", "expected_words", "stock_words",
        "past_words", "growth_words", "share_words", "change_words", "new_words",
        "plan_new_words", "change_openers", "review_plan_words",
    )}  # fmt: skip
    multi = tuple(
        (re.compile(str(m["pattern"])), str(m["end"]), int(m.get("offset", 0)))
        for m in data.get("multi_year_spans", [])
    )
    return Rules(
        units=units,
        decrease_words=_longest_first(data.get("decrease_words", [])),
        stock_subject_words=tuple(data.get("stock_subject_words", [])),
        rate_subject_words=tuple(data.get("rate_subject_words", [])),
        time_level_subject_words=tuple(data.get("time_level_subject_words", [])),
        multi_year_spans=multi,
        magnitudes=magnitudes,
        prefix_hedges=_longest_first(hedges["prefix"]),
        postfix_hedges=_longest_first(hedges["postfix"]),
        governing_hedges=_longest_first(hedges["governing"]),
        hedge_aliases=dict(hedges.get("aliases", {})),
        spans=tuple(re.compile(p) for p in data["spans"]),
        strip_leading=_longest_first(data["subject_strip_leading"]),
        strip_verbs=_longest_first(data["subject_strip_verbs"]),
        new_subject_words=_longest_first(data["new_subject_words"]),
        strip_trailing=_longest_first(data["subject_strip_trailing"]),
        exclusions=exclusions,
        unit_pattern=unit_pattern,
        **words,
    )


@lru_cache(maxsize=4)
def load_rules(path: Path = RULES_FILE) -> Rules:
    """The quantity rules (cached)."""
    data = read_yaml(path)
    try:
        return parse_rules(data)
    except (KeyError, TypeError, re.error) as error:
        raise InputError(
            f"{path}: invalid quantity rules ({type(error).__name__}: {error})"
        ) from None


@lru_cache(maxsize=4)
def load_glossary(path: Path = GLOSSARY_FILE) -> dict[str, str]:
    """Subject -> English name, from the curated glossary (``#`` lines are comments)."""
    table = read_tsv(path, ["subject", "english"])
    return {zh: en for zh, en in zip(table["subject"], table["english"], strict=True) if zh and en}


def subject_english(subject: str, glossary: dict[str, str]) -> str:
    """English name of a subject: exact glossary entry, else the longest entry it ends with.

    >>> subject_english("全市规模以上工业增加值", {"规模以上工业增加值": "value added of industry"})
    'value added of industry'
    """
    key = subject.strip("“”\"'")
    if key in glossary:
        return glossary[key]
    if re.search("[和、及与]", key):
        return ""
    ends = [k for k in glossary if len(k) >= 3 and key.endswith(k)]
    return glossary[max(ends, key=len)] if ends else ""


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


def _number_at(text: str, pos: int) -> tuple[str, int] | None:
    """The numeral (fraction, Arabic or Chinese) starting at ``pos``, with its end."""
    fraction = FRACTION.match(text, pos)
    if fraction and try_parse_number(fraction.group()) is not None:
        return fraction.group(), fraction.end()
    match = re.compile(rf"{AR}|{CN}(?:点[{CN_DIGITS}]+)?").match(text, pos)
    if not match:
        return None
    return match.group(), match.end()


def read_number(text: str, pos: int, rules: Rules) -> Reading | None:
    """Read a quantity whose numeral starts at ``pos``, or ``None`` if it is not one.

    >>> r = read_number("增长5%—5.5%左右。", 2, load_rules())
    >>> r.value, r.value_num, r.value_high, r.unit, r.hedges
    ('5—5.5', 5.0, 5.5, '%', ['左右'])
    >>> r = read_number("发放7000余万元", 2, load_rules())
    >>> r.value, r.unit, r.value_num * r.factor, r.unit_base, r.hedges
    ('7000', '万元', 70000000.0, '元', ['余'])
    """
    found = _number_at(text, pos)
    if not found:
        return None
    numeral, end = found
    percent_words = numeral.startswith("百分之")
    is_fraction = "分之" in numeral and not percent_words  # 百分之六 is 6 %, not a fraction
    if not is_fraction and not numeral[0].isdigit():
        numeral, magnitude_split = split_magnitude(numeral)
        end -= len(magnitude_split)
    if (
        numeral in ("万", "亿", "万亿")
        and not (pos > 0 and text[pos - 1] in THRESHOLD_PREFIX)
        and not re.match(r"(?:元|美元)?以上", text[end:])
    ):
        return None  # 万元GDP能耗, 每万人: a bare magnitude is a number only after 过/超/破/上
    if pos > 0 and text[pos - 1] == "每" and set(numeral) <= set("十百千万亿"):
        return None  # 每千人口, 每万人: a per-unit denominator, not a quantity
    value_num = try_parse_number(numeral)
    if value_num is None:
        return None
    unit_match = rules.unit_pattern.match(text, end)
    hedges: list[str] = []
    value_high = None
    value_text = numeral
    number_end = end
    assert unit_match is not None  # the pattern can match the empty string
    # a range: 1—2个, 5%—5.5%, 3至5家
    range_match = re.compile(DASH).match(text, unit_match.end())
    if range_match and not percent_words and not is_fraction:
        second = _number_at(text, range_match.end())
        if second and "分之" not in second[0]:
            second_text, second_end = second
            second_unit = rules.unit_pattern.match(text, second_end)
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
    mag = unit_match.group("mag") or ""
    unit = unit_match.group("unit") or ""
    approx = unit_match.group("approx") or unit_match.group("approx2") or ""
    if approx:
        hedges.append(approx)
    if not unit and mag in ("千", "百"):
        return None  # 千/百 alone after a number are not a unit here (三百 is read whole)
    if unit == "番" and not (pos > 0 and text[pos - 1] == "翻"):
        return None  # 番 counts only in 翻一番, 翻两番
    if unit in ("成", "位数") and mag:
        return None
    if unit in ("番", "位数") and not 1 <= value_num <= 9:
        return None  # 翻一番 .. 翻九番, 两位数: anything else is no such quantity
    unit_end = unit_match.end()
    if not unit and not mag:
        unit_end = number_end
        if approx:
            unit_end = number_end  # 余 without a unit is not ours
            hedges.remove(approx)
    if percent_words:
        unit, unit_class, base, factor = "%", "percent", "%", 1.0
        unit_written = ""
    elif is_fraction:
        unit_written, unit_class, base, factor = "", "fraction", "%", 100.0
    else:
        unit_written = mag + unit
        info = next((u for u in rules.units if u.unit == unit), None)
        unit_class = info.cls if info else ("magnitude" if mag else "")
        base = info.base if info else ""
        factor = rules.magnitudes.get(mag, 1.0)
    if percent_words:
        unit_written = "%"
    # rank frames: 第三位, 前三位, 居全市第二
    rank_prefix = ""
    if pos > 0 and text[pos - 1] in "第前" and unit in ("位", "名", "强", ""):
        if unit or text[pos - 1] == "前" or RANK_FRAME.search(text, 0, pos):
            rank_prefix = text[pos - 1]
            unit_class = "rank"
    if unit == "强":
        unit_class = "rank"
    if not (unit or mag or is_fraction or percent_words or rank_prefix):
        return None
    if not numeral[0].isdigit() and not (is_fraction or percent_words) and unit_class == "time":
        pass
    for hedge in rules.postfix_hedges:
        if text.startswith(hedge, unit_end) and hedge not in hedges:
            if hedge in "余多" and unit:
                continue
            hedges.append(hedge)
            unit_end += len(hedge)
            break
    start = pos - len(rank_prefix)
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


#: 居全省第一, 排名第二: a rank written without 位.
RANK_FRAME = re.compile(
    r"(?:居|列|排名|名列|位居|跃居)(?:全国|全省|全市|全区|全县|全国同类城市)?第$"
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
    sign: int = 1  # -1 for a decrease (下降3%: value_num -3), see decrease_words in the rules


def claim_exclusions(text: str, runs: Sequence[Run], rules: Rules, offset: int) -> dict[int, str]:
    """Reason per run index for the runs the exclusion rules claim (first rule wins)."""
    claimed: dict[int, str] = {}
    for reason, pattern, numerals_only in rules.exclusions:
        for match in pattern.finditer(text):
            a, b = offset + match.start(), offset + match.end()
            for index, run in enumerate(runs):
                if index in claimed or run.end <= a or run.start >= b:
                    continue
                if numerals_only and not _quoted_is_name(match.group()):
                    continue
                claimed[index] = reason
    return claimed


def _quoted_is_name(quoted: str) -> bool:
    """A quoted expression with numerals is a name or slogan unless it is a plain quantity."""
    inner = quoted.strip('“”"')
    return not re.fullmatch(rf"{AR}\s*(?:%|个百分点)", inner)


#: A time or span opening a subject (2023年全市..., 1—11月规模以上...), dropped from it.
SUBJECT_LEAD = re.compile(
    r"^(?:(?:到|至|截至|在)?(?:19|20)\d{2}年(?:底|末)?|\d{1,2}\s*[—–\-~～至到]\s*\d{1,2}\s*月(?:份)?|"
    r"前?[一二三四]季度|[上下]半年|截至\d{1,2}月(?:底|末)?|"
    # a beneficiary before the measured thing: 为市场主体减税降费30亿元
    r"为(?:各类)?(?:企业|市场主体|经营主体|群众|居民|纳税人|中小微企业)(?:和个人)?)"
)
#: A comparison base at either end of a subject (比上年, 比2022年, 恢复到2019年), dropped.
SUBJECT_COMPARISON = re.compile(
    r"(?:比|较|与|同)(?:上年同期|上年|去年同期|去年|年初|(?:19|20)\d{2}年(?:同期|底|末)?)"
    r"|恢复(?:到|至)(?:19|20)\d{2}年(?:同期)?(?:水平)?"
)


#: A clause comparing with a benchmark (高于全省平均水平, 低于控制目标): no subject of its own.
COMPARED_WITH = re.compile(
    r"(?:高于|低于|快于|慢于|好于|优于)|是(?:上年|去年|同期|全国|全省|全市|全区|全县|(?:19|20)\d{2}年)"
)
#: A target or budget as the base of a share (完成年度目标的136%): not the subject.
TARGET_BASE = re.compile(
    r"^(?:为|是|占)?(?:全年|年度|年初|省下达的?|市下达的?)*(?:目标|预算|计划|任务)(?:任务)?的?$"
)


def _strip_words(subject: str, rules: Rules) -> str:
    changed = True
    while changed and subject:
        changed = False
        subject = subject.lstrip(" 、，,和及与并的").rstrip(" 、，,等的")
        lead = SUBJECT_LEAD.match(subject)
        if lead:
            subject, changed = subject[lead.end() :], True
        for match in SUBJECT_COMPARISON.finditer(subject):
            if match.start() == 0 or match.end() == len(subject):
                subject = subject[: match.start()] + subject[match.end() :]
                changed = True
                break
        if COMPARED_WITH.match(subject) or subject in rules.new_subject_words:
            return ""  # 高于全省平均水平2.3个百分点, 净增156家: the subject is carried
        if subject.startswith("共") and subject[1:].startswith(rules.strip_verbs):
            subject, changed = subject[1:], True  # 共办理人大代表建议 (not 共建花园)
        for word in rules.strip_leading:
            if subject.startswith(word):
                subject, changed = subject[len(word) :], True
                break
        for word in rules.strip_verbs:
            rest = subject[len(word) :]
            if subject.startswith(word) and (
                not rest or (len(rest) >= 2 and rest not in MEASURE_NOUNS)
            ):
                subject, changed = rest, True
                break
        for word in rules.strip_trailing:
            if subject.endswith(word):
                subject, changed = subject[: -len(word)], True
                break
        for word in rules.prefix_hedges + rules.governing_hedges:
            if subject.endswith(word):
                subject, changed = subject[: -len(word)], True
                break
    return subject.strip(" 、，,")


#: Generic measure nouns that keep the verb before them (改造面积, 到位资金: the verb says what).
MEASURE_NOUNS = frozenset({"面积", "资金", "规模", "数量", "金额", "总额", "总量", "投资"})
FOLLOWED_CLASSES = ("count", "area", "length", "volume", "mass")
LINK_VERBS = (
    "实现",
    "完成",
    "达到",
    "提高至",
    "提高到",
    "提升至",
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
FOLLOW_STOP = re.compile(
    r"全部|完成|实现|进行|开展|顺利|加快|共同|获评|入选|列入|竣工|开工|投产|落地|"
    r"提升|达到|达|的|被|为|已|均|分别|实施|承接|交付|动态|累计|实际|总投资|年度|其中|"
    r"惠及|占|进|创|成功|正|得到|通过|作为|等|总体|基本|全面"
)


def _following_noun(text: str, pos: int) -> tuple[str, int]:
    """The noun phrase right after a counted classifier (9个“白名单”项目 -> “白名单”项目)."""
    if pos >= len(text) or text[pos] in BOUNDARY + "、和及与（(":
        return "", pos
    end = pos
    while end < len(text) and text[end] not in BOUNDARY:
        end += 1
    phrase = text[pos:end]
    stop = FOLLOW_STOP.search(phrase, 1)
    if stop:
        phrase = phrase[: stop.start()]
    phrase = re.split(r"[和及与](?=[\d一二三四五六七八九十两])|\d", phrase)[0]
    kept = []
    for piece in phrase.split("、"):
        if re.search(r"\d", piece):
            break
        kept.append(piece)
    phrase = "、".join(kept)
    phrase = re.split(r"[和及与](?=[\d一二三四五六七八九十两])", phrase)[0].rstrip("、和及与")
    return phrase, pos + len(phrase)


def _segment_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause segment before ``pos``: after the last boundary, not before ``floor``."""
    start = pos
    while start > floor and text[start - 1] not in BOUNDARY:
        start -= 1
    return start


def _subject_from_segment(segment: str, rules: Rules, rank: bool) -> tuple[str, int]:
    """Subject in a clause segment and its offset in the segment."""
    offset = 0
    if "等" in segment:
        cut = segment.rindex("等") + 1
        if segment[cut:].strip(" 、"):
            offset, segment = cut, segment[cut:]
    best = None
    for verb in LINK_VERBS:
        index = segment.rfind(verb)
        if index >= 0 and (best is None or index > best[0]):
            best = (index, verb)
    if best:
        index, verb = best
        after = _strip_words(segment[index + len(verb) :], rules)
        if TARGET_BASE.match(after):
            after = ""  # 一般公共预算收入完成年初预算的102.3%
        if after and not rank and not re.match(r"每|人均|平均", after):
            return after, offset + segment.index(after, index)
        segment = segment[:index]
    subject = _strip_words(segment, rules)
    if TARGET_BASE.match(subject):
        subject = ""  # 为预算的101.2%: the share of a budget, the subject is carried
    if rank and subject.endswith("总量") and len(subject) >= 6:
        subject = subject[:-2]  # 地区生产总值总量居全省第5位 (not 经济总量)
    if not subject:
        return "", offset
    return subject, offset + segment.find(subject)


SHARED_SUFFIXES = (
    "增加值", "投资", "收入", "产值", "营收", "零售额", "产量", "总额", "排放量", "排放总量", "浓度",
    "余额", "利润",
)  # fmt: skip
#: Items of a list that already name a measure (游客人次、旅游收入) take no shared head noun.
MEASURE_ENDINGS = (
    "人次", "人数", "数量", "规模", "面积", "率", "比重", "数", "额", "价", "总量", "产量", "销量", "用量",
)  # fmt: skip
PER_OUTPUT = re.compile(r"^(?:单位(?:地区|国内)?生产总值|单位GDP|万元(?:地区生产总值|GDP))")


def split_enumeration(subject: str) -> list[str]:
    """Items of a 分别 list: split on 、 if present, else on 和/及/与; a shared head noun of the
    last item (增加值, 投资 ...) is given to the others.

    >>> split_enumeration("工业投资和技改投资")
    ['工业投资', '技改投资']
    >>> split_enumeration("高技术制造业、装备制造业增加值")
    ['高技术制造业增加值', '装备制造业增加值']
    >>> split_enumeration("城镇和农村居民人均可支配收入")
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    """
    items = [s for s in re.split("、" if "、" in subject else "[和及与]", subject) if s]
    if len(items) == 1 and subject.startswith("城乡") and len(subject) > 2:
        return ["城镇" + subject[2:], "农村" + subject[2:]]  # 城乡居民人均可支配收入分别...
    if len(items) < 2:
        return items
    modifier = PER_OUTPUT.match(items[0])
    if modifier:
        # 单位地区生产总值能耗和二氧化碳排放: the "per unit of output" modifier is shared
        items = [items[0]] + [s if PER_OUTPUT.match(s) else modifier.group() + s for s in items[1:]]
    short = len(items[0])
    if short <= 3 and len(items[-1]) > short + 2:
        # 城镇和农村居民人均可支配收入: the first items are modifiers of the last item's head
        head = items[-1][short:]
        return [s + head if len(s) <= 3 else s for s in items[:-1]] + [items[-1]]
    suffix = next((x for x in SHARED_SUFFIXES if items[-1].endswith(x)), "")
    if suffix:
        # not to an item with a head noun of its own (规模以上工业增加值、固定资产投资)
        items = [s if s.endswith(SHARED_SUFFIXES + MEASURE_ENDINGS) else s + suffix for s in items]
    return items


def _hedges_before(text: str, pos: int, floor: int, rules: Rules) -> tuple[list[str], int]:
    """Prefix hedges right before ``pos`` (累计超过500家 -> [累计, 超过]) and the new start."""
    found: list[str] = []
    while pos > floor:
        for hedge in rules.prefix_hedges:
            if text.startswith(hedge, pos - len(hedge)) and pos - len(hedge) >= floor:
                found.insert(0, rules.hedge_aliases.get(hedge, hedge))
                pos -= len(hedge)
                break
        else:
            break
    return found, pos


def _last_word(segment: str, words: Iterable[str]) -> int:
    return max((segment.rfind(w) + len(w) for w in words if w in segment), default=-1)


def _kind(
    q: Quantity,
    segment: str,
    clause: str,
    rules: Rules,
    role: str = "",
    governing: Sequence[str] = (),
) -> str:
    """Kind of a quantity from its unit and the words of its clause (see the rules file)."""
    r = q.reading
    if r.unit_class == "ppt":
        return "change"
    if r.unit_class == "rank" or r.rank_prefix:
        return "rank"
    if r.unit_class in ("doubling", "digits"):
        return "growth_pct"  # 翻一番, 两位数增长
    if r.unit_class in ("percent", "permille", "tenth") and any(
        q.subject.endswith(w) for w in rules.rate_subject_words
    ):
        return "growth_pct"  # 居民消费价格涨幅回落至2.1%: the subject is a growth rate
    if r.unit_class in ("percent", "permille", "fraction", "ratio", "tenth"):
        growth = _last_word(segment, rules.growth_words)
        share = _last_word(segment, rules.share_words)
        if r.is_fraction:
            return "share_pct"
        if growth > share and not re.search(r"(?:到|至)$", segment):
            return "growth_pct"
        if r.unit_class == "ratio":
            return "other"
        return "share_pct"
    change = _last_word(segment, rules.change_words)
    if change >= 0 and not segment[change:].strip():
        return "change"
    opener = segment.lstrip("，、；")
    for word in (*rules.governing_hedges, "实现"):
        opener = opener.removeprefix(word)
    if any(opener.startswith(w) for w in rules.change_openers):
        return "change"
    if r.unit_class == "time":
        measured = any(w in q.subject for w in rules.time_level_subject_words)
        return "level" if measured else "other"
    if r.unit_class in ("count", "area", "length", "volume", "mass", "power", "compute"):
        words = (*rules.new_words, *(rules.plan_new_words if role == "plan" else ()))
        if "累计" not in governing and any(w in clause for w in words):
            return "count_new"
    return "level"


def is_decrease(segment: str, rules: Rules) -> bool:
    """True when the word that decides a growth or change row is a decrease (下降, 降低 ...).

    The deciding word is the last growth/change word of the segment before the number; a word
    followed by 到/至/为 names the level reached, not the change (下降到32).

    >>> rules = load_rules()
    >>> is_decrease("单位地区生产总值能耗降低", rules), is_decrease("比上年下降", rules)
    (True, True)
    >>> is_decrease("同比下降后增长", rules), is_decrease("债务率下降到", rules)
    (False, False)
    """
    best: tuple[int, int, str] = (-1, 0, "")
    for word in (*rules.growth_words, *rules.change_words, *rules.decrease_words):
        index = segment.rfind(word)
        if index >= 0:
            key = (index + len(word), len(word), word)
            best = max(best, key)
    end, _, word = best
    if end < 0 or word not in rules.decrease_words:
        return False
    return not re.match(r"\s*(?:到|至|为)", segment[end:])


def _multi_year(
    text: str, pos: int, rules: Rules, review_year: int | None, plan_year: int | None
) -> tuple[str, int | None] | None:
    """The multi-year period governing ``pos`` (过去五年, “十四五”期间) and its last year."""
    best = None
    for pattern, end, offset in rules.multi_year_spans:
        for match in pattern.finditer(text, 0, pos):
            if best is None or match.end() > best[0].end():
                best = (match, end, offset)
    if best is None:
        return None
    match, end, offset = best
    base = {"review": review_year, "plan": plan_year}.get(end) if not end.isdigit() else int(end)
    return match.group(), (base + offset if base is not None else None)


def _span_at(text: str, pos: int, rules: Rules) -> str:
    """The part-year span in force at ``pos`` of a sentence ('' for a full year or none)."""
    best: tuple[int, int, str] = (-1, 0, "")
    for pattern in rules.spans:
        for match in pattern.finditer(text, 0, pos):
            key = (match.end(), len(match.group()), match.group())
            if match.end() <= pos and key[:2] > best[:2]:
                best = key
    for word in rules.full_year_words:
        index = text.rfind(word, 0, pos)
        if index >= 0 and (index + len(word), len(word)) > best[:2]:
            best = (index + len(word), len(word), "")
    return best[2]


def _governing(text: str, pos: int, rules: Rules, extra: Iterable[str] = ()) -> list[str]:
    """Governing hedges in force at ``pos``: after the last clause end before it."""
    floor = max((text.rfind(c, 0, pos) for c in CLAUSE_END), default=-1) + 1
    head = text[floor:pos]
    found: dict[str, int] = {}
    for word in (*rules.governing_hedges, *extra):
        index = head.find(word)
        if index >= 0 and word not in found:
            found[word] = index
    return sorted(found, key=lambda w: (found[w], w))


UNSTRUCTURED_PLAN = re.compile(r"今年|目标|力争|确保")
#: A year that sets the year of what follows it: 到2027年, 截至2023年底, or a year opening a
#: clause (2023年，...); not a year of comparison (比2018年, 恢复到2019年的, 2023年以来).
YEAR_MARK = re.compile(
    r"(?:(?:^|(?<=[，,；;：:。\s]))|到|至|截至|截止到?|在)((?:19|20)\d{2})年"
    r"(?!的|同期|以来|前|水平|相比|基础|相当|比|[—\-－～])"
)
RELATIVE_YEAR = re.compile(r"今年|去年")


def _year(
    text: str, pos: int, part_year: int | None, years: tuple[int | None, int | None] = (None, None)
) -> int | None:
    """The year in force at ``pos``: the last year mark before it (今年 = plan year, 去年 =
    review year), else the part's year."""
    marks = [(m.start(), int(m.group(1))) for m in YEAR_MARK.finditer(text, 0, pos)]
    review_year, plan_year = years
    for m in RELATIVE_YEAR.finditer(text, 0, pos):
        value = plan_year if m.group() == "今年" else review_year
        if value is not None:
            marks.append((m.start(), value))
    return max(marks)[1] if marks else part_year


def read_sentence(
    sentence: Sentence, report: Report, rules: Rules
) -> tuple[list[Quantity], dict[int, tuple[str, str]], list[Run]]:
    """Quantities of a sentence, and the fate of each of its numeral runs.

    Returns ``(quantities, fate, runs)`` where ``fate[run_index] = (status, reason)``.
    """
    text = sentence.text
    offset = sentence.clean_start
    runs = numeral_runs(text, offset)
    fate: dict[int, tuple[str, str]] = {
        i: ("excluded", reason) for i, reason in claim_exclusions(text, runs, rules, offset).items()
    }
    quantities: list[Quantity] = []
    consumed_until = 0
    for index, run in enumerate(runs):
        if index in fate or run.start - offset < consumed_until:
            continue
        reading = read_number(text, run.start - offset, rules)
        if reading is None:
            continue
        quantities.append(Quantity(reading, sentence))
        consumed_until = reading.end
        for j, other in enumerate(runs):
            if reading.start <= other.start - offset < reading.end and j not in fate:
                fate[j] = ("quantity", str(len(quantities) - 1))
    for index, run in enumerate(runs):
        if index not in fate:
            fate[index] = _leftover(text, run, offset, rules)
    _add_context(quantities, text, report, rules)
    return quantities, fate, runs


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
    unit_match = rules.unit_pattern.match(text, run.end - offset)
    has_unit = bool(unit_match and unit_match.group("unit"))
    if not has_unit or try_parse_number(run.text) is None:
        return "excluded", "word"
    del local, after
    return "unaccounted", ""


def _period(
    text: str,
    r: Reading,
    role: str,
    part_year: int | None,
    plan_year: int | None,
    governing: Sequence[str],
    clause: str,
    rules: Rules,
    review_year: int | None = None,
    subject: str = "",
) -> tuple[str, int | None, bool]:
    """``(period_kind, year, is_time_ago)`` of a quantity from its part and its sentence.

    Plan part: a target of the plan year (or of 到2027年), unless the sentence tells of the
    past (前期, 120年前). Review part: actual, or expected after 预计, or stock after 累计/余额.
    """
    years = (review_year, plan_year)
    if role == "plan":
        if text.startswith("前", r.end):
            return "other", None, True
        year = _year(text, r.start, part_year, years)
        if year is not None and part_year is not None and year < part_year:
            return "actual", year, False  # 2023年我市研发投入强度为2.6% (in the 2024 plan part)
        if any(w in text[: r.start] for w in rules.past_words):
            return "actual", part_year, False
        return "target", year, False
    if role == "review":
        year = _year(text, r.start, part_year, years)
        if any(w in clause for w in rules.review_plan_words):
            return "target", None, False
        if any(w in governing for w in rules.expected_words):
            return "expected", year, False
        if any(w in clause or w in governing for w in rules.stock_words) or any(
            subject.endswith(w) for w in rules.stock_subject_words
        ):
            return "stock", year, False
        return "actual", year, False
    if role in ("front", "other") and UNSTRUCTURED_PLAN.search(text[: r.start]):
        # a report without part headings: 今年/目标 sentences are targets of the plan year
        return "target", _year(text, r.start, plan_year, years), False
    return "other", None, False


def _strip_new_words(subject: str, rules: Rules, glossary: dict[str, str]) -> str:
    """Drop a leading 新增/引进... from a subject unless the subject is a glossary name.

    The kind column already says the count is new; 新增城镇就业 stays (an indicator's name).
    """
    if subject in glossary:
        return subject
    for _ in range(3):
        word = next((w for w in rules.new_subject_words if subject.startswith(w)), "")
        if not word or len(subject) <= len(word):
            break
        subject = subject[len(word) :].lstrip("、，,和及与")
    return subject


def _is_threshold(text: str, r: Reading, prefix: Sequence[str]) -> bool:
    """过亿元项目, 50亿元以上项目: an amount that defines a class of things, not an outcome."""
    return (
        ("超过" in prefix or "过" in prefix or text[: r.end].endswith("以上"))
        and re.match(r"[\u4e00-\u9fff“]", text[r.end : r.end + 1]) is not None
        and text[r.end] not in "的和及与"
    )


@dataclass
class _State:
    """What the reading of one sentence carries from one quantity to the next."""

    previous_end: int = 0
    previous: Quantity | None = None
    respectively: list[str] = field(default_factory=list)
    respectively_segment: str = ""
    respectively_head: str = ""
    threshold_noun: str = ""
    threshold_subject: str = ""
    threshold_start: int = 0
    subjects: list[str] = field(default_factory=list)  # of the quantities read so far
    list_item: bool = False  # the quantity continues a 分别 list
    list_prefix: list[str] = field(default_factory=list)  # 分别达到: hedges of the whole list


def _assign_subject(
    q: Quantity, text: str, seg_start: int, start: int, st: _State, rules: Rules
) -> str:
    """Set ``q.subject`` (and where it starts); return the segment the kind is read from."""
    r = q.reading
    segment = text[seg_start:start]
    carry = st.previous.subject if st.previous is not None else ""
    st.list_item = False
    if "分别" in segment:
        head = segment[: segment.index("分别")]
        subject_text, _ = _subject_from_segment(head, rules, rank=False)
        st.respectively = split_enumeration(subject_text)
        if not subject_text and st.subjects:
            # 接待游客3000万人次、实现旅游收入300亿元，分别增长10%和12%: the subjects before
            after = text[seg_start + segment.index("分别") :]
            after = re.split(f"[{BOUNDARY}]", after, maxsplit=1)[0]
            count = len(re.findall(NUM, after))
            earlier = list(dict.fromkeys(x for x in st.subjects if x))
            st.respectively = earlier[-count:] if count >= 2 else []
        st.respectively_head, st.respectively_segment = subject_text, segment
        q.subject = st.respectively.pop(0) if st.respectively else subject_text
        q.subject_start = seg_start + max(segment.find(q.subject), 0)
        return segment
    if st.respectively and not _strip_words(segment, rules):
        q.subject = st.respectively.pop(0)
        st.list_item = True
        return st.respectively_segment
    if st.threshold_noun and segment == st.threshold_noun and st.previous is not None:
        q.subject, q.subject_start = text[st.threshold_start : start], seg_start
        return segment
    if st.respectively_head and not st.respectively:
        carry, st.respectively_head = st.respectively_head, ""
    st.respectively = []
    subject, sub_offset = _subject_from_segment(segment, rules, rank=bool(r.rank_prefix))
    if subject and segment.lstrip("，、").startswith("占") and carry:
        subject, sub_offset = carry, -1  # 占全市比重18.8%: the share of the thing before
    following, follow_end = "", r.end
    if r.unit_class in FOLLOWED_CLASSES or r.unit_class == "rank":
        following, follow_end = _following_noun(text, r.end)
    if following and (r.unit_class in ("count", "rank") or not subject):
        q.subject, q.subject_start, q.subject_end = following, r.start, follow_end
    elif subject:
        q.subject = subject
        q.subject_start = seg_start + sub_offset if sub_offset >= 0 else None
    elif carry:
        q.subject = carry
    elif seg_start > 0 and r.unit_class != "time":
        # nothing in this clause: the noun phrase of the clause before
        before = text[_segment_start(text, seg_start - 1, 0) : seg_start - 1]
        q.subject = _subject_from_segment(before, rules, rank=False)[0]
    return segment


def _only_hedges(segment: str, rules: Rules) -> bool:
    """True when a segment holds nothing but hedge words (，力争8%), 累计 excepted."""
    for word in (*rules.governing_hedges, *rules.prefix_hedges):
        if word != "累计":
            segment = segment.replace(word, "")
    return not segment.strip("，,、；; ")


def _qualifier(
    q: Quantity, governing: Sequence[str], prefix: Sequence[str], threshold: bool, rules: Rules
) -> list[str]:
    """Hedge words in text order, aliases mapped (达 -> 达到, 过 -> 超过).

    A definitional threshold takes no governing hedge (力争 is about the count, not the class);
    累计 is not put on a share.
    """
    hedges = [*([] if threshold else governing), *prefix, *q.reading.hedges]
    if q.kind == "share_pct":
        hedges = [h for h in hedges if h != "累计"]
    return list(dict.fromkeys(rules.hedge_aliases.get(h, h) for h in hedges))


def _add_context(quantities: list[Quantity], text: str, report: Report, rules: Rules) -> None:
    """Fill subject, kind, period, year, span and hedges of a sentence's quantities in order."""
    if not quantities:
        return
    glossary = load_glossary()
    sentence = quantities[0].sentence
    part = next(p for p in report.parts if p.index == sentence.part)
    part_year = {"review": report.review_year, "plan": report.plan_year}.get(part.role, part.year)
    st = _State()
    for q in quantities:
        r = q.reading
        prefix, start = _hedges_before(text, r.start, st.previous_end, rules)
        seg_start = _segment_start(text, start, st.previous_end)
        segment = text[seg_start:start]
        if st.previous is not None and seg_start == st.previous_end and "、" in segment:
            seg_start += segment.rindex("、") + 1
            segment = text[seg_start:start]
        clause = text[_segment_start(text, start, 0) : r.start]
        kind_segment = _assign_subject(q, text, seg_start, start, st, rules)
        if segment.rstrip().endswith("分别"):
            st.list_prefix = list(prefix)  # 分别达到4.8万元和2.6万元: 达到 for both
        elif st.list_item:
            prefix = [*(h for h in st.list_prefix if h not in prefix), *prefix]
        governing = _governing(text, r.start, rules, extra=("累计",))
        # kind
        q.kind = _kind(q, kind_segment, clause, rules, part.role, governing)
        if q.kind in ("growth_pct", "change") and is_decrease(kind_segment, rules):
            q.sign = -1
        previous = st.previous
        if (
            previous is not None
            and segment
            and set(segment) <= set("、和及与")
            and previous.reading.unit_class == r.unit_class
        ):
            q.kind, q.sign = previous.kind, previous.sign
        elif (
            previous is not None
            and q.subject == previous.subject
            and previous.reading.unit_class == r.unit_class
            and _only_hedges(text[seg_start : r.start], rules)
        ):
            q.kind, q.sign = previous.kind, previous.sign  # 增长7%左右，力争8%: same measure
        # period, year, span
        threshold = _is_threshold(text, r, prefix)
        q.span = _span_at(text, r.start, rules)
        if threshold:
            q.kind, q.period_kind, q.year = "other", "other", None
            st.threshold_noun, _ = _following_noun(text, r.end)
            own = q.subject if q.subject_start is not None and q.subject_start < start else ""
            st.threshold_subject = own or st.threshold_subject
            st.threshold_start = start if not own or q.subject_start is None else q.subject_start
            q.subject = st.threshold_subject + st.threshold_noun or q.subject
            q.subject_start = st.threshold_start
        else:
            st.threshold_noun = ""
            q.period_kind, q.year, past = _period(
                text,
                r,
                part.role,
                part_year,
                report.plan_year,
                governing,
                clause,
                rules,
                report.review_year,
                q.subject,
            )
            if past:
                q.kind = "other"
            if q.kind == "count_new" and q.period_kind == "stock" and "累计" not in governing:
                q.period_kind = "actual"  # 新登记市场主体4.6万户: a flow, not a stock
            multi = _multi_year(text, r.start, rules, report.review_year, report.plan_year)
            if multi and not q.span:
                q.span = multi[0]
                if q.period_kind != "other":
                    q.year = multi[1]
            if (
                previous is not None
                and previous.period_kind == "stock"
                and q.period_kind == "actual"
            ):
                same = q.kind in ("change", "growth_pct") and q.subject == previous.subject
                if segment.startswith("其中") or same:
                    q.period_kind = "stock"
        q.qualifier = _qualifier(q, governing, prefix, threshold, rules)
        q.subject = _strip_new_words(q.subject, rules, glossary)
        if q.subject_start is None or q.subject_start > r.start:
            # no subject in this clause: quote the clause's own words (增长5.9%), not 、和
            lead = len(segment) - len(segment.lstrip("、，,和及与；;"))
            q.subject_start = min(seg_start + lead, r.start)
        if q.subject_end is None:
            q.subject_end = r.end
        st.previous_end = max(r.end, q.subject_end)
        st.previous = q
        st.subjects.append(q.subject)


# --------------------------------------------------------------------------- tables


def _fmt(value: float | None) -> float | None:
    if value is None:
        return None
    return float(f"{value:.10g}")


def _row(q: Quantity, k: int, report: Report, glossary: dict[str, str], part_role: str) -> dict:
    r, s = q.reading, q.sentence
    offset = s.clean_start
    sub_a = r.start if q.subject_start is None else q.subject_start
    sub_b = r.end if q.subject_end is None else q.subject_end
    clean_a, clean_b = offset + sub_a, offset + sub_b
    raw_a, raw_b = report.raw_span(clean_a, clean_b)
    num_a, num_b = report.raw_span(offset + r.number_start, offset + r.number_end)
    unit_base = r.unit_base
    if r.unit_class == "magnitude":
        unit_base = "元" if any(w in q.subject for w in _rules_money()) else ""
    value_base = r.value_num * r.factor
    if r.is_fraction:
        value_base = r.value_num * 100
    elif r.unit_class == "tenth":
        value_base = r.value_num * 10  # 三成 = 30 %
    elif r.unit_class == "doubling":
        value_base = (2**r.value_num - 1) * 100  # 翻一番 = +100 %, 翻两番 = +300 %
    elif r.unit_class == "digits":
        value_base = 10 ** (r.value_num - 1)  # 两位数 (增长): at least 10 %
    elif r.unit_class == "ratio" and q.kind == "growth_pct":
        value_base, unit_base = r.value_num * 100, "%"  # 增长1.2倍 = +120 %
    sign = q.sign
    return {
        "report_id": report.report_id,
        "indicator_id": f"{s.sentence_id}-{k}",
        "part": s.part,
        "part_role": part_role,
        "section": s.section,
        "sentence_id": s.sentence_id,
        "char_start": raw_a,
        "char_end": raw_b,
        "quote": report.raw_text[raw_a:raw_b],
        "subject": q.subject,
        "subject_en": subject_english(q.subject, glossary),
        "value": r.value,
        "value_num": _fmt(sign * r.value_num),
        "value_high": _fmt(sign * r.value_high) if r.value_high is not None else None,
        "unit": r.unit,
        "value_base": _fmt(sign * value_base),
        "unit_base": unit_base,
        "kind": q.kind,
        "period_kind": q.period_kind,
        "year": q.year,
        "span": q.span,
        "qualifier": "|".join(q.qualifier),
        "number_start": num_a,
        "number_end": num_b,
    }


def _rules_money() -> tuple[str, ...]:
    return load_rules().money_subject_words


def read_report_quantities(
    report: Report, rules: Rules | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(indicators, audit)`` tables of a report."""
    rules = rules or load_rules()
    glossary = load_glossary()
    roles = {p.index: p.role for p in report.parts}
    rows, audit = [], []
    for sentence in report.sentences():
        quantities, fate, runs = read_sentence(sentence, report, rules)
        ids = []
        for k, q in enumerate(quantities, 1):
            row = _row(q, k, report, glossary, roles[sentence.part])
            rows.append(row)
            ids.append(row["indicator_id"])
        for index, run in enumerate(runs):
            status, reason = fate[index]
            raw_a, raw_b = report.raw_span(run.start, run.end)
            context = report.clean_text[max(run.start - 8, sentence.clean_start) : run.end + 8]
            audit.append(
                {
                    "report_id": report.report_id,
                    "sentence_id": sentence.sentence_id,
                    "char_start": raw_a,
                    "char_end": raw_b,
                    "run_text": report.raw_text[raw_a:raw_b],
                    "script": run.script,
                    "status": status,
                    "exclusion_reason": "" if status == "quantity" else reason,
                    "indicator_id": ids[int(reason)] if status == "quantity" else "",
                    "context": context.replace("\n", " "),
                }
            )
    indicators = pd.DataFrame(rows, columns=COLUMNS)
    indicators["year"] = indicators["year"].astype("Int64")
    return indicators, pd.DataFrame(audit, columns=AUDIT_COLUMNS)


def extract_quantities(report: Report, plan_year: int | None = None) -> pd.DataFrame:
    """The ``indicators`` table of a report (contract in DESIGN.md), in document order.

    ``plan_year`` overrides the metadata / headings (the review year is then one before).

    >>> from govreport.report import parse_report
    >>> r = parse_report("一、2024年工作回顾\\n地区生产总值增长5.9%。\\n二、2025年工作安排\\n"
    ...                  "工业投资和技改投资分别增长8%和6%左右。")
    >>> columns = ["subject", "value", "kind", "period_kind", "year", "qualifier"]
    >>> extract_quantities(r)[columns]  # doctest: +NORMALIZE_WHITESPACE
      subject value        kind period_kind  year qualifier
    0  地区生产总值   5.9  growth_pct      actual  2024
    1    工业投资     8  growth_pct      target  2025
    2    技改投资     6  growth_pct      target  2025        左右
    """
    if plan_year is not None:
        report = with_plan_year(report, plan_year)
    return read_report_quantities(report)[0]


def audit_numerals(report: Report, plan_year: int | None = None) -> pd.DataFrame:
    """Every numeral run of the report and what became of it (``status``: quantity, excluded,
    unaccounted; ``exclusion_reason`` for exclusions; ``indicator_id`` for quantities)."""
    if plan_year is not None:
        report = with_plan_year(report, plan_year)
    return read_report_quantities(report)[1]


def with_plan_year(report: Report, plan_year: int) -> Report:
    """The report with its plan year set (and the review year one before)."""
    from dataclasses import replace

    metadata = {**report.metadata, "plan_year": plan_year, "review_year": plan_year - 1}
    return replace(report, metadata=metadata)


def audit_summary(audit: pd.DataFrame) -> pd.DataFrame:
    """Counts of numeral runs by status and reason."""
    return (
        audit.groupby(["status", "exclusion_reason"], as_index=False)
        .size()
        .rename(columns={"size": "n"})
        .sort_values(
            ["status", "n", "exclusion_reason"], ascending=[True, False, True], ignore_index=True
        )
    )


def measure_speed(report: Report, repeat: int = 3) -> dict[str, float]:
    """Characters per second of the extractor and of jieba's ``lcut`` on the same clean text
    (best of ``repeat`` runs each; jieba's dictionary is loaded before timing)."""
    import logging
    import time

    import jieba

    jieba.setLogLevel(logging.WARNING)
    text = report.clean_text
    jieba.lcut(text[:100])

    def best(run) -> float:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        return min(times)

    ours = best(lambda: read_report_quantities(report))
    theirs = best(lambda: jieba.lcut(text))
    return {
        "n_chars": float(len(text)),
        "extractor_chars_per_s": len(text) / ours,
        "jieba_lcut_chars_per_s": len(text) / theirs,
    }
