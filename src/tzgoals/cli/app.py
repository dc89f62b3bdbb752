"""The Typer application the commands register on.

No `from __future__ import annotations` in this package: Typer reads every command's signature
at each start, and string annotations would make it `eval` each of them again.
"""

import typer

app = typer.Typer(
    name="tzgoals",
    help="Track a government's annual targets against the results it later reports.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
)


@app.callback()
def root() -> None:
    """Track a government's annual targets against the results it later reports.

    Which promises were kept, which were missed, and which were never mentioned again.
    """
