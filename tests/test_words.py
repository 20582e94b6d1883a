"""Words: content filter, frequencies, TF-IDF, TextRank, log-odds keyness, co-occurrence, KWIC."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport import words
from govreport.config import project
from govreport.errors import InputError
from govreport.report import load_report, sentence_table
from govreport.tokens import read_stopwords, tokenize_report

PROJECT = project(Path(__file__).resolve().parents[1])
REFERENCE_REPORT_ID = PROJECT.reference_id()
SUBJECT_REPORT_ID = PROJECT.subject_id()


@cache
def report_tokens(report_id: str) -> pd.DataFrame:
    return tokenize_report(load_report(report_id))


@cache
def report_words(report_id: str) -> pd.DataFrame:
    return words.content_tokens(report_tokens(report_id), stopwords=read_stopwords())


# --------------------------------------------------------------------------- unit


@pytest.mark.parametrize(
    ("token", "pos", "expected"),
    [
        ("产业", "n", True),
        ("推进", "v", True),
        ("意识形态", "l", True),
        ("AIC", "eng", True),
        ("的", "uj", False),
        ("坚决", "ad", False),
        ("一批", "m", False),
        ("2025", "m", False),
        ("5G", "eng", False),
        ("区", "n", False),
        ("，", "x", False),
    ],
)
def test_content_token(token, pos, expected):
    assert words.is_content_token(token, pos) is expected


def test_content_mask_uses_table_stop_column_or_given_set():
    tokens = pd.DataFrame(
        {
            "token": ["发展", "产业", "工作"],
            "pos": ["vn", "n", "vn"],
            "is_stop": [False, False, True],
        }
    )
    assert words.content_tokens(tokens)["token"].tolist() == ["发展", "产业"]
    assert words.content_tokens(tokens, stopwords=frozenset())["token"].tolist() == [
        "发展",
        "产业",
        "工作",
    ]
    assert words.content_tokens(tokens, stopwords=frozenset({"产业"}))["token"].tolist() == [
        "发展",
        "工作",
    ]


def test_missing_columns_raise_input_error():
    with pytest.raises(InputError, match="lacks column"):
        words.content_mask(pd.DataFrame({"token": ["a"]}))


def test_term_frequencies_per_group():
    w = pd.DataFrame({"token": ["产业", "项目", "项目", "产业", "金融"], "part": [1, 1, 1, 2, 2]})
    freq = words.term_frequencies(w, ["part"])
    assert freq.values.tolist() == [
        [1, "项目", 2, 666.667, 1],
        [1, "产业", 1, 333.333, 2],
        [2, "产业", 1, 500.0, 1],
        [2, "金融", 1, 500.0, 2],
    ]


def test_smooth_idf_and_tfidf_by_hand():
    docs = [Counter({"a": 2, "b": 1}), Counter({"a": 1}), Counter({"c": 4})]
    idf = words.smooth_idf(docs)
    assert idf["a"] == pytest.approx(math.log(4 / 3) + 1)
    assert idf["c"] == pytest.approx(math.log(4 / 2) + 1)
    table = words.tfidf_keywords(Counter({"a": 3, "c": 1}), idf)
    assert table["tfidf"].tolist() == [round(3 * idf["a"], 4), round(idf["c"], 4)]


def test_pagerank_two_nodes_and_star():
    assert words.pagerank({("a", "b"): 3}) == {"a": 0.5, "b": 0.5}
    star = words.pagerank({("hub", leaf): 1 for leaf in "wxyz"})
    assert sum(star.values()) == pytest.approx(1.0)
    # star with k leaves, c = (1 - d) / (k + 1): hub = c + d * k * leaf and leaf = c + d * hub / k,
    # so hub = c * (1 + d * k) / (1 - d ** 2)
    d, k = 0.85, 4
    hub = ((1 - d) / (k + 1)) * (1 + d * k) / (1 - d * d)
    assert star["hub"] == pytest.approx(hub, abs=1e-8)


def test_textrank_prefers_the_connector():
    w = pd.DataFrame(
        {
            "sentence_id": ["1", "1", "2", "2", "3", "3"],
            "token": ["产业", "金融", "产业", "项目", "产业", "消费"],
        }
    )
    table = words.textrank_keywords(w)
    assert table["term"].iloc[0] == "产业"
    assert table["rank"].tolist() == [1, 2, 3, 4]


def test_log_odds_matches_hand_computation():
    a, b = Counter({"x": 10, "y": 2, "z": 3}), Counter({"x": 2, "y": 8, "z": 3})
    table = words.log_odds_keyness(a, b).set_index("term")
    prior = a + b
    a0, na, nb = sum(prior.values()), sum(a.values()), sum(b.values())
    for w in "xyz":
        al = prior[w]
        delta = math.log((a[w] + al) / (na + a0 - a[w] - al)) - math.log(
            (b[w] + al) / (nb + a0 - b[w] - al)
        )
        z = delta / math.sqrt(1 / (a[w] + al) + 1 / (b[w] + al))
        assert table.loc[w, "delta"] == pytest.approx(delta, abs=1e-6)
        assert table.loc[w, "z"] == pytest.approx(z, abs=1e-6)
    assert table.index.tolist() == ["x", "z", "y"]


def test_log_odds_is_antisymmetric():
    a, b = Counter({"x": 5, "y": 1, "w": 2}), Counter({"x": 1, "y": 6})
    ab = words.log_odds_keyness(a, b).set_index("term")["z"]
    ba = words.log_odds_keyness(b, a).set_index("term")["z"]
    assert (ab + ba.reindex(ab.index)).abs().max() < 1e-5


def test_sentence_cooccurrence_and_jaccard():
    w = pd.DataFrame({"sentence_id": ["1", "1", "2", "2", "3"], "token": ["a", "b", "a", "b", "a"]})
    assert words.sentence_cooccurrence(w, ["a", "b"]).values.tolist() == [["a", "b", 2, 0.6667]]


def test_overlap_at():
    assert words.overlap_at(["a", "b", "c"], ["c", "b", "a"], k=2) == 0.5


def test_kwic_rejects_empty_term():
    with pytest.raises(InputError):
        words.kwic(pd.DataFrame({"sentence_id": ["1"], "text": ["x"]}), "")


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(st.text(alphabet="产业金融发展项目，。", min_size=0, max_size=30), max_size=6),
    term=st.sampled_from(["产业", "金融", "项目", "发展项目"]),
)
def test_kwic_finds_every_occurrence(texts, term):
    sentences = pd.DataFrame({"sentence_id": [str(i) for i in range(len(texts))], "text": texts})
    table = words.kwic(sentences, term, width=3)
    assert len(table) == sum(len(re.findall(re.escape(term), t)) for t in texts)
    for row in table.itertuples():
        text = texts[int(row.sentence_id)]
        assert text[row.offset : row.offset + len(term)] == term
        assert text[: row.offset].endswith(row.left)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["产业", "金融", "项目", "消费"]), min_size=1, max_size=40))
def test_frequencies_sum_to_the_number_of_words(tokens):
    freq = words.term_frequencies(pd.DataFrame({"token": tokens}))
    assert freq["n"].sum() == len(tokens)
    assert freq["rank"].tolist() == list(range(1, len(freq) + 1))
    assert freq["n"].is_monotonic_decreasing


# --------------------------------------------------------------------------- real reports


def test_content_words_are_a_subset_of_tokens_with_offsets_into_the_raw_text():
    report = load_report(SUBJECT_REPORT_ID)
    w = report_words(SUBJECT_REPORT_ID)
    assert 0 < len(w) < len(report_tokens(SUBJECT_REPORT_ID))
    for row in w.head(300).itertuples():
        assert report.raw_text[row.start : row.end] == row.token


def test_frequency_of_a_term_equals_its_token_count():
    """项目 is never part of a longer dictionary term; its content-word count is the number of
    tokens 项目, which never exceeds the substring count of the clean text."""
    report = load_report(SUBJECT_REPORT_ID)
    freq = words.term_frequencies(report_words(SUBJECT_REPORT_ID)).set_index("term")["n"]
    tokens = report_tokens(SUBJECT_REPORT_ID)
    assert freq["项目"] == (tokens["token"] == "项目").sum()
    assert freq["项目"] <= report.clean_text.count("项目")


def test_pinned_top_terms_of_the_subject_report():
    """Regression pin: a change of dictionary, stopwords or POS filter that moves these is seen."""
    freq = words.term_frequencies(report_words(SUBJECT_REPORT_ID))
    assert freq["term"].head(5).tolist() == ["项目", "发展", "建设", "产业", "企业"]
    assert freq.set_index("term")["n"]["项目"] == 60


def test_keyness_signs_follow_the_relative_frequencies():
    a = Counter(report_words(SUBJECT_REPORT_ID)["token"])
    b = Counter(report_words(REFERENCE_REPORT_ID)["token"])
    table = words.log_odds_keyness(a, b)
    na, nb = sum(a.values()), sum(b.values())
    for row in table.head(20).itertuples():
        assert row.n_a / na > row.n_b / nb
    for row in table.tail(20).itertuples():
        assert row.n_a / na < row.n_b / nb
    assert "市中" in table.head(10)["term"].tolist()


def test_kwic_on_the_report_matches_str_count():
    sentences = sentence_table(load_report(SUBJECT_REPORT_ID))
    table = words.kwic(sentences, "新质生产力")
    assert len(table) == sum(t.count("新质生产力") for t in sentences["text"])
    assert table["sentence_id"].isin(sentences["sentence_id"]).all()


def test_the_stage_runs_on_any_pair_of_small_reports():
    """Nothing in the stage depends on the book's two reports: two tiny texts of the genre."""
    from govreport.pipeline import words_tables
    from govreport.report import parse_report
    from govreport.tokens import tokenize_report

    local = parse_report(
        "一、2024年工作回顾\n（一）抓项目。推进产业项目建设，数字经济、实体经济“两个经济”齐头并进。\n"
        "二、2025年工作安排\n（一）扩消费。扩大消费，发展外贸，推进项目。",
        report_id="local",
    )
    national = parse_report(
        "一、2024年工作回顾\n（一）稳增长。加强宏观调控，完善制度。\n"
        "二、2025年工作安排\n（一）惠民生。促进就业，完善社会保障制度。",
        report_id="national",
    )
    tables = words_tables(local, national, tokenize_report(local), tokenize_report(national))
    assert {"term_frequencies", "keyness", "theme_shares", "theme_robustness", "slogans"} <= set(
        tables
    )
    slogans = tables["slogans"].set_index("expression")
    assert slogans.loc["两个经济", "items"] == "数字经济、实体经济"
    key = tables["keyness"].set_index("term")
    assert key.loc["项目", "side"] == "local" and key.loc["制度", "side"] == "national"
    shares = tables["theme_shares"]
    assert set(shares["report_id"]) == {"local", "national"}
    assert (shares["per_1000"] >= 0).all()


def test_kwic_command_points_into_the_raw_text(capsys):
    import csv
    import io

    from govreport.cli import main

    assert main(["kwic", str(PROJECT.report_path(SUBJECT_REPORT_ID)), "新质生产力"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    raw = load_report(SUBJECT_REPORT_ID).raw_text
    assert len(rows) == raw.count("新质生产力") > 0
    for row in rows:
        assert raw[int(row["char_start"]) : int(row["char_end"])] == "新质生产力"


def test_kwic_command_rejects_an_empty_term(capsys):
    from govreport.cli import main

    assert main(["kwic", str(PROJECT.report_path(SUBJECT_REPORT_ID)), ""]) == 2
    assert capsys.readouterr().err.strip() == "govreport: error: kwic: the term is empty"


# --------------------------------------------------------------------------- corpus baseline


def test_corpus_prior_sums_to_the_strength():
    prior, scale = words.corpus_prior(Counter({"a": 300, "b": 100}), 40.0)
    assert math.isclose(scale * sum(prior.values()), 40.0)


def test_baseline_keyness_has_three_baselines_and_a_corpus_prior_that_matters():
    local = pd.DataFrame({"token": ["项目"] * 8 + ["制度"] * 2 + ["街区"] * 3})
    national = pd.DataFrame({"token": ["项目"] * 2 + ["制度"] * 8 + ["街区"] * 1})
    # a corpus in which 街区 is very rare and 项目 common
    corpus = Counter({"项目": 500, "制度": 500, "街区": 1, "其他": 5000})
    table = words.baseline_keyness_table(local, national, corpus)
    assert set(table["comparison"]) == set(words.BASELINES)
    z = table.set_index(["comparison", "term"])["z"]
    assert z["national-2025", "项目"] > 0 > z["national-2025", "制度"]
    # against the whole corpus, the locally frequent but corpus-rare word is the most distinctive
    top = table.query("comparison == 'national-corpus' and side == 'local'").sort_values("rank")
    assert top["term"].iloc[0] == "街区"
    # the corpus prior changes the estimate (it is not ignored)
    assert z["national-2025-corpus-prior", "街区"] != z["national-2025", "街区"]
    counts = table.set_index(["comparison", "term"])["n_baseline"]
    assert counts["national-corpus", "项目"] == 500 and counts["national-2025", "项目"] == 2


def test_parts_frequency_counts_long_names_by_their_parts():
    from govreport.tokens import parts_view

    tokens = report_tokens(SUBJECT_REPORT_ID)
    stop = read_stopwords()
    parts = words.content_tokens(parts_view(tokens), stopwords=stop)
    table = words.parts_frequency_table(words.content_tokens(tokens, stopwords=stop), parts)
    longs = table[table["is_long_name"]]
    assert (
        len(longs) >= 1 and (longs["n_parts_view"] == 0).all() and (longs["n_token_view"] > 0).all()
    )
    by_term = table.set_index("term")
    # every part count is at least the token count: parts only add occurrences
    both = by_term[~by_term["is_long_name"] & (by_term["n_token_view"] > 0)]
    assert (both["n_parts_view"] >= both["n_token_view"]).all()
    text = load_report(SUBJECT_REPORT_ID).clean_text
    name = "安全生产治本攻坚三年行动"
    assert name in set(longs["term"])
    inside = parts[parts["part_of"] == name]
    assert (inside["token"] == "攻坚").sum() == text.count(name) > 0


def test_dictionary_effects_of_the_books_report_account_for_the_tokens_the_dictionary_joins():
    """Each row of dictionary_effects.csv is a term the project's tokens have at least
    ``n_joined`` times, that plain jieba never has as one token at those places, and whose
    change is its own count plus the pieces it replaces (at least one per place: “文化+” replaces
    文化, the plus sign being punctuation to plain jieba)."""
    folder = project().processed
    effects = pd.read_csv(folder / "dictionary_effects.csv")
    tokens = pd.read_csv(folder / "tokens.csv")
    counts = Counter(tokens["token"])
    assert len(effects) >= 50
    assert list(effects["frequency_change"]) == sorted(effects["frequency_change"], reverse=True)
    for row in effects.itertuples():
        assert counts[row.term] >= row.n_joined, row.term
        assert row.cut_without != row.term, row.term
        assert row.frequency_change >= 2 * row.n_joined, row.term
    # a term of the genre list that default jieba cuts (规模 | 以上) is counted where it occurs
    row = effects.set_index("term").loc["规模以上"]
    assert row["lexicon_source"] == "genre_list"
    assert row["cut_without"] == "规模|以上"
