"""One goal found by its id, with what `show` needs around it: its area and last year's figure."""

from __future__ import annotations

from typing import NamedTuple

from tzgoals.models import Actual, Area, Dataset
from tzgoals.score import GoalResult, score_goal
from tzgoals.spelling import closest


class UnknownGoal(LookupError):
    """No goal has the id asked for; `closest` are the ids that look like it."""

    def __init__(self, goal_id: str, closest: list[str]) -> None:
        super().__init__(goal_id)
        self.goal_id = goal_id
        self.closest = closest


class GoalDetail(NamedTuple):
    result: GoalResult
    area: Area | None
    previous: Actual | None


def goal_detail(dataset: Dataset, goal_id: str) -> GoalDetail:
    """The goal scored as `status` scores it, or `UnknownGoal` naming the closest ids."""
    target = next((t for t in dataset.targets if t.id == goal_id), None)
    if target is None:
        ids = [t.id for t in dataset.targets]
        raise UnknownGoal(goal_id, closest(goal_id, ids, count=5, cutoff=0.5))
    area = next((a for a in dataset.areas if (a.year, a.id) == (target.year, target.area)), None)
    previous = dataset.actuals.get((target.indicator, target.year - 1))
    return GoalDetail(score_goal(dataset, target), area, previous)
