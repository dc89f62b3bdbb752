"""Atomic replacement: a failed or refused write leaves the file as it was, and no temporary;
writers serialise; a file that may not be replaced is refused; mode, owner and group are kept."""

from __future__ import annotations

import fcntl
import os
import pickle
import random
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tzgoals.files import append, atomic
from tzgoals.files.append import record_actual
from tzgoals.files.load import load_dataset
from tzgoals.files.paths import ACTUALS_NAME, TARGETS_NAME, DataPaths
from tzgoals.files.problems import WriteError

from .conftest import ROOT, new_actual, snapshot


def test_append_keeps_the_files_permissions(paths: DataPaths) -> None:
    paths.actuals.chmod(0o640)
    record_actual(paths, new_actual())
    assert stat.S_IMODE(paths.actuals.stat().st_mode) == 0o640


def test_append_through_a_symlink_writes_the_target(paths: DataPaths, tmp_path: Path) -> None:
    link = tmp_path / "link-actuals.toml"
    link.symlink_to(paths.actuals)
    record_actual(DataPaths(paths.targets, link), new_actual())
    assert link.is_symlink()
    assert "去年新增规上工业企业98家" in paths.actuals.read_text(encoding="utf-8")


def test_append_leaves_no_temporary_file(paths: DataPaths) -> None:
    record_actual(paths, new_actual())
    names = sorted(p.name for p in paths.actuals.parent.iterdir())
    assert names == [".actuals.toml.lock", ACTUALS_NAME, "sources", TARGETS_NAME]


@pytest.mark.skipif(os.name != "posix" or ROOT, reason="root writes into read-only folders")
def test_a_read_only_folder_fails_cleanly(paths: DataPaths) -> None:
    before = snapshot(paths)
    folder = paths.actuals.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(WriteError) as raised:
            record_actual(paths, new_actual())
    finally:
        folder.chmod(0o755)
    assert "cannot write a temporary file beside it: Permission denied" in str(raised.value)
    assert snapshot(paths) == before


def test_a_failed_rename_leaves_the_original_and_no_temporary_file(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where chmod cannot stop root, simulate the failure at the last step instead."""
    before = snapshot(paths)

    def refuse(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual())
    assert f"{paths.actuals}: cannot replace the file: No space left on device" in str(raised.value)
    assert snapshot(paths) == before


def test_a_failed_temporary_write_leaves_the_original(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(paths)

    def full(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(WriteError, match="Input/output error"):
        record_actual(paths, new_actual())
    assert snapshot(paths) == before


def test_a_file_changed_meanwhile_is_not_overwritten(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another editor saving the file between our read and our rename wins; we refuse."""
    real_inspect = append.inspect_dataset
    inspections = 0

    def inspect_while_someone_edits(checked: DataPaths) -> Any:
        nonlocal inspections
        inspections += 1
        if inspections == 2:  # the written file's check, after the first read
            with paths.actuals.open("a", encoding="utf-8") as stream:
                stream.write("# edited elsewhere\n")
        return real_inspect(checked)

    monkeypatch.setattr(append, "inspect_dataset", inspect_while_someone_edits)
    with pytest.raises(WriteError, match="another program changed the file meanwhile"):
        record_actual(paths, new_actual())
    text = paths.actuals.read_text(encoding="utf-8")
    assert text.endswith("# edited elsewhere\n")
    assert "去年新增规上工业企业98家" not in text


# ---------------------------------------------------------------- writers serialise


def test_a_rename_delayed_loses_no_other_writer(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two appends racing, the first held up at its rename: both land. Without the lock the
    second read the old file, the first renamed, and the second's rename threw it away."""
    real_replace = os.replace
    renaming = threading.Event()

    def slow_replace(source: Any, target: Any) -> None:
        if threading.current_thread().name == "first":
            renaming.set()
            time.sleep(0.5)
        real_replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", slow_replace)
    first = threading.Thread(
        target=record_actual, args=(paths, new_actual(year=2021)), name="first"
    )
    first.start()
    assert renaming.wait(60)
    record_actual(paths, new_actual(year=2022))
    first.join()
    years = [a.year for a in load_dataset(paths).actuals.values() if a.indicator == "new-firms"]
    assert sorted(years) == [2021, 2022, 2024]


def hold_lock(path: Path) -> int:
    descriptor = os.open(atomic.lock_file(path), os.O_RDWR | os.O_CREAT)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def test_a_lock_not_had_in_time_is_a_clear_refusal(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(paths)
    monkeypatch.setenv("TZGOALS_LOCK_TIMEOUT", "0.2")
    descriptor = hold_lock(paths.actuals)
    try:
        with pytest.raises(WriteError) as raised:
            record_actual(paths, new_actual())
    finally:
        os.close(descriptor)
    assert str(raised.value).startswith(
        f"{paths.actuals}: another tzgoals command has been writing it for 0.2 s and still holds "
        "its lock (.actuals.toml.lock); try again once it is done, or set TZGOALS_LOCK_TIMEOUT"
    )
    assert snapshot(paths) == before
    record_actual(paths, new_actual())  # once let go, the lock is had at once


@pytest.mark.parametrize("setting", ["soon", "-1", "inf", "nan"])
def test_a_bad_lock_timeout_is_named(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch, setting: str
) -> None:
    monkeypatch.setenv("TZGOALS_LOCK_TIMEOUT", setting)
    with pytest.raises(WriteError, match="TZGOALS_LOCK_TIMEOUT: must be a number of seconds"):
        record_actual(paths, new_actual())


def test_a_temporary_file_left_by_a_killed_writer_goes(paths: DataPaths) -> None:
    folder = paths.actuals.parent
    stale = folder / ".actuals.toml.tzgoals-k1ll3d.tmp"
    stale.write_bytes(b"[[actuals]]\nhalf a tab")
    own = folder / ".actuals.toml.bak"  # a file of the user's: not ours to remove
    own.write_bytes(b"kept")
    record_actual(paths, new_actual())
    assert not stale.exists()
    assert own.read_bytes() == b"kept"


def test_a_writer_killed_at_any_moment_leaves_the_file_whole_and_nothing_behind(
    paths: DataPaths,
) -> None:
    """kill -9 at a random moment of `record`, five times: the file loads every time, with or
    without the result, and the next record cleans whatever a killed one left."""
    folder = paths.actuals.parent
    for attempt in range(5):
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "tzgoals", "record", "new-firms", "98"),
                *("--year", str(2001 + attempt), "--unit", "家", "--source", "plan.txt"),
                *("--quote", new_actual()["quote"], "--data", str(folder)),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(random.uniform(0.1, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        load_dataset(paths)
    record_actual(paths, new_actual())
    names = {p.name for p in folder.iterdir()}
    assert names == {ACTUALS_NAME, TARGETS_NAME, "sources", ".actuals.toml.lock"}


# ---------------------------------------------------------------- files that may not be replaced


def test_a_read_only_file_is_refused_even_for_root(paths: DataPaths) -> None:
    paths.actuals.chmod(0o444)
    before = snapshot(paths)
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual())
    assert f"{paths.actuals}: is read-only (mode 0444)" in str(raised.value)
    assert "nothing was written; the file is unchanged" in str(raised.value)
    assert snapshot(paths) == before
    assert stat.S_IMODE(paths.actuals.stat().st_mode) == 0o444


def test_a_hard_linked_file_is_refused_and_both_names_kept(
    paths: DataPaths, tmp_path: Path
) -> None:
    other = tmp_path / "other-name.toml"
    os.link(paths.actuals, other)
    before = paths.actuals.read_bytes()
    with pytest.raises(WriteError, match="has 2 hard links"):
        record_actual(paths, new_actual())
    assert paths.actuals.read_bytes() == before
    assert os.path.samefile(paths.actuals, other)


@pytest.mark.skipif(not ROOT, reason="only root may give a file to another owner")
def test_owner_and_group_are_kept(paths: DataPaths) -> None:
    os.chown(paths.actuals, 1234, 5678)
    appended = record_actual(paths, new_actual())
    status = paths.actuals.stat()
    assert (status.st_uid, status.st_gid) == (1234, 5678)
    assert appended.warnings == []


class Outcome(NamedTuple):
    error: str | None
    warnings: list[str]


def _record_as(uid: int, gid: int, paths: DataPaths) -> Outcome:
    """record_actual in a child process that has become `uid`, as a user other than root.

    The child forks from this process with tzgoals already imported, so that it needs to read
    nothing but the dataset (a fresh virtual environment may be closed to other users).
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        try:
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            try:
                appended = record_actual(paths, new_actual())
                outcome = Outcome(None, [str(w) for w in appended.warnings])
            except WriteError as error:
                outcome = Outcome(str(error), [])
            os.write(write, pickle.dumps(outcome))
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as stream:
        received = stream.read()
    os.waitpid(pid, 0)
    assert received, "the child as another user reported nothing"
    outcome: Outcome = pickle.loads(received)
    return outcome


@pytest.fixture
def shared(paths: DataPaths) -> Iterator[DataPaths]:
    """The dataset in a folder another user can reach (pytest's own is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="tzgoals-shared-"))
    folder.chmod(0o755)
    for path in paths:
        shutil.copy(path, folder / path.name)
    shutil.copytree(paths.actuals.parent / "sources", folder / "sources")
    yield DataPaths(folder / TARGETS_NAME, folder / ACTUALS_NAME)
    shutil.rmtree(folder)


NOBODY = 65534


@pytest.mark.skipif(not ROOT, reason="becoming another user takes root")
def test_a_file_the_user_may_not_write_is_refused_though_the_folder_allows_it(
    shared: DataPaths,
) -> None:
    """As a user other than the file's owner, in a folder open to all: the rename would work,
    and once replaced the file, read-only to that user."""
    shared.actuals.parent.chmod(0o777)
    before = snapshot(shared)
    outcome = _record_as(NOBODY, NOBODY, shared)
    assert outcome.error is not None
    assert f"{shared.actuals}: is not yours to write (mode 0644)" in outcome.error
    assert snapshot(shared) == before
    assert shared.actuals.stat().st_uid == 0


@pytest.mark.skipif(not ROOT, reason="becoming another user takes root")
def test_an_owner_that_cannot_be_kept_is_said(shared: DataPaths) -> None:
    """The user's own file, in a group the user is not a member of: the new file cannot have
    that group, and the user is told so."""
    folder = shared.actuals.parent
    os.chown(folder, NOBODY, NOBODY)
    for path in shared:
        os.chown(path, NOBODY, 0)
        path.chmod(0o664)
    outcome = _record_as(NOBODY, NOBODY, shared)
    assert outcome.error is None
    assert outcome.warnings == [
        f"{shared.actuals}: warning: could not keep who owns the file: its group 0 is now "
        f"{NOBODY} (numeric ids)"
    ]
    assert stat.S_IMODE(shared.actuals.stat().st_mode) == 0o664
    assert "去年新增规上工业企业98家" in shared.actuals.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: path.mkdir(), "is a folder, not a file"),
        (lambda path: os.mkfifo(path), "is a FIFO (a named pipe), not a regular file"),
    ],
)
def test_what_is_not_a_regular_file_is_named_so_before_any_write(
    paths: DataPaths, make: Any, message: str
) -> None:
    """A folder has several links of its own: it was once called a hard-linked file."""
    paths.actuals.unlink()
    make(paths.actuals)
    with pytest.raises(WriteError) as raised:
        record_actual(paths, new_actual())
    assert str(raised.value).startswith(f"{paths.actuals}: {message}")
