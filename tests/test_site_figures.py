"""Figures fit for print: Chinese glyphs travel with the file (SVG text as paths, PDF fonts
embedded), on a figure made by the project's own style and a registered figure function."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from matplotlib import pyplot as plt

import govreport.publish.charts  # noqa: F401  (registers the figures)
from govreport.pipeline import load_tables
from govreport.publish import style
from govreport.publish.figures import REGISTRY, save_figure

LABEL = "新质生产力与高质量发展"


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A figure with Chinese labels, saved through the figure contract."""
    style.use_project_style()
    fig, ax = plt.subplots(figsize=style.FIGSIZE)
    ax.bar(["一", "二"], [1, 2])
    ax.set_xlabel(LABEL)
    folder = tmp_path_factory.mktemp("fig")
    paths = save_figure(fig, pd.DataFrame({"a": [1]}), "fig-print-check", folder, folder)
    plt.close(fig)
    return paths


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """``pdffonts`` rows as dicts (name, type, emb, sub, ...)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[1].startswith("---"), out.stdout
    columns = [len(c) for c in lines[1].split(" ")]
    rows = []
    for line in lines[2:]:
        fields, start = [], 0
        for width in columns:
            fields.append(line[start : start + width].strip())
            start += width + 1
        rows.append(
            dict(
                zip(
                    ["name", "type", "encoding", "emb", "sub", "uni", "object", "id"],
                    fields,
                    strict=False,
                )
            )
        )
    return rows


def test_svg_has_no_text_elements(saved: dict[str, Path]) -> None:
    svg = re.sub(r"<!--.*?-->", "", saved["svg"].read_text(encoding="utf-8"), flags=re.S)
    assert "<text" not in svg
    assert LABEL not in svg  # matplotlib keeps the label only in a comment
    assert svg.count("<path") > 20  # the glyphs, drawn as outlines


def test_pdf_embeds_its_fonts(saved: dict[str, Path]) -> None:
    if shutil.which("pdffonts") is None:
        # Without poppler-utils: an embedded font program has a /FontFile* stream.
        data = saved["pdf"].read_bytes()
        assert re.search(rb"/FontFile[23]?\b", data)
        assert b"NotoSansCJK" in data
        return
    fonts = pdf_fonts(saved["pdf"])
    assert fonts, "no fonts in the PDF"
    assert any("NotoSansCJK" in f["name"] for f in fonts), fonts
    assert all(f["emb"] == "yes" for f in fonts), fonts


def test_one_registered_function_prints_both_languages(tmp_path: Path) -> None:
    """The Chinese figure and its English variant come from one function, and both follow the
    print rules (text as SVG paths, PDF fonts embedded)."""
    zh, en = REGISTRY["fig-section-lengths"], REGISTRY["fig-section-lengths-en"]
    assert zh.make is en.make and en.variant_of == zh.fig_id
    tables = load_tables()
    svgs = []
    for spec in (zh, en):
        fig, data = spec.draw(tables)
        paths = save_figure(fig, data, spec.fig_id, tmp_path, tmp_path)
        plt.close(fig)
        svg = paths["svg"].read_text(encoding="utf-8")
        assert "<text" not in re.sub(r"<!--.*?-->", "", svg, flags=re.S), spec.fig_id
        if shutil.which("pdffonts"):
            assert all(f["emb"] == "yes" for f in pdf_fonts(paths["pdf"])), spec.fig_id
        svgs.append(svg)
    assert svgs[0] != svgs[1], "the English variant draws the same figure as the Chinese one"


@pytest.mark.slow
def test_built_figures_follow_the_print_rules(built_book: Path) -> None:
    """Every figure `govreport build` wrote (the session build): SVG without text elements,
    every PDF font embedded (a raster-only figure such as a word cloud has none)."""
    files = built_book / "files"  # the copies the site publishes, as of the build
    manifest = pd.read_csv(files / "data" / "processed" / "figures" / "manifest.csv")
    assert len(manifest) >= 1
    for row in manifest.itertuples():
        svg = (files / row.svg).read_text(encoding="utf-8")
        assert "<text" not in re.sub(r"<!--.*?-->", "", svg, flags=re.S), row.fig_id
        if shutil.which("pdffonts"):
            fonts = pdf_fonts(files / row.pdf)
            assert all(f["emb"] == "yes" for f in fonts), (row.fig_id, fonts)
