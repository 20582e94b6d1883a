"""Numeral parsing: property tests (round trips, no crash on any string) and hard cases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport.numerals import (
    CHINESE_NUMERAL_CHARS,
    parse_chinese,
    parse_number,
    split_magnitude,
    to_chinese,
    try_parse_number,
)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_round_trip(n: int) -> None:
    assert parse_chinese(to_chinese(n)) == n


@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["万", "亿"]))
def test_arabic_with_magnitude(n: int, magnitude: str) -> None:
    scale = {"万": 10**4, "亿": 10**8}[magnitude]
    assert parse_number(f"{n}{magnitude}") == n * scale


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=99))
def test_arabic_decimals(whole: int, cents: int) -> None:
    assert parse_number(f"{whole}.{cents:02d}") == pytest.approx(whole + cents / 100)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=99))
def test_fraction_round_trip(den: int, num: int) -> None:
    assert parse_number(f"{to_chinese(den)}分之{to_chinese(num)}") == pytest.approx(num / den)


@given(st.integers(min_value=1, max_value=9999))
def test_liang_reads_as_two(n: int) -> None:
    text = to_chinese(n)
    if text.startswith("二") and len(text) > 1 and text[1] in "千百":
        assert parse_chinese("两" + text[1:]) == n


@given(st.text(alphabet=CHINESE_NUMERAL_CHARS + "分之百点1234.,%万亿abc", max_size=12))
def test_never_crashes_on_numeral_soup(text: str) -> None:
    value = try_parse_number(text)
    assert value is None or value >= 0


@given(st.text(max_size=20))
def test_never_crashes_on_any_text(text: str) -> None:
    try_parse_number(text)
    split_magnitude(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一千一百一十四", 1114),
        ("四分之一", 0.25),
        ("两", 2),
        ("百分之五", 5),
        ("百分之二十五", 25),
        ("1.12万", 11200),
        ("1.4万亿", 1.4e12),
        ("百亿", 1e10),
        ("一万零五", 10005),
        ("三点五", 3.5),
        ("二〇二五", 2025),
        ("1,200", 1200),
    ],
)
def test_hard_numerals(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["一体化", "统一", "", "万万", "十十", "3分之0分之", "两两"])
def test_not_numerals(text: str) -> None:
    assert try_parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("二百十七万", 2_170_000), ("一万三千五百十三", 13_513), ("五百十", 510), ("两百十二", 212)],
)
def test_bare_ten_after_hundred_is_one_ten(text: str, value: int) -> None:
    """Older texts drop the 一 of 一十 after 百 (二百十七萬噸): one ten, not an error."""
    assert try_parse_number(text) == value


@pytest.mark.parametrize("text", ["百十", "一千十", "十十"])
def test_bare_ten_elsewhere_stays_unread(text: str) -> None:
    assert try_parse_number(text) is None


def test_a_bare_ten_after_ling_is_one_ten() -> None:
    # round 78 (heldout76 national 1958: 小学二千零十七万人 was read 2007万)
    from govreport.numerals import try_parse_number

    assert try_parse_number("二千零十七万") == 20170000
    assert try_parse_number("一千零十") == 1010


def test_a_rate_per_thousand_in_words_is_its_number_of_permille() -> None:
    # round 78 (heldout76 national 1982; heldout16, heldout50 write the same): 千分之十三 -> 13, unit
    # 千分之, base ‰ (a share), not the fraction 0.013; 三分之一 stays a fraction
    from govreport.quantities import extract_quantities
    from govreport.report import parse_report

    text = "二、1982年计划\n人口的年自然增长率必须控制在千分之十三以下，三分之一的县。\n"
    found = extract_quantities(parse_report(text), plan_year=1982).set_index("value")
    row = found.loc["千分之十三"]
    assert (row["value_num"], row["unit"], row["unit_base"], row["kind"]) == (
        13,
        "千分之",
        "‰",
        "share_pct",
    )
    assert found.loc["三分之一", "unit_base"] == "%"


def test_half_the_number_of_a_class_is_one_half() -> None:
    # round 81 (heldout79 national 1955, heldout58 1981, heldout72 1954 write 0.5, a share): 半数 and
    # 半數 are read, 上下 after them is about (左右)
    from govreport.quantities import extract_quantities
    from govreport.report import parse_report

    text = "二、第一个五年计划\n原有私营商业将有半数上下转变为合作形式的小商业。全國可以有半數以上的農戶。\n"
    found = extract_quantities(parse_report(text), plan_year=1955).set_index("value")
    assert found.loc["半数", ["value_num", "kind", "qualifier"]].tolist() == [
        0.5,
        "share_pct",
        "左右",
    ]
    assert found.loc["半數", "value_num"] == 0.5


def test_two_parts_are_no_count_of_films() -> None:
    # round 81 (heldout79 national 1955: 这两部分商业 gave a row 两 部): 部分 is a word, 部 counts films
    from govreport.quantities import extract_quantities
    from govreport.report import parse_report

    text = "二、第一个五年计划\n这两部分商业的零售额合并计算。摄制影片２４７部。\n"
    found = extract_quantities(parse_report(text), plan_year=1955)
    assert found["value"].tolist() == ["２４７"]
    assert found["unit"].tolist() == ["部"]


def test_the_report_s_own_list_of_tasks_is_no_quantity() -> None:
    # round 82 (heldout80 national 2008: 抓好三项工作 had a row the gold has not; 10 corpus rows)
    from govreport.quantities import extract_quantities
    from govreport.report import parse_report

    text = "二、2008年工作安排\n今年要抓好三项工作：一是完善宏观调控。报告专项工作27项。\n"
    found = extract_quantities(parse_report(text), plan_year=2008)
    assert found["value"].tolist() == ["27"]
