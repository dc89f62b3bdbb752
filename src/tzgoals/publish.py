"""`publish`: the scorecard page and its data, written as one folder a newsroom can put online.

The bundle is index.html (the scorecard), history.html (each indicator's track record, when the
dataset has targets in two or more years, linked from the scorecard), goals.csv and goals.json
(the rows of `status --format csv` and `--format json`, the same code writing them) and
datapackage.json (their description as a Frictionless Data Package). Each file is written to a
temporary name in the folder, flushed, then renamed into place, so a reader never sees half a
file. The folder must be new, empty, or hold an earlier bundle and nothing else: a folder with
other files is refused, never written into, so that nothing a user put there is lost. A publish
holds a lock on the folder while it writes, so the temporary files a killed one left are known
for leftovers, and go.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from tzgoals.coverage import Selection, summarise
from tzgoals.files.atomic import (
    folder_locked,
    fsync_folder,
    give_usual_mode,
    is_temporary,
    remove_stale_temporaries,
    write_temporary,
)
from tzgoals.files.problems import Problem, WriteError
from tzgoals.models import Dataset
from tzgoals.render.catalogue import Lang
from tzgoals.render.html import scorecard_html
from tzgoals.render.machine import status_csv, status_json
from tzgoals.render.package import GENERATOR, GOALS_CSV, GOALS_JSON, datapackage

PAGE = "index.html"
HISTORY_PAGE = "history.html"
DESCRIPTOR = "datapackage.json"
#: The files every bundle holds, and those one may hold (the history page, of a dataset of
#: several years): only these may be in a folder a bundle replaces.
BUNDLE = (PAGE, GOALS_CSV, GOALS_JSON, DESCRIPTOR)
BUNDLE_NAMES = (PAGE, HISTORY_PAGE, GOALS_CSV, GOALS_JSON, DESCRIPTOR)
SHOWN_AT_MOST = 5


class PublishError(Exception):
    """The bundle was not written: why, as a catalogue key and its values (`render` words it in
    either language), or as the problem of the write that was refused."""

    def __init__(self, key: str, problem: Problem | None = None, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.problem = problem
        self.values = values


def not_a_folder(folder: Path) -> PublishError:
    """The refusal of a bundle's folder that is a file."""
    return PublishError("publish.not_folder", folder=folder)


def unreadable(folder: Path, error: OSError) -> PublishError:
    """The refusal of a bundle's folder that may not be looked into."""
    return PublishError("publish.unreadable", folder=folder, why=error.strerror or error)


def write_failed(outdir: Path, error: WriteError | OSError) -> PublishError:
    """The refusal of a bundle that could not be written (a full disk, a folder not ours)."""
    if isinstance(error, WriteError):
        return PublishError("publish.write_refused", error.problems[0], folder=outdir)
    return PublishError("publish.write_failed", folder=outdir, why=error.strerror or error)


def ours(folder: Path) -> bool:
    """Whether the folder's datapackage.json is one this tool wrote."""
    try:
        descriptor = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(descriptor, dict) and descriptor.get("generator") == GENERATOR


def leftover(entry: Path, names: Iterable[str] = BUNDLE_NAMES) -> bool:
    """A temporary file of one of a bundle's `names`, left by a publish that was killed while
    writing."""
    stem = entry.name[1:].partition(".tzgoals-")[0]
    return is_temporary(entry.name) and stem in names and entry.is_file()


def check_folder(folder: Path) -> None:
    """Refuse a folder that holds anything but an earlier bundle (and the temporary files of
    one whose writing was killed), naming what is in the way."""
    try:
        if not folder.exists():
            return
        if not folder.is_dir():
            raise not_a_folder(folder)
        entries = sorted(e for e in folder.iterdir() if e.is_symlink() or not leftover(e))
        foreign = [
            entry.name
            for entry in entries
            if entry.name not in BUNDLE_NAMES or entry.is_symlink() or not entry.is_file()
        ]
    except OSError as error:  # a folder, or one in it, that we may not look into
        raise unreadable(folder, error) from None
    if not entries:
        return
    if not foreign and ours(folder):
        return
    raise refusal(folder, foreign or [entry.name for entry in entries])


def refusal(folder: Path, listed: list[str]) -> PublishError:
    """The refusal of a folder that holds what `listed` names (the first few of them)."""
    shown = ", ".join(listed[:SHOWN_AT_MOST]) + (" …" if len(listed) > SHOWN_AT_MOST else "")
    return PublishError("publish.occupied", folder=folder, shown=shown)


def history_page(dataset: Dataset, lang: Lang) -> str | None:
    """The track record of every indicator with targets in two or more years, as a page; None
    when the dataset has targets in fewer than two years."""
    if len(dataset.target_years()) < 2:
        return None
    from tzgoals.history import track_record
    from tzgoals.render.catalogue import in_lang, label
    from tzgoals.render.history import record_view
    from tzgoals.render.history_pages import history_html

    name = in_lang(dataset.info.name, dataset.info.name_en, lang)
    title = label("titled", lang, name=name, what=label("history.title", lang))
    views = [record_view(record, lang) for record in track_record(dataset)]
    return history_html(title, views, lang)


def scorecard_pages(
    dataset: Dataset, selection: Selection, lang: Lang, generated: datetime
) -> dict[str, str]:
    """The scorecard of one year's goals, and the history page it links when there is one."""
    summary = summarise(dataset, selection)
    records = history_page(dataset, lang)
    linked = HISTORY_PAGE if records is not None else ""
    page = scorecard_html(dataset, selection, summary, lang, generated, linked)
    return {PAGE: page, **({HISTORY_PAGE: records} if records is not None else {})}


def write_bundle(
    outdir: Path, dataset: Dataset, selection: Selection, lang: Lang, generated: datetime
) -> list[Path]:
    """Write the bundle of one year's goals into `outdir`; the paths written, in order.

    Every file is made before any is renamed into place, so that a failure while making
    them (a full disk) leaves an earlier bundle as it was.
    """
    check_folder(outdir)
    pages = scorecard_pages(dataset, selection, lang, generated)
    contents: dict[str, Iterable[str]] = {
        PAGE: [pages[PAGE]],
        **({HISTORY_PAGE: [pages[HISTORY_PAGE]]} if HISTORY_PAGE in pages else {}),
        GOALS_CSV: status_csv(dataset, selection),
        GOALS_JSON: status_json(dataset, selection),
        DESCRIPTOR: [
            json.dumps(
                datapackage(dataset, selection.year, generated), ensure_ascii=False, indent=2
            )
            + "\n"
        ],
    }
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        with folder_locked(outdir) as locked:
            if locked:
                for name in BUNDLE_NAMES:
                    remove_stale_temporaries(outdir, name)
            check_folder(outdir)  # again: it may have changed while the page was made
            _write_files(outdir, contents)
    except (WriteError, OSError) as error:
        raise write_failed(outdir, error) from None
    return [outdir / name for name in BUNDLE_NAMES if name in contents]


def _write_files(outdir: Path, contents: dict[str, Iterable[str]]) -> None:
    """Every file made beside its name, then each renamed into place; none left half made."""
    made: dict[str, Path] = {}
    try:
        for name, chunks in contents.items():
            made[name] = write_temporary(outdir, name, (chunk.encode() for chunk in chunks))
            give_usual_mode(made[name])
        for name, temporary in made.items():
            os.replace(temporary, outdir / name)
    finally:
        for temporary in made.values():
            temporary.unlink(missing_ok=True)
    fsync_folder(outdir)
