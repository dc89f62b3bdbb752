"""Units as written in Chinese statistics: an optional magnitude (万, 亿, 万亿) before a base unit.

The traditional characters 萬, 億 and 萬億, common in Hong Kong, Taiwan and overseas reprints of
mainland reports, are the same magnitudes: 126萬億元 is 126 in 万亿元.

Figures are compared in a common unit only when their base units agree, so that 1.38万人 and
13800人 are equal while 万人 and 亿元 can never be compared by accident.
"""

from decimal import Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from functools import lru_cache
from typing import Literal, NamedTuple

#: The magnitudes written before a unit, as powers of ten: the one table `numerals` and
#: `evidence` read them from too. Longest first, so that 万亿 is not read as 万 + 亿….
MAGNITUDE_POWERS: tuple[tuple[str, int], ...] = (
    ("万亿", 12),
    ("萬億", 12),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
)
MAGNITUDES: tuple[tuple[str, Decimal], ...] = tuple(
    (prefix, Decimal(10) ** power) for prefix, power in MAGNITUDE_POWERS
)

# Figures beyond these are typing accidents (1e400, 1e-999999), not statistics: a nation's
# yearly output counted in single yuan is still below 10^15, and no source reports a figure to
# a millionth of a millionth. Within them, and with no more significant digits than a decimal
# context holds, no sum, difference or conversion of figures can overflow or lose a digit
# (`ARITHMETIC`), and an export writes each figure in a few dozen characters. The model refuses
# a figure beyond them, and `draft.extract` drafts none.
LARGEST_PLAUSIBLE = Decimal(10) ** 18
SMALLEST_PLAUSIBLE = Decimal(10) ** -12
MOST_DIGITS = 28
_LARGEST_MAGNITUDE = LARGEST_PLAUSIBLE.adjusted()
_SMALLEST_MAGNITUDE = SMALLEST_PLAUSIBLE.adjusted()

Implausible = Literal["too_many_digits", "too_large", "too_small"]


def implausible(value: Decimal) -> Implausible | None:
    """Why a finite figure is beyond `LARGEST_PLAUSIBLE` and the rest, or None when it is not.

    Compared by exponent and digits, never by arithmetic: abs() of a number like 1e999999999
    would overflow the context, and 1e-999999999 written out in full is a gigabyte. The digits
    are counted only when `str` (which writes every one of them, in a few characters more) is
    longer than `MOST_DIGITS`: `as_tuple` builds a named tuple through a Python call, two
    thirds of this function's cost for each of a file's figures.
    """
    if len(str(value)) > MOST_DIGITS and len(value.as_tuple().digits) > MOST_DIGITS:
        return "too_many_digits"
    magnitude = value.adjusted()
    if magnitude >= _LARGEST_MAGNITUDE:
        return "too_large"
    if magnitude < _SMALLEST_MAGNITUDE:
        return "too_small"
    return None


#: The decimal context scoring and change are computed in. The model bounds every figure
#: (`LARGEST_PLAUSIBLE`: magnitudes 1e-12 to 1e18, at most 28 digits), so with
#: magnitudes of 万亿 either way a figure converted spans fewer than 90 digits: in 100 every
#: sum, difference and conversion is exact, and nothing overflows. Divisions are rounded to
#: their places by `tzgoals.comparators.ratio`. The traps stay set: a figure that slipped past
#: the model should stop the program, not turn into NaN.
ARITHMETIC = Context(prec=100, traps=[InvalidOperation, DivisionByZero, Overflow])

PERCENTAGE_POINT = "pp"
PERCENTAGE_POINT_SPELLINGS = frozenset({"个百分点", "百分点", PERCENTAGE_POINT})
PERCENT = "%"


class Unit(NamedTuple):
    """A unit split into its magnitude and its base, e.g. 万人 → 10^4 × 人."""

    text: str
    scale: Decimal
    base: str


@lru_cache(maxsize=1024)
def parse_unit(text: str) -> Unit:
    """Split a unit string; a bare magnitude such as 万 is a base of its own, not a scale."""
    if is_percentage_point(text):
        return Unit(text, Decimal(1), PERCENTAGE_POINT)
    for prefix, scale in MAGNITUDES:
        rest = text[len(prefix) :]
        if text.startswith(prefix) and rest:
            return Unit(text, scale, rest)
    return Unit(text, Decimal(1), text)


def magnitude_scale(unit: str) -> Decimal:
    """10^4 for 万 or 万人, 10^8 for 亿元 …, 1 for a unit without a magnitude: unlike
    `parse_unit`, a bare magnitude counts as one, as a figure found in a quote (1.38万) is."""
    for prefix, scale in MAGNITUDES:
        if unit.startswith(prefix):
            return scale
    return Decimal(1)


def is_percentage_point(text: str) -> bool:
    return text in PERCENTAGE_POINT_SPELLINGS


#: Units whose figures may be below zero; see `may_be_negative`.
SIGNED_UNITS = frozenset({PERCENT, "‰"})


def may_be_negative(unit: str) -> bool:
    """Whether a figure in `unit` may be below zero.

    Rates and shares (%, ‰) and changes of them (percentage points) may: growth of -2% is a
    fall, and a pp_change target of -1 asks for one. Every other unit counts or sums something
    (家, 个, 项, 人, 亩, 亿元): a number of firms or an amount of money cannot be negative, so a
    minus sign there is a slip. A fall in such a figure is recorded as its own "decline"
    indicator with the positive number the source writes (下降X), as README.md describes.
    """
    return is_percentage_point(unit) or parse_unit(unit).base in SIGNED_UNITS


def compatible(a: str, b: str) -> bool:
    """Whether a figure in unit `a` can be expressed in unit `b`."""
    return a == b or parse_unit(a).base == parse_unit(b).base


def convert(value: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Express `value` given in `from_unit` in `to_unit`; exact, since Decimal does not drift.

    Raises ValueError for incompatible units: comparing them would be silently wrong.
    """
    if from_unit == to_unit:
        return value
    source, target = parse_unit(from_unit), parse_unit(to_unit)
    if source.base != target.base:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}")
    if source.scale == target.scale:
        return value
    return value * source.scale / target.scale
