"""Coverage: counts of what was met, missed and unreported, and the goals a reader asked for.

Counts are facts a journalist may quote, so they always cover every goal of the year and areas
chosen; a status filter changes which rows are listed, never the counts.
"""

from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple, assert_never

from tzgoals.comparators import ratio
from tzgoals.models import Actual, Area, Dataset
from tzgoals.refusal import Refusal
from tzgoals.score import GoalResult, score_year
from tzgoals.spelling import closest
from tzgoals.vocabulary import Flag, Order, Status


class Tally(NamedTuple):
    """Counts of a group of goals.

    `reported` counts goals the sources gave any figure for; of those, `met` and `missed` were
    scored and `not_scorable` were not (no baseline, or bounds that do not decide). The rest of
    `unreported` were never mentioned.
    """

    targets: int = 0
    met: int = 0
    missed: int = 0
    unreported: int = 0
    reported: int = 0
    not_scorable: int = 0
    #: Verdicts a later figure changed (flagged `revised`).
    revised: int = 0

    def add(self, result: GoalResult) -> "Tally":
        unreported = result.status is Status.UNREPORTED
        return Tally(
            targets=self.targets + 1,
            met=self.met + (result.status is Status.MET),
            missed=self.missed + (result.status is Status.MISSED),
            unreported=self.unreported + unreported,
            reported=self.reported + result.reported,
            not_scorable=self.not_scorable + (unreported and result.reported),
            revised=self.revised + (Flag.REVISED in result.flags),
        )

    @property
    def scored(self) -> int:
        return self.met + self.missed

    @property
    def never_mentioned(self) -> int:
        return self.unreported - self.not_scorable

    @property
    def reported_share(self) -> Decimal | None:
        return ratio(Decimal(self.reported), Decimal(self.targets))


def tally(results: Iterable[GoalResult]) -> Tally:
    total = Tally()
    for result in results:
        total = total.add(result)
    return total


def tally_by_area(results: Iterable[GoalResult]) -> dict[str, Tally]:
    by_area: dict[str, Tally] = {}
    for result in results:
        area = result.target.area
        by_area[area] = by_area.get(area, Tally()).add(result)
    return by_area


class SelectionError(Refusal):
    """A year or area asked for that the dataset does not have."""


class Selection(NamedTuple):
    """The goals a user asked to see, and the areas they fall in, in the data's order.

    `in_scope` is every goal of the year in the chosen areas, which is what coverage counts;
    `results` are those with the chosen statuses and qualifiers, the rows to list, in `order`.
    A filter changes which rows are shown, never the counts a reader might quote. `filtered`
    is true when areas, statuses or qualifiers were chosen, so that areas without goals are
    not named.
    """

    year: int
    results: list[GoalResult]
    in_scope: list[GoalResult]
    areas: list[Area]
    filtered: bool
    order: Order = Order.AREA


def _sort_key(order: Order) -> Callable[[GoalResult], tuple[bool, Decimal | int]] | None:
    """How `order` ranks goals; a goal with no attainment or gap comes last. Gaps in different
    units are compared as numbers, as a reader sorting the page's column would."""
    match order:
        case Order.AREA:
            return None
        case Order.STATUS:
            ranks = {status: rank for rank, status in enumerate(Status)}
            return lambda r: (False, ranks[r.status])
        case Order.ATTAINMENT:
            return lambda r: (r.attainment is None, r.attainment or Decimal(0))
        case Order.GAP:
            return lambda r: (r.gap is None, r.gap or Decimal(0))
        case _:
            assert_never(order)


def ordered(results: Iterable[GoalResult], order: Order) -> list[GoalResult]:
    """The goals in `order`; goals that rank the same keep the data's order."""
    key = _sort_key(order)
    return list(results) if key is None else sorted(results, key=key)


def select_results(
    dataset: Dataset,
    year: int | None,
    areas: Sequence[str],
    statuses: Sequence[Status],
    flags: Sequence[Flag] = (),
    order: Order = Order.AREA,
) -> Selection:
    """Score one year's targets and keep those in the given areas and statuses, and whose
    figure carries one of `flags` (all, where a choice is empty), listed in `order`."""
    years = dataset.target_years()
    if not years:
        raise SelectionError("selection.no_targets")
    chosen = years[-1] if year is None else year
    if chosen not in years:
        listed = ", ".join(map(str, years))
        raise SelectionError("selection.no_year", year=chosen, years=listed)
    year_areas = [a for a in dataset.areas if a.year == chosen]
    unknown = [a for a in areas if a not in {area.id for area in year_areas}]
    if unknown:
        known = ", ".join(a.id for a in year_areas)
        near = closest(unknown[0], [a.id for a in year_areas])
        words = {"areas": ", ".join(unknown), "year": chosen, "known": known}
        if near:
            raise SelectionError("selection.no_area_near", near=near[0], **words)
        raise SelectionError("selection.no_area", **words)
    in_scope = [r for r in score_year(dataset, chosen) if not areas or r.target.area in areas]
    shown = (
        r
        for r in in_scope
        if (not statuses or r.status in statuses)
        and (not flags or any(flag in flags for flag in r.qualifiers))
    )
    return Selection(
        year=chosen,
        results=ordered(shown, order),
        in_scope=in_scope,
        areas=[a for a in year_areas if not areas or a.id in areas],
        filtered=bool(areas or statuses or flags),
        order=order,
    )


class AreaSummary(NamedTuple):
    area_id: str
    area: Area | None
    tally: Tally


class Summary(NamedTuple):
    """Both sides of coverage: what was promised and not reported, what was reported unpromised."""

    year: int
    areas: list[AreaSummary]
    total: Tally
    without_target: list[Actual]


def summarise(dataset: Dataset, selection: Selection) -> Summary:
    """Per-area counts in the data's area order, and the year's results that had no target.

    Counts cover every goal in scope, whatever statuses were chosen for listing.
    """
    by_area = tally_by_area(selection.in_scope)
    areas = [AreaSummary(a.id, a, by_area.pop(a.id, Tally())) for a in selection.areas]
    areas += [AreaSummary(area_id, None, counts) for area_id, counts in by_area.items()]
    targeted = {(t.indicator, t.year) for t in dataset.targets}
    without_target = [
        actual
        for key, actual in dataset.actuals.items()
        if actual.year == selection.year and key not in targeted
    ]
    return Summary(selection.year, areas, tally(selection.in_scope), without_target)
