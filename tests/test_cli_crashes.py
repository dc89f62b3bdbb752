"""The "concurrency and crashes" family: what a command killed mid-write (kill -9) or stopped by
a full disk leaves behind is cleaned by the next run, or named by `check`, and a refused write
leaves the folder as it was."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tzgoals.cli import app
from tzgoals.files import atomic
from tzgoals.publish import BUNDLE

from .conftest import DATA
from .files.conftest import VALID

runner = CliRunner(env={"LANG": "en_US.UTF-8", "SOURCE_DATE_EPOCH": "1709281800"})


def invoke(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder with its bytes, but the empty lock files writers keep."""
    return {
        str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None
        for p in folder.rglob("*")
        if not p.name.endswith(".lock")
    }


def dataset(tmp_path: Path) -> Path:
    return shutil.copytree(VALID, tmp_path / "data")


def a_document(tmp_path: Path) -> Path:
    document = tmp_path / "new.txt"
    document.write_text("A new document\nsome text\n", encoding="utf-8")
    return document


# ---------------------------------------------------------------- leftovers, cleaned or named

Leftover = tuple[str, str]  # the folder (under tmp_path) and the name of a killed writer's file
Run = Callable[[Path], Result]


def publish_into(tmp_path: Path) -> Result:
    return invoke("publish", str(tmp_path / "site"), "--data", str(DATA))


def add_a_source(tmp_path: Path) -> Result:
    return invoke("source", "add", str(a_document(tmp_path)), "--data", str(tmp_path / "data"))


LEFTOVERS: list[tuple[str, Run, Leftover]] = [
    ("publish, first run killed", publish_into, ("site", ".index.html.tzgoals-k1ll3d.tmp")),
    ("publish, a later run killed", publish_into, ("site", ".goals.csv.tzgoals-k1ll3d.tmp")),
    ("source add killed", add_a_source, ("data/sources", ".plan.txt.tzgoals-k1ll3d.tmp")),
]


@pytest.mark.parametrize(
    ("run", "leftover"), [case[1:] for case in LEFTOVERS], ids=[case[0] for case in LEFTOVERS]
)
def test_the_next_run_removes_what_a_killed_one_left(
    tmp_path: Path, run: Run, leftover: Leftover
) -> None:
    dataset(tmp_path)
    folder, name = leftover
    if "goals.csv" in name:
        assert publish_into(tmp_path).exit_code == 0  # an earlier bundle
    (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    (tmp_path / folder / name).write_bytes(b"half a file")
    result = run(tmp_path)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / folder / name).exists()
    if folder == "site":
        assert sorted(p.name for p in (tmp_path / "site").iterdir()) == sorted(BUNDLE)


@pytest.mark.parametrize(
    "name",
    [
        ".index.html.bak",
        ".index.html.tzgoals-.tmp",
        "index.html.tzgoals-x.tmp",
        ".notes.tzgoals-x.tmp",
    ],
)
def test_publish_takes_only_its_own_temporary_files_for_leftovers(
    tmp_path: Path, name: str
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / name).write_bytes(b"mine")
    result = publish_into(tmp_path)
    assert result.exit_code == 2
    assert (site / name).read_bytes() == b"mine"
    assert [p.name for p in site.iterdir()] == [name]


def test_check_names_a_leftover_and_an_unlisted_text_in_sources(tmp_path: Path) -> None:
    data = dataset(tmp_path)
    (data / "sources" / ".plan.txt.tzgoals-k1ll3d.tmp").write_bytes(b"half")
    (data / "sources" / "forgotten.txt").write_text("a text nobody listed", encoding="utf-8")
    (data / "sources" / ".DS_Store").write_bytes(b"a desktop's own")
    result = invoke("check", "--data", str(data))
    assert result.exit_code == 0, result.output
    output = result.output.replace("\n", " ")
    assert ".plan.txt.tzgoals-k1ll3d.tmp: warning: a temporary file left by a tzgoals" in output
    assert "forgotten.txt: warning: is archived in sources/, but no [[sources]] entry" in output
    assert f"`tzgoals source add {data / 'sources' / 'forgotten.txt'}`" in output
    assert ".DS_Store" not in output
    listed = invoke("source", "add", str(data / "sources" / "forgotten.txt"), "--data", str(data))
    assert listed.exit_code == 0, listed.output
    after = invoke("check", "--data", str(data)).output
    assert "forgotten.txt: warning: is archived" not in after
    assert "tzgoals-k1ll3d" not in after


def test_check_json_names_an_unlisted_text_in_a_subfolder_with_its_table(tmp_path: Path) -> None:
    data = dataset(tmp_path)
    (data / "sources" / "2023").mkdir()
    (data / "sources" / "2023" / "plan.txt").write_text("text", encoding="utf-8")
    result = invoke("check", "--data", str(data), "--format", "json")
    assert result.exit_code == 0
    assert 'file = \\"2023/plan.txt\\"' in result.output


# ---------------------------------------------------------------- kill -9 at any moment


def killed_at_random(arguments: list[str], times: int) -> None:
    for _ in range(times):
        process = subprocess.Popen(
            [sys.executable, "-m", "tzgoals", *arguments],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(random.uniform(0.2, 2.0))
        process.send_signal(signal.SIGKILL)
        process.wait()


@pytest.mark.skipif(os.name != "posix", reason="kill -9 as POSIX has it")
def test_publish_killed_at_any_moment_never_blocks_the_next(tmp_path: Path) -> None:
    site = tmp_path / "site"
    killed_at_random(["publish", str(site), "--data", str(DATA)], times=3)
    result = publish_into(tmp_path)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in site.iterdir()) == sorted(BUNDLE)


@pytest.mark.skipif(os.name != "posix", reason="kill -9 as POSIX has it")
def test_source_add_killed_at_any_moment_leaves_nothing_after_the_next(tmp_path: Path) -> None:
    data = dataset(tmp_path)
    document = a_document(tmp_path)
    killed_at_random(["source", "add", str(document), "--data", str(data)], times=3)
    result = invoke("source", "add", str(document), "--data", str(data))
    assert result.exit_code in {0, 2}, result.output  # 2: a killed run had listed it already
    assert not [p for p in (data / "sources").iterdir() if p.name.startswith(".")]
    assert invoke("check", "--data", str(data)).exit_code == 0


# ---------------------------------------------------------------- a full disk


def disk_full_at(monkeypatch: pytest.MonkeyPatch, failing: int) -> None:
    """The `failing`-th flush to disk finds the disk full."""
    calls = 0
    real = os.fsync

    def fsync(descriptor: int) -> None:
        nonlocal calls
        calls += 1
        if calls == failing:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(descriptor)

    monkeypatch.setattr(atomic.os, "fsync", fsync)


@pytest.mark.parametrize("failing", [1, 2])
@pytest.mark.parametrize("with_sources", [True, False], ids=["sources/", "no sources/"])
def test_source_add_on_a_full_disk_leaves_the_folder_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: int, with_sources: bool
) -> None:
    data = dataset(tmp_path)
    if not with_sources:
        shutil.rmtree(data / "sources")
    document = a_document(tmp_path)
    before = tree(data)
    disk_full_at(monkeypatch, failing)
    result = invoke("source", "add", str(document), "--data", str(data))
    assert result.exit_code == 2, result.output
    assert "No space left on device" in result.output
    assert tree(data) == before


@pytest.mark.parametrize("failing", [1, 2, 3, 4])
@pytest.mark.parametrize("exists", [True, False], ids=["folder there", "new folder"])
def test_init_on_a_full_disk_writes_nothing_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: int, exists: bool
) -> None:
    folder = tmp_path / "new"
    if exists:
        folder.mkdir()
    disk_full_at(monkeypatch, failing)
    result = invoke("init", str(folder))
    assert result.exit_code == 2, result.output
    assert "nothing was written" in result.output or "No space left" in result.output
    assert tree(tmp_path) == ({"new": None} if exists else {})
