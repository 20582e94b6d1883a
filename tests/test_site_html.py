"""The interactive table: report text is data, never markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from govreport.publish.html import escape_text, interactive_table, link_href, table_html

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "**加粗** _斜体_ [链接](http://example.com)",
    "{glue:text}`n_chars` 与 ```{code-cell}```",
    "$x^2$ 与 \\(y\\)",
    "&amp; 已转义？",
    "</td></tr></table><b>破坏</b>",
]


class _Collector(HTMLParser):
    """Collects the tags and the text of every <td>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.cells: list[str] = []
        self._in_td = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "td":
            self._in_td = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._in_td = False

    def handle_data(self, data: str) -> None:
        if self._in_td:
            self.cells[-1] += data


def _parse(markup: str) -> _Collector:
    parser = _Collector()
    parser.feed(markup)
    return parser


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_text_round_trips_as_literal_text(text: str) -> None:
    parsed = _Collector()
    parsed.feed(f"<td>{escape_text(text)}</td>")
    assert parsed.cells == [text]
    assert parsed.tags == ["td"]


def test_escape_text_leaves_no_markup_or_syntax_characters() -> None:
    out = escape_text("".join(HOSTILE))
    assert not re.search(r"[<>\"'$`*_{}\[\]\\|]", out)


def test_table_cells_show_hostile_text_literally() -> None:
    frame = pd.DataFrame({"quote": HOSTILE, "n": range(len(HOSTILE))})
    parsed = _parse(table_html(frame, "hostile"))
    assert parsed.cells[0::2] == HOSTILE
    # Only the table's own tags: no <img>, <b> or extra <script> from the data.
    assert "img" not in parsed.tags and "b" not in parsed.tags
    assert parsed.tags.count("script") == 1


def test_headers_and_caption_are_escaped() -> None:
    frame = pd.DataFrame({"<i>col</i>": ["x"]})
    out = table_html(frame, "t", caption="<script>bad()</script>", labels={})
    assert "<i>" not in out and "<script>bad" not in out
    assert "&lt;i&gt;col&lt;/i&gt;" in out


def test_link_columns() -> None:
    frame = pd.DataFrame({"indicator_id": ["q-001", None], "quote": ["a", "b"]})
    out = table_html(frame, "links", links={"indicator_id": "05-targets.html#{indicator_id}"})
    assert '<a href="05-targets.html#q-001">q-001</a>' in out
    assert out.count("<a ") == 1  # no link for a missing value


def test_link_href_never_produces_a_script_url() -> None:
    assert link_href("javascript:{x}", {"x": "1"}) is None
    assert link_href("JaVaScRiPt:{x}", {"x": "1"}) is None
    href = link_href("{x}", {"x": "javascript:alert(1)"})
    assert href is not None and ":" not in href


def test_missing_values_and_numbers() -> None:
    frame = pd.DataFrame({"v": [1.0, float("nan"), 2.5], "s": ["a", None, "c"]})
    out = table_html(frame, "nums")
    cells = _parse(out).cells
    assert cells == ["1", "a", "", "", "2.5", "c"]
    assert 'class="gr-num" data-sort="2.5"' in out


def test_ids_are_validated() -> None:
    with pytest.raises(ValueError):
        table_html(pd.DataFrame({"a": [1]}), 'x" onload="bad')
    with pytest.raises(KeyError):
        table_html(pd.DataFrame({"a": [1]}), "ok", links={"b": "#{b}"})


def test_interactive_table_is_self_contained() -> None:
    out = interactive_table(pd.DataFrame({"a": range(60)}), "big", page_size=10).data
    assert "http" not in out and "src=" not in out  # no external script, style or image
    assert "var size = 10" in out
    assert out.count("<tr>") == 61
