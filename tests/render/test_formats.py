"""The format registry: each command offers exactly the formats it writes, and each writes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, assert_never

import pytest
import typer
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.cli.options import format_option
from tzgoals.render.formats import (
    CheckFormat,
    DiffFormat,
    ExportFormat,
    Format,
    HistoryFormat,
    StatusFormat,
    SummaryFormat,
    check_format,
    diff_format,
    export_format,
    formats_help,
    history_format,
    status_format,
    summary_format,
)

from ..conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "SOURCE_DATE_EPOCH": "1709281800"})

#: Each command with a --format, the enum of what it offers, and the arguments it needs.
COMMANDS = [
    ("status", StatusFormat, status_format, []),
    ("summary", SummaryFormat, summary_format, []),
    ("diff", DiffFormat, diff_format, []),
    ("diff", DiffFormat, diff_format, ["--of", "targets", "2023", "2023"]),
    ("check", CheckFormat, check_format, []),
    ("export", ExportFormat, export_format, ["targets"]),
    ("history", HistoryFormat, history_format, []),
]
PAIRS = [
    (command, member, args)
    for command, choices, _, args in COMMANDS
    if "--of" not in args
    for member in choices
]


@pytest.mark.parametrize(("command", "member", "args"), PAIRS, ids=lambda v: str(v))
def test_every_registered_pair_writes_the_shipped_dataset(
    command: str, member: StrEnum, args: list[str]
) -> None:
    result = runner.invoke(app, [command, *args, "--format", member.value, "--data", str(DATA)])
    assert result.exit_code in (0, 1), result.stderr  # check exits 1 only for errors
    assert result.stdout.strip(), f"{command} --format {member} wrote nothing"
    assert result.stdout.endswith("\n")


@pytest.mark.parametrize(("command", "choices", "format_of", "args"), COMMANDS[:3] + COMMANDS[4:])
def test_help_offers_exactly_the_registered_formats(
    command: str, choices: type[StrEnum], format_of: Any, args: list[str]
) -> None:
    help_text = " ".join(runner.invoke(app, [command, "--help"]).stdout.split())
    option = help_text[help_text.index("-f, --format FORMAT") :]
    option = option[: option.index("[default:")]
    assert formats_help(choices, format_of) in option
    for name in ("table", "markdown", "csv", "json", "html", "text"):
        assert (name in option) == (name in {c.value for c in choices}), (command, name)


@pytest.mark.parametrize(
    ("choices", "format_of"),
    [(c, f) for _, c, f, _ in COMMANDS],
)
def test_each_member_maps_to_a_format_of_its_own_name(
    choices: type[StrEnum], format_of: object
) -> None:
    for member in choices:
        made = format_of(member)  # type: ignore[operator]
        assert isinstance(made, Format) and made.name == member.value


# ---------------------------------------------------------------- the recipe, shown


class GreetingFormat(StrEnum):
    """A test-only command's formats: the docs' recipe for a new format, followed."""

    TEXT = "text"
    SHOUT = "shout"


@dataclass(frozen=True)
class Greeting:
    name: str


def _text(value: Greeting) -> Iterator[str]:
    yield f"hello {value.name}\n"


def _shout(value: Greeting) -> Iterator[str]:
    yield f"HELLO {value.name.upper()}\n"


def greeting_format(choice: GreetingFormat) -> Format[Greeting]:
    match choice:
        case GreetingFormat.TEXT:
            return Format(choice, "plain", _text)
        case GreetingFormat.SHOUT:
            return Format(choice, "loud", _shout)
        case _:
            assert_never(choice)


def test_a_new_format_is_one_member_and_one_writer() -> None:
    """Adding SHOUT took a member and a case: --help names it and the command writes it."""
    demo = typer.Typer()

    @demo.command()
    def greet(
        name: str,
        output_format: Annotated[
            GreetingFormat, format_option(GreetingFormat, greeting_format)
        ] = GreetingFormat.TEXT,
    ) -> None:
        chosen = greeting_format(output_format)
        typer.echo("".join(chosen.render(Greeting(name))), nl=False)

    help_text = " ".join(runner.invoke(demo, ["--help"]).stdout.split())
    assert "text (plain); shout (loud)." in help_text
    assert runner.invoke(demo, ["ada", "-f", "shout"]).stdout == "HELLO ADA\n"
    refused = runner.invoke(demo, ["ada", "-f", "whisper"])
    assert refused.exit_code == 2
