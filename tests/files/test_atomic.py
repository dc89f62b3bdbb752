"""Atomic replacement: a failed or refused write leaves the file as it was, and no temporary."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from tzgoals.files import append, atomic
from tzgoals.files.append import record_actual
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
    assert sorted(p.name for p in paths.actuals.parent.iterdir()) == [
        ACTUALS_NAME,
        "sources",
        TARGETS_NAME,
    ]


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
    real_check = append.check_dataset

    def check_while_someone_edits(checked: DataPaths) -> list[Any]:
        with paths.actuals.open("a", encoding="utf-8") as stream:
            stream.write("# edited elsewhere\n")
        return real_check(checked)

    monkeypatch.setattr(append, "check_dataset", check_while_someone_edits)
    with pytest.raises(WriteError, match="another program changed the file meanwhile"):
        record_actual(paths, new_actual())
    text = paths.actuals.read_text(encoding="utf-8")
    assert text.endswith("# edited elsewhere\n")
    assert "去年新增规上工业企业98家" not in text
