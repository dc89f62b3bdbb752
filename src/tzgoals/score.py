"""Scoring: a target and what the sources reported become met, missed or unreported.

Pure functions only: models in, facts out. A result carries a status, a `Reason` code and the
numbers behind it; the renderers put them into words. A goal is `unreported` whenever the
sources give nothing that decides it: silence is a finding, never a failure. What a comparator
asks and how a figure meets it is decided in `tzgoals.comparators`, not here.
"""

from collections.abc import Iterable, Mapping
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, NamedTuple

from tzgoals.comparators import (
    Interval,
    Judgement,
    Rule,
    attainment,
    gap_unit,
    judge,
    resolve_direction,
    rule_for,
)
from tzgoals.models import Actual, Dataset, Indicator, Target
from tzgoals.reported import (
    Evidence,
    ScopeIndex,
    bound_flags,
    combined,
    decider_of,
    flags_of,
    gather_evidence,
    interval,
    ordered,
)
from tzgoals.units import ARITHMETIC
from tzgoals.vocabulary import Comparator, Direction, Flag, Reason, Scope, Status

if TYPE_CHECKING:  # imported by the goals with year-to-date figures, which most datasets lack
    from tzgoals.pace import PaceFact

__all__ = ["Evidence", "flags_of"]  # at home in reported, read from here too


class GoalResult(NamedTuple):
    """One target's verdict and the facts behind it.

    `actual` is the figure the verdict rests on: the year's result of the target's own
    indicator, or of a narrower or wider one (then `scope` says which). `evidence` lists every
    figure considered, so that an undecided goal can name them. `compared` is the figure (or
    the bound) set against the target, in the target's unit; for a percentage-point target it
    is the change since the baseline, and `levels` the two years' levels. `gap` is the margin:
    positive to spare, negative short, in `gap_unit`.
    """

    target: Target
    indicator: Indicator
    status: Status
    reason: Reason
    direction: Direction | None = None
    actual: Actual | None = None
    scope: Scope | None = None
    baseline: Actual | None = None
    evidence: tuple[Evidence, ...] = ()
    compared: Decimal | bool | None = None
    levels: tuple[Decimal, Decimal] | None = None
    gap: Decimal | None = None
    flags: tuple[Flag, ...] = ()
    #: The pace by the year's latest year-to-date figure, when there is one (`tzgoals.pace`).
    pace: "PaceFact | None" = None

    @property
    def attainment(self) -> Decimal | None:
        """The figure ÷ the target where 100% is the line between met and missed
        (`comparators.attainment`), else None. Worked out when asked: a track record scores
        every goal of ten years and shows none of them."""
        figure, goal, direction = self.compared, self.target.value, self.direction
        if not isinstance(figure, Decimal) or goal is None or direction is None:
            return None
        if self.status is Status.UNREPORTED:
            return None
        return attainment(self.target.comparator, direction, goal, figure)

    @property
    def in_progress(self) -> "PaceFact | None":
        """The pace a reader is shown beside the status: only while no verdict is in."""
        return self.pace if self.status is Status.UNREPORTED else None

    @property
    def reported(self) -> bool:
        """Whether the sources gave any figure for this goal, scored or not."""
        return bool(self.evidence)

    @property
    def gap_unit(self) -> str:
        return gap_unit(self.target.comparator, self.target.unit)

    @property
    def qualifiers(self) -> tuple[Flag, ...]:
        """How the sources qualify the figure a reader is shown: the scored figure's flags, or
        those of the year's figure when it scores nothing."""
        return self.flags or flags_of(self.actual)


# ---------------------------------------------------------------- verdicts

_REASONS = {
    (Direction.FLOOR, True): Reason.MEETS_FLOOR,
    (Direction.FLOOR, False): Reason.BELOW_FLOOR,
    (Direction.CEILING, True): Reason.MEETS_CEILING,
    (Direction.CEILING, False): Reason.ABOVE_CEILING,
    (Direction.BAND, True): Reason.INSIDE_BAND,
    (Direction.BAND, False): Reason.OUTSIDE_BAND,
}


def _unreported(
    target: Target,
    indicator: Indicator,
    reason: Reason,
    direction: Direction | None = None,
    evidence: tuple[Evidence, ...] = (),
    actual: Actual | None = None,
) -> GoalResult:
    return GoalResult(
        target=target,
        indicator=indicator,
        status=Status.UNREPORTED,
        reason=reason,
        direction=direction,
        actual=actual,
        evidence=evidence,
        flags=flags_of(*(e.actual for e in evidence)),
    )


def _decided(
    target: Target,
    indicator: Indicator,
    rule: Rule,
    judgement: Judgement,
    evidence: tuple[Evidence, ...],
    actual: Actual,
    flags: tuple[Flag, ...],
    scope: Scope | None = None,
    baseline: Actual | None = None,
    levels: tuple[Decimal, Decimal] | None = None,
) -> GoalResult:
    """A met or missed goal: the verdict the judgement proves, with the figures behind it
    (`flags` in their fixed order)."""
    assert target.value is not None
    return GoalResult(
        target=target,
        indicator=indicator,
        status=Status.MET if judgement.met else Status.MISSED,
        reason=_REASONS[rule.direction, judgement.met],
        direction=rule.direction,
        actual=actual,
        scope=scope,
        baseline=baseline,
        evidence=evidence,
        compared=judgement.figure,
        levels=levels,
        gap=judgement.margin,
        flags=flags,
    )


def _score_level(
    target: Target,
    indicator: Indicator,
    direction: Direction,
    evidence: tuple[Evidence, ...],
) -> GoalResult:
    """Targets on the level of a figure: at least, more than, at most, less than, between,
    about; decided by the figure itself or, failing that, by bounds from related measures."""
    assert target.value is not None
    own = evidence[0].actual if evidence and evidence[0].scope is None else None
    rule = rule_for(target.comparator, direction, target.value, target.value_max, target.tolerance)
    judgement = judge(rule, combined(evidence))
    if judgement is None:
        return _unreported(
            target, indicator, Reason.BOUND_UNDECIDED, direction, evidence, actual=own
        )
    decider = decider_of(evidence, judgement)
    return _decided(
        target, indicator, rule, judgement, evidence, decider.actual,
        bound_flags(judgement, decider), scope=decider.scope,
    )  # fmt: skip


def _score_pp_change(
    target: Target,
    indicator: Indicator,
    direction: Direction,
    actual: Actual,
    baseline: Actual | None,
) -> GoalResult:
    """A change of a share in percentage points, against the previous year of the same indicator."""
    assert target.value is not None and actual.unit is not None
    evidence = (Evidence(actual, indicator, None, interval(actual, indicator.unit or actual.unit)),)
    if baseline is None:
        return _unreported(target, indicator, Reason.NO_BASELINE, direction, evidence, actual)
    now = evidence[0].where
    before = interval(baseline, indicator.unit or actual.unit)
    change = now.minus(before)
    rule = rule_for(target.comparator, direction, target.value)
    judgement = judge(rule, change)
    levels = (before.low, now.low) if before.low is not None and now.low is not None else None
    if judgement is None:
        return _unreported(target, indicator, Reason.BOUND_UNDECIDED, direction, evidence, actual)
    flags = set(flags_of(actual, baseline)) - {Flag.LOWER_BOUND}
    if judgement.bound == "low":
        flags.add(Flag.LOWER_BOUND)
    elif judgement.bound == "high":
        flags.add(Flag.UPPER_BOUND)
    return _decided(
        target, indicator, rule, judgement, evidence, actual, ordered(flags),
        baseline=baseline, levels=levels,
    )  # fmt: skip


def _score_outcome(target: Target, indicator: Indicator, actual: Actual | None) -> GoalResult:
    """Milestones and qualitative goals: met or missed only as a quoted result says."""
    milestone = target.comparator is Comparator.MILESTONE
    if actual is None:
        reason = Reason.NO_OUTCOME if milestone else Reason.NO_JUDGEMENT
        return _unreported(target, indicator, reason)
    assert isinstance(actual.value, bool)
    if milestone:
        reason = Reason.REPORTED_DONE if actual.value else Reason.REPORTED_NOT_DONE
    else:
        reason = Reason.JUDGED_ACHIEVED if actual.value else Reason.JUDGED_NOT_ACHIEVED
    return GoalResult(
        target=target,
        indicator=indicator,
        status=Status.MET if actual.value else Status.MISSED,
        reason=reason,
        actual=actual,
        evidence=(Evidence(actual, indicator, None, Interval(None, None)),),
        compared=actual.value,
        flags=flags_of(actual),
    )


def score_target(
    target: Target,
    indicator: Indicator,
    actual: Actual | None,
    baseline: Actual | None = None,
    related: Iterable[tuple[Indicator, Actual, Scope]] = (),
) -> GoalResult:
    """Score one target from its year's actual (for a pp change, also the year before's), and
    from the same year's figures of narrower or wider measures (`related`) when those decide."""
    if target.comparator in (Comparator.MILESTONE, Comparator.QUALITATIVE):
        return _score_outcome(target, indicator, actual)
    direction = resolve_direction(target.comparator, target.direction, indicator.polarity)
    assert direction is not None
    if target.comparator is Comparator.PP_CHANGE:
        if actual is None:
            return _unreported(target, indicator, Reason.NO_RESULT, direction)
        return _score_pp_change(target, indicator, direction, actual, baseline)
    evidence = gather_evidence(target, indicator, actual, related)
    if not evidence:
        return _unreported(target, indicator, Reason.NO_RESULT, direction)
    return _score_level(target, indicator, direction, evidence)


def score_targets(
    targets: Iterable[Target],
    indicators: Mapping[str, Indicator],
    actuals: Mapping[tuple[str, int], Actual],
    year_to_date: Mapping[tuple[str, int], tuple[Actual, ...]] | None = None,
) -> Iterable[GoalResult]:
    """Score targets one by one, looking actuals up by (indicator, year) rather than searching;
    a goal with year-to-date figures also gets the pace of the latest (`Dataset.year_to_date`).
    Only whole-year figures are in `actuals`: a part-year figure never decides a verdict.

    Consume it inside `localcontext(ARITHMETIC)`, as `score_year` does, for exact arithmetic.
    """
    scopes = ScopeIndex.of(indicators)
    scoped = scopes.narrower.keys() | scopes.wider.keys()
    for target in targets:
        related = (
            [
                (indicators[other], found, scope)
                for other, scope in scopes.related(target.indicator)
                if (found := actuals.get((other, target.year))) is not None
            ]
            if target.indicator in scoped
            else ()
        )
        indicator = indicators[target.indicator]
        result = score_target(
            target,
            indicator,
            actuals.get((target.indicator, target.year)),
            actuals.get((target.indicator, target.year - 1)),
            related,
        )
        so_far = year_to_date.get((target.indicator, target.year)) if year_to_date else None
        yield _paced(result, indicator, so_far[-1]) if so_far else result


def _paced(result: GoalResult, indicator: Indicator, latest: Actual) -> GoalResult:
    """The result with the pace of the year's latest year-to-date figure."""
    from tzgoals.pace import pace_of

    return result._replace(pace=pace_of(result.target, indicator, latest))


def _revisable(target: Target, vintages: Mapping[tuple[str, int], object]) -> bool:
    """Whether a target's figure (or, for a pp change, its baseline) has several vintages."""
    return (target.indicator, target.year) in vintages or (
        target.comparator is Comparator.PP_CHANGE
        and (target.indicator, target.year - 1) in vintages
    )


def _marked_revised(dataset: Dataset, results: list[GoalResult]) -> list[GoalResult]:
    """Flag `revised` each goal whose verdict on the first figures differs from its verdict on
    the latest. Data with one figure a year pays nothing for it."""
    if not dataset.vintages:
        return results
    revisable = [r.target for r in results if _revisable(r.target, dataset.vintages)]
    if not revisable:
        return results
    first = {**dataset.actuals, **{key: vs[0] for key, vs in dataset.vintages.items()}}
    before = {r.target.id: r.status for r in score_targets(revisable, dataset.indicators, first)}
    return [
        r._replace(flags=ordered((*r.qualifiers, Flag.REVISED)))
        if before.get(r.target.id, r.status) is not r.status
        else r
        for r in results
    ]


def score_goal(dataset: Dataset, target: Target) -> GoalResult:
    """One target of the dataset scored as `score_year` would score it."""
    with localcontext(ARITHMETIC):
        scored = list(
            score_targets([target], dataset.indicators, dataset.actuals, dataset.year_to_date)
        )
        return _marked_revised(dataset, scored)[0]


def score_many(dataset: Dataset, targets: Iterable[Target]) -> list[GoalResult]:
    """Targets of any years scored, in the exact arithmetic of `tzgoals.units.ARITHMETIC`; a
    goal whose verdict a later figure changed is flagged `revised`."""
    with localcontext(ARITHMETIC):
        scored = list(
            score_targets(targets, dataset.indicators, dataset.actuals, dataset.year_to_date)
        )
        return _marked_revised(dataset, scored)


def score_year(dataset: Dataset, year: int) -> list[GoalResult]:
    """Every target of `year` scored, as `score_many` scores them."""
    return score_many(dataset, (t for t in dataset.targets if t.year == year))
