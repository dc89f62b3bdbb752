"""`init_dataset`: a commented starter that passes every check and never overwrites."""

from __future__ import annotations

import os
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from tzgoals.files.append import record_actual
from tzgoals.files.load import check_dataset, load_dataset
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME
from tzgoals.files.problems import WriteError
from tzgoals.files.starter import init_dataset


def test_init_writes_a_commented_starter_that_passes_every_check(tmp_path: Path) -> None:
    paths, texts = init_dataset(tmp_path / "new" / "data", year=2024)
    assert check_dataset(paths, evidence=True) == []  # every quote in its sample text
    dataset = load_dataset(paths)
    assert len(dataset.areas) == len(dataset.indicators) == len(dataset.targets) == 1
    assert len(dataset.actuals) == 1
    text = paths.targets.read_text(encoding="utf-8")
    assert text.count("\n# ") > 10
    assert "Tongzhou" not in text and "通州" not in text
    assert "year = 2024" in text
    assert sorted(p.name for p in paths.targets.parent.iterdir()) == [
        ACTUALS_NAME,
        "sources",
        TARGETS_NAME,
    ]
    assert sorted(p.name for p in texts) == ["review-2024.txt", "work-plan-2024.txt"]
    assert sorted((paths.targets.parent / "sources").iterdir()) == sorted(texts)
    if os.name == "posix":
        assert stat.S_IMODE(paths.targets.stat().st_mode) & 0o044  # readable, unlike mkstemp's


def test_init_defaults_to_last_year(tmp_path: Path) -> None:
    from datetime import date

    paths = init_dataset(tmp_path).paths
    assert load_dataset(paths).target_years() == [date.today().year - 1]


@pytest.mark.parametrize("name", [TARGETS_NAME, ACTUALS_NAME])
def test_init_never_overwrites(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"# my own work\n")
    with pytest.raises(WriteError, match="already exists; init never overwrites a file"):
        init_dataset(tmp_path)
    assert (tmp_path / name).read_bytes() == b"# my own work\n"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_the_starter_takes_an_appended_result(tmp_path: Path) -> None:
    paths = init_dataset(tmp_path, year=2024).paths
    earlier = {"indicator": "gdp-growth", "year": 2023, "value": Decimal("4.8"), "unit": "%"}
    quote = "Last year GDP grew by 4.8%."
    record_actual(paths, {**earlier, "name": "n", "source": "work-plan-2024.txt", "quote": quote})
    assert len(load_dataset(paths).actuals) == 2


def test_a_sample_text_under_its_name_already_is_kept_and_another_refused(
    tmp_path: Path,
) -> None:
    """A first init that stopped half way may have left its texts; a user's own text under
    the same name is never replaced."""
    first = init_dataset(tmp_path / "a", year=2024)
    texts = tmp_path / "b" / "sources"
    texts.mkdir(parents=True)
    (texts / "work-plan-2024.txt").write_bytes(first.texts[0].read_bytes())
    assert check_dataset(init_dataset(tmp_path / "b", year=2024).paths, evidence=True) == []

    mine = tmp_path / "c" / "sources"
    mine.mkdir(parents=True)
    (mine / "review-2024.txt").write_bytes(b"my own review\n")
    with pytest.raises(WriteError, match="already exists; init never overwrites a file"):
        init_dataset(tmp_path / "c", year=2024)
    assert [p.name for p in (tmp_path / "c").iterdir()] == ["sources"]
    assert [p.name for p in mine.iterdir()] == ["review-2024.txt"]
    assert (mine / "review-2024.txt").read_bytes() == b"my own review\n"
