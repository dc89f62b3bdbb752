"""The dates a figure was published on, as the data writes them: `YYYY`, `YYYY-MM` or
`YYYY-MM-DD`.

A date may name only a year or a month, so dates are compared as text padded to a day: a
figure dated `2024-03` is known from the first of March, and `--as-of 2024-03` means the
sources as they stood at the end of March. ISO text sorts as the calendar does, so no parsing
is needed to order or compare them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from tzgoals.problem_codes import ProblemCode

#: A year, a month or a day, ISO-style.
PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def partial_date_problem(text: str) -> ProblemCode | None:
    """Why `text` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD, or None if it is;
    the problem's parameter is `found`, the text (see `date_params`)."""
    found = PARTIAL_DATE.fullmatch(text)
    if found is None or not text.isascii():
        return ProblemCode.NOT_A_PARTIAL_DATE
    year, month, day = found.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return ProblemCode.NOT_A_CALENDAR_DATE
    return None


def date_params(text: str) -> dict[str, str]:
    """The parameters of a date's problem: the text, cut to a length a line can show."""
    return {"found": text[:40]}


@lru_cache(maxsize=256)
def is_partial_date(text: str) -> bool:
    """Remembered: it is asked of each figure's source's date, the same few dates each time
    (a row a goal, at scale)."""
    return partial_date_problem(text) is None


def known_from(text: str) -> str:
    """The first day a figure dated `text` is known on, as sortable text ("" for no date)."""
    return text + "-01-01"[len(text) - 4 :] if text else ""


def period_end(text: str) -> str:
    """The last day `text` covers, as sortable text: `--as-of 2024` reads every figure of 2024.
    Every month is given 31 days; as text, no real day sorts after it."""
    return text + "-12-31"[len(text) - 4 :]


def figure_date(as_of: str | None, published: str) -> str:
    """The date a figure was published: its own `as_of`, else its source's date when that is
    written as a date, else "" (not known; counted as known from the start)."""
    if as_of:
        return as_of
    return published if is_partial_date(published) else ""
