"""The annotated full text: every quantity anchored once, report text always escaped."""

from __future__ import annotations

import re

from govreport.publish.annotate import annotated_report_html
from govreport.quantities import extract_quantities
from govreport.report import load_report, parse_report


def test_every_quantity_is_anchored_once() -> None:
    report = load_report("jinan-shizhong-2025")
    rows = extract_quantities(report)
    page = annotated_report_html(report, rows)
    anchors = re.findall(r'<mark id="q-([^"]+)"', page)
    assert sorted(anchors) == sorted(rows["indicator_id"])
    marked = re.findall(r'<mark id="q-[^"]+"[^>]*>([^<]*)</mark>', page)
    assert marked == [q.replace("\n", "") for q in rows["quote"]]


def test_report_text_is_escaped() -> None:
    text = (
        '一、2024年工作回顾\n<script>alert("x")</script>收入增长5%，'
        "<img src=x onerror=alert(1)> $x$ {glue}`y`。\n二、2025年工作安排\n无。"
    )
    report = parse_report(text)
    page = annotated_report_html(report, extract_quantities(report))
    assert "<script>alert" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "$x$" not in page
    assert '<mark id="q-1.0.1.1-1"' in page
