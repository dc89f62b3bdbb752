"""`tzgoals source add`: a document's text archived in sources/ and listed under [[sources]]."""

from pathlib import Path
from typing import Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.dataset import data_paths
from tzgoals.cli.options import ActualsOption, DataDirOption, LangOption, TargetsOption
from tzgoals.cli.output import print_problems, refuse, say
from tzgoals.render.catalogue import default_lang, label

source_app = typer.Typer(
    name="source",
    help=short_help("source"),
    no_args_is_help=True,
    rich_markup_mode=None,
)

app.add_typer(source_app)


@source_app.callback()
def source() -> None:
    """The documents a dataset quotes, archived in its sources/ folder.

    Every quote is checked against the archived text of its document.
    """


@source_app.command()
def add(
    document: Annotated[
        Path,
        typer.Argument(
            metavar="FILE", help="The document's text (UTF-8, or GB18030/GBK, converted)."
        ),
    ],
    title: Annotated[
        str | None,
        typer.Option(metavar="TEXT", help="Title as published [default: the text's first line]."),
    ] = None,
    title_en: Annotated[str | None, typer.Option(metavar="TEXT", help="English title.")] = None,
    publisher: Annotated[str | None, typer.Option(metavar="NAME", help="Who published it.")] = None,
    published: Annotated[
        str | None, typer.Option(metavar="DATE", help="Date published, e.g. 2023-01-12.")
    ] = None,
    url: Annotated[str | None, typer.Option(metavar="URL", help="Where it was published.")] = None,
    retrieved: Annotated[
        str | None, typer.Option(metavar="DATE", help="Date the text was copied [default: today].")
    ] = None,
    data_dir: DataDirOption = None,
    targets: TargetsOption = None,
    actuals: ActualsOption = None,
    lang: LangOption = None,
) -> None:
    """Copy a document's text into sources/ and list it under [[sources]] with its SHA-256.

    Nothing is written when a quote already citing this file is not in the text (the
    closest passage is shown), or when another text has its name in sources/.

    Examples:

      tzgoals source add ~/Downloads/plan-2023.txt --title "政府工作报告" --published 2023-01-12

      tzgoals source add review.txt --url https://example.gov.cn/review --publisher 新华网
    """
    from tzgoals.files.archive import add_source
    from tzgoals.files.problems import DataError

    paths = data_paths(data_dir, targets, actuals, writable=True, lang=lang)
    fields = {
        "title": title,
        "title_en": title_en,
        "publisher": publisher,
        "published": published,
        "url": url,
        "retrieved": retrieved,
    }
    lang = lang or default_lang()
    try:
        added = add_source(paths, document, fields)
    except DataError as error:
        refuse(error.problems, lang)
    print_problems(added.appended.warnings, lang)
    listed = added.source
    if added.converted_from:
        say(label("source.converted", lang, document=document, encoding=added.converted_from))
    where = label("source.archived" if added.copied else "source.already_archived", lang)
    place = f"{added.appended.path}:{added.appended.first_line}"
    say(
        label(
            "source.done", lang, file=repr(listed.file), where=where, text=added.text, place=place
        )
    )
    if title is None:
        say(label("source.title_guessed", lang, title=repr(listed.title)))
