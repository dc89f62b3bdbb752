"""The table of commands: each command's name, the module that defines it, and its one line of
help, in the order `tzgoals --help` lists them.

The command line builds only the command it runs (see `cli/app.py`): Typer would otherwise
import every command's module and build the parameters of every option of every command at
each start. This table is what lets it name the commands, and give their help, without
importing any of them; each command takes its one line of help from here too, so the words
live in one place. Adding a command is one line here, and its function in its module.
"""

from typing import NamedTuple


class Command(NamedTuple):
    """One command or group of the command line."""

    name: str
    #: the module under `tzgoals.cli` that registers it on the app
    module: str
    short_help: str


COMMANDS: tuple[Command, ...] = (
    Command("status", "report", "Each target of a year: met, missed or unreported."),
    Command("summary", "report", "Coverage by area, and results reported without a target."),
    Command("diff", "report", "Year-over-year change of the same indicators, or of targets."),
    Command("show", "report", "One goal in full: its quotes, sources and arithmetic."),
    Command("publish", "report", "Write the scorecard page and its data into a folder."),
    Command("history", "history", "An indicator's target, result and verdict, year by year."),
    Command("check", "edit", "Every problem in a dataset at once, as FILE:LINE: message."),
    Command("record", "edit", "Add one result to the actuals file, keeping every byte there."),
    Command("export", "edit", "Every field of every entry of one table, for a spreadsheet."),
    Command("import", "edit", "Append the rows of a CSV file as entries, all or none."),
    Command("init", "edit", "Write a commented starter dataset; never overwrites."),
    Command(
        "extract", "draft", "Draft a dataset's targets from a plan's text, each with its quote."
    ),
    Command("suggest", "draft", "Rank a review's passages for the targets that have no result."),
    Command(
        "source", "sources", "The documents a dataset quotes, archived in its sources/ folder."
    ),
    Command("area", "areas", "The work areas a year's targets are grouped in."),
    Command("panel", "panel", "Many places side by side, each a dataset folder."),
    Command("cache", "cache", "The cache of parsed data files: what it holds, and emptying it."),
)

BY_NAME: dict[str, Command] = {command.name: command for command in COMMANDS}


def short_help(name: str) -> str:
    """The command's one line of help, as `tzgoals --help` lists it."""
    return BY_NAME[name].short_help
