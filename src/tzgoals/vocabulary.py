"""The closed sets of words the data and results use, kept free of heavy imports.

The command line offers these as choices, so they must load without pydantic or Rich:
`tzgoals --help` should cost no more than Typer itself.
"""

from enum import StrEnum


class Polarity(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class Comparator(StrEnum):
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    BETWEEN = "between"
    ABOUT = "about"
    PP_CHANGE = "pp_change"
    MILESTONE = "milestone"
    QUALITATIVE = "qualitative"


class Direction(StrEnum):
    """Which side of a target is good: a floor to reach, a ceiling to stay under, or a band
    to stay inside (X ± tolerance)."""

    FLOOR = "floor"
    CEILING = "ceiling"
    BAND = "band"


class Status(StrEnum):
    MET = "met"
    MISSED = "missed"
    UNREPORTED = "unreported"


class Flag(StrEnum):
    ESTIMATE = "estimate"
    LOWER_BOUND = "lower_bound"
    APPROXIMATE = "approximate"


#: A spreadsheet runs a cell starting with one of these as a formula. Our CSV puts a ' before
#: such text, and an import takes that ' away again.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
