"""Round-5 review list (issue 12, generalisation; the genre list's "sixth round"). It decides
nothing: the list is read and judged by the written rule (header of
src/govreport/lexicon/genre_terms.tsv). Every string is not yet in a lexicon and occurs in at
least 2 reports of DIFFERENT years (a report's year: the last four digits of its file stem).
Classes (column ``class``):

- ``head`` (a): candidates of bench/genre_review.py run with ``--min-documents 2``
  (bench/out/genre_review2.csv) that end in a head naming a class of the policy-term rule
  (:data:`CLASS_HEADS`: schemes, regions, economy types, indicators);
- ``fixed4`` (b): candidates of the same list of 4 characters that default jieba (HMM off) cuts
  with a one-character piece (因/城/施/策 style fixed expressions);
- ``enumeration`` (c): items of the corpora's industry enumerations "X、Y、Z 等 (...) 产业 / 行业 /
  制造业 / 服务业", every item but the first (its left edge is unknown);
- ``fixed4_discovered`` (d): 4-character corpus candidates of ``govreport lexicon discover``
  (data/interim/lexicon_candidates.csv, source corpus) cut with a one-character piece and not
  in (b) (genre_review.py's edge filters drop those starting with a preposition or adverb);
- ``place_first`` (e): corpus candidates whose first piece is a direction or place word (jieba
  POS f or s: 西部, 国内, 海上), which genre_review.py's edge filter drops.

The counts in the genre list's header are those of the lists as read; a rerun lists what is left
(admitted strings are known by then).

Usage (from the worktree root, after `govreport lexicon discover -o
data/interim/lexicon_candidates.csv` and `python bench/genre_review.py --min-documents 2 -o
bench/out/genre_review2.csv`)::

    PYTHONPATH=src python bench/genre_review_years.py   # writes bench/out/genre_review5.csv
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

CLASS_HEADS = (
    "补贴 直补 基金 保险 经济带 经济区 经济圈 通道 城市群 都市圈 产业集群 经济 率 总额 总值 指数"
).split()
ENUMERATION = re.compile(
    r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等[\u4e00-\u9fff]{0,6}?(?:产业|行业|制造业|服务业)"
)


def report_texts(root: Path) -> dict[str, str]:
    """Clean text of every corpus report, by file stem."""
    from govreport.config import project
    from govreport.report import read_clean_text

    proj = project(root)
    folders = [proj.national, proj.provincial, proj.reports]
    return {p.stem: read_clean_text(p) for f in folders for p in sorted(f.glob("*.txt"))}


def year(stem: str) -> str:
    match = re.search(r"(\d{4})$", stem)
    return match.group(1) if match else stem


def one_char_piece(cut: str) -> bool:
    return any(len(p) == 1 for p in cut.split("/"))


def candidates(root: Path, texts: dict[str, str]) -> Iterable[tuple[str, str, str]]:
    """``(term, class, head)`` of every class, first class first."""
    review = pd.read_csv(root / "bench/out/genre_review2.csv")
    review = review[~review["known"]]
    for term, cut in zip(review["term"], review["default_cut"], strict=True):
        head = next((h for h in CLASS_HEADS if term.endswith(h) and len(term) > len(h) + 1), "")
        if head:
            yield term, "head", head
        elif len(term) == 4 and one_char_piece(cut):
            yield term, "fixed4", ""
    for text in texts.values():
        for match in ENUMERATION.finditer(text):
            for item in match.group(1).split("、")[1:]:
                yield item, "enumeration", ""
    found = pd.read_csv(root / "data/interim/lexicon_candidates.csv")
    found = found[found["source"] == "corpus"]
    for term, n, cut, first in zip(
        found["term"], found["n_chars"], found["default_cut"], found["first_pos"], strict=True
    ):
        if n == 4 and one_char_piece(cut):
            yield term, "fixed4_discovered", ""
        elif first in ("f", "s") and n <= 8:
            yield term, "place_first", ""


def main() -> None:
    from govreport.tokens import default_tokenizer, dictionary_terms

    root = Path(".")
    texts = report_texts(root)
    known = {t.term for t in dictionary_terms()}
    jieba = default_tokenizer().tokenizer
    rows, seen = [], set()
    for term, kind, head in candidates(root, texts):
        if term in seen or term in known or not 3 <= len(term) <= 8:
            continue
        seen.add(term)
        if len(jieba.lcut(term, HMM=False)) < 2:  # the tokenizer keeps it whole already
            continue
        stems = sorted(s for s, t in texts.items() if term in t)
        years = {year(s) for s in stems}
        if len(years) >= 2:
            rows.append((term, kind, head, len(stems), len(years), " ".join(stems[:4])))
    columns = ["term", "class", "head", "n_reports", "n_years", "reports"]
    out = pd.DataFrame(rows, columns=columns).sort_values(
        ["class", "head", "n_reports", "term"], ascending=[True, True, False, True]
    )
    out.to_csv(root / "bench/out/genre_review5.csv", index=False)
    print(out["class"].value_counts().to_string())


if __name__ == "__main__":
    main()
