"""The data model: sources, areas, indicators, targets and actuals, and the rules they obey.

Validation of a single entry lives on its model; rules that relate entries to each other
(unknown indicator, incompatible unit, duplicates) live in `check_targets_file`,
`check_actuals_file` and `check_links`, which return every problem as a value so that a file can
be reported in full rather than one error at a time. The first two need only their own file, so a
file is still checked when the other one cannot be read.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from typing import Annotated, Any, Literal, NamedTuple, Self

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from tzgoals.comparators import (
    OUTCOME_COMPARATORS,
    direction_is_implicit,
    requirement_problem,
)
from tzgoals.units import PERCENT, compatible, is_percentage_point, parse_unit
from tzgoals.vocabulary import Comparator, Direction, Polarity

# Figures beyond this are typing accidents (1e400), not statistics; a nation's yearly output
# counted in single yuan is still below 10^15.
LARGEST_PLAUSIBLE = Decimal(10) ** 18
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200

#: Units whose figures may be below zero; see `may_be_negative`.
SIGNED_UNITS = frozenset({PERCENT, "‰"})


def _kind(value: object) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, date | time):
        return "a date or time"
    return f"a value of type {type(value).__name__}"


def _as_decimal(value: object) -> object:
    """Reject text and booleans where a figure belongs; TOML floats arrive as Decimal already."""
    if isinstance(value, bool):
        raise ValueError("expected a number, found true/false")
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
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
    """Compare by exponent: abs() of a number like 1e999999999 would overflow the context."""
    if value and value.adjusted() >= LARGEST_PLAUSIBLE.adjusted():
        raise ValueError(f"the number {value} is implausibly large; check it against the source")
    return value


def _not_blank(text: str) -> str:
    """Spaces alone would pass for a quote or a name while saying nothing."""
    if not text.strip():
        raise ValueError("must not be blank")
    return text


Number = Annotated[Decimal, BeforeValidator(_as_decimal), Field(allow_inf_nan=False)]
Figure = Annotated[Decimal | bool, BeforeValidator(_as_decimal_or_bool), Field(allow_inf_nan=False)]
Text = Annotated[str, Field(min_length=1), AfterValidator(_not_blank)]
Year = Annotated[int, Field(ge=EARLIEST_YEAR, le=LATEST_YEAR, strict=True)]
#: Strict, so that `estimate = "no"` is refused rather than read as true.
YesNo = Annotated[bool, Field(strict=True)]


def may_be_negative(unit: str) -> bool:
    """Whether a figure in `unit` may be below zero.

    Rates and shares (%, ‰) and changes of them (percentage points) may: growth of -2% is a
    fall, and a pp_change target of -1 asks for one. Every other unit counts or sums something
    (家, 个, 项, 人, 亩, 亿元): a number of firms or an amount of money cannot be negative, so a
    minus sign there is a slip. A fall in such a figure is recorded as its own "decline"
    indicator with the positive number the source writes (下降X), as README.md describes.
    """
    return is_percentage_point(unit) or parse_unit(unit).base in SIGNED_UNITS


class Entry(BaseModel):
    """Unknown keys are refused: a misspelt `qoute` must not silently drop the quote."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Quoted(Entry):
    """An entry that stands on a document: its file name and a passage copied from it."""

    source: Text
    quote: Text


class DatasetInfo(Entry):
    name: Text
    name_en: str = ""


def _sha256_hex(text: str) -> str:
    if text and (len(text) != 64 or any(c not in "0123456789abcdef" for c in text.lower())):
        raise ValueError("must be the 64 hexadecimal digits of a SHA-256 hash")
    return text.lower()


class Source(Entry):
    """A document: `file` is its archived text beside the data, in `sources/`.

    `url`, `publisher` and `retrieved` say where and when it was found, so that a reader can
    go back to it; `sha256` is the hash of the archived text, so that a change is noticed.
    """

    file: Text
    title: Text
    title_en: str = ""
    published: str = ""
    publisher: str = ""
    url: str = ""
    retrieved: date | None = None
    sha256: Annotated[str, AfterValidator(_sha256_hex)] = ""


class Area(Quoted):
    id: Text
    year: Year
    title: Text
    title_en: str = ""


class Indicator(Entry):
    """A measure that stays the same across years. No unit: a milestone or a qualitative goal.

    `polarity` is None when the data does not say which way is better; figures then read
    higher as better, but an `about` target cannot know its side from it (`check` warns).
    `part_of` names a wider indicator this one is a part of (national-level firms of firms of
    every level), so that its figures bound the wider one's and the other way round.
    """

    id: Text
    name: Text
    name_en: str = ""
    unit: Text | None = None
    polarity: Polarity | None = None
    part_of: Text | None = None

    @property
    def better(self) -> Polarity:
        """The direction that is better, higher unless the data says lower."""
        return self.polarity or Polarity.HIGHER


class Target(Quoted):
    id: Text
    indicator: Text
    year: Year
    area: Text
    comparator: Comparator
    value: Number | None = None
    value_max: Number | None = None
    tolerance: Number | None = None
    unit: Text | None = None
    direction: Direction | None = None
    name: Text
    name_en: str = ""
    note: str = ""

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

    indicator: Text
    year: Year
    value: Figure
    unit: Text | None = None
    estimate: YesNo = False
    lower_bound: YesNo = False
    approximate: YesNo = False
    name: Text
    name_en: str = ""
    note: str = ""

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


Section = Literal["sources", "areas", "indicators", "targets", "actuals"]


class Finding(NamedTuple):
    """One problem, located by section and entry position so the loader can name a line.

    `entry` counts from 0 in its section. `first` is, for a duplicate, the position of the entry
    it repeats, so that the loader can name that line too and a writer can tell a clash with
    the file from one within a batch.
    """

    section: Section
    entry: int
    message: str
    severity: Literal["error", "warning"] = "error"
    key: str | None = None
    first: int | None = None


def _duplicates(section: Section, keys: list[Any], what: str) -> list[Finding]:
    seen: dict[Any, int] = {}
    found = []
    for index, key in enumerate(keys):
        first = seen.setdefault(key, index)
        if first != index:
            found.append(
                Finding(
                    section,
                    index,
                    f"duplicate {what} {key!r} (first at entry {first + 1})",
                    first=first,
                )
            )
    return found


def _negative(section: Section, index: int, entry: Target | Actual) -> list[Finding]:
    """A count or an amount below zero; see `may_be_negative` for which units may be."""
    if entry.unit is None or may_be_negative(entry.unit):
        return []
    figures = [("value", entry.value)]
    if isinstance(entry, Target):
        figures.append(("value_max", entry.value_max))
    return [
        Finding(
            section,
            index,
            f"{key} {figure} {entry.unit} is negative, but a count or an amount cannot be; "
            "only %, ‰ and percentage points may be below zero (record a fall as its own "
            "decline indicator, with the positive figure the source gives)",
            key=key,
        )
        for key, figure in figures
        if isinstance(figure, Decimal) and figure < 0
    ]


def _check_target(
    index: int, target: Target, indicators: dict[str, Indicator], areas: set[tuple[int, str]]
) -> list[Finding]:
    found = []
    if (target.year, target.area) not in areas:
        found.append(
            Finding("targets", index, f"unknown area {target.area!r} for {target.year}", key="area")
        )
    indicator = indicators.get(target.indicator)
    if indicator is None:
        return [
            *found,
            Finding(
                "targets",
                index,
                f"unknown indicator {target.indicator!r}: no [[indicators]] entry has this id",
                key="indicator",
            ),
        ]
    if target.comparator in OUTCOME_COMPARATORS:
        if indicator.unit is not None:
            found.append(
                Finding(
                    "targets",
                    index,
                    f"a {target.comparator} target needs an indicator without a unit, "
                    f"but {indicator.id!r} is measured in {indicator.unit}",
                    key="comparator",
                )
            )
        return found
    assert target.unit is not None  # guaranteed by Target's own validation
    if indicator.unit is None:
        found.append(
            Finding(
                "targets",
                index,
                f"indicator {indicator.id!r} has no unit, so it takes a milestone or "
                "qualitative target, not a figure",
                key="unit",
            )
        )
    elif target.comparator is Comparator.PP_CHANGE:
        if indicator.unit != PERCENT:
            found.append(
                Finding(
                    "targets",
                    index,
                    f"a percentage-point change needs an indicator in %, "
                    f"but {indicator.id!r} is in {indicator.unit}",
                    key="unit",
                )
            )
    elif not compatible(target.unit, indicator.unit):
        found.append(
            Finding(
                "targets",
                index,
                f"unit {target.unit!r} does not fit indicator {indicator.id!r}, "
                f"measured in {indicator.unit!r}",
                key="unit",
            )
        )
    return found


def _check_actual(index: int, actual: Actual, indicators: dict[str, Indicator]) -> list[Finding]:
    indicator = indicators.get(actual.indicator)
    if indicator is None:
        return [
            Finding(
                "actuals",
                index,
                f"unknown indicator {actual.indicator!r}: no [[indicators]] entry in the "
                "targets file has this id",
                key="indicator",
            )
        ]
    if indicator.unit is None and not isinstance(actual.value, bool):
        return [
            Finding(
                "actuals",
                index,
                f"indicator {indicator.id!r} is a yes/no outcome: write value = true or false",
                key="value",
            )
        ]
    if indicator.unit is not None:
        if actual.unit is None:
            return [
                Finding(
                    "actuals",
                    index,
                    f"indicator {indicator.id!r} is measured in {indicator.unit}: "
                    "give a number and its unit",
                    key="value",
                )
            ]
        if not compatible(actual.unit, indicator.unit):
            return [
                Finding(
                    "actuals",
                    index,
                    f"unit {actual.unit!r} does not fit indicator {indicator.id!r}, "
                    f"measured in {indicator.unit!r}",
                    key="unit",
                )
            ]
    return []


def _unlisted_sources(
    sources: set[str], section: Section, entries: list[Area] | list[Target] | list[Actual]
) -> list[Finding]:
    """Without any [[sources]] listed there is nothing to check a `source` against."""
    if not sources:
        return []
    return [
        Finding(
            section,
            index,
            f"source {entry.source!r} is not listed under [[sources]]",
            key="source",
        )
        for index, entry in enumerate(entries)
        if entry.source not in sources
    ]


def _part_of_problem(indicator: Indicator, indicators: dict[str, Indicator]) -> str | None:
    """Why `part_of` cannot bound one figure by another, or None when it can."""
    wider_id = indicator.part_of
    assert wider_id is not None
    wider = indicators.get(wider_id)
    if wider is None:
        return f"part_of {wider_id!r} names no indicator"
    chain = [indicator.id]
    while wider is not None and wider.id not in chain:
        chain.append(wider.id)
        wider = indicators.get(wider.part_of) if wider.part_of else None
    if wider is not None:
        return f"part_of makes a loop: {' → '.join([*chain, wider.id])}"
    whole = indicators[wider_id]
    for unit in (indicator.unit, whole.unit):
        if unit is None or may_be_negative(unit):
            shown = "no unit" if unit is None else f"unit {unit}"
            return (
                f"part_of relates counts or amounts, whose parts add up to the whole; "
                f"{indicator.id!r} → {whole.id!r} involves {shown}, whose part bounds nothing"
            )
    assert indicator.unit is not None and whole.unit is not None
    if not compatible(indicator.unit, whole.unit):
        return (
            f"part_of {whole.id!r} is measured in {whole.unit!r}, which {indicator.unit!r} "
            "cannot be compared with"
        )
    return None


def _scope_findings(indicators: list[Indicator]) -> list[Finding]:
    by_id = {i.id: i for i in indicators}
    found = []
    for index, indicator in enumerate(indicators):
        if indicator.part_of is None:
            continue
        problem = _part_of_problem(indicator, by_id)
        if problem:
            found.append(Finding("indicators", index, problem, key="part_of"))
    return found


def _implicit_directions(targets: list[Target], indicators: dict[str, Indicator]) -> list[Finding]:
    """An `about` (左右) target whose good side nobody stated: read as a floor, with a warning."""
    found = []
    for index, target in enumerate(targets):
        indicator = indicators.get(target.indicator)
        if indicator is None or not direction_is_implicit(
            target.comparator, target.direction, indicator.polarity
        ):
            continue
        found.append(
            Finding(
                "targets",
                index,
                f"about target {target.id!r} (左右) does not say which side is good, and "
                f"neither does indicator {indicator.id!r}, so it is read as a floor (met at "
                "or above value − tolerance); a ceiling (prices, unemployment) would score "
                'the other way. Add direction = "floor", "ceiling" or "band" to the target, '
                'or polarity = "higher" or "lower" to the indicator',
                severity="warning",
                key="comparator",
            )
        )
    return found


def check_targets_file(targets_file: TargetsFile) -> list[Finding]:
    """The rules within targets.toml: duplicates, and what each target and area refers to."""
    found = [
        *_duplicates("sources", [s.file for s in targets_file.sources], "source"),
        *_duplicates("areas", [(a.year, a.id) for a in targets_file.areas], "area (year, id)"),
        *_duplicates("indicators", [i.id for i in targets_file.indicators], "indicator id"),
        *_duplicates("targets", [t.id for t in targets_file.targets], "target id"),
    ]
    sources = {s.file for s in targets_file.sources}
    indicators = {i.id: i for i in targets_file.indicators}
    areas = {(a.year, a.id) for a in targets_file.areas}
    found += _unlisted_sources(sources, "areas", targets_file.areas)
    found += _unlisted_sources(sources, "targets", targets_file.targets)
    found += _scope_findings(targets_file.indicators)
    found += _implicit_directions(targets_file.targets, indicators)
    for index, target in enumerate(targets_file.targets):
        found.extend(_check_target(index, target, indicators, areas))
        found.extend(_negative("targets", index, target))
    return found


def check_actuals_file(actuals_file: ActualsFile) -> list[Finding]:
    """The rules within actuals.toml alone: one result per indicator and year, no negative count."""
    found = _duplicates(
        "actuals",
        [(a.indicator, a.year) for a in actuals_file.actuals],
        "actual for (indicator, year)",
    )
    for index, actual in enumerate(actuals_file.actuals):
        found.extend(_negative("actuals", index, actual))
    return found


def _missing_baselines(
    targets: list[Target], indicators: dict[str, Indicator], reported: set[tuple[str, int]]
) -> list[Finding]:
    """A warning, not an error: the target is valid, it just cannot be scored until that
    year's result is recorded. Targets already in error (indicator unknown or not in %) are
    left to that error."""
    found = []
    for index, target in enumerate(targets):
        indicator = indicators.get(target.indicator)
        if (
            target.comparator is not Comparator.PP_CHANGE
            or indicator is None
            or indicator.unit != PERCENT
            or (target.indicator, target.year - 1) in reported
        ):
            continue
        found.append(
            Finding(
                "targets",
                index,
                f"pp_change target {target.id!r} has no baseline: no actual for indicator "
                f"{target.indicator!r} in {target.year - 1}, so it is scored unreported; "
                f"add the {target.year - 1} result to the actuals file to score it",
                severity="warning",
            )
        )
    return found


def check_links(targets_file: TargetsFile, actuals_file: ActualsFile) -> list[Finding]:
    """The rules that need both files: each actual's indicator, unit and source, and baselines."""
    sources = {s.file for s in targets_file.sources}
    indicators = {i.id: i for i in targets_file.indicators}
    found = _unlisted_sources(sources, "actuals", actuals_file.actuals)
    for index, actual in enumerate(actuals_file.actuals):
        found.extend(_check_actual(index, actual, indicators))
    reported = {(a.indicator, a.year) for a in actuals_file.actuals}
    found += _missing_baselines(targets_file.targets, indicators, reported)
    return found


def cross_check(targets_file: TargetsFile, actuals_file: ActualsFile) -> list[Finding]:
    """Every rule that relates entries to each other, all problems at once."""
    return [
        *check_targets_file(targets_file),
        *check_actuals_file(actuals_file),
        *check_links(targets_file, actuals_file),
    ]


class Dataset(NamedTuple):
    """A validated dataset with the lookups scoring needs, built once."""

    info: DatasetInfo
    sources: dict[str, Source]
    areas: list[Area]
    indicators: dict[str, Indicator]
    targets: list[Target]
    actuals: dict[tuple[str, int], Actual]

    @classmethod
    def from_files(cls, targets_file: TargetsFile, actuals_file: ActualsFile) -> Dataset:
        """Index the two files; call only once `cross_check` has found no errors."""
        return cls(
            info=targets_file.dataset,
            sources={s.file: s for s in targets_file.sources},
            areas=list(targets_file.areas),
            indicators={i.id: i for i in targets_file.indicators},
            targets=list(targets_file.targets),
            actuals={(a.indicator, a.year): a for a in actuals_file.actuals},
        )

    def target_years(self) -> list[int]:
        return sorted({t.year for t in self.targets})

    def actual_years(self) -> list[int]:
        return sorted({year for _, year in self.actuals})
