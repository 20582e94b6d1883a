"""The built book, seen the way a reader sees it: in headless Chromium, with no network.

Needs the Python package ``playwright`` (dev extra) and a Chromium binary (Debian's
``chromium`` package; ``GOVREPORT_CHROMIUM`` overrides the path). Playwright's own browser
download is never used. The browser gets exactly one font, Noto Sans CJK SC from the
``mplfonts`` package, through a generated fontconfig file, so every character on a page must
be in that font's character map, or it would show as a missing-glyph box.

Screenshots of every page go to ``_build/screenshots/`` (a CI artifact).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from matplotlib.ft2font import FT2Font

from govreport.config import project
from govreport.publish.pdf import chromium_path
from govreport.publish.style import CJK_FONT_NAME, cjk_font_path

PROJECT = project(Path(__file__).resolve().parents[1])
PROJ_ROOT = PROJECT.root

pytestmark = pytest.mark.slow

SCREENSHOTS = PROJ_ROOT / "_build" / "screenshots"
PREFIX = "/govreport/"  # the site is served under a sub-path, as on GitHub Pages
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SKIP_PAGES = {"genindex.html"}  # Sphinx's empty general index: no content of ours


@pytest.fixture(scope="module")
def playwright_api():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )
    if chromium_path() is None:
        pytest.skip(
            "Chromium not found: install it (apt-get install -y chromium) "
            "or set GOVREPORT_CHROMIUM to its path"
        )
    return sync_api


def write_fontconfig(folder: Path) -> Path:
    """A fontconfig file whose only font is the project's CJK font."""
    fonts = folder / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    link = fonts / cjk_font_path().name
    if not link.exists():
        link.symlink_to(cjk_font_path())
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{fonts}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n"
        f"  <alias><family>sans-serif</family><prefer><family>{CJK_FONT_NAME}</family></prefer>"
        "</alias>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under PREFIX; missing paths get 404.html with status 404."""

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send_head(self):  # type: ignore[override]
        path = urlsplit(self.path).path
        if not path.startswith(PREFIX):
            self.send_error(404)
            return None
        self.path = "/" + self.path[len(PREFIX) :]
        if not Path(self.translate_path(self.path)).exists():
            page = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return None
        return super().send_head()


@pytest.fixture(scope="module")
def site(built_book: Path) -> Iterator[str]:
    """The built site on http://127.0.0.1:<port>/govreport/ (a server thread)."""
    handler = functools.partial(_SiteHandler, directory=str(built_book))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(playwright_api, tmp_path_factory: pytest.TempPathFactory):
    conf = write_fontconfig(tmp_path_factory.mktemp("fontconfig"))
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS, env=env
        )
        yield chromium
        chromium.close()


class PageWatch:
    """A browser tab that blocks and records requests off 127.0.0.1 and console errors."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.offsite: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))

    def _route(self, route) -> None:
        url = urlsplit(route.request.url)
        if url.scheme in ("data", "blob", "about", "file") or url.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.offsite.append(route.request.url)
            route.abort()

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def tab(browser) -> Iterator[PageWatch]:
    watch = PageWatch(browser)
    yield watch
    watch.close()


def site_pages(html_dir: Path) -> list[str]:
    """Every content page of the built site, relative to its root."""
    pages = []
    for path in sorted(html_dir.rglob("*.html")):
        relative = path.relative_to(html_dir).as_posix()
        top = relative.split("/", 1)[0]
        if top in {"_static", "_sources", "_images", "files"} or relative in SKIP_PAGES:
            continue
        if relative in {"index.html", "404.html", "search.html"}:
            continue  # the redirect, the 404 page and search have tests of their own
        pages.append(relative)
    return pages


@functools.cache
def font_charmap() -> frozenset[int]:
    return frozenset(FT2Font(str(cjk_font_path())).get_charmap())


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that the page's only font cannot draw."""
    return {ch for ch in text if not ch.isspace() and ord(ch) not in font_charmap()}


# Text drawn with the page's fonts: visible text nodes, except MathJax output (which MathJax
# draws with its own web fonts, served from _static/mathjax).
VISIBLE_TEXT_JS = """() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest("mjx-container, script, style, noscript, svg")) continue;
    if (!el.checkVisibility()) continue;
    out.push(node.data);
  }
  return out.join(" ");
}"""
MATH_JS = """() => ({
  tex: document.querySelectorAll("span.math, div.math").length,
  rendered: document.querySelectorAll("mjx-container").length,
})"""


def fonts_used(page, selector: str) -> set[str]:
    """Platform fonts Chromium used to draw the first element matching ``selector``."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return {f["familyName"] for f in fonts}


def test_every_page_renders_offline(built_book: Path, site: str, tab: PageWatch) -> None:
    pages = site_pages(built_book)
    assert {"book/intro.html", "book/figures.html", "book/data.html"} <= set(pages)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for relative in pages:
        tab.errors.clear()
        response = tab.page.goto(site + quote(relative), wait_until="load")
        assert response is not None and response.ok, relative
        tab.page.wait_for_load_state("networkidle")
        tab.page.evaluate("document.fonts.ready.then(() => true)")
        tab.page.evaluate(
            "window.MathJax && MathJax.startup ? MathJax.startup.promise.then(() => true) : true"
        )
        images = tab.page.evaluate(
            "Array.from(document.images).map(i => [i.currentSrc, i.complete, i.naturalWidth])"
        )
        broken = [src for src, done, width in images if not (done and width > 0)]
        text = tab.page.evaluate(VISIBLE_TEXT_JS)
        math = tab.page.evaluate(MATH_JS)
        tofu = missing_glyphs(text)
        used = fonts_used(tab.page, "article h1")
        tab.page.screenshot(
            path=str(SCREENSHOTS / (relative.replace("/", "__") + ".png")), full_page=True
        )
        if broken:
            problems.append(f"{relative}: images not loaded: {broken}")
        if tofu:
            problems.append(f"{relative}: characters the font lacks: {sorted(tofu)}")
        if not any(name.startswith(CJK_FONT_NAME) for name in used):
            problems.append(f"{relative}: heading drawn with {used}, not {CJK_FONT_NAME}")
        if math["tex"] and math["rendered"] == 0:
            problems.append(f"{relative}: {math['tex']} formulas, none typeset by MathJax")
        if tab.errors:
            problems.append(f"{relative}: {tab.errors}")
    assert not tab.offsite, f"requests off the machine: {sorted(set(tab.offsite))}"
    assert not problems, "\n".join(problems)


def test_figures_page_shows_every_figure(site: str, tab: PageWatch) -> None:
    tab.page.goto(site + "book/figures.html", wait_until="networkidle")
    figures = tab.page.evaluate(
        "Array.from(document.querySelectorAll('figure.govreport-figure img'))"
        ".map(i => i.naturalWidth)"
    )
    assert figures and all(width > 1000 for width in figures)  # 300 dpi PNGs


def search_results(tab: PageWatch, site: str, query: str) -> list[str]:
    """Pages the site's search page lists for ``query``."""
    tab.page.goto(site + "search.html?q=" + quote(query), wait_until="load")
    return listed_results(tab)


def listed_results(tab: PageWatch) -> list[str]:
    """The result links of the search page once the search has run."""
    tab.page.wait_for_function(
        "document.querySelector('#search-results .search-summary') !== null"
        " && document.querySelector('#search-results .search-summary').textContent.length > 0",
        timeout=15000,
    )
    return tab.page.evaluate(
        "Array.from(document.querySelectorAll('#search-results ul.search li a'))"
        ".map(a => a.getAttribute('href'))"
    )


@pytest.mark.parametrize("query", ["新质生产力", "高质量发展"])
def test_search_finds_report_terms(built_book: Path, site: str, tab: PageWatch, query: str):
    found = search_results(tab, site, query)
    assert found, f"search for {query} found nothing"
    for href in found:
        page = built_book / urlsplit(href).path
        assert query in page.read_text(encoding="utf-8"), f"{href} does not use {query}"
    assert not tab.errors and not tab.offsite


def test_search_box_finds_the_term(built_book: Path, site: str, tab: PageWatch) -> None:
    """As a reader does it: open the search box on the landing page, type, press Enter."""
    tab.page.goto(site + "book/intro.html", wait_until="networkidle")
    tab.page.locator(".search-button__button:visible").first.click()
    box = tab.page.locator("#pst-search-dialog input[type=search]")
    box.fill("新质生产力")
    with tab.page.expect_navigation():
        box.press("Enter")
    assert urlsplit(tab.page.url).path.endswith("/search.html")
    found = listed_results(tab)
    assert found, "the search box found nothing for 新质生产力"
    assert not tab.errors and not tab.offsite


def test_search_splits_queries_like_the_index(site: str, tab: PageWatch) -> None:
    search_results(tab, site, "新质生产力")  # loads the index
    words = tab.page.evaluate("splitQuery('加快发展新质生产力 GDP')")
    assert "新质生产力" in words and "GDP" in words
    # Without a space, the phrase still finds the page that holds its words.
    assert search_results(tab, site, "发展新质生产力")


def test_interactive_table_filters_sorts_and_pages(site: str, tab: PageWatch) -> None:
    tab.page.goto(site + "book/data.html", wait_until="networkidle")
    box = tab.page.locator("#data-files")
    visible = "Array.from(document.querySelectorAll('#data-files tbody tr')).filter(r => !r.hidden)"
    total = tab.page.evaluate(f"{visible}.length")
    assert total >= 3
    box.locator("input[type=search]").fill("tokens")
    rows = tab.page.evaluate(f"{visible}.map(r => r.textContent)")
    assert rows and all("tokens" in r for r in rows)
    box.locator("input[type=search]").fill("")
    box.locator("th").nth(2).click()  # rows, ascending
    counts = tab.page.evaluate(f"{visible}.map(r => Number(r.cells[2].textContent))")
    assert counts == sorted(counts)
    assert not tab.errors


def test_missing_page_gets_404_with_working_home_link(site: str, tab: PageWatch) -> None:
    response = tab.page.goto(site + "no/such/page.html", wait_until="networkidle")
    assert response is not None and response.status == 404
    assert "404" in tab.page.inner_text("h1")
    tab.page.wait_for_function(
        "document.getElementById('home').getAttribute('href') !== 'index.html'", timeout=10000
    )
    tab.page.click("#home")
    tab.page.wait_for_load_state("networkidle")
    assert tab.page.url.endswith(PREFIX + "book/intro.html")
    assert not tab.offsite


def test_site_works_from_disk(built_book: Path, tab: PageWatch) -> None:
    """A copy of the built folder opened with file://: figures show, tables filter, no errors."""
    tab.page.goto((built_book / "book" / "figures.html").as_uri(), wait_until="load")
    widths = tab.page.evaluate("Array.from(document.images).map(i => i.naturalWidth)")
    assert widths and all(w > 0 for w in widths)
    tab.page.locator("#figure-list input[type=search]").fill("-en")
    shown = tab.page.evaluate(
        "Array.from(document.querySelectorAll('#figure-list tbody tr'))"
        ".filter(r => !r.hidden).map(r => r.cells[0].textContent)"
    )
    assert shown and all(fig_id.endswith("-en") for fig_id in shown)
    assert not tab.errors and not tab.offsite


WIDTHS = (375, 768, 1280)  # phone, tablet, desktop
MODES = ("light", "dark")

# What a reader would notice on a page: sideways scrolling, NaN in a table, a pandas index
# column, a figure wider than the page's content column.
LAYOUT_JS = """() => {
  const doc = document.documentElement;
  const tables = Array.from(document.querySelectorAll("article table"));
  const nan = tables.filter(t => /(^|[^A-Za-z])(NaN|nan)([^A-Za-z]|$)/.test(t.innerText))
    .map(t => (t.closest("[id]") || t).id || t.innerText.slice(0, 40));
  const index = Array.from(document.querySelectorAll("article table.dataframe"))
    .filter(t => t.querySelector("tbody th, thead th:first-child:empty"))
    .map(t => t.innerText.slice(0, 40));
  const wide = Array.from(document.querySelectorAll("article img")).filter(img => {
    const box = img.getBoundingClientRect();
    return img.checkVisibility() && box.right > doc.clientWidth + 1;
  }).map(img => img.currentSrc.split("/").pop());
  const offenders = doc.scrollWidth > window.innerWidth ? Array.from(document.querySelectorAll(
    "article *")).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 &&
    !e.closest(".gr-scroll, .cell_output, pre, .pst-scrollable-table-container"))
    .slice(0, 3).map(e => e.tagName + "." + e.className) : [];
  return {scroll: doc.scrollWidth, inner: window.innerWidth, nan, index, wide, offenders,
          theme: doc.dataset.theme};
}"""


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("width", WIDTHS)
def test_pages_fit_every_screen(
    built_book: Path, site: str, browser, width: int, mode: str
) -> None:
    """At phone, tablet and desktop widths, light and dark: no page scrolls sideways, figures
    fit, and no rendered table shows NaN or a pandas index column. Screenshots of each page
    go to _build/screenshots/<width>-<mode>/."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=mode, device_scale_factor=1
    )
    page = context.new_page()
    folder = SCREENSHOTS / f"{width}-{mode}"
    folder.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    try:
        for relative in site_pages(built_book):
            page.goto(site + quote(relative), wait_until="networkidle")
            page.evaluate("document.fonts.ready.then(() => true)")
            found = page.evaluate(LAYOUT_JS)
            page.screenshot(
                path=str(folder / (relative.replace("/", "__") + ".png")), full_page=True
            )
            if found["theme"] != mode:
                problems.append(f"{relative}: theme {found['theme']}, expected {mode}")
            if found["scroll"] > found["inner"]:
                problems.append(
                    f"{relative}: page scrolls sideways ({found['scroll']} > {found['inner']} px;"
                    f" {found['offenders']})"
                )
            if found["nan"]:
                problems.append(f"{relative}: NaN in tables {found['nan']}")
            if found["index"]:
                problems.append(f"{relative}: pandas index column in {found['index']}")
            if found["wide"]:
                problems.append(f"{relative}: figures wider than the page {found['wide']}")
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def test_annotated_number_opens_its_table_row(site: str, tab: PageWatch) -> None:
    """The number after a highlighted quantity links to its row of the paged indicators
    table, which opens on the page that holds the row."""
    tab.page.goto(site + "notebooks/03a-annotated-report.html", wait_until="networkidle")
    links = tab.page.locator(".gr-annotated a.gr-qid")
    assert links.count() > 10
    last = links.nth(links.count() - 1)
    target = last.get_attribute("href") or ""
    assert "#ind-" in target
    with tab.page.expect_navigation():
        last.click()
    tab.page.wait_for_load_state("networkidle")
    row_id = target.split("#", 1)[1]
    assert tab.page.evaluate(f"document.getElementById({row_id!r}).checkVisibility()")
    assert not tab.errors and not tab.offsite
