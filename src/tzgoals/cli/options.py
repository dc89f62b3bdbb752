"""Options shared by several commands, and the parsing of values typed on the command line."""

import re
from collections.abc import Callable, Iterable
from difflib import get_close_matches
from enum import Enum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from typer._click.core import Context
from typer._click.exceptions import NoSuchOption
from typer.core import TyperCommand

from tzgoals.render.catalogue import Lang, default_lang, in_lang

E = TypeVar("E", bound=Enum)

#: A command's closed set of output formats.
F = TypeVar("F", bound=StrEnum)

if TYPE_CHECKING:
    from decimal import Decimal

    from tzgoals.files.ids import Entry
    from tzgoals.files.paths import DataPaths
    from tzgoals.render.formats import Format


def choice_of(choices: type[E]) -> Callable[[str], E]:
    """A parser for an option whose value is one of `choices`, any case: an unknown value is
    refused in our words, with the closest choice (Typer's own says "Value error, …")."""

    def parse(text: E | str) -> E:
        if isinstance(text, choices):
            return text
        for choice in choices:
            if str(choice.value).casefold() == str(text).strip().casefold():
                return choice
        from tzgoals.spelling import did_you_mean

        known = [str(choice.value) for choice in choices]
        raise typer.BadParameter(
            f"{str(text)!r} is not one of {', '.join(known)}{did_you_mean(text, known)}"
        )

    return parse


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


def _described(entry: "Entry") -> tuple[str, str]:
    """An id and its name in the language chosen, for a shell that shows both (zsh, fish,
    PowerShell): the name from an unvalidated file, with its control characters shown."""
    from tzgoals.render.safe import printable

    return entry.id, printable(in_lang(entry.name, entry.name_en, default_lang()))


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
        return [
            _described(e) for e in entries(paths.targets, "targets") if e.id.startswith(incomplete)
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
        return [_described(e) for e in areas if e.year == year and e.id.startswith(incomplete)]
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


def format_option(choices: "type[F]", format_of: "Callable[[F], Format[Any]]") -> Any:
    """A command's `--format`: the formats its registry has, each named in the help, and any
    other refused with the closest."""
    from tzgoals.render.formats import formats_help

    return typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=formats_help(choices, format_of),
        parser=choice_of(choices),
    )


LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        metavar="LANG",
        help="zh or en: the language of every word shown to people; csv and json keep "
        "English keys [default: zh when LANG starts with zh, else en].",
        case_sensitive=False,
        parser=choice_of(Lang),
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
    from tzgoals.dates import date_params, partial_date_problem
    from tzgoals.problem_codes import params
    from tzgoals.render.catalogue import Lang, problem_words

    problem = partial_date_problem(text.strip())
    if problem:
        found = params(**date_params(text.strip()))
        raise typer.BadParameter(problem_words(problem, found, Lang.EN))
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
    from tzgoals.numbers import has_digit_separator, read_number

    bare = text.strip()
    if bare.lower() in {"true", "false"}:
        return bare.lower() == "true"
    if not bare.isascii():  # Decimal() would also read ٦٫٥ and ６.５
        raise ValueError(f"VALUE must be written with the digits 0-9 (e.g. 6.5), not {text!r}")
    if has_digit_separator(bare):  # and Decimal() 1_000
        raise ValueError(
            f"VALUE must be written without digit separators (1000, not 1_000), not {text!r}"
        )
    number = read_number(bare)
    if number is None:
        raise ValueError(f"VALUE must be a number (e.g. 6.5) or true/false, not {text!r}")
    return number


#: A word of the command line that is meant as a negative figure: -3, -2.1, -.5, -1e3, and
#: -2_1, which the figure's own parser then refuses in words of its own.
_NEGATIVE_NUMBER = re.compile(r"-\.?[0-9][0-9_.eE+-]*")


class FigureArgumentsCommand(TyperCommand):
    """A command whose arguments may be negative figures: `record unemployment -3 …`.

    Click reads every word starting with "-" as an option, so that growth of -2.1% could only
    be given after `--`. Such a command is made with `ignore_unknown_options`, which lets a
    word that is no option through as an argument; a word that is neither one of the
    command's options nor a negative number is still refused here as Click would refuse it.
    """

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        _refuse_unknown_options(self.get_params(ctx), args, ctx)
        return super().parse_args(ctx, args)


def _refuse_unknown_options(params: Iterable[object], args: list[str], ctx: Context) -> None:
    """Raise Click's own "No such option" for a word that looks like an option, is none of
    the command's and is not a negative number; words after `--` are arguments."""
    from typer.core import TyperOption

    options = [p for p in params if isinstance(p, TyperOption)]
    names = {name for o in options for name in (*o.opts, *o.secondary_opts)}
    valued = {name for o in options if not o.is_flag for name in o.opts}
    words = iter(args)
    for word in words:
        if word == "--":
            return
        name = word.split("=", 1)[0]
        if name in valued and "=" not in word:
            next(words, None)  # the option's value, whatever it looks like
        elif _is_unknown_option(word, name, names):
            close = get_close_matches(name, sorted(names))
            raise NoSuchOption(name, possibilities=close, ctx=ctx)


def _is_unknown_option(word: str, name: str, names: set[str]) -> bool:
    """A word written as an option ("-x", "--x=1") that the command has not, and that is no
    negative figure."""
    looks_like_option = word.startswith("-") and len(word) > 1
    return looks_like_option and name not in names and not _NEGATIVE_NUMBER.fullmatch(word)


def problem_pattern(text: str) -> str:
    """A code, a name or a code's start for `--select` and `--ignore`, checked; Typer reports
    one that names no problem as an invalid value (exit 2), with the closest it knows."""
    from tzgoals.problem_codes import ProblemCode, codes_named
    from tzgoals.spelling import closest

    if codes_named(text):
        return text
    known = [name for code in ProblemCode for name in (code.value, code.slug)]
    near = closest(text.upper() if text.upper().startswith("TZ") else text.lower(), known)
    hint = f" (did you mean {near[0]!r}?)" if near else ""
    raise typer.BadParameter(
        f"{text!r} names no problem{hint}; see `docs/problems.md` for every code"
    )


def _problem_codes_option(name: str, does: str) -> Any:
    return typer.Option(
        name,
        metavar="CODE",
        help=f"{does} problems of this code (TZ401), name (quote-not-in-source) or family "
        "(TZ4); repeatable.",
        parser=problem_pattern,
    )


SelectOption = Annotated[list[str] | None, _problem_codes_option("--select", "Report only the")]
IgnoreOption = Annotated[
    list[str] | None,
    _problem_codes_option("--ignore", "Neither show nor count the"),
]
