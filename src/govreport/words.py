"""Words: content-word frequencies, keywords (TF-IDF, TextRank), keyness, co-occurrence, KWIC.

Everything here works on the ``tokens`` table of :func:`govreport.tokens.tokenize_report`
(one row per token, with ``sentence_id``, ``part``, ``section``, ``token``, ``pos``) and on
sentence texts, so it applies to any report of the genre.

Analytical choices, each a parameter with a documented default:

- *Content words* (:func:`content_mask`): jieba POS tags starting with one of
  :data:`CONTENT_POS` (nouns, verbs, adjectives, idioms, abbreviations, distinguishing words),
  at least two characters, not a stopword, not punctuation, no digits.
- *TF-IDF* (:func:`tfidf_keywords`): the documents are the **sections** of the subject report
  and of the reference (national) report together. A general-corpus IDF (jieba's) would treat
  this genre's stock words (发展, 推进, 建设) as informative; an IDF over sections of two
  reports of the same genre down-weights words used everywhere in the genre and keeps the words
  concentrated in a few sections. Smooth IDF: ``ln((1 + N) / (1 + df)) + 1``.
- *TextRank* (:func:`textrank_keywords`): PageRank (damping 0.85) on the graph of content words
  that co-occur within a window of 5 content words inside a sentence (Mihalcea & Tarau 2004).
- *Keyness* (:func:`log_odds_keyness`): log-odds ratio with an informative Dirichlet prior
  (Monroe, Colaresi & Quinn 2008), the prior being the pooled counts of both reports.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from govreport.errors import InputError
from govreport.report import Report
from govreport.tokens import plain_tokenizer, read_stopwords, tokenize_report

#: jieba POS tag prefixes of content words: n* nouns, v* verbs, a* adjectives, l idioms,
#: i chengyu, j abbreviations, b distinguishing words, eng Latin words (5G, AIC).
CONTENT_POS: tuple[str, ...] = ("n", "v", "a", "l", "i", "j", "b", "eng")
#: Tags excluded although they start with a content prefix: ``vd``/``ad`` (adverbial uses).
EXCLUDED_POS: frozenset[str] = frozenset({"vd", "ad"})
_DIGIT = re.compile(r"\d")


def is_content_token(token: str, pos: str, stopwords: frozenset[str] = frozenset()) -> bool:
    """True when a token counts as a content word (see the module docstring).

    >>> is_content_token("新质生产力", "n"), is_content_token("的", "uj"), is_content_token("5G", "eng")
    (True, False, False)
    >>> is_content_token("发展", "vn", frozenset({"发展"}))
    False
    """
    if len(token) < 2 or token in stopwords or _DIGIT.search(token):
        return False
    if pos in EXCLUDED_POS or not pos.startswith(CONTENT_POS):
        return False
    return any(ch.isalpha() for ch in token)


def content_mask(
    tokens: pd.DataFrame,
    stopwords: frozenset[str] | None = None,
    pos_filter: bool = True,
) -> pd.Series:
    """Boolean mask of the content-word rows of a tokens table.

    ``stopwords=None`` uses the table's own ``is_stop`` column; pass a set to recompute (e.g.
    an empty set for the no-stopword sensitivity run). ``pos_filter=False`` keeps every
    non-punctuation token of two or more characters without digits.
    """
    _require(tokens, ["token", "pos"])
    stop = frozenset() if stopwords is None else stopwords
    keep = [
        is_content_token(t, p if pos_filter else "n", stop)
        for t, p in zip(tokens["token"], tokens["pos"].fillna(""), strict=True)
    ]
    mask = pd.Series(keep, index=tokens.index)
    if stopwords is None and "is_stop" in tokens:
        mask &= ~tokens["is_stop"].astype(bool)
    return mask


def content_tokens(tokens: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """The content-word rows of a tokens table (see :func:`content_mask`)."""
    return tokens[content_mask(tokens, **kwargs)]


def _require(frame: pd.DataFrame, columns: Sequence[str]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise InputError(f"tokens table lacks column(s) {', '.join(missing)}")


# --------------------------------------------------------------------------- frequencies


def term_frequencies(words: pd.DataFrame, by: Sequence[str] = ()) -> pd.DataFrame:
    """Counts of each term, overall or within groups ``by`` (e.g. ``["part"]``).

    Columns: ``*by, term, n, per_1000, rank``; ``per_1000`` is per 1,000 content words of the
    group; ranks are dense within the group, ties broken by the term (deterministic).

    >>> w = pd.DataFrame({"token": ["产业", "发展", "产业"], "part": [1, 1, 2]})
    >>> term_frequencies(w)[["term", "n", "rank"]].values.tolist()
    [['产业', 2, 1], ['发展', 1, 2]]
    """
    by = list(by)
    counts = (
        words.groupby(by + ["token"], sort=False).size().rename("n").reset_index()
        if by
        else words["token"].value_counts().rename_axis("token").rename("n").reset_index()
    )
    counts = counts.rename(columns={"token": "term"})
    totals = counts.groupby(by)["n"].transform("sum") if by else counts["n"].sum()
    counts["per_1000"] = (1000 * counts["n"] / totals).round(3)
    counts = counts.sort_values(by + ["n", "term"], ascending=[True] * len(by) + [False, True])
    counts["rank"] = counts.groupby(by).cumcount() + 1 if by else range(1, len(counts) + 1)
    return counts.reset_index(drop=True)


def rank_frequency(freq: pd.DataFrame) -> pd.DataFrame:
    """Rank-frequency table with the least-squares Zipf slope of log n on log rank.

    >>> rf = rank_frequency(pd.DataFrame({"term": list("abcd"), "n": [12, 6, 4, 3]}))
    >>> float(rf["zipf_slope"].iloc[0])
    -1.0
    """
    out = freq[["term", "n"]].sort_values(["n", "term"], ascending=[False, True]).copy()
    out["rank"] = range(1, len(out) + 1)
    slope = float(np.polyfit(np.log(out["rank"]), np.log(out["n"]), 1)[0]) if len(out) > 1 else 0.0
    out["zipf_slope"] = round(slope, 3)
    return out.reset_index(drop=True)


def overlap_at(a: Sequence[str], b: Sequence[str], k: int = 20) -> float:
    """Share of the top-``k`` of ``a`` that is also in the top-``k`` of ``b``.

    >>> overlap_at(["a", "b", "c", "d"], ["b", "a", "x", "y"], k=2)
    1.0
    """
    top_a, top_b = list(a)[:k], set(list(b)[:k])
    return sum(t in top_b for t in top_a) / max(len(top_a), 1)


# --------------------------------------------------------------------------- keywords


def document_terms(words: pd.DataFrame, doc_columns: Sequence[str]) -> dict[tuple, Counter]:
    """Term counts per document, a document being a group of ``doc_columns`` values."""
    docs: dict[tuple, Counter] = {}
    for key, group in words.groupby(list(doc_columns), sort=True):
        docs[key if isinstance(key, tuple) else (key,)] = Counter(group["token"])
    return docs


def smooth_idf(docs: Iterable[Counter]) -> dict[str, float]:
    """Smooth inverse document frequency ``ln((1 + N) / (1 + df)) + 1``.

    >>> idf = smooth_idf([Counter({"a": 1, "b": 2}), Counter({"a": 3})])
    >>> idf["a"], round(idf["b"], 4)
    (1.0, 1.4055)
    """
    docs = list(docs)
    df: Counter = Counter()
    for doc in docs:
        df.update(doc.keys())
    n = len(docs)
    return {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}


def tfidf_keywords(target: Counter, idf: dict[str, float], top: int = 30) -> pd.DataFrame:
    """Terms of ``target`` by ``tf * idf`` (tf = raw count); terms unseen in the IDF get the
    highest IDF. Columns: ``term, n, idf, tfidf, rank``.

    >>> tfidf_keywords(Counter({"a": 2, "b": 1}), {"a": 1.0, "b": 3.0})["term"].tolist()
    ['b', 'a']
    """
    top_idf = max(idf.values(), default=1.0)
    rows = [(t, n, idf.get(t, top_idf), n * idf.get(t, top_idf)) for t, n in target.items()]
    frame = pd.DataFrame(rows, columns=["term", "n", "idf", "tfidf"])
    frame = frame.sort_values(["tfidf", "term"], ascending=[False, True]).head(top)
    frame["idf"] = frame["idf"].round(4)
    frame["tfidf"] = frame["tfidf"].round(4)
    frame["rank"] = range(1, len(frame) + 1)
    return frame.reset_index(drop=True)


def cooccurrence_graph(
    sentences: Iterable[Sequence[str]], window: int = 5
) -> dict[tuple[str, str], int]:
    """Undirected edge weights: how often two different words fall within ``window`` words of
    each other inside a sentence (pairs sorted, so ``(a, b)`` with ``a < b``).

    >>> cooccurrence_graph([["a", "b", "c"]], window=2)
    {('a', 'b'): 1, ('b', 'c'): 1}
    """
    edges: Counter = Counter()
    for words in sentences:
        for i, w in enumerate(words):
            for v in words[i + 1 : i + window]:
                if v != w:
                    edges[(min(v, w), max(v, w))] += 1
    return dict(sorted(edges.items()))


def pagerank(
    edges: dict[tuple[str, str], int], damping: float = 0.85, tol: float = 1e-10
) -> dict[str, float]:
    """Weighted PageRank of an undirected graph by power iteration (numpy only).

    >>> pr = pagerank({("a", "b"): 1, ("b", "c"): 1})
    >>> pr["b"] > pr["a"] == pr["c"]
    True
    """
    nodes = sorted({n for edge in edges for n in edge})
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    w = np.zeros((len(nodes), len(nodes)))
    for (a, b), weight in edges.items():
        w[index[a], index[b]] += weight
        w[index[b], index[a]] += weight
    out = w.sum(axis=1, keepdims=True)
    transition = np.divide(w, out, out=np.zeros_like(w), where=out > 0)
    rank = np.full(len(nodes), 1 / len(nodes))
    for _ in range(1000):
        new = (1 - damping) / len(nodes) + damping * transition.T @ rank
        if np.abs(new - rank).sum() < tol:
            rank = new
            break
        rank = new
    return {n: round(float(rank[i]), 12) for n, i in index.items()}


def textrank_keywords(words: pd.DataFrame, window: int = 5, top: int = 30) -> pd.DataFrame:
    """TextRank keywords of the content words ``words`` (rows in document order, with a
    ``sentence_id``). Columns: ``term, n, textrank, rank``."""
    _require(words, ["sentence_id", "token"])
    sentences = [list(g["token"]) for _, g in words.groupby("sentence_id", sort=False)]
    scores = pagerank(cooccurrence_graph(sentences, window))
    counts = Counter(words["token"])
    frame = pd.DataFrame(
        [(t, counts[t], s) for t, s in scores.items()], columns=["term", "n", "textrank"]
    )
    frame = frame.sort_values(["textrank", "term"], ascending=[False, True]).head(top)
    frame["textrank"] = frame["textrank"].round(6)
    frame["rank"] = range(1, len(frame) + 1)
    return frame.reset_index(drop=True)


def keyword_table(tfidf: pd.DataFrame, textrank: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF and TextRank keywords side by side (one row per term in either list), with
    ``in_both`` marking the terms both methods rank in their top lists."""
    a = tfidf[["term", "n", "tfidf", "rank"]].rename(columns={"rank": "tfidf_rank"})
    b = textrank[["term", "n", "textrank", "rank"]].rename(columns={"rank": "textrank_rank"})
    merged = a.merge(b, on=["term"], how="outer", suffixes=("", "_tr"))
    merged["n"] = merged["n"].fillna(merged.pop("n_tr")).astype(int)
    merged["in_both"] = merged["tfidf_rank"].notna() & merged["textrank_rank"].notna()
    best = merged[["tfidf_rank", "textrank_rank"]].min(axis=1)
    merged = merged.assign(_best=best).sort_values(["_best", "term"]).drop(columns="_best")
    for column in ("tfidf_rank", "textrank_rank"):
        merged[column] = merged[column].astype("Int64")
    return merged.reset_index(drop=True)


# --------------------------------------------------------------------------- keyness


def log_odds_keyness(
    counts_a: Counter, counts_b: Counter, prior: Counter | None = None, prior_scale: float = 1.0
) -> pd.DataFrame:
    """Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    For each word ``w`` with counts ``y_a``, ``y_b`` in corpora of sizes ``n_a``, ``n_b`` and
    prior pseudo-counts ``alpha_w`` summing to ``alpha_0``::

        delta = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
              - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
        var   = 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
        z     = delta / sqrt(var)

    The default prior is the pooled counts of both corpora times ``prior_scale``. Positive
    ``z`` means distinctive of ``a``. Columns: ``term, n_a, n_b, delta, z``.

    >>> k = log_odds_keyness(Counter({"x": 9, "y": 1}), Counter({"x": 1, "y": 9}))
    >>> k["term"].tolist(), bool(k["z"].iloc[0] > 0 > k["z"].iloc[1])
    (['x', 'y'], True)
    """
    prior = prior if prior is not None else counts_a + counts_b
    vocab = sorted(set(counts_a) | set(counts_b))
    if not vocab:
        return pd.DataFrame(columns=["term", "n_a", "n_b", "delta", "z"])
    ya = np.array([counts_a.get(w, 0) for w in vocab], dtype=float)
    yb = np.array([counts_b.get(w, 0) for w in vocab], dtype=float)
    alpha = prior_scale * np.array([prior.get(w, 0) for w in vocab], dtype=float)
    alpha = np.where(alpha > 0, alpha, 0.01)
    a0, na, nb = alpha.sum(), ya.sum(), yb.sum()
    delta = np.log((ya + alpha) / (na + a0 - ya - alpha)) - np.log(
        (yb + alpha) / (nb + a0 - yb - alpha)
    )
    z = delta / np.sqrt(1 / (ya + alpha) + 1 / (yb + alpha))
    frame = pd.DataFrame(
        {"term": vocab, "n_a": ya.astype(int), "n_b": yb.astype(int), "delta": delta, "z": z}
    )
    frame["delta"] = frame["delta"].round(6)
    frame["z"] = frame["z"].round(6)
    return frame.sort_values(["z", "term"], ascending=[False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------- co-occurrence, KWIC


def sentence_cooccurrence(words: pd.DataFrame, terms: Sequence[str]) -> pd.DataFrame:
    """For each pair of ``terms``: the number of sentences containing both, and its Jaccard
    index over sentence sets. Columns: ``term_a, term_b, n_shared_sentences, jaccard`` (pairs with
    at least one shared sentence, sorted by count).

    >>> w = pd.DataFrame({"sentence_id": ["1", "1", "2"], "token": ["a", "b", "a"]})
    >>> sentence_cooccurrence(w, ["a", "b"]).values.tolist()
    [['a', 'b', 1, 0.5]]
    """
    _require(words, ["sentence_id", "token"])
    sets = {t: set(words.loc[words["token"] == t, "sentence_id"]) for t in terms}
    rows = []
    ordered = list(dict.fromkeys(terms))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            both = len(sets[a] & sets[b])
            if both:
                rows.append((a, b, both, round(both / len(sets[a] | sets[b]), 4)))
    frame = pd.DataFrame(rows, columns=["term_a", "term_b", "n_shared_sentences", "jaccard"])
    return frame.sort_values(
        ["n_shared_sentences", "jaccard", "term_a", "term_b"], ascending=[False, False, True, True]
    ).reset_index(drop=True)


def kwic(sentences: pd.DataFrame, term: str, width: int = 15) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``term`` in the sentence texts, with the
    sentence's id and ``width`` characters of context on each side.

    >>> s = pd.DataFrame({"sentence_id": ["1.1.1.1"], "text": ["加快发展新质生产力。"]})
    >>> kwic(s, "新质生产力", width=2).values.tolist()
    [['1.1.1.1', 4, '发展', '新质生产力', '。']]
    """
    if not term:
        raise InputError("kwic: the term is empty")
    _require(sentences, ["sentence_id", "text"])
    rows = []
    for sid, text in zip(sentences["sentence_id"], sentences["text"], strict=True):
        for match in re.finditer(re.escape(term), text):
            a, b = match.span()
            rows.append((sid, a, text[max(0, a - width) : a], term, text[b : b + width]))
    return pd.DataFrame(rows, columns=["sentence_id", "offset", "left", "term", "right"])


def report_kwic(report, term: str, width: int = 15) -> pd.DataFrame:
    """Keyword in context over a :class:`govreport.report.Report`: every occurrence of ``term``
    with its sentence id and ``char_start``/``char_end`` offsets into the report's raw text.

    >>> from govreport.report import parse_report
    >>> r = parse_report("一、2024年工作回顾\\n（一）抓产业。发展新质生产力。")
    >>> row = report_kwic(r, "新质生产力").iloc[0]
    >>> r.raw_text[row.char_start : row.char_end], row.sentence_id
    ('新质生产力', '1.1.1.2')
    """
    if not term:
        raise InputError("kwic: the term is empty")
    rows = []
    for s in report.sentences():
        for match in re.finditer(re.escape(term), s.text):
            a, b = match.span()
            start, end = report.raw_span(s.clean_start + a, s.clean_start + b)
            rows.append(
                (
                    report.report_id,
                    s.sentence_id,
                    start,
                    end,
                    s.text[max(0, a - width) : a],
                    term,
                    s.text[b : b + width],
                )
            )
    columns = ["report_id", "sentence_id", "char_start", "char_end", "left", "term", "right"]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------------------- stage tables
# The words tables of ``govreport build`` (top-N where a full table would be large).

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
    overall = term_frequencies(words_).head(TOP_OVERALL).assign(scope="report", scope_id="all")
    by_part = term_frequencies(words_, ["part"])
    by_part = by_part[by_part["rank"] <= TOP_PER_GROUP].assign(
        scope="part", scope_id=lambda d: d["part"].astype(str)
    )
    by_section = term_frequencies(words_, ["part", "section"])
    by_section = by_section[by_section["rank"] <= TOP_PER_GROUP].assign(
        scope="section", scope_id=lambda d: d["part"].astype(str) + "." + d["section"].astype(str)
    )
    frame = pd.concat([overall, by_part, by_section], ignore_index=True).assign(report_id=report_id)
    return frame[["report_id", "scope", "scope_id", "term", "n", "per_1000", "rank"]]


def keyword_tables(subject_words: pd.DataFrame, reference_words: pd.DataFrame) -> pd.DataFrame:
    """TF-IDF (IDF over the sections of both reports) and TextRank keywords side by side."""
    both = pd.concat([subject_words, reference_words], ignore_index=True)
    docs = document_terms(both, ["report_id", "part", "section"])
    idf = smooth_idf(docs.values())
    tfidf = tfidf_keywords(Counter(subject_words["token"]), idf, top=TOP_KEYWORDS)
    textrank = textrank_keywords(subject_words, top=TOP_KEYWORDS)
    table = keyword_table(tfidf, textrank)
    return table.assign(report_id=subject_words["report_id"].iloc[0], n_documents=len(docs))


def keyness_table(subject_words: pd.DataFrame, reference_words: pd.DataFrame) -> pd.DataFrame:
    """Log-odds keyness (subject vs reference): the :data:`TOP_KEYNESS` most distinctive terms
    on each side, with ``side`` = ``local`` (z > 0) or ``national`` (z < 0)."""
    table = log_odds_keyness(Counter(subject_words["token"]), Counter(reference_words["token"]))
    local = table[table["z"] > 0].head(TOP_KEYNESS).assign(side="local")
    national = (
        table[table["z"] < 0].sort_values(["z", "term"]).head(TOP_KEYNESS).assign(side="national")
    )
    out = pd.concat([local, national], ignore_index=True)
    out["rank"] = out.groupby("side").cumcount() + 1
    return out.rename(columns={"n_a": "n_local", "n_b": "n_national"})


def cut_plain(report: Report) -> pd.DataFrame:
    """The report's tokens by plain jieba (no user dictionary), for :func:`sensitivity_table`.
    The tokenizer is built for this cut and freed after it (its dictionary takes about 160 MiB):
    a caller that watches its memory cuts before it loads the project's tokenizer."""
    return tokenize_report(report, tokenizer=plain_tokenizer(keep=False))


def sensitivity_table(
    subject: Report, subject_tokens: pd.DataFrame, plain_tokens: pd.DataFrame | None = None
) -> pd.DataFrame:
    """How the top-:data:`SENSITIVITY_K` content words move when the linguistic resources
    change: without the stopword list, without the POS filter, without the user dictionary
    (plain jieba: ``plain_tokens``, the subject cut by :func:`plain_tokens`, cut here if not
    given). ``overlap`` is the share of the baseline top-k kept."""

    def top(frame: pd.DataFrame, **kwargs) -> list[str]:
        return term_frequencies(content_tokens(frame, **kwargs))["term"].tolist()

    baseline = top(subject_tokens, stopwords=read_stopwords())
    plain = plain_tokens if plain_tokens is not None else cut_plain(subject)
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
            round(overlap_at(baseline, terms, k), 3),
            "、".join(t for t in terms[:k] if t not in baseline[:k]),
            "、".join(t for t in baseline[:k] if t not in terms[:k]),
            "、".join(terms[:k]),
        )
        for name, terms in scenarios.items()
    ]
    return pd.DataFrame(rows, columns=["scenario", "k", "overlap", "entered", "left", "top_terms"])


#: Columns of :func:`dictionary_effects`.
DICTIONARY_EFFECT_COLUMNS = [
    "term",
    "lexicon_source",
    "n_joined",
    "cut_without",
    "frequency_change",
]


def dictionary_effects(
    ours: pd.DataFrame, plain: pd.DataFrame, sources: Mapping[str, str]
) -> pd.DataFrame:
    """The user dictionary's terms ranked by how much each changes the report's word counts.

    ``ours`` and ``plain`` are the same report's tokens (:func:`govreport.tokens.tokenize_report`,
    offsets into the same raw text) cut by the project's tokenizer and by plain jieba;
    ``sources`` maps each dictionary term to where it came from. Each token of ``ours`` that is
    a dictionary term and that plain jieba does not cut as one token at that place gains the
    term one count, and each plain token it overlaps (``cut_without``, the commonest such cut,
    joined with ``|``) loses one: ``frequency_change`` sums both, the term's part of the distance
    (L1, over all tokens but punctuation) between the two frequency tables. Largest change
    first, then by term. Linear: both tables are walked once, in order.

    >>> import pandas as pd
    >>> ours = pd.DataFrame({"token": ["发展", "新能源汽车", "，", "新能源汽车"],
    ...     "start": [0, 2, 7, 8], "end": [2, 7, 8, 13], "is_punct": [False, False, True, False]})
    >>> plain = pd.DataFrame({"token": ["发展", "新能源", "汽车", "，", "新能源", "汽车"],
    ...     "start": [0, 2, 5, 7, 8, 11], "end": [2, 5, 7, 8, 11, 13],
    ...     "is_punct": [False, False, False, True, False, False]})
    >>> dictionary_effects(ours, plain, {"新能源汽车": "genre", "发展": "report"}).values.tolist()
    [['新能源汽车', 'genre', 2, '新能源|汽车', 6]]
    """
    plain_spans = sorted(
        (int(r.start), int(r.end), str(r.token))
        for r in plain.itertuples(index=False)
        if not r.is_punct
    )
    plain_set = {(s, e) for s, e, _ in plain_spans}
    cuts: dict[str, Counter[str]] = {}
    change: Counter[str] = Counter()
    count: Counter[str] = Counter()
    first = 0  # the first plain token that may still overlap a later term token
    for row in ours.sort_values("start", kind="stable").itertuples(index=False):
        start, end, term = int(row.start), int(row.end), str(row.token)
        if term not in sources or (start, end) in plain_set:
            continue
        while first < len(plain_spans) and plain_spans[first][1] <= start:
            first += 1
        pieces = []
        k = first
        while k < len(plain_spans) and plain_spans[k][0] < end:
            pieces.append(plain_spans[k][2])
            k += 1
        count[term] += 1
        change[term] += 1 + len(pieces)
        cuts.setdefault(term, Counter())["|".join(pieces)] += 1
    rows = [
        (term, sources[term], count[term], _commonest(cuts[term]), change[term]) for term in change
    ]
    table = pd.DataFrame(rows, columns=DICTIONARY_EFFECT_COLUMNS)
    return table.sort_values(
        ["frequency_change", "term"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


#: How many of the dictionary's terms the book names as changing the counts most.
DICTIONARY_EFFECTS_SHOWN = 10


def dictionary_effects_glue(table: pd.DataFrame, k: int = DICTIONARY_EFFECTS_SHOWN) -> dict:
    """Glue values of a :func:`dictionary_effects` table: how many terms change the counts, the
    first ``k`` (joined with 、), their share of the whole change and their lexicon sources
    (commonest first); "—" when empty.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"term": ["甲乙", "丙丁", "戊己"], "frequency_change": [6, 3, 1],
    ...                   "lexicon_source": ["genre", "quoted", "genre"]})
    >>> dictionary_effects_glue(t, k=2)["top_terms"], dictionary_effects_glue(t)["top_sources"]
    ('甲乙、丙丁', 'genre 2、quoted 1')
    >>> dictionary_effects_glue(t, k=2)["top_share"], dictionary_effects_glue(t, k=2)["n_terms"]
    ('90%', '3')
    """
    keys = ("n_terms", "k", "top_terms", "top_share", "top_sources")
    if table.empty:
        return dict.fromkeys(keys, "—")
    top = table.head(k)
    share = top["frequency_change"].sum() / table["frequency_change"].sum()
    sources = Counter(top["lexicon_source"])
    ranked = sorted(sources, key=lambda source: (-sources[source], source))
    return {
        "n_terms": str(len(table)),
        "k": str(len(top)),
        "top_terms": "、".join(top["term"]),
        "top_share": f"{share:.0%}",
        "top_sources": "、".join(f"{source} {sources[source]}" for source in ranked),
    }


def _commonest(counts: Counter[str]) -> str:
    """The most frequent key, ties broken by the key (deterministic)."""
    return min(counts, key=lambda key: (-counts[key], key))


# --------------------------------------------------------------------------- corpus baseline

#: The keyness comparisons of :func:`baseline_keyness_table`.
BASELINES = ("national-2025", "national-2025-corpus-prior", "national-corpus")


def corpus_prior(corpus: Counter, strength: float) -> tuple[Counter, float]:
    """The corpus as an informative Dirichlet prior: its counts and the scale that makes the
    pseudo-counts sum to ``strength`` (Monroe et al. 2008 scale a background corpus the same way).

    >>> corpus_prior(Counter({"a": 30, "b": 10}), 4.0)
    (Counter({'a': 30, 'b': 10}), 0.1)
    """
    total = sum(corpus.values())
    return corpus, (strength / total if total else 1.0)


def baseline_keyness_table(
    subject_words: pd.DataFrame, reference_words: pd.DataFrame, corpus: Counter
) -> pd.DataFrame:
    """Keyness of the subject report against three baselines (:data:`BASELINES`):

    - ``national-2025``: the reference report, prior = both reports pooled (as in
      :func:`keyness_table`);
    - ``national-2025-corpus-prior``: the reference report, prior = the national corpus
      (``corpus``: content-word counts of all national reports, 1954-2025), scaled to the size of
      the two reports;
    - ``national-corpus``: all national reports pooled as the baseline, same prior.

    The :data:`TOP_KEYNESS` most distinctive terms on each side of each comparison. Columns:
    ``comparison, side, rank, term, n_local, n_baseline, delta, z``.
    """
    local = Counter(subject_words["token"])
    reference = Counter(reference_words["token"])
    strength = float(sum(local.values()) + sum(reference.values()))
    prior, scale = corpus_prior(corpus, strength)
    runs = {
        "national-2025": log_odds_keyness(local, reference),
        "national-2025-corpus-prior": log_odds_keyness(local, reference, prior, scale),
        "national-corpus": log_odds_keyness(local, corpus, prior, scale),
    }
    frames = []
    for name, table in runs.items():
        pos = table[table["z"] > 0].head(TOP_KEYNESS).assign(side="local")
        neg = table[table["z"] < 0].sort_values(["z", "term"]).head(TOP_KEYNESS)
        both = pd.concat([pos, neg.assign(side="national")], ignore_index=True)
        both["rank"] = both.groupby("side").cumcount() + 1
        frames.append(both.assign(comparison=name))
    out = pd.concat(frames, ignore_index=True).rename(
        columns={"n_a": "n_local", "n_b": "n_baseline"}
    )
    return out[["comparison", "side", "rank", "term", "n_local", "n_baseline", "delta", "z"]]


def rank_shift(table: pd.DataFrame, a: str, b: str, side: str = "local", k: int = 20) -> dict:
    """How the top-``k`` of comparison ``a`` changes under comparison ``b`` (one side): the overlap
    share, the terms that enter and those that leave.

    >>> t = pd.DataFrame({"comparison": ["x", "x", "y", "y"], "side": ["local"] * 4,
    ...                   "rank": [1, 2, 1, 2], "term": ["甲", "乙", "乙", "丙"]})
    >>> rank_shift(t, "x", "y", k=2)
    {'overlap': 0.5, 'entered': ['丙'], 'left': ['甲']}
    """
    top = {
        name: table[(table["comparison"] == name) & (table["side"] == side)]
        .sort_values("rank")["term"]
        .head(k)
        .tolist()
        for name in (a, b)
    }
    return {
        "overlap": overlap_at(top[a], top[b], k),
        "entered": [t for t in top[b] if t not in top[a]],
        "left": [t for t in top[a] if t not in top[b]],
    }


def parts_frequency_table(token_words: pd.DataFrame, parts_words: pd.DataFrame) -> pd.DataFrame:
    """Content-word counts in the token view and in the parts view (long names counted by their
    parts, :func:`govreport.tokens.parts_view`), the :data:`TOP_OVERALL` most frequent terms of
    the parts view plus every long name. Columns: ``report_id, term, n_token_view,
    n_parts_view, rank_token_view, rank_parts_view, is_long_name``."""
    a = term_frequencies(token_words)[["term", "n", "rank"]]
    b = term_frequencies(parts_words)[["term", "n", "rank"]]
    merged = b.merge(a, on="term", how="outer", suffixes=("_parts_view", "_token_view"))
    long_names = set(parts_words.loc[parts_words["part_of"] != "", "part_of"])
    merged["is_long_name"] = merged["term"].isin(long_names)
    keep = (merged["rank_parts_view"] <= TOP_OVERALL) | merged["is_long_name"]
    out = merged[keep].copy()
    for column in ("n_parts_view", "n_token_view"):
        out[column] = out[column].fillna(0).astype(int)
    for column in ("rank_parts_view", "rank_token_view"):
        out[column] = out[column].astype("Int64")
    out = out.sort_values(["n_parts_view", "term"], ascending=[False, True])
    out.insert(0, "report_id", token_words["report_id"].iloc[0])
    views = ["n_token_view", "n_parts_view", "rank_token_view", "rank_parts_view"]
    return out[["report_id", "term", *views, "is_long_name"]].reset_index(drop=True)
