"""Finding the dataset: which two files a command reads, and whether it may write them.

A dataset is a folder holding targets.toml, actuals.toml and sources/. The folder is the first
of: the one the options name; the one `TZGOALS_DATA` names; the current folder, when it holds a
targets.toml; ./data; and only then the example shipped with tzgoals. Which of these was used
travels with the paths (`Found.rung`), so that nobody reads the example thinking it their own.
"""

import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Literal, NamedTuple

from tzgoals.refusal import Refusal
from tzgoals.vocabulary import Section

TARGETS_NAME = "targets.toml"
ACTUALS_NAME = "actuals.toml"
DATA_DIR_NAME = "data"
SOURCES_DIR_NAME = "sources"
DATA_VARIABLE = "TZGOALS_DATA"


class DataPaths(NamedTuple):
    targets: Path
    actuals: Path

    def file_for(self, section: Section) -> Path:
        """Which file holds a section: actuals.toml the results, targets.toml the rest."""
        return self.actuals if section == Section.ACTUALS else self.targets

    @property
    def sources(self) -> Path:
        """The folder of archived texts: beside targets.toml, which lists the sources."""
        return self.targets.parent / SOURCES_DIR_NAME


#: Where a dataset was found: the rungs of discovery, in the order they are tried.
Rung = Literal["option", "environment", "current_folder", "data_folder", "example"]


class Found(NamedTuple):
    """The files of a dataset and the rung of discovery that found them."""

    paths: DataPaths
    rung: Rung

    @property
    def is_example(self) -> bool:
        return self.rung == "example"


class PathChoiceError(Refusal):
    """Options that name the dataset in two ways at once, or only half of it."""


def packaged_data_dir() -> Path:
    """The dataset shipped inside the wheel, used when nothing else names a dataset.

    An editable install has no copy inside the package; it serves the checkout's data/.
    """
    shipped = Path(str(resources.files("tzgoals") / DATA_DIR_NAME))
    checkout = Path(__file__).resolve().parents[3] / DATA_DIR_NAME
    return shipped if shipped.is_dir() or not checkout.is_dir() else checkout


def _is_installed_example(folder: Path) -> bool:
    """The copy inside an installed package, however it was reached (cd into it, --data)."""
    shipped = Path(str(resources.files("tzgoals") / DATA_DIR_NAME))
    return shipped.is_dir() and folder.resolve() == shipped.resolve()


def _folder_paths(folder: Path) -> DataPaths:
    return DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)


def _from_environment(environ: Mapping[str, str]) -> Path | None:
    """The folder TZGOALS_DATA names, refused when it holds no dataset (a typo, or a folder
    moved), since falling through to another rung would read a dataset nobody asked for."""
    named = environ.get(DATA_VARIABLE, "").strip()
    if not named:
        return None
    folder = Path(named)
    try:
        holds_targets = (folder / TARGETS_NAME).is_file()
    except OSError as error:  # a name longer than the system allows, and the like
        shown = named if len(named) <= 60 else named[:57] + "..."
        why = error.strerror or error
        raise PathChoiceError("paths.variable_unusable", name=repr(shown), why=why) from None
    if not holds_targets:
        raise PathChoiceError("paths.variable_empty", name=repr(named))
    return folder


def find_dataset(
    data_dir: Path | None = None,
    targets: Path | None = None,
    actuals: Path | None = None,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Found:
    """The dataset a command reads, and which rung of discovery found it.

    Raises `PathChoiceError` for half a pair of files, for files and a folder at once, or for
    a `TZGOALS_DATA` that names no dataset.
    """
    if (targets is None) != (actuals is None):
        raise PathChoiceError("paths.half_pair")
    if data_dir is not None and targets is not None:
        raise PathChoiceError("paths.both_ways")
    if targets is not None and actuals is not None:
        return Found(DataPaths(targets, actuals), "option")
    if data_dir is not None:
        return Found(_folder_paths(data_dir), "option")
    named = _from_environment(os.environ if environ is None else environ)
    if named is not None:
        return Found(_folder_paths(named), "environment")
    here = cwd or Path.cwd()
    if (here / TARGETS_NAME).is_file():
        return Found(_folder_paths(here), "current_folder")
    if (here / DATA_DIR_NAME / TARGETS_NAME).is_file():
        return Found(_folder_paths(here / DATA_DIR_NAME), "data_folder")
    return Found(_folder_paths(packaged_data_dir()), "example")


def resolve_paths(
    data_dir: Path | None = None,
    targets: Path | None = None,
    actuals: Path | None = None,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> DataPaths:
    """The files `find_dataset` finds, for callers that need not know how."""
    return find_dataset(data_dir, targets, actuals, cwd, environ).paths


def writable_paths(
    data_dir: Path | None = None,
    targets: Path | None = None,
    actuals: Path | None = None,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> DataPaths:
    """The files a command may write: any dataset found but the example shipped with tzgoals."""
    found = find_dataset(data_dir, targets, actuals, cwd, environ)
    if found.is_example or _is_installed_example(found.paths.targets.parent):
        raise PathChoiceError("paths.example_not_writable")
    return found.paths
