"""Scoring: every comparator, the arithmetic behind a verdict, flags, tallies and selection."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tzgoals.change import diff_years
from tzgoals.models import (
    Actual,
    Dataset,
    DatasetInfo,
    Indicator,
    Target,
)
from tzgoals.render.catalogue import Lang
from tzgoals.render.explain import reason_text
from tzgoals.render.rows import DIFF_FIELDS, STATUS_FIELDS, diff_rows, status_row
from tzgoals.score import GoalResult, score_goal, score_target
from tzgoals.tabular import iter_csv
from tzgoals.units import parse_unit
from tzgoals.vocabulary import Comparator, Direction, Flag, Polarity, Reason, Scope, Status

from .builders import YEAR, C, D, actual, indicator, target


def said(result: GoalResult) -> str:
    """The reason as the English outputs say it (csv, json, show, footnotes)."""
    return reason_text(result, Lang.EN)


def assert_scored(
    result: GoalResult,
    status: Status,
    reason: str,
    attainment: str | None,
    gap: str | None,
) -> None:
    """Attainment is compared as text, so that its four decimal places are checked too."""
    assert result.status is status
    assert said(result) == reason
    assert (None if result.attainment is None else str(result.attainment)) == attainment
    assert result.gap == (None if gap is None else D(gap))


# ---------------------------------------------------------------- level comparators

HIGHER, LOWER = Polarity.HIGHER, Polarity.LOWER
MET, MISSED, UNREPORTED = Status.MET, Status.MISSED, Status.UNREPORTED

FLOOR, CEILING, BAND = Direction.FLOOR, Direction.CEILING, Direction.BAND
ABOUT_5 = {"tolerance": "0.5"}

# The gap is the margin to the line that decides the verdict: positive to spare, negative
# short, for floors, ceilings and bands alike; in percentage points for a % target.
# Attainment is given only for one-sided floors, where 100% is the line between met and missed.
LEVEL_CASES = [
    # target, polarity, actual value, unit, status, attainment, gap, reason
    (target(C.AT_LEAST, "5", "%"), HIGHER, "5.5", "%", MET, "1.1000", "0.5", "5.5% ≥ 5%"),
    (target(C.AT_LEAST, "5", "%"), HIGHER, "5", "%", MET, "1.0000", "0", "5% ≥ 5%"),
    (target(C.AT_LEAST, "5", "%"), HIGHER, "4.9", "%", MISSED, "0.9800", "-0.1", "4.9% < 5%"),
    (target(C.MORE_THAN, "100", "家"), HIGHER, "101", "家", MET, "1.0100", "1", "101家 > 100家"),
    (target(C.MORE_THAN, "100", "家"), HIGHER, "100", "家", MISSED, "1.0000", "0", "100家 ≤ 100家"),
    # Ceilings: no attainment, and a met ceiling shows what it had to spare.
    (target(C.AT_MOST, "3", "%"), LOWER, "2.4", "%", MET, None, "0.6", "2.4% ≤ 3%"),
    (target(C.AT_MOST, "3", "%"), LOWER, "3", "%", MET, None, "0", "3% ≤ 3%"),
    (target(C.AT_MOST, "3", "%"), LOWER, "3.2", "%", MISSED, None, "-0.2", "3.2% > 3%"),
    (target(C.LESS_THAN, "4.5", "%"), LOWER, "4.8", "%", MISSED, None, "-0.3", "4.8% ≥ 4.5%"),
    (target(C.LESS_THAN, "5.5", "%"), LOWER, "5.4", "%", MET, None, "0.1", "5.4% < 5.5%"),
    (target(C.LESS_THAN, "5.5", "%"), LOWER, "5.5", "%", MISSED, None, "0", "5.5% ≥ 5.5%"),
    (target(C.AT_MOST, "-1.5", "%"), LOWER, "-2", "%", MET, None, "0.5", "-2% ≤ -1.5%"),
    # between: inclusive at both ends; the gap is the margin to the nearer end.
    (target(C.BETWEEN, "12", "亿元", value_max="15"), HIGHER, "13", "亿元", MET, None, "1",
     "13亿元 within 12–15亿元"),
    (target(C.BETWEEN, "12", "亿元", value_max="15"), HIGHER, "12", "亿元", MET, None, "0",
     "12亿元 within 12–15亿元"),
    (target(C.BETWEEN, "12", "亿元", value_max="15"), HIGHER, "15", "亿元", MET, None, "0",
     "15亿元 within 12–15亿元"),
    (target(C.BETWEEN, "12", "亿元", value_max="15"), HIGHER, "11.5", "亿元", MISSED, None, "-0.5",
     "11.5亿元 outside 12–15亿元"),
    (target(C.BETWEEN, "12", "亿元", value_max="15"), HIGHER, "16", "亿元", MISSED, None, "-1",
     "16亿元 outside 12–15亿元"),
    # about as a floor (GDP growth 5%左右): met at or above 5 − 0.5.
    (target(C.ABOUT, "5", "%", **ABOUT_5), HIGHER, "4.6", "%", MET, None, "0.1",
     "4.6% within or above 5 ± 0.5%"),
    (target(C.ABOUT, "5", "%", **ABOUT_5), HIGHER, "4.5", "%", MET, None, "0",
     "4.5% within or above 5 ± 0.5%"),
    (target(C.ABOUT, "5", "%", **ABOUT_5), HIGHER, "6.8", "%", MET, None, "2.3",
     "6.8% within or above 5 ± 0.5%"),
    (target(C.ABOUT, "5", "%", **ABOUT_5), HIGHER, "4.4", "%", MISSED, None, "-0.1",
     "4.4% outside and not above 5 ± 0.5%"),
    # about as a ceiling (CPI 3%左右): met at or below 3 + 0.5.
    (target(C.ABOUT, "3", "%", **ABOUT_5), LOWER, "0.2", "%", MET, None, "3.3",
     "0.2% within or below 3 ± 0.5%"),
    (target(C.ABOUT, "3", "%", **ABOUT_5), LOWER, "3.5", "%", MET, None, "0",
     "3.5% within or below 3 ± 0.5%"),
    (target(C.ABOUT, "3", "%", **ABOUT_5), LOWER, "3.6", "%", MISSED, None, "-0.1",
     "3.6% outside and not below 3 ± 0.5%"),
    (target(C.ABOUT, "5.5", "%", tolerance="0.3"), LOWER, "5.2", "%", MET, None, "0.6",
     "5.2% within or below 5.5 ± 0.3%"),
    # A target's own direction wins over its indicator's polarity.
    (target(C.ABOUT, "3", "%", direction=CEILING, **ABOUT_5), HIGHER, "0.2", "%", MET, None,
     "3.3", "0.2% within or below 3 ± 0.5%"),
    (target(C.ABOUT, "3", "%", direction=FLOOR, **ABOUT_5), LOWER, "0.2", "%", MISSED, None,
     "-2.3", "0.2% outside and not above 3 ± 0.5%"),
    # about as a band: met only inside 5 ± 0.5, the margin to the nearer edge.
    (target(C.ABOUT, "5", "%", direction=BAND, **ABOUT_5), HIGHER, "5.2", "%", MET, None, "0.3",
     "5.2% within 5 ± 0.5%"),
    (target(C.ABOUT, "5", "%", direction=BAND, **ABOUT_5), LOWER, "5.6", "%", MISSED, None,
     "-0.1", "5.6% outside 5 ± 0.5%"),
    (target(C.ABOUT, "5", "%", direction=BAND, **ABOUT_5), HIGHER, "4.3", "%", MISSED, None,
     "-0.2", "4.3% outside 5 ± 0.5%"),
    # A zero tolerance leaves only the direction: 4.99 is below a floor of exactly 5.
    (target(C.ABOUT, "5", "%", tolerance="0"), HIGHER, "4.99", "%", MISSED, None, "-0.01",
     "4.99% outside and not above 5 ± 0%"),
    # A target of zero has no attainment ratio, but still a verdict and a gap.
    (target(C.AT_LEAST, "0", "个"), HIGHER, "3", "个", MET, None, "3", "3个 ≥ 0个"),
    # Units are brought to the target's unit before comparing: 万 and 万亿 against 亿.
    (target(C.AT_LEAST, "13800", "人"), HIGHER, "1.38", "万人", MET, "1.0000", "0",
     "13800人 ≥ 13800人"),
    (target(C.AT_LEAST, "150", "亿元"), HIGHER, "0.0149", "万亿元", MISSED, "0.9933", "-1",
     "149亿元 < 150亿元"),
    (target(C.AT_MOST, "2", "万人"), LOWER, "19000", "人", MET, None, "0.1", "1.9万人 ≤ 2万人"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("goal", "polarity", "value", "unit", "status", "attainment", "gap", "reason"), LEVEL_CASES
)
def test_level_comparators(
    goal: Target,
    polarity: Polarity,
    value: str,
    unit: str,
    status: Status,
    attainment: str | None,
    gap: str,
    reason: str,
) -> None:
    reported = actual(value, unit)
    result = score_target(goal, indicator(goal.unit, polarity), reported)
    assert_scored(result, status, reason, attainment, gap)
    assert result.actual == reported
    assert result.baseline is None
    assert result.flags == ()
    assert result.reported


def test_compared_figure_is_in_the_targets_unit() -> None:
    result = score_target(
        target(C.AT_LEAST, "13800", "人"), indicator("人"), actual("1.38", "万人")
    )
    assert result.status is MET
    assert result.compared == D(13800)
    assert result.gap == 0


# ---------------------------------------------------------------- percentage-point changes

PP_CASES = [
    # polarity, target pp, baseline %, actual %, status, attainment, gap, reason
    (HIGHER, "2", "40", "42.5", MET, "1.2500", "0.5", "40% → 42.5%: +2.5 pp, meeting +2 pp"),
    (HIGHER, "2", "40", "42", MET, "1.0000", "0", "40% → 42%: +2 pp, meeting +2 pp"),
    (HIGHER, "2", "40", "41.2", MISSED, "0.6000", "-0.8", "40% → 41.2%: +1.2 pp, short of +2 pp"),
    (HIGHER, "2", "40", "39", MISSED, "-0.5000", "-3", "40% → 39%: -1 pp, short of +2 pp"),
    # Lower is better: the required change is a fall, a ceiling on the change; a bigger fall
    # meets it, with a positive margin, and there is no attainment.
    (LOWER, "-1", "10", "8.5", MET, None, "0.5", "10% → 8.5%: -1.5 pp, meeting -1 pp"),
    (LOWER, "-1", "10", "9", MET, None, "0", "10% → 9%: -1 pp, meeting -1 pp"),
    (LOWER, "-1", "10", "9.5", MISSED, None, "-0.5", "10% → 9.5%: -0.5 pp, short of -1 pp"),
    (LOWER, "-1", "10", "10.2", MISSED, None, "-1.2", "10% → 10.2%: +0.2 pp, short of -1 pp"),
]


@pytest.mark.parametrize(
    ("polarity", "required", "before", "now", "status", "attainment", "gap", "reason"), PP_CASES
)
def test_pp_change_against_the_previous_year(
    polarity: Polarity,
    required: str,
    before: str,
    now: str,
    status: Status,
    attainment: str,
    gap: str,
    reason: str,
) -> None:
    baseline = actual(before, "%", year=YEAR - 1)
    reported = actual(now, "%")
    result = score_target(
        target(C.PP_CHANGE, required, "个百分点"), indicator("%", polarity), reported, baseline
    )
    assert_scored(result, status, reason, attainment, gap)
    assert result.compared == D(now) - D(before)
    assert result.actual == reported
    assert result.baseline == baseline


def test_pp_change_without_a_baseline_is_unreported_not_missed() -> None:
    reported = actual("42.5", "%", estimate=True)
    result = score_target(target(C.PP_CHANGE, "2", "个百分点"), indicator("%"), reported, None)
    assert result.status is UNREPORTED
    assert result.reason is Reason.NO_BASELINE
    assert said(result) == "no baseline: no 2022 result for this indicator"
    assert result.attainment is None
    assert result.gap is None
    assert result.compared is None
    # The year's own result was reported; only the comparison could not be made.
    assert result.reported
    assert result.actual == reported
    assert result.flags == (Flag.ESTIMATE,)


def test_pp_change_flags_come_from_both_years() -> None:
    result = score_target(
        target(C.PP_CHANGE, "2", "pp"),
        indicator("%"),
        actual("43", "%", approximate=True),
        actual("40", "%", year=YEAR - 1, estimate=True),
    )
    assert result.status is MET
    assert set(result.flags) == {Flag.APPROXIMATE, Flag.ESTIMATE}
    assert said(result) == "40% → 43%: +3 pp, meeting +2 pp (estimate, approximate)"


@pytest.mark.parametrize(
    ("now", "now_bound", "before", "before_bound", "status", "flags"),
    [
        # 超43% now: the change is at least +3 pp, which proves +2 pp.
        ("43", True, "40", False, MET, (Flag.LOWER_BOUND,)),
        # 超41% now: at least +1 pp, which could still be +2 pp or more.
        ("41", True, "40", False, UNREPORTED, ()),
        # 超40% the year before: the change is at most +1 pp, which proves it short.
        ("41", False, "40", True, MISSED, (Flag.UPPER_BOUND,)),
    ],
)
def test_a_pp_change_on_bounds_scores_only_when_the_bounds_decide(
    now: str,
    now_bound: bool,
    before: str,
    before_bound: bool,
    status: Status,
    flags: tuple[Flag, ...],
) -> None:
    result = score_target(
        target(C.PP_CHANGE, "2", "pp"),
        indicator("%"),
        actual(now, "%", lower_bound=now_bound),
        actual(before, "%", year=YEAR - 1, lower_bound=before_bound),
    )
    assert result.status is status
    if status is UNREPORTED:
        assert result.reason is Reason.BOUND_UNDECIDED
        assert result.reported
    else:
        assert result.flags == flags


# ---------------------------------------------------------------- outcomes and silence

OUTCOME_CASES = [
    (C.MILESTONE, True, MET, "reported done"),
    (C.MILESTONE, False, MISSED, "reported not done"),
    (C.MILESTONE, None, UNREPORTED, "no 2023 result says whether it was done"),
    (C.QUALITATIVE, True, MET, "judged achieved in the source"),
    (C.QUALITATIVE, False, MISSED, "judged not achieved"),
    (C.QUALITATIVE, None, UNREPORTED, "no recorded judgement for 2023"),
]


@pytest.mark.parametrize(("comparator", "done", "status", "reason"), OUTCOME_CASES)
def test_milestones_and_qualitative_goals(
    comparator: Comparator, done: bool | None, status: Status, reason: str
) -> None:
    reported = None if done is None else actual(done)
    result = score_target(target(comparator), indicator(None), reported)
    assert_scored(result, status, reason, attainment=None, gap=None)
    assert result.compared == done
    assert result.reported is (done is not None)


@pytest.mark.parametrize(
    "goal",
    [
        target(C.AT_LEAST, "5", "%"),
        target(C.BETWEEN, "1", "%", value_max="2"),
        target(C.ABOUT, "5", "%", tolerance="0.5"),
        target(C.PP_CHANGE, "1", "个百分点"),
    ],
    ids=str,
)
def test_a_figure_never_reported_is_unreported(goal: Target) -> None:
    result = score_target(goal, indicator("%"), None, actual("40", "%", year=YEAR - 1))
    assert result.status is UNREPORTED
    assert result.reason is Reason.NO_RESULT
    assert said(result) == "no 2023 result for this indicator"
    assert not result.reported
    assert (result.attainment, result.gap, result.compared, result.flags) == (None, None, None, ())


# ---------------------------------------------------------------- flags

FLAG_CASES = [
    # target, flags on the actual, actual value, status, flags expected, reason
    (C.AT_LEAST, {"estimate": True}, "105", MET, (Flag.ESTIMATE,), "105家 ≥ 100家 (estimate)"),
    (
        C.AT_LEAST,
        {"lower_bound": True},
        "120",
        MET,
        (Flag.LOWER_BOUND,),
        "120家 ≥ 100家 (lower bound)",
    ),
    (
        C.AT_LEAST,
        {"approximate": True},
        "99",
        MISSED,
        (Flag.APPROXIMATE,),
        "99家 < 100家 (approximate)",
    ),
    # A lower bound above a ceiling proves it missed: the true figure is higher still.
    (
        C.AT_MOST,
        {"lower_bound": True, "estimate": True},
        "120",
        MISSED,
        (Flag.ESTIMATE, Flag.LOWER_BOUND),
        "120家 > 100家 (estimate, lower bound)",
    ),
]


@pytest.mark.parametrize(
    ("comparator", "qualifiers", "value", "status", "flags", "reason"), FLAG_CASES
)
def test_flags_are_kept_and_noted_in_the_reason(
    comparator: Comparator,
    qualifiers: dict[str, bool],
    value: str,
    status: Status,
    flags: tuple[Flag, ...],
    reason: str,
) -> None:
    result = score_target(
        target(comparator, "100", "家"), indicator("家"), actual(value, "家", **qualifiers)
    )
    assert result.status is status
    assert result.flags == flags
    assert said(result) == reason


@pytest.mark.parametrize(
    ("comparator", "value"),
    [(C.AT_LEAST, "90"), (C.MORE_THAN, "100"), (C.AT_MOST, "90"), (C.ABOUT, "90")],
)
def test_a_lower_bound_that_does_not_decide_leaves_the_goal_unscored(
    comparator: Comparator, value: str
) -> None:
    """超90 against a floor of 100 may be 95 or 105: neither met nor missed is proven."""
    extra = {"tolerance": "5"} if comparator is C.ABOUT else {}
    reported = actual(value, "家", lower_bound=True, estimate=True)
    result = score_target(target(comparator, "100", "家", **extra), indicator("家"), reported)
    assert result.status is UNREPORTED
    assert result.reason is Reason.BOUND_UNDECIDED
    assert result.reported
    assert result.actual == reported
    assert (result.compared, result.gap, result.attainment) == (None, None, None)
    assert f"at least {value}家" in said(result)


def test_an_outcome_carries_its_flags_too() -> None:
    result = score_target(target(C.MILESTONE), indicator(None), actual(True, estimate=True))
    assert result.status is MET
    assert result.flags == (Flag.ESTIMATE,)
    assert said(result) == "reported done (estimate)"


# ---------------------------------------------------------------- bounds by scope


def firms(id: str, part_of: str | None = None) -> Indicator:
    return indicator("家", id=id, part_of=part_of)


WIDE, NARROW = firms("all-levels"), firms("national", part_of="all-levels")

SCOPE_CASES = [
    # target comparator and value on the measure named, related figure, its scope, verdict
    # A narrower figure is a lower bound of the wider measure.
    (C.AT_LEAST, "2", WIDE, NARROW, "6", Scope.NARROWER, MET, "4"),
    (C.AT_LEAST, "8", WIDE, NARROW, "6", Scope.NARROWER, UNREPORTED, None),
    (C.AT_MOST, "5", WIDE, NARROW, "6", Scope.NARROWER, MISSED, "-1"),
    (C.AT_MOST, "8", WIDE, NARROW, "6", Scope.NARROWER, UNREPORTED, None),
    # A wider figure is an upper bound of the narrower measure.
    (C.AT_LEAST, "50", NARROW, WIDE, "40", Scope.WIDER, MISSED, "-10"),
    (C.AT_LEAST, "30", NARROW, WIDE, "40", Scope.WIDER, UNREPORTED, None),
    (C.AT_MOST, "50", NARROW, WIDE, "40", Scope.WIDER, MET, "10"),
    (C.AT_MOST, "30", NARROW, WIDE, "40", Scope.WIDER, UNREPORTED, None),
    (C.MORE_THAN, "40", NARROW, WIDE, "40", Scope.WIDER, MISSED, "0"),
    (C.LESS_THAN, "40", WIDE, NARROW, "40", Scope.NARROWER, MISSED, "0"),
]


@pytest.mark.parametrize(
    ("comparator", "goal", "measure", "other", "value", "scope", "status", "gap"), SCOPE_CASES
)
def test_a_related_measure_scores_a_target_only_when_its_bound_decides(
    comparator: Comparator,
    goal: str,
    measure: Indicator,
    other: Indicator,
    value: str,
    scope: Scope,
    status: Status,
    gap: str | None,
) -> None:
    related = actual(value, "家", indicator=other.id)
    result = score_target(
        target(comparator, goal, "家", indicator=measure.id),
        measure,
        None,
        None,
        [(other, related, scope)],
    )
    assert result.status is status
    assert result.reported
    if status is UNREPORTED:
        assert result.reason is Reason.BOUND_UNDECIDED
        assert related.name in said(result)
        assert result.gap is None
    else:
        assert Flag.BY_SCOPE in result.flags
        assert result.scope is scope
        assert result.actual == related
        assert result.gap == D(gap)
        assert f"a {scope} measure" in said(result)


def test_the_little_giant_case_reads_as_met_by_scope() -> None:
    result = score_target(
        target(C.AT_LEAST, "2", "家", indicator=WIDE.id),
        WIDE,
        None,
        None,
        [(NARROW, actual("6", "家", indicator=NARROW.id), Scope.NARROWER)],
    )
    assert (result.status, result.compared, result.gap, str(result.attainment)) == (
        MET,
        D(6),
        D(4),
        "3.0000",
    )
    assert result.flags == (Flag.LOWER_BOUND, Flag.BY_SCOPE)
    assert said(result) == (
        "6家 ≥ 2家 (by scope: result for national, a narrower measure, "
        "is a lower bound of this one)"
    )


def test_an_exact_figure_of_the_measure_itself_wins_over_related_ones() -> None:
    own = actual("1", "家", indicator=WIDE.id)
    result = score_target(
        target(C.AT_LEAST, "2", "家", indicator=WIDE.id),
        WIDE,
        own,
        None,
        [(NARROW, actual("6", "家", indicator=NARROW.id), Scope.NARROWER)],
    )
    assert (result.status, result.actual, result.flags) == (MISSED, own, ())
    assert result.evidence == result.evidence[:1]


def test_a_wider_lower_bound_bounds_nothing_but_is_named() -> None:
    result = score_target(
        target(C.AT_LEAST, "50", "家", indicator=NARROW.id),
        NARROW,
        None,
        None,
        [(WIDE, actual("40", "家", indicator=WIDE.id, lower_bound=True), Scope.WIDER)],
    )
    assert result.status is UNREPORTED
    assert result.reason is Reason.BOUND_UNDECIDED
    assert "which bounds nothing" in said(result)


# ---------------------------------------------------------------- properties

# Inside the model's plausible range (|x| < 10^18), at most four decimal places.
PLAUSIBLE = st.decimals(
    min_value=-(10**18) + 1, max_value=10**18 - 1, places=4, allow_nan=False, allow_infinity=False
)
MODEST = st.decimals(
    min_value=-(10**6), max_value=10**6, places=3, allow_nan=False, allow_infinity=False
)
YUAN_UNITS = ["元", "万元", "亿元", "万亿元"]


def _met(goal: Target, polarity: Polarity, value: Decimal, unit: str = "%") -> bool:
    result = score_target(goal, indicator(goal.unit, polarity), actual(value, unit))
    assert result.status is not UNREPORTED
    return result.status is MET


@given(
    comparator=st.sampled_from([C.AT_LEAST, C.MORE_THAN]),
    goal=MODEST,
    a=MODEST,
    b=MODEST,
)
def test_raising_an_actual_never_loses_a_floor(
    comparator: Comparator, goal: Decimal, a: Decimal, b: Decimal
) -> None:
    low, high = sorted((a, b))
    floor = target(comparator, goal, "%")
    assert not (_met(floor, HIGHER, low) and not _met(floor, HIGHER, high))


@given(
    comparator=st.sampled_from([C.AT_MOST, C.LESS_THAN]),
    goal=MODEST,
    a=MODEST,
    b=MODEST,
)
def test_lowering_an_actual_never_loses_a_ceiling(
    comparator: Comparator, goal: Decimal, a: Decimal, b: Decimal
) -> None:
    low, high = sorted((a, b))
    ceiling = target(comparator, goal, "%")
    assert not (_met(ceiling, LOWER, high) and not _met(ceiling, LOWER, low))


@given(
    polarity=st.sampled_from([HIGHER, LOWER]),
    goal=MODEST,
    tolerance=st.decimals(min_value=0, max_value=100, places=2),
    a=MODEST,
    b=MODEST,
)
def test_about_is_monotonic_in_the_direction_of_its_polarity(
    polarity: Polarity, goal: Decimal, tolerance: Decimal, a: Decimal, b: Decimal
) -> None:
    worse, better = sorted((a, b)) if polarity is HIGHER else sorted((a, b), reverse=True)
    band = target(C.ABOUT, goal, "%", tolerance=str(tolerance))
    assert not (_met(band, polarity, worse) and not _met(band, polarity, better))
    # Anywhere inside the band is met, whichever the polarity.
    assert _met(band, polarity, goal)
    assert _met(band, polarity, goal - tolerance)
    assert _met(band, polarity, goal + tolerance)


def _every_comparator(goal_unit: str) -> list[Target]:
    return [
        target(C.AT_LEAST, "150", goal_unit),
        target(C.MORE_THAN, "150", goal_unit),
        target(C.AT_MOST, "150", goal_unit),
        target(C.LESS_THAN, "150", goal_unit),
        target(C.BETWEEN, "12", goal_unit, value_max="15"),
        target(C.ABOUT, "5", goal_unit, tolerance="0.5"),
    ]


@given(
    value=PLAUSIBLE,
    unit=st.sampled_from(YUAN_UNITS),
    polarity=st.sampled_from([HIGHER, LOWER]),
)
def test_scoring_never_raises_for_a_plausible_actual_in_a_compatible_unit(
    value: Decimal, unit: str, polarity: Polarity
) -> None:
    """Targets in 亿元 (as the data writes them), actuals in any unit of yuan."""
    for goal in _every_comparator("亿元"):
        result = score_target(goal, indicator("亿元", polarity), actual(value, unit))
        assert result.status in (MET, MISSED)


@given(value=PLAUSIBLE, before=PLAUSIBLE, polarity=st.sampled_from([HIGHER, LOWER]))
def test_pp_change_scoring_never_raises(
    value: Decimal, before: Decimal, polarity: Polarity
) -> None:
    result = score_target(
        target(C.PP_CHANGE, "-1" if polarity is LOWER else "2", "个百分点"),
        indicator("%", polarity),
        actual(value, "%"),
        actual(before, "%", year=YEAR - 1),
    )
    assert result.status in (MET, MISSED)
    assert isinstance(result.compared, Decimal) and result.target.value is not None
    margin = result.compared - result.target.value
    assert result.gap == (margin if polarity is HIGHER else -margin)


@given(
    value=PLAUSIBLE,
    unit=st.sampled_from(YUAN_UNITS),
    goal_unit=st.sampled_from(YUAN_UNITS),
    polarity=st.sampled_from([HIGHER, LOWER]),
)
@example(value=D(10) ** 15, unit="万亿元", goal_unit="元", polarity=HIGHER)
def test_scoring_never_raises_for_any_finite_actual_in_a_compatible_unit(
    value: Decimal, unit: str, goal_unit: str, polarity: Polarity
) -> None:
    for goal in _every_comparator(goal_unit):
        result = score_target(goal, indicator(goal_unit, polarity), actual(value, unit))
        assert result.status in (MET, MISSED)


def _every_kind(goal: Decimal, width: Decimal) -> list[Target]:
    """One target of each numeric kind and direction, around `goal`."""
    about = {"tolerance": str(width)}
    return [
        target(C.AT_LEAST, goal, "%"),
        target(C.MORE_THAN, goal, "%"),
        target(C.AT_MOST, goal, "%"),
        target(C.LESS_THAN, goal, "%"),
        target(C.BETWEEN, goal, "%", value_max=str(goal + width)),
        target(C.ABOUT, goal, "%", direction=FLOOR, **about),
        target(C.ABOUT, goal, "%", direction=CEILING, **about),
        target(C.ABOUT, goal, "%", direction=BAND, **about),
    ]


@given(
    goal=MODEST,
    width=st.decimals(min_value=0, max_value=100, places=2),
    value=MODEST,
    lower_bound=st.booleans(),
)
def test_a_met_goal_never_shows_a_shortfall_nor_a_missed_one_a_margin(
    goal: Decimal, width: Decimal, value: Decimal, lower_bound: bool
) -> None:
    """Whatever the kind and direction: met ⇒ gap ≥ 0, missed ⇒ gap ≤ 0, and attainment,
    where given, is at least 100% when met and at most 100% when missed."""
    for goal_target in _every_kind(goal, width):
        result = score_target(
            goal_target, indicator("%"), actual(value, "%", lower_bound=lower_bound)
        )
        if result.status is UNREPORTED:
            assert lower_bound and result.reason is Reason.BOUND_UNDECIDED
            continue
        assert result.gap is not None
        if result.status is MET:
            assert result.gap >= 0
            assert result.attainment is None or result.attainment >= 1
        else:
            assert result.gap <= 0
            assert result.attainment is None or result.attainment <= 1


@given(goal=MODEST, width=st.decimals(min_value=0, max_value=100, places=2), a=MODEST, b=MODEST)
def test_direction_decides_which_way_is_safe(
    goal: Decimal, width: Decimal, a: Decimal, b: Decimal
) -> None:
    """A floor never loses by a higher figure, a ceiling never by a lower one, a band is met
    exactly inside its edges."""
    low, high = sorted((a, b))
    floor = target(C.ABOUT, goal, "%", direction=FLOOR, tolerance=str(width))
    ceiling = target(C.ABOUT, goal, "%", direction=CEILING, tolerance=str(width))
    band = target(C.ABOUT, goal, "%", direction=BAND, tolerance=str(width))
    assert not (_met(floor, HIGHER, low) and not _met(floor, HIGHER, high))
    assert not (_met(ceiling, HIGHER, high) and not _met(ceiling, HIGHER, low))
    assert _met(band, HIGHER, a) == (goal - width <= a <= goal + width)


@pytest.mark.parametrize(
    ("goal", "reported"),
    [
        # 10^15 万亿元 is 10^27 元, a valid Actual (the number as written is below 10^18).
        (target(C.AT_LEAST, "1000", "元"), actual(D(10) ** 15, "万亿元")),
        # The smallest target the model accepts against the largest figure: 10^42.
        (target(C.AT_LEAST, D("1E-12"), "元"), actual(D("9.99E+17"), "万亿元")),
    ],
)
def test_a_huge_attainment_ratio_still_scores(goal: Target, reported: Actual) -> None:
    result = score_target(goal, indicator("元"), reported)
    assert result.status is MET


def _figure(sign: int, digits: int, coefficient: int, magnitude: int) -> Decimal:
    """A figure of `digits` significant digits whose leading digit is at 10^magnitude."""
    first = 10 ** (digits - 1)
    shown = first + coefficient % (9 * first)
    return Decimal((sign, tuple(int(c) for c in str(shown)), magnitude - digits + 1))


#: Every figure the model accepts: magnitudes 1e-12 to 1e18, up to 28 significant digits.
ACCEPTED = st.one_of(
    st.just(D(0)),
    st.builds(
        _figure,
        st.sampled_from([0, 1]),
        st.integers(1, 28),
        st.integers(0, 10**28),
        st.integers(-12, 17),
    ),
)
NUMERIC = [C.AT_LEAST, C.MORE_THAN, C.AT_MOST, C.LESS_THAN, C.BETWEEN, C.ABOUT]


@settings(max_examples=300, deadline=None)
@given(
    comparator=st.sampled_from(NUMERIC),
    goal=ACCEPTED,
    other=ACCEPTED,
    figure=ACCEPTED,
    target_unit=st.sampled_from(YUAN_UNITS),
    actual_unit=st.sampled_from(YUAN_UNITS),
    lower_bound=st.booleans(),
)
@example(C.AT_LEAST, D("1E-12"), D(0), D("9.99E+17"), "元", "万亿元", False)
@example(C.ABOUT, D("9.99E+17"), D("9.99E+17"), D("1E-12"), "万亿元", "元", False)
# The band's lower edge, 10^17 - 9e-12, needs 29 digits: in the default context's 28 it would
# be rounded down onto the figure, 10^17 - 1e-11, just outside it, and the goal called met.
@example(C.ABOUT, D("1E+17"), D("9E-12"), D("99999999999999999.99999999999"), "元", "元", False)
def test_no_figure_the_model_accepts_makes_scoring_raise(
    comparator: Comparator,
    goal: Decimal,
    other: Decimal,
    figure: Decimal,
    target_unit: str,
    actual_unit: str,
    lower_bound: bool,
) -> None:
    """Scoring, its sentences and its rows for the most extreme figures, compared exactly."""
    low, high = sorted((goal, other))
    extra = {"value_max": str(high)} if comparator is C.BETWEEN else {}
    if comparator is C.ABOUT:
        extra = {"tolerance": str(abs(other)), "direction": BAND}
    goal_target = target(comparator, low if comparator is C.BETWEEN else goal, target_unit, **extra)
    reported = actual(figure, actual_unit, lower_bound=lower_bound)
    dataset = Dataset(
        info=DatasetInfo(name="x"),
        sources={},
        areas=[],
        indicators={"ind": indicator("元")},
        targets=[goal_target],
        actuals={("ind", YEAR): reported},
    )
    result = score_goal(dataset, goal_target)
    row = status_row(result, None)
    assert list(row) == list(STATUS_FIELDS)  # in order: the CSV writes a row's values as they stand
    assert "".join(iter_csv([row], STATUS_FIELDS))
    for lang in Lang:
        assert reason_text(result, lang)
    if lower_bound:
        return
    shown = Fraction(figure) * _scale(actual_unit) / _scale(target_unit)
    if comparator is C.AT_LEAST:
        assert (result.status is MET) == (shown >= Fraction(goal))
    if comparator is C.ABOUT:
        width = abs(Fraction(other))
        assert (result.status is MET) == (Fraction(goal) - width <= shown <= Fraction(goal) + width)


def _scale(unit: str) -> Fraction:
    return Fraction(parse_unit(unit).scale)


@settings(max_examples=200, deadline=None)
@given(before=ACCEPTED, after=ACCEPTED, unit=st.sampled_from([*YUAN_UNITS, "%"]))
def test_no_figure_the_model_accepts_makes_a_change_raise(
    before: Decimal, after: Decimal, unit: str
) -> None:
    ind = Indicator(id="ind", name="x", unit="元" if unit != "%" else "%")
    dataset = Dataset(
        info=DatasetInfo(name="x"),
        sources={},
        areas=[],
        indicators={"ind": ind},
        targets=[],
        actuals={
            ("ind", YEAR - 1): actual(before, unit, year=YEAR - 1),
            ("ind", YEAR): actual(after, unit),
        },
    )
    (change,) = diff_years(dataset, YEAR - 1, YEAR)
    assert change.change is not None
    assert Fraction(change.change) == (Fraction(after) - Fraction(before)) * _scale(unit)
    assert "".join(iter_csv(diff_rows([change]), DIFF_FIELDS))
