"""A new dataset: commented starter files that pass every check, written without overwriting.

The templates (`starter/targets.toml`, `starter/actuals.toml`, and the sample texts in
`starter/sources/`, package data) hold one generic area, indicator, target and result, the two
documents they quote, with `${year}` where the year goes. The starter passes `tzgoals check`
with its quotes found in its sample texts, so that a newcomer sees the whole layout work before
replacing it.
"""

from __future__ import annotations

import os
from datetime import date
from importlib import resources
from pathlib import Path
from string import Template
from typing import NamedTuple

from tzgoals.files.atomic import create_new, fsync_folder, io_failure, write_temporary
from tzgoals.files.load import check_dataset
from tzgoals.files.paths import ACTUALS_NAME, SOURCES_DIR_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import Problem, WriteError, problem
from tzgoals.files.sources import remove_if_empty, sha256_of, write_archived
from tzgoals.problem_codes import ProblemCode

#: The sample texts: the template's name in starter/sources/, and the name it is written as.
_SAMPLE_TEXTS = (("work-plan.txt", "work-plan-{year}.txt"), ("review.txt", "review-{year}.txt"))


class Starter(NamedTuple):
    """What `init` wrote: the two data files and the sample texts in sources/."""

    paths: DataPaths
    texts: list[Path]


def _template(*parts: str) -> Template:
    resource = resources.files("tzgoals.files").joinpath("starter", *parts)
    return Template(resource.read_text(encoding="utf-8"))


def sample_texts(year: int) -> dict[str, bytes]:
    """The sample documents the starter quotes, by their file name in sources/."""
    return {
        name.format(year=year): _template("sources", template).substitute(year=year).encode()
        for template, name in _SAMPLE_TEXTS
    }


def starter_text(name: str, year: int) -> str:
    """A starter file's text for `year`: `name` is targets.toml or actuals.toml."""
    plan, review = sample_texts(year).values()
    return _template(name).substitute(
        year=year,
        next_year=year + 1,
        plan_sha256=sha256_of(plan),
        review_sha256=sha256_of(review),
    )


def _refuse_existing(paths: DataPaths, texts: dict[Path, bytes]) -> None:
    """Refuse before writing anything: a data file already there, or a text under a sample's
    name that is not that sample (the same one, from an earlier start, is kept)."""
    existing = [p for p in paths if os.path.lexists(p)]
    existing += [
        p
        for p, data in texts.items()
        if os.path.lexists(p) and not (p.is_file() and p.read_bytes() == data)
    ]
    if existing:
        raise WriteError(
            [
                problem(p, None, ProblemCode.ALREADY_EXISTS, consequence_kind="init")
                for p in existing
            ]
        )


def _write_temporaries(directory: Path, paths: DataPaths, year: int) -> dict[Path, Path]:
    """The two data files, made beside their names; when one cannot be (a full disk), the
    other made already is removed, so that "nothing was written" holds."""
    made: dict[Path, Path] = {}
    try:
        directory.mkdir(parents=True, exist_ok=True)
        for final in paths:
            text = starter_text(final.name, year).encode()
            made[final] = write_temporary(directory, final.name, [text])
    except OSError as error:
        for temporary in made.values():
            temporary.unlink(missing_ok=True)
        raise io_failure(directory, "starter-write", error) from None
    return made


def _write_texts(folder: Path, texts: dict[Path, bytes]) -> list[Path]:
    """The sample texts, each one new; those written are returned, for undoing."""
    written: list[Path] = []
    try:
        for path, data in texts.items():
            if write_archived(folder, path.name, data):
                written.append(path)
    except WriteError:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written


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
        taken_name = problem(taken, None, ProblemCode.ALREADY_EXISTS, consequence_kind="kept")
        raise WriteError([taken_name]) from None
    except OSError as error:
        for path in created:
            path.unlink(missing_ok=True)
        raise io_failure(directory, "starter-create", error) from None


#: Deeper than this, a folder for a dataset is a slip or a script gone wrong, not a choice
#: (and creating 2,000 nested folders exhausted Python's recursion).
MOST_FOLDER_PARTS = 100


def _folder_problem(given: str) -> Problem | None:
    if not given.strip():
        return problem("DIR", None, ProblemCode.EMPTY_FOLDER_NAME)
    parts = len(Path(given).parts)
    if parts > MOST_FOLDER_PARTS:
        return problem(
            f"{given[:60]}…",
            None,
            ProblemCode.FOLDER_TOO_DEEP,
            parts=f"{parts:,}",
            most=MOST_FOLDER_PARTS,
        )
    return None


def init_dataset(directory: str | os.PathLike[str], year: int | None = None) -> Starter:
    """Write a commented starter dataset (targets.toml, actuals.toml and sources/) into
    `directory`.

    Refuses with `WriteError` if a file it would write exists: a starter must never replace
    real work; and an empty or absurdly deep folder name. `year` defaults to last year, the
    latest whose results are usually out.
    """
    problem = _folder_problem(os.fspath(directory))
    if problem:
        raise WriteError([problem])
    directory = Path(directory)
    year = date.today().year - 1 if year is None else year
    paths = DataPaths(directory / TARGETS_NAME, directory / ACTUALS_NAME)
    folder = directory / SOURCES_DIR_NAME
    texts = {folder / name: data for name, data in sample_texts(year).items()}
    _refuse_existing(paths, texts)
    new_folders = [f for f in (folder, directory) if not os.path.lexists(f)]
    try:
        _write_starter(directory, paths, texts, year)
    except WriteError:
        for made in new_folders:  # the inner first, so that the outer is empty in its turn
            remove_if_empty(made)
        raise
    fsync_folder(directory)
    return Starter(paths, list(texts))


def _write_starter(directory: Path, paths: DataPaths, texts: dict[Path, bytes], year: int) -> None:
    """The data files and the sample texts, all or none; `WriteError` when none."""
    temporary = _write_temporaries(directory, paths, year)
    written: list[Path] = []
    try:
        written = _write_texts(directory / SOURCES_DIR_NAME, texts)
        checked = DataPaths(temporary[paths.targets], temporary[paths.actuals])
        problems = check_dataset(checked, evidence=True)
        if problems:
            raise WriteError(problems)
        _give_names(temporary, directory)
    except WriteError:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    finally:
        for made in temporary.values():
            made.unlink(missing_ok=True)
