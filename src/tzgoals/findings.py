"""A problem the rules between entries find, before the loader knows its file and line.

Kept apart from `tzgoals.rules` so that the rules stay one module of rules; `rules` and
`evidence` both make their problems here.
"""

from typing import TYPE_CHECKING, NamedTuple

from tzgoals.problem_codes import Params, ProblemCode, Severity, params
from tzgoals.vocabulary import Section

if TYPE_CHECKING:  # hints are made by the evidence checks, which import it themselves
    from tzgoals.lookalikes import Difference


class Finding(NamedTuple):
    """One problem, located by section and entry position so the loader can name a line.

    `entry` counts from 0 in its section. `first` is, for a duplicate, the position of the entry
    it repeats, so that the loader can name that line too ("first at line N") and a writer can
    tell a clash with the file from one within a batch. `hints` are the look-alike characters
    that part a refused quote from its closest passage, which the renderer names in words.
    """

    section: Section
    entry: int
    code: ProblemCode
    params: Params = ()
    key: str | None = None
    first: int | None = None
    hints: tuple["Difference", ...] = ()

    @property
    def severity(self) -> Severity:
        return self.code.severity

    @property
    def message(self) -> str:
        """The finding in English words."""
        from tzgoals.render.catalogue import Lang, problem_words

        return problem_words(self.code, self.params, Lang.EN)


def finding(
    section: Section,
    entry: int,
    code: ProblemCode,
    key: str | None = None,
    first: int | None = None,
    /,
    **values: object,
) -> Finding:
    """A finding with its parameters given by name."""
    return Finding(section, entry, code, params(**values), key, first)
