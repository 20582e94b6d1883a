"""Reports written in traditional characters, read with the simplified rules.

The clean view folds traditional (and variant) characters one-for-one to simplified ones
(:func:`fold_table`, used by :func:`govreport.report.clean_text`), so offsets are unchanged and
every rule, lexicon and tokenizer written in simplified characters reads the report. What the
tables report from the clean view (subject, unit, span) is turned back into the report's own
characters with :func:`written_forms` and :func:`as_written`, so a quantity of a traditional
report reads 萬噸 as its text writes it. A report in simplified characters is read unchanged.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from functools import lru_cache

from govreport.config import lexicon_file
from govreport.errors import InputError

TABLE_FILE = "traditional_chars.tsv"


#: A text is written in traditional characters when the characters folded anywhere are at least
#: this share of its Han characters (china-national-1954: 0.31; the traditional heading of 1955
#: and the traditional opening of 1957 in simplified reports: 0.0001 and 0.007).
TRADITIONAL_SHARE = 0.05
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def fold_tables() -> tuple[dict[str, str], dict[str, str]]:
    """``(anywhere, traditional_text)``: traditional character -> simplified character, one
    character each (package lexicon ``traditional_chars.tsv``, derived from OpenCC's tables: see
    its header). The second table holds characters that are also simplified characters of their
    own (於, 乾), folded only in a text written in traditional characters.

    >>> anywhere, in_traditional = fold_tables()
    >>> anywhere["萬"], anywhere["噸"], anywhere["産"], "於" in anywhere, in_traditional["於"]
    ('万', '吨', '产', False, '于')
    """
    path = lexicon_file(TABLE_FILE)
    try:
        lines = [
            ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
        ]
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    tables: dict[str, dict[str, str]] = {"any": {}, "traditional_text": {}}
    for row in csv.DictReader(lines, delimiter="\t"):
        key, value, scope = row["traditional"], row["simplified"], row["scope"]
        if len(key) != 1 or len(value) != 1 or scope not in tables:
            raise InputError(f"{path}: bad row {key} {value} {scope}")
        tables[scope][key] = value
    return tables["any"], tables["traditional_text"]


def fold_table() -> dict[str, str]:
    """The characters folded wherever they stand (see :func:`fold_tables`)."""
    return fold_tables()[0]


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (see :data:`TRADITIONAL_SHARE`).

    >>> is_traditional("國家的財政狀况有了顯著的變化"), is_traditional("三、第一個五年计划的若干问题，关于工业和运输业的发展")
    (True, False)
    """
    anywhere = fold_table()
    han = len(_HAN.findall(text))
    return han > 0 and sum(map(anywhere.__contains__, text)) >= TRADITIONAL_SHARE * han


def text_fold_table(text: str) -> dict[str, str]:
    """What the clean view of ``text`` folds: :func:`fold_table`, and in a text written in
    traditional characters also the characters that are simplified ones of their own."""
    anywhere, in_traditional = fold_tables()
    return anywhere | in_traditional if is_traditional(text) else anywhere


def fold(text: str) -> str:
    """``text`` with its traditional characters folded to simplified ones, same length.

    >>> fold("國家預算收入一百零八億度，等於")
    '国家预算收入一百零八亿度，等于'
    """
    table = text_fold_table(text)
    return "".join(table.get(ch, ch) for ch in text)


def written_forms(
    raw: str, clean: str, to_raw: Sequence[int], start: int = 0, end: int | None = None
) -> dict[str, str]:
    """Simplified character -> the traditional character a report writes for it, for each folded
    character the report writes in one way only (a mixed report that also writes the simplified
    character, or two traditional ones for it, keeps it simplified). Empty for a report in
    simplified characters. ``start``/``end``: only the clean span ``clean[start:end]`` (a
    sentence, whose own forms are nearer than the report's: 機製紙 where the report also writes 制度).

    >>> raw = "原煤八千萬噸，鋼二百萬噸，总产量"
    >>> from govreport.report import clean_text
    >>> clean, to_raw = clean_text(raw)
    >>> sorted(written_forms(raw, clean, to_raw).items())
    [('万', '萬'), ('吨', '噸'), ('钢', '鋼')]
    """
    anywhere, in_traditional = fold_tables()
    table = anywhere | in_traditional
    if not any(map(anywhere.__contains__, raw)):  # (a loop in C)
        return {}
    seen: dict[str, set[str]] = {}
    for at in range(start, len(clean) if end is None else end):
        char = clean[at]
        written = raw[to_raw[at]] if to_raw[at] < len(raw) else char
        if written == char or table.get(written) == char:
            seen.setdefault(char, set()).add(written)
    return {
        char: next(iter(forms))
        for char, forms in seen.items()
        if len(forms) == 1 and char not in forms
    }


def as_written(text: str, forms: dict[str, str]) -> str:
    """``text`` of the clean view in the report's own characters (see :func:`written_forms`).

    >>> as_written("钢产量", {"钢": "鋼", "产": "産"}), as_written("钢产量", {})
    ('鋼産量', '钢产量')
    """
    if not forms or not text:
        return text
    return "".join(forms.get(ch, ch) for ch in text)
