"""``govreport build``: regenerate everything in ``data/processed/`` (and ``figures/``).

Stages run in the order of :data:`STAGES`; each takes the build context and returns named
tables, which are written as ``data/processed/<name>.csv`` and handed to later stages and to the
figure functions.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from govreport import quantities, structure, tokens
from govreport.datapackage import write_descriptor
from govreport.figures import build_figures, write_csv
from govreport.paths import (
    FIGURE_DATA_DIR,
    FIGURES_DIR,
    JIEBA_DICT_FILE,
    PROCESSED_DIR,
    REFERENCE_REPORT_ID,
    SUBJECT_REPORT_ID,
)
from govreport.report import Report, load_report


@dataclass
class BuildContext:
    """What the stages share: the subject report, the reference report and the tables so far."""

    subject: Report
    reference: Report
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)


Stage = Callable[[BuildContext], dict[str, pd.DataFrame]]


def structure_stage(ctx: BuildContext) -> dict[str, pd.DataFrame]:
    reports = (ctx.subject, ctx.reference)
    return {
        "reports": structure.report_table(list(reports), ["subject", "reference"]),
        "sections": pd.concat([structure.section_table(r) for r in reports], ignore_index=True),
        "sentences": structure.sentence_table(ctx.subject),
    }


def tokens_stage(ctx: BuildContext) -> dict[str, pd.DataFrame]:
    return {"tokens": tokens.tokenize_report(ctx.subject)}


def words_stage(ctx: BuildContext) -> dict[str, pd.DataFrame]:
    from govreport.words_themes import stage_tables as words_tables

    return words_tables(ctx.subject, ctx.reference, ctx.tables.get("tokens"))


def targets_stage(ctx: BuildContext) -> dict[str, pd.DataFrame]:
    from govreport.feasibility import stage_tables

    return stage_tables(ctx.subject, ctx.reference, ctx.tables.get("indicators"))


def quantities_stage(ctx: BuildContext) -> dict[str, pd.DataFrame]:
    indicators, audit = quantities.read_report_quantities(ctx.subject)
    return {"indicators": indicators, "audit": audit}


STAGES: list[tuple[str, Stage]] = [
    ("structure", structure_stage),
    ("tokens", tokens_stage),
    ("quantities", quantities_stage),
    ("words", words_stage),
    ("targets", targets_stage),
]


def write_search_dictionary(path: Path = JIEBA_DICT_FILE) -> None:
    """The user dictionary in jieba's plain format, for Sphinx's Chinese search index."""
    terms = tokens.read_user_terms()
    lines = tokens.jieba_dictionary_lines(terms, tokens.default_tokenizer())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build(
    out_dir: Path = PROCESSED_DIR,
    figures_dir: Path = FIGURES_DIR,
    progress: Callable[[str], None] | None = None,
) -> BuildContext:
    """Run every stage, write the tables, the search dictionary and the figures."""
    say = progress or (lambda msg: print(f"govreport build: {msg}", file=sys.stderr, flush=True))
    started = time.perf_counter()
    ctx = BuildContext(load_report(SUBJECT_REPORT_ID), load_report(REFERENCE_REPORT_ID))
    for name, stage in STAGES:
        t0 = time.perf_counter()
        new = stage(ctx)
        for table_name, frame in new.items():
            write_csv(frame, out_dir / f"{table_name}.csv")
        ctx.tables.update(new)
        say(
            f"{name}: {', '.join(f'{k} ({len(v)} rows)' for k, v in new.items())}"
            f" in {time.perf_counter() - t0:.1f}s"
        )
    write_search_dictionary(out_dir / JIEBA_DICT_FILE.name)
    data_dir = out_dir / FIGURE_DATA_DIR.relative_to(PROCESSED_DIR)
    manifest = build_figures(ctx.tables, figures_dir, data_dir, progress=say)
    write_descriptor(out_dir)  # datapackage.json: every CSV above, with its columns
    say(f"{len(manifest)} figures in {figures_dir}; done in {time.perf_counter() - started:.1f}s")
    return ctx


def read_table(path: Path) -> pd.DataFrame:
    """A table written by :func:`govreport.figures.write_csv`; empty text cells stay ``""``."""
    frame = pd.read_csv(path)
    for column in frame.columns:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = frame[column].fillna("")
    return frame


def load_tables(directory: Path = PROCESSED_DIR) -> dict[str, pd.DataFrame]:
    """The committed tables, as the notebooks read them (``data/processed/*.csv``)."""
    return {path.stem: read_table(path) for path in sorted(directory.glob("*.csv"))}
