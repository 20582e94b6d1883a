"""Reports written in traditional characters are read with the simplified rules (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreport.quantities.table import extract_quantities
from govreport.report import clean_text, parse_report
from govreport.traditional import fold_tables, is_traditional

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"
#: Reports scraped from mixed sources whose traditional passages are folded (listed in the
#: header of src/govreport/lexicon/traditional_chars.tsv): the characters folded in each.
MIXED = {"china-national-1955": set("個計劃幹問題"), "china-national-1957": None}
TRADITIONAL = {"china-national-1954"}


def _simplified_reports() -> list[Path]:
    return sorted(p for p in RAW.glob("**/*.txt") if p.stem not in TRADITIONAL)


@pytest.mark.parametrize("path", _simplified_reports(), ids=lambda p: p.stem)
def test_folding_changes_nothing_in_simplified_reports(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    assert not is_traditional(raw)
    anywhere = fold_tables()[0]
    folded = {ch for ch in raw if ch in anywhere}
    if path.stem == "china-national-1955":
        assert folded == MIXED[path.stem]
    elif path.stem == "china-national-1957":
        # its opening paragraphs only: every folded character stands before the first 3,000
        assert folded and max(i for i, ch in enumerate(raw) if ch in anywhere) < 3000
    else:
        assert not folded, "".join(sorted(folded))
    # what the clean view does to the text beyond the traditional characters is unchanged
    clean, to_raw = clean_text(raw)
    assert len(clean) + 1 == len(to_raw)


def test_the_traditional_report_is_recognised() -> None:
    assert is_traditional((RAW / "national" / "china-national-1954.txt").read_text("utf-8"))


def test_clean_view_folds_one_for_one_and_keeps_offsets() -> None:
    raw = "國家預算收入等於一九五〇年的三點六倍，鋼產量二百十七萬噸。"
    clean, to_raw = clean_text(raw)
    assert clean == "国家预算收入等于一九五〇年的三点六倍，钢产量二百十七万吨。"
    assert list(to_raw) == list(range(len(raw) + 1))


def test_a_simplified_character_of_its_own_is_folded_only_in_traditional_text() -> None:
    assert clean_text("於梨华的小说")[0] == "於梨华的小说"
    assert clean_text("關於這個問題，國營企業的産量等於過去的兩倍")[0].startswith("关于")


def _rows(text: str):
    report = parse_report(text, metadata={"plan_year": 1955, "review_year": 1954})
    return extract_quantities(report)


@pytest.mark.filterwarnings("ignore")
def test_quantities_of_a_traditional_report_are_reported_as_written() -> None:
    text = (
        "一、一九五四年的工作\n"
        "一九五四年全國鋼産量達到二百萬噸，發電量一百億度，"
        "糧食總産量增長百分之五點二。\n"
    )
    rows = _rows(text)
    by_value = {r["value_num"]: r for r in rows.to_dict("records")}
    steel, power, grain = by_value[200.0], by_value[100.0], by_value[5.2]
    assert steel["unit"] == "萬噸" and steel["unit_base"] == "噸"
    assert steel["value_base"] == 2_000_000
    assert "鋼" in steel["subject"] and "钢" not in steel["subject"]
    assert power["unit"] == "億度" and power["value_base"] == 10_000_000_000
    assert grain["unit"] == "%" and grain["kind"] == "growth_pct"
    assert grain["subject"].startswith("糧食") and "粮" not in grain["subject"]
    for row in (steel, power, grain):
        quote = text[row["char_start"] : row["char_end"]]
        assert quote == row["quote"]


@pytest.mark.filterwarnings("ignore")
def test_the_same_sentence_in_simplified_reads_the_same_numbers() -> None:
    traditional = "一、一九五四年的工作\n全國鋼産量達到二百萬噸，發電量一百億度。\n"
    simplified = "一、一九五四年的工作\n全国钢产量达到二百万吨，发电量一百亿度。\n"
    a, b = _rows(traditional), _rows(simplified)
    columns = ["value_num", "value_base", "kind", "period_kind", "year", "qualifier"]
    assert a[columns].equals(b[columns])
    assert [s.translate(str.maketrans(fold_tables()[0])) for s in a["subject"]] == list(
        b["subject"]
    )
