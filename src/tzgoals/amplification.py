"""One indicator across a panel: each place's target and verdict, and how far its target
stands above or below its parent's (the amplification of targets level by level).

The difference is taken only where it means something: both places set a target with a figure
on the indicator in the year, in the same unit. Otherwise the cell is empty, and a `VsParent`
code says why, for the renderers to put into words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from tzgoals.files.problems import Problem
from tzgoals.models import Actual
from tzgoals.panel import Place, rank
from tzgoals.panel_scores import PlaceScore, PlaceState
from tzgoals.score import GoalResult
from tzgoals.vocabulary import Level, PanelOrder


class VsParent(StrEnum):
    """Why a place's target is not compared with its parent's."""

    NO_PARENT = "no_parent"
    NO_TARGET = "no_target"
    NO_PARENT_TARGET = "no_parent_target"
    PARENT_UNUSABLE = "parent_unusable"
    NO_FIGURE = "no_figure"
    UNITS_DIFFER = "units_differ"


@dataclass(frozen=True)
class IndicatorRow:
    """One place's target on the indicator, its verdict, and its difference from its
    parent's target (`vs_parent`), or why there is none (`vs_parent_reason`); without a
    target, the place's figure for the year all the same (`reported`), unscored."""

    place: Place
    state: PlaceState
    result: GoalResult | None
    vs_parent: Decimal | None
    vs_parent_reason: VsParent | None
    problems: tuple[Problem, ...] = ()
    reported: Actual | None = None


def difference(
    own: GoalResult | None, parent: GoalResult | None
) -> tuple[Decimal | None, VsParent | None]:
    """The place's target minus its parent's, in the target's unit, or why not."""
    if own is None:
        return None, VsParent.NO_TARGET
    if parent is None:
        return None, VsParent.NO_PARENT_TARGET
    mine, theirs = own.target, parent.target
    if mine.value is None or theirs.value is None:
        return None, VsParent.NO_FIGURE
    if mine.unit != theirs.unit:
        return None, VsParent.UNITS_DIFFER
    return mine.value - theirs.value, None


def _vs_parent(
    score: PlaceScore, year: int, scores: dict[str, PlaceScore]
) -> tuple[Decimal | None, VsParent | None]:
    own = score.indicator.get(year)
    parent_id = score.place.parent
    if parent_id is None or parent_id not in scores:
        return (None, VsParent.NO_PARENT) if own is not None else (None, VsParent.NO_TARGET)
    parent = scores[parent_id]
    if not parent.usable:
        return None, VsParent.PARENT_UNUSABLE
    return difference(own, parent.indicator.get(year))


def _row(score: PlaceScore, year: int | None, scores: dict[str, PlaceScore]) -> IndicatorRow:
    if not score.usable:
        return IndicatorRow(score.place, PlaceState.UNUSABLE, None, None, None, score.problems)
    reported = score.reported.get(year) if year is not None else None
    if year is None or year not in score.tallies:
        state = PlaceState.NO_TARGETS
        return IndicatorRow(score.place, state, None, None, VsParent.NO_TARGET, reported=reported)
    vs, why = _vs_parent(score, year, scores)
    result = score.indicator.get(year)
    return IndicatorRow(score.place, PlaceState.SCORED, result, vs, why, reported=reported)


def indicator_rows(
    scores: Sequence[PlaceScore],
    year: int | None,
    levels: Sequence[Level] = (),
    order: PanelOrder = PanelOrder.PLACE,
) -> list[IndicatorRow]:
    """One row a place of the chosen levels: as the panel lists them, or (any other order)
    from the highest level down, so that each step of amplification reads downwards."""
    by_id = {score.place.id: score for score in scores}
    rows = [_row(s, year, by_id) for s in scores if not levels or s.place.level in levels]
    if order is PanelOrder.PLACE:
        return rows
    return sorted(rows, key=lambda row: rank(row.place.level))
