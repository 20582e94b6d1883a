"""Choosing the paragraphs of a new held-out gold set, by the rule its header states (from
heldout59 on), before anyone reads them.

The rule, in order:

1. Paragraphs listed so far are counted per report over the existing ``<name>_paragraphs.csv``
   files (not the second annotations of ``agreement/``).
2. A report is *eligible* when its body still holds a candidate with at least
   :data:`MIN_NUMBERS` numbers. A *candidate* is a body paragraph of at least :data:`MIN_CHARS`
   characters with a number, not listed yet; one over :data:`NUMBER_CAP` numbers is a candidate
   through its *opening excerpt*, its leading whole sentences while their numbers add up to the cap.
   From heldout :data:`CONTINUE_FROM` on, a paragraph listed so far only through excerpts is a
   candidate again through its *continuation*: the whole sentences after the furthest excerpt
   listed of it, while their numbers add up to the cap (by heldout101 the modern reports had no
   paragraph of three numbers left, while the paragraphs they had entered through an opening
   excerpt still held most of their numbers after it).
3. The least-used eligible reports are taken: :data:`QUOTA` older national (to
   :data:`OLDER_LAST_YEAR`), modern national and provincial ones; ties go to the earlier year,
   then the name. From heldout :data:`FILL_QUOTA_FROM` on, a group with fewer eligible reports
   than its quota is filled up with its least-used reports that still hold any candidate (by
   heldout87 most reports had no paragraph of three numbers left: six of the 65 were
   eligible, and the sets would have shrunk to a few reports).
4. Each report is cut at the heading that opens its plan part (a split line, the one earlier sets
   used, kept in ``sampling_splits.csv``; a report whose review and plan parts alternate has
   several, each opening the other part), or in two halves of its candidate list when it has no
   such heading. One unit per part: among its candidates with at least :data:`MIN_NUMBERS`
   numbers (all of them when none has), the one with the most numbers, the earliest on a tie.

The functions read nothing themselves except :func:`listed_paragraphs`, :func:`listed_excerpts`
and :func:`report_lines`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from govreport.errors import InputError
from govreport.quantities.evaluation import CORPUS_DIRS, read_csv_rows, report_path

#: Numbers a unit may hold; a paragraph over it enters through its opening excerpt.
NUMBER_CAP = 20
#: Numbers that make a candidate count for eligibility and for the choice within a part.
MIN_NUMBERS = 3
#: The shortest candidate paragraph (characters, its leading full-width spaces stripped).
MIN_CHARS = 40
#: The last year of an "older" national report.
OLDER_LAST_YEAR = 1990
#: Reports taken per group.
QUOTA = {"older": 3, "modern": 3, "provincial": 2}
#: The first held-out set whose groups are filled up with reports that are not eligible (rule 3).
FILL_QUOTA_FROM = 88
#: The first held-out set in which a paragraph listed through excerpts enters again through its
#: continuation (rule 2).
CONTINUE_FROM = 102
#: Characters of the excerpt's end (and of a continuation's start, at least) written in the
#: paragraphs file.
EXCERPT_END_CHARS = 12

#: A number as the headers count it: a run of ASCII or full-width digits (a decimal point between
#: two runs joins them), or a run of two or more Chinese numeral characters.
NUMBER = re.compile(
    r"[0-9０-９]+(?:[.．][0-9０-９]+)*|[〇○零一二三四五六七八九十百千万萬亿億两兩点點]{2,}"
)
#: A Chinese run counts only when it holds a digit character (not 千万 or 亿 alone).
CHINESE_DIGIT = re.compile("[〇○零一二三四五六七八九十]")
SENTENCE = re.compile(r"[^。！？]*[。！？]|[^。！？]+$")
#: The lines that open and close a provincial report's body (after and before the web page's debris).
BODY_OPENING = "各位代表"
BODY_CLOSING = "相关报道"


@dataclass(frozen=True)
class Unit:
    """A chosen paragraph (1-based ``line``), its opening excerpt (``excerpt_end`` not empty) or
    a continuation (``excerpt_start`` not empty: from there through ``excerpt_end``, or the
    line's end when that is empty)."""

    report_id: str
    line: int
    part: str
    numbers: int
    paragraph_numbers: int
    excerpt_end: str
    excerpt_start: str = ""


def count_numbers(text: str) -> int:
    """Numbers in ``text`` as the headers count them.

    >>> count_numbers("增长5.5%，达到一千二百万人，千万不要"), count_numbers("第一")
    (2, 0)
    """
    return sum(
        1
        for m in NUMBER.finditer(text)
        if m.group()[0] in "0123456789０１２３４５６７８９" or CHINESE_DIGIT.search(m.group())
    )


def opening_unit(paragraph: str, cap: int = NUMBER_CAP) -> tuple[int, str] | None:
    """The numbers of ``paragraph``'s unit and the end of its opening excerpt ("" for the whole
    paragraph); None when its first sentence alone holds more than ``cap``.

    >>> opening_unit("增长1%。增长2%。增长3%。", cap=2), opening_unit("增长1%。", cap=2)
    ((2, '增长1%。增长2%。'), (1, ''))
    """
    unit = opening_excerpt(paragraph, cap)
    if unit is None:
        return None
    total, text = unit
    return total, "" if text == paragraph else text[-EXCERPT_END_CHARS:]


def opening_excerpt(paragraph: str, cap: int = NUMBER_CAP) -> tuple[int, str] | None:
    """The numbers and the text of ``paragraph``'s unit: the whole paragraph when it holds at
    most ``cap`` numbers, else its leading whole sentences while their numbers add up to it;
    None when its first sentence alone holds more.

    >>> opening_excerpt("增长1%。增长2%。增长3%。", cap=2)
    (2, '增长1%。增长2%。')
    """
    total = count_numbers(paragraph)
    if total <= cap:
        return total, paragraph
    total, text = 0, ""
    for sentence in SENTENCE.findall(paragraph):
        found = count_numbers(sentence)
        if total + found > cap:
            break
        total, text = total + found, text + sentence
    return (total, text) if text else None


def first_found(
    line: str, at: int, stop: int | None = None, shortest: int = EXCERPT_END_CHARS
) -> str:
    """The shortest text of ``line`` from ``at`` (at least ``shortest`` characters, or what is
    left) whose first occurrence in the line is there; with ``stop``, the shortest text ending at
    ``stop`` whose first occurrence from ``at`` on ends there.

    >>> first_found("增长5%。增长5%，达到", 5, shortest=2), first_found("增长5%。增长5%。", 0, 10, 2)
    ('增长5%，', '。增长5%。')
    """
    if stop is None:
        size = min(shortest, len(line) - at)
        while line.find(line[at : at + size]) != at:
            if at + size >= len(line):
                raise InputError(f"no text from offset {at} is first found there: {line[at:]}")
            size += 1
        return line[at : at + size]
    size = min(shortest, stop - at)
    while line.find(line[stop - size : stop], at) != stop - size:
        size += 1  # (ends when the text reaches back to at: found there first)
    return line[stop - size : stop]


def continuation(
    line: str, excerpts: Sequence[tuple[str, str]], cap: int = NUMBER_CAP
) -> tuple[int, str, str] | None:
    """The numbers, excerpt end and start of the unit after the furthest of a listed paragraph's
    ``excerpts`` ((start, end) as its paragraphs files write them); None when one of them is
    the whole paragraph ("" end, "" start) or what is left is no candidate.

    >>> line = ("一、去年增长5%，达到8亿元。今年预计地区生产总值增长6%左右，一般公共预算收入"
    ...         "达到9亿元，城镇新增就业1万人以上。明年再增长7%以上，进出口总额增长3%左右。")
    >>> continuation(line, [("", "达到8亿元。")], cap=3)
    (3, '城镇新增就业1万人以上。', '今年预计地区生产总值增长')
    >>> continuation(line, [("", "达到8亿元。")], cap=5)
    (5, '', '今年预计地区生产总值增长')
    >>> continuation(line, [("", "达到8亿元。"), ("", "")]) is None
    True
    """
    ends = []
    for start_text, end_text in excerpts:
        if not end_text and not start_text:
            return None
        at = line.find(start_text) if start_text else 0
        end = line.find(end_text, max(at, 0)) if end_text else len(line)
        if at < 0 or end < 0:
            missing = start_text if at < 0 else end_text
            raise InputError(f"excerpt text not found in its paragraph: {missing}")
        ends.append(end + len(end_text))
    rest_at = max(ends)
    rest = line[rest_at:]
    if len(rest) < MIN_CHARS or not count_numbers(rest):
        return None
    unit = opening_excerpt(rest, cap)
    if unit is None:
        return None
    numbers, text = unit
    end_text = "" if text == rest else first_found(line, rest_at, rest_at + len(text))
    return numbers, end_text, first_found(line, rest_at)


def body_lines(report_id: str, lines: Sequence[str]) -> tuple[int, int]:
    """First and last line (1-based) of a report's body: the whole of a national report; a
    provincial one from its 各位代表 line to the line before the page's 相关报道.

    >>> body_lines("x-2026", ["下载", "各位代表：", "正文", "相关报道：", "其他"])
    (2, 3)
    """
    if report_id.startswith("china-national"):
        return 1, len(lines)
    opened = [i for i, ln in enumerate(lines, 1) if ln.lstrip("\u3000 ").startswith(BODY_OPENING)]
    start = opened[0] if opened else 1
    closing = (
        i
        for i, ln in enumerate(lines, 1)
        if i > start and ln.lstrip("\u3000 ").startswith(BODY_CLOSING)
    )
    return start, next(closing, len(lines) + 1) - 1


def candidates(
    report_id: str,
    lines: Sequence[str],
    listed: Sequence[str],
    excerpts: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> list[Unit]:
    """The body's candidate units of a report, in file order (``part`` left empty); with
    ``excerpts`` (listed paragraph prefix -> its listings, :func:`listed_excerpts`), listed
    paragraphs enter through their :func:`continuation` (rule 2 from heldout
    :data:`CONTINUE_FROM` on)."""
    first, last = body_lines(report_id, lines)
    found, prefixes = [], tuple(listed)
    for number, line in enumerate(lines[first - 1 : last], first):
        if len(line.lstrip("\u3000")) < MIN_CHARS:
            continue
        in_paragraph = count_numbers(line)
        if line.startswith(prefixes):
            if excerpts is None:
                continue
            listings = [
                e
                for prefix in dict.fromkeys(listed)
                if line.startswith(prefix)
                for e in excerpts[prefix]
            ]
            more = continuation(line, listings)
            if more is not None:
                found.append(Unit(report_id, number, "", more[0], in_paragraph, *more[1:]))
            continue
        unit = opening_unit(line) if in_paragraph else None
        if unit is not None:
            found.append(Unit(report_id, number, "", unit[0], in_paragraph, unit[1]))
    return found


def eligible(units: Iterable[Unit]) -> bool:
    """Whether a report's candidates hold one with at least :data:`MIN_NUMBERS` numbers."""
    return any(u.numbers >= MIN_NUMBERS for u in units)


def group(report_id: str) -> str:
    """older / modern (national reports to and after :data:`OLDER_LAST_YEAR`) or provincial.

    >>> group("china-national-1983"), group("china-national-2003"), group("jilin-2026")
    ('older', 'modern', 'provincial')
    """
    if not report_id.startswith("china-national"):
        return "provincial"
    return "older" if int(report_id[-4:]) <= OLDER_LAST_YEAR else "modern"


def choose_reports(
    uses: Mapping[str, int], eligible_ids: Iterable[str], fillers: Iterable[str] = ()
) -> list[str]:
    """The least-used eligible reports of each group (:data:`QUOTA`), national ones in year
    order, then the provincial ones in the order they were chosen; a group short of its quota
    is filled up with the least-used of ``fillers`` (reports with a candidate, not eligible).

    >>> choose_reports({"china-national-1983": 2, "china-national-1954": 3, "a-2026": 1},
    ...                ["china-national-1954", "china-national-1983", "a-2026"])
    ['china-national-1954', 'china-national-1983', 'a-2026']
    >>> choose_reports({"b-2026": 4, "c-2026": 2}, ["b-2026"], ["c-2026", "d-2026"])[-2:]
    ['b-2026', 'd-2026']
    """
    chosen: list[str] = []
    eligible_ids, fillers = list(eligible_ids), list(fillers)  # (read once per group)
    for name, quota in QUOTA.items():
        ids = sorted((uses.get(i, 0), i) for i in eligible_ids if group(i) == name)[:quota]
        more = sorted((uses.get(i, 0), i) for i in fillers if group(i) == name)
        ids += more[: quota - len(ids)]
        chosen += sorted(i for _, i in ids) if name != "provincial" else [i for _, i in ids]
    return chosen


def part_of(line: int, splits: Sequence[int]) -> str:
    """review or plan: the parts alternate at the ``splits`` lines, the review first.

    >>> [part_of(n, (5, 89, 115)) for n in (1, 5, 88, 89, 115)]
    ['review', 'plan', 'plan', 'review', 'plan']
    """
    return "plan" if sum(line >= s for s in splits) % 2 else "review"


def parts(units: Sequence[Unit], splits: Sequence[int] | None) -> dict[str, list[Unit]]:
    """A report's candidates by part: review and plan by the ``splits`` lines
    (:func:`part_of`), or the two halves of the list (the odd one to the first) when there is
    no split."""
    if splits is not None:
        return {
            "review": [u for u in units if part_of(u.line, splits) == "review"],
            "plan": [u for u in units if part_of(u.line, splits) == "plan"],
        }
    half = (len(units) + 1) // 2
    return {"first half": list(units[:half]), "second half": list(units[half:])}


def choose_unit(units: Sequence[Unit]) -> Unit | None:
    """The unit of a part: the most numbers among those with :data:`MIN_NUMBERS` or more (all
    when none has), the earliest on a tie."""
    pool = [u for u in units if u.numbers >= MIN_NUMBERS] or list(units)
    return max(pool, key=lambda u: u.numbers, default=None)


def choose_units(
    report_id: str,
    lines: Sequence[str],
    listed: Sequence[str],
    split: Sequence[int] | None,
    excerpts: Mapping[str, Sequence[tuple[str, str]]] | None = None,
) -> list[Unit]:
    """One unit per part of a report (a part without a candidate gives none)."""
    chosen = []
    for part, units in parts(candidates(report_id, lines, listed, excerpts), split).items():
        unit = choose_unit(units)
        if unit is not None:
            chosen.append(replace(unit, part=part))
    return chosen


def listed_paragraphs(gold_dir: Path, names: Iterable[str]) -> dict[str, list[str]]:
    """The paragraph prefixes listed per report in the ``<name>_paragraphs.csv`` files (a prefix
    once per listing: :func:`paragraph_prefixes` of :func:`listed_excerpts`)."""
    return paragraph_prefixes(listed_excerpts(gold_dir, names))


def paragraph_prefixes(
    excerpts: Mapping[str, Mapping[str, Sequence[tuple[str, str]]]],
) -> dict[str, list[str]]:
    """report_id -> the paragraph prefixes of :func:`listed_excerpts`, each once per listing.

    >>> paragraph_prefixes({"r": {"一、": [("", "5%。"), ("今年", "")], "二、": [("", "")]}})
    {'r': ['一、', '一、', '二、']}
    """
    return {
        rid: [prefix for prefix, listings in paragraphs.items() for _ in listings]
        for rid, paragraphs in excerpts.items()
    }


def listed_excerpts(
    gold_dir: Path, names: Iterable[str]
) -> dict[str, dict[str, list[tuple[str, str]]]]:
    """report_id -> paragraph prefix -> (excerpt start, excerpt end) of each listing in the
    ``<name>_paragraphs.csv`` files ("" where a file leaves them out)."""
    listed: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for name in names:
        for row in read_csv_rows(gold_dir / f"{name}_paragraphs.csv"):
            listing = (row.get("excerpt_start") or "", row.get("excerpt_end") or "")
            listed.setdefault(row["report_id"], {}).setdefault(row["paragraph"], []).append(listing)
    return listed


def report_lines(report_id: str, raw_root: Path) -> list[str]:
    """The lines of a corpus report's raw text."""
    return report_path(report_id, raw_root).read_text(encoding="utf-8").splitlines()


def usage(listed: Mapping[str, Sequence[str]]) -> Counter[str]:
    """Paragraphs listed so far per report."""
    return Counter({rid: len(prefixes) for rid, prefixes in listed.items()})


def corpus_ids(raw_root: Path) -> list[str]:
    """Every report of the corpora under ``raw_root`` (their ``index.csv``)."""
    from govreport.corpus import list_corpus

    return [e.report_id for sub in CORPUS_DIRS for e in list_corpus(raw_root / sub)]


def read_splits(path: Path) -> dict[str, tuple[int, ...] | None]:
    """report_id -> the lines opening its parts in turn (the plan part first; None: no such
    heading, halves), from a ``report_id,line,heading`` file whose line holds one number or
    several separated by spaces."""
    splits: dict[str, tuple[int, ...] | None] = {}
    for row in read_csv_rows(path):
        try:
            lines = tuple(int(n) for n in (row["line"] or "").split())
        except (KeyError, ValueError):
            raise InputError(
                f"{path}: a row needs report_id and line numbers or none: {row}"
            ) from None
        splits[row["report_id"]] = lines or None
    return splits


def propose(
    gold_dir: Path,
    raw_root: Path,
    names: Iterable[str],
    splits: Mapping[str, tuple[int, ...] | None],
    fill_quota: bool = False,
    continue_excerpts: bool = False,
) -> list[Unit]:
    """The units of a new held-out set, given the paragraphs files ``names`` made so far and the
    split line of each report (a report chosen without one in ``splits`` is an error: look up
    its plan heading, or None for halves, first); ``fill_quota``: the rule from heldout
    :data:`FILL_QUOTA_FROM` on (groups short of eligible reports filled up);
    ``continue_excerpts``: the rule from heldout :data:`CONTINUE_FROM` on (listed paragraphs
    enter again through their continuation)."""
    excerpts = listed_excerpts(gold_dir, names)
    listed = paragraph_prefixes(excerpts)
    lines = {rid: report_lines(rid, raw_root) for rid in corpus_ids(raw_root)}

    def report_candidates(rid: str) -> list[Unit]:
        more = excerpts.get(rid, {}) if continue_excerpts else None
        return candidates(rid, lines[rid], listed.get(rid, []), more)

    found = {rid: report_candidates(rid) for rid in lines}
    ok = [rid for rid, units in found.items() if eligible(units)]
    fillers = [rid for rid, units in found.items() if units and not eligible(units)]
    units = []
    for rid in choose_reports(usage(listed), ok, fillers if fill_quota else ()):
        if rid not in splits:
            raise InputError(f"{rid}: chosen, but no split line is given for it")
        more = excerpts.get(rid, {}) if continue_excerpts else None
        units += choose_units(rid, lines[rid], listed.get(rid, []), splits[rid], more)
    return units
