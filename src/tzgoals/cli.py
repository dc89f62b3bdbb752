"""The command line: parse options, then load → score → render, and map errors to exit codes.

Heavy modules (pydantic through the loader, Rich through the table renderer) are imported
inside the commands, so `tzgoals --help` and the machine formats start quickly.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from tzgoals.render import OutputFormat
from tzgoals.vocabulary import Status

if TYPE_CHECKING:
    from rich.console import Console

    from tzgoals.load import DataPaths, Problem
    from tzgoals.models import Dataset
    from tzgoals.score import Selection

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 2
MAX_PROBLEMS_SHOWN = 20

app = typer.Typer(
    name="tzgoals",
    help="Track a government's annual targets against the results it later reports.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
)

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        help="Folder with targets.toml and actuals.toml "
        "[default: ./data if present, else the shipped dataset].",
        file_okay=False,
    ),
]
TargetsOption = Annotated[
    Path | None, typer.Option("--targets", help="Targets file (give with --actuals).")
]
ActualsOption = Annotated[
    Path | None, typer.Option("--actuals", help="Actuals file (give with --targets).")
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    typer.echo(f"tzgoals: {message}", err=True)
    raise typer.Exit(code)


def report_problems(problems: list[Problem]) -> NoReturn:
    """Show the first problems, each as FILE:LINE: message, and exit as for unusable input."""
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        typer.echo(str(problem), err=True)
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        typer.echo(f"… and {hidden} more problems.", err=True)
    fail("the data cannot be used; fix the problems above and run again.")


def data_paths(data_dir: Path | None, targets: Path | None, actuals: Path | None) -> DataPaths:
    from tzgoals.load import resolve_paths

    if (targets is None) != (actuals is None):
        fail("give --targets and --actuals together, or --data DIR for a folder with both.")
    if data_dir is not None and targets is not None:
        fail("give either --data DIR or --targets/--actuals, not both.")
    return resolve_paths(data_dir, targets, actuals)


def load(paths: DataPaths) -> Dataset:
    from tzgoals.load import DataError, load_dataset

    try:
        return load_dataset(paths)
    except DataError as error:
        report_problems(error.problems)


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


def terminal() -> Console:
    """A console that writes no escape codes into a pipe and honours NO_COLOR (Rich does both)."""
    import os

    from rich.console import Console

    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(width=120)
    return console


def print_status_table(dataset: Dataset, selection: Selection) -> None:
    from tzgoals.render.table import status_view

    name = dataset.info.name_en or dataset.info.name
    title = f"{name}: targets for {selection.year}"
    terminal().print(status_view(title, selection.results, selection.areas, not selection.filtered))


@app.command()
def status(
    year: Annotated[
        int | None, typer.Option(help="Year of the targets [default: the latest with targets].")
    ] = None,
    area: Annotated[
        list[str] | None,
        typer.Option("--area", "-a", help="Only this work area (its id, e.g. 1); repeatable."),
    ] = None,
    status: Annotated[
        list[Status] | None,
        typer.Option("--status", "-s", help="Only goals with this status; repeatable."),
    ] = None,
    output_format: FormatOption = OutputFormat.TABLE,
    fail_on: Annotated[
        list[Status] | None,
        typer.Option(
            "--fail-on",
            help="Exit with 1 when a goal shown has this status (met, missed, unreported).",
        ),
    ] = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Show every target of a year as met, missed or unreported, grouped by work area.

    Examples:

      tzgoals status

      tzgoals status --area 2 --status missed

      tzgoals status --format csv > goals.csv
    """
    from tzgoals.score import SelectionError, select_results

    dataset = load(data_paths(data_dir, targets, actuals))
    try:
        selection = select_results(dataset, year, area or [], status or [])
    except SelectionError as error:
        fail(str(error))
    if output_format is OutputFormat.TABLE:
        print_status_table(dataset, selection)
    else:
        from tzgoals.render.machine import status_chunks

        write_chunks(status_chunks(dataset, selection, output_format))
    if fail_on and any(r.status in fail_on for r in selection.results):
        raise typer.Exit(EXIT_FAIL_ON)


@app.callback()
def root() -> None:
    """Track a government's annual targets against the results it later reports.

    Which promises were kept, which were missed, and which were never mentioned again.
    """


def main() -> None:
    app()
