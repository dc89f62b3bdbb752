"""A figure as a person types it or a file writes it, read the one way every command reads it.

`record` takes a figure on the command line and `import` in a CSV cell; both read it here, so
that what one accepts the other does. A figure is written with the digits 0-9, a sign, a point
and an exponent at most: Python's Decimal() would also take digit separators (1_000, even 5_)
and other scripts' digits (٦٫٥, ６.５), which no source writes as a figure and a slip may.
The figures of the data files are read here too, as exact decimals, and refused when no source
could print them (too many digits, an exponent beyond any figure, text where a number belongs).
"""

from __future__ import annotations

import re
from datetime import date, time
from decimal import Decimal, InvalidOperation
from typing import assert_never

from tzgoals.problem_codes import ProblemCode, ProblemValueError
from tzgoals.units import MOST_DIGITS, SMALLEST_PLAUSIBLE, implausible

_NUMBER = re.compile(
    r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?(nan|inf|infinity)", re.IGNORECASE
)
#: Digits parted by an underscore, as Python writes 1_000.
_SEPARATED = re.compile(r"[0-9]_|_[0-9]")


def read_number(text: str) -> Decimal | None:
    """The number the text writes, exactly as written (6.50 stays 6.50), or None."""
    bare = text.strip()
    if not _NUMBER.fullmatch(bare):
        return None
    try:
        return Decimal(bare)
    except InvalidOperation:
        return None


def has_digit_separator(text: str) -> bool:
    """Whether the text parts digits with an underscore (1_000, 1_0.5, 5_)."""
    return bool(_SEPARATED.search(text))


def _kind(value: object) -> dict[str, str]:
    """What a value is, as the parameters of the problem that names it."""
    if isinstance(value, dict):
        return {"found_kind": "table"}
    if isinstance(value, list):
        return {"found_kind": "array"}
    if isinstance(value, date | time):
        return {"found_kind": "date-or-time"}
    return {"found_kind": "type", "found": type(value).__name__}


class UnreadableNumber:
    """A number in a TOML file that no Decimal can hold, such as 1e9999999999999999999999.

    The loader reads a file with such a number again, putting this in its place, so that the
    model can refuse it at its line like any other implausible figure.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text


def has_other_digits(text: str) -> bool:
    """Whether text holds digits other than 0-9 (٢٠٢٣, ２０２３), which int() and Decimal()
    would read as numbers; figures and years are written with ASCII digits only."""
    return not text.isascii() and any(c.isdigit() and not c.isascii() for c in text)


def as_decimal(value: object) -> object:
    """Reject text and booleans where a figure belongs; TOML floats arrive as Decimal already."""
    if type(value) is Decimal and value.is_finite():  # the common cases, first
        return _plausible(value)
    if type(value) is int:  # a whole number in TOML (not a bool, whose type is bool)
        return _plausible(Decimal(value))
    if isinstance(value, UnreadableNumber):
        raise ProblemValueError(ProblemCode.EXPONENT_BEYOND_ANY_FIGURE, number=str(value))
    if isinstance(value, bool):
        raise ProblemValueError(ProblemCode.NUMBER_NOT_BOOLEAN)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        if has_other_digits(value):
            raise ProblemValueError(ProblemCode.NUMBER_NOT_OTHER_DIGITS, text=shown)
        if has_digit_separator(value):
            raise ProblemValueError(ProblemCode.NUMBER_WITH_DIGIT_SEPARATOR, text=shown)
        raise ProblemValueError(ProblemCode.NUMBER_NOT_TEXT, text=shown)
    if isinstance(value, float):
        value = Decimal(repr(value))
    elif isinstance(value, int):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise ProblemValueError(ProblemCode.EXPECTED_NUMBER, **_kind(value))
    if not value.is_finite():
        raise ProblemValueError(ProblemCode.EXPECTED_FINITE_NUMBER, number=str(value))
    return _plausible(value)


def as_decimal_or_bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    return as_decimal(value)


def _plausible(value: Decimal) -> Decimal:
    """A figure of plausible size and precision; see `tzgoals.units.LARGEST_PLAUSIBLE`."""
    why = implausible(value)
    if why is None:
        return value
    match why:
        case "too_many_digits":
            digits = len(value.as_tuple().digits)
            raise ProblemValueError(ProblemCode.TOO_MANY_DIGITS, digits=digits, most=MOST_DIGITS)
        case "too_large":
            raise ProblemValueError(ProblemCode.IMPLAUSIBLY_LARGE, number=str(value))
        case "too_small":
            code = ProblemCode.IMPLAUSIBLE_EXPONENT if not value else ProblemCode.IMPLAUSIBLY_SMALL
            raise ProblemValueError(code, number=str(value), smallest=f"{SMALLEST_PLAUSIBLE:.0e}")
        case _:
            assert_never(why)
