"""Expected output of `status`, kept as files and compared byte for byte (test_golden.py).

Each case is a command line and the terminal width it is printed at. After a change to what
`status` prints, regenerate the files with `python scripts/make_golden.py`, then read the diff
line by line before committing it: these files are the review of the output.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from typer.testing import CliRunner

from tzgoals.cli import app

FOLDER = Path(__file__).resolve().parent
DATA = FOLDER.parent.parent / "data"


class Case(NamedTuple):
    name: str
    args: tuple[str, ...]
    columns: int

    @property
    def path(self) -> Path:
        return FOLDER / self.name


CASES = [
    *(
        Case(f"status-{width}-{lang}.txt", ("status", "--lang", lang), width)
        for width in (120, 80, 50)
        for lang in ("en", "zh")
    ),
    *(
        Case(f"status-{lang}.md", ("status", "--format", "markdown", "--lang", lang), 100)
        for lang in ("en", "zh")
    ),
]


def produce(case: Case) -> str:
    """What the command prints into a pipe of `case.columns` columns."""
    runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": str(case.columns)})
    result = runner.invoke(app, [*case.args, "--data", str(DATA)])
    if result.exit_code != 0:
        raise RuntimeError(f"{' '.join(case.args)} failed: {result.output}")
    return result.stdout
