"""Commands that report on a dataset: status, summary, diff and show."""

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.options import (
    ActualsOption,
    AreaOption,
    BomOption,
    DataDirOption,
    FormatOption,
    LangOption,
    TargetsOption,
    YearOption,
    choice_of,
    complete_goal_id,
    year_number,
)
from tzgoals.cli.output import (
    EXIT_FAIL_ON,
    EXIT_OK,
    dataset_read,
    dataset_title,
    fail,
    generated_at,
    load,
    read,
    say,
    select,
    show_renderable,
    write_chunks,
)
from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang, default_lang, label
from tzgoals.vocabulary import Flag, Order, Status

if TYPE_CHECKING:
    from tzgoals.coverage import Selection
    from tzgoals.models import Dataset


@app.command(short_help="Each target of a year: met, missed or unreported.")
def status(
    year: YearOption = None,
    area: AreaOption = None,
    status: Annotated[
        list[Status] | None,
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            help="Only goals with this status (met, missed or unreported); repeatable.",
            parser=choice_of(Status),
        ),
    ] = None,
    flag: Annotated[
        list[Flag] | None,
        typer.Option(
            "--flag",
            metavar="FLAG",
            help="Only goals whose figure the sources qualify so (estimate, lower_bound, "
            "upper_bound, approximate or by_scope); repeatable.",
            parser=choice_of(Flag),
        ),
    ] = None,
    sort: Annotated[
        Order,
        typer.Option(
            "--sort",
            metavar="ORDER",
            help="List the goals by area as the data gives them (area), or in one list by "
            "status, by attainment or by gap (the furthest short first).",
            case_sensitive=False,
            parser=choice_of(Order),
        ),
    ] = Order.AREA,
    ids: Annotated[
        bool, typer.Option("--ids", help="Show each goal's id, as `tzgoals show` takes it.")
    ] = False,
    output_format: FormatOption = OutputFormat.TABLE,
    fail_on: Annotated[
        list[Status] | None,
        typer.Option(
            "--fail-on",
            metavar="STATUS",
            help="Exit with 1 when a goal shown has this status; repeatable.",
        ),
    ] = None,
    lang: LangOption = None,
    bom: BomOption = False,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Each target of a year: met, missed or unreported, by area.

    The table fits the terminal: full from 100 columns, compact from 60, one block a goal
    below that. Piped, it is as wide as COLUMNS says, else 100 columns.

    Examples:

      tzgoals status

      tzgoals status --area 2 --status missed --ids

      tzgoals status --sort gap --flag estimate

      tzgoals status --format markdown --lang zh > report.md

      tzgoals status --format csv > goals.csv

      tzgoals status --format html > scorecard.html

      tzgoals status --fail-on missed --format json
    """
    lang = lang or default_lang()
    dataset, found = read(data_dir, targets, actuals, lang)
    selection = select(dataset, year, area, status, flag, sort)
    if output_format in (OutputFormat.CSV, OutputFormat.JSON):
        from tzgoals.render.machine import status_chunks

        write_chunks(status_chunks(dataset, selection, output_format, bom))
    else:
        show_status(
            dataset_title(dataset, lang, found), dataset, selection, output_format, lang, ids
        )
    if fail_on and any(r.status in fail_on for r in selection.results):
        raise typer.Exit(EXIT_FAIL_ON)


def show_status(
    title: str,
    dataset: "Dataset",
    selection: "Selection",
    output_format: OutputFormat,
    lang: Lang,
    ids: bool,
) -> None:
    """The goals for people: a terminal table, a Markdown report or the scorecard page."""
    from tzgoals.coverage import summarise

    summary = summarise(dataset, selection)
    match output_format:
        case OutputFormat.TABLE:
            from tzgoals.render.views import status_view

            show_renderable(status_view(title, selection, summary, lang, ids))
        case OutputFormat.MARKDOWN:
            from tzgoals.render.markdown import status_report

            write_chunks(status_report(title, selection, summary, lang, ids))
        case OutputFormat.HTML:
            from tzgoals.render.html import scorecard_html

            write_chunks([scorecard_html(dataset, selection, summary, lang, generated_at())])
        case OutputFormat.CSV | OutputFormat.JSON:
            raise ValueError(f"{output_format} is written by render.machine")


@app.command(short_help="Coverage by area, and results reported without a target.")
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

      tzgoals summary --format markdown --lang zh

      tzgoals summary --format csv > coverage.csv
    """
    from tzgoals.coverage import summarise

    if output_format is OutputFormat.HTML:
        fail("summary has no html format: `tzgoals status --format html` writes the scorecard.")
    lang = lang or default_lang()
    dataset, found = read(data_dir, targets, actuals, lang)
    result = summarise(dataset, select(dataset, year, area, None))
    if output_format is OutputFormat.TABLE:
        from tzgoals.render.views import summary_view

        show_renderable(summary_view(dataset_title(dataset, lang, found), result, lang))
    elif output_format is OutputFormat.MARKDOWN:
        from tzgoals.render.markdown import summary_report

        write_chunks(summary_report(dataset_title(dataset, lang, found), result, lang))
    elif output_format is OutputFormat.JSON:
        from tzgoals.render.machine import summary_json

        write_chunks(summary_json(result, dataset_read(found)))
    else:
        from tzgoals.render.machine import render_rows
        from tzgoals.render.rows import SUMMARY_FIELDS, summary_rows

        write_chunks(render_rows(summary_rows(result), SUMMARY_FIELDS, output_format))


class Compared(StrEnum):
    """What `diff` compares: the results two years reported, or the targets they set."""

    RESULTS = "results"
    TARGETS = "targets"


@app.command(short_help="Year-over-year change of the same indicators, or of targets.")
def diff(
    from_year: Annotated[
        int | None,
        typer.Argument(
            metavar="FROM", help="The earlier year.", show_default=False, parser=year_number
        ),
    ] = None,
    to_year: Annotated[
        int | None,
        typer.Argument(
            metavar="TO", help="The later year.", show_default=False, parser=year_number
        ),
    ] = None,
    of: Annotated[
        Compared,
        typer.Option(
            "--of",
            metavar="WHAT",
            help="Compare the results two years reported (results) or the targets they set "
            "(targets).",
            case_sensitive=False,
            parser=choice_of(Compared),
        ),
    ] = Compared.RESULTS,
    output_format: FormatOption = OutputFormat.TABLE,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Year-over-year change of the same indicators, or of the targets two years set.

    With no years: the two latest years that have results (or targets); with one year, that
    year and the latest earlier one.

    Examples:

      tzgoals diff

      tzgoals diff 2022 2023 --format csv

      tzgoals diff --of targets
    """
    from tzgoals.change import YearsError, years_to_compare
    from tzgoals.cli.changes import (
        NO_TARGETS_PAGE,
        say_nothing_to_compare,
        show_indicator_changes,
        show_target_changes,
    )

    of_targets = of is Compared.TARGETS
    if of_targets and output_format is OutputFormat.HTML:
        fail(NO_TARGETS_PAGE)
    lang = lang or default_lang()
    if from_year is not None and to_year is not None and from_year > to_year:
        meant = f"tzgoals diff {to_year} {from_year}" + (" --of targets" if of_targets else "")
        fail(label("diff.backwards", lang, from_year=from_year, to_year=to_year, meant=meant))
    dataset, found = read(data_dir, targets, actuals, lang)
    try:
        choice = years_to_compare(dataset, from_year, to_year, of_targets)
    except YearsError as error:
        fail(str(error))
    if choice.years is None:
        say_nothing_to_compare(dataset, choice, output_format, lang)
        raise typer.Exit(EXIT_OK)
    from_year, to_year = choice.years
    what = f"{from_year} → {to_year}"
    title = label("titled", lang, name=dataset_title(dataset, lang, found), what=what)
    if of_targets:
        show_target_changes(dataset, from_year, to_year, output_format, lang, title)
    else:
        show_indicator_changes(dataset, from_year, to_year, output_format, lang, title)


@app.command(short_help="One goal in full: its quotes, sources and arithmetic.")
def show(
    goal_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A target's id, as `tzgoals status --ids` shows it.",
            autocompletion=complete_goal_id,
        ),
    ],
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """One goal in full: its quotes, sources and arithmetic.

    Examples:

      tzgoals show 2023-major-projects-started
    """
    from tzgoals.lookup import UnknownGoal, goal_detail
    from tzgoals.render.detail import detail_view

    lang = lang or default_lang()
    dataset, found = read(data_dir, targets, actuals, lang)
    try:
        detail = goal_detail(dataset, goal_id)
    except UnknownGoal as unknown:
        hint = f" Closest ids: {', '.join(unknown.closest)}." if unknown.closest else ""
        fail(f"no goal with id {goal_id!r}.{hint} `tzgoals status --ids` lists all ids.")
    if found.is_example:
        say(dataset_title(dataset, lang, found))
    show_renderable(detail_view(detail, lang, dataset.sources))


@app.command(short_help="Write the scorecard page and its data into a folder.")
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
    dataset = load(data_dir, targets, actuals, lang)
    selection = select(dataset, year, None, None)
    try:
        written = write_bundle(outdir, dataset, selection, lang, generated_at())
    except PublishError as error:
        fail(str(error))
    files = label("list", lang).join(path.name for path in written)
    say(label("publish.done", lang, files=files, folder=outdir))
