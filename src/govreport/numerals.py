"""Numerals of Chinese official prose: Arabic, Chinese, fractions, percentages, magnitudes.

Pure functions, no dependencies. The parsers take an *isolated* numeric span (``1078.9``,
``一千一百一十四``, ``四分之一``, ``百分之五``, ``1.12万``) and return its value; they never guess
inside ordinary words (that is the job of :mod:`govreport.quantities`).

>>> parse_number("一千一百一十四"), parse_number("四分之一"), parse_number("1.12万")
(1114.0, 0.25, 11200.0)
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
MAGNITUDES: dict[str, float] = {"万": 1e4, "亿": 1e8, "万亿": 1e12}
CHINESE_NUMERAL_CHARS = "".join(DIGITS) + "".join(SMALL_UNITS) + "万亿点"

ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")
ARABIC_INTEGER = re.compile(r"\d+")
#: Arabic digits grouped by Chinese magnitudes, as some reports write large counts (1万6千,
#: 1亿3千, 2万5千, 1亿2000万, 5千): read as the Chinese numeral with the digits spelled out.
MIXED_NUMERAL = re.compile(r"\d+(?:[亿万]\d+[千百十万])+万?|\d+[千百]")
_MAGNITUDE_SUFFIX = re.compile(r"(万亿|万万|亿|万)$")


def parse_arabic(text: str) -> float:
    """Value of an Arabic numeral with optional thousands commas.

    >>> parse_arabic("1,234.5"), parse_arabic("0.5")
    (1234.5, 0.5)
    """
    if not ARABIC.fullmatch(text):
        raise ValueError(f"not an Arabic numeral: {text!r}")
    return float(text.replace(",", ""))


def _parse_below_wan(text: str) -> int:
    """Value of a Chinese numeral below 10,000 (一千一百一十四, 十二, 三百零五, 两千); a bare 十
    right after 百 is one ten, as older texts write it (二百十七萬噸, 五百十三台).

    >>> _parse_below_wan("二百十七"), _parse_below_wan("三千五百十三"), _parse_below_wan("十二")
    (217, 3513, 12)
    >>> _parse_below_wan("二千零十七"), _parse_below_wan("一千零十"), _parse_below_wan("二千零七")
    (2017, 1010, 2007)
    """
    if not text:
        raise ValueError("empty numeral")
    total, digit = 0, None
    for i, ch in enumerate(text):
        if ch in DIGITS:
            if digit is not None and digit != 0 and DIGITS[ch] != 0:
                raise ValueError(f"two digits in a row in {text!r}")
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if ch == "十" and digit == 0 and i and text[i - 1] in "零〇":
                digit = 1  # 二千零十七 = 2017: a bare 十 after 零 is one ten, as 一千零一十七
            if digit is None:
                if ch != "十" or (total and (i < 2 or text[i - 1] != "百")):
                    # 百, 千 alone mean one hundred/thousand only at the start (百亿, 千亿)
                    if total:
                        raise ValueError(f"unit without digit in {text!r}")
                digit = 1
            total += digit * unit
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    if digit is not None:
        total += digit
    return total


def _is_digit_string(text: str) -> bool:
    """True for numerals written digit by digit (二〇二五, 一二三四五): no 十百千."""
    return len(text) > 1 and all(ch in DIGITS and ch != "两" for ch in text)


def parse_chinese(text: str) -> float:
    """Value of a Chinese numeral: 一千一百一十四, 两万三千, 三点五, 二〇二五, 百亿, 1.5万.

    >>> parse_chinese("两万三千"), parse_chinese("三点五"), parse_chinese("百亿")
    (23000.0, 3.5, 10000000000.0)
    >>> parse_chinese("一万亿"), parse_chinese("十万"), parse_chinese("二〇二五")
    (1000000000000.0, 100000.0, 2025.0)
    >>> parse_chinese("六万万"), parse_chinese("三万五千万")
    (600000000.0, 350000000.0)
    """
    text = text.strip()
    if not text:
        raise ValueError("empty numeral")
    if ARABIC.fullmatch(text):
        return parse_arabic(text)
    if "点" in text:
        whole, _, frac = text.partition("点")
        if not frac or not all(ch in DIGITS for ch in frac):
            raise ValueError(f"bad decimal part in {text!r}")
        decimals = "".join(str(DIGITS[ch]) for ch in frac)
        return float(f"{int(parse_chinese(whole))}.{decimals}")
    if _is_digit_string(text):
        return float("".join(str(DIGITS[ch]) for ch in text))
    return float(_parse_grouped(text))


def _parse_grouped(text: str) -> int:
    """Integer value of a numeral with 万/亿 groups (万 and 亿 multiply everything before)."""
    if "亿" in text:
        head, _, tail = text.rpartition("亿")
        high = _parse_grouped(head) if head else 1
        return high * 10**8 + (_parse_grouped(tail.lstrip("零〇")) if tail else 0)
    if "万" in text:
        head, _, tail = text.rpartition("万")
        # (万万 is 亿 in older reports: 六万万人口 = 600 million, 三万五千万 = 350 million; 万万
        # alone is the adverb of 万万不可)
        if "万" in head and not head.strip("万"):
            raise ValueError(f"a magnitude of a magnitude alone: {text!r}")
        high = (_parse_grouped(head) if "万" in head else _parse_below_wan(head)) if head else 1
        if tail == "两":
            # (七万万两: the tael, a unit; a digit written after a magnitude is 二, 三万二)
            raise ValueError(f"两 after a magnitude in {text!r}")
        if tail and tail[0] not in "零〇" and len(tail) == 1 and tail in DIGITS:
            # 三万五 = 35000 (colloquial abbreviation)
            return high * 10**4 + DIGITS[tail] * 1000
        return high * 10**4 + (_parse_below_wan(tail.lstrip("零〇")) if tail else 0)
    return _parse_below_wan(text.lstrip("零〇") if len(text) > 1 else text)


def parse_number(text: str) -> float:
    """Value of any isolated numeric span: Arabic or Chinese, with 万/亿/万亿, fractions.

    Fractions (四分之一, 3分之1) give a proportion; 百分之五 gives 5 (a percentage).

    >>> parse_number("1078.9"), parse_number("1.4万亿"), parse_number("百分之五")
    (1078.9, 1400000000000.0, 5.0)
    >>> parse_number("三分之二") == 2 / 3
    True

    Arabic digits grouped by Chinese magnitudes are one number.

    >>> parse_number("1万6千"), parse_number("1亿3千万"), parse_number("5千")
    (16000.0, 130000000.0, 5000.0)
    """
    text = text.strip()
    if MIXED_NUMERAL.fullmatch(text):
        return parse_chinese(ARABIC_INTEGER.sub(lambda m: to_chinese(int(m.group())), text))
    if text.startswith("百分之"):
        return parse_number(text[3:])
    if "分之" in text:
        denominator, _, numerator = text.partition("分之")
        den = parse_number(denominator)
        if den == 0:
            raise ValueError(f"zero denominator in {text!r}")
        return parse_number(numerator) / den
    match = _MAGNITUDE_SUFFIX.search(text)
    if match and ARABIC.fullmatch(text[: match.start()]):
        scaled = Decimal(text[: match.start()].replace(",", "")) * Decimal(
            int(MAGNITUDES[match.group()])
        )
        return float(scaled)
    return parse_chinese(text)


@lru_cache(maxsize=4096)  # (a pure function of a short string; reports repeat numerals)
def try_parse_number(text: str) -> float | None:
    """:func:`parse_number`, or ``None`` when the text is not a numeral.

    >>> try_parse_number("一体化") is None
    True
    """
    try:
        return parse_number(text)
    except (ValueError, KeyError, IndexError, RecursionError):
        return None


def small_numeral(numeral: str, colloquial: bool = True) -> int | None:
    """Value of a small Chinese numeral as in headings and formulas (零 to 九十九), or ``None``.

    The one parser for ordinals (一、二、三、 and （一）), plan names (十四五) and numbered
    formulas (三大战略); with ``colloquial`` also 两 and 双 (两张网, 双提升). Malformed
    numerals ("一一", "十十", "九二") are ``None``.

    >>> [small_numeral(n) for n in ("三", "两", "双", "十", "十五", "二十", "二十三", "九二")]
    [3, 2, 2, 10, 15, 20, 23, None]
    >>> small_numeral("两", colloquial=False), small_numeral("一一"), small_numeral("十十")
    (None, None, None)
    """
    digits = _SMALL_COLLOQUIAL if colloquial else _SMALL_DIGITS
    if numeral in digits:
        return digits[numeral]
    match = _SMALL.fullmatch(numeral)
    if not match:
        return None
    tens, ones = match.groups()
    return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)


_SMALL = re.compile(r"([一二三四五六七八九]?)十([一二三四五六七八九]?)")
#: The digits of :func:`small_numeral`, and with its colloquial ones (built once, read only).
_SMALL_DIGITS = {d: i for i, d in enumerate("零一二三四五六七八九")}
_SMALL_COLLOQUIAL = _SMALL_DIGITS | {"两": 2, "双": 2}
_YEAR_DIGITS = re.compile(r"[0-9０-９](?:[ \u3000]?[0-9０-９]){3}|[〇零一二三四五六七八九]{4}")


def year_value(text: str) -> int | None:
    """A calendar year written with four digits: Arabic, full-width, spaced ("1 9 9 8", as
    some conversions leave it) or Chinese digit by digit (一九五七, 二〇二六); else ``None``.

    >>> [year_value(t) for t in ("2026", "1 9 9 8", "１９８４", "一九五七", "二〇二六", "五年")]
    [2026, 1998, 1984, 1957, 2026, None]
    """
    if not _YEAR_DIGITS.fullmatch(text):
        return None
    digits = "".join(ch for ch in text if not ch.isspace())
    if digits[0] in DIGITS:
        return int("".join(str(DIGITS[ch]) for ch in digits))
    return int("".join(str(int(ch)) for ch in digits))


def split_magnitude(numeral: str) -> tuple[str, str]:
    """Split a trailing 万/亿/万亿 off a numeral: ``("1.12", "万亿")``, ``("百", "亿")``.

    The magnitude then belongs to the unit (亿元, 万人), as the report writes it. A numeral
    that is only a magnitude, or ends in a magnitude after 十百千 inside a larger Chinese number
    (一万, 十万), keeps it when nothing is left.

    >>> split_magnitude("1.12万亿"), split_magnitude("百亿"), split_magnitude("一千一百一十四")
    (('1.12', '万亿'), ('百', '亿'), ('一千一百一十四', ''))
    >>> split_magnitude("亿")
    ('亿', '')

    A numeral with a magnitude inside as well (二十七亿四千万, 三亿零四百七十五万) is one number
    of the base unit: its last magnitude is no unit prefix (the gold files' call, unit 元/吨).

    >>> split_magnitude("二十七亿四千万"), split_magnitude("三亿零四百七十五万")
    (('二十七亿四千万', ''), ('三亿零四百七十五万', ''))
    """
    match = _MAGNITUDE_SUFFIX.search(numeral)
    if not match or match.start() == 0:
        return numeral, ""
    head = numeral[: match.start()]
    if "亿" in head or ("万" in head and match.group() == "万"):
        return numeral, ""
    if try_parse_number(head) is None:
        return numeral, ""
    return head, match.group()


def to_chinese(number: int) -> str:
    """The standard Chinese numeral of a non-negative integer below 10**12 (inverse of parsing).

    >>> to_chinese(1114), to_chinese(10), to_chinese(100005), to_chinese(230000000)
    ('一千一百一十四', '十', '十万零五', '二亿三千万')
    """
    if number < 0 or number >= 10**12:
        raise ValueError("out of range")
    if number == 0:
        return "零"
    groups = []
    n = number
    while n:
        groups.append(n % 10**4)
        n //= 10**4
    names = ["", "万", "亿", "万亿"]
    out = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(out)
            continue
        if out and (need_zero or group < 1000):
            out += "零"
        out += _below_wan_to_chinese(group) + names[index]
        need_zero = False
    if out.startswith("一十"):
        out = out[1:]
    return out


def _below_wan_to_chinese(number: int) -> str:
    digits = "零一二三四五六七八九"
    out = ""
    zero = False
    for value, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // value % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += digits[digit] + name
    return out


#: A year written in Chinese numerals (一九八○, 二〇二五), without its 年; its zeros may be typed
#: as Arabic ones (二00六年: a province's news story of 2007, session 58).
CHINESE_YEAR_TEXT = "[一二][九〇○零0][〇○零0一二三四五六七八九]{2}"
#: A calendar year written in Chinese digits (一九七八年, 一九八○年 with a circle, 二〇二四年).
CHINESE_YEAR = re.compile(r"(?<![〇○零一二三四五六七八九十])" + CHINESE_YEAR_TEXT + "(?=年)")
YEAR_DIGIT = str.maketrans("〇○零一二三四五六七八九", "000123456789")
#: The first two digits of every :data:`CHINESE_YEAR` (a search that starts on a class: fast).
CHINESE_YEAR_OPENING = re.compile("[一二][九〇○零0]")


def arabic_years(text: str) -> str:
    """``text`` with calendar years written in Chinese digits turned into Arabic digits of the
    same length (offsets kept), so that the time cues, written for 1978年, read 一九七八年 too.

    >>> arabic_years("一九七七年比一九七六年增长百分之十四点三，一九八○年，八年")
    '1977年比1976年增长百分之十四点三，1980年，八年'
    """
    if "年" not in text or not CHINESE_YEAR_OPENING.search(text):
        return text  # (most sentences: no year in Chinese digits to turn)
    return CHINESE_YEAR.sub(lambda m: m.group().translate(YEAR_DIGIT), text)
