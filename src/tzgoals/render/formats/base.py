"""The one shape of an output format, shared by every command's registry."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from datetime import datetime

    from rich.console import RenderableType


V = TypeVar("V")
E = TypeVar("E", bound=StrEnum)


class Format(NamedTuple, Generic[V]):
    """One way a command writes its result.

    `for_programs`: a file for programs (csv, json), which nothing for people accompanies on
    stderr. `utf8`: written as UTF-8 whatever the locale; a layout for the terminal instead
    keeps the terminal's encoding, a character it cannot show written as an escape.
    """

    name: str
    summary: str
    write: Callable[[V], Iterator[str]]
    for_programs: bool = False
    utf8: bool = True

    def render(self, value: V) -> Iterator[str]:
        return self.write(value)


def formats_help(choices: type[E], format_of: Callable[[E], Format[Any]]) -> str:
    """The help of a `--format` option: each format the command offers, and what it is."""
    described = (format_of(member) for member in choices)
    return "; ".join(f"{f.name} ({f.summary})" if f.summary else f.name for f in described) + "."


def terminal(renderable: RenderableType) -> Iterator[str]:
    from tzgoals.render.terminal import terminal_text

    return terminal_text(renderable)


def generated_time(generated: Callable[[], datetime] | None) -> datetime:
    from datetime import UTC, datetime

    return generated() if generated is not None else datetime.now(UTC).replace(microsecond=0)
