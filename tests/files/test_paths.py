"""Which files a command reads, and which it may write."""

from __future__ import annotations

from pathlib import Path

import pytest

from tzgoals.files.paths import (
    PathChoiceError,
    packaged_data_dir,
    resolve_paths,
    writable_paths,
)
from tzgoals.vocabulary import Section


def test_files_named_win(tmp_path: Path) -> None:
    paths = resolve_paths(targets=tmp_path / "t.toml", actuals=tmp_path / "a.toml", cwd=tmp_path)
    assert paths == (tmp_path / "t.toml", tmp_path / "a.toml")


def test_a_folder_named_holds_both_files(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "mine", cwd=tmp_path)
    assert paths == (tmp_path / "mine" / "targets.toml", tmp_path / "mine" / "actuals.toml")


def test_the_current_folders_data_comes_before_the_shipped_dataset(tmp_path: Path) -> None:
    assert resolve_paths(cwd=tmp_path).targets.parent == packaged_data_dir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "targets.toml").write_text("", encoding="utf-8")
    assert resolve_paths(cwd=tmp_path).targets == tmp_path / "data" / "targets.toml"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"targets": Path("t.toml")}, "give --targets and --actuals together"),
        ({"actuals": Path("a.toml")}, "give --targets and --actuals together"),
        (
            {"data_dir": Path("d"), "targets": Path("t"), "actuals": Path("a")},
            "either --data DIR or --targets/--actuals",
        ),
    ],
)
def test_half_a_pair_or_two_choices_is_refused(kwargs: dict[str, Path], message: str) -> None:
    with pytest.raises(PathChoiceError, match=message):
        resolve_paths(**kwargs)  # type: ignore[arg-type]


def test_the_shipped_dataset_is_never_writable(tmp_path: Path) -> None:
    with pytest.raises(PathChoiceError, match="not to be changed"):
        writable_paths(cwd=tmp_path)
    assert (
        writable_paths(tmp_path / "mine", cwd=tmp_path).actuals
        == tmp_path / "mine" / "actuals.toml"
    )


def test_each_section_lives_in_its_file(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    assert paths.file_for(Section.ACTUALS) == paths.actuals
    assert {paths.file_for(s) for s in Section if s != Section.ACTUALS} == {paths.targets}
