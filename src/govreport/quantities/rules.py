"""Reading the quantity rules (``lexicon/quantity_rules.yml``) and the subject glossary
(``lexicon/glossary.tsv``), and the numeral patterns shared by the other modules."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any, TypeVar, cast

from govreport.config import lexicon_file
from govreport.datafiles import read_tsv, read_yaml
from govreport.errors import InputError

RULES_FILE = lexicon_file("quantity_rules.yml")
GLOSSARY_FILE = lexicon_file("glossary.tsv")

CN_DIGITS = "零〇一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿"
CN = f"[{CN_CHARS}]+"
AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
NUM = f"(?:{AR}|{CN})"
#: A Chinese numeral with an odd part written 几 (三十几, 十几万, 一百几十亿, 一百一十几万): "thirty-odd".
CN_ODD = rf"[{CN_CHARS}]+几[十百千]?(?:万亿|万|亿)?"
NUMERAL_RUN = re.compile(rf"{AR}|半[数數]|{CN_ODD}|[{CN_CHARS}]+(?:点[{CN_DIGITS}]+)?")
DASH = r"\s*[—–\-－~～至到]+\s*"
#: A Chinese numeral with its decimals written out (七点九 = 7.9, as in 百分之七点九).
CN_DECIMAL = rf"{CN}(?:点[{CN_DIGITS}]+)?"
FRACTION = re.compile(rf"(?:百分之|(?P<den>{NUM})分之)(?P<num>{AR}|{CN_DECIMAL})")
#: The high end of a range written in percentage words: 百分之八至九, 百分之四至百分之五.
PERCENT_WORDS_HIGH = re.compile(rf"{DASH}(?:百分之)?(?P<high>{CN_DECIMAL})")
BOUNDARY = "，,；;。！？!?：:\n"
CLAUSE_END = "；;。！？!?\n"
THRESHOLD_PREFIX = "过超破上逾近"


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
    placement_words: tuple[str, ...]
    money_change_words: tuple[str, ...]
    change_openers: tuple[str, ...]
    review_plan_words: tuple[str, ...]
    new_subject_words: tuple[str, ...]
    strip_leading: tuple[str, ...]
    strip_verbs: tuple[str, ...]
    strip_trailing: tuple[str, ...]
    exclusions: tuple[tuple[str, re.Pattern[str], bool], ...]
    unit_pattern: re.Pattern[str] = field(repr=False)
    decrease_words: tuple[str, ...] = ()
    half_units: tuple[str, ...] = ()
    person_count_tails: tuple[str, ...] = ()
    ranking_words: tuple[str, ...] = ()
    stock_subject_words: tuple[str, ...] = ()
    capacity_subject_words: tuple[str, ...] = ()
    capacity_subject_not: tuple[str, ...] = ()
    population_subjects: tuple[str, ...] = ()
    rate_subject_words: tuple[str, ...] = ()
    time_level_subject_words: tuple[str, ...] = ()
    function_tags: tuple[str, ...] = ()
    opening_verb_tags: tuple[str, ...] = ()
    opening_verb_not: tuple[str, ...] = ()
    function_words_kept: tuple[str, ...] = ()
    function_words_more: tuple[str, ...] = ()
    adverbial_opening_tags: tuple[str, ...] = ()
    adverbial_closing_tags: tuple[str, ...] = ()
    leading_preposition_tags: tuple[str, ...] = ()
    leading_preposition_before: tuple[str, ...] = ()
    framing_verbs: tuple[str, ...] = ()
    framing_agent_max: int = 0
    framing_rest_tags: tuple[str, ...] = ()
    review_target_words: tuple[str, ...] = ()
    population_nouns: tuple[str, ...] = ()
    population_names: dict[str, str] = field(default_factory=dict)
    population_scopes: tuple[str, ...] = ()
    population_reached_after: tuple[str, ...] = ()
    forecast_words: tuple[str, ...] = ()
    running_estimate_words: tuple[str, ...] = ()
    estimate_leads: tuple[str, ...] = ()
    in_force_words: tuple[str, ...] = ()
    programme_heads: tuple[str, ...] = ()
    programme_bare_heads: tuple[str, ...] = ()
    programme_demands: tuple[str, ...] = ()
    programme_drafts: tuple[str, ...] = ()
    programme_target_nouns: tuple[str, ...] = ()
    programme_done_words: tuple[str, ...] = ()
    stock_count_units: tuple[str, ...] = ()
    standing_total_words: tuple[str, ...] = ()
    continued_words: tuple[str, ...] = ()
    standing_words: tuple[str, ...] = ()
    standing_reached_words: tuple[str, ...] = ()
    now_words: tuple[str, ...] = ()
    minimum_hedges: tuple[str, ...] = ()
    now_blockers: tuple[str, ...] = ()
    now_modifiers: tuple[str, ...] = ()
    now_clause_words: tuple[str, ...] = ()
    now_not_after: str = ""
    quoted_plan_words: tuple[str, ...] = ()
    quoted_plan_self: tuple[str, ...] = ()
    quoted_plan_modals: tuple[str, ...] = ()
    quoted_plan_outcomes: tuple[str, ...] = ()
    quoted_plan_fulfilled: tuple[str, ...] = ()
    quoted_plan_negations: tuple[str, ...] = ()
    quoted_plan_window: int = 0
    stock_subject_not: tuple[str, ...] = ()
    event_units: tuple[str, ...] = ()
    list_measures: tuple[str, ...] = ()
    object_change_words: tuple[str, ...] = ()
    list_measure_stops: tuple[str, ...] = ()
    output_products: dict[str, str] = field(default_factory=dict)
    multi_year_spans: tuple[tuple[re.Pattern[str], str, int, bool], ...] = ()
    hedge_blockers: tuple[str, ...] = ()
    measure_words: tuple[str, ...] = ()
    measure_scope_words: tuple[str, ...] = ()
    growth_named: tuple[str, ...] = ()
    rate_names: tuple[str, ...] = ()
    measure_aliases: dict[str, str] = field(default_factory=dict)
    measure_patterns: tuple[tuple[re.Pattern[str], str], ...] = ()
    count_measure_heads: dict[str, str] = field(default_factory=dict)
    counted_predicates: re.Pattern[str] | None = None
    counted_head_pattern: re.Pattern[str] | None = None
    predicate_not_openers: tuple[str, ...] = ()
    predicate_openers: tuple[str, ...] = ()
    new_carried_measures: tuple[str, ...] = ()
    sentence_topic_heads: tuple[str, ...] = ()
    predicate_adverbs: tuple[str, ...] = ()
    predicate_not_closers: tuple[str, ...] = ()
    bare_predicates: tuple[str, ...] = ()
    class_share_not_nouns: tuple[str, ...] = ()
    lead_verbs: tuple[str, ...] = ()
    predicate_free_before: tuple[str, ...] = ()
    predicate_free_openers: tuple[str, ...] = ()
    counted_modifiers: tuple[str, ...] = ()
    capacity_list: dict[str, Any] = field(default_factory=dict)
    count_measure_entity_units: tuple[str, ...] = ()
    toward_kept_before: tuple[str, ...] = ()
    toward_flows: tuple[str, ...] = ()
    bare_measures: tuple[str, ...] = ()
    output_measures: tuple[str, ...] = ()
    #: measures a carried entity is named without (quantity_rules.yml ``carried_entity_endings``)
    carried_entity_endings: tuple[str, ...] = ()
    owned_measures: tuple[str, ...] = ()
    owner_predicates: tuple[str, ...] = ()
    owner_dropped_endings: tuple[str, ...] = ()
    list_carried_verbs: tuple[str, ...] = ()
    law_verbs: tuple[str, ...] = ()
    law_documents: tuple[str, ...] = ()
    rate_suffixes: tuple[str, ...] = ()
    price_suffixes: tuple[str, ...] = ()
    price_level_suffixes: tuple[str, ...] = ()
    subject_aliases: dict[str, str] = field(default_factory=dict)
    people_verbs: tuple[str, ...] = ()
    object_verbs: dict[str, str] = field(default_factory=dict)
    output_verbs: dict[str, str] = field(default_factory=dict)
    output_frames: tuple[str, ...] = ()
    count_measures: tuple[str, ...] = ()
    kept_verbs: tuple[str, ...] = ()
    action_verbs: tuple[str, ...] = ()
    national_scope: tuple[str, ...] = ()
    national_scope_kept: tuple[str, ...] = ()
    link_verbs: tuple[str, ...] = ()
    created_verbs: tuple[str, ...] = ()
    created_not_after: tuple[str, ...] = ()
    created_subject_openers: tuple[str, ...] = ()
    completed_predicates: tuple[str, ...] = ()
    completed_adverbs: tuple[str, ...] = ()
    action_measures: dict[str, str] = field(default_factory=dict)
    action_endings: tuple[str, ...] = ()
    people_action_endings: tuple[str, ...] = ()
    people_action_measure: str = ""
    stage_verbs: tuple[str, ...] = ()
    project_stage_verbs: tuple[str, ...] = ()
    closure_verbs: tuple[str, ...] = ()
    length_measure: str = ""
    length_units: tuple[str, ...] = ()
    length_own_words: tuple[str, ...] = ()
    throughput_units: tuple[str, ...] = ()
    throughput_things: tuple[str, ...] = ()
    throughput_measure: str = ""
    topic_heads: tuple[str, ...] = ()
    topic_scopes: tuple[str, ...] = ()
    topic_named_heads: tuple[str, ...] = ()
    topic_scope_dropped_before: tuple[str, ...] = ()
    topic_allocation_verbs: tuple[str, ...] = ()
    topic_allocation_modals: tuple[str, ...] = ()
    #: Units by their written form (first entry wins, as the rules file orders them); derived
    #: from ``units`` once, not hashed per number.
    unit_index: dict[str, Unit] = field(init=False, compare=False, repr=False)
    #: A link verb right before a bare measure at the end of a subject (实现营收), group ``measure``;
    #: compiled once from ``link_verbs`` and ``bare_measures``.
    link_tail: re.Pattern[str] | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, Unit] = {}
        for u in self.units:
            index.setdefault(u.unit, u)
        object.__setattr__(self, "unit_index", index)
        tail = None
        if self.link_verbs and self.bare_measures:
            verbs = "|".join(map(re.escape, _longest_first(self.link_verbs)))
            linked = (*self.bare_measures, *LINKED_ONLY_MEASURES)
            measures = "|".join(map(re.escape, _longest_first(linked)))
            # (分别 / 均 before the verb of a list: 一、二、三产业分别实现增加值55亿元、53亿元…)
            tail = re.compile(rf"(?<=..)(?:分别|均)?(?:{verbs})(?P<measure>{measures})$")
        object.__setattr__(self, "link_tail", tail)

    policy_threshold_words: tuple[str, ...] = ()
    rating_measures: dict[str, Any] = field(default_factory=dict)
    rank_scopes: tuple[str, ...] = ()
    rank_verbs: tuple[str, ...] = ()
    indicator_words: tuple[str, ...] = ()
    cumulative_stops: tuple[str, ...] = ()


#: Measures that follow a link verb closing a subject (一、二、三产业分别实现增加值: a county's review
#: of 2017; 重点项目实现投资516亿元 -> 重点项目投资, a city's review of 2017, session 54: not 投资
#: alone) without being bare measures a counted entity lends its name to (:func:`carry_entity`).
LINKED_ONLY_MEASURES = ("增加值", "投资")


def _counted_predicates(data: dict) -> re.Pattern[str] | None:
    """The predicate after a counted noun: optional adverbs, then one of the verbs (group
    ``verb``)."""
    verbs = _longest_first(data.get("verbs", []))
    if not verbs:
        return None
    adverbs = "|".join(map(re.escape, _longest_first(data.get("adverbs", []))))
    lead = f"(?:{adverbs})?" if adverbs else ""
    return re.compile(lead + "(?P<verb>" + "|".join(map(re.escape, verbs)) + ")")


def _heads_pattern(heads: Iterable[str]) -> re.Pattern[str] | None:
    """Heads of a counted noun phrase, longest first."""
    words = _longest_first(heads)
    return re.compile("|".join(map(re.escape, words))) if words else None


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _expand(pattern: str) -> str:
    return pattern.replace("{NUM}", NUM).replace("{CN}", CN)


def parse_rules(data: dict[str, Any]) -> Rules:
    """Build :class:`Rules` from the loaded YAML mapping."""
    units = tuple(Unit(str(u["unit"]), str(u["base"]), str(u["class"])) for u in data["units"])
    magnitudes = {str(k): float(v) for k, v in data["magnitudes"].items()}
    unit_alts = "|".join(re.escape(u.unit) for u in sorted(units, key=lambda u: -len(u.unit)))
    # 千 and 百 are a magnitude only before a unit (5千户), else they open one (750千伏, 千瓦)
    big = [m for m in sorted(magnitudes, key=len, reverse=True) if magnitudes[m] >= 1e4]
    small = [m for m in sorted(magnitudes, key=len, reverse=True) if magnitudes[m] < 1e4]
    small_alts = "|".join(small)
    mag_alts = "|".join(big + ([f"(?:{small_alts})(?=[余多]?(?:{unit_alts}))"] if small else []))
    ge_units = sorted(
        # every unit of 个 + a noun (个月, 个小时, 个百分点): 多/余 may stand between them
        (u.unit[1:] for u in units if u.unit.startswith("个") and len(u.unit) > 1),
        key=len,
        reverse=True,
    )
    ge_alts = "|".join(map(re.escape, ge_units)) or "(?!)"
    unit_pattern = re.compile(
        rf"(?P<approx>[余多])?(?P<mag>{mag_alts})?(?P<approx2>[余多])?"
        # a hedge between two magnitudes (3万多亿元: 3 万亿元 with 余)
        r"(?P<mag2>(?<=万[余多])亿)?"
        # a hedge inside a unit written with 个 (1个多月, 两个多小时, 2个多百分点: unit 个月, 个小时,
        # 个百分点 with 余)
        rf"(?:(?P<ge>个)(?P<approx3>[余多])(?=(?P<ge_unit>{ge_alts})))?"
        rf"(?P<unit>{unit_alts})?"
        # a unit character that starts an ordinary word is no unit (百亿台阶, 3条件, 14亿人口)
        r"(?<!人(?=[口民]))(?<!台(?=阶))(?<!条(?=件))(?<!名(?=单))(?<!项(?=目))(?<!家(?=庭))(?<!场(?=景))"
        # 对 counts pairs (口岸214对) but is also a preposition and starts words (对口, 对接)
        r"(?<!对(?=[\u4e00-\u9fff]{2}))"
        # measure words of old reports that also start words (组织, 列入, 份额, 宗旨)
        r"(?<!组(?=[织建成团合]))(?<!列(?=[入为车出举]))(?<!份(?=额))(?<!宗(?=[旨教]))"
        # 成 is a unit (三成 = 30 %) only where it starts no word (成为, 成立, 成果 ...)
        r"(?<!成(?=[为立果效员本都就长交功绩熟型品效规片]))(?<!起(?=[步草点飞来到始航]))"
        # 部 counts films and laws (影片247部, 行政法规37部), not parts (这两部分商业: heldout79)
        r"(?<!部(?=分))"
        # a medal written by its metal alone (9金、5银、6铜), not a word it starts (金融, 银行, 铜箔)
        r"(?<![金银铜](?=[\u4e00-\u9fff]))"
        # places counted by their rank of government after digits only (镇原4县, 3县5乡; 北三县 and 两区
        # are names), and not a word they start (32县域经济, 3市场主体, 2020区县)
        r"(?<!(?<![0-9０-９])[县乡镇市区])(?<![县乡镇市区](?=[域城级村镇街区市县场民委长属直辖内外]))"
        # loans or deals counted after digits only (贷款220笔; 这两笔支出 points at two items)
        r"(?<!(?<![0-9０-９])笔)"
        # cubic metres as spoken (2030万方, 30万方以上), not a party or a side (三方合作, 一方面)
        r"(?<!(?<![土石公])方(?=(?!以上|以下|左右|多)[\u4e00-\u9fff]))"
    )
    hedges = data["hedges"]
    exclusions = tuple(
        (str(e["reason"]), re.compile(_expand(e["pattern"])), bool(e.get("numerals_only")))
        for e in data["exclusions"]
    )
    words = {k: tuple(data[k]) for k in (
        "money_subject_words", "full_year_words", "expected_words", "stock_words",
        "past_words", "growth_words", "share_words", "change_words", "new_words",
        "plan_new_words", "change_openers", "review_plan_words", "placement_words",
        "money_change_words",
    )}  # fmt: skip
    multi = tuple(
        (
            re.compile(str(m["pattern"])),
            str(m["end"]),
            int(m.get("offset", 0)),
            bool(m.get("clause", False)),
        )
        for m in data.get("multi_year_spans", [])
    )
    counted = data.get("counted_heads") or {}  # the predicate + 的 + counted noun reading
    ranking = data.get("ranking") or {}
    return Rules(
        units=units,
        decrease_words=_longest_first(data.get("decrease_words", [])),
        half_units=tuple(data.get("half_units", [])),
        person_count_tails=tuple(data.get("person_count_tails", [])),
        ranking_words=tuple(data.get("ranking_words", [])),
        stock_subject_words=tuple(data.get("stock_subject_words", [])),
        capacity_subject_words=tuple(data.get("capacity_subject_words", [])),
        capacity_subject_not=tuple(data.get("capacity_subject_not", [])),
        population_subjects=tuple(data.get("population_subjects", [])),
        rate_subject_words=tuple(data.get("rate_subject_words", [])),
        time_level_subject_words=tuple(data.get("time_level_subject_words", [])),
        review_target_words=tuple(data.get("review_target_words", [])),
        population_nouns=tuple(data.get("population_nouns", [])),
        population_names={str(k): str(v) for k, v in data.get("population_names", {}).items()},
        population_scopes=tuple(data.get("population_scopes", [])),
        population_reached_after=tuple(data.get("population_reached_after", [])),
        forecast_words=tuple(data.get("forecast_words", [])),
        running_estimate_words=tuple(data.get("running_estimate_words", [])),
        estimate_leads=tuple(data.get("estimate_leads", [])),
        in_force_words=tuple(data.get("in_force_words", [])),
        programme_heads=tuple(data.get("programme_heads", [])),
        programme_bare_heads=tuple(data.get("programme_bare_heads", [])),
        programme_demands=tuple(data.get("programme_demands", [])),
        programme_drafts=tuple(data.get("programme_drafts", [])),
        programme_target_nouns=tuple(data.get("programme_target_nouns", [])),
        programme_done_words=tuple(data.get("programme_done_words", [])),
        stock_count_units=tuple(data.get("stock_count_units", [])),
        standing_total_words=tuple(data.get("standing_total_words", [])),
        continued_words=tuple(data.get("continued_words", [])),
        standing_words=tuple(data.get("standing_words", [])),
        standing_reached_words=tuple(data.get("standing_reached_words", [])),
        now_words=tuple(data.get("now_words", [])),
        minimum_hedges=tuple(data.get("minimum_hedges", [])),
        now_blockers=tuple(data.get("now_blockers", [])),
        now_modifiers=tuple(data.get("now_modifiers", [])),
        now_clause_words=tuple(data.get("now_clause_words", [])),
        now_not_after=str(data.get("now_not_after", "")),
        quoted_plan_words=tuple(data.get("quoted_plan_words", [])),
        quoted_plan_self=tuple(data.get("quoted_plan_self", [])),
        quoted_plan_modals=tuple(data.get("quoted_plan_modals", [])),
        quoted_plan_outcomes=tuple(data.get("quoted_plan_outcomes", [])),
        quoted_plan_fulfilled=tuple(data.get("quoted_plan_fulfilled", [])),
        quoted_plan_negations=tuple(data.get("quoted_plan_negations", [])),
        quoted_plan_window=int(data.get("quoted_plan_window", 0)),
        stock_subject_not=tuple(data.get("stock_subject_not", [])),
        event_units=tuple(data.get("event_units", [])),
        list_measures=tuple(data.get("list_measures", [])),
        object_change_words=tuple(data.get("object_change_words", [])),
        list_measure_stops=tuple(data.get("list_measure_stops", [])),
        output_products=_output_products(data.get("output_products", {})),
        multi_year_spans=multi,
        magnitudes=magnitudes,
        prefix_hedges=_longest_first(hedges["prefix"]),
        postfix_hedges=_longest_first(hedges["postfix"]),
        governing_hedges=_longest_first(hedges["governing"]),
        hedge_aliases=dict(hedges.get("aliases", {})),
        hedge_blockers=tuple(hedges.get("not_hedges", [])),
        measure_words=_longest_first(data.get("measure_words", [])),
        measure_scope_words=_longest_first(data.get("measure_scope_words", [])),
        growth_named=tuple(data.get("growth_named", [])),
        rate_names=_longest_first(data.get("rate_names", [])),
        measure_aliases={str(k): str(v) for k, v in data.get("measure_aliases", {}).items()},
        measure_patterns=tuple(
            (re.compile(str(k)), str(v)) for k, v in data.get("measure_patterns", {}).items()
        ),
        count_measure_heads={
            str(k): str(v)
            for k, v in sorted(
                data.get("count_measure_heads", {}).items(), key=lambda kv: -len(str(kv[0]))
            )
        },
        counted_predicates=_counted_predicates(data.get("counted_predicates", {})),
        counted_head_pattern=_heads_pattern(counted.get("heads", [])),
        predicate_not_openers=_longest_first(counted.get("not_predicates", [])),
        predicate_openers=tuple(counted.get("openers", [])),
        new_carried_measures=tuple(data.get("new_carried_measures", [])),
        sentence_topic_heads=tuple(data.get("sentence_topic_heads", [])),
        predicate_adverbs=_longest_first(counted.get("adverbs", [])),
        predicate_not_closers=tuple(counted.get("not_closers", [])),
        bare_predicates=tuple(counted.get("bare", [])),
        class_share_not_nouns=tuple((data.get("class_share") or {}).get("not_nouns", [])),
        lead_verbs=tuple(counted.get("lead_verbs", [])),
        predicate_free_before=tuple(counted.get("free_before", [])),
        predicate_free_openers=tuple(counted.get("free_openers", [])),
        counted_modifiers=tuple(counted.get("modifiers", [])),
        capacity_list=dict(data.get("capacity_list", {})),
        count_measure_entity_units=tuple(data.get("count_measure_entity_units", [])),
        function_tags=tuple(data.get("subject_function_tail", {}).get("tags", [])),
        opening_verb_tags=tuple(data.get("subject_opening_verb", {}).get("tags", [])),
        opening_verb_not=tuple(data.get("subject_opening_verb", {}).get("not", [])),
        function_words_kept=tuple(data.get("subject_function_tail", {}).get("kept", [])),
        function_words_more=tuple(data.get("subject_function_tail", {}).get("more", [])),
        adverbial_opening_tags=tuple(data.get("subject_adverbial", {}).get("opening", [])),
        adverbial_closing_tags=tuple(data.get("subject_adverbial", {}).get("closing", [])),
        leading_preposition_tags=tuple(data.get("subject_leading_preposition", {}).get("tags", [])),
        leading_preposition_before=tuple(
            data.get("subject_leading_preposition", {}).get("before", [])
        ),
        framing_verbs=_longest_first(data.get("subject_framing_lead", {}).get("verbs", [])),
        framing_agent_max=int(data.get("subject_framing_lead", {}).get("agent_max", 0)),
        framing_rest_tags=tuple(data.get("subject_framing_lead", {}).get("rest_tags", [])),
        toward_kept_before=tuple(data.get("toward", {}).get("kept_before", [])),
        toward_flows=tuple(data.get("toward", {}).get("flows", [])),
        bare_measures=_longest_first(
            [*data.get("bare_measures", []), *data.get("output_measures", [])]
        ),
        output_measures=_longest_first(data.get("output_measures", [])),
        carried_entity_endings=_longest_first(data.get("carried_entity_endings", [])),
        owned_measures=_longest_first(data.get("owned_measures", {}).get("measures", [])),
        owner_predicates=_longest_first(data.get("owned_measures", {}).get("predicates", [])),
        owner_dropped_endings=tuple(data.get("owned_measures", {}).get("dropped_endings", [])),
        list_carried_verbs=tuple(data.get("list_carried_verbs", [])),
        law_verbs=_longest_first(data.get("law_making", {}).get("verbs", [])),
        law_documents=_longest_first(data.get("law_making", {}).get("documents", [])),
        people_verbs=_longest_first(data.get("people_verbs", [])),
        rate_suffixes=_longest_first(data.get("rate_suffixes", [])),
        price_suffixes=_longest_first(data.get("price_suffixes", [])),
        price_level_suffixes=_longest_first(data.get("price_level_suffixes", [])),
        policy_threshold_words=tuple(data.get("policy_threshold_words", [])),
        rating_measures=dict(data.get("rating_measures", {})),
        rank_scopes=_longest_first(ranking.get("scopes", [])),
        rank_verbs=_longest_first(ranking.get("verbs", [])),
        indicator_words=tuple(data.get("indicator_words", [])),
        cumulative_stops=tuple(data.get("cumulative_stops", [])),
        subject_aliases={str(k): str(v) for k, v in data.get("subject_aliases", {}).items()},
        object_verbs={str(k): str(v) for k, v in data.get("object_verbs", {}).items()},
        output_verbs={str(k): str(v) for k, v in data.get("output_verbs", {}).items()},
        output_frames=_longest_first(data.get("output_frames", [])),
        count_measures=tuple(data.get("count_measures", [])),
        kept_verbs=_longest_first(data.get("subject_kept_verbs", [])),
        action_verbs=_longest_first(data.get("subject_action_verbs", [])),
        national_scope=tuple(data.get("national_scope", {}).get("words", [])),
        national_scope_kept=tuple(data.get("national_scope", {}).get("kept_before", [])),
        link_verbs=tuple(data.get("subject_link_verbs", [])),
        created_verbs=tuple(data.get("created_verbs", [])),
        created_not_after=tuple(data.get("created_not_after", [])),
        created_subject_openers=tuple(data.get("created_subject_openers", [])),
        completed_predicates=tuple(data.get("completed_predicates", [])),
        completed_adverbs=tuple(data.get("completed_adverbs", [])),
        action_measures={str(k): str(v) for k, v in data.get("action_measures", {}).items()},
        action_endings=_longest_first(data.get("action_endings", [])),
        people_action_endings=_longest_first(data.get("people_action_endings", [])),
        people_action_measure=str(data.get("people_action_measure", "")),
        stage_verbs=_longest_first(data.get("stage_verbs", [])),
        project_stage_verbs=_longest_first(
            [*data.get("stage_verbs", []), *data.get("project_stage_verbs", [])]
        ),
        closure_verbs=tuple(data.get("closure_verbs", [])),
        length_measure=str(data.get("length_measure", "")),
        length_units=tuple(data.get("length_units", [])),
        length_own_words=tuple(data.get("length_own_words", [])),
        throughput_units=tuple(data.get("throughput", {}).get("units", [])),
        throughput_things=tuple(data.get("throughput", {}).get("things", [])),
        throughput_measure=str(data.get("throughput", {}).get("measure", "")),
        topic_heads=tuple(data.get("clause_topics", {}).get("heads", [])),
        topic_scopes=tuple(data.get("clause_topics", {}).get("scopes", [])),
        topic_named_heads=_longest_first(data.get("clause_topics", {}).get("named_heads", [])),
        topic_scope_dropped_before=tuple(
            data.get("clause_topics", {}).get("scope_dropped_before", [])
        ),
        topic_allocation_verbs=tuple(data.get("clause_topics", {}).get("allocation_verbs", [])),
        topic_allocation_modals=tuple(data.get("clause_topics", {}).get("allocation_modals", [])),
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


class Glossary(dict):
    """Subject -> English name; ``patterns`` holds the ``{}<suffix>`` entries, found once."""

    def __init__(self, entries: dict[str, str]) -> None:
        super().__init__(entries)
        self.patterns = tuple((k, v) for k, v in entries.items() if k.startswith("{}"))


@lru_cache(maxsize=4)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """Subject -> English name, from the curated glossary (``#`` lines are comments)."""
    table = read_tsv(path, ["subject", "english"])
    pairs = zip(table["subject"], table["english"], strict=True)
    return Glossary({zh: en for zh, en in pairs if zh and en})


#: The joiners of a list of subjects (several subjects have no one English name).
LIST_JOINERS = re.compile("[和、及与]")


def subject_english(subject: str, glossary: dict[str, str]) -> str:
    """English name of a subject: exact glossary entry, else the longest entry it ends with,
    else a pattern entry ``{}<suffix>`` (``{}发行规模`` -> ``issuance of {}``) whose stem has a
    name.

    >>> subject_english("全市规模以上工业增加值", {"规模以上工业增加值": "value added of industry"})
    'value added of industry'
    >>> subject_english("特别国债发行规模", {"特别国债": "special bonds", "{}发行规模": "issuance of {}"})
    'issuance of special bonds'
    """
    key = subject.strip("“”\"'")
    if key in glossary:
        return glossary[key]
    if LIST_JOINERS.search(key):
        return ""
    for length in range(
        len(key) - 1, 2, -1
    ):  # the longest entry (3 characters or more) it ends with
        if key[-length:] in glossary:
            return glossary[key[-length:]]
    patterns = getattr(glossary, "patterns", None)
    if patterns is None:
        patterns = tuple((k, v) for k, v in glossary.items() if k.startswith("{}"))
    for pattern, english in patterns:
        suffix = pattern.removeprefix("{}")
        if key.endswith(suffix) and len(key) > len(suffix):
            stem = subject_english(key[: -len(suffix)], glossary)
            if stem:
                return english.replace("{}", stem)
    return ""


def _output_products(data: dict) -> dict[str, str]:
    """Product -> the subject naming its output (``products`` + 产量, ``named`` as written)."""
    out = {str(p): f"{p}产量" for p in data.get("products", [])}
    out.update({str(k): str(v) for k, v in data.get("named", {}).items()})
    return out


#: Word lists indexed once for affix lookups (keyed by the tuple's id, the tuple kept alive).
_AFFIX_TABLES: dict[int, tuple[tuple[str, ...], dict[str, int], tuple[int, ...]]] = {}


def _affix_table(words: tuple[str, ...]) -> tuple[dict[str, int], tuple[int, ...]]:
    """Each word's first position in ``words`` and the word lengths, longest first."""
    entry = _AFFIX_TABLES.get(id(words))
    if entry is None or entry[0] is not words:
        order: dict[str, int] = {}
        for i, word in enumerate(words):
            order.setdefault(word, i)
        entry = (words, order, tuple(sorted({len(w) for w in words if w}, reverse=True)))
        _AFFIX_TABLES[id(words)] = entry
    return entry[1], entry[2]


def starting_words(text: str, words: tuple[str, ...]) -> list[str]:
    """The words of ``words`` that ``text`` starts with, in the order of ``words``: what a loop
    over ``words`` testing ``text.startswith(word)`` meets, in time set by the number of word
    lengths, not of words.

    >>> starting_words("新建改造公厕", ("新建", "改造", "新建改造"))
    ['新建', '新建改造']
    """
    order, lengths = _affix_table(words)
    size = len(text)
    found = [text[:k] for k in lengths if k <= size and text[:k] in order]
    if len(found) > 1:
        found.sort(key=order.__getitem__)
    return found


def ending_words(text: str, words: tuple[str, ...]) -> list[str]:
    """The words of ``words`` that ``text`` ends with, in the order of ``words``.

    >>> ending_words("工业增加值增长", ("增长", "长", "增加"))
    ['增长', '长']
    """
    order, lengths = _affix_table(words)
    size = len(text)
    found = [text[-k:] for k in lengths if k <= size and text[-k:] in order]
    if len(found) > 1:
        found.sort(key=order.__getitem__)
    return found


T = TypeVar("T")
_PER_RULES: dict[tuple[int, object], tuple[Rules, Any]] = {}


def per_rules(rules: Rules, key: object, build: Callable[[Rules], T]) -> T:
    """``build(rules)``, built once per rules object and ``key`` (a value derived from the rules,
    such as joined word lists or a compiled alternation, reused for every quantity).

    >>> per_rules(load_rules(), "n_units", lambda r: len(r.units)) > 0
    True
    """
    entry = _PER_RULES.get((id(rules), key))
    if entry is None or entry[0] is not rules:
        entry = (rules, build(rules))
        _PER_RULES[(id(rules), key)] = entry
    return cast(T, entry[1])


#: Word lists compiled once into one alternation, as written or each word reversed (keyed by the
#: tuple's id and the direction; the tuple is kept alive with its pattern).
_ALTERNATIONS: dict[tuple[int, bool], tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _alternation(words: tuple[str, ...], reverse: bool = False) -> re.Pattern[str]:
    """``words`` (each reversed with ``reverse``) as one compiled alternation; a pattern that
    never matches when there are none."""
    entry = _ALTERNATIONS.get((id(words), reverse))
    if entry is None or entry[0] is not words:
        written = (w[::-1] for w in words) if reverse else words
        pattern = "|".join(map(re.escape, written)) if words else "(?!)"
        entry = (words, re.compile(pattern))
        _ALTERNATIONS[(id(words), reverse)] = entry
    return entry[1]


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` occurs in ``text``: ``any(w in text for w in words)`` in one
    scan of a compiled alternation instead of one scan per word.

    >>> contains_any("比上年增长", ("下降", "增长")), contains_any("比上年", ("下降", "增长"))
    (True, False)

    A long text (a clause of :data:`LONG_TEXT` characters or more, asked once per figure of it) is
    remembered with the word tuple it was scanned for (by identity, the tuple kept alive).
    """
    if len(text) < LONG_TEXT:
        return _alternation(words).search(text) is not None
    key = (id(words), text)
    hit = _CONTAINS.get(key)
    if hit is not None and hit[0] is words:
        return hit[1]
    found = _alternation(words).search(text) is not None
    if len(_CONTAINS) >= CONTAINS_MEMO_MAX:
        _CONTAINS.clear()
    _CONTAINS[key] = (words, found)
    return found


#: A text at least this long is worth remembering in :func:`contains_any` (hashing it costs less
#: than scanning it again for many words).
LONG_TEXT = 48
#: Entries :func:`contains_any` remembers before its memo is cleared (memory stays bounded).
CONTAINS_MEMO_MAX = 20_000
_CONTAINS: dict[tuple[int, str], tuple[tuple[str, ...], bool]] = {}


def last_word_end(text: str, words: tuple[str, ...]) -> int:
    """Where the last of ``words`` to end in ``text`` ends, else -1: the largest
    ``text.rfind(w) + len(w)``, found as the first match of the reversed words in the reversed
    text (one scan of a compiled alternation instead of one scan per word).

    >>> last_word_end("增长后下降", ("增长", "下降", "长")), last_word_end("比上年", ("增长",))
    (5, -1)
    """
    found = _alternation(words, reverse=True).search(text[::-1])
    return len(text) - found.start() if found else -1


#: A set of characters larger than this tells nothing worth testing (a range such as
#: [\u4e00-\u9fff]); it is no need of :func:`needed_chars`.
MAX_NEEDED_SET = 64
_RepeatOps = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def needed_chars(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    r"""Sets of characters of which every match of ``pattern`` meets one, in the text it is
    searched (literals, classes and alternations of them, lookarounds included; nothing inside
    an optional part, a negative lookaround or a group with flags of its own): a text holding no
    character of one of the sets holds no match.

    >>> p = re.compile(r"(?<![\d.])\d{1,2}(?=\s*[月日]|号)")
    >>> ["".join(sorted(chars)) for chars in needed_chars(p)]
    ['号日月']
    >>> needed_chars(re.compile("(?i)a")), needed_chars(re.compile("[^a]|b?"))
    ([], [])
    """
    if pattern.flags & re.IGNORECASE:
        return []
    return _sequence_needs(sre_parse.parse(pattern.pattern, pattern.flags))


def _sequence_needs(items: sre_parse.SubPattern) -> list[frozenset[str]]:
    """The needed sets of a sequence: those of each of its items."""
    needs: list[frozenset[str]] = []
    for op, av in items:
        needs += _item_needs(op, av)
    return needs


def _item_needs(op: Any, av: Any) -> list[frozenset[str]]:
    """The needed sets of one parsed item (``op``, ``av`` as :mod:`re._parser` gives them)."""
    if op is sre.BRANCH:
        return _branch_needs(av[1])
    chars = _item_chars(op, av)
    if chars is not None:
        return [chars]
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _sequence_needs(av[3])
    if op in _RepeatOps and av[0] >= 1:
        return _sequence_needs(av[2])
    if op is sre.ASSERT:
        return _sequence_needs(av[1])
    return []


def _branch_needs(branches: list[Any]) -> list[frozenset[str]]:
    """The needed sets of an alternation: the union of one set of each branch, and every set
    each branch needs (年 and 间 of 三年间(?=，)|五年间)."""
    each = [_sequence_needs(branch) for branch in branches]
    union = _item_chars(sre.BRANCH, (None, branches))
    common = [chars for chars in each[0] if all(chars in other for other in each[1:])]
    return ([union] if union is not None else []) + common


def _item_chars(op: Any, av: Any) -> frozenset[str] | None:
    """One set of which every match of the item meets a character, else ``None``."""
    chars: set[str] = set()
    if op is sre.LITERAL:
        return frozenset(chr(av))
    if op is sre.IN:
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < MAX_NEEDED_SET:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return None  # (a negated class, a category: \d)
    elif op is sre.BRANCH:
        for branch in av[1]:
            fewest = min(_sequence_needs(branch), key=len, default=None)
            if fewest is None:
                return None
            chars |= fewest
    else:
        return None
    return frozenset(chars) if len(chars) <= MAX_NEEDED_SET else None


def needed_words(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    r"""Sets of words (literal strings of two characters or more) of which every match of
    ``pattern`` holds one, in the text it is searched: the runs of literal characters, a run
    followed by an alternation of branches opening on literals (年(?:攻坚|行动) -> 年攻坚,
    年行动), and those of an alternation as :func:`needed_chars` reads it, inside lookarounds
    too; the finer test after the characters.

    >>> [sorted(words) for words in needed_words(re.compile(r"\d+(?=年(?:攻坚|行动))"))]
    [['年攻坚', '年行动'], ['攻坚', '行动']]
    >>> [sorted(words) for words in needed_words(re.compile(r"(?<=攻坚)\d+(?=年行动)|三年间"))]
    [['三年间', '攻坚']]
    """
    if pattern.flags & re.IGNORECASE:
        return []
    return _sequence_words(sre_parse.parse(pattern.pattern, pattern.flags))


def _leading_literal(items: Any) -> str:
    """The literal characters a sequence opens with (through groups without flags)."""
    lead = ""
    for op, av in items:
        if op is sre.LITERAL:
            lead += chr(av)
        elif op is sre.SUBPATTERN and not av[1] and not av[2] and not lead:
            return _leading_literal(av[3])
        else:
            break
    return lead


def _sequence_words(items: Any) -> list[frozenset[str]]:
    """The needed word sets of a sequence (:func:`needed_words`)."""
    needs: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is sre.LITERAL:
            run += chr(av)
            continue
        branches = av[1] if op is sre.BRANCH else None
        if op is sre.SUBPATTERN and not av[1] and not av[2] and len(av[3]) == 1:
            inner_op, inner_av = av[3][0]
            branches = inner_av[1] if inner_op is sre.BRANCH else None
        if run and branches is not None:
            leads = [_leading_literal(branch) for branch in branches]
            if all(leads):
                needs.append(frozenset(run + lead for lead in leads))
        if len(run) >= 2:
            needs.append(frozenset({run}))
        run = ""
        needs += _item_words(op, av)
    if len(run) >= 2:
        needs.append(frozenset({run}))
    return needs


def _item_words(op: Any, av: Any) -> list[frozenset[str]]:
    """The needed word sets of one parsed item other than a literal."""
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _sequence_words(av[3])
    if op in _RepeatOps and av[0] >= 1:
        return _sequence_words(av[2])
    if op is sre.ASSERT:
        return _sequence_words(av[1])
    if op is sre.BRANCH:
        each = [_sequence_words(branch) for branch in av[1]]
        common = [words for words in each[0] if all(words in other for other in each[1:])]
        if not all(each):
            return common
        return [frozenset().union(*(min(words, key=len) for words in each)), *common]
    return []


#: Pattern tuples read once by :func:`needed_chars`, as bits (keyed by the tuple's id; the tuple
#: kept alive with its table): each character's bits (the sets it is in), each pattern's bits.
_NEEDS: dict[int, tuple[tuple[re.Pattern[str], ...], dict[str, int], tuple[int, ...], Any]] = {}
#: A needed word set of each pattern of a tuple (:func:`needed_words`; empty: none).
WordNeeds = tuple[frozenset[str] | tuple[()], ...]


def _needs_table(
    patterns: tuple[re.Pattern[str], ...],
) -> tuple[dict[str, int], tuple[int, ...], WordNeeds]:
    """The needed sets of ``patterns`` (:func:`needed_chars`) as bits, and a needed word set of
    each (:func:`needed_words`), read once per tuple."""
    entry = _NEEDS.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        bits: dict[frozenset[str], int] = {}
        needs = []
        for pattern in patterns:
            need = 0
            for chars in needed_chars(pattern):
                need |= bits.setdefault(chars, 1 << len(bits))
            needs.append(need)
        of_char: dict[str, int] = {}
        for chars, bit in bits.items():
            for char in chars:
                of_char[char] = of_char.get(char, 0) | bit
        # (of the word sets, the one with the fewest words: one test per pattern)
        words = tuple(min(needed_words(pattern), key=len, default=()) for pattern in patterns)
        entry = (patterns, of_char, tuple(needs), words)
        _NEEDS[id(patterns)] = entry
    return entry[1], entry[2], entry[3]


def possible_matches(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[bool]:
    r"""For each of ``patterns``, False when ``text`` lacks a character every match of it needs
    (:func:`needed_chars`; one pass over the text's characters for all of them) or, past that, a
    word (:func:`needed_words`): that pattern has no match in the text and need not be run.

    >>> possible_matches("2025年1月", (re.compile(r"\d+(?=月)"), re.compile(r"\d+(?=日)")))
    [True, False]
    """
    of_char, needs, words = _needs_table(patterns)
    present = 0
    for char in of_char.keys() & set(text):  # (the characters of the text some pattern needs)
        present |= of_char[char]
    holds = text.__contains__
    return [
        present & need == need and (not held or any(map(holds, held)))
        for need, held in zip(needs, words, strict=True)
    ]


#: Entries a per-rules memo holds before it is cleared (memory stays bounded).
MEMO_MAX = 100_000
F = TypeVar("F", bound=Callable[..., Any])


def remembered_per_rules(func: F) -> F:
    """``func(key, rules, *args, **kwargs)``, a pure function of the rules object and of hashable
    other arguments that returns an immutable value, remembered per rules object (reports repeat
    their clauses and subjects); the memo is cleared when it holds :data:`MEMO_MAX` entries.

    >>> calls = []
    >>> @remembered_per_rules
    ... def size(key, rules):
    ...     calls.append(key)
    ...     return len(key)
    >>> size("增加值", load_rules()), size("增加值", load_rules()), calls
    (3, 3, ['增加值'])
    """
    memo: dict[tuple, tuple[Rules, Any]] = {}

    @wraps(func)
    def remembered(key: Any, rules: Rules, *args: Any, **kwargs: Any) -> Any:
        index = (id(rules), key, args, tuple(kwargs.items()) if kwargs else ())
        hit = memo.get(index)
        if hit is not None and hit[0] is rules:
            return hit[1]
        value = func(key, rules, *args, **kwargs)
        if len(memo) >= MEMO_MAX:
            memo.clear()
        memo[index] = (rules, value)
        return value

    return cast(F, remembered)


def joined_words(rules: Rules, *names: str) -> tuple[str, ...]:
    """The word lists ``names`` of ``rules`` (a mapping: its keys) joined in that order, once per
    rules object.

    >>> joined_words(load_rules(), "stage_verbs")[:2]
    ('基本建成', '开工建设')
    """

    def join(rules: Rules) -> tuple[str, ...]:
        words: tuple[str, ...] = ()
        for name in names:
            words += tuple(getattr(rules, name))  # (a dict gives its keys, in order)
        return words

    return per_rules(rules, ("joined", names), join)


def _measure_pattern(rules: Rules) -> re.Pattern[str]:
    """``measure_patterns`` as one alternation (group ``pN`` for pattern N), tried in order: one
    match per subject instead of one per pattern."""

    def build(rules: Rules) -> re.Pattern[str]:
        return re.compile(
            "|".join(f"(?P<p{i}>{p.pattern})" for i, (p, _) in enumerate(rules.measure_patterns))
        )

    return per_rules(rules, "measure_patterns", build)


#: 等 closing a list of examples (柳林公园等13座), not 等级 / 等同.
#: (not the 等 of a word: 高等学校, 中等职业教育, 初等, 同等, 平等, 对等, 均等, 相等, 一等奖, 立等可取,
#: 差等路; nor the verb 等于 / 等於, equal to)
#: A batch of things named before their count (首批, 第二批, 全国首批 + 5个国家公园): the subject
#: keeps it, the measure is the things (the gold's 首批国家公园 / 国家公园, session 49).
BATCH_WORD = r"(?:全国|全省|全市|全区|国家)?(?:首批|第[一二三四五六七八九十\d]{1,3}批)"
BATCH_OPENING = re.compile(BATCH_WORD)
ETC = re.compile(r"(?<![高中初同平对均相特一二三立差])等(?![级次同于於])")


@remembered_per_rules  # (one call per quantity row; reports repeat their subjects)
def measure_of(subject: str, rules: Rules, unit_class: str = "", unit: str = "") -> str:
    """The short measure of a subject: the longest ``measure_words`` entry it ends with, else
    the subject itself.

    >>> measure_of("高技术制造业增加值", load_rules()), measure_of("地区生产总值", load_rules())
    ('增加值', '地区生产总值')

    What is changed is the measure of its net change and gap (经营主体净增 -> 经营主体;
    民间投资增速与全国之差 -> 民间投资).

    >>> measure_of("各类经营主体净增", load_rules()), measure_of("民间投资增速与全国之差", load_rules())
    ('各类经营主体', '民间投资')
    >>> measure_of("居民消费价格总水平", load_rules())
    '居民消费价格'
    >>> measure_of("钢的产量", load_rules())
    '钢产量'

    A new word or a verb of what was done to the things (``subject_action_verbs``) stays in the
    subject (CONVENTIONS.md, round 15), not in the measure.

    >>> measure_of("引进高层次人才", load_rules()), measure_of("培育技术经理人", load_rules())
    ('高层次人才', '技术经理人')
    >>> measure_of("建成县域医共体", load_rules()), measure_of("新开工保障性安居工程", load_rules())
    ('县域医共体', '保障性安居工程')
    >>> measure_of("增加停车泊位", load_rules(), "count")
    '停车泊位'

    A verb that makes a noun with what follows it stays (建成区, 开发区, 建设用地):

    >>> measure_of("建成区绿化覆盖率", load_rules()), measure_of("开发区生产总值", load_rules())
    ('建成区绿化覆盖率', '开发区生产总值')

    An indicator named by another word is measured by that indicator (``measure_aliases``).

    >>> measure_of("经济增长", load_rules())
    '国内生产总值'

    A payer's spending on a purpose is measured as spending (``measure_patterns``).

    >>> measure_of("中央财政科技支出", load_rules()), measure_of("中央财政支出", load_rules())
    ('支出', '中央财政支出')

    A count of things of a generic kind (unit class ``count``) is measured by that kind, the
    counted thing, not thing + 数 (``count_measure_heads``; CONVENTIONS.md, round 28):
    省级以上专精特新企业 (家) -> 企业; registered
    entities counted in 户 (``count_measure_entity_units``) are not.

    >>> measure_of("省级以上专精特新企业", load_rules(), "count")
    '企业'
    >>> measure_of("获批的职业本科大学", load_rules(), "count")
    '高校'
    >>> measure_of("省级以上专精特新企业", load_rules(), "money")
    '省级以上专精特新企业'
    >>> measure_of("规模以上工业企业", load_rules(), "count", "户")
    '规模以上工业企业'

    A length of things done is measured by the things' length (round 19).

    >>> measure_of("新建改建农村公路里程", load_rules(), "length", "万公里")
    '农村公路里程'
    >>> measure_of("铁路营业里程", load_rules(), "length", "万公里")
    '营业里程'

    A count of laws or regulations is measured by the documents (``law_making``, round 117).

    >>> measure_of("制定或修订行政法规", load_rules(), "count", "件")
    '行政法规'

    A batch says which things are counted, not what they are.

    >>> measure_of("第二批重点改革", load_rules(), "count", "项")
    '重点改革'

    Examples a 等 closes say which things the measure covers, not what it is.

    >>> measure_of("天开高教科创园科创、金融等服务机构", load_rules(), "count", "家")
    '服务机构'
    """
    etc = [m.end() for m in ETC.finditer(subject)]
    if etc and len(subject) - etc[-1] >= 2:
        subject = subject[etc[-1] :]  # (a subject the extractor built keeps them, CONVENTIONS.md)
    batch = BATCH_OPENING.match(subject)
    if batch and len(subject) - batch.end() >= 2:
        subject = subject[batch.end() :]  # 首批国家公园 -> 国家公园
    if subject in rules.measure_aliases:
        return rules.measure_aliases[subject]
    if subject.endswith("的产量") and subject[:-3] in rules.output_products:
        subject = rules.output_products[subject[:-3]]  # 钢的产量 -> 钢产量 (the 的 is the text's)
    length = rules.length_measure
    if unit_class == "length" and length and subject.endswith(length) and len(subject) > 3:
        # 新建改建农村公路里程 -> 农村公路里程: the things' measure with the length word
        # (CONVENTIONS.md, round 19); a measure the text names (营业里程) is a measure word
        named = (w for w in rules.measure_words if len(w) > len(length) and w.endswith(length))
        if not any(subject.endswith(w) for w in named):
            return measure_of(subject[: -len(length)], rules) + length
    if unit_class == "count" and subject.endswith(rules.law_documents):
        # 提请全国人大常委会审议法律议案 -> 法律议案: a count of laws is measured by the documents
        return next(d for d in rules.law_documents if subject.endswith(d))
    if unit_class == "count" and not unit.endswith(rules.count_measure_entity_units):
        bare = subject.strip("“”\"' ")
        heads = ending_words(bare, joined_words(rules, "count_measure_heads"))
        head = heads[0] if heads else ""
        if head:
            return rules.count_measure_heads[head]
    matched = _measure_pattern(rules).fullmatch(subject) if rules.measure_patterns else None
    if matched and matched.lastgroup:
        # 中央财政科技支出 -> 支出 (see ``measure_patterns``; the first pattern that matches)
        return rules.measure_patterns[int(matched.lastgroup[1:])][1]
    # 引进高层次人才 -> 高层次人才: the measure is the things, not what was done to them
    done_words = joined_words(rules, "new_subject_words", "action_verbs", "stage_verbs")
    done = next(iter(starting_words(subject, done_words)), "")
    if not done and subject.startswith("新"):
        # 新开工重点工程 -> 重点工程: the new word with a stage verb
        done = next((f"新{w}" for w in rules.stage_verbs if subject.startswith(w, 1)), "")
    if not done and subject.startswith("新"):
        done = new_verb_opening(subject)  # 新认定院士工作站 -> 院士工作站 (round 40)
    if not done and subject.startswith(OBTAINING_VERB):
        done = OBTAINING_VERB  # 争取中央预算内投资 -> 中央预算内投资: what was obtained (round 40)
    if not done and unit_class == "count":
        # 增加开放口岸 (个) -> 开放口岸: a verb of addition before counted units (round 46)
        done = next((w for w in ADDED_VERBS if subject.startswith(w)), "")
    done = forward_chain(subject, done, done_words)  # 改造和新建县医院: the whole chain
    if done and len(subject) - len(done) >= 2 and not VERB_COMPOUND.match(subject, len(done)):
        subject = subject[len(done) :]
    gap = re.match(r"(.{2,}?)(?:增速|增幅|涨幅|增长率)?与.+之差$", subject)
    if gap:
        subject = gap.group(1)
    for word in rules.object_verbs.values():
        if subject.endswith(word) and len(subject) > len(word) + 1:
            subject = subject[: -len(word)]
            break
    for word in rules.price_level_suffixes:  # 居民消费价格总水平 -> 居民消费价格
        if subject.endswith("价格" + word):
            subject = subject[: -len(word)]
            break
    measure = _measure(subject, rules.measure_words, rules.measure_scope_words)
    return rules.measure_aliases.get(measure, measure)  # 全国粮食总产量 -> 粮食总产量 -> 粮食产量


#: What makes a noun of the verb before it (建成区, 开发区, 建设用地, 开放型): the verb is no
#: action done to the things measured (建成区绿化覆盖率 is measured as it is, not 区绿化覆盖率).
VERB_COMPOUND = re.compile(r"区(?![域县内外])|用地|型")
#: Verbs of addition before a counted noun (增加34个口岸): they say the counted things are added,
#: kept in the subject as 新增 is (CONVENTIONS round 44: 增加 / 新增 / 增补 settled), not in the
#: measure.
ADDED_VERBS = ("增加", "增补")


#: Joining words between the verbs of a chain (取消和下放246项…事项, 改造和新建县医院).
CHAIN_JOINS = ("和", "及", "、")


def forward_chain(phrase: str, verb: str, verbs: Iterable[str]) -> str:
    """``verb`` opening ``phrase`` with the verbs of ``verbs`` that follow it, joined directly or by
    和 / 及 / 、 (建成投产, 改造和新建): a chain of verbs governs its object as one predicate, so
    an item of the object's list takes the whole chain, as :func:`verb_chain` keeps it before
    the first item. Each step consumes a verb of at most four characters (bounded, linear).

    >>> forward_chain("建成投产露天煤矿", "建成", ("建成", "投产")), forward_chain("改造和新建医院", "改造", ("新建",))
    ('建成投产', '改造和新建')
    >>> forward_chain("建成和平路", "建成", ("建成",)), forward_chain("医院", "", ("新建",))
    ('建成', '')
    """
    if not verb:
        return verb
    words = frozenset(verbs)
    end = len(verb)
    while end < len(phrase):
        join = 1 if phrase[end] in CHAIN_JOINS else 0
        size = next((k for k in range(4, 1, -1) if phrase[end + join : end + join + k] in words), 0)
        if not size or len(phrase) - (end + join + size) < 2:
            break
        end += join + size
    return phrase[:end]


#: The verb of obtaining funds or projects from above kept in a subject (quantities.context
#: obtained_object); the measure is what was obtained.
OBTAINING_VERB = "争取"


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's dictionary word -> part-of-speech tag table (loaded once, about 0.3 s), with the
    rules' ``word_tag_fixes`` (words jieba tags as another part of speech than they are read in
    the reports) over it."""
    import logging

    import jieba

    from govreport.tokens import jieba_word_tags

    jieba.setLogLevel(logging.ERROR)
    fixes = read_yaml(RULES_FILE).get("word_tag_fixes", {})
    # the table jieba.posseg's tagger reads, without importing jieba.posseg (its import reads
    # the dictionary line by line again)
    tags = jieba_word_tags()
    return {**tags, **{str(k): str(v) for k, v in fixes.items()}} if fixes else tags


@lru_cache(maxsize=1)
def common_words() -> dict[str, str]:
    """jieba's dictionary words of at least the corpus frequency floor
    (:func:`govreport.tokens.frequency_floor`: rarer entries are often n-grams, 占比达, 资金达)
    -> their part-of-speech tag."""
    import jieba

    from govreport.tokens import frequency_floor

    tags = word_tags()
    jieba.dt.check_initialized()
    freq = cast(dict[str, int], jieba.dt.FREQ)
    floor = frequency_floor(freq)
    return {w: tags[w] for w, f in freq.items() if f >= floor and w in tags}


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """jieba's common dictionary words tagged as idioms (``i``: 百家争鸣, 信心百倍, 五花八门), of
    four to eight characters: a numeral inside one is a word, not a figure.

    >>> all(w in idioms() for w in ("百家争鸣", "信心百倍", "五花八门")), "五年计划" in idioms()
    (True, False)
    """
    return frozenset(w for w, tag in common_words().items() if tag == "i" and 4 <= len(w) <= 8)


@lru_cache(maxsize=1)
def idiom_pieces() -> frozenset[str]:
    """Every piece (substring) of the :func:`idioms` (some 4,000): a numeral run that is none
    lies in no idiom, and its windows need not be looked up.

    >>> "百家" in idiom_pieces(), "二十七亿" in idiom_pieces()
    (True, False)
    """
    return frozenset(
        w[i:j] for w in idioms() for i in range(len(w)) for j in range(i + 1, len(w) + 1)
    )


def new_verb_opening(subject: str) -> str:
    """新 + the dictionary verb (of two or three characters) right after it opening ``subject``
    (新认定院士工作站 -> 新认定), the longest, else "" (quantities.context.new_verb_before).

    >>> new_verb_opening("新评定省级工程研究中心"), new_verb_opening("新能源汽车")
    ('新评定', '')
    """
    tags = word_tags()
    return next(
        (subject[:k] for k in (4, 3) if tags.get(subject[1:k]) == "v" and len(subject) > k), ""
    )


@lru_cache(maxsize=4096)
def _measure(subject: str, words: tuple[str, ...], scopes: tuple[str, ...] = ()) -> str:
    bare = unquoted(subject)
    word = next((w for w in words if bare.endswith(w) and len(bare) > len(w)), "")
    return word or measure_head(bare, scopes)


#: Quotation marks that may open or close a subject.
OPENING_QUOTES, CLOSING_QUOTES = "“\"'", "”\"'"


def unquoted(subject: str) -> str:
    """``subject`` without the quotation marks around it or a lone one at an end, not those of a
    quoted name that opens it (“一带一路”科技交流大会 keeps its marks).

    >>> unquoted("“一带一路”科技交流大会"), unquoted("“专精特新”"), unquoted("专精特新”企业”")
    ('“一带一路”科技交流大会', '专精特新', '专精特新”企业')
    """
    bare = subject.strip(" ")
    if bare[:1] in OPENING_QUOTES and bare[-1:] in CLOSING_QUOTES and len(bare) >= 2:
        inner = bare[1:-1]
        if not any(c in inner for c in OPENING_QUOTES + CLOSING_QUOTES):
            return inner  # “专精特新”: the whole subject quoted
    if bare[:1] in OPENING_QUOTES and not any(c in bare[1:] for c in CLOSING_QUOTES):
        bare = bare[1:]  # (a lone opening mark)
    if bare[-1:] in CLOSING_QUOTES and not any(c in bare[:-1] for c in OPENING_QUOTES):
        bare = bare[:-1]  # (a lone closing mark)
    return bare


def measure_head(subject: str, scopes: tuple[str, ...]) -> str:
    """The head of a subject that ends with no measure word: what follows its last 的 (the
    modifiers before it say whose or which: 全国职工的工资总额 -> 工资总额), then without one
    leading scope word (``measure_scope_words``: 国家外汇储备 -> 外汇储备) that leaves at least
    three characters. A ratio named with 与 (A与B的比率) is its own measure.

    >>> scopes = ("全社会", "国家")
    >>> measure_head("全社会固定资产投资", scopes), measure_head("城乡人民的储蓄存款", scopes)
    ('固定资产投资', '储蓄存款')
    >>> measure_head("社会物流总费用与GDP的比率", scopes), measure_head("国家级专精特新企业", scopes)
    ('社会物流总费用与GDP的比率', '国家级专精特新企业')
    >>> measure_head("国家和地区", scopes)
    '国家和地区'
    """
    head = subject
    if "的" in head and "与" not in head:
        tail = head.rsplit("的", 1)[1]
        head = tail if len(tail) >= 2 else head
    scope = next(
        (
            w
            for w in scopes
            if head.startswith(w) and len(head) - len(w) >= 3 and head[len(w)] not in "级和与及、"
        ),
        "",
    )  # 国家级专精特新企业: a rank of designation, not a scope; 国家和地区: a pair, not a scope
    return head[len(scope) :]
