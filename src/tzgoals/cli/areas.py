"""`tzgoals area add`: one [[areas]] entry appended by hand, as `source add` lists a source.

`extract --into` makes the areas a plan's headings give; this is for the rest: a plan with no
headings, or an area a person draws. The entry is checked against the whole dataset (its id
new for its year, its quote in its source's archived text) and appended under the writers'
lock in one atomic replacement of targets.toml, every byte already there kept; refused, the
file is unchanged.
"""

from typing import Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.dataset import data_paths
from tzgoals.cli.options import ActualsOption, DataDirOption, LangOption, TargetsOption
from tzgoals.cli.output import print_problems, refuse, say
from tzgoals.render.catalogue import default_lang, label

area_app = typer.Typer(
    name="area",
    help=short_help("area"),
    no_args_is_help=True,
    rich_markup_mode=None,
)

app.add_typer(area_app)


@area_app.callback()
def area() -> None:
    """The work areas a year's targets are grouped in ([[areas]] of targets.toml)."""


@area_app.command("add")
def add_area(
    area_id: Annotated[str, typer.Argument(metavar="ID", help="The area's id, new for its year.")],
    year: Annotated[int, typer.Option(metavar="YEAR", help="The year of targets it groups.")],
    title: Annotated[str, typer.Option(metavar="TEXT", help="Its title, as the source writes it.")],
    source: Annotated[
        str, typer.Option(metavar="FILE", help="The file name of its source under [[sources]].")
    ],
    quote: Annotated[
        str, typer.Option(metavar="TEXT", help="The heading as it stands in the source.")
    ],
    title_en: Annotated[str, typer.Option(metavar="TEXT", help="Its English title.")] = "",
    lang: LangOption = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
) -> None:
    """Add one area to targets.toml, keeping every byte already there.

    Nothing is written when the id is taken for that year, or the quote does not stand in the
    source's archived text (the closest passage is shown).

    Examples:

    \b
      tzgoals area add economy --year 2024 --title "稳增长" \\
          --source plan-2024.txt --quote "一、稳增长"
    """
    from pydantic import ValidationError

    from tzgoals.files.append import append_entries
    from tzgoals.files.messages import entry_problems
    from tzgoals.files.problems import DataError, WriteError, unchanged
    from tzgoals.models import Area
    from tzgoals.vocabulary import Section

    paths = data_paths(data_dir, targets, actuals, writable=True, lang=lang)
    fields = {"id": area_id, "year": year, "title": title, "title_en": title_en}
    where = str(paths.targets)
    try:
        try:
            entry = Area.model_validate(fields | {"source": source, "quote": quote})
        except ValidationError as error:
            problems = entry_problems(Section.AREAS, error, where)
            described = [p._replace(params=(*p.params, ("new", "areas"))) for p in problems]
            raise WriteError([*described, unchanged(paths.targets)]) from None
        appended = append_entries(paths, Section.AREAS, [entry])
    except DataError as error:
        refuse(error.problems, lang)
    print_problems(appended.warnings, lang)
    lang = lang or default_lang()
    say(label("area.done", lang, id=area_id, year=year, path=appended.path))
