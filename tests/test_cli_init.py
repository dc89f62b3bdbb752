"""`tzgoals init` through Typer's CliRunner: a starter that checks clean, and never an overwrite."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
NAMES = ["actuals.toml", "sources", "targets.toml"]


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def snapshot(folder: Path) -> dict[str, bytes | str | None]:
    """Every entry in the folder and below: a file's bytes, a link's target, None a folder."""
    return {
        str(p.relative_to(folder)): (
            os.readlink(p) if p.is_symlink() else None if p.is_dir() else p.read_bytes()
        )
        for p in folder.rglob("*")
    }


def test_init_writes_a_starter_that_check_passes_and_status_runs_on(tmp_path: Path) -> None:
    folder = tmp_path / "my-county"
    result = invoke("init", str(folder))
    assert result.exit_code == 0, result.output
    targets, actuals = folder / "targets.toml", folder / "actuals.toml"
    assert result.stdout.startswith(
        f"Wrote {targets}, {actuals} and 2 sample texts in {folder / 'sources'}: "
    )
    assert sorted(p.name for p in folder.iterdir()) == NAMES  # no temporary file left

    checked = invoke("check", "--data", str(folder))
    assert checked.exit_code == 0
    assert checked.stdout == ""
    assert checked.stderr == (
        f"no problems in {targets} and {actuals}; 3 quotes found in the archived texts\n"
    )

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
    for name in ["actuals.toml", "targets.toml"]:
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
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*NAMES, "notes.md"])


def test_the_starter_takes_a_recorded_result_and_exports(tmp_path: Path) -> None:
    assert invoke("init", str(tmp_path)).exit_code == 0
    year = date.today().year - 1
    result = invoke(
        "record", "gdp-growth", "4.8", "--year", str(year - 1), "--unit", "%",
        "--source", f"work-plan-{year}.txt", "--quote", "Last year GDP grew by 4.8%.",
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


def test_the_next_steps_work_exactly_as_printed(tmp_path: Path) -> None:
    """`init` prints commands to try; run in a shell as printed, they score the new dataset,
    never the shipped example."""
    tzgoals = Path(sys.executable).parent / "tzgoals"
    env = {**os.environ, "PATH": f"{tzgoals.parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("TZGOALS_DATA", None)
    done = subprocess.run(
        ["tzgoals", "init", "my county"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    steps = [line.strip() for line in done.stdout.splitlines() if line.startswith("  ")]
    assert steps == ["cd 'my county'", "tzgoals check", "tzgoals status"]
    script = " && ".join([*steps, "tzgoals status --format csv"])
    ran = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    assert "no problems in" in ran.stderr and "3 quotes found" in ran.stderr
    assert "Example County (placeholder): targets for" in ran.stdout
    assert "example shipped with tzgoals" not in ran.stdout + ran.stderr
    assert "000_ba23479a29e53de9" not in ran.stdout
    assert "work-plan-" in ran.stdout  # the starter's own source, cited in the csv


def test_init_says_its_next_steps_in_chinese_too(tmp_path: Path) -> None:
    folder = tmp_path / "我的 县"
    result = invoke("init", str(folder), "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(
        f"已写入 {folder / 'targets.toml'}、{folder / 'actuals.toml'} 和 {folder / 'sources'} "
        "中的2份示例原文："
    )
    assert f"  cd '{folder}'\n  tzgoals check\n  tzgoals status\n" in result.stdout
    checked = invoke("check", "--data", str(folder), "--lang", "zh")
    assert checked.exit_code == 0
    assert checked.stderr == (
        f"{folder / 'targets.toml'} 和 {folder / 'actuals.toml'} 中没有发现问题"
        "；存档原文中找到3条引文\n"
    )


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
