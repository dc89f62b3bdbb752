"""What the figures reported say of a target's true figure: each as an interval in the target's
unit (a point, or a bound), its own indicator's or a narrower or wider one's, and the qualifiers
the sources put on them. `tzgoals.score` judges the intervals; this module only gathers them.
"""

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import NamedTuple

from tzgoals.comparators import Interval, Judgement
from tzgoals.models import Actual, Indicator, Target
from tzgoals.units import convert
from tzgoals.vocabulary import Flag, Scope


class Evidence(NamedTuple):
    """A reported figure considered for a target: its own indicator's, or a related one's.

    `where` is the interval the target's true figure lies in by this evidence, in the
    target's unit: a point for an exact figure of the same measure, open above for a lower
    bound (超X) or a narrower measure, open below for a wider one.
    """

    actual: Actual
    indicator: Indicator
    scope: Scope | None
    where: Interval


_FLAG_ORDER = tuple(Flag)


def ordered(flags: Iterable[Flag]) -> tuple[Flag, ...]:
    present = set(flags)
    return tuple(flag for flag in _FLAG_ORDER if flag in present) if present else ()


#: The qualifiers of figures, ordered once for each of the eight ways a figure can be an
#: estimate, a lower bound and approximate: scoring asks for them once a goal (100,000 times
#: for a ten-year track record), and a look-up builds no set.
_SOURCE_FLAGS = {
    (estimate, lower, approximate): ordered(
        flag
        for flag, present in (
            (Flag.ESTIMATE, estimate),
            (Flag.LOWER_BOUND, lower),
            (Flag.APPROXIMATE, approximate),
        )
        if present
    )
    for estimate in (False, True)
    for lower in (False, True)
    for approximate in (False, True)
}


def flags_of(*actuals: Actual | None) -> tuple[Flag, ...]:
    """The qualifiers the sources put on these figures, each once, in a fixed order."""
    estimate = lower = approximate = False
    for actual in actuals:
        if actual is not None:
            estimate = estimate or actual.is_estimate
            lower = lower or actual.lower_bound
            approximate = approximate or actual.approximate
    return _SOURCE_FLAGS[estimate, lower, approximate]


# ---------------------------------------------------------------- evidence


def interval(actual: Actual, unit: str) -> Interval:
    """Where the true figure lies by one actual, in `unit`: a point, or open above for 超X."""
    assert isinstance(actual.value, Decimal) and actual.unit is not None
    value = convert(actual.value, actual.unit, unit)
    return Interval(value, None) if actual.lower_bound else Interval(value, value)


def _scope_interval(actual: Actual, unit: str, scope: Scope) -> Interval:
    """What a related measure's figure says of the target's: a part's figure (or a lower
    bound of it) is a lower bound; the whole's exact figure is an upper bound; the whole's
    lower bound says nothing (an interval open on both sides)."""
    own = interval(actual, unit)
    if scope is Scope.NARROWER:
        return Interval(own.low, None)
    return Interval(None, own.high)


class ScopeIndex(NamedTuple):
    """Each indicator's narrower and wider indicators, all the way down and up."""

    narrower: dict[str, tuple[str, ...]]
    wider: dict[str, tuple[str, ...]]

    @classmethod
    def of(cls, indicators: Mapping[str, Indicator]) -> "ScopeIndex":
        wider: dict[str, tuple[str, ...]] = {}
        for indicator in indicators.values():
            chain: list[str] = []
            parent = indicator.part_of
            while parent is not None and parent in indicators and parent not in chain:
                chain.append(parent)
                parent = indicators[parent].part_of
            if chain:
                wider[indicator.id] = tuple(chain)
        narrower: dict[str, list[str]] = {}
        for part, wholes in wider.items():
            for whole in wholes:
                narrower.setdefault(whole, []).append(part)
        return cls({k: tuple(v) for k, v in narrower.items()}, wider)

    def related(self, indicator_id: str) -> Iterable[tuple[str, Scope]]:
        for part in self.narrower.get(indicator_id, ()):
            yield part, Scope.NARROWER
        for whole in self.wider.get(indicator_id, ()):
            yield whole, Scope.WIDER


def gather_evidence(
    target: Target,
    indicator: Indicator,
    actual: Actual | None,
    related: Iterable[tuple[Indicator, Actual, Scope]] = (),
) -> tuple[Evidence, ...]:
    """Every figure that says something about a numeric target's true figure.

    An exact figure of the target's own measure settles it alone; otherwise a lower bound
    of its own and the figures of narrower and wider measures are all kept.
    """
    assert target.unit is not None
    own: list[Evidence] = []
    if actual is not None:
        own.append(Evidence(actual, indicator, None, interval(actual, target.unit)))
        if own[0].where.exact:
            return tuple(own)
    others = [
        Evidence(other_actual, other, scope, _scope_interval(other_actual, target.unit, scope))
        for other, other_actual, scope in related
    ]
    return (*own, *others)


def combined(evidence: Sequence[Evidence]) -> Interval:
    if len(evidence) == 1:  # the usual case: the goal's own figure
        return evidence[0].where
    where = Interval(None, None)
    for item in evidence:
        where = where.intersect(item.where)
    return where


_SIDES = {"high": ("high",), "low": ("low",)}


def decider_of(evidence: Sequence[Evidence], judgement: Judgement) -> Evidence:
    """The piece of evidence whose figure (or bound) the verdict rests on."""
    if len(evidence) == 1:
        return evidence[0]
    sides = _SIDES.get(judgement.bound or "", ("low", "high"))
    return next(e for e in evidence for side in sides if getattr(e.where, side) == judgement.figure)


def bound_flags(judgement: Judgement, decider: Evidence) -> tuple[Flag, ...]:
    """The decider's qualifiers, with the bound the verdict rests on and whether the figure is
    a related measure's; an exact figure of the goal's own measure keeps its own as they are."""
    own = flags_of(decider.actual)
    if judgement.bound is None and decider.scope is None and Flag.LOWER_BOUND not in own:
        return own
    flags = set(own) - {Flag.LOWER_BOUND}
    if judgement.bound in {"low", "both"}:
        flags.add(Flag.LOWER_BOUND)
    if judgement.bound in {"high", "both"}:
        flags.add(Flag.UPPER_BOUND)
    if decider.scope is not None:
        flags.add(Flag.BY_SCOPE)
    return ordered(flags)
