"""``govreport book``: the whole book (every chapter, figure, the data page and the annotated
text) for any report, in one command, offline.

The book of another report is a project of its own, made in the output folder:

- ``data/raw/reports/<id>.txt`` (the report, byte for byte) and a generated ``<id>.yml``
  (``role: subject``; title from ``--title`` or the text's first heading; plan and review year
  from ``--year`` or the text's headings);
- the reference report (``--reference``, else the checkout's own reference report: the 2025
  national report, with its reviewed target pairings), as ``role: reference``;
- the book sources (``book/``, ``notebooks/``) and ``CITATION.cff`` copied from the project
  checkout the command runs from (the sources are not package data: the command needs a
  checkout, found like ``govreport build``'s);
- no parent-level figures (``data/external/``): the target ladder holds the report's own level.

Then ``govreport build`` runs for that folder and ``jupyter-book build`` with warnings as errors,
with ``GOVREPORT_ROOT`` set to it so every notebook's ``project()`` finds it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from govreport.config import ROOT_ENV, Project
from govreport.errors import InputError

Progress = Callable[[str], None]
#: What the book of any report takes from the checkout.
BOOK_SOURCES = ("book", "notebooks")
TITLE_LINE = re.compile(r"^\s*((?:19|20)\d\d年.{0,30}?政府工作报告)\s*$")
YEAR_PREFIX = re.compile(r"^(?:19|20)\d\d年")


def stderr_progress(msg: str) -> None:
    print(f"govreport book: {msg}", file=sys.stderr, flush=True)


def report_id_from(path: Path) -> str:
    """A report id from a file name: lower-case letters, digits and hyphens.

    >>> report_id_from(Path("Hunan 2026.txt"))
    'hunan-2026'
    """
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return slug or "report"


def title_from_text(text: str, fallback: str) -> str:
    """The report's title: the first line near the top that names a year's 政府工作报告.

    >>> title_from_text("下载\\n打印\\n2026年湖南省政府工作报告\\n——2026年2月3日", "x")
    '2026年湖南省政府工作报告'
    >>> title_from_text("各位代表：", "x")
    'x'
    """
    for line in text.splitlines()[:40]:
        match = TITLE_LINE.match(line)
        if match:
            return match.group(1)
    return fallback


def short_name(title: str) -> str:
    """The name a title gives its government, for figure labels.

    >>> short_name("2026年湖南省政府工作报告")
    '湖南省'
    """
    name = YEAR_PREFIX.sub("", title).removesuffix("政府工作报告").strip()
    return name or title


def subject_metadata(
    path: Path,
    title: str | None = None,
    year: int | None = None,
    level: str | None = None,
) -> dict[str, Any]:
    """The generated metadata of a report given to ``govreport book``."""
    from govreport.quantities import with_plan_year
    from govreport.report import read_report

    report = read_report(path)
    if year is not None:
        report = with_plan_year(report, year)
    if report.plan_year is None:
        raise InputError(f"{path}: cannot tell the plan year from the text; pass --year")
    stem = report_id_from(path)
    title = title or str(report.metadata.get("title") or title_from_text(report.raw_text, stem))
    meta: dict[str, Any] = {
        "report_id": stem,
        "role": "subject",
        "title": title,
        "title_en": str(report.metadata.get("title_en") or title),
        "region": str(report.metadata.get("region") or short_name(title)),
        "short_name": str(report.metadata.get("short_name") or short_name(title)),
        "plan_year": report.plan_year,
        "review_year": report.review_year,
    }
    for key in ("region_en", "short_name_en", "date", "speaker", "speaker_role", "venue"):
        if report.metadata.get(key):
            meta[key] = report.metadata[key]
    if level or report.metadata.get("level"):
        meta["level"] = level or report.metadata["level"]
    return meta


def _write_yaml(data: dict[str, Any], path: Path, comment: str) -> None:
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(f"# {comment}\n{body}", encoding="utf-8")


@dataclass(frozen=True)
class BookProject:
    """The project made in the output folder, and the ids of its two reports."""

    project: Project
    subject_id: str
    reference_id: str
    #: The checkout the book was made from: its corpora (national history, keyness baseline)
    #: and its cache serve every report's book.
    checkout: Project | None = None


def make_project(
    checkout: Project,
    report: Path,
    out: Path,
    reference: Path | None = None,
    title: str | None = None,
    year: int | None = None,
    level: str | None = None,
) -> BookProject:
    """Lay out the book project for ``report`` in ``out`` (see the module docstring)."""
    for folder in BOOK_SOURCES:
        if not (checkout.root / folder).is_dir():
            raise InputError(
                f"{checkout.root} has no {folder}/: run `govreport book` from a project checkout "
                f"(or pass --root)"
            )
    if not report.is_file():
        raise InputError(f"{report}: no such file")
    meta = subject_metadata(report, title, year, level)
    if reference is None:
        ref_id = checkout.reference_id()
        reference = checkout.report_path(ref_id)
        ref_meta = yaml.safe_load(reference.with_suffix(".yml").read_text(encoding="utf-8"))
    else:
        if not reference.is_file():
            raise InputError(f"{reference}: no such file")
        ref_meta = subject_metadata(reference)
        ref_id = ref_meta["report_id"]
    ref_meta = {**ref_meta, "role": "reference"}
    ref_meta.pop("sha256", None)
    if ref_id == meta["report_id"]:
        raise InputError(f"the report and the reference have the same id {ref_id}")

    out.mkdir(parents=True, exist_ok=True)
    target = Project(out.resolve())
    if target.root == checkout.root:
        raise InputError("--out must be a new folder, not the project checkout")
    if target.reports.is_dir():
        shutil.rmtree(target.reports)  # a rerun into the same folder starts from the inputs
    target.reports.mkdir(parents=True)
    shutil.copyfile(report, target.report_path(meta["report_id"]))
    _write_yaml(meta, target.reports / f"{meta['report_id']}.yml", "Made by govreport book.")
    shutil.copyfile(reference, target.report_path(ref_id))
    _write_yaml(ref_meta, target.reports / f"{ref_id}.yml", "Reference report (govreport book).")
    pairs = checkout.reviewed / "target_pairs" / f"{ref_id}.csv"
    if pairs.is_file():
        (target.reviewed / "target_pairs").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pairs, target.reviewed / "target_pairs" / pairs.name)
    for folder in BOOK_SOURCES:
        if (target.root / folder).exists():
            shutil.rmtree(target.root / folder)
        shutil.copytree(
            checkout.root / folder,
            target.root / folder,
            ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"),
        )
    write_citation(checkout.citation, target.citation, meta["title"])
    return BookProject(target, meta["report_id"], ref_id, checkout)


def write_citation(source: Path, target: Path, title: str) -> None:
    """The checkout's ``CITATION.cff`` with the title of this book (same software, version)."""
    cff = yaml.safe_load(source.read_text(encoding="utf-8")) if source.is_file() else {}
    cff = {**cff, "title": f"{title}：可复现的文本与指标分析 (govreport)"}
    cff["abstract"] = f"A reproducible analysis of the report “{title}”, made by govreport book."
    _write_yaml(cff, target, "Citation metadata (CFF 1.2.0), made by govreport book.")


def jupyter_book_command() -> list[str]:
    """The ``jupyter-book`` of this Python environment."""
    beside = Path(sys.executable).parent / "jupyter-book"
    found = str(beside) if beside.is_file() else shutil.which("jupyter-book")
    if found is None:
        raise InputError("jupyter-book is not installed in this environment")
    return [found]


class BookBuildFailed(RuntimeError):
    """``jupyter-book build`` failed (a chapter raised, or a warning under ``-W``)."""


def build_book(
    book: BookProject, progress: Progress = stderr_progress, jobs: int | None = None
) -> Path:
    """Build the tables and figures, then the HTML book; returns the HTML folder.

    Raises :class:`BookBuildFailed` (with the end of the log) when the book does not build.
    """
    from govreport.pipeline import BuildPaths, build

    root = book.project.root
    corpus = book.checkout or book.project
    paths = BuildPaths(
        subject=book.project.report_path(book.subject_id),
        reference=book.project.report_path(book.reference_id),
        out_dir=book.project.processed,
        figures_dir=book.project.figures,
        # The checkout's cache: corpus reports analysed for its own book are reused.
        cache_dir=corpus.root / ".cache" / "govreport",
        corpus=tuple(sorted(corpus.national.glob("*.txt"))),
        corpora=tuple(c for c in (corpus.national, corpus.provincial) if c.is_dir()),
        series_overrides=corpus.reviewed / "national_series_overrides.csv",
        gold=corpus.root / "tests" / "data" / "gold_corpus",
    )
    progress(f"tables and figures for {book.subject_id} (reference {book.reference_id})")
    build(paths, progress=progress, jobs=jobs)
    for stale in ("_build", ".jupyter_cache"):
        shutil.rmtree(root / stale, ignore_errors=True)
    progress("executing the chapters and writing the HTML (jupyter-book, warnings as errors)")
    command = jupyter_book_command() + [
        "build", ".", "--config", "book/_config.yml", "--toc", "book/_toc.yml",
        "-W", "-n", "--keep-going",
    ]  # fmt: skip
    env = {**os.environ, ROOT_ENV: str(root)}
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    log = root / "_build" / "book-build.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        tail = (done.stdout + done.stderr).strip().splitlines()[-15:]
        raise BookBuildFailed(f"jupyter-book build failed (log: {log}):\n" + "\n".join(tail))
    html = root / "_build" / "html"
    progress(f"done: {html / 'index.html'}")
    return html
