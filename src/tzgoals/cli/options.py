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
        help="Folder with targets.toml, actuals.toml and sources/ [default: $TZGOALS_DATA, "
        "else this folder if it holds targets.toml, else ./data, else the shipped example].",
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
YearOption = Annotated[
    int | None, typer.Option(help="Year of the targets [default: the latest with targets].")
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

    if text.strip().lower() in {"true", "false"}:
        return text.strip().lower() == "true"
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"VALUE must be a number (e.g. 6.5) or true/false, not {text!r}") from None
