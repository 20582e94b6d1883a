"""Named programmes a report dates once (一九五六年到一九六七年全国农业发展纲要) and the figures
their demands govern (纲要要求…达到四百斤): targets of the programme, of its end year.

A long programme's span is written once per report, usually where the report first names it;
the figures it requires are then stated without a year (按照纲要要求的水平计算，全国粮食总产量应该有
七千二百亿斤). Rules and reasons: ``programme_*`` in ``lexicon/quantity_rules.yml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping

from govreport.quantities.context import BASE_VALUE_BEFORE, Quantity
from govreport.quantities.rules import Rules

#: A programme named with its span: 1956年到1967年全国农业发展纲要, 1956—1967年科学发展远景规划
#: (years in Arabic digits, :func:`govreport.numerals.arabic_years`); the name is the
#: shortest Han run before a head of the rules.
DATED_NAME = r"(?:19|20)\d{{2}}年?(?:到|至|—|－|-|～)((?:19|20)\d{{2}})年的?([\u4e00-\u9fff]{{2,16}}?(?:{heads}))"


def programme_ends(text: str, rules: Rules) -> dict[str, int]:
    """The end year of each programme ``text`` names with its span, by name; a bare head of
    ``rules.programme_bare_heads`` (纲要) stands for the programme when the report dates only one
    programme with that head.

    >>> from govreport.quantities.rules import load_rules
    >>> programme_ends("关于1956年到1967年全国农业发展纲要的报告", load_rules())
    {'全国农业发展纲要': 1967, '纲要': 1967}
    """
    if not rules.programme_heads:
        return {}
    pattern = re.compile(DATED_NAME.format(heads="|".join(map(re.escape, rules.programme_heads))))
    ends: dict[str, int] = {}
    for m in pattern.finditer(text):
        ends.setdefault(m.group(2), int(m.group(1)))
    for head in rules.programme_bare_heads:
        years = {year for name, year in ends.items() if name.endswith(head)}
        if not years:
            years = target_years(text, head, rules)
        if len(years) == 1:
            ends[head] = years.pop()
    return ends


def _either(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, words))


def target_years(text: str, head: str, rules: Rules) -> set[int]:
    """The years a programme named by ``head`` sets its targets for, where ``text`` writes them
    after its demand (纲要修正草案所提出的1967年的指标): the programme's end when the report writes
    no span for it.

    >>> from govreport.quantities.rules import load_rules
    >>> target_years("达到全国农业发展纲要修正草案所提出的1967年的指标", "纲要", load_rules())
    {1967}
    """
    if not rules.programme_demands or not rules.programme_target_nouns:
        return set()
    drafts = f"(?:{_either(rules.programme_drafts)})?" if rules.programme_drafts else ""
    pattern = re.compile(
        f"{re.escape(head)}{drafts}(?:{_either(rules.programme_demands)})的?"
        rf"((?:19|20)\d{{2}})年的?(?:{_either(rules.programme_target_nouns)})"
    )
    return {int(m.group(1)) for m in pattern.finditer(text)}


def demand_marks(text: str, ends: Mapping[str, int], rules: Rules) -> list[tuple[int, int]]:
    """``(end of the demand, programme end year)`` of each dated programme's demand in a
    sentence (全国农业发展纲要要求：, 按照纲要要求的水平), in text order.

    >>> from govreport.quantities.rules import load_rules
    >>> demand_marks("按照纲要要求的水平计算，产量应该有七千二百亿斤", {"纲要": 1967}, load_rules())
    [(6, 1967)]
    """
    if not ends or not rules.programme_demands:
        return []
    names = sorted(ends, key=len, reverse=True)
    drafts = f"(?:{_either(rules.programme_drafts)})?" if rules.programme_drafts else ""
    pattern = re.compile(f"({_either(names)}){drafts}(?:{_either(rules.programme_demands)})")
    return [(m.end(), ends[m.group(1)]) for m in pattern.finditer(text)]


def mark_programme_targets(
    quantities: Iterable[Quantity], text: str, ends: Mapping[str, int], rules: Rules
) -> None:
    """Set the figures after a dated programme's demand in their sentence ``text`` (same offsets
    as the readings) to ``plan_period`` of the programme's end year; durations and thresholds
    (kind ``other``), figures before the demand and figures whose clause says they are already
    so (``rules.programme_done_words``: 已经有五十六个县…达到了…的要求) are left alone, and so is the
    base of a comparison written with its year (计划规定，一九八五年…达到八千七百一十亿元，比一九八○年的
    七千一百五十九亿元增加…: the base year's result)."""
    marks = demand_marks(text, ends, rules)
    if not marks:
        return
    ends_at = [end for end, _ in marks]
    for q in quantities:
        i = bisect_right(ends_at, q.reading.start)  # the last demand before the figure
        clause = text[_clause_start(text, q.reading.start) : q.reading.start]
        base = BASE_VALUE_BEFORE.search(text, max(0, q.reading.start - BASE_CHARS), q.reading.start)
        if i and base and int(base.group(1)) < marks[i - 1][1]:
            continue
        if i and q.kind != "other" and not any(w in clause for w in rules.programme_done_words):
            q.period_kind, q.year = "plan_period", marks[i - 1][1]


#: The longest written base (比1980年的, 较2020年末的) before a figure, in characters.
BASE_CHARS = 10
#: Marks that end a clause.
CLAUSE_MARKS = "，,；;。：:"
#: How far back (characters) a figure's clause is read for words saying it is already so.
CLAUSE_WINDOW = 30


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last clause mark before it, at most
    ``CLAUSE_WINDOW`` characters back)."""
    floor = max(0, pos - CLAUSE_WINDOW)
    return max(floor, max(text.rfind(mark, floor, pos) for mark in CLAUSE_MARKS) + 1)
