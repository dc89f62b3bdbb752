"""Target kinds: what each comparator needs, which side of it is good, and how a figure meets it.

This is the one home of a comparator's rules. The model asks `requirement_problem` whether a
target is complete; scoring asks `rule_for` what the target demands and `judge` whether what the
sources say satisfies it; year-over-year change asks `stricter` whether a target was tightened.
Nothing else decides these things again. Every function matches on `Comparator` exhaustively,
so adding a kind is a type error until each question has an answer for it.

A numeric target becomes a `Rule`: a threshold below (a floor), above (a ceiling) or both (a
band). What the sources say becomes an `Interval` the true figure lies in: an exact figure is a
single point, a lower bound (超X) is open above, and a figure of a wider measure bounds a
narrower one from above. A verdict is given only when the whole interval is on one side.
"""

from decimal import Context, Decimal, DivisionByZero, InvalidOperation, Overflow
from typing import NamedTuple, assert_never

from tzgoals.problem_codes import Params, ProblemCode, params
from tzgoals.units import PERCENT, PERCENTAGE_POINT, is_percentage_point
from tzgoals.vocabulary import Comparator, Direction, Polarity

ATTAINMENT_PLACES = Decimal("0.0001")
#: Where ratios are worked out: the 28 digits of Python's default context, passed explicitly
#: rather than set for each of 100,000 ratios.
_RATIO = Context(prec=28, traps=[InvalidOperation, DivisionByZero, Overflow])

#: Comparators scored on a yes/no outcome quoted from a source, not on a figure.
OUTCOME_COMPARATORS = frozenset({Comparator.MILESTONE, Comparator.QUALITATIVE})

#: How a reader writes each one-sided comparator, and the symbol of its negation.
SYMBOLS = {
    Comparator.AT_LEAST: "≥",
    Comparator.MORE_THAN: ">",
    Comparator.AT_MOST: "≤",
    Comparator.LESS_THAN: "<",
}
NEGATED = {"≥": "<", ">": "≤", "≤": ">", "<": "≥"}


class Rule(NamedTuple):
    """What a numeric target asks of a figure in the target's unit.

    `low` is a floor (the figure must be at or above it, or above it when `strict`), `high` a
    ceiling; a band has both. For a percentage-point target the figure is the change.
    """

    direction: Direction
    low: Decimal | None
    high: Decimal | None
    strict: bool = False


class Interval(NamedTuple):
    """Where the true figure lies, as far as the sources tell: None is unbounded."""

    low: Decimal | None
    high: Decimal | None

    @classmethod
    def point(cls, value: Decimal) -> "Interval":
        return cls(value, value)

    @property
    def exact(self) -> bool:
        return self.low is not None and self.low == self.high

    def intersect(self, other: "Interval") -> "Interval":
        lows = [b for b in (self.low, other.low) if b is not None]
        highs = [b for b in (self.high, other.high) if b is not None]
        return Interval(max(lows) if lows else None, min(highs) if highs else None)

    def minus(self, other: "Interval") -> "Interval":
        """The interval of a difference: [a, b] − [c, d] = [a − d, b − c]."""
        low = None if self.low is None or other.high is None else self.low - other.high
        high = None if self.high is None or other.low is None else self.high - other.low
        return Interval(low, high)


class Judgement(NamedTuple):
    """A decided verdict: `figure` is the value (or the bound) it rests on, `margin` how far
    that figure is inside the target (positive, to spare) or outside it (negative, short).

    `bound` says which side of an interval decided: "low" when a lower bound proves the
    verdict, "high" when an upper bound does, None for an exact figure.
    """

    met: bool
    figure: Decimal
    margin: Decimal
    bound: str | None


# ---------------------------------------------------------------- what a target needs


def _allowed_directions(comparator: Comparator) -> frozenset[Direction]:
    match comparator:
        case Comparator.AT_LEAST | Comparator.MORE_THAN:
            return frozenset({Direction.FLOOR})
        case Comparator.AT_MOST | Comparator.LESS_THAN:
            return frozenset({Direction.CEILING})
        case Comparator.BETWEEN:
            return frozenset({Direction.BAND})
        case Comparator.ABOUT:
            return frozenset(Direction)
        case Comparator.PP_CHANGE:
            return frozenset({Direction.FLOOR, Direction.CEILING})
        case Comparator.MILESTONE | Comparator.QUALITATIVE:
            return frozenset()
        case _:
            assert_never(comparator)


#: What is wrong with a target's kind and figures: a problem's code and parameters, or None.
Requirement = tuple[ProblemCode, Params] | None


def _direction_problem(comparator: Comparator, direction: Direction | None) -> Requirement:
    if direction is None:
        return None
    allowed = _allowed_directions(comparator)
    if direction in allowed:
        return None
    if not allowed:
        return ProblemCode.COMPARATOR_TAKES_NO_DIRECTION, params(comparator=comparator.value)
    names = " or ".join(sorted(f'"{d}"' for d in allowed))
    return ProblemCode.DIRECTION_DOES_NOT_FIT, params(
        direction=direction.value, comparator=comparator.value, allowed=names
    )


def requirement_problem(
    comparator: Comparator,
    value: Decimal | None,
    value_max: Decimal | None,
    tolerance: Decimal | None,
    unit: str | None,
    direction: Direction | None,
) -> Requirement:
    """Why a target of this kind is incomplete or contradictory, or None when it is whole."""
    problem = _direction_problem(comparator, direction)
    if problem or comparator in OUTCOME_COMPARATORS:
        given = [
            key
            for key, figure in (
                ("value", value),
                ("value_max", value_max),
                ("tolerance", tolerance),
                ("unit", unit),
            )
            if figure is not None
        ]
        if problem or not given:
            return problem
        code = ProblemCode.OUTCOME_TAKES_NO_FIGURE
        return code, params(comparator=comparator.value, given=", ".join(given))
    if value is None or unit is None:
        return ProblemCode.NEEDS_VALUE_AND_UNIT, params(comparator=comparator.value)
    if comparator is Comparator.ABOUT:
        if tolerance is None or tolerance < 0:
            return ProblemCode.ABOUT_NEEDS_TOLERANCE, ()
    elif tolerance is not None:
        return ProblemCode.TOLERANCE_ONLY_FOR_ABOUT, ()
    if comparator is Comparator.BETWEEN:
        if value_max is None or value_max < value:
            return ProblemCode.BETWEEN_NEEDS_VALUE_MAX, ()
    elif value_max is not None:
        return ProblemCode.VALUE_MAX_ONLY_FOR_BETWEEN, ()
    if (comparator is Comparator.PP_CHANGE) != is_percentage_point(unit):
        return ProblemCode.PERCENTAGE_POINTS_ONLY_FOR_PP_CHANGE, ()
    return None


def direction_is_implicit(
    comparator: Comparator, stated: Direction | None, polarity: Polarity | None
) -> bool:
    """True when an `about` target's side is assumed: it states none and neither does its
    indicator. 左右 is then read as a floor, which is wrong for prices or unemployment."""
    return comparator is Comparator.ABOUT and stated is None and polarity is None


def resolve_direction(
    comparator: Comparator, stated: Direction | None, polarity: Polarity | None
) -> Direction | None:
    """The side that is good: fixed by the comparator, else as stated, else by polarity.

    None for a milestone or a qualitative goal, which has no side.
    """
    match comparator:
        case Comparator.AT_LEAST | Comparator.MORE_THAN:
            return Direction.FLOOR
        case Comparator.AT_MOST | Comparator.LESS_THAN:
            return Direction.CEILING
        case Comparator.BETWEEN:
            return Direction.BAND
        case Comparator.ABOUT | Comparator.PP_CHANGE:
            if stated is not None:
                return stated
            return Direction.CEILING if polarity is Polarity.LOWER else Direction.FLOOR
        case Comparator.MILESTONE | Comparator.QUALITATIVE:
            return None
        case _:
            assert_never(comparator)


def rule_for(
    comparator: Comparator,
    direction: Direction,
    value: Decimal,
    value_max: Decimal | None = None,
    tolerance: Decimal | None = None,
) -> Rule:
    """The thresholds a numeric target sets, in its own unit (for pp_change, on the change)."""
    match comparator:
        case Comparator.AT_LEAST:
            return Rule(direction, value, None)
        case Comparator.MORE_THAN:
            return Rule(direction, value, None, strict=True)
        case Comparator.AT_MOST:
            return Rule(direction, None, value)
        case Comparator.LESS_THAN:
            return Rule(direction, None, value, strict=True)
        case Comparator.BETWEEN:
            return Rule(direction, value, value_max)
        case Comparator.ABOUT:
            width = tolerance or Decimal(0)
            low = value - width if direction is not Direction.CEILING else None
            high = value + width if direction is not Direction.FLOOR else None
            return Rule(direction, low, high)
        case Comparator.PP_CHANGE:
            if direction is Direction.CEILING:
                return Rule(direction, None, value)
            return Rule(direction, value, None)
        case Comparator.MILESTONE | Comparator.QUALITATIVE:
            raise ValueError(f"a {comparator} target has no figure to compare")
        case _:
            assert_never(comparator)


# ---------------------------------------------------------------- judging a figure


def _above_low(rule: Rule, figure: Decimal) -> bool:
    assert rule.low is not None
    return figure > rule.low if rule.strict else figure >= rule.low


def _below_high(rule: Rule, figure: Decimal) -> bool:
    assert rule.high is not None
    return figure < rule.high if rule.strict else figure <= rule.high


def _floor_verdict(rule: Rule, where: Interval) -> Judgement | None:
    assert rule.low is not None
    if where.low is not None and _above_low(rule, where.low):
        return Judgement(True, where.low, where.low - rule.low, _side(where, "low"))
    if where.high is not None and not _above_low(rule, where.high):
        return Judgement(False, where.high, where.high - rule.low, _side(where, "high"))
    return None


def _ceiling_verdict(rule: Rule, where: Interval) -> Judgement | None:
    assert rule.high is not None
    if where.high is not None and _below_high(rule, where.high):
        return Judgement(True, where.high, rule.high - where.high, _side(where, "high"))
    if where.low is not None and not _below_high(rule, where.low):
        return Judgement(False, where.low, rule.high - where.low, _side(where, "low"))
    return None


def _band_verdict(rule: Rule, where: Interval) -> Judgement | None:
    """Met only when the whole interval is inside; missed when it lies wholly on one side."""
    assert rule.low is not None and rule.high is not None
    if where.high is not None and not _above_low(rule, where.high):
        return Judgement(False, where.high, where.high - rule.low, _side(where, "high"))
    if where.low is not None and not _below_high(rule, where.low):
        return Judgement(False, where.low, rule.high - where.low, _side(where, "low"))
    if where.low is None or where.high is None:
        return None
    if _above_low(rule, where.low) and _below_high(rule, where.high):
        margin = min(where.low - rule.low, rule.high - where.high)
        figure = where.low if where.low - rule.low <= rule.high - where.high else where.high
        return Judgement(True, figure, margin, None if where.exact else "both")
    return None


def _side(where: Interval, side: str) -> str | None:
    return None if where.exact else side


def judge(rule: Rule, where: Interval) -> Judgement | None:
    """The verdict the interval proves, or None when part of it meets the target and part not."""
    match rule.direction:
        case Direction.FLOOR:
            return _floor_verdict(rule, where)
        case Direction.CEILING:
            return _ceiling_verdict(rule, where)
        case Direction.BAND:
            return _band_verdict(rule, where)
        case _:
            assert_never(rule.direction)


def attainment(
    comparator: Comparator, direction: Direction, goal: Decimal, figure: Decimal
) -> Decimal | None:
    """figure ÷ target, only where 100% is the line between met and missed.

    That holds for a one-sided floor (at least, more than, a rise in percentage points) with a
    positive target. A ceiling has no share attained (0.2% inflation is not "7% of" a 3%
    ceiling), a band or a 左右 target is met on either side of its figure, so they get none.
    """
    one_sided_floor = comparator in {Comparator.AT_LEAST, Comparator.MORE_THAN} or (
        comparator is Comparator.PP_CHANGE and direction is Direction.FLOOR
    )
    if not one_sided_floor or goal <= 0:
        return None
    return ratio(figure, goal)


def ratio(part: Decimal, whole: Decimal, places: Decimal = ATTAINMENT_PLACES) -> Decimal | None:
    """part ÷ whole to 28 digits, rounded to `places` (4 by default); the precision grows with
    the ratio so that quantize never fails, however large the ratio."""
    if whole == 0:
        return None
    result = _RATIO.divide(part, whole)
    digits = result.adjusted() - places.adjusted() + 4
    context = _RATIO if digits <= _RATIO.prec else Context(prec=digits, traps=_RATIO.traps)
    return result.quantize(places, context=context)


def gap_unit(comparator: Comparator, unit: str | None) -> str:
    """The unit of a gap: percentage points for a % target or a pp change, else the target's."""
    if comparator is Comparator.PP_CHANGE or unit == PERCENT:
        return PERCENTAGE_POINT
    return unit or ""


# ---------------------------------------------------------------- comparing two years' targets


def stricter(direction: Direction, old: Decimal, new: Decimal) -> bool | None:
    """Whether moving a one-sided target from `old` to `new` asks for more; None for a band,
    which is not stricter or looser for moving."""
    match direction:
        case Direction.FLOOR:
            return new > old
        case Direction.CEILING:
            return new < old
        case Direction.BAND:
            return None
        case _:
            assert_never(direction)
