"""Round-5 review list (issue 12, generalisation): candidates of bench/genre_review.py run with
``--min-documents 2`` (bench/out/genre_review2.csv), not yet in a lexicon, kept when they occur in
at least 2 reports of DIFFERENT years (a report's year: the last four digits of its file stem)
and fall in one of two classes the policy-term rule names:

- ``head``: the string ends in a head that names a class of the rule (CLASS_HEADS: a named
  subsidy, fund or insurance scheme, a named region or corridor of a national strategy, a named
  type of economy, an industry cluster, a statistical indicator);
- ``fixed4``: a 4-character string that default jieba (HMM off) cuts into pieces one of which is
  a single character (因/城/施/策): a fixed 4-character expression, one word by the gold
  convention, which the dictionary cannot cut sensibly.

It decides nothing: the list is read and judged by the written rule (genre_terms.tsv header).
Usage: PYTHONPATH=src python bench/genre_review_years.py  (writes bench/out/genre_review5.csv)
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

CLASS_HEADS = (
    "补贴 直补 基金 保险 经济带 经济区 经济圈 通道 城市群 都市圈 产业集群 经济 率 总额 总值 指数"
).split()


def report_texts(root: Path) -> dict[str, str]:
    from govreport.config import project
    from govreport.report import read_clean_text

    proj = project(root)
    folders = [proj.national, proj.provincial, proj.reports]
    return {p.stem: read_clean_text(p) for f in folders for p in sorted(f.glob("*.txt"))}


def main() -> None:
    root = Path(".")
    texts = report_texts(root)
    frame = pd.read_csv(root / "bench/out/genre_review2.csv")
    frame = frame[~frame["known"]]
    rows = []
    for term, cut in zip(frame["term"], frame["default_cut"], strict=True):
        pieces = cut.split("/")
        head = next((h for h in CLASS_HEADS if term.endswith(h) and len(term) > len(h) + 1), "")
        fixed4 = len(term) == 4 and any(len(p) == 1 for p in pieces)
        if not head and not fixed4:
            continue
        stems = [s for s, t in texts.items() if term in t]
        years = {re.search(r"(\d{4})$", s).group(1) for s in stems}
        if len(years) < 2:
            continue
        rows.append(
            (
                term,
                "head" if head else "fixed4",
                head,
                len(stems),
                len(years),
                cut,
                " ".join(sorted(stems)[:4]),
            )
        )
    out = pd.DataFrame(
        rows, columns=["term", "class", "head", "n_reports", "n_years", "default_cut", "reports"]
    )
    out = out.sort_values(
        ["class", "head", "n_reports", "term"], ascending=[True, True, False, True]
    )
    out.to_csv(root / "bench/out/genre_review5.csv", index=False)
    print(out["class"].value_counts().to_string())


if __name__ == "__main__":
    main()
