"""The report model: raw data integrity, decoding, cleaning with offsets, structure."""

from __future__ import annotations

import codecs
import hashlib
import re
import warnings
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govreport.config import project
from govreport.errors import InputError, StructureWarning
from govreport.quantities import extract_quantities, read_report_quantities
from govreport.report import (
    clean_text,
    decode_bytes,
    load_report,
    number_break_gaps,
    parse_report,
    read_report,
    split_sentences,
)

PROJECT = project(Path(__file__).resolve().parents[1])
REPORTS_DIR = PROJECT.reports

REPORT_IDS = ["jinan-shizhong-2025", "china-national-2025"]
SHARED_REPORTS = REPORTS_DIR.parents[2].parent / "shared" / "reports"


@pytest.mark.parametrize("report_id", REPORT_IDS)
def test_raw_text_matches_recorded_sha256(report_id: str) -> None:
    meta = yaml.safe_load((REPORTS_DIR / f"{report_id}.yml").read_text(encoding="utf-8"))
    digest = hashlib.sha256((REPORTS_DIR / f"{report_id}.txt").read_bytes()).hexdigest()
    assert digest == meta["sha256"], f"{report_id}.txt was edited: raw data must stay as given"
    for key in ("title", "region", "level", "plan_year", "review_year", "date", "speaker", "venue"):
        assert meta.get(key), f"{report_id}.yml lacks {key}"


@pytest.mark.skipif(not SHARED_REPORTS.is_dir(), reason="no ../shared/reports beside the repo")
@pytest.mark.parametrize("report_id", REPORT_IDS)
def test_raw_text_is_byte_identical_to_the_shared_copy(report_id: str) -> None:
    ours = (REPORTS_DIR / f"{report_id}.txt").read_bytes()
    assert ours == (SHARED_REPORTS / f"{report_id}.txt").read_bytes()


@pytest.mark.parametrize("report_id", REPORT_IDS)
def test_sentences_point_into_the_raw_text(report_id: str) -> None:
    report = load_report(report_id)
    sentences = list(report.sentences())
    assert len({s.sentence_id for s in sentences}) == len(sentences), "sentence ids repeat"
    previous_end = 0
    for s in sentences:
        assert previous_end <= s.start < s.end <= len(report.raw_text)
        raw = report.raw_text[s.start : s.end]
        # the raw span holds the sentence, plus any debris that stood inside it
        assert raw.replace("\r", "")[0] == s.text[0] and raw[-1] == s.text[-1]
        assert "[bookmark:" not in s.text
        previous_end = s.end


def test_subject_report_structure() -> None:
    report = load_report("jinan-shizhong-2025")
    raw = report.raw_text
    roles = [(p.numeral, p.role, p.year) for p in report.parts if p.index > 0]
    assert roles == [("一", "review", 2024), ("二", "plan", 2025), ("三", "conduct", None)]
    # every numbered section heading in the raw text becomes a section, none invented
    numbered = [s for s in report.sections() if s.index > 0]
    heading_lines = re.findall(r"(?m)^(?:\[bookmark: [^\]]*\])*（[一二三四五六七八九十]+）", raw)
    assert len(numbered) == len(heading_lines)
    assert [s.numeral for s in numbered if s.part == 1] == list("一二三四五")
    assert [s.numeral for s in numbered if s.part == 2] == list("一二三四五六七")
    assert report.review_year == 2024 and report.plan_year == 2025
    assert report.raw_text.count("[bookmark:") > 0 and "[bookmark:" not in report.clean_text
    assert not report.clean_text.rstrip().endswith(")"), "trailing page number not removed"


def test_national_report_structure() -> None:
    report = load_report("china-national-2025")
    parts = [(p.numeral, p.role) for p in report.parts if p.index > 0]
    assert parts == [("一", "review"), ("二", "plan"), ("三", "plan")]
    assert [s.numeral for s in report.sections() if s.part == 3 and s.index][-1] == "十"


def test_decoding_variants_give_the_same_model(tmp_path) -> None:
    text = (REPORTS_DIR / "jinan-shizhong-2025.txt").read_text(encoding="utf-8")
    utf8 = load_report("jinan-shizhong-2025")
    for encoding, data in [
        ("gb18030", text.encode("gb18030")),
        ("utf-8-sig", codecs.BOM_UTF8 + text.encode("utf-8")),
    ]:
        path = tmp_path / f"copy-{encoding}.txt"
        path.write_bytes(data)
        other = read_report(path)
        assert other.encoding == encoding
        assert [s.text for s in other.sentences()] == [s.text for s in utf8.sentences()]


def test_crlf_only_moves_offsets() -> None:
    text = (REPORTS_DIR / "jinan-shizhong-2025.txt").read_text(encoding="utf-8")
    crlf = parse_report(text.replace("\n", "\r\n"))
    plain = parse_report(text)
    assert [s.text for s in crlf.sentences()] == [s.text for s in plain.sentences()]
    for s in crlf.sentences():
        assert "\r" not in s.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"\xff\xfe\xfd\x81\x30", "cannot be decoded"),
    ],
)
def test_bad_bytes_raise_one_line_input_errors(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as error:
        decode_bytes(data, name="x.txt")
    assert "\n" not in str(error.value)


#: Traditional-Chinese report prose (the genre's words), for encodings GB18030 cannot stand for.
TRADITIONAL = (
    "各位代表：現在，我代表市人民政府，向大會報告政府工作，請予審議。過去一年，全市經濟增長5.2%。\n"
)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_with_a_byte_order_mark_decodes(encoding: str) -> None:
    """What Windows Notepad saves as "Unicode" (UTF-16 LE with a BOM), and its relatives."""
    text = "一、2024年工作回顾\n地区生产总值增长5.9%。\n"
    data = text.encode(encoding)
    if not encoding.endswith(("16", "32")):  # -le/-be codecs write no BOM: add it
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    decoded, _ = decode_bytes(data, name="x.txt")
    assert decoded == text


@pytest.mark.parametrize(
    ("encoding", "named"),
    [("big5", "Big5"), ("shift_jis", "Shift-JIS"), ("latin-1", "single-byte")],
)
def test_other_encodings_are_refused_naming_the_encoding(encoding: str, named: str) -> None:
    """Never mojibake: a Big5 text used to decode as GB18030 and give rows with exit 0."""
    text = {
        "big5": TRADITIONAL * 5,
        "shift_jis": "政府の報告書です。経済成長は5%でした。\n" * 10,
        "latin-1": "Rapport du gouvernement : croissance économique de 5 % réalisée.\n" * 10,
    }[encoding]
    with pytest.raises(InputError, match=named) as error:
        decode_bytes(text.encode(encoding), name="x.txt")
    message = str(error.value)
    assert "\n" not in message and "iconv" in message


def test_short_gb18030_text_still_decodes() -> None:
    """The detector ranks other encodings first for very short GB texts; GB18030 must win while
    it is among the plausible ones."""
    assert decode_bytes("报告".encode("gb18030"), name="x.txt") == ("报告", "gb18030")


def test_missing_file_and_directory(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_report(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_report(tmp_path)


def test_only_debris_is_an_error() -> None:
    with pytest.raises(InputError, match="no text"):
        parse_report("[bookmark: _GoBack]\n\n")


def test_report_without_headings_warns_and_still_has_sentences() -> None:
    with pytest.warns(StructureWarning, match="no part headings"):
        report = parse_report("经济平稳增长。就业稳定。\n民生改善！")
    assert [s.text for s in report.sentences()] == ["经济平稳增长。", "就业稳定。", "民生改善！"]
    assert {p.index for p in report.parts} == {0}


def test_one_heading_naming_a_period_and_a_role_opens_its_part() -> None:
    # session 42: a page that keeps one part of a report (2020年工作和十三五发展回顾 - 高县年鉴, a
    # county yearbook's copy of the review) reviews from its heading on: its figures are 2020's
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report("各位代表：\n2020年工作回顾\n粮食总产量26.52万吨。\n")
    assert [(p.index, p.role, p.year) for p in report.parts] == [
        (0, "front", None),
        (1, "review", 2020),
    ]
    assert (report.review_year, report.plan_year) == (2020, 2021)


def test_a_review_opening_on_its_year_dates_a_page_without_other_years() -> None:
    # session 42: a newspaper's digest of a report (解读政府工作报告·过去一年和五年工作回顾, then
    # 过去一年 / 2022年是…的一年): no title, date line or heading names a year, the review part's
    # opening does
    text = "政府工作报告解读·工作回顾\n过去一年工作回顾\n2022年是极为重要的一年。\n国内生产总值增长3%。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
    assert (report.review_year, report.plan_year) == (2022, 2023)


def test_a_page_keeping_a_reports_later_parts_reads_them_from_its_first_heading() -> None:
    # session 43: the second page of an article (a development zone's 二、2018年工作总体要求和目标任务
    # then 三、…): no 一、 before it, so no part was read and the targets had no year
    text = (
        "开发区工作总结(2)\n时间:2021-08-31\n二、2019年工作总体要求和目标任务\n"
        "地区生产总值增长10%，工业增加值增长12%。\n三、保障措施\n（一）加强组织领导。\n落实责任。\n"
    )
    with pytest.warns(StructureWarning, match="no review part"):
        report = parse_report(text)
    assert [(p.index, p.role) for p in report.parts] == [(0, "front"), (2, "plan"), (3, "plan")]
    assert (report.review_year, report.plan_year) == (2018, 2019)
    assert [s.title for s in report.parts[2].sections if s.title] == ["加强组织领导"]
    # a list item numbered 二、 before any heading numbered 一、 is no part heading
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        listed = parse_report("二、加强管理\n增长10%。\n三、提高效率\n")
    assert {p.index for p in listed.parts} == {0}


def test_a_titles_bracketed_note_and_a_spaced_year_still_date_the_report() -> None:
    # session 43: (福建省)2019年松溪县人民政府工作报告(全文), a copy site's title
    text = "(福建省)2019年某县人民政府工作报告(全文)\n各位代表：\n一、过去一年工作回顾\n增长8%。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
    assert (report.review_year, report.plan_year) == (2018, 2019)


def test_a_session_date_written_after_the_session_dates_the_report() -> None:
    # session 47: 2019年某县人民政府工作报告(全文)——在某县第十七届人民代表大会第四次会议上县长某某
    # (2020年1月8日) (a county's page): the title names the year reviewed, the bracketed date says
    # the report plans 2020; its review's figures were read as targets of 2019
    text = (
        "2019年某县人民政府工作报告(全文)\n"
        "2019年某县人民政府工作报告(全文)——在某县第十七届人民代表大会第四次会议上县长某某"
        "(2020年1月8日)各位代表:2019年工作回顾2019年,是关键的一年。预计生产总值增长7.8%;"
        "地方财政收入1.88亿元。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        rows = extract_quantities(report)
    assert (report.review_year, report.plan_year) == (2019, 2020)
    assert rows[["subject", "period_kind", "year"]].values.tolist() == [
        ["生产总值", "expected", 2019],
        ["地方财政收入", "expected", 2019],  # (预计 frames its ；-list: session 58)
    ]


def test_a_digest_without_headings_is_dated_by_the_year_its_sentences_open_on() -> None:
    # session 43: newspapers' digests and copies without a title (a province's 2010 district
    # report card, a county's 2023 digest opening 预计2023年，…, a 2003 report opening "2003 年,")
    cases = {
        "城区生产总值突破万亿\n对城区来说这是好成绩。 2010年，全省城区生产总值增长17%。\n": (
            2010,
            2011,
        ),
        "有形之数见证发展之势。预计2023年，全县地区生产总值完成57.16亿元，增长2.5%。\n": (
            2023,
            2024,
        ),
        "述职报告\n2003 年,在市委的领导下，全区生产总值增长24%。\n": (2003, 2004),
        "2018年，是全面深化改革的开局之年。地区生产总值增长8%。\n": (2017, 2018),
        # (a speaker's words opening on the year; a horizon skipped; a plan's year)
        "区长在报告中说，2018年全区生产总值增长9.3%。\n": (2018, 2019),
        # (session 64: a span counted from a start year, 2018年以来的五年: its last year reviewed;
        # a start alone, 2017年以来, dates nothing)
        "省长 某某\n一、过去五年工作回顾\n2018年以来的五年，极不寻常。经济总量突破3600亿元。\n": (
            2022,
            2023,
        ),
        "2017年以来，市政府坚持稳中求进。经济总量突破3600亿元。\n": (None, None),
        # (session 64: the year's end counted to, 刚刚过去的一年…截止2007年底，…: the year reviewed)
        "镇工作汇报\n刚刚过去的一年，全镇经济持续发展。截止2007年底，全镇工农业总产值完成10.6亿元。\n": (
            2007,
            2008,
        ),
        # (session 64: the year about to open, 即将开启的2022年，是…开局之年: the plan year)
        "12月30日，市人民代表大会开幕。即将开启的2022年，是新一届政府的开局之年。\n增长8%。\n": (
            2021,
            2022,
        ),
        # (session 64: the year whose sessions open, 2026年德州市兩會啟幕: the plan year)
        "2026年某市兩會啟幕，報告梳理了過往。回望過去一年，地區生產總值預計達到4200億元。\n": (
            2025,
            2026,
        ),
        # (session 64: a year opening a bulleted item, ●2023年广东地区生产总值达到13.57万亿元)
        "报告指出:\n●2023年地区生产总值增长4.8%;\n2024年经济社会发展\n有这些目标\n": (2023, 2024),
        # (or a digest's bar before a year heading its list: ▎2025年⏎——城镇新增就业超35万人)
        "这份成绩单，分量十足！\n▎2025年\n——城镇新增就业超35万人\n": (2025, 2026),
        "2030年前实现碳达峰。2022年，全市生产总值增长3%。\n": (2022, 2023),
        "2024年全市力争生产总值增长6%。\n": (2023, 2024),
        "关注两会|2023年某市政府工作报告(全文)\n全市生产总值增长5%。\n": (2022, 2023),
        "地区生产总值增长8%。\n": (None, None),
        # session 44: a plan part cut out of its report, dated by the plan stage it names
        "二、工作重点\n今年是深化改革的关键之年，也是“十三五”规划的收官之年。地区生产总值增长7%。\n": (
            2019,
            2020,
        ),
        "今年是关键之年。地区生产总值增长7%。\n": (None, None),
        # session 64: a story of a city's targets whose only date is the stage its general
        # requirement aims at (奋力实现“十五五”良好开局: the plan's first year); a stage to build on
        # (巩固…良好开局) names no year
        "今年市政府工作总体要求是：坚持稳中求进，奋力实现“十五五”良好开局。\n增长5.5%左右。\n": (
            2025,
            2026,
        ),
        "今年工作总体要求是：确保“十三五”圆满收官。\n增长6%。\n": (2019, 2020),
        "今年工作总体要求是：巩固拓展“十四五”良好开局。\n增长6%。\n": (None, None),
        # (or the stage a story says the report stands at: 站在“十四五”开局之年的新征程起点上)
        "2月6日，区长作政府工作报告。站在“十四五”开局之年的新征程起点上，报告展露了思路。\n"
        "今年的主要预期目标是：地区生产总值增长7%以上。\n": (2020, 2021),
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        for text, years in cases.items():
            report = parse_report(text)
            assert (report.review_year, report.plan_year) == years, text


def test_a_news_page_dated_only_by_its_publication_takes_that_years_report() -> None:
    # session 43: a news site's story on a district's report (编辑:…2018-01-24 16:20, then 1月24日
    # 上午…区长作政府工作报告, 预计地区生产总值…): its only year is the page's date, in the debris
    text = "编辑:某某2018-01-24 16:20内容来源:某网\n1月24日，区长作政府工作报告。\n全区地区生产总值增长8.8%。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        # a copy site's date of posting an old report, whose story tells of no such day
        reposted = parse_report(
            "时间:2022-05-24 05:35:00\n市长作报告。\n全市地区生产总值增长8%。\n"
        )
        # a story posted some weeks after the session it tells of (2018-03-20, 2月25日上午…)
        later = parse_report(
            "某网 2018-03-20 10:33:06\n2月25日上午，市长作政府工作报告。增长8%。\n"
        )
        # session 64: a newspaper's digest headed 政府工作报告(摘编), published in the sessions'
        # months, tells of no day but is the year's report; the same title posted in May is not
        digest = parse_report(
            "政府工作报告(摘编)\n发布日期:2022-02-10 17:09来源: 某日报\n"
            "四年来，生产总值达到1923.5亿元。\n"
        )
        posted_later = parse_report(
            "政府工作报告(摘编)\n发布日期:2022-05-10 17:09\n四年来，生产总值达到1923.5亿元。\n"
        )
    assert (digest.review_year, digest.plan_year) == (2021, 2022)
    assert (posted_later.review_year, posted_later.plan_year) == (None, None)
    assert (report.review_year, report.plan_year) == (2017, 2018)
    assert (reposted.review_year, reposted.plan_year) == (None, None)
    assert (later.review_year, later.plan_year) == (2017, 2018)


def test_a_newspaper_page_of_the_sessions_column_takes_its_years_report() -> None:
    # session 66: a district head's account in a city paper's sessions column (上一版 下一版, then
    # A09 2024年2月3日 over 聚焦全市两会; 去年以来…完成地区生产总值317.96亿元): the page's date, on a
    # line of its own after the page number, dates it; the same page in July, or without the
    # column, is no report's
    def years(opening: str) -> tuple[int | None, int | None]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", StructureWarning)
            report = parse_report(opening + "去年以来，完成地区生产总值317.96亿元。\n")
        return report.review_year, report.plan_year

    assert years("上一版  下一版\nA09 2024年2月3日\n聚焦全市两会\n区长 某某\n") == (2023, 2024)
    assert years("A09 2024年7月3日\n聚焦全市两会\n") == (None, None)
    assert years("A09 2024年2月3日\n区长访谈\n") == (None, None)


def test_a_digest_of_the_reports_points_for_the_reader_is_dated_by_its_page() -> None:
    # session 66: 为你解读遵义市政府工作报告要点 over 发布时间:2021-02-26 (a city paper's digest): the
    # title names a digest of the report, as 摘编 does
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(
            "为你解读遵义市政府工作报告要点\n来源:遵义日报  发布时间:2021-02-26 10:14\n"
            "城镇新增就业6.6万人。\n"
        )
    assert (report.review_year, report.plan_year) == (2020, 2021)


def test_an_archives_copy_is_dated_by_its_title_not_by_its_stamp() -> None:
    # session 52: a news site's archive page of a province's 2006 report (资料:吉林省2006年政府工作
    # 报告, then 2012年03月23日 14:01 来源:…): the stamp years after the title is when the copy was
    # posted, not the session's date line; a stamp of the session's own month still dates it
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        archived = parse_report(
            "资料:吉林省2006年政府工作报告\n2012年03月23日 14:01   来源:政府网站\n"
            "今年全省地区生产总值预期增长12%。\n"
        )
        posted = parse_report(
            "2019年某县政府工作报告\n2019年12月26日 09:12 来源：某县人民政府\n增长8%。\n"
        )
        # a labelled date is no date line either (日期：…, 发布时间：…): the headings date it
        labelled = parse_report(
            "日期：2022年05月24日\n一、2017年工作回顾\n增长8%。\n二、2018年工作安排\n增长7%。\n"
        )
    assert (archived.review_year, archived.plan_year) == (2005, 2006)
    assert (posted.review_year, posted.plan_year) == (2019, 2020)
    assert (labelled.review_year, labelled.plan_year) == (2017, 2018)


def test_a_headline_of_the_years_report_card_is_a_review_heading() -> None:
    # session 42: a city's review heading of 2025 as its page kept it, without 一、 (39 characters,
    # the report card, 成绩单, its role word); a newspaper's digest heads its review so too
    text = (
        "各位代表：\n2024年全市上下解放思想 奋发进取 交出了一份经济社会高质量发展的优异成绩单\n"
        "地区生产总值增长6.1%。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
    assert [(p.role, p.year) for p in report.parts] == [("front", None), ("review", 2024)]


def test_out_of_sequence_numerals_are_not_headings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report("二、这不是第一部分\n（三）也不是一节。")
    assert [p.index for p in report.parts] == [0]


def test_sentence_split_keeps_closing_quotes() -> None:
    text = "坚持“项目为王。”推进改革！真的吗？"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "坚持“项目为王。”",
        "推进改革！",
        "真的吗？",
    ]


SPACED = (
    "　　1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，平均每年增长1 1 ％。"
    "去年经济增长8 ．8 ％，涨幅为0 ．8 ％，自然增长率下降到1 0 ．0 6 ‰，"
    "农村增加到2 2 平方米，钢产量达到1 亿吨以上，文盲率下降到6 ％。"
)


def test_spaced_digits_are_joined_and_still_map_to_the_raw_quote() -> None:
    text, to_raw = clean_text(SPACED)
    for number in ("1997年", "74772亿元", "11%", "8.8%", "0.8%", "10.06‰", "22平方米", "1亿吨"):
        assert number in text, number
    assert "6%。" in text and not re.search(r"[0-9] ", text)
    start = text.index("74772亿元")
    a, b = to_raw[start], to_raw[start + len("74772亿元") - 1] + 1
    assert SPACED[a:b] == "7 4 7 7 2 亿元"
    start = text.index("10.06‰")
    assert SPACED[to_raw[start] : to_raw[start + 5] + 1] == "1 0 ．0 6 ‰"


def test_a_subscript_on_a_line_of_its_own_joins_its_paragraph_again() -> None:
    # round 120 (heldout118 national 2017: 广义货币M / 2 / 增长11.3%, the page's <sub> set as a line;
    # national 2014, 2015, 2017, 2019 and 2022 write M2 and PM2.5 so, 13 times): the line breaks
    # around the subscript leave the clean view, the raw text keeps them
    raw = "一、2016年工作回顾\n稳健的货币政策灵活适度，广义货币M\n2\n增长11.3%。\n细颗粒物（PM\n2.5\n）浓度下降。\n"
    text, to_raw = clean_text(raw)
    assert text.endswith("广义货币M2增长11.3%。\n细颗粒物（PM2.5）浓度下降。\n")
    report = parse_report(raw)
    assert [p.text[:9] for p in report.paragraphs()][-2:] == [
        "稳健的货币政策灵活",
        "细颗粒物（PM2.",
    ]
    start = text.index("M2")
    assert raw[to_raw[start] : to_raw[start + 1] + 1] == "M\n2"
    # so do full-width ones (Ｍ / ２, ＰＭ / ２．５), read as ASCII in the clean view
    wide, _ = clean_text("广义货币Ｍ\n２\n增长11.3%。\n细颗粒物（ＰＭ\n２．５\n）浓度下降。\n")
    assert wide == "广义货币M2增长11.3%。\n细颗粒物（PM2.5）浓度下降。\n"


def test_a_line_break_a_web_page_put_inside_a_sentence_leaves_the_clean_view() -> None:
    # round 123 (heldout121 national 2021: …今年预期目标设定 / a zero-width-space line / 为6%以上…;
    # national 1954-2023 set 307 such breaks: links 《 / 民族区域自治法 / 》, 新建改建 / 高速公路 /
    # 6700多公里, 光缆线路550 / ​ / 多万公里, a line closing on a comma): the sentence is one paragraph
    # again in the clean view; a heading alone on its line, the front and a break after a full
    # stop stay, the raw text keeps every break
    raw = (
        "政府工作报告\n2017年3月5日\n各位代表：\n一、2016年工作回顾\n"
        "今年预期目标设定\n\u200b\n为6%以上，新建改建\n高速公路\n6700多公里、光缆线路550\n\u200b\n"
        "多万公里。认真实施《\n民族区域自治法\n》。\n\u200b\n深化农村改革。\n"
        "（一）稳增长\n推动项目建设。\n"
        "（二）扩大开放。积极推动加入\n全面与进步跨太平洋伙伴关系协定\n（CPTPP）等协议，\n稳步扩大开放。\n"
    )
    text, to_raw = clean_text(raw)
    assert text.split("\n") == [
        "政府工作报告",
        "2017年3月5日",
        "各位代表：",
        "一、2016年工作回顾",
        "今年预期目标设定为6%以上，新建改建高速公路6700多公里、光缆线路550多万公里。"
        "认真实施《民族区域自治法》。",
        "",
        "深化农村改革。",
        "（一）稳增长",
        "推动项目建设。",
        "（二）扩大开放。积极推动加入全面与进步跨太平洋伙伴关系协定（CPTPP）等协议，稳步扩大开放。",
        "",
    ]  # fmt: skip (the zero-width space itself is debris, gone before)
    start = text.index("为6%")
    assert raw[to_raw[start - 1] : to_raw[start] + 1] == "定\n\u200b\n为"
    report = parse_report(raw)
    assert any(p.text.startswith("今年预期目标设定为6%以上") for p in report.paragraphs())


def test_short_lines_that_never_close_a_sentence_are_items_not_one_sentence() -> None:
    # session 40 (a news page's summary of a report: one figure per line, no punctuation): the
    # inline-element join (新建改建 / 高速公路 / 6700多公里。) ran the lines into one sentence, so a
    # subject was read across items (城镇新增就业1267万人粮食产量…: 1267万人 got 粮食产量). A short
    # line is joined only when a line after it in its paragraph closes the sentence.
    raw = (
        "各位代表：\n一、2025年工作回顾\n国内生产总值增长5%\n城镇新增就业1267万人\n"
        "粮食产量达到1.43万亿斤\n新能源汽车年产量超过1600万辆\n过去5年\n"
        "二、2026年工作安排\n推进\n重点项目\n建设120个。\n"
    )
    text, _ = clean_text(raw)
    assert text.split("\n")[2:7] == [
        "国内生产总值增长5%", "城镇新增就业1267万人", "粮食产量达到1.43万亿斤",
        "新能源汽车年产量超过1600万辆", "过去5年",
    ]  # fmt: skip
    assert "推进重点项目建设120个。" in text  # (the lines that close a sentence are joined)
    rows = read_report_quantities(parse_report(raw))[0]
    assert rows.loc[rows["value"] == "1267", "subject"].tolist() == ["城镇新增就业"]


def test_a_text_spaced_between_scripts_reads_as_one_set_without_spaces() -> None:
    # session 40 (a Hong Kong news page of the national report: 经济增长 4.5%—5%, 升幅 2% 左右,
    # 城镇新增就业 1,200 万人以上): the hedge after a space was lost and 2026 年 was no year; in a
    # text set so throughout the spaces between scripts leave the clean view (the raw text and
    # the quotes keep them); a stray space in a text set without them stays
    raw = (
        "各位代表：\n一、2025 年工作回顾\n国内生产总值增长 5%，城镇新增就业 1,267 万人。\n"
        "二、2026 年工作安排\n经济增长 4.5%—5%，居民消费价格涨幅 2% 左右，赤字率拟按 4% 左右安排。\n"
    )
    text, to_raw = clean_text(raw)
    assert "一、2025年工作回顾" in text and "涨幅2%左右" in text and "赤字率拟按4%左右安排" in text
    report = parse_report(raw)
    assert (report.review_year, report.plan_year) == (2025, 2026)
    rows = read_report_quantities(report)[0]
    assert rows.loc[rows["value"] == "2", "qualifier"].tolist() == ["左右"]
    assert rows.loc[rows["value"] == "2", "quote"].tolist() == ["居民消费价格涨幅 2% 左右"]
    stray = "一、2025年工作回顾\n增长 5%，就业1267万人，投资120亿元，项目61个，粮食60万吨。\n"
    assert clean_text(stray)[0] == stray


def test_a_page_s_paragraph_marks_are_paragraph_breaks() -> None:
    # session 40 (document sites that end each paragraph with one random token, 2020 county
    # reports: …提出意见。C6m   一、十三五简要回顾C6m   …, on a page saved as one line): the token
    # hid the part headings (no part found) and stayed in the text; it reads as a line break now,
    # the raw text keeps it. Latin abbreviations and units are no marks.
    body = "现在，我代表县人民政府报告工作。{m}   一、十三五简要回顾{m}   五年来，全县生产总值年均增长6.2%。{m}   "
    raw = (
        "政府工作报告{m}   2021年1月6日在县第六届人民代表大会第六次会议上{m}   各位代表:{m}   "
        + body
    )
    for mark in ("C6m", "jMF"):
        text, to_raw = clean_text(raw.format(m=mark))
        assert mark not in text
        assert "\n一、十三五简要回顾\n五年来，" in text
        report = parse_report(raw.format(m=mark))
        # (十三五 unquoted names the plan's years since session 44: the review of 2016-2020)
        assert [p.role for p in report.parts] == ["front", "review_multiyear"]
        assert report.review_year == 2020
    plain = "细颗粒物PM2.5 浓度下降，GDP 增长，CPI 上涨，PPP 项目12个，5G 基站，装机120万kW 以上。"
    assert clean_text(plain)[0] == plain


def test_a_session_at_the_year_s_end_plans_the_next_year() -> None:
    # session 40 (a county report delivered on 2020年12月23日 under a page title naming 2020): the
    # date line says when the session sat, and one held in November or December reviews its own
    # year; the figures of 十三五末 were read as of 2019
    raw = (
        "2020年谷城县人民政府工作报告\n2020年12月23日在谷城县第十八届人民代表大会第五次会议上\n"
        "各位代表：\n一、十三五工作回顾\n预计全县地区生产总值突破400亿元。\n"
    )
    report = parse_report(raw)
    assert (report.review_year, report.plan_year) == (2020, 2021)
    early = raw.replace("2020年12月23日", "2021年1月6日")
    assert (parse_report(early).review_year, parse_report(early).plan_year) == (2020, 2021)


def test_a_title_naming_the_year_its_review_is_of_plans_the_next_year() -> None:
    # session 41 (a county report page titled 2019年梨树县政府工作报告, no date line, whose review
    # opens 2019年，是我县…的一年 and reads 预计到年末): its figures were read as of 2018; a title
    # naming a year its review part is about plans the year after, a review of the year before the
    # title's (一、2018年工作回顾) keeps the title's year as the plan year
    raw = (
        "2019年某县政府工作报告\n各位代表：\n一、过去一年政府工作成效显著\n"
        "2019年，是我县极不平凡的一年。预计到年末，全县地区生产总值增长3.3%。\n"
    )
    report = parse_report(raw)
    assert (report.review_year, report.plan_year) == (2019, 2020)
    rows = read_report_quantities(report)[0]
    assert rows["year"].tolist() == [2019]
    usual = raw.replace(
        "一、过去一年政府工作成效显著\n2019年，是", "一、2018年工作回顾\n2018年，是"
    )
    assert (parse_report(usual).review_year, parse_report(usual).plan_year) == (2018, 2019)


def test_a_sentence_broken_by_an_empty_line_before_a_figure_reads_whole() -> None:
    # session 41 (a county report's page of 2011: 全县生产总值由“十五”末的 / (empty line) / 12.8亿元
    # 增加到19.2亿元): the figure opened a paragraph of its own, without its subject or frame; a
    # lead that only lacks its full stop (…总的形势是很好的 / / 国家经济实力…: national 1988) stays
    raw = (
        "各位代表：\n一、回顾\n全县生产总值由“十五”末的\n\n12.8亿元增加到19.2亿元。\n"
        "总的形势是很好的\n\n国家经济实力继续增强。\n"
    )
    lines = clean_text(raw)[0].split("\n")
    assert "全县生产总值由“十五”末的12.8亿元增加到19.2亿元。" in lines
    assert "总的形势是很好的" in lines


def test_a_page_marking_its_paragraphs_and_wrapping_its_lines_reads_whole() -> None:
    # session 41 (a county report's page of 2020 from a document site: each paragraph closed by a
    # token, hd9, and the lines wrapped at a fixed width, 固定资产投资增 / 长11.5%, the token itself
    # cut once, hd / 9): the wrapped words lost their heads (长11.5% had no subject); a heading
    # whose paragraph before lost its token stays a heading
    raw = (
        "各位代表:hd9\n2019年工作回顾hd9\n2019年是攻坚克难的一年。县域经济社会平稳发展。hd\n9\n"
        "地区生产总值增长8.4%；固定资产投资增\n长11.5%；地方一般公共预\n算收入增长9.11%。hd9\n"
        "惠及2478户贫困户。\n二、2020年工作安排hd9\n今年地区生产总值增长7%。hd9\n"
    )
    lines = clean_text(raw)[0].split("\n")
    assert "地区生产总值增长8.4%；固定资产投资增长11.5%；地方一般公共预算收入增长9.11%。" in lines
    assert "2019年是攻坚克难的一年。县域经济社会平稳发展。" in lines
    assert "二、2020年工作安排" in lines
    rows = read_report_quantities(parse_report(raw))[0]
    assert rows["subject"].tolist()[:3] == ["地区生产总值", "固定资产投资", "地方一般公共预算收入"]


def test_a_bilingual_page_s_translation_lines_are_left_out() -> None:
    # session 41 (a city's report published with its English text line by line: 全市地区生产总值增长
    # 5.2%左右。 / The city's GDP grew by around 5.2%.): each figure gave a second row, its subject
    # the English words (The city's GDP grew by around), and the audit counted them unaccounted
    raw = (
        "各位代表：\n一、2024年工作回顾\nI Review of Our Work in 2024\n全市地区生产总值增长5.2%左右。\n"
        "The city's GDP grew by around 5.2%.\n二、2025年工作安排\n地区生产总值增长5%左右。\n"
        "GDP growth of around 5% is the main target.\n"
    )
    report = parse_report(raw)
    assert "The city" not in report.clean_text and "GDP增长" not in report.clean_text
    rows, audit = read_report_quantities(report)
    assert rows["subject"].tolist() == ["全市地区生产总值", "地区生产总值"]
    assert rows["period_kind"].tolist() == ["actual", "target"]


def test_a_page_that_sets_every_inline_span_on_a_line_of_its_own_reads_whole() -> None:
    # session 40 (a district report page exported with each inline element on its own line,
    # note references too: 税收超 / 5 / 亿元, 发展报告( / 2023 / 年)》, “三高四新” / [1] / 美好蓝图):
    # a figure alone on its line and a note reference's line are inside the sentence; a heading
    # named by its period and role is not joined to the line after it (2023年工作回顾 / 2023 / 年是…)
    raw = (
        "各位代表：\n现在，我代表区人民政府报告工作。\n2023年工作回顾\n2023\n年是开局之年。"
        "聚焦“三高四新”\n[1]\n美好蓝图，自贸区块\n5\n项制度创新成果入选《发展报告(\n2023\n年)》。"
        "投资大厦全口径税收超\n5\n亿元。\n2024年工作安排\n稳增长。\n"
    )
    lines = clean_text(raw)[0].split("\n")
    assert lines[2:5] == [
        "2023年工作回顾",
        "2023年是开局之年。聚焦“三高四新”美好蓝图，自贸区块5项制度创新成果入选《发展报告(2023年)》。"
        "投资大厦全口径税收超5亿元。",
        "2024年工作安排",
    ]
    rows = read_report_quantities(parse_report(raw))[0]
    assert rows["value"].tolist() == ["5", "5"] and rows["unit"].tolist() == ["项", "亿元"]


def test_a_figure_set_on_a_line_of_its_own_goes_on_with_its_hedge() -> None:
    # session 50 (a document site's copy of a provincial report of 2020, converted from a PDF with
    # each run of digits on a line of its own): 增长 / 3.5% / 左右。… and 增长 / 3% / 以上。… kept
    # their breaks (the hedge opening the line after the figure could open a paragraph), so the
    # rates lost their subjects and read as shares; a figure's hedge opens no paragraph
    raw = (
        "各位代表：\n一、2019年工作回顾\n预计全年地区生产总值增长\n3.5%\n左右。规模以上工业增加值增速"
        "由负转正，增长\n3%\n以上。金融机构存贷款余额同比分别增长\n10.2%\n、\n9.2%\n。\n"
        "以上工作，成绩来之不易。\n"
    )
    lines = clean_text(raw)[0].split("\n")
    assert lines[2:4] == [
        "预计全年地区生产总值增长3.5%左右。规模以上工业增加值增速由负转正，增长3%以上。"
        "金融机构存贷款余额同比分别增长10.2%、9.2%。",
        "以上工作，成绩来之不易。",  # (以上 after a closed line opens its paragraph)
    ]
    rows = read_report_quantities(parse_report(raw))[0].set_index("value")
    assert rows.loc["3", ["subject", "kind", "qualifier"]].tolist() == [
        "规模以上工业增加值",
        "growth_pct",
        "以上",
    ]
    assert rows.loc["9.2", "subject"] == "金融机构贷款余额"


def test_a_line_ending_on_a_word_that_never_closes_goes_on_with_a_figure() -> None:
    # session 50 (a city's review of 2006-2010 on a mirror site, lines broken where the page
    # was: 地方财政收入70.5亿元，是2005年的 / 2.7倍，年均增长22%): the multiple had no subject and
    # the rate after it read 2.7倍 as its subject; no paragraph ends on 的 (NEVER_CLOSING_ENDS)
    raw = "各位代表：\n一、2010年工作回顾\n地方财政收入70.5亿元，是2005年的\n2.7倍，年均增长22%。\n"
    assert (
        clean_text(raw)[0].split("\n")[2] == "地方财政收入70.5亿元，是2005年的2.7倍，年均增长22%。"
    )
    rows = read_report_quantities(parse_report(raw))[0].set_index("value")
    assert rows.loc["22", "subject"] == "地方财政收入"


def test_a_page_saved_as_its_html_source_reads_as_its_text() -> None:
    # session 40 (a forum's copy of a provincial report's news, saved with its markup: <p style=
    # "…font-size: 18px; color: rgb(51, 51, 51)…">): the style's numbers were unaccounted numerals
    # and the tags text; the markup leaves the clean view (a closing </p> or <br> a line break, a
    # script with its content, &nbsp; its character), the raw text keeps it; a text with a stray
    # < or a tag or two stays as it is
    raw = (
        "<html><head><style>p { margin: 1em; }</style></head><body>"
        '<p style="font-size: 18px; color: rgb(51, 51, 51);">各位代表：</p>'
        '<p style="text-indent: 2em;">一、2025年工作回顾</p>'
        "<p>全省地区生产总值增长5.5%，达到6.2万亿元；<span>一般公共预算收入</span>增长3.2%。</p>"
        "<p>二、2026年工作安排</p><p>地区生产总值增长5%左右。<br/>&nbsp;</p></body></html>"
    )
    text, to_raw = clean_text(raw)
    assert "<" not in text and "rgb" not in text and "margin" not in text
    assert "全省地区生产总值增长5.5%，达到6.2万亿元；一般公共预算收入增长3.2%。" in text.split("\n")
    indicators, audit = read_report_quantities(parse_report(raw))
    assert indicators["value"].tolist() == ["5.5", "6.2", "3.2", "5"]
    assert (audit["status"] != "unaccounted").all()
    assert clean_text("增长<5%，<b>较快</b>")[0] == "增长<5%，<b>较快</b>"


def test_a_number_cut_by_a_page_s_line_break_reads_whole() -> None:
    # session 40 (a document site's copy of a 2020 county report, lines cut at a fixed width but
    # too few to be read as a hard-wrapped text: 固定资产投资25 / 0.3亿元): the 25 was an
    # unaccounted numeral and the row read 0.3亿元; a line ending in a digit goes on in a line
    # opening with one
    raw = "各位代表：\n一、2020年工作回顾\n人均生产总值7.9万元；固定资产投资25\n0.3亿元，增长10.3%。\n"
    indicators, audit = read_report_quantities(parse_report(raw))
    assert "250.3" in indicators["value"].tolist() and (audit["status"] != "unaccounted").all()


def test_a_line_break_inside_a_figure_or_before_its_unit_reads_whole() -> None:
    # session 56 (a province's plan report of 1994 copied from a chorography site, lines cut at a
    # fixed width in an excerpt too short to be read as hard-wrapped): 增长14. / 3% read 3%, with no
    # subject, 5980亿 / 元 the unit 亿 and left the growth after it without its subject; a heading
    # ending on a figure (附件1 / 2025年…) keeps its line
    raw = (
        "各位代表：\n一、1993年工作回顾\n农村经济进一步发展。农业总产值994亿元，增长14.\n3%。工业生产增幅较大，工业总产值5980亿\n"
        "元，增长57.2%。实现利税281\n亿元。\n"
    )
    rows = read_report_quantities(parse_report(raw))[0].set_index("value")
    assert rows.loc["14.3", ["subject", "kind"]].tolist() == ["农业总产值", "growth_pct"]
    assert rows.loc["5980", "unit"] == "亿元" and rows.loc["57.2", "subject"] == "工业总产值"
    assert rows.loc["281", "unit"] == "亿元"
    assert number_break_gaps("附件1\n2025年主要指标\n增长5.\n万元") == []


def test_a_digest_s_items_set_one_per_line_stay_apart() -> None:
    # session 56 (a city's digest of its 2024 report: each item a line, its label on the line
    # before its figure): the line 增长5%以上 was read as an inline element and joined to the
    # next item too, so 规模以上工业增加值增长10%以上 / 稳外贸提质增效 read a class 10%以上稳外贸…
    raw = (
        "各位代表：\n一、2023年工作回顾\n全年GDP\n增长5.3%左右\n实际利用省外2000万元以上项目资金\n"
        "增长5%以上\n促消费成效明显，发放消费券1.5亿元，网络零售额突破600亿元\n"
        "规模以上工业增加值增长10%以上\n稳外贸提质增效，铁路集装箱吞吐量27.4万标箱。\n"
    )
    rows = read_report_quantities(parse_report(raw))[0].set_index("value")
    assert rows.loc["5", ["subject", "kind", "year"]].tolist() == [
        "实际利用省外2000万元以上项目资金",
        "growth_pct",
        2023,
    ]
    assert rows.loc["10", ["subject", "kind"]].tolist() == ["规模以上工业增加值", "growth_pct"]
    assert rows.loc["5.3", "subject"] == "GDP"


def test_a_label_or_a_verb_cut_from_its_figures_by_a_line_break_goes_on() -> None:
    # session 56: a digest set its label on a line of its own, a blank line before its figures
    # (城乡居民人均可支配收入 / / 分别增长9.4%和10.1%: no subjects, then 分别增长9.4 for the second);
    # a page cut a verb from its figures (…人均可支配收入分别达到 / 13350元和25160元: no subjects); a
    # heading ending on such a verb stays a line of its own before a year
    raw = (
        "各位代表：\n一、2015年工作回顾\n城乡居民人均可支配收入\n\n分别增长9.4%和10.1%\n\n"
        "报告指出，经济健康运行。\n农村居民和城镇居民人均可支配收入分别达到\n13350元和25160元，"
        "分别增长10%和8%。\n经济实现平稳增长\n2015年，全县生产总值增长5%。\n"
    )
    rows = read_report_quantities(parse_report(raw))[0]
    assert rows["subject"].tolist()[:6] == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "农村居民人均可支配收入",
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "城镇居民人均可支配收入",
    ]
    assert "经济实现平稳增长\n2015年" in clean_text(raw)[0]


def test_a_ratio_typed_with_another_colon_is_a_ratio() -> None:
    # session 40 (a county report page: 三次产业比调整为11.8︰48.3︰39.9, U+FE30): its three
    # figures were unaccounted numerals; the colon reads as ∶ in the clean view, the value keeps
    # the report's own
    raw = "各位代表：\n一、2024年工作回顾\n三次产业比调整为11.8︰48.3︰39.9，另一比例为5﹕3。\n"
    indicators, audit = read_report_quantities(parse_report(raw))
    assert indicators["value"].tolist() == ["11.8︰48.3︰39.9", "5﹕3"]
    assert set(indicators["kind"]) == {"ratio"} and (audit["status"] != "unaccounted").all()


def test_a_letter_typed_for_the_digit_one_inside_a_number_is_read_as_one() -> None:
    # round 122 (heldout120 national 2006: 再就业补助资金25l亿元, the raw text's l for 1): the clean
    # view reads 251亿元, offsets one for one; a letter not inside a number stays
    raw = "一、2005年工作回顾\n安排再就业补助资金25l亿元，比上年增加42亿元。l型和I类不变，1l0号。\n"
    text, to_raw = clean_text(raw)
    assert "资金251亿元" in text and "l型和I类不变，110号" in text
    assert len(to_raw) == len(text) + 1 and raw[to_raw[text.index("251") + 2]] == "l"


def test_a_zero_typed_as_a_circle_or_a_letter_is_read_as_the_chinese_zero() -> None:
    # many documents type the zero of a year in Chinese digits as the circle ○ (U+25CB: national
    # 1955-1986, hunan 2026 二○三五年) or a letter O / a digit 0 (二O二五年, 二0二四年); every year
    # and numeral pattern reads 〇, so a report written so lost its years (no review or plan year
    # from 二○二四年工作回顾) and read 二○三五年 as a duration 三五年. A circle after no digit stays.
    raw = (
        "政府工作报告\n——二○二五年一月八日在区人民代表大会上\n"
        "一、二○二四年工作回顾\n全区地区生产总值增长5.5%，新开工项目61个。\n"
        "二、二O二五年主要目标\n二０二五年的主要预期目标是：地区生产总值增长6%左右，"
        "到二◯三五年基本实现现代化。○○县建成一○○个项目。\n"
    )
    text, to_raw = clean_text(raw)
    assert "二〇二四年工作回顾" in text and "二〇二五年主要目标" in text and "二〇二五年的" in text
    assert "到二〇三五年" in text and "○○县建成一〇〇个" in text
    assert len(to_raw) == len(text) + 1 and raw[to_raw[text.index("二〇二四")] + 1] == "○"
    report = parse_report(raw)
    assert (report.review_year, report.plan_year) == (2024, 2025)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        rows = read_report_quantities(report)[0]
    assert rows["value"].tolist() == ["5.5", "61", "6", "一○○"]  # (as written)
    assert rows["year"].tolist()[:3] == [2024, 2024, 2025]
    assert rows["quote"].tolist()[-1].endswith("一○○个项目")  # (quotes as written)


@pytest.mark.parametrize("dash", ["―", "‒", "−", "‐", "‑", "﹣", "∼", "〜"])
def test_a_range_dash_of_another_code_point_is_a_range(dash: str) -> None:
    # some converters give the dash of 5—6% as U+2015 (or a minus, a swung dash): the range was
    # read as 6% with the subject 增长5― and an unaccounted 5; the span keeps the text's own dash
    raw = f"一、2024年工作回顾\n全年地区生产总值增长5{dash}6%，1{dash}5月份出口增长3%，――完。"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(raw)
        rows, audit = read_report_quantities(report)
    assert rows["value_num"].tolist() == [5.0, 3.0] and rows["value_high"].tolist()[0] == 6.0
    assert rows["span"].tolist()[1] == f"1{dash}5月份"
    assert "unaccounted" not in set(audit["status"])
    assert "――完" in report.clean_text  # (a dash not between figures stays)


def test_an_ideographic_full_stop_between_an_amounts_digits_is_its_point() -> None:
    # session 59 (a city's page of 2012 that set every decimal point as 。: 全社会固定资产投资
    # 698。03亿元 read 03亿元 with no subject); a sentence still ends before a month or a count
    text, to_raw = clean_text(
        "固定资产投资698。03亿元，增长22。1%。达到26。8月份，完成第1。2个项目开工。"
    )
    assert "698.03亿元" in text and "22.1%" in text
    assert "26。8月份" in text and "1。2个" in text
    assert len(to_raw) == len(text) + 1
    # (session 64: per mille and percentage points too, 人口自增率1。85‰, 提高0。5个百分点: a
    # county's page of 2010)
    text, _ = clean_text("人口自增率1。85‰，提高0。5个百分点。")
    assert "1.85‰" in text and "0.5个百分点" in text


def test_normally_spaced_numbers_are_never_glued() -> None:
    # a few spaced digits in an ordinary text: only the clearly spaced run (3 digits, a point)
    raw = "到1997 年增长5 %，编号1 2 和2024 1 2 3，共7 4 7 个，增长8 ．8 ％，第3 名，2 , 3 4"
    text, _ = clean_text(raw)
    # (a percent sign is its number's whatever the spacing: 增长5.9 %、17%, session 62)
    assert "1997 年" in text and "5%" in text and "1 2 和" in text
    assert "2024 1 2 3" in text and "第3 名" in text and "2 , 3 4" in text
    assert "747个" in text and "8.8%" in text


# ------------------------------------------------------------------- property tests

cjkish = st.text(
    alphabet=st.sampled_from(
        list("一二三、（）。，！？“”经济增长5%\n\r [bookmark: x]０１２％．○O年")
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(cjkish)
@example("经济“   增长")  # a space read as a lost paragraph break (drawn in session 58)
@example("１２，５％．０１○O年\r\n[bookmark: x]")
def test_clean_map_points_at_the_same_characters(raw: str) -> None:
    text, to_raw = clean_text(raw)
    assert len(to_raw) == len(text) + 1 and to_raw[-1] == len(raw)
    assert list(to_raw[:-1]) == sorted(set(to_raw[:-1])), "map must be strictly increasing"
    for clean_offset, ch in enumerate(text):
        original = raw[to_raw[clean_offset]]
        # (read one for one: digits, points and 〇 in their common forms, and a full-width comma
        # between digits as the thousands separator it is, govreport.report._points: 5，555; and
        # a space that stands for a lost paragraph break as that break,
        # govreport.report.lost_paragraph_breaks: “ followed by three spaces, drawn in session 58)
        assert (
            original == ch
            or (ch.isdigit() or ch in "%.〇,")
            and original != ch
            or original == " "
            and ch == "\n"
        )


@settings(max_examples=300, deadline=None)
@given(cjkish)
def test_parse_never_crashes_and_sentences_are_ordered(raw: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        try:
            report = parse_report(raw)
        except InputError:
            assert not clean_text(raw)[0].strip()
            return
    ends = [(s.start, s.end) for s in report.sentences()]
    assert all(0 <= a < b <= len(raw) for a, b in ends)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(ends, ends[1:], strict=False))


def test_a_digest_reads_the_tasks_after_their_announcement_as_the_plan_years() -> None:
    # session 43: a county's 2024 digest (…力争实现地区生产总值增长10%以上…。该县将重点抓好七个
    # 方面工作。一是…实现卫浴产值150亿元以上。全年新增规上工业企业25家…): the tasks were read as
    # the year before's results; a digest's summary of them inside a longer sentence is no such
    # announcement, and what it reviews after it stays a review
    text = (
        "编辑:某某 2024-01-10 10:00\n1月8日，县长作政府工作报告。\n"
        "2023年全县生产总值增长6%。该县将重点抓好三个方面工作。一是新增规上工业企业25家。\n"
        "二是实现茶产业产值60亿元。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        found, _ = read_report_quantities(report)
        summary = parse_report(
            "1月8日，他指出，今年要重点抓好八个方面的工作，加快建设新城。2023年全县生产总值增长6%。\n"
        )
    periods = dict(zip(found["value"], found["period_kind"], strict=True))
    assert (periods["6"], periods["25"], periods["60"]) == ("actual", "target", "target")
    assert not summary.targets_as_plan


def test_a_story_going_back_to_the_year_under_review_ends_the_announced_tasks() -> None:
    # session 46: a province's 2024 story (…江苏将重点抓好十个方面工作。 / 过去一年是…的开局之年
    # … / 报告晒出的…亮眼新成绩:地区生产总值达12.82万亿元…): the results after the announcement
    # were read as the plan year's targets
    text = (
        "1月23日上午，省长代表省人民政府向大会报告工作。今年地区生产总值增长5%以上。"
        "为了实现预期目标，该省将重点抓好十个方面工作。\n"
        "过去一年是开局之年。\n报告晒出的数据也展示了2023年经济发展取得的新成绩:"
        "地区生产总值达12.82万亿元、增长5.8%。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        found, _ = read_report_quantities(parse_report(text))
    periods = dict(zip(found["value"], found["period_kind"], strict=True))
    assert periods["5"] == "target"
    assert "target" not in (periods["12.82"], periods["5.8"])


def test_a_targets_heading_line_counts_the_figures_of_its_whole_list() -> None:
    # session 46: a province's 2021 digest set 主要预期目标 on a line of its own and one target to
    # a line after it: the list's first line alone held too few figures, and the targets were
    # read as the year before's results
    text = (
        "2020年湖南\n地区生产总值增长3.8%\n\n2021年湖南\n\n主要预期目标\n\n"
        "地区生产总值增长7%以上\n\n地方一般公共预算收入增长4%以上\n\n城镇新增就业70万人\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        found, _ = read_report_quantities(parse_report(text))
    got = list(zip(found["value"], found["period_kind"], found["year"], strict=True))
    assert got == [
        ("3.8", "actual", 2020), ("7", "target", 2021), ("4", "target", 2021), ("70", "target", 2021),
    ]  # fmt: skip


def test_looking_ahead_heads_the_plan_and_a_year_named_with_the_targets_dates_a_story() -> None:
    # session 46: a city's digest headed 回顾2017年 / 展望2018年 (the targets were the year
    # before's), and a story of a May session (2020年，宜春市主要预期指标为：… was read as the
    # review of 2020 and its targets as that year's results)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        digest = parse_report(
            "回顾2017年\n生产总值增长9.5%\n展望2018年\n生产总值增长9%左右，投资增长12%左右\n"
        )
        story = parse_report(
            "5月19日上午，某市人大会议召开，市长作政府工作报告。\n"
            "2020年，某市主要预期指标为：地区生产总值增长8%左右；财政总收入增长5%左右。\n"
        )
        found, _ = read_report_quantities(digest)
        targets, _ = read_report_quantities(story)
    assert [p.role for p in digest.parts][-2:] == ["review", "plan"]
    assert found["period_kind"].tolist() == ["actual", "target", "target"]
    assert (story.review_year, story.plan_year) == (2019, 2020)
    assert set(zip(targets["period_kind"], targets["year"], strict=True)) == {("target", 2020)}


def test_a_news_story_reads_its_list_of_targets_and_dates_its_report() -> None:
    # session 44: a city's 2020 story set the main targets one to a line after 经济社会发展预期
    # 目标是: (the second line was read as the year before's), a county's story headed them 主要
    # 目标 with no colon, and dated only the report it told of (…在2015年4月27日的某县政府工作
    # 报告中…); the line after the list, ending on 。/！, is no target (in a story with figures
    # before its targets: one opening on them is a cut of the plan part, see below)
    lines = (
        "6月4日上午，某市人代会开幕。去年全市生产总值增长3.9%。2020年某市经济社会发展预期目标"
        "是什么？\n经济社会发展预期目标是:\n"
        "固定资产投资增长6%以上，服务业增加值增长8%左右\n"
        "城乡居民人均可支配收入分别增长7%左右、7.5%左右\n"
        "以下是小编整理出的35条信息！\n"
    )
    headed = (
        "民生大事都在2015年4月27日的某县政府工作报告中做了部署。\n主要目标\n"
        "生产总值增长11.5%左右，城镇化率提高2个百分点左右。\n回眸展望\n新建学校3所。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        listed, _ = read_report_quantities(parse_report(lines))
        report = parse_report(headed)
        found, _ = read_report_quantities(report)
    periods = dict(zip(listed["value"], listed["period_kind"], strict=True))
    assert [periods[v] for v in ("6", "8", "7", "7.5", "35")] == [*["target"] * 4, "actual"]
    assert (report.review_year, report.plan_year) == (2014, 2015)
    periods = dict(zip(found["value"], found["period_kind"], strict=True))
    assert [periods[v] for v in ("11.5", "2", "3")] == ["target", "target", "actual"]


def test_a_work_meetings_story_is_dated_by_the_year_it_sums_up_and_reads_its_indicators() -> None:
    # session 44: a high-tech zone's work meeting (总结2013年及五年来的工作，部署2014年重点工作;
    # 记者从会上获悉，2013年…; 部署2014年主要预期发展指标是：…): undated, its 2014 goals read as
    # results; a rank's start (由2008年的第20位) is no part of the ranked thing
    text = (
        "17日，某高新区召开工作会议，总结2013年及五年来的工作，部署2014年重点工作。\n"
        "记者从会上获悉，2013年某高新区营业总收入实现4251亿元，同比增长17.4%。"
        "在综合排名中，某高新区由2008年的第20位上升到第16位。\n"
        "主任部署2014年主要预期发展指标是：营业总收入实现4900亿元，工业总产值实现4500亿元。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        found, _ = read_report_quantities(report)
    assert (report.review_year, report.plan_year) == (2013, 2014)
    rows = {
        v: (k, y, s) for v, k, y, s in found[["value", "period_kind", "year", "subject"]].values
    }
    assert rows["4251"][:2] == ("actual", 2013) and rows["4900"][:2] == ("target", 2014)
    assert rows["16"][2] == "某高新区排名"


def test_a_digest_of_the_main_tasks_the_report_set_out_is_the_plan_years() -> None:
    # session 64: a news site's digest (…向大会报告政府工作时提出2022年主要任务，其中的一组组数据
    # 目标是冲锋号更是动员令。 then ◆ items): the items are the plan year's, and an item naming a
    # programme of five years (◆启动…五年行动计划) heads no plan period
    text = (
        "北京两会:政府工作报告2022年精彩数据速读\n"
        "1月6日，市长向大会报告政府工作时提出2022年主要任务，其中的一组组数据目标是冲锋号。\n"
        "◆地区生产总值增长5%以上\n◆启动农村人居环境整治提升五年行动计划\n◆完成老楼加装电梯200部以上\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        found, _ = read_report_quantities(report)
    assert [p.role for p in report.parts] == ["front"]
    assert found[["period_kind", "year"]].values.tolist() == [["target", 2022]] * 2


def test_the_years_work_laid_out_in_a_story_is_the_plan_years() -> None:
    # session 64: a city's news story of 2025 (全面总结2024年发展成就… 在2025年重点工作部署中，港航
    # 枢纽、科技创新等成为“关键词”。 then what will be done): the paragraphs after it plan 2025
    text = (
        "2月18日，市长向大会作政府工作报告，全面总结2024年发展成就。\n"
        "2024年，全市生产总值增长5.8%。\n在2025年重点工作部署中，港航枢纽、科技创新等成为“关键词”。\n"
        "引进亿元以上产业项目10个，确保货物吞吐量超过6000万吨。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        found, _ = read_report_quantities(parse_report(text))
    rows = found[found["kind"] != "other"]  # (亿元以上: the class's threshold, no year)
    assert rows[["value", "period_kind", "year"]].values.tolist() == [
        ["5.8", "actual", 2024],
        ["10", "target", 2025],
        ["6000", "target", 2025],
    ]


def test_a_page_titled_as_the_years_tasks_sets_out_that_years_targets() -> None:
    # session 64: a county's page of 2025 (2025年工作任务:勇创佳绩攀新高 then 今年政府工作的总体要求
    # 是：… and the targets): dated 2025 by its title, its figures the year's targets
    text = (
        "2025年工作任务:勇创佳绩攀新高 增创优势开新局\n"
        "今年政府工作的总体要求是：坚持稳中求进。\n地区生产总值增长6.5%以上，固定资产投资增长8%。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        found, _ = read_report_quantities(report)
    assert (report.review_year, report.plan_year) == (2024, 2025)
    assert found[["period_kind", "year"]].values.tolist() == [["target", 2025]] * 2


def test_work_since_a_past_point_heads_a_review() -> None:
    # session 64: an industrial park's report (一、十八大以来主要工作及成效 over what was done):
    # 以来 looks back, its 主要工作 is work done, not the plan year's
    text = (
        "工业园区工作情况汇报\n一、十八大以来主要工作及成效\n园区面貌明显改善，引进项目12个。\n"
        "二、2016年工作打算\n力争引进项目15个。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
    assert [p.role for p in report.parts] == ["front", "review", "plan"]


def test_a_story_told_at_a_years_work_meeting_is_that_years() -> None:
    # session 64: a high-tech zone's story (昨日，東湖高新區2012年工作會上，市長…) in traditional
    # characters, without 召开: the meeting plans 2012, 去年 is 2011; a meeting that only recalls
    # one (在2011年工作会议提出的目标) sets no year
    told = "昨日，東湖高新區2012年工作會上，市長希望光谷勇於先行。\n去年企業總收入3810億元。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(told)
        recalled = parse_report("在2011年工作会议提出的目标基础上，增长5%。\n")
    assert (report.review_year, report.plan_year) == (2011, 2012)
    assert (recalled.review_year, recalled.plan_year) == (None, None)


def test_headings_counting_years_back_are_read_with_the_year_the_text_gives() -> None:
    # session 44: a city's page whose date line the front reader does not read (市长某某(2021年
    # 10月25日)) dated by its text; its 过去五年工作回顾 had no years, its figures no span
    text = (
        "政府工作报告\n市长某某(2021年10月25日)\n各位代表:\n一、过去五年工作回顾\n"
        "过去五年，全市经济持续增长。2020年，全市生产总值增长5%。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
    review = [p for p in report.parts if p.index == 1][0]
    assert (report.review_year, report.plan_year) == (2020, 2021)
    assert (review.role, review.first_year, review.last_year) == ("review_multiyear", 2016, 2020)


def test_an_officials_record_in_a_yearbook_entry_dates_no_text() -> None:
    # session 56 (county and prefecture entries of provincial yearbooks, 1993-1999: the officials'
    # list opens the entry, 县长：王某 1943年12月生，…1966年3月加入中国共产党): the birth year was read
    # as the year the text opens on, and every figure of the 1993 review was dated 1943
    text = (
        "东宁县\n县委书记：徐某\n县 长：王某 1943年12月生，大学文化。1966年3月加入中国共产党，"
        "1967年8月参加工作。\n【概况】 1993年，全县国内生产总值达4.6亿元，比上年增长12%。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        rows = extract_quantities(report)
    assert (report.review_year, report.plan_year) == (1993, 1994)
    assert set(rows["year"]) == {1993}


def test_news_pages_dated_by_their_label_their_headline_or_the_work_reported() -> None:
    # session 44, news stories on city and county reports: 发布时间:2011年1月20日 (a date in words
    # after its label), 《政府工作报告》解读2017：十件实事 (the year after the report's name),
    # 向人民代表报告2008年工作 (the year whose work is reported); an agenda line (审查…规划纲要
    # 草案) is no heading, and 将办好事关…的“十件实事” announces the year's list
    cases = {
        "发布时间:2011年1月20日7:41\n1月20日讯 在昨日开幕的会议上，市长作报告。\n": (2010, 2011),
        "《政府工作报告》解读2017:十件实事\n今年,我市将办好事关群众切身利益的“十件实事”\n": (
            2016,
            2017,
        ),
        "题:某市人民政府向人民代表报告2008年工作侧记\n全市生产总值增长12%。\n": (2008, 2009),
    }
    agenda = "审查某县国民经济和社会发展第十五个五年规划纲要草案等\n2月25日，会议开幕。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        for text, years in cases.items():
            report = parse_report(text)
            assert (report.review_year, report.plan_year) == years, text
        listed = parse_report(
            "《政府工作报告》解读2017:十件实事\n今年,我市将办好事关群众切身利益的“十件实事”\n"
            "1.实施118条市政道路建设。\n"
        )
        outline = parse_report(agenda)
    assert listed.targets_as_plan
    assert [p.role for p in outline.parts] == ["front"]


def test_a_page_opening_on_the_years_targets_is_cut_out_of_the_plan() -> None:
    # session 44: a city's 2025 page opening on 全市经济社会发展主要预期目标是：…, then its tasks
    # (全年实施投资5000万元以上项目1400个…): the tasks were read as of no year and no plan; a page
    # with figures before its targets (a review) keeps only the targets' lines as the plan's
    opening = (
        "全市经济社会发展主要预期目标是：地区生产总值增长5.5%以上，粮食产量260亿斤以上。\n"
        "着力扩大有效需求\n全年实施投资5000万元以上项目1400个。\n"
    )
    reviewed = "去年全市生产总值增长4%。\n" + opening
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        cut, _ = read_report_quantities(parse_report(opening))
        whole, _ = read_report_quantities(parse_report(reviewed))
    kinds = dict(zip(cut["value"], cut["period_kind"], strict=False))
    assert (kinds["5.5"], kinds["1400"]) == ("target", "target")
    kinds = dict(zip(whole["value"], whole["period_kind"], strict=False))
    assert (kinds["5.5"], kinds["1400"]) == ("target", "other")


def test_a_table_of_contents_gives_way_to_the_bodys_headings() -> None:
    # session 45: a county's page (two of 40 new pages) opens with its outline, 一、2018年工作回顾
    # 二、2019年主要任务 三、加强政府自身建设, then the body repeats the headings: the body fell in
    # the outline's last part (conduct) and its figures had no year
    text = (
        "一、2018年工作回顾\n二、2019年主要任务\n(一)巩固提升脱贫成果\n三、加强政府自身建设\n"
        "——2019年1月3日在某县第十七届人民代表大会第三次会议上\n各位代表:\n"
        "一、2018年工作回顾\n全年实现地区生产总值198亿元,增长8%。\n"
        "二、2019年主要任务\n地区生产总值增长7.5%左右。\n"
    )
    report = parse_report(text)
    assert [p.role for p in report.parts if p.role != "front"] == ["review", "plan"]
    found, _ = read_report_quantities(report)
    rows = found.set_index(found["value"] + found["unit"])
    assert (rows.loc["198亿元", "year"], rows.loc["8%", "year"]) == (2018, 2018)
    assert (rows.loc["7.5%", "period_kind"], rows.loc["7.5%", "year"]) == ("target", 2019)


def test_a_plan_word_on_a_year_before_the_plan_year_looks_back() -> None:
    # session 45: 一、“十三五”时期发展成就和2020年主要工作 in a city's report of 2021 (主要工作 is a
    # plan word; the year 2020 is over) reviews; 展望2022年 dates a story on the year's targets
    text = (
        "——2021年2月4日在某市第十五届人民代表大会第六次会议上\n"
        "一、“十三五”时期发展成就和2020年主要工作\n地区生产总值增长2.5%。\n"
        "二、2021年工作安排\n地区生产总值增长6%以上。\n"
    )
    roles = [p.role for p in parse_report(text).parts if p.role != "front"]
    assert roles == ["review_multiyear", "plan"]
    story = "市长作政府工作报告。展望2022年，全市经济社会发展目标为：地区生产总值增长8%，粮食产量60万吨以上。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(story)
        found, _ = read_report_quantities(report)
    assert report.plan_year == 2022
    assert set(found["period_kind"]) == {"target"}


def test_a_date_line_run_into_the_title_line_dates_the_report() -> None:
    # session 45: (陕西省)2015年…区人民政府工作报告(全文) ;;;;2016年2月17日在…人民代表大会… (a
    # district's page titled by the year it reviews) and 1政府工作报告——2012年1月3日在…(a page
    # without line breaks): the session's date is the plan year's, wherever the line has it
    titled = (
        "(陕西省)2015年某区人民政府工作报告(全文) ;;;;2016年2月17日在某区第十六届 人民代表大会第六次会议上\n"
        "各位代表:\n2015年，全区生产总值增长7.8%。\n"
    )
    run_on = "1政府工作报告——2012年1月3日在某区第四届人民代表大会第一次会议上各位代表:预计2011年增长9%。\n"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        first, second = parse_report(titled), parse_report(run_on)
    assert (first.review_year, first.plan_year) == (2015, 2016)
    assert (second.review_year, second.plan_year) == (2011, 2012)


def test_a_forums_post_header_before_the_salutation_is_debris() -> None:
    # session 48: a report reposted on a bulletin board (2022年扬中市政府工作报告) opens with the
    # post's counters, the poster's rank and the time, each on a line: its bare numbers were read
    # as quantities and its "签到天数: 733 天" as a duration
    raw = (
        "[江苏] 2022年某市政府工作报告\n设为首页收藏本站\n查看: 1031|回复: 0\n"
        "  • TA的每日心情\n    开心\n    2 小时前\n  • 签到天数: 733 天\n    1万\n    主题\n"
        "    14万\n    积分\n    148171\n    发表于 2022-4-7 20:44:47 | 显示全部楼层 |阅读模式\n"
        "各位代表：\n一、2021年工作回顾\n地区生产总值增长10%。\n二、2022年工作安排\n无。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        text = parse_report(raw).clean_text
    for debris in ("1031", "小时前", "733", "1万", "14万", "148171", "发表于"):
        assert debris not in text, debris
    assert "2022年某市政府工作报告" in text and "增长10%" in text


def test_parts_headed_without_numerals_over_numbered_sections() -> None:
    # session 48: ten of 415 pages of local reports head their parts 2018年工作回顾 / 2019年工作
    # 安排 and number the sections under each 一、二、 from one again; the numbered headings were
    # read as the parts, the second 一、 was no heading, and the plan's tasks were read as the
    # review's (actual 2018)
    raw = (
        "各位代表：\n2018年工作回顾\n一、经济平稳\n地区生产总值增长8%。\n二、民生改善\n"
        "城镇新增就业2万人。\n2019年工作安排\n今年的主要预期目标是：地区生产总值增长7%。\n"
        "一、抓项目\n新建项目10个。\n二、惠民生\n新增就业2万人。\n"
    )
    report = parse_report(raw)
    assert [(p.role, p.year) for p in report.parts] == [
        ("front", None),
        ("review", 2018),
        ("plan", 2019),
    ]
    assert [s.title for s in report.parts[2].sections][1:] == ["抓项目", "惠民生"]
    rows = extract_quantities(report)
    assert rows[["period_kind", "year"]].values.tolist() == [
        ["actual", 2018],
        ["actual", 2018],
        ["target", 2019],
        ["target", 2019],
        ["target", 2019],
    ]


def test_a_title_naming_the_review_over_parts_that_name_their_own_roles() -> None:
    # session 69: a page titled by what it holds (某某局2023年工作总结和2024年工作计划, the form of
    # a bureau's or a sub-district's year-end summary) whose numbered headings name a review and
    # a plan of their own was read as one review part with the 一、二、 as its sections, so the
    # plan's figures were the review's (actual 2023). A heading that names a role and a period
    # is a part, whatever line comes before it.
    for title in ("某某局2023年工作总结和2024年工作计划", "某某街道2023年工作总结"):
        report = parse_report(
            f"{title}\n一、2023年工作总结\n全年完成固定资产投资25亿元。\n"
            "二、2024年工作计划\n力争完成固定资产投资28亿元。\n"
        )
        assert [(p.role, p.year) for p in report.parts][1:] == [("review", 2023), ("plan", 2024)]
        rows = extract_quantities(report)
        assert rows[["period_kind", "year"]].values.tolist() == [
            ["actual", 2023],
            ["target", 2024],
        ], title


def test_a_plan_part_s_page_dated_by_its_proposed_targets() -> None:
    # session 50 (page 4 of a county's report of 2023 on a mirror site: it opens on 2023年政府
    # 工作总体要求是… and 2023年经济社会发展的主要预期目标建议为…, no heading): the text's opening
    # year was read as the review year, so the eight headline targets were 2023 actuals; the
    # year of the targets proposed (建议为) or of the year's general demands is the plan year
    raw = (
        "2023年政府工作总体要求是：坚持稳中求进。\n"
        "2023年经济社会发展的主要预期目标建议为：地区生产总值增长8%以上；一般公共预算收入增长20%以上。\n"
        "围绕上述目标，我们将着重抓好以下六个方面的工作。\n"
    )
    report = parse_report(raw)
    assert (report.review_year, report.plan_year) == (2022, 2023)
    rows = read_report_quantities(report)[0]
    assert rows["period_kind"].tolist() == ["target", "target"]
    assert rows["year"].tolist() == [2023, 2023]


def test_a_title_naming_the_place_before_the_year_dates_the_report() -> None:
    # session 50 (a county's report of 2023 on a page of reports: 湘潭县2023年政府工作报告 as its
    # title lines, no date line, no year in its headings): no year was found, so every row had
    # none; a title's year read after the place's name, as after a bracketed label
    raw = "湘潭县2023年政府工作报告\n各位代表：\n一、全面回顾全年工作\n全年完成地区生产总值595亿元，增长5.5%。\n"
    report = parse_report(raw)
    assert (report.review_year, report.plan_year) == (2022, 2023)
    assert read_report_quantities(report)[0]["year"].tolist() == [2022, 2022]


def test_a_share_quote_a_finance_site_inserts_is_debris() -> None:
    # session 50 (a mirror of a city's report on a finance site: 新华联(7.900, 0.06, 0.77%)、万达…):
    # the quote's 0.77% was read as a growth of the investment before it; the quote leaves the
    # clean view (the raw text keeps it)
    raw = (
        "各位代表：\n一、2024年工作回顾\n完成固定资产投资1399.3亿元，增长10%，引进新华联(7.900, 0.06, 0.77%)"
        "、万达等企业。\n"
    )
    assert "7.900" not in clean_text(raw)[0]
    assert read_report_quantities(parse_report(raw))[0]["value"].tolist() == ["1399.3", "10"]


def test_plan_period_headings_date_a_report_without_a_title_or_metadata() -> None:
    # session 51: national 2011 read without its index (no title: 各位代表 opens it) had no year:
    # its headings are 一、“十一五”时期…的回顾 / 二、“十二五”时期的主要目标和任务 / 三、2011年的工作,
    # and only a single year's review or plan heading dated a report; a city's report of 2026
    # headed “十四五”发展成就和2025年工作回顾 neither. A closed plan period looked back on dates the
    # report the year after it, one set out the year it opens; a period reviewed "since" does not
    text = (
        "各位代表：\n一、“十一五”时期国民经济和社会发展的回顾\n这五年，经济年均增长11.2%。\n"
        "二、“十二五”时期的主要目标和任务\n经济年均增长7%。\n三、2011年的工作\n经济增长8%左右。\n"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(text)
        city = parse_report("一、“十四五”发展成就和2025年工作回顾\n地区生产总值增长5.5%。\n")
        since = parse_report("一、“十三五”以来工作回顾\n增长6%。\n二、推进改革\n增长5%。\n")
    assert (report.review_year, report.plan_year) == (2010, 2011)
    assert [p.role for p in report.parts][1:] == ["review_multiyear", "plan_multiyear", "plan"]
    assert (city.review_year, city.plan_year) == (2025, 2026)
    assert since.plan_year is None
    rows = read_report_quantities(city)[0]
    assert rows[["period_kind", "year"]].values.tolist() == [["actual", 2025]]


def test_runs_of_spaces_between_paragraphs_run_together_are_breaks() -> None:
    # session 54 (a county's plan report of 2023 on a page that ran its paragraphs together with
    # runs of spaces, on a line far shorter than the merged lines read before): the heading
    # 一、2022年…计划执行情况 was inside a line, so the whole text was one plan part; a run of three
    # spaces or more between text is a break now, one or two stay spaces
    raw = (
        "某市人民政府关于下达某市2023年国民经济和社会发展计划的通知\n"
        "《某市2023年国民经济和社会发展计划》已经审议通过，现印发给你们。    某市人民政府   "
        "2023年4月7日   某市2023年国民经济和社会发展计划   一、2022年国民经济和社会发展计划执行情况   "
        "2022年，地区生产总值达到1002.1亿元，同比增长4%。\n"
    )
    text, _ = clean_text(raw)
    lines = [line.strip() for line in text.splitlines()]
    assert "一、2022年国民经济和社会发展计划执行情况" in lines
    assert "某市人民政府" in lines
    report = parse_report(raw)
    assert [p.role for p in report.parts][-1] == "review"
    assert report.review_year == 2022
    assert clean_text("市中区区长 孟庆顺  讲话")[0] == "市中区区长 孟庆顺  讲话"


def test_a_clause_cut_before_its_figure_joins_the_next_line() -> None:
    # session 54 (a new area's briefing of 2011, lines wrapped at about 90 characters): 实际利用
    # 内资 / 7.3亿元,同比增长45.97%; left the figure without a subject and named the growth
    # 7.3亿元; a running paragraph's line cut before a figure that opens the next line with its
    # clause goes on there (not a year: (一)经济方面 / 2010年,… stays apart)
    raw = (
        "各位代表：\n(一)经济方面\n2010年,完成固定资产投资58.66亿元,同比增长207%;实际利用内资\n"
        "7.3亿元,同比增长45.97%;实际利用外资500万美元。\n"
    )
    text, _ = clean_text(raw)
    # (the half-width marks read full-width since session 68)
    assert "实际利用内资7.3亿元，同比增长45.97%" in text
    assert "(一)经济方面\n2010年，" in text
    rows = extract_quantities(parse_report(raw), plan_year=2011).set_index("value")
    assert rows.loc[["7.3", "45.97"], "subject"].tolist() == ["实际利用内资"] * 2


def test_a_heading_telling_of_work_done_with_its_perfective_is_a_review() -> None:
    # session 54 (a city's report of 2002, its heading 一、二○○一年全市经济社会继续保持旺盛活力，
    # 实现了"十五"计划的良好开局): the heading was read as a plan of 2001 (its 计划); 实现了 / 完成了
    # tell of work done; without 了 (实现…良好开局) it stays an aim
    done = parse_report(
        '一、二○○一年全市经济社会继续保持旺盛活力，实现了"十五"计划的良好开局\n'
        "全市国内生产总值完成138.8亿元，比上年增长14%。\n"
    )
    assert [(p.role, p.year) for p in done.parts][-1] == ("review", 2001)
    assert (done.review_year, done.plan_year) == (2001, 2002)


def test_headings_naming_a_year_and_then_the_next_are_the_review_and_the_plan() -> None:
    # session 58: a digest headed 一、精彩的2012年 … 二、奋进的2013年 had neither a review nor a
    # plan part, so its figures had no year; two years apart, or one year alone, say nothing
    report = parse_report(
        "一、辉煌的2019年\n全市生产总值增长6%。\n二、奋进的2020年\n生产总值增长5%左右。\n"
    )
    assert [(p.role, p.year) for p in report.parts] == [("review", 2019), ("plan", 2020)]
    assert report.plan_year == 2020
    for titles in (("2015年", "2020年"), ("2020年", "2019年")):
        text = "".join(f"{n}、{t}\n增长6%。\n" for n, t in zip("一二", titles, strict=True))
        assert parse_report(text).plan_year is None


def test_a_part_heading_with_clauses_run_into_a_line_and_its_year_without_nian() -> None:
    # session 66: a district's report of 2023 on one line (…提出意见。 一、奋斗2022,我们聚力攻坚,在砥砺
    # 奋进中收获信心 2022年是…): the heading's clauses are its title, and 2022 without 年 after the
    # verb of its slogan is the year it reviews
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(
            "2023年某区政府工作报告 各位代表: 现在,我代表区人民政府向大会报告工作,请予审议。 "
            "一、奋斗2022,我们聚力攻坚,在砥砺奋进中收获信心 2022年是新一届政府履职开局之年。"
            "预计全年地区生产总值突破1450亿元。 二、2023年工作安排 今年增长6%。"
        )
    assert [(p.role, p.year) for p in report.parts[1:]] == [("review", 2022), ("plan", 2023)]


def test_a_news_storys_list_of_the_reports_parts_heads_no_part() -> None:
    # session 66: a city's news story of 2020 (报告分为三部分：⏎一、2019年工作回顾；⏎二、奋力做好2020年
    # 工作；⏎三、…。⏎《报告》指出，2019年是…): the lines closing on ； list the parts, the story's text
    # after them is no plan part
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(
            "1月4日上午，某市人民代表大会开幕。\n报告分为三部分：\n一、2019年工作回顾；\n"
            "二、奋力做好2020年工作；\n三、提升政府治理能力和水平。\n《报告》指出，2019年是关键一年。"
            "全市地区生产总值预计完成4725亿元。\n"
        )
    assert [p.role for p in report.parts] == ["front"]
    assert (report.review_year, report.plan_year) == (2019, 2020)


def test_a_news_story_of_the_session_is_dated_by_its_page_before_its_opening_year() -> None:
    # session 66: a city's news story of 2017 (2017-02-06 10:26:54 over 2月5日上午，…人民代表大会第一次
    # 会议…开幕, then 2016年是“十三五”规划开局之年，全年完成生产总值699.3亿元): the page and the day
    # it tells of date it; 2016年是…开局之年 read alone made 2016 the plan year
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(
            "某市第四届人大会第一次会议开幕\n2017-02-06 10:26:54   来源:某网\n"
            "2月5日上午，某市第四届人民代表大会第一次会议在市行政中心开幕。\n"
            "2016年是“十三五”规划开局之年，全年完成生产总值699.3亿元。\n"
        )
    assert (report.review_year, report.plan_year) == (2016, 2017)


def test_a_forums_anti_copy_noise_is_debris_spaced_digits_are_not() -> None:
    # session 66: a forum's digest of a prefecture's targets of 2017, random short ASCII tokens
    # run into its headings (》》》2017年工作总体要求8 \\4 x- D: N) T9 g/ n' w7 A9 o) h), which hid the
    # heading's year; letter-spaced digits and words stay
    text, _ = clean_text(
        "》》》2017年工作总体要求8 \\4 x- D: N) T9 g/ n' w7 A9 o) h\n"
        "1 9 9 7 年，收入达到5 1 6 0 元，A B C D E。\n"
    )
    assert text == "》》》2017年工作总体要求\n1997年，收入达到5160元，A B C D E。\n"


def test_a_page_setting_each_figure_on_a_line_of_its_own_without_a_salutation_reads_whole() -> None:
    # session 66: a county's digest whose every figure a script set on a line of its own, with no
    # salutation or part heading to end the page's front (本届政府工作回顾 / 坚持以转型发展为引领，…。
    # 地区生产总值…分别是 / 2007 / 年的 / 2.2 / 倍、 / …): a line holding a sentence ends the front,
    # and the breaks inside the sentences after it go
    text, _ = clean_text(
        "本届政府工作回顾\n坚持以转型发展为引领，既实现了经济总量的翻番增长。地区生产总值、财政总收入分别是\n"
        "2007\n年的\n2.2\n倍、\n3.9\n倍。实现农业增加值\n45.42\n亿元，年均增长\n4.9%\n。三次产业比例由\n"
        "25.2\n:\n42.7\n:\n32.1\n调整为\n18.5\n:\n47.4\n:\n34.1\n。\n"
    )
    assert text.split("\n")[1] == (
        "坚持以转型发展为引领，既实现了经济总量的翻番增长。地区生产总值、财政总收入分别是2007年的2.2倍、"
        "3.9倍。实现农业增加值45.42亿元，年均增长4.9%。三次产业比例由25.2:42.7:32.1调整为"
        "18.5:47.4:34.1。"
    )


def test_half_width_clause_marks_touching_chinese_are_read_full_width() -> None:
    # session 68: web pages writing , and ; (2015年,全市…完成1161.1億元;規模以上…) were read with
    # rules that know the genre's ， and ； only; one character for one, the raw text as it was
    text, to_raw = clean_text("2015年,全市完成1161.1億元;規模以上增長8%,共1,000.5元")
    assert text == "2015年，全市完成1161.1亿元；规模以上增长8%，共1,000.5元"
    assert len(to_raw) == len(text) + 1


def test_a_report_on_the_half_year_reviews_that_years_first_months() -> None:
    # session 68: plan reports, zones' summaries and a town's report on the year's first half
    # (…2021年上半年国民经济和社会发展计划执行情况的报告, 上半年政府工作报告 of a session in August):
    # their review is of that year, not the year before
    dated = parse_report(
        "鄂温克族自治旗2021年上半年国民经济和社会发展计划执行情况的报告\n"
        "一、上半年国民经济和社会发展计划执行情况\n上半年，全旗地区生产总值完成59.0亿元。\n"
    )
    assert (dated.review_year, dated.plan_year) == (2021, 2021)
    town = "上半年政府工作报告\n——2020年8月10日在镇第十九届人民代表大会第八次会议上\n各位代表：\n"
    undated = parse_report(town + "今年以来，工作取得新成效。上半年，全镇实现入库税收3212万元。\n")
    assert (undated.review_year, undated.plan_year) == (2020, 2020)
    rows = extract_quantities(undated)
    assert rows[["period_kind", "year"]].values.tolist() == [["actual", 2020]]


def test_the_results_of_a_half_year_report_are_of_the_half_year() -> None:
    # session 68: a county's plan report of 2017 (会议认为，上半年全县…。社会消费品零售总额完成
    # 4.6亿元…): the list of half-year results runs on past the sentence that names the half year
    report = parse_report(
        "关于某县2017年上半年国民经济和社会发展计划执行情况的报告\n"
        "一、上半年计划执行情况\n上半年全县地区生产总值完成11.3亿元，同比增长9.3%。"
        "社会消费品零售总额完成4.6亿元，同比增长11%。\n"
    )
    rows = extract_quantities(report)
    assert rows[["year", "span"]].values.tolist() == [[2017, "上半年"]] * 4


def test_a_story_of_the_year_so_far_is_of_that_year_and_its_months() -> None:
    # session 68: a sub-district's story (石臼街道:前三季度工作“全面开花” over 发布时间:2011年11月22日)
    # was dated as a report of 2011 reviewing 2010
    report = parse_report(
        "石臼街道:前三季度工作“全面开花”\n浏览量:1 发布时间:2011年11月22日\n"
        "街道上下纵深推进，全街道实现地区生产总值31亿元，同比增长20%。\n"
    )
    assert (report.review_year, report.plan_year) == (2011, 2011)
    rows = extract_quantities(report)
    assert (
        rows[["period_kind", "year", "span"]].values.tolist() == [["actual", 2011, "前三季度"]] * 2
    )


def test_a_story_announcing_a_years_targets_is_of_that_plan_year() -> None:
    # session 68: a Taiwanese paper's story of Shanghai's 2026 session (…时公布二〇二六年上海经济社会
    # 发展主要预期目标…。二〇二五年上海GDP增长百分之五点四。) was dated 2027: the year announced with
    # its targets was read as the year reviewed, as 公布了2017年1~9月份…完成情况 is
    report = parse_report(
        "上海人大会议昨日登场，市长进行工作报告时公布二〇二六年上海经济社会发展主要预期目标，"
        "其中全市生产总值增长目标设定为百分之五左右。二〇二五年上海GDP增长百分之五点四。\n"
    )
    assert (report.review_year, report.plan_year) == (2025, 2026)


def test_a_year_called_a_stage_then_told_as_done_is_the_year_reviewed() -> None:
    # session 69: a statistical communiqué and a sub-district's summary open on 2023年是…开局之年 /
    # 2020年是…收官之年 and go on to tell the year as done (…取得新成效, …呈现…良好态势, 较好完成
    # 年初确定的主要目标): they were dated as plans of that year, and every figure lost a year. A
    # year so called and then given work to do (我们要…, 做好今年工作) stays the year planned.
    for opening, years in (
        ("2023年是开局之年。县委县政府坚持稳中求进,全县经济社会发展取得新成效。", (2023, 2024)),
        ("2024 年是关键之年。全县上下坚持稳中求进,全县经济社会呈现良好态势。", (2024, 2025)),
        ("2020年是收官之年,我街道团结奋进,较好完成年初确定的主要目标。", (2020, 2021)),
        ("2018年是开局之年。我们要坚持稳中求进,确保取得新成效。", (2017, 2018)),
        ("2018年是开局之年。做好今年工作,意义重大。", (2017, 2018)),
    ):
        report = parse_report(opening + "\n一、综合\n全县地区生产总值增长6%。\n")
        assert (report.review_year, report.plan_year) == years, opening


def test_chart_and_table_captions_on_lines_of_their_own_are_debris() -> None:
    # session 69: county communiqués caption their charts and tables on lines of their own
    # (图1:2011-2015年全县地区生产总值及增长速度, 表12013年…, 图表一:…): the caption's years became the
    # span of the figures after it and its 1:2011 a ratio. A sentence naming a table stays.
    raw = (
        "一、综合\n全年地区生产总值25亿元。\n图1:2011-2015年全县地区生产总值及增长速度\n"
        "表12013年市区居民消费价格比上年涨跌幅度\n图表一:2009-2013产业结构图\n"
        "人均地区生产总值为19967元。表1显示，全年增长5%。\n"
    )
    report = parse_report(raw)
    for caption in ("图1:2011", "表12013年", "图表一"):
        assert caption not in report.clean_text, caption
    assert "表1显示" in report.clean_text
    rows = extract_quantities(report, plan_year=2016)
    assert rows[["value", "kind", "span"]].values.tolist() == [
        ["25", "level", ""],
        ["19967", "level", ""],
        ["5", "growth_pct", ""],
    ]
