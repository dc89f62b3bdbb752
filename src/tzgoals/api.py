"""The library: find and load a dataset, score a year, summarise it, compare years, check and
record.

These are the functions the command line runs, for a notebook or a script. Paths are folders
holding targets.toml and actuals.toml (or None for the usual discovery, which ends at the
example shipped with tzgoals: `find` says which dataset that is); nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from tzgoals.change import IndicatorChange, diff_years, years_to_compare
from tzgoals.coverage import Summary, select_results, summarise
from tzgoals.files.append import Appended, record_actual
from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import DataPaths, Found, PathChoiceError, find_dataset, writable_paths
from tzgoals.files.problems import Problem, WriteError, problem, unchanged
from tzgoals.models import Dataset
from tzgoals.problem_codes import ProblemCode
from tzgoals.score import GoalResult


def find(folder: str | Path | None = None) -> Found:
    """Which dataset `load(folder)` reads: its two files (`paths`) and how it was found
    (`rung`: "option" for a folder given, else "environment", "current_folder",
    "data_folder" or "example"; `is_example` for the one shipped with tzgoals)."""
    return find_dataset(None if folder is None else Path(folder))


def _paths(folder: str | Path | Found | None) -> DataPaths:
    return folder.paths if isinstance(folder, Found) else find(folder).paths


def load(folder: str | Path | Found | None = None) -> Dataset:
    """The dataset in `folder` (or the one `find` found), or `DataError` listing every problem
    with its file and line."""
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


def check(
    folder: str | Path | Found | None = None, allow_unarchived: bool = False
) -> list[Problem]:
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
    name: str | None = None,
    name_en: str | None = None,
    estimate: bool = False,
    lower_bound: bool = False,
    approximate: bool = False,
    derivation: str = "",
    derivation_en: str = "",
    note: str = "",
    note_en: str = "",
    as_of: str | None = None,
    vintage: str | None = None,
    through_month: int | None = None,
) -> Appended:
    """Append one result to the folder's actuals.toml, or `WriteError` with the file untouched.

    The keys are those of an [[actuals]] table and the options of `tzgoals record`; the quote
    must stand in its source's archived text, and the figure in the quote unless `derivation`
    says how it was worked out; `as_of` and `vintage` date a figure that revises another,
    and `through_month` makes it a figure for January to that month. The example shipped with
    tzgoals is refused, as the command refuses it: it is the reference every reader compares
    with.
    """
    fields: dict[str, object] = {
        "indicator": indicator,
        "year": year,
        "value": value,
        "unit": unit,
        "name": name,
        "name_en": name_en,
        "source": source,
        "quote": quote,
        "estimate": estimate,
        "lower_bound": lower_bound,
        "approximate": approximate,
        "derivation": derivation,
        "derivation_en": derivation_en,
        "note": note,
        "note_en": note_en,
        "as_of": as_of,
        "vintage": vintage,
        "through_month": through_month,
    }
    return record_actual(_writable(Path(folder)), fields)


def _writable(folder: Path) -> DataPaths:
    """The folder's files, unless they are the installed example (`WriteError` then)."""
    try:
        return writable_paths(folder)
    except PathChoiceError:
        actuals = find(folder).paths.actuals
        refused = problem(actuals, None, ProblemCode.EXAMPLE_NOT_TO_BE_CHANGED)
        raise WriteError([refused, unchanged(actuals)]) from None
