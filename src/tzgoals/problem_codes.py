"""The stable code of every problem tzgoals reports, and the values its wording is filled with.

A problem is a fact, not a sentence: a code such as `TZ401` (named `quote-not-in-source`) and
its parameters (ids, numbers, file names, the closest passage). `render` words it from the
catalogue in the reader's language; programs match the code, which never changes meaning.

The hundreds say the family:

- 1xx reading a file: bytes, encodings, TOML and CSV syntax, sizes, kinds of file
- 2xx one entry and its keys: missing, unknown, of the wrong type, out of range
- 3xx the rules between entries: duplicates, references, units, scope, baselines
- 4xx evidence: sources, their archived texts, quotes and the figures in them
- 5xx writes: refusals of `record`, `import`, `source add`, `extract --into` and `init`
- 6xx panels: panel.toml's places and their relations, and the indicator ids places share

A new code is one member here (its value, its severity) and one line in each catalogue,
`render/catalogue/problems_en.py` and `problems_zh.py`, keyed by the member's name.
Import-light: the CLI offers the codes to `--select` and `--ignore`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Literal

Severity = Literal["error", "warning"]
#: A parameter's value: plain, so that JSON carries it as it is.
Param = str | int | None
#: The parameters of one problem, in a hashable form (a problem is a value, kept in sets).
Params = tuple[tuple[str, Param], ...]


class ProblemCode(StrEnum):
    """One kind of problem: its value is the code (`TZ401`), its `slug` the name
    (`quote-not-in-source`), and `severity` whether it stops the data from being used."""

    severity: Severity

    def __new__(cls, code: str, severity: Severity = "error") -> ProblemCode:
        member = str.__new__(cls, code)
        member._value_ = code
        member.severity = severity
        return member

    @property
    def slug(self) -> str:
        """The kebab-case name: what the problem is, for people and for `--ignore`."""
        return self.name.lower().replace("_", "-")

    # 1xx reading a file
    TOML_SYNTAX = "TZ101"
    EMPTY_FILE = "TZ102"
    NESTED_TOO_DEEPLY = "TZ103"
    UNREADABLE_NUMBER = "TZ104"
    UTF16_TEXT = "TZ105"
    GBK_TEXT = "TZ106"
    BINARY_DATA = "TZ107"
    NOT_UTF8 = "TZ108"
    NUL_BYTES = "TZ109"
    BAD_SIZE_LIMIT = "TZ110"
    NOT_A_REGULAR_FILE = "TZ111"
    FILE_TOO_LARGE = "TZ112"
    NO_SUCH_FILE = "TZ113"
    CANNOT_READ = "TZ114"
    UNKNOWN_ENCODING = "TZ115"
    NOT_A_TEXT_ENCODING = "TZ116"
    NOT_IN_ENCODING = "TZ117"
    CSV_EMPTY = "TZ120"
    CSV_BLANK_COLUMN = "TZ121"
    CSV_REPEATED_COLUMN = "TZ122"
    CSV_TOO_MANY_CELLS = "TZ123"
    CSV_SYNTAX = "TZ124"
    CSV_UNKNOWN_COLUMN = "TZ125"
    # 2xx one entry and its keys
    UNKNOWN_TABLE = "TZ201"
    UNKNOWN_KEY = "TZ202"
    MISSING_TABLE = "TZ203"
    MISSING_KEY = "TZ204"
    UNKNOWN_VALUE = "TZ205"
    EXPECTED_BOOLEAN = "TZ206"
    EXPECTED_ASCII_WHOLE_NUMBER = "TZ207"
    EXPECTED_WHOLE_NUMBER = "TZ208"
    YEAR_OUT_OF_RANGE = "TZ209"
    EXPECTED_TEXT = "TZ210"
    EMPTY_TEXT = "TZ211"
    BLANK_TEXT = "TZ212"
    CONTROL_CHARACTER = "TZ213"
    TEXT_NOT_UTF8 = "TZ214"
    TABLE_EXPECTED = "TZ215"
    ENTRY_NOT_A_TABLE = "TZ216"
    ARRAY_OF_TABLES_EXPECTED = "TZ217"
    INVALID_VALUE = "TZ218"
    EXPONENT_BEYOND_ANY_FIGURE = "TZ220"
    NUMBER_NOT_BOOLEAN = "TZ221"
    NUMBER_NOT_OTHER_DIGITS = "TZ222"
    NUMBER_NOT_TEXT = "TZ223"
    EXPECTED_NUMBER = "TZ224"
    EXPECTED_FINITE_NUMBER = "TZ225"
    TOO_MANY_DIGITS = "TZ226"
    IMPLAUSIBLY_LARGE = "TZ227"
    IMPLAUSIBLE_EXPONENT = "TZ228"
    IMPLAUSIBLY_SMALL = "TZ229"
    NOT_ONE_LINE = "TZ230"
    NOT_A_WEB_ADDRESS = "TZ231"
    NOT_A_SHA256 = "TZ232"
    COMPARATOR_TAKES_NO_DIRECTION = "TZ233"
    DIRECTION_DOES_NOT_FIT = "TZ234"
    OUTCOME_TAKES_NO_FIGURE = "TZ235"
    NEEDS_VALUE_AND_UNIT = "TZ236"
    ABOUT_NEEDS_TOLERANCE = "TZ237"
    TOLERANCE_ONLY_FOR_ABOUT = "TZ238"
    BETWEEN_NEEDS_VALUE_MAX = "TZ239"
    VALUE_MAX_ONLY_FOR_BETWEEN = "TZ240"
    PERCENTAGE_POINTS_ONLY_FOR_PP_CHANGE = "TZ241"
    YES_NO_TAKES_NO_UNIT = "TZ242"
    NUMBER_NEEDS_UNIT = "TZ243"
    NUMBER_WITH_DIGIT_SEPARATOR = "TZ244"
    INVISIBLE_CHARACTER = "TZ245"
    NOT_A_PARTIAL_DATE = "TZ246"
    NOT_A_CALENDAR_DATE = "TZ247"
    ESTIMATE_CONTRADICTS_VINTAGE = "TZ248"
    EXPECTED_THROUGH_MONTH = "TZ249"
    # 3xx rules between entries
    DUPLICATE = "TZ301"
    NEGATIVE_COUNT = "TZ302"
    OUTCOME_INDICATOR_HAS_UNIT = "TZ303"
    INDICATOR_HAS_NO_UNIT = "TZ304"
    PP_CHANGE_NEEDS_PERCENT = "TZ305"
    UNIT_DOES_NOT_FIT = "TZ306"
    UNKNOWN_AREA = "TZ307"
    UNKNOWN_INDICATOR = "TZ308"
    UNKNOWN_INDICATOR_OF_RESULT = "TZ309"
    YES_NO_RESULT_EXPECTED = "TZ310"
    NUMBER_AND_UNIT_EXPECTED = "TZ311"
    SOURCE_NOT_LISTED = "TZ312"
    PART_OF_UNKNOWN = "TZ313"
    PART_OF_LOOP = "TZ314"
    PART_OF_NOT_A_COUNT = "TZ315"
    PART_OF_UNIT_MISMATCH = "TZ316"
    ABOUT_WITHOUT_SIDE = "TZ317", "warning"
    NO_BASELINE = "TZ318", "warning"
    ALREADY_IN_FILE = "TZ319"
    GIVEN_TWICE = "TZ320"
    # 4xx evidence
    QUOTE_NOT_IN_SOURCE = "TZ401"
    FIGURE_NOT_IN_QUOTE = "TZ402"
    ARCHIVED_TEXT_UNREADABLE = "TZ403"
    NO_ARCHIVED_TEXT = "TZ404"
    ARCHIVED_TEXT_CHANGED = "TZ405"
    NO_SHA256 = "TZ406", "warning"
    SOURCE_NOT_QUOTED = "TZ407", "warning"
    QUOTES_UNCHECKABLE = "TZ408"
    NO_ARCHIVED_TEXT_YET = "TZ409"
    LEFTOVER_TEXT = "TZ410", "warning"
    UNLISTED_TEXT = "TZ411", "warning"
    SOURCES_FOLDER_LINK = "TZ412"
    LINK_OUTSIDE = "TZ413"
    STILL_UNLISTED = "TZ414", "warning"
    # 5xx writes
    NOTHING_WRITTEN = "TZ501"
    DATASET_HAS_ERRORS = "TZ502"
    NO_ENTRIES = "TZ503"
    CANNOT_WRITE = "TZ504"
    BAD_LOCK_TIMEOUT = "TZ505"
    LOCK_HELD = "TZ506"
    NOT_WRITABLE = "TZ507"
    HARD_LINKS = "TZ508"
    OWNER_NOT_KEPT = "TZ509", "warning"
    INVALID_AFTER_CHANGE = "TZ510"
    CHANGED_MEANWHILE = "TZ511"
    ALREADY_EXISTS = "TZ512"
    EMPTY_FOLDER_NAME = "TZ513"
    FOLDER_TOO_DEEP = "TZ514"
    TEXT_REMOVED_AGAIN = "TZ515"
    ARCHIVED_NAME_TAKEN = "TZ516"
    NOT_A_SOURCE_NAME = "TZ517"
    BACKSLASH_IN_SOURCE_NAME = "TZ518"
    GUESSED_TITLE_HOLDS_CONTROL = "TZ519"
    TARGETS_UNDER_NO_HEADING = "TZ520"
    EXAMPLE_NOT_TO_BE_CHANGED = "TZ521"
    # 6xx panels
    DUPLICATE_PLACE = "TZ601"
    UNKNOWN_PARENT = "TZ602"
    PARENT_NOT_ABOVE = "TZ603"
    PARENT_CYCLE = "TZ604"
    PLACE_WITHOUT_DATASET = "TZ605"
    NAME_UNDER_OTHER_IDS = "TZ606", "warning"
    NOT_THE_SHARED_ID = "TZ607", "warning"


def params(**values: object) -> Params:
    """Parameters in their plain form: a figure (a Decimal) as the text it was written as."""
    return tuple(
        (name, value if value is None or isinstance(value, str | int) else str(value))
        for name, value in values.items()
    )


class ProblemValueError(ValueError):
    """A problem found inside a model's validator: pydantic keeps the exception, and
    `tzgoals.files.messages` reads its code and parameters back."""

    def __init__(self, code: ProblemCode, **values: object) -> None:
        self.code = code
        self.params = params(**values)
        super().__init__(code.value)

    def __str__(self) -> str:
        from tzgoals.render.catalogue import Lang, problem_words

        return problem_words(self.code, self.params, Lang.EN)


def codes_named(pattern: str) -> frozenset[ProblemCode]:
    """The codes a `--select` or `--ignore` pattern names, as ruff reads them: a code
    (`TZ401`), a name (`quote-not-in-source`) or the start of codes (`TZ4`: every evidence
    problem; `TZ`: all). Any case. None for a pattern that names nothing."""
    wanted = pattern.strip()
    by_name = {code.slug: code for code in ProblemCode}
    if wanted.lower() in by_name:
        return frozenset({by_name[wanted.lower()]})
    if not wanted.upper().startswith("TZ"):
        return frozenset()
    return frozenset(code for code in ProblemCode if code.value.startswith(wanted.upper()))


def codes_chosen(select: Iterable[str], ignore: Iterable[str]) -> frozenset[ProblemCode]:
    """The codes `select` names (all when it names none), less those `ignore` names."""
    chosen = frozenset().union(*(codes_named(p) for p in select)) or frozenset(ProblemCode)
    return chosen.difference(*(codes_named(p) for p in ignore))
