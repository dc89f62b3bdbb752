"""`tzgoals init` through Typer's CliRunner: a starter that checks clean, and never an overwrite."""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
NAMES = ["actuals.toml", "targets.toml"]


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry in the folder: a file's bytes, a link's target."""
    return {p.name: os.readlink(p) if p.is_symlink() else p.read_bytes() for p in folder.iterdir()}


def test_init_writes_a_starter_that_check_passes_and_status_runs_on(tmp_path: Path) -> None:
    folder = tmp_path / "my-county"
    result = invoke("init", str(folder))
    assert result.exit_code == 0, result.output
    targets, actuals = folder / "targets.toml", folder / "actuals.toml"
    assert result.stdout == (f"Wrote {targets} and {actuals}; edit them, then `tzgoals check`.\n")
    assert sorted(p.name for p in folder.iterdir()) == NAMES  # no temporary file left

    checked = invoke("check", "--data", str(folder))
    assert checked.exit_code == 0
    assert checked.stdout == ""
    assert f"no problems in {targets} and {actuals}" in checked.stderr

    year = date.today().year - 1  # the starter is for last year
    table = invoke("status", "--data", str(folder))
    assert table.exit_code == 0
    assert f"Example County (placeholder): targets for {year}" in table.stdout
    assert "1 met · 0 missed · 0 unreported" in table.stdout

    out = invoke("status", "--data", str(folder), "--format", "csv")
    assert out.exit_code == 0
    (row,) = csv.DictReader(io.StringIO(out.stdout))
    # The starter's target is GDP growth of at least 5%; its result is 5.2%, an estimate.
    assert row["id"] == f"{year}-gdp-growth"
    assert (row["target"], row["actual"], row["status"]) == ("5", "5.2", "met")
    assert (row["attainment"], row["gap"], row["flags"]) == ("1.04", "0.2", "estimate")


def test_the_starter_is_commented_and_generic(tmp_path: Path) -> None:
    assert invoke("init", str(tmp_path)).exit_code == 0
    for name in NAMES:
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert text.startswith("# ")
        assert "Tongzhou" not in text and "通州" not in text
        assert "tzgoals check" in text


def test_init_makes_missing_parent_folders(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b" / "c"
    assert invoke("init", str(folder)).exit_code == 0
    assert sorted(p.name for p in folder.iterdir()) == NAMES


def test_init_into_a_folder_with_other_files_leaves_them_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_bytes(b"# my notes\n")
    (tmp_path / "sources").mkdir()
    assert invoke("init", str(tmp_path)).exit_code == 0
    assert (tmp_path / "notes.md").read_bytes() == b"# my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*NAMES, "notes.md", "sources"])


def test_the_starter_takes_a_recorded_result_and_exports(tmp_path: Path) -> None:
    assert invoke("init", str(tmp_path)).exit_code == 0
    year = date.today().year - 1
    result = invoke(
        "record", "gdp-growth", "4.8", "--year", str(year - 1), "--unit", "%",
        "--source", f"work-plan-{year}.txt", "--quote", "GDP grew by 4.8%.",
        "--data", str(tmp_path),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    exported = invoke("export", "actuals", "--data", str(tmp_path))
    assert exported.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert [(r["year"], r["value"]) for r in rows] == [(str(year), "5.2"), (str(year - 1), "4.8")]


@pytest.mark.parametrize(
    "existing", [["targets.toml"], ["actuals.toml"], ["targets.toml", "actuals.toml"]]
)
def test_init_refuses_to_overwrite_and_leaves_every_byte(
    tmp_path: Path, existing: list[str]
) -> None:
    for name in existing:
        (tmp_path / name).write_bytes(f"# my own {name}, not a starter\r\n".encode())
    before = snapshot(tmp_path)
    result = invoke("init", str(tmp_path))
    assert result.exit_code == 2
    assert result.stdout == ""
    for name in existing:
        assert f"{tmp_path / name}: already exists; init never overwrites a file" in result.stderr
    assert snapshot(tmp_path) == before  # and the missing one was not written either


def test_init_twice_refuses_the_second_time(tmp_path: Path) -> None:
    assert invoke("init", str(tmp_path)).exit_code == 0
    (tmp_path / "actuals.toml").write_bytes(b"# edited by hand\n")
    before = snapshot(tmp_path)
    assert invoke("init", str(tmp_path)).exit_code == 2
    assert snapshot(tmp_path) == before


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_init_does_not_write_through_a_dangling_symlink(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").symlink_to(tmp_path / "elsewhere.toml")
    before = snapshot(tmp_path)
    result = invoke("init", str(tmp_path))
    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "elsewhere.toml").exists()


def test_init_where_a_file_stands_is_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "data"
    path.write_bytes(b"not a folder\n")
    result = invoke("init", str(path))
    assert result.exit_code == 2
    assert str(path) in result.stderr
    assert path.read_bytes() == b"not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_init_needs_a_folder() -> None:
    assert invoke("init").exit_code == 2


@pytest.mark.parametrize("given", ["", "   "])
def test_an_empty_folder_name_is_refused_not_read_as_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("init", given)
    assert result.exit_code == 2
    assert "DIR: is empty: give the folder for the new dataset (`.` for the current folder)" in (
        result.stderr
    )
    assert list(tmp_path.iterdir()) == []


def test_the_current_folder_is_had_by_saying_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert invoke("init", ".").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == NAMES


def test_an_absurdly_deep_folder_is_refused_before_anything_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 nested folders exhausted Python's recursion in mkdir."""
    monkeypatch.chdir(tmp_path)
    result = invoke("init", "/".join(["a"] * 2000))
    assert result.exit_code == 2
    assert "is a folder 2,000 levels deep, which cannot be meant; give one at most 100" in (
        result.stderr
    )
    assert list(tmp_path.iterdir()) == []
