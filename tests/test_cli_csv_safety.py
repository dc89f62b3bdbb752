"""CSV a spreadsheet opens safely: text that would run as a formula is quoted with ', numbers
stay numbers, and --bom gives Excel its byte-order mark without breaking the CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
YEAR = date.today().year - 1  # the year `init` writes its starter for


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert result.exit_code == 0, result.output
    return result


def replace_lines(path: Path, *pairs: tuple[str, str]) -> None:
    text = path.read_text(encoding="utf-8")
    for old, new in pairs:
        assert f"\n{old}\n" in text, old
        text = text.replace(f"\n{old}\n", f"\n{new}\n", 1)
    path.write_text(text, encoding="utf-8")


def dataset(folder: Path, name: str = "GDP growth of at least 8.2%") -> Path:
    """The starter with its target raised from 5% to 8.2% (the result is 5.2%: 3 points short)
    and the target's name replaced."""
    invoke("init", str(folder))
    replace_lines(
        folder / "targets.toml",
        ("value = 5", "value = 8.2"),
        ('name = "GDP growth of at least 5%"', f"name = {json.dumps(name, ensure_ascii=False)}"),
    )
    return folder


def status_rows(folder: Path, *args: str) -> list[dict[str, str]]:
    out = invoke("status", "--data", str(folder), "--format", "csv", *args).stdout
    return list(csv.DictReader(io.StringIO(out)))


@pytest.mark.parametrize(
    "name",
    [
        '=HYPERLINK("http://example.com","GDP")',
        "+5% GDP growth",
        "-3 points off the target",
        "@SUM(A1:A9)",
    ],
)
def test_a_name_a_spreadsheet_would_run_is_quoted(tmp_path: Path, name: str) -> None:
    (row,) = status_rows(dataset(tmp_path, name))
    assert row["name"] == "'" + name
    # The numbers around it are untouched: 5.2 against 8.2 is 3 short, 63.41% attained.
    assert (row["target"], row["actual"], row["status"]) == ("8.2", "5.2", "missed")
    assert (row["gap"], row["attainment"], row["year"]) == ("-3", "0.6341", str(YEAR))
    assert row["reason"] == "5.2% < 8.2% (estimate)"


def test_a_name_without_a_trigger_is_not_quoted(tmp_path: Path) -> None:
    (row,) = status_rows(dataset(tmp_path, "GDP growth: = 8.2% - or more"))
    assert row["name"] == "GDP growth: = 8.2% - or more"


def test_every_text_column_is_quoted_and_numbers_never_are(tmp_path: Path) -> None:
    folder = dataset(tmp_path, "=1+1")
    replace_lines(
        folder / "targets.toml",
        ('title = "Economy"', 'title = "@Economy"'),
        ('quote = "GDP will grow by at least 5%."', 'quote = "-GDP will grow by 8.2%."'),
        ('name = "=1+1"', 'name = "=1+1"\nname_en = "\\tTabbed"\nnote = "+a note"'),
    )
    replace_lines(
        folder / "actuals.toml",
        ("value = 5.2", "value = -1.5"),
        ('quote = "GDP is expected to have grown by 5.2%."', 'quote = "=GDP fell by 1.5%."'),
    )
    (row,) = status_rows(folder)
    assert row["name"] == "'=1+1"
    assert row["name_en"] == "'\tTabbed"
    assert row["area_title"] == "'@Economy"
    assert row["quote"] == "'-GDP will grow by 8.2%."
    assert row["actual_quote"] == "'=GDP fell by 1.5%."
    assert row["note"] == "'+a note"
    assert row["reason"].startswith("'-1.5% < 8.2%")  # text that starts with a minus
    # Negative figures are numbers, written plainly: -1.5 - 8.2 = -9.7 short.
    assert (row["actual"], row["actual_as_reported"], row["gap"]) == ("-1.5", "-1.5", "-9.7")
    assert row["attainment"] == str(round(-1.5 / 8.2, 4))  # -0.1829
    assert (row["status"], row["id"], row["area"]) == ("missed", f"{YEAR}-gdp-growth", "economy")


def test_json_keeps_the_text_as_it_is(tmp_path: Path) -> None:
    folder = dataset(tmp_path, "=1+1")
    out = invoke("status", "--data", str(folder), "--format", "json").stdout
    (item,) = json.loads(out)
    assert item["name"] == "=1+1"
    assert item["gap"] == -3


def test_export_csv_is_quoted_the_same_way(tmp_path: Path) -> None:
    folder = dataset(tmp_path, "@SUM(A1:A9)")
    out = invoke("export", "targets", "--data", str(folder)).stdout
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["name"] == "'@SUM(A1:A9)"
    assert row["value"] == "8.2"


def test_diff_csv_quotes_a_name_and_keeps_a_negative_change_plain(tmp_path: Path) -> None:
    folder = dataset(tmp_path / "data")
    replace_lines(folder / "targets.toml", ('name = "GDP growth"', 'name = "-GDP growth"'))
    earlier = tmp_path / "review-earlier.txt"  # a document written for this test
    earlier.write_text(
        "Example County: a review of the year before. GDP grew by 7.2%.\n", encoding="utf-8"
    )
    invoke("source", "add", str(earlier), "--data", str(folder))
    invoke(
        "record", "gdp-growth", "7.2", "--year", str(YEAR - 1), "--unit", "%",
        "--source", earlier.name, "--quote", "GDP grew by 7.2%.",
        "--data", str(folder),
    )  # fmt: skip
    out = invoke("diff", "--data", str(folder), "--format", "csv").stdout
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["name"] == "'-GDP growth"
    # 7.2% then 5.2%: down 2 points, worse for a higher-is-better indicator.
    assert (row["from_value"], row["to_value"], row["change"]) == ("7.2", "5.2", "-2")
    assert row["direction"] == "worse"


# ---------------------------------------------------------------- --bom


@pytest.mark.parametrize("data", ["shipped", "starter"])
def test_status_csv_with_bom_starts_with_it_once_and_still_parses(
    tmp_path: Path, data: str
) -> None:
    folder = DATA if data == "shipped" else dataset(tmp_path, "=1+1")
    plain = invoke("status", "--data", str(folder), "--format", "csv")
    marked = invoke("status", "--data", str(folder), "--format", "csv", "--bom")
    assert marked.stdout.startswith("\ufeff")
    assert marked.stdout_bytes.startswith(b"\xef\xbb\xbfid,indicator,")
    assert marked.stdout.count("\ufeff") == 1
    assert marked.stdout == "\ufeff" + plain.stdout
    rows = list(csv.DictReader(io.StringIO(marked.stdout_bytes.decode("utf-8-sig"))))
    assert rows == list(csv.DictReader(io.StringIO(plain.stdout)))
    assert rows and list(rows[0])[:2] == ["id", "indicator"]
    assert len(rows) == (36 if data == "shipped" else 1)


def test_bom_does_not_touch_json(tmp_path: Path) -> None:
    out = invoke("status", "--data", str(DATA), "--format", "json", "--bom").stdout
    assert not out.startswith("\ufeff")
    assert len(json.loads(out)) == 36
