"""Problems with files, in the shape linters use, and the errors that carry them."""

from __future__ import annotations

from typing import Literal, NamedTuple

from tzgoals.lookalikes import Difference

Severity = Literal["error", "warning"]


class Problem(NamedTuple):
    """A problem with a file: FILE:LINE: message. `line` and `column` count from 1.

    `hints`: for a quote not found, the look-alike characters that part it from the closest
    passage; `tzgoals.render.problems` says them in the reader's language after the message.
    """

    file: str
    line: int | None
    message: str
    severity: Severity = "error"
    column: int | None = None
    hints: tuple[Difference, ...] = ()

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{where}: {prefix}{self.message}"


class DataError(Exception):
    """The dataset cannot be used; `problems` says why, all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class WriteError(DataError):
    """Nothing was written; `problems` says why, and the last one says the file is unchanged."""


def unchanged(path: object) -> Problem:
    """The closing line of every refused write."""
    return Problem(str(path), None, "nothing was written; the file is unchanged")
