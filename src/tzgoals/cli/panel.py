"""`tzgoals panel`: many places side by side; `panel init` and `panel add` write panel.toml.

Run by itself, the group prints the panel's table (Typer's `invoke_without_command`); its
subcommands start a panel and add a place to it.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tzgoals.cli.app import app
from tzgoals.cli.commands import short_help
from tzgoals.cli.options import BomOption, LangOption, YearOption, format_option
from tzgoals.cli.output import (
    EXIT_BAD_INPUT,
    fail,
    print_problems,
    refuse,
    say,
)
from tzgoals.render.catalogue import Lang, default_lang, label
from tzgoals.render.formats.panel import PanelFormat, panel_format
from tzgoals.vocabulary import Level, PanelOrder

if TYPE_CHECKING:
    from tzgoals.panel import Panel

PanelOption = Annotated[
    Path | None,
    typer.Option(
        "--panel",
        metavar="DIR",
        help="The panel's folder, holding panel.toml [default: this folder].",
        file_okay=False,
    ),
]

panel_app = typer.Typer(
    name="panel",
    help=short_help("panel"),
    rich_markup_mode=None,
)
app.add_typer(panel_app)


@panel_app.callback(invoke_without_command=True)
def panel(
    ctx: typer.Context,
    year: YearOption = None,
    level: Annotated[
        list[Level] | None,
        typer.Option(
            "--level",
            metavar="LEVEL",
            help="Only places of this level (nation, province, prefecture or county); repeatable.",
            case_sensitive=False,
        ),
    ] = None,
    sort: Annotated[
        PanelOrder,
        typer.Option(
            "--sort",
            metavar="ORDER",
            help="List places as panel.toml does (place), by level, or from the most targets, "
            "the highest met_share or reported_share. With --indicator: place, else by level.",
            case_sensitive=False,
        ),
    ] = PanelOrder.PLACE,
    indicator: Annotated[
        str | None,
        typer.Option(
            "--indicator",
            metavar="ID",
            help="One indicator across places: each one's target, result, status, and its "
            "target minus its parent's.",
        ),
    ] = None,
    goals: Annotated[
        bool,
        typer.Option(
            "--goals",
            help="Every goal of every place, one row each (csv or json): the columns of "
            "`status --format csv` after place, level and parent.",
        ),
    ] = False,
    output_format: Annotated[
        PanelFormat, format_option(PanelFormat, panel_format)
    ] = PanelFormat.TABLE,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Exit with 2 when a place's dataset cannot be used."),
    ] = False,
    lang: LangOption = None,
    bom: BomOption = False,
    panel_dir: PanelOption = None,
) -> None:
    """One row a place for a year: targets, met, missed, unreported, and the shares.

    The year is the one asked for, else the one most places set targets for (the latest of
    those). A place whose dataset cannot be used is listed as such, its problems on stderr,
    and the others are scored.

    Examples:

      tzgoals panel --panel examples/jiangsu-panel

      tzgoals panel --indicator gdp-growth --sort level

      tzgoals panel --goals --format csv > goals.csv
    """
    if ctx.invoked_subcommand is not None:
        return
    from tzgoals.cli.panel_run import run_goals, run_table

    lang = lang or default_lang()
    chosen = read_panel_or_exit(panel_dir, lang)
    if goals:
        unusable = run_goals(chosen, year, level or [], output_format, bom)
    else:
        unusable = run_table(chosen, year, level or [], sort, indicator, output_format, lang, bom)
    if unusable and strict:
        raise typer.Exit(EXIT_BAD_INPUT)


def panel_path(panel_dir: Path | None, lang: Lang) -> Path:
    """The panel.toml the option names, else this folder's; or exit 2."""
    from tzgoals.panel import PANEL_NAME

    path = (panel_dir or Path()) / PANEL_NAME
    if not path.is_file():
        if panel_dir is None:
            fail(label("panel.none here", lang, file=PANEL_NAME))
        fail(label("panel.none in", lang, file=PANEL_NAME, folder=panel_dir))
    return path


def read_panel_or_exit(panel_dir: Path | None, lang: Lang) -> "Panel":
    from tzgoals.files.problems import DataError
    from tzgoals.panel import read_panel

    try:
        return read_panel(panel_path(panel_dir, lang))
    except DataError as error:
        print_problems(error.problems, lang)
        fail(label("panel.unusable panel", lang))


@panel_app.command()
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="The panel's folder.")],
    name: Annotated[
        str, typer.Option(metavar="TEXT", help="The panel's name, e.g. 江苏：省、南通市及其区县.")
    ],
    name_en: Annotated[str, typer.Option(metavar="TEXT", help="Its English name.")] = "",
    lang: LangOption = None,
) -> None:
    """Start a panel: DIR/panel.toml, with no places yet.

    Examples:

      tzgoals panel init jiangsu-panel --name "江苏：省、南通市及其区县"
    """
    from tzgoals.files.panel_edit import init_panel
    from tzgoals.files.problems import WriteError

    try:
        path = init_panel(folder, name, name_en)
    except WriteError as error:
        refuse(error.problems, lang)
    say(label("panel.inited", lang or default_lang(), file=path))


@panel_app.command()
def add(
    path: Annotated[Path, typer.Argument(metavar="PATH", help="The place's dataset folder.")],
    place_id: Annotated[
        str, typer.Option("--id", metavar="ID", help="The place's id, unique in the panel.")
    ],
    level: Annotated[
        Level,
        typer.Option(
            metavar="LEVEL",
            help="nation, province, prefecture or county.",
            case_sensitive=False,
        ),
    ],
    parent: Annotated[
        str | None,
        typer.Option(metavar="ID", help="The id of the place it belongs to, a level above."),
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(metavar="TEXT", help="Its name [default: the dataset's name]."),
    ] = None,
    name_en: Annotated[
        str | None,
        typer.Option(metavar="TEXT", help="Its English name [default: the dataset's]."),
    ] = None,
    panel_dir: PanelOption = None,
    lang: LangOption = None,
) -> None:
    """Add a place to the panel: its dataset folder, id, level and parent.

    Nothing is written when the panel would not be valid with it (an unknown parent, a
    parent not above it, an id already there, a folder without a dataset).

    Examples:

      tzgoals panel add ../tongzhou --id tongzhou --level county --parent nantong
    """
    from tzgoals.files.panel_edit import add_place, place_entry
    from tzgoals.files.problems import DataError

    lang = lang or default_lang()
    panel_file = panel_path(panel_dir, lang)
    relative = Path(os.path.relpath(path.resolve(), panel_file.parent.resolve())).as_posix()
    known_name, known_en = _dataset_names(path)
    entry = place_entry(
        place_id,
        name or known_name or place_id,
        level,
        relative,
        known_en if name_en is None else name_en,
        parent,
    )
    try:
        add_place(panel_file, entry)
    except DataError as error:
        refuse(error.problems, lang)
    say(label("panel.added", lang, place=place_id, level=level, file=panel_file))


def _dataset_names(folder: Path) -> tuple[str, str]:
    """The [dataset] names of the folder's targets.toml, when it can be read."""
    from tzgoals.files.paths import TARGETS_NAME
    from tzgoals.files.problems import DataError
    from tzgoals.files.toml_read import read_toml

    try:
        data, _ = read_toml(folder / TARGETS_NAME)
    except DataError:
        return "", ""
    info = data.get("dataset")
    if not isinstance(info, dict):
        return "", ""
    name, name_en = info.get("name", ""), info.get("name_en", "")
    return (name if isinstance(name, str) else "", name_en if isinstance(name_en, str) else "")
