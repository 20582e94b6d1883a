"""Segmentation: jieba 0.42.1 with the project's user dictionary and stopword list.

Both linguistic resources are data files under ``govreport/lexicon/`` (package data) (see their header comments).
A private :class:`jieba.Tokenizer` is used, never jieba's global one, so that loading our
dictionary cannot leak into other code and results do not depend on call order.

jieba is imported when a tokenizer is first made, not with this module: its POS tables take
~50 MiB, which a process that only reads token tables (``govreport build``'s own process and
every worker it starts before it) does not need.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import ChainMap
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pandas as pd

from govreport.config import lexicon_file
from govreport.datafiles import data_lines, read_yaml
from govreport.errors import InputError
from govreport.report import ReadProgress, Report

if TYPE_CHECKING:
    import jieba.posseg

TOKEN_COLUMNS = [
    "report_id",
    "sentence_id",
    "part",
    "section",
    "token",
    "start",
    "end",
    "pos",
    "is_stop",
    "is_punct",
]


@dataclass(frozen=True)
class UserTerm:
    """One user-dictionary entry: the term, its jieba POS tag and where it came from."""

    term: str
    pos: str
    source: str


@dataclass(frozen=True)
class Token:
    token: str
    pos: str
    start: int
    end: int


def parse_user_terms(lines: Iterable[tuple[int, str]], name: str = "user_dict") -> list[UserTerm]:
    """Parse ``term<TAB>pos<TAB>source`` rows (the first row is the header).

    >>> parse_user_terms([(1, "term\\tpos\\tsource"), (2, "新质生产力\\tn\\tgenre")])
    [UserTerm(term='新质生产力', pos='n', source='genre')]
    """
    terms: list[UserTerm] = []
    seen: set[str] = set()
    for number, line in lines:
        fields = line.split("\t")
        if fields[:3] == ["term", "pos", "source"]:
            continue
        if len(fields) != 3 or not all(f.strip() for f in fields):
            raise InputError(f"{name}:{number}: expected term<TAB>pos<TAB>source")
        term, pos, source = (f.strip() for f in fields)
        if term in seen:
            raise InputError(f"{name}:{number}: duplicate term {term}")
        if any(ch.isspace() for ch in term):
            raise InputError(f"{name}:{number}: a term may not contain white space")
        seen.add(term)
        terms.append(UserTerm(term, pos, source))
    return terms


def read_user_terms(path: Path | None = None) -> tuple[UserTerm, ...]:
    """The curated user dictionary (the package's ``lexicon/user_dict.tsv`` by default)."""
    path = path or lexicon_file("user_dict.tsv")
    return tuple(parse_user_terms(data_lines(path), name=str(path)))


def read_corpus_terms(path: Path | None = None) -> tuple[UserTerm, ...]:
    """The generated lexicon (``lexicon/corpus_terms.tsv``, source ``corpus-rule``): terms the
    corpus acceptance rule decided on (``govreport lexicon discover --write``)."""
    path = path or lexicon_file("corpus_terms.tsv")
    return tuple(parse_user_terms(data_lines(path), name=str(path)))


def read_genre_user_terms(path: Path | None = None) -> tuple[UserTerm, ...]:
    """The genre vocabulary (``lexicon/genre_terms.tsv``, read by
    :func:`govreport.dictionary.read_genre_terms`) as dictionary entries of source
    ``genre_list``, in file order."""
    from govreport.dictionary import read_genre_terms

    table = read_genre_terms(path)
    pairs = zip(table["term"], table["pos"], strict=True)
    return tuple(UserTerm(term, pos, "genre_list") for term, pos in pairs)


def _merged(*sources: tuple[UserTerm, ...]) -> tuple[UserTerm, ...]:
    """``sources`` in order, each term only from the first source that has it."""
    terms: list[UserTerm] = []
    known: set[str] = set()
    for source in sources:
        new = [t for t in source if t.term not in known]
        terms += new
        known.update(t.term for t in new)
    return tuple(terms)


@dataclass(frozen=True)
class TermPattern:
    """A series of terms formed by a pattern (``lexicon/term_patterns.yml``)."""

    name: str
    template: str
    numbers: tuple[int, int]
    heads: tuple[str, ...]
    pos: str


def read_term_patterns(path: Path | None = None) -> tuple[TermPattern, ...]:
    """The term patterns (the package's ``lexicon/term_patterns.yml`` by default)."""
    path = path or lexicon_file("term_patterns.yml")
    data = read_yaml(path) or {}
    try:
        return tuple(
            TermPattern(
                name=str(name),
                template=str(spec["template"]),
                numbers=(int(spec["numbers"][0]), int(spec["numbers"][1])),
                heads=tuple(str(h) for h in spec.get("heads", ())),
                pos=str(spec["pos"]),
            )
            for name, spec in data.items()
        )
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise InputError(f"{path}: bad term pattern ({error})") from None


def expand_pattern(pattern: TermPattern) -> list[str]:
    """The members of a pattern's series, by number, then by head.

    >>> expand_pattern(TermPattern("p", "第{n}个五年{head}", (9, 11), ("计划", "规划"), "nz"))
    ['第九个五年计划', '第九个五年规划', '第十个五年计划', '第十个五年规划', '第十一个五年计划', '第十一个五年规划']
    """
    from govreport.numerals import to_chinese

    first, last = pattern.numbers
    heads = pattern.heads or ("",)
    return [
        pattern.template.format(n=to_chinese(n), head=head)
        for n in range(first, last + 1)
        for head in heads
    ]


def pattern_terms(path: Path | None = None) -> tuple[UserTerm, ...]:
    """Every member of every term pattern as a dictionary entry of source ``pattern``."""
    return tuple(
        UserTerm(term, pattern.pos, "pattern")
        for pattern in read_term_patterns(path)
        for term in expand_pattern(pattern)
    )


def curated_terms() -> tuple[UserTerm, ...]:
    """The hand-made decisions: the user dictionary, then the genre vocabulary's terms it does
    not have (one place per decision, no copies between the two files), then the members of the
    term patterns (:func:`pattern_terms`) neither has."""
    return _merged(read_user_terms(), read_genre_user_terms(), pattern_terms())


def read_convention_words(path: Path | None = None) -> tuple[UserTerm, ...]:
    """Ordinary words the segmentation convention names as one word and jieba cuts apart
    (``lexicon/convention_words.tsv``, source ``convention``: 用好, 打好)."""
    path = path or lexicon_file("convention_words.tsv")
    return tuple(parse_user_terms(data_lines(path), name=str(path)))


def dictionary_terms() -> tuple[UserTerm, ...]:
    """The curated terms (:func:`curated_terms`), then the generated lexicon's terms they do not
    have, then the convention's ordinary words (:func:`read_convention_words`) none has."""
    return _merged(curated_terms(), read_corpus_terms(), read_convention_words())


#: Length limits of a report's own quoted names added at analysis time (:func:`report_terms`):
#: one- and two-character quotes are emphasis (“稳”, “新”) or ordinary words; longer than
#: LONG_NAME_CHARS is a long name, which the parts view cuts anyway. Chosen on the development
#: half of the segmentation set (see lexicon/corpus_rules.yml).
QUOTED_MIN_CHARS = 3

#: The operators of a formula (lexicon round 31, issue 12): the plus sign and the multiplication
#: sign. The sets write a quoted "+" model whole with its operator (人工智能+ in 8 sets, 1+N, 保险+期货)
#: and the quoted “数据要素×” (the national data-factor action) whole in all three sets that have it
#: (heldout9, heldout19, heldout28), never cut; over the corpora (data/raw) "×" joins a quoted
#: formula 7 times (数据要素× 5 in 4 reports of 2026, “4×4” 现代化产业体系 2) and nothing else. The
#: full-width plus "＋" (5 quotations: 互联网＋ and two 互联网＋ models in the 2021 national report,
#: 调解＋仲裁＋诉讼, 管委会＋公司) is not one of them: the one set that has it writes 管委会 ＋ 公司.
FORMULA_OPERATORS = "+×"
#: The operators jieba's cut never keeps inside a word (its dictionary is matched over letters,
#: digits, Han and + # & . _ % - only): a formula with one is joined after the cut
#: (:func:`join_formulas`).
JOINED_OPERATORS = "×"
_OPERAND = "[0-9A-Za-z一-鿕]+"
#: A formula: letters, digits or Han runs joined by operators (1+N, 1+M+N, 5+3, 保险+期货, 4×4). The
#: gold convention keeps a quoted "+" model whole with its plus sign; unlike other quotations with
#: digits (“双30条”, a count), a formula's digits are part of its name.
PLUS_FORMULA = re.compile(f"{_OPERAND}(?:[{FORMULA_OPERATORS}]{_OPERAND})+")
#: An open formula: an operand, or a formula, with a trailing operator (人工智能+, 数据要素×): "X
#: applied to everything".
OPEN_FORMULA = re.compile(f"{_OPERAND}(?:[{FORMULA_OPERATORS}]{_OPERAND})*[{FORMULA_OPERATORS}]")

#: A dated programme name: a Han name with the target year at one end (中国制造2025, 2030启航计划).
#: The year belongs to the name (the programme is called so), unlike the count of “双30条” or the
#: serial of “渤海2号”: only a four-digit year 19xx / 20xx qualifies, written in halfwidth digits.
#: Over the corpora the quotations of this shape are 中国制造2025 (4 reports, 2015-2018),
#: 2030启航计划 and 2030先锋工程 (jiangxi 2026); the gold convention keeps a quoted programme of at
#: most 8 characters as one token.
DATED_NAME = re.compile(r"[一-鿕]{2,}(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}[一-鿕]{2,}")

#: A numbered abbreviation: a quoted numeral + one Han character (“三医”, “两新”, “两重”, “四风”,
#: “三资”), the genre's short name for a set of N things (医疗、医保、医药). Lexicon round 15 (issue
#: 12): over the corpora (data/raw) 98 distinct quoted two-character strings start with a numeral
#: (三农 in 21 reports, 四风 14, 三通 14, 两重 13, 两新 13, 三保 12 ...), all such abbreviations
#: but a count (“十条”, “三类”: a measure word second, excluded) and old plan names (“七五”, which
#: jieba keeps whole anyway); the segmentation sets keep every quoted one whole (21 distinct in
#: the sets, 三医 两新 两重 三资 三变 三化 双百 ...), term or not (the gold header's “三变”, “三资”
#: are ordinary single tokens), while jieba cuts the rarer ones (三 医). The other quoted
#: two-character strings are left to jieba: emphasis or ordinary words (“台独”, “不 稳”).
NUMBERED_ABBREVIATION = re.compile(r"[一二三四五六七八九十两双百千万][一-鿕]")
#: Measure words that make a quoted numeral + character a count, not an abbreviation (“十条”).
MEASURE_CHARS = "个届次条件篇项批种类位座家所名"


#: jieba tags of the particles 的 (uj) and 了 (ul): a quotation with one is a phrase or a quoted
#: clause (“走进了死胡同”, “看不见的手”, “舌尖上的安全”, “稳稳的幸福”), not a name. Lexicon round
#: 15: over the corpora (data/raw) the quotations of 3-8 characters the dictionary lacks with 的
#: or 了 are 16 distinct strings, every one such a phrase; the segmentation sets split the one
#: they have (“ 走进 了 死胡同 ”). Other particles are left: 之 and 地 stand in names (“国之大者”,
#: “天空地”一体).
PHRASE_PARTICLES = ("uj", "ul")
#: Colour characters, which jieba tags as adjectives but which start names (“黄小西”, “绿满陇原”).
NAME_COLOURS = "红黄蓝绿白黑金紫青赤橙"


def quoted_phrase(quote: str, tokenizer: jieba.posseg.POSTokenizer) -> bool:
    """True for a quotation that is a phrase, not a name: one with a particle
    (:data:`PHRASE_PARTICLES`), or three characters cut as a one-character adjective + a word
    (“小切口”, “大课堂”, “硬联通”: the gold convention segments “ 小 切口 ” as quoted text). Round
    15: over the corpora 34 distinct quotations of the second shape that the dictionary lacks,
    nearly all descriptions (小事情 大老虎 好生活 紧平衡 大开放); the sets split 8 occurrences of 6
    of them; the one of them the sets keep whole is a brand with a colour (黄小西, heldout5.tsv:
    黄果树、小七孔、西江), and colours (:data:`NAME_COLOURS`) start names (“绿满陇原”), so a colour
    is not taken for a modifier. Nor is an adjective before a numbered abbreviation
    (:data:`NUMBERED_ABBREVIATION`, not a count): “新两翼” (tianjin 2026, the designation of the
    capital's two new wings), “新八股” (1950s). Lexicon round 20: of the 37 distinct three-character
    quotations over the corpora (data/raw) that the dictionary lacks and this test calls phrases,
    these two are the only ones whose word is a numbered abbreviation, and both are designations
    (jieba has their sibling 新三样 whole); heldout17.tsv keeps “ 新两翼 ” whole as a term.

    >>> [quoted_phrase(q, default_tokenizer()) for q in ("小切口", "走进了死胡同", "智赋万企")]
    [True, True, False]
    >>> quoted_phrase("新两翼", default_tokenizer())
    False
    """
    words = [(p.word, p.flag) for p in tokenizer.cut(quote, HMM=True)]
    if any(flag in PHRASE_PARTICLES for _, flag in words):
        return True
    return (
        len(quote) == 3
        and len(words) == 2
        and len(words[0][0]) == 1
        and words[0][1].startswith("a")
        and words[0][0] not in NAME_COLOURS
        and not numbered_abbreviation(words[1][0])
    )


def numbered_abbreviation(word: str) -> bool:
    """A numeral + one Han character that is not a measure word (:data:`NUMBERED_ABBREVIATION`):
    the genre's short name for a set of N things (三医, 两翼), not a count (十条).

    >>> [numbered_abbreviation(w) for w in ("三医", "两翼", "十条", "切口")]
    [True, True, False, False]
    """
    return bool(NUMBERED_ABBREVIATION.fullmatch(word)) and word[1] not in MEASURE_CHARS


#: The numerals that open the items of a numbered designation list (:func:`quoted_list_items`).
LIST_NUMERALS = "一二两三四五六七八九十双百千万"
#: Characters after the numeral that make an item a count ("三项政策", "一个中心", "三大支撑": the
#: gold convention splits 五 大 体系), not a designation.
COUNT_CHARS = MEASURE_CHARS + "大"


def quoted_list_items(quote: str, tokenizer: jieba.posseg.POSTokenizer | None = None) -> list[str]:
    """The items of a quoted list of numbered designations (“三纵九横、八河连通”: two layout
    designations in one pair of quotes), each a name of its own; [] for any other quotation.

    Lexicon round 16 (issue 12): a quotation with 、 inside is no name as a whole (TERM_CHARS
    rejects it), so such designations were cut by jieba (三|纵九横). Over the corpora (data/raw)
    the quotations with 、 are mostly slogans whose items the segmentation sets split (“ 平等互利
    、 讲求 实效 ... ”, “ 政治 合格 、 军事 过硬 ... ”, “ 省 市 共建 、 一室一策 ”); the sets keep
    whole the items of the lists where every item starts with a numeral (“ 三纵九横 、 八河连通 ”,
    “ 双随机 、 一公开 ”). An item list is taken when every item has QUOTED_MIN_CHARS..
    LONG_NAME_CHARS Han characters and starts with a numeral (:data:`LIST_NUMERALS`) not followed
    by a measure word or 大 (“三项政策、一项改革”, “一个中心、两个基本点”, “三大支撑、八项重点” are
    counts), the numerals do not count 一, 二, 三 ... (“一要吃饭、二要建设”, “一不怕苦、二不怕死”:
    an enumeration of clauses) and, with ``tokenizer``, no item has an adverb or a particle
    (“两手抓、两手都要硬”). Over the corpora this takes 7 lists: 三纵九横/八河连通, 四纵三横/一圈两带,
    一核三区/两轴一带, 千村示范/万村整治, 千村引领/万村升级, 一枢纽/四中心 and 双随机/一公开 (known).

    >>> quoted_list_items("三纵九横、八河连通"), quoted_list_items("一要吃饭、二要建设")
    (['三纵九横', '八河连通'], [])
    >>> quoted_list_items("三项政策、一项改革"), quoted_list_items("平等互利、讲求实效")
    ([], [])
    """
    items = quote.split(LIST_MARK)
    if len(items) < 2 or not all(
        QUOTED_MIN_CHARS <= len(item) <= LONG_NAME_CHARS
        and HAN_RUN.fullmatch(item)
        and item[0] in LIST_NUMERALS
        and item[1] not in COUNT_CHARS
        for item in items
    ):
        return []
    if "".join(item[0] for item in items) == "一二三四五六七八九十"[: len(items)]:
        return []
    if tokenizer is not None:
        for item in items:
            flags = [p.flag for p in tokenizer.cut(item, HMM=True)]
            if any(f.startswith("d") or f in PHRASE_PARTICLES for f in flags):
                return []
    return items


#: A run of Han characters (the items of a quoted designation list).
HAN_RUN = re.compile(r"[\u4e00-\u9fd5]+")


def report_terms(
    text: str,
    known: Collection[str] = (),
    tokenizer: jieba.posseg.POSTokenizer | None = None,
) -> tuple[UserTerm, ...]:
    """Names the report itself puts in quotation marks (“智赋万企”), of
    :data:`QUOTED_MIN_CHARS`..:data:`LONG_NAME_CHARS` characters or a numbered abbreviation
    (:data:`NUMBERED_ABBREVIATION`: “三医”), that ``known`` lacks; source
    ``quoted-in-report``. They come from the text being analysed, so any report gets its own.
    A quotation with a digit is a count or a code, not a name, unless it is a "+" formula
    (:data:`PLUS_FORMULA`) or a dated name (:data:`DATED_NAME`). With ``tokenizer``, a
    quotation that is a phrase (:func:`quoted_phrase`) is not a name either. The items of a
    quoted list of numbered designations (:func:`quoted_list_items`: “三纵九横、八河连通”) come first.

    >>> [t.term for t in report_terms("实施“智赋万企”“双30条”“民事、民意”，“稳”字当头，“1+N”")]
    ['智赋万企', '1+N']
    >>> [t.term for t in report_terms("推进“数据要素×”行动，壮大“4×4”产业体系，“5G+”“管委会＋公司”")]
    ['数据要素×', '4×4']
    >>> [t.term for t in report_terms("“中国制造2025”“渤海2号”“科创100”“2030启航计划”")]
    ['中国制造2025', '2030启航计划']
    >>> [t.term for t in report_terms("加快“三医”协同，“十条”措施，“台独”")]
    ['三医']
    >>> [t.term for t in report_terms("“三纵九横、八河连通”的水网，“平等互利、讲求实效”")]
    ['三纵九横', '八河连通']
    """
    from govreport.dictionary import QUOTED, TERM_CHARS

    quotes = [m.group(1) for m in QUOTED.finditer(text)]
    listed = dict.fromkeys(
        item for q in quotes for item in quoted_list_items(q, tokenizer) if item not in known
    )
    found = dict.fromkeys(q for q in quotes if q not in listed)  # first-seen order
    return tuple(UserTerm(item, "nz", "quoted-in-report") for item in listed) + tuple(
        UserTerm(q, "nz", "quoted-in-report")
        for q in found
        if (QUOTED_MIN_CHARS <= len(q) <= LONG_NAME_CHARS or numbered_abbreviation(q))
        # the whole quotation, no inner punctuation; a formula's operators are no punctuation
        and (TERM_CHARS.fullmatch(q) or PLUS_FORMULA.fullmatch(q) or OPEN_FORMULA.fullmatch(q))
        # numbers and codes (“双30条”) are not names; "+" formulas (“1+N”) and dated names are
        and (
            not any(ch.isdigit() for ch in q)
            or PLUS_FORMULA.fullmatch(q)
            or DATED_NAME.fullmatch(q)
        )
        and q not in known
        and (tokenizer is None or not quoted_phrase(q, tokenizer))
    )


#: A time-distance circle (lexicon round 19, issue 12): a travel time + a service or sector + 圈,
#: the genre's name for a planned catchment (一刻钟便民生活圈, 15分钟生活圈, 1小时经济圈). Round 18
#: listed 一刻钟便民生活圈 in lexicon/genre_terms.tsv and heldout16.tsv missed its sibling
#: “15分钟生活圈” (a quotation with digits, which :func:`report_terms` leaves out as a count):
#: the class is the form, whatever the number and the service. Over the corpora (data/raw) the
#: form occurs 12 times in 6 distinct strings (一刻钟便民生活圈 6, 15分钟生活圈, 15分钟健身圈,
#: 1小时经济圈, 1小时通勤圈, 四小时航空经济圈; counted with grep -oP), every one such a
#: designation; the segmentation sets list the two they have as terms.
TIME_CIRCLE = re.compile(
    r"(?:(?<![0-9０-９])[0-9０-９]{1,3}|(?<![一二三四五六七八九十两半])[一二三四五六七八九十两半]{1,3})"
    r"(?:分钟|小时)[\u4e00-\u9fd5]{1,4}圈"
    r"|一刻钟[\u4e00-\u9fd5]{1,4}圈"
)  # numerals of at most 3 characters, matched from their first: a long digit run stays linear


#: A coverage goal (lexicon round 23, issue 12): a reduplicated level of settlement or
#: administration + 通, "every X reached", with the mode of transport the goal names
#: (县县通高速, 市市通高铁, 村村通, 户户通). Over the corpora (data/raw) the form occurs 18 times in 7
#: distinct strings (村村通 8 of them 3 in 村村通工程, 县县通高速 3 in liaoning, shanxi and chongqing
#: 2026, 县县通 2, 户户通 2, 市市通高铁, 市市通动车, 组组通; grep -oP '(.)\1通'), every one such a
#: goal; the segmentation sets list the four they have as terms (村村通 heldout11, 县县通 heldout18,
#: 县县通高速 and 市市通高铁 heldout19), and jieba has only 村村通. A mode is part of the goal only
#: when written straight after 通 (村村通工程 stays 村村通 | 工程).
COVERAGE_GOAL = re.compile(r"(村村|户户|组组|乡乡|镇镇|县县|市市|省省)通(?:高速|高铁|动车)?")


def shaped_terms(text: str, known: Collection[str] = ()) -> tuple[UserTerm, ...]:
    """Time-distance circles (:data:`TIME_CIRCLE`) and coverage goals (:data:`COVERAGE_GOAL`)
    of ``text`` of at most :data:`LONG_NAME_CHARS` characters that ``known`` lacks, source
    ``shape-in-report``, in order of first occurrence.

    >>> [t.term for t in shaped_terms("打造园区“15分钟生活圈”，建设一刻钟便民生活圈和1小时经济圈")]
    ['15分钟生活圈', '一刻钟便民生活圈', '1小时经济圈']
    >>> [t.term for t in shaped_terms("用时15分钟圈定范围", known=())]
    []
    >>> [t.term for t in shaped_terms("实现“市市通高铁、县县通高速”，户户通升级，村村通工程")]
    ['市市通高铁', '县县通高速', '户户通', '村村通']
    """
    matches = sorted(
        (m.start(), m.group())
        for shape in (TIME_CIRCLE, COVERAGE_GOAL)
        for m in shape.finditer(text)
    )
    found = dict.fromkeys(term for _, term in matches)
    return tuple(
        UserTerm(term, "nz", "shape-in-report")
        for term in found
        if len(term) <= LONG_NAME_CHARS and term not in known
    )


#: A province's slogan (lexicon round 28, issue 12): four characters that move something into or
#: out of a province named by its one-character abbreviation (冀货出海, 富民兴陇, 陇电入浙, 赣出精品):
#: abbreviation + one character + 入 / 出 + one character, two characters + 入 / 济 / 兴 +
#: abbreviation, or abbreviation + 出 + two characters. Among the new terms of the segmentation
#: sets the province slogans recur in 9 of 25 held-out sets; quoted ones are names already
#: (“吉电入京”, “险资入赣”: :func:`report_terms`), and the unquoted ones were missed blind
#: (富民兴陇 heldout17, 冀货出海 heldout24). Over the corpora (data/raw) the shape, after the
#: conditions of :func:`province_slogans`, adds 16 strings in 21 occurrences to 9 provincial
#: reports, all slogans of the shape (陇电入川, 疆电入渝, 宁电入湘, 万企兴渝, 富民兴陇 ...) but
#: 皖企出海 in 做优皖企出海综合服务平台, which heldout18.tsv writes as words (皖企 出海) while
#: heldout24.tsv lists 冀货出海; 12 of the occurrences change the cut (32 tokens: every report
#: cut with and without the rule), the others stand inside launched programme names already
#: (人才兴皖工程, 陇电入浙工程: :func:`programme_terms`).
#: Left out, as the sets write them: 援 (对口 援青, 7 occurrences in qinghai 2026, against the
#: listed 数据援青, which is quoted), a first word that is a verb or a place (进京 入 津, 陇南 入选,
#: 加强 援藏).
PROVINCE_ABBREVIATIONS = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕秦甘陇青宁"
PROVINCE_SLOGAN = re.compile(
    rf"(?=([{PROVINCE_ABBREVIATIONS}][\u4e00-\u9fd5][入出][\u4e00-\u9fd5]"
    rf"|[\u4e00-\u9fd5]{{2}}[入济兴][{PROVINCE_ABBREVIATIONS}]"
    rf"|[{PROVINCE_ABBREVIATIONS}]出[\u4e00-\u9fd5]{{2}}))"
)
#: jieba tags of a first word that makes the four characters a phrase, not a slogan (进京 v,
#: 陇南 ns, 对口 vn).
SLOGAN_PHRASE_TAGS = ("v", "vn", "ns")


def province_slogans(
    text: str, tokenizer: jieba.posseg.POSTokenizer, known: Collection[str] = ()
) -> tuple[UserTerm, ...]:
    """Province slogans (:data:`PROVINCE_SLOGAN`) of ``text`` that ``known`` lacks, source
    ``shape-in-report``: the four characters start and end where ``tokenizer``'s cut of the
    line has a boundary (no word crosses them: 以推进京津冀 has none), and their first two
    characters are not a word tagged :data:`SLOGAN_PHRASE_TAGS`.

    >>> cut = default_tokenizer()
    >>> [t.term for t in province_slogans("推动冀货出海，在富民兴陇中开创未来", cut)]
    ['冀货出海', '富民兴陇']
    >>> [t.term for t in province_slogans("积极推进京津冀协同发展，陇南入选，进京入津", cut)]
    []
    """
    found: dict[str, UserTerm] = {}
    for line in text.split("\n"):
        bounds: set[int] | None = None  # the line's cut, made once and only if a shape matches
        for match in PROVINCE_SLOGAN.finditer(line):
            term, start = match.group(1), match.start(1)
            if term in known or term in found:
                continue
            first = term[:2]
            if tokenizer.tokenizer.FREQ.get(first, 0) > 0 and (
                tokenizer.word_tag_tab.get(first) in SLOGAN_PHRASE_TAGS
            ):
                continue
            if bounds is None:
                bounds = set(accumulate(len(p.word) for p in tokenizer.cut(line, HMM=True)))
                bounds.add(0)
            if start in bounds and start + len(term) in bounds:
                found[term] = UserTerm(term, "nz", "shape-in-report")
    return tuple(found.values())


#: A list of new business forms (lexicon round 24, issue 12): items joined by 、 and closed by
#: 等 + 新业态 / 业态 / 新兴业态 / 消费新业态 or 等新模式 (打造国潮经济、情绪经济等新业态新模式). An
#: item "X经济" there is a new economy label, a term: heldout2.tsv (jiangxi 2026: 国潮经济) and
#: heldout13.tsv (shanxi 2026: 民宿经济, 宠物经济) missed such labels, cut X | 经济, and every set
#: keeps each X经济 of such a list whole. Over the corpora (data/raw) the closer ends 26 lists in
#: 13 reports, 3 of them with 经济 items (jiangxi: 国潮经济 情绪经济; shanxi twice: 民宿经济
#: 演唱会经济 宠物经济, and 林下经济 before 等业态); 情绪经济 and 林下经济 are in the lexicon, so
#: the rule adds 4 labels to 2 reports and changes 5 tokens of the corpora, nothing else (every
#: report cut with and without it). Round 16 left out a sibling rule for every
#: 、-list sharing 经济, which also holds descriptions the sets cut (县域 经济, 集体 经济); the
#: closer is what marks a list of new business forms. The span before 等 is bounded (a list of
#: at most :data:`SECTOR_LIST_CHARS` characters), so the search stays linear.
SECTOR_LIST_CHARS = 80
SECTOR_LIST = re.compile(
    rf"([\u4e00-\u9fd5、“”]{{2,{SECTOR_LIST_CHARS}}}?)等(?:(?:消费)?(?:新兴|新)?业态|新模式)"
)
SECTOR_HEAD = "经济"
#: A list of economy labels (lexicon round 25, issue 12): two or more items joined by 、, every
#: one ending in 经济, closed by 等 whatever follows (强化夜经济、地摊经济等低成本创业项目). The
#: closer 等新业态 of :data:`SECTOR_LIST` is one case of it; heldout22.tsv (jiangxi 2026) missed
#: the labels of a list closed by 等低成本创业项目 (夜经济, 地摊经济, cut X | 经济), and the sets
#: keep whole every X经济 item of such a list (heldout2: 国潮经济 情绪经济; heldout13: 民宿经济
#: 宠物经济; heldout22: 夜经济 地摊经济). A list that is all labels and is closed by 等 names
#: kinds of economy; the lists round 16 left out (县域经济、民营经济、海洋经济, written 县域 经济
#: in the sets) have no 等. Over the corpora (data/raw) the form occurs 7 times in 7 reports:
#: the 3 above, 首发/银发/演艺/票根/谷子/悦己经济 (guizhou 2026), 商圈/首发/流量经济
#: (jinan-shizhong-2025, the book's report), 个体经济、私营经济等非公有制经济 (1999) and 个体经济、私营经济、
#: 外资经济等多种经济成分 (1993); of their labels the rule adds the 6 the dictionary lacks,
#: 夜经济 地摊经济 悦己经济 商圈经济 流量经济 外资经济 (every report cut with and without it), and
#: their siblings the dictionary has (个体经济, 私营经济, 银发经济) are what the new ones name
#: (the sets list 国有经济, 公有制经济, 首发经济). Here a label's X may have 1 to 3 characters
#: (夜经济). Items are bounded (at most :data:`ECONOMY_ITEM_CHARS` characters before 经济) and so
#: is their number (:data:`ECONOMY_LIST_ITEMS`; the longest such list of the corpora has 6), so
#: the search stays linear: with an unbounded number of items a long run of labels without 等
#: was searched again from every start, in time quadratic in the run.
ECONOMY_ITEM_CHARS = 8
ECONOMY_LIST_ITEMS = 12
ECONOMY_LIST = re.compile(
    rf"((?:[\u4e00-\u9fd5“”]{{1,{ECONOMY_ITEM_CHARS}}}?经济”?、){{1,{ECONOMY_LIST_ITEMS - 1}}}"
    rf"[\u4e00-\u9fd5“”]{{1,{ECONOMY_ITEM_CHARS}}}?经济”?)等"
)


def _list_labels(
    items: list[str], tokenizer: jieba.posseg.POSTokenizer, min_stem: int
) -> Iterator[str]:
    for index, item in enumerate(items):
        item = item.strip("“”")
        if not item.endswith(SECTOR_HEAD) or len(item) <= len(SECTOR_HEAD):
            continue
        stem = item[: -len(SECTOR_HEAD)]
        if index == 0:
            stem = [p.word for p in tokenizer.cut(stem, HMM=True)][-1]
        if min_stem <= len(stem) <= 3:
            yield stem + SECTOR_HEAD


def listed_sectors(
    text: str, tokenizer: jieba.posseg.POSTokenizer, known: Collection[str] = ()
) -> tuple[UserTerm, ...]:
    """New economy labels "X经济" that are items of a list of new business forms
    (:data:`SECTOR_LIST`, X of 2 or 3 characters) or of a list of economy labels
    (:data:`ECONOMY_LIST`, X of 1 to 3 characters) and that ``known`` lacks, source
    ``list-in-report``. An item after 、 is the label; the first item starts with the list's
    verb, and its label is the last word before 经济 as ``tokenizer`` cuts it.

    >>> text = "加快发展民宿经济、宠物经济等新业态新模式，推动县域经济发展。"
    >>> [t.term for t in listed_sectors(text, default_tokenizer())]
    ['民宿经济', '宠物经济']
    >>> [t.term for t in listed_sectors("强化夜经济、地摊经济等创业项目", default_tokenizer())]
    ['夜经济', '地摊经济']
    >>> [t.term for t in listed_sectors("发展县域经济、民营经济，", default_tokenizer())]
    []
    """
    found: dict[str, UserTerm] = {}
    lists = [(m.start(), m.group(1), 2) for m in SECTOR_LIST.finditer(text)]
    lists += [(m.start(), m.group(1), 1) for m in ECONOMY_LIST.finditer(text)]
    for _, span, min_stem in sorted(lists):
        for term in _list_labels(span.split(LIST_MARK), tokenizer, min_stem):
            if term not in known and term not in found:
                found[term] = UserTerm(term, "n", "list-in-report")
    return tuple(found.values())


#: The mark between the items of a launched list (实施A行动、B计划，), the launcher of its items.
LIST_MARK = "、"
#: The conjunction between the two names of a launched pair (实施A工程和B工程，), the launcher
#: of the second (lexicon round 16, lexicon/programme_rule.yml).
PAIR_MARK = "和"
#: The closing quotation mark a list's previous item may end in (“玉如意计划”和贷款畅通工程, lexicon
#: round 29, lexicon/programme_rule.yml).
ITEM_QUOTE = "”"


@dataclass(frozen=True)
class ProgrammeRule:
    """How a report's own launched programmes are recognised (``lexicon/programme_rule.yml``)."""

    openers: tuple[str, ...]
    heads: tuple[str, ...]
    closers: str
    min_chars: int
    max_chars: int
    function_pos: tuple[str, ...]
    #: last words of the name (without its head) that make a category, not a name (区域重大战略)
    category_words: tuple[str, ...] = ()
    #: strings of the frame the segmentation sets write as words
    not_names: tuple[str, ...] = ()
    #: heads that only some openers launch (战略: 实施 / 坚持 / 落实 ..., not 制定), head -> openers
    head_openers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def read_programme_rule(path: Path | None = None) -> ProgrammeRule:
    """The programme rule (the package's ``lexicon/programme_rule.yml`` by default)."""
    path = path or lexicon_file("programme_rule.yml")
    data = read_yaml(path)
    try:
        return ProgrammeRule(
            openers=tuple(str(v) for v in data["openers"]),
            heads=tuple(str(v) for v in data["heads"]),
            closers=str(data["closers"]),
            min_chars=int(data["min_chars"]),
            max_chars=int(data["max_chars"]),
            function_pos=tuple(str(v) for v in data["function_pos"]),
            category_words=tuple(str(v) for v in data.get("category_words", ())),
            not_names=tuple(str(v) for v in data.get("not_names") or ()),
            head_openers={
                str(h): tuple(str(o) for o in openers)
                for h, openers in (data.get("head_openers") or {}).items()
            },
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"{path}: bad programme rule ({error})") from None


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def programme_candidates(text: str, rule: ProgrammeRule) -> list[str]:
    """Strings of ``text`` in the frame "opener + name ending in a head + closer", or items of a
    launched list ("head + 、 + name ending in a head", then a closer or no other head within
    ``max_chars`` characters), of ``min_chars..max_chars``
    characters, in order of occurrence (before the POS filter of :func:`programme_terms`).

    >>> rule = ProgrammeRule(("实施",), ("行动",), "，。", 6, 8, ())
    >>> programme_candidates("实施县域商业建设行动，实施城市行动。实施一二三四五六七行动。", rule)
    ['县域商业建设行动']
    >>> programme_candidates("实施实施县域商业建设行动，", rule)
    ['县域商业建设行动']
    >>> programme_candidates("实施一二行动、消费环境优化行动，", rule)
    ['消费环境优化行动']
    >>> programme_candidates("实施县域高中振兴行动和薄弱学校提升行动，", rule)
    ['县域高中振兴行动', '薄弱学校提升行动']
    >>> rule = ProgrammeRule(("实施",), ("行动", "计划", "工程", "战略"), "，。、", 6, 8, ())
    >>> programme_candidates("实施“如意计划”和贷款畅通工程，文化惠民工程、全民健身工程分别惠及", rule)
    ['贷款畅通工程', '全民健身工程']
    >>> programme_candidates("实施教育评价行动、国际教育战略枢纽建设行动，", rule)
    ['教育评价行动']
    >>> rule = ProgrammeRule(("实施", "制定"), ("战略",), "，", 6, 8, (), head_openers={"战略": ("实施",)})
    >>> programme_candidates("制定企业发展战略，实施市场多元化战略，", rule)
    ['市场多元化战略']
    """
    return [name for _, name, _ in programme_matches(text, rule)]


def programme_matches(text: str, rule: ProgrammeRule) -> list[tuple[str, str, str]]:
    """``(launcher, name, head)`` of :func:`programme_candidates`: the launcher is the opener
    that starts the name, or 、 for an item of a list; the head is the one the name ends in."""
    # A run longer than max_chars plus two openers (推进实施) cannot leave a name of max_chars
    # after its leading openers are stripped; the bound keeps the search linear in the text.
    longest = rule.max_chars + 2 * max(len(o) for o in rule.openers)
    name = f"[\u4e00-\u9fd5]{{1,{longest}}}?(?:{_alternation(rule.heads)})"
    closer = f"[{re.escape(rule.closers)}]"
    # a name closes at a closer, or at 和 before a second name that closes (实施A工程和B工程，)
    pattern = re.compile(
        f"({_alternation(rule.openers)})({name})(?={closer}|{PAIR_MARK}{name}{closer})"
    )
    # an item of a launched list (实施A行动、B计划，) or pair (实施A工程和B工程，): a name after a
    # head (a quoted one too: “A计划”和B工程) and 、 or 和, zero-width so that each item is the
    # next one's left edge (A行动、B行动); it ends at a closer, or where no head follows within
    # max_chars Han characters (A工程、B工程分别惠及), so that it is not the start of a longer name
    # (A行动、B战略枢纽建设行动) nor of the next item (B工程和C工程)
    heads = _alternation(rule.heads)
    item_end = f"(?={closer}|(?![\u4e00-\u9fd5]{{0,{rule.max_chars}}}(?:{heads})))"
    listed = re.compile(f"(?=(?:{heads}){ITEM_QUOTE}?([{LIST_MARK}{PAIR_MARK}])({name}){item_end})")
    openers = sorted(rule.openers, key=len, reverse=True)
    matches = sorted(
        [(m.start(2), m.group(1), m.group(2)) for m in pattern.finditer(text)]
        + [(m.start(2), m.group(1), m.group(2)) for m in listed.finditer(text)]
    )
    longest_first = sorted(rule.heads, key=len, reverse=True)
    names = []
    for _, launcher, name in dict.fromkeys(matches):
        while opener := next((o for o in openers if name.startswith(o)), None):
            name = name[len(opener) :]  # 推进实施X行动: the last opener starts the name
            launcher = opener
        if not rule.min_chars <= len(name) <= rule.max_chars:
            continue
        head = next((h for h in longest_first if name.endswith(h)), "")
        if launcher in rule.head_openers.get(head, (launcher,)):  # not 制定企业发展战略
            names.append((launcher, name, head))
    return names


def programme_terms(
    text: str,
    tokenizer: jieba.posseg.POSTokenizer,
    known: Collection[str] = (),
    rule: ProgrammeRule | None = None,
) -> tuple[UserTerm, ...]:
    """Named programmes the report launches (:func:`programme_candidates`) that ``known`` lacks,
    source ``programme-in-report``: kept when the name without its head, cut by ``tokenizer``,
    has no function word (``rule.function_pos``), does not start with a one-character word and
    does not end in a category word (``rule.category_words``), and is not one of
    ``rule.not_names``. Rule and reasons: ``lexicon/programme_rule.yml``.

    >>> [t.term for t in programme_terms("开展消费环境优化行动，实施两年攻坚行动。", default_tokenizer())]
    ['消费环境优化行动']
    >>> [t.term for t in programme_terms("实施一二行动、青企网销培优计划，", default_tokenizer())]
    ['青企网销培优计划']
    >>> text = "实施军民融合发展战略，实施区域重大战略。"
    >>> [t.term for t in programme_terms(text, default_tokenizer())]
    ['军民融合发展战略']
    """
    rule = rule or read_programme_rule()
    found: dict[str, UserTerm] = {}
    for launcher, name, head in programme_matches(text, rule):
        if name in known or name in found or name in rule.not_names:
            continue
        words = [(p.word, p.flag) for p in tokenizer.cut(name[: -len(head)], HMM=True)]
        if len(words[0][0]) < 2 and launcher not in (LIST_MARK, PAIR_MARK):
            continue  # 建设好标志性工程; after 、 a province's one-character name (青企网销培优计划)
        if any(flag.startswith(rule.function_pos) for _, flag in words):
            continue
        if words[-1][0] in rule.category_words:
            continue
        found[name] = UserTerm(name, "nz", "programme-in-report")
    return tuple(found.values())


def with_terms(
    base: jieba.posseg.POSTokenizer, extra: Iterable[UserTerm]
) -> jieba.posseg.POSTokenizer:
    """A copy of ``base`` with ``extra`` terms added (``base`` is left as it is). Copies the
    loaded tables instead of reading jieba's dictionary again, so a per-report tokenizer is cheap.
    """
    import jieba
    import jieba.posseg

    extra = tuple(extra)
    if not extra:
        return base
    base.makesure_userdict_loaded()
    inner = jieba.Tokenizer()
    inner.FREQ = dict(base.tokenizer.FREQ)
    inner.total = base.tokenizer.total
    inner.user_word_tag_tab = dict(base.tokenizer.user_word_tag_tab)
    inner.initialized = True
    copy = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    copy.tokenizer = inner
    copy.word_tag_tab = dict(base.word_tag_tab)
    for entry in extra:
        inner.add_word(entry.term, None, entry.pos)
    copy.lexicon_terms = lexicon_terms(base) | {entry.term for entry in extra}
    copy.joined_terms = joined_terms(base) + formulas_to_join(e.term for e in extra)
    copy.organ_splits = getattr(base, "organ_splits", {})
    return copy


def formulas_to_join(terms: Iterable[str]) -> tuple[str, ...]:
    """The terms with an operator jieba's cut never keeps in a word (:data:`JOINED_OPERATORS`),
    longest first.

    >>> formulas_to_join(["人工智能+", "数据要素×", "4×4"])
    ('数据要素×', '4×4')
    """
    found = (t for t in terms if any(op in t for op in JOINED_OPERATORS))
    return tuple(sorted(dict.fromkeys(found), key=lambda t: (-len(t), t)))


def joined_terms(tokenizer: jieba.posseg.POSTokenizer) -> tuple[str, ...]:
    """The terms of ``tokenizer`` that :func:`join_formulas` joins after jieba's cut."""
    return getattr(tokenizer, "joined_terms", ())


def lexicon_terms(tokenizer: jieba.posseg.POSTokenizer) -> frozenset[str]:
    """The terms added to jieba's dictionary in ``tokenizer`` (:func:`make_tokenizer`,
    :func:`with_terms`); none for default jieba."""
    return getattr(tokenizer, "lexicon_terms", frozenset())


def report_added_terms(text: str, base: jieba.posseg.POSTokenizer) -> tuple[UserTerm, ...]:
    """What a report adds to the ``base`` tokenizer: its own quoted names
    (:func:`report_terms`), the programmes it launches (:func:`programme_terms`), its
    time-distance circles and coverage goals (:func:`shaped_terms`), its province slogans
    (:func:`province_slogans`) and the new economy labels of its lists of new business forms
    (:func:`listed_sectors`)."""
    quoted = report_terms(text, base.tokenizer.FREQ, base)
    # the dictionary itself answers "known?": copying its half a million words into a set for
    # each report cost about 0.09 s a report
    known = ChainMap(base.tokenizer.FREQ, dict.fromkeys(t.term for t in quoted))
    programmes = programme_terms(text, base, known)
    known = ChainMap(known, dict.fromkeys(t.term for t in programmes))
    shaped = shaped_terms(text, known)
    known = ChainMap(known, dict.fromkeys(t.term for t in shaped))
    slogans = province_slogans(text, base, known)
    known = ChainMap(known, dict.fromkeys(t.term for t in slogans))
    return quoted + programmes + shaped + slogans + listed_sectors(text, base, known)


def report_tokenizer(text: str) -> jieba.posseg.POSTokenizer:
    """The project's tokenizer plus what the report adds (:func:`report_added_terms`)."""
    base = default_tokenizer()
    return with_terms(base, report_added_terms(text, base))


def dictionary_sources(text: str) -> dict[str, str]:
    """Every term of a report's dictionary (:func:`report_tokenizer`) with where it came from:
    the lexicon's terms (:func:`dictionary_terms`), then the report's own additions."""
    sources = {t.term: t.source for t in dictionary_terms()}
    for term in report_added_terms(text, default_tokenizer()):
        sources.setdefault(term.term, term.source)
    return sources


def read_stopwords(path: Path | None = None) -> frozenset[str]:
    """The stopword list: one word per line, ``#`` comments."""
    path = path or lexicon_file("stopwords.txt")
    return frozenset(line.strip() for _, line in data_lines(path))


def parse_split_words(lines: Iterable[tuple[int, str]], name: str = "split_words") -> list[str]:
    """Parse ``word<TAB>parts`` rows (the first row is the header); the parts, separated by
    spaces, must join to the word.

    >>> parse_split_words([(1, "word\\tparts"), (2, "人大代表\\t人大 代表")])
    ['人大代表']
    """
    words: list[str] = []
    for number, line in lines:
        fields = line.split("\t")
        if fields == ["word", "parts"]:
            continue
        if len(fields) != 2 or "".join(fields[1].split()) != fields[0].strip():
            raise InputError(f"{name}:{number}: expected word<TAB>parts joining to the word")
        words.append(fields[0].strip())
    return words


def read_split_words(path: Path | None = None) -> tuple[str, ...]:
    """Words of jieba's dictionary the project's tokenizer drops (``lexicon/split_words.tsv``:
    a term joined to other words, which the segmentation convention cuts apart)."""
    path = path or lexicon_file("split_words.tsv")
    return tuple(parse_split_words(data_lines(path), name=str(path)))


def read_word_tags(data: bytes, name: str = "dict.txt") -> dict[str, str]:
    """The word -> part-of-speech tag table of a jieba dictionary file's bytes, the same table as
    ``jieba.posseg.POSTokenizer.load_word_tag`` builds (lines of ``word freq tag``; a later line
    of a word wins), from one decode instead of one per line.

    >>> read_word_tags("一 3 m\\n\\n二 2 m \\r\\n一 5 d\\n".encode())
    {'一': 'd', '二': 'm'}
    """
    table: dict[str, str] = {}
    # split at newlines and strip ASCII white space only, as iterating over the binary file and
    # bytes.strip do (str.splitlines and str.strip would also cut at U+2028 or U+3000)
    for number, line in enumerate(data.decode("utf-8").split("\n"), 1):
        line = line.strip(" \t\n\r\x0b\x0c")
        if not line:
            continue
        fields = line.split(" ")
        if len(fields) != 3:
            raise ValueError(f"invalid POS dictionary entry in {name} at Line {number}: {line}")
        table[fields[0]] = fields[2]
    return table


@lru_cache(maxsize=1)
def jieba_word_tags() -> dict[str, str]:
    """jieba's default dictionary's word -> tag table (:func:`read_word_tags`), read once per
    process and shared: jieba's own loader reads ``dict.txt`` line by line (about 0.4 s) for
    every tagger it builds. Callers must not change it; a tagger gets a copy (8 ms)."""
    import jieba

    with jieba.Tokenizer().get_dict_file() as handle:
        return read_word_tags(handle.read(), getattr(handle, "name", "dict.txt"))


@lru_cache(maxsize=1)
def import_posseg() -> ModuleType:
    """``jieba.posseg``, imported so that its module-level tagger (``jieba.posseg.dt``) gets a
    copy of :func:`jieba_word_tags` instead of reading jieba's dictionary once more (jieba
    builds that tagger when the module is imported, about 0.4 s). The same table: jieba's
    global tokenizer reads the default dictionary, as :func:`jieba_word_tags` does; with another
    dictionary set, or the module already imported, jieba's own import is left as it is."""
    import io
    import sys

    import jieba

    if "jieba.posseg" in sys.modules or jieba.dt.dictionary != jieba.DEFAULT_DICT:
        import jieba.posseg

        return jieba.posseg
    table = jieba_word_tags()
    # an instance attribute over the method, for the import only: the tagger reads no lines
    jieba.dt.get_dict_file = lambda: io.BytesIO()
    try:
        import jieba.posseg
    finally:
        del jieba.dt.get_dict_file
    jieba.posseg.dt.word_tag_tab = dict(table)
    return jieba.posseg


@lru_cache(maxsize=8)
def make_tokenizer(
    terms: tuple[UserTerm, ...], split: tuple[str, ...] = (), organs: bool = False
) -> jieba.posseg.POSTokenizer:
    """A POS tokenizer over jieba's default dictionary plus ``terms``, without the words of
    ``split`` (:func:`read_split_words`: frequency 0, so their parts win); with ``organs``, its
    cuts split jieba's words that join a place or a distinguishing word to an organ
    (:func:`organ_compounds`, :func:`split_organs`).

    Frequencies are jieba's (``suggest_freq``), which gives each term just enough weight to be
    cut whole when it stands alone, raised for terms of :data:`FLOOR_MIN_CHARS` or more to
    :func:`frequency_floor`; the terms are added in file order, so the result is deterministic.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    posseg = import_posseg()
    memoize_hmm()
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    floor = frequency_floor(tokenizer.FREQ)
    # what POSTokenizer(tokenizer) does, with the table read once per process
    tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    tagger.tokenizer = tokenizer
    tagger.word_tag_tab = dict(jieba_word_tags())
    listed = {entry.term for entry in terms}
    # the words stay in the dictionary, so jieba still reads the organ's prefix as one with it
    # (高等教育部, not 高等教育 部), and are cut in two after the cut
    tagger.organ_splits = (
        organ_compounds(tokenizer.FREQ, tagger.word_tag_tab, listed) if organs else {}
    )
    for word in split:
        # a word of frequency 0 is a prefix only, never in the cut; not del_word, which also
        # adds the word to jieba's module-wide force-split set (shared by every tokenizer)
        tokenizer.total -= tokenizer.FREQ.get(word, 0)
        tokenizer.FREQ[word] = 0
    for entry in terms:
        tokenizer.add_word(entry.term, None, entry.pos)
        if len(entry.term) >= FLOOR_MIN_CHARS and tokenizer.FREQ[entry.term] < floor:
            tokenizer.add_word(entry.term, floor, entry.pos)
    # jieba moves its record of user words into the tagger's tables at the first cut, so the
    # terms are kept here for :func:`resolve_crossed_terms`
    tagger.lexicon_terms = frozenset(entry.term for entry in terms)
    tagger.joined_terms = formulas_to_join(entry.term for entry in terms)
    return tagger


#: Distinct runs of characters whose HMM tags :func:`memoize_hmm` keeps (a few MiB at most).
HMM_MEMO_SIZE = 1 << 15


def memoize_hmm() -> None:
    """Make jieba's POS tagging of a run of characters the dictionary does not cover
    (``jieba.posseg.viterbi``, pure Python: most of a cut's time) remember its answers.

    The tagging is a pure function of the characters: the HMM's tables are jieba's module
    constants, and the best path is a maximum over tuples, whose ties are broken by the state,
    not by the order of iteration. The corpora repeat the same short runs (年, 这是, 中的) in
    every report, so about two of three calls are repeats; the cuts are the same, only faster.
    Calls with other tables go to jieba's function as they are. Idempotent."""
    import jieba.posseg

    original = jieba.posseg.viterbi
    if getattr(original, "memoized", False):
        return
    tables = (
        jieba.posseg.char_state_tab_P,
        jieba.posseg.start_P,
        jieba.posseg.trans_P,
        jieba.posseg.emit_P,
    )

    @lru_cache(maxsize=HMM_MEMO_SIZE)
    def tagged(obs: str) -> tuple[float, tuple]:
        prob, route = original(obs, *tables)
        return prob, tuple(route)

    def viterbi(obs, states, start_p, trans_p, emit_p):  # jieba's signature
        if all(a is b for a, b in zip((states, start_p, trans_p, emit_p), tables, strict=True)):
            prob, route = tagged(obs)
            return prob, list(route)
        return original(obs, states, start_p, trans_p, emit_p)

    viterbi.memoized = True  # type: ignore[attr-defined]
    jieba.posseg.viterbi = viterbi


#: Curated terms of at least FLOOR_MIN_CHARS characters get at least the frequency of jieba's
#: word at the FLOOR_QUANTILE of its dictionary (:func:`frequency_floor`). ``suggest_freq``
#: alone gives a term just enough weight to win when it stands alone, so a rare dictionary word
#: that overlaps its edge still takes the term apart in context (推进改革 3 + 开放 for 推进
#: 改革开放, 自主 + 创新能力 15 for 自主创新 能力). With the floor (106 for jieba 0.42.1) the
#: term wins against those; over the corpora 294 tokens change, nearly all such terms made
#: whole (改革开放 72, 自主创新 21, 污染防治 19). The scores on the segmentation sets are the
#: same for floors from 20 to 200; from 500 on a term starts to take a common word apart
#: (高新技术产业 化 for 高新技术 产业化). Shorter terms keep jieba's suggestion: a two- or
#: three-character term matches across word boundaries far more often (市中 in 城市中).
FLOOR_MIN_CHARS = 4
FLOOR_QUANTILE = 0.9


def frequency_floor(freq: Mapping[str, int], quantile: float = FLOOR_QUANTILE) -> int:
    """The frequency of the word at ``quantile`` of a jieba dictionary's words (the prefixes
    jieba stores with frequency 0 are not words).

    >>> frequency_floor({"a": 1, "b": 2, "c": 3, "d": 4, "ab": 0}, 0.5)
    3
    """
    values = sorted(f for f in freq.values() if f > 0)
    return values[min(len(values) - 1, int(quantile * len(values)))] if values else 0


def default_tokenizer() -> jieba.posseg.POSTokenizer:
    """The project's tokenizer: the curated user dictionary and the generated corpus lexicon
    (:func:`dictionary_terms`, from ``govreport/lexicon``), without jieba's words that swallow a
    term (:func:`read_split_words`)."""
    return make_tokenizer(dictionary_terms(), read_split_words(), organs=True)


#: Organ compounds (lexicon round 31, issue 12): a jieba word made of a place or a distinguishing
#: word (jieba's tags :data:`ORGAN_PREFIX_TAGS`: 中华人民共和国, 中国, 高等) and an organ, a word of
#: at least three characters ending in one of :data:`ORGAN_CHARS` (国务院, 科学院, 教育部). The sets
#: split a place off an organisation (中共 甘肃 省委, 中国 人民解放军) and write every such jieba
#: word they have in its two words (中华人民共和国 国务院 in gold.tsv, 中国 科学院 and 高等 教育部
#: twice in heldout28.tsv, each listing the organ where it is a term); jieba's words with another
#: prefix are written both ways (国家统计局 whole and listed in heldout22.tsv, 电力 工业部 in
#: heldout9.tsv) and stay.
ORGAN_CHARS = "部委局院厅署办"
ORGAN_PREFIX_TAGS = frozenset({"ns", "b"})


def organ_compounds(
    freq: Mapping[str, int], tags: Mapping[str, str], listed: Collection[str] = ()
) -> dict[str, int]:
    """The words of a jieba dictionary (``freq``, POS ``tags``) that are a place or a
    distinguishing word + an organ (:data:`ORGAN_PREFIX_TAGS`, :data:`ORGAN_CHARS`), each with
    the length of its prefix (the first split point that gives two words); ``listed`` terms are
    not among them.

    >>> freq = {"中国": 9, "科学院": 5, "中国科学院": 3, "国家": 9, "统计局": 4, "国家统计局": 2}
    >>> organ_compounds(freq, {"中国": "ns", "国家": "n"})
    {'中国科学院': 2}
    """
    found = {}
    for word, count in freq.items():
        if count <= 0 or len(word) < 5 or word[-1] not in ORGAN_CHARS or word in listed:
            continue
        for cut in range(2, len(word) - 2):
            head, organ = word[:cut], word[cut:]
            if freq.get(head, 0) > 0 and freq.get(organ, 0) > 0:
                if tags.get(head) in ORGAN_PREFIX_TAGS:
                    found[word] = cut
                break
    return dict(sorted(found.items()))


def split_organs(
    pieces: list[tuple[str, str]], tokenizer: jieba.posseg.POSTokenizer
) -> list[tuple[str, str]]:
    """``pieces`` with each organ compound of ``tokenizer`` (:func:`organ_compounds`) cut into
    its prefix and its organ; default jieba has none.

    >>> [w for w, _ in split_organs([("中国科学院", "nt"), ("院士", "n")], default_tokenizer())]
    ['中国', '科学院', '院士']
    """
    splits = getattr(tokenizer, "organ_splits", {})
    if not splits:
        return pieces
    out: list[tuple[str, str]] = []
    for word, flag in pieces:
        cut = splits.get(word)
        if cut is None:
            out.append((word, flag))
            continue
        for part in (word[:cut], word[cut:]):
            out.append((part, tokenizer.word_tag_tab.get(part, flag)))
    return out


def plain_tokenizer(keep: bool = True) -> jieba.posseg.POSTokenizer:
    """jieba with its default dictionary only (the baseline the user dictionary improves on).

    ``keep=False``: a tokenizer of its own, not kept in :func:`make_tokenizer`'s cache, so its
    dictionary (about 160 MiB) is freed with the caller's last reference to it."""
    return make_tokenizer(()) if keep else make_tokenizer.__wrapped__(())


def is_punct(token: str) -> bool:
    """True for tokens made only of punctuation, symbols or white space.

    >>> is_punct("，"), is_punct("“"), is_punct("5G")
    (True, True, False)
    """
    return all(unicodedata.category(ch)[0] in "PSZC" for ch in token)


_DIGITS = "[0-9\uff10-\uff19]+(?:[.\uff0e][0-9\uff10-\uff19]+)?"
#: The number convention of the segmentation set's header (tests/data/segmentation/gold.tsv,
#: NUMBERS AND DATES): an Arabic number (half- or full-width digits, decimal point) is one token
#: with its magnitude (万 亿 万亿, with 多 before it: 1800多万), its percent sign (5.5%, ６．６％)
#: or a Latin unit symbol (2200P, 4.8万P, 5G); a number + 年 or 月 (and a month range 1-11月) is
#: one token; the measure word or currency after it is separate (1078.9亿 | 元). jieba cuts
#: full-width digits one by one and splits 万 / % off; :func:`segment` re-cuts such spans.
NUMBER_TOKEN = re.compile(
    f"{_DIGITS}(?:[-－—~～]{_DIGITS}月|年|月|(?:多?(?:万亿|亿|万))?(?:[%％]|[A-Za-z]+)?)"
)


def number_spans(text: str) -> list[tuple[int, int]]:
    """Spans of :data:`NUMBER_TOKEN` in ``text``.

    >>> [("１９５５年增长６．６％ 新增1200万人 18.23万亿元 1800多万套 2200P 1-11月"[s:e])
    ...  for s, e in number_spans("１９５５年增长６．６％ 新增1200万人 18.23万亿元 1800多万套 2200P 1-11月")]
    ['１９５５年', '６．６％', '1200万', '18.23万亿', '1800多万', '2200P', '1-11月']
    """
    return [m.span() for m in NUMBER_TOKEN.finditer(text)]


def _recut_numbers(
    text: str, pieces: list[tuple[str, str]], tokenizer: jieba.posseg.POSTokenizer
) -> list[tuple[str, str]]:
    """``(word, pos)`` pieces of ``text`` re-cut so that every number span is one piece (POS
    ``m``); a piece cut off a jieba token (元 of 万亿元) takes its tag from the tokenizer. A
    number inside a longer word of the tokenizer (5G of 智能制造5G工厂, 919 of C919) is left in
    its word."""
    from bisect import bisect_right

    cuts, position, tags, starts, ends = {0}, 0, {}, [], []
    for word, flag in pieces:
        tags[(position, position + len(word))] = flag
        starts.append(position)
        position += len(word)
        ends.append(position)
        cuts.add(position)

    def inside_longer_piece(s: int, e: int) -> bool:
        # the one piece that starts at or before s (pieces tile the text): linear overall
        i = bisect_right(starts, s) - 1
        return i >= 0 and e <= ends[i] and (starts[i], ends[i]) != (s, e)

    spans = [(s, e) for s, e in number_spans(text) if not inside_longer_piece(s, e)]
    if not spans:
        return pieces
    inside = {i for s, e in spans for i in range(s + 1, e)}
    points = sorted((cuts - inside) | {i for s, e in spans for i in (s, e)})
    numbers = set(spans)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        word = text[a:b]
        flag = "m" if (a, b) in numbers else tags.get((a, b)) or _pos_of(word, tokenizer)
        out.append((word, flag))
    return out


def segment(
    text: str, tokenizer: jieba.posseg.POSTokenizer, offset: int = 0, numbers: bool = True
) -> list[Token]:
    """Tokens of ``text`` with offsets (plus ``offset``); white space is dropped. With
    ``numbers`` (the project's tokenizer), numbers follow :data:`NUMBER_TOKEN`; without, the
    cut is jieba's own (the default-jieba baseline).

    >>> [t.token for t in segment("加快发展新质生产力，增长5.5%，收入18.23万亿元", default_tokenizer())]
    ['加快', '发展', '新质生产力', '，', '增长', '5.5%', '，', '收入', '18.23万亿', '元']
    >>> [t.token for t in segment("C919", default_tokenizer())]
    ['C919']
    """
    return tokens_of(text, jieba_pieces(text, tokenizer), tokenizer, offset, numbers)


def jieba_pieces(text: str, tokenizer: jieba.posseg.POSTokenizer) -> list[tuple[str, str]]:
    """jieba's ``(word, pos)`` cut of ``text`` (HMM on), which :func:`segment` starts from,
    where two terms of the lexicon cross resolved to the right one (:func:`resolve_crossed_terms`)."""
    pieces = [(pair.word, pair.flag) for pair in tokenizer.cut(text, HMM=True)]
    if sum(len(w) for w, _ in pieces) != len(text):  # jieba covers its input exactly
        raise RuntimeError("segmentation does not cover the text")
    pieces = resolve_crossed_terms(text, pieces, tokenizer)
    return split_organs(join_formulas(text, pieces, tokenizer), tokenizer)


def join_formulas(
    text: str, pieces: list[tuple[str, str]], tokenizer: jieba.posseg.POSTokenizer
) -> list[tuple[str, str]]:
    """``pieces`` (a cut of ``text``) with each occurrence of a formula term that jieba cannot
    keep whole (:func:`joined_terms`: 数据要素 | × for the quoted “数据要素×”) joined into one
    piece, where it starts and ends at a cut; the first (longest) term wins where two overlap.
    Linear in ``text`` for each such term (a report has a handful at most); default jieba has none.

    >>> cut = with_terms(default_tokenizer(), [UserTerm("数据要素×", "nz", "quoted-in-report")])
    >>> pieces = [("推进", "v"), ("数据要素", "n"), ("×", "x"), ("行动", "vn")]
    >>> [w for w, _ in join_formulas("推进数据要素×行动", pieces, cut)]
    ['推进', '数据要素×', '行动']
    """
    terms = joined_terms(tokenizer)
    if not terms or not any(op in text for op in JOINED_OPERATORS):
        return pieces
    bounds = set(accumulate((len(w) for w, _ in pieces), initial=0))
    taken: dict[int, int] = {}  # start -> end of each joined span
    covered: set[int] = set()
    for term in terms:
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            span = range(start, end)
            if start in bounds and end in bounds and not covered.intersection(span):
                taken[start] = end
                covered.update(span)
            start = text.find(term, start + 1)
    if not taken:
        return pieces
    out: list[tuple[str, str]] = []
    position = 0
    for word, flag in pieces:
        if position in taken:
            term = text[position : taken[position]]
            out.append((term, tokenizer.word_tag_tab.get(term, "nz")))
        elif position not in covered:
            out.append((word, flag))
        position += len(word)
    return out


#: Where two terms of the lexicon cross (lexicon round 30, issue 12): a term of the cut whose end
#: starts another term that ends where a piece of the cut ends (全面深化改革 | 开放 in
#: 全面深化改革开放, the second term 改革开放) is cut before the second term, which then stands
#: whole, as long as what is left of the first is words of two or more characters (全面 深化;
#: not 农产品加 | 工业总产值). jieba's unigram model cannot do it: f(全面深化改革) f(开放) beats
#: f(全面) f(深化) f(改革开放) at every frequency of the entry (lexicon/genre_terms.tsv, (C) of
#: the corpus review), so 全面深化改革 was left out of the lexicon and missed by five sets. The
#: sets write 全面 深化 改革开放 in all 7 rows that have the string and list 全面深化改革 where it
#: stands before another word; with the entry and this rule, integrity rises on heldout4,
#: heldout12, heldout13, heldout23 and heldout27 and falls on no set, F1 ordinary unchanged on
#: every set. Over the corpora (data/raw, every report cut with and without it) it changes 40
#: places: 全面 深化 改革开放 19, 高端 装备制造 11 (was 高端装备 制造; one set row lists
#: 高端装备制造 whole, missed before and after), 社会主义 新农村建设 9 (was 社会主义新农村 建设, as
#: the construction names write 建设 into the name: 新农村建设, 精神文明建设) and 小微 企业所得税 1
#: (no set has these two). A term is at most
#: :data:`CROSSING_TERM_CHARS` characters long.
CROSSING_TERM_CHARS = 16


def resolve_crossed_terms(
    text: str, pieces: list[tuple[str, str]], tokenizer: jieba.posseg.POSTokenizer
) -> list[tuple[str, str]]:
    """``pieces`` (a cut of ``text``) with each crossing of two lexicon terms
    (:func:`lexicon_terms`) resolved to the right-hand term (:data:`CROSSING_TERM_CHARS`).
    Linear: each piece that is a term looks at most a term's length ahead.

    >>> cut = default_tokenizer()
    >>> pieces = [("要", "v"), ("全面深化改革", "nz"), ("开放", "v")]
    >>> [w for w, _ in resolve_crossed_terms("要全面深化改革开放", pieces, cut)]
    ['要', '全面', '深化', '改革开放']
    >>> pieces = [("全面深化改革", "nz"), ("。", "x")]
    >>> [w for w, _ in resolve_crossed_terms("全面深化改革。", pieces, cut)]
    ['全面深化改革', '。']
    """
    terms = lexicon_terms(tokenizer)
    if not terms:
        return pieces
    ends, position = {}, 0
    for index, (word, _) in enumerate(pieces):
        position += len(word)
        ends[position] = index
    out: list[tuple[str, str]] = []
    index, start = 0, 0
    while index < len(pieces):
        word, flag = pieces[index]
        end = start + len(word)
        crossing = _crossing_term(text, start, end, terms, ends) if word in terms else None
        if crossing is not None:
            middle, stop = crossing
            left = [(p.word, p.flag) for p in tokenizer.cut(text[start:middle], HMM=True)]
            if all(len(w) >= 2 for w, _ in left):
                second = text[middle:stop]
                out += left + [(second, tokenizer.word_tag_tab.get(second, flag))]
                index, start = ends[stop] + 1, stop
                continue
        out.append((word, flag))
        index, start = index + 1, end
    return out


def _crossing_term(
    text: str, start: int, end: int, terms: frozenset[str], ends: Mapping[int, int]
) -> tuple[int, int] | None:
    """``(start, end)`` of the first term of ``terms`` that starts inside ``text[start:end]``
    and ends after it, at a piece end (``ends``)."""
    for middle in range(start + 1, end):
        for stop in range(end + 1, min(len(text), middle + CROSSING_TERM_CHARS) + 1):
            if stop in ends and text[middle:stop] in terms:
                return middle, stop
    return None


def tokens_of(
    text: str,
    pieces: list[tuple[str, str]],
    tokenizer: jieba.posseg.POSTokenizer,
    offset: int = 0,
    numbers: bool = True,
) -> list[Token]:
    """:func:`segment` from jieba's cut of ``text`` (:func:`jieba_pieces`), so that one cut can
    serve both number conventions."""
    if numbers:
        pieces = _recut_numbers(text, pieces, tokenizer)
    tokens: list[Token] = []
    position = 0
    for word, flag in pieces:
        start = position
        position += len(word)
        if word.strip():
            tokens.append(Token(word, flag, offset + start, offset + position))
    return tokens


def tokenize_report(
    report: Report,
    tokenizer: jieba.posseg.POSTokenizer | None = None,
    stopwords: frozenset[str] | None = None,
    progress: ReadProgress | None = None,
) -> pd.DataFrame:
    """One row per token of every sentence, offsets into the report's raw text.

    Columns: :data:`TOKEN_COLUMNS`. ``start``/``end`` index ``report.raw_text``. The default
    tokenizer is :func:`report_tokenizer` of the report's text (its own quoted names added).
    ``progress`` is told ``(characters read, characters in all)`` of the clean text after each
    sentence.
    """
    tokenizer = tokenizer or report_tokenizer("\n".join(s.text for s in report.sentences()))
    stopwords = read_stopwords() if stopwords is None else stopwords
    rows = []
    for sentence in report.sentences():
        for token in segment(sentence.text, tokenizer, sentence.clean_start):
            start, end = report.raw_span(token.start, token.end)
            rows.append(
                (
                    report.report_id,
                    sentence.sentence_id,
                    sentence.part,
                    sentence.section,
                    token.token,
                    start,
                    end,
                    token.pos,
                    token.token in stopwords,
                    is_punct(token.token),
                )
            )
        if progress is not None:
            progress(sentence.clean_end, len(report.clean_text))
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)


# --------------------------------------------------------------------------- nested tokens
# Long names stay one token (the *token view*: what the reader sees as one name); the *parts
# view* replaces each long name by its parts, as a search engine should see it (like jieba's
# cut_for_search, but with our dictionary and without overlapping pieces).

#: A token longer than this many characters is a long name with parts (安全生产治本攻坚三年行动,
#: 习近平新时代中国特色社会主义思想). Shorter terms (新质生产力, 一刻钟便民生活圈) are words.
LONG_NAME_CHARS = 8


#: A part of a long name of at least this many characters that is a compound word of jieba's
#: own dictionary (not a term of ours) is cut again into its words (:func:`name_parts`).
COMPOUND_PART_CHARS = 4


def name_parts(name: str, tokenizer: jieba.posseg.POSTokenizer) -> list[tuple[str, str]]:
    """``(part, pos)`` of a long name: the tokenizer's best cut of ``name`` when the name
    itself is not allowed as one word; parts that are long names again are cut the same way,
    and so are parts that are compound words of jieba's own dictionary (:func:`jieba_compounds`:
    社会消费品零售总额 -> 社会 消费品 零售 总额, not 零售总额; 农村居民人均纯收入 -> 农村 居民 人均
    纯收入), when every piece of the cut is a word of two or more characters. A term of ours
    stays one part (安全生产, 中国特色社会主义). A name of at most :data:`LONG_NAME_CHARS`
    characters is its own only part.

    >>> [w for w, _ in name_parts("安全生产治本攻坚三年行动", default_tokenizer())]
    ['安全生产', '治本', '攻坚', '三年', '行动']
    >>> [w for w, _ in name_parts("社会消费品零售总额", default_tokenizer())]
    ['社会', '消费品', '零售', '总额']
    """
    if len(name) <= LONG_NAME_CHARS:
        return [(name, _pos_of(name, tokenizer))]
    return _cut_name(name, tokenizer)


def _cut_name(name: str, tokenizer: jieba.posseg.POSTokenizer) -> list[tuple[str, str]]:
    """The tokenizer's best cut of ``name`` without ``name`` itself as a word, its long parts
    and jieba's compound words cut again (:func:`name_parts`)."""
    base = tokenizer.tokenizer
    dag = base.get_DAG(name)
    last = len(name) - 1
    dag[0] = [k for k in dag[0] if k != last] or [0]
    route: dict[int, tuple[float, int]] = {}
    base.calc(name, dag, route)
    parts: list[tuple[str, str]] = []
    i = 0
    while i < len(name):
        j = route[i][1] + 1
        part = name[i:j]
        if j - i == len(name):
            parts.append((name, "x"))
        elif len(part) > LONG_NAME_CHARS:
            parts += _cut_name(part, tokenizer)
        elif part in jieba_compounds() and part not in our_terms():
            inner = _cut_name(part, tokenizer)
            words = all(len(w) > 1 for w, _ in inner)
            parts += inner if words else [(part, _pos_of(part, tokenizer))]
        else:
            parts.append((part, _pos_of(part, tokenizer)))
        i = j
    return parts


#: jieba's tags of the compound words a long name's part is cut from: common nouns, verbs,
#: verbal nouns and nr, which jieba gives to many common compounds (农村居民, 城镇居民); names of
#: places and bodies (ns 中华人民共和国, nt), other names (nz, nrt), idioms and set phrases (i,
#: l), abbreviations (j) and numerals (m) stay whole, and so do the -isms (民主主义, as the
#: sets write them: :data:`WHOLE_SUFFIXES`).
COMPOUND_TAGS = frozenset({"n", "v", "vn", "nr"})
WHOLE_SUFFIXES = ("主义",)


@lru_cache(maxsize=1)
def jieba_compounds() -> frozenset[str]:
    """The words of jieba's own dictionary of :data:`COMPOUND_PART_CHARS` to
    :data:`LONG_NAME_CHARS` characters tagged :data:`COMPOUND_TAGS` (零售总额, 农村居民 ...).

    >>> [w in jieba_compounds() for w in ("零售总额", "中华人民共和国", "民主主义")]
    [True, False, False]
    """
    import jieba

    with jieba.Tokenizer().get_dict_file() as handle:
        rows = (line.decode("utf-8").split() for line in handle)
        return frozenset(
            row[0]
            for row in rows
            if len(row) == 3
            and COMPOUND_PART_CHARS <= len(row[0]) <= LONG_NAME_CHARS
            and row[2] in COMPOUND_TAGS
            and not row[0].endswith(WHOLE_SUFFIXES)
        )


@lru_cache(maxsize=1)
def our_terms() -> frozenset[str]:
    """The terms of the project's lexicon (:func:`dictionary_terms`)."""
    return frozenset(t.term for t in dictionary_terms())


def token_cutter(
    tokenizer: jieba.posseg.POSTokenizer, numbers: bool = True
) -> Callable[[str], list[str]]:
    """The *token view* as a segmenter (text -> tokens), for scoring against a gold set
    (``numbers``: as in :func:`segment`)."""
    return lambda text: [t.token for t in segment(text, tokenizer, numbers=numbers)]


def parts_cutter(tokenizer: jieba.posseg.POSTokenizer) -> Callable[[str], list[str]]:
    """The *parts view* as a segmenter: long names replaced by their parts (:func:`name_parts`).

    >>> parts_cutter(default_tokenizer())("开展安全生产治本攻坚三年行动")[:3]
    ['开展', '安全生产', '治本']
    """

    return lambda text: parts_of(segment(text, tokenizer), tokenizer)


def parts_of(tokens: Iterable[Token], tokenizer: jieba.posseg.POSTokenizer) -> list[str]:
    """The parts view of a token-view cut (:func:`segment`): long names replaced by their parts."""
    out: list[str] = []
    for t in tokens:
        long = len(t.token) > LONG_NAME_CHARS
        out += [w for w, _ in name_parts(t.token, tokenizer)] if long else [t.token]
    return out


def _pos_of(word: str, tokenizer: jieba.posseg.POSTokenizer) -> str:
    tokenizer.makesure_userdict_loaded()  # the user terms' tags join jieba's tag table
    return tokenizer.word_tag_tab.get(word, "x")


def parts_view(table: pd.DataFrame, tokenizer: jieba.posseg.POSTokenizer | None = None):
    """The tokens table with every long name (a token of more than :data:`LONG_NAME_CHARS`
    characters) replaced by its parts (:func:`name_parts`), offsets adjusted; a column
    ``part_of`` holds the long name a row comes from (empty for ordinary tokens).

    The token view (:func:`tokenize_report`) counts 习近平新时代中国特色社会主义思想 once as a name;
    the parts view counts 习近平, 新时代, 中国特色社会主义 and 思想 once each instead.
    """
    tokenizer = tokenizer or default_tokenizer()
    rows = []
    for row in table.itertuples(index=False):
        record = row._asdict()
        if len(row.token) <= LONG_NAME_CHARS:
            rows.append(record | {"part_of": ""})
            continue
        start = row.start
        for part, pos in name_parts(row.token, tokenizer):
            rows.append(
                record
                | {"token": part, "pos": pos, "start": start, "end": start + len(part)}
                | {"part_of": row.token}
            )
            start += len(part)
    return pd.DataFrame(rows, columns=[*table.columns, "part_of"])


def search_dictionary_lines(terms: Iterable[UserTerm], tokenizer) -> list[str]:
    """Lines of jieba's file format (``word freq tag``) for Sphinx's Chinese search index: every
    user term, then the parts of the long names that are not already words of jieba or of the
    user dictionary (so that the index holds each part as a word where it stands alone)."""
    terms = list(terms)
    freq = tokenizer.tokenizer.FREQ
    lines = [f"{t.term} {freq.get(t.term, 1)} {t.pos}" for t in terms]
    known = {t.term for t in terms}
    for t in terms:
        if len(t.term) <= LONG_NAME_CHARS:
            continue
        for part, pos in name_parts(t.term, tokenizer):
            if len(part) > 1 and part not in known and not freq.get(part):
                known.add(part)
                lines.append(f"{part} 1 {pos}")
    return lines
