"""The `tzgoals record` command line that would record one result, as suggest prints it.

Quoted for a POSIX shell, so that it can be pasted as printed: an id or a figure starting
with "-" (-gdp-growth, -3.2) would be read as an option, so then the options come first and
"--" before the two arguments.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from decimal import Decimal

from tzgoals.vocabulary import Flag

__all__ = ["record_command"]


def record_command(
    indicator: str,
    value: Decimal | bool,
    unit: str | None,
    year: int,
    source: str,
    quote: str,
    flags: Sequence[Flag],
    data: str | None = None,
    through_month: int | None = None,
) -> str:
    """The `tzgoals record` command line for one result, quoted for a POSIX shell; `data` is
    the dataset folder, when it is not the one `tzgoals` finds by itself; `through_month` the
    month a figure for part of the year runs to."""
    shown = ("true" if value else "false") if isinstance(value, bool) else format(value, "f")
    options = ["--year", str(year)]
    if through_month is not None:
        options += ["--through-month", str(through_month)]
    if unit is not None:
        options += ["--unit", unit]
    options += ["--source", source, "--quote", quote]
    options += [f"--{flag.value.replace('_', '-')}" for flag in flags]
    if data is not None:
        options += ["--data", data]
    arguments = [indicator, shown]
    if any(argument.startswith("-") for argument in arguments):
        # An id or a figure that starts with "-" would be read as an option: the options go
        # first, then "--", after which everything is an argument.
        words = ["tzgoals", "record", *options, "--", *arguments]
    else:
        words = ["tzgoals", "record", *arguments, *options]
    return " ".join(shlex.quote(word) for word in words)
