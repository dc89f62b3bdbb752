"""The Typer application the commands register on.

No `from __future__ import annotations` in this package: Typer reads every command's signature
at each start, and string annotations would make it `eval` each of them again.
"""

import gc
import sys
from collections.abc import Callable, Iterator, MutableMapping
from gettext import gettext
from importlib import import_module
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup
from typer.main import (
    get_command_from_info,
    get_command_name,
    get_group_from_info,
    solve_typer_info_defaults,
)

from tzgoals.cli.commands import BY_NAME
from tzgoals.render.catalogue import default_lang, label

if TYPE_CHECKING:
    from typer._click.core import Command as ClickCommand
    from typer._click.core import Context as ClickContext
    from typer._click.formatting import HelpFormatter

    from tzgoals.files.cache_store import CacheStore

#: The lone surrogates Python reads an argument's undecodable bytes as (`\xff` → U+DCFF).
_UNDECODABLE = range(0xDC80, 0xDD00)


def _undecodable(argument: str) -> bool:
    return any(ord(character) in _UNDECODABLE for character in argument)


class CommandsBuiltOnUse(MutableMapping[str, "ClickCommand"]):
    """The group's commands, each built the first time it is looked up.

    Click reads a group's commands from this mapping (Typer's `get_command`, its list, its
    "did you mean"), so the names come from the table of `cli/commands.py`, and a command's
    module is imported, and its parameters built, only when the command itself is wanted:
    the one that runs, or every one for a walk over all of them.
    """

    def __init__(
        self,
        built: MutableMapping[str, "ClickCommand"],
        build: Callable[[str], "ClickCommand"],
    ) -> None:
        self._built = dict(built)
        self._build = build

    def __getitem__(self, name: str) -> "ClickCommand":
        command = self._built.get(name)
        if command is None:
            if name not in BY_NAME:
                raise KeyError(name)
            command = self._built[name] = self._build(name)
        return command

    def __setitem__(self, name: str, command: "ClickCommand") -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        """The table's names in its order, then any command added to the group otherwise."""
        yield from BY_NAME
        yield from (name for name in self._built if name not in BY_NAME)

    def __len__(self) -> int:
        return len(BY_NAME) + sum(name not in BY_NAME for name in self._built)


class SafeGroup(TyperGroup):
    """The command group, with the terminal kept safe from what was typed, which builds only
    the command it runs (`CommandsBuiltOnUse`).

    Click's usage errors repeat an argument as typed ("No such option: --x‮"): its control
    characters are shown as escapes, never sent. An argument holding bytes that are not text
    in the terminal's encoding is refused before any command reads it (a file name from
    another system, a terminal set to GBK): as a name or a figure it could not be written to
    a file, a page or the terminal, and a guess at what it meant could be wrong.
    """

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = CommandsBuiltOnUse(self.commands, built_command)

    def list_commands(self, ctx: "ClickContext") -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: "ClickContext", formatter: "HelpFormatter") -> None:
        """The list of commands, as Click writes it, with the table's line of help for each:
        `--help` imports and builds none of them."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [
            (name, help_line)
            for name in names
            if (help_line := self._help_line(ctx, name, limit)) is not None
        ]
        with formatter.section(gettext("Commands")):
            formatter.write_dl(rows)

    def _help_line(self, ctx: "ClickContext", name: str, limit: int) -> str | None:
        listed = BY_NAME.get(name)
        if listed is not None:
            return listed.short_help
        command = self.get_command(ctx, name)
        if command is None or command.hidden:
            return None
        return command.get_short_help_str(limit)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: "ClickContext | None" = None,
        **extra: Any,
    ) -> "ClickContext":
        for argument in args:
            if _undecodable(argument):
                from tzgoals.render.safe import printable

                encoding = sys.getfilesystemencoding().upper()
                words = {"argument": printable(argument), "encoding": encoding}
                raise typer.BadParameter(label("cli.undecodable", default_lang(), **words))
        try:
            return super().make_context(info_name, args, parent, **extra)
        except typer.TyperException as error:
            raise _shown(error) from None

    def invoke(self, ctx: "ClickContext") -> Any:
        frozen_before, thresholds = gc.get_freeze_count(), gc.get_threshold()
        try:
            return super().invoke(ctx)
        except typer.TyperException as error:
            raise _shown(error) from None
        finally:
            # What `cli.dataset.read` froze goes back to the collector, as it was.
            if not frozen_before:
                gc.unfreeze()
            gc.set_threshold(*thresholds)


def _shown(error: typer.TyperException) -> typer.TyperException:
    """The error with every control character of its message written as an escape (Click
    escapes C0 and C1 controls in some messages, but not the bidirectional ones)."""
    from tzgoals.render.safe import printable

    message = getattr(error, "message", None)
    if isinstance(message, str):
        error.message = printable(message)
    return error


def built_command(name: str) -> "ClickCommand":
    """The click command of a name in the table: its module imported (which registers it on
    `app`), and only its own parameters built, as Typer would build them all."""
    import_module(f"tzgoals.cli.{BY_NAME[name].module}")
    for command in app.registered_commands:
        if (
            command.callback
            and (command.name or get_command_name(command.callback.__name__)) == name
        ):
            return get_command_from_info(
                command,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
    for group in app.registered_groups:
        if solve_typer_info_defaults(group).name == name:
            return get_group_from_info(
                group,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
                suggest_commands=app.suggest_commands,
            )
    raise LookupError(
        f"{name} is in the table of commands, but its module registers no such command"
    )


app = typer.Typer(
    name="tzgoals",
    help="Track a government's annual targets against the results it later reports.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    cls=SafeGroup,
)


#: `--no-cache` as given to this run: the root callback sets it at every start, so that one
#: run's option never outlives it (CliRunner runs many in one process).
cache_switched_off = [False]
#: The cache this run has opened (or found it cannot use), opened once for both the kept output
#: and the parsed files: the root callback empties it at every start.
cache_of_this_run: "list[CacheStore | None]" = []


@app.callback()
def root(
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Read every data file afresh: neither use nor fill the cache of parsed files "
            "(also TZGOALS_NO_CACHE=1). Give it before the command: tzgoals --no-cache status.",
        ),
    ] = False,
) -> None:
    """Track a government's annual targets against the results it later reports.

    Which promises were kept, which were missed, and which were never mentioned again.
    """
    cache_switched_off[0] = no_cache
    cache_of_this_run.clear()
