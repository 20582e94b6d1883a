"""The figure contract: files in every format, 300 dpi PNG, manifest, Chinese glyphs."""

from __future__ import annotations

import re
import string
import struct
import warnings
import zlib
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import govreport.publish.charts  # noqa: F401  (registers the figures)
from govreport.datafiles import read_tsv
from govreport.pipeline import load_tables
from govreport.publish import figures, style
from govreport.publish.figures import (
    CHART_LABELS_FILE,
    REGISTRY,
    build_figures,
    chart_label,
    register_figure,
    save_figure,
)

CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


def png_dpi(path: Path) -> float:
    """Horizontal resolution from the PNG's pHYs chunk, in dots per inch."""
    data = path.read_bytes()
    position = 8
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"pHYs":
            per_metre, _, unit = struct.unpack(">IIB", body)
            assert unit == 1, "pHYs unit must be metres"
            return per_metre * 0.0254
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert zlib.crc32(kind + body) == crc, "corrupt PNG chunk"
        position += 12 + length
    raise AssertionError("PNG has no pHYs chunk")


def test_chinese_text_draws_without_missing_glyphs(tmp_path: Path) -> None:
    fig, ax = plt.subplots()
    ax.set_title("新质生产力与“二次创业”")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.savefig(tmp_path / "x.png")
    plt.close(fig)
    assert style.cjk_font_path().is_file()


def test_save_figure_writes_every_format(tmp_path: Path) -> None:
    fig, ax = plt.subplots()
    ax.bar(["地区生产总值", "一般公共预算收入"], [1, 2])
    data = pd.DataFrame({"subject": ["地区生产总值", "一般公共预算收入"], "value": [1, 2]})
    paths = save_figure(fig, data, "fig-test", tmp_path / "fig", tmp_path / "data")
    plt.close(fig)
    assert sorted(paths) == ["csv", "pdf", "png", "svg"]
    assert round(png_dpi(paths["png"])) == 300
    assert paths["pdf"].read_bytes().startswith(b"%PDF")
    svg = paths["svg"].read_text(encoding="utf-8")
    assert "<text" not in svg, "SVG text must be paths so it renders without the font"
    assert "<dc:date>" not in svg, "SVG must carry no date"
    assert pd.read_csv(paths["csv"]).equals(data)


def test_register_rejects_bad_ids() -> None:
    with pytest.raises(ValueError, match="fig-some-slug"):
        register_figure("Figure 1", title_zh="", title_en="", caption="", notebook="")


def test_register_wants_an_english_caption_exactly_with_an_english_variant() -> None:
    with pytest.raises(ValueError, match="English caption"):
        register_figure(
            "fig-x", title_zh="甲", title_en="A", caption="乙", notebook="", languages=("zh", "en")
        )
    with pytest.raises(ValueError, match="English caption"):
        register_figure(
            "fig-x", title_zh="甲", title_en="A", caption="乙", notebook="", caption_en="B"
        )
    with pytest.raises(ValueError, match="languages"):
        register_figure(
            "fig-x", title_zh="甲", title_en="A", caption="乙", notebook="", languages=("en",)
        )


def test_one_function_registers_both_languages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures, "REGISTRY", {})
    calls = []

    @register_figure("fig-x", title_zh="甲", title_en="A", caption="乙。", caption_en="B.",
                     notebook="n.md", languages=("zh", "en"))  # fmt: skip
    def make(tables, language):
        calls.append(language)
        return plt.figure(), pd.DataFrame()

    zh, en = figures.REGISTRY["fig-x"], figures.REGISTRY["fig-x-en"]
    assert zh.make is en.make is make
    assert (zh.language, zh.variant_of, zh.caption) == ("zh", "", "乙。")
    assert (en.language, en.variant_of, en.caption) == ("en", "fig-x", "B.")
    assert en.title_zh == "甲" + chart_label("english_version", "zh") and en.title_en == "A"
    for spec in (zh, en):
        plt.close(spec.draw({})[0])
    assert calls == ["zh", "en"]


def test_every_english_variant_shares_the_function_of_its_chinese_figure() -> None:
    variants = {i: s for i, s in REGISTRY.items() if s.variant_of}
    assert variants, "no English variants registered"
    for fig_id, spec in variants.items():
        original = REGISTRY[spec.variant_of]
        assert fig_id == f"{spec.variant_of}-en"
        assert (spec.language, original.language, original.variant_of) == ("en", "zh", "")
        assert spec.make is original.make, f"{fig_id} is drawn by another function"
        assert spec.notebook == original.notebook and spec.title_en == original.title_en
    for fig_id, spec in REGISTRY.items():
        assert spec.language in ("zh", "en")
        assert spec.language == "zh" or spec.variant_of, (
            f"{fig_id}: English without a Chinese figure"
        )


def test_every_figure_has_titles_in_both_languages_and_a_caption_in_its_own() -> None:
    for fig_id, spec in REGISTRY.items():
        assert CJK.search(spec.title_zh), fig_id
        assert spec.title_en and not CJK.search(spec.title_en), fig_id
        assert spec.caption and spec.notebook, fig_id
        if spec.language == "en":
            assert not CJK.search(spec.caption), f"{fig_id}: Chinese in the English caption"
        else:
            assert CJK.search(spec.caption), f"{fig_id}: the caption is not in Chinese"


def test_chart_labels_have_both_languages_with_the_same_fields() -> None:
    table = read_tsv(CHART_LABELS_FILE, ["key", "zh", "en"])
    assert table["key"].is_unique
    fields = string.Formatter()
    for row in table.itertuples():
        assert row.zh and row.en, row.key
        names = [{f[1] for f in fields.parse(text) if f[1]} for text in (row.zh, row.en)]
        assert names[0] >= names[1], f"{row.key}: English label uses a field Chinese has not"


def test_every_registered_figure_is_built_and_listed(tmp_path: Path) -> None:
    manifest = build_figures(load_tables(), tmp_path / "fig", tmp_path / "data")
    assert sorted(manifest["fig_id"]) == sorted(REGISTRY)
    for row in manifest.itertuples():
        for fmt in ("png", "svg", "pdf"):
            assert (tmp_path / "fig" / f"{row.fig_id}.{fmt}").stat().st_size > 0
        assert (tmp_path / "data" / f"{row.fig_id}.csv").is_file()
        assert row.title_zh and row.title_en and row.caption and row.notebook
        if row.variant_of:
            assert row.variant_of in REGISTRY, f"{row.fig_id} is a variant of an unknown figure"


def test_english_figures_have_english_axis_labels() -> None:
    """The language reaches the axis titles (legends and ticks may show Chinese data)."""
    tables = load_tables()
    labelled = []
    for fig_id, spec in sorted(REGISTRY.items()):
        if spec.language != "en":
            continue
        fig, _ = spec.draw(tables)
        labels = [a.get_xlabel() for a in fig.axes] + [a.get_ylabel() for a in fig.axes]
        plt.close(fig)
        assert not any(CJK.search(label) for label in labels), (fig_id, labels)
        labelled += [fig_id] if any(labels) else []
    assert len(labelled) >= 8, labelled
