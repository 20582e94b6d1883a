"""One place for the look of every figure: the CJK font, sizes, palette, file metadata.

The font is Noto Sans CJK SC (SIL Open Font License 1.1), shipped by the PyPI package
``mplfonts``, which the project's install brings; it is loaded from that package's folder by
path, so nothing is written into matplotlib's install and no system font is needed.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from cycler import cycler
from matplotlib import font_manager
from matplotlib import pyplot as plt

CJK_FONT_FILE = "NotoSansCJKsc-Regular.otf"
CJK_FONT_NAME = "Noto Sans CJK SC"

#: Okabe & Ito (2008) colour-blind-safe palette, black first.
PALETTE = (
    "#000000",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
)
FIGSIZE = (7.0, 4.2)
FIGSIZE_TALL = (7.0, 6.5)
DPI = 300


def cjk_font_path() -> Path:
    """Path of the bundled CJK font file (also used by wordcloud's ``font_path``)."""
    spec = importlib.util.find_spec("mplfonts")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the mplfonts package is not installed; run the project's install")
    path = Path(next(iter(spec.submodule_search_locations))) / "fonts" / CJK_FONT_FILE
    if not path.is_file():
        raise RuntimeError(f"CJK font not found at {path}")
    return path


def use_project_style() -> None:
    """Register the CJK font and set the project's rcParams (idempotent)."""
    font_manager.fontManager.addfont(str(cjk_font_path()))
    plt.rcParams.update(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [CJK_FONT_NAME, "DejaVu Sans"],
            "axes.unicode_minus": False,
            "axes.prop_cycle": cycler(color=PALETTE[1:] + PALETTE[:1]),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.grid": True,
            "grid.color": "#dddddd",
            "grid.linewidth": 0.6,
            "lines.linewidth": 1.6,
            "figure.figsize": FIGSIZE,
            "figure.dpi": 100,
            "savefig.dpi": DPI,
            "savefig.bbox": "tight",
            "font.size": 10,
            # Reproducible, self-contained files: text as paths in SVG, TrueType/CID fonts
            # embedded in PDF, a fixed hash salt for SVG ids.
            "svg.fonttype": "path",
            "svg.hashsalt": "govreport",
            "pdf.fonttype": 42,
        }
    )


use_project_style()
