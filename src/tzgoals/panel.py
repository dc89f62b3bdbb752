"""A panel: a folder whose panel.toml lists places, each a dataset folder of its own.

The file is read into pydantic models, and every problem found (schema, then the rules between
places: a duplicate id, an unknown parent, a parent not above its child, a cycle, a folder
that holds no dataset) is a `Problem` at its line, all at once, as a dataset's are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from tzgoals.files.messages import validation_problems
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import DataError, Problem, problem
from tzgoals.files.toml_positions import Locator
from tzgoals.files.toml_read import read_toml
from tzgoals.models import Entry, Id, OneLineId, Plain, Text
from tzgoals.problem_codes import ProblemCode
from tzgoals.vocabulary import Level

PANEL_NAME = "panel.toml"
PLACES = "places"


class PanelInfo(Entry):
    """The panel's names, and the indicator its published index page charts (`headline`),
    when the panel names one rather than leaving it to the shared id most places set."""

    name: Text
    name_en: Plain = ""
    headline: Id | None = None


class Place(Entry):
    """One place of the panel: its dataset folder, relative to panel.toml, and where it
    stands among the others (`parent`: the id of the place it belongs to)."""

    id: Id
    name: Text
    name_en: Plain = ""
    level: Level
    parent: Id | None = None
    path: OneLineId


class PanelFile(Entry):
    panel: PanelInfo
    places: tuple[Place, ...] = ()


def rank(level: Level) -> int:
    """A level's place in the order nation → county; a smaller rank is higher."""
    return list(Level).index(level)


@dataclass(frozen=True)
class Panel:
    """A panel as read: its file, its name, and its places in the file's order."""

    file: Path
    info: PanelInfo
    places: tuple[Place, ...]

    def folder(self, place: Place) -> Path:
        return self.file.parent / place.path

    def paths(self, place: Place) -> DataPaths:
        folder = self.folder(place)
        return DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)

    def by_id(self) -> dict[str, Place]:
        return {place.id: place for place in self.places}


def panel_file(folder: Path) -> Path:
    return folder / PANEL_NAME


def _ancestors(place: Place, places: dict[str, Place]) -> Iterator[Place]:
    """The parents of a place, nearest first, stopping where a parent is unknown or the walk
    comes back to a place already seen."""
    seen = {place.id}
    current = place
    while current.parent is not None and current.parent in places:
        current = places[current.parent]
        yield current
        if current.id in seen:
            return
        seen.add(current.id)


def _in_cycle(place: Place, places: dict[str, Place]) -> bool:
    return any(ancestor.id == place.id for ancestor in _ancestors(place, places))


def _place_problems(index: int, place: Place, panel: Panel, locator: Locator) -> list[Problem]:
    """What is wrong with one place among the others; each problem at the key concerned."""
    places = panel.by_id()
    file = str(panel.file)

    def at(key: str, code: ProblemCode, **values: object) -> Problem:
        return problem(file, locator.line(PLACES, index, key), code, **values)

    found: list[Problem] = []
    if place.parent is not None:
        parent = places.get(place.parent)
        if parent is None:
            known = {"known": ", ".join(places)} if places else {"known_kind": "none"}
            found.append(at("parent", ProblemCode.UNKNOWN_PARENT, parent=place.parent, **known))
        elif rank(parent.level) >= rank(place.level):
            levels = {"parent_level_kind": parent.level.value, "level_kind": place.level.value}
            found.append(at("parent", ProblemCode.PARENT_NOT_ABOVE, parent=parent.id, **levels))
        if parent is not None and _in_cycle(place, places):
            found.append(at("parent", ProblemCode.PARENT_CYCLE, place=place.id))
    folder = panel.folder(place)
    if not (folder / TARGETS_NAME).is_file():
        code = ProblemCode.PLACE_WITHOUT_DATASET
        found.append(at("path", code, path=place.path, targets=TARGETS_NAME, folder=folder))
    return found


def _duplicates(places: tuple[Place, ...], file: str, locator: Locator) -> list[Problem]:
    first: dict[str, int] = {}
    found: list[Problem] = []
    for index, place in enumerate(places):
        if place.id in first:
            earlier = locator.line(PLACES, first[place.id])
            where = {"first": earlier, "first_kind": "line"} if earlier else {}
            line = locator.line(PLACES, index, "id")
            found.append(problem(file, line, ProblemCode.DUPLICATE_PLACE, place=place.id, **where))
        first.setdefault(place.id, index)
    return found


def inspect_panel(path: Path) -> tuple[Panel | None, list[Problem]]:
    """The panel in `path` and every problem found in it; no panel when the file cannot be
    read or fails its schema, so that nothing is checked against a half-read panel."""
    try:
        data, text = read_toml(path)
    except DataError as error:
        return None, error.problems
    locator = Locator(text)
    try:
        model = PanelFile.model_validate(data)
    except ValidationError as error:
        return None, validation_problems(str(path), error, locator, PanelFile)
    panel = Panel(path, model.panel, model.places)
    problems = _duplicates(panel.places, str(path), locator)
    for index, place in enumerate(panel.places):
        problems += _place_problems(index, place, panel, locator)
    return panel, sorted(problems, key=lambda p: p.line or 0)


def read_panel(path: Path) -> Panel:
    """The panel in `path` (panel.toml), or `DataError` with every problem found in it."""
    panel, problems = inspect_panel(path)
    if panel is None or problems:
        raise DataError(problems)
    return panel
