"""The report model: decode a report file, strip conversion debris, split it into a tree.

The raw text is never changed. Cleaning produces a *clean view* of it (debris removed, a few
characters normalised one-for-one) together with a map from every clean offset back to the raw
offset it came from, so that every sentence, token and quantity can point into the raw text.

Structure: part (一、二、三、...) > section ((一)(二)...) > paragraph (a line) > sentence.
Part 0 holds what comes before the first part heading (title, date, "各位代表："); a report
without part headings is all part 0, with a :class:`StructureWarning`. Section 0 of a part holds
its heading and the paragraphs before its first numbered section. Ids are dotted positions,
``"1.3.2.4"`` = part 1, section 3, paragraph 2, sentence 4; paragraph 0 of section 0 is the part
heading itself.
"""

from __future__ import annotations

import codecs
import csv
import html
import re
import unicodedata
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import compress
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from govreport.errors import InputError, StructureWarning
from govreport.numerals import arabic_years, small_numeral, year_value
from govreport.traditional import fold_tables, is_traditional

CHINESE_DIGITS = "零〇一二两三四五六七八九十"
#: A well-formed heading numeral, 一 to 九十九 ("一一" or "十十" is not one).
_NUMERAL = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"

#: A note reference in square brackets (四大主导产业［2］占GDP比重, ESI［5］全球排名): a web page's link
#: to its notes, no part of the words or the figures.
NOTE_REFERENCE = re.compile(r"[［\[][0-9０-９]{1,3}[］\]]")
#: Tone-marked pinyin vowels (a syllable written for a reader holds at least one).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
#: The pinyin a mirror site writes after a character it reads aloud, in parentheses
#: (經(jīng)濟, 地區(qū)生產(chǎn)總值): no part of the words; a syllable with a tone mark only, so that a
#: Latin word in parentheses (面积(km)) stays.
PINYIN_GLOSS = re.compile(
    # (a space before the closing parenthesis too: 會(huì )議, a mirror of a city's digest, session 66)
    rf"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]{{0,5}}[{_TONED}])[a-zü{_TONED}]{{1,6}} ?[)）]"
)
#: Conversion debris removed from the clean view: Word bookmarks, note references, pinyin
#: glosses, carriage returns, form feeds (a PDF's page breaks), zero-width characters,
#: page-number lines ("- 3 -", "第 3 页", a bare number on the line before a form feed) and the
#: page number left at the very end ("(\n1\n)").
DEBRIS_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\[bookmark: [^\]\n]*\]"),
    NOTE_REFERENCE,
    PINYIN_GLOSS,
    re.compile(r"[\r\f\u200b\u200c\u200d\u2060\ufeff]"),
    re.compile(r"(?m)^[ \t\u3000]*[-—–][ \t]*\d{1,3}[ \t]*[-—–][ \t]*$"),
    re.compile(
        r"(?m)^[ \t\u3000]*第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?[ \t\u3000]*$"
    ),
    re.compile(r"(?m)^[ \t\u3000]*\d{1,4}[ \t\u3000]*$(?=[\n \t\u3000]*\f)"),
    re.compile(r"\s*[(（]\s*\d{1,3}\s*[)）]\s*\Z"),
    # a share's quote a finance site puts after a company's name (新華聯(7.900, 0.06, 0.77%): a
    # mirror of a city's report, session 50): price, change, change in percent
    re.compile(r"[(（]\d+\.\d{2,3}, ?-?\d+\.\d{2,3}, ?-?\d+\.\d{2}%[)）]"),
    re.compile(r"\n[ \t\u3000]*\d{1,3}[ \t\u3000]*\s*\Z"),
    # a forum's anti-copy noise, random short ASCII tokens between spaces, with a letter and a
    # mark among them (…目标建议】+ ~/ k6 `+ p) [' `: d( G+ G: a forum's digest of a prefecture's
    # targets of 2017, session 66); not spaced digits (1 9 9 7 年) or words
    re.compile(
        r"(?<![!-~])(?=(?:[!-~]{1,2}[ \t]){0,16}?[!-~]?[A-Za-z])"
        r"(?=(?:[!-~]{1,2}[ \t]){0,16}?[!-~]?[`~@#$%^&*()_=+\[\]{}\\|;'\"<>/?])"
        r"(?:[!-~]{1,2}[ \t]){4,64}[!-~]{1,2}(?![!-~])"
    ),
)

#: One-for-one normalisation in the clean view (offsets are unchanged): full-width digits and
#: letters and the full-width and small percent signs become ASCII, so "１２３％" is read like
#: "123%" and "３０万ｋＷ" like "30万kW"; a no-break or thin space (a web page's &nbsp;) is a space.
_ONE_FOR_ONE = (
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}  # (ＧＤＰ, ｋＷ: full-width letters)
    | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
    | {"％": "%", "﹪": "%"}
    | {
        space: " "
        for space in "\u00a0\u2007\u2009\u202f"  # (no-break and thin spaces: web pages)
    }
)


@lru_cache(maxsize=2)
def _one_for_one(traditional: bool) -> dict[str, str]:
    """Every one-for-one normalisation of the clean view: :data:`_ONE_FOR_ONE` and the
    traditional characters folded to simplified ones (:mod:`govreport.traditional`; in a text
    written in traditional characters also 於 -> 于 and the like)."""
    anywhere, in_traditional = fold_tables()
    return (anywhere | in_traditional if traditional else anywhere) | _ONE_FOR_ONE


@lru_cache(maxsize=2)
def _one_for_one_table(traditional: bool) -> dict[int, str]:
    """:func:`_one_for_one` as a table of :meth:`str.translate`."""
    return str.maketrans(_one_for_one(traditional))


_FULLWIDTH_POINT = re.compile(
    r"(?<=[0-9０-９])．(?=[0-9０-９])"
    # (and an ideographic full stop a scan or a typist put for the point, before a percent's
    # digits: 增长9.9%、-4.2%和26。8%, a city's report of 2001, session 53)
    # (or per mille and percentage points: 人口自增率1。85‰, a county's page of 2010, session 64)
    r"|(?<=[0-9０-９])。(?=[0-9０-９]{1,2}(?:[%％‰]|个?百分点))"
    # (or before the digits of an amount in 万 or 亿, which no sentence opens on: 全社会固定资产投资
    # 698。03亿元, a city's page of 2012 with every point so, session 59)
    r"|(?<=[0-9０-９])。(?=[0-9０-９]{1,2}[万亿])"
)
#: The middle dot as a decimal point ("19·5％", 1999): between digits, outside quotes (the
#: dotted dates of event names, “8·20”灾后, “25·7”洪水, stay as written).
_MIDDLE_DOT_POINT = re.compile(
    r"(?<![“\"「0-9０-９])([0-9０-９]+)·(?=[0-9０-９]+(?![0-9０-９”\"」]))"
)


#: The full-width comma as a thousands separator (33，212万吨, ２７，２０３，３１９元: national 1956,
#: 1980): between a digit and a group of exactly three digits.
_FULLWIDTH_SEPARATOR = re.compile(r"(?<=[0-9０-９])，(?=[0-9０-９]{3}(?![0-9０-９.．]))")


def _points(text: str) -> str:
    """Decimal points and thousands separators in ASCII: full-width points and middle dots
    between digits, full-width commas before a group of three digits (one for one).

    >>> _points("增长19·5％，“8·20”灾后，1．5亿，粮食33，212万吨，增长5%，100家")
    '增长19.5％，“8·20”灾后，1.5亿，粮食33,212万吨，增长5%，100家'
    >>> _points("和26。8%，达到26。8月份，投资698。03亿元")
    '和26.8%，达到26。8月份，投资698.03亿元'
    >>> _points("自增率1。85‰，提高0。5个百分点")
    '自增率1.85‰，提高0.5个百分点'
    """
    text = _FULLWIDTH_SEPARATOR.sub(",", text)
    return _MIDDLE_DOT_POINT.sub(r"\1.", _FULLWIDTH_POINT.sub(".", text))


#: A number typeset with its digits spaced out ("7 4 7 7 2", "8 ．8", "1 0 ．0 6"): single
#: digits joined by exactly one space, or by a decimal point with at most one space on each
#: side. The run is maximal (no digit or point after it, no digit or "digit + space" before it),
#: so a normally written number ("1997 年", "2024 1 2") is never glued to it.
_SPACED_RUN = re.compile(
    r"(?<![0-9０-９.．])(?<![0-9０-９.．] )"
    r"[0-9０-９](?:(?: | ?[.．] ?)[0-9０-９])+"
    r"(?! ?[0-9０-９.．])"
)
#: What may follow a spaced run after one space and joins it: a percent sign or a CJK character
#: (the unit: 亿元, 年, 万吨).
_SPACED_TAIL = re.compile(r" (?=[%％‰\u3400-\u9fff])")
#: A single digit followed by one space and its unit ("6 ％", "1 亿吨", "3 月"): joined only in
#: a text set with spaced digits.
_SPACED_SINGLE = re.compile(
    r"(?<![0-9０-９.．])(?<![0-9０-９.．] )[0-9０-９](?= [%％‰\u3400-\u9fff])"
)
#: A text with at least this many clearly spaced numbers is set with spaced digits throughout.
_SPACED_TEXT_MIN = 3
#: A number with a space (or a no-break or thin space) between its groups of three digits, as
#: some typesetting writes thousands (1 200万元, 12 345.6亿元): one to three digits first, groups
#: of exactly three after.
_THOUSANDS_SPACED = re.compile(
    r"(?<![0-9０-９.．])[1-9１-９][0-9０-９]{0,2}(?:[ \u00a0\u2009\u202f][0-9０-９]{3})+(?![0-9０-９])"
)


def _clearly_spaced(run: str) -> bool:
    """A spaced run that cannot be two numbers: three digits or more, or a decimal point.

    >>> _clearly_spaced("7 4 7"), _clearly_spaced("8 ．8"), _clearly_spaced("2 2")
    (True, True, False)
    """
    return "." in run or "．" in run or sum(ch not in " .．" for ch in run) >= 3


#: What follows such a run, at most one space after it: a percent sign or a magnitude (%, 亿元,
#: 万吨), not any word (编号1 2 和: two numbers).
_UNIT_AFTER_RUN = re.compile(r" ?(?:[%％‰万亿]|元)")


def _broken_in_prose(raw: str, run: re.Match[str]) -> bool:
    """A two-digit run with one space inside, between a word and its unit (按可比口径计算增长1 6 %,
    固定资产投资完成8 5亿元: a county-level city's report of 2021 as a web page copied it from a PDF,
    session 57): one number, whatever the rest of the text.

    >>> raw = "增长1 6 %，完成8 5亿元，第 1 2 页，编号1 2 和"
    >>> [_broken_in_prose(raw, m) for m in _SPACED_RUN.finditer(raw)]
    [True, True, False, False]
    """
    digits = sum(ch.isdigit() for ch in run.group())
    return (
        digits == 2
        and run.group().count(" ") == 1
        and run.start() > 0
        and HAN.match(raw, run.start() - 1) is not None
        and _UNIT_AFTER_RUN.match(raw, run.end()) is not None
    )


def spaced_digit_gaps(raw: str) -> list[int]:
    """Raw offsets of the spaces inside numbers typeset with spaced digits (dropped from the
    clean view), and of the single space between such a number and its unit.

    Clearly spaced runs (:func:`_clearly_spaced`) are always joined; two-digit runs ("2 2 平方米")
    and a single digit before its unit ("6 ％") only when the text has at least
    :data:`_SPACED_TEXT_MIN` clearly spaced runs, i.e. when it is set that way throughout.

    >>> raw = "增长8 ．8 ％，达到7 4 7 7 2 亿元，1997 年"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in spaced_digit_gaps(raw))
    '增长8．8％，达到74772亿元，1997 年'

    So are the spaces between the groups of three digits of a number (:data:`_THOUSANDS_SPACED`):

    >>> raw = "完成投资1 200万元，12 345.6亿元，2024 123，编号1 20"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in spaced_digit_gaps(raw))
    '完成投资1200万元，12345.6亿元，2024 123，编号1 20'

    And a space after a decimal point (6835. 27亿元), not before a year (为5. 2024年):

    >>> raw = "生产总值6835. 27亿元，增长率6. 2‰，为5. 2024年"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in spaced_digit_gaps(raw))
    '生产总值6835.27亿元，增长率6.2‰，为5. 2024年'

    And a year broken by one space (是20 11年的4倍), not two numbers before a year's 年:

    >>> raw = "是20 11年的4倍，201 1年，第20 1年"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in spaced_digit_gaps(raw))
    '是2011年的4倍，2011年，第20 1年'

    And a stray space in a count of years (过去5 年, 今后 5年), not in a year (1997 年):

    >>> raw = "过去5 年的工作，今后 5年的任务，1997 年"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in spaced_digit_gaps(raw))
    '过去5年的工作，今后5年的任务，1997 年'

    And a space before a percent sign (增长5.9 %、17%):

    >>> raw = "增长5.9 %、17%，占6 ‰"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in spaced_digit_gaps(raw))
    '增长5.9%、17%，占6‰'
    """
    thousands = [
        m.start() + i
        for m in _THOUSANDS_SPACED.finditer(raw)
        for i, ch in enumerate(m.group())
        if not ch.isdigit()
    ]
    runs = [m for m in _SPACED_RUN.finditer(raw) if " " in m.group()]
    spaced_text = sum(_clearly_spaced(m.group()) for m in runs) >= _SPACED_TEXT_MIN
    gaps: list[int] = []
    ends: list[int] = []
    for match in runs:
        if spaced_text or _clearly_spaced(match.group()) or _broken_in_prose(raw, match):
            gaps.extend(match.start() + i for i, ch in enumerate(match.group()) if ch == " ")
            ends.append(match.end())
    if spaced_text:
        ends.extend(m.end() for m in _SPACED_SINGLE.finditer(raw))
    gaps.extend(end for end in ends if _SPACED_TAIL.match(raw, end))
    points = [m.start() for m in _SPACE_AFTER_POINT.finditer(raw)]
    points += [m.start() for m in _SPACE_BEFORE_PERCENT.finditer(raw)]
    years = [m.start() + m.group().index(" ") for m in _SPLIT_YEAR.finditer(raw)]
    years += [m.start(1) if m.group(1) else m.start(2) for m in _SPACED_YEARS.finditer(raw)]
    return sorted({*gaps, *thousands, *points, *years})


#: A stray space in a count of years, before 年 or after the word of time before it (报告过去5 年的
#: 工作，并提出今后 5年的主要任务: a city's report of 1988, session 53): the span words read 过去5年.
_SPACED_YEARS = re.compile(
    r"(?<![0-9０-９.．])[0-9０-９]{1,2}( )(?=年)|(?:(?<=过去|今后|未来)|(?<=[这近前]))( )(?=[0-9０-９]{1,2}年)"
)


#: A year a page broke with one space (是20 11年的4倍: a county's review of 2016, session 53):
#: four digits in all, 年 right after.
_SPLIT_YEAR = re.compile(r"(?<![0-9０-９.．])(?:1[89]|20)(?: [0-9]{2}|[0-9] [0-9])(?=年)")


#: A space a page set between a number and its percent sign (增长5.9 %、17%: a city's report of
#: 2021, session 62): the sign is the number's whatever the text's spacing.
_SPACE_BEFORE_PERCENT = re.compile(r"(?<=[0-9０-９]) (?=[%％‰])")


#: A space a page set after a number's decimal point (生产总值6835. 27亿元, 人口自然增长率6. 2‰: a
#: news page of 2015, session 46), before at most four digits that no year follows.
_SPACE_AFTER_POINT = re.compile(r"(?<=[0-9０-９][.．]) (?=[0-9０-９]{1,4}(?![0-9０-９年]))")


#: A space set between a Chinese character and a figure, or between a figure and a Chinese
#: character, as pages styled for mixed scripts write (增长 5% 左右, 新增就业 1,267 万人: the
#: "pangu" spacing of Hong Kong, Taiwan and many web pages). The space's offset is group 1.
_MIXED_SCRIPT_GAP = re.compile(
    r"(?<=[\u3400-\u9fff])([ \u00a0])(?=[0-9０-９])|(?<=[0-9０-９%％‰])([ \u00a0])(?=[\u3400-\u9fff])"
)
#: A figure touching a Chinese character with no space between (增长5%左右).
_MIXED_SCRIPT_TIGHT = re.compile(r"[\u3400-\u9fff][0-9０-９]|[0-9０-９%％‰][\u3400-\u9fff]")
#: A text is set with mixed-script spacing when at least this many figures are spaced so ...
MIXED_SPACED_MIN = 5
#: ... making at least this share of the places where a figure meets a Chinese character.
MIXED_SPACED_SHARE = 0.5


def mixed_script_gaps(raw: str) -> list[int]:
    """Raw offsets of the single spaces between Chinese characters and figures in a text set so
    throughout (:data:`MIXED_SPACED_MIN`, :data:`MIXED_SPACED_SHARE`): dropped from the clean
    view, so that 增长 5% 左右 reads as 增长5%左右 (its hedge, its subject, 2025 年 a year). A stray
    space in a text set without them stays (the raw text keeps every space).

    >>> raw = "增长 5% 左右，就业 1,267 万人，粮食 1.4 万亿斤，过去 5 年，赤字率 4%。"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in mixed_script_gaps(raw))
    '增长5%左右，就业1,267万人，粮食1.4万亿斤，过去5年，赤字率4%。'
    >>> mixed_script_gaps("增长 5%左右，就业1267万人，粮食1.4万亿斤，过去5年，赤字率4%。")
    []
    """
    gaps = [m.start(1) if m.group(1) else m.start(2) for m in _MIXED_SCRIPT_GAP.finditer(raw)]
    tight = sum(1 for _ in _MIXED_SCRIPT_TIGHT.finditer(raw))
    if len(gaps) < MIXED_SPACED_MIN or len(gaps) < MIXED_SPACED_SHARE * (len(gaps) + tight):
        return []
    return gaps


#: A line break inside a figure (增长14.⏎3%, 总产1⏎58.5万吨) or between a figure and its unit
#: (5980亿⏎元, 增长14.9⏎%): the figure (and its magnitude, 亿) closes its line right after a Chinese character (or one
#: space after it), and the next line opens with its digits or its unit. Group ``point``: the
#: figure's line ends on its decimal point; ``gap``: the break and the spaces around it.
_NUMBER_BREAK = re.compile(
    r"(?:(?<=[\u3400-\u9fff])|(?<=[\u3400-\u9fff] ))[0-9０-９]+(?P<point>[.．][0-9０-９]*)?"
    r"(?P<magnitude>[万亿千百]+)?(?P<gap>[ \t\u3000\r]*\n[ \t\u3000]*)"
    r"(?:(?P<digits>[0-9０-９]+(?:[.．][0-9０-９]+)?[%％‰\u3400-\u9fff])|[%％‰亿万千百元倍个吨人户家项所座台辆套亩公米瓦])"
)
#: A figure's digits go on after a break only in a line of prose: at least this many Chinese
#: characters before them on their line (附件1⏎2025年… is a heading and a line of its own).
NUMBER_BREAK_MIN_HAN = 8


def number_break_gaps(raw: str) -> list[int]:
    """Raw offsets of the line breaks (and the spaces around them) a web page or a copied PDF
    put inside a figure or between a figure and its unit (:data:`_NUMBER_BREAK`): dropped from
    the clean view, the figure reads whole, with its unit and its sentence. Digits go on after
    a break only after a line of prose (:data:`NUMBER_BREAK_MIN_HAN`), and a line ending on a
    decimal point only with digits.

    >>> raw = "农业总产值994亿元，增长14.\\n3%。工业总产值5980亿\\n元，增长57.2\\n%。"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in number_break_gaps(raw))
    '农业总产值994亿元，增长14.3%。工业总产值5980亿元，增长57.2%。'
    >>> number_break_gaps("附件1\\n2025年主要指标\\n二、工作\\n1.项目建设\\n增长5.\\n万元")
    []
    """
    gaps: list[int] = []
    for m in _NUMBER_BREAK.finditer(raw):
        digits_go_on = m.group("digits") is not None
        if digits_go_on and m.group("magnitude"):
            continue  # (5980亿⏎12…: a magnitude closes its figure)
        if m.group("point") and m.group("point")[1:] == "" and not digits_go_on:
            continue  # (增长5.⏎万元: a point closing a line is a sentence's end)
        if digits_go_on:
            line_start = raw.rfind("\n", 0, m.start()) + 1
            if raw[m.start() - 1] == " ":
                continue  # (a figure after a space goes on only with its unit)
            if len(HAN.findall(raw, line_start, m.start())) < NUMBER_BREAK_MIN_HAN:
                continue
        gaps.extend(range(m.start("gap"), m.end("gap")))
    return gaps


#: A space a PDF's copy put inside a verb of change right before its figure (下 降0.3%, 增 长- 39.7%:
#: a city's report of 2021 as a web page copied it, session 57), or after the minus sign.
_SPLIT_CHANGE_VERB = re.compile(
    r"(?:(?<=增)|(?<=下)|(?<=减)|(?<=提)|(?<=降)|(?<=上))( )"
    r"(?=(?:长|降|加|少|高|低|升) ?[-－]? ?[0-9０-９])"
    r"|(?<=[长降加少高低升][-－])( )(?=[0-9０-９])"
)


#: A space a PDF's copy put between a magnitude after a figure and the unit it opens (地区生产总值
#: 5312 亿 元: a city's report of 2020, session 57; 元 was read into the next subject).
_SPLIT_MAGNITUDE_UNIT = re.compile(
    # (not in a letter-spaced line, 年 度 投 资 152 亿 元 。: its unit is spaced from what follows)
    r"(?:(?<=[0-9０-９][万亿])|(?<=[0-9０-９] [万亿]))( )(?=(?:元|美元|吨|人|户|平方|立方|千瓦|公里|亩)(?! ))"
)


def split_change_verb_gaps(raw: str) -> list[int]:
    """Raw offsets of the spaces :data:`_SPLIT_CHANGE_VERB` finds: dropped from the clean view,
    the verb reads whole and the minus sign stays with its figure; and those between a figure's
    magnitude and its unit (:data:`_SPLIT_MAGNITUDE_UNIT`: 5312 亿 元).

    >>> raw = "零售总额781.71亿元,下 降0.3%;出口106.6亿元,增 长- 39.7%;增 长 6%，提高 效率"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in split_change_verb_gaps(raw))
    '零售总额781.71亿元,下降0.3%;出口106.6亿元,增长-39.7%;增长 6%，提高 效率'
    >>> raw = "地区生产总值 5312 亿 元，增长3.6%"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in split_change_verb_gaps(raw))
    '地区生产总值 5312 亿元，增长3.6%'
    """
    verbs = [m.start(1) if m.group(1) else m.start(2) for m in _SPLIT_CHANGE_VERB.finditer(raw)]
    return verbs + [m.start(1) for m in _SPLIT_MAGNITUDE_UNIT.finditer(raw)]


#: A line a PDF's justification spread out, its characters one space apart (pdftotext: "年 度 投 资
#: 152 亿 元 。"): at least this many pieces between its spaces ...
LETTER_SPACED_MIN_PIECES = 6
#: ... at least this share of them a single character.
LETTER_SPACED_SHARE = 0.8
_ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")


def letter_spaced_gaps(raw: str) -> list[int]:
    """Raw offsets of the single spaces inside lines set letter by letter
    (:data:`LETTER_SPACED_MIN_PIECES`, :data:`LETTER_SPACED_SHARE`): dropped from the clean view,
    they leave the words whole. A space between two Latin letters or digits stays (two words,
    two numbers); a line with words spaced as words (市中区区长 孟庆顺) is no such line.

    >>> raw = "年 度 投 资 152 亿 元 。 持 续 发 力\\n市中区区长 孟庆顺"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in letter_spaced_gaps(raw))
    '年度投资152亿元。持续发力\\n市中区区长 孟庆顺'
    """
    gaps: list[int] = []
    for line in re.finditer(r"[^\n]+", raw):
        pieces = list(re.finditer(r"[^ \t\u3000\r\f]+", line.group()))
        single = sum(len(p.group()) == 1 for p in pieces)
        if len(pieces) < LETTER_SPACED_MIN_PIECES or single < LETTER_SPACED_SHARE * len(pieces):
            continue
        for before, after in zip(pieces, pieces[1:], strict=False):
            if after.start() - before.end() != 1 or line.group()[before.end()] != " ":
                continue
            if _ASCII_ALNUM.match(before.group()[-1]) and _ASCII_ALNUM.match(after.group()[0]):
                continue
            gaps.append(line.start() + before.end())
    return gaps


#: A space a justified line of a PDF's text put between two Chinese characters (人 均可 支 配收入,
#: 预 计 分别 增 长: a district's report copied from its PDF, session 66).
JUSTIFIED_SPACE = re.compile(r"(?<=[\u4e00-\u9fff，,、；;]) (?=[\u4e00-\u9fff])")
#: A line with at least this many such spaces is justified (not 市中区区长 孟庆顺, two words).
JUSTIFIED_MIN_SPACES = 3


def justified_gaps(raw: str) -> list[int]:
    """Raw offsets of the spaces between Chinese characters in lines a PDF justified
    (:data:`JUSTIFIED_SPACE`, :data:`JUSTIFIED_MIN_SPACES`): read only in a hard-wrapped text,
    dropped from the clean view, they leave the words whole.

    >>> raw = "入和农村居民 人 均可 支 配收入,预 计 分别 增 长\\n市中区区长 孟庆顺"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in justified_gaps(raw))
    '入和农村居民人均可支配收入,预计分别增长\\n市中区区长 孟庆顺'
    """
    gaps: list[int] = []
    for line in re.finditer(r"[^\n]+", raw):
        found = [m.start() for m in JUSTIFIED_SPACE.finditer(raw, line.start(), line.end())]
        if len(found) >= JUSTIFIED_MIN_SPACES:
            gaps.extend(found)
    return gaps


#: A line of prose a PDF's justification spread out, copied to a web page without its hard wraps
#: (经济实力不断跃升。地区生产总值突 破 千 亿 大 关, 达 1120 亿 元; 一般公共预算收入完 成 22.28 亿元;
#: 城乡居民人均可支配收入分 别达…: a district's and a county's pages, session 71): a line of at least
#: this many characters, with sentence punctuation ...
SPREAD_PROSE_MIN_CHARS = 40
#: ... and at least one :data:`JUSTIFIED_SPACE` for every this many of its characters.
SPREAD_PROSE_CHARS_PER_SPACE = 50


def spread_prose_gaps(raw: str) -> list[int]:
    """Raw offsets of the spaces between Chinese characters in long prose lines set with many of
    them (:data:`SPREAD_PROSE_MIN_CHARS`, :data:`SPREAD_PROSE_CHARS_PER_SPACE`, at least
    :data:`JUSTIFIED_MIN_SPACES`) in a text without hard wraps: dropped from the clean view, they
    leave the words whole. A line with a stray space or two keeps them.

    >>> raw = "五年来,我们提 能级,经济实力跃升。地区生产总值突 破 千 亿 大 关, 达 1120 亿 元,收入完 成 22 亿元。"
    >>> "".join(ch for i, ch in enumerate(raw) if i not in spread_prose_gaps(raw))
    '五年来,我们提能级,经济实力跃升。地区生产总值突破千亿大关,达 1120 亿元,收入完成 22 亿元。'
    >>> spread_prose_gaps("市中区区长 孟庆顺\\n全区生产总值增长5%，一般公共预算收入完 成22亿元，增长3%。")
    []
    """
    gaps: list[int] = []
    for line in re.finditer(r"[^\n]+", raw):
        if len(line.group()) < SPREAD_PROSE_MIN_CHARS or not re.search("[。；;！？]", line.group()):
            continue
        found = [m.start() for m in JUSTIFIED_SPACE.finditer(raw, line.start(), line.end())]
        enough = max(JUSTIFIED_MIN_SPACES, len(line.group()) / SPREAD_PROSE_CHARS_PER_SPACE)
        if len(found) >= enough:
            gaps.extend(found)
    return gaps


#: A part heading: a Chinese numeral, 、 (or a point, as some pages type it: 一．, 一.; a space
#: before it) and a title; or 第N部分 and a title (第一部分　过去一年工作回顾).
PART_HEADING = re.compile(
    rf"^(第)?(?P<num>{_NUMERAL})(?(1)部分[\s\u3000、：:．.]*|[ \u3000]?[、．.])"
    r"(?P<title>[^。！？]{1,60})$"
)
SECTION_HEADING = re.compile(rf"^[（(](?P<num>{_NUMERAL})[）)]")
SENTENCE = re.compile(r"[^。！？!?\n]+(?:[。！？!?]+[”’」』）)]*)?|[。！？!?]+")

#: A calendar year in a heading (2026年, 1 9 9 8 年, １９８４年, 一九五七年, 二〇二六年).
YEAR = re.compile(
    r"(?<![0-9０-９〇零一二三四五六七八九])"
    r"((?:[12１２](?:[ \u3000]?[0-9０-９]){3})|[一二][〇零一二三四五六七八九]{3})[ \u3000]?(?=年)"
)
#: A paragraph or heading that opens with a part numeral in parentheses: （一）关于经济形势.
PAREN_PART = re.compile(rf"^[（(](?P<num>{_NUMERAL})[）)](?P<title>[^。！？\n]{{1,60}})")
#: A bare numeral on a line of its own (一, 二 ...): the parts of some early reports.
BARE_PART = re.compile(rf"^(?P<num>{_NUMERAL})$")
#: Sentence punctuation that a heading line without a numeral may not contain.
HEADING_STOPS = re.compile(r"[。！？；，,：:!?]")
#: Verbs of what a session does with a document (审查…规划纲要草案, 听取政府工作报告): a news page's
#: subtitle listing the agenda, never a heading of the report's parts (a county's 2026 story).
AGENDA_VERBS = ("审查", "审议", "听取", "批准", "通过", "选举", "表决")
#: Roles whose parts review the past and plan the future (for callers that want either).
REVIEW_ROLES = frozenset({"review", "review_multiyear"})
PLAN_ROLES = frozenset({"plan", "plan_multiyear"})


@dataclass(frozen=True)
class Sentence:
    """A sentence: offsets ``start``/``end`` index the raw text, ``text`` is the clean view."""

    sentence_id: str
    part: int
    section: int
    paragraph: int
    index: int
    start: int
    end: int
    clean_start: int
    clean_end: int
    text: str
    is_heading: bool = False


@dataclass(frozen=True)
class Paragraph:
    paragraph_id: str
    part: int
    section: int
    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...]
    is_heading: bool = False


@dataclass(frozen=True)
class Section:
    section_id: str
    part: int
    index: int
    numeral: str
    title: str
    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Part:
    part_id: str
    index: int
    numeral: str
    title: str
    role: str
    year: int | None
    start: int
    end: int
    sections: tuple[Section, ...]
    #: the years the part covers when its heading says so (see :func:`part_period`)
    first_year: int | None = None
    last_year: int | None = None
    #: what decided the role: ``heading`` (its words), ``position`` (a topical part after a
    #: plan or review part, see ``topical_inherits`` in structure_rules.yml) or ``none``
    role_basis: str = "heading"


#: Told how far a stage has read a report: ``(characters read, characters in all)`` of its clean
#: text, after each sentence and within a sentence of many figures (the command line prints it
#: when a report is slow to read).
ReadProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class Report:
    """A decoded, cleaned and structured report."""

    report_id: str
    raw_text: str
    clean_text: str
    clean_to_raw: tuple[int, ...] = field(repr=False)
    encoding: str
    parts: tuple[Part, ...]
    metadata: dict[str, Any] = field(default_factory=dict, repr=False)
    notes: tuple[str, ...] = ()
    #: Sentences read as the plan year's though no plan part holds them
    #: (:func:`targets_without_plan`), found once when the report is parsed.
    targets_as_plan: frozenset[str] = frozenset()

    def sections(self) -> Iterator[Section]:
        for part in self.parts:
            yield from part.sections

    def paragraphs(self) -> Iterator[Paragraph]:
        for section in self.sections():
            yield from section.paragraphs

    def sentences(self) -> Iterator[Sentence]:
        for paragraph in self.paragraphs():
            yield from paragraph.sentences

    def raw_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Raw offsets of the clean span ``[clean_start, clean_end)``."""
        return raw_span(self.clean_to_raw, clean_start, clean_end)

    @cached_property
    def years(self) -> tuple[int | None, int | None]:
        """``(review_year, plan_year)`` (:func:`infer_years`), read once: a text no year dates
        runs every fallback over the whole text, and the extractor asks for each sentence."""
        return infer_years(self)

    @property
    def plan_year(self) -> int | None:
        return self.years[1]

    @property
    def review_year(self) -> int | None:
        return self.years[0]


# --------------------------------------------------------------------------- decoding


#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings of the GB family that GB18030 (their superset) decodes correctly.
GB_FAMILY = frozenset({"gb18030", "gbk", "gb2312", "cp936", "hz"})
#: How a detected encoding is named in the refusal, with its ``iconv`` name.
ENCODING_NAMES = {
    "big5": ("Big5 (traditional Chinese)", "BIG5"),
    "cp950": ("Big5 (traditional Chinese)", "BIG5"),
    "big5hkscs": ("Big5-HKSCS (traditional Chinese)", "BIG5-HKSCS"),
    "cp932": ("Shift-JIS (Japanese)", "SHIFT_JIS"),
    "shift_jis": ("Shift-JIS (Japanese)", "SHIFT_JIS"),
    "euc_jp": ("EUC-JP (Japanese)", "EUC-JP"),
    "euc_kr": ("EUC-KR (Korean)", "EUC-KR"),
    "cp949": ("EUC-KR (Korean)", "EUC-KR"),
    "utf_16": ("UTF-16 without a byte-order mark", "UTF-16"),
    "utf_16_le": ("UTF-16 without a byte-order mark", "UTF-16LE"),
    "utf_16_be": ("UTF-16 without a byte-order mark", "UTF-16BE"),
}


def detected_encodings(data: bytes) -> list[str]:
    """The encodings charset-normalizer finds plausible for ``data``, most plausible first
    (Python codec names). A maintained detector rather than our own heuristics: telling Big5
    from GB18030 needs character-frequency models, and GB18030's permissive decoder turns
    almost any bytes into (wrong) text.

    >>> detected_encodings("過去一年，經濟增長5.2%，財政收入達到120億元。".encode("big5") * 5)
    ['big5']
    """
    from charset_normalizer import from_bytes

    return [match.encoding for match in from_bytes(data)]


def refusal(name: str, encoding: str) -> InputError:
    """The one-line error for a text in an encoding the project does not read.

    >>> str(refusal("r.txt", "big5"))
    'r.txt: looks like Big5 (traditional Chinese) text, not UTF-8, UTF-16 or GB18030: convert it first, e.g. iconv -f BIG5 -t UTF-8 r.txt'
    """
    if encoding in ENCODING_NAMES:
        label, iconv = ENCODING_NAMES[encoding]
    elif encoding.startswith(("cp125", "latin", "iso8859", "mac")):
        label, iconv = (
            f"a single-byte Western encoding ({encoding})",
            encoding.upper().replace("_", "-"),
        )
    else:
        label, iconv = encoding, encoding.upper().replace("_", "-")
    return InputError(
        f"{name}: looks like {label} text, not UTF-8, UTF-16 or GB18030: convert it first, "
        f"e.g. iconv -f {iconv} -t UTF-8 {name}"
    )


#: Files that are documents of another format, by how their bytes open (lower case), and what to
#: do instead: each is refused with that one line rather than read as text.
DOCUMENT_FORMATS: tuple[tuple[bytes | tuple[bytes, ...], str], ...] = (
    (b"%pdf-", "a PDF, not a text report: extract its text first (pdftotext -enc UTF-8 FILE)"),
    (
        b"pk\x03\x04",
        "a zip archive (a .docx or other Office document?), not a text report: save it as plain "
        "text (UTF-8) first",
    ),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Office document (.doc?), not a text report: save it as plain text (UTF-8) first",
    ),
    (b"{\\rtf", "an RTF document, not a text report: save it as plain text (UTF-8) first"),
    (
        (b"<!doctype html", b"<html"),
        "a web page (HTML), not a text report: save the page's text (UTF-8) or copy it into a "
        ".txt file first",
    ),
)


def decode_bytes(data: bytes, name: str = "report") -> tuple[str, str]:
    """Decode a report's bytes; return ``(text, encoding)``.

    A byte-order mark decides (UTF-8, UTF-16 as Windows Notepad saves "Unicode", UTF-32); else
    strict UTF-8; else GB18030 if the detector (:func:`detected_encodings`) finds the GB family
    plausible. Anything else (Big5, Shift-JIS, Latin-1 ...) is refused with a one-line
    :class:`InputError` naming the encoding it looks like, rather than decoded into mojibake;
    so are empty, binary and undecodable input.

    >>> decode_bytes("报告".encode("gb18030"))
    ('报告', 'gb18030')
    >>> decode_bytes(codecs.BOM_UTF8 + "报告".encode())
    ('报告', 'utf-8-sig')
    >>> decode_bytes("报告".encode("utf-16"))
    ('报告', 'utf-16')
    >>> decode_bytes(b"%PDF-1.4 ...", "r.pdf")
    Traceback (most recent call last):
    govreport.errors.InputError: r.pdf: a PDF, not a text report: extract its text first (pdftotext -enc UTF-8 FILE)
    >>> decode_bytes(b"<!DOCTYPE html><html>...", "r.html")
    Traceback (most recent call last):
    govreport.errors.InputError: r.html: a web page (HTML), not a text report: save the page's text (UTF-8) or copy it into a .txt file first
    """
    opening = data.removeprefix(codecs.BOM_UTF8).lstrip()[:16].lower()
    for magic, what in DOCUMENT_FORMATS:
        if opening.startswith(magic):
            raise InputError(f"{name}: {what}")
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"{name}: cannot be decoded as {encoding}, though it starts with its byte-order mark"
                ) from None
            return _checked_text(text, encoding, name)
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    if b"\x00" in data:
        detected = detected_encodings(data)
        if detected and detected[0].startswith("utf_16"):
            raise refusal(name, detected[0])
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not a text report")
    try:
        return _checked_text(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    detected = detected_encodings(data)
    # GB18030 when the detector counts it among the plausible encodings at all: short GB texts
    # get other candidates ranked first, while real Big5, Shift-JIS or Latin-1 text of any
    # length leaves the GB family out.
    if GB_FAMILY.intersection(detected):
        try:
            return _checked_text(data.decode("gb18030"), "gb18030", name)
        except UnicodeDecodeError:
            pass
    elif detected:
        raise refusal(name, detected[0])
    raise InputError(f"{name}: cannot be decoded as UTF-8, UTF-16 or GB18030")


def _checked_text(text: str, encoding: str, name: str) -> tuple[str, str]:
    """``(text, encoding)`` after the checks every decoded text must pass."""
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    if _control_share(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file (control characters), not text")
    return text, encoding


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(len(text), 1)


# --------------------------------------------------------------------------- cleaning


#: A subscript a web page set on a line of its own (广义货币M / 2 / 增长11.3%, 细颗粒物（PM / 2.5 /
#: ）浓度…: <sub> rendered as a line): a Latin letter closing a line, one or two digits (and a
#: decimal) alone on the next, the text going on after it.
SUBSCRIPT_LINE = re.compile(
    r"[A-Za-zＡ-Ｚａ-ｚ](\r?\n)[0-9０-９]{1,2}(?:[.．][0-9０-９])?(\r?\n)(?=[^\s\d])"
)


def subscript_break_spans(raw: str) -> list[tuple[int, int]]:
    """Raw spans of the line breaks around a subscript set on a line of its own
    (:data:`SUBSCRIPT_LINE`): removed from the clean view, they leave the paragraph whole
    (广义货币M2增长11.3%).

    >>> raw = "稳健的货币政策，广义货币M\\n2\\n增长11.3%。\\n2\\n"
    >>> [(a, b) for a, b in subscript_break_spans(raw)]
    [(13, 14), (15, 16)]
    """
    return [span for m in SUBSCRIPT_LINE.finditer(raw) for span in (m.span(1), m.span(2))]


#: Characters a web page leaves on a line of their own where it broke a paragraph (zero-width
#: space, joiners, byte-order mark).
INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
#: A line that leaves its sentence open: it ends with a character, a digit, a letter, a comma or
#: an opening mark (…今年预期目标设定, …光缆线路550, 》，国务院编制了《), not a closing mark.
OPEN_LINE_END = re.compile(r"[\u4e00-\u9fff0-9A-Za-z，、,（(《“‘]$")
#: A figure alone on its line (2023 / 年是…, 超 / 5 / 亿元): no paragraph; it goes on in the next line.
FIGURE_LINE = re.compile(r"[0-9０-９][0-9０-９.．,，]*[%％]?")
#: A figure alone on its line with the clause's separator after it (地区生产总值增长 / 8%; / 财政收入
#: 增长 / 10%; …: a county's page that set each figure in an element of its own, session 45).
FIGURE_ITEM_LINE = re.compile(r"[0-9０-９][0-9０-９.．,，]*[%％]?[;；,，、]")
#: A clause's separator closing a line: the sentence goes on in the next line (…增资麒麟软件，).
CLAUSE_OPEN_ENDS = ("，", "、", ",")
#: What never ends a paragraph: a line ending so goes on after blank lines too when a figure
#: opens the next one (…由“十五”末的 / / 12.8亿元增加到…, a county report's page of 2011).
NEVER_CLOSING_ENDS = ("的", "由", "从", "和", "与", "及", "、", "，", ",", "（", "(", "《", "“")
#: What cannot open a paragraph: a line starting so goes on with the line before (》，国务院…).
#: (nor 分别, which needs its list before it: 工业投资、工业技改投资 / 分别增长69.2%、15.2%, a
#: county's news page of 2024, session 55)
CONTINUATION_START = re.compile(r"^(?:[，、。；：！？）》」』”’%,.;:!?)]|分别)")
#: A figure's postfix hedge opening a line: after a line ending with the figure it goes on with
#: it (增长3.5% / 左右。…, a page converted from a PDF that set each figure on a line of its own).
HEDGE_START = re.compile(r"^(?:左右|以上|以下|以内|上下|多|余)")
#: A line ending with a figure (…增长3.5%, …超过28).
FIGURE_END = re.compile(r"[0-9０-９][%％]?$")
#: Verbs that take a figure after them: a line ending on one goes on with a figure opening the
#: next line.
FIGURE_VERB_ENDS = ("达到", "增长", "下降", "完成", "实现", "突破", "超过", "提高", "增加", "减少")
#: A figure opening a line that is no year, month or day (13350元, 8.5%).
FIGURE_NOT_YEAR = re.compile(r"[0-9０-９][0-9０-９.．]*(?![0-9０-９.．年月日])")
#: The adverb distributing figures over the items before it: no paragraph opens with it.
RESPECTIVELY = "分别"
#: A line closed by a figure with its percent or unit and a hedge (增长5%以上, 净增218家): an item
#: of a digest set one per line, no inline element the sentence goes on after.
FIGURE_ITEM_END = re.compile(
    r"[0-9０-９](?:[%％‰]|个百分点|[万亿]?[元吨人户家个项亩座所])(?:左右|以上|以下|以内|上下|多|余)?$"
)
#: Sentence punctuation an inline element's line (高速公路, 民族区域自治法) never holds.
INLINE_STOPS = re.compile(r"[。！？；：!?;:]")
#: The longest line read as an inline element a web page set on a line of its own.
INLINE_MAX_CHARS = 30
#: An outline heading's or a list item's opening (一、 （一） 第一， 1.): such a line is never
#: joined to the line before or after it.
HEADING_OPENING = re.compile(
    rf"^(?:{_NUMERAL}$|{_NUMERAL}[ \u3000]?[、．.]|[（(]{_NUMERAL}[）)]|第{_NUMERAL}(?:[，,、]|部分)"
    r"|[0-9]+[.．、](?![0-9]))"
)
#: A Chinese character: a line joined to the next holds one (not a page number's " (").
HAN = re.compile(r"[\u4e00-\u9fff]")


def _visible(line: str) -> str:
    return line.strip(_LINE_TRIM + INVISIBLE_CHARS)


def closed_later(visible: Sequence[str], blank: Sequence[bool]) -> list[bool]:
    """For each line, whether it or a line after it in its paragraph holds sentence punctuation
    (:data:`INLINE_STOPS`), the paragraph ending at a ``blank`` line (a line of invisible
    characters only is not blank: a web page's separator inside a sentence) or an outline
    heading. One pass, from the last line back.

    >>> lines = ["新建改建", "高速公路", "550", "\u200b", "多万公里。", "", "粮食1.4万亿斤", "赤字率4%"]
    >>> closed_later([line.strip("\u200b") for line in lines], [not line for line in lines])
    [True, True, True, True, True, False, False, False]
    >>> closed_later(["就业1200万人", "二、任务", "安排资金。"], [False] * 3)
    [False, True, True]
    """
    closes = [False] * len(visible)
    later = False
    for i in range(len(visible) - 1, -1, -1):
        if blank[i]:
            later = False
            continue
        line = visible[i]
        later = bool(INLINE_STOPS.search(line)) or later
        closes[i] = later
        if HEADING_OPENING.match(line):
            later = False  # (a heading opens its paragraph: the lines before it end theirs)
    return closes


#: The marks of clauses inside a running paragraph's line.
CLAUSE_MARKS = re.compile(r"[，,；;]")
#: A sentence's end inside a line: the line is a running paragraph, no heading.
SENTENCE_ENDS = re.compile(r"[。！？!?]")
#: A line opening with a figure of a clause cut before it: the number (not a year, month or day),
#: its unit and the clause's separator (7.3亿元,同比增长…).
FIGURE_OPENS_CLAUSE = re.compile(
    r"[0-9０-９][0-9０-９.．]*(?![0-9０-９.．年月日])[^\d，,。；;：:\s]{0,6}[，,；;、]"
)


def inline_break_spans(raw: str) -> list[tuple[int, int]]:
    """Raw spans of the line breaks a web page put inside a sentence: removed from the clean
    view, they leave the paragraph whole (the raw text keeps them). A break is read as one after a
    line that leaves its sentence open (:data:`OPEN_LINE_END`, no heading) when

    - only invisible lines (a zero-width space) stand before the next line (…今年预期目标设定 /
      ​ / 为6%以上，…: national 1957, 2017, 2021), and that line is not indented;
    - the next line follows at once and cannot open a paragraph (:data:`CONTINUATION_START`),
      or the line closes on a clause's separator (:data:`CLAUSE_OPEN_ENDS`);
    - the next line follows at once, is short, holds no sentence punctuation and is followed at
      once by another line: an inline element (a link) set on its own line, joined on both sides
      (新建改建 / 高速公路 / 6700多公里。), when the lines after it close the sentence before the
      paragraph ends (a list of short items set one per line without punctuation, 城镇新增就业
      1267万人 / 粮食产量达到1.43万亿斤 / …, is no sentence: :func:`closed_later`).

    Not in the front (before the salutation 各位代表 or the first part heading). One pass over
    the lines.

    >>> raw = "各位代表：\\n目标设定\\n\\u200b\\n为6%以上，\\n新建改建\\n高速公路\\n6700多公里。\\n\\n一、回顾\\n正文"
    >>> text = raw
    >>> for a, b in reversed(inline_break_spans(raw)):
    ...     text = text[:a] + text[b:]
    >>> text.split("\\n")
    ['各位代表：', '目标设定为6%以上，新建改建高速公路6700多公里。', '', '一、回顾', '正文']
    >>> raw = "各位代表：\\n增长207%;实际利用内资\\n7.3亿元,同比增长45.97%。\\n(一)经济方面\\n2010年,增长5%。"
    >>> text = raw
    >>> for a, b in reversed(inline_break_spans(raw)):
    ...     text = text[:a] + text[b:]
    >>> text.split("\\n")
    ['各位代表：', '增长207%;实际利用内资7.3亿元,同比增长45.97%。', '(一)经济方面', '2010年,增长5%。']
    >>> raw = "各位代表：\\n预计，生产总值增长\\n8%;\\n财政收入增长\\n10%\\n。\\n"
    >>> text = raw
    >>> for a, b in reversed(inline_break_spans(raw)):
    ...     text = text[:a] + text[b:]
    >>> text.split("\\n")
    ['各位代表：', '预计，生产总值增长8%;财政收入增长10%。', '']
    """
    lines = []
    start = 0
    for line in raw.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    # (a line holding a note reference only, [1], is read as the debris it is: not visible)
    visible = [_visible(NOTE_REFERENCE.sub("", raw[a:b])) for a, b in lines]
    closes = closed_later(visible, [not raw[a:b].strip() for a, b in lines])
    rules = structure_rules()
    spans: list[tuple[int, int]] = []
    inline = False  # (the line before was an inline element joined to the one before it)
    in_front = True  # (the front's title and date lines stay apart)
    i = 0
    while i < len(lines) - 1:
        line, j = visible[i], i + 1
        while j < len(lines) and not visible[j]:
            j += 1
        # (or at a line of a sentence, a clause mark and its sentence's end in it: a page whose
        # every figure a script set on a line of its own, with no salutation or part heading,
        # 本届政府工作回顾 / …分别是 / 2007 / 年的 / 2.2 / 倍、…: a county's digest, session 66)
        in_front = (
            in_front
            and not ends_front(line, rules)
            and not (FRONT_SENTENCE.search(line) and SENTENCE_ENDS.search(line))
        )
        joined = False
        noted = j > i + 1 and any(NOTE_REFERENCE.search(raw[a:b]) for a, b in lines[i + 1 : j])
        if (
            not in_front
            and (
                inline
                or HAN.search(line)
                or FIGURE_LINE.fullmatch(line)  # (超 / 5 / 亿元)
                or RATIO_COLON_LINE.fullmatch(line)
            )
            and j < len(lines)
            and (
                OPEN_LINE_END.search(line)
                # (25.2 / : / 42.7: a ratio's colon on a line of its own, a figure after it)
                or (RATIO_COLON_LINE.fullmatch(line) and visible[j][:1].isdigit())
                or (inline and FIGURE_ITEM_LINE.fullmatch(line))  # (8%; / 财政收入增长: goes on)
                # (10% / 。: the sentence's stop on the line after the figure)
                or (line.endswith(("%", "％")) and CONTINUATION_START.match(visible[j]))
                or (FIGURE_END.search(line) and HEDGE_START.match(visible[j]))  # (3.5% / 左右)
                or (noted and not CLOSED_LINE_END.search(line))
            )
            and not (HEADING_OPENING.match(line) and "。" not in line)  # (a heading alone)
            and raw[lines[j][0] : lines[j][0] + 1] not in (" ", "\u3000", "\t")
            and not HEADING_OPENING.match(visible[j])
            # (2023年工作回顾 / 2023 / 年是…: a heading named by its period and role before a
            # figure alone, which opens the paragraph; the check reads such lines only there, as
            # 今年预期目标设定 / ​ / 为6%以上 goes on)
            and not (
                FIGURE_LINE.fullmatch(visible[j])
                and not inline
                and _is_unnumbered_heading(line, rules)
            )
        ):
            after = raw[lines[i + 1][0] : lines[i + 1][1]]
            if j > i + 1:  # (only lines of invisible characters or note references after)
                joined = (
                    noted
                    or any(c in after for c in INVISIBLE_CHARS)
                    # (全县生产总值由“十五”末的 / (blank) / 12.8亿元增加到…: a page that broke the
                    # sentence with an empty line, after a word that never ends a paragraph,
                    # before a figure; not …总的形势是很好的 / (blank) / 国家经济实力…: national
                    # 1988's lead without its full stop)
                    or (line.endswith(NEVER_CLOSING_ENDS) and visible[j][:1].isdigit())
                    # (城乡居民人均可支配收入 / (blank) / 分别增长9.4%和10.1%: a digest's label
                    # before its figures, a city's news page of 2022, session 56; 分别 opens no
                    # paragraph)
                    or bool(
                        visible[j].startswith(RESPECTIVELY)
                        and HAN.match(line[-1:])
                        and len(line) <= INLINE_MAX_CHARS
                        and not INLINE_STOPS.search(line)
                        and not CLAUSE_MARKS.search(line)
                    )
                    # (…保持平稳健康发展。全年实现地区生产总值 / (blank) / 2803.5亿元、增长3.8%，…:
                    # a running paragraph cut before its figure by an empty line, session 55)
                    or bool(
                        HAN.match(line[-1:])
                        and CLAUSE_MARKS.search(line)
                        and SENTENCE_ENDS.search(line)
                        and FIGURE_OPENS_CLAUSE.match(visible[j])
                    )
                )
                inline = False
            else:
                element = (
                    (
                        len(visible[j]) <= INLINE_MAX_CHARS
                        and not INLINE_STOPS.search(visible[j])
                        and OPEN_LINE_END.search(visible[j]) is not None
                        # (增长 / 8%; / 财政收入增长 / 10%; …: a figure set on its own line with
                        # the separator after it)
                        or FIGURE_ITEM_LINE.fullmatch(visible[j]) is not None
                        # (增长 / 3% / 以上。…: a figure alone, its hedge or stop on the line after)
                        or (
                            FIGURE_LINE.fullmatch(visible[j]) is not None
                            and j + 1 < len(lines)
                            and bool(
                                HEDGE_START.match(visible[j + 1])
                                or CONTINUATION_START.match(visible[j + 1])
                            )
                        )
                    )
                    and j + 1 < len(lines)
                    and bool(visible[j + 1])
                    and not HEADING_OPENING.match(visible[j + 1])
                    and closes[j + 1]
                )
                joined = (
                    inline
                    or element
                    or bool(CONTINUATION_START.match(visible[j]))
                    or line.endswith(CLAUSE_OPEN_ENDS)
                    or bool(FIGURE_LINE.fullmatch(line) and HAN.match(visible[j]))
                    or bool(FIGURE_END.search(line) and HEDGE_START.match(visible[j]))
                    # (…是2005年的 / 2.7倍，…: no paragraph ends on 的, and a figure goes on)
                    or bool(line.endswith(NEVER_CLOSING_ENDS) and visible[j][:1].isdigit())
                    # (固定资产投资25 / 0.3亿元: a number cut where the page wrapped its line)
                    or bool(line[-1:].isdigit() and visible[j][:1].isdigit())
                    # (…人均可支配收入分别达到 / 13350元和25160元，…: a verb cut from its figure,
                    # a county's page of 2015, session 56; not a year opening the next line)
                    or bool(line.endswith(FIGURE_VERB_ENDS) and FIGURE_NOT_YEAR.match(visible[j]))
                    # (…同比增长207%;实际利用内资 / 7.3亿元,同比增长45.97%;…: a clause of a
                    # running paragraph cut before its figure, the next line goes on with it)
                    or bool(
                        HAN.match(line[-1:])
                        and CLAUSE_MARKS.search(line)
                        and FIGURE_OPENS_CLAUSE.match(visible[j])
                    )
                )
                # (实际利用省外…项目资金 / 增长5%以上 / 促消费成效明显，…: a digest's item closed
                # by its figure is joined to its label, not to the next item)
                inline = element and not FIGURE_ITEM_END.search(visible[j])
        if joined:
            a, b = lines[i]
            cut = a + len(raw[a:b].rstrip(_LINE_TRIM + INVISIBLE_CHARS))
            nxt = raw[lines[j][0] : lines[j][1]]
            spans.append((cut, lines[j][0] + len(nxt) - len(nxt.lstrip(INVISIBLE_CHARS))))
        else:
            inline = False
        i = j
    return spans


#: A page-number line of a PDF's text ("— 3 —", "-3-", "第 3 页"; a bare number before a form feed
#: too): skipped between two lines of a paragraph.
PAGE_NUMBER_LINE = re.compile(
    r"[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
)
#: A line whose sentence is closed: it ends with sentence punctuation, a closing mark after it
#: allowed (…的一年。 / …。” / …：).
CLOSED_LINE_END = re.compile(r"[。！？；：!?;:…][”’」』）)]*$")
#: A hard-wrapped text's width (see :func:`wrap_width`) is read only between these widths (in
#: full-width characters): narrower lines are a list's, wider ones no page's.
WRAP_WIDTHS = (12.0, 120.0)
#: A line at most this much narrower than the wrap width is full, cut by the wrap: a
#: paragraph's first line loses its indent of two characters, and a line may break a character
#: early before a mark that cannot open a line.
WRAP_SLACK = 4.0
#: A line within this of the wrap width is no paragraph's first line (that one is narrower by
#: its indent of two characters): after a line whose sentence is closed, the paragraph goes on
#: only into such a line (pdftotext of five reports printed as official documents, -layout
#: telling the indents: 101 of 110 lines going on are this wide, none of 86 first lines).
WRAP_GOES_ON = 1.0
#: A text is hard-wrapped when at least this many of its lines with Chinese characters ...
#: (session 49: 12, not 20 - web excerpts of a wrapped page run to 13-19 wrapped lines, 威海 2012,
#: 嫩江 2001, 廊坊 2003, and lost figures and subjects at every break; the share below keeps a
#: text of paragraph lines out)
WRAP_MIN_LINES = 12
#: ... making at least this share of them, are full (within :data:`WRAP_SLACK` below the wrap
#: width, at most one above it) ...
WRAP_MIN_SHARE = 0.5
#: ... and at most this share of them are wider than the wrap width by more than two.
WRAP_MAX_WIDER = 0.05
#: A ratio's colon alone on a line (25.2 / : / 42.7: a page setting each figure on its own line).
RATIO_COLON_LINE = re.compile(r"[:：∶︰]")
#: Clause marks no front line (title, date, speaker) has: a line with one is a sentence's.
FRONT_SENTENCE = re.compile(r"[，,；;][^，,；;]")
#: What a page never breaks: a number or a Latin word opening a line was too wide for the end of
#: the line before (…比上年增长 / 14.5%；).
UNBROKEN_RUN = re.compile(r"[0-9A-Za-z.,:%‰/+\-]+")


def display_width(line: str) -> float:
    """The width of ``line`` in full-width characters: a Chinese character or a full-width mark
    counts 1, a digit, a Latin letter or a half-width mark 1/2 (as a page sets them).

    >>> display_width("增长5.9%，"), display_width("——2025年")
    (5.0, 5.0)
    """
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in line)


def wrap_width(widths: Sequence[float]) -> float | None:
    """The width a hard-wrapped text's lines were cut at (a PDF's text, pdftotext output: every
    line of a paragraph but its last is full), from the display widths of its lines with Chinese
    characters; ``None`` for a text whose lines are its paragraphs (a web page's, a typed one).

    The width is the most frequent whole width among :data:`WRAP_WIDTHS` (ties: the widest); the
    text counts as wrapped when :data:`WRAP_MIN_LINES` lines, :data:`WRAP_MIN_SHARE` of all, are
    full and at most :data:`WRAP_MAX_WIDER` are wider. A paragraph per line spreads its widths
    too much to pass.

    >>> wrap_width([28, 27.5, 26, 28, 12, 28] * 5)
    28
    >>> wrap_width([28, 140, 36, 250, 62, 28] * 5) is None
    True
    """
    whole = Counter(int(w + 0.5) for w in widths if WRAP_WIDTHS[0] <= w <= WRAP_WIDTHS[1])
    if not whole:
        return None
    width = max(sorted(whole, reverse=True), key=lambda w: whole[w])
    full = sum(width - WRAP_SLACK <= w <= width + 1 for w in widths)
    wider = sum(w > width + 2 for w in widths)
    if full < WRAP_MIN_LINES or full < WRAP_MIN_SHARE * len(widths):
        return None
    return width if wider <= WRAP_MAX_WIDER * len(widths) else None


def _cut_by_wrap(line: str, nxt: str, width: float) -> bool:
    """Whether ``line`` ended where the wrap cut it: it is full (:data:`WRAP_SLACK`), or the
    number or Latin word opening ``nxt`` would not have fitted after it.

    >>> _cut_by_wrap("比上年增长" * 4 + "今年", "14.5%；", 28), _cut_by_wrap("比上年增长" * 4, "今年", 28)
    (True, False)
    """
    run = UNBROKEN_RUN.match(nxt)
    return display_width(line) + (display_width(run.group()) if run else 0) >= width - WRAP_SLACK


def wrapped_break_spans(raw: str) -> list[tuple[int, int]]:
    """Raw spans of the line breaks a hard wrap put inside a paragraph (:func:`wrap_width`):
    removed from the clean view, they leave the paragraph whole (the raw text keeps them); a
    page break between the two lines (blank lines, a page-number line, a form feed) goes with
    its break. A break is read as one after a line cut by the wrap (:func:`_cut_by_wrap`) when

    - the line leaves its sentence open (:data:`CLOSED_LINE_END`), or the next line is nearly as
      wide as the wrap (:data:`WRAP_GOES_ON`: no paragraph's indented first line), or the text
      indents its paragraphs' first lines (pdftotext -layout) and the next line is not indented;
    - the line is no outline heading alone (一、… without 。) before what looks like an indented
      first line (:data:`WRAP_GOES_ON`), unless it fills the width;
    - in the front (title, date and speaker lines, up to the salutation, a part heading or the
      first line filling the width), the line fills the width;
    - the next line opens no heading or list item and is not indented.

    Nothing in a text that is not hard-wrapped. One pass over the lines.

    >>> page = ["一、回顾", "一年来，面对经济下行压力增大、困难问题交织叠加的复杂严峻",
    ...     "形势，地区生产总值完成1078.9亿元、增长5.9%，总量居", "— 1 —", "\\f全市第三位。"]
    >>> raw = text = "\\n".join(page * 10)
    >>> for a, b in reversed(wrapped_break_spans(raw)):
    ...     text = text[:a] + text[b:]
    >>> text.split("\\n")[:2]
    ['一、回顾', '一年来，面对经济下行压力增大、困难问题交织叠加的复杂严峻形势，地区生产总值完成1078.9亿元、增长5.9%，总量居全市第三位。']
    """
    lines = []
    start = 0
    for line in raw.split("\n"):
        lines.append((start, start + len(line)))
        start += len(line) + 1
    trim = _LINE_TRIM + INVISIBLE_CHARS + "\f"
    visible = [raw[a:b].strip(trim) for a, b in lines]
    width = wrap_width([display_width(v) for v in visible if HAN.search(v)])
    if width is None:
        return []
    indented = [raw[a : a + 1] in (" ", "\u3000", "\t") for a, _ in lines]
    # (pdftotext -layout keeps the first lines' indents: then they tell where paragraphs open)
    indents = sum(i and bool(v) for i, v in zip(indented, visible, strict=True))
    marks_paragraphs = 0.02 <= indents / sum(map(bool, visible)) <= 0.7
    # (a page-number line: "— 3 —", or a bare number whose next written line opens a new page)
    page_number = [bool(PAGE_NUMBER_LINE.fullmatch(v)) for v in visible]
    feed_next = False  # (the next line with anything on it opens with a form feed)
    for k in range(len(lines) - 1, -1, -1):
        bare = visible[k].isdigit() and len(visible[k]) <= 4
        page_number[k] = page_number[k] or (feed_next and bare)
        written = raw[lines[k][0] : lines[k][1]].lstrip(" \t\u3000")
        if written.strip():
            feed_next = written.startswith("\f")
    rules = structure_rules()
    spans: list[tuple[int, int]] = []
    in_front = True
    i = 0
    while i < len(lines) - 1:
        line, j = visible[i], i + 1
        while j < len(lines) and (not visible[j] or page_number[j]):
            j += 1
        # (the front ends at the salutation, a part heading or the first line filling the width;
        # or at a line of a sentence, its clauses marked: 2022 年是本届政府开局之年,也是…极具挑 /
        # 战、…, a district's report copied from its PDF, session 66, wrapped at a width its
        # first line fell short of by the spaces around a figure)
        in_front = (
            in_front
            and not ends_front(line, rules)
            and display_width(line) < width - 1
            and not FRONT_SENTENCE.search(line)
        )
        if j == len(lines) or not line or not _cut_by_wrap(line, visible[j], width):
            i = j
            continue
        nxt = visible[j]
        goes_on = (
            not CLOSED_LINE_END.search(line)
            or display_width(nxt) >= width - WRAP_GOES_ON
            or marks_paragraphs
        )
        heading_alone = bool(HEADING_OPENING.match(line)) and "。" not in line
        if (
            goes_on
            and not (
                heading_alone
                and display_width(line) < width - 1
                and not marks_paragraphs
                and width - WRAP_SLACK <= display_width(nxt) < width - WRAP_GOES_ON
            )
            and not (in_front and display_width(line) < width - 1)
            and not indented[j]
            and not HEADING_OPENING.match(nxt)
            and not PART_HEADING.match(nxt)
        ):
            a, b = lines[i]
            cut = a + len(raw[a:b].rstrip(trim))
            after = raw[lines[j][0] : lines[j][1]]
            spans.append((cut, lines[j][0] + len(after) - len(after.lstrip(trim))))
        i = j
    return spans


#: A letter l or I typed for the digit 1 inside a number (再就业补助资金25l亿元: national 2006), a
#: digit before it and a digit or a magnitude or 元 after it: read as 1 in the clean view.
LETTER_FOR_ONE = re.compile(r"(?<=[0-9])[lI](?=[0-9万亿千百元])")
#: A circle typed for the zero 〇 after a Chinese digit (一九八○年, 二○三五年, 一○○个: U+25CB
#: or U+25EF): every figure and year pattern reads 〇, so the clean view writes it (one for one).
#: A circle after no digit stays (a bullet ○, a blank ○○县), unless a decimal point and a digit
#: follow it (百分之○點一: a Taiwanese portal's copy of Shanghai's 2026 report, session 68).
CIRCLE_ZERO = re.compile(r"(?<=[〇零一二三四五六七八九])[○◯]+|[○◯](?=点[〇零一二三四五六七八九])")
#: A year in Chinese digits with a Latin or Arabic zero typed for 〇 (二O二五年, 二0二四年; a
#: full-width zero is already 0 here): the zeros of a year of four Chinese digits before 年.
MIXED_ZERO_YEAR = re.compile(
    r"(?<![〇零一二三四五六七八九0-9OＯ])[一二][〇零一二三四五六七八九0OＯ]{3}(?=[ \u3000]?年)"
)


#: Dashes and swung dashes of other code points between two figures (5―6%: U+2015, as some GB
#: converters give the dash; 5−6, 5∼6, 5〜6), read as the range dash — or ～ every range pattern
#: knows; by what they are written as.
RANGE_DASHES = {
    "―": "—", "‒": "—", "−": "—", "‐": "—", "‑": "—", "﹣": "—", "∼": "～", "〜": "～",
}  # fmt: skip
RANGE_DASH_BETWEEN = re.compile(f"(?<=[0-9%])[{''.join(RANGE_DASHES)}](?=[0-9])")
#: Colons of other code points between two figures (三次产业比调整为11.8︰48.3︰39.9: U+FE30, as a
#: county report page writes it; ﹕ U+FE55), read as the ratio colon ∶ every ratio pattern knows.
RATIO_COLON_BETWEEN = re.compile(r"(?<=[0-9])[︰﹕](?=[0-9])")


#: The care-of sign typed for the percent sign after a figure (增长15℅, 57.7℅: a county report
#: of 2011 as a news page gave it), read as %.
PERCENT_TYPED_AFTER = re.compile(r"(?<=[0-9])℅")


#: Double prime quotation marks typed for the curly quotes (“十五〞期间, 〝十四五〞: a county
#: report a document site gave, as some word processors write them), read as “ and ”.
QUOTE_FORMS = {"〝": "“", "〞": "”", "〟": "”"}
_QUOTE_TABLE = str.maketrans(QUOTE_FORMS)


#: What the clean view writes otherwise beyond NFKC (:func:`common_forms`), by what the text
#: types: a zero typed as a circle or a letter as 〇, a dash of another code point as the range
#: dash, a double prime as a curly quote (callers that give a text back as written read it
#: backwards).
TYPED_FORMS = dict.fromkeys("○◯OＯ0０", "〇") | RANGE_DASHES | QUOTE_FORMS | {"℅": "%"}


def common_forms(text: str) -> str:
    """``text`` with characters typed for others in the forms every pattern reads: the zeros
    typed as a circle or a letter in Chinese numerals as 〇, the dashes of :data:`RANGE_DASHES`
    between figures as the range dash, the colons of :data:`RATIO_COLON_BETWEEN` as ∶, the
    double primes of :data:`QUOTE_FORMS` as curly quotes, a care-of sign after a figure as %
    (:data:`PERCENT_TYPED_AFTER`); one for one (offsets unchanged).

    >>> common_forms("一九八○年，二○三五年，一○○个，○○县，二O二五年，二0二四年，2025年，一O")
    '一九八〇年，二〇三五年，一〇〇个，○○县，二〇二五年，二〇二四年，2025年，一O'
    >>> common_forms("增长5―6%，5%∼6%，――2025年，11.8︰48.3︰39.9")
    '增长5—6%，5%～6%，――2025年，11.8∶48.3∶39.9'
    >>> common_forms("“十五〞期间，〝十四五〞，增长15℅")
    '“十五”期间，“十四五”，增长15%'
    >>> common_forms("上涨百分之○点一，○○县")
    '上涨百分之〇点一，○○县'
    """
    if "〝" in text or "〞" in text or "〟" in text:
        text = text.translate(_QUOTE_TABLE)
    if "℅" in text:
        text = PERCENT_TYPED_AFTER.sub("%", text)
    if "○" in text or "◯" in text:
        text = CIRCLE_ZERO.sub(lambda m: "〇" * len(m.group()), text)
    text = RANGE_DASH_BETWEEN.sub(lambda m: RANGE_DASHES[m.group()], text)
    text = RATIO_COLON_BETWEEN.sub("∶", text)
    return MIXED_ZERO_YEAR.sub(lambda m: re.sub("[0OＯ]", "〇", m.group()), text)


#: A line at least this long holds several paragraphs run together (the longest paragraph of the
#: 65 corpus reports has 1,255 characters): a page saved with its paragraph tags turned into spaces.
MERGED_LINE_MIN = 3000
#: Spaces after a character that is not ASCII, before anything but a Latin letter (…取得新成效。
#: 二、2025年工作安排 今年是…, 三、关于2026年工作 2026年是…, …2200P。 [bookmark: x]（一）…).
SPACE_BETWEEN_TEXT = re.compile(
    r"(?<=[^\x00-\x7f\u3000\u00a0])[ \u3000\u00a0]+(?![A-Za-z \u3000\u00a0])"
)  # (not after a wide space: a run is tried once, from its first space, in linear time)
#: A run of spaces this long between text stands for a paragraph break on a line of any length
#: (…请认真贯彻执行。    寿光市人民政府   2023年4月7日   (此件公开发布)   寿光市2023年…计划   一、2022年
#: …执行情况   2022年，…: a page that ran a plan report's paragraphs together, session 54).
PARAGRAPH_SPACES = 3
#: A numbered part heading run into the text of a line of any length between single spaces, after
#: a sentence's end (…提出意见。 一、2019年工作回顾 即将过去的一年，…: a county's report of 2020 on
#: one line, session 59) or at the line's start (一、2024年工作回顾 全年…): both spaces stand for
#: paragraph breaks.
#: (its title's clauses too: …提出意见。 一、奋斗2022,我们聚力攻坚,在砥砺奋进中收获信心 2022年是…, a
#: district's report of 2023 on one line, session 66)
INLINE_PART_HEADING = re.compile(
    # (or after the report's title run into its line: 2023年广德市政府工作报告 一、勠力同心…, a
    # document site's copy, session 66)
    r"(?:(?<=[。！？])([ \u3000\u00a0]+)|(?<=政府工作报告)([ \u3000\u00a0]+)|^[ \u3000\u00a0]*)"
    r"[一二三四五六七八九十]{1,3}、"
    r"[^ \u3000\u00a0\n。；;！？：:]{2,40}?([ \u3000\u00a0]+)(?![A-Za-z \u3000\u00a0\r\n])",
    re.MULTILINE,
)
#: A year's part heading without a numeral run into a line between single spaces after a
#: sentence's end or the salutation's colon (…各位代表: 2011年工作回顧 過去一年里,…: a city's
#: report of 2012 on one line, session 61): both spaces stand for paragraph breaks.
INLINE_YEAR_HEADING = re.compile(
    r"(?<=[。！？：:])([ \u3000\u00a0]+)(?:(?:19|20)\d{2}\s?年|今年)(?:的)?(?:政府)?"
    r"工作(?:回顾|回顧|总结|總結|安排|任务|任務)([ \u3000\u00a0]+)(?![A-Za-z \u3000\u00a0\r\n])"
)
#: A numbered part heading naming its years and role run into its first sentence with no space
#: between them (…提出意见。 一、2020年工作回顾过去一年，我们…: a district's report of 2021 on one
#: line, session 62): the clean view reads a line break before the sentence (an insertion, the
#: only one: :func:`clean_text`).
GLUED_PART_HEADING = re.compile(
    r"(?:(?<=[。！？!?])|^)([ \u3000\u00a0]*)[一二三四五六七八九十]{1,3}、"
    r"(?:(?:19|20)\d{2}\s?年|过去[一五]年|過去[一五]年|今后[一五]年|今後[一五]年|[“\"]?十[一二三四五]五[”\"]?)"
    r"[^\s。，,；;！？：:、]{0,16}?"
    r"(?:工作回顾|工作回顧|工作安排|工作任务|工作任務|主要任务|主要任務|重点工作|重點工作|主要工作)"
    r"(?=过去|過去|一年来|一年來|五年来|五年來|今年|新的一年|(?:19|20)\d{2}\s?年[，,是])",
    re.MULTILINE,
)


def glued_heading_breaks(raw: str) -> list[int]:
    """Raw offsets of the sentences a part heading runs into (:data:`GLUED_PART_HEADING`): the
    clean view reads a line break before each.

    >>> raw = "请予审议。 一、2020年工作回顾过去一年，增长3.8%。二、2021年工作安排和目标任务"
    >>> [raw[i : i + 2] for i in glued_heading_breaks(raw)]
    ['过去']
    """
    return [m.end() for m in GLUED_PART_HEADING.finditer(raw)]


SPACE_RUN_BETWEEN_TEXT = re.compile(
    r"(?:(?<=[^\x00-\x7f\u3000\u00a0])|(?<=[)]))"  # (after text or a closing bracket)
    rf"[ \u3000\u00a0]{{{PARAGRAPH_SPACES},}}(?![A-Za-z \u3000\u00a0\r\n])"
)


#: A short token of Latin letters and digits right after Chinese text and before white space
#: (…一并审议。C6m   一、…, 政府工作报告jMF\n): a candidate for a page's paragraph mark.
_MARK_CANDIDATE = re.compile(r"(?<=[\x80-\U0010ffff:;,.!?)])([A-Za-z0-9]{2,4})(?=\s|$)")
#: A token is a page's paragraph mark when it holds a lower-case letter (the genre's Latin
#: abbreviations, GDP, CPI, PPP, are upper-case; units after a figure such as 万kW have no space
#: after them) and ends text this many times.
PARAGRAPH_MARK_MIN = 3


def paragraph_marks(raw: str) -> list[tuple[int, int]]:
    """Raw spans of the tokens a page set at its paragraphs' ends (jMF, C6m, hd9: some document
    sites mark each paragraph with one random token, :data:`PARAGRAPH_MARK_MIN`), each with the
    spaces after it up to a line break. The clean view drops them and reads a line break for
    each that no line break follows (:func:`clean_text`): on a page saved as one line, the token
    is the only sign of its paragraphs.

    >>> raw = "政府工作报告jMF 2020年12月23日jMF\\n各位代表:jMF   一、回顾jMF\\n细颗粒物PM2.5 GDP 12"
    >>> [raw[a:b] for a, b in paragraph_marks(raw)]
    ['jMF ', 'jMF', 'jMF   ', 'jMF']

    The same token on a line of its own, between paragraphs, is the mark too (…提出意见。kb4\\n
    kb4\\n过去四年，…: a city's report of 2017, session 60, whose paragraphs opened on it):

    >>> raw = "各位代表:kb4\\nkb4\\n现在。kb4\\nkb4\\n四年来，增长5%。kb4\\n"
    >>> [raw[a:b] for a, b in paragraph_marks(raw)]
    ['kb4', 'kb4', 'kb4', 'kb4', 'kb4']

    A token of capitals is a mark when it closes paragraphs, after their last stop, as often
    (政府工作报告XLC (2020年1月5日…)XLC 各位代表:XLC\n…审议。XLC\n: a city's report of 2020, session
    62); an abbreviation a sentence names is not:

    >>> raw = "报告XLC (2020年)XLC 各位代表:XLC\\n现在。XLC\\n增长5%。XLC\\n全市GDP 增长5%,GDP 总量"
    >>> [raw[a:b] for a, b in paragraph_marks(raw)]
    ['XLC ', 'XLC ', 'XLC', 'XLC', 'XLC']
    >>> paragraph_marks("全市GDP 增长5%，人均GDP 增长4%，GDP 总量。GDP 占比")
    []
    """
    found: dict[str, list[tuple[int, int]]] = {}
    closing: Counter[str] = Counter()  # (upper-case tokens closing a paragraph's line)
    lowered: set[str] = set()  # (tokens holding a lower-case letter)
    for m in _MARK_CANDIDATE.finditer(raw):
        token = m.group(1)
        lower = any("a" <= c <= "z" for c in token)
        if lower:
            lowered.add(token)
        if lower or any("A" <= c <= "Z" for c in token):
            end = m.end()
            while end < len(raw) and raw[end] in " \t\u3000\u00a0":
                end += 1
            found.setdefault(token, []).append((m.start(), end))
            if not lower and raw[m.start() - 1] in _PARAGRAPH_END and raw[end : end + 1] in "\r\n":
                closing[token] += 1
    tokens = {
        token
        for token, spans in found.items()
        if len(spans) >= PARAGRAPH_MARK_MIN
        and (token in lowered or closing[token] >= PARAGRAPH_MARK_MIN)
    }
    marks = [span for token in tokens for span in found[token]]
    if tokens:  # (one pass over the lines, whatever the number of tokens: linear time)
        marks += [m.span(1) for m in _MARK_ALONE.finditer(raw) if m.group(2) in tokens]
    return sorted(marks)


#: What closes a paragraph before an upper-case paragraph mark (…请予审议。XLC\n, 各位代表:XLC\n:
#: a city's report of 2020 on a documents site, session 62); the genre's abbreviations (GDP,
#: CPI) never stand there.
_PARAGRAPH_END = "。：:！？!?"
#: A line holding only a short Latin token (a paragraph mark set on a line of its own).
_MARK_ALONE = re.compile(r"^[ \t\u3000\u00a0]*(([A-Za-z0-9]{2,4})[ \t\u3000\u00a0]*)\r?$", re.M)


#: A short Latin token closing a line (a paragraph mark read off a heading line).
_MARK_AT_END = re.compile(r"[A-Za-z0-9]{2,4}$")
#: A line break, with the carriage return before it if any.
LINE_BREAK = re.compile(r"\r?\n")
#: The line break closing a mark's line, after its spaces (matched in place: linear time).
_BREAK_AFTER_MARK = re.compile(r"[ \t]*\r?\n")
#: A page whose paragraph marks end their lines this many times (and at least half of them)
#: wraps its lines inside paragraphs: see :func:`marked_wrap_breaks`.
MARKED_LINES_MIN = 3


def marked_wrap_breaks(raw: str, marks: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Raw spans of the line breaks inside the paragraphs of a page that ends every paragraph
    with its mark at a line's end (:func:`paragraph_marks`, :data:`MARKED_LINES_MIN`) and also
    wraps its lines (…增\\n长11.5%…hd9: a county report's page of 2020): after the first mark,
    a line break that no mark stands before, between two lines with text, is the wrap's (read
    as nothing). A mark the wrap cut (…发展。hd / 9) is read whole, as a line break: its pieces
    and the break inside them are spanned.

    >>> raw = "各位代表:hd9\\n地区生产总值增长8.4%；固定资产投资增\\n长11.5%。hd9\\n平稳发展。hd\\n9\\n经济hd9\\n"
    >>> [(raw[a:b], read) for a, b, read in marked_wrap_breaks(raw, paragraph_marks(raw))]
    [('\\n', ''), ('hd\\n9\\n', '\\n')]
    """
    tokens = {raw[a:b].strip() for a, b in marks}
    rules = structure_rules()
    line_ends = [b for _, b in marks if raw.startswith(("\n", "\r\n"), b)]
    if len(line_ends) < max(MARKED_LINES_MIN, len(marks) / 2):
        return []
    ends = set(line_ends)
    spans: list[tuple[int, int, str]] = []
    for brk in LINE_BREAK.finditer(raw, marks[0][1]):
        a, b = brk.span()
        if a in ends or a == 0 or raw[a - 1] == "\n" or b >= len(raw) or raw[b] in "\r\n":
            continue
        if spans and spans[-1][1] > a:
            continue  # (the break after a cut mark's last piece: spanned with it)
        cut = next(  # (a token cut by the break: its pieces looked up, not every token tried)
            (
                (a - k, b + size - k)
                for size in (4, 3, 2)
                for k in range(1, size)
                if a >= k and raw[a - k : a] + raw[b : b + size - k] in tokens
            ),
            None,
        )
        if cut is None:
            line = raw[b : b + 200].split("\n", 1)[0]  # (the next line, as far as a heading goes)
            if HEADING_OPENING.match(line.strip()) or (
                CLOSED_LINE_END.search(raw[max(0, a - 2) : a])
                and _is_unnumbered_heading(_MARK_AT_END.sub("", line.strip()), rules)
            ):
                continue  # (…贫困户。 / 二、2018年工作安排jgo: a mark the page left out)
            spans.append((a, b, ""))
            continue
        after = _BREAK_AFTER_MARK.match(raw, cut[1])  # (the paragraph's own break)
        spans.append((cut[0], after.end() if after else cut[1], "\n"))
    return spans


#: A hyphen between spaces after words or a reference mark, before words, a figure, Latin letters
#: or an opening quote ([9] - PM2.5…, [9] - “十四五”…): the bullet
#: of a list whose line breaks a copy lost (2025年及“十四五”时期工作回顾 - 2025年地区生产总值增长
#: 5.5%…省份 [4] - 规上工业增加值…: a news digest of a provincial report, session 57). Not one
#: between two years (2021年 - 2025年: a range).
_DASH_BULLET = re.compile(r"(?<=[\u3400-\u9fff\]）)] )-(?= [\u3400-\u9fff0-9A-Za-z“《（(])")
_YEAR_RANGE_DASH = re.compile(r"\d年 - \d{4}年")


def dash_bullet_breaks(raw: str) -> list[int]:
    """Raw offsets of the hyphens :data:`_DASH_BULLET` finds: they read as the end of an item
    (；) in the clean view, one for one.

    >>> dash_bullet_breaks("工作回顾 - 2025年增长5.5% [4] - 规上工业增长7.6%，2021年 - 2025年")
    [5, 23]
    """
    return [
        m.start()
        for m in _DASH_BULLET.finditer(raw)
        if not _YEAR_RANGE_DASH.match(raw, m.start() - 3)
    ]


def lost_paragraph_breaks(raw: str) -> list[int]:
    """Raw offsets of the spaces that stand for paragraph breaks on a line of paragraphs run
    together (:data:`MERGED_LINE_MIN`): the first space of each run after a non-ASCII character
    and before anything but a Latin letter (:data:`SPACE_BETWEEN_TEXT`). The clean view reads a
    line break there, one for one; shorter lines keep their spaces (市中区区长 孟庆顺) but for
    runs of :data:`PARAGRAPH_SPACES` or more (:data:`SPACE_RUN_BETWEEN_TEXT`).

    >>> raw = ("经济增长5%。" * 500) + " 二、2025年工作安排 今年是关键一年。"
    >>> [raw[i - 1 : i + 2] for i in lost_paragraph_breaks(raw)]
    ['。 二', '排 今']
    >>> lost_paragraph_breaks("市中区区长 孟庆顺")
    []
    >>> raw = "计划的通知。   (此件公开发布)   一、2022年计划执行情况   2022年，经济增长4%。"
    >>> [raw[i - 1 : i + 2] for i in lost_paragraph_breaks(raw)]
    ['。  ', ')  ', '况  ']

    A numbered part heading between single spaces after a sentence's end, on a line of any
    length (:data:`INLINE_PART_HEADING`):

    >>> raw = "提出意见。 一、2019年工作回顾 即将过去的一年，经济增长8%。"
    >>> [raw[i - 1 : i + 2] for i in lost_paragraph_breaks(raw)]
    ['。 一', '顾 即']
    >>> raw = "一、2024年工作回顾 全年经济增长5%。\\n二、2025年工作安排 经济增长5%左右。"
    >>> [raw[i - 1 : i + 2] for i in lost_paragraph_breaks(raw)]
    ['顾 全', '排 经']

    So does a year's heading without a numeral (:data:`INLINE_YEAR_HEADING`):

    >>> raw = "各位代表: 2011年工作回顾 过去一年里,经济增长12%。"
    >>> [raw[i - 1 : i + 2] for i in lost_paragraph_breaks(raw)]
    [': 2', '顾 过']

    And the space before one run into its first sentence (:data:`GLUED_PART_HEADING`):

    >>> raw = "提出意见。 一、2020年工作回顾过去一年,经济增长3.8%。"
    >>> [raw[i - 1 : i + 2] for i in lost_paragraph_breaks(raw)]
    ['。 一']
    """
    breaks: list[int] = []
    start = 0
    while start <= len(raw):  # (line by line: a pattern for long lines retried at every offset)
        end = raw.find("\n", start)
        end = len(raw) if end < 0 else end
        if end - start >= MERGED_LINE_MIN:
            breaks.extend(space.start() for space in SPACE_BETWEEN_TEXT.finditer(raw, start, end))
        else:
            found = [m.start() for m in SPACE_RUN_BETWEEN_TEXT.finditer(raw, start, end)]
            for heading in INLINE_PART_HEADING.finditer(raw, start, end):
                found += [heading.start(g) for g in (1, 2) if heading.group(g)]
                found.append(heading.start(3))
            for heading in INLINE_YEAR_HEADING.finditer(raw, start, end):
                found += [heading.start(1), heading.start(2)]
            for heading in GLUED_PART_HEADING.finditer(raw, start, end):
                if heading.group(1) and heading.start(1) > start:  # (the space after a sentence)
                    found.append(heading.start(1))
            breaks.extend(sorted(set(found)))
        start = end + 1
    return breaks


def debris_spans(raw: str, wrapped: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sorted, merged raw spans matched by :data:`DEBRIS_PATTERNS`, of the web pages' debris
    lines and of the breaks around a subscript line (``wrapped``: the hard-wrap breaks, when
    already read by :func:`wrapped_break_spans`).

    >>> debris_spans("[bookmark: _GoBack]正文\\r\\n")
    [(0, 19), (21, 22)]
    """
    # (a hard-wrapped text's lines are all short: the web page's inline elements are not read
    # in it, its wrapped lines are)
    wrapped = wrapped_break_spans(raw) if wrapped is None else wrapped
    spans = sorted(
        [m.span() for pattern in DEBRIS_PATTERNS for m in pattern.finditer(raw)]
        + debris_line_spans(raw)
        + subscript_break_spans(raw)
        + (wrapped or inline_break_spans(raw))
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if start == end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


#: Lines longer than this are never page debris (and are not matched against its patterns).
_DEBRIS_LINE_MAX = 200
_LINE_TRIM = " \t\r\u3000\u200b\ufeff"


def ends_front(line: str, rules: StructureRules) -> bool:
    """Whether a (stripped) line ends a web page's front, its title, date and toolbar lines: the
    salutation (``front_end``: 各位代表), a part heading, or a line too long to be debris.

    >>> ends_front("各位代表：", structure_rules()), ends_front("来源：湖南日报", structure_rules())
    (True, False)
    """
    return bool(
        rules.front_end.fullmatch(line) or PART_HEADING.match(line) or len(line) > _DEBRIS_LINE_MAX
    )


#: A word of a Latin-script language (two letters at least).
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
#: A line without a Chinese character holding at least this many such words is a translation.
TRANSLATION_WORDS_MIN = 4


def translation_line(line: str) -> bool:
    """Whether a line is a bilingual page's translation of the line before (The city's GDP grew by
    around 5.2%.: a city's report published with its English text, line by line): no Chinese
    character and at least :data:`TRANSLATION_WORDS_MIN` Latin words. Its figures repeat the
    report's; the clean view leaves it out (the raw text keeps it).

    >>> translation_line("The city's GDP grew by around 5.2%."), translation_line("GDP增长5%")
    (True, False)
    >>> translation_line("[bookmark: _GoBack]"), translation_line("PM2.5 CPI PPI")
    (False, False)
    """
    return HAN.search(line) is None and len(LATIN_WORD.findall(line)) >= TRANSLATION_WORDS_MIN


def debris_line_spans(raw: str) -> list[tuple[int, int]]:
    """Raw spans of whole lines of web-page debris (``debris_lines`` in structure_rules.yml).

    Toolbar, source and date lines count only in the front (before the salutation 各位代表 or
    the first part heading); photo captions and the page's trailer anywhere. The span is the
    line's text; the line break stays.

    >>> raw = "下载\\n打印\\n来源：湖南日报\\n各位代表：\\n下载量增长5%。\\n相关报道："
    >>> [raw[a:b] for a, b in debris_line_spans(raw)]
    ['下载', '打印', '来源：湖南日报', '相关报道：']

    So is a bilingual page's translation line (:func:`translation_line`), anywhere.
    """
    rules = structure_rules()
    spans = []
    in_front = True
    for match in re.finditer(r"[^\n]+", raw):
        line = match.group()
        stripped = line.strip(_LINE_TRIM)
        if not stripped:
            continue
        in_front = in_front and not ends_front(stripped, rules)
        if translation_line(stripped):
            start = match.start() + line.index(stripped)
            spans.append((start, start + len(stripped)))
            continue
        if len(stripped) > _DEBRIS_LINE_MAX:
            continue
        patterns = (
            (*rules.debris_front, *rules.debris_anywhere) if in_front else rules.debris_anywhere
        )
        if any(p.fullmatch(stripped) for p in patterns):
            start = match.start() + line.index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


#: An HTML tag (<p style="…">, </span>, <br/>, Word's <o:p>) or comment of a page saved as its
#: HTML source rather than its text; group 1 is the tag's name.
_HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z]+)?)\b[^<>]*>")
#: Where an element whose content is no text of the page opens (a script, a style sheet, a
#: comment) and where it closes: paired in one pass (a pattern spanning them would scan to the
#: text's end from every opening left unclosed).
_HTML_HIDDEN_OPEN = re.compile(r"<(?:script|style)\b[^<>]*>|<!--", re.I)
_HTML_HIDDEN_CLOSE = re.compile(r"</(?:script|style)\s*>|-->", re.I)
#: A character reference (&nbsp;, &lt;, &#12288;, &#x3000;).
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
#: Tags of HTML that a page's source holds: a text with at least :data:`HTML_MIN_TAGS` of them is
#: read as one (a report's own text never writes them).
HTML_TAGS = frozenset(
    "a b i u p br hr em tt td th tr ul ol li dl dt dd h1 h2 h3 h4 h5 h6 div span font strong "
    "table tbody thead tfoot img sup sub pre center section article header footer nav main "
    "html head body title meta link script style blockquote o:p".split()
)
#: Tags that end a line of the page's text (a paragraph, a line break, a cell, a heading).
HTML_BLOCK_TAGS = frozenset(
    "p br hr div li tr td th h1 h2 h3 h4 h5 h6 table section article header footer blockquote "
    "title pre".split()
)
HTML_MIN_TAGS = 3


def _paired_spans(
    raw: str, opens: re.Pattern[str], closes: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Spans from each opening to the first closing after it, openings inside a span skipped
    (one pass over each list).

    >>> _paired_spans("a<!--b-->c<!--d<!--e-->f<!--", re.compile("<!--"), re.compile("-->"))
    [(1, 9), (10, 23)]
    """
    ends = [m.end() for m in closes.finditer(raw)]
    spans: list[tuple[int, int]] = []
    k = 0
    for m in opens.finditer(raw):
        if spans and m.start() < spans[-1][1]:
            continue
        while k < len(ends) and ends[k] <= m.end():
            k += 1
        if k == len(ends):
            break
        spans.append((m.start(), ends[k]))
    return spans


def markup_spans(raw: str) -> list[tuple[int, int, str]]:
    """Raw spans of the markup of a page saved as its HTML source, each with what the clean view
    reads for it: a line break for a tag that ends a line (</p>, <br>), the character a reference
    stands for (&nbsp;, &lt;), nothing for the rest (<span …>, a script, a comment). Nothing in a
    text with fewer than :data:`HTML_MIN_TAGS` known tags or none of a block (a report quoting
    <script> or <img> is text, escaped where it is shown). One pass each for scripts, tags and
    references.

    >>> raw = '<p style="x: 1em">增长5%&lt;</p><script>var a=1;</script><p>完成<br/>'
    >>> [(raw[a:b], r) for a, b, r in markup_spans(raw)]  # doctest: +NORMALIZE_WHITESPACE
    [('<p style="x: 1em">', ''), ('&lt;', '<'), ('</p>', '\\n'),
     ('<script>var a=1;</script>', ''), ('<p>', ''), ('<br/>', '\\n')]
    >>> markup_spans("增长<5%，<b>较快</b>")
    []
    """
    tags = [m for m in _HTML_TAG.finditer(raw) if (m.group(1) or "").lower() in HTML_TAGS]
    if len(tags) < HTML_MIN_TAGS or not any(m.group(1).lower() in HTML_BLOCK_TAGS for m in tags):
        return []  # (a page's source sets its text in blocks: <p>, <br>, <div>, <td>)
    hidden = _paired_spans(raw, _HTML_HIDDEN_OPEN, _HTML_HIDDEN_CLOSE)
    starts = [a for a, _ in hidden]
    spans: list[tuple[int, int, str]] = [(a, b, "") for a, b in hidden]

    def inside(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < hidden[k][1]

    for m in tags:
        if not inside(m.start()):
            block = m.group(1).lower() in HTML_BLOCK_TAGS and (
                m.group().startswith("</") or m.group(1).lower() in ("br", "hr")
            )
            spans.append((m.start(), m.end(), "\n" if block else ""))
    for m in _HTML_ENTITY.finditer(raw):
        char = html.unescape(m.group())
        if len(char) == 1 and not inside(m.start()):
            spans.append((m.start(), m.end(), char))
    return sorted(spans)


def clean_text(raw: str) -> tuple[str, tuple[int, ...]]:
    """Return the clean view of ``raw`` and its offset map.

    The map has one entry per clean character (its raw offset) plus a final entry ``len(raw)``.

    >>> text, to_raw = clean_text("[bookmark: x]１２％。")
    >>> text, to_raw[0], to_raw[-1]
    ('12%。', 13, 17)

    Traditional characters are read as simplified ones (:mod:`govreport.traditional`):

    >>> clean_text("鋼二百十七萬噸")[0]
    '钢二百十七万吨'

    A letter typed for the digit 1 inside a number is read as 1 (the raw text keeps it):

    >>> clean_text("补助资金25l亿元，level 1")[0]
    '补助资金251亿元，level 1'

    And a circle or a letter typed for the zero of a Chinese numeral as 〇; the pinyin a mirror
    site glosses characters with goes:

    >>> clean_text("到二○三五年，二O二五年")[0]
    '到二〇三五年，二〇二五年'
    >>> clean_text("地區(qū)生產(chǎn)總值增長(zhǎng)8%，面积(km)")[0]
    '地区生产总值增长8%，面积(km)'
    >>> clean_text("會(huì )議")[0]
    '会议'

    A part heading run into its first sentence is read on a line of its own (its line break is
    the clean view's only character no raw one stands for: it maps to the sentence's first):

    >>> text, to_raw = clean_text("审议。一、2020年工作回顾过去一年，增长3.8%。")
    >>> text, to_raw[14:16]
    ('审议。一、2020年工作回顾\\n过去一年，增长3.8%。', (14, 14))
    """
    keep = [True] * len(raw)
    wrapped = wrapped_break_spans(raw)  # (read once: the letter-spaced lines need it too)
    for start, end in debris_spans(raw, wrapped):
        keep[start:end] = [False] * (end - start)
    # (letter-spaced lines are read only in a PDF's hard-wrapped text: elsewhere a token's raw
    # text must stay its own text)
    spaced = [*letter_spaced_gaps(raw), *justified_gaps(raw)] if wrapped else spread_prose_gaps(raw)
    for gap in (
        *spaced_digit_gaps(raw),
        *spaced,
        *mixed_script_gaps(raw),
        *number_break_gaps(raw),
        *split_change_verb_gaps(raw),
    ):
        keep[gap] = False
    normalised = _points(raw)  # (one for one: the offsets are the raw ones)
    # (one for one: a character read as another; paragraphs run together on one line, a space
    # between them: a line break)
    read_as = dict.fromkeys(lost_paragraph_breaks(raw), "\n")
    read_as.update(dict.fromkeys(dash_bullet_breaks(raw), "；"))
    for start, end, read in markup_spans(raw):  # (a page's HTML source: a tag reads so, or goes)
        keep[start:end] = [False] * (end - start)
        if read:
            keep[start] = True
            read_as[start] = read
    marks = paragraph_marks(raw)
    for start, end in marks:  # (jMF: the mark and its spaces read as one break)
        keep[start:end] = [False] * (end - start)
        if end < len(raw) and raw[end] != "\n":
            keep[start] = True
            read_as[start] = "\n"
        elif end < len(raw):  # (the break after a mark ends a paragraph: no line of an inline
            keep[end] = True  # element's, whatever the page's short lines look like)
    for start, end, read in marked_wrap_breaks(raw, marks):  # (lines wrapped in a paragraph)
        keep[start:end] = [False] * (end - start)
        if read:
            keep[start] = True
            read_as[start] = read
    inserted = glued_heading_breaks(raw)
    chars: Sequence[str] = normalised  # (what each raw character reads as in the clean view)
    if read_as or inserted:
        chars = list(normalised)
        for at, read in read_as.items():
            chars[at] = read
        for at in inserted:  # (a line break before a character: two clean ones for one raw)
            chars[at] = "\n" + chars[at]
    kept = "".join(compress(chars, keep)).translate(_one_for_one_table(is_traditional(raw)))
    kept = LETTER_FOR_ONE.sub("1", kept)  # (one for one too: 25l亿元 -> 251亿元)
    kept = common_forms(kept)  # (one for one too: 一九八○年 -> 一九八〇年, 5―6% -> 5—6%)
    kept = chinese_punctuation(kept)  # (one for one too: 2015年,全市 -> 2015年，全市)
    at_raw: Iterator[int] = compress(range(len(chars)), keep)
    if inserted:  # (a character read as two maps both to its raw offset)
        at_raw = (i for i in at_raw for _ in range(len(chars[i])))
    to_raw = (*at_raw, len(raw))
    # a point that touches digits only once spaces are dropped ("8 ．8" -> "8．8" -> "8.8")
    return _points(kept), to_raw


#: A half-width comma or semicolon touching a Chinese character: a web page's or a PDF's clause
#: mark, read as the full-width one the genre writes (2015年,全市…完成1161.1亿元;规模以上…: a
#: city's page of 2016, session 68), so every rule that reads clauses reads it. Not between
#: digits (1,000.5).
HALF_WIDTH_CLAUSE_MARK = re.compile(
    r"(?<=[\u4e00-\u9fff%％”」）)])[,;]|[,;](?=[\u4e00-\u9fff“「（(])"
)
CLAUSE_MARKS_FULL = {",": "，", ";": "；"}


def chinese_punctuation(text: str) -> str:
    """``text`` with the half-width clause marks of :data:`HALF_WIDTH_CLAUSE_MARK` full-width,
    one character for one.

    >>> chinese_punctuation("2015年,全市完成1161.1亿元;规模以上增长8%,1,000.5元")
    '2015年，全市完成1161.1亿元；规模以上增长8%，1,000.5元'
    """
    return HALF_WIDTH_CLAUSE_MARK.sub(lambda m: CLAUSE_MARKS_FULL[m.group()], text)


def raw_span(to_raw: tuple[int, ...], clean_start: int, clean_end: int) -> tuple[int, int]:
    """Raw ``(start, end)`` of a clean span; the end is one past the last kept character."""
    if clean_end <= clean_start:
        return to_raw[clean_start], to_raw[clean_start]
    return to_raw[clean_start], to_raw[clean_end - 1] + 1


# --------------------------------------------------------------------------- structure


def split_lines(text: str) -> list[tuple[int, int]]:
    """Clean spans of the non-blank lines of ``text``, stripped of surrounding white space."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            spans.append((start, start + len(stripped)))
    return spans


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of the sentences of a paragraph: each ends after 。！？ and any closing quote.

    >>> para = "一是稳增长。二是“促改革。”三是惠民生"
    >>> [para[a:b] for a, b in split_sentences(para)]
    ['一是稳增长。', '二是“促改革。”', '三是惠民生']
    """
    spans = []
    for match in SENTENCE.finditer(text):
        piece = match.group()
        stripped = piece.strip()
        if stripped:
            start = match.start() + (len(piece) - len(piece.lstrip()))
            spans.append((offset + start, offset + start + len(stripped)))
    return spans


# --------------------------------------------------------------------------- outline rules


@dataclass(frozen=True)
class StructureRules:
    """The outline vocabulary of ``lexicon/structure_rules.yml`` (see the comments there)."""

    role_words: tuple[tuple[str, tuple[str, ...]], ...]
    review_years: re.Pattern[str]
    plan_years: re.Pattern[str]
    review_year: re.Pattern[str]
    plan_year: re.Pattern[str]
    bare_years: re.Pattern[str]
    five_year_plan: re.Pattern[str]
    plan_starts: tuple[tuple[int, int], ...]
    plan_length: int
    clause_split: re.Pattern[str]
    precedence: tuple[str, ...]
    topical_inherits: bool
    result_heading: re.Pattern[str]
    front_review_min_chars: int
    unnumbered_max: int
    targets_phrase: re.Pattern[str]
    targets_heading: re.Pattern[str]
    targets_multiyear: re.Pattern[str]
    targets_min_numbers: int
    tasks_announced: re.Pattern[str]
    debris_front: tuple[re.Pattern[str], ...]
    debris_anywhere: tuple[re.Pattern[str], ...]
    front_end: re.Pattern[str]
    plan_stage_first: tuple[str, ...] = ()
    plan_stage_last: tuple[str, ...] = ()
    plan_goal_first: tuple[str, ...] = ()
    plan_goal_last: tuple[str, ...] = ()


_SMALL_NUMERAL = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两])"


@lru_cache(maxsize=1)
def structure_rules() -> StructureRules:
    """The rules of the package lexicon, read once (on first use, not at import)."""
    from govreport.config import lexicon_file
    from govreport.datafiles import read_yaml

    data = read_yaml(lexicon_file("structure_rules.yml"))
    periods = data["periods"]

    def period(name: str) -> re.Pattern[str]:
        return re.compile(periods[name].replace("{n}", _SMALL_NUMERAL))

    return StructureRules(
        role_words=tuple((role, tuple(words)) for role, words in data["role_words"].items()),
        review_years=period("review_years"),
        plan_years=period("plan_years"),
        review_year=period("review_year"),
        plan_year=period("plan_year"),
        bare_years=period("bare_years"),
        five_year_plan=period("five_year_plan"),
        plan_starts=tuple(sorted((int(k), int(v)) for k, v in data["plan_starts"].items())),
        plan_length=int(data["plan_length"]),
        clause_split=re.compile(data["clause_split"]),
        precedence=tuple(data["precedence"]),
        topical_inherits=bool(data["topical_inherits"]),
        result_heading=re.compile(data["result_heading"]),
        front_review_min_chars=int(data.get("front_review_min_chars", 0)),
        unnumbered_max=int(data["unnumbered_heading_max_chars"]),
        # (a line that is only the targets' name is a phrase too, read as a whole line)
        targets_phrase=re.compile(
            f"{data['main_targets']['phrase']}|^(?:{data['main_targets']['heading_line']})$"
        ),
        targets_heading=re.compile(data["main_targets"]["heading_line"]),
        targets_multiyear=re.compile(data["main_targets"]["multiyear_before"]),
        targets_min_numbers=int(data["main_targets"]["min_numbers"]),
        tasks_announced=re.compile(data["main_targets"]["tasks_announced"]),
        debris_front=tuple(re.compile(p) for p in data["debris_lines"]["front"]),
        debris_anywhere=tuple(re.compile(p) for p in data["debris_lines"]["anywhere"]),
        front_end=re.compile(data["front_end"]),
        plan_stage_first=tuple(data["plan_stage_words"]["first"]),
        plan_stage_last=tuple(data["plan_stage_words"]["last"]),
        plan_goal_first=tuple(data["plan_stage_words"]["goal_first"]),
        plan_goal_last=tuple(data["plan_stage_words"]["goal_last"]),
    )


@dataclass(frozen=True)
class HeadingReading:
    """What a part heading says: its role, the years it covers, and whether it gave any cue."""

    role: str
    first_year: int | None = None
    last_year: int | None = None
    has_cue: bool = False


def _role_word(clause: str, rules: StructureRules) -> str | None:
    for role, words in rules.role_words:
        if any(word in clause for word in words):
            return role
    return None


def heading_years(title: str, bare: bool = True) -> list[int]:
    """The calendar years a heading names (``bare``: also years written without 年, below).

    >>> heading_years("关于1 9 9 8 年政府工作的建议"), heading_years("（一）一九五七年经济战线上的胜利")
    ([1998], [1957])

    So does a year written without 年 after the verb of a slogan (奋斗2022,我们聚力攻坚…, 回眸2022,
    展望2023: a district's review heading of 2023, session 66):

    >>> heading_years("奋斗2022,我们聚力攻坚"), heading_years("展望2023"), heading_years("新增2022人")
    ([2022], [2023], [])
    """
    years = [y for m in YEAR.finditer(title) if (y := year_value(m.group(1).strip())) is not None]
    if years or not bare:
        return years
    return [int(m.group(1)) for m in HEADING_BARE_YEAR.finditer(title)]


#: A year written without 年 in a heading, after a Chinese word and closing its clause (奋斗2022,;
#: not one of a list of years, 保证1980、1981年计划的完成: national 1980).
HEADING_BARE_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])((?:19|20)\d{2})(?=[，,\s]|$)")


def _clause_period(
    clause: str, direction: str | None, plan_year: int | None, rules: StructureRules
) -> tuple[str | None, int | None, int | None, bool]:
    """``(direction, first, last, found)`` of the period one heading clause names (its years
    written with 年: :func:`read_heading` wrote 年 after a heading's bare years)."""
    years = heading_years(clause, bare=False)
    if years:
        first, last = min(years), max(years)
        if direction is None and plan_year is not None:
            direction = "review" if last < plan_year else "plan"
        return direction, first, last, True
    plan = rules.five_year_plan.search(clause)
    if plan:
        ordinal = small_numeral(next(g for g in plan.groups() if g), colloquial=False)
        if ordinal:
            first = five_year_plan_start(ordinal, rules)
            last = first + rules.plan_length - 1
            if direction is None and plan_year is not None:
                direction = "review" if last < plan_year else "plan"
            return direction, first, last, True
    for pattern, kind in (
        (rules.review_year, "review"),
        (rules.plan_year, "plan"),
        (rules.review_years, "review"),
        (rules.plan_years, "plan"),
        (rules.bare_years, None),
    ):
        match = pattern.search(clause)
        if not match:
            continue
        kind = kind or direction
        if kind is None:
            continue
        direction = direction or kind
        numeral = next((g for g in match.groups() if g), None)
        n = small_numeral(numeral) if numeral else 1
        if plan_year is None or not n:
            return direction, None, None, True
        if kind == "review":
            return direction, plan_year - n, plan_year - 1, True
        return direction, plan_year, plan_year + n - 1, True
    return direction, None, None, False


def five_year_plan_start(ordinal: int, rules: StructureRules | None = None) -> int:
    """First year of the ``ordinal``-th five-year plan.

    >>> [five_year_plan_start(k) for k in (1, 2, 3, 6, 10, 14, 15)]
    [1953, 1958, 1966, 1981, 2001, 2021, 2026]
    """
    rules = rules or structure_rules()
    known, start = max((k, v) for k, v in rules.plan_starts if k <= max(ordinal, 1))
    return start + rules.plan_length * (ordinal - known)


def read_heading(
    title: str, plan_year: int | None = None, rules: StructureRules | None = None
) -> HeadingReading:
    """Role and years of a part heading (rules in ``lexicon/structure_rules.yml``).

    The heading is cut into clauses at 和/及/、...; each clause gets a role from its words or,
    without one, from the period it names (a year before the plan year is a review); a clause
    without a role word joins the next one ("2025年和“十四五”时期工作回顾"). A review or plan
    that covers more than one year is ``review_multiyear`` or ``plan_multiyear``; clauses of
    different roles are settled by the ``precedence`` list.

    >>> [read_heading(t, 2026).role for t in ("2025年工作回顾", "2026年重点工作", "加强政府自身建设")]
    ['review', 'plan', 'conduct']
    >>> read_heading("2025年和“十四五”时期工作回顾", 2026)
    HeadingReading(role='review_multiyear', first_year=2021, last_year=2025, has_cue=True)
    >>> read_heading("“十五五”时期主要目标任务", 2026)
    HeadingReading(role='plan_multiyear', first_year=2026, last_year=2030, has_cue=True)
    >>> read_heading("过去五年工作回顾", 2013)
    HeadingReading(role='review_multiyear', first_year=2008, last_year=2012, has_cue=True)
    >>> read_heading("2011年的工作", 2011), read_heading("把改革开放扎实推向纵深", 2015).role
    (HeadingReading(role='plan', first_year=2011, last_year=2011, has_cue=True), 'other')

    A plan's period over before the plan year is looked back on, whatever plan words name it:

    >>> read_heading("“十一五”目标任务胜利完成", 2011).role, read_heading("“十一五”规划主要任务", 2006).role
    ('review_multiyear', 'plan_multiyear')
    >>> read_heading("“十三五”时期发展成就和2020年主要工作", 2021).role
    'review_multiyear'
    """
    rules = rules or structure_rules()
    title = HEADING_BARE_YEAR.sub(r"\1年", title)  # (奋斗2022,我们… names 2022)
    whole = _role_word(title, rules)
    if whole in ("conduct", "other"):
        return HeadingReading(whole, has_cue=True)
    clauses = [c for c in rules.clause_split.split(title) if c.strip()]
    # clauses without a role word join the next one (the last ones join the previous one)
    groups: list[list[str]] = []
    pending: list[str] = []
    for clause in clauses:
        pending.append(clause)
        if _role_word(clause, rules):
            groups.append(pending)
            pending = []
    if pending:
        if groups and not any(_clause_period(c, None, plan_year, rules)[3] for c in pending):
            groups[-1].extend(pending)
        else:
            groups.append(pending)
    readings: list[HeadingReading] = []
    for group in groups:
        text = "".join(group)
        word = _role_word(text, rules)
        direction = word if word in ("review", "plan") else None
        spans = [_clause_period(c, direction, plan_year, rules) for c in group]
        found = [sp for sp in spans if sp[3]]
        direction = direction or next((sp[0] for sp in found if sp[0]), None)
        years = [y for sp in found for y in sp[1:3] if y is not None]
        first, last = (min(years), max(years)) if years else (None, None)
        if direction is None:
            readings.append(HeadingReading("other", first, last, bool(found)))
            continue
        multi = first is not None and last is not None and last > first
        if direction == "plan" and last is not None and plan_year is not None and last < plan_year:
            # “十一五”目标任务胜利完成 in the report of 2011, 2020年主要工作 in the report of 2021: a
            # period that ended before the plan year is one the report looks back on (its plan
            # words name what was done)
            direction = "review"
        readings.append(
            HeadingReading(f"{direction}_multiyear" if multi else direction, first, last, True)
        )
    readings = _merge_directions(readings)
    # a group that names no period takes the period of the group before (or after) it
    for i, reading in enumerate(readings):
        if reading.first_year is None and reading.role in ("review", "plan"):
            near = [r for r in readings[:i][::-1] + readings[i + 1 :] if r.first_year]
            if near and near[0].role.split("_")[0] == reading.role:
                readings[i] = HeadingReading(
                    near[0].role, near[0].first_year, near[0].last_year, True
                )
    if not readings:
        return HeadingReading("other")
    return min(readings, key=lambda r: rules.precedence.index(r.role))


def _merge_directions(readings: list[HeadingReading]) -> list[HeadingReading]:
    """One reading per direction: "过去一年和五年工作回顾" reviews the union of both periods."""
    merged: dict[str, HeadingReading] = {}
    for reading in readings:
        base = reading.role.split("_")[0]
        if base not in ("review", "plan") or base not in merged:
            merged.setdefault(
                base if base in ("review", "plan") else f"{base}{len(merged)}", reading
            )
            continue
        other = merged[base]
        years = [y for r in (other, reading) for y in (r.first_year, r.last_year) if y is not None]
        first, last = (min(years), max(years)) if years else (None, None)
        role = (
            f"{base}_multiyear" if first is not None and last is not None and last > first else base
        )
        merged[base] = HeadingReading(role, first, last, True)
    return list(merged.values())


def base_role(role: str) -> str:
    """The role a stage that knows only review/plan reads: ``review_multiyear`` -> ``review``.

    >>> base_role("plan_multiyear"), base_role("conduct")
    ('plan', 'conduct')
    """
    return role.removesuffix("_multiyear")


def part_period(part: Part) -> tuple[int, int] | None:
    """The years ``(first, last)`` a part covers, when its heading or role says them.

    >>> r = parse_report("一、过去五年工作回顾\\n二、今年工作安排", metadata={"plan_year": 2013})
    >>> [part_period(p) for p in r.parts]
    [(2008, 2012), (2013, 2013)]
    """
    if part.first_year is None or part.last_year is None:
        return None
    return part.first_year, part.last_year


def _assign_roles(
    titles: list[str], plan_year: int | None, rules: StructureRules, front_review: bool = False
) -> list[tuple[HeadingReading, str]]:
    """Readings of the part headings of one report, with topical parts placed by position.

    A part whose heading gives no cue at all, after a plan part, continues its tasks; after
    only review parts (or a front that is the review, ``front_review``) it sets out the tasks
    of the plan year (1990s outlines).
    """
    readings = [read_heading(title, plan_year, rules) for title in titles]
    out: list[tuple[HeadingReading, str]] = []
    last_plan: HeadingReading | None = None
    last_review: HeadingReading | None = None
    seen_review = front_review
    for title, reading in zip(titles, readings, strict=True):
        basis = "heading" if reading.has_cue else "none"
        if not reading.has_cue and rules.topical_inherits and (last_plan or seen_review):
            if last_plan is None and last_review is not None and result_heading(title, rules):
                # （二）工业生产持续回升 after a review part: the review goes on
                reading = HeadingReading(
                    last_review.role, last_review.first_year, last_review.last_year
                )
            elif last_plan is not None:
                reading = HeadingReading(last_plan.role, last_plan.first_year, last_plan.last_year)
            else:
                year = plan_year
                reading = HeadingReading("plan", year, year)
            basis = "position"
        if reading.role in PLAN_ROLES:
            last_plan = reading
        if reading.role in REVIEW_ROLES:
            last_review = reading
        seen_review = seen_review or reading.role in REVIEW_ROLES
        if reading.role in ("review", "plan") and reading.first_year is None and plan_year:
            year = plan_year - 1 if reading.role == "review" else plan_year
            reading = HeadingReading(reading.role, year, year, reading.has_cue)
        out.append((reading, basis))
    return out


def result_heading(title: str, rules: StructureRules) -> bool:
    """Whether a part heading states a result (``result_heading`` in structure_rules.yml): its
    first sentence, what + a verb of improvement, with no verb of a task opening it.

    >>> rules = structure_rules()
    >>> result_heading("工业生产持续回升。全区规模以上工业总产值2067.1亿元", rules)
    True
    >>> result_heading("推动工业生产持续回升", rules), result_heading("加快建设现代化产业体系", rules)
    (False, False)
    """
    first = re.split(r"[。.！!]", title, maxsplit=1)[0].strip()
    return bool(rules.result_heading.search(first))


def _front_is_review(
    parts: list[dict[str, Any]], titles: list[str], plan_year: int | None, rules: StructureRules
) -> bool:
    """Whether the text before the first part heading is the review of the past year: the genre
    opens with it, so a front of at least ``front_review_min_chars`` characters counts as the
    review when no part heading names the past and the first part is no review or plan of its
    own (national 2002: "首先报告2001年的工作" then 一、 to 八、 tasks).
    """
    if not parts or parts[0]["index"] != 0 or not titles or not rules.front_review_min_chars:
        return False
    readings = [read_heading(title, plan_year, rules) for title in titles]
    if any(r.role in REVIEW_ROLES or r.role in PLAN_ROLES for r in readings[:1]):
        return False
    if any(r.role in REVIEW_ROLES for r in readings):
        return False
    body = sum(
        len(p.text) for s in parts[0]["sections"] for p in s["paragraphs"] if not p.is_heading
    )
    return body >= rules.front_review_min_chars


def _sentences(
    text: str,
    to_raw: tuple[int, ...],
    span: tuple[int, int],
    prefix: str,
    ids: tuple[int, int, int],
) -> tuple[Sentence, ...]:
    part, section, paragraph = ids
    out = []
    for index, (start, end) in enumerate(split_sentences(text[span[0] : span[1]], span[0]), 1):
        raw_start, raw_end = raw_span(to_raw, start, end)
        out.append(
            Sentence(
                sentence_id=f"{prefix}.{index}",
                part=part,
                section=section,
                paragraph=paragraph,
                index=index,
                start=raw_start,
                end=raw_end,
                clean_start=start,
                clean_end=end,
                text=text[start:end],
            )
        )
    return tuple(out)


@dataclass
class _Builder:
    """Mutable scaffolding used while walking the lines; turned into frozen parts at the end."""

    text: str
    to_raw: tuple[int, ...]
    parts: list[dict[str, Any]] = field(default_factory=list)

    def new_part(self, index: int, numeral: str, title: str) -> None:
        self.parts.append({"index": index, "numeral": numeral, "title": title, "sections": []})
        self.new_section(0, "", "")

    def new_section(self, index: int, numeral: str, title: str) -> None:
        self.parts[-1]["sections"].append(
            {"index": index, "numeral": numeral, "title": title, "paragraphs": [], "body": 0}
        )

    def add_paragraph(self, span: tuple[int, int], heading: str) -> None:
        part = self.parts[-1]
        section = part["sections"][-1]
        is_part_heading = heading == "part"
        # (the section's paragraphs that are no heading, counted as they come: counting them
        # again for each paragraph made a text of 100,000 short lines take minutes)
        index = 0 if is_part_heading else section["body"] + 1
        ids = (part["index"], section["index"], index)
        prefix = ".".join(map(str, ids))
        sentences = _sentences(self.text, self.to_raw, span, prefix, ids)
        if heading in ("part", "section") and sentences:
            first = sentences[0]
            sentences = (
                Sentence(**{**first.__dict__, "is_heading": True}),
                *sentences[1:],
            )
        raw_start, raw_end = raw_span(self.to_raw, *span)
        section["paragraphs"].append(
            Paragraph(
                paragraph_id=prefix,
                part=ids[0],
                section=ids[1],
                index=index,
                start=raw_start,
                end=raw_end,
                text=self.text[span[0] : span[1]],
                sentences=sentences,
                is_heading=is_part_heading,
            )
        )
        if not is_part_heading:
            section["body"] = index

    def freeze(self, plan_year: int | None = None) -> tuple[Part, ...]:
        rules = structure_rules()
        numbered = [p for p in self.parts if p["index"] > 0]
        titles = [p["title"] for p in numbered]
        front_review = _front_is_review(self.parts, titles, plan_year, rules)
        readings = dict(
            zip(
                (p["index"] for p in numbered),
                _assign_roles(titles, plan_year, rules, front_review),
                strict=True,
            )
        )
        if front_review and plan_year:
            readings[0] = (HeadingReading("review", plan_year - 1, plan_year - 1), "position")
        for p in numbered:
            reading, _ = readings[p["index"]]
            if (
                plan_year
                and reading.role in PLAN_ROLES
                and (
                    _role_word(p["title"], rules) is None
                    # (or work named as the year's only by a word of work done as well: 一、突出
                    # 四项重点工作，努力打造“四个小雄” over 2008年，我镇在…, a town's summary of
                    # 2008, session 64; not a heading naming a year, 2009年重点工作)
                    or WORK_DONE_HEADING.search(p["title"])
                    and not heading_years(p["title"])
                )
                and opens_on_past_year(_part_opening(p), plan_year)
            ):
                # 一、十三五实现良好开局 over 过去的一年，是…: the plan period of the plan year
                # named, the part reviews the year before (a province's report of 2017)
                year = plan_year - 1
                readings[p["index"]] = (HeadingReading("review", year, year, True), "opening")
        parts = []
        for p in self.parts:
            sections = []
            for s in p["sections"]:
                paragraphs = tuple(s["paragraphs"])
                if not paragraphs and s["index"] == 0:
                    continue
                start = paragraphs[0].start if paragraphs else 0
                end = paragraphs[-1].end if paragraphs else 0
                sections.append(
                    Section(
                        section_id=f"{p['index']}.{s['index']}",
                        part=p["index"],
                        index=s["index"],
                        numeral=s["numeral"],
                        title=s["title"],
                        start=start,
                        end=end,
                        paragraphs=paragraphs,
                    )
                )
            if not sections:
                continue
            reading, basis = readings.get(p["index"], (HeadingReading("front"), "none"))
            parts.append(
                Part(
                    part_id=str(p["index"]),
                    index=p["index"],
                    numeral=p["numeral"],
                    title=p["title"],
                    role=reading.role,
                    year=next(iter(heading_years(p["title"])), None),
                    start=sections[0].start,
                    end=sections[-1].end,
                    sections=tuple(sections),
                    first_year=reading.first_year,
                    last_year=reading.last_year,
                    role_basis=basis if p["index"] else "none",
                )
            )
        return tuple(parts)


#: A paragraph opening on the year before the plan year (过去的一年，…; 一年来，…; 2016年，…
#: with {year} the year before the plan year's).
PAST_YEAR_OPENING = r"\s*(?:过去的?一年|一年来|去年|{year}\s?年)[，,是]"
#: A heading's plan words that a review's heading writes as well, of work done (突出四项重点工作,
#: 抓好主要工作): :meth:`_Builder.freeze` reads them by the part's opening.
WORK_DONE_HEADING = re.compile(r"重点工作|主要工作")


def opens_on_past_year(text: str, plan_year: int) -> bool:
    """Whether ``text`` opens on the year before ``plan_year`` (:data:`PAST_YEAR_OPENING`).

    >>> opens_on_past_year("过去的一年，是安徽发展进程中…的一年。", 2017)
    True
    >>> opens_on_past_year("2016年，全省生产总值增长8.7%。", 2017), opens_on_past_year("今年是…", 2017)
    (True, False)
    """
    return re.match(PAST_YEAR_OPENING.format(year=plan_year - 1), text) is not None


def _part_opening(part: dict[str, Any]) -> str:
    """The text of a part's first paragraph after its heading (a building part's dict)."""
    return next((q.text for s in part["sections"] for q in s["paragraphs"] if not q.is_heading), "")


def section_title(paragraph: str) -> str:
    """The heading of a section paragraph: its first sentence without numeral and full stop.

    >>> section_title("（一）坚持向新求实，产业体系优化升级。建立完善产业发展联席会议机制。")
    '坚持向新求实，产业体系优化升级'
    """
    body = SECTION_HEADING.sub("", paragraph, count=1)
    first = re.split(r"(?<=[。！？])", body, maxsplit=1)[0]
    return first.rstrip("。！？").strip()


#: The most lines between a review heading without a numeral (2018年工作回顾) and the first
#: 一、 after it for the 一、二、 to be read as that part's sections (a mixed outline: a district's
#: report of 2019, a county's of 2018 and nine more of 415 pages read in sessions 43-48); a
#: review heading further before them is a table of contents' or a preamble's.
MIXED_OUTLINE_REACH = 5


def _outline_style(
    text: str, lines: list[tuple[int, int]], rules: StructureRules, first: int = 1
) -> str:
    """How the parts of this report are headed (one linear pass over the lines).

    ``numbered`` (一、二、, counted from ``first``: :func:`numbered_start`), else ``paren``
    (（一）（二） as parts, some reports of the 1950s-80s),
    ``bare`` (a numeral alone on a line), ``unnumbered`` (short heading lines with a role
    word and a period, "“十四五”时期工作回顾"; one is enough: a page that keeps a report's part
    without the rest, 2020年工作和十三五发展回顾, 2025年发展目标和重点工作, reviews or plans from
    it on), ``mixed`` (such headings as the parts, the 一、二、 under each as its sections: a
    review heading 2018年工作回顾 a few lines before the first 一、, unless that 一、 names a review
    and its period itself: 某局2023年工作总结 over 一、2023年工作总结, 二、2024年工作计划), or
    ``none``.

    >>> text = "2020年工作和十三五发展回顾\\n全年粮食总产量26.52万吨。\\n"
    >>> _outline_style(text, split_lines(text), structure_rules())
    'unnumbered'
    >>> text = "2018年工作回顾\\n一、经济平稳\\n增长8%。\\n2019年工作安排\\n一、抓项目\\n"
    >>> _outline_style(text, split_lines(text), structure_rules())
    'mixed'
    """
    counts = {"numbered": first, "paren": 1, "bare": 1}
    unnumbered = 0
    review_line = first_numbered_line = None
    names_role = False
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        for style, pattern in (
            ("numbered", PART_HEADING),
            ("paren", PAREN_PART),
            ("bare", BARE_PART),
        ):
            match = pattern.match(line)
            if match and small_numeral(match["num"], colloquial=False) == counts[style]:
                if style == "numbered" and first_numbered_line is None:
                    first_numbered_line = index
                    # (一、2023年工作总结 under a title naming the same: the outline's own parts;
                    # not 二、2021年工作安排 after “十三五”工作答卷, a page keeping the later parts)
                    title = match["title"]
                    names_role = (
                        _is_unnumbered_heading(title, rules)
                        and _role_word(title, rules) == "review"
                    )
                counts[style] += 1
        heading = _is_unnumbered_heading(line, rules)
        unnumbered += heading
        if heading and review_line is None and _role_word(line, rules) == "review":
            review_line = index
    if (
        counts["numbered"] > first
        and review_line is not None
        and first_numbered_line is not None
        and 0 < first_numbered_line - review_line <= MIXED_OUTLINE_REACH
        and not names_role
    ):
        return "mixed"
    if counts["numbered"] > first:
        return "numbered"
    if unnumbered >= 1:
        return "unnumbered"
    for style in ("paren", "bare"):
        if counts[style] > 2:
            return style
    return "none"


def numbered_start(text: str, lines: list[tuple[int, int]], rules: StructureRules) -> int:
    """The number a page's 一、二、 outline starts at: 1, or the number of its first numbered
    heading when that one names a role and a period (:func:`_is_unnumbered_heading` on its
    title): a page keeping a report's later parts only (二、2018年工作总体要求和目标任务, the
    second page of an article) reads its parts from there.

    >>> text = "工作总结(2)\\n二、2018年工作总体要求和目标任务\\n增长8%。\\n三、保障措施\\n"
    >>> numbered_start(text, split_lines(text), structure_rules())
    2
    >>> text = "二、加强管理\\n一、2018年工作回顾\\n"
    >>> numbered_start(text, split_lines(text), structure_rules())
    1
    """
    for start, end in lines:
        match = PART_HEADING.match(text[start:end])
        if not match:
            continue
        number = small_numeral(match["num"], colloquial=False)
        title = (match.groupdict().get("title") or "").strip()
        if number and number > 1 and _is_unnumbered_heading(title, rules):
            return number
        return 1
    return 1


def _short_line(line: str, rules: StructureRules) -> bool:
    """A line as short as a heading (``unnumbered_heading_max_chars``) without sentence
    punctuation."""
    return len(line) <= rules.unnumbered_max and not HEADING_STOPS.search(line)


#: The end of a line listing a part of the report, not heading it (一、2019年工作回顾；).
TOC_ITEM_END = re.compile(r"[；;]\s*$")
#: An amount with its decimals and a money unit (9321.19亿元): a news headline's figure, which no
#: part heading writes (a city's digest of 2020 read as a heading of the 十三五 plan, session 64).
HEADLINE_FIGURE = re.compile(r"\d+\.\d+\s?(?:万|亿)?元")


def _is_unnumbered_heading(line: str, rules: StructureRules) -> bool:
    """A short line without sentence punctuation that names a role and a period, and does not
    open with a verb of a session's agenda (:data:`AGENDA_VERBS`).

    >>> rules = structure_rules()
    >>> _is_unnumbered_heading("“十五五”时期主要目标任务", rules)
    True
    >>> _is_unnumbered_heading("审查某县国民经济和社会发展第十五个五年规划纲要草案等", rules)
    False
    >>> _is_unnumbered_heading("去年西安经济总量9321.19亿元 提前一年实现“十三五”目标", rules)
    False
    """
    if not _short_line(line, rules):
        return False
    if line.lstrip().startswith(AGENDA_VERBS):
        return False
    if PART_HEADING.match(line) or PAREN_PART.match(line) or SECTION_HEADING.match(line):
        return False
    if HEADLINE_FIGURE.search(line):
        return False  # 政府工作报告解读 去年西安经济总量9321.19亿元 提前一年实现“十三五”目标: a headline
    role = _role_word(line, rules)
    return role in ("review", "plan") and _clause_period(line, role, None, rules)[3]


def contents_end(text: str, lines: list[tuple[int, int]], first: int = 1) -> int:
    """The index of the line where the body starts when a table of contents opens the text:
    the first part heading (一、2018年工作回顾) comes again, with the same title, after the
    next one (二、…) was seen; 0 when it does not. The headings of the contents have no text
    under them, so the parts are read from the body's headings.

    >>> text = "一、2018年工作回顾\\n二、2019年主要任务\\n各位代表：\\n一、2018年工作回顾\\n增长8%。\\n"
    >>> contents_end(text, split_lines(text))
    3
    >>> text = "一、2018年工作回顾\\n增长8%。\\n二、2019年主要任务\\n"
    >>> contents_end(text, split_lines(text))
    0
    """
    opening, seen_next = None, False
    for index, (start, end) in enumerate(lines):
        match = PART_HEADING.match(text[start:end])
        if not match:
            continue
        number = small_numeral(match["num"], colloquial=False)
        title = (match.groupdict().get("title") or "").strip()
        if number == first and opening is None:
            opening = title
        elif number == first + 1 and opening is not None:
            seen_next = True
        elif number == first and seen_next and title == opening:
            return index
    return 0


def build_structure(
    text: str, to_raw: tuple[int, ...], plan_year: int | None = None
) -> tuple[tuple[Part, ...], list[str]]:
    """Split the clean text into parts, sections, paragraphs and sentences.

    Headings count only in sequence (一 then 二 ...; sections restart in each part), so a list
    item that happens to start with "一、" inside a paragraph run does not open a part. Reports
    without 一、二、 headings are read in the first outline style they use
    (:func:`_outline_style`); sections are only read under 一、二、 parts.
    """
    rules = structure_rules()
    lines = split_lines(text)
    numbered_from = numbered_start(text, lines, rules)
    style = _outline_style(text, lines, rules, numbered_from)
    builder = _Builder(text, to_raw)
    builder.new_part(0, "", "")
    notes: list[str] = []
    first = numbered_from if style == "numbered" else 1
    next_part, next_section = first, 1
    body = contents_end(text, lines, first) if style == "numbered" else 0
    if body:
        notes.append("a table of contents opens the text: its headings are read from the body's")
    for index, span in enumerate(lines):
        line = text[span[0] : span[1]]
        if index < body:
            builder.add_paragraph(span, "")  # (the table of contents, before the body)
            continue
        if style == "numbered":
            part_match = PART_HEADING.match(line)
            if part_match and TOC_ITEM_END.search(line):
                # (报告分为三部分：⏎一、2019年工作回顾；⏎二、…；: a news story's list of the
                # report's parts, whose body follows as the story's own text, session 66)
                part_match = None
        elif style == "paren":
            part_match = PAREN_PART.match(line)
        elif style == "bare":
            part_match = BARE_PART.match(line)
        else:
            part_match = None
        if style == "mixed":
            section_match = PART_HEADING.match(line)  # (一、 under a part named without one)
        elif style in ("numbered", "unnumbered"):
            section_match = SECTION_HEADING.match(line)
        else:
            section_match = None
        if part_match and small_numeral(part_match["num"], colloquial=False) == next_part:
            title = (
                section_title(line)
                if style == "paren"
                else (part_match.groupdict().get("title") or "")
            )
            builder.new_part(next_part, part_match["num"], title.strip())
            builder.add_paragraph(span, "part")
            next_part, next_section = next_part + 1, 1
        elif style in ("unnumbered", "mixed") and _is_unnumbered_heading(line, rules):
            builder.new_part(next_part, "", line)
            builder.add_paragraph(span, "part")
            next_part, next_section = next_part + 1, 1
        elif (
            section_match
            and next_part > first
            and small_numeral(section_match["num"], colloquial=False) == next_section
        ):
            title = (
                (section_match.groupdict().get("title") or "").strip()
                if style == "mixed"
                else section_title(line)
            )
            builder.new_section(next_section, section_match["num"], title)
            builder.add_paragraph(span, "section")
            next_section += 1
        else:
            builder.add_paragraph(span, "")
    if next_part == first:
        notes.append(
            "no part headings (一、二、三、, （一）, or headings naming a period and a role) found:"
            " the whole text is treated as one part 0"
        )
    elif style == "bare":
        notes.append("part headings are bare numerals without titles: part roles are unknown")
    parts = builder.freeze(plan_year)
    return parts, notes


# --------------------------------------------------------------------------- years


#: The year a report was delivered, from its title or date line: "2026年甘肃省政府工作报告",
#: "——2026年1月27日在…人民代表大会", "——二〇二六年一月二十七日在…" (``month``: a date line's);
#: a page's title may open with a bracketed note ("(福建省)2019年松溪县人民政府工作报告(全文)") or a
#: column's name ("关注两会|2023年济南市政府工作报告(全文)").
FRONT_YEAR = re.compile(
    # (a label before a title: 资料:吉林省2006年政府工作报告, a news site's archive page, session 52;
    # never before a date line: 发布时间：2022年5月24日 is a page's stamp)
    # (or a newspaper's page label: 第06版:2022阜阳两会, a city's digest of 2022, session 64)
    r"^(?P<label>[\u4e00-\u9fff0-9]{1,6}[:：]\s*)?"
    r"(?:——|－－|--|――|[（(]|[（(【][^）)】\d]{1,8}[）)】]|[^|｜\d\n]{1,8}[|｜]"
    # (the place named before the year: 湘潭县2023年政府工作报告, a county's page, session 50)
    # (after a bracketed note too: (陕西省)府谷县2022年政府工作报告, a county's page, session 64)
    r"|(?:[（(【][^）)】\d]{1,8}[）)】])?[\u4e00-\u9fff]{1,10}?(?:省|市|县|区|州|旗|盟|镇|乡|街道))?\s*"
    r"(?:(?P<year>[12]\d{3}|[一二][〇零一二三四五六七八九]{3})\s?年"
    # (a digest's 工作报告 without 政府 right after the year: 赣榆区2025年工作报告显示, session 53)
    r"(?:.{0,20}政府工作报告|工作报告|(?P<month>[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月)"
    # (a headline's year without 年 before the place's report: 2011杭州政府工作报告开征民意)
    # (or right before it: 2018政府工作报告, a district's page of 2018, session 63)
    r"|(?P<bare>(?:19|20)\d{2})(?![个项件家所名条座万亿元])"
    r"(?=(?:(?!的)[\u4e00-\u9fff]){0,12}(?:政府工作报告|两会|兩會)))"
    # (a headline's year after the report's name: 《政府工作报告》解读2017：十件实事)
    r"|^[^\d\n]{0,12}?政府工作报告[》”]?[^\d\n]{0,6}?(?P<after>(?:19|20)\d{2})(?![\d年月日])"
)
#: The day a report was given, in brackets after its title with the speaker's name (绵阳市政府
#: 工作报告(2023年1月3日 李云) over a copy site's 时间: 2024-02-24: a city's report of 2023 read as
#: 2024's, session 70); groups 1 and 2 as in :data:`SESSION_DATE`.
TITLE_DATE = re.compile(
    r"政府工作报告[》”]?\s*[（(]\s*([12]\d{3})\s?年\s?(1[0-2]|[1-9])\s?月\s?(?:[12]\d|3[01]|[1-9])\s?日"
    r"[^）)\d]{0,12}[）)]"
)
#: A page's publication stamp (2012年03月23日 14:01 来源:政府网站): the time of day or the source
#: after a date, which no session's date line has.
PAGE_STAMP = re.compile(r"日\s*\d{1,2}[:：]\d{2}|来源|发布时间|发布日期|作者|浏览|点击")
#: A date followed by its weekday (2023年03月29日 星期三): a web page's clock, never a session's
#: date line (a newspaper's digest of Jinan's 2018 report read as 2023's, session 59).
WEEKDAY_STAMP = re.compile(r"日\s*(?:星期|礼拜|周)[一二三四五六日天]")
#: How many years after a title's year a page's stamp shows a later copy of the report, not the
#: date it was given (a late session's report is given in December of the year before).
ARCHIVE_GAP = 2
#: A report delivered in this month or later of its year reviews that year and plans the next
#: (a county's session of late December: ——2020年12月23日在…会议上 plans 2021).
LATE_SESSION_MONTH = 11


def dated_front_year(text: str, max_lines: int = 20) -> tuple[int | None, bool]:
    """The plan year a report's front matter states, if any, and whether a date line gave it: the
    year its date line gives (the next one for a session held at the year's end,
    :data:`LATE_SESSION_MONTH`), else its title's, with ``False`` (a page's title may name the
    year of the session or of the review; the date line says which, and without one the review
    part may: :func:`stated_plan_year`).

    >>> dated_front_year("下载\\n2026年安徽省政府工作报告\\n——2026年2月5日在…会议上")
    (2026, True)
    >>> dated_front_year("2020年谷城县政府工作报告\\n2020年12月23日在县第十八届人民代表大会上")
    (2021, True)
    >>> dated_front_year("2019年某县政府工作报告\\n各位代表："), dated_front_year("各位代表：")
    ((2019, False), (None, False))
    >>> dated_front_year("(福建省)2019年某县人民政府工作报告(全文)\\n政 府 工 作 报 告")
    (2019, False)
    >>> dated_front_year("(陕西省)府谷县2022年政府工作报告\\n二是城乡面貌明显改善。")
    (2022, False)
    >>> dated_front_year("关注两会|2023年某市政府工作报告(全文)")
    (2023, False)
    >>> dated_front_year("2011杭州政府工作报告开征民意"), dated_front_year("2011个项目的政府工作报告")
    ((2011, False), (None, False))
    >>> dated_front_year("长城网 >> 专题库\\n\\n2018政府工作报告\\n")
    (2018, False)
    >>> dated_front_year("第06版:2022阜阳两会\\n《政府工作报告》解读\\n")
    (2022, False)
    >>> dated_front_year("《政府工作报告》解读2017:十件实事"), dated_front_year("政府工作报告2017年12月")
    ((2017, False), (None, False))
    >>> dated_front_year("2015年某区人民政府工作报告(全文) ;;;;2016年2月17日在某区第十六届 人民代表大会")
    (2016, True)
    >>> dated_front_year("湘潭县2023年政府工作报告(20221223)\\n各位代表：")
    (2023, False)
    >>> dated_front_year("某区2025年工作报告显示，该区…"), dated_front_year("2024年工作回顾")
    ((2025, False), (None, False))

    A page's stamp years after the title's year is an archive's copy, not the session's date:

    >>> dated_front_year("资料:吉林省2006年政府工作报告\\n2012年03月23日 14:01   来源:政府网站")
    (2006, False)
    >>> dated_front_year("2019年某县政府工作报告\\n2019年12月26日 09:12 来源：某县人民政府")
    (2020, True)
    >>> dated_front_year("发布时间：2022年05月24日\\n各位代表：")
    (None, False)
    >>> dated_front_year("2023年03月29日 星期三  站在新起点 实现新突破\\n政府工作报告解读")
    (None, False)
    """
    # only the opening of each of the first lines can hold it: a text without line breaks
    # must not cost a scan of the whole text per call (linear time overall)
    titled = None
    for index, match in enumerate(re.finditer(r"[^\n]+", text[:2_000])):
        if index >= max_lines:
            break
        found = FRONT_YEAR.match(match.group().strip())
        session = find_session_date(match.group()) or TITLE_DATE.search(match.group())
        if session and (found is None or found["month"] is None):
            # (the date line run into the title's line: …工作报告(全文) ;;;;2016年2月17日在…会议上)
            held, held_month = int(session[1]), int(session[2])
            return (held + 1 if held_month >= LATE_SESSION_MONTH else held), True
        if not found:
            continue
        year = year_value(found["year"] or found["bare"] or found["after"])
        if found["month"] is None:
            titled = titled or year
            continue
        if found["label"] or WEEKDAY_STAMP.search(match.group()):
            # (发布时间：2022年5月24日: a labelled date is a page's stamp, no date line; so is a
            # date with its weekday, 2023年03月29日 星期三, the day a page was viewed)
            continue
        if titled and year and year - titled >= ARCHIVE_GAP and PAGE_STAMP.search(match.group()):
            continue  # (a page's stamp years after the report its title names: an archive's copy)
        month = int(found["month"]) if found["month"].isdigit() else small_numeral(found["month"])
        if year is not None and month is not None and month >= LATE_SESSION_MONTH:
            return year + 1, True
        return year, True
    return titled, False


def session_month(text: str, max_chars: int = 2_000) -> int | None:
    """The month of the session a report was given at, from the date line in its opening
    (:data:`SESSION_DATE`), else ``None``.

    >>> session_month("政府工作报告\\n——2018年12月22日在建平县第十八届人民代表大会第二次会议上")
    12
    >>> session_month("政府工作报告\\n各位代表：")
    """
    found = find_session_date(text[:max_chars])
    return int(found[2]) if found else None


@lru_cache(maxsize=4)
def year_end_session(text: str) -> int | None:
    """The year of a session held at its year's end (:data:`LATE_SESSION_MONTH`), from the date
    line in the opening of ``text``, else ``None``: such a report reviews that year, which it
    calls 今年 (——2022年12月21日在北京市延庆区…会议上, 今年，全区地区生产总值预计完成213亿元:
    a district's report of 2022, session 58).

    >>> year_end_session("——2022年12月21日在某区第三届人民代表大会第三次会议上"), year_end_session("各位代表：")
    (2022, None)
    >>> year_end_session("——2023年1月8日在某区第三届人民代表大会第四次会议上")
    >>> year_end_session("政府工作报告--2017年12月6日在市五届人大一次会议上")
    2017
    >>> year_end_session("2023年广德市政府工作报告(20221229)\\n今年以来，…")
    2022
    """
    found = find_session_date(text[:2_000]) or TITLE_COMPACT_DATE.search(text, 0, 2_000)
    if found is None or int(found[2]) < LATE_SESSION_MONTH:
        return None
    return int(found[1])


#: A report's date written compactly after its title (2023年广德市政府工作报告(20221229): a
#: document site's copy of a county-level city's report given at the year's end, session 66).
TITLE_COMPACT_DATE = re.compile(
    r"政府工作报告\s?[（(]((?:19|20)\d{2})(1[0-2]|0[1-9])(?:[0-3]\d)[）)]"
)


@lru_cache(maxsize=4)
def summary_year(text: str) -> int | None:
    """The year a work summary (工作总结) is of, from its title or its announcing words in the
    opening of ``text`` (:data:`SUMMARY_OF_YEAR`), else ``None``: a summary written at that year's
    end calls it 今年 (2008镇政府工作总结 over 全镇今年水产品养殖达2万亩: a town's summary of
    2008, session 64).

    >>> summary_year("2008镇政府工作总结\\n来源:不详"), summary_year("现将2023年工作情况总结如下：")
    (2008, 2023)
    >>> summary_year("2009年政府工作报告\\n各位代表：")
    >>> summary_year("对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。")
    2021
    """
    found = SUMMARY_OF_YEAR.search(text, 0, SUMMARY_WINDOW)
    return int(found.group(1) or found.group(2)) if found else None


#: A year a work summary is of: a title's (2008镇政府工作总结; of a part of the year too, 镇2016年
#: 半年工作总结, 乡镇2022年第一季度工作总结: written during that year, it calls it 今年) or
#: announcing words (现将2023年工作情况总结如下).
SUMMARY_OF_YEAR = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s?年?(?:度)?[^\n。，,\d]{0,12}?工作(?:情况)?总结"
    # (or a report on the progress of the year's work in its first months, 《政府工作报告》确定的2021年
    # 重点工作上半年完成情况: a city's inspection notice, session 66)
    r"|(?<!\d)((?:19|20)\d{2})\s?年[^\n。，,\d]{0,12}?(?:上半年|前三季度|一季度|第[一二三]季度)"
    r"(?:的)?(?:完成|进展|推进|落实|执行)情况"
)
#: How many characters of a text's opening :func:`summary_year` reads.
SUMMARY_WINDOW = 400


#: A session's date written anywhere in a front line (…工作报告(全文) ;;;;2016年2月17日在某区第十六届
#: 人民代表大会第六次会议上: a page that ran the date line into its title's line), the congress
#: named in full, as 人代会, or as 届人大 (2017年12月6日在市五届人大一次会议上: a forest city's
#: report, session 60).
SESSION_DATE = re.compile(
    r"([12]\d{3})\s?年\s?(1[0-2]|[1-9])\s?月\s?(?:[12]\d|3[01]|[1-9])\s?日\s?在[^。\n]{0,40}?"
    r"(?:人民代表大会|人代会|届人大)"
)
#: The same date written after the session, in brackets (——在某县第十七届人民代表大会第四次会议上
#: 县长某某(2020年1月8日): a county's page of 2020); groups 1 and 2 as in :data:`SESSION_DATE`.
SESSION_DATE_AFTER = re.compile(
    r"在[^。\n]{0,40}?(?:人民代表大会|人代会)[^。\n（(]{0,24}?[（(]\s?"
    r"([12]\d{3})\s?年\s?(1[0-2]|[1-9])\s?月\s?(?:[12]\d|3[01]|[1-9])\s?日\s?[）)]"
)


def find_session_date(text: str) -> re.Match[str] | None:
    """The first session date in ``text``, before or after the session it dates (groups 1 and
    2: its year and month), else ``None``.

    >>> find_session_date("——在某县第十七届人民代表大会第四次会议上县长某某(2020年1月8日)")[1]
    '2020'
    >>> find_session_date("2021年4月13日在某县第十七届人民代表大会第一次会议上")[2]
    '4'
    """
    found = [m for m in (SESSION_DATE.search(text), SESSION_DATE_AFTER.search(text)) if m]
    return min(found, key=lambda m: m.start()) if found else None


def session_year_starts(text: str) -> set[int]:
    """Where the years of the session dates in ``text`` start (a session's date says when a
    report was given, not the year of what follows it)."""
    if "代" not in text:
        return set()  # (no scan of a sentence that names no session)
    return {m.start(1) for p in (SESSION_DATE, SESSION_DATE_AFTER) for m in p.finditer(text)}


#: A paragraph opening on the year it is about (2019年，是我县经济社会发展非同寻常的一年; 2019年是…).
OPENING_YEAR = re.compile(r"\s*([12]\d{3})年(?:[，,]|是)")


def review_opening_year(parts: Sequence[Part]) -> int | None:
    """The year the first review part that names one names: its heading's, else the one its
    first paragraph opens with (:data:`OPENING_YEAR`); ``None`` without either (a newspaper's
    digest headed 解读政府工作报告·过去一年和五年工作回顾, then 过去一年 / 2022年是…的一年).

    >>> text = "一、过去一年工作回顾\\n2019年，是极不平凡的一年。\\n"
    >>> review_opening_year(build_structure(text, tuple(range(len(text))))[0])
    2019
    """
    for part in (p for p in parts if p.role == "review"):
        if part.year:
            return part.year
        # (its first paragraph after the heading's own line)
        paragraphs = [q for s in part.sections[:1] for q in s.paragraphs[:2]]
        opening = next((m for q in paragraphs if (m := OPENING_YEAR.match(q.text))), None)
        if opening:
            return int(opening.group(1))
    return None


#: A year opening a sentence or a speaker's words (2010年，全省…; 2003 年,在市委…; …说，2010年全市…;
#: a reporter's: 记者从会上获悉，2013年…), or estimated or reviewed (预计2012年全市生产总值…, 经初步
#: 预计，某县2012年…, 回顾了2012年的政府工作, 回首2021年, 总结2013年及五年来的工作), and what follows
#: it up to the sentence's end; or the year looked ahead to (展望2022年: the year planned).
SENTENCE_YEAR = re.compile(
    # (a quotation's or an announcement's first words too: "2021 年全市完成地区生产总值 6617 亿元…"
    # and 在…会议上宣布:二〇〇八年江苏地区生产总值…, a city's and a province's news stories,
    # session 62)
    r"(?:^|(?<=[。！？；;\s“\"])|(?<=[说說][，,：:])|(?<=获悉[，,：:])|(?<=指出[，,：:])|(?<=宣布[，,：:])"
    # (据介绍，2014年甘肃省实现生产总值…: a news story of a provincial session, session 50)
    r"|(?<=介绍[，,：:])|(?<=表示[，,：:])"
    # (and after a source's words: 初步核算，2012年全省生产总值达5.7万亿元, 据统计，…: a
    # province's news story of 2013, session 62)
    r"|(?<=核算[，,：:])|(?<=统计[，,：:])|(?<=提出[，,：:])|(?<=显示[，,：:])"
    # (or a list's bullet: 报告指出：⏎●2023年广东地区生产总值达到13.57万亿元, a province's digest
    # of 2024, session 64)
    r"|(?<=[●◆■▲★•◇○□▶►▎▍▌▋┃]))"
    r"(?:预计)?\s?([12]\d{3})\s?年(?:[，,]|是)?([^。！？]*)"
    # (not past the clause: 报告对2005年政府工作…作了详细总结，同时对2006年的政府工作作了布置, a
    # city's news story of 2006, session 50)
    # (回顾2018 alone on its line, 年 left out: a city's digest of 2019, session 57)
    # (回眸2008 on its line, 刚刚过去的2007年: a province's digest and news story, session 58)
    # (回眸2024，江宁奋斗起笔: a district's news story of 2025, session 61, 年 left out before a comma)
    # (or the year's end counted to: 截止2007年底，全镇工农业总产值完成10.6亿元, a town's report of
    # 2007 after 刚刚过去的一年, session 64)
    r"|(?:预计|回顾了?|回首|回眸|回望|总结了?|通报了?|公布了?|(?:刚刚|即将)过去的|截至|截止到?)"
    # (not across a joining word: 2020年度某街道工作总结和2021年度工作思路 names the year planned
    # after the summary of the year before, a sub-district's page, session 69)
    r"[^。！？\d，,；;和及与、]{0,10}?"
    r"([12]\d{3})\s?(?:年|(?=\s*$|[，,：:]))"
    # (not the year whose targets are announced: 公布二〇二六年上海经济社会发展主要预期目标, a
    # Taiwanese paper's story of Shanghai's 2026 session, session 68)
    r"(?![^。！？，,；;]{0,16}?(?:预期目标|主要目标|发展目标|预期))"
    r"|报告(?:了|对)?([12]\d{3})\s?年(?:的)?(?:政府)?(?:工作|成绩)"
    # looking ahead to the year planned (展望2022年，某市经济社会发展目标为…: a city's news story)
    # (or the year about to open: 即将开启的2022年，是新一届政府的开局之年, a city's news story of
    # its session of 2021-12-30, session 64)
    r"|(?:展望|即将(?:开启|到来|开始)的)([12]\d{3})\s?(?:年|(?=[，,：:]))"
    # (or the year a work meeting plans: 当日，兰州新区召开2017年工作会议, a new area's news story of
    # 2017, session 59)
    # (or one it tells of as held, in traditional characters too: 昨日，東湖高新區2012年工作會上，
    # 市長…, a high-tech zone's news story of 2012, session 64)
    r"|(?:召开|召開|(?=[12]\d{3}\s?年(?:度)?[^。！？，,\d]{0,8}?工作(?:会议|會議|会|會)上))"
    r"([12]\d{3})\s?年(?:度)?[^。！？，,\d]{0,8}?工作(?:会议|會議|会|會)"
    # the year's report card (《政府工作报告》2023年成绩单来了: a city's news page of 2024, session 51)
    r"|([12]\d{3})\s?年(?:度)?[^。！？，,\d]{0,8}成绩单"
    # the review part named where a story lists the report's parts (报告共分两部分:2017年工作回顾;
    # 2018年主要工作: a county's news story of 2018, session 51)
    # (or a summary's title: 2020 年度某街道工作总结, a sub-district's page, session 69)
    r"|([12]\d{3})\s?年(?:度|的)?[^。！？，,\d\s]{0,8}?工作(?:回顾|总结)"
    # (or the year's work alone before the next part's: 报告共分两个部分:一、2012年工作;二、2013年
    # 工作安排, a city's news story of 2013, session 58)
    r"|(?<=[：:、])([12]\d{3})\s?年(?:的)?(?:政府)?工作(?=[；;]\s?(?:[二２]、)?[12]\d{3}\s?年)"
    # the plan part named in such a list (报告共分四个部分，一是过去五年工作回顾，…，三是2017年主要
    # 工作: a district's news story of 2017, session 60): the year planned
    r"|(?<=[一二三四五六]是)([12]\d{3})\s?年(?:的)?(?:主要|重点)?工作(?:安排|任务|重点)?(?=[，,；;。])"
    # (or the first of the parts a story lists: 报告分为2020年工作和“十三五”时期发展回顾、…、2021年
    # 工作安排三个部分, a county's news story of 2021, session 62)
    r"|(?<=报告分为|报告分成)([12]\d{3})\s?年(?=(?:的)?(?:政府)?工作)"
    # the year whose draft budget a session's agenda names (会议主要任务…：审议…2009年…预算执行情况
    # 和2010年…预算草案的报告: a province's news story of 2010, session 61): the year planned
    r"|([12]\d{3})\s?年[^。！？\d，,；;]{0,16}?预算草案"
    # the end of the years a change ran over, its start written too (全区生产总值从2007年的6423.2亿元
    # 增加到2012年的1.6万亿元: a province's five-year review in a newspaper, session 62): the year
    # reviewed
    r"|[从由]\s?[12]\d{3}\s?年的?[^。！？；;]{0,24}?(?:增加|提高|增长|上升|扩大|跃升|攀升)到\s?([12]\d{3})\s?年"
)
#: The years counted after a start year (2018年以来的五年): :func:`text_opening_years`.
SINCE_YEARS = re.compile(r"以来的?([一二三四五六七八九十]|\d{1,2})年")
#: Words after a year that make it a horizon (2030年前, 2025年底前), and words of a plan in the
#: clause a year opens (2024年要…, 2024年全市力争…, not 主要 or 目标任务 of a review): used by
#: :func:`text_opening_years`.
HORIZON_AFTER_YEAR = ("前", "底前", "以前", "末前")
#: A year of an official's record in a yearbook's entry (县长：王某 1943年12月生，…1966年3月加入
#: 中国共产党，1979年后任…，1992年10月当选为县长: county yearbooks of 1993-1999, session 56): no
#: year the text is of (not 2024年任务).
PERSONAL_RECORD_AFTER_YEAR = re.compile(
    r"\s?(?:\d{1,2}\s?月)?\s?(?:出?生|参加工作|加入中国共产党|入党|当选|(?:后|起)?任(?!务))"
)
#: A month and day after a year (2004年02月25日): a date, as a page's dateline writes it.
DATE_AFTER_YEAR = re.compile(r"\s?\d{1,2}\s?月\s?\d{1,2}\s?日")
PLAN_CLAUSE = re.compile(
    # (a place named without its rank too: 2025年重庆将接续办好15件重点民生实事, a city's news
    # story of 2025, session 62)
    r"预期|力争|^[，,]?(?:我们|[\u4e00-\u9fff]{0,4}[省市县区州旗]|[\u4e00-\u9fff]{2,4})?(?:将|要|计划|拟)"
    # (or the year's growth target: 2011年全市地区生产总值增长目标也调低为8%, a province's news
    # story of 2011, session 62)
    r"|(?:增长|增速)目标(?!任务)"
    # (the year's work named as the plan: 2018年主要工作, 2018年重点工作, 2018年工作安排)
    r"|^的?(?:主要|重点)工作|^的?工作(?:安排|打算|部署|任务)"
    # (or counted: 2010年8大工作重点, 2024年十项重点任务, a newspaper's digest of 2010, session 59)
    r"|^的?[\d一二三四五六七八九十]{1,2}(?:大|项|个方面)(?:工作重点|重点工作|重点任务|主要任务)"
    # (or the year's sessions opening: 2026年德州市兩會啟幕, a city's commentary of 2026, session 64)
    r"|^[^，,。]{0,10}?(?:两会|兩會)(?:开幕|開幕|启幕|啟幕|召开|召開)"
    # (or the year's list of practical matters for the people: 2026年政府民生实事项目, a county's
    # list of 2026, session 66)
    r"|^[^，,。]{0,6}?(?:民生|惠民)实事"
)
#: The sentence after a year called …之年 looking back on that year (2020年是…决胜之年。一年来，…:
#: a sub-district's review of 2020, session 57): the year is the one reviewed.
REVIEW_AFTER_YEAR_IS = re.compile(r"[。！!]\s*(?:一年来|过去的?一年|这一年|回顾|回首)")
#: The rest of the paragraph of a year called …之年 telling that year as done (…，全县经济社会发展
#: 取得新成效; …呈现稳中有进的良好态势; 较好完成年初确定的主要目标: a county's statistical communiqués of
#: 2023 and 2024 and a sub-district's summary of 2020, session 69) and giving it no work to do
#: (:data:`YEAR_GIVEN_WORK`): the year is the one reviewed.
YEAR_TOLD_DONE = re.compile(
    r"取得(?:了|新)|呈现[^。；;]{0,20}?态势|较好完成|圆满完成|完成了|获得了"
)
#: Work given to a year called …之年 (我们要…, 确保…, 做好今年工作; not 主要, 重要, 要求): the
#: year planned.
YEAR_GIVEN_WORK = re.compile(
    r"(?<![主重需纲提首])要(?![求素点闻件害事])|将|必须|务必|确保|力争|奋力|努力|做好|预期|目标是"
)
#: How much of the paragraph after a year called …之年 :data:`YEAR_TOLD_DONE` reads.
YEAR_TOLD_REACH = 400
#: The speaker's opening words of a report (现在，我代表市人民政府，向大会报告工作，请予审议…).
SPEAKER_OPENING = re.compile(
    r"我代表[^。]{0,16}?(?:人民政府|政府)[^。]{0,12}?(?:报告|作)[^。]{0,40}。\s*$"
)
#: How many paragraphs of a text :func:`text_opening_years` reads, of more characters than a
#: page's menu item has.
OPENING_PARAGRAPHS = 12
MENU_ITEM_MAX = 4


def text_opening_years(parts: Sequence[Part]) -> tuple[int | None, int | None]:
    """``(review_year, plan_year)`` of a text that no title, date line, heading or review part
    dates (a newspaper's digest, a page cut out of a report): the first year of its first
    :data:`OPENING_PARAGRAPHS` paragraphs that opens a sentence or is estimated
    (:data:`SENTENCE_YEAR`) is the year reviewed, or the year planned when its sentence calls
    it a coming year (…之年, not …的一年: 2018年，是全面深化改革的开局之年); ``(None, None)``
    without one.

    >>> def years(text):
    ...     return text_opening_years(build_structure(text, tuple(range(len(text))))[0])
    >>> years("去年城区生产总值突破万亿\\n对城区来说，这是好成绩。 2010年，全省城区生产总值增长17%。")
    (2010, 2011)
    >>> years("包头市市长\\n过去五年工作回顾\\n经济总量跨越两个台阶。预计2012年全市生产总值完成3440亿元。")
    (2012, 2013)
    >>> years("2018年，是全面深化改革的开局之年。增长8%。"), years("增长8%。")
    ((2017, 2018), (None, None))
    >>> years("2020年是全面建成小康社会的决胜之年。一年来，增长8%。")
    (2020, 2021)
    >>> years("他说，2010年全市生产总值增长13%。"), years("2024年全市力争增长6%。")
    ((2010, 2011), (2023, 2024))
    >>> years("2025年重庆将接续办好15件重点民生实事")
    (2024, 2025)
    >>> years("市长表示。2011年全市地区生产总值增长目标也调低为8%。")
    (2010, 2011)
    >>> years("而昨天，省长晒出了成绩单。初步核算,2012年全省生产总值达5.7万亿元。")
    (2012, 2013)
    >>> years("会议提出,2022年,龙岗区将大力实施区域发展战略。")
    (2021, 2022)
    >>> years("政府工作报告数据显示,2024年,通川区实现地区生产总值434.5亿元。")
    (2024, 2025)
    >>> years("现在,我代表市人民政府,向大会报告工作,请予审议。\\n2025年是“十四五”收官之年。我们坚持实干。")
    (2025, 2026)
    >>> years('首页\\n新闻\\n报道(记者 文 / 摄)"2021 年全市完成地区生产总值 6617 亿元"')
    (2021, 2022)
    >>> years("省长在会议上宣布:二〇〇八年江苏地区生产总值突破三万亿元。")
    (2008, 2009)
    >>> years("——实力提升最快的时期。全区生产总值从2007年的6423.2亿元增加到2012年的1.6万亿元。")
    (2012, 2013)
    >>> years("\\n".join(["首页", "新闻", "生活"] * 5) + "\\n据报告,预计2011年茂名实现生产总值1625亿元。")
    (2011, 2012)
    >>> years("2030年前实现碳达峰。2022年，全市生产总值增长3%。")
    (2022, 2023)
    >>> years("县长回顾了2012年的政府工作。"), years("2013年，某县计划招引20个项目。")
    ((2012, 2013), (2012, 2013))
    >>> years("文档介绍2020年度某街道工作总结和2021年度工作思路\\n2020 年度某街道工作总结和 2021 年度")
    (2020, 2021)
    >>> years("17日，高新区召开工作会议，总结2013年的工作，部署2014年重点工作。")
    (2013, 2014)
    >>> years("昨日，经开区召开动员大会，通报了2017年1~9月份全区目标任务完成情况。")
    (2017, 2018)
    >>> years("会议主要任务8项：审议关于2009年省本级预算执行情况和2010年省本级预算草案的报告。")
    (2009, 2010)
    >>> years("刚刚结束的地方两会公布了2017年度省市GDP总量和增速数据。")
    (2017, 2018)
    >>> years("记者从会上获悉，2013年高新区营业总收入4251亿元。")
    (2013, 2014)
    >>> years("据介绍，2014年甘肃省实现生产总值6835.27亿元。")
    (2014, 2015)
    >>> years("题:七台河市人民政府向人民代表报告2008年工作侧记")
    (2008, 2009)
    >>> years("报告对2005年政府工作作了详细总结，同时对2006年的政府工作作了布置。")
    (2005, 2006)
    >>> years("NEWS.SOHU.COM 2004年02月25日08:07 某晚报\\n显示出去年的新亮点。2003年：\\n增长13%。")
    (2003, 2004)
    >>> years("市长作报告。展望2022年，全市发展目标为：增长8%。"), years("回首2021年，增长9%。")
    ((2021, 2022), (2021, 2022))
    >>> years("@南阳人,《政府工作报告》2023年成绩单来了!\\n生产总值增长4.8%。")
    (2023, 2024)
    >>> years("报告共分两部分:2017年工作回顾;2018年主要工作。"), years("2018年重点工作是：增长8%。")
    ((2017, 2018), (2017, 2018))
    >>> years("报告共分两个部分:一、2012年工作;二、2013年工作安排")
    (2012, 2013)
    >>> years("报告分为2020年工作和十三五时期发展回顾、2021年工作安排三个部分。2020年是收官之年。")
    (2020, 2021)
    >>> years("昨日，省长作政府工作报告。\\n2010年8大工作重点\\n全面推进灾后恢复重建。")
    (2009, 2010)
    >>> years("兰州新区7日通报。当日，兰州新区召开2017年工作会议。")
    (2016, 2017)
    >>> years("县 长:王某 1943年12月生,1966年3月加入中国共产党。\\n1993年,全县生产总值增长12%。")
    (1993, 1994)
    >>> years("回眸2008\\n抗震救灾取得胜利。"), years("省长说,刚刚过去的2007年,我们增长14%。")
    ((2008, 2009), (2007, 2008))
    >>> years("进入两会时间。回眸2024，江宁奋斗起笔。"), years("展望2025，全区奋力前行。")
    ((2024, 2025), (2024, 2025))
    >>> years("省长说,二00六年是开局之年,是取得新成绩的一年。")
    (2006, 2007)
    >>> years("报告共分四个部分,一是过去五年工作回顾,二是今后五年的目标任务,三是2017年主要工作,四是…")
    (2016, 2017)
    """
    # (a page's menu items, 首页 新闻 生活 …, are no paragraphs of the text: session 62)
    paragraphs = [
        q
        for p in parts
        for s in p.sections
        for q in s.paragraphs
        if len(q.text.strip()) > MENU_ITEM_MAX
    ][:OPENING_PARAGRAPHS]
    texts = [arabic_years(q.text) for q in paragraphs]  # (二〇〇六年, 二00六年 read as 2006年)
    # (the paragraph right after the speaker's opening is the review's: 现在，我代表市人民政府，向
    # 大会报告工作…。\n2025年是“十四五”收官之年。…: a city's report of 2026, session 63)
    after_opening = {k for k in range(1, len(texts)) if SPEAKER_OPENING.search(texts[k - 1][-80:])}
    for k, text, found in (
        (k, t, m) for k, t in enumerate(texts) for m in SENTENCE_YEAR.finditer(t)
    ):
        planned = found.group(5) or found.group(6) or found.group(10) or found.group(12)
        if planned:
            # 展望2022年, 召开2017年工作会议, 三是2017年主要工作: the year planned
            return int(planned) - 1, int(planned)
        reviewed = (
            found.group(3)
            or found.group(4)
            or found.group(7)
            or found.group(8)
            or found.group(9)
            or found.group(11)
            or found.group(13)
        )
        if reviewed:  # (回顾2021年, 报告对2005年…工作, 2023年成绩单, 2017年工作回顾)
            return int(reviewed), int(reviewed) + 1
        year, rest = int(found.group(1)), found.group(2) or ""
        if rest.startswith(HORIZON_AFTER_YEAR):
            continue  # 2030年前实现…: a horizon, no year the text is of
        if rest.startswith("以来"):
            # 2018年以来的五年，极不寻常 (a province's five-year review of 2023, session 64): the
            # span's last year is the one reviewed; a start alone (2017年以来，…) dates nothing
            counted = SINCE_YEARS.match(rest)
            n = small_numeral(counted.group(1)) if counted else None
            if n:
                return year + n - 1, year + n
            continue
        if DATE_AFTER_YEAR.match(rest):
            continue  # 2004年02月25日08:07 四川新闻网: a page's dateline, not the year reviewed
        if PERSONAL_RECORD_AFTER_YEAR.match(rest):
            continue  # 县长：王某 1943年12月生: an official's record in a yearbook's entry
        clause = re.split("[，,；;]", rest, maxsplit=1)[0]
        told = text[found.start() : found.start() + YEAR_TOLD_REACH]
        looked_back = (
            REVIEW_AFTER_YEAR_IS.match(text, found.end())
            or (k in after_opening and found.start() == len(text) - len(text.lstrip()))
            or (YEAR_TOLD_DONE.search(told) and not YEAR_GIVEN_WORK.search(told))
        )
        if ("之年" in rest and "的一年" not in rest and not looked_back) or PLAN_CLAUSE.search(
            clause
        ):
            return year - 1, year  # 2018年，是…开局之年; 2024年要…
        return year, year + 1
    return None, None


#: The date a text gives the report it tells of (都在2015年4月27日的镇安县政府工作报告中…: a
#: county's news story of its session), a place or a session's name between them.
REPORT_DATE = re.compile(
    r"([12]\d{3})年(1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])日"
    # (or the session it was given at, after the hour: 2021年2月24日上午9时，香洲区第九届人民代表大会
    # 第六次会议召开, a district's news story, session 53; not a standing committee's meeting,
    # nor a past session a review looks back to: the session opens or is held then)
    r"(?:(?:上午|下午|晚上)?\d{1,2}[时点](?:\d{1,2}分)?[，,]?)?"
    r"[^。，,；;]{0,24}?(?:政府工作报告|人民代表大会(?!常务委员会)[^。，,；;]{0,12}?会议"
    r"[^。，,；;]{0,10}?(?:召开|开幕|举行))"
)


#: The date in brackets right after a report's title (在中国共产党扬州市邗江区第十二次代表大会上的
#: 报告(2016年7月24日): a district's party congress report of 2016, session 57).
REPORT_DATED_AFTER = re.compile(
    r"报告\s*[（(]\s*([12]\d{3})\s*年\s*(1[0-2]|[1-9])\s*月\s*(?:[12]\d|3[01]|[1-9])\s*日\s*[)）]"
)


def report_date_year(text: str) -> int | None:
    """The plan year of a text that dates the report it tells of (:data:`REPORT_DATE` in its
    first :data:`OPENING_CHARS` characters): the date's year, the next one for a session held at
    the year's end (:data:`LATE_SESSION_MONTH`).

    >>> report_date_year("大事都在2015年4月27日的镇安县政府工作报告中做了部署。")
    2015
    >>> report_date_year("在2020年12月23日的县政府工作报告中"), report_date_year("政府工作报告。")
    (2021, None)
    >>> report_date_year("2021年2月24日上午9时，某区第九届人民代表大会第六次会议召开。")
    2021
    >>> report_date_year("自2018年1月15日市第十六届人民代表大会第一次会议以来，五年间…")

    Or the date in brackets after the report's title (…代表大会上的报告(2016年7月24日)):

    >>> report_date_year("在中国共产党某区第十二次代表大会上的报告(2016年7月24日)张某")
    2016

    A story of a session that names no date dates it by the plan report it reviews
    (:data:`PLAN_REPORT_NAMED`):

    >>> report_date_year("审查某市2024年国民经济和社会发展计划执行情况与2025年计划草案的报告")
    2025
    >>> report_date_year("近日，某省省长在会议上，代表某省人民政府作2014年某省政府工作报告。")
    2014
    """
    found = REPORT_DATE.search(text, 0, OPENING_CHARS) or REPORT_DATED_AFTER.search(
        text, 0, OPENING_CHARS
    )
    if found is None:
        plan = PLAN_REPORT_NAMED.search(text, 0, OPENING_CHARS)
        return int(plan.group(1) or plan.group(2)) if plan else None
    year, month = int(found.group(1)), int(found.group(2))
    return year + 1 if month >= LATE_SESSION_MONTH else year


#: The plan report a session reviews with the government's report, naming the year under review
#: and the plan year (审查和审议西安市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会
#: 发展计划草案的报告: a news story of a city's session, session 53): the plan year.
#: Or the report a story says the head gave, named with its year (代表吉林省人民政府作2014年吉林省
#: 政府工作报告: a news site's story of a province's report of 2014, session 71).
PLAN_REPORT_NAMED = re.compile(
    r"(?:19|20)\d{2}年国民经济和社会发展计划执行情况(?:与|和|及)((?:19|20)\d{2})年"
    r"|作了?[《“]?((?:19|20)\d{2})年[\u4e00-\u9fff]{0,12}?政府工作报告"
)


def named_target_year(text: str) -> int | None:
    """The plan year of a text that names it beside 今年 or its targets in its opening
    (:data:`TARGET_YEAR_NAMED`, the first :data:`OPENING_CHARS` characters): 今年（2024年）…,
    郑州市2023年主要预期目标是…, 多地均将2023年GDP增速目标拟定为7% (news stories of a session
    that date nothing else, session 46).

    >>> named_target_year("省长作报告时表示，今年(2024年)广东发展面临的有利条件强于不利因素")
    2024
    >>> named_target_year("报告披露，郑州市2023年主要预期目标是：生产总值增长7%")
    2023
    >>> named_target_year("2020年，宜春市主要预期指标为：地区生产总值增长8%左右")
    2020
    >>> named_target_year("2023年完成主要目标任务。"), named_target_year("今年目标是增长5%。")
    (None, None)

    A page of a report's plan part: the targets proposed (建议为), or the year's general demands
    (2023年政府工作总体要求是…: a county's report of 2023, session 50):

    >>> named_target_year("2023年经济社会发展的主要预期目标建议为：增长8%以上")
    2023
    >>> named_target_year("2023年政府工作总体要求是：坚持稳中求进。")
    2023
    >>> named_target_year("市长表示，二0一0年上海经济社会发展的主要目标包括，全市生产总值增长百分之八以上")
    2010
    >>> named_target_year("代表们认为，报告总结过去一年的工作实事求是，提出了2019年的发展目标贴近实际。")
    2019
    """
    found = TARGET_YEAR_NAMED.search(arabic_years(text[:OPENING_CHARS]))  # (二0一0年 too)
    return int(next(g for g in found.groups() if g)) if found else None


#: The plan year written beside 今年 (今年（2024年）) or before the targets it sets (2023年主要预期
#: 目标是, 2023年GDP增速目标拟定为): :func:`named_target_year`.
TARGET_YEAR_NAMED = re.compile(
    r"今年[（(]((?:19|20)\d{2})年?[)）]"
    r"|((?:19|20)\d{2})年[，,]?[^，,。；;\d]{0,16}?(?:(?:预期目标|增速目标|发展目标|预期指标)(?:建议)?"
    r"|工作(?:的)?总体要求)(?:是|为|拟定为|定为|确定为|[:：])"
    # (or its main targets listed: 二0一0年上海经济社会发展的主要目标包括，…, a province's news story
    # of 2010, session 62)
    r"|((?:19|20)\d{2})年[，,]?[^，,。；;\d]{0,16}?主要目标(?:包括|是|为)"
    # (or the year the targets come down to after the plan period's: 具体到2022年，…实现地区生产总值
    # 增长13%以上, a district's story of a new term's first report, session 64)
    r"|具体到((?:19|20)\d{2})年"
    # (or the year whose main tasks it set out: 向大会报告政府工作时提出2022年主要任务, a city's digest
    # of 2022, session 64)
    r"|提出了?((?:19|20)\d{2})年(?:的)?(?:主要|重点)(?:工作)?任务"
    # (or the targets it set for that year: 提出了2019年的發展目標贴近实际, a county's news story of
    # its deputies' views, session 71)
    r"|提出了?((?:19|20)\d{2})年(?:的)?(?:发展|主要|经济社会发展)(?:预期)?目标"
)


#: A sentence saying what the report's year (今年) or the year before it (去年) is
#: (今年是…之年), and how many characters of it :func:`plan_stage_year` reads.
YEAR_IS = re.compile(
    r"(今年|去年)[，,]?(?:是|为)"
    # (or the stage the text stands at, now: 站在“十四五”开局之年的新征程起点上, a district's news
    # story of its 2021 report, session 64)
    r"|站在(?=[^，,。；;]{0,8}?开局之年|[^，,。；;]{0,8}?收官之年)"
)
YEAR_IS_WINDOW = 120


def plan_stage_year(text: str, rules: StructureRules | None = None) -> int | None:
    """The plan year of a text that says which stage of a five-year plan its year is
    (``plan_stage_words`` in structure_rules.yml): 今年是…“十二五”规划任务的收官之年 -> 2015,
    今年是“十五五”开局之年 -> 2026, 去年是“十四五”规划收官之年 -> 2026 (the year after); the
    first such sentence decides. The stage word must follow the plan's name in its clause: an
    earlier clause's 开局之年 (…依法治国的开局之年，也是…收官之年) is another thing's.

    >>> plan_stage_year("今年是全面推进依法治国的开局之年,也是全面完成“十二五”规划任务的收官之年。")
    2015
    >>> plan_stage_year("今年是“十五五”开局之年。"), plan_stage_year("去年是“十四五”规划收官之年。")
    (2026, 2026)
    >>> plan_stage_year("今年是十三五规划的第一年。"), plan_stage_year("今年是关键之年。")
    (2016, None)
    >>> plan_stage_year("站在“十四五”开局之年的新征程起点上，报告展露了…")
    2021

    Else the stage the year's general requirement sets as its goal (``goal_first``/``goal_last``
    right after 实现/确保/为 and the plan's name): 今年工作总体要求是：…奋力实现“十五五”良好开局 -> 2026.

    >>> plan_stage_year("今年工作总体要求是：坚持稳中求进，奋力实现“十五五”良好开局。")
    2026
    >>> plan_stage_year("今年工作总体要求是：巩固拓展“十四五”良好开局。")
    """
    rules = rules or structure_rules()
    for said in YEAR_IS.finditer(text):
        sentence = re.split("[。；;！!？?\n]", text[said.end() : said.end() + YEAR_IS_WINDOW])[0]
        for plan in rules.five_year_plan.finditer(sentence):
            ordinal = small_numeral(next(g for g in plan.groups() if g), colloquial=False)
            clause = re.split("[，,、]", sentence[plan.end() :])[0]
            first = five_year_plan_start(ordinal, rules) if ordinal else None
            if first is None:
                continue
            if any(w in clause for w in rules.plan_stage_first):
                year = first
            elif any(w in clause for w in rules.plan_stage_last):
                year = first + rules.plan_length - 1
            else:
                continue
            return year + 1 if said.group(1) == "去年" else year
    return requirement_stage_year(text, rules)


#: The year's general requirement (今年市政府工作总体要求是：), whose sentence
#: :func:`requirement_stage_year` reads up to its end.
YEAR_REQUIREMENT = re.compile(r"今年[^。；;！!？?\n，,]{0,12}?总体要求(?:是|为|[:：])")
#: The verbs setting a plan stage as the year's goal, right before the plan's name.
STAGE_GOAL_VERBS = ("实现", "确保", "为")
#: How many characters after the plan's name :func:`requirement_stage_year` reads for the goal.
STAGE_GOAL_CHARS = 8
#: The end of a sentence (or of its line).
SENTENCE_STOP = re.compile("[。！!？?\n]")


def requirement_stage_year(text: str, rules: StructureRules) -> int | None:
    """The plan year the first general requirement of the year (:data:`YEAR_REQUIREMENT`) gives by
    the plan stage it sets as its goal (实现“十五五”良好开局 -> 2026, 确保“十三五”圆满收官 -> 2020);
    else None."""
    said = YEAR_REQUIREMENT.search(text)
    if said is None:
        return None
    stop = SENTENCE_STOP.search(text, said.end())
    sentence = text[said.end() : stop.start() if stop else len(text)]
    for plan in rules.five_year_plan.finditer(sentence):
        ordinal = small_numeral(next(g for g in plan.groups() if g), colloquial=False)
        first = five_year_plan_start(ordinal, rules) if ordinal else None
        if first is None or not sentence.endswith(STAGE_GOAL_VERBS, 0, plan.start()):
            continue
        # (a few characters after the name: one read per name, linear in the text)
        goal = re.split("[，,、；;]", sentence[plan.end() : plan.end() + STAGE_GOAL_CHARS])[0]
        if any(goal.startswith(w) for w in rules.plan_goal_first):
            return first
        if any(goal.startswith(w) for w in rules.plan_goal_last):
            return first + rules.plan_length - 1
    return None


#: A page's publication date (编辑:…2018-01-24 16:20, 時間:2011-02-15; after a label of the
#: time, in words too: 发布时间:2011年1月20日7:41).
PUBLISHED_DATE = re.compile(
    r"(?<!\d)([12]\d{3})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"
    r"|(?<=时间[:：])\s*([12]\d{3})年(\d{1,2})月(\d{1,2})日"
    # (or on a line of its own, after a newspaper's page number: A09 2024年2月3日, a district
    # head's column of a city's sessions, session 66)
    r"|(?m:^[ \t]*(?:[A-Z]?\d{1,2}版?[ \t]+)?([12]\d{3})年(\d{1,2})月(\d{1,2})日"
    r"[ \t]*(?:星期.|周.)?[ \t]*$)"
)
#: How many characters of a text's opening :func:`published_year` reads.
PUBLISHED_WINDOW = 300
#: How many characters of a text's opening :func:`published_year` reads for the day it tells of.
OPENING_CHARS = 2_000
#: The day a news story tells of (2月25日上午，…会议开幕), and how many months before its page's
#: date it may be.
STORY_DAY = re.compile(
    r"(?<!\d)(1[0-2]|[1-9])月([12]\d|3[01]|[1-9])日"
    # (in words: 一月十六日上午，…会议隆重开幕, a district's news story of 2017, session 60)
    r"|(?<![\d〇零一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])月"
    r"(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
STORY_MONTHS = 3


def published_year(text: str) -> int | None:
    """The plan year of a news page dated only by its publication (the first
    :data:`PUBLISHED_DATE` in its first :data:`PUBLISHED_WINDOW` characters), when its story
    tells of a day up to :data:`STORY_MONTHS` months before it (:data:`STORY_DAY`: 1月24日上午，
    …会议开幕): a report is news when it is delivered, the next year's at a session of the year's
    end (:data:`LATE_SESSION_MONTH`); ``None`` without such a date (a copy site's date of posting
    an old report is no date of the report's).

    >>> published_year("编辑:某某2018-01-24 16:20\\n1月24日上午，区长作政府工作报告。")
    2018
    >>> published_year("发布时间:2020/12/28\\n12月28日，县长作报告。")
    2021
    >>> published_year("时间:2022-05-24 05:35\\n市长作报告。"), published_year("区长作报告。")
    (None, None)
    >>> published_year("某网 2018-03-20 10:33:06\\n2月25日上午，市长作政府工作报告。")
    2018
    >>> published_year("发布时间:2011年1月20日7:41\\n1月20日讯 在昨日开幕的会议上…")
    2011

    So is a newspaper's digest of a report published in the months of the sessions
    (:data:`SESSION_SEASON_MONTHS`) whose title names it a digest (政府工作报告(摘编) over
    发布日期:2022-02-10: a city's digest of 2022, session 64), though it tells of no day.

    >>> published_year("政府工作报告(摘编)\\n发布日期:2022-02-10 17:09\\n四年来，增长7%。")
    2022
    >>> published_year("政府工作报告(摘要)\\n发布日期:2022-05-24\\n增长7%。")
    >>> published_year("某县政府工作报告\\n发布时间:2026-01-16\\n20xx年，增长7%。")

    And a newspaper's page of the sessions' column (A09 2024年2月3日 over 聚焦全市两会):

    >>> published_year("上一版  下一版\\nA09 2024年2月3日\\n聚焦全市两会\\n去年，增长7%。")
    2024
    >>> published_year("A09 2024年7月3日\\n聚焦全市两会\\n去年，增长7%。")
    """
    story = published_story(text)
    if story is None:
        return digest_published_year(text)
    year, told_month = story
    return year + 1 if told_month >= LATE_SESSION_MONTH else year


#: The months of a year the local people's congresses meet in to hear the report.
SESSION_SEASON_MONTHS = (1, 2, 3)
#: A news story of a session opening (…人民代表大会第一次会议在市行政中心开幕).
SESSION_STORY = re.compile(r"(?:人民代表大会|人代会|人大会)[^。\n]{0,40}?(?:开幕|召开|隆重开幕)")
#: A newspaper's digest of a report named in a page's title (政府工作报告(摘编), 政府工作报告摘要;
#: not the bare title a content farm reposts an old report under, 金湖县政府工作报告 over
#: 发布时间:2026-01-16 and 20xx年，是我县…: a helper's page of session 60).
#: (or its points read for the reader, 为你解读遵义市政府工作报告要点 over 发布时间:2021-02-26: a city
#: paper's digest, session 66)
REPORT_TITLE = re.compile(
    r"政府工作报告\s?[（(〔【]?(?:摘编|摘要|摘登|要点)|解读[^\n]{0,20}政府工作报告"
)
#: A newspaper's column of the sessions right after its page's date (A09 2024年2月3日 over
#: 聚焦全市两会: a district head's account of the year before, heard at the city's sessions).
SESSIONS_COLUMN = re.compile(
    r"(?:聚焦|关注|直击|全国|全省|全市|全区|全县|[市区县州省])(?:两会|兩會)"
)
SESSIONS_COLUMN_CHARS = 40


def digest_published_year(text: str) -> int | None:
    """The year a page whose title names a report's digest (:data:`REPORT_TITLE`, before its
    publication date) was published in, when in the months of the sessions (:data:`SESSION_SEASON_MONTHS`);
    else ``None``."""
    found = published_date(text)
    if found is None:
        return None
    if not REPORT_TITLE.search(text, 0, found[3]) and not SESSIONS_COLUMN.search(
        text, found[3], found[3] + SESSIONS_COLUMN_CHARS
    ):
        return None
    year, month, _, _ = found
    return year if month in SESSION_SEASON_MONTHS else None


def published_date(text: str) -> tuple[int, int, int, int] | None:
    """The year, month and day of a page's publication date (the first :data:`PUBLISHED_DATE` in
    its first :data:`PUBLISHED_WINDOW` characters) and where the date starts; else ``None``.

    >>> published_date("政府工作报告(摘编)\\n发布日期:2022-02-10 17:09")
    (2022, 2, 10, 16)
    """
    found = PUBLISHED_DATE.search(text, 0, PUBLISHED_WINDOW)
    if not found:
        return None
    first = next(i for i in (1, 4, 7) if found.group(i))
    year, month, day = (int(found.group(i)) for i in (first, first + 1, first + 2))
    return year, month, day, found.start(first)


def published_story(text: str) -> tuple[int, int] | None:
    """The year a news page was published in and the month of the day its story tells of (the
    session's), when both are read as :func:`published_year` reads them; else ``None``.

    >>> published_story("2009-01-08 11:24:26 来源：东北网\\n东北网1月8日讯 在提交…的《政府工作报告》中")
    (2009, 1)
    >>> published_story("2017-01-17 09:14:01 来源: 搜狐焦点网\\n一月十六日上午,…第十八届人民代表大会开幕")
    (2017, 1)
    """
    found = published_date(text)
    if found is None:
        return None
    year, month, day, start = found
    told = STORY_DAY.search(text, 0, OPENING_CHARS)
    if told is not None and 0 <= told.start() - start <= len("2024年"):
        # (the page's own date written in words is no day its story tells of)
        told = STORY_DAY.search(text, told.end(), OPENING_CHARS)
    if told is None:
        return None
    month_text, day_text = (told.group(1), told.group(2)) if told.group(1) else told.group(3, 4)
    told_month, told_day = (
        int(t) if t.isdigit() else small_numeral(t) or 0 for t in (month_text, day_text)
    )
    # (the day the story tells of, on or before the page's, in the months before it)
    if not (0 <= month - told_month <= STORY_MONTHS and (told_month, told_day) <= (month, day)):
        return None
    return year, told_month


def stated_plan_year(front: tuple[int | None, bool], parts: Sequence[Part]) -> int | None:
    """The plan year the front matter states (``front``: :func:`dated_front_year`), but the year
    after a title's when no date line says which and the review part is about the title's year: a page titled
    2019年梨树县政府工作报告 whose review opens 2019年，是我县…的一年 reviews 2019 (a county's
    session held at the year's end, as a date line of December says, :data:`LATE_SESSION_MONTH`).

    >>> text = "2019年某县政府工作报告\\n一、过去一年工作回顾\\n2019年，是极不平凡的一年。\\n"
    >>> stated_plan_year(dated_front_year(text), build_structure(text, tuple(range(len(text))))[0])
    2020
    >>> text = "2019年某县政府工作报告\\n一、2018年工作回顾\\n增长5%。\\n"
    >>> stated_plan_year(dated_front_year(text), build_structure(text, tuple(range(len(text))))[0])
    2019

    So too when a review heading names the title's year as its own (2016年政府工作报告 over
    一、过去五年和2016年政府工作回顾: a district's page of 2016, session 60):

    >>> text = "2016年某区政府工作报告\\n一、过去五年和2016年政府工作回顾\\n增长5%。\\n"
    >>> stated_plan_year(dated_front_year(text), build_structure(text, tuple(range(len(text))))[0])
    2017

    A title years after the year its review heading names is a site's label for its copy
    (2017年奉节政府工作报告(3) over 2009年工作回顾: a county's report of 2010, session 62):

    >>> text = "2017年某县政府工作报告(3)\\n各位代表:\\n2009年工作回顾\\n增长5%。\\n"
    >>> stated_plan_year(dated_front_year(text), build_structure(text, tuple(range(len(text))))[0])
    2010

    And when the estimates of the text name the title's year (:func:`estimated_years`):

    >>> text = "清河区2007年政府工作报告\\n五年来，预计2007年生产总值达到33亿元。\\n"
    >>> stated_plan_year(dated_front_year(text), build_structure(text, tuple(range(len(text))))[0])
    2008
    """
    year, dated = front
    if year is None or dated:
        return year
    headed = any(p.role.startswith("review") and p.year == year for p in parts)
    reviewed = [p.year for p in parts if p.role.startswith("review") and p.year]
    if reviewed and all(y < year - 1 for y in reviewed):
        return reviewed[0] + 1  # (the title a site gave its copy: 2017年奉节政府工作报告(3))
    if headed or review_opening_year(parts) == year:
        return year + 1
    return year + 1 if estimated_years(parts) == {year} else year


#: An estimate naming the year it estimates (预计2007年地区生产总值达到33亿元).
ESTIMATE_OF_YEAR = re.compile(r"预计(?:全年)?((?:19|20)\d{2})\s?年")


def estimated_years(parts: Sequence[Part]) -> set[int]:
    """The years the estimates of a report's text name (:data:`ESTIMATE_OF_YEAR`): a report
    whose estimates all name its title's year reviews that year (清河区2007年政府工作报告 over
    预计2007年地区生产总值达到33亿元: a district's report of late 2007, session 63).

    >>> text = "一、过去五年回顾\\n预计2007年生产总值达到33亿元。\\n"
    >>> estimated_years(build_structure(text, tuple(range(len(text))))[0])
    {2007}
    """
    return {
        int(y)
        for p in parts
        for section in p.sections
        for q in section.paragraphs
        for y in ESTIMATE_OF_YEAR.findall(q.text)
    }


#: A note that the figures are the estimates of a year (（2021年预计数，下同）).
NOTED_ESTIMATE_YEAR = re.compile(r"[（(]\s?((?:19|20)\d{2})\s?年预计数?")


def infer_years(report: Report) -> tuple[int | None, int | None]:
    """``(review_year, plan_year)``: the report of year Y reviews Y-1 and plans Y.

    From the metadata if given (``.yml`` or the corpus ``index.csv``, see
    :func:`read_metadata`), else from the front matter (:func:`stated_plan_year`), else from the
    part headings: a plan heading's year is the plan year, a review heading's year the review
    year; when only one is found the other is one year away (or a plan period's headings say it,
    :func:`_heading_plan_year`); else from the year a review part
    opens on (:func:`review_opening_year`), else from the year the text's first sentences open on
    (:func:`text_opening_years`; before it, the year it names beside 今年 or its targets,
    :func:`named_target_year`), else from the date it gives the report
    (:func:`report_date_year`) or the stage of a five-year plan it says its year is
    (:func:`plan_stage_year`), else from the year its estimates are noted as
    (:data:`NOTED_ESTIMATE_YEAR`), else from the year a work summary sums up
    (:func:`summary_year`), else from a news page's publication date (:func:`published_year`).
    """
    review = report.metadata.get("review_year")
    plan = report.metadata.get("plan_year")
    if plan is None and review is None:
        plan = stated_plan_year(dated_front_year(report.clean_text), report.parts)
    if review is None or plan is None:
        heading_review = next((p.year for p in report.parts if p.role == "review" and p.year), None)
        heading_plan = next((p.year for p in report.parts if p.role == "plan" and p.year), None)
        review = review or (int(plan) - 1 if plan else None) or heading_review
        review = review or (heading_plan - 1 if heading_plan else None)
        plan = plan or heading_plan or (int(review) + 1 if review else None)
    if review is None and plan is None:
        # (a closed plan period a heading looks back on, or one a heading sets out)
        plan = _heading_plan_year(report.parts)
        review = plan - 1 if plan else None
    if review is None and plan is None:
        # (no title, date line or heading year: the year a review part opens on, 2022年是…的一年)
        review = review_opening_year(report.parts)
        plan = review + 1 if review else None
    if review is None and plan is None:
        # (nor that: the year a story names beside 今年 or its targets, 2020年，某市主要预期指标
        # 为：…, before the year its first sentences open on: that sentence's own year is the plan's)
        plan = named_target_year(report.clean_text)
        review = plan - 1 if plan else None
    if (
        review is None
        and plan is None
        and SESSION_STORY.search(report.clean_text, 0, OPENING_CHARS)
    ):
        # (nor that: a news story of the session, dated by its page and the day it tells of,
        # before the year its first sentences open on: 2017-02-06 over 2月5日上午，…人民代表大会…
        # 开幕 and 2016年是“十三五”规划开局之年，全年完成…, a city's story of 2017, session 66)
        plan = published_year(report.raw_text)
        review = plan - 1 if plan else None
    if review is None and plan is None:
        # (nor that: the year the text's first sentences open on or estimate, a digest's)
        review, plan = text_opening_years(report.parts)
    if review is None and plan is None:
        # (nor that: the date it gives the report it tells of, or the stage of a five-year
        # plan it says its year is, 今年是“十二五”收官之年)
        plan = report_date_year(report.clean_text) or plan_stage_year(report.clean_text)
        review = plan - 1 if plan else None
    if review is None and plan is None:
        # (nor that: the year its estimates are noted as, 达1120亿元(2021年预计数,下同): a
        # district's five-year review of 2021 in a yearbook, session 61)
        noted = NOTED_ESTIMATE_YEAR.search(report.clean_text)
        review = int(noted.group(1)) if noted else None
        plan = review + 1 if review else None
    if review is None and plan is None:
        # (nor that: the year a work summary says it sums up, 现将2023年工作情况总结如下: a
        # sub-district's summary, session 64)
        review = summary_year(report.clean_text)
        plan = review + 1 if review else None
    if review is None and plan is None:
        # (nor that: the date a news page was published on, 2018-01-24 16:20, in the page's
        # debris the clean text leaves out)
        plan = published_year(report.raw_text)
        review = plan - 1 if plan else None
    if not report.metadata.get("review_year"):
        half = half_year_report(report.clean_text, report.raw_text)
        if half is not None:
            # (a report on the year's first half, 2021年上半年…计划执行情况的报告: its review is of
            # that year's months so far, its plan of the months left)
            review = plan = half
    return (int(review) if review else None, int(plan) if plan else None)


#: A title naming a report or summary of a year's first months (…2017年上半年国民经济和社会发展
#: 计划执行情况的报告, 某街道2022年半年度工作总结, 2020年度上半年工作会议: plan reports, zones'
#: and sub-districts' summaries in the helpers' pages, session 68).
HALF_YEAR_TITLE = re.compile(
    r"((?:19|20)\d{2})\s?年度?(?:上半年|半年度?)[^\n。]{0,40}?"
    r"(?:报告|总结|执行情况|审查意见|工作会议|工作思路)"
)
#: How far into a text its title lines are read for :data:`HALF_YEAR_TITLE` (characters).
TITLE_REACH = 600
#: The longest line read as a title.
TITLE_LINE_MAX = 80


def title_lines(text: str) -> list[str]:
    """The lines of the opening of ``text`` (:data:`TITLE_REACH`) short enough to be a title
    (:data:`TITLE_LINE_MAX`), in order.

    >>> title_lines("某县2017年上半年计划执行情况的报告\\n" + "增长" * 50)
    ['某县2017年上半年计划执行情况的报告']
    """
    return [line for line in text[:TITLE_REACH].splitlines() if len(line.strip()) <= TITLE_LINE_MAX]


def half_year_report(text: str, raw: str = "") -> int | None:
    """The year of a report on that year's first months, from a title line in the opening of
    ``text`` (:data:`HALF_YEAR_TITLE`, a line of at most :data:`TITLE_LINE_MAX` characters), else
    ``None``.

    >>> half_year_report("关于崇信县2017年上半年国民经济和社会发展计划执行情况的审查意见\\n时间:2017-11-22")
    2017
    >>> half_year_report("下沙街道2022年半年度工作总结\\n今年以来，…")
    2022
    >>> half_year_report("政府工作报告\\n2019年上半年，全市生产总值增长6%，为全年打下基础。")

    A title naming the half year without its year takes the year of the session's date line,
    when the session sits in the year's middle (:data:`MIDYEAR_SESSION_MONTHS`):

    >>> half_year_report("上半年政府工作报告\\n——2020年8月10日在镇第十九届人民代表大会第八次会议上")
    2020
    >>> half_year_report("上半年政府工作报告\\n——2020年1月10日在镇第十九届人民代表大会第八次会议上")

    So does a news page titled by the year's months so far (石臼街道:前三季度工作“全面开花” over
    发布时间:2011年11月22日: a sub-district's story of 2011), dated in a month after them:

    >>> half_year_report("石臼街道:前三季度工作“全面开花”\\n发布时间:2011年11月22日\\n到目前，增长20%。")
    2011
    >>> half_year_report("石臼街道:前三季度工作“全面开花”\\n发布时间:2012年1月22日\\n增长20%。")
    """
    undated = running = False
    for line in title_lines(text):
        found = HALF_YEAR_TITLE.search(line)
        if found:
            return int(found.group(1))
        undated = undated or bool(HALF_YEAR_UNDATED.search(line))
        running = running or bool("。" not in line and RUNNING_MONTHS_TITLE.search(line))
    session = find_session_date(text[:OPENING_CHARS]) if undated else None
    if session is not None and int(session[2]) in MIDYEAR_SESSION_MONTHS:
        return int(session[1])
    # (the page's date line may be debris the clean view leaves out: read in ``raw`` then)
    dated = PAGE_DATE.search(raw or text, 0, TITLE_REACH) if running else None
    if dated is not None and int(dated[2]) >= RUNNING_STORY_MONTH:
        return int(dated[1])
    return None


@lru_cache(maxsize=4)
def half_year_span(text: str) -> str:
    """The part of the year a report of :func:`half_year_report` reviews, as its title names it:
    上半年 for a half-year report, else the months so far a story's title names (前三季度, 1-9月),
    "" for none (今年以来).

    >>> half_year_span("某县2017年上半年国民经济和社会发展计划执行情况的报告"), half_year_span("增长")
    ('上半年', '')
    >>> half_year_span("石臼街道:前三季度工作“全面开花”\\n发布时间:2011年11月22日")
    '前三季度'
    """
    for line in title_lines(text):
        if HALF_YEAR_TITLE.search(line) or HALF_YEAR_UNDATED.search(line):
            return "上半年"
        running = RUNNING_MONTHS_TITLE.search(line) if "。" not in line else None
        if running:
            return "" if running.group() == "今年以来" else running.group()
    return ""


#: A title naming the months of the year so far without a year (前三季度工作“全面开花”, 上半年经济
#: 运行, 今年以来, 1-9月: news stories of a year's progress, session 68).
RUNNING_MONTHS_TITLE = re.compile(r"前三季度|上半年|今年以来|1[-—~至到]\d{1,2}月")
#: A page's date (2011年11月22日, 2011-11-22, 2011/11/22): groups 1 and 2 its year and month.
PAGE_DATE = re.compile(r"((?:19|20)\d{2})\s?[年/-]\s?(\d{1,2})\s?[月/-]\s?\d{1,2}")
#: The first month in which a story of the year's months so far tells of that year's (a story
#: of the first quarter is published in April at the earliest).
RUNNING_STORY_MONTH = 4


#: A title naming a report of the half year without its year (上半年政府工作报告: a town's report
#: given at a session of August 2020, session 68).
HALF_YEAR_UNDATED = re.compile(r"上半年(?:政府)?工作(?:报告|总结)")
#: The months of a session held in a year's middle, which reviews that year's months so far.
MIDYEAR_SESSION_MONTHS = range(6, 11)


# --------------------------------------------------------------------------- main targets

_TARGET_NUMBER = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|个百分点|万|亿)")


def main_targets(report: Report) -> tuple[Paragraph | None, str]:
    """The paragraph that states the plan year's main targets (主要预期目标是：…), and why.

    Candidates name the phrase (``main_targets.phrase`` in structure_rules.yml) and hold at
    least ``min_numbers`` figures (a percentage, 万 or 亿), counting the paragraph after a
    phrase that ends in a colon (the list on the next line); a phrase preceded in its sentence
    by a multi-year marker (“十五五”, 五年, 纲要) states five-year targets and is skipped.
    Parts are searched plan first, then multi-year plan parts, then the rest. Returns
    ``(paragraph, "")`` or ``(None, reason)``.

    >>> r = parse_report("一、2024年工作回顾\\n二、2025年工作安排\\n今年主要预期目标是：增长5%左右，就业1200万人以上。")
    >>> main_targets(r)[0].text[:9]
    '今年主要预期目标是'
    >>> main_targets(parse_report("一、2024年工作回顾\\n二、2025年工作安排\\n稳增长。"))
    (None, 'no paragraph names 主要(预期)目标 with figures')
    """
    rules = structure_rules()
    order = {"plan": 0, "plan_multiyear": 1}
    parts = sorted(report.parts, key=lambda p: (order.get(p.role, 2), p.index))
    skipped_multiyear = False
    for part in parts:
        paragraphs = [p for s in part.sections for p in s.paragraphs]
        for i, paragraph in enumerate(paragraphs):
            match = rules.targets_phrase.search(paragraph.text)
            if not match:
                continue
            sentence_start = max(paragraph.text.rfind(c, 0, match.start()) for c in "。；！？")
            if rules.targets_multiyear.search(paragraph.text[sentence_start + 1 : match.start()]):
                skipped_multiyear = True
                continue
            figures = paragraph.text[match.end() :]
            if opens_target_list(paragraph.text) and i + 1 < len(paragraphs):
                # (the list after it: one target to a line counts all its lines, session 46)
                listed = listed_targets(paragraphs[i + 1 :]) or paragraphs[i + 1 : i + 2]
                figures += "".join(p.text for p in listed)
            if len(_TARGET_NUMBER.findall(figures)) >= rules.targets_min_numbers:
                return paragraph, ""
    if skipped_multiyear:
        return None, "only the targets of a multi-year plan name 主要(预期)目标"
    return None, "no paragraph names 主要(预期)目标 with figures"


def targets_without_plan(report: Report) -> frozenset[str]:
    """The sentences a report without a plan part reads as the plan year's: those of its
    main-targets paragraph (:func:`main_targets`) from the one naming the phrase on, and those of
    the paragraph after a phrase that closes on a colon (the list on the next line). Empty when a
    part plays the plan (its targets are read there) or no paragraph names the targets. A plan
    heading the outline does not read, or a page that quotes the targets without the report's
    headings, keeps its headline targets so.

    >>> r = parse_report("各位代表：\\n去年增长4%。\\n主要预期目标是：增长5%左右。就业1200万人以上。\\n完成了。")
    >>> sorted(targets_without_plan(r))
    ['0.0.3.1', '0.0.3.2']

    A page that opens on the targets (no figure before them) is cut out of the plan part: the
    rest of it is the plan year's.

    >>> r = parse_report("各位代表：\\n主要预期目标是：增长5%左右，就业9万人。\\n新建学校3所。")
    >>> sorted(targets_without_plan(r))
    ['0.0.2.1', '0.0.3.1']
    >>> targets_without_plan(parse_report("一、2024年工作回顾\\n二、2025年工作安排\\n主要目标是：增长5%，就业9万人。"))
    frozenset()
    """
    if any(base_role(p.role) == "plan" for p in report.parts):
        return frozenset()
    rules = structure_rules()
    tasks = announced_tasks(report, rules)
    found, _ = main_targets(report)
    if found is None:
        return tasks
    sentences = found.sentences
    first = next((i for i, s in enumerate(sentences) if rules.targets_phrase.search(s.text)), 0)
    chosen = list(sentences[first:])
    part = next(p for p in report.parts if p.index == found.part)
    paragraphs = [p for s in part.sections for p in s.paragraphs]
    at = paragraphs.index(found)
    if not any(_TARGET_NUMBER.search(p.text) for p in paragraphs[:at]):
        # a page that opens on the year's targets, no figure before them, is cut out of the plan
        # part: its tasks after them are the plan year's too (a city's page of 2025: 全年实施投资
        # 5000万元以上项目1400个… read as of no year and no plan; session 44), up to a line that
        # turns to the past (回眸展望, a county's story after its targets)
        for paragraph in paragraphs[at + 1 :]:
            if _is_review_line(paragraph.text, rules):
                break
            chosen += paragraph.sentences
    elif opens_target_list(found.text):
        for item in listed_targets(paragraphs[at + 1 :]):
            chosen += item.sentences
    return frozenset(s.sentence_id for s in chosen) | tasks


def _is_review_line(line: str, rules: StructureRules) -> bool:
    """A short line without sentence punctuation whose words name the past (回眸展望, 过去一年):
    a heading of a review, numbered or not.

    >>> _is_review_line("回眸展望", structure_rules()), _is_review_line("着力扩大有效需求", structure_rules())
    (True, False)
    """
    return _short_line(line, rules) and _role_word(line, rules) == "review"


def opens_target_list(text: str) -> bool:
    """Whether a paragraph naming the main targets leaves their list to the lines after it: it
    closes on a colon (主要预期目标是：) or is only their name (``main_targets.heading_line`` in
    structure_rules.yml: 主要目标).

    >>> opens_target_list("主要预期目标是："), opens_target_list("主要目标"), opens_target_list("主要目标是增长5%。")
    (True, True, False)
    """
    heading = structure_rules().targets_heading
    return text.rstrip().endswith(("：", ":")) or bool(heading.fullmatch(text))


#: How many lines after a colon :func:`listed_targets` reads at most.
TARGET_LIST_MAX = 12
#: What closes a sentence: a line ending so ends a list of targets written one to a line.
SENTENCE_CLOSERS = ("。", "！", "!", "？", "?")
#: What closes an item of a list run over lines (——地区生产总值增长6%左右；).
ITEM_CLOSERS = ("；", ";")


def listed_targets(paragraphs: Sequence[Paragraph]) -> list[Paragraph]:
    """The paragraphs after a main-targets phrase closing on a colon that hold its list: the
    first, and the next ones while the one before ends on no closing punctuation (items one to
    a line, ；-ended or unpunctuated, as a newspaper sets the targets) and they hold a figure; at
    most :data:`TARGET_LIST_MAX`.

    >>> def listed(text):
    ...     lines = [q for s in parse_report(text).parts[0].sections for q in s.paragraphs]
    ...     return [p.text for p in listed_targets(lines[1:])]
    >>> listed("预期目标是：\\n投资增长6%以上，消费增长9%左右\\n收入分别增长7%、7.5%\\n以下是35条信息！")
    ['投资增长6%以上，消费增长9%左右', '收入分别增长7%、7.5%']
    >>> listed("主要目标是：\\n——增长6%；\\n——就业10万人。\\n新建学校3所。")
    ['——增长6%；', '——就业10万人。']
    """
    items: list[Paragraph] = []
    for paragraph in paragraphs[:TARGET_LIST_MAX]:
        if items:
            before, line = items[-1].text.rstrip(), paragraph.text.rstrip()
            # (after a ；-ended item the last one closes on 。; unpunctuated items go on while
            # unpunctuated: a closed sentence after them is the story's own)
            same_form = before.endswith(ITEM_CLOSERS) or not line.endswith(SENTENCE_CLOSERS)
            if (
                before.endswith(SENTENCE_CLOSERS)
                or not same_form
                or paragraph.is_heading
                or not re.search(r"\d", line)
            ):
                break
        items.append(paragraph)
    return items


def announces_tasks(sentence: str, rules: StructureRules) -> bool:
    """Whether ``sentence`` closes on the announcement of the plan's task list (its own
    sentence, or the clause before a colon: 该县将重点抓好七个方面工作。), not a clause inside a
    longer one (…，重点抓好八个方面的工作，加快建设…: a digest's summary of the report).

    >>> rules = structure_rules()
    >>> announces_tasks("该县将重点抓好七个方面工作。", rules), announces_tasks("重点做好以下工作：", rules)
    (True, True)
    >>> announces_tasks("他指出，今年要重点抓好八个方面的工作，加快建设中轴新城。", rules)
    False

    The work of the year past (一年来, 过去一年 opening the sentence) is no plan's:

    >>> announces_tasks("一年来,我们全力抓好五个方面的工作:", rules)
    False

    The year's list of practical matters, announced for the coming year (not one done):

    >>> announces_tasks("今年，市政府将集中精力办好10件民生实事。", rules)
    True
    >>> announces_tasks("报告明确，今年将扎实办好“十件民生实事”。", rules)
    True
    >>> announces_tasks("去年扎实办好15件民生实事。", rules)
    False
    >>> announces_tasks("2022年县政府将继续优先保障民生投入，重点抓好10件民生实事：", rules)
    True
    >>> announces_tasks("今年，湖北将继续实施10大类52项民生实事，涵盖就业、教育等领域。", rules)
    True
    >>> announces_tasks("今年将实施52项民生实事，新建学校12所。", rules)
    False

    A news story's question of what the year holds, ahead of its targets:

    >>> announces_tasks("今年深圳将怎么做，有哪些新目标，如何让市民有更多新获得？", rules)
    True
    >>> announces_tasks("新增碧道100公里……2023年，深圳人的生活将有哪些新变化？", rules)
    True
    >>> announces_tasks("2022年，深圳人的生活有哪些变化？", rules)
    False
    """
    found = list(rules.tasks_announced.finditer(sentence))
    if not found or sentence[found[-1].end() :].strip(" 。：:！!；;"):
        return False
    # (the work of the year past, its sentence opening on it: 一年来,我们全力抓好五个方面的工作:
    # a sub-district's review of 2022, session 69)
    opening = sentence.lstrip()
    return not (rules.review_year.match(opening) or rules.review_years.match(opening))


def announced_tasks(report: Report, rules: StructureRules) -> frozenset[str]:
    """The sentences of a report's part from the one announcing the plan's task list on
    (``main_targets.tasks_announced``: 该县将重点抓好七个方面工作。一是…), to the part's end.

    >>> r = parse_report("各位代表：\\n去年增长5%。今年将重点抓好三个方面工作。一是新建学校3所。\\n二是增长6%。")
    >>> sorted(announced_tasks(r, structure_rules()))
    ['0.0.2.2', '0.0.2.3', '0.0.3.1']

    A later paragraph opening on the year under review ends them (a news page's summary):

    >>> r = parse_report("要闻\\n今年将重点抓好三个方面工作。\\n过去一年是开局之年，增长5%。")
    >>> sorted(announced_tasks(r, structure_rules()))
    ['0.0.2.1']

    >>> r = parse_report("要闻\\n去年增长5%。\\n省长强调,今年要加大投入。实施18个工程。\\n要稳。")
    >>> sorted(announced_tasks(r, structure_rules()))
    ['0.0.3.1', '0.0.3.2', '0.0.4.1']

    In a review part, only an announcement of work ahead (not 一年来…主要做好以下工作：):

    >>> r = parse_report("一、2019年工作回顾\\n一年来，主要做好以下工作：\\n新建学校3所。")
    >>> sorted(announced_tasks(r, structure_rules()))
    []
    """
    plan_year = report.plan_year
    for part in report.parts:
        sentences = [
            s for section in part.sections for q in section.paragraphs for s in q.sentences
        ]
        review = base_role(part.role) == "review"
        at = next(
            (
                i
                for i, s in enumerate(sentences)
                if announces_tasks(s.text, rules)
                and not (review and not TASKS_AHEAD.search(s.text))
                or not review
                and s.index == 1
                and (opens_on_plan_year(s.text, plan_year) or SPEAKER_PLAN_OPENING.match(s.text))
            ),
            None,
        )
        if at is not None:
            end = next(
                (
                    j
                    for j in range(at + 1, len(sentences))
                    if sentences[j].index == 1
                    and sentences[j].paragraph != sentences[at].paragraph
                    and REVIEW_REOPENS.match(sentences[j].text)
                ),
                len(sentences),
            )
            ids = {s.sentence_id for s in sentences[at:end]}
            if part.role == "front" and end == len(sentences):
                # (the front announcing a list whose groups are outline parts of their own, none
                # naming a role: 今年我县共10个项目被列入2026年政府民生实事项目… then 一、“一老一小”…, a
                # county's list of 2026, session 66)
                for later in report.parts[report.parts.index(part) + 1 :]:
                    if later.role != "other":
                        break
                    ids.update(
                        s.sentence_id
                        for section in later.sections
                        for q in section.paragraphs
                        for s in q.sentences
                    )
            return frozenset(ids)
    return frozenset()


def opens_on_plan_year(sentence: str, plan_year: int | None) -> bool:
    """Whether a paragraph's first sentence opens on the plan year and says what will be done
    in it (2024年是全市“项目深化年”，章丘区将按照…部署，…: a district's news story of its session,
    session 58): the paragraphs from it on set out that year's work.

    >>> opens_on_plan_year("2024年是全市“项目深化年”，某区将按照市委的部署，树牢意识。", 2024)
    True
    >>> opens_on_plan_year("2023年是极不平凡的一年，某区将…", 2024), opens_on_plan_year("2024年，增长5%。", 2024)
    (False, False)
    >>> opens_on_plan_year("2012年,是实施规划的重要一年,也是我市推进科学发展三年计划的关键之年。", 2012)
    False
    """
    if plan_year is None:
        return False
    found = PLAN_YEAR_OPENING.match(sentence)
    return found is not None and int(found.group(1)) == plan_year


#: A year opening a sentence, then 是 or a comma, then in its first clauses what will be done
#: (将, 要, 计划, 力争), no estimate; 计划 as a verb, not a plan named (2012年，是…推进…三年计划的
#: 关键之年: a city's digest of its 2012 report read its review as the plan's, session 59).
PLAN_YEAR_OPENING = re.compile(
    r"\s*([12]\d{3})\s?年(?:是|[，,])[^。！？；;预]{0,40}?"
    r"(?:将|(?<![主重需必纲摘概])要|(?<![年动展规])计划(?![的之])|力争)"
)
#: A paragraph of a news story opening on what its speaker says the year will do (马飚强调,今年要
#: 加大技术改造投入力度。…组织实施150万辆汽车…等18个技术改造工程: a news site's story of a
#: province's report of 2010, session 71, read the year's projects as results): the paragraphs from
#: it on set out that year's work, as after :data:`PLAN_YEAR_OPENING`.
SPEAKER_PLAN_OPENING = re.compile(
    r"\s*[\u4e00-\u9fff]{1,12}?(?:强调|表示|指出|提出|要求)[，,：:]\s*(?:今年|新的一年|明年)[，,]?(?:要|将)"
)
#: A word of the time ahead in an announcement of tasks (今年将…, 要, 拟, 明年): in a review part an
#: announcement without one (一年来，…主要做好以下工作：) lists the work done (a township's review of
#: 2019, session 57).
TASKS_AHEAD = re.compile(r"今年|明年|新的一年|将|(?<![主重需必纲摘概])要|拟")
#: A paragraph opening on the year under review (过去一年是…, 一年来, 过去五年), after a task list
#: was announced: a news page's summary goes back to the results (1月23日上午…江苏将重点抓好十个
#: 方面工作。 / 过去一年是…开局之年, session 46), which are not the plan year's.
REVIEW_REOPENS = re.compile(r"(?:过去(?:的)?(?:一|五)年|一年来|五年来|回顾过去)")


# --------------------------------------------------------------------------- entry points


def parse_report(
    raw: str,
    report_id: str = "report",
    encoding: str = "str",
    metadata: dict[str, Any] | None = None,
) -> Report:
    """Build the report model from already decoded text.

    >>> r = parse_report("各位代表：\\n一、2024年工作回顾\\n经济增长5%。\\n二、2025年工作安排\\n（一）稳增长。要稳。")
    >>> [(p.part_id, p.role, p.year) for p in r.parts]
    [('0', 'front', None), ('1', 'review', 2024), ('2', 'plan', 2025)]
    >>> [s.sentence_id for s in r.sentences()]
    ['0.0.1.1', '1.0.0.1', '1.0.1.1', '2.0.0.1', '2.1.1.1', '2.1.1.2']
    >>> r.review_year, r.plan_year
    (2024, 2025)
    """
    text, to_raw = clean_text(raw)
    if not text.strip():
        raise InputError(f"{report_id}: no text left after removing conversion debris")
    meta = dict(metadata or {})
    known = _known_plan_year(meta)
    front = (known, True) if known else dated_front_year(text)
    plan_year = front[0]
    parts, notes = build_structure(text, to_raw, plan_year)
    if plan_year is not None:
        stated = stated_plan_year(front, parts)  # (a title naming the year its review is of)
        if stated != plan_year:
            plan_year = stated
            parts, notes = build_structure(text, to_raw, plan_year)
    if plan_year is None:
        plan_year = _heading_plan_year(parts)
        if plan_year is not None:
            parts, notes = build_structure(text, to_raw, plan_year)
    if plan_year is None:
        # (nor the headings: the text's own cues, infer_years, date it; the headings that count
        # years back from the plan year, 过去五年工作回顾, are read again with it)
        provisional = Report(report_id, raw, text, to_raw, encoding, parts, meta)
        plan_year = infer_years(provisional)[1]
        if plan_year is not None:
            parts, notes = build_structure(text, to_raw, plan_year)
    notes.extend(role_notes(parts))
    report = Report(
        report_id=report_id,
        raw_text=raw,
        clean_text=text,
        clean_to_raw=to_raw,
        encoding=encoding,
        parts=parts,
        metadata=meta,
        notes=tuple(notes),
    )
    planned = targets_without_plan(report)
    if planned:
        # (said on the line that tells why there is no plan part, when there is one: one line)
        notes[-1:] = [
            f"{notes[-1]}; {TARGETS_AS_PLAN}" if notes else f"no plan part: {TARGETS_AS_PLAN}"
        ]
        report = replace(report, notes=tuple(notes), targets_as_plan=planned)
    for note in notes:
        warnings.warn(f"{report_id}: {note}", StructureWarning, stacklevel=2)
    return report


#: The note of a report without a plan part whose main targets are read as the plan year's.
TARGETS_AS_PLAN = (
    "the figures of its main-targets paragraph (主要(预期)目标是…) are read as the plan year's"
    " targets"
)


def _known_plan_year(metadata: dict[str, Any]) -> int | None:
    if metadata.get("plan_year"):
        return int(metadata["plan_year"])
    if metadata.get("review_year"):
        return int(metadata["review_year"]) + 1
    return None


def _heading_plan_year(parts: tuple[Part, ...]) -> int | None:
    """The plan year the headings imply when nothing else says it: a plan heading's year, the
    year after a review heading's; else the year after a plan period a heading looks back on
    as closed (“十一五”时期…的回顾, “十四五”发展成就和2025年工作回顾: national 2011 and a city's
    report of 2026 without a title, session 51), not one it reviews "since" (“十三五”以来: a
    report within it), or the first year of a plan period a heading sets out (“十二五”时期的主要
    目标和任务).

    >>> def plan_year(*titles):
    ...     return parse_report("".join(f"{n}、{t}\\n增长5%。\\n" for n, t in zip("一二三", titles))).plan_year
    >>> plan_year("“十一五”时期国民经济和社会发展的回顾", "“十二五”时期的主要目标和任务", "2011年的工作")
    2011
    >>> plan_year("“十四五”发展成就和2025年工作回顾"), plan_year("“十三五”以来工作回顾")
    (2026, None)
    """
    for part in parts:
        if part.role == "plan" and part.year:
            return part.year
    for part in parts:
        if part.role == "review" and part.year:
            return part.year + 1
    for part in parts:
        if part.role == "review_multiyear" and part.last_year and SINCE not in part.title:
            return part.last_year + 1
    for part in parts:
        if part.role == "plan_multiyear" and part.first_year:
            return part.first_year
    # headings naming a year and no role, one year then the next (一、精彩的2012年 … 二、奋进的
    # 2013年: a digest of 孟州's report of 2013, session 58): the later one is the year ahead
    years = [p.year for p in parts if p.role == "other" and p.year and p.first_year == p.last_year]
    later: set[int] = set()
    found = None
    for year in reversed(years):  # (one pass: the first year whose next one comes after it)
        if year + 1 in later:
            found = year + 1
        later.add(year)
    return found


#: A period reviewed up to the time of speaking (“十三五”以来, 2018年以来): not a closed one.
SINCE = "以来"


def role_notes(parts: tuple[Part, ...]) -> list[str]:
    """One-line reasons why a report's outline lacks a review or a plan part."""
    numbered = [p for p in parts if p.index > 0]
    if not numbered:
        return []
    review = any(p.role in REVIEW_ROLES for p in numbered)
    front_review = any(p.index == 0 and p.role in REVIEW_ROLES for p in parts)
    plan = any(p.role in PLAN_ROLES for p in numbered)
    past = "names the past (回顾, 过去, an earlier year or plan period)"
    coming = "names the plan year or a plan (安排, 任务, 今年, the plan year, a coming plan period)"
    if not review and front_review:
        return [f"no part heading {past}: the text before the first part heading is the review"]
    if not review and not plan:
        return [f"no part heading {past} or {coming}: no review and no plan part"]
    if not review:
        return [f"no part heading {past}: no review part"]
    if not plan:
        return [f"no part heading {coming}: no plan part"]
    return []


def read_bytes(path: Path) -> bytes:
    """Read a file, turning the usual failures into one-line :class:`InputError`."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a report file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None


def read_decoded_text(path: Path) -> str:
    """The text of a report file as written (decoded; nothing removed or folded)."""
    return decode_bytes(read_bytes(path), path.name)[0]


def read_clean_text(path: Path) -> str:
    """The cleaned text of a report file (decoded, page debris removed), without building its
    structure: what corpus-wide word counts need."""
    return clean_text(read_decoded_text(path))[0]


def index_metadata(path: Path) -> dict[str, Any]:
    """A corpus folder's ``index.csv`` row for a report file, as metadata (``{}`` if none).

    The row is the one whose ``file`` column names the file, or, in an index without that
    column, whose ``year`` column equals the year that ends the file name
    (``china-national-1998.txt``). Its ``year`` (or the year its ``title`` starts with) is the
    plan year; the review year is the year before.
    """
    index = path.parent / "index.csv"
    if not index.is_file():
        return {}
    try:
        rows = list(csv.DictReader(index.read_text(encoding="utf-8").splitlines()))
    except (UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{index}: invalid index ({type(error).__name__})") from None
    stem_year = re.search(r"(?:^|[-_])((?:19|20)\d{2})$", path.stem)
    for row in rows:
        if row.get("file") == path.name or (
            "file" not in row and stem_year and row.get("year") == stem_year.group(1)
        ):
            year_text = (
                row.get("year")
                or (re.match(r"\s*(\d{4})年", row.get("title", "")) or [None, None])[1]
            )
            meta: dict[str, Any] = {k: v for k, v in row.items() if k in ("title", "region") and v}
            if year_text:
                meta["plan_year"] = int(year_text)
                meta["review_year"] = int(year_text) - 1
            return meta
    return {}


def read_metadata(path: Path) -> dict[str, Any]:
    """The ``.yml`` metadata beside a report file, else its row of the folder's ``index.csv``
    (:func:`index_metadata`), or ``{}`` if there is neither."""
    meta_path = path.with_suffix(".yml")
    if not meta_path.is_file():
        return index_metadata(path)
    try:
        loaded = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise InputError(f"{meta_path}: invalid metadata ({type(error).__name__})") from None
    return loaded if isinstance(loaded, dict) else {}


def read_report(path: str | Path) -> Report:
    """Read, decode, clean and structure a report file (metadata from ``<stem>.yml``)."""
    path = Path(path)
    data = read_bytes(path)
    text, encoding = decode_bytes(data, name=str(path))
    metadata = read_metadata(path)
    report_id = str(metadata.get("report_id") or path.stem)
    return parse_report(text, report_id=report_id, encoding=encoding, metadata=metadata)


def load_report(report_id: str, root: Path | None = None) -> Report:
    """A report stored under the project's ``data/raw/reports/``."""
    from govreport.config import project

    return read_report(project(root).report_path(report_id))


# --------------------------------------------------------------------------- tables
# One row per sentence, section and report: the tables the book describes a report with.

SENTENCE_COLUMNS = [
    "report_id",
    "sentence_id",
    "part",
    "section",
    "paragraph",
    "sentence",
    "start",
    "end",
    "n_chars",
    "is_heading",
    "text",
]
SECTION_COLUMNS = [
    "report_id",
    "section_id",
    "part",
    "part_numeral",
    "part_title",
    "part_role",
    "section",
    "section_numeral",
    "section_title",
    "start",
    "end",
    "n_paragraphs",
    "n_sentences",
    "n_chars",
]


REPORT_COLUMNS = [
    "report_id",
    "role",
    "title",
    "title_en",
    "region",
    "region_en",
    "short_name",
    "short_name_en",
    "level",
    "plan_year",
    "review_year",
    "date",
    "speaker",
    "encoding",
]


def report_table(reports: list[Report], roles: list[str]) -> pd.DataFrame:
    """One row per report: its metadata (from the ``.yml`` beside it) and its role in the book.

    Missing metadata falls back to what the text tells (years) or to the report id.
    """
    rows = []
    for report, role in zip(reports, roles, strict=True):
        meta = report.metadata
        rows.append(
            (
                report.report_id,
                role,
                str(meta.get("title", report.report_id)),
                str(meta.get("title_en", report.report_id)),
                str(meta.get("region", report.report_id)),
                str(meta.get("region_en", report.report_id)),
                str(meta.get("short_name", meta.get("region", report.report_id))),
                str(meta.get("short_name_en", meta.get("region_en", report.report_id))),
                str(meta.get("level", "")),
                report.plan_year,
                report.review_year,
                str(meta.get("date", "")),
                str(meta.get("speaker", "")),
                report.encoding,
            )
        )
    return pd.DataFrame(rows, columns=REPORT_COLUMNS)


def sentence_table(report: Report) -> pd.DataFrame:
    """One row per sentence; ``n_chars`` counts the clean text (debris excluded)."""
    rows = [
        (
            report.report_id,
            s.sentence_id,
            s.part,
            s.section,
            s.paragraph,
            s.index,
            s.start,
            s.end,
            len(s.text),
            s.is_heading,
            s.text,
        )
        for s in report.sentences()
    ]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)


def short_title(title: str, width: int = 10) -> str:
    """The first clause of a section title, at most ``width`` characters.

    >>> short_title("加快产业转型升级，着力构建现代化产业新格局")
    '加快产业转型升级'
    """
    return title.split("，")[0].split(",")[0][:width]


def section_labels(sections: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Chinese and English axis labels for the rows of a :func:`section_table`.

    Section 0 is a part's preamble (引言) when the part has numbered sections, else the whole
    part (全文).

    >>> t = pd.DataFrame({"part": [1, 1, 3], "part_numeral": ["一", "一", "三"],
    ...                   "section": [0, 1, 0], "section_numeral": ["", "一", ""],
    ...                   "section_title": ["", "坚持向新求实，产业体系优化升级", ""]})
    >>> section_labels(t)
    (['一、引言', '一、（一）坚持向新求实', '三、全文'], ['Part 1, preamble', 'Part 1 §1', 'Part 3'])
    """
    has_sections = set(sections.loc[sections["section"] > 0, "part"])
    zh, en = [], []
    for r in sections.itertuples():
        if r.section:
            zh.append(f"{r.part_numeral}、（{r.section_numeral}）{short_title(r.section_title)}")
            en.append(f"Part {r.part} §{r.section}")
        elif r.part in has_sections:
            zh.append(f"{r.part_numeral}、引言")
            en.append(f"Part {r.part}, preamble")
        else:
            zh.append(f"{r.part_numeral}、全文")
            en.append(f"Part {r.part}")
    return zh, en


def section_table(report: Report) -> pd.DataFrame:
    """One row per section (section 0 = a part's heading and preamble).

    >>> from govreport.report import parse_report
    >>> t = section_table(parse_report("一、2024年工作回顾\\n（一）抓产业。很好。\\n（二）抓民生。"))
    >>> t[["section_id", "section_title", "n_sentences", "n_chars"]].values.tolist()
    [['1.0', '', 1, 11], ['1.1', '抓产业', 2, 10], ['1.2', '抓民生', 1, 7]]
    """
    rows = []
    for part in report.parts:
        for section in part.sections:
            sentences = [s for p in section.paragraphs for s in p.sentences]
            rows.append(
                (
                    report.report_id,
                    section.section_id,
                    part.index,
                    part.numeral,
                    part.title,
                    part.role,
                    section.index,
                    section.numeral,
                    section.title,
                    section.start,
                    section.end,
                    len(section.paragraphs),
                    len(sentences),
                    sum(len(p.text) for p in section.paragraphs),
                )
            )
    return pd.DataFrame(rows, columns=SECTION_COLUMNS)
