"""Scoring: a target and what the sources reported become met, missed or unreported.

Pure functions only: models in, results out. A goal is `unreported` whenever the sources give
nothing that measures it: silence is a finding, never a failure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, localcontext
from typing import NamedTuple

from tzgoals.models import Actual, Area, Dataset, Indicator, Target
from tzgoals.units import convert
from tzgoals.vocabulary import Comparator, Flag, Polarity, Status

ATTAINMENT_PLACES = Decimal("0.0001")


SYMBOLS = {
    Comparator.AT_LEAST: "≥",
    Comparator.MORE_THAN: ">",
    Comparator.AT_MOST: "≤",
    Comparator.LESS_THAN: "<",
}
NEGATED = {"≥": "<", ">": "≤", "≤": ">", "<": "≥"}


class GoalResult(NamedTuple):
    """One target's verdict and the arithmetic behind it.

    `compared` is the figure set against the target, in the target's unit: the actual level,
    or for a percentage-point target the change since the baseline year.
    """

    target: Target
    indicator: Indicator
    status: Status
    reason: str
    actual: Actual | None = None
    baseline: Actual | None = None
    compared: Decimal | bool | None = None
    attainment: Decimal | None = None
    gap: Decimal | None = None
    flags: tuple[Flag, ...] = ()

    @property
    def reported(self) -> bool:
        """Whether the sources gave any result for this goal's indicator and year."""
        return self.actual is not None


def fmt(value: Decimal) -> str:
    """A figure as plain text, without exponent or trailing zeros (13800, not 1.38E+4)."""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", ""} else text


def signed(value: Decimal) -> str:
    """A change as text with its sign: +0.5, -3."""
    text = fmt(value)
    return text if text.startswith("-") else f"+{text}"


def flags_of(*actuals: Actual | None) -> tuple[Flag, ...]:
    """The qualifiers the sources put on these figures, each once, in a fixed order."""
    found = []
    for actual in actuals:
        if actual is None:
            continue
        if actual.estimate:
            found.append(Flag.ESTIMATE)
        if actual.lower_bound:
            found.append(Flag.LOWER_BOUND)
        if actual.approximate:
            found.append(Flag.APPROXIMATE)
    return tuple(dict.fromkeys(found))


def _ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    """part ÷ whole to 4 places; the precision grows with the ratio so that quantize never fails."""
    if whole == 0:
        return None
    with localcontext() as context:
        context.prec = 28
        ratio = part / whole
        context.prec = max(28, ratio.adjusted() + 8)
        return ratio.quantize(ATTAINMENT_PLACES)


def _qualify(reason: str, flags: tuple[Flag, ...], status: Status) -> str:
    notes = []
    if Flag.ESTIMATE in flags:
        notes.append("estimate")
    if Flag.LOWER_BOUND in flags:
        notes.append(
            "lower bound: the true figure may be higher"
            if status is Status.MISSED
            else "lower bound"
        )
    if Flag.APPROXIMATE in flags:
        notes.append("approximate")
    return f"{reason} ({'; '.join(notes)})" if notes else reason


def _verdict(
    target: Target,
    indicator: Indicator,
    met: bool,
    reason: str,
    actual: Actual,
    baseline: Actual | None = None,
    *,
    compared: Decimal | bool,
    attainment: Decimal | None = None,
    gap: Decimal | None = None,
) -> GoalResult:
    """A met or missed result, its reason qualified by the flags of the figures behind it."""
    status = Status.MET if met else Status.MISSED
    flags = flags_of(actual, baseline)
    return GoalResult(
        target=target,
        indicator=indicator,
        status=status,
        reason=_qualify(reason, flags, status),
        actual=actual,
        baseline=baseline,
        compared=compared,
        attainment=attainment,
        gap=gap,
        flags=flags,
    )


def _compare(comparator: Comparator, actual: Decimal, target: Decimal) -> bool:
    if comparator is Comparator.AT_LEAST:
        return actual >= target
    if comparator is Comparator.MORE_THAN:
        return actual > target
    if comparator is Comparator.AT_MOST:
        return actual <= target
    return actual < target


def _score_level(target: Target, indicator: Indicator, actual: Actual) -> GoalResult:
    """Targets on the level of a figure: at least, more than, at most, less than, between, about."""
    assert target.value is not None and target.unit is not None
    assert isinstance(actual.value, Decimal) and actual.unit is not None
    unit = target.unit
    compared = convert(actual.value, actual.unit, unit)
    shown = f"{fmt(compared)}{unit}"
    goal = target.value
    gap = compared - goal
    attainment = _ratio(compared, goal)
    if target.comparator is Comparator.BETWEEN:
        assert target.value_max is not None
        low, high = goal, target.value_max
        met = low <= compared <= high
        gap = (
            compared - low if compared < low else compared - high if compared > high else Decimal(0)
        )
        attainment = None
        band = f"{fmt(low)}–{fmt(high)}{unit}"
        reason = f"{shown} {'within' if met else 'outside'} {band}"
    elif target.comparator is Comparator.ABOUT:
        assert target.tolerance is not None
        tolerance = target.tolerance
        if indicator.polarity is Polarity.HIGHER:
            met = compared >= goal - tolerance
        else:
            met = compared <= goal + tolerance
        band = f"{fmt(goal)} ± {fmt(tolerance)}{unit}"
        better = "above" if indicator.polarity is Polarity.HIGHER else "below"
        reason = f"{shown} {'within or ' + better if met else 'outside and not ' + better} {band}"
    else:
        met = _compare(target.comparator, compared, goal)
        symbol = SYMBOLS[target.comparator]
        reason = f"{shown} {symbol if met else NEGATED[symbol]} {fmt(goal)}{unit}"
    return _verdict(
        target, indicator, met, reason, actual, compared=compared, attainment=attainment, gap=gap
    )


def _score_pp_change(
    target: Target, indicator: Indicator, actual: Actual, baseline: Actual | None
) -> GoalResult:
    """A change of a share in percentage points, against the previous year of the same indicator."""
    assert target.value is not None and isinstance(actual.value, Decimal)
    if baseline is None:
        return GoalResult(
            target=target,
            indicator=indicator,
            status=Status.UNREPORTED,
            reason=f"no baseline: no {target.year - 1} result for this indicator",
            actual=actual,
            flags=flags_of(actual),
        )
    assert isinstance(baseline.value, Decimal)
    assert actual.unit is not None and baseline.unit is not None
    indicator_unit = indicator.unit or actual.unit
    now = convert(actual.value, actual.unit, indicator_unit)
    before = convert(baseline.value, baseline.unit, indicator_unit)
    change = now - before
    required = target.value
    met = change >= required if indicator.polarity is Polarity.HIGHER else change <= required
    reason = (
        f"{fmt(before)}% → {fmt(now)}%: {signed(change)} pp, "
        f"{'meeting' if met else 'short of'} {signed(required)} pp"
    )
    return _verdict(
        target,
        indicator,
        met,
        reason,
        actual,
        baseline,
        compared=change,
        attainment=_ratio(change, required),
        gap=change - required,
    )


def _score_outcome(target: Target, indicator: Indicator, actual: Actual) -> GoalResult:
    """Milestones and qualitative goals: met or missed only as a quoted result says."""
    assert isinstance(actual.value, bool)
    if target.comparator is Comparator.MILESTONE:
        reason = "reported done" if actual.value else "reported not done"
    else:
        reason = "judged achieved in the source" if actual.value else "judged not achieved"
    return _verdict(target, indicator, actual.value, reason, actual, compared=actual.value)


def _unreported(target: Target, indicator: Indicator) -> GoalResult:
    if target.comparator is Comparator.QUALITATIVE:
        reason = f"no recorded judgement for {target.year}"
    elif target.comparator is Comparator.MILESTONE:
        reason = f"no {target.year} result says whether it was done"
    else:
        reason = f"no {target.year} result for this indicator"
    return GoalResult(target=target, indicator=indicator, status=Status.UNREPORTED, reason=reason)


def score_target(
    target: Target, indicator: Indicator, actual: Actual | None, baseline: Actual | None = None
) -> GoalResult:
    """Score one target from its year's actual (and, for a pp change, the year before's)."""
    if actual is None:
        return _unreported(target, indicator)
    if target.comparator is Comparator.PP_CHANGE:
        return _score_pp_change(target, indicator, actual, baseline)
    if target.comparator in (Comparator.MILESTONE, Comparator.QUALITATIVE):
        return _score_outcome(target, indicator, actual)
    return _score_level(target, indicator, actual)


def score_targets(
    targets: Iterable[Target],
    indicators: Mapping[str, Indicator],
    actuals: Mapping[tuple[str, int], Actual],
) -> Iterable[GoalResult]:
    """Score targets one by one, looking actuals up by (indicator, year) rather than searching."""
    for target in targets:
        yield score_target(
            target,
            indicators[target.indicator],
            actuals.get((target.indicator, target.year)),
            actuals.get((target.indicator, target.year - 1)),
        )


def score_year(dataset: Dataset, year: int) -> list[GoalResult]:
    return list(
        score_targets(
            (t for t in dataset.targets if t.year == year), dataset.indicators, dataset.actuals
        )
    )


class Tally(NamedTuple):
    """Counts of a group of goals; `reported` counts goals with any result, scored or not."""

    targets: int = 0
    met: int = 0
    missed: int = 0
    unreported: int = 0
    reported: int = 0

    def add(self, result: GoalResult) -> Tally:
        return Tally(
            targets=self.targets + 1,
            met=self.met + (result.status is Status.MET),
            missed=self.missed + (result.status is Status.MISSED),
            unreported=self.unreported + (result.status is Status.UNREPORTED),
            reported=self.reported + result.reported,
        )

    @property
    def reported_share(self) -> Decimal | None:
        return _ratio(Decimal(self.reported), Decimal(self.targets))


def tally(results: Iterable[GoalResult]) -> Tally:
    total = Tally()
    for result in results:
        total = total.add(result)
    return total


def tally_by_area(results: Iterable[GoalResult]) -> dict[str, Tally]:
    by_area: dict[str, Tally] = {}
    for result in results:
        area = result.target.area
        by_area[area] = by_area.get(area, Tally()).add(result)
    return by_area


class SelectionError(ValueError):
    """A year or area asked for that the dataset does not have."""


class Selection(NamedTuple):
    """The goals a user asked to see, and the areas they fall in, in the data's order."""

    year: int
    results: list[GoalResult]
    areas: list[Area]
    filtered: bool


def select_results(
    dataset: Dataset, year: int | None, areas: Sequence[str], statuses: Sequence[Status]
) -> Selection:
    """Score one year's targets and keep those in the given areas and statuses (all if empty)."""
    years = dataset.target_years()
    if not years:
        raise SelectionError("the dataset has no targets")
    chosen = years[-1] if year is None else year
    if chosen not in years:
        listed = ", ".join(map(str, years))
        raise SelectionError(f"no targets for {chosen}; years with targets: {listed}")
    year_areas = [a for a in dataset.areas if a.year == chosen]
    unknown = [a for a in areas if a not in {area.id for area in year_areas}]
    if unknown:
        known = ", ".join(a.id for a in year_areas)
        raise SelectionError(f"no area {', '.join(unknown)} in {chosen}; areas: {known}")
    results = [
        r
        for r in score_year(dataset, chosen)
        if (not areas or r.target.area in areas) and (not statuses or r.status in statuses)
    ]
    return Selection(
        year=chosen,
        results=results,
        areas=[a for a in year_areas if not areas or a.id in areas],
        filtered=bool(areas or statuses),
    )


class AreaSummary(NamedTuple):
    area_id: str
    area: Area | None
    tally: Tally


class Summary(NamedTuple):
    """Both sides of coverage: what was promised and not reported, what was reported unpromised."""

    year: int
    areas: list[AreaSummary]
    total: Tally
    without_target: list[Actual]


def summarise(dataset: Dataset, selection: Selection) -> Summary:
    """Per-area counts in the data's area order, and the year's results that had no target."""
    by_area = tally_by_area(selection.results)
    areas = [AreaSummary(a.id, a, by_area.pop(a.id, Tally())) for a in selection.areas]
    areas += [AreaSummary(area_id, None, counts) for area_id, counts in by_area.items()]
    targeted = {(t.indicator, t.year) for t in dataset.targets}
    without_target = [
        actual
        for key, actual in dataset.actuals.items()
        if actual.year == selection.year and key not in targeted
    ]
    return Summary(selection.year, areas, tally(selection.results), without_target)
