"""With --lang zh, no English word of ours: every word a reader sees comes from the Chinese
catalogue, whatever the command, the format, the width or the order.

The dataset is the shipped one without its English names and titles (name_en, title_en, which
the views show beneath the Chinese ones on purpose) but with its notes in both languages (note,
note_en): a Chinese reader must get the Chinese note. What may stay as it is (ids, units, file
names) is removed from the output before it is searched for the English catalogue's words, and
for a run of English words, which would be a sentence from the data.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tzgoals.cli import app
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import DataPaths
from tzgoals.render.catalogue.en import WORDS as EN

from ..conftest import DATA

ENGLISH_KEYS = re.compile(r"^(name_en|title_en) = .*\n", re.MULTILINE)
#: Three English words in a row: a sentence, or part of one, that no Chinese reader should get.
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[\s,'()-]+[A-Za-z]{2,}){2,}")
PLACES = re.compile(r"\{[a-z_]+\}")


def english_words() -> set[str]:
    """The words of the English catalogue, its named places left out."""
    return {
        word.lower()
        for text in EN.values()
        for word in re.findall(r"[A-Za-z]{2,}", PLACES.sub(" ", text))
    }


@pytest.fixture(scope="module")
def chinese_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("zh")
    for name in ("targets.toml", "actuals.toml"):
        text = (DATA / name).read_text(encoding="utf-8")
        (folder / name).write_text(ENGLISH_KEYS.sub("", text), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def kept_as_written(chinese_only: Path) -> list[str]:
    """Ids, units and file names, longest first, so that no shorter one cuts a longer one."""
    dataset = load_dataset(DataPaths(chinese_only / "targets.toml", chinese_only / "actuals.toml"))
    kept = {t.id for t in dataset.targets} | set(dataset.indicators) | set(dataset.sources)
    kept |= {a.id for a in dataset.areas}
    kept |= {u for t in dataset.targets if (u := t.unit)}
    kept |= {u for a in dataset.actuals.values() if (u := a.unit)}
    return sorted(kept, key=len, reverse=True)


def outputs(folder: Path) -> dict[str, str]:
    ids = [
        t.id
        for t in load_dataset(DataPaths(folder / "targets.toml", folder / "actuals.toml")).targets
    ]
    commands = {
        "status at 120": (["status"], 120),
        "status at 80": (["status"], 80),
        "status with ids": (["status", "--ids"], 120),
        "status at 50": (["status"], 50),
        "status sorted": (["status", "--sort", "gap", "--flag", "estimate"], 100),
        "status markdown": (["status", "--format", "markdown", "--ids"], 100),
        "status markdown sorted": (["status", "--format", "markdown", "--sort", "status"], 100),
        "summary": (["summary"], 100),
        "summary at 50": (["summary"], 50),
        "summary markdown": (["summary", "--format", "markdown"], 100),
        "diff": (["diff"], 100),
        "diff markdown": (["diff", "--format", "markdown"], 100),
        "diff of targets": (["diff", "--of", "targets"], 100),
        **{f"show {goal}": (["show", goal], 100) for goal in ids},
    }
    found = {}
    for name, (args, width) in commands.items():
        runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": str(width)})
        result = runner.invoke(app, [*args, "--lang", "zh", "--data", str(folder)])
        assert result.exit_code == 0, (name, result.output)
        found[name] = result.stdout
    return found


def test_no_english_word_of_ours_in_any_chinese_output(
    chinese_only: Path, kept_as_written: list[str]
) -> None:
    words = english_words()
    assert {"met", "missed", "unreported", "target", "attained", "pp"} <= words  # the test's reach
    leaks = {}
    for name, text in outputs(chinese_only).items():
        for kept in kept_as_written:
            text = text.replace(kept, " ")
        found = {w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() in words}
        if found:
            leaks[name] = sorted(found)
    assert leaks == {}


def test_no_english_sentence_in_any_chinese_output(
    chinese_only: Path, kept_as_written: list[str]
) -> None:
    """The notes are in the data twice, note and note_en: --lang zh shows the Chinese one."""
    dataset = load_dataset(DataPaths(chinese_only / "targets.toml", chinese_only / "actuals.toml"))
    assert sum(bool(t.note_en) for t in dataset.targets) >= 5  # the test's reach
    leaks = {}
    for name, text in outputs(chinese_only).items():
        for kept in kept_as_written:
            text = text.replace(kept, " ")
        if found := ENGLISH_RUN.findall(text):
            leaks[name] = found
    assert leaks == {}


def test_the_english_notes_would_be_caught(chinese_only: Path) -> None:
    """The same search finds the English notes in the English output."""
    runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "100"})
    out = runner.invoke(app, ["status", "--lang", "en", "--data", str(chinese_only)]).stdout
    assert "Neither article gives a 2023 income figure" in " ".join(out.split())
    assert ENGLISH_RUN.search(out)


def test_the_english_side_would_be_caught(chinese_only: Path) -> None:
    """The same search finds the English words in the English output."""
    runner = CliRunner(env={"LANG": "en_US.UTF-8", "COLUMNS": "100"})
    out = runner.invoke(app, ["status", "--lang", "en", "--data", str(chinese_only)]).stdout
    found = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", out)}
    assert {"status", "goal", "target", "unreported", "coverage"} <= found & english_words()
