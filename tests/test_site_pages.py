"""The built site as files: relative links only, every figure and data file offered for
download, the version on every page, notebook downloads, a 404 page, the search set-up."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

import govreport

pytestmark = pytest.mark.slow


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, name, value))


def links_of(page: Path) -> list[tuple[str, str, str]]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.links


def content_pages(html_dir: Path) -> list[Path]:
    return [
        p
        for p in sorted(html_dir.rglob("*.html"))
        if p.relative_to(html_dir).parts[0] not in {"_static", "_sources", "_images", "files"}
    ]


def test_pages_use_relative_links_only(built_book: Path) -> None:
    """No root-relative path: the site must work under any sub-path (GitHub Pages project
    sites live under /<repository>/). Remote assets and broken links: test_quality_site."""
    problems = [
        f"{page.relative_to(built_book)}: {value}"
        for page in content_pages(built_book)
        for _tag, _attribute, value in links_of(page)
        if value.startswith("/")
    ]
    assert not problems, "\n".join(problems)


def test_figures_page_offers_every_file(built_book: Path) -> None:
    manifest_file = built_book / "files" / "data" / "processed" / "figures" / "manifest.csv"
    manifest = pd.read_csv(manifest_file, dtype=str).fillna("")
    page = (built_book / "book" / "figures.html").read_text(encoding="utf-8")
    for row in manifest.itertuples():
        assert f'id="{row.fig_id}"' in page, row.fig_id
        for path in (row.png, row.svg, row.pdf, row.data_file):
            assert f'href="../files/{path}"' in page, path
            assert (built_book / "files" / path).is_file(), path


def test_data_page_links_every_csv(built_book: Path) -> None:
    page = (built_book / "book" / "data.html").read_text(encoding="utf-8")
    files = built_book / "files"  # the tables as of the build
    csvs = sorted((files / "data" / "processed").rglob("*.csv"))
    assert len(csvs) >= 3
    for csv in csvs:
        relative = csv.relative_to(files).as_posix()
        assert f'href="../files/{relative}"' in page, relative
    assert 'href="../files/data/processed/datapackage.json"' in page


def test_version_on_every_page_and_notebook_downloads(built_book: Path) -> None:
    for page in content_pages(built_book):
        if page.name in {"404.html", "index.html"}:
            continue
        text = page.read_text(encoding="utf-8")
        assert f"版本 {govreport.__version__}" in text, page
    intro = (built_book / "book" / "intro.html").read_text(encoding="utf-8")
    assert "_sources/book/intro.ipynb" in intro and "_sources/book/intro.md" in intro
    assert (built_book / "_sources" / "book" / "intro.ipynb").is_file()


def test_404_page_is_self_contained(built_book: Path) -> None:
    page = built_book / "404.html"
    links = links_of(page)
    assert [value for _tag, _attribute, value in links] == ["index.html"]
    assert "页面不存在" in page.read_text(encoding="utf-8")


def test_search_uses_the_project_dictionary_and_splitter(built_book: Path) -> None:
    raw = (built_book / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(raw[raw.index("(") + 1 : raw.rindex(")")])
    assert "新质生产力" in index["terms"]  # kept whole, thanks to the user dictionary
    language = (built_book / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert "var splitQuery = function" in language and "Script=Han" in language


def test_landing_page_states_findings_with_numbers(built_book: Path) -> None:
    intro = (built_book / "book" / "intro.html").read_text(encoding="utf-8")
    findings = intro.split('<section id="main-findings">', 1)[1].split("</section>", 1)[0]
    items = re.findall(r"<li><p>(.*?)</p></li>", findings, flags=re.S)
    assert len(items) >= 2 and all(re.search(r"\d", item) for item in items)
