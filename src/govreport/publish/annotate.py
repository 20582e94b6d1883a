"""The annotated full text: the whole report as HTML, every quantity highlighted and anchored.

Each quantity of the ``indicators`` table becomes ``<mark id="q-<indicator_id>">`` around its
quote, so a table row can link to ``<page>.html#q-<indicator_id>``; the small number after it
links to the quantity's row in the table (``table_href``). Each paragraph is a ``<p>`` with
``id="p-<paragraph_id>"``. Emphasis follows the report's: a heading paragraph (a part heading)
is bold as a whole; a paragraph that opens with a section heading sentence, "（一）…。", bolds
that sentence only, as printed reports do, and the rest of the paragraph stays plain. Marks
keep dark text on their light colours, so they read the same in the site's dark mode. Report
text is data, never markup: every piece of text goes through
:func:`govreport.publish.html.escape_text`.
"""

from __future__ import annotations

import pandas as pd

from govreport.publish.html import escape_attr, escape_text, link_href
from govreport.report import Paragraph, Report

KIND_ZH = {
    "level": "总量/水平", "growth_pct": "增速", "change": "增减量", "share_pct": "比重/比率",
    "count_new": "新增数量", "rank": "位次", "ratio": "比例结构", "other": "其他",
}  # fmt: skip
PERIOD_ZH = {"actual": "实际", "expected": "预计", "target": "目标", "stock": "累计/存量",
             "other": "其他"}  # fmt: skip

STYLE = """<style>
.gr-annotated p{line-height:1.9;margin:.5em 0}
.gr-annotated p.gr-heading,.gr-annotated strong.gr-lead{font-weight:bold}
.gr-annotated p.gr-heading{margin-top:1.2em}
.gr-annotated mark,.gr-legend mark{background:#fde8b0;color:#1a1a1a;padding:0 .1em;border-radius:.2em}
.gr-annotated mark.gr-target,.gr-legend mark.gr-target{background:#cfe8fb;color:#1a1a1a}
.gr-annotated mark:target{outline:2px solid #d55e00}
.gr-annotated .gr-qid{font-size:.7em;vertical-align:super;margin-left:.1em;opacity:.8}
.gr-legend{display:flex;flex-wrap:wrap;gap:.4em 1.2em;margin:.5em 0 1em;font-size:.9em}
html[data-theme=dark] .gr-annotated mark:target{outline-color:#ffb000}
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


def paragraph_html(
    text: str,
    offset: int,
    marks: list[tuple],
    table_href: str | None = None,
    lead_end: int | None = None,
) -> str:
    """One paragraph's text with its quantities marked (overlapping marks are skipped).

    ``table_href`` is a link template for the number after each mark (``{indicator_id}``
    filled in), default the mark itself; ``lead_end`` (a clean offset) ends a bold lead
    sentence, which a mark never straddles (a mark that would is left out of the bold).

    >>> row = pd.Series({"indicator_id": "1.1.1.1-1", "subject": "收入", "kind": "level",
    ...                  "period_kind": "actual", "year": 2024, "span": "", "qualifier": ""})
    >>> paragraph_html("<b>收入10亿元", 0, [(3, 9, row)])
    '&lt;b&gt;<mark id="q-1.1.1.1-1" title="收入 · 总量/水平 · 实际 · 2024年">收入10亿元</mark><a class="gr-qid" href="#q-1.1.1.1-1" title="指标表中的这一行">1.1.1.1-1</a>'
    >>> paragraph_html("（一）标题。正文。", 0, [], lead_end=6)
    '<strong class="gr-lead">（一）标题。</strong>正文。'
    """
    out, position = [], offset
    if lead_end is not None and lead_end > offset:
        inside = [m for m in marks if m[1] <= lead_end]
        lead = paragraph_html(text[: lead_end - offset], offset, inside, table_href)
        out.append(f'<strong class="gr-lead">{lead}</strong>')
        marks = [m for m in marks if m[0] >= lead_end]
        position = lead_end
    for start, end, row in sorted(marks, key=lambda m: (m[0], -m[1])):
        if start < position:
            continue
        ident = escape_text(f"q-{row['indicator_id']}")
        css = ' class="gr-target"' if row["period_kind"] == "target" else ""
        href = link_href(table_href, row) if table_href else None
        out.append(escape_text(text[position - offset : start - offset]))
        out.append(
            f'<mark id="{ident}"{css} title="{escape_text(mark_title(row))}">'
            f"{escape_text(text[start - offset : end - offset])}</mark>"
            f'<a class="gr-qid" href="{escape_attr(href) if href else "#" + ident}"'
            f' title="指标表中的这一行">{escape_text(row["indicator_id"])}</a>'
        )
        position = end
    out.append(escape_text(text[position - offset :]))
    return "".join(out)


def legend_html() -> str:
    """What the highlight colours mean."""
    return (
        '<div class="gr-legend" role="note"><span><mark>黄色</mark> 实际数、预计数、累计数</span>'
        '<span><mark class="gr-target">蓝色</mark> 目标</span>'
        "<span>高亮后的小号编号：指标表中的对应行</span></div>"
    )


def lead_end(paragraph: Paragraph) -> int | None:
    """The clean offset where a paragraph's bold lead (its heading sentences) ends, or None
    when the whole paragraph is a heading or none of it is."""
    if paragraph.is_heading or not paragraph.sentences:
        return None
    heads = 0
    for sentence in paragraph.sentences:
        if not sentence.is_heading:
            break
        heads += 1
    if heads == 0 or heads == len(paragraph.sentences):
        return None
    return paragraph.sentences[heads - 1].clean_end


def annotated_report_html(
    report: Report, indicators: pd.DataFrame, table_href: str | None = None
) -> str:
    """The whole report (clean view) as HTML with every quantity of ``indicators`` marked.

    ``table_href``: link template from each mark's number to the quantity's row in a table,
    e.g. ``"03-numbers.html#ind-{indicator_id}"``; default, the mark itself.
    """
    rows = indicators[indicators["report_id"] == report.report_id]
    marks = _marks_by_paragraph(report, rows)
    body = []
    for paragraph in report.paragraphs():
        clean_start = paragraph.sentences[0].clean_start if paragraph.sentences else 0
        whole = paragraph.is_heading or (
            bool(paragraph.sentences) and all(s.is_heading for s in paragraph.sentences)
        )
        css = ' class="gr-heading"' if whole else ""
        inner = paragraph_html(
            paragraph.text,
            clean_start,
            marks.get(paragraph.paragraph_id, []),
            table_href,
            lead_end(paragraph),
        )
        body.append(f'<p id="{escape_text("p-" + paragraph.paragraph_id)}"{css}>{inner}</p>')
    return (
        f"{STYLE}{legend_html()}"
        f'<div class="gr-annotated tex2jax_ignore mathjax_ignore">{"".join(body)}</div>'
    )
