"""A report given as a PDF's text (pdftotext: lines cut at the page's width, page-number lines,
form feeds, letter-spaced lines) reads as the report itself: the same sentences, the same
quantity rows, every row's quote still at its raw offsets. The fixtures are real pdftotext output
of three reports printed as official documents (tests/data/pdf_text/README.md); before hard
wraps were read, 57 % to 74 % of their rows came out the same."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from govreport.quantities import read_report_quantities
from govreport.report import (
    Report,
    clean_text,
    letter_spaced_gaps,
    parse_report,
    read_clean_text,
    read_decoded_text,
    wrap_width,
    wrapped_break_spans,
)

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "data" / "pdf_text"
#: fixture -> the report it was printed from
PRINTED = {
    "jinan-shizhong-2025.pdftotext.txt": "data/raw/reports/jinan-shizhong-2025.txt",
    "china-national-2025.pdftotext-layout.txt": "data/raw/reports/china-national-2025.txt",
    "tianjin-2026.pdftotext.txt": "data/raw/provincial-2026/tianjin-2026.txt",
}
ROW_FIELDS = [
    "value", "unit", "subject", "measure", "kind", "period_kind", "year", "span", "qualifier",
]  # fmt: skip


def _parsed(text: str) -> Report:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_report(text)


def _rows(report: Report) -> tuple[pd.DataFrame, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_report_quantities(report)


def _sentences(report: Report) -> list[str]:
    """The report's sentences without spaces (the printing set 市中区区长  孟庆顺 with one space,
    and a PDF's letter-spaced title 政 府 工 作 报 告 is read joined, the report's own is not)."""
    return [re.sub(r"\s+", "", s.text) for s in report.sentences()]


def _as_rows(table: pd.DataFrame) -> Counter[tuple[str, ...]]:
    return Counter(tuple(row) for row in table[ROW_FIELDS].astype(str).itertuples(index=False))


@pytest.mark.parametrize("fixture", sorted(PRINTED))
def test_a_pdfs_text_reads_as_the_report(fixture: str) -> None:
    printed = _parsed(read_clean_text(ROOT / PRINTED[fixture]))
    pdf = _parsed(read_decoded_text(FIXTURES / fixture))
    assert _sentences(pdf) == _sentences(printed)
    assert [(p.role, p.title) for p in pdf.parts] == [(p.role, p.title) for p in printed.parts]
    (found, audit), (expected, expected_audit) = _rows(pdf), _rows(printed)
    assert _as_rows(found) == _as_rows(expected)
    assert (audit.status == "unaccounted").sum() == (expected_audit.status == "unaccounted").sum()
    for row in found.itertuples():  # (a number cut by the wrap keeps the line break in its quote)
        assert pdf.raw_text[row.char_start : row.char_end] == row.quote


#: Other page footers a PDF may carry, and a copy without form feeds (a PDF viewer's).
FOOTERS = {
    "bare number": lambda text: re.sub(r"—(\d+)—", r"\1", text),
    "第 N 页": lambda text: re.sub(r"—(\d+)—", r"第 \1 页", text),
    "第 N 页 共 M 页": lambda text: re.sub(r"—(\d+)—", r"第 \1 页 共 18 页", text),
    "no form feeds": lambda text: text.replace("\f", ""),
}


@pytest.mark.parametrize("footer", sorted(FOOTERS))
def test_other_page_footers_leave_the_paragraphs_whole(footer: str) -> None:
    fixture = "jinan-shizhong-2025.pdftotext.txt"
    printed = _parsed(read_clean_text(ROOT / PRINTED[fixture]))
    text = FOOTERS[footer](read_decoded_text(FIXTURES / fixture))
    assert text != read_decoded_text(FIXTURES / fixture)
    pdf = _parsed(text)
    assert _sentences(pdf) == _sentences(printed)
    assert (_rows(pdf)[1].status == "unaccounted").sum() == 0


def test_no_text_of_the_repository_reads_as_hard_wrapped() -> None:
    """The reports in data/raw (web pages' text, a paragraph per line) have no hard wrap: the
    reading of wrapped lines leaves them as they are."""
    texts = sorted((ROOT / "data" / "raw").rglob("*.txt"))
    assert len(texts) > 60
    for path in texts:
        assert wrapped_break_spans(read_decoded_text(path)) == [], path.name


def test_the_wrap_width_is_the_full_lines_width() -> None:
    fixture = read_decoded_text(FIXTURES / "jinan-shizhong-2025.pdftotext.txt")
    from govreport.report import HAN, display_width

    widths = [display_width(line.strip()) for line in fixture.split("\n") if HAN.search(line)]
    assert wrap_width(widths) == 28  # (16 pt on an A4 official document's 156 mm line)
    assert wrap_width([float(w) for w in range(10, 60)] * 3) is None  # (widths spread out)


def test_a_page_break_inside_a_paragraph_goes_with_its_line_break() -> None:
    line = "一年来，面对经济下行压力增大、困难问题交织叠加的复杂严峻"
    page = [
        line,
        "形势，地区生产总值完成1078.9亿元、增长5.9%，总量居",
        "— 12 —",
        "",
        "\f全市第三位。",
    ]
    text, to_raw = clean_text("\n".join(page * 10))  # (20 full lines: a wrapped text)
    assert (
        text.split("\n")[0]
        == line + "形势，地区生产总值完成1078.9亿元、增长5.9%，总量居全市第三位。"
    )
    assert "\f" not in text and "— 12 —" not in text
    assert to_raw[len(line)] == len(line) + 1  # (the clean text's 形 is the raw one)


def test_a_closed_line_goes_on_only_into_a_line_as_wide_as_the_wrap() -> None:
    """After a full line ending a sentence, a line nearly as wide as the wrap goes on with the
    paragraph; one narrower by an indent opens the next paragraph."""
    wide = "前三季度，地区生产总值完成一千零七十八亿元，总量居全市第"  # (28 wide: the wrap)
    closed = "这一年，经济运行总体平稳、持续向好，质量效益稳步提升。"  # (27 wide, closed)
    first = "各位代表，这一年的成绩来之不易，是上级党委政府坚强领"  # (26: an indented first line)
    tail = "三位。"
    raw = "\n".join([wide, wide, closed, wide, tail, closed, first, tail] * 5)
    text = clean_text(raw)[0].split("\n")
    assert text[:3] == [wide + wide + closed + wide + tail, closed, first + tail]


def test_a_letter_spaced_line_is_joined_and_a_spaced_name_is_not() -> None:
    """Read in a hard-wrapped text only (clean_text); here the gaps themselves."""
    raw = "政 府 工 作 报 告\n市中区区长 孟庆顺\n年 度 投 资 152 亿 元 。 建 成 5 G 基 站"
    gaps = set(letter_spaced_gaps(raw))
    text = "".join(ch for k, ch in enumerate(raw) if k not in gaps)
    assert text.split("\n") == ["政府工作报告", "市中区区长 孟庆顺", "年度投资152亿元。建成5 G基站"]
    assert letter_spaced_gaps("市中区 区长 孟庆顺 发言 全文 如下") == []  # (words, not letters)
    assert clean_text(raw)[0] == raw  # (no hard wrap: the spaces stay)


def test_a_short_wrapped_excerpt_reads_whole() -> None:
    """A web excerpt of a wrapped page holds a dozen or so wrapped lines, not the twenty a whole
    document has (session 49: 威海 2012, 嫩江 2001); its breaks are read as wraps, and a figure
    split by one is whole again."""
    from govreport.report import display_width

    paragraph = (
        "全市生产总值由2007年的1375.5亿元提高到2011年的2111亿元，年均增长12%；地方财政收入"
        "达到136.4亿元，年均增长13.6%；税收占地方财政收入的比重提高4.35个百分点，经济结构"
        "进一步优化，三次产业比重调整为8.1∶54∶37.9，新口径高新技术产业产值比重达到33.6%，"
        "城镇居民人均可支配收入达到2.5万元，农民人均纯收入达到1.2万元，年均分别增长11.6%"
        "和12.4%，居民消费价格涨幅低于全国1.1个百分点，人民生活进一步改善。"
    ) * 2
    lines, line = [], ""
    for char in paragraph:  # (cut at a width of 28, as a page wraps)
        if display_width(line + char) > 28:
            lines.append(line)
            line = ""
        line += char
    lines.append(line)
    assert 12 <= len(lines) < 20
    text, _ = clean_text("\n".join(lines))
    assert text == paragraph
    # (a text of paragraph lines, as wide as they come, stays as it is)
    loose = "\n".join(
        "第" + "一二三四五六七"[i % 7] + "段。" + "很" * (5 + 7 * i) for i in range(14)
    )
    assert clean_text(loose)[0] == loose


def test_a_wrapped_excerpts_first_sentence_and_justified_lines_read_whole() -> None:
    """Session 66: a district's report copied from its PDF (湖南, 2023), wrapped at 25 characters.
    Its first line is a sentence (2022 年是本届政府开局之年,也是…极具挑 / 战、极不平凡的一年), no
    title line of the front, though the space before 年 leaves it short of the width; and its
    justified lines spread spaces between characters (人 均可 支 配收入,预 计 分别 增 长), which
    hid 预计 and the indicators of the list. Both read whole: the year under review is 2022."""
    from govreport.report import display_width

    paragraph = (
        "是本届政府开局之年,也是君山历史上极具挑战、极不平凡的一年。一年来,面对宏观经济下行、"
        "新冠肺炎疫情和历史罕见旱情交织叠加,我们坚持稳字当头、稳中求进总基调,统筹推进疫情防控与"
        "经济社会发展,较好地完成了区六届人大一次会议确定的目标任务。全年地区生产总值、规模工业增加"
        "值、全社会固定资产投资、社会消费品零售总额、一般公共预算地方收入、城镇居民人均可支配收入和"
        "农村居民人均可支配收入,预计分别增长5.8%、5%、3%、4%、10.3%、6.5%和7.5%;新注册市场主体"
        "2388户,增长12.5%;区域经济社会发展的基础更加稳固,城乡面貌持续改善,人民生活水平稳步提高。"
    ) * 2  # (a dozen wrapped lines at least, as a page's excerpt holds)
    spread = paragraph.replace(
        "和农村居民人均可支配收入,预计分别增长", "和农村居民 人 均可 支 配收入,预 计 分别 增 长", 1
    )
    lines, line = [], "2022 年"
    for char in spread:  # (cut at a width of 25, as the page wraps)
        if display_width(line + char) > 25:
            lines.append(line)
            line = ""
        line += char
    lines.append(line)
    assert any(x.count(" ") >= 3 for x in lines)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        report = parse_report("\n".join(lines))
    # (the half-width clause marks read full-width since session 68)
    assert report.clean_text == ("2022 年" + paragraph).replace(",", "，").replace(";", "；")
    assert (report.review_year, report.plan_year) == (2022, 2023)
    rows = read_report_quantities(report)[0]
    first = rows[rows["value"] == "5.8"].iloc[0]
    assert (first["subject"], first["qualifier"], first["year"]) == ("地区生产总值", "预计", 2022)


def test_prose_a_pdf_spread_out_copied_without_its_wraps_reads_whole() -> None:
    # session 71: a district's and a county's pages copied from their PDFs, one paragraph to a line
    # (地区生产总值突 破 千 亿 大 关, 达 1120 亿 元; 一般公共预算收入完 成 22.28 亿元): the subjects
    # held the spaces' fragments (收入完成, 收入分别) and the clean view kept them
    raw = (
        "成都市某区人民政府区长 杨 钒\n"
        "五年来,我们坚持转方式、提 能级,经济实力不断跃升。地区生产总值突 破 千 亿 大 关, 达 1120 亿"
        " 元;一般公共预算收入完 成 22.28 亿元,城乡居民人均可支配收入分 别达 5.5 万元、3.5 万元。\n"
    )
    text, to_raw = clean_text(raw)
    assert "突破千亿大关" in text and "收入完成" in text and "收入分别达" in text
    assert "区长 杨 钒" in text  # (a line of names keeps its spaces)
    assert all(raw[to_raw[i]] == ch for i, ch in enumerate(text) if ch not in "，；")
    rows = read_report_quantities(parse_report(raw))[0]
    assert rows[["value", "subject"]].values.tolist() == [
        ["千", "地区生产总值"],  # (突破千亿大关: the mark passed, a level)
        ["1120", "地区生产总值"],
        ["22.28", "一般公共预算收入"],
        ["5.5", "城镇居民人均可支配收入"],
        ["3.5", "农村居民人均可支配收入"],
    ]
