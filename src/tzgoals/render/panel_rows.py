"""A panel as flat rows for csv and json: the columns scripts rely on, named as promised.

The promised columns come first, in order; those after them are extra detail.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tzgoals.amplification import IndicatorRow
from tzgoals.models import Dataset
from tzgoals.panel import Place
from tzgoals.panel_scores import PlaceRow
from tzgoals.render.catalogue import Lang
from tzgoals.render.rows import STATUS_FIELDS, status_rows
from tzgoals.score import GoalResult
from tzgoals.tabular import Row

PLACE_FIELDS: tuple[str, ...] = (
    "place",
    "name",
    "level",
    "parent",
    "targets",
    "met",
    "missed",
    "unreported",
    "met_share",
    "reported_share",
    "name_en",
    "year",
    "state",
    "problems",
)

INDICATOR_FIELDS: tuple[str, ...] = (
    "place",
    "level",
    "parent",
    "target",
    "unit",
    "result",
    "status",
    "vs_parent",
    "name",
    "name_en",
    "year",
    "indicator",
    "comparator",
    "target_max",
    "vs_parent_reason",
    "state",
    "problems",
)

GOAL_FIELDS: tuple[str, ...] = ("place", "level", "parent", *STATUS_FIELDS)


def _place_cells(place: Place) -> Row:
    return {"place": place.id, "level": str(place.level), "parent": place.parent}


def place_rows(rows: Iterable[PlaceRow], year: int | None) -> Iterator[Row]:
    for row in rows:
        counts = row.tally
        yield {
            **_place_cells(row.place),
            "name": row.place.name,
            "targets": counts.targets if counts else None,
            "met": counts.met if counts else None,
            "missed": counts.missed if counts else None,
            "unreported": counts.unreported if counts else None,
            "met_share": row.met_share,
            "reported_share": row.reported_share,
            "name_en": row.place.name_en,
            "year": year,
            "state": str(row.state),
            "problems": len(row.problems),
        }


def indicator_rows(rows: Iterable[IndicatorRow], indicator: str, year: int | None) -> Iterator[Row]:
    for row in rows:
        result, reported = row.result, row.reported
        target = result.target if result else None
        yield {
            **_place_cells(row.place),
            "target": target.value if target else None,
            "unit": target.unit if target else reported.unit if reported else None,
            "result": result.compared if result else reported.value if reported else None,
            "status": str(result.status) if result else None,
            "vs_parent": row.vs_parent,
            "name": row.place.name,
            "name_en": row.place.name_en,
            "year": year,
            "indicator": indicator,
            "comparator": str(target.comparator) if target else None,
            "target_max": target.value_max if target else None,
            "vs_parent_reason": str(row.vs_parent_reason) if row.vs_parent_reason else None,
            "state": str(row.state),
            "problems": len(row.problems),
        }


def goal_rows(place: Place, dataset: Dataset, results: Iterable[GoalResult]) -> Iterator[Row]:
    """One place's goals as `status --format csv` writes them, after its place columns."""
    areas = {(a.year, a.id): a for a in dataset.areas}
    cells = _place_cells(place)
    for row in status_rows(results, areas, Lang.EN, dataset.sources):
        yield {**cells, **row}
