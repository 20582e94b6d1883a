"""Tables for readers (govreport.publish.tables) and the annotated text's emphasis and links."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from govreport.pipeline import load_tables
from govreport.publish.annotate import annotated_report_html
from govreport.publish.tables import dictionary, display_frame, format_number, reader_table
from govreport.report import parse_report


class _Table(HTMLParser):
    """Header texts, cell texts by row, row ids, and classes of the header cells."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.heads: list[str] = []
        self.rows: list[list[str]] = []
        self.row_ids: list[str | None] = []
        self._cell: str | None = None
        self._where = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("thead", "tbody"):
            self._where = tag
        elif tag == "tr" and self._where == "tbody":
            self.rows.append([])
            self.row_ids.append(dict(attrs).get("id"))
        elif tag in ("th", "td"):
            self._cell = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "th" and self._cell is not None:
            self.heads.append(self._cell)
        elif tag == "td" and self._cell is not None:
            self.rows[-1].append(self._cell)
        if tag in ("th", "td"):
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell += data


def parsed(frame: pd.DataFrame, name: str = "t", **kwargs) -> _Table:
    table = _Table()
    table.feed(reader_table(frame, name, **kwargs).data)
    return table


FEASIBILITY_LIKE = pd.DataFrame(
    {
        "quote": ["地区生产总值增长6%左右", "新增城镇就业2万人"],
        "hardness": ["soft", None],
        "gap_pp": [0.10000000000000009, float("nan")],
        "ratio": [float("nan"), 1.0116279069767442],
        "hedge_words": ["左右", "力争|以上"],
        "baseline_is_ytd": [True, False],
        "n_targets": [3.0, float("nan")],
        "year": [2024, 2025],
    },
    index=[7, 11],
)


def test_no_nan_no_index_and_chinese_headers() -> None:
    table = parsed(FEASIBILITY_LIKE)
    assert table.heads == [
        "原文片段",
        "措辞软硬",
        "差距（个百分点）",
        "目标÷上年",
        "限定词",
        "年内累计",
        "目标个数",
        "年份",
    ]
    cells = [cell for row in table.rows for cell in row]
    assert not any(re.search(r"\bnan\b|NaN|None|<NA>", cell) for cell in cells)
    assert len(table.rows) == 2 and all(len(row) == len(table.heads) for row in table.rows)
    # The frame's index (7, 11) is not shown: no column holds it.
    assert ["7", "11"] not in [[row[i] for row in table.rows] for i in range(len(table.heads))]


def test_values_read_as_a_reader_expects() -> None:
    first, second = parsed(FEASIBILITY_LIKE).rows
    assert first == ["“地区生产总值增长6%左右”", "软", "0.1", "—", "左右", "是", "3", "2024"]
    assert second == ["“新增城镇就业2万人”", "—", "—", "1.01", "力争、以上", "否", "—", "2025"]


def test_precision_never_shows_float_noise() -> None:
    noisy = pd.DataFrame({"pair_score": [0.8571428571], "value_num": [1078.9000000000001]})
    row = parsed(noisy).rows[0]
    assert row == ["0.86", "1078.9"]
    assert format_number(107890000000.0) == "107,890,000,000"
    assert format_number(2024.0, grouped=False) == "2024"


def test_named_index_becomes_a_labelled_column() -> None:
    pivot = pd.DataFrame(
        {0.1: [3, 4], 0.2: [5, 6]}, index=pd.Index([0.5, 1.0], name="growth_band_pp")
    )
    pivot.columns.name = "ratio_band"
    table = parsed(pivot)
    assert table.heads == ["增速容差（个百分点）", "数量容差 0.1", "数量容差 0.2"]
    assert table.rows == [["0.5", "3", "5"], ["1", "4", "6"]]


def test_long_tables_are_interactive_short_ones_plain() -> None:
    long = pd.DataFrame({"term": [f"词{i}" for i in range(40)], "n": range(40)})
    assert "<script>" in reader_table(long, "long").data
    assert "<script>" not in reader_table(long.head(5), "short").data


def test_row_ids_let_other_pages_link_to_a_row() -> None:
    frame = pd.DataFrame({"indicator_id": ["1.1.1.1-1", "2.1.1.1-2"], "value_num": [5.0, 6.5]})
    table = parsed(frame, row_ids="ind-{indicator_id}")
    assert table.row_ids == ["ind-1.1.1.1-1", "ind-2.1.1.1-2"]


def test_every_column_of_the_processed_tables_has_a_label() -> None:
    columns = dictionary()["columns"]
    seen = {str(c) for frame in load_tables().values() for c in frame.columns}
    unlabelled = sorted(c for c in seen if not (columns.get(c) or {}).get("label"))
    assert not unlabelled, f"add a label to data_dictionary.yml for: {unlabelled}"


def test_real_tables_display_without_nan() -> None:
    info, values = dictionary()["columns"], dictionary()["values"]
    for name, frame in load_tables().items():
        shown = display_frame(frame, info, values)
        bad = shown.isin(["nan", "NaN", "None", "<NA>"]).any()
        assert not bad.any(), f"{name}: {list(bad[bad].index)}"


@pytest.fixture
def small_report():
    text = (
        "各位代表：\n一、2024年工作回顾\n"
        "（一）坚持稳中求进，经济持续向好。地区生产总值增长5.9%。全年完成投资100亿元。\n"
        "二、2025年工作安排\n（一）加快发展。要稳。\n"
    )
    return parse_report(text, "demo")


def test_annotated_text_bolds_only_the_lead_sentence(small_report) -> None:
    markup = annotated_report_html(small_report, pd.DataFrame(columns=["report_id"]))
    lead = re.findall(r'<strong class="gr-lead">(.*?)</strong>', markup)
    assert lead == ["（一）坚持稳中求进，经济持续向好。", "（一）加快发展。"]
    body = re.search(r'<p id="p-1\.1\.1">(.*?)</p>', markup)
    assert body is not None and "地区生产总值增长5.9%。全年完成投资100亿元。" in body.group(1)
    assert 'class="gr-heading"' in re.search(r'<p id="p-1\.0\.0"[^>]*>', markup).group(0)
    assert 'class="gr-heading"' not in body.group(0)
    assert '<div class="gr-legend"' in markup


def test_annotated_numbers_link_to_their_table_rows(small_report) -> None:
    start = small_report.raw_text.index("地区生产总值增长5.9%")
    row = {
        "report_id": "demo",
        "indicator_id": "1.1.1.2-1",
        "sentence_id": "1.1.1.2",
        "char_start": start,
        "char_end": start + len("地区生产总值增长5.9%"),
        "subject": "地区生产总值",
        "kind": "growth_pct",
        "period_kind": "actual",
        "year": 2024,
        "span": "",
        "qualifier": "",
    }
    markup = annotated_report_html(
        small_report, pd.DataFrame([row]), table_href="03-numbers.html#ind-{indicator_id}"
    )
    assert '<mark id="q-1.1.1.2-1"' in markup
    assert 'href="03-numbers.html#ind-1.1.1.2-1"' in markup
