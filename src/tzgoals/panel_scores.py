"""A panel scored: each place read, scored and let go in turn, so that memory grows with the
largest place, never with the panel.

What is kept of a place is small: its counts for each year, and, when one indicator was asked
for, that indicator's target and verdict for each year. The rows of `panel` are built from
these facts; the amplification of a target (the place's target minus its parent's) needs the
parent's, which may come later in the file, so it is worked out once every place is read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, assert_never

from tzgoals.comparators import ratio
from tzgoals.coverage import Tally, tally
from tzgoals.files.load import load_dataset
from tzgoals.files.problems import DataError, Problem
from tzgoals.models import Actual, Dataset
from tzgoals.panel import Panel, Place, rank
from tzgoals.score import GoalResult, score_year
from tzgoals.vocabulary import Level, PanelOrder

if TYPE_CHECKING:  # a panel without a cache (the library's) never imports it
    from tzgoals.files.cache_store import CacheStore


@dataclass(frozen=True)
class PlaceScore:
    """What is kept of one place: its counts a year, its target on the indicator asked for
    (with its verdict) a year, or the problems that kept its dataset from being read."""

    place: Place
    tallies: dict[int, Tally] = field(default_factory=dict)
    indicator: dict[int, GoalResult] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    #: The place's whole-year figure on the indicator asked for, a year it set no target on
    #: it: a result with nothing to score it against, but a result all the same.
    reported: dict[int, Actual] = field(default_factory=dict)

    @property
    def usable(self) -> bool:
        return not self.problems


def _first_on(results: Iterable[GoalResult], indicator: str) -> GoalResult | None:
    """The first target of the year on `indicator`, as the data lists them, with its verdict."""
    return next((r for r in results if r.target.indicator == indicator), None)


def place_datasets(
    panel: Panel, levels: Sequence[Level] = (), cache: CacheStore | None = None
) -> Iterator[tuple[Place, Dataset | None, tuple[Problem, ...]]]:
    """Each place's dataset (of the levels chosen), read when its turn comes (through the
    `cache` of parsed files, when given) and let go by the caller; a dataset that cannot be used
    comes as None with its problems."""
    for place in panel.places:
        if levels and place.level not in levels:
            continue
        try:
            dataset = load_dataset(panel.paths(place), cache)
        except DataError as error:
            yield place, None, tuple(error.problems)
            continue
        yield place, dataset, ()


def score_place(place: Place, dataset: Dataset, indicator: str | None) -> PlaceScore:
    tallies: dict[int, Tally] = {}
    facts: dict[int, GoalResult] = {}
    for year in dataset.target_years():
        results = score_year(dataset, year)
        tallies[year] = tally(results)
        found = _first_on(results, indicator) if indicator else None
        if found is not None:
            facts[year] = found
    reported = {
        year: actual
        for year in dataset.actual_years()
        if indicator
        and year not in facts
        and (actual := dataset.actuals.get((indicator, year))) is not None
    }
    return PlaceScore(place, tallies, facts, reported=reported)


def score_panel(
    panel: Panel, indicator: str | None = None, cache: CacheStore | None = None
) -> list[PlaceScore]:
    """Every place scored for each of its years, one place in memory at a time."""
    scores: list[PlaceScore] = []
    for place, dataset, problems in place_datasets(panel, cache=cache):
        if dataset is None:
            scores.append(PlaceScore(place, problems=problems))
        else:
            scores.append(score_place(place, dataset, indicator))
    return scores


def common_year(scores: Sequence[PlaceScore]) -> int | None:
    """The year to compare when none is asked for: the one most places set targets for, the
    latest of those on a tie (a national dataset of seven years beside a district's one
    compares the district's year)."""
    counts = Counter(year for score in scores for year in score.tallies)
    if not counts:
        return None
    return max(counts, key=lambda year: (counts[year], year))


class PlaceState(StrEnum):
    """Whether a place's row has counts: scored, no targets in the year, or unusable data."""

    SCORED = "scored"
    NO_TARGETS = "no_targets"
    UNUSABLE = "unusable"


@dataclass(frozen=True)
class PlaceRow:
    place: Place
    state: PlaceState
    tally: Tally | None
    problems: tuple[Problem, ...] = ()

    @property
    def met_share(self) -> Decimal | None:
        """Met of the targets scored (met or missed)."""
        t = self.tally
        return ratio(Decimal(t.met), Decimal(t.scored)) if t else None

    @property
    def reported_share(self) -> Decimal | None:
        return self.tally.reported_share if self.tally else None


def _place_row(score: PlaceScore, year: int | None) -> PlaceRow:
    if not score.usable:
        return PlaceRow(score.place, PlaceState.UNUSABLE, None, score.problems)
    counts = score.tallies.get(year) if year is not None else None
    if counts is None:
        return PlaceRow(score.place, PlaceState.NO_TARGETS, None)
    return PlaceRow(score.place, PlaceState.SCORED, counts)


def _row_key(order: PanelOrder) -> Callable[[PlaceRow], tuple[bool, Decimal | int]] | None:
    """How `order` ranks rows: a level from the top, counts and shares from the highest;
    a row without the figure comes last."""
    match order:
        case PanelOrder.PLACE:
            return None
        case PanelOrder.LEVEL:
            return lambda row: (False, rank(row.place.level))
        case PanelOrder.TARGETS:
            return lambda row: (row.tally is None, -(row.tally.targets if row.tally else 0))
        case PanelOrder.MET_SHARE:
            return lambda row: (row.met_share is None, -(row.met_share or 0))
        case PanelOrder.REPORTED_SHARE:
            return lambda row: (row.reported_share is None, -(row.reported_share or 0))
        case _:
            assert_never(order)


def place_rows(
    scores: Sequence[PlaceScore],
    year: int | None,
    levels: Sequence[Level] = (),
    order: PanelOrder = PanelOrder.PLACE,
) -> list[PlaceRow]:
    """One row a place of the chosen levels, for `year`, in `order`."""
    rows = [_place_row(s, year) for s in scores if not levels or s.place.level in levels]
    key = _row_key(order)
    return rows if key is None else sorted(rows, key=key)
