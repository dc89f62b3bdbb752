"""`tzgoals import` reads CSV strictly and whole: a long text an export wrote comes back, and a
quote out of place is refused at the row it is in, nothing written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
#: Longer than the csv module's own limit of 131,072 characters a cell.
LONG = 200_000


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def starter_without_targets(folder: Path) -> DataPaths:
    """A fresh starter dataset whose targets were taken out, to import them back into."""
    assert invoke("init", str(folder)).exit_code == 0
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    targets.write_text(text.split("\n[[targets]]\n")[0], encoding="utf-8")
    (folder / "actuals.toml").write_text("# no results yet\n", encoding="utf-8")
    return DataPaths(targets, folder / "actuals.toml")


def exported_targets(tmp_path: Path, note: str) -> Path:
    """The starter's targets exported as CSV, the first one's note replaced by `note`."""
    source = tmp_path / "source"
    assert invoke("init", str(source)).exit_code == 0
    rows = list(
        csv.DictReader(io.StringIO(invoke("export", "targets", "--data", str(source)).stdout))
    )
    rows[0]["note"] = note
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "targets.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_a_text_longer_than_the_csv_module_s_limit_comes_back(tmp_path: Path) -> None:
    note = "长" * LONG
    csv_path = exported_targets(tmp_path, note)
    paths = starter_without_targets(tmp_path / "into")
    result = invoke(
        "import", str(csv_path), "--into", "targets", "--data", str(paths.targets.parent)
    )
    assert result.exit_code == 0, result.output
    (imported,) = load_dataset(paths).targets
    assert imported.note == note
    again = invoke("export", "targets", "--data", str(paths.targets.parent)).stdout
    assert next(csv.DictReader(io.StringIO(again)))["note"] == note


BROKEN_ROWS = [
    ("a quote never closed", '"never closed\n', 2),
    ("text after a closing quote", '"G"DP\n', 2),
]


@pytest.mark.parametrize(
    ("note", "line"),
    [case[1:] for case in BROKEN_ROWS],
    ids=[case[0] for case in BROKEN_ROWS],
)
def test_a_quote_out_of_place_is_refused_at_its_row_and_nothing_written(
    tmp_path: Path, note: str, line: int
) -> None:
    csv_path = exported_targets(tmp_path, "NOTE")
    lines = csv_path.read_text(encoding="utf-8").splitlines(keepends=True)
    # the first target's note as written by hand, the rows after it intact
    lines[1] = lines[1].replace("NOTE", note.rstrip("\n"))
    csv_path.write_text(
        "".join(lines) + lines[1].replace(note.rstrip("\n"), "fine"), encoding="utf-8"
    )
    paths = starter_without_targets(tmp_path / "into")
    before = paths.targets.read_bytes(), paths.actuals.read_bytes()
    result = invoke(
        "import", str(csv_path), "--into", "targets", "--data", str(paths.targets.parent)
    )
    assert result.exit_code == 2, result.output
    assert f"{csv_path}:{line}: CSV syntax error in the row that starts here" in result.output
    assert (paths.targets.read_bytes(), paths.actuals.read_bytes()) == before


def test_a_doubled_quote_inside_a_quoted_cell_is_a_quote(tmp_path: Path) -> None:
    csv_path = exported_targets(tmp_path, 'the "GDP" figure')
    assert '"the ""GDP"" figure"' in csv_path.read_text(encoding="utf-8")
    paths = starter_without_targets(tmp_path / "into")
    result = invoke(
        "import", str(csv_path), "--into", "targets", "--data", str(paths.targets.parent)
    )
    assert result.exit_code == 0, result.output
    (imported,) = load_dataset(paths).targets
    assert imported.note == 'the "GDP" figure'
