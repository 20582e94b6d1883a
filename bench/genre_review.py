"""Review list for the hand-curated genre vocabulary (src/govreport/lexicon/genre_terms.tsv).

A one-off helper for a curation round, not part of the pipeline. It lists the strings a curator
reads and judges by the policy-term rule; it decides nothing. A candidate is a Han string of
3..8 characters that default jieba (no user dictionary, HMM off, as ``discover_words`` checks)
cuts into two or more pieces and that occurs in at least 3 different reports of the corpora
(data/raw/national, data/raw/provincial-2026, data/raw/reports; a report filed twice counts
once). Two sources:

- ``discovered``: the corpus candidates of ``govreport lexicon discover``
  (data/interim/lexicon_candidates.csv, source ``corpus``);
- ``ngram``: 2- and 3-token windows of default jieba's segmentation (HMM on, as the tokenizer
  runs) over every corpus report, all tokens Han, counted by document frequency. Discovery closes
  fragments (an n-gram inside a longer one with nearly its count is dropped), so short names
  that mostly occur inside longer strings are found here.

To keep the list readable, a window (and a discovered string, by its own default cut) is dropped
when one of its tokens is a function word (:data:`FUNCTION_TOKENS`) or when its first or last
token is not a content word by jieba's POS (:data:`EDGE_POS`, :data:`LAST_POS`); a discovered
string is also dropped when it is a numeral run or straddles words (:data:`MIN_EDGE_AGREEMENT`); terms already in the curated user dictionary, the
generated corpus lexicon or the genre list are marked ``known`` (they need no review).

Usage (from the worktree root)::

    PYTHONPATH=src python bench/genre_review.py -o bench/out/genre_review.csv

Columns: term, n_chars, n_documents, count, default_cut, source, known.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

#: Tokens that make a window a phrase rather than a name (particles, conjunctions,
#: prepositions, pronouns, auxiliaries, degree adverbs).
FUNCTION_TOKENS = frozenset(
    "的 地 得 了 着 过 和 与 及 以及 或 或者 并 并且 而 而且 是 在 把 被 对 为 以 从 向 于 由 "
    "等 要 将 已 已经 也 都 又 还 就 才 不 没有 我们 我国 他们 它 其 这 那 这些 那些 这个 "
    "各 每 有 所 之 让 使 给 同 跟 比 更 最 很 较 进一步 一个 一些 上 下 中 里 内 外 后 前 "
    "来 去 到 能 会 可 可以 应 应当 必须 继续 努力 大力 积极 全面 不断 切实 深入".split()
)
#: POS tags a window may start with (content words).
EDGE_POS = frozenset(
    {"n", "nr", "ns", "nt", "nz", "nrt", "vn", "v", "a", "an", "b", "j", "l", "i", "eng", "m"}
)
#: POS tags a window may end with (names end in a noun, a verbal noun or a set phrase).
LAST_POS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "vn", "an", "b", "j", "l", "i", "v"})
HAN_ONLY = "[\u4e00-\u9fd5]+"
NUMERALS = "零一二两三四五六七八九十百千万亿"
#: Discovered n-grams whose edges agree with default jieba's word boundaries less often than
#: this straddle words (步提高, 中全会) and are left out.
MIN_EDGE_AGREEMENT = 0.5


def documents(root: Path) -> list[str]:
    """The corpus reports' clean texts, each distinct text once (as ``lexicon discover``)."""
    from govreport.config import project
    from govreport.report import read_clean_text

    proj = project(root)
    folders = [proj.national, proj.provincial, proj.reports]
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    return list(dict.fromkeys(read_clean_text(p) for p in paths))


def window_counts(docs: list[str], tokenizer) -> tuple[Counter[str], Counter[str]]:
    """Document frequency and count of 2- and 3-token Han windows that pass the filters."""
    han = re.compile(HAN_ONLY)
    df: Counter[str] = Counter()
    count: Counter[str] = Counter()
    for doc in docs:
        seen: set[str] = set()
        pairs = [(p.word, p.flag) for p in tokenizer.cut(doc, HMM=True)]
        for i in range(len(pairs)):
            for n in (2, 3):
                window = pairs[i : i + n]
                if len(window) < n:
                    continue
                words = [w for w, _ in window]
                gram = "".join(words)
                if not 3 <= len(gram) <= 8 or not han.fullmatch(gram):
                    continue
                if any(w in FUNCTION_TOKENS for w in words):
                    continue
                if window[0][1] not in EDGE_POS or window[-1][1] not in LAST_POS:
                    continue
                count[gram] += 1
                seen.add(gram)
        df.update(seen)
    return df, count


def readable(term: str, tokenizer) -> bool:
    """True when ``term`` passes the window filters on its own default cut (HMM off) and is not
    a run of numerals (一九五七, 百二十万)."""
    pairs = [(p.word, p.flag) for p in tokenizer.cut(term, HMM=False)]
    if re.search(f"[{NUMERALS}]{{3,}}", term):
        return False
    if any(w in FUNCTION_TOKENS for w, _ in pairs):
        return False
    return pairs[0][1] in EDGE_POS and pairs[-1][1] in LAST_POS


def main(argv: list[str] | None = None) -> int:
    from govreport.tokens import dictionary_terms, plain_tokenizer

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--min-documents", type=int, default=3)
    args = parser.parse_args(argv)

    docs = documents(args.root)
    plain = plain_tokenizer()
    df, count = window_counts(docs, plain)
    rows: dict[str, tuple] = {}
    for gram, d in df.items():
        if d >= args.min_documents:
            rows[gram] = (d, count[gram], "ngram")
    discovered = pd.read_csv(args.root / "data/interim/lexicon_candidates.csv")
    discovered = discovered[discovered["source"] == "corpus"]
    columns = ["term", "n_documents", "count", "edge_agreement"]
    for term, d, n, agree in discovered[columns].itertuples(index=False):
        if agree < MIN_EDGE_AGREEMENT:  # NaN (not measured) passes
            continue
        if 3 <= len(term) <= 8 and d >= args.min_documents and readable(term, plain):
            old = rows.get(term)
            rows[term] = (d, n, "discovered+ngram" if old else "discovered")
    known = {t.term for t in dictionary_terms()}
    out = []
    for term, (d, n, source) in rows.items():
        cut = plain.tokenizer.lcut(term, HMM=False)
        if len(cut) < 2:
            continue
        out.append((term, len(term), d, n, "/".join(cut), source, term in known))
    frame = pd.DataFrame(
        out, columns=["term", "n_chars", "n_documents", "count", "default_cut", "source", "known"]
    ).sort_values(["n_documents", "count", "term"], ascending=[False, False, True])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(args.output, index=False)
    print(
        f"{len(docs)} reports; {len(frame)} candidates "
        f"({(~frame['known']).sum()} not yet known) -> {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
