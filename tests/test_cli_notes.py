"""Notes in two languages, as names are: `note` in the dataset's own language, `note_en` in
English; --lang chooses, and a note given in one language only is shown in either, so that a
dataset written before `note_en` (its `note` English) reads as it did."""

from __future__ import annotations

import csv
import io
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.render.catalogue import Lang, in_lang

from .conftest import DATA

runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "100"})
GOAL = "2023-income-in-step-with-growth"
NOTE_ZH = "两篇文章都没有给出2023年的收入数字或判断"
NOTE_EN = "Neither article gives a 2023 income figure or judgement"
#: A note and its English, as the shipped data writes them.
PAIR = re.compile(r'^note = "[^"\n]*"\nnote_en = ("[^"\n]*")$', re.MULTILINE)
#: A document for recording a result no real document gives.
MADE_UP = "notes-for-tests.txt"


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def copy_with(tmp_path: Path, replacement: str) -> Path:
    """The shipped dataset with each note pair rewritten (\\1 is the English note, quoted)."""
    folder = Path(shutil.copytree(DATA, tmp_path / "data"))
    for name in ("targets.toml", "actuals.toml"):
        path = folder / name
        path.write_text(PAIR.sub(replacement, path.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def flat(text: str) -> str:
    """Output with its line breaks and padding gone, so that a wrapped note reads whole."""
    return "".join(text.split())


@pytest.mark.parametrize(
    ("lang", "shown", "not_shown"), [("zh", NOTE_ZH, NOTE_EN), ("en", NOTE_EN, NOTE_ZH)]
)
@pytest.mark.parametrize("command", [["status"], ["show", GOAL], ["status", "-f", "markdown"]])
def test_lang_chooses_the_note(command: list[str], lang: str, shown: str, not_shown: str) -> None:
    result = invoke(*command, "--lang", lang, "--data", str(DATA))
    assert result.exit_code == 0, result.output
    assert flat(shown) in flat(result.stdout)
    assert flat(not_shown) not in flat(result.stdout)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_note_written_before_note_en_is_shown_in_either_language(
    tmp_path: Path, lang: str
) -> None:
    """A dataset whose `note` is English, as the shipped one was, shows it as it did."""
    folder = copy_with(tmp_path, r"note = \1")
    assert "note_en =" not in (folder / "targets.toml").read_text(encoding="utf-8")
    for command in (["status"], ["show", GOAL]):
        result = invoke(*command, "--lang", lang, "--data", str(folder))
        assert result.exit_code == 0, result.output
        assert flat(NOTE_EN) in flat(result.stdout)


def test_a_note_given_in_english_only_is_shown_to_a_chinese_reader(tmp_path: Path) -> None:
    """Never nothing: without `note`, --lang zh falls back to `note_en`."""
    folder = copy_with(tmp_path, r"note_en = \1")
    result = invoke("show", GOAL, "--lang", "zh", "--data", str(folder))
    assert result.exit_code == 0, result.output
    assert flat(NOTE_EN) in flat(result.stdout)


@given(zh=st.text(max_size=5), en=st.text(max_size=5), lang=st.sampled_from(Lang))
def test_a_text_is_shown_in_the_language_chosen_else_in_the_other(
    zh: str, en: str, lang: Lang
) -> None:
    shown = in_lang(zh, en, lang)
    chosen, other = (zh, en) if lang is Lang.ZH else (en, zh)
    assert shown == (chosen or other)


def test_the_csv_gives_both_notes() -> None:
    result = invoke("status", "--data", str(DATA), "-f", "csv")
    (row,) = [r for r in csv.DictReader(io.StringIO(result.stdout)) if r["id"] == GOAL]
    assert row["note"].startswith(NOTE_ZH)
    assert row["note_en"].startswith(NOTE_EN)


def test_the_page_gives_each_note_in_both_languages_each_marked() -> None:
    page = invoke("status", "--data", str(DATA), "-f", "html").stdout
    assert f'<span class="t" lang="zh">{NOTE_ZH}' in page
    assert f'<span class="t" lang="en">{NOTE_EN}' in page


def test_the_page_marks_a_note_in_one_language_by_its_script(tmp_path: Path) -> None:
    folder = copy_with(tmp_path, r"note = \1")
    page = invoke("status", "--data", str(folder), "-f", "html").stdout
    assert f'<p class="note" lang="en">{NOTE_EN}' in page


def test_record_writes_the_english_note_after_the_note(tmp_path: Path) -> None:
    folder = Path(shutil.copytree(DATA, tmp_path / "data"))
    (folder / "sources" / MADE_UP).write_text("地区生产总值1590亿元。\n", encoding="utf-8")
    with (folder / "targets.toml").open("a", encoding="utf-8") as stream:
        stream.write(f'\n[[sources]]\nfile = "{MADE_UP}"\ntitle = "Notes for the tests"\n')
    result = invoke(
        "record",
        *("gdp", "1590", "--year", "2022", "--unit", "亿元", "--source", MADE_UP),
        *("--quote", "地区生产总值1590亿元", "--estimate"),
        *("--note", "预计数。", "--note-en", "An estimate."),
        *("--data", str(folder)),
    )
    assert result.exit_code == 0, result.output
    text = (folder / "actuals.toml").read_text(encoding="utf-8")
    assert text.endswith('note = "预计数。"\nnote_en = "An estimate."\n')
    recorded = load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml"))
    entry = recorded.actuals[("gdp", 2022)]
    assert (entry.value, entry.note, entry.note_en) == (Decimal(1590), "预计数。", "An estimate.")


def test_export_and_import_carry_the_english_note(tmp_path: Path) -> None:
    exported = invoke("export", "targets", "--data", str(DATA)).stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    with_notes = [r for r in rows if r["note_en"]]
    assert with_notes and all(r["note"] for r in with_notes)
    folder = tmp_path / "new"
    shutil.copytree(DATA / "sources", folder / "sources")
    (folder / "targets.toml").write_text('[dataset]\nname = "导入"\n', encoding="utf-8")
    (folder / "actuals.toml").write_text("", encoding="utf-8")
    for table in ("sources", "areas", "indicators", "targets"):
        file = tmp_path / f"{table}.csv"
        file.write_text(invoke("export", table, "--data", str(DATA)).stdout, encoding="utf-8")
        result = invoke("import", str(file), "--into", table, "--data", str(folder))
        assert result.exit_code == 0, (table, result.output)
    imported = load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml"))
    shipped = load_dataset(DataPaths(DATA / "targets.toml", DATA / "actuals.toml"))
    notes = {t.id: (t.note, t.note_en) for t in shipped.targets if t.note}
    assert {t.id: (t.note, t.note_en) for t in imported.targets if t.note} == notes
