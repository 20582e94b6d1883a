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
a:b:c are rows of kind ``ratio``; 翻一番, 三成, 两位数, 零增长 and 增长x倍 are converted to % in
``value_base``;
multi-year figures (过去五年, “十四五”期间) carry the period as ``span`` and its last year.

Modules: :mod:`.rules` (rules and glossary files), :mod:`.numeral_runs` (numeral runs, numbers
with units, exclusions), :mod:`.context` (subject, kind, period, span, hedges), :mod:`.table`
(the indicators and audit tables).
"""

from govreport.quantities.context import Quantity, is_decrease, split_enumeration
from govreport.quantities.numeral_runs import Reading, Run, numeral_runs, read_number
from govreport.quantities.rules import (
    GLOSSARY_FILE,
    RULES_FILE,
    Rules,
    load_glossary,
    load_rules,
    parse_rules,
    subject_english,
)
from govreport.quantities.table import (
    AUDIT_COLUMNS,
    COLUMNS,
    audit_numerals,
    audit_summary,
    extract_quantities,
    measure_speed,
    read_report_quantities,
    read_sentence,
    with_plan_year,
)

__all__ = [
    "AUDIT_COLUMNS", "COLUMNS", "GLOSSARY_FILE", "RULES_FILE", "Quantity", "Reading", "Rules",
    "Run", "audit_numerals", "audit_summary", "extract_quantities", "is_decrease", "load_glossary",
    "load_rules", "measure_speed", "numeral_runs", "parse_rules", "read_number",
    "read_report_quantities", "read_sentence", "split_enumeration", "subject_english",
    "with_plan_year",
]  # fmt: skip
