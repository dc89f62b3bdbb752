"""Options shared by several commands, and the parsing of values typed on the command line."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tzgoals.render import OutputFormat
from tzgoals.render.catalogue import Lang

if TYPE_CHECKING:
    from decimal import Decimal

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data",
        help="Folder with targets.toml and actuals.toml "
        "[default: ./data if present, else the shipped dataset].",
        file_okay=False,
    ),
]
TargetsOption = Annotated[
    Path | None, typer.Option("--targets", help="Targets file (give with --actuals).")
]
ActualsOption = Annotated[
    Path | None, typer.Option("--actuals", help="Actuals file (give with --targets).")
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)
]
LangOption = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help="Language of names, titles and headers in table and markdown output "
        "[default: zh when LANG starts with zh, else en].",
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
        help="Year of the targets [default: the latest with targets].", parser=year_number
    ),
]
AreaOption = Annotated[
    list[str] | None,
    typer.Option("--area", "-a", help="Only this work area (its id, e.g. 1); repeatable."),
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
