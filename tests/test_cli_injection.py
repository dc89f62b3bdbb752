"""The HTML and CSV injection family: text from a dataset (names, notes, quotes, titles) that a
browser would run as markup or a spreadsheet as a formula, through every format for programs
and every page. CSV guards it with a `'`, JSON carries it exactly, HTML and Markdown escape it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from markupsafe import escape
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.spreadsheet import guard_formula

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "120"})

PAYLOADS = [
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.com","GDP")',
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A9)",
    "\tTabbed",
    "'=guarded already",
    "</td></tr><tr><td>forged row",
    "a | markdown | pipe [x](javascript:alert(1))",
]
#: The text columns of `status` rows that come straight from the dataset.
STATUS_TEXTS = ("name", "name_en", "note", "area_title", "area_title_en", "quote", "actual_quote")


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string


def planted(folder: Path, payload: str) -> Path:
    """The starter dataset with `payload` as every text a reader is shown, and a second year
    of results so that `diff` has rows."""
    assert invoke("init", str(folder)).exit_code == 0
    text = (folder / "targets.toml").read_text(encoding="utf-8")
    value = toml_string(payload)
    for old, new in [
        (
            'name = "GDP growth of at least 5%"',
            f"name = {value}\nname_en = {value}\nnote = {value}",
        ),
        ('title = "Economy"', f"title = {value}\ntitle_en = {value}"),
        ('quote = "GDP will grow by at least 5%."', f"quote = {value}"),
        ('name = "GDP growth"\nunit', f"name = {value}\nname_en = {value}\nunit"),
    ]:
        assert old in text, old
        text = text.replace(old, new, 1)
    (folder / "targets.toml").write_text(text, encoding="utf-8")
    actuals = (folder / "actuals.toml").read_text(encoding="utf-8")
    old_quote = 'quote = "GDP is expected to have grown by 5.2%."'
    assert old_quote in actuals
    actuals = actuals.replace(old_quote, f"quote = {value}", 1)
    year = int(text.split("\nyear = ", 1)[1].split("\n", 1)[0])
    actuals += (
        f'\n[[actuals]]\nindicator = "gdp-growth"\nyear = {year - 1}\nvalue = 4\nunit = "%"\n'
        f'name = {value}\nsource = "review-{year}.txt"\nquote = {value}\n'
    )
    (folder / "actuals.toml").write_text(actuals, encoding="utf-8")
    return folder


@pytest.fixture(params=PAYLOADS, ids=range(len(PAYLOADS)))
def dataset(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    return planted(tmp_path / "data", request.param), request.param


def csv_rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out)))


def assert_html_safe(page: str, payload: str) -> None:
    if "<" in payload:
        assert payload not in page
        assert str(escape(payload)) in page
    assert "<script>alert" not in page and "<img src=x" not in page


def test_status_csv_guards_every_text_and_json_keeps_it(dataset: tuple[Path, str]) -> None:
    folder, payload = dataset
    csv_out = invoke("status", "--data", str(folder), "--format", "csv")
    json_out = invoke("status", "--data", str(folder), "--format", "json")
    assert (csv_out.exit_code, json_out.exit_code) == (0, 0)
    (row,) = csv_rows(csv_out.stdout)
    (item,) = json.loads(json_out.stdout)
    for column in STATUS_TEXTS:
        assert row[column] == guard_formula(payload), column
        assert item[column] == payload, column


@pytest.mark.parametrize("command", ["status", "diff"])
def test_pages_escape_every_text(dataset: tuple[Path, str], command: str) -> None:
    folder, payload = dataset
    result = invoke(command, "--data", str(folder), "--format", "html")
    assert result.exit_code == 0, result.output
    assert_html_safe(result.stdout, payload)


@pytest.mark.parametrize("command", ["status", "summary", "diff"])
def test_markdown_shows_markup_as_text(dataset: tuple[Path, str], command: str) -> None:
    folder, _ = dataset
    result = invoke(command, "--data", str(folder), "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert "<script>" not in result.stdout and "<img " not in result.stdout
    assert re.search(r"(?<!\\)\]\(javascript:", result.stdout) is None  # a link only if unescaped


def test_diff_csv_guards_and_json_keeps(dataset: tuple[Path, str]) -> None:
    folder, payload = dataset
    rows = csv_rows(invoke("diff", "--data", str(folder), "--format", "csv").stdout)
    items = json.loads(invoke("diff", "--data", str(folder), "--format", "json").stdout)
    assert [(r["name"], r["name_en"]) for r in rows] == [(guard_formula(payload),) * 2]
    assert [(i["name"], i["name_en"]) for i in items] == [(payload, payload)]


@pytest.mark.parametrize("table", ["targets", "actuals", "areas", "indicators"])
def test_export_guards_csv_and_keeps_json(dataset: tuple[Path, str], table: str) -> None:
    folder, payload = dataset
    rows = csv_rows(invoke("export", table, "--data", str(folder)).stdout)
    items = json.loads(invoke("export", table, "--data", str(folder), "-f", "json").stdout)
    guarded = guard_formula(payload)
    assert any(guarded in row.values() for row in rows)
    assert all(payload not in row.values() for row in rows) or guarded == payload
    assert any(payload in item.values() for item in items)


def test_publish_guards_its_csv_and_escapes_its_page(
    dataset: tuple[Path, str], tmp_path: Path
) -> None:
    folder, payload = dataset
    site = tmp_path / "site"
    assert invoke("publish", str(site), "--data", str(folder)).exit_code == 0
    (row,) = csv_rows((site / "goals.csv").read_text(encoding="utf-8-sig"))
    (item,) = json.loads((site / "goals.json").read_text(encoding="utf-8"))
    for column in STATUS_TEXTS:
        assert row[column] == guard_formula(payload), column
        assert item[column] == payload, column
    assert_html_safe((site / "index.html").read_text(encoding="utf-8"), payload)


@pytest.mark.parametrize("payload", ["\rCR first", "name\r=cmd()", "\x1b[31mred"])
def test_a_control_character_in_a_text_is_refused_before_any_format(
    tmp_path: Path, payload: str
) -> None:
    folder = planted(tmp_path / "data", payload)
    targets = (folder / "targets.toml").read_bytes()
    for output_format in ("csv", "json", "html"):
        result = invoke("status", "--data", str(folder), "--format", output_format)
        assert (result.exit_code, result.stdout) == (2, "")
        assert "\r" not in result.stderr and "\x1b" not in result.stderr
    assert (folder / "targets.toml").read_bytes() == targets
