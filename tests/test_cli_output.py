"""The edge of the program, in a real process: output that cannot be written, a terminal that
cannot show every character, and a bug, each end in a message and an exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app, main
from tzgoals.render.terminal import WIDEST

from .conftest import DATA, REPO

VALID = REPO / "tests" / "bad" / "_valid"
TZGOALS = [sys.executable, "-m", "tzgoals"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TZGOALS, *args], capture_output=True, text=True, check=False, env=env)


@pytest.fixture(scope="module")
def many_goals(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small valid dataset with 3,000 more targets: output far larger than a pipe holds."""
    folder = tmp_path_factory.mktemp("many")
    (folder / "actuals.toml").write_bytes((VALID / "actuals.toml").read_bytes())
    extra = "".join(
        f'\n[[targets]]\nid = "extra-{i}"\nindicator = "new-firms"\nyear = 2024\n'
        f'area = "headline"\ncomparator = "at_least"\nvalue = {i}\nunit = "家"\n'
        f'name = "新增规上工业企业{i}家"\nsource = "plan.txt"\nquote = "新增规上工业企业{i}家"\n'
        for i in range(3000)
    )
    (folder / "targets.toml").write_text(
        (VALID / "targets.toml").read_text(encoding="utf-8") + extra, encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("output_format", ["csv", "table", "markdown", "json"])
def test_a_reader_who_stops_reading_ends_it_quietly(many_goals: Path, output_format: str) -> None:
    """`tzgoals status | head -1`: exit 0 and nothing on stderr (Rich's own handling was 1)."""
    process = subprocess.Popen(
        [*TZGOALS, "status", "--format", output_format, "--data", str(many_goals)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline()
    process.stdout.close()
    assert process.wait() == 0
    assert process.stderr.read() == b""


def test_a_closed_pipe_still_leaves_fail_on_its_exit_code(many_goals: Path) -> None:
    process = subprocess.Popen(
        [*TZGOALS, "status", "--format", "csv", "--fail-on", "met", "--data", str(many_goals)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()
    assert process.wait() == 1


@pytest.mark.parametrize(
    "command",
    [["status"], ["status", "--format", "csv"], ["show", "2023-gdp-growth"], ["check"]],
)
def test_a_full_disk_is_a_message_and_exit_2(command: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*TZGOALS, *command, "--data", str(DATA)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr == "tzgoals: cannot write the output: No space left on device\n"


@pytest.mark.parametrize("command", [["status"], ["status", "--format", "csv"], ["summary"]])
def test_a_closed_stdout_is_a_message_and_exit_2(command: list[str]) -> None:
    result = subprocess.run(
        [*TZGOALS, *command, "--data", str(DATA)],
        stdout=None,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: os.close(1),
        check=False,
    )
    assert result.returncode == 2
    assert "standard output is closed" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["status", "--lang", "zh"],
        ["summary"],
        ["diff"],
        ["show", "2023-gdp-growth"],
        ["show", "不存在"],
        ["check"],
    ],
)
def test_an_ascii_terminal_gets_escapes_not_a_traceback(command: list[str]) -> None:
    result = run(*command, "--data", str(DATA), env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert result.returncode in {0, 2}
    assert "Traceback" not in result.stderr
    assert "UnicodeEncodeError" not in result.stderr
    assert result.stdout.isascii()
    assert result.stdout or result.stderr


@pytest.mark.parametrize("columns", ["0", "1", "99999999"])
@pytest.mark.parametrize(
    "command", [["status"], ["summary"], ["diff"], ["show", "2023-gdp-growth"]]
)
def test_any_columns_prints_a_table_of_a_sane_width(command: list[str], columns: str) -> None:
    result = CliRunner(env={"COLUMNS": columns}).invoke(app, [*command, "--data", str(DATA)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) > 5
    assert max(len(line) for line in lines) <= WIDEST


def test_a_bug_is_an_internal_error_with_exit_2_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*args: object) -> object:
        raise ZeroDivisionError("planted")

    monkeypatch.setattr("tzgoals.coverage.select_results", broken)
    monkeypatch.setattr(sys, "argv", ["tzgoals", "status", "--data", str(DATA)])
    monkeypatch.delenv("TZGOALS_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("tzgoals: internal error (ZeroDivisionError: planted); this is a bug")
    assert "Traceback" not in err


def test_tzgoals_debug_shows_the_traceback_of_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> object:
        raise ZeroDivisionError("planted")

    monkeypatch.setattr("tzgoals.coverage.select_results", broken)
    monkeypatch.setattr(sys, "argv", ["tzgoals", "status", "--data", str(DATA)])
    monkeypatch.setenv("TZGOALS_DEBUG", "1")
    with pytest.raises(ZeroDivisionError, match="planted"):
        main()
