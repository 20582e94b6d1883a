"""The report model: decode a report file, strip conversion debris, split it into a tree.

The raw text is never changed. Cleaning produces a *clean view* of it (debris removed, a few
characters normalised one-for-one) together with a map from every clean offset back to the raw
offset it came from, so that every sentence, token and quantity can point into the raw text.

Structure: part (一、二、三、...) > section ((一)(二)...) > paragraph (a line) > sentence.
Part 0 holds what comes before the first part heading (title, date, "各位代表："); a report
without part headings is all part 0, with a :class:`StructureWarning`. Section 0 of a part holds
its heading and the paragraphs before its first numbered section. Ids are dotted positions,
``"1.3.2.4"`` = part 1, section 3, paragraph 2, sentence 4; paragraph 0 of section 0 is the part
heading itself.
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from govreport.errors import InputError, StructureWarning

CHINESE_DIGITS = "零〇一二两三四五六七八九十"
#: A well-formed heading numeral, 一 to 九十九 ("一一" or "十十" is not one).
_NUMERAL = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"

#: Conversion debris removed from the clean view: Word bookmarks, carriage returns, zero-width
#: characters, page-number lines ("- 3 -") and the page number left at the very end ("(\n1\n)").
DEBRIS_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\[bookmark: [^\]\n]*\]"),
    re.compile(r"[\r\u200b\u200c\u200d\u2060\ufeff]"),
    re.compile(r"(?m)^[ \t\u3000]*[-—–][ \t]*\d{1,3}[ \t]*[-—–][ \t]*$"),
    re.compile(r"\s*[(（]\s*\d{1,3}\s*[)）]\s*\Z"),
    re.compile(r"\n[ \t\u3000]*\d{1,3}[ \t\u3000]*\s*\Z"),
)

#: One-for-one normalisation in the clean view (offsets are unchanged): full-width digits and
#: the full-width percent sign become ASCII, so "１２３％" is read like "123%".
_ONE_FOR_ONE = {chr(0xFF10 + i): str(i) for i in range(10)} | {"％": "%"}
_FULLWIDTH_POINT = re.compile(r"(?<=[0-9０-９])．(?=[0-9０-９])")

PART_HEADING = re.compile(rf"^(?P<num>{_NUMERAL})、(?P<title>[^。！？]{{1,60}})$")
SECTION_HEADING = re.compile(rf"^[（(](?P<num>{_NUMERAL})[）)]")
SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*)?|[。！？!?]+")

REVIEW_WORDS = re.compile(r"回顾|过去|总结")
PLAN_WORDS = re.compile(r"安排|任务|目标|要求|计划|部署")
CONDUCT_WORDS = re.compile(r"自身建设|政府建设")
YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?=年)")


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets ``start``/``end`` index the raw text, ``text`` is the clean view."""

    sentence_id: str
    part: int
    section: int
    paragraph: int
    index: int
    start: int
    end: int
    clean_start: int
    clean_end: int
    text: str
    is_heading: bool = False


@dataclass(frozen=True)
class Paragraph:
    paragraph_id: str
    part: int
    section: int
    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]
    is_heading: bool = False


@dataclass(frozen=True)
class Section:
    section_id: str
    part: int
    index: int
    numeral: str
    title: str
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Part:
    part_id: str
    index: int
    numeral: str
    title: str
    role: str
    year: int | None
    start: int
    end: int
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Report:
    """A decoded, cleaned and structured report."""

    report_id: str
    raw_text: str
    clean_text: str
    clean_to_raw: tuple[int, ...] = field(repr=False)
    encoding: str
    parts: tuple[Part, ...]
    metadata: dict[str, Any] = field(default_factory=dict, repr=False)
    notes: tuple[str, ...] = ()

    def sections(self) -> Iterator[Section]:
        for part in self.parts:
            yield from part.sections

    def paragraphs(self) -> Iterator[Paragraph]:
        for section in self.sections():
            yield from section.paragraphs

    def sentences(self) -> Iterator[Sentence]:
        for paragraph in self.paragraphs():
            yield from paragraph.sentences

    def raw_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Raw offsets of the clean span ``[clean_start, clean_end)``."""
        return raw_span(self.clean_to_raw, clean_start, clean_end)

    @property
    def plan_year(self) -> int | None:
        return infer_years(self)[1]

    @property
    def review_year(self) -> int | None:
        return infer_years(self)[0]


# --------------------------------------------------------------------------- decoding


#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings of the GB family that GB18030 (their superset) decodes correctly.
GB_FAMILY = frozenset({"gb18030", "gbk", "gb2312", "cp936", "hz"})
#: How a detected encoding is named in the refusal, with its ``iconv`` name.
ENCODING_NAMES = {
    "big5": ("Big5 (traditional Chinese)", "BIG5"),
    "cp950": ("Big5 (traditional Chinese)", "BIG5"),
    "big5hkscs": ("Big5-HKSCS (traditional Chinese)", "BIG5-HKSCS"),
    "cp932": ("Shift-JIS (Japanese)", "SHIFT_JIS"),
    "shift_jis": ("Shift-JIS (Japanese)", "SHIFT_JIS"),
    "euc_jp": ("EUC-JP (Japanese)", "EUC-JP"),
    "euc_kr": ("EUC-KR (Korean)", "EUC-KR"),
    "cp949": ("EUC-KR (Korean)", "EUC-KR"),
    "utf_16": ("UTF-16 without a byte-order mark", "UTF-16"),
    "utf_16_le": ("UTF-16 without a byte-order mark", "UTF-16LE"),
    "utf_16_be": ("UTF-16 without a byte-order mark", "UTF-16BE"),
}


def detected_encodings(data: bytes) -> list[str]:
    """The encodings charset-normalizer finds plausible for ``data``, most plausible first
    (Python codec names). A maintained detector rather than our own heuristics: telling Big5
    from GB18030 needs character-frequency models, and GB18030's permissive decoder turns
    almost any bytes into (wrong) text.

    >>> detected_encodings("過去一年，經濟增長5.2%，財政收入達到120億元。".encode("big5") * 5)
    ['big5']
    """
    from charset_normalizer import from_bytes

    return [match.encoding for match in from_bytes(data)]


def refusal(name: str, encoding: str) -> InputError:
    """The one-line error for a text in an encoding the project does not read.

    >>> str(refusal("r.txt", "big5"))
    'r.txt: looks like Big5 (traditional Chinese) text, not UTF-8, UTF-16 or GB18030: convert it first, e.g. iconv -f BIG5 -t UTF-8 r.txt'
    """
    if encoding in ENCODING_NAMES:
        label, iconv = ENCODING_NAMES[encoding]
    elif encoding.startswith(("cp125", "latin", "iso8859", "mac")):
        label, iconv = (
            f"a single-byte Western encoding ({encoding})",
            encoding.upper().replace("_", "-"),
        )
    else:
        label, iconv = encoding, encoding.upper().replace("_", "-")
    return InputError(
        f"{name}: looks like {label} text, not UTF-8, UTF-16 or GB18030: convert it first, "
        f"e.g. iconv -f {iconv} -t UTF-8 {name}"
    )


def decode_bytes(data: bytes, name: str = "report") -> tuple[str, str]:
    """Decode a report's bytes; return ``(text, encoding)``.

    A byte-order mark decides (UTF-8, UTF-16 as Windows Notepad saves "Unicode", UTF-32); else
    strict UTF-8; else GB18030 if the detector (:func:`detected_encodings`) finds the GB family
    plausible. Anything else (Big5, Shift-JIS, Latin-1 ...) is refused with a one-line
    :class:`InputError` naming the encoding it looks like, rather than decoded into mojibake;
    so are empty, binary and undecodable input.

    >>> decode_bytes("报告".encode("gb18030"))
    ('报告', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "报告".encode())
    ('报告', 'utf-8-sig')
    >>> decode_bytes("报告".encode("utf-16"))
    ('报告', 'utf-16')
    """
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}: cannot be decoded as {encoding}, though it starts with its byte-order mark"
                ) from None
            return _checked_text(text, encoding, name)
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data:
        detected = detected_encodings(data)
        if detected and detected[0].startswith("utf_16"):
            raise refusal(name, detected[0])
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not a text report")
    try:
        return _checked_text(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    detected = detected_encodings(data)
    # GB18030 when the detector counts it among the plausible encodings at all: short GB texts
    # get other candidates ranked first, while real Big5, Shift-JIS or Latin-1 text of any
    # length leaves the GB family out.
    if GB_FAMILY.intersection(detected):
        try:
            return _checked_text(data.decode("gb18030"), "gb18030", name)
        except UnicodeDecodeError:
            pass
    elif detected:
        raise refusal(name, detected[0])
    raise InputError(f"{name}: cannot be decoded as UTF-8, UTF-16 or GB18030")


def _checked_text(text: str, encoding: str, name: str) -> tuple[str, str]:
    """``(text, encoding)`` after the checks every decoded text must pass."""
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    if _control_share(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file (control characters), not text")
    return text, encoding


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(len(text), 1)


# --------------------------------------------------------------------------- cleaning


def debris_spans(raw: str) -> list[tuple[int, int]]:
    """Sorted, merged raw spans matched by :data:`DEBRIS_PATTERNS`.

    >>> debris_spans("[bookmark: _GoBack]正文\\r\\n")
    [(0, 19), (21, 22)]
    """
    spans = sorted(m.span() for pattern in DEBRIS_PATTERNS for m in pattern.finditer(raw))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if start == end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def clean_text(raw: str) -> tuple[str, tuple[int, ...]]:
    """Return the clean view of ``raw`` and its offset map.

    The map has one entry per clean character (its raw offset) plus a final entry ``len(raw)``.

    >>> text, to_raw = clean_text("[bookmark: x]１２％。")
    >>> text, to_raw[0], to_raw[-1]
    ('12%。', 13, 17)
    """
    keep = [True] * len(raw)
    for start, end in debris_spans(raw):
        keep[start:end] = [False] * (end - start)
    normalised = _FULLWIDTH_POINT.sub(".", raw)
    chars: list[str] = []
    to_raw: list[int] = []
    for offset, ch in enumerate(normalised):
        if keep[offset]:
            chars.append(_ONE_FOR_ONE.get(ch, ch))
            to_raw.append(offset)
    to_raw.append(len(raw))
    return "".join(chars), tuple(to_raw)


def raw_span(to_raw: tuple[int, ...], clean_start: int, clean_end: int) -> tuple[int, int]:
    """Raw ``(start, end)`` of a clean span; the end is one past the last kept character."""
    if clean_end <= clean_start:
        return to_raw[clean_start], to_raw[clean_start]
    return to_raw[clean_start], to_raw[clean_end - 1] + 1


# --------------------------------------------------------------------------- structure


def chinese_ordinal(numeral: str) -> int:
    """Value of a small Chinese numeral as used in headings (一 to 九十九); -1 if malformed.

    >>> [chinese_ordinal(n) for n in ("一", "十", "十二", "二十", "二十三", "一一", "十十")]
    [1, 10, 12, 20, 23, -1, -1]
    """
    digits = {d: i for i, d in enumerate("零一二三四五六七八九")}
    tens, ten, ones = numeral.partition("十")
    if not ten:
        return digits.get(numeral, -1) if len(numeral) == 1 else -1
    if (
        len(tens) > 1
        or len(ones) > 1
        or (tens and tens not in digits)
        or (ones and ones not in digits)
    ):
        return -1
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


def split_lines(text: str) -> list[tuple[int, int]]:
    """Clean spans of the non-blank lines of ``text``, stripped of surrounding white space."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of the sentences of a paragraph: each ends after 。！？ and any closing quote.

    >>> para = "一是稳增长。二是“促改革。”三是惠民生"
    >>> [para[a:b] for a, b in split_sentences(para)]
    ['一是稳增长。', '二是“促改革。”', '三是惠民生']
    """
    spans = []
    for match in SENTENCE.finditer(text):
        piece = match.group()
        stripped = piece.strip()
        if stripped:
            start = match.start() + (len(piece) - len(piece.lstrip()))
            spans.append((offset + start, offset + start + len(stripped)))
    return spans


def part_role(title: str) -> str:
    """Role of a part from its heading: review, plan, conduct or other.

    >>> part_role("2024年工作回顾"), part_role("2025年工作安排"), part_role("全面加强政府自身建设")
    ('review', 'plan', 'conduct')
    """
    if CONDUCT_WORDS.search(title):
        return "conduct"
    if REVIEW_WORDS.search(title):
        return "review"
    if PLAN_WORDS.search(title):
        return "plan"
    return "other"


def _heading_year(title: str) -> int | None:
    match = YEAR.search(title)
    return int(match.group()) if match else None


def _sentences(
    text: str,
    to_raw: tuple[int, ...],
    span: tuple[int, int],
    prefix: str,
    ids: tuple[int, int, int],
) -> tuple[Sentence, ...]:
    part, section, paragraph = ids
    out = []
    for index, (start, end) in enumerate(split_sentences(text[span[0] : span[1]], span[0]), 1):
        raw_start, raw_end = raw_span(to_raw, start, end)
        out.append(
            Sentence(
                sentence_id=f"{prefix}.{index}",
                part=part,
                section=section,
                paragraph=paragraph,
                index=index,
                start=raw_start,
                end=raw_end,
                clean_start=start,
                clean_end=end,
                text=text[start:end],
            )
        )
    return tuple(out)


@dataclass
class _Builder:
    """Mutable scaffolding used while walking the lines; turned into frozen parts at the end."""

    text: str
    to_raw: tuple[int, ...]
    parts: list[dict[str, Any]] = field(default_factory=list)

    def new_part(self, index: int, numeral: str, title: str) -> None:
        self.parts.append({"index": index, "numeral": numeral, "title": title, "sections": []})
        self.new_section(0, "", "")

    def new_section(self, index: int, numeral: str, title: str) -> None:
        self.parts[-1]["sections"].append(
            {"index": index, "numeral": numeral, "title": title, "paragraphs": []}
        )

    def add_paragraph(self, span: tuple[int, int], heading: str) -> None:
        part = self.parts[-1]
        section = part["sections"][-1]
        is_part_heading = heading == "part"
        index = (
            0
            if is_part_heading
            else len([p for p in section["paragraphs"] if not p.is_heading]) + 1
        )
        ids = (part["index"], section["index"], index)
        prefix = ".".join(map(str, ids))
        sentences = _sentences(self.text, self.to_raw, span, prefix, ids)
        if heading in ("part", "section") and sentences:
            first = sentences[0]
            sentences = (
                Sentence(**{**first.__dict__, "is_heading": True}),
                *sentences[1:],
            )
        raw_start, raw_end = raw_span(self.to_raw, *span)
        section["paragraphs"].append(
            Paragraph(
                paragraph_id=prefix,
                part=ids[0],
                section=ids[1],
                index=index,
                start=raw_start,
                end=raw_end,
                text=self.text[span[0] : span[1]],
                sentences=sentences,
                is_heading=is_part_heading,
            )
        )

    def freeze(self) -> tuple[Part, ...]:
        parts = []
        for p in self.parts:
            sections = []
            for s in p["sections"]:
                paragraphs = tuple(s["paragraphs"])
                if not paragraphs and s["index"] == 0:
                    continue
                start = paragraphs[0].start if paragraphs else 0
                end = paragraphs[-1].end if paragraphs else 0
                sections.append(
                    Section(
                        section_id=f"{p['index']}.{s['index']}",
                        part=p["index"],
                        index=s["index"],
                        numeral=s["numeral"],
                        title=s["title"],
                        start=start,
                        end=end,
                        paragraphs=paragraphs,
                    )
                )
            if not sections:
                continue
            role = "front" if p["index"] == 0 else part_role(p["title"])
            parts.append(
                Part(
                    part_id=str(p["index"]),
                    index=p["index"],
                    numeral=p["numeral"],
                    title=p["title"],
                    role=role,
                    year=_heading_year(p["title"]),
                    start=sections[0].start,
                    end=sections[-1].end,
                    sections=tuple(sections),
                )
            )
        return tuple(parts)


def section_title(paragraph: str) -> str:
    """The heading of a section paragraph: its first sentence without numeral and full stop.

    >>> section_title("（一）坚持向新求实，产业体系优化升级。建立完善产业发展联席会议机制。")
    '坚持向新求实，产业体系优化升级'
    """
    body = SECTION_HEADING.sub("", paragraph, count=1)
    first = re.split(r"(?<=[。！？])", body, maxsplit=1)[0]
    return first.rstrip("。！？").strip()


def build_structure(text: str, to_raw: tuple[int, ...]) -> tuple[tuple[Part, ...], list[str]]:
    """Split the clean text into parts, sections, paragraphs and sentences.

    Headings count only in sequence (一 then 二 ...; sections restart in each part), so a list
    item that happens to start with "一、" inside a paragraph run does not open a part.
    """
    builder = _Builder(text, to_raw)
    builder.new_part(0, "", "")
    notes: list[str] = []
    next_part, next_section = 1, 1
    for span in split_lines(text):
        line = text[span[0] : span[1]]
        part_match = PART_HEADING.match(line)
        section_match = SECTION_HEADING.match(line)
        if part_match and chinese_ordinal(part_match["num"]) == next_part:
            builder.new_part(next_part, part_match["num"], part_match["title"].strip())
            builder.add_paragraph(span, "part")
            next_part, next_section = next_part + 1, 1
        elif (
            section_match
            and next_part > 1
            and chinese_ordinal(section_match["num"]) == next_section
        ):
            builder.new_section(next_section, section_match["num"], section_title(line))
            builder.add_paragraph(span, "section")
            next_section += 1
        else:
            builder.add_paragraph(span, "")
    if next_part == 1:
        notes.append(
            "no part headings (一、二、三、...) found: the whole text is treated as one part 0"
        )
    return builder.freeze(), notes


# --------------------------------------------------------------------------- years


def infer_years(report: Report) -> tuple[int | None, int | None]:
    """``(review_year, plan_year)``: from the metadata if given, else from the part headings.

    A plan heading's year is the plan year; a review heading's year the review year; when only
    one is found the other is one year away.
    """
    review = report.metadata.get("review_year")
    plan = report.metadata.get("plan_year")
    if review is None or plan is None:
        heading_review = next((p.year for p in report.parts if p.role == "review" and p.year), None)
        heading_plan = next((p.year for p in report.parts if p.role == "plan" and p.year), None)
        review = review or heading_review or (heading_plan - 1 if heading_plan else None)
        plan = plan or heading_plan or (review + 1 if review else None)
    return (int(review) if review else None, int(plan) if plan else None)


# --------------------------------------------------------------------------- entry points


def parse_report(
    raw: str,
    report_id: str = "report",
    encoding: str = "str",
    metadata: dict[str, Any] | None = None,
) -> Report:
    """Build the report model from already decoded text.

    >>> r = parse_report("各位代表：\\n一、2024年工作回顾\\n经济增长5%。\\n二、2025年工作安排\\n（一）稳增长。要稳。")
    >>> [(p.part_id, p.role, p.year) for p in r.parts]
    [('0', 'front', None), ('1', 'review', 2024), ('2', 'plan', 2025)]
    >>> [s.sentence_id for s in r.sentences()]
    ['0.0.1.1', '1.0.0.1', '1.0.1.1', '2.0.0.1', '2.1.1.1', '2.1.1.2']
    >>> r.review_year, r.plan_year
    (2024, 2025)
    """
    text, to_raw = clean_text(raw)
    if not text.strip():
        raise InputError(f"{report_id}: no text left after removing conversion debris")
    parts, notes = build_structure(text, to_raw)
    for note in notes:
        warnings.warn(f"{report_id}: {note}", StructureWarning, stacklevel=2)
    return Report(
        report_id=report_id,
        raw_text=raw,
        clean_text=text,
        clean_to_raw=to_raw,
        encoding=encoding,
        parts=parts,
        metadata=dict(metadata or {}),
        notes=tuple(notes),
    )


def read_bytes(path: Path) -> bytes:
    """Read a file, turning the usual failures into one-line :class:`InputError`."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a report file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None


def read_metadata(path: Path) -> dict[str, Any]:
    """The ``.yml`` metadata beside a report file, or ``{}`` if there is none."""
    meta_path = path.with_suffix(".yml")
    if not meta_path.is_file():
        return {}
    try:
        loaded = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(f"{meta_path}: invalid metadata ({type(error).__name__})") from None
    return loaded if isinstance(loaded, dict) else {}


def read_report(path: str | Path) -> Report:
    """Read, decode, clean and structure a report file (metadata from ``<stem>.yml``)."""
    path = Path(path)
    data = read_bytes(path)
    text, encoding = decode_bytes(data, name=str(path))
    metadata = read_metadata(path)
    report_id = str(metadata.get("report_id") or path.stem)
    return parse_report(text, report_id=report_id, encoding=encoding, metadata=metadata)


def load_report(report_id: str, root: Path | None = None) -> Report:
    """A report stored under the project's ``data/raw/reports/``."""
    from govreport.config import project

    return read_report(project(root).report_path(report_id))


# --------------------------------------------------------------------------- tables
# One row per sentence, section and report: the tables the book describes a report with.

SENTENCE_COLUMNS = [
    "report_id",
    "sentence_id",
    "part",
    "section",
    "paragraph",
    "sentence",
    "start",
    "end",
    "n_chars",
    "is_heading",
    "text",
]
SECTION_COLUMNS = [
    "report_id",
    "section_id",
    "part",
    "part_numeral",
    "part_title",
    "part_role",
    "section",
    "section_numeral",
    "section_title",
    "start",
    "end",
    "n_paragraphs",
    "n_sentences",
    "n_chars",
]


REPORT_COLUMNS = [
    "report_id",
    "role",
    "title",
    "title_en",
    "region",
    "region_en",
    "short_name",
    "short_name_en",
    "level",
    "plan_year",
    "review_year",
    "date",
    "speaker",
    "encoding",
]


def report_table(reports: list[Report], roles: list[str]) -> pd.DataFrame:
    """One row per report: its metadata (from the ``.yml`` beside it) and its role in the book.

    Missing metadata falls back to what the text tells (years) or to the report id.
    """
    rows = []
    for report, role in zip(reports, roles, strict=True):
        meta = report.metadata
        rows.append(
            (
                report.report_id,
                role,
                str(meta.get("title", report.report_id)),
                str(meta.get("title_en", report.report_id)),
                str(meta.get("region", report.report_id)),
                str(meta.get("region_en", report.report_id)),
                str(meta.get("short_name", meta.get("region", report.report_id))),
                str(meta.get("short_name_en", meta.get("region_en", report.report_id))),
                str(meta.get("level", "")),
                report.plan_year,
                report.review_year,
                str(meta.get("date", "")),
                str(meta.get("speaker", "")),
                report.encoding,
            )
        )
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


def sentence_table(report: Report) -> pd.DataFrame:
    """One row per sentence; ``n_chars`` counts the clean text (debris excluded)."""
    rows = [
        (
            report.report_id,
            s.sentence_id,
            s.part,
            s.section,
            s.paragraph,
            s.index,
            s.start,
            s.end,
            len(s.text),
            s.is_heading,
            s.text,
        )
        for s in report.sentences()
    ]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def short_title(title: str, width: int = 10) -> str:
    """The first clause of a section title, at most ``width`` characters.

    >>> short_title("加快产业转型升级，着力构建现代化产业新格局")
    '加快产业转型升级'
    """
    return title.split("，")[0].split(",")[0][:width]


def section_labels(sections: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Chinese and English axis labels for the rows of a :func:`section_table`.

    Section 0 is a part's preamble (引言) when the part has numbered sections, else the whole
    part (全文).

    >>> t = pd.DataFrame({"part": [1, 1, 3], "part_numeral": ["一", "一", "三"],
    ...                   "section": [0, 1, 0], "section_numeral": ["", "一", ""],
    ...                   "section_title": ["", "坚持向新求实，产业体系优化升级", ""]})
    >>> section_labels(t)
    (['一、引言', '一、（一）坚持向新求实', '三、全文'], ['Part 1, preamble', 'Part 1 §1', 'Part 3'])
    """
    has_sections = set(sections.loc[sections["section"] > 0, "part"])
    zh, en = [], []
    for r in sections.itertuples():
        if r.section:
            zh.append(f"{r.part_numeral}、（{r.section_numeral}）{short_title(r.section_title)}")
            en.append(f"Part {r.part} §{r.section}")
        elif r.part in has_sections:
            zh.append(f"{r.part_numeral}、引言")
            en.append(f"Part {r.part}, preamble")
        else:
            zh.append(f"{r.part_numeral}、全文")
            en.append(f"Part {r.part}")
    return zh, en


def section_table(report: Report) -> pd.DataFrame:
    """One row per section (section 0 = a part's heading and preamble).

    >>> from govreport.report import parse_report
    >>> t = section_table(parse_report("一、2024年工作回顾\\n（一）抓产业。很好。\\n（二）抓民生。"))
    >>> t[["section_id", "section_title", "n_sentences", "n_chars"]].values.tolist()
    [['1.0', '', 1, 11], ['1.1', '抓产业', 2, 10], ['1.2', '抓民生', 1, 7]]
    """
    rows = []
    for part in report.parts:
        for section in part.sections:
            sentences = [s for p in section.paragraphs for s in p.sentences]
            rows.append(
                (
                    report.report_id,
                    section.section_id,
                    part.index,
                    part.numeral,
                    part.title,
                    part.role,
                    section.index,
                    section.numeral,
                    section.title,
                    section.start,
                    section.end,
                    len(section.paragraphs),
                    len(sentences),
                    sum(len(p.text) for p in section.paragraphs),
                )
            )
    return pd.DataFrame(rows, columns=SECTION_COLUMNS)
