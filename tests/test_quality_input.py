"""Quality gate: bad input across the command line.

Every report-reading command (``tokens``, ``indicators``, ``audit``) given a bad file prints one
line on stderr and exits with status 2, never a traceback. Given a re-encoded or re-formatted
copy of the real report (GB18030, UTF-8 with BOM, CRLF, full-width digits), a truncated copy or
a copy without headings, it gives the same analysis as the clean text, with offsets into the
decoded text of *that* file, and drops nothing: the tokens cover every character of the text and
the audit accounts for every numeral.

Every command of the contract must exist: a missing one fails, it does not skip.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import subprocess
import warnings
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport import cli
from govreport.config import project
from govreport.errors import InputError, StructureWarning
from govreport.report import clean_text, decode_bytes, parse_report
from govreport.tokens import report_terms
from tests.conftest import BIN

PROJECT = project(Path(__file__).resolve().parents[1])
report_path = PROJECT.report_path

REPORT = report_path("jinan-shizhong-2025")
RAW = REPORT.read_text(encoding="utf-8")
COMMANDS = ("tokens", "indicators", "audit", "targets")
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
FULLWIDTH = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)})
FROM_FULLWIDTH = {chr(0xFF10 + i): str(i) for i in range(10)}
PART_HEADING_LINE = re.compile(r"(?m)^[一二三四五六七八九十]+、[^\n]*\n")


def available_commands() -> set[str]:
    parser = cli.make_parser()
    subparsers = next(a for a in parser._actions if a.choices and isinstance(a.choices, dict))
    return set(subparsers.choices)


def require(command: str) -> None:
    assert command in available_commands(), f"`govreport {command}` is missing (DESIGN.md)"


def extra_args(command: str) -> list[str]:
    # Without metadata beside the copies, give the plan year so every variant is read alike.
    return ["--year", "2025"] if command == "indicators" else []


# ------------------------------------------------------------------ bad files: exit 2, one line

BAD_FILES = {
    "missing": None,
    "directory": "dir",
    "empty": b"",
    "whitespace-only": b" \n\t\r\n\xe3\x80\x80\n",
    "png": PNG_BYTES + bytes(range(256)),
    "random-with-nuls": bytes((i * 97 + 13) % 256 for i in range(4096)),
    # A PDF given where its text was meant: the message says how to get the text.
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    + bytes(range(256)),
    # Documents of other formats given where their text was meant: each named, with what to do
    # (a web page was read as one line of tags and text, with a warning and junk rows).
    "docx": b"PK\x03\x04\x14\x00\x06\x00\x08\x00word/document.xml" + bytes(range(256)),
    "doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)),
    "rtf": b"{\\rtf1\\ansi\\ansicpg936 \\'d5\\'fe\\'b8\\'ae}",
    "html": (
        "\ufeff<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body><p>一、2025年工作回顾</p>"
        "<p>地区生产总值增长5.5%。</p></body></html>"
    ).encode("utf-8"),
    # A traditional-Chinese report in Big5: refused with the encoding named, never mojibake.
    "big5": (
        "各位代表：現在，我代表市人民政府，向大會報告政府工作。過去一年，經濟增長5.2%。\n" * 20
    ).encode("big5"),
}


#: what the one line names for a document of another format
FORMAT_NAMED = {"docx": "Office document", "doc": "Office document", "rtf": "RTF", "html": "HTML"}


def _bad_file(tmp: Path, kind: str) -> Path:
    path = tmp / f"{kind}.txt"
    content = BAD_FILES[kind]
    if content == "dir":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    return path


def test_bad_files_give_one_line_and_exit_2(tmp_path: Path) -> None:
    jobs = []
    for command in COMMANDS:
        for kind in BAD_FILES:
            folder = tmp_path / command
            folder.mkdir(exist_ok=True)
            path = _bad_file(folder, kind)
            jobs.append((command, kind, [str(BIN / "govreport"), command, str(path)]))
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        results = list(
            pool.map(lambda j: subprocess.run(j[2], capture_output=True, text=True, env=env), jobs)
        )
    failures = []
    for (command, kind, _), done in zip(jobs, results, strict=True):
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        if done.returncode != 2 or len(lines) != 1 or "Traceback" in done.stderr:
            failures.append(
                f"govreport {command} on a {kind} file: exit {done.returncode}, stderr "
                f"{done.stderr[-500:]!r}"
            )
        elif kind == "pdf" and "pdftotext" not in done.stderr:
            failures.append(f"govreport {command} on a PDF: no word of pdftotext: {done.stderr!r}")
        elif kind in FORMAT_NAMED and FORMAT_NAMED[kind] not in done.stderr:
            failures.append(
                f"govreport {command} on a {kind} file: format unnamed: {done.stderr!r}"
            )
        elif done.stdout.strip():
            failures.append(
                f"govreport {command} on a {kind} file printed output: {done.stdout[:200]!r}"
            )
    assert not failures, (
        "BAD INPUT: a bad file must give one line on stderr and exit 2, no traceback:\n"
        + "\n".join(failures)
    )


def test_every_report_command_exists() -> None:
    missing = [c for c in (*COMMANDS, "kwic", "slogans") if c not in available_commands()]
    assert not missing, f"report commands missing from the CLI: {', '.join(missing)}"


# ------------------------------------------------------------------ variants: same analysis


def _variants() -> dict[str, tuple[bytes, str]]:
    """name -> (file bytes, decoded text as the command must see it)."""
    crlf = RAW.replace("\n", "\r\n")
    full = RAW.translate(FULLWIDTH)
    cut = RAW[: int(len(RAW) * 0.4)]
    no_headings = PART_HEADING_LINE.sub("", RAW)
    assert no_headings != RAW
    return {
        "clean": (RAW.encode("utf-8"), RAW),
        "gb18030": (RAW.encode("gb18030"), RAW),
        "utf-8-bom": (codecs.BOM_UTF8 + RAW.encode("utf-8"), RAW),
        # What Windows Notepad saves as "Unicode": UTF-16 LE with a byte-order mark.
        "utf-16-bom": (RAW.encode("utf-16"), RAW),
        "crlf": (crlf.encode("utf-8"), crlf),
        "full-width-digits": (full.encode("utf-8"), full),
        "truncated": (cut.encode("utf-8"), cut),
        "no-headings": (no_headings.encode("utf-8"), no_headings),
    }


VARIANTS = _variants()


@pytest.fixture(scope="module")
def variant_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("variants")
    paths = {}
    for name, (data, _) in VARIANTS.items():
        # Same file name (hence report_id) in every folder; no metadata file beside it.
        path = root / name / "jinan-shizhong-2025.txt"
        path.parent.mkdir()
        path.write_bytes(data)
        paths[name] = path
    return paths


def _run_in_process(command: str, path: Path, capsys: pytest.CaptureFixture[str]):
    capsys.readouterr()
    with warnings.catch_warnings():
        warnings.simplefilter("always", StructureWarning)
        status = cli.main([command, str(path), *extra_args(command)])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


_cache: dict[tuple[str, str], tuple[int, str, str]] = {}


def analysis(command: str, name: str, files: dict[str, Path], capsys) -> tuple[int, str, str]:
    key = (command, name)
    if key not in _cache:
        _cache[key] = _run_in_process(command, files[name], capsys)
    return _cache[key]


def _inverse(name: str, text: str) -> str:
    """Map a variant's text back to the clean text's characters."""
    if name == "crlf":
        return text.replace("\r", "")
    if name == "full-width-digits":
        return "".join(FROM_FULLWIDTH.get(ch, ch) for ch in text)
    return text


def _table(out: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)


@pytest.mark.parametrize("name", [n for n in VARIANTS if n != "clean"])
def test_tokens_of_variants(name: str, variant_files, capsys) -> None:
    status, out, err = analysis("tokens", name, variant_files, capsys)
    assert status == 0, f"BAD INPUT: `govreport tokens` failed on the {name} copy: {err}"
    tokens = _table(out)
    text = VARIANTS[name][1]
    # Offsets index the decoded text of this file.
    wrong = [
        (t, s, e, text[int(s) : int(e)])
        for t, s, e in zip(tokens.token, tokens.start, tokens.end, strict=True)
        if _inverse(name, text[int(s) : int(e)]) != t and "[bookmark" not in text[int(s) : int(e)]
    ]
    assert not wrong, f"BAD INPUT ({name}): token offsets do not index the file's text: {wrong[:5]}"
    # Nothing silently dropped: the tokens cover every non-space character of the clean view.
    clean_view = re.sub(r"\s", "", clean_text(text)[0])
    assert re.sub(r"\s", "", "".join(tokens.token)) == clean_view, (
        f"BAD INPUT ({name}): the tokens do not cover the whole text"
    )
    reference = _table(analysis("tokens", "clean", variant_files, capsys)[1])
    if name in ("gb18030", "utf-8-bom", "utf-16-bom", "crlf", "full-width-digits"):
        same = ["sentence_id", "token", "pos", "is_stop", "is_punct"]
        pd.testing.assert_frame_equal(
            tokens[same], reference[same], obj=f"tokens of the {name} copy"
        )
        if name in ("gb18030", "utf-8-bom", "utf-16-bom"):
            assert tokens.start.tolist() == reference.start.tolist()
    elif name == "truncated":
        # A report's own quoted names are words of the whole report (tokens.report_terms): a
        # name quoted only in the part cut off (“动态清零”) is no word of the truncated copy. So
        # the kept sentences cut alike except inside the names only the full report quotes.
        lost = {u.term for u in report_terms(VARIANTS["clean"][1])} - {
            u.term for u in report_terms(text)
        }
        last = tokens.sentence_id.iloc[-1]
        kept = tokens[tokens.sentence_id != last]
        head = reference[reference.sentence_id.isin(set(kept.sentence_id))]
        assert "".join(kept.token) == "".join(head.token), "truncated copy: text changed"
        assert kept.sentence_id.unique().tolist() == head.sentence_id.unique().tolist()
        cuts, reference_cuts = set(_cuts(kept.token)), set(_cuts(head.token))
        inside = {c for t, (a, b) in _spans(head.token) if t in lost for c in range(a + 1, b)}
        assert reference_cuts <= cuts, "truncated copy: words joined that the full copy cuts"
        assert cuts - reference_cuts <= inside, (
            f"truncated copy: tokens changed outside the names only the full copy quotes ({lost})"
        )
    elif name == "no-headings":
        assert "heading" in err, f"no-headings copy: expected a one-line warning, got {err!r}"
        assert len([line for line in err.splitlines() if line.strip()]) == 1, err
        body = reference[~reference.sentence_id.str.match(r"^\d+\.0\.0\.")]
        assert tokens.token.tolist() == body.token.tolist(), (
            "no-headings copy: the tokens differ from the clean text's (headings aside)"
        )


INDICATOR_SAME = [
    "value_num", "value_high", "unit", "value_base", "unit_base", "kind", "period_kind",
    "year", "span", "qualifier", "subject",
]  # fmt: skip


@pytest.mark.parametrize("name", [n for n in VARIANTS if n != "clean"])
def test_indicators_of_variants(name: str, variant_files, capsys) -> None:
    require("indicators")
    status, out, err = analysis("indicators", name, variant_files, capsys)
    assert status == 0, f"BAD INPUT: `govreport indicators` failed on the {name} copy: {err}"
    rows = _table(out)
    text = VARIANTS[name][1]
    wrong = [
        (q, s, e)
        for q, s, e in zip(rows.quote, rows.char_start, rows.char_end, strict=True)
        if text[int(s) : int(e)] != q
    ]
    assert not wrong, f"BAD INPUT ({name}): quote != text[char_start:char_end]: {wrong[:5]}"
    reference = _table(analysis("indicators", "clean", variant_files, capsys)[1])
    columns = [c for c in INDICATOR_SAME if c in rows.columns]
    if name in ("gb18030", "utf-8-bom", "utf-16-bom", "crlf", "full-width-digits"):
        # spans are quoted as written (截至９月底 in the full-width copy), like quotes
        written = rows[columns].assign(span=[_inverse(name, s) for s in rows["span"]])
        pd.testing.assert_frame_equal(
            written, reference[columns], obj=f"indicators of the {name} copy"
        )
        assert [_inverse(name, q) for q in rows.quote] == reference.quote.tolist()
    elif name == "truncated":
        assert 0 < len(rows) < len(reference)
        kept = rows[rows.sentence_id != rows.sentence_id.iloc[-1]]
        pd.testing.assert_frame_equal(
            kept[columns], reference.iloc[: len(kept)][columns], obj="indicators, truncated copy"
        )
    elif name == "no-headings":
        body = reference[~reference.sentence_id.str.match(r"^\d+\.0\.0\.")]
        assert rows.quote.tolist() == body.quote.tolist()
        numeric = ["value_num", "value_high", "unit"]
        pd.testing.assert_frame_equal(
            rows[numeric].reset_index(drop=True), body[numeric].reset_index(drop=True)
        )


@pytest.mark.parametrize("name", list(VARIANTS))
def test_audit_accounts_for_every_numeral(name: str, variant_files, capsys) -> None:
    require("audit")
    status, out, err = analysis("audit", name, variant_files, capsys)
    assert status == 0, (
        f"BAD INPUT ({name}): `govreport audit` exits {status}: a numeral is unaccounted for "
        f"or the file was refused:\n{err[-1500:]}"
    )
    # Every Arabic digit of the text (clean view, i.e. debris such as page numbers aside) lies
    # inside a numeral run that the audit lists.
    rows = _table(out)
    covered = set()
    for start, end in zip(rows.char_start.astype(int), rows.char_end.astype(int), strict=True):
        covered.update(range(start, end))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        report = parse_report(VARIANTS[name][1])
    missed = [
        report.clean_to_raw[i]
        for i, ch in enumerate(report.clean_text)
        if ch.isascii() and ch.isdigit() and report.clean_to_raw[i] not in covered
    ]
    assert not missed, (
        f"BAD INPUT ({name}): digits missing from the audit at raw offsets {missed[:10]}"
    )
    if name in ("gb18030", "utf-8-bom", "utf-16-bom", "crlf", "full-width-digits"):
        reference = analysis("audit", "clean", variant_files, capsys)[1]
        assert len(out.splitlines()) == len(reference.splitlines()), (
            f"BAD INPUT ({name}): the audit lists a different number of numerals than for the "
            "clean text"
        )


def _cuts(tokens: Iterable[str]) -> list[int]:
    """The offsets between consecutive tokens of a token sequence (its word boundaries)."""
    offsets, at = [], 0
    for token in tokens:
        at += len(token)
        offsets.append(at)
    return offsets


def _spans(tokens: Iterable[str]) -> list[tuple[str, tuple[int, int]]]:
    """Each token with its (start, end) in the joined text."""
    out, at = [], 0
    for token in tokens:
        out.append((token, (at, at + len(token))))
        at += len(token)
    return out


# ------------------------------------------------------------------ properties of the model


#: Pieces of the genre (heading numerals and marks, debris, full-width digits, page numbers)
#: glued at random: arbitrary text alone rarely forms a heading-like line.
GENRE_PIECES = st.lists(
    st.sampled_from(
        ["\n一、", "\n二、", "\n十一、", "\n一一、", "\n二十、", "\n（一）", "\n（十）", "\n(二)",
         "一", "二", "三", "十", "一一", "、", "（", "）", "(", ")", "。", "！", "？", "”", "“",
         "\n", "\r\n", " ", "\u3000", "\ufeff", "[bookmark: _x]", "１", "5", "％", "．", "%",
         "\n- 3 -\n", "(\n1\n)", "2024年", "工作回顾", "工作安排", "政府自身建设", "各位代表："]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), GENRE_PIECES))
def test_parse_report_never_crashes_on_any_text(raw: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StructureWarning)
        try:
            report = parse_report(raw)
        except InputError:
            return
    previous_end = 0
    for sentence in report.sentences():
        assert 0 <= sentence.start <= sentence.end <= len(raw), "raw span outside the text"
        assert previous_end <= sentence.start, "sentences overlap or are out of order"
        previous_end = sentence.end
        assert sentence.text == report.clean_text[sentence.clean_start : sentence.clean_end]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_decode_bytes_raises_only_input_errors(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data)
    except InputError as error:
        assert "\n" not in str(error), "an input error must be one line"
        return
    assert encoding in {"utf-8", "utf-8-sig", "utf-16", "utf-32", "gb18030"} and text.strip()
