"""The figure contract: files in every format, 300 dpi PNG, manifest, Chinese glyphs."""

from __future__ import annotations

import struct
import warnings
import zlib
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from govreport.pipeline import load_tables
from govreport.publish import style
from govreport.publish.figures import REGISTRY, build_figures, register_figure, save_figure


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
