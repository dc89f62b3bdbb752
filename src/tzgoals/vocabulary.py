"""The closed sets of words the data and results use, kept free of heavy imports.

The command line offers these as choices, so they must load without pydantic or Rich:
`tzgoals --help` should cost no more than Typer itself.
"""

import re
from enum import StrEnum
from functools import cache

#: The characters no text in a dataset may hold, as the inside of a regular expression's
#: character class (read alike by Python's `re` and by pydantic's Rust engine): C0 controls but
#: tab and newline, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates
#: (U+202A-U+202E, U+2066-U+2069). Sent to a terminal, they set its title, write its
#: clipboard, plant links or clear it; in a name or a quote they make text read in an order
#: other than the one stored. `check` refuses them; every human output escapes them.
CONTROL_CHARACTERS = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
#: Them and the lone surrogates (U+D800-U+DFFF): the characters no output may carry as they
#: are. A surrogate stands for a byte that was not UTF-8 in a command's argument or a path,
#: which no terminal's encoding nor a UTF-8 file can write.
UNWRITABLE_CHARACTERS = CONTROL_CHARACTERS + r"\ud800-\udfff"


@cache
def control_character_pattern() -> re.Pattern[str]:
    """One of them, wherever a text is searched for one.

    This and the two patterns below are compiled on first use, not on import: a class of
    characters past U+00FF costs Python's compiler some 2.8M instructions, which every start
    of the program paid three times over, though only a text that failed, a draft or an
    archived source is ever searched with them."""
    return re.compile(f"[{CONTROL_CHARACTERS}]")


#: Characters that show as nothing: the soft hyphen, the Mongolian vowel separator, the zero
#: width space, joiners and marks (U+200B-U+200F), the word joiner and invisible operators
#: (U+2060-U+2064), and the byte-order mark. Two names that differ only by one look the same.
INVISIBLE_CHARACTERS = r"\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff"


@cache
def invisible_character_pattern() -> re.Pattern[str]:
    """One of them."""
    return re.compile(f"[{INVISIBLE_CHARACTERS}]")


@cache
def shown_as_written_pattern() -> re.Pattern[str]:
    """A text that has neither: what an id (of an area, indicator or target) must be, so that
    two ids that look the same are the same id. Ids are not held to ASCII: `extract` drafts
    them from the names a plan writes, in Chinese."""
    return re.compile(f"[^{CONTROL_CHARACTERS}{INVISIBLE_CHARACTERS}]+")


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


class Pace(StrEnum):
    """How a goal with only year-to-date figures stands against the share of the year gone
    (序时进度): an in-progress reading, never a verdict."""

    ON_PACE = "on_pace"
    BEHIND_PACE = "behind_pace"
    #: A milestone, a qualitative target or a change in percentage points: no official pace.
    NO_PACE_RULE = "no_pace_rule"


class PaceRule(StrEnum):
    """How a year-to-date figure is set against a target (see `tzgoals.pace`)."""

    #: A growth rate, share or level: the figure against the target as at year end.
    LEVEL = "level"
    #: A cumulative count or amount: completion (figure ÷ target) against N/12 of the year.
    COMPLETION = "completion"


class Order(StrEnum):
    """The order goals are listed in: by area as the data gives them, or across areas by
    status (met, missed, unreported), by attainment or by gap (the furthest short first)."""

    AREA = "area"
    STATUS = "status"
    ATTAINMENT = "attainment"
    GAP = "gap"


class Flag(StrEnum):
    """What qualifies the figure a verdict rests on, in the order they are listed."""

    ESTIMATE = "estimate"
    LOWER_BOUND = "lower_bound"
    UPPER_BOUND = "upper_bound"
    APPROXIMATE = "approximate"
    #: The figure is of a narrower or wider measure, which bounds this one.
    BY_SCOPE = "by_scope"
    #: A later figure for the same year changed the verdict the first figure gave.
    REVISED = "revised"


class Vintage(StrEnum):
    """Which release of a result a figure is: a first estimate (预计), a preliminary count
    (初步核算), the final verification (最终核实), or a revision after it."""

    ESTIMATE = "estimate"
    PRELIMINARY = "preliminary"
    FINAL = "final"
    REVISED = "revised"


class AfterMiss(StrEnum):
    """What the next year's plan did with a target that was missed."""

    #: The next year's plan set no target on the indicator.
    DROPPED = "dropped"
    #: The next year's plan set an easier one (a lower floor, a higher ceiling).
    LOWERED = "lowered"


class Scope(StrEnum):
    """How a related indicator's measure stands to a target's (see `Indicator.part_of`)."""

    #: A part of the target's measure: its figure is a lower bound of the target's.
    NARROWER = "narrower"
    #: The target's measure is a part of it: its figure is an upper bound of the target's.
    WIDER = "wider"


class Reason(StrEnum):
    """Why a goal has its status: the fact behind a verdict, put into words by the renderers."""

    MEETS_FLOOR = "meets_floor"
    BELOW_FLOOR = "below_floor"
    MEETS_CEILING = "meets_ceiling"
    ABOVE_CEILING = "above_ceiling"
    INSIDE_BAND = "inside_band"
    OUTSIDE_BAND = "outside_band"
    REPORTED_DONE = "reported_done"
    REPORTED_NOT_DONE = "reported_not_done"
    JUDGED_ACHIEVED = "judged_achieved"
    JUDGED_NOT_ACHIEVED = "judged_not_achieved"
    NO_RESULT = "no_result"
    NO_OUTCOME = "no_outcome"
    NO_JUDGEMENT = "no_judgement"
    NO_BASELINE = "no_baseline"
    #: Only bounds are known, and the target lies between them.
    BOUND_UNDECIDED = "bound_undecided"


class Section(StrEnum):
    """The tables of a dataset that entries are added to, exported and imported, in the order
    an import must follow (a target refers to its area and indicator, an actual to its
    indicator). `models.SECTION_MODELS` gives each its model."""

    SOURCES = "sources"
    AREAS = "areas"
    INDICATORS = "indicators"
    TARGETS = "targets"
    ACTUALS = "actuals"

    @property
    def singular(self) -> str:
        """One entry of the table, as a message names it: "a target", "new actual"."""
        return self.value.removesuffix("s")


class Level(StrEnum):
    """A place's level of government in a panel, highest first: a parent stands above its
    children in this order."""

    NATION = "nation"
    PROVINCE = "province"
    PREFECTURE = "prefecture"
    COUNTY = "county"


class PanelOrder(StrEnum):
    """How `panel` lists its places: as panel.toml gives them, or by a column."""

    PLACE = "place"
    LEVEL = "level"
    TARGETS = "targets"
    MET_SHARE = "met_share"
    REPORTED_SHARE = "reported_share"
