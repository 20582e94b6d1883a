"""The whole book as one PDF, printed offline by headless Chromium.

Input is the book's single-page HTML build (``jupyter-book build ... --builder singlehtml``,
run after the HTML build it reuses). Chromium (Debian's ``chromium``; ``GOVREPORT_CHROMIUM``
overrides the path) is driven through Playwright and sees exactly one font, the project's CJK
font, through a generated fontconfig file, so that font is what the PDF embeds. Before
printing, the page gets a print style sheet, every figure is swapped for its SVG file (vector
in the PDF), and a table of contents is built from the chapter and section headings; a first
print finds the page of each heading (``pdftotext``), a second prints the contents with those
page numbers. Every page carries its number in the footer; the PDF also has an outline.

Command line: ``python -m govreport.publish.pdf SINGLEHTML_DIR OUT.pdf``.
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import govreport
from govreport.errors import InputError
from govreport.publish.style import CJK_FONT_NAME, cjk_font_path

ROOT_PAGE = "book/intro.html"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: Folders of the single-page build that its page (one level down) refers to as if it were
#: at the root (a Sphinx singlehtml quirk when the root document is in a sub-folder).
ROOT_FOLDERS = ("_static", "_images")

PRINT_CSS = """
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
html, body { background: #fff !important; color: #111 !important; }
.bd-header, .bd-sidebar-primary, .bd-sidebar-secondary, .bd-header-article, .bd-footer,
.bd-footer-article, .bd-footer-content, .prev-next-area, .header-article-items,
.headerlink, .toggle-details__summary, details.hide, .cell.tag_hide-input > .cell_input,
.tag_hide-input .cell_input, button.toggle-button, .skip-link, #pst-search-dialog,
.search-button-field, .theme-switch-button, .primary-toggle, .secondary-toggle,
.pst-async-banner-revealer, .pst-scrollable-table-container + .copybtn, button.copybtn,
.gr-controls, #jb-print-docs-body { display: none !important; }
/* sphinx-book-theme's print style hides a page's first h1 and keeps tables on one page. */
.bd-main .bd-content .bd-article h1.gr-chapter { display: block !important; }
.bd-main .bd-content table { break-inside: auto !important; }
.bd-main, .bd-content, .bd-article-container, .bd-article, .bd-page-width, .bd-container,
.bd-container__inner { max-width: none !important; width: auto !important; padding: 0 !important;
  margin: 0 !important; display: block !important; }
body { font-size: 10pt; line-height: 1.55; }
h1, h2, h3, h4, h5 { break-after: avoid; }
h1, h2, h3, h4, h5, h6 { font-size: 12pt; }
.gr-chapter { break-before: page; font-size: 18pt !important; margin-top: 0 !important; }
section > h4, section > h5 { font-size: 13pt; }
figure, img, table tr, .gr-print-toc li { break-inside: avoid; }
figure img { max-width: 100% !important; height: auto; }
.govreport-table .gr-scroll, .pst-scrollable-table-container { overflow: visible !important; }
.govreport-table table { font-size: 8pt; }
.govreport-table tr[hidden] { display: table-row !important; }
pre { white-space: pre-wrap; font-size: 8pt; }
a { color: inherit; text-decoration: none; }
.gr-print-title { break-after: page; text-align: center; padding-top: 35%; }
.gr-print-title .gr-print-name { font-size: 22pt; font-weight: 700; }
.gr-print-toc { break-after: page; }
.gr-print-toc .gr-print-name { font-size: 18pt; font-weight: 700; }
.gr-print-toc ol { list-style: none; padding: 0; }
.gr-print-toc li { display: flex; gap: .4em; margin: .15em 0; }
.gr-print-toc li.gr-toc-2 { padding-left: 2em; font-size: 9.5pt; }
.gr-print-toc li .gr-toc-text { flex: 0 1 auto; }
.gr-print-toc li .gr-toc-dots { flex: 1 1 auto; border-bottom: 1px dotted #888; margin-bottom: .3em; }
.gr-print-toc li .gr-toc-page { flex: 0 0 auto; font-variant-numeric: tabular-nums; }
"""

# Prepares the page: dropdowns open, figure images become their SVG files, and a title page
# and contents (chapter h1 and section h2 headings, each given an id) open the document.
# Returns the headings in order, [[text, level], ...].
PREPARE_JS = """([title, subtitle, pages]) => {
  // A dropdown of prose (sphinx-design) prints open: paper has nothing to click.
  document.querySelectorAll("details.sd-dropdown").forEach((d) => { d.open = true; });
  document.querySelectorAll("figure[id^='fig-'] img").forEach((img) => {
    const id = img.closest("figure").id;
    img.src = "../files/figures/" + id + ".svg";
  });
  const article = document.querySelector("article.bd-article") || document.body;
  // The root page's own title and sections, then each included document (a chapter): the
  // singlehtml builder puts a <span id="document-..."> before each one's top section.
  const chapters = [article.querySelector("section:not(.gr-print-title)")].concat(Array.from(
    article.querySelectorAll("span[id^='document-'] + section")));
  const heads = [];
  chapters.forEach((chapter) => {
    const title = chapter.querySelector(":scope > h1, :scope > h2, :scope > h3, :scope > h4");
    if (!title) { return; }
    title.classList.add("gr-chapter");
    heads.push([title, 1]);
    chapter.querySelectorAll(":scope > section").forEach((section) => {
      const head = section.querySelector(":scope > h2, :scope > h3, :scope > h4, :scope > h5");
      if (head && !section.querySelector(":scope > .toctree-wrapper")) { heads.push([head, 2]); }
    });
  });
  const old = document.querySelector(".gr-print-toc");
  if (old) { old.remove(); }
  if (!document.querySelector(".gr-print-title")) {
    const cover = document.createElement("section");
    cover.className = "gr-print-title";
    const h = document.createElement("p");
    h.className = "gr-print-name";
    h.textContent = title;
    const p = document.createElement("p");
    p.textContent = subtitle;
    cover.append(h, p);
    article.prepend(cover);
  }
  const nav = document.createElement("nav");
  nav.className = "gr-print-toc";
  const h = document.createElement("p");
  h.className = "gr-print-name";
  h.textContent = "目录";
  const list = document.createElement("ol");
  const out = [];
  heads.forEach(([head, level], i) => {
    const text = Array.from(head.childNodes).filter((n) => !(n.classList &&
      n.classList.contains("headerlink"))).map((n) => n.textContent).join("").trim();
    if (!head.id) { head.id = "gr-h-" + i; }
    const li = document.createElement("li");
    li.className = "gr-toc-" + level;
    const a = document.createElement("a");
    a.href = "#" + head.id;
    a.className = "gr-toc-text";
    a.textContent = text;
    const dots = document.createElement("span");
    dots.className = "gr-toc-dots";
    const page = document.createElement("span");
    page.className = "gr-toc-page";
    page.textContent = pages && pages[i] ? String(pages[i]) : "";
    li.append(a, dots, page);
    list.append(li);
    out.push([text, level]);
  });
  nav.append(h, list);
  document.querySelector(".gr-print-title").after(nav);
  return out;
}"""

FOOTER = (
    '<div style="width:100%;font-size:8px;color:#555;text-align:center;">'
    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'
)


def chromium_path() -> str | None:
    """The Chromium binary to drive (``GOVREPORT_CHROMIUM`` or on the PATH), or None."""
    env = os.environ.get("GOVREPORT_CHROMIUM")
    if env:
        return env if Path(env).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def truetype_subset(source: Path, chars: Iterable[str], out: Path) -> Path:
    """The font ``source`` cut to ``chars`` and converted from CFF to TrueType outlines.

    Chromium's PDF writer embeds a CFF (``.otf``) font as anonymous Type 3 glyph procedures;
    a TrueType font it embeds as a named, subset CID font that PDF tools recognise. The
    conversion (fontTools' cu2qu, within one font unit) keeps the family name, so the
    fontconfig alias still finds it. Noto Sans CJK's licence (OFL 1.1, no reserved name)
    allows the modified copy.
    """
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted({ord(c) for c in chars} | set(range(32, 127))))
    subsetter.subset(font)
    if "CFF " in font:
        order = font.getGlyphOrder()
        glyphs = font.getGlyphSet()
        glyf = newTable("glyf")
        glyf.glyphOrder, glyf.glyphs = order, {}
        for name in order:
            pen = TTGlyphPen(glyphs)
            glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
            glyf[name] = pen.glyph()
        font["glyf"], font["loca"] = glyf, newTable("loca")
        for tag in ("CFF ", "VORG"):
            if tag in font:
                del font[tag]
        maxp = font["maxp"] = newTable("maxp")
        maxp.tableVersion, maxp.numGlyphs, maxp.maxZones = 0x00010000, len(order), 1
        for attribute in (
            "maxPoints maxContours maxCompositePoints maxCompositeContours maxTwilightPoints "
            "maxStorage maxFunctionDefs maxInstructionDefs maxStackElements "
            "maxSizeOfInstructions maxComponentElements maxComponentDepth"
        ).split():
            setattr(maxp, attribute, 0)
        font["head"].indexToLocFormat = font["head"].glyphDataFormat = 0
        post = font["post"]
        post.formatType, post.extraNames, post.mapping = 2.0, [], {}
        font.sfntVersion = "\x00\x01\x00\x00"
    font.save(str(out))
    return out


def write_fontconfig(folder: Path, font: Path | None = None) -> Path:
    """A fontconfig file whose only font is ``font`` (default: the project's CJK font file),
    for ``FONTCONFIG_FILE``."""
    fonts = folder / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    source = font or cjk_font_path()
    link = fonts / source.name
    if not link.exists():
        link.symlink_to(source.resolve())
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"  <dir>{fonts}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n"
        f"  <alias><family>sans-serif</family><prefer><family>{CJK_FONT_NAME}</family></prefer>"
        "</alias>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def heading_pages(
    page_texts: Sequence[str],
    headings: Sequence[str],
    start: int = 0,
    at_top: Sequence[bool] = (),
) -> list[int]:
    """The 1-based page on which each heading first appears, searching forward in order.

    Whitespace is ignored (PDF text extraction breaks lines); a heading marked ``at_top`` (a
    chapter, which starts a page) must open its page; a heading not found gets 0.

    >>> heading_pages(["目录 一 二", "一 章", "x", "二\\n章"], ["一 章", "二章"], start=1)
    [2, 4]
    >>> heading_pages(["甲 见乙章", "乙章 正文"], ["乙章"], at_top=[True])
    [2]
    """
    squeezed = ["".join(text.split()) for text in page_texts]
    out, page = [], start
    for n, heading in enumerate(headings):
        key = "".join(heading.split())
        top = n < len(at_top) and at_top[n]
        found = next(
            (
                i
                for i in range(page, len(squeezed))
                if (squeezed[i].startswith(key) if top else key in squeezed[i])
            ),
            None,
        )
        if found is None:
            out.append(0)
            continue
        out.append(found + 1)
        page = found
    return out


def pdf_page_texts(pdf: Path) -> list[str]:
    """The text of each page of a PDF (``pdftotext`` from poppler-utils)."""
    if shutil.which("pdftotext") is None:
        raise InputError("pdftotext not found: install poppler-utils")
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def _serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _link_root_folders(site: Path) -> None:
    page_dir = (site / ROOT_PAGE).parent
    for name in ROOT_FOLDERS:
        link = page_dir / name
        if (site / name).is_dir() and not link.exists():
            link.symlink_to(Path("..") / name)


def build_pdf(site: Path, out: Path, title: str = "", subtitle: str = "") -> dict[str, float]:
    """Print the single-page build in ``site`` to ``out``; returns pages and seconds."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise InputError("playwright is not installed (pip install -e '.[dev]')") from exc
    browser_path = chromium_path()
    if browser_path is None:
        raise InputError("Chromium not found: apt-get install chromium, or set GOVREPORT_CHROMIUM")
    if not (site / ROOT_PAGE).is_file():
        raise InputError(f"{site / ROOT_PAGE} not found: build the singlehtml book first")
    began = time.perf_counter()
    _link_root_folders(site)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, _serve(site) as base:
        chars = (site / ROOT_PAGE).read_text(encoding="utf-8") + title + subtitle + "目录"
        font = truetype_subset(cjk_font_path(), chars, Path(tmp) / "NotoSansCJKsc-Print.ttf")
        env: dict[str, str | float | bool] = {**os.environ}
        env["FONTCONFIG_FILE"] = str(write_fontconfig(Path(tmp), font))
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=browser_path, headless=True, args=CHROMIUM_ARGS, env=env
            )
            page = browser.new_page()
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith(base) or route.request.url.startswith("data:")
                    else route.abort()
                ),
            )
            page.emulate_media(media="print", color_scheme="light")
            page.goto(base + ROOT_PAGE, wait_until="networkidle")
            page.add_style_tag(content=PRINT_CSS)
            book_title = title or page.title().rsplit("—", 1)[-1].strip()
            args: list[object] = [book_title, subtitle or f"govreport {govreport.__version__}", []]
            headings = page.evaluate(PREPARE_JS, args)
            page.wait_for_load_state("networkidle")
            page.evaluate("document.fonts.ready.then(() => true)")

            def print_pdf() -> None:
                page.pdf(
                    path=str(out),
                    format="A4",
                    print_background=True,
                    display_header_footer=True,
                    header_template="<span></span>",
                    footer_template=FOOTER,
                    margin={"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"},
                    outline=True,
                    tagged=True,
                )

            print_pdf()
            texts = pdf_page_texts(out)
            # Page 1 is the title page; the contents end on the first page after it that
            # lists the last heading; the headings themselves come after that.
            names = [h[0] for h in headings]
            toc_end = heading_pages(texts, names[-1:], start=1)[0] if names else 1
            tops = [h[1] == 1 for h in headings]
            pages = heading_pages(texts, names, start=max(toc_end, 1), at_top=tops)
            args[2] = pages
            page.evaluate(PREPARE_JS, args)
            print_pdf()
            browser.close()
    count = len(pdf_page_texts(out))
    return {"pages": count, "seconds": round(time.perf_counter() - began, 1)}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m govreport.publish.pdf SINGLEHTML_DIR OUT.pdf", file=sys.stderr)
        return 2
    try:
        result = build_pdf(Path(args[0]), Path(args[1]))
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"pdf": args[1], **result}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
