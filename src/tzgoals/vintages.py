"""The dataset as its sources stood on a date: each indicator and year's latest figure
published by then, for `--as-of` ("as the January review claimed"), and the year-to-date
figures published by then, so that a date inside the year shows the pace it stood at."""

from __future__ import annotations

from dataclasses import replace

from tzgoals.dates import known_from, period_end
from tzgoals.models import Actual, Dataset


def sources_on(dataset: Dataset, when: str) -> Dataset:
    """Only the figures published by the end of `when` (YYYY, YYYY-MM or YYYY-MM-DD); a year
    with none by then is unreported. A figure with no date is counted as known from the start."""
    end = period_end(when)
    actuals: dict[tuple[str, int], Actual] = {}
    vintages: dict[tuple[str, int], tuple[Actual, ...]] = {}
    for indicator, year in dataset.actuals:
        known = tuple(
            figure
            for figure in dataset.figures(indicator, year)
            if known_from(dataset.figure_date(figure)) <= end
        )
        if known:
            actuals[indicator, year] = known[-1]
        if len(known) > 1:
            vintages[indicator, year] = known
    so_far = {
        key: known
        for key, figures in dataset.year_to_date.items()
        if (known := tuple(f for f in figures if known_from(dataset.figure_date(f)) <= end))
    }
    return replace(dataset, actuals=actuals, vintages=vintages, year_to_date=so_far)
