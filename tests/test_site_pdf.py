"""The PDF of the whole book: printed offline from the single-page build by headless Chromium.

Needs Chromium and poppler-utils (``pdffonts``, ``pdftotext``), as the browser test does.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from govreport.publish.pdf import build_pdf, chromium_path

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def book_pdf(built_book: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    if chromium_path() is None or shutil.which("pdffonts") is None:
        pytest.skip("needs chromium and poppler-utils (apt-get install chromium poppler-utils)")
    out = built_book.parents[1]  # the --path-output folder of the HTML build
    began = time.perf_counter()
    single = subprocess.run(
        [
            str(BIN / "jupyter-book"),
            "build",
            ".",
            "--config",
            "book/_config.yml",
            "--toc",
            "book/_toc.yml",
            "--builder",
            "singlehtml",
            "--path-output",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert single.returncode == 0, single.stdout[-3000:] + single.stderr[-3000:]
    pdf = tmp_path_factory.mktemp("pdf") / "govreport-book.pdf"
    result = build_pdf(out / "_build" / "singlehtml", pdf)
    result["total_seconds"] = round(time.perf_counter() - began, 1)
    print(f"PDF: {result}")
    return pdf, result


def test_pdf_embeds_the_cjk_font(book_pdf) -> None:
    pdf, _ = book_pdf
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    cjk = [row for row in rows if "NotoSansCJK" in row[0]]
    assert cjk, fonts.stdout
    # name, type (two words: CID TrueType), encoding, emb, sub, uni, object id, generation
    assert all(row[-5] == "yes" for row in cjk), fonts.stdout


def test_pdf_has_pages_contents_and_page_numbers(book_pdf) -> None:
    pdf, result = book_pdf
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    assert result["pages"] > 10 and len([p for p in pages if p.strip()]) == result["pages"]
    contents = pages[1]
    assert "目录" in contents
    # Each chapter is listed with the page it starts on, and that page opens with its title.
    for title in ("报告概览", "目标与可行性", "如何引用"):
        line = next(line for p in pages[1:4] for line in p.splitlines() if title in line)
        number = int(line.split()[-1])
        assert "".join(pages[number - 1].split()).startswith("".join(line.split()[:-1])), line
    # Every page carries "n / total" in its footer.
    total = result["pages"]
    assert all(f"{n} / {total}" in page for n, page in enumerate(pages[:total], start=1))


def test_pdf_figures_are_vectors(book_pdf) -> None:
    """Figures are placed as their SVG files: no image in the PDF has the pixel size of a
    figure's PNG. (Rasters drawn inside an SVG, such as a word cloud or a heatmap's cells,
    remain images; they are listed by pdfimages at their own sizes.)"""
    pdf, _ = book_pdf
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    sizes = {(int(r.split()[3]), int(r.split()[4])) for r in listing.splitlines()[2:]}
    pngs = sorted((ROOT / "figures").glob("fig-*.png"))
    assert pngs
    placed = [png.name for png in pngs if Image.open(png).size in sizes]
    assert not placed, f"figures placed as PNG: {placed}"


def test_pdf_prints_dropdowns_open(book_pdf) -> None:
    """A dropdown of prose (the settled annotation conventions of the numbers chapter) is open
    on paper: its items are in the PDF's text."""
    pdf, _ = book_pdf
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "统一后的约定" in text
    assert "时段不带开头的" in "".join(text.split())
