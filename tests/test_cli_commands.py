"""The table of commands and the group that builds only the command it runs.

`tzgoals --help` lists the commands from the table of `cli/commands.py`, without importing
them; a run imports the module of its own command and builds its parameters alone. These
tests hold the table to what the modules register, and check, in a fresh interpreter, that a
run builds nothing else.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.cli.commands import COMMANDS, Command

from .conftest import DATA

runner = CliRunner()


def registered_names() -> list[str]:
    """Every command and group the command modules register on the app, once all are imported."""
    for module in {command.module for command in COMMANDS}:
        importlib.import_module(f"tzgoals.cli.{module}")
    group = typer.main.get_group_from_info(
        typer.models.TyperInfo(app),
        pretty_exceptions_short=True,
        rich_markup_mode=None,
        suggest_commands=True,
    )
    return list(group.commands)


def test_the_table_names_every_registered_command_once() -> None:
    names = [command.name for command in COMMANDS]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(registered_names())


def test_the_help_lists_the_table_in_its_order_with_its_lines() -> None:
    shown = runner.invoke(app, ["--help"], terminal_width=200).stdout
    listed = shown.split("Commands:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed if line.strip()] == [c.name for c in COMMANDS]
    for command in COMMANDS:
        assert f"  {command.name} " in shown
        assert command.short_help in " ".join(shown.split())


@pytest.mark.parametrize("command", COMMANDS, ids=lambda command: command.name)
def test_each_command_gives_its_own_help(command: Command) -> None:
    shown = runner.invoke(app, [command.name, "--help"], terminal_width=200)
    assert shown.exit_code == 0
    assert shown.stdout.startswith("Usage: ")
    assert f" {command.name} " in shown.stdout.splitlines()[0]


def test_an_unknown_command_is_clicks_usage_error_with_a_suggestion() -> None:
    shown = runner.invoke(app, ["stauts"])
    assert shown.exit_code == 2
    assert "No such command 'stauts'. Did you mean 'status'?" in shown.output


def test_a_group_of_the_table_runs_its_subcommand() -> None:
    shown = runner.invoke(app, ["source", "add", "--help"])
    assert shown.exit_code == 0
    assert "--title" in shown.stdout


PROBE = """
import json, sys
from tzgoals.cli import app
try:
    app(sys.argv[1:], prog_name="tzgoals")
except SystemExit:
    pass
ours = sorted(m for m in sys.modules if m.startswith("tzgoals.cli."))
sys.__stderr__.write("\\n" + json.dumps(ours))
"""


def cli_modules_imported_by(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stderr.splitlines()[-1]))


COMMAND_MODULES = {f"tzgoals.cli.{command.module}" for command in COMMANDS}


def test_the_help_imports_no_command_module() -> None:
    assert not COMMAND_MODULES & cli_modules_imported_by("--help")


@pytest.mark.parametrize(
    ("args", "module"),
    [
        (["status", "--data", str(DATA), "--format", "csv"], "tzgoals.cli.report"),
        (["check", "--data", str(DATA)], "tzgoals.cli.edit"),
        (["source", "--help"], "tzgoals.cli.sources"),
    ],
)
def test_a_run_imports_the_module_of_its_command_alone(args: list[str], module: str) -> None:
    assert COMMAND_MODULES & cli_modules_imported_by(*args) == {module}
