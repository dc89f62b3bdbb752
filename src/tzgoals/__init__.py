"""tzgoals: a government's annual work targets scored against the results it later reports.

    import tzgoals

    dataset = tzgoals.load("data")
    for result in tzgoals.score_year(dataset, 2023):
        print(result.target.id, result.status, result.gap)

The names below are the public API. They are imported on first use, so that the command line,
which imports this package, does not pay for pydantic before it needs it (`tzgoals --help`
runs in a third of the time of the smallest Typer, Rich and pydantic command); `dir(tzgoals)`
lists them all the same. `__version__` is the installed distribution's, read on first use.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    __version__: str

    from tzgoals.api import check, diff, find, load, record, score_year, summary
    from tzgoals.change import IndicatorChange, Trend
    from tzgoals.coverage import Summary, Tally
    from tzgoals.files.append import Appended
    from tzgoals.files.paths import Found
    from tzgoals.files.problems import DataError, Problem, WriteError
    from tzgoals.models import Actual, Dataset, Indicator, Target
    from tzgoals.problem_codes import ProblemCode
    from tzgoals.score import GoalResult
    from tzgoals.vocabulary import Comparator, Direction, Flag, Reason, Scope, Status

_HOMES = {
    "check": "tzgoals.api",
    "diff": "tzgoals.api",
    "find": "tzgoals.api",
    "load": "tzgoals.api",
    "record": "tzgoals.api",
    "score_year": "tzgoals.api",
    "summary": "tzgoals.api",
    "IndicatorChange": "tzgoals.change",
    "Trend": "tzgoals.change",
    "Summary": "tzgoals.coverage",
    "Tally": "tzgoals.coverage",
    "Appended": "tzgoals.files.append",
    "Found": "tzgoals.files.paths",
    "DataError": "tzgoals.files.problems",
    "Problem": "tzgoals.files.problems",
    "WriteError": "tzgoals.files.problems",
    "Actual": "tzgoals.models",
    "Dataset": "tzgoals.models",
    "Indicator": "tzgoals.models",
    "Target": "tzgoals.models",
    "ProblemCode": "tzgoals.problem_codes",
    "GoalResult": "tzgoals.score",
    "Comparator": "tzgoals.vocabulary",
    "Direction": "tzgoals.vocabulary",
    "Flag": "tzgoals.vocabulary",
    "Reason": "tzgoals.vocabulary",
    "Scope": "tzgoals.vocabulary",
    "Status": "tzgoals.vocabulary",
}
__all__ = [
    "Actual",
    "Appended",
    "Comparator",
    "DataError",
    "Dataset",
    "Direction",
    "Flag",
    "Found",
    "GoalResult",
    "Indicator",
    "IndicatorChange",
    "Problem",
    "ProblemCode",
    "Reason",
    "Scope",
    "Status",
    "Summary",
    "Tally",
    "Target",
    "Trend",
    "WriteError",
    "check",
    "diff",
    "find",
    "load",
    "record",
    "score_year",
    "summary",
]


def __getattr__(name: str) -> object:
    if name == "__version__":
        return _version()
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'tzgoals' has no attribute {name!r}")
    return getattr(import_module(home), name)


def __dir__() -> list[str]:
    """The public names and the module's dunders, though no public name is imported until it
    is used: what `dir(tzgoals)` and a notebook's completion offer."""
    dunders = (name for name in globals() if name.startswith("__"))
    return sorted({*__all__, "__version__", *dunders})


def _version() -> str:
    """The installed distribution's version; in a source checkout that is not installed
    (`PYTHONPATH=src`), the one pyproject.toml gives, so that a report names what ran."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tzgoals")
    except PackageNotFoundError:
        return _checkout_version()


def _checkout_version() -> str:
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    try:
        with pyproject.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "0+unknown"
