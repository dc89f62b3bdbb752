"""A new dataset: commented starter files that pass every check, written without overwriting.

The templates (`starter/targets.toml`, `starter/actuals.toml`, package data) hold one generic
area, indicator, target and result, with `${year}` where the year goes.
"""

from __future__ import annotations

import os
from datetime import date
from importlib import resources
from pathlib import Path
from string import Template

from tzgoals.files.atomic import create_new, fsync_folder, io_failure, write_temporary
from tzgoals.files.load import check_dataset
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import Problem, WriteError


def starter_text(name: str, year: int) -> str:
    """A starter file's text for `year`: `name` is targets.toml or actuals.toml."""
    template = resources.files("tzgoals.files") / "starter" / name
    return Template(template.read_text(encoding="utf-8")).substitute(year=year, next_year=year + 1)


def _refuse_existing(paths: DataPaths) -> None:
    existing = [p for p in paths if os.path.lexists(p)]
    if existing:
        raise WriteError(
            [
                Problem(str(p), None, "already exists; init never overwrites a file")
                for p in existing
            ]
        )


def _write_temporaries(directory: Path, paths: DataPaths, year: int) -> dict[Path, Path]:
    try:
        directory.mkdir(parents=True, exist_ok=True)
        return {
            final: write_temporary(directory, final.name, [starter_text(final.name, year).encode()])
            for final in paths
        }
    except OSError as error:
        raise io_failure(directory, "write the starter files", error) from None


def _give_names(temporary: dict[Path, Path], directory: Path) -> None:
    """Name each finished file, all or none: a name taken meanwhile undoes the others."""
    created: list[Path] = []
    try:
        for final, made in temporary.items():
            create_new(made, final)
            created.append(final)
    except FileExistsError as error:
        for path in created:
            path.unlink(missing_ok=True)
        taken = error.filename2 or error.filename
        raise WriteError([Problem(str(taken), None, "already exists; not overwritten")]) from None
    except OSError as error:
        for path in created:
            path.unlink(missing_ok=True)
        raise io_failure(directory, "create the starter files", error) from None


#: Deeper than this, a folder for a dataset is a slip or a script gone wrong, not a choice
#: (and creating 2,000 nested folders exhausted Python's recursion).
MOST_FOLDER_PARTS = 100


def _folder_problem(given: str) -> Problem | None:
    if not given.strip():
        return Problem(
            "DIR",
            None,
            "is empty: give the folder for the new dataset (`.` for the current folder)",
        )
    parts = len(Path(given).parts)
    if parts > MOST_FOLDER_PARTS:
        return Problem(
            f"{given[:60]}…",
            None,
            f"is a folder {parts:,} levels deep, which cannot be meant; give one at most "
            f"{MOST_FOLDER_PARTS} deep",
        )
    return None


def init_dataset(directory: str | os.PathLike[str], year: int | None = None) -> DataPaths:
    """Write a commented starter dataset (targets.toml and actuals.toml) into `directory`.

    Refuses with `WriteError` if either file exists: a starter must never replace real work;
    and an empty or absurdly deep folder name. `year` defaults to last year, the latest whose
    results are usually out.
    """
    problem = _folder_problem(os.fspath(directory))
    if problem:
        raise WriteError([problem])
    directory = Path(directory)
    year = date.today().year - 1 if year is None else year
    paths = DataPaths(directory / TARGETS_NAME, directory / ACTUALS_NAME)
    _refuse_existing(paths)
    temporary = _write_temporaries(directory, paths, year)
    try:
        problems = check_dataset(DataPaths(temporary[paths.targets], temporary[paths.actuals]))
        if problems:
            raise WriteError(problems)
        _give_names(temporary, directory)
    finally:
        for made in temporary.values():
            made.unlink(missing_ok=True)
    fsync_folder(directory)
    return paths
