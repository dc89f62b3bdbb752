"""Small entries for tests of scoring and coverage, valid unless a test changes them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tzgoals.models import (
    Actual,
    Indicator,
    Target,
)
from tzgoals.vocabulary import Comparator, Direction, Polarity

D = Decimal
C = Comparator
YEAR = 2023
SOURCE = "plan.txt"


# ---------------------------------------------------------------- builders


def indicator(
    unit: str | None = "%",
    polarity: Polarity | None = Polarity.HIGHER,
    id: str = "ind",
    part_of: str | None = None,
) -> Indicator:
    return Indicator(id=id, name=f"indicator {id}", unit=unit, polarity=polarity, part_of=part_of)


def target(
    comparator: Comparator,
    value: str | Decimal | None = None,
    unit: str | None = None,
    *,
    value_max: str | None = None,
    tolerance: str | None = None,
    direction: Direction | None = None,
    id: str = "t",
    indicator: str = "ind",
    year: int = YEAR,
    area: str = "a",
) -> Target:
    return Target(
        id=id,
        indicator=indicator,
        year=year,
        area=area,
        comparator=comparator,
        value=None if value is None else D(value),
        value_max=None if value_max is None else D(value_max),
        tolerance=None if tolerance is None else D(tolerance),
        direction=direction,
        unit=unit,
        name=f"target {id}",
        source=SOURCE,
        quote="…",
    )


def actual(
    value: str | Decimal | bool,
    unit: str | None = None,
    *,
    indicator: str = "ind",
    year: int = YEAR,
    estimate: bool = False,
    lower_bound: bool = False,
    approximate: bool = False,
    through_month: int | None = None,
) -> Actual:
    return Actual(
        indicator=indicator,
        year=year,
        through_month=through_month,
        value=value if isinstance(value, bool) else D(value),
        unit=unit,
        estimate=estimate,
        lower_bound=lower_bound,
        approximate=approximate,
        name=f"result for {indicator}",
        source=SOURCE,
        quote="…",
    )


PLAN = "plan.txt"
REVIEW = "review.txt"


def target_data(**changes: Any) -> dict[str, Any]:
    """A valid `at_least` target as the loader would pass it, with some keys changed."""
    data: dict[str, Any] = {
        "id": "gdp-2023",
        "indicator": "gdp",
        "year": 2023,
        "area": "headline",
        "comparator": "at_least",
        "value": D("5.5"),
        "unit": "%",
        "name": "地区生产总值增长5.5%以上",
        "source": PLAN,
        "quote": "地区生产总值增长5.5%以上",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def actual_data(**changes: Any) -> dict[str, Any]:
    """A valid numeric actual, with some keys changed (None removes a key)."""
    data: dict[str, Any] = {
        "indicator": "gdp",
        "year": 2023,
        "value": D("5.8"),
        "unit": "%",
        "name": "地区生产总值增长5.8%",
        "source": REVIEW,
        "quote": "地区生产总值增长5.8%",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}
