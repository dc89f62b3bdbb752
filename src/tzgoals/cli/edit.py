"""Commands that check or change a dataset: check, record, export, import and init."""

import shlex
from pathlib import Path
from typing import Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.dataset import chosen_panel, data_paths, dataset_read, find, load
from tzgoals.cli.options import (
    ActualsOption,
    BomOption,
    DataDirOption,
    FigureArgumentsCommand,
    IgnoreOption,
    LangOption,
    SelectOption,
    TargetsOption,
    choice_of,
    format_option,
    parse_value,
    year_number,
)
from tzgoals.cli.output import (
    EXIT_BAD_INPUT,
    EXIT_FAIL_ON,
    fail,
    print_problems,
    refuse,
    say,
    write_output,
)
from tzgoals.render.catalogue import default_lang, label
from tzgoals.render.formats import CheckFormat, ExportFormat, check_format, export_format
from tzgoals.vocabulary import Section, Vintage


@app.command(short_help=short_help("check"))
def check(
    output_format: Annotated[
        CheckFormat, format_option(CheckFormat, check_format)
    ] = CheckFormat.TEXT,
    allow_unarchived: Annotated[
        bool,
        typer.Option(
            "--allow-unarchived",
            help="Allow sources whose text is not in sources/ yet (a dataset in progress); "
            "their quotes go unchecked.",
        ),
    ] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
    panel_dir: Annotated[
        Path | None,
        typer.Option(
            "--panel",
            metavar="DIR",
            help="Check a panel: each of its places, then the panel itself [default: this "
            "folder, when it holds panel.toml and no targets.toml].",
            file_okay=False,
        ),
    ] = None,
) -> None:
    """Every problem in a dataset at once, as FILE:LINE: message [CODE], every quote included.

    Each quote must stand verbatim (whitespace aside) in its source's archived text in
    sources/, and each source's text must be there, with the SHA-256 it records.

    Exit 0 when there is no error (warnings are shown), 1 when there are errors, 2 when a
    file cannot be read or parsed at all. Problems --ignore names (or --select leaves out)
    are neither shown nor counted; every code is in docs/problems.md.

    Examples:

      tzgoals check --data mydata

      tzgoals check --format json

      tzgoals check --allow-unarchived

      tzgoals check --ignore no-sha256 --ignore TZ407

      tzgoals check --panel examples/jiangsu-panel
    """
    from tzgoals.cli.dataset import command_cache
    from tzgoals.files.load import inspect_dataset
    from tzgoals.problem_codes import codes_chosen

    lang = lang or default_lang()
    reported = codes_chosen(select or [], ignore or [])
    panel_file = chosen_panel(panel_dir, data_dir or targets or actuals, lang)
    if panel_file is not None:
        from tzgoals.cli.panel_run import run_panel_check

        code = run_panel_check(panel_file, output_format, allow_unarchived, reported, lang)
        raise typer.Exit(code)
    from tzgoals.render.formats import CheckOutput
    from tzgoals.render.problems import check_summary

    found = find(data_dir, targets, actuals, lang)
    paths = found.paths
    inspection = inspect_dataset(paths, True, True, allow_unarchived, command_cache())
    problems = [p for p in inspection.problems() if p.code in reported]
    chosen = check_format(output_format)
    write_output(chosen, CheckOutput(problems, dataset_read(found), lang))
    if not chosen.for_programs:
        summary = check_summary(problems, paths, lang, found.is_example, inspection.quotes)
        say(summary, err=True)
    if inspection.unreadable:
        raise typer.Exit(EXIT_BAD_INPUT)
    if any(p.severity == "error" for p in problems):
        raise typer.Exit(EXIT_FAIL_ON)


# Long only for its signature: one option a key of an [[actuals]] table.
@app.command(
    short_help=short_help("record"),
    cls=FigureArgumentsCommand,
    context_settings={"ignore_unknown_options": True},
)
def record(
    indicator: Annotated[str, typer.Argument(metavar="INDICATOR", help="The indicator's id.")],
    value: Annotated[
        str,
        typer.Argument(
            metavar="VALUE",
            help="The figure, or true/false for a yes/no result; a negative figure is typed "
            "as it is (-2.1), or after -- (tzgoals record [OPTIONS] -- ID -2.1).",
        ),
    ],
    year: Annotated[
        int, typer.Option(metavar="YEAR", help="The year the result is for.", parser=year_number)
    ],
    quote: Annotated[
        str, typer.Option(metavar="TEXT", help="The passage of the source, copied verbatim.")
    ],
    source: Annotated[str, typer.Option(metavar="FILE", help="The source document's file name.")],
    unit: Annotated[
        str | None,
        typer.Option(metavar="UNIT", help="The unit as reported (none for true/false)."),
    ] = None,
    through_month: Annotated[
        int | None,
        typer.Option(
            metavar="N",
            help="For a figure of January to month N only (上半年 6, 前三季度 or 1-9月 9), "
            "1 to 11; left out, the figure is the whole year's.",
        ),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            metavar="TEXT", help="The Chinese name as in the source [default: the indicator's]."
        ),
    ] = None,
    name_en: Annotated[str | None, typer.Option(metavar="TEXT", help="The English name.")] = None,
    estimate: Annotated[
        bool, typer.Option("--estimate", help="The source says 预计 / 初步核算.")
    ] = False,
    lower_bound: Annotated[
        bool, typer.Option("--lower-bound", help="The source says 以上 / 超 / 突破.")
    ] = False,
    approximate: Annotated[
        bool, typer.Option("--approximate", help="The source says 近 / 约.")
    ] = False,
    derivation: Annotated[
        str,
        typer.Option(
            metavar="TEXT",
            help="For a figure worked out rather than quoted: how, in words a reader can "
            "follow (the figure then need not stand in the quote).",
        ),
    ] = "",
    derivation_en: Annotated[
        str, typer.Option(metavar="TEXT", help="The same derivation in English.")
    ] = "",
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="DATE",
            help="When the source published it: YYYY, YYYY-MM or YYYY-MM-DD "
            "[default: the source's date].",
        ),
    ] = None,
    vintage: Annotated[
        Vintage | None,
        typer.Option(
            metavar="VINTAGE",
            help="Which release it is: estimate, preliminary, final or revised.",
            case_sensitive=False,
            parser=choice_of(Vintage),
        ),
    ] = None,
    note: Annotated[
        str,
        typer.Option(metavar="TEXT", help="How the figure was read, in the language of --name."),
    ] = "",
    note_en: Annotated[str, typer.Option(metavar="TEXT", help="The same note in English.")] = "",
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Add one result to the actuals file, keeping every byte already there.

    The quote must stand in the source's archived text in sources/ (whitespace aside), and
    the figure in the quote (1.38万 for 13800, 两 for 2 count), unless --derivation says how it
    was worked out; if not, nothing is written and the closest passage is shown.

    Examples:

    \b
      tzgoals record gdp-growth 6.5 --year 2023 --unit % --estimate \\
          --source review.txt --quote "同比增长6.5%"

    \b
      tzgoals record industry-growth -2.1 --year 2023 --unit % \\
          --source review.txt --quote "增长-2.1%"

    \b
      tzgoals record gdp-growth 6.4 --year 2023 --unit % --vintage final \\
          --as-of 2024-12-27 --source final.txt --quote "比上年增长6.4%"
    """
    from tzgoals.files.append import record_actual
    from tzgoals.files.problems import DataError

    lang = lang or default_lang()
    paths = data_paths(data_dir, targets, actuals, writable=True, lang=lang)
    try:
        figure = parse_value(value)
    except ValueError as error:
        fail(str(error))
    fields: dict[str, object] = {
        "indicator": indicator,
        "year": year,
        "through_month": through_month,
        "value": figure,
        "unit": unit,
        "name": name,
        "name_en": name_en,
        "source": source,
        "quote": quote,
        "estimate": estimate,
        "lower_bound": lower_bound,
        "approximate": approximate,
        "derivation": derivation,
        "derivation_en": derivation_en,
        "as_of": as_of,
        "vintage": vintage,
        "note": note,
        "note_en": note_en,
    }
    try:
        appended = record_actual(paths, fields)
    except DataError as error:
        refuse(error.problems, lang)
    print_problems(appended.warnings, lang)
    place = f"{appended.path}:{appended.first_line}"
    say(label("record.done", lang, indicator=indicator, year=year, place=place))


@app.command(short_help=short_help("export"))
def export(
    section: Annotated[
        Section,
        typer.Argument(
            metavar="TABLE",
            help="Which table to export: sources, areas, indicators, targets or actuals.",
            parser=choice_of(Section),
        ),
    ],
    output_format: Annotated[
        ExportFormat, format_option(ExportFormat, export_format)
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
    from tzgoals.render.formats import ExportOutput

    dataset = load(data_dir, targets, actuals)
    write_output(export_format(output_format), ExportOutput(dataset, section, bom))


@app.command(name="import", short_help=short_help("import"))
def import_rows(
    csv_file: Annotated[Path, typer.Argument(metavar="FILE.csv", help="A CSV with a header row.")],
    into: Annotated[
        Section,
        typer.Option(
            metavar="TABLE",
            help="The table the rows are added to: sources, areas, indicators, targets or actuals.",
            parser=choice_of(Section),
        ),
    ],
    encoding: Annotated[
        str | None,
        typer.Option(metavar="ENCODING", help="The CSV's encoding, e.g. gb18030 [default: UTF-8]."),
    ] = None,
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Append the rows of a CSV file as entries, all or none, after checking every row.

    Every quote must stand in its source's archived text in sources/ (whitespace aside).

    Examples:

      tzgoals import new-results.csv --into actuals

      tzgoals import 目标.csv --into targets --encoding gb18030
    """
    from tzgoals.files.append import append_entries
    from tzgoals.files.problems import DataError
    from tzgoals.files.transfer import read_csv, rows_to_entries

    lang = lang or default_lang()
    paths = data_paths(data_dir, targets, actuals, writable=True, lang=lang)
    try:
        rows = read_csv(csv_file, encoding)
        entries = rows_to_entries(into, rows, str(csv_file))
        appended = append_entries(paths, into, entries)
    except DataError as error:
        refuse(error.problems, lang)
    print_problems(appended.warnings, lang)
    lang = lang or default_lang()
    section = label(f"section.{into.value}", lang)
    say(
        label("import.done", lang, count=len(appended.entries), section=section, path=appended.path)
    )


@app.command(short_help=short_help("init"))
def init(
    # Text, not a Path: Path("") is ".", and an empty DIR must be refused, not read as here.
    directory: Annotated[
        str, typer.Argument(metavar="DIR", help="The folder for the new dataset.")
    ],
    lang: LangOption = None,
) -> None:
    """Write a commented starter dataset for another jurisdiction; never overwrites.

    DIR gets targets.toml, actuals.toml and sources/ with two sample texts, which the starter's
    entries quote, so that it passes `tzgoals check` as it stands.

    Examples:

      tzgoals init my-province && cd my-province && tzgoals status
    """

    from tzgoals.files.problems import DataError
    from tzgoals.files.starter import init_dataset

    lang = lang or default_lang()
    try:
        paths, texts = init_dataset(directory)
    except DataError as error:
        refuse(error.problems, lang)
    done = label(
        "init.done", lang, targets=paths.targets, actuals=paths.actuals,
        count=len(texts), sources=texts[0].parent, folder=shlex.quote(str(directory)),
    )  # fmt: skip
    say(done)
