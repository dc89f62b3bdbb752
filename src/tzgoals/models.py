"""The data model: sources, areas, indicators, targets and actuals, and the rules they obey.

Validation of a single entry lives on its model; rules that relate entries to each other
(unknown indicator, incompatible unit, duplicates) live in `cross_check`, which returns every
problem as a value so that a file can be reported in full rather than one error at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from tzgoals.units import PERCENT, compatible, is_percentage_point
from tzgoals.vocabulary import Comparator, Polarity

# Figures beyond this are typing accidents (1e400), not statistics; a nation's yearly output
# counted in single yuan is still below 10^15.
LARGEST_PLAUSIBLE = Decimal(10) ** 18
EARLIEST_YEAR = 1900
LATEST_YEAR = 2200


def _as_decimal(value: object) -> object:
    """Reject text and booleans where a figure belongs; TOML floats arrive as Decimal already."""
    if isinstance(value, bool):
        raise ValueError("expected a number, found true/false")
    if isinstance(value, str):
        raise ValueError(
            f"expected a number, found the text {value!r}: write the bare number, "
            "without quotes, and the unit in `unit`"
        )
    if isinstance(value, float):
        value = Decimal(repr(value))
    elif isinstance(value, int):
        value = Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"expected a finite number, found {value}")
        _plausible(value)
    return value


def _as_decimal_or_bool(value: object) -> object:
    if isinstance(value, bool):
        return value
    return _as_decimal(value)


def _plausible(value: Decimal) -> Decimal:
    if abs(value) >= LARGEST_PLAUSIBLE:
        raise ValueError(f"the number {value} is implausibly large; check it against the source")
    return value


Number = Annotated[Decimal, BeforeValidator(_as_decimal), Field(allow_inf_nan=False)]
Figure = Annotated[Decimal | bool, BeforeValidator(_as_decimal_or_bool), Field(allow_inf_nan=False)]
Text = Annotated[str, Field(min_length=1)]
Year = Annotated[int, Field(ge=EARLIEST_YEAR, le=LATEST_YEAR, strict=True)]


#: Comparators scored on a figure; the others are scored on a yes/no outcome.
NUMERIC_COMPARATORS = frozenset(
    {
        Comparator.AT_LEAST,
        Comparator.MORE_THAN,
        Comparator.AT_MOST,
        Comparator.LESS_THAN,
        Comparator.BETWEEN,
        Comparator.ABOUT,
        Comparator.PP_CHANGE,
    }
)
OUTCOME_COMPARATORS = frozenset({Comparator.MILESTONE, Comparator.QUALITATIVE})


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


class Source(Entry):
    file: Text
    title: Text
    title_en: str = ""
    published: str = ""


class Area(Quoted):
    id: Text
    year: Year
    title: Text
    title_en: str = ""


class Indicator(Entry):
    """A measure that stays the same across years. No unit: a milestone or a qualitative goal."""

    id: Text
    name: Text
    name_en: str = ""
    unit: Text | None = None
    polarity: Polarity = Polarity.HIGHER


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
    name: Text
    name_en: str = ""
    note: str = ""

    @model_validator(mode="after")
    def _fits_comparator(self) -> Self:
        if self.comparator in OUTCOME_COMPARATORS:
            extra = [
                f
                for f in ("value", "value_max", "tolerance", "unit")
                if getattr(self, f) is not None
            ]
            if extra:
                raise ValueError(
                    f"a {self.comparator} target takes no {', '.join(extra)}: "
                    "it is met or not from a quoted result"
                )
            return self
        if self.value is None or self.unit is None:
            raise ValueError(f"a {self.comparator} target needs both `value` and `unit`")
        if self.comparator is Comparator.ABOUT:
            if self.tolerance is None or self.tolerance < 0:
                raise ValueError("an `about` target needs `tolerance`, a number of 0 or more")
        elif self.tolerance is not None:
            raise ValueError("`tolerance` belongs only to an `about` target")
        if self.comparator is Comparator.BETWEEN:
            if self.value_max is None or self.value_max < self.value:
                raise ValueError("a `between` target needs `value_max`, at least `value`")
        elif self.value_max is not None:
            raise ValueError("`value_max` belongs only to a `between` target")
        if (self.comparator is Comparator.PP_CHANGE) != is_percentage_point(self.unit):
            raise ValueError(
                "a pp_change target is in percentage points (unit 个百分点 or pp), "
                "and only a pp_change target is"
            )
        return self


class Actual(Quoted):
    """A result as reported, with the source's qualifiers kept as flags."""

    indicator: Text
    year: Year
    value: Figure
    unit: Text | None = None
    estimate: bool = False
    lower_bound: bool = False
    approximate: bool = False
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


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, located by section and entry position so the loader can name a line."""

    section: Section
    index: int
    message: str
    severity: Literal["error", "warning"] = "error"
    key: str | None = None


def _duplicates(section: Section, keys: list[Any], what: str) -> list[Finding]:
    seen: dict[Any, int] = {}
    found = []
    for index, key in enumerate(keys):
        if key in seen:
            found.append(
                Finding(
                    section, index, f"duplicate {what} {key!r} (first at entry {seen[key] + 1})"
                )
            )
        else:
            seen[key] = index
    return found


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
            Finding("targets", index, f"unknown indicator {target.indicator!r}", key="indicator"),
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
            Finding("actuals", index, f"unknown indicator {actual.indicator!r}", key="indicator")
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


def cross_check(targets_file: TargetsFile, actuals_file: ActualsFile) -> list[Finding]:
    """Every rule that relates entries to each other, all problems at once."""
    found = [
        *_duplicates("sources", [s.file for s in targets_file.sources], "source"),
        *_duplicates("areas", [(a.year, a.id) for a in targets_file.areas], "area (year, id)"),
        *_duplicates("indicators", [i.id for i in targets_file.indicators], "indicator id"),
        *_duplicates("targets", [t.id for t in targets_file.targets], "target id"),
        *_duplicates(
            "actuals",
            [(a.indicator, a.year) for a in actuals_file.actuals],
            "actual for (indicator, year)",
        ),
    ]
    sources = {s.file for s in targets_file.sources}
    indicators = {i.id: i for i in targets_file.indicators}
    areas = {(a.year, a.id) for a in targets_file.areas}
    quoted: list[tuple[Section, list[Area] | list[Target] | list[Actual]]] = [
        ("areas", targets_file.areas),
        ("targets", targets_file.targets),
        ("actuals", actuals_file.actuals),
    ]
    if sources:
        for section, entries in quoted:
            for index, entry in enumerate(entries):
                if entry.source not in sources:
                    found.append(
                        Finding(
                            section,
                            index,
                            f"source {entry.source!r} is not listed under [[sources]]",
                            key="source",
                        )
                    )
    for index, target in enumerate(targets_file.targets):
        found.extend(_check_target(index, target, indicators, areas))
    for index, actual in enumerate(actuals_file.actuals):
        found.extend(_check_actual(index, actual, indicators))
    return found


@dataclass(frozen=True, slots=True)
class Dataset:
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
