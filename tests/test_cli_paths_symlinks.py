"""The "paths and symlinks" family: an archived text is a file inside the dataset's own
sources/ folder, never one a symbolic link leads to elsewhere, whatever command reads or writes
it. Each case builds one arrangement of links and runs the CLI on it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app

from .files.conftest import VALID

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links as POSIX has them")

runner = CliRunner(env={"LANG": "en_US.UTF-8"})
SECRET = "machine example.com login me password hunter2"
PLAN_QUOTE = "地区生产总值增长5%"


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def outside_copy(tmp_path: Path, name: str) -> Path:
    """The text of sources/NAME, with a secret line, in a folder beside the dataset."""
    outside = tmp_path / "outside"
    outside.mkdir(exist_ok=True)
    text = (VALID / "sources" / name).read_text(encoding="utf-8")
    (outside / name).write_text(f"{SECRET}\n{text}", encoding="utf-8")
    return outside / name


def link_one_text_out(tmp_path: Path, data: Path) -> None:
    """sources/plan.txt a link to a file outside the dataset."""
    target = outside_copy(tmp_path, "plan.txt")
    (data / "sources" / "plan.txt").unlink()
    (data / "sources" / "plan.txt").symlink_to(target)


def link_the_folder_out(tmp_path: Path, data: Path) -> None:
    """sources/ itself a link to a folder outside the dataset, holding both texts."""
    for name in ("plan.txt", "review.txt"):
        outside_copy(tmp_path, name)
    shutil.rmtree(data / "sources")
    (data / "sources").symlink_to(tmp_path / "outside", target_is_directory=True)


def link_a_subfolder_out(tmp_path: Path, data: Path) -> None:
    """sources/plan.txt a link into a subfolder that is itself a link out of the dataset."""
    outside_copy(tmp_path, "plan.txt")
    (data / "sources" / "plan.txt").unlink()
    (data / "sources" / "in").symlink_to(tmp_path / "outside", target_is_directory=True)
    (data / "sources" / "plan.txt").symlink_to(Path("in") / "plan.txt")


def quote_the_secret(tmp_path: Path, data: Path) -> None:
    """A quote taken from the outside text through a link, which must not count as found."""
    link_one_text_out(tmp_path, data)
    targets = data / "targets.toml"
    text = targets.read_text(encoding="utf-8").replace(PLAN_QUOTE, SECRET, 1)
    targets.write_text(text, encoding="utf-8")


def link_inside_sources(tmp_path: Path, data: Path) -> None:
    """sources/plan.txt a link to another file inside sources/: harmless, and read."""
    inner = data / "sources" / "kept"
    inner.mkdir()
    (data / "sources" / "plan.txt").rename(inner / "plan.txt")
    (data / "sources" / "plan.txt").symlink_to(Path("kept") / "plan.txt")


Arrangement = Callable[[Path, Path], None]

CHECK_CASES: list[tuple[Arrangement, int, str]] = [
    (link_one_text_out, 1, "leads out of the dataset's sources/ folder"),
    (link_the_folder_out, 1, "is a symbolic link; archived texts are read and written only"),
    (link_a_subfolder_out, 1, "leads out of the dataset's sources/ folder"),
    (quote_the_secret, 1, "leads out of the dataset's sources/ folder"),
    (link_inside_sources, 0, "no problems"),
]


@pytest.mark.parametrize(
    ("arrange", "code", "says"), CHECK_CASES, ids=[case[0].__name__ for case in CHECK_CASES]
)
def test_check_reads_no_text_a_link_leads_to_outside_sources(
    tmp_path: Path, arrange: Arrangement, code: int, says: str
) -> None:
    data = shutil.copytree(VALID, tmp_path / "data")
    arrange(tmp_path, data)
    for output in ("text", "json"):
        result = invoke("check", "--data", str(data), "--format", output)
        assert result.exit_code == code, result.output
        assert SECRET not in result.output and "hunter2" not in result.output
    assert says in invoke("check", "--data", str(data)).output.replace("\n", " ")


def test_a_quote_from_an_outside_text_is_not_found_evidence(tmp_path: Path) -> None:
    data = shutil.copytree(VALID, tmp_path / "data")
    quote_the_secret(tmp_path, data)
    result = invoke("check", "--data", str(data))
    assert result.exit_code == 1
    assert "quotes found" in result.output
    assert "5 quotes found" not in result.output  # the secret's quote is not among them


def test_record_refuses_a_quote_from_an_outside_text(tmp_path: Path) -> None:
    data = shutil.copytree(VALID, tmp_path / "data")
    link_one_text_out(tmp_path, data)
    before = (data / "actuals.toml").read_bytes()
    result = invoke(
        "record", "gdp-growth", "5", "--year", "2022", "--unit", "%", "--source", "plan.txt",
        "--quote", "hunter2", "--data", str(data),
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert (data / "actuals.toml").read_bytes() == before
    assert SECRET not in result.output


@pytest.mark.parametrize("arrange", [link_the_folder_out, link_one_text_out])
def test_source_add_writes_nothing_through_a_link(tmp_path: Path, arrange: Arrangement) -> None:
    data = shutil.copytree(VALID, tmp_path / "data")
    arrange(tmp_path, data)
    document = tmp_path / "plan.txt"  # the name of the linked text
    document.write_text("一份新文件\n地区生产总值增长5%\n", encoding="utf-8")
    outside_before = sorted((tmp_path / "outside").iterdir())
    outside_bytes = {p: p.read_bytes() for p in outside_before}
    targets_before = (data / "targets.toml").read_bytes()
    result = invoke("source", "add", str(document), "--data", str(data))
    assert result.exit_code == 2, result.output
    assert "symbolic link" in result.output
    assert (data / "targets.toml").read_bytes() == targets_before
    assert sorted((tmp_path / "outside").iterdir()) == outside_before
    assert {p: p.read_bytes() for p in outside_before} == outside_bytes


def test_source_add_writes_nothing_into_a_linked_folder_even_for_a_new_name(
    tmp_path: Path,
) -> None:
    data = shutil.copytree(VALID, tmp_path / "data")
    link_the_folder_out(tmp_path, data)
    document = tmp_path / "new.txt"
    document.write_text("A new document\nsome text\n", encoding="utf-8")
    result = invoke("source", "add", str(document), "--data", str(data))
    assert result.exit_code == 2, result.output
    assert not (tmp_path / "outside" / "new.txt").exists()
