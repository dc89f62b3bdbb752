"""Year-over-year arithmetic: pp for shares, relative % for levels, polarity, bounds."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tzgoals.change import (
    TargetChange,
    Trend,
    YearsError,
    compare_targets,
    diff_years_for,
    indicator_change,
)
from tzgoals.models import Actual, Indicator, Target
from tzgoals.vocabulary import Comparator, Polarity


def indicator(unit: str | None, polarity: Polarity = Polarity.HIGHER) -> Indicator:
    return Indicator(id="x", name="x", unit=unit, polarity=polarity)


def actual(year: int, value: str | bool, unit: str | None, lower_bound: bool = False) -> Actual:
    figure: Decimal | bool = value if isinstance(value, bool) else Decimal(value)
    return Actual(
        indicator="x", year=year, value=figure, unit=unit, lower_bound=lower_bound,
        name="x", source="s", quote="q",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("unit", "polarity", "before", "after", "change", "change_pct", "trend"),
    [
        # A share changes in percentage points, never as a relative %.
        ("%", Polarity.HIGHER, "42", "55.1", "13.1", None, Trend.BETTER),
        ("%", Polarity.LOWER, "5.2", "4.8", "-0.4", None, Trend.BETTER),
        ("%", Polarity.LOWER, "4.8", "5.2", "0.4", None, Trend.WORSE),
        # Counts and amounts: absolute change and relative %.
        ("个", Polarity.HIGHER, "19", "27", "8", "42.11", Trend.BETTER),
        ("个", Polarity.HIGHER, "52", "52", "0", "0.00", Trend.SAME),
        ("亿元", Polarity.HIGHER, "450", "391", "-59", "-13.11", Trend.WORSE),
        ("个", Polarity.LOWER, "10", "8", "-2", "-20.00", Trend.BETTER),
    ],
)
def test_change_between_two_years(
    unit: str,
    polarity: Polarity,
    before: str,
    after: str,
    change: str,
    change_pct: str | None,
    trend: Trend,
) -> None:
    result = indicator_change(
        indicator(unit, polarity), 2022, 2023, actual(2022, before, unit), actual(2023, after, unit)
    )
    assert result.change == Decimal(change)
    assert result.change_pct == (None if change_pct is None else Decimal(change_pct))
    assert result.trend is trend


def test_magnitudes_are_normalised_to_the_indicators_unit() -> None:
    result = indicator_change(
        indicator("人"), 2022, 2023, actual(2022, "12000", "人"), actual(2023, "1.38", "万人")
    )
    assert (result.from_value, result.to_value, result.change) == (12000, 13800, 1800)
    assert result.change_pct == Decimal("15.00")


@pytest.mark.parametrize(
    ("before", "before_bound", "after", "after_bound", "trend"),
    [
        # 超450 → 391: the true start is higher still, so the fall is certain.
        ("450", True, "391", False, Trend.WORSE),
        # 超450 → 500: the true start may be above 500.
        ("450", True, "500", False, Trend.UNCLEAR),
        # 400 → 超380: the true end may be above 400.
        ("400", False, "380", True, Trend.UNCLEAR),
        # 400 → 超420: the rise is at least 20.
        ("400", False, "420", True, Trend.BETTER),
        ("400", True, "400", False, Trend.UNCLEAR),
    ],
)
def test_lower_bounds_make_a_direction_unclear_only_when_they_could_flip_it(
    before: str, before_bound: bool, after: str, after_bound: bool, trend: Trend
) -> None:
    result = indicator_change(
        indicator("亿元"),
        2022,
        2023,
        actual(2022, before, "亿元", before_bound),
        actual(2023, after, "亿元", after_bound),
    )
    assert result.trend is trend


def test_one_year_only_has_no_change() -> None:
    result = indicator_change(indicator("个"), 2022, 2023, actual(2022, "17", "个"), None)
    assert (result.from_value, result.to_value) == (17, None)
    assert (result.change, result.change_pct, result.trend) == (None, None, None)
    assert not result.in_both_years


def test_yes_no_results_are_compared_without_arithmetic() -> None:
    result = indicator_change(
        indicator(None), 2022, 2023, actual(2022, True, None), actual(2023, True, None)
    )
    assert (result.change, result.trend) == (None, Trend.SAME)


def target(
    year: int,
    comparator: Comparator,
    value: str | None,
    unit: str | None,
    **extra: object,
) -> Target:
    """A target of `year`; the pairs below are 2022 → 2023."""
    return Target.model_validate(
        {
            "id": f"t{year}", "indicator": "x", "year": year, "area": "a",
            "comparator": comparator, "value": None if value is None else Decimal(value),
            "unit": unit, "name": "x", "source": "s", "quote": "q", **extra,
        }
    )  # fmt: skip


ABOUT = Comparator.ABOUT


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (target(2022, Comparator.AT_LEAST, "6", "%"), target(2023, Comparator.AT_LEAST, "6.5", "%"),
         TargetChange.TIGHTENED),
        (target(2022, Comparator.AT_LEAST, "6", "%"), target(2023, Comparator.AT_LEAST, "5", "%"),
         TargetChange.LOOSENED),
        (target(2022, Comparator.AT_MOST, "3", "%"), target(2023, Comparator.AT_MOST, "2.5", "%"),
         TargetChange.TIGHTENED),
        (target(2022, Comparator.AT_LEAST, "150", "亿元"),
         target(2023, Comparator.AT_LEAST, "1.5", "万亿元"), TargetChange.TIGHTENED),
        (target(2022, Comparator.AT_LEAST, "1.5", "万亿元"),
         target(2023, Comparator.AT_LEAST, "15000", "亿元"), TargetChange.UNCHANGED),
        (target(2022, Comparator.AT_LEAST, "6", "%"), target(2023, Comparator.MORE_THAN, "6", "%"),
         TargetChange.CHANGED),
        (target(2022, Comparator.MILESTONE, None, None),
         target(2023, Comparator.MILESTONE, None, None), TargetChange.UNCHANGED),
        (None, target(2023, Comparator.AT_LEAST, "6", "%"), TargetChange.ADDED),
        (target(2022, Comparator.AT_LEAST, "6", "%"), None, TargetChange.DROPPED),
        # 左右 follows its direction: a lower ceiling is tighter, a band only changes.
        (target(2022, ABOUT, "3", "%", tolerance=0.5, direction="ceiling"),
         target(2023, ABOUT, "2", "%", tolerance=0.5, direction="ceiling"), TargetChange.TIGHTENED),
        (target(2022, ABOUT, "5", "%", tolerance=0.5, direction="floor"),
         target(2023, ABOUT, "5.5", "%", tolerance=0.5, direction="floor"), TargetChange.TIGHTENED),
        (target(2022, ABOUT, "5", "%", tolerance=0.5, direction="band"),
         target(2023, ABOUT, "5.5", "%", tolerance=0.5, direction="band"), TargetChange.CHANGED),
        (target(2022, ABOUT, "5", "%", tolerance=0.5),
         target(2023, ABOUT, "5", "%", tolerance=0.3), TargetChange.CHANGED),
    ],
)  # fmt: skip
def test_compare_targets(
    before: Target | None, after: Target | None, expected: TargetChange
) -> None:
    assert compare_targets(before, after, indicator("%")) is expected


def test_a_ceiling_by_polarity_is_tighter_when_lower() -> None:
    before = target(2022, ABOUT, "3", "%", tolerance=0.5)
    after = target(2023, ABOUT, "2.5", "%", tolerance=0.5)
    assert compare_targets(before, after, indicator("%", Polarity.LOWER)) is TargetChange.TIGHTENED
    assert compare_targets(before, after, indicator("%")) is TargetChange.LOOSENED
    assert after.direction is None  # the side comes from the indicator's polarity


@pytest.mark.parametrize(
    ("known", "from_year", "to_year", "expected"),
    [
        ([2021, 2022, 2023], None, None, (2022, 2023)),
        # One year: compared with the latest earlier year that has data.
        ([2021, 2023], 2023, None, (2021, 2023)),
        ([2021, 2022, 2023], 2022, None, (2021, 2022)),
        ([2021, 2022, 2023], 2021, 2023, (2021, 2023)),
        # Nothing earlier to compare with.
        ([2023], None, None, None),
        ([2022, 2023], 2022, None, None),
    ],
)
def test_which_years_a_diff_compares(
    known: list[int], from_year: int | None, to_year: int | None, expected: object
) -> None:
    assert diff_years_for(known, from_year, to_year, "results") == expected


@pytest.mark.parametrize(
    ("from_year", "to_year", "message"),
    [
        (2023, 2023, "FROM and TO are both 2023"),
        (2020, None, "no results for 2020; years with results: 2022, 2023"),
        (2022, 2030, "no results for 2030"),
    ],
)
def test_years_a_diff_refuses(from_year: int, to_year: int | None, message: str) -> None:
    with pytest.raises(YearsError, match=message):
        diff_years_for([2022, 2023], from_year, to_year, "results")
