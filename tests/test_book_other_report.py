"""The whole book for another report: the Hunan 2026 provincial report (as scraped, with its web
page debris) through ``govreport book``, offline, warnings as errors.

The expectations below were made by reading the Hunan text, not by running the code: the
paragraph "今年主要预期目标是：……" (line 54 of data/raw/provincial-2026/hunan-2026.txt) states the
2026 targets; the review part states the 2025 figures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import BIN, PROJ_ROOT, run

pytestmark = pytest.mark.slow

HUNAN = PROJ_ROOT / "data" / "raw" / "provincial-2026" / "hunan-2026.txt"
TITLE = "2026年湖南省政府工作报告"
PLAN_YEAR, REVIEW_YEAR = 2026, 2025
#: The targets of the 主要预期目标 paragraph: subject (as the text says it) -> value, unit,
#: hedge word. 固定资产投资"实现正增长" and 居民收入"高于经济增速" state no number.
MAIN_TARGETS = {
    "地区生产总值": (5.0, "%", "左右"),
    "地方一般公共预算收入": (1.5, "%", "左右"),
    "规模工业增加值": (6.0, "%", ""),
    "社会消费品零售总额": (4.5, "%", "以上"),
    "进出口总额": (3.0, "%", ""),
    "城镇新增就业": (70.0, "万人", ""),
    # issue 11: the subject is what is measured (居民消费价格), as in the corpus gold; 涨幅 is
    # the growth itself.
    "居民消费价格": (2.0, "%", "左右"),
    "粮食产量": (615.0, "亿斤", "左右"),
}
#: Last year's figures the review states for two of them (城镇新增就业82.7万人, 粮食产量突破620亿斤).
BASELINES = {"城镇新增就业": 82.7, "粮食产量": 620.0}


@pytest.fixture(scope="module")
def hunan_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hunan-book")
    done = run(
        [str(BIN / "govreport"), "book", str(HUNAN), "--out", str(out), "--level", "province"]
    )
    assert done.returncode == 0, f"govreport book failed:\n{done.stderr[-5000:]}"
    assert "Glyph" not in done.stderr
    assert (out / "_build" / "html" / "index.html").is_file()
    return out


def page_text(book: Path, name: str) -> str:
    page = (book / "_build" / "html" / f"{name}.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def test_every_chapter_figure_and_page_is_built(hunan_book: Path) -> None:
    html = hunan_book / "_build" / "html"
    for name in ("book/intro", "book/data", "book/figures", "notebooks/03a-annotated-report"):
        assert (html / f"{name}.html").is_file(), name
    for notebook in (PROJ_ROOT / "notebooks").glob("*.md"):
        assert (html / "notebooks" / f"{notebook.stem}.html").is_file(), notebook.stem
    manifest = pd.read_csv(hunan_book / "data" / "processed" / "figures" / "manifest.csv")
    for fig_id in manifest["fig_id"]:
        assert (html / "files" / "figures" / f"{fig_id}.png").is_file(), fig_id


def test_pages_name_this_report_and_no_other(hunan_book: Path) -> None:
    intro = page_text(hunan_book, "book/intro")
    assert TITLE in intro
    chapter = page_text(hunan_book, "notebooks/04-targets-and-feasibility")
    assert f"{PLAN_YEAR}年目标对照{REVIEW_YEAR}年实绩" in chapter
    for name in ("book/intro", "notebooks/01-report-at-a-glance", "notebooks/03-numbers",
                 "notebooks/03a-annotated-report", "notebooks/04-targets-and-feasibility"):  # fmt: skip
        text = page_text(hunan_book, name)
        assert "市中区" not in text and "济南" not in text, f"{name} names the Shizhong report"
        assert "Traceback" not in text


def test_plan_year_gdp_target_is_the_texts(hunan_book: Path) -> None:
    intro = page_text(hunan_book, "book/intro")
    assert "地区生产总值增长目标 5%左右" in intro


def test_main_targets_are_found_with_their_hedges(hunan_book: Path) -> None:
    targets = pd.read_csv(
        hunan_book / "data" / "processed" / "targets.csv", keep_default_na=False
    ).query("report_id == 'hunan-2026'")
    for subject, (value, unit, hedge) in MAIN_TARGETS.items():
        rows = targets[targets["subject"].str.contains(subject) & (targets["unit"] == unit)]
        rows = rows[rows["value_num"].astype(float) == value]
        assert len(rows) >= 1, f"target {subject} {value}{unit} not found"
        if hedge:
            # (the 十五五 part also has a GDP target of 5%: 年均增长5%—5.5%, without 左右)
            assert any(hedge in h for h in rows["hedge_words"]), (subject, list(rows["quote"]))
    for subject, baseline in BASELINES.items():
        row = targets[targets["subject"] == subject].iloc[0]
        assert float(row["baseline_value_num"]) == baseline, subject


def test_targets_paragraph_quantities(hunan_book: Path) -> None:
    """The paragraph states exactly eight numbers with a unit, each a target of 2026."""
    indicators = pd.read_csv(
        hunan_book / "data" / "processed" / "indicators.csv", keep_default_na=False
    )
    sentences = pd.read_csv(hunan_book / "data" / "processed" / "sentences.csv")
    first = sentences[sentences["text"].str.startswith("今年主要预期目标是")].iloc[0]
    paragraph = first["sentence_id"].rsplit(".", 1)[0]
    rows = indicators[indicators["sentence_id"].str.startswith(paragraph + ".")]
    assert len(rows) == len(MAIN_TARGETS)
    assert set(rows["period_kind"]) == {"target"}
    assert set(rows["year"].astype(int)) == {PLAN_YEAR}


def test_counts_on_the_landing_page_are_the_tables(hunan_book: Path) -> None:
    intro = page_text(hunan_book, "book/intro")
    indicators = pd.read_csv(hunan_book / "data" / "processed" / "indicators.csv")
    assert f"共有 {len(indicators):,} 处数量提及" in intro


def test_no_parent_levels_is_said_not_failed(hunan_book: Path) -> None:
    chapter = page_text(hunan_book, "notebooks/04-targets-and-feasibility")
    assert "没有上级政府的同类目标" in chapter
