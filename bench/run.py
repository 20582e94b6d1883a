"""Benchmark of the govreport pipeline and book build (a measurement, not a test).

Reports medians over repeated runs and writes ``bench/RESULTS.md`` with the machine it ran on:

- book: cold build (empty output folder and cache), no-change rebuild, one-notebook-changed
  rebuild (the notebook's mtime is bumped; its content is not touched);
- ``govreport build`` (subprocess, wall time and peak memory);
- ``govreport tokens`` / ``indicators`` / ``audit`` throughput in characters per second on the
  subject report, in-process after warm-up, beside jieba's raw ``lcut`` (the floor the tokens
  stage cannot beat) and ``jieba.posseg.lcut`` (what the tokens stage calls), plus one cold
  command-line run of each (start-up included);
- a scaling run: parse + tokens + indicators + audit over 1, 4, 16, 64 concatenated copies of
  the report, each in a fresh process (time and peak RSS), with the log-log slope (1 = linear);
- pathological inputs: 1 MB texts built to defeat a quadratic reader (no punctuation, one huge
  sentence, a huge digit or Chinese-numeral run, separators, the report repeated), each through
  parse + indicators + audit in a fresh process with a time limit (target: 10 s each);
- segmentation quality on the hand-segmented set (tests/data/segmentation/gold.tsv): boundary
  precision / recall / F1, F1 on ordinary words and policy-term integrity for default jieba,
  our tokenizer (token and parts view) and an independent segmenter (thulac, if installed),
  plus policy-term integrity over the whole subject report (``--only-segmentation`` runs just
  this section and prints it).

Usage::

    python bench/run.py                     # 3 repetitions, everything
    python bench/run.py --repeat 5 --book-repeat 2
    python bench/run.py --skip-book --scales 1,4,16
    python bench/run.py --build-only --repeat 2   # just `govreport build`, with its stages

Scratch files go to ``bench/out/`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench" / "RESULTS.md"
REPORT = ROOT / "data" / "raw" / "reports" / "jinan-shizhong-2025.txt"
BOOK_ARGS = [".", "--config", "book/_config.yml", "--toc", "book/_toc.yml", "-W", "-n"]


# ------------------------------------------------------------------ measuring


def timed_process(command: Sequence[str], cwd: Path = ROOT) -> tuple[float, float, int, str]:
    """Run a command; return (wall seconds, peak RSS in MiB of it and its children, status,
    tail of its output).

    Linux carries a forked child's memory high-water mark across ``exec``, so the peak is only
    meaningful while this process stays small: the heavy work runs in worker processes.
    """
    started = time.perf_counter()
    proc = subprocess.Popen(
        list(command), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    output = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stdout:
        proc.stdout.close()
    wall = time.perf_counter() - started
    return wall, usage.ru_maxrss / 1024, proc.returncode, output[-3000:]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def fmt_rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1000:,.0f} k" if seconds > 0 else "n/a"


# ------------------------------------------------------------------ machine


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "CPU": cpu,
        "cores (nproc)": str(os.cpu_count()),
        "RAM": ram,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "date (UTC)": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        "load average at the end (1, 5, 15 min)": ", ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


# ------------------------------------------------------------------ book


class BookFailed(RuntimeError):
    """The book did not build; the other measurements are still written."""


def bench_book(repeat: int, log: Callable[[str], None]) -> list[tuple[str, list[float], float]]:
    out = OUT / "book"
    notebooks = sorted((ROOT / "notebooks").glob("*.md"))
    command = [str(BIN / "jupyter-book"), "build", *BOOK_ARGS, "--path-output", str(out)]
    rows: dict[str, tuple[list[float], list[float]]] = {
        "cold build (empty output and cache)": ([], []),
        "no-change rebuild": ([], []),
        "one notebook changed (mtime)": ([], []),
    }
    names = list(rows)
    for i in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        for name in names:
            if name.startswith("one notebook") and notebooks:
                now = time.time()
                os.utime(notebooks[0], (now, now))
            wall, rss, status, tail = timed_process(command)
            if status != 0:  # keep the other measurements; say so in the results
                log(f"book build failed ({name}):\n{tail}")
                raise BookFailed(name)
            rows[name][0].append(wall)
            rows[name][1].append(rss)
            log(f"book {i + 1}/{repeat}: {name}: {wall:.1f} s, {rss:.0f} MiB")
    return [(name, times, max(rss)) for name, (times, rss) in rows.items()]


# ------------------------------------------------------------------ pipeline


#: What issue 10 asks of ``govreport build`` and the book (a measurement, not a test).
TARGETS = {"no-change": 3.0, "cold": 15.0, "rss": 400.0, "book": 60.0}


def bench_build(
    repeat: int, log: Callable[[str], None], stages: list[list[str]] | None = None
) -> dict[str, tuple[list[float], float]]:
    """``govreport build`` cold (``--force``: no cache, every figure drawn) and with nothing
    changed since the previous build (the content-hash check only). ``stages`` collects the
    stage lines each cold build printed."""
    command = [
        str(BIN / "govreport"), "build",
        "--out", str(OUT / "processed"), "--figures", str(OUT / "figures"),
    ]  # fmt: skip
    rows: dict[str, tuple[list[float], float]] = {"cold": ([], 0.0), "no-change": ([], 0.0)}
    for i in range(repeat):
        for name, extra in (("cold", ["--force"]), ("no-change", [])):
            wall, rss, status, tail = timed_process(command + extra)
            if status != 0:
                raise SystemExit(f"govreport build failed:\n{tail}")
            times, peak = rows[name]
            if name == "cold" and stages is not None:
                stages.append(
                    [line.split(": ", 1)[1] for line in tail.splitlines() if ": " in line]
                )
            times.append(wall)
            rows[name] = (times, max(peak, rss))
            log(f"govreport build ({name}) {i + 1}/{repeat}: {wall:.1f} s, {rss:.0f} MiB")
    return rows


def stage_names() -> list[str]:
    """The report commands there are (without importing them into this process)."""
    import importlib.util

    has_quantities = importlib.util.find_spec("govreport.quantities") is not None
    return ["tokens", "indicators", "audit"] if has_quantities else ["tokens"]


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM: since its exec, not its parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stages() -> dict[str, Callable[[object], object]]:
    """The in-process work behind each command, on a parsed report."""
    from govreport.tokens import tokenize_report

    found: dict[str, Callable[[object], object]] = {"tokens": tokenize_report}
    try:
        from govreport.quantities import audit_numerals, extract_quantities
    except ImportError:
        return found
    found["indicators"] = extract_quantities
    found["audit"] = audit_numerals
    return found


def throughput_worker(repeat: int) -> None:
    """Run in a fresh process: warm medians of each piece of work on the subject report."""
    import jieba
    import jieba.posseg

    from govreport.report import parse_report, read_report

    text = read_report(REPORT).raw_text
    rows: list[tuple[str, int, list[float]]] = []

    def measure(name: str, work: Callable[[], object]) -> None:
        work()  # warm-up: dictionaries loaded, caches filled
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            work()
            times.append(time.perf_counter() - t0)
        rows.append((name, len(text), times))

    measure("jieba.lcut (raw, default dictionary)", lambda: jieba.lcut(text))
    measure("jieba.posseg.lcut (raw, with POS)", lambda: jieba.posseg.lcut(text))
    measure("report model (decode + clean + structure)", lambda: parse_report(text))
    for name, work in stages().items():
        measure(f"govreport {name} (parse + {name})", lambda w=work: w(parse_report(text)))
    print(json.dumps(rows))


def bench_throughput(repeat: int, log: Callable[[str], None]) -> list[tuple[str, int, list[float]]]:
    done = subprocess.run(
        [sys.executable, __file__, "--throughput-worker", str(repeat)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    rows = [tuple(row) for row in json.loads(done.stdout.strip().splitlines()[-1])]
    for name, _, times in rows:
        log(f"{name}: median {median(times):.3f} s")
    return rows  # type: ignore[return-value]


def bench_cli(repeat: int, log: Callable[[str], None]) -> list[tuple[str, list[float], float]]:
    rows = []
    for name in stage_names():
        target = OUT / f"cli-{name}.csv"
        extra = ["--year", "2025"] if name == "indicators" else []
        command = [str(BIN / "govreport"), name, str(REPORT), "-o", str(target), *extra]
        times, peak = [], 0.0
        for _ in range(repeat):
            wall, rss, status, tail = timed_process(command)
            if status not in (0, 1):  # audit exits 1 when a numeral is unaccounted for
                raise SystemExit(f"govreport {name} failed:\n{tail}")
            times.append(wall)
            peak = max(peak, rss)
        rows.append((f"govreport {name} (command line, cold)", times, peak))
        log(f"cli {name}: median {median(times):.2f} s, {peak:.0f} MiB")
    return rows


# ------------------------------------------------------------------ scaling


def scale_worker(copies: int) -> None:
    """Run in a fresh process: time parse + every stage on ``copies`` concatenated reports."""
    from govreport.report import parse_report, read_report

    work = stages()
    text = "\n".join([read_report(REPORT).raw_text] * copies)
    for stage in work.values():  # warm-up on a small text: dictionaries and rules loaded
        stage(parse_report(text[:2000]))
    t0 = time.perf_counter()
    report = parse_report(text)
    timings = {"parse": time.perf_counter() - t0}
    for name, stage in work.items():
        t0 = time.perf_counter()
        stage(report)
        timings[name] = time.perf_counter() - t0
    print(json.dumps({"chars": len(text), "timings": timings, "rss_mib": peak_rss_mib()}))


PATHOLOGICAL_SIZE = 1_000_000
PATHOLOGICAL_LIMIT = 120.0  # seconds before a run is stopped and reported as over the limit
PATHOLOGICAL_TARGET = 10.0  # seconds for any 1 MB input (issue 11)


def pathological_text(name: str, size: int = PATHOLOGICAL_SIZE) -> str:
    """A generated input of ``size`` characters meant to defeat a quadratic reader."""

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    units = {
        "no punctuation": "地区生产总值增长5.5%城镇新增就业100万人以上新开工项目61个总投资65.4亿元",
        "one sentence (commas, no 。)": "地区生产总值增长5.5%左右，分别增长8%和6%，",
        "digit run": "1",
        "chinese numeral run": "一二三四五六七八九十百千万亿",
        "separators": "1,000.5—2%、",
        # the time cues of older reports and of governed hedges (rounds 8-10 of issue 11)
        "old-report clauses": "一九七九年农业总产值比一九七八年增长百分之八点六，预计今年达到"
        "二十七亿四千万元，而1956年就增加了一百七十七亿元，“七五”期间，今后八年，前三年共增加了，",
        "hedges and bases": "确保达到8%左右，力争比1980年预计增长5%，累计新增30个，",
        # 、-lists of the shapes the lexicon reads in a report (economy labels, launched
        # programmes, coverage goals, time-distance circles), never closed: a list rule that
        # searched again from every start was quadratic in such a run (lexicon round 25)
        "list items": "夜经济、民宿经济、实施乡村振兴行动、县县通高速、15分钟生活圈、",
        # the densest runs of quantities: a figure every 2 characters (the cost is per row);
        # the last three were the slowest of 12 such shapes tried (session 38): a magnitude
        # alone is read past for a shared unit, figures of a list share the one after the last,
        # and each count of a list looked ahead for a compound unit (个、…个百分点)
        "counts back to back": "1个2个",
        "magnitudes back to back": "1万2万",
        "figures sharing a unit": "1、2个",
        "list of counts": "1个、2个、",
        # a list of projects named with their capacities, never closed by a comma (session 54:
        # each capacity looked for 项目 up to its clause's end, unbounded)
        "project capacities": "白银集团7万吨锌基合金、",
        # figures of a 分别 list, never closed by a comma (session 58: a figure with nothing in
        # its clause read the clause before it back to the sentence's start, unbounded)
        "respectively, no comma": "分别增长8%和6%左右",
        # amounts of a 、-list, never closed by a comma (session 68: each figure read the list to
        # its end for a respective reading, 60,000 characters took 16 s)
        "list of amounts": "1亿吨、",
    }
    if name == "report repeated":
        from govreport.report import read_report

        return fill(read_report(REPORT).raw_text + "\n")
    if name == "PDF text repeated":  # (lines cut at the page's width, page numbers, form feeds)
        return fill(PDF_TEXT.read_text(encoding="utf-8"))
    if name == "paragraph marks":
        return fill("".join(marked_paragraph(mark) for mark in latin_marks()))
    return fill(units[name])


def latin_marks() -> Iterator[str]:
    """Every three-letter lowercase token, aaa to zzz (17,576): distinct paragraph marks."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ("".join(t) for t in product(letters, repeat=3))


def marked_paragraph(mark: str) -> str:
    """Three lines ending in ``mark`` and the mark on a line of its own (session 60: a report
    marked by many distinct tokens had each line tried against every token, quadratic)."""
    return f"地区生产总值增长5.5%。{mark}\n城镇新增就业100万人。{mark}\n新开工项目61个。{mark}\n{mark}\n"


PATHOLOGICAL = (
    "no punctuation", "one sentence (commas, no 。)", "digit run", "chinese numeral run",
    "separators", "old-report clauses", "hedges and bases", "list items",
    "counts back to back", "magnitudes back to back", "figures sharing a unit", "list of counts",
    "project capacities", "respectively, no comma", "list of amounts", "report repeated",
    "PDF text repeated",
    "paragraph marks",
)  # fmt: skip
#: The book's report as pdftotext gives it from a printed PDF (tests/data/pdf_text/README.md).
PDF_TEXT = ROOT / "tests" / "data" / "pdf_text" / "jinan-shizhong-2025.pdftotext.txt"


def pathological_worker(name: str) -> None:
    """Run in a fresh process: parse + indicators + audit (one pass) on a generated input."""
    from govreport.quantities import read_report_quantities
    from govreport.report import parse_report

    text = pathological_text(name)
    t0 = time.perf_counter()
    indicators, audit = read_report_quantities(parse_report(text))
    print(json.dumps({"seconds": time.perf_counter() - t0, "rows": len(indicators)}))


#: One row of the pathological table: input, median seconds (``None`` over the limit), quantity
#: rows, and the fastest and slowest of the runs.
PathologicalRow = tuple[str, float | None, int, float | None, float | None]


def bench_pathological(log: Callable[[str], None], repeat: int = 1) -> list[PathologicalRow]:
    """Each pathological input ``repeat`` times, each run in a fresh process (the median is
    reported: one run on a shared machine varies by a fifth either way)."""
    rows: list[PathologicalRow] = []
    for name in PATHOLOGICAL:
        times: list[float] = []
        n = 0
        for _ in range(repeat):
            try:
                done = subprocess.run(
                    [sys.executable, __file__, "--pathological-worker", name],
                    cwd=ROOT, capture_output=True, text=True, check=True,
                    timeout=PATHOLOGICAL_LIMIT,
                )  # fmt: skip
            except subprocess.TimeoutExpired:
                log(f"pathological {name}: over {PATHOLOGICAL_LIMIT:.0f} s")
                break
            found = json.loads(done.stdout.strip().splitlines()[-1])
            times.append(found["seconds"])
            n = found["rows"]
            log(f"pathological {name}: {found['seconds']:.1f} s, {n} rows")
        if len(times) < repeat:  # (a run over the limit: the input is reported as over it)
            rows.append((name, None, n, None, None))
        else:
            rows.append((name, statistics.median(times), n, min(times), max(times)))
    return rows


TOKENIZER_SIZES = (50_000, 200_000)


def bench_tokenizer(log: Callable[[str], None]) -> list[tuple[str, list[float]]]:
    """Our tokenizer as a report gets it (dictionary + the text's quoted names and launched
    programmes, :func:`govreport.tokens.report_tokenizer`) and :func:`govreport.tokens.segment`
    on the pathological inputs at two sizes: the ratio of the times shows whether it is linear
    (4 = linear for a fourfold input). jieba's POS tagger itself runs at a few tens of thousands
    of characters a second, so the inputs are smaller than the extractor's 1 MB."""
    from govreport.tokens import default_tokenizer, report_tokenizer, segment

    segment("预热", default_tokenizer())
    rows: list[tuple[str, list[float]]] = []
    for name in PATHOLOGICAL:
        times = []
        for size in TOKENIZER_SIZES:
            text = pathological_text(name, size)
            t0 = time.perf_counter()
            segment(text, report_tokenizer(text))
            times.append(time.perf_counter() - t0)
        rows.append((name, times))
        log(f"tokenizer {name}: " + ", ".join(f"{t:.1f} s" for t in times))
    return rows


PATHOLOGICAL_SECTION = "## Pathological inputs"


def pathological_lines(rows: list[PathologicalRow], repeat: int = 1) -> list[str]:
    """The pathological-inputs section: one row per input, its time and quantity rows."""
    runs = f"median of {repeat} runs, fastest and slowest beside it" if repeat > 1 else "one run"
    lines = [
        f"{PATHOLOGICAL_SECTION} ({PATHOLOGICAL_SIZE:,} characters each)",
        "",
        f"Parse + indicators + audit in a fresh process ({runs}); target "
        f"{PATHOLOGICAL_TARGET:.0f} s each. The extractor remembers "
        "the subjects it has stripped and the results of other pure functions of a clause's words "
        "(bounded memos: `govreport.quantities.context`, "
        "`govreport.quantities.rules.remembered_per_rules`); these inputs repeat their clauses, so "
        "they gain more from them than a text whose clauses all differ would. The time grows with "
        "the quantity rows found: the cost per row is the extractor's, and the densest inputs miss "
        "the target.",
        "",
        "| input | time | fastest – slowest | quantity rows | µs per row | target ≤ 10 s |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, seconds, n, low, high in rows:
        shown = f"{seconds:.1f} s" if seconds is not None else f"> {PATHOLOGICAL_LIMIT:.0f} s"
        spread = f"{low:.1f} – {high:.1f} s" if low is not None and high is not None else "–"
        per_row = f"{seconds / n * 1e6:.0f}" if seconds is not None and n else "–"
        met = "met" if seconds is not None and seconds <= PATHOLOGICAL_TARGET else "NOT met"
        lines.append(f"| {name} | {shown} | {spread} | {n:,} | {per_row} | {met} |")
    return [*lines, ""]


def tokenizer_lines(rows: list[tuple[str, list[float]]]) -> list[str]:
    sizes = " | ".join(f"{n:,} chars" for n in TOKENIZER_SIZES)
    lines = [
        "## Tokenizer on pathological inputs",
        "",
        "`segment(text, report_tokenizer(text))` on the pathological inputs, cut to each size "
        "(one process, dictionary loaded before timing); ratio = time at the larger size over "
        f"time at the smaller ({TOKENIZER_SIZES[-1] // TOKENIZER_SIZES[0]} = linear).",
        "",
        f"| input | {sizes} | ratio |",
        "| --- | " + " | ".join("---:" for _ in TOKENIZER_SIZES) + " | ---: |",
    ]
    for name, times in rows:
        cells = " | ".join(f"{t:.2f} s" for t in times)
        lines.append(f"| {name} | {cells} | {times[-1] / times[0]:.1f} |")
    return [*lines, ""]


def bench_scaling(
    scales: Sequence[int], repeat: int, log: Callable[[str], None]
) -> list[dict[str, object]]:
    rows = []
    for copies in scales:
        runs = []
        reps = repeat if copies <= 16 else max(1, min(repeat, 2))
        for _ in range(reps):
            done = subprocess.run(
                [sys.executable, __file__, "--scale-worker", str(copies)],
                cwd=ROOT, capture_output=True, text=True, check=True,
            )  # fmt: skip
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        timings = {k: median([r["timings"][k] for r in runs]) for k in runs[0]["timings"]}
        total = sum(timings.values())
        rows.append(
            {
                "copies": copies,
                "chars": runs[0]["chars"],
                "timings": timings,
                "total": total,
                "rss_mib": max(r["rss_mib"] for r in runs),
                "runs": reps,
            }
        )
        log(f"scaling x{copies}: {total:.2f} s, {rows[-1]['rss_mib']:.0f} MiB")
    return rows


def loglog_slope(rows: list[dict[str, object]]) -> float:
    xs = [math.log(float(r["chars"])) for r in rows]  # type: ignore[arg-type]
    ys = [math.log(float(r["total"])) for r in rows]  # type: ignore[arg-type]
    if len(xs) < 2:
        return float("nan")
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


# ------------------------------------------------------------------ segmentation

GOLD = ROOT / "tests" / "data" / "segmentation" / "gold.tsv"


def segmenters() -> dict[str, Callable[[str], Callable[[str], list[str]]] | str]:
    """The segmenters compared, each as ``report_id -> segmenter`` (ours adds the report's own
    quoted names, as the build does: govreport.pipeline.report_segmenters), or the reason one is
    missing."""
    from govreport.config import project
    from govreport.pipeline import report_segmenters

    proj = project(ROOT)
    found: dict[str, Callable[[str], Callable[[str], list[str]]] | str] = dict(
        report_segmenters([proj.reports, proj.national, proj.provincial])
    )
    try:
        import thulac  # dev/bench dependency, not a runtime one

        model = thulac.thulac(seg_only=True)
        found["thulac 0.2.2 (seg_only)"] = lambda _: lambda s: model.cut(s, text=True).split()
    except ImportError as error:
        found["thulac"] = f"not installed ({error})"
    return found


def bench_segmentation(log: Callable[[str], None]) -> list[tuple[str, dict | str, float]]:
    from govreport import segmentation_eval as se
    from govreport.report import load_report

    gold = se.read_gold(GOLD)
    heldout = {path.stem: se.read_gold(path) for path in se.heldout_files(GOLD)}
    report = load_report("jinan-shizhong-2025", ROOT)
    terms = {t for r in gold if r.report_id == report.report_id for t in r.policy_terms}
    texts = ["".join(s.text.split()) for s in report.sentences()]
    rows: list[tuple[str, dict | str, float]] = []
    for name, cut_for in segmenters().items():
        if isinstance(cut_for, str):
            rows.append((name, cut_for, 0.0))
            continue
        log(f"segmentation: {name}")
        t0 = time.perf_counter()
        score = se.evaluate_by_report(gold, cut_for)
        seconds = time.perf_counter() - t0
        # as the build scores it: the report's own quoted names cover the terms inside them
        whole = se.term_integrity(terms, texts, cut_for(report.report_id), quotes_cover=True)
        result = score.as_dict() | {
            "report_integrity": round(whole.integrity, 4),
            "report_terms": whole.terms,
        }
        rows.append((name, result, seconds))
        for stem, sentences in heldout.items():
            t0 = time.perf_counter()
            blind = se.evaluate_by_report(sentences, cut_for).as_dict()
            seconds = time.perf_counter() - t0
            rows.append((f"{name}, {stem}.tsv", blind, seconds))
    return rows


def segmentation_lines(rows: list[tuple[str, dict | str, float]]) -> list[str]:
    lines = [
        "## Segmentation quality (tests/data/segmentation/gold.tsv and the held-out sets)",
        "",
        "Boundary precision / recall / F1 over cut points; F1 on ordinary words ignores cut points "
        "inside listed policy terms and long names; integrity = share of listed policy-term "
        "occurrences returned as one token; report integrity = the same over every sentence of "
        "the subject report for the terms the set lists for it (the report's own quoted names "
        "covering the terms inside them, as the build scores it).",
        "",
        "| segmenter | P | R | F1 | F1 ordinary | integrity | long names whole | "
        "report integrity | time |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, score, seconds in rows:
        if isinstance(score, str):
            lines.append(f"| {name} | {score} | | | | | | | |")
            continue
        report = (
            f"{score['report_integrity']:.3f} ({score['report_terms']})"
            if "report_integrity" in score
            else "—"
        )
        lines.append(
            f"| {name} | {score['precision']:.3f} | {score['recall']:.3f} | {score['f1']:.3f} | "
            f"{score['f1_ordinary']:.3f} | {score['integrity']:.3f} "
            f"({score['n_terms']}) | {score['long_name_integrity']:.3f} "
            f"({score['n_long_names']}) | {report} | {seconds:.2f} s |"
        )
    return [*lines, ""]


# ------------------------------------------------------------------ corpus run

CORPUS_SECTION = "## Corpus run"


def corpus_worker(step: int, jobs: int) -> None:
    """Run in a fresh process: every ``step``-th national report through the corpus stage,
    cold (empty cache) then warm (same cache), on ``jobs`` processes."""
    import tempfile

    from govreport.config import project
    from govreport.corpus import list_corpus, run_corpus

    entries = list_corpus(project(ROOT).national)[::step]
    with tempfile.TemporaryDirectory() as cache:
        t0 = time.perf_counter()
        results = run_corpus(entries, Path(cache), jobs=jobs)
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        run_corpus(entries, Path(cache), jobs=jobs)
        warm = time.perf_counter() - t0
    chars = sum(len(report.clean_text) for report, _ in results)
    print(json.dumps({"reports": len(entries), "chars": chars, "cold": cold, "warm": warm}))


def bench_corpus(repeat: int, log: Callable[[str], None], jobs: int = 2) -> list[dict[str, object]]:
    rows = []
    for step in (4, 2, 1):  # 13, 26 and 52 reports spread over the years
        runs = []
        for _ in range(repeat):
            done = subprocess.run(
                [sys.executable, __file__, "--corpus-worker", str(step), "--jobs", str(jobs)],
                cwd=ROOT, capture_output=True, text=True, check=True,
            )  # fmt: skip
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        row = {
            "reports": runs[0]["reports"],
            "chars": runs[0]["chars"],
            "cold": [r["cold"] for r in runs],
            "warm": [r["warm"] for r in runs],
            "total": median([r["cold"] for r in runs]),
        }
        rows.append(row)
        log(f"corpus {row['reports']} reports: cold {row['total']:.2f} s")
    return rows


def corpus_lines(rows: list[dict[str, object]], jobs: int) -> list[str]:
    lines = [
        CORPUS_SECTION,
        "",
        f"The national reports through the corpus stage (`govreport.corpus.run_corpus`: report "
        f"model + quantities), on {jobs} processes, in a fresh process each; cold = empty cache, "
        "warm = the same corpus again (every report loaded from the content-hash cache). "
        "Subsets are every 4th and every 2nd report, so they span the same years. The machine "
        "is shared with other work (see the load average above): times are upper bounds.",
        "",
        "| reports | characters | cold median | cold min | warm median | s per 100k chars |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        cold = median(row["cold"])  # type: ignore[arg-type]
        lines.append(
            f"| {row['reports']} | {row['chars']:,} | {fmt_s(cold)} | "
            f"{fmt_s(min(row['cold']))} | {fmt_s(median(row['warm']))} | "  # type: ignore[arg-type]
            f"{cold / float(row['chars']) * 1e5:.2f} |"  # type: ignore[arg-type]
        )
    slope = loglog_slope(rows)
    lines += ["", f"Log-log slope of cold time against characters: {slope:.2f} (1 = linear).", ""]
    return lines


def replace_section(text: str, heading: str, lines: list[str]) -> str:
    """``text`` with the section under ``heading`` replaced by ``lines`` (appended if absent)."""
    start = text.find(heading)
    if start < 0:
        return text.rstrip("\n") + "\n\n" + "\n".join(lines)
    end = text.find("\n## ", start + len(heading))
    rest = text[end + 1 :] if end >= 0 else ""
    return text[:start] + "\n".join(lines) + ("\n" + rest if rest else "")


# ------------------------------------------------------------------ report

BUILD_SECTION = "## `govreport build`"


def build_lines(results: dict[str, object], repeat: int) -> list[str]:
    """The ``govreport build`` section: cold and no-change rows, then the stages of each cold
    build as the build reported them."""
    build: dict = results["build"]  # type: ignore[assignment]
    lines = [
        f"{BUILD_SECTION} ({repeat} runs each)",
        "",
        "Peak RSS: the largest single process among the build and all its workers (``wait4``).",
        "",
        "| build | median | min | max | peak RSS | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, label in (("cold", "cold (`--force`: no cache)"), ("no-change", "no change")):
        times, peak = build[name]
        ok = median(times) <= TARGETS[name] and peak <= TARGETS["rss"]
        lines.append(
            f"| {label} | {fmt_s(median(times))} | {fmt_s(min(times))} | {fmt_s(max(times))} "
            f"| {peak:.0f} MiB | ≤ {TARGETS[name]:.0f} s, ≤ {TARGETS['rss']:.0f} MiB: "
            f"{'met' if ok else 'NOT met'} |"
        )
    lines += ["", "(The cold-book-build target is ≤ 60 s: see the book table above.)", ""]
    for i, stages in enumerate(results.get("build_stages") or [], 1):  # type: ignore[union-attr]
        lines += [f"Stages of cold build {i}, as it reported them:", ""]
        lines += [f"- {line}" for line in stages] + [""]
    return lines


def write_results(args: argparse.Namespace, results: dict[str, object], path: Path) -> None:
    lines = [
        "# Benchmark results",
        "",
        "Written by `python bench/run.py` (`make bench`); medians over repeated runs. A "
        "measurement, not a test: numbers vary between machines and runs.",
        "",
        f"Command: `python bench/run.py {' '.join(args.argv)}`".rstrip() + "",
        "",
        "## Machine",
        "",
        "| | |",
        "| --- | --- |",
        *[f"| {k} | {v} |" for k, v in machine().items()],
        f"| load average at the start (1, 5, 15 min) | {args.load_at_start} |",
        "",
        "A load average above the number of cores means other work shared the machine and the "
        "times below are inflated by it.",
        "",
    ]
    if "book" in results:
        lines += [
            f"## Book build (`jupyter-book build`, -W -n, execute_notebooks: force; "
            f"{args.book_repeat} runs each)",
            "",
            "| build | median | min | max | peak RSS |",
            "| --- | ---: | ---: | ---: | ---: |",
        ]
        for name, times, rss in results["book"]:  # type: ignore[union-attr]
            lines.append(
                f"| {name} | {fmt_s(median(times))} | {fmt_s(min(times))} | "
                f"{fmt_s(max(times))} | {rss:.0f} MiB |"
            )
        lines.append("")
    if "book_failed" in results:
        lines += [
            f"## Book build\n\nNot measured: the book failed to build ({results['book_failed']}).",
            "",
        ]
    lines += build_lines(results, args.repeat)
    lines += [
        f"## Throughput on the subject report ({args.repeat} runs after a warm-up)",
        "",
        "| work | characters | median | characters/s |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name, chars, times in results["throughput"]:  # type: ignore[union-attr]
        lines.append(
            f"| {name} | {chars:,} | {median(times):.3f} s | {fmt_rate(chars, median(times))} |"
        )
    speeds = {name: median(times) for name, _, times in results["throughput"]}  # type: ignore[union-attr]
    ours = next((t for n, t in speeds.items() if n.startswith("govreport indicators")), None)
    jieba = next((t for n, t in speeds.items() if n.startswith("jieba.lcut")), None)
    if ours and jieba:
        lines += [
            "",
            f"The quantity extractor takes {ours / jieba:.1f}× the time of jieba's own `lcut` on "
            "the same text (it used to be a timed test; a wall-clock figure is recorded here).",
        ]
    lines += [
        "",
        "Command-line runs (a fresh process each: imports, dictionary load, CSV written):",
        "",
        "| command | median | peak RSS |",
        "| --- | ---: | ---: |",
    ]
    for name, times, rss in results["cli"]:  # type: ignore[union-attr]
        lines.append(f"| {name} | {fmt_s(median(times))} | {rss:.0f} MiB |")
    rows = results["scaling"]
    stage_names = list(rows[0]["timings"]) if rows else []  # type: ignore[index]
    lines += [
        "",
        "## Scaling: parse + every stage over concatenated copies of the report",
        "",
        "Each point in a fresh process after a warm-up; peak RSS of that process.",
        "",
        "| copies | characters | "
        + " | ".join(stage_names)
        + " | total | s per 100k chars | peak RSS |",
        "| ---: | ---: | " + " | ".join("---:" for _ in stage_names) + " | ---: | ---: | ---: |",
    ]
    for row in rows:  # type: ignore[union-attr]
        per = row["total"] / row["chars"] * 1e5
        cells = " | ".join(f"{row['timings'][k]:.2f}" for k in stage_names)
        lines.append(
            f"| {row['copies']} | {row['chars']:,} | {cells} | {row['total']:.2f} s | "
            f"{per:.2f} | {row['rss_mib']:.0f} MiB |"
        )
    slope = loglog_slope(rows)  # type: ignore[arg-type]
    verdict = (
        "linear" if 0.85 <= slope <= 1.15 else ("sub-linear" if slope < 0.85 else "super-linear")
    )
    lines += [
        "",
        f"Log-log slope of total time against characters: {slope:.2f} ({verdict}; 1 = linear).",
        "",
    ]
    patho = results.get("pathological") or []
    if patho:
        lines += pathological_lines(patho, args.repeat)  # type: ignore[arg-type]
    if "tokenizer" in results:
        lines += tokenizer_lines(results["tokenizer"])  # type: ignore[arg-type]
    if "segmentation" in results:
        lines += segmentation_lines(results["segmentation"])  # type: ignore[arg-type]
    if "corpus" in results:
        lines += corpus_lines(results["corpus"], args.jobs)  # type: ignore[arg-type]
    path.write_text("\n".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per pipeline measurement")
    parser.add_argument(
        "--book-repeat", type=int, help="runs per book measurement (default: --repeat)"
    )
    parser.add_argument("--skip-book", action="store_true", help="leave out the book builds")
    parser.add_argument(
        "--scales", default="1,4,16,64", help="copies of the report, comma-separated"
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file (Markdown)")
    parser.add_argument("--scale-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--throughput-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--corpus-worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=2, help="processes of the corpus run")
    parser.add_argument(
        "--corpus-only",
        action="store_true",
        help="measure only the corpus run and replace its section of the results file",
    )
    parser.add_argument(
        "--build-only",
        action="store_true",
        help="measure only `govreport build` and replace its section of the results file",
    )
    parser.add_argument("--pathological-worker", help=argparse.SUPPRESS)
    parser.add_argument(
        "--only-pathological",
        action="store_true",
        help="run only the pathological inputs and rewrite their section of the results file",
    )
    parser.add_argument(
        "--only-segmentation", action="store_true", help="score the segmenters and print"
    )
    parser.add_argument(
        "--only-tokenizer",
        action="store_true",
        help="time the tokenizer on the pathological inputs and print",
    )
    args = parser.parse_args(argv)
    if args.corpus_worker:
        corpus_worker(args.corpus_worker, args.jobs)
        return 0
    if args.pathological_worker:
        pathological_worker(args.pathological_worker)
        return 0
    if args.only_segmentation:
        print("\n".join(segmentation_lines(bench_segmentation(lambda m: None))))
        return 0
    if args.only_tokenizer:
        print("\n".join(tokenizer_lines(bench_tokenizer(lambda m: None))))
        return 0
    if args.scale_worker:
        scale_worker(args.scale_worker)
        return 0
    if args.throughput_worker:
        throughput_worker(args.throughput_worker)
        return 0
    args.argv = list(sys.argv[1:] if argv is None else argv)
    args.book_repeat = args.book_repeat or args.repeat
    args.load_at_start = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f}s] {message}", file=sys.stderr, flush=True)

    results: dict[str, object] = {}
    if args.corpus_only:
        rows = bench_corpus(args.repeat, log, args.jobs)
        lines = corpus_lines(rows, args.jobs)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        lines.insert(-3, "")
        lines.insert(
            -3,
            f"Load average (1, 5, 15 min) at the start: {args.load_at_start}; at "
            f"the end: {load}; command `python bench/run.py {' '.join(args.argv)}`.",
        )
        old = (
            args.out.read_text(encoding="utf-8") if args.out.is_file() else "# Benchmark results\n"
        )
        args.out.write_text(replace_section(old, CORPUS_SECTION, lines), encoding="utf-8")
        log(f"wrote {args.out}")
        return 0
    if args.build_only:
        stages: list[list[str]] = []
        results = {"build": bench_build(args.repeat, log, stages), "build_stages": stages}
        lines = build_lines(results, args.repeat)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        lines += [
            f"Load average (1, 5, 15 min) at the start: {args.load_at_start}; at the end: "
            f"{load} (2 cores); command `python bench/run.py {' '.join(args.argv)}`.",
            "",
        ]
        old = (
            args.out.read_text(encoding="utf-8") if args.out.is_file() else "# Benchmark results\n"
        )
        args.out.write_text(replace_section(old, BUILD_SECTION, lines), encoding="utf-8")
        log(f"wrote {args.out}")
        return 0
    if args.only_pathological:
        lines = pathological_lines(bench_pathological(log, args.repeat), args.repeat)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        lines[-1:-1] = [
            "",
            f"Measured alone (`python bench/run.py {' '.join(args.argv)}`); load average (1, 5, "
            f"15 min) at the start: {args.load_at_start}; at the end: {load} (2 cores).",
        ]
        print("\n".join(lines))
        old = (
            args.out.read_text(encoding="utf-8") if args.out.is_file() else "# Benchmark results\n"
        )
        args.out.write_text(replace_section(old, PATHOLOGICAL_SECTION, lines), encoding="utf-8")
        log(f"wrote {args.out}")
        return 0
    build_stages: list[list[str]] = []
    results["build"] = bench_build(args.repeat, log, build_stages)
    results["build_stages"] = build_stages
    results["throughput"] = bench_throughput(args.repeat, log)
    results["cli"] = bench_cli(args.repeat, log)
    results["scaling"] = bench_scaling([int(s) for s in args.scales.split(",")], args.repeat, log)
    results["corpus"] = bench_corpus(args.repeat, log, args.jobs)
    results["pathological"] = bench_pathological(log, args.repeat)
    results["tokenizer"] = bench_tokenizer(log)
    results["segmentation"] = bench_segmentation(log)
    if not args.skip_book:
        try:
            results["book"] = bench_book(args.book_repeat, log)
        except BookFailed as failed:
            results["book_failed"] = str(failed)
    write_results(args, results, args.out)
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
