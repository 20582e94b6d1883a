"""The outline of every corpus report: review and plan parts with their years, the
main-targets paragraph, web debris out of the clean view, linear time.

Expected years come from the corpus index files (not from the code); expected main-targets
paragraphs from tests/data/structure/main_targets.csv, written by reading the reports.
"""

from __future__ import annotations

import csv
import re
import time
import unicodedata
import warnings
from pathlib import Path

import pandas as pd
import pytest

from govreport.config import project
from govreport.errors import StructureWarning
from govreport.quantities import extract_quantities
from govreport.report import (
    NOTE_REFERENCE,
    PLAN_ROLES,
    REVIEW_ROLES,
    Report,
    common_forms,
    main_targets,
    parse_report,
    part_period,
    plan_stage_year,
    read_heading,
    read_report,
)

ROOT = Path(__file__).resolve().parents[1]
PROJECT = project(ROOT)
NATIONAL = ROOT / "data" / "raw" / "national"
PROVINCIAL = ROOT / "data" / "raw" / "provincial-2026"
EXPECTED_TARGETS = ROOT / "tests" / "data" / "structure" / "main_targets.csv"

#: National reports from 1978 on whose outline has no review or no plan part, and why (read
#: from their headings). Everything else from 1978 on must have both.
NATIONAL_EXCLUDED = {
    1978: "part 一 (三年来的斗争和新时期的总任务) mixes a three-year review with the new tasks",
    1979: "topical parts only (伟大的历史性转变 ...)",
    1980: "delivered in 1980, it plans 1981; part 一 names no period (国民经济在调整…中取得了新的进展)",
    1981: "topical parts only (依靠政策和科学，加快农业的发展 ...)",
    1982: "topical parts only (关于工农业生产的发展速度和经济效益 ...)",
    1984: "topical parts only (改革城市经济 ...)",
    1985: "（一）关于经济形势 （二）关于经济体制改革: no period named",
    1988: "ten topical parts (牢固树立建设要依靠改革 ...)",
    2002: "topical parts only (扩大和培育内需 ...), no review part in the text",
}


def _index_years(folder: Path) -> dict[str, int]:
    with (folder / "index.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    if "file" in rows[0]:
        return {r["file"]: int(re.match(r"(\d{4})", r["title"]).group(1)) for r in rows}
    return {f"china-national-{r['year']}.txt": int(r["year"]) for r in rows}


NATIONAL_YEARS = _index_years(NATIONAL)
PROVINCIAL_YEARS = _index_years(PROVINCIAL)
CASES = [
    *[(NATIONAL / name, year) for name, year in sorted(NATIONAL_YEARS.items()) if year >= 1978],
    *[(PROVINCIAL / name, year) for name, year in sorted(PROVINCIAL_YEARS.items())],
    (PROJECT.reports / "jinan-shizhong-2025.txt", 2025),
    (PROJECT.reports / "china-national-2025.txt", 2025),
]


def _read(path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        return read_report(path)


@pytest.mark.parametrize(("path", "year"), CASES, ids=[p.name for p, _ in CASES])
def test_review_and_plan_parts_with_their_years(path: Path, year: int) -> None:
    report = _read(path)
    assert (report.review_year, report.plan_year) == (year - 1, year)
    if path.parent == NATIONAL and year in NATIONAL_EXCLUDED:
        # the outline lacks one of them: the model must say so rather than invent it
        assert report.notes, f"{path.name}: no StructureWarning for {NATIONAL_EXCLUDED[year]}"
        return
    reviews = [part_period(p) for p in report.parts if p.role in REVIEW_ROLES]
    plans = [part_period(p) for p in report.parts if p.role in PLAN_ROLES]
    assert reviews and plans, [(p.title, p.role) for p in report.parts]
    # a review part ends with the year before the plan year; a plan part starts with it
    assert any(period and period[1] == year - 1 for period in reviews), reviews
    assert any(period and period[0] == year for period in plans), plans


def test_the_plan_stage_a_report_gives_its_year_is_its_plan_year() -> None:
    """今年是…“十二五”…收官之年 dates a text no title or heading dates (plan_stage_year): over
    every report of known year that says so, the year read is the index's plan year."""
    said = {}
    for path, year in CASES:
        stage = plan_stage_year(_read(path).clean_text)
        if stage is not None:
            said[path.name] = (stage, year)
    assert len(said) >= 10  # (13 reports of the national and provincial sets say it)
    assert {name: pair for name, pair in said.items() if pair[0] != pair[1]} == {}


def test_multiyear_parts_in_five_year_reports() -> None:
    """Reports of the first year of a plan review the last plan and state the new one."""
    for name, review, plan in (
        ("china-national-2011.txt", (2006, 2010), (2011, 2015)),
        ("china-national-2016.txt", (2015, 2015), (2016, 2020)),
        ("china-national-2001.txt", (1996, 2000), (2001, 2005)),
    ):
        report = _read(NATIONAL / name)
        periods = {(p.role, part_period(p)) for p in report.parts}
        role = "review" if review[0] == review[1] else "review_multiyear"
        assert (role, review) in periods and ("plan_multiyear", plan) in periods, periods
    for name, span in (
        ("china-national-2013.txt", (2008, 2012)),
        ("china-national-2018.txt", (2013, 2017)),
    ):
        parts = _read(NATIONAL / name).parts
        assert [part_period(p) for p in parts if p.role == "review_multiyear"] == [span]
    for name in PROVINCIAL_YEARS:
        roles = {p.role for p in _read(PROVINCIAL / name).parts}
        if name != "jilin-2026.txt":  # 一、工作回顾 reviews 2025 only
            assert {"review_multiyear", "plan_multiyear"} <= roles, (name, roles)


@pytest.mark.parametrize(
    ("heading", "plan_year", "role", "period"),
    [
        ("三、2026年重点工作", 2026, "plan", (2026, 2026)),
        ("2011年的工作", 2011, "plan", (2011, 2011)),
        ("2025年和“十四五”时期工作回顾", 2026, "review_multiyear", (2021, 2025)),
        ("“十五五”时期主要目标任务", 2026, "plan_multiyear", (2026, 2030)),
        ("过去五年工作回顾", 2013, "review_multiyear", (2008, 2012)),
        ("过去一年和五年工作回顾", 2023, "review_multiyear", (2018, 2022)),
        ("“六五”计划执行情况的回顾", 1986, "review_multiyear", (1981, 1985)),
        # a plan's period over before the plan year, named by its plan words (session 44)
        ("一、全市人民团结奋斗，“十二五”目标任务胜利完成", 2016, "review_multiyear", (2011, 2015)),
        ("“十三五”规划圆满完成", 2021, "review_multiyear", (2016, 2020)),
        ("“十三五”规划主要任务", 2016, "plan_multiyear", (2016, 2020)),
        # work described as done well, before the foundation it laid for a plan (session 53: a
        # city's report of 2002 read its review as the 十五 plan's tasks)
        (
            "一、全市人民团结奋斗，各项工作开局良好，为实现“十五”计划奠定坚实基础",
            2002,
            "review",
            None,
        ),
        # the 11th to 15th plans by their bare short name (session 44)
        ("十二五和2015年工作回顾", 2016, "review_multiyear", (2011, 2015)),
        ("十三五工作回顾", 2021, "review_multiyear", (2016, 2020)),
        ("关于1 9 9 8 年政府工作的建议", 1998, "plan", (1998, 1998)),
        ("全面提升政府治理效能", 2026, "conduct", None),
        ("关于国际形势和外交工作", 1998, "other", None),
    ],
)
def test_heading_roles(heading: str, plan_year: int, role: str, period) -> None:
    title = re.sub(r"^[一二三四五六七八九十]+、", "", heading)
    reading = read_heading(title, plan_year)
    assert reading.role == role
    assert (
        None if reading.first_year is None else (reading.first_year, reading.last_year)
    ) == period


def _parsed(text: str) -> tuple[Report, pd.DataFrame]:
    """The report read from ``text`` and its quantities, its structure warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        return report, extract_quantities(report)


def _expected_targets() -> list[dict[str, str]]:
    lines = [
        line
        for line in EXPECTED_TARGETS.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    ]
    return list(csv.DictReader(lines))


@pytest.mark.parametrize("row", _expected_targets(), ids=lambda r: r["report"])
def test_main_targets_paragraph(row: dict[str, str]) -> None:
    folder = NATIONAL if row["report"].startswith("china-national") else PROVINCIAL
    if row["report"] in ("jinan-shizhong-2025.txt", "china-national-2025.txt"):
        folder = PROJECT.reports
    paragraph, reason = main_targets(_read(folder / row["report"]))
    if row["expected"] == "none":
        assert paragraph is None and reason, paragraph and paragraph.text[:40]
    else:
        assert paragraph is not None, reason
        assert paragraph.text.lstrip("　 ").startswith(row["expected"]), paragraph.text[:40]


def test_main_targets_found_in_every_recent_report() -> None:
    expected = {r["report"] for r in _expected_targets() if r["expected"] != "none"}
    assert {f"china-national-{y}.txt" for y in range(2005, 2026) if y != 2020} <= expected
    assert set(PROVINCIAL_YEARS) <= expected


DEBRIS = re.compile(
    r"^(?:下载|打印|全屏|收藏|【字号：|加大|还原|减小|】|来源：.*|时间：.*|相关报道：|（来源：.*）|编辑：.*"
    r"|.*记者.*摄|.*记者 \S+|\S{2,4}作政府工作报告。|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)$"
)


@pytest.mark.parametrize("name", sorted(PROVINCIAL_YEARS))
def test_web_debris_out_of_the_clean_view_but_in_the_raw_offsets(name: str) -> None:
    report = _read(PROVINCIAL / name)
    raw_lines = [line.strip() for line in report.raw_text.splitlines()]
    debris = [line for line in raw_lines if DEBRIS.match(line)]
    if name == "hainan-2026.txt":
        assert not debris, "the 海南 scrape has no page debris"
    else:
        assert debris, "the scrape has debris lines: the test reads them from the raw text"
    clean_lines = {
        unicodedata.normalize("NFKC", line.strip()) for line in report.clean_text.splitlines()
    }
    assert not clean_lines & set(debris)
    # the clean view maps back to the raw text: every kept character is the raw one
    for offset in range(0, len(report.clean_text), 97):
        raw_char = report.raw_text[report.clean_to_raw[offset]]
        assert raw_char == report.clean_text[offset] or not raw_char.isascii()
    # nothing else was removed: the clean view keeps every other raw line (less its note
    # references, 四大主导产业［2］占GDP比重), whole or joined to the next where the page broke a
    # sentence (…中国电子增资麒麟软件， / 协和天津基地…: report.inline_break_spans)
    kept = [NOTE_REFERENCE.sub("", line) for line in raw_lines if line and line not in debris]
    clean = unicodedata.normalize("NFKC", report.clean_text)
    # (a zero typed ○ in a Chinese year, 二○三五年, is 〇 in the clean view: report.common_forms)
    missing = [
        line for line in kept if unicodedata.normalize("NFKC", common_forms(line)) not in clean
    ]
    assert not missing, missing[:3]
    # and the report text starts where the report does
    first = next(p for p in report.paragraphs() if p.text.strip())
    assert "下载" not in first.text and "来源" not in first.text


def test_note_references_are_out_of_the_clean_view_and_map_back() -> None:
    # round 64: a web page's links to its notes (海南 2026: 四大主导产业［2］占GDP比重较2020年提高约14个
    # 百分点) split the subject from its measure; they leave the clean view as page debris does
    text = "各位代表：\n一、2025年工作回顾\n四大主导产业［2］占GDP比重提高14个百分点，ESI[5]全球排名前1%。"
    report = parse_report(text, metadata={"plan_year": 2026})
    assert "四大主导产业占GDP比重提高14个百分点，ESI全球排名前1%。" in report.clean_text
    at = report.clean_text.index("占GDP")
    assert report.raw_text[report.clean_to_raw[at] - 3 : report.clean_to_raw[at]] == "［2］"
    assert report.clean_text.count("1") == 2  # (14 and 1%: the references' digits are gone)


def test_debris_words_inside_the_report_are_kept() -> None:
    text = "各位代表：\n一、2025年工作回顾\n下载\n来源：湖南日报\n记者节到来。\n二、2026年工作安排\n加大投入。"
    report = parse_report(text, metadata={"plan_year": 2026})
    # toolbar and source lines count as debris only before the salutation
    assert "下载" in report.clean_text and "来源：湖南日报" in report.clean_text
    assert "记者节到来。" in report.clean_text and "加大投入。" in report.clean_text


@pytest.mark.parametrize(
    "text",
    [
        "一、2024年工作回顾\n" + "经济增长5%，就业" * 110_000,  # ~1 MB without 。
        "一、2024年工作回顾。" + "增长5%。记者 王" * 110_000,  # ~1 MB without a newline
        # ~1 MB of one-sentence paragraphs in one section (each paragraph's number was counted
        # over the section's paragraphs before it: minutes)
        "一、2024年工作回顾\n" + "增长5%。\n" * 150_000,
    ],
    ids=["no-full-stop", "no-newline", "short-lines"],
)
def test_structure_is_linear_on_large_inputs(text: str) -> None:
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text, metadata={"plan_year": 2025})
    main_targets(report)
    assert time.perf_counter() - start < 20, "structure should take seconds on 1 MB, not minutes"


def test_a_result_heading_after_the_review_goes_on_with_it() -> None:
    # session 55: a zone's review of 2020 on a web page, (一)经济运行平稳向好… / (二)工业生产持续
    # 回升。…, read its second part as the plan year's tasks (a task heading opens with its verb)
    text = (
        "各位代表：\n（一）2020年经济运行平稳向好。全区生产总值703.1亿元。\n"
        "（二）工业生产持续回升。规模以上工业总产值2067.1亿元。\n"
        "（三）推动工业生产持续回升。规模以上工业增加值增长5%。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text, metadata={"plan_year": 2021})
    roles = [(p.role, p.title[:8]) for p in report.parts if p.index > 0]
    assert roles == [
        ("review", "2020年经济运"),
        ("review", "工业生产持续回升"),
        ("plan", "推动工业生产持续"),
    ]


def test_a_line_opening_with_respectively_goes_on_with_the_line_before() -> None:
    # session 55: 工业投资、工业技改投资 / 分别增长69.2%、15.2%, (a county's news page of 2024)
    text = (
        "各位代表：\n一、2023年工作回顾\n新增规上企业10家，工业投资、工业技改投资\n"
        "分别增长69.2%、15.2%，规上企业近七成税收增长。\n二、2024年工作安排\n无。"
    )
    report = parse_report(text, metadata={"plan_year": 2024})
    assert "工业投资、工业技改投资分别增长69.2%、15.2%，规上企业" in report.clean_text


def test_a_running_paragraph_cut_before_its_figure_by_an_empty_line_goes_on() -> None:
    # session 55: 全年实现地区生产总值 / (blank) / 2803.5亿元、增长3.8%… (a district's page of 2024)
    # left the figure without its subject
    text = (
        "各位代表：\n一、2024年工作回顾\n过去一年，我们砥砺前行，推动发展。全年实现地区生产总值\n\n"
        "2803.5亿元、增长3.8%，其中规上工业增加值481.7亿元。\n\n二、2025年工作安排\n无。"
    )
    report = parse_report(text, metadata={"plan_year": 2025})
    assert "全年实现地区生产总值2803.5亿元、增长3.8%" in report.clean_text
    # (a heading line before a figure's paragraph stays a line of its own)
    text = "各位代表：\n一、2024年工作回顾\n（一）经济运行\n\n2803.5亿元、增长3.8%。\n二、2025年工作安排\n无。"
    report = parse_report(text, metadata={"plan_year": 2025})
    assert "（一）经济运行\n" in report.clean_text


def test_a_heading_whose_year_a_template_masks_still_names_its_part() -> None:
    # session 59 (township templates on document-sharing pages: 200*年工作回顾, 20xx年, 20**年):
    # the masked year is a year the text does not tell, and the heading still heads the review
    text = (
        "各位代表：\n现在，我代表镇人民政府向大会作工作报告。\n200*年工作回顾\n"
        "200*年是我镇加快发展的一年。20**年，全镇实现国内生产总值47.29亿元，同比增长10.3%。\n"
    )
    report, rows = _parsed(text)
    assert [p.role for p in report.parts][-1] == "review"
    assert set(rows["period_kind"]) == {"actual"}
    assert read_heading("20xx年工作安排").role == "plan"


def test_a_part_heading_run_into_a_short_line_still_heads_its_part() -> None:
    # session 59 (a county's 2020 report on one line of a web page: …提出意见。 一、2019年工作回顾
    # 即将过去的一年，…): the title's year read as the review's, its estimates dated 2020
    text = (
        "2020年某县政府工作报告 ——在某县第十七届人民代表大会第四次会议上 各位代表: 现在,我代表县"
        "人民政府向大会作工作报告,请予审议。 一、2019年工作回顾 即将过去的一年,县政府认真贯彻"
        "落实各项部署。预计全年地区生产总值增长8%。"
    )
    report, rows = _parsed(text)
    assert [(p.role, p.year) for p in report.parts][-1] == ("review", 2019)
    assert rows[["period_kind", "year"]].values.tolist() == [["expected", 2019]]


def test_a_part_heading_opening_a_line_of_text_still_heads_its_part() -> None:
    # session 60 (a page that kept its paragraphs but ran each part heading into the part's first
    # sentence: 二、2025年工作安排 全年…): the plan's targets read as the review's results
    text = (
        "各位代表：\n一、2024年工作回顾 全年地区生产总值增长5%。\n"
        "二、2025年工作安排 全年地区生产总值增长6%左右。\n"
    )
    report, rows = _parsed(text)
    assert [(p.role, p.year) for p in report.parts][-2:] == [("review", 2024), ("plan", 2025)]
    assert rows[["subject", "period_kind", "year"]].values.tolist() == [
        ["地区生产总值", "actual", 2024],
        ["地区生产总值", "target", 2025],
    ]


def test_a_review_heading_naming_the_titles_year_reviews_it() -> None:
    # session 60 (a district's page titled 2016年政府工作报告 over 一、过去五年和2016年政府工作回顾
    # and 预计2016年，…: all 21 figures were dated 2015)
    text = (
        "2016年政府工作报告\n各位代表:\n一、过去五年和2016年政府工作回顾\n"
        "五年来，全区地区生产总值完成247亿元，年均递增8.5%。\n"
    )
    report, rows = _parsed(text)
    assert (report.review_year, report.plan_year) == (2016, 2017)
    assert set(rows["year"]) == {2016}


def test_a_part_heading_glued_to_its_first_sentence_still_heads_its_part() -> None:
    # session 62 (a district's report of 2021 on one line, 一、2020年工作回顾过去一年，… with no
    # space after the heading): the review's results read as the plan year's targets
    text = (
        "各位代表：现在，我代表区人民政府作报告。 一、2020年工作回顾过去一年，我们统筹推进各项工作。"
        "预计地区生产总值增长3.8%。 二、2021年工作安排今年是“十四五”开局之年。"
        "地区生产总值增长6%左右。"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        rows = extract_quantities(report)
    assert [(p.role, p.year) for p in report.parts][-2:] == [("review", 2020), ("plan", 2021)]
    assert rows[["value", "period_kind", "year"]].values.tolist() == [
        ["3.8", "expected", 2020],
        ["6", "target", 2021],
    ]


def test_a_pages_clock_is_no_date_of_its_report() -> None:
    # session 59 (a newspaper's digest of Jinan's 2018 report on a page whose clock read
    # 2023年03月29日 星期三: every figure was dated 2022)
    text = (
        "2023年03月29日 星期三  站在新起点 实现新突破\n政府工作报告解读\n"
        "2017年预计全市生产总值突破7000亿元，增长8%左右。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
    assert (report.review_year, report.plan_year) == (2017, 2018)


def test_the_targets_named_after_a_digests_label_head_their_list() -> None:
    # session 59 (a city's news page of 2025: 关键词:主要预期目标 on its line, the targets on the
    # next, read as the year before's results)
    text = (
        "2月25日，某市人民代表大会开幕，代市长作政府工作报告。\n关键词:主要预期目标\n"
        "地区生产总值增长5%左右，固定资产投资增长6%以上，城镇新增就业8万人。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text, metadata={"plan_year": 2025})
        rows = extract_quantities(report)
    assert main_targets(report)[0] is not None
    assert set(zip(rows["period_kind"], rows["year"], strict=True)) == {("target", 2025)}


def test_the_targets_name_framed_by_dashes_heads_their_list() -> None:
    # session 66: a mirror of a city's digest of 2021 (— 主要目標 — on its line, the targets on
    # the next, its characters glossed in pinyin with a space: 會(huì )議), read as 2020 results
    text = (
        "2月2日，某市第十六屆人民代表大會(huì )第六次會(huì )議舉行。\n— 主要目標 —\n"
        "地區生產總值增長(cháng)7%以上；規模以上工業增加值增長8%以上。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text, metadata={"plan_year": 2021})
        rows = extract_quantities(report)
    assert "(huì )" not in report.clean_text
    assert set(zip(rows["period_kind"], rows["year"], strict=True)) == {("target", 2021)}


def test_a_digests_question_of_the_years_targets_heads_them() -> None:
    # session 60 (a newspaper's digest of a city's 2025 report, no headings: 今年深圳将怎么做，
    # 有哪些新目标，…？ and then the targets, all read as 2024 results)
    text = (
        "新改扩建50所中小学\n发布时间:2025-02-27 20:51:32\n"
        "2月25日，某市人民代表大会开幕，市长作政府工作报告。今年某市将怎么做，有哪些新目标？\n"
        "新改扩建中小学校50所以上。推进社康机构提档升级，新增社康机构30家。\n"
    )
    _, rows = _parsed(text)
    assert rows[["period_kind", "year"]].values.tolist()[1:] == [["target", 2025]] * 2


def test_a_plan_periods_heading_over_the_past_year_reviews_it() -> None:
    # session 60 (安徽's report of 2017: 一、十三五实现良好开局 over 过去的一年，是…: the heading
    # names the plan period of the plan year and no role, and its 2016 results read as 2017
    # targets); a heading naming the plan's tasks keeps the plan
    text = (
        "2017年某省人民政府工作报告\n各位代表：\n一、十三五实现良好开局\n"
        "过去的一年，是发展进程中具有重要意义的一年。全省生产总值24117.9亿元、增长8.7%。\n"
        "二、2017年主要任务\n全省生产总值增长7.5%左右。\n"
    )
    report, rows = _parsed(text)
    assert [p.role for p in report.parts][1:] == ["review", "plan"]
    assert rows[["period_kind", "year"]].values.tolist() == [
        ["actual", 2016],
        ["actual", 2016],
        ["target", 2017],
    ]


def test_a_paragraph_mark_on_a_line_of_its_own_opens_no_paragraph() -> None:
    # session 60 (a city's report of 2017 on a document site that ends each paragraph with kb4
    # and sets it again on the blank line after: 四年来，… opened on kb4, and its figures lost
    # the paragraph's span)
    text = (
        "各位代表:kb4\nkb4\n一、过去四年工作回顾kb4\nkb4\n"
        "过去四年，是津市发展历程中极为重要、极不平凡的四年，全市人民在市委的坚强领导下，"
        "适应新常态，实现了经济社会发展的新跨越。kb4\nkb4\n"
        "四年来，我们全力以赴兴产业，综合实力大为增强。地区生产总值增长到132亿元，"
        "成为全省全面小康达标县市，工业实力稳步提升。kb4\n"
    )
    report, rows = _parsed(text)
    assert "kb4" not in report.clean_text
    assert rows["span"].tolist() == ["四年来"]


def test_a_story_day_in_words_and_an_outlines_plan_year_date_a_news_page() -> None:
    # session 60 (a district's news story of 2017: page stamp 2017-01-17, 一月十六日上午 the
    # session, and 三是2017年主要工作 in its list of the report's parts; no year was read, and
    # 2012年换届以来…增加到 made the review a 2012 target)
    stamped = "2017-01-17 09:14:01 来源: 某网\n一月十六日上午,某区第十八届人民代表大会开幕。\n"
    listed = (
        "政府工作报告共分四个部分,一是过去五年工作回顾,二是今后五年的目标任务,"
        "三是2017年主要工作,四是全面加强政府自身建设。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        assert parse_report(stamped).plan_year == 2017
        assert parse_report("某区召开人代会。\n" + listed).plan_year == 2017


def test_a_note_naming_its_estimates_year_dates_the_text() -> None:
    # session 61 (a district's five-year review of 2021 in a yearbook, no date line or year
    # heading: 地区生产总值…达 1120 亿 元(2021年预计数,下同): 25 figures had no year and the note,
    # its figure letter-spaced, framed its own sentence only)
    text = (
        "某区人民政府工作报告\n一、回首过往：我们用汗水浇灌收获\n"
        "五年来，经济实力不断跃升。地区生产总值达 1120 亿 元(2021年预计数,下同)，较2016年增长67.4%。\n"
        "社会消费品零售总额达438亿元。\n"
    )
    report, rows = _parsed(text)
    assert (report.review_year, report.plan_year) == (2021, 2022)
    assert rows[["period_kind", "year"]].values.tolist()[-1] == ["expected", 2021]


def test_the_year_just_past_opening_a_clause_dates_the_sentences_after_it() -> None:
    # session 61 (a city's news story of 2014, one paragraph: 报告分两个部分:2013年政府工作回顾;
    # 2014年政府工作任务。 李同道说,刚刚过去的2013年,是…的一年。初步预计,全年生产总值突破1500亿元…
    # 港口吞吐量突破3亿吨: the outline's 2014 dated them, and they read as its targets)
    text = (
        "1月6日，某市人民代表大会开幕。报告分两个部分:2013年政府工作回顾;2014年政府工作任务。"
        "市长说,刚刚过去的2013年,是困难和挑战较多的一年。港口吞吐量突破3亿吨。\n"
    )
    _, rows = _parsed(text)
    assert rows[["period_kind", "year"]].values.tolist()[-1] == ["actual", 2013]


def test_a_years_heading_without_a_numeral_run_into_a_line_heads_its_part() -> None:
    # session 61 (a city's report of 2012 saved on one line: …2012年1月8日 …) 各位代表: 2011年工作
    # 回顧 過去一年里,…: no part was found and every figure had no year)
    text = (
        "苏州市政府工作报告 。2012年1月8日 各位代表: 2011年工作回顾 过去一年里,市政府团结依靠全市人民。"
        "全市地区生产总值预计达到10500亿元,比上年增长12%。\n"
    )
    report, rows = _parsed(text)
    assert [(p.role, p.year) for p in report.parts][-1] == ("review", 2011)
    assert set(rows["year"]) == {2011}
