"""The Typer application the commands register on.

No `from __future__ import annotations` in this package: Typer reads every command's signature
at each start, and string annotations would make it `eval` each of them again.
"""

import gc
import sys
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

from tzgoals.render.catalogue import default_lang, label
from tzgoals.render.safe import printable

if TYPE_CHECKING:
    from typer._click.core import Context as ClickContext

#: The lone surrogates Python reads an argument's undecodable bytes as (`\xff` → U+DCFF).
_UNDECODABLE = range(0xDC80, 0xDD00)


def _undecodable(argument: str) -> bool:
    return any(ord(character) in _UNDECODABLE for character in argument)


class SafeGroup(TyperGroup):
    """The command group, with the terminal kept safe from what was typed.

    Click's usage errors repeat an argument as typed ("No such option: --x‮"): its control
    characters are shown as escapes, never sent. An argument holding bytes that are not text
    in the terminal's encoding is refused before any command reads it (a file name from
    another system, a terminal set to GBK): as a name or a figure it could not be written to
    a file, a page or the terminal, and a guess at what it meant could be wrong.
    """

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: "ClickContext | None" = None,
        **extra: Any,
    ) -> "ClickContext":
        for argument in args:
            if _undecodable(argument):
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
    message = getattr(error, "message", None)
    if isinstance(message, str):
        error.message = printable(message)
    return error


app = typer.Typer(
    name="tzgoals",
    help="Track a government's annual targets against the results it later reports.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    cls=SafeGroup,
)


@app.callback()
def root() -> None:
    """Track a government's annual targets against the results it later reports.

    Which promises were kept, which were missed, and which were never mentioned again.
    """
