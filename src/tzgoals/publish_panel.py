"""`publish` of a panel: an index page, each place's scorecard, and one data package.

The bundle is index.html (the panel's table, each place linked to its scorecard, a chart of
the headline indicator across places, and the problems of each place that cannot be used),
places/ID/index.html (each usable place's scorecard, with its history.html when it has one),
goals.csv (the rows of `panel --goals --format csv`), places.csv (those of `panel --format
csv`) and datapackage.json describing both.

Places are read one at a time, twice: once to count and choose the year and the headline
indicator, once to write each one's scorecard and rows, so that memory grows with the largest
place, not with the panel. Every file is made beside its name first and renamed into place only
when all are made; the folder is refused, untouched, unless it is new, empty, or an earlier
panel bundle and nothing else, as the one-dataset `publish` does.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tzgoals.coverage import SelectionError, select_results
from tzgoals.files.atomic import (
    folder_locked,
    fsync_folder,
    give_usual_mode,
    remove_stale_temporaries,
    write_temporary,
)
from tzgoals.files.problems import Problem, WriteError
from tzgoals.models import Dataset
from tzgoals.panel import Panel, Place
from tzgoals.panel_headline import (
    Headline,
    candidate_ids,
    choose_headline,
    headline_scores,
    survey_panel,
)
from tzgoals.panel_scores import PlaceScore, common_year, place_datasets
from tzgoals.publish import (
    DESCRIPTOR,
    HISTORY_PAGE,
    PAGE,
    leftover,
    not_a_folder,
    ours,
    refusal,
    scorecard_pages,
    unreadable,
    write_failed,
)
from tzgoals.render.catalogue import Lang
from tzgoals.render.package import GOALS_CSV
from tzgoals.render.panel_package import PLACES_CSV
from tzgoals.score import score_year
from tzgoals.tabular import Row

PLACES_DIR = "places"
#: The files at the top of a panel's bundle, and those of each place's folder.
PANEL_FILES = (PAGE, GOALS_CSV, PLACES_CSV, DESCRIPTOR)
PLACE_FILES = (PAGE, HISTORY_PAGE)
#: A place id used as it is for its folder's name; any other id gets a numbered name.
SAFE_FOLDER = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


@dataclass
class PanelBundle:
    """What a panel's publish wrote: the top files, how many scorecards, the year compared,
    and the places left without a scorecard, with their problems."""

    files: list[Path] = field(default_factory=list)
    scorecards: int = 0
    year: int | None = None
    unusable: list[tuple[Place, tuple[Problem, ...]]] = field(default_factory=list)


def place_folders(panel: Panel) -> dict[str, str]:
    """Each place's folder name under places/: its id when that is a plain name, else
    `place-N` (N its position in panel.toml), so that no id can reach outside the bundle."""
    safe = {p.id for p in panel.places if SAFE_FOLDER.fullmatch(p.id)}
    names: dict[str, str] = {}
    for number, place in enumerate(panel.places, start=1):
        if place.id in safe:
            names[place.id] = place.id
            continue
        name, extra = f"place-{number}", number
        while name in safe or name in names.values():
            extra += len(panel.places)
            name = f"place-{extra}"
        names[place.id] = name
    return names


def _foreign_in_place(folder: Path) -> list[str]:
    """What in a place's folder is not one of its pages (or a leftover of one)."""
    return [
        f"{PLACES_DIR}/{folder.name}/{entry.name}"
        for entry in sorted(folder.iterdir())
        if entry.is_symlink()
        or not entry.is_file()
        or (entry.name not in PLACE_FILES and not leftover(entry, PLACE_FILES))
    ]


def _panel_file(entry: Path) -> bool:
    return entry.name in PANEL_FILES or leftover(entry, PANEL_FILES)


def _foreign(folder: Path) -> tuple[list[str], bool]:
    """What in the folder is not part of a panel's bundle, and whether it holds anything."""
    entries = sorted(folder.iterdir())
    foreign: list[str] = []
    for entry in entries:
        if entry.name == PLACES_DIR and entry.is_dir() and not entry.is_symlink():
            for place in sorted(entry.iterdir()):
                if place.is_symlink() or not place.is_dir():
                    foreign.append(f"{PLACES_DIR}/{place.name}")
                else:
                    foreign += _foreign_in_place(place)
        elif entry.is_symlink() or not entry.is_file() or not _panel_file(entry):
            foreign.append(entry.name)
    return foreign, bool(entries)


def check_panel_folder(folder: Path) -> None:
    """Refuse a folder that holds anything but an earlier panel bundle, naming what is in the
    way, as `publish.check_folder` does for one dataset's."""
    try:
        if not folder.exists():
            return
        if not folder.is_dir():
            raise not_a_folder(folder)
        foreign, filled = _foreign(folder)
        if not filled or (not foreign and ours(folder)):
            return
    except OSError as error:  # a folder, or one in it, that we may not look into
        raise unreadable(folder, error) from None
    raise refusal(folder, foreign or sorted(entry.name for entry in folder.iterdir()))


def _shown_problems(panel: Panel, problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Problems with their files named from the panel's folder, not from this machine's root:
    the page is for others to read."""
    base = panel.file.parent
    return tuple(p._replace(file=os.path.relpath(p.file, base)) for p in problems)


@dataclass
class _Made:
    """The temporary files made so far, by the path each will take."""

    files: dict[Path, Path] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    folders: list[Path] = field(default_factory=list)
    locked: bool = False

    def folder(self, path: Path) -> None:
        """Make a folder (and its parents), noting those made, to be removed if all fails; in
        one there already, the temporary files a killed publish left, when the bundle's lock
        is held (so that none of them is another publish's, still being written)."""
        for missing in reversed([path, *path.parents]):
            if not missing.exists():
                missing.mkdir()
                self.folders.append(missing)
        if self.locked:
            for name in PLACE_FILES:
                remove_stale_temporaries(path, name)

    def discard(self) -> None:
        """The temporary files not renamed into place, then the folders this publish made,
        when empty: a failed publish leaves neither."""
        for temporary in self.files.values():
            temporary.unlink(missing_ok=True)
        for folder in reversed(self.folders):
            with contextlib.suppress(OSError):
                folder.rmdir()

    def write(self, folder: Path, name: str, chunks: Iterable[str]) -> None:
        temporary = write_temporary(folder, name, (chunk.encode() for chunk in chunks))
        self.files[folder / name] = temporary
        give_usual_mode(temporary)


def _place_year(dataset: Dataset, year: int | None) -> int | None:
    """The panel's year when the place set targets for it, else the place's own default."""
    return year if year in dataset.target_years() else None


def _pages_and_rows(
    panel: Panel,
    outdir: Path,
    year: int | None,
    asked: int | None,
    lang: Lang,
    generated: datetime,
    made: _Made,
) -> Iterator[Row]:
    """Each usable place's scorecard made (as a temporary file, recorded in `made`), then its
    goals' rows yielded; one dataset in memory at a time."""
    from tzgoals.render.panel_rows import goal_rows

    folders = place_folders(panel)
    for place, dataset, _ in place_datasets(panel):
        if dataset is None:
            continue
        try:
            selection = select_results(dataset, _place_year(dataset, year), [], [])
        except SelectionError:  # no targets at all: nothing to show on a scorecard
            selection = None
        if selection is not None:
            folder = outdir / PLACES_DIR / folders[place.id]
            made.folder(folder)
            for name, text in scorecard_pages(dataset, selection, lang, generated).items():
                made.write(folder, name, [text])
            made.links[place.id] = f"{PLACES_DIR}/{folders[place.id]}/{PAGE}"
        for each in dataset.target_years() if asked is None else [asked]:
            yield from goal_rows(place, dataset, score_year(dataset, each))


def _index_page(
    panel: Panel,
    scores: list[PlaceScore],
    year: int | None,
    headline: Headline,
    bundle: PanelBundle,
    links: dict[str, str],
    lang: Lang,
    generated: datetime,
) -> str:
    from tzgoals.amplification import indicator_rows
    from tzgoals.panel_scores import place_rows
    from tzgoals.render.formats.panel import IndicatorTable, PanelOutput, PlaceTable
    from tzgoals.render.html.panel_page import panel_html
    from tzgoals.render.panel_text import panel_title

    title = panel_title(panel, year, None, lang)
    view = PlaceTable(place_rows(scores, year))
    chart = None
    if headline.indicator is not None:
        chart = IndicatorTable(headline.indicator, indicator_rows(scores, year))
    table = PanelOutput(title, panel, year, view, lang).table()
    shown = [(place, _shown_problems(panel, problems)) for place, problems in bundle.unusable]
    return panel_html(table, view, lang, generated, links, chart, headline, shown)


def _places_csv(scores: list[PlaceScore], year: int | None) -> Iterator[str]:
    from tzgoals.panel_scores import place_rows
    from tzgoals.render.panel_rows import PLACE_FIELDS
    from tzgoals.render.panel_rows import place_rows as place_cells
    from tzgoals.tabular import iter_csv

    return iter_csv(place_cells(place_rows(scores, year), year), PLACE_FIELDS, False)


def write_panel_bundle(
    outdir: Path, panel: Panel, asked: int | None, lang: Lang, generated: datetime
) -> PanelBundle:
    """Publish the panel into `outdir` for the year `asked`, else the year most places set
    targets for; what was written. `PublishError` when the folder is refused or cannot be
    written, leaving it as it was."""
    from tzgoals.render.panel_package import panel_datapackage
    from tzgoals.render.panel_rows import GOAL_FIELDS
    from tzgoals.tabular import iter_csv

    check_panel_folder(outdir)
    surveyed = survey_panel(panel, candidate_ids(panel.info.headline))
    year = asked if asked is not None else common_year([s.score for s in surveyed])
    headline = choose_headline(panel.info.headline, surveyed, year)
    scores = headline_scores(surveyed, headline)
    del surveyed
    bundle = PanelBundle(year=year)
    bundle.unusable = [(s.place, s.problems) for s in scores if not s.usable]
    descriptor = json.dumps(panel_datapackage(panel, year, generated), ensure_ascii=False, indent=2)
    made = _Made()
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        with folder_locked(outdir) as locked:
            made.locked = locked
            if locked:
                for name in PANEL_FILES:
                    remove_stale_temporaries(outdir, name)
            check_panel_folder(outdir)  # again: it may have changed since
            try:
                rows = _pages_and_rows(panel, outdir, year, asked, lang, generated, made)
                made.write(outdir, GOALS_CSV, iter_csv(rows, GOAL_FIELDS, False))
                made.write(outdir, PLACES_CSV, _places_csv(scores, year))
                made.write(outdir, DESCRIPTOR, [descriptor + "\n"])
                index = _index_page(
                    panel, scores, year, headline, bundle, made.links, lang, generated
                )
                made.write(outdir, PAGE, [index])
                _rename_all(made.files)
                _remove_stale_pages(outdir, set(made.files))
            finally:
                made.discard()
    except (WriteError, OSError) as error:
        raise write_failed(outdir, error) from None
    bundle.files = [outdir / name for name in PANEL_FILES]
    bundle.scorecards = len(made.links)
    return bundle


def _remove_stale_pages(outdir: Path, written: set[Path]) -> None:
    """The pages under places/ that this publish did not write: those of a place since taken
    out of panel.toml, or whose data can no longer be used, and a history page a place no
    longer has. Left, they would still be served beside the index that no longer links them.
    Only the bundle's own page names are removed (the folder was checked to hold nothing else,
    under the lock), and a place's folder only when that leaves it empty."""
    places = outdir / PLACES_DIR
    if not places.is_dir() or places.is_symlink():
        return
    for folder in sorted(places.iterdir()):
        if folder.is_symlink() or not folder.is_dir():
            continue
        for name in PLACE_FILES:
            if folder / name not in written:
                (folder / name).unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty


def _rename_all(made: dict[Path, Path]) -> None:
    """Each made file renamed into place, the index page last, each folder synced."""
    for path, temporary in made.items():
        os.replace(temporary, path)
    for folder in {path.parent for path in made}:
        fsync_folder(folder)
