"""`tzgoals area add` through Typer's CliRunner: one [[areas]] entry appended, checked against
the whole dataset, or nothing written at all (the file's bytes compared)."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .files.conftest import VALID

runner = CliRunner(env={"LANG": "en_US.UTF-8"})


def invoke(*args: str) -> Result:
    """Run tzgoals; whatever the input, the outcome is an exit code, never a traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return shutil.copytree(VALID, tmp_path / "data")


def add(folder: Path, *args: str) -> Result:
    return invoke("area", "add", *args, "--data", str(folder))


def areas(folder: Path) -> list[dict[str, object]]:
    found = tomllib.loads((folder / "targets.toml").read_text(encoding="utf-8"))["areas"]
    assert isinstance(found, list)
    return found


def test_an_area_is_appended_every_byte_before_it_kept(folder: Path) -> None:
    before = (folder / "targets.toml").read_text(encoding="utf-8")
    result = add(
        folder, "growth", "--year", "2024", "--title", "地区生产总值", "--source", "plan.txt",
        "--quote", "地区生产总值增长5%", "--title-en", "Growth",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Added area growth of 2024" in result.stdout
    after = (folder / "targets.toml").read_text(encoding="utf-8")
    assert after.startswith(before)
    assert areas(folder)[-1] == {
        "id": "growth",
        "year": 2024,
        "title": "地区生产总值",
        "title_en": "Growth",
        "source": "plan.txt",
        "quote": "地区生产总值增长5%",
    }
    assert invoke("check", "--data", str(folder)).exit_code == 0


def test_a_taken_id_or_a_quote_not_in_the_source_writes_nothing(folder: Path) -> None:
    before = (folder / "targets.toml").read_bytes()
    taken = add(
        folder, "headline", "--year", "2024", "--title", "主要目标", "--source", "plan.txt",
        "--quote", "2024年主要目标",
    )  # fmt: skip
    assert taken.exit_code == 2
    assert "already in" in taken.stderr
    unquoted = add(
        folder, "other", "--year", "2024", "--title", "别的", "--source", "plan.txt",
        "--quote", "原文中没有的一句话",
    )  # fmt: skip
    assert unquoted.exit_code == 2
    assert "the quote is not in sources/plan.txt" in unquoted.stderr
    assert "the file is unchanged" in unquoted.stderr
    assert (folder / "targets.toml").read_bytes() == before


def test_an_empty_id_is_refused_in_words_not_a_traceback(folder: Path) -> None:
    before = (folder / "targets.toml").read_bytes()
    result = add(
        folder, "", "--year", "2024", "--title", "x", "--source", "plan.txt",
        "--quote", "2024年主要目标",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "id: must not be empty" in result.stderr
    assert (folder / "targets.toml").read_bytes() == before


def test_area_add_speaks_chinese(folder: Path) -> None:
    result = add(
        folder, "growth", "--year", "2024", "--title", "增长", "--source", "plan.txt",
        "--quote", "地区生产总值增长5%", "--lang", "zh",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "添加2024年的区域 growth" in result.stdout


def test_area_add_refuses_in_chinese_with_the_codes_words(folder: Path) -> None:
    """A refusal of area add is a problem with a code, worded in --lang: a taken id
    (TZ319), an empty id (TZ211, said of the new area), each closed by TZ501."""
    from tzgoals.problem_codes import ProblemCode
    from tzgoals.render.catalogue import Lang, problem_words
    from tzgoals.render.catalogue.problems_zh import PARTS

    before = (folder / "targets.toml").read_bytes()
    taken = add(
        folder, "headline", "--year", "2024", "--title", "主要目标", "--source", "plan.txt",
        "--quote", "2024年主要目标", "--lang", "zh",
    )  # fmt: skip
    assert taken.exit_code == 2
    assert "already in" not in taken.stderr
    assert "2024 年的领域 'headline'" in taken.stderr
    empty = add(
        folder, "", "--year", "2024", "--title", "x", "--source", "plan.txt",
        "--quote", "2024年主要目标", "--lang", "zh",
    )  # fmt: skip
    assert empty.exit_code == 2
    assert PARTS["new.areas"] in empty.stderr
    assert "must not be empty" not in empty.stderr
    for result in (taken, empty):
        assert problem_words(ProblemCode.NOTHING_WRITTEN, (), Lang.ZH) in result.stderr
    assert (folder / "targets.toml").read_bytes() == before
