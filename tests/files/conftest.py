"""Fixtures for the file tests: a copy of the small valid dataset, and an actual to record."""

from __future__ import annotations

import os
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.vocabulary import Section

VALID = Path(__file__).resolve().parents[1] / "bad" / "_valid"


SECTIONS = list(Section)


ROOT = os.name == "posix" and os.geteuid() == 0


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    """A copy of the small valid dataset the bad-input corpus starts from."""
    folder = tmp_path / "data"
    shutil.copytree(VALID, folder)
    return DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)


def new_actual(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "indicator": "new-firms",
        "year": 2023,
        "value": Decimal("98"),
        "unit": "家",
        "name": "新增规上工业企业98家",
        "source": "plan.txt",
        "quote": "去年新增规上工业企业98家",
    }
    fields.update(changes)
    return {k: v for k, v in fields.items() if v is not None}


def snapshot(paths: DataPaths) -> dict[Path, bytes]:
    """Every file in the data folder, temporary files included, with its bytes; but the empty
    lock files writers leave beside a data file on purpose (`tzgoals.files.atomic`)."""
    return {
        p: p.read_bytes()
        for p in paths.actuals.parent.iterdir()
        if p.is_file() and not p.name.endswith(".toml.lock")
    }
