"""Which files a command reads, which rung of discovery found them, and which it may write."""

from __future__ import annotations

from pathlib import Path

import pytest

from tzgoals.files.paths import (
    PathChoiceError,
    find_dataset,
    packaged_data_dir,
    resolve_paths,
    writable_paths,
)
from tzgoals.vocabulary import Section

NO_ENV: dict[str, str] = {}


def dataset_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "targets.toml").write_text("", encoding="utf-8")
    return folder


@pytest.fixture
def everywhere(tmp_path: Path) -> dict[str, Path]:
    """A dataset on every rung at once: the current folder, its ./data, one TZGOALS_DATA names,
    and one --data names."""
    return {
        "here": dataset_folder(tmp_path),
        "data": dataset_folder(tmp_path / "data"),
        "env": dataset_folder(tmp_path / "from-env"),
        "option": dataset_folder(tmp_path / "named"),
    }


def test_files_named_win(tmp_path: Path) -> None:
    found = find_dataset(
        targets=tmp_path / "t.toml", actuals=tmp_path / "a.toml", cwd=tmp_path, environ=NO_ENV
    )
    assert found.paths == (tmp_path / "t.toml", tmp_path / "a.toml")
    assert found.rung == "option"


def test_each_rung_in_its_order(everywhere: dict[str, Path]) -> None:
    """--data, then TZGOALS_DATA, then the current folder, then ./data, then the example."""
    here = everywhere["here"]
    env = {"TZGOALS_DATA": str(everywhere["env"])}

    found = find_dataset(everywhere["option"], cwd=here, environ=env)
    assert (found.paths.targets.parent, found.rung) == (everywhere["option"], "option")

    found = find_dataset(cwd=here, environ=env)
    assert (found.paths.targets.parent, found.rung) == (everywhere["env"], "environment")

    found = find_dataset(cwd=here, environ=NO_ENV)
    assert (found.paths.targets.parent, found.rung) == (here, "current_folder")

    (here / "targets.toml").unlink()
    found = find_dataset(cwd=here, environ=NO_ENV)
    assert (found.paths.targets.parent, found.rung) == (everywhere["data"], "data_folder")

    (everywhere["data"] / "targets.toml").unlink()
    found = find_dataset(cwd=here, environ=NO_ENV)
    assert (found.paths.targets.parent, found.rung) == (packaged_data_dir(), "example")
    assert found.is_example


def test_a_folder_named_holds_both_files(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "mine", cwd=tmp_path, environ=NO_ENV)
    assert paths == (tmp_path / "mine" / "targets.toml", tmp_path / "mine" / "actuals.toml")


def test_a_current_folder_without_targets_is_not_a_dataset(tmp_path: Path) -> None:
    """An actuals.toml alone, or a sources/ folder, does not make a dataset."""
    (tmp_path / "actuals.toml").write_text("", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    assert find_dataset(cwd=tmp_path, environ=NO_ENV).rung == "example"


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_tzgoals_data_is_unset(tmp_path: Path, value: str) -> None:
    dataset_folder(tmp_path)
    found = find_dataset(cwd=tmp_path, environ={"TZGOALS_DATA": value})
    assert found.rung == "current_folder"


def test_tzgoals_data_naming_no_dataset_is_refused(tmp_path: Path) -> None:
    """Falling through to another rung would read a dataset nobody asked for."""
    dataset_folder(tmp_path)
    with pytest.raises(PathChoiceError, match=r"TZGOALS_DATA is set to .*no targets\.toml"):
        find_dataset(cwd=tmp_path, environ={"TZGOALS_DATA": str(tmp_path / "typo")})


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
        find_dataset(**kwargs)  # type: ignore[arg-type]


def test_the_shipped_dataset_is_never_writable(tmp_path: Path) -> None:
    with pytest.raises(PathChoiceError, match="not to be changed"):
        writable_paths(cwd=tmp_path, environ=NO_ENV)
    assert (
        writable_paths(tmp_path / "mine", cwd=tmp_path, environ=NO_ENV).actuals
        == tmp_path / "mine" / "actuals.toml"
    )


def test_every_rung_but_the_example_is_writable(everywhere: dict[str, Path]) -> None:
    here = everywhere["here"]
    env = {"TZGOALS_DATA": str(everywhere["env"])}
    assert writable_paths(cwd=here, environ=env).targets.parent == everywhere["env"]
    assert writable_paths(cwd=here, environ=NO_ENV).targets.parent == here
    (here / "targets.toml").unlink()
    assert writable_paths(cwd=here, environ=NO_ENV).targets.parent == everywhere["data"]


def test_each_section_lives_in_its_file(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path)
    assert paths.file_for(Section.ACTUALS) == paths.actuals
    assert {paths.file_for(s) for s in Section if s != Section.ACTUALS} == {paths.targets}
