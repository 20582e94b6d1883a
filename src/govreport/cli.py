"""The ``govreport`` command line (contract in DESIGN.md).

Errors in the input give one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from govreport.errors import InputError, StructureWarning

if TYPE_CHECKING:
    from govreport.report import ReadProgress

EXIT_INPUT_ERROR = 2
#: Seconds a command reads a report before its progress bar shows: most reports take less, and
#: nothing is printed for them.
PROGRESS_AFTER = 2.0


@contextmanager
def reading_progress(command: str) -> Iterator[ReadProgress]:
    """A :data:`govreport.report.ReadProgress` for a command: tqdm's bar of characters read on
    stderr (as the corpus build has one of reports), shown once :data:`PROGRESS_AFTER` seconds
    have passed; stdout carries the table only."""
    from tqdm import tqdm

    with tqdm(
        desc=f"govreport {command}", unit="char", unit_scale=True, delay=PROGRESS_AFTER,
        mininterval=1.0, file=sys.stderr,
    ) as bar:  # fmt: skip

        def told(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        yield told


def _write_table(frame, output: Path | None) -> None:
    if output is None:
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    else:
        from govreport.datafiles import write_csv

        write_csv(frame, output)


def cmd_tokens(args: argparse.Namespace) -> int:
    from govreport.report import read_report
    from govreport.tokens import tokenize_report

    with reading_progress("tokens") as progress:  # (parsing is part of reading)
        table = tokenize_report(read_report(args.report), progress=progress)
    _write_table(table, args.output)
    return 0


def cmd_indicators(args: argparse.Namespace) -> int:
    from govreport.quantities import extract_quantities
    from govreport.report import read_report

    with reading_progress("indicators") as progress:
        table = extract_quantities(read_report(args.report), plan_year=args.year, progress=progress)
    _write_table(table, args.output)
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from govreport.quantities import audit_numerals, audit_summary
    from govreport.report import read_report

    with reading_progress("audit") as progress:
        audit = audit_numerals(read_report(args.report), progress=progress)
    _write_table(audit, args.output)
    for row in audit_summary(audit).itertuples():
        reason = row.exclusion_reason or "-"
        print(f"govreport audit: {row.status} {reason}: {row.n}", file=sys.stderr)
    unaccounted = int((audit["status"] == "unaccounted").sum())
    if unaccounted:
        print(f"govreport audit: {unaccounted} numeral(s) unaccounted for", file=sys.stderr)
        return 1
    return 0


def cmd_kwic(args: argparse.Namespace) -> int:
    from govreport.report import read_report
    from govreport.words import report_kwic

    _write_table(report_kwic(read_report(args.report), args.term, args.width), args.output)
    return 0


def cmd_slogans(args: argparse.Namespace) -> int:
    from govreport.report import read_report
    from govreport.slogans import find_slogans, summarise_slogans

    report = read_report(args.report)
    mentions = find_slogans(report)
    if not args.mentions:
        mentions = summarise_slogans(mentions, {p.index: p.role for p in report.parts})
    _write_table(mentions, args.output)
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    from govreport.feasibility import report_targets
    from govreport.report import read_report

    with reading_progress("targets") as progress:
        targets = report_targets(read_report(args.report), plan_year=args.year, progress=progress)
    _write_table(targets, args.output)
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    import matplotlib

    matplotlib.use("Agg")
    from govreport.config import project
    from govreport.publish.book import BookBuildFailed, build_book, make_project

    book = make_project(
        project(args.root),
        args.report,
        args.out,
        reference=args.reference,
        title=args.title,
        year=args.year,
        level=args.level,
    )
    try:
        build_book(book, jobs=args.jobs)
    except BookBuildFailed as error:
        print(f"govreport book: {error}", file=sys.stderr)
        return 1
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    # No matplotlib here: the figures are drawn in worker processes (Agg, files only).
    from govreport.config import project
    from govreport.pipeline import BuildPaths, build

    paths = BuildPaths.of_project(project(args.root), args.out, args.figures)
    build(paths, jobs=args.jobs, force=args.force)
    return 0


def cmd_lexicon_discover(args: argparse.Namespace) -> int:
    import time

    from govreport import dictionary
    from govreport.config import lexicon_file, project
    from govreport.report import read_clean_text
    from govreport.tokens import curated_terms, make_tokenizer, plain_tokenizer

    proj = project(args.root)
    folders = [proj.national, proj.provincial, proj.reports]
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    if not paths:
        raise InputError(f"no report files (*.txt) under {proj.data / 'raw'}")
    started = time.perf_counter()
    texts = [read_clean_text(p) for p in paths]
    documents = list(dict.fromkeys(texts))  # a report filed twice is counted once
    curated = curated_terms()
    known = [t.term for t in curated]
    decided = dictionary.decide_corpus_terms(
        documents, plain_tokenizer(), make_tokenizer(curated), known
    )
    statistical = {"length", "frequency", "cohesion", "branching entropy"}
    table = dictionary.lexicon_candidates(
        documents,
        dictionary.read_genre_terms(),
        plain_tokenizer(),
        known,
        decided[~decided["reason"].isin(statistical)],  # the file lists what got to the rule
    )
    _write_table(table, args.output)
    accepted = dictionary.rule_lexicon_lines(decided)
    if args.write:
        text = dictionary.corpus_terms_text(decided)
        lexicon_file("corpus_terms.tsv").write_text(text, encoding="utf-8")
    seconds = time.perf_counter() - started
    chars = sum(len(d) for d in documents)
    print(
        f"govreport lexicon: {len(documents)} reports, {chars} characters, "
        f"{len(table)} candidates, {len(accepted)} accepted by the corpus rule"
        f"{' (written)' if args.write else ''} in {seconds:.1f}s",
        file=sys.stderr,
    )
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govreport", description="Analyse Chinese government work reports (政府工作报告)."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    tokens = commands.add_parser("tokens", help="one row per token of a report (CSV)")
    tokens.add_argument("report", type=Path, help="report text file (UTF-8 or GB18030)")
    tokens.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    tokens.set_defaults(func=cmd_tokens)

    indicators = commands.add_parser("indicators", help="the quantities table of a report (CSV)")
    indicators.add_argument("report", type=Path, help="report text file (UTF-8 or GB18030)")
    indicators.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    indicators.add_argument("--year", type=int, help="plan year (default: metadata, else headings)")
    indicators.set_defaults(func=cmd_indicators)

    audit = commands.add_parser(
        "audit", help="every numeral run and what became of it; exit 1 if any is unaccounted"
    )
    audit.add_argument("report", type=Path, help="report text file (UTF-8 or GB18030)")
    audit.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    audit.set_defaults(func=cmd_audit)

    kwic = commands.add_parser("kwic", help="every sentence a term occurs in (CSV)")
    kwic.add_argument("report", type=Path, help="report text file (UTF-8 or GB18030)")
    kwic.add_argument("term", help="the term to look up, e.g. 新质生产力")
    kwic.add_argument("--width", type=int, default=15, help="characters of context per side")
    kwic.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    kwic.set_defaults(func=cmd_kwic)

    slogans = commands.add_parser(
        "slogans", help="numbered formulas and quoted slogans, resolved where spelled out (CSV)"
    )
    slogans.add_argument("report", type=Path, help="report text file (UTF-8 or GB18030)")
    slogans.add_argument("--mentions", action="store_true", help="one row per mention")
    slogans.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    slogans.set_defaults(func=cmd_slogans)

    lexicon = commands.add_parser("lexicon", help="user-dictionary curation")
    lexicon_commands = lexicon.add_subparsers(dest="lexicon_command", required=True)
    discover = lexicon_commands.add_parser(
        "discover",
        help="propose terms from the corpora: new-word discovery (frequency, PMI, branching "
        "entropy) and the genre list, with corpus counts (CSV)",
    )
    discover.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    discover.add_argument("--root", type=Path, help="project folder (default: as for build)")
    discover.add_argument(
        "--write",
        action="store_true",
        help="regenerate the package's lexicon/corpus_terms.tsv from the rule's decisions",
    )
    discover.set_defaults(func=cmd_lexicon_discover)

    targets = commands.add_parser(
        "targets", help="the plan-year targets with baselines and ratings (CSV)"
    )
    targets.add_argument("report", type=Path, help="report text file (UTF-8 or GB18030)")
    targets.add_argument("--year", type=int, help="plan year (default: metadata, else headings)")
    targets.add_argument("-o", "--output", type=Path, help="CSV file to write (default: stdout)")
    targets.set_defaults(func=cmd_targets)

    book = commands.add_parser(
        "book",
        help="the whole book (HTML) for any report",
        description="Build the whole book (every chapter, figure, the data page and the "
        "annotated text) for REPORT in DIR, offline: DIR becomes a project of its own "
        "(data/raw/reports/ with generated metadata), built with govreport build and "
        "jupyter-book (warnings as errors); the HTML is in DIR/_build/html. Run it from a "
        "project checkout (or pass --root): the book's sources (book/, notebooks/) and the "
        "default reference report are taken from there.",
    )
    book.add_argument("report", type=Path, help="report text file (UTF-8 or GB18030)")
    book.add_argument("--out", type=Path, required=True, help="folder of the new book project")
    book.add_argument(
        "--reference",
        type=Path,
        help="reference report for keyness and comparisons (default: the checkout's reference, "
        "the 2025 national report)",
    )
    book.add_argument("--title", help="title of the report (default: the text's first heading)")
    book.add_argument("--year", type=int, help="plan year (default: the text's headings)")
    book.add_argument(
        "--level",
        choices=("national", "province", "city", "district"),
        help="government level of the report (labels the target ladder)",
    )
    book.add_argument("--root", type=Path, help="project checkout (default: as for build)")
    book.add_argument("--jobs", type=int, help="processes for drawing figures")
    book.set_defaults(func=cmd_book)

    build = commands.add_parser("build", help="regenerate data/processed/ from data/raw/")
    build.add_argument("--out", type=Path, help="tables folder (default: data/processed)")
    build.add_argument("--figures", type=Path, help="figure files folder (default: figures)")
    build.add_argument(
        "--root",
        type=Path,
        help="project folder (default: $GOVREPORT_ROOT, else the current "
        "folder or the nearest one above it with data/raw/reports/)",
    )
    build.add_argument(
        "--jobs", type=int, help="processes for drawing figures (default: one per core)"
    )
    build.add_argument(
        "--force", action="store_true", help="rebuild everything, ignoring the cache"
    )
    build.set_defaults(func=cmd_build)
    return parser


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    prefix = "warning" if issubclass(category, StructureWarning) else category.__name__
    print(f"govreport: {prefix}: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    warnings.showwarning = _show_warning
    try:
        return int(args.func(args))
    except InputError as error:
        print(f"govreport: error: {error}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    except BrokenPipeError:
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
