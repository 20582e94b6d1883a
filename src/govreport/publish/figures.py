"""The figure contract: stable IDs, PNG (300 dpi) + SVG + PDF + CSV, and a manifest.

A figure is one function ``make(tables, language) -> (Figure, DataFrame)`` registered with
:func:`register_figure` under an ID ``fig-<slug>``: it draws the Chinese figure (``language="zh"``)
and, when registered with ``languages=("zh", "en")``, its English variant ``fig-<slug>-en``
(``language="en"``), each with titles in both languages and a caption in its own language.
Labels that differ by language come from the data (``label_en``, ``name_en``, report names) and
from ``chart_labels.tsv`` (:func:`chart_label`). ``govreport build`` draws every registered
figure from the pipeline's tables and writes

- ``figures/<id>.png|.svg|.pdf`` (not committed: rebuilt from the data), and
- ``data/processed/figures/<id>.csv``, the data the figure plots, and
  ``data/processed/figures/manifest.csv``, one row per figure (committed).

Notebooks call the same functions to show a figure inline, so the book and the files agree.
Files carry no dates or random ids, so the same data gives byte-identical files.

Importing this module does not import matplotlib (``govreport build`` keeps it out of the
process that runs the analysis; only the drawing workers load it).
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from govreport.config import Project
from govreport.datafiles import read_tsv, write_csv

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from matplotlib.figure import Figure

Tables = Mapping[str, pd.DataFrame]
FigureMaker = Callable[[Tables, str], tuple["Figure", pd.DataFrame]]

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
LANGUAGES = ("zh", "en")
#: Axis labels, legend entries and title suffixes in both languages (key, zh, en).
CHART_LABELS_FILE = Path(__file__).with_name("chart_labels.tsv")

#: Metadata that would otherwise carry dates or versions into the files.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}


@cache
def _chart_labels() -> dict[str, dict[str, str]]:
    table = read_tsv(CHART_LABELS_FILE, ["key", *LANGUAGES])
    return {lang: dict(zip(table["key"], table[lang], strict=True)) for lang in LANGUAGES}


def chart_label(key: str, language: str, **fields: object) -> str:
    """A figure's label in ``language`` from ``chart_labels.tsv``, ``{fields}`` filled in.

    >>> chart_label("part_n", "zh", part=2), chart_label("part_n", "en", part=2)
    ('第2部分', 'Part 2')
    """
    return _chart_labels()[language][key].format(**fields)


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

    def draw(self, tables: Tables) -> tuple[Figure, pd.DataFrame]:
        """The figure in its own language, and the data it plots."""
        return self.make(tables, self.language)


REGISTRY: dict[str, FigureSpec] = {}


def _check_registration(fig_id: str, languages: tuple[str, ...], caption_en: str) -> None:
    if not FIGURE_ID.match(fig_id):
        raise ValueError(f"figure id {fig_id!r} must look like fig-some-slug")
    if languages not in (("zh",), ("zh", "en")):
        raise ValueError(f"{fig_id}: languages must be ('zh',) or ('zh', 'en'), not {languages}")
    if ("en" in languages) != bool(caption_en):
        raise ValueError(
            f"{fig_id}: an English caption goes with an English variant, and only then"
        )


def figure_specs(
    fig_id: str,
    *,
    title_zh: str,
    title_en: str,
    caption: str,
    notebook: str,
    make: FigureMaker,
    caption_en: str = "",
    languages: tuple[str, ...] = ("zh",),
) -> list[FigureSpec]:
    """The registry entries of one figure function: ``fig_id`` in Chinese and, with ``"en"`` in
    ``languages``, ``fig_id-en`` in English (its Chinese title marked as the English version,
    its caption ``caption_en``, a ``variant_of`` the Chinese figure).
    """
    _check_registration(fig_id, languages, caption_en)
    specs = [FigureSpec(fig_id, title_zh, title_en, caption, notebook, make)]
    if "en" in languages:
        marked = title_zh + chart_label("english_version", "zh")
        specs.append(
            FigureSpec(f"{fig_id}-en", marked, title_en, caption_en, notebook, make, "en", fig_id)
        )
    return specs


def register_figure(
    fig_id: str,
    *,
    title_zh: str,
    title_en: str,
    caption: str,
    notebook: str,
    caption_en: str = "",
    languages: tuple[str, ...] = ("zh",),
) -> Callable[[FigureMaker], FigureMaker]:
    """Register a function ``make(tables, language)`` as figure ``fig_id`` in every one of
    ``languages`` (a decorator; see :func:`figure_specs`)."""
    _check_registration(fig_id, languages, caption_en)

    def decorator(make: FigureMaker) -> FigureMaker:
        specs = figure_specs(
            fig_id,
            title_zh=title_zh,
            title_en=title_en,
            caption=caption,
            notebook=notebook,
            make=make,
            caption_en=caption_en,
            languages=languages,
        )
        for spec in specs:
            if spec.fig_id in REGISTRY and REGISTRY[spec.fig_id].make is not make:
                raise ValueError(f"figure id {spec.fig_id} registered twice")
        REGISTRY.update((spec.fig_id, spec) for spec in specs)
        return make

    return decorator


def save_figure(
    fig: Figure,
    data: pd.DataFrame,
    fig_id: str,
    figures_dir: Path,
    data_dir: Path,
) -> dict[str, Path]:
    """Write the figure in every format and its data as CSV; return the paths."""
    from govreport.publish import style

    figures_dir.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    paths = {fmt: figures_dir / f"{fig_id}.{fmt}" for fmt in FORMATS}
    for fmt, path in paths.items():
        fig.savefig(path, format=fmt, dpi=style.DPI, metadata=_METADATA[fmt])
    paths["csv"] = data_dir / f"{fig_id}.csv"
    write_csv(data, paths["csv"])
    return paths


def data_file_entry(fig_id: str) -> str:
    """The manifest's ``data_file``: the project-relative path where the committed tables keep
    the figure's data, whatever folder this build wrote to (so a build into a temporary folder
    gives the same manifest, byte for byte).

    >>> data_file_entry("fig-x")
    'data/processed/figures/fig-x.csv'
    """
    return (Project(Path(".")).figure_data / f"{fig_id}.csv").as_posix()


def draw_empty(ax, language: str) -> None:
    """Mark an axes as having nothing to show for this report ("无数据" / "no data"): a chart
    drawn for any report must not fail when that report has no rows for it."""
    text = chart_label("no_data", language)
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


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


def report_id_with_role(tables: Tables, role: str = "subject") -> str:
    """Id of the report with ``role`` (subject or reference) in the ``reports`` table.

    >>> report_id_with_role({"reports": pd.DataFrame({"report_id": ["a", "b"],
    ...                                               "role": ["subject", "reference"]})})
    'a'
    """
    reports = tables["reports"]
    rows = reports[reports["role"] == role]
    if len(rows) != 1:
        raise ValueError(f"expected one {role} report in the reports table, got {len(rows)}")
    return str(rows["report_id"].iloc[0])


def subject_id(tables: Tables) -> str:
    """Id of the report the book is about."""
    return report_id_with_role(tables, "subject")


def figure_row(spec: FigureSpec, tables: Tables) -> dict[str, str]:
    """The manifest row of one figure (titles and caption filled in from the report names)."""
    names_zh, names_en = report_names(tables, "zh"), report_names(tables, "en")
    return {
        "fig_id": spec.fig_id,
        "title_zh": spec.title_zh.format(**names_zh),
        "title_en": spec.title_en.format(**names_en),
        "caption": spec.caption.format(**(names_en if spec.language == "en" else names_zh)),
        "language": spec.language,
        "variant_of": spec.variant_of,
        "notebook": spec.notebook,
        "data_file": data_file_entry(spec.fig_id),
        **{fmt: f"figures/{spec.fig_id}.{fmt}" for fmt in FORMATS},
    }


def figure_caption(fig_id: str, tables: Tables) -> str:
    """The caption a page shows under a figure: the registry's (one place, also the manifest's),
    filled in from the report names, and where the figure's data is."""
    import govreport.publish.charts  # noqa: F401  (registers the figures)

    row = figure_row(REGISTRY[fig_id], tables)
    variants = sorted(i for i, spec in REGISTRY.items() if spec.variant_of == fig_id)
    english = f"；英文版为 {'、'.join(variants)}" if variants else ""
    return f"{row['caption']}数据见 {row['data_file']}{english}。"


def glue_figure(fig_id: str, tables: Tables) -> pd.DataFrame:
    """Make a registered figure and glue it (``<fig_id>-image``) and its caption
    (``<fig_id>-caption``) for a ``{glue:figure}`` in a chapter; returns the figure's data.

    The chapter shows it with::

        ```{glue:figure} fig-x-image
        :name: fig-x

        {glue:text}`fig-x-caption`
        ```
    """
    import matplotlib.pyplot as plt
    from myst_nb import glue

    import govreport.publish.charts  # noqa: F401  (registers the figures)

    fig, data = REGISTRY[fig_id].draw(tables)
    glue(f"{fig_id}-image", fig, display=False)
    glue(f"{fig_id}-caption", figure_caption(fig_id, tables), display=False)
    plt.close(fig)  # shown once, where the chapter places it
    return data


def publishing_fingerprint() -> str:
    """Hash of the publishing code (charts, style), the chart labels and the font: what a
    figure's look depends on."""
    from govreport.publish import style

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(style.CJK_FONT_FILE.encode())
    for path in sorted([*package.rglob("*.py"), CHART_LABELS_FILE]):
        digest.update(path.relative_to(package).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


#: The tables a drawing worker reads: set before the workers are forked, or loaded once per
#: worker from the pickle file a task names (a pool forked before the tables existed).
_WORKER_TABLES: dict[str, Tables] = {}


def _worker_tables(source: str) -> Tables:
    if source not in _WORKER_TABLES:
        _WORKER_TABLES.clear()
        with open(source, "rb") as handle:
            _WORKER_TABLES[source] = pickle.load(handle)
    return _WORKER_TABLES[source]


#: Figures a pooled drawing worker draws before a fresh one replaces it: matplotlib's caches
#: and the allocator's free lists grow with every figure one process draws.
FIGURES_PER_WORKER = 3


def drawing_pool(jobs: int) -> Pool:
    """Worker processes for :func:`build_figures`, forked from a fork server that has loaded
    :mod:`govreport.publish.drawing` (matplotlib with Agg, the charts, the font), not from the
    calling process (which need not import matplotlib, and whose memory they do not inherit)."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["govreport.publish.drawing"])
    return context.Pool(jobs, maxtasksperchild=FIGURES_PER_WORKER)


def close_drawing_pool(pool: Pool) -> None:
    """Wait for the drawing workers, then stop and wait for their fork server, so that the
    server's end is waited for by this process: its workers' memory then counts in this
    process's ``RUSAGE_CHILDREN`` (what ``bench/run.py`` measures), and no server outlives
    the build. (``_stop`` is the standard library's own hook for stopping the server.)"""
    from multiprocessing import forkserver

    pool.close()
    pool.join()
    stop = getattr(forkserver._forkserver, "_stop", None)
    if stop is not None:
        stop()


def _registry_and_code() -> tuple[list[str], str]:
    """The registered figure ids and the publishing fingerprint (run where matplotlib may be
    imported)."""
    import govreport.publish.charts  # noqa: F401  (registers the figures)

    return sorted(REGISTRY), publishing_fingerprint()


def _draw(
    fig_id: str, figures_dir: Path, data_dir: Path, code: str, known: str, source: str = "tables"
) -> tuple[dict, str, bool]:
    """Make one figure; save its files unless its content key equals ``known``."""
    import matplotlib.pyplot as plt

    import govreport.publish.charts  # noqa: F401  (registers the figures)

    tables = _worker_tables(source) if source != "tables" else _WORKER_TABLES["tables"]
    spec = REGISTRY[fig_id]
    row = figure_row(spec, tables)
    fig, data = spec.draw(tables)
    csv_text = data.to_csv(index=False, lineterminator="\n")
    key = hashlib.sha256((code + json.dumps(row, sort_keys=True) + csv_text).encode()).hexdigest()
    outputs = [figures_dir / f"{fig_id}.{fmt}" for fmt in FORMATS] + [data_dir / f"{fig_id}.csv"]
    drawn = key != known or not all(p.is_file() for p in outputs)
    if drawn:
        save_figure(fig, data, fig_id, figures_dir, data_dir)
    plt.close(fig)
    return row, key, drawn


def build_figures(
    tables: Tables,
    figures_dir: Path,
    data_dir: Path,
    progress: Callable[[str], None] = lambda _msg: None,
    jobs: int | None = 1,
    cache_dir: Path | None = None,
    pool: Pool | None = None,
) -> pd.DataFrame:
    """Make every registered figure, save those whose content changed, write the manifest.

    ``jobs`` worker processes draw (``None``: one per core). With ``cache_dir``, a figure whose
    data, text and publishing code hash to the key recorded there, and whose files exist, is
    not saved again (content hashes, not modification times).

    With ``pool`` (worker processes started by the caller, e.g. before it grew large), the
    figures are drawn there and this process never imports matplotlib: the tables go to the
    workers through one pickle file.
    """
    if pool is not None:
        fig_ids, code = pool.apply(_registry_and_code)
    else:
        fig_ids, code = _registry_and_code()
    keys_file = cache_dir / "figure-keys.json" if cache_dir else None
    known: dict[str, str] = {}
    if keys_file is not None and keys_file.is_file():
        try:
            known = json.loads(keys_file.read_text(encoding="utf-8")).get(
                str(figures_dir.resolve()), {}
            )
        except (OSError, ValueError):
            known = {}
    jobs = jobs or (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    if pool is not None:
        return _finish(
            tables,
            _draw_in(pool, tables, fig_ids, figures_dir, data_dir, code, known),
            data_dir,
            keys_file,
            figures_dir,
            progress,
        )
    _WORKER_TABLES["tables"] = tables
    args = [(i, figures_dir, data_dir, code, known.get(i, "")) for i in fig_ids]
    try:
        if jobs > 1 and len(fig_ids) > 1:
            import multiprocessing

            context = multiprocessing.get_context("fork")
            with context.Pool(min(jobs, len(fig_ids))) as pool:
                results = pool.starmap(_draw, args, chunksize=1)
        else:
            results = [_draw(*a) for a in args]
    finally:
        _WORKER_TABLES.clear()
    return _finish(tables, results, data_dir, keys_file, figures_dir, progress)


def _draw_in(
    pool: Pool,
    tables: Tables,
    fig_ids: list[str],
    figures_dir: Path,
    data_dir: Path,
    code: str,
    known: Mapping[str, str],
) -> list[tuple[dict, str, bool]]:
    """Draw the figures on ``pool``; the workers read the tables from one pickle file."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="govreport-figures-") as folder:
        source = str(Path(folder) / "tables.pkl")
        with open(source, "wb") as handle:
            pickle.dump(dict(tables), handle, protocol=pickle.HIGHEST_PROTOCOL)
        args = [(i, figures_dir, data_dir, code, known.get(i, ""), source) for i in fig_ids]
        return pool.starmap(_draw, args, chunksize=1)


def _finish(
    tables: Tables,
    results: list[tuple[dict, str, bool]],
    data_dir: Path,
    keys_file: Path | None,
    figures_dir: Path,
    progress: Callable[[str], None],
) -> pd.DataFrame:
    """Write the manifest and the figure keys; return the manifest."""
    drawn = [row["fig_id"] for row, _, was_drawn in results if was_drawn]
    progress(f"figures: {len(drawn)} drawn, {len(results) - len(drawn)} unchanged")
    manifest = pd.DataFrame([row for row, _, _ in results], columns=MANIFEST_COLUMNS)
    write_csv(manifest, data_dir / "manifest.csv")
    if keys_file is not None:
        everything: dict = {}
        if keys_file.is_file():
            try:
                everything = json.loads(keys_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                everything = {}
        everything[str(figures_dir.resolve())] = {row["fig_id"]: key for row, key, _ in results}
        keys_file.parent.mkdir(parents=True, exist_ok=True)
        keys_file.write_text(
            json.dumps(everything, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    return manifest
