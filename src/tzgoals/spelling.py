"""The closest known names to a misspelt one, for messages that say "did you mean …?"."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: object, choices: Iterable[str], count: int = 1, cutoff: float = 0.6) -> list[str]:
    """Up to `count` of `choices` that look like `word`, best first; none for a non-text word.

    With `count` above one, choices that contain the word (any case) follow the look-alikes,
    since a user who types part of a long id means one of the ids that hold it.
    """
    if not isinstance(word, str):
        return []
    known = list(choices)
    found = difflib.get_close_matches(word, known, n=count, cutoff=cutoff)
    if count > 1:
        found += [c for c in known if word.lower() in c.lower() and c not in found]
    return found[:count]


def did_you_mean(word: object, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest choice, or '' when nothing is close."""
    found = closest(word, choices)
    return f" (did you mean {found[0]!r}?)" if found else ""
