"""Figures as the data writes them: read as exact decimals, and refused when no source could
print them (too many digits, an exponent beyond any figure, text where a number belongs)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import assert_never

from tzgoals.units import MOST_DIGITS, SMALLEST_PLAUSIBLE, implausible


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, date | time):
        return "a date or time"
    return f"a value of type {type(value).__name__}"


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
    if type(value) is Decimal and value.is_finite():  # the common case, first
        return _plausible(value)
    if isinstance(value, UnreadableNumber):
        raise ValueError(
            f"the number {value} has an exponent beyond any figure; check it against the source"
        )
    if isinstance(value, bool):
        raise ValueError("expected a number, found true/false")
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        if has_other_digits(value):
            raise ValueError(
                f"expected a number written with the digits 0-9, found the text {shown!r}"
            )
        raise ValueError(
            f"expected a number, found the text {shown!r}: write the bare number, "
            "without quotes, and the unit in `unit`"
        )
    if isinstance(value, float):
        value = Decimal(repr(value))
    elif isinstance(value, int):
        value = Decimal(value)
    if not isinstance(value, Decimal):
        raise ValueError(f"expected a number, found {_kind(value)}")
    if not value.is_finite():
        raise ValueError(f"expected a finite number, found {value}")
    return _plausible(value)


def as_decimal_or_bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    return as_decimal(value)


def _plausible(value: Decimal) -> Decimal:
    """A figure of plausible size and precision; see `tzgoals.units.LARGEST_PLAUSIBLE`."""
    match implausible(value):
        case None:
            return value
        case "too_many_digits":
            raise ValueError(
                f"the number has {len(value.as_tuple().digits)} significant digits, more than "
                f"the {MOST_DIGITS} a figure may have; check it against the source"
            )
        case "too_large":
            raise ValueError(
                f"the number {value} is implausibly large; check it against the source"
            )
        case "too_small":
            described = "written with an implausible exponent" if not value else "implausibly small"
            raise ValueError(
                f"the number {value} is {described} (the smallest figure accepted is "
                f"{SMALLEST_PLAUSIBLE:.0e}); check it against the source"
            )
        case _:
            assert_never(implausible(value))
