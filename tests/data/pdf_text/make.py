"""Remake the PDF-text fixtures of this folder (see README.md): print a report's clean text as an
official document (A4, 2-character paragraph indent, page number "— N —" in the footer) with
headless Chromium, then extract the PDF's text with pdftotext.

Needs Chromium (``GOVREPORT_CHROMIUM`` or Debian's ``chromium``), Playwright and poppler-utils'
``pdftotext``; CI does not run it. Usage, from the repository root:

    .venv/bin/python tests/data/pdf_text/make.py
"""

from __future__ import annotations

import html
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from govreport.publish.pdf import CHROMIUM_ARGS, chromium_path, write_fontconfig
from govreport.report import read_clean_text

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
#: fixture file -> (report text, font size in points, pdftotext -layout or not)
FIXTURES = {
    "jinan-shizhong-2025.pdftotext.txt": ("data/raw/reports/jinan-shizhong-2025.txt", 16, False),
    "china-national-2025.pdftotext-layout.txt": (
        "data/raw/reports/china-national-2025.txt",
        13,
        True,
    ),
    "tianjin-2026.pdftotext.txt": ("data/raw/provincial-2026/tianjin-2026.txt", 13, False),
}
FOOTER = (
    '<div style="width:100%;text-align:center;font-size:14pt">'
    '— <span class="pageNumber"></span> —</div>'
)


def page_html(text: str, font_pt: int) -> str:
    """One paragraph per non-blank line of ``text``, set like an official document."""
    paragraphs = [line.strip(" \u3000\t") for line in text.splitlines() if line.strip(" \u3000\t")]
    style = (
        f"body {{ font-family: sans-serif; font-size: {font_pt}pt; line-height: 1.6; margin: 0 }}"
        " p { margin: 0; text-indent: 2em; text-align: justify; }"
    )
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<html><head><meta charset=utf-8><style>{style}</style></head><body>{body}</body></html>"
    )


def make(name: str, source: str, font_pt: int, layout: bool) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        page_file, pdf = Path(tmp) / "report.html", Path(tmp) / "report.pdf"
        page_file.write_text(page_html(read_clean_text(ROOT / source), font_pt), encoding="utf-8")
        env: dict[str, str | float | bool] = {**os.environ}
        env["FONTCONFIG_FILE"] = str(write_fontconfig(Path(tmp)))
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS, env=env
            )
            page = browser.new_page()
            page.goto(page_file.as_uri())
            page.pdf(
                path=str(pdf),
                format="A4",
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=FOOTER,
                margin={"top": "37mm", "bottom": "35mm", "left": "28mm", "right": "26mm"},
            )
            browser.close()
        args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(pdf)]
        subprocess.run([*args, str(HERE / name)], check=True)
    print(f"{name}: {(HERE / name).stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    for fixture, (report, size, keeps_layout) in FIXTURES.items():
        make(fixture, report, size, keeps_layout)
