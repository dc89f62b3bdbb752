"""The headline indicator of a published panel, and each place's target on it.

The index page of a published panel charts one indicator across places: the one panel.toml
names (`headline`), else the shared indicator id (the shipped list) that most places set a
target on in the year, the earlier in the shipped list on a tie. Which one it is, and why, is a
fact the page states.

`survey_panel` reads each place once, keeping its counts and its targets on the few candidate
indicators only, so that memory grows with the largest place and not with the panel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from tzgoals.coverage import Tally, tally
from tzgoals.panel import Panel
from tzgoals.panel_scores import PlaceScore, place_datasets
from tzgoals.score import GoalResult, score_year
from tzgoals.shared_ids import shared_indicators


class HeadlineChoice(StrEnum):
    """Why an indicator heads the page: named in panel.toml, set by most places, or none."""

    NAMED = "named"
    MOST_PLACES = "most_places"
    NONE = "none"


@dataclass(frozen=True)
class Headline:
    """The indicator charted (None when no place sets a shared one), why, and by how many of
    the places scored in the year it is set."""

    indicator: str | None
    choice: HeadlineChoice
    places: int = 0
    of: int = 0


@dataclass(frozen=True)
class Surveyed:
    """A place as read for publishing: its counts, and its targets a year on the candidates."""

    score: PlaceScore
    candidates: dict[int, dict[str, GoalResult]]


def candidate_ids(named: str | None) -> tuple[str, ...]:
    """The indicators a headline may be: the one named, else the shared ids in list order."""
    return (named,) if named else tuple(shared.id for shared in shared_indicators())


def _first_targets(results: Sequence[GoalResult], wanted: set[str]) -> dict[str, GoalResult]:
    """The first target on each wanted indicator, as the data lists them, with its verdict."""
    found: dict[str, GoalResult] = {}
    for result in results:
        indicator = result.target.indicator
        if indicator in wanted and indicator not in found:
            found[indicator] = result
    return found


def survey_panel(panel: Panel, candidates: Sequence[str]) -> list[Surveyed]:
    """Every place read and scored in turn; of its goals only the first target a year on each
    candidate indicator is kept."""
    wanted = set(candidates)
    surveyed: list[Surveyed] = []
    for place, dataset, problems in place_datasets(panel):
        if dataset is None:
            surveyed.append(Surveyed(PlaceScore(place, problems=problems), {}))
            continue
        tallies: dict[int, Tally] = {}
        found: dict[int, dict[str, GoalResult]] = {}
        for year in dataset.target_years():
            results = score_year(dataset, year)
            tallies[year] = tally(results)
            found[year] = _first_targets(results, wanted)
        surveyed.append(Surveyed(PlaceScore(place, tallies), found))
    return surveyed


def choose_headline(named: str | None, surveyed: Sequence[Surveyed], year: int | None) -> Headline:
    """The indicator the page charts for `year`, and why (see the module's docstring)."""
    setting = [s.candidates.get(year, {}) for s in surveyed if year in s.score.tallies]
    counts = Counter(indicator for found in setting for indicator in found)
    if named:
        return Headline(named, HeadlineChoice.NAMED, counts[named], len(setting))
    order = candidate_ids(None)
    best = max(order, key=lambda shared: (counts[shared], -order.index(shared)), default=None)
    if best is None or not counts[best]:
        return Headline(None, HeadlineChoice.NONE, 0, len(setting))
    return Headline(best, HeadlineChoice.MOST_PLACES, counts[best], len(setting))


def headline_scores(surveyed: Sequence[Surveyed], headline: Headline) -> list[PlaceScore]:
    """Each place's score with its targets on the headline indicator, for the chart's rows."""
    indicator = headline.indicator
    if indicator is None:
        return [s.score for s in surveyed]
    return [
        replace(
            s.score,
            indicator={
                y: found[indicator] for y, found in s.candidates.items() if indicator in found
            },
        )
        for s in surveyed
    ]
