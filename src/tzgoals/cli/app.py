"""The Typer application the commands register on.

No `from __future__ import annotations` in this package: Typer reads every command's signature
at each start, and string annotations would make it `eval` each of them again.
"""

from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    # The click that Typer builds on, which it carries inside itself.
    from typer._click import Command, Context


class Commands(TyperGroup):
    """The commands, with the `source` group made only when it is asked for.

    Typer builds every command's options at each start, whichever command runs; `source add`'s
    ten would cost `tzgoals status` 0.5% of its instructions (callgrind), for nothing.
    """

    def list_commands(self, ctx: "Context") -> list[str]:
        return [*super().list_commands(ctx), "source"]

    def get_command(self, ctx: "Context", cmd_name: str) -> "Command | None":
        if cmd_name == "source":
            from tzgoals.cli.sources import source_app

            return typer.main.get_command(source_app)
        return super().get_command(ctx, cmd_name)


app = typer.Typer(
    name="tzgoals",
    help="Track a government's annual targets against the results it later reports.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    cls=Commands,
)


@app.callback()
def root() -> None:
    """Track a government's annual targets against the results it later reports.

    Which promises were kept, which were missed, and which were never mentioned again.
    """
