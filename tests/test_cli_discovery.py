"""Which dataset a command reads, through Typer's CliRunner: the user's own whenever there is
one, and the shipped example only when there is none, always said out loud."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.paths import packaged_data_dir

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "200"})
EXAMPLE = "(the example shipped with tzgoals)"
NOTE = "this is the example shipped with tzgoals. `tzgoals init DIR` starts a dataset of your own"


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A current folder with no dataset in it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def mine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The current folder holds a dataset of its own: a copy of the shipped one, renamed."""
    folder = tmp_path / "mine"
    shutil.copytree(DATA, folder)
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(text.replace("Tongzhou District", "My District"), encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["status"], f"Tongzhou District, Nantong, Jiangsu {EXAMPLE}: targets for 2023"),
        (["summary"], f"Tongzhou District, Nantong, Jiangsu {EXAMPLE}"),
        (["diff"], f"Tongzhou District, Nantong, Jiangsu {EXAMPLE}: 2022 → 2023"),
        (["show", "2023-gdp-growth"], f"Tongzhou District, Nantong, Jiangsu {EXAMPLE}"),
    ],
)
def test_the_example_is_announced_in_every_table(
    nowhere: Path, args: list[str], title: str
) -> None:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].strip() == title
    assert NOTE in result.stderr


@pytest.mark.parametrize("output_format", ["csv", "json"])
def test_machine_formats_of_the_example_say_so_on_stderr_only(
    nowhere: Path, output_format: str
) -> None:
    result = invoke("status", "--format", output_format)
    assert result.exit_code == 0
    assert NOTE in result.stderr
    assert "example" not in result.stdout.splitlines()[0]


@pytest.mark.parametrize("command", ["status", "summary", "diff", "publish"])
def test_the_example_is_announced_in_chinese_with_lang_zh(
    nowhere: Path, command: str, tmp_path: Path
) -> None:
    args = [command, "--lang", "zh"] + ([str(tmp_path / "site")] if command == "publish" else [])
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    assert "以下是 tzgoals 自带的示例数据。用 `tzgoals init DIR` 建立自己的数据集。" in (
        result.stderr
    )
    assert "no dataset here" not in result.stderr


def test_the_markdown_report_of_the_example_says_so_in_its_heading(nowhere: Path) -> None:
    result = invoke("status", "--format", "markdown")
    assert result.exit_code == 0
    assert NOTE in result.stderr
    heading = result.stdout.splitlines()[0]
    assert heading.startswith("# ") and "(the example shipped with tzgoals)" in heading


def test_check_of_the_example_says_so(nowhere: Path) -> None:
    result = invoke("check")
    assert result.exit_code == 0
    last = result.stderr.splitlines()[-1]
    assert last.startswith("0 errors, 1 warning in the example shipped with tzgoals (")
    assert str(packaged_data_dir() / "targets.toml") in last


def test_json_carries_which_dataset_was_read(nowhere: Path) -> None:
    example = packaged_data_dir()
    for args in (["check", "--format", "json"], ["summary", "--format", "json"]):
        document = json.loads(invoke(*args).stdout)
        assert document["dataset"] == {
            "targets": str(example / "targets.toml"),
            "actuals": str(example / "actuals.toml"),
            "found_by": "example",
        }


def test_a_dataset_in_the_current_folder_is_the_one_read(mine: Path) -> None:
    result = invoke("status")
    assert result.exit_code == 0
    assert (
        result.stdout.splitlines()[0].strip() == "My District, Nantong, Jiangsu: targets for 2023"
    )
    assert "example" not in result.output
    checked = invoke("check", "--format", "json")
    assert json.loads(checked.stdout)["dataset"]["found_by"] == "current_folder"
    assert json.loads(checked.stdout)["dataset"]["targets"] == str(Path.cwd() / "targets.toml")


def test_tzgoals_data_names_the_dataset(mine: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(mine.parent)
    result = CliRunner(env={"TZGOALS_DATA": str(mine)}).invoke(app, ["summary", "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["dataset"] == {
        "targets": str(mine / "targets.toml"),
        "actuals": str(mine / "actuals.toml"),
        "found_by": "environment",
    }


def test_a_tzgoals_data_that_names_no_dataset_is_exit_2(nowhere: Path) -> None:
    result = CliRunner(env={"TZGOALS_DATA": str(nowhere / "typo")}).invoke(app, ["status"])
    assert result.exit_code == 2
    assert "TZGOALS_DATA is set to" in result.stderr
    assert result.stdout == ""


def test_writing_to_the_example_is_refused(nowhere: Path) -> None:
    before = (packaged_data_dir() / "actuals.toml").read_bytes()
    result = invoke(
        "record", "gdp-growth", "5", "--year", "2024", "--unit", "%",
        "--source", "x.txt", "--quote", "x",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "the example shipped with tzgoals is not to be changed" in result.stderr
    assert (packaged_data_dir() / "actuals.toml").read_bytes() == before


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_note_about_the_example_is_wrapped_to_the_terminal(
    nowhere: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    from rich.cells import cell_len

    from tzgoals.cli import output

    monkeypatch.setattr(output, "terminal_width_of_stderr", lambda: 40)
    result = invoke("status", "--format", "json", "--lang", lang)
    lines = result.stderr.splitlines()
    assert len(lines) > 3 and all(cell_len(line) <= 40 for line in lines)
    if lang == "en":
        assert NOTE in " ".join(lines)


def test_the_note_stays_one_line_in_a_file(nowhere: Path) -> None:
    assert len(invoke("status", "--format", "json").stderr.splitlines()) == 1
