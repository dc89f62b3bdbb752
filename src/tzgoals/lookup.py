"""One goal found by its id, with what `show` needs around it: its area, last year's figure,
and every figure published for its year with the verdict each gives."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from tzgoals.models import Actual, Area, Dataset, Target
from tzgoals.score import GoalResult, score_goal
from tzgoals.spelling import closest
from tzgoals.vocabulary import Status


class UnknownGoal(LookupError):
    """No goal has the id asked for; `closest` are the ids that look like it."""

    def __init__(self, goal_id: str, closest: list[str]) -> None:
        super().__init__(goal_id)
        self.goal_id = goal_id
        self.closest = closest


class VintageVerdict(NamedTuple):
    """One figure published for a goal's year, when (`as_of`, "" unknown) and what it gives."""

    actual: Actual
    as_of: str
    status: Status


class GoalDetail(NamedTuple):
    result: GoalResult
    area: Area | None
    previous: Actual | None
    vintages: tuple[VintageVerdict, ...] = ()


def vintage_verdicts(dataset: Dataset, target: Target) -> tuple[VintageVerdict, ...]:
    """The verdict each figure of the target's year gives, earliest first; none when the year
    has only one figure."""
    key = (target.indicator, target.year)

    def verdict(figure: Actual) -> Status:
        alone = replace(dataset, actuals={**dataset.actuals, key: figure}, vintages={})
        return score_goal(alone, target).status

    return tuple(
        VintageVerdict(figure, dataset.figure_date(figure), verdict(figure))
        for figure in dataset.vintages.get(key, ())
    )


def goal_detail(dataset: Dataset, goal_id: str) -> GoalDetail:
    """The goal scored as `status` scores it, or `UnknownGoal` naming the closest ids."""
    target = next((t for t in dataset.targets if t.id == goal_id), None)
    if target is None:
        ids = [t.id for t in dataset.targets]
        raise UnknownGoal(goal_id, closest(goal_id, ids, count=5, cutoff=0.5))
    area = next((a for a in dataset.areas if (a.year, a.id) == (target.year, target.area)), None)
    previous = dataset.actuals.get((target.indicator, target.year - 1))
    return GoalDetail(
        score_goal(dataset, target), area, previous, vintage_verdicts(dataset, target)
    )
