"""Shell completion: goal ids for `show ID`, area ids for `--area`, read from the files named
on the line so far; whatever the files hold, never a traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tzgoals.cli import app

from .conftest import DATA


def complete(words: str) -> tuple[int, list[str], str]:
    """What bash completion offers for the last word of `words`."""
    env = {
        "_TZGOALS_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split(" ")) - 1),
        "LANG": "en_US.UTF-8",
    }
    result = CliRunner(env=env).invoke(app, [], prog_name="tzgoals")
    return result.exit_code, result.stdout.split(), result.stderr


def test_show_completes_goal_ids() -> None:
    code, offered, _ = complete(f"tzgoals show --data {DATA} 2023-major")
    assert code == 0
    assert offered == ["2023-major-projects-started"]
    assert len(complete(f"tzgoals show --data {DATA} 2023-")[1]) == 36


def test_area_completes_the_areas_of_the_year() -> None:
    code, offered, _ = complete(f"tzgoals status --data {DATA} --area ")
    assert code == 0
    assert offered == ["headline", "1", "2", "3", "4", "5", "6", "7", "8"]
    assert complete(f"tzgoals status --data {DATA} --year 2022 --area ")[1] == []


def test_the_shipped_dataset_is_completed_when_no_data_is_named(tmp_path: Path) -> None:
    assert "2023-gdp-growth" in complete("tzgoals show 2023-gdp")[1]


def test_broken_or_missing_files_offer_nothing_and_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "targets.toml").write_bytes(b"\xff\xfe[[targets]\nid = ")
    for words in (
        f"tzgoals show --data {tmp_path} 20",
        f"tzgoals show --data {tmp_path / 'missing'} 20",
        f"tzgoals status --data {tmp_path} --area ",
        f"tzgoals show --data {DATA} --targets {DATA / 'targets.toml'} 20",
    ):
        code, offered, err = complete(words)
        assert (code, offered) == (0, [])
        assert "Traceback" not in err
