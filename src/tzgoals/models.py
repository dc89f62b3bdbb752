"""The data model: sources, areas, indicators, targets and actuals, as pydantic models.

Each model validates a single entry: its keys, types, and what its comparator needs. The rules
that relate entries to each other (unknown indicator, incompatible unit, duplicates) are in
`tzgoals.rules`. `Dataset` is the validated whole, indexed for scoring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Annotated, Self, assert_never

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from tzgoals.comparators import requirement_problem
from tzgoals.numbers import has_digit_separator
from tzgoals.units import (
    MOST_DIGITS,
    SIGNED_UNITS,
    SMALLEST_PLAUSIBLE,
    implausible,
    may_be_negative,
)
from tzgoals.vocabulary import (
    CONTROL_CHARACTER,
    CONTROL_CHARACTERS,
    INVISIBLE_CHARACTERS,
    Comparator,
    Direction,
    Polarity,
    Section,
)

__all__ = ["SIGNED_UNITS", "may_be_negative"]  # at home in units, read from here too

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


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


def _as_decimal(value: object) -> object:
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
        if has_digit_separator(value):
            raise ValueError(
                f"expected a number, found the text {shown!r}: a figure is written without "
                "digit separators (1000, not 1_000)"
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


def _as_decimal_or_bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    return _as_decimal(value)


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


_SAFE = f"[^{CONTROL_CHARACTERS}]"


def control_character(text: str) -> tuple[int, str] | None:
    """The first control character in a text (see `CONTROL_CHARACTERS`) and its position."""
    found = CONTROL_CHARACTER.search(text)
    return (found.start(), found.group()) if found else None


Number = Annotated[Decimal, BeforeValidator(_as_decimal), Field(allow_inf_nan=False)]
Figure = Annotated[Decimal | bool, BeforeValidator(_as_decimal_or_bool), Field(allow_inf_nan=False)]
#: Text with something in it (spaces alone would pass for a quote while saying nothing) and no
#: control character; checked by pydantic's own engine, which costs 100,000 goals no time.
#: `tzgoals.files.messages` tells which of the two a text failed.
_FILLED = f"{_SAFE}*[^\\s{CONTROL_CHARACTERS}]{_SAFE}*"
Text = Annotated[str, Field(min_length=1, pattern=f"^{_FILLED}$")]
#: Text that may be left out (empty), but is otherwise held to the same: spaces alone would be
#: read back from a CSV cell as a key left out, so that no export and import could keep them.
Plain = Annotated[str, Field(pattern=f"^(?:{_FILLED})?$")]


def _one_line(text: str) -> str:
    """A file name or address on one line: a line break or tab in it would split what is
    printed about it into lines that look like the command's own."""
    if "\n" in text or "\t" in text:
        found = "a line break" if "\n" in text else "a tab"
        raise ValueError(f"holds {found}; it must be one line")
    return text


def _web_address(text: str) -> str:
    """An address a reader can follow: http or https, so that no page or data package we write
    links to a script (javascript:) or a file on someone's disk."""
    if text and (not text.startswith(("http://", "https://")) or any(c.isspace() for c in text)):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ValueError(
            f"expected a web address starting with http:// or https://, with no spaces, "
            f"found {shown!r}"
        )
    return text


#: Where a document was published, or nothing.
WebAddress = Annotated[str, Field(pattern=f"^(?:{_FILLED})?$"), AfterValidator(_web_address)]
Year = Annotated[int, Field(ge=EARLIEST_YEAR, le=LATEST_YEAR, strict=True)]
#: The last month a year-to-date figure covers (1-11: January to that month; 3, 6 and 9 for a
#: quarter, a half and three quarters); strict, so that "9" or 9.0 is refused, not read.
ThroughMonth = Annotated[int, Field(ge=1, le=11, strict=True)]
#: Strict, so that `estimate = "no"` is refused rather than read as true.
YesNo = Annotated[bool, Field(strict=True)]


class Entry(BaseModel):
    """Unknown keys are refused: a misspelt `qoute` must not silently drop the quote."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Quoted(Entry):
    """An entry that stands on a document: its file name and a passage copied from it."""

    source: Id
    quote: Text


class DatasetInfo(Entry):
    name: Text
    name_en: Plain = ""


_NAMED = f"[^{CONTROL_CHARACTERS}{INVISIBLE_CHARACTERS}]"
_FILLED_NAME = f"{_NAMED}*[^\\s{CONTROL_CHARACTERS}{INVISIBLE_CHARACTERS}]{_NAMED}*"
#: An area's, indicator's or target's id, or a reference to one, and a source's file name:
#: any script (`extract` drafts ids in Chinese, a document may be named in Chinese), but no
#: control character and nothing invisible, so that two names a reader cannot tell apart (one
#: holding a zero-width space) are not both accepted, and `show` of one never names the other.
#: Checked by pydantic's own engine.
Id = Annotated[str, Field(min_length=1, pattern=f"^{_FILLED_NAME}$")]
#: The keys that hold an `Id`, for the words of a refusal.
ID_KEYS = frozenset({"id", "indicator", "area", "part_of", "source", "file"})
#: The same, on one line: the file name a [[sources]] entry lists.
OneLineId = Annotated[Id, AfterValidator(_one_line)]

_HEX_DIGITS = frozenset("0123456789abcdef")


def _sha256_hex(text: str) -> str:
    if text and (len(text) != 64 or not _HEX_DIGITS.issuperset(text.lower())):
        raise ValueError("must be the 64 hexadecimal digits of a SHA-256 hash")
    return text.lower()


class Source(Entry):
    """A document: `file` is its archived text beside the data, in `sources/`.

    `url`, `publisher` and `retrieved` say where and when it was found, so that a reader can
    go back to it; `sha256` is the hash of the archived text, so that a change is noticed.
    """

    file: OneLineId
    title: Text
    title_en: Plain = ""
    published: Plain = ""
    publisher: Plain = ""
    url: WebAddress = ""
    retrieved: date | None = None
    sha256: Annotated[str, AfterValidator(_sha256_hex)] = ""


class Area(Quoted):
    id: Id
    year: Year
    title: Text
    title_en: Plain = ""


class Indicator(Entry):
    """A measure that stays the same across years. No unit: a milestone or a qualitative goal.

    `polarity` is None when the data does not say which way is better; figures then read
    higher as better, but an `about` target cannot know its side from it (`check` warns).
    `part_of` names a wider indicator this one is a part of (national-level firms of firms of
    every level), so that its figures bound the wider one's and the other way round.
    """

    id: Id
    name: Text
    name_en: Plain = ""
    unit: Text | None = None
    polarity: Polarity | None = None
    part_of: Id | None = None

    @property
    def better(self) -> Polarity:
        """The direction that is better, higher unless the data says lower."""
        return self.polarity or Polarity.HIGHER


class Target(Quoted):
    id: Id
    indicator: Id
    year: Year
    area: Id
    comparator: Comparator
    value: Number | None = None
    value_max: Number | None = None
    tolerance: Number | None = None
    unit: Text | None = None
    direction: Direction | None = None
    name: Text
    name_en: Plain = ""
    #: How a figure worked out rather than quoted was reached, in words a reader can follow;
    #: with it, the figure need not stand in the quote.
    derivation: Plain = ""
    derivation_en: Plain = ""
    note: Plain = ""
    note_en: Plain = ""

    @model_validator(mode="after")
    def _fits_comparator(self) -> Self:
        problem = requirement_problem(
            self.comparator, self.value, self.value_max, self.tolerance, self.unit, self.direction
        )
        if problem:
            raise ValueError(problem)
        return self


class Actual(Quoted):
    """A result as reported, with the source's qualifiers kept as flags."""

    indicator: Id
    year: Year
    #: Set for a figure that covers January to this month only (前三季度: 9); absent, the year.
    through_month: ThroughMonth | None = None
    value: Figure
    unit: Text | None = None
    estimate: YesNo = False
    lower_bound: YesNo = False
    approximate: YesNo = False
    name: Text
    name_en: Plain = ""
    #: As for a target: how a figure that is worked out, not quoted, was reached.
    derivation: Plain = ""
    derivation_en: Plain = ""
    note: Plain = ""
    note_en: Plain = ""

    @model_validator(mode="after")
    def _unit_fits_value(self) -> Self:
        if isinstance(self.value, bool) and self.unit is not None:
            raise ValueError("a yes/no result (value = true or false) takes no `unit`")
        if not isinstance(self.value, bool) and self.unit is None:
            raise ValueError("a numeric result needs a `unit`")
        return self


class TargetsFile(Entry):
    """targets.toml: the dataset's description, its sources, areas, indicators and targets."""

    dataset: DatasetInfo
    sources: list[Source] = []
    areas: list[Area] = []
    indicators: list[Indicator] = []
    targets: list[Target] = []


class ActualsFile(Entry):
    """actuals.toml: the results reported."""

    actuals: list[Actual] = []


#: The model of each section's entries: the one registry of what a section holds.
SECTION_MODELS: dict[Section, type[Entry]] = {
    Section.SOURCES: Source,
    Section.AREAS: Area,
    Section.INDICATORS: Indicator,
    Section.TARGETS: Target,
    Section.ACTUALS: Actual,
}
#: Keys written last, in this order, as in the shipped data: what an entry is, then its evidence.
_EVIDENCE_KEYS = ("source", "quote", "derivation", "derivation_en", "note", "note_en")


def field_order(section: Section) -> list[str]:
    """The keys of a section's entries in the order the data files write them."""
    fields = list(SECTION_MODELS[section].model_fields)
    return [f for f in fields if f not in _EVIDENCE_KEYS] + [
        f for f in _EVIDENCE_KEYS if f in fields
    ]


@dataclass(frozen=True, slots=True)
class Dataset:
    """A validated dataset with the lookups scoring needs, built once."""

    info: DatasetInfo
    sources: dict[str, Source]
    areas: list[Area]
    indicators: dict[str, Indicator]
    targets: list[Target]
    actuals: dict[tuple[str, int], Actual]
    #: The year-to-date figures (`through_month` set) of each indicator and year, by month:
    #: kept apart from `actuals`, which hold whole years only and alone decide verdicts.
    year_to_date: dict[tuple[str, int], tuple[Actual, ...]] = field(default_factory=dict)

    @classmethod
    def from_files(cls, targets_file: TargetsFile, actuals_file: ActualsFile) -> Dataset:
        """Index the two files; call only once `cross_check` has found no errors."""
        return cls(
            info=targets_file.dataset,
            sources={s.file: s for s in targets_file.sources},
            areas=list(targets_file.areas),
            indicators={i.id: i for i in targets_file.indicators},
            targets=list(targets_file.targets),
            actuals={
                (a.indicator, a.year): a for a in actuals_file.actuals if a.through_month is None
            },
            year_to_date=_by_month(actuals_file.actuals),
        )

    def latest_year_to_date(self, indicator: str, year: int) -> Actual | None:
        """The year-to-date figure covering the most months of an indicator's year, if any."""
        figures = self.year_to_date.get((indicator, year))
        return figures[-1] if figures else None

    def target_years(self) -> list[int]:
        return sorted({t.year for t in self.targets})

    def actual_years(self) -> list[int]:
        return sorted({year for _, year in self.actuals})


def _by_month(actuals: list[Actual]) -> dict[tuple[str, int], tuple[Actual, ...]]:
    """The year-to-date figures grouped by indicator and year, the earliest month first."""
    grouped: dict[tuple[str, int], list[Actual]] = {}
    for actual in actuals:
        if actual.through_month is not None:
            grouped.setdefault((actual.indicator, actual.year), []).append(actual)
    return {
        key: tuple(sorted(figures, key=lambda a: a.through_month or 0))
        for key, figures in grouped.items()
    }
