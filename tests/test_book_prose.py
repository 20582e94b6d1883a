"""Every number in the book's prose comes from the data.

Numbers in a page's or notebook's text must be glued from a code cell (``{glue:text}``), so they
follow the data when it changes. This test reads the Markdown of every page in the table of
contents, outside code cells, roles (glue, cite, ref), code spans, math, front matter, HTML tags
and link targets, plus the figure captions in code-cell metadata, and fails on any digit run or
Chinese count ("十四个主题") that is not covered by an entry of the allow-list
``tests/data/prose_number_allowlist.txt``. An entry is a literal phrase (the number with the
words around it, e.g. ``jieba 0.42.1``); it allows a number only where the phrase occurs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ALLOWLIST = Path(__file__).resolve().parent / "data" / "prose_number_allowlist.txt"

DIGITS = re.compile(r"\d+(?:[.:]\d+)*")
# A Chinese numeral used as a count: 十四个主题, 十几个, 三种, 两处 (not 一, which is mostly a
# word: 一个数字, 每一个).
CHINESE_COUNT = re.compile(
    r"(?<![第])[二三四五六七八九十百千两几][一二三四五六七八九十百千余多几]*"
    r"(?:个|种|项|条|处|次|幅|类|份|句|章|位|组)"
)

FENCE = re.compile(r"^(```+|~~~+|:::+)(.*)$")
ROLE_OR_CODE = re.compile(r"(?:\{[\w:.-]+\})?(`+)(?:.+?)\1", re.S)
MATH = re.compile(r"\$\$.+?\$\$|\$[^$\n]+\$", re.S)
LINK_TARGET = re.compile(r"\]\([^)]*\)")
HTML_TAG = re.compile(r"<[^>]+>")
COMMENT = re.compile(r"<!--.*?-->", re.S)
LABEL = re.compile(r"^\s*\([\w-]+\)=\s*$|^\s*%.*$", re.M)
LIST_MARKER = re.compile(r"^\s*\d+\.\s", re.M)  # an ordered list's 1. 2. 3.


def book_pages() -> list[Path]:
    """The Markdown source of every page in ``book/_toc.yml``."""
    toc = yaml.safe_load((ROOT / "book" / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []))
            for part in entry.get("parts", []):
                walk(part.get("chapters", []))

    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    return [ROOT / f"{name}.md" for name in files]


#: Directives whose body a reader sees as prose (an admonition, a dropdown): their text is
#: checked like any other paragraph, only their option lines (``:class: tip``) are not.
PROSE_DIRECTIVES = ("admonition", "note", "tip", "important", "warning", "attention", "caution",
                    "hint", "seealso", "dropdown", "epigraph", "topic", "sidebar")  # fmt: skip


def prose(text: str) -> str:
    r"""The text a reader sees as prose: code cells, roles, code, math, tags and link targets
    removed; figure captions from code-cell metadata kept; the body of an admonition or a
    dropdown kept (:data:`PROSE_DIRECTIVES`).

    >>> prose(":::{tip}\n:class: x\n共有 35 行\n:::").split()
    ['共有', '35', '行']
    """
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":  # front matter
        end = lines.index("---", 1)
        lines = lines[end + 1 :]
    kept: list[str] = []
    fence: str | None = None
    open_prose: list[str] = []  # the fences of the prose directives open around this line
    options = False  # (the option lines right after a prose directive's opening)
    for line in lines:
        match = FENCE.match(line.strip())
        if fence is None and open_prose and line.strip() == open_prose[-1]:
            open_prose.pop()
            continue
        if fence is None and match:
            name = re.match(r"\{([\w-]+)\}", match.group(2).strip())
            if name and name.group(1) in PROSE_DIRECTIVES:
                open_prose.append(match.group(1))
                options = True
                continue
            fence = match.group(1)
            continue
        if options and re.match(r"\s*:[\w-]+:", line):
            continue
        options = False
        if fence is not None:
            if line.strip() == fence:
                fence = None
            elif re.match(r"\s*caption:", line):  # figure caption in cell metadata
                kept.append(line.split("caption:", 1)[1])
            continue
        kept.append(line)
    out = "\n".join(kept)
    for pattern in (COMMENT, ROLE_OR_CODE, MATH, LINK_TARGET, HTML_TAG, LABEL, LIST_MARKER):
        out = pattern.sub(" ", out)
    return out


def read_allowlist(path: Path = ALLOWLIST) -> list[str]:
    """Allowed phrases: one a line, ``phrase  # reason``; blank lines and comments skipped."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        phrase, _, reason = line.partition("#")
        phrase = phrase.strip()
        if phrase:
            assert reason.strip(), f"allow-list entry without a reason: {line!r}"
            entries.append(phrase)
    return entries


def unexplained_numbers(text: str, allowed: list[str]) -> list[str]:
    """Digit runs and Chinese counts in ``text`` not inside an occurrence of an allowed phrase.

    >>> unexplained_numbers("jieba 0.42.1 切出 7764 个词", ["jieba 0.42.1"])
    ['7764']
    >>> unexplained_numbers("十四个主题，2025年", ["2025年"])
    ['十四个']
    """
    covered = [False] * len(text)
    for phrase in allowed:
        for match in re.finditer(re.escape(phrase), text):
            covered[match.start() : match.end()] = [True] * len(phrase)
    found = []
    for pattern in (DIGITS, CHINESE_COUNT):
        for match in pattern.finditer(text):
            if not all(covered[match.start() : match.end()]):
                found.append(match.group())
    return found


def test_allowlist_is_short_and_every_entry_is_used() -> None:
    allowed = read_allowlist()
    assert len(allowed) <= 40, "keep the allow-list short: glue numbers instead"
    texts = "\n".join(prose(p.read_text(encoding="utf-8")) for p in book_pages())
    unused = [phrase for phrase in allowed if phrase not in texts]
    assert not unused, f"allow-list entries no page uses any more: {unused}"


@pytest.mark.parametrize("page", book_pages(), ids=lambda p: str(p.relative_to(ROOT)))
def test_prose_numbers_are_glued_or_allowed(page: Path) -> None:
    found = unexplained_numbers(prose(page.read_text(encoding="utf-8")), read_allowlist())
    assert not found, (
        f"{page.relative_to(ROOT)}: numbers typed by hand in the prose: {found}. Glue them from "
        f"a code cell, or, if a number is a fixed fact of the method, add the phrase with its "
        f"reason to {ALLOWLIST.relative_to(ROOT)}"
    )
