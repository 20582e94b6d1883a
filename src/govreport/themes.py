"""Policy attention (政府注意力): how much of a report each policy theme takes up.

A theme is a list of terms (``src/govreport/lexicon/theme_terms.tsv``, names in ``themes.tsv``). A *hit*
is one occurrence of a term in a sentence; overlapping terms are resolved leftmost-longest, so
each stretch of text counts once (文化产业 is culture, not also 产业 = industry), except for terms
the lexicon declares ``shared``, which count for each of their themes.

Attention is measured as hits per 1,000 tokens (non-punctuation jieba tokens) of a part or a
section, following the dictionary approach of the policy-attention literature (e.g. 陈诗一 &
陈登科 2018). The review part (2024) and the plan part(s) (2025) are compared by part *role*,
so the code applies to reports whose plan spans several parts (the national report).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from govreport.config import lexicon_file
from govreport.datafiles import read_tsv
from govreport.errors import InputError
from govreport.report import Report, base_role, sentence_table
from govreport.words import content_tokens

THEMES_FILE = lexicon_file("themes.tsv")
THEME_TERMS_FILE = lexicon_file("theme_terms.tsv")
HIT_COLUMNS = ["report_id", "sentence_id", "part", "section", "theme", "term", "start", "end"]


def read_themes(path: Path = THEMES_FILE) -> pd.DataFrame:
    """The theme list: ``theme, name_zh, name_en``."""
    return read_tsv(path, ["theme", "name_zh", "name_en"])


def read_theme_terms(
    path: Path = THEME_TERMS_FILE, themes: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The validated theme lexicon: ``theme, term, source, shared`` (see :func:`validate_lexicon`)."""
    terms = read_tsv(path, ["theme", "term", "source", "shared"])
    validate_lexicon(terms, read_themes() if themes is None else themes)
    return terms


def validate_lexicon(terms: pd.DataFrame, themes: pd.DataFrame) -> None:
    """Raise :class:`InputError` for an empty field, an unknown theme, a duplicate row or a term
    in two themes that is not declared ``shared`` in both.

    >>> th = pd.DataFrame({"theme": ["a", "b"], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    >>> ok = pd.DataFrame({"theme": ["a", "b"], "term": ["金融", "金融"], "source": ["x", "x"],
    ...                    "shared": ["yes", "yes"]})
    >>> validate_lexicon(ok, th)
    >>> validate_lexicon(ok.assign(shared=["yes", ""]), th)
    Traceback (most recent call last):
    ...
    govreport.errors.InputError: theme lexicon: 金融 is in themes a, b but not declared shared
    """
    if themes["theme"].duplicated().any():
        raise InputError(
            f"theme list: duplicate theme {themes.loc[themes['theme'].duplicated(), 'theme'].iloc[0]}"
        )
    for column in ("theme", "term", "source"):
        if (terms[column] == "").any():
            raise InputError(f"theme lexicon: empty {column} field")
    unknown = sorted(set(terms["theme"]) - set(themes["theme"]))
    if unknown:
        raise InputError(f"theme lexicon: unknown theme(s) {', '.join(unknown)}")
    duplicated = terms.duplicated(["theme", "term"])
    if duplicated.any():
        row = terms[duplicated].iloc[0]
        raise InputError(f"theme lexicon: {row.term} listed twice in theme {row.theme}")
    if any(ch.isspace() for term in terms["term"] for ch in term):
        raise InputError("theme lexicon: a term may not contain white space")
    for term, group in terms.groupby("term", sort=True):
        if len(group) > 1 and not (group["shared"] == "yes").all():
            raise InputError(
                f"theme lexicon: {term} is in themes {', '.join(sorted(group['theme']))}"
                " but not declared shared"
            )


def term_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """A regex matching any of ``terms``, longest first (leftmost-longest with ``finditer``).

    >>> [m.group() for m in term_pattern(["产业", "文化产业"]).finditer("文化产业和产业")]
    ['文化产业', '产业']
    """
    unique = sorted(set(terms), key=lambda t: (-len(t), t))
    if not unique:
        raise InputError("theme lexicon: no terms")
    return re.compile("|".join(map(re.escape, unique)))


def find_theme_hits(
    sentences: pd.DataFrame, terms: pd.DataFrame, exclude: Iterable[str] = ()
) -> pd.DataFrame:
    """Every theme hit in the sentence texts (columns :data:`HIT_COLUMNS`; ``start``/``end``
    are offsets into the sentence text). Terms in ``exclude`` are dropped *before* matching, so
    a shorter term may take over their text (as it would if the lexicon lacked them).

    >>> s = pd.DataFrame({"report_id": ["r"], "sentence_id": ["1.1.1.1"], "part": [1],
    ...                   "section": [1], "text": ["发展文化产业和数字经济"]})
    >>> t = pd.DataFrame({"theme": ["industry", "culture", "digital"],
    ...                   "term": ["产业", "文化产业", "数字经济"], "shared": ["", "", ""]})
    >>> find_theme_hits(s, t)[["theme", "term", "start"]].values.tolist()
    [['culture', '文化产业', 2], ['digital', '数字经济', 7]]
    """
    excluded = set(exclude)
    # term -> its themes, sorted (plain dicts: leave_one_term_out calls this once per term)
    listed: dict[str, list[str]] = {}
    for term, theme in zip(terms["term"], terms["theme"], strict=True):
        if term not in excluded:
            listed.setdefault(term, []).append(theme)
    themes_of = {term: sorted(themes) for term, themes in listed.items()}
    pattern = term_pattern(themes_of)
    rows = []
    for s in sentences.itertuples(index=False):
        for match in pattern.finditer(s.text):
            for theme in themes_of[match.group()]:
                rows.append(
                    (
                        s.report_id,
                        s.sentence_id,
                        s.part,
                        s.section,
                        theme,
                        match.group(),
                        match.start(),
                        match.end(),
                    )
                )
    return pd.DataFrame(rows, columns=HIT_COLUMNS)


def token_counts(tokens: pd.DataFrame) -> pd.DataFrame:
    """Non-punctuation tokens per report, part and section: the denominators of the rates."""
    words = tokens[~tokens["is_punct"].astype(bool)]
    return words.groupby(["report_id", "part", "section"]).size().rename("n_tokens").reset_index()


def theme_rates(
    hits: pd.DataFrame,
    counts: pd.DataFrame,
    themes: Sequence[str],
    by: Sequence[str] = ("report_id", "part"),
) -> pd.DataFrame:
    """Hits, hits per 1,000 tokens and share of all theme hits, for every theme in every group
    of ``by`` (zeros included, so the table is complete). ``counts`` comes from
    :func:`token_counts`, with any extra columns in ``by`` (e.g. ``role``) merged in.

    >>> h = pd.DataFrame({"report_id": ["r"], "part": [1], "theme": ["a"]})
    >>> c = pd.DataFrame({"report_id": ["r"], "part": [1], "section": [1], "n_tokens": [500]})
    >>> theme_rates(h, c, ["a", "b"])[["theme", "hits", "per_1000", "share"]].values.tolist()
    [['a', 1, 2.0, 1.0], ['b', 0, 0.0, 0.0]]
    """
    by = list(by)
    totals = counts.groupby(by, as_index=False)["n_tokens"].sum()
    grid = totals.merge(pd.DataFrame({"theme": list(themes)}), how="cross")
    n_hits = hits.groupby(by + ["theme"]).size().rename("hits").reset_index()
    out = grid.merge(n_hits, on=by + ["theme"], how="left")
    out["hits"] = out["hits"].fillna(0).astype(int)
    out["per_1000"] = (1000 * out["hits"] / out["n_tokens"]).round(4)
    group_hits = out.groupby(by)["hits"].transform("sum")
    out["share"] = (out["hits"] / group_hits.where(group_hits > 0)).fillna(0.0).round(4)
    return out[by + ["theme", "hits", "n_tokens", "per_1000", "share"]]


def role_shift(rates: pd.DataFrame, before: str = "review", after: str = "plan") -> pd.DataFrame:
    """Per report and theme: the rate (per 1,000 tokens) in the ``before`` and ``after`` roles
    and the shift ``after - before``; ``rates`` must have a ``role`` column.

    >>> r = pd.DataFrame({"report_id": ["r"] * 2, "role": ["review", "plan"], "theme": ["a"] * 2,
    ...                   "per_1000": [2.0, 5.0]})
    >>> role_shift(r)[["theme", "shift"]].values.tolist()
    [['a', 3.0]]
    """
    wide = rates.pivot_table(
        index=["report_id", "theme"], columns="role", values="per_1000", aggfunc="sum"
    )
    if before not in wide or after not in wide:
        raise InputError(f"the report has no {before!r} or no {after!r} part")
    out = wide[[before, after]].rename(columns={before: f"rate_{before}", after: f"rate_{after}"})
    out["shift"] = (out[f"rate_{after}"] - out[f"rate_{before}"]).round(4)
    return out.reset_index().rename_axis(columns=None)


def leave_one_term_out(
    sentences: pd.DataFrame,
    terms: pd.DataFrame,
    counts: pd.DataFrame,
    roles: pd.DataFrame,
    before: str = "review",
    after: str = "plan",
) -> pd.DataFrame:
    """Robustness of the review-to-plan shift of each theme to each of its terms.

    For every term with hits, the lexicon is rerun without it (only the sentences that contain
    the term can change); the table gives the term's share of its theme's hits, the theme's
    shift (per 1,000 tokens, ``after - before``) with all terms and without the term, and
    whether the shift changes sign. ``roles`` maps ``report_id, part`` to ``role``.
    """
    role_of = {(r.report_id, r.part): r.role for r in roles.itertuples(index=False)}
    tokens_by = (
        counts.assign(
            role=[role_of.get(k) for k in zip(counts["report_id"], counts["part"], strict=True)]
        )
        .groupby(["report_id", "role"])["n_tokens"]
        .sum()
        .to_dict()
    )

    def shift_table(hits: pd.DataFrame) -> dict[tuple[str, str], float]:
        roles_ = [role_of.get(k) for k in zip(hits["report_id"], hits["part"], strict=True)]
        n = hits.assign(role=roles_).groupby(["report_id", "theme", "role"]).size().to_dict()
        out = {}
        for report_id in hits["report_id"].unique():
            for theme in terms["theme"].unique():
                rates = [
                    1000 * n.get((report_id, theme, role), 0) / tokens_by[(report_id, role)]
                    if tokens_by.get((report_id, role))
                    else 0.0
                    for role in (before, after)
                ]
                out[(report_id, theme)] = round(rates[1] - rates[0], 4)
        return out

    base_hits = find_theme_hits(sentences, terms)
    base = shift_table(base_hits)
    key = base_hits["report_id"] + "|" + base_hits["sentence_id"]
    sentence_key = sentences["report_id"] + "|" + sentences["sentence_id"]
    theme_totals = base_hits.groupby(["report_id", "theme"]).size()
    rows = []
    for (report_id, theme, term), n in (
        base_hits.groupby(["report_id", "theme", "term"]).size().items()
    ):
        touched = sentences[
            (sentences["report_id"] == report_id)
            & sentences["text"].str.contains(term, regex=False)
        ]
        rerun = find_theme_hits(touched, terms, [term])
        hits = pd.concat([base_hits[~key.isin(sentence_key[touched.index])], rerun])
        hits = hits[hits["report_id"] == report_id]
        without = shift_table(hits).get((report_id, theme), 0.0)
        full = base.get((report_id, theme), 0.0)
        rows.append(
            (
                report_id,
                theme,
                term,
                int(n),
                round(n / theme_totals[(report_id, theme)], 4),
                full,
                without,
                bool(full * without < 0),
            )
        )
    columns = [
        "report_id",
        "theme",
        "term",
        "hits",
        "share_of_theme",
        "shift",
        "shift_without",
        "sign_flips",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return frame.sort_values(
        ["report_id", "theme", "hits", "term"], ascending=[True, True, False, True]
    ).reset_index(drop=True)


def part_roles(report) -> pd.DataFrame:
    """``report_id, part, role`` for every part of a :class:`govreport.report.Report`; a
    multi-year review or plan part counts as review or plan (:func:`govreport.report.base_role`)."""
    return pd.DataFrame(
        [(report.report_id, p.index, base_role(p.role)) for p in report.parts],
        columns=["report_id", "part", "role"],
    )


# --------------------------------------------------------------------------- stage tables


def token_count_table(all_tokens: pd.DataFrame) -> pd.DataFrame:
    """Tokens (non-punctuation) and content words per report, part and section."""
    counts = token_counts(all_tokens)
    content = (
        content_tokens(all_tokens)
        .groupby(["report_id", "part", "section"])
        .size()
        .rename("n_content")
        .reset_index()
    )
    out = counts.merge(content, on=["report_id", "part", "section"], how="left")
    out["n_content"] = out["n_content"].fillna(0).astype(int)
    return out


def theme_tables(reports: list[Report], all_tokens: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Theme shares (whole report, by part role, part and section) and leave-one-term-out
    robustness."""
    names = read_themes()
    terms = read_theme_terms(themes=names)
    sentences = pd.concat([sentence_table(r) for r in reports], ignore_index=True)
    roles = pd.concat([part_roles(r) for r in reports], ignore_index=True)
    counts = token_counts(all_tokens).merge(roles, on=["report_id", "part"])
    hits = find_theme_hits(sentences, terms).merge(roles, on=["report_id", "part"])
    ids = names["theme"].tolist()
    whole = theme_rates(hits, counts, ids, ["report_id"]).assign(scope="report", scope_id="all")
    by_role = theme_rates(hits, counts, ids, ["report_id", "role"]).assign(
        scope="role", scope_id=lambda d: d["role"]
    )
    by_part = theme_rates(hits, counts, ids, ["report_id", "part"]).assign(
        scope="part", scope_id=lambda d: d["part"].astype(str)
    )
    by_section = theme_rates(hits, counts, ids, ["report_id", "part", "section"]).assign(
        scope="section", scope_id=lambda d: d["part"].astype(str) + "." + d["section"].astype(str)
    )
    columns = ["report_id", "scope", "scope_id", "theme", "hits", "n_tokens", "per_1000", "share"]
    shares = pd.concat([whole, by_role, by_part, by_section], ignore_index=True)[columns]
    shares = shares.merge(names, on="theme", how="left")
    robustness = leave_one_term_out(sentences, terms, token_counts(all_tokens), roles)
    return {"theme_shares": shares, "theme_robustness": robustness}
