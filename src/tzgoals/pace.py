"""Pace during the year (序时进度): a year-to-date figure against the year's target.

Chinese governments judge a figure for January to month N by one fixed rule: a growth rate,
share or level is compared with the target directly (a floor, ceiling or band as at year end);
a cumulative count or amount (projects started, firms added, investment completed) is compared
by its completion, figure ÷ target, with the share of the year gone, N/12, and the gap is said
in percentage points: 53.3% done at month 9 is 21.7 points behind 75%. A pace is an
in-progress reading: it never makes a goal met or missed, which only a whole year's figure does.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from tzgoals.comparators import Interval, judge, resolve_direction, rule_for
from tzgoals.models import Actual, Indicator, Target
from tzgoals.units import PERCENTAGE_POINT_SPELLINGS, convert, parse_unit
from tzgoals.vocabulary import Comparator, Pace, PaceRule

MONTHS_IN_YEAR = 12
#: The places a completion, the share of the year gone and their gap are given to (in %).
PACE_PLACES = Decimal("0.01")

#: The units of a rate, a share or a level: a year-to-date figure of one is compared with the
#: target directly. Examples: GDP growth 6.5% (%), birth rate 7‰, unemployment 5.5% (%),
#: PM2.5 32 微克/立方米 and energy per unit of GDP 0.3 吨标准煤/万元 (a "/" or 每: per
#: something, an average, not a sum). Every other unit counts or sums something (个, 家, 项,
#: 亿元, 万人, 公里, 万平方米): a floor in one is cumulative, its completion set against N/12.
RATE_UNITS = frozenset({"%", "‰", *PERCENTAGE_POINT_SPELLINGS})
PER_MARKERS = ("/", "每")
#: The comparators a cumulative count or amount is paced by: a floor to reach over the year.
#: A ceiling or band on an amount (常住人口控制在X万人以内) is a level at a date, not a sum
#: built up month by month, and is compared directly like a rate.
CUMULATIVE_COMPARATORS = frozenset({Comparator.AT_LEAST, Comparator.MORE_THAN})
#: The comparators no figure for part of a year can be set against.
UNPACED_COMPARATORS = frozenset(
    {Comparator.MILESTONE, Comparator.QUALITATIVE, Comparator.PP_CHANGE}
)


class PaceFact(NamedTuple):
    """A goal's pace by its latest year-to-date figure, and the numbers behind it.

    `compared` is the figure in the target's unit. For the completion rule, `completion` is
    figure ÷ target and `expected` the share of the year gone, both in %; `gap` is positive
    ahead and negative behind: in the target's unit (percentage points for a %) for the level
    rule, in percentage points of completion for the completion rule.
    """

    pace: Pace
    actual: Actual
    rule: PaceRule | None = None
    compared: Decimal | None = None
    completion: Decimal | None = None
    expected: Decimal | None = None
    gap: Decimal | None = None

    @property
    def through_month(self) -> int:
        assert self.actual.through_month is not None
        return self.actual.through_month


def is_rate(unit: str) -> bool:
    """Whether a unit is of a rate, share or per-something level rather than a count or sum."""
    base = parse_unit(unit).base
    return base in RATE_UNITS or any(marker in base for marker in PER_MARKERS)


def pace_rule(target: Target) -> PaceRule | None:
    """Which rule paces this target, or None for one no part-year figure can be set against."""
    if target.comparator in UNPACED_COMPARATORS or target.unit is None:
        return None
    if target.comparator in CUMULATIVE_COMPARATORS and not is_rate(target.unit):
        return PaceRule.COMPLETION if target.value is not None and target.value > 0 else None
    return PaceRule.LEVEL


def share_of_year(month: int) -> Decimal:
    """The share of the year gone after `month`, in %: 9 → 75, 11 → 91.67."""
    return (Decimal(month * 100) / MONTHS_IN_YEAR).quantize(PACE_PLACES)


def pace_of(target: Target, indicator: Indicator, actual: Actual) -> PaceFact:
    """The pace a year-to-date figure gives a target; call inside `ARITHMETIC`'s context."""
    rule = pace_rule(target)
    if rule is None or isinstance(actual.value, bool) or actual.unit is None:
        return PaceFact(Pace.NO_PACE_RULE, actual)
    assert target.unit is not None and target.value is not None
    figure = convert(actual.value, actual.unit, target.unit)
    if rule is PaceRule.COMPLETION:
        return _completion_pace(target.value, figure, actual)
    direction = resolve_direction(target.comparator, target.direction, indicator.polarity)
    assert direction is not None
    level = rule_for(target.comparator, direction, target.value, target.value_max, target.tolerance)
    judgement = judge(level, Interval.point(figure))
    assert judgement is not None  # a point is always on one side of a target
    pace = Pace.ON_PACE if judgement.met else Pace.BEHIND_PACE
    return PaceFact(pace, actual, rule, figure, gap=judgement.margin)


def _completion_pace(goal: Decimal, figure: Decimal, actual: Actual) -> PaceFact:
    """Completion against the share of the year gone; on pace exactly at it (75.0% at 9)."""
    month = actual.through_month
    assert month is not None
    on_pace = figure * MONTHS_IN_YEAR >= goal * month  # exact, before any rounding
    exact = figure * 100 / goal
    gap = (exact - Decimal(month * 100) / MONTHS_IN_YEAR).quantize(PACE_PLACES)
    pace = Pace.ON_PACE if on_pace else Pace.BEHIND_PACE
    completion = exact.quantize(PACE_PLACES)
    return PaceFact(
        pace, actual, PaceRule.COMPLETION, figure, completion, share_of_year(month), gap
    )
