"""The edge of the program: what reaches the terminal, and how failures become exit codes."""

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from tzgoals.render.catalogue import Lang, in_lang
from tzgoals.vocabulary import Flag, Order, Status

if TYPE_CHECKING:
    from datetime import datetime

    from rich.console import RenderableType

    from tzgoals.coverage import Selection
    from tzgoals.files.paths import DataPaths
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


def data_paths(
    data_dir: Path | None, targets: Path | None, actuals: Path | None, writable: bool = False
) -> "DataPaths":
    """The dataset the options name (`writable`: one a command may change), or exit 2."""
    from tzgoals.files.paths import PathChoiceError, resolve_paths, writable_paths

    try:
        if writable:
            return writable_paths(data_dir, targets, actuals)
        return resolve_paths(data_dir, targets, actuals)
    except PathChoiceError as error:
        fail(str(error))


def load(data_dir: Path | None, targets: Path | None, actuals: Path | None) -> "Dataset":
    from tzgoals.files.load import load_dataset
    from tzgoals.files.problems import DataError

    try:
        return load_dataset(data_paths(data_dir, targets, actuals))
    except DataError as error:
        report_problems(error.problems)


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


def dataset_title(dataset: "Dataset", lang: Lang) -> str:
    return in_lang(dataset.info.name, dataset.info.name_en, lang)
