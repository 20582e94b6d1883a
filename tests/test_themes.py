"""Policy attention: the theme lexicon, hit finding, rates, role shifts, leave-one-term-out."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport import themes
from govreport.config import project
from govreport.errors import InputError
from govreport.report import load_report, parse_report, sentence_table
from govreport.tokens import tokenize_report

PROJECT = project(Path(__file__).resolve().parents[1])
REFERENCE_REPORT_ID = PROJECT.reference_id()
SUBJECT_REPORT_ID = PROJECT.subject_id()

THEMES = pd.DataFrame(
    {
        "theme": ["industry", "culture", "finance", "innovation"],
        "name_zh": ["产业", "文化", "金融", "创新"],
        "name_en": ["I", "C", "F", "N"],
    }
)


def lexicon(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        [(t, w, "test", s) for t, w, s in rows], columns=["theme", "term", "source", "shared"]
    )


def sentences_of(*texts: str, part: int = 1) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "report_id": "r",
            "sentence_id": [f"{part}.1.1.{i}" for i in range(1, len(texts) + 1)],
            "part": part,
            "section": 1,
            "text": list(texts),
        }
    )


@cache
def real_lexicon() -> pd.DataFrame:
    return themes.read_theme_terms()


# --------------------------------------------------------------------------- lexicon


def test_the_lexicon_files_validate_and_cover_the_genre_themes():
    names = themes.read_themes()
    terms = real_lexicon()
    assert len(names) >= 12
    assert set(terms["theme"]) == set(names["theme"])
    assert names["name_en"].str.len().gt(0).all() and names["name_zh"].str.len().gt(0).all()
    assert terms.groupby("theme").size().min() >= 8


def test_term_sources_are_true_of_the_texts():
    """The source column is a claim about the texts: check it."""
    subject = load_report(SUBJECT_REPORT_ID).clean_text
    national = load_report(REFERENCE_REPORT_ID).clean_text
    for row in real_lexicon().itertuples():
        if row.source == "national-2025":
            assert row.term in national, row.term
        elif row.source == "jinan-shizhong-2025":
            assert row.term in subject and row.term not in national, row.term
        else:
            assert row.source == "genre", row.source
            assert row.term not in subject and row.term not in national, row.term


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("industry", "产业", ""), ("industry", "产业", "")], "listed twice"),
        ([("industry", "金融", ""), ("finance", "金融", "")], "not declared shared"),
        ([("industry", "金融", "yes"), ("finance", "金融", "")], "not declared shared"),
        ([("nosuch", "金融", "")], "unknown theme"),
        ([("industry", "", "")], "empty term"),
        ([("industry", "产 业", "")], "white space"),
    ],
)
def test_validation_rejects_bad_lexicons(rows, message):
    with pytest.raises(InputError, match=message):
        themes.validate_lexicon(lexicon(rows), THEMES)


def test_validation_accepts_declared_shared_terms():
    themes.validate_lexicon(
        lexicon([("finance", "科创金融", "yes"), ("innovation", "科创金融", "yes")]), THEMES
    )


def test_reading_a_malformed_file_is_an_input_error(tmp_path: Path):
    path = tmp_path / "terms.tsv"
    path.write_text("theme\tterm\tsource\tshared\nindustry\t产业\tx\t\textra\n", encoding="utf-8")
    with pytest.raises(InputError, match="columns"):
        themes.read_theme_terms(path, THEMES)


# --------------------------------------------------------------------------- hits and rates


def test_hits_are_leftmost_longest_and_shared_terms_count_twice():
    terms = lexicon(
        [
            ("industry", "产业", ""),
            ("culture", "文化产业", ""),
            ("finance", "科创金融", "yes"),
            ("innovation", "科创金融", "yes"),
            ("finance", "金融", ""),
        ]
    )
    hits = themes.find_theme_hits(sentences_of("发展文化产业，做强科创金融和金融产业"), terms)
    assert hits[["theme", "term"]].values.tolist() == [
        ["culture", "文化产业"],
        ["finance", "科创金融"],
        ["innovation", "科创金融"],
        ["finance", "金融"],
        ["industry", "产业"],
    ]


def test_excluding_a_term_lets_a_shorter_one_take_over():
    terms = lexicon([("industry", "产业", ""), ("culture", "文化产业", "")])
    hits = themes.find_theme_hits(sentences_of("发展文化产业"), terms, exclude=["文化产业"])
    assert hits[["theme", "term"]].values.tolist() == [["industry", "产业"]]


def test_rates_shares_and_shift_by_hand():
    terms = lexicon([("industry", "产业", ""), ("finance", "金融", "")])
    sentences = pd.concat(
        [sentences_of("产业产业金融", part=1), sentences_of("金融金融", part=2)], ignore_index=True
    )
    roles = pd.DataFrame({"report_id": "r", "part": [1, 2], "role": ["review", "plan"]})
    counts = pd.DataFrame({"report_id": "r", "part": [1, 2], "section": 1, "n_tokens": [100, 200]})
    hits = themes.find_theme_hits(sentences, terms).merge(roles)
    rates = themes.theme_rates(
        hits, counts.merge(roles), ["industry", "finance"], ["report_id", "role"]
    )
    got = rates.set_index(["role", "theme"])
    assert got.loc[("review", "industry"), "per_1000"] == 20.0
    assert got.loc[("review", "industry"), "share"] == round(2 / 3, 4)
    assert got.loc[("plan", "finance"), "per_1000"] == 10.0
    assert got.loc[("plan", "industry"), "hits"] == 0
    shift = themes.role_shift(rates).set_index("theme")["shift"]
    assert shift["industry"] == -20.0 and shift["finance"] == 0.0

    loo = themes.leave_one_term_out(sentences, terms, counts, roles).set_index("term")
    assert loo.loc["产业", "shift_without"] == 0.0
    assert loo.loc["金融", "share_of_theme"] == 1.0
    assert not loo["sign_flips"].any()


def test_leave_one_term_out_detects_a_sign_flip():
    terms = lexicon([("finance", "金融", ""), ("finance", "基金", "")])
    sentences = pd.concat(
        [sentences_of("基金基金基金", part=1), sentences_of("金融金融", part=2)], ignore_index=True
    )
    roles = pd.DataFrame({"report_id": "r", "part": [1, 2], "role": ["review", "plan"]})
    counts = pd.DataFrame({"report_id": "r", "part": [1, 2], "section": 1, "n_tokens": [100, 100]})
    loo = themes.leave_one_term_out(sentences, terms, counts, roles).set_index("term")
    assert loo.loc["基金", "shift"] == -10.0
    assert loo.loc["基金", "shift_without"] == 20.0
    assert bool(loo.loc["基金", "sign_flips"])


def test_role_shift_needs_both_roles():
    rates = pd.DataFrame(
        {"report_id": ["r"], "role": ["review"], "theme": ["a"], "per_1000": [1.0]}
    )
    with pytest.raises(InputError, match="no 'review' or no 'plan'"):
        themes.role_shift(rates)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["文化产业", "产业", "金融", "和", "发展"]), max_size=20))
def test_hits_never_overlap_and_cover_the_terms(pieces):
    terms = lexicon(
        [("industry", "产业", ""), ("culture", "文化产业", ""), ("finance", "金融", "")]
    )
    text = "".join(pieces)
    hits = themes.find_theme_hits(sentences_of(text), terms)
    spans = sorted(zip(hits["start"], hits["end"], strict=True))
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    assert all(
        text[a:b] == t for a, b, t in zip(hits["start"], hits["end"], hits["term"], strict=True)
    )
    assert (hits["term"] == "金融").sum() == text.count("金融")


# --------------------------------------------------------------------------- real report


def test_tiny_report_end_to_end():
    report = parse_report(
        "一、2024年工作回顾\n（一）产业。发展产业和金融。\n二、2025年工作安排\n（一）金融。做强金融。"
    )
    sentences = sentence_table(report)
    counts = themes.token_counts(tokenize_report(report))
    assert counts["n_tokens"].sum() > 0
    roles = themes.part_roles(report)
    assert roles["role"].tolist() == ["review", "plan"]
    terms = lexicon([("industry", "产业", ""), ("finance", "金融", "")])
    hits = themes.find_theme_hits(sentences, terms)
    assert len(hits) == 5


@pytest.mark.parametrize("term", ["招商", "扫黑除恶", "乡村振兴", "外贸"])
def test_real_hit_counts_match_str_count(term):
    """For terms that no longer lexicon term contains, hits = substring count in the text."""
    terms = real_lexicon()
    assert not any(term in other and term != other for other in terms["term"])
    sentences = sentence_table(load_report(SUBJECT_REPORT_ID))
    hits = themes.find_theme_hits(sentences, terms)
    expected = sum(text.count(term) for text in sentences["text"])
    assert (hits["term"] == term).sum() == expected > 0


def test_no_theme_term_is_a_stopword():
    """Theme terms are what the chapter counts as policy content; the stopword list removes
    words without content. A word on both lists would be a contradiction between the files."""
    from govreport.tokens import read_stopwords

    assert not read_stopwords() & set(real_lexicon()["term"])
