"""Terminal tables print the data as written: brackets and colons in it are not Rich markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "200"})

#: A closing tag with nothing open made Rich raise MarkupError; `:thumbs_up:` became an emoji.
LOOKS_LIKE_MARKUP = "[/x] [bold]:thumbs_up: "


@pytest.fixture()
def marked_up_data(tmp_path: Path) -> Path:
    """The shipped dataset with markup-like text before every quote and note."""
    for name in ("targets.toml", "actuals.toml"):
        text = (DATA / name).read_text(encoding="utf-8")
        for key in ("quote", "note"):
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
