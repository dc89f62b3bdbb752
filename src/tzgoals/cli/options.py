"""Options shared by several commands, and the parsing of values typed on the command line."""

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from tzgoals.render.catalogue import Lang, default_lang, in_lang

if TYPE_CHECKING:
    from collections.abc import Callable
    from decimal import Decimal

    from tzgoals.files.paths import DataPaths
    from tzgoals.render.formats import Format

E = TypeVar("E", bound=StrEnum)


def _dataset_paths(ctx: typer.Context) -> "DataPaths | None":
    """The files the command line typed so far names, as the command would read them."""
    from tzgoals.files.paths import PathChoiceError, resolve_paths

    def given(name: str) -> Path | None:
        value = ctx.params.get(name)
        return Path(str(value)) if value else None

    try:
        return resolve_paths(given("data_dir"), given("targets"), given("actuals"))
    except PathChoiceError:
        return None


def complete_goal_id(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """Every target's id that starts with what was typed, with its name as the description.

    Completion must never show a traceback, whatever the files hold: any failure offers
    nothing.
    """
    try:
        from tzgoals.files.ids import entries

        paths = _dataset_paths(ctx)
        if paths is None:
            return []
        lang = default_lang()
        return [
            (e.id, in_lang(e.name, e.name_en, lang))
            for e in entries(paths.targets, "targets")
            if e.id.startswith(incomplete)
        ]
    except Exception:
        return []


def complete_area(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
    """The ids of the areas of the year chosen (else of the latest year with targets)."""
    try:
        from tzgoals.files.ids import entries

        paths = _dataset_paths(ctx)
        if paths is None:
            return []
        areas = entries(paths.targets, "areas")
        years = [e.year for e in entries(paths.targets, "targets") if e.year is not None]
        year = ctx.params.get("year") or (max(years) if years else None)
        lang = default_lang()
        return [
            (e.id, in_lang(e.name, e.name_en, lang))
            for e in areas
            if e.year == year and e.id.startswith(incomplete)
        ]
    except Exception:
        return []


DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        metavar="DIR",
        help="The folder with targets.toml, actuals.toml and sources/ [default: $TZGOALS_DATA, "
        "else this folder if it holds targets.toml, else ./data, else the shipped example].",
        file_okay=False,
    ),
]
TargetsOption = Annotated[
    Path | None,
    typer.Option("--targets", metavar="FILE", help="The targets file (give it with --actuals)."),
]
ActualsOption = Annotated[
    Path | None,
    typer.Option("--actuals", metavar="FILE", help="The actuals file (give it with --targets)."),
]


def format_option(choices: "type[E]", format_of: "Callable[[E], Format[Any]]") -> Any:
    """A command's `--format`: the formats its registry has, each named in the help."""
    from tzgoals.render.formats import formats_help

    return typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=formats_help(choices, format_of),
        case_sensitive=False,
    )


LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="zh or en: the language of every word shown to people; csv and json keep "
        "English keys [default: zh when LANG starts with zh, else en].",
        case_sensitive=False,
    ),
]
BomOption = Annotated[
    bool,
    typer.Option("--bom", help="Start CSV with a UTF-8 byte-order mark, for Excel on Windows."),
]


def year_number(text: str) -> int:
    """A year typed on the command line, in the digits 0-9 (int() would take ٢٠٢٣ and ２０２３).

    Raises `typer.BadParameter`, which Typer reports as an invalid value (exit 2).
    """
    bare = text.strip()
    if not (bare.isascii() and bare.isdigit()):
        raise typer.BadParameter(
            f"a year is written with the digits 0-9, such as 2023, not {text!r}"
        )
    return int(bare)


YearOption = Annotated[
    int | None,
    typer.Option(
        metavar="YEAR",
        help="The year of the targets [default: the latest with targets].",
        parser=year_number,
    ),
]
AreaOption = Annotated[
    list[str] | None,
    typer.Option(
        "--area",
        "-a",
        metavar="AREA",
        help="Only this work area, by its id (e.g. 1); repeatable.",
        autocompletion=complete_area,
    ),
]


def as_of_date(text: str) -> str:
    """A date typed for `--as-of`: YYYY, YYYY-MM or YYYY-MM-DD, else `typer.BadParameter`."""
    from tzgoals.dates import partial_date_problem

    problem = partial_date_problem(text.strip())
    if problem:
        raise typer.BadParameter(problem)
    return text.strip()


AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="Score on the figures published by the end of DATE (YYYY, YYYY-MM or "
        "YYYY-MM-DD), as the sources stood then [default: the latest figures].",
        parser=as_of_date,
    ),
]


def parse_value(text: str) -> "Decimal | bool":
    """A figure typed on the command line: true/false for a yes/no result, else a number.

    Raises `ValueError` with a message for anything else.
    """
    from decimal import Decimal, InvalidOperation

    bare = text.strip()
    if bare.lower() in {"true", "false"}:
        return bare.lower() == "true"
    if not bare.isascii():  # Decimal() would also read ٦٫٥ and ６.５
        raise ValueError(f"VALUE must be written with the digits 0-9 (e.g. 6.5), not {text!r}")
    try:
        return Decimal(bare)
    except InvalidOperation:
        raise ValueError(f"VALUE must be a number (e.g. 6.5) or true/false, not {text!r}") from None
