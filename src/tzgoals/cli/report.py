"""Commands that report on a dataset: status, summary, diff and show."""

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
    year_number,
)
from tzgoals.cli.output import (
    EXIT_FAIL_ON,
    EXIT_OK,
    dataset_title,
    fail,
    generated_at,
    load,
    say,
    select,
    show_renderable,
    write_chunks,
)
from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang, default_lang
from tzgoals.vocabulary import Status

if TYPE_CHECKING:
    from tzgoals.models import Dataset


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
        from tzgoals.coverage import summarise
        from tzgoals.render.table import status_view

        summary = summarise(dataset, selection)
        show_renderable(status_view(dataset_title(dataset, lang), selection, summary, lang))
    elif output_format is OutputFormat.HTML:
        from tzgoals.coverage import summarise
        from tzgoals.render.html import scorecard_html

        page = scorecard_html(
            dataset, selection, summarise(dataset, selection), lang, generated_at()
        )
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
    from tzgoals.coverage import summarise

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
    from_year: Annotated[
        int | None, typer.Argument(help="Earlier year.", parser=year_number)
    ] = None,
    to_year: Annotated[int | None, typer.Argument(help="Later year.", parser=year_number)] = None,
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
    from tzgoals.change import YearsError, years_to_compare

    if compare_targets and output_format is OutputFormat.HTML:
        fail("diff --targets has no html format: give csv, json or markdown.")
    lang = lang or default_lang()
    dataset = load(data_dir, targets_file, actuals_file)
    try:
        choice = years_to_compare(dataset, from_year, to_year, compare_targets)
    except YearsError as error:
        fail(str(error))
    if choice.years is None:
        listed = ", ".join(map(str, choice.known)) or "none"
        say(f"No earlier year of {choice.what} in the data ({listed}): nothing to compare.")
        raise typer.Exit(EXIT_OK)
    from_year, to_year = choice.years
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

        write_chunks([diff_html(dataset, changes, from_year, to_year, lang, generated_at())])
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
    from tzgoals.lookup import UnknownGoal, goal_detail
    from tzgoals.render.detail import detail_view

    lang = lang or default_lang()
    dataset = load(data_dir, targets, actuals)
    try:
        detail = goal_detail(dataset, goal_id)
    except UnknownGoal as unknown:
        hint = f" Closest ids: {', '.join(unknown.closest)}." if unknown.closest else ""
        fail(f"no goal with id {goal_id!r}.{hint} `tzgoals status --format csv` lists all ids.")
    show_renderable(detail_view(detail, lang))


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
        written = write_bundle(outdir, dataset, selection, lang, generated_at())
    except PublishError as error:
        fail(str(error))
    say(f"Wrote {', '.join(path.name for path in written)} to {outdir}.")
