"""`check`'s report: one line a problem, a closing count, or the problems as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from tzgoals.files.paths import DataPaths
from tzgoals.files.problems import Problem
from tzgoals.render.catalogue import Lang, label
from tzgoals.render.safe import printable


def problem_lines(problems: Iterable[Problem]) -> Iterator[str]:
    """One line a problem, FILE:LINE: message, with control characters from the data shown."""
    for problem in problems:
        yield f"{printable(str(problem))}\n"


def _count(number: int, kind: str, lang: Lang) -> str:
    return label(f"check.{kind}" if number == 1 else f"check.{kind}s", lang, count=number)


def check_summary(problems: Sequence[Problem], paths: DataPaths, lang: Lang = Lang.EN) -> str:
    """'2 errors, 1 warning in targets.toml and actuals.toml', or 'no problems in …'."""
    files = {"targets": paths.targets, "actuals": paths.actuals}
    if not problems:
        return label("check.clean", lang, **files)
    errors = sum(p.severity == "error" for p in problems)
    counts = label("list", lang).join(
        (_count(errors, "error", lang), _count(len(problems) - errors, "warning", lang))
    )
    return label("check.found", lang, counts=counts, **files)


def problems_json(problems: Iterable[Problem]) -> str:
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
    return json.dumps({"problems": items}, ensure_ascii=False, indent=2) + "\n"
