"""The edge of the program: what reaches the terminal, and how failures become exit codes."""

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from tzgoals.render.catalogue import Lang, in_lang, label
from tzgoals.vocabulary import Flag, Order, Status

if TYPE_CHECKING:
    from datetime import datetime

    from rich.console import RenderableType

    from tzgoals.coverage import Selection
    from tzgoals.files.paths import DataPaths, Found
    from tzgoals.files.problems import Problem
    from tzgoals.models import Dataset

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 2
MAX_PROBLEMS_SHOWN = 20


def say(message: str, err: bool = False) -> None:
    """A line for people, with any control character from the data shown, not sent."""
    from tzgoals.render.safe import printable

    typer.echo(printable(message), err=err)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    say(f"tzgoals: {message}", err=True)
    raise typer.Exit(code)


def print_problems(problems: "Iterable[Problem]") -> None:
    for problem in problems:
        say(str(problem), err=True)


def refuse(problems: "list[Problem]") -> NoReturn:
    """A write that was refused: every reason, then the exit code for unusable input."""
    print_problems(problems)
    raise typer.Exit(EXIT_BAD_INPUT)


def report_problems(problems: "list[Problem]") -> NoReturn:
    """Show the first problems, each as FILE:LINE: message, and exit as for unusable input."""
    print_problems(problems[:MAX_PROBLEMS_SHOWN])
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        say(f"… and {hidden} more problems.", err=True)
    fail("the data cannot be used; fix the problems above (`tzgoals check` lists them all).")


def find(data_dir: Path | None, targets: Path | None, actuals: Path | None) -> "Found":
    """The dataset the options name, or the one discovery finds, and how; or exit 2."""
    from tzgoals.files.paths import PathChoiceError, find_dataset

    try:
        return find_dataset(data_dir, targets, actuals)
    except PathChoiceError as error:
        fail(str(error))


def data_paths(
    data_dir: Path | None, targets: Path | None, actuals: Path | None, writable: bool = False
) -> "DataPaths":
    """The dataset the options name (`writable`: one a command may change), or exit 2."""
    from tzgoals.files.paths import PathChoiceError, writable_paths

    if not writable:
        return find(data_dir, targets, actuals).paths
    try:
        return writable_paths(data_dir, targets, actuals)
    except PathChoiceError as error:
        fail(str(error))


def say_if_example(found: "Found") -> None:
    """Whoever reads the shipped example hears so, and how to start a dataset of their own."""
    from tzgoals.files.paths import DATA_VARIABLE, TARGETS_NAME

    if found.is_example:
        say(
            f"tzgoals: no dataset here (no {TARGETS_NAME} in this folder or in ./data, no "
            f"--data, {DATA_VARIABLE} not set): this is the example shipped with tzgoals. "
            "`tzgoals init DIR` starts a dataset of your own.",
            err=True,
        )


def read(
    data_dir: Path | None, targets: Path | None, actuals: Path | None
) -> "tuple[Dataset, Found]":
    """The dataset and how it was found, saying so on stderr when it is the shipped example."""
    from tzgoals.files.load import load_dataset
    from tzgoals.files.problems import DataError

    found = find(data_dir, targets, actuals)
    say_if_example(found)
    try:
        return load_dataset(found.paths), found
    except DataError as error:
        report_problems(error.problems)


def load(data_dir: Path | None, targets: Path | None, actuals: Path | None) -> "Dataset":
    return read(data_dir, targets, actuals)[0]


def dataset_read(found: "Found") -> dict[str, str]:
    """Which dataset was read, for a JSON document: its two files and the rung that found it."""
    return {
        "targets": str(found.paths.targets),
        "actuals": str(found.paths.actuals),
        "found_by": found.rung,
    }


def select(
    dataset: "Dataset",
    year: int | None,
    areas: list[str] | None,
    statuses: list[Status] | None,
    flags: "list[Flag] | None" = None,
    order: Order = Order.AREA,
) -> "Selection":
    from tzgoals.coverage import SelectionError, select_results

    try:
        return select_results(dataset, year, areas or [], statuses or [], flags or [], order)
    except SelectionError as error:
        fail(str(error))


def write_chunks(chunks: Iterable[str]) -> None:
    """Write text as produced, in UTF-8 whatever the locale; stop quietly on a closed pipe."""
    stream = sys.stdout
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
        stream.reconfigure(encoding="utf-8")
    try:
        for chunk in chunks:
            stream.write(chunk)
        stream.flush()
    except BrokenPipeError:
        sys.stderr.close()


def show_renderable(renderable: "RenderableType") -> None:
    """Print to a terminal as laid out; into a pipe or a file, without the spaces Rich pads
    each line with, so that a saved table has no trailing whitespace."""
    from tzgoals.render.terminal import data_console

    console = data_console()
    # Tables are already laid out to the console's width: cropping each line again is wasted work.
    if console.is_terminal:
        console.print(renderable, crop=False)
        return
    with console.capture() as captured:
        console.print(renderable, crop=False)
    write_chunks(line.rstrip() + "\n" for line in captured.get().splitlines())


def generated_at() -> "datetime":
    """The time a page is made: now, or SOURCE_DATE_EPOCH's, to make the same bundle again."""
    import os
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except (ValueError, OverflowError, OSError):
        fail(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {epoch!r}")


def dataset_title(dataset: "Dataset", lang: Lang, found: "Found | None" = None) -> str:
    """The dataset's name, marked when it is the example shipped with tzgoals."""
    name = in_lang(dataset.info.name, dataset.info.name_en, lang)
    return f"{name} {label('shipped example', lang)}" if found and found.is_example else name
