"""The figure contract: stable IDs, PNG (300 dpi) + SVG + PDF + CSV, and a manifest.

A figure is a function ``make(tables) -> (Figure, DataFrame)`` registered with
:func:`register_figure` under an ID ``fig-<slug>``. ``govreport build`` calls every registered
function on the pipeline's tables and writes

- ``figures/<id>.png|.svg|.pdf`` (not committed: rebuilt from the data), and
- ``data/processed/figures/<id>.csv``, the data the figure plots, and
  ``data/processed/figures/manifest.csv``, one row per figure (committed).

Notebooks call the same functions to show a figure inline, so the book and the files agree.
Files carry no dates or random ids, so the same data gives byte-identical files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from govreport import style
from govreport.paths import FIGURE_DATA_DIR, FIGURES_DIR, PROJ_ROOT

Tables = Mapping[str, pd.DataFrame]
FigureMaker = Callable[[Tables], tuple[Figure, pd.DataFrame]]

MANIFEST_COLUMNS = [
    "fig_id",
    "title_zh",
    "title_en",
    "caption",
    "language",
    "variant_of",
    "notebook",
    "data_file",
    "png",
    "svg",
    "pdf",
]
FIGURE_ID = re.compile(r"^fig-[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMATS = ("png", "svg", "pdf")

#: Metadata that would otherwise carry dates or versions into the files.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


@dataclass(frozen=True)
class FigureSpec:
    fig_id: str
    title_zh: str
    title_en: str
    caption: str
    notebook: str
    make: FigureMaker
    language: str = "zh"
    variant_of: str = ""


REGISTRY: dict[str, FigureSpec] = {}


def register_figure(
    fig_id: str,
    *,
    title_zh: str,
    title_en: str,
    caption: str,
    notebook: str,
    language: str = "zh",
    variant_of: str = "",
) -> Callable[[FigureMaker], FigureMaker]:
    """Register a figure-making function under a stable ID (a decorator)."""
    if not FIGURE_ID.match(fig_id):
        raise ValueError(f"figure id {fig_id!r} must look like fig-some-slug")

    def decorator(make: FigureMaker) -> FigureMaker:
        if fig_id in REGISTRY and REGISTRY[fig_id].make is not make:
            raise ValueError(f"figure id {fig_id} registered twice")
        REGISTRY[fig_id] = FigureSpec(
            fig_id, title_zh, title_en, caption, notebook, make, language, variant_of
        )
        return make

    return decorator


def save_figure(
    fig: Figure,
    data: pd.DataFrame,
    fig_id: str,
    figures_dir: Path = FIGURES_DIR,
    data_dir: Path = FIGURE_DATA_DIR,
) -> dict[str, Path]:
    """Write the figure in every format and its data as CSV; return the paths."""
    figures_dir.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    paths = {fmt: figures_dir / f"{fig_id}.{fmt}" for fmt in FORMATS}
    for fmt, path in paths.items():
        fig.savefig(path, format=fmt, dpi=style.DPI, metadata=_METADATA[fmt])
    paths["csv"] = data_dir / f"{fig_id}.csv"
    write_csv(data, paths["csv"])
    return paths


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 CSV, LF line ends, no index: the one way every table is written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def _relative(path: Path) -> str:
    try:
        return path.relative_to(PROJ_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def data_file_entry(fig_id: str) -> str:
    """The manifest's ``data_file``: the project-relative path where the committed tables keep
    the figure's data, whatever folder this build wrote to (so a build into a temporary folder
    gives the same manifest, byte for byte).

    >>> data_file_entry("fig-x")
    'data/processed/figures/fig-x.csv'
    """
    return _relative(FIGURE_DATA_DIR / f"{fig_id}.csv")


def report_names(tables: Tables, language: str = "zh") -> dict[str, str]:
    """Short names of the subject and reference reports, from the ``reports`` table.

    Figure titles and captions may use ``{subject}``, ``{reference}``, ``{review_year}`` and
    ``{plan_year}``; chart functions use the same names for labels, so nothing about a
    particular report is written into code.

    >>> reports = pd.DataFrame({"role": ["subject", "reference"], "short_name": ["甲区", "全国"],
    ...                         "short_name_en": ["District A", "national"]})
    >>> report_names({"reports": reports}, "en")
    {'subject': 'District A', 'reference': 'national'}
    """
    column = "short_name_en" if language == "en" else "short_name"
    reports = tables["reports"]
    names = {}
    for role in ("subject", "reference"):
        rows = reports[reports["role"] == role]
        names[role] = str(rows[column].iloc[0]) if len(rows) else role
    subject = reports[reports["role"] == "subject"]
    for year in ("review_year", "plan_year"):
        if year in reports and len(subject) and pd.notna(subject[year].iloc[0]):
            names[year] = str(int(subject[year].iloc[0]))
    return names


def build_figures(
    tables: Tables,
    figures_dir: Path = FIGURES_DIR,
    data_dir: Path = FIGURE_DATA_DIR,
    progress: Callable[[str], None] = lambda _msg: None,
) -> pd.DataFrame:
    """Make and save every registered figure; write and return the manifest."""
    import matplotlib.pyplot as plt

    import govreport.charts  # noqa: F401  (registers the figures)

    rows = []
    for fig_id in sorted(REGISTRY):
        spec = REGISTRY[fig_id]
        progress(f"figure {fig_id}")
        fig, data = spec.make(tables)
        save_figure(fig, data, fig_id, figures_dir, data_dir)
        plt.close(fig)
        names_zh, names_en = report_names(tables, "zh"), report_names(tables, "en")
        rows.append(
            {
                "fig_id": fig_id,
                "title_zh": spec.title_zh.format(**names_zh),
                "title_en": spec.title_en.format(**names_en),
                "caption": spec.caption.format(**(names_en if spec.language == "en" else names_zh)),
                "language": spec.language,
                "variant_of": spec.variant_of,
                "notebook": spec.notebook,
                "data_file": data_file_entry(fig_id),
                **{fmt: f"figures/{fig_id}.{fmt}" for fmt in FORMATS},
            }
        )
    manifest = pd.DataFrame(rows, columns=MANIFEST_COLUMNS)
    write_csv(manifest, data_dir / "manifest.csv")
    return manifest
