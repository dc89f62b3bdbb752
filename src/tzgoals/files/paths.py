"""Finding the dataset: which two files a command reads, and whether it may write them."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import NamedTuple

from tzgoals.vocabulary import Section

TARGETS_NAME = "targets.toml"
ACTUALS_NAME = "actuals.toml"
DATA_DIR_NAME = "data"


class DataPaths(NamedTuple):
    targets: Path
    actuals: Path

    def file_for(self, section: Section) -> Path:
        """Which file holds a section: actuals.toml the results, targets.toml the rest."""
        return self.actuals if section == Section.ACTUALS else self.targets


class PathChoiceError(ValueError):
    """Options that name the dataset in two ways at once, or only half of it."""


def packaged_data_dir() -> Path:
    """The dataset shipped inside the wheel, used when the current folder has none.

    An editable install has no copy inside the package; it serves the checkout's data/.
    """
    shipped = Path(str(resources.files("tzgoals") / DATA_DIR_NAME))
    checkout = Path(__file__).resolve().parents[3] / DATA_DIR_NAME
    return shipped if shipped.is_dir() or not checkout.is_dir() else checkout


def _local_data_dir(cwd: Path | None) -> Path | None:
    local = (cwd or Path.cwd()) / DATA_DIR_NAME
    return local if (local / TARGETS_NAME).is_file() else None


def resolve_paths(
    data_dir: Path | None = None,
    targets: Path | None = None,
    actuals: Path | None = None,
    cwd: Path | None = None,
) -> DataPaths:
    """Explicit files win, then --data, then ./data, then the shipped dataset.

    Raises `PathChoiceError` for half a pair of files, or for files and a folder at once.
    """
    if (targets is None) != (actuals is None):
        raise PathChoiceError(
            "give --targets and --actuals together, or --data DIR for a folder with both."
        )
    if data_dir is not None and targets is not None:
        raise PathChoiceError("give either --data DIR or --targets/--actuals, not both.")
    if targets is not None and actuals is not None:
        return DataPaths(targets, actuals)
    folder = data_dir or _local_data_dir(cwd) or packaged_data_dir()
    return DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)


def writable_paths(
    data_dir: Path | None = None,
    targets: Path | None = None,
    actuals: Path | None = None,
    cwd: Path | None = None,
) -> DataPaths:
    """The files a command may write: those named, or ./data, but never the shipped dataset."""
    if data_dir is None and targets is None and _local_data_dir(cwd) is None:
        raise PathChoiceError(
            "there is no ./data here, and the dataset shipped with tzgoals is not to be "
            "changed: give --data DIR (or --targets and --actuals) for the dataset to add to."
        )
    return resolve_paths(data_dir, targets, actuals, cwd)
