"""Tables that describe a report's structure: one row per sentence and per section."""

from __future__ import annotations

import pandas as pd

from govreport.report import Report

SENTENCE_COLUMNS = [
    "report_id",
    "sentence_id",
    "part",
    "section",
    "paragraph",
    "sentence",
    "start",
    "end",
    "n_chars",
    "is_heading",
    "text",
]
SECTION_COLUMNS = [
    "report_id",
    "section_id",
    "part",
    "part_numeral",
    "part_title",
    "part_role",
    "section",
    "section_numeral",
    "section_title",
    "start",
    "end",
    "n_paragraphs",
    "n_sentences",
    "n_chars",
]


REPORT_COLUMNS = [
    "report_id",
    "role",
    "title",
    "title_en",
    "region",
    "region_en",
    "short_name",
    "short_name_en",
    "level",
    "plan_year",
    "review_year",
    "date",
    "speaker",
    "encoding",
]


def report_table(reports: list[Report], roles: list[str]) -> pd.DataFrame:
    """One row per report: its metadata (from the ``.yml`` beside it) and its role in the book.

    Missing metadata falls back to what the text tells (years) or to the report id.
    """
    rows = []
    for report, role in zip(reports, roles, strict=True):
        meta = report.metadata
        rows.append(
            (
                report.report_id,
                role,
                str(meta.get("title", report.report_id)),
                str(meta.get("title_en", report.report_id)),
                str(meta.get("region", report.report_id)),
                str(meta.get("region_en", report.report_id)),
                str(meta.get("short_name", meta.get("region", report.report_id))),
                str(meta.get("short_name_en", meta.get("region_en", report.report_id))),
                str(meta.get("level", "")),
                report.plan_year,
                report.review_year,
                str(meta.get("date", "")),
                str(meta.get("speaker", "")),
                report.encoding,
            )
        )
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


def sentence_table(report: Report) -> pd.DataFrame:
    """One row per sentence; ``n_chars`` counts the clean text (debris excluded)."""
    rows = [
        (
            report.report_id,
            s.sentence_id,
            s.part,
            s.section,
            s.paragraph,
            s.index,
            s.start,
            s.end,
            len(s.text),
            s.is_heading,
            s.text,
        )
        for s in report.sentences()
    ]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def short_title(title: str, width: int = 10) -> str:
    """The first clause of a section title, at most ``width`` characters.

    >>> short_title("加快产业转型升级，着力构建现代化产业新格局")
    '加快产业转型升级'
    """
    return title.split("，")[0].split(",")[0][:width]


def section_labels(sections: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Chinese and English axis labels for the rows of a :func:`section_table`.

    Section 0 is a part's preamble (引言) when the part has numbered sections, else the whole
    part (全文).

    >>> t = pd.DataFrame({"part": [1, 1, 3], "part_numeral": ["一", "一", "三"],
    ...                   "section": [0, 1, 0], "section_numeral": ["", "一", ""],
    ...                   "section_title": ["", "坚持向新求实，产业体系优化升级", ""]})
    >>> section_labels(t)
    (['一、引言', '一、（一）坚持向新求实', '三、全文'], ['Part 1, preamble', 'Part 1 §1', 'Part 3'])
    """
    has_sections = set(sections.loc[sections["section"] > 0, "part"])
    zh, en = [], []
    for r in sections.itertuples():
        if r.section:
            zh.append(f"{r.part_numeral}、（{r.section_numeral}）{short_title(r.section_title)}")
            en.append(f"Part {r.part} §{r.section}")
        elif r.part in has_sections:
            zh.append(f"{r.part_numeral}、引言")
            en.append(f"Part {r.part}, preamble")
        else:
            zh.append(f"{r.part_numeral}、全文")
            en.append(f"Part {r.part}")
    return zh, en


def section_table(report: Report) -> pd.DataFrame:
    """One row per section (section 0 = a part's heading and preamble).

    >>> from govreport.report import parse_report
    >>> t = section_table(parse_report("一、2024年工作回顾\\n（一）抓产业。很好。\\n（二）抓民生。"))
    >>> t[["section_id", "section_title", "n_sentences", "n_chars"]].values.tolist()
    [['1.0', '', 1, 11], ['1.1', '抓产业', 2, 10], ['1.2', '抓民生', 1, 7]]
    """
    rows = []
    for part in report.parts:
        for section in part.sections:
            sentences = [s for p in section.paragraphs for s in p.sentences]
            rows.append(
                (
                    report.report_id,
                    section.section_id,
                    part.index,
                    part.numeral,
                    part.title,
                    part.role,
                    section.index,
                    section.numeral,
                    section.title,
                    section.start,
                    section.end,
                    len(section.paragraphs),
                    len(sentences),
                    sum(len(p.text) for p in section.paragraphs),
                )
            )
    return pd.DataFrame(rows, columns=SECTION_COLUMNS)
