"""`check` of a panel: every place's dataset checked as `check` checks one, one at a time, then
the panel itself: the same indicator name under different ids in different places.

For a name the places spell alike but file under different ids, the id most places use is
offered to the others, as a warning at the line of their indicator.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tzgoals.aliases import canonical
from tzgoals.files.load import Inspection, inspect_dataset
from tzgoals.files.problems import Problem, problem
from tzgoals.files.toml_positions import Locator
from tzgoals.panel import Panel, Place
from tzgoals.problem_codes import ProblemCode


@dataclass(frozen=True, slots=True)
class NamedIndicator:
    """Where a place files an indicator: its id, and its entry in targets.toml."""

    place: str
    id: str
    file: Path
    entry: int


def check_places(
    panel: Panel, allow_unarchived: bool, names: dict[str, list[NamedIndicator]]
) -> Iterator[tuple[Place, Inspection]]:
    """Each place's inspection, evidence included, in the panel's order; the names of its
    indicators are gathered into `names` on the way."""
    for place in panel.places:
        paths = panel.paths(place)
        inspection = inspect_dataset(paths, evidence=True, allow_unarchived=allow_unarchived)
        targets = inspection.targets_file
        if targets is not None:
            for index, indicator in enumerate(targets.indicators):
                named = NamedIndicator(place.id, indicator.id, paths.targets, index)
                names[canonical(indicator.name)].append(named)
        yield place, inspection


def _line(file: Path, entry: int) -> int | None:
    try:
        return Locator(file.read_text(encoding="utf-8-sig")).line("indicators", entry, "id")
    except (OSError, UnicodeDecodeError):
        return None


#: How many of the places that use the common id a warning names; the rest it counts, so that
#: a national panel's warning stays one line, not the names of hundreds of counties.
USERS_NAMED = 3


def name_problems(names: dict[str, list[NamedIndicator]]) -> list[Problem]:
    """A warning for each place that files a name under an id other than the most used one
    (the first met on a tie)."""
    found: list[Problem] = []
    for name, filed in names.items():
        by_place: dict[str, set[str]] = defaultdict(set)
        for named in filed:
            by_place[named.id].add(named.place)
        if len(by_place) < 2:
            continue
        counts = Counter({id_: len(places) for id_, places in by_place.items()})
        common = counts.most_common(1)[0][0]
        users = sorted(by_place[common])
        others = len(users) - USERS_NAMED
        for named in filed:
            if named.id == common:
                continue
            found.append(
                problem(
                    named.file,
                    _line(named.file, named.entry),
                    ProblemCode.NAME_UNDER_OTHER_IDS,
                    name=name,
                    id=named.id,
                    users=", ".join(users[:USERS_NAMED]),
                    more_kind="some" if others > 0 else None,
                    others=others if others > 0 else None,
                    total=len(users) if others > 0 else None,
                    common=common,
                )
            )
    return found
