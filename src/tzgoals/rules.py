"""The rules between entries: what a target or an actual refers to, duplicates, units, scope.

A single entry's validity lives on its model (`tzgoals.models`); these rules relate entries to
each other and return every problem as a `Finding`, a value, so that a file is reported in
full rather than one error at a time. `check_targets_file` and `check_actuals_file` need only
their own file, so a file is still checked when the other cannot be read; `check_links` needs
both.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, NamedTuple

from tzgoals.comparators import OUTCOME_COMPARATORS, direction_is_implicit
from tzgoals.lookalikes import Difference
from tzgoals.models import (
    Actual,
    ActualsFile,
    Area,
    Indicator,
    Target,
    TargetsFile,
    may_be_negative,
)
from tzgoals.spelling import did_you_mean
from tzgoals.units import PERCENT, compatible
from tzgoals.vocabulary import Comparator, Section


class Finding(NamedTuple):
    """One problem, located by section and entry position so the loader can name a line.

    `entry` counts from 0 in its section. `first` is, for a duplicate, the position of the entry
    it repeats, so that the loader can name that line too ("first at line N") and a writer can
    tell a clash with the file from one within a batch. `hints` are the look-alike characters
    that part a refused quote from its closest passage, which the renderer names in words.
    """

    section: Section
    entry: int
    message: str
    severity: Literal["error", "warning"] = "error"
    key: str | None = None
    first: int | None = None
    hints: tuple[Difference, ...] = ()


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
                    f"duplicate {what} {key!r}",
                    first=first,
                )
            )
    return found


def _negative(section: Section, index: int, entry: Target | Actual) -> list[Finding]:
    """A count or an amount below zero; see `may_be_negative` for which units may be."""
    value = entry.value
    value_max = entry.value_max if isinstance(entry, Target) else None
    # Most figures are not below zero and need no look at their unit: at 100,000 goals this
    # rule runs 200,000 times.
    below = (isinstance(value, Decimal) and value < 0) or (value_max is not None and value_max < 0)
    if not below:
        return []
    if entry.unit is None or may_be_negative(entry.unit):
        return []
    figures = [("value", value), ("value_max", value_max)]
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


def _target_unit_problem(target: Target, indicator: Indicator) -> tuple[str, str] | None:
    """(key, message) when the target's kind or unit does not fit its indicator's unit."""
    if target.comparator in OUTCOME_COMPARATORS:
        if indicator.unit is None:
            return None
        return "comparator", (
            f"a {target.comparator} target needs an indicator without a unit, "
            f"but {indicator.id!r} is measured in {indicator.unit}"
        )
    assert target.unit is not None  # guaranteed by Target's own validation
    if indicator.unit is None:
        return "unit", (
            f"indicator {indicator.id!r} has no unit, so it takes a milestone or "
            "qualitative target, not a figure"
        )
    if target.comparator is Comparator.PP_CHANGE:
        if indicator.unit == PERCENT:
            return None
        return "unit", (
            f"a percentage-point change needs an indicator in %, "
            f"but {indicator.id!r} is in {indicator.unit}"
        )
    if compatible(target.unit, indicator.unit):
        return None
    return "unit", (
        f"unit {target.unit!r} does not fit indicator {indicator.id!r}, "
        f"measured in {indicator.unit!r}"
    )


def _check_target(
    index: int, target: Target, indicators: dict[str, Indicator], areas: set[tuple[int, str]]
) -> list[Finding]:
    found = []
    if (target.year, target.area) not in areas:
        year_areas = [area for year, area in areas if year == target.year]
        message = f"unknown area {target.area!r} for {target.year}"
        message += did_you_mean(target.area, year_areas)
        found.append(Finding(Section.TARGETS, index, message, key="area"))
    indicator = indicators.get(target.indicator)
    if indicator is None:
        message = (
            f"unknown indicator {target.indicator!r}: no [[indicators]] entry has this id"
            f"{did_you_mean(target.indicator, indicators)}"
        )
        return [*found, Finding(Section.TARGETS, index, message, key="indicator")]
    problem = _target_unit_problem(target, indicator)
    if problem is not None:
        key, message = problem
        found.append(Finding(Section.TARGETS, index, message, key=key))
    return found


def _check_actual(index: int, actual: Actual, indicators: dict[str, Indicator]) -> list[Finding]:
    indicator = indicators.get(actual.indicator)
    if indicator is None:
        return [
            Finding(
                Section.ACTUALS,
                index,
                f"unknown indicator {actual.indicator!r}: no [[indicators]] entry in the "
                f"targets file has this id{did_you_mean(actual.indicator, indicators)}",
                key="indicator",
            )
        ]
    if indicator.unit is None and not isinstance(actual.value, bool):
        return [
            Finding(
                Section.ACTUALS,
                index,
                f"indicator {indicator.id!r} is a yes/no outcome: write value = true or false",
                key="value",
            )
        ]
    if indicator.unit is not None:
        if actual.unit is None:
            return [
                Finding(
                    Section.ACTUALS,
                    index,
                    f"indicator {indicator.id!r} is measured in {indicator.unit}: "
                    "give a number and its unit",
                    key="value",
                )
            ]
        if not compatible(actual.unit, indicator.unit):
            return [
                Finding(
                    Section.ACTUALS,
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
            found.append(Finding(Section.INDICATORS, index, problem, key="part_of"))
    return found


def _implicit_directions(targets: list[Target], indicators: dict[str, Indicator]) -> list[Finding]:
    """An `about` (左右) target whose good side nobody stated: read as a floor, with a warning."""
    found = []
    for index, target in enumerate(targets):
        if target.comparator is not Comparator.ABOUT:
            continue
        indicator = indicators.get(target.indicator)
        if indicator is None or not direction_is_implicit(
            target.comparator, target.direction, indicator.polarity
        ):
            continue
        found.append(
            Finding(
                Section.TARGETS,
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
        *_duplicates(Section.SOURCES, [s.file for s in targets_file.sources], "source"),
        *_duplicates(
            Section.AREAS, [(a.year, a.id) for a in targets_file.areas], "area (year, id)"
        ),
        *_duplicates(Section.INDICATORS, [i.id for i in targets_file.indicators], "indicator id"),
        *_duplicates(Section.TARGETS, [t.id for t in targets_file.targets], "target id"),
    ]
    sources = {s.file for s in targets_file.sources}
    indicators = {i.id: i for i in targets_file.indicators}
    areas = {(a.year, a.id) for a in targets_file.areas}
    found += _unlisted_sources(sources, Section.AREAS, targets_file.areas)
    found += _unlisted_sources(sources, Section.TARGETS, targets_file.targets)
    found += _scope_findings(targets_file.indicators)
    found += _implicit_directions(targets_file.targets, indicators)
    for index, target in enumerate(targets_file.targets):
        found.extend(_check_target(index, target, indicators, areas))
        found.extend(_negative(Section.TARGETS, index, target))
    return found


def check_actuals_file(actuals_file: ActualsFile) -> list[Finding]:
    """The rules within actuals.toml alone: one result per indicator and year (and one
    year-to-date figure per month of it), no negative count."""
    found = _duplicates(
        Section.ACTUALS,
        [_actual_key(a) for a in actuals_file.actuals],
        "actual for (indicator, year)",
    )
    for index, actual in enumerate(actuals_file.actuals):
        found.extend(_negative(Section.ACTUALS, index, actual))
    return found


def _actual_key(actual: Actual) -> tuple[str, int] | tuple[str, int, int]:
    """What makes an actual one of a kind: its indicator and year, and for a year-to-date
    figure its month too, so that 1-9月 sits beside 上半年 and the whole year's result. A
    whole year's key stays the pair, so that a refusal names it as before."""
    if actual.through_month is None:
        return (actual.indicator, actual.year)
    return (actual.indicator, actual.year, actual.through_month)


def _missing_baselines(
    targets: list[Target], indicators: dict[str, Indicator], reported: set[tuple[str, int]]
) -> list[Finding]:
    """A warning, not an error: the target is valid, it just cannot be scored until that
    year's result is recorded. Targets already in error (indicator unknown or not in %) are
    left to that error."""
    found = []
    for index, target in enumerate(targets):
        if target.comparator is not Comparator.PP_CHANGE:
            continue
        indicator = indicators.get(target.indicator)
        if (
            indicator is None
            or indicator.unit != PERCENT
            or (target.indicator, target.year - 1) in reported
        ):
            continue
        found.append(
            Finding(
                Section.TARGETS,
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
    found = _unlisted_sources(sources, Section.ACTUALS, actuals_file.actuals)
    for index, actual in enumerate(actuals_file.actuals):
        found.extend(_check_actual(index, actual, indicators))
    reported = {(a.indicator, a.year) for a in actuals_file.actuals if a.through_month is None}
    found += _missing_baselines(targets_file.targets, indicators, reported)
    return found


def cross_check(targets_file: TargetsFile, actuals_file: ActualsFile) -> list[Finding]:
    """Every rule that relates entries to each other, all problems at once."""
    return [
        *check_targets_file(targets_file),
        *check_actuals_file(actuals_file),
        *check_links(targets_file, actuals_file),
    ]
