"""Shell completion: goal ids for `show ID`, area ids for `--area`, read from the files named
on the line so far; whatever the files hold, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.render.safe import UNSAFE

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


#: A dataset no one validated: names and ids holding escape sequences (window title, clipboard,
#: clear screen), a C1 CSI, bidirectional controls, and an id with a zero-width space.
HOSTILE_TARGETS = (
    '[[areas]]\nid = "1"\nyear = 2023\ntitle = "Area \x1b]0;pwned\x07 \x9b31m \u202eevil"\n'
    '[[areas]]\nid = "2\x1b[2J"\nyear = 2023\ntitle = "cleared"\n'
    '[[targets]]\nid = "gdp"\nyear = 2023\nname = "GDP \x1b]52;c;aGk=\x07\u2066x\x7f"\n'
    '[[targets]]\nid = "gdp\u200b"\nyear = 2023\nname = "look-alike"\n'
)
SHELLS = {
    "bash": lambda words: {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)},
    "zsh": lambda words: {"_TYPER_COMPLETE_ARGS": words},
    "fish": lambda words: {
        "_TYPER_COMPLETE_ARGS": words,
        "_TYPER_COMPLETE_FISH_ACTION": "get-args",
    },
    "powershell": lambda words: {
        "_TYPER_COMPLETE_ARGS": words,
        "_TYPER_COMPLETE_WORD_TO_COMPLETE": words.rsplit(" ", 1)[-1],
    },
}


@pytest.mark.parametrize("shell", sorted(SHELLS))
@pytest.mark.parametrize("line", ["show --data {data} gd", "status --data {data} --area "])
def test_completion_offers_no_control_character_and_no_look_alike_id(
    tmp_path: Path, shell: str, line: str
) -> None:
    """Every shell gets ids that are ids, and names with their control characters shown as
    escapes: zsh, fish and PowerShell print the names beside the ids."""
    (tmp_path / "targets.toml").write_text(HOSTILE_TARGETS, encoding="utf-8")
    words = "tzgoals " + line.format(data=tmp_path)
    env = {"_TZGOALS_COMPLETE": f"complete_{shell}", "LANG": "en_US.UTF-8", **SHELLS[shell](words)}
    result = CliRunner(env=env).invoke(app, [], prog_name="tzgoals")
    assert result.exit_code == 0
    assert not UNSAFE.search(result.stdout)
    assert "\u200b" not in result.stdout
    if "show" in line:
        assert "gdp" in result.stdout
        if shell != "bash":
            assert "\\x1b]52" in result.stdout  # the name, escaped
    else:
        assert ("1" in result.stdout.split()) if shell == "bash" else ("Area" in result.stdout)
        assert "2\\x1b" not in result.stdout  # an id that is no id is not offered at all
