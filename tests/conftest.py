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
def suite_cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def cache_outside_home(suite_cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache of parsed files goes to a folder of the test session's, never the real
    ~/.cache (subprocesses inherit it too), and is on whatever the shell running the tests
    says, as it is for a user."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(suite_cache_home))
    monkeypatch.delenv("TZGOALS_NO_CACHE", raising=False)
    monkeypatch.delenv("TZGOALS_CACHE_MAX_MB", raising=False)


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache of the test's own; the folder tzgoals keeps its entries in."""
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "tzgoals"


@pytest.fixture(scope="session")
def data_paths() -> DataPaths:
    return DataPaths(DATA / "targets.toml", DATA / "actuals.toml")


@pytest.fixture(scope="session")
def dataset(data_paths: DataPaths) -> Dataset:
    return load_dataset(data_paths)
