"""tzgoals: a government's annual work targets scored against the results it later reports.

    import tzgoals

    dataset = tzgoals.load("data")
    for result in tzgoals.score_year(dataset, 2023):
        print(result.target.id, result.status, result.gap)

The names below are the public API. They are imported on first use, so that the command line,
which imports this package, does not pay for pydantic before it needs it (`tzgoals --help`
runs in a third of the time of the smallest Typer, Rich and pydantic command).
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tzgoals.api import check, diff, load, record, score_year, summary
    from tzgoals.change import IndicatorChange, Trend
    from tzgoals.coverage import Summary, Tally
    from tzgoals.files.append import Appended
    from tzgoals.files.problems import DataError, Problem, WriteError
    from tzgoals.models import Actual, Dataset, Indicator, Target
    from tzgoals.problem_codes import ProblemCode
    from tzgoals.score import GoalResult
    from tzgoals.vocabulary import Comparator, Direction, Flag, Reason, Scope, Status

_HOMES = {
    "check": "tzgoals.api",
    "diff": "tzgoals.api",
    "load": "tzgoals.api",
    "record": "tzgoals.api",
    "score_year": "tzgoals.api",
    "summary": "tzgoals.api",
    "IndicatorChange": "tzgoals.change",
    "Trend": "tzgoals.change",
    "Summary": "tzgoals.coverage",
    "Tally": "tzgoals.coverage",
    "Appended": "tzgoals.files.append",
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
    "load",
    "record",
    "score_year",
    "summary",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'tzgoals' has no attribute {name!r}")
    return getattr(import_module(home), name)
