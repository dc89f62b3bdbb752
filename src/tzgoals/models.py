"""The data model: sources, areas, indicators, targets and actuals, as pydantic models.

Each model validates a single entry: its keys, types, and what its comparator needs. The rules
that relate entries to each other (unknown indicator, incompatible unit, duplicates) are in
`tzgoals.rules`. `Dataset` is the validated whole, indexed for scoring.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Annotated, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from tzgoals.comparators import requirement_problem
from tzgoals.dates import date_params, figure_date, known_from, partial_date_problem
from tzgoals.numbers import UnreadableNumber as UnreadableNumber
from tzgoals.numbers import as_decimal, as_decimal_or_bool
from tzgoals.numbers import has_other_digits as has_other_digits
from tzgoals.problem_codes import ProblemCode, ProblemValueError
from tzgoals.units import SIGNED_UNITS, may_be_negative
from tzgoals.vocabulary import (
    CONTROL_CHARACTERS,
    INVISIBLE_CHARACTERS,
    Comparator,
    Direction,
    Polarity,
    Section,
    Vintage,
    control_character_pattern,
)

__all__ = ["SIGNED_UNITS", "may_be_negative"]  # at home in units, read from here too

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


_SAFE = f"[^{CONTROL_CHARACTERS}]"


def control_character(text: str) -> tuple[int, str] | None:
    """The first control character in a text (see `CONTROL_CHARACTERS`) and its position."""
    found = control_character_pattern().search(text)
    return (found.start(), found.group()) if found else None


#: A figure. `as_decimal` refuses infinity and NaN itself, with words of its own: pydantic's
#: `allow_inf_nan=False` would check again in Python, a sixth of a target's validation.
Number = Annotated[Decimal, BeforeValidator(as_decimal)]
Figure = Annotated[Decimal | bool, BeforeValidator(as_decimal_or_bool)]
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
        found = "line-break" if "\n" in text else "tab"
        raise ProblemValueError(ProblemCode.NOT_ONE_LINE, found_kind=found)
    return text


def _web_address(text: str) -> str:
    """An address a reader can follow: http or https, so that no page or data package we write
    links to a script (javascript:) or a file on someone's disk."""
    if text and (not text.startswith(("http://", "https://")) or any(c.isspace() for c in text)):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ProblemValueError(ProblemCode.NOT_A_WEB_ADDRESS, found=shown)
    return text


#: Where a document was published, or nothing.
WebAddress = Annotated[str, Field(pattern=f"^(?:{_FILLED})?$"), AfterValidator(_web_address)]
Year = Annotated[int, Field(ge=EARLIEST_YEAR, le=LATEST_YEAR, strict=True)]


def _as_of_text(value: object) -> object:
    """A date as TOML writes it bare (as_of = 2024-03-05) read as the text it stands for."""
    return value.isoformat() if type(value) is date else value


def _partial_date(text: str) -> str:
    problem = partial_date_problem(text)
    if problem:
        raise ProblemValueError(problem, **date_params(text))
    return text


#: When a source published a figure: YYYY, YYYY-MM or YYYY-MM-DD.
AsOf = Annotated[str, BeforeValidator(_as_of_text), AfterValidator(_partial_date)]
#: The last month a year-to-date figure covers (1-11: January to that month; 3, 6 and 9 for a
#: quarter, a half and three quarters); strict, so that "9" or 9.0 is refused, not read.
ThroughMonth = Annotated[int, Field(ge=1, le=11, strict=True)]
#: Strict, so that `estimate = "no"` is refused rather than read as true.
YesNo = Annotated[bool, Field(strict=True)]


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


class Entry(BaseModel):
    """Unknown keys are refused: a misspelt `qoute` must not silently drop the quote."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Quoted(Entry):
    """An entry that stands on a document: its file name and a passage copied from it."""

    source: Id
    quote: Text


class DatasetInfo(Entry):
    name: Text
    name_en: Plain = ""


_HEX_DIGITS = frozenset("0123456789abcdef")


def _sha256_hex(text: str) -> str:
    if text and (len(text) != 64 or not _HEX_DIGITS.issuperset(text.lower())):
        raise ProblemValueError(ProblemCode.NOT_A_SHA256)
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
            code, values = problem
            raise ProblemValueError(code, **dict(values))
        return self


class Actual(Quoted):
    """A result as reported, with the source's qualifiers kept as flags.

    `as_of` is when the source published it (its source's date when not given) and `vintage`
    which release it is, so that a year may hold a first figure and the ones that revise it.
    """

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
    as_of: AsOf | None = None
    vintage: Vintage | None = None
    #: As for a target: how a figure that is worked out, not quoted, was reached.
    derivation: Plain = ""
    derivation_en: Plain = ""
    note: Plain = ""
    note_en: Plain = ""

    @property
    def is_estimate(self) -> bool:
        """Whether the source gives it as an estimate: `estimate = true`, as before, or
        `vintage = "estimate"`."""
        return self.estimate or self.vintage is Vintage.ESTIMATE

    @model_validator(mode="after")
    def _unit_fits_value(self) -> Self:
        if self.estimate and self.vintage not in (None, Vintage.ESTIMATE):
            raise ProblemValueError(
                ProblemCode.ESTIMATE_CONTRADICTS_VINTAGE, vintage=str(self.vintage)
            )
        if isinstance(self.value, bool) and self.unit is not None:
            raise ProblemValueError(ProblemCode.YES_NO_TAKES_NO_UNIT)
        if not isinstance(self.value, bool) and self.unit is None:
            raise ProblemValueError(ProblemCode.NUMBER_NEEDS_UNIT)
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
    """A validated dataset with the lookups scoring needs, built once.

    `actuals` holds each indicator and year's latest figure, the one goals are scored on;
    `vintages` every figure, earliest first, of the years that have more than one.
    """

    info: DatasetInfo
    sources: dict[str, Source]
    areas: list[Area]
    indicators: dict[str, Indicator]
    targets: list[Target]
    actuals: dict[tuple[str, int], Actual]
    vintages: dict[tuple[str, int], tuple[Actual, ...]] = field(default_factory=dict)
    #: The year-to-date figures (`through_month` set) of each indicator and year, by month:
    #: kept apart from `actuals`, which hold whole years only and alone decide verdicts.
    year_to_date: dict[tuple[str, int], tuple[Actual, ...]] = field(default_factory=dict)

    @classmethod
    def from_files(cls, targets_file: TargetsFile, actuals_file: ActualsFile) -> "Dataset":
        """Index the two files; call only once `cross_check` has found no errors."""
        sources = {s.file: s for s in targets_file.sources}
        actuals: dict[tuple[str, int], Actual] = {}
        several: dict[tuple[str, int], list[Actual]] = {}
        for actual in actuals_file.actuals:
            if actual.through_month is not None:
                continue  # a part of the year: `year_to_date`, never a verdict
            key = (actual.indicator, actual.year)
            if key in actuals:
                several.setdefault(key, [actuals[key]]).append(actual)
            actuals[key] = actual
        dated = cls(targets_file.dataset, sources, [], {}, [], {})
        vintages = {
            key: tuple(sorted(figures, key=lambda a: known_from(dated.figure_date(a))))
            for key, figures in several.items()
        }
        actuals.update({key: figures[-1] for key, figures in vintages.items()})
        return cls(
            info=targets_file.dataset,
            sources=sources,
            areas=list(targets_file.areas),
            indicators={i.id: i for i in targets_file.indicators},
            targets=list(targets_file.targets),
            actuals=actuals,
            vintages=vintages,
            year_to_date=_by_month(actuals_file.actuals, dated),
        )

    def figure_date(self, actual: Actual) -> str:
        """When the figure was published: its `as_of`, else its source's date ("" unknown)."""
        source = self.sources.get(actual.source)
        return figure_date(actual.as_of, source.published if source else "")

    def figures(self, indicator: str, year: int) -> tuple[Actual, ...]:
        """Every whole-year figure of an indicator and year, earliest first."""
        latest = self.actuals.get((indicator, year))
        return self.vintages.get((indicator, year), (latest,) if latest else ())

    def all_actuals(self) -> list[Actual]:
        """Every figure, each indicator and year's together, earliest first; then the
        year-to-date figures, by month."""
        whole = [a for indicator, year in self.actuals for a in self.figures(indicator, year)]
        return [*whole, *(a for figures in self.year_to_date.values() for a in figures)]

    def latest_year_to_date(self, indicator: str, year: int) -> Actual | None:
        """The year-to-date figure covering the most months of an indicator's year (its latest
        vintage), if any."""
        figures = self.year_to_date.get((indicator, year))
        return figures[-1] if figures else None

    def target_years(self) -> list[int]:
        return sorted({t.year for t in self.targets})

    def actual_years(self) -> list[int]:
        return sorted({year for _, year in self.actuals})


def _by_month(actuals: list[Actual], dated: Dataset) -> dict[tuple[str, int], tuple[Actual, ...]]:
    """The year-to-date figures grouped by indicator and year, the earliest month first, and
    within a month the earliest published first."""
    grouped: dict[tuple[str, int], list[Actual]] = {}
    for actual in actuals:
        if actual.through_month is not None:
            grouped.setdefault((actual.indicator, actual.year), []).append(actual)
    return {
        key: tuple(
            sorted(figures, key=lambda a: (a.through_month or 0, known_from(dated.figure_date(a))))
        )
        for key, figures in grouped.items()
    }
