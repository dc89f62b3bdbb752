"""Flat rows of results, the one shape shared by csv, json and markdown output."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from tzgoals.models import Area
from tzgoals.score import GoalResult

Cell = Decimal | bool | int | str | None
Row = dict[str, Cell]

#: The promised columns, in order; anything after them is extra detail for analysts.
STATUS_FIELDS: tuple[str, ...] = (
    "id",
    "indicator",
    "year",
    "area",
    "name",
    "name_en",
    "comparator",
    "target",
    "unit",
    "actual",
    "status",
    "attainment",
    "gap",
    "reason",
    "target_max",
    "tolerance",
    "flags",
    "actual_as_reported",
    "actual_unit",
    "baseline",
    "area_title",
    "source",
    "quote",
    "actual_source",
    "actual_quote",
    "note",
)


def status_row(result: GoalResult, area: Area | None) -> Row:
    target, actual, baseline = result.target, result.actual, result.baseline
    return {
        "id": target.id,
        "indicator": target.indicator,
        "year": target.year,
        "area": target.area,
        "name": target.name,
        "name_en": target.name_en,
        "comparator": target.comparator.value,
        "target": target.value,
        "unit": target.unit,
        "actual": result.compared,
        "status": result.status.value,
        "attainment": result.attainment,
        "gap": result.gap,
        "reason": result.reason,
        "target_max": target.value_max,
        "tolerance": target.tolerance,
        "flags": ";".join(result.flags),
        "actual_as_reported": actual.value if actual else None,
        "actual_unit": actual.unit if actual else None,
        "baseline": baseline.value if baseline else None,
        "area_title": area.title if area else None,
        "source": target.source,
        "quote": target.quote,
        "actual_source": actual.source if actual else None,
        "actual_quote": actual.quote if actual else None,
        "note": target.note,
    }


def status_rows(results: Iterable[GoalResult], areas: dict[tuple[int, str], Area]) -> Iterator[Row]:
    for result in results:
        yield status_row(result, areas.get((result.target.year, result.target.area)))
