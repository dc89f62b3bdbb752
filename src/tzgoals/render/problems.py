"""`check`'s report: one line a problem, a closing count, or the problems as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import Problem
from tzgoals.render.safe import printable


def problem_lines(problems: Iterable[Problem]) -> Iterator[str]:
    """One line a problem, FILE:LINE: message, with control characters from the data shown."""
    for problem in problems:
        yield f"{printable(str(problem))}\n"


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'s' * (number != 1)}"


def check_summary(
    problems: Sequence[Problem],
    paths: DataPaths,
    example: bool = False,
    quotes: tuple[int, int] | None = None,
) -> str:
    """'2 errors, 1 warning in targets.toml and actuals.toml', or 'no problems in …', then how
    many quotes stand in their archived texts.

    `example`: the files are the example shipped with tzgoals, which the line then says.
    `quotes`: (looked for, found) when the evidence was checked.
    """
    errors = sum(p.severity == "error" for p in problems)
    counts = (
        f"{_count(errors, 'error')}, {_count(len(problems) - errors, 'warning')}"
        if problems
        else "no problems"
    )
    files = f"{paths.targets} and {paths.actuals}"
    if example:
        files = f"the example shipped with tzgoals ({files})"
    line = f"{counts} in {files}"
    if quotes is not None:
        checked, found = quotes
        share = str(found) if found == checked else f"{found} of {checked}"
        line += f"; {share} {'quote' if checked == 1 else 'quotes'} found in the archived texts"
    return line


def problems_json(problems: Iterable[Problem], dataset: dict[str, str] | None = None) -> str:
    """`{"dataset": …, "problems": […]}`; `dataset` says which files were checked and how
    they were found."""
    items = [
        {
            "file": p.file,
            "line": p.line,
            "column": p.column,
            "message": p.message,
            "severity": p.severity,
        }
        for p in problems
    ]
    document = {**({"dataset": dataset} if dataset is not None else {}), "problems": items}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
