"""A figure as a person types it, read the one way every command reads it.

`record` takes a figure on the command line and `import` in a CSV cell; both read it here, so
that what one accepts the other does. A figure is written with the digits 0-9, a sign, a point
and an exponent at most: Python's Decimal() would also take digit separators (1_000, even 5_)
and other scripts' digits (٦٫٥, ６.５), which no source writes as a figure and a slip may.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

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
