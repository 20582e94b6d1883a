"""User-dictionary candidates, and checks that the curated dictionary does what it should.

The functions here *propose* terms for ``src/govreport/lexicon/user_dict.tsv``; the file is the curated
decision (see its header). They work on any report of the genre and need only sentence texts
and a jieba tokenizer (normally :func:`govreport.tokens.plain_tokenizer`, jieba without our
dictionary):

- :func:`quoted_expressions`: what the report puts in quotation marks (“二次创业”);
- :func:`recurring_ngrams`: character n-grams that recur across sentences but that default
  jieba cuts into several tokens;
- :func:`named_entities`: names of places and programmes, found by their last word
  (…区, …园, …圈, …工程, …行动, …计划, see :data:`NAME_SUFFIXES`);
- :func:`numbered_formulas`: numbered formulas and slogans (三大战略, 两张网, 四大工程);
- :func:`rank_candidates`: one ranked table of all proposals (:func:`propose_terms` runs
  all four extractors and ranks what they find).

And the two measurements behind the dictionary's claims:

- :func:`kept_whole_share`: which share of the dictionary's term occurrences a tokenizer keeps
  as single tokens;
- :func:`changed_tokens`: tokens of our segmentation that default jieba does not produce and
  that no dictionary term explains; the dictionary should leave everything else alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

#: Characters jieba treats as one run (its ``re_han_default``); a dictionary term must be one.
TERM_CHARS = re.compile(r"[\u4e00-\u9fd5a-zA-Z0-9+#&._%-]+")
HAN = re.compile(r"[\u4e00-\u9fd5]+")
#: A number at the start of a quoted piece (“2024潮燃商埠”): numbers are not terms.
LEADING_NUMBER = re.compile(r"^[0-9.+%-]+(?![A-Za-z])")
#: A quoted stretch: “...”, 「...」 or 『...』 on one line, at most 30 characters.
QUOTED = re.compile(r"[“「『]([^“”「」『』\n]{1,30})[”」』]")
#: Chinese numerals that open a numbered formula (三大战略, 两张网, 双随机).
FORMULA_NUMERALS = "一二两三四五六七八九十双"
#: Numeral + classifier at the head of a formula written without quotes (三大..., 两个..., 两张...).
FORMULA_HEAD = re.compile(
    r"(?<![一二两三四五六七八九十百千万亿第\d])[一二两三四五六七八九十]{1,2}[大个张项篇条]"
)

#: Last words that mark names of places, zones and programmes in this genre.
NAME_SUFFIXES: tuple[str, ...] = (
    "区",
    "园",
    "圈",
    "谷",
    "港",
    "城",
    "廊道",
    "片区",
    "基地",
    "平台",
    "中心",
    "联盟",
    "工程",
    "行动",
    "计划",
    "战略",
    "试点",
    "品牌",
)
#: jieba POS tags a name may start with (nouns, distinguishing words, abbreviations, letters;
#: no verbs or verbal nouns: "推进国网山东…园" starts at 国网, "建设中央活力区" at 中央) ...
NAME_POS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "b", "j", "eng", "an", "l", "x"})
#: ... and the tags allowed inside it (also verbs and verbal nouns: 科创金融改革试验区).
NAME_INNER_POS = NAME_POS | {"v", "vn", "a"}
#: POS tags an n-gram may start or end with (content words only).
EDGE_POS = frozenset({"n", "nr", "ns", "nt", "nz", "nrt", "vn", "v", "a", "an", "b", "j", "l", "i"})


@dataclass(frozen=True)
class Candidate:
    """A proposed term, how it was found, and how often (occurrences or sentences)."""

    term: str
    source: str
    count: int


def _counted(terms: Iterable[str], source: str) -> list[Candidate]:
    counts = Counter(terms)
    return [Candidate(t, source, n) for t, n in sorted(counts.items())]


def _plain_tokens(text: str, tokenizer) -> list[tuple[str, str, int, int]]:
    """``(word, pos, start, end)`` for every token jieba makes of ``text``."""
    out, position = [], 0
    for pair in tokenizer.cut(text, HMM=True):
        out.append((pair.word, pair.flag, position, position + len(pair.word)))
        position += len(pair.word)
    return out


def quoted_expressions(texts: Iterable[str], min_chars: int = 2) -> list[Candidate]:
    """Expressions in quotation marks, split at inner punctuation, counted by occurrence.

    Only pieces jieba could match as one word (:data:`TERM_CHARS`) and of at least
    ``min_chars`` characters with a Han character are kept; numbers are not terms, so a
    leading number is dropped (“2024潮燃商埠” gives 潮燃商埠; “21234”, “5G+” give nothing).

    >>> quoted_expressions(["坚持“二次创业”，深化“双随机、一公开”，“稳”字当头，“21234”"])
    [Candidate(term='一公开', source='quoted', count=1), Candidate(term='二次创业', source='quoted', count=1), Candidate(term='双随机', source='quoted', count=1)]
    """
    found = []
    for text in texts:
        for match in QUOTED.finditer(text):
            for piece in TERM_CHARS.findall(match.group(1)):
                piece = LEADING_NUMBER.sub("", piece)
                if len(piece) >= min_chars and HAN.search(piece):
                    found.append(piece)
    return _counted(found, "quoted")


def recurring_ngrams(
    texts: Sequence[str],
    tokenizer,
    min_count: int = 2,
    min_chars: int = 3,
    max_chars: int = 8,
) -> list[Candidate]:
    """Character n-grams found in at least ``min_count`` sentences that jieba cuts apart.

    An n-gram of Han characters qualifies when, in every sentence where it occurs, it starts
    and ends on a boundary of the default segmentation and spans two or more tokens (so jieba
    splits it, and it does not cut through a word), and its first and last tokens are content
    words (:data:`EDGE_POS`). Of a family of n-grams with the same count only the longest is
    kept (``产业集聚`` goes when ``能源互联网产业集聚区`` has the same count). ``count`` is the
    number of sentences.

    >>> from govreport.tokens import plain_tokenizer
    >>> texts = ["加快建设中央活力区。", "与中央活力区交相辉映。", "推动中央活力区发展"]
    >>> [c.term for c in recurring_ngrams(texts, plain_tokenizer())]
    ['中央活力区']
    """
    sentence_counts: Counter[str] = Counter()
    rejected: set[str] = set()
    for text in texts:
        tokens = _plain_tokens(text, tokenizer)
        starts = {start: i for i, (_, _, start, _) in enumerate(tokens)}
        ends = {end: i for i, (_, _, _, end) in enumerate(tokens)}
        seen: set[str] = set()
        for run in HAN.finditer(text):
            for i in range(run.start(), run.end()):
                for n in range(min_chars, max_chars + 1):
                    j = i + n
                    if j > run.end():
                        break
                    gram = text[i:j]
                    if gram in seen:
                        continue
                    seen.add(gram)
                    first, last = starts.get(i), ends.get(j)
                    ok = (
                        first is not None
                        and last is not None
                        and last > first
                        and tokens[first][1] in EDGE_POS
                        and tokens[last][1] in EDGE_POS
                    )
                    if not ok:
                        rejected.add(gram)
        sentence_counts.update(seen)
    kept = {g: n for g, n in sentence_counts.items() if n >= min_count and g not in rejected}
    closed = [
        g
        for g, n in kept.items()
        if not any(g != h and g in h and kept[h] == n for h in kept if len(h) > len(g))
    ]
    return [Candidate(g, "ngram", kept[g]) for g in sorted(closed)]


def named_entities(
    texts: Iterable[str], tokenizer, suffixes: Sequence[str] = NAME_SUFFIXES, max_chars: int = 14
) -> list[Candidate]:
    """Names of places and programmes: a token ending in a suffix, extended to the left.

    Starting from a token that ends with one of ``suffixes`` (中央/活力/**区**), preceding tokens
    are taken while they are nominal or verbal (:data:`NAME_INNER_POS`) and the name stays
    within ``max_chars``; leading tokens that are not nominal (:data:`NAME_POS`) are then
    dropped (推进/国网/山东/电力/战新/产业园 gives 国网山东电力战新产业园). Names that jieba keeps
    as one token are not proposed. ``source`` is ``programme`` for names ending in 工程, 行动,
    计划, 战略, 试点 or 品牌, else ``place``.

    >>> from govreport.tokens import plain_tokenizer
    >>> [c.term for c in named_entities(["与中央活力区交相辉映"], plain_tokenizer())]
    ['中央活力区']
    """
    programme = ("工程", "行动", "计划", "战略", "试点", "品牌")
    found: dict[str, list[str]] = {"place": [], "programme": []}
    for text in texts:
        tokens = _plain_tokens(text, tokenizer)
        for k, (word, _, _, end) in enumerate(tokens):
            if not word.endswith(tuple(suffixes)):
                continue
            first = k
            while (
                first > 0
                and tokens[first - 1][1] in NAME_INNER_POS
                and end - tokens[first - 1][2] <= max_chars
                and HAN.fullmatch(tokens[first - 1][0])
            ):
                first -= 1
            while first < k and tokens[first][1] not in NAME_POS:
                first += 1
            if first == k:
                continue
            name = text[tokens[first][2] : end]
            found["programme" if name.endswith(programme) else "place"].append(name)
    return _counted(found["place"], "place") + _counted(found["programme"], "programme")


def numbered_formulas(texts: Iterable[str], tokenizer) -> list[Candidate]:
    """Numbered formulas and slogans: 三大战略, 两张网, 四好农村路, 双随机.

    Two ways in: a quoted expression that starts with a numeral (or 双) is taken as written;
    outside quotes, a numeral with a classifier (三大, 两个, 两张 ...) plus the next token of the
    default segmentation (两个/毫不动摇). Ordinals (第三), years and Arabic numbers are not
    formulas.

    >>> from govreport.tokens import plain_tokenizer
    >>> [c.term for c in numbered_formulas(["实施“三大战略”，深入落实两个毫不动摇"], plain_tokenizer())]
    ['三大战略', '两个毫不动摇']
    """
    found = []
    for text in texts:
        quoted_spans = []
        for match in QUOTED.finditer(text):
            quoted_spans.append(match.span(1))
            for piece in TERM_CHARS.findall(match.group(1)):
                if len(piece) >= 2 and piece[0] in FORMULA_NUMERALS:
                    found.append(piece)
        for match in FORMULA_HEAD.finditer(text):
            if any(a <= match.start() < b for a, b in quoted_spans):
                continue
            rest = _plain_tokens(text[match.end() :], tokenizer)
            if rest and HAN.fullmatch(rest[0][0]):
                found.append(match.group() + rest[0][0])
    return _counted(found, "formula")


def rank_candidates(candidates: Iterable[Candidate], tokenizer) -> pd.DataFrame:
    """One row per proposed term, best first.

    Columns: ``term``, ``sources`` (how it was found, ``|``-joined), ``count`` (the largest
    count over its sources), ``n_chars``, ``default_cut`` (jieba's cut of the term alone,
    ``/``-joined) and ``score`` = number of sources x count x (tokens in the default cut - 1).
    A term jieba already keeps whole scores 0. Ties are broken by term, so the order is stable.

    >>> from govreport.tokens import plain_tokenizer
    >>> cands = [Candidate("中央活力区", "place", 3), Candidate("中央活力区", "ngram", 3),
    ...          Candidate("二次创业", "quoted", 9), Candidate("发展", "ngram", 50)]
    >>> rank_candidates(cands, plain_tokenizer())[["term", "sources", "score"]].values.tolist()
    [['中央活力区', 'ngram|place', 12], ['二次创业', 'quoted', 9], ['发展', 'ngram', 0]]
    """
    sources: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    for c in candidates:
        sources.setdefault(c.term, set()).add(c.source)
        counts[c.term] = max(counts[c.term], c.count)
    rows = []
    for term, srcs in sources.items():
        cut = [w for w in tokenizer.tokenizer.cut(term, HMM=True)]
        score = len(srcs) * counts[term] * (len(cut) - 1)
        rows.append((term, "|".join(sorted(srcs)), counts[term], len(term), "/".join(cut), score))
    frame = pd.DataFrame(
        rows, columns=["term", "sources", "count", "n_chars", "default_cut", "score"]
    )
    return frame.sort_values(["score", "term"], ascending=[False, True], ignore_index=True)


def propose_terms(texts: Sequence[str], tokenizer, exclude: Iterable[str] = ()) -> pd.DataFrame:
    """All four extractors over ``texts``, ranked (:func:`rank_candidates`), minus ``exclude``.

    The starting point for curating the dictionary of a new report: pass the current
    dictionary's terms as ``exclude`` to see only what is new.

    >>> from govreport.tokens import plain_tokenizer
    >>> table = propose_terms(["实施“三大战略”，建设中央活力区。", "中央活力区交相辉映。"],
    ...                       plain_tokenizer(), exclude=["三大战略"])
    >>> table[["term", "sources"]].values.tolist()
    [['中央活力区', 'ngram|place']]
    """
    candidates = (
        quoted_expressions(texts)
        + recurring_ngrams(texts, tokenizer)
        + named_entities(texts, tokenizer)
        + numbered_formulas(texts, tokenizer)
    )
    excluded = set(exclude)
    ranked = rank_candidates((c for c in candidates if c.term not in excluded), tokenizer)
    return ranked.reset_index(drop=True)


# --------------------------------------------------------------------------- measurements


def term_occurrences(terms: Iterable[str], text: str) -> list[tuple[str, int, int]]:
    """Maximal occurrences of ``terms`` in ``text``: ``(term, start, end)``, in text order.

    Every occurrence of every term is found (overlapping ones too); an occurrence lying inside
    a longer occurrence of another term is dropped (in 山东能源互联网产业集聚区, 能源互联网 does not
    count on its own). Occurrences that merely overlap are both kept.

    >>> term_occurrences(["能源互联网", "山东能源互联网产业集聚区", "两张网"],
    ...                  "山东能源互联网产业集聚区和能源互联网“两张网”")
    [('山东能源互联网产业集聚区', 0, 12), ('能源互联网', 13, 18), ('两张网', 19, 22)]
    """
    spans = []
    for term in set(terms):
        start = text.find(term)
        while start != -1:
            spans.append((term, start, start + len(term)))
            start = text.find(term, start + 1)
    maximal = [
        (t, s, e)
        for t, s, e in spans
        if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for _, s2, e2 in spans)
    ]
    return sorted(maximal, key=lambda x: (x[1], -x[2], x[0]))


def kept_whole_table(terms: Iterable[str], texts: Iterable[str], tokenizer) -> pd.DataFrame:
    """Per term: maximal occurrences in ``texts`` and how many a tokenizer cuts as one token.

    The metric: every maximal occurrence of a dictionary term (:func:`term_occurrences`; nested
    occurrences are not counted twice) is *kept whole* when one token starts and ends exactly
    at its boundaries. Terms that do not occur are left out. Columns: ``term``,
    ``occurrences``, ``whole``.
    """
    from govreport.tokens import segment

    terms = list(terms)
    occurrences: Counter[str] = Counter()
    whole: Counter[str] = Counter()
    for text in texts:
        found = term_occurrences(terms, text)
        if not found:
            continue
        spans = {(t.start, t.end) for t in segment(text, tokenizer)}
        for term, start, end in found:
            occurrences[term] += 1
            whole[term] += (start, end) in spans
    rows = [(t, occurrences[t], whole[t]) for t in sorted(occurrences)]
    return pd.DataFrame(rows, columns=["term", "occurrences", "whole"])


def kept_whole_share(
    terms: Iterable[str], texts: Iterable[str], tokenizer
) -> tuple[float, float, int, int]:
    """Share of maximal term occurrences kept whole, and share of distinct terms always kept
    whole; plus the numbers of occurrences and of distinct terms they are computed over.

    Returns ``(occurrence_share, term_share, n_occurrences, n_terms)`` (see
    :func:`kept_whole_table` for the metric).
    """
    table = kept_whole_table(terms, texts, tokenizer)
    if table.empty:
        return (float("nan"), float("nan"), 0, 0)
    n_occ = int(table["occurrences"].sum())
    occ_share = float(table["whole"].sum()) / n_occ
    term_share = float((table["whole"] == table["occurrences"]).mean())
    return (occ_share, term_share, n_occ, len(table))


def changed_tokens(
    texts: Iterable[str], plain, ours, terms: Iterable[str]
) -> list[tuple[int, str, int, int]]:
    """Tokens the user dictionary changes outside its terms: should be empty.

    For each text, every token of ``ours`` whose span is not a token of ``plain`` must be
    explained by a dictionary term, in one of two ways:

    - it lies inside an occurrence of a term (it is the term, or a piece of it if jieba
      re-splits the term);
    - it lies inside a single token of ``plain`` that overlaps a term occurrence: default jieba
      had glued the term's edge to its neighbour (传递/出市/中 -> 传递/出/市中), and the token
      is the remainder once the term is cut out. That is a split, never a glue.

    Tokens explained neither way are returned as ``(text_index, token, start, end)``. An empty
    list means the dictionary changes the segmentation only where its terms occur: it glues
    no ordinary words together and moves no boundary away from its terms. (One direction is
    enough: a token of ``plain`` that ``ours`` lacks is covered by some token of ``ours`` that
    ``plain`` lacks.)

    >>> from govreport.tokens import plain_tokenizer, make_tokenizer, UserTerm
    >>> ours = make_tokenizer((UserTerm("市中", "ns", "place"),))
    >>> changed_tokens(["向社会传递出市中发展的信心"], plain_tokenizer(), ours, ["市中"])
    []
    >>> glue = make_tokenizer((UserTerm("发展的", "n", "bad"),))
    >>> changed_tokens(["市中发展的信心"], plain_tokenizer(), glue, [])
    [(0, '发展的', 2, 5)]
    """
    from govreport.tokens import segment

    terms = list(terms)
    bad = []
    for index, text in enumerate(texts):
        base = [(t.start, t.end) for t in segment(text, plain, numbers=False)]
        spans = [(s, e) for _, s, e in term_occurrences(terms, text)]
        cut_by_term = [(a, b) for a, b in base if any(a < e and s < b for s, e in spans)]
        base_set = set(base)
        for token in segment(text, ours, numbers=False):  # the dictionary's changes only
            span = (token.start, token.end)
            if span in base_set:
                continue
            inside_term = any(s <= token.start and token.end <= e for s, e in spans)
            remainder = any(a <= token.start and token.end <= b for a, b in cut_by_term)
            if not (inside_term or remainder):
                bad.append((index, token.token, token.start, token.end))
    return bad


# --------------------------------------------------------------------------- corpus discovery
# New-word discovery over character n-grams (the classic unsupervised recipe: frequent,
# cohesive inside, free at both edges). Linear in corpus size: n-grams are counted level by
# level up to a bounded length, and an n-gram is counted only if both its (n-1)-gram prefix and
# suffix are frequent (they must be, if it is), so the tables stay small.

#: Characters that rarely start or end a word of this genre (particles, prepositions,
#: conjunctions, the numeral 一 as a determiner): a candidate with one at an edge is a phrase.
FUNCTION_EDGE_CHARS = frozenset("的了和与及或在对把被将为是等地得着也都而并向从于以其这那之个")


def han_runs(texts: Iterable[str]) -> list[str]:
    """The maximal runs of Han characters of ``texts`` (n-grams never cross punctuation).

    >>> han_runs(["加快发展，新质生产力 5G"])
    ['加快发展', '新质生产力']
    """
    return [run for text in texts for run in HAN.findall(text)]


def count_ngrams(runs: Sequence[str], max_chars: int, min_count: int) -> Counter[str]:
    """Counts of every n-gram (1 <= n <= ``max_chars``) inside ``runs`` that occurs at least
    ``min_count`` times (single characters are all kept).

    Level-wise (apriori): an n-gram is counted only when its prefix and suffix of length n-1
    are frequent, so each level costs one pass over the runs.

    >>> c = count_ngrams(["充电桩", "充电桩建设", "充电"], max_chars=3, min_count=2)
    >>> c["充电桩"], c["充电"], "桩建" in c
    (2, 3, False)
    """
    counts: Counter[str] = Counter(ch for run in runs for ch in run)
    frequent = {g for g, n in counts.items() if n >= min_count}
    for n in range(2, max_chars + 1):
        level: Counter[str] = Counter()
        for run in runs:
            for i in range(len(run) - n + 1):
                gram = run[i : i + n]
                if gram[:-1] in frequent and gram[1:] in frequent:
                    level[gram] += 1
        frequent = {g for g, c in level.items() if c >= min_count}
        if not frequent:
            break
        counts.update({g: c for g, c in level.items() if c >= min_count})
    return counts


def cohesion(gram: str, counts: Counter[str], total: int) -> float:
    """Pointwise mutual information of the weakest split: ``min over k of
    ln(p(gram) / (p(gram[:k]) * p(gram[k:])))``, probabilities as counts over ``total``.

    >>> round(cohesion("ab", Counter({"ab": 10, "a": 10, "b": 10}), 100), 3)
    2.303
    """
    whole = counts[gram]
    return min(
        math.log(whole * total / (counts[gram[:k]] * counts[gram[k:]])) for k in range(1, len(gram))
    )


def entropy(neighbours: Counter[str], edges: int) -> float:
    """Branching entropy (nats) of a neighbour distribution; each run edge counts as a
    neighbour of its own (a word at a run edge is free on that side).

    >>> round(entropy(Counter({"a": 1, "b": 1}), 0), 3), round(entropy(Counter(), 2), 3)
    (0.693, 0.693)
    """
    n = sum(neighbours.values()) + edges
    if n == 0:
        return 0.0
    h = -sum(c / n * math.log(c / n) for c in neighbours.values())
    return h + (edges * math.log(n) / n if edges else 0.0)


def branching(
    runs_by_doc: Sequence[Sequence[str]], grams: set[str], max_chars: int
) -> dict[str, tuple[float, float, int]]:
    """For each of ``grams``: left entropy, right entropy and the number of documents it
    occurs in. One pass over the runs (``runs_by_doc`` is a list of each document's runs)."""
    left: dict[str, Counter[str]] = {g: Counter() for g in grams}
    right: dict[str, Counter[str]] = {g: Counter() for g in grams}
    edges_l: Counter[str] = Counter()
    edges_r: Counter[str] = Counter()
    docs: Counter[str] = Counter()
    lengths = sorted({len(g) for g in grams})
    for runs in runs_by_doc:
        seen: set[str] = set()
        for run in runs:
            for i in range(len(run)):
                for n in lengths:
                    if n > max_chars or i + n > len(run):
                        break
                    gram = run[i : i + n]
                    if gram not in grams:
                        continue
                    seen.add(gram)
                    if i > 0:
                        left[gram][run[i - 1]] += 1
                    else:
                        edges_l[gram] += 1
                    if i + n < len(run):
                        right[gram][run[i + n]] += 1
                    else:
                        edges_r[gram] += 1
        docs.update(seen)
    return {
        g: (entropy(left[g], edges_l[g]), entropy(right[g], edges_r[g]), docs[g]) for g in grams
    }


DISCOVERY_COLUMNS = [
    "term",
    "n_chars",
    "count",
    "n_documents",
    "pmi",
    "left_entropy",
    "right_entropy",
    "score",
    "default_cut",
]


def discover_words(
    documents: Sequence[str],
    tokenizer,
    min_chars: int = 3,
    max_chars: int = 10,
    min_count: int = 5,
    min_documents: int = 2,
    min_pmi: float = 3.0,
    min_entropy: float = 1.5,
    closure: float = 0.9,
) -> pd.DataFrame:
    """New-word candidates of a corpus: n-grams that are frequent, cohesive and free.

    A Han n-gram of ``min_chars``..``max_chars`` characters qualifies when it occurs at least
    ``min_count`` times in at least ``min_documents`` documents, its weakest split has PMI
    >= ``min_pmi`` (:func:`cohesion`), both branching entropies are >= ``min_entropy``
    (:func:`branching`), no function character stands at its edges
    (:data:`FUNCTION_EDGE_CHARS`), and default jieba (``tokenizer``) cuts it into two or more
    tokens (a word jieba already knows needs no entry). An n-gram inside a longer qualifying
    one with at least ``closure`` times its count is a fragment and is dropped. ``score`` =
    ln(count) x PMI x min(entropies). Columns: :data:`DISCOVERY_COLUMNS`, best first.

    Cost: ``max_chars`` passes over the corpus plus one for the entropies.
    """
    runs_by_doc = [HAN.findall(doc) for doc in documents]
    runs = [run for doc in runs_by_doc for run in doc]
    counts = count_ngrams(runs, max_chars, min_count)
    total = sum(len(run) for run in runs)
    cohesive = {
        g: cohesion(g, counts, total)
        for g, n in counts.items()
        if min_chars <= len(g)
        and n >= min_count
        and g[0] not in FUNCTION_EDGE_CHARS
        and g[-1] not in FUNCTION_EDGE_CHARS
    }
    cohesive = {g: p for g, p in cohesive.items() if p >= min_pmi}
    stats = branching(runs_by_doc, set(cohesive), max_chars)
    kept = {
        g: (counts[g], d, cohesive[g], hl, hr)
        for g, (hl, hr, d) in stats.items()
        if d >= min_documents and min(hl, hr) >= min_entropy
    }
    fragments = {
        h[i:j]
        for h, (n_h, *_) in kept.items()
        for i in range(len(h))
        for j in range(i + 1, len(h) + 1)
        if j - i < len(h) and h[i:j] in kept and n_h >= closure * kept[h[i:j]][0]
    }  # substrings of each kept n-gram: linear in the number of n-grams, not quadratic
    rows = []
    for g, (n, d, pmi, hl, hr) in kept.items():
        if g in fragments:
            continue
        cut = [w for w in tokenizer.tokenizer.cut(g, HMM=False)]
        if len(cut) < 2:
            continue
        score = math.log(n) * pmi * min(hl, hr)
        rows.append(
            (
                g,
                len(g),
                n,
                d,
                round(pmi, 4),
                round(hl, 4),
                round(hr, 4),
                round(score, 4),
                "/".join(cut),
            )
        )
    frame = pd.DataFrame(rows, columns=DISCOVERY_COLUMNS)
    return frame.sort_values(["score", "term"], ascending=[False, True], ignore_index=True)


GENRE_COLUMNS = ["term", "pos", "kind", "reference"]


def read_genre_terms(path=None) -> pd.DataFrame:
    """The curated genre vocabulary (``lexicon/genre_terms.tsv``): ``term, pos, kind, reference``."""
    from govreport.config import lexicon_file
    from govreport.datafiles import data_lines, parse_tsv

    path = path or lexicon_file("genre_terms.tsv")
    return parse_tsv(list(data_lines(path)), GENRE_COLUMNS, name=str(path))


#: An entry is a modifier compound when its term stands without the rest in most of the term's
#: corpus occurrences (the genre list's nineteenth round, lexicon/genre_terms.tsv).
MODIFIER_SHARE = 0.5


def modifier_compounds(
    entries: Iterable[str],
    terms: Collection[str],
    words: Collection[str],
    count: Callable[[str], int],
    share: float = MODIFIER_SHARE,
) -> list[tuple[str, str]]:
    """``(entry, term)`` for each entry that is a word + a listed term (社会主义 + 商品经济) or a
    listed term + a word (集体所有制 + 经济) and that ``count`` (corpus occurrences) finds in
    fewer than ``share`` of the term's occurrences: the word is a free modifier or head, and the
    segmentation convention cuts the entry to its term.

    >>> counts = {"社会主义商品经济": 10, "商品经济": 36, "社会主义市场经济": 94, "市场经济": 126}
    >>> modifier_compounds(["社会主义商品经济", "社会主义市场经济"], {"商品经济", "市场经济"},
    ...                    {"社会主义"}, lambda s: counts.get(s, 0))
    [('社会主义商品经济', '商品经济')]
    """
    found = []
    for entry in entries:
        for i in range(1, len(entry)):
            for term, rest in ((entry[i:], entry[:i]), (entry[:i], entry[i:])):
                if term in terms and rest in words and count(entry) < share * count(term):
                    found.append((entry, term))
    return list(dict.fromkeys(found))


CANDIDATE_COLUMNS = ["source", "kind", *DISCOVERY_COLUMNS, "in_user_dict"]


def lexicon_candidates(
    documents: Sequence[str],
    genre: pd.DataFrame,
    tokenizer,
    user_terms: Iterable[str] = (),
    decided: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The proposals of ``govreport lexicon discover``: the corpus-discovered n-grams
    (:func:`discover_words`, source ``corpus``; or ``decided``, the table of
    :func:`decide_corpus_terms` with the rule's decision in its last columns) and the genre
    list (source ``genre_list``) with each term's corpus count, number of documents and default
    cut (PMI and entropies are left empty for genre terms). ``in_user_dict`` marks what the
    user dictionary already has."""
    if decided is None:
        decided = discover_words(documents, tokenizer)
    found = decided.assign(source="corpus", kind="")
    rows = []
    for term, kind in zip(genre["term"], genre["kind"], strict=True):
        count = sum(doc.count(term) for doc in documents)
        n_docs = sum(term in doc for doc in documents)
        cut = "/".join(tokenizer.tokenizer.cut(term, HMM=False))
        rows.append(("genre_list", kind, term, len(term), count, n_docs, cut))
    listed = pd.DataFrame(
        rows, columns=["source", "kind", "term", "n_chars", "count", "n_documents", "default_cut"]
    )
    frame = pd.concat([listed, found], ignore_index=True)
    frame["in_user_dict"] = frame["term"].isin(set(user_terms))
    extra = [c for c in RULE_COLUMNS if c not in DISCOVERY_COLUMNS and c in frame]
    return frame[CANDIDATE_COLUMNS + extra]


# --------------------------------------------------------------------------- acceptance rule
# Discovery proposes; this rule decides, so that the generated lexicon (lexicon/corpus_terms.tsv)
# follows from the corpora and the thresholds in lexicon/corpus_rules.yml, with no hand in
# between. Beyond frequency, cohesion and freedom (discover_words), a candidate must agree with
# default jieba's word boundaries at its edges (it is not a string that straddles words) and
# at least one of its pieces must be bound to it (it is not two free words that co-occur often:
# 人民群众, 科技创新, 深入推进 are phrases of free words, 充电桩, 营商环境 are not).

RULE_COLUMNS = [
    *DISCOVERY_COLUMNS,
    "edge_agreement",
    "bound",
    "first_pos",
    "last_pos",
    "accepted",
    "reason",
]


@dataclass(frozen=True)
class AcceptanceRule:
    """Thresholds of the corpus rule (values and reasons: ``lexicon/corpus_rules.yml``)."""

    min_chars: int = 3
    max_chars: int = 8
    min_count: int = 5
    min_documents: int = 2
    min_pmi: float = 3.0
    min_entropy: float = 1.5
    min_edge_agreement: float = 0.9
    min_bound: float = 0.5
    first_pos: frozenset[str] = frozenset()
    last_pos: frozenset[str] = frozenset()
    function_pos: frozenset[str] = frozenset()
    max_chars_verb_first: int = 8
    measure_chars: str = ""
    predicate_ends: tuple[str, ...] = ()
    generic_heads: tuple[str, ...] = ()
    rejected: frozenset[str] = frozenset()


def read_corpus_rules(path=None) -> tuple[dict[str, float], AcceptanceRule]:
    """The discovery parameters (keyword arguments of :func:`discover_words`) and the
    acceptance rule of ``lexicon/corpus_rules.yml``."""
    from govreport.config import lexicon_file
    from govreport.datafiles import read_yaml
    from govreport.errors import InputError

    path = path or lexicon_file("corpus_rules.yml")
    data = read_yaml(path)
    try:
        discovery = dict(data["discovery"])
        values = dict(data["acceptance"])
        for key in ("first_pos", "last_pos", "function_pos"):
            values[key] = frozenset(str(v) for v in values[key])
        values["measure_chars"] = str(values.get("measure_chars", ""))
        values["predicate_ends"] = tuple(str(v) for v in values.get("predicate_ends", ()))
        values["generic_heads"] = tuple(str(v) for v in values.get("generic_heads", ()))
        values["rejected"] = frozenset(
            str(term) for terms in (values.get("rejected") or {}).values() for term in terms
        )
        return discovery, AcceptanceRule(**values)
    except (KeyError, TypeError) as error:
        raise InputError(f"{path}: bad corpus rules ({error})") from None


def corpus_segmentation(
    documents: Sequence[str], tokenizer
) -> tuple[Counter[str], list[frozenset[int]]]:
    """Default segmentation of the corpus: how often each token occurs, and each document's
    cut points (offsets where a token ends, and 0)."""
    counts: Counter[str] = Counter()
    cuts: list[frozenset[int]] = []
    for doc in documents:
        points, position = {0}, 0
        for word in tokenizer.tokenizer.cut(doc, HMM=True):
            counts[word] += 1
            position += len(word)
            points.add(position)
        cuts.append(frozenset(points))
    return counts, cuts


def edge_agreement(term: str, documents: Sequence[str], cuts: Sequence[frozenset[int]]) -> float:
    """Share of the occurrences of ``term`` whose both edges are cut points of the default
    segmentation (1.0: the string always stands between word boundaries; low: it straddles
    words, as 走在前 in 走在前列 or 市中 in 城市中).

    >>> edge_agreement("ab", ["abc", "ab", "xabx"], [frozenset({0, 3}), frozenset({0, 2}),
    ...     frozenset({0, 1, 3, 4})])
    0.6667
    """
    hits = agree = 0
    for doc, points in zip(documents, cuts, strict=True):
        start = doc.find(term)
        while start != -1:
            hits += 1
            agree += start in points and start + len(term) in points
            start = doc.find(term, start + 1)
    return round(agree / hits, 4) if hits else 0.0


def boundness(term: str, count: int, pieces: Sequence[str], tokens: Counter[str]) -> float:
    """How much one piece of ``term`` depends on it: max over its default-jieba ``pieces`` of
    count(term) / (count(term) + uses of the piece as a token outside the term), the outside
    uses estimated as the piece's token count less its uses inside the term. 1.0: some piece
    never stands elsewhere (桩 of 充电桩); near 0: every piece is a free word (人民 群众).

    >>> boundness("充电桩", 10, ["充电", "桩"], Counter({"充电": 40, "桩": 10}))
    1.0
    >>> boundness("人民群众", 10, ["人民", "群众"], Counter({"人民": 500, "群众": 90}))
    0.1111
    """
    best = 0.0
    for piece in set(pieces):
        inside = count * pieces.count(piece)
        outside = max(tokens[piece] - inside, 0)
        best = max(best, count / (count + outside))
    return round(best, 4)


def numeral_phrase(piece: tuple[str, str], measure_chars: str) -> bool:
    """True when a ``(word, pos)`` piece is a numeral + measure word (jieba POS ``m``, two or
    more characters, the last in ``measure_chars``): the gold convention splits 五 届, 两 件, so a
    candidate that starts with one is a phrase, not a name.

    >>> numeral_phrase(("五届", "m"), "届件"), numeral_phrase(("九二", "m"), "届件")
    (True, False)
    """
    word, pos = piece
    return pos == "m" and len(word) >= 2 and word[-1] in measure_chars


def apply_acceptance_rule(
    found: pd.DataFrame,
    documents: Sequence[str],
    tokenizer,
    rule: AcceptanceRule,
    known: Iterable[str] = (),
) -> pd.DataFrame:
    """Decide every discovered candidate (:func:`discover_words`'s table): columns
    :data:`RULE_COLUMNS`; ``accepted`` is the decision, ``reason`` the first test failed
    (empty when accepted). Terms in ``known`` (the curated dictionary) are not re-decided.
    ``tokenizer`` is jieba with the curated dictionary (``lexicon/user_dict.tsv``): pieces,
    edges and free uses are judged against the segmentation the rule's terms are added to, so
    that a curated term plus a generic head (专精特新 企业, 新能源汽车 产量) counts as two free
    words, and what the curated dictionary already keeps whole is left out.

    Tests, in order: length ``min_chars..max_chars``; count, documents, PMI and both entropies
    at their minimums; Han characters only (discovery guarantees it); the first piece's and
    the last piece's POS tag (jieba, alone) in ``first_pos`` / ``last_pos`` (no adverb,
    pronoun or preposition at the head, a nominal at the end: names, not predicates);
    no piece tagged as a function word (``function_pos``: 的, 和, 等 make a phrase, not a
    name); a verb first only up to ``max_chars_verb_first`` characters (节能降碳, 保交楼 are
    slogans; 实施科教兴国战略, 降低生产成本 are predicates); no numeral + measure word as the first
    piece (:func:`numeral_phrase`: 五届人大 is 五 届 人大); no ending in an intransitive
    predicate verb of ``predicate_ends`` (错位发展, 全面发力: a manner word + predicate); no
    last piece in ``generic_heads`` (县域医共体 建设, 监督制约 机制: a name plus a generic head
    is for the hand-curated genre list to judge); and, tested right after ``known``, not one of
    the strings the review of the accepted list rejected by class (``rejected``: predicates,
    coordinations, modifier + generic noun, number + 年);
    :func:`edge_agreement` >= ``min_edge_agreement``; :func:`boundness` >= ``min_bound``.
    """
    tokens, cuts = corpus_segmentation(documents, tokenizer)
    known = set(known)
    rows = []
    for row in found.itertuples(index=False):
        term = row.term
        pairs = [(p.word, p.flag) for p in tokenizer.cut(term, HMM=False)]
        pieces = [w for w, _ in pairs]
        first, last = pairs[0][1], pairs[-1][1]
        agreement = bound = float("nan")
        reason = ""
        if term in known:
            reason = "in user dictionary"
        elif term in rule.rejected:
            reason = "rejected by review"
        elif len(pieces) < 2:
            reason = "kept whole already"
        elif not rule.min_chars <= len(term) <= rule.max_chars:
            reason = "length"
        elif row.count < rule.min_count or row.n_documents < rule.min_documents:
            reason = "frequency"
        elif row.pmi < rule.min_pmi:
            reason = "cohesion"
        elif min(row.left_entropy, row.right_entropy) < rule.min_entropy:
            reason = "branching entropy"
        elif first not in rule.first_pos or last not in rule.last_pos:
            reason = "part of speech"
        elif any(flag in rule.function_pos for _, flag in pairs):
            reason = "function word"
        elif first == "v" and len(term) > rule.max_chars_verb_first:
            reason = "verb phrase"
        elif numeral_phrase(pairs[0], rule.measure_chars):
            reason = "numeral phrase"
        elif term.endswith(rule.predicate_ends) and term not in rule.predicate_ends:
            reason = "predicate"
        elif pieces[-1] in rule.generic_heads:
            reason = "generic head"
        else:
            agreement = edge_agreement(term, documents, cuts)
            bound = boundness(term, row.count, pieces, tokens)
            if agreement < rule.min_edge_agreement:
                reason = "edges straddle words"
            elif bound < rule.min_bound:
                reason = "free words"
        rows.append((*row, agreement, bound, first, last, reason == "", reason))
    return pd.DataFrame(rows, columns=RULE_COLUMNS)


def rule_lexicon_lines(decided: pd.DataFrame) -> list[str]:
    """The accepted terms as user-dictionary rows (``term<TAB>n<TAB>corpus-rule``), sorted."""
    terms = sorted(decided.loc[decided["accepted"], "term"])
    return [f"{t}\tn\tcorpus-rule" for t in terms]


CORPUS_TERMS_HEADER = """\
# GENERATED by `govreport lexicon discover --write` (make lexicon): do not edit by hand.
# Terms accepted by the corpus rule (govreport.dictionary.apply_acceptance_rule, thresholds and
# their reasons in lexicon/corpus_rules.yml) over the corpora data/raw/national,
# data/raw/provincial-2026 and data/raw/reports. Loaded after lexicon/user_dict.tsv (which wins
# where both have a term) by govreport.tokens.dictionary_terms.
term\tpos\tsource
"""


def decide_corpus_terms(
    documents: Sequence[str], plain, curated, known: Iterable[str], rules=None
) -> pd.DataFrame:
    """Discovery (``plain``: default jieba) then the acceptance rule (``curated``: jieba with
    the curated user dictionary), with the parameters of ``lexicon/corpus_rules.yml``."""
    discovery, rule = rules or read_corpus_rules()
    found = discover_words(documents, plain, **discovery)
    return apply_acceptance_rule(found, documents, curated, rule, known)


def corpus_terms_text(decided: pd.DataFrame) -> str:
    """The text of ``lexicon/corpus_terms.tsv`` for a :func:`decide_corpus_terms` result: what
    ``govreport lexicon discover --write`` writes."""
    return CORPUS_TERMS_HEADER + "".join(line + "\n" for line in rule_lexicon_lines(decided))
