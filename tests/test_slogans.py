"""Numbered formulas and slogans: detection, classification, resolution, and the real reports."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport import slogans
from govreport.config import project
from govreport.report import Report, load_report, parse_report

PROJECT = project(Path(__file__).resolve().parents[1])
REFERENCE_REPORT_ID = PROJECT.reference_id()
SUBJECT_REPORT_ID = PROJECT.subject_id()


@cache
def report(report_id: str) -> Report:
    return load_report(report_id)


@cache
def summary(report_id: str) -> pd.DataFrame:
    r = report(report_id)
    mentions = slogans.find_slogans(r)
    return slogans.summarise_slogans(mentions, {p.index: p.role for p in r.parts}).set_index(
        "expression"
    )


# --------------------------------------------------------------------------- unit


@pytest.mark.parametrize(
    ("expression", "kind", "numeral"),
    [
        ("三大战略", "numbered", 3),
        ("两张网", "numbered", 2),
        ("四个并联", "numbered", 4),
        ("十大产业链群", "numbered", 10),
        ("双随机、一公开", "numbered", 2),
        ("一排底线", "numbered", 1),
        ("一刻钟便民生活圈", "slogan", None),
        ("二次创业", "slogan", None),
        ("十四五", "plan_period", None),
        ("八五", "plan_period", None),
        ("2+3", "numeric_code", None),
        ("21234", "numeric_code", None),
        ("5G+", "slogan", None),
        ("稳", "slogan", None),
    ],
)
def test_classify(expression, kind, numeral):
    assert slogans.classify(expression) == (kind, numeral)


def test_unquoted_formulas_skip_quotes_and_party_congresses():
    text = "深入学习贯彻党的二十大精神，巩固发展五大主导产业，深化提升“十大产业链群”，扩大有效投资"
    assert slogans.unquoted_formulas(text) == ["五大主导产业"]


@pytest.mark.parametrize(
    ("prefix", "numeral", "items", "status"),
    [
        (
            "中央活力区、中央商埠区、山东能源互联网产业集聚区“",
            3,
            ("中央活力区", "中央商埠区", "山东能源互联网产业集聚区"),
            "exact",
        ),
        ("依托信息通信、能源互联“", 2, ("信息通信", "能源互联"), "exact"),
        ("以信息通信网、能源互联网“", 2, ("信息通信网", "能源互联网"), "exact"),
        (
            "大力实施外部空间拓展、老城老旧片区更新、城中村改造“",
            3,
            ("外部空间拓展", "老城老旧片区更新", "城中村改造"),
            "exact",
        ),
        ("实现了城市颜值、品质“", 2, ("城市颜值", "品质"), "exact"),
        ("发挥AIC股权投资、航空航天产业等", 3, ("AIC股权投资", "航空航天产业"), "open"),
        (
            "守牢守住政治安全、意识形态、粮食安全、食品药品等“",
            1,
            ("政治安全", "意识形态", "粮食安全", "食品药品"),
            "open",
        ),
        ("推进数字经济和实体经济“", 2, ("数字经济", "实体经济"), "exact"),
    ],
)
def test_resolve_before(prefix, numeral, items, status):
    resolution = slogans.resolve_before(prefix, numeral)
    assert resolution is not None
    assert (resolution.items, resolution.status, resolution.direction) == (items, status, "before")


@pytest.mark.parametrize(
    ("prefix", "numeral"),
    [
        ("坚定不移实施“", 3),  # no list at all
        ("忠诚捍卫“两个确立”、坚决做到“", 2),  # a verb phrase governs the formula
        ("各级政府、其工作人员要深刻领悟“", 2),  # subject + modal + verb, not a list
        ("坚持和落实“", 2),  # two verbs joined by 和
        ("严肃财经纪律、严格预算管理、严控“", 3),  # parallel verb phrases, the last governs
        ("推进甲、乙、丙、丁“", 3),  # four items for three, no 等
    ],
)
def test_resolve_before_rejects(prefix, numeral):
    assert slogans.resolve_before(prefix, numeral) is None


def test_resolve_after_parenthesis_colon_and_ordinals():
    got = slogans.resolve_after("”：科技创新、产业创新。", 2)
    assert got is not None and got.items == ("科技创新", "产业创新") and got.direction == "after"
    got = slogans.resolve_after("”。", 3, next_sentence="一是稳增长；二是促改革；三是惠民生。")
    assert got is not None and got.items == ("稳增长", "促改革", "惠民生")
    assert got.direction == "next_sentence"
    assert slogans.resolve_after("”。", 3, next_sentence="一是稳增长；二是促改革。") is None


def test_a_resolution_applies_to_every_mention_of_the_formula():
    r = parse_report(
        "一、2024年工作回顾\n（一）抓战略。中央活力区、中央商埠区、能源集聚区“三大战略”纵深实施。\n"
        "二、2025年工作安排\n（一）抓落实。坚定不移实施“三大战略”，守牢“底线”。"
    )
    mentions = slogans.find_slogans(r)
    for row in mentions.itertuples():
        assert r.raw_text[row.start : row.end] == row.expression
    table = slogans.summarise_slogans(mentions, {p.index: p.role for p in r.parts})
    row = table.set_index("expression").loc["三大战略"]
    assert (row.n_mentions, row.n_review, row.n_plan) == (2, 1, 1)
    assert row["items"] == "中央活力区、中央商埠区、能源集聚区"
    assert row.resolved_in == mentions.loc[mentions["resolution"] == "exact", "sentence_id"].iloc[0]
    assert mentions.loc[mentions["expression"] == "三大战略", "resolution"].tolist() == [
        "exact",
        "",
    ]


NOUNS = [
    "中央活力区",
    "数字经济",
    "先进电网",
    "城市颜值",
    "老城片区",
    "科创金融",
    "能源储运",
    "文化商贸",
    "现代金融",
    "都市工业",
]


@settings(max_examples=60, deadline=None)
@given(
    items=st.lists(st.sampled_from(NOUNS), min_size=2, max_size=6, unique=True),
    verb=st.sampled_from(["", "依托", "大力实施", "聚焦"]),
    quoted=st.booleans(),
)
def test_a_spelled_out_list_resolves_to_exactly_its_items(items, verb, quoted):
    numeral = "两三四五六"[len(items) - 2]
    formula = f"{numeral}大工程"
    text = f"我们，{verb}{'、'.join(items)}" + (f"“{formula}”" if quoted else formula)
    prefix = text[: text.index(formula)]
    got = slogans.resolve_before(prefix, len(items))
    assert got is not None and list(got.items) == items and got.status == "exact"


# --------------------------------------------------------------------------- real reports


@pytest.mark.parametrize(
    ("expression", "items", "status"),
    [
        ("三大战略", "中央活力区、中央商埠区、山东能源互联网产业集聚区", "exact"),
        ("两张网", "信息通信、能源互联", "exact"),
        ("四个并联", "项目供地、建设手续审批、开工、入库纳统", "exact"),
        ("三大工程", "外部空间拓展、老城老旧片区更新、城中村改造", "exact"),
        ("三大产业链群", "先进电网、能源储运销、电力设备及电力电子", "exact"),
        ("双提升", "城市颜值、品质", "exact"),
        ("一排底线", "政治安全、意识形态、粮食安全、食品药品", "open"),
        ("三个如何", "", ""),
        ("四大工程", "", ""),
        ("五大主导产业", "", ""),
    ],
)
def test_subject_report_resolutions(expression, items, status):
    row = summary(SUBJECT_REPORT_ID).loc[expression]
    assert (row["items"], row["resolution"]) == (items, status)


@pytest.mark.parametrize("expression", ["二次创业", "三大战略", "两张网", "三个如何", "一排底线"])
def test_quoted_counts_match_the_raw_text(expression):
    row = summary(SUBJECT_REPORT_ID).loc[expression]
    raw = report(SUBJECT_REPORT_ID).raw_text
    assert row.n_quoted == raw.count(f"“{expression}”")
    assert row.n_mentions == raw.count(expression)


def test_mention_offsets_point_into_the_raw_text():
    for report_id in (SUBJECT_REPORT_ID, REFERENCE_REPORT_ID):
        r = report(report_id)
        mentions = slogans.find_slogans(r)
        assert len(mentions) > 20
        for row in mentions.itertuples():
            assert r.raw_text[row.start : row.end] == row.expression


def test_no_false_resolutions_in_the_national_report():
    """The national report spells none of its formulas out before or after them (checked by
    reading); the only list the resolver accepts is 荒漠化、沙化土地面积“双缩减”."""
    table = summary(REFERENCE_REPORT_ID)
    resolved = table[table["resolution"] != ""]
    assert resolved.index.tolist() == ["双缩减"]
    assert "两个确立" in table.index and table.loc["两个确立", "resolution"] == ""


def test_slogans_command(capsys, tmp_path):
    import csv
    import io

    from govreport.cli import main

    assert main(["slogans", str(PROJECT.report_path(SUBJECT_REPORT_ID))]) == 0
    rows = {r["expression"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["三大战略"]["items"] == "中央活力区、中央商埠区、山东能源互联网产业集聚区"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["slogans", str(empty)]) == 2
    assert "empty" in capsys.readouterr().err
