"""Year-over-year change: the same indicators' results, and the targets two years set.

Pure functions. A figure reported in only one of the two years is kept as a row of its own:
a figure that stops being reported is news, not noise.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from enum import StrEnum
from typing import NamedTuple

from tzgoals.comparators import ratio, resolve_direction, stricter
from tzgoals.models import Actual, Dataset, Indicator, Target
from tzgoals.refusal import Refusal
from tzgoals.units import ARITHMETIC, PERCENT, convert
from tzgoals.vocabulary import Polarity

PERCENT_PLACES = Decimal("0.01")


class Trend(StrEnum):
    """Which way an indicator moved, judged by its polarity."""

    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    #: A bound (超450) makes the sign of the change unknowable.
    UNCLEAR = "unclear"


class TargetChange(StrEnum):
    TIGHTENED = "tightened"
    LOOSENED = "loosened"
    UNCHANGED = "unchanged"
    CHANGED = "changed"
    ADDED = "added"
    DROPPED = "dropped"


class IndicatorChange(NamedTuple):
    """One indicator's results in two years, in the indicator's own unit."""

    indicator: Indicator
    from_year: int
    to_year: int
    before: Actual | None
    after: Actual | None
    from_value: Decimal | bool | None
    to_value: Decimal | bool | None
    change: Decimal | None = None
    change_pct: Decimal | None = None
    trend: Trend | None = None

    @property
    def in_both_years(self) -> bool:
        return self.before is not None and self.after is not None


def _level(actual: Actual | None, indicator: Indicator) -> Decimal | bool | None:
    if actual is None or isinstance(actual.value, bool):
        return None if actual is None else actual.value
    assert actual.unit is not None
    return convert(actual.value, actual.unit, indicator.unit or actual.unit)


def _trend(change: Decimal, polarity: Polarity, before: Actual, after: Actual) -> Trend:
    """Better or worse by the indicator's polarity; unclear when a lower bound could flip it.

    A lower bound (超X) means the true figure is X or more: an earlier lower bound can only
    make the rise smaller, a later one only larger.
    """
    could_be_lower = before.lower_bound  # the true change may be below the computed one
    could_be_higher = after.lower_bound  # the true change may be above the computed one
    if (
        (change > 0 and could_be_lower)
        or (change < 0 and could_be_higher)
        or (change == 0 and (could_be_lower or could_be_higher))
    ):
        return Trend.UNCLEAR
    if change == 0:
        return Trend.SAME
    rising = change > 0
    return Trend.BETTER if rising == (polarity is Polarity.HIGHER) else Trend.WORSE


def indicator_change(
    indicator: Indicator,
    from_year: int,
    to_year: int,
    before: Actual | None,
    after: Actual | None,
) -> IndicatorChange:
    """Change in percentage points for % indicators, and also as a relative % for the rest."""
    from_value, to_value = _level(before, indicator), _level(after, indicator)
    change = change_pct = trend = None
    if isinstance(from_value, Decimal) and isinstance(to_value, Decimal):
        assert before is not None and after is not None
        change = to_value - from_value
        if indicator.unit != PERCENT and from_value != 0:
            change_pct = ratio(change * 100, from_value, PERCENT_PLACES)
        trend = _trend(change, indicator.better, before, after)
    elif isinstance(from_value, bool) and isinstance(to_value, bool):
        trend = Trend.SAME if from_value == to_value else None
    return IndicatorChange(
        indicator, from_year, to_year, before, after, from_value, to_value,
        change, change_pct, trend,
    )  # fmt: skip


def diff_years(dataset: Dataset, from_year: int, to_year: int) -> list[IndicatorChange]:
    """Every indicator reported in either year, in the order indicators are listed."""
    changes = []
    with localcontext(ARITHMETIC):
        for indicator in dataset.indicators.values():
            before = dataset.actuals.get((indicator.id, from_year))
            after = dataset.actuals.get((indicator.id, to_year))
            if before is not None or after is not None:
                changes.append(indicator_change(indicator, from_year, to_year, before, after))
    return changes


class YearsError(Refusal):
    """Two years that cannot be compared: the same year twice, or a year without data."""


def diff_years_for(
    known: list[int], from_year: int | None, to_year: int | None, what: str
) -> tuple[int, int] | None:
    """The two years to compare among `known` (the years that have `what`, sorted).

    None given: the two latest. One given: it and the latest earlier year. None is returned
    when there is no earlier year to compare with; `YearsError` when a year has no data or
    both are the same, which would report every figure unchanged.
    """
    if from_year is not None and from_year == to_year:
        raise YearsError("years.same", year=from_year)
    for year in (from_year, to_year):
        if year is not None and year not in known:
            listed = ", ".join(map(str, known))
            raise YearsError(f"years.none_of.{what}", year=year, years=listed)
    if from_year is not None and to_year is not None:
        return from_year, to_year
    later = from_year if from_year is not None else (known[-1] if known else None)
    earlier = [year for year in known if later is not None and year < later]
    if later is None or not earlier:
        return None
    return earlier[-1], later


class YearChoice(NamedTuple):
    """The years `diff` compares, chosen among the `known` years that have `what`."""

    what: str
    known: list[int]
    years: tuple[int, int] | None


def years_to_compare(
    dataset: Dataset, from_year: int | None, to_year: int | None, of_targets: bool = False
) -> YearChoice:
    """The two years to compare: of results, or of targets when `of_targets`.

    `years` is None when there is no earlier year to compare with; `YearsError` when a year
    has no data or both are the same.
    """
    what = "targets" if of_targets else "results"
    known = dataset.target_years() if of_targets else dataset.actual_years()
    return YearChoice(what, known, diff_years_for(known, from_year, to_year, what))


class TargetPair(NamedTuple):
    """What one indicator's target became from one year's plan to the next."""

    indicator: Indicator
    before: Target | None
    after: Target | None
    change: TargetChange


def compare_targets(
    before: Target | None, after: Target | None, indicator: Indicator
) -> TargetChange:
    """Tightened or loosened when a target of the same kind moves; changed when its kind does."""
    if before is None:
        return TargetChange.ADDED
    if after is None:
        return TargetChange.DROPPED
    if before.comparator != after.comparator:
        return TargetChange.CHANGED
    if before.value is None or after.value is None or before.unit is None or after.unit is None:
        return TargetChange.UNCHANGED  # milestones and qualitative goals have no level
    old, new = convert(before.value, before.unit, after.unit), after.value
    if (old, before.value_max, before.tolerance) == (new, after.value_max, after.tolerance):
        return TargetChange.UNCHANGED
    side = resolve_direction(after.comparator, after.direction, indicator.polarity)
    if (before.value_max, before.tolerance, before.direction) != (
        after.value_max,
        after.tolerance,
        after.direction,
    ) or side is None:
        return TargetChange.CHANGED
    tighter = stricter(side, old, new)
    if tighter is None:
        return TargetChange.CHANGED
    return TargetChange.TIGHTENED if tighter else TargetChange.LOOSENED


def diff_targets(dataset: Dataset, from_year: int, to_year: int) -> list[TargetPair]:
    """Pairs the targets two years set on the same indicator (the first target of each)."""
    by_year: dict[int, dict[str, Target]] = {from_year: {}, to_year: {}}
    for target in dataset.targets:
        if target.year in by_year:
            by_year[target.year].setdefault(target.indicator, target)
    pairs = []
    with localcontext(ARITHMETIC):
        for indicator in dataset.indicators.values():
            before = by_year[from_year].get(indicator.id)
            after = by_year[to_year].get(indicator.id)
            if before is not None or after is not None:
                change = compare_targets(before, after, indicator)
                pairs.append(TargetPair(indicator, before, after, change))
    return pairs
