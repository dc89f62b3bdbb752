"""Look-alike ids: an id (or a source's file name) holding a character that shows as nothing,
or a control character, is refused wherever it is written, at its line, with the id it
reads as; so two ids that look the same can never both be accepted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
#: The characters that show as nothing which the hunt found accepted in ids.
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u180e"]


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DATA, tmp_path / "data"))


def _look_alike(folder: Path, invisible: str) -> int:
    """Add a second target whose id is the first's with `invisible` inside; its line."""
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    start = text.index('[[targets]]\nid = "2023-gdp-growth"')
    entry = text[start : text.index("\n\n", start)]
    copy = entry.replace('"2023-gdp-growth"', f'"2023-gdp{invisible}-growth"')
    targets.write_text(text + "\n" + copy + "\n", encoding="utf-8")
    return text.count("\n") + 3  # the blank line, the header, then the id


@pytest.mark.parametrize("invisible", INVISIBLE)
def test_check_refuses_an_id_that_differs_only_by_an_invisible_character(
    folder: Path, invisible: str
) -> None:
    line = _look_alike(folder, invisible)
    result = invoke("check", "--data", str(folder))
    assert result.exit_code == 1
    code = f"U+{ord(invisible):04X}"
    assert f"targets.toml:{line}: id: holds the invisible character {code}" in result.output
    assert "it reads as '2023-gdp-growth'" in result.output
    assert invoke("status", "--data", str(folder), "--ids").exit_code == 2


@pytest.mark.parametrize("invisible", ["\u200b", "\u202e"])
def test_record_refuses_a_look_alike_indicator_and_leaves_the_file(
    folder: Path, invisible: str
) -> None:
    before = (folder / "actuals.toml").read_bytes()
    result = invoke(
        "record",
        *(f"gdp{invisible}-growth", "5.3", "--year", "2024", "--unit", "%", "--data", str(folder)),
        *("--source", "000_ba23479a29e53de9.txt", "--quote", "地区生产总值增长6%"),
    )
    assert result.exit_code == 2
    assert f"U+{ord(invisible):04X}" in result.output
    assert (folder / "actuals.toml").read_bytes() == before


def test_import_refuses_a_look_alike_target_id(folder: Path, tmp_path: Path) -> None:
    exported = invoke("export", "targets", "--data", str(folder))
    assert exported.exit_code == 0
    rows = exported.stdout.splitlines()
    rows[1] = rows[1].replace("2023-gdp-growth", "2023-gdp\u2060-growth", 1)
    csv_file = tmp_path / "targets.csv"
    csv_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    before = (folder / "targets.toml").read_bytes()
    result = invoke("import", str(csv_file), "--into", "targets", "--data", str(folder))
    assert result.exit_code == 2
    assert "U+2060" in result.output
    assert (folder / "targets.toml").read_bytes() == before


def test_a_source_file_name_may_be_chinese_but_not_invisible(folder: Path) -> None:
    targets = folder / "targets.toml"
    text = targets.read_text(encoding="utf-8")
    (folder / "sources" / "政府工作报告.txt").write_text("地区生产总值增长6%\n", encoding="utf-8")
    listed = '\n[[sources]]\nfile = "政府工作报告.txt"\ntitle = "政府工作报告"\n'
    targets.write_text(text + listed, encoding="utf-8")
    assert "U+" not in invoke("check", "--data", str(folder)).stderr
    targets.write_text(text + listed.replace("政府", "政\u200b府", 1), encoding="utf-8")
    result = invoke("check", "--data", str(folder))
    assert "file: holds the invisible character U+200B" in result.output
