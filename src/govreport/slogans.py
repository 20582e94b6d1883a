"""Numbered formulas and slogans (提法): “三大战略”, 两张网, “二次创业”, and what they stand for.

Government work reports name policies by formulas: a numeral, often a classifier, and a head
noun (三大战略, 四大工程, 两张网, “双提升”), and they put slogans in quotation marks (“二次创业”,
“三个如何”). This module finds them and, where the report spells out what a numbered formula
enumerates, reads the enumeration off the text:

- *before* the formula, the list it closes: ``中央活力区、中央商埠区、山东能源互联网产业集聚区
  “三大战略”`` -> three items; the verb that governs the list (依托, 实施, 完善...) is cut off;
- *after* it, a list opened by ``：``, ``即`` or a parenthesis (``“两重”（...、...）``), or an
  ordinal list ``一是……二是……`` in the same or the next sentence.

A resolution is ``exact`` when the number of items equals the numeral, ``open`` when the list
ends in 等 ("X、Y等三支基金": the report names only some) and names no more items than the
numeral (一排底线 is a set phrase, "a row of bottom lines", and counts as open). A formula
resolved at one mention is resolved for the whole report (``resolved_in`` gives the sentence).

Detection: every quoted stretch “...” (up to 30 characters), and unquoted ``N大X`` formulas
(N from 两 to 十九, X the nouns after 大, e.g. 五大主导产业). Every later occurrence of a found
expression counts as a mention, quoted or not (one-character slogans such as “稳” only when
quoted). Overlaps go to the longest expression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from govreport.numerals import small_numeral
from govreport.report import Report, base_role
from govreport.tokens import default_tokenizer, segment

QUOTED = re.compile(r"“([^“”\n]{1,30})”")
#: Classifiers after 一 that make a formula of it (一排底线); 一带一路, 一刻钟 stay plain slogans.
CLASSIFIERS = "大个张项条支篇类排批"
FORMULA_HEAD = re.compile(r"^(双|两|[一二三四五六七八九十]{1,3})")
PLAN_PERIOD = re.compile(r"^[一二三四五六七八九十]{1,3}五$")
NUMERIC_CODE = re.compile(r"^(?=.*\d)[0-9+N]+$")
UNQUOTED_HEAD = re.compile(
    r"(?<![一二三四五六七八九十百千万第两\d])(两|十[一二三四五六七八九]?|[二三四五六七八九])大"
)
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？（(]")
LEAD_POS = ("v", "p", "d", "u", "c")
MAX_ITEM_CHARS = 24

MENTION_COLUMNS = [
    "report_id",
    "expression",
    "formula_kind",
    "numeral",
    "sentence_id",
    "part",
    "section",
    "start",
    "end",
    "quoted",
    "items",
    "resolution",
    "resolved_from",
]
SUMMARY_COLUMNS = [
    "report_id",
    "expression",
    "formula_kind",
    "numeral",
    "n_mentions",
    "n_quoted",
    "n_review",
    "n_plan",
    "first_sentence_id",
    "sentence_ids",
    "items",
    "n_items",
    "resolution",
    "resolved_from",
    "resolved_in",
]


def classify(expression: str) -> tuple[str, int | None]:
    """Kind of an expression and the number it announces.

    Kinds: ``plan_period`` (十四五), ``numeric_code`` (“21234”, “2+3”), ``numbered`` (三大战略,
    双提升, 一排底线), ``slogan`` (any other quoted expression).

    >>> [classify(e) for e in ("十四五", "1+20+17+N", "三大战略", "一排底线", "一带一路")]
    [('plan_period', None), ('numeric_code', None), ('numbered', 3), ('numbered', 1), ('slogan', None)]
    >>> classify("二次创业"), classify("二环南"), classify("双提升")
    (('slogan', None), ('slogan', None), ('numbered', 2))
    """
    if PLAN_PERIOD.match(expression):
        return "plan_period", None
    if NUMERIC_CODE.match(expression):
        return "numeric_code", None
    head = FORMULA_HEAD.match(expression)
    if head and len(expression) > len(head.group()):
        value = small_numeral(head.group())
        following = expression[len(head.group())]
        # 一 and 二 open formulas only before a classifier: 一带一路, 二次创业 and 二环 (the
        # Second Ring Road) are not enumerations; 两/双/三... always count.
        if value is not None and (head.group() not in "一二" or following in CLASSIFIERS):
            return "numbered", value
    return "slogan", None


# --------------------------------------------------------------------------- detection


def quoted_expressions(text: str) -> list[str]:
    """Quoted stretches of a text, in order.

    >>> quoted_expressions("实施“三大战略”，守牢“一排底线”")
    ['三大战略', '一排底线']
    """
    return [m.group(1).strip() for m in QUOTED.finditer(text) if m.group(1).strip()]


def unquoted_formulas(text: str, tokenizer=None) -> list[str]:
    """``N大X`` formulas outside quotation marks; X is the run of nouns after 大 (at most six
    characters).

    >>> unquoted_formulas("巩固发展五大主导产业，深化提升“十大产业链群”")
    ['五大主导产业']
    """
    tokenizer = tokenizer or default_tokenizer()
    inside = [m.span() for m in QUOTED.finditer(text)]
    found = []
    for match in UNQUOTED_HEAD.finditer(text):
        if any(a <= match.start() < b for a, b in inside):
            continue
        rest = CLAUSE_BREAK.split(text[match.end() :], maxsplit=1)[0]
        head = ""
        for token in segment(rest, tokenizer):
            if not token.pos.startswith("n") or len(head) + len(token.token) > 6:
                break
            head += token.token
        if head:
            found.append(match.group() + head)
    return found


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True)
class Resolution:
    items: tuple[str, ...]
    status: str  # exact | open
    direction: str  # before | after | next_sentence


def _strip_lead(item: str, tokenizer) -> str:
    """Cut the verb (and adverbs, prepositions) governing a list off its first item:
    依托信息通信 -> 信息通信, 大力实施外部空间拓展 -> 外部空间拓展."""
    tokens = segment(item, tokenizer)
    cut = 0
    for i, token in enumerate(tokens[:3]):
        if token.pos.startswith(("v", "p")) and not token.pos.startswith("vn"):
            cut = i + 1
            while (
                cut < len(tokens) - 1
                and tokens[cut].pos.startswith(LEAD_POS)
                and not (tokens[cut].pos.startswith("vn"))
            ):
                cut += 1
            break
    if cut and cut < len(tokens):
        return item[tokens[cut].start :]
    return item


def _judge(items: Sequence[str], numeral: int, is_open: bool) -> str | None:
    if not items or any(not i or len(i) > MAX_ITEM_CHARS or "“" in i or "”" in i for i in items):
        return None
    if len(items) == numeral and len(items) >= 2:
        return "exact"
    if is_open and len(items) >= 2 and (len(items) < numeral or numeral == 1):
        return "open"
    return None


def _strip_ordinal(item: str) -> str:
    return re.sub(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，?)", "", item).strip()


def _split_items(text: str, numeral: int, tokenizer) -> list[str]:
    """Items of a list: split on 、; a pair (numeral 2) may also be joined by 和/与/及, then
    both halves must contain a noun (so 坚持和落实 is not a pair)."""
    items = [_strip_ordinal(i.strip(" “”\u3000")) for i in text.split("、")]
    if len(items) == 1 and numeral == 2:
        items = [i.strip(" “”\u3000") for i in re.split(r"[和与及]", text, maxsplit=1)]
        if len(items) == 2 and not all(
            any(t.pos.startswith("n") for t in segment(i, tokenizer)) for i in items
        ):
            return items[:1]
    return items


def _governs(item: str, tokenizer) -> tuple[str, bool]:
    """Trim trailing adverbs off the item next to a formula and tell whether it is a verb phrase
    governing the formula (坚决做到“两个维护”, 要深刻领悟“两个确立”) rather than a list item."""
    tokens = segment(item, tokenizer)
    while len(tokens) > 1 and tokens[-1].pos in ("d", "ad", "vd"):
        tokens.pop()
    if not tokens:
        return item, True
    trimmed = item[: tokens[-1].end]
    verbal_only = all(t.pos.startswith(LEAD_POS) and not t.pos.startswith("vn") for t in tokens)
    adverb_inside = any(t.pos in ("d", "ad", "vd") for t in tokens[:-1])
    return trimmed, verbal_only or adverb_inside


def resolve_before(prefix: str, numeral: int, tokenizer=None) -> Resolution | None:
    """Resolve a formula from the text just before it (``prefix`` ends where it begins).

    >>> resolve_before("依托信息通信、能源互联“", 2).items
    ('信息通信', '能源互联')
    >>> resolve_before("守牢守住政治安全、意识形态、粮食安全、食品药品等“", 1).status
    'open'
    >>> resolve_before("坚定不移实施“", 3) is None
    True
    """
    tokenizer = tokenizer or default_tokenizer()
    clause = CLAUSE_BREAK.split(prefix)[-1].rstrip("“ \u3000")
    is_open = clause.endswith("等")
    clause = clause.removesuffix("等").removesuffix("的")
    if "、" not in clause and numeral != 2:
        return None
    items = _split_items(clause, numeral, tokenizer)
    if len(items) < 2:
        return None
    items[0] = _strip_lead(items[0], tokenizer)
    items[-1], governs = _governs(items[-1], tokenizer)
    if governs:
        return None
    status = _judge(items, numeral, is_open)
    return Resolution(tuple(items), status, "before") if status else None


ORDINAL_ITEM = re.compile(r"(?:^|[，,；;。：:])\s*([一二三四五六七八九十])是([^，,；;。]+)")


def resolve_after(
    suffix: str, numeral: int, next_sentence: str = "", tokenizer=None
) -> Resolution | None:
    """Resolve a formula from the text after it: ``：``/``即``/parenthesis lists in the same
    sentence, or an ordinal list 一是……二是…… in the rest of the sentence or the next one.

    >>> resolve_after("”（国家重大战略实施、重点领域安全能力建设）", 2).items
    ('国家重大战略实施', '重点领域安全能力建设')
    >>> resolve_after("”：一是稳增长，二是促改革，三是惠民生。", 3).items
    ('稳增长', '促改革', '惠民生')
    """
    tokenizer = tokenizer or default_tokenizer()
    rest = suffix.lstrip("”")
    match = re.match(r"\s*(?:[（(]([^）)]+)[）)]|(?:：|:|，即|即)([^。；;]+))", rest)
    if match:
        body = (match.group(1) or match.group(2)).strip()
        is_open = body.endswith("等")
        items = _split_items(body.removesuffix("等"), numeral, tokenizer)
        if len(items) < 2:
            items = [
                _strip_ordinal(i.strip())
                for i in re.split(r"[，,；;]", body.removesuffix("等"))
                if i.strip()
            ]
        status = _judge(items, numeral, is_open)
        if status:
            return Resolution(tuple(items), status, "after")
    for text, direction in ((rest, "after"), (next_sentence, "next_sentence")):
        found = ORDINAL_ITEM.findall(text)
        values = [small_numeral(n) for n, _ in found]
        if values and values == list(range(1, len(values) + 1)) and len(values) == numeral:
            return Resolution(tuple(item.strip() for _, item in found), "exact", direction)
    return None


# --------------------------------------------------------------------------- whole report


def expression_pattern(expressions: Iterable[str]) -> re.Pattern[str]:
    """Longest-first alternation; one-character expressions only in quotation marks."""
    alternatives = sorted(set(expressions), key=lambda e: (-len(e), e))
    parts = [re.escape(e) if len(e) > 1 else f"(?<=“){re.escape(e)}(?=”)" for e in alternatives]
    return re.compile("|".join(parts)) if parts else re.compile(r"(?!x)x")


def find_slogans(report: Report, tokenizer=None) -> pd.DataFrame:
    """One row per mention of a formula or slogan (columns :data:`MENTION_COLUMNS`); ``start``
    and ``end`` index the raw text; ``items`` joins a resolution with 、."""
    tokenizer = tokenizer or default_tokenizer()
    sentences = list(report.sentences())
    found: list[str] = []
    for s in sentences:
        found += quoted_expressions(s.text) + unquoted_formulas(s.text, tokenizer)
    pattern = expression_pattern(found)
    rows = []
    for index, s in enumerate(sentences):
        following = sentences[index + 1].text if index + 1 < len(sentences) else ""
        for match in pattern.finditer(s.text):
            expression = match.group()
            kind, numeral = classify(expression)
            a, b = match.span()
            quoted = s.text[a - 1 : a] == "“" and s.text[b : b + 1] == "”"
            resolution = None
            if kind == "numbered" and numeral:
                resolution = resolve_before(s.text[:a], numeral, tokenizer) or resolve_after(
                    s.text[b:], numeral, following, tokenizer
                )
            start, end = report.raw_span(s.clean_start + a, s.clean_start + b)
            rows.append(
                (
                    report.report_id,
                    expression,
                    kind,
                    numeral,
                    s.sentence_id,
                    s.part,
                    s.section,
                    start,
                    end,
                    quoted,
                    "、".join(resolution.items) if resolution else "",
                    resolution.status if resolution else "",
                    resolution.direction if resolution else "",
                )
            )
    frame = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    frame["numeral"] = frame["numeral"].astype("Int64")
    return frame


def summarise_slogans(mentions: pd.DataFrame, roles: dict[int, str]) -> pd.DataFrame:
    """One row per report and expression (columns :data:`SUMMARY_COLUMNS`), in order of first
    mention; the resolution is the first exact one, else the first open one, and applies to
    every mention. ``roles`` maps part numbers to their roles (review, plan, ...)."""
    rows = []
    for (report_id, expression), group in mentions.groupby(["report_id", "expression"], sort=False):
        resolved = group[group["resolution"] != ""]
        best = resolved.sort_values(
            "resolution", key=lambda s: s.map({"exact": 0, "open": 1}), kind="stable"
        ).head(1)
        part_roles = group["part"].map(roles).map(lambda role: base_role(str(role)))
        first = group.iloc[0]
        items = best["items"].iloc[0] if len(best) else ""
        rows.append(
            (
                report_id,
                expression,
                first.formula_kind,
                first.numeral,
                len(group),
                int(group["quoted"].sum()),
                int((part_roles == "review").sum()),
                int((part_roles == "plan").sum()),
                first.sentence_id,
                "|".join(group["sentence_id"]),
                items,
                len(items.split("、")) if items else 0,
                best["resolution"].iloc[0] if len(best) else "",
                best["resolved_from"].iloc[0] if len(best) else "",
                best["sentence_id"].iloc[0] if len(best) else "",
            )
        )
    frame = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    frame["numeral"] = frame["numeral"].astype("Int64")
    return frame


def slogan_tables(reports: list[Report]) -> dict[str, pd.DataFrame]:
    """Mentions of formulas and slogans, and one summary row per expression, both reports."""
    mentions = [find_slogans(r) for r in reports]
    summaries = [
        summarise_slogans(m, {p.index: p.role for p in r.parts})
        for m, r in zip(mentions, reports, strict=True)
    ]
    return {
        "slogans": pd.concat(summaries, ignore_index=True),
        "slogan_mentions": pd.concat(mentions, ignore_index=True),
    }
