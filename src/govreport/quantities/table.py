"""The ``indicators`` and audit tables of a report (contract in DESIGN.md)."""

from __future__ import annotations

import gc
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import pandas as pd

from govreport.errors import StructureWarning
from govreport.quantities.context import (
    MONTHS_SPAN,
    Quantity,
    _add_context,
    announces_list,
    arabic_years,
    carried_period,
    ends_carried_period,
    estimate_lead,
    estimate_note,
    estimate_opens_clause,
    figure_estimate_note,
    heading_period,
    heading_span,
    heading_span_run,
    inner_span,
    is_magnitude_grade,
    last_clause_year,
    months_run,
    nested_period,
    noted_estimate,
    opening_period,
    part_opening_period,
    part_period,
    parts_take_the_whole,
    running_years,
    sentence_range,
    without_placeholder_figures,
)
from govreport.quantities.numeral_runs import (
    Run,
    UnitMatch,
    _leftover,
    claim_exclusions,
    idiom_runs,
    mask_long_runs,
    numeral_runs,
    read_number,
)
from govreport.quantities.programmes import mark_programme_targets, programme_ends
from govreport.quantities.rules import (
    Rules,
    contains_any,
    load_glossary,
    load_rules,
    measure_of,
    subject_english,
)
from govreport.report import (
    LATE_SESSION_MONTH,
    Part,
    ReadProgress,
    Report,
    Sentence,
    base_role,
    parse_report,
    published_story,
    session_month,
)
from govreport.traditional import as_written, written_forms

COLUMNS = [
    "report_id", "indicator_id", "part", "part_role", "section", "sentence_id",
    "char_start", "char_end", "quote", "subject", "subject_en", "measure", "value", "value_num",
    "value_high", "unit", "value_base", "unit_base", "kind", "period_kind", "year", "span",
    "qualifier", "number_start", "number_end",
]  # fmt: skip
#: Where a row of :func:`_row_values` holds its indicator id.
INDICATOR_ID = COLUMNS.index("indicator_id")
#: A paragraph that is a year alone (2026年, a digest's sub-heading): the year of the paragraphs
#: after it in its part, until another such one (a news digest of 2026: 辽宁落点 / 2026年 /
#: 地区生产总值增长4.5%左右 / …, session 50).
YEAR_HEADING = re.compile(r"((?:19|20)\d{2})年[：:]?")
AUDIT_COLUMNS = [
    "report_id", "sentence_id", "char_start", "char_end", "run_text", "script", "status",
    "exclusion_reason", "indicator_id", "context",
]  # fmt: skip


# --------------------------------------------------------------------------- rules


def read_sentence(
    sentence: Sentence,
    report: Report,
    rules: Rules,
    inherited: tuple[str, int | None] | None = None,
    years: tuple[int | None, int | None] | None = None,
    carried_year: int | None = None,
    carried_lead: tuple[str, ...] = (),
    carried_estimate: int | None = None,
    paragraph_opening: str = "",
    progress: ReadProgress | None = None,
    role: str | None = None,
    estimate_year: int | None = None,
) -> tuple[list[Quantity], dict[int, tuple[str, str]], list[Run]]:
    """Quantities of a sentence, and the fate of each of its numeral runs (``carried_year``: the
    clause year of the paragraph's earlier sentences, see :func:`last_clause_year`;
    ``carried_lead``: the estimate opening the paragraph, see :func:`estimate_lead`;
    ``carried_estimate``: the year of the estimate a review paragraph opens with, see
    :func:`paragraph_estimate`; ``paragraph_opening``: the first sentence of its paragraph;
    ``progress``: told how far a long sentence is read, see :data:`govreport.report.ReadProgress`;
    ``role``: the role the sentence is read in when not its part's, see
    :attr:`govreport.report.Report.targets_as_plan`; ``estimate_year``: the year 预计 estimates
    in a part without a review or plan heading, see :func:`estimated_year`).

    Returns ``(quantities, fate, runs)`` where ``fate[run_index] = (status, reason)``.
    """
    offset = sentence.clean_start
    runs = numeral_runs(sentence.text, offset)
    text, long = mask_long_runs(sentence.text, runs, offset)
    fate: dict[int, tuple[str, str]] = {i: ("excluded", "code") for i in long}
    for i, reason in claim_exclusions(text, runs, rules, offset).items():
        fate.setdefault(i, ("excluded", reason))
    for i in idiom_runs(text, runs, offset):
        fate.setdefault(i, ("excluded", "word"))
    quantities: list[Quantity] = []
    consumed_until = 0
    # (the units after a list's figures, read once each: numeral_runs._list_unit_matches)
    units_read: dict[int, UnitMatch | None] = {}
    for index, run in enumerate(runs):
        if index in fate or run.start - offset < consumed_until:
            continue
        reading = read_number(text, run.start - offset, rules, units_read)
        if reading is None:
            continue
        quantities.append(Quantity(reading, sentence))
        consumed_until = reading.end
        j = index
        while j > 0 and runs[j - 1].start - offset >= reading.start:
            j -= 1  # (四、五十亿元: the range's low digit, a run before the one read)
        while j < len(runs) and runs[j].start - offset < reading.end:
            if reading.start <= runs[j].start - offset and j not in fate:
                fate[j] = ("quantity", str(len(quantities) - 1))
            j += 1
    for index, run in enumerate(runs):
        if index not in fate:
            fate[index] = _leftover(text, run, offset, rules)
    total = len(report.clean_text)
    rows_read = None if progress is None else (lambda at: progress(offset + at, total))
    _add_context(
        quantities, text, report, rules, inherited, years, carried_year, carried_lead,
        carried_estimate, paragraph_opening, rows_read, role, estimate_year,
    )  # fmt: skip
    for q in quantities:
        if q.period_kind == "actual" and "预计" in q.qualifier:
            # 预计全区生产总值由2009年的3810亿元增长到2013年的8000亿元: the start value is the
            # statistic of its year, which the estimate does not govern (read as actual; the gold
            # has no actual row hedged 预计)
            q.qualifier = [h for h in q.qualifier if h != "预计"]
        if q.reading.unit_class == "digits" and q.kind == "growth_pct":
            # 保持两位数增长: read as a rate (its period, no 累计), reported as the class of
            # rates it names, at least 10 % (the gold's kind other since heldout10/11)
            q.kind = "other"
    return quantities, fate, runs


#: A sentence opening with the basis a figure is computed on (按可比价格计算，比上年增长17.4%):
#: it goes on with the figure of the sentence before.
BASIS_OPENING = re.compile(
    r"\s*(?:按可比价格计算|按可比价计算|按可比口径计算|扣除价格因素|扣除物价因素|剔除价格因素|按现价计算)[，,]"
)


def basis_sentence_subject(text: str, subject: str, previous: str) -> str:
    """The subject of the first figure of a sentence that opens with a basis of computation and
    names nothing (``subject`` empty): ``previous``, the last subject of the sentence before in
    its paragraph (a city's yearbook page of 1997, session 55); else ``subject``.

    >>> basis_sentence_subject(" 按可比价格计算，比上年增长17.4%。", "", "全部工业增加值")
    '全部工业增加值'
    >>> basis_sentence_subject("比上年增长17.4%。", "", "全部工业增加值")
    ''
    """
    if subject or not previous or not BASIS_OPENING.match(text):
        return subject
    return previous


def estimated_year(report: Report, review_year: int | None) -> int | None:
    """The year 预计 estimates in a part without a review or plan heading, when the report's
    date line says: the year under review for a session held early in the plan year or at the
    end of the year under review (its figures are estimates before the year's statistics:
    ——2013年1月16日在…, ——2018年12月22日在…, county reports), else ``None`` (the plan year, the
    running year of a report given during it: national 1954, delivered in September).

    >>> from govreport.report import parse_report
    >>> text = "报告\\n——2013年1月16日在某县人民代表大会上\\n预计生产总值增长10%。"
    >>> estimated_year(parse_report(text), 2012)
    2012

    A text with no such date whose estimates that name a year all name the year under review
    (预计2023年，全县地区生产总值…。…预计全年…: a county's news story of its year, session 51)
    estimates that year throughout:

    >>> estimated_year(parse_report("预计2023年，全县生产总值增长2.5%。\\n预计全年工业投资增长8%。"), 2023)
    2023

    So does a text of a year since the sessions meet early in the year (:data:`EARLY_SESSIONS_SINCE`)
    that writes no such date and estimates no other year; not one of the years when they met in
    any month (national 1954, delivered in September):

    >>> estimated_year(parse_report("投资预计增长3%。"), 2025), estimated_year(parse_report("预计增长3%。"), 1953)
    (2025, None)
    """
    month = session_month(report.clean_text)
    if month is None:
        # (a news story of the session, dated by its page: 2009-01-08 … 东北网1月8日讯 在提交…的
        # 《政府工作报告》中, 预计全年… estimates the year under review; a city's digest, session 50)
        story = published_story(report.raw_text)
        month = story[1] if story is not None else None
    if month is None and review_year is not None:
        # (since the mid-1980s the sessions are held in the first months of the year, or at the
        # year's end, session 51: a digest of 2026 read 投资预计分别增长… as 2026's)
        named = {int(y) for y in ESTIMATED_YEAR.findall(report.clean_text)}
        early_sessions = review_year >= EARLY_SESSIONS_SINCE
        return review_year if named == {review_year} or (early_sessions and not named) else None
    early, late = EARLY_SESSION_MONTHS, LATE_SESSION_MONTH
    return review_year if month is not None and (month <= early or month >= late) else None


#: An estimate naming its year (预计2023年, 預計全年2023年), simplified or traditional.
ESTIMATED_YEAR = re.compile(r"[预預][计計](?:全年)?((?:19|20)\d{2})\s?年")


#: The first year under review from which a report with no date line is taken to be given at
#: a session held early in the plan year or at the end of the year under review (the national
#: sessions have been held in March since 1985; those of 1954-1981 met in any month).
EARLY_SESSIONS_SINCE = 1984
#: The last month of a session held early in its plan year (most are held in January to March).
EARLY_SESSION_MONTHS = 6


#: A section heading naming one year, no span (（一）2010年经济社会发展目标和任务全面完成), and
#: the words of one that names more (（一）2010年和“十一五”时期…, 2006—2010年, 2011年以来).
SINGLE_YEAR_TITLE = re.compile(r"(?:19|20)\d{2}\s?年")
SPAN_IN_TITLE = re.compile(r"五年|十[一二三四五]五|以来|期间|时期|\d{4}\s?年?\s?[-—－～~至到]")


def single_year_section(part: Part, section: int) -> bool:
    """Whether a section of a part on several years opens on one year of them (a district's
    review of the “十一五”时期 whose section (一)2010年经济社会发展目标和任务全面完成 holds the
    figures of 2010: session 62); its figures have no span of the part's.

    >>> from govreport.report import parse_report
    >>> r = parse_report("一、“十一五”时期工作回顾\\n（一）2010年目标全面完成\\n增长10%。\\n"
    ...     "（二）五年来成就显著\\n增长12%。\\n二、2011年工作安排\\n增长8%。")
    >>> [single_year_section(r.parts[-2], s.index) for s in r.parts[-2].sections][1:]
    [True, False]
    """
    if not part.role.endswith("_multiyear"):
        return False
    title = next((s.title for s in part.sections if s.index == section), "")
    return bool(SINGLE_YEAR_TITLE.match(title)) and not SPAN_IN_TITLE.search(title)


def paragraph_estimate(role: str, quantities: list[Quantity]) -> int | None:
    """The year a review paragraph's first sentence estimates (its first figure is ``expected``,
    一九五七年的工业总产值…预计达到…), which frames the paragraph's later figures of that year
    (heldout14 and heldout18 call: the 1957 figures of a report delivered before the year's
    statistics are estimates, 预计 said once); ``None`` otherwise."""
    if role != "review" or not quantities or quantities[0].period_kind != "expected":
        return None
    return quantities[0].year


# --------------------------------------------------------------------------- tables


def _fmt(value: float | None) -> float | None:
    """``value`` rounded to 10 significant digits (the float noise of products taken off).

    >>> _fmt(0.1 * 3), _fmt(120.0), _fmt(-3.0), _fmt(None)
    (0.3, 120.0, -3.0, None)
    """
    if value is None:
        return None
    if type(value) is float and value.is_integer() and -WHOLE_EXACT < value < WHOLE_EXACT:
        return value  # (a whole number of at most 10 digits prints and reads back as it is)
    return float(f"{value:.10g}")


#: Whole numbers below this in size have at most 10 digits: :func:`_fmt` keeps them as they are.
WHOLE_EXACT = 10**10


def _row_values(
    q: Quantity,
    k: int,
    report: Report,
    glossary: dict[str, str],
    part_role: str,
    forms: dict[str, str] | None = None,
    names: dict[tuple[str, str, str], tuple[str, str]] | None = None,
) -> tuple:
    """One ``indicators`` row, in the order of :data:`COLUMNS`; the texts read from the clean view
    (subject, measure, value, unit, span) in the report's own characters (``forms``: see
    :func:`govreport.traditional.written_forms`). ``names`` remembers the English name and measure
    of each subject for one report (one glossary and rules object), see :func:`subject_names`. A
    report's rows are kept as tuples: the table is built from them at once."""
    r, s = q.reading, q.sentence
    forms = forms or {}
    offset = s.clean_start
    sub_a = r.start if q.subject_start is None else q.subject_start
    sub_b = r.end if q.subject_end is None else q.subject_end
    clean_a, clean_b = offset + sub_a, offset + sub_b
    raw_a, raw_b = report.raw_span(clean_a, clean_b)
    num_a, num_b = report.raw_span(offset + r.number_start, offset + r.number_end)
    unit_base = r.unit_base
    if r.unit_class == "magnitude":
        # a bare magnitude is money when its subject names money, and as a grade (千亿级产业集群:
        # the size class of an industry, firm, project or park is its output or investment, as
        # every grade row of the corpus gold writes it)
        grade = is_magnitude_grade(s.text, r)
        unit_base = "元" if grade or contains_any(q.subject, _rules_money()) else ""
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
    sign = -1 if q.minus else q.sign  # (增长-3.5%, 降幅由-14.2%: value_num negative as written)
    # (a template's masked figures leave the subject as it is written out, not as it was read:
    # the reading still takes 地区生产总值XX亿元 as a figure's words)
    subject = without_placeholder_figures(q.subject)
    english, measure = subject_names(subject, r.unit_class, r.unit, glossary, names)
    value, unit, span = r.value, r.unit, q.span
    if forms:  # (in the report's own characters; without forms each text is as written)
        subject, measure, value = (as_written(x, forms) for x in (subject, measure, value))
        unit, unit_base, span = (as_written(x, forms) for x in (unit, unit_base, span))
    return (
        report.report_id,  # report_id
        f"{s.sentence_id}-{k}",  # indicator_id
        s.part,  # part
        part_role,  # part_role
        s.section,  # section
        s.sentence_id,  # sentence_id
        raw_a,  # char_start
        raw_b,  # char_end
        report.raw_text[raw_a:raw_b],  # quote
        subject,  # subject
        english,  # subject_en
        measure,  # measure
        value,  # value
        _fmt(sign * r.value_num),  # value_num
        _fmt(sign * r.value_high) if r.value_high is not None else None,  # value_high
        unit,  # unit
        _fmt(sign * value_base),  # value_base
        unit_base,  # unit_base
        q.kind,  # kind
        q.period_kind,  # period_kind
        q.year,  # year
        span,  # span
        "|".join(q.qualifier),  # qualifier
        num_a,  # number_start
        num_b,  # number_end
    )


def subject_names(
    subject: str,
    unit_class: str,
    unit: str,
    glossary: dict[str, str],
    names: dict[tuple[str, str, str], tuple[str, str]] | None = None,
) -> tuple[str, str]:
    """The English name of a subject and its measure (clean view), remembered in ``names`` (a
    report's rows repeat their subjects; the glossary and rules are the same for all of them)."""
    key = (subject, unit_class, unit)
    found = names.get(key) if names is not None else None
    if found is None:
        found = (
            subject_english(subject, glossary),
            measure_of(subject, load_rules(), unit_class, unit),
        )
        if names is not None:
            names[key] = found
    return found


def _rules_money() -> tuple[str, ...]:
    return load_rules().money_subject_words


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused inside the block, and enabled again after it if
    it was before. The extraction allocates a few container objects per row (the quantity, its
    reading, lists, memo entries) that form no cycles, and each collection walks all the rows
    and memos kept so far: about a tenth of the time on a dense 1 MB text (issue 11). Reference
    counting still frees everything as it is dropped; peak memory stays the same.

    >>> with cyclic_gc_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_report_quantities(
    report: Report, rules: Rules | None = None, progress: ReadProgress | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(indicators, audit)`` tables of a report (``progress``: told after each sentence)."""
    with cyclic_gc_paused():
        return _read_report_quantities(report, rules, progress)


def _read_report_quantities(
    report: Report, rules: Rules | None = None, progress: ReadProgress | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`read_report_quantities`, with the collector as it is."""
    rules = rules or load_rules()
    glossary = load_glossary()
    roles = {p.index: p.role for p in report.parts}
    # a report delivered at the end of its year reviews that year and plans the next
    written = arabic_years(report.clean_text)  # (read once: the programmes read it too)
    years = running_years(
        written,
        (report.review_year, report.plan_year),
        [p.first_year for p in report.parts if p.role == "plan"],
    )
    periods = {p.index: part_period(p.title, rules, years) for p in report.parts}
    late = report.plan_year is not None and years[1] is not None and report.plan_year < years[1]
    last_year = report.plan_year - 1 if late and report.plan_year is not None else years[0]
    estimate_year = estimated_year(report, years[0])
    parts = {p.index: p for p in report.parts}
    forms = written_forms(report.raw_text, report.clean_text, report.clean_to_raw)
    programmes = programme_ends(written, rules)
    rows: list[tuple] = []  # (one tuple per row: see _row_values)
    audit: list[tuple] = []
    names: dict[tuple[str, str, str], tuple[str, str]] = {}  # subject -> English name, measure
    paragraph, opened, carried = (-1, -1, -1), None, None
    last_subject = ""  # (the last figure's subject in the paragraph: basis_sentence_subject)
    opened_inner: tuple[str, int | None] | None = None  # a paragraph's own inner span
    resumed: tuple[str, int | None] | None = None  # a lead paused by a paragraph's own year
    clause_year: int | None = None
    heading_year: int | None = None  # (the year a paragraph of its own names: YEAR_HEADING)
    lead: tuple[str, ...] = ()
    open_estimate: tuple[str, ...] = ()  # an estimate's ；-list a paragraph left open
    run_lead: tuple[str, ...] = ()  # (that estimate, framing the next paragraph's first sentence)
    # 预计（下同）: an estimate the writer notes holds below, for the rest of its part
    noted: tuple[str, ...] = ()
    estimate: int | None = None
    figures = 0  # quantities read so far in the paragraph
    own: tuple[str, int | None] | None = None  # the period the paragraph opens on
    one_year = False  # (the section's heading names one year: single_year_section)
    opening = ""  # the paragraph's first sentence
    read_before: list[Quantity] = []  # the figures of the paragraph's last sentence with any
    open_span = ""  # the months span of a ；-list a paragraph left open (1-9月…;⏎…)
    spans_of_parts: dict[int, str] = {}  # part -> the part of the year its heading names
    for sentence in report.sentences():
        key = (sentence.part, sentence.section, sentence.paragraph)
        said = arabic_years(sentence.text)  # the time cues read 一九七八年 as 1978年
        now = opening_period(said, rules, years)  # (read once: a paragraph's opening uses it too)
        if key != paragraph:
            if key[0] != paragraph[0]:
                carried = part_opening_period(parts[sentence.part].title, rules, years)
                resumed, noted, heading_year = None, (), None
                noted_below: tuple[str, ...] = ()  # 1410亿元(预计数，下同): the rest of its part
            carried, resumed = carried or resumed, None
            if key[:2] != paragraph[:2]:
                one_year = single_year_section(parts[sentence.part], sentence.section)
                if one_year:  # ((一)2010年…目标全面完成 in a part on the “十一五”时期)
                    carried = resumed = None
            if ends_carried_period(said, carried[1] if carried else None):
                if periods[sentence.part] is not None:
                    # 粮食产量…，去年达到… in a part on the “十一五”时期 under 五年来，我们主要做了以下
                    # 工作: the year governs its paragraph; the lead line governs the next ones
                    resumed = carried
                carried = None
            opened_year = now
            if periods[sentence.part] is not None and opened_year and not opened_year[0]:
                # 刚刚过去的2025年，… inside “十四五”时期工作回顾: the paragraphs after it are of
                # that year, not of the heading's period (heldout10: shanxi)
                carried = opened_year
            # 过去五年极不寻常。 opening a paragraph also governs the paragraphs after it, in a
            # part whose heading names no period of its own (过去一年和五年工作回顾); in one
            # that does, only a line without figures that opens on the period as a clause
            # (五年来，国民经济保持良好发展势头…: nearer than the part's heading) or on
            # another period (“十四五”时期是… after 过去五年，… in one part)
            # (五年内 inside a named plan's part ends with that plan: nested_period)
            if periods[sentence.part] is None:
                opened_here = nested_period(carried_period(said, rules, years), carried, years[1])
                if inner_span(opened_here, carried):
                    opened_inner, opened_here = opened_here, None
                carried = opened_here or carried
            elif not re.search(r"\d", said) or announces_list(said):
                # (未来五年，…努力实现以下8个方面主要目标。 counts the items it heads)
                in_force = carried or periods[sentence.part]
                other = nested_period(carried_period(said, rules, years), in_force, years[1])
                # a line announcing the paragraphs after it (五年来主要做了以下工作。, and as an
                # attribute, 五年来的主要工作及特点：) governs them with its period, nearer than the
                # part's heading: gold conventions round 34, the nearest governing period words
                # (own clause, paragraph, lead line, part title; 296 rows of 18 sets against 15)
                if other and in_force and other[1] == in_force[1] and not announces_list(said):
                    other = None
                heading = nested_period(heading_period(said, rules, years), in_force, years[1])
                if inner_span(heading or other, in_force):
                    # 近两年，面对…: the review's last years govern their own paragraph only
                    opened_inner = heading or other
                    heading = other = None
                carried = heading or other or carried
            paragraph, opened, clause_year = key, opened_inner or carried, heading_year
            opened_inner = None
            lead = estimate_lead(said, rules)  # 根据预计，… frames the whole paragraph
            noted_here: tuple[str, ...] = ()  # 生产总值(预计,下同): the rest of its paragraph
            estimate, first, figures = None, True, 0
            opening = sentence.text
            # (a summary whose ；-items a page set as paragraphs of their own, 预计完成本区生产总值
            # 418亿元，增长13%；⏎⏎全口径财政收入59.57亿元…；⏎⏎…: a district's review of 2009,
            # session 62: the estimate opening the first item frames the items after it, each
            # to its sentence's end)
            run_lead = open_estimate
        else:
            run_lead = ()
            first = False
            # (根据预计，… opening a later sentence frames the rest of its paragraph: 过去一年，主要
            # 经济指标均呈两位数增长。预计，完成地区生产总值…。规模以上工业增加值…。, a district's
            # review of 2009, session 62)
            lead = lead or estimate_lead(said, rules)
        inherited = opened or resumed or (None if one_year else periods[sentence.part])
        read_as = "plan" if sentence.sentence_id in report.targets_as_plan else None
        quantities, fate, runs = read_sentence(
            sentence, report, rules, inherited, years, clause_year,
            lead or run_lead or noted or noted_below or noted_here, estimate,
            opening, progress, read_as, estimate_year,
        )  # fmt: skip
        if not first and quantities:
            # 全部工业增加值完成341亿元。按可比价格计算，比上年增长17.4%: the basis sentence
            # goes on with the figure before it
            quantities[0].subject = basis_sentence_subject(
                sentence.text, quantities[0].subject, last_subject
            )
            # (…总产值33.36亿元。其中，农业产值7.58亿元: the parts of the whole before)
            parts_take_the_whole(quantities, read_before, said, rules)
        read_before = quantities if quantities or first else read_before
        if first and quantities and open_span:
            # (1-9月实现规上工业总产值4720万元,同比增长7.8%;⏎限上消费品零售总额5692万元…: the
            # months opening a ；-list a page set as lines of their own frame its next items, as
            # an estimate does: a sub-district's summary of 2022, session 69)
            months_run(quantities, open_span, said)
        part = parts[sentence.part]
        if base_role(part.role) == "review" and quantities:
            # (一、2021年1-11月工业经济指标完成情况: the part's figures are of those months)
            if sentence.part not in spans_of_parts:  # (read once per part)
                spans_of_parts[sentence.part] = heading_span(part.title, rules)
            if spans_of_parts[sentence.part]:
                heading_span_run(quantities, spans_of_parts[sentence.part], said, part.year, rules)
        list_open = said.rstrip(" \u3000").endswith(("；", ";"))  # (its items go on in lines)
        open_span = (
            quantities[-1].span
            if quantities
            and list_open
            and quantities[-1].period_kind in ("actual", "expected")
            and MONTHS_SPAN.search(quantities[-1].span)
            else ""
        )
        open_estimate = (
            ("预计",)
            if quantities
            and quantities[-1].period_kind == "expected"
            and "预计" in quantities[-1].qualifier
            and list_open
            # (not an item's own estimate after its subject: ——出口预计同比增长5.1%；⏎——城镇居民
            # 人均可支配收入同比增长5.7%；…, a city's plan report of 2021, session 70)
            and ("预计" not in said or estimate_opens_clause(said, said.index("预计")))
            else ()
        )
        if quantities:
            last_subject = quantities[-1].subject
        elif first:
            last_subject = ""
        noted = noted_estimate(said, rules) or noted
        noted_here = estimate_note(said) or noted_here
        noted_below = figure_estimate_note(said) or noted_below
        mark_programme_targets(quantities, said, programmes, rules)
        role = read_as or base_role(roles[sentence.part])
        if first:
            estimate = paragraph_estimate(role, quantities)
        clause_year = last_clause_year(said, last_year) or clause_year  # 去年 = last_year
        year_alone = YEAR_HEADING.fullmatch(said.strip()) if first else None
        if year_alone:
            heading_year = int(year_alone.group(1))
        figures += len(quantities)
        if role == "review" and periods[sentence.part] is None and not figures and not first:
            # 各位代表！…。回望过去五年，…。五年来，…。: in a review part, a paragraph without
            # figures whose later sentence opens on a multi-year period governs the paragraphs
            # after it, as one opening on it does (heldout13, heldout17: guizhou, the sections of
            # a part headed 2025年和“十四五”时期工作回顾; not in a report without parts, national
            # 1960, where such a line is an aside)
            if now and now[0]:
                carried = nested_period(now, carried, years[1]) or now
        # 过去五年，… / 五年来，… opening a sentence governs the rest of its paragraph; after the
        # paragraph's own opening (在过去的五年中，…。“六五”期间，…。), another name of the same
        # years governs its own sentence only (heldout21: national 1986)
        if first:
            own = now
        if not (own and now and not first and now[1] == own[1]) and not (
            not first and (inner_span(now, opened or periods[sentence.part]) or sentence_range(now))
        ):
            opened = nested_period(now, opened, years[1]) or opened
        ids = []
        # the sentence's own characters first (機製紙 where the report also writes 制度)
        here = forms and forms | written_forms(
            report.raw_text,
            report.clean_text,
            report.clean_to_raw,
            sentence.clean_start,
            sentence.clean_end,
        )
        for k, q in enumerate(quantities, 1):
            row = _row_values(q, k, report, glossary, roles[sentence.part], here, names)
            rows.append(row)
            ids.append(row[INDICATOR_ID])
        for index, run in enumerate(runs):
            status, reason = fate[index]
            raw_a, raw_b = report.raw_span(run.start, run.end)
            context = report.clean_text[max(run.start - 8, sentence.clean_start) : run.end + 8]
            audit.append(
                (
                    report.report_id,  # report_id
                    sentence.sentence_id,  # sentence_id
                    raw_a,  # char_start
                    raw_b,  # char_end
                    report.raw_text[raw_a:raw_b],  # run_text
                    run.script,  # script
                    status,  # status
                    "" if status == "quantity" else reason,  # exclusion_reason
                    ids[int(reason)] if status == "quantity" else "",  # indicator_id
                    as_written(context, here).replace("\n", " "),  # context
                )
            )
        if progress is not None:
            progress(sentence.clean_end, len(report.clean_text))
    indicators = pd.DataFrame(rows, columns=COLUMNS)
    indicators["year"] = indicators["year"].astype("Int64")
    return indicators, pd.DataFrame(audit, columns=AUDIT_COLUMNS)


def extract_quantities(
    report: Report, plan_year: int | None = None, progress: ReadProgress | None = None
) -> pd.DataFrame:
    """The ``indicators`` table of a report (contract in DESIGN.md), in document order.

    ``plan_year`` overrides the metadata / headings (the review year is then one before);
    ``progress`` is told after each sentence (:data:`govreport.report.ReadProgress`).

    >>> from govreport.report import parse_report
    >>> r = parse_report("一、2024年工作回顾\\n地区生产总值增长5.9%。\\n二、2025年工作安排\\n"
    ...                  "工业投资和技改投资分别增长8%和6%左右。")
    >>> columns = ["subject", "value", "kind", "period_kind", "year", "qualifier"]
    >>> extract_quantities(r)[columns]  # doctest: +NORMALIZE_WHITESPACE
      subject value        kind period_kind  year qualifier
    0  地区生产总值   5.9  growth_pct      actual  2024
    1    工业投资     8  growth_pct      target  2025        左右
    2    技改投资     6  growth_pct      target  2025        左右
    """
    if plan_year is not None:
        report = with_plan_year(report, plan_year)
    return read_report_quantities(report, progress=progress)[0]


def audit_numerals(
    report: Report, plan_year: int | None = None, progress: ReadProgress | None = None
) -> pd.DataFrame:
    """Every numeral run of the report and what became of it (``status``: quantity, excluded,
    unaccounted; ``exclusion_reason`` for exclusions; ``indicator_id`` for quantities)."""
    if plan_year is not None:
        report = with_plan_year(report, plan_year)
    return read_report_quantities(report, progress=progress)[1]


def with_plan_year(report: Report, plan_year: int) -> Report:
    """The report with its plan year set (and the review year one before): parsed again with
    it when the year differs from the one the report was read with, so that its part headings
    (过去五年, 明年的计划) count their years from it, as the metadata's year makes them do (the
    notes of that reading stay in ``notes``; they were told when the report was first read)."""
    metadata = {**report.metadata, "plan_year": plan_year, "review_year": plan_year - 1}
    if report.plan_year == plan_year:
        return replace(report, metadata=metadata)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        return parse_report(report.raw_text, report.report_id, report.encoding, metadata)


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
