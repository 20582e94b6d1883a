"""Found subjects that are a piece of clause, not a noun phrase (round 46): a bare predicate
before an amount whose noun follows it, and an adverb with a modal verb closing the noun phrase."""

from __future__ import annotations

import pandas as pd

from govreport.quantities import extract_quantities
from govreport.report import parse_report


def plan(sentence: str) -> pd.DataFrame:
    """Quantities of one sentence placed in a plan part (2025)."""
    return extract_quantities(
        parse_report(f"一、2024年工作回顾\n无。\n二、2025年工作安排\n{sentence}")
    )


def test_bare_predicate_before_an_amount_takes_the_noun_after_it() -> None:
    # 动宾结构: the verb before the figure, its object (the noun phrase) after the classifier
    rows = plan("今年要用好300亿元产业引导基金，撬动社会资本投入。")
    assert rows["subject"].tolist() == ["产业引导基金"]


def test_modal_after_adverb_closes_no_noun_phrase() -> None:
    # 主谓结构: the adverb and the modal verb open the predicate
    rows = plan("按照这个速度，全省粮食总产量就应当是八百亿斤。")
    assert rows["subject"].tolist() == ["全省粮食总产量"]
