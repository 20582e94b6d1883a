"""The words-and-themes stage: the tables behind chapter 02, from two reports.

:func:`stage_tables` takes the subject report, the reference (national) report and the
subject's tokens table and returns small tidy tables (top-N where a full table would be
large). Each table is computed by the helpers in :mod:`govreport.words`,
:mod:`govreport.themes` and :mod:`govreport.slogans`; this module only assembles them.
"""

from __future__ import annotations

import pandas as pd

from govreport import slogans, structure, themes, words
from govreport.report import Report
from govreport.tokens import plain_tokenizer, read_stopwords, tokenize_report

TOP_OVERALL = 200
TOP_PER_GROUP = 30
TOP_KEYWORDS = 30
TOP_KEYNESS = 60
TOP_COOCCURRENCE = 30
SENSITIVITY_K = 20


def frequency_table(words_: pd.DataFrame) -> pd.DataFrame:
    """Term frequencies of the content words: the whole report (top :data:`TOP_OVERALL`), each
    part and each section (top :data:`TOP_PER_GROUP`). Columns: ``report_id, scope, scope_id,
    term, n, per_1000, rank`` (``scope_id`` is ``all``, the part number or ``part.section``)."""
    report_id = words_["report_id"].iloc[0]
    overall = (
        words.term_frequencies(words_).head(TOP_OVERALL).assign(scope="report", scope_id="all")
    )
    by_part = words.term_frequencies(words_, ["part"])
    by_part = by_part[by_part["rank"] <= TOP_PER_GROUP].assign(
        scope="part", scope_id=lambda d: d["part"].astype(str)
    )
    by_section = words.term_frequencies(words_, ["part", "section"])
    by_section = by_section[by_section["rank"] <= TOP_PER_GROUP].assign(
        scope="section", scope_id=lambda d: d["part"].astype(str) + "." + d["section"].astype(str)
    )
    frame = pd.concat([overall, by_part, by_section], ignore_index=True).assign(report_id=report_id)
    return frame[["report_id", "scope", "scope_id", "term", "n", "per_1000", "rank"]]


def token_count_table(all_tokens: pd.DataFrame) -> pd.DataFrame:
    """Tokens (non-punctuation) and content words per report, part and section."""
    counts = themes.token_counts(all_tokens)
    content = (
        words.content_tokens(all_tokens)
        .groupby(["report_id", "part", "section"])
        .size()
        .rename("n_content")
        .reset_index()
    )
    out = counts.merge(content, on=["report_id", "part", "section"], how="left")
    out["n_content"] = out["n_content"].fillna(0).astype(int)
    return out


def keyword_tables(subject_words: pd.DataFrame, reference_words: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF (IDF over the sections of both reports) and TextRank keywords side by side."""
    both = pd.concat([subject_words, reference_words], ignore_index=True)
    docs = words.document_terms(both, ["report_id", "part", "section"])
    idf = words.smooth_idf(docs.values())
    tfidf = words.tfidf_keywords(words.Counter(subject_words["token"]), idf, top=TOP_KEYWORDS)
    textrank = words.textrank_keywords(subject_words, top=TOP_KEYWORDS)
    table = words.keyword_table(tfidf, textrank)
    return table.assign(report_id=subject_words["report_id"].iloc[0], n_documents=len(docs))


def keyness_table(subject_words: pd.DataFrame, reference_words: pd.DataFrame) -> pd.DataFrame:
    """Log-odds keyness (subject vs reference): the :data:`TOP_KEYNESS` most distinctive terms
    on each side, with ``side`` = ``local`` (z > 0) or ``national`` (z < 0)."""
    table = words.log_odds_keyness(
        words.Counter(subject_words["token"]), words.Counter(reference_words["token"])
    )
    local = table[table["z"] > 0].head(TOP_KEYNESS).assign(side="local")
    national = (
        table[table["z"] < 0].sort_values(["z", "term"]).head(TOP_KEYNESS).assign(side="national")
    )
    out = pd.concat([local, national], ignore_index=True)
    out["rank"] = out.groupby("side").cumcount() + 1
    return out.rename(columns={"n_a": "n_local", "n_b": "n_national"})


def sensitivity_table(subject: Report, subject_tokens: pd.DataFrame) -> pd.DataFrame:
    """How the top-:data:`SENSITIVITY_K` content words move when the linguistic resources
    change: without the stopword list, without the POS filter, without the user dictionary
    (plain jieba). ``overlap`` is the share of the baseline top-k kept."""

    def top(frame: pd.DataFrame, **kwargs) -> list[str]:
        return words.term_frequencies(words.content_tokens(frame, **kwargs))["term"].tolist()

    baseline = top(subject_tokens, stopwords=read_stopwords())
    plain = tokenize_report(subject, tokenizer=plain_tokenizer())
    scenarios = {
        "baseline": baseline,
        "no_stopwords": top(subject_tokens, stopwords=frozenset()),
        "no_pos_filter": top(subject_tokens, stopwords=read_stopwords(), pos_filter=False),
        "no_user_dictionary": top(plain, stopwords=read_stopwords()),
    }
    k = SENSITIVITY_K
    rows = [
        (
            name,
            k,
            round(words.overlap_at(baseline, terms, k), 3),
            "、".join(t for t in terms[:k] if t not in baseline[:k]),
            "、".join(t for t in baseline[:k] if t not in terms[:k]),
            "、".join(terms[:k]),
        )
        for name, terms in scenarios.items()
    ]
    return pd.DataFrame(rows, columns=["scenario", "k", "overlap", "entered", "left", "top_terms"])


def theme_tables(reports: list[Report], all_tokens: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Theme shares (whole report, by part role, part and section) and leave-one-term-out
    robustness."""
    names = themes.read_themes()
    terms = themes.read_theme_terms(themes=names)
    sentences = pd.concat([structure.sentence_table(r) for r in reports], ignore_index=True)
    roles = pd.concat([themes.part_roles(r) for r in reports], ignore_index=True)
    counts = themes.token_counts(all_tokens).merge(roles, on=["report_id", "part"])
    hits = themes.find_theme_hits(sentences, terms).merge(roles, on=["report_id", "part"])
    ids = names["theme"].tolist()
    whole = themes.theme_rates(hits, counts, ids, ["report_id"]).assign(
        scope="report", scope_id="all"
    )
    by_role = themes.theme_rates(hits, counts, ids, ["report_id", "role"]).assign(
        scope="role", scope_id=lambda d: d["role"]
    )
    by_part = themes.theme_rates(hits, counts, ids, ["report_id", "part"]).assign(
        scope="part", scope_id=lambda d: d["part"].astype(str)
    )
    by_section = themes.theme_rates(hits, counts, ids, ["report_id", "part", "section"]).assign(
        scope="section", scope_id=lambda d: d["part"].astype(str) + "." + d["section"].astype(str)
    )
    columns = ["report_id", "scope", "scope_id", "theme", "hits", "n_tokens", "per_1000", "share"]
    shares = pd.concat([whole, by_role, by_part, by_section], ignore_index=True)[columns]
    shares = shares.merge(names, on="theme", how="left")
    robustness = themes.leave_one_term_out(sentences, terms, themes.token_counts(all_tokens), roles)
    return {"theme_shares": shares, "theme_robustness": robustness}


def slogan_tables(reports: list[Report]) -> dict[str, pd.DataFrame]:
    """Mentions of formulas and slogans, and one summary row per expression, both reports."""
    mentions = [slogans.find_slogans(r) for r in reports]
    summaries = [
        slogans.summarise_slogans(m, {p.index: p.role for p in r.parts})
        for m, r in zip(mentions, reports, strict=True)
    ]
    return {
        "slogans": pd.concat(summaries, ignore_index=True),
        "slogan_mentions": pd.concat(mentions, ignore_index=True),
    }


def stage_tables(
    subject: Report, reference: Report, subject_tokens: pd.DataFrame | None = None
) -> dict[str, pd.DataFrame]:
    """Every table of the words-and-themes stage."""
    stop = read_stopwords()
    subject_tokens = tokenize_report(subject) if subject_tokens is None else subject_tokens
    reference_tokens = tokenize_report(reference)
    all_tokens = pd.concat([subject_tokens, reference_tokens], ignore_index=True)
    subject_words = words.content_tokens(subject_tokens, stopwords=stop)
    reference_words = words.content_tokens(reference_tokens, stopwords=stop)
    top_terms = words.term_frequencies(subject_words)["term"].head(TOP_COOCCURRENCE).tolist()
    cooccurrence = words.sentence_cooccurrence(subject_words, top_terms).assign(
        report_id=subject.report_id
    )
    cooccurrence = cooccurrence[cooccurrence["n_shared_sentences"] >= 2].reset_index(drop=True)
    return {
        "term_frequencies": frequency_table(subject_words),
        "token_counts": token_count_table(all_tokens),
        "keywords": keyword_tables(subject_words, reference_words),
        "keyness": keyness_table(subject_words, reference_words),
        "cooccurrence": cooccurrence,
        "words_sensitivity": sensitivity_table(subject, subject_tokens),
        **theme_tables([subject, reference], all_tokens),
        **slogan_tables([subject, reference]),
    }
