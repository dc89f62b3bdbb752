"""The tutorial, "Build a dataset for another place" (docs/tutorial.md, the README's walk-through
until it moved there), run command for command as printed, so that it cannot fall out of step
with the tool."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

TUTORIAL = REPO / "docs" / "tutorial.md"
GUANGDONG = Path("tests") / "datasets" / "guangdong-2023" / "sources"


def section() -> str:
    """The whole page: the tutorial is all of it."""
    return TUTORIAL.read_text(encoding="utf-8")


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", section(), re.DOTALL)


def test_the_walk_through_runs_as_printed_and_scores_the_new_place(tmp_path: Path) -> None:
    # A checkout's layout: the documents where the commands look for them, nothing else.
    shutil.copytree(REPO / GUANGDONG, tmp_path / GUANGDONG)
    script = "set -euo pipefail\n" + "".join(blocks("sh"))
    tzgoals = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{tzgoals}{os.pathsep}{os.environ['PATH']}", "COLUMNS": "100"}
    env.pop("TZGOALS_DATA", None)
    done = subprocess.run(
        ["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    folder = tmp_path / "guangdong"
    checked = done.stderr.splitlines()
    assert checked[-1] == (
        f"no problems in {folder / 'targets.toml'} and {folder / 'actuals.toml'}; "
        "6 quotes found in the archived texts"
    )
    assert "example shipped with tzgoals" not in done.stdout + done.stderr
    # The output the section shows is the output the last command gave.
    (shown,) = blocks("text")
    last = done.stdout[done.stdout.rindex("Guangdong Province: targets for 2023") :]
    for line in shown.splitlines():
        if line != "…":
            assert line in last.splitlines(), line
    assert sorted(p.name for p in (folder / "sources").iterdir()) == [
        "gd-2023-targets.txt",
        "gd-2024-review.txt",
    ]


def test_every_command_of_the_section_is_in_a_block_that_runs() -> None:
    """A command shown outside an sh block would not be run by the test above."""
    outside = re.sub(r"```.*?```", "", section(), flags=re.DOTALL)
    assert not re.search(r"^\s*tzgoals ", outside, re.MULTILINE)
    assert len(blocks("sh")) == 5
