"""Commands that check or change a dataset: check, record, export, import and init."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.options import (
    ActualsOption,
    BomOption,
    DataDirOption,
    TargetsOption,
    parse_value,
    year_number,
)
from tzgoals.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_FAIL_ON,
    data_paths,
    fail,
    load,
    print_problems,
    refuse,
    say,
    write_chunks,
)
from tzgoals.vocabulary import Section


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class ExportFormat(StrEnum):
    CSV = "csv"
    JSON = "json"


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
    from tzgoals.files.load import inspect_dataset
    from tzgoals.render.problems import check_summary, problem_lines, problems_json

    paths = data_paths(data_dir, targets, actuals)
    inspection = inspect_dataset(paths)
    problems = inspection.problems()
    if output_format is CheckFormat.JSON:
        write_chunks([problems_json(problems)])
    else:
        write_chunks(problem_lines(problems))
        say(check_summary(problems, paths), err=True)
    if inspection.unreadable:
        raise typer.Exit(EXIT_BAD_INPUT)
    if inspection.has_errors():
        raise typer.Exit(EXIT_FAIL_ON)


# Long only for its signature: one option a key of an [[actuals]] table.
@app.command()
def record(
    indicator: Annotated[str, typer.Argument(help="The indicator's id.")],
    value: Annotated[str, typer.Argument(help="The figure, or true/false for a yes/no result.")],
    year: Annotated[int, typer.Option(help="The year the result is for.", parser=year_number)],
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
    from tzgoals.files.append import record_actual
    from tzgoals.files.problems import DataError

    paths = data_paths(data_dir, targets, actuals, writable=True)
    try:
        figure = parse_value(value)
    except ValueError as error:
        fail(str(error))
    fields: dict[str, object] = {
        "indicator": indicator,
        "year": year,
        "value": figure,
        "unit": unit,
        "name": name,
        "name_en": name_en,
        "source": source,
        "quote": quote,
        "estimate": estimate,
        "lower_bound": lower_bound,
        "approximate": approximate,
        "note": note,
    }
    try:
        appended = record_actual(paths, fields)
    except DataError as error:
        refuse(error.problems)
    print_problems(appended.warnings)
    say(f"Recorded {indicator} {year} at {appended.path}:{appended.first_line}.")


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
    from tzgoals.files.transfer import export_csv, export_json

    dataset = load(data_dir, targets, actuals)
    if output_format is ExportFormat.CSV:
        write_chunks(export_csv(dataset, section, bom))
    else:
        write_chunks(export_json(dataset, section))


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
    from tzgoals.files.append import append_entries
    from tzgoals.files.problems import DataError
    from tzgoals.files.transfer import read_csv, rows_to_entries

    paths = data_paths(data_dir, targets, actuals, writable=True)
    try:
        rows = read_csv(csv_file, encoding)
        appended = append_entries(paths, into, rows_to_entries(into, rows, str(csv_file)))
    except DataError as error:
        refuse(error.problems)
    print_problems(appended.warnings)
    say(f"Added {len(appended.entries)} {into.value} to {appended.path}.")


@app.command()
def init(
    # Text, not a Path: Path("") is ".", and an empty DIR must be refused, not read as here.
    directory: Annotated[str, typer.Argument(metavar="DIR", help="Folder for the new dataset.")],
) -> None:
    """Write a commented starter dataset for another jurisdiction; never overwrites.

    Examples:

      tzgoals init my-province && tzgoals status --data my-province
    """
    from tzgoals.files.problems import DataError
    from tzgoals.files.starter import init_dataset

    try:
        paths = init_dataset(directory)
    except DataError as error:
        refuse(error.problems)
    say(f"Wrote {paths.targets} and {paths.actuals}; edit them, then `tzgoals check`.")
