"""`tzgoals history`: the track record of an indicator, or of every indicator with targets in
two or more years."""

from typing import Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.dataset import dataset_title, read
from tzgoals.cli.options import (
    ActualsOption,
    AsOfOption,
    BomOption,
    DataDirOption,
    LangOption,
    TargetsOption,
    format_option,
)
from tzgoals.cli.output import fail, nearest_ids, write_output
from tzgoals.cli.output_cache import cached_output
from tzgoals.render.catalogue import default_lang, label
from tzgoals.render.formats import HistoryFormat, history_format


@app.command(short_help=short_help("history"))
@cached_output
def history(
    indicator: Annotated[
        str | None,
        typer.Argument(
            metavar="[INDICATOR]",
            help="An indicator's id [default: every indicator with targets in two or more years].",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        HistoryFormat, format_option(HistoryFormat, history_format)
    ] = HistoryFormat.TABLE,
    as_of: AsOfOption = None,
    lang: LangOption = None,
    bom: BomOption = False,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """The track record: one row a year with target, result (the latest figure), verdict and
    gap, how many years were met, and a target missed and then dropped or lowered the next
    year; the table ends with a chart of target against result.

    Examples:

      tzgoals history gdp-growth

      tzgoals history --format csv > record.csv

      tzgoals history gdp-growth --as-of 2023-03 --format html > gdp.html
    """
    from tzgoals.history import UnknownIndicator, track_record
    from tzgoals.render.formats import HistoryOutput

    lang = lang or default_lang()
    dataset, found = read(data_dir, targets, actuals, lang, as_of)
    try:
        records = track_record(dataset, indicator)
    except UnknownIndicator as unknown:
        hint = nearest_ids(unknown.closest, lang)
        fail(label("history.unknown", lang, id=repr(indicator), hint=hint))
    what = label("history.title", lang)
    title = label("titled", lang, name=dataset_title(dataset, lang, found, as_of), what=what)
    write_output(history_format(output_format), HistoryOutput(title, records, lang, bom))
