"""Written rules of the curated lexicon that the corpora can check (lexicon/genre_terms.tsv)."""

from __future__ import annotations

from govreport import dictionary
from govreport.config import project
from govreport.report import read_clean_text
from govreport.tokens import curated_terms, plain_tokenizer


def test_no_doctrinal_category_is_a_free_modifier_plus_a_listed_term():
    """Nineteenth round (A): an entry of kind theory that is a word + a listed term, or a listed
    term + a word, whose term mostly stands without the word in the corpora is cut to the term
    (社会主义 商品经济, 集体所有制 经济); 社会主义市场经济 and 公有制经济 stay (above half)."""
    proj = project(None)
    paths = sorted(p for f in (proj.national, proj.provincial) for p in f.glob("*.txt"))
    assert len(paths) >= 60  # the corpora are there
    corpus = "\n".join(read_clean_text(p) for p in paths)
    genre = dictionary.read_genre_terms()
    theory = list(genre.loc[genre["kind"] == "theory", "term"])
    terms = {t.term for t in curated_terms()}
    freq = plain_tokenizer().tokenizer.FREQ
    words = {w for w in freq if freq[w] > 0}
    # the rule finds the class in the lists as they were before the round ...
    before = ["社会主义商品经济", "社会主义计划经济", "集体所有制经济", "混合所有制经济"]
    found = dictionary.modifier_compounds(before + theory, terms, words, corpus.count)
    assert [e for e, _ in found] == before
    # ... and keeps the names whose modifier belongs to them
    kept = ["社会主义市场经济", "公有制经济", "非公有制经济", "多种所有制经济"]
    assert dictionary.modifier_compounds(kept, terms | {"公有制"}, words, corpus.count) == []
