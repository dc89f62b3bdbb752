"""Shared fixtures: the repository's own dataset, so tests read the very files that ship."""

from __future__ import annotations

from pathlib import Path

import pytest

from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.models import Dataset

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"


@pytest.fixture(autouse=True)
def no_dataset_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A TZGOALS_DATA set in the shell running the tests must not choose their dataset."""
    monkeypatch.delenv("TZGOALS_DATA", raising=False)


@pytest.fixture(scope="session")
def data_paths() -> DataPaths:
    return DataPaths(DATA / "targets.toml", DATA / "actuals.toml")


@pytest.fixture(scope="session")
def dataset(data_paths: DataPaths) -> Dataset:
    return load_dataset(data_paths)
