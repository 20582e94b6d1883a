"""The annotated full text: the whole report as HTML, every quantity highlighted and anchored.

Each quantity of the ``indicators`` table becomes ``<mark id="q-<indicator_id>">`` around its
quote, so a table row can link to ``<page>.html#q-<indicator_id>``; each paragraph is a ``<p>``
with ``id="p-<paragraph_id>"``. Report text is data, never markup: every piece of text goes
through :func:`govreport.publish.html.escape_text`.
"""

from __future__ import annotations

import pandas as pd

from govreport.publish.html import escape_text
from govreport.report import Report

KIND_ZH = {
    "level": "总量/水平", "growth_pct": "增速", "change": "增减量", "share_pct": "比重/比率",
    "count_new": "新增数量", "rank": "位次", "ratio": "比例结构", "other": "其他",
}  # fmt: skip
PERIOD_ZH = {"actual": "实际", "expected": "预计", "target": "目标", "stock": "累计/存量",
             "other": "其他"}  # fmt: skip

STYLE = """<style>
.gr-annotated p{line-height:1.9;margin:.5em 0}
.gr-annotated p.gr-heading{font-weight:bold;margin-top:1.2em}
.gr-annotated mark{background:#fde8b0;padding:0 .1em;border-radius:.2em}
.gr-annotated mark.gr-target{background:#cfe8fb}
.gr-annotated mark:target{outline:2px solid #d55e00}
.gr-annotated .gr-qid{font-size:.7em;color:#666;vertical-align:super;margin-left:.1em}
</style>"""


def raw_to_clean(report: Report) -> dict[int, int]:
    """Clean offset of every raw offset that survives cleaning."""
    return {raw: clean for clean, raw in enumerate(report.clean_to_raw[:-1])}


def mark_title(row: pd.Series) -> str:
    """The tooltip of a highlighted quantity: subject, kind, period, year, span, hedges."""
    parts = [
        str(row["subject"]) or "（无主语）",
        KIND_ZH.get(str(row["kind"]), str(row["kind"])),
        PERIOD_ZH.get(str(row["period_kind"]), str(row["period_kind"])),
    ]
    if pd.notna(row["year"]) and str(row["year"]) != "":
        parts.append(f"{int(row['year'])}年")
    for column in ("span", "qualifier"):
        if str(row[column]):
            parts.append(str(row[column]))
    return " · ".join(parts)


def _marks_by_paragraph(report: Report, indicators: pd.DataFrame) -> dict[str, list[tuple]]:
    to_clean = raw_to_clean(report)
    marks: dict[str, list[tuple]] = {}
    for _, row in indicators.iterrows():
        start = to_clean.get(int(row["char_start"]))
        last = to_clean.get(int(row["char_end"]) - 1)
        if start is None or last is None:
            continue
        paragraph_id = str(row["sentence_id"]).rsplit(".", 1)[0]
        marks.setdefault(paragraph_id, []).append((start, last + 1, row))
    return marks


def paragraph_html(text: str, offset: int, marks: list[tuple]) -> str:
    """One paragraph's text with its quantities marked (overlapping marks are skipped).

    >>> row = pd.Series({"indicator_id": "1.1.1.1-1", "subject": "收入", "kind": "level",
    ...                  "period_kind": "actual", "year": 2024, "span": "", "qualifier": ""})
    >>> paragraph_html("<b>收入10亿元", 0, [(3, 9, row)])
    '&lt;b&gt;<mark id="q-1.1.1.1-1" title="收入 · 总量/水平 · 实际 · 2024年">收入10亿元</mark><a class="gr-qid" href="#q-1.1.1.1-1">1.1.1.1-1</a>'
    """
    out, position = [], offset
    for start, end, row in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < position:
            continue
        ident = escape_text(f"q-{row['indicator_id']}")
        css = ' class="gr-target"' if row["period_kind"] == "target" else ""
        out.append(escape_text(text[position - offset : start - offset]))
        out.append(
            f'<mark id="{ident}"{css} title="{escape_text(mark_title(row))}">'
            f"{escape_text(text[start - offset : end - offset])}</mark>"
            f'<a class="gr-qid" href="#{ident}">{escape_text(row["indicator_id"])}</a>'
        )
        position = end
    out.append(escape_text(text[position - offset :]))
    return "".join(out)


def annotated_report_html(report: Report, indicators: pd.DataFrame) -> str:
    """The whole report (clean view) as HTML with every quantity of ``indicators`` marked."""
    rows = indicators[indicators["report_id"] == report.report_id]
    marks = _marks_by_paragraph(report, rows)
    body = []
    for paragraph in report.paragraphs():
        clean_start = paragraph.sentences[0].clean_start if paragraph.sentences else 0
        css = (
            ' class="gr-heading"'
            if paragraph.is_heading or any(s.is_heading for s in paragraph.sentences[:1])
            else ""
        )
        inner = paragraph_html(paragraph.text, clean_start, marks.get(paragraph.paragraph_id, []))
        body.append(f'<p id="{escape_text("p-" + paragraph.paragraph_id)}"{css}>{inner}</p>')
    return f'{STYLE}<div class="gr-annotated tex2jax_ignore mathjax_ignore">{"".join(body)}</div>'
