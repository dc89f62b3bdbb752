"""Commands that report on a dataset: status, summary, diff and show."""

from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.dataset import dataset_read, dataset_title, load, read, select
from tzgoals.cli.options import (
    ActualsOption,
    AreaOption,
    AsOfOption,
    BomOption,
    DataDirOption,
    LangOption,
    TargetsOption,
    YearOption,
    choice_of,
    complete_goal_id,
    format_option,
    year_number,
)
from tzgoals.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_FAIL_ON,
    EXIT_OK,
    fail,
    generated_at,
    nearest_ids,
    publish_refused,
    refused,
    say,
    show_renderable,
    write_output,
)
from tzgoals.cli.output_cache import cached_output
from tzgoals.render.catalogue import Lang, default_lang, label
from tzgoals.render.formats import (
    DiffFormat,
    StatusFormat,
    SummaryFormat,
    diff_format,
    status_format,
    summary_format,
)
from tzgoals.vocabulary import Flag, Order, Status

if TYPE_CHECKING:
    from tzgoals.change import YearChoice


@app.command(short_help=short_help("status"))
@cached_output
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
            "upper_bound, approximate, by_scope or revised); repeatable.",
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
    output_format: Annotated[
        StatusFormat, format_option(StatusFormat, status_format)
    ] = StatusFormat.TABLE,
    fail_on: Annotated[
        list[Status] | None,
        typer.Option(
            "--fail-on",
            metavar="STATUS",
            help="Exit with 1 when a goal shown has this status; repeatable.",
        ),
    ] = None,
    as_of: AsOfOption = None,
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

      tzgoals status --as-of 2024-01 --flag revised
    """
    from tzgoals.render.formats import StatusOutput

    lang = lang or default_lang()
    dataset, found = read(data_dir, targets, actuals, lang, as_of)
    selection = select(dataset, year, area, status, flag, sort, lang)
    title = dataset_title(dataset, lang, found, as_of)
    value = StatusOutput(title, dataset, selection, lang, ids, bom, generated_at)
    write_output(status_format(output_format), value)
    if fail_on and any(r.status in fail_on for r in selection.results):
        raise typer.Exit(EXIT_FAIL_ON)


@app.command(short_help=short_help("summary"))
@cached_output
def summary(
    year: YearOption = None,
    area: AreaOption = None,
    output_format: Annotated[
        SummaryFormat, format_option(SummaryFormat, summary_format)
    ] = SummaryFormat.TABLE,
    as_of: AsOfOption = None,
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
    from tzgoals.render.formats import SummaryOutput

    lang = lang or default_lang()
    dataset, found = read(data_dir, targets, actuals, lang, as_of)
    result = summarise(dataset, select(dataset, year, area, None, lang=lang))
    title = dataset_title(dataset, lang, found, as_of)
    value = SummaryOutput(title, result, lang, dataset_read(found))
    write_output(summary_format(output_format), value)


class Compared(StrEnum):
    """What `diff` compares: the results two years reported, or the targets they set."""

    RESULTS = "results"
    TARGETS = "targets"


@app.command(short_help=short_help("diff"))
@cached_output
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
    output_format: Annotated[DiffFormat, format_option(DiffFormat, diff_format)] = DiffFormat.TABLE,
    as_of: AsOfOption = None,
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
    from tzgoals.change import YearsError, diff_targets, diff_years, years_to_compare
    from tzgoals.render.formats import DiffOutput, NothingToCompare, ResultChanges, TargetChanges

    of_targets = of is Compared.TARGETS
    lang = lang or default_lang()
    if from_year is not None and to_year is not None and from_year > to_year:
        meant = f"tzgoals diff {to_year} {from_year}" + (" --of targets" if of_targets else "")
        fail(label("diff.backwards", lang, from_year=from_year, to_year=to_year, meant=meant))
    dataset, found = read(data_dir, targets, actuals, lang, as_of)
    try:
        choice = years_to_compare(dataset, from_year, to_year, of_targets)
    except YearsError as error:
        refused(error, lang)
    chosen = diff_format(output_format)
    if choice.years is None:
        # To a program, an empty document of its format; why, to the person running it.
        nothing = NothingToCompare(partial(nothing_to_compare, choice), of_targets)
        if output_format not in (DiffFormat.TABLE, DiffFormat.MARKDOWN):
            say(nothing.sentence(lang), err=True)
        title = dataset_title(dataset, lang, found)
        write_output(chosen, DiffOutput(title, dataset, nothing, 0, 0, lang, generated_at))
        raise typer.Exit(EXIT_OK)
    from_year, to_year = choice.years
    what = f"{from_year} → {to_year}"
    title = label("titled", lang, name=dataset_title(dataset, lang, found, as_of), what=what)
    compared = (
        TargetChanges(diff_targets(dataset, from_year, to_year))
        if of_targets
        else ResultChanges(diff_years(dataset, from_year, to_year))
    )
    value = DiffOutput(title, dataset, compared, from_year, to_year, lang, generated_at)
    write_output(chosen, value)


def nothing_to_compare(choice: "YearChoice", lang: Lang) -> str:
    """Why `diff` has no two years to compare, and the years it has."""
    listed = label("list", lang).join(map(str, choice.known)) or label("no years", lang)
    return label("nothing to compare", lang, what=label(f"what.{choice.what}", lang), years=listed)


@app.command(short_help=short_help("show"))
def show(
    goal_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="A target's id, as `tzgoals status --ids` shows it.",
            autocompletion=complete_goal_id,
        ),
    ],
    as_of: AsOfOption = None,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """One goal in full: its quotes, sources and arithmetic, and every figure published for
    it with the verdict each gives.

    Examples:

      tzgoals show 2023-major-projects-started
    """
    from tzgoals.lookup import UnknownGoal, goal_detail
    from tzgoals.render.detail import detail_view

    lang = lang or default_lang()
    dataset, found = read(data_dir, targets, actuals, lang, as_of)
    try:
        detail = goal_detail(dataset, goal_id)
    except UnknownGoal as unknown:
        fail(label("show.unknown", lang, id=repr(goal_id), hint=nearest_ids(unknown.closest, lang)))
    if found.is_example or as_of:
        say(dataset_title(dataset, lang, found, as_of))
    show_renderable(detail_view(detail, lang, dataset.sources))


@app.command(short_help=short_help("publish"))
def publish(
    outdir: Annotated[
        Path,
        typer.Argument(
            metavar="OUTDIR", help="Folder for the bundle: new, empty, or an earlier bundle."
        ),
    ],
    year: YearOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
    panel_dir: Annotated[
        Path | None,
        typer.Option(
            "--panel",
            metavar="DIR",
            help="Publish a panel: an index page, each place's scorecard, one data package "
            "[default: this folder, when it holds panel.toml and no targets.toml].",
            file_okay=False,
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="With a panel: exit with 2 when a place's dataset cannot be used."
        ),
    ] = False,
) -> None:
    """The scorecard page and its data: index.html, goals.csv, goals.json, datapackage.json.

    Of a panel: index.html (the places side by side, linked to their scorecards, and a chart
    of the headline indicator), places/ID/index.html, goals.csv, places.csv and
    datapackage.json. Refuses a folder that holds anything but an earlier bundle.

    Examples:

      tzgoals publish site

      tzgoals publish site --panel examples/jiangsu-panel
    """
    from tzgoals.cli.dataset import chosen_panel
    from tzgoals.publish import PublishError, write_bundle

    lang = lang or default_lang()
    panel_file = chosen_panel(panel_dir, data_dir or targets or actuals, lang)
    if panel_file is not None:
        from tzgoals.cli.panel_run import run_panel_publish

        if as_of:
            fail(label("panel.as of", lang))
        unusable = run_panel_publish(panel_file, outdir, year, lang)
        if unusable and strict:
            raise typer.Exit(EXIT_BAD_INPUT)
        return
    dataset = load(data_dir, targets, actuals, lang, as_of)
    selection = select(dataset, year, None, None, lang=lang)
    try:
        written = write_bundle(outdir, dataset, selection, lang, generated_at())
    except PublishError as error:
        publish_refused(error, lang)
    files = label("list", lang).join(path.name for path in written)
    say(label("publish.done", lang, files=files, folder=outdir))
