"""The rules between entries: what a target or an actual refers to, duplicates, units, scope.

A single entry's validity lives on its model (`tzgoals.models`); these rules relate entries to
each other and return every problem as a `Finding`, a value, so that a file is reported in
full rather than one error at a time. `check_targets_file` and `check_actuals_file` need only
their own file, so a file is still checked when the other cannot be read; `check_links` needs
both.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from tzgoals.comparators import OUTCOME_COMPARATORS, direction_is_implicit
from tzgoals.dates import figure_date
from tzgoals.findings import Finding, finding
from tzgoals.models import (
    Actual,
    ActualsFile,
    Area,
    Indicator,
    Target,
    TargetsFile,
    may_be_negative,
)
from tzgoals.problem_codes import Params, ProblemCode, params
from tzgoals.spelling import closest
from tzgoals.units import PERCENT, compatible
from tzgoals.vocabulary import Comparator, Section

__all__ = ["Finding", "check_actuals_file", "check_links", "check_targets_file", "cross_check"]


def _closest(word: str, known: Iterable[str]) -> str | None:
    """The known id a mistyped one most looks like, for a "did you mean"."""
    found = closest(word, known)
    return found[0] if found else None


def _duplicates(section: Section, keys: list[Any], what: str) -> list[Finding]:
    """Each repeated key; `what` names the kind of key ("target", "area") in the catalogue."""
    if len(set(keys)) == len(keys):  # none repeated, as is usual: no need to look at each
        return []
    seen: dict[Any, int] = {}
    found = []
    for index, key in enumerate(keys):
        first = seen.setdefault(key, index)
        if first != index:
            found.append(
                finding(
                    section,
                    index,
                    ProblemCode.DUPLICATE,
                    None,
                    first,
                    what_kind=what,
                    repeated=repr(key),
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
        finding(
            section, index, ProblemCode.NEGATIVE_COUNT, key, key=key, figure=figure, unit=entry.unit
        )
        for key, figure in figures
        if isinstance(figure, Decimal) and figure < 0
    ]


def _target_unit_problem(index: int, target: Target, indicator: Indicator) -> Finding | None:
    """When the target's kind or unit does not fit its indicator's unit."""
    at = (Section.TARGETS, index)
    if target.comparator in OUTCOME_COMPARATORS:
        if indicator.unit is None:
            return None
        return finding(
            *at,
            ProblemCode.OUTCOME_INDICATOR_HAS_UNIT,
            "comparator",
            comparator=target.comparator.value,
            indicator=indicator.id,
            unit=indicator.unit,
        )
    assert target.unit is not None  # guaranteed by Target's own validation
    if indicator.unit is None:
        return finding(*at, ProblemCode.INDICATOR_HAS_NO_UNIT, "unit", indicator=indicator.id)
    if target.comparator is Comparator.PP_CHANGE:
        if indicator.unit == PERCENT:
            return None
        return finding(
            *at,
            ProblemCode.PP_CHANGE_NEEDS_PERCENT,
            "unit",
            indicator=indicator.id,
            unit=indicator.unit,
        )
    if compatible(target.unit, indicator.unit):
        return None
    return finding(
        *at,
        ProblemCode.UNIT_DOES_NOT_FIT,
        "unit",
        unit=target.unit,
        indicator=indicator.id,
        indicator_unit=indicator.unit,
    )


def _check_target(
    index: int, target: Target, indicators: dict[str, Indicator], areas: set[tuple[int, str]]
) -> list[Finding]:
    found = []
    if (target.year, target.area) not in areas:
        found.append(
            finding(
                Section.TARGETS,
                index,
                ProblemCode.UNKNOWN_AREA,
                "area",
                area=target.area,
                year=target.year,
                suggestion=_closest(target.area, [a for y, a in areas if y == target.year]),
            )
        )
    indicator = indicators.get(target.indicator)
    if indicator is None:
        unknown = finding(
            Section.TARGETS,
            index,
            ProblemCode.UNKNOWN_INDICATOR,
            "indicator",
            indicator=target.indicator,
            suggestion=_closest(target.indicator, indicators),
        )
        return [*found, unknown]
    problem = _target_unit_problem(index, target, indicator)
    if problem is not None:
        found.append(problem)
    return found


def _check_actual(index: int, actual: Actual, indicators: dict[str, Indicator]) -> list[Finding]:
    at = (Section.ACTUALS, index)
    indicator = indicators.get(actual.indicator)
    if indicator is None:
        code = ProblemCode.UNKNOWN_INDICATOR_OF_RESULT
        suggestion = _closest(actual.indicator, indicators)
        return [finding(*at, code, "indicator", indicator=actual.indicator, suggestion=suggestion)]
    if indicator.unit is None and not isinstance(actual.value, bool):
        return [finding(*at, ProblemCode.YES_NO_RESULT_EXPECTED, "value", indicator=indicator.id)]
    if indicator.unit is not None:
        if actual.unit is None:
            code = ProblemCode.NUMBER_AND_UNIT_EXPECTED
            return [finding(*at, code, "value", indicator=indicator.id, unit=indicator.unit)]
        if not compatible(actual.unit, indicator.unit):
            return [
                finding(
                    *at,
                    ProblemCode.UNIT_DOES_NOT_FIT,
                    "unit",
                    unit=actual.unit,
                    indicator=indicator.id,
                    indicator_unit=indicator.unit,
                )
            ]
    return []


def _unlisted_sources(
    sources: set[str], section: Section, entries: list[Area] | list[Target] | list[Actual]
) -> list[Finding]:
    """Without any [[sources]] listed there is nothing to check a `source` against."""
    if not sources or sources.issuperset(map(operator.attrgetter("source"), entries)):
        return []
    return [
        finding(section, index, ProblemCode.SOURCE_NOT_LISTED, "source", source=entry.source)
        for index, entry in enumerate(entries)
        if entry.source not in sources
    ]


def _part_of_problem(
    indicator: Indicator, indicators: dict[str, Indicator]
) -> tuple[ProblemCode, Params] | None:
    """Why `part_of` cannot bound one figure by another, or None when it can."""
    wider_id = indicator.part_of
    assert wider_id is not None
    wider = indicators.get(wider_id)
    if wider is None:
        return ProblemCode.PART_OF_UNKNOWN, params(whole=wider_id)
    chain = [indicator.id]
    while wider is not None and wider.id not in chain:
        chain.append(wider.id)
        wider = indicators.get(wider.part_of) if wider.part_of else None
    if wider is not None:
        return ProblemCode.PART_OF_LOOP, params(chain=" → ".join([*chain, wider.id]))
    whole = indicators[wider_id]
    for unit in (indicator.unit, whole.unit):
        if unit is None or may_be_negative(unit):
            return ProblemCode.PART_OF_NOT_A_COUNT, params(
                indicator=indicator.id,
                whole=whole.id,
                measure_kind="none" if unit is None else "unit",
                unit_shown=unit,
            )
    assert indicator.unit is not None and whole.unit is not None
    if not compatible(indicator.unit, whole.unit):
        return ProblemCode.PART_OF_UNIT_MISMATCH, params(
            whole=whole.id, whole_unit=whole.unit, unit=indicator.unit
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
            code, values = problem
            found.append(Finding(Section.INDICATORS, index, code, values, key="part_of"))
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
            finding(
                Section.TARGETS,
                index,
                ProblemCode.ABOUT_WITHOUT_SIDE,
                "comparator",
                target=target.id,
                indicator=indicator.id,
            )
        )
    return found


def source_dates(targets_file: TargetsFile) -> dict[str, str]:
    """Each source's date of publication, as its entry gives it."""
    return {s.file: s.published for s in targets_file.sources}


def check_targets_file(targets_file: TargetsFile) -> list[Finding]:
    """The rules within targets.toml: duplicates, and what each target and area refers to."""
    found = [
        *_duplicates(Section.SOURCES, [s.file for s in targets_file.sources], "source"),
        *_duplicates(Section.AREAS, [(a.year, a.id) for a in targets_file.areas], "area"),
        *_duplicates(Section.INDICATORS, [i.id for i in targets_file.indicators], "indicator"),
        *_duplicates(Section.TARGETS, [t.id for t in targets_file.targets], "target"),
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


def _same_release(actuals: list[Actual], published: Mapping[str, str] | None) -> list[Finding]:
    """Two figures for one indicator and year (and, for a year-to-date figure, month) published
    on the same date: neither can be told to be the later, so the second is a duplicate. A
    figure's date is its `as_of`, else its source's date (`published`); without the sources,
    the source itself stands for its date."""
    seen: dict[tuple[object, str], int] = {}
    found = []
    # Each source's date as a figure's, found once: at scale a source serves many figures.
    dates = {file: figure_date(None, date) for file, date in (published or {}).items()}
    for index, actual in enumerate(actuals):
        if published is None:
            when = actual.as_of or f"source {actual.source}"
        else:
            when = actual.as_of or dates.get(actual.source, "")
        month = actual.through_month  # `_actual_key`, written out: it runs once a result
        kind = (actual.indicator, actual.year) if month is None else _actual_key(actual)
        first = seen.setdefault((kind, when), index)
        if first != index:
            key = repr(kind)
            dated = {"release_kind": "date", "date": when} if when[:7] != "source " else {}
            found.append(
                finding(
                    Section.ACTUALS,
                    index,
                    ProblemCode.DUPLICATE,
                    None,
                    first,
                    what_kind="actual",
                    repeated=key,
                    **(dated if when else {}),
                )
            )
    return found


def check_actuals_file(
    actuals_file: ActualsFile, published: Mapping[str, str] | None = None
) -> list[Finding]:
    """The rules within actuals.toml: one figure per indicator, year, month (of a year-to-date
    figure) and date of publication (`published` gives each source's date, when targets.toml
    could be read), no negative count."""
    found = _same_release(actuals_file.actuals, published)
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
            finding(
                Section.TARGETS,
                index,
                ProblemCode.NO_BASELINE,
                target=target.id,
                indicator=target.indicator,
                year=target.year - 1,
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
        *check_actuals_file(actuals_file, source_dates(targets_file)),
        *check_links(targets_file, actuals_file),
    ]
