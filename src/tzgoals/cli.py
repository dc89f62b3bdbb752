"""The command line: parse options, then load → score → render, and map errors to exit codes.

Heavy modules (pydantic through the loader, Rich through the renderers) are imported inside
the commands, so `tzgoals --help` and the machine formats start quickly.

No `from __future__ import annotations` here: Typer reads every command's signature at each
start, and string annotations would make it `eval` each of them again. Only the names imported
for type checking are quoted.
"""

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang, default_lang
from tzgoals.vocabulary import Status

if TYPE_CHECKING:
    from datetime import datetime
    from decimal import Decimal

    from rich.console import Console, RenderableType
    from typer.models import CommandInfo

    from tzgoals.load import DataPaths, Problem
    from tzgoals.models import Dataset
    from tzgoals.score import Selection

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_BAD_INPUT = 2
MAX_PROBLEMS_SHOWN = 20


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


class Section(StrEnum):
    """The tables of a dataset that can be exported and imported, in import order."""

    SOURCES = "sources"
    AREAS = "areas"
    INDICATORS = "indicators"
    TARGETS = "targets"
    ACTUALS = "actuals"


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
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help="Language of names, titles and headers in table and markdown output "
        "[default: zh when LANG starts with zh, else en].",
        case_sensitive=False,
    ),
]
BomOption = Annotated[
    bool,
    typer.Option("--bom", help="Start CSV with a UTF-8 byte-order mark, for Excel on Windows."),
]


YearOption = Annotated[
    int | None, typer.Option(help="Year of the targets [default: the latest with targets].")
]
AreaOption = Annotated[
    list[str] | None,
    typer.Option("--area", "-a", help="Only this work area (its id, e.g. 1); repeatable."),
]


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    typer.echo(f"tzgoals: {message}", err=True)
    raise typer.Exit(code)


def print_problems(problems: "list[Problem]") -> None:
    for problem in problems:
        typer.echo(str(problem), err=True)


def refuse(problems: "list[Problem]") -> NoReturn:
    """A write that was refused: every reason, then the exit code for unusable input."""
    print_problems(problems)
    raise typer.Exit(EXIT_BAD_INPUT)


def report_problems(problems: "list[Problem]") -> NoReturn:
    """Show the first problems, each as FILE:LINE: message, and exit as for unusable input."""
    print_problems(problems[:MAX_PROBLEMS_SHOWN])
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        typer.echo(f"… and {hidden} more problems.", err=True)
    fail("the data cannot be used; fix the problems above (`tzgoals check` lists them all).")


def data_paths(data_dir: Path | None, targets: Path | None, actuals: Path | None) -> "DataPaths":
    from tzgoals.load import resolve_paths

    if (targets is None) != (actuals is None):
        fail("give --targets and --actuals together, or --data DIR for a folder with both.")
    if data_dir is not None and targets is not None:
        fail("give either --data DIR or --targets/--actuals, not both.")
    return resolve_paths(data_dir, targets, actuals)


def writable_paths(
    data_dir: Path | None, targets: Path | None, actuals: Path | None
) -> "DataPaths":
    """Where a command may write: never the dataset shipped inside the package."""
    from tzgoals.load import DATA_DIR_NAME, TARGETS_NAME

    no_choice = data_dir is None and targets is None
    if no_choice and not (Path.cwd() / DATA_DIR_NAME / TARGETS_NAME).is_file():
        fail(
            "there is no ./data here, and the dataset shipped with tzgoals is not to be "
            "changed: give --data DIR (or --targets and --actuals) for the dataset to add to."
        )
    return data_paths(data_dir, targets, actuals)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Read data with the cyclic garbage collector off, then freeze what was read and turn it on.

    Reading a dataset allocates millions of objects and frees almost none; the collector would
    walk them again and again (a third of the time at 100,000 goals). Frozen, they stay out of
    later collections. The collector is on afterwards whether or not it was before: the entry
    point turns it off for the imports, and every command that reads data turns it on here.
    """
    import gc

    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def load(data_dir: Path | None, targets: Path | None, actuals: Path | None) -> "Dataset":
    from tzgoals.load import DataError, load_dataset

    with collector_paused():
        try:
            return load_dataset(data_paths(data_dir, targets, actuals))
        except DataError as error:
            report_problems(error.problems)


def select(
    dataset: "Dataset", year: int | None, areas: list[str] | None, statuses: list[Status] | None
) -> "Selection":
    from tzgoals.score import SelectionError, select_results

    try:
        return select_results(dataset, year, areas or [], statuses or [])
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


def data_console(**options: Any) -> "Console":
    """A Rich console that prints every string as written: no markup, emoji codes or colouring
    of numbers, since each string shown comes from the data ("[2023]12号", ":one:")."""
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False, **options)


def terminal() -> "Console":
    """A console that writes no escape codes into a pipe and honours NO_COLOR (Rich does both)."""
    import os

    console = data_console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 120  # Rich's 80 columns would fold every Chinese name in a pipe
    return console


def show_renderable(renderable: "RenderableType") -> None:
    # Tables are already laid out to the console's width: cropping each line again is wasted work.
    terminal().print(renderable, crop=False)


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
    info = dataset.info
    return info.name if lang is Lang.ZH or not info.name_en else info.name_en


@app.callback()
def root() -> None:
    """Track a government's annual targets against the results it later reports.

    Which promises were kept, which were missed, and which were never mentioned again.
    """


@app.command()
def status(
    year: YearOption = None,
    area: AreaOption = None,
    status: Annotated[
        list[Status] | None,
        typer.Option("--status", "-s", help="Only goals with this status; repeatable."),
    ] = None,
    output_format: FormatOption = OutputFormat.TABLE,
    fail_on: Annotated[
        list[Status] | None,
        typer.Option("--fail-on", help="Exit with 1 when a goal shown has this status."),
    ] = None,
    lang: LangOption = None,
    bom: BomOption = False,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Each target of a year: met, missed or unreported, by area.

    Examples:

      tzgoals status

      tzgoals status --area 2 --status missed

      tzgoals status --format csv > goals.csv

      tzgoals status --format html > scorecard.html

      tzgoals status --fail-on missed --format json
    """
    lang = lang or default_lang()
    dataset = load(data_dir, targets, actuals)
    selection = select(dataset, year, area, status)
    if output_format is OutputFormat.TABLE:
        from tzgoals.render.catalogue import label
        from tzgoals.render.table import status_view
        from tzgoals.score import summarise

        title = f"{dataset_title(dataset, lang)}: {label('targets for', lang, year=selection.year)}"
        show_renderable(
            status_view(
                title, selection.results, summarise(dataset, selection), not selection.filtered,
                lang,
            )
        )  # fmt: skip
    elif output_format is OutputFormat.HTML:
        from tzgoals.render.html import scorecard_html
        from tzgoals.score import summarise

        counts = summarise(dataset, selection)
        with collector_paused():  # a page is a million small objects, kept until it is written
            page = scorecard_html(dataset, selection, counts, lang, generated_at())
        write_chunks([page])
    else:
        from tzgoals.render.machine import status_chunks

        write_chunks(status_chunks(dataset, selection, output_format, lang, bom))
    if fail_on and any(r.status in fail_on for r in selection.results):
        raise typer.Exit(EXIT_FAIL_ON)


@app.command()
def summary(
    year: YearOption = None,
    area: AreaOption = None,
    output_format: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Coverage by work area, and the results reported without a target.

    Examples:

      tzgoals summary

      tzgoals summary --format csv > coverage.csv
    """
    from tzgoals.score import summarise

    if output_format is OutputFormat.HTML:
        fail("summary has no html format: `tzgoals status --format html` writes the scorecard.")
    lang = lang or default_lang()
    dataset = load(data_dir, targets, actuals)
    result = summarise(dataset, select(dataset, year, area, None))
    if output_format is OutputFormat.TABLE:
        from tzgoals.render.table import summary_view

        show_renderable(summary_view(dataset_title(dataset, lang), result, lang))
    elif output_format is OutputFormat.JSON:
        from tzgoals.render.machine import summary_json

        write_chunks(summary_json(result))
    else:
        from tzgoals.render.machine import render_rows
        from tzgoals.render.rows import SUMMARY_FIELDS, summary_rows

        write_chunks(render_rows(summary_rows(result), SUMMARY_FIELDS, output_format, lang))


@app.command()
def diff(
    from_year: Annotated[int | None, typer.Argument(help="Earlier year.")] = None,
    to_year: Annotated[int | None, typer.Argument(help="Later year.")] = None,
    compare_targets: Annotated[
        bool, typer.Option("--targets", help="Compare the targets two years set, not results.")
    ] = False,
    output_format: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets_file: Annotated[
        Path | None,
        typer.Option("--targets-file", help="Targets file (give with --actuals-file)."),
    ] = None,
    actuals_file: Annotated[
        Path | None,
        typer.Option("--actuals-file", help="Actuals file (give with --targets-file)."),
    ] = None,
) -> None:
    """Year-over-year change of the same indicators.

    With no years: the two latest years that have results. Here --targets asks for the
    targets to be compared, so separate data files are given as --targets-file and
    --actuals-file.

    Examples:

      tzgoals diff

      tzgoals diff 2022 2023 --format csv

      tzgoals diff --targets
    """
    from tzgoals.change import YearsError, diff_years_for

    if compare_targets and output_format is OutputFormat.HTML:
        fail("diff --targets has no html format: give csv, json or markdown.")
    lang = lang or default_lang()
    dataset = load(data_dir, targets_file, actuals_file)
    known = dataset.target_years() if compare_targets else dataset.actual_years()
    what = "targets" if compare_targets else "results"
    try:
        years = diff_years_for(known, from_year, to_year, what)
    except YearsError as error:
        fail(str(error))
    if years is None:
        listed = ", ".join(map(str, known)) or "none"
        typer.echo(f"No earlier year of {what} in the data ({listed}): nothing to compare.")
        raise typer.Exit(EXIT_OK)
    from_year, to_year = years
    if compare_targets:
        show_target_changes(dataset, from_year, to_year, output_format, lang)
    else:
        show_indicator_changes(dataset, from_year, to_year, output_format, lang)


def show_indicator_changes(
    dataset: "Dataset", from_year: int, to_year: int, output_format: OutputFormat, lang: Lang
) -> None:
    from tzgoals.change import diff_years

    changes = diff_years(dataset, from_year, to_year)
    if output_format is OutputFormat.TABLE:
        from tzgoals.render.diff import diff_view

        title = f"{dataset_title(dataset, lang)}: {from_year} → {to_year}"
        show_renderable(diff_view(title, changes, from_year, to_year, lang))
    elif output_format is OutputFormat.HTML:
        from tzgoals.render.html import diff_html

        with collector_paused():
            page = diff_html(dataset, changes, from_year, to_year, lang, generated_at())
        write_chunks([page])
    else:
        from tzgoals.render.machine import render_rows
        from tzgoals.render.rows import DIFF_FIELDS, diff_rows

        write_chunks(render_rows(diff_rows(changes), DIFF_FIELDS, output_format, lang))


def show_target_changes(
    dataset: "Dataset", from_year: int, to_year: int, output_format: OutputFormat, lang: Lang
) -> None:
    from tzgoals.change import diff_targets
    from tzgoals.render.machine import render_rows
    from tzgoals.render.rows import TARGET_DIFF_FIELDS, target_diff_rows

    rows = target_diff_rows(diff_targets(dataset, from_year, to_year), from_year, to_year)
    shown = OutputFormat.MARKDOWN if output_format is OutputFormat.TABLE else output_format
    write_chunks(render_rows(rows, TARGET_DIFF_FIELDS, shown, lang))


@app.command()
def show(
    goal_id: Annotated[str, typer.Argument(metavar="ID", help="A target's id.")],
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """One goal in full: its quotes, sources and arithmetic.

    Examples:

      tzgoals show 2023-major-projects-started
    """
    import difflib

    from tzgoals.render.detail import detail_view
    from tzgoals.score import score_goal

    lang = lang or default_lang()
    dataset = load(data_dir, targets, actuals)
    target = next((t for t in dataset.targets if t.id == goal_id), None)
    if target is None:
        ids = [t.id for t in dataset.targets]
        close = difflib.get_close_matches(goal_id, ids, n=5, cutoff=0.5)
        close += [i for i in ids if goal_id.lower() in i.lower() and i not in close][:5]
        hint = f" Closest ids: {', '.join(close)}." if close else ""
        fail(f"no goal with id {goal_id!r}.{hint} `tzgoals status --format csv` lists all ids.")
    previous = dataset.actuals.get((target.indicator, target.year - 1))
    result = score_goal(dataset, target)
    area = next((a for a in dataset.areas if (a.year, a.id) == (target.year, target.area)), None)
    show_renderable(detail_view(result, area, previous, lang))


@app.command()
def publish(
    outdir: Annotated[
        Path,
        typer.Argument(
            metavar="OUTDIR", help="Folder for the bundle: new, empty, or an earlier bundle."
        ),
    ],
    year: YearOption = None,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """The scorecard page and its data: index.html, goals.csv, goals.json, datapackage.json.

    Refuses a folder that holds anything but an earlier bundle.

    Examples:

      tzgoals publish site
    """
    from tzgoals.publish import PublishError, write_bundle

    lang = lang or default_lang()
    dataset = load(data_dir, targets, actuals)
    selection = select(dataset, year, None, None)
    try:
        with collector_paused():
            written = write_bundle(outdir, dataset, selection, lang, generated_at())
    except PublishError as error:
        fail(str(error))
    typer.echo(f"Wrote {', '.join(path.name for path in written)} to {outdir}.")


@app.command()
def check(
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text or json.", case_sensitive=False)
    ] = CheckFormat.TEXT,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Every problem in a dataset at once, as FILE:LINE: message.

    Exit 0 when there is no error (warnings are shown), 1 when there are errors, 2 when a
    file cannot be read or parsed at all.

    Examples:

      tzgoals check --data mydata

      tzgoals check --format json
    """
    import json

    from tzgoals.load import inspect_dataset

    with collector_paused():
        inspection = inspect_dataset(data_paths(data_dir, targets, actuals))
        problems = inspection.problems()
    if output_format is CheckFormat.JSON:
        items = [
            {"file": p.file, "line": p.line, "message": p.message, "severity": p.severity}
            for p in problems
        ]
        write_chunks([json.dumps({"problems": items}, ensure_ascii=False, indent=2) + "\n"])
    else:
        write_chunks(f"{p}\n" for p in problems)
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        summary = (
            f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
            if problems
            else "no problems"
        )
        typer.echo(
            f"{summary} in {inspection.targets.path} and {inspection.actuals.path}", err=True
        )
    unreadable = any(
        f.model is None and not f.text for f in (inspection.targets, inspection.actuals)
    )
    if unreadable:
        raise typer.Exit(EXIT_BAD_INPUT)
    if inspection.has_errors():
        raise typer.Exit(EXIT_FAIL_ON)


def parse_value(text: str) -> "Decimal | bool":
    """A figure typed on the command line: true/false for a yes/no result, else a number."""
    from decimal import Decimal, InvalidOperation

    if text.strip().lower() in {"true", "false"}:
        return text.strip().lower() == "true"
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        fail(f"VALUE must be a number (e.g. 6.5) or true/false, not {text!r}")


@app.command()
def record(
    indicator: Annotated[str, typer.Argument(help="The indicator's id.")],
    value: Annotated[str, typer.Argument(help="The figure, or true/false for a yes/no result.")],
    year: Annotated[int, typer.Option(help="The year the result is for.")],
    quote: Annotated[str, typer.Option(help="The passage of the source, copied verbatim.")],
    source: Annotated[str, typer.Option(help="The source document's file name.")],
    unit: Annotated[
        str | None, typer.Option(help="The unit as reported (none for true/false).")
    ] = None,
    name: Annotated[
        str | None, typer.Option(help="Chinese name as in the source [default: the indicator's].")
    ] = None,
    name_en: Annotated[str | None, typer.Option(help="English name.")] = None,
    estimate: Annotated[bool, typer.Option(help="The source says 预计 / 初步核算.")] = False,
    lower_bound: Annotated[bool, typer.Option(help="The source says 以上 / 超 / 突破.")] = False,
    approximate: Annotated[bool, typer.Option(help="The source says 近 / 约.")] = False,
    note: Annotated[str, typer.Option(help="How the figure was read.")] = "",
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Add one result to the actuals file, keeping every byte already there.

    Examples:

      tzgoals record gdp-growth 6.5 --year 2023 --unit % --estimate
      --source review.txt --quote "同比增长6.5%"
    """
    from tzgoals.load import DataError
    from tzgoals.write import append_actual

    paths = writable_paths(data_dir, targets, actuals)
    dataset = load(data_dir, targets, actuals)
    known = dataset.indicators.get(indicator)
    fields: dict[str, object] = {
        "indicator": indicator,
        "year": year,
        "value": parse_value(value),
        "unit": unit,
        "name": name or (known.name if known else indicator),
        "name_en": name_en if name_en is not None else (known.name_en if known else ""),
        "source": source,
        "quote": quote,
        "estimate": estimate,
        "lower_bound": lower_bound,
        "approximate": approximate,
        "note": note,
    }
    try:
        appended = append_actual(paths, fields)
    except DataError as error:
        refuse(error.problems)
    print_problems(appended.warnings)
    typer.echo(f"Recorded {indicator} {year} at {appended.path}:{appended.first_line}.")


@app.command()
def export(
    section: Annotated[Section, typer.Argument(help="Which table to export.")],
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", case_sensitive=False, help="csv or json.")
    ] = ExportFormat.CSV,
    bom: BomOption = False,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Every field of every entry of one table, quotes and sources included.

    Examples:

      tzgoals export targets > targets.csv

      tzgoals export actuals --format json
    """
    from tzgoals.render.machine import as_written, iter_csv, iter_json
    from tzgoals.write import export_rows, field_order

    dataset = load(data_dir, targets, actuals)
    rows = export_rows(dataset, section.value)
    fields = field_order(section.value)
    if output_format is ExportFormat.CSV:
        write_chunks(iter_csv(rows, fields, bom, as_written))  # type: ignore[arg-type]
    else:
        write_chunks(iter_json(rows, fields))  # type: ignore[arg-type]


@app.command(name="import")
def import_rows(
    csv_file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="A CSV with a header row.")],
    into: Annotated[Section, typer.Option(help="The table the rows are added to.")],
    encoding: Annotated[
        str | None, typer.Option(help="The CSV's encoding, e.g. gb18030 [default: UTF-8].")
    ] = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Append the rows of a CSV file as entries, all or none, after checking every row.

    Examples:

      tzgoals import new-results.csv --into actuals

      tzgoals import 目标.csv --into targets --encoding gb18030
    """
    from tzgoals.load import DataError, read_csv
    from tzgoals.write import append_entries, rows_to_entries

    paths = writable_paths(data_dir, targets, actuals)
    try:
        with collector_paused():
            rows = read_csv(csv_file, encoding)
            entries = rows_to_entries(into.value, rows, str(csv_file))
            appended = append_entries(paths, into.value, entries)
    except DataError as error:
        refuse(error.problems)
    print_problems(appended.warnings)
    typer.echo(f"Added {len(appended.entries)} {into.value} to {appended.path}.")


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="Folder for the new dataset.")],
) -> None:
    """Write a commented starter dataset for another jurisdiction; never overwrites.

    Examples:

      tzgoals init my-province && tzgoals status --data my-province
    """
    from tzgoals.load import DataError
    from tzgoals.write import init_dataset

    try:
        paths = init_dataset(directory)
    except DataError as error:
        refuse(error.problems)
    typer.echo(f"Wrote {paths.targets} and {paths.actuals}; edit them, then `tzgoals check`.")


def command_name(info: "CommandInfo") -> str | None:
    from typer.main import get_command_name

    if info.name or info.callback is None:
        return info.name
    return get_command_name(info.callback.__name__)


def main() -> None:
    """Run the command line, building only the command that runs.

    At each start Typer turns the signature of every registered command into click options,
    which the commands not run pay for too (about 2 ms). The root takes no options of its own,
    so a first argument that names a command is the command: only that one is built. Anything
    else (--help, a misspelt command, shell completion) gets the whole app, with its command
    list and suggestions. The app is left as it was, for a caller that runs it again.
    """
    every = app.registered_commands
    requested = sys.argv[1] if len(sys.argv) > 1 else None
    only = [info for info in every if requested is not None and command_name(info) == requested]
    if only:
        app.registered_commands = only
    try:
        app(prog_name="tzgoals")
    finally:
        app.registered_commands = every
