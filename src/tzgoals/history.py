"""The track record: an indicator's target, result and verdict year by year, and what the
next year's plan did with a target that was missed.

Facts only, for `tzgoals history`: each row is a scored goal (on the latest figure, or the
latest by `--as-of`) with what became of it after a miss; `render/history.py` puts it into
words and pictures.
"""

from __future__ import annotations

from decimal import localcontext
from typing import NamedTuple

from tzgoals.change import TargetChange, compare_targets
from tzgoals.models import Dataset, Indicator, Target
from tzgoals.score import GoalResult, score_many
from tzgoals.spelling import closest
from tzgoals.units import ARITHMETIC
from tzgoals.vocabulary import AfterMiss, Status

#: The fewest years of targets that make a track record, when no indicator is asked for.
FEWEST_YEARS = 2


class UnknownIndicator(LookupError):
    """No indicator has the id asked for; `closest` are the ids that look like it."""

    def __init__(self, indicator_id: str, closest: list[str]) -> None:
        super().__init__(indicator_id)
        self.indicator_id = indicator_id
        self.closest = closest


class YearRow(NamedTuple):
    """One year of an indicator's record: its target scored, and, when it was missed, what
    the next year's plan did with it (None when it was not missed, kept, or not known)."""

    result: GoalResult
    after_miss: AfterMiss | None

    @property
    def year(self) -> int:
        return self.result.target.year


class IndicatorHistory(NamedTuple):
    """An indicator's targets, one a year, oldest first."""

    indicator: Indicator
    rows: list[YearRow]

    @property
    def met(self) -> int:
        return sum(row.result.status is Status.MET for row in self.rows)

    @property
    def scored(self) -> int:
        return sum(row.result.status is not Status.UNREPORTED for row in self.rows)

    @property
    def unreported(self) -> int:
        return len(self.rows) - self.scored


def _yearly_targets(dataset: Dataset) -> dict[str, dict[int, Target]]:
    """Each indicator's first target of each year, as `diff --of targets` pairs them."""
    found: dict[str, dict[int, Target]] = {}
    for target in dataset.targets:
        found.setdefault(target.indicator, {}).setdefault(target.year, target)
    return found


def _after_miss(
    result: GoalResult, next_year: Target | None, plan_exists: bool
) -> AfterMiss | None:
    """Dropped when next year's plan (if the dataset has it) sets no target on the indicator;
    lowered when it sets an easier one of the same kind. Asked only of a missed goal."""
    if not plan_exists:
        return None
    change = compare_targets(result.target, next_year, result.indicator)
    if change is TargetChange.DROPPED:
        return AfterMiss.DROPPED
    return AfterMiss.LOWERED if change is TargetChange.LOOSENED else None


def track_record(dataset: Dataset, indicator_id: str | None = None) -> list[IndicatorHistory]:
    """The record of one indicator, or of every indicator with targets in two or more years,
    in the data's order of indicators. `UnknownIndicator` for an id the data does not have."""
    if indicator_id is not None and indicator_id not in dataset.indicators:
        ids = list(dataset.indicators)
        raise UnknownIndicator(indicator_id, closest(indicator_id, ids, count=5, cutoff=0.5))
    yearly = _yearly_targets(dataset)
    chosen = [
        indicator
        for indicator in dataset.indicators.values()
        if (indicator.id == indicator_id)
        or (indicator_id is None and len(yearly.get(indicator.id, ())) >= FEWEST_YEARS)
    ]
    targets = [yearly[i.id][year] for i in chosen for year in sorted(yearly.get(i.id, {}))]
    results = iter(score_many(dataset, targets))
    plan_years = set(dataset.target_years())
    records = []
    with localcontext(ARITHMETIC):
        for indicator in chosen:
            by_year = yearly.get(indicator.id, {})
            rows = []
            for year in sorted(by_year):
                result = next(results)
                after = (
                    _after_miss(result, by_year.get(year + 1), year + 1 in plan_years)
                    if result.status is Status.MISSED
                    else None
                )
                rows.append(YearRow(result, after))
            records.append(IndicatorHistory(indicator, rows))
    return records
