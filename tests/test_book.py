"""The built book (one offline build per test session, see conftest.built_book)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from govreport.config import project
from govreport.report import load_report

PROJECT = project(Path(__file__).resolve().parents[1])
PROJ_ROOT = PROJECT.root

pytestmark = pytest.mark.slow


def search_terms(html_dir: Path) -> dict[str, object]:
    text = (html_dir / "searchindex.js").read_text(encoding="utf-8")
    return json.loads(text[text.index("(") + 1 : text.rindex(")")])["terms"]


def test_every_toc_page_is_built(built_book: Path) -> None:
    toc = (PROJ_ROOT / "book" / "_toc.yml").read_text(encoding="utf-8")
    for name in re.findall(r"(?:root|file):\s*(\S+)", toc):
        assert (built_book / f"{name}.html").is_file(), f"{name} missing from the built book"


def test_chapter_shows_chinese_text_and_its_figure(built_book: Path) -> None:
    page = (built_book / "notebooks" / "01-report-at-a-glance.html").read_text(encoding="utf-8")
    assert 'lang="zh-CN"' in page or 'lang="zh_CN"' in page
    assert "报告概览" in page
    images = re.findall(r'<img[^>]+src="([^"]+)"', page)
    assert images, "the chapter shows no figure"
    for src in images:
        assert (built_book / "notebooks" / src).resolve().is_file(), f"broken image {src}"
    assert 'id="fig-section-lengths"' in page
    text = re.sub(r"<[^>]+>", " ", page)
    assert "Traceback" not in text
    assert not re.search(r"\b[A-Z]\w*(?:Error|Exception)\b", text), "an error shows on the page"


def test_glued_numbers_match_the_data(built_book: Path) -> None:
    page = (built_book / "notebooks" / "01-report-at-a-glance.html").read_text(encoding="utf-8")
    report = load_report("jinan-shizhong-2025")
    sentences = sum(1 for _ in report.sentences())
    assert f'<span class="pasted-text">{len(report.raw_text)}</span>' in page
    assert f'<span class="pasted-text">{sentences}</span>' in page


def test_search_index_holds_chinese_words_whole(built_book: Path) -> None:
    terms = search_terms(built_book)
    chinese = [t for t in terms if re.fullmatch(r"[\u4e00-\u9fff]{2,}", t)]
    assert len(chinese) > 50, "the search index has (almost) no Chinese words: is jieba active?"


def test_figure_files_are_published(built_book: Path) -> None:
    for fmt in ("png", "svg", "pdf"):
        assert (built_book / "files" / "figures" / f"fig-section-lengths.{fmt}").is_file()
    assert (built_book / "files" / "data" / "processed" / "tokens.csv").is_file()
