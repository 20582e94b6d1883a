"""The generated corpus lexicon is what `govreport lexicon discover --write` writes now.

Rounds 14-16 of issue 12 found lexicon/corpus_terms.tsv stale: regenerating it would have added
strings nobody reviewed. Every string the corpus rule accepts is either in the committed file or
rejected with its reason in lexicon/corpus_rules.yml, so regenerating changes nothing.
"""

from __future__ import annotations

from govreport import dictionary
from govreport.config import lexicon_file, project
from govreport.report import read_clean_text
from govreport.tokens import curated_terms, make_tokenizer, plain_tokenizer


def test_discovery_reproduces_the_committed_corpus_lexicon():
    proj = project(None)
    folders = [proj.national, proj.provincial, proj.reports]
    paths = sorted(p for folder in folders for p in folder.glob("*.txt"))
    assert len(paths) >= 60  # the corpora are there: an empty folder would pass vacuously
    documents = list(dict.fromkeys(read_clean_text(p) for p in paths))
    curated = curated_terms()
    decided = dictionary.decide_corpus_terms(
        documents, plain_tokenizer(), make_tokenizer(curated), [t.term for t in curated]
    )
    written = dictionary.corpus_terms_text(decided)  # what `discover --write` writes
    assert written == lexicon_file("corpus_terms.tsv").read_text(encoding="utf-8")
