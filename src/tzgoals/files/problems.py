"""Problems with files, in the shape linters use, and the errors that carry them.

A problem is a fact: where (file, line, column), a `ProblemCode` and its parameters. Its
words come from the catalogue, in the reader's language (`wording`); `message` is the
English, which `str()` and the JSON report give for continuity.
"""

from typing import TYPE_CHECKING, NamedTuple

from tzgoals.problem_codes import Params, ProblemCode, Severity, params
from tzgoals.render.catalogue import Lang, problem_words, warning_mark

if TYPE_CHECKING:  # hints are made by the evidence checks, which import it themselves
    from tzgoals.lookalikes import Difference

__all__ = ["DataError", "Problem", "Severity", "WriteError", "problem", "unchanged"]


class Problem(NamedTuple):
    """A problem with a file: FILE:LINE: message. `line` and `column` count from 1.

    `hints`: for a quote not found, the look-alike characters that part it from the closest
    passage; `tzgoals.render.problems` says them in the reader's language after the message.
    """

    file: str
    line: int | None
    code: ProblemCode
    params: Params = ()
    column: int | None = None
    hints: tuple["Difference", ...] = ()

    @property
    def severity(self) -> Severity:
        """An error stops the data from being used; a warning does not."""
        return self.code.severity

    def wording(self, lang: Lang) -> str:
        """The problem in words, in `lang`."""
        return problem_words(self.code, self.params, lang)

    @property
    def message(self) -> str:
        """The problem in English words."""
        return self.wording(Lang.EN)

    def located(self, lang: Lang = Lang.EN) -> str:
        """FILE:LINE: [warning: ]message, in `lang`."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        prefix = "" if self.severity == "error" else warning_mark(lang)
        return f"{where}: {prefix}{self.wording(lang)}"

    def __str__(self) -> str:
        return self.located(Lang.EN)

    def __repr__(self) -> str:
        """The fields with the English words, so that a failing test shows what it was."""
        return (
            f"Problem(file={self.file!r}, line={self.line!r}, code={self.code.value}, "
            f"params={self.params!r}, column={self.column!r}, message={self.message!r})"
        )


def problem(file: object, line: int | None, code: ProblemCode, /, **values: object) -> Problem:
    """A problem with its parameters given by name."""
    return Problem(str(file), line, code, params(**values))


class DataError(Exception):
    """The dataset cannot be used; `problems` says why, all at once."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class WriteError(DataError):
    """Nothing was written; `problems` says why, and the last one says the file is unchanged."""


def unchanged(path: object) -> Problem:
    """The closing line of every refused write."""
    return problem(path, None, ProblemCode.NOTHING_WRITTEN)
