"""Figures in Chinese text, read as exact decimals with the unit they are counted in.

A figure is a number (ASCII digits, full-width digits ６％, or Chinese numerals such as 两, 一百,
十二, 一万二千, 二点九七), then an optional magnitude (万, 亿, 万亿, and the traditional 萬, 億,
萬億), then a unit (%, 个百分点, 家, 亿元 …). The magnitude stays with the unit, as the data
format keeps it: 16.4亿元 is 16.4 in 亿元 and 1.38万人 is 1.38 in 万人, so that a drafted value is
the number the quote shows. Numbers written with a trailing magnitude in Chinese numerals are
read the same way (一亿二千万元 is 12000 in 万元), and 成 is tenths: 三成 is 30 in %.

Why our own parser rather than `cn2an`: cn2an returns floats, not exact decimals; it folds the
magnitude into the number (16.4亿 becomes 1640000000, losing the unit as written); it refuses
16.4万亿, 三成 and a bare 百亿, each of which Chinese plans write; and importing it costs about
0.1 s. The grammar below is small (digits, 十百千 within a section, 万 and 亿 between sections)
and every form it reads is tested.

Not figures: years and dates (2023年, 1月30日), ordinals (第一), parts of codes (G15, 5G) and
Chinese numerals with no unit after them (两个确立 is read, "两个" is 2 个; 十四五 is not).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from tzgoals.script import simplified
from tzgoals.units import MAGNITUDE_POWERS

_ARABIC_DIGITS = "0-9０-９"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_CHINESE_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
#: The magnitudes as the rules read them, in simplified script (萬億 is read as 万亿).
_MAGNITUDES = tuple((word, power) for word, power in MAGNITUDE_POWERS if simplified(word) == word)
#: The magnitudes that part the sections of a number, largest first: 亿, then 万.
_SEPARATORS = tuple((word, power) for word, power in _MAGNITUDES if len(word) == 1)

#: Units a figure may be counted in, besides a bare magnitude. Longest first, so that 个百分点
#: is not read as 个, nor 千瓦时 as 千瓦.
UNITS = tuple(
    sorted(
        (
            *("%", "％", "‰", "个百分点", "百分点"),
            *("元", "美元", "欧元", "港元"),
            *("家", "个", "项", "名", "所", "套", "亩", "件", "人", "人次", "户"),
            *("座", "条", "处", "台", "辆", "张", "床", "岁", "天", "倍", "次"),
            *("吨", "斤", "公斤", "千瓦", "千瓦时", "公里", "千米", "米"),
            *("平方米", "平方公里", "立方米", "公顷", "标箱"),
        ),
        key=len,
        reverse=True,
    )
)

_D = _ARABIC_DIGITS
_CD = "".join(_CHINESE_DIGITS)
_BIG = "".join(word for word, _ in _SEPARATORS)
_FIGURE = re.compile(
    rf"(?<![第{_D}A-Za-z.．{_CD}十百千{_BIG}])"
    rf"(?:(?P<arabic>(?>[{_D}]+(?:,[{_D}]{{3}}(?![{_D}]))*(?:[.．][{_D}]+)?))"
    rf"|(?P<chinese>(?:[{_CD}十][{_CD}十百千{_BIG}]*|[百千][{_BIG}]+)(?:点[{_CD}]+)?))"
    rf"(?P<magnitude>{'|'.join(word for word, _ in _MAGNITUDES)})?"
    rf"(?P<more>[多余])?"
    rf"(?P<unit>{'|'.join(map(re.escape, UNITS))}|成)?"
    rf"(?![A-Za-z])"
)
#: Minus signs: ASCII, full-width and the mathematical one.
_MINUS = frozenset("-－−")
#: What follows a number that is a date, a time or a duration rather than a figure.
_NOT_A_FIGURE_AFTER = frozenset("年月日号时")


class Figure(NamedTuple):
    """A figure as written: its value, its unit (magnitude included), and where it stands."""

    value: Decimal
    #: Magnitude and unit, in simplified characters (亿元, 万人, %, 个百分点), or "" if none.
    unit: str
    start: int
    end: int
    #: The exact text of number, magnitude and unit.
    text: str
    #: Written X多 or X余 ("20-odd"): at least the value, not the value itself.
    more: bool


def _plain(value: Decimal) -> Decimal:
    """Without an exponent or trailing zeros after the point: 1.2E+4 is 12000, 2.50 is 2.5."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Decimal(text)


def _shifted(value: Decimal, places: int) -> Decimal:
    """`value` times 10^places, exactly: `scaleb` would round to the context's 28 digits."""
    sign, digits, exponent = value.as_tuple()
    return Decimal((sign, digits, int(exponent) + places))


def _section(text: str) -> int | None:
    """A number below 10^4 in Chinese numerals: 一千零一, 十二, 三百五 (350), 两百."""
    value, digit, last_unit, after_zero = 0, None, 10_000, False
    for char in text:
        if char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            if unit >= last_unit:
                return None
            value += (1 if digit is None else digit) * unit
            digit, last_unit, after_zero = None, unit, False
        elif char in "〇零":
            if digit is not None:
                return None  # 二〇二三 is a year spelt out, not a number
            after_zero = True
        elif digit is not None:
            return None  # two digits in a row: 十四五 is a name, not a number
        else:
            digit = _CHINESE_DIGITS[char]
    if digit is not None:
        # 三百五 is 350 and 一万二 is 12000: a last digit right after a unit counts in the
        # next unit down, unless a 零 stands between (一千零五 is 1005).
        value += digit * (1 if after_zero or last_unit == 10_000 else max(last_unit // 10, 1))
    return value


def _integer(text: str, level: int = 0) -> int | None:
    """An integer in Chinese numerals, sections joined by 亿 and then 万: A亿B亿C is
    (A × 10^8 + B) × 10^8 + C. A loop over the sections, not a call for each: a typing
    accident of a thousand 亿 must not exhaust the stack."""
    if level == len(_SEPARATORS):
        return _section(text) if text else None
    big, power = _SEPARATORS[level]
    head, *tails = text.split(big)
    value = _integer(head, level + 1) if head or not tails else None
    for tail in tails:
        if value is None:
            return None
        if len(tail) == 1 and tail in _CHINESE_DIGITS:
            tail += "千" if power == 4 else "千万"  # 一万二 is 一万二千
        low = _integer(tail, level + 1) if tail else 0
        value = None if low is None else value * 10**power + low
    return value


def _chinese(text: str) -> Decimal | None:
    """A number in Chinese numerals, with 点 for the decimal point: 二点九七 is 2.97.
    Built from its digits, never through str(int), which refuses more than 4,300 digits."""
    whole, point, fraction = text.partition("点")
    integer = _integer(whole)
    if integer is None or (point and not fraction):
        return None
    digits = tuple(_CHINESE_DIGITS[c] for c in fraction)
    if not digits:
        return Decimal(integer)
    return Decimal((0, Decimal(integer).as_tuple().digits + digits, -len(digits)))


def _arabic(text: str) -> Decimal:
    return Decimal(text.translate(_FULL_WIDTH).replace(",", ""))


def parse_number(text: str) -> Decimal | None:
    """The value of a whole string of digits or Chinese numerals, or None if it is not one.

    Digits keep the precision written (6.50 stays 6.50); Chinese numerals have none to keep.
    """
    text = simplified(text)
    if re.fullmatch(rf"[{_D}]+(?:,[{_D}]{{3}})*(?:[.．][{_D}]+)?", text):
        return _arabic(text)
    if re.fullmatch(rf"[{_CD}十百千{_BIG}]+(?:点[{_CD}]+)?", text):
        return _chinese(text)
    return None


def _trailing_magnitude(text: str) -> tuple[str, int]:
    for magnitude, power in _MAGNITUDES:
        if text.endswith(magnitude):
            return magnitude, power
    return "", 0


def _read(match: re.Match[str]) -> tuple[Decimal, str] | None:
    """Value and unit of one match, with a Chinese trailing magnitude moved to the unit."""
    unit = (match["unit"] or "").replace("％", "%")
    magnitude = match["magnitude"] or ""
    if match["arabic"]:
        value = _arabic(match["arabic"])
    else:
        number = match["chinese"]
        parsed = _chinese(number)
        if parsed is None:
            return None
        if "点" not in number:
            magnitude, power = _trailing_magnitude(number)
            parsed = _plain(_shifted(parsed, -power))
        if not unit and not magnitude:
            return None  # 十四五, 一主一新一智: Chinese numerals without a unit are words
        value = parsed
    if unit == "成":
        if magnitude or value > 10:
            return None
        return value * 10, "%"
    return value, magnitude + unit


def _signed(readable: str, start: int, previous_end: int | None) -> bool:
    """Whether a minus sign written just before the number at `start` is its sign: 增长-2%,
    出口增长－3%. Not when a figure ends right before it (5-6% is a range) nor after a
    letter or digit (G15-3 is a code)."""
    if start == 0 or readable[start - 1] not in _MINUS or previous_end == start - 1:
        return False
    before = readable[start - 2 : start - 1]
    return not (before.isascii() and before.isalnum()) and not before.isdigit()


def find_figures(text: str) -> list[Figure]:
    """Every figure in the text, in order. A number in digits with no unit is kept (unit ""),
    since a range writes its unit once (5-6%); dates and years are not figures. A number in
    digits with a minus sign before it (增长-2%, 增长－3%) is negative, its sign part of it."""
    figures: list[Figure] = []
    readable = simplified(text)
    for match in _FIGURE.finditer(readable):
        if not match["unit"] and readable[match.end() : match.end() + 1] in _NOT_A_FIGURE_AFTER:
            continue
        read = _read(match)
        if read is not None:
            value, unit = read
            start, end = match.span()
            previous_end = figures[-1].end if figures else None
            if match["arabic"] and _signed(readable, start, previous_end):
                value, start = -value, start - 1
            figures.append(Figure(value, unit, start, end, text[start:end], bool(match["more"])))
    return figures
