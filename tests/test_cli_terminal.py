"""Terminal output prints the data as written: brackets and colons in it are not Rich markup,
and no escape code in it reaches the terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app, report
from tzgoals.files.load import inspect_dataset
from tzgoals.files.paths import DataPaths, find_dataset
from tzgoals.models import Dataset, Entry
from tzgoals.render.safe import UNSAFE

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "200"})

#: A closing tag with nothing open made Rich raise MarkupError; `:thumbs_up:` became an emoji.
LOOKS_LIKE_MARKUP = "[/x] [bold]:thumbs_up: "


@pytest.fixture()
def marked_up_data(tmp_path: Path) -> Path:
    """The shipped dataset with markup-like text before every quote and note, in each language."""
    for name in ("targets.toml", "actuals.toml"):
        text = (DATA / name).read_text(encoding="utf-8")
        for key in ("quote", "note", "note_en"):
            text = text.replace(f'\n{key} = "', f'\n{key} = "{LOOKS_LIKE_MARKUP}')
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["summary"],
        ["show", "2023-major-projects-started"],
        ["show", "2023-new-little-giant-firms"],
    ],
)
def test_markup_like_text_prints_as_written(marked_up_data: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--data", str(marked_up_data)])
    assert result.exit_code == 0, result.output
    assert LOOKS_LIKE_MARKUP.strip() in result.stdout
    assert "👍" not in result.stdout


# ---------------------------------------------------------------- escape codes in the data

#: Every escape code of issue 12 at once: window title, clipboard, link, clear screen, NUL,
#: DEL, C1 CSI and a right-to-left override.
HOSTILE = (
    "\x1b]0;PWNED\x07\x1b]52;c;cm0gLXJmIH4=\x07\x1b]8;;http://evil.example/\x1b\\L\x1b]8;;\x1b\\"
    "\x1b[2J\x00\x7f\x9b2J\u202e"
)
VALID = Path(__file__).parent / "bad" / "_valid"


def _planted(entry: Entry) -> Entry:
    """The entry with the escape codes after every text, ids, units and sources included."""
    texts = {k: f"{v}{HOSTILE}" for k, v in entry if type(v) is str and v}
    return entry.model_copy(update=texts)


@pytest.fixture()
def hostile(monkeypatch: pytest.MonkeyPatch) -> Dataset:
    """The small valid dataset with escape codes in every text, served to the commands as if it
    had loaded: `check` refuses such a file, so this is the terminal's own line of defence."""
    inspection = inspect_dataset(DataPaths(VALID / "targets.toml", VALID / "actuals.toml"))
    targets, actuals = inspection.targets_file, inspection.actuals_file
    assert targets is not None and actuals is not None
    planted = Dataset.from_files(
        targets.model_copy(
            update={
                "dataset": _planted(targets.dataset),
                **{
                    section: [_planted(e) for e in getattr(targets, section)]
                    for section in ("sources", "areas", "indicators", "targets")
                },
            }
        ),
        actuals.model_copy(update={"actuals": [_planted(a) for a in actuals.actuals]}),
    )
    found = find_dataset(VALID)
    monkeypatch.setattr(report, "read", lambda *args: (planted, found))
    # Served in place of the files: no output the files' own run kept may answer for it.
    monkeypatch.setenv("TZGOALS_NO_CACHE", "1")
    return planted


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["status", "--lang", "zh"],
        ["status", "--format", "markdown"],
        ["summary"],
        ["summary", "--format", "markdown"],
        ["diff"],
        ["diff", "--format", "markdown"],
        ["show", f"2024-gdp-growth{HOSTILE}"],
        ["show", f"2024-industry-share{HOSTILE}"],
        ["show", "no-such-goal" + HOSTILE],
        ["status", "--area", HOSTILE],
    ],
    ids=repr,
)
def test_escape_codes_in_the_data_reach_no_terminal(hostile: Dataset, command: list[str]) -> None:
    result = runner.invoke(app, command)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    shown = result.stdout + result.stderr
    assert not UNSAFE.search(shown), repr(UNSAFE.findall(shown))
    # Shown escaped, where a reader sees it (Rich drops a bell; Markdown escapes the bracket).
    assert "\\x1b" in shown and "PWNED" in shown


def test_the_hostile_dataset_is_refused_by_check(tmp_path: Path) -> None:
    """The same texts in a file: check names each at its line, and prints none of them raw."""
    for name in ("targets.toml", "actuals.toml"):
        text = (VALID / name).read_text(encoding="utf-8")
        escaped = HOSTILE.encode("unicode_escape").decode().replace("\\x", "\\u00")
        text = text.replace('name = "', f'name = "{escaped}', 1)
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'targets.toml'}:2: name: holds the control character U+001B" in (
        result.stdout
    )
    assert not UNSAFE.search(result.stdout + result.stderr)
