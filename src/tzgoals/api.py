"""The library: load a dataset, score a year, summarise it, compare years, check and record.

These are the functions the command line runs, for a notebook or a script. Paths are folders
holding targets.toml and actuals.toml (or None for the usual discovery); nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from tzgoals.change import IndicatorChange, diff_years, years_to_compare
from tzgoals.coverage import Summary, select_results, summarise
from tzgoals.files.append import Appended, record_actual
from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import DataPaths, resolve_paths
from tzgoals.files.problems import Problem
from tzgoals.models import Dataset
from tzgoals.score import GoalResult


def _paths(folder: str | Path | None) -> DataPaths:
    return resolve_paths(None if folder is None else Path(folder))


def load(folder: str | Path | None = None) -> Dataset:
    """The dataset in `folder`, or `DataError` listing every problem with its file and line."""
    return load_dataset(_paths(folder))


def score_year(dataset: Dataset, year: int | None = None) -> list[GoalResult]:
    """Every target of `year` (default: the latest with targets), met, missed or unreported."""
    return select_results(dataset, year, (), ()).results


def summary(dataset: Dataset, year: int | None = None, areas: Sequence[str] = ()) -> Summary:
    """Counts by area, and the results reported without a target."""
    return summarise(dataset, select_results(dataset, year, areas, ()))


def diff(
    dataset: Dataset, from_year: int | None = None, to_year: int | None = None
) -> list[IndicatorChange]:
    """The change of each indicator between two years with results (default: the two latest);
    empty when there is only one."""
    years = years_to_compare(dataset, from_year, to_year).years
    return [] if years is None else diff_years(dataset, *years)


def check(folder: str | Path | None = None, allow_unarchived: bool = False) -> list[Problem]:
    """Every problem in the dataset, errors and warnings, each quote checked against its
    source's archived text as `tzgoals check` does; never raises for bad data."""
    return check_dataset(_paths(folder), evidence=True, allow_unarchived=allow_unarchived)


def record(
    folder: str | Path,
    indicator: str,
    value: Decimal | bool,
    *,
    year: int,
    quote: str,
    source: str,
    unit: str | None = None,
    **qualifiers: object,
) -> Appended:
    """Append one result to the folder's actuals.toml, or `WriteError` with the file untouched.

    The quote must stand in its source's archived text, as for `tzgoals record`.
    `qualifiers` are the other keys of an [[actuals]] table: estimate, lower_bound,
    approximate, name, name_en, note, note_en.
    """
    fields = {
        "indicator": indicator,
        "value": value,
        "year": year,
        "quote": quote,
        "source": source,
        "unit": unit,
        **qualifiers,
    }
    paths = DataPaths(Path(folder) / "targets.toml", Path(folder) / "actuals.toml")
    return record_actual(paths, fields)
