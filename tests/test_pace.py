"""Pace during the year (序时进度): a year-to-date figure against the year's target."""

from __future__ import annotations

from decimal import Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.builders import C, D, actual, indicator, target
from tzgoals.models import ActualsFile, Dataset, DatasetInfo, Target, TargetsFile
from tzgoals.pace import is_rate, pace_of, pace_rule, share_of_year
from tzgoals.rules import check_actuals_file
from tzgoals.score import score_goal
from tzgoals.units import ARITHMETIC
from tzgoals.vocabulary import Direction, Pace, PaceRule, Polarity, Status

ON, BEHIND, NONE = Pace.ON_PACE, Pace.BEHIND_PACE, Pace.NO_PACE_RULE
FLOOR = target(C.AT_LEAST, "6", "%")  # 增长6%以上
CEILING = target(C.AT_MOST, "3", "%")  # 涨幅控制在3%以内
BAND = target(C.ABOUT, "5", "%", tolerance="0.5", direction=Direction.BAND)  # 5%左右
PROJECTS = target(C.AT_LEAST, "150", "个")  # 新开工项目150个以上
INVESTMENT = target(C.AT_LEAST, "100", "亿元")  # 完成投资100亿元以上


def _pace(goal: Target, figure: str, unit: str, month: int) -> tuple[Pace, Decimal | None]:
    with localcontext(ARITHMETIC):
        fact = pace_of(goal, indicator(goal.unit), actual(figure, unit, through_month=month))
    return fact.pace, fact.gap


@pytest.mark.parametrize(
    ("goal", "figure", "month", "pace", "gap"),
    [
        # growth floor: the year-to-date growth against the target directly
        (FLOOR, "6.5", 3, ON, "0.5"),
        (FLOOR, "5.8", 6, BEHIND, "-0.2"),
        (FLOOR, "6", 9, ON, "0"),
        (FLOOR, "4.9", 11, BEHIND, "-1.1"),
        # ceiling: under it is on pace
        (CEILING, "1.2", 3, ON, "1.8"),
        (CEILING, "3.4", 6, BEHIND, "-0.4"),
        (CEILING, "3", 9, ON, "0"),
        (CEILING, "0.2", 11, ON, "2.8"),
        # band: inside it is on pace, outside on either side behind
        (BAND, "5.3", 3, ON, "0.2"),
        (BAND, "4.2", 6, BEHIND, "-0.3"),
        (BAND, "5.6", 9, BEHIND, "-0.1"),
        (BAND, "4.5", 11, ON, "0"),
    ],
)
def test_a_rate_is_paced_by_its_figure_against_the_target(
    goal: Target, figure: str, month: int, pace: Pace, gap: str
) -> None:
    assert pace_rule(goal) is PaceRule.LEVEL
    assert _pace(goal, figure, "%", month) == (pace, D(gap))


@pytest.mark.parametrize(
    ("goal", "figure", "unit", "month", "pace", "gap"),
    [
        (PROJECTS, "30", "个", 3, BEHIND, "-5.00"),  # 20% done of 25%
        (PROJECTS, "75", "个", 6, ON, "0.00"),  # exactly half at mid-year
        (PROJECTS, "112.5", "个", 9, ON, "0.00"),  # exactly on pace: 75.0% at month 9
        (PROJECTS, "150", "个", 11, ON, "8.33"),  # done with a month to go
        (INVESTMENT, "20", "亿元", 3, BEHIND, "-5.00"),
        (INVESTMENT, "120", "亿元", 6, ON, "70.00"),  # already exceeded mid-year
        (INVESTMENT, "53.3", "亿元", 9, BEHIND, "-21.70"),  # the official example
        (INVESTMENT, "800000", "万元", 11, BEHIND, "-11.67"),  # 80亿元 of 100 at 91.67%
    ],
)
def test_a_cumulative_count_or_amount_is_paced_by_completion_against_the_year_gone(
    goal: Target, figure: str, unit: str, month: int, pace: Pace, gap: str
) -> None:
    assert pace_rule(goal) is PaceRule.COMPLETION
    assert _pace(goal, figure, unit, month) == (pace, D(gap))


def test_the_official_example_reproduces_53_3_percent_at_month_9_is_21_7_points_behind() -> None:
    with localcontext(ARITHMETIC):
        fact = pace_of(INVESTMENT, indicator("亿元"), actual("53.3", "亿元", through_month=9))
    assert (fact.completion, fact.expected, fact.gap) == (D("53.30"), D("75.00"), D("-21.70"))
    assert fact.pace is BEHIND


@pytest.mark.parametrize(
    ("month", "share"), [(3, "25.00"), (6, "50.00"), (9, "75.00"), (11, "91.67")]
)
def test_the_share_of_the_year_gone_is_n_twelfths(month: int, share: str) -> None:
    assert share_of_year(month) == D(share)


@pytest.mark.parametrize(
    ("unit", "rate"),
    [
        ("%", True),
        ("‰", True),
        ("微克/立方米", True),
        ("吨标准煤/万元", True),
        ("个", False),
        ("亿元", False),
        ("万人", False),
        ("家", False),
    ],
)
def test_rates_shares_and_per_something_levels_are_told_from_counts_and_amounts(
    unit: str, rate: bool
) -> None:
    assert is_rate(unit) is rate


@pytest.mark.parametrize(
    "goal",
    [
        target(C.MILESTONE),
        target(C.QUALITATIVE),
        target(C.PP_CHANGE, "1", "pp", direction=Direction.FLOOR),
    ],
)
def test_milestones_qualitative_targets_and_pp_changes_have_no_pace_rule(goal: Target) -> None:
    assert pace_rule(goal) is None
    with localcontext(ARITHMETIC):
        assert pace_of(goal, indicator("%"), actual("1", "%", through_month=6)).pace is NONE


def test_a_ceiling_on_an_amount_is_a_level_compared_directly() -> None:
    population = target(C.AT_MOST, "200", "万人")  # 常住人口控制在200万人以内
    assert pace_rule(population) is PaceRule.LEVEL
    assert _pace(population, "190", "万人", 6) == (ON, D("10"))


def _dataset(goal: Target, *figures: object) -> Dataset:
    targets_file = TargetsFile(
        dataset=DatasetInfo(name="测试"), indicators=[indicator(goal.unit)], targets=[goal]
    )
    return Dataset.from_files(targets_file, ActualsFile(actuals=list(figures)))  # type: ignore[arg-type]


@pytest.mark.parametrize("goal", [FLOOR, PROJECTS])
@pytest.mark.parametrize("month", [3, 6, 9, 11])
@pytest.mark.parametrize("figure", ["0", "1", "53.3", "200"])
def test_a_pace_never_turns_into_met_or_missed(goal: Target, month: int, figure: str) -> None:
    result = score_goal(_dataset(goal, actual(figure, goal.unit, through_month=month)), goal)
    assert result.status is Status.UNREPORTED
    assert result.actual is None and result.compared is None and result.gap is None
    assert result.in_progress is not None and result.in_progress.through_month == month


def test_the_latest_month_gives_the_pace() -> None:
    figures = [actual(v, "个", through_month=m) for v, m in (("100", 9), ("30", 3), ("60", 6))]
    result = score_goal(_dataset(PROJECTS, *figures), PROJECTS)
    assert result.pace is not None
    assert (result.pace.through_month, result.pace.completion) == (9, D("66.67"))


@pytest.mark.parametrize("goal", [FLOOR, CEILING, BAND, PROJECTS])
def test_a_whole_year_figure_overrides_every_pace_for_the_verdict(goal: Target) -> None:
    unit = goal.unit
    paces = [actual("1000", unit, through_month=m) for m in (3, 6, 9, 11)]
    alone = score_goal(_dataset(goal, actual("1", unit)), goal)
    with_paces = score_goal(_dataset(goal, *paces, actual("1", unit)), goal)
    assert with_paces._replace(pace=None) == alone
    assert with_paces.status in {Status.MET, Status.MISSED}
    assert with_paces.in_progress is None  # a verdict is in: the status shows no pace
    assert with_paces.pace is not None and with_paces.pace.through_month == 11  # show keeps it


@given(
    st.decimals(min_value=0, max_value=10**6, places=2),
    st.decimals(min_value=1, max_value=10**6, places=2),
    st.integers(min_value=1, max_value=11),
)
def test_on_pace_exactly_when_completion_reaches_the_share_of_the_year(
    figure: Decimal, goal: Decimal, month: int
) -> None:
    amount = target(C.AT_LEAST, goal, "个")
    with localcontext(ARITHMETIC):
        fact = pace_of(amount, indicator("个"), actual(figure, "个", through_month=month))
    assert (fact.pace is ON) == (figure / goal >= Decimal(month) / 12)
    assert fact.gap is not None and (fact.gap >= 0 or fact.pace is BEHIND)


def test_a_year_to_date_figure_is_no_duplicate_of_the_year_or_of_another_month() -> None:
    figures = [
        actual("6.5", "%"),
        actual("6.1", "%", through_month=6),
        actual("6.3", "%", through_month=9),
    ]
    assert check_actuals_file(ActualsFile(actuals=figures)) == []
    again = [*figures, actual("6.4", "%", through_month=9)]
    assert [f.entry for f in check_actuals_file(ActualsFile(actuals=again))] == [3]


def test_polarity_lower_makes_an_about_target_a_ceiling_for_pace() -> None:
    inflation = target(C.ABOUT, "3", "%", tolerance="0")
    with localcontext(ARITHMETIC):
        fact = pace_of(inflation, indicator("%", Polarity.LOWER), actual("2", "%", through_month=6))
    assert fact.pace is ON
