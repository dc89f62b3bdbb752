"""Help for people: readable placeholders (ID, AREA, YEAR, FILE, DIR) and whole sentences."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "100"})
COMMANDS = ["status", "summary", "diff", "show", "publish", "history", "check", "record", "export"]
COMMANDS += ["import", "init", "source", "area", "extract", "suggest", "panel", "cache"]


@pytest.mark.parametrize("command", COMMANDS)
def test_options_show_what_they_take_in_words(command: str) -> None:
    out = runner.invoke(app, [command, "--help"]).stdout
    options = [line for line in out.splitlines() if line.lstrip().startswith("-")]
    assert options
    for line in options:
        assert "<list[" not in line and "<path>" not in line and "<dir>" not in line, line
        assert "<int>" not in line and "<str>" not in line, line
        assert "--no-" not in line, line  # a switch is one word


def test_status_help_names_its_values() -> None:
    out = runner.invoke(app, ["status", "--help"]).stdout
    for option in ("--year YEAR", "--area AREA", "--status STATUS", "--flag FLAG"):
        assert option in out
    for option in ("--sort ORDER", "--data DIR", "--targets FILE", "--actuals FILE", "--ids"):
        assert option in out


def test_the_command_list_gives_whole_sentences() -> None:
    out = runner.invoke(app, ["--help"]).stdout
    commands = out[out.index("Commands:") :].splitlines()[1:]
    assert len(commands) == len(COMMANDS)
    assert all(line.rstrip().endswith(".") and "..." not in line for line in commands)


def test_diff_takes_years_and_what_to_compare() -> None:
    out = runner.invoke(app, ["diff", "--help"]).stdout
    assert "Usage: tzgoals diff [OPTIONS] [FROM] [TO]" in out
    assert "--of WHAT" in out and "--targets FILE" in out


@pytest.mark.parametrize(("typo", "meant"), [("stauts", "status"), ("sourc", "source")])
def test_a_misspelt_command_gets_the_one_meant(typo: str, meant: str) -> None:
    result = runner.invoke(app, [typo])
    assert result.exit_code == 2
    assert f"Did you mean '{meant}'?" in result.output
